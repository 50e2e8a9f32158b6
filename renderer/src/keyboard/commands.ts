import type { ChannelResult } from '../../../preload/contract/channels';
import type { Priority, TicketStatus } from '../../../preload/contract/domain-types';
import { QUEUE_VIEWS } from '../../../preload/contract/queue-types';
import { takeChanges } from '../../../preload/rules/ticket-taking';
import { call } from '../bridge';
import { languageName, translate } from '../i18n';
import { announce } from '../stores/announce-store';
import { useEscalationStore } from '../stores/escalation-store';
import { useMacroStore } from '../stores/macro-store';
import { activeComposer } from '../stores/composer-link';
import { useDialogStore, type Origin } from '../stores/dialog-store';
import { reportError, useErrorStore } from '../stores/error-store';
import { rowAt, useQueueStore } from '../stores/queue-store';
import { MAX_SELECTION, useSelectionStore } from '../stores/selection-store';
import { useSessionStore } from '../stores/session-store';
import { useSettingsStore } from '../stores/settings-store';
import { useTicketStore, type TicketChanges } from '../stores/ticket-store';
import { useTopicGroupStore } from '../stores/topic-group-store';
import { useUiStore } from '../stores/ui-store';
import { usePrivacyStore } from '../stores/privacy-store';
import { useProtectionStore } from '../stores/protection-store';
import type { ProtectiveAction } from '../../../preload/contract/protection-types';
import { FOCUS_IDS, focusIsLost, focusRegion } from './focus';
import { actionById, type ActionId } from './keymap';

/**
 * What each action of the keymap does. Keys, the palette and the bulk bar all come here, with
 * the context the agent was in, so the same action behaves the same whichever way it was asked.
 */

const queue = () => useQueueStore.getState();
const tickets = () => useTicketStore.getState();
const selection = () => useSelectionStore.getState();

const PAGE_STEP = 10;
const SELECT_ALL_PAGE = 500;

function queueFocused(): boolean {
  return document.activeElement?.id === FOCUS_IDS.queue;
}

/** After moving in the queue, the listbox must hold focus so the active row is announced. */
function moved(): void {
  queue().reveal(queue().selectedIndex);
  if (!queueFocused()) focusRegion('queue');
}

function currentTicket(): string | null {
  const id = tickets().currentId;
  if (id === null) announce(translate('app.announce.noTicketOpen'));
  return id;
}

function myId(): string | null {
  return useSessionStore.getState().session?.agent.id ?? null;
}

function subjectOf(ticketId: string): string | null {
  const detail = tickets().details[ticketId];
  if (detail) return detail.ticket.subject;
  return tickets().rows[ticketId]?.subject ?? null;
}

// ---------------------------------------------------------------- opening and advancing

/** Opens a ticket found elsewhere, moving the queue selection onto it when it is in this view. */
export async function openTicket(ticketId: string): Promise<void> {
  const view = queue().view;
  let index: number | null = null;
  try {
    index = (await call('queue.locate', { view, ticketId })).index;
  } catch (err) {
    reportError(translate('app.error.findingTicket'), err);
  }
  if (queue().view !== view) index = null;
  queue().showTicket(ticketId, index);
}

/** The next ticket in the queue opens (auto-advance, send and next). */
function advance(origin: Origin): boolean {
  const before = queue().selectedId;
  queue().move(1);
  queue().reveal(queue().selectedIndex);
  const changed = queue().selectedId !== before;
  if (origin.context === 'composer' || origin.context === 'ticket' || focusIsLost()) {
    // The composer and the ticket's controls belong to the ticket just left.
    if (!focusRegion('ticket')) focusRegion('queue');
  }
  return changed;
}

// ---------------------------------------------------------------- changes to the open ticket

function changeCurrent(changes: TicketChanges, words: string): string | null {
  const id = currentTicket();
  if (id === null) return null;
  void tickets().update(id, changes);
  announce(words);
  return id;
}

function setStatus(status: TicketStatus, origin: Origin): void {
  if (changeCurrent({ status }, translate('app.announce.statusSet', { status })) === null) return;
  if (!useSettingsStore.getState().autoAdvance) return;
  if (advance(origin)) announce(translate('app.announce.statusSetNext', { status }));
  else announce(translate('app.announce.statusSetLast', { status }));
}

function take(): void {
  const id = currentTicket();
  const me = myId();
  if (id === null || me === null) return;
  const ticket = tickets().details[id]?.ticket;
  if (ticket && ticket.assigneeId === me) {
    announce(translate('app.announce.alreadyYours'));
    return;
  }
  const status = ticket?.status ?? tickets().rows[id]?.status;
  void tickets().update(id, takeChanges(me, status));
  announce(translate('app.announce.assignedToYou'));
}

async function takeNext(): Promise<void> {
  let result: ChannelResult<'ticket.takeNext'>;
  try {
    result = await call('ticket.takeNext', {});
  } catch (err) {
    reportError(translate('app.error.takingNext'), err);
    return;
  }
  if (result.ticketId === null) {
    announce(translate('app.announce.nothingToTake'));
    return;
  }
  if (result.entry) tickets().applyOutbox([result.entry]);
  await openTicket(result.ticketId);
  focusRegion('ticket');
  const subject = subjectOf(result.ticketId);
  announce(subject ? translate('app.announce.tookSubject', { id: result.ticketId, subject }) : translate('app.announce.took', { id: result.ticketId }));
}

function compose(mode: 'reply' | 'note'): void {
  const id = currentTicket();
  if (id === null) return;
  useUiStore.getState().requestComposerFocus(id, mode);
  // If the composer is already mounted, focus it now; otherwise it honours the request on mount.
  if (focusRegion('composer')) useUiStore.getState().clearComposerFocus();
}

async function send(andNext: boolean): Promise<void> {
  const composer = activeComposer();
  if (!composer) {
    announce(translate('app.announce.nothingToSend'));
    return;
  }
  const ticketId = composer.ticketId;
  const queued = await composer.send();
  if (!queued || !andNext || tickets().currentId !== ticketId) return;
  if (advance({ context: 'composer', element: null })) announce(translate('app.announce.replyQueuedNext'));
}

// ---------------------------------------------------------------- selection and bulk

function toggleSelection(): void {
  const { selectedId, view } = queue();
  if (selectedId === null) {
    announce(translate('app.announce.noTicketToSelect'));
    return;
  }
  const before = selection().ids.size;
  const checked = selection().toggle(selectedId, view);
  const count = selection().ids.size;
  if (checked || count < before) announce(translate(checked ? 'app.announce.checked' : 'app.announce.unchecked', { count }));
  else announce(translate('app.announce.selectionCap', { max: MAX_SELECTION }));
}

function extendSelection(delta: 1 | -1): void {
  const q = queue();
  if (!q.total || q.selectedIndex < 0) return;
  // Shift+j/k: the rows between where it started and the cursor, on top of what was checked.
  let range = selection().range;
  if (!range || range.view !== q.view || range.cursor !== q.selectedIndex) {
    range = { view: q.view, anchor: q.selectedIndex, cursor: q.selectedIndex, base: new Set(selection().view === q.view ? selection().ids : []) };
    selection().setRange(range);
    if (q.selectedId !== null) selection().add([q.selectedId], q.view);
  }
  const from = q.selectedIndex;
  const to = Math.min(q.total - 1, Math.max(0, from + delta));
  if (to === from) return;
  q.select(to);
  moved();
  const awayFromAnchor = Math.abs(to - range.anchor) > Math.abs(from - range.anchor);
  const pages = queue().pages;
  if (awayFromAnchor) {
    const id = rowAt(pages, to)?.id;
    if (id) selection().add([id], q.view);
  } else {
    const id = rowAt(pages, from)?.id;
    if (id && !range.base.has(id)) selection().remove([id]);
  }
  selection().setRange({ ...range, cursor: to });
  const count = selection().ids.size;
  announce(translate('app.announce.selectionCount', { count }));
}

/** Every row of the view, read page by page from main, up to the bulk limit. */
async function selectAll(): Promise<void> {
  const { view, total } = queue();
  if (!total) {
    announce(translate('app.announce.noTicketsInView'));
    return;
  }
  const ids: string[] = [];
  let inView = total;
  try {
    while (ids.length < MAX_SELECTION) {
      const limit = Math.min(SELECT_ALL_PAGE, MAX_SELECTION - ids.length);
      const page = await call('queue.page', { view, offset: ids.length, limit });
      if (queue().view !== view) return;
      inView = page.total;
      ids.push(...page.rows.map((r) => r.id));
      if (page.rows.length < limit || ids.length >= page.total) break;
    }
  } catch (err) {
    reportError(translate('app.error.selectingAll'), err);
    return;
  }
  const capped = inView > ids.length && ids.length >= MAX_SELECTION;
  const note = capped ? translate('app.announce.selectAllCapped', { count: ids.length, total: inView, max: MAX_SELECTION }) : null;
  useSelectionStore.getState().replace(ids, view, note);
  announce(note ?? translate('app.announce.selectAll', { count: ids.length }));
}

function clearSelection(): void {
  const count = selection().ids.size;
  selection().setRange(null);
  if (count === 0) {
    announce(translate('app.announce.nothingSelected'));
    return;
  }
  selection().clear();
  announce(translate('app.announce.selectionCleared'));
}

/** Keeps focus in the queue after the bulk bar (which may hold focus) goes away. */
function backToQueue(): void {
  const active = document.activeElement;
  if (focusIsLost() || active?.closest('[data-bulk-bar]')) focusRegion('queue');
}

/** `words` says what was done, in the interface language ("Status set to pending"). */
export async function bulkChange(changes: TicketChanges, words: string, ticketIds?: readonly string[]): Promise<boolean> {
  const ids = ticketIds ?? [...selection().ids];
  if (ids.length === 0) {
    announce(translate('app.announce.noTicketsSelected'));
    return false;
  }
  try {
    const { entries } = await call('ticket.bulkUpdate', { ticketIds: [...ids], changes });
    tickets().applyOutbox(entries);
    tickets().invalidate(ids);
  } catch (err) {
    reportError(translate('app.error.changingSelected'), err);
    backToQueue();
    return false;
  }
  if (!ticketIds) {
    selection().setRange(null);
    selection().clear();
  }
  announce(translate('app.announce.bulkDone', { what: words, count: ids.length }));
  backToQueue();
  return true;
}

/** Snooze for the tickets a picker was opened for; null wakes them. */
export async function snooze(ticketIds: readonly string[], until: number | null, bulk: boolean, words: string): Promise<void> {
  if (bulk) {
    // The picker was opened for the current selection, which is cleared once it is done.
    await bulkChange({ snoozedUntil: until }, words);
    return;
  }
  const id = ticketIds[0];
  if (id === undefined) return;
  if (await tickets().update(id, { snoozedUntil: until })) announce(words);
}

export async function saveTags(ticketId: string, tags: readonly string[]): Promise<boolean> {
  const ok = await tickets().update(ticketId, { tags: [...tags] });
  if (ok) announce(tags.length === 0 ? translate('app.announce.tagsRemoved') : translate('app.announce.tagsSaved', { tags: tags.join(', ') }));
  return ok;
}

// ---------------------------------------------------------------- what the keymap's actions call

function openDialog(kind: 'palette' | 'keymap' | 'settings' | 'macroEditor', origin: Origin): void {
  useDialogStore.getState().show(kind, origin);
}

function back(origin: Origin): void {
  if (origin.context === 'composer') {
    if (!focusRegion('ticket')) focusRegion('queue');
    return;
  }
  if (origin.context === 'ticket' || !queueFocused()) {
    focusRegion('queue');
    queue().revealSelection();
    return;
  }
  // Already in the queue: Esc dismisses the newest error banner, if any.
  const errors = useErrorStore.getState();
  const last = errors.errors.at(-1);
  if (last) errors.dismiss(last.id);
}

function focusSearch(): void {
  const input = document.getElementById(FOCUS_IDS.search);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  }
}

function switchView(n: number): void {
  const view = QUEUE_VIEWS[n - 1];
  useUiStore.getState().setScreen('desk');
  if (view) queue().setView(view);
  focusRegion('queue');
}

function toggleTopicGroups(): void {
  // On the desk it switches the grouping on and off; from another screen it opens the desk grouped.
  const onDesk = useUiStore.getState().screen === 'desk';
  useUiStore.getState().setScreen('desk');
  if (onDesk || !useTopicGroupStore.getState().active) useTopicGroupStore.getState().toggle();
}

function openMacros(origin: Origin): void {
  if (origin.context === 'selection') {
    const ids = [...selection().ids];
    if (ids.length > 0) useDialogStore.getState().show('macros', origin, ids, true);
    return;
  }
  const ticketId = currentTicket();
  if (ticketId !== null) useDialogStore.getState().show('macros', origin, [ticketId]);
}

function snoozeSelection(origin: Origin): void {
  const ids = [...selection().ids];
  if (ids.length === 0) announce(translate('app.announce.noTicketsSelected'));
  else useDialogStore.getState().show('snooze', origin, ids, true);
}

/**
 * Every operation the keymap's actions are made of (keymap.ts declares which action calls what):
 * handed to `run` and `enabled`, so the keymap itself imports no store.
 */
const desk = {
  hasOpenTicket: (): boolean => tickets().currentId !== null,
  hasSelection: (): boolean => selection().ids.size > 0,
  composing: (): boolean => activeComposer() !== null,
  isSecurityAgent: (): boolean => useSessionStore.getState().session?.agent.role === 'security',

  moveQueue(delta: number): void {
    queue().move(delta);
    moved();
  },
  moveQueuePage(direction: 1 | -1): void {
    queue().move(direction * PAGE_STEP);
    moved();
  },
  moveQueueToEdge(edge: 'first' | 'last'): void {
    queue().moveToEdge(edge);
    moved();
  },
  /** Reading on: the pane shows the neighbour, focus stays in the conversation. */
  readOn(delta: 1 | -1): void {
    queue().move(delta);
    queue().reveal(queue().selectedIndex);
  },
  focusOpenTicket(): void {
    if (tickets().currentId !== null) focusRegion('ticket');
  },
  back,
  focusSearch,
  openDialog,
  compose,
  send,
  take,
  takeNext,
  setStatus,
  setPriority(priority: Priority): void {
    changeCurrent({ priority }, translate('app.announce.prioritySet', { priority }));
  },
  assignToMe(): void {
    const me = myId();
    if (me !== null) changeCurrent({ assigneeId: me }, translate('app.announce.assignedToYou'));
  },
  unassign(): void {
    changeCurrent({ assigneeId: null }, translate('app.announce.unassigned'));
  },
  showForOpenTicket(kind: 'tags' | 'snooze', origin: Origin): void {
    const ticketId = currentTicket();
    if (ticketId !== null) useDialogStore.getState().show(kind, origin, [ticketId]);
  },
  toggleSelection,
  extendSelection,
  selectAll,
  clearSelection,
  bulkStatus: (status: TicketStatus): Promise<boolean> => bulkChange({ status }, translate('app.announce.statusSet', { status })),
  bulkPriority: (priority: Priority): Promise<boolean> => bulkChange({ priority }, translate('app.announce.prioritySet', { priority })),
  bulkAssignToMe(): void {
    const me = myId();
    if (me !== null) void bulkChange({ assigneeId: me }, translate('app.announce.bulkAssigned'));
  },
  bulkUnassign: (): Promise<boolean> => bulkChange({ assigneeId: null }, translate('app.announce.bulkUnassigned')),
  snoozeSelection,
  switchView,
  showDesk(): void {
    useUiStore.getState().setScreen('desk');
    focusRegion('queue');
  },
  showScreen(screen: 'surge' | 'reports'): void {
    useUiStore.getState().setScreen(screen);
  },
  toggleTopicGroups,
  escalate(): void {
    const ticketId = currentTicket();
    if (ticketId !== null) void useEscalationStore.getState().escalate(ticketId, tickets().details[ticketId]?.ticket.topic ?? tickets().rows[ticketId]?.topic);
  },
  withdrawEscalation: (): Promise<unknown> => useEscalationStore.getState().withdrawLast(),
  acknowledge(claim: boolean): void {
    const ticketId = currentTicket();
    if (ticketId !== null) void useEscalationStore.getState().acknowledge(ticketId, claim);
  },
  deescalate(): void {
    const ticketId = currentTicket();
    if (ticketId !== null) useUiStore.getState().setDeescalating(ticketId);
  },
  openMacros,
  openMacrosInComposer(origin: Origin): void {
    const composer = activeComposer();
    if (composer) useDialogStore.getState().show('macros', origin, [composer.ticketId]);
  },
  insertFavorite: (slot: number, origin: Origin): Promise<void> => insertFavorite(slot, origin),
  exportAudit: (format: 'csv' | 'json'): Promise<void> => exportAudit(format),
  openReveal(origin: Origin): void {
    const ticketId = currentTicket();
    if (ticketId !== null) usePrivacyStore.getState().openReveal(ticketId, origin);
  },
  toggleScreenShare: (): Promise<void> => usePrivacyStore.getState().toggleScreenShare(),
  protect(action: ProtectiveAction): void {
    const ticketId = currentTicket();
    if (ticketId !== null) void useProtectionStore.getState().apply(ticketId, action);
  },
  requestUndo(): void {
    const ticketId = currentTicket();
    if (ticketId !== null) useProtectionStore.getState().openRequest(ticketId, null);
  },
  /** Approves the open case's pending request made by someone else (the back office refuses anyone's own). */
  approveUndo(): void {
    const ticketId = currentTicket();
    const me = myId();
    const overview = ticketId !== null ? useProtectionStore.getState().byTicket[ticketId] : undefined;
    const request = overview?.kind === 'found' ? overview.requests.find((r) => r.state === 'pending' && r.requestedBy !== me) : undefined;
    if (ticketId !== null && request) void useProtectionStore.getState().approve(ticketId, request.id);
  },
};

export type DeskCommands = typeof desk;

/** Runs an action as the keymap declares it, from keys, the palette, the bulk bar or a button. */
export function runAction(id: ActionId, origin: Origin): void {
  const action = actionById(id);
  if (!action) return;
  if (!action.extendsRange) selection().setRange(null);
  action.run(desk, origin);
}

/** Whether running the action now can do anything (the palette greys out the rest). */
export function actionAvailable(id: ActionId): boolean {
  return actionById(id)?.enabled?.(desk) ?? true;
}

/**
 * A favourite key: the macro goes straight into the reply when nothing is missing; otherwise the
 * picker opens on it so the agent fills in what it needs.
 */
async function insertFavorite(slot: number, origin: Origin): Promise<void> {
  const macroId = useSettingsStore.getState().favoriteMacroIds[slot - 1];
  if (!macroId) {
    announce(translate('app.announce.noFavourite', { slot }));
    return;
  }
  const ticketId = currentTicket();
  const composer = activeComposer();
  if (ticketId === null || !composer || composer.ticketId !== ticketId) return;
  try {
    const preview = await call('macro.render', { macroId, ticketId });
    const macro = useMacroStore.getState().macros.find((m) => m.id === macroId);
    if (preview.error === null && preview.missing.length === 0 && macro) {
      composer.insert(preview.text);
      useMacroStore.getState().inserted(ticketId, macro);
      announce(
        preview.language
          ? translate('app.announce.insertedMacro', { title: macro.title, language: languageName(preview.language) })
          : translate('app.announce.insertedMacroNoLanguage', { title: macro.title }),
      );
    } else {
      useDialogStore.getState().show('macros', origin, [ticketId], false, macroId);
    }
  } catch (err) {
    reportError(translate('app.error.insertingFavourite'), err);
  }
}

/** Saves the verified audit log as a file the agent can hand on; says so when the chain is broken. */
async function exportAudit(format: 'csv' | 'json'): Promise<void> {
  try {
    const exported = await call('audit.export', { format });
    const url = URL.createObjectURL(new Blob([exported.content], { type: format === 'csv' ? 'text/csv' : 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = exported.filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    announce(
      exported.verification.ok
        ? translate('app.announce.auditExported', { count: exported.entries })
        : translate('app.announce.auditBroken', { entry: exported.verification.brokenAt ?? '?', reason: exported.verification.reason ?? '' }),
    );
  } catch (err) {
    reportError(translate('app.error.exportingAudit'), err);
  }
}
