/**
 * The few fixed phrases the offline drafter wraps around quoted knowledge, per language.
 * Everything factual in a draft comes from the knowledge, never from here.
 */
import type { Language } from '../../contract/schemas';

export type Phrases = {
  greeting: (name: string) => string;
  /** The greeting when the customer's name is unknown (never "Hi Customer!"). */
  hello: string;
  /** Small-talk replies: a welcome naming the shop, an offer to help, "you're welcome", "all good". */
  welcome: (shop: string) => string;
  howCanWeHelp: string;
  youAreWelcome: string;
  allGood: string;
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
    hello: 'Hi!',
    welcome: (s) => `Welcome to ${s}.`,
    howCanWeHelp: 'How can we help you today?',
    youAreWelcome: "You're welcome!",
    allGood: 'All good here, thanks!',
    policyIntro: 'Our policy says:',
    productsIntro: 'Here is what we have:',
    inStock: (n) => `${n} in stock`,
    outOfStock: 'out of stock',
    stockUnknown: 'ask us about stock',
    closing: 'Anything else I can help with?',
  },
  es: {
    greeting: (n) => `¡Hola, ${n}!`,
    hello: '¡Hola!',
    welcome: (s) => `Bienvenido a ${s}.`,
    howCanWeHelp: '¿En qué te podemos ayudar hoy?',
    youAreWelcome: '¡Con gusto!',
    allGood: '¡Todo bien por aquí, gracias!',
    policyIntro: 'Nuestra política dice:',
    productsIntro: 'Esto es lo que tenemos:',
    inStock: (n) => `${n} disponibles`,
    outOfStock: 'agotado',
    stockUnknown: 'pregúntanos por existencias',
    closing: '¿Te ayudo con algo más?',
  },
  pt: {
    greeting: (n) => `Olá, ${n}!`,
    hello: 'Olá!',
    welcome: (s) => `Bem-vindo à ${s}.`,
    howCanWeHelp: 'Como podemos ajudar hoje?',
    youAreWelcome: 'Por nada!',
    allGood: 'Tudo bem por aqui, obrigado!',
    policyIntro: 'Nossa política diz:',
    productsIntro: 'Veja o que temos:',
    inStock: (n) => `${n} em estoque`,
    outOfStock: 'esgotado',
    stockUnknown: 'pergunte sobre o estoque',
    closing: 'Posso ajudar em mais alguma coisa?',
  },
  vi: {
    greeting: (n) => `Chào ${n}!`,
    hello: 'Chào bạn!',
    welcome: (s) => `Chào mừng bạn đến với ${s}.`,
    howCanWeHelp: 'Shop có thể giúp gì cho bạn hôm nay?',
    youAreWelcome: 'Không có gì ạ!',
    allGood: 'Shop vẫn khỏe, cảm ơn bạn!',
    policyIntro: 'Chính sách của shop:',
    productsIntro: 'Shop đang có:',
    inStock: (n) => `còn ${n}`,
    outOfStock: 'hết hàng',
    stockUnknown: 'vui lòng hỏi shop về tồn kho',
    closing: 'Bạn cần shop hỗ trợ gì thêm không?',
  },
  hi: {
    greeting: (n) => `Namaste ${n}!`,
    hello: 'Namaste!',
    welcome: (s) => `${s} mein aapka swagat hai.`,
    howCanWeHelp: 'Aaj hum aapki kya madad kar sakte hain?',
    youAreWelcome: 'Koi baat nahi!',
    allGood: 'Hum theek hain, shukriya!',
    policyIntro: 'Hamari policy:',
    productsIntro: 'Hamare paas yeh hai:',
    inStock: (n) => `${n} stock mein`,
    outOfStock: 'stock khatam',
    stockUnknown: 'stock ke liye poochhiye',
    closing: 'Aur kuch madad chahiye?',
  },
  id: {
    greeting: (n) => `Halo ${n}!`,
    hello: 'Halo!',
    welcome: (s) => `Selamat datang di ${s}.`,
    howCanWeHelp: 'Ada yang bisa kami bantu hari ini?',
    youAreWelcome: 'Sama-sama!',
    allGood: 'Kami baik, terima kasih!',
    policyIntro: 'Kebijakan kami:',
    productsIntro: 'Ini yang kami punya:',
    inStock: (n) => `stok ${n}`,
    outOfStock: 'stok habis',
    stockUnknown: 'tanyakan stoknya ke kami',
    closing: 'Ada lagi yang bisa kami bantu?',
  },
};

/** Placeholder names the channels give a customer they know no name for. */
const PLACEHOLDER_NAMES = new Set(['customer', 'whatsapp customer', 'whatsapp contact']);

/** The customer's name when it is a real one: not empty, not a placeholder, not a phone number. */
export function knownName(name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed || PLACEHOLDER_NAMES.has(trimmed.toLowerCase()) || /^[+\d\s().-]+$/.test(trimmed)) return null;
  return trimmed;
}

/** "Hi Ana!" when the name is known, else "Hi!". */
export function greetingFor(phrases: Phrases, customerName: string): string {
  const name = knownName(customerName);
  return name ? phrases.greeting(name) : phrases.hello;
}
