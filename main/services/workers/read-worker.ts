import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { cacheSchema } from '../store/migrations';
import { ReadJobRunner, toReadFailure, type ReadJob } from './read-jobs';

/**
 * A read worker: its own read-only connection to the cache (WAL lets it read beside the main
 * process's writer), the same query code as the handlers, answers by message. The schema is the
 * main process's to migrate; this connection only registers the SQL functions the schema declares.
 */
export interface ReadWorkerData {
  file: string;
  nativeBinding?: string;
}

export type ReadWorkerMessage =
  | { type: 'ready' }
  | { type: 'done'; id: number; value: unknown }
  | { type: 'failed'; id: number; failure: ReturnType<typeof toReadFailure> };

const port = parentPort;
if (!port) throw new Error('the read worker runs only as a worker thread');
const data = workerData as ReadWorkerData;
const db = new Database(data.file, { readonly: true, fileMustExist: true, ...(data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}) });
db.pragma('busy_timeout = 5000');
for (const [name, fn] of Object.entries(cacheSchema.functions ?? {})) db.function(name, { deterministic: true }, (text: unknown) => (typeof text === 'string' ? fn(text) : text));
const runner = new ReadJobRunner(db);

port.on('message', ({ id, job }: { id: number; job: ReadJob }) => {
  let answer: ReadWorkerMessage;
  try {
    answer = { type: 'done', id, value: runner.run(job) };
  } catch (error) {
    answer = { type: 'failed', id, failure: toReadFailure(error) };
  }
  port.postMessage(answer);
});
port.postMessage({ type: 'ready' } satisfies ReadWorkerMessage);
