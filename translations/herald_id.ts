<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Herald</source>
        <translation>Tentang Herald</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>Built with Qt %1</source>
        <translation>Dibuat dengan Qt %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Dibuat dengan Qt %1, berjalan di Qt %2</translation>
    </message>
    <message>
        <source>Herald manages WhatsApp contact lists and message campaigns: import contacts from CSV, keep track of consent and opt-outs, and send approved template messages to the people who asked for them.</source>
        <translation>Herald mengelola daftar kontak WhatsApp dan kampanye pesan: impor kontak dari CSV, catat persetujuan dan opt-out, lalu kirim pesan template yang sudah disetujui kepada orang-orang yang memintanya.</translation>
    </message>
</context>
<context>
    <name>AccessToken</name>
    <message>
        <source>No access token is stored for the account “%1”. Add it in Settings → Sending accounts, or with: herald-cli account set-secret access-token --name %1 &lt; token.txt</source>
        <translation>Belum ada token akses yang tersimpan untuk akun “%1”. Tambahkan di Pengaturan → Akun pengirim, atau dengan: herald-cli account set-secret access-token --name %1 &lt; token.txt</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>More actions</source>
        <translation>Tindakan lainnya</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>e.g. support-line</source>
        <translation>mis. layanan-pelanggan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Resend &amp;uncertain messages automatically</source>
        <translation>Kirim ulang pesan yang &amp;tidak pasti secara otomatis</translation>
    </message>
    <message>
        <source>A message whose send was interrupted (no answer from WhatsApp) and that has had no delivery report for 30 minutes is sent again, but only while reports for messages sent after it keep arriving. If WhatsApp did deliver it and its report is only late, the person gets it twice.</source>
        <translation>Pesan yang pengirimannya terputus (tidak ada jawaban dari WhatsApp) dan belum punya laporan pengiriman selama 30 menit akan dikirim lagi, tetapi hanya selama laporan untuk pesan yang dikirim sesudahnya terus masuk. Jika WhatsApp sebenarnya sudah menyampaikannya dan laporannya hanya terlambat, orang tersebut menerimanya dua kali.</translation>
    </message>
    <message>
        <source>The sandbox is a simulated WhatsApp Cloud API inside Herald. Campaigns run end to end with realistic delivery and read receipts, but no message leaves this computer and no token is needed. Use it to rehearse a campaign before sending for real.</source>
        <translation>Sandbox adalah WhatsApp Cloud API tiruan di dalam Herald. Kampanye berjalan dari awal sampai akhir dengan laporan sampai dan dibaca yang realistis, tetapi tidak ada pesan yang keluar dari komputer ini dan tidak perlu token. Gunakan untuk mencoba kampanye sebelum mengirim sungguhan.</translation>
    </message>
    <message>
        <source>WhatsApp Cloud API</source>
        <translation>WhatsApp Cloud API</translation>
    </message>
    <message>
        <source>digits, from WhatsApp Manager → Phone numbers</source>
        <translation>angka, dari WhatsApp Manager → Nomor telepon</translation>
    </message>
    <message>
        <source>digits, from WhatsApp Manager → Account tools</source>
        <translation>angka, dari WhatsApp Manager → Alat akun</translation>
    </message>
    <message>
        <source>digits, from Business Settings → Business info (optional)</source>
        <translation>angka, dari Pengaturan Bisnis → Info bisnis (opsional)</translation>
    </message>
    <message>
        <source>Numbers of one business portfolio share one daily messaging limit. Without it, numbers of the same WhatsApp Business Account share it.</source>
        <translation>Nomor-nomor dalam satu portofolio bisnis berbagi satu batas pesan harian. Tanpa ini, nomor-nomor dari Akun WhatsApp Business yang sama yang berbagi batas tersebut.</translation>
    </message>
    <message>
        <source>Paste a permanent system-user token</source>
        <translation>Tempel token pengguna sistem yang permanen</translation>
    </message>
    <message>
        <source>&amp;Graph API URL:</source>
        <translation>URL &amp;Graph API:</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versi API:</translation>
    </message>
    <message>
        <source>&amp;Phone number ID:</source>
        <translation>&amp;ID nomor telepon:</translation>
    </message>
    <message>
        <source>WhatsApp &amp;Business Account ID:</source>
        <translation>ID Akun WhatsApp &amp;Business:</translation>
    </message>
    <message>
        <source>Business p&amp;ortfolio ID:</source>
        <translation>ID p&amp;ortofolio bisnis:</translation>
    </message>
    <message>
        <source>&amp;Access token:</source>
        <translation>Token &amp;akses:</translation>
    </message>
    <message>
        <source>Delivery status relay</source>
        <translation>Relay status pengiriman</translation>
    </message>
    <message>
        <source>https://relay.example.com (optional)</source>
        <translation>https://relay.example.com (opsional)</translation>
    </message>
    <message>
        <source>The herald-relay that receives Meta&apos;s webhooks and feeds delivery statuses to Herald</source>
        <translation>herald-relay yang menerima webhook dari Meta dan meneruskan status pengiriman ke Herald</translation>
    </message>
    <message>
        <source>The feed token printed by herald-relay</source>
        <translation>Token feed yang ditampilkan oleh herald-relay</translation>
    </message>
    <message>
        <source>&amp;Relay URL:</source>
        <translation>&amp;URL relay:</translation>
    </message>
    <message>
        <source>Relay &amp;feed token:</source>
        <translation>Token &amp;feed relay:</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Akun baru</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Akun perlu nama.</translation>
    </message>
    <message>
        <source>Graph API URL</source>
        <translation>URL Graph API</translation>
    </message>
    <message>
        <source>Write the version like v23.0.</source>
        <translation>Tulis versi seperti v23.0.</translation>
    </message>
    <message>
        <source>Only digits.</source>
        <translation>Hanya angka.</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>URL relay</translation>
    </message>
    <message>
        <source>The name this number goes by in campaigns and reports</source>
        <translation>Nama nomor ini di kampanye dan laporan</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>%1 is empty; enter an https:// address.</source>
        <translation>%1 kosong; masukkan alamat https://.</translation>
    </message>
    <message>
        <source>%1 %2 is not a valid address; enter it like https://example.com.</source>
        <translation>%1 %2 bukan alamat yang valid; tulis seperti https://example.com.</translation>
    </message>
    <message>
        <source>%1 contains a user name or password before “@” (the host is %2); enter the address without it, like https://%2. Tokens are stored with “Set token”, never in the URL.</source>
        <translation>%1 berisi nama pengguna atau kata sandi sebelum “@” (host-nya %2); masukkan alamat tanpa itu, seperti https://%2. Token disimpan dengan “Atur token”, tidak pernah di URL.</translation>
    </message>
    <message>
        <source>%1 %2 uses http:// to a host that is not this computer; tokens would travel unencrypted. Use https://.</source>
        <translation>%1 %2 memakai http:// ke host yang bukan komputer ini; token akan dikirim tanpa enkripsi. Gunakan https://.</translation>
    </message>
    <message>
        <source>%1 %2 must start with https://.</source>
        <translation>%1 %2 harus diawali https://.</translation>
    </message>
    <message>
        <source>The Graph API URL points at %1, which is not Meta&apos;s Graph API (graph.facebook.com): the access token and every message will be sent there. Keep it only if %1 is a proxy you trust.</source>
        <translation>URL Graph API mengarah ke %1, yang bukan Graph API milik Meta (graph.facebook.com): token akses dan setiap pesan akan dikirim ke sana. Pertahankan hanya jika %1 adalah proxy yang Anda percayai.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Akun perlu nama.</translation>
    </message>
    <message>
        <source>Relay URL</source>
        <translation>URL relay</translation>
    </message>
    <message>
        <source>Graph API URL</source>
        <translation>URL Graph API</translation>
    </message>
    <message>
        <source>API version %1 should look like v23.0.</source>
        <translation>Versi API %1 seharusnya seperti v23.0.</translation>
    </message>
    <message>
        <source>The sending rate must be between 1 and 1,000 messages per second, not %1.</source>
        <translation>Kecepatan kirim harus antara 1 dan 1.000 pesan per detik, bukan %1.</translation>
    </message>
    <message>
        <source>Unknown messaging tier “%1”: use TIER_50, TIER_250, TIER_1K, TIER_2K, TIER_10K, TIER_100K or TIER_UNLIMITED, as Meta reports the phone number&apos;s messaging limit.</source>
        <translation>Tingkat pesan “%1” tidak dikenal: gunakan TIER_50, TIER_250, TIER_1K, TIER_2K, TIER_10K, TIER_100K atau TIER_UNLIMITED, sesuai batas pesan nomor telepon yang dilaporkan Meta.</translation>
    </message>
    <message>
        <source>Phone number ID</source>
        <translation>ID nomor telepon</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>ID Akun WhatsApp Business</translation>
    </message>
    <message>
        <source>Business portfolio ID</source>
        <translation>ID portofolio bisnis</translation>
    </message>
    <message>
        <source>%1 “%2” should contain digits only (it is the numeric ID from Meta&apos;s app dashboard, not a phone number).</source>
        <translation>%1 “%2” hanya boleh berisi angka (ini ID numerik dari dasbor aplikasi Meta, bukan nomor telepon).</translation>
    </message>
    <message>
        <source>No account with id %1.</source>
        <translation>Tidak ada akun dengan id %1.</translation>
    </message>
</context>
<context>
    <name>AccountTest</name>
    <message>
        <source>The account “%1” has no phone number ID; set it first (account set --phone-number-id).</source>
        <translation>Akun “%1” tidak punya ID nomor telepon; atur dulu (account set --phone-number-id).</translation>
    </message>
    <message>
        <source>Sandbox account: simulated WhatsApp Cloud API, nothing leaves this computer.</source>
        <translation>Akun sandbox: WhatsApp Cloud API tiruan, tidak ada yang keluar dari komputer ini.</translation>
    </message>
    <message>
        <source>Connected: %1 (%2), quality %3.</source>
        <translation>Terhubung: %1 (%2), kualitas %3.</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Sending accounts</source>
        <translation>Akun pengirim</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <source>Add a sending account</source>
        <translation>Tambah akun pengirim</translation>
    </message>
    <message>
        <source>Make default</source>
        <translation>Jadikan default</translation>
    </message>
    <message>
        <source>New campaigns and template syncs use the default account</source>
        <translation>Kampanye baru dan sinkronisasi template memakai akun default</translation>
    </message>
    <message>
        <source>The WhatsApp numbers Herald sends from.</source>
        <translation>Nomor WhatsApp yang dipakai Herald untuk mengirim.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Batalkan perubahan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Tidak dapat membaca akun: %1</translation>
    </message>
    <message>
        <source>%1
%2 · default</source>
        <translation>%1
%2 · default</translation>
    </message>
    <message>
        <source>The default account</source>
        <translation>Akun default</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The account “%1” has unsaved changes. Save them?</source>
        <translation>Akun “%1” punya perubahan yang belum disimpan. Simpan sekarang?</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Perubahan belum disimpan.</translation>
    </message>
    <message>
        <source>New account: fill in the fields and save it.</source>
        <translation>Akun baru: isi kolom-kolomnya lalu simpan.</translation>
    </message>
    <message>
        <source>Not Meta&apos;s Graph API</source>
        <translation>Bukan Graph API milik Meta</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Tetap simpan?</translation>
    </message>
    <message>
        <source>Not saved: the Graph API URL was not confirmed.</source>
        <translation>Tidak tersimpan: URL Graph API tidak dikonfirmasi.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation>Akun “%1” tersimpan.</translation>
    </message>
    <message>
        <source>New account
(not saved)</source>
        <translation>Akun baru
(belum disimpan)</translation>
    </message>
    <message>
        <source>The default account could not be changed: %1</source>
        <translation>Akun default tidak dapat diubah: %1</translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <source>Expected “and” or “or” before %1 in the audience.</source>
        <translation>Seharusnya ada “and” atau “or” sebelum %1 dalam audiens.</translation>
    </message>
    <message>
        <source>Unknown audience term %1: use all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT[:CODE], not, and, or.</source>
        <translation>Istilah audiens %1 tidak dikenal: gunakan all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT[:CODE], not, and, or.</translation>
    </message>
    <message>
        <source>The audience %1 ends without a condition.</source>
        <translation>Audiens %1 berakhir tanpa kondisi.</translation>
    </message>
</context>
<context>
    <name>AudienceText</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>were messaged in %1</source>
        <translation>dikirimi pesan dalam %1</translation>
    </message>
    <message>
        <source>were not messaged in %1</source>
        <translation>tidak dikirimi pesan dalam %1</translation>
    </message>
    <message>
        <source>were sent %1</source>
        <translation>berhasil dikirimi %1</translation>
    </message>
    <message>
        <source>were not sent %1</source>
        <translation>tidak berhasil dikirimi %1</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>menerima %1</translation>
    </message>
    <message>
        <source>did not receive %1</source>
        <translation>tidak menerima %1</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>membaca %1</translation>
    </message>
    <message>
        <source>did not read %1</source>
        <translation>tidak membaca %1</translation>
    </message>
    <message>
        <source>replied to %1</source>
        <translation>membalas %1</translation>
    </message>
    <message>
        <source>did not reply to %1</source>
        <translation>tidak membalas %1</translation>
    </message>
    <message>
        <source>could not be sent %1</source>
        <translation>gagal dikirimi %1</translation>
    </message>
    <message>
        <source>were not among the failures of %1</source>
        <translation>tidak termasuk kegagalan %1</translation>
    </message>
    <message>
        <source>were found not to be on WhatsApp by %1</source>
        <translation>ternyata tidak ada di WhatsApp menurut %1</translation>
    </message>
    <message>
        <source>were not found off WhatsApp by %1</source>
        <translation>tidak termasuk yang tidak ada di WhatsApp menurut %1</translation>
    </message>
    <message>
        <source>are still waiting for %1</source>
        <translation>masih menunggu %1</translation>
    </message>
    <message>
        <source>are not waiting for %1</source>
        <translation>tidak menunggu %1</translation>
    </message>
    <message>
        <source>campaign #%1</source>
        <translation>kampanye #%1</translation>
    </message>
    <message>
        <source>campaign %1</source>
        <translation>kampanye %1</translation>
    </message>
    <message>
        <source>run #%1</source>
        <translation>putaran #%1</translation>
    </message>
    <message>
        <source>run %1 of %2</source>
        <translation>putaran ke-%1 %2</translation>
    </message>
    <message>
        <source>no answer from the network</source>
        <translation>tidak ada jawaban dari jaringan</translation>
    </message>
    <message>
        <source>%1 (error %2: %3)</source>
        <translation>%1 (error %2: %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n kontak)</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom audience: %1</source>
        <translation>Audiens khusus: %1</translation>
    </message>
    <message>
        <source>Everyone who opted in</source>
        <translation>Semua orang yang opt-in</translation>
    </message>
    <message>
        <source>are no one</source>
        <translation>bukan siapa pun</translation>
    </message>
    <message>
        <source>are any contact</source>
        <translation>kontak mana pun</translation>
    </message>
    <message>
        <source>are not tagged %1</source>
        <translation>tidak punya tag %1</translation>
    </message>
    <message>
        <source>are tagged %1</source>
        <translation>punya tag %1</translation>
    </message>
    <message>
        <source>do not have %1 %2</source>
        <translation>tidak punya %1 %2</translation>
    </message>
    <message>
        <source>have %1 %2</source>
        <translation>punya %1 %2</translation>
    </message>
    <message>
        <source>it</source>
        <translation>itu</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 atau %2</translation>
    </message>
    <message>
        <source>%1 but %2</source>
        <translation>%1 tetapi %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>Contacts who %1</source>
        <translation>Kontak yang %1</translation>
    </message>
</context>
<context>
    <name>BusinessEventStore</name>
    <message>
        <source>The event has no name.</source>
        <translation>Peristiwa tidak punya nama.</translation>
    </message>
    <message>
        <source>The event name is %1 characters long; at most %2 are allowed.</source>
        <translation>Nama peristiwa panjangnya %1 karakter; maksimal %2 yang diizinkan.</translation>
    </message>
    <message>
        <source>The event name contains a control character (such as a line break); use letters, digits and _.</source>
        <translation>Nama peristiwa berisi karakter kontrol (seperti ganti baris); gunakan huruf, angka, dan _.</translation>
    </message>
    <message>
        <source>The event&apos;s occurred_at is not a time.</source>
        <translation>occurred_at peristiwa bukan waktu.</translation>
    </message>
    <message>
        <source>The event&apos;s data is not a JSON object.</source>
        <translation>Data peristiwa bukan objek JSON.</translation>
    </message>
    <message>
        <source>The phone number is not usable: %1</source>
        <translation>Nomor telepon tidak dapat dipakai: %1</translation>
    </message>
    <message>
        <source>The event was not stored.</source>
        <translation>Peristiwa tidak disimpan.</translation>
    </message>
    <message>
        <source>the event has no phone number (the order gave none for the customer, billing or shipping)</source>
        <translation>peristiwa tidak punya nomor telepon (pesanan tidak mencantumkan nomor untuk pelanggan, penagihan, maupun pengiriman)</translation>
    </message>
    <message>
        <source>the phone number “%1” cannot be read%2: %3</source>
        <translation>nomor telepon “%1” tidak dapat dibaca%2: %3</translation>
    </message>
    <message>
        <source> as a number of %1</source>
        <translation> sebagai nomor %1</translation>
    </message>
</context>
<context>
    <name>CampaignAudiencePage</name>
    <message>
        <source>Audience</source>
        <translation>Audiens</translation>
    </message>
    <message>
        <source>Who gets the message. Opted-out contacts and contacts who never opted in are never sent to.</source>
        <translation>Siapa yang menerima pesan. Kontak yang opt-out dan kontak yang tidak pernah opt-in tidak akan pernah dikirimi.</translation>
    </message>
    <message>
        <source>&amp;Every opted-in contact</source>
        <translation>&amp;Semua kontak yang opt-in</translation>
    </message>
    <message>
        <source>A &amp;segment: contacts with tags or attribute values</source>
        <translation>Se&amp;gmen: kontak dengan tag atau nilai atribut</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Gabung</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Bukan</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Tag or attribute</source>
        <translation>Tag atau atribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>Tambah &amp;kondisi</translation>
    </message>
    <message>
        <source>&amp;Remove condition</source>
        <translation>&amp;Hapus kondisi</translation>
    </message>
    <message>
        <source>&amp;Retarget the recipients of an earlier campaign</source>
        <translation>&amp;Targetkan ulang penerima kampanye sebelumnya</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampanye:</translation>
    </message>
    <message>
        <source>Counted as:</source>
        <translation>Dihitung sebagai:</translation>
    </message>
    <message>
        <source>but &amp;not</source>
        <translation>tetapi &amp;bukan</translation>
    </message>
    <message>
        <source>e.g. tag:vip and not campaign:7:replied</source>
        <translation>mis. tag:vip and not campaign:7:replied</translation>
    </message>
    <message>
        <source>attempted</source>
        <translation>dicoba</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>terkirim</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>read</source>
        <translation>dibaca</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>dibalas</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>unqualified (not on WhatsApp)</source>
        <translation>tidak memenuhi syarat (tidak ada di WhatsApp)</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>tertunda</translation>
    </message>
    <message>
        <source>There is no earlier campaign to retarget yet.</source>
        <translation>Belum ada kampanye sebelumnya untuk ditargetkan ulang.</translation>
    </message>
    <message>
        <source>and</source>
        <translation>dan</translation>
    </message>
    <message>
        <source>or</source>
        <translation>atau</translation>
    </message>
    <message>
        <source>not</source>
        <translation>bukan</translation>
    </message>
    <message>
        <source>has tag</source>
        <translation>punya tag</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>atribut</translation>
    </message>
    <message>
        <source>The tag&apos;s name, or the attribute&apos;s key</source>
        <translation>Nama tag, atau kunci atribut</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) will get the message.</source>
        <translation>
            <numerusform>%n kontak akan menerima pesan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No matching contact is excluded.</source>
        <translation>Tidak ada kontak yang cocok yang dikecualikan.</translation>
    </message>
    <message>
        <source>Excluded: %1 opted out, %2 never opted in (never sent to).</source>
        <translation>Dikecualikan: %1 opt-out, %2 tidak pernah opt-in (tidak pernah dikirimi).</translation>
    </message>
    <message>
        <source>&amp;Advanced: an audience expression</source>
        <translation>&amp;Lanjutan: ekspresi audiens</translation>
    </message>
    <message>
        <source>Audience conditions</source>
        <translation>Kondisi audiens</translation>
    </message>
    <message>
        <source>For power users: all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT, joined with and, or, not</source>
        <translation>Untuk pengguna mahir: all, tag:NAME, attr:KEY=VALUE, campaign:ID:STAT, run:ID:STAT, digabung dengan and, or, not</translation>
    </message>
</context>
<context>
    <name>CampaignChecks</name>
    <message>
        <source>a draft not yet submitted</source>
        <translation>draf yang belum diajukan</translation>
    </message>
    <message>
        <source>The audience term “%1” names campaign %2, which does not exist; see herald-cli campaign list.</source>
        <translation>Istilah audiens “%1” menyebut kampanye %2, yang tidak ada; lihat herald-cli campaign list.</translation>
    </message>
    <message>
        <source>The audience term “%1” names run %2, which does not exist; check the run ID.</source>
        <translation>Istilah audiens “%1” menyebut putaran %2, yang tidak ada; periksa ID putaran.</translation>
    </message>
    <message>
        <source>The send time %1 has already passed: it is now %2 in %3. Give a later time.</source>
        <translation>Waktu kirim %1 sudah lewat: sekarang %2 di %3. Berikan waktu yang lebih lambat.</translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account. Sync the templates first.</source>
        <translation>Tidak ada template “%1” dalam bahasa %2 untuk akun ini. Sinkronkan template dulu.</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3, so nothing can be sent with it; only APPROVED templates can be used. Check its status in WhatsApp Manager and sync the templates, or choose another template.</source>
        <translation>Template “%1” (%2) berstatus %3, jadi tidak ada yang bisa dikirim dengannya; hanya template APPROVED yang dapat dipakai. Periksa statusnya di WhatsApp Manager lalu sinkronkan template, atau pilih template lain.</translation>
    </message>
</context>
<context>
    <name>CampaignCost</name>
    <message>
        <source>There is no run %1.</source>
        <translation>Tidak ada putaran %1.</translation>
    </message>
</context>
<context>
    <name>CampaignLock</name>
    <message>
        <source>Campaign %1 is being sent by another Herald process (%2, process %3 on %4). Wait until it has finished, or pause or stop it there.</source>
        <translation>Kampanye %1 sedang dikirim oleh proses Herald lain (%2, proses %3 di %4). Tunggu sampai selesai, atau jeda atau hentikan di sana.</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent by another Herald process. Wait until it has finished, or pause or stop it there.</source>
        <translation>Kampanye %1 sedang dikirim oleh proses Herald lain. Tunggu sampai selesai, atau jeda atau hentikan di sana.</translation>
    </message>
    <message>
        <source>Cannot take the lock %1: check that the workspace&apos;s folder is writable (or its server reachable).</source>
        <translation>Tidak dapat mengambil kunci %1: pastikan folder ruang kerja dapat ditulisi (atau server-nya dapat dijangkau).</translation>
    </message>
</context>
<context>
    <name>CampaignNumbers</name>
    <message>
        <source>There is no account with id %1: pick the campaign&apos;s numbers from herald-cli account list.</source>
        <translation>Tidak ada akun dengan ID %1: pilih nomor kampanye dari herald-cli account list.</translation>
    </message>
    <message>
        <source>Account “%1” belongs to another business portfolio than “%2”: a campaign spreads its audience only over numbers of one portfolio (set both with herald-cli account set --portfolio).</source>
        <translation>Akun “%1” berada di portofolio bisnis yang berbeda dari “%2”: kampanye hanya membagi audiensnya ke nomor-nomor dalam satu portofolio (atur keduanya dengan herald-cli account set --portfolio).</translation>
    </message>
    <message>
        <source>Account “%1” has no template “%2” in language %3 (templates belong to a WhatsApp Business account): sync its templates (herald-cli templates sync --account %1) or leave it out.</source>
        <translation>Akun “%1” tidak punya template “%2” dalam bahasa %3 (template dimiliki oleh akun WhatsApp Business): sinkronkan templatenya (herald-cli templates sync --account %1) atau keluarkan akun ini dari kampanye.</translation>
    </message>
</context>
<context>
    <name>CampaignPreflightPage</name>
    <message>
        <source>Pre-flight check</source>
        <translation>Pemeriksaan awal</translation>
    </message>
    <message>
        <source>Everything Herald checks before a start. Problems must be fixed; warnings are yours to weigh.</source>
        <translation>Semua yang diperiksa Herald sebelum mulai. Masalah harus diperbaiki; peringatan silakan Anda pertimbangkan sendiri.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Periksa &amp;lagi</translation>
    </message>
    <message>
        <source>Edit rate &amp;card…</source>
        <translation>Ubah daftar &amp;tarif…</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Kirim &amp;uji coba…</translation>
    </message>
    <message>
        <source>&amp;Start sending when I click Finish</source>
        <translation>&amp;Mulai mengirim saat saya mengklik Selesai</translation>
    </message>
</context>
<context>
    <name>CampaignRunControl</name>
    <message>
        <source>Cannot start the campaign</source>
        <translation>Tidak dapat memulai kampanye</translation>
    </message>
    <message>
        <source>“%1” is active: it sends when its event arrives.</source>
        <translation>“%1” aktif: kampanye ini mengirim saat peristiwanya masuk.</translation>
    </message>
    <message>
        <source>“%1” is scheduled; next run %2.</source>
        <translation>“%1” terjadwal; putaran berikutnya %2.</translation>
    </message>
    <message>
        <source>“%1” is active.</source>
        <translation>“%1” aktif.</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Sudah dikirim</translation>
    </message>
    <message>
        <source>“%1” was already sent. Herald never sends a campaign twice.</source>
        <translation>“%1” sudah dikirim. Herald tidak pernah mengirim kampanye dua kali.</translation>
    </message>
    <message>
        <source>Nobody left to send to</source>
        <translation>Tidak ada lagi yang perlu dikirimi</translation>
    </message>
    <message>
        <source>Run %1 of “%2” was stopped, and nobody it did not reach may still get the message.</source>
        <translation>Putaran %1 dari “%2” dihentikan, dan tidak ada lagi orang yang belum terjangkau yang masih bisa menerima pesan.</translation>
    </message>
    <message>
        <source>New run for the recipients not reached</source>
        <translation>Putaran baru untuk penerima yang belum terjangkau</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 of “%2” stays stopped. Send the message to the %n recipient(s) it did not reach, in a new run?</source>
        <translation>
            <numerusform>Putaran %1 dari “%2” tetap berhenti. Kirim pesan ke %n penerima yang belum terjangkau dalam putaran baru?</numerusform>
        </translation>
    </message>
    <message>
        <source>Send new run</source>
        <translation>Kirim putaran baru</translation>
    </message>
    <message>
        <source>Already sending</source>
        <translation>Sedang mengirim</translation>
    </message>
    <message>
        <source>Planned %1 recipients (%2 skipped).</source>
        <translation>%1 penerima direncanakan (%2 dilewati).</translation>
    </message>
    <message>
        <source>Cannot pause the campaign</source>
        <translation>Tidak dapat menjeda kampanye</translation>
    </message>
    <message>
        <source>Stop campaign</source>
        <translation>Hentikan kampanye</translation>
    </message>
    <message>
        <source>Stop “%1”? No further runs start; a run sending now is stopped too. You can start it again later.</source>
        <translation>Hentikan “%1”? Tidak ada putaran baru yang dimulai; putaran yang sedang mengirim juga dihentikan. Anda dapat memulainya lagi nanti.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Cannot stop the campaign</source>
        <translation>Tidak dapat menghentikan kampanye</translation>
    </message>
    <message>
        <source>Stop sending “%1”? Recipients not reached yet will not get the message from this run; those already sent keep their delivery reports.</source>
        <translation>Berhenti mengirim “%1”? Penerima yang belum terjangkau tidak akan menerima pesan dari putaran ini; yang sudah dikirimi tetap memiliki laporan pengirimannya.</translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation>Berhenti mengirim</translation>
    </message>
</context>
<context>
    <name>CampaignRunPanel</name>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>Dalam proses</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Dibaca</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Tidak pasti</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Send rate:</source>
        <translation>Kecepatan kirim:</translation>
    </message>
    <message>
        <source>Daily headroom:</source>
        <translation>Sisa kuota harian:</translation>
    </message>
    <message>
        <source>Failures:</source>
        <translation>Kegagalan:</translation>
    </message>
    <message>
        <source>Template %1 (%2) · account %3 · audience: %4</source>
        <translation>Template %1 (%2) · akun %3 · audiens: %4</translation>
    </message>
    <message>
        <source>Not sent yet — Start plans the recipients and sends</source>
        <translation>Belum dikirim — Mulai akan merencanakan penerima lalu mengirim</translation>
    </message>
    <message>
        <source>%1 messages/s — slowed to %2/s after WhatsApp asked to slow down</source>
        <translation>%1 pesan/dtk — diperlambat menjadi %2/dtk setelah WhatsApp meminta pengiriman diperlambat</translation>
    </message>
    <message>
        <source>%1 messages/s (limit %2/s)</source>
        <translation>%1 pesan/dtk (batas %2/dtk)</translation>
    </message>
    <message>
        <source>Not sending</source>
        <translation>Tidak mengirim</translation>
    </message>
    <message>
        <source>The campaign&apos;s account no longer exists.</source>
        <translation>Akun kampanye ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>no provider code</source>
        <translation>tidak ada kode penyedia</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) uncertain: the message was handed to the network but no answer came back (a timeout or Herald was closed), so it may or may not have arrived. Their delivery reports will settle them; Herald never sends them again on its own.</source>
        <translation>
            <numerusform>%n penerima tidak pasti: pesan sudah diserahkan ke jaringan tetapi tidak ada jawaban (waktu habis atau Herald ditutup), jadi pesan mungkin sampai, mungkin juga tidak. Laporan pengirimannya akan memastikannya; Herald tidak pernah mengirimnya lagi dengan sendirinya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by WhatsApp error %1</source>
        <translation>Dihentikan karena error WhatsApp %1</translation>
    </message>
    <message>
        <source>Paused by WhatsApp error %1</source>
        <translation>Dijeda karena error WhatsApp %1</translation>
    </message>
    <message>
        <source>Why it stopped</source>
        <translation>Mengapa berhenti</translation>
    </message>
    <message>
        <source>Why it paused</source>
        <translation>Mengapa dijeda</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Yang perlu dilakukan:</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s error reference</source>
        <translation>Referensi error WhatsApp</translation>
    </message>
    <message>
        <source>Accepted, no report yet</source>
        <translation>Diterima, belum ada laporan</translation>
    </message>
    <message>
        <source>Sent, not delivered yet</source>
        <translation>Terkirim, belum sampai</translation>
    </message>
    <message>
        <source>Delivered, not read</source>
        <translation>Sampai, belum dibaca</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Stop preparing the run: nothing is planned or sent, and the campaign can be started again</source>
        <translation>Hentikan persiapan putaran: tidak ada yang direncanakan atau dikirim, dan kampanye dapat dimulai lagi</translation>
    </message>
    <message>
        <source>Audience expression: %1</source>
        <translation>Ekspresi audiens: %1</translation>
    </message>
    <message>
        <source>Preparing %1 of %2 recipients…</source>
        <translation>Menyiapkan %1 dari %2 penerima…</translation>
    </message>
</context>
<context>
    <name>CampaignRunner</name>
    <message>
        <source>Another Herald sender (%1, process %2) is already sending campaign run %3.</source>
        <translation>Pengirim Herald lain (%1, proses %2) sudah mengirim putaran kampanye %3.</translation>
    </message>
    <message>
        <source>Cannot take the lock %1.</source>
        <translation>Tidak dapat mengambil kunci %1.</translation>
    </message>
</context>
<context>
    <name>CampaignStats</name>
    <message>
        <source>Could not read the campaign timeline: %1</source>
        <translation>Tidak dapat membaca linimasa kampanye: %1</translation>
    </message>
    <message>
        <source>Could not read the campaign timeline: the workspace is not open.</source>
        <translation>Tidak dapat membaca linimasa kampanye: ruang kerja tidak terbuka.</translation>
    </message>
    <message>
        <source>Could not read the runs: %1</source>
        <translation>Tidak dapat membaca putaran: %1</translation>
    </message>
    <message>
        <source>Could not read the run: %1</source>
        <translation>Tidak dapat membaca putaran: %1</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>Tidak ada putaran %1.</translation>
    </message>
    <message>
        <source>Could not read the campaign statistics: %1</source>
        <translation>Tidak dapat membaca statistik kampanye: %1</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>The campaign needs a name.</source>
        <translation>Kampanye perlu nama.</translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account. Sync the templates first (herald-cli templates sync).</source>
        <translation>Tidak ada template “%1” dalam bahasa %2 untuk akun ini. Sinkronkan template dulu (herald-cli templates sync).</translation>
    </message>
    <message>
        <source>Unknown campaign type “%1”: use once, scheduled, recurring or triggered.</source>
        <translation>Jenis kampanye “%1” tidak dikenal: gunakan once, scheduled, recurring atau triggered.</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>Tidak ada kampanye dengan id %1.</translation>
    </message>
    <message>
        <source>Cannot read the runs of campaign %1: %2</source>
        <translation>Tidak dapat membaca putaran kampanye %1: %2</translation>
    </message>
    <message>
        <source>Campaign %1 already has an unfinished run (run %2, %3); continue or stop that run first.</source>
        <translation>Kampanye %1 sudah punya putaran yang belum selesai (putaran %2, %3); lanjutkan atau hentikan putaran itu dulu.</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is no longer in the workspace; sync the templates.</source>
        <translation>Template “%1” (%2) sudah tidak ada di ruang kerja; sinkronkan template.</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation>Template “%1” (%2) berstatus %3; hanya template APPROVED yang dapat dikirim.</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>dihapus di Meta</translation>
    </message>
    <message>
        <source>Could not plan the retry: %1</source>
        <translation>Tidak dapat merencanakan percobaan ulang: %1</translation>
    </message>
    <message>
        <source>There is no run %1.</source>
        <translation>Tidak ada putaran %1.</translation>
    </message>
    <message>
        <source>The run is still sending (%1). Retry its failures once it has sent or was stopped.</source>
        <translation>Putaran masih mengirim (%1). Coba ulang kegagalannya setelah selesai mengirim atau dihentikan.</translation>
    </message>
    <message>
        <source>A retry of this run is already waiting to be sent (run %1).</source>
        <translation>Percobaan ulang untuk putaran ini sudah menunggu untuk dikirim (putaran %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) would fail again</source>
        <translation>
            <numerusform>%n kegagalan akan gagal lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n must wait until %1</source>
        <translation>
            <numerusform>%n harus menunggu sampai %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n opted out or were deleted</source>
        <translation>
            <numerusform>%n sudah opt-out atau dihapus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were retried already</source>
        <translation>
            <numerusform>%n sudah pernah dicoba ulang</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to retry: the run has no failures.</source>
        <translation>Tidak ada yang perlu dicoba ulang: putaran ini tidak punya kegagalan.</translation>
    </message>
    <message>
        <source>Nothing to retry now: %1.</source>
        <translation>Belum ada yang bisa dicoba ulang sekarang: %1.</translation>
    </message>
    <message>
        <source>Cannot read the recipients of run %1: %2</source>
        <translation>Tidak dapat membaca penerima putaran %1: %2</translation>
    </message>
    <message>
        <source>Run %1 is %2, not stopped: only a stopped run leaves recipients for a new run.</source>
        <translation>Putaran %1 berstatus %2, bukan dihentikan: hanya putaran yang dihentikan yang menyisakan penerima untuk putaran baru.</translation>
    </message>
    <message numerus="yes">
        <source>Nobody is left to send to: the %n recipient(s) run %1 did not reach have opted out or were deleted.</source>
        <translation>
            <numerusform>Tidak ada lagi yang perlu dikirimi: %n penerima yang belum terjangkau oleh putaran %1 sudah opt-out atau dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is left to send to: run %1 reached every recipient before it was stopped.</source>
        <translation>Tidak ada lagi yang perlu dikirimi: putaran %1 sudah menjangkau semua penerima sebelum dihentikan.</translation>
    </message>
    <message>
        <source>Planning the run of campaign %1 was cancelled; nothing was planned.</source>
        <translation>Perencanaan putaran kampanye %1 dibatalkan; tidak ada yang direncanakan.</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiens</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Putaran terakhir</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Dicoba</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Dibaca</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Dibalas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>Tidak memenuhi syarat</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Waiting for events</source>
        <translation>Menunggu peristiwa</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Terjadwal</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Berulang</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>Dipicu peristiwa</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Sekali kirim</translation>
    </message>
    <message>
        <source>Who the campaign is for, and how many recipients its newest run has</source>
        <translation>Untuk siapa kampanye ini, dan berapa penerima di putaran terbarunya</translation>
    </message>
    <message>
        <source>Recipients the newest run is done with (sent, failed or skipped), of all of them</source>
        <translation>Penerima yang sudah selesai diproses putaran terbaru (terkirim, gagal, atau dilewati), dari seluruh penerima</translation>
    </message>
    <message>
        <source>Recipients the newest run tried to send to</source>
        <translation>Penerima yang dicoba dikirimi oleh putaran terbaru</translation>
    </message>
    <message>
        <source>Messages WhatsApp reported sent, including those delivered and read</source>
        <translation>Pesan yang dilaporkan WhatsApp terkirim, termasuk yang sampai dan dibaca</translation>
    </message>
    <message>
        <source>Messages that reached the phone, including those read</source>
        <translation>Pesan yang sampai ke ponsel, termasuk yang dibaca</translation>
    </message>
    <message>
        <source>Messages opened (only people with read receipts on)</source>
        <translation>Pesan yang dibuka (hanya orang yang mengaktifkan laporan dibaca)</translation>
    </message>
    <message>
        <source>Recipients who wrote back within 72 hours, including those who opted out</source>
        <translation>Penerima yang membalas dalam 72 jam, termasuk yang opt-out</translation>
    </message>
    <message>
        <source>Messages that could not be sent, including Unqualified</source>
        <translation>Pesan yang tidak dapat dikirim, termasuk Tidak memenuhi syarat</translation>
    </message>
    <message>
        <source>Part of Failed: numbers without a WhatsApp account</source>
        <translation>Bagian dari Gagal: nomor tanpa akun WhatsApp</translation>
    </message>
    <message>
        <source>%1 of %2 handled</source>
        <translation>%1 dari %2 diproses</translation>
    </message>
    <message>
        <source>%1
Audience expression: %2</source>
        <translation>%1
Ekspresi audiens: %2</translation>
    </message>
</context>
<context>
    <name>CampaignTemplatePage</name>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Name the campaign, choose an approved template and say where each of its values comes from.</source>
        <translation>Beri nama kampanye, pilih template yang sudah disetujui, dan tentukan dari mana setiap nilainya berasal.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>e.g. November order reminders</source>
        <translation>mis. Pengingat pesanan November</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>Search approved templates…</source>
        <translation>Cari template yang disetujui…</translation>
    </message>
    <message>
        <source>Parameters (source, then the key or text, then a fallback used when the value is empty):</source>
        <translation>Parameter (sumber, lalu kunci atau teks, lalu cadangan yang dipakai jika nilainya kosong):</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Field, attribute, text or event key</source>
        <translation>Kolom, atribut, teks, atau kunci peristiwa</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>Beri nama kampanye.</translation>
    </message>
    <message>
        <source>Add an account first (Settings → Accounts).</source>
        <translation>Tambahkan akun dulu (Pengaturan → Akun).</translation>
    </message>
    <message>
        <source>Choose an approved template.</source>
        <translation>Pilih template yang sudah disetujui.</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1 (sandbox)</translation>
    </message>
    <message>
        <source>This account has no approved templates. Sync the templates on the Templates page, or wait for Meta&apos;s review.</source>
        <translation>Akun ini tidak punya template yang disetujui. Sinkronkan template di halaman Template, atau tunggu peninjauan dari Meta.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved template(s). Paused, rejected and pending templates cannot be sent and are not listed.</source>
        <translation>
            <numerusform>%n template disetujui. Template yang dijeda, ditolak, dan tertunda tidak dapat dikirim dan tidak ditampilkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact field</source>
        <translation>Kolom kontak</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atribut</translation>
    </message>
    <message>
        <source>Fixed text</source>
        <translation>Teks tetap</translation>
    </message>
    <message>
        <source>Event field</source>
        <translation>Kolom peristiwa</translation>
    </message>
    <message>
        <source>Preview for %1 (%2), the first recipient; values with no source show the template&apos;s examples.</source>
        <translation>Pratinjau untuk %1 (%2), penerima pertama; nilai tanpa sumber menampilkan contoh dari template.</translation>
    </message>
    <message>
        <source>a contact without a name</source>
        <translation>kontak tanpa nama</translation>
    </message>
    <message>
        <source>No contact in the audience yet: the preview shows fallbacks and fixed texts; the rest shows the template&apos;s examples.</source>
        <translation>Belum ada kontak di audiens: pratinjau menampilkan cadangan dan teks tetap; sisanya menampilkan contoh dari template.</translation>
    </message>
    <message>
        <source>Also send &amp;from:</source>
        <translation>Kirim juga &amp;dari:</translation>
    </message>
    <message>
        <source>Other numbers of the same business portfolio: the audience is spread over them in proportion to their throughput, and a contact keeps the number it last talked to.</source>
        <translation>Nomor lain dalam portofolio bisnis yang sama: audiens dibagi ke nomor-nomor tersebut sesuai throughput masing-masing, dan setiap kontak tetap memakai nomor yang terakhir berkomunikasi dengannya.</translation>
    </message>
    <message>
        <source>%1 (%2 msg/s)</source>
        <translation>%1 (%2 psn/dtk)</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>The approved templates of the sending account</source>
        <translation>Template yang disetujui dari akun pengirim</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Cari template</translation>
    </message>
    <message>
        <source>Template parameters</source>
        <translation>Parameter template</translation>
    </message>
    <message>
        <source>What fills each {{n}} of the template, for each recipient</source>
        <translation>Apa yang mengisi setiap {{n}} di template, untuk setiap penerima</translation>
    </message>
    <message>
        <source>More sending numbers</source>
        <translation>Nomor pengirim lainnya</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>Parameter %1</translation>
    </message>
</context>
<context>
    <name>CampaignTypePage</name>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Send once when you start it, at a set time, on a repeating schedule, or whenever an event happens.</source>
        <translation>Kirim sekali saat Anda memulainya, pada waktu tertentu, dengan jadwal berulang, atau setiap kali suatu peristiwa terjadi.</translation>
    </message>
    <message>
        <source>&amp;Once, when started</source>
        <translation>&amp;Sekali, saat dimulai</translation>
    </message>
    <message>
        <source>S&amp;cheduled</source>
        <translation>&amp;Terjadwal</translation>
    </message>
    <message>
        <source>Rec&amp;urring</source>
        <translation>Ber&amp;ulang</translation>
    </message>
    <message>
        <source>&amp;Triggered by an event</source>
        <translation>&amp;Dipicu oleh peristiwa</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona waktu:</translation>
    </message>
    <message>
        <source>Skip a run that is late by more than:</source>
        <translation>Lewati putaran yang terlambat lebih dari:</translation>
    </message>
    <message>
        <source>When no Herald is running at the planned time, a run that would start later than this is skipped and logged, never sent hours late.</source>
        <translation>Jika tidak ada Herald yang berjalan pada waktu yang direncanakan, putaran yang akan dimulai lebih lambat dari ini dilewati dan dicatat, tidak pernah dikirim berjam-jam terlambat.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Grace window in minutes</source>
        <translation>Batas toleransi dalam menit</translation>
    </message>
    <message>
        <source>The campaign is sent once, when you start it (you can start it from the last page).</source>
        <translation>Kampanye dikirim sekali, saat Anda memulainya (Anda dapat memulainya dari halaman terakhir).</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Tanggal dan waktu:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Ulangi:</translation>
    </message>
    <message>
        <source>At:</source>
        <translation>Pukul:</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Pada:</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Day of the month:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Starting:</source>
        <translation>Mulai:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Ending:</source>
        <translation>Berakhir:</translation>
    </message>
    <message>
        <source>Event name:</source>
        <translation>Nama peristiwa:</translation>
    </message>
    <message>
        <source>e.g. order_shipped</source>
        <translation>mis. order_shipped</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Kondisi:</translation>
    </message>
    <message>
        <source>Event field</source>
        <translation>Kolom peristiwa</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Tambah kondisi</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Hapus kondisi</translation>
    </message>
    <message>
        <source>Wait before sending:</source>
        <translation>Tunggu sebelum mengirim:</translation>
    </message>
    <message>
        <source>Unless the event</source>
        <translation>Kecuali peristiwa</translation>
    </message>
    <message>
        <source>e.g. order_cancelled</source>
        <translation>mis. order_cancelled</translation>
    </message>
    <message>
        <source>happens within</source>
        <translation>terjadi dalam</translation>
    </message>
    <message>
        <source> h</source>
        <translation> jam</translation>
    </message>
    <message>
        <source>At most once per contact every:</source>
        <translation>Paling banyak sekali per kontak setiap:</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Setiap hari</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Setiap minggu</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Setiap bulan</translation>
    </message>
    <message>
        <source>all must hold</source>
        <translation>semua harus terpenuhi</translation>
    </message>
    <message>
        <source>any may hold</source>
        <translation>salah satu cukup</translation>
    </message>
    <message>
        <source>The scheduled time has passed; choose a time in the future.</source>
        <translation>Waktu terjadwal sudah lewat; pilih waktu di masa depan.</translation>
    </message>
    <message>
        <source>Name the event that cancels the message, or clear “Unless the event”.</source>
        <translation>Sebutkan peristiwa yang membatalkan pesan, atau kosongkan “Kecuali peristiwa”.</translation>
    </message>
    <message>
        <source>Choose a recipe…</source>
        <translation>Pilih resep…</translation>
    </message>
    <message>
        <source>&amp;Use recipe</source>
        <translation>&amp;Gunakan resep</translation>
    </message>
    <message>
        <source>Start from a recipe:</source>
        <translation>Mulai dari resep:</translation>
    </message>
    <message>
        <source>none: orders never opt anyone in</source>
        <translation>tidak ada: pesanan tidak pernah membuat siapa pun opt-in</translation>
    </message>
    <message>
        <source>Where the event says the customer agreed to WhatsApp messages. A customer who is not yet a contact is added, and opted in only when this field says yes (true, yes, 1, on, checked, subscribed). An opted-out contact stays opted out.</source>
        <translation>Tempat peristiwa menyatakan bahwa pelanggan setuju menerima pesan WhatsApp. Pelanggan yang belum menjadi kontak akan ditambahkan, dan dicatat sebagai opt-in hanya jika kolom ini bernilai ya (true, yes, 1, on, checked, subscribed). Kontak yang sudah opt-out tetap opt-out.</translation>
    </message>
    <message>
        <source>Consent from the order:</source>
        <translation>Persetujuan dari pesanan:</translation>
    </message>
    <message>
        <source>Trigger conditions</source>
        <translation>Kondisi pemicu</translation>
    </message>
</context>
<context>
    <name>CampaignWizard</name>
    <message>
        <source>New campaign</source>
        <translation>Kampanye baru</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Ubah kampanye</translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation>Ubah kampanye “%1”</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>The pre-flight check found problems; fix them before starting, or save without starting.</source>
        <translation>Pemeriksaan awal menemukan masalah; perbaiki sebelum memulai, atau simpan tanpa memulai.</translation>
    </message>
    <message>
        <source>The campaign was not saved: %1</source>
        <translation>Kampanye tidak tersimpan: %1</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Search campaigns, templates, accounts…</source>
        <translation>Cari kampanye, template, akun…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>Kampanye &amp;baru…</translation>
    </message>
    <message>
        <source>Create a campaign in the wizard</source>
        <translation>Buat kampanye dengan panduan</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Change the selected campaign</source>
        <translation>Ubah kampanye yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mulai</translation>
    </message>
    <message>
        <source>Send the campaign, or continue its run</source>
        <translation>Kirim kampanye, atau lanjutkan putarannya</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Jeda</translation>
    </message>
    <message>
        <source>Pause sending within a second</source>
        <translation>Jeda pengiriman dalam satu detik</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>Continue a paused run</source>
        <translation>Lanjutkan putaran yang dijeda</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Hentikan</translation>
    </message>
    <message>
        <source>Stop the run for good</source>
        <translation>Hentikan putaran untuk seterusnya</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dasbor</translation>
    </message>
    <message>
        <source>See the selected campaign&apos;s performance</source>
        <translation>Lihat performa kampanye yang dipilih</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Belum ada kampanye</translation>
    </message>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation>Tidak dapat membaca kampanye: %1</translation>
    </message>
    <message>
        <source>Campaign saved.</source>
        <translation>Kampanye tersimpan.</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Cari kampanye</translation>
    </message>
    <message>
        <source>Press Enter on a campaign to open its dashboard</source>
        <translation>Tekan Enter pada kampanye untuk membuka dasbornya</translation>
    </message>
    <message>
        <source>A campaign sends one approved message template to a group of opted-in contacts: everyone, a tag, or the people who read or ignored an earlier campaign.</source>
        <translation>Kampanye mengirim satu template pesan yang disetujui ke sekelompok kontak yang opt-in: semua orang, satu tag, atau orang-orang yang membaca atau mengabaikan kampanye sebelumnya.</translation>
    </message>
    <message>
        <source>It then appears here, ready to Start.</source>
        <translation>Setelah itu kampanye muncul di sini, siap untuk Mulai.</translation>
    </message>
    <message>
        <source>Select a campaign to follow its run: progress, send rate, daily headroom and why a run paused or stopped.
To add a campaign: New campaign… (Ctrl+N).</source>
        <translation>Pilih kampanye untuk memantau putarannya: progres, kecepatan kirim, sisa kuota harian, dan alasan putaran dijeda atau dihentikan.
Untuk menambah kampanye: Kampanye baru… (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>sandbox or cloud-api.</source>
        <translation>sandbox atau cloud-api.</translation>
    </message>
    <message>
        <source>Graph API base URL (default https://graph.facebook.com).</source>
        <translation>URL dasar Graph API (default https://graph.facebook.com).</translation>
    </message>
    <message>
        <source>Graph API version, e.g. v23.0.</source>
        <translation>Versi Graph API, mis. v23.0.</translation>
    </message>
    <message>
        <source>The business phone number&apos;s ID.</source>
        <translation>ID nomor telepon bisnis.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID.</source>
        <translation>ID Akun WhatsApp Business.</translation>
    </message>
    <message>
        <source>The herald-relay feed URL.</source>
        <translation>URL feed herald-relay.</translation>
    </message>
    <message>
        <source>Meta&apos;s messaging limit for the number: TIER_250, TIER_2K, TIER_10K, TIER_100K or TIER_UNLIMITED (unique recipients per 24 h).</source>
        <translation>Batas pesan dari Meta untuk nomor ini: TIER_250, TIER_2K, TIER_10K, TIER_100K atau TIER_UNLIMITED (penerima unik per 24 jam).</translation>
    </message>
    <message>
        <source>Messages per second the number may send (80 by default, up to 1000).</source>
        <translation>Jumlah pesan per detik yang boleh dikirim nomor ini (default 80, maksimal 1000).</translation>
    </message>
    <message>
        <source>Meta business portfolio ID: accounts of one portfolio share one daily messaging limit (&apos;&apos; = grouped by WABA ID).</source>
        <translation>ID portofolio bisnis Meta: akun dalam satu portofolio berbagi satu batas pesan harian (&apos;&apos; = dikelompokkan menurut ID WABA).</translation>
    </message>
    <message>
        <source>on (default) or off: resend uncertain messages automatically once the account&apos;s delivery reports prove the feed is flowing.</source>
        <translation>on (default) atau off: kirim ulang pesan yang tidak pasti secara otomatis setelah laporan pengiriman akun membuktikan feed berjalan.</translation>
    </message>
    <message>
        <source>account set takes no positional arguments (secrets go through account set-secret).</source>
        <translation>account set tidak menerima argumen posisi (rahasia diatur lewat account set-secret).</translation>
    </message>
    <message>
        <source>--kind must be sandbox or cloud-api, not “%1”.</source>
        <translation>--kind harus sandbox atau cloud-api, bukan “%1”.</translation>
    </message>
    <message>
        <source>A new account needs --kind sandbox|cloud-api.</source>
        <translation>Akun baru memerlukan --kind sandbox|cloud-api.</translation>
    </message>
    <message>
        <source>--max-rate must be a whole number of messages per second.</source>
        <translation>--max-rate harus berupa bilangan bulat pesan per detik.</translation>
    </message>
    <message>
        <source>--auto-resolve must be on or off, not “%1”.</source>
        <translation>--auto-resolve harus on atau off, bukan “%1”.</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Akun tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <source>Account “%1” updated.</source>
        <translation>Akun “%1” diperbarui.</translation>
    </message>
    <message>
        <source>Account “%1” created.</source>
        <translation>Akun “%1” dibuat.</translation>
    </message>
    <message>
        <source>daily limit: %1</source>
        <translation>batas harian: %1</translation>
    </message>
    <message>
        <source>Seconds to wait for the Graph API (default 30).</source>
        <translation>Detik menunggu Graph API (default 30).</translation>
    </message>
    <message>
        <source>access-token, relay-feed-token, relay-app-secret or relay-ingest-token.</source>
        <translation>access-token, relay-feed-token, relay-app-secret atau relay-ingest-token.</translation>
    </message>
    <message>
        <source>account set-secret needs the secret&apos;s name; the value is read from standard input.</source>
        <translation>account set-secret memerlukan nama rahasia; nilainya dibaca dari input standar.</translation>
    </message>
    <message>
        <source>Unknown secret “%1”: use access-token, relay-feed-token, relay-app-secret or relay-ingest-token.</source>
        <translation>Rahasia “%1” tidak dikenal: gunakan access-token, relay-feed-token, relay-app-secret atau relay-ingest-token.</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Tidak dapat membaca input standar.</translation>
    </message>
    <message>
        <source>No value on standard input. Pipe the secret in, e.g. herald-cli account set-secret %1 &lt; file</source>
        <translation>Tidak ada nilai di input standar. Alirkan rahasia lewat pipe, mis. herald-cli account set-secret %1 &lt; file</translation>
    </message>
    <message>
        <source>Stored the %1 of account “%2” in the system keychain.</source>
        <translation>%1 milik akun “%2” disimpan di keychain sistem.</translation>
    </message>
    <message>
        <source>account list [--json]</source>
        <translation>account list [--json]</translation>
    </message>
    <message>
        <source>Lists the sending accounts.</source>
        <translation>Menampilkan akun pengirim.</translation>
    </message>
    <message>
        <source>account set [--name N] --kind sandbox|cloud-api [--graph-url URL] [--api-version V]
              [--phone-number-id ID] [--waba-id ID] [--relay-url URL] [--json]
              [--portfolio ID] [--auto-resolve on|off]</source>
        <translation>account set [--name N] --kind sandbox|cloud-api [--graph-url URL] [--api-version V]
              [--phone-number-id ID] [--waba-id ID] [--relay-url URL] [--json]
              [--portfolio ID] [--auto-resolve on|off]</translation>
    </message>
    <message>
        <source>Creates or changes a sending account.</source>
        <translation>Membuat atau mengubah akun pengirim.</translation>
    </message>
    <message>
        <source>account set-secret access-token|relay-feed-token|relay-app-secret|relay-ingest-token [--name N]
                                                          (value on stdin)</source>
        <translation>account set-secret access-token|relay-feed-token|relay-app-secret|relay-ingest-token [--name N]
                                                          (nilai dari stdin)</translation>
    </message>
    <message>
        <source>Stores one of the account&apos;s secrets in the keychain (value on stdin).</source>
        <translation>Menyimpan salah satu rahasia akun di keychain (nilai dari stdin).</translation>
    </message>
    <message>
        <source>account show [--name N] [--json]</source>
        <translation>account show [--name N] [--json]</translation>
    </message>
    <message>
        <source>Shows one account, which of its secrets are stored and its daily limit.</source>
        <translation>Menampilkan satu akun, rahasia mana yang tersimpan, dan batas hariannya.</translation>
    </message>
    <message>
        <source>account test [--name N] [--json]</source>
        <translation>account test [--name N] [--json]</translation>
    </message>
    <message>
        <source>Checks that the account can reach WhatsApp with its token.</source>
        <translation>Memeriksa apakah akun dapat terhubung ke WhatsApp dengan tokennya.</translation>
    </message>
    <message>
        <source>Seconds between scheduler passes (default 5).</source>
        <translation>Detik di antara pemeriksaan penjadwal (default 5).</translation>
    </message>
    <message>
        <source>One scheduler pass, wait for the runs it started, then exit (tests, cron).</source>
        <translation>Satu kali pemeriksaan penjadwal, tunggu putaran yang dimulainya, lalu keluar (pengujian, cron).</translation>
    </message>
    <message>
        <source>agent takes no positional arguments.</source>
        <translation>agent tidak menerima argumen posisi.</translation>
    </message>
    <message>
        <source>--tick must be a whole number of seconds from 1 to 3600.</source>
        <translation>--tick harus berupa bilangan bulat detik dari 1 sampai 3600.</translation>
    </message>
    <message>
        <source>herald-cli: the daily backup failed: %1</source>
        <translation>herald-cli: pencadangan harian gagal: %1</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Sandbox bawaan tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Pencadangan harian gagal: %1</translation>
    </message>
    <message>
        <source>herald-cli agent: workspace %1, a pass every %2 s; stop with Ctrl+C or SIGTERM.</source>
        <translation>herald-cli agent: ruang kerja %1, pemeriksaan setiap %2 dtk; hentikan dengan Ctrl+C atau SIGTERM.</translation>
    </message>
    <message>
        <source>Stopping: runs still sending are paused; continue them with `herald-cli campaign run ID`.</source>
        <translation>Menghentikan: putaran yang masih mengirim dijeda; lanjutkan dengan `herald-cli campaign run ID`.</translation>
    </message>
    <message>
        <source>Another Herald runs this workspace&apos;s scheduler; nothing done.</source>
        <translation>Herald lain menjalankan penjadwal ruang kerja ini; tidak ada yang dilakukan.</translation>
    </message>
    <message>
        <source>%1 runs started, %2 finished, %3 not ok.</source>
        <translation>%1 putaran dimulai, %2 selesai, %3 bermasalah.</translation>
    </message>
    <message>
        <source>agent [--tick SECONDS] [--once] [--json]</source>
        <translation>agent [--tick SECONDS] [--once] [--json]</translation>
    </message>
    <message>
        <source>Runs scheduled, recurring and triggered campaigns and the status feed headless.</source>
        <translation>Menjalankan kampanye terjadwal, berulang, dan yang dipicu peristiwa serta feed status tanpa tampilan.</translation>
    </message>
    <message>
        <source>Campaign name.</source>
        <translation>Nama kampanye.</translation>
    </message>
    <message>
        <source>Approved template name.</source>
        <translation>Nama template yang disetujui.</translation>
    </message>
    <message>
        <source>Template language code, e.g. en_US.</source>
        <translation>Kode bahasa template, mis. en_US.</translation>
    </message>
    <message>
        <source>Who receives it: all, tag:NAME, attr:KEY=VALUE, combined with and/or/not (default: every opted-in contact).</source>
        <translation>Siapa yang menerimanya: all, tag:NAME, attr:KEY=VALUE, digabung dengan and/or/not (default: semua kontak yang opt-in).</translation>
    </message>
    <message>
        <source>A template parameter: SLOT=SOURCE[|FALLBACK], e.g. body.1=field:name|there, header.1=attr:city, button.0=text:abc (repeatable).</source>
        <translation>Parameter template: SLOT=SOURCE[|FALLBACK], mis. body.1=field:name|there, header.1=attr:city, button.0=text:abc (bisa diulang).</translation>
    </message>
    <message>
        <source>Sending account (default: the workspace&apos;s default).</source>
        <translation>Akun pengirim (default: akun default ruang kerja).</translation>
    </message>
    <message>
        <source>campaign create needs --name, --template and --language.</source>
        <translation>campaign create memerlukan --name, --template dan --language.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” created. Send it with: herald-cli campaign run %1</source>
        <translation>Kampanye %1 “%2” dibuat. Kirim dengan: herald-cli campaign run %1</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” created (%3). Activate it with: herald-cli campaign start %1</source>
        <translation>Kampanye %1 “%2” dibuat (%3). Aktifkan dengan: herald-cli campaign start %1</translation>
    </message>
    <message>
        <source>Campaign id.</source>
        <translation>Id kampanye.</translation>
    </message>
    <message>
        <source>campaign show needs one campaign ID.</source>
        <translation>campaign show memerlukan satu ID kampanye.</translation>
    </message>
    <message>
        <source>Campaign %1 “%2”: template %3 (%4), status %5</source>
        <translation>Kampanye %1 “%2”: template %3 (%4), status %5</translation>
    </message>
    <message>
        <source>Type %1: %2</source>
        <translation>Jenis %1: %2</translation>
    </message>
    <message>
        <source>Active; next occurrence: %1</source>
        <translation>Aktif; jadwal berikutnya: %1</translation>
    </message>
    <message>
        <source>none (triggered by events)</source>
        <translation>tidak ada (dipicu oleh peristiwa)</translation>
    </message>
    <message>
        <source>Not active: start it with herald-cli campaign start %1</source>
        <translation>Tidak aktif: mulai dengan herald-cli campaign start %1</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Putaran %1: %2</translation>
    </message>
    <message>
        <source>campaign %1 needs one campaign ID.</source>
        <translation>campaign %1 memerlukan satu ID kampanye.</translation>
    </message>
    <message>
        <source>Campaign %1 has not been started; start it with: herald-cli campaign start %1</source>
        <translation>Kampanye %1 belum dimulai; mulai dengan: herald-cli campaign start %1</translation>
    </message>
    <message>
        <source>Campaign %1 is active again.</source>
        <translation>Kampanye %1 aktif kembali.</translation>
    </message>
    <message>
        <source>Campaign %1 will start no new runs.</source>
        <translation>Kampanye %1 tidak akan memulai putaran baru.</translation>
    </message>
    <message>
        <source>Asked run %1 of campaign %2 to %3.</source>
        <translation>Permintaan “%3” dikirim ke putaran %1 kampanye %2.</translation>
    </message>
    <message>
        <source>campaign pause|resume|stop ID</source>
        <translation>campaign pause|resume|stop ID</translation>
    </message>
    <message>
        <source>Pauses a campaign&apos;s sending run.</source>
        <translation>Menjeda putaran pengiriman kampanye.</translation>
    </message>
    <message>
        <source>Resumes a paused run.</source>
        <translation>Melanjutkan putaran yang dijeda.</translation>
    </message>
    <message>
        <source>Stops a run for good.</source>
        <translation>Menghentikan putaran untuk seterusnya.</translation>
    </message>
    <message>
        <source>campaign create --name N --template NAME --language CODE [--audience EXPR]
                  [--param SLOT=SOURCE[|FALLBACK]]... [--account N] [--json]
                  [--type once|scheduled|recurring|triggered] (see campaign create --help)</source>
        <translation>campaign create --name N --template NAME --language CODE [--audience EXPR]
                  [--param SLOT=SOURCE[|FALLBACK]]... [--account N] [--json]
                  [--type once|scheduled|recurring|triggered] (lihat campaign create --help)</translation>
    </message>
    <message>
        <source>Creates a campaign: template, audience, parameters and type.</source>
        <translation>Membuat kampanye: template, audiens, parameter, dan jenis.</translation>
    </message>
    <message>
        <source>New campaign name.</source>
        <translation>Nama kampanye baru.</translation>
    </message>
    <message>
        <source>Template name (give --language with it).</source>
        <translation>Nama template (sertakan --language).</translation>
    </message>
    <message>
        <source>Who receives it (see campaign create --help).</source>
        <translation>Siapa yang menerimanya (lihat campaign create --help).</translation>
    </message>
    <message>
        <source>A template parameter SLOT=SOURCE[|FALLBACK] (repeatable; replaces all of them).</source>
        <translation>Parameter template SLOT=SOURCE[|FALLBACK] (bisa diulang; menggantikan semuanya).</translation>
    </message>
    <message>
        <source>Sending account.</source>
        <translation>Akun pengirim.</translation>
    </message>
    <message>
        <source>campaign edit needs one campaign ID.</source>
        <translation>campaign edit memerlukan satu ID kampanye.</translation>
    </message>
    <message>
        <source>Changing the schedule or trigger needs --type with all of its options, as for campaign create.</source>
        <translation>Untuk mengubah jadwal atau pemicu diperlukan --type dengan semua opsinya, seperti pada campaign create.</translation>
    </message>
    <message>
        <source>There is no campaign %1.</source>
        <translation>Tidak ada kampanye %1.</translation>
    </message>
    <message>
        <source>Campaign %1 is being sent (run %2). Edit it when the run has ended, or pause it first: herald-cli campaign pause %1</source>
        <translation>Kampanye %1 sedang dikirim (putaran %2). Ubah setelah putaran selesai, atau jeda dulu: herald-cli campaign pause %1</translation>
    </message>
    <message>
        <source>Campaign %1 was not changed: %2</source>
        <translation>Kampanye %1 tidak diubah: %2</translation>
    </message>
    <message>
        <source>Campaign %1 was changed, but its schedule could not be renewed: %2</source>
        <translation>Kampanye %1 diubah, tetapi jadwalnya tidak dapat diperbarui: %2</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” changed.</source>
        <translation>Kampanye %1 “%2” diubah.</translation>
    </message>
    <message>
        <source>Runs already planned keep the messages they froze; the change applies to the next run.</source>
        <translation>Putaran yang sudah direncanakan tetap memakai pesan yang sudah dibekukan; perubahan berlaku untuk putaran berikutnya.</translation>
    </message>
    <message>
        <source>campaign edit ID [campaign create&apos;s options: only those given change] [--json]</source>
        <translation>campaign edit ID [opsi campaign create: hanya yang diberikan yang berubah] [--json]</translation>
    </message>
    <message>
        <source>Changes the options given of a campaign, keeps the rest.</source>
        <translation>Mengubah opsi kampanye yang diberikan, sisanya tetap.</translation>
    </message>
    <message>
        <source>campaign list [--json] | campaign show ID [--json]</source>
        <translation>campaign list [--json] | campaign show ID [--json]</translation>
    </message>
    <message>
        <source>Lists the campaigns.</source>
        <translation>Menampilkan daftar kampanye.</translation>
    </message>
    <message>
        <source>campaign preflight ID [--samples N] [--json]</source>
        <translation>campaign preflight ID [--samples N] [--json]</translation>
    </message>
    <message>
        <source>Checks a campaign before it starts: audience, template, headroom, cost.</source>
        <translation>Memeriksa kampanye sebelum dimulai: audiens, template, sisa kuota, biaya.</translation>
    </message>
    <message>
        <source>Lists the recipients behind one statistic of a run.</source>
        <translation>Menampilkan penerima di balik satu statistik sebuah putaran.</translation>
    </message>
    <message>
        <source>Put them back to be sent by the next `campaign run` (or the agent/app).</source>
        <translation>Kembalikan agar dikirim oleh `campaign run` berikutnya (atau agen/aplikasi).</translation>
    </message>
    <message>
        <source>Give up on them: they count as failed.</source>
        <translation>Relakan saja: dihitung sebagai gagal.</translation>
    </message>
    <message>
        <source>Only recipients without a status report for at least N minutes since their send attempt (default 30; 0 = all now).</source>
        <translation>Hanya penerima yang tidak punya laporan status selama minimal N menit sejak percobaan kirimnya (default 30; 0 = semua sekarang).</translation>
    </message>
    <message>
        <source>campaign resolve needs exactly one of --resend or --mark-failed.</source>
        <translation>campaign resolve memerlukan tepat satu dari --resend atau --mark-failed.</translation>
    </message>
    <message>
        <source>--quiet-minutes must be a whole number of minutes, 0 or more, not “%1”.</source>
        <translation>--quiet-minutes harus berupa bilangan bulat menit, 0 atau lebih, bukan “%1”.</translation>
    </message>
    <message>
        <source>The uncertain recipients of run %1 were not changed: %2</source>
        <translation>Penerima tidak pasti di putaran %1 tidak diubah: %2</translation>
    </message>
    <message>
        <source>%1 uncertain recipients of run %2 will be sent again by the next `campaign run %3` (or the agent/app).</source>
        <translation>%1 penerima tidak pasti di putaran %2 akan dikirim lagi oleh `campaign run %3` berikutnya (atau agen/aplikasi).</translation>
    </message>
    <message>
        <source>%1 uncertain recipients of run %2 marked failed.</source>
        <translation>%1 penerima tidak pasti di putaran %2 ditandai gagal.</translation>
    </message>
    <message>
        <source>Run %1 has no uncertain recipient quiet for %2 minutes.</source>
        <translation>Putaran %1 tidak punya penerima tidak pasti yang sudah diam selama %2 menit.</translation>
    </message>
    <message>
        <source>%1 still uncertain: sent less than %2 minutes ago; their delivery reports may still come.</source>
        <translation>%1 masih tidak pasti: dikirim kurang dari %2 menit lalu; laporan pengirimannya mungkin masih akan datang.</translation>
    </message>
    <message>
        <source>campaign resolve ID (--resend | --mark-failed) [--run R] [--quiet-minutes N] [--json]</source>
        <translation>campaign resolve ID (--resend | --mark-failed) [--run R] [--quiet-minutes N] [--json]</translation>
    </message>
    <message>
        <source>Decides a run&apos;s uncertain recipients: send again or mark failed.</source>
        <translation>Memutuskan penerima tidak pasti di sebuah putaran: kirim lagi atau tandai gagal.</translation>
    </message>
    <message>
        <source>The run whose failures to retry (default: the latest run).</source>
        <translation>Putaran yang kegagalannya akan dicoba ulang (default: putaran terakhir).</translation>
    </message>
    <message>
        <source>campaign retry needs one campaign ID.</source>
        <translation>campaign retry memerlukan satu ID kampanye.</translation>
    </message>
    <message>
        <source>--run needs a run id, e.g. --run 3.</source>
        <translation>--run memerlukan id putaran, mis. --run 3.</translation>
    </message>
    <message>
        <source>Campaign %1 has not run yet: nothing to retry.</source>
        <translation>Kampanye %1 belum pernah berjalan: tidak ada yang perlu dicoba ulang.</translation>
    </message>
    <message>
        <source>Campaign %1 has no run %2.</source>
        <translation>Kampanye %1 tidak punya putaran %2.</translation>
    </message>
    <message numerus="yes">
        <source>Planned retry run %1 of run %2: %n recipient(s).</source>
        <translation>
            <numerusform>Putaran coba ulang %1 dari putaran %2 direncanakan: %n penerima.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more must wait until %1 (UTC); retry again then.</source>
        <translation>
            <numerusform>%n lainnya harus menunggu sampai %1 (UTC); coba ulang lagi nanti.</numerusform>
        </translation>
    </message>
    <message>
        <source>campaign retry ID [--run R] [--json]</source>
        <translation>campaign retry ID [--run R] [--json]</translation>
    </message>
    <message>
        <source>Sends again to the failures a retry can help.</source>
        <translation>Mengirim lagi ke kegagalan yang bisa terbantu dengan percobaan ulang.</translation>
    </message>
    <message>
        <source>run %1: %2/%3 done · accepted %4 · failed %5 · skipped %6 · uncertain %7 · %8 msg/s</source>
        <translation>putaran %1: %2/%3 selesai · diterima %4 · gagal %5 · dilewati %6 · tidak pasti %7 · %8 psn/dtk</translation>
    </message>
    <message>
        <source>Messages per second (1–1000; default: the account&apos;s rate, 80 unless Meta raised it).</source>
        <translation>Pesan per detik (1–1000; default: kecepatan akun, 80 kecuali Meta menaikkannya).</translation>
    </message>
    <message>
        <source>After a stop: send a new run to the recipients the stopped run did not reach.</source>
        <translation>Setelah dihentikan: kirim putaran baru ke penerima yang belum terjangkau oleh putaran yang dihentikan.</translation>
    </message>
    <message>
        <source>campaign run needs one campaign ID.</source>
        <translation>campaign run memerlukan satu ID kampanye.</translation>
    </message>
    <message>
        <source>--rate must be a whole number of messages per second from 1 to %1.</source>
        <translation>--rate harus berupa bilangan bulat pesan per detik dari 1 sampai %1.</translation>
    </message>
    <message>
        <source>To send to them: herald-cli campaign run %1 --new-run (or Start in the desktop app).</source>
        <translation>Untuk mengirim ke mereka: herald-cli campaign run %1 --new-run (atau Mulai di aplikasi desktop).</translation>
    </message>
    <message>
        <source>Nobody is left to send to; create a new campaign to message these contacts again.</source>
        <translation>Tidak ada lagi yang perlu dikirimi; buat kampanye baru untuk mengirim pesan ke kontak-kontak ini lagi.</translation>
    </message>
    <message>
        <source>Planned run %1: %2 recipients, %3 skipped.</source>
        <translation>Putaran %1 direncanakan: %2 penerima, %3 dilewati.</translation>
    </message>
    <message>
        <source>Run %1 of campaign %2: %3.</source>
        <translation>Putaran %1 kampanye %2: %3.</translation>
    </message>
    <message>
        <source>%1 recipients: %2 accepted by WhatsApp, %3 failed, %4 skipped, %5 uncertain, %6 still planned.</source>
        <translation>%1 penerima: %2 diterima WhatsApp, %3 gagal, %4 dilewati, %5 tidak pasti, %6 masih direncanakan.</translation>
    </message>
    <message>
        <source>Uncertain recipients may or may not have received the message; their delivery reports will settle them, or resolve them in the campaign&apos;s dashboard.</source>
        <translation>Penerima yang tidak pasti mungkin sudah atau belum menerima pesan; laporan pengirimannya akan memastikannya, atau selesaikan di dasbor kampanye.</translation>
    </message>
    <message>
        <source>herald-cli agent or the open app continues it then; or run `campaign run %1` again.</source>
        <translation>herald-cli agent atau aplikasi yang terbuka akan melanjutkannya nanti; atau jalankan `campaign run %1` lagi.</translation>
    </message>
    <message>
        <source>The run ended as %1.</source>
        <translation>Putaran berakhir dengan status %1.</translation>
    </message>
    <message>
        <source>campaign run ID [--rate MPS] [--new-run] [--json]</source>
        <translation>campaign run ID [--rate MPS] [--new-run] [--json]</translation>
    </message>
    <message>
        <source>Sends the campaign&apos;s run until every recipient is resolved.</source>
        <translation>Mengirim putaran kampanye sampai semua penerima tuntas.</translation>
    </message>
    <message>
        <source>Shows one campaign and its runs.</source>
        <translation>Menampilkan satu kampanye beserta putarannya.</translation>
    </message>
    <message>
        <source>campaign start needs one campaign ID.</source>
        <translation>campaign start memerlukan satu ID kampanye.</translation>
    </message>
    <message>
        <source>Next: %1 (UTC).</source>
        <translation>Berikutnya: %1 (UTC).</translation>
    </message>
    <message>
        <source>Campaign %1 “%2” is active. %3</source>
        <translation>Kampanye %1 “%2” aktif. %3</translation>
    </message>
    <message>
        <source>It is sent by a running Herald: the desktop app while it is open, or `herald-cli agent` on a machine left on.</source>
        <translation>Kampanye ini dikirim oleh Herald yang sedang berjalan: aplikasi desktop selama terbuka, atau `herald-cli agent` di komputer yang dibiarkan menyala.</translation>
    </message>
    <message>
        <source>campaign start ID [--json]</source>
        <translation>campaign start ID [--json]</translation>
    </message>
    <message>
        <source>Sends a one-time campaign now, or activates a scheduled one.</source>
        <translation>Mengirim kampanye sekali kirim sekarang, atau mengaktifkan kampanye terjadwal.</translation>
    </message>
    <message>
        <source>Prints the seven statistics of a run.</source>
        <translation>Menampilkan tujuh statistik sebuah putaran.</translation>
    </message>
    <message>
        <source>campaign test-send ID --phone P [--json]</source>
        <translation>campaign test-send ID --phone P [--json]</translation>
    </message>
    <message>
        <source>Sends the campaign&apos;s message to one number as a test.</source>
        <translation>Mengirim pesan kampanye ke satu nomor sebagai uji coba.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Perintah “%1” tidak dikenal.</translation>
    </message>
    <message>
        <source>--workspace needs a path.</source>
        <translation>--workspace memerlukan path.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opsi %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Tidak ada perintah.</translation>
    </message>
    <message>
        <source>“%1” needs a sub-command.</source>
        <translation>“%1” memerlukan subperintah.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”.</source>
        <translation>Perintah “%1 %2” tidak dikenal.</translation>
    </message>
    <message>
        <source>Country for numbers written without a country code (ISO code, e.g. IN).</source>
        <translation>Negara untuk nomor yang ditulis tanpa kode negara (kode ISO, mis. IN).</translation>
    </message>
    <message>
        <source>Tag every imported contact (repeatable).</source>
        <translation>Beri tag pada setiap kontak yang diimpor (bisa diulang).</translation>
    </message>
    <message>
        <source>Record every imported contact as opted in.</source>
        <translation>Catat setiap kontak yang diimpor sebagai opt-in.</translation>
    </message>
    <message>
        <source>Where the opt-in was collected.</source>
        <translation>Tempat persetujuan opt-in dikumpulkan.</translation>
    </message>
    <message>
        <source>Write rejected rows, with a reason column, to this CSV.</source>
        <translation>Tulis baris yang ditolak, dengan kolom alasan, ke CSV ini.</translation>
    </message>
    <message>
        <source>contacts import needs exactly one FILE.</source>
        <translation>contacts import memerlukan tepat satu FILE.</translation>
    </message>
    <message>
        <source>--opt-in-source only makes sense with --opted-in.</source>
        <translation>--opt-in-source hanya berlaku bersama --opted-in.</translation>
    </message>
    <message>
        <source>herald-cli import</source>
        <translation>herald-cli import</translation>
    </message>
    <message>
        <source>%1 rows read: %2 new contacts, %3 updated, %4 duplicates merged, %5 rejected.</source>
        <translation>%1 baris dibaca: %2 kontak baru, %3 diperbarui, %4 duplikat digabung, %5 ditolak.</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  baris %1: %2</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  … dan %1 lainnya.</translation>
    </message>
    <message>
        <source>Pass --errors FILE.csv to save the rejected rows with their reasons.</source>
        <translation>Tambahkan --errors FILE.csv untuk menyimpan baris yang ditolak beserta alasannya.</translation>
    </message>
    <message>
        <source>The first %1 rows were imported and kept.</source>
        <translation>%1 baris pertama sudah diimpor dan disimpan.</translation>
    </message>
    <message>
        <source>contacts count takes no arguments.</source>
        <translation>contacts count tidak menerima argumen.</translation>
    </message>
    <message>
        <source>Cannot count the contacts: %1</source>
        <translation>Tidak dapat menghitung kontak: %1</translation>
    </message>
    <message>
        <source>%1 contacts: %2 opted in, %3 opted out.</source>
        <translation>%1 kontak: %2 opt-in, %3 opt-out.</translation>
    </message>
    <message>
        <source>CSV file to write.</source>
        <translation>File CSV yang akan ditulis.</translation>
    </message>
    <message>
        <source>contacts export needs exactly one FILE.</source>
        <translation>contacts export memerlukan tepat satu FILE.</translation>
    </message>
    <message>
        <source>%1 contacts written to %2.</source>
        <translation>%1 kontak ditulis ke %2.</translation>
    </message>
    <message>
        <source>There is no account named “%1”. Create it with: herald-cli account set --name %1 --kind …</source>
        <translation>Tidak ada akun bernama “%1”. Buat dengan: herald-cli account set --name %1 --kind …</translation>
    </message>
    <message>
        <source>The workspace has no account. Create one with: herald-cli account set --kind …</source>
        <translation>Ruang kerja belum punya akun. Buat dengan: herald-cli account set --kind …</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontak:</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Akun:</translation>
    </message>
    <message>
        <source>Templates:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Campaigns and delivery reports:</source>
        <translation>Kampanye dan laporan pengiriman:</translation>
    </message>
    <message>
        <source>Business events and investigation:</source>
        <translation>Peristiwa bisnis dan penelusuran:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Ruang kerja:</translation>
    </message>
    <message>
        <source>Usage: herald-cli [--workspace PATH] &lt;command&gt; [options]</source>
        <translation>Penggunaan: herald-cli [--workspace PATH] &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Run &apos;herald-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Jalankan &apos;herald-cli &lt;command&gt; --help&apos; untuk melihat opsi sebuah perintah.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Run &apos;herald-cli help &lt;command&gt;&apos; for a command&apos;s options.</source>
        <translation>Jalankan &apos;herald-cli help &lt;command&gt;&apos; untuk melihat opsi sebuah perintah.</translation>
    </message>
    <message>
        <source>PHONE “%1”: %2</source>
        <translation>PHONE “%1”: %2</translation>
    </message>
    <message>
        <source>No contact has the number %1. Add it with: herald-cli contacts add %1</source>
        <translation>Tidak ada kontak dengan nomor %1. Tambahkan dengan: herald-cli contacts add %1</translation>
    </message>
    <message>
        <source>--attr “%1” should look like city=Pune (KEY=VALUE).</source>
        <translation>--attr “%1” seharusnya seperti city=Pune (KEY=VALUE).</translation>
    </message>
    <message>
        <source>The new contact&apos;s number.</source>
        <translation>Nomor kontak baru.</translation>
    </message>
    <message>
        <source>The contact&apos;s name.</source>
        <translation>Nama kontak.</translation>
    </message>
    <message>
        <source>Tag the contact (repeatable).</source>
        <translation>Beri tag pada kontak (bisa diulang).</translation>
    </message>
    <message>
        <source>Record the contact as opted in.</source>
        <translation>Catat kontak sebagai opt-in.</translation>
    </message>
    <message>
        <source>contacts add needs exactly one PHONE number.</source>
        <translation>contacts add memerlukan tepat satu nomor PHONE.</translation>
    </message>
    <message>
        <source>--opted-in and --opt-in-source go together: say where the consent was collected.</source>
        <translation>--opted-in dan --opt-in-source harus dipakai bersama: sebutkan di mana persetujuan dikumpulkan.</translation>
    </message>
    <message>
        <source>A contact with the number %1 exists already%2. Change it with: herald-cli contacts edit %1</source>
        <translation>Kontak dengan nomor %1 sudah ada%2. Ubah dengan: herald-cli contacts edit %1</translation>
    </message>
    <message>
        <source>Cannot add the contact: %1</source>
        <translation>Tidak dapat menambah kontak: %1</translation>
    </message>
    <message>
        <source>Added contact %1.</source>
        <translation>Kontak %1 ditambahkan.</translation>
    </message>
    <message>
        <source>Not opted in: campaigns will not send to it until it opts in (contacts opt-in %1 --source S).</source>
        <translation>Belum opt-in: kampanye tidak akan mengirim ke kontak ini sampai ia opt-in (contacts opt-in %1 --source S).</translation>
    </message>
    <message>
        <source>The contact&apos;s number.</source>
        <translation>Nomor kontak.</translation>
    </message>
    <message>
        <source>The contact&apos;s new name.</source>
        <translation>Nama baru kontak.</translation>
    </message>
    <message>
        <source>Remove an attribute (repeatable).</source>
        <translation>Hapus atribut (bisa diulang).</translation>
    </message>
    <message>
        <source>contacts edit needs exactly one PHONE number.</source>
        <translation>contacts edit memerlukan tepat satu nomor PHONE.</translation>
    </message>
    <message>
        <source>contacts edit needs --name, --attr or --unset-attr: nothing to change.</source>
        <translation>contacts edit memerlukan --name, --attr atau --unset-attr: tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>--name cannot be empty.</source>
        <translation>--name tidak boleh kosong.</translation>
    </message>
    <message>
        <source>--attr and --unset-attr both name “%1”.</source>
        <translation>--attr dan --unset-attr sama-sama menyebut “%1”.</translation>
    </message>
    <message>
        <source>Cannot change the contact: %1</source>
        <translation>Tidak dapat mengubah kontak: %1</translation>
    </message>
    <message>
        <source>Changed contact %1.</source>
        <translation>Kontak %1 diubah.</translation>
    </message>
    <message>
        <source>Contact numbers (one or more).</source>
        <translation>Nomor kontak (satu atau lebih).</translation>
    </message>
    <message>
        <source>The tag.</source>
        <translation>Tag-nya.</translation>
    </message>
    <message>
        <source>Where the opt-in was collected (required).</source>
        <translation>Tempat persetujuan opt-in dikumpulkan (wajib).</translation>
    </message>
    <message>
        <source>Why the contact opted out (kept with it).</source>
        <translation>Alasan kontak opt-out (disimpan bersamanya).</translation>
    </message>
    <message>
        <source>%1 needs at least one PHONE number.</source>
        <translation>%1 memerlukan minimal satu nomor PHONE.</translation>
    </message>
    <message>
        <source>%1 needs --tag T.</source>
        <translation>%1 memerlukan --tag T.</translation>
    </message>
    <message>
        <source>contacts opt-in needs --source S: where the contact gave consent (an explicit opt-in is the only way to undo an opt-out).</source>
        <translation>contacts opt-in memerlukan --source S: tempat kontak memberi persetujuan (opt-in yang eksplisit adalah satu-satunya cara membatalkan opt-out).</translation>
    </message>
    <message numerus="yes">
        <source>Tagged %n contact(s) with “%1”.</source>
        <translation>
            <numerusform>%n kontak diberi tag “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from %n contact(s).</source>
        <translation>
            <numerusform>“%1” dihapus dari %n kontak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opted in %n contact(s).</source>
        <translation>
            <numerusform>%n kontak dicatat sebagai opt-in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Opted out with herald-cli</source>
        <translation>Opt-out lewat herald-cli</translation>
    </message>
    <message numerus="yes">
        <source>Opted out %n contact(s).</source>
        <translation>
            <numerusform>%n kontak dicatat sebagai opt-out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot delete the contacts: %1</source>
        <translation>Tidak dapat menghapus kontak: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n contact(s) and their consent records.</source>
        <translation>
            <numerusform>%n kontak beserta catatan persetujuannya dihapus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the contacts: %1</source>
        <translation>Tidak dapat mengubah kontak: %1</translation>
    </message>
    <message>
        <source>Text in the name, phone, a tag or an attribute value.</source>
        <translation>Teks pada nama, nomor telepon, tag, atau nilai atribut.</translation>
    </message>
    <message>
        <source>At most this many contacts (default 100).</source>
        <translation>Paling banyak sejumlah ini kontak (default 100).</translation>
    </message>
    <message>
        <source>contacts search needs one TEXT to look for.</source>
        <translation>contacts search memerlukan satu TEXT yang dicari.</translation>
    </message>
    <message>
        <source>--limit must be a whole number, 1 or more.</source>
        <translation>--limit harus berupa bilangan bulat, 1 atau lebih.</translation>
    </message>
    <message>
        <source>%1 of %2 matches shown; pass --limit N for more.</source>
        <translation>Menampilkan %1 dari %2 hasil; tambahkan --limit N untuk melihat lebih banyak.</translation>
    </message>
    <message>
        <source>contacts add PHONE [--name N] [--default-region CC] [--tag T]... [--attr KEY=VALUE]...
                     [--opted-in --opt-in-source S] [--json]</source>
        <translation>contacts add PHONE [--name N] [--default-region CC] [--tag T]... [--attr KEY=VALUE]...
                     [--opted-in --opt-in-source S] [--json]</translation>
    </message>
    <message>
        <source>Adds one contact, or updates the one with that number.</source>
        <translation>Menambah satu kontak, atau memperbarui kontak dengan nomor tersebut.</translation>
    </message>
    <message>
        <source>contacts tag|untag PHONE... --tag T [--json]</source>
        <translation>contacts tag|untag PHONE... --tag T [--json]</translation>
    </message>
    <message>
        <source>Tags contacts.</source>
        <translation>Memberi tag pada kontak.</translation>
    </message>
    <message>
        <source>Removes a tag from contacts.</source>
        <translation>Menghapus tag dari kontak.</translation>
    </message>
    <message>
        <source>contacts opt-in PHONE... --source S [--json] | contacts opt-out PHONE... [--reason R] [--json]</source>
        <translation>contacts opt-in PHONE... --source S [--json] | contacts opt-out PHONE... [--reason R] [--json]</translation>
    </message>
    <message>
        <source>Records contacts as opted in.</source>
        <translation>Mencatat kontak sebagai opt-in.</translation>
    </message>
    <message>
        <source>Records contacts as opted out.</source>
        <translation>Mencatat kontak sebagai opt-out.</translation>
    </message>
    <message>
        <source>contacts delete PHONE... [--json]</source>
        <translation>contacts delete PHONE... [--json]</translation>
    </message>
    <message>
        <source>Deletes contacts.</source>
        <translation>Menghapus kontak.</translation>
    </message>
    <message>
        <source>contacts count [--json]</source>
        <translation>contacts count [--json]</translation>
    </message>
    <message>
        <source>Counts the contacts: all, opted in, opted out.</source>
        <translation>Menghitung kontak: semua, opt-in, opt-out.</translation>
    </message>
    <message>
        <source>contacts edit PHONE [--name N] [--attr KEY=VALUE]... [--unset-attr KEY]... [--json]</source>
        <translation>contacts edit PHONE [--name N] [--attr KEY=VALUE]... [--unset-attr KEY]... [--json]</translation>
    </message>
    <message>
        <source>Changes a contact&apos;s name and attributes.</source>
        <translation>Mengubah nama dan atribut kontak.</translation>
    </message>
    <message>
        <source>Writes every contact to a CSV file.</source>
        <translation>Menulis semua kontak ke file CSV.</translation>
    </message>
    <message>
        <source>contacts history PHONE [--default-region CC] [--json]</source>
        <translation>contacts history PHONE [--default-region CC] [--json]</translation>
    </message>
    <message>
        <source>Prints everything Herald knows happened with one number.</source>
        <translation>Menampilkan semua yang diketahui Herald tentang satu nomor.</translation>
    </message>
    <message>
        <source>contacts import FILE [--default-region CC] [--tag T]... [--opted-in --opt-in-source S]
                       [--errors OUT.csv] [--json]</source>
        <translation>contacts import FILE [--default-region CC] [--tag T]... [--opted-in --opt-in-source S]
                       [--errors OUT.csv] [--json]</translation>
    </message>
    <message>
        <source>Imports contacts from a CSV file.</source>
        <translation>Mengimpor kontak dari file CSV.</translation>
    </message>
    <message>
        <source>contacts search TEXT [--limit N] [--json]</source>
        <translation>contacts search TEXT [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Finds contacts by number, name, tag or attribute.</source>
        <translation>Mencari kontak menurut nomor, nama, tag, atau atribut.</translation>
    </message>
    <message>
        <source>tapped “%1”</source>
        <translation>mengetuk “%1”</translation>
    </message>
    <message>
        <source>opted out</source>
        <translation>opt-out</translation>
    </message>
    <message>
        <source>from WhatsApp id %1</source>
        <translation>dari id WhatsApp %1</translation>
    </message>
    <message>
        <source>The phone number to investigate.</source>
        <translation>Nomor telepon yang akan diperiksa.</translation>
    </message>
    <message>
        <source>Country for a number written without its country code (ISO code, e.g. IN).</source>
        <translation>Negara untuk nomor yang ditulis tanpa kode negaranya (kode ISO, mis. IN).</translation>
    </message>
    <message>
        <source>contacts history needs exactly one PHONE number.</source>
        <translation>contacts history memerlukan tepat satu nomor PHONE.</translation>
    </message>
    <message>
        <source>PHONE: %1</source>
        <translation>PHONE: %1</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>Tidak dapat membaca riwayat %1: %2</translation>
    </message>
    <message>
        <source>Herald knows nothing about %1: no contact, message, reply or event has this number.</source>
        <translation>Herald tidak tahu apa pun tentang %1: tidak ada kontak, pesan, balasan, atau peristiwa dengan nomor ini.</translation>
    </message>
    <message>
        <source>WhatsApp names this number %1.</source>
        <translation>WhatsApp menamai nomor ini %1.</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>Tidak ada kontak dengan nomor ini.</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2).</source>
        <translation>Opt-out pada %1 (%2).</translation>
    </message>
    <message>
        <source>%1 (campaign %2, run %3): %4</source>
        <translation>%1 (kampanye %2, putaran %3): %4</translation>
    </message>
    <message>
        <source>error %1 %2</source>
        <translation>error %1 %2</translation>
    </message>
    <message>
        <source>reply: %1</source>
        <translation>balasan: %1</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>dilewati: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>catatan: %1</translation>
    </message>
    <message>
        <source>Test send of %1 (%2) at %3: %4</source>
        <translation>Uji coba kirim %1 (%2) pada %3: %4</translation>
    </message>
    <message>
        <source>From the customer, answering no message above:</source>
        <translation>Dari pelanggan, bukan balasan atas pesan di atas:</translation>
    </message>
    <message>
        <source>message: %1</source>
        <translation>pesan: %1</translation>
    </message>
    <message>
        <source>Event %1 at %2</source>
        <translation>Peristiwa %1 pada %2</translation>
    </message>
    <message>
        <source>%1 messages, %2 test sends, %3 from the customer, %4 business events. --json adds the raw webhook payloads.</source>
        <translation>%1 pesan, %2 uji coba kirim, %3 dari pelanggan, %4 peristiwa bisnis. --json menambahkan data mentah webhook.</translation>
    </message>
    <message>
        <source>The event&apos;s name, e.g. order_placed.</source>
        <translation>Nama peristiwa, mis. order_placed.</translation>
    </message>
    <message>
        <source>The customer&apos;s phone number with its country code.</source>
        <translation>Nomor telepon pelanggan beserta kode negaranya.</translation>
    </message>
    <message>
        <source>Details of the event as a JSON object.</source>
        <translation>Rincian peristiwa sebagai objek JSON.</translation>
    </message>
    <message>
        <source>When it happened: ISO 8601 (e.g. 2026-11-25T10:00:00Z; default: now).</source>
        <translation>Kapan terjadinya: ISO 8601 (mis. 2026-11-25T10:00:00Z; default: sekarang).</translation>
    </message>
    <message>
        <source>Account name (default: the workspace&apos;s default account).</source>
        <translation>Nama akun (default: akun default ruang kerja).</translation>
    </message>
    <message>
        <source>events push needs exactly one event NAME, e.g. herald-cli events push order_placed --phone +14155550123</source>
        <translation>events push memerlukan tepat satu NAME peristiwa, mis. herald-cli events push order_placed --phone +14155550123</translation>
    </message>
    <message>
        <source>events push needs --phone with the customer&apos;s number.</source>
        <translation>events push memerlukan --phone dengan nomor pelanggan.</translation>
    </message>
    <message>
        <source>NAME: %1</source>
        <translation>NAME: %1</translation>
    </message>
    <message>
        <source>--phone: %1</source>
        <translation>--phone: %1</translation>
    </message>
    <message>
        <source>--data is not valid JSON: %1 (at character %2).</source>
        <translation>--data bukan JSON yang valid: %1 (pada karakter %2).</translation>
    </message>
    <message>
        <source>--data must be a JSON object, e.g. &apos;{&quot;order_id&quot;: &quot;A-17&quot;}&apos;.</source>
        <translation>--data harus berupa objek JSON, mis. &apos;{&quot;order_id&quot;: &quot;A-17&quot;}&apos;.</translation>
    </message>
    <message>
        <source>--occurred-at must be an ISO 8601 time such as 2026-11-25T10:00:00Z, not %1.</source>
        <translation>--occurred-at harus berupa waktu ISO 8601 seperti 2026-11-25T10:00:00Z, bukan %1.</translation>
    </message>
    <message>
        <source>No relay ingest token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-ingest-token --name %1 &lt; token.txt</source>
        <translation>Belum ada token ingest relay yang tersimpan untuk akun “%1”. Simpan dengan: herald-cli account set-secret relay-ingest-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>Event “%1” for %2 stored on the relay (cursor %3).</source>
        <translation>Peristiwa “%1” untuk %2 disimpan di relay (kursor %3).</translation>
    </message>
    <message>
        <source>Event “%1” for %2 recorded in the workspace (event %3).</source>
        <translation>Peristiwa “%1” untuk %2 dicatat di ruang kerja (peristiwa %3).</translation>
    </message>
    <message>
        <source>events push NAME --phone P [--data JSON] [--occurred-at ISO] [--account A] [--json]</source>
        <translation>events push NAME --phone P [--data JSON] [--occurred-at ISO] [--account A] [--json]</translation>
    </message>
    <message>
        <source>Records a business event for triggered campaigns.</source>
        <translation>Mencatat peristiwa bisnis untuk kampanye yang dipicu peristiwa.</translation>
    </message>
    <message>
        <source>Give one campaign ID.</source>
        <translation>Berikan satu ID kampanye.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n detik</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 jam %2 mnt</translation>
    </message>
    <message>
        <source>Audience: decided per event (triggered campaign)</source>
        <translation>Audiens: ditentukan per peristiwa (kampanye yang dipicu peristiwa)</translation>
    </message>
    <message>
        <source>Audience: %1 contact(s)</source>
        <translation>Audiens: %1 kontak</translation>
    </message>
    <message>
        <source>Excluded: %1 opted out, %2 never opted in</source>
        <translation>Dikecualikan: %1 opt-out, %2 tidak pernah opt-in</translation>
    </message>
    <message>
        <source>Missing parameters: %1</source>
        <translation>Parameter yang kurang: %1</translation>
    </message>
    <message>
        <source>Template: %1, quality %2, category %3</source>
        <translation>Template: %1, kualitas %2, kategori %3</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Sample for %1:</source>
        <translation>Contoh untuk %1:</translation>
    </message>
    <message>
        <source>Headroom: no limit known (%1)</source>
        <translation>Sisa kuota: batas tidak diketahui (%1)</translation>
    </message>
    <message>
        <source>tier not known</source>
        <translation>tingkat tidak diketahui</translation>
    </message>
    <message>
        <source>Headroom: %1 of %2 left today (%3, %4 used)</source>
        <translation>Sisa kuota: tersisa %1 dari %2 hari ini (%3, %4 terpakai)</translation>
    </message>
    <message>
        <source>Duration: about %1 at %2 msg/s</source>
        <translation>Durasi: sekitar %1 pada %2 psn/dtk</translation>
    </message>
    <message>
        <source>Cost: no estimate (the rate card is empty)</source>
        <translation>Biaya: tidak ada perkiraan (daftar tarif kosong)</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Masalah: %1</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>Siap dimulai.</translation>
    </message>
    <message>
        <source>Cannot start until the problems are fixed.</source>
        <translation>Tidak dapat dimulai sampai masalahnya diperbaiki.</translation>
    </message>
    <message>
        <source>Rendered messages to show (default 3).</source>
        <translation>Jumlah pesan jadi yang ditampilkan (default 3).</translation>
    </message>
    <message>
        <source>The number to send the test to (with country code).</source>
        <translation>Nomor tujuan pesan uji coba (dengan kode negara).</translation>
    </message>
    <message>
        <source>campaign test-send needs --phone.</source>
        <translation>campaign test-send memerlukan --phone.</translation>
    </message>
    <message>
        <source>ISO country code (default: any country).</source>
        <translation>Kode negara ISO (default: semua negara).</translation>
    </message>
    <message>
        <source>Currency (default USD).</source>
        <translation>Mata uang (default USD).</translation>
    </message>
    <message>
        <source>MARKETING, UTILITY, AUTHENTICATION or SERVICE.</source>
        <translation>MARKETING, UTILITY, AUTHENTICATION atau SERVICE.</translation>
    </message>
    <message>
        <source>Price of one message.</source>
        <translation>Harga satu pesan.</translation>
    </message>
    <message>
        <source>The rate&apos;s category.</source>
        <translation>Kategori tarif.</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like 0.0107.</source>
        <translation>“%1” bukan harga; tulis seperti 0.0107.</translation>
    </message>
    <message>
        <source>The rate card is empty: pre-flight checks give no cost estimate.</source>
        <translation>Daftar tarif kosong: pemeriksaan awal tidak memberi perkiraan biaya.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>Rate saved.</source>
        <translation>Tarif disimpan.</translation>
    </message>
    <message>
        <source>Rate removed.</source>
        <translation>Tarif dihapus.</translation>
    </message>
    <message>
        <source>Sets the price of one message category.</source>
        <translation>Menetapkan harga satu kategori pesan.</translation>
    </message>
    <message>
        <source>Lists the rate card.</source>
        <translation>Menampilkan daftar tarif.</translation>
    </message>
    <message>
        <source>Removes a price from the rate card.</source>
        <translation>Menghapus harga dari daftar tarif.</translation>
    </message>
    <message>
        <source>Run id (default: the latest run).</source>
        <translation>Id putaran (default: putaran terakhir).</translation>
    </message>
    <message>
        <source>Write a CSV file instead.</source>
        <translation>Tulis file CSV sebagai gantinya.</translation>
    </message>
    <message>
        <source>Campaign %1 has not run yet.</source>
        <translation>Kampanye %1 belum pernah berjalan.</translation>
    </message>
    <message>
        <source>Campaign %1 has no run “%2”.</source>
        <translation>Kampanye %1 tidak punya putaran “%2”.</translation>
    </message>
    <message>
        <source>Choose either --json or --csv.</source>
        <translation>Pilih salah satu: --json atau --csv.</translation>
    </message>
    <message>
        <source>Campaign %1, run %2</source>
        <translation>Kampanye %1, putaran %2</translation>
    </message>
    <message>
        <source>Which statistic: %1; or skipped (never attempted, with the reason).</source>
        <translation>Statistik yang mana: %1; atau skipped (tidak pernah dicoba, beserta alasannya).</translation>
    </message>
    <message>
        <source>Only failures with this error code.</source>
        <translation>Hanya kegagalan dengan kode error ini.</translation>
    </message>
    <message>
        <source>--stat must be one of: %1, skipped.</source>
        <translation>--stat harus salah satu dari: %1, skipped.</translation>
    </message>
    <message>
        <source>--reason only goes with --stat failed: skipped rows have a reason text, not a code.</source>
        <translation>--reason hanya bisa dipakai dengan --stat failed: baris yang dilewati punya teks alasan, bukan kode.</translation>
    </message>
    <message>
        <source>--reason needs a numeric error code.</source>
        <translation>--reason memerlukan kode error berupa angka.</translation>
    </message>
    <message>
        <source>Keep polling until the feed has had no new events for SECONDS (default: one pass until the relay has nothing more).</source>
        <translation>Terus periksa sampai feed tidak punya peristiwa baru selama SECONDS (default: satu kali sampai relay tidak punya data lagi).</translation>
    </message>
    <message>
        <source>sync takes no positional arguments.</source>
        <translation>sync tidak menerima argumen posisi.</translation>
    </message>
    <message>
        <source>--until-idle needs a whole number of seconds, at least 1.</source>
        <translation>--until-idle memerlukan bilangan bulat detik, minimal 1.</translation>
    </message>
    <message>
        <source>The account “%1” has no relay. Set one with: herald-cli account set --name %1 --relay-url URL</source>
        <translation>Akun “%1” tidak punya relay. Atur dengan: herald-cli account set --name %1 --relay-url URL</translation>
    </message>
    <message>
        <source>No relay feed token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation>Belum ada token feed relay yang tersimpan untuk akun “%1”. Simpan dengan: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>The sync stopped.</source>
        <translation>Sinkronisasi berhenti.</translation>
    </message>
    <message>
        <source>%1 events from the relay: %2 statuses applied (%3 duplicates), %4 replies attributed, %5 opt-outs, %6 opt-ins, %7 unmatched. Cursor %8.</source>
        <translation>%1 peristiwa dari relay: %2 status diterapkan (%3 duplikat), %4 balasan dikaitkan, %5 opt-out, %6 opt-in, %7 tidak cocok. Kursor %8.</translation>
    </message>
    <message>
        <source>%1 business events stored, %2 not usable (kept as raw payloads).</source>
        <translation>%1 peristiwa bisnis disimpan, %2 tidak dapat dipakai (disimpan sebagai data mentah).</translation>
    </message>
    <message>
        <source>sync [--name N] [--until-idle SECONDS] [--json]</source>
        <translation>sync [--name N] [--until-idle SECONDS] [--json]</translation>
    </message>
    <message>
        <source>Fetches statuses, replies and opt-outs from the account&apos;s relay.</source>
        <translation>Mengambil status, balasan, dan opt-out dari relay akun.</translation>
    </message>
    <message>
        <source>Seconds to wait for each page (default 30).</source>
        <translation>Detik menunggu setiap halaman (default 30).</translation>
    </message>
    <message>
        <source>%1 templates: %2 added, %3 updated, %4 removed upstream.</source>
        <translation>%1 template: %2 ditambahkan, %3 diperbarui, %4 dihapus di Meta.</translation>
    </message>
    <message>
        <source>DELETED upstream</source>
        <translation>DELETED di Meta</translation>
    </message>
    <message>
        <source>A template in the Graph API&apos;s JSON shape.</source>
        <translation>Template dalam bentuk JSON Graph API.</translation>
    </message>
    <message>
        <source>templates validate needs exactly one FILE.json.</source>
        <translation>templates validate memerlukan tepat satu FILE.json.</translation>
    </message>
    <message>
        <source>%1: no rule violations.</source>
        <translation>%1: tidak ada pelanggaran aturan.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2 at byte %3).</source>
        <translation>%1 bukan objek JSON (%2 pada byte %3).</translation>
    </message>
    <message numerus="yes">
        <source>“%1” breaks %n of Meta&apos;s template rule(s); nothing was stored.</source>
        <translation>
            <numerusform>“%1” melanggar %n aturan template Meta; tidak ada yang disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace a local draft with the same name and language.</source>
        <translation>Ganti draf lokal yang nama dan bahasanya sama.</translation>
    </message>
    <message>
        <source>templates create needs exactly one FILE.json.</source>
        <translation>templates create memerlukan tepat satu FILE.json.</translation>
    </message>
    <message>
        <source>A template “%1” in %2 exists at Meta already (status %3). Choose another name.</source>
        <translation>Template “%1” dalam %2 sudah ada di Meta (status %3). Pilih nama lain.</translation>
    </message>
    <message>
        <source>A draft “%1” in %2 exists already. Pass --replace to replace it.</source>
        <translation>Draf “%1” dalam %2 sudah ada. Tambahkan --replace untuk menggantinya.</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Template tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Draft “%1” (%2) saved. Submit it for review with: herald-cli templates submit %1 --language %2</source>
        <translation>Draf “%1” (%2) disimpan. Ajukan untuk ditinjau dengan: herald-cli templates submit %1 --language %2</translation>
    </message>
    <message>
        <source>The stored template&apos;s name.</source>
        <translation>Nama template yang disimpan.</translation>
    </message>
    <message>
        <source>Its language code, e.g. en_US.</source>
        <translation>Kode bahasanya, mis. en_US.</translation>
    </message>
    <message>
        <source>templates submit needs a template NAME and --language L.</source>
        <translation>templates submit memerlukan NAME template dan --language L.</translation>
    </message>
    <message>
        <source>The account “%1” has no template “%2” in %3. Store it first with: herald-cli templates create FILE.json</source>
        <translation>Akun “%1” tidak punya template “%2” dalam %3. Simpan dulu dengan: herald-cli templates create FILE.json</translation>
    </message>
    <message>
        <source>The sandbox approved “%1” at once: it simulates Meta&apos;s review.</source>
        <translation>Sandbox langsung menyetujui “%1”: sandbox meniru peninjauan Meta.</translation>
    </message>
    <message>
        <source>“%1” was submitted for review (status %2); Meta answers within 24 hours. See it with: herald-cli templates sync</source>
        <translation>“%1” sudah diajukan untuk ditinjau (status %2); Meta menjawab dalam 24 jam. Lihat dengan: herald-cli templates sync</translation>
    </message>
    <message>
        <source>templates create FILE.json [--name N] [--replace] [--json]</source>
        <translation>templates create FILE.json [--name N] [--replace] [--json]</translation>
    </message>
    <message>
        <source>Saves a template file as a draft.</source>
        <translation>Menyimpan file template sebagai draf.</translation>
    </message>
    <message>
        <source>templates list [--name N] [--json]</source>
        <translation>templates list [--name N] [--json]</translation>
    </message>
    <message>
        <source>Lists the account&apos;s message templates.</source>
        <translation>Menampilkan template pesan milik akun.</translation>
    </message>
    <message>
        <source>templates submit NAME --language L [--name N] [--json]</source>
        <translation>templates submit NAME --language L [--name N] [--json]</translation>
    </message>
    <message>
        <source>Submits a draft template to Meta for review.</source>
        <translation>Mengajukan draf template ke Meta untuk ditinjau.</translation>
    </message>
    <message>
        <source>templates sync [--name N] [--json]</source>
        <translation>templates sync [--name N] [--json]</translation>
    </message>
    <message>
        <source>Fetches the account&apos;s message templates.</source>
        <translation>Mengambil template pesan milik akun.</translation>
    </message>
    <message>
        <source>templates validate FILE.json [--json]</source>
        <translation>templates validate FILE.json [--json]</translation>
    </message>
    <message>
        <source>Checks a template file against Meta&apos;s rules.</source>
        <translation>Memeriksa file template terhadap aturan Meta.</translation>
    </message>
    <message>
        <source>workspace backup [--to FILE] [--json]</source>
        <translation>workspace backup [--to FILE] [--json]</translation>
    </message>
    <message>
        <source>Writes a backup copy of the workspace.</source>
        <translation>Menulis salinan cadangan ruang kerja.</translation>
    </message>
    <message>
        <source>Write the backup to this file instead of the rolling folder &lt;workspace&gt;.backups/.</source>
        <translation>Tulis cadangan ke file ini, bukan ke folder bergilir &lt;workspace&gt;.backups/.</translation>
    </message>
    <message>
        <source>workspace backup takes no arguments (use --to FILE to choose the file).</source>
        <translation>workspace backup tidak menerima argumen (gunakan --to FILE untuk memilih file).</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 bytes).</source>
        <translation>%1 dicadangkan ke %2 (%3 byte).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Cadangan yang akan dipulihkan.</translation>
    </message>
    <message>
        <source>workspace restore needs exactly one FILE (a backup, e.g. from &lt;workspace&gt;.backups/).</source>
        <translation>workspace restore memerlukan tepat satu FILE (cadangan, mis. dari &lt;workspace&gt;.backups/).</translation>
    </message>
    <message>
        <source>The backup was put in place but cannot be opened: %1</source>
        <translation>Cadangan sudah dipasang tetapi tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (%3 contacts). Its previous state is kept in %4.</source>
        <translation>%1 dipulihkan dari %2 (%3 kontak). Keadaan sebelumnya disimpan di %4.</translation>
    </message>
    <message>
        <source>workspace restore FILE [--json]</source>
        <translation>workspace restore FILE [--json]</translation>
    </message>
    <message>
        <source>Replaces the workspace with a backup copy.</source>
        <translation>Mengganti ruang kerja dengan salinan cadangan.</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Biaya: %1</translation>
    </message>
    <message>
        <source>campaign recipients ID --stat STAT|skipped [--reason CODE] [--run R] [--json | --csv FILE [--separator SEP]]</source>
        <translation>campaign recipients ID --stat STAT|skipped [--reason CODE] [--run R] [--json | --csv FILE [--separator SEP]]</translation>
    </message>
    <message>
        <source>campaign stats ID [--run R] [--json | --csv FILE [--separator SEP]]</source>
        <translation>campaign stats ID [--run R] [--json | --csv FILE [--separator SEP]]</translation>
    </message>
    <message>
        <source>Column separator of the CSV file: , (default), ; or tab (Excel where the decimal separator is a comma expects ;).</source>
        <translation>Pemisah kolom file CSV: , (default), ; atau tab (Excel di wilayah yang memakai koma sebagai pemisah desimal mengharapkan ;).</translation>
    </message>
    <message>
        <source>--separator must be , or ; or tab, not “%1”.</source>
        <translation>--separator harus , atau ; atau tab, bukan “%1”.</translation>
    </message>
    <message>
        <source>contacts export FILE [--separator SEP] [--json]</source>
        <translation>contacts export FILE [--separator SEP] [--json]</translation>
    </message>
    <message>
        <source>%1 (campaign %2): %3</source>
        <translation>%1 (kampanye %2): %3</translation>
    </message>
    <message>
        <source>Country of a --phone written without its country code (ISO 3166, e.g. IN).</source>
        <translation>Negara untuk --phone yang ditulis tanpa kode negaranya (ISO 3166, mis. IN).</translation>
    </message>
    <message>
        <source>--region: “%1” is not a country code; use two letters such as IN or DE.</source>
        <translation>--region: “%1” bukan kode negara; gunakan dua huruf seperti IN atau DE.</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=…]</source>
        <translation>postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=…]</translation>
    </message>
    <message>
        <source>workspace login takes one URL: herald-cli workspace login postgresql://USER@HOST/DBNAME &lt; password-file</source>
        <translation>workspace login menerima satu URL saja: herald-cli workspace login postgresql://USER@HOST/DBNAME &lt; password-file</translation>
    </message>
    <message>
        <source>No password on standard input. Pipe it in: herald-cli workspace login %1 &lt; password-file</source>
        <translation>Tidak ada kata sandi di input standar. Alirkan lewat pipe: herald-cli workspace login %1 &lt; password-file</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <translation>Kata sandi tidak disimpan: %1</translation>
    </message>
    <message>
        <source>Logged in to %1; the password is stored in the keychain and used whenever this URL is opened.</source>
        <translation>Berhasil masuk ke %1; kata sandi disimpan di keychain dan dipakai setiap kali URL ini dibuka.</translation>
    </message>
    <message>
        <source>workspace login URL [--json]</source>
        <translation>workspace login URL [--json]</translation>
    </message>
    <message>
        <source>Stores a PostgreSQL workspace&apos;s password (read from standard input) in the keychain.</source>
        <translation>Menyimpan kata sandi ruang kerja PostgreSQL (dibaca dari input standar) di keychain.</translation>
    </message>
    <message>
        <source>Send from several numbers of one business portfolio, comma-separated account names (the first is the campaign&apos;s own; --account may also be repeated).</source>
        <translation>Kirim dari beberapa nomor dalam satu portofolio bisnis: nama akun dipisahkan koma (yang pertama adalah akun kampanye itu sendiri; --account juga bisa diulang).</translation>
    </message>
    <message>
        <source>--accounts: there is no account named “%1” (herald-cli account list shows them).</source>
        <translation>--accounts: tidak ada akun bernama “%1” (herald-cli account list menampilkan daftarnya).</translation>
    </message>
    <message>
        <source>The month (UTC), default this one.</source>
        <translation>Bulan (UTC); default: bulan ini.</translation>
    </message>
    <message>
        <source>Only this account (default: every account).</source>
        <translation>Hanya akun ini (default: semua akun).</translation>
    </message>
    <message>
        <source>cost takes no arguments; choose the month with --month YYYY-MM.</source>
        <translation>cost tidak menerima argumen; pilih bulan dengan --month YYYY-MM.</translation>
    </message>
    <message>
        <source>“%1” is not a month; write --month like 2026-03.</source>
        <translation>“%1” bukan bulan; tulis --month seperti 2026-03.</translation>
    </message>
    <message>
        <source>No billable message was delivered in %1.</source>
        <translation>Tidak ada pesan berbayar yang sampai pada %1.</translation>
    </message>
    <message>
        <source>no rate on the rate card</source>
        <translation>tidak ada tarif di daftar tarif</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %3 for %n billable message(s) in %4 campaign(s)</source>
        <translation>
            <numerusform>%1 · %2: %3 untuk %n pesan berbayar di %4 kampanye</numerusform>
        </translation>
    </message>
    <message>
        <source>cost [--month YYYY-MM] [--account NAME] [--json]</source>
        <translation>cost [--month YYYY-MM] [--account NAME] [--json]</translation>
    </message>
    <message>
        <source>Prints what each account&apos;s messages cost in a month.</source>
        <translation>Menampilkan biaya pesan setiap akun dalam satu bulan.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Ask each number&apos;s phone-number endpoint for its quality and throughput first.</source>
        <translation>Tanyakan dulu kualitas dan throughput ke endpoint nomor telepon masing-masing nomor.</translation>
    </message>
    <message>
        <source>Could not refresh the quality of %1: %2</source>
        <translation>Tidak dapat memperbarui kualitas %1: %2</translation>
    </message>
    <message>
        <source>Portfolio %1: %2</source>
        <translation>Portofolio %1: %2</translation>
    </message>
    <message>
        <source>  %1 (%2): quality %3%4, %5 msg/s, tier %6, %7 recipients in 24 h</source>
        <translation>  %1 (%2): kualitas %3%4, %5 psn/dtk, tingkat %6, %7 penerima dalam 24 jam</translation>
    </message>
    <message>
        <source>no number id</source>
        <translation>tanpa ID nomor</translation>
    </message>
    <message>
        <source> — flagged, nothing is sent from it</source>
        <translation> — ditandai, tidak ada yang dikirim dari nomor ini</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>    running: %1; scheduled: %2</source>
        <translation>    berjalan: %1; terjadwal: %2</translation>
    </message>
    <message>
        <source>portfolio [--refresh] [--json]</source>
        <translation>portfolio [--refresh] [--json]</translation>
    </message>
    <message>
        <source>Shows every number by portfolio: quality, throughput, tier, recipients in 24 h, headroom and the campaigns drawing on it.</source>
        <translation>Menampilkan semua nomor per portofolio: kualitas, throughput, tingkat, penerima dalam 24 jam, sisa kuota, dan kampanye yang memakainya.</translation>
    </message>
    <message>
        <source>Send window: %1; waves (recipients per hour, UTC):</source>
        <translation>Jendela pengiriman: %1; gelombang (penerima per jam, UTC):</translation>
    </message>
    <message>
        <source>Last send: about %1 UTC</source>
        <translation>Pengiriman terakhir: sekitar %1 UTC</translation>
    </message>
    <message>
        <source>The day (UTC) the price applies from; messages sent before keep the earlier price (default: since always).</source>
        <translation>Hari (UTC) harga mulai berlaku; pesan yang dikirim sebelumnya tetap memakai harga lama (default: sejak awal).</translation>
    </message>
    <message>
        <source>Usage: ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from DATE] | ratecard list | ratecard remove CATEGORY [--country CC] [--valid-from DATE]</source>
        <translation>Penggunaan: ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from DATE] | ratecard list | ratecard remove CATEGORY [--country CC] [--valid-from DATE]</translation>
    </message>
    <message>
        <source>“%1” is not a date; write --valid-from like 2025-07-01.</source>
        <translation>“%1” bukan tanggal; tulis --valid-from seperti 2025-07-01.</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>mulai %1</translation>
    </message>
    <message>
        <source>ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from YYYY-MM-DD] [--json]</source>
        <translation>ratecard set CATEGORY PRICE [--country CC] [--currency CUR] [--valid-from YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>ratecard list [--json] | ratecard remove CATEGORY [--country CC] [--valid-from YYYY-MM-DD] [--json]</source>
        <translation>ratecard list [--json] | ratecard remove CATEGORY [--country CC] [--valid-from YYYY-MM-DD] [--json]</translation>
    </message>
    <message>
        <source>CSV with the header category,country,price,currency and optionally valid_from.</source>
        <translation>CSV dengan header category,country,price,currency dan, jika perlu, valid_from.</translation>
    </message>
    <message>
        <source>ratecard import needs one CSV file.</source>
        <translation>ratecard import memerlukan satu file CSV.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rate(s): %1 new, %2 replaced.</source>
        <translation>
            <numerusform>%n tarif diimpor: %1 baru, %2 diganti.</numerusform>
        </translation>
    </message>
    <message>
        <source>ratecard import FILE.csv [--json]</source>
        <translation>ratecard import FILE.csv [--json]</translation>
    </message>
    <message>
        <source>Imports rates from a CSV: category,country,price,currency[,valid_from].</source>
        <translation>Mengimpor tarif dari CSV: category,country,price,currency[,valid_from].</translation>
    </message>
    <message numerus="yes">
        <source>cost	actual %1 of estimated %2 (%n billable message(s))</source>
        <translation>
            <numerusform>cost	aktual %1 dari perkiraan %2 (%n pesan berbayar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cost	%n billable message(s) have no rate on the rate card</source>
        <translation>
            <numerusform>cost	%n pesan berbayar tidak punya tarif di daftar tarif</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file or Excel workbook (.xlsx) to import.</source>
        <translation>File CSV atau buku kerja Excel (.xlsx) yang akan diimpor.</translation>
    </message>
    <message>
        <source>The sheet of an Excel workbook to import (default: the first).</source>
        <translation>Lembar buku kerja Excel yang akan diimpor (default: lembar pertama).</translation>
    </message>
    <message>
        <source>  sheet “%1”, row %2: %3</source>
        <translation>  lembar “%1”, baris %2: %3</translation>
    </message>
    <message>
        <source>team add NAME --role admin|sender|viewer [--password-stdin] [--json]</source>
        <translation>team add NAME --role admin|sender|viewer [--password-stdin] [--json]</translation>
    </message>
    <message>
        <source>Adds a person to a team workspace as a PostgreSQL user with the rights of their role.</source>
        <translation>Menambahkan seseorang ke ruang kerja tim sebagai pengguna PostgreSQL dengan hak sesuai perannya.</translation>
    </message>
    <message>
        <source>admin, sender or viewer.</source>
        <translation>admin, sender atau viewer.</translation>
    </message>
    <message>
        <source>Read the person&apos;s password from standard input (one line).</source>
        <translation>Baca kata sandi orang tersebut dari input standar (satu baris).</translation>
    </message>
    <message>
        <source>The person&apos;s PostgreSQL user name.</source>
        <translation>Nama pengguna PostgreSQL orang tersebut.</translation>
    </message>
    <message>
        <source>team add takes one NAME, e.g. team add maria --role sender</source>
        <translation>team add menerima satu NAME, mis. team add maria --role sender</translation>
    </message>
    <message>
        <source>--role must be admin, sender or viewer (got “%1”).</source>
        <translation>--role harus admin, sender atau viewer (yang diberikan: “%1”).</translation>
    </message>
    <message>
        <source>No password on standard input. Pipe it in: herald-cli team add NAME --role ROLE --password-stdin &lt; password-file</source>
        <translation>Tidak ada kata sandi di input standar. Alirkan lewat pipe: herald-cli team add NAME --role ROLE --password-stdin &lt; password-file</translation>
    </message>
    <message>
        <source>Added %1 as %2. They open the workspace with: herald --workspace postgresql://%1@HOST/DATABASE</source>
        <translation>%1 ditambahkan sebagai %2. Orang tersebut membuka ruang kerja dengan: herald --workspace postgresql://%1@HOST/DATABASE</translation>
    </message>
    <message>
        <source>team list takes no arguments.</source>
        <translation>team list tidak menerima argumen.</translation>
    </message>
    <message>
        <source>No one has been added yet: herald-cli team add NAME --role admin|sender|viewer</source>
        <translation>Belum ada yang ditambahkan: herald-cli team add NAME --role admin|sender|viewer</translation>
    </message>
    <message>
        <source>team remove takes one NAME.</source>
        <translation>team remove menerima satu NAME.</translation>
    </message>
    <message>
        <source>Removed %1 from the team; their PostgreSQL user is gone.</source>
        <translation>%1 dihapus dari tim; pengguna PostgreSQL-nya sudah dihapus.</translation>
    </message>
    <message>
        <source>Removed %1 from the team; their PostgreSQL user stays (it belongs to something else too).</source>
        <translation>%1 dihapus dari tim; pengguna PostgreSQL-nya tetap ada (pengguna itu juga dipakai untuk hal lain).</translation>
    </message>
    <message>
        <source>team list [--json]</source>
        <translation>team list [--json]</translation>
    </message>
    <message>
        <source>Lists the people of a team workspace and their roles.</source>
        <translation>Menampilkan orang-orang di ruang kerja tim beserta perannya.</translation>
    </message>
    <message>
        <source>team remove NAME [--json]</source>
        <translation>team remove NAME [--json]</translation>
    </message>
    <message>
        <source>Takes a person off a team workspace.</source>
        <translation>Mengeluarkan seseorang dari ruang kerja tim.</translation>
    </message>
    <message>
        <source>The workspace to copy: a file or a postgresql:// URL.</source>
        <translation>Ruang kerja yang akan disalin: file atau URL postgresql://.</translation>
    </message>
    <message>
        <source>A new workspace: a file that does not exist yet, or an empty database.</source>
        <translation>Ruang kerja baru: file yang belum ada, atau database kosong.</translation>
    </message>
    <message>
        <source>workspace copy needs FROM and TO, e.g. workspace copy shop.herald postgresql://me@db/shop</source>
        <translation>workspace copy memerlukan FROM dan TO, mis. workspace copy shop.herald postgresql://me@db/shop</translation>
    </message>
    <message>
        <source>%1 does not exist; FROM must be an existing workspace.</source>
        <translation>%1 tidak ada; FROM harus berupa ruang kerja yang sudah ada.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>Menyalin %1: %2 dari %3 baris</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4; every table&apos;s row count matches.</source>
        <translation>%1 baris dalam %2 tabel disalin dari %3 ke %4; jumlah baris setiap tabel cocok.</translation>
    </message>
    <message>
        <source>workspace copy FROM TO [--json]</source>
        <translation>workspace copy FROM TO [--json]</translation>
    </message>
    <message>
        <source>Copies a workspace (a file or a postgresql:// URL) into a new, empty one, checking every table.</source>
        <translation>Menyalin ruang kerja (file atau URL postgresql://) ke ruang kerja baru yang kosong, sambil memeriksa setiap tabel.</translation>
    </message>
</context>
<context>
    <name>CloudApi</name>
    <message>
        <source>The frozen message content of this recipient is damaged (%1).</source>
        <translation>Isi pesan yang dibekukan untuk penerima ini rusak (%1).</translation>
    </message>
    <message>
        <source>not a JSON array</source>
        <translation>bukan array JSON</translation>
    </message>
</context>
<context>
    <name>ConnectionTestGroup</name>
    <message>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji koneksi</translation>
    </message>
    <message>
        <source>Ask Meta about this phone number with the stored (or just typed) token</source>
        <translation>Tanyakan ke Meta tentang nomor telepon ini dengan token yang tersimpan (atau yang baru diketik)</translation>
    </message>
    <message>
        <source>&lt;b&gt;✘ The connection failed.&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;✘ Koneksi gagal.&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Terhubung</translation>
    </message>
    <message>
        <source>Display number</source>
        <translation>Nomor tampilan</translation>
    </message>
    <message>
        <source>Verified name</source>
        <translation>Nama terverifikasi</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>Peringkat kualitas</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Kapasitas kirim</translation>
    </message>
    <message>
        <source>Paste the access token into “Access token” to test before saving.</source>
        <translation>Tempel token akses ke “Token akses” untuk menguji sebelum menyimpan.</translation>
    </message>
</context>
<context>
    <name>ConsentDelegate</name>
    <message>
        <source>Opted in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Tanpa persetujuan</translation>
    </message>
</context>
<context>
    <name>ContactActions</name>
    <message>
        <source>1 contact</source>
        <translation>1 kontak</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 kontak</translation>
    </message>
    <message>
        <source>No contact has a tag yet.</source>
        <translation>Belum ada kontak yang punya tag.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Tambah Tag</translation>
    </message>
    <message>
        <source>Tag to add to %1:</source>
        <translation>Tag yang ditambahkan ke %1:</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Hapus Tag</translation>
    </message>
    <message>
        <source>Tag to remove from %1:</source>
        <translation>Tag yang dihapus dari %1:</translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>Campaigns will no longer send to %1. Reason (kept with each contact):</source>
        <translation>Kampanye tidak akan lagi mengirim ke %1. Alasan (disimpan bersama setiap kontak):</translation>
    </message>
    <message>
        <source>Asked to stop receiving messages</source>
        <translation>Meminta berhenti menerima pesan</translation>
    </message>
    <message>
        <source>Replied STOP</source>
        <translation>Membalas STOP</translation>
    </message>
    <message>
        <source>Number no longer in use</source>
        <translation>Nomor sudah tidak dipakai</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Keluhan</translation>
    </message>
    <message>
        <source>Delete this contact? Its consent record is deleted with it. This cannot be undone.</source>
        <translation>Hapus kontak ini? Catatan persetujuannya ikut terhapus. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Delete %1? Their consent records are deleted with them. This cannot be undone.</source>
        <translation>Hapus %1? Catatan persetujuan mereka ikut terhapus. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Delete Contacts</source>
        <translation>Hapus Kontak</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Cannot add the tag: %1</source>
        <translation>Tidak dapat menambah tag: %1</translation>
    </message>
    <message>
        <source>Tagged %1 with “%2”.</source>
        <translation>%1 diberi tag “%2”.</translation>
    </message>
    <message>
        <source>Cannot remove the tag: %1</source>
        <translation>Tidak dapat menghapus tag: %1</translation>
    </message>
    <message>
        <source>Removed “%2” from %1.</source>
        <translation>“%2” dihapus dari %1.</translation>
    </message>
    <message>
        <source>Cannot record the opt-out: %1</source>
        <translation>Tidak dapat mencatat opt-out: %1</translation>
    </message>
    <message>
        <source>Opted out %1.</source>
        <translation>%1 dicatat sebagai opt-out.</translation>
    </message>
    <message>
        <source>Cannot delete the contacts: %1</source>
        <translation>Tidak dapat menghapus kontak: %1</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 dihapus.</translation>
    </message>
    <message>
        <source>contacts-%1.csv</source>
        <translation>kontak-%1.csv</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Ekspor Kontak</translation>
    </message>
    <message>
        <source>Exporting contacts to %1…</source>
        <translation>Mengekspor kontak ke %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 diekspor ke %2.</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Ekspor dibatalkan.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>Ekspor gagal.</translation>
    </message>
    <message>
        <source>Cannot export the contacts: %1</source>
        <translation>Tidak dapat mengekspor kontak: %1</translation>
    </message>
</context>
<context>
    <name>ContactDetailPane</name>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Diperbarui</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>No attributes.</source>
        <translation>Tidak ada atribut.</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atribut</translation>
    </message>
    <message>
        <source>%1 contacts selected.</source>
        <translation>%1 kontak dipilih.</translation>
    </message>
    <message>
        <source>Select a contact to see its details.</source>
        <translation>Pilih kontak untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(tanpa nama)</translation>
    </message>
    <message>
        <source>Opted out on %1.</source>
        <translation>Opt-out pada %1.</translation>
    </message>
    <message>
        <source>Opted out on %1: %2</source>
        <translation>Opt-out pada %1: %2</translation>
    </message>
    <message>
        <source>Had opted in on %1.</source>
        <translation>Pernah opt-in pada %1.</translation>
    </message>
    <message>
        <source>Opted in on %1.</source>
        <translation>Opt-in pada %1.</translation>
    </message>
    <message>
        <source>Opted in on %1 via %2.</source>
        <translation>Opt-in pada %1 lewat %2.</translation>
    </message>
    <message>
        <source>No opt-in recorded.</source>
        <translation>Belum ada opt-in yang tercatat.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>entered in Herald</source>
        <translation>dimasukkan di Herald</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Tambah kontak</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Ubah kontak</translation>
    </message>
    <message>
        <source>e.g. +91 98765 43210, or a national number of the default region</source>
        <translation>mis. +91 98765 43210, atau nomor nasional dari wilayah default</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Not asked yet (never sent to)</source>
        <translation>Belum ditanya (tidak pernah dikirimi)</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Opted out (never sent to)</source>
        <translation>Opt-out (tidak pernah dikirimi)</translation>
    </message>
    <message>
        <source>Where they agreed</source>
        <translation>Tempat mereka memberi persetujuan</translation>
    </message>
    <message>
        <source>Where they agreed, e.g. at the counter</source>
        <translation>Tempat mereka memberi persetujuan, mis. di kasir</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>New tags</source>
        <translation>Tag baru</translation>
    </message>
    <message>
        <source>New tags, comma-separated</source>
        <translation>Tag baru, dipisahkan koma</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Atribut</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Add attri&amp;bute</source>
        <translation>Tambah atri&amp;but</translation>
    </message>
    <message>
        <source>Remo&amp;ve attribute</source>
        <translation>Hap&amp;us atribut</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Consent:</source>
        <translation>&amp;Persetujuan:</translation>
    </message>
    <message>
        <source>Opt-in &amp;source:</source>
        <translation>&amp;Sumber opt-in:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Attributes:</source>
        <translation>&amp;Atribut:</translation>
    </message>
    <message>
        <source>The number identifies the contact; to use another number, add a new contact.</source>
        <translation>Nomor ini menjadi identitas kontak; untuk memakai nomor lain, tambahkan kontak baru.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telepon: %1</translation>
    </message>
    <message>
        <source>enter the contact&apos;s number.</source>
        <translation>masukkan nomor kontak.</translation>
    </message>
    <message>
        <source>Phone: %1 is already a contact (%2); edit that contact instead.</source>
        <translation>Telepon: %1 sudah menjadi kontak (%2); ubah kontak itu saja.</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>tanpa nama</translation>
    </message>
    <message>
        <source>Attributes, row %1: give the attribute a name, or remove the row.</source>
        <translation>Atribut, baris %1: beri nama atribut, atau hapus barisnya.</translation>
    </message>
    <message>
        <source>Attributes, row %1: “%2” appears twice; keep one row per attribute.</source>
        <translation>Atribut, baris %1: “%2” muncul dua kali; gunakan satu baris per atribut.</translation>
    </message>
    <message>
        <source>Cannot save the contact: %1</source>
        <translation>Tidak dapat menyimpan kontak: %1</translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>Cannot read the contacts: %1</source>
        <translation>Tidak dapat membaca kontak: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 is incomplete.</source>
        <translation>Ekspor dibatalkan; %1 tidak lengkap.</translation>
    </message>
</context>
<context>
    <name>ContactHistoryView</name>
    <message>
        <source>Error %1 — %2</source>
        <translation>Error %1 — %2</translation>
    </message>
    <message>
        <source>Retrying can help.</source>
        <translation>Mencoba ulang dapat membantu.</translation>
    </message>
    <message>
        <source>Retrying the same message does not help.</source>
        <translation>Mencoba ulang pesan yang sama tidak membantu.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>direncanakan</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>sedang dikirim</translation>
    </message>
    <message>
        <source>accepted by WhatsApp</source>
        <translation>diterima WhatsApp</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>terkirim</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>read</source>
        <translation>dibaca</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gagal</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>tidak pasti</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>Message history of %1</source>
        <translation>Riwayat pesan %1</translation>
    </message>
    <message>
        <source>Message history</source>
        <translation>Riwayat pesan</translation>
    </message>
    <message>
        <source>Each campaign message with the statuses WhatsApp reported, replies and business events, newest first</source>
        <translation>Setiap pesan kampanye dengan status yang dilaporkan WhatsApp, balasan, dan peristiwa bisnis, dari yang terbaru</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>Rincian entri yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Raw webhook payload</source>
        <translation>Data mentah &amp;webhook</translation>
    </message>
    <message>
        <source>Raw webhook payload</source>
        <translation>Data mentah webhook</translation>
    </message>
    <message>
        <source>&amp;Copy payload</source>
        <translation>&amp;Salin data</translation>
    </message>
    <message>
        <source>Copy the raw payload to the clipboard</source>
        <translation>Salin data mentah ke papan klip</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>Tidak dapat membaca riwayat %1: %2</translation>
    </message>
    <message>
        <source>Opted out on %1 (%2).</source>
        <translation>Opt-out pada %1 (%2).</translation>
    </message>
    <message>
        <source>Opted in on %1 (%2).</source>
        <translation>Opt-in pada %1 (%2).</translation>
    </message>
    <message>
        <source>No recorded opt-in.</source>
        <translation>Tidak ada opt-in yang tercatat.</translation>
    </message>
    <message>
        <source>No contact has this number.</source>
        <translation>Tidak ada kontak dengan nomor ini.</translation>
    </message>
    <message>
        <source>WhatsApp names this number %1.</source>
        <translation>WhatsApp menamai nomor ini %1.</translation>
    </message>
    <message>
        <source>1 campaign message</source>
        <translation>1 pesan kampanye</translation>
    </message>
    <message>
        <source>%1 campaign messages</source>
        <translation>%1 pesan kampanye</translation>
    </message>
    <message>
        <source>1 message from the customer</source>
        <translation>1 pesan dari pelanggan</translation>
    </message>
    <message>
        <source>%1 messages from the customer</source>
        <translation>%1 pesan dari pelanggan</translation>
    </message>
    <message>
        <source>1 business event</source>
        <translation>1 peristiwa bisnis</translation>
    </message>
    <message>
        <source>%1 business events</source>
        <translation>%1 peristiwa bisnis</translation>
    </message>
    <message>
        <source>%1 — run %2</source>
        <translation>%1 — putaran %2</translation>
    </message>
    <message>
        <source>Template %1 (%2)</source>
        <translation>Template %1 (%2)</translation>
    </message>
    <message>
        <source>WhatsApp reported: %1</source>
        <translation>WhatsApp melaporkan: %1</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>Balasan: %1</translation>
    </message>
    <message>
        <source>opt-out</source>
        <translation>opt-out</translation>
    </message>
    <message>
        <source>Test send: %1 (%2)</source>
        <translation>Uji coba kirim: %1 (%2)</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>tidak dikirim</translation>
    </message>
    <message>
        <source>Message from the customer: %1</source>
        <translation>Pesan dari pelanggan: %1</translation>
    </message>
    <message>
        <source>Triggered campaign: %1</source>
        <translation>Kampanye yang dipicu peristiwa: %1</translation>
    </message>
    <message>
        <source>Business event: %1</source>
        <translation>Peristiwa bisnis: %1</translation>
    </message>
    <message>
        <source>via relay</source>
        <translation>lewat relay</translation>
    </message>
    <message>
        <source>recorded locally</source>
        <translation>dicatat secara lokal</translation>
    </message>
    <message>
        <source>Herald has no messages, replies or events for this number.</source>
        <translation>Herald tidak punya pesan, balasan, atau peristiwa untuk nomor ini.</translation>
    </message>
    <message>
        <source>No webhook has reported on this message yet.</source>
        <translation>Belum ada webhook yang melaporkan pesan ini.</translation>
    </message>
    <message>
        <source>The payload of this status is no longer stored.</source>
        <translation>Data status ini sudah tidak disimpan.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID pesan</translation>
    </message>
    <message>
        <source>WhatsApp ID</source>
        <translation>ID WhatsApp</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>A test send never counts in a campaign&apos;s statistics.</source>
        <translation>Uji coba kirim tidak pernah dihitung dalam statistik kampanye.</translation>
    </message>
    <message>
        <source>No webhook has reported on this test message yet.</source>
        <translation>Belum ada webhook yang melaporkan pesan uji coba ini.</translation>
    </message>
    <message>
        <source>The payload of this message is no longer stored.</source>
        <translation>Data pesan ini sudah tidak disimpan.</translation>
    </message>
    <message>
        <source>&amp;Event data</source>
        <translation>Data &amp;peristiwa</translation>
    </message>
    <message>
        <source>&amp;Raw webhook payload — relay cursor %1, received %2</source>
        <translation>Data mentah &amp;webhook — kursor relay %1, diterima %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Percobaan</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Diklaim</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Dibaca</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Dibalas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Uncertain since</source>
        <translation>Tidak pasti sejak</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Skip reason</source>
        <translation>Alasan dilewati</translation>
    </message>
    <message>
        <source>Error title</source>
        <translation>Judul error</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Rincian error</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Herald does not know whether WhatsApp accepted this message (the answer was lost); it is never sent again automatically.</source>
        <translation>Herald tidak tahu apakah WhatsApp menerima pesan ini (jawabannya hilang); pesan ini tidak pernah dikirim ulang secara otomatis.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Kode error</translation>
    </message>
    <message>
        <source>Message from the customer</source>
        <translation>Pesan dari pelanggan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>From WhatsApp ID</source>
        <translation>Dari ID WhatsApp</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>yes — the customer asked to stop receiving messages</source>
        <translation>ya — pelanggan meminta berhenti menerima pesan</translation>
    </message>
    <message>
        <source>Not attributed to a campaign message (no message to this number in the 72 hours before).</source>
        <translation>Tidak dikaitkan dengan pesan kampanye (tidak ada pesan ke nomor ini dalam 72 jam sebelumnya).</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Diputuskan</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Terjadi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>relay (cursor %1)</source>
        <translation>relay (kursor %1)</translation>
    </message>
    <message>
        <source>recorded in this workspace</source>
        <translation>dicatat di ruang kerja ini</translation>
    </message>
</context>
<context>
    <name>ContactImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 kosong.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has no header row.</source>
        <translation>%1 tidak punya baris header.</translation>
    </message>
    <message>
        <source>%1, line %2 (the header): %3. Is this a contacts CSV file?</source>
        <translation>%1, baris %2 (header): %3. Apakah ini file CSV kontak?</translation>
    </message>
    <message>
        <source>No column looks like a phone number; the header is: %1</source>
        <translation>Tidak ada kolom yang tampak seperti nomor telepon; header-nya: %1</translation>
    </message>
    <message>
        <source>%1 is not a region code Herald knows; use a two-letter ISO code such as IN, DE or BR.</source>
        <translation>%1 bukan kode wilayah yang dikenal Herald; gunakan kode ISO dua huruf seperti IN, DE atau BR.</translation>
    </message>
    <message>
        <source>Cannot prepare the import: %1</source>
        <translation>Tidak dapat menyiapkan impor: %1</translation>
    </message>
    <message>
        <source>%1: %2 Nothing after the last committed batch was imported.</source>
        <translation>%1: %2 Tidak ada data setelah batch terakhir yang tersimpan yang diimpor.</translation>
    </message>
    <message>
        <source>the row has %1 values but the header has %2 columns (a value probably contains an unquoted separator)</source>
        <translation>baris ini punya %1 nilai tetapi header punya %2 kolom (mungkin ada nilai yang berisi pemisah tanpa tanda kutip)</translation>
    </message>
    <message>
        <source>the opt-in value %1 in column %2 is not understood; use yes or no</source>
        <translation>nilai opt-in %1 di kolom %2 tidak dimengerti; gunakan yes atau no</translation>
    </message>
    <message>
        <source>the opt-out value %1 in column %2 is not understood; use yes or no</source>
        <translation>nilai opt-out %1 di kolom %2 tidak dimengerti; gunakan yes atau no</translation>
    </message>
    <message>
        <source>the date %1 in column %2 is not an ISO 8601 date such as 2024-05-31T14:00:00Z</source>
        <translation>tanggal %1 di kolom %2 bukan tanggal ISO 8601 seperti 2024-05-31T14:00:00Z</translation>
    </message>
    <message>
        <source>the workspace is not an open SQLite database</source>
        <translation>ruang kerja bukan database SQLite yang terbuka</translation>
    </message>
    <message>
        <source>Cannot start writing to the workspace: %1</source>
        <translation>Tidak dapat mulai menulis ke ruang kerja: %1</translation>
    </message>
    <message>
        <source>Cannot write to the workspace: %1</source>
        <translation>Tidak dapat menulis ke ruang kerja: %1</translation>
    </message>
    <message>
        <source>Cannot build the contacts&apos; indexes again: %1. They are built the next time the workspace is opened.</source>
        <translation>Tidak dapat membangun ulang indeks kontak: %1. Indeks akan dibangun saat ruang kerja dibuka berikutnya.</translation>
    </message>
    <message>
        <source>%1 is a CSV file, which has no sheets; leave the sheet out.</source>
        <translation>%1 adalah file CSV, yang tidak punya lembar; jangan tentukan lembar.</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Buku kerja Excel</translation>
    </message>
</context>
<context>
    <name>ContactStore</name>
    <message>
        <source>The tag “%1” could not be created.</source>
        <translation>Tag “%1” tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>A tag needs a name.</source>
        <translation>Tag perlu nama.</translation>
    </message>
    <message>
        <source>The contact %1 was not stored.</source>
        <translation>Kontak %1 tidak disimpan.</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Opted in via %1 on %2</source>
        <translation>Opt-in lewat %1 pada %2</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>sumber tidak diketahui</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Opted out on %1: %2</source>
        <translation>Opt-out pada %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Opt-out</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Tanpa persetujuan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Persetujuan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Cannot read contacts: %1</source>
        <translation>Tidak dapat membaca kontak: %1</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>Impor kontak dari file CSV</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Export all contacts to a CSV file</source>
        <translation>Ekspor semua kontak ke file CSV</translation>
    </message>
    <message>
        <source>Add &amp;tag…</source>
        <translation>Tambah &amp;tag…</translation>
    </message>
    <message>
        <source>Add a tag to the selected contacts</source>
        <translation>Tambahkan tag ke kontak yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Remove tag…</source>
        <translation>&amp;Hapus tag…</translation>
    </message>
    <message>
        <source>Remove a tag from the selected contacts</source>
        <translation>Hapus tag dari kontak yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Opt out…</source>
        <translation>&amp;Opt-out…</translation>
    </message>
    <message>
        <source>Record that the selected contacts no longer want messages</source>
        <translation>Catat bahwa kontak yang dipilih tidak ingin menerima pesan lagi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Hapu&amp;s</translation>
    </message>
    <message>
        <source>Delete the selected contacts (Del)</source>
        <translation>Hapus kontak yang dipilih (Del)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Message &amp;history…</source>
        <translation>&amp;Riwayat pesan…</translation>
    </message>
    <message>
        <source>Every message, status, reply and event of this contact&apos;s number</source>
        <translation>Setiap pesan, status, balasan, dan peristiwa dari nomor kontak ini</translation>
    </message>
    <message>
        <source>Search name, phone, tag…</source>
        <translation>Cari nama, telepon, tag…</translation>
    </message>
    <message>
        <source>Find contacts by name, phone number, tag or attribute value (%1)</source>
        <translation>Cari kontak menurut nama, nomor telepon, tag, atau nilai atribut (%1)</translation>
    </message>
    <message>
        <source>No contacts match “%1”.</source>
        <translation>Tidak ada kontak yang cocok dengan “%1”.</translation>
    </message>
    <message>
        <source>No contacts yet.
Import a CSV file with Import… or File › Import Contacts… (%1).</source>
        <translation>Belum ada kontak.
Impor file CSV dengan Impor… atau File › Impor Kontak… (%1).</translation>
    </message>
    <message>
        <source>Imported %1 new and updated %2 existing contacts.</source>
        <translation>%1 kontak baru diimpor dan %2 kontak yang sudah ada diperbarui.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Press Enter on a contact to see its message history</source>
        <translation>Tekan Enter pada kontak untuk melihat riwayat pesannya</translation>
    </message>
    <message>
        <source>&amp;Add contact…</source>
        <translation>T&amp;ambah kontak…</translation>
    </message>
    <message>
        <source>Add one contact by hand</source>
        <translation>Tambahkan satu kontak secara manual</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Ubah kontak…</translation>
    </message>
    <message>
        <source>Change the selected contact&apos;s name, consent, tags and attributes (Enter)</source>
        <translation>Ubah nama, persetujuan, tag, dan atribut kontak yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Cari kontak</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Kontak ditambahkan.</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kontak tersimpan.</translation>
    </message>
</context>
<context>
    <name>CostText</name>
    <message>
        <source>Cost: no rate card yet — add prices under Campaigns → Pre-flight → Rate card to see what runs cost.</source>
        <translation>Biaya: belum ada daftar tarif — tambahkan harga di Kampanye → Pemeriksaan awal → Daftar tarif untuk melihat biaya putaran.</translation>
    </message>
    <message>
        <source>actual %1 of estimated %2</source>
        <translation>aktual %1 dari perkiraan %2</translation>
    </message>
    <message>
        <source>Cost: no message of this run has a rate on the rate card</source>
        <translation>Biaya: tidak ada pesan di putaran ini yang punya tarif di daftar tarif</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Biaya: %1</translation>
    </message>
    <message numerus="yes">
        <source> (%n billable message(s) delivered)</source>
        <translation>
            <numerusform> (%n pesan berbayar telah sampai)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n without a rate</source>
        <translation>
            <numerusform> · %n tanpa tarif</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2: nothing billed yet</source>
        <translation>%1 pada %2: belum ada tagihan</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %3 for %n billable message(s)</source>
        <translation>
            <numerusform>%1 pada %2: %3 untuk %n pesan berbayar</numerusform>
        </translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>tanpa tarif</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1 is not UTF-8 or Windows-1252 text (the first problem is on line %2); save it as CSV UTF-8 from Excel and try again.</source>
        <translation>%1 bukan teks UTF-8 atau Windows-1252 (masalah pertama ada di baris %2); simpan sebagai CSV UTF-8 dari Excel lalu coba lagi.</translation>
    </message>
    <message>
        <source>the quoted field that starts on line %1 is never closed (a closing &quot; is missing)</source>
        <translation>kolom bertanda kutip yang dimulai di baris %1 tidak pernah ditutup (tanda &quot; penutup tidak ada)</translation>
    </message>
    <message>
        <source>the row has %1 values; at most %2 are read per row</source>
        <translation>baris ini punya %1 nilai; maksimal %2 yang dibaca per baris</translation>
    </message>
    <message>
        <source>a value is %1 KiB long; at most %2 KiB are allowed per value</source>
        <translation>sebuah nilai panjangnya %1 KiB; maksimal %2 KiB per nilai</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>No campaign has run yet</source>
        <translation>Belum ada kampanye yang berjalan</translation>
    </message>
    <message>
        <source>Once a campaign sends, this page shows how many messages were delivered, read and answered, hour by hour, and who is behind every number.</source>
        <translation>Setelah kampanye mengirim, halaman ini menampilkan berapa banyak pesan yang sampai, dibaca, dan dibalas, jam demi jam, serta siapa di balik setiap angka.</translation>
    </message>
    <message>
        <source>Go to &amp;Campaigns</source>
        <translation>Buka &amp;Kampanye</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>C&amp;ampaign:</source>
        <translation>K&amp;ampanye:</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Putaran</translation>
    </message>
    <message>
        <source>R&amp;un:</source>
        <translation>P&amp;utaran:</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Ekspor &amp;laporan…</translation>
    </message>
    <message>
        <source>Save the statistics and failure reasons of this run as a CSV file.</source>
        <translation>Simpan statistik dan alasan kegagalan putaran ini sebagai file CSV.</translation>
    </message>
    <message>
        <source>Messages accepted by WhatsApp but without a status report yet, and sends whose outcome is uncertain.</source>
        <translation>Pesan yang diterima WhatsApp tetapi belum punya laporan status, dan pengiriman yang hasilnya tidak pasti.</translation>
    </message>
    <message>
        <source>Sent, failed and unqualified are shares of attempted; delivered, read and replied of sent. Click a bar to see who is behind it.</source>
        <translation>Terkirim, gagal, dan tidak memenuhi syarat adalah bagian dari yang dicoba; sampai, dibaca, dan dibalas adalah bagian dari yang terkirim. Klik sebuah batang untuk melihat siapa di baliknya.</translation>
    </message>
    <message>
        <source>%1 (not run yet)</source>
        <translation>%1 (belum berjalan)</translation>
    </message>
    <message>
        <source>Retry of run %1 · %2</source>
        <translation>Coba ulang putaran %1 · %2</translation>
    </message>
    <message>
        <source>Run %1 · %2</source>
        <translation>Putaran %1 · %2</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Belum berjalan</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Langsung</translation>
    </message>
    <message>
        <source>Run status: %1</source>
        <translation>Status putaran: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n penerima</numerusform>
        </translation>
    </message>
    <message>
        <source> · started %1</source>
        <translation> · dimulai %1</translation>
    </message>
    <message>
        <source> · finished %1</source>
        <translation> · selesai %1</translation>
    </message>
    <message>
        <source> · retries the failures of run %1</source>
        <translation> · mencoba ulang kegagalan putaran %1</translation>
    </message>
    <message>
        <source>%1 waiting for a status report — show</source>
        <translation>%1 menunggu laporan status — tampilkan</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Ekspor Laporan</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Laporan tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Laporan disimpan ke %1.</translation>
    </message>
    <message>
        <source>Actual: delivered messages Meta bills (from the pricing of their status reports) at the rate card&apos;s price on their send day. Estimated: every recipient of the run at the price on the day it started, as the pre-flight check counts it.</source>
        <translation>Aktual: pesan yang sampai dan ditagih Meta (menurut data harga di laporan statusnya), dengan harga daftar tarif pada hari pengirimannya. Perkiraan: semua penerima putaran dengan harga pada hari putaran dimulai, seperti yang dihitung pemeriksaan awal.</translation>
    </message>
    <message>
        <source>report</source>
        <translation>laporan</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Cannot unpack the demo contacts into a temporary folder.</source>
        <translation>Tidak dapat membuka kontak demo ke folder sementara.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data demo</translation>
    </message>
    <message>
        <source>Cannot read the sandbox templates.</source>
        <translation>Tidak dapat membaca template sandbox.</translation>
    </message>
    <message>
        <source>Order updates (demo)</source>
        <translation>Pembaruan pesanan (demo)</translation>
    </message>
    <message>
        <source>out for delivery</source>
        <translation>sedang diantar</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>segera</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>%1…%2 (%3 characters)</source>
        <translation>%1…%2 (%3 karakter)</translation>
    </message>
</context>
<context>
    <name>EventPusher</name>
    <message>
        <source>Cannot record the event in the workspace: %1</source>
        <translation>Tidak dapat mencatat peristiwa di ruang kerja: %1</translation>
    </message>
    <message>
        <source>The relay at %1 did not answer within %2 seconds.</source>
        <translation>Relay di %1 tidak menjawab dalam %2 detik.</translation>
    </message>
    <message>
        <source>Cannot reach the relay at %1: %2</source>
        <translation>Tidak dapat terhubung ke relay di %1: %2</translation>
    </message>
    <message>
        <source>The relay at %1 answered without storing the event.</source>
        <translation>Relay di %1 menjawab tanpa menyimpan peristiwa.</translation>
    </message>
    <message>
        <source>The ingest token was refused; set it with herald-cli account set-secret relay-ingest-token</source>
        <translation>Token ingest ditolak; atur dengan herald-cli account set-secret relay-ingest-token</translation>
    </message>
    <message>
        <source>The relay refused the event: %1</source>
        <translation>Relay menolak peristiwa: %1</translation>
    </message>
    <message>
        <source>The relay at %1 answered HTTP %2%3</source>
        <translation>Relay di %1 menjawab HTTP %2%3</translation>
    </message>
</context>
<context>
    <name>ExportFileName</name>
    <message>
        <source>%1 %2</source>
        <extracomment>An export&apos;s file name: %1 the campaign&apos;s name, %2 what is exported (&quot;recipients&quot;), %3 the date (2026-12-07).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <translation>%1 – %2 %3</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Putaran %1</translation>
    </message>
</context>
<context>
    <name>FailureCatalogue</name>
    <message>
        <source>This number cannot receive WhatsApp messages: it is not on WhatsApp, the person has not accepted WhatsApp&apos;s latest terms, or their app is too old.</source>
        <translation>Nomor ini tidak dapat menerima pesan WhatsApp: nomor tidak ada di WhatsApp, orangnya belum menyetujui ketentuan terbaru WhatsApp, atau aplikasinya terlalu lama.</translation>
    </message>
    <message>
        <source>Herald counts the recipient as unqualified and never retries. Check the number or reach the person another way.</source>
        <translation>Herald menghitung penerima ini sebagai tidak memenuhi syarat dan tidak pernah mencoba ulang. Periksa nomornya atau hubungi orang tersebut dengan cara lain.</translation>
    </message>
    <message>
        <source>The message was addressed to your own business number.</source>
        <translation>Pesan ditujukan ke nomor bisnis Anda sendiri.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Remove your own number from the contact list.</source>
        <translation>Herald menandainya gagal dan tidak mencoba ulang. Hapus nomor Anda sendiri dari daftar kontak.</translation>
    </message>
    <message>
        <source>Your business phone number is not registered with the WhatsApp Cloud API (this is about your number, not the customer&apos;s).</source>
        <translation>Nomor telepon bisnis Anda tidak terdaftar di WhatsApp Cloud API (ini tentang nomor Anda, bukan nomor pelanggan).</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Register the number in Meta&apos;s WhatsApp Manager, then resume.</source>
        <translation>Herald menghentikan kampanye. Daftarkan nomor di WhatsApp Manager milik Meta, lalu lanjutkan.</translation>
    </message>
    <message>
        <source>WhatsApp rejected a value in the request: a misspelled field, a value that is too long, or an ID in the account settings that does not exist.</source>
        <translation>WhatsApp menolak sebuah nilai dalam permintaan: nama kolom salah ketik, nilai terlalu panjang, atau ID di pengaturan akun yang tidak ada.</translation>
    </message>
    <message>
        <source>Herald marks the message failed and does not retry. Check the account settings and the template&apos;s values.</source>
        <translation>Herald menandai pesan gagal dan tidak mencoba ulang. Periksa pengaturan akun dan nilai-nilai template.</translation>
    </message>
    <message>
        <source>Messages were sent faster than your number&apos;s WhatsApp speed limit (80 messages per second by default).</source>
        <translation>Pesan dikirim lebih cepat dari batas kecepatan WhatsApp untuk nomor Anda (default 80 pesan per detik).</translation>
    </message>
    <message>
        <source>Herald slows down and sends the message again automatically.</source>
        <translation>Herald memperlambat pengiriman dan mengirim ulang pesan secara otomatis.</translation>
    </message>
    <message>
        <source>Too many messages went to this one person in a short time. Other customers are not affected.</source>
        <translation>Terlalu banyak pesan dikirim ke satu orang ini dalam waktu singkat. Pelanggan lain tidak terpengaruh.</translation>
    </message>
    <message>
        <source>Herald waits (1 s, 4 s, 16 s, …) and sends the message again automatically.</source>
        <translation>Herald menunggu (1 dtk, 4 dtk, 16 dtk, …) lalu mengirim ulang pesan secara otomatis.</translation>
    </message>
    <message>
        <source>WhatsApp is limiting your sending because many earlier messages were blocked or reported as spam.</source>
        <translation>WhatsApp membatasi pengiriman Anda karena banyak pesan sebelumnya diblokir atau dilaporkan sebagai spam.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check your number&apos;s quality in WhatsApp Manager and send less promotional content before trying again.</source>
        <translation>Herald menghentikan kampanye. Periksa kualitas nomor Anda di WhatsApp Manager dan kurangi konten promosi sebelum mencoba lagi.</translation>
    </message>
    <message>
        <source>WhatsApp chose not to deliver this marketing message: the person has received many marketing messages lately (and US numbers get no marketing messages at all).</source>
        <translation>WhatsApp memutuskan tidak menyampaikan pesan marketing ini: orang tersebut akhir-akhir ini sudah menerima banyak pesan marketing (dan nomor AS sama sekali tidak menerima pesan marketing).</translation>
    </message>
    <message>
        <source>Herald marks it failed. Sending again only makes sense after at least 24 hours, and never to US numbers.</source>
        <translation>Herald menandainya gagal. Mengirim lagi baru masuk akal setelah minimal 24 jam, dan tidak pernah ke nomor AS.</translation>
    </message>
    <message>
        <source>WhatsApp is running an experiment that keeps marketing messages from this person. You are not charged.</source>
        <translation>WhatsApp sedang menjalankan eksperimen yang menahan pesan marketing untuk orang ini. Anda tidak dikenai biaya.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry: it would fail the same way.</source>
        <translation>Herald menandainya gagal dan tidak mencoba ulang: hasilnya akan gagal dengan cara yang sama.</translation>
    </message>
    <message>
        <source>The person asked WhatsApp to stop your marketing messages.</source>
        <translation>Orang tersebut meminta WhatsApp menghentikan pesan marketing Anda.</translation>
    </message>
    <message>
        <source>Herald marks it failed, records the opt-out and leaves the contact out of future marketing campaigns.</source>
        <translation>Herald menandainya gagal, mencatat opt-out, dan tidak mengikutkan kontak ini dalam kampanye marketing berikutnya.</translation>
    </message>
    <message>
        <source>Your Meta app made too many requests in a short time.</source>
        <translation>Aplikasi Meta Anda mengirim terlalu banyak permintaan dalam waktu singkat.</translation>
    </message>
    <message>
        <source>Herald waits and tries again later.</source>
        <translation>Herald menunggu lalu mencoba lagi nanti.</translation>
    </message>
    <message>
        <source>Your WhatsApp Business Account reached its hourly request limit.</source>
        <translation>Akun WhatsApp Business Anda sudah mencapai batas permintaan per jam.</translation>
    </message>
    <message>
        <source>Too many attempts to register or deregister your business number. This does not concern sending.</source>
        <translation>Terlalu banyak percobaan mendaftarkan atau mencabut pendaftaran nomor bisnis Anda. Ini tidak berkaitan dengan pengiriman.</translation>
    </message>
    <message>
        <source>Herald reports it; wait before registering the number again.</source>
        <translation>Herald melaporkannya; tunggu sebelum mendaftarkan nomor itu lagi.</translation>
    </message>
    <message>
        <source>The message had a different number of values than the template has placeholders.</source>
        <translation>Jumlah nilai dalam pesan berbeda dengan jumlah placeholder di template.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Fix the column mapping of the campaign.</source>
        <translation>Herald menandainya gagal dan tidak mencoba ulang. Perbaiki pemetaan kolom kampanye.</translation>
    </message>
    <message>
        <source>The template does not exist in this language, or it is not approved yet.</source>
        <translation>Template tidak ada dalam bahasa ini, atau belum disetujui.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Sync the templates and choose an approved one.</source>
        <translation>Herald menandainya gagal dan tidak mencoba ulang. Sinkronkan template dan pilih yang sudah disetujui.</translation>
    </message>
    <message>
        <source>With the values filled in, the message is longer than WhatsApp allows.</source>
        <translation>Setelah nilai-nilainya diisi, pesan menjadi lebih panjang dari yang diizinkan WhatsApp.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Shorten the values (for example long names).</source>
        <translation>Herald menandainya gagal dan tidak mencoba ulang. Pendekkan nilainya (misalnya nama yang panjang).</translation>
    </message>
    <message>
        <source>The filled-in message breaks WhatsApp&apos;s formatting or content rules.</source>
        <translation>Pesan yang sudah diisi melanggar aturan format atau konten WhatsApp.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Check the values for unusual characters or content.</source>
        <translation>Herald menandainya gagal dan tidak mencoba ulang. Periksa apakah nilainya berisi karakter atau konten yang tidak biasa.</translation>
    </message>
    <message>
        <source>A value does not have the form the template expects (for example named instead of numbered placeholders, or text where an image was expected).</source>
        <translation>Sebuah nilai tidak berbentuk seperti yang diharapkan template (misalnya placeholder bernama, bukan bernomor, atau teks di tempat yang seharusnya gambar).</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Sync the templates and check the campaign&apos;s mapping.</source>
        <translation>Herald menandainya gagal dan tidak mencoba ulang. Sinkronkan template dan periksa pemetaan kampanye.</translation>
    </message>
    <message>
        <source>WhatsApp paused the template because of low quality (too many people blocked or reported it).</source>
        <translation>WhatsApp menjeda template karena kualitasnya rendah (terlalu banyak orang memblokir atau melaporkannya).</translation>
    </message>
    <message>
        <source>Herald pauses the campaign. It can continue once WhatsApp reactivates the template (after 3 or 6 hours).</source>
        <translation>Herald menjeda kampanye. Kampanye dapat berlanjut setelah WhatsApp mengaktifkan template lagi (setelah 3 atau 6 jam).</translation>
    </message>
    <message>
        <source>WhatsApp disabled the template for good after it was paused too often.</source>
        <translation>WhatsApp menonaktifkan template untuk seterusnya setelah terlalu sering dijeda.</translation>
    </message>
    <message>
        <source>Herald pauses the campaign. Create a new template and use it for the remaining recipients.</source>
        <translation>Herald menjeda kampanye. Buat template baru dan gunakan untuk penerima yang tersisa.</translation>
    </message>
    <message>
        <source>The request lacked a value WhatsApp requires.</source>
        <translation>Permintaan tidak berisi nilai yang diwajibkan WhatsApp.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Check the template&apos;s values and the campaign&apos;s mapping.</source>
        <translation>Herald menandainya gagal dan tidak mencoba ulang. Periksa nilai template dan pemetaan kampanye.</translation>
    </message>
    <message>
        <source>One of the values is not acceptable to WhatsApp (for example an empty value or a malformed phone number).</source>
        <translation>Salah satu nilai tidak dapat diterima WhatsApp (misalnya nilai kosong atau nomor telepon yang formatnya salah).</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Correct the value in the contact list.</source>
        <translation>Herald menandainya gagal dan tidak mencoba ulang. Perbaiki nilainya di daftar kontak.</translation>
    </message>
    <message>
        <source>WhatsApp does not support this kind of message.</source>
        <translation>WhatsApp tidak mendukung jenis pesan ini.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry.</source>
        <translation>Herald menandainya gagal dan tidak mencoba ulang.</translation>
    </message>
    <message>
        <source>The picture, video or document in the message header could not be fetched or uploaded.</source>
        <translation>Gambar, video, atau dokumen di header pesan tidak dapat diambil atau diunggah.</translation>
    </message>
    <message>
        <source>Herald marks it failed. Fix the media link or file, then retry the failed recipients.</source>
        <translation>Herald menandainya gagal. Perbaiki tautan atau file media, lalu coba ulang penerima yang gagal.</translation>
    </message>
    <message>
        <source>WhatsApp rejected the request for a reason it did not name.</source>
        <translation>WhatsApp menolak permintaan tanpa menyebutkan alasannya.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Check the template and its values.</source>
        <translation>Herald menandainya gagal dan tidak mencoba ulang. Periksa template dan nilai-nilainya.</translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the person last wrote to you, so only an approved template may be sent.</source>
        <translation>Sudah lebih dari 24 jam sejak orang tersebut terakhir menulis kepada Anda, jadi hanya template yang disetujui yang boleh dikirim.</translation>
    </message>
    <message>
        <source>Herald marks it failed. Send an approved template instead.</source>
        <translation>Herald menandainya gagal. Kirim template yang disetujui sebagai gantinya.</translation>
    </message>
    <message>
        <source>A part of the template is longer than WhatsApp allows (template creation).</source>
        <translation>Sebagian template lebih panjang dari yang diizinkan WhatsApp (pembuatan template).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; shorten the text and submit again.</source>
        <translation>Herald menampilkan error di editor template; pendekkan teksnya lalu ajukan lagi.</translation>
    </message>
    <message>
        <source>The template&apos;s header does not follow WhatsApp&apos;s rules (template creation).</source>
        <translation>Header template tidak mengikuti aturan WhatsApp (pembuatan template).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; correct the header and submit again.</source>
        <translation>Herald menampilkan error di editor template; perbaiki header lalu ajukan lagi.</translation>
    </message>
    <message>
        <source>The template&apos;s body does not follow WhatsApp&apos;s rules (template creation).</source>
        <translation>Isi template tidak mengikuti aturan WhatsApp (pembuatan template).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; correct the body and submit again.</source>
        <translation>Herald menampilkan error di editor template; perbaiki isi pesan lalu ajukan lagi.</translation>
    </message>
    <message>
        <source>The template&apos;s footer does not follow WhatsApp&apos;s rules (template creation).</source>
        <translation>Footer template tidak mengikuti aturan WhatsApp (pembuatan template).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; correct the footer and submit again.</source>
        <translation>Herald menampilkan error di editor template; perbaiki footer lalu ajukan lagi.</translation>
    </message>
    <message>
        <source>The template has too many placeholders for the length of its text (template creation).</source>
        <translation>Template punya terlalu banyak placeholder untuk panjang teksnya (pembuatan template).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; add text or remove placeholders.</source>
        <translation>Herald menampilkan error di editor template; tambahkan teks atau hapus placeholder.</translation>
    </message>
    <message>
        <source>The template starts or ends with a placeholder, which WhatsApp does not allow (template creation).</source>
        <translation>Template diawali atau diakhiri placeholder, yang tidak diizinkan WhatsApp (pembuatan template).</translation>
    </message>
    <message>
        <source>Herald shows the error in the template editor; add text before the first or after the last placeholder.</source>
        <translation>Herald menampilkan error di editor template; tambahkan teks sebelum placeholder pertama atau sesudah placeholder terakhir.</translation>
    </message>
    <message>
        <source>Your WhatsApp Business Account already has as many templates as it may (template creation).</source>
        <translation>Akun WhatsApp Business Anda sudah mencapai jumlah template maksimum (pembuatan template).</translation>
    </message>
    <message>
        <source>Herald shows the error; delete templates you no longer use in WhatsApp Manager.</source>
        <translation>Herald menampilkan error; hapus template yang tidak dipakai lagi di WhatsApp Manager.</translation>
    </message>
    <message>
        <source>WhatsApp had an unexplained problem, possibly a temporary outage.</source>
        <translation>WhatsApp mengalami masalah yang tidak dijelaskan, mungkin gangguan sementara.</translation>
    </message>
    <message>
        <source>Herald tries again a limited number of times, waiting longer each time.</source>
        <translation>Herald mencoba lagi beberapa kali, dengan jeda yang makin lama setiap kali.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s service is temporarily down or overloaded.</source>
        <translation>Layanan WhatsApp sedang down atau kelebihan beban untuk sementara.</translation>
    </message>
    <message>
        <source>WhatsApp could not send the message because of an internal error.</source>
        <translation>WhatsApp tidak dapat mengirim pesan karena error internal.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s service is temporarily unavailable.</source>
        <translation>Layanan WhatsApp untuk sementara tidak tersedia.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s server is temporarily unavailable.</source>
        <translation>Server WhatsApp untuk sementara tidak tersedia.</translation>
    </message>
    <message>
        <source>Your business account is in maintenance for a minute, for example while WhatsApp raises its speed limit.</source>
        <translation>Akun bisnis Anda sedang dalam pemeliharaan selama satu menit, misalnya saat WhatsApp menaikkan batas kecepatannya.</translation>
    </message>
    <message>
        <source>Herald waits briefly and sends the message again.</source>
        <translation>Herald menunggu sebentar lalu mengirim ulang pesan.</translation>
    </message>
    <message>
        <source>No usable answer came back: the connection timed out or was cut, or the server answered with an error page.</source>
        <translation>Tidak ada jawaban yang dapat dipakai: koneksi habis waktu atau terputus, atau server menjawab dengan halaman error.</translation>
    </message>
    <message>
        <source>Herald tries again only when it is sure the message was not accepted; otherwise it marks the recipient uncertain until a status update settles it.</source>
        <translation>Herald hanya mencoba lagi jika yakin pesan tidak diterima; jika tidak, penerima ditandai tidak pasti sampai pembaruan status memastikannya.</translation>
    </message>
    <message>
        <source>Meta has temporarily blocked your WhatsApp account for violating its policies.</source>
        <translation>Meta memblokir akun WhatsApp Anda untuk sementara karena melanggar kebijakannya.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check Account Quality in Meta Business Manager.</source>
        <translation>Herald menghentikan kampanye. Periksa Kualitas Akun di Meta Business Manager.</translation>
    </message>
    <message>
        <source>Your business may not send messages to people in this country.</source>
        <translation>Bisnis Anda tidak boleh mengirim pesan ke orang di negara ini.</translation>
    </message>
    <message>
        <source>Herald marks it failed and does not retry. Leave numbers from this country out of campaigns.</source>
        <translation>Herald menandainya gagal dan tidak mencoba ulang. Jangan ikutkan nomor dari negara ini dalam kampanye.</translation>
    </message>
    <message>
        <source>Your WhatsApp account is locked, for a policy violation or because of wrong verification data (such as the two-step PIN).</source>
        <translation>Akun WhatsApp Anda dikunci, karena pelanggaran kebijakan atau data verifikasi yang salah (seperti PIN verifikasi dua langkah).</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Unlock the account in Meta Business Manager.</source>
        <translation>Herald menghentikan kampanye. Buka kunci akun di Meta Business Manager.</translation>
    </message>
    <message>
        <source>There is a problem with your payment setup: no payment method, credit line exceeded, or the account is suspended.</source>
        <translation>Ada masalah pada pengaturan pembayaran Anda: tidak ada metode pembayaran, batas kredit terlampaui, atau akun ditangguhkan.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Fix the payment settings in Meta Business Manager, then resume.</source>
        <translation>Herald menghentikan kampanye. Perbaiki pengaturan pembayaran di Meta Business Manager, lalu lanjutkan.</translation>
    </message>
    <message>
        <source>Your business number&apos;s display name has not been approved yet.</source>
        <translation>Nama tampilan nomor bisnis Anda belum disetujui.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Wait for the display name approval in WhatsApp Manager.</source>
        <translation>Herald menghentikan kampanye. Tunggu persetujuan nama tampilan di WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Your business number&apos;s registration is broken.</source>
        <translation>Pendaftaran nomor bisnis Anda bermasalah.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Register the number again in WhatsApp Manager.</source>
        <translation>Herald menghentikan kampanye. Daftarkan ulang nomor di WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Herald could not sign in to WhatsApp: the access token expired or was revoked.</source>
        <translation>Herald tidak dapat masuk ke WhatsApp: token akses sudah kedaluwarsa atau dicabut.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Store a new access token for the account, then resume.</source>
        <translation>Herald menghentikan kampanye. Simpan token akses baru untuk akun ini, lalu lanjutkan.</translation>
    </message>
    <message>
        <source>The access token for this account is invalid or has expired.</source>
        <translation>Token akses untuk akun ini tidak valid atau sudah kedaluwarsa.</translation>
    </message>
    <message>
        <source>Your Meta app is not allowed to use this function.</source>
        <translation>Aplikasi Meta Anda tidak diizinkan memakai fungsi ini.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check the app&apos;s permissions in Meta&apos;s app dashboard.</source>
        <translation>Herald menghentikan kampanye. Periksa izin aplikasi di dasbor aplikasi Meta.</translation>
    </message>
    <message>
        <source>The access token lacks a permission Herald needs (whatsapp_business_messaging).</source>
        <translation>Token akses tidak punya izin yang diperlukan Herald (whatsapp_business_messaging).</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Create a token with the WhatsApp permissions, then resume.</source>
        <translation>Herald menghentikan kampanye. Buat token dengan izin WhatsApp, lalu lanjutkan.</translation>
    </message>
    <message>
        <source>The access token lacks a permission for this request.</source>
        <translation>Token akses tidak punya izin untuk permintaan ini.</translation>
    </message>
    <message>
        <source>The access token is not allowed to send from this number.</source>
        <translation>Token akses tidak diizinkan mengirim dari nomor ini.</translation>
    </message>
    <message>
        <source>The business phone number in the account settings has been deleted or does not exist.</source>
        <translation>Nomor telepon bisnis di pengaturan akun sudah dihapus atau tidak ada.</translation>
    </message>
    <message>
        <source>Herald stops the campaign. Check the phone number ID in the account settings.</source>
        <translation>Herald menghentikan kampanye. Periksa ID nomor telepon di pengaturan akun.</translation>
    </message>
    <message>
        <source>Error %1</source>
        <translation>Error %1</translation>
    </message>
    <message>
        <source>WhatsApp reported error %1, which Herald does not know yet. The provider&apos;s description is shown as it was received.</source>
        <translation>WhatsApp melaporkan error %1, yang belum dikenal Herald. Keterangan dari penyedia ditampilkan apa adanya.</translation>
    </message>
    <message>
        <source>Herald marks the message failed and does not retry it. Look the code up in Meta&apos;s error reference.</source>
        <translation>Herald menandai pesan sebagai gagal dan tidak mencobanya ulang. Cari kode ini di referensi error Meta.</translation>
    </message>
    <message>
        <source>Unqualified — number not on WhatsApp</source>
        <translation>Tidak memenuhi syarat — nomor tidak ada di WhatsApp</translation>
    </message>
    <message>
        <source>Spam / messaging limits</source>
        <translation>Spam / batas pesan</translation>
    </message>
    <message>
        <source>Template text length or variables</source>
        <translation>Panjang teks atau variabel template</translation>
    </message>
    <message>
        <source>Provider / technical problem</source>
        <translation>Masalah penyedia / teknis</translation>
    </message>
    <message>
        <source>Account, policy or payment</source>
        <translation>Akun, kebijakan, atau pembayaran</translation>
    </message>
    <message>
        <source>Other / unknown</source>
        <translation>Lainnya / tidak diketahui</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>CSV separated by semicolons (*.csv)</source>
        <translation>CSV dipisahkan titik koma (*.csv)</translation>
    </message>
    <message>
        <source>CSV separated by commas (*.csv)</source>
        <translation>CSV dipisahkan koma (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua file (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunGuide</name>
    <message>
        <source>Welcome to Herald</source>
        <translation>Selamat datang di Herald</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your workspace is ready — and empty&lt;/h3&gt;&lt;p&gt;Three steps to your first campaign:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Import your contacts&lt;/b&gt; from a CSV file (only people who agreed to hear from you on WhatsApp).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Connect a WhatsApp Business account&lt;/b&gt; under Settings, or stay on the built-in sandbox, which simulates WhatsApp and messages nobody.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Create your first campaign&lt;/b&gt; under Campaigns, check its pre-flight, and start it.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Want to look around first? &lt;b&gt;Try the demo&lt;/b&gt; opens a separate demo workspace with sample contacts whose numbers can never belong to anyone; it never mixes with this one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ruang kerja Anda sudah siap — dan masih kosong&lt;/h3&gt;&lt;p&gt;Tiga langkah menuju kampanye pertama Anda:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Impor kontak Anda&lt;/b&gt; dari file CSV (hanya orang yang setuju menerima pesan dari Anda di WhatsApp).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hubungkan akun WhatsApp Business&lt;/b&gt; di Pengaturan, atau tetap memakai sandbox bawaan, yang meniru WhatsApp dan tidak mengirim pesan ke siapa pun.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Buat kampanye pertama Anda&lt;/b&gt; di Kampanye, periksa pemeriksaan awalnya, lalu mulai.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Ingin melihat-lihat dulu? &lt;b&gt;Coba demo&lt;/b&gt; membuka ruang kerja demo terpisah dengan kontak contoh yang nomornya tidak mungkin dimiliki siapa pun; ruang kerja itu tidak pernah tercampur dengan yang ini.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Import Contacts…</source>
        <translation>Impor Kontak…</translation>
    </message>
    <message>
        <source>Try the Demo</source>
        <translation>Coba Demo</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting Started with Herald</source>
        <translation>Memulai dengan Herald</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Panduan memulai</translation>
    </message>
    <message>
        <source>&lt;h3&gt;From your contact list to your first results&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Import your contacts.&lt;/b&gt; File → Import Contacts… reads a CSV or Excel (.xlsx) file. Herald suggests which column holds the phone number and the name; numbers written without a country code are read in the region you choose. Only import people who agreed to hear from you on WhatsApp.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Connect WhatsApp.&lt;/b&gt; Under Settings, add your WhatsApp Business account (its phone number ID and access token; the token is kept in your system&apos;s keychain). Until then the built-in sandbox simulates WhatsApp and messages nobody.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Choose a template.&lt;/b&gt; WhatsApp only lets businesses start a conversation with a template it approved. Under Templates, fetch your approved templates or write one and submit it.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Create a campaign.&lt;/b&gt; Under Campaigns, New campaign: pick the template, fill its placeholders, choose who receives it (everyone opted in, a tag, or the people of an earlier campaign), and when: now, at a set time, every week, or when something happens in your shop.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Check and start.&lt;/b&gt; The pre-flight check shows how many people will receive the message, who is left out and why, and what it will cost. Start sends at your account&apos;s pace; you can pause, resume or stop at any time. People who opted out are never messaged.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Follow the results.&lt;/b&gt; The Dashboard shows how many messages were delivered, read and replied to. Click a bar to see those people, export them, or start a new campaign for them.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Scheduled and triggered campaigns are sent while this window is open, or by the Herald agent on a computer that stays on. Help → Keyboard Shortcuts lists every shortcut.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Dari daftar kontak hingga hasil pertama Anda&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Impor kontak Anda.&lt;/b&gt; File → Impor Kontak… membaca file CSV atau Excel (.xlsx). Herald menyarankan kolom mana yang berisi nomor telepon dan nama; nomor yang ditulis tanpa kode negara dibaca sesuai wilayah yang Anda pilih. Impor hanya orang yang setuju menerima pesan dari Anda di WhatsApp.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Hubungkan WhatsApp.&lt;/b&gt; Di Pengaturan, tambahkan akun WhatsApp Business Anda (ID nomor telepon dan token aksesnya; token disimpan di keychain sistem Anda). Sampai saat itu, sandbox bawaan meniru WhatsApp dan tidak mengirim pesan ke siapa pun.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Pilih template.&lt;/b&gt; WhatsApp hanya mengizinkan bisnis memulai percakapan dengan template yang sudah disetujuinya. Di Template, ambil template Anda yang sudah disetujui, atau tulis template lalu ajukan.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Buat kampanye.&lt;/b&gt; Di Kampanye, pilih Kampanye baru: pilih template, isi placeholder-nya, tentukan siapa yang menerimanya (semua yang opt-in, satu tag, atau orang-orang dari kampanye sebelumnya), dan kapan: sekarang, pada waktu tertentu, setiap minggu, atau saat sesuatu terjadi di toko Anda.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Periksa lalu mulai.&lt;/b&gt; Pemeriksaan awal menampilkan berapa orang yang akan menerima pesan, siapa yang tidak diikutkan dan alasannya, serta berapa biayanya. Mulai mengirim sesuai kecepatan akun Anda; Anda dapat menjeda, melanjutkan, atau menghentikannya kapan saja. Orang yang opt-out tidak pernah dikirimi pesan.&lt;/p&gt;&lt;/li&gt;&lt;li&gt;&lt;p&gt;&lt;b&gt;Pantau hasilnya.&lt;/b&gt; Dasbor menampilkan berapa banyak pesan yang sampai, dibaca, dan dibalas. Klik sebuah batang untuk melihat orang-orang tersebut, mengekspor mereka, atau memulai kampanye baru untuk mereka.&lt;/p&gt;&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Kampanye terjadwal dan yang dipicu peristiwa dikirim selama jendela ini terbuka, atau oleh agen Herald di komputer yang tetap menyala. Bantuan → Pintasan Keyboard menampilkan semua pintasan.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>GraphClient</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>jawabannya bukan objek JSON</translation>
    </message>
</context>
<context>
    <name>GraphError</name>
    <message>
        <source>The Graph API did not answer in time. Check your internet connection and the Graph API URL, then try again.</source>
        <translation>Graph API tidak menjawab tepat waktu. Periksa koneksi internet dan URL Graph API, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The secure connection to the Graph API failed (%1). Check the Graph API URL and your system&apos;s date and certificates.</source>
        <translation>Koneksi aman ke Graph API gagal (%1). Periksa URL Graph API serta tanggal dan sertifikat sistem Anda.</translation>
    </message>
    <message>
        <source>Cannot reach the Graph API (%1). Check your internet connection and the Graph API URL.</source>
        <translation>Tidak dapat terhubung ke Graph API (%1). Periksa koneksi internet dan URL Graph API.</translation>
    </message>
    <message>
        <source>The Graph API answered something Herald does not understand (%1).</source>
        <translation>Graph API menjawab sesuatu yang tidak dimengerti Herald (%1).</translation>
    </message>
    <message>
        <source>The Graph API answered HTTP %1 (%2). Try again later.</source>
        <translation>Graph API menjawab HTTP %1 (%2). Coba lagi nanti.</translation>
    </message>
    <message>
        <source>The access token is invalid or has expired: create a new one in Meta Business Manager and store it with “Set token”.</source>
        <translation>Token akses tidak valid atau sudah kedaluwarsa: buat yang baru di Meta Business Manager dan simpan dengan “Atur token”.</translation>
    </message>
    <message>
        <source>An ID in the account settings is wrong or not visible to this token: check the phone number ID and the WhatsApp Business Account ID.</source>
        <translation>Ada ID di pengaturan akun yang salah atau tidak terlihat oleh token ini: periksa ID nomor telepon dan ID Akun WhatsApp Business.</translation>
    </message>
    <message>
        <source>The token lacks a permission (whatsapp_business_messaging and whatsapp_business_management).</source>
        <translation>Token tidak punya izin yang diperlukan (whatsapp_business_messaging dan whatsapp_business_management).</translation>
    </message>
    <message>
        <source>Meta&apos;s rate limit was reached; wait a while and try again.</source>
        <translation>Batas permintaan Meta tercapai; tunggu sebentar lalu coba lagi.</translation>
    </message>
    <message>
        <source>See Meta&apos;s error reference for this code.</source>
        <translation>Lihat referensi error Meta untuk kode ini.</translation>
    </message>
    <message>
        <source>Meta refused the request: %1 (code %2). %3</source>
        <translation>Meta menolak permintaan: %1 (kode %2). %3</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Rincian: %1</translation>
    </message>
    <message>
        <source>(trace id %1)</source>
        <translation>(trace id %1)</translation>
    </message>
</context>
<context>
    <name>Headroom</name>
    <message>
        <source>Messaging tier not known: no daily limit is applied. WhatsApp Manager shows the number&apos;s tier; record it with herald-cli account set --messaging-tier.</source>
        <translation>Tingkat pesan tidak diketahui: tidak ada batas harian yang diterapkan. WhatsApp Manager menampilkan tingkat nomor ini; catat dengan herald-cli account set --messaging-tier.</translation>
    </message>
    <message>
        <source>Unlimited messaging tier (%1): no daily limit.</source>
        <translation>Tingkat pesan tanpa batas (%1): tidak ada batas harian.</translation>
    </message>
    <message>
        <source>%1 of %2 unique recipients left in the last 24 hours (%3).</source>
        <translation>Tersisa %1 dari %2 penerima unik dalam 24 jam terakhir (%3).</translation>
    </message>
    <message>
        <source>Waiting for the daily messaging limit (%1 of %2 unique recipients used in 24 hours); the next send becomes possible at %3 UTC.</source>
        <translation>Menunggu batas pesan harian (%1 dari %2 penerima unik terpakai dalam 24 jam); pengiriman berikutnya bisa dilakukan pukul %3 UTC.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Memulai</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pintasan Keyboard</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Buka Folder &amp;Log</translation>
    </message>
    <message>
        <source>Open Log Folder</source>
        <translation>Buka Folder Log</translation>
    </message>
    <message>
        <source>The log folder could not be opened. Its files are in %1 — open that folder in your file manager, or attach herald.log to a support request.</source>
        <translation>Folder log tidak dapat dibuka. File-filenya ada di %1 — buka folder itu di pengelola file Anda, atau lampirkan herald.log ke permintaan dukungan.</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Columns of the file</source>
        <translation>Kolom dalam file</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>Rejected rows</source>
        <translation>Baris yang ditolak</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>comma</source>
        <translation>koma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>titik koma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Pilih file</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Telusuri…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Impor kontak</translation>
    </message>
    <message>
        <source>Encoding: %1
Separator: %2
Columns: %3</source>
        <translation>Encoding: %1
Pemisah: %2
Kolom: %3</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nama depan</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nama belakang</translation>
    </message>
    <message>
        <source>Opted in</source>
        <translation>Opt-in</translation>
    </message>
    <message>
        <source>Opt-in source</source>
        <translation>Sumber opt-in</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atribut</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>None: numbers include the country code</source>
        <translation>Tidak ada: nomor sudah memakai kode negara</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Petakan kolom</translation>
    </message>
    <message>
        <source>Choose what each column holds. Exactly one column must hold the phone number; columns kept as attributes can be used in message templates.</source>
        <translation>Pilih isi setiap kolom. Tepat satu kolom harus berisi nomor telepon; kolom yang disimpan sebagai atribut dapat dipakai di template pesan.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>The country of numbers written without a country code.</source>
        <translation>Negara untuk nomor yang ditulis tanpa kode negara.</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. newsletter, trade-fair</source>
        <translation>Dipisahkan koma, mis. newsletter, pameran-dagang</translation>
    </message>
    <message>
        <source>Mark all imported contacts as &amp;opted in</source>
        <translation>Tandai semua kontak yang diimpor sebagai &amp;opt-in</translation>
    </message>
    <message>
        <source>Where they agreed, e.g. website sign-up form</source>
        <translation>Tempat mereka memberi persetujuan, mis. formulir pendaftaran di situs web</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Wilayah default:</translation>
    </message>
    <message>
        <source>&amp;Add tags:</source>
        <translation>&amp;Tambah tag:</translation>
    </message>
    <message>
        <source>Opt-in &amp;source:</source>
        <translation>&amp;Sumber opt-in:</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Impor sebagai</translation>
    </message>
    <message>
        <source>Choose the column that holds the phone number.</source>
        <translation>Pilih kolom yang berisi nomor telepon.</translation>
    </message>
    <message>
        <source>Only one column can hold the phone number; set the others to Attribute or Ignore.</source>
        <translation>Hanya satu kolom yang boleh berisi nomor telepon; ubah yang lain menjadi Atribut atau Abaikan.</translation>
    </message>
    <message>
        <source>Say where these contacts opted in: WhatsApp requires a record of consent.</source>
        <translation>Sebutkan di mana kontak-kontak ini memberi opt-in: WhatsApp mewajibkan catatan persetujuan.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message>
        <source>Rows are saved in batches: cancelling keeps the batches already saved.</source>
        <translation>Baris disimpan per batch: membatalkan tetap menyimpan batch yang sudah tersimpan.</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Batalkan impor</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>Simpan baris yang &amp;ditolak…</translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation>Membatalkan setelah batch saat ini…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>What happened to the rows of %1.</source>
        <translation>Apa yang terjadi pada baris-baris %1.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Impor dibatalkan</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Impor selesai</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>Impor berhenti</translation>
    </message>
    <message>
        <source>The import was cancelled. The %1 rows committed before it stopped were kept.</source>
        <translation>Impor dibatalkan. %1 baris yang tersimpan sebelum berhenti tetap disimpan.</translation>
    </message>
    <message>
        <source>The import stopped: %1
The %2 rows committed before the problem were kept.</source>
        <translation>Impor berhenti: %1
%2 baris yang tersimpan sebelum masalah terjadi tetap disimpan.</translation>
    </message>
    <message>
        <source>All rows of the file were read.</source>
        <translation>Semua baris dalam file sudah dibaca.</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Baris dibaca: %1</translation>
    </message>
    <message>
        <source>New contacts: %1</source>
        <translation>Kontak baru: %1</translation>
    </message>
    <message>
        <source>Existing contacts updated: %1</source>
        <translation>Kontak lama diperbarui: %1</translation>
    </message>
    <message>
        <source>Repeated numbers within the file (merged): %1</source>
        <translation>Nomor berulang dalam file (digabung): %1</translation>
    </message>
    <message>
        <source>Rejected rows: %1</source>
        <translation>Baris ditolak: %1</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Impor Kontak</translation>
    </message>
    <message>
        <source>Nothing was imported yet.</source>
        <translation>Belum ada yang diimpor.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Tidak dapat mengganti %1.</translation>
    </message>
    <message>
        <source>Cannot write %1. Check the folder and your permissions.</source>
        <translation>Tidak dapat menulis %1. Periksa folder dan izin Anda.</translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx) with one contact per row and a header row. Comma, semicolon and tab separated files in UTF-8 or Windows-1252 are recognised.</source>
        <translation>File CSV atau buku kerja Excel (.xlsx) dengan satu kontak per baris dan satu baris header. File yang dipisahkan koma, titik koma, dan tab dalam UTF-8 atau Windows-1252 dapat dikenali.</translation>
    </message>
    <message>
        <source>Path to a .csv or .xlsx file</source>
        <translation>Path ke file .csv atau .xlsx</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Lembar:</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>File kontak (*.csv *.tsv *.txt *.xlsx);;File CSV (*.csv *.tsv *.txt);;Buku kerja Excel (*.xlsx);;Semua file (*)</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1” of %2
Columns: %3</source>
        <translation>Buku kerja Excel, lembar “%1” dari %2
Kolom: %3</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>The language of Herald&apos;s window and of herald-cli, from the next start</source>
        <translation>Bahasa jendela Herald dan herald-cli, mulai dari saat dibuka berikutnya</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Default sistem (%1)</translation>
    </message>
    <message>
        <source>Herald speaks the new language from its next start.</source>
        <translation>Herald memakai bahasa baru mulai saat dibuka berikutnya.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanye</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Delivery, read and reply rates of your campaigns, and how your audience grows and opts out over time.</source>
        <translation>Tingkat sampai, dibaca, dan dibalas dari kampanye Anda, serta bagaimana audiens Anda bertambah dan opt-out dari waktu ke waktu.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Impor Kontak…</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>&amp;Ekspor Kontak…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;About Herald</source>
        <translation>&amp;Tentang Herald</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Find a phone number…</source>
        <translation>Cari nomor telepon…</translation>
    </message>
    <message>
        <source>Find a phone number</source>
        <translation>Cari nomor telepon</translation>
    </message>
    <message>
        <source>Type a phone number and press Enter to see its full message history (Ctrl+K)</source>
        <translation>Ketik nomor telepon lalu tekan Enter untuk melihat seluruh riwayat pesannya (Ctrl+K)</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: %2</source>
        <translation>“%1” bukan nomor telepon: %2</translation>
    </message>
    <message>
        <source>Cannot read the history of %1: %2</source>
        <translation>Tidak dapat membaca riwayat %1: %2</translation>
    </message>
    <message>
        <source>Herald knows nothing about %1: no contact, message, reply or event has this number.</source>
        <translation>Herald tidak tahu apa pun tentang %1: tidak ada kontak, pesan, balasan, atau peristiwa dengan nomor ini.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Ruang kerja: %1</translation>
    </message>
    <message>
        <source>Contacts unavailable</source>
        <translation>Kontak tidak tersedia</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 kontak</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 kontak</translation>
    </message>
    <message>
        <source>%1 · %2 opted in · %3 opted out</source>
        <translation>%1 · %2 opt-in · %3 opt-out</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <source>Choose a page with the Up and Down keys; Ctrl+1 to Ctrl+6 from anywhere.</source>
        <translation>Pilih halaman dengan tombol Atas dan Bawah; Ctrl+1 sampai Ctrl+6 dari mana saja.</translation>
    </message>
    <message>
        <source>&amp;Find in This Page</source>
        <translation>&amp;Cari di Halaman Ini</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampanye</translation>
    </message>
    <message>
        <source>Type a phone number and press Enter to see its full message history</source>
        <translation>Ketik nomor telepon lalu tekan Enter untuk melihat seluruh riwayat pesannya</translation>
    </message>
</context>
<context>
    <name>MessageRenderer</name>
    <message>
        <source>Templates with a location header cannot be sent by Herald yet.</source>
        <translation>Template dengan header lokasi belum dapat dikirim oleh Herald.</translation>
    </message>
    <message>
        <source>The template “%1” needs a value for %2: add --param %2=SOURCE (e.g. field:name or text:…).</source>
        <translation>Template “%1” memerlukan nilai untuk %2: tambahkan --param %2=SOURCE (mis. field:name atau text:…).</translation>
    </message>
    <message>
        <source>The template “%1” has no parameter %2; it takes: %3.</source>
        <translation>Template “%1” tidak punya parameter %2; parameternya: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>%1 has no value for this contact and no fallback</source>
        <translation>%1 tidak punya nilai untuk kontak ini dan tidak ada cadangan</translation>
    </message>
</context>
<context>
    <name>NumberQuality</name>
    <message>
        <source>High (green)</source>
        <translation>Tinggi (hijau)</translation>
    </message>
    <message>
        <source>Medium (yellow)</source>
        <translation>Sedang (kuning)</translation>
    </message>
    <message>
        <source>Low (red)</source>
        <translation>Rendah (merah)</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>No account %1 for a quality report.</source>
        <translation>Tidak ada akun %1 untuk laporan kualitas.</translation>
    </message>
    <message>
        <source>Paused: the quality rating of number “%1” (%2) dropped to %3%4. Nothing more is sent from it; check the number&apos;s quality in WhatsApp Manager and resume the campaign once it is no longer red.</source>
        <translation>Dijeda: peringkat kualitas nomor “%1” (%2) turun menjadi %3%4. Tidak ada lagi yang dikirim dari nomor ini; periksa kualitas nomor di WhatsApp Manager dan lanjutkan kampanye setelah kualitasnya tidak lagi merah.</translation>
    </message>
</context>
<context>
    <name>PagedRows</name>
    <message>
        <source>The workspace is not open.</source>
        <translation>Ruang kerja tidak terbuka.</translation>
    </message>
</context>
<context>
    <name>PhoneNormalizer</name>
    <message>
        <source>the phone number is empty</source>
        <translation>nomor telepon kosong</translation>
    </message>
    <message>
        <source>%1 is a number in scientific notation: the spreadsheet has already rounded away its last digits, so the phone number cannot be recovered. Format the phone column as Text in Excel (or export again from the original source) and import the file again</source>
        <translation>%1 adalah angka dalam notasi ilmiah: spreadsheet sudah membulatkan digit terakhirnya, jadi nomor telepon tidak dapat dipulihkan. Format kolom telepon sebagai Teks di Excel (atau ekspor lagi dari sumber aslinya) lalu impor file lagi</translation>
    </message>
    <message>
        <source>%1 has a + that is not at the start</source>
        <translation>%1 punya tanda + yang bukan di awal</translation>
    </message>
    <message>
        <source>%1 contains letters; a phone number may only have digits, spaces, dashes, dots, parentheses and a leading +</source>
        <translation>%1 berisi huruf; nomor telepon hanya boleh berisi angka, spasi, tanda hubung, titik, tanda kurung, dan + di awal</translation>
    </message>
    <message>
        <source>%1 contains %2, which does not belong in a phone number</source>
        <translation>%1 berisi %2, yang bukan bagian dari nomor telepon</translation>
    </message>
    <message>
        <source>%1 has no digits</source>
        <translation>%1 tidak punya angka</translation>
    </message>
    <message>
        <source>%1 does not start with a known country calling code</source>
        <translation>%1 tidak diawali kode panggilan negara yang dikenal</translation>
    </message>
    <message>
        <source>%1 cannot be read with the default region %2</source>
        <translation>%1 tidak dapat dibaca dengan wilayah default %2</translation>
    </message>
    <message>
        <source>%1 is too short to be a phone number</source>
        <translation>%1 terlalu pendek untuk nomor telepon</translation>
    </message>
    <message>
        <source>%1 is too long to be a phone number</source>
        <translation>%1 terlalu panjang untuk nomor telepon</translation>
    </message>
    <message>
        <source>%1 is not a phone number</source>
        <translation>%1 bukan nomor telepon</translation>
    </message>
    <message>
        <source>international numbers (+%1)</source>
        <translation>nomor internasional (+%1)</translation>
    </message>
    <message>
        <source>%1 is too short for a number in %2</source>
        <translation>%1 terlalu pendek untuk nomor di %2</translation>
    </message>
    <message>
        <source>%1 is too long for a number in %2</source>
        <translation>%1 terlalu panjang untuk nomor di %2</translation>
    </message>
    <message>
        <source>%1 has the wrong number of digits for %2</source>
        <translation>%1 jumlah digitnya salah untuk %2</translation>
    </message>
    <message>
        <source>%1 is a local number; add the area code (numbers in %2)</source>
        <translation>%1 adalah nomor lokal; tambahkan kode area (nomor di %2)</translation>
    </message>
    <message>
        <source>%1 is not a valid number in %2</source>
        <translation>%1 bukan nomor yang valid di %2</translation>
    </message>
    <message>
        <source>%1 is written without a country code (it does not start with + or 00) and no default region was chosen; choose the default region these numbers belong to, or write them with their country code</source>
        <translation>%1 ditulis tanpa kode negara (tidak diawali + atau 00) dan belum ada wilayah default yang dipilih; pilih wilayah default asal nomor-nomor ini, atau tulis nomornya dengan kode negara</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Not available in this version of Herald yet.</source>
        <translation>Belum tersedia di versi Herald ini.</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>&lt;h2&gt;Numbers and portfolios&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nomor dan portofolio&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Throughput</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Recipients (24 h)</source>
        <translation>Penerima (24 jam)</translation>
    </message>
    <message>
        <source>Sending now</source>
        <translation>Sedang mengirim</translation>
    </message>
    <message>
        <source>Scheduled next</source>
        <translation>Terjadwal berikutnya</translation>
    </message>
    <message>
        <source>The numbers could not be read: %1</source>
        <translation>Tidak dapat membaca nomor: %1</translation>
    </message>
    <message>
        <source>Portfolio %1 — %2</source>
        <translation>Portofolio %1 — %2</translation>
    </message>
    <message>
        <source>%1 — flagged, not sending</source>
        <translation>%1 — ditandai, tidak mengirim</translation>
    </message>
    <message>
        <source>%1 msg/s</source>
        <translation>%1 psn/dtk</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) flagged: campaigns on them pause until their quality recovers.</source>
        <translation>
            <numerusform>%n nomor ditandai: kampanye yang memakainya dijeda sampai kualitasnya pulih.</numerusform>
        </translation>
    </message>
    <message>
        <source>Numbers of one business portfolio share its daily messaging limit.</source>
        <translation>Nomor-nomor dalam satu portofolio bisnis berbagi batas pesan harian portofolio tersebut.</translation>
    </message>
    <message>
        <source>Numbers by portfolio</source>
        <translation>Nomor per portofolio</translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation>Template “%1” (%2) berstatus %3; hanya template APPROVED yang dapat dikirim.</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>dihapus di Meta</translation>
    </message>
    <message>
        <source>The template&apos;s quality is low (red): Meta may pause it if people keep blocking it.</source>
        <translation>Kualitas template rendah (merah): Meta bisa menjedanya jika orang terus memblokirnya.</translation>
    </message>
    <message>
        <source>There is no template “%1” in language %2 for this account; sync the templates.</source>
        <translation>Tidak ada template “%1” dalam bahasa %2 untuk akun ini; sinkronkan template.</translation>
    </message>
    <message>
        <source>The campaign&apos;s account (id %1) does not exist.</source>
        <translation>Akun kampanye ini (id %1) tidak ada.</translation>
    </message>
    <message>
        <source>This campaign is triggered by events: its audience is decided per event, so there is no count, duration or cost up front.</source>
        <translation>Kampanye ini dipicu oleh peristiwa: audiensnya ditentukan per peristiwa, jadi tidak ada jumlah, durasi, atau biaya di awal.</translation>
    </message>
    <message>
        <source>The rate card mixes currencies (%1): no cost estimate.</source>
        <translation>Daftar tarif mencampur mata uang (%1): tidak ada perkiraan biaya.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) have no rate for category %1 in their country; the estimate leaves them out.</source>
        <translation>
            <numerusform>%n penerima tidak punya tarif untuk kategori %1 di negaranya; perkiraan tidak menghitung mereka.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience is empty: no opted-in contact matches it.</source>
        <translation>Audiens kosong: tidak ada kontak opt-in yang cocok.</translation>
    </message>
    <message>
        <source>No recipient can get this message: every one is missing a parameter value.</source>
        <translation>Tidak ada penerima yang bisa mendapat pesan ini: semuanya kekurangan nilai parameter.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) miss a parameter value and have no fallback; they will be skipped.</source>
        <translation>
            <numerusform>%n penerima kekurangan nilai parameter dan tidak punya cadangan; mereka akan dilewati.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account may message %1 more people in the next 24 hours (%2), fewer than the %3 recipients; the rest wait for the limit.</source>
        <translation>Akun ini dapat mengirim pesan ke %1 orang lagi dalam 24 jam ke depan (%2), lebih sedikit dari %3 penerima; sisanya menunggu batas.</translation>
    </message>
</context>
<context>
    <name>PreflightDialog</name>
    <message>
        <source>Pre-flight check — %1</source>
        <translation>Pemeriksaan awal — %1</translation>
    </message>
    <message>
        <source>&amp;Start sending</source>
        <translation>&amp;Mulai mengirim</translation>
    </message>
    <message>
        <source>&amp;Activate schedule</source>
        <translation>&amp;Aktifkan jadwal</translation>
    </message>
    <message>
        <source>Send &amp;test…</source>
        <translation>Kirim &amp;uji coba…</translation>
    </message>
    <message>
        <source>Fix the problems listed in red first.</source>
        <translation>Perbaiki dulu masalah yang ditandai merah.</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 was stopped and stays stopped: a stopped run is never continued. A new run sends the message to the %n recipient(s) it did not reach.</source>
        <translation>
            <numerusform>Putaran %1 dihentikan dan tetap berhenti: putaran yang dihentikan tidak pernah dilanjutkan. Putaran baru mengirim pesan ke %n penerima yang belum terjangkau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n who opted out or were deleted since are left out.</source>
        <translation>
            <numerusform>%n yang sejak itu opt-out atau dihapus tidak diikutkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;New run for the %n not reached…</source>
        <translation>
            <numerusform>Putaran &amp;baru untuk %n yang belum terjangkau…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightView</name>
    <message numerus="yes">
        <source>about %n second(s)</source>
        <translation>
            <numerusform>sekitar %n detik</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 min %2 s</source>
        <translation>sekitar %1 mnt %2 dtk</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>sekitar %1 jam %2 mnt</translation>
    </message>
    <message>
        <source>Checking the campaign…</source>
        <translation>Memeriksa kampanye…</translation>
    </message>
    <message>
        <source>Cannot start yet:</source>
        <translation>Belum dapat dimulai:</translation>
    </message>
    <message>
        <source>Ready to start.</source>
        <translation>Siap dimulai.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiens</translation>
    </message>
    <message>
        <source>decided per event (triggered campaign)</source>
        <translation>ditentukan per peristiwa (kampanye yang dipicu peristiwa)</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontak</numerusform>
        </translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Dikecualikan</translation>
    </message>
    <message>
        <source>%1 opted out, %2 never opted in</source>
        <translation>%1 opt-out, %2 tidak pernah opt-in</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) without a value and no fallback</source>
        <translation>
            <numerusform>%n penerima tanpa nilai dan tanpa cadangan</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing parameters</source>
        <translation>Parameter yang kurang</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>%1, quality %2, category %3</source>
        <translation>%1, kualitas %2, kategori %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Batas harian</translation>
    </message>
    <message>
        <source>tier not known yet: no limit applied</source>
        <translation>tingkat belum diketahui: tidak ada batas yang diterapkan</translation>
    </message>
    <message>
        <source>%1: no limit</source>
        <translation>%1: tanpa batas</translation>
    </message>
    <message>
        <source>%1 of %2 left in the last 24 hours (%3, %4 used)</source>
        <translation>Tersisa %1 dari %2 dalam 24 jam terakhir (%3, %4 terpakai)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>%1 at %2 messages/s</source>
        <translation>%1 pada %2 pesan/dtk</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>no estimate (add prices to the rate card)</source>
        <translation>tidak ada perkiraan (tambahkan harga ke daftar tarif)</translation>
    </message>
    <message>
        <source>The message for the first recipients</source>
        <translation>Pesan untuk penerima pertama</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recipient(s)</source>
        <translation>
            <numerusform>%1: %n penerima</numerusform>
        </translation>
    </message>
    <message>
        <source>Send window</source>
        <translation>Jendela pengiriman</translation>
    </message>
    <message>
        <source>Waves (%1 time)</source>
        <translation>Gelombang (waktu %1)</translation>
    </message>
    <message>
        <source>Last send</source>
        <translation>Pengiriman terakhir</translation>
    </message>
</context>
<context>
    <name>QuitGuard</name>
    <message numerus="yes">
        <source>%n campaign run(s) are being sent from this window.</source>
        <translation>
            <numerusform>%n putaran kampanye sedang dikirim dari jendela ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you quit, sending pauses. Nothing is lost or sent twice: Resume on the Campaigns page continues where it stopped.</source>
        <translation>Jika Anda keluar, pengiriman dijeda. Tidak ada yang hilang atau terkirim dua kali: Lanjutkan di halaman Kampanye akan meneruskan dari titik berhentinya.</translation>
    </message>
    <message>
        <source>The Herald agent runs on this computer: it can continue the scheduled and triggered campaigns while Herald is closed. Campaigns you started by hand stay paused.</source>
        <translation>Agen Herald berjalan di komputer ini: agen dapat melanjutkan kampanye terjadwal dan yang dipicu peristiwa selama Herald ditutup. Kampanye yang Anda mulai secara manual tetap dijeda.</translation>
    </message>
    <message>
        <source>Scheduled and triggered campaigns can be sent while Herald is closed by the Herald agent (herald-cli agent) on a computer that stays on; see the README&apos;s &quot;herald-cli agent&quot; section to set it up.</source>
        <translation>Kampanye terjadwal dan yang dipicu peristiwa dapat dikirim selama Herald ditutup oleh agen Herald (herald-cli agent) di komputer yang tetap menyala; lihat bagian &quot;herald-cli agent&quot; di README untuk menyiapkannya.</translation>
    </message>
    <message>
        <source>Stop Sending and Quit</source>
        <translation>Hentikan Pengiriman dan Keluar</translation>
    </message>
    <message>
        <source>Keep the Window Open</source>
        <translation>Biarkan Jendela Tetap Terbuka</translation>
    </message>
    <message>
        <source>Hand Over to the Agent</source>
        <translation>Serahkan ke Agen</translation>
    </message>
    <message>
        <source>Quit while sending?</source>
        <translation>Keluar saat sedang mengirim?</translation>
    </message>
</context>
<context>
    <name>RateCard</name>
    <message>
        <source>A rate needs a template category (MARKETING, UTILITY, AUTHENTICATION or SERVICE).</source>
        <translation>Tarif memerlukan kategori template (MARKETING, UTILITY, AUTHENTICATION atau SERVICE).</translation>
    </message>
    <message>
        <source>“%1” is not a country code; use a two-letter ISO code such as IN or DE.</source>
        <translation>“%1” bukan kode negara; gunakan kode ISO dua huruf seperti IN atau DE.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Harga tidak boleh negatif.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use a three-letter ISO 4217 code such as USD, EUR or INR.</source>
        <translation>“%1” bukan kode mata uang; gunakan kode ISO 4217 tiga huruf seperti USD, EUR, atau INR.</translation>
    </message>
    <message>
        <source>There is no rate for %1.</source>
        <translation>Tidak ada tarif untuk %1.</translation>
    </message>
</context>
<context>
    <name>RateCardDialog</name>
    <message>
        <source>Rate card</source>
        <translation>Daftar tarif</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Tambah tarif</translation>
    </message>
    <message>
        <source>&amp;Remove rate</source>
        <translation>&amp;Hapus tarif</translation>
    </message>
    <message>
        <source>“%1” is not a country code; use a two-letter ISO code such as IN or DE, or leave it empty for any country.</source>
        <translation>“%1” bukan kode negara; gunakan kode ISO dua huruf seperti IN atau DE, atau biarkan kosong untuk semua negara.</translation>
    </message>
    <message>
        <source>The rate card was not saved: %1</source>
        <translation>Daftar tarif tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>The price of one message by template category and recipient country. A row without a country applies to every country without its own row. With no rows, the pre-flight check gives no cost estimate. A row valid from a date (YYYY-MM-DD, UTC) prices the messages sent from that day on; older runs keep the price of their day.</source>
        <translation>Harga satu pesan menurut kategori template dan negara penerima. Baris tanpa negara berlaku untuk semua negara yang tidak punya baris sendiri. Tanpa baris, pemeriksaan awal tidak memberi perkiraan biaya. Baris yang berlaku mulai suatu tanggal (YYYY-MM-DD, UTC) menentukan harga pesan yang dikirim sejak hari itu; putaran yang lebih lama tetap memakai harga pada harinya.</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Berlaku mulai</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a date; write Valid from like 2025-07-01, or leave it empty for a price that always applied.</source>
        <translation>Baris %1: “%2” bukan tanggal; isi “Berlaku mulai” seperti 2025-07-01, atau kosongkan untuk harga yang selalu berlaku.</translation>
    </message>
</context>
<context>
    <name>RateCardImport</name>
    <message>
        <source>Line %1, field %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>The file is empty; the first line must be the header category,country,price,currency[,valid_from].</source>
        <translation>File kosong; baris pertama harus berupa header category,country,price,currency[,valid_from].</translation>
    </message>
    <message>
        <source>Line %1 (the header): column “%2” is not known; the columns are category, country, price, currency and optionally valid_from.</source>
        <translation>Baris %1 (header): kolom “%2” tidak dikenal; kolomnya adalah category, country, price, currency, dan valid_from (opsional).</translation>
    </message>
    <message>
        <source>Line %1 (the header): column “%2” appears twice.</source>
        <translation>Baris %1 (header): kolom “%2” muncul dua kali.</translation>
    </message>
    <message>
        <source>Line %1 (the header): the column “%2” is missing; the header must name category,country,price,currency (and optionally valid_from).</source>
        <translation>Baris %1 (header): kolom “%2” tidak ada; header harus memuat category,country,price,currency (dan valid_from jika perlu).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>empty; write MARKETING, UTILITY, AUTHENTICATION or SERVICE.</source>
        <translation>kosong; tulis MARKETING, UTILITY, AUTHENTICATION, atau SERVICE.</translation>
    </message>
    <message>
        <source>empty; write a three-letter code such as USD.</source>
        <translation>kosong; tulis kode tiga huruf seperti USD.</translation>
    </message>
    <message>
        <source>“%1” is not a price; write it like 0.0107.</source>
        <translation>“%1” bukan harga; tulis seperti 0.0107.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like 2025-07-01.</source>
        <translation>“%1” bukan tanggal; tulis seperti 2025-07-01.</translation>
    </message>
    <message>
        <source>Line %1: the same category, country and valid_from as line %2; keep one of them.</source>
        <translation>Baris %1: kategori, negara, dan valid_from sama dengan baris %2; simpan salah satunya saja.</translation>
    </message>
    <message>
        <source>The file has a header but no rates.</source>
        <translation>File punya header tetapi tidak ada tarif.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was imported.</source>
        <translation>%1: %2 Tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>RecipientLedger</name>
    <message>
        <source>Cannot prepare a ledger statement: %1</source>
        <translation>Tidak dapat menyiapkan pernyataan catatan: %1</translation>
    </message>
    <message>
        <source>The sender stopped before the provider&apos;s answer was recorded; the message may have been sent.</source>
        <translation>Pengirim berhenti sebelum jawaban penyedia tercatat; pesan mungkin sudah terkirim.</translation>
    </message>
    <message>
        <source>Sent again by the operator after an uncertain attempt.</source>
        <translation>Dikirim lagi oleh operator setelah percobaan yang tidak pasti.</translation>
    </message>
    <message>
        <source>No answer from the provider; marked failed by the operator</source>
        <translation>Tidak ada jawaban dari penyedia; ditandai gagal oleh operator</translation>
    </message>
    <message>
        <source>There is no campaign run %1 in this workspace.</source>
        <translation>Tidak ada putaran kampanye %1 di ruang kerja ini.</translation>
    </message>
    <message>
        <source>Unknown run control “%1”: use pause, resume or stop.</source>
        <translation>Kontrol putaran “%1” tidak dikenal: gunakan pause, resume atau stop.</translation>
    </message>
</context>
<context>
    <name>RecipientListModel</name>
    <message>
        <source>Could not read the recipients: %1</source>
        <translation>Tidak dapat membaca penerima: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Dibaca</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Dibalas</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>Message ID</source>
        <translation>ID pesan</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Kode error</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>RecipientListPane</name>
    <message>
        <source>Export Recipients</source>
        <translation>Ekspor Penerima</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Mengekspor ke %1…</translation>
    </message>
    <message>
        <source>The list could not be exported: %1</source>
        <translation>Daftar tidak dapat diekspor: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n recipient(s) to %1.</source>
        <translation>
            <numerusform>%n penerima diekspor ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry Failures</source>
        <translation>Coba Ulang Kegagalan</translation>
    </message>
    <message>
        <source>Plan a new run, linked to this one, that sends again only to the recipients whose failure a retry can help? Recipients still in a waiting period (such as 24 hours after error 131049) and contacts who opted out are left out.</source>
        <translation>Rencanakan putaran baru, yang terhubung dengan putaran ini, yang hanya mengirim lagi ke penerima yang kegagalannya bisa terbantu dengan percobaan ulang? Penerima yang masih dalam masa tunggu (seperti 24 jam setelah error 131049) dan kontak yang opt-out tidak diikutkan.</translation>
    </message>
    <message>
        <source>Plan retry</source>
        <translation>Rencanakan coba ulang</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 will send again to %n recipient(s).</source>
        <translation>
            <numerusform>Putaran %1 akan mengirim lagi ke %n penerima.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more must wait until %1; retry again then.</source>
        <translation>
            <numerusform>%n lainnya harus menunggu sampai %1; coba ulang lagi nanti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would fail the same way and are left out.</source>
        <translation>
            <numerusform>%n akan gagal dengan cara yang sama dan tidak diikutkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start it from the Campaigns page.</source>
        <translation>Mulai dari halaman Kampanye.</translation>
    </message>
    <message>
        <source>Resend Uncertain</source>
        <translation>Kirim Ulang yang Tidak Pasti</translation>
    </message>
    <message numerus="yes">
        <source>No answer came back for %n message(s): they may have reached the phone. Send them again anyway? The person may get the message twice.</source>
        <translation>
            <numerusform>Tidak ada jawaban untuk %n pesan: pesan itu mungkin sudah sampai ke ponsel. Tetap kirim lagi? Orang tersebut mungkin menerima pesan dua kali.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Kirim ulang</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will be sent again when the run continues.</source>
        <translation>
            <numerusform>%n penerima akan dikirimi lagi saat putaran berlanjut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Uncertain as Failed</source>
        <translation>Tandai yang Tidak Pasti sebagai Gagal</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n uncertain recipient(s) as failed? They will not be sent again by this run.</source>
        <translation>
            <numerusform>Tandai %n penerima tidak pasti sebagai gagal? Mereka tidak akan dikirimi lagi oleh putaran ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark failed</source>
        <translation>Tandai gagal</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) marked failed.</source>
        <translation>
            <numerusform>%n penerima ditandai gagal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying helps.</source>
        <translation>Mencoba ulang membantu.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying helps only after %n hour(s).</source>
        <translation>
            <numerusform>Mencoba ulang baru membantu setelah %n jam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying helps only after the cause is fixed.</source>
        <translation>Mencoba ulang baru membantu setelah penyebabnya diperbaiki.</translation>
    </message>
    <message>
        <source>Retrying does not help.</source>
        <translation>Mencoba ulang tidak membantu.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Who is behind a number?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click a bar of the chart (or choose one with the arrow keys and press Enter) to list its recipients here: their status times, message IDs, errors and replies.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Siapa di balik sebuah angka?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Klik sebuah batang di grafik (atau pilih dengan tombol panah lalu tekan Enter) untuk menampilkan penerimanya di sini: waktu status, ID pesan, error, dan balasan mereka.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search name, phone, message ID or error…</source>
        <translation>Cari nama, telepon, ID pesan, atau error…</translation>
    </message>
    <message>
        <source>Search recipients</source>
        <translation>Cari penerima</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Alasan kegagalan</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>New results came in since this list was opened.</source>
        <translation>Ada hasil baru sejak daftar ini dibuka.</translation>
    </message>
    <message>
        <source>Re&amp;fresh list</source>
        <translation>&amp;Muat ulang daftar</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Message &amp;history…</source>
        <translation>&amp;Riwayat pesan…</translation>
    </message>
    <message>
        <source>&amp;Resend uncertain…</source>
        <translation>&amp;Kirim ulang yang tidak pasti…</translation>
    </message>
    <message>
        <source>&amp;Mark uncertain as failed…</source>
        <translation>&amp;Tandai yang tidak pasti sebagai gagal…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>Save this list (with the reason and search filters) as a CSV file.</source>
        <translation>Simpan daftar ini (dengan filter alasan dan pencarian) sebagai file CSV.</translation>
    </message>
    <message>
        <source>&amp;New campaign from these…</source>
        <translation>Kampanye &amp;baru dari penerima ini…</translation>
    </message>
    <message>
        <source>Start a campaign whose audience is exactly the recipients of this list.</source>
        <translation>Mulai kampanye yang audiensnya persis penerima di daftar ini.</translation>
    </message>
    <message>
        <source>Re&amp;try failures…</source>
        <translation>&amp;Coba ulang kegagalan…</translation>
    </message>
    <message>
        <source>Plan a linked run that sends again only to the failures a retry can help, respecting waiting times such as 24 hours after error 131049.</source>
        <translation>Rencanakan putaran terhubung yang hanya mengirim lagi ke kegagalan yang bisa terbantu dengan percobaan ulang, dengan menghormati masa tunggu seperti 24 jam setelah error 131049.</translation>
    </message>
    <message>
        <source>Resolve &amp;uncertain</source>
        <translation>Selesaikan yang tidak &amp;pasti</translation>
    </message>
    <message>
        <source>Selected recipients whose send is uncertain (no answer came back): send again or mark them failed.</source>
        <translation>Penerima terpilih yang pengirimannya tidak pasti (tidak ada jawaban): kirim lagi atau tandai gagal.</translation>
    </message>
    <message>
        <source>&amp;Resend selected uncertain…</source>
        <translation>&amp;Kirim ulang yang tidak pasti terpilih…</translation>
    </message>
    <message>
        <source>&amp;Mark selected uncertain as failed…</source>
        <translation>&amp;Tandai yang tidak pasti terpilih sebagai gagal…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Riwayat…</translation>
    </message>
    <message>
        <source>Every message to and from the selected recipient (Enter).</source>
        <translation>Setiap pesan ke dan dari penerima yang dipilih (Enter).</translation>
    </message>
    <message>
        <source>All reasons (%1)</source>
        <translation>Semua alasan (%1)</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>tanpa kode</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>No message failed in this run.</source>
        <translation>Tidak ada pesan yang gagal di putaran ini.</translation>
    </message>
    <message numerus="yes">
        <source>%n reason(s) behind these failures, largest first in the list above. Choose one to see what it means and whether a retry helps.</source>
        <translation>
            <numerusform>%n alasan di balik kegagalan ini, yang terbanyak di urutan teratas daftar di atas. Pilih salah satu untuk melihat artinya dan apakah percobaan ulang membantu.</numerusform>
        </translation>
    </message>
    <message>
        <source>no provider code</source>
        <translation>tidak ada kode penyedia</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>kode %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2) · %3&lt;br&gt;%4&lt;br&gt;&lt;b&gt;%5&lt;/b&gt; %6&lt;br&gt;&lt;a href=&quot;%7&quot;&gt;WhatsApp error code reference&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2) · %3&lt;br&gt;%4&lt;br&gt;&lt;b&gt;%5&lt;/b&gt; %6&lt;br&gt;&lt;a href=&quot;%7&quot;&gt;Referensi kode error WhatsApp&lt;/a&gt;</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 · network error</source>
        <translation>%1 · error jaringan</translation>
    </message>
    <message>
        <source>%1 · code %2</source>
        <translation>%1 · kode %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n recipient(s)</source>
        <translation>
            <numerusform>%1 — %n penerima</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching “%1”.</source>
        <translation>Cocok dengan “%1”.</translation>
    </message>
    <message>
        <source>No recipient in this list matches your search.</source>
        <translation>Tidak ada penerima di daftar ini yang cocok dengan pencarian Anda.</translation>
    </message>
    <message>
        <source>No recipients here yet.</source>
        <translation>Belum ada penerima di sini.</translation>
    </message>
    <message>
        <source>The run is still sending; retry its failures once it has finished.</source>
        <translation>Putaran masih mengirim; coba ulang kegagalannya setelah selesai.</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>%1 penerima</translation>
    </message>
    <message>
        <source>Start a campaign for exactly these recipients: %1.</source>
        <translation>Mulai kampanye untuk penerima ini saja: %1.</translation>
    </message>
</context>
<context>
    <name>RecipientZone</name>
    <message>
        <source>contact attribute</source>
        <translation>atribut kontak</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>kode area</translation>
    </message>
    <message>
        <source>country</source>
        <translation>negara</translation>
    </message>
    <message>
        <source>campaign zone</source>
        <translation>zona waktu kampanye</translation>
    </message>
</context>
<context>
    <name>RegionBox</name>
    <message>
        <source>Default region</source>
        <translation>Wilayah default</translation>
    </message>
    <message>
        <source>The country of phone numbers written without a country code</source>
        <translation>Negara untuk nomor telepon yang ditulis tanpa kode negara</translation>
    </message>
    <message>
        <source>Automatic: none, numbers must include the country code</source>
        <translation>Otomatis: tidak ada, nomor harus memakai kode negara</translation>
    </message>
    <message>
        <source>Automatic: %1, from this computer</source>
        <translation>Otomatis: %1, dari komputer ini</translation>
    </message>
</context>
<context>
    <name>RelayFeedPoller</name>
    <message>
        <source>The account “%1” has no relay URL. Set one with: herald-cli account set --name %1 --relay-url URL</source>
        <translation>Akun “%1” tidak punya URL relay. Atur dengan: herald-cli account set --name %1 --relay-url URL</translation>
    </message>
    <message>
        <source>No relay feed token is stored for the account “%1”. Store it with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation>Belum ada token feed relay yang tersimpan untuk akun “%1”. Simpan dengan: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>Cannot read the status feed cursor: %1</source>
        <translation>Tidak dapat membaca kursor feed status: %1</translation>
    </message>
    <message>
        <source>The relay refused the feed token of the account “%1” (HTTP %2). Store the relay&apos;s HERALD_RELAY_FEED_TOKEN with: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</source>
        <translation>Relay menolak token feed akun “%1” (HTTP %2). Simpan HERALD_RELAY_FEED_TOKEN milik relay dengan: herald-cli account set-secret relay-feed-token --name %1 &lt; token.txt</translation>
    </message>
    <message>
        <source>The relay at %1 cannot be reached: %2</source>
        <translation>Relay di %1 tidak dapat dihubungi: %2</translation>
    </message>
    <message>
        <source>The relay at %1 answered HTTP %2.</source>
        <translation>Relay di %1 menjawab HTTP %2.</translation>
    </message>
    <message>
        <source>The relay at %1 sent a feed page that is not valid.</source>
        <translation>Relay di %1 mengirim halaman feed yang tidak valid.</translation>
    </message>
    <message>
        <source>Cannot apply the status feed: %1</source>
        <translation>Tidak dapat menerapkan feed status: %1</translation>
    </message>
</context>
<context>
    <name>RelayFeeds</name>
    <message>
        <source>Delivery reports for “%1” are off: %2</source>
        <translation>Laporan pengiriman untuk “%1” nonaktif: %2</translation>
    </message>
    <message>
        <source>Delivery reports for “%1” stopped: %2</source>
        <translation>Laporan pengiriman untuk “%1” berhenti: %2</translation>
    </message>
</context>
<context>
    <name>RelayMain</name>
    <message>
        <source>Address and port to listen on.</source>
        <translation>Alamat dan port untuk mendengarkan.</translation>
    </message>
    <message>
        <source>SQLite file for the stored events.</source>
        <translation>File SQLite untuk peristiwa yang disimpan.</translation>
    </message>
    <message>
        <source>Largest webhook body accepted, in bytes (larger ones get 413).</source>
        <translation>Ukuran body webhook terbesar yang diterima, dalam byte (yang lebih besar mendapat 413).</translation>
    </message>
    <message>
        <source>Largest request head (request line and header fields), in bytes (larger ones get 431).</source>
        <translation>Ukuran kepala permintaan terbesar (baris permintaan dan kolom header), dalam byte (yang lebih besar mendapat 431).</translation>
    </message>
    <message>
        <source>Most client connections at once (default: the open-files limit minus %1, at most %2).</source>
        <translation>Jumlah maksimum koneksi klien sekaligus (default: batas file terbuka dikurangi %1, maksimal %2).</translation>
    </message>
    <message>
        <source>Most connections from one client address.</source>
        <translation>Jumlah maksimum koneksi dari satu alamat klien.</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s head (and finish a TLS handshake).</source>
        <translation>Detik yang dimiliki klien untuk mengirim kepala permintaan (dan menyelesaikan handshake TLS).</translation>
    </message>
    <message>
        <source>Seconds a client has to send a request&apos;s body.</source>
        <translation>Detik yang dimiliki klien untuk mengirim body permintaan.</translation>
    </message>
    <message>
        <source>Seconds an idle keep-alive connection (or a client not reading its answer) is kept.</source>
        <translation>Detik koneksi keep-alive yang menganggur (atau klien yang tidak membaca jawabannya) dipertahankan.</translation>
    </message>
    <message>
        <source>Most memory the request bodies being read may hold together, in bytes (more get 503).</source>
        <translation>Memori maksimum yang boleh dipakai bersama oleh body permintaan yang sedang dibaca, dalam byte (kelebihannya mendapat 503).</translation>
    </message>
    <message>
        <source>Seconds between the test writes /healthz makes to the database.</source>
        <translation>Detik di antara penulisan uji yang dilakukan /healthz ke database.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate chain (needs --tls-key).</source>
        <translation>Layani HTTPS dengan rantai sertifikat PEM ini (memerlukan --tls-key).</translation>
    </message>
    <message>
        <source>Unencrypted PEM private key of --tls-cert (keep it readable by the relay only).</source>
        <translation>Kunci privat PEM tanpa enkripsi untuk --tls-cert (pastikan hanya relay yang dapat membacanya).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumen tidak terduga: %1</translation>
    </message>
    <message>
        <source>Refusing to start: set %1 in the environment (secrets are never accepted as options).</source>
        <translation>Menolak untuk mulai: atur %1 di environment (rahasia tidak pernah diterima sebagai opsi).</translation>
    </message>
    <message>
        <source>Invalid --listen value &quot;%1&quot;; expected HOST:PORT.</source>
        <translation>Nilai --listen &quot;%1&quot; tidak valid; seharusnya HOST:PORT.</translation>
    </message>
    <message>
        <source>Invalid --max-body value &quot;%1&quot;; expected a positive number of bytes.</source>
        <translation>Nilai --max-body &quot;%1&quot; tidak valid; seharusnya jumlah byte positif.</translation>
    </message>
    <message>
        <source>Invalid --%1 value &quot;%2&quot;; expected a positive whole number.</source>
        <translation>Nilai --%1 &quot;%2&quot; tidak valid; seharusnya bilangan bulat positif.</translation>
    </message>
    <message>
        <source>--max-connections %1 does not fit the open-files limit of %2 (%3 are kept for the database and the relay itself): lower it or raise LimitNOFILE= / ulimit -n.</source>
        <translation>--max-connections %1 melebihi batas file terbuka %2 (%3 disisihkan untuk database dan relay itu sendiri): turunkan nilainya atau naikkan LimitNOFILE= / ulimit -n.</translation>
    </message>
    <message>
        <source>Invalid --%1 value &quot;%2&quot;; expected a positive number of seconds, e.g. 10 or 0.5.</source>
        <translation>Nilai --%1 &quot;%2&quot; tidak valid; seharusnya jumlah detik positif, mis. 10 atau 0.5.</translation>
    </message>
    <message>
        <source>Invalid --health-probe-interval value &quot;%1&quot;; expected 0 to 3600 seconds.</source>
        <translation>Nilai --health-probe-interval &quot;%1&quot; tidak valid; seharusnya 0 sampai 3600 detik.</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Tidak dapat memulai: %1</translation>
    </message>
    <message>
        <source>Receives WhatsApp webhooks from Meta and order webhooks from shops, stores them durably and
serves them to Herald desktops.
Secrets come only from the environment: HERALD_RELAY_APP_SECRET, HERALD_RELAY_VERIFY_TOKEN,
HERALD_RELAY_FEED_TOKEN; optionally HERALD_RELAY_INGEST_TOKEN, which enables
POST /v1/business-events, HERALD_RELAY_SHOPIFY_SECRET (POST /webhooks/shopify),
HERALD_RELAY_WOOCOMMERCE_SECRET (POST /webhooks/woocommerce) and, for each source NAME of
--events-config, HERALD_RELAY_EVENTS_&lt;NAME&gt;_SECRET (POST /webhooks/events/NAME, signed with
X-Herald-Signature: sha256=&lt;hex HMAC-SHA256 of the body&gt;).</source>
        <translation>Menerima webhook WhatsApp dari Meta dan webhook pesanan dari toko, menyimpannya secara tahan lama, dan
menyajikannya ke Herald desktop.
Rahasia hanya berasal dari environment: HERALD_RELAY_APP_SECRET, HERALD_RELAY_VERIFY_TOKEN,
HERALD_RELAY_FEED_TOKEN; opsional HERALD_RELAY_INGEST_TOKEN, yang mengaktifkan
POST /v1/business-events, HERALD_RELAY_SHOPIFY_SECRET (POST /webhooks/shopify),
HERALD_RELAY_WOOCOMMERCE_SECRET (POST /webhooks/woocommerce), dan untuk setiap sumber NAME di
--events-config, HERALD_RELAY_EVENTS_&lt;NAME&gt;_SECRET (POST /webhooks/events/NAME, ditandatangani dengan
X-Herald-Signature: sha256=&lt;HMAC-SHA256 body dalam hex&gt;).</translation>
    </message>
    <message>
        <source>JSON file of generic webhook sources: for each NAME the JSON paths of event, phone, region, occurred_at, data and id in its body (docs/relay.md, &quot;Any other platform&quot;).</source>
        <translation>File JSON berisi sumber webhook generik: untuk setiap NAME, path JSON untuk event, phone, region, occurred_at, data, dan id di dalam body-nya (docs/relay.md, &quot;Any other platform&quot;).</translation>
    </message>
    <message>
        <source>Invalid --events-config: %1</source>
        <translation>--events-config tidak valid: %1</translation>
    </message>
</context>
<context>
    <name>RunNotifier</name>
    <message>
        <source>Herald</source>
        <translation>Herald</translation>
    </message>
    <message>
        <source>Show Herald</source>
        <translation>Tampilkan Herald</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>“%1” is being sent</source>
        <translation>“%1” sedang dikirim</translation>
    </message>
    <message>
        <source>Herald started sending this campaign. Click to follow it on the dashboard.</source>
        <translation>Herald mulai mengirim kampanye ini. Klik untuk memantaunya di dasbor.</translation>
    </message>
    <message>
        <source>“%1” was stopped</source>
        <translation>“%1” dihentikan</translation>
    </message>
    <message>
        <source>The run was stopped; the people it did not reach were not messaged.</source>
        <translation>Putaran dihentikan; orang yang belum terjangkau tidak dikirimi pesan.</translation>
    </message>
    <message>
        <source>“%1” was sent</source>
        <translation>“%1” sudah terkirim</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) handed to WhatsApp. Click to see who received and read it.</source>
        <translation>
            <numerusform>%Ln penerima diserahkan ke WhatsApp. Klik untuk melihat siapa yang menerima dan membacanya.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” paused</source>
        <translation>“%1” dijeda</translation>
    </message>
    <message>
        <source>“%1” needs your decision</source>
        <translation>“%1” memerlukan keputusan Anda</translation>
    </message>
    <message>
        <source>Open Campaigns to resume or stop it.</source>
        <translation>Buka Kampanye untuk melanjutkan atau menghentikannya.</translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation>Kampanye %1</translation>
    </message>
</context>
<context>
    <name>RunService</name>
    <message>
        <source>Campaign %1 has not run yet: start it normally.</source>
        <translation>Kampanye %1 belum pernah berjalan: mulai seperti biasa.</translation>
    </message>
    <message>
        <source>The newest run of campaign %1 (run %2) is %3, not stopped: there is no stopped run to send the rest of.</source>
        <translation>Putaran terbaru kampanye %1 (putaran %2) berstatus %3, bukan dihentikan: tidak ada putaran yang dihentikan untuk dikirim sisanya.</translation>
    </message>
    <message>
        <source>Run %1 of campaign %2 was stopped, and a stopped run is never continued.</source>
        <translation>Putaran %1 kampanye %2 dihentikan, dan putaran yang dihentikan tidak pernah dilanjutkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) it did not reach can get the message in a new run.</source>
        <translation>
            <numerusform>%n penerima yang belum terjangkau dapat menerima pesan dalam putaran baru.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n opted out or were deleted since and are left out.)</source>
        <translation>
            <numerusform>(%n yang sejak itu opt-out atau dihapus tidak diikutkan.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 is %2: there is nothing to continue.</source>
        <translation>Putaran %1 berstatus %2: tidak ada yang perlu dilanjutkan.</translation>
    </message>
    <message>
        <source>The campaign&apos;s account no longer exists.</source>
        <translation>Akun kampanye ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Sandbox bawaan tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>Campaign %1 has nothing to send.</source>
        <translation>Kampanye %1 tidak punya apa pun untuk dikirim.</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>Dihentikan oleh operator.</translation>
    </message>
    <message>
        <source>Account %1 of campaign %2 no longer exists: edit the campaign&apos;s numbers (herald-cli campaign edit %2 --accounts …).</source>
        <translation>Akun %1 di kampanye %2 sudah tidak ada: ubah nomor kampanye (herald-cli campaign edit %2 --accounts …).</translation>
    </message>
    <message>
        <source>Run %1 of campaign %2 was already planned when you cancelled: nothing was sent. Start sends it.</source>
        <translation>Putaran %1 kampanye %2 sudah direncanakan saat Anda membatalkan: belum ada yang dikirim. Mulai akan mengirimnya.</translation>
    </message>
</context>
<context>
    <name>RunStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>Siap dikirim</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Mengirim</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>Menjeda…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Dihentikan</translation>
    </message>
    <message>
        <source>Stopped by an error</source>
        <translation>Dihentikan karena error</translation>
    </message>
    <message>
        <source>Sending in another window</source>
        <translation>Mengirim di jendela lain</translation>
    </message>
    <message>
        <source>Waiting for the daily limit</source>
        <translation>Menunggu batas harian</translation>
    </message>
    <message>
        <source>Sent — waiting for delivery reports</source>
        <translation>Terkirim — menunggu laporan pengiriman</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Waiting for the next send window</source>
        <translation>Menunggu jendela pengiriman berikutnya</translation>
    </message>
</context>
<context>
    <name>SandboxEnvironment</name>
    <message>
        <source>The sandbox relay could not start: %1</source>
        <translation>Relay sandbox tidak dapat dimulai: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start.</source>
        <translation>Sandbox tidak dapat dimulai.</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation>Sandbox tidak dapat mendengarkan di 127.0.0.1.</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>schedule grace_minutes: must be a whole number of minutes from 0 to %1.</source>
        <translation>schedule grace_minutes: harus bilangan bulat menit dari 0 sampai %1.</translation>
    </message>
    <message>
        <source>schedule at: “%1” is not a local date and time like 2026-12-01T09:00.</source>
        <translation>schedule at: “%1” bukan tanggal dan waktu lokal seperti 2026-12-01T09:00.</translation>
    </message>
    <message>
        <source>schedule every: “%1” must be daily, weekly or monthly.</source>
        <translation>schedule every: “%1” harus daily, weekly atau monthly.</translation>
    </message>
    <message>
        <source>schedule time: “%1” is not a time like 09:00.</source>
        <translation>schedule time: “%1” bukan waktu seperti 09:00.</translation>
    </message>
    <message>
        <source>schedule days: weekdays are 1 (Monday) to 7 (Sunday).</source>
        <translation>schedule days: hari dalam seminggu adalah 1 (Senin) sampai 7 (Minggu).</translation>
    </message>
    <message>
        <source>schedule days: a weekly schedule needs at least one weekday.</source>
        <translation>schedule days: jadwal mingguan memerlukan minimal satu hari.</translation>
    </message>
    <message>
        <source>schedule day_of_month: must be from 1 to 31.</source>
        <translation>schedule day_of_month: harus dari 1 sampai 31.</translation>
    </message>
    <message>
        <source>schedule start/end: dates look like 2026-12-31.</source>
        <translation>schedule start/end: tanggal ditulis seperti 2026-12-31.</translation>
    </message>
    <message>
        <source>schedule end: the end date %1 is before the start date %2.</source>
        <translation>schedule end: tanggal akhir %1 lebih awal dari tanggal mulai %2.</translation>
    </message>
    <message>
        <source>Once on %1 at %2 (%3)</source>
        <translation>Sekali pada %1 pukul %2 (%3)</translation>
    </message>
    <message>
        <source>Every day at %1 (%2)</source>
        <translation>Setiap hari pukul %1 (%2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>Every %1 at %2 (%3)</source>
        <translation>Setiap %1 pukul %2 (%3)</translation>
    </message>
    <message>
        <source>Monthly on day %1 (or the month&apos;s last day) at %2 (%3)</source>
        <translation>Setiap bulan pada tanggal %1 (atau hari terakhir bulan itu) pukul %2 (%3)</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2 (%3)</source>
        <translation>Setiap bulan pada tanggal %1 pukul %2 (%3)</translation>
    </message>
    <message>
        <source>, from %1</source>
        <translation>, mulai %1</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, sampai %1</translation>
    </message>
    <message>
        <source>The time zone “%1” (tz) is not known: choose one such as Asia/Kolkata or America/Sao_Paulo.</source>
        <translation>Zona waktu “%1” (tz) tidak dikenal: pilih zona waktu seperti Asia/Kolkata atau America/Sao_Paulo.</translation>
    </message>
</context>
<context>
    <name>ScheduleStore</name>
    <message>
        <source>the template %1 (%2) is not in the workspace</source>
        <translation>template %1 (%2) tidak ada di ruang kerja</translation>
    </message>
    <message>
        <source>the template %1 (%2) is %3, not APPROVED</source>
        <translation>template %1 (%2) berstatus %3, bukan APPROVED</translation>
    </message>
    <message numerus="yes">
        <source>%n due fire(s) wait: run %1 of this campaign is still %2</source>
        <translation>
            <numerusform>%n pemicu yang jatuh tempo menunggu: putaran %1 kampanye ini masih %2</numerusform>
        </translation>
    </message>
    <message>
        <source>fire %1 (%2): suppressed, %3</source>
        <translation>pemicu %1 (%2): ditahan, %3</translation>
    </message>
    <message>
        <source>“%1” happened within %2 hours</source>
        <translation>“%1” terjadi dalam %2 jam</translation>
    </message>
    <message>
        <source>fire %1 (%2): cancelled, %3</source>
        <translation>pemicu %1 (%2): dibatalkan, %3</translation>
    </message>
    <message>
        <source>the event is too old (due %1 hours ago; messages are sent at most %2 hours late)</source>
        <translation>peristiwa sudah terlalu lama (jatuh tempo %1 jam lalu; pesan dikirim paling lambat %2 jam terlambat)</translation>
    </message>
    <message>
        <source>cooldown: already sent within %1 hours</source>
        <translation>masa jeda: sudah dikirim dalam %1 jam terakhir</translation>
    </message>
    <message>
        <source>fire %1 (%2): in run %3</source>
        <translation>pemicu %1 (%2): dalam putaran %3</translation>
    </message>
    <message>
        <source>fire %1 (%2): %3</source>
        <translation>pemicu %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>The schedule has no occurrence after now (its end date has passed).</source>
        <translation>Jadwal tidak punya kejadian setelah saat ini (tanggal akhirnya sudah lewat).</translation>
    </message>
    <message>
        <source>The scheduled time %1 (%2) has passed, by more than the %3-minute grace window.</source>
        <translation>Waktu terjadwal %1 (%2) sudah lewat, melebihi batas toleransi %3 menit.</translation>
    </message>
    <message>
        <source>Campaign %1 is a one-time campaign: it is sent when started, not scheduled.</source>
        <translation>Kampanye %1 adalah kampanye sekali kirim: dikirim saat dimulai, tidak dijadwalkan.</translation>
    </message>
    <message>
        <source>The scheduler stopped.</source>
        <translation>Penjadwal berhenti.</translation>
    </message>
    <message>
        <source>This process runs the workspace&apos;s scheduled and triggered campaigns.</source>
        <translation>Proses ini menjalankan kampanye terjadwal dan yang dipicu peristiwa di ruang kerja ini.</translation>
    </message>
    <message>
        <source>Standing by: %1 (process %2 on %3) runs the scheduler of this workspace.</source>
        <translation>Siaga: %1 (proses %2 di %3) menjalankan penjadwal ruang kerja ini.</translation>
    </message>
    <message>
        <source>Standing by: another process runs the scheduler of this workspace.</source>
        <translation>Siaga: proses lain menjalankan penjadwal ruang kerja ini.</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: left unfinished by a scheduler that stopped, not continued: %3</source>
        <translation>putaran %1 kampanye %2: ditinggalkan belum selesai oleh penjadwal yang berhenti, tidak dilanjutkan: %3</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: left unfinished by a scheduler that stopped; continuing it</source>
        <translation>putaran %1 kampanye %2: ditinggalkan belum selesai oleh penjadwal yang berhenti; dilanjutkan</translation>
    </message>
    <message>
        <source>Cannot read the due campaigns: %1</source>
        <translation>Tidak dapat membaca kampanye yang jatuh tempo: %1</translation>
    </message>
    <message>
        <source>campaign %1: the schedule is invalid (%2); stopped</source>
        <translation>kampanye %1: jadwalnya tidak valid (%2); dihentikan</translation>
    </message>
    <message>
        <source>campaign %1: %2</source>
        <translation>kampanye %1: %2</translation>
    </message>
    <message>
        <source>missed by %1 minutes (grace %2 minutes): no Herald was running</source>
        <translation>terlewat %1 menit (toleransi %2 menit): tidak ada Herald yang berjalan</translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 skipped, %3</source>
        <translation>kampanye %1: kejadian %2 dilewati, %3</translation>
    </message>
    <message>
        <source>the occurrence of %1 is due</source>
        <translation>kejadian %1 sudah jatuh tempo</translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 not sent: %3</source>
        <translation>kampanye %1: kejadian %2 tidak dikirim: %3</translation>
    </message>
    <message>
        <source>%1 recipients, %2 skipped</source>
        <translation>%1 penerima, %2 dilewati</translation>
    </message>
    <message>
        <source>campaign %1: occurrence %2 fired as run %3 (%4)</source>
        <translation>kampanye %1: kejadian %2 dijalankan sebagai putaran %3 (%4)</translation>
    </message>
    <message>
        <source>campaign %1: no further occurrence; the schedule is done</source>
        <translation>kampanye %1: tidak ada kejadian berikutnya; jadwal selesai</translation>
    </message>
    <message>
        <source>campaign %1: next occurrence %2</source>
        <translation>kampanye %1: kejadian berikutnya %2</translation>
    </message>
    <message>
        <source>Cannot read the triggered campaigns: %1</source>
        <translation>Tidak dapat membaca kampanye yang dipicu peristiwa: %1</translation>
    </message>
    <message>
        <source>campaign %1: the trigger is invalid: %2</source>
        <translation>kampanye %1: pemicunya tidak valid: %2</translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) occurred before the campaign was started; ignored</source>
        <translation>kampanye %1: peristiwa %2 (%3) terjadi sebelum kampanye dimulai; diabaikan</translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) does not meet the conditions</source>
        <translation>kampanye %1: peristiwa %2 (%3) tidak memenuhi kondisi</translation>
    </message>
    <message>
        <source>campaign %1: event %2 (%3) matches; due %4</source>
        <translation>kampanye %1: peristiwa %2 (%3) cocok; jatuh tempo %4</translation>
    </message>
    <message>
        <source>a new batch of fires is due</source>
        <translation>batch pemicu baru sudah jatuh tempo</translation>
    </message>
    <message>
        <source>campaign %1: the triggered run could not be planned: %2</source>
        <translation>kampanye %1: putaran yang dipicu tidak dapat direncanakan: %2</translation>
    </message>
    <message>
        <source>campaign %1: triggered run %2 with %3 recipients</source>
        <translation>kampanye %1: putaran terpicu %2 dengan %3 penerima</translation>
    </message>
    <message>
        <source>Cannot read the runs waiting for the daily limit: %1</source>
        <translation>Tidak dapat membaca putaran yang menunggu batas harian: %1</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: the daily messaging limit has room again; continuing it</source>
        <translation>putaran %1 kampanye %2: batas pesan harian sudah longgar lagi; dilanjutkan</translation>
    </message>
    <message>
        <source>Cannot resolve uncertain sends: %1</source>
        <translation>Tidak dapat menyelesaikan pengiriman yang tidak pasti: %1</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: uncertain sends without a report for %3 minutes are sent again (reports for later messages arrived)</source>
        <translation>putaran %1 kampanye %2: pengiriman tidak pasti tanpa laporan selama %3 menit dikirim lagi (laporan untuk pesan yang lebih baru sudah masuk)</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: not continued: %3</source>
        <translation>putaran %1 kampanye %2: tidak dilanjutkan: %3</translation>
    </message>
    <message>
        <source>it is no longer the campaign&apos;s newest run</source>
        <translation>ini bukan lagi putaran terbaru kampanye tersebut</translation>
    </message>
    <message>
        <source>Stopped unsent because %1: a scheduled run is never sent late.</source>
        <translation>Dihentikan tanpa dikirim karena %1: putaran terjadwal tidak pernah dikirim terlambat.</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: %3</source>
        <translation>putaran %1 kampanye %2: %3</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: sending</source>
        <translation>putaran %1 kampanye %2: mengirim</translation>
    </message>
    <message>
        <source>run %1: not started: %2</source>
        <translation>putaran %1: tidak dimulai: %2</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: %3%4</source>
        <translation>putaran %1 kampanye %2: %3%4</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: cannot read its next send window: %3</source>
        <translation>putaran %1 kampanye %2: tidak dapat membaca jendela pengiriman berikutnya: %3</translation>
    </message>
    <message>
        <source>run %1 of campaign %2: the next send window is open; continuing it</source>
        <translation>putaran %1 kampanye %2: jendela pengiriman berikutnya sudah terbuka; melanjutkannya</translation>
    </message>
    <message>
        <source>Handed over to the Herald agent when the window closed.</source>
        <translation>Diserahkan ke agen Herald saat jendela ditutup.</translation>
    </message>
    <message>
        <source>run %1: could not be handed over: %2</source>
        <translation>putaran %1: tidak dapat diserahkan: %2</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Write-only: a stored secret is never shown. Type a new one to replace it.</source>
        <translation>Hanya tulis: rahasia yang tersimpan tidak pernah ditampilkan. Ketik yang baru untuk menggantinya.</translation>
    </message>
    <message>
        <source>Set token</source>
        <translation>Atur token</translation>
    </message>
    <message>
        <source>Store the token in the system keychain</source>
        <translation>Simpan token di keychain sistem</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Memeriksa keychain sistem…</translation>
    </message>
    <message>
        <source>✔ A token is stored in the system keychain.</source>
        <translation>✔ Ada token yang tersimpan di keychain sistem.</translation>
    </message>
    <message>
        <source>No token stored yet.</source>
        <translation>Belum ada token yang tersimpan.</translation>
    </message>
    <message>
        <source>Save the account before storing a token.</source>
        <translation>Simpan akun sebelum menyimpan token.</translation>
    </message>
    <message>
        <source>✔ Stored in the system keychain.</source>
        <translation>✔ Tersimpan di keychain sistem.</translation>
    </message>
    <message>
        <source>Token stored in the system keychain.</source>
        <translation>Token tersimpan di keychain sistem.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain is not available, so Herald cannot store or read tokens. Log in to a desktop session and try again.</source>
        <translation>Keychain sistem tidak tersedia, jadi Herald tidak dapat menyimpan atau membaca token. Masuk ke sesi desktop lalu coba lagi.</translation>
    </message>
    <message>
        <source>No keychain is available (no Secret Service is running), so Herald cannot store or read tokens. On a desktop, install and start gnome-keyring or KWallet (Debian/Ubuntu: apt install gnome-keyring) and log in again. On a server or over SSH, run Herald inside a D-Bus session with an unlocked keyring: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets &lt; password-file; herald-cli …&apos;.</source>
        <translation>Tidak ada keychain yang tersedia (tidak ada Secret Service yang berjalan), jadi Herald tidak dapat menyimpan atau membaca token. Di desktop, pasang dan jalankan gnome-keyring atau KWallet (Debian/Ubuntu: apt install gnome-keyring) lalu masuk lagi. Di server atau lewat SSH, jalankan Herald di dalam sesi D-Bus dengan keyring yang tidak terkunci: dbus-run-session -- sh -c &apos;gnome-keyring-daemon --unlock --components=secrets &lt; password-file; herald-cli …&apos;.</translation>
    </message>
    <message>
        <source>No secret is stored for this account yet.</source>
        <translation>Belum ada rahasia yang tersimpan untuk akun ini.</translation>
    </message>
    <message>
        <source>The keychain refused access (%1). Unlock it and try again.</source>
        <translation>Keychain menolak akses (%1). Buka kuncinya lalu coba lagi.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Keychain melaporkan error: %1</translation>
    </message>
</context>
<context>
    <name>SendPlaybook</name>
    <message>
        <source>Retrying after a temporary error (%1).</source>
        <translation>Mencoba ulang setelah error sementara (%1).</translation>
    </message>
    <message>
        <source>Meta&apos;s throughput limit was reached (%1); sending slower.</source>
        <translation>Batas throughput Meta tercapai (%1); mengirim lebih lambat.</translation>
    </message>
    <message numerus="yes">
        <source>Too many messages to this number (131056); waiting %n second(s).</source>
        <translation>
            <numerusform>Terlalu banyak pesan ke nomor ini (131056); menunggu %n detik.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta refused the account (code %1: %2). The run was stopped; nothing more is sent until the account is fixed and the run is started again.</source>
        <translation>Meta menolak akun ini (kode %1: %2). Putaran dihentikan; tidak ada yang dikirim lagi sampai akun diperbaiki dan putaran dimulai lagi.</translation>
    </message>
    <message>
        <source>The template is disabled (code 132016: %1). The run was paused; use a new template.</source>
        <translation>Template dinonaktifkan (kode 132016: %1). Putaran dijeda; gunakan template baru.</translation>
    </message>
    <message>
        <source>The template is paused for low quality (code 132015: %1). The run was paused; resume it when the template is active again.</source>
        <translation>Template dijeda karena kualitasnya rendah (kode 132015: %1). Putaran dijeda; lanjutkan saat template aktif lagi.</translation>
    </message>
</context>
<context>
    <name>SendWindow</name>
    <message>
        <source>The send time “%1” (--local-time) is not a time of day: write HH:MM, e.g. 10:00.</source>
        <translation>Waktu kirim “%1” (--local-time) bukan jam yang valid: tulis HH:MM, mis. 10:00.</translation>
    </message>
    <message>
        <source>The quiet hours “%1” (--quiet-hours) are not a time range: write HH:MM-HH:MM with two different times, e.g. 21:00-09:00.</source>
        <translation>Jam tenang “%1” (--quiet-hours) bukan rentang waktu: tulis HH:MM-HH:MM dengan dua waktu berbeda, mis. 21:00-09:00.</translation>
    </message>
    <message>
        <source>The send time %1 falls in the quiet hours %2: choose a send time outside them.</source>
        <translation>Waktu kirim %1 jatuh di jam tenang %2: pilih waktu kirim di luar jam tersebut.</translation>
    </message>
    <message>
        <source>at %1, never %2–%3, recipient time</source>
        <translation>pukul %1, tidak pernah %2–%3, waktu penerima</translation>
    </message>
    <message>
        <source>at %1 recipient time</source>
        <translation>pukul %1 waktu penerima</translation>
    </message>
    <message>
        <source>never %1–%2 recipient time</source>
        <translation>tidak pernah %1–%2 waktu penerima</translation>
    </message>
</context>
<context>
    <name>SendWindowBox</name>
    <message>
        <source>Recipient&apos;s own time</source>
        <translation>Waktu setempat penerima</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Kirim pukul</translation>
    </message>
    <message>
        <source>in each recipient&apos;s time zone</source>
        <translation>di zona waktu masing-masing penerima</translation>
    </message>
    <message>
        <source>Never between</source>
        <translation>Jangan kirim antara</translation>
    </message>
    <message>
        <source>and</source>
        <translation>dan</translation>
    </message>
    <message>
        <source>recipient time</source>
        <translation>waktu penerima</translation>
    </message>
    <message>
        <source>The zone comes from the contact&apos;s “timezone” attribute, else from the number&apos;s area code or country, else the campaign&apos;s zone. The pre-flight shows the waves.</source>
        <translation>Zona waktu diambil dari atribut “timezone” kontak; jika tidak ada, dari kode area atau negara nomornya; jika tidak ada juga, dari zona waktu kampanye. Pemeriksaan awal menampilkan gelombangnya.</translation>
    </message>
</context>
<context>
    <name>SendWindowPlan</name>
    <message>
        <source>There is no campaign run %1.</source>
        <translation>Tidak ada putaran kampanye %1.</translation>
    </message>
</context>
<context>
    <name>SendWorker</name>
    <message>
        <source>Campaign run %1 belongs to another account.</source>
        <translation>Putaran kampanye %1 milik akun lain.</translation>
    </message>
    <message>
        <source>Paused by the operator.</source>
        <translation>Dijeda oleh operator.</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>Dihentikan oleh operator.</translation>
    </message>
    <message>
        <source>Herald was closed while this run was sending; resume it to continue.</source>
        <translation>Herald ditutup saat putaran ini sedang mengirim; lanjutkan untuk meneruskan.</translation>
    </message>
    <message>
        <source>Sending stopped because of an error: %1</source>
        <translation>Pengiriman berhenti karena error: %1</translation>
    </message>
    <message>
        <source>The next wave is due at %1 (UTC); herald-cli agent or the open app sends it then.</source>
        <translation>Gelombang berikutnya dijadwalkan pada %1 (UTC); herald-cli agent atau aplikasi yang terbuka akan mengirimnya saat itu.</translation>
    </message>
    <message>
        <source>Meta set the template “%1” (%2) to %3 for low quality, so sends with it are refused. The run is paused; resume it once the template is active again (Meta lifts a first pause after 3 hours).</source>
        <translation>Meta mengubah status template “%1” (%2) menjadi %3 karena kualitasnya rendah, jadi pengiriman dengan template ini ditolak. Putaran dijeda; lanjutkan setelah template aktif kembali (Meta mencabut jeda pertama setelah 3 jam).</translation>
    </message>
</context>
<context>
    <name>ServerLock</name>
    <message>
        <source>the workspace&apos;s PostgreSQL server (advisory lock “%1”)</source>
        <translation>server PostgreSQL ruang kerja (advisory lock “%1”)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Search this page</source>
        <translation>Cari di halaman ini</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pintasan Keyboard</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan keyboard</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pintasan</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Jendela</translation>
    </message>
</context>
<context>
    <name>SlotContext</name>
    <message>
        <source>The header&apos;s image, video or document (a link)</source>
        <translation>Gambar, video, atau dokumen di header (tautan)</translation>
    </message>
    <message>
        <source>Button “%1”: %2</source>
        <translation>Tombol “%1”: %2</translation>
    </message>
    <message>
        <source>Button “%1”: the code to copy</source>
        <translation>Tombol “%1”: kode yang akan disalin</translation>
    </message>
    <message>
        <source>Button “%1”</source>
        <translation>Tombol “%1”</translation>
    </message>
</context>
<context>
    <name>SqliteLibrary</name>
    <message>
        <source>The workspace must be opened with Qt&apos;s SQLite driver (QSQLITE), not %1.</source>
        <translation>Ruang kerja harus dibuka dengan driver SQLite milik Qt (QSQLITE), bukan %1.</translation>
    </message>
    <message>
        <source>Cannot ask Qt&apos;s SQLite driver for its version: %1</source>
        <translation>Tidak dapat menanyakan versi driver SQLite milik Qt: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses its own copy of SQLite %1, not the one Herald links.</source>
        <translation>Driver SQLite milik Qt memakai salinan SQLite %1 sendiri, bukan yang ditautkan Herald.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses SQLite %1 (%2), but Herald links SQLite %3 (%4).</source>
        <translation>Driver SQLite milik Qt memakai SQLite %1 (%2), tetapi Herald menautkan SQLite %3 (%4).</translation>
    </message>
    <message>
        <source>Herald needs both to be one library, or the workspace could be damaged, so it was not opened. Install the Herald package for this system, or build Herald against the SQLite that Qt uses (Qt configured with -system-sqlite).</source>
        <translation>Herald memerlukan keduanya berupa satu pustaka yang sama, karena jika tidak ruang kerja bisa rusak, jadi ruang kerja tidak dibuka. Pasang paket Herald untuk sistem ini, atau build Herald dengan SQLite yang dipakai Qt (Qt dikonfigurasi dengan -system-sqlite).</translation>
    </message>
</context>
<context>
    <name>StatsChartView</name>
    <message>
        <source>Campaign statistics chart</source>
        <translation>Grafik statistik kampanye</translation>
    </message>
    <message>
        <source>Click a bar, or choose one with the Left and Right keys and press Enter, to list its recipients.</source>
        <translation>Klik sebuah batang, atau pilih dengan tombol Kiri dan Kanan lalu tekan Enter, untuk menampilkan penerimanya.</translation>
    </message>
    <message>
        <source>Attempted</source>
        <translation>Dicoba</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Dibaca</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Dibalas</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>Tidak memenuhi syarat</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>%1 of attempted</source>
        <translation>%1 dari yang dicoba</translation>
    </message>
    <message>
        <source>%1 of sent</source>
        <translation>%1 dari yang terkirim</translation>
    </message>
    <message>
        <source>Nothing has been sent in this run yet.
The bars fill in as messages go out.</source>
        <translation>Belum ada yang dikirim di putaran ini.
Batang akan terisi seiring pesan keluar.</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1: tidak ada data</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1. Press Enter to list these recipients.</source>
        <translation>%1. Tekan Enter untuk menampilkan penerima ini.</translation>
    </message>
    <message>
        <source>Press Enter to list these recipients.</source>
        <translation>Tekan Enter untuk menampilkan penerima ini.</translation>
    </message>
    <message>
        <source>Unqualified is part of Failed: numbers without WhatsApp.</source>
        <translation>Tidak memenuhi syarat adalah bagian dari Gagal: nomor tanpa WhatsApp.</translation>
    </message>
    <message numerus="yes">
        <source>%n opted out</source>
        <translation>
            <numerusform>%n opt-out</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of attempted, part of the %2 failed</source>
        <translation>%1 dari yang dicoba, bagian dari %2 yang gagal</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>StatsReport</name>
    <message>
        <source>There is no run %1.</source>
        <translation>Tidak ada putaran %1.</translation>
    </message>
    <message>
        <source>Recipient exports need the SQLite workspace driver.</source>
        <translation>Ekspor penerima memerlukan driver ruang kerja SQLite.</translation>
    </message>
    <message>
        <source>Could not read the recipients: %1</source>
        <translation>Tidak dapat membaca penerima: %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was kept.</source>
        <translation>Ekspor dibatalkan; tidak ada file yang disimpan.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <source>%1 is not a Herald workspace: it is not an SQLite database, or its header is damaged. The file was left untouched; choose another file or a new path, or restore it from a backup.</source>
        <translation>%1 bukan ruang kerja Herald: file ini bukan database SQLite, atau header-nya rusak. File tidak diubah; pilih file lain atau path baru, atau pulihkan dari cadangan.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (SQLite reports a malformed database). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>Ruang kerja %1 rusak (SQLite melaporkan database yang cacat). File tidak diubah; pulihkan dari cadangan atau pilih file lain.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Nothing was lost: the last change was not saved and the file is intact. Free some space on that disk and try again.</source>
        <translation>Disk tempat %1 berada sudah penuh. Tidak ada yang hilang: perubahan terakhir tidak disimpan dan file masih utuh. Kosongkan sebagian ruang di disk itu lalu coba lagi.</translation>
    </message>
    <message>
        <source>Herald may not write to %1 (no write permission for the file or its folder %2). Nothing was lost and nothing was changed. Make the folder writable or choose another place.</source>
        <translation>Herald tidak boleh menulis ke %1 (tidak ada izin tulis untuk file atau foldernya %2). Tidak ada yang hilang dan tidak ada yang diubah. Buat folder itu dapat ditulisi atau pilih tempat lain.</translation>
    </message>
    <message>
        <source>Cannot open %1. Check that the path names a file (not a folder) in a folder that exists. Nothing was changed.</source>
        <translation>Tidak dapat membuka %1. Pastikan path tersebut menunjuk ke file (bukan folder) di dalam folder yang ada. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that uses it. Nothing was changed; close that program (another Herald window, an agent or herald-cli) or wait for it, then try again.</source>
        <translation>%1 dikunci oleh program lain yang sedang memakainya. Tidak ada yang diubah; tutup program itu (jendela Herald lain, agen, atau herald-cli) atau tunggu, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Cannot use %1.</source>
        <translation>Tidak dapat memakai %1.</translation>
    </message>
    <message>
        <source>(SQLite: %1)</source>
        <translation>(SQLite: %1)</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>A workspace file has no team: people and roles belong to a PostgreSQL workspace (move in with: herald-cli workspace copy FILE postgresql://…).</source>
        <translation>File ruang kerja tidak punya tim: orang dan peran hanya ada di ruang kerja PostgreSQL (pindahkan dengan: herald-cli workspace copy FILE postgresql://…).</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL connection to set the password (%1).</source>
        <translation>Tidak dapat menjangkau koneksi PostgreSQL untuk mengatur kata sandi (%1).</translation>
    </message>
    <message>
        <source>Cannot prepare the password: %1</source>
        <translation>Tidak dapat menyiapkan kata sandi: %1</translation>
    </message>
    <message>
        <source>Cannot grant the team&apos;s rights (%1): %2</source>
        <translation>Tidak dapat memberikan hak tim (%1): %2</translation>
    </message>
    <message>
        <source>A person&apos;s name must be 1 to 63 characters (it becomes their PostgreSQL user name).</source>
        <translation>Nama orang harus 1 sampai 63 karakter (nama ini menjadi nama pengguna PostgreSQL-nya).</translation>
    </message>
    <message>
        <source>There is already a PostgreSQL user named %1; choose another name, or remove them first (herald-cli team remove %1).</source>
        <translation>Sudah ada pengguna PostgreSQL bernama %1; pilih nama lain, atau hapus pengguna itu dulu (herald-cli team remove %1).</translation>
    </message>
    <message>
        <source>Cannot add %1: %2. Only the workspace&apos;s owner or an admin can add people.</source>
        <translation>Tidak dapat menambahkan %1: %2. Hanya pemilik ruang kerja atau admin yang dapat menambahkan orang.</translation>
    </message>
    <message>
        <source>Cannot add %1 to the %2 role: %3</source>
        <translation>Tidak dapat menambahkan %1 ke peran %2: %3</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another admin or the workspace&apos;s owner.</source>
        <translation>Anda tidak dapat menghapus diri sendiri; mintalah kepada admin lain atau pemilik ruang kerja.</translation>
    </message>
    <message>
        <source>%1 is not on this workspace&apos;s team (see herald-cli team list).</source>
        <translation>%1 tidak ada di tim ruang kerja ini (lihat herald-cli team list).</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Tidak dapat menghapus %1: %2</translation>
    </message>
</context>
<context>
    <name>TemplateButtonsEditor</name>
    <message>
        <source>Quick reply</source>
        <translation>Balasan cepat</translation>
    </message>
    <message>
        <source>Visit website</source>
        <translation>Kunjungi situs web</translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation>Panggil nomor telepon</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Salin kode promo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Button text</source>
        <translation>Teks tombol</translation>
    </message>
    <message>
        <source>Web address / phone / code</source>
        <translation>Alamat web / telepon / kode</translation>
    </message>
    <message>
        <source>A button kind Herald does not edit; it is kept as it is.</source>
        <translation>Jenis tombol yang tidak diedit Herald; dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>https://… — may end in {{1}} for a per-recipient part</source>
        <translation>https://… — boleh diakhiri {{1}} untuk bagian yang berbeda per penerima</translation>
    </message>
    <message>
        <source>International format, e.g. +15550100</source>
        <translation>Format internasional, mis. +15550100</translation>
    </message>
    <message>
        <source>An example code, up to 15 characters</source>
        <translation>Contoh kode, maksimal 15 karakter</translation>
    </message>
</context>
<context>
    <name>TemplateDetailPane</name>
    <message>
        <source>No template selected</source>
        <translation>Tidak ada template yang dipilih</translation>
    </message>
    <message>
        <source>Select a template to see how it looks on a phone.</source>
        <translation>Pilih template untuk melihat tampilannya di ponsel.</translation>
    </message>
    <message>
        <source>Select a template in the list to preview it here.</source>
        <translation>Pilih template di daftar untuk melihat pratinjaunya di sini.</translation>
    </message>
    <message>
        <source>quality %1</source>
        <translation>kualitas %1</translation>
    </message>
    <message>
        <source>Status %1: this template cannot be sent now.</source>
        <translation>Status %1: template ini tidak dapat dikirim sekarang.</translation>
    </message>
    <message>
        <source>Draft: not submitted to Meta yet. Open it and choose “Submit for review”.</source>
        <translation>Draf: belum diajukan ke Meta. Buka lalu pilih “Ajukan untuk ditinjau”.</translation>
    </message>
    <message>
        <source>In review at Meta; this can take up to 24 hours. Sync to see the outcome.</source>
        <translation>Sedang ditinjau di Meta; ini bisa memakan waktu hingga 24 jam. Sinkronkan untuk melihat hasilnya.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Message Template</source>
        <translation>Template Pesan</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>lowercase_with_underscores</source>
        <translation>huruf_kecil_dengan_garis_bawah</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teks:</translation>
    </message>
    <message>
        <source>Up to 60 characters, at most one variable</source>
        <translation>Maksimal 60 karakter, paling banyak satu variabel</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>&amp;Contoh:</translation>
    </message>
    <message>
        <source>Upload handle or public URL of a sample file, for Meta&apos;s review</source>
        <translation>Upload handle atau URL publik dari file contoh, untuk peninjauan Meta</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} has shipped. Use *bold*, _italic_, ~strikethrough~.</source>
        <translation>Halo {{1}}, pesanan Anda {{2}} sudah dikirim. Gunakan *tebal*, _miring_, ~coret~.</translation>
    </message>
    <message>
        <source>Variables: {{1}}, {{2}}… or {{first_name}}. The body may not start or end with one.</source>
        <translation>Variabel: {{1}}, {{2}}… atau {{first_name}}. Isi pesan tidak boleh diawali atau diakhiri dengan variabel.</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>Optional, up to 60 characters, no variables</source>
        <translation>Opsional, maksimal 60 karakter, tanpa variabel</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>&amp;Add button</source>
        <translation>T&amp;ambah tombol</translation>
    </message>
    <message>
        <source>Remove the selected button</source>
        <translation>Hapus tombol yang dipilih</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Move the selected button up</source>
        <translation>Pindahkan tombol yang dipilih ke atas</translation>
    </message>
    <message>
        <source>Move the selected button down</source>
        <translation>Pindahkan tombol yang dipilih ke bawah</translation>
    </message>
    <message>
        <source>Up to 10; quick replies together</source>
        <translation>Maksimal 10; balasan cepat harus berdekatan</translation>
    </message>
    <message>
        <source>Variable examples</source>
        <translation>Contoh variabel</translation>
    </message>
    <message>
        <source>Meta reviews every template with sample values. Give each variable a realistic one.</source>
        <translation>Meta meninjau setiap template dengan nilai contoh. Beri setiap variabel contoh yang realistis.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Simpan &amp;draf</translation>
    </message>
    <message>
        <source>S&amp;ubmit for review</source>
        <translation>A&amp;jukan untuk ditinjau</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Utilitas</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autentikasi</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox account “%1”.&lt;/b&gt; Submitting approves the template at once: the sandbox simulates Meta&apos;s review and nothing leaves this computer.</source>
        <translation>&lt;b&gt;Akun sandbox “%1”.&lt;/b&gt; Mengajukan langsung menyetujui template: sandbox meniru peninjauan Meta dan tidak ada yang keluar dari komputer ini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This template exists at Meta&lt;/b&gt; (status %1). Its name and language cannot change. Submitting sends the new content for review again; an approved template can be edited once a day and ten times in 30 days.</source>
        <translation>&lt;b&gt;Template ini sudah ada di Meta&lt;/b&gt; (status %1). Nama dan bahasanya tidak dapat diubah. Mengajukan akan mengirim isi baru untuk ditinjau lagi; template yang disetujui dapat diedit sekali sehari dan sepuluh kali dalam 30 hari.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>New Message Template</source>
        <translation>Template Pesan Baru</translation>
    </message>
    <message>
        <source>Message Template “%1”</source>
        <translation>Template Pesan “%1”</translation>
    </message>
    <message>
        <source>No variables yet.</source>
        <translation>Belum ada variabel.</translation>
    </message>
    <message>
        <source>Send the template to Meta for review</source>
        <translation>Kirim template ke Meta untuk ditinjau</translation>
    </message>
    <message>
        <source>Fix the problems listed on the right first.</source>
        <translation>Perbaiki dulu masalah yang tercantum di sebelah kanan.</translation>
    </message>
    <message>
        <source>Keep the template in this workspace without submitting it</source>
        <translation>Simpan template di ruang kerja ini tanpa mengajukannya</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draf tersimpan.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Buang perubahan?</translation>
    </message>
    <message>
        <source>The template has unsaved changes. Discard them?</source>
        <translation>Template punya perubahan yang belum disimpan. Buang perubahan itu?</translation>
    </message>
    <message>
        <source>Named variables, such as {{first_name}}.</source>
        <translation>Variabel bernama, seperti {{first_name}}.</translation>
    </message>
    <message>
        <source>Numbered variables: {{1}}, {{2}}….</source>
        <translation>Variabel bernomor: {{1}}, {{2}}….</translation>
    </message>
</context>
<context>
    <name>TemplateExamplesEditor</name>
    <message>
        <source>Variable</source>
        <translation>Variabel</translation>
    </message>
    <message>
        <source>Used in</source>
        <translation>Dipakai di</translation>
    </message>
    <message>
        <source>Example value</source>
        <translation>Contoh nilai</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Button “%1” (web address)</source>
        <translation>Tombol “%1” (alamat web)</translation>
    </message>
    <message>
        <source>What a real customer would see here</source>
        <translation>Yang akan dilihat pelanggan sungguhan di sini</translation>
    </message>
    <message>
        <source>Variable examples</source>
        <translation>Contoh variabel</translation>
    </message>
    <message>
        <source>Variable examples (%1)</source>
        <translation>Contoh variabel (%1)</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Message preview</source>
        <translation>Pratinjau pesan</translation>
    </message>
    <message>
        <source>(no body text)</source>
        <translation>(tidak ada teks isi)</translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation>Salin kode promo</translation>
    </message>
    <message>
        <source>See all options</source>
        <translation>Lihat semua opsi</translation>
    </message>
    <message>
        <source> Image</source>
        <translation> Gambar</translation>
    </message>
    <message>
        <source>▶ Video</source>
        <translation>▶ Video</translation>
    </message>
    <message>
        <source> Document</source>
        <translation> Dokumen</translation>
    </message>
    <message>
        <source> Location</source>
        <translation> Lokasi</translation>
    </message>
    <message>
        <source>Button: %1</source>
        <translation>Tombol: %1</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Cannot read the templates: %1</source>
        <translation>Tidak dapat membaca template: %1</translation>
    </message>
    <message>
        <source>Cannot read the template “%1” (%2): %3</source>
        <translation>Tidak dapat membaca template “%1” (%2): %3</translation>
    </message>
    <message>
        <source>Cannot start saving the templates: %1</source>
        <translation>Tidak dapat mulai menyimpan template: %1</translation>
    </message>
    <message>
        <source>Cannot save the templates: %1</source>
        <translation>Tidak dapat menyimpan template: %1</translation>
    </message>
    <message>
        <source>A template needs an account, a name and a language before it can be saved.</source>
        <translation>Template memerlukan akun, nama, dan bahasa sebelum dapat disimpan.</translation>
    </message>
    <message>
        <source>Cannot save the template “%1” (%2): %3</source>
        <translation>Tidak dapat menyimpan template “%1” (%2): %3</translation>
    </message>
    <message>
        <source>Cannot record the template update: %1</source>
        <translation>Tidak dapat mencatat pembaruan template: %1</translation>
    </message>
</context>
<context>
    <name>TemplateSubmission</name>
    <message>
        <source>The account “%1” has no WhatsApp Business Account ID. Set it in Settings → Sending accounts (herald-cli account set --waba-id ID).</source>
        <translation>Akun “%1” tidak punya ID Akun WhatsApp Business. Atur di Pengaturan → Akun pengirim (herald-cli account set --waba-id ID).</translation>
    </message>
    <message>
        <source>Meta did not accept “%1”: %2</source>
        <translation>Meta tidak menerima “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” was accepted but could not be saved in the workspace: %2</source>
        <translation>“%1” diterima tetapi tidak dapat disimpan di ruang kerja: %2</translation>
    </message>
</context>
<context>
    <name>TemplateSubmitter</name>
    <message>
        <source>Templates</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>The templates could not be read: %1</source>
        <translation>Template tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Name taken</source>
        <translation>Nama sudah dipakai</translation>
    </message>
    <message>
        <source>A template “%1” in %2 already exists at Meta. Choose another name, or edit that template instead.</source>
        <translation>Template “%1” dalam %2 sudah ada di Meta. Pilih nama lain, atau edit template itu saja.</translation>
    </message>
    <message>
        <source>Replace draft?</source>
        <translation>Ganti draf?</translation>
    </message>
    <message>
        <source>A draft “%1” in %2 already exists. Replace it with this one?</source>
        <translation>Draf “%1” dalam %2 sudah ada. Ganti dengan yang ini?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Template tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Template tersimpan</translation>
    </message>
    <message>
        <source>Cannot submit</source>
        <translation>Tidak dapat mengajukan</translation>
    </message>
    <message>
        <source>Reading the access token…</source>
        <translation>Membaca token akses…</translation>
    </message>
    <message>
        <source>Submitting to Meta…</source>
        <translation>Mengajukan ke Meta…</translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation>Pengajuan gagal</translation>
    </message>
    <message>
        <source>The sandbox approved “%1” at once: it simulates Meta&apos;s review. On a WhatsApp Cloud API account the review can take up to 24 hours.</source>
        <translation>Sandbox langsung menyetujui “%1”: sandbox meniru peninjauan Meta. Pada akun WhatsApp Cloud API, peninjauan bisa memakan waktu hingga 24 jam.</translation>
    </message>
    <message>
        <source>“%1” was submitted for review (status %2). Meta reviews templates automatically; the answer can take up to 24 hours. Sync the templates to see it.</source>
        <translation>“%1” sudah diajukan untuk ditinjau (status %2). Meta meninjau template secara otomatis; jawabannya bisa memakan waktu hingga 24 jam. Sinkronkan template untuk melihatnya.</translation>
    </message>
</context>
<context>
    <name>TemplateSync</name>
    <message>
        <source>The account “%1” has no WhatsApp Business Account ID; set it first (account set --waba-id).</source>
        <translation>Akun “%1” tidak punya ID Akun WhatsApp Business; atur dulu (account set --waba-id).</translation>
    </message>
    <message numerus="yes">
        <source>Template sync stopped after %n page(s): %1</source>
        <translation>
            <numerusform>Sinkronisasi template berhenti setelah %n halaman: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The Graph API&apos;s answer has no template list (“data”).</source>
        <translation>Jawaban Graph API tidak berisi daftar template (“data”).</translation>
    </message>
    <message>
        <source>The Graph API pointed the next page at another host (%1); Herald does not send the token there.</source>
        <translation>Graph API mengarahkan halaman berikutnya ke host lain (%1); Herald tidak mengirim token ke sana.</translation>
    </message>
    <message>
        <source>The Graph API&apos;s paging does not end (page %1 repeats).</source>
        <translation>Penomoran halaman Graph API tidak pernah berakhir (halaman %1 berulang).</translation>
    </message>
    <message>
        <source>The templates could not be saved: %1</source>
        <translation>Template tidak dapat disimpan: %1</translation>
    </message>
</context>
<context>
    <name>TemplateSyncRunner</name>
    <message>
        <source>Reading the access token from the system keychain…</source>
        <translation>Membaca token akses dari keychain sistem…</translation>
    </message>
    <message>
        <source>Fetching templates… %1 page(s), %2 template(s) so far.</source>
        <translation>Mengambil template… %1 halaman, %2 template sejauh ini.</translation>
    </message>
    <message>
        <source>Syncing templates of “%1”…</source>
        <translation>Menyinkronkan template “%1”…</translation>
    </message>
</context>
<context>
    <name>TemplateTableModel</name>
    <message>
        <source>Approved</source>
        <translation>Disetujui</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Sedang ditinjau</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Dinonaktifkan</translation>
    </message>
    <message>
        <source>In appeal</source>
        <translation>Dalam banding</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>Sedang dihapus</translation>
    </message>
    <message>
        <source>Deleted upstream</source>
        <translation>Dihapus di Meta</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Batas terlampaui</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Ditandai</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Dikunci</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Dipulihkan</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Deleted from the WhatsApp account on %1; kept here for campaign history. Last status there: %2.</source>
        <translation>Dihapus dari akun WhatsApp pada %1; tetap disimpan di sini untuk riwayat kampanye. Status terakhir di sana: %2.</translation>
    </message>
    <message>
        <source>Meta paused this template for low quality; sends are refused until it resumes.</source>
        <translation>Meta menjeda template ini karena kualitasnya rendah; pengiriman ditolak sampai template aktif lagi.</translation>
    </message>
    <message>
        <source>Meta disabled this template after repeated pauses; create a new one.</source>
        <translation>Meta menonaktifkan template ini setelah berulang kali dijeda; buat template baru.</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Ditolak: %1</translation>
    </message>
    <message>
        <source>Status %1: this template cannot be sent now.</source>
        <translation>Status %1: template ini tidak dapat dikirim sekarang.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Belum pernah</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kualitas</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>Terakhir disinkronkan</translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>%1 is %2 characters long; the limit is %3. Shorten it by one character.</source>
        <translation>%1 panjangnya %2 karakter; batasnya %3. Pendekkan satu karakter.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %2 characters long; the limit is %3. Shorten it by %Ln characters.</source>
        <translation>
            <numerusform>%1 panjangnya %2 karakter; batasnya %3. Pendekkan %Ln karakter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the template&apos;s language, for example “en_US”.</source>
        <translation>Pilih bahasa template, misalnya “en_US”.</translation>
    </message>
    <message>
        <source>Choose a category: MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation>Pilih kategori: MARKETING, UTILITY atau AUTHENTICATION.</translation>
    </message>
    <message>
        <source>%1 is not a template category; use MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation>%1 bukan kategori template; gunakan MARKETING, UTILITY atau AUTHENTICATION.</translation>
    </message>
    <message>
        <source>The template has no name. Give it one made of lowercase letters, digits and underscores, such as “order_update”.</source>
        <translation>Template belum punya nama. Beri nama yang terdiri dari huruf kecil, angka, dan garis bawah, seperti “order_update”.</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>The name contains %1, which is not allowed: use only lowercase letters, digits and underscores (for example %2).</source>
        <translation>Nama berisi %1, yang tidak diizinkan: gunakan hanya huruf kecil, angka, dan garis bawah (misalnya %2).</translation>
    </message>
    <message>
        <source>%1 is not a valid variable: write it as %2, with two braces on each side and no spaces.</source>
        <translation>%1 bukan variabel yang valid: tulis sebagai %2, dengan dua kurung kurawal di setiap sisi dan tanpa spasi.</translation>
    </message>
    <message>
        <source>%1 is not a valid variable. Write variables as {{1}}, {{2}}… or as {{first_name}}: two braces on each side, only letters, digits or underscores inside, no spaces.</source>
        <translation>%1 bukan variabel yang valid. Tulis variabel sebagai {{1}}, {{2}}… atau {{first_name}}: dua kurung kurawal di setiap sisi, hanya huruf, angka, atau garis bawah di dalamnya, tanpa spasi.</translation>
    </message>
    <message>
        <source>%1: named variables may only use lowercase letters and underscores.</source>
        <translation>%1: variabel bernama hanya boleh memakai huruf kecil dan garis bawah.</translation>
    </message>
    <message>
        <source>%1: named variables may only use lowercase letters and underscores; write %2.</source>
        <translation>%1: variabel bernama hanya boleh memakai huruf kecil dan garis bawah; tulis %2.</translation>
    </message>
    <message>
        <source>Numbered variables start at {{1}}; rename %1 to {{1}}.</source>
        <translation>Variabel bernomor dimulai dari {{1}}; ganti %1 menjadi {{1}}.</translation>
    </message>
    <message>
        <source>%1 skips %2: numbered variables must run 1, 2, 3… without gaps. Rename it to %2.</source>
        <translation>%1 melompati %2: variabel bernomor harus berurutan 1, 2, 3… tanpa celah. Ganti menjadi %2.</translation>
    </message>
    <message>
        <source>%1 mixes a %2 variable into a template that also uses %3 ones (%4); use one kind throughout.</source>
        <translation>%1 mencampurkan variabel %2 ke template yang juga memakai variabel %3 (%4); gunakan satu jenis saja di seluruh template.</translation>
    </message>
    <message>
        <source>numbered</source>
        <translation>bernomor</translation>
    </message>
    <message>
        <source>named</source>
        <translation>bernama</translation>
    </message>
    <message>
        <source>The examples name %1 more than once; give each named variable exactly one example.</source>
        <translation>Contoh menyebut %1 lebih dari sekali; beri setiap variabel bernama tepat satu contoh.</translation>
    </message>
    <message>
        <source>%1 has no example value. Add one (for instance what a real customer would see) so Meta can review the template.</source>
        <translation>%1 tidak punya nilai contoh. Tambahkan satu (misalnya yang akan dilihat pelanggan sungguhan) agar Meta dapat meninjau template.</translation>
    </message>
    <message>
        <source>The %1 header needs a sample file (header_handle) so Meta can review the template; upload one.</source>
        <translation>Header %1 memerlukan file contoh (header_handle) agar Meta dapat meninjau template; unggah satu.</translation>
    </message>
    <message>
        <source>The header is set to text but has none. Type the header text or remove the header.</source>
        <translation>Header diatur sebagai teks tetapi tidak berisi teks. Ketik teks header atau hapus header.</translation>
    </message>
    <message>
        <source>The header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>The header uses %1 different variables; a header may have only one. Keep %2 and move the others into the body.</source>
        <translation>Header memakai %1 variabel berbeda; header hanya boleh punya satu. Pertahankan %2 dan pindahkan yang lain ke isi pesan.</translation>
    </message>
    <message>
        <source>The body is empty. Every template needs body text.</source>
        <translation>Isi pesan kosong. Setiap template memerlukan teks isi.</translation>
    </message>
    <message>
        <source>The body</source>
        <translation>Isi pesan</translation>
    </message>
    <message>
        <source>The body may not start with a variable (%1). Put some words before it, for example “Hi %1”.</source>
        <translation>Isi pesan tidak boleh diawali variabel (%1). Tambahkan beberapa kata sebelumnya, misalnya “Halo %1”.</translation>
    </message>
    <message>
        <source>The body may not end with a variable (%1). Add some words or a full stop after it.</source>
        <translation>Isi pesan tidak boleh diakhiri variabel (%1). Tambahkan beberapa kata atau titik sesudahnya.</translation>
    </message>
    <message>
        <source>%1 and %2 sit next to each other; put words or punctuation between them.</source>
        <translation>%1 dan %2 bersebelahan; beri kata atau tanda baca di antaranya.</translation>
    </message>
    <message>
        <source>The footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>The footer cannot contain variables; remove %1 or move it into the body.</source>
        <translation>Footer tidak boleh berisi variabel; hapus %1 atau pindahkan ke isi pesan.</translation>
    </message>
    <message>
        <source>The URL button %1 has no web address; add one.</source>
        <translation>Tombol URL %1 tidak punya alamat web; tambahkan satu.</translation>
    </message>
    <message>
        <source>The web address</source>
        <translation>Alamat web</translation>
    </message>
    <message>
        <source>A web address may contain only one variable, at its very end; remove the others.</source>
        <translation>Alamat web hanya boleh berisi satu variabel, tepat di ujungnya; hapus yang lain.</translation>
    </message>
    <message>
        <source>The variable %1 must be the very end of the web address, as in “https://example.com/track/{{1}}”.</source>
        <translation>Variabel %1 harus berada tepat di ujung alamat web, seperti “https://example.com/track/{{1}}”.</translation>
    </message>
    <message>
        <source>A web address&apos;s variable is always written {{1}}; replace %1.</source>
        <translation>Variabel alamat web selalu ditulis {{1}}; ganti %1.</translation>
    </message>
    <message>
        <source>The web address&apos;s variable %1 has no example; add the part of a real address it stands for.</source>
        <translation>Variabel alamat web %1 tidak punya contoh; tambahkan bagian alamat sungguhan yang diwakilinya.</translation>
    </message>
    <message numerus="yes">
        <source>The template has %1 buttons; the limit is %2. Remove %n of them.</source>
        <translation>
            <numerusform>Template punya %1 tombol; batasnya %2. Hapus %n di antaranya.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template may have at most %1 quick-reply buttons; remove this one and any after it.</source>
        <translation>Template boleh punya paling banyak %1 tombol balasan cepat; hapus tombol ini dan yang sesudahnya.</translation>
    </message>
    <message>
        <source>A template may have at most %1 web-address buttons; remove this one.</source>
        <translation>Template boleh punya paling banyak %1 tombol alamat web; hapus tombol ini.</translation>
    </message>
    <message>
        <source>A template may have only one call button; remove this one.</source>
        <translation>Template hanya boleh punya satu tombol telepon; hapus tombol ini.</translation>
    </message>
    <message>
        <source>A template may have only one copy-code button; remove this one.</source>
        <translation>Template hanya boleh punya satu tombol salin kode; hapus tombol ini.</translation>
    </message>
    <message>
        <source>Quick-reply buttons must sit together; move %1 next to the other quick replies.</source>
        <translation>Tombol balasan cepat harus berdekatan; pindahkan %1 ke dekat balasan cepat lainnya.</translation>
    </message>
    <message>
        <source>This button has no label; type the text it shows.</source>
        <translation>Tombol ini tidak punya label; ketik teks yang ditampilkannya.</translation>
    </message>
    <message>
        <source>The label %1</source>
        <translation>Label %1</translation>
    </message>
    <message>
        <source>The call button %1 has no phone number; add one.</source>
        <translation>Tombol telepon %1 tidak punya nomor telepon; tambahkan satu.</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>The copy-code button needs an example code (up to %1 characters).</source>
        <translation>Tombol salin kode memerlukan contoh kode (maksimal %1 karakter).</translation>
    </message>
    <message>
        <source>The example code</source>
        <translation>Contoh kode</translation>
    </message>
    <message>
        <source>The template uses named variables but also the numbered variable %1. Give it a name such as {{first_name}}, or number all the variables {{1}}, {{2}}….</source>
        <translation>Template memakai variabel bernama tetapi juga variabel bernomor %1. Beri nama seperti {{first_name}}, atau beri nomor semua variabel {{1}}, {{2}}….</translation>
    </message>
    <message>
        <source>The template uses numbered variables but also the named variable %1. Number it like the others ({{1}}, {{2}}…), or give all the variables names such as {{first_name}}.</source>
        <translation>Template memakai variabel bernomor tetapi juga variabel bernama %1. Beri nomor seperti yang lain ({{1}}, {{2}}…), atau beri nama semua variabel seperti {{first_name}}.</translation>
    </message>
</context>
<context>
    <name>TemplateViolationMarker</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source>Button %1</source>
        <translation>Tombol %1</translation>
    </message>
    <message>
        <source>%1 (rule %2). Click to go there.</source>
        <translation>%1 (aturan %2). Klik untuk menuju ke sana.</translation>
    </message>
    <message>
        <source>No problems found: the template follows Meta&apos;s rules.</source>
        <translation>Tidak ada masalah: template mengikuti aturan Meta.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Masalah (%1)</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Cannot read the templates: %1</source>
        <translation>Tidak dapat membaca template: %1</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>Search name or text…</source>
        <translation>Cari nama atau teks…</translation>
    </message>
    <message>
        <source>Show only templates with this status</source>
        <translation>Tampilkan hanya template dengan status ini</translation>
    </message>
    <message>
        <source>Show only templates of this category</source>
        <translation>Tampilkan hanya template dalam kategori ini</translation>
    </message>
    <message>
        <source>Show only templates in this language</source>
        <translation>Tampilkan hanya template dalam bahasa ini</translation>
    </message>
    <message>
        <source>&amp;New Template…</source>
        <translation>Template &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sinkronkan</translation>
    </message>
    <message>
        <source>Fetch this account&apos;s templates and their statuses from Meta</source>
        <translation>Ambil template akun ini beserta statusnya dari Meta</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Tidak dapat membaca akun: %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Semua bahasa</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n template(s)</source>
        <translation>
            <numerusform>%1 dari %n template</numerusform>
        </translation>
    </message>
    <message>
        <source>No templates yet.
Press Sync to fetch this account&apos;s templates from Meta, or create a new one.</source>
        <translation>Belum ada template.
Tekan Sinkronkan untuk mengambil template akun ini dari Meta, atau buat yang baru.</translation>
    </message>
    <message>
        <source>No sending account.
Add one in Settings → Sending accounts.</source>
        <translation>Tidak ada akun pengirim.
Tambahkan di Pengaturan → Akun pengirim.</translation>
    </message>
    <message>
        <source>No template matches the search and filters.</source>
        <translation>Tidak ada template yang cocok dengan pencarian dan filter.</translation>
    </message>
    <message>
        <source>This template was deleted from the WhatsApp account.</source>
        <translation>Template ini sudah dihapus dari akun WhatsApp.</translation>
    </message>
    <message>
        <source>Open the selected template in the editor</source>
        <translation>Buka template yang dipilih di editor</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed</source>
        <translation>%1 ditambahkan, %2 diperbarui, %3 dihapus</translation>
    </message>
    <message>
        <source>Synced at %1: %2.</source>
        <translation>Disinkronkan pada %1: %2.</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Sinkronisasi gagal: %1</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Template pesan</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Cari template</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
</context>
<context>
    <name>TestSend</name>
    <message>
        <source>%1. Type the number with its country code, e.g. +91 98765 43210.</source>
        <translation>%1. Ketik nomor beserta kode negaranya, mis. +91 98765 43210.</translation>
    </message>
    <message>
        <source>There is no template “%1” (%2) for this account; sync the templates.</source>
        <translation>Tidak ada template “%1” (%2) untuk akun ini; sinkronkan template.</translation>
    </message>
    <message>
        <source>The template “%1” (%2) is %3; only APPROVED templates can be sent.</source>
        <translation>Template “%1” (%2) berstatus %3; hanya template APPROVED yang dapat dikirim.</translation>
    </message>
    <message>
        <source>deleted upstream</source>
        <translation>dihapus di Meta</translation>
    </message>
    <message>
        <source>Cannot send a test to %1: %2.</source>
        <translation>Tidak dapat mengirim uji coba ke %1: %2.</translation>
    </message>
    <message>
        <source>The account “%1” has no phone number ID; set it first (account set --phone-number-id).</source>
        <translation>Akun “%1” tidak punya ID nomor telepon; atur dulu (account set --phone-number-id).</translation>
    </message>
    <message>
        <source>Test message sent to %1 (%2).</source>
        <translation>Pesan uji coba dikirim ke %1 (%2).</translation>
    </message>
    <message>
        <source>The provider answered without a message id; the test may not have been sent.</source>
        <translation>Penyedia menjawab tanpa id pesan; uji coba mungkin tidak terkirim.</translation>
    </message>
</context>
<context>
    <name>TestSendDialog</name>
    <message>
        <source>&amp;Send test</source>
        <translation>&amp;Kirim uji coba</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Kirim pesan uji coba</translation>
    </message>
    <message>
        <source>+91 98765 43210</source>
        <translation>+91 98765 43210</translation>
    </message>
    <message>
        <source>The message goes once to this number, with the contact&apos;s values if it is a contact and the fallbacks otherwise. It does not count in the campaign&apos;s statistics.</source>
        <translation>Pesan dikirim sekali ke nomor ini, dengan nilai milik kontak jika nomor itu adalah kontak, dan nilai cadangan jika bukan. Pesan ini tidak dihitung dalam statistik kampanye.</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nomor:</translation>
    </message>
    <message>
        <source>To %1:
%2</source>
        <translation>Kepada %1:
%2</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>Timeline: messages sent, delivered, read and replied per hour since the start</source>
        <translation>Linimasa: pesan terkirim, sampai, dibaca, dan dibalas per jam sejak awal</translation>
    </message>
    <message>
        <source>Hours since the start</source>
        <translation>Jam sejak awal</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Dibaca</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Dibalas</translation>
    </message>
    <message>
        <source>The hourly timeline appears once messages are sent.</source>
        <translation>Linimasa per jam muncul setelah pesan dikirim.</translation>
    </message>
    <message>
        <source>Hours since the start (%1)</source>
        <translation>Jam sejak awal (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) of activity since %1.</source>
        <translation>
            <numerusform>%n jam aktivitas sejak %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next waves</source>
        <translation>Gelombang berikutnya</translation>
    </message>
    <message>
        <source>Minutes since the start (%1)</source>
        <translation>Menit sejak awal (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) of activity since %1.</source>
        <translation>
            <numerusform>%n menit aktivitas sejak %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenRequest</name>
    <message>
        <source>%1 redirected the request to %2. Herald never sends an access token or a message anywhere but the configured host, so the request was not repeated there; check the URL in the account settings.</source>
        <translation>%1 mengalihkan permintaan ke %2. Herald tidak pernah mengirim token akses atau pesan ke mana pun selain host yang dikonfigurasi, jadi permintaan tidak diulang di sana; periksa URL di pengaturan akun.</translation>
    </message>
</context>
<context>
    <name>TriggerContact</name>
    <message>
        <source>the contact opted out</source>
        <translation>kontak sudah opt-out</translation>
    </message>
    <message>
        <source>contact created from the event, opted in (%1)</source>
        <translation>kontak dibuat dari peristiwa, opt-in (%1)</translation>
    </message>
    <message>
        <source>contact created from the event, not opted in</source>
        <translation>kontak dibuat dari peristiwa, belum opt-in</translation>
    </message>
    <message>
        <source>contact opted in (%1)</source>
        <translation>kontak dicatat sebagai opt-in (%1)</translation>
    </message>
    <message>
        <source>the contact never opted in (an order is not an opt-in; choose the event&apos;s consent field in the campaign&apos;s trigger to opt customers in from their orders)</source>
        <translation>kontak tidak pernah opt-in (pesanan bukan opt-in; pilih kolom persetujuan peristiwa di pemicu kampanye agar pelanggan dicatat opt-in dari pesanan mereka)</translation>
    </message>
    <message>
        <source>the contact never opted in, and the event&apos;s %1 does not say yes</source>
        <translation>kontak tidak pernah opt-in, dan %1 pada peristiwa tidak bernilai ya</translation>
    </message>
</context>
<context>
    <name>TriggerRecipe</name>
    <message>
        <source>Order confirmation</source>
        <translation>Konfirmasi pesanan</translation>
    </message>
    <message>
        <source>Right after an order is placed: the order number and total.</source>
        <translation>Segera setelah pesanan dibuat: nomor pesanan dan totalnya.</translation>
    </message>
    <message>
        <source>Shipping update with tracking link</source>
        <translation>Pembaruan pengiriman dengan link pelacakan</translation>
    </message>
    <message>
        <source>When an order is fulfilled with a tracking link: the order number and where to follow the parcel.</source>
        <translation>Saat pesanan dikirim dengan link pelacakan: nomor pesanan dan tempat melacak paketnya.</translation>
    </message>
    <message>
        <source>Abandoned checkout</source>
        <translation>Checkout yang ditinggalkan</translation>
    </message>
    <message>
        <source>Two hours after a checkout was started, unless the customer ordered meanwhile: a link back to the cart.</source>
        <translation>Dua jam setelah checkout dimulai, kecuali pelanggan sudah memesan di antaranya: link untuk kembali ke keranjang.</translation>
    </message>
    <message>
        <source>Cash-on-delivery confirmation</source>
        <translation>Konfirmasi bayar di tempat (COD)</translation>
    </message>
    <message>
        <source>Right after a cash-on-delivery order (Shopify&apos;s COD gateway or WooCommerce&apos;s cod): the amount to have ready.</source>
        <translation>Segera setelah pesanan bayar di tempat (gateway COD Shopify atau cod WooCommerce): jumlah uang yang perlu disiapkan.</translation>
    </message>
    <message>
        <source>Shopify: the customer accepts marketing</source>
        <translation>Shopify: pelanggan menerima marketing</translation>
    </message>
    <message>
        <source>Shopify: a cart attribute whatsapp_opt_in</source>
        <translation>Shopify: atribut keranjang whatsapp_opt_in</translation>
    </message>
    <message>
        <source>Shopify: SMS marketing consent</source>
        <translation>Shopify: persetujuan marketing SMS</translation>
    </message>
    <message>
        <source>WooCommerce: a checkout field whatsapp_opt_in</source>
        <translation>WooCommerce: kolom checkout whatsapp_opt_in</translation>
    </message>
</context>
<context>
    <name>TriggerSpec</name>
    <message>
        <source>trigger event: the event name is missing (e.g. order_placed).</source>
        <translation>trigger event: nama peristiwa tidak ada (mis. order_placed).</translation>
    </message>
    <message>
        <source>trigger match: “%1” must be all or any.</source>
        <translation>trigger match: “%1” harus all atau any.</translation>
    </message>
    <message>
        <source>trigger conditions: the key “%1” is not a valid path (write customer.city, items.0.sku or line_items[*].sku).</source>
        <translation>trigger conditions: kunci “%1” bukan path yang valid (tulis customer.city, items.0.sku atau line_items[*].sku).</translation>
    </message>
    <message>
        <source>trigger conditions: “%1 %2” needs a key and one of %3.</source>
        <translation>trigger conditions: “%1 %2” memerlukan kunci dan salah satu dari %3.</translation>
    </message>
    <message>
        <source>trigger %1: must be a whole number, at least %2.</source>
        <translation>trigger %1: harus bilangan bulat, minimal %2.</translation>
    </message>
    <message>
        <source>trigger cooldown_hours: at most %1.</source>
        <translation>trigger cooldown_hours: maksimal %1.</translation>
    </message>
    <message>
        <source>trigger unless: needs an event name and within_hours from 1 to %1.</source>
        <translation>trigger unless: memerlukan nama peristiwa dan within_hours dari 1 sampai %1.</translation>
    </message>
    <message>
        <source>When “%1” happens</source>
        <translation>Saat “%1” terjadi</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 ada</translation>
    </message>
    <message>
        <source> and %1</source>
        <translation> dan %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source> or </source>
        <translation> atau </translation>
    </message>
    <message>
        <source>, send %1 minutes later</source>
        <translation>, kirim %1 menit kemudian</translation>
    </message>
    <message>
        <source>, send right away</source>
        <translation>, kirim segera</translation>
    </message>
    <message>
        <source> unless “%1” happens within %2 hours (the message waits until then)</source>
        <translation> kecuali “%1” terjadi dalam %2 jam (pesan menunggu sampai saat itu)</translation>
    </message>
    <message>
        <source>; at most once per contact every %1 hours</source>
        <translation>; paling banyak sekali per kontak setiap %1 jam</translation>
    </message>
    <message>
        <source>trigger consent_field: “%1” is not a valid path (write order.buyer_accepts_marketing or order.note_attributes[name=whatsapp_opt_in].value).</source>
        <translation>trigger consent_field: “%1” bukan path yang valid (tulis order.buyer_accepts_marketing atau order.note_attributes[name=whatsapp_opt_in].value).</translation>
    </message>
    <message>
        <source>; a customer who is not yet a contact is opted in when the event&apos;s %1 says yes</source>
        <translation>; pelanggan yang belum menjadi kontak dicatat sebagai opt-in jika %1 pada peristiwa bernilai ya</translation>
    </message>
</context>
<context>
    <name>UncertainResolver</name>
    <message>
        <source>Sent again automatically: no status report came for it while reports for later messages did.</source>
        <translation>Dikirim lagi secara otomatis: tidak ada laporan status untuk pesan ini, sementara laporan untuk pesan yang lebih baru masuk.</translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: automatic resolution is off for this account; resend them or mark them failed.</source>
        <translation>
            <numerusform>%n tidak pasti: penyelesaian otomatis nonaktif untuk akun ini; kirim ulang atau tandai gagal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: waiting for their delivery reports (sent less than %1 minutes ago).</source>
        <translation>
            <numerusform>%n tidak pasti: menunggu laporan pengirimannya (dikirim kurang dari %1 menit lalu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain: reports for later messages have arrived, so they are resent at the next scheduler pass.</source>
        <translation>
            <numerusform>%n tidak pasti: laporan untuk pesan yang lebih baru sudah masuk, jadi akan dikirim ulang pada pemeriksaan penjadwal berikutnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncertain — waiting: no delivery reports have arrived since %1 for this message or any sent after it; they are resent automatically once reports flow again.</source>
        <translation>
            <numerusform>%n tidak pasti — menunggu: belum ada laporan pengiriman sejak %1 untuk pesan ini atau pesan yang dikirim sesudahnya; akan dikirim ulang otomatis begitu laporan masuk lagi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebhookApplier</name>
    <message>
        <source>Failed status reported after delivery (kept as delivered): %1 %2</source>
        <translation>Status gagal dilaporkan setelah sampai (tetap dihitung sampai): %1 %2</translation>
    </message>
    <message>
        <source>The workspace database is not open.</source>
        <translation>Database ruang kerja tidak terbuka.</translation>
    </message>
    <message>
        <source>A status feed page arrived out of order (after cursor %1, expected %2); it is fetched again.</source>
        <translation>Halaman feed status datang tidak berurutan (setelah kursor %1, seharusnya %2); halaman itu diambil ulang.</translation>
    </message>
</context>
<context>
    <name>WindowOptions</name>
    <message>
        <source>Send at this time of day in each recipient&apos;s own time zone (contact attribute timezone, else the number&apos;s area code or country), e.g. 10:00; none clears it.</source>
        <translation>Kirim pada jam ini di zona waktu masing-masing penerima (atribut kontak timezone; jika tidak ada, kode area atau negara nomornya), mis. 10:00; none menghapusnya.</translation>
    </message>
    <message>
        <source>Never send between these times, recipient time (may cross midnight), e.g. 21:00-09:00; none clears them.</source>
        <translation>Jangan pernah mengirim di antara jam-jam ini, waktu penerima (boleh melewati tengah malam), mis. 21:00-09:00; none menghapusnya.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 is a folder, not a workspace file. Choose a file name inside it.</source>
        <translation>%1 adalah folder, bukan file ruang kerja. Pilih nama file di dalamnya.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the workspace %1.</source>
        <translation>Tidak dapat membuat folder untuk ruang kerja %1.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Herald workspace. It was left untouched; choose another file or a new path.</source>
        <translation>%1 adalah database SQLite tetapi bukan ruang kerja Herald. File tidak diubah; pilih file lain atau path baru.</translation>
    </message>
    <message>
        <source>The workspace %1 needs an upgrade, but it could not be backed up first, so it was left untouched: %2</source>
        <translation>Ruang kerja %1 perlu ditingkatkan, tetapi tidak dapat dicadangkan lebih dulu, jadi tidak diubah: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the workspace %1: %2</source>
        <translation>Tidak dapat menyiapkan ruang kerja %1: %2</translation>
    </message>
    <message>
        <source>%1 is the open workspace (or one of its -wal/-shm/-journal files): reading or writing it as a CSV file would damage it. Choose another file.</source>
        <translation>%1 adalah ruang kerja yang sedang terbuka (atau salah satu file -wal/-shm/-journal miliknya): membaca atau menulisnya sebagai file CSV akan merusaknya. Pilih file lain.</translation>
    </message>
    <message>
        <source>Cannot log in to the workspace %1: %2. Store the password in the keychain with: herald-cli workspace login %1 (it reads the password from standard input), or put it in ~/.pgpass.</source>
        <translation>Tidak dapat masuk ke ruang kerja %1: %2. Simpan kata sandi di keychain dengan: herald-cli workspace login %1 (perintah ini membaca kata sandi dari input standar), atau taruh di ~/.pgpass.</translation>
    </message>
    <message>
        <source>Cannot connect to the workspace %1: %2. Check that the server is running and reachable, and the URL&apos;s user, host, port and database.</source>
        <translation>Tidak dapat terhubung ke ruang kerja %1: %2. Pastikan server berjalan dan dapat dijangkau, lalu periksa user, host, port, dan database di URL.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian/Ubuntu: apt install libqt6sql6-psql).</source>
        <translation>Tidak dapat membuka %1: driver PostgreSQL untuk Qt belum terpasang (Debian/Ubuntu: apt install libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot read the workspace %1: %2</source>
        <translation>Tidak dapat membaca ruang kerja %1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Herald (schema %2; this version understands up to %3). Update Herald to open it; nothing was changed.</source>
        <translation>Ruang kerja %1 ditulis oleh versi Herald yang lebih baru (skema %2; versi ini hanya memahami sampai %3). Perbarui Herald untuk membukanya; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>The database of %1 holds tables but is not a Herald workspace. It was left untouched; create an empty database for the workspace (createdb NAME).</source>
        <translation>Database %1 berisi tabel tetapi bukan ruang kerja Herald. Database tidak diubah; buat database kosong untuk ruang kerja (createdb NAME).</translation>
    </message>
</context>
<context>
    <name>WorkspaceBackup</name>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Tidak dapat menulis cadangan %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the finished backup into place as %1. Check that the folder is writable.</source>
        <translation>Tidak dapat memindahkan cadangan yang sudah selesai ke tempatnya sebagai %1. Pastikan folder dapat ditulisi.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Cadangan %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 tidak dapat dipulihkan: %2</translation>
    </message>
    <message>
        <source>%1 is not a Herald workspace backup; nothing was restored.</source>
        <translation>%1 bukan cadangan ruang kerja Herald; tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer version of Herald (schema %2; this version understands up to %3); nothing was restored.</source>
        <translation>Cadangan %1 ditulis oleh versi Herald yang lebih baru (skema %2; versi ini hanya memahami sampai %3); tidak ada yang dipulihkan.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>Ruang kerja tidak terbuka.</translation>
    </message>
    <message>
        <source>Cannot create the folder for the backup %1. Check the path and your permissions.</source>
        <translation>Tidak dapat membuat folder untuk cadangan %1. Periksa path dan izin Anda.</translation>
    </message>
    <message>
        <source>Cannot remove the old backup %1.</source>
        <translation>Tidak dapat menghapus cadangan lama %1.</translation>
    </message>
    <message>
        <source>The workspace %1 is open in another program (a Herald window, `herald-cli agent` or another herald-cli command). Nothing was restored; close it and try again.</source>
        <translation>Ruang kerja %1 sedang terbuka di program lain (jendela Herald, `herald-cli agent`, atau perintah herald-cli lain). Tidak ada yang dipulihkan; tutup program itu lalu coba lagi.</translation>
    </message>
    <message>
        <source>Nothing was restored: the current state could not be backed up first. %1</source>
        <translation>Tidak ada yang dipulihkan: keadaan saat ini tidak dapat dicadangkan lebih dulu. %1</translation>
    </message>
    <message>
        <source>Restoring %1 failed; the workspace is unchanged (its state before is also kept in %2): %3</source>
        <translation>Pemulihan %1 gagal; ruang kerja tidak berubah (keadaan sebelumnya juga disimpan di %2): %3</translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded to this version: %1</source>
        <translation>Cadangan sudah dipulihkan tetapi tidak dapat ditingkatkan ke versi ini: %1</translation>
    </message>
    <message>
        <source>Cannot move the damaged workspace %1 aside; nothing was restored. Check that its folder is writable.</source>
        <translation>Tidak dapat memindahkan ruang kerja yang rusak %1; tidak ada yang dipulihkan. Pastikan foldernya dapat ditulisi.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>Cannot read this version&apos;s tables: %1</source>
        <translation>Tidak dapat membaca tabel versi ini: %1</translation>
    </message>
    <message>
        <source>The workspace&apos;s tables refer to each other in a circle; cannot copy.</source>
        <translation>Tabel-tabel ruang kerja saling merujuk secara melingkar; tidak dapat disalin.</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1: %2</source>
        <translation>Tidak dapat menghitung baris %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a new workspace: it holds %2. Copy into a new file or an empty PostgreSQL database.</source>
        <translation>%1 bukan ruang kerja baru: isinya %2. Salin ke file baru atau database PostgreSQL yang kosong.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>FROM and TO are the same workspace (%1); name another file or database.</source>
        <translation>FROM dan TO adalah ruang kerja yang sama (%1); sebutkan file atau database lain.</translation>
    </message>
    <message>
        <source>An import into %1 is still building its indexes; copy when it has finished.</source>
        <translation>Impor ke %1 masih membangun indeksnya; salin setelah impor selesai.</translation>
    </message>
    <message>
        <source>%1: %2 rows in %3 but %4 copied and %5 in %6; nothing was copied.</source>
        <translation>%1: %2 baris di %3 tetapi %4 disalin dan %5 di %6; tidak ada yang disalin.</translation>
    </message>
    <message>
        <source>%1 differs after the copy (%2 rows in %3, %4 in %5); nothing was copied.</source>
        <translation>%1 berbeda setelah disalin (%2 baris di %3, %4 di %5); tidak ada yang disalin.</translation>
    </message>
</context>
<context>
    <name>WorkspaceGate</name>
    <message>
        <source>The workspace is damaged</source>
        <translation>Ruang kerja rusak</translation>
    </message>
    <message>
        <source>SQLite reports the workspace as damaged (%1). Herald stops now so that nothing more is written to it. Start Herald again: it offers to restore the newest automatic backup and keeps the damaged file.</source>
        <translation>SQLite melaporkan ruang kerja rusak (%1). Herald berhenti sekarang agar tidak ada lagi yang ditulis ke dalamnya. Buka Herald lagi: aplikasi akan menawarkan untuk memulihkan cadangan otomatis terbaru dan menyimpan file yang rusak.</translation>
    </message>
    <message>
        <source>The newest automatic backup was made %1 (%2). Restoring it moves the damaged file aside (it is kept next to the workspace) and puts the backup in its place.</source>
        <translation>Cadangan otomatis terbaru dibuat %1 (%2). Memulihkannya akan memindahkan file yang rusak (disimpan di sebelah ruang kerja) dan memasang cadangan di tempatnya.</translation>
    </message>
    <message>
        <source>Restore Newest Backup</source>
        <translation>Pulihkan Cadangan Terbaru</translation>
    </message>
    <message>
        <source>There is no automatic backup in %1. Open another workspace, or quit and restore one with `herald-cli workspace restore FILE`.</source>
        <translation>Tidak ada cadangan otomatis di %1. Buka ruang kerja lain, atau keluar lalu pulihkan cadangan dengan `herald-cli workspace restore FILE`.</translation>
    </message>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Tidak dapat membuka ruang kerja</translation>
    </message>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Tidak dapat memulihkan cadangan</translation>
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation>Buka Ruang Kerja</translation>
    </message>
    <message>
        <source>Herald workspaces (*.herald);;All files (*)</source>
        <translation>Ruang kerja Herald (*.herald);;Semua file (*)</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>“%1” is not a PostgreSQL workspace URL. Write it as %2.</source>
        <translation>“%1” bukan URL ruang kerja PostgreSQL. Tulis seperti %2.</translation>
    </message>
    <message>
        <source>The workspace URL contains a password, and Herald never keeps a password in a URL (it would be stored, logged and shown in process lists). Remove “:PASSWORD” from the URL and either store the password in the keychain with: herald-cli workspace login URL (it reads the password from standard input), put it in ~/.pgpass (or the file PGPASSFILE names), or set PGPASSWORD for a script.</source>
        <translation>URL ruang kerja berisi kata sandi, dan Herald tidak pernah menyimpan kata sandi di URL (kata sandi itu akan tersimpan, tercatat di log, dan terlihat di daftar proses). Hapus “:PASSWORD” dari URL, lalu simpan kata sandi di keychain dengan: herald-cli workspace login URL (perintah ini membaca kata sandi dari input standar), taruh di ~/.pgpass (atau file yang ditunjuk PGPASSFILE), atau atur PGPASSWORD untuk skrip.</translation>
    </message>
    <message>
        <source>The workspace URL is not valid (check the host, the port number and any %-escapes). Write it as %1.</source>
        <translation>URL ruang kerja tidak valid (periksa host, nomor port, dan %-escape apa pun). Tulis seperti %1.</translation>
    </message>
    <message>
        <source>The workspace URL names no server. Write it as %1.</source>
        <translation>URL ruang kerja tidak menyebutkan server. Tulis seperti %1.</translation>
    </message>
    <message>
        <source>The workspace URL names no database (the part after the last “/”). Write it as %1.</source>
        <translation>URL ruang kerja tidak menyebutkan database (bagian setelah “/” terakhir). Tulis seperti %1.</translation>
    </message>
    <message>
        <source>The workspace URL contains a password (password=…), and Herald never keeps a password in a URL. Remove it and use herald-cli workspace login, ~/.pgpass or PGPASSWORD instead.</source>
        <translation>URL ruang kerja berisi kata sandi (password=…), dan Herald tidak pernah menyimpan kata sandi di URL. Hapus kata sandi itu dan gunakan herald-cli workspace login, ~/.pgpass, atau PGPASSWORD sebagai gantinya.</translation>
    </message>
    <message>
        <source>The workspace URL&apos;s option “%1” cannot be used. Options are libpq keywords such as sslmode=verify-full.</source>
        <translation>Opsi “%1” pada URL ruang kerja tidak dapat dipakai. Opsi berupa kata kunci libpq seperti sslmode=verify-full.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>the part %1 is missing</source>
        <translation>bagian %1 tidak ada</translation>
    </message>
    <message>
        <source>the part %1 is larger than Herald reads (512 MB uncompressed)</source>
        <translation>bagian %1 lebih besar dari yang dapat dibaca Herald (512 MB tanpa kompresi)</translation>
    </message>
    <message>
        <source>the part %1 cannot be decompressed: %2</source>
        <translation>bagian %1 tidak dapat didekompresi: %2</translation>
    </message>
    <message>
        <source>it is shorter than its size says</source>
        <translation>file ini lebih pendek dari ukuran yang tertulis</translation>
    </message>
    <message>
        <source>its part %1 is not valid XML (line %2: %3)</source>
        <translation>bagian %1 di dalamnya bukan XML yang valid (baris %2: %3)</translation>
    </message>
    <message>
        <source>it has no sheet</source>
        <translation>file ini tidak punya lembar</translation>
    </message>
    <message>
        <source>cell %1 refers to shared string %2, which the workbook does not have</source>
        <translation>sel %1 merujuk ke shared string %2, yang tidak ada di buku kerja</translation>
    </message>
    <message>
        <source>cell %1 holds “%2”, which is not a number</source>
        <translation>sel %1 berisi “%2”, yang bukan angka</translation>
    </message>
    <message>
        <source>sheet “%1” has a cell named “%2”, which is not a cell reference</source>
        <translation>lembar “%1” punya sel bernama “%2”, yang bukan referensi sel</translation>
    </message>
    <message>
        <source>sheet “%1” uses column %2; Herald reads at most %3 columns</source>
        <translation>lembar “%1” memakai kolom %2; Herald membaca paling banyak %3 kolom</translation>
    </message>
    <message>
        <source>%1 of sheet “%2”</source>
        <translation>%1 di lembar “%2”</translation>
    </message>
    <message>
        <source>sheet “%1”: %2</source>
        <translation>lembar “%1”: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: %2. Open it in Excel or LibreOffice and save it again as .xlsx (or as CSV).</source>
        <translation>%1 tidak dapat dibaca sebagai buku kerja Excel: %2. Buka di Excel atau LibreOffice lalu simpan lagi sebagai .xlsx (atau sebagai CSV).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls). Herald reads .xlsx: open it in Excel or LibreOffice and save it as .xlsx (or as CSV).</source>
        <translation>%1 adalah buku kerja Excel 97–2003 (.xls). Herald membaca .xlsx: buka di Excel atau LibreOffice lalu simpan sebagai .xlsx (atau sebagai CSV).</translation>
    </message>
    <message>
        <source>it is not a zip file (%1)</source>
        <translation>file ini bukan file zip (%1)</translation>
    </message>
    <message>
        <source>it has no workbook part (xl/workbook.xml)</source>
        <translation>file ini tidak punya bagian buku kerja (xl/workbook.xml)</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”. Its sheets are: %3.</source>
        <translation>%1 tidak punya lembar “%2”. Lembar yang ada: %3.</translation>
    </message>
    <message>
        <source>sheet “%1” has no part in the workbook&apos;s relationships</source>
        <translation>lembar “%1” tidak punya bagian dalam relasi buku kerja</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 is empty. Choose the sheet that holds the contacts.</source>
        <translation>Lembar “%1” di %2 kosong. Pilih lembar yang berisi kontak.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Herald — WhatsApp campaign manager</source>
        <translation>Herald — pengelola kampanye WhatsApp</translation>
    </message>
    <message>
        <source>Workspace file (default: $HERALD_WORKSPACE, then the per-user workspace).</source>
        <translation>File ruang kerja (default: $HERALD_WORKSPACE, lalu ruang kerja milik pengguna).</translation>
    </message>
    <message>
        <source>Open the demo workspace (a workspace of its own, filled with sample contacts with fictional numbers when new; with --workspace, that file).</source>
        <translation>Buka ruang kerja demo (ruang kerja tersendiri, diisi kontak contoh dengan nomor fiktif saat baru dibuat; dengan --workspace, file tersebut).</translation>
    </message>
    <message>
        <source>Demo contacts</source>
        <translation>Kontak demo</translation>
    </message>
    <message>
        <source>The demo contacts could not be added: %1</source>
        <translation>Kontak demo tidak dapat ditambahkan: %1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Cadangan harian</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of the workspace failed: %1</source>
        <translation>Pencadangan otomatis ruang kerja hari ini gagal: %1</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Coba demo</translation>
    </message>
    <message>
        <source>The demo could not be started. Run `herald --demo` from a terminal to see why.</source>
        <translation>Demo tidak dapat dimulai. Jalankan `herald --demo` dari terminal untuk melihat penyebabnya.</translation>
    </message>
</context>
</TS>
