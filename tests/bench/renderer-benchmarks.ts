// Renderer figures for `npm run bench`, measured inside the page (performance.now, rAF timestamps).
// Called by run-benchmarks.ts on a page that already shows the queue (100,000 tickets by default).
import type { Page } from 'playwright';
import { percentile, summary } from './stats';

/** One vsync at 60 Hz: a frame longer than this was not painted in time. */
const FRAME_BUDGET_MS = 1000 / 60;
/** performance.now() is coarsened to 0.1 ms, so on-time frames measure 16.6–16.8 ms. */
const TIMER_SLACK_MS = 0.3;
/** Scrolled per animation frame: two screens (about 28 rows), like holding PageDown and then some. */
const SCROLL_SCREENS_PER_FRAME = 2;
/** Longest the scroll run may take; the covered share is reported when it stops early. */
const SCROLL_MAX_MS = 120_000;

interface ScrollResult {
  frames: number[];
  covered: number;
  height: number;
  placeholderFrames: number;
  rows: number;
}

/**
 * (a) Scrolls the whole queue from top to bottom, one scrollTop step per animation frame, and
 * times every frame from rAF timestamps. (b) Types realistic queries into the real search box,
 * one key at a time, timing each from keydown to the frame after the results list shows that
 * query's answer.
 */
export async function runRendererBenchmarks(page: Page, line: (label: string, value: string) => void): Promise<void> {
  // Under tsx (esbuild keepNames) functions declared inside page callbacks call a __name helper
  // that exists only in Node: give the page a no-op one (passed as a string, so not transformed).
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await scrollWholeQueue(page, line);
  await searchAsYouType(page, line);
}

/**
 * Key press → next ticket shown, measured inside the page: from the keydown event to the frame
 * after the ticket pane shows another ticket. Presses `key` `presses` times, each one waited for,
 * and returns this call's samples. The page must show the queue with the keyboard in it.
 */
/** Switches to the All view (key 1): an agent lands on their own work, the benchmarks walk the whole queue. */
export async function showWholeQueue(page: Page): Promise<void> {
  await page.getByTestId('queue').focus();
  await page.keyboard.press('1');
  await page.locator('[data-testid="view-tab-all"][aria-selected="true"]').waitFor();
  await page.locator('[data-testid="queue-row"][aria-selected="true"]').waitFor();
}

/** Per key press: until the DOM holds the new ticket (the app's own work), and until the next frame. */
export interface KeypressSamples {
  committed: number[];
  painted: number[];
}

export async function measureKeypressToTicket(page: Page, presses: number, key = 'j'): Promise<KeypressSamples> {
  await page.waitForFunction(() => document.querySelector('[data-testid="ticket-pane"]')?.getAttribute('data-ticket-id'));
  // Installed once per page, so later calls do not count each change twice. Both figures start at
  // the event's own timeStamp (when the key reached the page), not when a handler ran.
  await page.evaluate(() => {
    const w = window as unknown as { __keyAt: number; __committed: number[] | undefined; __painted: number[] };
    if (w.__committed) return;
    w.__committed = [];
    w.__painted = [];
    window.addEventListener('keydown', (event) => (w.__keyAt = event.timeStamp), { capture: true });
    const pane = document.querySelector('[data-testid="ticket-pane"]')!;
    // The observer runs right after React commits the pane's new ticket, before layout and paint.
    new MutationObserver(() => {
      const start = w.__keyAt;
      w.__committed!.push(performance.now() - start);
      requestAnimationFrame(() => w.__painted.push(performance.now() - start));
    }).observe(pane, { attributes: true, attributeFilter: ['data-ticket-id'] });
  });
  const count = () => page.evaluate(() => (window as unknown as { __painted: number[] }).__painted.length);
  const from = await count();
  for (let i = 0; i < presses; i++) {
    const before = await count();
    await page.keyboard.press(key);
    await page.waitForFunction((n) => (window as unknown as { __painted: number[] }).__painted.length > n, before);
  }
  return page.evaluate((n) => {
    const w = window as unknown as { __committed: number[]; __painted: number[] };
    return { committed: w.__committed.slice(n), painted: w.__painted.slice(n) };
  }, from);
}

async function scrollWholeQueue(page: Page, line: (label: string, value: string) => void): Promise<void> {
  await page.getByTestId('queue-row').first().waitFor();
  const result = await page.evaluate(
    ({ screens, maxMs }) =>
      new Promise<ScrollResult>((resolve) => {
        const el = document.getElementById('queue-listbox')!;
        const height = el.scrollHeight - el.clientHeight;
        const stepPx = Math.max(1, Math.round(el.clientHeight * screens));
        const frames: number[] = [];
        let placeholderFrames = 0;
        let last: number | null = null;
        let started: number | null = null;
        el.scrollTop = 0;
        const tick = (t: number): void => {
          if (last !== null) frames.push(t - last);
          last = t;
          started ??= t;
          // What the previous step put on screen: rows still loading show as placeholders.
          if (frames.length > 0 && el.querySelector('[data-testid="queue-row-placeholder"]')) placeholderFrames++;
          const done = el.scrollTop >= height - 1 || t - started > maxMs;
          if (done) {
            resolve({ frames, covered: el.scrollTop, height, placeholderFrames, rows: Number(el.querySelector('[aria-setsize]')?.getAttribute('aria-setsize') ?? 0) });
            return;
          }
          el.scrollTop = Math.min(height, el.scrollTop + stepPx);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { screens: SCROLL_SCREENS_PER_FRAME, maxMs: SCROLL_MAX_MS },
  );
  const { frames, covered, height } = result;
  const over = frames.filter((f) => f > FRAME_BUDGET_MS + TIMER_SLACK_MS);
  // rAF timestamps sit on vsync: a 33 ms gap is one missed frame, 50 ms two.
  const missed = frames.reduce((n, f) => n + Math.max(0, Math.round(f / FRAME_BUDGET_MS) - 1), 0);
  const longest = frames.reduce((m, f) => Math.max(m, f), 0);
  const share = height > 0 ? (covered / height) * 100 : 100;
  const seconds = frames.reduce((a, b) => a + b, 0) / 1000;
  const rowsPerSecond = seconds > 0 ? (result.rows * (share / 100)) / seconds : 0;
  line(
    'scroll the whole queue (scrollTop steps, one per frame)',
    `${frames.length} frames, ${share.toFixed(0)}% of ${result.rows.toLocaleString('en')} rows (${(covered / 1e6).toFixed(2)} Mpx) in ${seconds.toFixed(1)} s, ${Math.round(rowsPerSecond).toLocaleString('en')} rows/s`,
  );
  line('  frames longer than 16.7 ms (dropped)', `${over.length} of ${frames.length} (${((over.length / Math.max(1, frames.length)) * 100).toFixed(1)}%), ${missed} vsyncs missed`);
  line('  longest frame / frame time', `${longest.toFixed(1)} ms; ${summary(frames)}`);
  line('  frames still showing loading placeholders', `${result.placeholderFrames} of ${frames.length}`);
  await page.evaluate(() => {
    document.getElementById('queue-listbox')!.scrollTop = 0;
  });
  await page.getByTestId('queue-row').first().waitFor();
}

async function searchAsYouType(page: Page, line: (label: string, value: string) => void): Promise<void> {
  // Realistic questions: words in three languages, and a customer's email and user id as pasted by hand.
  const customer = await page.evaluate(async () => {
    const id = document.querySelector('[data-testid="queue-row"]')?.getAttribute('data-ticket-id');
    if (!id) return null;
    const r = await window.agentdesk.invoke('ticket.get', { ticketId: id });
    return r.ok && r.value?.customer ? { email: r.value.customer.email, userId: r.value.customer.userId } : null;
  });
  const queries = ['withdrawal pending', 'deposit not credited', 'retiro', 'verificación', 'вывод', ...(customer ? [customer.email.slice(0, 14), customer.userId] : [])];

  await page.getByTestId('queue').focus();
  await page.keyboard.press('/');
  await page.getByTestId('search-input').waitFor({ state: 'visible' });
  await page.evaluate(() => {
    const input = document.getElementById('search-input') as HTMLInputElement;
    const list = document.getElementById('search-results')!;
    const w = window as unknown as { __searchStart: number | null; __searchSamples: number[] };
    w.__searchStart = null;
    w.__searchSamples = [];
    // From the key press (or, for text an input method inserts, the beforeinput it causes).
    const start = (): void => {
      w.__searchStart ??= performance.now();
    };
    input.addEventListener('keydown', start, { capture: true });
    input.addEventListener('beforeinput', start, { capture: true });
    // To the frame after the list shows the answer for what is in the box now.
    new MutationObserver(() => {
      const begun = w.__searchStart;
      if (begun === null || list.getAttribute('data-query') !== input.value) return;
      w.__searchStart = null;
      requestAnimationFrame(() => w.__searchSamples.push(performance.now() - begun));
    }).observe(list, { attributes: true, attributeFilter: ['data-query'] });
  });

  const count = () => page.evaluate(() => (window as unknown as { __searchSamples: number[] }).__searchSamples.length);
  const perQuery: Array<{ query: string; samples: number[] }> = [];
  for (const query of queries) {
    // Empty the box, then type the query one key at a time, each waited for.
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.waitForFunction(() => document.getElementById('search-results')?.getAttribute('data-query') === '');
    await page.waitForTimeout(50);
    // An empty box stays empty on Backspace (no list update): that key press must not start the next sample.
    await page.evaluate(() => {
      (window as unknown as { __searchStart: number | null }).__searchStart = null;
    });
    const from = await count();
    for (const ch of query) {
      const before = await count();
      if (/^[\x20-\x7e]$/.test(ch)) await page.keyboard.press(ch === ' ' ? 'Space' : ch);
      else await page.keyboard.insertText(ch);
      await page.waitForFunction((n) => (window as unknown as { __searchSamples: number[] }).__searchSamples.length > n, before, { timeout: 10_000 });
    }
    const samples = await page.evaluate((n) => (window as unknown as { __searchSamples: number[] }).__searchSamples.slice(n), from);
    perQuery.push({ query, samples });
  }
  const all = perQuery.flatMap((q) => q.samples);
  line('search as you type in the search box (keydown → list updated)', `p50 ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms (n=${all.length}, ${queries.length} queries)`);
  line('  same, all percentiles', summary(all));
  for (const { query, samples } of perQuery) line(`  "${query}"`, `p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`);
  await page.keyboard.press('Escape');
}
