import { expect, test, type Locator, type Page } from '@playwright/test';
import { backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';
import { openDesk, showAllTickets } from './fixtures/desk-page';
import { macroSignature } from './fixtures/starter-library';

// Issue 22 in the browser: an Arabic customer answered with a macro in Arabic (right to left where
// it is Arabic, left to right around it, sent once), a Chinese ticket found by a two-character word
// inside a sentence, and a Japanese customer's macro preview in Japanese. The tickets are made for
// the test through the backend's development route, so nothing depends on what the seed drew.

interface Applied {
  seq: number;
  kind: string;
  ticketId: string;
  authorId: string;
}
interface BackendTicket {
  ticket: { id: string; language: string; tags: string[] };
  messages: Array<{ kind: string; authorType: string; body: string }>;
}

const AGENT = 'agent-frontline-1';
const ARABIC = {
  subject: 'لم يصل السحب إلى محفظتي',
  body: 'مرحبًا، طلبت سحب 0.5 BTC قبل يومين ولم يصل حتى الآن إلى محفظتي. ما السبب؟',
  customerName: 'ليلى حداد',
  language: 'ar',
  topic: 'withdrawal',
};
const CHINESE = {
  subject: '请帮忙查一下',
  body: '您好，我的提币还没有到账，已经过去三个小时了。',
  customerName: '王芳',
  language: 'zh',
  topic: 'withdrawal',
};
const JAPANESE = {
  subject: 'ログインできません',
  body: 'アカウントがロックされてしまい、ログインできません。どうすればよいでしょうか。',
  customerName: '佐藤 花子',
  language: 'ja',
  topic: 'locked_account',
};

let backend: RunningBackend;
let preview: RunningPreview;
const ids: Record<'ar' | 'zh' | 'ja', string> = { ar: '', zh: '', ja: '' };

async function createTicket(ticket: typeof ARABIC): Promise<string> {
  const response = await fetch(`${backend.url}/api/v1/admin/simulate/new-ticket`, {
    method: 'POST',
    headers: { authorization: `Bearer ${backend.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(ticket),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { ticket: { id: string } }).ticket.id;
}

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '40', '--seed', '22']);
  ids.ar = await createTicket(ARABIC);
  ids.zh = await createTicket(CHINESE);
  ids.ja = await createTicket(JAPANESE);
  preview = await startPreview({ backend, agent: AGENT });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

const direction = (locator: Locator): Promise<string> => locator.evaluate((el) => getComputedStyle(el).direction);

/** Opens a ticket the way an agent finds one: "/", a word of it, the hit, Enter (the queue selects its row). */
async function openBySearch(page: Page, id: string, word: string, lang: string): Promise<Locator> {
  await page.keyboard.press('/');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type(word);
  const hit = page.locator(`[data-testid="search-hit"][data-ticket-id="${id}"]`);
  await expect(hit).toBeVisible({ timeout: 15_000 });
  // The hit's customer-written parts carry the ticket's language (the snippet too, where it is their words).
  await expect(hit.locator('bdi.search-hit-subject')).toHaveAttribute('lang', lang);
  await expect(hit.locator('bdi.search-hit-customer')).toHaveAttribute('lang', lang);
  await expect(hit.locator('bdi.search-hit-snippet')).toHaveAttribute('lang', lang);
  for (let i = 0; i < 20 && (await hit.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ticket-pane')).toHaveAttribute('data-ticket-id', id);
  const row = page.locator('[data-testid="queue-row"][aria-selected="true"]');
  await expect(row).toHaveAttribute('data-ticket-id', id);
  return row;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('an Arabic ticket: read right to left, answered with the Arabic macro in a right-to-left composer, sent once', async ({ page }) => {
  test.setTimeout(90_000);
  await openDesk(page, preview.url);
  await showAllTickets(page);
  const row = await openBySearch(page, ids.ar, 'محفظتي', 'ar');

  await test.step('the queue row: the subject keeps its own direction and language, the row stays in the interface’s', async () => {
    const subject = row.locator('.queue-row-subject');
    await expect(subject).toHaveAttribute('dir', 'rtl');
    await expect(subject.locator('bdi')).toHaveAttribute('lang', 'ar');
    await expect(subject.locator('bdi')).toHaveText(ARABIC.subject);
    await expect(row.locator('bdi.queue-row-customer')).toHaveAttribute('lang', 'ar');
    expect(await direction(row)).toBe('ltr');
  });

  const pane = page.getByTestId('ticket-pane');
  await test.step('the pane: subject, name and message are Arabic and right to left, the header around them left to right', async () => {
    const subject = page.getByTestId('ticket-subject').locator('bdi');
    await expect(subject).toHaveAttribute('lang', 'ar');
    expect(await direction(subject)).toBe('rtl');
    const name = page.getByTestId('customer-name');
    await expect(name).toHaveAttribute('lang', 'ar');
    expect(await direction(name)).toBe('rtl');
    expect(await direction(pane.locator('.ticket-meta'))).toBe('ltr');
    const message = pane.locator('[data-testid="message"][data-author="customer"] .message-body').first();
    await expect(message).toHaveAttribute('lang', 'ar');
    await expect(message).toContainText('طلبت سحب');
    expect(await direction(message)).toBe('rtl');
    await expect(pane.locator('[data-testid="message"][data-author="customer"] bdi.message-author').first()).toHaveAttribute('lang', 'ar');
  });

  const composer = page.getByTestId('composer');
  const signature = macroSignature('starter.withdrawal-delayed', 'ar');
  await test.step('the composer is Arabic and right to left before a word is typed; the macro comes in Arabic', async () => {
    await page.keyboard.press('r');
    await expect(composer).toBeFocused();
    await expect(composer).toHaveAttribute('lang', 'ar');
    await expect(composer).toHaveAttribute('dir', 'rtl');
    expect(await direction(composer)).toBe('rtl');

    await page.keyboard.press('Control+Shift+M');
    const picker = page.getByTestId('macro-picker');
    await expect(picker).toBeVisible();
    await page.keyboard.type('withdrawal delayed');
    await expect(picker.locator('[role="option"]').first()).toHaveAttribute('data-macro-id', 'starter.withdrawal-delayed');
    const previewText = picker.getByTestId('macro-preview-text');
    await expect(previewText).toContainText(signature);
    await expect(previewText).toContainText('مرحبًا ليلى،');
    await expect(previewText).toHaveAttribute('lang', 'ar');
    expect(await direction(previewText)).toBe('rtl');
    await page.keyboard.press('Enter');
    await expect(picker).toHaveCount(0);
    await expect(composer).toBeFocused();
    await expect(composer).toHaveValue(new RegExp(escapeRegExp(signature)));
    await expect(composer).toHaveAttribute('dir', 'rtl');
    expect(await direction(composer)).toBe('rtl');
  });

  await test.step('an English line typed first turns the composer left to right; deleting it turns it back', async () => {
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('TxID check\n');
    await expect(composer).toHaveAttribute('dir', 'ltr');
    for (let i = 0; i < 'TxID check\n'.length; i++) await page.keyboard.press('Backspace');
    await expect(composer).toHaveAttribute('dir', 'rtl');
  });

  const reply = (await composer.inputValue()).trim();
  const before = Math.max(0, ...(await backendGet<{ applied: Applied[] }>(backend, '/api/v1/admin/applied?limit=2000')).applied.map((a) => a.seq));
  await test.step('Ctrl+Enter sends it; the backend applies it exactly once, with the macro’s Arabic text', async () => {
    await page.keyboard.press('Control+Enter');
    const replies = async () => (await backendGet<BackendTicket>(backend, `/api/v1/tickets/${ids.ar}`)).messages.filter((m) => m.authorType === 'agent' && m.kind === 'reply');
    await expect.poll(async () => (await replies()).length, { timeout: 15_000 }).toBe(1);
    expect((await replies())[0]!.body).toBe(reply);
    const applied = async () => (await backendGet<{ applied: Applied[] }>(backend, `/api/v1/admin/applied?since=${before}&limit=2000`)).applied.filter((a) => a.ticketId === ids.ar && a.kind === 'reply');
    await expect.poll(async () => (await applied()).length, { timeout: 15_000 }).toBe(1);
    expect((await applied())[0]!.authorId).toBe(AGENT);
    // The sent reply shows in the conversation, Arabic and right to left too.
    const sent = pane.locator('[data-testid="message"][data-author="agent"] .message-body').last();
    await expect(sent).toContainText(signature);
    await expect(sent).toHaveAttribute('lang', 'ar');
    expect(await direction(sent)).toBe('rtl');
    await page.waitForTimeout(2000); // a second delivery would have landed by now
    expect(await replies()).toHaveLength(1);
    expect(await applied()).toHaveLength(1);
  });

  await test.step('keyboard navigation is unchanged around the Arabic row: j and k move, Enter opens', async () => {
    // Back to the queue as an agent goes, Esc from the reply and Esc from the pane, which brings the
    // selection into view: the macro made the ticket pending, so it moved down, maybe out of sight.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('queue')).toBeFocused();
    const selected = page.locator('[data-testid="queue-row"][aria-selected="true"]');
    await expect(selected).toHaveAttribute('data-ticket-id', ids.ar);
    const index = Number(await selected.getAttribute('data-index'));
    const step = index === 0 ? 'j' : 'k';
    const back = index === 0 ? 'k' : 'j';
    await page.keyboard.press(step);
    await expect(selected).not.toHaveAttribute('data-ticket-id', ids.ar);
    await page.keyboard.press(back);
    await expect(selected).toHaveAttribute('data-ticket-id', ids.ar);
    await page.keyboard.press('Enter');
    await expect(pane).toHaveAttribute('data-ticket-id', ids.ar);
  });
});

test('a Chinese ticket is found by a two-character word inside a sentence', async ({ page }) => {
  await openDesk(page, preview.url);
  await page.keyboard.press('/');
  const search = page.getByTestId('search-input');
  await expect(search).toBeFocused();
  await page.keyboard.type('提币');
  await expect(page.getByTestId('search-results')).toHaveAttribute('data-query', '提币');
  const hit = page.locator(`[data-testid="search-hit"][data-ticket-id="${ids.zh}"]`);
  await expect(hit).toBeVisible({ timeout: 15_000 });
  await expect(hit.locator('bdi.search-hit-subject')).toHaveText(CHINESE.subject);
  await expect(hit.locator('bdi.search-hit-snippet')).toContainText('提币');
  for (const part of ['subject', 'snippet', 'customer']) await expect(hit.locator(`bdi.search-hit-${part}`)).toHaveAttribute('lang', 'zh');
  for (let i = 0; i < 20 && (await hit.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('ticket-pane')).toHaveAttribute('data-ticket-id', ids.zh);
  await expect(page.getByTestId('ticket-subject').locator('bdi')).toHaveAttribute('lang', 'zh');
  const message = page.locator('[data-testid="message"][data-author="customer"] .message-body').first();
  await expect(message).toHaveAttribute('lang', 'zh');
  expect(await direction(message)).toBe('ltr');

  // The command palette finds it too, its subject in Chinese.
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('palette-input')).toBeFocused();
  await page.keyboard.type('提币');
  const paletteHit = page.locator(`[data-testid="palette-hit"][data-ticket-id="${ids.zh}"]`);
  await expect(paletteHit).toBeVisible({ timeout: 15_000 });
  await expect(paletteHit.locator('bdi:not(.mono)')).toHaveAttribute('lang', 'zh');
  await expect(paletteHit.locator('bdi:not(.mono)')).toHaveText(CHINESE.subject);
  await page.keyboard.press('Escape');
});

test('a Japanese customer’s macro preview is in Japanese', async ({ page }) => {
  await openDesk(page, preview.url);
  await showAllTickets(page);
  await openBySearch(page, ids.ja, 'ログイン', 'ja');
  await expect(page.getByTestId('customer-name')).toHaveAttribute('lang', 'ja');
  await page.keyboard.press('m');
  const picker = page.getByTestId('macro-picker');
  await expect(picker).toBeVisible();
  await page.keyboard.type('locked account');
  await expect(picker.locator('[role="option"]').first()).toHaveAttribute('data-macro-id', 'starter.locked-account');
  const previewText = picker.getByTestId('macro-preview-text');
  await expect(previewText).toHaveAttribute('lang', 'ja');
  await expect(previewText).toContainText(macroSignature('starter.locked-account', 'ja'));
  // Greeted by the name the customer gave, with 様; the desk's agent signs.
  await expect(previewText).toContainText(/^佐藤様\n/);
  await expect(picker).toContainText('Japanese');
  expect(await direction(previewText)).toBe('ltr');
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
});
