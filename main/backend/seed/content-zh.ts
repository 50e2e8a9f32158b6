import type { LanguageContent } from './content-types';

// Simplified Chinese as customers on the mainland and in Singapore and Malaysia write it: short,
// direct, often without a greeting. Agents write 您 and speak as 我们.
const DEPOSIT_RESOLUTION =
  '我们已查到您充值到地址 {address} 的交易 {txHash}，该笔交易现已达到所需的区块确认数，{amount} {coin} 已入账至账户 {userId}。App 内余额刷新可能需要一分钟左右。';
const WITHDRAWAL_RESOLUTION =
  '您提现的 {amount} {coin} 已通过 {network} 广播，交易哈希为 {txHash}，链上已确认。如果收款钱包暂未显示，请确认对方选择的是同一网络，或携带该哈希联系地址 {address} 所属的平台查询。';
const LOCKED_ACCOUNT_RESOLUTION =
  '我们已核实您的身份并解锁账户 {userId}。出于安全考虑，解锁后 24 小时内暂不能提币。强烈建议您立即修改登录密码，并开启身份验证器 App 作为二次验证。';
const MARKET_INCIDENT_RESOLUTION =
  '我们已将账户 {userId} 的情况提交给交易团队，他们正在核查故障期间的委托记录和系统日志。因平台故障造成的损失会逐案评估，有结果后我们会第一时间在此回复您。';
const TAX_STATEMENT_RESOLUTION =
  '我们已为账户 {userId} 申请 {year} 年度的完整对账单，将在 3 个工作日内以 CSV 文件发送至 {email}，内容包括充值、提现、交易、质押奖励和 P2P 订单。';
const ACCOUNT_CLOSURE_RESOLUTION =
  '账户 {userId} 已无余额，也没有未成交的委托，我们已提交注销申请，确认邮件会发送至 {email}。依法须保留的资料将被安全存储，并在保存期满后删除。';

export const CONTENT_ZH: LanguageContent = {
  greeting: '{firstName}，您好：',
  signoff: '祝好！\n{agentName}\n客服团队',
  accountLines: ['我的 UID：{userId}', '账户ID {userId}'],
  nudges: [
    '请问有进展了吗？已经过去一天多了。',
    '还有人在处理吗？工单 {ticketId} 一直没人回复。',
    '麻烦尽快回复，今天必须解决。',
    '不好意思再问一下，工单 {ticketId} 现在是什么状态？',
    '事情很急，请转给上级处理！',
  ],
  answers: [
    '按你们说的操作了，问题还是一样。UID {userId}。',
    '好的，已经弄好了，下一步呢？',
    '已经用 {email} 回复了，麻烦查收。',
  ],
  transferAnswers: [
    '哈希再发一次：{txHash}，区块浏览器上确认数早就够了。',
    '余额还是没有到账。{amount} {coin}，TXID {txHash}。',
    '钱包截图在附件里，地址 {address}，网络 {network}。',
  ],
  thanks: ['解决了，谢谢！', '收到，感谢你们这么快处理。'],
  agentFollowUps: [
    '感谢您补充的信息，我们已转交相关团队处理，有回复后会第一时间在此通知您。',
    '感谢您的耐心等待。您的问题仍在审核中，目前您无需再进行任何操作。',
    '麻烦您提供一下报错页面的截图，并确认账户绑定的邮箱地址。',
  ],
  topics: {
    kyc: {
      standardReply: '感谢您的耐心等待。您提交的认证资料正在由合规团队按提交顺序审核，通常会在 24–48 小时内完成。请不要重复提交，重新上传会让您的申请重新排到队尾。审核完成后我们会通过邮件通知您。工单编号：{ticketId}。',
      scenarios: [
        {
          subjects: ['实名认证一直在审核中', 'KYC 审核三天了还没通过'],
          opening: '你好，三天前提交了护照和自拍照做实名认证，到现在还显示“审核中”。账户 {userId}，注册邮箱 {email}。认证没过就没法提现，一般要多久？',
        },
        {
          subjects: ['身份证为什么被驳回？'],
          opening: '身份认证又被拒了，理由是“证件无法识别”。我上传的身份证正反面都很清楚，没有反光。这已经是第三次了，账户 {userId}，到底哪里有问题？',
          resolution: '我们查看了账户 {userId}：上一次上传被驳回是因为证件四个角没有拍全。请把证件放在深色平整的桌面上，关闭闪光灯，拍到完整的四个角，再到“个人中心 → 身份认证”重新上传。截图和复印件的扫描件不予受理。',
        },
        {
          subjects: ['地址证明审核不通过'],
          opening: '想升级到二级认证提高提现额度，上传了银行流水作为地址证明，结果被拒了。流水是三个月内的，上面有全名和住址。账户邮箱：{email}',
        },
      ],
    },
    deposit: {
      standardReply: '感谢您的反馈。充值在链上达到所需确认数后会自动入账，网络拥堵时可能需要更长时间。请不要重复转账。如果确认数已满仍未到账，请把交易哈希（TXID）发给我们，我们会为您追踪。工单编号：{ticketId}。',
      scenarios: [
        {
          subjects: ['充值未到账 {amount} {coin}', '{network} 充币两小时了余额还是 0'],
          opening: '两个小时前通过 {network} 往我的充值地址 {address} 转了 {amount} {coin}，区块浏览器显示已经确认，可是账户余额还是 0。TXID：{txHash}\nUID：{userId}',
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['{coin} 充值一直没到'],
          opening: '昨天充了 {amount} {coin}，钱包里什么都没有。哈希 {txHash}。是不是 {network} 网络有问题？急用钱，麻烦快点看一下',
          resolution: DEPOSIT_RESOLUTION,
        },
      ],
    },
    withdrawal: {
      standardReply: '感谢您的反馈。部分提现需要经过额外的安全审核，尤其是提到新地址或刚修改过安全设置的情况。审核完成后系统会自动打币，并将交易哈希通过邮件发送给您。在此期间您的资金是安全的。工单编号：{ticketId}。',
      scenarios: [
        {
          subjects: ['提币卡在处理中好几个小时', '提现一直显示“处理中”（{network}）'],
          opening: '6 个多小时前提了 {amount} {coin} 到 {address}，走的 {network}，到现在还是“处理中”，也没有 TXID。UID {userId}，为什么这么慢？',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['提现显示成功但没收到 {amount} {coin}'],
          opening: 'App 里显示提现已完成，但我的钱包一直没收到。哈希：{txHash}，地址：{address}，金额 {amount} {coin}。这笔钱是要交房租的，请帮忙查一下。',
          resolution: WITHDRAWAL_RESOLUTION,
        },
      ],
    },
    two_factor: {
      standardReply: '给您带来不便，非常抱歉。出于安全考虑，重置二次验证需要先核实身份：请在登录页点击“安全验证不可用？”，按提示完成操作（包括人脸验证）。重置后账户会暂停提现 24 小时。如遇问题请直接回复本邮件。工单编号：{ticketId}。',
      scenarios: [
        {
          subjects: ['手机丢了，需要重置谷歌验证', '登录时提示谷歌验证码错误'],
          opening: '换了新手机，谷歌验证器没有迁移过来，现在登录不了。邮箱 {email}，UID {userId}。怎么重置二次验证？',
        },
        {
          subjects: ['谷歌验证码一直提示错误'],
          opening: '2FA 验证码总是提示错误，手机时间已经设成自动了。试了十几次，怕账户被锁，麻烦帮帮忙。',
          resolution: '验证码不通过最常见的原因是手机时间不同步。请打开谷歌验证器的“设置 → 验证码时间校正 → 立即同步”后再试。如果仍然不行，请不要继续尝试，多次输错会导致账户被临时锁定。',
        },
      ],
    },
    account_compromise: {
      standardReply: '我们已收到您的反馈，安全团队的同事正在优先处理。为防万一，您账户的提现功能已被临时冻结。请不要向任何人透露密码、谷歌验证码或任何验证码，包括自称是我们工作人员的人。我们会在本工单（{ticketId}）中告知您后续步骤。',
      scenarios: [
        {
          subjects: ['紧急！账户被盗了', '账户出现未经授权的提现！！'],
          opening: '紧急！！！有人登录了我的账户，把 {amount} {coin} 提到了 {address}，不是我本人操作的！TX：{txHash}，UID {userId}。请马上冻结账户！',
          resolution: '账户 {userId} 的提现已冻结，所有登录会话已强制退出，API Key 已全部撤销。转往 {address} 的这笔提现（哈希 {txHash}）发生在来自 IP {ip} 的一次登录之后。请同时修改邮箱 {email} 的密码并开启邮箱的二次验证，完成后回复我们，以便继续调查。',
        },
        {
          subjects: ['异地登录提醒，IP {ip} 不是我'],
          opening: '刚收到邮件，说有 IP {ip} 登录了我的账户，还新建了一个 API Key，这都不是我干的。密码已经改了，但对方添加的提现地址删不掉。邮箱 {email}，请马上关闭提现！',
        },
      ],
    },
    locked_account: {
      standardReply: '感谢您的联系。系统检测到可疑活动，已自动锁定您的账户以保护资产安全。解锁前需要核实您的身份：请用注册邮箱回复本邮件，并告知最近一次成功登录的日期和最近一次充值的日期。我们核实后会在本工单（{ticketId}）中回复您。',
      scenarios: [
        {
          subjects: ['密码输错几次账户被锁了'],
          opening: '密码输错了几次，账户就被锁了，一直提示“请稍后再试”，可已经过了一整天。UID {userId}，邮箱 {email}。',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
        {
          subjects: ['账户为什么被禁用了？', '账户被冻结，无法提现'],
          opening: '今天登录提示“出于安全原因，账户已被禁用”，事先没有收到任何邮件说明。账户里都是我自己的钱，请尽快帮我解封。',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
      ],
    },
    phishing: {
      standardReply: '感谢您的提醒。这条消息不是我们发出的。我们绝不会索要您的密码、谷歌验证码或助记词，工作人员也不会主动通过 Telegram 或微信联系您。请不要点击链接，也不要回复对方。如果已经输入过任何信息，请立即修改密码并重置二次验证。工单编号：{ticketId}。',
      scenarios: [
        {
          subjects: ['这封邮件是你们发的吗？让我验证钱包'],
          opening: '收到一封邮件，说如果不在 {phishingUrl} 验证钱包，账户就会被冻结。邮件里有你们的 logo，这是真的吗？我还没点任何东西。',
        },
        {
          subjects: ['有人冒充客服在 Telegram 上联系我'],
          opening: '有人在 Telegram 上自称是你们的客服，说要帮我“处理”提现，让我把谷歌验证码发给他。我已经发了一个，后来才反应过来是骗子。UID {userId}，现在该怎么办？？',
        },
        {
          subjects: ['好像在钓鱼网站上输了密码'],
          opening: '点了短信里的链接，在 {phishingUrl} 上输了账号密码，之后才发现网址不是你们的。邮箱 {email}，我的账户现在安全吗？',
          resolution: '我们已举报 {phishingUrl} 并申请封停该网站。由于您在该网站输入过登录信息，我们已强制退出账户 {userId} 的所有会话，并暂停提现 24 小时。请立即修改密码并重新绑定二次验证。',
        },
      ],
    },
    fees: {
      standardReply: '感谢您的咨询。提现手续费按网络固定收取，用于支付链上矿工费，因此会随网络拥堵程度调整；实际手续费会在您确认提现前显示。交易手续费取决于您近 30 天的交易量，以及订单是挂单（Maker）还是吃单（Taker）。工单编号：{ticketId}。',
      scenarios: [
        {
          subjects: ['提现手续费为什么这么高？', '{network} 的手续费太离谱了'],
          opening: '通过 {network} 提 {amount} {coin}，扣的手续费比费率页面上写的高很多，这是怎么回事？UID {userId}。',
          resolution: '我们核查了账户 {userId} 通过 {network} 提现 {amount} {coin} 的记录：所收手续费与当时的网络手续费一致，因网络拥堵被临时上调。转 USDT 时，TRC20 或 BEP20 网络通常比 ERC20 便宜得多。',
        },
        {
          subjects: ['关于交易手续费的疑问'],
          opening: '我一直挂限价单（Maker），为什么扣的是吃单手续费？手续费到底怎么算的？我持有平台币，不是应该有折扣吗？',
        },
      ],
    },
    api_keys: {
      standardReply: '感谢您的联系。请检查 API Key 是否开启了所需权限、请求的时间戳是否在我们服务器时间的允许范围内，以及请求是否来自已绑定的 IP 白名单地址。出于安全考虑，未绑定 IP 白名单的 Key 仅有只读权限。工单编号：{ticketId}。',
      scenarios: [
        {
          subjects: ['绑定 IP 白名单后 API Key 不能用了'],
          opening: '从今天早上开始，量化机器人一直报错“Invalid API-key, IP, or permissions for action”。Key 开头是 {apiKey}，我这边什么都没改。服务器 IP {ip}，UID {userId}。',
          resolution: '账户 {userId} 的 Key {apiKey}… 已限制 IP 白名单，而我们日志中的请求来自 {ip}，该地址不在白名单内。请在“API 管理 → 编辑限制”中添加该 IP，一分钟内即可生效。',
        },
        {
          subjects: ['API 签名报错 Invalid signature'],
          opening: '新建了 API Key，所有签名请求都返回“Signature for this request is not valid”。用 secret 做 HMAC SHA256 签名，时间戳是毫秒。测试网上一切正常，有什么思路吗？',
        },
        {
          subjects: ['API Key 怎么开启提现权限？'],
          opening: '想让程序自动把收益提到冷钱包，但 API Key 的“允许提现”选项是灰色的点不了。Key {apiKey}，UID {userId}，怎么开启？',
        },
      ],
    },
    p2p_dispute: {
      standardReply: '感谢您的反馈。申诉期间，该订单的数字资产会一直锁定在托管中，任何一方都无法转出。请在订单聊天中上传付款凭证（包含付款备注、金额和时间的银行回单或截图）。P2P 团队会审核双方提交的材料，通常在 24 小时内处理完毕。工单编号：{ticketId}。',
      scenarios: [
        {
          subjects: ['P2P 卖家迟迟不放币，订单 {orderId}', '已付款，卖家一直不回复'],
          opening: '在 P2P 买 {amount} {coin}，订单号 {orderId}。两个小时前已经通过支付宝付款，截图也发到聊天里了，卖家一直不回，币还在托管里。请帮忙处理。',
          resolution: '我们已审核订单 {orderId}，您的付款凭证有效，托管中的 {amount} {coin} 已放行至您的账户 {userId}。对方的 P2P 权限在调查期间已被暂停。',
        },
        {
          subjects: ['买家点了已付款，但我没收到钱'],
          opening: '买家把订单 {orderId} 标记成已付款，可是我的银行卡一分钱都没收到，现在他还威胁要投诉我。没看到钱之前我不会放 {coin}。UID {userId}。',
        },
      ],
    },
    market_incident: {
      standardReply: '感谢您的反馈，也很抱歉这几个小时给您带来的困扰。行情剧烈波动期间平台负载极高，部分用户出现了延迟。我们的团队正在逐一核查受影响的订单和账户；如您的账户受到影响，我们会在本工单（{ticketId}）中联系您。平台上的资金是安全的。',
      scenarios: [
        {
          subjects: ['暴跌时 App 崩了，仓位被强平！', '{coin} 暴跌的时候根本登不上去'],
          opening: '昨天暴跌的时候 App 整整 40 分钟登不上去，我的仓位被强平了，亏了 {amount} {coin}。是你们系统的问题，必须赔偿！UID {userId}。',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
        {
          subjects: ['止损单没有触发'],
          opening: '{coin} 的止损单没有触发，价格都跌穿好多了，委托还挂着没成交。到底怎么回事？？请给个解释。',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
      ],
    },
    tax_statement: {
      standardReply: '感谢您的申请。您可以在“订单 → 导出”中导出完整的历史记录，单次最多 12 个月；如需完整的纳税年度，请按时间段分别导出，必要时我们可以帮您合并。请注意，我们不提供税务建议。工单编号：{ticketId}。',
      scenarios: [
        {
          subjects: ['报税需要 {year} 年的交易记录', '怎么导出 {year} 年全部交易？'],
          opening: '你好，会计需要 {year} 年全年的交易、充值和提现明细，App 里每次只能导出 3 个月。UID {userId}。',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
        {
          subjects: ['税务报表里没有 P2P 交易'],
          opening: '下载的 {year} 年税务报表里没有质押收益和 P2P 交易，能帮我生成一份完整的吗？邮箱 {email}。',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
      ],
    },
    account_closure: {
      standardReply: '很遗憾您要离开。注销前请先提走剩余资产、撤销未成交的委托并删除所有 API Key，然后进入“账户 → 安全 → 注销账户”。请注意，根据法律规定，部分资料在账户注销后仍需保留若干年。工单编号：{ticketId}。',
      scenarios: [
        {
          subjects: ['申请注销账户', '怎么注销账户并把币全部提走？'],
          opening: '我要永久注销账户 {userId}。里面还有 {amount} {coin}，需要先提到 {address}，具体怎么操作？',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
        {
          subjects: ['请删除我的账户和个人信息'],
          opening: '请注销我的账户并删除所有个人信息，邮箱 {email}。这个平台我不会再用了。',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
      ],
    },
  },
};
