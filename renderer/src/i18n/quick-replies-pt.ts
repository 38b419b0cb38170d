import type { quickRepliesEn } from './quick-replies-en';

/** Brazilian Portuguese strings of quick replies: the `/` picker and the settings section. */
export const quickRepliesPt: typeof quickRepliesEn = {
  title: 'Respostas rápidas',
  description:
    'Textos que você envia com frequência. Digite / e o atalho em qualquer caixa de resposta ou rascunho para inserir um, no idioma do cliente se você o escreveu.',
  variablesHint:
    'Você pode usar {name} (o primeiro nome do cliente — omitido quando não se sabe), {fullname}, {shop}, {operator}, {hours} e {location}.',
  add: 'Adicionar resposta rápida',
  edit: 'Editar',
  delete: 'Excluir',
  deleteConfirm: 'Excluir /{{shortcut}}?',
  empty: 'Nenhuma resposta rápida ainda.',
  titleLabel: 'Título',
  titlePlaceholder: 'Horário de atendimento',
  shortcutLabel: 'Atalho',
  shortcutDescription: 'Letras, números, - ou _; digitado depois da /.',
  textLabel: 'Texto em {{language}}',
  textPlaceholder: 'Olá, {name}! Abrimos de segunda a sábado, das 9h às 19h.',
  languagesWritten: 'Idiomas',
  saved: 'Resposta rápida salva',
  deleted: 'Resposta rápida excluída',
  pickerLabel: 'Respostas rápidas',
  pickerEmpty: 'Nenhuma resposta rápida ainda. Adicione em Assistente → Respostas rápidas.',
  pickerNoMatch: 'Nenhuma resposta rápida corresponde a /{{query}}.',
  pickerHint: '↑ ↓ para escolher · Enter para inserir · Esc para fechar',
  colShortcut: 'Atalho',
  colTitle: 'Título',
  colLanguages: 'Idiomas',
};
