import type { LanguageContent } from './content-types';

// Answers that settle more than one scenario of a topic.
const DEPOSIT_RESOLUTION =
  'J’ai retrouvé la transaction {txHash} vers votre adresse de dépôt {address}. Elle a maintenant atteint les confirmations requises et {amount} {coin} ont été crédités sur le compte {userId}. L’actualisation du solde dans l’application peut prendre une minute.';
const WITHDRAWAL_RESOLUTION =
  'Votre retrait de {amount} {coin} a été envoyé via {network} avec le hash {txHash} et il est confirmé sur la blockchain. S’il n’apparaît pas encore dans le portefeuille de destination, vérifiez que le même réseau y est sélectionné, ou contactez la plateforme à laquelle appartient l’adresse {address} en lui donnant ce hash.';
const LOCKED_ACCOUNT_RESOLUTION =
  'J’ai confirmé votre identité et débloqué le compte {userId}. Par sécurité, les retraits restent suspendus 24 heures après le déblocage. Nous vous recommandons vivement de changer votre mot de passe et d’activer la 2FA avec une application d’authentification.';
const MARKET_INCIDENT_RESOLUTION =
  'J’ai transmis l’examen du compte {userId} à notre équipe trading. Elle vérifie l’historique des ordres et les journaux système pendant l’incident ; les pertes dues à une panne de la plateforme sont évaluées au cas par cas. Je reviens vers vous ici dès que j’ai leur retour.';
const TAX_STATEMENT_RESOLUTION =
  'J’ai demandé un relevé complet {year} pour le compte {userId}. Il vous sera envoyé à {email} au format CSV sous 3 jours ouvrés, avec les dépôts, retraits, trades, récompenses de staking et ordres P2P.';
const ACCOUNT_CLOSURE_RESOLUTION =
  'Le compte {userId} n’a plus de solde ni d’ordre ouvert, j’ai donc transmis la demande de fermeture. Vous recevrez une confirmation à {email}. Les données que nous sommes légalement tenus de conserver seront stockées de façon sécurisée puis supprimées à la fin de la durée de conservation.';

// Customers' texts avoid past participles agreeing with the writer (« je suis inquiet/inquiète »),
// since the same text goes to any customer.
export const CONTENT_FR: LanguageContent = {
  greeting: 'Bonjour {firstName},',
  signoff: 'Cordialement,\n{agentName}\nService client',
  accountLines: ['ID du compte : {userId}', 'Mon UID : {userId}'],
  nudges: [
    'Du nouveau ? Ça fait plus d’une journée.',
    'Allô ?? J’attends toujours une réponse. Ticket {ticketId}.',
    'Quelqu’un lit ces messages ? J’ai besoin d’une réponse aujourd’hui.',
    'Pardon de relancer, je voulais juste savoir où en est le {ticketId}.',
    'C’est urgent, merci de faire remonter le dossier.',
  ],
  answers: [
    'J’ai fait ce que vous m’avez dit, toujours le même problème. Mon ID utilisateur est {userId}.',
    'ok merci c’est fait. et maintenant ?',
    'J’ai répondu depuis {email} comme demandé. Merci de vérifier.',
  ],
  transferAnswers: [
    'Voici encore le hash : {txHash}. Sur l’explorateur il y a largement assez de confirmations.',
    'Toujours rien sur mon solde. {amount} {coin}, TXID {txHash}.',
    'Capture d’écran de mon portefeuille en pièce jointe. Adresse {address}, réseau {network}.',
  ],
  thanks: ['Merci, c’est réglé !', 'Parfait, merci pour l’aide rapide.'],
  agentFollowUps: [
    'Merci pour ces informations complémentaires. Je les ai transmises à l’équipe concernée et je reviens vers vous ici dès que j’ai une réponse.',
    'Merci pour votre patience. Votre dossier est toujours en cours d’examen ; vous n’avez rien d’autre à faire pour le moment.',
    'Pourriez-vous nous envoyer une capture d’écran du message d’erreur et confirmer l’adresse e-mail enregistrée sur votre compte ?',
  ],
  topics: {
    kyc: {
      standardReply: 'Merci pour votre patience. Vos documents sont entre les mains de notre équipe conformité et sont examinés par ordre d’arrivée ; la plupart des vérifications sont terminées sous 24 à 48 heures. Inutile de les renvoyer : un nouvel envoi vous replace en fin de file. Nous vous préviendrons par e-mail dès que l’examen sera terminé. Votre référence : {ticketId}.',
      scenarios: [
        {
          subjects: ['Vérification KYC bloquée en attente'],
          opening: 'Bonjour, j’ai envoyé ma carte d’identité et un selfie il y a 3 jours et la vérification est toujours « En cours d’examen ». Mon compte : {userId} (e-mail {email}). Je ne peux rien retirer tant que ce n’est pas validé. Combien de temps ça prend en général ?',
        },
        {
          subjects: ['Pourquoi ma pièce d’identité a été refusée ?'],
          opening: 'Ma vérification a encore été refusée avec le motif « document illisible ». La photo est nette, recto verso, sans reflet. C’est la troisième tentative. Compte {userId}. Qu’est-ce qui ne va pas ?',
          resolution: 'J’ai vérifié le compte {userId} : le dernier document a été refusé car les coins étaient coupés. Merci de reprendre une photo avec les quatre coins visibles, sur une surface sombre et plane, sans flash, puis de la téléverser dans Profil → Vérification. Les captures d’écran et les scans de photocopies ne sont pas acceptés.',
        },
        {
          subjects: ['Justificatif de domicile refusé'],
          opening: 'Bonjour, j’ai besoin du niveau 2 pour augmenter ma limite de retrait. J’ai envoyé un relevé bancaire comme justificatif de domicile mais il a été refusé. Il a moins de 3 mois et indique mon nom complet et mon adresse. E-mail du compte : {email}',
        },
      ],
    },
    deposit: {
      standardReply: 'Merci de nous avoir contactés. Les dépôts sont crédités automatiquement dès que la transaction atteint le nombre de confirmations requis sur le réseau, ce qui peut prendre plus de temps en cas de congestion. Merci de ne pas renvoyer le même transfert. Si le dépôt n’apparaît toujours pas une fois les confirmations atteintes, répondez-nous avec le hash de la transaction (TXID) et nous la retrouverons. Référence : {ticketId}.',
      scenarios: [
        {
          subjects: ['Dépôt non crédité — {amount} {coin}', '{coin} envoyés via {network}, solde toujours à 0'],
          opening: 'Bonjour, il y a environ deux heures j’ai envoyé {amount} {coin} via {network} à mon adresse de dépôt {address}. La transaction est confirmée sur l’explorateur mais mon solde est toujours à 0. TXID : {txHash}\nCompte : {userId}',
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['Dépôt {coin} introuvable depuis 2 heures'],
          opening: 'slt j’ai fait un dépôt de {amount} {coin} hier et rien n’apparaît sur mon portefeuille. hash {txHash}. il y a un souci avec le réseau {network} ?? j’ai besoin des fonds rapidement',
          resolution: DEPOSIT_RESOLUTION,
        },
      ],
    },
    withdrawal: {
      standardReply: 'Merci pour votre message. Les retraits font parfois l’objet d’une vérification de sécurité supplémentaire, notamment vers une nouvelle adresse ou après une modification de vos paramètres de sécurité. Une fois la vérification terminée, le retrait est envoyé automatiquement et vous recevez un e-mail avec le hash de la transaction. Vos fonds sont en sécurité en attendant. Référence : {ticketId}.',
      scenarios: [
        {
          subjects: ['Retrait en attente depuis des heures', 'Retrait bloqué sur « En traitement » ({network})'],
          opening: 'J’ai demandé un retrait de {amount} {coin} vers {address} via {network} il y a plus de 6 heures et c’est toujours « En traitement ». Aucun TXID. Compte {userId}. Pourquoi c’est si long ?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['Retrait de {amount} {coin} non reçu'],
          opening: 'L’appli indique que le retrait est terminé mais rien n’est arrivé sur mon portefeuille. Hash : {txHash}. Destination : {address}. Montant {amount} {coin}. Aidez-moi svp, c’est l’argent de mon loyer.',
          resolution: WITHDRAWAL_RESOLUTION,
        },
      ],
    },
    two_factor: {
      standardReply: 'Nous sommes désolés pour ce désagrément. Pour votre sécurité, la réinitialisation de la 2FA nécessite une vérification d’identité : sur la page de connexion, choisissez « Vérification de sécurité indisponible ? » et suivez les étapes, selfie compris. Après la réinitialisation, les retraits sont suspendus pendant 24 heures par précaution. En cas de difficulté, répondez simplement à ce message. Référence : {ticketId}.',
      scenarios: [
        {
          subjects: ['Téléphone perdu, besoin de réinitialiser la 2FA', 'Impossible de me connecter — code 2FA invalide'],
          opening: 'J’ai changé de téléphone sans transférer Google Authenticator. Maintenant je ne peux plus me connecter. E-mail {email}, compte {userId}. Comment réinitialiser la 2FA ?',
        },
        {
          subjects: ['Les codes Google Authenticator ne marchent pas', 'Impossible de me connecter — code 2FA invalide'],
          opening: 'Mes codes 2FA sont toujours refusés. L’heure du téléphone est en automatique. J’ai essayé 10 fois et j’ai peur que le compte soit bloqué.',
          resolution: 'Les codes sont généralement refusés quand l’horloge du téléphone est décalée. Dans Google Authenticator, allez dans Paramètres → Correction de l’heure pour les codes → Synchroniser maintenant, puis réessayez. Si cela échoue encore, n’insistez pas : après plusieurs tentatives infructueuses, le compte est bloqué temporairement.',
        },
      ],
    },
    account_compromise: {
      standardReply: 'Nous avons bien reçu votre signalement et un membre de notre équipe sécurité prend en charge votre dossier en priorité. Par précaution, les retraits de votre compte sont temporairement désactivés. Ne communiquez jamais votre mot de passe, vos codes 2FA ou un code de vérification à qui que ce soit, y compris à des personnes se présentant comme nos employés. Nous reviendrons vers vous dans ce ticket ({ticketId}) avec les prochaines étapes.',
      scenarios: [
        {
          subjects: ['URGENT : mon compte a été piraté', 'Retrait non autorisé sur mon compte !!'],
          opening: 'URGENT !!! Quelqu’un s’est connecté à mon compte et a retiré {amount} {coin} vers {address}. Ce n’est PAS moi. TX : {txHash}. Compte {userId}. Bloquez tout MAINTENANT svp.',
          resolution: 'Les retraits du compte {userId} sont bloqués, toutes les sessions actives ont été fermées et les clés API révoquées. Le transfert vers {address} (hash {txHash}) a été effectué après une connexion depuis {ip}. Changez aussi le mot de passe de votre messagerie {email}, activez-y la 2FA, puis répondez-nous une fois que c’est fait pour que nous poursuivions l’enquête.',
        },
        {
          subjects: ['URGENT : mon compte a été piraté', 'Connexion depuis {ip} — ce n’est pas moi'],
          opening: 'Je viens de recevoir un e-mail concernant une connexion depuis l’IP {ip} et la création d’une nouvelle clé API. Ce n’est pas moi. J’ai déjà changé le mot de passe mais je n’arrive pas à supprimer l’adresse de retrait qu’ils ont ajoutée. E-mail {email}. Bloquez les retraits immédiatement !',
        },
      ],
    },
    locked_account: {
      standardReply: 'Merci de nous avoir contactés. Votre compte a été bloqué automatiquement pour le protéger après une activité inhabituelle. Pour le débloquer, nous devons confirmer votre identité : répondez depuis votre adresse e-mail enregistrée en indiquant la date de votre dernière connexion réussie et celle de votre dernier dépôt. Nous vérifierons et vous répondrons dans ce ticket ({ticketId}).',
      scenarios: [
        {
          subjects: ['Compte bloqué après trop de tentatives de connexion'],
          opening: 'Mon compte s’est bloqué après quelques erreurs de mot de passe. Il est écrit « réessayez plus tard » mais ça fait un jour. Compte {userId}, e-mail {email}.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
        {
          subjects: ['Pourquoi mon compte est-il désactivé ?', 'Compte gelé, impossible de retirer'],
          opening: 'Aujourd’hui en me connectant j’ai le message « compte désactivé pour des raisons de sécurité ». Je n’ai reçu aucun e-mail d’explication. J’ai des fonds dessus. Merci de le débloquer.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
      ],
    },
    phishing: {
      standardReply: 'Merci pour votre signalement. Ce message ne vient pas de nous. Nous ne vous demanderons jamais votre mot de passe, vos codes 2FA ou votre phrase de récupération, et notre équipe ne vous contactera jamais en premier sur Telegram ou WhatsApp. Ne cliquez pas sur le lien et ne répondez pas à l’expéditeur. Si vous avez saisi des informations, changez immédiatement votre mot de passe et réinitialisez la 2FA. Référence : {ticketId}.',
      scenarios: [
        {
          subjects: ['Cet e-mail vient-il de vous ? On me demande de vérifier mon portefeuille'],
          opening: 'J’ai reçu un e-mail disant que mon compte sera suspendu si je ne vérifie pas mon portefeuille sur {phishingUrl}. Il y a votre logo. C’est vrai ? Je n’ai encore cliqué sur rien.',
        },
        {
          subjects: ['Je pense avoir saisi mon mot de passe sur un faux site'],
          opening: 'J’ai cliqué sur un lien reçu par SMS et j’ai saisi mes identifiants sur {phishingUrl}. Maintenant je vois que l’adresse n’était pas la vôtre. Mon e-mail est {email}. Mon compte est-il en sécurité ?',
          resolution: 'Nous avons signalé {phishingUrl} pour fermeture. Comme vous y avez saisi vos identifiants, nous avons fermé toutes les sessions du compte {userId} et suspendu les retraits pendant 24 heures. Merci de changer votre mot de passe dès maintenant et de réactiver la 2FA.',
        },
        {
          subjects: ['Un faux support me contacte sur Telegram'],
          opening: 'Quelqu’un sur Telegram se présentant comme votre support m’a demandé mon code 2FA pour « débloquer » mon retrait. Je lui ai donné un code avant de comprendre. Compte {userId}. Que dois-je faire ??',
        },
      ],
    },
    fees: {
      standardReply: 'Merci pour votre question. Les frais de retrait sont un montant fixe par réseau qui couvre le coût de la transaction sur la blockchain ; ils varient donc selon la congestion, et les frais en vigueur sont toujours affichés avant la confirmation. Les frais de trading dépendent de votre volume sur 30 jours et du fait que votre ordre ajoute de la liquidité (maker) ou en retire (taker). Référence : {ticketId}.',
      scenarios: [
        {
          subjects: ['Pourquoi des frais de retrait aussi élevés ?', 'Les frais sur {network} sont abusés'],
          opening: 'J’ai retiré {amount} {coin} via {network} et les frais étaient bien plus élevés que sur la page des frais. Pourquoi ? Compte {userId}.',
          resolution: 'J’ai vérifié le retrait de {amount} {coin} via {network} du compte {userId} : les frais appliqués correspondent aux frais réseau du moment, temporairement relevés à cause de la congestion. Pour les transferts USDT, TRC20 ou BEP20 sont généralement bien moins chers qu’ERC20.',
        },
        {
          subjects: ['Question sur les frais de trading'],
          opening: 'Bonjour, je trade avec des ordres limites (maker) mais on me facture les frais taker. Pouvez-vous m’expliquer comment les frais sont calculés ? J’ai le token de la plateforme, je ne devrais pas avoir une réduction ?',
        },
      ],
    },
    api_keys: {
      standardReply: 'Merci de nous avoir contactés. Vérifiez que la clé dispose des autorisations nécessaires, que le timestamp de la requête se trouve dans la fenêtre autorisée par rapport à l’heure de notre serveur et que la requête provient d’une adresse IP de la liste blanche. Par sécurité, les clés sans liste blanche d’IP sont limitées à la lecture seule. Référence : {ticketId}.',
      scenarios: [
        {
          subjects: ['Clé API inutilisable depuis la liste blanche d’IP'],
          opening: 'Mon bot reçoit « Invalid API-key, IP, or permissions for action » depuis ce matin. La clé commence par {apiKey}. Rien n’a changé de mon côté. L’IP du serveur est {ip}. Compte {userId}.',
          resolution: 'La clé {apiKey}… du compte {userId} est restreinte aux IP de la liste blanche, et les requêtes dans nos journaux proviennent de {ip}, qui n’y figure pas. Ajoutez-la dans Gestion des API → Modifier les restrictions ; les requêtes devraient passer dans la minute.',
        },
        {
          subjects: ['La clé API renvoie « Invalid signature »'],
          opening: 'J’ai créé une clé API mais toutes les requêtes signées échouent avec « Signature for this request is not valid ». J’utilise HMAC SHA256 avec le secret, timestamp en ms. Ça marchait sur le testnet. Une idée ?',
        },
        {
          subjects: ['Comment activer les retraits sur ma clé API ?'],
          opening: 'Je veux que mon bot retire automatiquement les gains vers mon cold wallet, mais la case « Autoriser les retraits » de la clé API est grisée. Clé {apiKey}, compte {userId}. Comment l’activer ?',
        },
      ],
    },
    p2p_dispute: {
      standardReply: 'Merci de nous avoir contactés. Les cryptos de cet ordre restent bloquées sous séquestre et aucune des parties ne peut les déplacer tant que l’appel est ouvert. Merci de téléverser votre preuve de paiement (relevé ou reçu indiquant la référence, le montant et l’heure) dans le chat de l’ordre. Notre équipe P2P examinera les deux parties, généralement sous 24 heures. Référence : {ticketId}.',
      scenarios: [
        {
          subjects: ['Le vendeur P2P ne libère pas les cryptos — ordre {orderId}', 'J’ai payé mais le vendeur ne répond pas'],
          opening: 'J’ai acheté {amount} {coin} en P2P, ordre {orderId}. J’ai payé par virement il y a 2 heures et envoyé la preuve dans le chat. Le vendeur ne répond pas et les cryptos sont toujours sous séquestre. Aidez-moi svp.',
          resolution: 'J’ai examiné l’ordre {orderId}. La preuve de paiement est validée : les {amount} {coin} sous séquestre ont donc été libérés sur votre compte {userId}. L’accès P2P de la contrepartie est suspendu pendant notre enquête.',
        },
        {
          subjects: ['L’acheteur a marqué « payé » mais je n’ai rien reçu'],
          opening: 'Un acheteur a marqué l’ordre {orderId} comme payé mais rien n’est arrivé sur mon compte bancaire. Maintenant il menace de me signaler. Je ne libérerai pas les {coin} tant que je n’aurai pas vu le paiement. Compte {userId}.',
        },
      ],
    },
    market_incident: {
      standardReply: 'Merci pour votre message, et nous sommes désolés pour le stress de ces dernières heures. Pendant la forte volatilité du marché, nous avons connu un trafic très élevé qui a entraîné des ralentissements pour certains utilisateurs. Notre équipe examine tous les ordres et comptes concernés ; si votre compte a été touché par l’incident, nous vous contacterons dans ce ticket ({ticketId}). Les fonds sur la plateforme restent en sécurité.',
      scenarios: [
        {
          subjects: ['Liquidation pendant le crash alors que l’appli était en panne !', 'Impossible de me connecter pendant la chute du {coin}'],
          opening: 'Pendant le krach d’hier soir, impossible de me connecter pendant 40 minutes et ma position a été liquidée. J’ai perdu {amount} {coin}. C’est votre faute, l’appli était en panne. Je veux un dédommagement. Compte {userId}.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
        {
          subjects: ['Mon stop-loss ne s’est pas déclenché'],
          opening: 'Mon stop-loss sur {coin} ne s’est pas déclenché, le prix est descendu bien en dessous et l’ordre est toujours ouvert. Que s’est-il passé ?? J’attends une explication.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
      ],
    },
    tax_statement: {
      standardReply: 'Merci pour votre demande. Vous pouvez exporter votre historique complet dans Ordres → Exporter, jusqu’à 12 mois par fichier ; pour une année fiscale entière, générez un export par période et nous pourrons les regrouper si besoin. Nous ne pouvons pas fournir de conseil fiscal. Référence : {ticketId}.',
      scenarios: [
        {
          subjects: ['Besoin de l’historique des transactions pour ma déclaration {year}', 'Comment exporter tous mes trades de {year} ?'],
          opening: 'Bonjour, mon comptable a besoin d’un relevé complet de tous mes trades, dépôts et retraits pour {year}. L’export dans l’appli ne donne que 3 mois à la fois. Compte {userId}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
        {
          subjects: ['Le rapport fiscal n’inclut pas les trades P2P'],
          opening: 'Le rapport fiscal {year} que j’ai téléchargé ne contient pas mes récompenses de staking ni mes trades P2P. Pouvez-vous en générer un complet ? E-mail {email}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
      ],
    },
    account_closure: {
      standardReply: 'Nous regrettons votre départ. Avant la fermeture, retirez votre solde restant, annulez les ordres ouverts et supprimez vos clés API. Rendez-vous ensuite dans Compte → Sécurité → Fermer le compte. Nous sommes légalement tenus de conserver certaines données pendant plusieurs années, même après la fermeture du compte. Référence : {ticketId}.',
      scenarios: [
        {
          subjects: ['Merci de fermer mon compte', 'Comment fermer mon compte et tout retirer ?'],
          opening: 'Je souhaite fermer définitivement mon compte {userId}. Il me reste {amount} {coin} que je veux d’abord retirer vers {address}. Que dois-je faire ?',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
        {
          subjects: ['Supprimer mon compte et mes données personnelles'],
          opening: 'Merci de supprimer mon compte et toutes mes données personnelles (RGPD). E-mail {email}. Je n’utilise plus la plateforme.',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
      ],
    },
  },
};
