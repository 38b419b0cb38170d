import type { staffEn } from './staff-en';

/** Spanish strings for staff: the Staff panel and the header's quick switch. */
export const staffEs: typeof staffEn = {
  title: 'Personal y PIN',
  description:
    'Quién usa Counterpart en la tienda. Todos aprueban, editan y responden; solo un dueño cambia el modelo, borra o importa conocimiento y gestiona al personal. Cada acción en Actividad lleva el nombre de quien atiende.',
  name: 'Nombre',
  role: 'Rol',
  roles: { owner: 'Dueño', staff: 'Personal' },
  pin: 'PIN (opcional)',
  pinHelp: 'De 4 a 8 dígitos; se pide al cambiar a esta persona. Recomendado para dueños en una computadora compartida.',
  newPin: 'PIN nuevo',
  pinSet: 'Con PIN',
  noPin: 'Sin PIN',
  atDesk: 'Atendiendo',
  add: 'Añadir persona',
  addTitle: 'Añadir una persona',
  edit: 'Editar',
  editTitle: 'Editar a {{name}}',
  clearPin: 'Quitar el PIN',
  keepPin: 'Déjalo vacío para conservar el PIN actual.',
  remove: 'Quitar',
  removeConfirm: '¿Quitar a {{name}}? Sus acciones pasadas siguen en Actividad.',
  saved: 'Guardado.',
  ownerOnly: 'Solo un dueño puede añadir personas o cambiar a otra persona. Puedes cambiar tu propio nombre y PIN.',
  switch: {
    button: 'Cambiar quién atiende',
    title: '¿Quién atiende?',
    pinFor: 'PIN de {{name}}',
    go: 'Cambiar',
    manage: 'Gestionar personal',
    switched: '{{name}} está atendiendo.',
  },
  errors: {
    wrongPin: 'Ese PIN no es correcto.',
    rateLimited: 'Demasiados PIN incorrectos. Espera unos minutos y vuelve a intentarlo.',
    ownerOnly: 'Solo un dueño puede hacer esto. Pide a un dueño que entre.',
  },
};
