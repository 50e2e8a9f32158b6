import type { EscalationNotice } from '../../../preload/contract/queue-types';
import { translate } from '../i18n';

type Opener = (ticketId: string) => void;

/** In the desktop app, main shows native notifications; only the browser-hosted desk uses the web API. */
export function webNotificationsApply(): boolean {
  return window.agentdesk?.host === 'browser' && typeof Notification === 'function';
}

export function webNotificationPermission(): NotificationPermission | 'unsupported' {
  return webNotificationsApply() ? Notification.permission : 'unsupported';
}

/** Must run from a click: browsers only ask for permission on a user gesture. */
export async function askForWebNotifications(): Promise<NotificationPermission | 'unsupported'> {
  if (!webNotificationsApply()) return 'unsupported';
  return Notification.requestPermission();
}

/** One notification per new escalation (a few at most), in the interface language; clicking one opens its ticket. */
export function notifyEscalations(notices: readonly EscalationNotice[], open: Opener): void {
  if (!webNotificationsApply() || Notification.permission !== 'granted') return;
  for (const notice of notices.slice(0, 5)) {
    const note = new Notification(translate('security.notification.title', { ticketId: notice.ticketId }), {
      body: translate('security.notification.body', { customerName: notice.customerName, subject: notice.subject }).slice(0, 200),
      tag: `escalation-${notice.ticketId}`,
      requireInteraction: true,
    });
    note.onclick = () => {
      window.focus();
      open(notice.ticketId);
      note.close();
    };
  }
}
