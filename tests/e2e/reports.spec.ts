import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { openDesk } from './fixtures/desk-page';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { backendAdmin, backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

const ME = 'agent-frontline-1';

interface BackendTicket {
  ticket: { id: string; status: string };
  messages: Array<{ kind: string; authorType: string; authorId: string; body: string }>;
}

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '300', '--seed', '9']);
  // The seeded day has answered almost every ticket already; three that nobody has answered yet,
  // urgent so they sit near the top of the unassigned view, give this agent first responses to measure.
  for (let i = 1; i <= 3; i++) {
    await backendAdmin(backend, 'simulate/new-ticket', { subject: `Withdrawal not arrived (reports e2e ${i})`, body: 'My withdrawal has not arrived after two hours.', customerName: `Report Customer ${i}`, language: 'en', topic: 'withdrawal', priority: 'urgent' });
  }
  preview = await startPreview({ backend, agent: ME });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

/** The handled count on screen, once a report for this scope has arrived. */
async function handledOn(page: Page, scope: 'me' | 'team'): Promise<number> {
  await expect(page.getByTestId('report-body')).toHaveAttribute('data-scope', scope);
  await expect(page.getByTestId('reports-view')).toHaveAttribute('aria-busy', 'false');
  return Number(await page.getByTestId('report-handled').getAttribute('data-value'));
}

async function pressed(group: Locator, value: string): Promise<void> {
  await expect(group.locator(`button[data-value="${value}"]`)).toHaveAttribute('aria-pressed', 'true');
}

test('replies made at the desk show in g r; scope, period and bucket change the report; both CSV exports download', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openDesk(page, preview.url);

  await test.step('g r opens the reports on this agent’s work today; g q goes back', async () => {
    await page.keyboard.press('g');
    await page.keyboard.press('r');
    await expect(page.getByTestId('reports-view')).toBeVisible();
    await expect(page.locator('#reports-title')).toBeFocused();
    await pressed(page.getByTestId('report-scope'), 'me');
    await pressed(page.getByTestId('report-period'), 'today');
  });
  const before = await handledOn(page, 'me');
  await page.keyboard.press('g');
  await page.keyboard.press('q');
  await expect(page.getByTestId('reports-view')).toHaveCount(0);
  await expect(page.locator('#queue-listbox')).toBeFocused();

  const replied: string[] = [];
  await test.step('reply to three tickets this agent has not answered yet', async () => {
    await page.keyboard.press('3'); // unassigned, in my languages
    const selected = page.locator('[data-testid="queue-row"][aria-selected="true"]');
    const pane = page.getByTestId('ticket-pane');
    for (let tries = 0; replied.length < 3 && tries < 30; tries++) {
      await expect(selected).toBeVisible();
      const ticketId = (await selected.getAttribute('data-ticket-id'))!;
      const { messages } = await backendGet<BackendTicket>(backend, `/api/v1/tickets/${ticketId}`);
      // Only a ticket nobody has answered: this agent's reply is then its first response.
      if (replied.includes(ticketId) || messages.some((m) => m.authorType === 'agent' && m.kind === 'reply')) {
        await page.keyboard.press('j');
        continue;
      }
      await page.keyboard.press('Enter');
      await expect(pane).toHaveAttribute('data-ticket-id', ticketId);
      await page.keyboard.press('r');
      const composer = page.getByTestId('composer');
      await expect(composer).toBeFocused();
      const text = `We are looking into it right now (reports e2e ${replied.length + 1})`;
      await page.keyboard.type(text);
      await page.keyboard.press('Control+Enter');
      await expect(composer).toHaveValue('');
      await expect(page.getByTestId('message').filter({ hasText: text })).toBeVisible();
      replied.push(ticketId);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect(page.locator('#queue-listbox')).toBeFocused();
      // The answered ticket may leave the view and the rest move up: start again from the top.
      await page.keyboard.press('Home');
    }
    expect(replied).toHaveLength(3);
  });

  await test.step('the report counts them (delivered or still on their way)', async () => {
    await page.keyboard.press('g');
    await page.keyboard.press('r');
    await expect(page.getByTestId('reports-view')).toBeVisible();
    await expect.poll(() => handledOn(page, 'me')).toBeGreaterThanOrEqual(before + 3);
    // Nobody had answered them: each one has a first response measured, so the median shows a time.
    await expect(page.getByTestId('report-first-response-median')).not.toHaveAttribute('data-ms', '');
    await expect(page.getByTestId('report-by-topic').locator('tbody tr')).not.toHaveCount(0);
    await expect(page.getByTestId('report-by-language').locator('tbody tr')).not.toHaveCount(0);
    // Topics of what this agent handled, charted and tabled by hour from midnight.
    await expect(page.getByTestId('report-frequency-chart').locator('canvas')).toBeVisible();
    await expect(page.getByTestId('report-frequency-table').locator('tbody tr')).not.toHaveCount(0);
  });
  const mine = await handledOn(page, 'me');

  let team = 0;
  await test.step('the whole team, by keyboard: Tab to the scope, Enter', async () => {
    const scope = page.getByTestId('report-scope');
    await page.keyboard.press('Tab');
    await expect(scope.locator('button[data-value="me"]')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(scope.locator('button[data-value="team"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await pressed(scope, 'team');
    team = await handledOn(page, 'team');
    expect(team).toBeGreaterThanOrEqual(mine);
  });

  let week = 0;
  await test.step('the last 7 days, counted per day: at least as much as today', async () => {
    await page.getByTestId('report-period').locator('button[data-value="7d"]').click();
    await pressed(page.getByTestId('report-period'), '7d');
    await page.getByTestId('report-bucket').locator('button[data-value="day"]').click();
    await pressed(page.getByTestId('report-bucket'), 'day');
    await expect(page.getByTestId('report-frequency-table').locator('tbody tr')).toHaveCount(7);
    week = await handledOn(page, 'team');
    expect(week).toBeGreaterThanOrEqual(team);
    const results = await new AxeBuilder({ page }).include('[data-testid="reports-view"]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });

  await test.step('Export figures: a CSV with the figures on screen, dates in its name', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByTestId('report-export-figures').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^agentdesk-report-team-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe(
      '"window_from","window_to","agent","group","key","handled","first_response_count","first_response_median_min","first_response_p90_min","handle_time_count","handle_time_median_min","handle_time_p90_min"',
    );
    expect(lines[1]).toMatch(new RegExp(`^"[^"]+","[^"]+","all agents","total","all",${week},`));
    expect(lines.some((l) => l.includes('"topic"'))).toBe(true);
    expect(lines.some((l) => l.includes('"language"'))).toBe(true);
  });

  await test.step('Export topic frequency: one row per day, one column per topic', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByTestId('report-export-topics').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^agentdesk-topics-team-.+\.csv$/);
    const rows = readFileSync((await download.path())!, 'utf8').trimEnd().split('\n');
    expect(rows[0]!.startsWith('"bucket_start","bucket_end","total","kyc","deposit","withdrawal"')).toBe(true);
    expect(rows).toHaveLength(1 + 7);
    expect(rows.slice(1).reduce((sum, row) => sum + Number(row.split(',')[2]), 0)).toBeGreaterThan(0);
  });

  await page.keyboard.press('g');
  await page.keyboard.press('q');
  await expect(page.locator('#queue-listbox')).toBeFocused();
  expect(errors).toEqual([]);
});
