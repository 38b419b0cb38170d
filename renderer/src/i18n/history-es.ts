import type { historyEn } from './history-en';

/** Spanish strings of paged chat history, the auto-sent filter and assignment. */
export const historyEs: typeof historyEn = {
  loadingOlder: 'Cargando mensajes anteriores',
  filters: { autoSent: 'Enviadas solas', assignedToMe: 'Asignadas a mí' },
  assign: { label: 'Asignada a', menu: 'Asignar este chat', nobody: 'Nadie', assigned: 'Asignada a {{name}}' },
};
