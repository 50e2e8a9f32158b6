import type { CallRefusal, ChannelInput, ChannelName, ChannelResult } from '../../../preload/contract';

/** The implementation of every channel of the contract: inputs arrive already validated. */
export type ChannelHandlers = {
  [C in ChannelName]: (input: ChannelInput<C>) => ChannelResult<C> | Promise<ChannelResult<C>>;
};

/** A handler's way to fail with a typed error; the message is English for the log, the refusal (when given) a kind the renderer words. */
export class HandlerError extends Error {
  constructor(
    readonly code: 'not_found' | 'forbidden' | 'invalid_input',
    message: string,
    readonly refusal?: CallRefusal,
  ) {
    super(message);
  }
}
