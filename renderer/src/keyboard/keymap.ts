import { translate, type MessageId } from '../i18n';
import type { KeymapActionId } from '../../../preload/contract/action-ids';
import type { Origin } from '../stores/dialog-store';
import { checkBinding, formatCombo, parseCombo, sameCombo, type BoundAction, type Context, type Platform } from './clashes';
import type { DeskCommands } from './commands';

/**
 * The keymap: every action the desk offers, declared once with a group, its default keys, where
 * those keys work, what it does (`run`) and when it can (`enabled`). Key handling
 * (useShortcuts.ts), the command palette, the `?` overlay and the settings view are all built from
 * this one list; the operations the actions call live in commands.ts, the titles in the interface
 * language in i18n/catalogs/<language>.json (`action.<id>`, `actionGroup.<group>`).
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

const GROUP_TITLE = {
  app: 'actionGroup.app',
  bulk: 'actionGroup.bulk',
  macros: 'actionGroup.macros',
  navigation: 'actionGroup.navigation',
  security: 'actionGroup.security',
  triage: 'actionGroup.triage',
  views: 'actionGroup.views',
  writing: 'actionGroup.writing',
} as const satisfies Record<ActionGroup, MessageId>;

/**
 * One declaration per action: its data (id, group, keys, contexts) and what it does. `run` and
 * `enabled` get the desk's operations (keyboard/commands.ts) handed in, so this list imports no store.
 */
export interface ActionDef {
  id: string;
  /** Its title in the catalogs: `action.<id>`. */
  title: MessageId;
  group: ActionGroup;
  keys: readonly string[];
  when: readonly When[];
  /** Fires again while the key is held (moving); other actions ignore auto-repeat. */
  repeat?: boolean;
  /** Does the action, in the context the agent was in (keys, palette, buttons all come here). */
  run(desk: DeskCommands, origin: Origin): void;
  /** Whether running it now can do anything (the palette greys out the rest); absent: always. */
  enabled?(desk: DeskCommands): boolean;
  /** Shift+j/k: the range being extended goes on; every other action ends it. */
  extendsRange?: true;
}

const QUEUE: readonly When[] = ['queue', 'selection'];
const CURRENT: readonly When[] = ['queue', 'ticket'];
const CURRENT_ANY: readonly When[] = ['queue', 'selection', 'ticket'];
const BULK: readonly When[] = ['selection'];
const ANYWHERE: readonly When[] = ['anywhere'];
const MACRO_KEYS: readonly When[] = ['queue', 'ticket', 'composer'];

// What an action needs before it can do anything.
const OPEN_TICKET = (d: DeskCommands): boolean => d.hasOpenTicket();
const SELECTED = (d: DeskCommands): boolean => d.hasSelection();
const COMPOSING = (d: DeskCommands): boolean => d.composing();
const SECURITY_DESK = (d: DeskCommands): boolean => d.hasOpenTicket() && d.isSecurityAgent();

export const ACTIONS = [
  // Navigation
  { id: 'queue.next', title: 'action.queue.next', group: 'navigation', keys: ['j', 'ArrowDown'], when: QUEUE, repeat: true, run: (d) => d.moveQueue(1) },
  { id: 'queue.prev', title: 'action.queue.prev', group: 'navigation', keys: ['k', 'ArrowUp'], when: QUEUE, repeat: true, run: (d) => d.moveQueue(-1) },
  { id: 'queue.pageDown', title: 'action.queue.pageDown', group: 'navigation', keys: ['PageDown'], when: QUEUE, repeat: true, run: (d) => d.moveQueuePage(1) },
  { id: 'queue.pageUp', title: 'action.queue.pageUp', group: 'navigation', keys: ['PageUp'], when: QUEUE, repeat: true, run: (d) => d.moveQueuePage(-1) },
  { id: 'queue.first', title: 'action.queue.first', group: 'navigation', keys: ['Home'], when: QUEUE, run: (d) => d.moveQueueToEdge('first') },
  { id: 'queue.last', title: 'action.queue.last', group: 'navigation', keys: ['End'], when: QUEUE, run: (d) => d.moveQueueToEdge('last') },
  { id: 'ticket.open', title: 'action.ticket.open', group: 'navigation', keys: ['Enter'], when: QUEUE, enabled: OPEN_TICKET, run: (d) => d.focusOpenTicket() },
  { id: 'ticket.next', title: 'action.ticket.next', group: 'navigation', keys: ['j'], when: ['ticket'], repeat: true, enabled: OPEN_TICKET, run: (d) => d.readOn(1) },
  { id: 'ticket.prev', title: 'action.ticket.prev', group: 'navigation', keys: ['k'], when: ['ticket'], repeat: true, enabled: OPEN_TICKET, run: (d) => d.readOn(-1) },
  { id: 'nav.back', title: 'action.nav.back', group: 'navigation', keys: ['Escape'], when: ['queue', 'ticket', 'composer'], run: (d, origin) => d.back(origin) },
  { id: 'search.focus', title: 'action.search.focus', group: 'navigation', keys: ['/'], when: ANYWHERE, run: (d) => d.focusSearch() },

  // Writing
  { id: 'ticket.reply', title: 'action.ticket.reply', group: 'writing', keys: ['r'], when: CURRENT_ANY, enabled: OPEN_TICKET, run: (d) => d.compose('reply') },
  { id: 'ticket.note', title: 'action.ticket.note', group: 'writing', keys: ['n'], when: CURRENT_ANY, enabled: OPEN_TICKET, run: (d) => d.compose('note') },
  { id: 'composer.send', title: 'action.composer.send', group: 'writing', keys: ['$mod+Enter'], when: ['composer'], enabled: COMPOSING, run: (d) => void d.send(false) },
  { id: 'composer.sendAndNext', title: 'action.composer.sendAndNext', group: 'writing', keys: ['$mod+Shift+Enter'], when: ['composer'], enabled: COMPOSING, run: (d) => void d.send(true) },

  // Macros
  { id: 'macro.open', title: 'action.macro.open', group: 'macros', keys: ['m'], when: CURRENT_ANY, run: (d, origin) => d.openMacros(origin) },
  { id: 'macro.openInComposer', title: 'action.macro.openInComposer', group: 'macros', keys: ['$mod+Shift+m'], when: ['composer'], run: (d, origin) => d.openMacrosInComposer(origin) },
  { id: 'macro.favorite1', title: 'action.macro.favorite1', group: 'macros', keys: ['Alt+1'], when: MACRO_KEYS, run: (d, origin) => void d.insertFavorite(1, origin) },
  { id: 'macro.favorite2', title: 'action.macro.favorite2', group: 'macros', keys: ['Alt+2'], when: MACRO_KEYS, run: (d, origin) => void d.insertFavorite(2, origin) },
  { id: 'macro.favorite3', title: 'action.macro.favorite3', group: 'macros', keys: ['Alt+3'], when: MACRO_KEYS, run: (d, origin) => void d.insertFavorite(3, origin) },
  { id: 'macro.favorite4', title: 'action.macro.favorite4', group: 'macros', keys: ['Alt+4'], when: MACRO_KEYS, run: (d, origin) => void d.insertFavorite(4, origin) },
  { id: 'macro.favorite5', title: 'action.macro.favorite5', group: 'macros', keys: ['Alt+5'], when: MACRO_KEYS, run: (d, origin) => void d.insertFavorite(5, origin) },
  { id: 'macro.new', title: 'action.macro.new', group: 'macros', keys: ['Shift+M'], when: ANYWHERE, run: (d, origin) => d.openDialog('macroEditor', origin) },

  // Triage of the open ticket
  { id: 'ticket.take', title: 'action.ticket.take', group: 'triage', keys: ['t'], when: CURRENT, enabled: OPEN_TICKET, run: (d) => d.take() },
  { id: 'queue.takeNext', title: 'action.queue.takeNext', group: 'triage', keys: ['Shift+T'], when: ANYWHERE, run: (d) => void d.takeNext() },
  { id: 'ticket.status.open', title: 'action.ticket.status.open', group: 'triage', keys: ['Shift+O'], when: CURRENT, enabled: OPEN_TICKET, run: (d, origin) => d.setStatus('open', origin) },
  { id: 'ticket.status.pending', title: 'action.ticket.status.pending', group: 'triage', keys: ['Shift+P'], when: CURRENT, enabled: OPEN_TICKET, run: (d, origin) => d.setStatus('pending', origin) },
  { id: 'ticket.status.solved', title: 'action.ticket.status.solved', group: 'triage', keys: ['Shift+S'], when: CURRENT, enabled: OPEN_TICKET, run: (d, origin) => d.setStatus('solved', origin) },
  { id: 'ticket.priority.low', title: 'action.ticket.priority.low', group: 'triage', keys: ['p l'], when: CURRENT, enabled: OPEN_TICKET, run: (d) => d.setPriority('low') },
  { id: 'ticket.priority.normal', title: 'action.ticket.priority.normal', group: 'triage', keys: ['p n'], when: CURRENT, enabled: OPEN_TICKET, run: (d) => d.setPriority('normal') },
  { id: 'ticket.priority.high', title: 'action.ticket.priority.high', group: 'triage', keys: ['p h'], when: CURRENT, enabled: OPEN_TICKET, run: (d) => d.setPriority('high') },
  { id: 'ticket.priority.urgent', title: 'action.ticket.priority.urgent', group: 'triage', keys: ['p u'], when: CURRENT, enabled: OPEN_TICKET, run: (d) => d.setPriority('urgent') },
  { id: 'ticket.assignToMe', title: 'action.ticket.assignToMe', group: 'triage', keys: ['a m'], when: CURRENT, enabled: OPEN_TICKET, run: (d) => d.assignToMe() },
  { id: 'ticket.unassign', title: 'action.ticket.unassign', group: 'triage', keys: ['a u'], when: CURRENT, enabled: OPEN_TICKET, run: (d) => d.unassign() },
  { id: 'ticket.tag', title: 'action.ticket.tag', group: 'triage', keys: ['l'], when: CURRENT, enabled: OPEN_TICKET, run: (d, origin) => d.showForOpenTicket('tags', origin) },
  { id: 'ticket.snooze', title: 'action.ticket.snooze', group: 'triage', keys: ['b'], when: CURRENT, enabled: OPEN_TICKET, run: (d, origin) => d.showForOpenTicket('snooze', origin) },

  // Security
  { id: 'ticket.escalate', title: 'action.ticket.escalate', group: 'security', keys: ['Shift+E'], when: CURRENT, enabled: OPEN_TICKET, run: (d) => d.escalate() },
  { id: 'escalation.undo', title: 'action.escalation.undo', group: 'security', keys: ['u'], when: CURRENT_ANY, run: (d) => void d.withdrawEscalation() },
  { id: 'security.acknowledge', title: 'action.security.acknowledge', group: 'security', keys: ['Shift+A'], when: CURRENT, enabled: SECURITY_DESK, run: (d) => d.acknowledge(false) },
  { id: 'security.claim', title: 'action.security.claim', group: 'security', keys: ['Shift+C'], when: CURRENT, enabled: SECURITY_DESK, run: (d) => d.acknowledge(true) },
  { id: 'security.deescalate', title: 'action.security.deescalate', group: 'security', keys: ['Shift+D'], when: CURRENT, enabled: SECURITY_DESK, run: (d) => d.deescalate() },
  { id: 'audit.exportCsv', title: 'action.audit.exportCsv', group: 'security', keys: ['e c'], when: ANYWHERE, run: (d) => void d.exportAudit('csv') },
  { id: 'audit.exportJson', title: 'action.audit.exportJson', group: 'security', keys: ['e j'], when: ANYWHERE, run: (d) => void d.exportAudit('json') },
  { id: 'privacy.reveal', title: 'action.privacy.reveal', group: 'security', keys: ['v'], when: CURRENT, enabled: OPEN_TICKET, run: (d, origin) => d.openReveal(origin) },
  { id: 'privacy.screenShare', title: 'action.privacy.screenShare', group: 'security', keys: ['Shift+H'], when: ANYWHERE, run: (d) => void d.toggleScreenShare() },
  // Protective actions on the open security case (security agents; the back office refuses anyone else).
  { id: 'security.freezeWithdrawals', title: 'action.security.freezeWithdrawals', group: 'security', keys: ['Shift+W'], when: CURRENT, enabled: SECURITY_DESK, run: (d) => d.protect('freeze_withdrawals') },
  { id: 'security.lockAccount', title: 'action.security.lockAccount', group: 'security', keys: ['Shift+L'], when: CURRENT, enabled: SECURITY_DESK, run: (d) => d.protect('lock_account') },
  { id: 'security.signOutSessions', title: 'action.security.signOutSessions', group: 'security', keys: ['Shift+Q'], when: CURRENT, enabled: SECURITY_DESK, run: (d) => d.protect('sign_out_sessions') },
  { id: 'security.resetTwoFactor', title: 'action.security.resetTwoFactor', group: 'security', keys: ['Shift+F'], when: CURRENT, enabled: SECURITY_DESK, run: (d) => d.protect('reset_two_factor') },
  { id: 'security.requestUndo', title: 'action.security.requestUndo', group: 'security', keys: ['Shift+U'], when: CURRENT, enabled: SECURITY_DESK, run: (d) => d.requestUndo() },
  { id: 'security.approveUndo', title: 'action.security.approveUndo', group: 'security', keys: ['Shift+Y'], when: CURRENT, enabled: SECURITY_DESK, run: (d) => d.approveUndo() },

  // Selection and bulk changes
  { id: 'selection.toggle', title: 'action.selection.toggle', group: 'bulk', keys: ['x'], when: QUEUE, run: (d) => d.toggleSelection() },
  { id: 'selection.extendDown', title: 'action.selection.extendDown', group: 'bulk', keys: ['Shift+J', 'Shift+ArrowDown'], when: QUEUE, repeat: true, extendsRange: true, run: (d) => d.extendSelection(1) },
  { id: 'selection.extendUp', title: 'action.selection.extendUp', group: 'bulk', keys: ['Shift+K', 'Shift+ArrowUp'], when: QUEUE, repeat: true, extendsRange: true, run: (d) => d.extendSelection(-1) },
  { id: 'selection.all', title: 'action.selection.all', group: 'bulk', keys: ['$mod+a', '[Shift]+* a'], when: QUEUE, run: (d) => void d.selectAll() },
  { id: 'selection.clear', title: 'action.selection.clear', group: 'bulk', keys: ['Escape', '[Shift]+* n'], when: BULK, enabled: SELECTED, run: (d) => d.clearSelection() },
  { id: 'bulk.status.open', title: 'action.bulk.status.open', group: 'bulk', keys: ['Shift+O'], when: BULK, enabled: SELECTED, run: (d) => void d.bulkStatus('open') },
  { id: 'bulk.status.pending', title: 'action.bulk.status.pending', group: 'bulk', keys: ['Shift+P'], when: BULK, enabled: SELECTED, run: (d) => void d.bulkStatus('pending') },
  { id: 'bulk.status.solved', title: 'action.bulk.status.solved', group: 'bulk', keys: ['Shift+S'], when: BULK, enabled: SELECTED, run: (d) => void d.bulkStatus('solved') },
  { id: 'bulk.priority.low', title: 'action.bulk.priority.low', group: 'bulk', keys: ['p l'], when: BULK, enabled: SELECTED, run: (d) => void d.bulkPriority('low') },
  { id: 'bulk.priority.normal', title: 'action.bulk.priority.normal', group: 'bulk', keys: ['p n'], when: BULK, enabled: SELECTED, run: (d) => void d.bulkPriority('normal') },
  { id: 'bulk.priority.high', title: 'action.bulk.priority.high', group: 'bulk', keys: ['p h'], when: BULK, enabled: SELECTED, run: (d) => void d.bulkPriority('high') },
  { id: 'bulk.priority.urgent', title: 'action.bulk.priority.urgent', group: 'bulk', keys: ['p u'], when: BULK, enabled: SELECTED, run: (d) => void d.bulkPriority('urgent') },
  { id: 'bulk.assignToMe', title: 'action.bulk.assignToMe', group: 'bulk', keys: ['a m'], when: BULK, enabled: SELECTED, run: (d) => d.bulkAssignToMe() },
  { id: 'bulk.unassign', title: 'action.bulk.unassign', group: 'bulk', keys: ['a u'], when: BULK, enabled: SELECTED, run: (d) => void d.bulkUnassign() },
  { id: 'bulk.snooze', title: 'action.bulk.snooze', group: 'bulk', keys: ['b'], when: BULK, enabled: SELECTED, run: (d, origin) => d.snoozeSelection(origin) },

  // Views
  { id: 'view.1', title: 'action.view.1', group: 'views', keys: ['1'], when: ANYWHERE, run: (d) => d.switchView(1) },
  { id: 'view.2', title: 'action.view.2', group: 'views', keys: ['2'], when: ANYWHERE, run: (d) => d.switchView(2) },
  { id: 'view.3', title: 'action.view.3', group: 'views', keys: ['3'], when: ANYWHERE, run: (d) => d.switchView(3) },
  { id: 'view.4', title: 'action.view.4', group: 'views', keys: ['4'], when: ANYWHERE, run: (d) => d.switchView(4) },
  { id: 'view.5', title: 'action.view.5', group: 'views', keys: ['5'], when: ANYWHERE, run: (d) => d.switchView(5) },
  { id: 'queue.groupByTopic', title: 'action.queue.groupByTopic', group: 'views', keys: ['g t'], when: QUEUE, run: (d) => d.toggleTopicGroups() },
  { id: 'screen.desk', title: 'action.screen.desk', group: 'views', keys: ['g q'], when: ANYWHERE, run: (d) => d.showDesk() },
  { id: 'screen.surge', title: 'action.screen.surge', group: 'views', keys: ['g s'], when: ANYWHERE, run: (d) => d.showScreen('surge') },
  { id: 'screen.reports', title: 'action.screen.reports', group: 'views', keys: ['g r'], when: ANYWHERE, run: (d) => d.showScreen('reports') },

  // App
  { id: 'palette.open', title: 'action.palette.open', group: 'app', keys: ['$mod+k'], when: ANYWHERE, run: (d, origin) => d.openDialog('palette', origin) },
  { id: 'help.keymap', title: 'action.help.keymap', group: 'app', keys: ['[Shift]+?'], when: ANYWHERE, run: (d, origin) => d.openDialog('keymap', origin) },
  { id: 'settings.open', title: 'action.settings.open', group: 'app', keys: ['$mod+,'], when: ANYWHERE, run: (d, origin) => d.openDialog('settings', origin) },
] as const satisfies readonly (ActionDef & { id: KeymapActionId })[];

export type ActionId = (typeof ACTIONS)[number]['id'];

// Each action's title is `action.<its id>`: a title copied from the line above does not compile.
type MistitledAction = { [A in (typeof ACTIONS)[number] as A['title'] extends `action.${A['id']}` ? never : A['id']]: A };
const everyTitleIsItsOwn: keyof MistitledAction extends never ? true : never = true;
void everyTitleIsItsOwn;

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
  return translate(BY_ID.get(id)!.title);
}

export function groupTitle(group: ActionGroup): string {
  return translate(GROUP_TITLE[group]);
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

const WHERE_LABEL = {
  anywhere: 'actionWhere.anywhere',
  composer: 'actionWhere.composer',
  queue: 'actionWhere.queue',
  selection: 'actionWhere.selection',
  ticket: 'actionWhere.ticket',
} as const satisfies Record<When, MessageId>;

/** Where an action's keys work, in the interface language: "queue, open ticket". */
export function whereLabel(when: readonly When[]): string {
  if (when.includes('anywhere')) return translate('actionWhere.anywhere');
  return when.map((w) => translate(WHERE_LABEL[w])).join(', ');
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
