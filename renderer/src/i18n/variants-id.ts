import type { variantsEn } from './variants-en';
import type { OtherOnly } from './plural-shape';

/** Indonesian strings of product variants and owner-written translations in the knowledge editors. */
export const variantsId: OtherOnly<typeof variantsEn> = {
  title: 'Varian',
  help: 'Pilihan dengan harga dan stok sendiri, misalnya ukuran L yang lebih mahal. Masing-masing punya SKU sendiri.',
  none: 'Tanpa varian: satu harga dan stok untuk semua pilihan.',
  add: 'Tambah varian',
  remove: 'Hapus varian {{sku}}',
  sku: 'SKU varian',
  options: 'Pilihan',
  optionsPlaceholder: 'size:L',
  price: 'Harga',
  stock: 'Stok',
  count_other: '{{count}} varian',
  priceRange: '{{min}} – {{max}}',
  errors: {
    skuRequired: 'Setiap varian perlu SKU sendiri.',
    skuRepeated: 'Dua varian punya SKU yang sama, atau satu varian memakai SKU produk.',
    optionsInvalid: 'Tulis satu nilai per pilihan, seperti size:L atau size:L;color:merah.',
    optionsRepeated: 'Dua varian punya pilihan yang sama.',
    priceInvalid: 'Setiap varian perlu harga dengan titik, seperti 12.50.',
    stockInvalid: 'Stok berupa bilangan bulat 0 atau lebih, atau kosong.',
  },
  translations: {
    title: 'Terjemahan',
    help: 'Kata-kata kamu sendiri dalam bahasa lain. Pelanggan yang menulis dalam bahasa itu mendapat jawaban ini, dikutip persis seperti tulisanmu.',
    addLabel: 'Tambah terjemahan',
    addPlaceholder: 'Pilih bahasa',
    add: 'Tambah',
    remove: 'Hapus terjemahan {{language}}',
    question: 'Pertanyaan ({{language}})',
    answer: 'Jawaban ({{language}})',
    answerRequired: 'Terjemahan perlu jawabannya.',
    badge: 'Juga dalam {{languages}}',
  },
};
