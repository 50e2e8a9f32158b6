import { create } from 'zustand';
import type { RevealableField, RevealReason, SecurityAlarm } from '../../../preload/contract/privacy-types';
import { call } from '../bridge';
import { translate, REVEAL_FIELD_LABEL } from '../i18n';
import { revealRefusalText } from '../lib/privacy-wording';
import { announce } from './announce-store';
import type { Origin } from './dialog-store';
import { reportError } from './error-store';
import { useSessionStore } from './session-store';
import { useTicketStore } from './ticket-store';
import { useAccountStore } from './account-store';

/** How often the security desk looks for new alarms (insider guard, audit chain). */
const ALARM_POLL_MS = 10_000;

interface PrivacyState {
  /** The ticket whose masked detail the reveal dialog is open for. */
  revealTicketId: string | null;
  revealOrigin: Origin | null;
  screenShare: boolean;
  alarms: SecurityAlarm[];
  openReveal(ticketId: string, origin: Origin): void;
  closeReveal(): void;
  /** Resolves true when main shows the value; a refusal is announced and reported in words. */
  reveal(ticketId: string, field: RevealableField, reason: RevealReason, note: string): Promise<boolean>;
  toggleScreenShare(): Promise<void>;
  loadAlarms(): Promise<void>;
  clearAlarm(alarmId: string): Promise<void>;
}

/** Every ticket the desk holds is read again, and the open one's account panel: what main masks changed. */
function rereadTickets(): void {
  const { details, invalidate, currentId } = useTicketStore.getState();
  invalidate(Object.keys(details));
  if (currentId !== null) void useAccountStore.getState().load(currentId);
}

/** Main's word on screen-share mode, as the open ticket last told it (it outlives a reload of the page). */
export function screenShareInMain(): boolean {
  const { details, currentId } = useTicketStore.getState();
  return currentId !== null && details[currentId]?.privacy?.screenShare === true;
}

export const usePrivacyStore = create<PrivacyState>()((set, get) => ({
  revealTicketId: null,
  revealOrigin: null,
  screenShare: false,
  alarms: [],
  openReveal(ticketId, origin) {
    set({ revealTicketId: ticketId, revealOrigin: origin });
  },
  closeReveal() {
    set({ revealTicketId: null, revealOrigin: null });
  },
  async reveal(ticketId, field, reason, note) {
    try {
      const result = await call('customer.reveal', { ticketId, field, reason, ...(note.trim() ? { note: note.trim() } : {}) });
      if (result.refusal) {
        const text = revealRefusalText(result.refusal, translate);
        announce(text);
        reportError(translate('privacy.action.reveal'), new Error(text));
        return false;
      }
      useTicketStore.getState().invalidate([ticketId]);
      // A revealed balance or sign-in address shows in the account panel too.
      if (field === 'balance' || field === 'ip') void useAccountStore.getState().load(ticketId);
      announce(translate('privacy.announce.revealed', { field: translate(REVEAL_FIELD_LABEL[field]), minutes: 10 }));
      return true;
    } catch (err) {
      reportError(translate('privacy.action.reveal'), err);
      return false;
    }
  },
  async toggleScreenShare() {
    try {
      const { on } = await call('privacy.screenShare', { on: !(get().screenShare || screenShareInMain()) });
      set({ screenShare: on });
      rereadTickets();
      announce(translate(on ? 'privacy.announce.screenShareOn' : 'privacy.announce.screenShareOff'));
    } catch (err) {
      reportError(translate('privacy.action.screenShare'), err);
    }
  },
  async loadAlarms() {
    if (useSessionStore.getState().session?.agent.role !== 'security') return;
    try {
      const { alarms } = await call('security.alarms', {});
      set({ alarms });
    } catch (err) {
      reportError(translate('privacy.action.alarms'), err);
    }
  },
  async clearAlarm(alarmId) {
    try {
      await call('security.clearAlarm', { alarmId });
      await get().loadAlarms();
    } catch (err) {
      reportError(translate('privacy.action.clearAlarm'), err);
    }
  },
}));

/** The security desk looks for alarms now and every few seconds; returns the stop. */
export function watchSecurityAlarms(): () => void {
  void usePrivacyStore.getState().loadAlarms();
  const timer = setInterval(() => void usePrivacyStore.getState().loadAlarms(), ALARM_POLL_MS);
  return () => clearInterval(timer);
}
