import type { LanguageContent } from './content-types';

// Answers that settle more than one scenario of a topic.
const DEPOSIT_RESOLUTION =
  '{txHash} işlemini {address} yatırma adresinize kadar takip ettim. İşlem gerekli onay sayısına ulaştı ve {amount} {coin} {userId} hesabınıza geçti. Bakiyenin uygulamada güncellenmesi bir dakika kadar sürebilir.';
const WITHDRAWAL_RESOLUTION =
  '{amount} {coin} çekiminiz {network} ağı üzerinden {txHash} hash değeriyle gönderildi ve zincir üzerinde onaylandı. Alıcı cüzdanda henüz görünmüyorsa orada aynı ağın seçili olduğunu kontrol edin veya bu hash ile {address} adresinin ait olduğu platformla iletişime geçin.';
const LOCKED_ACCOUNT_RESOLUTION =
  'Kimliğinizi doğruladım ve {userId} hesabının kilidini açtım. Güvenlik nedeniyle kilit açıldıktan sonra çekimler 24 saat daha durdurulmuş olacak. Şifrenizi değiştirmenizi ve 2FA için bir kimlik doğrulama uygulaması kullanmanızı önemle tavsiye ederiz.';
const MARKET_INCIDENT_RESOLUTION =
  '{userId} hesabının incelemesini işlem ekibimize ilettim. Ekip, olay süresine ait emir geçmişini ve sistem kayıtlarını kontrol ediyor; platform kesintisinden kaynaklanan kayıplar her vaka için ayrı değerlendirilir. Sonuç gelir gelmez size buradan bilgi vereceğim.';
const TAX_STATEMENT_RESOLUTION =
  '{userId} hesabı için {year} yılına ait eksiksiz bir hesap dökümü talep ettim. Döküm; yatırma, çekim, alım satım, staking ödülleri ve P2P emirlerini içerecek şekilde 3 iş günü içinde CSV dosyası olarak {email} adresine gönderilecek.';
const ACCOUNT_CLOSURE_RESOLUTION =
  '{userId} hesabında bakiye ve açık emir bulunmadığından kapatma talebini ilettim. Onay e-postası {email} adresine gönderilecek. Yasal olarak saklamamız gereken kayıtlar güvenli şekilde tutulacak ve saklama süresi dolduğunda silinecek.';

// Placeholders are never followed directly by a case suffix ({coin}'u, {coin}'yu…), since vowel
// harmony depends on the value; a noun after them carries the suffix instead ("{userId} hesabına").
export const CONTENT_TR: LanguageContent = {
  greeting: 'Merhaba {firstName},',
  signoff: 'Saygılarımızla,\n{agentName}\nMüşteri Destek Ekibi',
  accountLines: ['Hesap ID: {userId}', 'Kullanıcı ID numaram: {userId}'],
  nudges: [
    'Bir gelişme var mı? Bir günden fazla oldu.',
    'Merhaba?? Hâlâ cevap bekliyorum. Talep {ticketId}.',
    'Bunu okuyan biri var mı? Bugün bir cevaba ihtiyacım var.',
    'Tekrar yazdığım için kusura bakmayın, {ticketId} numaralı talebin durumunu öğrenmek istedim.',
    'Bu acil, lütfen bir üst birime iletin.',
  ],
  answers: [
    'Dediğiniz her şeyi yaptım, sorun aynı. Kullanıcı ID numaram {userId}.',
    'tamam teşekkürler, yaptım. şimdi ne olacak?',
    'İstediğiniz gibi {email} adresinden yanıt verdim. Kontrol eder misiniz?',
  ],
  transferAnswers: [
    "Hash'i tekrar gönderiyorum: {txHash}. Explorer'da fazlasıyla onay var.",
    'Bakiyemde hâlâ bir şey yok. {amount} {coin}, TXID {txHash}.',
    'Cüzdanımın ekran görüntüsünü ekledim. Adres {address}, ağ {network}.',
  ],
  thanks: ['Teşekkürler, sorun çözüldü!', 'Tamamdır, hızlı yardımınız için çok teşekkür ederim.'],
  agentFollowUps: [
    'Ek bilgiler için teşekkür ederiz. Bilgileri ilgili ekibe ilettim, yanıt gelir gelmez size buradan haber vereceğim.',
    'Sabrınız için teşekkür ederiz. Talebiniz hâlâ inceleniyor; şu an için başka bir şey yapmanıza gerek yok.',
    'Hata mesajının ekran görüntüsünü gönderip hesabınızda kayıtlı e-posta adresini teyit edebilir misiniz?',
  ],
  topics: {
    kyc: {
      standardReply: 'Sabrınız için teşekkür ederiz. Belgeleriniz uyum ekibimizde ve geliş sırasına göre inceleniyor; incelemelerin çoğu 24–48 saat içinde tamamlanır. Belgeleri yeniden yüklemenize gerek yok — yeni bir yükleme sizi sıranın sonuna geri gönderir. İnceleme tamamlanır tamamlanmaz size e-posta ile bilgi vereceğiz. Referans numaranız: {ticketId}.',
      scenarios: [
        {
          subjects: ['KYC doğrulamam günlerdir beklemede'],
          opening: 'Merhaba, 3 gün önce kimlik kartımı ve selfie\'mi yükledim ama doğrulama hâlâ "İnceleniyor" görünüyor. Hesabım {userId} (e-posta {email}). Onaylanmadan hiçbir şey çekemiyorum. Genelde ne kadar sürüyor?',
        },
        {
          subjects: ['Kimliğim neden reddedildi?'],
          opening: 'Doğrulamam yine "belge okunamıyor" gerekçesiyle reddedildi. Fotoğraf net, iki yüzü de var, yansıma yok. Bu üçüncü denemem. Hesap {userId}. Neyi yanlış yapıyorum?',
          resolution: '{userId} hesabını kontrol ettim: son belge, köşeleri kesik olduğu için reddedilmiş. Lütfen belgenin dört köşesi de görünecek şekilde, koyu ve düz bir zeminde, flaş kullanmadan yeni bir fotoğraf çekip Profil → Doğrulama bölümünden yükleyin. Ekran görüntüleri ve fotokopi taramaları kabul edilmez.',
        },
        {
          subjects: ['Adres belgem kabul edilmiyor'],
          opening: 'Merhaba, çekim limitimi yükseltmek için 2. seviyeye ihtiyacım var. Adres belgesi olarak banka hesap dökümü yükledim ama reddedildi. 3 aydan eski değil, üzerinde tam adım ve adresim var. Hesabın e-postası: {email}',
        },
      ],
    },
    deposit: {
      standardReply: "Bizimle iletişime geçtiğiniz için teşekkür ederiz. Yatırma işlemleri, işlem ağda gerekli onay sayısına ulaştığında otomatik olarak hesabınıza geçer; ağ yoğun olduğunda bu süre uzayabilir. Lütfen aynı transferi tekrar göndermeyin. Onaylar tamamlandıktan sonra yatırma işlemi hâlâ görünmüyorsa işlem hash'ini (TXID) yanıt olarak gönderin, işlemi sizin için takip edelim. Referans: {ticketId}.",
      scenarios: [
        {
          subjects: ['Yatırma işlemi hesaba geçmedi — {amount} {coin}', '{network} ağından {coin} gönderdim, bakiye hâlâ 0'],
          opening: "Merhaba, yaklaşık iki saat önce {network} ağı üzerinden {address} yatırma adresime {amount} {coin} gönderdim. Explorer'da işlem onaylanmış görünüyor ama bakiyem hâlâ 0. TXID: {txHash}\nHesap: {userId}",
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['{coin} yatırma işlemim 2 saattir görünmüyor'],
          opening: 'slm dün {amount} {coin} yatırdım cüzdanda hiçbir şey yok. hash {txHash}. {network} ağında sorun mu var?? paraya acil ihtiyacım var',
          resolution: DEPOSIT_RESOLUTION,
        },
      ],
    },
    withdrawal: {
      standardReply: "Mesajınız için teşekkür ederiz. Çekim işlemleri, özellikle yeni bir adrese yapılırken ya da güvenlik ayarlarında bir değişiklikten sonra, bazen ek bir güvenlik incelemesinden geçer. İnceleme tamamlandığında çekim otomatik olarak gönderilir ve işlem hash'ini içeren bir e-posta alırsınız. Bu süre zarfında fonlarınız güvendedir. Referans: {ticketId}.",
      scenarios: [
        {
          subjects: ['Çekim işlemi saatlerdir beklemede', 'Çekim "İşleniyor" durumunda takıldı ({network})'],
          opening: '6 saatten uzun süre önce {network} ağı üzerinden {address} adresine {amount} {coin} çekim talebi oluşturdum, hâlâ "İşleniyor" yazıyor. TXID yok. Hesap {userId}. Neden bu kadar uzun sürüyor?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['{amount} {coin} çekimim ulaşmadı'],
          opening: 'Uygulama çekimin tamamlandığını söylüyor ama cüzdanıma hiçbir şey gelmedi. Hash: {txHash}. Alıcı adres: {address}. Tutar {amount} {coin}. Lütfen yardım edin, kira param bu.',
          resolution: WITHDRAWAL_RESOLUTION,
        },
      ],
    },
    two_factor: {
      standardReply: 'Yaşadığınız sorun için üzgünüz. Güvenliğiniz için 2FA sıfırlama işlemi kimlik doğrulaması gerektirir: giriş sayfasında "Güvenlik doğrulaması kullanılamıyor mu?" seçeneğini seçip selfie dahil adımları izleyin. Sıfırlamadan sonra önlem olarak çekimler 24 saat durdurulur. Takıldığınız bir yer olursa bu mesaja yanıt verebilirsiniz. Referans: {ticketId}.',
      scenarios: [
        {
          subjects: ['Telefonumu kaybettim, 2FA sıfırlama gerekiyor', 'Giriş yapamıyorum — 2FA kodu geçersiz'],
          opening: "Telefonumu değiştirdim ve Google Authenticator'ı aktarmadım. Şimdi giriş yapamıyorum. E-posta {email}, hesap {userId}. 2FA'yı nasıl sıfırlarım?",
        },
        {
          subjects: ['Google Authenticator kodları çalışmıyor', 'Giriş yapamıyorum — 2FA kodu geçersiz'],
          opening: '2FA kodlarım sürekli geçersiz diyor. Telefonun saati otomatikte. 10 kere denedim, hesabın kilitlenmesinden korkuyorum. Yardım edin.',
          resolution: "Kodlar genellikle telefonun saati kaydığında reddedilir. Google Authenticator'da Ayarlar → Kodlar için saat düzeltme → Şimdi senkronize et adımlarını izleyip tekrar deneyin. Yine olmazsa lütfen denemeye devam etmeyin; birkaç başarısız denemeden sonra hesap geçici olarak kilitlenir.",
        },
      ],
    },
    account_compromise: {
      standardReply: 'Bildiriminizi aldık; güvenlik ekibimizden bir uzman vakanızla öncelikli olarak ilgileniyor. Önlem olarak hesabınızdan çekimler geçici olarak devre dışı bırakıldı. Şifrenizi, 2FA kodlarınızı veya herhangi bir doğrulama kodunu, kendini ekibimizden biri olarak tanıtanlar dahil hiç kimseyle paylaşmayın. Sonraki adımlar için bu talep ({ticketId}) üzerinden sizinle iletişime geçeceğiz.',
      scenarios: [
        {
          subjects: ['ACİL: hesabım hacklendi', 'Hesabımdan izinsiz çekim yapıldı!!'],
          opening: 'ACİL!!! Biri hesabıma girip {address} adresine {amount} {coin} çekmiş. BEN YAPMADIM. TX: {txHash}. Hesap {userId}. Lütfen HEMEN her şeyi dondurun.',
          resolution: "{userId} hesabında çekimler kilitlendi, tüm aktif oturumlar sonlandırıldı ve API anahtarları iptal edildi. {address} adresine yapılan transfer (hash: {txHash}) {ip} adresinden yapılan bir girişin ardından gerçekleşti. Lütfen {email} e-posta hesabınızın şifresini de değiştirin, orada da 2FA'yı açın ve incelemeye devam edebilmemiz için tamamladığınızda bize yanıt verin.",
        },
        {
          subjects: ['ACİL: hesabım hacklendi', '{ip} adresinden giriş yapılmış — ben değilim'],
          opening: 'Az önce {ip} IP adresinden giriş yapıldığına ve yeni bir API anahtarı oluşturulduğuna dair e-posta aldım. Ben değildim. Şifremi değiştirdim ama ekledikleri çekim adresini silemiyorum. E-posta {email}. Çekimleri hemen engelleyin!',
        },
      ],
    },
    locked_account: {
      standardReply: 'Bizimle iletişime geçtiğiniz için teşekkür ederiz. Hesabınız olağan dışı bir etkinliğin ardından korunmak amacıyla otomatik olarak kilitlendi. Kilidi açabilmemiz için kimliğinizi doğrulamamız gerekiyor: lütfen kayıtlı e-posta adresinizden yanıt vererek son başarılı girişinizin ve son yatırma işleminizin tarihini belirtin. İnceleyip bu talep ({ticketId}) üzerinden yanıt vereceğiz.',
      scenarios: [
        {
          subjects: ['Çok fazla hatalı girişten sonra hesabım kilitlendi'],
          opening: 'Birkaç kez yanlış şifre girince hesabım kilitlendi. "Daha sonra tekrar deneyin" diyor ama bir gün geçti. Hesap {userId}, e-posta {email}.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
        {
          subjects: ['Hesabım neden devre dışı?', 'Hesabım donduruldu, çekim yapamıyorum'],
          opening: 'Bugün giriş yaptığımda "hesap güvenlik nedeniyle devre dışı bırakıldı" yazıyor. Açıklama içeren hiçbir e-posta almadım. İçeride param var. Lütfen kilidi açın.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
      ],
    },
    phishing: {
      standardReply: "Bildiriminiz için teşekkür ederiz. Bu mesaj bizden gelmedi. Şifrenizi, 2FA kodlarınızı veya kurtarma ifadenizi asla istemeyiz ve ekibimiz size asla ilk olarak Telegram ya da WhatsApp üzerinden yazmaz. Lütfen bağlantıya tıklamayın ve gönderene yanıt vermeyin. Herhangi bir bilgi girdiyseniz şifrenizi hemen değiştirin ve 2FA'yı sıfırlayın. Referans: {ticketId}.",
      scenarios: [
        {
          subjects: ['Bu e-posta sizden mi? Cüzdanımı doğrulamamı istiyor'],
          opening: 'Cüzdanımı {phishingUrl} adresinde doğrulamazsam hesabımın askıya alınacağını söyleyen bir e-posta aldım. Üzerinde sizin logonuz var. Bu gerçek mi? Henüz hiçbir şeye tıklamadım.',
        },
        {
          subjects: ['Sanırım şifremi sahte bir siteye girdim'],
          opening: "SMS'teki bir bağlantıya tıklayıp {phishingUrl} sitesinde giriş yaptım. Şimdi adresin yanlış olduğunu fark ettim. E-postam {email}. Hesabım güvende mi?",
          resolution: "{phishingUrl} sitesini kapatılması için bildirdik. Giriş bilgilerinizi orada girdiğiniz için {userId} hesabındaki tüm oturumları sonlandırdık ve çekimleri 24 saat süreyle durdurduk. Lütfen şifrenizi hemen değiştirin ve 2FA'yı yeniden etkinleştirin.",
        },
        {
          subjects: ["Telegram'da sahte destek bana yazdı"],
          opening: 'Telegram\'da kendini destek ekibiniz olarak tanıtan biri, çekimimi "düzeltmek" için 2FA kodumu istedi. Fark etmeden önce bir kod verdim. Hesap {userId}. Şimdi ne yapmalıyım??',
        },
      ],
    },
    fees: {
      standardReply: 'Sorunuz için teşekkür ederiz. Çekim ücretleri her ağ için sabit bir tutardır ve zincir üstü işlem maliyetini karşılar, bu yüzden ağ yoğunluğuna göre değişir; güncel ücret onaylamadan önce her zaman gösterilir. İşlem ücretleri ise 30 günlük işlem hacminize ve emrinizin piyasaya likidite ekleyen (maker) mi yoksa likidite alan (taker) mı olduğuna bağlıdır. Referans: {ticketId}.',
      scenarios: [
        {
          subjects: ['Çekim ücreti neden bu kadar yüksek?', '{network} ücretleri çok fahiş'],
          opening: '{network} ağı üzerinden {amount} {coin} çektim, ücret ücretler sayfasında yazandan çok daha yüksekti. Neden? Hesap {userId}.',
          resolution: "{userId} hesabından {network} ağı üzerinden yapılan {amount} {coin} çekimini inceledim: uygulanan ücret o anki ağ ücretiyle aynı; ağ yoğunluğu nedeniyle ücret geçici olarak yükseltilmişti. USDT transferlerinde TRC20 veya BEP20 genellikle ERC20'den çok daha ucuzdur.",
        },
        {
          subjects: ['İşlem ücretleri hakkında soru'],
          opening: "Merhaba, limit emirle (maker) işlem yapıyorum ama benden taker ücreti kesiliyor. Ücretlerin nasıl hesaplandığını açıklayabilir misiniz? Platform token'ından bende de var, indirim almam gerekmiyor mu?",
        },
      ],
    },
    api_keys: {
      standardReply: 'Bizimle iletişime geçtiğiniz için teşekkür ederiz. Lütfen anahtarda gerekli izinlerin açık olduğunu, isteğin timestamp değerinin sunucu saatimize göre izin verilen aralıkta olduğunu ve isteğin beyaz listedeki IP adreslerinden birinden geldiğini kontrol edin. Güvenlik nedeniyle IP beyaz listesi olmayan anahtarlar yalnızca okuma yetkisine sahiptir. Referans: {ticketId}.',
      scenarios: [
        {
          subjects: ['IP beyaz listesinden sonra API anahtarı çalışmıyor'],
          opening: 'Botum bu sabahtan beri "Invalid API-key, IP, or permissions for action" hatası alıyor. Anahtar {apiKey} ile başlıyor. Benim tarafımda hiçbir şey değişmedi. Sunucu IP\'si {ip}. Hesap {userId}.',
          resolution: "{userId} hesabındaki {apiKey}… anahtarı beyaz listedeki IP'lerle sınırlı ve kayıtlarımızdaki istekler listede olmayan {ip} adresinden geliyor. Bu adresi API Yönetimi → Kısıtlamaları düzenle bölümünden eklerseniz istekler bir dakika içinde geçmeye başlamalı.",
        },
        {
          subjects: ["API anahtarı 'Invalid signature' hatası veriyor"],
          opening: 'Bir API anahtarı oluşturdum ama imzalı tüm istekler "Signature for this request is not valid" hatasıyla dönüyor. Secret ile HMAC SHA256 kullanıyorum, timestamp milisaniye cinsinden. Testnet\'te çalışıyordu. Fikri olan var mı?',
        },
        {
          subjects: ['API anahtarımda çekim iznini nasıl açarım?'],
          opening: 'Botumun kârı otomatik olarak soğuk cüzdanıma çekmesini istiyorum ama API anahtarındaki "Çekimlere izin ver" seçeneği pasif görünüyor. Anahtar {apiKey}, hesap {userId}. Nasıl açarım?',
        },
      ],
    },
    p2p_dispute: {
      standardReply: 'Bizimle iletişime geçtiğiniz için teşekkür ederiz. Bu emre ait kripto, itiraz açık olduğu sürece emanette kilitli kalır ve taraflardan hiçbiri tarafından hareket ettirilemez. Lütfen ödeme kanıtınızı (açıklama, tutar ve saati gösteren hesap dökümü veya dekont) emir sohbetine yükleyin. P2P ekibimiz her iki tarafı da genellikle 24 saat içinde inceler. Referans: {ticketId}.',
      scenarios: [
        {
          subjects: ['P2P satıcısı kriptoyu serbest bırakmıyor — emir {orderId}', 'Ödeme yaptım ama satıcı cevap vermiyor'],
          opening: "P2P'den {amount} {coin} aldım, emir numarası {orderId}. 2 saat önce havale ile ödedim ve dekontu sohbete gönderdim. Satıcı cevap vermiyor, kripto hâlâ emanette. Lütfen yardım edin.",
          resolution: '{orderId} numaralı emri inceledim. Ödeme kanıtı doğrulandı, bu nedenle emanetteki {amount} {coin} {userId} hesabınıza aktarıldı. Karşı tarafın P2P erişimi inceleme süresince askıya alındı.',
        },
        {
          subjects: ['Alıcı ödendi olarak işaretledi ama para gelmedi'],
          opening: 'Bir alıcı {orderId} numaralı emri ödendi olarak işaretledi ama banka hesabıma hiçbir şey gelmedi. Şimdi beni şikâyet etmekle tehdit ediyor. Ödemeyi görmeden kriptoyu serbest bırakmayacağım. Hesap {userId}.',
        },
      ],
    },
    market_incident: {
      standardReply: 'Mesajınız için teşekkür ederiz, son saatlerde yaşadığınız stres için üzgünüz. Piyasadaki yüksek dalgalanma sırasında çok yoğun bir trafik yaşadık ve bu, bazı kullanıcılar için gecikmelere yol açtı. Ekibimiz etkilenen tüm emirleri ve hesapları inceliyor; hesabınız olaydan etkilendiyse bu talep ({ticketId}) üzerinden sizinle iletişime geçeceğiz. Platformdaki fonlarınız güvende.',
      scenarios: [
        {
          subjects: ['Çöküş sırasında likide oldum, uygulama çalışmıyordu!', '{coin} düşüşü sırasında giriş yapamadım'],
          opening: 'Dün geceki çöküş sırasında 40 dakika giriş yapamadım ve pozisyonum likide oldu. {amount} {coin} kaybettim. Bu sizin hatanız, uygulama çökmüştü. Tazminat istiyorum. Hesap {userId}.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
        {
          subjects: ['Stop-loss emrim çalışmadı'],
          opening: '{coin} için koyduğum stop-loss tetiklenmedi, fiyat çok aşağıya indi ve emir hâlâ açık. Ne oldu?? Açıklama bekliyorum.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
      ],
    },
    tax_statement: {
      standardReply: 'Talebiniz için teşekkür ederiz. Tüm geçmişinizi Emirler → Dışa aktar bölümünden, dosya başına en fazla 12 ay olacak şekilde indirebilirsiniz; bir vergi yılının tamamı için her dönem ayrı bir dışa aktarma oluşturun, gerekirse dosyaları biz birleştiririz. Vergi danışmanlığı veremediğimizi hatırlatırız. Referans: {ticketId}.',
      scenarios: [
        {
          subjects: ['{year} vergi beyannamesi için işlem geçmişi lazım', '{year} yılındaki tüm işlemleri nasıl dışa aktarırım?'],
          opening: 'Merhaba, muhasebecim {year} yılına ait tüm alım satım, yatırma ve çekim işlemlerimin eksiksiz dökümünü istiyor. Uygulamadaki dışa aktarma bir seferde sadece 3 ay veriyor. Hesap {userId}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
        {
          subjects: ['Vergi raporunda P2P işlemleri yok'],
          opening: 'İndirdiğim {year} vergi raporunda staking ödüllerim ve P2P işlemlerim yok. Eksiksiz bir rapor oluşturabilir misiniz? E-posta {email}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
      ],
    },
    account_closure: {
      standardReply: 'Ayrılmanıza üzüldük. Hesabı kapatmadan önce kalan bakiyenizi çekin, açık emirlerinizi iptal edin ve API anahtarlarınızı silin. Ardından Hesap → Güvenlik → Hesabı kapat bölümüne gidin. Yasal olarak bazı kayıtları hesap kapatıldıktan sonra da birkaç yıl saklamakla yükümlü olduğumuzu hatırlatırız. Referans: {ticketId}.',
      scenarios: [
        {
          subjects: ['Lütfen hesabımı kapatın', 'Hesabımı nasıl kapatır ve her şeyi çekerim?'],
          opening: '{userId} hesabımı kalıcı olarak kapatmak istiyorum. İçinde hâlâ {amount} {coin} var, önce bunu {address} adresine çekmek istiyorum. Ne yapmam gerekiyor?',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
        {
          subjects: ['Hesabımı ve kişisel verilerimi silin'],
          opening: 'Lütfen hesabımı ve tüm kişisel verilerimi silin (KVKK). E-posta {email}. Platformu artık kullanmıyorum.',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
      ],
    },
  },
};
