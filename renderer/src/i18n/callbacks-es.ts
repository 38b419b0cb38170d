import type { callbacksEn } from './callbacks-en';

/** Spanish strings of warm callbacks: the settings section. */
export const callbacksEs: typeof callbacksEn = {
  title: 'Seguimientos',
  description:
    'Cuando un cliente deja de escribir después de que respondiste su pregunta, el asistente redacta un seguimiento con el precio y las existencias actuales del producto. Espera tu aprobación como cualquier borrador y solo sale solo donde permitiste el piloto automático para su tema.',
  enabled: 'Redactar un seguimiento para los clientes que dejaron de escribir',
  delay: 'Dar seguimiento después de (horas)',
  delayHelp: 'Contado desde tu respuesta, entre {{min}} y {{max}} horas.',
  rules:
    'Como máximo uno por chat, solo dentro de las 24 horas desde el último mensaje del cliente, nunca en tus horas de silencio, nunca a clientes que pidieron no recibir mensajes, se quejaron o están con una persona. El precio y las existencias se revisan otra vez antes de enviarlo.',
  saved: 'Guardado.',
  failed: 'No se guardó: {{message}}',
};
