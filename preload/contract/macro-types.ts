import type { Language, Macro } from './domain-types';
import type { OutboxEntry } from './queue-types';

export interface MacroSummary extends Macro {
  /** How often this agent put it into a reply. */
  uses: number;
  lastUsedAt: number | null;
}

export interface MacroPreview {
  macroId: string;
  ticketId: string;
  /** The body used: the ticket's language, else English, else the first one. */
  language: Language | null;
  text: string;
  /** Placeholders without a value or fallback, and unfilled required fields: sending waits for them. */
  missing: string[];
  error: string | null;
}

export interface MacroSaveResult {
  macro: Macro | null;
  /** Sentences that ask the customer for a secret; the macro was not saved unless the agent allowed it. */
  flagged: Array<{ language: Language; sentence: string; term: string }>;
}

export interface BulkMacroResult {
  entries: OutboxEntry[];
  /** Tickets the macro could not go to, and why (a missing value, a right the agent lacks). */
  skipped: Array<{ ticketId: string; reason: string }>;
  /** Replies queued per language. */
  languages: Partial<Record<Language, number>>;
  /** Until then the whole batch can be taken back with outbox.undo. */
  undoUntil: number;
}
