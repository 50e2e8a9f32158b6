import { expect, test, type Page } from '@playwright/test';
import { backendAdmin, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';
import { openDesk, showAllTickets } from './fixtures/desk-page';

/**
 * Look-alike links, domains and addresses as a customer sends them, shown in Chromium: each case
 * is one security ticket (sorted first), and the desk must name the trick next to it.
 */
const BACKSLASH = 'https://c0inbase-support.net\\@coinbase.com/verify';
const CASES = {
  backslash: `Please confirm your account at ${BACKSLASH} today.`,
  accents: `Your new login: https://kråken.com/login or, the same, https://${new URL('https://bínance.com').hostname}/login`,
  bare: 'Send your ID to verify@ƈoinbase.com, then open binance.com.secure-login.app/withdraw',
  labelled: 'Official page: [https://www.kraken.com/security](https://kraken-security.help/x) and <a href="https://wallet-check.io/">coinbase.com</a>',
  padded: `Urgent: claim at https://krakėn.com/claim before midnight.${' lorem ipsum'.repeat(20_000)}`,
  hidden: 'Pay 0x5290840009852788\u00AD6E0F7030069857D2E4169EE7 via coin\u2063base.com, ref \u200Fabc\u{E0041}, or https://kraken.com/withdr\u200Faw',
} as const;
type CaseName = keyof typeof CASES;

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '30', '--seed', '21']);
  for (const [name, body] of Object.entries(CASES)) {
    await backendAdmin(backend, 'simulate/new-ticket', { subject: `Case ${name}`, body: `Case ${name}: ${body}`, customerName: 'Look Alike', security: true, priority: 'urgent' });
  }
  preview = await startPreview({ backend });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

interface Shown {
  warnings: string[];
  hidden: string[];
  hosts: string[];
  domains: string[];
  /** What is painted in message bodies, hidden characters included (they must be none). */
  text: string;
  cut: number;
}

/** Walks the queue from the top (j) until every case has been shown in the pane; what each one showed. */
async function walkCases(page: Page): Promise<Map<CaseName, Shown>> {
  const pane = page.getByTestId('ticket-pane');
  const seen = new Map<CaseName, Shown>();
  for (let i = 0; i < 30 && seen.size < Object.keys(CASES).length; i++) {
    const id = await page.locator('[data-testid="queue-row"][aria-selected="true"]').getAttribute('data-ticket-id');
    await expect(pane).toHaveAttribute('data-ticket-id', id!, { timeout: 15_000 });
    const body = pane.locator('[data-testid="message"] .message-body').first();
    await expect(body).toBeVisible();
    const text = (await body.textContent()) ?? '';
    const name = /^Case (\w+):/u.exec(text)?.[1] as CaseName | undefined;
    if (name && name in CASES) {
      seen.set(name, {
        warnings: await body.locator('.safety-warning').allTextContents(),
        hidden: await body.locator('.hidden-char').evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? '')),
        hosts: await body.locator('.link-host').allTextContents(),
        domains: await body.locator('.message-domain').evaluateAll((els) => els.map((e) => e.getAttribute('data-host') ?? '')),
        text,
        cut: await pane.locator('.message-cut').count(),
      });
    }
    await page.keyboard.press('j');
  }
  expect([...seen.keys()].sort()).toEqual(Object.keys(CASES).sort());
  return seen;
}

test('look-alike links, bare domains, link texts, padding and hidden characters are named in the desk', async ({ page }) => {
  test.setTimeout(180_000);
  const opened: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/bridge/invoke/link.open')) opened.push((JSON.parse(r.postData() ?? '{}') as { url?: string }).url ?? '');
  });
  await openDesk(page, preview.url);
  await showAllTickets(page);
  const shown = await walkCases(page);

  await test.step('a backslash before @: the host shown is the host that opens, and the trick is said', () => {
    const c = shown.get('backslash')!;
    expect(c.hosts).toEqual(['→ c0inbase-support.net']);
    expect(c.warnings.join('\n')).toContain('written to read as coinbase.com, but goes to c0inbase-support.net');
  });

  await test.step('accented look-alikes are flagged whether written in Unicode or punycode', () => {
    const c = shown.get('accents')!;
    expect(c.hosts).toEqual(['→ kråken.com', '→ bínance.com']);
    expect(c.warnings).toEqual(['⚠ looks like kraken.com', '⚠ looks like binance.com']);
  });

  await test.step('domains and e-mail addresses without https:// are checked', () => {
    const c = shown.get('bare')!;
    expect(c.domains).toEqual(['ƈoinbase.com', 'binance.com.secure-login.app']);
    expect(c.warnings).toEqual(['⚠ looks like coinbase.com', '⚠ uses the name "binance" but is not binance.com']);
  });

  await test.step('every address of a markdown or HTML link is examined; a text naming another site is said', () => {
    const c = shown.get('labelled')!;
    expect(c.hosts).toEqual(['→ www.kraken.com', '→ kraken-security.help', '→ wallet-check.io']);
    expect(c.warnings).toEqual([
      '⚠ the link text shows www.kraken.com, but the link goes to kraken-security.help',
      '⚠ the link text shows coinbase.com, but the link goes to wallet-check.io',
    ]);
  });

  await test.step('padding past the display limit keeps the warnings of the part shown', () => {
    const c = shown.get('padded')!;
    expect(c.warnings).toEqual(['⚠ looks like kraken.com']);
    expect(c.cut).toBe(1);
  });

  await test.step('invisible and direction characters are named in addresses, hosts, links and text, never painted as nothing', () => {
    const c = shown.get('hidden')!;
    expect(c.hidden).toEqual(['soft hyphen', 'invisible separator', 'right-to-left mark', 'tag character U+E0041', 'right-to-left mark']);
    for (const s of shown.values()) expect(s.text).not.toMatch(/[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}]/u);
  });

  await test.step('the link opened is the address the parser read, the one whose host was shown', async () => {
    // Back up to the backslash case, then click its link: the desk asks main to open the parsed address.
    const link = page.locator('[data-testid="ticket-pane"] .link-button', { hasText: 'c0inbase-support.net' });
    for (let i = 0; i < 30 && (await link.count()) === 0; i++) await page.keyboard.press('k');
    await link.first().click();
    await expect.poll(() => opened).toEqual([new URL(BACKSLASH).href]);
    expect(new URL(opened[0]!).hostname).toBe('c0inbase-support.net');
  });
});

test('the new warnings and character names are worded in the interface language', async ({ page }) => {
  test.setTimeout(120_000);
  await openDesk(page, preview.url);
  await showAllTickets(page);
  await page.evaluate(async () => {
    const r = await window.agentdesk.invoke('settings.set', { interfaceLanguage: 'lt' });
    if (!r.ok) throw new Error(r.error.message);
  });
  await page.reload();
  await openDesk(page, preview.url);
  await showAllTickets(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  const shown = await walkCases(page);
  expect(shown.get('backslash')!.warnings.join('\n')).toContain('parašyta taip, kad atrodytų kaip coinbase.com, bet veda į c0inbase-support.net');
  expect(shown.get('labelled')!.warnings.join('\n')).toContain('nuorodos tekste rodoma coinbase.com, bet nuoroda veda į wallet-check.io');
  expect(shown.get('hidden')!.hidden).toEqual(['minkštasis brūkšnelis', 'nematomas skirtukas', 'žymė iš dešinės į kairę', 'žymos simbolis U+E0041', 'žymė iš dešinės į kairę']);
});
