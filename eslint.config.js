// Layer rules: imports point downward only.
//   preload/contract  — the spine; imports nothing but zod.
//   preload/rules     — pure rules both sides run (main and renderer import them); the contract and zod only.
//   main/services     — plain TypeScript under Node; never Electron, never the renderer.
//   main/services/domain — pure rules: no I/O at all.
//   main/backend      — the embedded backend, a product of its own (its API.md): started by the desk and the
//                       command line through main/backend/index.ts only; it imports the shared rules
//                       (preload/rules, whose domain-shapes.ts declares the ticket, message, … shapes it shares
//                       with the desk and imports nothing, and main/services/domain) and three shared libraries
//                       (main/services/sqlite, audit, http), never the desk's contract, store, sync, connectors or app.
//   main/electron     — the only main-side code that may import 'electron'.
//   preload           — the bridge; never main or renderer.
//   renderer          — React views; only the contract from below, never main, Node or Electron.
// Translation: user-visible text in the renderer's JSX comes from renderer/src/i18n, never a literal
// (scripts/eslint/no-untranslated-text.mjs), and every message id in the code is a literal (literalMessageIds).
import tseslint from 'typescript-eslint';
import noUntranslatedText from './scripts/eslint/no-untranslated-text.mjs';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'https', 'net', 'child_process', 'crypto', 'worker_threads'];
const pattern = (group, message) => ({ group, message });

// The embedded backend stands apart from the desk: plain Node, none of the desk's own services.
const backendApart = [
  pattern(['electron', 'electron/*', '**/renderer/**', '**/electron/*', '**/cli/*'], 'The backend runs under plain Node, apart from the desk and its command line.'),
  pattern(['**/services/*', '!**/services/domain', '!**/services/sqlite', '!**/services/audit', '!**/services/http'], "The backend is its own product: from main/services only the pure rules (domain) and the sqlite, audit and http libraries, never the desk's store, sync, connectors or app."),
];

const agentdesk = { rules: { 'no-untranslated-text': noUntranslatedText } };

// Message ids are written out, never built from a template (`status.${status}`): an id that exists only
// at run time is one the catalog test cannot find, and the compiler cannot check it
// against the value it names. Look the id up in a map typed by its values (renderer/src/i18n/labels.ts).
const TRANSLATE = "CallExpression[callee.name=/^(t|translate|rich)$/]";
const literalIdsMessage = 'Message ids are literal: look the id up in a map typed by its values (e.g. STATUS_LABEL in renderer/src/i18n/labels.ts), never build it from a template.';
const literalMessageIds = [
  `${TRANSLATE} > TemplateLiteral:first-child.arguments[expressions.length>0]`,
  `${TRANSLATE} > :first-child.arguments TemplateLiteral[expressions.length>0]`,
  "CallExpression[callee.property.name='formatMessage'] > ObjectExpression:first-child.arguments > Property[key.name='id'] > TemplateLiteral.value[expressions.length>0]",
  "MemberExpression[object.callee.name='messagesFor'] > TemplateLiteral.property[expressions.length>0]",
].map((selector) => ({ selector, message: literalIdsMessage }));
// The product's name is the same in every language.
const translationOptions = { allow: ['AgentDesk'] };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.cache/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['preload/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['**/main/**', '**/renderer/**', 'electron', ...nodeBuiltins], 'The contract is the bottom layer: it may import zod only.'),
      ] }],
    },
  },
  {
    files: ['preload/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['**/main/**', '**/renderer/**', '**/preload/*', '!**/preload/contract', '!**/preload/rules', 'electron', 'better-sqlite3', ...nodeBuiltins], 'Shared rules are pure: the contract and each other only, no I/O.'),
      ] }],
    },
  },
  {
    files: ['preload/**/*.ts'],
    ignores: ['preload/contract/**', 'preload/rules/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['**/main/**', '**/renderer/**'], 'The preload may use the contract only, never main or renderer code.'),
      ] }],
    },
  },
  {
    files: ['main/services/**/*.ts', 'main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['electron', 'electron/*'], 'Services run under plain Node: Electron belongs in main/electron only.'),
        pattern(['**/renderer/**', '**/main/electron/**', '**/electron/*'], 'Services must not import the renderer or the Electron glue.'),
        pattern(['**/backend/*', '!**/backend/index'], 'The embedded backend is a package of its own: start it through its one entry (main/backend/index.ts), never reach inside.'),
      ] }],
    },
  },
  {
    files: ['main/services/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['better-sqlite3', 'electron', ...nodeBuiltins], 'Domain rules are pure: no I/O.'),
        pattern(['**/store/**', '**/sync/**', '**/connectors/**', '**/backend', '**/backend/**', '**/app/**', '**/sqlite/**'], 'Domain rules sit below every service.'),
      ] }],
    },
  },
  {
    files: ['main/backend/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...backendApart,
        pattern(['**/preload/*', '!**/preload/rules', '**/domain-shapes'], "The backend imports the shared rules (preload/rules), never the desk's contract or bridge; the shapes it shares with the desk come through its wire types (main/backend/wire-types.ts)."),
      ] }],
    },
  },
  {
    files: ['main/backend/wire-types.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        ...backendApart,
        pattern(['**/preload/*', '!**/preload/rules'], "The backend's wire types name the shared shapes (preload/rules/domain-shapes.ts), never the desk's contract."),
      ] }],
    },
  },
  {
    files: ['preload/rules/domain-shapes.ts', 'preload/rules/account-shapes.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [pattern(['**', '.*'], 'The shared data shapes are the bottom layer: they import nothing.')] }],
    },
  },
  // No function over 120 lines (issue 15): a long function is split by concern. A zustand store's
  // create((set, get) => ({ ... })) body is one arrow function, so a store splits into slices and helpers.
  // Migrations and seed data are long lists of statements and rows, read top to bottom.
  {
    files: ['main/**/*.ts', 'preload/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: [
      'main/services/store/migrations/**', 'main/backend/migrations/**', 'main/backend/seed/**',
    ],
    rules: { 'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }] },
  },
  { plugins: { agentdesk } },
  {
    files: ['renderer/src/**/*.tsx'],
    rules: { 'agentdesk/no-untranslated-text': ['error', translationOptions] },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        pattern(['**/main/**', 'electron', 'better-sqlite3', ...nodeBuiltins], 'The renderer reaches main only through window.agentdesk (the contract).'),
        pattern(['**/preload/*', '!**/preload/contract', '!**/preload/rules', '**/preload/electron-*', '**/preload/browser-*', '**/preload/bridge-*'], 'The renderer imports the contract and the shared rules, never the bridge implementation.'),
      ] }],
      'no-restricted-syntax': ['error', ...literalMessageIds],
    },
  },
);
