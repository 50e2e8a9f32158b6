import type { BrowserWindow, Dialog, Shell } from 'electron';

/**
 * The agent sees the full address and confirms before anything opens; the URL was already
 * checked (http/https, no credentials) by the services. Electron's dialog and shell are passed
 * in so this is testable without Electron.
 */
export function confirmAndOpen(deps: { dialog: Pick<Dialog, 'showMessageBox'>; shell: Pick<Shell, 'openExternal'>; window: () => BrowserWindow | null }) {
  return async (url: string): Promise<boolean> => {
    const parent = deps.window();
    const options = {
      type: 'warning' as const,
      buttons: ['Cancel', 'Open in browser'],
      defaultId: 0,
      cancelId: 0,
      title: 'Open an external link?',
      message: 'This link leaves AgentDesk. Check the full address before you open it:',
      detail: url,
      noLink: true,
    };
    const { response } = parent ? await deps.dialog.showMessageBox(parent, options) : await deps.dialog.showMessageBox(options);
    if (response !== 1) return false;
    await deps.shell.openExternal(url, { activate: true });
    return true;
  };
}
