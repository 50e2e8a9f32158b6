import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { startBackend, startPreview, type RunningBackend, type RunningPreview } from '../support/processes';
import { openDesk } from './fixtures/desk-page';

// Issue 14, critical: a personal macro that names a file never shows that file. The preview runs
// in the project folder, so package.json is right there to be read if anything could.

let backend: RunningBackend;
let preview: RunningPreview;

test.beforeAll(async () => {
  backend = await startBackend(['--memory', '--tickets', '40', '--seed', '5']);
  preview = await startPreview({ backend });
});

test.afterAll(async () => {
  await preview?.stop();
  await backend?.stop();
});

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; description?: string };
const ABSOLUTE = resolve('package.json');
const PAYLOADS: Array<[tag: string, body: string]> = [
  ['include', "Hello {% include 'package.json' %}"],
  ['include', `{% include "${ABSOLUTE}" %}`],
  ['render', "{% render 'package.json' %}"],
  ['render', "{%- render 'README.md' -%}"],
  ['layout', "{% layout 'package.json' %}body"],
  ['include', "{% liquid\ninclude 'package.json'\n%}"],
  ['include', '{% assign f = "package.json" %}{% include f %}'],
  ['block', '{% block x %}y{% endblock %}'],
];

test('the macro editor refuses include, render, layout and block with a clear message, and no file content reaches the page', async ({ page }) => {
  test.setTimeout(90_000);
  await openDesk(page, preview.url);
  for (const [tag, body] of PAYLOADS) {
    await test.step(body, async () => {
      await page.keyboard.press('Shift+M');
      await expect(page.getByTestId('macro-editor-title')).toBeFocused();
      await page.getByTestId('macro-editor-title').fill(`Reads a file (${tag})`);
      await page.getByTestId('macro-editor-body-0').fill(body);
      await page.getByTestId('macro-editor-save').click();
      const banner = page.getByTestId('error-banner').last();
      await expect(banner).toContainText(`{% ${tag} %} tag is not allowed in a macro`);
      const text = await page.locator('body').innerText();
      expect(text).not.toContain(`"name": "${PACKAGE.name}"`);
      expect(text).not.toContain('"dependencies"');
      expect(text).not.toContain('## Architecture');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('macro-editor-title')).toBeHidden();
      await banner.getByRole('button').click();
      await expect(page.getByTestId('error-banner')).toHaveCount(0);
    });
  }
  // Nothing was saved: the picker lists no personal macro of these.
  await page.keyboard.press('m');
  await page.getByTestId('macro-search').fill('Reads a file');
  await expect(page.getByTestId('macro-results').locator('li[role="option"]', { hasText: 'Reads a file' })).toHaveCount(0);
});
