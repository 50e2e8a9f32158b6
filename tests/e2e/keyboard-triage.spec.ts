import { expect, test, type Locator, type Page } from '@playwright/test';
import { backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '300', '--seed', '23']);
  preview = await startPreview({ backend });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

// ---------------------------------------------------------------- keyboard only, enforced

/** Everything a test could use to point, click, pick or focus without a key press. */
const POINTER_METHODS = new Set([
  'click',
  'dblclick',
  'tap',
  'hover',
  'check',
  'uncheck',
  'setChecked',
  'selectOption',
  'selectText',
  'fill',
  'clear',
  'focus',
  'press',
  'pressSequentially',
  'type',
  'dragTo',
  'dragAndDrop',
  'setInputFiles',
  'dispatchEvent',
]);
/** Methods that return locators, whose results must be guarded too. */
const LOCATOR_FACTORIES = new Set(['locator', 'getByTestId', 'getByRole', 'getByText', 'getByLabel', 'getByPlaceholder', 'getByTitle', 'getByAltText', 'first', 'last', 'nth', 'filter', 'and', 'or']);

function refuse(name: string): never {
  throw new Error(`keyboard-only test: ${name}() is not allowed, use page.keyboard`);
}

function guardLocator(locator: Locator): Locator {
  return new Proxy(locator, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop !== 'string' || typeof value !== 'function') return value;
      if (POINTER_METHODS.has(prop)) return () => refuse(`locator.${prop}`);
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      if (LOCATOR_FACTORIES.has(prop)) return (...args: unknown[]) => guardLocator(bound(...args) as Locator);
      return bound;
    },
  });
}

/** The page as this test may use it: page.keyboard, reading, waiting; no mouse, no clicks, no fills. */
function keyboardOnly(page: Page): Page {
  return new Proxy(page, {
    get(target, prop, receiver) {
      if (prop === 'mouse' || prop === 'touchscreen') return refuse(`page.${String(prop)}`);
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof prop !== 'string' || typeof value !== 'function') return value;
      if (POINTER_METHODS.has(prop)) return () => refuse(`page.${prop}`);
      const bound = (value as (...args: unknown[]) => unknown).bind(target);
      if (LOCATOR_FACTORIES.has(prop)) return (...args: unknown[]) => guardLocator(bound(...args) as Locator);
      return bound;
    },
  });
}

// ---------------------------------------------------------------- helpers

interface BackendTicket {
  ticket: { id: string; status: string; assigneeId: string | null; subject: string };
  messages: Array<{ body: string; authorType: string }>;
}
const ticketOnBackend = (id: string) => backendGet<BackendTicket>(backend, `/api/v1/tickets/${id}`);

test('a triage session with the keyboard only: search, send and next, bulk pending, rebind, take next', async ({ page: rawPage }) => {
  test.setTimeout(120_000);
  // Trusted pointer events in the page would mean something was clicked: count them.
  await rawPage.addInitScript(() => {
    const w = window as unknown as { __pointerEvents: number };
    w.__pointerEvents = 0;
    for (const type of ['pointerdown', 'mousedown', 'touchstart', 'wheel']) {
      window.addEventListener(type, (e) => {
        if (e.isTrusted) w.__pointerEvents++;
      }, { capture: true });
    }
  });
  const page = keyboardOnly(rawPage);
  expect(() => page.mouse).toThrow(/keyboard-only/);
  expect(() => page.getByTestId('queue').click()).toThrow(/keyboard-only/);

  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(preview.url);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online');
  const queue = page.getByTestId('queue');
  const pane = page.getByTestId('ticket-pane');
  const current = page.locator('[data-testid="queue-row"][aria-selected="true"]');
  await expect(current).toBeVisible();
  await expect(queue).toBeFocused();
  // A frontline agent lands on their own work; this session triages the whole queue ("All").
  await page.keyboard.press('1');
  await expect(page.getByTestId('view-tab-all')).toHaveAttribute('aria-selected', 'true');
  await expect(current).toBeVisible();
  const me = await page.evaluate(async () => {
    const r = await window.agentdesk.invoke('session.get', {});
    if (!r.ok) throw new Error(r.error.message);
    return r.value.agent.id;
  });

  await test.step('/ searches by a word of the subject; Enter opens the hit and moves the queue selection to it', async () => {
    // A ticket a few rows down, and a word of its subject that finds it among the first hits.
    const rows = await page.getByTestId('queue-row').evaluateAll((els) => els.slice(3, 15).map((e) => ({ id: e.getAttribute('data-ticket-id')!, subject: e.querySelector('.queue-row-subject')?.textContent ?? '' })));
    let target: { id: string; word: string } | null = null;
    for (const row of rows) {
      const words = row.subject.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 5).sort((a, b) => b.length - a.length);
      for (const word of words) {
        const ids = await page.evaluate(async (text) => {
          const r = await window.agentdesk.invoke('search.query', { text, limit: 20 });
          return r.ok ? r.value.hits.map((h) => h.ticketId) : [];
        }, word);
        if (ids.includes(row.id)) {
          target = { id: row.id, word };
          break;
        }
      }
      if (target) break;
    }
    expect(target, 'a ticket findable by a word of its subject').not.toBeNull();
    const { id, word } = target!;
    expect(await current.getAttribute('data-ticket-id')).not.toBe(id);

    await page.keyboard.press('/');
    const search = page.getByTestId('search-input');
    await expect(search).toBeFocused();
    await page.keyboard.type(word);
    const results = page.getByTestId('search-results');
    await expect(results).toHaveAttribute('data-query', word);
    await expect(page.getByTestId('search-hit').first()).toBeVisible();
    // Where it matched and the snippet, as text.
    await expect(page.getByTestId('search-hit').first()).toContainText(/Subject|Message|Customer/);
    const hit = page.locator(`[data-testid="search-hit"][data-ticket-id="${id}"]`);
    await expect(hit).toBeVisible();
    for (let i = 0; i < 20 && (await hit.getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowDown');
    await expect(hit).toHaveAttribute('aria-selected', 'true');
    await expect(search).toHaveAttribute('aria-activedescendant', (await hit.getAttribute('id'))!);
    await page.keyboard.press('Enter');

    await expect(pane).toHaveAttribute('data-ticket-id', id);
    await expect(page.locator('#ticket-scroll')).toBeFocused();
    await expect(current).toHaveAttribute('data-ticket-id', id);
    await expect(results).toBeHidden();
  });

  await test.step('r, type, Ctrl+Shift+Enter: the reply lands once and the next ticket opens', async () => {
    const sentOn = (await pane.getAttribute('data-ticket-id'))!;
    const index = Number(await current.getAttribute('data-index'));
    const next = (await page.locator(`[data-testid="queue-row"][data-index="${index + 1}"]`).getAttribute('data-ticket-id'))!;
    await page.keyboard.press('r');
    const composer = page.getByTestId('composer');
    await expect(composer).toBeFocused();
    const text = `Your withdrawal is confirmed on chain (keyboard e2e ${Date.now()})`;
    await page.keyboard.type(text);
    await page.keyboard.press('Control+Shift+Enter');

    await expect(pane).toHaveAttribute('data-ticket-id', next);
    await expect(page.locator('#ticket-scroll')).toBeFocused();
    await expect
      .poll(async () => (await ticketOnBackend(sentOn)).messages.filter((m) => m.body === text).length, { timeout: 15_000 })
      .toBe(1);
    // Delivered means delivered once: still one after the drain settled.
    await page.waitForTimeout(500);
    expect((await ticketOnBackend(sentOn)).messages.filter((m) => m.body === text)).toHaveLength(1);
    expect((await ticketOnBackend(next)).messages.filter((m) => m.body === text)).toHaveLength(0);
  });

  await test.step('x and Shift+J select three tickets; Shift+P sets them pending on the backend', async () => {
    await page.keyboard.press('Escape');
    await expect(queue).toBeFocused();
    // Start on a run of three tickets that are not pending yet, so the change is a real one.
    const statuses = await page.getByTestId('queue-row').evaluateAll((els) =>
      els.map((e) => ({ index: Number(e.getAttribute('data-index')), status: e.querySelector('.status')?.textContent ?? '' })).sort((a, b) => a.index - b.index),
    );
    const here = Number(await current.getAttribute('data-index'));
    const start = statuses.find((s, i) => s.index >= here && [0, 1, 2].every((d) => statuses[i + d] && statuses[i + d]!.status !== 'pending' && statuses[i + d]!.index === s.index + d));
    expect(start, 'three tickets in a row that are not pending').toBeDefined();
    for (let i = here; i < start!.index; i++) await page.keyboard.press('j');
    await expect(current).toHaveAttribute('data-index', String(start!.index));

    await page.keyboard.press('x');
    await page.keyboard.press('Shift+J');
    await page.keyboard.press('Shift+J');
    const checked = page.locator('[data-testid="queue-row"][aria-checked="true"]');
    await expect(checked).toHaveCount(3);
    await expect(page.getByTestId('bulk-count')).toHaveText('3 selected');
    await expect(queue).toHaveAttribute('aria-multiselectable', 'true');
    await expect(page.locator('[data-testid="queue-row"][aria-checked="false"]').first()).toBeVisible();
    const ids = await checked.evaluateAll((els) => els.map((e) => e.getAttribute('data-ticket-id')!));
    for (const id of ids) expect((await ticketOnBackend(id)).ticket.status).not.toBe('pending');

    await page.keyboard.press('Shift+P');
    await expect(page.getByRole('status').filter({ hasText: 'Status set to pending on 3 tickets' })).toBeAttached();
    await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
    await expect(queue).toBeFocused();
    for (const id of ids) {
      await expect.poll(async () => (await ticketOnBackend(id)).ticket.status, { timeout: 15_000 }).toBe('pending');
    }
  });

  await test.step('Ctrl+A selects every ticket of the view (paged from main), Esc clears', async () => {
    const total = Number(await queue.getAttribute('aria-label').then((l) => l!.match(/, ([\d,]+)/)![1]!.replace(/,/g, '')));
    await page.keyboard.press('Control+a');
    await expect(page.getByTestId('bulk-count')).toHaveText(`${total.toLocaleString('en')} selected`);
    await expect(page.locator('[data-testid="queue-row"][aria-checked="false"]')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
    await expect(page.locator('[data-testid="queue-row"][aria-checked="true"]')).toHaveCount(0);
    await expect(queue).toBeFocused();
  });

  /** A status other than the ticket's own (from its queue row), and its key; only security solves a security case. */
  const otherStatus = async (): Promise<{ status: string; key: string }> => {
    const status = await current.locator('.status').textContent();
    const security = (await current.locator('.badge-security').count()) > 0;
    const choices = [
      { status: 'solved', key: 'Shift+S' },
      { status: 'pending', key: 'Shift+P' },
      { status: 'open', key: 'Shift+O' },
    ];
    return choices.find((c) => c.status !== status && !(security && c.status === 'solved'))!;
  };

  await test.step('a status key with auto-advance on: the change lands and the next ticket opens', async () => {
    const id = (await current.getAttribute('data-ticket-id'))!;
    const index = Number(await current.getAttribute('data-index'));
    const next = (await page.locator(`[data-testid="queue-row"][data-index="${index + 1}"]`).getAttribute('data-ticket-id'))!;
    const { status, key } = await otherStatus();
    await page.keyboard.press(key);
    await expect(pane).toHaveAttribute('data-ticket-id', next);
    await expect(queue).toBeFocused();
    await expect.poll(async () => (await ticketOnBackend(id)).ticket.status, { timeout: 15_000 }).toBe(status);
  });

  await test.step('settings: a reserved key is refused, reply moves to Shift+R and works; auto-advance off', async () => {
    await page.keyboard.press('Control+,');
    const settings = page.getByTestId('settings-view');
    await expect(settings).toBeVisible();
    await expect(page.getByTestId('settings-filter')).toBeFocused();
    // The general settings (auto-advance, then the escalation acknowledgement target) sit just before the filter.
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByTestId('ack-timeout')).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByTestId('auto-advance')).toBeFocused();
    await expect(page.getByTestId('auto-advance')).toBeChecked();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('settings-status')).toHaveText('Auto-advance off.');
    await expect(page.getByTestId('auto-advance')).not.toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('settings-filter')).toBeFocused();
    await page.keyboard.type('reply to the customer');
    await expect(page.getByTestId('settings-row')).toHaveCount(1);
    await page.keyboard.press('Tab'); // Reset all
    await page.keyboard.press('Tab'); // Change
    await expect(page.getByTestId('settings-change')).toBeFocused();
    await page.keyboard.press('Enter');
    const capture = page.getByTestId('settings-capture');
    await expect(capture).toBeFocused();

    await page.keyboard.press('Control+w');
    await expect(page.getByTestId('settings-error')).toHaveText(/Ctrl\+W is reserved: it closes the window/);
    await expect(capture).toBeFocused();
    await page.keyboard.press('n');
    await expect(page.getByTestId('settings-error')).toHaveText(/n already does “Write an internal note”/);
    await page.keyboard.press('Shift+R');
    await expect(page.getByTestId('settings-status')).toHaveText('“Reply to the customer” is now Shift+R.');
    await expect(page.getByTestId('settings-change')).toBeFocused();
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const r = await window.agentdesk.invoke('settings.get', {});
          return r.ok ? r.value.keybindings['ticket.reply'] : null;
        }),
      )
      .toEqual(['Shift+R']);

    await page.keyboard.press('Escape');
    await expect(settings).toHaveCount(0);
    await expect(queue).toBeFocused();
    // The old key does nothing now; the new one opens the reply.
    await page.keyboard.press('r');
    await expect(page.getByTestId('composer')).not.toBeFocused();
    await page.keyboard.press('Shift+R');
    await expect(page.getByTestId('composer')).toBeFocused();
    await expect(page.getByTestId('composer')).toHaveAttribute('data-mode', 'reply');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(queue).toBeFocused();

    // Auto-advance off: a status change stays on the ticket.
    const id = (await current.getAttribute('data-ticket-id'))!;
    const { status, key } = await otherStatus();
    await page.keyboard.press(key);
    await expect.poll(async () => (await ticketOnBackend(id)).ticket.status, { timeout: 15_000 }).toBe(status);
    await expect(pane).toHaveAttribute('data-ticket-id', id);
  });

  await test.step('Shift+T takes the next ticket: it opens and is assigned to the agent on the backend', async () => {
    const before = await pane.getAttribute('data-ticket-id');
    await page.keyboard.press('Shift+T');
    await expect(pane).not.toHaveAttribute('data-ticket-id', before!);
    const taken = (await pane.getAttribute('data-ticket-id'))!;
    await expect(page.locator('#ticket-scroll')).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: `You took ${taken}` })).toBeAttached();
    await expect.poll(async () => (await ticketOnBackend(taken)).ticket.assigneeId, { timeout: 15_000 }).toBe(me);
  });

  await test.step('Ctrl+K runs an action by its title, then goes to a ticket found by search; focus comes back', async () => {
    await page.keyboard.press('Escape');
    await expect(queue).toBeFocused();
    await page.keyboard.press('Control+k');
    await expect(page.getByTestId('palette-input')).toBeFocused();
    await page.keyboard.type('keyboard shortcuts');
    await expect(page.locator('[data-testid="palette-item"][data-action-id="help.keymap"]')).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('Enter');
    const overlay = page.getByTestId('keymap-overlay');
    await expect(overlay).toBeVisible();
    await expect(page.getByTestId('command-palette')).toHaveCount(0);
    // The overlay shows the keys in force, the new binding included.
    await page.keyboard.type('reply to the customer');
    await expect(overlay.locator('tr[data-action-id="ticket.reply"]')).toContainText('Shift+R');
    await page.keyboard.press('Escape');
    await expect(overlay).toHaveCount(0);
    await expect(queue).toBeFocused();

    const target = (await page.locator('[data-testid="queue-row"][data-index="5"]').getAttribute('data-ticket-id'))!;
    await page.keyboard.press('Control+k');
    await page.keyboard.type(target);
    const hit = page.locator(`[data-testid="palette-hit"][data-ticket-id="${target}"]`);
    await expect(hit).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('Enter');
    await expect(pane).toHaveAttribute('data-ticket-id', target);
    await expect(current).toHaveAttribute('data-ticket-id', target);
    await expect(page.locator('#ticket-scroll')).toBeFocused();

    await page.keyboard.press('Control+k');
    await page.keyboard.press('Escape');
    await expect(page.locator('#ticket-scroll')).toBeFocused();
  });

  expect(await rawPage.evaluate(() => (window as unknown as { __pointerEvents: number }).__pointerEvents)).toBe(0);
  expect(errors).toEqual([]);
});
