import { describe, expect, it } from 'vitest';
import { ConnectorError, type BackendConnector, type OutboundMutation } from '../../../main/services/connectors/backend-connector';
import { BackOfficeError, type BackOfficeConnector } from '../../../main/services/back-office/back-office-connector';
import { protectiveDelivery } from '../../../main/services/back-office/protective-delivery';
import type { OutboxPayload } from '../../../main/services/domain/outbox-payload';

// The outbox's protective entries go to the back office with their own idempotency keys, the rest
// to the helpdesk; the back office's failures are sorted the way the outbox reacts to them.

const account = { userId: 'U-1', email: '' };
const mutation = (key: string, ticketId: string, payload: OutboxPayload): OutboundMutation => ({ key, ticketId, baseVersion: 7, payload });
const note = (key: string, ticketId: string) => mutation(key, ticketId, { kind: 'note', body: 'hi', authorId: 'agent-security-1' });
const freeze = (key: string, ticketId: string) => mutation(key, ticketId, { kind: 'protect', action: 'freeze_withdrawals', account, reason: 'takeover', authorId: 'agent-security-1' });
const approve = (key: string, ticketId: string) => mutation(key, ticketId, { kind: 'approve_undo', requestId: 'UR-1', authorId: 'agent-security-2' });

function helpdesk(log: string[]): BackendConnector {
  return {
    kind: 'embedded',
    url: 'http://helpdesk.invalid',
    deliver: async (m: OutboundMutation) => {
      log.push(`helpdesk ${m.key}`);
      return { version: 8 };
    },
    deliverBatch: async (ms: readonly OutboundMutation[]) => {
      log.push(`helpdesk batch ${ms.map((m) => m.key).join(',')}`);
      return ms.map(() => ({ version: 8 }));
    },
  } as unknown as BackendConnector;
}

function office(log: string[], fail?: BackOfficeError): BackOfficeConnector {
  return {
    accountFacts: () => Promise.reject(new Error('not used')),
    applyProtection: async (key, r) => {
      log.push(`office protect ${key} ${r.action} ${r.ticketId} ${r.agentId}`);
      if (fail) throw fail;
      return { protection: { action: r.action, ticketId: r.ticketId, by: r.agentId, at: 1, reason: r.reason } };
    },
    approveUndo: async (key, r) => {
      log.push(`office approve ${key} ${r.requestId} ${r.agentId}`);
      if (fail) throw fail;
      return { request: { id: r.requestId, ticketId: 'T-1', undo: 'unfreeze_withdrawals', requestedBy: 'agent-security-1', reason: 'r', evidence: 'e', requestedAt: 1, state: 'approved', approvedBy: r.agentId, approvedAt: 2 } };
    },
  };
}

describe('protective entries go to the back office', () => {
  it('sends a protective entry to the back office with its key and the rest to the helpdesk; the ticket keeps its version', async () => {
    const log: string[] = [];
    const connector = protectiveDelivery(helpdesk(log), () => office(log));
    expect(await connector.deliver(freeze('k-freeze', 'T-1'))).toEqual({ version: 7 });
    expect(await connector.deliver(note('k-note', 'T-2'))).toEqual({ version: 8 });
    expect(log).toEqual(['office protect k-freeze freeze_withdrawals T-1 agent-security-1', 'helpdesk k-note']);
  });

  it('splits a batch and answers in its order', async () => {
    const log: string[] = [];
    const connector = protectiveDelivery(helpdesk(log), () => office(log));
    const answers = await connector.deliverBatch!([note('a', 'T-1'), approve('b', 'T-2'), note('c', 'T-3'), freeze('d', 'T-4')]);
    expect(answers).toEqual([{ version: 8 }, { version: 7 }, { version: 8 }, { version: 7 }]);
    expect(log).toContain('helpdesk batch a,c');
    expect(log).toContain('office approve b UR-1 agent-security-2');
  });

  it('retries a back office that is down or slow, fails a refusal with its reason, and fails at once without a back office', async () => {
    const down = protectiveDelivery(helpdesk([]), () => office([], new BackOfficeError('down', 'HTTP 503', 503)));
    await expect(down.deliver(freeze('k', 'T-1'))).rejects.toMatchObject({ kind: 'temporary' });
    const slow = protectiveDelivery(helpdesk([]), () => office([], new BackOfficeError('timeout', 'no answer')));
    await expect(slow.deliver(freeze('k', 'T-1'))).rejects.toMatchObject({ kind: 'temporary' });
    const refused = protectiveDelivery(helpdesk([]), () => office([], new BackOfficeError('refused', 'HTTP 403: a second security agent must approve it', 403)));
    const error = await refused.deliver(approve('k', 'T-1')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toMatchObject({ kind: 'permanent', message: expect.stringContaining('second security agent') });
    const none = protectiveDelivery(helpdesk([]), () => null);
    await expect(none.deliver(freeze('k', 'T-1'))).rejects.toMatchObject({ kind: 'permanent' });
    // In a batch, each entry gets its own answer.
    const batch = await refused.deliverBatch!([note('a', 'T-1'), approve('b', 'T-2')]);
    expect(batch[0]).toEqual({ version: 8 });
    expect(batch[1]).toMatchObject({ kind: 'permanent' });
  });
});
