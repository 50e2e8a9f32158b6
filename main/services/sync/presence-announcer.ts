import type { Agent, EventPayloads } from '../../../preload/contract';
import type { BackendConnector, BackendPresence } from '../connectors/backend-connector';
import type { Logger } from '../logging/logger';

const HEARTBEAT_MS = 15_000;

/**
 * Tells the backend which ticket this agent has open (and whether they type), repeating it
 * before the backend forgets; turns what the backend says of others into renderer events.
 * Best effort: presence never blocks or fails an agent's action.
 */
export class PresenceAnnouncer {
  private current: { ticketId: string | null; typing: boolean } = { ticketId: null, typing: false };
  private heartbeat: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: {
      connector: Pick<BackendConnector, 'announcePresence'>;
      me: () => string;
      names: () => Agent[];
      emit: <E extends keyof EventPayloads>(event: E, payload: EventPayloads[E]) => void;
      logger: Logger;
    },
  ) {}

  set(ticketId: string | null, typing: boolean): void {
    this.current = { ticketId, typing };
    this.announce();
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (ticketId !== null) {
      this.heartbeat = setInterval(() => this.announce(), HEARTBEAT_MS);
      this.heartbeat.unref();
    }
  }

  received(presence: BackendPresence): void {
    const me = this.deps.me();
    const names = new Map(this.deps.names().map((a) => [a.id, a.name]));
    this.deps.emit('presence.changed', {
      ticketId: presence.ticketId,
      viewers: presence.viewers.filter((v) => v.agentId !== me).map((v) => ({ agentId: v.agentId, name: names.get(v.agentId) ?? v.agentId, typing: v.typing })),
    });
  }

  stop(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
  }

  private announce(): void {
    this.deps.connector.announcePresence({ agentId: this.deps.me(), ...this.current }).catch((error: unknown) => {
      this.deps.logger.info({ message: error instanceof Error ? error.message : String(error) }, 'presence not announced');
    });
  }
}
