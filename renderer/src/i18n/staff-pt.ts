import type { staffEn } from './staff-en';

/** Brazilian Portuguese strings for staff: the Staff panel and the header's quick switch. */
export const staffPt: typeof staffEn = {
  title: 'Equipe e PINs',
  description:
    'Quem usa o Counterpart na loja. Todos aprovam, editam e respondem; só um dono muda o modelo, apaga ou importa conhecimento e gerencia a equipe. Cada ação em Atividade leva o nome de quem está atendendo.',
  name: 'Nome',
  role: 'Função',
  roles: { owner: 'Dono', staff: 'Equipe' },
  pin: 'PIN (opcional)',
  pinHelp: 'De 4 a 8 dígitos, pedido quando alguém troca para esta pessoa. Recomendado para donos num computador compartilhado.',
  newPin: 'Novo PIN',
  pinSet: 'Com PIN',
  noPin: 'Sem PIN',
  atDesk: 'Atendendo',
  add: 'Adicionar pessoa',
  addTitle: 'Adicionar uma pessoa',
  edit: 'Editar',
  editTitle: 'Editar {{name}}',
  clearPin: 'Remover o PIN',
  keepPin: 'Deixe vazio para manter o PIN atual.',
  remove: 'Remover',
  removeConfirm: 'Remover {{name}}? As ações dessa pessoa continuam em Atividade.',
  saved: 'Salvo.',
  ownerOnly: 'Só um dono pode adicionar pessoas ou alterar outra pessoa. Você pode mudar seu próprio nome e PIN.',
  switch: {
    button: 'Trocar quem está atendendo',
    title: 'Quem está atendendo?',
    pinFor: 'PIN de {{name}}',
    go: 'Trocar',
    manage: 'Gerenciar equipe',
    switched: '{{name}} está atendendo.',
  },
  errors: {
    wrongPin: 'PIN incorreto.',
    rateLimited: 'PINs errados demais. Espere alguns minutos e tente de novo.',
    ownerOnly: 'Só um dono pode fazer isso. Peça para um dono entrar.',
  },
};
