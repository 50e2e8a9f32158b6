import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** A message id as the renderer's source names it: a literal, or a template with `${…}` holes. */
export interface MessageReference {
  file: string;
  line: number;
  /** The literal id, or the template text with `${…}` left in. */
  id: string;
  template: boolean;
}

const SOURCE = /\.(ts|tsx)$/;
/** Calls whose first argument is a message id: t('…'), translate('…'), rich('…'). */
const CALL = /(?<![\w$])(t|translate|rich)\(/g;
const ID_SHAPE = /^[\w-]+(\.[\w${}-]+)+$/;

export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (SOURCE.test(entry.name)) out.push(path);
  }
  return out;
}

/**
 * Every string literal in the first argument of t()/translate()/rich() calls, including both
 * branches of a conditional (`t(note ? 'a' : 'b')`). Type checking covers most of this already;
 * the scan also catches ids that reached a call through a cast.
 */
export function messageReferences(root: string, files: readonly string[]): MessageReference[] {
  const out: MessageReference[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const call of text.matchAll(CALL)) {
      const start = call.index + call[0].length;
      const argument = firstArgument(text, start);
      const line = text.slice(0, call.index).split('\n').length;
      // Only id-shaped literals: `t(kind === 'note' ? 'a.b' : 'a.c')` also holds the word 'note'.
      for (const literal of stringLiterals(argument).filter((l) => ID_SHAPE.test(l.value))) {
        out.push({ file: relative(root, file), line, id: literal.value, template: literal.template });
      }
    }
  }
  return out;
}

/** The source text of the first argument: up to the first comma or closing parenthesis at depth 0. */
function firstArgument(text: string, start: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return text.slice(start, i);
      depth--;
    } else if (c === ',' && depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}

function stringLiterals(source: string): Array<{ value: string; template: boolean }> {
  const out: Array<{ value: string; template: boolean }> = [];
  for (const m of source.matchAll(/'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
    if (m[3] !== undefined) out.push({ value: m[3], template: m[3].includes('${') });
    else out.push({ value: m[1] ?? m[2] ?? '', template: false });
  }
  return out;
}

/** Every plain string literal in the files ('…' or "…"): the ids written out anywhere, in calls or in maps. */
export function literalStrings(files: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)) out.add(m[1] ?? m[2] ?? '');
  }
  return out;
}
