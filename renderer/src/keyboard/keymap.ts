import { translate } from '../i18n';
import type { KeymapActionId } from '../../../preload/contract/action-ids';
import { checkBinding, formatCombo, parseCombo, sameCombo, type BoundAction, type Context, type Platform } from './clashes';

/**
 * The keymap as data: every action the desk offers, with a group, its default keys and where
 * those keys work. Key handling (useShortcuts.ts), the command palette, the `?` overlay and the
 * settings view are all built from this one list; the behaviour lives in commands.ts, the titles
 * in the interface language in i18n/messages/actions.ts (`action.<id>`, `actionGroup.<group>`).
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

export type ActionGroup = 'navigation' | 'views' | 'writing' | 'macros' | 'triage' | 'security' | 'bulk' | 'app';
export const ACTION_GROUPS: readonly ActionGroup[] = ['navigation', 'writing', 'macros', 'triage', 'security', 'bulk', 'views', 'app'];

export interface ActionDef {
  id: string;
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
  { id: 'queue.next', group: 'navigation', keys: ['j', 'ArrowDown'], when: QUEUE, repeat: true },
  { id: 'queue.prev', group: 'navigation', keys: ['k', 'ArrowUp'], when: QUEUE, repeat: true },
  { id: 'queue.pageDown', group: 'navigation', keys: ['PageDown'], when: QUEUE, repeat: true },
  { id: 'queue.pageUp', group: 'navigation', keys: ['PageUp'], when: QUEUE, repeat: true },
  { id: 'queue.first', group: 'navigation', keys: ['Home'], when: QUEUE },
  { id: 'queue.last', group: 'navigation', keys: ['End'], when: QUEUE },
  { id: 'ticket.open', group: 'navigation', keys: ['Enter'], when: QUEUE },
  { id: 'ticket.next', group: 'navigation', keys: ['j'], when: ['ticket'], repeat: true },
  { id: 'ticket.prev', group: 'navigation', keys: ['k'], when: ['ticket'], repeat: true },
  { id: 'nav.back', group: 'navigation', keys: ['Escape'], when: ['queue', 'ticket', 'composer'] },
  { id: 'search.focus', group: 'navigation', keys: ['/'], when: ANYWHERE },

  // Writing
  { id: 'ticket.reply', group: 'writing', keys: ['r'], when: CURRENT_ANY },
  { id: 'ticket.note', group: 'writing', keys: ['n'], when: CURRENT_ANY },
  { id: 'composer.send', group: 'writing', keys: ['$mod+Enter'], when: ['composer'] },
  { id: 'composer.sendAndNext', group: 'writing', keys: ['$mod+Shift+Enter'], when: ['composer'] },

  // Macros
  { id: 'macro.open', group: 'macros', keys: ['m'], when: CURRENT_ANY },
  { id: 'macro.openInComposer', group: 'macros', keys: ['$mod+Shift+m'], when: ['composer'] },
  { id: 'macro.favorite1', group: 'macros', keys: ['Alt+1'], when: MACRO_KEYS },
  { id: 'macro.favorite2', group: 'macros', keys: ['Alt+2'], when: MACRO_KEYS },
  { id: 'macro.favorite3', group: 'macros', keys: ['Alt+3'], when: MACRO_KEYS },
  { id: 'macro.favorite4', group: 'macros', keys: ['Alt+4'], when: MACRO_KEYS },
  { id: 'macro.favorite5', group: 'macros', keys: ['Alt+5'], when: MACRO_KEYS },
  { id: 'macro.new', group: 'macros', keys: ['Shift+M'], when: ANYWHERE },

  // Triage of the open ticket
  { id: 'ticket.take', group: 'triage', keys: ['t'], when: CURRENT },
  { id: 'queue.takeNext', group: 'triage', keys: ['Shift+T'], when: ANYWHERE },
  { id: 'ticket.status.open', group: 'triage', keys: ['Shift+O'], when: CURRENT },
  { id: 'ticket.status.pending', group: 'triage', keys: ['Shift+P'], when: CURRENT },
  { id: 'ticket.status.solved', group: 'triage', keys: ['Shift+S'], when: CURRENT },
  { id: 'ticket.priority.low', group: 'triage', keys: ['p l'], when: CURRENT },
  { id: 'ticket.priority.normal', group: 'triage', keys: ['p n'], when: CURRENT },
  { id: 'ticket.priority.high', group: 'triage', keys: ['p h'], when: CURRENT },
  { id: 'ticket.priority.urgent', group: 'triage', keys: ['p u'], when: CURRENT },
  { id: 'ticket.assignToMe', group: 'triage', keys: ['a m'], when: CURRENT },
  { id: 'ticket.unassign', group: 'triage', keys: ['a u'], when: CURRENT },
  { id: 'ticket.tag', group: 'triage', keys: ['l'], when: CURRENT },
  { id: 'ticket.snooze', group: 'triage', keys: ['b'], when: CURRENT },

  // Security
  { id: 'ticket.escalate', group: 'security', keys: ['Shift+E'], when: CURRENT },
  { id: 'escalation.undo', group: 'security', keys: ['u'], when: CURRENT_ANY },
  { id: 'security.acknowledge', group: 'security', keys: ['Shift+A'], when: CURRENT },
  { id: 'security.claim', group: 'security', keys: ['Shift+C'], when: CURRENT },
  { id: 'security.deescalate', group: 'security', keys: ['Shift+D'], when: CURRENT },
  { id: 'audit.exportCsv', group: 'security', keys: ['e c'], when: ANYWHERE },
  { id: 'audit.exportJson', group: 'security', keys: ['e j'], when: ANYWHERE },

  // Selection and bulk changes
  { id: 'selection.toggle', group: 'bulk', keys: ['x'], when: QUEUE },
  { id: 'selection.extendDown', group: 'bulk', keys: ['Shift+J', 'Shift+ArrowDown'], when: QUEUE, repeat: true },
  { id: 'selection.extendUp', group: 'bulk', keys: ['Shift+K', 'Shift+ArrowUp'], when: QUEUE, repeat: true },
  { id: 'selection.all', group: 'bulk', keys: ['$mod+a', '[Shift]+* a'], when: QUEUE },
  { id: 'selection.clear', group: 'bulk', keys: ['Escape', '[Shift]+* n'], when: BULK },
  { id: 'bulk.status.open', group: 'bulk', keys: ['Shift+O'], when: BULK },
  { id: 'bulk.status.pending', group: 'bulk', keys: ['Shift+P'], when: BULK },
  { id: 'bulk.status.solved', group: 'bulk', keys: ['Shift+S'], when: BULK },
  { id: 'bulk.priority.low', group: 'bulk', keys: ['p l'], when: BULK },
  { id: 'bulk.priority.normal', group: 'bulk', keys: ['p n'], when: BULK },
  { id: 'bulk.priority.high', group: 'bulk', keys: ['p h'], when: BULK },
  { id: 'bulk.priority.urgent', group: 'bulk', keys: ['p u'], when: BULK },
  { id: 'bulk.assignToMe', group: 'bulk', keys: ['a m'], when: BULK },
  { id: 'bulk.unassign', group: 'bulk', keys: ['a u'], when: BULK },
  { id: 'bulk.snooze', group: 'bulk', keys: ['b'], when: BULK },

  // Views
  { id: 'view.1', group: 'views', keys: ['1'], when: ANYWHERE },
  { id: 'view.2', group: 'views', keys: ['2'], when: ANYWHERE },
  { id: 'view.3', group: 'views', keys: ['3'], when: ANYWHERE },
  { id: 'view.4', group: 'views', keys: ['4'], when: ANYWHERE },
  { id: 'view.5', group: 'views', keys: ['5'], when: ANYWHERE },
  { id: 'queue.groupByTopic', group: 'views', keys: ['g t'], when: QUEUE },
  { id: 'screen.desk', group: 'views', keys: ['g q'], when: ANYWHERE },
  { id: 'screen.surge', group: 'views', keys: ['g s'], when: ANYWHERE },
  { id: 'screen.reports', group: 'views', keys: ['g r'], when: ANYWHERE },

  // App
  { id: 'palette.open', group: 'app', keys: ['$mod+k'], when: ANYWHERE },
  { id: 'help.keymap', group: 'app', keys: ['[Shift]+?'], when: ANYWHERE },
  { id: 'settings.open', group: 'app', keys: ['$mod+,'], when: ANYWHERE },
] as const satisfies readonly (ActionDef & { id: KeymapActionId })[];

export type ActionId = (typeof ACTIONS)[number]['id'];

// The contract's list (which settings.set validates against) and this keymap name the same
// actions: an id here that the contract lacks fails the `satisfies` above, and one the contract
// has that is missing here fails this line.
const everyContractActionIsInTheKeymap: [Exclude<KeymapActionId, ActionId>] extends [never] ? true : never = true;
void everyContractActionIsInTheKeymap;
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

/** An action's title in the interface language (a missing one is a compile error here). */
export function actionTitle(id: ActionId): string {
  return translate(`action.${id}`);
}

export function groupTitle(group: ActionGroup): string {
  return translate(`actionGroup.${group}`);
}

export function boundActions(bindings: Bindings): BoundAction[] {
  return ACTIONS.map((a) => ({ id: a.id, title: actionTitle(a.id), when: a.when, keys: bindings[a.id] }));
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
  return keys.map((k) => formatCombo(k, platform)).join(` ${translate('actionKeys.or')} `);
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

/** Where an action's keys work, in the interface language: "queue, open ticket". */
export function whereLabel(when: readonly When[]): string {
  if (when.includes('anywhere')) return translate('actionWhere.anywhere');
  return when.map((w) => translate(`actionWhere.${w}`)).join(', ');
}

/** The one-line reminder in the footer, from the keys in force, in the interface language. */
export function shortcutHelp(bindings: Bindings, platform: Platform): string {
  const k = (id: ActionId) => formatCombo(bindings[id][0]!, platform);
  return [
    translate('actionHelp.move', { keys: `${k('queue.next')}/${k('queue.prev')}` }),
    translate('actionHelp.open', { keys: k('ticket.open') }),
    translate('actionHelp.reply', { keys: k('ticket.reply') }),
    translate('actionHelp.send', { keys: k('composer.send') }),
    translate('actionHelp.select', { keys: k('selection.toggle') }),
    translate('actionHelp.search', { keys: k('search.focus') }),
    translate('actionHelp.commands', { keys: k('palette.open') }),
    translate('actionHelp.all', { keys: k('help.keymap') }),
  ].join(' · ');
}
