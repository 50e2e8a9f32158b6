// The account panel as the agent sees it, for `npm run bench:account`: measured inside the page
// (Chromium) from the keydown that moves to a ticket (the event's own timeStamp) to the DOM holding
// that ticket's deposit in the panel, and its chain confirmations.
import type { Page } from 'playwright';

export interface PanelSamples {
  /** Keydown → the panel shows the ticket's deposit (the back office's facts). */
  facts: number[];
  /** Keydown → the panel shows the chain's confirmations for the ticket's transaction. */
  chain: number[];
}

/** Installs the in-page timer once: every j/k press records when the new ticket's panel filled in. */
async function installTimer(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate(() => {
    interface Pending {
      t0: number;
      from: string | null;
      facts: number | null;
      chain: number | null;
    }
    const state = { samples: [] as Array<{ facts: number; chain: number }>, pending: null as Pending | null };
    (window as unknown as { __panel: typeof state }).__panel = state;
    const ticketId = () => document.querySelector('[data-testid="ticket-pane"]')?.getAttribute('data-ticket-id') ?? null;
    document.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'j' || e.key === 'k') state.pending = { t0: e.timeStamp, from: ticketId(), facts: null, chain: null };
      },
      true,
    );
    const check = () => {
      const p = state.pending;
      if (!p) return;
      const id = ticketId();
      if (id === null || id === p.from) return;
      const panel = document.querySelector('[data-testid="account-panel"]');
      const now = performance.now();
      if (p.facts === null && panel?.querySelector('[data-testid="account-deposit"]')) p.facts = now - p.t0;
      if (p.chain === null && panel?.querySelector('[data-testid="account-chain-confirmations"]')) p.chain = now - p.t0;
      if (p.facts !== null && p.chain !== null) {
        state.samples.push({ facts: p.facts, chain: p.chain });
        state.pending = null;
      }
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Presses `key` `presses` times, each waited for until the panel filled in, and returns the samples. */
async function walk(page: Page, key: 'j' | 'k', presses: number): Promise<PanelSamples> {
  const count = () => page.evaluate(() => (window as unknown as { __panel: { samples: unknown[] } }).__panel.samples.length);
  const from = await count();
  for (let i = 0; i < presses; i++) {
    const before = await count();
    await page.keyboard.press(key);
    await page.waitForFunction((n) => (window as unknown as { __panel: { samples: unknown[] } }).__panel.samples.length > n, before, { timeout: 30_000 });
  }
  const samples = await page.evaluate((n) => (window as unknown as { __panel: { samples: Array<{ facts: number; chain: number }> } }).__panel.samples.slice(n), from);
  return { facts: samples.map((s) => s.facts), chain: samples.map((s) => s.chain) };
}

/**
 * On a page that shows the first of `tickets` deposit tickets (consecutive in the queue, each with
 * its own transaction on the node): first visits with j (cold: the facts and a chain lookup the
 * node answers for the first time, after the panel's 150 ms wait for the agent to stop), then
 * back with k over the same tickets (warm: the panel's last answers, shown with the ticket).
 */
export async function measurePanelShown(page: Page, tickets: number): Promise<{ cold: PanelSamples; warm: PanelSamples }> {
  await installTimer(page);
  const cold = await walk(page, 'j', tickets - 1);
  const warm = await walk(page, 'k', tickets - 1);
  return { cold, warm };
}
