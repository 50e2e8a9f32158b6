// What the customer actually wrote in a message, without what their mail program or their wallet
// added: quoted earlier mails, signatures, and machine tokens (links, addresses, hashes, numbers,
// tickers). Language detection reads only this; machine tokens carry no language, yet their
// letters skew a detector that counts letter sequences. Pure: no I/O.

/** Lines that start a quoted earlier mail, in the desk's languages ("On Mon, … Ana wrote:"). */
const REPLY_HEADER = new RegExp(
  [
    '\\bwrote:',
    '\\bescribi[oó]:',
    '\\bescreveu:',
    '\\ba [eé]crit\\s?:',
    '\\bschrieb\\s?.{0,40}:',
    '\\bha scritto:',
    '\\bnapisa[łl](?:a|\\(a\\))?:',
    '\\bpisze:',
    '\\bra[šs][eė]:',
    '\\byazd[ıi]:',
    '(?:написал|написала|написал\\(а\\)|пишет|написав|пише):',
    '(?:写道|寫道)[:：]',
    '님이 작성:',
    'كتب:',
    '(?<!\\p{L})đã viết:',
    '\\bmenulis:',
    // Japanese mail programs end the header with the sender's address alone: "… Support <support@example.com>:".
    '<[^<>\\s]+@[^<>\\s]+>\\s?[:：]',
  ]
    .map((pattern) => `${pattern}\\s*$`)
    .join('|'),
  'iu',
);
/** Separators mail programs put above a forwarded or quoted mail. */
const QUOTE_SEPARATOR =
  /^\s*(?:-{2,}\s*(?:original message|forwarded message|mensaje original|mensaje reenviado|исходное сообщение|пересылаемое сообщение|ursprüngliche nachricht|weitergeleitete nachricht|message d.origine|message transféré|mensagem original|mensagem encaminhada|orijinal mesaj|iletilen mesaj|originalus laiškas|persiųstas laiškas|messaggio originale|messaggio inoltrato|wiadomość oryginalna|przekazana wiadomość|оригінальне повідомлення|переслане повідомлення)\s*-{2,}|_{10,})\s*$/iu;
/** The "-- " line that starts a signature by mail convention. */
const SIGNATURE_SEPARATOR = /^--\s?$/;
/** "Sent from my iPhone" and its kin: the phone's language, not necessarily the writer's. */
const SENT_FROM =
  /^\s*(?:sent from my|get outlook for|enviado desde mi|enviado do meu|отправлено с|von meinem .{1,40} gesendet|envoyé de mon|envoyé depuis mon|iphone.?umdan gönderildi|išsiųsta iš|inviato da|wysłane z|надіслано з|从我的|發自我的|iphone.{0,20}から送信|.{1,20}에서 보냄|أ?\p{M}?رسلت من|مرسل من|gửi từ|dikirim dari)/iu;

/**
 * A letter or digit that is not Chinese, Japanese or Korean. Those scripts run words together, so
 * a token glued to them ("提了500USDT到", "邮箱test@qq.com") must stop where they begin, or it
 * takes the whole clause with it.
 */
const TOKEN_CHARACTER = '(?![\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}])[\\p{L}\\p{N}';

/** Links, e-mail addresses and bare domains. */
const LINK = new RegExp(
  `(?:[a-z][a-z0-9+.-]*:\\/\\/|www\\.)[^\\s\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}]+|(?:${TOKEN_CHARACTER}._%+-])+@(?:${TOKEN_CHARACTER}.-])+\\.(?:${TOKEN_CHARACTER}]){2,}|(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:com|net|org|io|app|exchange|info|xyz|me)(?![\\p{L}\\p{N}])`,
  'giu',
);
/** Long letter-and-digit runs: base58 addresses, hashes and API keys, even those without a digit. */
const MACHINE_TOKEN = /(?<![\p{L}\p{N}])[a-z0-9]{26,}(?![\p{L}\p{N}])/giu;
/**
 * Quoted passages: customers quote the app's status and error messages ("Invalid signature"),
 * which are often in English whatever the customer writes. An apostrophe inside a word is no quote.
 */
const QUOTED = /"[^"\n]{1,120}"|“[^”\n]{1,120}”|«[^»\n]{1,120}»|„[^“”\n]{1,120}[“”]|(?<!\p{L})'[^'\n]{1,120}'(?!\p{L})/gu;
/** Anything holding a digit: amounts, ids (U-4821937), networks (TRC20), IPs, dates, times. */
const WITH_DIGIT = new RegExp(`(?:${TOKEN_CHARACTER}_-])*\\p{N}(?:[.,:/_-]?${TOKEN_CHARACTER}])*`, 'gu');
/**
 * Tickers and the crypto jargon customers write in English whatever their language ("mi wallet",
 * "le staking"): they say nothing about the language of the sentence around them.
 */
const JARGON = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    'btc', 'eth', 'usdt', 'usdc', 'bnb', 'sol', 'xrp', 'trx', 'doge', 'ada', 'ltc', 'matic', 'avax', 'shib', 'xlm', 'bch', 'busd', 'pepe',
    'bitcoin', 'ethereum', 'tether', 'solana', 'tron', 'dogecoin', 'litecoin', 'ripple', 'polygon', 'arbitrum',
    'kyc', 'aml', 'api', 'p2p', 'otp', 'sms', 'txid', 'tx', 'hash', 'id', 'uid', 'ip', 'vpn', 'nft', 'defi', 'faq',
    'wallet', 'cold wallet', 'hot wallet', 'staking', 'swap', 'explorer', 'blockchain', 'ledger', 'trezor', 'metamask', 'airdrop', 'token', 'tokens', 'escrow',
    'trading', 'trade', 'futures', 'spot', 'margin', 'stop.?loss', 'take.?profit', 'seed phrase', 'bot', 'exchange', 'app', 'email', 'e-mail', 'google authenticator', 'authenticator', 'ok', 'okay',
  ].join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** The message without quoted mails and signature: the lines the customer typed for this message. */
export function ownWords(message: string): string {
  const kept: string[] = [];
  const lines = message.replace(/\r\n?/g, '\n').split('\n');
  for (const [index, line] of lines.entries()) {
    if (SIGNATURE_SEPARATOR.test(line) || QUOTE_SEPARATOR.test(line)) break;
    // A reply header on the first line would leave nothing: then it is the customer's own sentence.
    if (index > 0 && REPLY_HEADER.test(line)) break;
    if (/^\s*>/.test(line) || SENT_FROM.test(line)) continue;
    kept.push(line);
  }
  return kept.join('\n').trim();
}

/** Only words in a human language: machine tokens, numbers and jargon are blanked out. */
export function proseOnly(text: string): string {
  // Punctuation stays: the detector weighs each sentence apart, so one odd word cannot sway them all.
  return text.replace(QUOTED, ' ').replace(LINK, ' ').replace(MACHINE_TOKEN, ' ').replace(WITH_DIGIT, ' ').replace(JARGON, ' ').replace(/\s+/g, ' ').trim();
}
