// The starter macro library ships as data (resources/macros/starter-library.json). These checks
// keep it shippable: the shape the app expects, the topics and languages it promises, templates
// that render cleanly with or without ticket data, and replies that never ask for a secret.
import { readFileSync } from 'node:fs';
import { Output, TypeGuards, type Template } from 'liquidjs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { accountMacroFacts } from '../../../main/services/domain/account-macro-facts';
import { HOLDING_REPLY_MACRO_ID } from '../../../main/services/domain/holding-reply';
import { macroContext } from '../../../main/services/domain/macro-context';
import { renderMacro } from '../../../main/services/domain/macro-rendering';
import { createMacroEngine } from '../../../main/services/domain/template-engine';
import { KNOWN_TOPICS, LANGUAGES, PRIORITIES, TICKET_STATUSES, TOPICS, type Language } from '../../../preload/contract/domain-types';
import { sampleAccount } from '../back-office/account-fixture';

/** Every macro speaks every language of the desk (the coverage script prints the same table). */
const LIBRARY_LANGUAGES = LANGUAGES;
type LibraryLanguage = Language;

/**
 * Languages whose greeting leaves the name out: a name there takes the vocative case
 * (Lithuanian "Jonai", Polish "Pani Anno", Ukrainian "Олено"), which a placeholder cannot inflect.
 * Every other placeholder of the English body must be in every language.
 */
const GREETS_WITHOUT_NAME: readonly LibraryLanguage[] = ['lt', 'pl', 'uk'];
/** Sent automatically when a ticket is escalated to security (the escalation looks it up by this id). */
const SECURITY_HOLDING_ID = HOLDING_REPLY_MACRO_ID;

/** Ticket data a body may use; each needs a `default` fallback because any of it can be missing. */
const CONTEXT_VARIABLES = [
  'customer.name',
  'customer.first_name',
  'customer.user_id',
  'ticket.id',
  'ticket.subject',
  'agent.name',
  'agent.first_name',
] as const;

/** The macros of the library; the last four speak of the account's deposit or withdrawal. */
const STARTER_MACRO_COUNT = 18;

/**
 * The account's facts a body may use ({{ deposit.confirmations }}, {{ withdrawal.state }}, …):
 * every value the desk fills from what it learned of the ticket's deposit or withdrawal. Like a
 * field, a fact has no fallback: a reply that needs one the desk does not have waits.
 */
const ACCOUNT_FACT_SAMPLE: Record<'deposit' | 'withdrawal', Record<string, string>> = {
  deposit: Object.fromEntries(Object.keys(accountMacroFacts({ deposit: sampleAccount().deposits[0]! }, null).deposit ?? {}).map((k) => [k, `«DEPOSIT.${k.toUpperCase()}»`])),
  withdrawal: Object.fromEntries(Object.keys(accountMacroFacts({ withdrawal: sampleAccount().withdrawals[0]! }, null).withdrawal ?? {}).map((k) => [k, `«WITHDRAWAL.${k.toUpperCase()}»`])),
};
const ACCOUNT_FACTS = [...Object.keys(ACCOUNT_FACT_SAMPLE.deposit).map((k) => `deposit.${k}`), ...Object.keys(ACCOUNT_FACT_SAMPLE.withdrawal).map((k) => `withdrawal.${k}`)];
const isAccountFact = (variable: string | null): boolean => variable !== null && /^(deposit|withdrawal)\./.test(variable);
const accountFactsUsed = (body: string): string[] => placeholdersOf(body).filter(isAccountFact);

const fieldKey = z.string().regex(/^[a-z][a-z0-9_]*$/, 'snake_case field key');

const MacroSchema = z.strictObject({
  id: z.string().regex(/^starter\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids look like starter.kebab-case'),
  topic: z.enum(TOPICS),
  title: z.string().trim().min(3).max(80),
  keywords: z.array(z.string().trim().min(2)).min(6),
  requiredFields: z.array(z.strictObject({ key: fieldKey, label: z.string().trim().min(3) })),
  actions: z.strictObject({
    status: z.enum(TICKET_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    addTags: z.array(z.string().regex(/^[a-z0-9_]+$/)).optional(),
    assignToSelf: z.boolean().optional(),
  }),
  bodies: z.partialRecord(z.enum(LIBRARY_LANGUAGES), z.string().min(1)),
});

const LibrarySchema = z.strictObject({
  version: z.literal(1),
  macros: z.array(MacroSchema),
});

type Macro = z.infer<typeof MacroSchema>;

const raw: unknown = JSON.parse(
  readFileSync(new URL('../../../resources/macros/starter-library.json', import.meta.url), 'utf8'),
);
const parsed = LibrarySchema.safeParse(raw);
const macros: Macro[] = parsed.success ? parsed.data.macros : [];

const bodiesOf = (macro: Macro): Array<[LibraryLanguage, string]> =>
  LIBRARY_LANGUAGES.flatMap((language) => {
    const body = macro.bodies[language];
    return body === undefined ? [] : [[language, body] as [LibraryLanguage, string]];
  });
const allBodies = (): Array<{ id: string; language: LibraryLanguage; body: string; macro: Macro }> =>
  macros.flatMap((macro) => bodiesOf(macro).map(([language, body]) => ({ id: macro.id, language, body, macro })));

// The engine the desk renders with: no files, only the allowed tags (a body using include fails here).
const engine = createMacroEngine();

type Bodies = Partial<Record<LibraryLanguage, string>>;

/** The languages of the desk a macro has no body in. */
const missingLanguages = (macro: { bodies: Bodies }): LibraryLanguage[] => LIBRARY_LANGUAGES.filter((l) => !macro.bodies[l]);

/** The Liquid variables a body reads (customer.first_name, fields.tx_hash…), unique and sorted. */
const placeholdersOf = (body: string): string[] => [...new Set(engine.globalFullVariablesSync(engine.parse(body)))].sort();

/** How a body's placeholders differ from the English body's: what it lacks and what it adds. */
function placeholderDifference(macro: { bodies: Bodies }, language: LibraryLanguage): { missing: string[]; extra: string[] } {
  const english = placeholdersOf(macro.bodies.en ?? '');
  const own = placeholdersOf(macro.bodies[language] ?? '');
  const excused = GREETS_WITHOUT_NAME.includes(language) ? ['customer.first_name'] : [];
  return {
    missing: english.filter((v) => !own.includes(v) && !excused.includes(v)),
    extra: own.filter((v) => !english.includes(v)),
  };
}

const FIELD_SAMPLE = (key: string): string => `«${key.toUpperCase()}-SAMPLE»`;
const fieldValues = (macro: Macro): Record<string, string> =>
  Object.fromEntries(macro.requiredFields.map(({ key }) => [key, FIELD_SAMPLE(key)]));
const FULL_CONTEXT = {
  customer: { name: 'Ada Lovelace', first_name: 'Ada', user_id: 'U-4242' },
  ticket: { id: 'T-1001', subject: 'Help please' },
  agent: { name: 'Grace Hopper', first_name: 'Grace' },
};

// Secret words per language (stems, matched case-insensitively), plus a few that read the same
// everywhere. A body that mentions any of them must also say "never" in its own language.
const SECRET_WORDS_ANY_LANGUAGE = /seed|private key|password|2fa|sms/iu;
const SECRET_WORDS: Record<LibraryLanguage, RegExp> = {
  en: /seed phrase|recovery phrase|private key|secret key|password|passphrase|2fa code|sms code|authenticat\w* code|verification code/iu,
  es: /frase semilla|frase de recuperación|clave privada|clave secreta|contraseña|código/iu,
  ru: /сид-фраз|фраз\p{L}* восстановлени|приватн|секретн\p{L}* ключ|парол|код/iu,
  lt: /slaptažod|slapt\p{L}* rakt|privat|privač|atkūrimo fraz|kod(?!ėl)/iu,
  de: /seed-phrase|wiederherstellungsphrase|privaten? schlüssel|geheimen? schlüssel|passw|kennw|code/iu,
  pt: /frase semente|frase de recuperação|chave privada|chave secreta|senha|código/iu,
  tr: /kurtarma ifade|özel anahtar|gizli anahtar|şifre|parola|kod/iu,
  fr: /phrase de récupération|phrase secrète|clé privée|clé secrète|mot de passe|code/iu,
  it: /frase di recupero|chiave privata|chiave segreta|password|codic/iu,
  pl: /fraz\p{L}* odzyskiwania|klucz\p{L}* prywatn|klucz\p{L}* tajn|hasł|haseł|kod/iu,
  uk: /сід-фраз|фраз\p{L}* відновлен|приватн|секретн\p{L}* ключ|парол|код/iu,
  zh: /助记词|恢复短语|私钥|(?<!API ?)密钥|密码|验证码/u,
  ja: /シードフレーズ|リカバリーフレーズ|秘密鍵|シークレットキー|パスワード|コード/u,
  ko: /시드 ?구문|복구 ?구문|개인 ?키|비밀 ?키|시크릿 ?키|비밀번호|코드/u,
  vi: /cụm từ khôi phục|khóa riêng tư|khóa bí mật|mật khẩu|mã xác (?:thực|minh)|mã 2fa|mã sms/iu,
  id: /frasa pemulihan|kunci privat|kunci rahasia|secret key|kata sandi|kode/iu,
  ar: /عبارة الاسترداد|المفتاح الخاص|مفاتيحك الخاصة|المفتاح السري|مفتاحك السري|كلمة المرور|كلمات المرور|رمز|رموز/u,
};
const NEVER: Record<LibraryLanguage, RegExp> = {
  en: /\bnever\b/i,
  es: /\bnunca\b/i,
  ru: /никогда/iu,
  lt: /niekada/iu,
  de: /\bniemals\b/i,
  pt: /\bnunca\b/i,
  tr: /asla/iu,
  fr: /\bjamais\b/i,
  it: /\bmai\b/i,
  pl: /nigdy/iu,
  uk: /ніколи/iu,
  zh: /绝不|切勿|从不|永远不/u,
  ja: /決して/u,
  ko: /절대/u,
  vi: /không bao giờ|tuyệt đối không/iu,
  id: /jangan pernah|tidak akan pernah|tidak pernah/iu,
  ar: /أبدًا|أبدا/u,
};
// The first line of a body rendered without ticket data: a capitalised salutation where the script
// has case, the language's own form where it has none (Chinese 尊敬的…，您好！, Japanese …様,
// Korean …님, 안녕하십니까., Arabic …، with its own comma).
const CASED_GREETING = /^\p{Lu}[\p{L} ,]*\p{L}[,!]$/u;
const GREETING: Partial<Record<LibraryLanguage, RegExp>> = {
  zh: /^尊敬的\p{Script=Han}+，您好！$/u,
  ja: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+様$/u,
  ko: /^\p{Script=Hangul}+님, 안녕하십니까\.$/u,
  ar: /^\p{Script=Arabic}[\p{Script=Arabic}\p{M} ]*،$/u,
};
// English only: a sentence that asks the customer to hand over a secret, unless it says "never".
const ASKS_FOR_SECRET_EN =
  /\b(send|provide|share|give|tell|forward|reply with|paste)\b[^.]*\b(password|seed phrase|recovery phrase|private key|secret key|codes?)\b/i;

/** Each output of a body: the variable it starts from, its filter names and the first filter's first argument. */
const outputsOf = (templates: Template[]): Array<{ variable: string | null; filters: string[]; firstArg: unknown }> =>
  templates.flatMap((template) => {
    if (!(template instanceof Output)) return [];
    const [variable] = engine.fullVariablesSync([template]);
    const [first] = template.value.filters;
    return [{ variable: variable ?? null, filters: template.value.filters.map((f) => f.name), firstArg: first?.args[0] }];
  });

describe('starter macro library', () => {
  it('matches the schema', () => {
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it(`has exactly ${STARTER_MACRO_COUNT} macros with unique ids, titles and field keys`, () => {
    expect(macros).toHaveLength(STARTER_MACRO_COUNT);
    expect(new Set(macros.map((m) => m.id)).size).toBe(macros.length);
    expect(new Set(macros.map((m) => m.title.toLowerCase())).size).toBe(macros.length);
    for (const macro of macros) {
      const keys = macro.requiredFields.map((f) => f.key);
      expect(new Set(keys).size, macro.id).toBe(keys.length);
      const keywords = macro.keywords.map((k) => k.toLowerCase());
      expect(new Set(keywords).size, `${macro.id}: duplicate keywords`).toBe(keywords.length);
    }
  });

  it('covers every topic', () => {
    const covered = new Set(macros.map((m) => m.topic));
    expect(KNOWN_TOPICS.filter((topic) => !covered.has(topic))).toEqual([]);
  });

  it('has a body in every language of the desk for every macro', () => {
    expect(macros.map((m) => ({ id: m.id, missing: missingLanguages(m) }))).toEqual(macros.map((m) => ({ id: m.id, missing: [] })));
    expect(allBodies()).toHaveLength(STARTER_MACRO_COUNT * LIBRARY_LANGUAGES.length);
  });

  it('uses exactly the placeholders of the English body in every language', () => {
    for (const { id, language, macro } of allBodies()) {
      expect(placeholderDifference(macro, language), `${id} [${language}]`).toEqual({ missing: [], extra: [] });
    }
  });

  it('catches a missing body and a body whose placeholders differ from the English one', () => {
    const en = 'Hello {{ customer.first_name | default: "there" }}, {{ fields.tx_hash }}\n{{ agent.first_name | default: "Support" }}';
    const broken = { bodies: { en, es: 'Hola, {{ fields.hash }}\n{{ agent.first_name | default: "Soporte" }}' } };
    expect(missingLanguages(broken)).toEqual(LIBRARY_LANGUAGES.filter((l) => l !== 'en' && l !== 'es'));
    expect(placeholderDifference(broken, 'es')).toEqual({ missing: ['customer.first_name', 'fields.tx_hash'], extra: ['fields.hash'] });
    // The vocative exception covers the name in the greeting and nothing else.
    const polish = { bodies: { en, pl: 'Dzień dobry, {{ fields.tx_hash }}\n{{ agent.first_name | default: "Zespół" }}' } };
    expect(placeholderDifference(polish, 'pl')).toEqual({ missing: [], extra: [] });
    const polishWithoutField = { bodies: { en, pl: 'Dzień dobry,\n{{ agent.first_name | default: "Zespół" }}' } };
    expect(placeholderDifference(polishWithoutField, 'pl')).toEqual({ missing: ['fields.tx_hash'], extra: [] });
  });

  it('finds macros by keywords in several languages', () => {
    for (const macro of macros) {
      const scripts = {
        cyrillic: macro.keywords.some((k) => /\p{Script=Cyrillic}/u.test(k)),
        latinNonEnglish: macro.keywords.some((k) => /[áéíóúñąčęėįšųūž]/iu.test(k)),
        // One Chinese and one Japanese at least (a Japanese word may be all kanji, so they are counted together).
        chineseAndJapanese: macro.keywords.filter((k) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(k)).length >= 2,
        korean: macro.keywords.some((k) => /\p{Script=Hangul}/u.test(k)),
        arabic: macro.keywords.some((k) => /\p{Script=Arabic}/u.test(k)),
        vietnamese: macro.keywords.some((k) => /[ạảãàáâầấậẩẫăằắặẳẵẹẻẽèéêềếệểễịỉĩìíọỏõòóôồốộổỗơờớợởỡụủũùúưừứựửữỳýỵỷỹđ]/u.test(k)),
      };
      expect(scripts, macro.id).toEqual({ cyrillic: true, latinNonEnglish: true, chineseAndJapanese: true, korean: true, arabic: true, vietnamese: true });
    }
  });

  it('has the security holding reply the escalation sends', () => {
    const macro = macros.find((m) => m.id === SECURITY_HOLDING_ID);
    expect(macro?.topic).toBe('account_compromise');
    expect(macro?.actions.priority).toBe('urgent');
    expect(macro?.actions.addTags).toEqual(['security']);
    expect(macro?.requiredFields).toEqual([]); // it is sent without an agent filling anything in
    const en = macro?.bodies.en ?? '';
    expect(en).toMatch(/security team/i);
    expect(en).toMatch(/withdrawals[^.]*held/i);
    expect(en).toMatch(/change the password of the email/i);
    expect(en).toMatch(/never share[^.]*codes/i);
  });

  it('has bodies that are plain text paragraphs signed by the agent', () => {
    for (const { id, language, body } of allBodies()) {
      const where = `${id} [${language}]`;
      expect(body, where).not.toMatch(/<\/?[a-z][^>]*>/i);
      expect(body, where).not.toMatch(/\r|\t|\n{3,}| +\n| {2,}/);
      expect(body.trim(), where).toBe(body);
      const paragraphs = body.split('\n\n');
      expect(paragraphs.length, where).toBeGreaterThanOrEqual(4); // greeting, text, text…, sign-off
      expect(paragraphs.at(-1), where).toMatch(/\n\{\{ agent\.first_name \| default: "[^"]+" \}\}$/);
    }
  });

  it('parses every body with strict filters, using only outputs (no tags)', () => {
    for (const { id, language, body } of allBodies()) {
      const templates = engine.parse(body);
      const tags = templates.filter((t) => !(t instanceof Output) && t.constructor.name !== 'HTML');
      expect(tags.map((t) => t.constructor.name), `${id} [${language}]`).toEqual([]);
    }
  });

  it('uses only known placeholders, and exactly the declared fields', () => {
    const allowed = new Set<string>([...CONTEXT_VARIABLES, ...ACCOUNT_FACTS]);
    for (const { id, language, body, macro } of allBodies()) {
      const where = `${id} [${language}]`;
      const used = engine.globalFullVariablesSync(engine.parse(body));
      const fields = used.filter((v) => v.startsWith('fields.')).map((v) => v.slice('fields.'.length));
      expect(used.filter((v) => !v.startsWith('fields.') && !allowed.has(v)), where).toEqual([]);
      expect([...new Set(fields)].sort(), where).toEqual(macro.requiredFields.map((f) => f.key).sort());
    }
  });

  it('gives every ticket placeholder a default as its first filter, and never a default for fields or account facts', () => {
    for (const { id, language, body } of allBodies()) {
      for (const output of outputsOf(engine.parse(body))) {
        const where = `${id} [${language}] ${output.variable ?? '(literal)'}`;
        expect(output.variable, where).not.toBeNull();
        if (output.variable?.startsWith('fields.') || isAccountFact(output.variable)) {
          expect(output.filters, where).toEqual([]);
        } else {
          expect(output.filters[0], where).toBe('default');
          expect(TypeGuards.isQuotedToken(output.firstArg), `${where}: the fallback is a quoted string`).toBe(true);
        }
      }
    }
  });

  it('renders cleanly without any ticket data (only the required fields and the account\'s facts filled in)', () => {
    for (const { id, language, body, macro } of allBodies()) {
      const where = `${id} [${language}]`;
      const text = engine.parseAndRenderSync(body, { fields: fieldValues(macro), ...ACCOUNT_FACT_SAMPLE });
      expect(text, where).not.toMatch(/\bundefined\b|\bnull\b|\[object|\{\{|\}\}|\{%|%\}/);
      expect(text, where).not.toMatch(/ [,.]| {2,}|^[ ,.!?:;]|\n[ ,.!?:;]|\(\s*\)/);
      const [greeting = ''] = text.split('\n');
      expect(greeting, where).toMatch(GREETING[language] ?? CASED_GREETING);
      const signature = text.split('\n').at(-1) ?? '';
      expect(signature.trim().length, where).toBeGreaterThan(2);
      for (const { key } of macro.requiredFields) expect(text, where).toContain(FIELD_SAMPLE(key));
    }
  });

  it('renders with ticket data, greeting the customer by name where the language allows and signing with the agent', () => {
    for (const { id, language, body, macro } of allBodies()) {
      const where = `${id} [${language}]`;
      const text = engine.parseAndRenderSync(body, { ...FULL_CONTEXT, fields: fieldValues(macro), ...ACCOUNT_FACT_SAMPLE });
      expect(text.split('\n').at(-1), where).toBe('Grace');
      if (body.includes('customer.first_name')) expect(text.split('\n')[0], where).toContain('Ada');
      expect(text, where).not.toMatch(/ [,.]| {2,}/);
    }
  });

  it("renders through the desk's own renderer: nothing missing but the required fields, nothing broken", () => {
    const ticket = { id: 'T-1001', subject: 'Help please' };
    const agent = { name: 'Grace Hopper' };
    for (const { id, language, body, macro } of allBodies()) {
      const where = `${id} [${language}]`;
      const unfilled = renderMacro(body, macroContext(ticket, null, agent), macro.requiredFields);
      expect(unfilled.error, where).toBeNull();
      // A fact of the account the desk has not learned holds the reply back like an unfilled field.
      expect([...unfilled.missing].sort(), where).toEqual([...macro.requiredFields.map((f) => `fields.${f.key}`), ...accountFactsUsed(body)].sort());
      const filled = renderMacro(body, macroContext(ticket, null, agent, fieldValues(macro), ACCOUNT_FACT_SAMPLE), macro.requiredFields);
      expect(filled, where).toMatchObject({ missing: [], error: null });
      expect(filled.text.split('\n').at(-1), where).toBe('Grace');
    }
  });

  it('never asks for a secret: any mention of one comes with "never"', () => {
    for (const { id, language, body } of allBodies()) {
      const where = `${id} [${language}]`;
      const mentionsSecret = SECRET_WORDS[language].test(body) || SECRET_WORDS_ANY_LANGUAGE.test(body);
      if (mentionsSecret) expect(body, `${where} mentions a secret without "never"`).toMatch(NEVER[language]);
      if (language === 'en') {
        for (const sentence of body.split(/(?<=[.!?:;])\s+/)) {
          if (ASKS_FOR_SECRET_EN.test(sentence)) expect(sentence, where).toMatch(NEVER.en);
        }
      }
    }
  });

  it('checks secrets with patterns that catch the usual words', () => {
    const samples: Record<LibraryLanguage, string> = {
      en: 'Please send us your recovery phrase.',
      es: 'Envíenos su contraseña.',
      ru: 'Пришлите вашу сид-фразу.',
      lt: 'Atsiųskite savo slaptažodį.',
      de: 'Senden Sie uns Ihr Passwort.',
      pt: 'Envie-nos a sua senha.',
      tr: 'Lütfen şifrenizi gönderin.',
      fr: 'Envoyez-nous votre mot de passe.',
      it: 'Inviaci la tua chiave privata.',
      pl: 'Prześlij nam swoje hasło.',
      uk: 'Надішліть нам ваш пароль.',
      zh: '请把您的助记词发给我们。',
      ja: 'パスワードを送ってください。',
      ko: '비밀번호를 보내 주세요.',
      vi: 'Vui lòng gửi cho chúng tôi mật khẩu của bạn.',
      id: 'Kirimkan kata sandi Anda kepada kami.',
      ar: 'أرسل إلينا كلمة المرور الخاصة بك.',
    };
    for (const language of LIBRARY_LANGUAGES) {
      expect(SECRET_WORDS[language].test(samples[language]), language).toBe(true);
      expect(NEVER[language].test(samples[language]), language).toBe(false);
    }
    expect(ASKS_FOR_SECRET_EN.test(samples.en)).toBe(true);
  });
});
