import type { factProposalsEn } from './fact-proposals-en';

/** Spanish strings of customer facts proposed in the background: the settings section. */
export const factProposalsEs: typeof factProposalsEn = {
  title: 'Datos desde las conversaciones',
  description:
    'Con un modelo, el asistente lee los mensajes nuevos de un cliente cuando ya respondiste y el chat quedó en calma (o lo resolviste), y propone datos para su ficha, como una talla o una alergia. Una propuesta nunca se usa en un borrador hasta que una persona la aprueba en la ficha.',
  enabled: 'Proponer datos desde las conversaciones',
  noModel: 'Necesita un modelo. Sin él, el equipo agrega los datos en la ficha del cliente.',
  saved: 'Guardado.',
  failed: 'No se guardó: {{message}}',
};
