// Language coverage of the starter macro library, as a markdown table:
// one row per macro, one column per language (✓ when the macro has a body in it), and a totals row.
// The columns are the desk's languages (LANGUAGES in preload/rules/domain-shapes.ts, in that order),
// so a language with no body anywhere still shows as an empty column; any other language found in
// the library is appended after them.
// Usage: node scripts/macro-coverage.mjs
import { readFileSync } from 'node:fs';

const LIBRARY_PATH = new URL('../resources/macros/starter-library.json', import.meta.url);
const SHAPES_PATH = new URL('../preload/rules/domain-shapes.ts', import.meta.url);

/** The LANGUAGES tuple of the shared rules, read from its source (this script runs without a TypeScript loader). */
function desksLanguages() {
  const source = readFileSync(SHAPES_PATH, 'utf8');
  const tuple = /export const LANGUAGES = \[([^\]]*)\]/.exec(source);
  if (!tuple) throw new Error('macro-coverage: LANGUAGES not found in preload/rules/domain-shapes.ts');
  return [...tuple[1].matchAll(/'([a-z]{2,3})'/g)].map((m) => m[1]);
}

const library = JSON.parse(readFileSync(LIBRARY_PATH, 'utf8'));
const macros = Array.isArray(library.macros) ? library.macros : [];

const preferred = desksLanguages();
const found = new Set(macros.flatMap((macro) => Object.keys(macro.bodies ?? {})));
const languages = [...preferred, ...[...found].filter((l) => !preferred.includes(l)).sort()];

const row = (cells) => `| ${cells.join(' | ')} |`;
const has = (macro, language) => typeof macro.bodies?.[language] === 'string' && macro.bodies[language].length > 0;

const lines = [
  row(['Macro', ...languages, 'Languages']),
  row([':--', ...languages.map(() => ':-:'), '--:']),
];
for (const macro of macros) {
  const cells = languages.map((language) => (has(macro, language) ? '✓' : ' '));
  lines.push(row([`\`${macro.id}\``, ...cells, String(languages.filter((l) => has(macro, l)).length)]));
}
const perLanguage = languages.map((language) => macros.filter((macro) => has(macro, language)).length);
const bodies = perLanguage.reduce((sum, n) => sum + n, 0);
lines.push(row([`**Total (${macros.length} macros)**`, ...perLanguage.map(String), String(bodies)]));

console.log(lines.join('\n'));
