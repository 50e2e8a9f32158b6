import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../main/services/app/app-services';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { decodePathSegment, HttpError } from '../../../main/services/http/http-helpers';
import { startPreviewServer, type PreviewServer } from '../../../main/services/preview/preview-server';

// Issue 14: malformed percent-encoding in a path is the client's mistake: 400 with a code, never 500.
const MALFORMED = ['%', '%%', '%zz', '%E0%A4%A', '%C0', '%FF', '%ED%A0%80', '%F0%9F%98', 'ok%2', '%u202E', 'a%'];

/** A raw request, so the path reaches the server exactly as written (no client normalising it). */
function raw(base: string, method: string, path: string, headers: Record<string, string> = {}, body = ''): Promise<{ status: number; json: { error?: string } | null }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, method, path, headers: { ...headers, ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        let json = null;
        try {
          json = JSON.parse(text);
        } catch {
          json = null;
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('malformed percent-encoding in a path', () => {
  it('the one decoder turns every malformed segment into a 400 bad_path', () => {
    for (const segment of MALFORMED) {
      try {
        decodePathSegment(segment);
        expect.unreachable(segment);
      } catch (error) {
        expect(error).toBeInstanceOf(HttpError);
        expect((error as HttpError).status).toBe(400);
        expect((error as HttpError).code).toBe('bad_path');
      }
    }
    expect(decodePathSegment('T-1%20x')).toBe('T-1 x');
  });

  describe('the embedded backend', () => {
    let backend: EmbeddedBackend;
    beforeAll(async () => {
      backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 5, seed: 2 });
    });
    afterAll(() => backend.close());

    it('answers 400 bad_path on every route that takes a ticket id', async () => {
      const auth = { authorization: `Bearer ${backend.token}` };
      for (const bad of MALFORMED) {
        for (const [method, path, body] of [
          ['GET', `/api/v1/tickets/${bad}`, ''],
          ['POST', `/api/v1/tickets/${bad}/messages`, '{}'],
          ['POST', `/api/v1/tickets/${bad}/escalation/deescalate`, '{}'],
          ['PATCH', `/api/v1/tickets/T-${bad}`, '{}'],
          ['POST', `/api/v1/tickets/${bad}/escalation`, '{}'],
          ['POST', `/api/v1/tickets/${bad}/escalation/acknowledge`, '{}'],
        ] as const) {
          const answer = await raw(backend.url, method, path, auth, body);
          expect(answer.status, `${method} ${path}`).toBe(400);
          expect(answer.json?.error).toBe('bad_path');
        }
      }
    });
  });

  describe('the preview server (static files and the bridge)', () => {
    let preview: PreviewServer;
    let base: string;
    let secret: string;
    const calls: string[] = [];
    beforeAll(async () => {
      const rendererDir = mkdtempSync(join(tmpdir(), 'agentdesk-preview-paths-'));
      mkdirSync(join(rendererDir, 'assets'));
      writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><script type="module" src="./assets/app.js"></script>');
      writeFileSync(join(rendererDir, 'assets', 'app.js'), '');
      const services = {
        dispatch: async (channel: string) => (calls.push(channel), { ok: false, error: { code: 'unknown_channel', message: 'no' } }),
        subscribe: () => () => {},
      } as unknown as AppServices;
      preview = await startPreviewServer({ services, rendererDir, preloadFile: join(rendererDir, 'assets', 'app.js') });
      const url = new URL(preview.url);
      base = url.origin;
      secret = url.hash.replace('#secret=', '');
    });
    afterAll(() => preview.close());

    it('answers 400 bad_path for files and bridge channels, and never dispatches', async () => {
      const host = { host: new URL(base).host };
      for (const bad of MALFORMED) {
        const file = await raw(base, 'GET', `/assets/${bad}.js`, host);
        expect(file.status, `/assets/${bad}.js`).toBe(400);
        expect(file.json?.error).toBe('bad_path');
        const bridge = await raw(base, 'POST', `/bridge/invoke/ticket.get${bad}`, { ...host, 'x-agentdesk-secret': secret }, '{}');
        expect(bridge.status, `/bridge/invoke/ticket.get${bad}`).toBe(400);
        expect(bridge.json?.error).toBe('bad_path');
      }
      expect(calls).toEqual([]);
      // Well-formed paths still work.
      expect((await raw(base, 'GET', '/assets/app%2Ejs', host)).status).toBe(200);
    });
  });
});
