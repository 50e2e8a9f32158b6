import type { SeedLanguage } from '../wire-types';

export interface NamePool {
  readonly maleFirst: readonly string[];
  readonly femaleFirst: readonly string[];
  readonly maleLast: readonly string[];
  /** Only where surnames change with gender (Russian -ов/-ова, Lithuanian -as/-ienė/-aitė). */
  readonly femaleLast?: readonly string[];
  /** Customers in Spanish-speaking countries often carry both surnames. */
  readonly secondSurnameChance?: number;
}

export const NAMES: Readonly<Record<SeedLanguage, NamePool>> = {
  en: {
    maleFirst: ['James', 'Michael', 'David', 'Daniel', 'Ryan', 'Chris', 'Tom', 'Oliver', 'Jack', 'Ethan', 'Liam', 'Nathan', 'Chinedu', 'Arjun'],
    femaleFirst: ['Emily', 'Sarah', 'Jessica', 'Olivia', 'Emma', 'Hannah', 'Chloe', 'Megan', 'Lauren', 'Amy', 'Sophie', 'Grace', 'Priya', 'Ngozi'],
    maleLast: ['Smith', 'Johnson', 'Williams', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Thompson', 'Walker', 'Clarke', 'Murphy', 'Anderson', 'Mitchell', 'Hughes', 'Carter'],
  },
  es: {
    maleFirst: ['Alejandro', 'Javier', 'Carlos', 'Miguel', 'Diego', 'Pablo', 'Sergio', 'Andrés', 'Luis', 'Jorge', 'Mateo', 'Raúl'],
    femaleFirst: ['Lucía', 'María', 'Carmen', 'Laura', 'Sofía', 'Valentina', 'Paula', 'Daniela', 'Camila', 'Elena', 'Marta', 'Andrea'],
    maleLast: ['García', 'Rodríguez', 'Martínez', 'López', 'Fernández', 'González', 'Sánchez', 'Pérez', 'Gómez', 'Díaz', 'Romero', 'Torres', 'Ruiz', 'Vargas', 'Castro', 'Morales'],
    secondSurnameChance: 0.45,
  },
  ru: {
    maleFirst: ['Алексей', 'Дмитрий', 'Сергей', 'Андрей', 'Иван', 'Михаил', 'Никита', 'Артём', 'Павел', 'Максим', 'Евгений', 'Роман'],
    femaleFirst: ['Анна', 'Екатерина', 'Мария', 'Ольга', 'Наталья', 'Татьяна', 'Юлия', 'Ирина', 'Ксения', 'Дарья', 'Алина', 'Елена'],
    maleLast: ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Соколов', 'Лебедев', 'Козлов', 'Новиков', 'Морозов', 'Волков', 'Павлов', 'Фёдоров', 'Орлов', 'Никитин'],
    femaleLast: ['Иванова', 'Смирнова', 'Кузнецова', 'Попова', 'Соколова', 'Лебедева', 'Козлова', 'Новикова', 'Морозова', 'Волкова', 'Павлова', 'Фёдорова', 'Орлова', 'Никитина'],
  },
  lt: {
    maleFirst: ['Tomas', 'Mantas', 'Lukas', 'Jonas', 'Paulius', 'Dovydas', 'Mindaugas', 'Darius', 'Andrius', 'Karolis', 'Rokas', 'Justinas'],
    femaleFirst: ['Rūta', 'Eglė', 'Greta', 'Ieva', 'Gabija', 'Austėja', 'Kotryna', 'Monika', 'Indrė', 'Laura', 'Agnė', 'Simona'],
    maleLast: ['Kazlauskas', 'Jankauskas', 'Petrauskas', 'Stankevičius', 'Vasiliauskas', 'Žukauskas', 'Butkus', 'Paulauskas', 'Urbonas', 'Kavaliauskas', 'Navickas', 'Ramanauskas', 'Balčiūnas', 'Sakalauskas'],
    femaleLast: ['Kazlauskienė', 'Jankauskaitė', 'Petrauskienė', 'Stankevičiūtė', 'Vasiliauskienė', 'Žukauskaitė', 'Butkienė', 'Paulauskaitė', 'Urbonienė', 'Kavaliauskaitė', 'Navickienė', 'Ramanauskaitė', 'Balčiūnienė', 'Sakalauskienė'],
  },
  de: {
    maleFirst: ['Lukas', 'Jonas', 'Felix', 'Maximilian', 'Leon', 'Paul', 'Tobias', 'Florian', 'Stefan', 'Matthias', 'Jan', 'Niklas'],
    femaleFirst: ['Anna', 'Laura', 'Julia', 'Lena', 'Sarah', 'Katharina', 'Lea', 'Sophie', 'Hannah', 'Johanna', 'Miriam', 'Franziska'],
    maleLast: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Koch', 'Richter', 'Wolf', 'Schröder', 'Neumann', 'Huber'],
  },
  pt: {
    maleFirst: ['João', 'Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Mateus', 'Gustavo', 'Felipe', 'Bruno', 'Thiago', 'Tiago', 'Rodrigo'],
    femaleFirst: ['Ana', 'Beatriz', 'Mariana', 'Juliana', 'Larissa', 'Camila', 'Fernanda', 'Letícia', 'Inês', 'Carolina', 'Amanda', 'Bruna'],
    maleLast: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Lima', 'Araújo', 'Ferreira', 'Carvalho', 'Gomes', 'Ribeiro', 'Martins'],
  },
  tr: {
    maleFirst: ['Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Burak', 'Murat', 'Oğuzhan', 'Can', 'Furkan', 'Serkan', 'Hakan', 'Yusuf'],
    femaleFirst: ['Ayşe', 'Fatma', 'Zeynep', 'Elif', 'Merve', 'Büşra', 'Esra', 'Selin', 'Ece', 'Gizem', 'Derya', 'İrem'],
    maleLast: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin', 'Koç'],
  },
  fr: {
    maleFirst: ['Lucas', 'Hugo', 'Louis', 'Nathan', 'Théo', 'Julien', 'Nicolas', 'Antoine', 'Maxime', 'Thomas', 'Mathieu', 'Romain'],
    femaleFirst: ['Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Julie', 'Sarah', 'Émilie', 'Marion', 'Clara', 'Pauline', 'Océane'],
    maleLast: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefebvre', 'Michel', 'Fournier', 'Girard'],
  },
};

/** ISO 3166-1 alpha-2 codes where each language's customers live, with relative weights. */
export const COUNTRIES: Readonly<Record<SeedLanguage, readonly (readonly [string, number])[]>> = {
  en: [['US', 42], ['GB', 24], ['CA', 10], ['AU', 10], ['IE', 4], ['NG', 5], ['IN', 5]],
  es: [['ES', 35], ['MX', 25], ['AR', 15], ['CO', 15], ['CL', 10]],
  ru: [['RU', 70], ['KZ', 15], ['BY', 10], ['KG', 5]],
  lt: [['LT', 100]],
  de: [['DE', 72], ['AT', 16], ['CH', 12]],
  pt: [['BR', 78], ['PT', 22]],
  tr: [['TR', 94], ['CY', 6]],
  fr: [['FR', 68], ['BE', 12], ['CA', 10], ['CH', 10]],
};

export const EMAIL_DOMAINS: Readonly<Record<SeedLanguage, readonly string[]>> = {
  en: ['gmail.com', 'gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.com', 'proton.me'],
  es: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.es', 'yahoo.es'],
  ru: ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'inbox.ru'],
  lt: ['gmail.com', 'gmail.com', 'inbox.lt', 'yahoo.com', 'one.lt'],
  de: ['gmx.de', 'web.de', 'gmail.com', 't-online.de', 'posteo.de'],
  pt: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'uol.com.br', 'sapo.pt'],
  tr: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yandex.com.tr'],
  fr: ['gmail.com', 'orange.fr', 'free.fr', 'hotmail.fr', 'laposte.net', 'outlook.fr'],
};

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

// Letters that Unicode decomposition does not reduce to a base letter.
const SPECIAL_LATIN: Readonly<Record<string, string>> = { ı: 'i', ß: 'ss', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe' };

/**
 * Lower-case ASCII spelling of a name for e-mail addresses ("Žukauskaitė" → "zukauskaite",
 * "Фёдоров" → "fedorov"). Called once per distinct name, never per customer.
 */
export function toAsciiLower(name: string): string {
  let out = '';
  for (const char of name.toLowerCase().normalize('NFD')) {
    const code = char.charCodeAt(0);
    if (code >= 0x300 && code <= 0x36f) continue;
    const mapped = CYRILLIC_TO_LATIN[char] ?? SPECIAL_LATIN[char];
    if (mapped !== undefined) out += mapped;
    else if ((char >= 'a' && char <= 'z') || (char >= '0' && char <= '9')) out += char;
  }
  return out;
}
