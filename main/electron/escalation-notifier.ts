import type { BrowserWindow, Notification as ElectronNotification } from 'electron';
import type { AppServices } from '../services/app/app-services';

type NotificationClass = typeof ElectronNotification;

/**
 * The security desk's desktop alert: a native notification the moment an escalation arrives
 * through sync; clicking it brings the desk forward (the renderer already shows the case).
 */
export function notifyEscalations(services: AppServices, Notification: NotificationClass, window: () => BrowserWindow | null): () => void {
  if (!Notification.isSupported()) return () => {};
  return services.subscribe((event, payload) => {
    if (event !== 'escalation.arrived') return;
    for (const notice of (payload as { tickets: Array<{ ticketId: string; subject: string; customerName: string }> }).tickets.slice(0, 5)) {
      const note = new Notification({ title: `Security escalation ${notice.ticketId}`, body: `${notice.customerName}: ${notice.subject}`.slice(0, 200), urgency: 'critical' });
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
