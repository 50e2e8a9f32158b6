import { expect, test, type Page } from '@playwright/test';
import { backendAdmin, backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

// Typed text never becomes commands: a reply holding every single-key shortcut (capitals
// included) is typed while a surge re-renders the queue, and focus is stolen mid-word again and
// again (to the page, to the queue, to the escalate button). Nothing may happen that the agent
// did not do: no escalation, no status change, no move, no send, and the reply keeps every key.

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '300', '--seed', '43']);
  preview = await startPreview({ backend, agent: 'agent-frontline-1' });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

interface AppliedEntry {
  idempotencyKey: string;
  ticketId: string;
  kind: string;
  authorId: string;
}

async function appliedBy(authorId: string): Promise<AppliedEntry[]> {
  const { applied } = await backendGet<{ applied: AppliedEntry[] }>(backend, '/api/v1/admin/applied?since=0&limit=1000');
  return applied.filter((a) => a.authorId === authorId);
}

/** Every printable key on a keyboard, lower and upper case, digits and the punctuation keys bind to. */
const EVERY_KEY = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 ?/[]-=.,;\'`#@!*+';

/** Ways focus leaves the composer without the agent: a re-render to the page, to the queue, to a button. */
const STEALS: Array<(page: Page) => Promise<void>> = [
  (page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()),
  (page) => page.evaluate(() => document.getElementById('queue-listbox')?.focus()),
  (page) => page.evaluate(() => (document.querySelector('[data-testid="escalate-button"]') as HTMLElement | null)?.focus()),
  (page) => page.evaluate(() => (document.querySelector('[data-testid="ticket-pane"] button') as HTMLElement | null)?.focus()),
];

test('a reply with every single-key shortcut, typed while focus is stolen mid-word under a surge, stays text', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(preview.url);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
  const me = await page.evaluate(async () => {
    const r = await window.agentdesk.invoke('session.get', {});
    if (!r.ok) throw new Error(r.error.message);
    return r.value.agent.id;
  });
  await backendAdmin(backend, 'surge', { factor: 100, minutes: 2, incident: 'market_crash' });
  try {
    const pane = page.getByTestId('ticket-pane');
    await expect(pane).toHaveAttribute('data-ticket-id', /.+/);
    await page.keyboard.press('Enter');
    const opened = await pane.getAttribute('data-ticket-id');
    await page.keyboard.press('r');
    const composer = page.getByTestId('composer');
    await expect(composer).toBeFocused();

    // Three passes over every key, split at a different place each time, focus stolen at each split.
    const text = `${EVERY_KEY} ${EVERY_KEY} ${EVERY_KEY}`;
    let typed = '';
    for (let at = 0, n = 0; at < text.length; n++) {
      const chunk = text.slice(at, at + 7 + (n % 5));
      await page.keyboard.type(chunk, { delay: 15 });
      typed += chunk;
      at += chunk.length;
      await STEALS[n % STEALS.length]!(page);
    }
    // The stray keys went back where they were meant to go, in order.
    await expect(composer).toHaveValue(typed);
    await expect(pane).toHaveAttribute('data-ticket-id', opened!);
    await expect(page.getByTestId('escalation-state')).toHaveCount(0);

    // Nothing reached the backend or the outbox that the agent did not do.
    await page.waitForTimeout(1500);
    expect(await appliedBy(me)).toEqual([]);
    const pending = await page.evaluate(async () => {
      const r = await window.agentdesk.invoke('sync.status', {});
      return r.ok ? r.value.outboxPending + r.value.outboxFailed : -1;
    });
    expect(pending).toBe(0);

    // The one thing the agent does: send it. Exactly that arrives.
    await composer.focus();
    await page.keyboard.press('Control+Enter');
    // A customer may have written meanwhile (the surge's follow-ups): the desk shows it, the agent sends anyway.
    const collision = page.getByTestId('collision-warning');
    await expect(collision.or(page.getByTestId('message').filter({ hasText: EVERY_KEY.slice(0, 20) })).first()).toBeVisible({ timeout: 10_000 });
    if (await collision.isVisible()) await page.keyboard.press('Control+Enter');
    await expect(composer).toHaveValue('');
    await expect.poll(async () => (await appliedBy(me)).map((a) => `${a.kind} ${a.ticketId}`), { timeout: 15_000 }).toEqual([`reply ${opened}`]);
  } finally {
    await fetch(`${backend.url}/api/v1/admin/surge`, { method: 'DELETE', headers: { authorization: `Bearer ${backend.token}` } });
  }
  expect(errors).toEqual([]);
});
