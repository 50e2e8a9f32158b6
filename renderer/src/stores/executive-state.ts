import type { SuggestedReply } from '../../../preload/contract/crisis-types';
import type { TicketDetail } from '../../../preload/contract/queue-types';
import type { ExecutivePhase } from '../lib/executive-rules';
import { replyBlockers, type ReplyBlocker } from '../lib/reply-blockers';
import { useMacroStore } from './macro-store';

// The executive desk's state and the rules read from it; the actions live in executive-*-actions.ts.

/** Where focus should go after an action; seq makes the same request count twice. */
export interface FocusRequest {
  target: 'takeNext' | 'conversation' | 'reply';
  seq: number;
}

export interface ExecutiveState {
  phase: ExecutivePhase;
  ticketId: string | null;
  detail: TicketDetail | null;
  /** undefined while it is prepared; null when the library has nothing for the topic. */
  suggestion: SuggestedReply | null | undefined;
  text: string;
  /** The text the last rendering put in the text area; a different text means the executive wrote their own. */
  renderedText: string;
  fields: Readonly<Record<string, string>>;
  /** What the last rendering reported missing. */
  missing: readonly string[];
  sending: boolean;
  escalating: boolean;
  /** The customer wrote again since the conversation was loaded; nothing was sent. */
  collision: boolean;
  replyEntryId: number | null;
  escalationEntryId: number | null;
  note: string;
  focus: FocusRequest | null;

  /** After a reload or a crash: back to the ticket the executive had taken and not answered yet. */
  resume(): Promise<void>;
  takeNext(): Promise<void>;
  setText(text: string): void;
  setField(key: string, value: string): void;
  restoreSuggestion(): void;
  setNote(note: string): void;
  send(): Promise<boolean>;
  escalate(): Promise<boolean>;
  retry(entryId: number): Promise<void>;
  refresh(): Promise<void>;
  requestFocus(target: FocusRequest['target']): void;
  /** Follows main's events for the open ticket; returns the unsubscribe. */
  listen(): () => void;
}

/** The state of a ticket just taken, before its conversation and suggestion arrive. */
export const FRESH_TICKET = {
  detail: null,
  suggestion: undefined,
  text: '',
  renderedText: '',
  fields: {},
  missing: [],
  sending: false,
  escalating: false,
  collision: false,
  replyEntryId: null,
  escalationEntryId: null,
  note: '',
} satisfies Partial<ExecutiveState>;

/** The label of a fill-in field of the suggested macro, as the library names it. */
export function fieldLabel(macroId: string | undefined, key: string): string {
  const macro = macroId ? useMacroStore.getState().macros.find((m) => m.id === macroId) : undefined;
  return macro?.requiredFields.find((f) => f.key === key)?.label ?? key;
}

/** The fill-in fields to offer: the macro's own, and any the rendering reports missing. */
export function fieldKeys(macroId: string | undefined, missing: readonly string[]): string[] {
  const macro = macroId ? useMacroStore.getState().macros.find((m) => m.id === macroId) : undefined;
  const keys = macro?.requiredFields.map((f) => f.key) ?? [];
  for (const path of missing) if (path.startsWith('fields.')) keys.push(path.slice('fields.'.length));
  return [...new Set(keys)];
}

export function blockersOf(s: Pick<ExecutiveState, 'text' | 'renderedText' | 'missing' | 'fields' | 'suggestion'>): ReplyBlocker[] {
  const macroId = s.suggestion?.macroId;
  return replyBlockers(s, (key) => fieldLabel(macroId, key));
}

export function canSend(s: ExecutiveState): boolean {
  return s.phase === 'working' && !s.sending && s.detail !== null && s.suggestion !== undefined && blockersOf(s).length === 0;
}
