import { checkBinding, formatCombo, parseCombo, sameCombo, type BoundAction, type Context, type Platform } from './clashes';

/**
 * The keymap as data: every action the desk offers, with a title, a group, its default keys and
 * where those keys work. Key handling (useShortcuts.ts), the command palette, the `?` overlay and
 * the settings view are all built from this one list; the behaviour lives in commands.ts.
 * Keys use tinykeys syntax ("$mod" = Ctrl, or Cmd on macOS; "p l" = p, then l).
 */

/** Where focus is when a key is pressed. */
export type FocusRegion = 'queue' | 'ticket' | 'composer' | 'other';

/**
 * Exactly one context is current when a key is pressed:
 *  queue     – the queue list (or nothing focused), no tickets checked
 *  selection – the queue, with tickets checked for a bulk change
 *  ticket    – reading the open ticket (its conversation and controls)
 *  composer  – writing a reply or note
 *  field     – any other text field (the search box, …): only "anywhere" actions, only with Ctrl/Cmd/Alt
 * An action's `when` lists the contexts its keys work in; "anywhere" is all of them.
 * Outside the composer, keys without Ctrl/Cmd/Alt never fire while focus is in a text field.
 */
export type KeyContext = Exclude<Context, 'anywhere'> | 'field';
export type When = Context;

export type ActionGroup = 'Navigation' | 'Views' | 'Writing' | 'Macros' | 'Triage' | 'Security' | 'Selection and bulk' | 'App';
export const ACTION_GROUPS: readonly ActionGroup[] = ['Navigation', 'Writing', 'Macros', 'Triage', 'Security', 'Selection and bulk', 'Views', 'App'];

export interface ActionDef {
  id: string;
  title: string;
  group: ActionGroup;
  keys: readonly string[];
  when: readonly When[];
  /** Fires again while the key is held (moving); other actions ignore auto-repeat. */
  repeat?: boolean;
}

const QUEUE: readonly When[] = ['queue', 'selection'];
const CURRENT: readonly When[] = ['queue', 'ticket'];
const CURRENT_ANY: readonly When[] = ['queue', 'selection', 'ticket'];
const BULK: readonly When[] = ['selection'];
const ANYWHERE: readonly When[] = ['anywhere'];
const MACRO_KEYS: readonly When[] = ['queue', 'ticket', 'composer'];

export const ACTIONS = [
  // Navigation
  { id: 'queue.next', title: 'Next ticket', group: 'Navigation', keys: ['j', 'ArrowDown'], when: QUEUE, repeat: true },
  { id: 'queue.prev', title: 'Previous ticket', group: 'Navigation', keys: ['k', 'ArrowUp'], when: QUEUE, repeat: true },
  { id: 'queue.pageDown', title: 'Ten tickets down', group: 'Navigation', keys: ['PageDown'], when: QUEUE, repeat: true },
  { id: 'queue.pageUp', title: 'Ten tickets up', group: 'Navigation', keys: ['PageUp'], when: QUEUE, repeat: true },
  { id: 'queue.first', title: 'First ticket in the view', group: 'Navigation', keys: ['Home'], when: QUEUE },
  { id: 'queue.last', title: 'Last ticket in the view', group: 'Navigation', keys: ['End'], when: QUEUE },
  { id: 'ticket.open', title: 'Open the ticket (read the conversation)', group: 'Navigation', keys: ['Enter'], when: QUEUE },
  { id: 'ticket.next', title: 'Next ticket, while reading', group: 'Navigation', keys: ['j'], when: ['ticket'], repeat: true },
  { id: 'ticket.prev', title: 'Previous ticket, while reading', group: 'Navigation', keys: ['k'], when: ['ticket'], repeat: true },
  { id: 'nav.back', title: 'Back: composer → ticket → queue (in the queue: dismiss an error)', group: 'Navigation', keys: ['Escape'], when: ['queue', 'ticket', 'composer'] },
  { id: 'search.focus', title: 'Search tickets', group: 'Navigation', keys: ['/'], when: ANYWHERE },

  // Writing
  { id: 'ticket.reply', title: 'Reply to the customer', group: 'Writing', keys: ['r'], when: CURRENT_ANY },
  { id: 'ticket.note', title: 'Write an internal note', group: 'Writing', keys: ['n'], when: CURRENT_ANY },
  { id: 'composer.send', title: 'Send the reply or note', group: 'Writing', keys: ['$mod+Enter'], when: ['composer'] },
  { id: 'composer.sendAndNext', title: 'Send, then open the next ticket', group: 'Writing', keys: ['$mod+Shift+Enter'], when: ['composer'] },

  // Macros
  { id: 'macro.open', title: 'Insert a macro (with tickets selected: send it to all of them)', group: 'Macros', keys: ['m'], when: CURRENT_ANY },
  { id: 'macro.openInComposer', title: 'Insert a macro at the cursor', group: 'Macros', keys: ['$mod+Shift+m'], when: ['composer'] },
  { id: 'macro.favorite1', title: 'Favourite macro 1', group: 'Macros', keys: ['Alt+1'], when: MACRO_KEYS },
  { id: 'macro.favorite2', title: 'Favourite macro 2', group: 'Macros', keys: ['Alt+2'], when: MACRO_KEYS },
  { id: 'macro.favorite3', title: 'Favourite macro 3', group: 'Macros', keys: ['Alt+3'], when: MACRO_KEYS },
  { id: 'macro.favorite4', title: 'Favourite macro 4', group: 'Macros', keys: ['Alt+4'], when: MACRO_KEYS },
  { id: 'macro.favorite5', title: 'Favourite macro 5', group: 'Macros', keys: ['Alt+5'], when: MACRO_KEYS },
  { id: 'macro.new', title: 'Write a personal macro…', group: 'Macros', keys: ['Shift+M'], when: ANYWHERE },

  // Triage of the open ticket
  { id: 'ticket.take', title: 'Take this ticket (assign to me)', group: 'Triage', keys: ['t'], when: CURRENT },
  { id: 'queue.takeNext', title: 'Take the next most urgent ticket', group: 'Triage', keys: ['Shift+T'], when: ANYWHERE },
  { id: 'ticket.status.open', title: 'Status: open', group: 'Triage', keys: ['Shift+O'], when: CURRENT },
  { id: 'ticket.status.pending', title: 'Status: pending', group: 'Triage', keys: ['Shift+P'], when: CURRENT },
  { id: 'ticket.status.solved', title: 'Status: solved', group: 'Triage', keys: ['Shift+S'], when: CURRENT },
  { id: 'ticket.priority.low', title: 'Priority: low', group: 'Triage', keys: ['p l'], when: CURRENT },
  { id: 'ticket.priority.normal', title: 'Priority: normal', group: 'Triage', keys: ['p n'], when: CURRENT },
  { id: 'ticket.priority.high', title: 'Priority: high', group: 'Triage', keys: ['p h'], when: CURRENT },
  { id: 'ticket.priority.urgent', title: 'Priority: urgent', group: 'Triage', keys: ['p u'], when: CURRENT },
  { id: 'ticket.assignToMe', title: 'Assign to me', group: 'Triage', keys: ['a m'], when: CURRENT },
  { id: 'ticket.unassign', title: 'Unassign', group: 'Triage', keys: ['a u'], when: CURRENT },
  { id: 'ticket.tag', title: 'Edit tags…', group: 'Triage', keys: ['l'], when: CURRENT },
  { id: 'ticket.snooze', title: 'Snooze…', group: 'Triage', keys: ['b'], when: CURRENT },

  // Security
  { id: 'ticket.escalate', title: 'Escalate to security (at once, with the reason shown)', group: 'Security', keys: ['Shift+E'], when: CURRENT },
  { id: 'security.acknowledge', title: 'Security: acknowledge the escalation', group: 'Security', keys: ['Shift+A'], when: CURRENT },
  { id: 'security.claim', title: 'Security: claim the case (acknowledges it too)', group: 'Security', keys: ['Shift+C'], when: CURRENT },
  { id: 'security.deescalate', title: 'Security: de-escalate, with a reason…', group: 'Security', keys: ['Shift+D'], when: CURRENT },
  { id: 'audit.exportCsv', title: 'Export the audit log (CSV)', group: 'Security', keys: ['e c'], when: ANYWHERE },
  { id: 'audit.exportJson', title: 'Export the audit log (JSON)', group: 'Security', keys: ['e j'], when: ANYWHERE },

  // Selection and bulk changes
  { id: 'selection.toggle', title: 'Select or unselect this ticket', group: 'Selection and bulk', keys: ['x'], when: QUEUE },
  { id: 'selection.extendDown', title: 'Extend the selection down', group: 'Selection and bulk', keys: ['Shift+J', 'Shift+ArrowDown'], when: QUEUE, repeat: true },
  { id: 'selection.extendUp', title: 'Extend the selection up', group: 'Selection and bulk', keys: ['Shift+K', 'Shift+ArrowUp'], when: QUEUE, repeat: true },
  { id: 'selection.all', title: 'Select every ticket in the view (up to 1,000)', group: 'Selection and bulk', keys: ['$mod+a', '[Shift]+* a'], when: QUEUE },
  { id: 'selection.clear', title: 'Clear the selection', group: 'Selection and bulk', keys: ['Escape', '[Shift]+* n'], when: BULK },
  { id: 'bulk.status.open', title: 'Selected tickets: status open', group: 'Selection and bulk', keys: ['Shift+O'], when: BULK },
  { id: 'bulk.status.pending', title: 'Selected tickets: status pending', group: 'Selection and bulk', keys: ['Shift+P'], when: BULK },
  { id: 'bulk.status.solved', title: 'Selected tickets: status solved', group: 'Selection and bulk', keys: ['Shift+S'], when: BULK },
  { id: 'bulk.priority.low', title: 'Selected tickets: priority low', group: 'Selection and bulk', keys: ['p l'], when: BULK },
  { id: 'bulk.priority.normal', title: 'Selected tickets: priority normal', group: 'Selection and bulk', keys: ['p n'], when: BULK },
  { id: 'bulk.priority.high', title: 'Selected tickets: priority high', group: 'Selection and bulk', keys: ['p h'], when: BULK },
  { id: 'bulk.priority.urgent', title: 'Selected tickets: priority urgent', group: 'Selection and bulk', keys: ['p u'], when: BULK },
  { id: 'bulk.assignToMe', title: 'Selected tickets: assign to me', group: 'Selection and bulk', keys: ['a m'], when: BULK },
  { id: 'bulk.unassign', title: 'Selected tickets: unassign', group: 'Selection and bulk', keys: ['a u'], when: BULK },
  { id: 'bulk.snooze', title: 'Selected tickets: snooze…', group: 'Selection and bulk', keys: ['b'], when: BULK },

  // Views
  { id: 'view.1', title: 'View 1: all tickets', group: 'Views', keys: ['1'], when: ANYWHERE },
  { id: 'view.2', title: 'View 2: my tickets', group: 'Views', keys: ['2'], when: ANYWHERE },
  { id: 'view.3', title: 'View 3: unassigned, in my languages', group: 'Views', keys: ['3'], when: ANYWHERE },
  { id: 'view.4', title: 'View 4: security', group: 'Views', keys: ['4'], when: ANYWHERE },
  { id: 'view.5', title: 'View 5: snoozed', group: 'Views', keys: ['5'], when: ANYWHERE },

  // App
  { id: 'palette.open', title: 'Command palette', group: 'App', keys: ['$mod+k'], when: ANYWHERE },
  { id: 'help.keymap', title: 'Keyboard shortcuts', group: 'App', keys: ['[Shift]+?'], when: ANYWHERE },
  { id: 'settings.open', title: 'Settings: key bindings and auto-advance', group: 'App', keys: ['$mod+,'], when: ANYWHERE },
] as const satisfies readonly ActionDef[];

export type ActionId = (typeof ACTIONS)[number]['id'];
export type Bindings = Readonly<Record<ActionId, readonly string[]>>;

/** Up to this many keys per action (settings.set accepts four). */
export const MAX_KEYS_PER_ACTION = 4;

const BY_ID: ReadonlyMap<string, ActionDef> = new Map(ACTIONS.map((a) => [a.id, a]));

export function actionById(id: string): ActionDef | undefined {
  return BY_ID.get(id);
}

export function isActionId(id: string): id is ActionId {
  return BY_ID.has(id);
}

export function currentPlatform(): Platform {
  const nav = typeof navigator === 'object' ? navigator : undefined;
  return { mac: /Mac|iPod|iPhone|iPad/.test(nav?.platform ?? '') };
}

export function defaultBindings(): Bindings {
  return Object.fromEntries(ACTIONS.map((a) => [a.id, a.keys])) as unknown as Bindings;
}

export function boundActions(bindings: Bindings): BoundAction[] {
  return ACTIONS.map((a) => ({ id: a.id, title: a.title, when: a.when, keys: bindings[a.id] }));
}

/**
 * The keys in force: the defaults with the agent's overrides on top. An override that is unknown,
 * empty, unparsable or clashes with what is already in force is ignored, so every action always
 * has a working key even if the stored settings are from an older keymap.
 */
export function effectiveBindings(overrides: Readonly<Record<string, readonly string[]>>, platform: Platform): Bindings {
  const bindings: Record<string, readonly string[]> = { ...defaultBindings() };
  for (const [id, keys] of Object.entries(overrides)) {
    const def = actionById(id);
    if (!def || !Array.isArray(keys)) continue;
    const valid = keys.filter((k) => typeof k === 'string' && parseCombo(k, platform) !== null).slice(0, MAX_KEYS_PER_ACTION);
    if (valid.length === 0) continue;
    const candidate = { ...bindings, [id]: valid } as Bindings;
    const others = boundActions(candidate);
    if (valid.every((k) => checkBinding(def, k, others, platform).ok)) bindings[id] = valid;
  }
  return bindings as Bindings;
}

/** What to persist: only the actions whose keys differ from the defaults. */
export function overridesOf(bindings: Bindings, platform: Platform): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const a of ACTIONS) {
    const keys = bindings[a.id];
    const same = keys.length === a.keys.length && keys.every((k, i) => sameCombo(k, a.keys[i]!, platform));
    if (!same) out[a.id] = [...keys];
  }
  return out;
}

export function formatKeys(keys: readonly string[], platform: Platform): string {
  return keys.map((k) => formatCombo(k, platform)).join(' or ');
}

/** For aria-keyshortcuts: single presses only, in ARIA's spelling ("Control+Enter"). */
export function ariaKeyShortcuts(keys: readonly string[], platform: Platform): string | undefined {
  const out: string[] = [];
  for (const combo of keys) {
    const presses = parseCombo(combo, platform);
    if (!presses || presses.length !== 1) continue;
    const p = presses[0]!;
    const mods = (['Control', 'Meta', 'Alt', 'Shift'] as const).filter((m) => p.required.has(m));
    const key = p.key.length === 1 ? p.key : ARIA_KEYS[p.key] ?? p.key;
    out.push([...mods, key].join('+'));
  }
  return out.length > 0 ? out.join(' ') : undefined;
}

const ARIA_KEYS: Readonly<Record<string, string>> = {
  enter: 'Enter',
  escape: 'Escape',
  arrowdown: 'ArrowDown',
  arrowup: 'ArrowUp',
  arrowleft: 'ArrowLeft',
  arrowright: 'ArrowRight',
  pageup: 'PageUp',
  pagedown: 'PageDown',
  home: 'Home',
  end: 'End',
  space: 'Space',
  tab: 'Tab',
};

export const CONTEXT_LABELS: Readonly<Record<When, string>> = {
  queue: 'queue',
  selection: 'with tickets selected',
  ticket: 'open ticket',
  composer: 'while writing',
  anywhere: 'anywhere',
};

export function whereLabel(when: readonly When[]): string {
  if (when.includes('anywhere')) return CONTEXT_LABELS.anywhere;
  return when.map((w) => CONTEXT_LABELS[w]).join(', ');
}

/** The one-line reminder in the footer, from the keys in force. */
export function shortcutHelp(bindings: Bindings, platform: Platform): string {
  const k = (id: ActionId) => formatCombo(bindings[id][0]!, platform);
  return [
    `${k('queue.next')}/${k('queue.prev')} move`,
    `${k('ticket.open')} open`,
    `${k('ticket.reply')} reply`,
    `${k('composer.send')} send`,
    `${k('selection.toggle')} select`,
    `${k('search.focus')} search`,
    `${k('palette.open')} commands`,
    `${k('help.keymap')} all shortcuts`,
  ].join(' · ');
}
