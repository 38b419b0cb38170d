import type { setupEn } from './setup-en';
import type { OtherOnly } from './plural-shape';

/** Indonesian strings for the first-run setup wizard. */
export const setupId: OtherOnly<typeof setupEn> = {
  title: 'Siapkan toko kamu',
  description:
    'Beberapa langkah, sekitar sepuluh menit. Boleh ditinggal kapan saja dan dilanjutkan di sini nanti; setiap langkah bisa dilewati dan dikerjakan nanti dari layarnya sendiri.',
  nav: 'Selesaikan persiapan',
  navHint: 'Lanjutkan dari yang terakhir',
  leave: 'Tinggalkan persiapan dulu',
  continue: 'Lanjut',
  skip: 'Lewati dulu',
  back: 'Kembali',
  finish: 'Selesai dan buka kotak masuk',
  skipFinish: 'Lewati dan buka kotak masuk',
  done: 'Selesai',
  skipped: 'Dilewati',
  runAgain: 'Jalankan persiapan lagi',
  runAgainHelp: 'Ulangi langkah-langkah persiapan (yang sudah kamu lakukan tidak dibatalkan).',
  steps: {
    profile: { label: 'Toko', title: 'Toko kamu dan bahasanya', help: 'Nama, jam buka, dan bahasa yang dipakai pelanggan kamu. Balasan memakai semua ini.' },
    knowledge: {
      label: 'Pengetahuan',
      title: 'Apa yang diketahui asisten',
      help: 'Produk kamu dan jawaban untuk pertanyaan umum. Impor file kamu sendiri, atau mulai dari toko demo untuk melihat cara kerjanya (profil toko diganti dengan profil demo).',
      demo: 'Mulai dari toko demo',
      import: 'Impor folder atau spreadsheet (CSV)',
      have: 'Asisten tahu {{products}} produk dan {{faqs}} jawaban.',
    },
    staff: {
      label: 'Orang',
      title: 'Kamu, dan siapa lagi yang bertugas',
      help: 'Kamu pemiliknya. PIN mencegah staf mengubah pengaturan pemilik di komputer bersama.',
      ownerName: 'Nama kamu',
      ownerPin: 'PIN kamu (opsional, 4 sampai 8 angka)',
      ownerPinSet: 'PIN kamu sudah terpasang. Ketik yang baru untuk menggantinya.',
      saveOwner: 'Simpan',
      ownerSaved: 'Tersimpan.',
    },
    model: {
      label: 'Model',
      title: 'Siapa yang menulis draf',
      help: 'Biarkan “Tanpa model” untuk menyusun draf kata demi kata dari pengetahuan kamu, atau hubungkan server model atau kunci API sekarang.',
    },
    whatsapp: {
      label: 'WhatsApp',
      title: 'Tautkan WhatsApp toko',
      help: 'Pindai kode QR atau ketik kode di ponsel toko. Kamu bisa melewati ini dan berlatih dulu.',
      linked: 'WhatsApp sudah tertaut.',
    },
    practice: {
      label: 'Coba',
      title: 'Chat latihan',
      help: 'Menulislah seolah-olah kamu pelanggan. Asisten menyusun draf balasan dari pengetahuan kamu; tidak ada yang terkirim sampai kamu setujui. Chat ini tidak pernah keluar dari Counterpart.',
      customer: 'Pelanggan latihan',
      question: 'Pesan pelanggan',
      suggestion: 'Jam berapa toko buka?',
      send: 'Kirim sebagai pelanggan',
      waiting: 'Menyusun balasan…',
      sent: 'Balasan pertama kamu sudah terkirim. Begini cara kerja setiap chat: asisten menyusun draf, kamu yang memutuskan.',
    },
  },
};
