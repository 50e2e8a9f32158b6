import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskBackendConfig, parseBackendOptions, parseDeskOptions } from '../../../main/cli/cli-options';
import { deskOptionsRefusal } from '../../support/desk-options';
import { startFakeZendesk, type RunningFakeZendesk } from '../../support/zendesk-fake-server';

const root = join(import.meta.dirname, '..', '..', '..');
const DEFAULT_DIR = join(tmpdir(), 'agentdesk-cli-test-default');

const usageError = (argv: string[], options: { allowStoredToken?: boolean } = {}): string => deskOptionsRefusal(argv, DEFAULT_DIR, options);

describe('desk options: the existing flags stay as they were', () => {
  it('defaults to the in-process embedded backend', () => {
    const options = parseDeskOptions([], DEFAULT_DIR);
    expect(options).toEqual({ dataDir: resolve(DEFAULT_DIR), backendKind: 'embedded', trafficPerMinute: 0 });
  });

  it('reads a standalone backend, data folder, agent, port, traffic and seed size', () => {
    const options = parseDeskOptions(['--backend', 'http://127.0.0.1:4100', '--token=-starts-with-dash', '--data', 'desk', '--agent', 'agent-frontline-2', '--port', '5173', '--traffic', '12', '--seed-tickets', '300'], DEFAULT_DIR);
    expect(options).toEqual({
      dataDir: resolve('desk'),
      backend: { url: 'http://127.0.0.1:4100', token: '-starts-with-dash' },
      backendKind: 'embedded',
      agentId: 'agent-frontline-2',
      port: 5173,
      trafficPerMinute: 12,
      seedTickets: 300,
    });
  });

  it('keeps the old refusals', () => {
    expect(usageError(['--token', 't'])).toBe('--token needs --backend');
    expect(usageError(['--backend', 'http://127.0.0.1:4100'])).toBe('--backend and --token go together');
    expect(usageError(['--backend', 'ftp://example.com', '--token', 't'])).toMatch(/--backend must be an http\(s\) URL/);
    expect(usageError(['--backend', 'not a url', '--token', 't'])).toMatch(/--backend must be an http\(s\) URL, got "not a url"/);
    expect(usageError(['--port', 'five'])).toMatch(/--port takes a non-negative whole number/);
    expect(() => parseDeskOptions(['--unknown'], DEFAULT_DIR)).toThrow(/Unknown option/);
  });

  it('lets the desktop leave out --token (it is kept in the keychain)', () => {
    expect(parseDeskOptions(['--backend', 'https://rt.example.com'], DEFAULT_DIR, { allowStoredToken: true })).toMatchObject({ backendUrl: 'https://rt.example.com', backendKind: 'embedded' });
  });

  it('leaves the backend CLI alone', () => {
    expect(parseBackendOptions(['--memory', '--port', '4100', '--token', 't', '--tickets', '50'])).toEqual({ dataDir: ':memory:', port: 4100, token: 't', tickets: 50, trafficPerMinute: 0 });
  });
});

describe('desk options: --back-office', () => {
  it('takes an exchange\'s back office beside Request Tracker, with its own token', () => {
    const options = parseDeskOptions(['--backend', 'https://rt.example.com', '--token', 'rt', '--backend-kind', 'request-tracker', '--back-office', 'https://bo.example.com', '--back-office-token', ' bo-token '], DEFAULT_DIR);
    expect(options.backOffice).toEqual({ url: 'https://bo.example.com', token: 'bo-token' });
    expect(options.backend).toEqual({ url: 'https://rt.example.com', token: 'rt' });
  });

  it('refuses half a back office or an address that is not http(s)', () => {
    expect(usageError(['--back-office', 'https://bo.example.com'])).toBe('--back-office and --back-office-token go together');
    expect(usageError(['--back-office-token', 't'])).toBe('--back-office and --back-office-token go together');
    expect(usageError(['--back-office', 'ftp://bo.example.com', '--back-office-token', 't'])).toBe('--back-office must be an http(s) URL, got "ftp://bo.example.com"');
    expect(usageError(['--back-office', 'https://bo.example.com', '--back-office-token', '  '])).toBe("--back-office-token takes the back office's token");
  });
});

describe('desk options: --backend-kind', () => {
  it('takes Request Tracker with its URL and token', () => {
    const options = parseDeskOptions(['--backend-kind', 'request-tracker', '--backend', 'https://rt.example.com', '--token', '1-2-abc'], DEFAULT_DIR);
    expect(options).toMatchObject({ backendKind: 'request-tracker', backend: { url: 'https://rt.example.com', token: '1-2-abc' } });
    expect(deskBackendConfig(options, options.backend!.url, options.backend!.token)).toEqual({ kind: 'request-tracker', url: 'https://rt.example.com', token: '1-2-abc' });
  });

  it('takes Zendesk with the agent email (API token) or --zendesk-oauth (OAuth token)', () => {
    const apiToken = parseDeskOptions(['--backend-kind=zendesk', '--backend', 'https://acme.zendesk.com', '--token', 'zt', '--zendesk-email', 'dana@acme.example'], DEFAULT_DIR);
    expect(apiToken).toMatchObject({ backendKind: 'zendesk', zendeskEmail: 'dana@acme.example' });
    expect(deskBackendConfig(apiToken, 'https://acme.zendesk.com', 'zt')).toEqual({ kind: 'zendesk', url: 'https://acme.zendesk.com', token: 'zt', email: 'dana@acme.example' });

    const oauth = parseDeskOptions(['--backend-kind', 'zendesk', '--backend', 'https://acme.zendesk.com', '--token', 'oauth-access', '--zendesk-oauth'], DEFAULT_DIR);
    expect(deskBackendConfig(oauth, 'https://acme.zendesk.com', 'oauth-access')).toEqual({ kind: 'zendesk', url: 'https://acme.zendesk.com', token: 'oauth-access', oauth: true });
  });

  it('says embedded explicitly when asked, and the embedded backend keeps its bearer token', () => {
    const options = parseDeskOptions(['--backend-kind', 'embedded', '--backend', 'http://127.0.0.1:4100', '--token', 't'], DEFAULT_DIR);
    expect(deskBackendConfig(options, 'http://127.0.0.1:4100', 't')).toEqual({ kind: 'embedded', url: 'http://127.0.0.1:4100', token: 't' });
  });

  it('refuses what cannot work, each with a clear line', () => {
    expect(usageError(['--backend-kind', 'jira'])).toBe('--backend-kind takes embedded, request-tracker, zendesk; got "jira"');
    expect(usageError(['--backend-kind', 'request-tracker'])).toBe('--backend-kind request-tracker needs --backend <url> and --token <token>');
    expect(usageError(['--backend-kind', 'zendesk', '--backend', 'https://acme.zendesk.com'])).toBe('--backend and --token go together');
    expect(usageError(['--backend-kind', 'zendesk', '--backend', 'https://acme.zendesk.com', '--token', 'zt'])).toMatch(/needs --zendesk-email <agent's email> for an API token, or --zendesk-oauth/);
    expect(usageError(['--backend-kind', 'zendesk', '--backend', 'https://acme.zendesk.com', '--token', 'zt', '--zendesk-email', 'dana'])).toBe('--zendesk-email takes an email address, got "dana"');
    expect(usageError(['--backend-kind', 'zendesk', '--backend', 'https://acme.zendesk.com', '--token', 'zt', '--zendesk-email', 'dana@acme.example', '--zendesk-oauth'])).toMatch(/exclude each other/);
    expect(usageError(['--backend', 'https://rt.example.com', '--token', 't', '--zendesk-email', 'dana@acme.example'])).toBe('--zendesk-email and --zendesk-oauth are for --backend-kind zendesk, not embedded');
    expect(usageError(['--backend-kind', 'request-tracker', '--backend', 'https://rt.example.com', '--token', 't', '--zendesk-oauth'])).toMatch(/not request-tracker/);
  });

  it('lets the desktop take the kind and email from the command line and the token from the keychain', () => {
    const options = parseDeskOptions(['--backend-kind', 'zendesk', '--backend', 'https://acme.zendesk.com', '--zendesk-email', 'dana@acme.example'], DEFAULT_DIR, { allowStoredToken: true });
    expect(options.backend).toBeUndefined();
    expect(deskBackendConfig(options, options.backendUrl!, 'from-keychain')).toEqual({ kind: 'zendesk', url: 'https://acme.zendesk.com', token: 'from-keychain', email: 'dana@acme.example' });
  });
});

/** Runs the preview entry and collects what it says; stops it once the ready line is printed. */
function runPreview(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'main', 'cli', 'preview.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, AGENTDESK_LOG_LEVEL: 'error' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (/^AgentDesk preview: \S+$/m.test(stdout)) child.kill('SIGTERM');
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolvePromise) => child.once('exit', (code) => resolvePromise({ code, stdout, stderr })));
}

describe('npm run preview with --backend-kind', () => {
  const EMAIL = 'dana.whitfield@exchange.example';
  let zendesk: RunningFakeZendesk;
  let dataDir: string;

  beforeAll(async () => {
    zendesk = await startFakeZendesk({ email: EMAIL, token: 'zd-token' });
    dataDir = mkdtempSync(join(tmpdir(), 'agentdesk-preview-kind-'));
  });

  afterAll(async () => {
    await zendesk?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints a usage error for a bad combination, without starting', async () => {
    const result = await runPreview(['--backend-kind', 'zendesk', '--backend', zendesk.url, '--token', 'zd-token']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^--backend-kind zendesk needs --zendesk-email/);
    expect(result.stderr).toMatch(/usage: npm run preview -- .*--backend-kind embedded\|request-tracker\|zendesk/);
  });

  it('stops with one sentence when the server refuses the token', async () => {
    const result = await runPreview(['--data', dataDir, '--backend-kind', 'zendesk', '--backend', zendesk.url, '--token', 'wrong', '--zendesk-email', EMAIL]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`AgentDesk could not start: Zendesk at ${zendesk.url} refused the credentials: check the token and the agent's email, and that the backend kind is right.`);
    expect(result.stdout).toBe('');
  });

  it('starts on Zendesk and prints the same ready line as ever', async () => {
    const result = await runPreview(['--data', dataDir, '--backend-kind', 'zendesk', '--backend', zendesk.url, '--token', 'zd-token', '--zendesk-email', EMAIL, '--port', '0']);
    expect(result.stdout).toMatch(/^AgentDesk preview: http:\/\/127\.0\.0\.1:\d+\/\S*$/m);
  });
});
