import type { LanguageContent } from './content-types';

// Answers that settle more than one scenario of a topic.
const DEPOSIT_RESOLUTION =
  'Chúng tôi đã truy vết giao dịch {txHash} đến địa chỉ nạp {address} của bạn. Giao dịch đã đủ số xác nhận cần thiết và {amount} {coin} đã được cộng vào tài khoản {userId}. Số dư trong ứng dụng có thể mất khoảng một phút để cập nhật.';
const WITHDRAWAL_RESOLUTION =
  'Lệnh rút {amount} {coin} của bạn đã được gửi lên mạng {network} với mã hash {txHash} và đã được xác nhận trên blockchain. Nếu ví nhận vẫn chưa hiển thị, vui lòng kiểm tra xem bạn có đang xem đúng mạng đó không, hoặc liên hệ ví/sàn sở hữu địa chỉ {address} và cung cấp mã hash này.';
const ACCOUNT_COMPROMISE_RESOLUTION =
  'Chức năng rút tiền của tài khoản {userId} đã bị khóa, mọi phiên đăng nhập và API key đã bị thu hồi. Giao dịch chuyển tới {address} (hash {txHash}) được thực hiện sau một lần đăng nhập từ IP {ip}. Vui lòng đổi cả mật khẩu email {email}, bật xác minh 2 bước cho email đó và phản hồi lại đây khi đã xong để chúng tôi tiếp tục điều tra.';
const LOCKED_ACCOUNT_RESOLUTION =
  'Chúng tôi đã xác minh danh tính và mở khóa tài khoản {userId} cho bạn. Vì lý do an toàn, chức năng rút tiền sẽ tạm dừng trong 24 giờ sau khi mở khóa. Chúng tôi khuyên bạn nên đổi mật khẩu và bật 2FA bằng ứng dụng xác thực.';
const MARKET_INCIDENT_RESOLUTION =
  'Chúng tôi đã chuyển yêu cầu kiểm tra tài khoản {userId} cho đội giao dịch. Họ đang rà soát lịch sử lệnh và nhật ký hệ thống trong khoảng thời gian xảy ra sự cố; các khoản lỗ do nền tảng gặp sự cố sẽ được xem xét theo từng trường hợp. Chúng tôi sẽ cập nhật tại đây ngay khi có kết quả.';
const TAX_STATEMENT_RESOLUTION =
  'Chúng tôi đã yêu cầu xuất sao kê đầy đủ năm {year} cho tài khoản {userId}. File CSV sẽ được gửi tới {email} trong vòng 3 ngày làm việc, gồm nạp, rút, giao dịch, phần thưởng staking và lệnh P2P.';
const ACCOUNT_CLOSURE_RESOLUTION =
  'Tài khoản {userId} không còn số dư và không có lệnh đang mở, nên chúng tôi đã gửi yêu cầu đóng tài khoản. Bạn sẽ nhận được xác nhận qua {email}. Những dữ liệu chúng tôi buộc phải lưu giữ theo luật sẽ được bảo mật và xóa khi hết thời hạn lưu trữ.';

// Customers write as they would in a chat: "mình", "em" or "tôi", sometimes without tone marks.
export const CONTENT_VI: LanguageContent = {
  greeting: 'Chào {firstName},',
  signoff: 'Trân trọng,\n{agentName}\nBộ phận Chăm sóc khách hàng',
  accountLines: ['ID tài khoản: {userId}', 'UID của mình là {userId}', 'Mã người dùng {userId}'],
  nudges: [
    'Có cập nhật gì chưa ạ? Đã hơn một ngày rồi.',
    'Alo?? Mình vẫn đang chờ phản hồi. Ticket {ticketId}.',
    'Có ai đọc tin nhắn này không vậy? Tôi cần câu trả lời trong hôm nay.',
    'Xin lỗi làm phiền, em muốn hỏi tình trạng của yêu cầu {ticketId} ạ.',
    'Việc này gấp lắm, nhờ chuyển lên cấp trên giúp mình.',
  ],
  answers: [
    'Mình đã làm theo hướng dẫn nhưng vẫn bị y như cũ. User ID của mình là {userId}.',
    'ok cảm ơn, làm xong rồi. giờ làm gì tiếp ạ?',
    'Em đã trả lời từ email {email} như bên mình yêu cầu, nhờ kiểm tra giúp em.',
  ],
  transferAnswers: [
    'Gửi lại hash: {txHash}. Trên explorer đã có thừa số xác nhận rồi.',
    'Số dư vẫn chưa có gì. {amount} {coin}, TXID {txHash}.',
    'Gửi kèm ảnh chụp màn hình ví. Địa chỉ {address}, mạng {network}.',
  ],
  thanks: ['Cảm ơn, giờ ổn rồi!', 'Đã nhận được, cảm ơn bên mình hỗ trợ nhanh.'],
  agentFollowUps: [
    'Cảm ơn bạn đã cung cấp thêm thông tin. Chúng tôi đã chuyển cho bộ phận phụ trách và sẽ cập nhật tại đây ngay khi có phản hồi.',
    'Cảm ơn bạn đã kiên nhẫn chờ đợi. Yêu cầu của bạn vẫn đang được xử lý; hiện tại bạn không cần làm thêm gì.',
    'Bạn vui lòng gửi ảnh chụp màn hình thông báo lỗi và xác nhận địa chỉ email đã đăng ký tài khoản giúp chúng tôi nhé.',
  ],
  topics: {
    kyc: {
      standardReply: 'Cảm ơn bạn đã kiên nhẫn. Giấy tờ xác minh của bạn đang được bộ phận tuân thủ xem xét theo thứ tự nhận hồ sơ; phần lớn hồ sơ được duyệt trong vòng 24–48 giờ. Bạn không cần gửi lại — tải lên lần nữa sẽ đưa hồ sơ về cuối hàng chờ. Chúng tôi sẽ gửi email ngay khi việc xét duyệt hoàn tất. Mã yêu cầu của bạn: {ticketId}.',
      scenarios: [
        {
          subjects: ['Xác minh KYC bị treo ở trạng thái chờ duyệt', 'KYC 3 ngày chưa được duyệt'],
          opening: 'Chào bạn, mình đã gửi hộ chiếu và ảnh selfie để xác minh danh tính từ 3 ngày trước mà vẫn hiện "Đang xem xét". Tài khoản {userId} (email {email}). Chưa xong KYC thì mình không rút được gì, thường mất bao lâu vậy?',
        },
        {
          subjects: ['Sao CCCD của tôi bị từ chối?'],
          opening: 'Xác minh danh tính lại bị từ chối với lý do "giấy tờ không đọc được". Tôi đã chụp căn cước công dân rõ ràng, cả hai mặt, không bị lóa. Đây là lần thứ ba rồi. Tài khoản {userId}. Tôi sai ở đâu vậy?',
          resolution: 'Chúng tôi đã kiểm tra tài khoản {userId}: lần tải lên gần nhất bị từ chối vì ảnh bị cắt mất góc giấy tờ. Bạn vui lòng chụp lại sao cho thấy đủ bốn góc, đặt trên mặt phẳng tối màu, không dùng đèn flash, rồi tải lên tại Hồ sơ → Xác minh. Ảnh chụp màn hình và bản scan của bản photo sẽ không được chấp nhận.',
        },
        {
          subjects: ['Giấy tờ chứng minh địa chỉ không được chấp nhận'],
          opening: 'Em cần lên cấp 2 để nâng hạn mức rút. Em đã tải sao kê ngân hàng lên làm giấy tờ chứng minh địa chỉ nhưng bị từ chối. Sao kê chưa quá 3 tháng, có đủ họ tên và địa chỉ. Email tài khoản: {email}',
        },
      ],
    },
    deposit: {
      standardReply: 'Cảm ơn bạn đã liên hệ. Tiền nạp sẽ được cộng tự động khi giao dịch đạt đủ số xác nhận trên mạng, và có thể lâu hơn khi mạng bị nghẽn. Bạn vui lòng không gửi lại cùng một giao dịch. Nếu sau khi đủ xác nhận mà tiền nạp vẫn chưa về, hãy phản hồi kèm mã hash giao dịch (TXID) để chúng tôi truy vết. Mã yêu cầu: {ticketId}.',
      scenarios: [
        {
          subjects: ['Nạp tiền chưa được cộng — {amount} {coin}', 'Đã gửi {coin} qua {network} mà số dư vẫn 0'],
          opening: 'Mình đã chuyển {amount} {coin} qua mạng {network} vào địa chỉ nạp {address} khoảng hai tiếng trước. Trên explorer giao dịch đã xác nhận nhưng số dư vẫn là 0. TXID: {txHash}\nTài khoản: {userId}',
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['Nạp {coin} 2 tiếng chưa về'],
          opening: 'ad ơi em nạp {amount} {coin} từ hôm qua mà ví vẫn không thấy đâu. em dùng đúng địa chỉ {address} trên trang nạp tiền. tx {txHash}. mạng {network} có vấn đề gì không ạ?? em đang cần tiền để trade',
          resolution: DEPOSIT_RESOLUTION,
        },
      ],
    },
    withdrawal: {
      standardReply: 'Cảm ơn bạn đã nhắn tin. Lệnh rút đôi khi được giữ lại để kiểm tra bảo mật bổ sung, đặc biệt khi rút về địa chỉ mới hoặc sau khi bạn thay đổi cài đặt bảo mật. Khi kiểm tra xong, lệnh rút sẽ được gửi tự động và bạn sẽ nhận email kèm mã hash giao dịch. Trong thời gian này tài sản của bạn vẫn an toàn. Mã yêu cầu: {ticketId}.',
      scenarios: [
        {
          subjects: ['Lệnh rút treo mấy tiếng rồi', 'Rút tiền bị kẹt ở trạng thái xử lý ({network})'],
          opening: 'Tôi đặt lệnh rút {amount} {coin} về {address} qua mạng {network} hơn 6 tiếng rồi mà vẫn hiện "Đang xử lý", không có TXID. Tài khoản {userId}. Sao lâu vậy?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['Rút {amount} {coin} nhưng chưa nhận được'],
          opening: 'App báo rút tiền thành công nhưng ví mình chưa nhận được gì. TX hash: {txHash}. Địa chỉ nhận: {address}. Số lượng {amount} {coin}. Giúp mình với, đây là tiền nhà tháng này.',
          resolution: WITHDRAWAL_RESOLUTION,
        },
      ],
    },
    two_factor: {
      standardReply: 'Rất tiếc vì sự bất tiện này. Để bảo vệ bạn, việc đặt lại 2FA cần xác minh danh tính: tại trang đăng nhập, chọn "Không thể xác minh bảo mật?" và làm theo các bước, bao gồm chụp selfie. Sau khi đặt lại, chức năng rút tiền sẽ tạm dừng 24 giờ để phòng ngừa. Nếu gặp khó khăn ở bước nào, bạn cứ phản hồi tại đây. Mã yêu cầu: {ticketId}.',
      scenarios: [
        {
          subjects: ['Mất điện thoại, cần đặt lại 2FA', 'Không đăng nhập được — mã 2FA không hợp lệ'],
          opening: 'Mình đổi điện thoại mới mà chưa chuyển Google Authenticator sang. Giờ không đăng nhập được nữa. Email {email}, tài khoản {userId}. Làm sao để reset 2FA?',
        },
        {
          subjects: ['Mã Google Authenticator không dùng được'],
          opening: 'Mã 2FA cứ báo không hợp lệ. Giờ trên điện thoại em để tự động rồi. Em thử 10 lần rồi, sợ tài khoản bị khóa luôn. Giúp em với.',
          resolution: 'Mã thường bị từ chối khi đồng hồ điện thoại bị lệch. Trong Google Authenticator, vào Cài đặt → Hiệu chỉnh thời gian cho mã → Đồng bộ hóa ngay rồi thử lại. Nếu vẫn không được, bạn đừng thử tiếp — sau nhiều lần nhập sai tài khoản sẽ bị khóa tạm thời.',
        },
      ],
    },
    account_compromise: {
      standardReply: 'Chúng tôi đã nhận được báo cáo của bạn và đội bảo mật đang ưu tiên xử lý. Để phòng ngừa, chức năng rút tiền của tài khoản đã được tạm khóa. Tuyệt đối không chia sẻ mật khẩu, mã 2FA hay bất kỳ mã xác minh nào với ai, kể cả người tự xưng là nhân viên của chúng tôi. Chúng tôi sẽ liên hệ với bạn trong yêu cầu này ({ticketId}) để hướng dẫn các bước tiếp theo.',
      scenarios: [
        {
          subjects: ['GẤP: tài khoản của tôi bị hack', 'Có lệnh rút trái phép từ tài khoản của tôi!!'],
          opening: 'GẤP!!! Có người đăng nhập vào tài khoản của tôi và rút {amount} {coin} về {address}. Tôi KHÔNG hề làm việc này. TX: {txHash}. Tài khoản {userId}. Khóa hết ngay giúp tôi.',
          resolution: ACCOUNT_COMPROMISE_RESOLUTION,
        },
        {
          subjects: ['Có người đăng nhập từ {ip}, không phải tôi'],
          opening: 'Mình vừa nhận email báo đăng nhập từ IP {ip} và có API key mới được tạo. Không phải mình. Mình đã đổi mật khẩu nhưng không xóa được địa chỉ rút tiền họ thêm vào. Email {email}. Khóa rút tiền ngay giúp mình!',
        },
        {
          subjects: ['Tài khoản bị mất sạch tiền'],
          opening: 'toàn bộ {coin} của em mất hết rồi. số dư 0. em không hề rút. hash {txHash} chuyển tới {address}. cứu em với, đó là toàn bộ tiền tiết kiệm của em',
          resolution: ACCOUNT_COMPROMISE_RESOLUTION,
        },
      ],
    },
    locked_account: {
      standardReply: 'Cảm ơn bạn đã liên hệ. Tài khoản của bạn đã bị khóa tự động để bảo vệ sau khi phát hiện hoạt động bất thường. Để mở khóa, chúng tôi cần xác minh danh tính: vui lòng phản hồi từ email đã đăng ký và cho biết ngày đăng nhập thành công gần nhất cũng như lần nạp tiền gần nhất. Chúng tôi sẽ kiểm tra và trả lời trong yêu cầu này ({ticketId}).',
      scenarios: [
        {
          subjects: ['Tài khoản bị khóa do đăng nhập sai nhiều lần'],
          opening: 'Tài khoản mình bị khóa sau khi nhập sai mật khẩu mấy lần. Nó báo thử lại sau nhưng đã một ngày rồi. Tài khoản {userId}, email {email}.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
        {
          subjects: ['Tại sao tài khoản của tôi bị vô hiệu hóa?', 'Tài khoản bị đóng băng, không rút được'],
          opening: 'Hôm nay tôi đăng nhập thì thấy tài khoản "bị vô hiệu hóa vì lý do bảo mật". Tôi không nhận được email nào giải thích. Trong đó còn tiền của tôi. Mở khóa giúp tôi với.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
      ],
    },
    phishing: {
      standardReply: 'Cảm ơn bạn đã báo cho chúng tôi. Tin nhắn đó không phải do chúng tôi gửi. Chúng tôi không bao giờ hỏi mật khẩu, mã 2FA hay cụm từ khôi phục (seed phrase), và nhân viên của chúng tôi không bao giờ chủ động nhắn trước qua Telegram hay WhatsApp. Bạn đừng bấm vào đường link và đừng trả lời người gửi. Nếu đã nhập thông tin ở đó, hãy đổi mật khẩu ngay và đặt lại 2FA. Mã yêu cầu: {ticketId}.',
      scenarios: [
        {
          subjects: ['Email này có phải của bên bạn không? Yêu cầu xác minh ví'],
          opening: 'Mình nhận được email nói tài khoản sẽ bị tạm khóa nếu không xác minh ví tại {phishingUrl}. Có cả logo của bên bạn. Cái này thật không? Mình chưa bấm vào gì cả.',
        },
        {
          subjects: ['Có người giả danh hỗ trợ nhắn qua Telegram'],
          opening: 'Có người trên Telegram tự xưng là hỗ trợ của sàn, xin mã 2FA để "sửa" lệnh rút của em. Em lỡ đưa một mã rồi mới biết là lừa đảo. Tài khoản {userId}. Giờ em phải làm sao??',
        },
        {
          subjects: ['Hình như tôi đã nhập mật khẩu vào trang giả mạo'],
          opening: 'Tôi bấm vào link trong tin nhắn SMS và đăng nhập trên {phishingUrl}. Giờ mới để ý là địa chỉ sai. Email của tôi là {email}. Tài khoản tôi có an toàn không?',
          resolution: 'Chúng tôi đã báo cáo để gỡ {phishingUrl}. Vì bạn đã nhập thông tin đăng nhập ở đó, chúng tôi đã đăng xuất mọi phiên của tài khoản {userId} và tạm dừng rút tiền trong 24 giờ. Vui lòng đổi mật khẩu ngay và bật lại 2FA.',
        },
      ],
    },
    fees: {
      standardReply: 'Cảm ơn câu hỏi của bạn. Phí rút là một mức cố định theo từng mạng, dùng để trả chi phí giao dịch on-chain, nên thay đổi theo mức độ nghẽn mạng; phí hiện tại luôn được hiển thị trước khi bạn xác nhận. Phí giao dịch phụ thuộc vào khối lượng giao dịch 30 ngày của bạn và việc lệnh bổ sung thanh khoản (maker) hay lấy thanh khoản (taker). Mã yêu cầu: {ticketId}.',
      scenarios: [
        {
          subjects: ['Sao phí rút tiền cao vậy?', 'Phí mạng {network} quá đắt'],
          opening: 'Mình rút {amount} {coin} qua {network} mà phí cao hơn nhiều so với trang biểu phí. Tại sao vậy? Tài khoản {userId}.',
          resolution: 'Chúng tôi đã kiểm tra lệnh rút {amount} {coin} qua {network} của tài khoản {userId}: mức phí áp dụng đúng với phí mạng tại thời điểm đó, vốn tạm thời tăng do nghẽn mạng. Với USDT, chọn mạng TRC20 hoặc BEP20 thường rẻ hơn nhiều so với ERC20.',
        },
        {
          subjects: ['Hỏi về phí giao dịch'],
          opening: 'Chào ad, em đặt lệnh limit (maker) mà lại bị tính phí taker. Giải thích giúp em cách tính phí với? Em có giữ token của sàn, không được giảm phí à?',
        },
      ],
    },
    api_keys: {
      standardReply: 'Cảm ơn bạn đã liên hệ. Vui lòng kiểm tra key đã bật đúng quyền, timestamp của request nằm trong khoảng cho phép so với giờ máy chủ của chúng tôi, và request được gửi từ một trong các IP nằm trong danh sách trắng. Vì lý do bảo mật, key không cài danh sách trắng IP chỉ có quyền đọc. Mã yêu cầu: {ticketId}.',
      scenarios: [
        {
          subjects: ['API key ngừng hoạt động sau khi bật whitelist IP'],
          opening: 'Từ sáng nay bot của mình liên tục báo "Invalid API-key, IP, or permissions for action". Key bắt đầu bằng {apiKey}. Phía mình không thay đổi gì. IP máy chủ là {ip}. Tài khoản {userId}.',
          resolution: 'Key {apiKey}… của tài khoản {userId} chỉ cho phép các IP trong danh sách trắng, trong khi request trong log của chúng tôi đến từ {ip}, không có trong danh sách. Bạn thêm IP này tại Quản lý API → Chỉnh sửa giới hạn, request sẽ chạy được sau khoảng một phút.',
        },
        {
          subjects: ["API key báo lỗi 'Invalid signature'"],
          opening: 'Mình đã tạo API key nhưng mọi request có chữ ký đều lỗi "Signature for this request is not valid". Mình ký bằng HMAC SHA256 với secret, timestamp tính bằng ms. Trên testnet chạy bình thường. Có ai biết tại sao không?',
        },
        {
          subjects: ['Làm sao bật quyền rút tiền cho API key?'],
          opening: 'Em muốn bot tự động rút lợi nhuận về ví lạnh, nhưng ô "Cho phép rút tiền" của API key bị mờ. Key {apiKey}, tài khoản {userId}. Bật kiểu gì ạ?',
        },
      ],
    },
    p2p_dispute: {
      standardReply: 'Cảm ơn bạn đã liên hệ. Số crypto của lệnh này được giữ trong ký quỹ (escrow) và không bên nào có thể chuyển đi khi khiếu nại đang mở. Vui lòng tải bằng chứng thanh toán (sao kê hoặc biên lai có nội dung chuyển khoản, số tiền và thời gian) lên khung chat của lệnh. Đội P2P sẽ xem xét cả hai bên, thường trong vòng 24 giờ. Mã yêu cầu: {ticketId}.',
      scenarios: [
        {
          subjects: ['Người bán P2P không nhả coin — lệnh {orderId}', 'Đã chuyển khoản mà người bán không phản hồi'],
          opening: 'Mình mua {amount} {coin} trên P2P, lệnh {orderId}. Mình đã chuyển khoản ngân hàng 2 tiếng trước và gửi biên lai trong chat. Người bán không trả lời, coin vẫn nằm trong escrow. Giúp mình với.',
          resolution: 'Chúng tôi đã xem xét lệnh {orderId}. Bằng chứng thanh toán đã được xác minh nên {amount} {coin} trong ký quỹ đã được chuyển vào tài khoản {userId} của bạn. Quyền P2P của bên kia đang bị tạm khóa trong thời gian điều tra.',
        },
        {
          subjects: ['Người mua bấm đã thanh toán nhưng tôi chưa nhận được tiền'],
          opening: 'Người mua đã đánh dấu lệnh {orderId} là đã thanh toán nhưng tài khoản ngân hàng của tôi chưa nhận được đồng nào. Giờ họ còn dọa sẽ báo cáo tôi. Tôi sẽ không nhả {coin} khi chưa thấy tiền. Tài khoản {userId}.',
        },
      ],
    },
    market_incident: {
      standardReply: 'Cảm ơn bạn đã nhắn tin, và chúng tôi rất tiếc về những giờ căng thẳng vừa qua. Trong lúc thị trường biến động mạnh, lưu lượng truy cập tăng rất cao khiến một số người dùng bị chậm trễ. Đội ngũ của chúng tôi đang rà soát tất cả lệnh và tài khoản bị ảnh hưởng; nếu tài khoản của bạn bị ảnh hưởng bởi sự cố, chúng tôi sẽ liên hệ trong yêu cầu này ({ticketId}). Tài sản trên nền tảng vẫn an toàn.',
      scenarios: [
        {
          subjects: ['Bị thanh lý lúc thị trường sập — app không vào được!', 'Không đăng nhập được lúc {coin} sập'],
          opening: 'Đêm qua lúc thị trường sập tôi không đăng nhập được suốt 40 phút và vị thế bị thanh lý. Mất {amount} {coin}. Lỗi là do bên bạn, app sập. Tôi muốn được bồi thường. Tài khoản {userId}.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
        {
          subjects: ['Lệnh cắt lỗ không khớp'],
          opening: 'Lệnh stop loss {coin} của mình không kích hoạt, giá rơi xuống thấp hơn nhiều mà lệnh vẫn còn mở. Chuyện gì vậy?? Mình cần một lời giải thích.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
      ],
    },
    tax_statement: {
      standardReply: 'Cảm ơn yêu cầu của bạn. Bạn có thể xuất toàn bộ lịch sử tại Lệnh → Xuất dữ liệu, tối đa 12 tháng mỗi file; để có đủ một năm tính thuế, hãy xuất theo từng giai đoạn và chúng tôi có thể gộp lại nếu cần. Xin lưu ý chúng tôi không tư vấn về thuế. Mã yêu cầu: {ticketId}.',
      scenarios: [
        {
          subjects: ['Cần lịch sử giao dịch năm {year} để khai thuế', 'Làm sao xuất toàn bộ giao dịch năm {year}?'],
          opening: 'Chào bạn, kế toán của tôi cần sao kê đầy đủ mọi giao dịch, nạp và rút trong năm {year} để quyết toán thuế. Chức năng xuất trong app chỉ cho 3 tháng một lần. Tài khoản {userId}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
        {
          subjects: ['Báo cáo thuế thiếu giao dịch P2P'],
          opening: 'Báo cáo thuế năm {year} mình tải về bị thiếu phần thưởng staking và giao dịch P2P. Bên bạn xuất giúp bản đầy đủ được không? Email {email}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
      ],
    },
    account_closure: {
      standardReply: 'Rất tiếc khi bạn muốn rời đi. Trước khi đóng tài khoản, vui lòng rút hết số dư còn lại, hủy các lệnh đang mở và xóa các API key. Sau đó vào Tài khoản → Bảo mật → Đóng tài khoản. Xin lưu ý theo quy định pháp luật, chúng tôi phải lưu giữ một số hồ sơ trong một số năm kể cả sau khi tài khoản đã đóng. Mã yêu cầu: {ticketId}.',
      scenarios: [
        {
          subjects: ['Nhờ đóng tài khoản giúp tôi', 'Làm sao đóng tài khoản và rút hết tiền?'],
          opening: 'Tôi muốn đóng vĩnh viễn tài khoản {userId}. Trong đó còn {amount} {coin}, tôi muốn rút về {address} trước. Tôi cần làm gì?',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
        {
          subjects: ['Xóa tài khoản và dữ liệu cá nhân của tôi'],
          opening: 'Nhờ bên bạn xóa tài khoản và toàn bộ dữ liệu cá nhân của mình. Email {email}. Mình không dùng sàn nữa.',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
      ],
    },
  },
};
