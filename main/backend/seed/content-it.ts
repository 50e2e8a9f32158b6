import type { LanguageContent } from './content-types';

// Answers that settle more than one scenario of a topic.
const DEPOSIT_RESOLUTION =
  "Abbiamo rintracciato la transazione {txHash} verso il tuo indirizzo di deposito {address}. Ha raggiunto le conferme necessarie e {amount} {coin} sono stati accreditati sull'account {userId}. Potrebbe servire un minuto perché il saldo si aggiorni nell'app.";
const WITHDRAWAL_RESOLUTION =
  "Il tuo prelievo di {amount} {coin} è stato trasmesso sulla rete {network} con hash {txHash} ed è confermato sulla blockchain. Se non lo vedi ancora nel wallet di destinazione, controlla che lì sia selezionata la stessa rete, oppure contatta il wallet o la piattaforma a cui appartiene {address} indicando questo hash.";
const ACCOUNT_COMPROMISE_RESOLUTION =
  "Abbiamo bloccato i prelievi sull'account {userId}, chiuso tutte le sessioni attive e revocato le chiavi API. Il trasferimento verso {address} (hash {txHash}) è partito dopo un accesso dall'IP {ip}. Ti chiediamo di cambiare anche la password della tua casella {email}, attivare lì la verifica in due passaggi e rispondere qui quando hai fatto, così possiamo proseguire con le verifiche.";
const LOCKED_ACCOUNT_RESOLUTION =
  "Abbiamo verificato la tua identità e sbloccato l'account {userId}. Per sicurezza i prelievi restano sospesi per 24 ore dopo lo sblocco. Ti consigliamo vivamente di cambiare la password e di attivare la 2FA con un'app di autenticazione.";
const MARKET_INCIDENT_RESOLUTION =
  "Abbiamo inoltrato la verifica dell'account {userId} al nostro team di trading, che sta controllando lo storico degli ordini e i log di sistema nella finestra dell'incidente. Le perdite dovute a un disservizio della piattaforma vengono valutate caso per caso. Ti aggiorneremo qui appena avremo l'esito.";
const TAX_STATEMENT_RESOLUTION =
  "Abbiamo richiesto l'estratto conto completo del {year} per l'account {userId}. Ti arriverà su {email} in formato CSV entro 3 giorni lavorativi e comprenderà depositi, prelievi, operazioni, ricompense di staking e ordini P2P.";
const ACCOUNT_CLOSURE_RESOLUTION =
  "L'account {userId} non ha saldo residuo né ordini aperti, quindi abbiamo inoltrato la richiesta di chiusura. Riceverai una conferma su {email}. I dati che la legge ci obbliga a conservare resteranno protetti e verranno cancellati alla scadenza del periodo di conservazione.";

// Customers' texts avoid participles that agree with the writer ("sono preoccupato/a"): the same
// text goes to any customer.
export const CONTENT_IT: LanguageContent = {
  greeting: 'Ciao {firstName},',
  signoff: 'Cordiali saluti,\n{agentName}\nAssistenza clienti',
  accountLines: ['ID account: {userId}', 'Il mio UID è {userId}', 'User ID {userId}'],
  nudges: [
    'Novità? È passato più di un giorno.',
    'Pronto?? Sto ancora aspettando una risposta. Ticket {ticketId}.',
    'Ma qualcuno legge queste richieste? Mi serve una risposta oggi.',
    'Scusate se scrivo di nuovo, volevo solo sapere a che punto è la pratica {ticketId}.',
    'È urgente, per favore passate la richiesta a un responsabile.',
  ],
  answers: [
    'Ho fatto come mi avete detto ma il problema è sempre lo stesso. Il mio ID è {userId}.',
    'ok grazie, fatto. e adesso?',
    'Vi ho risposto da {email} come richiesto, controllate per favore.',
  ],
  transferAnswers: [
    "Vi rimando l'hash: {txHash}. Sull'explorer ha conferme in abbondanza.",
    'Sul saldo ancora niente. {amount} {coin}, TXID {txHash}.',
    'Allego lo screenshot del wallet. Indirizzo {address}, rete {network}.',
  ],
  thanks: ['Grazie, adesso è tutto a posto!', 'Perfetto, grazie per la risposta veloce.'],
  agentFollowUps: [
    'Grazie per le informazioni aggiuntive. Le abbiamo girate al team competente e ti aggiorneremo qui non appena avremo un riscontro.',
    'Grazie per la pazienza. La tua richiesta è ancora in lavorazione; al momento non devi fare nient’altro.',
    "Puoi inviarci uno screenshot del messaggio di errore e confermarci l'indirizzo email registrato sull'account?",
  ],
  topics: {
    kyc: {
      standardReply: "Grazie per la pazienza. I tuoi documenti sono in mano al nostro team compliance e vengono esaminati in ordine di arrivo; nella maggior parte dei casi la verifica si chiude entro 24–48 ore. Non serve caricarli di nuovo: un nuovo caricamento ti rimette in fondo alla coda. Ti scriveremo via email appena la verifica sarà completata. Riferimento: {ticketId}.",
      scenarios: [
        {
          subjects: ['Verifica KYC ferma in revisione', 'KYC in attesa da giorni'],
          opening: 'Buongiorno, tre giorni fa ho caricato passaporto e selfie per la verifica e lo stato è ancora "In revisione". Account {userId} (email {email}). Finché non si sblocca non posso prelevare nulla, quanto ci vuole di solito?',
        },
        {
          subjects: ['Perché la verifica del documento è stata rifiutata?'],
          opening: 'Mi hanno rifiutato di nuovo la verifica con "documento illeggibile". La foto della carta d\'identità è nitida, fronte e retro, senza riflessi. È il terzo tentativo. Account {userId}. Cosa sbaglio esattamente?',
          resolution: "Abbiamo controllato l'account {userId}: l'ultimo caricamento è stato rifiutato perché gli angoli del documento erano tagliati. Scatta una nuova foto con tutti e quattro gli angoli visibili, su una superficie scura e piana, senza flash, e caricala da Profilo → Verifica. Screenshot e scansioni di fotocopie non sono accettati.",
        },
        {
          subjects: ['Prova di residenza non accettata'],
          opening: "Salve, mi serve il livello 2 per alzare il limite di prelievo. Come prova di indirizzo ho caricato un estratto conto della banca ma è stato rifiutato. Ha meno di 3 mesi e riporta nome completo e indirizzo. Email dell'account: {email}",
        },
      ],
    },
    deposit: {
      standardReply: "Grazie per averci contattato. I depositi vengono accreditati automaticamente quando la transazione raggiunge il numero di conferme richiesto dalla rete, e con la rete congestionata può volerci di più. Ti chiediamo di non ripetere lo stesso invio. Se dopo le conferme il deposito non compare ancora, rispondi con l'hash della transazione (TXID) e lo rintracceremo. Riferimento: {ticketId}.",
      scenarios: [
        {
          subjects: ['Deposito non accreditato — {amount} {coin}', 'Inviati {coin} su {network}, saldo ancora a 0'],
          opening: "Ho inviato {amount} {coin} tramite {network} al mio indirizzo di deposito {address} circa due ore fa. Sull'explorer la transazione risulta confermata ma il saldo è ancora a 0. TXID: {txHash}\nAccount: {userId}",
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['Deposito {coin} non arrivato'],
          opening: 'ciao ieri ho fatto un deposito di {amount} {coin} e nel wallet non vedo niente. ho usato l\'indirizzo {address} della pagina depositi, tx {txHash}. c\'è qualche problema con la rete {network}?? mi servono i fondi per fare trading',
          resolution: DEPOSIT_RESOLUTION,
        },
      ],
    },
    withdrawal: {
      standardReply: "Grazie per il messaggio. A volte i prelievi vengono trattenuti per un ulteriore controllo di sicurezza, soprattutto verso un indirizzo nuovo o dopo una modifica alle impostazioni di sicurezza. Terminato il controllo, il prelievo viene inviato in automatico e riceverai un'email con l'hash della transazione. Nel frattempo i tuoi fondi sono al sicuro. Riferimento: {ticketId}.",
      scenarios: [
        {
          subjects: ['Prelievo in elaborazione da ore', 'Prelievo bloccato su {network}'],
          opening: 'Ho richiesto un prelievo di {amount} {coin} verso {address} su {network} più di 6 ore fa e risulta ancora "In elaborazione", senza TXID. Account {userId}. Come mai ci mette così tanto?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['Prelievo di {amount} {coin} mai arrivato'],
          opening: "L'app dice che il prelievo è completato ma nel wallet non è arrivato niente. Hash: {txHash}. Destinazione: {address}. Importo {amount} {coin}. Vi prego aiutatemi, sono i soldi dell'affitto.",
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['Prelievo in revisione da ieri'],
          opening: 'Buonasera, il mio prelievo di {amount} {coin} è in revisione da ieri. Ho prelevato verso lo stesso indirizzo {address} tantissime volte. Potete sbloccarlo?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
      ],
    },
    two_factor: {
      standardReply: "Ci dispiace per il disagio. Per proteggerti, il reset della 2FA richiede una verifica dell'identità: nella pagina di accesso scegli \"Verifica di sicurezza non disponibile?\" e segui i passaggi, selfie compreso. Dopo il reset i prelievi restano sospesi per 24 ore per precauzione. Se ti blocchi in qualche passaggio rispondi pure qui. Riferimento: {ticketId}.",
      scenarios: [
        {
          subjects: ['Telefono nuovo, devo resettare la 2FA', 'Non riesco ad accedere — codice 2FA non valido'],
          opening: 'Ho cambiato telefono e non ho trasferito Google Authenticator. Adesso non riesco più ad accedere. Email {email}, account {userId}. Come faccio a resettare la 2FA?',
        },
        {
          subjects: ['I codici di Google Authenticator non funzionano'],
          opening: "I codici 2FA risultano sempre non validi. L'ora del telefono è impostata in automatico. Ho già provato 10 volte e ho paura che mi blocchino l'account. Aiuto.",
          resolution: "Di solito i codici vengono rifiutati quando l'orologio del telefono è sfasato. In Google Authenticator vai su Impostazioni → Correzione ora per i codici → Sincronizza ora e riprova. Se non funziona ancora, non continuare a tentare: dopo diversi tentativi falliti l'account viene bloccato temporaneamente.",
        },
      ],
    },
    account_compromise: {
      standardReply: "Abbiamo ricevuto la tua segnalazione e un membro del nostro team sicurezza sta già seguendo il caso con priorità. Per precauzione i prelievi dal tuo account sono temporaneamente disattivati. Non condividere con nessuno password, codici 2FA o codici di verifica, nemmeno con chi dice di far parte del nostro staff. Ti contatteremo in questo ticket ({ticketId}) con i prossimi passi.",
      scenarios: [
        {
          subjects: ['URGENTE: mi hanno hackerato l\'account', 'Prelievo non autorizzato dal mio account!!'],
          opening: "URGENTE!!! Qualcuno è entrato nel mio account e ha prelevato {amount} {coin} verso {address}. NON l'ho fatto io. TX: {txHash}. Account {userId}. Bloccate tutto SUBITO.",
          resolution: ACCOUNT_COMPROMISE_RESOLUTION,
        },
        {
          subjects: ['Accesso da {ip} che non riconosco'],
          opening: "Mi è appena arrivata un'email su un accesso dall'IP {ip} e sulla creazione di una nuova chiave API. Non ero io. La password l'ho già cambiata ma non riesco a rimuovere l'indirizzo di prelievo che hanno aggiunto. Email {email}. Bloccate i prelievi immediatamente!",
        },
        {
          subjects: ['Mi hanno svuotato il conto!!'],
          opening: 'tutti i miei {coin} sono spariti. saldo 0. io non ho fatto nessun prelievo. hash {txHash} verso {address}. vi prego aiutatemi, sono tutti i miei risparmi',
          resolution: ACCOUNT_COMPROMISE_RESOLUTION,
        },
      ],
    },
    locked_account: {
      standardReply: "Grazie per averci scritto. Il tuo account è stato bloccato automaticamente per proteggerlo dopo un'attività insolita. Per sbloccarlo dobbiamo confermare la tua identità: rispondi dall'indirizzo email registrato indicando la data dell'ultimo accesso riuscito e del tuo ultimo deposito. Verificheremo e ti risponderemo in questo ticket ({ticketId}).",
      scenarios: [
        {
          subjects: ['Account bloccato dopo troppi tentativi di accesso'],
          opening: "Il mio account si è bloccato dopo che ho sbagliato la password qualche volta. Dice di riprovare più tardi ma è passato un giorno intero. Account {userId}, email {email}.",
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
        {
          subjects: ['Perché il mio account è disattivato?', 'Account congelato, non posso prelevare'],
          opening: 'Oggi entro e l\'account risulta "disattivato per motivi di sicurezza". Non mi è arrivata nessuna email che spieghi il motivo. Ci sono dei fondi sopra. Sbloccatelo per favore.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
      ],
    },
    phishing: {
      standardReply: "Grazie per la segnalazione. Quel messaggio non è partito da noi. Non ti chiederemo mai password, codici 2FA o seed phrase, e il nostro staff non ti contatterà mai per primo su Telegram o WhatsApp. Non cliccare sul link e non rispondere al mittente. Se hai inserito qualche dato, cambia subito la password e resetta la 2FA. Riferimento: {ticketId}.",
      scenarios: [
        {
          subjects: ["Questa email è vostra? Mi chiede di verificare il wallet"],
          opening: "Mi è arrivata un'email che dice che l'account verrà sospeso se non verifico il wallet su {phishingUrl}. C'è il vostro logo. È vera? Per ora non ho cliccato niente.",
        },
        {
          subjects: ['Falso supporto mi ha scritto su Telegram'],
          opening: 'Su Telegram uno che si presentava come il vostro supporto mi ha chiesto il codice 2FA per "sistemare" il prelievo. Gliene ho dato uno prima di capire che era una truffa. Account {userId}. Cosa devo fare??',
        },
        {
          subjects: ['Credo di aver messo la password su un sito falso'],
          opening: "Ho cliccato su un link in un SMS e ho fatto il login su {phishingUrl}. Solo dopo ho visto che l'indirizzo era sbagliato. La mia email è {email}. Il mio account è al sicuro?",
          resolution: "Abbiamo segnalato {phishingUrl} per farlo oscurare. Visto che lì hai inserito le tue credenziali, abbiamo chiuso tutte le sessioni dell'account {userId} e sospeso i prelievi per 24 ore. Cambia subito la password e riattiva la 2FA.",
        },
      ],
    },
    fees: {
      standardReply: "Grazie per la domanda. Le commissioni di prelievo sono un importo fisso per ogni rete e coprono il costo della transazione on-chain, quindi variano con la congestione della rete; la commissione aggiornata viene sempre mostrata prima della conferma. Le commissioni di trading dipendono dal tuo volume degli ultimi 30 giorni e dal fatto che l'ordine aggiunga liquidità (maker) o la tolga (taker). Riferimento: {ticketId}.",
      scenarios: [
        {
          subjects: ['Commissione di prelievo altissima, perché?', 'Commissioni su {network} assurde'],
          opening: 'Ho prelevato {amount} {coin} via {network} e la commissione era molto più alta di quella indicata nella pagina delle commissioni. Come mai? Account {userId}.',
          resolution: "Abbiamo controllato il prelievo di {amount} {coin} su {network} dell'account {userId}: la commissione applicata corrisponde a quella di rete di quel momento, aumentata temporaneamente per la congestione. Per gli USDT le reti TRC20 o BEP20 di solito costano molto meno di ERC20.",
        },
        {
          subjects: ['Domanda sulle commissioni di trading'],
          opening: 'Ciao, faccio trading con ordini limite (maker) ma mi viene addebitata la commissione taker. Mi spiegate come vengono calcolate le commissioni? Ho anche un po\' del token della piattaforma, non dovrei avere uno sconto?',
        },
      ],
    },
    api_keys: {
      standardReply: "Grazie per averci contattato. Controlla che la chiave abbia attivi i permessi giusti, che il timestamp della richiesta rientri nella finestra consentita rispetto all'ora del nostro server e che la richiesta parta da uno degli IP in whitelist. Per sicurezza, le chiavi senza whitelist IP hanno accesso in sola lettura. Riferimento: {ticketId}.",
      scenarios: [
        {
          subjects: ['Chiave API non funziona più dopo la whitelist IP'],
          opening: 'Da stamattina il mio bot riceve "Invalid API-key, IP, or permissions for action". La chiave inizia con {apiKey}. Da parte mia non è cambiato nulla. IP del server: {ip}. Account {userId}.',
          resolution: "La chiave {apiKey}… dell'account {userId} è limitata agli IP in whitelist, e le richieste nei nostri log arrivano da {ip}, che non è nell'elenco. Aggiungilo da Gestione API → Modifica restrizioni e le richieste passeranno entro un minuto.",
        },
        {
          subjects: ["La chiave API restituisce 'Invalid signature'"],
          opening: 'Ho creato una chiave API ma tutte le richieste firmate falliscono con "Signature for this request is not valid". Firmo con HMAC SHA256 e il secret, timestamp in millisecondi. Sul testnet funzionava. Idee?',
        },
        {
          subjects: ['Come abilito i prelievi per la chiave API?'],
          opening: 'Vorrei che il bot mandasse in automatico i profitti sul cold wallet, ma la casella "Abilita prelievi" della chiave API è grigia. Chiave {apiKey}, account {userId}. Come la attivo?',
        },
      ],
    },
    p2p_dispute: {
      standardReply: "Grazie per averci scritto. Le crypto di questo ordine restano bloccate in escrow e nessuna delle due parti può spostarle finché l'appello è aperto. Carica la prova di pagamento (estratto conto o ricevuta con causale, importo e orario) nella chat dell'ordine. Il nostro team P2P esaminerà entrambe le parti, di solito entro 24 ore. Riferimento: {ticketId}.",
      scenarios: [
        {
          subjects: ['Il venditore P2P non rilascia le crypto — ordine {orderId}', 'Ho pagato ma il venditore non risponde'],
          opening: "Ho comprato {amount} {coin} in P2P, ordine {orderId}. Ho pagato con bonifico 2 ore fa e ho mandato la ricevuta in chat. Il venditore non risponde e le crypto sono ancora in escrow. Aiutatemi per favore.",
          resolution: "Abbiamo esaminato l'ordine {orderId}. La prova di pagamento è stata verificata, quindi i {amount} {coin} in escrow sono stati rilasciati sul tuo account {userId}. L'accesso P2P della controparte è sospeso mentre indaghiamo.",
        },
        {
          subjects: ["L'acquirente ha segnato come pagato ma i soldi non sono arrivati"],
          opening: "Un acquirente ha segnato l'ordine {orderId} come pagato ma sul mio conto in banca non è arrivato niente. Adesso minaccia di segnalarmi. Non rilascio i {coin} finché non vedo il pagamento. Account {userId}.",
        },
      ],
    },
    market_incident: {
      standardReply: "Grazie per il messaggio, e ci dispiace per lo stress di queste ore. Durante la volatilità del mercato abbiamo avuto un traffico altissimo che ha causato ritardi per alcuni utenti. Il nostro team sta esaminando tutti gli ordini e gli account coinvolti; se il tuo account è stato interessato dall'incidente ti contatteremo in questo ticket ({ticketId}). I fondi sulla piattaforma restano al sicuro.",
      scenarios: [
        {
          subjects: ["Posizione liquidata durante il crollo, l'app non funzionava!", 'Impossibile entrare durante il crollo di {coin}'],
          opening: "Durante il crollo di ieri sera per 40 minuti non riuscivo a entrare e la mia posizione è stata liquidata. Ho perso {amount} {coin}. È colpa vostra, l'app era giù. Voglio un risarcimento. Account {userId}.",
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
        {
          subjects: ['Stop loss non eseguito'],
          opening: "Lo stop loss su {coin} non è scattato, il prezzo è sceso molto sotto e l'ordine è ancora aperto. Cosa è successo?? Voglio una spiegazione.",
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
      ],
    },
    tax_statement: {
      standardReply: "Grazie per la richiesta. Puoi esportare lo storico completo da Ordini → Esporta, fino a 12 mesi per file; per un anno fiscale completo genera un export per ogni periodo e, se serve, li uniremo noi. Tieni presente che non possiamo dare consulenza fiscale. Riferimento: {ticketId}.",
      scenarios: [
        {
          subjects: ['Mi serve lo storico transazioni per la dichiarazione dei redditi {year}', 'Come esporto tutte le operazioni del {year}?'],
          opening: "Buongiorno, il mio commercialista ha bisogno di un riepilogo completo di operazioni, depositi e prelievi del {year}. L'export dell'app mi dà solo 3 mesi alla volta. Account {userId}.",
          resolution: TAX_STATEMENT_RESOLUTION,
        },
        {
          subjects: ['Il report fiscale non include le operazioni P2P'],
          opening: 'Nel report fiscale del {year} che ho scaricato mancano le ricompense di staking e le operazioni P2P. Potete generarne uno completo per le tasse? Email {email}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
      ],
    },
    account_closure: {
      standardReply: "Ci dispiace vederti andare via. Prima della chiusura preleva il saldo residuo, annulla gli ordini aperti ed elimina le chiavi API. Poi vai su Account → Sicurezza → Chiudi account. Tieni presente che per legge dobbiamo conservare alcuni dati per un certo numero di anni anche dopo la chiusura. Riferimento: {ticketId}.",
      scenarios: [
        {
          subjects: ['Vorrei chiudere il mio account', 'Come chiudo l\'account e prelevo tutto?'],
          opening: "Vorrei chiudere definitivamente il mio account {userId}. Ci sono ancora {amount} {coin} che voglio prima prelevare su {address}. Cosa devo fare?",
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
        {
          subjects: ['Cancellazione account e dati personali'],
          opening: 'Vi chiedo di cancellare il mio account e tutti i miei dati personali (GDPR). Email {email}. Non uso più la piattaforma.',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
      ],
    },
  },
};
