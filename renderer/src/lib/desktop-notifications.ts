import type { EscalationNotice } from '../../../preload/contract/queue-types';
import { translate } from '../i18n';
import { isolatedPlainText } from '../../../preload/contract/customer-text';

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
    // Customer text reaches the system's notification as plain text: each value cut to length first,
    // then marked and isolated (customer-text.ts), so no direction control acts on the sentence.
    const note = new Notification(translate('security.notification.title', { ticketId: isolatedPlainText(notice.ticketId.slice(0, 64)) }), {
      body: translate('security.notification.body', { customerName: isolatedPlainText(notice.customerName.slice(0, 80)), subject: isolatedPlainText(notice.subject.slice(0, 120)) }),
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
