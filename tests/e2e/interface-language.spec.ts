import { expect, test, type Page } from '@playwright/test';
import { startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';

// Issue 9: the interface is translated and switchable in the settings without a restart. Each
// language is checked where the agent sees it — header, view tabs, footer, a queue row's SLA
// label, the sync line's relative time — while an unsent reply stays in the composer and the
// page is never reloaded; the choice survives a reload.

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '120', '--seed', '31']);
  preview = await startPreview({ backend });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

interface Expected {
  code: 'en' | 'es' | 'ru' | 'lt';
  settingsTitle: string;
  changed: string;
  commands: string;
  shortcuts: string;
  allTab: string;
  keyHelpWord: string;
  online: string;
  /** The sync line: "Last sync 12 sec ago" in its own words, or "just now". */
  lastSync: RegExp;
  /** A queue row's SLA label from lib/format: "due in 3h 05m", "vence en 3 h 05 min", … */
  sla: RegExp;
}

const ENGLISH: Expected = {
  code: 'en',
  settingsTitle: 'Settings',
  changed: 'The interface is now in English.',
  commands: 'Commands',
  shortcuts: 'Shortcuts',
  allTab: 'All',
  keyHelpWord: 'move',
  online: 'Online',
  lastSync: /^Last sync (just now|\d+ (sec|min) ago)$/,
  sla: /^(due in|breached) /,
};

const SPANISH: Expected = {
  code: 'es',
  settingsTitle: 'Ajustes',
  changed: 'La interfaz ahora está en español.',
  commands: 'Comandos',
  shortcuts: 'Atajos',
  allTab: 'Todos',
  keyHelpWord: 'moverse',
  online: 'En línea',
  lastSync: /^Última sincronización: (ahora mismo|hace \d+ (s|min))$/,
  sla: /^(vence en|vencido hace) \d+ (s|min|h|d)\b/,
};

const RUSSIAN: Expected = {
  code: 'ru',
  settingsTitle: 'Настройки',
  changed: 'Интерфейс теперь на русском языке.',
  commands: 'Команды',
  shortcuts: 'Клавиши',
  allTab: 'Все',
  keyHelpWord: 'перемещение',
  online: 'В сети',
  lastSync: /^Последняя синхронизация: (только что|\d+ (сек|мин)\. назад)$/,
  sla: /^(осталось|просрочено на) \d+ (с|мин|ч|д)( |$)/,
};

const LITHUANIAN: Expected = {
  code: 'lt',
  settingsTitle: 'Nustatymai',
  changed: 'Sąsaja dabar rodoma lietuvių kalba.',
  commands: 'Komandos',
  shortcuts: 'Klavišai',
  allTab: 'Visi',
  keyHelpWord: 'judėti',
  online: 'Prisijungta',
  lastSync: /^Paskutinis sinchronizavimas: (ką tik|prieš \d+ (sek|min)\.)$/,
  sla: /^(liko|vėluoja) \d+ (s|min|val\.|d\.)( |$)/,
};

/** Ctrl+, then the language selector; the dialog answers in the new language at once. */
async function switchTo(page: Page, expected: Expected): Promise<void> {
  await page.keyboard.press('Control+,');
  const settings = page.getByTestId('settings-view');
  await expect(settings).toBeVisible();
  await page.getByTestId('interface-language').selectOption(expected.code);
  await expect(page.locator('html')).toHaveAttribute('lang', expected.code);
  await expect(settings.locator('.modal-title')).toHaveText(expected.settingsTitle);
  await expect(page.getByTestId('interface-language-status')).toHaveText(expected.changed);
  await expect(page.getByTestId('interface-language')).toHaveValue(expected.code);
  await page.keyboard.press('Escape');
  await expect(settings).toHaveCount(0);
}

async function expectDeskIn(page: Page, expected: Expected): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', expected.code);
  await expect(page.getByTestId('open-palette.open')).toHaveText(expected.commands);
  await expect(page.getByTestId('open-help.keymap')).toHaveText(expected.shortcuts);
  await expect(page.getByTestId('view-tab-all')).toContainText(expected.allTab);
  await expect(page.locator('.key-help')).toContainText(expected.keyHelpWord);
  await expect(page.locator('.sync-connection')).toContainText(expected.online);
  await expect(page.getByTestId('sync-last')).toHaveText(expected.lastSync);
  await expect(page.locator('[data-testid="queue-row"] .sla:not(.sla-none)').first()).toHaveText(expected.sla);
}

async function storedLanguage(page: Page): Promise<string | undefined> {
  return page.evaluate(async () => {
    const r = await window.agentdesk.invoke('settings.get', {});
    if (!r.ok) throw new Error(r.error.message);
    return r.value.interfaceLanguage;
  });
}

test('English, Spanish, Russian, Lithuanian: switched in the settings at once, no reload, the draft kept, the choice remembered', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(preview.url);
  await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
  await expect(page.locator('[data-testid="queue-row"][aria-selected="true"]')).toBeVisible();
  await expectDeskIn(page, ENGLISH);
  // Gone if the page were reloaded or the tree remounted from scratch.
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });

  // An unsent reply: switching languages must not lose it, nor the composer's focus.
  await page.keyboard.press('r');
  const composer = page.getByTestId('composer');
  await expect(composer).toBeFocused();
  const draft = `Still here after the language switch ${Date.now()}`;
  await page.keyboard.type(draft);

  await test.step('Spanish', async () => {
    await switchTo(page, SPANISH);
    await expect(composer).toBeFocused();
    await expect(composer).toHaveValue(draft);
    await expectDeskIn(page, SPANISH);

    // Dates in the snooze picker: Spanish weekdays and months, the picker's words in Spanish.
    await page.keyboard.press('Escape');
    await page.keyboard.press('b');
    const picker = page.getByTestId('snooze-picker');
    await expect(picker.locator('.modal-title')).toHaveText('Posponer este ticket');
    await expect(picker.getByTestId('snooze-tomorrow')).toContainText('Mañana a las 09:00');
    await expect(picker.getByTestId('snooze-nextWeek')).toContainText(/\blun, \d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic),? 09:00/);
    await page.keyboard.press('Escape');
    await expect(picker).toHaveCount(0);
  });

  await test.step('Russian', async () => {
    await switchTo(page, RUSSIAN);
    await expectDeskIn(page, RUSSIAN);
  });

  await test.step('Lithuanian', async () => {
    await switchTo(page, LITHUANIAN);
    await expectDeskIn(page, LITHUANIAN);
    await expect.poll(() => storedLanguage(page)).toBe('lt');
  });

  // Nothing was reloaded on the way, and the reply is still unsent in its composer.
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  await expect(composer).toHaveValue(draft);

  await test.step('a reload keeps Lithuanian', async () => {
    await page.reload();
    await expect(page.getByTestId('sync-status')).toHaveAttribute('data-connection', 'online', { timeout: 30_000 });
    await expectDeskIn(page, LITHUANIAN);
  });

  await test.step('back to English', async () => {
    await switchTo(page, ENGLISH);
    await expectDeskIn(page, ENGLISH);
    await expect.poll(() => storedLanguage(page)).toBe('en');
  });

  expect(errors).toEqual([]);
});
