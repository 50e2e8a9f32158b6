import { expect, test, type Locator } from '@playwright/test';
import { HIDDEN_CHARACTER_CLASS } from '../../preload/contract/text-marks';
import { maskEmail } from '../../main/services/domain/personal-data';
import { backendAdmin, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';
import { openDesk, showAllTickets } from './fixtures/desk-page';
import { DIRECTION_TICKETS, HOSTILE_PAYLOADS, HUGE_BODY } from './fixtures/hostile-payloads';

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '50', '--seed', '13']);
  // Each payload as a subject, a body and a customer name; security-flagged so they sort first.
  for (const [i, payload] of HOSTILE_PAYLOADS.entries()) {
    await backendAdmin(backend, 'simulate/new-ticket', { subject: payload.slice(0, 2000), body: payload, customerName: payload.slice(0, 500), security: true, priority: 'urgent' });
    if (i === 0) await backendAdmin(backend, 'simulate/new-ticket', { subject: 'Huge transaction log', body: HUGE_BODY, customerName: 'Bulk Sender', security: true, priority: 'urgent' });
  }
  preview = await startPreview({ backend });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

test(`${HOSTILE_PAYLOADS.length} hostile payloads in subjects, bodies and names: nothing runs, the desk stays usable`, async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(new URL(preview.url).origin)) requests.push(r.url());
  });
  await page.goto(preview.url);
  await expect(page.getByTestId('queue-row').first()).toBeVisible();
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
  await showAllTickets(page);

  const pane = page.getByTestId('ticket-pane');
  const seen = new Set<string>();
  const warnings: string[] = [];
  let hiddenMarks = 0;
  // Walk the queue: every hostile ticket is shown in the pane, one after the other.
  for (let i = 0; i < HOSTILE_PAYLOADS.length + 1; i++) {
    const id = await page.locator('[data-testid="queue-row"][aria-selected="true"]').getAttribute('data-ticket-id');
    await expect(pane).toHaveAttribute('data-ticket-id', id!, { timeout: 15_000 });
    await expect(page.getByTestId('message').first()).toBeVisible();
    seen.add(id!);
    warnings.push(...(await page.locator('[data-testid="ticket-pane"] .safety-warning').allTextContents()));
    hiddenMarks += await page.locator('[data-testid="ticket-pane"] .hidden-char').count();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.keyboard.press('j');
  }
  expect(seen.size).toBe(HOSTILE_PAYLOADS.length + 1);

  // Shown as text, literally.
  await expect(page.getByText('<script>window.__pwned=1</script>').first()).toBeAttached();
  expect(await page.evaluate(() => document.querySelectorAll('[data-testid="ticket-pane"] script, [data-testid="ticket-pane"] img, [data-testid="ticket-pane"] iframe, [data-testid="ticket-pane"] svg:not([aria-hidden])').length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // No tracker, remote image or script was fetched.
  expect(requests).toEqual([]);
  // Look-alike domains, poisoned addresses and hidden characters were pointed out to the agent.
  expect(warnings.join('\n')).toMatch(/mixes alphabets|looks like/);
  expect(warnings.join('\n')).toMatch(/uses the name "binance"/);
  expect(warnings.join('\n')).toMatch(/differs by one character/);
  expect(hiddenMarks).toBeGreaterThan(0);
  // Still usable: the composer opens and takes text.
  await page.keyboard.press('Enter');
  await page.keyboard.press('r');
  await page.keyboard.type('We never ask for your seed phrase.');
  await expect(page.getByTestId('composer')).toHaveValue('We never ask for your seed phrase.');
});

/** The hidden characters of a text, as the desk counts them (text-marks.ts). */
const hiddenIn = (text: string): number => [...text.matchAll(new RegExp(HIDDEN_CHARACTER_CLASS, 'gu'))].length;

/** One piece of customer text as shown: isolated, each hidden character a visible mark, none left raw. */
async function expectIsolatedAndMarked(bdi: Locator, raw: string, where: string): Promise<void> {
  await expect(bdi, where).toHaveCount(1);
  expect(await bdi.evaluate((el) => el.tagName), where).toBe('BDI');
  await expect(bdi, where).toHaveAttribute('dir', 'auto');
  const shown = (await bdi.textContent()) ?? '';
  expect(hiddenIn(shown), `${where}: no raw direction control or invisible character in ${JSON.stringify(shown)}`).toBe(0);
  await expect(bdi.locator('.hidden-char'), `${where}: one mark per hidden character`).toHaveCount(hiddenIn(raw));
  // What is left once the marks are taken out is the customer's visible text, in logical order.
  const visible = await bdi.evaluate((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''));
  expect(visible, where).toBe(raw.replace(new RegExp(HIDDEN_CHARACTER_CLASS, 'gu'), ''));
}

test('subjects, names, e-mails, user ids and tags with direction controls are isolated and marked wherever shown', async ({ page }) => {
  test.setTimeout(120_000);
  const created: Array<{ id: string; t: (typeof DIRECTION_TICKETS)[number] }> = [];
  for (const t of DIRECTION_TICKETS) {
    const response = await fetch(`${backend.url}/api/v1/admin/simulate/new-ticket`, {
      method: 'POST',
      headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ subject: t.subject, body: `Hello, ${t.find}`, customerName: t.customerName, customerEmail: t.customerEmail, customerUserId: t.customerUserId, tags: t.tags, security: true, priority: 'urgent' }),
    });
    expect(response.status).toBe(201);
    created.push({ id: ((await response.json()) as { ticket: { id: string } }).ticket.id, t });
  }
  await openDesk(page, preview.url);
  await showAllTickets(page);
  const pane = page.getByTestId('ticket-pane');

  for (const { id, t } of created) {
    await test.step(`${id}: ${JSON.stringify(t.subject)}`, async () => {
      // Search results: subject, customer, snippet.
      await page.keyboard.press('Escape');
      await page.keyboard.press('/');
      await page.keyboard.type(t.find);
      const hit = page.locator(`[data-testid="search-hit"][data-ticket-id="${id}"]`);
      await expect(hit).toBeVisible({ timeout: 30_000 });
      await expectIsolatedAndMarked(hit.locator('bdi.search-hit-subject'), t.subject, 'search subject');
      await expectIsolatedAndMarked(hit.locator('bdi.search-hit-customer'), t.customerName, 'search customer');
      for (let i = 0; i < 20 && (await hit.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(pane).toHaveAttribute('data-ticket-id', id);

      // Ticket header: subject, name, e-mail, user id, tags.
      await expectIsolatedAndMarked(page.getByTestId('ticket-subject').locator('bdi'), t.subject, 'header subject');
      await expectIsolatedAndMarked(page.getByTestId('customer-name'), t.customerName, 'header name');
      // A frontline agent sees the e-mail masked (first letter and domain), still isolated and marked.
      await expectIsolatedAndMarked(page.getByTestId('customer-email'), maskEmail(t.customerEmail), 'header e-mail');
      await expectIsolatedAndMarked(page.getByTestId('customer-user-id'), t.customerUserId, 'header user id');
      const tags = page.getByTestId('ticket-tag');
      await expect(tags).toHaveCount(t.tags.length);
      for (const [i, tag] of t.tags.entries()) await expectIsolatedAndMarked(tags.nth(i).locator('bdi'), tag, `tag ${i}`);
      // The customer line reads in order: name, then e-mail, then user id, whatever the name holds.
      // (Each starts after the previous one ends: to its right on the same line, or on a later line.)
      const inOrder = await page.evaluate(() => {
        const rects = ['customer-name', 'customer-email', 'customer-user-id'].map((id) => [...document.querySelector(`[data-testid="${id}"]`)!.getClientRects()]);
        return rects.slice(1).every((next, i) => {
          const end = rects[i]!.at(-1)!;
          const start = next[0]!;
          return start.top > end.top + 2 || start.left >= end.right - 1;
        });
      });
      expect(inOrder, 'name, e-mail and user id in reading order').toBe(true);

      // Queue row: subject and customer.
      const row = page.locator(`[data-testid="queue-row"][data-ticket-id="${id}"]`);
      await expect(row).toBeVisible();
      await expectIsolatedAndMarked(row.locator('.queue-row-subject bdi'), t.subject, 'row subject');
      await expectIsolatedAndMarked(row.locator('bdi.queue-row-customer'), t.customerName, 'row customer');
      expect(hiddenIn((await row.locator('.queue-row-subject').getAttribute('title')) ?? ''), 'row tooltip').toBe(2); // only the desk's own closed isolate
    });
  }

  // Nowhere outside the message bodies does a raw direction control or invisible character remain.
  const leaks = await page.evaluate((cls) => {
    const hidden = new RegExp(cls, 'u');
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest('[data-testid="message"], textarea, input, script, style')) continue;
      // The desk's own closed isolates around customer text in a sentence are allowed; the customer's are marks.
      const text = (n.textContent ?? '').replace(/\u2068([^\u2068\u2069]*)\u2069/g, '$1');
      if (hidden.test(text)) found.push(JSON.stringify(n.textContent).slice(0, 120));
    }
    return found;
  }, HIDDEN_CHARACTER_CLASS);
  expect(leaks).toEqual([]);
});
