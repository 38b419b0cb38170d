import type { quickRepliesEn } from './quick-replies-en';

/** Spanish strings of quick replies. */
export const quickRepliesEs: typeof quickRepliesEn = {
  title: 'Respuestas rápidas',
  description: 'Textos que envías a menudo. Escribe / y el atajo en cualquier respuesta o borrador para insertarlo, en el idioma del cliente si lo escribiste.',
  variablesHint: 'Puedes usar {name} (el nombre del cliente; se omite si no se conoce), {fullname}, {shop}, {operator}, {hours} y {location}.',
  add: 'Añadir respuesta rápida',
  edit: 'Editar',
  delete: 'Eliminar',
  deleteConfirm: '¿Eliminar /{{shortcut}}?',
  empty: 'Aún no hay respuestas rápidas.',
  titleLabel: 'Título',
  titlePlaceholder: 'Horario',
  shortcutLabel: 'Atajo',
  shortcutDescription: 'Letras, números, - o _; se escribe después de /.',
  textLabel: 'Texto en {{language}}',
  textPlaceholder: '¡Hola {name}! Abrimos de lunes a sábado, de 9:00 a 19:00.',
  languagesWritten: 'Idiomas',
  saved: 'Respuesta rápida guardada',
  deleted: 'Respuesta rápida eliminada',
  pickerLabel: 'Respuestas rápidas',
  pickerEmpty: 'Aún no hay respuestas rápidas. Añádelas en Asistente → Respuestas rápidas.',
  pickerNoMatch: 'Ninguna respuesta rápida coincide con /{{query}}.',
  pickerHint: '↑ ↓ para elegir · Intro para insertar · Esc para cerrar',
  colShortcut: 'Atajo',
  colTitle: 'Título',
  colLanguages: 'Idiomas',
};
