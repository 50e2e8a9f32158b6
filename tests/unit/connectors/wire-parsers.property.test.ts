import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConnectorError, type BackendConnector } from '../../../main/services/connectors/backend-connector';
import { parseAgents, parseChanges, parseMacros, parseMutationAnswer, parsePresenceEvent, parseSnapshot } from '../../../main/services/connectors/embedded-wire';
import { customerSchema, messageSchema, ticketSchema } from '../../../main/services/connectors/wire-schemas';
import { generateSeed } from '../../../main/backend/seed/generate-seed';
import { silentLogger } from '../../../main/services/logging/logger';
import { openCacheStore } from '../../../main/services/store/cache-store';
import { SyncEngine } from '../../../main/services/sync/sync-engine';

const seed = generateSeed({ ticketCount: 30, seed: 5, now: Date.UTC(2026, 10, 24) });
const validPage = { tickets: seed.tickets, customers: seed.customers.slice(0, 12), messages: seed.messages.slice(0, 60) };
const validSnapshot = { ...validPage, nextAfter: null, cursor: 30, total: 30 };
const validChanges = { ...validPage, cursor: 31, hasMore: false };

/** Only two outcomes are allowed: a value, or a ConnectorError saying the payload is malformed. */
function parsesOrRefuses(parse: () => unknown, allowed: ReadonlyArray<ConnectorError['kind']> = ['invalid_payload']): void {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ConnectorError);
    expect(allowed).toContain((error as ConnectorError).kind);
  }
}

/** Replaces the value at a random path of a JSON value with something arbitrary. */
const mutated = (base: unknown) =>
  fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), fc.anything({ withBigInt: false, maxDepth: 3 })).map(([path, replacement]) => {
    const copy = structuredClone(base) as Record<string, unknown>;
    let node: unknown = copy;
    for (let i = 0; i < path.length; i++) {
      if (!node || typeof node !== 'object') break;
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const key = keys[path[i]! % keys.length]!;
      if (i === path.length - 1 || typeof (node as Record<string, unknown>)[key] !== 'object') {
        (node as Record<string, unknown>)[key] = replacement;
        break;
      }
      node = (node as Record<string, unknown>)[key];
    }
    return copy;
  });

describe('every backend response parser, fed random and malformed payloads', () => {
  it('never crashes on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: false, withMap: false, withSet: false }), fc.integer({ min: 100, max: 599 }), (value, status) => {
        parsesOrRefuses(() => parseSnapshot(value));
        parsesOrRefuses(() => parseChanges(value));
        parsesOrRefuses(() => parseAgents(value));
        parsesOrRefuses(() => parseMacros(value));
        parsesOrRefuses(() => parseMutationAnswer(status, value), ['invalid_payload', 'conflict']);
        expect(() => parsePresenceEvent(JSON.stringify(value) ?? 'undefined')).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it('keeps only valid records from a page with one field corrupted, and says which it dropped', () => {
    fc.assert(
      fc.property(mutated(validSnapshot), (payload) => {
        let result: ReturnType<typeof parseSnapshot>;
        try {
          result = parseSnapshot(payload);
        } catch (error) {
          expect((error as ConnectorError).kind).toBe('invalid_payload');
          return;
        }
        for (const t of result.page.tickets) expect(ticketSchema.safeParse(t).success).toBe(true);
        for (const c of result.page.customers) expect(customerSchema.safeParse(c).success).toBe(true);
        for (const m of result.page.messages) expect(messageSchema.safeParse(m).success).toBe(true);
        // Nothing vanishes silently: every record sent is either kept or listed as rejected.
        const sent = (payload as { tickets: unknown[]; customers: unknown[]; messages: unknown[] });
        const kept = result.page.tickets.length + result.page.customers.length + result.page.messages.length;
        expect(kept + result.page.rejected.length).toBe(sent.tickets.length + sent.customers.length + sent.messages.length);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a 5 MB garbage body and an oversized message body cleanly', () => {
    parsesOrRefuses(() => parseChanges({ ...validChanges, tickets: 'x'.repeat(5_000_000) }));
    const huge = parseChanges({ ...validChanges, messages: [{ ...seed.messages[0]!, body: 'x'.repeat(5_000_001) }] });
    expect(huge.page.messages).toHaveLength(0);
    expect(huge.page.rejected[0]?.reason).toMatch(/body/);
  });
});

describe('a sync engine fed malformed pages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'agentdesk-property-'));
  const cache = openCacheStore(join(dir, 'cache.sqlite'));
  afterAll(() => cache.close());

  it('leaves the cache and its cursor exactly as they were when a page is refused', async () => {
    cache.transaction(() => {
      cache.tickets.applyServerData(validPage);
      cache.state.set('pull.cursor', '30');
    });
    const fingerprint = () => JSON.stringify([cache.tickets.ticketCount(), cache.state.get('pull.cursor'), cache.db.prepare('SELECT COUNT(*) AS n, MAX(version) AS v FROM tickets').get()]);
    const before = fingerprint();
    await fc.assert(
      fc.asyncProperty(fc.anything({ withBigInt: false, maxDepth: 2 }), async (garbage) => {
        const connector = {
          kind: 'embedded',
          url: 'http://127.0.0.1:9',
          changesSince: async () => parseChanges(garbage),
          snapshotPage: async () => parseSnapshot(garbage),
        } as unknown as BackendConnector;
        const engine = new SyncEngine({ cache, connector, logger: silentLogger, emit: () => {} });
        await engine.pull();
        await engine.stop();
        if (engine.getStatus().connection !== 'online') expect(fingerprint()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});
