import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Fields that could carry secrets are redacted wherever they appear;
 * services never pass tokens, passwords, codes or seeds to the logger in the first place.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: {
      paths: ['password', '*.password', 'token', '*.token', 'authorization', '*.authorization', 'req.headers.authorization', 'secret', '*.secret'],
      censor: '[redacted]',
    },
  });
}
