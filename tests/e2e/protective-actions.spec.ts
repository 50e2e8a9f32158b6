import { expect, test, type Browser, type Page } from '@playwright/test';
import { backendAdmin, backendGet, startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';
import { openDesk } from './fixtures/desk-page';

/**
 * A security agent protects an account with one key on a security case and asks to lift the
 * freeze with a reason and evidence; the request waits on the security desk's pending-approvals
 * list, where the requester cannot approve it and a second security agent does. The back office
 * holds each step once, on its audit chain.
 */
const SUBJECT = 'Someone is draining my account qzfreeze';

let backend: RunningBackend;
let deskA: RunningPreview;
let deskB: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '40', '--seed', '23']);
  await backendAdmin(backend, 'simulate/new-ticket', { subject: SUBJECT, body: 'Withdrawals I never made, please stop them', customerName: 'Rasa Kazlauskienė', customerEmail: 'rasa.k@example.org', customerUserId: 'U-551177', topic: 'account_compromise', priority: 'urgent', security: true });
  [deskA, deskB] = await Promise.all([startPreview({ backend, agent: 'agent-security-1' }), startPreview({ backend, agent: 'agent-security-2' })]);
});

test.afterAll(async () => {
  await deskA?.stop();
  await deskB?.stop();
  await backend?.stop();
});

async function openCase(browser: Browser, desk: RunningPreview): Promise<{ page: Page; ticketId: string }> {
  const page = await (await browser.newContext()).newPage();
  await openDesk(page, desk.url);
  await expect(async () => {
    await page.getByTestId('queue').focus();
    await page.keyboard.press('4'); // the security view
    await expect(page.getByTestId('view-tab-security')).toHaveAttribute('aria-selected', 'true', { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const row = page.locator('[data-testid="queue-row"]', { hasText: 'qzfreeze' });
  await expect(row).toBeVisible({ timeout: 15_000 });
  const ticketId = (await row.getAttribute('data-ticket-id'))!;
  await row.click();
  await expect(page.getByTestId('ticket-pane')).toHaveAttribute('data-ticket-id', ticketId);
  await expect(page.getByTestId('protection-panel')).toBeVisible();
  return { page, ticketId };
}

const inForce = async () => (await backendGet<{ inForce: Array<{ action: string; by: string }> }>(backend, '/api/v1/back-office/protections?userId=U-551177')).inForce;

test('Shift+W freezes withdrawals; the request to unfreeze waits for a second security agent, who approves it from the pending list', async ({ browser }) => {
  test.setTimeout(120_000);
  const { page: a, ticketId } = await openCase(browser, deskA);

  // One key: the freeze is queued as urgent and reaches the back office; the case shows it.
  await a.getByTestId('ticket-pane').focus();
  await a.keyboard.press('Shift+W');
  await expect(a.locator('[data-testid="protection-in-force"] li[data-action="freeze_withdrawals"]')).toBeVisible({ timeout: 15_000 });
  await expect.poll(inForce, { timeout: 10_000 }).toEqual([expect.objectContaining({ action: 'freeze_withdrawals', by: 'agent-security-1' })]);
  // The account panel's facts show the hold.
  await expect(a.getByTestId('account-panel')).toContainText(/withdrawal/i, { timeout: 15_000 });

  // Shift+U: the request, with the reason and the evidence.
  await a.keyboard.press('Shift+U');
  await a.getByTestId('undo-reason').fill('Customer verified on a video call');
  await a.getByTestId('undo-evidence').fill('Selfie matches KYC; attacker device removed');
  await a.getByTestId('undo-submit').click();
  const listA = a.getByTestId('pending-approvals');
  await expect(listA).toBeVisible({ timeout: 15_000 });
  await expect(listA.getByTestId('pending-reason')).toHaveText('Customer verified on a video call');
  // The requester has no way to approve their own request, by button or key.
  await expect(listA.getByTestId('approve-pending')).toHaveCount(0);
  await a.getByTestId('ticket-pane').focus();
  await a.keyboard.press('Shift+Y');
  await a.waitForTimeout(1_000);
  expect(await inForce()).toHaveLength(1);

  // The second security agent sees it with the reason and the evidence, and approves.
  const b = await (await browser.newContext()).newPage();
  await openDesk(b, deskB.url);
  const item = b.locator('[data-testid="pending-approval"]');
  await expect(item).toBeVisible({ timeout: 15_000 });
  await expect(item.getByTestId('pending-evidence')).toHaveText('Selfie matches KYC; attacker device removed');
  await expect(item).toContainText(ticketId);
  await item.getByTestId('approve-pending').click();
  await expect.poll(inForce, { timeout: 15_000 }).toEqual([]);
  await expect(b.getByTestId('pending-approvals')).toHaveCount(0, { timeout: 15_000 });
  await expect(a.locator('[data-testid="protection-in-force"] li[data-action="freeze_withdrawals"]')).toHaveCount(0, { timeout: 15_000 });

  const trail = await backendGet<{ entries: Array<{ action: string; actorId: string }>; verification: null }>(backend, `/api/v1/audit?ticketId=${ticketId}`);
  expect(trail.entries.map((e) => `${e.action} by ${e.actorId}`)).toEqual(['protective_action by agent-security-1', 'undo_requested by agent-security-1', 'undo_approved by agent-security-2', 'protection_lifted by agent-security-2']);
  expect((await backendGet<{ verification: { ok: boolean } }>(backend, '/api/v1/audit')).verification.ok).toBe(true);
});
