import type { ChannelInput, ChannelName, ChannelResult } from '../../../preload/contract';

/** The implementation of every channel of the contract: inputs arrive already validated. */
export type ChannelHandlers = {
  [C in ChannelName]: (input: ChannelInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>>;
};

/** A handler's way to fail with a typed error the renderer can show. */
export class HandlerError extends Error {
  constructor(
    readonly code: 'not_found' | 'forbidden' | 'invalid_input',
    message: string,
  ) {
    super(message);
  }
}
