import type { historyEn } from './history-en';
import type { OtherOnly } from './plural-shape';

/** Indonesian strings of paged chat history, the auto-sent filter and assignment. */
export const historyId: OtherOnly<typeof historyEn> = {
  loadingOlder: 'Memuat pesan sebelumnya',
  filters: { autoSent: 'Terkirim otomatis', assignedToMe: 'Ditugaskan ke saya' },
  assign: { label: 'Ditugaskan ke', menu: 'Tugaskan obrolan ini', nobody: 'Tidak ada', assigned: 'Ditugaskan ke {{name}}' },
};
