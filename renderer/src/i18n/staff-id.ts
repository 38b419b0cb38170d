import type { staffEn } from './staff-en';
import type { OtherOnly } from './plural-shape';

/** Indonesian strings for staff: the Staff panel and the header's quick switch. */
export const staffId: OtherOnly<typeof staffEn> = {
  title: 'Staf dan PIN',
  description:
    'Siapa saja yang memakai Counterpart di toko. Semua orang bisa menyetujui, mengubah, dan membalas; hanya pemilik yang bisa mengganti model, menghapus atau mengimpor pengetahuan, dan mengelola staf. Setiap tindakan di Aktivitas mencatat orang yang sedang bertugas.',
  name: 'Nama',
  role: 'Peran',
  roles: { owner: 'Pemilik', staff: 'Staf' },
  pin: 'PIN (opsional)',
  pinHelp: '4 sampai 8 angka, diminta saat seseorang beralih ke orang ini. Disarankan untuk pemilik di komputer bersama.',
  newPin: 'PIN baru',
  pinSet: 'PIN terpasang',
  noPin: 'Tanpa PIN',
  atDesk: 'Sedang bertugas',
  add: 'Tambah orang',
  addTitle: 'Tambah orang',
  edit: 'Ubah',
  editTitle: 'Ubah {{name}}',
  clearPin: 'Hapus PIN',
  keepPin: 'Kosongkan untuk tetap memakai PIN yang sekarang.',
  remove: 'Hapus',
  removeConfirm: 'Hapus {{name}}? Tindakannya yang lalu tetap ada di Aktivitas.',
  saved: 'Tersimpan.',
  ownerOnly: 'Hanya pemilik yang bisa menambah orang atau mengubah orang lain. Kamu bisa mengubah nama dan PIN kamu sendiri.',
  switch: {
    button: 'Ganti siapa yang bertugas',
    title: 'Siapa yang bertugas?',
    pinFor: 'PIN untuk {{name}}',
    go: 'Ganti',
    manage: 'Kelola staf',
    switched: '{{name}} sedang bertugas.',
  },
  errors: {
    wrongPin: 'PIN itu salah.',
    rateLimited: 'Terlalu banyak PIN salah. Tunggu beberapa menit lalu coba lagi.',
    ownerOnly: 'Hanya pemilik yang bisa melakukan ini. Minta pemilik untuk masuk.',
  },
};
