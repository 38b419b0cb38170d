import type { historyEn } from './history-en';
import type { OtherOnly } from './plural-shape';

/** Vietnamese strings of paged chat history, the auto-sent filter and assignment. */
export const historyVi: OtherOnly<typeof historyEn> = {
  loadingOlder: 'Đang tải tin nhắn cũ hơn',
  filters: { autoSent: 'Đã tự động gửi', assignedToMe: 'Giao cho tôi' },
  assign: { label: 'Giao cho', menu: 'Giao cuộc trò chuyện này', nobody: 'Không ai', assigned: 'Đã giao cho {{name}}' },
};
