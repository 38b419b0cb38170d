import type { awayEn } from './away-en';

/** Spanish strings of the greeting, away and holding messages and the AI disclosure line. */
export const awayEs: typeof awayEn = {
  title: 'Mensajes de bienvenida, ausencia y espera',
  description: 'Mensajes que escribes una vez y la app envía sola, en el idioma del cliente, nunca a quien pidió no recibir mensajes. El botón de parada los detiene y los apaga.',
  language: 'Idioma del cliente',
  textIn: '{{message}} en {{language}}',
  greeting: {
    label: 'Bienvenida',
    help: 'Se envía una vez, cuando un cliente escribe a la tienda por primera vez.',
    placeholder: '¡Hola! Gracias por escribirnos.',
  },
  away: {
    label: 'Mensaje de ausencia',
    help: 'Se envía fuera del horario de tu perfil de tienda, como mucho una vez al día por chat.',
    placeholder: 'Ahora estamos cerrados; te responderemos cuando abramos.',
  },
  holding: {
    label: 'Respuesta de espera',
    help: 'Se envía una vez cuando un chat pasa a una persona. {opens} se cambia por la hora en que abres.',
    placeholder: 'Una persona de la tienda te responderá; abrimos a las {opens}.',
  },
  disclosure: {
    label: 'Avisar que un asistente redacta las respuestas',
    help: 'Una línea añadida a los mensajes automáticos. Deja el texto vacío para usar el sugerido.',
    off: 'Apagado',
    first: 'En el primer mensaje automático de un chat',
    every: 'En cada mensaje automático',
  },
  saved: 'Guardado.',
  error: 'No se pudo guardar. Solo un dueño puede cambiar estos mensajes.',
};
