import type { SeedLanguage } from '../wire-types';

/**
 * A name as written, or, for scripts that have no letter-by-letter Latin spelling (Chinese,
 * Japanese, Korean, Arabic), as written with its usual romanisation for e-mail addresses:
 * ['王', 'wang'], ['佐藤', 'sato'], ['김', 'kim'], ['محمد', 'mohammed'].
 */
export type PoolName = string | readonly [written: string, latin: string];

export interface NamePool {
  readonly maleFirst: readonly PoolName[];
  readonly femaleFirst: readonly PoolName[];
  readonly maleLast: readonly PoolName[];
  /** Only where surnames change with gender (Russian -ов/-ова, Lithuanian -as/-ienė/-aitė). */
  readonly femaleLast?: readonly PoolName[];
  /** Customers in Spanish-speaking countries often carry both surnames. */
  readonly secondSurnameChance?: number;
  /** The family name comes first (王芳, 佐藤 健, 김민준). */
  readonly familyNameFirst?: boolean;
  /** What stands between the names: '' where a full name is written as one word (王芳, 김민준). */
  readonly nameSeparator?: string;
  /**
   * How an agent addresses the customer, which is what the customer's firstName holds: the given
   * name (default), the family name (Japanese: 佐藤様) or the full name (Chinese 王芳，您好;
   * Korean 김민준 고객님).
   */
  readonly addressedBy?: 'given' | 'family' | 'full';
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
  zh: {
    maleFirst: [['伟', 'wei'], ['磊', 'lei'], ['浩然', 'haoran'], ['子轩', 'zixuan'], ['俊杰', 'junjie'], ['建国', 'jianguo'], ['鹏', 'peng'], ['宇航', 'yuhang'], ['志强', 'zhiqiang'], ['明', 'ming'], ['涛', 'tao'], ['博文', 'bowen']],
    femaleFirst: [['芳', 'fang'], ['静', 'jing'], ['婷婷', 'tingting'], ['欣怡', 'xinyi'], ['丽娜', 'lina'], ['雪', 'xue'], ['敏', 'min'], ['佳怡', 'jiayi'], ['晓燕', 'xiaoyan'], ['思雨', 'siyu'], ['颖', 'ying'], ['梦琪', 'mengqi']],
    maleLast: [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['林', 'lin']],
    familyNameFirst: true,
    nameSeparator: '',
    addressedBy: 'full',
  },
  ja: {
    maleFirst: [['健太', 'kenta'], ['翔太', 'shota'], ['大輔', 'daisuke'], ['拓也', 'takuya'], ['直樹', 'naoki'], ['悠斗', 'yuto'], ['蓮', 'ren'], ['亮', 'ryo'], ['和也', 'kazuya'], ['雄大', 'yudai'], ['陽翔', 'haruto'], ['誠', 'makoto']],
    femaleFirst: [['陽子', 'yoko'], ['美咲', 'misaki'], ['結衣', 'yui'], ['さくら', 'sakura'], ['愛', 'ai'], ['真由美', 'mayumi'], ['彩', 'aya'], ['七海', 'nanami'], ['優奈', 'yuna'], ['恵', 'megumi'], ['葵', 'aoi'], ['由美', 'yumi']],
    maleLast: [['佐藤', 'sato'], ['鈴木', 'suzuki'], ['高橋', 'takahashi'], ['田中', 'tanaka'], ['伊藤', 'ito'], ['渡辺', 'watanabe'], ['山本', 'yamamoto'], ['中村', 'nakamura'], ['小林', 'kobayashi'], ['加藤', 'kato'], ['吉田', 'yoshida'], ['山田', 'yamada'], ['松本', 'matsumoto'], ['井上', 'inoue']],
    familyNameFirst: true,
    addressedBy: 'family',
  },
  ko: {
    maleFirst: [['민준', 'minjun'], ['서준', 'seojun'], ['도윤', 'doyoon'], ['현우', 'hyunwoo'], ['지훈', 'jihoon'], ['성민', 'sungmin'], ['준호', 'junho'], ['동현', 'donghyun'], ['재원', 'jaewon'], ['승우', 'seungwoo'], ['영수', 'youngsoo'], ['태현', 'taehyun']],
    femaleFirst: [['서연', 'seoyeon'], ['지민', 'jimin'], ['수빈', 'subin'], ['민지', 'minji'], ['지은', 'jieun'], ['하은', 'haeun'], ['예진', 'yejin'], ['유진', 'yujin'], ['수진', 'sujin'], ['은지', 'eunji'], ['혜원', 'hyewon'], ['소영', 'soyoung']],
    maleLast: [['김', 'kim'], ['이', 'lee'], ['박', 'park'], ['최', 'choi'], ['정', 'jung'], ['강', 'kang'], ['조', 'cho'], ['윤', 'yoon'], ['장', 'jang'], ['임', 'lim'], ['한', 'han'], ['오', 'oh'], ['서', 'seo'], ['신', 'shin']],
    familyNameFirst: true,
    nameSeparator: '',
    addressedBy: 'full',
  },
  ar: {
    maleFirst: [['محمد', 'mohammed'], ['أحمد', 'ahmed'], ['عبدالله', 'abdullah'], ['خالد', 'khalid'], ['عمر', 'omar'], ['يوسف', 'youssef'], ['فيصل', 'faisal'], ['سلطان', 'sultan'], ['حسن', 'hassan'], ['علي', 'ali'], ['كريم', 'karim'], ['طارق', 'tarek']],
    femaleFirst: [['فاطمة', 'fatima'], ['نورة', 'noura'], ['سارة', 'sara'], ['مريم', 'maryam'], ['ليلى', 'layla'], ['هند', 'hind'], ['ريم', 'reem'], ['أمل', 'amal'], ['دينا', 'dina'], ['رنا', 'rana'], ['ياسمين', 'yasmin'], ['لمى', 'lama']],
    maleLast: [['العتيبي', 'alotaibi'], ['القحطاني', 'alqahtani'], ['الشمري', 'alshammari'], ['الحربي', 'alharbi'], ['المصري', 'elmasry'], ['حداد', 'haddad'], ['منصور', 'mansour'], ['الأنصاري', 'alansari'], ['الزهراني', 'alzahrani'], ['الدوسري', 'aldosari'], ['خليل', 'khalil'], ['النجار', 'alnajjar'], ['السيد', 'elsayed'], ['بن علي', 'benali']],
  },
  it: {
    maleFirst: ['Marco', 'Luca', 'Alessandro', 'Giuseppe', 'Francesco', 'Matteo', 'Andrea', 'Lorenzo', 'Davide', 'Simone', 'Federico', 'Riccardo'],
    femaleFirst: ['Giulia', 'Chiara', 'Francesca', 'Sara', 'Martina', 'Valentina', 'Alessia', 'Elisa', 'Federica', 'Silvia', 'Elena', 'Giorgia'],
    maleLast: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa'],
  },
  pl: {
    maleFirst: ['Piotr', 'Krzysztof', 'Tomasz', 'Paweł', 'Michał', 'Marcin', 'Jakub', 'Łukasz', 'Kamil', 'Mateusz', 'Adam', 'Bartosz'],
    femaleFirst: ['Anna', 'Katarzyna', 'Magdalena', 'Agnieszka', 'Joanna', 'Aleksandra', 'Natalia', 'Karolina', 'Monika', 'Paulina', 'Zuzanna', 'Justyna'],
    maleLast: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Mazur', 'Krawczyk'],
    femaleLast: ['Nowak', 'Kowalska', 'Wiśniewska', 'Wójcik', 'Kowalczyk', 'Kamińska', 'Lewandowska', 'Zielińska', 'Szymańska', 'Woźniak', 'Dąbrowska', 'Kozłowska', 'Mazur', 'Krawczyk'],
  },
  // Ukrainian names carry their national romanisation (Дмитро → dmytro), not the Russian one.
  uk: {
    maleFirst: [['Олександр', 'oleksandr'], ['Андрій', 'andrii'], ['Дмитро', 'dmytro'], ['Сергій', 'serhii'], ['Богдан', 'bohdan'], ['Тарас', 'taras'], ['Максим', 'maksym'], ['Володимир', 'volodymyr'], ['Юрій', 'yurii'], ['Остап', 'ostap'], ['Ігор', 'ihor'], ['Назар', 'nazar']],
    femaleFirst: [['Олена', 'olena'], ['Оксана', 'oksana'], ['Наталія', 'nataliia'], ['Ірина', 'iryna'], ['Тетяна', 'tetiana'], ['Юлія', 'yuliia'], ['Анастасія', 'anastasiia'], ['Софія', 'sofiia'], ['Марія', 'mariia'], ['Катерина', 'kateryna'], ['Христина', 'khrystyna'], ['Дарина', 'daryna']],
    maleLast: [['Шевченко', 'shevchenko'], ['Коваленко', 'kovalenko'], ['Бондаренко', 'bondarenko'], ['Ткаченко', 'tkachenko'], ['Кравченко', 'kravchenko'], ['Мельник', 'melnyk'], ['Бойко', 'boiko'], ['Коваль', 'koval'], ['Олійник', 'oliinyk'], ['Шевчук', 'shevchuk'], ['Поліщук', 'polishchuk'], ['Лисенко', 'lysenko'], ['Савчук', 'savchuk'], ['Руденко', 'rudenko']],
  },
  // Nguyễn is the family name of about four in ten Vietnamese, hence its weight; the agent
  // addresses the customer by the given name, which comes last (Nguyễn Linh → Chào Linh).
  vi: {
    maleFirst: ['Minh', 'Huy', 'Tuấn', 'Dũng', 'Hùng', 'Nam', 'Long', 'Quang', 'Khoa', 'Phúc', 'Thành', 'Đức'],
    femaleFirst: ['Linh', 'Hương', 'Trang', 'Lan', 'Ngọc', 'Thảo', 'Mai', 'Hà', 'Phương', 'Vy', 'Hằng', 'Nhung'],
    maleLast: ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'],
    familyNameFirst: true,
  },
  id: {
    maleFirst: ['Budi', 'Agus', 'Andi', 'Rizky', 'Fajar', 'Dimas', 'Hendra', 'Arif', 'Reza', 'Bayu', 'Eko', 'Yoga'],
    femaleFirst: ['Siti', 'Dewi', 'Putri', 'Ayu', 'Rina', 'Indah', 'Nurul', 'Fitri', 'Sri', 'Wulan', 'Lestari', 'Anisa'],
    maleLast: ['Santoso', 'Wijaya', 'Saputra', 'Pratama', 'Hidayat', 'Kusuma', 'Nugroho', 'Setiawan', 'Gunawan', 'Halim', 'Siregar', 'Nasution', 'Simanjuntak', 'Wibowo', 'Hasibuan', 'Purnomo'],
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
  zh: [['CN', 52], ['SG', 14], ['MY', 14], ['HK', 8], ['US', 6], ['CA', 6]],
  ja: [['JP', 100]],
  ko: [['KR', 100]],
  ar: [['SA', 26], ['AE', 20], ['EG', 20], ['MA', 10], ['JO', 8], ['KW', 6], ['QA', 5], ['DZ', 5]],
  it: [['IT', 93], ['CH', 5], ['SM', 2]],
  pl: [['PL', 90], ['GB', 6], ['DE', 4]],
  uk: [['UA', 82], ['PL', 10], ['DE', 8]],
  vi: [['VN', 94], ['US', 3], ['AU', 3]],
  id: [['ID', 100]],
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
  zh: ['qq.com', 'qq.com', '163.com', '126.com', 'gmail.com', 'foxmail.com', 'outlook.com'],
  ja: ['gmail.com', 'gmail.com', 'yahoo.co.jp', 'icloud.com', 'docomo.ne.jp', 'outlook.jp'],
  ko: ['naver.com', 'naver.com', 'gmail.com', 'daum.net', 'kakao.com', 'hanmail.net'],
  ar: ['gmail.com', 'gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'],
  it: ['gmail.com', 'gmail.com', 'libero.it', 'hotmail.it', 'virgilio.it', 'outlook.it', 'alice.it'],
  pl: ['gmail.com', 'gmail.com', 'wp.pl', 'onet.pl', 'o2.pl', 'interia.pl'],
  uk: ['gmail.com', 'gmail.com', 'ukr.net', 'i.ua', 'meta.ua', 'outlook.com'],
  vi: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com.vn', 'outlook.com', 'icloud.com'],
  id: ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.co.id', 'yahoo.com', 'outlook.com'],
};

/** Mail services whose addresses are usually the account number, not a name (QQ: 2084417395@qq.com). */
export const NUMERIC_MAILBOX_DOMAINS: ReadonlySet<string> = new Set(['qq.com']);

const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

// Letters that Unicode decomposition does not reduce to a base letter.
const SPECIAL_LATIN: Readonly<Record<string, string>> = { ı: 'i', ß: 'ss', ł: 'l', đ: 'd', ø: 'o', æ: 'ae', œ: 'oe' };

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
