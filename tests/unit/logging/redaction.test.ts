import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, maskSecrets } from '../../../main/services/logging/logger';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, logger: createLogger({ destination, level: 'info' }) };
}

describe('logs never carry tokens or customer secrets', () => {
  it('redacts secret fields wherever they sit', () => {
    const { lines, logger } = capture();
    logger.info({ token: 'tok_live_123456789', request: { headers: { authorization: 'Bearer abcdefghijk' } }, message: { body: 'my seed phrase is apple banana' } }, 'request sent');
    const out = lines.join('');
    expect(out).not.toContain('tok_live_123456789');
    expect(out).not.toContain('abcdefghijk');
    expect(out).not.toContain('apple banana');
    expect(out).toContain('[redacted]');
  });

  it('masks secrets that slipped into free text', () => {
    const { lines, logger } = capture();
    logger.warn({ message: 'GET http://127.0.0.1:4000/api/v1/stream?token=s3cr3tvalue failed' }, 'backend said Bearer zyxwvutsrq12 is wrong');
    const out = lines.join('');
    expect(out).not.toContain('s3cr3tvalue');
    expect(out).not.toContain('zyxwvutsrq12');
    expect(maskSecrets('token abcdefgh12345')).toBe('token [redacted]');
  });
});
