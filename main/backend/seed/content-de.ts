import type { LanguageContent } from './content-types';

// Answers that settle more than one scenario of a topic.
const DEPOSIT_RESOLUTION =
  'Ich habe die Transaktion {txHash} an Ihre Einzahlungsadresse {address} zurückverfolgt. Sie hat inzwischen die nötigen Bestätigungen erreicht, und {amount} {coin} wurden dem Konto {userId} gutgeschrieben. Es kann eine Minute dauern, bis sich der Kontostand in der App aktualisiert.';
const WITHDRAWAL_RESOLUTION =
  'Ihre Auszahlung von {amount} {coin} wurde über {network} mit dem Hash {txHash} gesendet und ist on-chain bestätigt. Falls sie im Empfänger-Wallet noch nicht angezeigt wird, prüfen Sie bitte, ob dort dasselbe Netzwerk ausgewählt ist, oder wenden Sie sich mit diesem Hash an die Plattform, zu der die Adresse {address} gehört.';
const LOCKED_ACCOUNT_RESOLUTION =
  'Ich habe Ihre Identität bestätigt und das Konto {userId} entsperrt. Aus Sicherheitsgründen bleiben Auszahlungen nach der Entsperrung noch 24 Stunden pausiert. Wir empfehlen dringend, das Passwort zu ändern und 2FA mit einer Authenticator-App zu aktivieren.';
const MARKET_INCIDENT_RESOLUTION =
  'Ich habe die Prüfung des Kontos {userId} an unser Trading-Team weitergeleitet. Es prüft die Order-Historie und die Systemprotokolle für den Zeitraum des Vorfalls; Verluste durch einen Plattformausfall werden im Einzelfall bewertet. Ich melde mich hier, sobald das Ergebnis vorliegt.';
const TAX_STATEMENT_RESOLUTION =
  'Ich habe einen vollständigen Kontoauszug für {year} für das Konto {userId} angefordert. Sie erhalten ihn innerhalb von 3 Werktagen als CSV-Datei an {email}, inklusive Einzahlungen, Auszahlungen, Trades, Staking-Rewards und P2P-Orders.';
const ACCOUNT_CLOSURE_RESOLUTION =
  'Das Konto {userId} hat kein Restguthaben und keine offenen Orders, daher habe ich die Schließung beantragt. Sie erhalten eine Bestätigung an {email}. Daten, die wir gesetzlich aufbewahren müssen, werden sicher gespeichert und nach Ablauf der Aufbewahrungsfrist gelöscht.';

export const CONTENT_DE: LanguageContent = {
  greeting: 'Hallo {firstName},',
  signoff: 'Viele Grüße\n{agentName}\nKundensupport',
  accountLines: ['Konto-ID: {userId}', 'Meine UID: {userId}'],
  nudges: [
    'Gibt es schon Neuigkeiten? Es ist jetzt über einen Tag her.',
    'Hallo?? Ich warte immer noch auf eine Antwort. Ticket {ticketId}.',
    'Liest das hier überhaupt jemand? Ich brauche heute eine Antwort.',
    'Sorry, dass ich nochmal schreibe, wollte nur nach dem Stand von {ticketId} fragen.',
    'Das ist dringend, bitte eskalieren Sie das.',
  ],
  answers: [
    'Habe alles gemacht wie beschrieben, gleiches Problem. Meine User-ID ist {userId}.',
    'ok danke, erledigt. wie geht es jetzt weiter?',
    'Ich habe wie gewünscht von {email} geantwortet. Bitte prüfen.',
  ],
  transferAnswers: [
    'Hier nochmal der Hash: {txHash}. Im Explorer hat er mehr als genug Bestätigungen.',
    'Immer noch nichts auf meinem Konto. {amount} {coin}, TXID {txHash}.',
    'Screenshot aus meinem Wallet im Anhang. Adresse {address}, Netzwerk {network}.',
  ],
  thanks: ['Danke, jetzt hat es geklappt!', 'Alles klar, vielen Dank für die schnelle Hilfe.'],
  agentFollowUps: [
    'Vielen Dank für die zusätzlichen Informationen. Ich habe sie an das zuständige Team weitergegeben und melde mich hier, sobald ich eine Rückmeldung habe.',
    'Vielen Dank für Ihre Geduld. Ihr Anliegen wird noch geprüft; im Moment müssen Sie nichts weiter tun.',
    'Könnten Sie uns bitte einen Screenshot der Fehlermeldung schicken und die E-Mail-Adresse Ihres Kontos bestätigen?',
  ],
  topics: {
    kyc: {
      standardReply: 'Vielen Dank für Ihre Geduld. Ihre Unterlagen liegen unserem Compliance-Team vor und werden in der Reihenfolge des Eingangs geprüft; die meisten Prüfungen sind innerhalb von 24–48 Stunden abgeschlossen. Bitte laden Sie nichts erneut hoch – ein neuer Upload setzt Sie wieder ans Ende der Warteschlange. Wir informieren Sie per E-Mail, sobald die Prüfung abgeschlossen ist. Ihre Referenz: {ticketId}.',
      scenarios: [
        {
          subjects: ['KYC-Verifizierung hängt seit Tagen'],
          opening: 'Hallo, ich habe vor 3 Tagen meinen Personalausweis und ein Selfie hochgeladen und der Status ist immer noch „In Prüfung“. Mein Konto: {userId} (E-Mail {email}). Ohne Verifizierung kann ich nichts auszahlen. Wie lange dauert das normalerweise?',
        },
        {
          subjects: ['Warum wurde mein Ausweis abgelehnt?'],
          opening: 'Meine Verifizierung wurde schon wieder abgelehnt, Grund: „Dokument nicht lesbar“. Das Foto ist scharf, beide Seiten, keine Spiegelung. Das ist der dritte Versuch. Konto {userId}. Was mache ich falsch?',
          resolution: 'Ich habe das Konto {userId} geprüft: Das letzte Dokument wurde abgelehnt, weil die Ecken abgeschnitten waren. Bitte fotografieren Sie es neu, sodass alle vier Ecken sichtbar sind, auf einem dunklen, ebenen Untergrund und ohne Blitz, und laden Sie es unter Profil → Verifizierung hoch. Screenshots und Scans von Kopien werden nicht akzeptiert.',
        },
        {
          subjects: ['Adressnachweis wird nicht akzeptiert'],
          opening: 'Hallo, ich brauche Stufe 2, um mein Auszahlungslimit zu erhöhen. Als Adressnachweis habe ich einen Kontoauszug hochgeladen, der abgelehnt wurde. Er ist keine 3 Monate alt und zeigt meinen vollen Namen und meine Adresse. E-Mail des Kontos: {email}',
        },
      ],
    },
    deposit: {
      standardReply: 'Vielen Dank für Ihre Nachricht. Einzahlungen werden automatisch gutgeschrieben, sobald die Transaktion die erforderliche Anzahl an Netzwerkbestätigungen erreicht hat; bei Netzwerküberlastung kann das länger dauern. Bitte senden Sie die Überweisung nicht erneut. Falls die Einzahlung nach allen Bestätigungen weiterhin fehlt, antworten Sie uns mit dem Transaktions-Hash (TXID), dann verfolgen wir sie für Sie. Referenz: {ticketId}.',
      scenarios: [
        {
          subjects: ['Einzahlung nicht gutgeschrieben – {amount} {coin}', '{coin} über {network} gesendet, Guthaben immer noch 0'],
          opening: 'Hallo, ich habe vor ca. zwei Stunden {amount} {coin} über {network} an meine Einzahlungsadresse {address} geschickt. Im Explorer ist die Transaktion bestätigt, aber mein Guthaben steht immer noch auf 0. TXID: {txHash}\nKonto: {userId}',
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['{coin}-Einzahlung fehlt seit 2 Stunden'],
          opening: 'hi, hab gestern {amount} {coin} eingezahlt und im Wallet ist nichts angekommen. hash {txHash}. gibt es probleme mit dem {network}-netzwerk? brauche das geld dringend',
          resolution: DEPOSIT_RESOLUTION,
        },
      ],
    },
    withdrawal: {
      standardReply: 'Vielen Dank für Ihre Nachricht. Auszahlungen werden manchmal einer zusätzlichen Sicherheitsprüfung unterzogen, besonders an eine neue Adresse oder nach einer Änderung der Sicherheitseinstellungen. Nach Abschluss der Prüfung wird die Auszahlung automatisch gesendet und Sie erhalten eine E-Mail mit dem Transaktions-Hash. Ihr Guthaben ist in der Zwischenzeit sicher. Referenz: {ticketId}.',
      scenarios: [
        {
          subjects: ['Auszahlung seit Stunden ausstehend', 'Auszahlung hängt bei „Wird bearbeitet“ ({network})'],
          opening: 'Ich habe vor über 6 Stunden eine Auszahlung von {amount} {coin} an {address} über {network} beantragt und sie steht immer noch auf „Wird bearbeitet“. Keine TXID. Konto {userId}. Warum dauert das so lange?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['Auszahlung von {amount} {coin} nicht erhalten'],
          opening: 'Laut App ist die Auszahlung abgeschlossen, aber in meinem Wallet ist nichts angekommen. Hash: {txHash}. Zieladresse: {address}. Betrag {amount} {coin}. Bitte helfen Sie mir, das ist meine Miete.',
          resolution: WITHDRAWAL_RESOLUTION,
        },
      ],
    },
    two_factor: {
      standardReply: 'Das tut mir leid. Zu Ihrem Schutz ist für das Zurücksetzen der 2FA eine Identitätsprüfung nötig: Wählen Sie auf der Anmeldeseite „Sicherheitsprüfung nicht möglich?“ und folgen Sie den Schritten, einschließlich Selfie. Nach dem Zurücksetzen sind Auszahlungen vorsorglich für 24 Stunden gesperrt. Falls Sie nicht weiterkommen, antworten Sie einfach hier. Referenz: {ticketId}.',
      scenarios: [
        {
          subjects: ['Handy verloren – 2FA zurücksetzen', 'Login nicht möglich – 2FA-Code ungültig'],
          opening: 'Ich habe ein neues Handy und den Google Authenticator nicht übertragen. Jetzt komme ich nicht mehr rein. E-Mail {email}, Konto {userId}. Wie setze ich 2FA zurück?',
        },
        {
          subjects: ['Google-Authenticator-Codes funktionieren nicht', 'Login nicht möglich – 2FA-Code ungültig'],
          opening: 'Meine 2FA-Codes werden ständig als ungültig angezeigt. Die Uhrzeit am Handy ist auf automatisch gestellt. Ich habe es schon 10 Mal versucht und habe Angst, dass das Konto gesperrt wird.',
          resolution: 'Meistens werden Codes abgelehnt, wenn die Uhr des Handys abweicht. Öffnen Sie im Google Authenticator Einstellungen → Zeitkorrektur für Codes → Jetzt synchronisieren und versuchen Sie es erneut. Wenn es weiterhin nicht klappt, versuchen Sie es bitte nicht weiter – nach mehreren Fehlversuchen wird das Konto vorübergehend gesperrt.',
        },
      ],
    },
    account_compromise: {
      standardReply: 'Wir haben Ihre Meldung erhalten; ein Mitarbeiter unseres Sicherheitsteams bearbeitet Ihren Fall jetzt mit Priorität. Vorsorglich sind Auszahlungen von Ihrem Konto vorübergehend deaktiviert. Bitte geben Sie Ihr Passwort, Ihre 2FA-Codes oder Bestätigungscodes an niemanden weiter, auch nicht an Personen, die sich als unsere Mitarbeiter ausgeben. Wir melden uns in diesem Ticket ({ticketId}) mit den nächsten Schritten.',
      scenarios: [
        {
          subjects: ['DRINGEND: Mein Konto wurde gehackt', 'Nicht autorisierte Auszahlung von meinem Konto!!'],
          opening: 'DRINGEND!!! Jemand hat sich in mein Konto eingeloggt und {amount} {coin} an {address} ausgezahlt. Das war NICHT ich. TX: {txHash}. Konto {userId}. Bitte sofort ALLES sperren.',
          resolution: 'Auszahlungen für das Konto {userId} sind jetzt gesperrt, alle aktiven Sitzungen wurden beendet und alle API-Schlüssel widerrufen. Die Überweisung an {address} (Hash {txHash}) erfolgte nach einem Login von {ip}. Bitte ändern Sie auch das Passwort Ihres E-Mail-Kontos {email}, aktivieren Sie dort 2FA und geben Sie uns kurz Bescheid, damit wir die Untersuchung fortsetzen können.',
        },
        {
          subjects: ['DRINGEND: Mein Konto wurde gehackt', 'Login von {ip} – das war nicht ich'],
          opening: 'Ich habe gerade eine E-Mail über einen Login von der IP {ip} und einen neuen API-Schlüssel bekommen. Das war nicht ich. Passwort ist schon geändert, aber die Auszahlungsadresse, die sie hinzugefügt haben, kann ich nicht löschen. E-Mail {email}. Bitte Auszahlungen sofort sperren!',
        },
      ],
    },
    locked_account: {
      standardReply: 'Vielen Dank für Ihre Nachricht. Ihr Konto wurde nach ungewöhnlichen Aktivitäten automatisch zu Ihrem Schutz gesperrt. Um es zu entsperren, müssen wir Ihre Identität bestätigen: Bitte antworten Sie von Ihrer registrierten E-Mail-Adresse und nennen Sie das Datum Ihres letzten erfolgreichen Logins und Ihrer letzten Einzahlung. Wir prüfen das und antworten in diesem Ticket ({ticketId}).',
      scenarios: [
        {
          subjects: ['Konto nach zu vielen Login-Versuchen gesperrt'],
          opening: 'Mein Konto wurde gesperrt, nachdem ich ein paar Mal das falsche Passwort eingegeben habe. Da steht „später erneut versuchen“, aber das ist jetzt einen Tag her. Konto {userId}, E-Mail {email}.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
        {
          subjects: ['Warum ist mein Konto deaktiviert?', 'Konto eingefroren – keine Auszahlung möglich'],
          opening: 'Beim Login heute steht „Konto aus Sicherheitsgründen deaktiviert“. Ich habe keine E-Mail mit einer Erklärung bekommen. Da liegt mein Geld drauf. Bitte entsperren.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
      ],
    },
    phishing: {
      standardReply: 'Vielen Dank für den Hinweis. Diese Nachricht stammt nicht von uns. Wir fragen niemals nach Ihrem Passwort, Ihren 2FA-Codes oder Ihrer Seed-Phrase, und unsere Mitarbeiter kontaktieren Sie nie zuerst über Telegram oder WhatsApp. Bitte klicken Sie nicht auf den Link und antworten Sie dem Absender nicht. Falls Sie Daten eingegeben haben, ändern Sie sofort Ihr Passwort und setzen Sie 2FA zurück. Referenz: {ticketId}.',
      scenarios: [
        {
          subjects: ['Ist diese E-Mail von Ihnen? Ich soll mein Wallet verifizieren'],
          opening: 'Ich habe eine E-Mail bekommen, dass mein Konto gesperrt wird, wenn ich mein Wallet nicht auf {phishingUrl} verifiziere. Mit Ihrem Logo. Ist das echt? Ich habe noch nichts angeklickt.',
        },
        {
          subjects: ['Ich glaube, ich habe mein Passwort auf einer Fake-Seite eingegeben'],
          opening: 'Ich habe auf einen Link in einer SMS geklickt und mich auf {phishingUrl} eingeloggt. Jetzt sehe ich, dass die Adresse falsch war. Meine E-Mail ist {email}. Ist mein Konto sicher?',
          resolution: 'Wir haben {phishingUrl} zur Abschaltung gemeldet. Da Sie dort Ihre Zugangsdaten eingegeben haben, haben wir alle Sitzungen des Kontos {userId} beendet und Auszahlungen für 24 Stunden pausiert. Bitte ändern Sie jetzt Ihr Passwort und aktivieren Sie 2FA neu.',
        },
        {
          subjects: ['Fake-Support hat mich auf Telegram angeschrieben'],
          opening: 'Jemand auf Telegram hat sich als Ihr Support ausgegeben und nach meinem 2FA-Code gefragt, um meine Auszahlung zu „reparieren“. Einen Code habe ich ihm gegeben, bevor ich es gemerkt habe. Konto {userId}. Was soll ich jetzt tun??',
        },
      ],
    },
    fees: {
      standardReply: 'Vielen Dank für Ihre Frage. Auszahlungsgebühren sind ein fester Betrag je Netzwerk und decken die On-Chain-Transaktionskosten, deshalb ändern sie sich mit der Netzwerkauslastung; die aktuelle Gebühr wird immer vor der Bestätigung angezeigt. Die Handelsgebühren hängen von Ihrem 30-Tage-Volumen ab und davon, ob Ihre Order Liquidität hinzufügt (Maker) oder entnimmt (Taker). Referenz: {ticketId}.',
      scenarios: [
        {
          subjects: ['Warum so hohe Auszahlungsgebühren?', 'Die Gebühren im {network}-Netzwerk sind unverschämt'],
          opening: 'Ich habe {amount} {coin} über {network} ausgezahlt und die Gebühr war viel höher als auf der Gebührenseite angegeben. Warum? Konto {userId}.',
          resolution: 'Ich habe die Auszahlung von {amount} {coin} über {network} für das Konto {userId} geprüft: Die berechnete Gebühr entspricht der damaligen Netzwerkgebühr, die wegen Überlastung vorübergehend erhöht war. Für USDT-Überweisungen sind TRC20 oder BEP20 meist deutlich günstiger als ERC20.',
        },
        {
          subjects: ['Frage zu den Handelsgebühren'],
          opening: 'Hallo, ich handle mit Limit-Orders (Maker), mir wird aber die Taker-Gebühr berechnet. Können Sie mir erklären, wie die Gebühren berechnet werden? Ich halte den Plattform-Token, bekomme ich da keinen Rabatt?',
        },
      ],
    },
    api_keys: {
      standardReply: 'Vielen Dank für Ihre Nachricht. Bitte prüfen Sie, ob für den Schlüssel die nötigen Berechtigungen aktiviert sind, ob der Timestamp der Anfrage im erlaubten Zeitfenster zu unserer Serverzeit liegt und ob die Anfrage von einer IP-Adresse auf der Whitelist kommt. Aus Sicherheitsgründen haben Schlüssel ohne IP-Whitelist nur Lesezugriff. Referenz: {ticketId}.',
      scenarios: [
        {
          subjects: ['API-Schlüssel funktioniert nach IP-Whitelist nicht mehr'],
          opening: 'Mein Trading-Bot bekommt seit heute Morgen „Invalid API-key, IP, or permissions for action“. Der Schlüssel beginnt mit {apiKey}. Bei mir hat sich nichts geändert. Die Server-IP ist {ip}. Konto {userId}.',
          resolution: 'Der Schlüssel {apiKey}… des Kontos {userId} ist auf Whitelist-IPs beschränkt, und die Anfragen in unseren Logs kommen von {ip}, die nicht auf der Liste steht. Fügen Sie sie unter API-Verwaltung → Einschränkungen bearbeiten hinzu, dann sollten die Anfragen innerhalb einer Minute durchgehen.',
        },
        {
          subjects: ['API-Schlüssel liefert „Invalid signature“'],
          opening: 'Ich habe einen API-Schlüssel erstellt, aber jede signierte Anfrage schlägt mit „Signature for this request is not valid“ fehl. Ich signiere mit HMAC SHA256 und dem Secret, Timestamp in ms. Im Testnet hat es funktioniert. Eine Idee?',
        },
        {
          subjects: ['Wie aktiviere ich Auszahlungen für meinen API-Schlüssel?'],
          opening: 'Mein Bot soll Gewinne automatisch auf mein Cold Wallet auszahlen, aber die Option „Auszahlungen erlauben“ beim API-Schlüssel ist ausgegraut. Schlüssel {apiKey}, Konto {userId}. Wie aktiviere ich das?',
        },
      ],
    },
    p2p_dispute: {
      standardReply: 'Vielen Dank für Ihre Nachricht. Die Kryptowährung dieser Order bleibt im Escrow gesperrt und kann von keiner Seite bewegt werden, solange der Einspruch offen ist. Bitte laden Sie Ihren Zahlungsnachweis (Kontoauszug oder Beleg mit Verwendungszweck, Betrag und Uhrzeit) im Order-Chat hoch. Unser P2P-Team prüft beide Seiten, in der Regel innerhalb von 24 Stunden. Referenz: {ticketId}.',
      scenarios: [
        {
          subjects: ['P2P-Verkäufer gibt die Coins nicht frei – Order {orderId}', 'Bezahlt, aber der Verkäufer reagiert nicht'],
          opening: 'Ich habe auf P2P {amount} {coin} gekauft, Order {orderId}. Vor 2 Stunden per Überweisung bezahlt und den Beleg im Chat geschickt. Der Verkäufer antwortet nicht und die Coins liegen immer noch im Escrow. Bitte helfen Sie.',
          resolution: 'Ich habe die Order {orderId} geprüft. Der Zahlungsnachweis ist bestätigt, daher wurden die {amount} {coin} aus dem Escrow Ihrem Konto {userId} gutgeschrieben. Der P2P-Zugang der Gegenpartei ist während unserer Untersuchung gesperrt.',
        },
        {
          subjects: ['Käufer hat „bezahlt“ markiert, aber kein Geld erhalten'],
          opening: 'Ein Käufer hat die Order {orderId} als bezahlt markiert, aber auf meinem Bankkonto ist nichts eingegangen. Jetzt droht er mir mit einer Meldung. Ich gebe die {coin} nicht frei, bevor ich die Zahlung sehe. Konto {userId}.',
        },
      ],
    },
    market_incident: {
      standardReply: 'Vielen Dank für Ihre Nachricht, und es tut mir leid, dass die letzten Stunden so stressig waren. Während der starken Marktschwankungen hatten wir extrem viel Traffic, was bei einigen Nutzern zu Verzögerungen geführt hat. Unser Team prüft alle betroffenen Orders und Konten; falls Ihr Konto betroffen war, melden wir uns in diesem Ticket ({ticketId}). Ihr Guthaben auf der Plattform ist sicher.',
      scenarios: [
        {
          subjects: ['Während des Crashs liquidiert – App war down!', 'Kein Login während des {coin}-Absturzes'],
          opening: 'Beim Crash gestern Nacht konnte ich mich 40 Minuten nicht einloggen und meine Position wurde liquidiert. Ich habe {amount} {coin} verloren. Das ist Ihre Schuld, die App war down. Ich will eine Entschädigung. Konto {userId}.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
        {
          subjects: ['Stop-Loss wurde nicht ausgeführt'],
          opening: 'Mein Stop-Loss bei {coin} hat nicht ausgelöst, der Kurs ist weit darunter gefallen und die Order ist immer noch offen. Was ist da passiert?? Ich erwarte eine Erklärung.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
      ],
    },
    tax_statement: {
      standardReply: 'Vielen Dank für Ihre Anfrage. Ihre vollständige Historie können Sie unter Orders → Exportieren herunterladen, bis zu 12 Monate pro Datei; für ein ganzes Steuerjahr erstellen Sie bitte je Zeitraum einen Export – bei Bedarf führen wir sie zusammen. Bitte beachten Sie, dass wir keine Steuerberatung leisten. Referenz: {ticketId}.',
      scenarios: [
        {
          subjects: ['Transaktionshistorie für die Steuererklärung {year} benötigt', 'Wie exportiere ich alle Trades für {year}?'],
          opening: 'Hallo, mein Steuerberater braucht eine vollständige Aufstellung aller Trades, Einzahlungen und Auszahlungen für {year}. Der Export in der App gibt mir nur 3 Monate auf einmal. Konto {userId}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
        {
          subjects: ['Steuerreport enthält keine P2P-Trades'],
          opening: 'Im heruntergeladenen Steuerreport für {year} fehlen meine Staking-Rewards und die P2P-Trades. Können Sie einen vollständigen erstellen? E-Mail {email}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
      ],
    },
    account_closure: {
      standardReply: 'Schade, dass Sie gehen. Bitte zahlen Sie vor der Schließung Ihr restliches Guthaben aus, stornieren Sie offene Orders und löschen Sie Ihre API-Schlüssel. Danach gehen Sie zu Konto → Sicherheit → Konto schließen. Bitte beachten Sie, dass wir gesetzlich verpflichtet sind, bestimmte Daten auch nach der Schließung für einige Jahre aufzubewahren. Referenz: {ticketId}.',
      scenarios: [
        {
          subjects: ['Bitte mein Konto schließen', 'Wie schließe ich mein Konto und zahle alles aus?'],
          opening: 'Ich möchte mein Konto {userId} dauerhaft schließen. Es sind noch {amount} {coin} drauf, die ich vorher an {address} auszahlen will. Was muss ich tun?',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
        {
          subjects: ['Konto und persönliche Daten löschen'],
          opening: 'Bitte löschen Sie mein Konto und alle meine persönlichen Daten (DSGVO). E-Mail {email}. Ich nutze die Plattform nicht mehr.',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
      ],
    },
  },
};
