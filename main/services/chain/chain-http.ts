import { ChainError } from './chain-error';

export interface ChainHttpOptions {
  network: string;
  timeoutMs: number;
}

export interface ChainHttpAnswer {
  status: number;
  text: string;
}

/**
 * One HTTP exchange with a node, in the shape of the desk's JSON client (connectors/http-json-client.ts):
 * a hard timeout (AbortSignal), the cause of a network failure kept, and every failure sorted
 * into a kind. Public nodes need no token; an endpoint's key, when it has one, is in its URL.
 */
export async function chainHttp(url: URL, init: { method: 'GET' | 'POST'; body?: unknown }, options: ChainHttpOptions): Promise<ChainHttpAnswer> {
  const where = `${options.network} node at ${url.origin}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: { accept: 'application/json, text/plain', ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new ChainError('timeout', `The ${where} did not answer within ${options.timeoutMs} ms.`, { network: options.network });
    }
    const reason = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw new ChainError('unreachable', `The ${where} cannot be reached (${reason}).`, { network: options.network });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw new ChainError(timedOut ? 'timeout' : 'unreachable', `The ${where} stopped answering mid-way.`, { network: options.network });
  }
  if (response.status >= 500 || response.status === 429 || response.status === 408) {
    throw new ChainError('unreachable', `The ${where} is not answering lookups (HTTP ${response.status}).`, { network: options.network, status: response.status });
  }
  return { status: response.status, text };
}

/** Parses a body as JSON or says, in one sentence, that the node answered something else. */
export function parseJsonAnswer(text: string, what: string, network: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ChainError('invalid_answer', `The ${network} node answered ${what} with something that is not JSON.`, { network });
  }
}
