import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../../main/backend';
import { createAccountHandlers } from '../../../main/services/app/account-handlers';
import { AccountSettings, backOfficeTokenKey, createAccountSettingsHandlers } from '../../../main/services/app/account-settings';
import type { ChannelHandlers } from '../../../main/services/app/channel-handlers';
import { createDispatch } from '../../../main/services/app/dispatch';
import { silentLogger } from '../../../main/services/logging/logger';
import { sessionTokens } from '../../../main/services/secrets/token-keeper';
import { openCacheStore, type CacheStore } from '../../../main/services/store/cache-store';

// Settings → Backend sets the account panel's back office (address in a file beside the cache,
// token with the keychain) and an explorer per network, through the validated contract; the panel
// reads from the new back office on its next lookup.

const ZENDESK = { kind: 'zendesk', url: 'https://acme.zendesk.com', token: 'zd' };
const EXPLORERS = { ethereum: { tx: 'https://eth.example.com/tx/{hash}', address: null }, bsc: { tx: null, address: null } };

describe('account settings', () => {
  let dir: string;
  let cache: CacheStore;
  let backend: EmbeddedBackend;
  let ticketId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'agentdesk-account-settings-'));
    cache = openCacheStore(join(dir, 'cache.sqlite'));
    backend = await startEmbeddedBackend({ dataDir: ':memory:', ticketCount: 30, seed: 3 });
    const ticket = backend.store.customers().flatMap((c) => backend.store.ticketsOfCustomer(c.id)).find((t) => t.topic === 'deposit')!;
    cache.tickets.applyServerData({ tickets: [ticket], customers: [backend.store.customer(ticket.customerId)!], messages: backend.store.messagesOf(ticket.id) });
    ticketId = ticket.id;
  });
  afterAll(async () => {
    await backend?.close();
    cache?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The desk's two account channels and the settings' two, through dispatch as the renderer calls them. */
  function desk(settings: AccountSettings) {
    const handlers = {
      ...createAccountSettingsHandlers(settings),
      ...createAccountHandlers({ cache, backOffice: () => settings.backOffice(), chainConnectors: [], agent: () => backend.store.agents().find((a) => a.role === 'frontline')!, now: Date.now }),
    };
    const fail = () => {
      throw new Error('not expected in this test');
    };
    return createDispatch(new Proxy(handlers as ChannelHandlers, { get: (target, key) => (target as Record<string, unknown>)[key as string] ?? fail }), silentLogger);
  }

  it('a Zendesk desk without a back office: the panel says not configured; set here, the next lookup reads it', async () => {
    const file = join(dir, 'zendesk-settings.json');
    const tokens = sessionTokens();
    const dispatch = desk(new AccountSettings({ file, tokens, commandLine: undefined, helpdesk: ZENDESK }));
    expect(await dispatch('accountSettings.get', {})).toEqual({ ok: true, value: { backOffice: { url: '', source: 'none', tokenStored: false }, explorers: {}, tokenStorage: 'session-only' } });
    expect(await dispatch('account.facts', { ticketId })).toMatchObject({ ok: true, value: { kind: 'not_configured' } });

    // A new address needs its token.
    expect(await dispatch('accountSettings.save', { backOffice: { url: backend.url, token: '' }, explorers: {} })).toEqual({ ok: true, value: { ok: false, problem: 'missing_token' } });
    const saved = await dispatch('accountSettings.save', { backOffice: { url: `${backend.url}/`, token: backend.token }, explorers: EXPLORERS });
    expect(saved).toEqual({ ok: true, value: { ok: true, view: { backOffice: { url: backend.url, source: 'settings', tokenStored: true }, explorers: { ethereum: EXPLORERS.ethereum }, tokenStorage: 'session-only' } } });
    expect(await dispatch('account.facts', { ticketId })).toMatchObject({ ok: true, value: { kind: 'found', source: 'live' } });

    // The token is kept by the token keeper, never in the file beside the cache.
    expect(tokens.get(backOfficeTokenKey(backend.url))).toBe(backend.token);
    expect(readFileSync(file, 'utf8')).not.toContain(backend.token);
    // Saving again without a token keeps the stored one.
    expect(await dispatch('accountSettings.save', { backOffice: { url: backend.url, token: '' }, explorers: {} })).toMatchObject({ ok: true, value: { ok: true, view: { explorers: {} } } });
    expect(await dispatch('account.facts', { ticketId })).toMatchObject({ ok: true, value: { kind: 'found' } });
    // An empty address: no back office again.
    await dispatch('accountSettings.save', { backOffice: { url: '', token: '' }, explorers: {} });
    expect(await dispatch('account.facts', { ticketId })).toMatchObject({ ok: true, value: { kind: 'not_configured' } });
  });

  it('kept across a restart: the address and explorers from the file, the token from the keeper', () => {
    const file = join(dir, 'restart-settings.json');
    const tokens = sessionTokens();
    new AccountSettings({ file, tokens, commandLine: undefined, helpdesk: ZENDESK }).save({ backOffice: { url: 'https://bo.example.com', token: 'secret-1' }, explorers: EXPLORERS });
    const again = new AccountSettings({ file, tokens, commandLine: undefined, helpdesk: ZENDESK });
    expect(again.view()).toMatchObject({ backOffice: { url: 'https://bo.example.com', source: 'settings', tokenStored: true }, explorers: { ethereum: EXPLORERS.ethereum } });
    expect(again.backOffice()).not.toBeNull();
    // The keychain lost the token (another machine, no keyring): the address shows, the panel has no back office.
    const forgetful = new AccountSettings({ file, tokens: sessionTokens(), commandLine: undefined, helpdesk: ZENDESK });
    expect(forgetful.view().backOffice).toEqual({ url: 'https://bo.example.com', source: 'settings', tokenStored: false });
    expect(forgetful.backOffice()).toBeNull();
  });

  it('an explorer edited by hand in the file is checked again: an http one is not used', () => {
    const file = join(dir, 'hand-edited.json');
    const settings = new AccountSettings({ file, tokens: sessionTokens(), commandLine: undefined, helpdesk: ZENDESK });
    settings.save({ backOffice: { url: '', token: '' }, explorers: EXPLORERS });
    const text = readFileSync(file, 'utf8').replace('https://eth.example.com', 'http://eth.example.com');
    writeFileSync(file, text);
    expect(new AccountSettings({ file, tokens: sessionTokens(), commandLine: undefined, helpdesk: ZENDESK }).explorers()).toEqual({});
  });

  it('AgentDesk\'s backend serves its own back office; a back office on the command line is fixed, explorers can still be set', () => {
    const embedded = new AccountSettings({ file: join(dir, 'embedded.json'), tokens: sessionTokens(), commandLine: undefined, helpdesk: { kind: 'embedded', url: backend.url, token: backend.token } });
    expect(embedded.view().backOffice).toEqual({ url: backend.url, source: 'helpdesk', tokenStored: false });
    expect(embedded.backOffice()).not.toBeNull();

    const fixed = new AccountSettings({ file: join(dir, 'fixed.json'), tokens: sessionTokens(), commandLine: { url: 'https://bo.example.com', token: 't' }, helpdesk: ZENDESK });
    // Given for this run, not kept.
    expect(fixed.view().backOffice).toEqual({ url: 'https://bo.example.com', source: 'command-line', tokenStored: false });
    expect(fixed.save({ backOffice: { url: 'https://other.example.com', token: 'x' }, explorers: {} })).toEqual({ ok: false, problem: 'fixed' });
    expect(fixed.save({ backOffice: { url: 'https://bo.example.com', token: 'other' }, explorers: {} })).toEqual({ ok: false, problem: 'fixed' });
    // The form sends the fixed address back unchanged with the explorers: saved.
    expect(fixed.save({ backOffice: { url: 'https://bo.example.com/', token: '' }, explorers: {} })).toMatchObject({ ok: true });
    expect(fixed.save({ backOffice: { url: '', token: '' }, explorers: EXPLORERS })).toMatchObject({ ok: true, view: { backOffice: { source: 'command-line' }, explorers: { ethereum: EXPLORERS.ethereum } } });
  });

});
