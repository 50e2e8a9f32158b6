import AxeBuilder from '@axe-core/playwright';
import { macroSignature } from './fixtures/starter-library';
import { openDesk } from './fixtures/desk-page';
import { expect, test, type Page } from '@playwright/test';
import { backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

interface SnapshotTicket {
  id: string;
  topic: string;
  language: string;
  status: string;
  snoozedUntil: number | null;
}

interface BackendTicket {
  ticket: { id: string; language: string };
  messages: Array<{ authorType: string; authorId: string; body: string }>;
}

interface Applied {
  applied: Array<{ seq: number; kind: string; ticketId: string; authorId: string }>;
}

const AGENT = 'agent-frontline-1';
/** How long a bulk send waits in the outbox for its one undo (macro-handlers.ts), plus a margin. */
const PAST_HOLD_MS = 13_000;

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '300', '--seed', '9']);
  preview = await startPreview({ backend, agent: AGENT });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

/** The "all tickets" view as the backend holds it: open, awake tickets, by topic. */
async function openTicketsByTopic(): Promise<Map<string, SnapshotTicket[]>> {
  const { tickets } = await backendGet<{ tickets: SnapshotTicket[] }>(backend, '/api/v1/snapshot?after=0&limit=1000');
  const byTopic = new Map<string, SnapshotTicket[]>();
  for (const t of tickets) {
    if (!['new', 'open', 'pending'].includes(t.status) || (t.snoozedUntil !== null && t.snoozedUntil > Date.now())) continue;
    byTopic.set(t.topic, [...(byTopic.get(t.topic) ?? []), t]);
  }
  return byTopic;
}

async function lastApplied(): Promise<number> {
  return (await backendGet<Applied>(backend, '/api/v1/admin/applied?limit=2000')).applied.at(-1)?.seq ?? 0;
}

async function repliesSince(seq: number): Promise<Applied['applied']> {
  return (await backendGet<Applied>(backend, `/api/v1/admin/applied?since=${seq}&limit=2000`)).applied.filter((a) => a.kind === 'reply' && a.authorId === AGENT);
}

const groupHeader = (page: Page, topic: string) => page.locator(`[data-testid="topic-group"][data-topic="${topic}"]`);

/** Moves the keyboard cursor down the groups until it is on this topic's header. */
async function cursorTo(page: Page, topic: string): Promise<void> {
  const tree = page.getByTestId('topic-groups');
  for (let i = 0; i < 20 && (await tree.getAttribute('aria-activedescendant')) !== `topic-group-${topic}`; i++) await page.keyboard.press('j');
  await expect(tree).toHaveAttribute('aria-activedescendant', `topic-group-${topic}`);
  await expect(groupHeader(page, topic)).toHaveAttribute('aria-selected', 'true');
}

test('g t groups the queue by topic; an incident reply to a whole group is taken back with one undo and never reaches the backend', async ({ page }) => {
  test.setTimeout(90_000);
  const expected = await openTicketsByTopic();
  await openDesk(page, preview.url);
  await page.keyboard.press('1');
  // A ticket checked for a bulk change before grouping stays checked after it.
  const checkedId = (await page.locator('[data-testid="queue-row"][aria-selected="true"]').getAttribute('data-ticket-id'))!;
  await page.keyboard.press('x');
  await expect(page.getByTestId('bulk-count')).toHaveText('1 selected');

  await page.keyboard.press('g');
  await page.keyboard.press('t');
  const tree = page.getByTestId('topic-groups');
  await expect(tree).toBeFocused();
  await expect(page.getByTestId('group-by-topic')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('topic-group')).toHaveCount(expected.size);
  // Every topic of the view, with as many tickets as the backend holds open, largest first.
  const counts = await page.getByTestId('topic-group').evaluateAll((els) => els.map((el) => [el.getAttribute('data-topic')!, Number(el.getAttribute('data-count'))] as const));
  expect(Object.fromEntries(counts)).toEqual(Object.fromEntries([...expected].map(([topic, tickets]) => [topic, tickets.length])));
  expect(counts.map(([, n]) => n)).toEqual([...counts.map(([, n]) => n)].sort((a, b) => b - a));

  const topic = 'market_incident';
  const members = expected.get(topic)!;
  const header = groupHeader(page, topic);
  await expect(header.getByTestId('topic-group-count')).toHaveText(`${members.length} tickets`);
  const languages = new Set(members.map((t) => t.language));
  for (const language of languages) await expect(header.getByTestId('topic-group-languages')).toContainText(language);

  // Enter opens the group onto its tickets, Space closes it again; j moves from the header into its rows.
  await cursorTo(page, topic);
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-expanded', 'true');
  const rows = tree.locator('[data-testid="queue-row"]');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(members.length));
  const memberIds = new Set(members.map((t) => t.id));
  for (const id of await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-ticket-id')!))) expect(memberIds.has(id), id).toBe(true);
  await page.keyboard.press('j');
  const firstRow = rows.first();
  await expect(firstRow).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('ticket-pane')).toHaveAttribute('data-ticket-id', (await firstRow.getAttribute('data-ticket-id'))!);
  await page.keyboard.press('k');
  await expect(header).toHaveAttribute('aria-selected', 'true');

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.keyboard.press('Space');
  await expect(header).toHaveAttribute('aria-expanded', 'false');
  await expect(rows).toHaveCount(0);

  // m on the header: the picker opens for the whole group, its incident macro already chosen.
  const before = await lastApplied();
  await page.keyboard.press('m');
  const picker = page.getByTestId('macro-picker');
  await expect(picker).toBeVisible();
  await expect(picker).toContainText(`Incident reply to the ${members.length} tickets about Market incident`);
  await expect(picker.locator('[role="option"][aria-selected="true"]')).toHaveAttribute('data-macro-id', 'starter.market-incident-notice');
  await expect(picker.getByTestId('macro-insert')).toHaveAttribute('aria-disabled', 'false');
  // Before Enter: exactly how many tickets get it, in which languages; the header counts the same.
  const recipients = picker.getByTestId('incident-recipients');
  await expect(recipients).toHaveAttribute('data-count', String(members.length));
  await expect(recipients).toContainText(`Enter sends this reply on ${members.length} tickets, each to its customer`);
  const byLanguage = new Map<string, number>();
  for (const m of members) byLanguage.set(m.language, (byLanguage.get(m.language) ?? 0) + 1);
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  for (const [language, n] of byLanguage) await expect(recipients.getByTestId('incident-languages')).toContainText(`${n} in ${names.of(language)}`);
  await expect(recipients.getByTestId('macro-capped')).toHaveCount(0);
  await expect(recipients.getByTestId('incident-group-changed')).toHaveCount(0);
  await expect(header).toHaveAttribute('data-count', String(members.length));
  await page.keyboard.press('Enter');
  await expect(picker).toHaveCount(0);
  const undoBar = page.getByTestId('bulk-undo');
  await expect(undoBar).toContainText(`goes to ${members.length} tickets`);
  await expect(tree).toBeFocused();

  await undoBar.getByTestId('bulk-undo-button').click();
  await expect(undoBar).toHaveCount(0);
  // Past the hold window: nothing of the group's reply was applied, on any ticket.
  await page.waitForTimeout(PAST_HOLD_MS);
  expect(await repliesSince(before)).toEqual([]);
  for (const { id, language } of members) {
    const { messages } = await backendGet<BackendTicket>(backend, `/api/v1/tickets/${id}`);
    expect(messages.filter((m) => m.body.includes(macroSignature('starter.market-incident-notice', language))), id).toEqual([]);
  }

  // A group whose topic has no incident macro (the security holding reply goes only with an escalation): nothing is pre-chosen.
  await cursorTo(page, 'account_compromise');
  await page.keyboard.press('m');
  await expect(picker).toContainText(`Incident reply to the ${expected.get('account_compromise')!.length} tickets about Account compromise`);
  await expect(picker.locator('[role="option"]').first()).toBeVisible();
  await expect(picker.locator('[role="option"][aria-selected="true"]')).toHaveCount(0);
  await expect(picker.getByTestId('macro-insert')).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('Enter');
  await expect(picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(tree).toBeFocused();

  // Back to the plain list: the ticket checked before grouping is still checked.
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(page.getByTestId('queue')).toBeFocused();
  await expect(page.getByTestId('group-by-topic')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('bulk-count')).toHaveText('1 selected');
  await page.keyboard.press('Home');
  await expect(page.locator(`[data-testid="queue-row"][data-ticket-id="${checkedId}"]`)).toHaveAttribute('data-checked', 'true');
});

test('by mouse: the header’s button sends the incident reply to every ticket of the group, each customer in their own language, once', async ({ page }) => {
  test.setTimeout(120_000);
  const topic = 'two_factor';
  const macroId = 'starter.2fa-reset';
  const members = (await openTicketsByTopic()).get(topic)!;
  expect(members.length).toBeGreaterThan(5);
  await openDesk(page, preview.url);
  // The whole queue ("All"), not the agent's own work they land on.
  await page.getByTestId('view-tab-all').click();
  await page.getByTestId('group-by-topic').click();
  const header = groupHeader(page, topic);
  await expect(header.getByTestId('topic-group-count')).toHaveText(`${members.length} tickets`);
  // A click on the header opens the group.
  await header.click({ position: { x: 40, y: 14 } });
  await expect(header).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByTestId('topic-groups').locator('[data-testid="queue-row"]').first()).toBeVisible();

  const before = await lastApplied();
  await header.getByTestId('topic-group-reply').click();
  const picker = page.getByTestId('macro-picker');
  await expect(picker).toContainText(`Incident reply to the ${members.length} tickets`);
  await expect(picker.locator('[role="option"][aria-selected="true"]')).toHaveAttribute('data-macro-id', macroId);
  await expect(picker.getByTestId('macro-insert')).toHaveAttribute('aria-disabled', 'false');
  await picker.getByTestId('macro-insert').click();
  await expect(page.getByTestId('bulk-undo')).toContainText(`goes to ${members.length} tickets`);

  // Held for the undo window, then delivered: one reply per ticket of the group, in its customer's language.
  await expect.poll(async () => (await repliesSince(before)).length, { timeout: 60_000, intervals: [1000] }).toBe(members.length);
  expect(new Set((await repliesSince(before)).map((a) => a.ticketId))).toEqual(new Set(members.map((t) => t.id)));
  const languages = new Set<string>();
  for (const { id } of members) {
    const { ticket, messages } = await backendGet<BackendTicket>(backend, `/api/v1/tickets/${id}`);
    languages.add(ticket.language);
    expect(messages.filter((m) => m.authorType === 'agent' && m.body.includes(macroSignature(macroId, ticket.language))), `${id} (${ticket.language})`).toHaveLength(1);
  }
  expect(languages.size).toBeGreaterThanOrEqual(3);
});
