import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '../../../../preload/contract';
import { ConnectorError, type OutboundMutation } from '../../../../main/services/connectors/backend-connector';
import { RequestTrackerConnector } from '../../../../main/services/connectors/request-tracker/rt-connector';
import type { OutboxPayload } from '../../../../main/services/domain/outbox-payload';
import { startCuttingProxy, type CuttingProxy } from '../../../support/request-tracker/cutting-proxy';
import { RtAdmin } from '../../../support/request-tracker/rt-admin';
import { RT_NOT_INSTALLED, requestTrackerInstalled, startRequestTracker, type RunningRequestTracker } from '../../../support/request-tracker/rt-instance';

const describeWithRt = requestTrackerInstalled() ? describe : describe.skip;

/** The POSTs and PUTs that change a ticket (not the marker searches around them). */
const MESSAGE_SEND = /^POST \/REST\/2\.0\/ticket\/\d+\/(correspond|comment) /;
const FIELD_WRITE = /^PUT \/REST\/2\.0\/ticket\/\d+ /;

describeWithRt(requestTrackerInstalled() ? 'Request Tracker connector: delivering' : RT_NOT_INSTALLED, () => {
  let rt: RunningRequestTracker;
  let admin: RtAdmin;
  let connector: RequestTrackerConnector;
  let security: RequestTrackerConnector;
  let proxy: CuttingProxy;
  let throughProxy: RequestTrackerConnector;
  let keys = 0;

  beforeAll(async () => {
    rt = await startRequestTracker();
    admin = new RtAdmin(rt.url, rt.tokens.admin);
    connector = new RequestTrackerConnector(rt.url, rt.token);
    security = new RequestTrackerConnector(rt.url, rt.tokens.security);
    proxy = await startCuttingProxy(rt.url);
    throughProxy = new RequestTrackerConnector(proxy.url, rt.token);
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    await rt?.stop();
  });

  async function currentTicket(id: string, via = connector): Promise<Ticket> {
    // A pull far enough back to hold the ticket: the connector's own view of it.
    const result = await via.changesSince(String((Math.floor(Date.now() / 1000) - 600) * 1000));
    const ticket = result.page.tickets.find((t) => t.id === id);
    if (!ticket) throw new Error(`ticket ${id} not in the pull`);
    return ticket;
  }

  function mutation(ticketId: string, baseVersion: number, payload: OutboxPayload): OutboundMutation {
    keys += 1;
    return { key: `018f2c1e-${String(keys).padStart(4, '0')}-7a3b-9c4d-${Date.now().toString(16)}`, ticketId, baseVersion, payload };
  }

  /** Sends through the proxy with the answer to `cut` lost, then retries the same mutation directly. */
  async function deliverWithDrop(m: OutboundMutation, cut: RegExp): Promise<number> {
    const lost = proxy.cutNext(cut);
    const failure = await throughProxy.deliver(m).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ConnectorError);
    expect((failure as ConnectorError).kind).toBe('temporary');
    expect(await lost).toMatch(cut);
    return (await connector.deliver(m)).version;
  }

  it('puts a reply and a note in RT exactly once, also when the answer is lost and the same entry is sent again', async () => {
    const id = await admin.createTicket({ subject: 'Where is my deposit?', requestor: 'ivan@example.com', body: 'Sent 2 ETH an hour ago.' });
    const before = await currentTicket(id);

    const reply = mutation(id, before.version, { kind: 'reply', body: 'Hello Ivan,\nwe are checking <your> deposit & will write back.', authorId: 'agent' });
    const replyVersion = await deliverWithDrop(reply, MESSAGE_SEND);
    expect(await admin.transactionsContaining(id, reply.key)).toHaveLength(1);
    // A third send of the same entry changes nothing either.
    expect((await connector.deliver(reply)).version).toBe(replyVersion);

    const note = mutation(id, replyVersion, { kind: 'note', body: 'Deposit seen on chain, 3/12 confirmations.', authorId: 'agent' });
    await deliverWithDrop(note, MESSAGE_SEND);
    expect(await admin.transactionsContaining(id, note.key)).toHaveLength(1);

    const history = await admin.history(id);
    expect(history.filter((t) => t.Type === 'Correspond')).toHaveLength(1);
    expect(history.filter((t) => t.Type === 'Comment')).toHaveLength(1);

    // The desk reads its own messages back with their outbox keys and exact text.
    const pulled = await connector.changesSince(String((Math.floor(Date.now() / 1000) - 600) * 1000));
    const messages = pulled.page.messages.filter((m) => m.ticketId === id);
    expect(messages.map((m) => [m.kind, m.authorType, m.authorId, m.clientKey, m.body])).toEqual([
      ['reply', 'customer', 'ivan@example.com', null, 'Sent 2 ETH an hour ago.'],
      ['reply', 'agent', 'agent', reply.key, 'Hello Ivan,\nwe are checking <your> deposit & will write back.'],
      ['note', 'agent', 'agent', note.key, 'Deposit seen on chain, 3/12 confirmations.'],
    ]);
    const ticket = pulled.page.tickets.find((t) => t.id === id)!;
    expect(ticket.firstResponseAt).not.toBeNull();
    expect(ticket.status).toBe('open');
  });

  it('changes status, priority and owner once, also when the answer is lost; the receipt is the new version', async () => {
    const id = await admin.createTicket({ subject: 'Fee refund', requestor: 'judy@example.com', body: 'Charged twice.' });
    const before = await currentTicket(id);
    const update = mutation(id, before.version, { kind: 'update', changes: { status: 'pending', priority: 'high', assigneeId: 'agent' }, authorId: 'agent' });
    const version = await deliverWithDrop(update, FIELD_WRITE);
    expect(version).toBeGreaterThan(before.version);

    const history = await admin.history(id);
    expect(history.filter((t) => t.Type === 'Status' && t.NewValue === 'stalled')).toHaveLength(1);
    expect(history.filter((t) => t.Field === 'Priority')).toHaveLength(1);
    const after = await currentTicket(id);
    expect(after).toMatchObject({ status: 'pending', priority: 'high', assigneeId: 'agent', version });

    // Building on the receipt works; the same change again is a no-op, not a conflict.
    const solve = mutation(id, version, { kind: 'update', changes: { status: 'solved' }, authorId: 'agent' });
    const solvedVersion = (await connector.deliver(solve)).version;
    expect((await connector.deliver(solve)).version).toBe(solvedVersion);
    expect((await admin.history(id)).filter((t) => t.Type === 'Status' && t.NewValue === 'resolved')).toHaveLength(1);
  });

  it('reports a change made in RT after the desk read the ticket as a conflict carrying the current ticket', async () => {
    const id = await admin.createTicket({ subject: 'Locked account', requestor: 'kim@example.com', body: 'Cannot log in.' });
    const seen = await currentTicket(id);
    await admin.update(id, { Priority: 100 });

    const stale = mutation(id, seen.version, { kind: 'update', changes: { status: 'solved' }, authorId: 'agent' });
    const error = await connector.deliver(stale).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectorError);
    expect((error as ConnectorError).kind).toBe('conflict');
    const current = (error as ConnectorError).details.current!;
    expect(current).toMatchObject({ id, priority: 'urgent', status: 'new' });
    expect(current.version).toBeGreaterThan(seen.version);
    expect((await admin.ticket(id)).Status).toBe('new');

    // Re-based on the current version, the same change goes through.
    const rebased = { ...stale, baseVersion: current.version };
    await connector.deliver(rebased);
    expect((await admin.ticket(id)).Status).toBe('resolved');
  });

  it('escalates once (note, holding reply, move to the security queue at top priority), also when answers are lost on the way', async () => {
    const id = await admin.createTicket({ subject: 'Funds gone', requestor: 'lena@example.com', body: 'My balance is zero!', topic: 'account_compromise' });
    const before = await currentTicket(id);
    const escalate = mutation(id, before.version, {
      kind: 'escalate',
      reason: 'account_takeover',
      note: 'Login from a new country right before the withdrawal.',
      holdWithdrawals: true,
      holdingReply: { body: 'We have secured your account and are looking into it.', language: 'en' },
      authorId: 'agent',
    });
    // Lost answers at two different steps: the note, then the move.
    const lostNote = proxy.cutNext(MESSAGE_SEND);
    expect(((await throughProxy.deliver(escalate).catch((e: unknown) => e)) as ConnectorError).kind).toBe('temporary');
    await lostNote;
    const lostMove = proxy.cutNext(FIELD_WRITE);
    expect(((await throughProxy.deliver(escalate).catch((e: unknown) => e)) as ConnectorError).kind).toBe('temporary');
    await lostMove;
    await connector.deliver(escalate);

    expect(await admin.transactionsContaining(id, `${escalate.key} -->`)).toHaveLength(1);
    expect(await admin.transactionsContaining(id, `${escalate.key}.reply -->`)).toHaveLength(1);
    const history = await admin.history(id);
    expect(history.filter((t) => t.Type === 'Set' && t.Field === 'Queue')).toHaveLength(1);
    expect(history.filter((t) => t.Type === 'Comment')).toHaveLength(1);
    expect(history.filter((t) => t.Type === 'Correspond')).toHaveLength(1);
    const raw = await admin.ticket(id);
    expect((raw.Queue as { Name: string }).Name).toBe('Security');
    expect(Number(raw.Priority)).toBe(100);

    const escalated = await currentTicket(id);
    expect(escalated).toMatchObject({ security: true, priority: 'urgent', status: 'open', acknowledgedAt: null });
    expect(escalated.escalatedAt).not.toBeNull();
    expect(escalated.tags).toEqual(expect.arrayContaining(['security', 'withdrawals_hold']));

    const pulled = await connector.changesSince(String((Math.floor(Date.now() / 1000) - 600) * 1000));
    const note = pulled.page.messages.find((m) => m.clientKey === escalate.key)!;
    expect(note).toMatchObject({ kind: 'note', body: 'Escalated to security: Account takeover.\nLogin from a new country right before the withdrawal.\nAccount protection requested: hold withdrawals.' });
    expect(pulled.page.messages.find((m) => m.clientKey === `${escalate.key}.reply`)).toMatchObject({ kind: 'reply', body: 'We have secured your account and are looking into it.' });

    // The security desk claims it, then sends it back.
    const claim = mutation(id, escalated.version, { kind: 'acknowledge', claim: true, authorId: 'secagent' });
    await security.deliver(claim);
    await security.deliver(claim);
    const claimed = await currentTicket(id, security);
    expect(claimed).toMatchObject({ assigneeId: 'secagent', security: true });
    expect(claimed.acknowledgedAt).not.toBeNull();
    expect(await admin.transactionsContaining(id, `${claim.key} -->`)).toHaveLength(1);

    const back = mutation(id, claimed.version, { kind: 'deescalate', reason: 'Customer withdrew it themselves from a new phone.', authorId: 'secagent' });
    await deliverWithDropVia(security, back);
    const returned = await currentTicket(id);
    expect(returned).toMatchObject({ security: false, escalatedAt: null, acknowledgedAt: null, priority: 'high' });
    expect(((await admin.ticket(id)).Queue as { Name: string }).Name).toBe('General');
    expect(await admin.transactionsContaining(id, `${back.key} -->`)).toHaveLength(1);
  });

  async function deliverWithDropVia(sender: RequestTrackerConnector, m: OutboundMutation): Promise<void> {
    const viaProxy = new RequestTrackerConnector(proxy.url, sender === security ? rt.tokens.security : rt.token);
    const lost = proxy.cutNext(FIELD_WRITE);
    expect(((await viaProxy.deliver(m).catch((e: unknown) => e)) as ConnectorError).kind).toBe('temporary');
    await lost;
    await sender.deliver(m);
  }

  it("maps RT's priority numbers on the scale configured for this RT, and an escalation writes the scale's urgent number", async () => {
    // An RT whose new tickets sit at its default 0 ("Low" in a stock RT) and where the desk's urgent is 90.
    const priorities = { low: -50, normal: 0, high: 50, urgent: 90 };
    const scaled = new RequestTrackerConnector(rt.url, rt.token, { priorities });
    const id = await admin.createTicket({ subject: 'Withdrawal pending for two days', requestor: 'omar@example.com', body: 'Still pending.' });
    expect(Number((await admin.ticket(id)).Priority)).toBe(0);
    const before = await currentTicket(id, scaled);
    expect(before.priority).toBe('normal');

    await scaled.deliver(mutation(id, before.version, { kind: 'update', changes: { priority: 'high' }, authorId: 'agent' }));
    expect(Number((await admin.ticket(id)).Priority)).toBe(50);
    const high = await currentTicket(id, scaled);
    expect(high.priority).toBe('high');

    await scaled.deliver(mutation(id, high.version, { kind: 'escalate', reason: 'unauthorized_withdrawal', note: '', holdWithdrawals: false, holdingReply: null, authorId: 'agent' }));
    expect(Number((await admin.ticket(id)).Priority)).toBe(90);
    expect(await currentTicket(id, scaled)).toMatchObject({ security: true, priority: 'urgent' });
    // The default scale reads the same 90 as urgent too (above its high 75's midpoint with 100).
    expect((await currentTicket(id)).priority).toBe('urgent');
  });

  it('refuses a ticket id or key RT cannot take, and reports a missing ticket as permanent', async () => {
    const bad = await connector.deliver({ key: 'k1', ticketId: 'T-1', baseVersion: 0, payload: { kind: 'note', body: 'x', authorId: 'agent' } }).catch((e: unknown) => e);
    expect((bad as ConnectorError).kind).toBe('permanent');
    const missing = await connector.deliver({ key: 'k2', ticketId: '99999', baseVersion: 0, payload: { kind: 'note', body: 'x', authorId: 'agent' } }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ConnectorError);
    expect((missing as ConnectorError).kind).toBe('permanent');
    // RT answers 200 while refusing a field; the connector reads the ticket back and says so.
    const id = await admin.createTicket({ subject: 'Claim by nobody', requestor: 'mia@example.com', body: 'hi', queue: 'Security' });
    const ghost = await connector.deliver(mutation(id, 0, { kind: 'acknowledge', claim: true, authorId: 'ghost' })).catch((e: unknown) => e);
    expect((ghost as ConnectorError).kind).toBe('permanent');
    expect((ghost as ConnectorError).message).toMatch(/did not make ghost its owner/);
  });
});
