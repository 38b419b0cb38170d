import type { callbacksEn } from './callbacks-en';
import type { OtherOnly } from './plural-shape';

/** Indonesian strings of warm callbacks: the settings section. */
export const callbacksId: OtherOnly<typeof callbacksEn> = {
  title: 'Pesan tindak lanjut',
  description:
    'Saat pelanggan tidak membalas lagi setelah kamu menjawab pertanyaannya, asisten membuat draf satu pesan tindak lanjut dengan harga dan stok produk yang terbaru. Draf ini menunggu persetujuanmu seperti draf lain, dan hanya terkirim sendiri untuk topik yang autopilotnya kamu izinkan.',
  enabled: 'Buat draf tindak lanjut untuk pelanggan yang tidak membalas lagi',
  delay: 'Tindak lanjuti setelah (jam)',
  delayHelp: 'Dihitung dari jawabanmu, antara {{min}} dan {{max}} jam.',
  rules:
    'Paling banyak satu per chat, hanya dalam 24 jam sejak pesan terakhir pelanggan, tidak pernah di jam tenangmu, tidak pernah ke pelanggan yang minta berhenti dikirimi pesan, mengeluh, atau sedang ditangani orang. Harga dan stok dicek lagi sebelum dikirim.',
  saved: 'Tersimpan.',
  failed: 'Tidak tersimpan: {{message}}',
};
