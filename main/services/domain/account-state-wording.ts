import { DEPOSIT_STATES, WITHDRAWAL_STATES, type ChainDepositState, type ChainWithdrawalState, type Language } from '../../../preload/contract';
import type { AccountMacroFacts } from './macro-context';

// A deposit's or withdrawal's state as a macro says it to the customer, in their language: the
// back office's enum value (under_review) never reaches a reply. Each phrase reads after "status:"
// in a sentence of the starter macros, in the voice those macros use for that language (usted,
// Sie, vous, tu in Italian, Quý khách, …). Where a language would make the word agree with
// "deposit" or "withdrawal", the wording is impersonal or agrees with the noun the macros use.

type Wording<S extends string> = Readonly<Record<Language, Readonly<Record<S, string>>>>;

export const DEPOSIT_STATE_WORDING: Wording<ChainDepositState> = {
  en: { pending: 'pending, not credited yet', credited: 'credited to your account', held: 'on hold for a review', rejected: 'rejected' },
  es: { pending: 'pendiente de acreditación', credited: 'acreditado en su cuenta', held: 'retenido para revisión', rejected: 'rechazado' },
  ru: { pending: 'ожидает зачисления', credited: 'зачислено на ваш счёт', held: 'приостановлено для проверки', rejected: 'отклонено' },
  lt: { pending: 'laukiama įskaitymo', credited: 'įskaityta į jūsų sąskaitą', held: 'sulaikyta patikrinimui', rejected: 'atmesta' },
  de: { pending: 'ausstehend, noch nicht gutgeschrieben', credited: 'Ihrem Konto gutgeschrieben', held: 'zur Prüfung angehalten', rejected: 'abgelehnt' },
  pt: { pending: 'pendente, ainda não creditado', credited: 'creditado na sua conta', held: 'retido para análise', rejected: 'recusado' },
  tr: { pending: 'beklemede, henüz hesabınıza geçmedi', credited: 'hesabınıza yatırıldı', held: 'inceleme için bekletiliyor', rejected: 'reddedildi' },
  fr: { pending: 'en attente, pas encore crédité', credited: 'crédité sur votre compte', held: 'suspendu pour vérification', rejected: 'refusé' },
  it: { pending: 'in attesa di accredito', credited: 'accreditato sul tuo conto', held: 'sospeso per una verifica', rejected: 'rifiutato' },
  pl: { pending: 'oczekuje na zaksięgowanie', credited: 'zaksięgowana na Twoim koncie', held: 'wstrzymana do weryfikacji', rejected: 'odrzucona' },
  uk: { pending: 'очікує зарахування', credited: 'зараховано на ваш рахунок', held: 'призупинено для перевірки', rejected: 'відхилено' },
  zh: { pending: '待入账', credited: '已到账', held: '已暂停，正在审核', rejected: '已拒绝' },
  ja: { pending: '反映待ち', credited: 'お客様のアカウントに反映済み', held: '確認のため保留中', rejected: 'お取り扱い不可' },
  ko: { pending: '입금 처리 대기 중', credited: '계정에 입금 완료', held: '확인을 위해 보류 중', rejected: '입금 거절' },
  vi: { pending: 'đang chờ ghi có', credited: 'đã được cộng vào tài khoản của Quý khách', held: 'đang tạm giữ để kiểm tra', rejected: 'đã bị từ chối' },
  id: { pending: 'menunggu, belum masuk ke akun', credited: 'sudah masuk ke akun Anda', held: 'ditahan untuk pemeriksaan', rejected: 'ditolak' },
  ar: { pending: 'قيد الانتظار ولم يُضَف إلى رصيدك بعد', credited: 'أُضيف إلى رصيد حسابك', held: 'معلّق للمراجعة', rejected: 'مرفوض' },
};

export const WITHDRAWAL_STATE_WORDING: Wording<ChainWithdrawalState> = {
  en: { requested: 'requested, waiting to be processed', under_review: 'under review by our team', held: 'on hold', broadcast: 'sent to the blockchain, waiting for confirmations', confirmed: 'confirmed on the blockchain', failed: 'failed' },
  es: { requested: 'solicitado, pendiente de procesar', under_review: 'en revisión por nuestro equipo', held: 'retenido', broadcast: 'enviado a la blockchain, a la espera de confirmaciones', confirmed: 'confirmado en la blockchain', failed: 'fallido' },
  ru: { requested: 'заявка принята и ожидает обработки', under_review: 'на проверке у нашей команды', held: 'приостановлено', broadcast: 'отправлено в блокчейн, ожидает подтверждений', confirmed: 'подтверждено в блокчейне', failed: 'не выполнено' },
  lt: { requested: 'pateikta, laukiama apdorojimo', under_review: 'tikrinama mūsų komandos', held: 'sulaikyta', broadcast: 'išsiųsta į blokų grandinę, laukiama patvirtinimų', confirmed: 'patvirtinta blokų grandinėje', failed: 'nepavyko' },
  de: { requested: 'beantragt, wartet auf Bearbeitung', under_review: 'in Prüfung durch unser Team', held: 'angehalten', broadcast: 'an die Blockchain übermittelt, wartet auf Bestätigungen', confirmed: 'auf der Blockchain bestätigt', failed: 'fehlgeschlagen' },
  pt: { requested: 'solicitado, aguardando processamento', under_review: 'em análise pela nossa equipe', held: 'retido', broadcast: 'enviado para a blockchain, aguardando confirmações', confirmed: 'confirmado na blockchain', failed: 'não concluído' },
  tr: { requested: 'talep alındı, işlenmeyi bekliyor', under_review: 'ekibimiz tarafından inceleniyor', held: 'bekletiliyor', broadcast: 'blokzincire gönderildi, onay bekliyor', confirmed: 'blokzincirde onaylandı', failed: 'başarısız oldu' },
  fr: { requested: 'demandé, en attente de traitement', under_review: "en cours d'examen par notre équipe", held: 'suspendu', broadcast: 'transmis à la blockchain, en attente de confirmations', confirmed: 'confirmé sur la blockchain', failed: 'en échec' },
  it: { requested: 'richiesto, in attesa di elaborazione', under_review: 'in verifica da parte del nostro team', held: 'sospeso', broadcast: 'inviato alla blockchain, in attesa di conferme', confirmed: 'confermato sulla blockchain', failed: 'non riuscito' },
  pl: { requested: 'zlecona, czeka na realizację', under_review: 'w trakcie weryfikacji przez nasz zespół', held: 'wstrzymana', broadcast: 'wysłana do blockchainu, czeka na potwierdzenia', confirmed: 'potwierdzona w blockchainie', failed: 'nieudana' },
  uk: { requested: 'запит прийнято, очікує обробки', under_review: 'на перевірці в нашої команди', held: 'призупинено', broadcast: 'надіслано в блокчейн, очікує підтверджень', confirmed: 'підтверджено в блокчейні', failed: 'не виконано' },
  zh: { requested: '已提交，等待处理', under_review: '我们的团队正在审核', held: '已暂停', broadcast: '已广播至区块链，等待确认', confirmed: '已在区块链上确认', failed: '失败' },
  ja: { requested: '申請受付済み（処理待ち）', under_review: '担当チームにて審査中', held: '保留中', broadcast: 'ブロックチェーンに送信済み（承認待ち）', confirmed: 'ブロックチェーン上で承認済み', failed: '処理失敗' },
  ko: { requested: '신청 접수, 처리 대기 중', under_review: '담당 팀에서 검토 중', held: '보류 중', broadcast: '블록체인에 전송됨, 컨펌 대기 중', confirmed: '블록체인에서 확인 완료', failed: '처리 실패' },
  vi: { requested: 'đã gửi yêu cầu, đang chờ xử lý', under_review: 'đang được đội ngũ của chúng tôi xem xét', held: 'đang tạm giữ', broadcast: 'đã được gửi lên blockchain, đang chờ xác nhận', confirmed: 'đã được xác nhận trên blockchain', failed: 'không thành công' },
  id: { requested: 'sudah diajukan, menunggu diproses', under_review: 'sedang ditinjau oleh tim kami', held: 'ditahan', broadcast: 'sudah dikirim ke blockchain, menunggu konfirmasi', confirmed: 'sudah terkonfirmasi di blockchain', failed: 'gagal' },
  ar: { requested: 'تم تقديم الطلب وبانتظار المعالجة', under_review: 'قيد المراجعة من قِبل فريقنا', held: 'معلّق', broadcast: 'أُرسل إلى البلوكتشين وبانتظار التأكيدات', confirmed: 'مؤكَّد على البلوكتشين', failed: 'لم يكتمل' },
};

const isDepositState = (value: string | null | undefined): value is ChainDepositState => (DEPOSIT_STATES as readonly string[]).includes(value ?? '');
const isWithdrawalState = (value: string | null | undefined): value is ChainWithdrawalState => (WITHDRAWAL_STATES as readonly string[]).includes(value ?? '');

/** The facts with `deposit.state` and `withdrawal.state` in the words of the language the reply is written in. */
export function accountFactsInLanguage(account: AccountMacroFacts, language: Language): AccountMacroFacts {
  const worded: AccountMacroFacts = { ...account };
  const depositState = account.deposit?.['state'];
  if (account.deposit && isDepositState(depositState)) worded.deposit = { ...account.deposit, state: DEPOSIT_STATE_WORDING[language][depositState] };
  const withdrawalState = account.withdrawal?.['state'];
  if (account.withdrawal && isWithdrawalState(withdrawalState)) worded.withdrawal = { ...account.withdrawal, state: WITHDRAWAL_STATE_WORDING[language][withdrawalState] };
  return worded;
}
