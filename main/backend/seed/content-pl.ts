import type { LanguageContent } from './content-types';

// Answers that settle more than one scenario of a topic.
const DEPOSIT_RESOLUTION =
  'Odnaleźliśmy transakcję {txHash} na Twój adres depozytu {address}. Uzyskała już wymaganą liczbę potwierdzeń i {amount} {coin} zostało zaksięgowane na koncie {userId}. Odświeżenie salda w aplikacji może potrwać około minuty.';
const WITHDRAWAL_RESOLUTION =
  'Twoja wypłata {amount} {coin} została wysłana w sieci {network} z hashem {txHash} i jest potwierdzona w blockchainie. Jeśli środki nie są jeszcze widoczne w portfelu docelowym, sprawdź, czy wybrana jest tam ta sama sieć, albo skontaktuj się z portfelem lub platformą, do której należy adres {address}, podając ten hash.';
const ACCOUNT_COMPROMISE_RESOLUTION =
  'Wypłaty z konta {userId} są zablokowane, wszystkie aktywne sesje zakończone, a klucze API unieważnione. Przelew na {address} (hash {txHash}) został wykonany po logowaniu z adresu IP {ip}. Zmień też hasło do skrzynki {email}, włącz na niej weryfikację dwuetapową i odpisz nam, gdy to zrobisz, żebyśmy mogli kontynuować wyjaśnianie sprawy.';
const LOCKED_ACCOUNT_RESOLUTION =
  'Potwierdziliśmy Twoją tożsamość i odblokowaliśmy konto {userId}. Ze względów bezpieczeństwa wypłaty pozostaną wstrzymane przez 24 godziny od odblokowania. Zdecydowanie zalecamy zmianę hasła i włączenie 2FA w aplikacji uwierzytelniającej.';
const MARKET_INCIDENT_RESOLUTION =
  'Przekazaliśmy sprawdzenie konta {userId} do naszego zespołu tradingowego. Analizuje on historię zleceń i logi systemowe z okresu incydentu; straty spowodowane awarią platformy rozpatrujemy indywidualnie. Damy znać tutaj, gdy tylko poznamy wynik.';
const TAX_STATEMENT_RESOLUTION =
  'Zleciliśmy przygotowanie pełnego zestawienia za {year} rok dla konta {userId}. Trafi na {email} jako plik CSV w ciągu 3 dni roboczych i obejmie wpłaty, wypłaty, transakcje, nagrody ze stakingu oraz zlecenia P2P.';
const ACCOUNT_CLOSURE_RESOLUTION =
  'Na koncie {userId} nie ma już salda ani otwartych zleceń, więc złożyliśmy wniosek o jego zamknięcie. Potwierdzenie przyjdzie na {email}. Dane, które musimy przechowywać zgodnie z prawem, będą odpowiednio zabezpieczone i usunięte po upływie wymaganego okresu.';

// Customers' texts avoid gendered past-tense verbs ("wysłałem/wysłałam"; the same text goes to any
// customer): they write in the present tense or impersonally. Agents speak as "we".
export const CONTENT_PL: LanguageContent = {
  // Without the name: a greeting needs the vocative (Monika → Moniko), which a placeholder cannot inflect.
  greeting: 'Dzień dobry,',
  signoff: 'Pozdrawiamy,\n{agentName}\nZespół obsługi klienta',
  accountLines: ['ID konta: {userId}', 'Mój UID: {userId}', 'Numer użytkownika {userId}'],
  nudges: [
    'Jest coś nowego w mojej sprawie? Minęła już ponad doba.',
    'Halo?? Dalej czekam na odpowiedź. Zgłoszenie {ticketId}.',
    'Czy ktoś w ogóle to czyta? Potrzebuję odpowiedzi dzisiaj.',
    'Przepraszam, że znowu piszę, chcę tylko zapytać o status zgłoszenia {ticketId}.',
    'To pilne, proszę przekazać sprawę wyżej.',
  ],
  answers: [
    'Zrobione tak, jak pisaliście, ale problem dalej jest ten sam. Moje ID to {userId}.',
    'ok dzięki, zrobione. co dalej?',
    'Odpisuję z adresu {email}, tak jak prosiliście. Proszę sprawdzić.',
  ],
  transferAnswers: [
    'Jeszcze raz hash: {txHash}. W eksploratorze ma potwierdzeń aż nadto.',
    'Na saldzie nadal nic. {amount} {coin}, TXID {txHash}.',
    'W załączniku zrzut ekranu z portfela. Adres {address}, sieć {network}.',
  ],
  thanks: ['Dzięki, już wszystko działa!', 'Super, dziękuję za szybką pomoc.'],
  agentFollowUps: [
    'Dziękujemy za dodatkowe informacje. Przekazaliśmy je odpowiedniemu zespołowi i odezwiemy się tutaj, gdy tylko dostaniemy odpowiedź.',
    'Dziękujemy za cierpliwość. Twoje zgłoszenie jest nadal analizowane; na tę chwilę nie musisz nic więcej robić.',
    'Czy możesz przesłać zrzut ekranu z komunikatem błędu i potwierdzić adres e-mail przypisany do konta?',
  ],
  topics: {
    kyc: {
      standardReply: 'Dziękujemy za cierpliwość. Twoje dokumenty są w naszym dziale compliance i sprawdzamy je w kolejności zgłoszeń; zwykle weryfikacja trwa 24–48 godzin. Nie trzeba ich wysyłać ponownie — każde kolejne przesłanie przenosi wniosek na koniec kolejki. Napiszemy do Ciebie e-mailem, gdy tylko weryfikacja się zakończy. Numer zgłoszenia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Weryfikacja KYC wisi w statusie „w trakcie”', 'KYC od 3 dni bez odpowiedzi'],
          opening: 'Dzień dobry, paszport i selfie do weryfikacji poszły 3 dni temu, a status dalej „W trakcie weryfikacji”. Konto {userId}, e-mail {email}. Dopóki to się nie skończy, nie mogę nic wypłacić. Ile to zwykle trwa?',
        },
        {
          subjects: ['Dlaczego odrzucono mój dowód osobisty?'],
          opening: 'Znowu odrzucona weryfikacja z powodem „dokument nieczytelny”. Zdjęcie dowodu osobistego jest wyraźne, obie strony, bez odblasków. To już trzecia próba. Konto {userId}. Co jest nie tak?',
          resolution: 'Sprawdziliśmy konto {userId}: ostatnie zdjęcie zostało odrzucone, bo rogi dokumentu były ucięte. Zrób nowe zdjęcie tak, aby wszystkie cztery rogi były widoczne, na ciemnej, płaskiej powierzchni i bez lampy błyskowej, a potem prześlij je w Profil → Weryfikacja. Zrzuty ekranu i skany kserokopii nie są akceptowane.',
        },
        {
          subjects: ['Nie akceptują potwierdzenia adresu'],
          opening: 'Dzień dobry, potrzebuję poziomu 2, żeby podnieść limit wypłat. Jako potwierdzenie adresu przesyłam wyciąg z banku, ale został odrzucony. Jest młodszy niż 3 miesiące, widać na nim imię, nazwisko i adres. E-mail konta: {email}',
        },
      ],
    },
    deposit: {
      standardReply: 'Dziękujemy za kontakt. Wpłaty są księgowane automatycznie, gdy transakcja uzyska wymaganą liczbę potwierdzeń w sieci, co przy dużym obciążeniu sieci może potrwać dłużej. Prosimy nie wysyłać tego samego przelewu ponownie. Jeśli po potwierdzeniach depozyt nadal się nie pojawi, odpisz z hashem transakcji (TXID), a go namierzymy. Numer zgłoszenia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Wpłata niezaksięgowana — {amount} {coin}', '{coin} przez {network} wysłane, saldo dalej 0'],
          opening: 'Jakieś dwie godziny temu poszła wpłata {amount} {coin} przez {network} na mój adres depozytu {address}. W eksploratorze transakcja jest potwierdzona, a saldo wciąż pokazuje 0. TXID: {txHash}\nKonto: {userId}',
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['Depozyt {coin} nie dotarł'],
          opening: 'hej, wczoraj był depozyt {amount} {coin} i na koncie nic nie widać. adres {address} ze strony wpłat, tx {txHash}. coś nie tak z siecią {network}?? potrzebuję tych środków do handlu',
          resolution: DEPOSIT_RESOLUTION,
        },
      ],
    },
    withdrawal: {
      standardReply: 'Dziękujemy za wiadomość. Wypłaty są czasem wstrzymywane do dodatkowej kontroli bezpieczeństwa, zwłaszcza na nowy adres lub po zmianie ustawień bezpieczeństwa. Po zakończeniu kontroli wypłata zostanie wysłana automatycznie, a Ty dostaniesz e-mail z hashem transakcji. W tym czasie Twoje środki są bezpieczne. Numer zgłoszenia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Wypłata od godzin w trakcie realizacji', 'Wypłata utknęła ({network})'],
          opening: 'Zlecenie wypłaty {amount} {coin} na {address} w sieci {network} jest złożone od ponad 6 godzin i dalej ma status „Przetwarzanie”. Brak TXID. Konto {userId}. Dlaczego to tyle trwa?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['Wypłata {amount} {coin} nie doszła'],
          opening: 'Aplikacja pokazuje, że wypłata zakończona, ale do portfela nic nie przyszło. Hash: {txHash}. Adres docelowy: {address}. Kwota {amount} {coin}. Proszę o pomoc, to pieniądze na czynsz.',
          resolution: WITHDRAWAL_RESOLUTION,
        },
      ],
    },
    two_factor: {
      standardReply: 'Przepraszamy za kłopot. Dla Twojego bezpieczeństwa reset 2FA wymaga potwierdzenia tożsamości: na stronie logowania wybierz „Weryfikacja bezpieczeństwa niedostępna?” i przejdź wszystkie kroki, łącznie z selfie. Po resecie wypłaty są wstrzymane na 24 godziny w ramach ostrożności. Jeśli coś nie zadziała, odpisz tutaj. Numer zgłoszenia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Nowy telefon, potrzebny reset 2FA', 'Nie mogę się zalogować — kod 2FA nieprawidłowy'],
          opening: 'Mam nowy telefon, a Google Authenticator nie został przeniesiony. Teraz nie mogę się zalogować. E-mail {email}, konto {userId}. Jak zresetować 2FA?',
        },
        {
          subjects: ['Kody z Google Authenticator nie działają'],
          opening: 'Kody 2FA ciągle są nieprawidłowe. Czas w telefonie jest ustawiony automatycznie. To już 10 prób i boję się, że konto zostanie zablokowane. Pomocy.',
          resolution: 'Kody są najczęściej odrzucane, gdy zegar telefonu się rozjeżdża. W Google Authenticator wejdź w Ustawienia → Korekta czasu dla kodów → Synchronizuj teraz i spróbuj ponownie. Jeśli dalej nie działa, nie próbuj w kółko — po kilku nieudanych próbach konto zostaje czasowo zablokowane.',
        },
      ],
    },
    account_compromise: {
      standardReply: 'Otrzymaliśmy Twoje zgłoszenie i członek naszego zespołu bezpieczeństwa zajmuje się już nim priorytetowo. Ze względów ostrożności wypłaty z Twojego konta są tymczasowo wyłączone. Nie podawaj nikomu hasła, kodów 2FA ani żadnych kodów weryfikacyjnych, także osobom podającym się za naszych pracowników. Skontaktujemy się w tym zgłoszeniu ({ticketId}) z kolejnymi krokami.',
      scenarios: [
        {
          subjects: ['PILNE: ktoś włamał się na moje konto', 'Nieautoryzowana wypłata z mojego konta!!'],
          opening: 'PILNE!!! Ktoś zalogował się na moje konto i wypłacił {amount} {coin} na {address}. To NIE ja. TX: {txHash}. Konto {userId}. Zablokujcie wszystko NATYCHMIAST.',
          resolution: ACCOUNT_COMPROMISE_RESOLUTION,
        },
        {
          subjects: ['Logowanie z {ip} — to nie ja'],
          opening: 'Właśnie przyszedł e-mail o logowaniu z IP {ip} i utworzeniu nowego klucza API. To nie ja. Hasło już zmienione, ale nie da się usunąć adresu wypłaty, który dodali. E-mail {email}. Proszę natychmiast zablokować wypłaty!',
        },
        {
          subjects: ['Konto wyczyszczone, ukradli mi wszystko'],
          opening: 'wszystkie moje {coin} zniknęły. saldo 0. żadnej wypłaty nie zlecam. hash {txHash} na adres {address}. błagam o pomoc, to wszystkie moje oszczędności',
          resolution: ACCOUNT_COMPROMISE_RESOLUTION,
        },
      ],
    },
    locked_account: {
      standardReply: 'Dziękujemy za kontakt. Twoje konto zostało automatycznie zablokowane, aby je chronić po nietypowej aktywności. Aby je odblokować, musimy potwierdzić Twoją tożsamość: odpisz z adresu e-mail przypisanego do konta i podaj datę ostatniego udanego logowania oraz ostatniej wpłaty. Sprawdzimy dane i odpowiemy w tym zgłoszeniu ({ticketId}).',
      scenarios: [
        {
          subjects: ['Konto zablokowane po zbyt wielu próbach logowania'],
          opening: 'Konto się zablokowało po kilku próbach z błędnym hasłem. Pisze „spróbuj ponownie później”, ale minęła już doba. Konto {userId}, e-mail {email}.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
        {
          subjects: ['Dlaczego moje konto jest wyłączone?', 'Konto zamrożone, nie mogę wypłacić'],
          opening: 'Dziś przy logowaniu widzę „konto wyłączone ze względów bezpieczeństwa”. Żadnego e-maila z wyjaśnieniem nie dostaję. Mam tam środki. Proszę o odblokowanie.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
      ],
    },
    phishing: {
      standardReply: 'Dziękujemy za zgłoszenie. Ta wiadomość nie pochodzi od nas. Nigdy nie prosimy o hasło, kody 2FA ani frazę seed, a nasi pracownicy nigdy nie piszą pierwsi na Telegramie ani WhatsAppie. Nie klikaj w link i nie odpowiadaj nadawcy. Jeśli podane zostały jakiekolwiek dane, natychmiast zmień hasło i zresetuj 2FA. Numer zgłoszenia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Czy ten e-mail jest od was? Każą zweryfikować portfel'],
          opening: 'Przyszedł e-mail, że konto zostanie zawieszone, jeśli nie zweryfikuję portfela na {phishingUrl}. Jest wasze logo. Czy to prawdziwe? Na razie niczego nie klikam.',
        },
        {
          subjects: ['Fałszywy support pisze do mnie na Telegramie'],
          opening: 'Na Telegramie ktoś podający się za wasz support poprosił o kod 2FA, żeby „naprawić” wypłatę. Jeden kod już poszedł, zanim dotarło do mnie, że to oszustwo. Konto {userId}. Co teraz??',
        },
        {
          subjects: ['Chyba podane hasło na fałszywej stronie'],
          opening: 'Po kliknięciu w link z SMS-a logowanie poszło na {phishingUrl}. Dopiero teraz widzę, że adres był inny. Mój e-mail to {email}. Czy moje konto jest bezpieczne?',
          resolution: 'Zgłosiliśmy {phishingUrl} do zablokowania. Ponieważ wpisane tam zostały Twoje dane logowania, zakończyliśmy wszystkie sesje konta {userId} i wstrzymaliśmy wypłaty na 24 godziny. Zmień teraz hasło i ponownie włącz 2FA.',
        },
      ],
    },
    fees: {
      standardReply: 'Dziękujemy za pytanie. Opłata za wypłatę to stała kwota dla każdej sieci, która pokrywa koszt transakcji w blockchainie, dlatego zmienia się wraz z obciążeniem sieci; aktualna opłata jest zawsze pokazana przed potwierdzeniem. Prowizje handlowe zależą od Twojego wolumenu z 30 dni oraz od tego, czy zlecenie dodaje płynność (maker), czy ją zabiera (taker). Numer zgłoszenia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Dlaczego tak wysoka opłata za wypłatę?', 'Opłaty w {network} to jakiś żart'],
          opening: 'Przy wypłacie {amount} {coin} przez {network} pobrana opłata była dużo wyższa niż na stronie z opłatami. Dlaczego? Konto {userId}.',
          resolution: 'Sprawdziliśmy wypłatę {amount} {coin} w sieci {network} z konta {userId}: naliczona opłata odpowiada ówczesnej opłacie sieciowej, chwilowo podniesionej z powodu przeciążenia. Dla przelewów USDT sieci TRC20 lub BEP20 są zwykle dużo tańsze niż ERC20.',
        },
        {
          subjects: ['Pytanie o prowizje handlowe'],
          opening: 'Cześć, handluję zleceniami limit jako maker, a pobierana jest prowizja takera. Możecie wyjaśnić, jak liczone są prowizje? Mam trochę tokena platformy, nie należy mi się zniżka?',
        },
      ],
    },
    api_keys: {
      standardReply: 'Dziękujemy za kontakt. Sprawdź, czy klucz ma włączone właściwe uprawnienia, czy timestamp żądania mieści się w dozwolonym oknie względem czasu naszego serwera i czy żądanie wychodzi z jednego z adresów IP na białej liście. Ze względów bezpieczeństwa klucze bez białej listy IP mają dostęp tylko do odczytu. Numer zgłoszenia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Klucz API przestał działać po dodaniu białej listy IP'],
          opening: 'Od rana mój bot dostaje „Invalid API-key, IP, or permissions for action”. Klucz zaczyna się od {apiKey}. U mnie nic się nie zmieniło. IP serwera: {ip}. Konto {userId}.',
          resolution: 'Klucz {apiKey}… konta {userId} jest ograniczony do IP z białej listy, a żądania w naszych logach przychodzą z {ip}, którego na liście nie ma. Dodaj go w Zarządzanie API → Edytuj ograniczenia, a żądania zaczną przechodzić w ciągu minuty.',
        },
        {
          subjects: ['Klucz API zwraca „Invalid signature”'],
          opening: 'Klucz API jest utworzony, ale każde podpisane żądanie kończy się błędem „Signature for this request is not valid”. Podpisuję HMAC SHA256 sekretem, timestamp w ms. Na testnecie działało. Jakieś pomysły?',
        },
        {
          subjects: ['Jak włączyć wypłaty dla klucza API?'],
          opening: 'Chcę, żeby bot automatycznie przelewał zyski na mój zimny portfel, ale pole „Włącz wypłaty” przy kluczu API jest wyszarzone. Klucz {apiKey}, konto {userId}. Jak to włączyć?',
        },
      ],
    },
    p2p_dispute: {
      standardReply: 'Dziękujemy za kontakt. Kryptowaluta z tego zlecenia pozostaje zablokowana w escrow i żadna ze stron nie może jej ruszyć, dopóki odwołanie jest otwarte. Prześlij potwierdzenie płatności (wyciąg lub potwierdzenie przelewu z tytułem, kwotą i godziną) w czacie zlecenia. Nasz zespół P2P rozpatrzy stanowiska obu stron, zwykle w ciągu 24 godzin. Numer zgłoszenia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Sprzedawca P2P nie zwalnia krypto — zlecenie {orderId}', 'Zapłacone, a sprzedawca milczy'],
          opening: 'Kupuję {amount} {coin} na P2P, zlecenie {orderId}. Przelew bankowy poszedł 2 godziny temu, potwierdzenie wrzucone na czat. Sprzedawca nie odpowiada, a krypto dalej jest w escrow. Proszę o pomoc.',
          resolution: 'Sprawdziliśmy zlecenie {orderId}. Potwierdzenie płatności zostało zweryfikowane, więc {amount} {coin} z escrow trafiło na Twoje konto {userId}. Dostęp kontrahenta do P2P jest zawieszony na czas wyjaśniania sprawy.',
        },
        {
          subjects: ['Kupujący oznaczył jako opłacone, a pieniędzy brak'],
          opening: 'Kupujący oznaczył zlecenie {orderId} jako opłacone, ale na moje konto bankowe nic nie wpłynęło. Teraz grozi, że mnie zgłosi. Nie zwolnię {coin}, dopóki nie zobaczę płatności. Konto {userId}.',
        },
      ],
    },
    market_incident: {
      standardReply: 'Dziękujemy za wiadomość i przepraszamy za stres ostatnich godzin. Podczas zawirowań na rynku mieliśmy bardzo duży ruch, co u części użytkowników powodowało opóźnienia. Nasz zespół analizuje wszystkie zlecenia i konta, których to dotyczyło; jeśli incydent objął Twoje konto, odezwiemy się w tym zgłoszeniu ({ticketId}). Środki na platformie są bezpieczne.',
      scenarios: [
        {
          subjects: ['Likwidacja pozycji podczas krachu — aplikacja nie działała!', 'Brak logowania w trakcie spadku {coin}'],
          opening: 'W czasie wczorajszego krachu przez 40 minut nie dało się zalogować, a moja pozycja została zlikwidowana. Strata: {amount} {coin}. To wasza wina, aplikacja leżała. Żądam rekompensaty. Konto {userId}.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
        {
          subjects: ['Stop loss się nie wykonał'],
          opening: 'Mój stop loss na {coin} się nie uruchomił, cena spadła dużo niżej, a zlecenie dalej wisi otwarte. Co się stało?? Oczekuję wyjaśnień.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
      ],
    },
    tax_statement: {
      standardReply: 'Dziękujemy za prośbę. Pełną historię możesz wyeksportować w Zlecenia → Eksport, maksymalnie 12 miesięcy w jednym pliku; na pełny rok podatkowy wygeneruj eksport dla każdego okresu, a w razie potrzeby połączymy pliki. Pamiętaj, że nie udzielamy porad podatkowych. Numer zgłoszenia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Historia transakcji do zeznania podatkowego za {year}', 'Jak wyeksportować wszystkie transakcje za {year}?'],
          opening: 'Dzień dobry, księgowa potrzebuje pełnego zestawienia wszystkich transakcji, wpłat i wypłat za {year} rok (PIT-38). Eksport w aplikacji daje tylko 3 miesiące naraz. Konto {userId}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
        {
          subjects: ['Raport podatkowy bez transakcji P2P'],
          opening: 'W pobranym raporcie podatkowym za {year} brakuje nagród ze stakingu i transakcji P2P. Możecie wygenerować pełny? E-mail {email}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
      ],
    },
    account_closure: {
      standardReply: 'Szkoda, że odchodzisz. Przed zamknięciem wypłać pozostałe saldo, anuluj otwarte zlecenia i usuń klucze API. Następnie przejdź do Konto → Bezpieczeństwo → Zamknij konto. Pamiętaj, że zgodnie z prawem musimy przechowywać część danych przez kilka lat także po zamknięciu konta. Numer zgłoszenia: {ticketId}.',
      scenarios: [
        {
          subjects: ['Proszę o zamknięcie konta', 'Jak zamknąć konto i wypłacić wszystko?'],
          opening: 'Chcę na stałe zamknąć konto {userId}. Jest na nim jeszcze {amount} {coin}, które najpierw chcę wypłacić na {address}. Co muszę zrobić?',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
        {
          subjects: ['Usunięcie konta i danych osobowych'],
          opening: 'Proszę o usunięcie mojego konta i wszystkich danych osobowych (RODO). E-mail {email}. Nie korzystam już z platformy.',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
      ],
    },
  },
};
