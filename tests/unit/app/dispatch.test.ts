import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../../main/services/app/dispatch';
import { HandlerError, type ChannelHandlers } from '../../../main/services/app/channel-handlers';
import { silentLogger } from '../../../main/services/logging/logger';

function handlers(overrides: Partial<ChannelHandlers> = {}): ChannelHandlers {
  const fail = () => {
    throw new Error('not expected in this test');
  };
  return new Proxy(overrides as ChannelHandlers, { get: (target, key) => (target as Record<string, unknown>)[key as string] ?? fail });
}

describe('dispatch: the one door into main', () => {
  it('refuses unknown channels', async () => {
    const result = await createDispatch(handlers(), silentLogger)('fs.readFile', {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown_channel', message: expect.any(String) } });
  });

  it('refuses invalid input before any handler runs', async () => {
    const reply = vi.fn();
    const dispatch = createDispatch(handlers({ 'ticket.reply': reply }), silentLogger);
    for (const bad of [
      { ticketId: 'T-1', kind: 'reply' },
      { ticketId: 'T-1', kind: 'shout', body: 'x' },
      { ticketId: 'T-1', kind: 'reply', body: '   ' },
      { ticketId: 'T-1', kind: 'reply', body: 'x', extra: true },
      { ticketId: 42, kind: 'reply', body: 'x' },
      null,
      'T-1',
    ]) {
      const result = await dispatch('ticket.reply', bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    expect(reply).not.toHaveBeenCalled();
  });

  it('passes parsed input through and wraps the result', async () => {
    const dispatch = createDispatch(handlers({ 'queue.page': (input) => ({ view: input.view, offset: input.offset, total: 0, rows: [] }) }), silentLogger);
    expect(await dispatch('queue.page', { view: 'all', offset: 0, limit: 10 })).toEqual({ ok: true, value: { view: 'all', offset: 0, total: 0, rows: [] } });
  });

  it('turns handler failures into typed errors, never a thrown exception', async () => {
    const dispatch = createDispatch(
      handlers({
        'ticket.get': () => {
          throw new HandlerError('not_found', 'no ticket T-9');
        },
        'sync.status': () => {
          throw new Error('disk I/O error');
        },
      }),
      silentLogger,
    );
    expect(await dispatch('ticket.get', { ticketId: 'T-9' })).toEqual({ ok: false, error: { code: 'not_found', message: 'no ticket T-9' } });
    expect(await dispatch('sync.status', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
