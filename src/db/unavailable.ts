/**
 * Whether an error says the database is not there to answer, rather than that the request was
 * wrong: the connection refused, reset or lost, the server shutting down or not accepting
 * connections yet, too many connections, a statement cancelled by the statement timeout, a
 * timeout waiting for a connection or a reply. Such a request gets SERVICE_UNAVAILABLE (HTTP 503)
 * and may be retried; anything else stays INTERNAL_SERVER_ERROR.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/** node-postgres's own errors carry no code, only these messages. */
const MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error and is not queryable|Client was closed and is not queryable)/;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (code.startsWith('08') || SQLSTATES.has(code) || NODE_CODES.has(code))) return true;
    if (typeof message === 'string' && MESSAGES.test(message)) return true;
    const next = e as { driverError?: unknown; cause?: unknown; originalError?: unknown };
    e = next.driverError ?? next.originalError ?? next.cause;
  }
  return false;
}
