import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../free-port';

const run = promisify(execFile);

/** Where Debian's request-tracker5 packages put RT 5. */
const RT_HOME = '/usr/share/request-tracker5';
const RT_SERVER = join(RT_HOME, 'libexec', 'rt-server');
const SETUP_CANDIDATES = ['/usr/sbin/rt-setup-database', join(RT_HOME, 'sbin', 'rt-setup-database')];
const INITIALDATA = join(import.meta.dirname, 'test-initialdata.pl');

export const RT_NOT_INSTALLED =
  'Request Tracker 5 is not installed (apt-get install request-tracker5 rt5-db-sqlite rt5-standalone; .ci/run installs them when rt-server is missing)';

export interface RequestTrackerTokens {
  /** A frontline agent with rights on General and Security. */
  agent: string;
  /** A member of the Security Desk group. */
  security: string;
  /** RT's superuser: stands in for people working in RT's own UI. */
  admin: string;
}

export interface RunningRequestTracker {
  url: string;
  /** The frontline agent's token. */
  token: string;
  tokens: RequestTrackerTokens;
  stop(): Promise<void>;
}

export function requestTrackerInstalled(): boolean {
  return existsSync(RT_SERVER) && SETUP_CANDIDATES.some((path) => existsSync(path));
}

/**
 * Makes a throwaway RT 5 in a temp dir (SQLite, seeded with test-initialdata.pl) and serves it
 * on a free loopback port. The system's own RT configuration is never read or changed.
 */
export async function startRequestTracker(): Promise<RunningRequestTracker> {
  if (!requestTrackerInstalled()) throw new Error(RT_NOT_INSTALLED);
  const dir = mkdtempSync(join(tmpdir(), 'rt5-'));
  try {
    const port = await freePort();
    const env = writeConfig(dir, port);
    const setup = SETUP_CANDIDATES.find((path) => existsSync(path))!;
    const tokenFile = join(dir, 'tokens.txt');
    await run(setup, ['--action', 'init', '--skip-create'], { env, timeout: 60_000 });
    await run(setup, ['--action', 'insert', '--datafile', INITIALDATA], { env: { ...env, RT_TEST_TOKEN_FILE: tokenFile }, timeout: 60_000 });
    const tokens = readTokens(tokenFile);
    const url = `http://127.0.0.1:${port}`;
    const server = await serve(env, port, url, tokens.agent, dir);
    return { url, token: tokens.agent, tokens, stop: server.stop };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** An RT_SITE_CONFIG with everything inside `dir`, and an empty RT_SITE_CONFIG_DIR so nothing overrides it. */
function writeConfig(dir: string, port: number): NodeJS.ProcessEnv {
  const configDir = join(dir, 'site-config.d');
  for (const sub of [configDir, join(dir, 'var'), join(dir, 'mason'), join(dir, 'sessions')]) mkdirSync(sub, { recursive: true });
  const perlString = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  const config = [
    "Set($rtname, 'agentdesk-test');",
    "Set($Organization, 'agentdesk.test');",
    "Set($DatabaseType, 'SQLite');",
    `Set($DatabaseName, ${perlString(join(dir, 'rt.db'))});`,
    "Set($WebDomain, '127.0.0.1');",
    `Set($WebPort, ${port});`,
    "Set($WebPath, '');",
    "Set($Timezone, 'UTC');",
    // Tests only: cheap password and token hashing keeps every authenticated request fast.
    'Set($BcryptCost, 4);',
    // Outgoing mail goes to a file in the temp dir instead of a mail server.
    "Set($MailCommand, 'mbox');",
    'Set($LogToSyslog, undef);',
    'Set($LogToFile, undef);',
    "Set($LogToSTDERR, 'error');",
    // Keep RT's scratch files in the temp dir as well.
    `$RT::VarPath = ${perlString(join(dir, 'var'))};`,
    `$RT::MasonDataDir = ${perlString(join(dir, 'mason'))};`,
    `$RT::MasonSessionDir = ${perlString(join(dir, 'sessions'))};`,
    '1;',
  ].join('\n');
  const file = join(dir, 'RT_SiteConfig.pm');
  writeFileSync(file, `${config}\n`);
  return { ...process.env, RT_SITE_CONFIG: file, RT_SITE_CONFIG_DIR: configDir };
}

function readTokens(file: string): RequestTrackerTokens {
  const byUser = new Map(
    readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ') as [string, string]),
  );
  const get = (name: string) => {
    const token = byUser.get(name);
    if (!token) throw new Error(`the RT seed minted no token for ${name}`);
    return token;
  };
  return { agent: get('agent'), security: get('secagent'), admin: get('root') };
}

async function serve(env: NodeJS.ProcessEnv, port: number, url: string, token: string, dir: string): Promise<{ stop(): Promise<void> }> {
  // Its own process group, so stopping it also stops the prefork workers.
  const child = spawn(RT_SERVER, ['--host', '127.0.0.1', '--port', String(port), '--max-workers', '4'], { env, cwd: dir, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-10_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // SIGTERM only: rt-server's SIGINT handler re-owns the system RT directory when run as root.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      const forced = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 5_000);
      await exited;
      clearTimeout(forced);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break;
    try {
      const response = await fetch(`${url}/REST/2.0/rt`, { headers: { authorization: `token ${token}` }, signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return { stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`RT did not answer on ${url} in time\n${stderr}`);
}
