/**
 * How a chain lookup failed. The kind and its details cross to the interface, which words them;
 * the message is one English sentence for the log.
 *  - not_found: no network that was asked knows the hash (or the address is not one).
 *  - unreachable: the node refused the connection or answered 5xx; timeout: it did not answer in time.
 *  - invalid_answer: the node answered something that is not what its API promises.
 *  - node_error: the node answered with a JSON-RPC error or a 4xx.
 *  - wrong_chain: an EVM endpoint reports another chain id than the network it is configured for.
 *  - ambiguous: the hash is a transaction on more than one network.
 *  - invalid_input: the text is no hash or address of any configured network.
 */
export type ChainErrorKind = 'not_found' | 'unreachable' | 'timeout' | 'invalid_answer' | 'node_error' | 'wrong_chain' | 'ambiguous' | 'invalid_input';

export interface ChainErrorDetails {
  network?: string;
  networks?: string[];
  status?: number;
  rpcCode?: number;
}

export class ChainError extends Error {
  constructor(
    readonly kind: ChainErrorKind,
    message: string,
    readonly details: ChainErrorDetails = {},
  ) {
    super(message);
    this.name = 'ChainError';
  }

  /** The node may answer next time: the cache's last word is shown meanwhile. */
  get temporary(): boolean {
    return this.kind === 'unreachable' || this.kind === 'timeout';
  }
}
