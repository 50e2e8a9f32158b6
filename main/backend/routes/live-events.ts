import type { IncomingMessage, ServerResponse } from 'node:http';
import { openEventStream } from '../../services/http/http-helpers';
import type { BackendStore } from '../backend-store';
import type { PresenceRegistry } from '../presence-registry';

/** The live stream's listeners: change and presence events, and the open streams an outage cuts. */
export class LiveEvents {
  private readonly listeners = new Set<(event: string, data: unknown) => void>();
  private readonly streams = new Set<ServerResponse>();

  constructor(
    private readonly store: BackendStore,
    readonly presence: PresenceRegistry,
  ) {}

  /** Tells every listener that the change cursor moved. */
  notifyChange(): void {
    const data = { cursor: this.store.cursor() };
    for (const send of this.listeners) send('change', data);
  }

  broadcastPresence(ticketIds: readonly string[]): void {
    for (const ticketId of ticketIds) {
      const data = { ticketId, viewers: this.presence.viewers(ticketId) };
      for (const send of this.listeners) send('presence', data);
    }
  }

  /** Opens a server-sent event stream: the current cursor first, then who is already on which ticket. */
  open(req: IncomingMessage, res: ServerResponse): void {
    const send = openEventStream(req, res, () => {
      this.listeners.delete(send);
      this.streams.delete(res);
    });
    this.listeners.add(send);
    this.streams.add(res);
    send('change', { cursor: this.store.cursor() });
    // A desk that connects late still learns who is already on which ticket.
    for (const ticketId of this.presence.ticketsWithViewers()) send('presence', { ticketId, viewers: this.presence.viewers(ticketId) });
  }

  /** Going down cuts the live streams too, as a real outage would. */
  cutStreams(): void {
    for (const stream of this.streams) stream.destroy();
  }
}
