import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

const EXECUTIVE = 'agent-executive-1';

interface BackendTicket {
  ticket: { id: string; subject: string; language: string; topic: string; tags: string[]; security: boolean; priority: string; assigneeId: string | null };
  messages: Array<{ authorId: string; kind: string; body: string }>;
}
interface Applied {
  kind: string;
  ticketId: string;
  authorId: string;
}
interface LibraryMacro {
  id: string;
  topic: string | null;
  bodies: Array<{ language: string; body: string }>;
}

let backend: RunningBackend;
let library: LibraryMacro[];

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '300', '--seed', '9']);
  library = (await backendGet<{ macros: LibraryMacro[] }>(backend, '/api/v1/macros')).macros;
});

test.afterAll(async () => {
  await backend?.stop();
});

const ticketOnBackend = (ticketId: string) => backendGet<BackendTicket>(backend, `/api/v1/tickets/${ticketId}`);

async function openExecutiveDesk(page: Page, preview: RunningPreview): Promise<void> {
  await page.goto(preview.url);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
  await expect(page.getByTestId('executive-view')).toBeVisible();
  await expect(page.getByTestId('executive-take-next')).toBeFocused();
}

/** None of the desk's controls exist here: no views, search, commands, settings, bulk, de-escalation. */
async function expectNothingToBreak(page: Page): Promise<void> {
  for (const testId of ['queue-row', 'view-tab-all', 'open-palette.open', 'open-settings.open', 'open-help.keymap', 'bulk-bar', 'deescalate-button', 'acknowledge-button', 'claim-button']) {
    await expect(page.getByTestId(testId)).toHaveCount(0);
  }
  await expect(page.locator('#search-input')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /settings|commands|shortcuts|de-escalate|select/i })).toHaveCount(0);
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByTestId('executive-cheatsheet')).toBeVisible();
}

/** The desk's keys (palette, shortcuts overlay, settings, select, de-escalate, views) do nothing. */
async function pressDeskKeys(page: Page): Promise<void> {
  const phase = await page.getByTestId('executive-view').getAttribute('data-phase');
  for (const key of ['ControlOrMeta+k', '?', 'ControlOrMeta+,', 'x', 'Shift+D', 'Shift+A', 'Shift+C', '2', 'm']) await page.keyboard.press(key);
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(page.getByTestId('deescalate-reason')).toHaveCount(0);
  await expect(page.getByTestId('executive-view')).toHaveAttribute('data-phase', phase!);
  await expectNothingToBreak(page);
}

/** The ticket now on screen, after checking it is the customer's, assigned to the executive, with the topic's reply in their language. */
async function shownTicket(page: Page, previous?: string): Promise<{ ticketId: string; detail: BackendTicket }> {
  const card = page.getByTestId('executive-ticket');
  await expect(card).toBeVisible();
  // The ticket just done stays on screen until the next one has loaded.
  if (previous) await expect(card).not.toHaveAttribute('data-ticket-id', previous, { timeout: 10_000 });
  await expect(page.getByTestId('executive-outcome')).toHaveCount(0);
  const ticketId = (await card.getAttribute('data-ticket-id'))!;
  await expect.poll(async () => (await ticketOnBackend(ticketId)).ticket.assigneeId, { timeout: 10_000 }).toBe(EXECUTIVE);
  const detail = await ticketOnBackend(ticketId);
  await expect(page.getByTestId('executive-subject')).toHaveText(detail.ticket.subject);
  await expect(page.getByTestId('executive-language')).toHaveAttribute('data-language', detail.ticket.language);

  // The text area opens once the suggestion is ready (or known to be missing).
  const reply = page.getByTestId('executive-reply');
  await expect(reply).toBeEnabled();
  const macroId = await page.getByTestId('executive-suggestion').getAttribute('data-macro-id');
  if (macroId) {
    // The macro made for the ticket's topic, in the customer's language: it opens as that body does.
    const macro = library.find((m) => m.id === macroId)!;
    expect(macro.topic).toBe(detail.ticket.topic);
    const body = macro.bodies.find((b) => b.language === detail.ticket.language)!;
    expect(body).toBeDefined();
    await expect(reply).toHaveAttribute('lang', detail.ticket.language);
    const opening = body.body.split(/\{\{|\n/)[0]!.trim();
    expect(opening.length).toBeGreaterThan(0);
    expect(await reply.inputValue()).toMatch(new RegExp(`^${opening.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }
  return { ticketId, detail };
}

/** axe-core over the window: a newcomer using a screen reader gets the same plain desk. */
async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join('\n    ')}`).join('\n');
  expect(serious.length, `axe found serious or critical violations in ${what}:\n${report}`).toBe(0);
  expect(results.passes.length).toBeGreaterThan(10);
}

/** What the backend applied for this desk on a ticket. */
async function applied(ticketId: string, kind: string): Promise<Applied[]> {
  const { applied: all } = await backendGet<{ applied: Applied[] }>(backend, '/api/v1/admin/applied?limit=2000');
  return all.filter((a) => a.ticketId === ticketId && a.kind === kind && a.authorId === EXECUTIVE);
}

/** The reply reached the customer once, and the ticket waits for quality review. */
async function expectDeliveredOnceForReview(page: Page, ticketId: string, body: string): Promise<void> {
  await expect(page.getByTestId('executive-delivery')).toHaveAttribute('data-state', 'delivered', { timeout: 15_000 });
  await expect.poll(async () => (await ticketOnBackend(ticketId)).ticket.tags, { timeout: 10_000 }).toContain('quality_review');
  // Time enough to have sent it twice, had the desk been going to.
  await page.waitForTimeout(1000);
  const detail = await ticketOnBackend(ticketId);
  expect(detail.messages.filter((m) => m.authorId === EXECUTIVE && m.kind === 'reply' && m.body === body)).toHaveLength(1);
  expect(await applied(ticketId, 'reply')).toHaveLength(1);
}

async function expectEscalated(page: Page, ticketId: string): Promise<void> {
  await expect(page.getByTestId('executive-escalation-state')).toHaveAttribute('data-state', /queued|sending|delivered/);
  await expect(page.getByTestId('executive-escalation-state')).toHaveAttribute('data-state', 'delivered', { timeout: 15_000 });
  await expect.poll(async () => (await ticketOnBackend(ticketId)).ticket, { timeout: 10_000 }).toMatchObject({ security: true, priority: 'urgent' });
  expect(await applied(ticketId, 'escalate')).toHaveLength(1);
  await expect(page.getByTestId('executive-escalate')).toHaveCount(0);
  await expect(page.getByTestId('executive-take-next')).toBeFocused();
}

test('executive mode by keyboard only: take next, send the suggested reply, take next, escalate', async ({ page }) => {
  const preview = await startPreview({ backend, agent: EXECUTIVE });
  try {
    await openExecutiveDesk(page, preview);
    await expectNothingToBreak(page);
    await pressDeskKeys(page);

    await page.keyboard.press('n');
    const first = await shownTicket(page);
    const reply = page.getByTestId('executive-reply');
    // Focus lands on the conversation: keys from the cheat sheet never type into the customer's reply.
    const conversation = page.locator('#executive-conversation');
    await expect(conversation).toBeFocused();
    await expect(reply).toBeEnabled();
    const suggested = await reply.inputValue();
    await page.keyboard.press('n');
    await page.keyboard.press('g');
    await page.keyboard.press('r');
    await expect(reply).toBeFocused();
    expect(await reply.inputValue()).toBe(suggested);
    await expect(page.getByTestId('executive-ticket')).toHaveAttribute('data-ticket-id', first.ticketId);
    // A fill-in field of the macro (a transaction hash, an order number) blocks sending until typed in.
    if ((await page.locator('[data-testid^="executive-field-"]').count()) > 0) {
      await expect(page.getByTestId('executive-blockers')).toBeVisible();
      await page.keyboard.press('ControlOrMeta+Enter');
      await expect(page.getByTestId('executive-outcome')).toHaveCount(0);
      await page.keyboard.press('Shift+Tab');
      await expect(page.locator('[data-testid^="executive-field-"]').last()).toBeFocused();
      await page.keyboard.type('REF-7781-2290');
      await expect(reply).toHaveValue(/REF-7781-2290/);
    } else if ((await reply.inputValue()) === '') {
      await page.keyboard.type('Thank you for writing to us. We are looking into it and will answer shortly.');
    }
    await expect(page.getByTestId('executive-blockers')).toHaveCount(0);
    const body = (await reply.inputValue()).trim();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.getByTestId('executive-outcome')).toBeVisible();
    await expect(page.getByTestId('executive-take-next')).toBeFocused();
    await expectDeliveredOnceForReview(page, first.ticketId, body);
    await pressDeskKeys(page);

    // Enter on the focused button is the other take-next key on the cheat sheet.
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('executive-outcome')).toHaveCount(0);
    const second = await shownTicket(page, first.ticketId);
    await expect(conversation).toBeFocused();
    // In the reply Shift+E types a capital E; Esc leaves the text box first.
    await page.keyboard.press('r');
    await expect(reply).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+E');
    await expectEscalated(page, second.ticketId);
    await pressDeskKeys(page);
    // The desk's de-escalate key did not undo it.
    expect((await ticketOnBackend(second.ticketId)).ticket.security).toBe(true);
  } finally {
    await preview.stop();
  }
});

test('executive mode by mouse only: take next, send the suggested reply, take next, escalate', async ({ page }) => {
  const preview = await startPreview({ backend, agent: EXECUTIVE });
  try {
    await openExecutiveDesk(page, preview);
    await expectNothingToBreak(page);

    await expectAccessible(page, 'the start screen');
    await page.getByTestId('executive-take-next').click();
    const first = await shownTicket(page);
    await expectAccessible(page, 'an open ticket with its suggested reply');
    const reply = page.getByTestId('executive-reply');
    const field = page.locator('[data-testid^="executive-field-"]');
    if ((await field.count()) > 0) {
      await expect(page.getByTestId('executive-blockers')).toBeVisible();
      await expect(page.getByTestId('executive-send')).toBeDisabled();
      await field.last().click();
      await page.keyboard.type('REF-5530-1184');
      await expect(reply).toHaveValue(/REF-5530-1184/);
    } else if ((await reply.inputValue()) === '') {
      await reply.click();
      await page.keyboard.type('Thank you for writing to us. We are looking into it and will answer shortly.');
    }
    await expect(page.getByTestId('executive-blockers')).toHaveCount(0);
    await expect(page.getByTestId('executive-send')).toBeEnabled();
    const body = (await reply.inputValue()).trim();
    await page.getByTestId('executive-send').click();
    await expect(page.getByTestId('executive-outcome')).toBeVisible();
    await expectDeliveredOnceForReview(page, first.ticketId, body);
    await expectNothingToBreak(page);
    await expectAccessible(page, 'the confirmation after sending');

    await page.getByTestId('executive-take-next').click();
    const second = await shownTicket(page, first.ticketId);
    await page.getByTestId('executive-escalate-note').click();
    await page.keyboard.type('Customer says a login from another country happened last night');
    await page.getByTestId('executive-escalate').click();
    await expectEscalated(page, second.ticketId);
    const notes = (await ticketOnBackend(second.ticketId)).messages.filter((m) => m.kind === 'note' && m.authorId === EXECUTIVE);
    expect(notes.some((n) => n.body.includes('login from another country'))).toBe(true);
    await expectNothingToBreak(page);
  } finally {
    await preview.stop();
  }
});

test('a reload brings back the ticket in progress with what the executive typed', async ({ page }) => {
  const preview = await startPreview({ backend, agent: EXECUTIVE });
  try {
    await openExecutiveDesk(page, preview);
    await page.keyboard.press('n');
    const { ticketId } = await shownTicket(page);
    const reply = page.getByTestId('executive-reply');
    await expect(reply).toBeEnabled();
    await page.keyboard.press('r');
    await expect(reply).toBeFocused();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nP.S. Our team is on it tonight.');
    const typed = await reply.inputValue();
    // The draft is committed shortly after the typing stops.
    await page.waitForTimeout(1000);

    await page.reload();
    await expect(page.getByTestId('executive-ticket')).toHaveAttribute('data-ticket-id', ticketId, { timeout: 15_000 });
    await expect(reply).toHaveValue(typed);
    await expect(page.locator('#executive-conversation')).toBeFocused();
  } finally {
    await preview.stop();
  }
});
