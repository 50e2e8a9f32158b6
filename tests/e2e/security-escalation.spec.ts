import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ESCALATION_UNDO_WINDOW_MS } from '../../preload/rules/escalation-defaults';
import { backendAdmin, backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

const ESCALATIONS = 20;
/** How long an escalation waits, undoable, before it leaves the desk (the desk's rule). */
const UNDO_WINDOW_MS = ESCALATION_UNDO_WINDOW_MS;
interface Applied {
  seq: number;
  kind: string;
  ticketId: string;
  authorId: string;
}
const NOTIFY_BUDGET_MS = 2000;

let backend: RunningBackend;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '300', '--seed', '12']);
});

test.afterAll(async () => {
  await backend?.stop();
});

/**
 * Records every call the desk makes to the browser's Notifications API, with the page's clock,
 * and reports permission as granted (headless Chromium shows no real notification).
 */
const RECORD_NOTIFICATIONS = () => {
  const calls: Array<{ title: string; body: string; at: number }> = [];
  (window as unknown as { __notifications: typeof calls }).__notifications = calls;
  class RecordedNotification extends EventTarget {
    static readonly permission = 'granted';
    static requestPermission = () => Promise.resolve('granted');
    onclick: (() => void) | null = null;
    constructor(title: string, options?: { body?: string }) {
      super();
      calls.push({ title, body: options?.body ?? '', at: Date.now() });
    }
    close() {}
  }
  Object.defineProperty(window, 'Notification', { value: RecordedNotification, configurable: true });
};

async function openDesk(browser: Browser, preview: RunningPreview, recordNotifications = false): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (recordNotifications) await page.addInitScript(RECORD_NOTIFICATIONS);
  await page.goto(preview.url);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
  await expect(page.locator('[data-testid="queue-row"][aria-selected="true"]')).toBeVisible();
  // Agents land on their own work; these cases start from the whole queue ("All").
  await page.keyboard.press('1');
  await expect(page.getByTestId('view-tab-all')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-testid="queue-row"][aria-selected="true"]')).toBeVisible();
  return page;
}

/**
 * Selects the least urgent ticket of the view with the keyboard and waits until the pane shows
 * it; skips tickets already escalated (an escalated one moves up once the queue refreshes).
 */
async function selectLast(page: Page, skip: ReadonlySet<string> = new Set()): Promise<string> {
  const selected = page.locator('[data-testid="queue-row"][aria-selected="true"]');
  let ticketId = '';
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(selected).toBeVisible({ timeout: 2000 });
    ticketId = (await selected.getAttribute('data-ticket-id', { timeout: 2000 }))!;
    expect(skip.has(ticketId)).toBe(false);
  }).toPass({ timeout: 10_000 });
  await expect(page.getByTestId('ticket-pane')).toHaveAttribute('data-ticket-id', ticketId);
  await expect(page.getByTestId('escalate-button')).toHaveText(/Escalate to security/);
  return ticketId;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

test('a frontline escalation reaches the security desk, with a notification, within 2 seconds of its undo window closing (20 times)', async ({ browser }) => {
  test.setTimeout(300_000);
  const frontlineDesk = await startPreview({ backend, agent: 'agent-frontline-1' });
  const securityDesk = await startPreview({ backend, agent: 'agent-security-1' });
  try {
    const frontline = await openDesk(browser, frontlineDesk);
    const security = await openDesk(browser, securityDesk, true);
    await security.keyboard.press('4'); // the security view

    const latencies: number[] = [];
    const escalated = new Set<string>();
    for (let i = 0; i < ESCALATIONS; i++) {
      const ticketId = await selectLast(frontline, escalated);
      escalated.add(ticketId);
      const pressedAt = Date.now();
      await frontline.keyboard.press('Shift+E');
      await expect(frontline.getByTestId('escalation-state')).toBeVisible();
      // Nothing leaves the desk inside the undo window; the clock starts when it closes.
      await expect(frontline.getByTestId('escalation-undo')).toHaveAttribute('data-ticket-id', ticketId);
      const notified = await security.waitForFunction(
        (id) => (window as unknown as { __notifications: Array<{ title: string; at: number }> }).__notifications.find((n) => n.title.replace(/[\u2066-\u2069]/g, '') === `Security escalation ${id}`)?.at ?? null,
        ticketId,
        { timeout: 10_000 + UNDO_WINDOW_MS, polling: 10 },
      );
      const notifiedAt = (await notified.jsonValue()) as number;
      expect(notifiedAt - pressedAt, 'not before the undo window closed').toBeGreaterThanOrEqual(UNDO_WINDOW_MS - 100);
      latencies.push(notifiedAt - (pressedAt + UNDO_WINDOW_MS));
      // The queue has moved the case up among the security cases before the next one is picked.
      await expect(frontline.locator(`[data-testid="queue-row"][data-ticket-id="${ticketId}"] .badge-security`)).toBeVisible();
      await frontline.keyboard.press('Escape');
    }

    // The case is at the top of the security view with its acknowledgement timer running, and the in-app alert shows.
    await expect(security.getByTestId('escalation-alerts')).toBeVisible();
    await expect(security.locator('[data-testid="queue-row"]').first().getByTestId('ack-timer')).toBeVisible();

    const sorted = [...latencies].sort((a, b) => a - b);
    const figures = { escalations: sorted.length, p50Ms: percentile(sorted, 50), p95Ms: percentile(sorted, 95), maxMs: sorted.at(-1)! };
    console.log(`undo window closing → security desk notification: p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, max ${figures.maxMs} ms over ${figures.escalations} escalations`);
    mkdirSync('test-results', { recursive: true });
    writeFileSync(join('test-results', 'escalation-latency.json'), JSON.stringify({ ...figures, latencies }, null, 2));
    expect(figures.maxMs).toBeLessThan(NOTIFY_BUDGET_MS);
    expect(sorted[0]).toBeGreaterThanOrEqual(-100);

    // Every one of them arrived once, with the holding reply and the audit trail on the backend.
    const audit = await backendGet<{ entries: Array<{ action: string }>; verification: { ok: boolean } }>(backend, '/api/v1/audit');
    expect(audit.entries.filter((e) => e.action === 'escalate')).toHaveLength(ESCALATIONS);
    expect(audit.verification.ok).toBe(true);
  } finally {
    await frontlineDesk.stop();
    await securityDesk.stop();
  }
});

test('the security agent claims the case and de-escalates it with a reason; the frontline desk sees each step', async ({ browser }) => {
  const frontlineDesk = await startPreview({ backend, agent: 'agent-frontline-2' });
  const securityDesk = await startPreview({ backend, agent: 'agent-security-2' });
  try {
    const security = await openDesk(browser, securityDesk);
    const frontline = await openDesk(browser, frontlineDesk);
    const ticketId = await selectLast(frontline);
    await frontline.getByTestId('escalation-options').click();
    await frontline.getByTestId('escalation-reason').selectOption('sim_swap');
    await frontline.getByTestId('escalation-note').fill('Customer lost phone signal, then 0.8 BTC left');
    await frontline.getByTestId('escalate-button').click();
    await expect(frontline.getByTestId('escalation-state')).toHaveAttribute('data-state', /queued|delivered/);
    await expect(frontline.getByTestId('escalation-state')).toHaveAttribute('data-state', 'delivered', { timeout: 10_000 });

    // The security agent opens the case from the alert that came with it.
    const alert = security.locator(`[data-testid="escalation-alerts"] li[data-ticket-id="${ticketId}"]`);
    await expect(alert).toBeVisible({ timeout: 10_000 });
    // The customer's subject and name in the alert carry the ticket's language.
    const { ticket } = await backendGet<{ ticket: { language: string } }>(backend, `/api/v1/tickets/${ticketId}`);
    await expect(alert.locator('bdi:not(.mono)')).toHaveCount(2);
    for (const part of await alert.locator('bdi:not(.mono)').all()) await expect(part).toHaveAttribute('lang', ticket.language);
    await alert.getByRole('button', { name: 'Open' }).click();
    await expect(security.getByTestId('ticket-pane')).toHaveAttribute('data-ticket-id', ticketId);
    await expect(security.getByTestId('security-panel')).toBeVisible();
    // How many other tickets the customer has is on the case's action line (the list opens on request).
    await expect(security.getByTestId('customer-tickets-summary').or(security.getByText('No other tickets from this customer.'))).toBeVisible();
    if (await security.getByTestId('customer-tickets-summary').isVisible()) {
      // Their other tickets' subjects carry each ticket's language.
      await security.getByTestId('customer-tickets-summary').click();
      const subjects = security.locator('[data-testid="customer-tickets"] li bdi:not(.mono)');
      await expect(subjects.first()).toBeVisible();
      for (const subject of await subjects.all()) await expect(subject).toHaveAttribute('lang', /^[a-z]{2}$/);
    }
    await security.keyboard.press('Shift+C');
    await expect(frontline.getByTestId('escalation-state')).toHaveAttribute('data-state', 'acknowledged', { timeout: 10_000 });

    await security.getByTestId('deescalate-button').click();
    await security.getByTestId('deescalate-reason').fill('SIM swap ruled out: carrier confirmed no port-out');
    await security.getByTestId('deescalate-confirm').click();
    await expect.poll(async () => (await backendGet<{ ticket: { security: boolean } }>(backend, `/api/v1/tickets/${ticketId}`)).ticket.security, { timeout: 10_000 }).toBe(false);
    const trail = await backendGet<{ entries: Array<{ action: string; actorId: string }> }>(backend, `/api/v1/audit?ticketId=${ticketId}`);
    expect(trail.entries.map((e) => `${e.action} by ${e.actorId}`)).toEqual([
      'escalate by agent-frontline-2',
      'account_protection_requested by agent-frontline-2',
      'claim by agent-security-2',
      'deescalate by agent-security-2',
    ]);
  } finally {
    await frontlineDesk.stop();
    await securityDesk.stop();
  }
});

test('an escalation pressed by mistake is taken back with one key inside its window: nothing reaches the backend or the customer', async ({ page }) => {
  const desk = await startPreview({ backend, agent: 'agent-frontline-3' });
  try {
    await page.goto(desk.url);
    await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
    await expect(page.locator('[data-testid="queue-row"][aria-selected="true"]')).toBeVisible();
    const ticketId = await selectLast(page);
    const before = await backendGet<{ messages: unknown[] }>(backend, `/api/v1/tickets/${ticketId}`);
    const seqBefore = Math.max(0, ...(await backendGet<{ applied: Applied[] }>(backend, '/api/v1/admin/applied?limit=2000')).applied.map((a) => a.seq));
    await page.keyboard.press('Shift+E');
    const bar = page.getByTestId('escalation-undo');
    await expect(bar).toHaveAttribute('data-ticket-id', ticketId);
    await expect(page.getByTestId('escalation-state')).toHaveAttribute('data-state', 'queued');
    await page.keyboard.press('u');
    await expect(bar).toHaveCount(0);
    await expect(page.getByTestId('escalation-state')).toHaveCount(0);
    // Well past the window: the backend never heard of it, the customer got nothing.
    await page.waitForTimeout(UNDO_WINDOW_MS + 1500);
    const applied = await backendGet<{ applied: Applied[] }>(backend, '/api/v1/admin/applied?limit=2000');
    expect(applied.applied.filter((a) => a.ticketId === ticketId && a.seq > seqBefore)).toEqual([]);
    const after = await backendGet<{ ticket: { security: boolean }; messages: unknown[] }>(backend, `/api/v1/tickets/${ticketId}`);
    expect(after.ticket.security).toBe(false);
    expect(after.messages).toHaveLength(before.messages.length);
    // The desk's own audit log keeps the escalation and its withdrawal.
    const audit = await page.evaluate(async () => {
      const r = await window.agentdesk.invoke('audit.export', { format: 'json' });
      return r.ok ? r.value.content : '';
    });
    expect(audit).toContain('escalation_withdrawn');
  } finally {
    await desk.stop();
  }
});

test('an escalation pressed just before a kill -9 is delivered after the restart, exactly once', async ({ page }) => {
  const first = await startPreview({ backend, agent: 'agent-frontline-3' });
  await page.goto(first.url);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
  await expect(page.locator('[data-testid="queue-row"][aria-selected="true"]')).toBeVisible();
  const ticketId = await selectLast(page);
  const mine = (a: Applied) => a.kind === 'escalate' && a.ticketId === ticketId && a.authorId === 'agent-frontline-3';
  // Every request fails from now on, so the escalation can only be in the desk's outbox when it dies.
  await backendAdmin(backend, 'faults', { errorRate: 1 });
  await page.keyboard.press('Shift+E');
  await expect(page.getByTestId('escalation-state')).toHaveAttribute('data-state', 'queued');
  await first.kill();
  await backendAdmin(backend, 'faults', { errorRate: 0 });

  const second = await startPreview({ backend, agent: 'agent-frontline-3', dataDir: first.dataDir });
  try {
    await expect
      .poll(async () => (await backendGet<{ applied: Applied[] }>(backend, '/api/v1/admin/applied?limit=2000')).applied.filter(mine).length, { timeout: 20_000 })
      .toBe(1);
    // Given time to send it twice, it still was applied once.
    await page.waitForTimeout(1500);
    const applied = await backendGet<{ applied: Applied[] }>(backend, '/api/v1/admin/applied?limit=2000');
    expect(applied.applied.filter(mine)).toHaveLength(1);
    const detail = await backendGet<{ ticket: { security: boolean; priority: string } }>(backend, `/api/v1/tickets/${ticketId}`);
    expect(detail.ticket).toMatchObject({ security: true, priority: 'urgent' });
  } finally {
    await second.stop();
  }
});
