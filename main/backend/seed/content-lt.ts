import type { LanguageContent } from './content-types';

// Answers that settle more than one scenario of a topic.
const DEPOSIT_RESOLUTION =
  'Atsekėme transakciją {txHash} į jūsų depozito adresą {address}. Ji jau gavo reikiamą patvirtinimų skaičių, ir lėšos ({amount} {coin}) įskaitytos į paskyrą {userId}. Balansas programėlėje gali atsinaujinti per minutę.';
const WITHDRAWAL_RESOLUTION =
  'Jūsų {amount} {coin} išvedimas išsiųstas per {network} su maišos kodu {txHash} ir patvirtintas blokų grandinėje. Jei lėšų dar nematote gavėjo piniginėje, patikrinkite, ar ten pasirinktas tas pats tinklas, arba kreipkitės į platformą, kuriai priklauso adresas {address}, nurodydami šį maišos kodą.';
const LOCKED_ACCOUNT_RESOLUTION =
  'Patvirtinome jūsų tapatybę ir atblokavome paskyrą {userId}. Saugumo sumetimais lėšų išvedimas dar 24 valandas po atblokavimo bus sustabdytas. Primygtinai rekomenduojame pakeisti slaptažodį ir įjungti 2FA per autentifikavimo programėlę.';
const MARKET_INCIDENT_RESOLUTION =
  'Paskyros {userId} peržiūrą perdavėme prekybos komandai. Ji tikrina orderių istoriją ir sistemos žurnalus incidento laikotarpiu; nuostoliai dėl platformos sutrikimo vertinami kiekvienu atveju atskirai. Kai tik gausime rezultatą, informuosime jus čia.';
const TAX_STATEMENT_RESOLUTION =
  'Užsakėme pilną paskyros {userId} {year} m. išrašą. Per 3 darbo dienas jį gausite CSV formatu adresu {email}; jame bus depozitai, išvedimai, sandoriai, staking atlygis ir P2P orderiai.';
const ACCOUNT_CLOSURE_RESOLUTION =
  'Paskyroje {userId} nėra likučio ir atvirų orderių, todėl pateikėme prašymą ją uždaryti. Patvirtinimą gausite adresu {email}. Duomenys, kuriuos privalome saugoti pagal įstatymus, bus saugomi saugiai ir ištrinti pasibaigus saugojimo terminui.';

// The greeting names nobody: Lithuanian addresses people in the vocative case (Tomas → Tomai),
// which a first name stored in the nominative cannot fill correctly.
export const CONTENT_LT: LanguageContent = {
  greeting: 'Laba diena,',
  signoff: 'Pagarbiai\n{agentName}\nKlientų aptarnavimo komanda',
  accountLines: ['Paskyros ID: {userId}', 'Mano UID: {userId}'],
  nudges: [
    'Ar yra naujienų? Praėjo jau daugiau nei para.',
    'Ei?? Vis dar laukiu atsakymo. Užklausa {ticketId}.',
    'Ar kas nors apskritai tai skaito? Atsakymo man reikia šiandien.',
    'Atsiprašau, kad vėl rašau, norėjau pasiteirauti dėl užklausos {ticketId} būsenos.',
    'Tai skubu, prašau perduoti vyresniajam specialistui.',
  ],
  answers: [
    'Padariau, kaip sakėte, bet problema ta pati. Mano ID {userId}.',
    'gerai, ačiū, padariau. kas toliau?',
    'Kaip prašėte, atsakiau iš {email}. Patikrinkite, prašau.',
  ],
  transferAnswers: [
    'Dar kartą siunčiu hash: {txHash}. Blokų naršyklėje patvirtinimų daugiau nei pakankamai.',
    'Balanse vis dar nieko. {amount} {coin}, TXID {txHash}.',
    'Prisegu piniginės ekrano nuotrauką. Adresas {address}, tinklas {network}.',
  ],
  thanks: ['Ačiū, viskas susitvarkė!', 'Supratau, labai ačiū už greitą pagalbą.'],
  agentFollowUps: [
    'Dėkojame už papildomą informaciją. Perdavėme ją atsakingai komandai ir, kai tik gausime atsakymą, informuosime jus čia.',
    'Dėkojame už kantrybę. Jūsų užklausa vis dar nagrinėjama; šiuo metu jums daugiau nieko daryti nereikia.',
    'Gal galėtumėte atsiųsti klaidos pranešimo ekrano nuotrauką ir patvirtinti el. pašto adresą, kuriuo registruota paskyra?',
  ],
  topics: {
    kyc: {
      standardReply: 'Dėkojame už kantrybę. Jūsų dokumentus tikrina mūsų atitikties komanda eilės tvarka; dažniausiai patikrinimas užtrunka 24–48 valandas. Dokumentų įkelti iš naujo nereikia – pakartotinai įkėlus, prašymas grįžta į eilės galą. Kai tik patikrinimas bus baigtas, informuosime jus el. paštu. Jūsų užklausos numeris: {ticketId}.',
      scenarios: [
        {
          subjects: ['KYC patvirtinimas užstrigo'],
          opening: 'Sveiki, prieš 3 dienas įkėliau pasą ir asmenukę, o patikrinimo būsena vis dar „Tikrinama“. Mano paskyra {userId} (el. paštas {email}). Kol nepatvirtinta, negaliu išvesti lėšų. Kiek tai paprastai užtrunka?',
        },
        {
          subjects: ['Kodėl atmetė mano asmens dokumentą?'],
          opening: 'Mano tapatybės patvirtinimą vėl atmetė – priežastis „dokumentas neįskaitomas“. Nuotrauka aiški, abi pusės, be atspindžių. Jau trečias bandymas. Paskyra {userId}. Ką darau ne taip?',
          resolution: 'Patikrinome paskyrą {userId}: paskutinis dokumentas atmestas, nes nuotraukoje nukirpti kampai. Nufotografuokite dokumentą iš naujo taip, kad matytųsi visi keturi kampai, ant tamsaus lygaus paviršiaus ir be blykstės, ir įkelkite skiltyje Profilis → Patvirtinimas. Ekrano nuotraukos ir kopijų skenai nepriimami.',
        },
        {
          subjects: ['Nepriimamas adreso patvirtinimas'],
          opening: 'Sveiki, norint padidinti išvedimo limitą, reikia 2 lygio. Kaip adreso patvirtinimą įkėliau banko išrašą, bet jį atmetė. Jis ne senesnis nei 3 mėnesių, jame yra mano vardas, pavardė ir adresas. Paskyros el. paštas: {email}',
        },
      ],
    },
    deposit: {
      standardReply: 'Dėkojame, kad kreipėtės. Depozitai įskaitomi automatiškai, kai transakcija tinkle gauna reikiamą patvirtinimų skaičių; kai tinklas perkrautas, tai gali užtrukti ilgiau. Prašome nesiųsti to paties pervedimo dar kartą. Jei po visų patvirtinimų depozitas vis tiek neatsiras, atsiųskite mums transakcijos maišos kodą (TXID), ir mes ją atseksime. Užklausos numeris: {ticketId}.',
      scenarios: [
        {
          subjects: ['Depozitas neįskaitytas – {amount} {coin}', 'Išsiunčiau {coin} per {network}, o balansas vis dar 0'],
          opening: 'Sveiki, maždaug prieš dvi valandas išsiunčiau {amount} {coin} per {network} tinklą į savo depozito adresą {address}. Blokų naršyklėje transakcija patvirtinta, bet balansas vis dar 0. TXID: {txHash}\nPaskyra: {userId}',
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['Negavau {coin} depozito'],
          opening: 'laba, vakar pervedžiau {amount} {coin} ir piniginėje nieko nėra. hash {txHash}. gal kažkas negerai su {network} tinklu? pinigų reikia skubiai',
          resolution: DEPOSIT_RESOLUTION,
        },
      ],
    },
    withdrawal: {
      standardReply: 'Dėkojame už žinutę. Kartais išvedimams taikomas papildomas saugumo patikrinimas, ypač kai lėšos siunčiamos į naują adresą arba pakeitus saugumo nustatymus. Pasibaigus patikrinimui, išvedimas išsiunčiamas automatiškai, o jūs gausite el. laišką su transakcijos maišos kodu. Tuo metu jūsų lėšos yra saugios. Užklausos numeris: {ticketId}.',
      scenarios: [
        {
          subjects: ['Išvedimas laukia jau kelias valandas', 'Išvedimas įstrigo būsenoje „Apdorojama“ ({network})'],
          opening: 'Daugiau nei prieš 6 valandas pateikiau užklausą išvesti {amount} {coin} į {address} per {network}, o ji vis dar „Apdorojama“. TXID nerodo. Paskyra {userId}. Kodėl taip ilgai?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['Negavau {amount} {coin} išvedimo'],
          opening: 'Programėlė rodo, kad išvedimas įvykdytas, bet į piniginę nieko neatėjo. Hash: {txHash}. Adresas: {address}. Suma {amount} {coin}. Padėkite, tai mano nuomos pinigai.',
          resolution: WITHDRAWAL_RESOLUTION,
        },
      ],
    },
    two_factor: {
      standardReply: 'Atsiprašome už nepatogumus. Jūsų saugumui, norint iš naujo nustatyti 2FA, reikia patvirtinti tapatybę: prisijungimo puslapyje pasirinkite „Saugumo patvirtinimas negalimas?“ ir atlikite nurodytus veiksmus, įskaitant asmenukę. Po to lėšų išvedimas atsargumo sumetimais sustabdomas 24 valandoms. Jei kils sunkumų, atsakykite į šį laišką. Užklausos numeris: {ticketId}.',
      scenarios: [
        {
          subjects: ['Pamečiau telefoną, reikia iš naujo nustatyti 2FA', 'Negaliu prisijungti – neteisingas 2FA kodas'],
          opening: 'Pasikeičiau telefoną ir neperkėliau Google Authenticator. Dabar negaliu prisijungti. El. paštas {email}, paskyra {userId}. Kaip iš naujo nustatyti 2FA?',
        },
        {
          subjects: ['Neveikia Google Authenticator kodai', 'Negaliu prisijungti – neteisingas 2FA kodas'],
          opening: '2FA kodai vis rodomi kaip neteisingi. Telefono laikas nustatytas automatiškai. Bandžiau jau 10 kartų ir bijau, kad paskyrą užblokuos. Padėkite.',
          resolution: 'Dažniausiai kodai atmetami, kai telefono laikrodis skiriasi nuo tikslaus laiko. Google Authenticator programėlėje atidarykite Nustatymai → Kodų laiko korekcija → Sinchronizuoti dabar ir bandykite dar kartą. Jei vis tiek nepavyks, nebandykite toliau – po kelių nesėkmingų bandymų paskyra laikinai užblokuojama.',
        },
      ],
    },
    account_compromise: {
      standardReply: 'Gavome jūsų pranešimą – jūsų atvejį jau prioriteto tvarka nagrinėja mūsų saugumo komandos narys. Atsargumo sumetimais lėšų išvedimas iš jūsų paskyros laikinai išjungtas. Niekam neatskleiskite slaptažodžio, 2FA kodų ar jokių patvirtinimo kodų, net ir asmenims, kurie prisistato mūsų darbuotojais. Tolesnius veiksmus nurodysime šioje užklausoje ({ticketId}).',
      scenarios: [
        {
          subjects: ['SKUBU: mano paskyra nulaužta', 'Neleistinas lėšų išvedimas iš mano paskyros!!'],
          opening: 'SKUBU!!! Kažkas prisijungė prie mano paskyros ir išvedė {amount} {coin} į {address}. AŠ TO NEDARIAU. TX: {txHash}. Paskyra {userId}. Užšaldykite viską DABAR.',
          resolution: 'Lėšų išvedimas iš paskyros {userId} užblokuotas, visos aktyvios sesijos nutrauktos, API raktai atšaukti. Pervedimas į {address} (maišos kodas {txHash}) atliktas po prisijungimo iš {ip}. Pakeiskite ir savo el. pašto {email} slaptažodį, įjunkite ten dviejų veiksnių autentifikavimą ir atsakykite mums, kai tai padarysite, kad galėtume tęsti tyrimą.',
        },
        {
          subjects: ['SKUBU: mano paskyra nulaužta', 'Prisijungta iš {ip} – tai ne aš'],
          opening: 'Ką tik gavau laišką apie prisijungimą iš IP {ip} ir naujo API rakto sukūrimą. Tai ne aš. Slaptažodį jau pakeičiau, bet negaliu ištrinti jų pridėto išvedimo adreso. El. paštas {email}. Nedelsiant blokuokite išvedimus!',
        },
      ],
    },
    locked_account: {
      standardReply: 'Dėkojame, kad susisiekėte. Pastebėjus neįprastą veiklą, jūsų paskyra buvo automatiškai užblokuota, kad būtų apsaugota. Kad ją atblokuotume, turime patvirtinti jūsų tapatybę: atsakykite iš registracijos el. pašto adreso ir nurodykite paskutinio sėkmingo prisijungimo ir paskutinio depozito datas. Patikrinsime ir atsakysime šioje užklausoje ({ticketId}).',
      scenarios: [
        {
          subjects: ['Paskyra užblokuota po per daug bandymų prisijungti'],
          opening: 'Kelis kartus suvedžiau neteisingą slaptažodį ir paskyra užsiblokavo. Rašo „bandykite vėliau“, bet jau praėjo para. Paskyra {userId}, el. paštas {email}.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
        {
          subjects: ['Kodėl mano paskyra išjungta?', 'Paskyra įšaldyta, negaliu išvesti lėšų'],
          opening: 'Šiandien prisijungus rodo „paskyra išjungta dėl saugumo priežasčių“. Jokio laiško su paaiškinimu negavau. Ten mano lėšos. Prašau atblokuoti.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
      ],
    },
    phishing: {
      standardReply: 'Dėkojame, kad pranešėte. Šis pranešimas ne nuo mūsų. Mes niekada neprašome slaptažodžio, 2FA kodų ar atkūrimo frazės, o mūsų darbuotojai niekada nerašo pirmi per Telegram ar WhatsApp. Neatidarykite nuorodos ir neatsakykite siuntėjui. Jei įvedėte kokių nors duomenų, nedelsdami pakeiskite slaptažodį ir iš naujo nustatykite 2FA. Užklausos numeris: {ticketId}.',
      scenarios: [
        {
          subjects: ['Ar šis laiškas nuo jūsų? Prašo patvirtinti piniginę'],
          opening: 'Gavau laišką, kad mano paskyra bus sustabdyta, jei nepatvirtinsiu piniginės svetainėje {phishingUrl}. Jame – jūsų logotipas. Ar tai tikra? Dar nieko nespaudžiau.',
        },
        {
          subjects: ['Atrodo, suvedžiau slaptažodį netikroje svetainėje'],
          opening: 'Paspaudžiau nuorodą SMS žinutėje ir prisijungiau svetainėje {phishingUrl}. Dabar matau, kad adresas buvo ne jūsų. Mano el. paštas {email}. Ar mano paskyra saugi?',
          resolution: 'Pranešėme apie {phishingUrl}, kad svetainė būtų pašalinta. Kadangi ten įvedėte prisijungimo duomenis, nutraukėme visas paskyros {userId} sesijas ir 24 valandoms sustabdėme lėšų išvedimą. Prašome dabar pat pakeisti slaptažodį ir iš naujo įjungti 2FA.',
        },
        {
          subjects: ['Apsimetėliai iš „palaikymo“ rašo per Telegram'],
          opening: 'Per Telegram parašė žmogus, prisistatęs jūsų palaikymo komandos nariu, ir paprašė 2FA kodo, kad „sutvarkytų“ mano išvedimą. Vieną kodą spėjau jam duoti, kol supratau, kas vyksta. Paskyra {userId}. Ką dabar daryti??',
        },
      ],
    },
    fees: {
      standardReply: 'Dėkojame už klausimą. Išvedimo mokestis yra fiksuota suma kiekvienam tinklui ir padengia transakcijos blokų grandinėje kainą, todėl kinta priklausomai nuo tinklo apkrovos; galiojantis mokestis visada rodomas prieš patvirtinant. Prekybos mokesčiai priklauso nuo jūsų 30 dienų prekybos apimties ir nuo to, ar orderis prideda likvidumo (maker), ar jį paima (taker). Užklausos numeris: {ticketId}.',
      scenarios: [
        {
          subjects: ['Kodėl toks didelis išvedimo mokestis?', '{network} mokesčiai – absurdas'],
          opening: 'Išvedžiau {amount} {coin} per {network}, o mokestis buvo daug didesnis nei nurodyta mokesčių puslapyje. Kodėl? Paskyra {userId}.',
          resolution: 'Peržiūrėjome paskyros {userId} išvedimą ({amount} {coin}, {network} tinklas): pritaikytas mokestis atitinka tuometinį tinklo mokestį, kuris dėl apkrovos buvo laikinai padidintas. USDT pervedimams TRC20 ar BEP20 tinklai paprastai gerokai pigesni nei ERC20.',
        },
        {
          subjects: ['Klausimas dėl prekybos mokesčių'],
          opening: 'Sveiki, prekiauju limitiniais orderiais (maker), bet man taikomas taker mokestis. Ar galite paaiškinti, kaip skaičiuojami mokesčiai? Turiu platformos žetonų – ar neturėčiau gauti nuolaidos?',
        },
      ],
    },
    api_keys: {
      standardReply: 'Dėkojame, kad kreipėtės. Patikrinkite, ar raktui įjungti reikiami leidimai, ar užklausos laiko žyma (timestamp) patenka į leistiną intervalą mūsų serverio laiko atžvilgiu ir ar užklausa siunčiama iš baltajame sąraše esančio IP adreso. Saugumo sumetimais raktai be IP baltojo sąrašo turi tik skaitymo teises. Užklausos numeris: {ticketId}.',
      scenarios: [
        {
          subjects: ['API raktas nustojo veikti po IP baltojo sąrašo'],
          opening: 'Nuo šio ryto mano botas gauna „Invalid API-key, IP, or permissions for action“. Raktas prasideda {apiKey}. Nieko nekeičiau. Serverio IP {ip}. Paskyra {userId}.',
          resolution: 'Paskyros {userId} raktas {apiKey}… apribotas baltojo sąrašo IP adresais, o mūsų žurnaluose matomos užklausos ateina iš {ip}, kurio sąraše nėra. Pridėkite jį skiltyje API valdymas → Redaguoti apribojimus, ir per minutę užklausos turėtų veikti.',
        },
        {
          subjects: ['API raktas grąžina „Invalid signature“'],
          opening: 'Susikūriau API raktą, bet visos pasirašytos užklausos grąžina „Signature for this request is not valid“. Naudoju HMAC SHA256 su secret, timestamp milisekundėmis. Testnete veikė. Gal žinote, kas negerai?',
        },
        {
          subjects: ['Kaip API raktui įjungti išvedimus?'],
          opening: 'Noriu, kad botas automatiškai išvestų pelną į šaltąją piniginę, bet API rakto varnelė „Leisti išvedimus“ neaktyvi. Raktas {apiKey}, paskyra {userId}. Kaip ją įjungti?',
        },
      ],
    },
    p2p_dispute: {
      standardReply: 'Dėkojame, kad kreipėtės. Šio orderio kriptovaliuta lieka užblokuota eskrou sąskaitoje, ir nė viena šalis negali jos perkelti, kol ginčas atviras. Įkelkite mokėjimo įrodymą (banko išrašą ar kvitą su paskirtimi, suma ir laiku) į orderio pokalbį. Mūsų P2P komanda išnagrinės abiejų šalių argumentus, paprastai per 24 valandas. Užklausos numeris: {ticketId}.',
      scenarios: [
        {
          subjects: ['P2P pardavėjas neatleidžia kriptovaliutos – orderis {orderId}', 'Sumokėjau, o pardavėjas neatsako'],
          opening: 'P2P rinkoje pirkau {amount} {coin}, orderis {orderId}. Prieš 2 valandas sumokėjau banko pavedimu ir pokalbyje nusiunčiau kvitą. Pardavėjas neatsako, kriptovaliuta vis dar eskrou sąskaitoje. Padėkite, prašau.',
          resolution: 'Peržiūrėjome orderį {orderId}. Mokėjimo įrodymas patvirtintas, todėl eskrou laikytos lėšos ({amount} {coin}) pervestos į jūsų paskyrą {userId}. Kitos šalies P2P prieiga sustabdyta, kol vyksta tyrimas.',
        },
        {
          subjects: ['Pirkėjas pažymėjo, kad sumokėjo, bet pinigų negavau'],
          opening: 'Pirkėjas pažymėjo orderį {orderId} kaip apmokėtą, bet į mano banko sąskaitą nieko neatėjo. Dabar grasina skųstis. Neatleisiu {coin}, kol nepamatysiu mokėjimo. Paskyra {userId}.',
        },
      ],
    },
    market_incident: {
      standardReply: 'Dėkojame už žinutę ir atsiprašome už pastarųjų valandų įtampą. Per didelius rinkos svyravimus platformos apkrova buvo labai didelė, todėl kai kuriems naudotojams kilo vėlavimų. Mūsų komanda peržiūri visus paveiktus orderius ir paskyras; jei incidentas paveikė jūsų paskyrą, susisieksime su jumis šioje užklausoje ({ticketId}). Lėšos platformoje yra saugios.',
      scenarios: [
        {
          subjects: ['Mane likvidavo per kritimą, o programėlė neveikė!', 'Negalėjau prisijungti per {coin} kritimą'],
          opening: 'Per vakarykštį kritimą 40 minučių negalėjau prisijungti, ir mano poziciją likvidavo. Praradau {amount} {coin}. Tai jūsų kaltė, programėlė neveikė. Reikalauju kompensacijos. Paskyra {userId}.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
        {
          subjects: ['Nesuveikė stop-loss'],
          opening: 'Mano {coin} stop-loss nesuveikė, kaina nukrito gerokai žemiau, o orderis vis dar atidarytas. Kas nutiko?? Noriu paaiškinimo.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
      ],
    },
    tax_statement: {
      standardReply: 'Dėkojame už užklausą. Visą istoriją galite eksportuoti skiltyje Orderiai → Eksportuoti, iki 12 mėnesių viename faile; visiems mokestiniams metams sugeneruokite eksportą kiekvienam laikotarpiui, o prireikus mes juos sujungsime. Atkreipiame dėmesį, kad mokesčių konsultacijų neteikiame. Užklausos numeris: {ticketId}.',
      scenarios: [
        {
          subjects: ['Reikia {year} m. operacijų istorijos mokesčių deklaracijai', 'Kaip eksportuoti visus {year} m. sandorius?'],
          opening: 'Sveiki, mano buhalteriui reikia visų mano {year} m. sandorių, depozitų ir išvedimų išrašo. Programėlėje vienu kartu galima eksportuoti tik 3 mėnesius. Paskyra {userId}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
        {
          subjects: ['Mokesčių ataskaitoje nėra P2P sandorių'],
          opening: 'Atsisiųstoje {year} m. mokesčių ataskaitoje nėra staking atlygio ir P2P sandorių. Ar galite sugeneruoti pilną? El. paštas {email}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
      ],
    },
    account_closure: {
      standardReply: 'Gaila, kad išeinate. Prieš uždarydami paskyrą, išveskite likusį balansą, atšaukite atvirus orderius ir ištrinkite API raktus. Tada eikite į Paskyra → Saugumas → Uždaryti paskyrą. Atkreipiame dėmesį, kad pagal įstatymus kai kuriuos duomenis privalome saugoti kelerius metus ir po paskyros uždarymo. Užklausos numeris: {ticketId}.',
      scenarios: [
        {
          subjects: ['Prašau uždaryti mano paskyrą', 'Kaip uždaryti paskyrą ir išsiimti viską?'],
          opening: 'Noriu visam laikui uždaryti paskyrą {userId}. Joje dar yra {amount} {coin} – pirmiausia noriu juos išvesti į {address}. Ką turiu padaryti?',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
        {
          subjects: ['Ištrinkite mano paskyrą ir asmens duomenis'],
          opening: 'Prašau ištrinti mano paskyrą ir visus asmens duomenis (BDAR). El. paštas {email}. Platforma nebesinaudoju.',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
      ],
    },
  },
};
