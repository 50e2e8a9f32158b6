import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MacroSummary, SessionInfo } from '../../../../preload/contract';
import { createAppServices, type AppServices, type AppServicesOptions } from '../../../../main/services/app/app-services';
import { createConnector, describeBackendProblem } from '../../../../main/services/connectors/connector-factory';
import { RequestTrackerConnector } from '../../../../main/services/connectors/request-tracker/rt-connector';
import { silentLogger } from '../../../../main/services/logging/logger';
import { callDesk } from '../../../support/desk-stack';
import { RtAdmin } from '../../../support/request-tracker/rt-admin';
import { RT_NOT_INSTALLED, requestTrackerInstalled, startRequestTracker, type RunningRequestTracker } from '../../../support/request-tracker/rt-instance';

const describeWithRt = requestTrackerInstalled() ? describe : describe.skip;

// The whole desk (app services, sync, outbox) on a real Request Tracker 5, as an exchange runs it.
describeWithRt(requestTrackerInstalled() ? 'the desk on Request Tracker' : RT_NOT_INSTALLED, () => {
  let rt: RunningRequestTracker;
  let admin: RtAdmin;
  const cleanups: Array<() => Promise<void> | void> = [];

  beforeAll(async () => {
    rt = await startRequestTracker();
    admin = new RtAdmin(rt.url, rt.tokens.admin);
  }, 60_000);

  afterAll(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    await rt?.stop();
  });

  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'agentdesk-rt-desk-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  async function desk(token: string, extra: Partial<AppServicesOptions> = {}): Promise<AppServices> {
    const services = await createAppServices({ dataDir: tempDir(), backend: { kind: 'request-tracker', url: rt.url, token }, logger: silentLogger, appVersion: 'test', ...extra });
    cleanups.push(() => services.close());
    return services;
  }

  it("signs in as the token's owner, whatever the order of the agent list, and refuses a mismatching --agent", async () => {
    expect(await new RequestTrackerConnector(rt.url, rt.tokens.security).whoAmI()).toMatchObject({ kind: 'agent', agentId: 'secagent', agent: { name: 'Sam Security', role: 'security' } });

    // The security agent's token gets the security desk, not the list's first frontline agent.
    const security = await desk(rt.tokens.security);
    const session = await callDesk<SessionInfo>(security, 'session.get', {});
    expect(session.agent).toMatchObject({ id: 'secagent', role: 'security' });
    expect(session.agents.find((a) => a.role === 'frontline')?.id).toBe('agent');

    const frontline = await desk(rt.tokens.agent, { agentId: 'agent' });
    expect((await callDesk<SessionInfo>(frontline, 'session.get', {})).agent).toMatchObject({ id: 'agent', role: 'frontline' });

    const refused = await desk(rt.tokens.security, { agentId: 'agent' }).catch((e: unknown) => e);
    expect((refused as Error).message).toBe("--agent agent does not match the token, which belongs to Sam Security (secagent): start without --agent to sign in as them, or use agent's own token.");
  }, 60_000);

  /** Pulls until the ticket is in the desk's cache. */
  async function pulled(services: AppServices, ticketId: string): Promise<void> {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      await services.sync.pull();
      if (services.cache.tickets.get(ticketId)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`ticket ${ticketId} never reached the desk`);
  }

  it('has the shared macros, and an escalation sends the holding reply in the customer\'s language', async () => {
    const id = await admin.createTicket({ subject: 'Mi cuenta fue hackeada', requestor: 'lucia@example.com', body: 'Alguien entró en mi cuenta y retiró todo mi saldo.', topic: 'account_compromise', language: 'es' });
    const services = await desk(rt.tokens.agent);
    const { macros } = await callDesk<{ macros: MacroSummary[] }>(services, 'macro.list', {});
    expect(macros.length).toBeGreaterThanOrEqual(14);
    expect(macros.map((m) => m.id)).toEqual(expect.arrayContaining(['starter.account-compromised-holding']));

    await pulled(services, id);
    await callDesk(services, 'ticket.escalate', { ticketId: id, reason: 'account_takeover', note: 'Withdrawal right after a login from a new device.', holdWithdrawals: true });
    const deadline = Date.now() + 30_000;
    let history = await admin.history(id);
    while (Date.now() < deadline && !history.some((t) => t.Type === 'Correspond')) {
      await services.sync.drain();
      await new Promise((resolve) => setTimeout(resolve, 250));
      history = await admin.history(id);
    }
    expect(history.filter((t) => t.Type === 'Correspond')).toHaveLength(1);
    expect(history.filter((t) => t.Type === 'Comment')).toHaveLength(1);
    // The reply is the starter library's, in Spanish, signed by the agent; the note does not say it is missing.
    const read = await new RequestTrackerConnector(rt.url, rt.tokens.admin).changesSince(String((Math.floor(Date.now() / 1000) - 600) * 1000));
    const reply = read.page.messages.find((m) => m.ticketId === id && m.clientKey?.endsWith('.reply'));
    expect(reply?.body).toMatch(/^Hola lucia,\n\nGracias por avisarnos\. Su caso ya está en manos de nuestro equipo de seguridad/);
    expect(reply?.body).toMatch(/Alex\s*$/);
    expect(await admin.transactionsContaining(id, 'No holding reply was sent')).toHaveLength(0);
  }, 90_000);

  it('reads an HTML-only mail with entities, a table and a disguised link as text that shows every link target', async () => {
    const html = [
      '<p>Buenos d&iacute;as &mdash; &iquest;d&oacute;nde est&aacute; mi retiro? &laquo;Urgente&raquo; &euro;&nbsp;1&#8239;200</p>',
      '<table><tr><th>Activo</th><th>Importe</th><th>Estado</th></tr><tr><td>BTC</td><td>0.25</td><td>pendiente</td></tr><tr><td>USDT</td><td>900</td><td>enviado</td></tr></table>',
      '<p>Su agente me dijo que entrara en <a href="https://trusted-exchange.com.account-verify.example/login">trusted-exchange.com</a> para confirmarlo.</p>',
    ].join('');
    const id = await admin.createTicket({ subject: 'Retiro pendiente', requestor: 'mateo@example.com', body: html, contentType: 'text/html', topic: 'withdrawal', language: 'es' });
    const read = await new RequestTrackerConnector(rt.url, rt.token).changesSince(String((Math.floor(Date.now() / 1000) - 600) * 1000));
    const body = read.page.messages.find((m) => m.ticketId === id)?.body ?? '';
    expect(body).toContain('Buenos días — ¿dónde está mi retiro? «Urgente» €\u00a01\u202f200');
    expect(body).toMatch(/Activo +Importe +Estado\nBTC +0\.25 +pendiente\nUSDT +900 +enviado/);
    expect(body).toContain('trusted-exchange.com [https://trusted-exchange.com.account-verify.example/login]');
    expect(body).not.toMatch(/&[a-z]+;|&#|<[a-z/]/i);
  }, 60_000);

  it('checks the queues, groups and custom fields at connect, naming what is missing in one sentence', async () => {
    await new RequestTrackerConnector(rt.url, rt.token).checkConnection();
    const renamed = new RequestTrackerConnector(rt.url, rt.token, { securityQueue: 'Fraud', agentGroup: 'Agents', tagsField: 'Labels' });
    const error = await renamed.checkConnection().catch((e: unknown) => e);
    expect(describeBackendProblem(error, { kind: 'request-tracker', url: rt.url })).toBe(
      `Could not use Request Tracker at ${rt.url}: the server lacks the queue "Fraud", the group "Agents" and the ticket custom field "Labels" (or this token cannot see them; custom fields must apply to both queues): create them as README's "Connecting Request Tracker" says, or name yours with --rt-security-queue, --rt-agent-group, --rt-tags-field.`,
    );
    // Named as they are, through the factory the command line uses.
    await createConnector({ kind: 'request-tracker', url: rt.url, token: rt.token, securityQueue: 'Security', defaultQueue: 'General', agentGroup: 'Support Agents', securityGroup: 'Security Desk', topicField: 'Topic', languageField: 'Language', tagsField: 'Tags' }).checkConnection();
  }, 60_000);

  it('lists attachments under the message by name, type and size, and never fetches their content', async () => {
    const invoice = Buffer.from('<script>alert("from the attachment")</script><p>pay here</p>');
    const id = await admin.createTicket({
      subject: 'Withdrawal stuck, screenshot attached',
      requestor: 'ines@example.com',
      body: 'The explorer shows it unconfirmed, see the screenshot and my ID.',
      attachments: [
        { name: 'explorer screenshot.png', type: 'image/png', content: Buffer.alloc(3 * 1024, 1) },
        { name: 'id-scan.pdf', type: 'application/pdf', content: Buffer.alloc(1_572_864, 2) },
        { name: 'invoice.html', type: 'text/html', content: invoice },
      ],
    });
    const read = await new RequestTrackerConnector(rt.url, rt.token).changesSince(String((Math.floor(Date.now() / 1000) - 600) * 1000));
    const body = read.page.messages.find((m) => m.ticketId === id)?.body ?? '';
    expect(body).toBe(
      [
        'The explorer shows it unconfirmed, see the screenshot and my ID.',
        '',
        '📎 explorer screenshot.png (image/png, 3 KB)',
        '📎 id-scan.pdf (application/pdf, 1.5 MB)',
        `📎 invoice.html (text/html, ${invoice.length} B)`,
      ].join('\n'),
    );
    expect(body).not.toMatch(/alert|pay here/);
  }, 60_000);
});
