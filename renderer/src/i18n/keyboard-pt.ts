import type { keyboardEn } from './keyboard-en';

/** Brazilian Portuguese strings of the keyboard shortcuts and "Enviada · Desfazer". */
export const keyboardPt: typeof keyboardEn = {
  sheetTitle: 'Atalhos de teclado',
  sheetIntro: 'Na caixa de entrada, quando o cursor não está numa caixa de texto. Esc sai da caixa de texto.',
  open: 'Atalhos de teclado (?)',
  groups: { move: 'Navegar', draft: 'O rascunho', write: 'Escrever', other: 'Outros' },
  keys: {
    next: 'Próxima conversa',
    previous: 'Conversa anterior',
    approve: 'Aprovar e enviar o rascunho',
    approveInEditor: 'Aprovar e enviar pelo editor',
    edit: 'Editar o rascunho (o cursor vai para ele)',
    reject: 'Recusar o rascunho (motivo opcional; Enter confirma)',
    reply: 'Escrever na caixa de resposta',
    quickReply: 'Inserir uma resposta rápida',
    send: 'Enviar pela caixa de resposta',
    search: 'Buscar nas conversas',
    undo: 'Desfazer o último envio enquanto aparece',
    leave: 'Sair da caixa de texto',
    help: 'Mostrar esta lista',
  },
  sent: 'Enviada para {{name}}',
  sentHint: 'Sai em {{seconds}} s.',
  undo: 'Desfazer',
  undone: 'Não enviada — o texto voltou para o editor',
  undoFailed: 'Tarde demais para desfazer',
  nothingNext: 'Nada mais precisa de você agora.',
};
