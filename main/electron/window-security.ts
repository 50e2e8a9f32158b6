import type { Session, WebContents } from 'electron';

/** Only the app's own page is ever shown: a parsed-origin comparison, never a string prefix. */
export function isAppUrl(candidate: string, appUrl: string): boolean {
  try {
    const a = new URL(candidate);
    const b = new URL(appUrl);
    if (a.protocol === 'file:' && b.protocol === 'file:') return a.pathname === b.pathname;
    return a.origin === b.origin && a.origin !== 'null';
  } catch {
    return false;
  }
}

/** Denies navigation, new windows, webviews and every permission request. */
export function guardWebContents(contents: WebContents, appUrl: string): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The same Content-Security-Policy the page declares, sent as a header too (frame-ancestors works only there). */
export const APP_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function enforceCsp(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [APP_CSP] } });
  });
}
