import { expect } from 'vitest';
import { parseDeskOptions, UsageError } from '../../main/cli/cli-options';

/** The desk's command line against a Request Tracker, before any --rt-… option. */
export const RT_DESK_ARGS = ['--backend', 'https://rt.example.com', '--token', '1-14-abcdef', '--backend-kind', 'request-tracker'];

/** The sentence the desk's command line refuses argv with; fails the test when argv is accepted or fails otherwise. */
export function deskOptionsRefusal(argv: string[], dataDir = '/data', options: { allowStoredToken?: boolean } = {}): string {
  try {
    parseDeskOptions(argv, dataDir, options);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
}
