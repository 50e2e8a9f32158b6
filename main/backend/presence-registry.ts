/** Who has which ticket open, and who is typing: kept in memory, forgotten after a silence. */
export interface PresenceEntry {
  agentId: string;
  typing: boolean;
}

const TTL_MS = 30_000;

export class PresenceRegistry {
  private readonly byAgent = new Map<string, { ticketId: string; typing: boolean; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Records where an agent is; returns the tickets whose viewer list changed. */
  set(agentId: string, ticketId: string | null, typing: boolean): string[] {
    const before = this.byAgent.get(agentId);
    if (ticketId === null) this.byAgent.delete(agentId);
    else this.byAgent.set(agentId, { ticketId, typing, expiresAt: this.now() + TTL_MS });
    const touched = new Set<string>();
    if (before && (before.ticketId !== ticketId || before.typing !== typing)) touched.add(before.ticketId);
    if (ticketId !== null && (!before || before.ticketId !== ticketId || before.typing !== typing)) touched.add(ticketId);
    return [...touched];
  }

  /** Drops agents not heard from within the TTL; returns the tickets that lost a viewer. */
  sweep(): string[] {
    const touched: string[] = [];
    for (const [agentId, entry] of this.byAgent) {
      if (entry.expiresAt <= this.now()) {
        this.byAgent.delete(agentId);
        touched.push(entry.ticketId);
      }
    }
    return touched;
  }

  /** Tickets someone has open, for a listener that just connected. */
  ticketsWithViewers(): string[] {
    return [...new Set([...this.byAgent.values()].map((e) => e.ticketId))];
  }

  viewers(ticketId: string): PresenceEntry[] {
    const list: PresenceEntry[] = [];
    for (const [agentId, entry] of this.byAgent) if (entry.ticketId === ticketId) list.push({ agentId, typing: entry.typing });
    return list;
  }
}
