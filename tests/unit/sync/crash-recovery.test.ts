import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendGet, startBackend, type RunningBackend } from '../../support/processes';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const MUTATIONS = 300;
const TICKETS = 40;

interface WorkerRun {
  output: string;
  exitCode: number | null;
}

/** Runs the desk worker; kills it with SIGKILL after killAfterMs unless it finished first. */
function runWorker(backend: RunningBackend, dataDir: string, killAfterMs: number | null, extra: string[] = []): Promise<WorkerRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/support/desk-worker.ts'), '--data', dataDir, `--backend=${backend.url}`, `--token=${backend.token}`, '--enqueue', String(MUTATIONS), '--tickets', String(TICKETS), ...extra], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ output, exitCode: code });
    });
  });
}

async function verifyExactlyOnceInOrder(backend: RunningBackend, escalations = 0): Promise<void> {
  const applied: Array<{ idempotencyKey: string; ticketId: string; kind: string }> = [];
  for (let since = 0; ; ) {
    const page = await backendGet<{ applied: Array<{ seq: number; idempotencyKey: string; ticketId: string; kind: string }> }>(backend, `/api/v1/admin/applied?since=${since}&limit=1000`);
    applied.push(...page.applied);
    if (page.applied.length < 1000) break;
    since = page.applied[page.applied.length - 1]!.seq;
  }
  expect(applied).toHaveLength(MUTATIONS);
  expect(new Set(applied.map((a) => a.idempotencyKey)).size).toBe(MUTATIONS);
  expect(applied.filter((a) => a.kind === 'escalate')).toHaveLength(escalations);
  for (let t = 0; t < TICKETS; t++) {
    const ticketId = `T-${100001 + t}`;
    const { messages } = await backendGet<{ messages: Array<{ body: string; id: string }> }>(backend, `/api/v1/tickets/${ticketId}`);
    const sequence = messages
      .filter((m) => m.body.startsWith(`crash-test ${ticketId} #`))
      .sort((a, b) => Number(a.id.split('-')[2]) - Number(b.id.split('-')[2]))
      .map((m) => Number(m.body.split('#')[1]));
    expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
    expect(new Set(sequence).size).toBe(sequence.length);
  }
}

/** Every fourth ticket is escalated behind three ordinary changes of its own (see desk-worker --escalate). */
const ESCALATIONS = TICKETS / 4;

describe('kill -9 during the drain, escalations behind pending changes, answers lost after commit: every mutation applied exactly once, in per-ticket order', () => {
  let backend: RunningBackend;
  beforeAll(async () => {
    backend = await startBackend(['--memory', '--tickets', '200', '--seed', '3']);
    // Slow answers spread the drain over many runs and widen the window in which a kill lands
    // between the backend's commit and the desk's acknowledgement; some answers are lost outright.
    await fetch(`${backend.url}/api/v1/admin/faults`, { method: 'POST', headers: { authorization: `Bearer ${backend.token}` }, body: JSON.stringify({ latencyMs: 120, dropAfterCommitRate: 0.05 }) });
  });
  afterAll(() => backend?.stop());

  it('survives 20+ kills at random moments', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'agentdesk-crash-'));
    let kills = 0;
    let finished = false;
    // Deterministic "random" kill points spread over start-up, enqueue and drain.
    let seed = 12345;
    const nextDelay = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return 500 + (seed % 1000);
    };
    // Two changes a request, two requests in flight: the drain spans many runs, as with one change a
    // request before batches, and kills still land inside batches.
    for (let i = 0; i < 40 && kills < 22; i++) {
      const run = await runWorker(backend, dataDir, nextDelay(), ['--escalate', '--batch-size', '2']);
      if (run.exitCode === null) kills += 1;
      if (run.output.includes('drained')) {
        finished = true;
        break;
      }
    }
    expect(kills).toBeGreaterThanOrEqual(20);
    if (!finished) {
      const last = await runWorker(backend, dataDir, null, ['--escalate', '--batch-size', '2']);
      expect(last.output).toMatch(/drained, 0 failed/);
    }
    await verifyExactlyOnceInOrder(backend, ESCALATIONS);
  }, 240_000);
});

describe('the backend going down mid-drain', () => {
  let backend: RunningBackend;
  beforeAll(async () => {
    backend = await startBackend(['--memory', '--tickets', '200', '--seed', '4']);
    await fetch(`${backend.url}/api/v1/admin/faults`, { method: 'POST', headers: { authorization: `Bearer ${backend.token}` }, body: JSON.stringify({ latencyMs: 40 }) });
  });
  afterAll(() => backend?.stop());

  it('loses nothing and duplicates nothing while it is away', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'agentdesk-outage-'));
    const worker = runWorker(backend, dataDir, null);
    // Down for 2.5 s once the drain is under way, then back.
    let appliedBeforeOutage = 0;
    while (appliedBeforeOutage === 0) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      appliedBeforeOutage = (await backendGet<{ applied: unknown[] }>(backend, '/api/v1/admin/applied?limit=1000')).applied.length;
    }
    await fetch(`${backend.url}/api/v1/admin/faults`, { method: 'POST', headers: { authorization: `Bearer ${backend.token}` }, body: JSON.stringify({ downForMs: 2500 }) });
    const run = await worker;
    expect(run.output).toMatch(/drained, 0 failed/);
    // The outage really fell in the middle of the drain.
    expect(appliedBeforeOutage).toBeLessThan(MUTATIONS);
    await verifyExactlyOnceInOrder(backend);
  }, 120_000);
});
