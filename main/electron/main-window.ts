import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions } from 'electron';

type BrowserWindowClass = new (options: BrowserWindowConstructorOptions) => BrowserWindowType;

/**
 * The one window, with Electron's security checklist written out literally (so reviewers and
 * Electronegativity can read it here). The constructor is passed in so a test can check the
 * exact options without Electron.
 */
export function createMainWindow(BrowserWindow: BrowserWindowClass, preloadPath: string): BrowserWindowType {
  return new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'AgentDesk',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // Middle-click would open links in new windows.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  });
}
