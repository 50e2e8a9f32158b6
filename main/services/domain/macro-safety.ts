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
  ].join('|'),
  'iu',
);

const NEVER = /\b(never|do not|don't|nunca|jamais|niemals|mai|no (comparta|comparte|envíe)|ne (partagez|communiquez))\b|никогда|не сообщайте|niekada|asla|nigdy|ніколи/iu;

export interface SecretRequest {
  sentence: string;
  term: string;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
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
