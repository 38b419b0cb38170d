import type { awayEn } from './away-en';

/** Brazilian Portuguese strings of the greeting, away and holding messages and the AI disclosure line. */
export const awayPt: typeof awayEn = {
  title: 'Mensagens de saudação, ausência e espera',
  description: 'Mensagens que você escreve uma vez e o app envia sozinho, no idioma do cliente, nunca para quem pediu para não receber. O botão de parada as interrompe e desliga.',
  language: 'Idioma do cliente',
  textIn: '{{message}} em {{language}}',
  greeting: {
    label: 'Saudação',
    help: 'Enviada uma vez, quando um cliente escreve para a loja pela primeira vez.',
    placeholder: 'Olá! Obrigado por escrever para nós.',
  },
  away: {
    label: 'Mensagem de ausência',
    help: 'Enviada fora do horário do perfil da loja, no máximo uma vez por dia em cada conversa.',
    placeholder: 'Estamos fechados agora; responderemos quando abrirmos.',
  },
  holding: {
    label: 'Resposta de espera',
    help: 'Enviada uma vez quando uma conversa passa para uma pessoa. {opens} vira a hora em que você abre.',
    placeholder: 'Uma pessoa da loja vai responder você — abrimos às {opens}.',
  },
  disclosure: {
    label: 'Avisar que um assistente escreve as respostas',
    help: 'Uma linha adicionada às mensagens automáticas. Deixe o texto vazio para usar o sugerido.',
    off: 'Desligado',
    first: 'Na primeira mensagem automática de uma conversa',
    every: 'Em toda mensagem automática',
  },
  saved: 'Salvo.',
  error: 'Não foi possível salvar. Só um dono pode mudar estas mensagens.',
};
