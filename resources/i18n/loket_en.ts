<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
<context>
    <name>AccountStore</name>
    <message>
        <source>Kata sandi minimal %1 karakter.</source>
        <translation>Password must be at least %1 characters.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu panjang (maksimal 256 karakter).</source>
        <translation>Password is too long (maximum 256 characters).</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh hanya spasi.</source>
        <translation>Password cannot consist of spaces only.</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh mengelola akun petugas.</source>
        <translation>Only an administrator may manage staff accounts.</translation>
    </message>
    <message>
        <source>Nama login harus 2-32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf.</source>
        <translation>Login name must be 2-32 characters: lowercase letters, digits, dots, underscores or hyphens, starting with a letter.</translation>
    </message>
    <message>
        <source>NIP harus 18 angka atau dikosongkan.</source>
        <translation>NIP must be 18 digits or left empty.</translation>
    </message>
    <message>
        <source>Petugas harus mempunyai paling sedikit satu peran.</source>
        <translation>A staff member must have at least one role.</translation>
    </message>
    <message>
        <source>Akun pertama harus administrator.</source>
        <translation>The first account must be an administrator.</translation>
    </message>
    <message>
        <source>Nama login &quot;%1&quot; sudah dipakai.</source>
        <translation>Login name &quot;%1&quot; is already taken.</translation>
    </message>
    <message>
        <source>Kata sandi tidak dapat diamankan (memori tidak cukup).</source>
        <translation>The password could not be secured (not enough memory).</translation>
    </message>
    <message>
        <source>Petugas tidak ditemukan.</source>
        <translation>Staff member not found.</translation>
    </message>
    <message>
        <source>Nama login atau kata sandi salah.</source>
        <translation>Wrong login name or password.</translation>
    </message>
    <message>
        <source>Akun dikunci sementara karena %1 kali salah kata sandi. Coba lagi dalam %2 menit.</source>
        <translation>Account temporarily locked after %1 wrong passwords. Try again in %2 minutes.</translation>
    </message>
    <message>
        <source>Akun dikunci selama %1 menit karena %2 kali salah kata sandi.</source>
        <translation>Account locked for %1 minutes after %2 wrong passwords.</translation>
    </message>
    <message>
        <source>Akun ini sudah dinonaktifkan. Hubungi administrator.</source>
        <translation>This account has been deactivated. Contact the administrator.</translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <source>Administrator tidak dapat menonaktifkan akunnya sendiri.</source>
        <translation>An administrator cannot deactivate their own account.</translation>
    </message>
    <message>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Libur nasional</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <source>Cuti bersama</source>
        <translation>Collective leave (cuti bersama)</translation>
    </message>
    <message>
        <source>Libur lokal</source>
        <translation>Local holiday</translation>
    </message>
    <message>
        <source>&amp;Petugas</source>
        <translation>St&amp;aff</translation>
    </message>
    <message>
        <source>&amp;Kalender kerja</source>
        <translation>Working &amp;calendar</translation>
    </message>
    <message>
        <source>&amp;Identitas kantor</source>
        <translation>&amp;Office profile</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tambah petugas… (&amp;+)</source>
        <translation>Add sta&amp;ff member… (+)</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan / aktifkan</source>
        <translation>&amp;Deactivate / activate</translation>
    </message>
    <message>
        <source>&amp;Atur ulang kata sandi…</source>
        <translation>Reset pass&amp;word…</translation>
    </message>
    <message>
        <source>Tambah petugas</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>Nama &amp;login:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi awal:</source>
        <translation>Initial &amp;password:</translation>
    </message>
    <message>
        <source>Peran:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Kata sandi baru untuk %1:</source>
        <translation>New password for %1:</translation>
    </message>
    <message>
        <source>Kata sandi %1 telah diganti.</source>
        <translation>The password of %1 has been changed.</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>&lt;b&gt;Jam kerja&lt;/b&gt; (klik dua kali untuk mengubah; kosongkan untuk hari libur)</source>
        <translation>&lt;b&gt;Working hours&lt;/b&gt; (double-click to edit; leave empty for a day off)</translation>
    </message>
    <message>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Istirahat</source>
        <translation>Breaks</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hari libur&lt;/b&gt; tahun:</source>
        <translation>&lt;b&gt;Holidays&lt;/b&gt; in year:</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Tambah…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <source>&amp;Hapus</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <source>Tambah hari libur</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <source>&amp;Tanggal:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Nama:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>hapus hari libur %1</source>
        <translation>delete holiday %1</translation>
    </message>
    <message>
        <source>Impor hari libur</source>
        <translation>Import holidays</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Jam kerja</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Jam buka dan tutup %1 harus berbentuk JJ:MM, dan tutup setelah buka.</source>
        <translation>Opening and closing times for %1 must be HH:MM, with closing after opening.</translation>
    </message>
    <message>
        <source>Istirahat &quot;%1&quot; tidak sah: tulis JJ:MM-JJ:MM di dalam jam kerja.</source>
        <translation>Break &quot;%1&quot; is invalid: write HH:MM-HH:MM within working hours.</translation>
    </message>
    <message>
        <source>ubah jam kerja</source>
        <translation>change working hours</translation>
    </message>
    <message>
        <source>Kalender kerja</source>
        <translation>Working calendar</translation>
    </message>
    <message>
        <source>Isi tanggal dan nama hari libur.</source>
        <translation>Enter the date and the name of the holiday.</translation>
    </message>
    <message>
        <source>tambah hari libur %1</source>
        <translation>add holiday %1</translation>
    </message>
    <message>
        <source>impor %1 hari libur dari %2</source>
        <translation>import %1 holidays from %2</translation>
    </message>
    <message>
        <source>%1 hari libur diimpor.</source>
        <translation>%1 holidays imported.</translation>
    </message>
    <message>
        <source>&amp;Nama kantor:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <source>&amp;Alamat:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Nama Kepala &amp;Bagian:</source>
        <translation>Head of Section &amp;name:</translation>
    </message>
    <message>
        <source>Identitas kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>Identitas kantor disimpan.</source>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <source>Libur n&amp;asional</source>
        <translation>&amp;National holiday</translation>
    </message>
    <message>
        <source>&amp;Cuti bersama</source>
        <translation>&amp;Collective leave (cuti bersama)</translation>
    </message>
    <message>
        <source>Libur &amp;lokal (daerah)</source>
        <translation>&amp;Local holiday</translation>
    </message>
    <message>
        <source>Nama l&amp;engkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Tambahkan petugas &quot;%1&quot; (%2) dengan peran: %3?</source>
        <translation>Add staff member &quot;%1&quot; (%2) with the roles: %3?</translation>
    </message>
    <message>
        <source>belum dipilih</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <source>&amp;Tambahkan</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Nonaktifkan petugas</source>
        <translation>Deactivate staff member</translation>
    </message>
    <message>
        <source>Nonaktifkan petugas &quot;%1&quot; (%2)? Ia tidak dapat masuk lagi sampai diaktifkan kembali.</source>
        <translation>Deactivate staff member &quot;%1&quot; (%2)? They cannot log in until reactivated.</translation>
    </message>
    <message>
        <source>&amp;Nonaktifkan</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Simpan &amp;jam kerja</source>
        <translation>Save &amp;working hours</translation>
    </message>
    <message>
        <source>Imp&amp;or .ics…</source>
        <translation>&amp;Import .ics…</translation>
    </message>
    <message>
        <source>Jenis:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Pilih jenis hari libur: libur nasional, cuti bersama, atau libur lokal.</source>
        <translation>Choose the kind of day off: national holiday, collective leave or local holiday.</translation>
    </message>
    <message>
        <source>%1 hari dalam berkas %2 tidak menyebut jenisnya. Pilih jenis untuk hari-hari ini:</source>
        <translation>%1 days in the file %2 do not state their kind. Choose the kind for these days:</translation>
    </message>
    <message>
        <source>Impor dibatalkan.</source>
        <translation>Import cancelled.</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>K&amp;ota:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>Saluran pen&amp;gaduan:</source>
        <translation>Comp&amp;laints channel:</translation>
    </message>
    <message>
        <source>NIP K&amp;epala Bagian:</source>
        <translation>Head o&amp;f Section NIP:</translation>
    </message>
    <message>
        <source>&amp;Teks maklumat:</source>
        <translation>Service pled&amp;ge text:</translation>
    </message>
    <message>
        <source>Simpan identitas kanto&amp;r</source>
        <translation>Save office profile</translation>
    </message>
    <message>
        <source>18 angka; boleh dikosongkan</source>
        <translation>18 digits; may be left empty</translation>
    </message>
    <message>
        <source>N&amp;IP:</source>
        <translation>N&amp;IP:</translation>
    </message>
    <message>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Loket mencadangkan basis data sekali sehari saat dibuka dan sekali lagi saat ditutup; disimpan 14 cadangan harian dan 12 bulanan. Pilih folder di diska lain (mis. diska eksternal atau folder jaringan) agar cadangan tidak hilang bersama komputer ini.</source>
        <translation>Loket backs up the database once a day when it opens and once more when it closes; 14 daily and 12 monthly backups are kept. Choose a folder on another disk (e.g. an external disk or a network folder) so that the backups are not lost with this computer.</translation>
    </message>
    <message>
        <source>&amp;Folder cadangan:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Jelajahi…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Simpan folder cadan&amp;gan</source>
        <translation>Save backup fol&amp;der</translation>
    </message>
    <message>
        <source>Pilih folder cadangan</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Cadangan terakhir: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>Belum ada cadangan di folder ini.</source>
        <translation>No backup in this folder yet.</translation>
    </message>
    <message>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Cadangan berikutnya disimpan di %1.</source>
        <translation>The next backups will be saved in %1.</translation>
    </message>
    <message>
        <source>Basis data ini ada di server PostgreSQL kantor. Cadangannya arsip pg_dump di folder di bawah ini, dibuat oleh &quot;loket backup&quot; terjadwal di server atau dengan tombol Cadangkan sekarang di PC ini; disimpan 14 cadangan harian dan 12 bulanan. Folder itu dibaca di komputer yang mencadangkan.</source>
        <translation>This database is on the office&apos;s PostgreSQL server. Its backups are pg_dump archives in the folder below, made by a scheduled &quot;loket backup&quot; on the server or with the Back up now button on this PC; 14 daily and 12 monthly backups are kept. The folder is read on the computer that makes the backup.</translation>
    </message>
    <message>
        <source>Cadangkan &amp;sekarang</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>wajib diisi: folder arsip pg_dump, mis. /srv/cadangan-loket</source>
        <translation>required: the folder for pg_dump archives, e.g. /srv/cadangan-loket</translation>
    </message>
    <message>
        <source>Folder cadangan untuk server belum diatur, jadi belum ada cadangan server.</source>
        <translation>No backup folder is set for the server, so there is no server backup yet.</translation>
    </message>
    <message>
        <source>Arsip server terakhir: %1 (%2).</source>
        <translation>Latest server archive: %1 (%2).</translation>
    </message>
    <message>
        <source>Belum ada arsip server di folder ini (di PC ini).</source>
        <translation>No server archive in this folder yet (on this PC).</translation>
    </message>
    <message>
        <source>Cadangan hari ini belum dibuat.</source>
        <translation>Today&apos;s backup has not been made yet.</translation>
    </message>
    <message>
        <source>Cadangan hari ini sudah dibuat.</source>
        <translation>Today&apos;s backup has been made.</translation>
    </message>
    <message>
        <source>Pencadangan terhenti sebelum selesai.</source>
        <translation>The backup stopped before it finished.</translation>
    </message>
    <message>
        <source>Mencadangkan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Cadangan server</source>
        <translation>Server backup</translation>
    </message>
    <message>
        <source>Cadangan ditulis: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>Nama meja PC ini tampil di layar pengawasan (siapa masuk di meja mana dan sejak kapan) dan disimpan di PC ini saja. Berkas yang masih dipegang petugas di meja yang tidak terlihat lagi (PC mati, macet, atau terputus) ditandai setelah batas waktu di bawah, agar pengawas dapat melepasnya ke antrian.</source>
        <translation>This PC&apos;s desk name is shown on the supervision screen (who is logged in at which desk and since when) and is kept on this PC only. Files still held by a staff member at a desk that is no longer seen (PC switched off, frozen or cut off) are flagged after the time below, so that the supervisor can release them to the queue.</translation>
    </message>
    <message>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Tandai berkas di meja yang tidak terlihat setelah:</source>
        <translation>Flag files at a desk not seen for:</translation>
    </message>
    <message>
        <source>Meja</source>
        <translation>Desks</translation>
    </message>
    <message>
        <source>Pengaturan meja disimpan. Nama meja yang baru dipakai mulai login berikutnya di PC ini.</source>
        <translation>Desk settings saved. The new desk name is used from the next login on this PC.</translation>
    </message>
    <message>
        <source>&amp;Nama meja PC ini:</source>
        <translation>Desk &amp;name of this PC:</translation>
    </message>
    <message>
        <source>Simpan pen&amp;gaturan meja</source>
        <translation>Save des&amp;k settings</translation>
    </message>
    <message>
        <source>Layanan yang dipanggil meja ini:</source>
        <translation>Services this desk calls:</translation>
    </message>
    <message>
        <source> kali dipanggil</source>
        <translation> calls</translation>
    </message>
    <message>
        <source>&quot;Tidak hadir&quot; boleh setelah:</source>
        <translation>&quot;Not present&quot; allowed after:</translation>
    </message>
    <message>
        <source>kosong: pernyataan pertama Maklumat Pelayanan</source>
        <translation>empty: the first statement of the Service Pledge</translation>
    </message>
    <message>
        <source>Teks berjalan layar antrian:</source>
        <translation>Queue display running text:</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu layanan yang dipanggil meja ini.</source>
        <translation>Choose at least one service this desk calls.</translation>
    </message>
    <message>
        <source>Data pribadi</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Tinjau sekarang</source>
        <translation>Review now</translation>
    </message>
    <message>
        <source>Katalog layanan</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Riwayat versi katalog&lt;/b&gt; (berkas yang sudah terdaftar tetap memakai versi saat didaftarkan)</source>
        <translation>&lt;b&gt;Catalogue versions&lt;/b&gt; (registered files keep the version they were registered under)</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Berlaku sejak</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Peraturan</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Diimpor oleh</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>Disimpan</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Perwali ... Nomor X Tahun Y (kosong: peraturan yang disebut berkas)</source>
        <translation>Perwali ... Number X of Year Y (empty: the regulation the file names)</translation>
    </message>
    <message>
        <source>Berlaku se&amp;jak:</source>
        <translation>E&amp;ffective from:</translation>
    </message>
    <message>
        <source>Peraturan yang me&amp;netapkan:</source>
        <translation>Set b&amp;y regulation:</translation>
    </message>
    <message>
        <source>Impor &amp;berkas katalog…</source>
        <translation>Import catalogue f&amp;ile…</translation>
    </message>
    <message>
        <source>Impor katalog layanan</source>
        <translation>Import service catalogue</translation>
    </message>
    <message>
        <source>Katalog layanan (*.json)</source>
        <translation>Service catalogue (*.json)</translation>
    </message>
    <message>
        <source>Berlaku hari ini: %1.</source>
        <translation>In force today: %1.</translation>
    </message>
    <message>
        <source>%1 (berlaku)</source>
        <translation>%1 (in force)</translation>
    </message>
    <message>
        <source>sejak awal</source>
        <translation>from the start</translation>
    </message>
    <message>
        <source>(bawaan)</source>
        <translation>(built-in)</translation>
    </message>
</context>
<context>
    <name>AdministratorStep</name>
    <message>
        <source>Akun administrator</source>
        <translation>Administrator account</translation>
    </message>
    <message>
        <source>Administrator menambahkan helpdesk, verifikator dan petugas lain, dan mengatur kantor. Tidak ada kata sandi bawaan.</source>
        <translation>The administrator adds the helpdesk, verifikator and other officers, and sets up the office. There is no default password.</translation>
    </message>
    <message>
        <source>&amp;Nama lengkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>Nama l&amp;ogin:</source>
        <translation>L&amp;ogin name:</translation>
    </message>
    <message>
        <source>Kata &amp;sandi (minimal 8 karakter):</source>
        <translation>&amp;Password (at least 8 characters):</translation>
    </message>
    <message>
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>&amp;Buat akun</source>
        <translation>&amp;Create account</translation>
    </message>
    <message>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Announcer</name>
    <message>
        <source>Suara panggilan dimatikan di pengaturan PC ini.</source>
        <translation>Spoken calls are turned off in this PC&apos;s settings.</translation>
    </message>
    <message>
        <source>Mesin suara sedang disiapkan…</source>
        <translation>The speech engine is being prepared…</translation>
    </message>
    <message>
        <source>Mesin suara tidak selesai membacakan panggilan; periksa perangkat suara PC ini.</source>
        <translation>The speech engine did not finish reading the call; check this PC&apos;s sound device.</translation>
    </message>
    <message>
        <source>Mesin suara Qt belum terpasang (paket qt6-speech-speechd-plugin).</source>
        <translation>Qt&apos;s speech engine is not installed (package qt6-speech-speechd-plugin).</translation>
    </message>
    <message>
        <source>Mesin suara &quot;%1&quot; tidak ada; dipakai &quot;%2&quot;.</source>
        <translation>Speech engine &quot;%1&quot; is not available; using &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>speech-dispatcher belum terpasang (paket speech-dispatcher dan speech-dispatcher-espeak-ng).</source>
        <translation>speech-dispatcher is not installed (packages speech-dispatcher and speech-dispatcher-espeak-ng).</translation>
    </message>
    <message>
        <source>speech-dispatcher tidak berjalan dan tidak dapat dijalankan.</source>
        <translation>speech-dispatcher is not running and cannot be started.</translation>
    </message>
    <message>
        <source>Mesin suara &quot;%1&quot; tidak dapat dimulai.</source>
        <translation>Speech engine &quot;%1&quot; cannot be started.</translation>
    </message>
    <message>
        <source>Mesin suara tidak tersedia.</source>
        <translation>No speech engine is available.</translation>
    </message>
    <message>
        <source>Tidak ada suara berbahasa Indonesia pada mesin suara (paket espeak-ng dan speech-dispatcher-espeak-ng).</source>
        <translation>The speech engine has no Indonesian voice (packages espeak-ng and speech-dispatcher-espeak-ng).</translation>
    </message>
    <message>
        <source>Mesin suara gagal membacakan panggilan.</source>
        <translation>The speech engine failed to read the call.</translation>
    </message>
</context>
<context>
    <name>ApplicationStatus</name>
    <message>
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Diperiksa helpdesk</source>
        <translation>Being checked by helpdesk</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Dalam antrian</source>
        <translation>In queue</translation>
    </message>
    <message>
        <source>Sedang dikerjakan</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Dikembalikan ke helpdesk</source>
        <translation>Returned to helpdesk</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ApplicationTable</name>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
    <message>
        <source>Berkas %1 baru saja diubah oleh petugas lain; muat ulang dan coba lagi.</source>
        <translation>File %1 was just changed by another staff member; reload and try again.</translation>
    </message>
    <message>
        <source>Tidak ada berkas bernomor %1.</source>
        <translation>There is no file numbered %1.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cadangan hanya dapat dibuat dari basis data SQLite.</source>
        <translation>Backups can only be made from an SQLite database.</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 tidak dapat dibuka.</source>
        <translation>Backup file %1 cannot be opened.</translation>
    </message>
    <message>
        <source>Pencadangan gagal: %1</source>
        <translation>Backup failed: %1</translation>
    </message>
    <message>
        <source>Berkas cadangan tidak dapat dinamai %1.</source>
        <translation>The backup file cannot be renamed to %1.</translation>
    </message>
    <message>
        <source>Cadangan bulanan %1 tidak dapat dibuat.</source>
        <translation>Monthly backup %1 cannot be created.</translation>
    </message>
    <message>
        <source>Cadangan %1 rusak: %2</source>
        <translation>Backup %1 is damaged: %2</translation>
    </message>
    <message>
        <source>Berkas %1 bukan cadangan Loket.</source>
        <translation>File %1 is not a Loket backup.</translation>
    </message>
    <message>
        <source>Cadangan dan basis data adalah berkas yang sama.</source>
        <translation>The backup and the database are the same file.</translation>
    </message>
    <message>
        <source>Pemulihan dibatalkan, tidak ada yang diubah. %1</source>
        <translation>Restore cancelled; nothing was changed. %1</translation>
    </message>
    <message>
        <source>Basis data lama tidak dapat disisihkan ke %1; tidak ada yang diubah.</source>
        <translation>The old database cannot be moved aside to %1; nothing was changed.</translation>
    </message>
    <message>
        <source>Cadangan tidak dapat disalin ke %1; basis data lama dikembalikan.</source>
        <translation>The backup cannot be copied to %1; the old database has been put back.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak ditemukan.</source>
        <translation>Database %1 not found.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka untuk dicadangkan: %2</source>
        <translation>Database %1 cannot be opened for backup: %2</translation>
    </message>
    <message>
        <source>Cadangan tidak dibuat: %1</source>
        <translation>Backup not made: %1</translation>
    </message>
    <message>
        <source>Berkas cadangan %1 tidak dapat dibuat: folder itu tidak boleh ditulis, atau disk penuh.</source>
        <translation>Backup file %1 cannot be created: the folder may not be written, or the disk is full.</translation>
    </message>
    <message>
        <source>Folder cadangan %1 tidak dapat dibuat (folder di atasnya tidak boleh ditulis?).</source>
        <translation>Backup folder %1 cannot be created (is the folder above it read-only?).</translation>
    </message>
    <message>
        <source>Tulis folder cadangan lengkap dari akarnya, mis. /media/usb/cadangan-loket.</source>
        <translation>Write the backup folder in full from the root, e.g. /media/usb/cadangan-loket.</translation>
    </message>
    <message>
        <source>%1 bukan folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>Folder %1 ada di folder sementara %2, yang dikosongkan sistem (mis. saat komputer dinyalakan ulang). Pilih folder yang tetap, sebaiknya di diska lain.</source>
        <translation>The folder %1 is inside the temporary folder %2, which the system empties (e.g. when the computer restarts). Choose a permanent folder, preferably on another disk.</translation>
    </message>
    <message>
        <source>Folder %1 tidak boleh ditulis oleh akun ini; pilih folder lain.</source>
        <translation>This account may not write to the folder %1; choose another folder.</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh mengubah folder cadangan.</source>
        <translation>Only an administrator may change the backup folder.</translation>
    </message>
    <message>
        <source>Basis data di server PostgreSQL dicadangkan dan dipulihkan dengan alat PostgreSQL sendiri (pg_dump, pg_restore), bukan sebagai salinan berkas: loket backup --db ALAMAT dan loket restore ARSIP --db ALAMAT. Tidak ada yang diubah.</source>
        <translation>A database on a PostgreSQL server is backed up and restored with PostgreSQL&apos;s own tools (pg_dump, pg_restore), not as a file copy: loket backup --db ADDRESS and loket restore ARCHIVE --db ADDRESS. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>BackupStep</name>
    <message>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>&amp;Folder cadangan:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Jelajahi…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>Pilih folder cadangan</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Arsip pg_dump basis data server.</source>
        <translation>pg_dump archives of the server&apos;s database.</translation>
    </message>
    <message>
        <source>Basis data ini ada di server kantor. Cadangannya dibuat oleh &quot;loket backup&quot; terjadwal di server atau dengan Cadangkan sekarang di Administrasi, ke folder ini. Boleh dikosongkan sekarang dan diatur nanti oleh TI kantor.</source>
        <translation>This database is on the office server. Its backups are made by a scheduled &quot;loket backup&quot; on the server, or with Back up now in Administration, into this folder. It may be left empty now and set later by the office&apos;s IT.</translation>
    </message>
    <message>
        <source>mis. /srv/cadangan-loket</source>
        <translation>e.g. /srv/cadangan-loket</translation>
    </message>
    <message>
        <source>Loket mencadangkan basis data sekali sehari saat dibuka dan sekali lagi saat ditutup.</source>
        <translation>Loket backs the database up once a day when it opens and once more when it closes.</translation>
    </message>
    <message>
        <source>Pilih folder di diska lain (mis. diska eksternal atau folder jaringan) agar cadangan tidak hilang bersama komputer ini. Bila dikosongkan, cadangan disimpan di samping basis data.</source>
        <translation>Choose a folder on another disk (e.g. an external disk or a network folder) so that the backups are not lost with this computer. When left empty, backups are kept beside the database.</translation>
    </message>
</context>
<context>
    <name>BoardDocument</name>
    <message>
        <source>PAPAN KINERJA PELAYANAN</source>
        <translation>SERVICE PERFORMANCE BOARD</translation>
    </message>
    <message>
        <source>%1 · periode %2</source>
        <translation>%1 · period %2</translation>
    </message>
    <message>
        <source>Papan Kinerja Pelayanan %1</source>
        <translation>Service Performance Board %1</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>Hanya administrator yang boleh mengubah kalender kerja.</source>
        <translation>Only an administrator may change the working calendar.</translation>
    </message>
    <message>
        <source>Nama hari libur %1: %2</source>
        <translation>Holiday name %1: %2</translation>
    </message>
    <message>
        <source>Keterangan perubahan: %1</source>
        <translation>Change note: %1</translation>
    </message>
    <message>
        <source>Kalender kerja yang tersimpan tidak dapat dibaca (%1). Administrator perlu menyimpan ulang kalender di Administrasi; sampai itu, waktu layanan tidak dapat dihitung.</source>
        <translation>The stored working calendar cannot be read (%1). An administrator needs to save the calendar again in Administration; until then, service times cannot be counted.</translation>
    </message>
</context>
<context>
    <name>CallBar</name>
    <message>
        <source>Panggil berikutnya (F6)</source>
        <translation>Call next (F6)</translation>
    </message>
    <message>
        <source>Panggil ulang (F7)</source>
        <translation>Call again (F7)</translation>
    </message>
    <message>
        <source>Tidak hadir (F8)</source>
        <translation>Not present (F8)</translation>
    </message>
    <message>
        <source>Panggil nomor…</source>
        <translation>Call a number…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dipanggil ke %1: %2&lt;/b&gt; (%3× dipanggil)</source>
        <translation>&lt;b&gt;Called to %1: %2&lt;/b&gt; (called %3×)</translation>
    </message>
    <message>
        <source>Menunggu dipanggil: %1, berikutnya %2.</source>
        <translation>Waiting to be called: %1, next %2.</translation>
    </message>
    <message>
        <source>Tidak ada yang menunggu dipanggil.</source>
        <translation>Nobody is waiting to be called.</translation>
    </message>
    <message>
        <source>Tidak hadir: %1.</source>
        <translation>Not present: %1.</translation>
    </message>
    <message>
        <source>Setelah dipanggil %1 kali, nomor yang tidak datang disisihkan; dapat dipanggil lagi bila datang.</source>
        <translation>After %1 calls a number that does not come is set aside; it can be called again when the visitor turns up.</translation>
    </message>
    <message>
        <source>Panggil berikutnya</source>
        <translation>Call next</translation>
    </message>
    <message>
        <source>Panggil ulang</source>
        <translation>Call again</translation>
    </message>
    <message>
        <source>Tidak hadir</source>
        <translation>Not present</translation>
    </message>
    <message>
        <source>Nomor %1 sudah dipanggil %2 kali dan tidak datang. Sisihkan sebagai tidak hadir? Nomor itu dapat dipanggil lagi bila pemohonnya datang.</source>
        <translation>Number %1 was called %2 times and did not come. Set it aside as not present? It can be called again when the applicant turns up.</translation>
    </message>
    <message>
        <source>Sisihkan</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>%1 — tidak hadir, dapat dipanggil lagi</source>
        <translation>%1 — not present, can be called again</translation>
    </message>
    <message>
        <source>%1 — menunggu</source>
        <translation>%1 — waiting</translation>
    </message>
    <message>
        <source> (prioritas: %1)</source>
        <translation> (priority: %1)</translation>
    </message>
    <message>
        <source>Panggil nomor</source>
        <translation>Call a number</translation>
    </message>
    <message>
        <source>Tidak ada nomor yang dapat dipanggil.</source>
        <translation>There is no number to call.</translation>
    </message>
    <message>
        <source>Nomor yang dipanggil ke %1:</source>
        <translation>Number to call to %1:</translation>
    </message>
    <message>
        <source>Panggil di luar urutan</source>
        <translation>Call out of turn</translation>
    </message>
    <message>
        <source>%1 bukan giliran berikutnya. Alasan memanggilnya lebih dahulu:</source>
        <translation>%1 is not next in turn. Why call it first:</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>Hanya administrator yang boleh mengimpor katalog layanan.</source>
        <translation>Only an administrator may import the service catalogue.</translation>
    </message>
    <message>
        <source>Tanggal berlaku katalog tidak sah: tulis sebagai TTTT-BB-HH, misalnya 2027-01-01.</source>
        <translation>The catalogue&apos;s effective date is not valid: write it as YYYY-MM-DD, e.g. 2027-01-01.</translation>
    </message>
    <message>
        <source>Tanggal berlaku katalog harus antara %1 dan %2.</source>
        <translation>The catalogue&apos;s effective date must be between %1 and %2.</translation>
    </message>
    <message>
        <source>Peraturan yang menetapkan katalog: %1</source>
        <translation>Regulation that set the catalogue: %1</translation>
    </message>
    <message>
        <source>Katalog tidak diimpor (tidak ada yang disimpan). %1</source>
        <translation>Catalogue not imported (nothing was stored). %1</translation>
    </message>
    <message>
        <source>Katalog tidak diimpor: sebutkan peraturan yang menetapkannya (misalnya &quot;Perwali Banjarmasin Nomor 5 Tahun 2027&quot;).</source>
        <translation>Catalogue not imported: name the regulation that set it (e.g. &quot;Perwali Banjarmasin Nomor 5 Tahun 2027&quot;).</translation>
    </message>
    <message>
        <source>impor katalog</source>
        <translation>catalogue import</translation>
    </message>
    <message>
        <source>impor katalog dari %1</source>
        <translation>catalogue import from %1</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <source>Basis data belum berisi katalog layanan. Jalankan &quot;loket init&quot;.</source>
        <translation>The database has no service catalogue yet. Run &quot;loket init&quot;.</translation>
    </message>
    <message>
        <source>Katalog bawaan Perwali Banjarmasin 67/2018</source>
        <translation>Built-in catalogue, Perwali Banjarmasin 67/2018</translation>
    </message>
    <message>
        <source>Katalog layanan versi %1 tidak ada.</source>
        <translation>Service catalogue version %1 does not exist.</translation>
    </message>
    <message>
        <source>Katalog layanan versi %1 tidak dapat dibaca: %2</source>
        <translation>Service catalogue version %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Belum ada katalog layanan yang berlaku pada %1.</source>
        <translation>No service catalogue is in force on %1.</translation>
    </message>
    <message>
        <source>Katalog versi %1, berlaku sejak %2</source>
        <translation>Catalogue version %1, in force since %2</translation>
    </message>
    <message>
        <source>Katalog versi %1, berlaku sejak awal</source>
        <translation>Catalogue version %1, in force from the start</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <source>ketik angka NPWP atau huruf awal nama perusahaan</source>
        <translation>type NPWP digits or the first letters of the company name</translation>
    </message>
    <message>
        <source>&amp;Perusahaan:</source>
        <translation>C&amp;ompany:</translation>
    </message>
    <message>
        <source>NP&amp;WP:</source>
        <translation>NP&amp;WP:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Orang &amp;dikenal:</source>
        <translation>&amp;Known person:</translation>
    </message>
    <message>
        <source>&amp;Telepon:</source>
        <translation>Te&amp;lephone:</translation>
    </message>
    <message>
        <source>Pimpina&amp;n (direktur)</source>
        <translation>Co&amp;mpany head (director)</translation>
    </message>
    <message>
        <source>Kedudukan:</source>
        <translation>Capacity:</translation>
    </message>
    <message>
        <source>&amp;Layanan:</source>
        <translation>Serv&amp;ice:</translation>
    </message>
    <message>
        <source>Kun&amp;jungan ulang:</source>
        <translation>Ret&amp;urn visit:</translation>
    </message>
    <message>
        <source>Daftarkan &amp;&amp; beri nomor antrian (Ctrl+Enter)</source>
        <translation>Register &amp;&amp; assign queue number (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(orang baru)</source>
        <translation>(new person)</translation>
    </message>
    <message>
        <source>(kunjungan baru)</source>
        <translation>(new visit)</translation>
    </message>
    <message>
        <source>kuasa</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>pimpinan</source>
        <translation>company head</translation>
    </message>
    <message>
        <source>%1 dikembalikan %2 (%3)</source>
        <translation>%1 returned %2 (%3)</translation>
    </message>
    <message>
        <source>Buku tamu</source>
        <translation>Guest book</translation>
    </message>
    <message>
        <source>Cari penyedia (NPWP atau nama):</source>
        <translation>Search vendor (NPWP or name):</translation>
    </message>
    <message>
        <source>Bentuk:</source>
        <translation>Legal form:</translation>
    </message>
    <message>
        <source>NI&amp;B:</source>
        <translation>NI&amp;B:</translation>
    </message>
    <message>
        <source>Nama pem&amp;ohon:</source>
        <translation>Applicant &amp;name:</translation>
    </message>
    <message>
        <source>N&amp;IK:</source>
        <translation>NIK:</translation>
    </message>
    <message>
        <source>Kuasa</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Catatan:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Data penyedia %1 yang tersimpan akan diubah:</source>
        <translation>The stored details of vendor %1 will change:</translation>
    </message>
    <message>
        <source>• %1: %2 → %3</source>
        <translation>• %1: %2 → %3</translation>
    </message>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Kunjungan dan berkas sebelumnya tetap mencatat data lama; perubahan ini dicatat dalam riwayat.</source>
        <translation>Earlier visits and files keep the old details; this change is recorded in the history.</translation>
    </message>
    <message>
        <source>&amp;Daftarkan</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Ubah data dan daftarkan</source>
        <translation>&amp;Change details and register</translation>
    </message>
    <message>
        <source>Periksa sebelum nomor antrian diberikan</source>
        <translation>Check before the queue number is issued</translation>
    </message>
    <message>
        <source>Tidak terhubung ke server: kedatangan ini belum dapat didaftarkan. Isian tetap di formulir; Loket menyambung kembali sendiri.</source>
        <translation>Not connected to the server: this walk-in cannot be registered yet. What you typed stays in the form; Loket reconnects by itself.</translation>
    </message>
    <message>
        <source>Sambungan ke server terputus saat kedatangan ini didaftarkan, jadi belum pasti sudah tercatat. Isian tetap di formulir. Begitu tersambung kembali, Loket memeriksanya sendiri dan memberi tahu hasilnya; kedatangan ini tidak akan tercatat dua kali.</source>
        <translation>The connection to the server dropped while this walk-in was being registered, so it is not certain that it was recorded. What you typed stays in the form. Once connected again, Loket checks by itself and tells you; this walk-in will never be recorded twice.</translation>
    </message>
    <message>
        <source>Kedatangan tadi sudah tercatat sebelum sambungan terputus: nomor antrian %1, berkas %2. Tanda terimanya dicetak sekarang.</source>
        <translation>The walk-in was recorded before the connection dropped: queue number %1, file %2. Its receipt is printed now.</translation>
    </message>
    <message>
        <source>Kedatangan tadi belum tercatat. Isiannya masih di formulir: periksa, lalu tekan Daftarkan lagi.</source>
        <translation>The walk-in was not recorded. What you typed is still in the form: check it, then press Register again.</translation>
    </message>
    <message>
        <source>Lansia, penyandang disabilitas dan ibu hamil dipanggil lebih dahulu.</source>
        <translation>The elderly, people with a disability and pregnant women are called first.</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Prioritas:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>mis. permohonan surat keterangan terdaftar di SPSE</source>
        <translation>e.g. a letter stating registration in SPSE</translation>
    </message>
    <message>
        <source>Layanan yang belum ada standarnya (Pasal 9) tetap dilayani: tuliskan apa yang diminta pemohon.</source>
        <translation>A service without a standard yet (Article 9) is still served: write what the applicant asked for.</translation>
    </message>
    <message>
        <source>Layanan yang di&amp;minta:</source>
        <translation>Re&amp;quested service:</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>asli belum diperlihatkan</source>
        <translation>original not yet shown</translation>
    </message>
    <message>
        <source>salinan belum diserahkan</source>
        <translation>copy not yet handed in</translation>
    </message>
    <message>
        <source>masa berlaku belum diperiksa</source>
        <translation>validity not yet checked</translation>
    </message>
    <message>
        <source>sudah tidak berlaku sejak %1</source>
        <translation>no longer valid since %1</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>isi tanggal</source>
        <translation>enter date</translation>
    </message>
    <message>
        <source>lengkap</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Asli</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Salinan</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Berlaku s.d.</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>ChecklistTable</name>
    <message>
        <source>Persyaratan &quot;%1&quot; tidak ada dalam daftar periksa berkas ini.</source>
        <translation>Requirement &quot;%1&quot; is not in this file&apos;s checklist.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Opsi %1 memerlukan nilai.</source>
        <translation>Option %1 requires a value.</translation>
    </message>
    <message>
        <source>Opsi tidak dikenal: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Lihat &quot;loket --help&quot;.</source>
        <translation>See &quot;loket --help&quot;.</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>survey import BERKAS.csv   impor jawaban SKM (kolom tanggal, layanan, U1 ... U9)</source>
        <translation>survey import FILE.csv   import SKM survey responses (columns tanggal, layanan, U1 ... U9)</translation>
    </message>
    <message>
        <source>suggestions export --out BERKAS.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]   ekspor saran dan masukan</source>
        <translation>suggestions export --out FILE.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]   export suggestions and feedback</translation>
    </message>
    <message>
        <source>init                  membuat atau memperbarui basis data</source>
        <translation>init                  creates or upgrades the database</translation>
    </message>
    <message>
        <source>check                 memeriksa basis data tanpa mengubahnya</source>
        <translation>check                 checks the database without changing it</translation>
    </message>
    <message>
        <source>user add LOGIN --name NAMA --role PERAN [--role ...] [--nip NIP]   menambah petugas (kata sandi dari stdin)
  user list             daftar petugas</source>
        <translation>user add LOGIN --name NAME --role ROLE [--role ...] [--nip NIP]   adds a staff member (password from stdin)
  user list             lists staff members</translation>
    </message>
    <message>
        <source>due LAYANAN --from &quot;YYYY-MM-DD HH:MM&quot;   batas waktu berkas yang diterima pada waktu itu</source>
        <translation>due SERVICE --from &quot;YYYY-MM-DD HH:MM&quot;   deadline for a file accepted at that time</translation>
    </message>
    <message>
        <source>holidays list [--year YYYY] | holidays import BERKAS.ics   hari libur</source>
        <translation>holidays list [--year YYYY] | holidays import FILE.ics   holidays</translation>
    </message>
    <message>
        <source>Argumen tidak dikenal: %1</source>
        <translation>Unknown argument: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pemakaian: loket survey import BERKAS.csv</source>
        <translation>Usage: loket survey import FILE.csv</translation>
    </message>
    <message>
        <source>%1 jawaban survei diimpor dari %2 (%3 baris data, %4 ditolak).</source>
        <translation>%1 survey responses imported from %2 (%3 data rows, %4 rejected).</translation>
    </message>
    <message>
        <source>Baris yang ditolak (baris lain tetap diimpor):</source>
        <translation>Rejected rows (the other rows were still imported):</translation>
    </message>
    <message>
        <source>  baris %1: %2</source>
        <translation>  row %1: %2</translation>
    </message>
    <message>
        <source>--service harus nomor layanan, mis. --service 1.</source>
        <translation>--service must be a service number, e.g. --service 1.</translation>
    </message>
    <message>
        <source>semua layanan</source>
        <translation>all services</translation>
    </message>
    <message>
        <source>Layanan nomor %1 tidak ada dalam katalog.</source>
        <translation>Service number %1 is not in the catalogue.</translation>
    </message>
    <message>
        <source>Indeks Kepuasan Masyarakat (PermenPAN-RB 14/2017)</source>
        <translation>Community Satisfaction Index (IKM) (PermenPAN-RB 14/2017)</translation>
    </message>
    <message>
        <source>Periode: %1 s.d. %2</source>
        <translation>Period: %1 to %2</translation>
    </message>
    <message>
        <source>Layanan: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>Responden: %1</source>
        <translation>Respondents: %1</translation>
    </message>
    <message>
        <source>Sampel minimal (Krejcie-Morgan) untuk populasi %1 kunjungan: %2 responden</source>
        <translation>Minimum sample (Krejcie-Morgan) for a population of %1 visits: %2 respondents</translation>
    </message>
    <message>
        <source>Belum ada jawaban survei pada periode ini; IKM tidak dapat dihitung.</source>
        <translation>No survey responses in this period yet; the IKM cannot be calculated.</translation>
    </message>
    <message>
        <source>Unsur</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>NRR x 1/9</source>
        <translation>NRR x 1/9</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>IKM: %1</source>
        <translation>IKM: %1</translation>
    </message>
    <message>
        <source>Mutu pelayanan: %1 (%2)</source>
        <translation>Service grade: %1 (%2)</translation>
    </message>
    <message>
        <source>Jumlah responden memenuhi sampel minimal.</source>
        <translation>The number of respondents meets the minimum sample.</translation>
    </message>
    <message>
        <source>Jumlah responden belum memenuhi sampel minimal (kurang %1).</source>
        <translation>The number of respondents does not meet the minimum sample yet (%1 short).</translation>
    </message>
    <message>
        <source>Tidak ada pengaduan yang masih terbuka.</source>
        <translation>There are no open complaints.</translation>
    </message>
    <message>
        <source>Belum ada pengaduan.</source>
        <translation>No complaints yet.</translation>
    </message>
    <message>
        <source>lengkap</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>belum lengkap: %1</source>
        <translation>incomplete: %1</translation>
    </message>
    <message>
        <source>lewat 30 hari: menunggu keputusan</source>
        <translation>over 30 days: awaiting decision</translation>
    </message>
    <message>
        <source>lewat 30 hari: tetap diterima</source>
        <translation>over 30 days: accepted anyway</translation>
    </message>
    <message>
        <source>berkas %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>tanggapan awal %1 %2</source>
        <translation>initial response %1 %2</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1 pengaduan, %2 terlambat.</source>
        <translation>%1 complaints, %2 overdue.</translation>
    </message>
    <message>
        <source>Pemakaian: loket suggestions export --out BERKAS.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]</source>
        <translation>Usage: loket suggestions export --out FILE.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>%1 saran diekspor ke %2.</source>
        <translation>%1 suggestions exported to %2.</translation>
    </message>
    <message>
        <source>Basis data siap: %1 (versi skema %2)</source>
        <translation>Database ready: %1 (schema version %2)</translation>
    </message>
    <message>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Versi skema: %1 (versi ini mengenal sampai %2)</source>
        <translation>Schema version: %1 (this version knows up to %2)</translation>
    </message>
    <message>
        <source>Pemeriksaan integritas menemukan masalah:</source>
        <translation>The integrity check found problems:</translation>
    </message>
    <message>
        <source>Integritas: baik</source>
        <translation>Integrity: OK</translation>
    </message>
    <message>
        <source>Riwayat kejadian tidak utuh: kejadian #%1 tidak cocok (%2). Riwayat sejak kejadian itu mungkin telah diubah.</source>
        <translation>Event history is not intact: event #%1 does not match (%2). The history from that event on may have been altered.</translation>
    </message>
    <message>
        <source>Riwayat kejadian: %1 kejadian, rantai hash utuh</source>
        <translation>Event history: %1 events, hash chain intact</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Ditangani oleh</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation>Time frame</translation>
    </message>
    <message>
        <source>Biaya</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>%1 disimpan: %2 (%3 ms)</source>
        <translation>%1 saved: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>Opsi %1 tidak berlaku untuk &quot;print %2&quot;.</source>
        <translation>Option %1 does not apply to &quot;print %2&quot;.</translation>
    </message>
    <message>
        <source>Tanggal tidak sah: &quot;%1&quot; (format: YYYY-MM-DD).</source>
        <translation>Invalid date: &quot;%1&quot; (format: YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Maklumat Pelayanan</source>
        <translation>Service Pledge (Maklumat Pelayanan)</translation>
    </message>
    <message>
        <source>Standar Pelayanan %1</source>
        <translation>Service Standards: %1</translation>
    </message>
    <message>
        <source>--kind harus ticket, document, return, done atau complaint.</source>
        <translation>--kind must be ticket, document, return, done or complaint.</translation>
    </message>
    <message>
        <source>--paper harus 80mm, a4 atau a5.</source>
        <translation>--paper must be 80mm, a4 or a5.</translation>
    </message>
    <message>
        <source>Sub-perintah print tidak dikenal: %1</source>
        <translation>Unknown print subcommand: %1</translation>
    </message>
    <message>
        <source>Tidak ada huruf (font) yang dapat dipakai pada platform Qt &quot;%1&quot;; jalankan dengan QT_QPA_PLATFORM=offscreen.</source>
        <translation>No usable fonts on the Qt platform &quot;%1&quot;; run with QT_QPA_PLATFORM=offscreen.</translation>
    </message>
    <message>
        <source>Cadangan ditulis: %1</source>
        <translation>Backup written: %1</translation>
    </message>
    <message>
        <source>Pemakaian: loket restore BERKAS-CADANGAN [--db BERKAS]</source>
        <translation>Usage: loket restore BACKUP-FILE [--db FILE]</translation>
    </message>
    <message>
        <source>Basis data %1 dipulihkan dari %2.</source>
        <translation>Database %1 restored from %2.</translation>
    </message>
    <message>
        <source>Berkas yang diganti disimpan sebagai %1.</source>
        <translation>The replaced file was kept as %1.</translation>
    </message>
    <message>
        <source>Gunakan &quot;loket user add LOGIN --name NAMA --role PERAN&quot; atau &quot;loket user list&quot;.</source>
        <translation>Use &quot;loket user add LOGIN --name NAME --role ROLE&quot; or &quot;loket user list&quot;.</translation>
    </message>
    <message>
        <source>Sebutkan satu nama login: loket user add LOGIN --name &quot;Nama Lengkap&quot; --role PERAN</source>
        <translation>Specify one login name: loket user add LOGIN --name &quot;Full Name&quot; --role ROLE</translation>
    </message>
    <message>
        <source>--name &quot;Nama Lengkap&quot; wajib diisi.</source>
        <translation>--name &quot;Full Name&quot; is required.</translation>
    </message>
    <message>
        <source>Sebutkan paling sedikit satu --role (%1).</source>
        <translation>Specify at least one --role (%1).</translation>
    </message>
    <message>
        <source>Peran tidak dikenal: %1 (pilihan: %2).</source>
        <translation>Unknown role: %1 (choices: %2).</translation>
    </message>
    <message>
        <source>Kata sandi dibaca dari masukan standar (baris pertama), tetapi kosong.</source>
        <translation>The password is read from standard input (first line), but it is empty.</translation>
    </message>
    <message>
        <source>Petugas ditambahkan: %1 (%2), peran: %3</source>
        <translation>Staff member added: %1 (%2), roles: %3</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Sub-perintah user tidak dikenal: %1</source>
        <translation>Unknown user subcommand: %1</translation>
    </message>
    <message>
        <source>Pemakaian: loket due LAYANAN --from &quot;YYYY-MM-DD HH:MM&quot; (LAYANAN: nomor katalog, complaint-ack, complaint-response)</source>
        <translation>Usage: loket due SERVICE --from &quot;YYYY-MM-DD HH:MM&quot; (SERVICE: catalogue number, complaint-ack, complaint-response)</translation>
    </message>
    <message>
        <source>Waktu tidak sah: &quot;%1&quot; (format: YYYY-MM-DD HH:MM).</source>
        <translation>Invalid time: &quot;%1&quot; (format: YYYY-MM-DD HH:MM).</translation>
    </message>
    <message>
        <source>tanggapan awal pengaduan (Pasal 8 ayat 5)</source>
        <translation>initial response to a complaint (Article 8(5))</translation>
    </message>
    <message>
        <source>LAYANAN harus nomor layanan, complaint-ack atau complaint-response.</source>
        <translation>SERVICE must be a service number, complaint-ack or complaint-response.</translation>
    </message>
    <message>
        <source>Batas waktu tidak dapat dihitung: kalender tidak mempunyai hari kerja dalam jangkauan.</source>
        <translation>The deadline cannot be calculated: the calendar has no working days within range.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>libur nasional</source>
        <translation>national holiday</translation>
    </message>
    <message>
        <source>cuti bersama</source>
        <translation>collective leave (cuti bersama)</translation>
    </message>
    <message>
        <source>libur lokal</source>
        <translation>local holiday</translation>
    </message>
    <message>
        <source>Gunakan &quot;loket holidays list --year YYYY&quot; atau &quot;loket holidays import BERKAS.ics&quot;.</source>
        <translation>Use &quot;loket holidays list --year YYYY&quot; or &quot;loket holidays import FILE.ics&quot;.</translation>
    </message>
    <message>
        <source>Tahun tidak sah: %1</source>
        <translation>Invalid year: %1</translation>
    </message>
    <message>
        <source>Tidak ada hari libur tercatat untuk tahun %1.</source>
        <translation>No holidays recorded for %1.</translation>
    </message>
    <message>
        <source>Pemakaian: loket holidays import BERKAS.ics [--kind national|cuti_bersama|local]</source>
        <translation>Usage: loket holidays import FILE.ics [--kind national|cuti_bersama|local]</translation>
    </message>
    <message>
        <source>--kind harus national, cuti_bersama atau local.</source>
        <translation>--kind must be national, cuti_bersama or local.</translation>
    </message>
    <message>
        <source>impor %1 hari libur dari %2</source>
        <translation>import %1 holidays from %2</translation>
    </message>
    <message>
        <source>%1 hari libur diimpor; batas waktu berkas yang masih terbuka dihitung ulang.</source>
        <translation>%1 holidays imported; deadlines of open files were recalculated.</translation>
    </message>
    <message>
        <source>Sub-perintah holidays tidak dikenal: %1</source>
        <translation>Unknown holidays subcommand: %1</translation>
    </message>
    <message>
        <source>--by harus service atau officer.</source>
        <translation>--by must be service or officer.</translation>
    </message>
    <message>
        <source>--format harus text, csv atau pdf.</source>
        <translation>--format must be text, csv or pdf.</translation>
    </message>
    <message>
        <source>Laporan PDF memerlukan --out BERKAS.pdf.</source>
        <translation>A PDF report needs --out FILE.pdf.</translation>
    </message>
    <message>
        <source>Laporan disimpan: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>--years, --per-day dan --seed harus bilangan bulat.</source>
        <translation>--years, --per-day and --seed must be whole numbers.</translation>
    </message>
    <message>
        <source>--until harus tanggal YYYY-MM-DD.</source>
        <translation>--until must be a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--years harus 1 sampai %1 dan --per-day 1 sampai %2.</source>
        <translation>--years must be 1 to %1 and --per-day 1 to %2.</translation>
    </message>
    <message>
        <source>Data contoh %1 s.d. %2: %3 penyedia, %4 kunjungan (%5 dikembalikan, %6 selesai), %7 kejadian, %8 pengaduan, %9 saran, %10 jawaban survei (%11 detik).</source>
        <translation>Demo data %1 to %2: %3 vendors, %4 visits (%5 returned, %6 done), %7 events, %8 complaints, %9 suggestions, %10 survey answers (%11 seconds).</translation>
    </message>
    <message>
        <source>Akun contoh: demo.hana, demo.rudi (helpdesk), demo.vera, demo.vino (verifikator), demo.adi (admin sistem), demo.siti (kasubbag); kata sandi: demo-loket-1</source>
        <translation>Demo accounts: demo.hana, demo.rudi (helpdesk), demo.vera, demo.vino (verifier), demo.adi (system admin), demo.siti (head of subdivision); password: demo-loket-1</translation>
    </message>
    <message>
        <source>demo-data --db BERKAS --years N --per-day M --seed S [--until YYYY-MM-DD]
                        mengisi basis data kosong dengan riwayat contoh</source>
        <translation>demo-data --db FILE --years N --per-day M --seed S [--until YYYY-MM-DD]
                        fills an empty database with a demo history</translation>
    </message>
    <message>
        <source>--csv-style harus international (pemisah koma, desimal titik) atau indonesian (pemisah titik koma, desimal koma).</source>
        <translation>--csv-style must be international (comma separator, decimal point) or indonesian (semicolon separator, decimal comma).</translation>
    </message>
    <message>
        <source>%1 hari dalam berkas tidak menyebut jenisnya (libur nasional, cuti bersama atau libur lokal); sebutkan --kind national|cuti_bersama|local.</source>
        <translation>%1 days in the file do not state their kind (national holiday, collective leave or local holiday); give --kind national|cuti_bersama|local.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak ada. Basis data baru hanya dibuat oleh &quot;loket init&quot;; periksa --db.</source>
        <translation>Database %1 does not exist. Only &quot;loket init&quot; creates a new database; check --db.</translation>
    </message>
    <message>
        <source>--to (%1) harus sama dengan atau sesudah --from (%2).</source>
        <translation>--to (%1) must be on or after --from (%2).</translation>
    </message>
    <message>
        <source>Bahasa tidak dikenal: %1 (pilihan: id, en).</source>
        <translation>Unknown language: %1 (choices: id, en).</translation>
    </message>
    <message>
        <source>%1 baris sudah tersimpan dari impor sebelumnya dan tidak disimpan lagi.</source>
        <translation>%1 rows were already stored by an earlier import and were not stored again.</translation>
    </message>
    <message>
        <source>Cadangan tidak dibuat: %1</source>
        <translation>Backup not made: %1</translation>
    </message>
    <message>
        <source>respons %1 %2</source>
        <translation>response %1 %2</translation>
    </message>
    <message>
        <source>respons pengaduan</source>
        <translation>complaint response</translation>
    </message>
    <message>
        <source>--if-due berlaku untuk cadangan harian, tidak untuk --out.</source>
        <translation>--if-due applies to the daily backup, not to --out.</translation>
    </message>
    <message>
        <source>Cadangan hari ini sudah ada: %1</source>
        <translation>Today&apos;s backup already exists: %1</translation>
    </message>
    <message>
        <source>Loket %1 — aplikasi loket layanan LPSE

Pemakaian:
  loket [--db BASISDATA] [--lang en]       membuka aplikasi (GUI)
  loket PERINTAH [opsi] [--db BASISDATA]   menjalankan perintah tanpa layar

Perintah:
</source>
        <translation>Loket %1 — the LPSE service counter application

Usage:
  loket [--db DATABASE] [--lang en]        opens the application (GUI)
  loket COMMAND [options] [--db DATABASE]  runs a command without a window

Commands:
</translation>
    </message>
    <message>
        <source>
Opsi umum:
  --db BASISDATA  berkas SQLite, atau alamat server PostgreSQL dalam bentuk libpq
                (postgresql://loket@kantor-lpse/loket, service=loket); sandi di ~/.pgpass.
                Bawaan: LOKET_DB, lalu pengaturan PC ini, lalu %1
  --lang en     tampilan dalam bahasa Inggris
  --help        bantuan ini
  --version     versi Loket

Kode keluar: 0 berhasil, 1 gagal (pesan di stderr), 2 salah pemakaian.
</source>
        <translation>
General options:
  --db DATABASE   an SQLite file, or a PostgreSQL server address in libpq form
                (postgresql://loket@kantor-lpse/loket, service=loket); password in ~/.pgpass.
                Default: LOKET_DB, then this PC&apos;s setting, then %1
  --lang en     English interface
  --help        this help
  --version     Loket&apos;s version

Exit codes: 0 success, 1 failure (message on stderr), 2 wrong usage.
</translation>
    </message>
    <message>
        <source>Opsi --db memerlukan nama berkas atau alamat server.</source>
        <translation>The --db option needs a file name or a server address.</translation>
    </message>
    <message>
        <source>Pemakaian: loket migrate --from BERKAS --to BASISDATA (basis data tujuan harus kosong)</source>
        <translation>Usage: loket migrate --from FILE --to DATABASE (the target database must be empty)</translation>
    </message>
    <message>
        <source>--from dan --to menunjuk basis data yang sama.</source>
        <translation>--from and --to name the same database.</translation>
    </message>
    <message>
        <source>Basis data sumber %1 tidak ada; periksa --from.</source>
        <translation>The source database %1 does not exist; check --from.</translation>
    </message>
    <message>
        <source>Menyalin %1 ke %2 ...</source>
        <translation>Copying %1 to %2 ...</translation>
    </message>
    <message>
        <source>Baris yang disalin:</source>
        <translation>Rows copied:</translation>
    </message>
    <message>
        <source>(belum ada kejadian)</source>
        <translation>(no events yet)</translation>
    </message>
    <message>
        <source>Hash kejadian terakhir di sumber: %1</source>
        <translation>Last event hash in the source: %1</translation>
    </message>
    <message>
        <source>Hash kejadian terakhir di tujuan: %1</source>
        <translation>Last event hash in the target: %1</translation>
    </message>
    <message>
        <source>Hash sama: ya</source>
        <translation>Hashes equal: yes</translation>
    </message>
    <message>
        <source>Hash sama: TIDAK</source>
        <translation>Hashes equal: NO</translation>
    </message>
    <message>
        <source>Pemindahan tidak lulus pemeriksaan: %1. Jangan pakai basis data tujuan %2; basis data sumber tidak diubah.</source>
        <translation>The migration did not pass the check: %1. Do not use the target database %2; the source database was not changed.</translation>
    </message>
    <message>
        <source>basis data tujuan tidak lolos pemeriksaan</source>
        <translation>the target database failed the check</translation>
    </message>
    <message>
        <source>riwayat kejadian di tujuan tidak sama dengan di sumber</source>
        <translation>the event history in the target differs from the source</translation>
    </message>
    <message>
        <source>Pemindahan selesai: %1 baris disalin dan diperiksa. Basis data sumber tidak diubah.</source>
        <translation>Migration complete: %1 rows copied and checked. The source database was not changed.</translation>
    </message>
    <message>
        <source>migrate --from BERKAS --to BASISDATA   menyalin seluruh isi berkas ke basis data kosong
                        (biasanya server PostgreSQL kantor), lalu memeriksanya;
                        berkas sumber tidak diubah</source>
        <translation>migrate --from FILE --to DATABASE   copies the whole file into an empty database
                        (usually the office&apos;s PostgreSQL server), then checks it;
                        the source file is not changed</translation>
    </message>
    <message>
        <source>Sandi peran %1 ditanyakan di terminal; tanpa terminal, berikan lewat --password-stdin. Tidak ada yang diubah.</source>
        <translation>The password of role %1 is asked on the terminal; without a terminal, give it with --password-stdin. Nothing was changed.</translation>
    </message>
    <message>
        <source>Sandi baru untuk peran %1 (minimal %2 karakter): </source>
        <translation>New password for role %1 (at least %2 characters): </translation>
    </message>
    <message>
        <source>Ulangi sandi itu: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>Kedua sandi tidak sama. Tidak ada yang diubah.</source>
        <translation>The two passwords differ. Nothing was changed.</translation>
    </message>
    <message>
        <source>Menyiapkan server PostgreSQL untuk Loket (basis data %1, pemilik %2, peran meja layanan %3, subnet %4) ...</source>
        <translation>Setting up the PostgreSQL server for Loket (database %1, owner %2, desk role %3, subnet %4) ...</translation>
    </message>
    <message>
        <source>Masih perlu dikerjakan petugas TI:</source>
        <translation>Still to be done by IT:</translation>
    </message>
    <message>
        <source>Di setiap PC loket:</source>
        <translation>On each counter PC:</translation>
    </message>
    <message>
        <source>  (atau isi alamat itu di Sesi › Basis data PC ini; &quot;Uji sambungan&quot; dapat menyimpan sandinya)</source>
        <translation>  (or enter that address in Session › This PC&apos;s database; &quot;Test connection&quot; can save the password)</translation>
    </message>
    <message>
        <source>  Sandinya di ~/.pgpass akun petugas di PC itu (chmod 600 ~/.pgpass), satu baris:</source>
        <translation>  The password goes in ~/.pgpass of the officer&apos;s account on that PC (chmod 600 ~/.pgpass), one line:</translation>
    </message>
    <message>
        <source>  (SANDI diganti sandi peran %1.)</source>
        <translation>  (replace SANDI with the password of role %1.)</translation>
    </message>
    <message>
        <source>Buka port server itu di firewall hanya untuk %1 (docs/server.md).</source>
        <translation>Open the server&apos;s port in the firewall for %1 only (docs/server.md).</translation>
    </message>
    <message>
        <source>Gunakan &quot;loket server setup --subnet 192.168.10.0/24&quot; (dijalankan di server sebagai akun postgres).</source>
        <translation>Use &quot;loket server setup --subnet 192.168.10.0/24&quot; (run on the server as the postgres account).</translation>
    </message>
    <message>
        <source>basis data hasil pemulihan tidak lolos pemeriksaan (lihat di atas).</source>
        <translation>the restored database did not pass the check (see above).</translation>
    </message>
    <message>
        <source>Baris per tabel (arsip = hasil pemulihan):</source>
        <translation>Rows per table (archive = restored):</translation>
    </message>
    <message>
        <source>Hash kejadian terakhir: %1</source>
        <translation>Last event hash: %1</translation>
    </message>
    <message>
        <source>Basis data %1 dipulihkan dari %2 dan diperiksa; alamat PC loket tetap sama.</source>
        <translation>Database %1 restored from %2 and checked; the counter PCs&apos; address stays the same.</translation>
    </message>
    <message>
        <source>Basis data sebelumnya disimpan di server sebagai %1 (hapus dengan &quot;dropdb %1&quot; bila sudah tidak diperlukan).</source>
        <translation>The previous database is kept on the server as %1 (remove it with &quot;dropdb %1&quot; when no longer needed).</translation>
    </message>
    <message>
        <source>backup [--out BERKAS] [--folder FOLDER] [--if-due]   cadangan basis data (harian/bulanan dirotasi;
                        --if-due: hanya bila cadangan hari ini belum ada; server: arsip pg_dump)</source>
        <translation>backup [--out FILE] [--folder FOLDER] [--if-due]   database backup (daily/monthly, rotated;
                        --if-due: only when today&apos;s backup is missing; server: pg_dump archive)</translation>
    </message>
    <message>
        <source>restore BERKAS        memulihkan dari cadangan setelah memeriksanya (server: arsip pg_dump
                        ke basis data baru, diperiksa, lalu menggantikan yang lama)</source>
        <translation>restore FILE          restores from a backup after checking it (server: pg_dump archive
                        into a new database, checked, then replacing the old one)</translation>
    </message>
    <message>
        <source>Sandi peran %1 dibaca dari masukan standar (satu baris untuk tiap peran yang dibuat: meja layanan, lalu layar antrian), tetapi kosong. Tidak ada yang diubah.</source>
        <translation>The password of role %1 is read from standard input (one line for each role created: the service desks, then the queue display), but it is empty. Nothing was changed.</translation>
    </message>
    <message>
        <source>Di PC layar antrian (TV), dengan peran yang hanya membaca isi papan:</source>
        <translation>On the queue display PC (TV), with the role that can only read the board:</translation>
    </message>
    <message>
        <source>--screen %1 tidak sah: tulis nomor layar, 1 untuk layar pertama.</source>
        <translation>--screen %1 is not valid: give the screen&apos;s number, 1 for the first screen.</translation>
    </message>
    <message>
        <source>server setup --subnet CIDR [--database loket] [--owner loket_owner] [--role loket]
                        [--display-role loket_display] [--server ALAMAT] [--tls]
                        [--password-stdin] [--admin KONEKSI]
                        menyiapkan server PostgreSQL kantor (di server, sebagai postgres)</source>
        <translation>server setup --subnet CIDR [--database loket] [--owner loket_owner] [--role loket]
                        [--display-role loket_display] [--server ADDRESS] [--tls]
                        [--password-stdin] [--admin CONNECTION]
                        sets up the office&apos;s PostgreSQL server (on the server, as postgres)</translation>
    </message>
    <message>
        <source>display [--screen N] [--windowed]
                        layar antrian untuk TV (tanpa login; tanpa --screen: layar kedua bila ada)</source>
        <translation>display [--screen N] [--windowed]
                        the queue display for a TV (no login; without --screen: the second screen if there is one)</translation>
    </message>
    <message>
        <source>Pemakaian: loket announce NOMOR --desk NAMA [--text-only]</source>
        <translation>Usage: loket announce NUMBER --desk NAME [--text-only]</translation>
    </message>
    <message>
        <source>Nomor antrian tidak dikenal: %1. Tulis huruf antrian lalu angkanya, mis. A-007, A-7 atau A007.</source>
        <translation>Unknown queue number: %1. Write the queue letter and then its number, e.g. A-007, A-7 or A007.</translation>
    </message>
    <message>
        <source>Meja tujuan wajib diisi: --desk NAMA, mis. --desk &quot;Meja 1&quot;. Panggilan tidak dibacakan tanpa mejanya.</source>
        <translation>The desk is required: --desk NAME, e.g. --desk &quot;Meja 1&quot;. A call is never read without its desk.</translation>
    </message>
    <message>
        <source>Nama meja terlalu panjang (paling banyak %1 karakter).</source>
        <translation>The desk name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Panggilan tidak dibacakan: %1</source>
        <translation>The call was not read aloud: %1</translation>
    </message>
    <message>
        <source>announce NOMOR --desk NAMA [--text-only]   membacakan panggilan antrian (bel, lalu suara); --text-only hanya mencetak kalimatnya</source>
        <translation>announce NUMBER --desk NAME [--text-only]   reads a queue call aloud (chime, then voice); --text-only only prints its sentence</translation>
    </message>
    <message>
        <source>Sebutkan berkas tujuan: --pdf BERKAS.pdf</source>
        <translation>Name the target file: --pdf FILE.pdf</translation>
    </message>
    <message>
        <source>Laporan IKM disimpan: %1</source>
        <translation>IKM report saved: %1</translation>
    </message>
    <message>
        <source>Pemakaian: loket ikm --from YYYY-MM-DD --to YYYY-MM-DD [--service N | --by service [--pdf BERKAS.pdf]]</source>
        <translation>Usage: loket ikm --from YYYY-MM-DD --to YYYY-MM-DD [--service N | --by service [--pdf FILE.pdf]]</translation>
    </message>
    <message>
        <source>--by hanya dapat bernilai service (IKM per layanan).</source>
        <translation>--by can only be service (IKM per service).</translation>
    </message>
    <message>
        <source>Pilih salah satu: --service N (satu layanan) atau --by service (semua layanan).</source>
        <translation>Choose one: --service N (one service) or --by service (all services).</translation>
    </message>
    <message>
        <source>--pdf mencetak laporan IKM per layanan: tambahkan --by service.</source>
        <translation>--pdf prints the per-service IKM report: add --by service.</translation>
    </message>
    <message>
        <source>Tindak lanjut SP4N-LAPOR! pengaduan %1 disimpan: %2</source>
        <translation>SP4N-LAPOR! follow-up of complaint %1 saved: %2</translation>
    </message>
    <message>
        <source>Sebutkan berkas tujuan: --out BERKAS.txt</source>
        <translation>Name the target file: --out FILE.txt</translation>
    </message>
    <message>
        <source>Pemakaian: loket complaint list [--open], atau loket complaint lapor NOMOR [--out BERKAS.txt]</source>
        <translation>Usage: loket complaint list [--open], or loket complaint lapor NUMBER [--out FILE.txt]</translation>
    </message>
    <message>
        <source>ikm --from YYYY-MM-DD --to YYYY-MM-DD [--service N]   Indeks Kepuasan Masyarakat periode itu
  ikm --from YYYY-MM-DD --to YYYY-MM-DD --by service [--pdf BERKAS.pdf]
                        laporan IKM per layanan (PermenPAN-RB 14/2017), juga sebagai PDF A4</source>
        <translation>ikm --from YYYY-MM-DD --to YYYY-MM-DD [--service N]   the community satisfaction index of that period
  ikm --from YYYY-MM-DD --to YYYY-MM-DD --by service [--pdf FILE.pdf]
                        the IKM report per service (PermenPAN-RB 14/2017), also as an A4 PDF</translation>
    </message>
    <message>
        <source>complaint list [--open]   daftar pengaduan dengan batas waktunya
  complaint lapor NOMOR [--out BERKAS.txt]   tindak lanjut pengaduan SP4N-LAPOR! sebagai teks
                        (NOMOR: nomor pengaduan ADU-... atau nomor laporan SP4N-LAPOR!)</source>
        <translation>complaint list [--open]   the complaints with their deadlines
  complaint lapor NUMBER [--out FILE.txt]   an SP4N-LAPOR! complaint&apos;s follow-up as text
                        (NUMBER: the complaint number ADU-... or the SP4N-LAPOR! report number)</translation>
    </message>
    <message>
        <source>%1 dikirim ke printer %2 (%3 ms)</source>
        <translation>%1 sent to printer %2 (%3 ms)</translation>
    </message>
    <message>
        <source>Pemakaian: loket print standar NOMOR_LAYANAN --out BERKAS.pdf|--printer PRINTER</source>
        <translation>Usage: loket print standar SERVICE_NUMBER --out FILE.pdf|--printer PRINTER</translation>
    </message>
    <message>
        <source>Tanda terima tercetak, tetapi pencetakannya tidak tercatat: %1</source>
        <translation>The receipt was printed, but its printing was not recorded: %1</translation>
    </message>
    <message>
        <source>Pemakaian: loket print receipt NOMOR --kind ticket|document|return|done|complaint [--paper 80mm|a4|a5] --out BERKAS.pdf|--printer PRINTER</source>
        <translation>Usage: loket print receipt NUMBER --kind ticket|document|return|done|complaint [--paper 80mm|a4|a5] --out FILE.pdf|--printer PRINTER</translation>
    </message>
    <message>
        <source>Sebutkan berkas tujuan (--out BERKAS.pdf) atau printer tujuan (--printer PRINTER; daftar printer: lpstat -e).</source>
        <translation>Name the target file (--out FILE.pdf) or the target printer (--printer PRINTER; list of printers: lpstat -e).</translation>
    </message>
    <message>
        <source>Masa simpan data pribadi: %1 tahun sesudah kunjungan terakhir (kunjungan terakhir sebelum %2).</source>
        <translation>Personal data retention: %1 years after the last visit (last visit before %2).</translation>
    </message>
    <message>
        <source>Dihapus: NIK, telepon dan e-mail %1 orang (%2 kunjungan); kunjungan terakhir tertua %3.</source>
        <translation>Erased: the NIK, phone and e-mail of %1 people (%2 visits); oldest last visit %3.</translation>
    </message>
    <message>
        <source>Jatuh tempo: NIK, telepon dan e-mail %1 orang (%2 kunjungan); kunjungan terakhir tertua %3.</source>
        <translation>Due: the NIK, phone and e-mail of %1 people (%2 visits); oldest last visit %3.</translation>
    </message>
    <message>
        <source>Kontak %1 penyedia tanpa kunjungan sejak itu, %2 pengaduan yang sudah ditanggapi, %3 saran.</source>
        <translation>The contacts of %1 vendors without a visit since then, %2 complaints already answered, %3 suggestions.</translation>
    </message>
    <message>
        <source>%1 kejadian perubahan data penyedia dari sebelum penyamaran memuat e-mail lengkap; isinya dijaga rantai hash dan tidak ikut dihapus (docs/security.md).</source>
        <translation>%1 vendor data change events from before masking hold a full e-mail; their content is guarded by the hash chain and is not erased (docs/security.md).</translation>
    </message>
    <message>
        <source>Terakhir diterapkan: %1</source>
        <translation>Last applied: %1</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Tidak ada cadangan yang lebih tua dari masa simpan.</source>
        <translation>No backup is older than the retention period.</translation>
    </message>
    <message>
        <source>Cadangan yang lebih tua dari masa simpan (hapus, karena masih memuat data pribadi itu): %1</source>
        <translation>Backups older than the retention period (delete them: they still hold that personal data): %1</translation>
    </message>
    <message>
        <source>--years harus bilangan bulat %1 sampai %2.</source>
        <translation>--years must be a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>Masa simpan data pribadi diatur: %1 tahun.</source>
        <translation>Personal data retention set: %1 years.</translation>
    </message>
    <message>
        <source>Selesai dalam %1 detik.</source>
        <translation>Done in %1 seconds.</translation>
    </message>
    <message>
        <source>Pemakaian: loket person NIK [--pdf BERKAS.pdf] | loket person NIK --correct nik|phone --to NILAI</source>
        <translation>Usage: loket person NIK [--pdf FILE.pdf] | loket person NIK --correct nik|phone --to VALUE</translation>
    </message>
    <message>
        <source>--correct dan --to dipakai bersama.</source>
        <translation>--correct and --to go together.</translation>
    </message>
    <message>
        <source>--correct harus nik atau phone.</source>
        <translation>--correct must be nik or phone.</translation>
    </message>
    <message>
        <source>Dikoreksi pada %1 kunjungan; tercatat sebagai kejadian (nilai lama dan baru disamarkan).</source>
        <translation>Corrected on %1 visits; recorded as an event (old and new values masked).</translation>
    </message>
    <message>
        <source>Data pribadi disimpan: %1</source>
        <translation>Personal data saved: %1</translation>
    </message>
    <message>
        <source>retention [--years N] [--apply]
                        data pribadi yang melewati masa simpan; --apply menghapusnya</source>
        <translation>retention [--years N] [--apply]
                        personal data past its retention period; --apply erases it</translation>
    </message>
    <message>
        <source>person NIK [--pdf BERKAS.pdf] [--correct nik|phone --to NILAI]
                        semua data yang disimpan Loket tentang orang itu; koreksi nilai yang salah</source>
        <translation>person NIK [--pdf FILE.pdf] [--correct nik|phone --to VALUE]
                        everything Loket holds about that person; correct a wrong value</translation>
    </message>
    <message>
        <source>Sebutkan sejak kapan katalog berlaku: --effective TTTT-BB-HH (misalnya --effective 2027-01-01).</source>
        <translation>Say from when the catalogue is in force: --effective YYYY-MM-DD (e.g. --effective 2027-01-01).</translation>
    </message>
    <message>
        <source>--effective %1 bukan tanggal: tulis TTTT-BB-HH, misalnya 2027-01-01.</source>
        <translation>--effective %1 is not a date: write YYYY-MM-DD, e.g. 2027-01-01.</translation>
    </message>
    <message>
        <source>Disimpan: %1 (%2 layanan).</source>
        <translation>Stored: %1 (%2 services).</translation>
    </message>
    <message>
        <source>Hari ini masih berlaku katalog versi %1; versi %2 dipakai mulai tanggal berlakunya.</source>
        <translation>Catalogue version %1 is still in force today; version %2 is used from its effective date.</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Berlaku sejak</source>
        <translation>In force from</translation>
    </message>
    <message>
        <source>Peraturan</source>
        <translation>Regulation</translation>
    </message>
    <message>
        <source>Diimpor oleh</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>Disimpan</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source> (berlaku)</source>
        <translation> (in force)</translation>
    </message>
    <message>
        <source>sejak awal</source>
        <translation>from the start</translation>
    </message>
    <message>
        <source>(bawaan)</source>
        <translation>(built-in)</translation>
    </message>
    <message>
        <source>Gunakan &quot;loket catalog import BERKAS.json --effective TTTT-BB-HH [--regulation &quot;Perwali ... Nomor X Tahun Y&quot;]&quot;.</source>
        <translation>Use &quot;loket catalog import FILE.json --effective YYYY-MM-DD [--regulation &quot;Perwali ... Number X of Year Y&quot;]&quot;.</translation>
    </message>
    <message>
        <source>--effective dan --regulation hanya untuk &quot;loket catalog import&quot;.</source>
        <translation>--effective and --regulation are only for &quot;loket catalog import&quot;.</translation>
    </message>
    <message>
        <source>--history tidak dapat digabung dengan --json.</source>
        <translation>--history cannot be combined with --json.</translation>
    </message>
    <message>
        <source>catalog [--json]      daftar layanan dan standarnya (versi yang berlaku hari ini)
catalog --history     riwayat versi katalog
catalog import BERKAS --effective TTTT-BB-HH [--regulation &quot;Perwali ... Nomor X Tahun Y&quot;]
                        mengimpor versi baru katalog layanan (Pasal 9)</source>
        <translation>catalog [--json]      the services and their standards (the version in force today)
catalog --history     the catalogue&apos;s versions
catalog import FILE --effective YYYY-MM-DD [--regulation &quot;Perwali ... Number X of Year Y&quot;]
                        imports a new version of the service catalogue (Pasal 9)</translation>
    </message>
    <message>
        <source>Pemakaian: loket print kinerja --month YYYY-MM | --quarter YYYY-QN [--out BERKAS.pdf] [--png BERKAS.png]</source>
        <translation>Usage: loket print kinerja --month YYYY-MM | --quarter YYYY-QN [--out FILE.pdf] [--png FILE.png]</translation>
    </message>
    <message>
        <source>Papan kinerja %1</source>
        <translation>Performance board %1</translation>
    </message>
    <message>
        <source>Gunakan &quot;loket print maklumat&quot;, &quot;loket print standar N&quot;, &quot;loket print receipt NOMOR --kind JENIS&quot;, &quot;loket print test-page&quot;, &quot;loket print pemberitahuan&quot; atau &quot;loket print kinerja --month YYYY-MM&quot;, masing-masing dengan --out BERKAS.pdf atau --printer PRINTER.</source>
        <translation>Use &quot;loket print maklumat&quot;, &quot;loket print standar N&quot;, &quot;loket print receipt NUMBER --kind KIND&quot;, &quot;loket print test-page&quot;, &quot;loket print pemberitahuan&quot; or &quot;loket print kinerja --month YYYY-MM&quot;, each with --out FILE.pdf or --printer PRINTER.</translation>
    </message>
    <message>
        <source>Sebutkan berkas tujuan (--out BERKAS.pdf, --png BERKAS.png) atau printer tujuan (--printer PRINTER; daftar printer: lpstat -e).</source>
        <translation>Name a target file (--out FILE.pdf, --png FILE.png) or a target printer (--printer PRINTER; list of printers: lpstat -e).</translation>
    </message>
    <message>
        <source>print maklumat [--date YYYY-MM-DD] --out BERKAS.pdf   Maklumat Pelayanan (A4)
  print standar N --out BERKAS.pdf   Standar Pelayanan layanan N (A4)
  print pemberitahuan --out BERKAS.pdf   Pemberitahuan pelindungan data pribadi (A4)
  print receipt NOMOR --kind ticket|document|return|done|complaint [--paper 80mm|a4|a5] --out BERKAS.pdf
                        tanda terima sebagai PDF (dicatat sebagai cetakan)
  print test-page [--paper 80mm|a4|a5] --out BERKAS.pdf   halaman uji printer
  print kinerja --month YYYY-MM|--quarter YYYY-QN [--out BERKAS.pdf] [--png BERKAS.png]
                        papan kinerja pelayanan per layanan (A4; PNG 150 dpi untuk situs web)
  --printer PRINTER (ganti atau tambahan --out): kirim ke printer CUPS itu (lpstat -e)</source>
        <translation>print maklumat [--date YYYY-MM-DD] --out FILE.pdf   the service pledge (A4)
  print standar N --out FILE.pdf   the service standard of service N (A4)
  print pemberitahuan --out FILE.pdf   the personal data protection notice (A4)
  print receipt NUMBER --kind ticket|document|return|done|complaint [--paper 80mm|a4|a5] --out FILE.pdf
                        a receipt as PDF (recorded as printed)
  print test-page [--paper 80mm|a4|a5] --out FILE.pdf   a printer test page
  print kinerja --month YYYY-MM|--quarter YYYY-QN [--out FILE.pdf] [--png FILE.png]
                        the service performance board per service (A4; a 150 dpi PNG for the website)
  --printer PRINTER (instead of or besides --out): send to that CUPS printer (lpstat -e)</translation>
    </message>
    <message>
        <source>Pemakaian: loket report --from YYYY-MM-DD --to YYYY-MM-DD [--by service|officer] [--format text|csv|pdf] [--csv-style international|indonesian] [--out BERKAS] [--explain NAMA:BARIS]</source>
        <translation>Usage: loket report --from YYYY-MM-DD --to YYYY-MM-DD [--by service|officer] [--format text|csv|pdf] [--csv-style international|indonesian] [--out FILE] [--explain NAME:ROW]</translation>
    </message>
    <message>
        <source>--explain menampilkan berkas di balik satu angka sebagai teks; tanpa --format csv atau pdf.</source>
        <translation>--explain lists the files behind one figure as text; not with --format csv or pdf.</translation>
    </message>
    <message>
        <source>Penelusuran disimpan: %1</source>
        <translation>Trace saved: %1</translation>
    </message>
    <message>
        <source>report --from YYYY-MM-DD --to YYYY-MM-DD [--by service|officer] [--format text|csv|pdf] [--csv-style international|indonesian] [--out BERKAS]
                        [--explain NAMA:BARIS]
                        evaluasi kinerja pelayanan periode itu; --explain mendaftar berkas di balik satu angka
                        dengan bacaan jam layanannya. NAMA: visits, new, returned, accepted, served, met,
                        late, cancelled, open, median, complaints, ack3, resp6; BARIS: nomor layanan
                        (--by officer: nomor petugas) atau total, misalnya met:1</source>
        <translation>report --from YYYY-MM-DD --to YYYY-MM-DD [--by service|officer] [--format text|csv|pdf] [--csv-style international|indonesian] [--out FILE]
                        [--explain NAME:ROW]
                        the service performance evaluation of that period; --explain lists the files behind one figure
                        with the reading of their service clock. NAME: visits, new, returned, accepted, served, met,
                        late, cancelled, open, median, complaints, ack3, resp6; ROW: a service number
                        (--by officer: an officer&apos;s number) or total, e.g. met:1</translation>
    </message>
    <message>
        <source>%1: %2; tidak ada batas waktu yang dapat dihitung.</source>
        <translation>%1: %2; there is no deadline to compute.</translation>
    </message>
    <message>
        <source>Layanan lain (nomor %1) belum mempunyai Standar Pelayanan (Pasal 9); tidak ada yang dapat dicetak.</source>
        <translation>Other service (number %1) has no Service Standard yet (Article 9); there is nothing to print.</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <source>Catat pengaduan</source>
        <translation>Record complaint</translation>
    </message>
    <message>
        <source>&amp;Saluran:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>telepon atau e-mail untuk jawaban</source>
        <translation>telephone or e-mail for the reply</translation>
    </message>
    <message>
        <source>tulis &quot;tidak ada&quot; bila tidak ada</source>
        <translation>write &quot;none&quot; if there is none</translation>
    </message>
    <message>
        <source>tercantum</source>
        <translation>stated</translation>
    </message>
    <message>
        <source>Pengaduan &amp;ditandatangani</source>
        <translation>Complaint si&amp;gned</translation>
    </message>
    <message>
        <source>nomor berkas pada tanda terima, bila ada</source>
        <translation>file number on the receipt, if any</translation>
    </message>
    <message>
        <source>diketahui</source>
        <translation>known</translation>
    </message>
    <message>
        <source>(a) &amp;Nama pengadu:</source>
        <translation>(a) Complainant&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>(a) &amp;Alamat lengkap:</source>
        <translation>(a) Full &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Kontak:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>(b) &amp;Pelayanan yang tidak sesuai standar:</source>
        <translation>(b) Service not &amp;up to standard:</translation>
    </message>
    <message>
        <source>(b) Kerugian &amp;materiil:</source>
        <translation>(b) &amp;Material loss:</translation>
    </message>
    <message>
        <source>(b) Kerugian &amp;immateriil:</source>
        <translation>(b) &amp;Immaterial loss:</translation>
    </message>
    <message>
        <source>(c) Penyelesaian yang di&amp;minta:</source>
        <translation>(c) Resolution re&amp;quested:</translation>
    </message>
    <message>
        <source>(d) &amp;Tempat:</source>
        <translation>(d) &amp;Place:</translation>
    </message>
    <message>
        <source>(d) &amp;Waktu penyampaian:</source>
        <translation>(d) &amp;Time of submission:</translation>
    </message>
    <message>
        <source>(d) Tanda tangan:</source>
        <translation>(d) Signature:</translation>
    </message>
    <message>
        <source>&amp;Berkas yang diadukan:</source>
        <translation>&amp;File concerned:</translation>
    </message>
    <message>
        <source>Tanggal layanan &amp;diterima:</source>
        <translation>Date service recei&amp;ved:</translation>
    </message>
    <message>
        <source>&amp;Catat pengaduan</source>
        <translation>&amp;Record complaint</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lengkapi pengaduan %1</source>
        <translation>Complete complaint %1</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Isi pengaduan lengkap.</source>
        <translation>The complaint is complete.</translation>
    </message>
    <message>
        <source>Belum ada: %1. Pengaduan tetap dapat dicatat; tanggapan awal akan menyebutkan kekurangan ini.</source>
        <translation>Missing: %1. The complaint can still be recorded; the initial response will mention what is missing.</translation>
    </message>
    <message>
        <source>nomor laporan SP4N-LAPOR! (7–10 angka)</source>
        <translation>SP4N-LAPOR! report number (7–10 digits)</translation>
    </message>
    <message>
        <source>Nomor laporan pada SP4N-LAPOR!, hanya angka, mis. 2611230042; disimpan untuk tindak lanjut di sana.</source>
        <translation>The report number on SP4N-LAPOR!, digits only, e.g. 2611230042; kept for the follow-up there.</translation>
    </message>
</context>
<context>
    <name>ComplaintRules</name>
    <message>
        <source>nama pengadu</source>
        <translation>complainant&apos;s name</translation>
    </message>
    <message>
        <source>alamat lengkap</source>
        <translation>full address</translation>
    </message>
    <message>
        <source>uraian pelayanan yang tidak sesuai standar</source>
        <translation>description of the service that did not meet the standards</translation>
    </message>
    <message>
        <source>kerugian materiil</source>
        <translation>material loss</translation>
    </message>
    <message>
        <source>kerugian immateriil</source>
        <translation>immaterial loss</translation>
    </message>
    <message>
        <source>penyelesaian yang diminta</source>
        <translation>resolution requested</translation>
    </message>
    <message>
        <source>tempat</source>
        <translation>place</translation>
    </message>
    <message>
        <source>waktu penyampaian</source>
        <translation>time of submission</translation>
    </message>
    <message>
        <source>tanda tangan</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>berjalan</source>
        <translation>running</translation>
    </message>
    <message>
        <source>segera jatuh tempo</source>
        <translation>due soon</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>tepat waktu</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>dipenuhi terlambat</source>
        <translation>met late</translation>
    </message>
    <message>
        <source>Pengaduan nomor %1 yang diterima pada %2 telah kami periksa: isinya lengkap sesuai Pasal 8 ayat (4) dan akan ditindaklanjuti.</source>
        <translation>Complaint number %1, received on %2, has been reviewed: it is complete as required by Article 8(4) and will be followed up.</translation>
    </message>
    <message>
        <source>Pengaduan nomor %1 yang diterima pada %2 telah kami periksa: isinya belum lengkap. Yang belum ada (Pasal 8 ayat 4): %3. Mohon dilengkapi agar dapat ditindaklanjuti.</source>
        <translation>Complaint number %1, received on %2, has been reviewed: it is not yet complete. Missing (Article 8(4)): %3. Please complete it so that it can be followed up.</translation>
    </message>
    <message>
        <source>Pengaduan dari SP4N-LAPOR! harus disertai nomor laporannya (%1 sampai %2 angka).</source>
        <translation>A complaint from SP4N-LAPOR! must carry its report number (%1 to %2 digits).</translation>
    </message>
    <message>
        <source>Nomor laporan SP4N-LAPOR! hanya berisi angka, mis. 2611230042; &quot;%1&quot; berisi huruf atau tanda lain.</source>
        <translation>An SP4N-LAPOR! report number is digits only, e.g. 2611230042; &quot;%1&quot; contains letters or other characters.</translation>
    </message>
    <message>
        <source>Nomor laporan SP4N-LAPOR! terdiri atas %1 sampai %2 angka; &quot;%3&quot; berisi %4 angka.</source>
        <translation>An SP4N-LAPOR! report number has %1 to %2 digits; &quot;%3&quot; has %4.</translation>
    </message>
</context>
<context>
    <name>ComplaintStage</name>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Cek administrasi</source>
        <translation>Administrative check</translation>
    </message>
    <message>
        <source>Koordinasi internal/eksternal</source>
        <translation>Internal/external coordination</translation>
    </message>
    <message>
        <source>Ditanggapi</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>ComplaintStore</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 harus ditulis dengan jelas.</source>
        <translation>%1 must be stated clearly.</translation>
    </message>
    <message>
        <source>Nama pengadu: %1</source>
        <translation>Complainant&apos;s name: %1</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Uraian pelayanan yang tidak sesuai standar</source>
        <translation>Description of the service that did not meet the standards</translation>
    </message>
    <message>
        <source>Kerugian materiil</source>
        <translation>Material loss</translation>
    </message>
    <message>
        <source>Kerugian immateriil</source>
        <translation>Immaterial loss</translation>
    </message>
    <message>
        <source>Penyelesaian yang diminta</source>
        <translation>Resolution requested</translation>
    </message>
    <message>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Waktu penyampaian pengaduan tidak boleh sesudah saat ini.</source>
        <translation>The time the complaint was submitted cannot be later than now.</translation>
    </message>
    <message>
        <source>Waktu penyampaian pengaduan tidak wajar.</source>
        <translation>The time the complaint was submitted is implausible.</translation>
    </message>
    <message>
        <source>Tanggal layanan tidak boleh sesudah hari pengaduan diterima.</source>
        <translation>The service date cannot be later than the day the complaint was received.</translation>
    </message>
    <message>
        <source>Tanggal layanan tidak wajar.</source>
        <translation>The service date is implausible.</translation>
    </message>
    <message>
        <source>Tidak ada berkas bernomor %1.</source>
        <translation>There is no file numbered %1.</translation>
    </message>
    <message>
        <source>Akun Anda tidak boleh mencatat pengaduan.</source>
        <translation>Your account may not record complaints.</translation>
    </message>
    <message>
        <source>Pengaduan %1 baru saja diubah oleh petugas lain; muat ulang dan coba lagi.</source>
        <translation>Complaint %1 was just changed by another staff member; reload and try again.</translation>
    </message>
    <message>
        <source>Hanya Kasubbag LPSE atau Kepala Bagian yang menangani pengaduan.</source>
        <translation>Only the LPSE Section Supervisor (Kasubbag) or the Head of Section handles complaints.</translation>
    </message>
    <message>
        <source>Pengaduan tidak ditemukan.</source>
        <translation>Complaint not found.</translation>
    </message>
    <message>
        <source>Pengaduan %1 sudah berstatus &quot;%2&quot;.</source>
        <translation>Complaint %1 is already &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Pengaduan %1 berstatus &quot;%2&quot;; tidak dapat menjadi &quot;%3&quot;.</source>
        <translation>Complaint %1 is &quot;%2&quot;; it cannot become &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Pengaduan %1 diajukan lewat %2 hari sejak layanan diterima (%3); putuskan dulu: tetap diterima atau ditolak, dengan alasannya.</source>
        <translation>Complaint %1 was filed more than %2 days after the service was received (%3); decide first whether to accept it anyway or reject it, and give the reason.</translation>
    </message>
    <message>
        <source>Tidak ada yang diubah.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Alasan tetap menerima pengaduan</source>
        <translation>Reason for accepting the complaint anyway</translation>
    </message>
    <message>
        <source>Pengaduan %1 tidak menunggu keputusan batas 30 hari.</source>
        <translation>Complaint %1 is not awaiting a decision on the 30-day limit.</translation>
    </message>
    <message>
        <source>Alasan penolakan</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>Pengaduan %1 diajukan dalam batas 30 hari (atau sudah diputuskan diterima); pengaduan itu tidak dapat ditolak.</source>
        <translation>Complaint %1 was filed within the 30-day limit (or has already been accepted by decision); it cannot be rejected.</translation>
    </message>
    <message>
        <source>Catatan: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Tanggapan awal disampaikan pada tahap cek administrasi; pengaduan %1 berstatus &quot;%2&quot;.</source>
        <translation>The initial response is given at the administrative check stage; complaint %1 is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Tanggapan awal pengaduan %1 sudah disampaikan.</source>
        <translation>The initial response to complaint %1 has already been given.</translation>
    </message>
    <message>
        <source>Catatan koordinasi: %1</source>
        <translation>Coordination note: %1</translation>
    </message>
    <message>
        <source>Sampaikan dulu tanggapan awal pengaduan %1 (lengkap atau tidak, Pasal 8 ayat 5).</source>
        <translation>First give the initial response to complaint %1 (complete or not, Article 8(5)).</translation>
    </message>
    <message>
        <source>Tanggapan</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Penyelesaian</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Akun Anda tidak mencetak tanda terima.</source>
        <translation>Your account does not print receipts.</translation>
    </message>
    <message>
        <source>Ketik nomor pengaduan, mis. ADU-2026-0001.</source>
        <translation>Type the complaint number, e.g. ADU-2026-0001.</translation>
    </message>
    <message>
        <source>Tidak ada pengaduan bernomor %1.</source>
        <translation>There is no complaint numbered %1.</translation>
    </message>
    <message>
        <source>Tidak ada pengaduan dengan nomor laporan SP4N-LAPOR! %1.</source>
        <translation>No complaint has SP4N-LAPOR! report number %1.</translation>
    </message>
</context>
<context>
    <name>ComplaintTableModel</name>
    <message>
        <source> · lewat 30 hari</source>
        <translation> · over 30 days</translation>
    </message>
    <message>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>lengkap</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>kurang %1 unsur</source>
        <translation>%1 element(s) missing</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Tanggapan awal (3 hari kerja)</source>
        <translation>Initial response (3 working days)</translation>
    </message>
    <message>
        <source>Pengadu</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Kelengkapan</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Respons (6 hari kerja)</source>
        <translation>Response (6 working days)</translation>
    </message>
</context>
<context>
    <name>ComplaintView</name>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Diterima:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Saluran:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Dicatat oleh:</source>
        <translation>Recorded by:</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Isi pengaduan lengkap (Pasal 8 ayat 4).</source>
        <translation>The complaint is complete (Article 8(4)).</translation>
    </message>
    <message>
        <source>Belum lengkap:</source>
        <translation>Incomplete:</translation>
    </message>
    <message>
        <source>Layanan diterima %1; batas pengajuan %2.</source>
        <translation>Service received %1; filing deadline %2.</translation>
    </message>
    <message>
        <source>Lewat 30 hari: putuskan diterima atau ditolak, dengan alasan.</source>
        <translation>Over 30 days: decide whether to accept or reject it, with a reason.</translation>
    </message>
    <message>
        <source>Lewat 30 hari, tetap diterima: %1</source>
        <translation>Over 30 days, accepted anyway: %1</translation>
    </message>
    <message>
        <source>Ditolak: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>dipenuhi %1</source>
        <translation>met %1</translation>
    </message>
    <message>
        <source>Tanggapan awal (3 hari kerja)</source>
        <translation>Initial response (3 working days)</translation>
    </message>
    <message>
        <source>Isi pengaduan</source>
        <translation>Complaint details</translation>
    </message>
    <message>
        <source>(a) Nama</source>
        <translation>(a) Name</translation>
    </message>
    <message>
        <source>(a) Alamat</source>
        <translation>(a) Address</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>(b) Tidak sesuai standar</source>
        <translation>(b) Not up to standard</translation>
    </message>
    <message>
        <source>(b) Kerugian materiil</source>
        <translation>(b) Material loss</translation>
    </message>
    <message>
        <source>(b) Kerugian immateriil</source>
        <translation>(b) Immaterial loss</translation>
    </message>
    <message>
        <source>(c) Penyelesaian diminta</source>
        <translation>(c) Resolution requested</translation>
    </message>
    <message>
        <source>(d) Tempat</source>
        <translation>(d) Place</translation>
    </message>
    <message>
        <source>(d) Waktu penyampaian</source>
        <translation>(d) Time of submission</translation>
    </message>
    <message>
        <source>(d) Tanda tangan</source>
        <translation>(d) Signature</translation>
    </message>
    <message>
        <source>ada</source>
        <translation>present</translation>
    </message>
    <message>
        <source>Tanggapan awal</source>
        <translation>Initial response</translation>
    </message>
    <message>
        <source>Tanggapan</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Penyelesaian</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Respons (6 hari kerja)</source>
        <translation>Response (6 working days)</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>&amp;Buka pengaduan nomor:</source>
        <translation>Open complaint &amp;number:</translation>
    </message>
    <message>
        <source>mis. ADU-2026-0001 (Ctrl+F)</source>
        <translation>e.g. ADU-2026-0001 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Hanya yang &amp;terbuka</source>
        <translation>Open onl&amp;y</translation>
    </message>
    <message>
        <source>Tanggapan a&amp;wal…</source>
        <translation>Initia&amp;l response…</translation>
    </message>
    <message>
        <source>K&amp;oordinasi…</source>
        <translation>Coordination…</translation>
    </message>
    <message>
        <source>Ta&amp;nggapi…</source>
        <translation>Respond…</translation>
    </message>
    <message>
        <source>%1 pengaduan · %2 segera jatuh tempo · %3 terlambat · %4 menunggu keputusan batas 30 hari</source>
        <translation>%1 complaints · %2 due soon · %3 overdue · %4 awaiting a 30-day-limit decision</translation>
    </message>
    <message>
        <source>Buka pengaduan</source>
        <translation>Open complaint</translation>
    </message>
    <message>
        <source>Pilih pengaduan dalam daftar, atau catat pengaduan baru (F2).</source>
        <translation>Select a complaint in the list, or record a new complaint (F2).</translation>
    </message>
    <message>
        <source>Catat pengaduan</source>
        <translation>Record complaint</translation>
    </message>
    <message>
        <source>Cek administrasi</source>
        <translation>Administrative check</translation>
    </message>
    <message>
        <source>Tanggapan awal</source>
        <translation>Initial response</translation>
    </message>
    <message>
        <source>Tanggapan awal yang disampaikan kepada pengadu:

%1

Catatan tambahan (boleh kosong):</source>
        <translation>Initial response given to the complainant:

%1

Additional note (optional):</translation>
    </message>
    <message>
        <source>Koordinasi</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Koordinasi internal/eksternal dengan (boleh kosong):</source>
        <translation>Internal/external coordination with (optional):</translation>
    </message>
    <message>
        <source>Tanggapi pengaduan</source>
        <translation>Respond to complaint</translation>
    </message>
    <message>
        <source>Tanggapan kepada pengadu:</source>
        <translation>Response to the complainant:</translation>
    </message>
    <message>
        <source>Selesaikan pengaduan</source>
        <translation>Complete complaint</translation>
    </message>
    <message>
        <source>Penyelesaian:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>Terima pengaduan</source>
        <translation>Accept complaint</translation>
    </message>
    <message>
        <source>Alasan tetap menerima pengaduan yang lewat 30 hari:</source>
        <translation>Reason for accepting a complaint filed after 30 days:</translation>
    </message>
    <message>
        <source>Tolak pengaduan</source>
        <translation>Reject complaint</translation>
    </message>
    <message>
        <source>Alasan penolakan (dicatat dan disampaikan kepada pengadu):</source>
        <translation>Reason for rejection (recorded and given to the complainant):</translation>
    </message>
    <message>
        <source>Catat pengaduan… (F2)</source>
        <translation>Record complaint… (F2)</translation>
    </message>
    <message>
        <source>Cek a&amp;dministrasi</source>
        <translation>&amp;Administrative check</translation>
    </message>
    <message>
        <source>S&amp;elesai…</source>
        <translation>C&amp;omplete…</translation>
    </message>
    <message>
        <source>Lengkap&amp;i isi…</source>
        <translation>&amp;Fill in details…</translation>
    </message>
    <message>
        <source>Te&amp;rima walau lewat 30 hari…</source>
        <translation>Accept although over &amp;30 days…</translation>
    </message>
    <message>
        <source>Tola&amp;k (lewat 30 hari)…</source>
        <translation>Re&amp;ject (over 30 days)…</translation>
    </message>
    <message>
        <source>Cetak tanda terima</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Salin untuk SP4N-LAPOR!</source>
        <translation>Copy for SP4N-LAPOR!</translation>
    </message>
    <message>
        <source>Simpan teks SP4N-LAPOR!…</source>
        <translation>Save SP4N-LAPOR! text…</translation>
    </message>
    <message>
        <source>Tanggapan awal dan tanggapan, dengan tanggal dan batas 3 dan 6 hari kerja, untuk admin SP4N-LAPOR!</source>
        <translation>Acknowledgement and response, with the dates and the 3- and 6-working-day deadlines, for the SP4N-LAPOR! admin</translation>
    </message>
    <message>
        <source>Pengaduan keterlambatan</source>
        <translation>Complaint of lateness</translation>
    </message>
    <message>
        <source>Pengaduan keterlambatan berkas %1</source>
        <translation>Complaint of lateness about file %1</translation>
    </message>
    <message>
        <source>Lampiran pengaduan %1</source>
        <translation>Annex to complaint %1</translation>
    </message>
    <message>
        <source>Tindak lanjut untuk SP4N-LAPOR! disalin; tempelkan pada laporan di SP4N-LAPOR!.</source>
        <translation>SP4N-LAPOR! follow-up copied; paste it into the report on SP4N-LAPOR!.</translation>
    </message>
    <message>
        <source>Simpan teks SP4N-LAPOR!</source>
        <translation>Save SP4N-LAPOR! text</translation>
    </message>
    <message>
        <source>Teks (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Tindak lanjut untuk SP4N-LAPOR! disimpan: %1</source>
        <translation>SP4N-LAPOR! follow-up saved: %1</translation>
    </message>
</context>
<context>
    <name>ConfigVersions</name>
    <message>
        <source>Basis data tidak lengkap: versi pengaturan &quot;%1&quot; tidak ada.</source>
        <translation>The database is incomplete: the version of the &quot;%1&quot; settings is missing.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Berkas bukan teks UTF-8. Simpan ulang dari lembar kerja sebagai &quot;CSV UTF-8&quot;.</source>
        <translation>The file is not UTF-8 text. Save it again from the spreadsheet as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>ada teks sesudah tanda kutip penutup</source>
        <translation>text after the closing quote</translation>
    </message>
    <message>
        <source>tanda kutip tidak pernah ditutup</source>
        <translation>quote never closed</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Berkas %1 bukan basis data Loket (bukan berkas SQLite). Berkas itu tidak diubah.</source>
        <translation>File %1 is not a Loket database (not an SQLite file). The file has not been changed.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak ada.</source>
        <translation>Database %1 does not exist.</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat dibuat.</source>
        <translation>Folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 bukan berkas.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>Basis data %1 dibuat oleh versi Loket yang lebih baru (skema %2, versi ini mengenal sampai %3). Perbarui Loket; berkas itu tidak diubah.</source>
        <translation>Database %1 was created by a newer version of Loket (schema %2; this version knows up to %3). Update Loket; the file has not been changed.</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuka: %2</source>
        <translation>Database %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat disiapkan: %2</source>
        <translation>Database %1 cannot be prepared: %2</translation>
    </message>
    <message>
        <source>Migrasi %1 tidak ditemukan.</source>
        <translation>Migration %1 not found.</translation>
    </message>
    <message>
        <source>Migrasi %1 tidak dapat dimulai: %2</source>
        <translation>Migration %1 cannot be started: %2</translation>
    </message>
    <message>
        <source>Migrasi %1 gagal dan dibatalkan: %2</source>
        <translation>Migration %1 failed and was rolled back: %2</translation>
    </message>
    <message>
        <source>Migrasi %1 gagal disimpan: %2</source>
        <translation>Migration %1 could not be saved: %2</translation>
    </message>
    <message>
        <source>Berkas basis data %1 tidak dapat dibaca.</source>
        <translation>Database file %1 cannot be read.</translation>
    </message>
    <message>
        <source>Berkas basis data %1 tidak boleh dibaca oleh akun ini (hak akses).</source>
        <translation>This account may not read database file %1 (permissions).</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuat (disk penuh atau rusak?).</source>
        <translation>Database %1 cannot be created (disk full or damaged?).</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dibuat: folder %2 tidak boleh ditulis oleh akun ini.</source>
        <translation>Database %1 cannot be created: this account may not write to folder %2.</translation>
    </message>
    <message>
        <source>Basis data %1 hanya dapat dibaca: berkas itu atau foldernya tidak boleh ditulis oleh akun ini. Loket memerlukan izin menulis pada berkas dan foldernya (untuk berkas -wal dan -shm); periksa hak aksesnya. Berkas itu tidak diubah.</source>
        <translation>Database %1 is read-only: this account may not write the file or its folder. Loket needs write permission on the file and its folder (for the -wal and -shm files); check the permissions. The file was not changed.</translation>
    </message>
    <message>
        <source>Berkas %1 bukan basis data Loket yang dapat dibaca: %2</source>
        <translation>File %1 is not a readable Loket database: %2</translation>
    </message>
    <message>
        <source>Berkas itu perlu diperbarui ke skema %1.</source>
        <translation>The file needs upgrading to schema %1.</translation>
    </message>
    <message>
        <source>Basis data %1 dibuat oleh versi Loket yang lebih baru (skema %2, versi ini mengenal sampai %3). Perbarui Loket; basis data itu tidak diubah.</source>
        <translation>Database %1 was made by a newer version of Loket (schema %2; this version knows up to %3). Update Loket; the database was not changed.</translation>
    </message>
    <message>
        <source>Loket tidak dapat memakai server PostgreSQL di PC ini: pemacu Qt untuk PostgreSQL belum terpasang (paket libqt6sql6-psql).</source>
        <translation>Loket cannot use a PostgreSQL server on this PC: Qt&apos;s PostgreSQL driver is not installed (package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Server basis data %1 tidak dapat dihubungi: %2</source>
        <translation>Cannot reach the database server %1: %2</translation>
    </message>
    <message>
        <source>Basis data %1 tidak dapat dipakai: %2</source>
        <translation>Database %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>Basis data %1 masih kosong: belum ada data Loket di sana.</source>
        <translation>Database %1 is still empty: there is no Loket data in it yet.</translation>
    </message>
    <message>
        <source>Basis data %1 di server masih memakai skema versi %2, dan Loket versi ini memerlukan versi %3. Akun meja layanan tidak boleh memperbarui skema: petugas TI perlu memperbaruinya dulu di server (&quot;loket server setup&quot; sekali lagi, lihat docs/server.md), lalu buka Loket kembali. Tidak ada yang diubah.</source>
        <translation>Database %1 on the server still uses schema version %2, and this version of Loket needs version %3. The desks&apos; account may not update the schema: IT needs to update it on the server first (&quot;loket server setup&quot; once more, see docs/server.md), then open Loket again. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>opsi --db</source>
        <translation>the --db option</translation>
    </message>
    <message>
        <source>variabel lingkungan LOKET_DB</source>
        <translation>the LOKET_DB environment variable</translation>
    </message>
    <message>
        <source>pengaturan basis data PC ini</source>
        <translation>this PC&apos;s database setting</translation>
    </message>
    <message>
        <source>berkas bawaan</source>
        <translation>the default file</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Basis data sumber %1 masih berskema %2 (versi ini: %3). Buka sekali dengan Loket ini agar diperbarui, lalu ulangi.</source>
        <translation>The source database %1 still has schema %2 (this version: %3). Open it once with this Loket to update it, then try again.</translation>
    </message>
    <message>
        <source>Basis data tujuan %1 belum siap (skema %2).</source>
        <translation>The target database %1 is not ready (schema %2).</translation>
    </message>
    <message>
        <source>Basis data tujuan %1 sudah berisi data. Loket hanya menyalin ke basis data yang kosong; tidak ada yang diubah.</source>
        <translation>The target database %1 already holds data. Loket copies only into an empty database; nothing was changed.</translation>
    </message>
    <message>
        <source>Tabel %1 tidak ada di basis data sumber.</source>
        <translation>Table %1 does not exist in the source database.</translation>
    </message>
    <message>
        <source>Baris %1 dari tabel %2 tidak dapat disalin: %3</source>
        <translation>Row %1 of table %2 could not be copied: %3</translation>
    </message>
    <message>
        <source>Kolom tabel %1 di basis data sumber tidak sama dengan skema Loket; tidak ada yang disalin.</source>
        <translation>The columns of table %1 in the source database differ from Loket&apos;s schema; nothing was copied.</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <source>Basis data PC ini</source>
        <translation>This PC&apos;s database</translation>
    </message>
    <message>
        <source>Pilih basis data yang dipakai Loket di PC ini. Loket di PC lain yang memakai basis data yang sama melihat catatan yang sama.</source>
        <translation>Choose the database Loket uses on this PC. Loket on other PCs that use the same database sees the same records.</translation>
    </message>
    <message>
        <source>Dipakai sekarang: %1</source>
        <translation>In use now: %1</translation>
    </message>
    <message>
        <source>Berkas di P&amp;C ini</source>
        <translation>&amp;File on this PC</translation>
    </message>
    <message>
        <source>Lokasi berkas basis data</source>
        <translation>Database file location</translation>
    </message>
    <message>
        <source>&amp;Telusuri…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Server &amp;kantor (PostgreSQL)</source>
        <translation>Office se&amp;rver (PostgreSQL)</translation>
    </message>
    <message>
        <source>misalnya kantor-lpse atau 192.168.1.10</source>
        <translation>e.g. kantor-lpse or 192.168.1.10</translation>
    </message>
    <message>
        <source>misalnya loket</source>
        <translation>e.g. loket</translation>
    </message>
    <message>
        <source>prefer — enkripsi bila server mendukung</source>
        <translation>prefer — encrypted when the server supports it</translation>
    </message>
    <message>
        <source>require — wajib terenkripsi</source>
        <translation>require — always encrypted</translation>
    </message>
    <message>
        <source>verify-full — wajib terenkripsi, sertifikat server diperiksa</source>
        <translation>verify-full — always encrypted, server certificate checked</translation>
    </message>
    <message>
        <source>hanya untuk uji dan ~/.pgpass; tidak disimpan Loket</source>
        <translation>only for the test and ~/.pgpass; not kept by Loket</translation>
    </message>
    <message>
        <source>&amp;Alamat server:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Basis &amp;data:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Pengguna:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Enkripsi (sslmode):</source>
        <translation>&amp;Encryption (sslmode):</translation>
    </message>
    <message>
        <source>Sa&amp;ndi:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Uji sambungan</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Si&amp;mpan sandi di ~/.pgpass (hanya untuk akun ini)</source>
        <translation>Save password in ~/.pg&amp;pass (this account only)</translation>
    </message>
    <message>
        <source>Ditulis ke %1 dengan izin 0600, seperti yang dibaca PostgreSQL. Aktif setelah uji sambungan berhasil dengan sandi yang diisi.</source>
        <translation>Written to %1 with permissions 0600, as PostgreSQL reads it. Available after a successful connection test with a password entered.</translation>
    </message>
    <message>
        <source>Catatan: Loket ini dibuka dengan %1, yang didahulukan dari pengaturan PC ini. Pilihan di sini berlaku saat Loket dibuka tanpa itu.</source>
        <translation>Note: this Loket was started with %1, which takes precedence over this PC&apos;s setting. The choice made here applies when Loket is started without it.</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Pilih berkas basis data Loket</source>
        <translation>Choose a Loket database file</translation>
    </message>
    <message>
        <source>Basis data Loket (*.sqlite);;Semua berkas (*)</source>
        <translation>Loket database (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Menguji sambungan ke %1…</source>
        <translation>Testing the connection to %1…</translation>
    </message>
    <message>
        <source>Sambungan berhasil.</source>
        <translation>Connection succeeded.</translation>
    </message>
    <message>
        <source>Menurut uji sambungan, Loket tidak dapat memakai basis data itu.</source>
        <translation>According to the connection test, Loket cannot use that database.</translation>
    </message>
    <message>
        <source>Sambungan ke server itu belum berhasil diuji.</source>
        <translation>The connection to that server has not been tested successfully.</translation>
    </message>
    <message>
        <source>Jika disimpan juga, Loket di PC ini mungkin tidak dapat dibuka sampai basis datanya diubah lagi. Simpan juga?</source>
        <translation>If you save anyway, Loket on this PC may not open until the database is changed again. Save anyway?</translation>
    </message>
    <message>
        <source>Simpan &amp;juga</source>
        <translation>Save &amp;anyway</translation>
    </message>
</context>
<context>
    <name>DatabaseForm</name>
    <message>
        <source>Isi nama atau alamat server (misalnya kantor-lpse atau 192.168.1.10).</source>
        <translation>Enter the server&apos;s name or address (e.g. kantor-lpse or 192.168.1.10).</translation>
    </message>
    <message>
        <source>Nama server tidak boleh memuat spasi.</source>
        <translation>The server name may not contain spaces.</translation>
    </message>
    <message>
        <source>Port harus berupa angka 1 sampai 65535 (biasanya 5432).</source>
        <translation>The port must be a number from 1 to 65535 (usually 5432).</translation>
    </message>
    <message>
        <source>Isi nama basis data di server (biasanya loket).</source>
        <translation>Enter the database name on the server (usually loket).</translation>
    </message>
    <message>
        <source>Isi nama pengguna server basis data.</source>
        <translation>Enter the database server&apos;s user name.</translation>
    </message>
    <message>
        <source>Pilihan enkripsi (sslmode) &quot;%1&quot; tidak dikenal.</source>
        <translation>Unknown encryption choice (sslmode) &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Isi lokasi berkas basis data, atau pilih dengan Telusuri.</source>
        <translation>Enter the database file&apos;s location, or choose it with Browse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; adalah alamat server, bukan berkas. Pilih &quot;Server kantor (PostgreSQL)&quot; untuk server.</source>
        <translation>&quot;%1&quot; is a server address, not a file. Choose &quot;Office server (PostgreSQL)&quot; for a server.</translation>
    </message>
    <message>
        <source>%1 adalah folder. Tulis juga nama berkasnya, misalnya %2.</source>
        <translation>%1 is a folder. Add the file name too, e.g. %2.</translation>
    </message>
    <message>
        <source>Folder %1 tidak ada; periksa penulisannya, atau buat foldernya dulu.</source>
        <translation>Folder %1 does not exist; check the spelling, or create the folder first.</translation>
    </message>
    <message>
        <source>Sambungan selalu dienkripsi; ditolak bila server tidak memakai enkripsi. Sertifikat server tidak diperiksa.</source>
        <translation>The connection is always encrypted; refused if the server does not use encryption. The server&apos;s certificate is not checked.</translation>
    </message>
    <message>
        <source>Sambungan selalu dienkripsi, dan sertifikat server beserta namanya diperiksa. PC ini memerlukan sertifikat CA server di %1 (dari petugas TI).</source>
        <translation>The connection is always encrypted, and the server&apos;s certificate and its name are checked. This PC needs the server&apos;s CA certificate in %1 (from IT).</translation>
    </message>
    <message>
        <source>Dienkripsi bila server mendukungnya; bila tidak, tersambung tanpa enkripsi. Untuk jaringan kantor yang dipercaya.</source>
        <translation>Encrypted when the server supports it; otherwise connected without encryption. For a trusted office network.</translation>
    </message>
</context>
<context>
    <name>DatabaseStep</name>
    <message>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Di mana Loket di PC ini menyimpan catatannya.</source>
        <translation>Where Loket on this PC keeps its records.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hanya PC ini&lt;/b&gt;: satu berkas basis data di komputer ini, untuk loket dengan satu meja. &lt;br&gt;&lt;b&gt;Server kantor&lt;/b&gt;: satu server PostgreSQL yang dipakai bersama oleh semua meja kantor, sehingga verifikator di PC lain melihat berkas yang sama. Server disiapkan oleh bagian TI (lihat panduan untuk TI kantor); di sini Loket diarahkan ke server itu dan sambungannya diuji.</source>
        <translation>&lt;b&gt;This PC only&lt;/b&gt;: one database file on this computer, for a counter with one desk. &lt;br&gt;&lt;b&gt;Office server&lt;/b&gt;: one PostgreSQL server shared by every desk of the office, so that a verifikator at another PC sees the same files. The server is set up by IT (see the guide for the office&apos;s IT); here Loket is pointed at it and the connection is tested.</translation>
    </message>
    <message>
        <source>&amp;Ubah basis data…</source>
        <translation>&amp;Change database…</translation>
    </message>
    <message>
        <source>Sekarang: &lt;b&gt;server kantor&lt;/b&gt; %1</source>
        <translation>Now: &lt;b&gt;office server&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Sekarang: &lt;b&gt;hanya PC ini&lt;/b&gt;, berkas %1</source>
        <translation>Now: &lt;b&gt;this PC only&lt;/b&gt;, file %1</translation>
    </message>
    <message>
        <source>Loket ini dibuka dengan %1, jadi basis datanya ditentukan di sana, bukan di sini.</source>
        <translation>This Loket was opened with %1, so its database is decided there, not here.</translation>
    </message>
    <message>
        <source>Bila basis data ini sudah benar, lanjutkan.</source>
        <translation>If this database is right, go on.</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Basis data %1 sudah berisi catatan (%2: %3 baris). Data contoh hanya ditulis ke basis data yang belum dipakai.</source>
        <translation>Database %1 already holds records (%2: %3 rows). Demo data is only written to an unused database.</translation>
    </message>
    <message>
        <source>Jumlah tahun harus 1 sampai %1.</source>
        <translation>The number of years must be 1 to %1.</translation>
    </message>
    <message>
        <source>Kunjungan per hari harus 1 sampai %1.</source>
        <translation>Visits per day must be 1 to %1.</translation>
    </message>
    <message>
        <source>Basis data dibuka hanya-baca.</source>
        <translation>The database is open read-only.</translation>
    </message>
    <message>
        <source>Layanan %1 tidak ada dalam katalog.</source>
        <translation>Service %1 is not in the catalogue.</translation>
    </message>
</context>
<context>
    <name>DeskSessions</name>
    <message>
        <source>Meja tanpa nama</source>
        <translation>Unnamed desk</translation>
    </message>
    <message>
        <source>Nama meja belum diisi (misalnya &quot;Meja Helpdesk 1&quot;).</source>
        <translation>The desk name is empty (for example &quot;Helpdesk desk 1&quot;).</translation>
    </message>
    <message>
        <source>Nama meja terlalu panjang: paling banyak %1 karakter.</source>
        <translation>The desk name is too long: %1 characters at most.</translation>
    </message>
    <message>
        <source>Nama meja memuat karakter yang tidak dapat ditampilkan.</source>
        <translation>The desk name holds characters that cannot be shown.</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh mengubah pengaturan ini.</source>
        <translation>Only an administrator may change this setting.</translation>
    </message>
    <message>
        <source>Batas waktu meja yang tidak terlihat harus antara 5 dan 480 menit.</source>
        <translation>The time after which a silent desk is flagged must be between 5 and 480 minutes.</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>Loket — layar antrian</source>
        <translation>Loket — queue display</translation>
    </message>
    <message>
        <source>Layar antrian mencoba lagi sendiri dalam %1 detik.</source>
        <translation>The queue display tries again by itself in %1 seconds.</translation>
    </message>
    <message>
        <source>&amp;Coba lagi</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <source>Hanya administrator yang boleh mengubah teks berjalan layar antrian.</source>
        <translation>Only an administrator may change the queue display&apos;s running text.</translation>
    </message>
    <message>
        <source>Teks berjalan: %1</source>
        <translation>Running text: %1</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Loket — Layar antrian</source>
        <translation>Loket — Queue display</translation>
    </message>
    <message>
        <source>Basis data %1 di server masih memakai skema versi %2, dan layar antrian versi ini memerlukan versi %3. Layar antrian tidak memperbarui skema: petugas TI perlu memperbaruinya dulu di server (&quot;loket server setup&quot; sekali lagi, lihat docs/server.md), lalu buka layar antrian kembali.</source>
        <translation>Database %1 on the server still uses schema version %2, and this version of the queue display needs version %3. The queue display does not upgrade the schema: the IT staff must upgrade it on the server first (&quot;loket server setup&quot; once more, see docs/server.md), then open the queue display again.</translation>
    </message>
    <message>
        <source>Layar antrian</source>
        <translation>Queue display</translation>
    </message>
    <message>
        <source>ANTRIAN LAYANAN LPSE</source>
        <translation>LPSE SERVICE QUEUE</translation>
    </message>
    <message>
        <source>PANGGILAN SEBELUMNYA</source>
        <translation>PREVIOUS CALLS</translation>
    </message>
    <message>
        <source>MENUNGGU PER LAYANAN</source>
        <translation>WAITING PER SERVICE</translation>
    </message>
    <message>
        <source>PANGGILAN ULANG — NOMOR ANTRIAN</source>
        <translation>CALLED AGAIN — QUEUE NUMBER</translation>
    </message>
    <message>
        <source>NOMOR ANTRIAN</source>
        <translation>QUEUE NUMBER</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Belum ada panggilan hari ini</source>
        <translation>No calls yet today</translation>
    </message>
    <message>
        <source>Tidak terhubung ke server — mencoba lagi dalam %1 detik. Papan ini menunjukkan keadaan pukul %2.</source>
        <translation>Not connected to the server — trying again in %1 seconds. This board shows the state at %2.</translation>
    </message>
    <message>
        <source>Tidak terhubung ke server — mencoba menyambung… Papan ini menunjukkan keadaan pukul %1.</source>
        <translation>Not connected to the server — reconnecting… This board shows the state at %1.</translation>
    </message>
    <message>
        <source>Papan antrian tidak dapat dibaca: %1</source>
        <translation>The queue board cannot be read: %1</translation>
    </message>
    <message>
        <source>Papan antrian tidak dapat diperbarui (keadaan pukul %1): %2</source>
        <translation>The queue board cannot be updated (state at %1): %2</translation>
    </message>
</context>
<context>
    <name>DocumentCheck</name>
    <message>
        <source>Catatan: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Tanggal berlaku tidak wajar.</source>
        <translation>The validity date is implausible.</translation>
    </message>
    <message>
        <source>Daftar periksa berkas %1 tidak dapat diubah: berkas berstatus &quot;%2&quot;.</source>
        <translation>The checklist of file %1 cannot be changed: the file is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Berkas belum lengkap: %1. Kembalikan berkas kepada pemohon, atau minta diskresi Kepala Bagian.</source>
        <translation>File incomplete: %1. Return the file to the applicant, or ask for the Head of Section&apos;s discretion.</translation>
    </message>
    <message>
        <source>Berkas sudah lengkap; gunakan &quot;Terima &amp; teruskan&quot;.</source>
        <translation>The file is already complete; use &quot;Accept &amp; forward&quot;.</translation>
    </message>
    <message>
        <source>Alasan diskresi</source>
        <translation>Reason for discretion</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Berkas PDF tidak dapat ditulis: %1</source>
        <translation>The PDF file cannot be written: %1</translation>
    </message>
    <message>
        <source>Gambar PNG tidak dapat dibuat: %1</source>
        <translation>The PNG picture could not be made: %1</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message>
        <source>Loket siap dipakai</source>
        <translation>Loket is ready</translation>
    </message>
    <message>
        <source>Anda masuk sebagai &lt;b&gt;%1&lt;/b&gt; (administrator).</source>
        <translation>You are logged in as &lt;b&gt;%1&lt;/b&gt; (administrator).</translation>
    </message>
    <message>
        <source>Kantor: %1</source>
        <translation>Office: %1</translation>
    </message>
    <message>
        <source>Kertas tanda terima: %1</source>
        <translation>Receipt paper: %1</translation>
    </message>
    <message>
        <source>Printer tanda terima: %1</source>
        <translation>Receipt printer: %1</translation>
    </message>
    <message>
        <source>Printer tanda terima: dipilih di pratinjau cetak</source>
        <translation>Receipt printer: chosen in the print preview</translation>
    </message>
    <message>
        <source>Cadangan: %1</source>
        <translation>Backups: %1</translation>
    </message>
    <message>
        <source>Langkah berikutnya: tambahkan petugas di Administrasi › Petugas (helpdesk, verifikator, admin sistem, Kepala Bagian), lalu periksa kalender hari libur. Bantuan (F1) membuka panduan untuk layar yang sedang dibuka.</source>
        <translation>Next steps: add the officers in Administration › Officers (helpdesk, verifikator, system admin, Head of Division), then check the holiday calendar. Help (F1) opens the guide for the screen in use.</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>Basis data ini belum mengenal pengaduan (versi skema terlalu lama).</source>
        <translation>This database does not support complaints yet (schema version too old).</translation>
    </message>
    <message>
        <source>kejadian %1 tidak ada (dihapus?) sebelum kejadian %2</source>
        <translation>event %1 is missing (deleted?) before event %2</translation>
    </message>
    <message>
        <source>rantai terputus: hash sebelumnya tidak cocok</source>
        <translation>broken chain: the previous hash does not match</translation>
    </message>
    <message>
        <source>isi kejadian tidak cocok dengan hash-nya (diubah?)</source>
        <translation>event content does not match its hash (altered?)</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>Dicatat di buku tamu, nomor antrian %1</source>
        <translation>Recorded in the guest book, queue number %1</translation>
    </message>
    <message>
        <source> (kuasa)</source>
        <translation> (proxy)</translation>
    </message>
    <message>
        <source>Helpdesk mulai memeriksa berkas</source>
        <translation>Helpdesk started checking the file</translation>
    </message>
    <message>
        <source>asli dilihat</source>
        <translation>original seen</translation>
    </message>
    <message>
        <source>asli belum</source>
        <translation>original not yet seen</translation>
    </message>
    <message>
        <source>salinan diterima</source>
        <translation>copy received</translation>
    </message>
    <message>
        <source>salinan belum</source>
        <translation>copy not yet received</translation>
    </message>
    <message>
        <source>berlaku s.d. %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>Daftar periksa &quot;%1&quot;: %2</source>
        <translation>Checklist &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Berkas lengkap, diterima helpdesk; jangka waktu layanan mulai dihitung</source>
        <translation>File complete, accepted by the helpdesk; the service time frame starts counting</translation>
    </message>
    <message>
        <source>Diteruskan ke antrian %1</source>
        <translation>Forwarded to the %1 queue</translation>
    </message>
    <message>
        <source>admin sistem</source>
        <translation>System Admin</translation>
    </message>
    <message>
        <source>verifikator</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <source>Berkas dikembalikan kepada pemohon; kurang: %1</source>
        <translation>File returned to the applicant; missing: %1</translation>
    </message>
    <message>
        <source>Pemohon datang kembali: berkas baru %1</source>
        <translation>Applicant came back: new file %1</translation>
    </message>
    <message>
        <source>Diambil untuk dikerjakan</source>
        <translation>Taken up for processing</translation>
    </message>
    <message>
        <source>Dilepas kembali ke antrian</source>
        <translation>Released back to the queue</translation>
    </message>
    <message>
        <source>Selesai: %1</source>
        <translation>Completed: %1</translation>
    </message>
    <message>
        <source>Dikembalikan ke helpdesk</source>
        <translation>Returned to helpdesk</translation>
    </message>
    <message>
        <source>Helpdesk memeriksa ulang berkas</source>
        <translation>Helpdesk rechecked the file</translation>
    </message>
    <message>
        <source>Ditunda (%1)</source>
        <translation>Put on hold (%1)</translation>
    </message>
    <message>
        <source>Dilanjutkan</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Diskresi Kepala Bagian (Pasal 6): diterima walau belum lengkap</source>
        <translation>Head of Section&apos;s discretion (Article 6): accepted although incomplete</translation>
    </message>
    <message>
        <source>Data pribadi dibuka: %1</source>
        <translation>Personal data revealed: %1</translation>
    </message>
    <message>
        <source>karcis antrian</source>
        <translation>queue ticket</translation>
    </message>
    <message>
        <source>tanda terima berkas</source>
        <translation>file receipt</translation>
    </message>
    <message>
        <source>bukti pengembalian berkas</source>
        <translation>file return slip</translation>
    </message>
    <message>
        <source>bukti selesai layanan</source>
        <translation>service completion slip</translation>
    </message>
    <message>
        <source>tanda terima pengaduan</source>
        <translation>complaint receipt</translation>
    </message>
    <message>
        <source>Dicetak: %1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <source>Impor jawaban SKM dari %1: %2 baris diterima, %3 baris ditolak</source>
        <translation>SKM survey responses imported from %1: %2 rows accepted, %3 rows rejected</translation>
    </message>
    <message>
        <source>Pengaduan %1 dicatat</source>
        <translation>Complaint %1 recorded</translation>
    </message>
    <message>
        <source>; isinya lengkap (Pasal 8 ayat 4)</source>
        <translation>; complete (Article 8(4))</translation>
    </message>
    <message>
        <source>; belum lengkap, kurang: %1</source>
        <translation>; incomplete, missing: %1</translation>
    </message>
    <message>
        <source>; diajukan lewat 30 hari sejak layanan diterima</source>
        <translation>; filed more than 30 days after the service was received</translation>
    </message>
    <message>
        <source>Cek administrasi pengaduan dimulai</source>
        <translation>Administrative check of the complaint started</translation>
    </message>
    <message>
        <source>Tanggapan awal disampaikan: pengaduan lengkap</source>
        <translation>Initial response given: complaint complete</translation>
    </message>
    <message>
        <source>Tanggapan awal disampaikan: pengaduan belum lengkap, kurang: %1</source>
        <translation>Initial response given: complaint incomplete, missing: %1</translation>
    </message>
    <message>
        <source>Koordinasi internal/eksternal</source>
        <translation>Internal/external coordination</translation>
    </message>
    <message>
        <source>Pengaduan ditanggapi: %1</source>
        <translation>Complaint responded to: %1</translation>
    </message>
    <message>
        <source>Pengaduan selesai: %1</source>
        <translation>Complaint completed: %1</translation>
    </message>
    <message>
        <source>Isi pengaduan dilengkapi; kini lengkap</source>
        <translation>Complaint details supplemented; now complete</translation>
    </message>
    <message>
        <source>Isi pengaduan diubah; masih kurang: %1</source>
        <translation>Complaint details changed; still missing: %1</translation>
    </message>
    <message>
        <source>Pengaduan yang diajukan lewat 30 hari tetap diterima</source>
        <translation>Complaint filed after more than 30 days accepted anyway</translation>
    </message>
    <message>
        <source>Pengaduan ditolak: diajukan lewat 30 hari sejak layanan diterima</source>
        <translation>Complaint rejected: filed more than 30 days after the service was received</translation>
    </message>
    <message>
        <source>Tanda terima pengaduan dicetak</source>
        <translation>Complaint receipt printed</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; menjadi &quot;%3&quot;</source>
        <translation>%1 &quot;%2&quot; became &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Data penyedia diubah: %1</source>
        <translation>Vendor details changed: %1</translation>
    </message>
    <message>
        <source>, %1 baris sudah tersimpan sebelumnya</source>
        <translation>, %1 rows already stored</translation>
    </message>
    <message>
        <source>Seluruh data pribadi NIK %1 dibuka</source>
        <translation>All personal data of NIK %1 opened</translation>
    </message>
    <message>
        <source>Data pribadi dikoreksi: %1 &quot;%2&quot; menjadi &quot;%3&quot;</source>
        <translation>Personal data corrected: %1 &quot;%2&quot; became &quot;%3&quot;</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>telepon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>Data pribadi lengkap diekspor: %1</source>
        <translation>Full personal data exported: %1</translation>
    </message>
    <message>
        <source>Data pribadi melewati masa simpan dihapus (NIK, telepon, e-mail): %1 orang</source>
        <translation>Personal data past retention erased (NIK, phone, e-mail): %1 people</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Berkas di balik angka</source>
        <translation>Files behind the figure</translation>
    </message>
    <message numerus="yes">
        <source>%n pengaduan</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n berkas</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackChannel</name>
    <message>
        <source>Langsung (datang ke loket)</source>
        <translation>In person (at the counter)</translation>
    </message>
    <message>
        <source>Kotak saran</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <source>E-mail / media TI lain</source>
        <translation>E-mail / other IT media</translation>
    </message>
    <message>
        <source>SP4N-LAPOR!</source>
        <translation>SP4N-LAPOR!</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Hanya helpdesk yang memeriksa kelengkapan berkas.</source>
        <translation>Only the helpdesk checks whether files are complete.</translation>
    </message>
    <message>
        <source>Hanya helpdesk yang menerima dan meneruskan berkas.</source>
        <translation>Only the helpdesk accepts and forwards files.</translation>
    </message>
    <message>
        <source>Hanya helpdesk yang mengembalikan berkas.</source>
        <translation>Only the helpdesk returns files.</translation>
    </message>
    <message>
        <source>Hanya Kepala Bagian yang boleh menggunakan diskresi (Pasal 6).</source>
        <translation>Only the Head of Section may exercise discretion (Article 6).</translation>
    </message>
    <message>
        <source>Akun Anda tidak mengerjakan antrian berkas.</source>
        <translation>Your account does not work on the file queue.</translation>
    </message>
    <message>
        <source>Akun Anda tidak boleh membatalkan berkas.</source>
        <translation>Your account may not cancel files.</translation>
    </message>
    <message>
        <source>Berkas yang masih di helpdesk dibatalkan oleh helpdesk atau atasan.</source>
        <translation>A file still at the helpdesk is cancelled by the helpdesk or a supervisor.</translation>
    </message>
    <message>
        <source>Berkas %1 berstatus &quot;%2&quot;; tidak dapat menjadi &quot;%3&quot;.</source>
        <translation>File %1 is &quot;%2&quot;; it cannot become &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Akun ini tidak aktif.</source>
        <translation>This account is not active.</translation>
    </message>
    <message>
        <source>Berkas %1 dikerjakan oleh %2; akun Anda tidak mempunyai peran itu.</source>
        <translation>File %1 is handled by %2; your account does not have that role.</translation>
    </message>
    <message>
        <source>petugas lain</source>
        <translation>another staff member</translation>
    </message>
    <message>
        <source>Berkas %1 sedang dikerjakan oleh %2; hanya dia yang dapat melanjutkannya.</source>
        <translation>File %1 is being worked on by %2; only they can continue it.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Berkas %1</source>
        <translation>%1 file</translation>
    </message>
</context>
<context>
    <name>FileLists</name>
    <message>
        <source>Ketik atau pindai nomor berkas.</source>
        <translation>Type or scan the file number.</translation>
    </message>
</context>
<context>
    <name>FileSize</name>
    <message>
        <source>%1 bita</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>FileTableModel</name>
    <message>
        <source> (diskresi)</source>
        <translation> (discretion)</translation>
    </message>
    <message>
        <source>menunggu %1 menit</source>
        <translation>waiting %1 min</translation>
    </message>
    <message>
        <source>tepat waktu</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>terlambat %1</source>
        <translation>late by %1</translation>
    </message>
    <message>
        <source>sisa %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>lewat %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>ditunda · </source>
        <translation>on hold · </translation>
    </message>
    <message>
        <source>Antrian</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>No. berkas</source>
        <translation>File no.</translation>
    </message>
    <message>
        <source>Datang</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Penyedia</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>tanpa standar</source>
        <translation>no standard</translation>
    </message>
    <message>
        <source>%1, tanpa standar</source>
        <translation>%1, no standard</translation>
    </message>
    <message>
        <source>berjalan %1, tanpa standar</source>
        <translation>running %1, no standard</translation>
    </message>
</context>
<context>
    <name>FileView</name>
    <message>
        <source>Layanan:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>(diskresi Kepala Bagian)</source>
        <translation>(Head of Section&apos;s discretion)</translation>
    </message>
    <message>
        <source>Hasil:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Diterima:</source>
        <translation>Accepted:</translation>
    </message>
    <message>
        <source>Batas waktu:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Selesai dalam jangka waktu yang dijanjikan (%1 dari %2).</source>
        <translation>Completed within the promised time frame (%1 of %2).</translation>
    </message>
    <message>
        <source>Selesai melewati jangka waktu (%1 dari %2).</source>
        <translation>Completed after the time frame (%1 of %2).</translation>
    </message>
    <message>
        <source>sisa %1</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>lewat %1</source>
        <translation>overdue by %1</translation>
    </message>
    <message>
        <source>— sedang ditunda, waktu berhenti</source>
        <translation>— on hold, the clock is stopped</translation>
    </message>
    <message>
        <source>Masa tunda (tidak dihitung): %1</source>
        <translation>Time on hold (not counted): %1</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Kuasa dari pimpinan perusahaan</source>
        <translation>Proxy for the company head</translation>
    </message>
    <message>
        <source>Pimpinan perusahaan</source>
        <translation>Company head</translation>
    </message>
    <message>
        <source>Penyedia</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Daftar periksa</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Kunjungan ulang dari berkas %1.</source>
        <translation>Return visit for file %1.</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Yang diminta:</source>
        <translation>Requested:</translation>
    </message>
    <message>
        <source>Selesai; waktu layanan tercatat %1.</source>
        <translation>Done; service time recorded %1.</translation>
    </message>
    <message>
        <source>Waktu layanan sejauh ini %1.</source>
        <translation>Service time so far %1.</translation>
    </message>
    <message>
        <source>Tidak ada daftar periksa: standar pelayanan ini belum ditetapkan (Pasal 9).</source>
        <translation>No checklist: the service standard for this has not been set yet (Article 9).</translation>
    </message>
</context>
<context>
    <name>GuestBook</name>
    <message>
        <source>NIK ini sudah tercatat atas nama lain: %1. Periksa kembali KTP pemohon.</source>
        <translation>This NIK is already recorded under another name: %1. Check the applicant&apos;s ID card again.</translation>
    </message>
    <message>
        <source>Hanya helpdesk yang boleh mencatat tamu di buku tamu.</source>
        <translation>Only the helpdesk may record visitors in the guest book.</translation>
    </message>
    <message>
        <source>Nama pemohon: %1</source>
        <translation>Applicant name: %1</translation>
    </message>
    <message>
        <source>Telepon pemohon: %1</source>
        <translation>Applicant telephone: %1</translation>
    </message>
    <message>
        <source>Catatan: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Layanan nomor %1 tidak ada dalam katalog.</source>
        <translation>Service number %1 is not in the catalogue.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; menjadi &quot;%3&quot;</source>
        <translation>%1: &quot;%2&quot; becomes &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Data penyedia yang tersimpan akan berubah (%1). Perubahan itu harus dikonfirmasi dulu; tidak ada yang dicatat.</source>
        <translation>The stored vendor details would change (%1). That change must be confirmed first; nothing was recorded.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak berstatus dikembalikan; kunjungan baru hanya dapat ditautkan ke berkas yang dikembalikan.</source>
        <translation>File %1 is not in returned status; a new visit can only be linked to a returned file.</translation>
    </message>
    <message>
        <source>Layanan lain: tuliskan layanan yang diminta pemohon.</source>
        <translation>Other service: write the service the applicant asked for.</translation>
    </message>
    <message>
        <source>Layanan yang diminta: %1</source>
        <translation>Requested service: %1</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Tentang panduan ini</source>
        <translation>About this guide</translation>
    </message>
    <message>
        <source>Petugas helpdesk</source>
        <translation>Helpdesk officer</translation>
    </message>
    <message>
        <source>Verifikator</source>
        <translation>Verifikator</translation>
    </message>
    <message>
        <source>Admin sistem</source>
        <translation>System admin</translation>
    </message>
    <message>
        <source>Pengawas (Kasubbag, Kepala Bagian)</source>
        <translation>Supervisors (Kasubbag, Head of Division)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>TI kantor</source>
        <translation>Office IT</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Panduan Loket</source>
        <translation>Loket guide</translation>
    </message>
</context>
<context>
    <name>HelpdeskPage</name>
    <message>
        <source>Tamu baru (Ctrl+N)</source>
        <translation>New visitor (Ctrl+N)</translation>
    </message>
    <message>
        <source>Buku tamu</source>
        <translation>Guest book</translation>
    </message>
    <message>
        <source>cari nama, penyedia, nomor antrian atau berkas (Ctrl+F)</source>
        <translation>search name, vendor, queue number or file (Ctrl+F)</translation>
    </message>
    <message>
        <source>Pemeriksaan berkas</source>
        <translation>File check</translation>
    </message>
    <message>
        <source>Pilih tamu di buku tamu.</source>
        <translation>Select a visitor in the guest book.</translation>
    </message>
    <message>
        <source>Spasi mencentang kolom Asli/Salinan; F2 atau ketik angka untuk mengisi tanggal berlaku.</source>
        <translation>Space ticks the Original/Copy columns; F2 or typing digits fills in the validity date.</translation>
    </message>
    <message>
        <source>Te&amp;rima &amp;&amp; teruskan</source>
        <translation>&amp;Accept &amp;&amp; forward</translation>
    </message>
    <message>
        <source>&amp;Kembalikan berkas</source>
        <translation>Return &amp;file</translation>
    </message>
    <message>
        <source>Daftar periksa</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Nomor antrian %1 — berkas %2</source>
        <translation>Queue number %1 — file %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 — %4</source>
        <translation>%1 · %2 · %3 — %4</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#1b5e20&apos;&gt;Lengkap.&lt;/b&gt; Tekan &quot;Terima &amp; teruskan&quot;.</source>
        <translation>&lt;b style=&apos;color:#1b5e20&apos;&gt;Complete.&lt;/b&gt; Press &quot;Accept &amp; forward&quot;.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b00020&apos;&gt;Belum lengkap (%1):&lt;/b&gt; %2</source>
        <translation>&lt;b style=&apos;color:#b00020&apos;&gt;Incomplete (%1):&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Terima &amp; teruskan</source>
        <translation>Accept &amp; forward</translation>
    </message>
    <message>
        <source>Kembalikan berkas</source>
        <translation>Return file</translation>
    </message>
    <message>
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Kembalikan berkas %1 kepada pemohon?</source>
        <translation>Return file %1 to the applicant?</translation>
    </message>
    <message>
        <source>Kembalikan berkas %1 kepada pemohon? Yang belum lengkap (%2):
%3</source>
        <translation>Return file %1 to the applicant? Still missing (%2):
%3</translation>
    </message>
    <message>
        <source>&amp;Catatan untuk pemohon (boleh dikosongkan):</source>
        <translation>&amp;Note for the applicant (optional):</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1.&lt;/b&gt; Berkas tidak lagi di meja helpdesk.</source>
        <translation>&lt;b&gt;%1.&lt;/b&gt; The file is no longer at the helpdesk.</translation>
    </message>
    <message>
        <source>Panggilan antrian</source>
        <translation>Queue calls</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layanan lain, belum ada standar (Pasal 9).&lt;/b&gt; Yang diminta: %1. Tidak ada daftar periksa; tekan &quot;Terima &amp; teruskan&quot; untuk meneruskannya ke verifikator.</source>
        <translation>&lt;b&gt;Other service, no standard yet (Article 9).&lt;/b&gt; Requested: %1. No checklist; press &quot;Accept &amp; forward&quot; to pass it to the verifikator.</translation>
    </message>
    <message>
        <source>Catat pengaduan keterlambatan…</source>
        <translation>Record a complaint of lateness…</translation>
    </message>
    <message>
        <source>Janji waktu berkas ini lewat: pengaduan dengan riwayat waktu layanannya sebagai lampiran.</source>
        <translation>This file&apos;s promised time has passed: a complaint with its service-time history as the annex.</translation>
    </message>
</context>
<context>
    <name>IcsImporter</name>
    <message>
        <source>bukan berkas iCalendar: diharapkan BEGIN:VCALENDAR.</source>
        <translation>not an iCalendar file: expected BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>bukan baris iCalendar yang sah (&quot;%1&quot;).</source>
        <translation>not a valid iCalendar line (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>BEGIN:VCALENDAR di dalam kalender lain.</source>
        <translation>BEGIN:VCALENDAR inside another calendar.</translation>
    </message>
    <message>
        <source>komponen bersarang terlalu dalam.</source>
        <translation>components nested too deeply.</translation>
    </message>
    <message>
        <source>VEVENT harus langsung di dalam VCALENDAR.</source>
        <translation>VEVENT must be directly inside VCALENDAR.</translation>
    </message>
    <message>
        <source>terlalu banyak acara (paling banyak %1).</source>
        <translation>too many events (at most %1).</translation>
    </message>
    <message>
        <source>END:%1 tidak cocok dengan BEGIN:%2 di baris %3.</source>
        <translation>END:%1 does not match BEGIN:%2 on line %3.</translation>
    </message>
    <message>
        <source>%1 muncul dua kali dalam satu acara.</source>
        <translation>%1 appears twice in one event.</translation>
    </message>
    <message>
        <source>tanggal &quot;%1&quot; pada %2 tidak bisa dibaca (harus TTTTBBHH atau TTTTBBHHTjjmmdd).</source>
        <translation>cannot read date &quot;%1&quot; in %2 (must be YYYYMMDD or YYYYMMDDThhmmss).</translation>
    </message>
    <message>
        <source>DURATION &quot;%1&quot; tidak bisa dibaca.</source>
        <translation>cannot read DURATION &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>acara yang dimulai di sini tidak punya DTSTART.</source>
        <translation>the event starting here has no DTSTART.</translation>
    </message>
    <message>
        <source>DTEND sebelum DTSTART.</source>
        <translation>DTEND before DTSTART.</translation>
    </message>
    <message>
        <source>acara lebih dari %1 hari; bukan hari libur.</source>
        <translation>event longer than %1 days; not a holiday.</translation>
    </message>
    <message>
        <source>Hari libur</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>berkas kosong, bukan iCalendar.</source>
        <translation>empty file, not iCalendar.</translation>
    </message>
    <message>
        <source>berkas terpotong: BEGIN:%1 di baris %2 tidak ditutup dengan END:%1.</source>
        <translation>truncated file: BEGIN:%1 on line %2 is not closed with END:%1.</translation>
    </message>
    <message>
        <source>Berkas iCalendar, baris %1: %2</source>
        <translation>iCalendar file, line %1: %2</translation>
    </message>
    <message>
        <source>Berkas iCalendar terlalu besar (%1; paling besar %2).</source>
        <translation>The iCalendar file is too large (%1; at most %2).</translation>
    </message>
</context>
<context>
    <name>Ikm</name>
    <message>
        <source>Sangat Baik</source>
        <translation>Very Good</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Kurang Baik</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Tidak Baik</source>
        <translation>Poor</translation>
    </message>
</context>
<context>
    <name>IkmDocument</name>
    <message>
        <source>Laporan Indeks Kepuasan Masyarakat</source>
        <translation>Community Satisfaction Index report</translation>
    </message>
    <message>
        <source>Survei Kepuasan Masyarakat menurut Peraturan Menteri PANRB Nomor 14 Tahun 2017</source>
        <translation>Community Satisfaction Survey under PANRB Ministerial Regulation No. 14 of 2017</translation>
    </message>
    <message>
        <source>Periode %1 s.d. %2</source>
        <translation>Period %1 to %2</translation>
    </message>
    <message>
        <source>1. IKM unit pelayanan</source>
        <translation>1. The service unit&apos;s IKM</translation>
    </message>
    <message>
        <source>%1 responden; populasi %2 kunjungan pada buku tamu; sampel minimal (Krejcie-Morgan) %3 responden%4.</source>
        <translation>%1 respondents; population %2 guest-book visits; minimum sample (Krejcie-Morgan) %3 respondents%4.</translation>
    </message>
    <message>
        <source>2. NRR per unsur dan IKM per layanan</source>
        <translation>2. NRR per element and IKM per service</translation>
    </message>
    <message>
        <source>NRR = jumlah nilai unsur / jumlah responden; NRR tertimbang = jumlah NRR × bobot %1; IKM = NRR tertimbang × 25.</source>
        <translation>NRR = element score total / respondents; weighted NRR = sum of NRR × weight %1; IKM = weighted NRR × 25.</translation>
    </message>
    <message>
        <source>3. Responden dan sampel per layanan</source>
        <translation>3. Respondents and sample per service</translation>
    </message>
    <message>
        <source>4. Profil responden</source>
        <translation>4. Respondent profile</translation>
    </message>
    <message>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Persen</source>
        <translation>Percent</translation>
    </message>
    <message>
        <source>5. Nilai IKM, mutu dan kinerja unit pelayanan</source>
        <translation>5. IKM value, service quality and unit performance</translation>
    </message>
    <message>
        <source>Laporan IKM %1</source>
        <translation>IKM report %1</translation>
    </message>
</context>
<context>
    <name>IkmReportFormat</name>
    <message>
        <source>Unit pelayanan (semua layanan)</source>
        <translation>Service unit (all services)</translation>
    </message>
    <message>
        <source>Jawaban tanpa keterangan layanan</source>
        <translation>Answers naming no service</translation>
    </message>
    <message>
        <source>Layanan %1 (tidak ada lagi dalam katalog)</source>
        <translation>Service %1 (no longer in the catalogue)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Responden</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>NRR tertimbang</source>
        <translation>Weighted NRR</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>Mutu</source>
        <translation>Quality</translation>
    </message>
    <message>
        <source>Kinerja</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Populasi</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Sampel minimal</source>
        <translation>Minimum sample</translation>
    </message>
    <message>
        <source>Sampel</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>Unsur</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Jumlah nilai</source>
        <translation>Score total</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>Bobot</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>terpenuhi</source>
        <translation>met</translation>
    </message>
    <message>
        <source>kurang %1</source>
        <translation>%1 short</translation>
    </message>
    <message>
        <source>%1 s.d. %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Belum ada jawaban survei; IKM tidak dapat dihitung.</source>
        <translation>No survey answers yet; the IKM cannot be computed.</translation>
    </message>
    <message>
        <source>IKM = jumlah NRR tertimbang × 25 = 25 × %1 / (%2 × %3) = %4: mutu pelayanan %5, kinerja unit pelayanan %6</source>
        <translation>IKM = weighted NRR sum × 25 = 25 × %1 / (%2 × %3) = %4: service quality %5, unit performance %6</translation>
    </message>
    <message>
        <source>Nilai IKM</source>
        <translation>IKM value</translation>
    </message>
    <message>
        <source>Mutu pelayanan</source>
        <translation>Service quality</translation>
    </message>
    <message>
        <source>Kinerja unit pelayanan</source>
        <translation>Unit performance</translation>
    </message>
    <message>
        <source>Indeks Kepuasan Masyarakat per layanan (PermenPAN-RB 14/2017)</source>
        <translation>Community Satisfaction Index per service (PermenPAN-RB 14/2017)</translation>
    </message>
    <message>
        <source>Unit pelayanan: %1</source>
        <translation>Service unit: %1</translation>
    </message>
    <message>
        <source>Periode: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Responden: %1</source>
        <translation>Respondents: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Lain</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>NRR per unsur dan IKM per layanan (bobot tiap unsur %1)</source>
        <translation>NRR per element and IKM per service (each element weighted %1)</translation>
    </message>
    <message>
        <source>Responden, populasi (kunjungan pada buku tamu) dan sampel minimal (Krejcie-Morgan)</source>
        <translation>Respondents, population (guest-book visits) and minimum sample (Krejcie-Morgan)</translation>
    </message>
    <message>
        <source>Unit pelayanan: NRR dan NRR tertimbang per unsur</source>
        <translation>Service unit: NRR and weighted NRR per element</translation>
    </message>
    <message>
        <source>Profil responden</source>
        <translation>Respondent profile</translation>
    </message>
    <message>
        <source>Kategori (nilai IKM dibulatkan dua desimal)</source>
        <translation>Categories (IKM rounded to two decimals)</translation>
    </message>
</context>
<context>
    <name>IkmTableModel</name>
    <message>
        <source>Unsur</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Jumlah nilai</source>
        <translation>Total score</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>NRR × 1/9</source>
        <translation>NRR × 1/9</translation>
    </message>
</context>
<context>
    <name>InputDialogs</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LaporFollowUp</name>
    <message>
        <source>terpenuhi (tepat waktu)</source>
        <translation>met (on time)</translation>
    </message>
    <message>
        <source>tidak terpenuhi (disampaikan sesudah batas waktu)</source>
        <translation>not met (sent after the deadline)</translation>
    </message>
    <message>
        <source>tidak terpenuhi (belum disampaikan, batas waktu sudah lewat)</source>
        <translation>not met (not sent, deadline passed)</translation>
    </message>
    <message>
        <source>belum disampaikan; batas waktu belum lewat</source>
        <translation>not sent yet; deadline not passed</translation>
    </message>
    <message>
        <source>Pengaduan %1 tidak masuk melalui SP4N-LAPOR! (saluran: %2); tidak ada laporan LAPOR! untuk ditindaklanjuti.</source>
        <translation>Complaint %1 did not come through SP4N-LAPOR! (channel: %2); there is no LAPOR! report to follow up.</translation>
    </message>
    <message>
        <source>TINDAK LANJUT PENGADUAN SP4N-LAPOR!</source>
        <translation>SP4N-LAPOR! COMPLAINT FOLLOW-UP</translation>
    </message>
    <message>
        <source>Nomor laporan SP4N-LAPOR!: %1</source>
        <translation>SP4N-LAPOR! report number: %1</translation>
    </message>
    <message>
        <source>Nomor pengaduan pada unit: %1</source>
        <translation>The unit&apos;s complaint number: %1</translation>
    </message>
    <message>
        <source>Unit pelayanan: %1</source>
        <translation>Service unit: %1</translation>
    </message>
    <message>
        <source>Diterima unit: %1</source>
        <translation>Received by the unit: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Batas waktu (%1 hari kerja): %2</source>
        <translation>Deadline (%1 working days): %2</translation>
    </message>
    <message>
        <source>Disampaikan: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <source>belum</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Batas %1 hari kerja: %2</source>
        <translation>%1-working-day deadline: %2</translation>
    </message>
    <message>
        <source>Tanggapan awal (Pasal 8 ayat 5)</source>
        <translation>Acknowledgement (Article 8(5))</translation>
    </message>
    <message>
        <source>Tanggapan atas pengaduan</source>
        <translation>Response to the complaint</translation>
    </message>
    <message>
        <source>Penyelesaian (%1)</source>
        <translation>Resolution (%1)</translation>
    </message>
</context>
<context>
    <name>LateFile</name>
    <message>
        <source>, istirahat %1–%2</source>
        <translation>, break %1–%2</translation>
    </message>
    <message>
        <source>Berkas %1 tidak terlambat: janji waktunya belum lewat atau sudah ditepati.</source>
        <translation>File %1 is not late: its promised time has not passed or was kept.</translation>
    </message>
    <message>
        <source>Layanan %1 (%2), berkas %3: diterima %4, dijanjikan selesai %5 (%6), %7. Terlambat %8 waktu kerja.</source>
        <translation>Service %1 (%2), file %3: accepted %4, promised by %5 (%6), %7. Late by %8 of working time.</translation>
    </message>
    <message>
        <source>selesai %1</source>
        <translation>finished %1</translation>
    </message>
    <message>
        <source>belum selesai pada %1</source>
        <translation>not finished at %1</translation>
    </message>
    <message>
        <source>Berkas %1 · nomor antrian %2 · Layanan %3 (%4)</source>
        <translation>File %1 · queue number %2 · Service %3 (%4)</translation>
    </message>
    <message>
        <source>Pemohon: %1 · %2</source>
        <translation>Applicant: %1 · %2</translation>
    </message>
    <message>
        <source>Diterima: %1 · dijanjikan selesai: %2 · janji waktu: %3</source>
        <translation>Accepted: %1 · promised by: %2 · promised time: %3</translation>
    </message>
    <message>
        <source>Selesai: %1</source>
        <translation>Finished: %1</translation>
    </message>
    <message>
        <source>Belum selesai; dibaca %1 (%2)</source>
        <translation>Not finished; read %1 (%2)</translation>
    </message>
    <message>
        <source>Waktu kerja terhitung: %1 dari %2; masa tunda (tidak dihitung): %3</source>
        <translation>Working time counted: %1 of %2; paused (not counted): %3</translation>
    </message>
    <message>
        <source>Terlambat: %1 waktu kerja</source>
        <translation>Late: %1 of working time</translation>
    </message>
    <message>
        <source>Tidak terlambat</source>
        <translation>Not late</translation>
    </message>
    <message>
        <source>Kejadian (%1):</source>
        <translation>Events (%1):</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>sistem</source>
        <translation>system</translation>
    </message>
    <message>
        <source>Penundaan (%1):</source>
        <translation>Pauses (%1):</translation>
    </message>
    <message>
        <source>%1 s.d. %2 · %3%4</source>
        <translation>%1 to %2 · %3%4</translation>
    </message>
    <message>
        <source>masih ditunda</source>
        <translation>still paused</translation>
    </message>
    <message>
        <source>Jam kerja yang berlaku:</source>
        <translation>Office hours that applied:</translation>
    </message>
    <message>
        <source>Senin</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Selasa</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Rabu</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Kamis</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Jumat</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sabtu</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Minggu</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Hari libur dalam rentang itu (%1):</source>
        <translation>Holidays in that span (%1):</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>LateFileAnnex</name>
    <message>
        <source>LAMPIRAN PENGADUAN %1</source>
        <translation>ANNEX TO COMPLAINT %1</translation>
    </message>
    <message>
        <source>Riwayat waktu layanan berkas yang diadukan, sebagai bukti</source>
        <translation>The service-time history of the file complained about, as evidence</translation>
    </message>
    <message>
        <source>Waktu kerja dihitung hanya pada jam kerja kantor, tanpa hari libur dan masa tunda (Perwali 67/2018; docs/service-time.md). Angka yang sama tercetak pada bukti selesai layanan berkas ini.</source>
        <translation>Working time counts only office hours, without holidays and pauses (Perwali 67/2018; docs/service-time.md). The same figures are printed on this file&apos;s completion proof.</translation>
    </message>
</context>
<context>
    <name>LiveFiles</name>
    <message>
        <source>Berkas %1 adalah basis data Loket yang sedang dipakai (atau berkas pendampingnya). Pilih berkas lain; basis data itu tidak disentuh.</source>
        <translation>%1 is the Loket database in use (or one of its companion files). Choose another file; the database was not touched.</translation>
    </message>
    <message>
        <source>%1 adalah folder, bukan berkas.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak ada.</source>
        <translation>File %1 does not exist.</translation>
    </message>
    <message>
        <source>Folder %1 tidak ada.</source>
        <translation>Folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak boleh ditulis (hak akses).</source>
        <translation>File %1 may not be written (permissions).</translation>
    </message>
    <message>
        <source>Berkas %1 tidak boleh dibaca (hak akses).</source>
        <translation>File %1 may not be read (permissions).</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis (disk penuh atau rusak?).</source>
        <translation>File %1 could not be written (disk full or damaged?).</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibaca.</source>
        <translation>File %1 could not be read.</translation>
    </message>
    <message>
        <source>Loket tidak lagi memegang kunci berkas basis data (ada program lain yang membuka berkas itu). Agar tidak ada catatan yang hilang, Loket berhenti menyimpan. Tutup Loket dan buka kembali; yang sudah tersimpan tetap aman.</source>
        <translation>Loket no longer holds the locks on the database file (another program opened that file). So that no record is lost, Loket has stopped saving. Close Loket and open it again; what was already saved is safe.</translation>
    </message>
    <message>
        <source>Berkas %1 terlalu besar (%2; paling besar %3).</source>
        <translation>File %1 is too large (%2; at most %3).</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Loket terkunci</source>
        <translation>Loket locked</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layar terkunci&lt;/b&gt; karena tidak ada kegiatan.&lt;br&gt;Masukkan kata sandi %1 untuk melanjutkan; isian yang belum disimpan tetap ada.</source>
        <translation>&lt;b&gt;Screen locked&lt;/b&gt; due to inactivity.&lt;br&gt;Enter the password of %1 to continue; unsaved entries are kept.</translation>
    </message>
    <message>
        <source>&amp;Buka</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Ganti petugas</source>
        <translation>&amp;Switch staff member</translation>
    </message>
    <message>
        <source>&lt;b&gt;Layar dikunci oleh %1.&lt;/b&gt;&lt;br&gt;Masukkan kata sandi %1 untuk melanjutkan; isian yang belum disimpan tetap ada.</source>
        <translation>&lt;b&gt;Screen locked by %1.&lt;/b&gt;&lt;br&gt;Enter the password of %1 to continue; unsaved entries are kept.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Nama &amp;login:</source>
        <translation>&amp;Login name:</translation>
    </message>
    <message>
        <source>&amp;Kata sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Loket — masuk</source>
        <translation>Loket — sign in</translation>
    </message>
    <message>
        <source>Masuk dengan akun petugas Anda.</source>
        <translation>Sign in with your staff account.</translation>
    </message>
    <message>
        <source>&amp;Masuk</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Loket — basis data</source>
        <translation>Loket — database</translation>
    </message>
    <message>
        <source>Pemeriksaan integritas basis data %1 menemukan kerusakan: %2</source>
        <translation>The integrity check of database %1 found damage: %2</translation>
    </message>
    <message>
        <source>Tidak ada cadangan yang dapat dipulihkan di %1. Berkas itu tidak diubah.</source>
        <translation>There is no backup to restore in %1. The file has not been changed.</translation>
    </message>
    <message>
        <source>Cadangan terakhir: %1 (%2). Pulihkan? Berkas yang rusak disimpan di samping, tidak dihapus.</source>
        <translation>Latest backup: %1 (%2). Restore it? The damaged file is kept alongside, not deleted.</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan</source>
        <translation>&amp;Restore from backup</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Loket — katalog layanan</source>
        <translation>Loket — service catalogue</translation>
    </message>
    <message>
        <source>Basis data dipulihkan dari cadangan terakhir. Loket dibuka kembali.</source>
        <translation>The database was restored from the latest backup. Loket opens again.</translation>
    </message>
    <message>
        <source>&amp;Coba lagi</source>
        <translation>Try &amp;again</translation>
    </message>
    <message>
        <source>&amp;Ubah basis data…</source>
        <translation>Change &amp;database…</translation>
    </message>
    <message>
        <source>Pengaturan disimpan. Loket ini dibuka dengan %1, jadi basis data yang baru dipakai saat Loket dibuka tanpa itu.</source>
        <translation>Setting saved. This Loket was started with %1, so the new database is used when Loket is started without it.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loket — LPSE</source>
        <translation>Loket — LPSE</translation>
    </message>
    <message>
        <source>&amp;Standar Pelayanan</source>
        <translation>Service S&amp;tandards</translation>
    </message>
    <message>
        <source>Belum masuk</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Sesi</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Ganti petugas…</source>
        <translation>&amp;Switch staff member…</translation>
    </message>
    <message>
        <source>&amp;Keluar akun</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi lama:</source>
        <translation>Old password:</translation>
    </message>
    <message>
        <source>Kata sandi baru (minimal 8 karakter):</source>
        <translation>New password (at least 8 characters):</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
    <message>
        <source>Kata sandi telah diganti.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Kunci &amp;layar</source>
        <translation>&amp;Lock screen</translation>
    </message>
    <message>
        <source>Buat &amp;cadangan sekarang</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Tutup aplikasi</source>
        <translation>E&amp;xit application</translation>
    </message>
    <message>
        <source>&amp;Muat ulang</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>&amp;Maklumat Pelayanan (A4)…</source>
        <translation>Service &amp;Pledge (Maklumat Pelayanan, A4)…</translation>
    </message>
    <message>
        <source>&amp;Standar Pelayanan (A4)</source>
        <translation>Service &amp;Standards (A4)</translation>
    </message>
    <message>
        <source>Layanan %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>Cetak &amp;uji printer karcis (80 mm)…</source>
        <translation>&amp;Test print, ticket printer (80 mm)…</translation>
    </message>
    <message>
        <source>Cetak uji printer &amp;A4…</source>
        <translation>Test print, &amp;A4 printer…</translation>
    </message>
    <message>
        <source>Bantuan (&amp;?)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Tentang Loket</source>
        <translation>&amp;About Loket</translation>
    </message>
    <message>
        <source>Tentang &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Helpdesk</source>
        <translation>Help&amp;desk</translation>
    </message>
    <message>
        <source>Antrian &amp;verifikator</source>
        <translation>Verifier &amp;queue</translation>
    </message>
    <message>
        <source>&amp;Antrian admin sistem</source>
        <translation>S&amp;ystem Admin queue</translation>
    </message>
    <message>
        <source>&amp;Pengawasan</source>
        <translation>S&amp;upervision</translation>
    </message>
    <message>
        <source>A&amp;dministrasi</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>Masuk sebagai %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Tentang Loket</source>
        <translation>About Loket</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loket %1&lt;/h3&gt;&lt;p&gt;Aplikasi loket layanan LPSE menurut Peraturan Walikota Banjarmasin Nomor 67 Tahun 2018 tentang Standar Pelayanan.&lt;/p&gt;&lt;p&gt;Lisensi MIT.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Loket %1&lt;/h3&gt;&lt;p&gt;LPSE service counter application under Banjarmasin Mayor Regulation (Perwali) No. 67 of 2018 on Service Standards.&lt;/p&gt;&lt;p&gt;MIT License.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cadangan GAGAL: %1</source>
        <translation>Backup FAILED: %1</translation>
    </message>
    <message>
        <source>Cadangan terakhir: %1</source>
        <translation>Latest backup: %1</translation>
    </message>
    <message>
        <source>Belum ada cadangan</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Pen&amp;gaduan</source>
        <translation>&amp;Complaints</translation>
    </message>
    <message>
        <source>Hasil s&amp;urvei (IKM)</source>
        <translation>Survey &amp;results (IKM)</translation>
    </message>
    <message>
        <source>&amp;Laporan kinerja</source>
        <translation>P&amp;erformance reports</translation>
    </message>
    <message>
        <source>Cadangan otomatis dihentikan: basis data rusak</source>
        <translation>Automatic backups stopped: the database is damaged</translation>
    </message>
    <message>
        <source>Loket — basis data</source>
        <translation>Loket — database</translation>
    </message>
    <message>
        <source>Cadangan otomatis dihentikan agar cadangan yang baik tidak tertimpa. Tutup Loket sekarang dan pulihkan cadangan terakhir? Berkas yang rusak disimpan di samping, tidak dihapus.</source>
        <translation>Automatic backups have stopped so that the good backups are not overwritten. Close Loket now and restore the latest backup? The damaged file is kept aside, not deleted.</translation>
    </message>
    <message>
        <source>&amp;Tutup dan pulihkan</source>
        <translation>&amp;Close and restore</translation>
    </message>
    <message>
        <source>&amp;Lanjutkan bekerja</source>
        <translation>&amp;Keep working</translation>
    </message>
    <message>
        <source>Mencadangkan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>Pencadangan terhenti sebelum selesai.</source>
        <translation>The backup stopped before it was finished.</translation>
    </message>
    <message>
        <source>Mencadangkan basis data sebelum Loket ditutup…</source>
        <translation>Backing up the database before Loket closes…</translation>
    </message>
    <message>
        <source>Loket — cadangan</source>
        <translation>Loket — backup</translation>
    </message>
    <message>
        <source>Standar Pela&amp;yanan</source>
        <translation>Service S&amp;tandards</translation>
    </message>
    <message>
        <source>Ganti kata &amp;sandi…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Ta&amp;mpilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Mode survei &amp;pengunjung…</source>
        <translation>Visitor &amp;survey mode…</translation>
    </message>
    <message>
        <source>Loket terkunci</source>
        <translation>Loket locked</translation>
    </message>
    <message>
        <source>&amp;Masuk…</source>
        <translation>&amp;Sign in…</translation>
    </message>
    <message>
        <source>Layar dikunci oleh %1.</source>
        <translation>Screen locked by %1.</translation>
    </message>
    <message>
        <source>Belum ada petugas yang masuk.</source>
        <translation>No staff member is signed in.</translation>
    </message>
    <message>
        <source>Layar dikunci oleh %1 untuk ganti petugas.</source>
        <translation>Screen locked by %1 to switch staff member.</translation>
    </message>
    <message>
        <source>S&amp;aran</source>
        <translation>Su&amp;ggestions</translation>
    </message>
    <message>
        <source>Layar dikunci karena tidak ada kegiatan.</source>
        <translation>Screen locked due to inactivity.</translation>
    </message>
    <message>
        <source>BERHENTI MENYIMPAN — tutup dan buka kembali Loket</source>
        <translation>SAVING STOPPED — close Loket and open it again</translation>
    </message>
    <message>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Basis &amp;data PC ini…</source>
        <translation>This PC&apos;s &amp;database…</translation>
    </message>
    <message>
        <source>Basis data PC ini</source>
        <translation>This PC&apos;s database</translation>
    </message>
    <message>
        <source>Pengaturan disimpan. Loket ini dibuka dengan %1, jadi basis data yang baru dipakai saat Loket dibuka tanpa itu.</source>
        <translation>Setting saved. This Loket was started with %1, so the new database is used when Loket is started without it.</translation>
    </message>
    <message>
        <source>Pengaturan disimpan. Loket perlu dibuka kembali untuk memakai basis data yang baru; sampai itu, catatan tetap disimpan di basis data yang terbuka sekarang. Buka kembali sekarang?</source>
        <translation>Setting saved. Loket must be reopened to use the new database; until then, records are still saved in the database open now. Reopen now?</translation>
    </message>
    <message>
        <source>&amp;Buka kembali sekarang</source>
        <translation>&amp;Reopen now</translation>
    </message>
    <message>
        <source>Cadangan: di server kantor</source>
        <translation>Backup: on the office server</translation>
    </message>
    <message>
        <source>Basis data ini ada di server PostgreSQL kantor; cadangannya dibuat di server oleh pengelolanya.</source>
        <translation>This database is on the office&apos;s PostgreSQL server; its administrator backs it up on the server.</translation>
    </message>
    <message>
        <source>Meja: %1</source>
        <translation>Desk: %1</translation>
    </message>
    <message>
        <source>Nama &amp;meja PC ini…</source>
        <translation>This PC&apos;s desk &amp;name…</translation>
    </message>
    <message>
        <source>Sambungkan &amp;ulang ke server</source>
        <translation>&amp;Reconnect to the server</translation>
    </message>
    <message>
        <source>Nama meja PC ini</source>
        <translation>This PC&apos;s desk name</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh mengubah nama meja PC ini.</source>
        <translation>Only an administrator may change this PC&apos;s desk name.</translation>
    </message>
    <message>
        <source>Nama meja ini, seperti yang dilihat pengawas (misalnya &quot;Meja Helpdesk 1&quot;):</source>
        <translation>This desk&apos;s name, as the supervisor sees it (for example &quot;Helpdesk desk 1&quot;):</translation>
    </message>
    <message>
        <source>Tersambung kembali ke server.</source>
        <translation>Connected to the server again.</translation>
    </message>
    <message>
        <source>Tidak terhubung ke server — mencoba lagi dalam %1 detik; catatan tidak dapat diubah, isian tetap tersimpan di layar</source>
        <translation>Not connected to the server — trying again in %1 seconds; records cannot be changed, what you typed stays on screen</translation>
    </message>
    <message>
        <source>Tidak terhubung ke server — mencoba menyambung…</source>
        <translation>Not connected to the server — trying to connect…</translation>
    </message>
    <message>
        <source>&amp;Layar antrian (TV)…</source>
        <translation>Queue &amp;display (TV)…</translation>
    </message>
    <message>
        <source>S&amp;uara panggilan…</source>
        <translation>Call &amp;voice…</translation>
    </message>
    <message>
        <source>Printer dan &amp;kertas…</source>
        <translation>P&amp;rinters and paper…</translation>
    </message>
    <message>
        <source>&amp;Panduan untuk layar ini	F1</source>
        <translation>&amp;Guide for this screen	F1</translation>
    </message>
    <message>
        <source>Panduan per pe&amp;ran</source>
        <translation>Guide by &amp;role</translation>
    </message>
    <message>
        <source>Pengaduan keterlambatan</source>
        <translation>Complaint of lateness</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>&amp;Ya</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>&amp;Tidak</source>
        <translation>&amp;No</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>Hanya administrator yang boleh mengubah identitas kantor.</source>
        <translation>Only an administrator may change the office profile.</translation>
    </message>
    <message>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Saluran pengaduan</source>
        <translation>Complaints channel</translation>
    </message>
    <message>
        <source>Nama Kepala Bagian</source>
        <translation>Head of Section name</translation>
    </message>
    <message>
        <source>Teks maklumat</source>
        <translation>Service pledge text</translation>
    </message>
    <message>
        <source>NIP Kepala Bagian harus 18 angka.</source>
        <translation>The Head of Section&apos;s NIP must be 18 digits.</translation>
    </message>
</context>
<context>
    <name>OfficeStep</name>
    <message>
        <source>Identitas kantor</source>
        <translation>Office identity</translation>
    </message>
    <message>
        <source>Dicetak di karcis, tanda terima, Maklumat dan papan standar pelayanan.</source>
        <translation>Printed on the tickets, receipts, the service pledge and the service standard boards.</translation>
    </message>
    <message>
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>&amp;Nama kantor:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>K&amp;ota:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <source>Saluran pen&amp;gaduan:</source>
        <translation>Co&amp;mplaint channel:</translation>
    </message>
    <message>
        <source>Nama Kepala &amp;Bagian:</source>
        <translation>&amp;Head of Division:</translation>
    </message>
    <message>
        <source>NIP K&amp;epala Bagian:</source>
        <translation>Head&apos;s N&amp;IP:</translation>
    </message>
    <message>
        <source>Teks Maklumat Pelayanan dan semua isian ini dapat diubah nanti di Administrasi › Identitas kantor.</source>
        <translation>The service pledge text and all these fields can be changed later in Administration › Office identity.</translation>
    </message>
</context>
<context>
    <name>PaperProfile</name>
    <message>
        <source>Gulungan termal 80 mm</source>
        <translation>80 mm thermal roll</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>Gulungan 80 mm</source>
        <translation>80 mm roll</translation>
    </message>
</context>
<context>
    <name>PauseReason</name>
    <message>
        <source>Menunggu LKPP</source>
        <translation>Waiting for LKPP</translation>
    </message>
    <message>
        <source>Gangguan internet</source>
        <translation>Internet outage</translation>
    </message>
    <message>
        <source>Menunggu pemohon</source>
        <translation>Waiting for the applicant</translation>
    </message>
    <message>
        <source>Alasan lain</source>
        <translation>Other reason</translation>
    </message>
</context>
<context>
    <name>PerformanceBoard</name>
    <message>
        <source>Triwulan %1 %2</source>
        <translation>Quarter %1 %2</translation>
    </message>
    <message>
        <source>Bulan tidak sah: &quot;%1&quot; (format: YYYY-MM, misalnya 2026-10).</source>
        <translation>Invalid month: &quot;%1&quot; (format: YYYY-MM, e.g. 2026-10).</translation>
    </message>
    <message>
        <source>Triwulan tidak sah: &quot;%1&quot; (format: YYYY-QN, misalnya 2026-Q4).</source>
        <translation>Invalid quarter: &quot;%1&quot; (format: YYYY-QN, e.g. 2026-Q4).</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Berkas selesai</source>
        <translation>Files served</translation>
    </message>
    <message>
        <source>Tepat janji (%)</source>
        <translation>Promise met (%)</translation>
    </message>
    <message>
        <source>Waktu layanan median (menit)</source>
        <translation>Median service time (minutes)</translation>
    </message>
    <message>
        <source>Pengaduan diterima</source>
        <translation>Complaints received</translation>
    </message>
    <message>
        <source>Ditanggapi ≤ 3 hari kerja (%)</source>
        <translation>Acknowledged ≤ 3 working days (%)</translation>
    </message>
    <message>
        <source>Direspons ≤ 6 hari kerja (%)</source>
        <translation>Answered ≤ 6 working days (%)</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>Mutu pelayanan</source>
        <translation>Service quality</translation>
    </message>
    <message>
        <source>Berkas dihitung pada bulan kunjungannya. Waktu layanan dalam menit jam kerja sejak berkas diterima lengkap; masa tunda tidak dihitung.</source>
        <translation>Files count in the month of their visit. Service time in working minutes from acceptance as complete; paused time is not counted.</translation>
    </message>
    <message>
        <source>Pengaduan dihitung pada layanan berkas yang diadukan; jumlah termasuk pengaduan tanpa nomor berkas. Persentase dihitung dari pengaduan yang batas waktunya sudah lewat atau sudah dijawab.</source>
        <translation>Complaints count under the service of the file complained about; the total includes complaints naming no file. Percentages are of complaints whose deadline has passed or that were answered.</translation>
    </message>
    <message>
        <source>IKM dari %1 responden survei kepuasan masyarakat (Permenpan RB 14/2017); &quot;–&quot; bila belum ada jawaban.</source>
        <translation>IKM from %1 respondents of the community satisfaction survey (PermenPAN-RB 14/2017); &quot;–&quot; where there are no answers yet.</translation>
    </message>
    <message>
        <source>Belum ada jawaban survei kepuasan masyarakat dalam periode ini.</source>
        <translation>No community satisfaction survey answers in this period yet.</translation>
    </message>
    <message>
        <source>Setiap angka dapat ditelusuri ke berkasnya: loket report --explain.</source>
        <translation>Every figure can be traced to its files: loket report --explain.</translation>
    </message>
    <message>
        <source>Layanan lain belum ada standar waktunya (Pasal 9 Perwali 67/2018): berkasnya dihitung selesai, tetapi tidak masuk persentase tepat janji.</source>
        <translation>Other services have no standard time yet (Article 9, Perwali 67/2018): their files count as served but not in the promised-time percentage.</translation>
    </message>
</context>
<context>
    <name>PersonDataDialog</name>
    <message>
        <source>Data pribadi seseorang</source>
        <translation>A person&apos;s personal data</translation>
    </message>
    <message>
        <source>NIK, 16 angka</source>
        <translation>NIK, 16 digits</translation>
    </message>
    <message>
        <source>&amp;Cari</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;NIK:</source>
        <translation>&amp;NIK:</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>nilai yang benar</source>
        <translation>the right value</translation>
    </message>
    <message>
        <source>&amp;Koreksi</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>Koreksi:</source>
        <translation>Correct:</translation>
    </message>
    <message>
        <source>Simpan &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Simpan data pribadi</source>
        <translation>Save personal data</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cari NIK dulu.</source>
        <translation>Search a NIK first.</translation>
    </message>
</context>
<context>
    <name>PersonRecord</name>
    <message>
        <source>kuasa</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>pimpinan</source>
        <translation>head</translation>
    </message>
    <message>
        <source>Hanya kasubbag atau kepala bagian yang boleh membuka seluruh data pribadi seseorang.</source>
        <translation>Only a Kasubbag or the Head of Division may open all of a person&apos;s personal data.</translation>
    </message>
    <message>
        <source>NIK harus diisi.</source>
        <translation>The NIK must be filled in.</translation>
    </message>
    <message>
        <source>Tidak ada data yang disimpan Loket untuk NIK ini (mungkin sudah dihapus karena masa simpannya habis).</source>
        <translation>Loket holds no data for this NIK (it may have been erased when its retention period ended).</translation>
    </message>
    <message>
        <source>baris perintah</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>Hanya kasubbag atau kepala bagian yang boleh mengoreksi data pribadi seseorang.</source>
        <translation>Only a Kasubbag or the Head of Division may correct a person&apos;s personal data.</translation>
    </message>
    <message>
        <source>Nilai yang benar harus diisi.</source>
        <translation>The right value must be filled in.</translation>
    </message>
    <message>
        <source>Tidak ada kunjungan dengan NIK ini.</source>
        <translation>No visit has this NIK.</translation>
    </message>
    <message>
        <source>Nilai itu sudah tercatat; tidak ada yang diubah.</source>
        <translation>That value is already recorded; nothing was changed.</translation>
    </message>
    <message>
        <source>Data pribadi yang disimpan Loket untuk NIK %1</source>
        <translation>Personal data Loket holds for NIK %1</translation>
    </message>
    <message>
        <source>Nama: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Dibuka oleh %1, %2 UTC</source>
        <translation>Opened by %1, %2 UTC</translation>
    </message>
    <message>
        <source>Kunjungan (%1):</source>
        <translation>Visits (%1):</translation>
    </message>
    <message>
        <source>Pengaduan (%1):</source>
        <translation>Complaints (%1):</translation>
    </message>
    <message>
        <source>Jawaban survei: tidak terkait dengan orang (survei kepuasan bersifat anonim).</source>
        <translation>Survey answers: not linked to persons (the satisfaction survey is anonymous).</translation>
    </message>
    <message>
        <source>Pemrosesan oleh petugas (%1):</source>
        <translation>Processing by officers (%1):</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>NIK pemohon</source>
        <translation>applicant&apos;s NIK</translation>
    </message>
    <message>
        <source>telepon pemohon</source>
        <translation>applicant&apos;s telephone</translation>
    </message>
    <message>
        <source>NPWP penyedia</source>
        <translation>vendor&apos;s NPWP</translation>
    </message>
    <message>
        <source>e-mail penyedia</source>
        <translation>vendor&apos;s e-mail</translation>
    </message>
    <message>
        <source>Akun Anda tidak boleh membuka data pribadi pemohon.</source>
        <translation>Your account may not reveal applicants&apos; personal data.</translation>
    </message>
    <message>
        <source>Berkas tidak ditemukan.</source>
        <translation>File not found.</translation>
    </message>
</context>
<context>
    <name>PgPass</name>
    <message>
        <source>Nama pengguna server belum diisi; baris sandi tidak ditulis.</source>
        <translation>The server user name is empty; no password line was written.</translation>
    </message>
    <message>
        <source>Sandi masih kosong; tidak ada yang ditulis ke berkas sandi.</source>
        <translation>The password is empty; nothing was written to the password file.</translation>
    </message>
    <message>
        <source>Sandi memuat pindah baris dan tidak dapat disimpan di berkas sandi PostgreSQL.</source>
        <translation>The password contains a line break and cannot be stored in PostgreSQL&apos;s password file.</translation>
    </message>
    <message>
        <source>Alamat server memuat pindah baris; baris sandi tidak ditulis.</source>
        <translation>The server address contains a line break; no password line was written.</translation>
    </message>
    <message>
        <source>Berkas sandi %1 menunjuk ke berkas yang tidak ada; periksa tautannya. Tidak ada yang ditulis.</source>
        <translation>Password file %1 points to a file that does not exist; check the link. Nothing was written.</translation>
    </message>
    <message>
        <source>Berkas sandi %1 tidak dapat diperiksa: %2.</source>
        <translation>Password file %1 could not be checked: %2.</translation>
    </message>
    <message>
        <source>%1 bukan berkas biasa, sehingga PostgreSQL tidak membacanya sebagai berkas sandi. Tidak ada yang ditulis.</source>
        <translation>%1 is not a regular file, so PostgreSQL does not read it as a password file. Nothing was written.</translation>
    </message>
    <message>
        <source>Berkas sandi %1 dapat dibaca atau diubah akun lain (izin %2), sehingga PostgreSQL mengabaikannya. Perbaiki dulu izinnya dengan perintah &quot;chmod 600 %1&quot;, lalu simpan lagi. Tidak ada yang ditulis.</source>
        <translation>Password file %1 can be read or changed by other accounts (permissions %2), so PostgreSQL ignores it. First fix its permissions with &quot;chmod 600 %1&quot;, then save again. Nothing was written.</translation>
    </message>
    <message>
        <source>Folder %1 untuk berkas sandi tidak ada; tidak ada yang ditulis.</source>
        <translation>Folder %1 for the password file does not exist; nothing was written.</translation>
    </message>
    <message>
        <source>Berkas sandi %1 tidak dapat dibaca: %2.</source>
        <translation>Password file %1 could not be read: %2.</translation>
    </message>
    <message>
        <source>Berkas sandi %1 tidak dapat ditulis: %2. Berkas lama tidak berubah.</source>
        <translation>Password file %1 could not be written: %2. The old file is unchanged.</translation>
    </message>
</context>
<context>
    <name>PrintDialogs</name>
    <message>
        <source>Pratinjau cetak — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>Simpan PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Simpan sebagai berkas PDF</source>
        <translation>Save as a PDF file</translation>
    </message>
    <message>
        <source>Cetak — %1</source>
        <translation>Print — %1</translation>
    </message>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat dikirim ke printer %1.</source>
        <translation>The document could not be sent to printer %1.</translation>
    </message>
    <message>
        <source>Simpan sebagai PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>UJI CETAK</source>
        <translation>TEST PRINT</translation>
    </message>
    <message>
        <source>%1: lebar kertas %2 mm, area cetak %3 mm</source>
        <translation>%1: paper width %2 mm, printable area %3 mm</translation>
    </message>
    <message>
        <source>%1 mm</source>
        <translation>%1 mm</translation>
    </message>
    <message>
        <source>Kedua tepi kotak di atas harus tercetak utuh; bila terpotong, periksa ukuran kertas dan margin printer.</source>
        <translation>Both edges of the box above must print in full; if they are cut off, check the paper size and the printer margins.</translation>
    </message>
    <message>
        <source>Huruf kecil: Tanda terima berkas</source>
        <translation>Small type: File receipt</translation>
    </message>
    <message>
        <source>Huruf biasa: Bukti selesai layanan</source>
        <translation>Regular type: Service completion slip</translation>
    </message>
    <message>
        <source>Huruf tebal: 0123456789 — NIK ************0001</source>
        <translation>Bold type: 0123456789 — NIK ************0001</translation>
    </message>
    <message>
        <source>Dicetak %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Uji cetak %1</source>
        <translation>Test print %1</translation>
    </message>
</context>
<context>
    <name>PrintFormat</name>
    <message>
        <source>%1 pukul %2 %3</source>
        <translation>%1 at %2 %3</translation>
    </message>
</context>
<context>
    <name>PrinterChoices</name>
    <message>
        <source>Maklumat dan Standar Pelayanan (A4)</source>
        <translation>Service pledge and standards (A4)</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Printer dan kertas</source>
        <translation>Printers and paper</translation>
    </message>
    <message>
        <source>Printer dan kertas PC ini untuk setiap jenis cetakan. Cetakan dengan printer terpilih langsung dikirim tanpa bertanya; &quot;Tanya setiap kali&quot; membuka pratinjau cetak dan mengingat printer yang dipakai di sana.</source>
        <translation>This PC&apos;s printer and paper for each kind of print. A print with a chosen printer is sent straight away without asking; &quot;Ask each time&quot; opens the print preview and remembers the printer used there.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cetakan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Print&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Printer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Printer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kertas&lt;/b&gt;</source>
        <translation>&lt;b&gt;Paper&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Tanya setiap kali (pratinjau)</source>
        <translation>Ask each time (preview)</translation>
    </message>
    <message>
        <source>%1 (bawaan)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>%1 (tidak ada di PC ini)</source>
        <translation>%1 (not on this PC)</translation>
    </message>
    <message>
        <source>Uji cetak</source>
        <translation>Test print</translation>
    </message>
    <message>
        <source>Mencetak halaman uji ke printer terpilih</source>
        <translation>Prints a test page on the chosen printer</translation>
    </message>
    <message>
        <source>Belum ada printer di PC ini. Tambahkan printer di pengaturan printer sistem (CUPS), lalu buka lagi jendela ini.</source>
        <translation>There is no printer on this PC yet. Add one in the system&apos;s printer settings (CUPS), then open this window again.</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Halaman uji %1 dikirim ke %2.</source>
        <translation>Test page %1 sent to %2.</translation>
    </message>
</context>
<context>
    <name>PrinterStep</name>
    <message>
        <source>Printer karcis dan tanda terima</source>
        <translation>Ticket and receipt printer</translation>
    </message>
    <message>
        <source>Printer dan kertas untuk karcis antrian, tanda terima berkas, bukti pengembalian, bukti selesai dan tanda terima pengaduan. Maklumat, papan standar dan laporan selalu A4.</source>
        <translation>The printer and paper for queue tickets, document receipts, return slips, completion proofs and complaint receipts. The service pledge, standard boards and reports are always A4.</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Printer:</translation>
    </message>
    <message>
        <source>&amp;Rol 80 mm (printer thermal kasir)</source>
        <translation>&amp;Roll 80 mm (thermal receipt printer)</translation>
    </message>
    <message>
        <source>Kertas &amp;A4 (printer kantor biasa)</source>
        <translation>&amp;A4 paper (ordinary office printer)</translation>
    </message>
    <message>
        <source>&amp;Cetak uji</source>
        <translation>&amp;Test print</translation>
    </message>
    <message>
        <source>Kedua tepi kotak penggaris pada halaman uji harus tercetak utuh. Printer dan kertas tiap jenis cetakan dapat diubah nanti di Cetak › Printer dan kertas.</source>
        <translation>Both edges of the ruler box on the test page must print whole. The printer and paper of each kind of print can be changed later in Print › Printers and paper.</translation>
    </message>
    <message>
        <source>Tanya setiap kali (pratinjau cetak)</source>
        <translation>Ask each time (print preview)</translation>
    </message>
    <message>
        <source>%1 (bawaan)</source>
        <translation>%1 (default)</translation>
    </message>
    <message>
        <source>Halaman uji dikirim ke %1. Kedua tepi kotak penggaris harus tercetak utuh; bila terpotong, periksa ukuran kertas dan margin printer.</source>
        <translation>Test page sent to %1. Both edges of the ruler box must print whole; if they are cut off, check the paper size and the printer&apos;s margins.</translation>
    </message>
</context>
<context>
    <name>Printers</name>
    <message>
        <source>Printer &quot;%1&quot; tidak ada di PC ini. Printer yang ada: %2.</source>
        <translation>Printer &quot;%1&quot; is not on this PC. Printers available: %2.</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; tidak dapat dipakai.</source>
        <translation>Printer &quot;%1&quot; cannot be used.</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat dikirim ke printer %1.</source>
        <translation>The document could not be sent to printer %1.</translation>
    </message>
</context>
<context>
    <name>Priorities</name>
    <message>
        <source>Lansia</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Disabilitas</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Ibu hamil</source>
        <translation>Pregnant</translation>
    </message>
</context>
<context>
    <name>PrivacyDocuments</name>
    <message>
        <source>DATA PRIBADI YANG DISIMPAN</source>
        <translation>PERSONAL DATA HELD</translation>
    </message>
    <message>
        <source>NIK: %1</source>
        <translation>NIK: %1</translation>
    </message>
    <message>
        <source>Nama: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Dicetak oleh %1, %2</source>
        <translation>Printed by %1, %2</translation>
    </message>
    <message>
        <source>Kunjungan dan berkas (%1)</source>
        <translation>Visits and files (%1)</translation>
    </message>
    <message>
        <source>Waktu, antrian</source>
        <translation>Time, queue</translation>
    </message>
    <message>
        <source>Berkas, layanan, status</source>
        <translation>File, service, status</translation>
    </message>
    <message>
        <source>Nama, sebagai, penyedia</source>
        <translation>Name, as, vendor</translation>
    </message>
    <message>
        <source>Telepon, e-mail</source>
        <translation>Phone, e-mail</translation>
    </message>
    <message>
        <source>layanan %1, %2</source>
        <translation>service %1, %2</translation>
    </message>
    <message>
        <source>Pengaduan (%1)</source>
        <translation>Complaints (%1)</translation>
    </message>
    <message>
        <source>Tidak ada pengaduan yang terkait dengan kunjungan ini.</source>
        <translation>No complaint is linked to these visits.</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Jawaban survei</source>
        <translation>Survey answers</translation>
    </message>
    <message>
        <source>Survei kepuasan masyarakat bersifat anonim: tidak ada jawaban yang terkait dengan orang.</source>
        <translation>The community satisfaction survey is anonymous: no answer is linked to a person.</translation>
    </message>
    <message>
        <source>Pemrosesan oleh petugas (%1)</source>
        <translation>Processing by officers (%1)</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Data pribadi</source>
        <translation>Personal data</translation>
    </message>
</context>
<context>
    <name>PrivacyNotice</name>
    <message>
        <source>Pemberitahuan pelindungan data pribadi</source>
        <translation>Personal data protection notice</translation>
    </message>
    <message>
        <source>Nama, NIK, nomor telepon dan e-mail Anda dicatat untuk buku tamu dan antrian, untuk memeriksa kewenangan Anda mewakili penyedia, dan untuk menghubungi Anda tentang berkas Anda.</source>
        <translation>Your name, NIK, phone number and e-mail are recorded for the guest book and the queue, to check that you may act for the vendor, and to contact you about your file.</translation>
    </message>
    <message>
        <source>Data itu disimpan %1 tahun sesudah kunjungan terakhir Anda, lalu NIK, telepon dan e-mail dihapus; catatan kunjungan tanpa data itu tetap disimpan untuk laporan pelayanan.</source>
        <translation>This data is kept %1 years after your last visit; then the NIK, phone and e-mail are erased; the visit records without them are kept for the service reports.</translation>
    </message>
    <message>
        <source>Identitas disamarkan di layar dan cetakan; petugas yang membukanya tercatat.</source>
        <translation>Identifiers are masked on screen and in print; officers who reveal them are recorded.</translation>
    </message>
    <message>
        <source>Anda berhak melihat dan meminta koreksi data Anda. Tanyakan kepada %1.</source>
        <translation>You have the right to see your data and ask for it to be corrected. Ask %1.</translation>
    </message>
    <message>
        <source>Pengaduan: %1</source>
        <translation>Complaints: %1</translation>
    </message>
    <message>
        <source>Dasar: Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.</source>
        <translation>Legal basis: Law No. 27 of 2022 on Personal Data Protection.</translation>
    </message>
    <message>
        <source>Data pribadi Anda (NIK, telepon, e-mail) dicatat untuk layanan ini dan disimpan %1 tahun sesudah kunjungan terakhir. Melihat atau mengoreksinya: %2 (UU 27/2022).</source>
        <translation>Your personal data (NIK, phone, e-mail) is recorded for this service and kept %1 years after your last visit. To see or correct it: %2 (Law 27/2022).</translation>
    </message>
</context>
<context>
    <name>PublicDocuments</name>
    <message>
        <source>Kepala Bagian</source>
        <translation>Head of Section</translation>
    </message>
    <message>
        <source>MAKLUMAT PELAYANAN</source>
        <translation>SERVICE PLEDGE (MAKLUMAT PELAYANAN)</translation>
    </message>
    <message>
        <source>NIP. %1</source>
        <translation>NIP. %1</translation>
    </message>
    <message>
        <source>Maklumat Pelayanan</source>
        <translation>Service Pledge (Maklumat Pelayanan)</translation>
    </message>
    <message>
        <source>STANDAR PELAYANAN</source>
        <translation>SERVICE STANDARDS</translation>
    </message>
    <message>
        <source>Layanan %1: %2</source>
        <translation>Service %1: %2</translation>
    </message>
    <message>
        <source>I. Komponen standar pelayanan yang terkait dengan proses penyampaian pelayanan</source>
        <translation>I. Service standard components related to the service delivery process</translation>
    </message>
    <message>
        <source>II. Komponen standar pelayanan yang terkait dengan proses pengelolaan pelayanan di internal organisasi</source>
        <translation>II. Service standard components related to service management within the organisation</translation>
    </message>
    <message>
        <source>Standar Pelayanan %1</source>
        <translation>Service Standards: %1</translation>
    </message>
    <message>
        <source>Ditangani oleh %1. Jangka waktu %2. %3.</source>
        <translation>Handled by %1. Service time %2. %3.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>QtSpeaker</name>
    <message>
        <source>Mesin suara dimatikan untuk proses ini (LOKET_SPEECH_ENGINE=none).</source>
        <translation>The speech engine is turned off for this process (LOKET_SPEECH_ENGINE=none).</translation>
    </message>
    <message>
        <source>Tidak ada suara berbahasa Indonesia pada mesin suara (paket espeak-ng dan speech-dispatcher-espeak-ng).</source>
        <translation>The speech engine has no Indonesian voice (packages espeak-ng and speech-dispatcher-espeak-ng).</translation>
    </message>
    <message>
        <source>Suara &quot;%1&quot; tidak ada pada mesin suara; dipakai &quot;%2&quot;.</source>
        <translation>The speech engine has no voice &quot;%1&quot;; using &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>&amp;Buka berkas nomor:</source>
        <translation>&amp;Open file number:</translation>
    </message>
    <message>
        <source>ketik atau pindai kode pada tanda terima (Ctrl+F)</source>
        <translation>type or scan the code on the receipt (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Tunda… (F7)</source>
        <translation>Put o&amp;n hold… (F7)</translation>
    </message>
    <message>
        <source>Lan&amp;jutkan (F8)</source>
        <translation>Resu&amp;me (F8)</translation>
    </message>
    <message>
        <source>&amp;Kembalikan ke helpdesk…</source>
        <translation>Return to helpdes&amp;k…</translation>
    </message>
    <message>
        <source>Lepas ke a&amp;ntrian</source>
        <translation>Re&amp;lease to queue</translation>
    </message>
    <message>
        <source>Buka &amp;data pribadi…</source>
        <translation>Reveal personal &amp;data…</translation>
    </message>
    <message>
        <source>%1 berkas terbuka · %2 hampir lewat · %3 terlambat · %4 ditunda</source>
        <translation>%1 open files · %2 almost due · %3 overdue · %4 on hold</translation>
    </message>
    <message>
        <source>Buka berkas</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Pilih berkas di antrian, atau ketik/pindai nomornya.</source>
        <translation>Select a file in the queue, or type/scan its number.</translation>
    </message>
    <message>
        <source>Ambil berkas</source>
        <translation>Take file</translation>
    </message>
    <message>
        <source>Selesaikan berkas</source>
        <translation>Complete file</translation>
    </message>
    <message>
        <source>Hasil layanan (misalnya &quot;User ID aktif&quot;):</source>
        <translation>Service outcome (e.g. &quot;User ID activated&quot;):</translation>
    </message>
    <message>
        <source>Kembalikan ke helpdesk</source>
        <translation>Return to helpdesk</translation>
    </message>
    <message>
        <source>Alasan dokumen tidak dapat diproses:</source>
        <translation>Why the documents cannot be processed:</translation>
    </message>
    <message>
        <source>Tunda berkas</source>
        <translation>Put file on hold</translation>
    </message>
    <message>
        <source>Alasan penundaan (waktu layanan berhenti):</source>
        <translation>Reason for the hold (the service clock stops):</translation>
    </message>
    <message>
        <source>Tuliskan alasannya:</source>
        <translation>Write the reason:</translation>
    </message>
    <message>
        <source>Lanjutkan berkas</source>
        <translation>Resume file</translation>
    </message>
    <message>
        <source>Lepas berkas</source>
        <translation>Release file</translation>
    </message>
    <message>
        <source>Amb&amp;il (F5)</source>
        <translation>Take (&amp;F5)</translation>
    </message>
    <message>
        <source>S&amp;elesai… (F6)</source>
        <translation>Complete… (F&amp;6)</translation>
    </message>
    <message>
        <source>Lepaskan berkas %1 kembali ke antrian? Petugas lain dapat mengambilnya; waktu layanan tetap berjalan.</source>
        <translation>Release file %1 back to the queue? Another officer can take it; the service clock keeps running.</translation>
    </message>
    <message>
        <source>&amp;Alasan melepas berkas (dicatat dalam riwayat):</source>
        <translation>&amp;Reason for releasing (recorded in the history):</translation>
    </message>
    <message>
        <source>&amp;Lepas ke antrian</source>
        <translation>&amp;Release to queue</translation>
    </message>
    <message>
        <source>Antrian belum dapat dibaca ulang: %1</source>
        <translation>The queue could not be read again: %1</translation>
    </message>
    <message>
        <source>Berkas baru masuk antrian: %1</source>
        <translation>New file in the queue: %1</translation>
    </message>
    <message>
        <source>Panggil pemohon ke meja ini</source>
        <translation>Call the applicant to this desk</translation>
    </message>
    <message>
        <source>Nomor antrian berkas ini tampil di layar antrian dan dipanggil dengan suara, ke meja ini.</source>
        <translation>This file&apos;s queue number is shown on the queue display and called aloud, to this desk.</translation>
    </message>
    <message>
        <source>Panggil pemohon</source>
        <translation>Call the applicant</translation>
    </message>
    <message>
        <source>Catat pengaduan keterlambatan…</source>
        <translation>Record a complaint of lateness…</translation>
    </message>
    <message>
        <source>Janji waktu berkas ini lewat: pengaduan dengan riwayat waktu layanannya sebagai lampiran.</source>
        <translation>This file&apos;s promised time has passed: a complaint with its service-time history as the annex.</translation>
    </message>
</context>
<context>
    <name>QueueWork</name>
    <message>
        <source>Alasan melepas berkas</source>
        <translation>Reason for releasing the file</translation>
    </message>
    <message>
        <source>Hasil layanan: %1</source>
        <translation>Service outcome: %1</translation>
    </message>
    <message>
        <source>Alasan pengembalian ke helpdesk</source>
        <translation>Reason for returning to the helpdesk</translation>
    </message>
    <message>
        <source>Alasan penundaan: %1</source>
        <translation>Reason for the hold: %1</translation>
    </message>
    <message>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <source>Akun Anda tidak mencetak tanda terima.</source>
        <translation>Your account does not print receipts.</translation>
    </message>
</context>
<context>
    <name>ReceiptKind</name>
    <message>
        <source>Nomor antrian</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <source>Tanda terima berkas</source>
        <translation>File receipt</translation>
    </message>
    <message>
        <source>Bukti pengembalian berkas</source>
        <translation>File return slip</translation>
    </message>
    <message>
        <source>Bukti selesai layanan</source>
        <translation>Service completion slip</translation>
    </message>
    <message>
        <source>Tanda terima pengaduan</source>
        <translation>Complaint receipt</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <source>Cetak</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Jenis tanda terima tidak dikenal: %1</source>
        <translation>Unknown receipt type: %1</translation>
    </message>
    <message>
        <source>Tanda terima tercetak, tetapi pencetakannya tidak tercatat: %1</source>
        <translation>The receipt was printed, but the printing was not recorded: %1</translation>
    </message>
    <message>
        <source>Layanan nomor %1 tidak ada dalam katalog.</source>
        <translation>Service number %1 is not in the catalogue.</translation>
    </message>
    <message>
        <source>Ukuran kertas tidak dikenal: %1</source>
        <translation>Unknown paper size: %1</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot; yang dipilih untuk %2 tidak ada di PC ini. Pilih printer di pratinjau cetak; pilihan itu diingat untuk berikutnya.</source>
        <translation>The printer &quot;%1&quot; chosen for %2 is not on this PC. Choose a printer in the print preview; that choice is remembered for next time.</translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <source>(cetak ulang)</source>
        <translation>(reprint)</translation>
    </message>
    <message>
        <source>Dicetak %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>kuasa</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>pimpinan perusahaan</source>
        <translation>company head</translation>
    </message>
    <message>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Penyedia</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Pengaduan, saran dan masukan dapat disampaikan paling lambat %1 hari setelah layanan diterima, yaitu sampai dengan %2.</source>
        <translation>Complaints, suggestions and feedback may be submitted no later than %1 days after the service is received, i.e. until %2.</translation>
    </message>
    <message>
        <source>asli diperlihatkan</source>
        <translation>original shown</translation>
    </message>
    <message>
        <source>asli tidak diperlihatkan</source>
        <translation>original not shown</translation>
    </message>
    <message>
        <source>berlaku s.d. %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>diterima</source>
        <translation>received</translation>
    </message>
    <message>
        <source>Nomor antrian</source>
        <translation>Queue number</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Antrian di depan</source>
        <translation>Ahead of you</translation>
    </message>
    <message>
        <source>tidak ada; Anda berikutnya</source>
        <translation>nobody; you are next</translation>
    </message>
    <message numerus="yes">
        <source>%n orang menunggu di depan Anda</source>
        <translation>
            <numerusform>%n person waiting ahead of you</numerusform>
            <numerusform>%n people waiting ahead of you</numerusform>
        </translation>
    </message>
    <message>
        <source>Nomor berkas</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Layanan ini gratis.</source>
        <translation>This service is free of charge.</translation>
    </message>
    <message>
        <source>Tanda terima berkas</source>
        <translation>File receipt</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Berkas yang diterima</source>
        <translation>Documents received</translation>
    </message>
    <message>
        <source>Diterima dengan diskresi Kepala Bagian (Pasal 6).</source>
        <translation>Accepted at the Head of Section&apos;s discretion (Article 6).</translation>
    </message>
    <message>
        <source>Belum lengkap: %1.</source>
        <translation>Incomplete: %1.</translation>
    </message>
    <message>
        <source>Janji waktu penyelesaian</source>
        <translation>Promised completion time</translation>
    </message>
    <message>
        <source>Jangka waktu %1: %2.</source>
        <translation>Time frame %1: %2.</translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Bukti pengembalian berkas</source>
        <translation>File return slip</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Berkas belum lengkap dan dikembalikan. Lengkapi hal-hal berikut, lalu datang kembali dengan membawa bukti ini:</source>
        <translation>The file is incomplete and has been returned. Complete the following, then come back with this slip:</translation>
    </message>
    <message>
        <source>Kekurangan: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Yang perlu dibawa: %1</source>
        <translation>To bring: %1</translation>
    </message>
    <message>
        <source>Catatan helpdesk: %1</source>
        <translation>Helpdesk note: %1</translation>
    </message>
    <message>
        <source>Pada kunjungan berikutnya tunjukkan kode ini agar berkas baru ditautkan ke berkas ini.</source>
        <translation>On your next visit, show this code so that the new file is linked to this one.</translation>
    </message>
    <message>
        <source>Bukti selesai layanan</source>
        <translation>Service completion slip</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Berkas diterima</source>
        <translation>File accepted</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Janji selesai</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>waktu kerja terpakai %1 dari %2</source>
        <translation>working time used: %1 of %2</translation>
    </message>
    <message>
        <source>Selesai tepat waktu, dalam jangka waktu yang dijanjikan (%1).</source>
        <translation>Completed on time, within the promised time frame (%1).</translation>
    </message>
    <message>
        <source>Selesai melewati jangka waktu yang dijanjikan (%1).</source>
        <translation>Completed after the promised time frame (%1).</translation>
    </message>
    <message>
        <source>Masa tunda (tidak dihitung)</source>
        <translation>Time on hold (not counted)</translation>
    </message>
    <message>
        <source>Tidak ada masa tunda.</source>
        <translation>No time on hold.</translation>
    </message>
    <message>
        <source>belum berakhir</source>
        <translation>not yet ended</translation>
    </message>
    <message>
        <source>Jumlah waktu kerja yang ditunda: %1.</source>
        <translation>Total working time on hold: %1.</translation>
    </message>
    <message>
        <source>Dikerjakan oleh</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Tanda terima pengaduan</source>
        <translation>Complaint receipt</translation>
    </message>
    <message>
        <source>Nomor pengaduan</source>
        <translation>Complaint number</translation>
    </message>
    <message>
        <source>Pengadu</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Pokok pengaduan</source>
        <translation>Subject of the complaint</translation>
    </message>
    <message>
        <source>Batas waktu</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Tanggapan awal</source>
        <translation>Initial response</translation>
    </message>
    <message>
        <source>3 hari kerja: pemberitahuan lengkap atau tidaknya pengaduan (Pasal 8 ayat 5)</source>
        <translation>3 working days: notice of whether the complaint is complete (Article 8(5))</translation>
    </message>
    <message>
        <source>6 hari kerja sejak pengaduan diterima</source>
        <translation>6 working days from receipt of the complaint</translation>
    </message>
    <message>
        <source>Saluran pengaduan</source>
        <translation>Complaints channel</translation>
    </message>
    <message>
        <source>Pengaduan, saran dan masukan dapat disampaikan paling lambat %1 hari setelah layanan diterima.</source>
        <translation>Complaints, suggestions and feedback may be submitted no later than %1 days after the service is received.</translation>
    </message>
    <message>
        <source>Berkas sedang ditunda sejak %1: %2.</source>
        <translation>The file has been on hold since %1: %2.</translation>
    </message>
    <message>
        <source>Sisa waktu kerja %1. Waktu yang ditunda tidak dihitung; janji waktu berjalan lagi saat berkas dilanjutkan, dan tanggalnya dicetak pada bukti berikutnya.</source>
        <translation>Working time left: %1. Time on hold does not count; the promised time runs again when the file is resumed, and its date is printed on the next receipt.</translation>
    </message>
    <message>
        <source>salinan diterima</source>
        <translation>copy received</translation>
    </message>
    <message>
        <source>salinan tidak diterima</source>
        <translation>copy not received</translation>
    </message>
    <message>
        <source>Silakan menunggu panggilan helpdesk dan siapkan berkas persyaratan, asli dan salinan.</source>
        <translation>Please wait to be called by the helpdesk and have your required documents ready, originals and copies.</translation>
    </message>
    <message>
        <source>Respons</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Prioritas: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <source>Perkiraan waktu tunggu</source>
        <translation>Expected wait</translation>
    </message>
    <message numerus="yes">
        <source>±%n menit (biasanya pada jam ini)</source>
        <translation>
            <numerusform>±%n minute (usual at this hour)</numerusform>
            <numerusform>±%n minutes (usual at this hour)</numerusform>
        </translation>
    </message>
    <message>
        <source>Yang diminta</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Silakan menunggu panggilan helpdesk dan siapkan dokumen yang berkaitan dengan permintaan Anda.</source>
        <translation>Please wait for the helpdesk to call you and have the documents related to your request ready.</translation>
    </message>
    <message>
        <source>Layanan ini tetap diberikan; standar pelayanannya ditetapkan kemudian dengan Peraturan Walikota. Tidak ada daftar persyaratan dan tidak ada janji waktu; %1.</source>
        <translation>This service is still given; its service standard will be set later by a Mayor Regulation. There is no list of requirements and no promised time; %1.</translation>
    </message>
    <message>
        <source>Selesai; waktu kerja terpakai %1. Belum ada standar waktu layanan (Pasal 9), jadi tidak ada janji waktu yang diukur.</source>
        <translation>Done; working time used %1. There is no service time standard yet (Article 9), so no promised time is measured.</translation>
    </message>
</context>
<context>
    <name>ReceiptSource</name>
    <message>
        <source>Tanda terima pengaduan dicetak dari pengaduannya, bukan dari berkas.</source>
        <translation>A complaint receipt is printed from the complaint, not from a file.</translation>
    </message>
    <message>
        <source>Berkas %1 belum diterima lengkap; tanda terima berkas dicetak setelah berkas diterima.</source>
        <translation>File %1 has not been accepted as complete; the file receipt is printed once the file is accepted.</translation>
    </message>
    <message>
        <source>Berkas %1 sudah lengkap; tidak ada yang perlu dikembalikan.</source>
        <translation>File %1 is already complete; there is nothing to return.</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dikembalikan kepada pemohon (status: %2).</source>
        <translation>File %1 was not returned to the applicant (status: %2).</translation>
    </message>
    <message>
        <source>Berkas %1 belum selesai (status: %2); bukti selesai layanan dicetak setelah layanan selesai.</source>
        <translation>File %1 is not completed yet (status: %2); the service completion slip is printed once the service is completed.</translation>
    </message>
    <message>
        <source>Belum lengkap (Pasal 8 ayat 4): %1.</source>
        <translation>Incomplete (Article 8(4)): %1.</translation>
    </message>
    <message>
        <source>Diajukan lewat %1 hari sejak layanan diterima.</source>
        <translation>Filed more than %1 days after the service.</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Tanggal periode laporan tidak sah.</source>
        <translation>The report period&apos;s dates are invalid.</translation>
    </message>
    <message>
        <source>Akhir periode (%1) sebelum awalnya (%2).</source>
        <translation>The end of the period (%1) is before its start (%2).</translation>
    </message>
    <message>
        <source>Periode laporan paling panjang %1 hari.</source>
        <translation>A report period is at most %1 days long.</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Layanan %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>Petugas #%1</source>
        <translation>Officer #%1</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Kunjungan dan berkas selesai per hari</source>
        <translation>Visits and finished files per day</translation>
    </message>
    <message>
        <source>Kunjungan</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tepat janji (%)</source>
        <translation>Promise met (%)</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Tepat janji per layanan (%)</source>
        <translation>Promise met per service (%)</translation>
    </message>
    <message>
        <source>Tepat janji per petugas (%)</source>
        <translation>Promise met per officer (%)</translation>
    </message>
    <message>
        <source>&lt;2j</source>
        <translation>&lt;2h</translation>
    </message>
    <message>
        <source>&lt;1h</source>
        <translation>&lt;1d</translation>
    </message>
    <message>
        <source>&lt;5h</source>
        <translation>&lt;5d</translation>
    </message>
    <message>
        <source>Sebaran waktu layanan</source>
        <translation>Service times</translation>
    </message>
    <message>
        <source>menit; j = jam, h = hari kerja</source>
        <translation>minutes; h = hours, d = working days</translation>
    </message>
    <message>
        <source>5h</source>
        <translation>5d</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Evaluasi Kinerja Pelayanan</source>
        <translation>Service Performance Evaluation</translation>
    </message>
    <message>
        <source>Periode %1, per %2</source>
        <translation>Period %1, by %2</translation>
    </message>
    <message>
        <source>Waktu dalam menit jam kerja; masa tunda tidak dihitung. Berkas dihitung pada periode kunjungannya.</source>
        <translation>Times in working minutes; paused time is not counted. A file counts in the period of its visit.</translation>
    </message>
    <message>
        <source>Jumlah berkas dan janji waktu</source>
        <translation>Files and promised time</translation>
    </message>
    <message>
        <source>Pengaduan, saran dan survei</source>
        <translation>Complaints, suggestions and survey</translation>
    </message>
    <message>
        <source>Evaluasi Kinerja Pelayanan %1</source>
        <translation>Service Performance Evaluation %1</translation>
    </message>
    <message>
        <source>Kepala Bagian</source>
        <translation>Head of Section</translation>
    </message>
    <message>
        <source>NIP. %1</source>
        <translation>NIP. %1</translation>
    </message>
    <message>
        <source>Waktu layanan dan waktu tunggu</source>
        <translation>Service and waiting times</translation>
    </message>
    <message>
        <source>Tunda menurut alasan</source>
        <translation>Paused by reason</translation>
    </message>
    <message>
        <source>Panggilan per meja</source>
        <translation>Calls per desk</translation>
    </message>
</context>
<context>
    <name>ReportExplain</name>
    <message>
        <source>belum berakhir</source>
        <translation>not ended</translation>
    </message>
    <message>
        <source>belum diterima</source>
        <translation>not accepted yet</translation>
    </message>
    <message>
        <source>tepat janji</source>
        <translation>met</translation>
    </message>
    <message>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <source>batas %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>, dilakukan %1</source>
        <translation>, done %1</translation>
    </message>
    <message>
        <source>Basis data ini tidak mencatat pengaduan.</source>
        <translation>This database records no complaints.</translation>
    </message>
    <message>
        <source>Pengaduan dihitung per layanan atau untuk jumlahnya, bukan per petugas.</source>
        <translation>Complaints are counted per service or in total, not per officer.</translation>
    </message>
    <message>
        <source>tepat waktu %1 dari %2 pengaduan yang batasnya sudah lewat atau sudah ditanggapi</source>
        <translation>in time: %1 of %2 complaints whose deadline has passed or that were acknowledged</translation>
    </message>
    <message>
        <source>tepat waktu %1 dari %2 pengaduan yang batasnya sudah lewat atau sudah direspons</source>
        <translation>in time: %1 of %2 complaints whose deadline has passed or that were answered</translation>
    </message>
    <message>
        <source>Angka &quot;%1&quot; tidak dikenal. Yang dapat ditelusuri: %2, masing-masing NAMA:BARIS (nomor layanan, nomor petugas, atau total).</source>
        <translation>Unknown figure &quot;%1&quot;. Traceable: %2, each as NAME:ROW (service number, officer number, or total).</translation>
    </message>
    <message>
        <source>Baris &quot;%1&quot; tidak ada dalam laporan %2 ini; sebutkan nomor %3 atau total.</source>
        <translation>Row &quot;%1&quot; is not in this report by %2; give a %3 number or total.</translation>
    </message>
    <message>
        <source>layanan</source>
        <translation>service</translation>
    </message>
    <message>
        <source>petugas</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>median dari %1 berkas selesai menurut waktu kerja terhitung; yang di tengah ditandai</source>
        <translation>median of %1 files done by working time counted; the middle one is marked</translation>
    </message>
    <message>
        <source>Nomor berkas</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Datang</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Janji selesai</source>
        <translation>Promised by</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Masa tunda</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Waktu kerja terhitung</source>
        <translation>Working time counted</translation>
    </message>
    <message>
        <source>Dihitung laporan (menit)</source>
        <translation>Counted by the report (minutes)</translation>
    </message>
    <message>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>%1 dari %2 (tunda %3)</source>
        <translation>%1 of %2 (paused %3)</translation>
    </message>
    <message>
        <source> · median</source>
        <translation> · median</translation>
    </message>
    <message>
        <source>Nomor pengaduan</source>
        <translation>Complaint number</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Tanggapan awal (3 hari kerja)</source>
        <translation>Acknowledgement (3 working days)</translation>
    </message>
    <message>
        <source>Respons (6 hari kerja)</source>
        <translation>Response (6 working days)</translation>
    </message>
    <message>
        <source>ditolak: di luar 30 hari</source>
        <translation>refused: beyond 30 days</translation>
    </message>
    <message>
        <source>tanpa berkas</source>
        <translation>no file</translation>
    </message>
    <message>
        <source>%1 pengaduan</source>
        <translation>%1 complaints</translation>
    </message>
    <message>
        <source>%1 berkas</source>
        <translation>%1 files</translation>
    </message>
    <message>
        <source>selesai, tanpa standar waktu</source>
        <translation>done, no standard time</translation>
    </message>
    <message>
        <source>tepat janji %1, terlambat %2, dari %3 berkas selesai yang berjanji waktu</source>
        <translation>on time %1, late %2, of %3 done files with a promised time</translation>
    </message>
    <message>
        <source>%1 berkas Layanan lain tanpa standar waktu tidak dihitung</source>
        <translation>%1 Other service files without a standard time not counted</translation>
    </message>
    <message>
        <source>%1 tanpa standar waktu (tunda %2)</source>
        <translation>%1 without a standard time (paused %2)</translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Kunjungan</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Berkas baru</source>
        <translation>New files</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Masih berjalan</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Tepat janji (%)</source>
        <translation>Promise met (%)</translation>
    </message>
    <message>
        <source>Waktu layanan median (menit)</source>
        <translation>Service time median (minutes)</translation>
    </message>
    <message>
        <source>Waktu layanan P90 (menit)</source>
        <translation>Service time P90 (minutes)</translation>
    </message>
    <message>
        <source>Waktu layanan terlama (menit)</source>
        <translation>Longest service time (minutes)</translation>
    </message>
    <message>
        <source>Tunggu di helpdesk, median (menit)</source>
        <translation>Wait at the helpdesk, median (minutes)</translation>
    </message>
    <message>
        <source>Tunggu diambil petugas, median (menit)</source>
        <translation>Wait for a handler, median (minutes)</translation>
    </message>
    <message>
        <source>Waktu tunda (menit)</source>
        <translation>Paused time (minutes)</translation>
    </message>
    <message>
        <source>Persyaratan paling sering kurang</source>
        <translation>Requirements most often missing</translation>
    </message>
    <message>
        <source>IKM</source>
        <translation>IKM</translation>
    </message>
    <message>
        <source>%1 s.d. %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Pengaduan diterima</source>
        <translation>Complaints received</translation>
    </message>
    <message>
        <source>Ditanggapi awal dalam 3 hari kerja (%)</source>
        <translation>Acknowledged within 3 working days (%)</translation>
    </message>
    <message>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>tidak tercatat di basis data ini</source>
        <translation>not recorded in this database</translation>
    </message>
    <message>
        <source>Saran dan masukan</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>IKM (%1 responden)</source>
        <translation>IKM (%1 respondents)</translation>
    </message>
    <message>
        <source>Mutu pelayanan</source>
        <translation>Service quality</translation>
    </message>
    <message>
        <source>belum ada jawaban survei dalam periode ini</source>
        <translation>no survey answers in this period yet</translation>
    </message>
    <message>
        <source>Evaluasi kinerja pelayanan, %1, per %2</source>
        <translation>Service performance evaluation, %1, by %2</translation>
    </message>
    <message>
        <source>Waktu dalam menit jam kerja; masa tunda tidak dihitung.</source>
        <translation>Times in working minutes; paused time is not counted.</translation>
    </message>
    <message>
        <source>Tunda menurut alasan (menit)</source>
        <translation>Paused by reason (minutes)</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Waktu tunda</source>
        <translation>Paused time</translation>
    </message>
    <message>
        <source>Direspons dalam 6 hari kerja (%)</source>
        <translation>Responded within 6 working days (%)</translation>
    </message>
    <message>
        <source>%1 menit</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 jam</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 jam %2 menit</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Tunda menurut alasan</source>
        <translation>Paused by reason</translation>
    </message>
    <message>
        <source>belum ada panggilan dalam periode ini</source>
        <translation>no calls in this period yet</translation>
    </message>
    <message>
        <source>Tunggu panggilan</source>
        <translation>Wait for the call</translation>
    </message>
    <message>
        <source>belum ada panggilan untuk pemeriksaan berkas dalam periode ini</source>
        <translation>no calls for the document check in this period yet</translation>
    </message>
    <message>
        <source>Hari dengan panggilan</source>
        <translation>Days with calls</translation>
    </message>
    <message>
        <source>Tidak hadir saat dipanggil</source>
        <translation>Not present when called</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 kunjungan; dipanggil kembali %2, lalu dilayani %3</source>
        <translation>%1 visits; called back %2, then served %3</translation>
    </message>
    <message>
        <source>Panggilan antrian</source>
        <translation>Queue calls</translation>
    </message>
    <message>
        <source>Tunggu panggilan: menit jam dinding dari pengambilan nomor antrian sampai panggilan pertama untuk pemeriksaan berkas, hanya pada hari yang ada panggilan.</source>
        <translation>Wait for the call: wall-clock minutes from taking the queue number to the first call for the document check, only on days with calls.</translation>
    </message>
    <message>
        <source>Dipanggil</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Tunggu panggilan, median (menit)</source>
        <translation>Wait for the call, median (minutes)</translation>
    </message>
    <message>
        <source>Tunggu panggilan, P90 (menit)</source>
        <translation>Wait for the call, P90 (minutes)</translation>
    </message>
    <message>
        <source>Tidak dipanggil</source>
        <translation>Not called</translation>
    </message>
    <message>
        <source>Meja</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Panggilan pemeriksaan</source>
        <translation>Document check calls</translation>
    </message>
    <message>
        <source>Ulang pemeriksaan</source>
        <translation>Document check repeats</translation>
    </message>
    <message>
        <source>Panggilan ambil hasil</source>
        <translation>Collection calls</translation>
    </message>
    <message>
        <source>Ulang ambil hasil</source>
        <translation>Collection repeats</translation>
    </message>
    <message>
        <source>Panggilan per meja</source>
        <translation>Calls per desk</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>per layanan</source>
        <translation>by service</translation>
    </message>
    <message>
        <source>per petugas</source>
        <translation>by officer</translation>
    </message>
    <message>
        <source>Simpan laporan CSV</source>
        <translation>Save CSV report</translation>
    </message>
    <message>
        <source>Simpan laporan PDF</source>
        <translation>Save PDF report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Periode %1. Waktu dalam menit jam kerja; masa tunda tidak dihitung. Berkas dihitung pada periode kunjungannya.</source>
        <translation>Period %1. Times in working minutes; paused time is not counted. A file counts in the period of its visit.</translation>
    </message>
    <message>
        <source>Laporan disimpan: %1</source>
        <translation>Report saved: %1</translation>
    </message>
    <message>
        <source>CSV Indonesia: pemisah titik koma, desimal koma (*.csv)</source>
        <translation>Indonesian CSV: semicolon separator, decimal comma (*.csv)</translation>
    </message>
    <message>
        <source>CSV internasional: pemisah koma, desimal titik (*.csv)</source>
        <translation>International CSV: comma separator, decimal point (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Tampilkan</source>
        <translation>Sh&amp;ow</translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV...</source>
        <translation>E&amp;xport CSV...</translation>
    </message>
    <message>
        <source>Ekspor PD&amp;F (A4)...</source>
        <translation>Export PDF (&amp;A4)...</translation>
    </message>
    <message>
        <source>Da&amp;ri</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>sampa&amp;i</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Kelompok</source>
        <translation>Group &amp;by</translation>
    </message>
    <message>
        <source>Tunda menurut alasan: %1</source>
        <translation>Paused by reason: %1</translation>
    </message>
    <message>
        <source>%1: belum ada panggilan dalam periode ini</source>
        <translation>%1: no calls in this period yet</translation>
    </message>
    <message>
        <source>Papan kiner&amp;ja (A4)...</source>
        <translation>Performance board for the &amp;wall (A4)...</translation>
    </message>
    <message>
        <source>Papan kinerja pelayanan untuk dinding (PDF A4) dan situs web LPSE (PNG), untuk bulan atau triwulan tanggal &quot;Dari&quot;</source>
        <translation>The performance board for the wall (A4 PDF) and the LPSE website (PNG), for the month or quarter of the &quot;From&quot; date</translation>
    </message>
    <message>
        <source>Papan kinerja %1...</source>
        <translation>Performance board %1...</translation>
    </message>
    <message>
        <source>Simpan papan kinerja</source>
        <translation>Save performance board</translation>
    </message>
    <message>
        <source>Klik atau Enter: berkas di balik angka ini</source>
        <translation>Click or Enter: the files behind this figure</translation>
    </message>
    <message>
        <source>Papan kinerja disimpan: %1</source>
        <translation>Performance board saved: %1</translation>
    </message>
    <message>
        <source>Papan kinerja disimpan: %1 dan %2</source>
        <translation>Performance board saved: %1 and %2</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Hanya administrator yang boleh mengubah masa simpan data pribadi.</source>
        <translation>Only an administrator may change the personal data retention period.</translation>
    </message>
    <message>
        <source>Masa simpan data pribadi harus %1 sampai %2 tahun.</source>
        <translation>The personal data retention period must be %1 to %2 years.</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh menghapus data pribadi yang melewati masa simpan.</source>
        <translation>Only an administrator may erase personal data past its retention period.</translation>
    </message>
    <message>
        <source>Data pribadi sudah dihapus, tetapi ruang bekasnya belum dapat dibersihkan: %1. Jalankan lagi &quot;loket retention --apply&quot; saat tidak ada meja yang membuka basis data.</source>
        <translation>The personal data was erased, but the space it used could not be cleaned yet: %1. Run &quot;loket retention --apply&quot; again when no desk has the database open.</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <source>NIK, telepon dan e-mail pemohon disimpan selama masa simpan sesudah kunjungan terakhirnya, lalu dihapus (UU 27/2022 tentang Pelindungan Data Pribadi). Kunjungan, berkas, waktu layanan dan laporan tetap.</source>
        <translation>Applicants&apos; NIK, phone and e-mail are kept for the retention period after their last visit, then erased (Law 27/2022 on Personal Data Protection). Visits, files, service times and reports remain.</translation>
    </message>
    <message>
        <source> tahun</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Simpan masa simpan</source>
        <translation>Save retention period</translation>
    </message>
    <message>
        <source>Masa simpan sesudah kunjungan terakhir:</source>
        <translation>Retention after the last visit:</translation>
    </message>
    <message>
        <source>Hapus data yang melewati masa simpan…</source>
        <translation>Erase data past its retention period…</translation>
    </message>
    <message>
        <source>Cetak pemberitahuan untuk loket…</source>
        <translation>Print the notice for the counter…</translation>
    </message>
    <message>
        <source>Cadangan yang lebih tua dari masa simpan (hapus, karena masih memuat data itu):</source>
        <translation>Backups older than the retention period (delete them: they still hold that data):</translation>
    </message>
    <message>
        <source>Masa simpan</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Jatuh tempo (kunjungan terakhir sebelum %1): NIK, telepon dan e-mail %2 orang; kontak %3 penyedia, %4 pengaduan, %5 saran. Terakhir diterapkan: %6.</source>
        <translation>Due (last visit before %1): the NIK, phone and e-mail of %2 people; the contacts of %3 vendors, %4 complaints, %5 suggestions. Last applied: %6.</translation>
    </message>
    <message>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Pemeriksaan tahunan data pribadi: %1 orang melewati masa simpan %2 tahun, %3 cadangan lama. Buka tab Data pribadi.</source>
        <translation>Yearly personal data review: %1 people are past the %2-year retention period, %3 old backups. Open the Personal data tab.</translation>
    </message>
    <message>
        <source>Hapus data pribadi</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <source>NIK, telepon dan e-mail yang melewati masa simpan dihapus untuk selamanya. Kunjungan, berkas dan laporan tetap.</source>
        <translation>The NIK, phone and e-mail past the retention period are erased for good. Visits, files and reports remain.</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Simpan pemberitahuan</source>
        <translation>Save the notice</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Reveal</name>
    <message>
        <source>Buka data pribadi</source>
        <translation>Reveal personal data</translation>
    </message>
    <message>
        <source>Data yang dibuka dicatat dalam riwayat (siapa, apa, kapan). Buka:</source>
        <translation>Revealed data is recorded in the history (who, what, when). Reveal:</translation>
    </message>
</context>
<context>
    <name>ScreenUnlock</name>
    <message>
        <source>Terlalu banyak percobaan yang salah. Coba lagi dalam %1 detik.</source>
        <translation>Too many wrong tries. Try again in %1 seconds.</translation>
    </message>
    <message>
        <source>%1 kali kata sandi salah. Coba lagi dalam %2 detik.</source>
        <translation>Wrong password %1 times. Try again in %2 seconds.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>Contoh alamat yang benar: postgresql://loket@kantor-lpse/loket atau service=loket.</source>
        <translation>Examples of a valid address: postgresql://loket@kantor-lpse/loket or service=loket.</translation>
    </message>
    <message>
        <source>Alamat server basis data &quot;%1&quot; tidak dapat dibaca. %2</source>
        <translation>The database server address &quot;%1&quot; cannot be read. %2</translation>
    </message>
    <message>
        <source>Sandi tidak boleh ditulis di alamat basis data (alamat itu terlihat di layar dan di riwayat perintah). Simpan sandinya di ~/.pgpass (mode 0600) atau di pg_service.conf, lalu tulis alamatnya tanpa sandi.</source>
        <translation>A password must not be written in the database address (the address shows on screen and in the command history). Keep the password in ~/.pgpass (mode 0600) or in pg_service.conf, then write the address without it.</translation>
    </message>
    <message>
        <source>Alamat server basis data &quot;%1&quot; memuat tanda &apos;;&apos; yang tidak dapat dipakai. %2</source>
        <translation>The database server address &quot;%1&quot; contains a &apos;;&apos;, which cannot be used. %2</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>%1 ditolak server: akun ini tidak boleh membaca atau membuat semua bagian basis data itu (hak akses).</source>
        <translation>%1 was refused by the server: this account may not read or create every part of that database (privileges).</translation>
    </message>
    <message>
        <source>%1 gagal: disk penuh.</source>
        <translation>%1 failed: disk full.</translation>
    </message>
    <message>
        <source>%1 tidak dapat masuk ke server: sandinya tidak ada di ~/.pgpass atau ditolak.</source>
        <translation>%1 cannot log in to the server: its password is not in ~/.pgpass or was refused.</translation>
    </message>
    <message>
        <source>%1 tidak dapat membaca arsip itu (rusak, terpotong, atau dibuat pg_dump yang lebih baru).</source>
        <translation>%1 cannot read that archive (damaged, truncated, or made by a newer pg_dump).</translation>
    </message>
    <message>
        <source>%1 gagal (kode keluar %2). Jalankan lagi dengan LOKET_DEBUG=1 untuk rincian teknisnya.</source>
        <translation>%1 failed (exit code %2). Run again with LOKET_DEBUG=1 for the technical details.</translation>
    </message>
    <message>
        <source>%1 tidak dapat dijalankan.</source>
        <translation>%1 cannot be run.</translation>
    </message>
    <message>
        <source>%1 tidak ditemukan di komputer ini. Pasang paket postgresql-client-15 (sudo apt install postgresql-client-15), lalu ulangi.</source>
        <translation>%1 was not found on this computer. Install the postgresql-client-15 package (sudo apt install postgresql-client-15), then try again.</translation>
    </message>
    <message>
        <source>%1 tidak ditemukan di folder %2 (LOKET_PG_BIN).</source>
        <translation>%1 was not found in folder %2 (LOKET_PG_BIN).</translation>
    </message>
    <message>
        <source>%1 di komputer ini versi %2, lebih lama dari server PostgreSQL %3, sehingga tidak dapat dipakai. Pasang paket postgresql-client-%3, lalu ulangi.</source>
        <translation>%1 on this computer is version %2, older than the PostgreSQL %3 server, so it cannot be used. Install the postgresql-client-%3 package, then try again.</translation>
    </message>
    <message>
        <source>Folder cadangan untuk basis data di server belum diatur: tulis --folder FOLDER, atau atur folder cadangan di Administrasi › Cadangan. Tidak ada yang dicadangkan.</source>
        <translation>No backup folder is set for the database on the server: give --folder FOLDER, or set the backup folder in Administration › Backup. Nothing was backed up.</translation>
    </message>
    <message>
        <source>Basis data di server tidak diubah.</source>
        <translation>The database on the server was not changed.</translation>
    </message>
    <message>
        <source>Arsip %1 tidak ditemukan.</source>
        <translation>Archive %1 was not found.</translation>
    </message>
    <message>
        <source>%1 bukan arsip pg_dump (format custom, -Fc), jadi tidak dapat dipulihkan ke server. Cadangan server dibuat dengan &quot;loket backup --db ALAMAT&quot; (berkas .dump). %2</source>
        <translation>%1 is not a pg_dump archive (custom format, -Fc), so it cannot be restored to the server. Server backups are made with &quot;loket backup --db ADDRESS&quot; (.dump files). %2</translation>
    </message>
    <message>
        <source>Pemulihan membuat basis data baru di server, jadi memerlukan akun yang boleh membuat basis data. Jalankan di server sebagai postgres: sudo -u postgres loket restore %1 --db postgresql:///%2. %3</source>
        <translation>A restore creates a new database on the server, so it needs an account that may create databases. Run it on the server as postgres: sudo -u postgres loket restore %1 --db postgresql:///%2. %3</translation>
    </message>
    <message>
        <source>Membaca arsip %1 ...</source>
        <translation>Reading archive %1 ...</translation>
    </message>
    <message>
        <source>Arsip %1 tidak memuat data Loket (tidak ada tabel schema_version). %2</source>
        <translation>Archive %1 holds no Loket data (no schema_version table). %2</translation>
    </message>
    <message>
        <source>Memulihkan ke basis data baru %1 ...</source>
        <translation>Restoring into new database %1 ...</translation>
    </message>
    <message>
        <source>Pemulihan dibatalkan: %1 Basis data %2 tidak diubah; %3</source>
        <translation>Restore cancelled: %1 Database %2 was not changed; %3</translation>
    </message>
    <message>
        <source>basis data baru %1 dihapus lagi.</source>
        <translation>the new database %1 was dropped again.</translation>
    </message>
    <message>
        <source>basis data baru %1 tidak dapat dihapus: %2</source>
        <translation>the new database %1 could not be dropped: %2</translation>
    </message>
    <message>
        <source>Menghitung baris per tabel ...</source>
        <translation>Counting rows per table ...</translation>
    </message>
    <message>
        <source>tabel %1 berisi %2 baris di arsip, tetapi %3 baris setelah dipulihkan.</source>
        <translation>table %1 has %2 rows in the archive but %3 rows after the restore.</translation>
    </message>
    <message>
        <source>Memeriksa basis data %1 ...</source>
        <translation>Checking database %1 ...</translation>
    </message>
    <message>
        <source>Basis data hasil pemulihan tidak dapat diberi nama %1 (%2), dan basis data lama tidak dapat dikembalikan dari %3 (%4). Beri nama kembali dengan: ALTER DATABASE %3 RENAME TO %1.</source>
        <translation>The restored database could not be named %1 (%2), and the old database could not be given back its name from %3 (%4). Rename it with: ALTER DATABASE %3 RENAME TO %1.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <source>Sambungan gagal: memori tidak cukup.</source>
        <translation>Connection failed: out of memory.</translation>
    </message>
    <message>
        <source>server meminta sandi untuk pengguna %1. Isi sandinya, lalu uji lagi.</source>
        <translation>the server asks for a password for user %1. Enter the password, then test again.</translation>
    </message>
    <message>
        <source>sandi untuk pengguna %1 ditolak server; periksa sandinya.</source>
        <translation>the server rejected the password for user %1; check the password.</translation>
    </message>
    <message>
        <source>Sambungan gagal: %1</source>
        <translation>Connection failed: %1</translation>
    </message>
    <message>
        <source>Tersambung ke server, tetapi server tidak dapat diperiksa: %1</source>
        <translation>Connected to the server, but it could not be checked: %1</translation>
    </message>
    <message>
        <source>Tersambung ke server, tetapi versi data Loket di basis data itu tidak dapat dibaca: %1</source>
        <translation>Connected to the server, but the version of Loket&apos;s data in that database could not be read: %1</translation>
    </message>
    <message>
        <source>Basis data itu tidak mempunyai skema yang dapat dipakai (search_path kosong); hubungi petugas TI kantor.</source>
        <translation>That database has no usable schema (empty search_path); contact the office&apos;s IT staff.</translation>
    </message>
    <message>
        <source>Basis data itu sudah berisi tabel lain dan bukan basis data Loket, sehingga tidak dapat dipakai. Pilih basis data lain.</source>
        <translation>That database already holds other tables and is not a Loket database, so it cannot be used. Choose another database.</translation>
    </message>
    <message>
        <source>Basis data itu masih kosong, tetapi pengguna %1 tidak boleh membuat tabel di skema %2. Minta petugas TI kantor memberi hak CREATE, atau pakai pengguna lain.</source>
        <translation>That database is still empty, but user %1 may not create tables in schema %2. Ask the office&apos;s IT staff to grant CREATE, or use another user.</translation>
    </message>
    <message>
        <source>Basis data itu masih kosong; Loket membuat tabelnya saat pertama dibuka.</source>
        <translation>That database is still empty; Loket creates its tables when it first opens it.</translation>
    </message>
    <message>
        <source>Basis data itu berisi data dari Loket yang lebih baru (versi skema %1; Loket ini mengenal sampai versi %2), sehingga tidak dapat dipakai di sini. Perbarui Loket di PC ini dulu.</source>
        <translation>That database holds data from a newer Loket (schema version %1; this Loket knows up to version %2), so it cannot be used here. Update Loket on this PC first.</translation>
    </message>
    <message>
        <source>Basis data itu berisi data Loket (versi skema %1); Loket memperbaruinya ke versi %2 saat pertama dibuka.</source>
        <translation>That database holds Loket data (schema version %1); Loket upgrades it to version %2 when it first opens it.</translation>
    </message>
    <message>
        <source>Basis data itu berisi data Loket (versi skema %1).</source>
        <translation>That database holds Loket data (schema version %1).</translation>
    </message>
    <message>
        <source>Server ini hanya dapat dibaca (server cadangan/standby), sehingga Loket tidak dapat menyimpan di sana. Pakai alamat server utama.</source>
        <translation>This server is read-only (a standby), so Loket cannot save there. Use the primary server&apos;s address.</translation>
    </message>
    <message>
        <source>Tersambung ke PostgreSQL %1 sebagai pengguna %2, basis data %3.</source>
        <translation>Connected to PostgreSQL %1 as user %2, database %3.</translation>
    </message>
    <message>
        <source>Server tidak meminta sandi dari PC ini, jadi sandi tidak perlu disimpan.</source>
        <translation>The server did not ask this PC for a password, so the password need not be saved.</translation>
    </message>
</context>
<context>
    <name>ServerConnection</name>
    <message>
        <source>Sambungan ke server gagal: memori tidak cukup.</source>
        <translation>Connecting to the server failed: out of memory.</translation>
    </message>
    <message>
        <source>Server basis data %1 tidak dapat dihubungi: %2</source>
        <translation>Database server %1 cannot be reached: %2</translation>
    </message>
    <message>
        <source>Sandi tidak dapat disiapkan untuk server (SCRAM-SHA-256).</source>
        <translation>The password could not be prepared for the server (SCRAM-SHA-256).</translation>
    </message>
</context>
<context>
    <name>ServerDatabases</name>
    <message>
        <source>soket lokal</source>
        <translation>the local socket</translation>
    </message>
    <message>
        <source>%1 sambungan lain ke basis data %2 masih terbuka (dari %3). Tutup Loket di setiap PC loket (dan program lain yang memakai basis data itu) dulu, lalu ulangi. Tidak ada yang diubah.</source>
        <translation>%1 other connection(s) to database %2 still open (from %3). Close Loket on every counter PC (and any other program using that database) first, then try again. Nothing was changed.</translation>
    </message>
    <message>
        <source>Tidak ada nama bebas untuk basis data baru di server (%1%2…).</source>
        <translation>No free name for a new database on the server (%1%2…).</translation>
    </message>
    <message>
        <source>Basis data %1 tidak ada di server.</source>
        <translation>Database %1 does not exist on the server.</translation>
    </message>
    <message>
        <source>Nama tabel %1 di arsip tidak dapat dibaca.</source>
        <translation>Table name %1 in the archive cannot be read.</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Hak akses peran hanya ada pada basis data di server PostgreSQL.</source>
        <translation>Role privileges exist only for a database on a PostgreSQL server.</translation>
    </message>
    <message>
        <source>Nama peran &quot;%1&quot; tidak sah: huruf kecil, angka dan garis bawah saja.</source>
        <translation>Role name &quot;%1&quot; is not valid: lower-case letters, digits and underscores only.</translation>
    </message>
    <message>
        <source>Skema basis data &quot;%1&quot; tidak dapat diberi hak akses oleh Loket; berikan haknya dengan psql.</source>
        <translation>Loket cannot grant privileges on database schema &quot;%1&quot;; grant them with psql.</translation>
    </message>
</context>
<context>
    <name>ServerSetup</name>
    <message>
        <source>baris %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>Salinan %1 tidak dapat dibuat (folder itu tidak boleh ditulis, atau disk penuh); pg_hba.conf tidak diubah.</source>
        <translation>Copy %1 could not be made (the folder may not be written, or the disk is full); pg_hba.conf was not changed.</translation>
    </message>
    <message>
        <source>%1 tidak dapat ditulis.</source>
        <translation>%1 cannot be written.</translation>
    </message>
    <message>
        <source>%1 tidak dapat ditulis (disk penuh?).</source>
        <translation>%1 cannot be written (disk full?).</translation>
    </message>
    <message>
        <source>%1 tidak dapat dikembalikan; pakai salinannya.</source>
        <translation>%1 could not be put back; use its copy.</translation>
    </message>
    <message>
        <source>Tulis jaringan kantor sebagai CIDR, mis. 192.168.10.0/24.</source>
        <translation>Write the office network as a CIDR, e.g. 192.168.10.0/24.</translation>
    </message>
    <message>
        <source>--subnet wajib diisi: jaringan tempat PC loket berada. %1</source>
        <translation>--subnet is required: the network the counter PCs are on. %1</translation>
    </message>
    <message>
        <source>Subnet &quot;%1&quot; tidak memuat panjang awalan (/24 dan sejenisnya). %2</source>
        <translation>Subnet &quot;%1&quot; has no prefix length (/24 and the like). %2</translation>
    </message>
    <message>
        <source>Subnet &quot;%1&quot; bukan alamat jaringan yang sah. %2</source>
        <translation>Subnet &quot;%1&quot; is not a valid network address. %2</translation>
    </message>
    <message>
        <source>Panjang awalan /%1 tidak sah untuk %2 (0 sampai %3).</source>
        <translation>Prefix length /%1 is not valid for %2 (0 to %3).</translation>
    </message>
    <message>
        <source>Subnet %1 berarti semua alamat di internet; Loket tidak membuka server untuk semua alamat. %2</source>
        <translation>Subnet %1 means every address on the internet; Loket does not open the server to every address. %2</translation>
    </message>
    <message>
        <source>%1 adalah alamat satu komputer, bukan jaringan. Maksudnya %2?</source>
        <translation>%1 is the address of one computer, not a network. Did you mean %2?</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; tidak sah: huruf kecil, angka dan garis bawah saja, diawali huruf (paling panjang 63).</source>
        <translation>%1 &quot;%2&quot; is not valid: lowercase letters, digits and underscores only, starting with a letter (63 at most).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; adalah nama milik PostgreSQL sendiri; pilih nama lain.</source>
        <translation>%1 &quot;%2&quot; is a name PostgreSQL keeps for itself; choose another.</translation>
    </message>
    <message>
        <source>Pemilik (--owner) dan peran meja layanan (--role) harus dua peran yang berbeda: meja layanan tidak boleh memiliki tabelnya.</source>
        <translation>The owner (--owner) and the desk role (--role) must be two different roles: the desks must not own their tables.</translation>
    </message>
    <message>
        <source>Jalankan di server sebagai akun postgres: sudo -u postgres loket server setup --subnet %1</source>
        <translation>Run it on the server as the postgres account: sudo -u postgres loket server setup --subnet %1</translation>
    </message>
    <message>
        <source>Akun %1 bukan superuser PostgreSQL, jadi tidak dapat menyiapkan server. %2</source>
        <translation>Account %1 is not a PostgreSQL superuser, so it cannot set up the server. %2</translation>
    </message>
    <message>
        <source>ini</source>
        <translation>this</translation>
    </message>
    <message>
        <source>Berkas %1 (pg_hba.conf server itu) tidak dapat dibaca dan ditulis oleh akun ini, atau tidak ada di komputer ini. %2</source>
        <translation>File %1 (that server&apos;s pg_hba.conf) cannot be read and written by this account, or is not on this computer. %2</translation>
    </message>
    <message>
        <source>--tls meminta sambungan terenkripsi, tetapi ssl di server ini mati. Pasang sertifikat server, tulis ssl = on di %1, jalankan ulang PostgreSQL (sudo systemctl restart postgresql), lalu jalankan perintah ini lagi. Tidak ada yang diubah.</source>
        <translation>--tls asks for encrypted connections, but ssl is off on this server. Install the server&apos;s certificate, write ssl = on in %1, restart PostgreSQL (sudo systemctl restart postgresql), then run this command again. Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 sudah memuat baris yang tidak dapat dibaca PostgreSQL (%2). Perbaiki dulu; tidak ada yang diubah.</source>
        <translation>%1 already has lines PostgreSQL cannot read (%2). Fix them first; nothing was changed.</translation>
    </message>
    <message>
        <source>Peran %1 adalah superuser; meja layanan tidak boleh tersambung dengan peran seperti itu. Pilih --role lain. Tidak ada yang diubah.</source>
        <translation>Role %1 is a superuser; desks must not connect with such a role. Choose another --role. Nothing was changed.</translation>
    </message>
    <message>
        <source>Basis data %1 sudah ada, tetapi pemiliknya %2, bukan %3. Bila isinya memang data Loket, pindahkan kepemilikannya dulu (ALTER DATABASE %1 OWNER TO %3 dan REASSIGN OWNED BY %2 TO %3 di basis data itu), atau pilih --database lain. Tidak ada yang diubah.</source>
        <translation>Database %1 already exists, but its owner is %2, not %3. If it really holds Loket&apos;s data, move its ownership first (ALTER DATABASE %1 OWNER TO %3 and REASSIGN OWNED BY %2 TO %3 in that database), or choose another --database. Nothing was changed.</translation>
    </message>
    <message>
        <source>Sandi peran %1 minimal %2 karakter. Tidak ada yang diubah.</source>
        <translation>The password of role %1 must be at least %2 characters. Nothing was changed.</translation>
    </message>
    <message>
        <source>Peran pemilik %1 sudah ada.</source>
        <translation>Owner role %1 already exists.</translation>
    </message>
    <message>
        <source>Peran pemilik %1 dibuat (NOLOGIN: tidak dapat dipakai untuk masuk).</source>
        <translation>Owner role %1 created (NOLOGIN: cannot be used to log in).</translation>
    </message>
    <message>
        <source>Basis data %1 sudah ada, milik %2.</source>
        <translation>Database %1 already exists, owned by %2.</translation>
    </message>
    <message>
        <source>Basis data %1 dibuat, milik %2.</source>
        <translation>Database %1 created, owned by %2.</translation>
    </message>
    <message>
        <source>Peran meja layanan %1 sudah ada; sandinya tidak diubah.</source>
        <translation>Desk role %1 already exists; its password was not changed.</translation>
    </message>
    <message>
        <source>Peran meja layanan %1 sudah ada dan kini boleh masuk (LOGIN); sandinya tidak diubah.</source>
        <translation>Desk role %1 already exists and may now log in (LOGIN); its password was not changed.</translation>
    </message>
    <message>
        <source>Sandi tidak dapat disiapkan untuk server (SCRAM-SHA-256).</source>
        <translation>The password could not be prepared for the server (SCRAM-SHA-256).</translation>
    </message>
    <message>
        <source>Peran meja layanan %1 dibuat (LOGIN, sandi disimpan sebagai scram-sha-256).</source>
        <translation>Desk role %1 created (LOGIN, password stored as scram-sha-256).</translation>
    </message>
    <message>
        <source>Skema Loket tidak dapat dibuat di basis data %1: %2</source>
        <translation>Loket&apos;s schema could not be created in database %1: %2</translation>
    </message>
    <message>
        <source>Skema Loket di basis data %1: versi %2, milik %3.</source>
        <translation>Loket&apos;s schema in database %1: version %2, owned by %3.</translation>
    </message>
    <message>
        <source>Hak peran %1 diberikan: membaca dan menulis tabel loket, riwayat kejadian hanya dibaca dan ditambah, tidak dapat membuat tabel.</source>
        <translation>Role %1 granted its privileges: reads and writes the counter&apos;s tables, only reads and adds to the event history, cannot create tables.</translation>
    </message>
    <message>
        <source>%1 tabel atau urutan di basis data %2 bukan milik %3 (dibuat oleh akun lain sebelumnya). Pindahkan dengan REASSIGN OWNED BY &lt;pemilik lama&gt; TO %3 di basis data itu.</source>
        <translation>%1 tables or sequences in database %2 are not owned by %3 (created earlier by another account). Move them with REASSIGN OWNED BY &lt;old owner&gt; TO %3 in that database.</translation>
    </message>
    <message>
        <source>Baris pg_hba.conf sudah ada (baris %1): %2</source>
        <translation>The pg_hba.conf line already exists (line %1): %2</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibaca.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <source>PostgreSQL tidak menerima baris baru di %1 (%2); berkas itu dikembalikan seperti semula%3. Konfigurasi tidak dimuat ulang.</source>
        <translation>PostgreSQL did not accept the new line in %1 (%2); the file was put back as it was%3. The configuration was not reloaded.</translation>
    </message>
    <message>
        <source> GAGAL — salin kembali %1</source>
        <translation> FAILED — copy back %1</translation>
    </message>
    <message>
        <source>Baris ditambahkan ke %1 (baris %2): %3. Berkas lama disalin ke %4; konfigurasi dimuat ulang.</source>
        <translation>Line added to %1 (line %2): %3. The old file was copied to %4; configuration reloaded.</translation>
    </message>
    <message>
        <source>%1 masih memuat baris host (baris %2) yang membolehkan PC di %3 masuk tanpa enkripsi; hapus baris itu, lalu muat ulang: sudo systemctl reload postgresql.</source>
        <translation>%1 still has a host line (line %2) that lets PCs in %3 log in without encryption; remove that line, then reload: sudo systemctl reload postgresql.</translation>
    </message>
    <message>
        <source>PostgreSQL hanya mendengarkan di %1, jadi PC loket belum dapat tersambung. Tulis listen_addresses = &apos;*&apos; (atau alamat LAN server ini) di %2, lalu jalankan ulang PostgreSQL: sudo systemctl restart postgresql.</source>
        <translation>PostgreSQL only listens on %1, so the counter PCs cannot connect yet. Write listen_addresses = &apos;*&apos; (or this server&apos;s LAN address) in %2, then restart PostgreSQL: sudo systemctl restart postgresql.</translation>
    </message>
    <message>
        <source>soket lokal</source>
        <translation>the local socket</translation>
    </message>
    <message>
        <source>listen_addresses = &apos;%1&apos;: server menerima sambungan dari jaringan.</source>
        <translation>listen_addresses = &apos;%1&apos;: the server accepts connections from the network.</translation>
    </message>
    <message>
        <source>SANDI</source>
        <translation>PASSWORD</translation>
    </message>
    <message>
        <source>Peran layar antrian (--display-role) harus peran tersendiri, bukan pemilik atau peran meja layanan: layar antrian hanya boleh membaca isi papan.</source>
        <translation>The queue display role (--display-role) must be a role of its own, not the owner or the service desks&apos; role: the queue display may only read the board.</translation>
    </message>
    <message>
        <source>Peran %1 adalah superuser; layar antrian tidak boleh tersambung dengan peran seperti itu. Pilih --display-role lain. Tidak ada yang diubah.</source>
        <translation>Role %1 is a superuser; the queue display must not connect with such a role. Choose another --display-role. Nothing was changed.</translation>
    </message>
    <message>
        <source>Peran %1 memakai hak peran %2 (anggota peran itu), jadi dapat berbuat lebih dari tugasnya. Cabut dulu: REVOKE %2 FROM %1; tidak ada yang diubah.</source>
        <translation>Role %1 uses the privileges of role %2 (it is a member of it), so it could do more than its task. Revoke it first: REVOKE %2 FROM %1; nothing was changed.</translation>
    </message>
    <message>
        <source>Peran layar antrian %1 sudah ada; sandinya tidak diubah.</source>
        <translation>Queue display role %1 exists already; its password was not changed.</translation>
    </message>
    <message>
        <source>Peran layar antrian %1 sudah ada dan kini boleh masuk (LOGIN); sandinya tidak diubah.</source>
        <translation>Queue display role %1 exists already and may now log in (LOGIN); its password was not changed.</translation>
    </message>
    <message>
        <source>Peran layar antrian %1 dibuat (LOGIN, sandi disimpan sebagai scram-sha-256).</source>
        <translation>Queue display role %1 created (LOGIN, password stored as scram-sha-256).</translation>
    </message>
    <message>
        <source>Hak peran %1 diberikan: hanya membaca isi papan antrian (panggilan, jumlah yang menunggu, layanan, teks berjalan); tanpa nama, NIK, perusahaan, riwayat kejadian atau petugas.</source>
        <translation>Privileges of role %1 granted: it only reads the queue board (calls, how many wait, services, running text); no names, NIK, companies, event history or officers.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalog</name>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Sistem, Mekanisme dan Prosedur</source>
        <translation>Systems, Mechanisms and Procedures</translation>
    </message>
    <message>
        <source>Jangka Waktu Pelayanan</source>
        <translation>Service Time Frame</translation>
    </message>
    <message>
        <source>Biaya/Tarif</source>
        <translation>Fees/Tariffs</translation>
    </message>
    <message>
        <source>Produk Pelayanan</source>
        <translation>Service Products</translation>
    </message>
    <message>
        <source>Penanganan Pengaduan, Saran dan Masukan</source>
        <translation>Handling of Complaints, Suggestions and Feedback</translation>
    </message>
    <message>
        <source>Dasar Hukum</source>
        <translation>Legal Basis</translation>
    </message>
    <message>
        <source>Sarana, Prasarana dan/atau Fasilitas</source>
        <translation>Facilities, Infrastructure and/or Equipment</translation>
    </message>
    <message>
        <source>Kompetensi Pelaksana</source>
        <translation>Staff Competence</translation>
    </message>
    <message>
        <source>Pengawasan Internal</source>
        <translation>Internal Supervision</translation>
    </message>
    <message>
        <source>Jumlah Pelaksana</source>
        <translation>Number of Staff</translation>
    </message>
    <message>
        <source>Jaminan Pelayanan</source>
        <translation>Service Guarantee</translation>
    </message>
    <message>
        <source>Jaminan Keamanan dan Keselamatan Pelayanan</source>
        <translation>Service Security and Safety Guarantee</translation>
    </message>
    <message>
        <source>Evaluasi Kinerja Pelaksana</source>
        <translation>Staff Performance Evaluation</translation>
    </message>
    <message numerus="yes">
        <source>%n menit</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari kerja</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Helpdesk</source>
        <translation>Helpdesk</translation>
    </message>
    <message>
        <source>Verifikator</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <source>Admin Sistem</source>
        <translation>System Admin</translation>
    </message>
    <message>
        <source>Kasubbag LPSE</source>
        <translation>LPSE Section Supervisor (Kasubbag)</translation>
    </message>
    <message>
        <source>Kepala Bagian</source>
        <translation>Head of Section</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Katalog layanan bawaan tidak ditemukan.</source>
        <translation>The built-in service catalogue was not found.</translation>
    </message>
    <message>
        <source>Katalog layanan bukan JSON yang sah (posisi %1): %2</source>
        <translation>The service catalogue is not valid JSON (position %1): %2</translation>
    </message>
    <message>
        <source>Katalog layanan harus berupa objek JSON.</source>
        <translation>The service catalogue must be a JSON object.</translation>
    </message>
    <message>
        <source>Katalog layanan: format %1 tidak dikenal (harus 1).</source>
        <translation>Service catalogue: unknown format %1 (must be 1).</translation>
    </message>
    <message>
        <source>Katalog layanan: daftar &quot;services&quot; tidak ada atau kosong.</source>
        <translation>Service catalogue: the &quot;services&quot; list is missing or empty.</translation>
    </message>
    <message>
        <source>layanan %1</source>
        <translation>service %1</translation>
    </message>
    <message>
        <source>layanan ke-%1</source>
        <translation>service #%1</translation>
    </message>
    <message>
        <source>Katalog layanan, %1, kolom &quot;%2&quot;: %3</source>
        <translation>Service catalogue, %1, field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>harus berupa objek.</source>
        <translation>must be an object.</translation>
    </message>
    <message>
        <source>harus bilangan bulat positif.</source>
        <translation>must be a positive integer.</translation>
    </message>
    <message>
        <source>nomor layanan dipakai dua kali.</source>
        <translation>service number used twice.</translation>
    </message>
    <message>
        <source>harus berisi huruf kecil, angka atau garis bawah.</source>
        <translation>must contain lowercase letters, digits or underscores.</translation>
    </message>
    <message>
        <source>kode dipakai dua kali.</source>
        <translation>code used twice.</translation>
    </message>
    <message>
        <source>harus satu huruf besar A-Z.</source>
        <translation>must be one capital letter A-Z.</translation>
    </message>
    <message>
        <source>huruf antrian dipakai dua kali.</source>
        <translation>queue letter used twice.</translation>
    </message>
    <message>
        <source>tidak boleh kosong.</source>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <source>harus &quot;verifikator&quot; atau &quot;admin_sistem&quot;.</source>
        <translation>must be &quot;verifikator&quot; or &quot;admin_sistem&quot;.</translation>
    </message>
    <message>
        <source>harus &quot;minutes&quot; atau &quot;working_days&quot;.</source>
        <translation>must be &quot;minutes&quot; or &quot;working_days&quot;.</translation>
    </message>
    <message>
        <source>harus bilangan bulat positif yang wajar.</source>
        <translation>must be a reasonable positive integer.</translation>
    </message>
    <message>
        <source>harus daftar persyaratan yang tidak kosong.</source>
        <translation>must be a non-empty list of requirements.</translation>
    </message>
    <message>
        <source>persyaratan &quot;%1&quot; dipakai dua kali.</source>
        <translation>requirement &quot;%1&quot; used twice.</translation>
    </message>
    <message>
        <source>harus true atau false.</source>
        <translation>must be true or false.</translation>
    </message>
    <message>
        <source>harus &quot;always&quot; atau &quot;proxy&quot;.</source>
        <translation>must be &quot;always&quot; or &quot;proxy&quot;.</translation>
    </message>
    <message>
        <source>harus objek dengan 14 komponen Pasal 5.</source>
        <translation>must be an object with the 14 components of Article 5.</translation>
    </message>
    <message>
        <source>komponen &quot;%1&quot; tidak ada atau kosong.</source>
        <translation>component &quot;%1&quot; is missing or empty.</translation>
    </message>
    <message>
        <source>komponen tidak dikenal.</source>
        <translation>unknown component.</translation>
    </message>
    <message>
        <source>Belum ada standar waktu layanan (Pasal 9)</source>
        <translation>No service time standard yet (Article 9)</translation>
    </message>
    <message>
        <source>Layanan lain (belum ada standar)</source>
        <translation>Other service (no standard yet)</translation>
    </message>
    <message>
        <source>Pasal 9 Peraturan Walikota Banjarmasin Nomor 67 Tahun 2018: jenis pelayanan yang belum ditetapkan standar pelayanannya tetap diselenggarakan dengan mengacu pada ketentuan yang berlaku; standarnya ditetapkan secara bertahap dengan Peraturan Walikota.</source>
        <translation>Article 9 of Banjarmasin Mayor Regulation No. 67 of 2018: services whose service standard has not been set are still provided under the applicable provisions; their standards are set in stages by Mayor Regulation.</translation>
    </message>
    <message>
        <source>Belum ada standar waktu layanan (Pasal 9).</source>
        <translation>No service time standard yet (Article 9).</translation>
    </message>
    <message>
        <source>Tidak dipungut biaya.</source>
        <translation>Free of charge.</translation>
    </message>
    <message>
        <source>nomor %1 dicadangkan untuk &quot;Layanan lain&quot;.</source>
        <translation>number %1 is reserved for &quot;Other service&quot;.</translation>
    </message>
    <message>
        <source>huruf %1 dicadangkan untuk antrian &quot;Layanan lain&quot;.</source>
        <translation>letter %1 is reserved for the &quot;Other service&quot; queue.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogs</name>
    <message>
        <source>Layanan %1 tidak ada dalam katalog versi %2.</source>
        <translation>Service %1 is not in catalogue version %2.</translation>
    </message>
    <message>
        <source>Belum ada katalog layanan yang berlaku pada %1.</source>
        <translation>No service catalogue is in force on %1.</translation>
    </message>
</context>
<context>
    <name>ServiceClock</name>
    <message>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Hampir lewat</source>
        <translation>Almost due</translation>
    </message>
    <message>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>%1 jam %2 menit</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 menit</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 menit jam kerja sejak berkas diterima lengkap; istirahat, di luar jam kerja, hari libur dan masa tunda tidak dihitung</source>
        <translation>%1 minutes of working hours from when the file is accepted as complete; breaks, time outside working hours, holidays and time on hold are not counted</translation>
    </message>
    <message>
        <source>sampai akhir jam kerja pada hari kerja ke-%1 setelah hari berkas diterima; hari libur dan masa tunda tidak dihitung</source>
        <translation>until the end of working hours on working day %1 after the day the file is accepted; holidays and time on hold are not counted</translation>
    </message>
    <message>
        <source>Belum ada standar waktu</source>
        <translation>No standard time yet</translation>
    </message>
    <message>
        <source>waktu layanan dicatat dalam jam kerja sejak berkas diterima, tanpa janji waktu sampai standarnya ditetapkan</source>
        <translation>the service time is recorded in working hours from acceptance, with no promised time until its standard is set</translation>
    </message>
</context>
<context>
    <name>ServiceTableModel</name>
    <message>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Ditangani oleh</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>Jangka waktu</source>
        <translation>Time frame</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Loket — penyiapan pertama</source>
        <translation>Loket — first set-up</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>Ne&amp;xt &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bantuan (F1)</source>
        <translation>Help (F1)</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>Basis data sedang dipakai oleh proses lain dan tetap terkunci; coba lagi sebentar lagi.</source>
        <translation>The database is in use by another process and stays locked; try again shortly.</translation>
    </message>
    <message>
        <source>Basis data hanya dapat dibaca: berkasnya atau foldernya tidak boleh ditulis oleh akun ini. Perubahan tidak disimpan; periksa hak akses berkas dan foldernya.</source>
        <translation>The database is read-only: this account may not write its file or folder. The change was not saved; check the permissions of the file and its folder.</translation>
    </message>
    <message>
        <source>Disk penuh: perubahan tidak dapat disimpan. Kosongkan ruang pada disk itu, lalu coba lagi.</source>
        <translation>Disk full: the change cannot be saved. Free some space on that disk, then try again.</translation>
    </message>
    <message>
        <source>Berkas basis data atau berkas pendampingnya (-wal, -shm) tidak dapat dibuka: periksa bahwa berkas dan foldernya ada dan boleh ditulis oleh akun ini.</source>
        <translation>The database file or its companion files (-wal, -shm) cannot be opened: check that the file and its folder exist and this account may write them.</translation>
    </message>
    <message>
        <source>Basis data rusak. Pulihkan dari cadangan terakhir (loket restore).</source>
        <translation>The database is damaged. Restore the latest backup (loket restore).</translation>
    </message>
    <message>
        <source>Berkas itu bukan basis data SQLite.</source>
        <translation>That file is not an SQLite database.</translation>
    </message>
    <message>
        <source>Kesalahan baca/tulis disk pada basis data (disk dilepas, rusak, atau penuh?). Perubahan tidak disimpan.</source>
        <translation>Disk read/write error on the database (disk removed, damaged or full?). The change was not saved.</translation>
    </message>
    <message>
        <source>Sistem operasi tidak mengizinkan akses ke basis data.</source>
        <translation>The operating system does not allow access to the database.</translation>
    </message>
    <message>
        <source>Memori tidak cukup untuk pekerjaan basis data ini.</source>
        <translation>Not enough memory for this database operation.</translation>
    </message>
    <message>
        <source>Perubahan ditolak oleh aturan basis data (data ganda atau tidak sah).</source>
        <translation>The change was refused by a database rule (duplicate or invalid data).</translation>
    </message>
    <message>
        <source>Penguncian basis data gagal; coba lagi.</source>
        <translation>Locking the database failed; try again.</translation>
    </message>
    <message>
        <source>Struktur basis data berubah selama pekerjaan ini; coba lagi.</source>
        <translation>The database structure changed during this operation; try again.</translation>
    </message>
    <message>
        <source>Data terlalu besar untuk basis data.</source>
        <translation>The data is too large for the database.</translation>
    </message>
    <message>
        <source>Kesalahan program pada perintah basis data; laporkan kepada pengembang Loket.</source>
        <translation>Program error in a database statement; report it to the Loket developers.</translation>
    </message>
    <message>
        <source>Kesalahan basis data (tanpa kode dari SQLite).</source>
        <translation>Database error (no code from SQLite).</translation>
    </message>
    <message>
        <source>Kesalahan basis data (kode SQLite %1).</source>
        <translation>Database error (SQLite code %1).</translation>
    </message>
    <message>
        <source>Struktur berkas basis data rusak (rincian teknis: %1)</source>
        <translation>The structure of the database file is damaged (technical detail: %1)</translation>
    </message>
    <message>
        <source>Baris %2 di tabel %1 merujuk ke data yang tidak ada.</source>
        <translation>Row %2 of table %1 refers to data that does not exist.</translation>
    </message>
    <message>
        <source>Basis data itu sudah berisi tabel lain dan bukan basis data Loket. Tidak ada yang diubah.</source>
        <translation>That database already holds other tables and is not a Loket database. Nothing was changed.</translation>
    </message>
    <message>
        <source>Indeks %1 di server rusak (rincian teknis: %2)</source>
        <translation>Index %1 on the server is damaged (technical detail: %2)</translation>
    </message>
    <message>
        <source>Tidak terhubung ke server basis data (server mati atau jaringan terputus). Perubahan terakhir mungkin belum tersimpan; periksa sambungan, lalu coba lagi.</source>
        <translation>Not connected to the database server (the server is down or the network is cut). The last change may not have been saved; check the connection, then try again.</translation>
    </message>
    <message>
        <source>server %1 tidak menjawab (server mati, alamat atau port salah, firewall, atau jaringan terputus).</source>
        <translation>server %1 does not answer (server down, wrong address or port, a firewall, or the network is cut).</translation>
    </message>
    <message>
        <source>server sedang dinyalakan atau dimatikan dan belum menerima sambungan; coba lagi sebentar lagi.</source>
        <translation>the server is starting up or shutting down and does not accept connections yet; try again shortly.</translation>
    </message>
    <message>
        <source>alamat server tidak lengkap atau salah tulis.</source>
        <translation>the server address is incomplete or misspelt.</translation>
    </message>
    <message>
        <source>sambungan terputus saat dibuka; coba lagi.</source>
        <translation>the connection broke while opening; try again.</translation>
    </message>
    <message>
        <source>server meminta sandi untuk pengguna %1. Simpan sandinya di ~/.pgpass (mode 0600) atau pakai entri pg_service.conf; Loket tidak menyimpan sandi.</source>
        <translation>the server asks for a password for user %1. Keep it in ~/.pgpass (mode 0600) or use a pg_service.conf entry; Loket does not store passwords.</translation>
    </message>
    <message>
        <source>sandi untuk pengguna %1 ditolak server; periksa baris di ~/.pgpass.</source>
        <translation>the server refused the password for user %1; check the line in ~/.pgpass.</translation>
    </message>
    <message>
        <source>basis data %1 belum ada di server itu.</source>
        <translation>database %1 does not exist on that server yet.</translation>
    </message>
    <message>
        <source>pengguna %1 tidak dikenal server itu.</source>
        <translation>that server does not know user %1.</translation>
    </message>
    <message>
        <source>server tidak mengizinkan sambungan dari PC ini (pg_hba.conf); hubungi petugas TI kantor.</source>
        <translation>the server does not allow connections from this PC (pg_hba.conf); ask the office&apos;s IT staff.</translation>
    </message>
    <message>
        <source>sambungan terenkripsi (SSL) gagal; periksa sslmode dan sertifikat server.</source>
        <translation>the encrypted (SSL) connection failed; check sslmode and the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>server menolak sambungan (pengguna, basis data, atau izin akses).</source>
        <translation>the server refused the connection (user, database, or access rules).</translation>
    </message>
    <message>
        <source>Catatan kejadian tidak boleh diubah atau dihapus; yang sudah tercatat tetap seperti semula.</source>
        <translation>Recorded events may not be changed or deleted; what is recorded stays as it was.</translation>
    </message>
    <message>
        <source>Akun basis data yang dipakai Loket tidak diizinkan melakukan perubahan ini (hak akses di server).</source>
        <translation>The database account Loket uses is not allowed to make this change (privileges on the server).</translation>
    </message>
    <message>
        <source>Sambungan ini hanya untuk membaca: perubahan tidak disimpan.</source>
        <translation>This connection is read-only: the change was not saved.</translation>
    </message>
    <message>
        <source>Disk server basis data penuh: perubahan tidak dapat disimpan. Hubungi petugas TI kantor.</source>
        <translation>The database server&apos;s disk is full: the change cannot be saved. Ask the office&apos;s IT staff.</translation>
    </message>
    <message>
        <source>Server basis data menolak akun ini (pengguna atau sandi salah).</source>
        <translation>The database server refused this account (wrong user or password).</translation>
    </message>
    <message>
        <source>Server basis data kehabisan sumber daya (memori atau sambungan); coba lagi sebentar lagi.</source>
        <translation>The database server ran out of resources (memory or connections); try again shortly.</translation>
    </message>
    <message>
        <source>Kesalahan basis data: tabel atau kolom yang dicari tidak ada. Basis data itu mungkin tidak lengkap atau dari versi Loket lain.</source>
        <translation>Database error: a table or column that was looked for does not exist. The database may be incomplete or from another version of Loket.</translation>
    </message>
    <message>
        <source>Basis data di server rusak. Hubungi petugas TI kantor untuk memulihkannya dari cadangan.</source>
        <translation>The database on the server is damaged. Ask the office&apos;s IT staff to restore it from a backup.</translation>
    </message>
    <message>
        <source>Kesalahan basis data di server (kode %1).</source>
        <translation>Database error on the server (code %1).</translation>
    </message>
    <message>
        <source>PC ini mewajibkan sambungan terenkripsi (sslmode require atau verify-full), tetapi server tidak memakai enkripsi (ssl = off di server). Minta petugas TI menyalakan ssl di server, atau pilih prefer.</source>
        <translation>This PC requires an encrypted connection (sslmode require or verify-full), but the server does not use encryption (ssl = off on the server). Ask IT to turn on ssl on the server, or choose prefer.</translation>
    </message>
    <message>
        <source>sertifikat CA server belum ada di PC ini. verify-full memeriksa sertifikat server dengan CA di %1; minta berkas itu dari petugas TI, atau pilih require.</source>
        <translation>the server&apos;s CA certificate is not on this PC yet. verify-full checks the server&apos;s certificate against the CA in %1; ask IT for that file, or choose require.</translation>
    </message>
    <message>
        <source>nama pada sertifikat server tidak sama dengan alamat server yang ditulis; tulis alamat server persis seperti pada sertifikatnya.</source>
        <translation>the name on the server&apos;s certificate does not match the server address written; write the address exactly as on its certificate.</translation>
    </message>
    <message>
        <source>sertifikat server tidak dapat dipercaya: tidak ditandatangani oleh CA di ~/.postgresql/root.crt PC ini, atau sudah kedaluwarsa.</source>
        <translation>the server&apos;s certificate cannot be trusted: it is not signed by the CA in this PC&apos;s ~/.postgresql/root.crt, or it has expired.</translation>
    </message>
</context>
<context>
    <name>SqlQuery</name>
    <message>
        <source>Basis data tidak terbuka.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Teks memuat karakter NUL (kode 0) yang tidak dapat disimpan di server basis data.</source>
        <translation>The text contains a NUL character (code 0), which the database server cannot store.</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <source>Ditangani oleh:</source>
        <translation>Handled by:</translation>
    </message>
    <message>
        <source>Jangka waktu:</source>
        <translation>Time frame:</translation>
    </message>
    <message>
        <source>a. Komponen penyampaian pelayanan</source>
        <translation>a. Service delivery components</translation>
    </message>
    <message>
        <source>b. Komponen pengelolaan pelayanan</source>
        <translation>b. Service management components</translation>
    </message>
    <message>
        <source>Daftar periksa berkas:</source>
        <translation>File checklist:</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Asli</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Salinan</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Masih berlaku</source>
        <translation>Still valid</translation>
    </message>
    <message>
        <source>Berlaku untuk</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>diperiksa</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>hanya jika yang datang bukan pimpinan</source>
        <translation>only if the person attending is not the company head</translation>
    </message>
    <message>
        <source>semua pemohon</source>
        <translation>all applicants</translation>
    </message>
    <message>
        <source>Laya&amp;nan:</source>
        <translation>Serv&amp;ice:</translation>
    </message>
    <message>
        <source>Versi %1 tersimpan, berlaku mulai %2.</source>
        <translation>Version %1 is stored, in force from %2.</translation>
    </message>
</context>
<context>
    <name>StatusChange</name>
    <message>
        <source>Berkas %1 berstatus &quot;%2&quot;; tidak dapat menjadi &quot;%3&quot;.</source>
        <translation>File %1 is &quot;%2&quot;; it cannot become &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>SuggestionStore</name>
    <message>
        <source>Akun Anda tidak boleh mencatat saran.</source>
        <translation>Your account may not record suggestions.</translation>
    </message>
    <message>
        <source>Saran: %1</source>
        <translation>Suggestion: %1</translation>
    </message>
    <message>
        <source>Saran harus ditulis dengan jelas.</source>
        <translation>The suggestion must be stated clearly.</translation>
    </message>
    <message>
        <source>Kontak: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>satu baris saja.</source>
        <translation>one line only.</translation>
    </message>
    <message>
        <source>Tanggal saran tidak boleh sesudah hari ini.</source>
        <translation>The suggestion date cannot be later than today.</translation>
    </message>
    <message>
        <source>Tanggal saran tidak wajar.</source>
        <translation>The suggestion date is implausible.</translation>
    </message>
</context>
<context>
    <name>SuggestionTableModel</name>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Saran dan masukan</source>
        <translation>Suggestions and feedback</translation>
    </message>
    <message>
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message>
        <source>Saran dan masukan baru</source>
        <translation>New suggestion or feedback</translation>
    </message>
    <message>
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Tanggal, saluran:</source>
        <translation>D&amp;ate, channel:</translation>
    </message>
    <message>
        <source>&amp;Kontak:</source>
        <translation>C&amp;ontact:</translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>%1 saran dan masukan</source>
        <translation>%1 suggestions and feedback</translation>
    </message>
    <message>
        <source>Simpan saran</source>
        <translation>Save suggestion</translation>
    </message>
    <message>
        <source>Ekspor saran dan masukan</source>
        <translation>Export suggestions and feedback</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Ekspor saran</source>
        <translation>Export suggestions</translation>
    </message>
    <message>
        <source>%1 saran diekspor ke %2.</source>
        <translation>%1 suggestions exported to %2.</translation>
    </message>
    <message>
        <source>Sa&amp;ran:</source>
        <translation>Suggest&amp;ion:</translation>
    </message>
    <message>
        <source>Simpa&amp;n saran (Ctrl+Enter)</source>
        <translation>Save suggestio&amp;n (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Layanan</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Tamu</source>
        <translation>Visitors</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Ditunda</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>&amp;Diskresi (Pasal 6)…</source>
        <translation>Discretion (&amp;Article 6)…</translation>
    </message>
    <message>
        <source>Semua berkas terbuka</source>
        <translation>All open files</translation>
    </message>
    <message>
        <source>Hari ini per layanan</source>
        <translation>Today by service</translation>
    </message>
    <message>
        <source>Diskresi Kepala Bagian</source>
        <translation>Head of Section&apos;s discretion</translation>
    </message>
    <message>
        <source>Alasan tertulis menerima berkas yang belum lengkap (Pasal 6):</source>
        <translation>Written reason for accepting an incomplete file (Article 6):</translation>
    </message>
    <message>
        <source>Lepas berkas</source>
        <translation>Release file</translation>
    </message>
    <message>
        <source>Diskresi</source>
        <translation>Discretion</translation>
    </message>
    <message>
        <source>%1 berkas terbuka, %2 terlambat.</source>
        <translation>%1 open files, %2 overdue.</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Pilih berkas untuk melihat rinciannya.</source>
        <translation>Select a file to see its details.</translation>
    </message>
    <message>
        <source>L&amp;epas berkas petugas yang berhalangan</source>
        <translation>Release &amp;files of an absent staff member</translation>
    </message>
    <message>
        <source>Buka data pr&amp;ibadi…</source>
        <translation>Reveal personal &amp;data…</translation>
    </message>
    <message>
        <source>Lepaskan berkas %1 yang dipegang %2 kembali ke antrian? Petugas lain dapat mengambilnya.</source>
        <translation>Release file %1, held by %2, back to the queue? Another officer can take it.</translation>
    </message>
    <message>
        <source>&amp;Alasan melepas berkas (dicatat dalam riwayat):</source>
        <translation>&amp;Reason for releasing (recorded in the history):</translation>
    </message>
    <message>
        <source>&amp;Lepas ke antrian</source>
        <translation>&amp;Release to queue</translation>
    </message>
    <message>
        <source>Meja</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Masuk sejak</source>
        <translation>Logged in since</translation>
    </message>
    <message>
        <source>Terakhir terlihat</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Meja dan petugas</source>
        <translation>Desks and officers</translation>
    </message>
    <message>
        <source>tidak terlihat: PC mati, macet, atau terputus</source>
        <translation>not seen: PC switched off, frozen or cut off</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>%1 — dipegang %2 di %3, tidak terlihat sejak %4</source>
        <translation>%1 — held by %2 at %3, not seen since %4</translation>
    </message>
    <message>
        <source>Tidak ada berkas yang tertahan di meja yang tidak terlihat lebih dari %1 menit.</source>
        <translation>No file is held at a desk that has not been seen for more than %1 minutes.</translation>
    </message>
    <message>
        <source>%1 berkas tertahan di meja yang tidak terlihat lebih dari %2 menit: pilih (Enter), lalu &quot;Lepas berkas petugas yang berhalangan&quot;.</source>
        <translation>%1 file(s) held at a desk not seen for more than %2 minutes: select one (Enter), then &quot;Release files of an absent staff member&quot;.</translation>
    </message>
    <message>
        <source>Catat pengaduan keterlambatan…</source>
        <translation>Record a complaint of lateness…</translation>
    </message>
    <message>
        <source>Janji waktu berkas ini lewat: pengaduan dengan riwayat waktu layanannya sebagai lampiran.</source>
        <translation>This file&apos;s promised time has passed: a complaint with its service-time history as the annex.</translation>
    </message>
    <message>
        <source>Data pribadi seseorang…</source>
        <translation>A person&apos;s personal data…</translation>
    </message>
</context>
<context>
    <name>SurveyCsv</name>
    <message>
        <source>Berkas kosong: baris pertama harus berisi judul kolom tanggal, layanan, U1 ... U9.</source>
        <translation>Empty file: the first line must hold the column headings tanggal, layanan, U1 ... U9.</translation>
    </message>
    <message>
        <source>Baris judul (baris %1): %2.</source>
        <translation>Heading line (line %1): %2.</translation>
    </message>
    <message>
        <source>Kolom &quot;%1&quot; muncul dua kali pada baris judul.</source>
        <translation>Column &quot;%1&quot; appears twice in the heading line.</translation>
    </message>
    <message>
        <source>Kolom wajib tidak ada pada baris judul: %1. Judul yang diperlukan: tanggal, layanan (boleh tidak ada), U1 ... U9.</source>
        <translation>Required column missing from the heading line: %1. Headings needed: tanggal, layanan (may be omitted), U1 ... U9.</translation>
    </message>
    <message>
        <source>tanggal kosong</source>
        <translation>date empty</translation>
    </message>
    <message>
        <source>tanggal &quot;%1&quot; tidak sah (tulis TTTT-BB-HH)</source>
        <translation>date &quot;%1&quot; is invalid (write YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>tanggal %1 belum terjadi</source>
        <translation>date %1 is in the future</translation>
    </message>
    <message>
        <source>layanan &quot;%1&quot; bukan nomor layanan</source>
        <translation>service &quot;%1&quot; is not a service number</translation>
    </message>
    <message>
        <source>layanan %1 tidak ada dalam katalog</source>
        <translation>service %1 is not in the catalogue</translation>
    </message>
    <message>
        <source>%1 kosong</source>
        <translation>%1 empty</translation>
    </message>
    <message>
        <source>%1 bernilai &quot;%2&quot;; harus 1, 2, 3 atau 4</source>
        <translation>%1 has the value &quot;%2&quot;; it must be 1, 2, 3 or 4</translation>
    </message>
    <message>
        <source>tulis L atau P</source>
        <translation>write L or P</translation>
    </message>
    <message>
        <source>tulis umur dalam tahun, mis. 34, atau kelompoknya, mis. 30-39</source>
        <translation>write the age in years, e.g. 34, or its band, e.g. 30-39</translation>
    </message>
    <message>
        <source>tulis sd, smp, sma, diploma, s1, s2 atau s3</source>
        <translation>write sd, smp, sma, diploma, s1, s2 or s3</translation>
    </message>
    <message>
        <source>tulis pns, tni_polri, swasta, wirausaha atau lainnya</source>
        <translation>write pns, tni_polri, swasta, wirausaha or lainnya</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; tidak dikenal (%3)</source>
        <translation>%1 &quot;%2&quot; not recognised (%3)</translation>
    </message>
</context>
<context>
    <name>SurveyElement</name>
    <message>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <source>Sistem, mekanisme dan prosedur</source>
        <translation>Systems, mechanisms and procedures</translation>
    </message>
    <message>
        <source>Waktu penyelesaian</source>
        <translation>Completion time</translation>
    </message>
    <message>
        <source>Biaya/tarif</source>
        <translation>Fees/tariffs</translation>
    </message>
    <message>
        <source>Produk spesifikasi jenis pelayanan</source>
        <translation>Product specification by type of service</translation>
    </message>
    <message>
        <source>Kompetensi pelaksana</source>
        <translation>Staff competence</translation>
    </message>
    <message>
        <source>Perilaku pelaksana</source>
        <translation>Staff conduct</translation>
    </message>
    <message>
        <source>Penanganan pengaduan, saran dan masukan</source>
        <translation>Handling of complaints, suggestions and feedback</translation>
    </message>
    <message>
        <source>Sarana dan prasarana</source>
        <translation>Facilities and infrastructure</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?</source>
        <translation>How well do the service requirements match the type of service?</translation>
    </message>
    <message>
        <source>Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?</source>
        <translation>How easy do you find the service procedures at this unit?</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?</source>
        <translation>How do you rate the speed of service delivery?</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?</source>
        <translation>How do you rate the fairness of the service fees/tariffs?</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?</source>
        <translation>How well does the service product listed in the service standards match what was delivered?</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?</source>
        <translation>How do you rate the competence/ability of the staff in providing the service?</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?</source>
        <translation>How do you rate the staff&apos;s conduct in terms of courtesy and friendliness?</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?</source>
        <translation>How do you rate the handling of service users&apos; complaints?</translation>
    </message>
    <message>
        <source>Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?</source>
        <translation>How do you rate the quality of the facilities and infrastructure?</translation>
    </message>
    <message>
        <source>Tidak sesuai</source>
        <translation>Not suitable</translation>
    </message>
    <message>
        <source>Kurang sesuai</source>
        <translation>Not very suitable</translation>
    </message>
    <message>
        <source>Sesuai</source>
        <translation>Suitable</translation>
    </message>
    <message>
        <source>Sangat sesuai</source>
        <translation>Very suitable</translation>
    </message>
    <message>
        <source>Tidak mudah</source>
        <translation>Not easy</translation>
    </message>
    <message>
        <source>Kurang mudah</source>
        <translation>Not very easy</translation>
    </message>
    <message>
        <source>Mudah</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Sangat mudah</source>
        <translation>Very easy</translation>
    </message>
    <message>
        <source>Tidak cepat</source>
        <translation>Not fast</translation>
    </message>
    <message>
        <source>Kurang cepat</source>
        <translation>Not very fast</translation>
    </message>
    <message>
        <source>Cepat</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Sangat cepat</source>
        <translation>Very fast</translation>
    </message>
    <message>
        <source>Sangat mahal</source>
        <translation>Very expensive</translation>
    </message>
    <message>
        <source>Cukup mahal</source>
        <translation>Fairly expensive</translation>
    </message>
    <message>
        <source>Murah</source>
        <translation>Inexpensive</translation>
    </message>
    <message>
        <source>Gratis</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Tidak kompeten</source>
        <translation>Not competent</translation>
    </message>
    <message>
        <source>Kurang kompeten</source>
        <translation>Not very competent</translation>
    </message>
    <message>
        <source>Kompeten</source>
        <translation>Competent</translation>
    </message>
    <message>
        <source>Sangat kompeten</source>
        <translation>Very competent</translation>
    </message>
    <message>
        <source>Tidak sopan dan ramah</source>
        <translation>Not polite or friendly</translation>
    </message>
    <message>
        <source>Kurang sopan dan ramah</source>
        <translation>Not very polite or friendly</translation>
    </message>
    <message>
        <source>Sopan dan ramah</source>
        <translation>Polite and friendly</translation>
    </message>
    <message>
        <source>Sangat sopan dan ramah</source>
        <translation>Very polite and friendly</translation>
    </message>
    <message>
        <source>Tidak ada</source>
        <translation>Not available</translation>
    </message>
    <message>
        <source>Ada tetapi tidak berfungsi</source>
        <translation>Available but not working</translation>
    </message>
    <message>
        <source>Berfungsi kurang maksimal</source>
        <translation>Working, but not optimally</translation>
    </message>
    <message>
        <source>Dikelola dengan baik</source>
        <translation>Well managed</translation>
    </message>
    <message>
        <source>Buruk</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Cukup</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Sangat baik</source>
        <translation>Very good</translation>
    </message>
</context>
<context>
    <name>SurveyModeWindow</name>
    <message>
        <source>Survei Kepuasan Masyarakat</source>
        <translation>Community Satisfaction Survey</translation>
    </message>
    <message>
        <source>Survei Kepuasan Masyarakat — Layanan Pengadaan Secara Elektronik Kota Banjarmasin</source>
        <translation>Community Satisfaction Survey — Electronic Procurement Service (LPSE), Banjarmasin City</translation>
    </message>
    <message>
        <source>Pertanyaan %1 dari %2 · %3</source>
        <translation>Question %1 of %2 · %3</translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Tentang Anda (boleh dilewati)</source>
        <translation>About you (optional)</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Layanan yang diterima</source>
        <translation>Service received</translation>
    </message>
    <message>
        <source>Kirim penilaian ✓</source>
        <translation>Submit rating ✓</translation>
    </message>
    <message>
        <source>Terima kasih atas penilaian Anda.</source>
        <translation>Thank you for your rating.</translation>
    </message>
    <message>
        <source>Masukan Anda membantu kami memperbaiki pelayanan.</source>
        <translation>Your feedback helps us improve our service.</translation>
    </message>
    <message>
        <source>Isi survei baru</source>
        <translation>Start a new survey</translation>
    </message>
    <message>
        <source>Khusus petugas: masukkan kata sandi untuk keluar dari mode survei.</source>
        <translation>Staff only: enter the password to leave survey mode.</translation>
    </message>
    <message>
        <source>Kembali ke survei</source>
        <translation>Back to the survey</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Kata sandi salah. Mode survei tetap berjalan.</source>
        <translation>Wrong password. Survey mode stays on.</translation>
    </message>
    <message>
        <source>%1 Mode survei tetap berjalan.</source>
        <translation>%1 Survey mode stays on.</translation>
    </message>
</context>
<context>
    <name>SurveyProfile</name>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>di bawah 20 tahun</source>
        <translation>under 20 years</translation>
    </message>
    <message>
        <source>20–29 tahun</source>
        <translation>20–29 years</translation>
    </message>
    <message>
        <source>30–39 tahun</source>
        <translation>30–39 years</translation>
    </message>
    <message>
        <source>40–49 tahun</source>
        <translation>40–49 years</translation>
    </message>
    <message>
        <source>50–59 tahun</source>
        <translation>50–59 years</translation>
    </message>
    <message>
        <source>60 tahun ke atas</source>
        <translation>60 years and over</translation>
    </message>
    <message>
        <source>SD atau sederajat</source>
        <translation>Primary school (SD) or equivalent</translation>
    </message>
    <message>
        <source>SMP atau sederajat</source>
        <translation>Junior high school (SMP) or equivalent</translation>
    </message>
    <message>
        <source>SMA/SMK atau sederajat</source>
        <translation>Senior/vocational high school (SMA/SMK) or equivalent</translation>
    </message>
    <message>
        <source>D1–D4</source>
        <translation>Diploma (D1–D4)</translation>
    </message>
    <message>
        <source>S1</source>
        <translation>Bachelor&apos;s degree (S1)</translation>
    </message>
    <message>
        <source>S2</source>
        <translation>Master&apos;s degree (S2)</translation>
    </message>
    <message>
        <source>S3</source>
        <translation>Doctorate (S3)</translation>
    </message>
    <message>
        <source>PNS/ASN</source>
        <translation>Civil servant (PNS/ASN)</translation>
    </message>
    <message>
        <source>TNI/Polri</source>
        <translation>Military/Police (TNI/Polri)</translation>
    </message>
    <message>
        <source>Pegawai swasta</source>
        <translation>Private-sector employee</translation>
    </message>
    <message>
        <source>Wirausaha/pengusaha</source>
        <translation>Self-employed/business owner</translation>
    </message>
    <message>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>SurveyResultsPage</name>
    <message>
        <source>Semua layanan</source>
        <translation>All services</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>IKM %1</source>
        <translation>IKM %1</translation>
    </message>
    <message>
        <source>IKM —</source>
        <translation>IKM —</translation>
    </message>
    <message>
        <source>Mutu %1 · %2</source>
        <translation>Grade %1 · %2</translation>
    </message>
    <message>
        <source>belum ada jawaban pada periode ini</source>
        <translation>no responses in this period yet</translation>
    </message>
    <message>
        <source>%1 responden; sampel minimal (Krejcie-Morgan) untuk %2 kunjungan: %3.</source>
        <translation>%1 respondents; minimum sample (Krejcie-Morgan) for %2 visits: %3.</translation>
    </message>
    <message>
        <source>Kurang %1 responden.</source>
        <translation>%1 respondents short.</translation>
    </message>
    <message>
        <source>Impor jawaban SKM</source>
        <translation>Import SKM survey responses</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Semua berkas (*)</source>
        <translation>CSV (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>%1 jawaban diimpor dari %2.</source>
        <translation>%1 responses imported from %2.</translation>
    </message>
    <message>
        <source>%1 baris ditolak:</source>
        <translation>%1 rows rejected:</translation>
    </message>
    <message>
        <source>baris %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>… dan %1 baris lagi.</source>
        <translation>… and %1 more rows.</translation>
    </message>
    <message>
        <source>Hi&amp;tung</source>
        <translation>C&amp;alculate</translation>
    </message>
    <message>
        <source>Imp&amp;or CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>P&amp;eriode:</source>
        <translation>Peri&amp;od:</translation>
    </message>
    <message>
        <source>%1 baris sudah tersimpan dari impor sebelumnya dan tidak disimpan lagi.</source>
        <translation>%1 rows were already stored by an earlier import and were not stored again.</translation>
    </message>
    <message>
        <source>Laporan I&amp;KM (PDF)…</source>
        <translation>I&amp;KM report (PDF)…</translation>
    </message>
    <message>
        <source>Unsur (NRR)</source>
        <translation>Elements (NRR)</translation>
    </message>
    <message>
        <source>Per layanan</source>
        <translation>Per service</translation>
    </message>
    <message>
        <source>IKM = (jumlah NRR × 1/9) × 25, dengan bobot 1/9 yang tepat (PermenPAN-RB 14/2017). Mutu: %1. Tabel per layanan memakai periode yang sama untuk semua layanan.</source>
        <translation>IKM = (sum of NRR × 1/9) × 25, with the exact weight 1/9 (PermenPAN-RB 14/2017). Quality: %1. The per-service table uses the same period for every service.</translation>
    </message>
    <message>
        <source>Simpan laporan IKM</source>
        <translation>Save IKM report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Laporan IKM</source>
        <translation>IKM report</translation>
    </message>
</context>
<context>
    <name>SurveyStore</name>
    <message>
        <source>Pertanyaan %1 (%2) belum dijawab.</source>
        <translation>Question %1 (%2) has not been answered.</translation>
    </message>
    <message>
        <source>Data responden tidak dikenal.</source>
        <translation>Unknown respondent data.</translation>
    </message>
    <message>
        <source>Layanan %1 tidak ada dalam katalog.</source>
        <translation>Service %1 is not in the catalogue.</translation>
    </message>
    <message>
        <source>Akun Anda tidak boleh mengimpor jawaban survei.</source>
        <translation>Your account may not import survey responses.</translation>
    </message>
    <message>
        <source>Berkas ini sudah pernah diimpor pada %1; jawabannya tidak dihitung dua kali.</source>
        <translation>This file was already imported on %1; its responses are not counted twice.</translation>
    </message>
    <message>
        <source>Periode tidak sah: tanggal akhir harus sama dengan atau sesudah tanggal awal.</source>
        <translation>Invalid period: the end date must be on or after the start date.</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Usia</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Pendidikan terakhir</source>
        <translation>Highest education</translation>
    </message>
    <message>
        <source>Pekerjaan utama</source>
        <translation>Main occupation</translation>
    </message>
    <message>
        <source>Tidak diisi</source>
        <translation>Not given</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Tidak ada transaksi yang aktif.</source>
        <translation>No transaction is active.</translation>
    </message>
    <message>
        <source>Perubahan tidak dapat disimpan: %1</source>
        <translation>The changes cannot be saved: %1</translation>
    </message>
    <message>
        <source>Perubahan tidak dapat dimulai: %1</source>
        <translation>The change cannot be started: %1</translation>
    </message>
</context>
<context>
    <name>Validators</name>
    <message>
        <source>tidak boleh kosong.</source>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <source>harus satu baris, tanpa baris baru atau tab.</source>
        <translation>must be a single line, without line breaks or tabs.</translation>
    </message>
    <message>
        <source>berisi karakter kendali atau tak terlihat (%1) yang tidak diizinkan.</source>
        <translation>contains control or invisible characters (%1), which are not allowed.</translation>
    </message>
    <message>
        <source>terlalu panjang, paling banyak %1 karakter (sekarang %2).</source>
        <translation>too long: at most %1 characters (currently %2).</translation>
    </message>
    <message>
        <source>NIK wajib diisi.</source>
        <translation>NIK is required.</translation>
    </message>
    <message>
        <source>NIK hanya boleh berisi angka; %1 tidak diizinkan.</source>
        <translation>NIK may contain digits only; %1 is not allowed.</translation>
    </message>
    <message>
        <source>NIK harus 16 angka (sekarang %1).</source>
        <translation>NIK must be 16 digits (currently %1).</translation>
    </message>
    <message>
        <source>Kode provinsi dalam NIK (%1) tidak dikenal.</source>
        <translation>The province code in the NIK (%1) is not recognised.</translation>
    </message>
    <message>
        <source>Kode kabupaten/kota dalam NIK tidak boleh 00.</source>
        <translation>The regency/city code in the NIK cannot be 00.</translation>
    </message>
    <message>
        <source>Kode kecamatan dalam NIK tidak boleh 00.</source>
        <translation>The district code in the NIK cannot be 00.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK tidak sah: angka hari %1 harus 01-31, atau 41-71 untuk perempuan.</source>
        <translation>Invalid date of birth in the NIK: the day %1 must be 01-31, or 41-71 for women.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK tidak sah: bulan %1 tidak ada.</source>
        <translation>Invalid date of birth in the NIK: month %1 does not exist.</translation>
    </message>
    <message>
        <source>Tanggal lahir dalam NIK tidak sah: %1-%2-%3 tidak ada di kalender.</source>
        <translation>Invalid date of birth in the NIK: %1-%2-%3 does not exist in the calendar.</translation>
    </message>
    <message>
        <source>Nomor urut dalam NIK (4 angka terakhir) tidak boleh 0000.</source>
        <translation>The serial number in the NIK (last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <source>NPWP wajib diisi.</source>
        <translation>NPWP is required.</translation>
    </message>
    <message>
        <source>NPWP hanya boleh berisi angka, titik, tanda hubung dan spasi; %1 tidak diizinkan.</source>
        <translation>NPWP may contain only digits, dots, hyphens and spaces; %1 is not allowed.</translation>
    </message>
    <message>
        <source>NPWP harus 15, 16 atau 22 angka (sekarang %1).</source>
        <translation>NPWP must be 15, 16 or 22 digits (currently %1).</translation>
    </message>
    <message>
        <source>NPWP tidak boleh nol semua.</source>
        <translation>NPWP cannot be all zeros.</translation>
    </message>
    <message>
        <source>Digit pemeriksa NPWP tidak cocok; periksa kembali nomor ini.</source>
        <translation>The NPWP check digit does not match; check the number again.</translation>
    </message>
    <message>
        <source>NPWP ini berbentuk NIK, tetapi bukan NIK yang sah (%1) Periksa kembali nomor ini.</source>
        <translation>This NPWP has the form of a NIK but is not a valid NIK (%1). Check the number again.</translation>
    </message>
    <message>
        <source>NIB wajib diisi.</source>
        <translation>NIB is required.</translation>
    </message>
    <message>
        <source>NIB hanya boleh berisi angka; %1 tidak diizinkan.</source>
        <translation>NIB may contain digits only; %1 is not allowed.</translation>
    </message>
    <message>
        <source>NIB harus 13 angka (sekarang %1).</source>
        <translation>NIB must be 13 digits (currently %1).</translation>
    </message>
    <message>
        <source>NIB tidak boleh nol semua.</source>
        <translation>NIB cannot be all zeros.</translation>
    </message>
    <message>
        <source>Izin usaha wajib diisi: NIB 13 angka atau nomor SIUP/SIUJK.</source>
        <translation>A business licence is required: a 13-digit NIB or a SIUP/SIUJK number.</translation>
    </message>
    <message>
        <source>Nomor izin usaha hanya boleh berisi huruf, angka, garis miring, titik, tanda hubung dan spasi; %1 tidak diizinkan.</source>
        <translation>The business licence number may contain only letters, digits, slashes, dots, hyphens and spaces; %1 is not allowed.</translation>
    </message>
    <message>
        <source>Nomor izin usaha terlalu panjang: paling banyak 50 karakter (sekarang %1).</source>
        <translation>The business licence number is too long: at most 50 characters (currently %1).</translation>
    </message>
    <message>
        <source>Nomor izin usaha harus memuat angka: NIB 13 angka atau nomor SIUP/SIUJK.</source>
        <translation>The business licence number must contain digits: a 13-digit NIB or a SIUP/SIUJK number.</translation>
    </message>
    <message>
        <source>Alamat e-mail wajib diisi.</source>
        <translation>E-mail address is required.</translation>
    </message>
    <message>
        <source>Alamat e-mail terlalu panjang: paling banyak 254 karakter (sekarang %1).</source>
        <translation>The e-mail address is too long: at most 254 characters (currently %1).</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: tidak boleh berisi spasi.</source>
        <translation>Invalid e-mail address: it must not contain spaces.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: tidak ada tanda @.</source>
        <translation>Invalid e-mail address: there is no @ sign.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: hanya boleh ada satu tanda @.</source>
        <translation>Invalid e-mail address: only one @ sign is allowed.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: bagian sebelum @ kosong.</source>
        <translation>Invalid e-mail address: the part before the @ is empty.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: bagian sebelum @ lebih dari 64 karakter.</source>
        <translation>Invalid e-mail address: the part before the @ is longer than 64 characters.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: %1 tidak diizinkan sebelum @.</source>
        <translation>Invalid e-mail address: %1 is not allowed before the @.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: titik tidak boleh di awal atau di akhir bagian sebelum @, atau dua kali berurutan.</source>
        <translation>Invalid e-mail address: a dot cannot be at the start or end of the part before the @, or appear twice in a row.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: nama domain sesudah @ kosong.</source>
        <translation>Invalid e-mail address: the domain name after the @ is empty.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: %1 tidak diizinkan dalam nama domain.</source>
        <translation>Invalid e-mail address: %1 is not allowed in the domain name.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: nama domain harus memuat titik, mis. nama@contoh.co.id.</source>
        <translation>Invalid e-mail address: the domain name must contain a dot, e.g. name@example.co.id.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: titik dalam nama domain tidak boleh di awal, di akhir atau dua kali berurutan.</source>
        <translation>Invalid e-mail address: a dot in the domain name cannot be at the start or end, or appear twice in a row.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: bagian nama domain lebih dari 63 karakter.</source>
        <translation>Invalid e-mail address: a part of the domain name is longer than 63 characters.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: bagian nama domain tidak boleh diawali atau diakhiri tanda hubung.</source>
        <translation>Invalid e-mail address: a part of the domain name cannot start or end with a hyphen.</translation>
    </message>
    <message>
        <source>Alamat e-mail tidak sah: akhiran domain “%1” harus paling sedikit 2 huruf.</source>
        <translation>Invalid e-mail address: the domain ending “%1” must be at least 2 letters.</translation>
    </message>
    <message>
        <source>Nomor telepon wajib diisi.</source>
        <translation>Telephone number is required.</translation>
    </message>
    <message>
        <source>Nomor telepon hanya boleh berisi angka, + di depan, spasi, tanda hubung, titik atau tanda kurung; %1 tidak diizinkan.</source>
        <translation>The telephone number may contain only digits, a leading +, spaces, hyphens, dots or parentheses; %1 is not allowed.</translation>
    </message>
    <message>
        <source>Nomor telepon tidak dikenal: hanya nomor Indonesia (+62…) yang diterima.</source>
        <translation>Unrecognised telephone number: only Indonesian numbers (+62…) are accepted.</translation>
    </message>
    <message>
        <source>Nomor telepon tidak dikenal: gunakan 08… atau +62…</source>
        <translation>Unrecognised telephone number: use 08… or +62…</translation>
    </message>
    <message>
        <source>Nomor HP terlalu pendek: harus 10-13 angka termasuk 0 di depan (sekarang %1).</source>
        <translation>Mobile number too short: it must be 10-13 digits including the leading 0 (currently %1).</translation>
    </message>
    <message>
        <source>Nomor HP terlalu panjang: harus 10-13 angka termasuk 0 di depan (sekarang %1).</source>
        <translation>Mobile number too long: it must be 10-13 digits including the leading 0 (currently %1).</translation>
    </message>
    <message>
        <source>Nomor telepon kantor/rumah harus 0, kode wilayah dan 5-8 angka, mis. 0511-3366123.</source>
        <translation>An office/home telephone number must be 0, an area code and 5-8 digits, e.g. 0511-3366123.</translation>
    </message>
    <message>
        <source>Nama wajib diisi.</source>
        <translation>Name is required.</translation>
    </message>
    <message>
        <source>Nama tidak boleh berisi angka.</source>
        <translation>The name must not contain digits.</translation>
    </message>
    <message>
        <source>Nama tidak boleh berisi karakter kendali atau tak terlihat (%1).</source>
        <translation>The name must not contain control or invisible characters (%1).</translation>
    </message>
    <message>
        <source>Nama tidak boleh berisi %1; yang boleh hanya huruf, spasi, apostrof, titik, koma dan tanda hubung.</source>
        <translation>The name must not contain %1; only letters, spaces, apostrophes, dots, commas and hyphens are allowed.</translation>
    </message>
    <message>
        <source>Nama harus memuat huruf.</source>
        <translation>The name must contain letters.</translation>
    </message>
    <message>
        <source>Nama terlalu panjang: paling banyak %1 karakter (sekarang %2).</source>
        <translation>The name is too long: at most %1 characters (currently %2).</translation>
    </message>
    <message>
        <source>Tanggal wajib diisi.</source>
        <translation>Date is required.</translation>
    </message>
    <message>
        <source>Tanggal harus ditulis TTTT-BB-HH, mis. 2025-08-17.</source>
        <translation>The date must be written YYYY-MM-DD, e.g. 2025-08-17.</translation>
    </message>
    <message>
        <source>Tahun pada tanggal harus antara 1900 dan 2100 (sekarang %1).</source>
        <translation>The year of the date must be between 1900 and 2100 (currently %1).</translation>
    </message>
    <message>
        <source>Tanggal %1 tidak ada di kalender.</source>
        <translation>The date %1 does not exist in the calendar.</translation>
    </message>
</context>
<context>
    <name>VendorStore</name>
    <message>
        <source>Nama perusahaan: %1</source>
        <translation>Company name: %1</translation>
    </message>
    <message>
        <source>Bentuk usaha &quot;%1&quot; tidak dikenal.</source>
        <translation>Legal form &quot;%1&quot; is not recognised.</translation>
    </message>
    <message>
        <source>Alamat: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>User ID SPSE: %1</source>
        <translation>SPSE User ID: %1</translation>
    </message>
    <message>
        <source>NPWP %1 sudah terdaftar untuk penyedia lain.</source>
        <translation>NPWP %1 is already registered to another vendor.</translation>
    </message>
    <message>
        <source>Penyedia tidak ditemukan.</source>
        <translation>Vendor not found.</translation>
    </message>
    <message>
        <source>Tidak ada penyedia dengan NPWP itu.</source>
        <translation>There is no vendor with that NPWP.</translation>
    </message>
    <message>
        <source>Nama perusahaan</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>Bentuk usaha</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>VisitTable</name>
    <message>
        <source>Kunjungan berkas ini tidak ditemukan.</source>
        <translation>The visit for this file was not found.</translation>
    </message>
</context>
<context>
    <name>VoiceSettingsDialog</name>
    <message>
        <source>Suara panggilan</source>
        <translation>Call voice</translation>
    </message>
    <message>
        <source>&amp;Bacakan panggilan dengan suara (sesudah bunyi bel)</source>
        <translation>&amp;Read calls aloud (after the chime)</translation>
    </message>
    <message>
        <source>T&amp;es suara</source>
        <translation>&amp;Test voice</translation>
    </message>
    <message>
        <source>Memanggil %1 ke meja PC ini (%2)</source>
        <translation>Calling %1 to this PC&apos;s desk (%2)</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>&amp;Kecepatan:</source>
        <translation>S&amp;peed:</translation>
    </message>
    <message>
        <source>&amp;Suara:</source>
        <translation>V&amp;oice:</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Otomatis: suara bahasa Indonesia pertama</source>
        <translation>Automatic: the first Indonesian voice</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (tersimpan)</source>
        <translation>%1 (saved)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>biasa</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>lebih lambat %1</source>
        <translation>slower %1</translation>
    </message>
    <message>
        <source>lebih cepat +%1</source>
        <translation>faster +%1</translation>
    </message>
    <message>
        <source>Suara dimatikan: setiap panggilan hanya berbunyi bel.</source>
        <translation>Voice turned off: each call only chimes.</translation>
    </message>
    <message>
        <source>Suara tidak tersedia: %1 Panggilan tetap berbunyi bel, tanpa suara.</source>
        <translation>Voice not available: %1 Calls still chime, without voice.</translation>
    </message>
    <message>
        <source>Suara siap.</source>
        <translation>Voice ready.</translation>
    </message>
</context>
<context>
    <name>WaitingRoom</name>
    <message>
        <source>Hanya petugas helpdesk yang memanggil antrian untuk pemeriksaan berkas.</source>
        <translation>Only helpdesk officers call the queue for the document check.</translation>
    </message>
    <message>
        <source>Hanya verifikator atau admin sistem yang memanggil pemohon untuk mengambil hasil layanan.</source>
        <translation>Only a verifikator or the admin sistem calls applicants to collect a service&apos;s result.</translation>
    </message>
    <message>
        <source>Tidak ada yang menunggu dipanggil.</source>
        <translation>Nobody is waiting to be called.</translation>
    </message>
    <message>
        <source>Tidak ada yang menunggu dipanggil untuk layanan meja ini.</source>
        <translation>Nobody is waiting to be called for this desk&apos;s services.</translation>
    </message>
    <message>
        <source>Nomor itu tidak menunggu dipanggil hari ini: berkasnya sudah diperiksa atau bukan dari hari ini.</source>
        <translation>That number is not waiting to be called today: its file is already being checked or is not from today.</translation>
    </message>
    <message>
        <source>Nomor %1 sedang dipanggil ke %2.</source>
        <translation>Number %1 is being called to %2.</translation>
    </message>
    <message>
        <source>Nomor %1 sudah dipanggil ke meja ini: gunakan &quot;Panggil ulang&quot;.</source>
        <translation>Number %1 is already called to this desk: use &quot;Call again&quot;.</translation>
    </message>
    <message>
        <source>Nomor %1 bukan giliran berikutnya: tuliskan alasan memanggilnya lebih dahulu.</source>
        <translation>Number %1 is not next in turn: write why it is called first.</translation>
    </message>
    <message>
        <source>Alasan memanggil di luar urutan</source>
        <translation>Reason for calling out of turn</translation>
    </message>
    <message>
        <source>Meja ini belum memanggil nomor yang masih ditunggu.</source>
        <translation>This desk has not called a number that is still expected.</translation>
    </message>
    <message>
        <source>Nomor %1 baru dipanggil %2 kali: &quot;Tidak hadir&quot; setelah %3 kali dipanggil.</source>
        <translation>Number %1 was called only %2 times: &quot;Not present&quot; after %3 calls.</translation>
    </message>
    <message>
        <source>Hanya administrator yang boleh mengubah pengaturan ini.</source>
        <translation>Only an administrator may change this setting.</translation>
    </message>
    <message>
        <source>Jumlah panggilan sebelum &quot;Tidak hadir&quot; harus antara 1 dan %1.</source>
        <translation>The number of calls before &quot;Not present&quot; must be between 1 and %1.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 harus ditulis dengan jelas.</source>
        <translation>%1 must be stated clearly.</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>Kalender kerja bukan JSON yang sah (posisi %1): %2</source>
        <translation>The working calendar is not valid JSON (position %1): %2</translation>
    </message>
    <message>
        <source>Kalender kerja harus berupa objek JSON.</source>
        <translation>The working calendar must be a JSON object.</translation>
    </message>
    <message>
        <source>Kalender kerja, kolom &quot;%1&quot;: %2</source>
        <translation>Working calendar, field &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>format %1 tidak dikenal (harus 1).</source>
        <translation>unknown format %1 (must be 1).</translation>
    </message>
    <message>
        <source>harus teks, misalnya &quot;Asia/Makassar&quot;, atau kosong.</source>
        <translation>must be text, e.g. &quot;Asia/Makassar&quot;, or empty.</translation>
    </message>
    <message>
        <source>zona waktu &quot;%1&quot; tidak dikenal.</source>
        <translation>unknown time zone &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>harus objek jam kerja atau null (libur).</source>
        <translation>must be a working-hours object or null (day off).</translation>
    </message>
    <message>
        <source>harus jam berbentuk JJ:MM.</source>
        <translation>must be a time of the form HH:MM.</translation>
    </message>
    <message>
        <source>jam tutup harus setelah jam buka.</source>
        <translation>closing time must be after opening time.</translation>
    </message>
    <message>
        <source>harus daftar pasangan [&quot;JJ:MM&quot;, &quot;JJ:MM&quot;].</source>
        <translation>must be a list of pairs [&quot;HH:MM&quot;, &quot;HH:MM&quot;].</translation>
    </message>
    <message>
        <source>harus pasangan [&quot;JJ:MM&quot;, &quot;JJ:MM&quot;].</source>
        <translation>must be a pair [&quot;HH:MM&quot;, &quot;HH:MM&quot;].</translation>
    </message>
    <message>
        <source>akhir istirahat harus setelah awalnya.</source>
        <translation>the end of a break must be after its start.</translation>
    </message>
    <message>
        <source>istirahat harus di dalam jam kerja %1-%2.</source>
        <translation>breaks must be within working hours %1-%2.</translation>
    </message>
    <message>
        <source>istirahat bertumpang tindih dengan istirahat lain.</source>
        <translation>break overlaps another break.</translation>
    </message>
    <message>
        <source>tidak ada jam kerja di luar istirahat.</source>
        <translation>no working hours outside the breaks.</translation>
    </message>
    <message>
        <source>harus objek dengan kunci &quot;1&quot; (Senin) sampai &quot;7&quot; (Minggu).</source>
        <translation>must be an object with keys &quot;1&quot; (Monday) to &quot;7&quot; (Sunday).</translation>
    </message>
    <message>
        <source>hari harus &quot;1&quot; (Senin) sampai &quot;7&quot; (Minggu).</source>
        <translation>day must be &quot;1&quot; (Monday) to &quot;7&quot; (Sunday).</translation>
    </message>
    <message>
        <source>tidak ada; tulis null untuk hari libur.</source>
        <translation>missing; write null for a day off.</translation>
    </message>
    <message>
        <source>harus daftar hari libur.</source>
        <translation>must be a list of holidays.</translation>
    </message>
    <message>
        <source>harus objek dengan date, name dan kind.</source>
        <translation>must be an object with date, name and kind.</translation>
    </message>
    <message>
        <source>harus tanggal berbentuk TTTT-BB-HH.</source>
        <translation>must be a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>tanggal %1 dipakai dua kali.</source>
        <translation>date %1 used twice.</translation>
    </message>
    <message>
        <source>tidak boleh kosong.</source>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <source>harus &quot;national&quot;, &quot;cuti_bersama&quot; atau &quot;local&quot;.</source>
        <translation>must be &quot;national&quot;, &quot;cuti_bersama&quot; or &quot;local&quot;.</translation>
    </message>
    <message>
        <source>harus daftar jadwal khusus.</source>
        <translation>must be a list of special schedules.</translation>
    </message>
    <message>
        <source>harus objek dengan name, from, to dan days.</source>
        <translation>must be an object with name, from, to and days.</translation>
    </message>
    <message>
        <source>tanggal akhir sebelum tanggal awal.</source>
        <translation>end date before start date.</translation>
    </message>
    <message>
        <source>Hari libur</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Jadwal khusus</source>
        <translation>Special schedule</translation>
    </message>
</context>
</TS>
