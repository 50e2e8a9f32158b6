import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

// Issue 17: each view at 1440×900 in English and Russian, attached to the run as screenshots, and
// a header that fits the longest language: no tab, button or name wraps onto a second line.

const LANGUAGES = ['en', 'es', 'ru', 'lt'] as const;
type Lang = (typeof LANGUAGES)[number];

let backend: RunningBackend;
let frontline: RunningPreview;
let security: RunningPreview;
let executive: RunningPreview;

test.use({ viewport: { width: 1440, height: 900 } });

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '300', '--seed', '31']);
  [frontline, security, executive] = await Promise.all([
    startPreview({ backend }),
    startPreview({ backend, agent: 'agent-security-1' }),
    startPreview({ backend, agent: 'agent-executive-1' }),
  ]);
});

test.afterAll(async () => {
  await Promise.all([frontline?.stop(), security?.stop(), executive?.stop()]);
  await backend?.stop();
});

async function openIn(page: Page, preview: RunningPreview, lang: Lang, desk: 'agent' | 'executive' = 'agent'): Promise<void> {
  await page.goto(preview.url);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
  await page.evaluate(async (language) => {
    const r = await window.agentdesk.invoke('settings.set', { interfaceLanguage: language });
    if (!r.ok) throw new Error(r.error.message);
  }, lang);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  if (desk === 'agent') await expect(page.locator('[data-testid="queue-row"][aria-selected="true"]')).toBeVisible();
  else await expect(page.getByTestId('executive-view')).toBeVisible();
}

async function shot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(name);
  await page.screenshot({ path });
  await info.attach(name, { path, contentType: 'image/png' });
}

/** Text in the header that runs onto more than one line, with the element it sits in. */
async function wrappedHeaderText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const header = document.querySelector('.app-header');
    if (!header) return ['no header'];
    const out: string[] = [];
    if (header.scrollWidth > header.clientWidth + 1) out.push(`the header overflows: ${header.scrollWidth} > ${header.clientWidth}`);
    const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) out.push(`"${node.textContent.trim()}" in <${node.parentElement?.className ?? ''}> wraps onto ${tops.size} lines`);
    }
    return out;
  });
}

test('no header element wraps at 1440×900 in any of the four languages, on either desk', async ({ page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  for (const lang of LANGUAGES) {
    await openIn(page, frontline, lang);
    found.push(...(await wrappedHeaderText(page)).map((w) => `the desk in ${lang}: ${w}`));
    await openIn(page, executive, lang, 'executive');
    found.push(...(await wrappedHeaderText(page)).map((w) => `the executive desk in ${lang}: ${w}`));
  }
  expect(found).toEqual([]);
  // Leave the shared settings in English for the other tests.
  await openIn(page, frontline, 'en');
});

/** How much of the ticket pane the conversation gets, and whether the customer line stays one line. */
async function paneRoom(page: Page): Promise<{ share: number; conversation: number; pane: number; customerLines: number; parts: string }> {
  return page.evaluate(() => {
    const height = (selector: string) => Math.round(document.querySelector(`[data-testid="ticket-pane"] ${selector}`)?.getBoundingClientRect().height ?? 0);
    const parts = ['.ticket-header', '.ticket-title-row', '.escalation', '.security-panel', '.ticket-controls', '.ticket-meta', '.ticket-tags', '.composer']
      .map((selector) => `${selector} ${height(selector)}`)
      .join(', ');
    const pane = document.querySelector('[data-testid="ticket-pane"]')!.getBoundingClientRect().height;
    const conversation = document.querySelector('.ticket-scroll')!.getBoundingClientRect().height;
    const customer = document.querySelector('.ticket-meta > div:first-child dd');
    const lineHeight = customer ? parseFloat(getComputedStyle(customer).lineHeight) || 18 : 18;
    const customerLines = customer ? Math.round(customer.getBoundingClientRect().height / lineHeight) : 0;
    return { share: conversation / pane, conversation: Math.round(conversation), pane: Math.round(pane), customerLines, parts };
  });
}

test('the conversation gets most of the ticket pane at 1440×900, for a frontline agent and for a security agent on a security case', async ({ page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  for (const [who, preview] of [['frontline', frontline], ['security', security]] as const) {
    for (const lang of ['en', 'ru'] as const) {
      await openIn(page, preview, lang);
      if (who === 'security') await expect(page.locator('[data-testid="queue-row"][aria-selected="true"]')).toHaveClass(/is-security/);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('message').first()).toBeVisible();
      if (who === 'security') await expect(page.getByTestId('security-panel')).toBeVisible();
      const room = await paneRoom(page);
      console.log(`${who} desk in ${lang}: the conversation is ${room.conversation} of ${room.pane} px (${Math.round(room.share * 100)} %), the customer line ${room.customerLines} line(s) (${room.parts})`);
      if (room.share < 0.55) found.push(`${who} in ${lang}: the conversation has ${room.conversation} of ${room.pane} px`);
      if (room.customerLines !== 1) found.push(`${who} in ${lang}: the customer line takes ${room.customerLines} lines`);
    }
  }
  expect(found).toEqual([]);
  await openIn(page, frontline, 'en');
});

test('the agent name is shown whole in every language at 1440×900', async ({ page }) => {
  test.setTimeout(90_000);
  const cut: string[] = [];
  for (const lang of LANGUAGES) {
    for (const [who, preview] of [['frontline', frontline], ['security', security]] as const) {
      await openIn(page, preview, lang);
      const name = page.getByTestId('agent-name');
      await expect(name).toBeVisible();
      const { scroll, client, text } = await name.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, text: el.textContent ?? '' }));
      if (scroll > client) cut.push(`${who} in ${lang}: "${text}" needs ${scroll} px, has ${client}`);
    }
  }
  expect(cut).toEqual([]);
  await openIn(page, frontline, 'en');
});

test('each view at 1440×900 in English and Russian, attached as screenshots', async ({ page }, info) => {
  test.setTimeout(180_000);
  for (const lang of ['en', 'ru'] as const) {
    await openIn(page, frontline, lang);
    await shot(page, info, `${lang}-1-queue.png`);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('message').first()).toBeVisible();
    await page.keyboard.press('r');
    await expect(page.getByTestId('composer')).toBeFocused();
    await shot(page, info, `${lang}-2-ticket.png`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await expect(page.getByTestId('command-palette')).toBeVisible();
    await shot(page, info, `${lang}-2b-palette.png`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+,');
    await expect(page.getByTestId('settings-view')).toBeVisible();
    await shot(page, info, `${lang}-2c-settings.png`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('g');
    await page.keyboard.press('q');
    await expect(page.getByTestId('queue')).toBeFocused();
    await page.keyboard.press('g');
    await page.keyboard.press('t');
    await expect(page.getByTestId('topic-group').first()).toBeVisible();
    await shot(page, info, `${lang}-3-topic-groups.png`);
    // The header's entries, and they say where the agent is.
    await page.getByTestId('crisis-screen.surge').click();
    await expect(page.getByTestId('surge-view')).toBeVisible();
    await expect(page.getByTestId('crisis-screen.surge')).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('[role="tab"][aria-selected="true"]')).toHaveCount(0);
    await shot(page, info, `${lang}-4-surge.png`);
    await page.getByTestId('crisis-screen.reports').click();
    await expect(page.getByTestId('reports-view')).toBeVisible();
    await shot(page, info, `${lang}-5-reports.png`);

    await openIn(page, security, lang);
    await expect(page.getByTestId('view-tab-security')).toHaveAttribute('aria-selected', 'true');
    await shot(page, info, `${lang}-6-security-desk.png`);

    await openIn(page, executive, lang, 'executive');
    // The ticket taken in the first language is still in progress in the second.
    // The start panel may show for a moment before that ticket is restored (its button then goes):
    // take one only while none is shown, and try again if the button went under the click.
    const ticket = page.getByTestId('executive-ticket');
    await expect(async () => {
      if (!(await ticket.isVisible())) await page.getByTestId('executive-take-next').click({ timeout: 2_000 });
      await expect(ticket).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 30_000 });
    await shot(page, info, `${lang}-7-executive-desk.png`);
  }
  await openIn(page, frontline, 'en');
});
