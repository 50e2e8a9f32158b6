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
    ['zh', '为了核实身份，请发送您的助记词。', '助记词'],
    ['ja', '本人確認のため、パスワードを教えてください。', 'パスワード'],
    ['ko', '확인을 위해 인증 코드를 보내 주십시오.', '인증 코드'],
    ['vi', 'Vui lòng gửi cho chúng tôi mật khẩu của Quý khách.', 'mật khẩu'],
    ['id', 'Silakan kirimkan kata sandi Anda kepada kami.', 'kata sandi'],
    ['ar', 'أرسل لنا كلمة المرور الخاصة بك للتحقق.', 'كلمة المرور'],
  ])('flags a %s body that asks for a secret', (_language, body, term) => {
    expect(secretRequests(body)).toEqual([{ sentence: body, term }]);
  });

  it('lets a warning through, and flags only the sentence that asks', () => {
    expect(secretRequests('We will never ask for your password or seed phrase. Nunca comparta su contraseña.')).toEqual([]);
    expect(secretRequests('Никогда не сообщайте пароль. Niekada neatskleiskite slaptažodžio.')).toEqual([]);
    expect(secretRequests('请切勿向任何人透露您的密码。パスワードは決して誰にも教えないでください。비밀번호는 절대 보내 주지 마십시오.')).toEqual([]);
    expect(secretRequests('Không bao giờ gửi mật khẩu cho bất kỳ ai. Jangan pernah kirimkan kata sandi Anda. لا تشارك كلمة المرور أبدًا.')).toEqual([]);
    // Advice that mentions a secret is not a request: "if you entered data, change your password".
    expect(secretRequests('إذا أدخلت أي بيانات في تلك الصفحة، فغيّر كلمة المرور فورًا.')).toEqual([]);
    // Chinese and Japanese sentences end without a space: only the sentence that asks is flagged.
    expect(secretRequests('您的提币正在处理中。请提供您的私钥。').map((m) => m.sentence)).toEqual(['请提供您的私钥。']);
    const mixed = secretRequests('Your withdrawal is on its way.\nNever share your private key.\nPlease confirm your password below.');
    expect(mixed.map((m) => m.sentence)).toEqual(['Please confirm your password below.']);
  });

  it('finds nothing to flag in the starter library', () => {
    const library = JSON.parse(readFileSync(new URL('../../../resources/macros/starter-library.json', import.meta.url), 'utf8')) as { macros: Array<{ id: string; bodies: Record<string, string> }> };
    const flagged = library.macros.flatMap((m) => Object.entries(m.bodies).flatMap(([language, body]) => secretRequests(body).map((r) => `${m.id}/${language}: ${r.sentence}`)));
    expect(flagged).toEqual([]);
  });
});
