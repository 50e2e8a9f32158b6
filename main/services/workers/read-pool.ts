import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logging/logger';
import type { SqliteDatabase } from '../sqlite/open-database';
import { fromReadFailure, ReadJobRunner, type ReadJob, type ReadResult } from './read-jobs';
import type { ReadWorkerData, ReadWorkerMessage } from './read-worker';

/**
 * The heavy reads (reports, surge counts, topic groups, search) off the main thread: a small pool
 * of worker threads, each with its own read-only connection to the cache. The main process only
 * routes: a call waits on a worker, never blocks the event loop. When no worker can start (or one
 * dies), the same job runs in-process on the main connection, logged once: a call never fails
 * because of the pool.
 */
export interface ReadPool {
  run<J extends ReadJob>(job: J): Promise<ReadResult<J>>;
  /** Where jobs run now: 'workers', or 'in-process' after no worker could start. */
  mode(): 'workers' | 'in-process';
  close(): Promise<void>;
}

export interface ReadPoolOptions {
  /** The cache file; the main process has opened (and migrated) it before. */
  file: string;
  nativeBinding?: string;
  /** Workers in the pool (default 2: a report does not hold up search as you type). */
  size?: number;
  logger: Logger;
  /** The main process's connection: where jobs run when no worker can. */
  mainDb: SqliteDatabase;
  /** The worker's entry; by default the bundled read-worker.cjs beside this code, or the TypeScript source. */
  entry?: WorkerEntry;
}

export interface WorkerEntry {
  file: string;
  /** Code run as the worker instead of `file` (eval), e.g. registering TypeScript before loading it. */
  bootstrap?: string;
}

/** The pool's run, or without a pool (tests, tools) the same job at once on this connection. */
export function readsOn(pool: ReadPool | undefined, db: SqliteDatabase): <J extends ReadJob>(job: J) => ReadResult<J> | Promise<ReadResult<J>> {
  if (pool) return (job) => pool.run(job);
  let runner: ReadJobRunner | null = null;
  return (job) => (runner ??= new ReadJobRunner(db)).run(job);
}

/**
 * The bundled worker in the desktop build (read-worker.cjs beside the bundle); otherwise the
 * TypeScript source (the preview, tests, the bench), loaded through tsx's loader registered inside
 * the worker itself: loaders given to the parent do not reach a worker's entry on Node 20.
 */
export function defaultWorkerEntry(): WorkerEntry {
  // In the bundle this is dist/main (the build defines import.meta.url there), else this folder.
  const here = dirname(fileURLToPath(import.meta.url));
  const bundled = join(here, 'read-worker.cjs');
  if (existsSync(bundled)) return { file: bundled };
  const file = join(here, 'read-worker.ts');
  const tsx = createRequire(file).resolve('tsx/cjs/api');
  return { file, bootstrap: `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(file)});` };
}

interface Pending {
  job: ReadJob;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

export function createReadPool(options: ReadPoolOptions): ReadPool {
  const { logger } = options;
  const entry = options.entry ?? defaultWorkerEntry();
  const workers: PoolWorker[] = [];
  let fallback: ReadJobRunner | null = null;
  let fellBack = false;
  let closing = false;
  let nextId = 1;

  const inProcess = (): ReadJobRunner => (fallback ??= new ReadJobRunner(options.mainDb));
  const runInProcess = (p: Pending) => {
    try {
      p.resolve(inProcess().run(p.job));
    } catch (error) {
      p.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

  /** A worker that failed to start or died: its jobs run in-process, and the pool goes on without it. */
  const lose = (pw: PoolWorker, reason: string) => {
    const index = workers.indexOf(pw);
    if (index < 0) return;
    workers.splice(index, 1);
    if (!closing && workers.length === 0 && !fellBack) {
      fellBack = true;
      logger.warn({ reason, entry: entry.file }, 'read workers unavailable: heavy reads run on the main process');
    }
    const stranded = [...pw.pending.values()];
    pw.pending.clear();
    void pw.worker.terminate();
    for (const p of stranded) {
      if (closing) p.reject(new Error('the desk is closing'));
      else runInProcess(p);
    }
  };

  const start = () => {
    let worker: Worker;
    try {
      const workerData: ReadWorkerData = { file: options.file, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) };
      worker = entry.bootstrap === undefined ? new Worker(entry.file, { workerData }) : new Worker(entry.bootstrap, { eval: true, workerData });
    } catch (error) {
      if (!fellBack) logger.warn({ reason: (error as Error).message, entry: entry.file }, 'read workers unavailable: heavy reads run on the main process');
      fellBack = true;
      return;
    }
    const pw: PoolWorker = { worker, pending: new Map() };
    workers.push(pw);
    worker.unref();
    worker.on('message', (message: ReadWorkerMessage) => {
      if (message.type === 'ready') return;
      const p = pw.pending.get(message.id);
      if (!p) return;
      pw.pending.delete(message.id);
      if (pw.pending.size === 0) worker.unref();
      if (message.type === 'done') p.resolve(message.value);
      else p.reject(fromReadFailure(message.failure));
    });
    worker.on('error', (error) => lose(pw, error.message));
    worker.on('exit', (code) => lose(pw, `exited with code ${code}`));
  };

  for (let i = 0; i < Math.max(1, options.size ?? 2); i += 1) start();

  return {
    run: <J extends ReadJob>(job: J) =>
      new Promise<ReadResult<J>>((resolve, reject) => {
        const p: Pending = { job, resolve: resolve as (value: unknown) => void, reject };
        if (closing) return reject(new Error('the desk is closing'));
        // The least busy worker; none left: the main process.
        const pw = workers.reduce<PoolWorker | null>((best, w) => (best === null || w.pending.size < best.pending.size ? w : best), null);
        if (!pw) return runInProcess(p);
        const id = nextId++;
        pw.pending.set(id, p);
        pw.worker.ref();
        pw.worker.postMessage({ id, job });
      }),
    mode: () => (workers.length > 0 ? 'workers' : 'in-process'),
    close: async () => {
      closing = true;
      await Promise.all([...workers].map(async (pw) => {
        lose(pw, 'closed');
        await pw.worker.terminate();
      }));
    },
  };
}
