import type { OtherOnly } from './plural-shape';
import type { updateEn } from './update-en';

/** Indonesian strings for updates (the navbar notice). */
export const updateId: OtherOnly<typeof updateEn> = {
  downloading: 'Mengunduh versi {{version}}…',
  ready: 'Versi {{version}} siap',
  notes: 'Yang baru',
  restart: 'Mulai ulang untuk memperbarui',
  heldSending: 'Sebuah balasan sedang dikirim. Mulai ulang lagi setelah terkirim.',
  managed: 'Pembaruan datang lewat pengelola paket kamu.',
  beta: 'kanal beta',
  support: {
    title: 'Pembaruan dan bantuan',
    channel: 'Kanal pembaruan',
    channels: { stable: 'Stabil (disarankan)', beta: 'Beta (fitur baru lebih dulu)' },
    channelHelp: 'Versi beta mungkin belum sempurna. Kalau kembali ke stabil, kamu menunggu versi stabil berikutnya.',
    copy: 'Salin diagnostik',
    copied: 'Diagnostik disalin. Tempel di permintaan bantuan kamu.',
    copyFailed: 'Tidak bisa menyalin otomatis; pilih teks di bawah lalu salin.',
    diagnosticsHelp: 'Versi, folder data, kesehatan database, tautan WhatsApp, dan status model. Tidak pernah kunci kamu atau pesan pelanggan.',
  },
};
