import { afterEach, describe, expect, it } from 'vitest';
import { parseBackendOptions } from '../../../main/cli/cli-options';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';

// The admin, fault and simulation routes are for development and tests: a team's shared backend
// does not have them unless it is started with --dev-routes (devRoutes: true).
const DEV_ROUTES: Array<[string, string, unknown?]> = [
  ['GET', '/api/v1/admin/applied'],
  ['GET', '/api/v1/admin/faults'],
  ['POST', '/api/v1/admin/faults', { reset: true }],
  ['GET', '/api/v1/admin/surge'],
  ['DELETE', '/api/v1/admin/surge'],
  ['POST', '/api/v1/admin/simulate/customer-message', { ticketId: 'T-100001', body: 'hello' }],
];

describe('development routes', () => {
  let backend: EmbeddedBackend | null = null;
  afterEach(async () => {
    await backend?.close();
    backend = null;
  });
  const call = (b: EmbeddedBackend, method: string, path: string, body?: unknown) =>
    fetch(b.url + path, { method, headers: { authorization: `Bearer ${b.token}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

  it('are absent by default: every admin route answers 404 while the public API works', async () => {
    backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 20, seed: 5 });
    for (const [method, path, body] of DEV_ROUTES) {
      const response = await call(backend, method, path, body);
      expect({ method, path, status: response.status }).toEqual({ method, path, status: 404 });
      expect(((await response.json()) as { error: string }).error).toBe('no_route');
    }
    expect((await call(backend, 'GET', '/api/v1/agents')).status).toBe(200);
  });

  it('exist when the backend is started with them', async () => {
    backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 20, seed: 5, devRoutes: true });
    for (const [method, path, body] of DEV_ROUTES) {
      const response = await call(backend, method, path, body);
      expect({ method, path, ok: response.ok }).toEqual({ method, path, ok: true });
    }
  });

  it('are turned on by the backend command only with --dev-routes', () => {
    expect(parseBackendOptions(['--memory']).devRoutes).toBeUndefined();
    expect(parseBackendOptions(['--memory', '--dev-routes']).devRoutes).toBe(true);
  });
});
