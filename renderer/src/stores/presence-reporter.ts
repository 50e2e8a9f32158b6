import { call } from '../bridge';
import { useTicketStore } from './ticket-store';

/** j/k through the queue would otherwise announce every ticket passed on the way. */
const SELECTION_SETTLE_MS = 250;
/** While typing, "still typing" is repeated at most this often. */
const TYPING_THROTTLE_MS = 3000;
/** No keystroke for this long and the agent is no longer typing. */
const TYPING_IDLE_MS = 4000;

// What main was last told; undefined = nothing yet, so the first report always goes out.
let viewing: string | null | undefined;
let typingOn: string | null = null;
let lastTypingSentAt = 0;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

function send(ticketId: string | null, typing: boolean): void {
  // Best effort: presence is a hint for colleagues, and main re-announces it periodically.
  call('presence.set', { ticketId, typing }).catch(() => {});
}

function clearIdle(): void {
  if (idleTimer !== null) clearTimeout(idleTimer);
  idleTimer = null;
}

function reportViewing(ticketId: string | null): void {
  if (ticketId === viewing && typingOn === null) return;
  // Opening another ticket ends typing on the previous one: the same call says both.
  clearIdle();
  typingOn = null;
  viewing = ticketId;
  send(ticketId, false);
}

/** Called on every edit in a composer. */
export function reportTyping(ticketId: string): void {
  const now = Date.now();
  if (typingOn !== ticketId || now - lastTypingSentAt >= TYPING_THROTTLE_MS) {
    typingOn = ticketId;
    viewing = ticketId;
    lastTypingSentAt = now;
    send(ticketId, true);
  }
  clearIdle();
  idleTimer = setTimeout(() => reportStoppedTyping(ticketId), TYPING_IDLE_MS);
}

/** After a send, or when the keystrokes stop. */
export function reportStoppedTyping(ticketId: string): void {
  clearIdle();
  if (typingOn !== ticketId) return;
  typingOn = null;
  lastTypingSentAt = 0;
  send(ticketId, false);
}

/** Tells main which ticket the pane shows, whenever that changes. Returns the unsubscribe. */
export function linkPresenceToSelection(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      reportViewing(useTicketStore.getState().currentId);
    }, SELECTION_SETTLE_MS);
  };
  schedule();
  const unsubscribe = useTicketStore.subscribe((s, prev) => {
    if (s.currentId !== prev.currentId) schedule();
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
    reportViewing(null);
    viewing = undefined;
  };
}
