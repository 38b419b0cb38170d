import type { quickRepliesEn } from './quick-replies-en';
import type { OtherOnly } from './plural-shape';

/** Indonesian strings of quick replies: the `/` picker and the settings section. */
export const quickRepliesId: OtherOnly<typeof quickRepliesEn> = {
  title: 'Balasan cepat',
  description:
    'Teks yang sering kamu kirim. Ketik / dan pintasannya di kotak balasan atau draf mana pun untuk menyisipkannya, dalam bahasa pelanggan kalau kamu sudah menulisnya.',
  variablesHint:
    'Kamu bisa memakai {name} (nama depan pelanggan — dilewati kalau tidak diketahui), {fullname}, {shop}, {operator}, {hours}, dan {location}.',
  add: 'Tambah balasan cepat',
  edit: 'Ubah',
  delete: 'Hapus',
  deleteConfirm: 'Hapus /{{shortcut}}?',
  empty: 'Belum ada balasan cepat.',
  titleLabel: 'Judul',
  titlePlaceholder: 'Jam buka',
  shortcutLabel: 'Pintasan',
  shortcutDescription: 'Huruf, angka, - atau _; diketik setelah /.',
  textLabel: 'Teks dalam {{language}}',
  textPlaceholder: 'Halo {name}! Kami buka Senin sampai Sabtu, 9:00–19:00.',
  languagesWritten: 'Bahasa',
  saved: 'Balasan cepat tersimpan',
  deleted: 'Balasan cepat dihapus',
  pickerLabel: 'Balasan cepat',
  pickerEmpty: 'Belum ada balasan cepat. Tambahkan di Asisten → Balasan cepat.',
  pickerNoMatch: 'Tidak ada balasan cepat yang cocok dengan /{{query}}.',
  pickerHint: '↑ ↓ untuk memilih · Enter untuk menyisipkan · Esc untuk menutup',
  colShortcut: 'Pintasan',
  colTitle: 'Judul',
  colLanguages: 'Bahasa',
};
