import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agent, Macro, MacroPreview } from '../../../preload/contract';
import type { ChannelHandlers } from '../../../main/services/app/channel-handlers';
import { createDispatch } from '../../../main/services/app/dispatch';
import { createMacroHandlers } from '../../../main/services/app/macro-handlers';
import { renderMacro } from '../../../main/services/domain/macro-rendering';
import { ALLOWED_TAGS, createMacroEngine, NO_FILES } from '../../../main/services/domain/template-engine';
import { loadStarterLibrary, parseMacroLibrary } from '../../../main/services/domain/starter-library';
import { silentLogger } from '../../../main/services/logging/logger';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';
import { makeCustomer, makeTicket, T0 } from '../fixtures/make-ticket';

// Issue 14, critical: a macro must never read a file. Each payload names a file that exists (the
// project's package.json, relative and absolute, and a secret file with a canary in it) through
// every tag the engine has for loading templates, in every spelling we could think of.
const dir = mkdtempSync(join(tmpdir(), 'agentdesk-liquid-'));
const CANARY = 'CANARY-7f3a9 secret file content';
writeFileSync(join(dir, 'secret.liquid'), CANARY);
writeFileSync(join(dir, 'secret'), CANARY);
const secretAbs = join(dir, 'secret.liquid');
const secretRel = relative(process.cwd(), secretAbs);
const pkgAbs = join(process.cwd(), 'package.json');
const PACKAGE_MARKERS = [JSON.parse(readFileSync('package.json', 'utf8')).name as string, '"dependencies"', '"scripts"'];

const FILE_TAGS = ['include', 'render', 'layout'];
const payloads: Array<{ tag: string; body: string }> = [
  ...FILE_TAGS.flatMap((tag) =>
    ['package.json', pkgAbs, secretAbs, secretRel, './package.json', 'node_modules/liquidjs/package.json'].flatMap((file) => [
      { tag, body: `Hi {% ${tag} '${file}' %} bye` },
      { tag, body: `{%- ${tag} "${file}" -%}` },
    ]),
  ),
  { tag: 'include', body: '{% include package.json %}' },
  { tag: 'include', body: "{% include 'package.json' with customer %}" },
  { tag: 'include', body: "{% include 'package.json' for fields as f %}" },
  { tag: 'include', body: '{% include ticket.subject %}' },
  { tag: 'include', body: '{% assign f = "package.json" %}{% include f %}' },
  { tag: 'include', body: '{% assign f = "package" | append: ".json" %}{% include {{ f }} %}' },
  { tag: 'render', body: "{% render 'package.json' for fields as f %}" },
  { tag: 'render', body: "{% render 'package.json', a: 1 %}" },
  { tag: 'layout', body: "{% layout 'package.json' %}{% block x %}y{% endblock %}" },
  { tag: 'layout', body: '{% layout none %}x' },
  { tag: 'block', body: '{% block content %}x{% endblock %}' },
  { tag: 'include', body: "{% liquid\n  include 'package.json'\n%}" },
  { tag: 'render', body: "{% liquid\n  assign f = 'package.json'\n  render f\n%}" },
  { tag: 'include', body: "{% if true %}{% for i in (1..2) %}{% include 'package.json' %}{% endfor %}{% endif %}" },
  { tag: 'render', body: "{% capture x %}{% render 'package.json' %}{% endcapture %}{{ x }}" },
];

const ticketSubjectIsAFile = 'package.json';
const me: Agent = { id: 'agent-1', name: 'Rūta Petrauskaitė', email: 'ruta@desk', role: 'frontline', languages: ['en'], domains: [] };

function expectNoFileContent(text: string): void {
  expect(text).not.toContain(CANARY);
  for (const marker of PACKAGE_MARKERS) expect(text).not.toContain(marker);
}

function expectRefusal(message: string, tag: string): void {
  expect(message).toContain(`{% ${tag} %} tag is not allowed in a macro`);
  expectNoFileContent(message);
}

describe('macro templates never touch the file system', () => {
  it('the domain renderer refuses every file-loading tag, in text and HTML, with a clear message', () => {
    const context = { customer: { name: 'A', first_name: 'A', user_id: 'U' }, ticket: { id: 'T-1', subject: ticketSubjectIsAFile }, agent: { name: 'G', first_name: 'G' }, fields: {} };
    for (const { tag, body } of payloads) {
      for (const format of ['text', 'html'] as const) {
        const out = renderMacro(body, context, [], format);
        expect(out.text, body).toBe('');
        expect(out.error, body).not.toBeNull();
        expectRefusal(out.error!, tag);
      }
    }
  });

  it('the engine has no file system, no folders, and only the tags a macro needs', async () => {
    const engine = createMacroEngine();
    expect(engine.options.fs).toBe(NO_FILES);
    expect(engine.options.root).toEqual([]);
    expect(engine.options.partials).toEqual([]);
    expect(engine.options.layouts).toEqual([]);
    expect(engine.options.relativeReference).toBe(false);
    expect(() => NO_FILES.readFileSync('package.json')).toThrow(/cannot read files/);
    expect(() => NO_FILES.existsSync('package.json')).toThrow(/cannot read files/);
    await expect(NO_FILES.readFile('package.json')).rejects.toThrow(/cannot read files/);
    expect(() => engine.renderFileSync('package.json')).toThrow(/cannot read files/);
    await expect(engine.renderFile('package.json')).rejects.toThrow(/cannot read files/);
    expect(() => engine.parseFileSync('package.json')).toThrow(/cannot read files/);
    // Every tag the engine knows is either allowed (and none of those loads a file) or refuses.
    for (const name of Object.keys(engine.tags)) {
      if (ALLOWED_TAGS.includes(name)) continue;
      expect(() => engine.parse(`{% ${name} 'package.json' %}`), name).toThrow(/not allowed in a macro/);
    }
    expect(ALLOWED_TAGS).not.toContain('include');
    expect(ALLOWED_TAGS).not.toContain('render');
    expect(ALLOWED_TAGS).not.toContain('layout');
    // No filter reads a file or the network: the engine's filters are pure string/number/date work.
    for (const [name, filter] of Object.entries(engine.filters)) {
      const source = String(typeof filter === 'function' ? filter : (filter as { handler: unknown }).handler);
      expect(source, name).not.toMatch(/readFile|require\(|fetch\(|XMLHttpRequest|\bfs\b|http\.get|import\(/);
    }
  });

  describe('through the channels', () => {
    let cache: CacheStore;
    let dispatch: ReturnType<typeof createDispatch>;
    const hostileShared = (i: number, body: string): Macro => ({ id: `backend.hostile-${i}`, title: `Hostile ${i}`, topic: null, keywords: [], requiredFields: [], actions: {}, bodies: [{ language: 'en', body }], source: 'shared' });
    beforeEach(() => {
      cache = openCacheStore(join(mkdtempSync(join(tmpdir(), 'agentdesk-macro-files-')), 'cache.sqlite'));
      cache.transaction(() => {
        // What a sync from a compromised backend writes: the same call the sync engine makes.
        cache.reference.replaceBackendMacros(payloads.map((p, i) => hostileShared(i, p.body)));
        cache.tickets.applyServerData({ tickets: [makeTicket({ id: 'T-1', language: 'en', customerId: 'C-1', subject: ticketSubjectIsAFile })], customers: [makeCustomer({ id: 'C-1', name: 'package.json', firstName: 'package.json' })], messages: [] });
      });
      const macroHandlers = createMacroHandlers({ cache, agent: () => me, now: () => T0, sendingIds: () => new Set(), onQueued: () => {} });
      const fail = () => {
        throw new Error('not expected in this test');
      };
      dispatch = createDispatch(new Proxy(macroHandlers as ChannelHandlers, { get: (target, key) => (target as Record<string, unknown>)[key as string] ?? fail }), silentLogger);
    });
    afterEach(() => cache.close());

    it('macro.save refuses a personal macro with any file-loading tag, and stores nothing', async () => {
      for (const { tag, body } of payloads) {
        for (const allowSecretWords of [false, true]) {
          const result = await dispatch('macro.save', { macro: { title: 'Mine', topic: null, keywords: [], requiredFields: [], actions: {}, bodies: [{ language: 'en', body }] }, allowSecretWords });
          expect(result.ok, body).toBe(false);
          if (!result.ok) {
            expect(result.error.code).toBe('invalid_input');
            expectRefusal(result.error.message, tag);
          }
        }
      }
      const list = await dispatch('macro.list', {});
      expect(list.ok && (list.value as { macros: Macro[] }).macros.some((m) => m.source === 'personal')).toBe(false);
    });

    it('a shared macro synced from a backend with a file-loading tag renders nothing but the refusal, alone or in a bulk send', async () => {
      for (const [i, { tag }] of payloads.entries()) {
        const result = await dispatch('macro.render', { macroId: `backend.hostile-${i}`, ticketId: 'T-1' });
        expect(result.ok).toBe(true);
        if (result.ok) {
          const preview = result.value as MacroPreview;
          expect(preview.text).toBe('');
          expectRefusal(preview.error ?? '', tag);
        }
        const bulk = await dispatch('macro.applyBulk', { macroId: `backend.hostile-${i}`, ticketIds: ['T-1'] });
        expect(bulk.ok).toBe(true);
        if (bulk.ok) {
          const value = bulk.value as { entries: unknown[]; skipped: Array<{ reason: string }> };
          expect(value.entries).toEqual([]);
          expectRefusal(value.skipped[0]!.reason, tag);
        }
      }
      expect(cache.outbox.nextSendable(Number.MAX_SAFE_INTEGER)).toBeNull();
    });
  });

  it('the embedded backend refuses to serve a library whose macros load files, and its own library loads none', () => {
    for (const { tag, body } of payloads) {
      const library = { version: 1, macros: [{ id: 'x.hostile', topic: 'fees', title: 'Hostile', keywords: [], requiredFields: [], actions: {}, bodies: { en: body } }] };
      expect(() => parseMacroLibrary(library), body).toThrow(`{% ${tag} %} tag is not allowed in a macro`);
    }
    const engine = createMacroEngine();
    for (const macro of loadStarterLibrary()) for (const b of macro.bodies) expect(() => engine.parse(b.body)).not.toThrow();
  });
});
