import { UsageError } from './cli-options';

/** Runs a command-line entry: usage errors and start-up failures are one clear line, no stack. */
export function runCli(main: () => Promise<{ close(): Promise<void> }>, usage: string): void {
  main().then(
    (running) => {
      let closing = false;
      const stop = () => {
        if (closing) return;
        closing = true;
        running.close().finally(() => process.exit(0));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? `${message}\n${usage}\n` : `AgentDesk could not start: ${message}\n`);
      process.exit(2);
    },
  );
}
