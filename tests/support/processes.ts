import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface Running {
  process: ChildProcess;
  stop(): Promise<void>;
  /** kill -9: no chance to clean up, as in a crash. */
  kill(): Promise<void>;
}

export interface RunningBackend extends Running {
  url: string;
  token: string;
}

export interface RunningPreview extends Running {
  url: string;
  dataDir: string;
}

const ROOT = join(import.meta.dirname, '..', '..');

/** Starts a CLI entry and waits for the one line it prints on stdout. */
function startCli(script: string, args: string[], linePattern: RegExp, timeoutMs = 60_000, env: Record<string, string> = {}): Promise<{ match: RegExpExecArray; running: Running }> {
  // A built bundle runs as it is; TypeScript sources through tsx.
  const loader = script.endsWith('.cjs') ? ['--enable-source-maps'] : ['--import', 'tsx'];
  const child = spawn(process.execPath, [...loader, join(ROOT, script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, AGENTDESK_LOG_LEVEL: process.env.AGENTDESK_LOG_LEVEL ?? 'warn', ...env } });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.length > 20_000) stderr = stderr.slice(-20_000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const running: Running = {
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} printed no ready line in ${timeoutMs} ms\n${stderr}`));
    }, timeoutMs);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = linePattern.exec(line);
      if (match) {
        clearTimeout(timer);
        resolve({ match, running });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code} before it was ready\n${stderr}`));
    });
  });
}

/** A backend for tests: with the development routes (applied log, faults, simulated traffic) the tests drive it through. */
export async function startBackend(args: string[] = ['--memory', '--tickets', '300']): Promise<RunningBackend> {
  const { match, running } = await startCli('main/cli/backend.ts', [...args, '--dev-routes'], /^AgentDesk backend: (\S+) token (\S+)$/);
  return { ...running, url: match[1]!, token: match[2]! };
}

/**
 * `env`: more environment for the desk, e.g. AGENTDESK_CHAIN_ETHEREUM_URL for its chain lookups.
 * `bundled`: run the built dist/main/preview.cjs (as `npm run preview` does) instead of the sources
 * through tsx, whose loader costs the process ~70 MB: for measuring the desk's own memory.
 */
export async function startPreview(options: { backend?: { url: string; token: string }; dataDir?: string; agent?: string; extra?: string[]; env?: Record<string, string>; bundled?: boolean } = {}): Promise<RunningPreview> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'agentdesk-preview-'));
  const args = ['--data', dataDir];
  // --name=value: a value starting with '-' must not read as an option.
  if (options.backend) args.push(`--backend=${options.backend.url}`, `--token=${options.backend.token}`);
  if (options.agent) args.push('--agent', options.agent);
  args.push(...(options.extra ?? []));
  const { match, running } = await startCli(options.bundled ? 'dist/main/preview.cjs' : 'main/cli/preview.ts', args, /^AgentDesk preview: (\S+)$/, 60_000, options.env);
  return { ...running, url: match[1]!, dataDir };
}

/** Calls the backend's HTTP API the way a test inspects what was applied. */
export async function backendGet<T>(backend: { url: string; token: string }, path: string): Promise<T> {
  const response = await fetch(backend.url + path, { headers: { authorization: `Bearer ${backend.token}` } });
  if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Calls one of the backend's admin helpers (fault injection, simulated colleagues and customers). */
export async function backendAdmin(backend: { url: string; token: string }, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${backend.url}/api/v1/admin/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST admin/${path}: HTTP ${response.status} ${await response.text()}`);
}
