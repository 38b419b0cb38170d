import type { variantsEn } from './variants-en';

/** Spanish strings of product variants and owner-written translations in the knowledge editors. */
export const variantsEs: typeof variantsEn = {
  title: 'Variantes',
  help: 'Opciones con su propio precio y existencias, como la talla L que cuesta más. Cada una tiene su propio SKU.',
  none: 'Sin variantes: un precio y unas existencias para todas las opciones.',
  add: 'Agregar variante',
  remove: 'Quitar la variante {{sku}}',
  sku: 'SKU de la variante',
  options: 'Opciones',
  optionsPlaceholder: 'size:L',
  price: 'Precio',
  stock: 'Existencias',
  count_one: '{{count}} variante',
  count_other: '{{count}} variantes',
  priceRange: '{{min}} – {{max}}',
  errors: {
    skuRequired: 'Cada variante necesita su propio SKU.',
    skuRepeated: 'Dos variantes tienen el mismo SKU, o una usa el SKU del producto.',
    optionsInvalid: 'Escribe un valor por opción, como size:L o size:L;color:rojo.',
    optionsRepeated: 'Dos variantes tienen las mismas opciones.',
    priceInvalid: 'Cada variante necesita un precio con punto, como 12.50.',
    stockInvalid: 'Las existencias son un número entero de 0 o más, o vacío.',
  },
  translations: {
    title: 'Traducciones',
    help: 'Tu propia redacción en otro idioma. Quien escriba en ese idioma recibe esta respuesta, citada tal como la escribiste.',
    addLabel: 'Agregar una traducción',
    addPlaceholder: 'Elige un idioma',
    add: 'Agregar',
    remove: 'Quitar la traducción al {{language}}',
    question: 'Pregunta ({{language}})',
    answer: 'Respuesta ({{language}})',
    answerRequired: 'Una traducción necesita su respuesta.',
    badge: 'También en {{languages}}',
  },
};
