/**
 * The few fixed phrases the offline drafter wraps around quoted knowledge, per language.
 * Everything factual in a draft comes from the knowledge, never from here.
 */
import type { Language } from '../../contract/schemas';

export type Phrases = {
  greeting: (name: string) => string;
  policyIntro: string;
  productsIntro: string;
  inStock: (n: number) => string;
  outOfStock: string;
  stockUnknown: string;
  closing: string;
};

export const PHRASES: Record<Language, Phrases> = {
  en: {
    greeting: (n) => `Hi ${n}!`,
    policyIntro: 'Our policy says:',
    productsIntro: 'Here is what we have:',
    inStock: (n) => `${n} in stock`,
    outOfStock: 'out of stock',
    stockUnknown: 'ask us about stock',
    closing: 'Anything else I can help with?',
  },
  es: {
    greeting: (n) => `¡Hola, ${n}!`,
    policyIntro: 'Nuestra política dice:',
    productsIntro: 'Esto es lo que tenemos:',
    inStock: (n) => `${n} disponibles`,
    outOfStock: 'agotado',
    stockUnknown: 'pregúntanos por existencias',
    closing: '¿Te ayudo con algo más?',
  },
  pt: {
    greeting: (n) => `Olá, ${n}!`,
    policyIntro: 'Nossa política diz:',
    productsIntro: 'Veja o que temos:',
    inStock: (n) => `${n} em estoque`,
    outOfStock: 'esgotado',
    stockUnknown: 'pergunte sobre o estoque',
    closing: 'Posso ajudar em mais alguma coisa?',
  },
  vi: {
    greeting: (n) => `Chào ${n}!`,
    policyIntro: 'Chính sách của shop:',
    productsIntro: 'Shop đang có:',
    inStock: (n) => `còn ${n}`,
    outOfStock: 'hết hàng',
    stockUnknown: 'vui lòng hỏi shop về tồn kho',
    closing: 'Bạn cần shop hỗ trợ gì thêm không?',
  },
  hi: {
    greeting: (n) => `Namaste ${n}!`,
    policyIntro: 'Hamari policy:',
    productsIntro: 'Hamare paas yeh hai:',
    inStock: (n) => `${n} stock mein`,
    outOfStock: 'stock khatam',
    stockUnknown: 'stock ke liye poochhiye',
    closing: 'Aur kuch madad chahiye?',
  },
  id: {
    greeting: (n) => `Halo ${n}!`,
    policyIntro: 'Kebijakan kami:',
    productsIntro: 'Ini yang kami punya:',
    inStock: (n) => `stok ${n}`,
    outOfStock: 'stok habis',
    stockUnknown: 'tanyakan stoknya ke kami',
    closing: 'Ada lagi yang bisa kami bantu?',
  },
};
