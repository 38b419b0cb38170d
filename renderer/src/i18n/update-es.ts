import type { updateEn } from './update-en';

/** Spanish strings for updates (the navbar notice). */
export const updateEs: typeof updateEn = {
  downloading: 'Descargando la versión {{version}}…',
  ready: 'La versión {{version}} está lista',
  notes: 'Novedades',
  restart: 'Reiniciar para actualizar',
  heldSending: 'Se está enviando una respuesta. Vuelve a reiniciar cuando haya salido.',
  managed: 'Las actualizaciones llegan a través de tu gestor de paquetes.',
  beta: 'canal beta',
};
