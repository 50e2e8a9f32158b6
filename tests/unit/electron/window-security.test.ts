import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow } from '../../../main/electron/main-window';
import { denyAllPermissions, enforceCsp, guardWebContents, isAppUrl } from '../../../main/electron/window-security';

/** Electron's security checklist, one setting a line with what it keeps out. */
const REQUIRED_WEB_PREFERENCES = [
  ['contextIsolation', true, 'the page cannot reach the preload’s objects'],
  ['sandbox', true, 'the renderer runs in the OS sandbox'],
  ['nodeIntegration', false, 'no Node in the page'],
  ['nodeIntegrationInWorker', false, 'no Node in its workers'],
  ['nodeIntegrationInSubFrames', false, 'no Node in its frames'],
  ['webSecurity', true, 'the same-origin policy holds'],
  ['allowRunningInsecureContent', false, 'no http content in the app'],
  ['experimentalFeatures', false, 'no experimental web platform'],
  ['webviewTag', false, 'no <webview> to escape into'],
  ['disableBlinkFeatures', 'Auxclick', 'middle-click cannot open windows'],
] as const;

describe('the desktop window’s security settings', () => {
  let options: BrowserWindowConstructorOptions | undefined;
  class FakeWindow {
    constructor(o: BrowserWindowConstructorOptions) {
      options = o;
    }
  }
  createMainWindow(FakeWindow as never, '/app/preload.cjs');

  it('loads the preload it is given', () => {
    expect(options?.webPreferences?.preload).toBe('/app/preload.cjs');
  });

  it.each(REQUIRED_WEB_PREFERENCES)('sets %s to %s (%s)', (setting, value) => {
    expect(options?.webPreferences?.[setting]).toBe(value);
  });

  it('sends the CSP as a response header as well', () => {
    let listener: ((details: { responseHeaders?: Record<string, string[]> }, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void) | undefined;
    enforceCsp({ webRequest: { onHeadersReceived: (fn: typeof listener) => (listener = fn) } } as never);
    let headers: Record<string, string[]> = {};
    listener!({ responseHeaders: { 'X-Other': ['1'] } }, (r) => (headers = r.responseHeaders));
    expect(headers['Content-Security-Policy']?.[0]).toMatch(/script-src 'self'/);
    expect(headers['Content-Security-Policy']?.[0]).toMatch(/frame-ancestors 'none'/);
    expect(headers['X-Other']).toEqual(['1']);
  });

  it('compares parsed locations, not string prefixes', () => {
    const app = 'file:///opt/AgentDesk/resources/app.asar/dist/renderer/index.html';
    expect(isAppUrl(app, app)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false);
    expect(isAppUrl('https://evil.example/', app)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5000.evil.example/', 'http://127.0.0.1:5000/')).toBe(false);
    expect(isAppUrl('not a url', app)).toBe(false);
  });

  it('denies navigation away, new windows, webviews and every permission', () => {
    const handlers = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
    let openHandler: (() => { action: string }) | undefined;
    const contents = {
      on: (name: string, fn: (event: { preventDefault(): void }, url?: string) => void) => handlers.set(name, fn),
      setWindowOpenHandler: (fn: () => { action: string }) => (openHandler = fn),
    };
    const app = 'file:///app/dist/renderer/index.html';
    guardWebContents(contents as never, app);
    const prevented = (name: string, url?: string) => {
      const event = { preventDefault: vi.fn() };
      handlers.get(name)!(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(prevented('will-navigate', 'https://phish.example/login')).toBe(true);
    expect(prevented('will-navigate', app)).toBe(false);
    expect(prevented('will-redirect', 'javascript:alert(1)')).toBe(true);
    expect(prevented('will-attach-webview')).toBe(true);
    expect(openHandler!()).toEqual({ action: 'deny' });

    let request: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    denyAllPermissions({ setPermissionRequestHandler: (fn: typeof request) => (request = fn), setPermissionCheckHandler: (fn: typeof check) => (check = fn) } as never);
    const answer = vi.fn();
    request!(null, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
    expect(check!()).toBe(false);
  });
});
