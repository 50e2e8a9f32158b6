import type { LanguageContent } from './content-types';

// Answers that settle more than one scenario of a topic.
const DEPOSIT_RESOLUTION =
  'Kami sudah melacak transaksi {txHash} ke alamat deposit Anda {address}. Transaksi tersebut sudah mencapai jumlah konfirmasi yang dibutuhkan dan {amount} {coin} sudah masuk ke akun {userId}. Saldo di aplikasi mungkin perlu sekitar satu menit untuk diperbarui.';
const WITHDRAWAL_RESOLUTION =
  'Penarikan {amount} {coin} Anda sudah dikirim di jaringan {network} dengan hash {txHash} dan sudah terkonfirmasi on-chain. Jika belum terlihat di dompet tujuan, pastikan Anda melihat jaringan yang sama di sana, atau hubungi dompet atau platform pemilik alamat {address} dengan menyertakan hash tersebut.';
const ACCOUNT_COMPROMISE_RESOLUTION =
  'Penarikan di akun {userId} sekarang dikunci, semua sesi aktif dan API key sudah dicabut. Transfer ke {address} (hash {txHash}) dilakukan setelah login dari IP {ip}. Mohon ganti juga kata sandi email {email}, aktifkan verifikasi dua langkah di sana, lalu balas tiket ini setelah selesai agar kami bisa melanjutkan investigasi.';
const LOCKED_ACCOUNT_RESOLUTION =
  'Kami sudah memverifikasi identitas Anda dan membuka kunci akun {userId}. Demi keamanan, penarikan tetap dijeda selama 24 jam setelah akun dibuka. Kami sangat menyarankan Anda mengganti kata sandi dan mengaktifkan 2FA dengan aplikasi autentikator.';
const MARKET_INCIDENT_RESOLUTION =
  'Kami sudah meneruskan peninjauan akun {userId} ke tim trading kami. Mereka sedang memeriksa riwayat order dan log sistem selama jendela insiden; kerugian akibat gangguan platform dinilai kasus per kasus. Kami akan mengabari Anda di sini begitu hasilnya keluar.';
const TAX_STATEMENT_RESOLUTION =
  'Kami sudah meminta laporan akun lengkap tahun {year} untuk akun {userId}. Laporan akan dikirim ke {email} dalam format CSV dalam 3 hari kerja, berisi deposit, penarikan, transaksi, reward staking, dan order P2P.';
const ACCOUNT_CLOSURE_RESOLUTION =
  'Akun {userId} tidak memiliki sisa saldo maupun order terbuka, jadi kami sudah mengajukan permintaan penutupan. Konfirmasi akan dikirim ke {email}. Data yang wajib kami simpan menurut hukum akan disimpan dengan aman dan dihapus ketika masa penyimpanannya berakhir.';

// Customers write as they would to an exchange's support chat: "min" (admin), "kak", "WD", "depo".
export const CONTENT_ID: LanguageContent = {
  greeting: 'Halo {firstName},',
  signoff: 'Salam,\n{agentName}\nTim Layanan Pelanggan',
  accountLines: ['ID akun: {userId}', 'UID saya {userId}', 'User ID {userId}'],
  nudges: [
    'Ada kabar terbaru? Sudah lebih dari sehari.',
    'Halo?? Masih menunggu jawaban. Tiket {ticketId}.',
    'Ini ada yang baca nggak sih? Saya butuh jawaban hari ini.',
    'Maaf mengganggu lagi, mau tanya status tiket {ticketId}.',
    'Ini mendesak, tolong dieskalasi.',
  ],
  answers: [
    'Sudah saya lakukan sesuai arahan, tapi masalahnya masih sama. User ID saya {userId}.',
    'ok makasih, sudah. terus gimana?',
    'Sudah saya balas dari {email} seperti yang diminta. Mohon dicek.',
  ],
  transferAnswers: [
    'Ini hash-nya lagi: {txHash}. Di explorer konfirmasinya sudah lebih dari cukup.',
    'Saldo masih kosong. {amount} {coin}, TXID {txHash}.',
    'Saya lampirkan screenshot dari wallet. Alamat {address}, jaringan {network}.',
  ],
  thanks: ['Makasih, sudah beres!', 'Oke, terima kasih atas bantuannya yang cepat.'],
  agentFollowUps: [
    'Terima kasih atas informasi tambahannya. Sudah kami teruskan ke tim terkait dan kami akan mengabari Anda di sini segera setelah ada jawaban.',
    'Terima kasih atas kesabaran Anda. Kasus Anda masih dalam peninjauan; saat ini Anda tidak perlu melakukan apa pun.',
    'Bisakah Anda mengirimkan screenshot pesan error-nya dan mengonfirmasi alamat email yang terdaftar di akun Anda?',
  ],
  topics: {
    kyc: {
      standardReply: 'Terima kasih atas kesabaran Anda. Dokumen verifikasi Anda sedang ditinjau oleh tim kepatuhan kami sesuai urutan masuk; sebagian besar peninjauan selesai dalam 24–48 jam. Anda tidak perlu mengunggah ulang — unggahan kedua justru menempatkan Anda kembali di antrean paling belakang. Kami akan mengirim email begitu peninjauan selesai. Nomor referensi Anda: {ticketId}.',
      scenarios: [
        {
          subjects: ['Verifikasi KYC masih pending', 'KYC sudah 3 hari belum disetujui'],
          opening: 'Halo, 3 hari lalu saya sudah upload KTP dan selfie untuk verifikasi tapi statusnya masih "Sedang ditinjau". Akun {userId} (email {email}). Saya tidak bisa WD sampai ini selesai, biasanya berapa lama ya?',
        },
        {
          subjects: ['Kenapa verifikasi identitas saya ditolak?'],
          opening: 'Verifikasi identitas saya ditolak lagi dengan alasan "dokumen tidak terbaca". Foto paspor saya jelas, tidak silau. Ini sudah percobaan ketiga. Akun {userId}. Salahnya di mana sebenarnya?',
          resolution: 'Kami sudah mengecek akun {userId}: unggahan terakhir ditolak karena sudut dokumen terpotong. Silakan ambil foto baru dengan keempat sudut terlihat, di atas permukaan rata berwarna gelap, tanpa flash, lalu unggah di Profil → Verifikasi. Screenshot dan scan fotokopi tidak dapat diterima.',
        },
        {
          subjects: ['Bukti alamat tidak diterima'],
          opening: 'Min, saya butuh level 2 supaya limit penarikan naik. Saya sudah upload rekening koran sebagai bukti alamat tapi ditolak. Umurnya belum 3 bulan dan ada nama lengkap serta alamat saya. Email akun: {email}',
        },
      ],
    },
    deposit: {
      standardReply: 'Terima kasih sudah menghubungi kami. Deposit dikreditkan otomatis setelah transaksi mencapai jumlah konfirmasi jaringan yang dibutuhkan, dan bisa lebih lama saat jaringan padat. Mohon jangan mengirim transfer yang sama lagi. Jika deposit masih belum masuk setelah konfirmasi selesai, balas dengan hash transaksi (TXID) dan kami akan melacaknya. Referensi: {ticketId}.',
      scenarios: [
        {
          subjects: ['Deposit belum masuk — {amount} {coin}', 'Kirim {coin} lewat {network}, saldo masih 0'],
          opening: 'Saya kirim {amount} {coin} lewat {network} ke alamat deposit saya {address} sekitar dua jam lalu. Di explorer transaksinya sudah terkonfirmasi tapi saldo masih 0. TXID: {txHash}\nAkun: {userId}',
          resolution: DEPOSIT_RESOLUTION,
        },
        {
          subjects: ['Depo {coin} belum masuk dari kemarin'],
          opening: 'min saya depo {amount} {coin} kemarin tapi di wallet belum ada apa-apa. alamatnya {address} dari halaman deposit. tx {txHash}. jaringan {network} lagi bermasalah ya?? dananya mau dipakai trading',
          resolution: DEPOSIT_RESOLUTION,
        },
      ],
    },
    withdrawal: {
      standardReply: 'Terima kasih atas pesan Anda. Penarikan terkadang ditahan untuk pemeriksaan keamanan tambahan, terutama ke alamat baru atau setelah pengaturan keamanan diubah. Setelah pemeriksaan selesai, penarikan dikirim otomatis dan Anda akan menerima email berisi hash transaksi. Sementara itu dana Anda tetap aman. Referensi: {ticketId}.',
      scenarios: [
        {
          subjects: ['WD pending berjam-jam', 'Penarikan macet di status diproses ({network})'],
          opening: 'Saya mengajukan penarikan {amount} {coin} ke {address} di jaringan {network} lebih dari 6 jam lalu dan statusnya masih "Diproses". Tidak ada TXID. Akun {userId}. Kenapa lama sekali?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['Penarikan {amount} {coin} tidak sampai'],
          opening: 'Di aplikasi penarikan saya statusnya selesai tapi tidak ada yang masuk ke wallet. TX hash: {txHash}. Tujuan: {address}. Jumlah {amount} {coin}. Tolong dibantu, ini uang buat bayar kos.',
          resolution: WITHDRAWAL_RESOLUTION,
        },
        {
          subjects: ['WD ditinjau dari kemarin'],
          opening: 'Halo kak, penarikan {amount} {coin} saya sedang ditinjau sejak kemarin. Saya sudah sering WD ke alamat yang sama {address}. Bisa tolong dirilis?',
          resolution: WITHDRAWAL_RESOLUTION,
        },
      ],
    },
    two_factor: {
      standardReply: 'Mohon maaf atas ketidaknyamanannya. Untuk melindungi Anda, reset 2FA memerlukan pemeriksaan identitas: di halaman login pilih "Verifikasi keamanan tidak tersedia?" dan ikuti langkahnya, termasuk selfie. Setelah reset, penarikan dijeda selama 24 jam sebagai tindakan pencegahan. Silakan balas di sini jika Anda mengalami kendala. Referensi: {ticketId}.',
      scenarios: [
        {
          subjects: ['HP hilang, perlu reset 2FA', 'Tidak bisa login — kode 2FA tidak valid'],
          opening: 'Saya ganti HP baru dan Google Authenticator-nya belum dipindah. Sekarang saya tidak bisa login. Email {email}, akun {userId}. Cara reset 2FA bagaimana?',
        },
        {
          subjects: ['Kode Google Authenticator tidak berfungsi'],
          opening: 'Kode 2FA saya selalu dibilang tidak valid. Jam di HP sudah otomatis. Sudah 10 kali coba dan saya takut akunnya terkunci. Tolong bantu.',
          resolution: 'Kode biasanya ditolak jika jam di HP bergeser. Di Google Authenticator buka Setelan → Koreksi waktu untuk kode → Sinkronkan sekarang, lalu coba lagi. Jika masih gagal, jangan terus mencoba — setelah beberapa kali gagal, akun akan terkunci sementara.',
        },
      ],
    },
    account_compromise: {
      standardReply: 'Laporan Anda sudah kami terima dan anggota tim keamanan kami sedang menangani kasus Anda sebagai prioritas. Sebagai tindakan pencegahan, penarikan dari akun Anda dinonaktifkan sementara. Jangan bagikan kata sandi, kode 2FA, atau kode verifikasi apa pun kepada siapa pun, termasuk orang yang mengaku sebagai staf kami. Kami akan menghubungi Anda di tiket ini ({ticketId}) dengan langkah selanjutnya.',
      scenarios: [
        {
          subjects: ['DARURAT: akun saya diretas', 'Penarikan tanpa izin dari akun saya!!'],
          opening: 'DARURAT!!! Ada yang masuk ke akun saya dan menarik {amount} {coin} ke {address}. Itu BUKAN saya. TX: {txHash}. Akun {userId}. Tolong bekukan semuanya SEKARANG.',
          resolution: ACCOUNT_COMPROMISE_RESOLUTION,
        },
        {
          subjects: ['Ada login dari {ip}, bukan saya'],
          opening: 'Saya baru dapat email soal login dari IP {ip} dan pembuatan API key baru. Itu bukan saya. Kata sandi sudah saya ganti, tapi alamat penarikan yang mereka tambahkan tidak bisa dihapus. Email {email}. Tolong blokir penarikan sekarang juga!',
        },
        {
          subjects: ['Saldo saya dikuras habis'],
          opening: 'semua {coin} saya hilang. saldo 0. saya tidak pernah WD. hash {txHash} ke {address}. tolong min, itu seluruh tabungan saya',
          resolution: ACCOUNT_COMPROMISE_RESOLUTION,
        },
      ],
    },
    locked_account: {
      standardReply: 'Terima kasih sudah menghubungi kami. Akun Anda terkunci otomatis untuk melindunginya setelah ada aktivitas tidak biasa. Untuk membukanya, kami perlu mengonfirmasi identitas Anda: balas dari alamat email terdaftar dan sebutkan tanggal login terakhir yang berhasil serta deposit terakhir Anda. Kami akan meninjau dan membalas di tiket ini ({ticketId}).',
      scenarios: [
        {
          subjects: ['Akun terkunci karena terlalu banyak percobaan login'],
          opening: 'Akun saya terkunci setelah beberapa kali salah memasukkan kata sandi. Katanya coba lagi nanti, tapi sudah sehari. Akun {userId}, email {email}.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
        {
          subjects: ['Kenapa akun saya dinonaktifkan?', 'Akun dibekukan, tidak bisa tarik dana'],
          opening: 'Hari ini saya login dan akunnya bertuliskan "dinonaktifkan karena alasan keamanan". Tidak ada email penjelasan sama sekali. Dana saya ada di sana. Tolong dibuka.',
          resolution: LOCKED_ACCOUNT_RESOLUTION,
        },
      ],
    },
    phishing: {
      standardReply: 'Terima kasih sudah melaporkan. Pesan itu bukan dari kami. Kami tidak pernah meminta kata sandi, kode 2FA, atau seed phrase, dan staf kami tidak akan menghubungi Anda duluan lewat Telegram atau WhatsApp. Jangan klik tautannya dan jangan membalas pengirimnya. Jika Anda sempat memasukkan data, segera ganti kata sandi dan reset 2FA. Referensi: {ticketId}.',
      scenarios: [
        {
          subjects: ['Apakah email ini dari kalian? Disuruh verifikasi wallet'],
          opening: 'Saya dapat email yang bilang akun saya akan ditangguhkan kalau tidak verifikasi wallet di {phishingUrl}. Ada logo kalian. Ini asli? Saya belum klik apa-apa.',
        },
        {
          subjects: ['CS palsu menghubungi saya lewat Telegram'],
          opening: 'Ada orang di Telegram mengaku CS kalian minta kode 2FA untuk "memperbaiki" penarikan saya. Satu kode sudah saya kasih sebelum sadar ini penipuan. Akun {userId}. Saya harus bagaimana??',
        },
        {
          subjects: ['Sepertinya saya memasukkan kata sandi di situs palsu'],
          opening: 'Saya klik link di SMS dan login di {phishingUrl}. Baru sadar alamatnya salah. Email saya {email}. Akun saya aman nggak?',
          resolution: 'Kami sudah melaporkan {phishingUrl} agar diturunkan. Karena kredensial Anda sempat dimasukkan di sana, kami sudah mengeluarkan semua sesi di akun {userId} dan menjeda penarikan selama 24 jam. Silakan ganti kata sandi sekarang dan aktifkan kembali 2FA.',
        },
      ],
    },
    fees: {
      standardReply: 'Terima kasih atas pertanyaannya. Biaya penarikan berupa jumlah tetap per jaringan untuk menutup biaya transaksi on-chain, sehingga berubah mengikuti kepadatan jaringan; biaya terkini selalu ditampilkan sebelum Anda konfirmasi. Biaya trading bergantung pada volume 30 hari Anda dan apakah order Anda menambah likuiditas (maker) atau mengambilnya (taker). Referensi: {ticketId}.',
      scenarios: [
        {
          subjects: ['Kenapa biaya penarikan mahal sekali?', 'Biaya di {network} nggak masuk akal'],
          opening: 'Saya tarik {amount} {coin} lewat {network} dan biayanya jauh lebih tinggi dari yang tertulis di halaman biaya. Kenapa? Akun {userId}.',
          resolution: 'Kami sudah memeriksa penarikan {amount} {coin} di {network} dari akun {userId}: biaya yang dikenakan sesuai biaya jaringan saat itu, yang sedang naik sementara karena jaringan padat. Untuk transfer USDT, jaringan TRC20 atau BEP20 biasanya jauh lebih murah daripada ERC20.',
        },
        {
          subjects: ['Pertanyaan soal biaya trading'],
          opening: 'Halo, saya trading pakai limit order (maker) tapi kena biaya taker. Bisa dijelaskan cara hitung biayanya? Saya juga pegang token platform, bukannya dapat diskon?',
        },
      ],
    },
    api_keys: {
      standardReply: 'Terima kasih sudah menghubungi kami. Mohon pastikan key memiliki izin yang tepat, timestamp request masih dalam rentang yang diizinkan terhadap waktu server kami, dan request berasal dari salah satu IP di whitelist. Demi keamanan, key tanpa whitelist IP hanya memiliki akses baca. Referensi: {ticketId}.',
      scenarios: [
        {
          subjects: ['API key tidak jalan setelah whitelist IP'],
          opening: 'Sejak pagi bot trading saya terus dapat error "Invalid API-key, IP, or permissions for action". Key-nya diawali {apiKey}. Dari sisi saya tidak ada yang berubah. IP server {ip}. Akun {userId}.',
          resolution: 'Key {apiKey}… di akun {userId} dibatasi ke IP yang ada di whitelist, sedangkan request di log kami datang dari {ip} yang tidak ada di daftar. Tambahkan IP itu di Manajemen API → Edit pembatasan dan request akan berjalan dalam satu menit.',
        },
        {
          subjects: ["API key error 'Invalid signature'"],
          opening: 'Saya sudah bikin API key tapi semua request bertanda tangan gagal dengan "Signature for this request is not valid". Saya pakai HMAC SHA256 dengan secret, timestamp dalam ms. Di testnet jalan normal. Ada ide?',
        },
        {
          subjects: ['Cara mengaktifkan penarikan untuk API key?'],
          opening: 'Saya mau bot otomatis menarik profit ke cold wallet, tapi centang "Aktifkan penarikan" di API key tidak bisa diklik. Key {apiKey}, akun {userId}. Cara aktifkannya gimana?',
        },
      ],
    },
    p2p_dispute: {
      standardReply: 'Terima kasih sudah menghubungi kami. Kripto untuk order ini tetap terkunci di escrow dan tidak bisa dipindahkan oleh pihak mana pun selama banding masih terbuka. Silakan unggah bukti pembayaran (mutasi rekening atau struk yang menunjukkan berita transfer, jumlah, dan waktu) di chat order. Tim P2P kami akan meninjau kedua pihak, biasanya dalam 24 jam. Referensi: {ticketId}.',
      scenarios: [
        {
          subjects: ['Penjual P2P tidak melepas kripto — order {orderId}', 'Sudah bayar tapi penjual tidak merespons'],
          opening: 'Saya beli {amount} {coin} di P2P, order {orderId}. Saya sudah transfer bank 2 jam lalu dan kirim bukti di chat. Penjualnya tidak merespons dan kriptonya masih di escrow. Tolong dibantu.',
          resolution: 'Kami sudah meninjau order {orderId}. Bukti pembayaran sudah terverifikasi, jadi {amount} {coin} di escrow sudah dilepas ke akun Anda {userId}. Akses P2P pihak lawan ditangguhkan selama kami menyelidiki.',
        },
        {
          subjects: ['Pembeli tandai sudah bayar tapi uang tidak masuk'],
          opening: 'Pembeli menandai order {orderId} sudah dibayar tapi tidak ada uang masuk ke rekening saya. Sekarang dia mengancam mau melaporkan saya. Saya tidak akan melepas {coin} sebelum pembayarannya masuk. Akun {userId}.',
        },
      ],
    },
    market_incident: {
      standardReply: 'Terima kasih atas pesan Anda, dan kami mohon maaf atas beberapa jam terakhir yang menegangkan. Selama volatilitas pasar, trafik kami sangat tinggi sehingga sebagian pengguna mengalami keterlambatan. Tim kami sedang meninjau semua order dan akun yang terdampak; jika akun Anda terdampak insiden ini, kami akan menghubungi Anda di tiket ini ({ticketId}). Dana di platform tetap aman.',
      scenarios: [
        {
          subjects: ['Kena likuidasi waktu crash — aplikasi down!', 'Tidak bisa login saat {coin} anjlok'],
          opening: 'Waktu crash semalam saya tidak bisa login selama 40 menit dan posisi saya kena likuidasi. Rugi {amount} {coin}. Ini salah kalian, aplikasinya down. Saya minta kompensasi. Akun {userId}.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
        {
          subjects: ['Stop loss tidak tereksekusi'],
          opening: 'Stop loss saya di {coin} tidak jalan, harga turun jauh di bawahnya dan ordernya masih terbuka. Ini kenapa?? Saya minta penjelasan.',
          resolution: MARKET_INCIDENT_RESOLUTION,
        },
      ],
    },
    tax_statement: {
      standardReply: 'Terima kasih atas permintaan Anda. Anda bisa mengekspor seluruh riwayat di Order → Ekspor, maksimal 12 bulan per file; untuk satu tahun pajak penuh, buat satu ekspor per periode dan kami bisa menggabungkannya jika perlu. Perlu diketahui bahwa kami tidak dapat memberikan nasihat pajak. Referensi: {ticketId}.',
      scenarios: [
        {
          subjects: ['Butuh riwayat transaksi untuk lapor pajak {year}', 'Cara ekspor semua transaksi tahun {year}?'],
          opening: 'Halo, akuntan saya butuh laporan lengkap semua transaksi, deposit, dan penarikan tahun {year} untuk SPT pajak. Ekspor di aplikasi cuma bisa 3 bulan sekali tarik. Akun {userId}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
        {
          subjects: ['Laporan pajak tidak mencakup transaksi P2P'],
          opening: 'Laporan pajak {year} yang saya unduh tidak memuat reward staking dan transaksi P2P. Bisa dibuatkan yang lengkap? Email {email}.',
          resolution: TAX_STATEMENT_RESOLUTION,
        },
      ],
    },
    account_closure: {
      standardReply: 'Kami sedih melihat Anda pergi. Sebelum menutup akun, mohon tarik sisa saldo, batalkan order terbuka, dan hapus semua API key. Lalu buka Akun → Keamanan → Tutup akun. Perlu diketahui bahwa menurut hukum kami wajib menyimpan sebagian catatan selama beberapa tahun meskipun akun sudah ditutup. Referensi: {ticketId}.',
      scenarios: [
        {
          subjects: ['Tolong tutup akun saya', 'Cara menutup akun dan menarik semua dana?'],
          opening: 'Saya ingin menutup akun {userId} secara permanen. Masih ada {amount} {coin} yang mau saya tarik dulu ke {address}. Apa yang harus saya lakukan?',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
        {
          subjects: ['Hapus akun dan data pribadi saya'],
          opening: 'Tolong hapus akun saya beserta semua data pribadi saya (UU PDP). Email {email}. Saya sudah tidak memakai platform ini lagi.',
          resolution: ACCOUNT_CLOSURE_RESOLUTION,
        },
      ],
    },
  },
};
