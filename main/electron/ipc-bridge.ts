import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcMain } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../preload/contract';
import type { AppServices } from '../services/app/app-services';
import { isAppUrl } from './window-security';

/** Answers only the app's own main frame: a message from any other frame or page is refused. */
export function isTrustedSender(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
}

/** One ipcMain handler per contract channel, each delegating to the shared, validating dispatch. */
export function registerIpc(services: AppServices, appUrl: string): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(IPC_PREFIX + channel, async (event, input: unknown) => {
      if (!isTrustedSender(event, appUrl)) return { ok: false, error: { code: 'forbidden', message: 'untrusted sender' } };
      return services.dispatch(channel, input);
    });
  }
}

/** Pushes main's events to the window over a single prefixed channel. */
export function forwardEvents(services: AppServices, contents: WebContents): () => void {
  return services.subscribe((name, payload) => {
    if (!contents.isDestroyed()) contents.send(`${IPC_PREFIX}event`, { name, payload });
  });
}
