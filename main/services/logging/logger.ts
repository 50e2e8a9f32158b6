import pino from 'pino';

/** The subset of pino the services use, so tests can pass a silent or capturing logger. */
export interface Logger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** Fields never written to a log, wherever they appear: credentials and what customers wrote. */
export const REDACTED_PATHS = [
  'token', '*.token', 'authorization', '*.authorization', 'headers.authorization', 'secret', '*.secret',
  'password', '*.password', 'body', '*.body', 'seedPhrase', '*.seedPhrase', 'privateKey', '*.privateKey',
];

/** Secrets that slip into free text (a message string, an error) are masked too. */
const SECRET_PATTERNS: Array<[RegExp, string]> = [
  [/(Bearer|token)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 [redacted]'],
  [/([?&#](?:token|secret|key)=)[^&\s]+/gi, '$1[redacted]'],
];

export function maskSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

/** Structured JSON logs on stderr (stdout carries the lines tools read), secrets redacted. */
export function createLogger(options: { level?: string; name?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      name: options.name ?? 'agentdesk',
      level: options.level ?? process.env.AGENTDESK_LOG_LEVEL ?? 'info',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? maskSecrets(a) : a)) as Parameters<typeof method>);
        },
      },
      formatters: {
        log: (object) => JSON.parse(maskSecrets(JSON.stringify(object))) as Record<string, unknown>,
      },
    },
    options.destination ?? pino.destination(2),
  );
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
