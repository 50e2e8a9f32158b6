import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../free-port';

const run = promisify(execFile);

export const POSTGRES_NOT_INSTALLED = 'PostgreSQL is not installed (apt-get install postgresql; .ci/run installs it when initdb is missing)';

/** Debian puts each major version's server programs under /usr/lib/postgresql/<major>/bin. */
function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  for (const major of majors) {
    const bin = join(root, major, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

export function postgresInstalled(): boolean {
  return postgresBin() !== null;
}

export interface RunningPostgres {
  /** A connection URL for the cluster's `agentdesk` database (trust auth on loopback). */
  url: string;
  /** Another empty database in the same cluster, for a test that wants a clean slate. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * A throwaway cluster in a temp dir on a free loopback port, never the system's own. PostgreSQL
 * refuses to run as root, so as root the programs run as the `postgres` user the package creates.
 * Durability is off: a test cluster is thrown away, and fsync on every commit only slows tests.
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error(POSTGRES_NOT_INSTALLED);
  const dir = mkdtempSync(join(tmpdir(), 'agentdesk-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, uid('postgres'), gid('postgres'));
  const as = (program: string, args: string[]) => (asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], { timeout: 60_000 }) : run(join(bin, program), args, { timeout: 60_000 }));
  const data = join(dir, 'data');
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -h 127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60`;
  try {
    await as('initdb', ['-D', data, '-U', 'agentdesk', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    await as('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
    const base = `postgres://agentdesk@127.0.0.1:${port}`;
    await as('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'agentdesk', 'agentdesk']);
    return {
      url: `${base}/agentdesk`,
      async createDatabase(name) {
        if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
        await as('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'agentdesk', name]);
        return `${base}/${name}`;
      },
      async stop() {
        await as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await as('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

const uid = (user: string) => Number(execFileSync('id', ['-u', user]).toString().trim());
const gid = (user: string) => Number(execFileSync('id', ['-g', user]).toString().trim());
