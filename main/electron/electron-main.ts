import { app, BrowserWindow, dialog, Menu, Notification, safeStorage, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deskBackendConfig, parseDeskOptions } from '../cli/cli-options';
import type { AppServices } from '../services/app/app-services';
import { startDesk } from '../services/app/desk-host';
import { keychainTokens } from '../services/secrets/token-keeper';
import { createLogger } from '../services/logging/logger';
import { forwardEvents, registerIpc } from './ipc-bridge';
import { EncryptedSecretStore } from '../services/secrets/encrypted-secret-store';
import { confirmAndOpen } from './confirm-external-link';
import { notifyEscalations } from './escalation-notifier';
import { createMainWindow } from './main-window';
import { denyAllPermissions, enforceCsp, guardWebContents } from './window-security';

// Thin glue: parse options, start the plain-Node services, open one locked-down window.
const logger = createLogger({ name: 'agentdesk' });
const options = parseDeskOptions(process.argv.slice(app.isPackaged ? 1 : 2).filter((a) => !a.startsWith('--inspect')), join(app.getPath('userData'), 'desk'), { allowStoredToken: true });
const rendererIndex = join(__dirname, '..', 'renderer', 'index.html');
const appUrl = pathToFileURL(rendererIndex).toString();
let services: AppServices | null = null;
let mainWindow: BrowserWindow | null = null;

app.enableSandbox();

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appUrl));

app.whenReady().then(async () => {
  // No default menu: its accelerators (Ctrl+A, Ctrl+R, Ctrl+W, zoom, devtools) would act before the page's keymap.
  if (process.platform !== 'darwin') Menu.setApplicationMenu(null);
  denyAllPermissions(session.defaultSession);
  enforceCsp(session.defaultSession);
  // A standalone backend's token is kept by the OS keychain, so it is typed once, never stored in plain text.
  const secrets = new EncryptedSecretStore(join(options.dataDir, 'secrets.json'), safeStorage, (message) => logger.warn({}, message));
  let backend = options.backend ? deskBackendConfig(options, options.backend.url, options.backend.token) : undefined;
  if (backend) {
    try {
      secrets.set(`backend-token:${backend.url}`, backend.token);
    } catch (error) {
      logger.warn({ message: (error as Error).message }, 'backend token not remembered');
    }
  } else if (options.backendUrl) {
    const token = secrets.get(`backend-token:${options.backendUrl}`);
    if (!token) throw new Error(`no stored token for ${options.backendUrl}: start once with --backend and --token`);
    // The kind (and Zendesk's email) come from the command line each time; only the token is kept.
    backend = deskBackendConfig(options, options.backendUrl, token);
  }
  services = await startDesk({
    dataDir: options.dataDir,
    tokens: keychainTokens(secrets),
    logger,
    appVersion: app.getVersion(),
    trafficPerMinute: options.trafficPerMinute,
    openExternal: confirmAndOpen({ dialog, shell, window: () => mainWindow }),
    ...(backend ? { commandLineBackend: backend } : {}),
    ...(options.agentId ? { agentId: options.agentId } : {}),
    ...(options.backOffice ? { backOffice: options.backOffice } : {}),
    ...(process.env.AGENTDESK_SQLITE_BINDING ? { nativeBinding: process.env.AGENTDESK_SQLITE_BINDING } : {}),
  });
  registerIpc(services, appUrl);
  const window = createMainWindow(BrowserWindow, join(__dirname, '..', 'preload', 'electron-preload.cjs'));
  mainWindow = window;
  const stopEvents = forwardEvents(services, window.webContents);
  const stopNotifier = notifyEscalations(services, Notification, () => mainWindow);
  window.on('closed', () => {
    stopEvents();
    stopNotifier();
    void services?.dispatch('presence.set', { ticketId: null, typing: false });
  });
  window.once('ready-to-show', () => window.show());
  await window.loadFile(rendererIndex);
}).catch((error: unknown) => {
  logger.error({ err: error }, 'AgentDesk failed to start');
  app.exit(1);
});

app.on('window-all-closed', () => app.quit());

app.on('will-quit', (event) => {
  if (!services) return;
  event.preventDefault();
  const closing = services;
  services = null;
  void closing.close().finally(() => app.quit());
});
