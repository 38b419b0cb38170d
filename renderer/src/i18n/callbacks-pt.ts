import type { callbacksEn } from './callbacks-en';

/** Brazilian Portuguese strings of warm callbacks: the settings section. */
export const callbacksPt: typeof callbacksEn = {
  title: 'Mensagens de acompanhamento',
  description:
    'Quando um cliente para de responder depois que você respondeu à pergunta dele, o assistente redige um acompanhamento com o preço e o estoque atuais do produto. Ele espera sua aprovação como qualquer rascunho e só sai sozinho onde você permitiu o piloto automático para o tema.',
  enabled: 'Redigir um acompanhamento para clientes que pararam de responder',
  delay: 'Acompanhar depois de (horas)',
  delayHelp: 'Contado a partir da sua resposta, entre {{min}} e {{max}} horas.',
  rules:
    'No máximo um por conversa, só dentro de 24 horas da última mensagem do cliente, nunca no seu horário de silêncio, nunca para clientes que pediram para não receber mensagens, reclamaram ou estão com uma pessoa. O preço e o estoque são conferidos de novo antes do envio.',
  saved: 'Salvo.',
  failed: 'Não foi salvo: {{message}}',
};
