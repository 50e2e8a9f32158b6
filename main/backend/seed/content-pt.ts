import type { LanguageContent } from './content-types';

// Answers that settle more than one scenario of a topic.
const DEPOSIT_RESOLUTION =
  'Rastreei a transação {txHash} para o seu endereço de depósito {address}. Ela já atingiu as confirmações necessárias e {amount} {coin} foram creditados na conta {userId}. Pode levar um minuto para o saldo atualizar no app.';
const WITHDRAWAL_RESOLUTION =
  'Seu saque de {amount} {coin} foi enviado pela rede {network} com o hash {txHash} e está confirmado na blockchain. Se ainda não aparecer na carteira de destino, confira se ela está na mesma rede ou entre em contato com a plataforma dona do endereço {address} informando esse hash.';
const LOCKED_ACCOUNT_RESOLUTION =
  'Confirmei sua identidade e desbloqueei a conta {userId}. Por segurança, os saques continuam suspensos por 24 horas após o desbloqueio. Recomendamos fortemente trocar a senha e ativar o 2FA com um aplicativo autenticador.';
const MARKET_INCIDENT_RESOLUTION =
  'Encaminhei a análise da conta {userId} para a nossa equipe de trading. Eles estão verificando o histórico de ordens e os registros do sistema no período do incidente; perdas causadas por instabilidade da plataforma são avaliadas caso a caso. Volto a falar com você aqui assim que tiver o resultado.';
const TAX_STATEMENT_RESOLUTION =
  'Solicitei um extrato completo de {year} para a conta {userId}. Ele será enviado para {email} em formato CSV em até 3 dias úteis, com depósitos, saques, operações, recompensas de staking e ordens P2P.';
const ACCOUNT_CLOSURE_RESOLUTION =
  'A conta {userId} não tem saldo nem ordens abertas, então enviei a solicitação de encerramento. Você vai receber uma confirmação em {email}. Os registros que somos obrigados a manter por lei ficarão armazenados com segurança e serão excluídos ao fim do prazo de retenção.';

// Brazilian Portuguese, the larger share of Portuguese-speaking customers. Agents open with
// "Agradecemos…" rather than "Obrigado/Obrigada", which would depend on the agent's gender.
export const CONTENT_PT: LanguageContent = {
  greeting: 'Olá, {firstName}!',
  signoff: 'Atenciosamente,\n{agentName}\nEquipe de Suporte',
  accountLines: ['ID da conta: {userId}', 'Meu UID é {userId}'],
  nudges: [
    'Alguma novidade? Já faz mais de um dia.',
    'Oi?? Continuo esperando resposta. Ticket {ticketId}.',
    'Alguém está lendo isso? Preciso de uma resposta hoje.',
    'Desculpem insistir, só queria saber como está o {ticketId}.',
    'É urgente, por favor escalem o caso.',
  ],
  answers: [
    'Fiz o que vocês falaram e continua igual. Meu ID de usuário é {userId}.',
    'ok valeu, já fiz. e agora?',
    'Respondi pelo {email} como vocês pediram. Confiram, por favor.',
  ],
  transferAnswers: [
    'Segue o hash de novo: {txHash}. No explorer já tem confirmações de sobra.',
    'Ainda não apareceu no saldo. {amount} {coin}, TXID {txHash}.',
    'Segue print da minha carteira. Endereço {address}, rede {network}.',
  ],
  thanks: ['Valeu, resolvido!', 'Perfeito, agradeço pela ajuda rápida!'],
  agentFollowUps: [
    'Agradecemos as informações adicionais. Já encaminhei para a equipe responsável e aviso você aqui assim que tiver um retorno.',
    'Agradecemos a paciência. Seu caso ainda está em análise; no momento você não precisa fazer mais nada.',
    'Pode nos enviar um print da mensagem de erro e confirmar o e-mail cadastrado na sua conta?',
  ],
  topics: {
    kyc: {
      standardReply: 'Agradecemos a sua paciência. Seus documentos estão com a nossa equipe de compliance e são analisados por ordem de chegada; a maioria das análises é concluída em 24 a 48 horas. Não é preciso reenviar nada — um novo envio coloca você de volta no fim da fila. Avisaremos por e-mail assim que a análise for concluída. Sua referência é {ticketId}.',
      scenarios: [
        {
          subjects: ['Verificação KYC parada em análise'],
          opening: 'Olá, enviei meu RG e a selfie há 3 dias e a verificação continua "em análise". Minha conta é {userId} (e-mail {email}). Não consigo sacar nada enquanto isso não for aprovado. Quanto tempo costuma demorar?',
        },
        {
          subjects: ['Por que meu documento foi recusado?'],
          opening: 'Minha verificação foi recusada de novo com o motivo "documento ilegível". A foto está nítida, frente e verso, sem reflexo. Já é a terceira tentativa. Conta {userId}. O que estou fazendo de errado?',
          resolution: 'Verifiquei a conta {userId}: o último documento foi recusado porque os cantos estavam cortados. Tire uma nova foto com os quatro cantos visíveis, sobre uma superfície escura e plana, sem flash, e envie em Perfil → Verificação. Não aceitamos capturas de tela nem digitalizações de cópias.',
        },
        {
          subjects: ['Comprovante de endereço não aceito'],
          opening: 'Olá, preciso do nível 2 para aumentar meu limite de saque. Enviei um extrato bancário como comprovante de endereço, mas foi recusado. Ele tem menos de 3 meses e mostra meu nome completo e endereço. E-mail da conta: {email}',
        },
      ],
    },
    deposit: {
      standardReply: 'Agradecemos o contato. Os depósitos são creditados automaticamente quando a transação atinge o número necessário de confirmações na rede, o que pode demorar mais quando a rede está congestionada. Por favor, não envie a mesma transferência novamente. Se o depósito ainda não aparecer depois das confirmações, responda com o hash da transação (TXID) e nós vamos rastreá-la. Referência: {ticketId}.',
      scenarios: [
        {
          subjects: ['Depósito não creditado — {amount} {coin}', 'Enviei {coin} pela rede {network} e o saldo continua 0'],
          opening: 'Olá, enviei {amount} {coin} pela rede {network} para o meu endereço de depósito {address} há umas duas horas. No explorer a transação aparece confirmada, mas meu saldo continua 0. TXID: {txHash}\nConta: {userId}',
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['Depósito de {coin} não caiu'],
          opening: 'oi, fiz um depósito de {amount} {coin} ontem e até agora não caiu nada na carteira. hash {txHash}. tá tendo algum problema com a rede {network}? preciso do dinheiro urgente',
          resolution: DEPOSIT_RESOLUTION,
        },
      ],
    },
    withdrawal: {
      standardReply: 'Agradecemos a sua mensagem. Às vezes os saques passam por uma análise de segurança adicional, principalmente para um endereço novo ou após uma alteração nas configurações de segurança. Quando a análise termina, o saque é enviado automaticamente e você recebe um e-mail com o hash da transação. Enquanto isso, seus fundos estão seguros. Referência: {ticketId}.',
      scenarios: [
        {
          subjects: ['Saque pendente há horas', 'Saque travado em "processando" ({network})'],
          opening: 'Solicitei um saque de {amount} {coin} para {address} pela rede {network} há mais de 6 horas e continua "Processando". Não aparece TXID. Conta {userId}. Por que está demorando tanto?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['Não recebi o saque de {amount} {coin}'],
          opening: 'O app diz que o saque foi concluído, mas não chegou nada na minha carteira. Hash: {txHash}. Destino: {address}. Valor {amount} {coin}. Me ajudem por favor, é o dinheiro do aluguel.',
          resolution: WITHDRAWAL_RESOLUTION,
        },
      ],
    },
    two_factor: {
      standardReply: 'Sentimos muito pelo transtorno. Para sua proteção, a redefinição do 2FA exige uma verificação de identidade: na página de login, escolha "Verificação de segurança indisponível?" e siga as etapas, incluindo a selfie. Após a redefinição, os saques ficam suspensos por 24 horas por precaução. Se tiver alguma dificuldade, é só responder aqui. Referência: {ticketId}.',
      scenarios: [
        {
          subjects: ['Perdi o celular, preciso redefinir o 2FA', 'Não consigo entrar — código 2FA inválido'],
          opening: 'Troquei de celular e não passei o Google Authenticator. Agora não consigo fazer login. E-mail {email}, conta {userId}. Como faço para redefinir o 2FA?',
        },
        {
          subjects: ['Códigos do Google Authenticator não funcionam', 'Não consigo entrar — código 2FA inválido'],
          opening: 'Meus códigos 2FA sempre dão inválido. Já conferi o horário do celular, está no automático. Já tentei 10 vezes e tenho medo de bloquearem a conta.',
          resolution: 'Normalmente os códigos são recusados quando o relógio do celular está dessincronizado. No Google Authenticator, vá em Configurações → Correção de horário para códigos → Sincronizar agora e tente de novo. Se continuar falhando, não insista: depois de várias tentativas erradas a conta é bloqueada temporariamente.',
        },
      ],
    },
    account_compromise: {
      standardReply: 'Recebemos o seu relato e um membro da nossa equipe de segurança já está cuidando do seu caso com prioridade. Por precaução, os saques da sua conta foram desativados temporariamente. Não compartilhe sua senha, códigos 2FA ou qualquer código de verificação com ninguém, nem com quem disser ser da nossa equipe. Entraremos em contato neste ticket ({ticketId}) com os próximos passos.',
      scenarios: [
        {
          subjects: ['URGENTE: minha conta foi hackeada', 'Saque não autorizado da minha conta!!'],
          opening: 'URGENTE!!! Alguém entrou na minha conta e sacou {amount} {coin} para {address}. EU NÃO FIZ ISSO. TX: {txHash}. Conta {userId}. Bloqueiem tudo AGORA por favor.',
          resolution: 'Os saques da conta {userId} estão bloqueados, todas as sessões ativas foram encerradas e as chaves de API foram revogadas. A transferência para {address} (hash {txHash}) foi feita após um login pelo IP {ip}. Troque também a senha do seu e-mail {email}, ative o 2FA nele e nos responda quando terminar para continuarmos a investigação.',
        },
        {
          subjects: ['URGENTE: minha conta foi hackeada', 'Login pelo IP {ip} — não fui eu'],
          opening: 'Acabei de receber um e-mail de login pelo IP {ip} e de criação de uma nova chave de API. Não fui eu. Já troquei a senha, mas não consigo remover o endereço de saque que eles adicionaram. E-mail {email}. Bloqueiem os saques imediatamente!',
        },
      ],
    },
    locked_account: {
      standardReply: 'Agradecemos o contato. Sua conta foi bloqueada automaticamente para protegê-la depois de uma atividade incomum. Para desbloqueá-la, precisamos confirmar sua identidade: responda a partir do e-mail cadastrado informando a data do seu último login bem-sucedido e do seu último depósito. Vamos analisar e responder neste ticket ({ticketId}).',
      scenarios: [
        {
          subjects: ['Conta bloqueada depois de muitas tentativas de login'],
          opening: 'Minha conta foi bloqueada depois que errei a senha algumas vezes. Diz para tentar mais tarde, mas já faz um dia. Conta {userId}, e-mail {email}.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
        {
          subjects: ['Por que minha conta foi desativada?', 'Conta congelada, não consigo sacar'],
          opening: 'Entrei hoje e aparece "conta desativada por motivos de segurança". Não recebi nenhum e-mail explicando. Tenho saldo lá. Por favor, desbloqueiem.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
      ],
    },
    phishing: {
      standardReply: 'Agradecemos o aviso. Essa mensagem não foi enviada por nós. Nunca pedimos sua senha, códigos 2FA ou frase-semente, e nossa equipe nunca entra em contato primeiro pelo Telegram ou WhatsApp. Não clique no link nem responda ao remetente. Se você informou algum dado, troque sua senha imediatamente e redefina o 2FA. Referência: {ticketId}.',
      scenarios: [
        {
          subjects: ['Esse e-mail é de vocês? Pede para verificar a carteira'],
          opening: 'Recebi um e-mail dizendo que minha conta vai ser suspensa se eu não verificar minha carteira em {phishingUrl}. Tem o logo de vocês. É verdade? Ainda não cliquei em nada.',
        },
        {
          subjects: ['Acho que coloquei minha senha num site falso'],
          opening: 'Cliquei num link de SMS e fiz login em {phishingUrl}. Agora percebi que o endereço estava errado. Meu e-mail é {email}. Minha conta está segura?',
          resolution: 'Denunciamos {phishingUrl} para remoção. Como você inseriu suas credenciais lá, encerramos todas as sessões da conta {userId} e suspendemos os saques por 24 horas. Troque sua senha agora e ative o 2FA novamente.',
        },
        {
          subjects: ['Suporte falso me chamou no Telegram'],
          opening: 'Uma pessoa no Telegram dizendo ser do suporte de vocês pediu meu código 2FA para "resolver" meu saque. Passei um código antes de perceber. Conta {userId}. O que eu faço??',
        },
      ],
    },
    fees: {
      standardReply: 'Agradecemos a pergunta. As taxas de saque são um valor fixo por rede e cobrem o custo da transação na blockchain, por isso variam com o congestionamento; a taxa atual sempre aparece antes da confirmação. As taxas de trading dependem do seu volume em 30 dias e de a ordem adicionar liquidez (maker) ou retirá-la (taker). Referência: {ticketId}.',
      scenarios: [
        {
          subjects: ['Por que a taxa de saque foi tão alta?', 'As taxas na rede {network} são um absurdo'],
          opening: 'Saquei {amount} {coin} pela rede {network} e a taxa foi bem maior do que está na página de taxas. Por quê? Conta {userId}.',
          resolution: 'Analisei o saque de {amount} {coin} pela rede {network} da conta {userId}: a taxa cobrada corresponde à taxa da rede naquele momento, que estava temporariamente elevada por causa do congestionamento. Para USDT, as redes TRC20 ou BEP20 costumam ser bem mais baratas que a ERC20.',
        },
        {
          subjects: ['Dúvida sobre as taxas de trading'],
          opening: 'Olá, opero com ordens limitadas (maker), mas estão me cobrando a taxa de taker. Podem explicar como as taxas são calculadas? Tenho o token da plataforma, não deveria ter desconto?',
        },
      ],
    },
    api_keys: {
      standardReply: 'Agradecemos o contato. Verifique se a chave tem as permissões necessárias ativadas, se o timestamp da requisição está dentro da janela permitida em relação ao horário do nosso servidor e se a requisição sai de um dos IPs da lista de permissões. Por segurança, chaves sem lista de IPs têm apenas acesso de leitura. Referência: {ticketId}.',
      scenarios: [
        {
          subjects: ['Chave de API parou de funcionar depois da lista de IPs'],
          opening: 'Meu bot está recebendo "Invalid API-key, IP, or permissions for action" desde hoje cedo. A chave começa com {apiKey}. Não mudei nada. O IP do servidor é {ip}. Conta {userId}.',
          resolution: 'A chave {apiKey}… da conta {userId} está restrita aos IPs da lista de permissões, e as requisições nos nossos logs vêm de {ip}, que não está na lista. Adicione-o em Gerenciamento de API → Editar restrições e em cerca de um minuto as requisições devem passar.',
        },
        {
          subjects: ["Chave de API retorna 'Invalid signature'"],
          opening: 'Criei uma chave de API, mas todas as requisições assinadas falham com "Signature for this request is not valid". Uso HMAC SHA256 com o secret e timestamp em ms. Na testnet funcionava. Alguma ideia?',
        },
        {
          subjects: ['Como habilito saques na minha chave de API?'],
          opening: 'Quero que meu bot saque os lucros automaticamente para minha cold wallet, mas a opção "Permitir saques" da chave de API está desabilitada. Chave {apiKey}, conta {userId}. Como eu ativo?',
        },
      ],
    },
    p2p_dispute: {
      standardReply: 'Agradecemos o contato. A cripto desta ordem continua bloqueada no escrow e nenhuma das partes pode movimentá-la enquanto a apelação estiver aberta. Envie o comprovante de pagamento (extrato ou recibo com identificação, valor e horário) no chat da ordem. Nossa equipe de P2P vai analisar os dois lados, normalmente em até 24 horas. Referência: {ticketId}.',
      scenarios: [
        {
          subjects: ['Vendedor P2P não libera a cripto — ordem {orderId}', 'Paguei e o vendedor não responde'],
          opening: 'Comprei {amount} {coin} no P2P, ordem {orderId}. Paguei por PIX há 2 horas e mandei o comprovante no chat. O vendedor não responde e a cripto continua no escrow. Me ajudem por favor.',
          resolution: 'Analisei a ordem {orderId}. O comprovante de pagamento foi validado, então os {amount} {coin} do escrow foram liberados para a sua conta {userId}. O acesso ao P2P da outra parte está suspenso enquanto investigamos.',
        },
        {
          subjects: ['Comprador marcou como pago mas não recebi o dinheiro'],
          opening: 'Um comprador marcou a ordem {orderId} como paga, mas não caiu nada na minha conta bancária. Agora ele está ameaçando me denunciar. Não vou liberar os {coin} até ver o pagamento. Conta {userId}.',
        },
      ],
    },
    market_incident: {
      standardReply: 'Agradecemos a mensagem e sentimos muito pelo estresse das últimas horas. Durante a volatilidade do mercado tivemos um tráfego muito alto, o que causou atrasos para alguns usuários. Nossa equipe está revisando todas as ordens e contas afetadas; se a sua conta foi afetada pelo incidente, entraremos em contato neste ticket ({ticketId}). Os fundos na plataforma continuam seguros.',
      scenarios: [
        {
          subjects: ['Minha posição foi liquidada no crash e o app estava fora do ar!', 'Não consegui entrar durante a queda do {coin}'],
          opening: 'Durante o crash de ontem à noite não consegui entrar por 40 minutos e minha posição foi liquidada. Perdi {amount} {coin}. A culpa é de vocês, o app estava fora do ar. Quero compensação. Conta {userId}.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
        {
          subjects: ['Stop loss não foi executado'],
          opening: 'Meu stop loss de {coin} não disparou, o preço caiu muito abaixo e a ordem continua aberta. O que aconteceu?? Quero uma explicação.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
      ],
    },
    tax_statement: {
      standardReply: 'Agradecemos a solicitação. Você pode exportar o histórico completo em Ordens → Exportar, com até 12 meses por arquivo; para o ano fiscal completo, gere uma exportação por período e, se precisar, nós juntamos os arquivos. Lembramos que não prestamos consultoria tributária. Referência: {ticketId}.',
      scenarios: [
        {
          subjects: ['Preciso do histórico de transações para o imposto de renda de {year}', 'Como exportar todas as operações de {year}?'],
          opening: 'Olá, meu contador precisa de um extrato completo de todas as minhas operações, depósitos e saques de {year}. A exportação do app só libera 3 meses por vez. Conta {userId}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
        {
          subjects: ['Relatório fiscal não inclui operações P2P'],
          opening: 'O relatório fiscal de {year} que baixei não tem as recompensas de staking nem as operações P2P. Vocês conseguem gerar um completo? E-mail {email}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
      ],
    },
    account_closure: {
      standardReply: 'Sentimos muito pela sua saída. Antes de encerrar, saque o saldo restante, cancele as ordens abertas e exclua as chaves de API. Depois, acesse Conta → Segurança → Encerrar conta. Lembramos que a lei nos obriga a manter alguns registros por alguns anos mesmo após o encerramento. Referência: {ticketId}.',
      scenarios: [
        {
          subjects: ['Quero encerrar minha conta', 'Como encerro a conta e saco tudo?'],
          opening: 'Quero encerrar definitivamente minha conta {userId}. Ainda tenho {amount} {coin} lá que quero sacar antes para {address}. O que preciso fazer?',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
        {
          subjects: ['Excluir minha conta e meus dados pessoais'],
          opening: 'Por favor, excluam minha conta e todos os meus dados pessoais (LGPD). E-mail {email}. Não uso mais a plataforma.',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
      ],
    },
  },
};
