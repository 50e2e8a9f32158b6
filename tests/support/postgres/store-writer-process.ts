// A backend process's writes, alone in a process so a test can kill it with SIGKILL mid-run:
// node --import tsx store-writer-process.ts <database url> <ticket ids, comma-separated> <keys, comma-separated>
// For each key in order it adds a note to a ticket (the key decides which) and prints
// "applied <key>" or "replayed <key>" once the answer is back.
import { PostgresBackendStore } from '../../../main/backend/postgres/postgres-backend-store';

const [url, ticketList, keyList] = process.argv.slice(2);
if (!url || !ticketList || !keyList) throw new Error('usage: store-writer-process.ts <url> <ticket ids> <keys>');
const tickets = ticketList.split(',');
const store = await PostgresBackendStore.open(url, { maxConnections: 2 });
for (const key of keyList.split(',')) {
  const ticketId = tickets[Number(key.replace(/\D/g, '')) % tickets.length]!;
  const outcome = await store.addAgentMessage({ idempotencyKey: key, ticketId, authorId: 'A-1', now: Date.now(), kind: 'note', body: `note ${key}` });
  if (outcome.status >= 300) throw new Error(`${key}: ${outcome.status}`);
  process.stdout.write(`${outcome.replayed ? 'replayed' : 'applied'} ${key}\n`);
}
await store.close();
