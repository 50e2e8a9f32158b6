// What customers write when they have a given problem, in the languages the desk sees most
// (en, es, ru, lt, de, pt, tr, fr), as weighted patterns for topic-rules.ts.
//
// Each pattern is a regular expression (source text) that must start at the beginning of a word
// and may end anywhere, so a stem such as 'withdraw' also finds "withdrawals". Write stems, not
// one inflected form: Russian, Lithuanian and Turkish change the ending with the case ("вывод",
// "вывода", "выводом"; "išmokėjimas", "išmokėjimo"; "çekim", "çekimi"). Texts and patterns are
// both compared lower-cased and without accents ("depósito" → "deposito", "çekim" → "cekim",
// "ё" → "е", "ı" → "i"), so patterns may be written either way. A phrase that holds a word of
// another topic claims it ("iki faktörlü doğrulama" is two-factor, not kyc's "doğrulama"): write
// such phrases whole, with the word they would otherwise lose. Weights: 1 a faint hint, 2 a usual
// word of the topic that other topics use too, 3 a telling word, 4–5 a phrase that settles it.
// Words shared by many topics ("account", "urgent", "help", "link") are absent or faint.

import type { KnownTopic } from '../../../preload/contract/domain-types';

export interface TopicKeyword {
  readonly weight: number;
  readonly pattern: string;
}

const k = (weight: number, pattern: string): TopicKeyword => ({ weight, pattern });

export const TOPIC_KEYWORDS: Readonly<Record<KnownTopic, readonly TopicKeyword[]>> = {
  kyc: [
    k(5, 'kyc'),
    k(2, 'verification|verificaci[oó]n|verifica[cç][aã]o|верификац|verifizierung|dogrulama|patvirtinim'),
    k(3, 'passport|pasaporte|passaporte|passeport|reisepass|pasaport|паспорт|pas[aą](?!\\p{L})'),
    k(3, 'selfie|селфи|asmenuk'),
    k(3, 'id (card|document|verification)|driv(ing|er.?s) licen[cs]e|identity document'),
    k(3, 'dni(?!\\p{L})|documento de identidad|rg(?!\\p{L})|cnh(?!\\p{L})|personalausweis|ausweis|kimli[gkğ]|carte d.identit|pi[eè]ce d.identit|tapatyb|asmens dokument'),
    k(4, 'proof of address|comprobante de domicilio|comprovante de (endere[cç]o|resid[eê]ncia)|подтвержд\\S* адрес|adressnachweis|adres belge|ikametgah|justificatif de domicile|adreso patvirtinim|patvirtinan\\S* adres|gyvenamosios vietos'),
    k(3, 'residence permit|permiso de residencia|autorizaci[oó]n de residencia|t[ií]tulo de residencia|titre de s[eé]jour|aufenthaltstitel|вид на жительство|ikamet izni|leidim\\S* gyventi|identity verification|identit[aä]tspr[uü]fung|проверк\\S* личности|kimlik dogrulama|tapatyb\\S* (nustatym|patvirtinim)'),
    k(2, 'document|documento|документ|dokument|belge'),
    k(2, 'identity|identidad|identidade|identit[eé]|identit[aä]t'),
    k(2, '(level|tier|nivel|n[ií]vel|niveau|stufe|уровень|seviye) ?[123]|[123]\\.? ?(seviye|lygi)'),
    k(1, 'under review|en revisi[oó]n|em an[aá]lise|на рассмотрении|in pr[uü]fung|inceleniyor|en cours d.examen|tikrinam'),
    k(1, 'rejected|declined|rechaz|recusad|отклон|abgelehnt|reddedil|refus[eé]|atmet'),
  ],
  deposit: [
    k(3, 'deposit|dep[oó]sito|депозит|depozit|d[eé]p[oô]t|einzahlung|eingezahlt'),
    k(3, 'пополн|yatır|top.?up|topped up|inesim|inesti|inesiau|papild'),
    k(2, 'not showing|doesn.?t show|nothing (in|on) my (balance|wallet)|не приш|не поступ|на баланс|neatej|gelmedi|gorunmuyor|gozukmuyor|hesab\\S* (gecmedi|yansimadi)|no aparec|n[aã]o apareceu|taucht nicht auf|n.appara[iî]t pas'),
    k(3, 'not credited|no acreditad|n[aã]o creditad|не зачислен|neiskaityt|nicht gutgeschrieben|non cr[eé]dit|hesaba gecmedi'),
    k(2, 'credited|acreditad|creditad|зачисл|iskaityt|gutgeschrieben|cr[eé]dit[eé]'),
    k(2, 'n[aã]o caiu|no me llega|не пришел депозит|nicht angekommen|n.?est pas arriv'),
    k(1, 'balance|saldo|баланс|balans|guthaben|bakiye|solde'),
    k(1, 'sent|send|transferred|отправил|перевел|закинул|issiunciau|siunciau|pervedziau|gonderdim|attim|envi[eé]|mand[eé]|enviei|mandei|j.ai envoy|geschickt|[uü]berwiesen'),
    k(1, 'confirmations?|подтверждени[йя] сети|onay'),
  ],
  withdrawal: [
    k(2, 'withdraw|retiro|retirad|вывод|isvedim|isemim|auszahlung|saque|cekim|retrait'),
    k(2, 'retir[eéo]|retirar|вывест|вывел|isvest|isved|auszahl|abheb|abgehoben|sac(ar|ou|ado)|saquei|cek(im|il|ti|tig|mek|eme|ebil|iyor)'),
    k(3, 'ismokej|ismoket|isimt|isimk|atsiimt|para cek|cash.?out|get my (funds|money) out'),
    k(4, 'withdrawal (is |has been )?(pending|stuck|processing|not received|under review)'),
    k(4, 'retiro (pendiente|atascado)|вывод (висит|завис)|isvedimas (laukia|istrigo)|auszahlung (seit|h[aä]ngt)|saque (pendente|travado)|cekim (islemi )?(saatlerdir|isleniyor)|retrait (en attente|bloqu)'),
    k(2, 'processing|procesando|processando|обработк|apdorojam|wird bearbeitet|isleniyor|en traitement'),
    k(2, 'not received|no (he )?recibido|n[aã]o recebi|не дош[её]л|negavau .{0,30}isvedim|nicht erhalten|ulasmadı|non re[cç]u'),
    k(1, 'payout|pending for hours|ausstehend'),
  ],
  two_factor: [
    k(4, '2fa|2-?step( verification)?|two.?(factor|step)( authentication| verification)?|authenticator|otp(?!\\p{L})'),
    k(4, '((verificaci[oó]n|autenticaci[oó]n|c[oó]digo) (en|de) )?(dos pasos|dos factores|doble factor)|((verifica[cç][aã]o|autentica[cç][aã]o) (em|de) )?(duas etapas|dois fatores|dois passos)'),
    k(4, '((authentification|v[eé]rification) (a|à) )?deux (facteurs|[eé]tapes)|double authentification|a2f(?!\\p{L})|zwei.?(faktor|stufig)\\S*'),
    k(4, 'двух.?фактор\\S*( аутентификац\\S*| авторизац\\S*| защит\\S*)?|двух.?этапн\\S*( аутентификац\\S*| проверк\\S*)?|аутентификатор|2фа'),
    k(4, 'iki (faktorlu|faktor|adimli|asamali)( (kimlik )?dogrulama\\S*)?|dvieju (veiksniu|zingsniu|lygiu)( autentifikacij\\S*| patvirtinim\\S*| tapatyb\\S*)?|autentifikator|autenticador|authentifi(cator|zierungs.?app)'),
    k(3, 'app (de )?autenticaci|app (de )?autentica[cç]|aplicativo autenticador|application d.authentification|приложени\\S* аутентификац|autentifikavimo program|dogrulama uygulama'),
    k(3, 'lost my phone|new phone|yeni telefon|nauj\\S* telefon|perd[ií] el m[oó]vil|cambi[eé] de m[oó]vil|perdi o celular|troquei de celular|потерян телефон|телефон новый|pamečiau telefon|pameciau telefon|pasikeiciau telefon|handy verloren|neues handy|telefonumu (kaybettim|degistirdim)|t[eé]l[eé]phone perdu|chang[eé] de t[eé]l[eé]phone'),
    k(2, 'codes? (is |are |keep saying )?invalid|c[oó]digos? (2fa )?(inv[aá]lido|no funcionan|n[aã]o funcionam)|неверн(ый|ые) код|коды 2fa|neteisingas 2fa|2fa-codes?|kodu gecersiz|code 2fa invalide|codes 2fa|c[oó]digo\\S* de (autentica|verifica)\\S* inv[aá]lid|код\\S* (подтверждения )?не (подходит|принима)'),
    k(1, 'reset|restablec|redefinir|сброс|zur[uü]cksetzen|sıfırla|sifirla|r[eé]initialis|is naujo nustatyti'),
  ],
  account_compromise: [
    k(5, 'hack|gehackt|взлом|nulauz|pirat[eé]'),
    k(5, 'unauthori[sz]ed|no autorizad|n[aã]o autorizad|несанкционирован|neleistin|nicht autorisiert|izinsiz|non autoris'),
    k(4, 'not me|wasn.?t me|i did not (do|make|authori[sz]e)|i didn.?t (do|make|authori[sz]e)|no fui yo|yo no hice|n[aã]o fui eu|eu n[aã]o fiz|это не я|tai ne as|as to nedariau|nicht ich|ben (degil|yapmadı)|ce n.est pas moi'),
    k(4, '(someone|somebody) (logged|got|accessed|broke|withdrew|took|stole)|konto [uü]bernommen|alguien entr[oó]|algu[eé]m entrou|кто-то зашел|kazkas prisijung|jemand hat sich (in|ein)|biri hesabıma|quelqu.un s.est connect'),
    k(4, 'stolen|drained|rob(ad|aron|ado)|roub(ad|aram|ou)|украл|обокрал|pavog|apvog|gestohlen|bestohlen|calındı|vol[eé]s?(?!\\p{L})|on m.a vol'),
    k(3, 'password (was|has been) changed|changed my password|cambiaron (la|mi) contrase|trocaram minha senha|senha foi (trocada|alterada)|mot de passe a [eé]t[eé] chang|passwort ge[aä]ndert|сменили пароль|пароль (был )?изменен|pakeit\\S* .{0,20}slaptazod|sifrem degistir'),
    k(3, 'is gone|are gone|desapareci|sumi(u|ram)|исчез|пропал|dingo|verschwunden|kayboldu|gitmis|disparu'),
    k(2, 'login from|inicio de sesi[oó]n desde|login pelo ip|вход с ip|prisijungta is|login von|adresinden giris|connexion depuis'),
    k(2, 'new api key being created|nueva api key|nova chave de api|нового api-ключа|naujo api rakto|neuen api-schl[uü]ssel|yeni bir api anahtarı|nouvelle cl[eé] api'),
  ],
  locked_account: [
    k(3, 'locked|lock(ed)? out|account disabled|disabled for|frozen|unlock'),
    k(3, 'bloquead|desactivad|desativad|congelad|desbloque'),
    k(3, 'заблокирова|отключ[её]н|заморож|разблокир'),
    k(3, 'uzblokuot|uzsiblokav|isjungt|isaldyt|atblokuot'),
    k(3, 'gesperrt|deaktiviert|eingefroren|entsperr'),
    k(3, 'kilitlen|devre dısı|donduruldu|kilidi ac'),
    k(3, 'compte (s.est |est |a [eé]t[eé] |soit )?bloqu|d[eé]sactiv|gel[eé](?!\\p{L})|d[eé]bloqu'),
    k(4, 'too many (login )?attempts|demasiados intentos|muitas tentativas|неудачных попыток|per daug bandym|zu vielen? login|hatalı giris|trop de tentatives'),
    k(3, 'wrong password|contrase[nñ]a mal|errei a senha|неверного пароля|neteising.? slaptazod|falsche passwort|yanlıs sifre|erreurs? de mot de passe'),
    k(2, 'try again later|intente m[aá]s tarde|tentar mais tarde|попробуйте позже|bandykite v[eė]liau|sp[aä]ter erneut|daha sonra tekrar|r[eé]essayez plus tard'),
    k(2, 'security reasons|motivos de seguridad|motivos de seguran[cç]a|соображениям безопасности|saugumo priezasci|sicherheitsgr[uü]nden|g[uü]venlik nedeniyle|raisons de s[eé]curit[eé]'),
  ],
  phishing: [
    k(5, 'phish|фишинг'),
    k(4, 'fake|scam|impersonat|fals[oa]s?(?!\\p{L})|estafa|golpe|фейк|поддельн|мошенн|netikr|apsimetel|sukci|gef[aä]lscht|betr[uü]g|sahte|dolandır|faux|fausse|arnaque'),
    k(5, 'is this (email|e-mail|message|sms) (from you|legit|real)|este correo es vuestro|esse e-mail [eé] de voc[eê]s|это письмо от вас|ar [sš]is lai[sš]kas nuo j[uū]s[uų]|e-mail von ihnen|bu e-posta sizden mi|cet e-mail vient.il de vous'),
    k(3, 'your logo|vuestro logo|logo de voc[eê]s|ваш логотип|j[uū]s[uų] logotip|ihrem logo|sizin logonuz|votre logo'),
    k(3, 'legit|es real|[eé] verdade|это правда|ar tai tikra|ist das echt|bu gercek mi|c.est vrai'),
    k(3, 'telegram|whatsapp|discord'),
    k(4, 'claiming to be|dec[ií]a ser|dizendo ser|представился|prisistat|als ihr support ausgegeben|kendini .{0,40}tanıtan|se pr[eé]sentant comme'),
    k(3, 'clicked|click on|pulse|puls[eé] (el|en el) enlace|cliquei|перешел по ссылк|нажал|paspaud|angeklickt|tıkla|cliqu[eé]'),
    k(2, 'link|enlace|ссылк|nuorod|baglantı|lien(?!\\p{L})'),
    k(2, 'sms'),
    k(4, 'verify (my|your) wallet|verificar (mi|la) billetera|verificar minha carteira|подтвердить кошел[её]к|верифицировать кошел[её]к|patvirtinti pinigin|nepatvirtinsiu pinigin|wallet .{0,40}verifizier|c[uü]zdanımı .{0,40}dogrula|v[eé]rifie (pas )?mon portefeuille'),
  ],
  fees: [
    k(3, 'fees?(?!\\p{L})|comisi[oó]n|comisiones|комисси|gebu[h]?r|taxas?(?!\\p{L})|tarifa|[uü]cret|komisyon|frais|commission'),
    k(5, 'withdrawal fee|comisi[oó]n de retiro|taxa de saque|комиссия за вывод|isvedimo mokest|auszahlungsgeb[uü]hr|cekim [uü]creti|frais de retrait'),
    k(5, 'trading fee|comisiones de trading|taxas de trading|торговым комиссиям|prekybos mokes[cč]|handelsgeb[uü]hr|islem [uü]cret|frais de trading'),
    k(2, 'mokest'),
    k(4, 'mokes[cč]i[uų] puslap|fee page|p[aá]gina de (comisiones|taxas)|странице комиссий|geb[uü]hrenseite|[uü]cretler sayfası|page des frais'),
    k(3, 'maker|taker|мейкер|тейкер'),
    k(2, 'discount|descuento|desconto|скидк|nuolaid|rabatt|indirim|r[eé]duction'),
    k(1, 'charged|cobr|списал|taikomas|berechnet|kesiliyor|factur'),
    k(3, 'charged (me )?(more|twice|extra)|hidden (fee|charge|cost)|cobraron de m[aá]s|comisi[oó]n oculta|cobran[cç]a a mais|taxa escondida|commission cach[eé]e|frais cach|versteckte (kosten|geb)|zu viel berechnet|списали больше|скрыт\\S* комисс|удержал|nuskait\\S* daugiau|komisin|kesinti|abgezogen'),
  ],
  api_keys: [
    k(3, 'api(?!\\p{L})'),
    k(5, 'api.?(key|keys|ключ|schl[uü]ssel|anahtar|rakt)|(cl[eé]|chave de|llave) api'),
    k(4, 'signature|hmac|signed request|подписанные запросы|pasira[sš]ytos u[zž]klausos|signierte anfrage|imzalı|requ[eê]tes sign[eé]es|requisi[cç][oõ]es assinadas|peticiones firmadas'),
    k(2, 'bot(s|u|um|as)?(?!\\p{L})|бот'),
    k(3, 'whitelist|white list|lista blanca|lista de ips|белого списка|baltojo s[aą]ra[sš]o|beyaz liste|liste blanche'),
    k(3, 'testnet|timestamp|тестнет'),
    k(1, 'permissions|endpoint|rate limit'),
  ],
  p2p_dispute: [
    k(4, 'p2p'),
    k(4, 'seller|buyer|vendedor|comprador|продав[её]?ц|покупател|pardav[eė]j|pirk[eė]j|verk[aä]ufer|k[aä]ufer|satıcı|alıcı(?! adres)|vendeur|acheteur'),
    k(4, 'escrow|custodia|эскроу|eskrou|emanet|s[eé]questre'),
    k(4, '(marked|marc[oó]|marcou|отметил|pažymėjo|pazymejo|markiert|isaretledi|marqu[eé]) .{0,40}(paid|pagad|pag[ao]|оплат|apmok[eė]t|bezahlt|odendi|pay[eé])'),
    k(2, 'release|liber[ae]|отпуска|отпущ|neatleid|atleis|freigeb|gibt .{0,30}nicht frei|serbest bırak|lib[eè]re'),
    k(2, 'order \\d|orden \\d|ordem \\d|ордер|orderis|order [a-z0-9]|emir|ordre'),
    k(1, 'bank transfer|transferencia|pix(?!\\p{L})|банковским переводом|banko pavedim|[uü]berweisung|havale|virement'),
    k(3, 'appeal|dispute|apelaci[oó]n|disputa|apela[cç][aã]o|апелляц|спор(?!т)|apeliacij|ginc|itiraz|einspruch|streitfall|litige|faire appel|fait appel'),
    k(1, 'сделк|sandor|sandori'),
  ],
  market_incident: [
    k(4, 'crash|krach|desplome|обвал|absturz|[cç][oö]k[uü][sş]'),
    k(3, 'ca[ií]da|queda|despenc|падени|kritim|krito|d[uü][sş][uü][sş]|chute|dump|ausgefallen|ausfall|abgest[uü]rzt|eingebrochen|coktu|cokmus|nuluz'),
    k(4, '(биржа|сайт|платформа|приложение) (упал|лежал|не работал|не грузил)|app would not load|exchange was (completely )?down|fora do ar|plateforme [eé]tait en panne|birza (visai )?neveik|borsa (tamamen )?calismiyor'),
    k(5, 'liquid(at|ad|ac|ar|iert|ee|ation)|ликвид|likvid|likide'),
    k(5, 'stop.?loss|стоп.?лосс'),
    k(3, 'compensation|compensaci[oó]n|compensa[cç][aã]o|компенс|kompensac|kompensuo|entsch[aä]digung|tazminat|d[eé]dommagement|indemnis'),
    k(3, 'app was down|platform was down|outage|app no funcionaba|app estaba ca[ií]da|fora do ar|приложение лежало|programėlė neveikė|programele neveike|app war down|uygulama (calısmıyordu|cokmustu|çalışmıyordu|çökmüştü)|en panne'),
    k(2, 'position|posici[oó]n|posi[cç][aã]o|позици|pozicij|pozisyon|leverage|margin|futures|futuros|фьючерс|vadeli|ateities sandori'),
    k(1, 'убыт|losses|perdidas|prejuizo|pertes|verluste|zarar|nuostol'),
  ],
  tax_statement: [
    k(5, 'tax(?!\\p{L})|tax (report|return|statement)|impuesto|imposto|налог|steuer|vergi|imp[oô]ts?(?!\\p{L})'),
    k(6, 'mokes[cč]i[uų] (deklarac|ataskait)'),
    k(4, 'fiscal|fisc(?!\\p{L})|declaraci[oó]n|d[eé]claration|deklarac|beyanname|hacienda|imposto de renda|receita federal|informe de rendimentos|finanzamt|vmi(?!\\p{L})|ндфл|3-ндфл|vergi dairesi'),
    k(3, 'capital gains|cost basis|plus.?values|ganancias y p[eé]rdidas|ganhos de capital|справк\\S* о (доход|прибыл)|pelno .{0,20}pazym|pajam|kar zarar|anschaffungskosten|custo de aquisi|prix d.acquisition'),
    k(4, 'accountant|gestor|contador|бухгалтер|buhalter|steuerberater|muhasebeci|comptable'),
    k(3, 'export|выгруз|экспорт|eksport|dısa aktar|dışa aktar'),
    k(3, 'transaction history|trade history|historial de operaciones|hist[oó]rico de transa[cç][oõ]es|истори[яю] операций|operacij[uų] istorij|transaktionshistorie|islem gecmisi|işlem geçmişi|historique des transactions'),
    k(2, 'staking'),
    k(2, 'full statement|extracto completo|extrato completo|полная выписка|полную выписку|vollst[aä]ndige aufstellung|eksiksiz d[oö]k[uü]m|relev[eé] complet'),
  ],
  account_closure: [
    k(5, 'dar(la|me)? de baja|close (my |the )?account|closing my account|cerrar (definitivamente )?(mi |la )?cuenta|cierr[oa] (la |mi )?cuenta|encerr|закрыть (мой )?аккаунт|u[zž]daryt.? (mano )?paskyr|konto .{0,20}schlie|schlie.{0,6} .{0,12}konto|hesab\\S* .{0,30}kapat|hesap (silme|kapatma)|fermer (d[eé]finitivement )?(mon |le )?compte'),
    k(5, 'delete (my |the )?account|delete my (data|personal)|elimin\\S* (mi )?cuenta|exclu\\S* (minha |a )?conta|(удалит|удалени)\\S* (мо[йюе] )?(аккаунт|учетн\\S* запис|профил)|i[sš]trin\\S* (mano )?paskyr|(konto|account)\\S* .{0,20}l[oö]sch|l[oö]sch\\S* .{0,20}(konto|account)|hesab\\S* .{0,20}sil|supprimer (mon |le )?compte'),
    k(5, 'gdpr|rgpd|lgpd|dsgvo|bdar|kvkk'),
    k(3, 'personal data|datos personales|dados pessoais|персональные данные|asmens duomen|pers[oö]nliche daten|ki[sş]isel veri|donn[eé]es personnelles'),
    k(2, 'permanently|definitivamente|навсегда|visam laikui|dauerhaft|kalıcı olarak|d[eé]finitivement'),
    k(2, 'don.?t use the platform|ya no uso la plataforma|n[aã]o uso mais a plataforma|платформой больше не пользуюсь|platforma nebesinaudoju|nutze die plattform nicht mehr|platformu artık kullanmıyorum|n.utilise plus la plateforme'),
  ],
};
