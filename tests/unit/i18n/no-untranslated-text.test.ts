import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from '../../../scripts/eslint/no-untranslated-text.mjs';

// RuleTester runs its cases through the test framework's hooks.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
});

const tsx = (code: string, options?: { allow?: string[]; attributes?: string[] }) => ({
  code,
  filename: 'component.tsx',
  ...(options ? { options: [options] } : {}),
});

tester.run('no-untranslated-text', rule, {
  valid: [
    // Text from the catalogs, in children and attributes.
    tsx(`const a = <button title={t('app.x')} aria-label={t('app.y')}>{t('app.z')}</button>;`),
    // Symbols, punctuation and numbers are not language.
    tsx(`const a = <p>{i > 0 ? ' · ' : ''}<kbd>{i + 1}</kbd> × — 1/2 …</p>;`),
    // Values that are not shown as words: class names, test ids, ARIA keys, ids.
    tsx(`const a = <div className="queue-pane" data-testid="queue" aria-keyshortcuts="Escape" id="x" role="status" />;`),
    // Template literals that only join translated parts.
    tsx(`const a = <span title={\`\${label} (\${keys})\`}>{\`\${count} / \${total}\`}</span>;`),
    // A brand name on the allow list.
    tsx(`const a = <h1 className="app-name">AgentDesk</h1>;`, { allow: ['AgentDesk'] }),
    // Strings outside JSX (comparisons, keys, test ids) are not its business.
    tsx(`const mode = kind === 'note' ? 'note' : 'reply'; const a = <p data-mode={mode}>{name}</p>;`),
    // Only the listed attributes when the list is given.
    tsx(`const a = <input placeholder="Search" />;`, { attributes: ['aria-label'] }),
  ],
  invalid: [
    {
      ...tsx(`const a = <p>Sync status unknown</p>;`),
      errors: [{ messageId: 'text', data: { text: 'Sync status unknown' } }],
    },
    {
      ...tsx(`const a = <button>Send anyway <kbd>Esc</kbd></button>;`),
      errors: [{ messageId: 'text' }, { messageId: 'text', data: { text: 'Esc' } }],
    },
    {
      // Cyrillic, Lithuanian and accented letters count as letters too.
      ...tsx(`const a = <p>Отмена · Atšaukti · Añadir</p>;`),
      errors: [{ messageId: 'text' }],
    },
    {
      ...tsx(`const a = <input aria-label="Search tickets" placeholder="Search…" title='Find' alt="logo" />;`),
      errors: [
        { messageId: 'attribute', data: { name: 'aria-label', text: 'Search tickets' } },
        { messageId: 'attribute', data: { name: 'placeholder', text: 'Search…' } },
        { messageId: 'attribute', data: { name: 'title', text: 'Find' } },
        { messageId: 'attribute', data: { name: 'alt', text: 'logo' } },
      ],
    },
    {
      // A component prop named label (ChoiceSelect, cmdk) is shown too.
      ...tsx(`const a = <Command label="Commands and tickets" />;`),
      errors: [{ messageId: 'attribute', data: { name: 'label', text: 'Commands and tickets' } }],
    },
    {
      // String literals as children, in either branch of a condition, and in templates.
      ...tsx(`const a = <p>{busy ? 'Syncing…' : t('app.sync.now')}{count === 1 ? 'ticket' : 'tickets'}{\`\${n} pending\`}</p>;`),
      errors: [
        { messageId: 'text', data: { text: 'Syncing…' } },
        { messageId: 'text', data: { text: 'ticket' } },
        { messageId: 'text', data: { text: 'tickets' } },
        { messageId: 'text', data: { text: 'pending' } },
      ],
    },
    {
      ...tsx(`const a = <span aria-label={\`Dismiss error: \${action} failed\`} title={open && 'Open'} />;`),
      errors: [
        { messageId: 'attribute', data: { name: 'aria-label', text: 'Dismiss error: failed' } },
        { messageId: 'attribute', data: { name: 'title', text: 'Open' } },
      ],
    },
    {
      // The allow list is exact: other text next to the brand is still reported.
      ...tsx(`const a = <h1>AgentDesk hit an unexpected error</h1>;`, { allow: ['AgentDesk'] }),
      errors: [{ messageId: 'text' }],
    },
  ],
});
