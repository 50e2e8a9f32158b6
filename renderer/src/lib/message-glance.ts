import type { Message } from '../../../preload/contract/domain-types';

type Shown = Pick<Message, 'id'> & { pending: boolean };

/**
 * The newest message the agent has on screen, for collision checks: the bottom-most one that
 * came from the backend. The agent's own pending messages are not "seen" news, so they are skipped.
 */
export function newestSeenMessageId(messages: readonly Shown[]): string | null {
  for (let i = messages.length - 1; i >= 0; i--) {
    const m = messages[i];
    if (m && !m.pending) return m.id;
  }
  return null;
}

/** One line, at most `max` characters: enough to recognise a message without reading it all. */
export function previewText(body: string, max = 140): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
