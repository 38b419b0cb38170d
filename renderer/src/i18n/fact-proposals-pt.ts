import type { factProposalsEn } from './fact-proposals-en';

/** Brazilian Portuguese strings of customer facts proposed in the background: the settings section. */
export const factProposalsPt: typeof factProposalsEn = {
  title: 'Informações das conversas',
  description:
    'Com um modelo, o assistente lê as mensagens novas de um cliente depois que você respondeu e a conversa ficou quieta (ou você a resolveu), e propõe informações para a ficha dele, como um tamanho ou uma alergia. Uma proposta nunca entra num rascunho até que uma pessoa a aprove na ficha.',
  enabled: 'Propor informações a partir das conversas',
  noModel: 'Precisa de um modelo. Sem ele, a equipe adiciona as informações na ficha do cliente.',
  saved: 'Salvo.',
  failed: 'Não foi salvo: {{message}}',
};
