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
  support: {
    title: 'Actualizaciones y soporte',
    channel: 'Canal de actualizaciones',
    channels: { stable: 'Estable (recomendado)', beta: 'Beta (novedades antes)' },
    channelHelp: 'Las versiones beta pueden tener detalles por pulir. Al volver a estable se espera a la siguiente versión estable.',
    copy: 'Copiar diagnóstico',
    copied: 'Diagnóstico copiado. Pégalo en tu solicitud de soporte.',
    copyFailed: 'No se pudo copiar automáticamente; selecciona el texto de abajo y cópialo.',
    diagnosticsHelp: 'Versiones, carpeta de datos, estado de la base de datos, de WhatsApp y del modelo. Nunca tus claves ni los mensajes de tus clientes.',
  },
};
