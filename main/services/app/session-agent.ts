import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Agent } from '../../../preload/contract';
import { ConnectorError, type BackendConnector, type TokenOwner } from '../connectors/backend-connector';
import { agentSchema } from '../connectors/wire-schemas';
import type { Logger } from '../logging/logger';
import { HandlerError } from './channel-handlers';

/** How long the start waits for the backend to say whose token it is before working from what it said last time. */
const ASK_TIMEOUT_MS = 12_000;
const RETRY_MS = 10_000;

const storedSchema = z.object({
  backendUrl: z.string(),
  tokenDigest: z.string(),
  owner: z.discriminatedUnion('kind', [z.object({ kind: z.literal('agent'), agentId: z.string(), agent: agentSchema }), z.object({ kind: z.literal('team') })]),
});

export interface SessionAgentOptions {
  connector: BackendConnector;
  /** The token the connector signs in with: only its digest is kept, to tell a later token apart. */
  token: string;
  /** Where the answer is kept, so a desk started while the backend is down still knows who signs in. */
  file: string;
  /** --agent: refused unless it is the token's owner; with a team token, the agent to sign in as. */
  requestedAgentId?: string;
  /** 'refuse' (the command line) fails the start on a mismatching requested agent; 'owner' signs in as the owner anyway. */
  onMismatch?: 'refuse' | 'owner';
  logger: Logger;
}

/**
 * Who the desk is signed in as: always the token's owner, as the connector says (whoAmI). Only a
 * team token (the AgentDesk backend's own) leaves the choice to --agent, or the first frontline
 * agent. The answer is kept beside the cache for starts while the backend cannot be reached.
 */
export class SessionAgent {
  private owner: TokenOwner | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly digest: string;

  constructor(private readonly options: SessionAgentOptions) {
    this.digest = createHash('sha256').update(options.token).digest('hex');
  }

  /** Asks the backend once; when it cannot answer, uses what it said last time and asks again later. Throws on a refused --agent. */
  async start(): Promise<void> {
    const answered = await this.ask();
    if (!answered) {
      this.owner = this.read();
      this.scheduleRetry();
    }
    if (this.options.onMismatch !== 'owner') {
      const mismatch = this.mismatch();
      if (mismatch) throw new Error(mismatch);
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
  }

  /** The signed-in agent, from the cache's agent list (which carries the backend's roles) or the owner's own record. */
  agent(agents: readonly Agent[]): Agent {
    const owner = this.owner;
    if (owner === null) {
      throw new HandlerError('not_found', 'not signed in yet: the backend has not said whose token this is');
    }
    if (owner.kind === 'agent') {
      if (this.options.onMismatch !== 'owner') {
        const mismatch = this.mismatch();
        if (mismatch) throw new HandlerError('not_found', mismatch);
      }
      return agents.find((a) => a.id === owner.agentId) ?? owner.agent;
    }
    const wanted = this.options.requestedAgentId;
    const chosen = wanted ? agents.find((a) => a.id === wanted) : agents.find((a) => a.role === 'frontline');
    if (!chosen) {
      throw new HandlerError('not_found', wanted ? `agent ${wanted} is not known to the backend` : 'no agents loaded yet: the backend has not been reached');
    }
    return chosen;
  }

  /** One sentence when --agent names someone other than the token's owner. */
  private mismatch(): string | null {
    const owner = this.owner;
    const wanted = this.options.requestedAgentId;
    if (owner?.kind !== 'agent' || wanted === undefined || wanted === owner.agentId) return null;
    return `--agent ${wanted} does not match the token, which belongs to ${owner.agent.name} (${owner.agentId}): start without --agent to sign in as them, or use ${wanted}'s own token.`;
  }

  private async ask(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new ConnectorError('temporary', 'timed out')), ASK_TIMEOUT_MS);
      });
      const owner = await Promise.race([this.options.connector.whoAmI(), timeout]);
      if (this.stopped) return true;
      this.owner = owner;
      this.write(owner);
      return true;
    } catch (error) {
      this.options.logger.warn({ message: error instanceof Error ? error.message : String(error) }, 'the backend did not say whose token this is');
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.retry = setTimeout(() => {
      void this.ask().then((answered) => {
        if (!answered) this.scheduleRetry();
      });
    }, RETRY_MS);
    this.retry.unref();
  }

  private read(): TokenOwner | null {
    if (!existsSync(this.options.file)) return null;
    try {
      const parsed = storedSchema.safeParse(JSON.parse(readFileSync(this.options.file, 'utf8')));
      if (!parsed.success || parsed.data.backendUrl !== this.options.connector.url || parsed.data.tokenDigest !== this.digest) return null;
      return parsed.data.owner;
    } catch {
      return null;
    }
  }

  private write(owner: TokenOwner): void {
    try {
      mkdirSync(dirname(this.options.file), { recursive: true });
      const temp = `${this.options.file}.tmp`;
      writeFileSync(temp, JSON.stringify({ backendUrl: this.options.connector.url, tokenDigest: this.digest, owner }, null, 2));
      renameSync(temp, this.options.file);
    } catch (error) {
      this.options.logger.warn({ message: (error as Error).message }, 'the signed-in agent was not remembered');
    }
  }
}
