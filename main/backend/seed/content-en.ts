import type { LanguageContent } from './content-types';

// Answers that settle more than one scenario of a topic.
const DEPOSIT_RESOLUTION =
  "I've traced transaction {txHash} to your deposit address {address}. It has now reached the required confirmations and {amount} {coin} has been credited to account {userId}. It may take a minute for the balance to refresh in the app.";
const WITHDRAWAL_RESOLUTION =
  "Your withdrawal of {amount} {coin} was broadcast on {network} with hash {txHash} and is confirmed on-chain. If it doesn't show in the receiving wallet yet, please check you are looking at the same network there, or contact the wallet or platform that owns {address} with that hash.";
const ACCOUNT_COMPROMISE_RESOLUTION =
  'Withdrawals on account {userId} are now locked and all active sessions and API keys have been revoked. The transfer to {address} (hash {txHash}) was made after a login from {ip}. Please change the password of your email account {email} as well, enable 2FA there, and reply to confirm when done so we can continue the investigation.';
const LOCKED_ACCOUNT_RESOLUTION =
  "I've verified your identity and unlocked account {userId}. For security, withdrawals stay paused for 24 hours after an unlock. We strongly recommend changing your password and turning on an authenticator app for 2FA.";
const MARKET_INCIDENT_RESOLUTION =
  "I've escalated the review of account {userId} to our trading team. We are checking order history and system logs for the incident window; losses caused by a platform outage are assessed case by case. I'll update you here as soon as I have their result.";
const TAX_STATEMENT_RESOLUTION =
  "I've requested a full account statement for {year} for account {userId}. It will be sent to {email} as a CSV file within 3 business days, including deposits, withdrawals, trades, staking rewards and P2P orders.";
const ACCOUNT_CLOSURE_RESOLUTION =
  "Account {userId} has no remaining balance and no open orders, so I've submitted the closure request. You will receive a confirmation at {email}. Records we are legally required to keep will be stored securely and deleted when the retention period ends.";

export const CONTENT_EN: LanguageContent = {
  greeting: 'Hi {firstName},',
  signoff: 'Best regards,\n{agentName}\nCustomer Support',
  accountLines: ['Account ID: {userId}', 'My UID is {userId}', 'User ID {userId}'],
  nudges: [
    "Any update on this? It's been more than a day.",
    'Hello?? Still waiting for an answer. Ticket {ticketId}.',
    'Is anyone actually reading this? I need an answer today.',
    'Sorry to bother you again, just checking the status of {ticketId}.',
    'This is urgent, please escalate.',
  ],
  answers: [
    'I did what you said, still the same problem. My user ID is {userId}.',
    "ok thanks, I've done that. what's next?",
    'I replied from {email} as you asked. Please check.',
  ],
  transferAnswers: [
    "Here's the hash again: {txHash}. It has way more than enough confirmations on the explorer.",
    'Still nothing in my balance. {amount} {coin}, TXID {txHash}.',
    'Screenshot from my wallet attached. Address {address}, network {network}.',
  ],
  thanks: ["Thanks, it's sorted now!", 'Got it, thank you for the quick help.'],
  agentFollowUps: [
    "Thank you for the additional details. I've passed them to the responsible team and will update you here as soon as I hear back.",
    "Thanks for your patience. Your case is still being reviewed; you don't need to do anything else at the moment.",
    'Could you please send a screenshot of the error message and confirm the email address registered on your account?',
  ],
  topics: {
    kyc: {
      standardReply: "Thank you for your patience. Your verification documents are with our compliance team and are reviewed in the order they arrive; most reviews finish within 24–48 hours. You don't need to resubmit anything — a second upload puts you back at the end of the queue. We'll email you as soon as the review is complete. Your reference is {ticketId}.",
      scenarios: [
        {
          subjects: ['KYC verification stuck on pending'],
          opening: 'Hi, I submitted my passport and a selfie for verification 3 days ago and it still says "Under review". My account is {userId} (registered with {email}). I can\'t withdraw anything until this is done, how long does it usually take?',
        },
        {
          subjects: ['Why was my ID rejected?'],
          opening: 'My ID verification got rejected again with "document unreadable". I uploaded a clear photo of my driving licence, both sides, no glare. This is the third attempt. Account {userId}. What exactly am I doing wrong?',
          resolution: "I've checked account {userId}: the last upload was declined because the document corners were cut off. Please take a new photo with all four corners visible, on a dark flat surface, without flash, and upload it under Profile → Verification. Screenshots and scans of a photocopy are not accepted.",
        },
        {
          subjects: ['Proof of address not accepted'],
          opening: "Hello, I need level 2 to raise my withdrawal limit. I uploaded a bank statement as proof of address but it was declined. It's less than 3 months old and shows my full name and address. Email on the account: {email}",
        },
      ],
    },
    deposit: {
      standardReply: "Thank you for reaching out. Deposits are credited automatically once the transaction reaches the required number of network confirmations, which can take longer when the network is congested. Please don't send the same transfer again. If the deposit is still missing after the confirmations complete, reply with the transaction hash (TXID) and we'll trace it for you. Reference: {ticketId}.",
      scenarios: [
        {
          subjects: ['Deposit not credited — {amount} {coin}', 'Sent {coin} on {network}, balance still 0'],
          opening: 'I sent {amount} {coin} via {network} to my deposit address {address} about two hours ago. The transaction is confirmed on the explorer but my balance still shows 0. TXID: {txHash}\nAccount: {userId}',
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['{coin} deposit missing after 2 hours'],
          opening: "Hello, my deposit hasn't arrived. Amount: {amount} {coin}, network {network}, hash {txHash}. The wallet says it's completed. Please check ASAP, I need the funds to trade.",
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['Deposit not credited — {amount} {coin}'],
          opening: 'hi i deposited {amount} {coin} yesterday and nothing shows up in my wallet. i used the address {address} from the deposit page. tx {txHash}. is something wrong with the {network} network??',
          resolution: DEPOSIT_RESOLUTION,
        },
      ],
    },
    withdrawal: {
      standardReply: 'Thank you for your message. Withdrawals are sometimes held for an additional security review, particularly to a new address or after a change to your security settings. Once the review is complete the withdrawal is broadcast automatically and you will receive an email with the transaction hash. Your funds are safe in the meantime. Reference: {ticketId}.',
      scenarios: [
        {
          subjects: ['Withdrawal pending for hours', 'Withdrawal stuck in processing ({network})'],
          opening: 'I requested a withdrawal of {amount} {coin} to {address} on {network} over 6 hours ago and it still says "Processing". No TXID shown. Account {userId}. Why is it taking so long?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['{amount} {coin} withdrawal not received'],
          opening: 'The app says my withdrawal is completed but nothing arrived in my wallet. TX hash: {txHash}. Destination: {address}. Amount {amount} {coin}. Please help, this is my rent money.',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['Withdrawal pending for hours'],
          opening: "Hello, my withdrawal of {amount} {coin} has been under review since yesterday. I've withdrawn to the same address {address} many times before. Can you release it please?",
          resolution: WITHDRAWAL_RESOLUTION,
        },
      ],
    },
    two_factor: {
      standardReply: 'I\'m sorry for the trouble. For your protection, a 2FA reset requires an identity check: on the login page choose "Security verification unavailable?" and follow the steps, including a selfie. After a reset, withdrawals are paused for 24 hours as a precaution. Please reply here if you get stuck. Reference: {ticketId}.',
      scenarios: [
        {
          subjects: ['Lost my phone, need 2FA reset', "Can't log in — 2FA code invalid"],
          opening: "I got a new phone and didn't move Google Authenticator over. Now I can't log in. Email {email}, account {userId}. How do I reset 2FA?",
        },
        {
          subjects: ['Google Authenticator codes not working', "Can't log in — 2FA code invalid"],
          opening: "My 2FA codes keep saying invalid. I checked the time on my phone, it's set to automatic. I've tried 10 times now and I'm afraid the account will get locked. Please help.",
          resolution: "Codes are usually rejected when the phone clock drifts. In Google Authenticator go to Settings → Time correction for codes → Sync now, then try again. If it still fails, please don't keep retrying — after several failed attempts the account is locked temporarily.",
        },
      ],
    },
    account_compromise: {
      standardReply: 'We have received your report and a member of our security team is now handling your case as a priority. As a precaution, withdrawals from your account are temporarily disabled. Please do not share your password, 2FA codes or any verification codes with anyone, including people claiming to be our staff. We will contact you in this ticket ({ticketId}) with the next steps.',
      scenarios: [
        {
          subjects: ['URGENT: my account was hacked', 'Unauthorized withdrawal from my account!!'],
          opening: 'URGENT!!! Someone logged into my account and withdrew {amount} {coin} to {address}. I did NOT do this. TX: {txHash}. Account {userId}. Please freeze everything NOW.',
          resolution: ACCOUNT_COMPROMISE_RESOLUTION,
        },
        {
          subjects: ['URGENT: my account was hacked', 'Someone logged in from {ip} — not me'],
          opening: "I just received an email about a login from IP {ip} and a new API key being created. That wasn't me. I changed my password already but I can't remove the withdrawal address they added. Email {email}. Please block withdrawals immediately!",
        },
        {
          subjects: ['URGENT: my account was hacked', 'Unauthorized withdrawal from my account!!'],
          opening: "all my {coin} is gone. balance 0. I didn't make any withdrawal. hash {txHash} going to {address}. please help me, this is all my savings",
          resolution: ACCOUNT_COMPROMISE_RESOLUTION,
        },
      ],
    },
    locked_account: {
      standardReply: "Thank you for contacting us. Your account was locked automatically to protect it after unusual activity. To unlock it, we need to confirm your identity: please reply from your registered email address and confirm the date of your last successful login and your last deposit. We'll review and reply in this ticket ({ticketId}).",
      scenarios: [
        {
          subjects: ['Account locked after too many login attempts'],
          opening: "My account got locked after I entered the wrong password a few times. It says try again later but it's been a day. Account {userId}, email {email}.",
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
        {
          subjects: ['Why is my account disabled?', "Account frozen — can't withdraw"],
          opening: 'I logged in today and the account says "disabled for security reasons". I didn\'t receive any email explaining why. I have funds in there. Please unlock it.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
      ],
    },
    phishing: {
      standardReply: "Thank you for reporting this. That message did not come from us. We will never ask for your password, 2FA codes or seed phrase, and our staff will never contact you first on Telegram or WhatsApp. Please don't click the link or reply to the sender. If you entered any details, change your password immediately and reset 2FA. Reference: {ticketId}.",
      scenarios: [
        {
          subjects: ['Is this email from you? Asks me to verify my wallet'],
          opening: "I received an email saying my account will be suspended unless I verify my wallet at {phishingUrl}. It has your logo. Is this legit? I haven't clicked anything yet.",
        },
        {
          subjects: ['Fake support contacted me on Telegram'],
          opening: 'Someone on Telegram claiming to be your support asked me for my 2FA code to "fix" my withdrawal. I gave them one code before realizing. Account {userId}. What should I do??',
        },
        {
          subjects: ['I think I entered my password on a fake site'],
          opening: 'I clicked a link in an SMS and logged in on {phishingUrl}. Now I realise the address was wrong. My email is {email}. Is my account safe?',
          resolution: "We've reported {phishingUrl} for takedown. Since you entered your credentials there, we have signed out all sessions on account {userId} and paused withdrawals for 24 hours. Please change your password now and re-enable 2FA.",
        },
      ],
    },
    fees: {
      standardReply: 'Thank you for your question. Withdrawal fees are a flat amount per network and cover the on-chain transaction cost, so they change with network congestion; the current fee is always shown before you confirm. Trading fees depend on your 30-day volume and on whether your order adds liquidity (maker) or removes it (taker). Reference: {ticketId}.',
      scenarios: [
        {
          subjects: ['Why was I charged such a high withdrawal fee?', 'Fees on {network} are ridiculous'],
          opening: 'I withdrew {amount} {coin} via {network} and the fee was way higher than what the fee page says. Why? Account {userId}.',
          resolution: "I've reviewed the withdrawal of {amount} {coin} on {network} for account {userId}: the fee applied matches the network fee at that time, which was temporarily raised due to congestion. Choosing TRC20 or BEP20 for USDT transfers is usually much cheaper than ERC20.",
        },
        {
          subjects: ['Trading fee question'],
          opening: "Hi, I'm trading with maker limit orders but I'm being charged the taker fee. Can you explain how the fees are calculated? I hold some of the platform token, shouldn't I get a discount?",
        },
      ],
    },
    api_keys: {
      standardReply: 'Thank you for reaching out. Please check that the key has the right permissions enabled, that the request timestamp is within the allowed window of our server time, and that the request comes from one of the whitelisted IP addresses. Keys without an IP whitelist are limited to read-only access for security. Reference: {ticketId}.',
      scenarios: [
        {
          subjects: ['API key stopped working after IP whitelist'],
          opening: 'My trading bot has been getting "Invalid API-key, IP, or permissions for action" since this morning. The key starts with {apiKey}. Nothing changed on my side. The server IP is {ip}. Account {userId}.',
          resolution: 'Key {apiKey}… on account {userId} is restricted to whitelisted IPs, and the requests in our logs are coming from {ip}, which is not on the list. Add it under API Management → Edit restrictions and the requests should go through within a minute.',
        },
        {
          subjects: ["API key returns 'Invalid signature'"],
          opening: 'I created an API key but every signed request fails with "Signature for this request is not valid". I\'m using HMAC SHA256 with the secret, timestamp in ms. Code worked on testnet. Any idea?',
        },
        {
          subjects: ['How do I enable withdrawals for my API key?'],
          opening: 'I want my bot to withdraw profits automatically to my cold wallet, but the "Enable withdrawals" checkbox on the API key is greyed out. Key {apiKey}, account {userId}. How do I turn it on?',
        },
      ],
    },
    p2p_dispute: {
      standardReply: 'Thank you for contacting us. The crypto for this order stays locked in escrow and cannot be moved by either party while the appeal is open. Please upload your payment proof (bank statement or receipt showing the reference, amount and time) in the order chat. Our P2P team will review both sides, usually within 24 hours. Reference: {ticketId}.',
      scenarios: [
        {
          subjects: ['P2P seller not releasing crypto — order {orderId}', 'Paid but seller not responding'],
          opening: 'I bought {amount} {coin} on P2P, order {orderId}. I paid by bank transfer 2 hours ago and sent the proof in the chat. The seller is not responding and the crypto is still in escrow. Please help.',
          resolution: "I've reviewed order {orderId}. Payment proof has been verified, so the {amount} {coin} held in escrow has been released to your account {userId}. The counterparty's P2P access is suspended while we investigate.",
        },
        {
          subjects: ['Buyer marked as paid but I never received the money'],
          opening: "A buyer marked order {orderId} as paid but no money arrived in my bank account. Now he's threatening to report me. I will not release the {coin} until I see the payment. Account {userId}.",
        },
      ],
    },
    market_incident: {
      standardReply: "Thank you for your message, and I'm sorry for the stress of the last hours. During the market volatility we experienced very high traffic, which caused delays for some users. Our team is reviewing all affected orders and accounts; if your account was affected by the incident you will be contacted in this ticket ({ticketId}). Funds on the platform remain safe.",
      scenarios: [
        {
          subjects: ['Liquidated during the crash — app was down!', "Couldn't log in during the {coin} dump"],
          opening: "During the crash last night I couldn't log in for 40 minutes and my position got liquidated. I lost {amount} {coin}. This is your fault, the app was down. I want compensation. Account {userId}.",
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
        {
          subjects: ['Stop-loss not executed'],
          opening: "My stop loss on {coin} didn't trigger, price went way below it and the order is still open. What happened?? I want an explanation.",
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
      ],
    },
    tax_statement: {
      standardReply: 'Thank you for your request. You can export your full history under Orders → Export, choosing up to 12 months per file; for a complete tax year please generate one export per period and we will combine them if needed. Please note we cannot give tax advice. Reference: {ticketId}.',
      scenarios: [
        {
          subjects: ['Need a transaction history for my {year} tax return', 'How to export all trades for {year}?'],
          opening: 'Hello, my accountant needs a full statement of all my trades, deposits and withdrawals for {year}. The export in the app only gives me 3 months at a time. Account {userId}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
        {
          subjects: ["Tax report doesn't include P2P trades"],
          opening: 'The tax report I downloaded for {year} is missing my staking rewards and P2P trades. Can you generate a complete one? Email {email}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
      ],
    },
    account_closure: {
      standardReply: "We're sorry to see you go. Before closing, please withdraw your remaining balance, cancel open orders and remove any API keys. Then go to Account → Security → Close account. Please note that we are legally required to keep some records for a number of years even after the account is closed. Reference: {ticketId}.",
      scenarios: [
        {
          subjects: ['Please close my account', 'How do I close my account and withdraw everything?'],
          opening: "I'd like to close my account {userId} permanently. I still have {amount} {coin} on it that I want to withdraw first to {address}. What do I need to do?",
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
        {
          subjects: ['Delete my account and personal data'],
          opening: "Please delete my account and all my personal data (GDPR). Email {email}. I don't use the platform anymore.",
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
      ],
    },
  },
};
