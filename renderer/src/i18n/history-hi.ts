import type { historyEn } from './history-en';

/** Hindi strings of paged chat history, the auto-sent filter and assignment. */
export const historyHi: typeof historyEn = {
  loadingOlder: 'पिछले संदेश लोड हो रहे हैं',
  filters: { autoSent: 'अपने-आप भेजे गए', assignedToMe: 'मुझे सौंपे गए' },
  assign: { label: 'सौंपा गया', menu: 'यह चैट सौंपें', nobody: 'कोई नहीं', assigned: '{{name}} को सौंपा गया' },
};
