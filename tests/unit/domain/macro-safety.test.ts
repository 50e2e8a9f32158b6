import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { secretRequests } from '../../../main/services/domain/macro-safety';

describe('macro safety', () => {
  it.each([
    ['en', 'To verify you, please reply with your 12-word seed phrase.', 'seed phrase'],
    ['en', 'Send us the 2FA code you just received.', '2FA code'],
    ['es', 'Por favor envíe su contraseña para desbloquear la cuenta.', 'contraseña'],
    ['ru', 'Пришлите, пожалуйста, вашу сид-фразу для проверки.', 'сид-фраз'],
    ['lt', 'Atsiųskite savo slaptažodį, kad galėtume patikrinti.', 'slaptažod'],
    ['de', 'Bitte senden Sie uns Ihren privaten Schlüssel.', 'privaten Schlüssel'],
    ['pl', 'Prosimy o podanie hasła do konta.', 'hasł'],
  ])('flags a %s body that asks for a secret', (_language, body, term) => {
    expect(secretRequests(body)).toEqual([{ sentence: body, term }]);
  });

  it('lets a warning through, and flags only the sentence that asks', () => {
    expect(secretRequests('We will never ask for your password or seed phrase. Nunca comparta su contraseña.')).toEqual([]);
    expect(secretRequests('Никогда не сообщайте пароль. Niekada neatskleiskite slaptažodžio.')).toEqual([]);
    const mixed = secretRequests('Your withdrawal is on its way.\nNever share your private key.\nPlease confirm your password below.');
    expect(mixed.map((m) => m.sentence)).toEqual(['Please confirm your password below.']);
  });

  it('finds nothing to flag in the starter library', () => {
    const library = JSON.parse(readFileSync(new URL('../../../resources/macros/starter-library.json', import.meta.url), 'utf8')) as { macros: Array<{ id: string; bodies: Record<string, string> }> };
    const flagged = library.macros.flatMap((m) => Object.entries(m.bodies).flatMap(([language, body]) => secretRequests(body).map((r) => `${m.id}/${language}: ${r.sentence}`)));
    expect(flagged).toEqual([]);
  });
});
