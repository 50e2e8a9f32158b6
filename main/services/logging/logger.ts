import pino from 'pino';

/** The subset of pino the services use, so tests can pass a silent or capturing logger. */
export interface Logger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** Fields never written to a log, wherever they appear. */
export const REDACTED_PATHS = ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'secret', '*.secret', 'password', '*.password', 'body', '*.body'];

/** Structured JSON logs on stderr (stdout carries the lines tools read), secrets redacted. */
export function createLogger(options: { level?: string; name?: string } = {}): Logger {
  return pino(
    {
      name: options.name ?? 'agentdesk',
      level: options.level ?? process.env.AGENTDESK_LOG_LEVEL ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    pino.destination(2),
  );
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
