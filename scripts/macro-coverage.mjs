// Language coverage of the starter macro library, as a markdown table:
// one row per macro, one column per language (✓ when the macro has a body in it), and a totals row.
// Usage: node scripts/macro-coverage.mjs
import { readFileSync } from 'node:fs';

const LIBRARY_PATH = new URL('../resources/macros/starter-library.json', import.meta.url);
// Preferred column order; any other language found in the library is appended after these.
const PREFERRED = ['en', 'es', 'ru', 'lt', 'de', 'pt', 'tr', 'fr', 'it', 'pl', 'uk'];

const library = JSON.parse(readFileSync(LIBRARY_PATH, 'utf8'));
const macros = Array.isArray(library.macros) ? library.macros : [];

const found = new Set(macros.flatMap((macro) => Object.keys(macro.bodies ?? {})));
const languages = [...PREFERRED.filter((l) => found.has(l)), ...[...found].filter((l) => !PREFERRED.includes(l)).sort()];

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
