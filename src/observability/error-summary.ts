/** An error for the log: its class and a SQLSTATE, never its message (it may quote SQL or values). */
export function errorSummary(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    const e = err as Error & { code?: unknown; driverError?: { code?: unknown } };
    return { type: err.constructor.name, code: e.code ?? e.driverError?.code };
  }
  return { type: typeof err };
}
