import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Agent, EscalationNotice, EventName, EventPayloads } from '../../../preload/contract';
import type { BackendConnector } from '../connectors/backend-connector';
import { createConnector, type BackendConfig } from '../connectors/connector-factory';
import { startEmbeddedBackend, type EmbeddedBackend } from '../../backend';
import type { Logger } from '../logging/logger';
import { openCacheStore, type CacheStore } from '../store/cache-store';
import { SyncEngine } from '../sync/sync-engine';
import { checkExternalUrl } from '../domain/external-links';
import { PresenceAnnouncer } from '../sync/presence-announcer';
import type { ChannelHandlers } from './channel-handlers';
import { SessionAgent } from './session-agent';
import { createDispatch, type Dispatch } from './dispatch';
import { createEscalationHandlers } from './escalation-handlers';
import { createProtectionHandlers } from './protection-handlers';
import { protectiveDelivery } from '../back-office/protective-delivery';
import type { BackOfficeConnector } from '../back-office/back-office-connector';
import { createMacroHandlers } from './macro-handlers';
import { createTicketHandlers } from './ticket-handlers';
import { createSurgeHandlers } from './surge-handlers';
import { createTopicGroupHandlers } from './topic-group-handlers';
import { createExecutiveHandlers } from './executive-handlers';
import { createReportHandlers } from './report-handlers';
import { createReadPool, type ReadPool } from '../workers/read-pool';
import { chainConnectors, chainNodesFromEnvironment, createChainHandlers, type ChainNodeConfig } from './chain-handlers';
import { createAccountHandlers } from './account-handlers';
import type { BackOfficeConfig } from '../back-office/back-office-choice';
import { sessionTokens, type TokenKeeper } from '../secrets/token-keeper';
import { AccountSettings, createAccountSettingsHandlers } from './account-settings';
import { createBackendSettingsHandlers, fixedBackendPort, type BackendSettingsPort } from './backend-settings-handlers';
import { CustomerDataGuard } from './customer-data-guard';
import { AuditAnchorWatch, anchoredConnector } from './audit-anchor-watch';
import { createPrivacyHandlers } from './privacy-handlers';
import { maskedEvent, maskedResults } from './masked-results';
import { DEFAULT_REVEAL_LIMITS, limitFrom } from '../domain/reveal-guard';

export interface AppServicesOptions {
  /** Folder for the cache (and the embedded backend's data when it runs in-process). */
  dataDir: string;
  /**
   * A standalone backend to use; without it the embedded backend starts in-process. Without a
   * kind it is an embedded backend; Request Tracker and Zendesk take their own fields.
   */
  backend?: { kind?: undefined; url: string; token: string } | BackendConfig;
  /**
   * --agent: the desk always signs in as the token's owner, and a different agent here is refused
   * (see SessionAgent); only a team token (the AgentDesk backend's) signs in as this agent, by
   * default the first frontline agent.
   */
  agentId?: string;
  /** 'owner': a mismatching agentId gives way to the token's owner (a backend chosen in the app) instead of refusing. */
  onAgentMismatch?: 'refuse' | 'owner';
  /** Simulated incoming customer messages per minute for the in-process backend. */
  trafficPerMinute?: number;
  seedTickets?: number;
  nativeBinding?: string;
  logger: Logger;
  appVersion: string;
  /**
   * Asks the agent (showing the full address) and opens a checked http(s) link in the system
   * browser; the desktop passes Electron's dialog and shell. Absent in the browser-hosted mode.
   */
  openExternal?: (url: string) => Promise<boolean>;
  now?: () => number;
  /** Choosing the backend in the settings view; without it the backend shows but cannot change. */
  backendSettings?: BackendSettingsPort;
  /** Chain nodes per network for `chain.lookup`; default: AGENTDESK_CHAIN_<NETWORK>_URL from the environment. */
  chainNodes?: readonly ChainNodeConfig[];
  /**
   * The exchange's back office for the account panel; default: AgentDesk's own backend serves one,
   * Request Tracker and Zendesk have none; null: none even with AgentDesk's backend.
   */
  backOffice?: BackOfficeConfig | null;
  /**
   * Where Settings → Backend keeps the back office and explorers it sets (default: a file in
   * dataDir, the token for this session only); the desk host passes its folder and the keychain.
   */
  accountSettings?: { file: string; tokens: TokenKeeper };
}

export type EventListener = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

/** Everything the main process runs, without Electron: the same object backs the desktop and the preview. */
export interface AppServices {
  dispatch: Dispatch;
  subscribe(listener: EventListener): () => void;
  cache: CacheStore;
  sync: SyncEngine;
  backendUrl: string;
  close(): Promise<void>;
}

/** The backend to talk to: the one given, or the embedded backend started in-process. */
async function chooseBackend(options: AppServicesOptions): Promise<{ config: BackendConfig; embedded: EmbeddedBackend | null }> {
  if (options.backend) return { config: options.backend.kind === undefined ? { ...options.backend, kind: 'embedded' } : options.backend, embedded: null };
  const embedded = await startEmbeddedBackend({
    dataDir: join(options.dataDir, 'embedded-backend'),
    trafficPerMinute: options.trafficPerMinute ?? 0,
    ...(options.seedTickets !== undefined ? { ticketCount: options.seedTickets } : {}),
  });
  options.logger.info({ url: embedded.url }, 'embedded backend started in-process');
  return { config: { kind: 'embedded', url: embedded.url, token: embedded.token }, embedded };
}

/** Events from main to every subscribed window. */
function createEvents(): { emit: EventListener; subscribe: AppServices['subscribe'] } {
  const listeners = new Set<EventListener>();
  return {
    emit: (event, payload) => {
      for (const listener of listeners) listener(event, payload);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

interface DeskParts {
  cache: CacheStore;
  reads: ReadPool;
  session: SessionAgent;
  presence: PresenceAnnouncer;
  sync: SyncEngine;
  embedded: EmbeddedBackend | null;
}

/** Stops everything in the reverse order of starting; used on a failed start and on close. */
async function closeParts(parts: DeskParts): Promise<void> {
  parts.session.stop();
  parts.presence.stop();
  await parts.sync.stop();
  await parts.reads.close();
  parts.cache.close();
  await parts.embedded?.close();
}

/** Only the security desk is alerted, and never about a case this desk escalated itself. */
function escalationAlerts(cache: CacheStore, agent: () => Agent, emit: EventListener): (notices: EscalationNotice[]) => void {
  return (notices) => {
    if (agent().role !== 'security') return;
    const mine = new Set(cache.outbox.escalatedTicketIds());
    const others = notices.filter((n) => !mine.has(n.ticketId));
    if (others.length > 0) emit('escalation.arrived', { tickets: others });
  };
}

/** The desk's own channels: who is signed in, sync, presence and opening a checked link. */
function createDeskHandlers(deps: { options: AppServicesOptions; connector: BackendConnector; backendUrl: string; cache: CacheStore; sync: SyncEngine; presence: PresenceAnnouncer; agent: () => Agent }): Pick<ChannelHandlers, 'session.get' | 'sync.status' | 'link.open' | 'presence.set' | 'sync.now'> {
  const { options, cache, sync, presence, agent } = deps;
  return {
    'session.get': () => ({ agent: agent(), agents: cache.reference.agents(), backendKind: deps.connector.kind, backendUrl: deps.backendUrl, appVersion: options.appVersion }),
    'sync.status': () => sync.getStatus(),
    'link.open': async ({ url }) => {
      const checked = checkExternalUrl(url);
      if (!checked.ok) return { opened: false, url, refusal: checked.refusal };
      if (!options.openExternal) return { opened: false, url: checked.url, refusal: { kind: 'no_system_browser' } };
      const opened = await options.openExternal(checked.url);
      return { opened, url: checked.url, refusal: opened ? null : { kind: 'cancelled' } };
    },
    'presence.set': ({ ticketId, typing }) => {
      presence.set(ticketId, typing);
      return { ok: true };
    },
    'sync.now': async () => {
      await sync.pull();
      await sync.drain();
      return sync.getStatus();
    },
  };
}

export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const now = options.now ?? Date.now;
  const { logger } = options;
  mkdirSync(options.dataDir, { recursive: true });
  const { config: connectorConfig, embedded } = await chooseBackend(options);

  const cacheFile = join(options.dataDir, 'cache.sqlite');
  const cache = openCacheStore(cacheFile, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  // Heavy reads on worker threads with read-only connections, opened once the schema is migrated.
  const reads = createReadPool({ file: cacheFile, mainDb: cache.db, logger, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  const events = createEvents();
  const { subscribe } = events;
  // Customer data is masked for this agent before anything leaves main, events included.
  const agentRef: { current: () => Agent } = { current: () => { throw new Error('no agent before the session starts'); } };
  const guard = new CustomerDataGuard({ agent: () => agentRef.current(), now, balanceThreshold: limitFrom(process.env['AGENTDESK_MASK_BALANCE_ABOVE'], 1000) });
  const emit: EventListener = (event, payload) => events.emit(event, maskedEvent(guard, event, payload));
  // Every page of changes shows its audit chain head to the anchor watch first.
  const anchors = new AuditAnchorWatch({ cache, now, logger });
  // Protective entries of the outbox go to the back office (set below, once it is chosen), the rest to the helpdesk.
  const backOfficeRef: { current: () => BackOfficeConnector | null } = { current: () => null };
  const connector = protectiveDelivery(anchoredConnector(createConnector(connectorConfig), anchors), () => backOfficeRef.current());
  const session = new SessionAgent({
    connector,
    token: connectorConfig.token,
    file: join(options.dataDir, 'signed-in-agent.json'),
    ...(options.agentId !== undefined ? { requestedAgentId: options.agentId } : {}),
    onMismatch: options.onAgentMismatch ?? 'refuse',
    logger,
  });
  // Always the token's owner (a team token: --agent or the first frontline agent).
  const agent = (): Agent => session.agent(cache.reference.agents());
  agentRef.current = agent;
  const presence = new PresenceAnnouncer({ connector, me: () => agent().id, names: () => cache.reference.agents(), emit, logger });
  const sync = new SyncEngine({ cache, connector, logger, emit, now, onPresence: (p) => presence.received(p), onEscalationsArrived: escalationAlerts(cache, agent, emit) });
  const parts: DeskParts = { cache, reads, session, presence, sync, embedded };

  const writerDeps = {
    cache,
    reads,
    agent,
    now,
    privacy: guard,
    sendingIds: () => sync.sendingIds(),
    onQueued: (ticketIds: readonly string[]) => {
      emit('tickets.changed', { ticketIds: [...ticketIds], queueChanged: true });
      emit('outbox.changed', { entries: [] });
      sync.outboxChanged();
    },
  };
  const accountSettings = new AccountSettings({
    file: options.accountSettings?.file ?? join(options.dataDir, 'account-settings.json'),
    tokens: options.accountSettings?.tokens ?? sessionTokens(),
    commandLine: options.backOffice,
    helpdesk: connectorConfig,
  });
  backOfficeRef.current = () => accountSettings.backOffice();
  const { deescalationBlocked, ...protectionHandlers } = createProtectionHandlers({ ...writerDeps, guard, backOffice: () => backOfficeRef.current() });
  const handlers: ChannelHandlers = {
    ...createDeskHandlers({ options, connector, backendUrl: connectorConfig.url, cache, sync, presence, agent }),
    ...createTicketHandlers(writerDeps),
    ...createEscalationHandlers({ ...writerDeps, warn: (message, details) => logger.warn(details, message), deescalationBlocked }),
    ...protectionHandlers,
    ...createMacroHandlers(writerDeps),
    ...createSurgeHandlers(writerDeps),
    ...createTopicGroupHandlers(writerDeps),
    ...createExecutiveHandlers(writerDeps),
    ...createReportHandlers(writerDeps),
    ...createChainHandlers({ db: cache.db, nodes: options.chainNodes ?? chainNodesFromEnvironment(process.env), now }),
    ...createAccountHandlers({ cache, backOffice: () => accountSettings.backOffice(), chainConnectors: chainConnectors(options.chainNodes ?? chainNodesFromEnvironment(process.env)), agent, now }),
    ...createAccountSettingsHandlers(accountSettings),
    ...createBackendSettingsHandlers(options.backendSettings ?? fixedBackendPort(options.backend ? connectorConfig : null)),
    ...createPrivacyHandlers({
      cache,
      agent,
      now,
      guard,
      anchors,
      connector: () => connector,
      limits: {
        perHour: limitFrom(process.env['AGENTDESK_REVEALS_PER_HOUR'], DEFAULT_REVEAL_LIMITS.perHour),
        customersPerHour: limitFrom(process.env['AGENTDESK_REVEAL_CUSTOMERS_PER_HOUR'], DEFAULT_REVEAL_LIMITS.customersPerHour),
      },
      onShownChanged: (ticketIds) => emit('tickets.changed', { ticketIds: [...ticketIds], queueChanged: true }),
    }),
  };

  // Whose token it is is asked beside the first sync: a backend that is down delays the start once, not twice.
  try {
    await Promise.all([session.start(), sync.start()]);
  } catch (error) {
    await closeParts(parts);
    throw error;
  }

  return {
    dispatch: createDispatch(maskedResults(handlers, { guard, cache, agent }), logger),
    subscribe,
    cache,
    sync,
    backendUrl: connectorConfig.url,
    close: () => closeParts(parts),
  };
}
