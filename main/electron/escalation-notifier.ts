import type { BrowserWindow, Notification as ElectronNotification } from 'electron';
import { isolatedPlainText } from '../../preload/contract/customer-text';
import type { AppServices } from '../services/app/app-services';

type NotificationClass = typeof ElectronNotification;

/**
 * The notification's words. The ticket id, name and subject come from a customer or a backend:
 * each is cut to length, its hidden characters shown as marks and isolated, so the system's
 * notification cannot be turned around by a direction control (customer-text.ts).
 */
export function escalationNotificationText(notice: { ticketId: string; subject: string; customerName: string }): { title: string; body: string } {
  return {
    title: `Security escalation ${isolatedPlainText(notice.ticketId.slice(0, 64))}`,
    body: `${isolatedPlainText(notice.customerName.slice(0, 80))}: ${isolatedPlainText(notice.subject.slice(0, 120))}`,
  };
}

/**
 * The security desk's desktop alert: a native notification the moment an escalation arrives
 * through sync; clicking it brings the desk forward (the renderer already shows the case).
 */
export function notifyEscalations(services: AppServices, Notification: NotificationClass, window: () => BrowserWindow | null): () => void {
  if (!Notification.isSupported()) return () => {};
  return services.subscribe((event, payload) => {
    if (event !== 'escalation.arrived') return;
    for (const notice of (payload as { tickets: Array<{ ticketId: string; subject: string; customerName: string }> }).tickets.slice(0, 5)) {
      const note = new Notification({ ...escalationNotificationText(notice), urgency: 'critical' });
      note.on('click', () => {
        const w = window();
        if (w) {
          if (w.isMinimized()) w.restore();
          w.focus();
        }
      });
      note.show();
    }
  });
}
