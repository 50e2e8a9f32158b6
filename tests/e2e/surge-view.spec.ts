import AxeBuilder from '@axe-core/playwright';
import { openDesk } from './fixtures/desk-page';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { backendAdmin, backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

// The surge view (g s) on a standalone backend: first the quiet cached queue, then a surge
// started through the backend's admin route, live on screen within seconds.

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '300']);
  preview = await startPreview({ backend });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

interface SnapshotPage {
  tickets: Array<{ status: string }>;
  nextAfter: number | null;
}

async function openTicketsOnBackend(): Promise<number> {
  let open = 0;
  for (let after = 0; ; ) {
    const page = await backendGet<SnapshotPage>(backend, `/api/v1/snapshot?after=${after}&limit=500`);
    open += page.tickets.filter((t) => ['new', 'open', 'pending'].includes(t.status)).length;
    if (page.nextAfter === null) return open;
    after = page.nextAfter;
  }
}

async function openWideDesk(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1440, height: 1100 });
  await openDesk(page, preview.url);
}

/** The raw number behind a tile (the text shows it formatted). */
async function tileValue(view: Locator, tile: string): Promise<number> {
  const raw = await view.getByTestId(tile).getByTestId('surge-tile-value').getAttribute('data-value');
  return Number(raw);
}

/** Pixels the chart painted in its canvas; with a colour, only those of it (the bars' blue). */
function paintedPixels(chart: Locator, rgb?: readonly [number, number, number]): Promise<number> {
  return chart.locator('canvas').evaluate((canvas: HTMLCanvasElement, colour) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! === 0) continue;
      if (!colour || (Math.abs(data[i]! - colour[0]) < 8 && Math.abs(data[i + 1]! - colour[1]) < 8 && Math.abs(data[i + 2]! - colour[2]) < 8)) painted++;
    }
    return painted;
  }, rgb ?? null);
}

/** --surge-incoming in surge.css. */
const INCOMING_BLUE = [21, 88, 199] as const;

test('g s shows the cached queue at a glance, and a surge rises on screen live', async ({ page }) => {
  const openBefore = await openTicketsOnBackend();
  expect(openBefore).toBeGreaterThan(0);
  await openWideDesk(page);

  await page.keyboard.press('g');
  await page.keyboard.press('s');
  const view = page.getByTestId('surge-view');
  await expect(view).toBeVisible();
  // The queue that had focus is gone; the view's title takes it, so keys keep working.
  await expect(view.getByRole('heading', { level: 2 })).toBeFocused();

  // The quiet queue, exactly as cached: the seed's newest ticket is ten minutes old.
  const depth = view.getByTestId('surge-tile-depth').getByTestId('surge-tile-value');
  await expect(depth).toHaveAttribute('data-value', String(openBefore));
  await expect(view.getByTestId('surge-tile-incoming').getByTestId('surge-tile-value')).toHaveAttribute('data-value', '0');
  for (const tile of ['surge-tile-breached', 'surge-tile-soon', 'surge-tile-next-breach']) await expect(view.getByTestId(tile)).toBeVisible();
  const languages = view.getByTestId('surge-by-language').locator('tbody tr');
  expect(await languages.count()).toBeGreaterThan(1);
  const openByLanguage = await languages.locator('td:nth-of-type(1)').allTextContents();
  expect(openByLanguage.reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0)).toBe(openBefore);
  await expect(view.getByTestId('surge-chart-incoming').getByRole('img')).toHaveAttribute('aria-label', /0 new tickets in the latest minute/);
  // The charts are drawn (axes, grid); the bars lie flat on the baseline: nothing came in.
  const incomingChart = view.getByTestId('surge-chart-incoming');
  const queueChart = view.getByTestId('surge-chart-queue');
  await expect.poll(() => paintedPixels(incomingChart)).toBeGreaterThan(500);
  const flatBars = await paintedPixels(incomingChart, INCOMING_BLUE);

  // 50 × the quiet rate of 12 a minute: ten new tickets a second for two minutes.
  await backendAdmin(backend, 'surge', { factor: 50, minutes: 2 });
  await expect.poll(() => tileValue(view, 'surge-tile-incoming'), { timeout: 20_000 }).toBeGreaterThanOrEqual(20);
  await expect.poll(() => tileValue(view, 'surge-tile-depth'), { timeout: 20_000 }).toBeGreaterThan(openBefore + 10);
  await expect(view.getByTestId('surge-chart-incoming').getByRole('img')).not.toHaveAttribute('aria-label', /: 0 new tickets/);

  // The new tickets are bars on the incoming chart; the queue chart fills under its lines.
  await expect.poll(() => paintedPixels(incomingChart, INCOMING_BLUE)).toBeGreaterThan(flatBars + 1_000);
  await expect.poll(() => paintedPixels(queueChart)).toBeGreaterThan(1_000);

  // A longer window: the button says which is chosen, the figures come back for it.
  await view.getByTestId('surge-window-60').click();
  await expect(view.getByTestId('surge-window-60')).toHaveAttribute('aria-pressed', 'true');
  await expect(view.getByTestId('surge-window-15')).toHaveAttribute('aria-pressed', 'false');
  await expect(view.getByTestId('surge-chart-queue').getByRole('img')).toHaveAttribute('aria-label', /^In the last hour/);
  await page.waitForTimeout(2_500); // a few more seconds of surge for the picture
  await page.screenshot({ path: 'test-results/surge-view.png', fullPage: true });

  // The charts' numbers as a table, for whoever cannot see the charts; and axe finds nothing serious.
  await view.getByText('Minute by minute, as a table').click();
  await expect(view.getByTestId('surge-timeline-table').locator('tbody tr')).toHaveCount(60);
  const axe = await new AxeBuilder({ page }).include('[data-testid="surge-view"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  expect(axe.passes.length).toBeGreaterThan(10);

  // g q: back to the desk, and the view stops asking.
  await page.keyboard.press('g');
  await page.keyboard.press('q');
  await expect(view).toHaveCount(0);
  await expect(page.locator('[data-testid="queue-row"][aria-selected="true"]')).toBeVisible();
  let asked = 0;
  page.on('request', (request) => {
    if (request.url().includes('/bridge/invoke/surge.snapshot')) asked++;
  });
  await page.waitForTimeout(4_500);
  // The header's pulse (depth, breaches, a surge) asks every 10 s; the view's 2-second polling is gone.
  expect(asked).toBeLessThanOrEqual(1);
});
