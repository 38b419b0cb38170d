import type { keyboardEn } from './keyboard-en';

/** Spanish strings of the keyboard shortcuts and "Enviado · Deshacer". */
export const keyboardEs: typeof keyboardEn = {
  sheetTitle: 'Atajos de teclado',
  sheetIntro: 'En la bandeja, cuando el cursor no está en un cuadro de texto. Esc sale del cuadro de texto.',
  open: 'Atajos de teclado (?)',
  groups: { move: 'Moverse', draft: 'El borrador', write: 'Escribir', other: 'Otros' },
  keys: {
    next: 'Conversación siguiente',
    previous: 'Conversación anterior',
    approve: 'Aprobar y enviar el borrador',
    approveInEditor: 'Aprobar y enviar desde el editor',
    edit: 'Editar el borrador (el cursor entra en él)',
    reject: 'Rechazar el borrador (motivo opcional; Intro confirma)',
    reply: 'Escribir en el cuadro de respuesta',
    quickReply: 'Insertar una respuesta rápida',
    send: 'Enviar desde el cuadro de respuesta',
    search: 'Buscar chats',
    undo: 'Deshacer el último envío mientras se muestra',
    leave: 'Salir del cuadro de texto',
    help: 'Mostrar esta lista',
  },
  sent: 'Enviado a {{name}}',
  sentHint: 'Sale en {{seconds}} s.',
  undo: 'Deshacer',
  undone: 'No se envió: el texto vuelve al editor',
  undoFailed: 'Ya es tarde para deshacer',
  nothingNext: 'Nada más te necesita ahora.',
};
