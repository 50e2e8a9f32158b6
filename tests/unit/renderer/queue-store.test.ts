import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeBridge, row, type FakeBridge, type PendingCall } from './fake-bridge';

// The queue's paged cache against a fake main: paging, the selection across re-sorts, and j/k
// when pages fetched on either side of a re-sort hold the selected ticket twice.

let bridge: FakeBridge;
/** What main holds for the view, in queue order; tests reorder it to re-sort. */
let order: string[];

async function loadStore() {
  vi.resetModules();
  return (await import('../../../renderer/src/stores/queue-store')).useQueueStore;
}

const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `t${from + i}`);
const isPage = (offset: number) => (c: PendingCall) => c.channel === 'queue.page' && c.input.offset === offset && c.input.limit !== 1;
const pagesAsked = () => bridge.asked.filter((c) => c.channel === 'queue.page' && c.input.limit !== 1).map((c) => c.input.offset);

beforeEach(() => {
  vi.useFakeTimers();
  bridge = installFakeBridge();
  order = ids(450);
  bridge.handle('queue.page', (input) => {
    const offset = input.offset as number;
    const limit = input.limit as number;
    return { view: input.view, offset, total: order.length, rows: order.slice(offset, offset + limit).map((id) => row(id)) };
  });
  bridge.handle('queue.locate', (input) => {
    const i = order.indexOf(input.ticketId as string);
    return { index: i < 0 ? null : i };
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** A started store with pages 0 and 1 (rows 0–399) loaded and `selected` chosen. */
async function withTwoPages(selected: number) {
  const store = await loadStore();
  store.getState().start();
  await bridge.answerAll();
  store.getState().setVisibleRange(150, 250);
  await vi.advanceTimersByTimeAsync(200);
  await bridge.answerAll();
  store.getState().select(selected);
  await bridge.answerAll();
  return store;
}

describe('queue store: paging', () => {
  it('loads the pages on screen and opens the first ticket of the view', async () => {
    const store = await loadStore();
    store.getState().start();
    await bridge.answerAll();
    const s = store.getState();
    expect(pagesAsked()).toEqual([0]);
    expect(s.total).toBe(450);
    expect(s.selectedIndex).toBe(0);
    expect(s.selectedId).toBe('t0');
    expect(s.counts.all).toBe(450);
  });

  it('fetches a page when the selection lands on it, and the pages scrolled to once scrolling settles', async () => {
    const store = await loadStore();
    store.getState().start();
    await bridge.answerAll();
    store.getState().moveToEdge('last');
    expect(store.getState().selectedIndex).toBe(449);
    expect(store.getState().selectedId).toBeNull(); // not loaded yet
    await bridge.answerAll();
    expect(pagesAsked()).toEqual([0, 400]);
    store.getState().setVisibleRange(190, 240);
    await vi.advanceTimersByTimeAsync(10);
    expect(pagesAsked()).toEqual([0, 400]); // still scrolling
    await vi.advanceTimersByTimeAsync(200);
    await bridge.answerAll();
    expect(pagesAsked()).toEqual([0, 400, 200]);
  });

  it('an answer for a view left behind is dropped', async () => {
    const store = await loadStore();
    store.getState().start();
    store.getState().setView('mine');
    await bridge.answer(isPage(0)); // the answer for "all"
    expect(store.getState().total).toBeNull();
    await bridge.answerAll();
    expect(store.getState().view).toBe('mine');
    expect(store.getState().total).toBe(450);
  });

  it('keeps at most 40 pages, never the selected one', async () => {
    order = ids(200 * 60);
    const store = await loadStore();
    store.getState().start();
    await bridge.answerAll();
    for (let page = 1; page < 50; page++) {
      store.getState().setVisibleRange(page * 200, page * 200 + 10);
      await vi.advanceTimersByTimeAsync(200);
      await bridge.answerAll();
    }
    const pages = Object.keys(store.getState().pages).map(Number);
    expect(pages.length).toBeLessThanOrEqual(40);
    expect(pages).toContain(0); // the selection is on page 0
    expect(pages).toContain(49);
  });
});

describe('queue store: the selection across re-sorts', () => {
  it('follows the selected ticket when a refresh moves it within the loaded pages', async () => {
    const store = await withTwoPages(10);
    expect(store.getState().selectedId).toBe('t10');
    order = ['t10', ...order.filter((id) => id !== 't10')];
    store.getState().refresh();
    await bridge.answerAll();
    expect(store.getState().selectedId).toBe('t10');
    expect(store.getState().selectedIndex).toBe(0);
  });

  it('asks main where the selected ticket went when it moved to a page not loaded', async () => {
    const store = await withTwoPages(10);
    order = [...order.filter((id) => id !== 't10').slice(0, 430), 't10', ...order.filter((id) => id !== 't10').slice(430)];
    store.getState().refresh();
    await bridge.answerAll();
    expect(bridge.asked.some((c) => c.channel === 'queue.locate' && c.input.ticketId === 't10')).toBe(true);
    expect(store.getState().selectedId).toBe('t10');
    expect(store.getState().selectedIndex).toBe(430);
  });

  it('stays on a ticket that left the view; j goes on from its old place', async () => {
    const store = await withTwoPages(10);
    order = order.filter((id) => id !== 't10');
    store.getState().refresh();
    await bridge.answerAll();
    expect(store.getState().selectedId).toBe('t10');
    expect(store.getState().selectedIndex).toBe(10);
    store.getState().move(1);
    // t11 slid into the old slot: it is the next one.
    expect(store.getState().selectedId).toBe('t11');
    expect(store.getState().selectedIndex).toBe(10);
  });

  it('j never lands on the ticket already shown when the page below still holds it from before the re-sort', async () => {
    const store = await withTwoPages(200);
    expect(store.getState().selectedId).toBe('t200');
    store.getState().refresh();
    // Page 1 answers before the re-sort (t200 first on it), page 0 after it (t200 last on it).
    await bridge.answer(isPage(200));
    order = [...ids(199), 't200', 't199', ...ids(249, 201)];
    await bridge.answerAll();
    expect(store.getState().selectedIndex).toBe(199);
    expect(store.getState().pages[1]![0]!.id).toBe('t200'); // the second copy
    store.getState().move(1);
    expect(store.getState().selectedId).toBe('t201');
    expect(store.getState().selectedIndex).toBe(201);
  });

  it('k never lands on the ticket already shown when the page above still holds it from before the re-sort', async () => {
    const store = await withTwoPages(199);
    expect(store.getState().selectedId).toBe('t199');
    store.getState().refresh();
    // Page 0 answers before the re-sort (t199 last on it), page 1 after it (t199 first on it).
    await bridge.answer(isPage(0));
    order = [...ids(199), 't200', 't199', ...ids(249, 201)];
    await bridge.answerAll();
    expect(store.getState().selectedIndex).toBe(200);
    expect(store.getState().pages[0]![199]!.id).toBe('t199'); // the second copy
    store.getState().move(-1);
    expect(store.getState().selectedId).toBe('t198');
    expect(store.getState().selectedIndex).toBe(198);
  });

  it('shows a ticket found elsewhere at its place in the view, or detached', async () => {
    const store = await withTwoPages(5);
    store.getState().showTicket('t300', 300);
    expect(store.getState().selectedIndex).toBe(300);
    expect(store.getState().selectedId).toBe('t300');
    store.getState().showTicket('elsewhere', null);
    expect(store.getState().selectedId).toBe('elsewhere');
    expect(store.getState().selectedIndex).toBe(300);
    // j goes on from the old place: the row there is the next one.
    store.getState().move(1);
    expect(store.getState().selectedId).toBe('t300');
  });
});
