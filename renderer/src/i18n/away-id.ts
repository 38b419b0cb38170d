import type { awayEn } from './away-en';
import type { OtherOnly } from './plural-shape';

/** Indonesian strings of the greeting, away and holding messages and the AI disclosure line. */
export const awayId: OtherOnly<typeof awayEn> = {
  title: 'Pesan sapaan, pesan tutup, dan pesan tunggu',
  description: 'Pesan yang Anda tulis sekali dan dikirim aplikasi sendiri, dalam bahasa pelanggan, tidak pernah ke pelanggan yang berhenti berlangganan. Tombol henti menghentikan dan mematikannya.',
  language: 'Bahasa pelanggan',
  textIn: '{{message}} dalam {{language}}',
  greeting: {
    label: 'Sapaan',
    help: 'Dikirim sekali, saat pelanggan pertama kali menulis ke toko.',
    placeholder: 'Halo! Terima kasih sudah menghubungi kami.',
  },
  away: {
    label: 'Pesan tutup',
    help: 'Dikirim di luar jam buka profil toko Anda, paling banyak sekali sehari per chat.',
    placeholder: 'Kami sedang tutup; kami akan membalas saat buka.',
  },
  holding: {
    label: 'Pesan tunggu',
    help: 'Dikirim sekali saat chat diserahkan ke orang. {opens} diganti dengan jam buka Anda.',
    placeholder: 'Seseorang dari toko akan membalas Anda — kami buka pukul {opens}.',
  },
  disclosure: {
    label: 'Beri tahu pelanggan bahwa asisten menyusun balasan',
    help: 'Satu baris yang ditambahkan ke pesan otomatis. Kosongkan teks untuk memakai saran.',
    off: 'Mati',
    first: 'Pada pesan otomatis pertama dalam chat',
    every: 'Pada setiap pesan otomatis',
  },
  saved: 'Tersimpan.',
  error: 'Gagal menyimpan. Hanya pemilik yang dapat mengubah pesan ini.',
};
