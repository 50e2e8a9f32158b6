/**
 * Phishers imitate support by asking for exactly these. A macro sentence that asks the customer
 * to hand one over (a request verb and a secret) without saying "never", in any of the desk's
 * languages, is flagged in the editor. Advice such as "change your password" is not a request.
 */
const SECRET_TERMS: readonly RegExp[] = [
  /seed[- ]?phrase|recovery phrase|mnemonic|private key|secret key|pass(word|phrase)|(2fa|two[- ]factor|sms|authenticator|verification|google auth\w*) codes?/iu,
  /frase (semilla|de recuperación)|clave (privada|secreta)|contraseña|código (2fa|sms|de verificación)/iu, // es
  /сид-?фраз|фраз\p{L}* восстановлени|приватн\p{L}* ключ|секретн\p{L}* ключ|парол|код\p{L}* (из sms|2fa|подтверждени)/iu, // ru
  /slaptažod|privat\p{L}* rakt|privač\p{L}* rakt|atkūrimo fraz|(2fa|sms|patvirtinimo) kod/iu, // lt
  /seed-phrase|wiederherstellungsphrase|privaten? schlüssel|passwort|kennwort|(2fa|sms|bestätigungs)-?code/iu, // de
  /frase (semente|de recuperação)|chave (privada|secreta)|senha|código (2fa|sms|de verificação)/iu, // pt
  /kurtarma ifade|özel anahtar|gizli anahtar|şifre|parola|(2fa|sms|doğrulama) kod/iu, // tr
  /phrase (de récupération|secrète)|clé (privée|secrète)|mot de passe|code (2fa|sms|de vérification)/iu, // fr
  /frase di recupero|chiave (privata|segreta)|codice (2fa|sms|di verifica)/iu, // it
  /fraz\p{L}* odzyskiwania|klucz\p{L}* prywatn|hasł|haseł|kod\p{L}* (2fa|sms|weryfikacyjn)/iu, // pl
  /сід-?фраз|фраз\p{L}* відновлен|приватн\p{L}* ключ|парол|код\p{L}* (з sms|2fa|підтвердженн)/iu, // uk
  /助记词|恢复短语|私钥|私密密钥|secret ?key|密码|验证码/iu, // zh
  /シードフレーズ|リカバリーフレーズ|秘密鍵|シークレットキー|パスワード|(認証|確認|2fa|sms)コード/iu, // ja
  /시드 ?구문|복구 ?구문|개인 ?키|비밀 ?키|시크릿 ?키|비밀번호|(인증|2fa|sms) ?(코드|번호)/iu, // ko
  /cụm từ khôi phục|khóa (riêng tư|bí mật)|mật khẩu|mã (2fa|sms|otp|xác thực|xác minh)/iu, // vi
  /frasa pemulihan|kunci (privat|pribadi|rahasia)|kata sandi|kode (2fa|sms|otp|verifikasi)/iu, // id
  /عبار[ةه] (الاسترداد|الاسترجاع)|المفتاح (الخاص|السري)|مفتاحك (الخاص|السري)|كلم[ةه] (المرور|السر)|رموز? (التحقق|المصادق[ةه]|2fa|sms)/iu, // ar
];

const REQUEST_VERBS = new RegExp(
  [
    /\b(send|provide|share|give|tell|forward|reply with|paste|enter|type|confirm|submit|disclose)\b/.source,
    /\b(envíe|envíenos|enviar|proporcione|comparta|facilite|indique|díganos|escriba)\b/.source, // es
    /пришлите|отправьте|сообщите|укажите|назовите|предоставьте|введите|напишите/.source, // ru
    /atsiųskite|pateikite|nurodykite|parašykite|pasidalinkite|įveskite|atsiųsk/.source, // lt
    /\b(senden|schicken|geben sie|teilen sie|nennen sie|übermitteln|eingeben)\b/.source, // de
    /\b(envie|forneça|informe|compartilhe|digite|mande)\b/.source, // pt
    /gönderin|paylaşın|iletin|yazın|bildirin|girin/.source, // tr
    /\b(envoyez|communiquez|fournissez|indiquez|partagez|donnez|saisissez|transmettez)\b/.source, // fr
    /\b(invia|inviaci|fornisci|comunica|condividi|indica|inserisci)\b/.source, // it
    /prześlij|podaj|podani|wyślij|udostępnij|przekaż|wpisz/.source, // pl
    /надішліть|повідомте|вкажіть|надайте|введіть|напишіть/.source, // uk
    /请[^。！？，：；]{0,6}(发送|发给|提供|告诉|告知|输入|填写|回复)/.source, // zh: asked with 请
    /送って|送信して|お送りください|教えて|お知らせください|入力して|ご入力ください|ご提供|共有して/.source, // ja
    /보내 ?주|알려 ?주|입력해 ?주|제공해 ?주|공유해 ?주/.source, // ko
    /(vui lòng|hãy|xin) (gửi|cung cấp|cho (chúng tôi|biết)|nhập|chia sẻ)/.source, // vi: asked with vui lòng, hãy or xin
    /\b(kirim(kan)?|berikan|beri tahu|bagikan|masukkan|sebutkan)\b/.source, // id
    /(?<!\p{L})(أرسل|ارسل|زوّ?دنا|شارك|أدخل|اكتب|أخبرنا|قدّ?م)(ي|وا|ها|ه)?(?!\p{L})/u.source, // ar: the imperative only
  ].join('|'),
  'iu',
);

const NEVER =
  /\b(never|do not|don't|nunca|jamais|niemals|mai|no (comparta|comparte|envíe)|ne (partagez|communiquez)|jangan|tidak akan pernah)\b|никогда|не сообщайте|niekada|asla|nigdy|ніколи|绝不|切勿|不要|从不|決して|絶対に|절대|không bao giờ|đừng|أبدًا|أبدا|لا تشارك|لا ترسل/iu;

export interface SecretRequest {
  sentence: string;
  term: string;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|(?<=[。！？])|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The sentences that ask for a secret without telling the customer never to share it. */
export function secretRequests(body: string): SecretRequest[] {
  const found: SecretRequest[] = [];
  for (const sentence of sentences(body)) {
    if (NEVER.test(sentence) || !REQUEST_VERBS.test(sentence)) continue;
    for (const pattern of SECRET_TERMS) {
      const match = pattern.exec(sentence);
      if (match) {
        found.push({ sentence, term: match[0] });
        break;
      }
    }
  }
  return found;
}
