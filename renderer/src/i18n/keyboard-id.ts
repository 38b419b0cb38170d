import type { keyboardEn } from './keyboard-en';
import type { OtherOnly } from './plural-shape';

/** Indonesian strings of the keyboard shortcuts and "Sent · Undo". */
export const keyboardId: OtherOnly<typeof keyboardEn> = {
  sheetTitle: 'Pintasan keyboard',
  sheetIntro: 'Di kotak masuk, saat kursor tidak berada di kotak teks. Esc keluar dari kotak teks.',
  open: 'Pintasan keyboard (?)',
  groups: { move: 'Pindah', draft: 'Draf', write: 'Menulis', other: 'Lainnya' },
  keys: {
    next: 'Percakapan berikutnya',
    previous: 'Percakapan sebelumnya',
    approve: 'Setujui & kirim draf',
    approveInEditor: 'Setujui & kirim dari editor',
    edit: 'Ubah draf (kursor pindah ke dalamnya)',
    reject: 'Tolak draf (alasan opsional; Enter untuk konfirmasi)',
    reply: 'Tulis di kotak balasan',
    quickReply: 'Sisipkan balasan cepat',
    send: 'Kirim dari kotak balasan',
    search: 'Cari chat',
    undo: 'Urungkan kiriman terakhir selama masih tampil',
    leave: 'Keluar dari kotak teks',
    help: 'Tampilkan daftar ini',
  },
  sent: 'Terkirim ke {{name}}',
  sentHint: 'Dikirim dalam {{seconds}} dtk.',
  undo: 'Urungkan',
  undone: 'Tidak terkirim — teksnya kembali ke editor',
  undoFailed: 'Sudah terlambat untuk diurungkan',
  nothingNext: 'Tidak ada lagi yang perlu kamu tangani sekarang.',
};
