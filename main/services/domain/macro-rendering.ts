import { Output, type Template } from 'liquidjs';
import { createMacroEngine } from './template-engine';

/** The placeholders a macro body may use; fields.* are the macro's own fill-in fields. */
export interface MacroContext {
  customer: { name: string | null; first_name: string | null; user_id: string | null };
  ticket: { id: string; subject: string };
  agent: { name: string; first_name: string };
  fields: Record<string, string>;
  /**
   * The account's deposit or withdrawal the ticket is about (the back office's record, with the
   * chain's latest confirmations): {{ deposit.confirmations }}, {{ withdrawal.state }}, … Empty
   * when none is known, so a macro that needs one is held back like an unfilled field.
   */
  deposit?: Record<string, string | null>;
  withdrawal?: Record<string, string | null>;
}

export interface RequiredField {
  key: string;
  label: string;
}

export interface RenderedMacro {
  text: string;
  /** Placeholders with no value and no fallback, and required fields left empty: sending waits for them. */
  missing: string[];
  /** The template itself is broken (unknown filter, unclosed tag); text is then empty. */
  error: string | null;
}

// Plain text for the desk's own replies; HTML (escaped) for backends that take an HTML body.
// Both come from createMacroEngine: no file system, no include/render/layout (template-engine.ts).
const textEngine = createMacroEngine({ cache: 200 });
const htmlEngine = createMacroEngine({ cache: 200, outputEscape: 'escape' });

const BIDI_AND_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A customer's name is hostile input: no line breaks or direction overrides inside a sentence. */
function cleanValue(value: string | null): string | null {
  if (value === null) return null;
  const cleaned = value.replace(/[\r\n]+/g, ' ').replace(BIDI_AND_CONTROL, '').trim();
  return cleaned === '' ? null : cleaned;
}

function cleanContext(context: MacroContext): MacroContext {
  const clean = <T extends Record<string, string | null>>(o: T) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, cleanValue(v)])) as T;
  return { customer: clean(context.customer), ticket: clean(context.ticket), agent: clean(context.agent), fields: clean(context.fields) as Record<string, string>, deposit: clean(context.deposit ?? {}), withdrawal: clean(context.withdrawal ?? {}) };
}

// Where block tags (if, unless, for, case, capture) keep the templates nested in them.
const NESTED_KEYS = ['templates', 'elseTemplates', 'branches'] as const;

/** Every output tag in the template, nested ones (inside if/for) included. */
function outputsOf(templates: readonly unknown[]): Output[] {
  const found: Output[] = [];
  const visit = (node: unknown): void => {
    if (node instanceof Output) {
      found.push(node);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const key of NESTED_KEYS) {
      const value = (node as Record<string, unknown>)[key];
      if (Array.isArray(value)) value.forEach(visit);
    }
  };
  templates.forEach(visit);
  return found;
}

/** The dotted path an output prints, when it prints a plain variable (customer.first_name). */
function variablePath(output: Output): string | null {
  const tokens = output.value.initial.postfix;
  if (tokens.length !== 1) return null;
  const text = tokens[0]!.getText().trim();
  return /^[a-z_]+(\.[a-z_0-9]+)+$/i.test(text) ? text : null;
}

function lookup(context: MacroContext, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, key) ? (value as Record<string, unknown>)[key] : undefined), context);
}

/**
 * Renders a macro body with a real template engine: values are inserted, never evaluated, and a
 * placeholder without a value is reported unless the template gives it a fallback (| default).
 */
export function renderMacro(template: string, context: MacroContext, requiredFields: readonly RequiredField[] = [], format: 'text' | 'html' = 'text'): RenderedMacro {
  const engine = format === 'html' ? htmlEngine : textEngine;
  const values = cleanContext(context);
  let parsed: Template[];
  try {
    parsed = engine.parse(template);
  } catch (error) {
    return { text: '', missing: [], error: (error as Error).message };
  }
  const missing = new Set<string>();
  for (const field of requiredFields) if (!values.fields[field.key]) missing.add(`fields.${field.key}`);
  for (const output of outputsOf(parsed)) {
    const path = variablePath(output);
    if (path === null || output.value.filters.some((f) => f.name === 'default')) continue;
    const value = lookup(values, path);
    if (value === undefined || value === null || value === '') missing.add(path);
  }
  try {
    const text = engine.renderSync(parsed, values) as string;
    return { text: text.replace(/\n{3,}/g, '\n\n').trim(), missing: [...missing], error: null };
  } catch (error) {
    return { text: '', missing: [...missing], error: (error as Error).message };
  }
}
