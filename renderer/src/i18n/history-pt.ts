import type { historyEn } from './history-en';

/** Brazilian Portuguese strings of paged chat history, the auto-sent filter and assignment. */
export const historyPt: typeof historyEn = {
  loadingOlder: 'Carregando mensagens anteriores',
  filters: { autoSent: 'Enviadas automaticamente', assignedToMe: 'Atribuídas a mim' },
  assign: { label: 'Atribuída a', menu: 'Atribuir esta conversa', nobody: 'Ninguém', assigned: 'Atribuída a {{name}}' },
};
