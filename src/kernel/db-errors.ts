/** PostgreSQL SQLSTATE 23505: a unique index refused the row (a concurrent create won the race). */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } } | null;
  return e?.code === '23505' || e?.driverError?.code === '23505';
}

/** SQLSTATE 23503: a foreign key still references the row. */
export function isForeignKeyViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } } | null;
  return e?.code === '23503' || e?.driverError?.code === '23503';
}

/** Escapes LIKE wildcards so a path prefix matches literally. */
export function likePrefix(prefix: string): string {
  return prefix.replace(/[\\%_]/g, (c) => `\\${c}`) + '%';
}

/**
 * Runs a write whose row must be unique (a name, a serial number, a URL): a unique violation, a
 * concurrent create or rename that won the race, becomes `taken()` (ENTITY_ALREADY_EXISTS).
 */
export async function writeUnique<T>(write: () => Promise<T>, taken: () => Error): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw taken();
    throw err;
  }
}
