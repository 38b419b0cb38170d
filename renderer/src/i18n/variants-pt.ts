import type { variantsEn } from './variants-en';

/** Brazilian Portuguese strings of product variants and owner-written translations in the knowledge editors. */
export const variantsPt: typeof variantsEn = {
  title: 'Variações',
  help: 'Opções com preço e estoque próprios, como o tamanho G custar mais. Cada uma tem seu próprio SKU.',
  none: 'Sem variações: um só preço e estoque para todas as opções.',
  add: 'Adicionar variação',
  remove: 'Remover a variação {{sku}}',
  sku: 'SKU da variação',
  options: 'Opções',
  optionsPlaceholder: 'tamanho:G',
  price: 'Preço',
  stock: 'Estoque',
  count_one: '{{count}} variação',
  count_other: '{{count}} variações',
  priceRange: '{{min}} – {{max}}',
  errors: {
    skuRequired: 'Cada variação precisa de um SKU próprio.',
    skuRepeated: 'Duas variações têm o mesmo SKU, ou uma usa o SKU do produto.',
    optionsInvalid: 'Escreva um valor por opção, como tamanho:G ou tamanho:G;cor:vermelho.',
    optionsRepeated: 'Duas variações têm as mesmas opções.',
    priceInvalid: 'Cada variação precisa de um preço com ponto, como 12.50.',
    stockInvalid: 'O estoque é um número inteiro, 0 ou mais, ou fica vazio.',
  },
  translations: {
    title: 'Traduções',
    help: 'Suas próprias palavras em outro idioma. Clientes que escrevem nele recebem esta resposta, citada do jeito que você escreveu.',
    addLabel: 'Adicionar uma tradução',
    addPlaceholder: 'Escolha um idioma',
    add: 'Adicionar',
    remove: 'Remover a tradução em {{language}}',
    question: 'Pergunta ({{language}})',
    answer: 'Resposta ({{language}})',
    answerRequired: 'Uma tradução precisa da resposta.',
    badge: 'Também em {{languages}}',
  },
};
