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
  /** "The Monstera Deliciosa costs 549.00 MXN": the price as the catalog writes it. */
  costs: (name: string, amount: string) => string;
  /** "The Monstera costs 549.00 MXN (size S), 699.00 MXN (size M) or 899.00 MXN (size L)": one price per variant. */
  costsEach: (name: string, prices: readonly string[]) => string;
  /** "The Monstera costs from 549.00 MXN to 899.00 MXN, depending on the option": many variants. */
  costsFrom: (name: string, min: string, max: string) => string;
  /** What follows the price, per stock state (`count`: the exact number, a setting). */
  stock: { count: (n: number) => string; in: string; low: string; out: string; unknown: string };
  closing: string;
  /** "We have noted: size M." — an approved fact about this customer, quoted as the shop wrote it. */
  noted: (fact: string) => string;
};

/** "a, b or c" with the language's "or". */
function list(items: readonly string[], or: string): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`;
}

export const PHRASES: Record<Language, Phrases> = {
  en: {
    greeting: (n) => `Hi ${n}!`,
    hello: 'Hi!',
    welcome: (s) => `Welcome to ${s}.`,
    howCanWeHelp: 'How can we help you today?',
    youAreWelcome: "You're welcome!",
    allGood: 'All good here, thanks!',
    policyIntro: 'Our policy says:',
    costs: (n, a) => `The ${n} costs ${a}`,
    costsEach: (n, p) => `The ${n} costs ${list(p, 'or')}`,
    costsFrom: (n, lo, hi) => `The ${n} costs from ${lo} to ${hi}, depending on the option`,
    stock: { count: (n) => ` and we have ${n} in stock.`, in: ' and is in stock.', low: ' and only a few are left.', out: ', but it is out of stock right now.', unknown: '. Ask us about stock.' },
    closing: 'Anything else I can help with?',
    noted: (f) => `We have noted: ${f}`,
  },
  es: {
    greeting: (n) => `¡Hola, ${n}!`,
    hello: '¡Hola!',
    welcome: (s) => `Bienvenido a ${s}.`,
    howCanWeHelp: '¿En qué te podemos ayudar hoy?',
    youAreWelcome: '¡Con gusto!',
    allGood: '¡Todo bien por aquí, gracias!',
    policyIntro: 'Nuestra política dice:',
    costs: (n, a) => `${n} cuesta ${a}`,
    costsEach: (n, p) => `${n} cuesta ${list(p, 'o')}`,
    costsFrom: (n, lo, hi) => `${n} cuesta de ${lo} a ${hi}, según la opción`,
    stock: { count: (n) => ` y tenemos ${n} disponibles.`, in: ' y hay existencias.', low: ' y quedan pocas piezas.', out: ', pero por ahora no hay existencias.', unknown: '. Pregúntanos por existencias.' },
    closing: '¿Te ayudo con algo más?',
    noted: (f) => `Tenemos anotado: ${f}`,
  },
  pt: {
    greeting: (n) => `Olá, ${n}!`,
    hello: 'Olá!',
    welcome: (s) => `Bem-vindo à ${s}.`,
    howCanWeHelp: 'Como podemos ajudar hoje?',
    youAreWelcome: 'Por nada!',
    allGood: 'Tudo bem por aqui, obrigado!',
    policyIntro: 'Nossa política diz:',
    costs: (n, a) => `${n} custa ${a}`,
    costsEach: (n, p) => `${n} custa ${list(p, 'ou')}`,
    costsFrom: (n, lo, hi) => `${n} custa de ${lo} a ${hi}, conforme a opção`,
    stock: { count: (n) => ` e temos ${n} em estoque.`, in: ' e está em estoque.', low: ' e restam poucas unidades.', out: ', mas no momento está sem estoque.', unknown: '. Pergunte sobre o estoque.' },
    closing: 'Posso ajudar em mais alguma coisa?',
    noted: (f) => `Temos anotado: ${f}`,
  },
  vi: {
    greeting: (n) => `Chào ${n}!`,
    hello: 'Chào bạn!',
    welcome: (s) => `Chào mừng bạn đến với ${s}.`,
    howCanWeHelp: 'Shop có thể giúp gì cho bạn hôm nay?',
    youAreWelcome: 'Không có gì ạ!',
    allGood: 'Shop vẫn khỏe, cảm ơn bạn!',
    policyIntro: 'Chính sách của shop:',
    costs: (n, a) => `${n} giá ${a}`,
    costsEach: (n, p) => `${n} giá ${list(p, 'hoặc')}`,
    costsFrom: (n, lo, hi) => `${n} giá từ ${lo} đến ${hi}, tùy loại`,
    stock: { count: (n) => `, còn ${n} sản phẩm.`, in: ', còn hàng.', low: ', sắp hết hàng.', out: ', nhưng hiện đã hết hàng.', unknown: '. Vui lòng hỏi shop về tồn kho.' },
    closing: 'Bạn cần shop hỗ trợ gì thêm không?',
    noted: (f) => `Shop đã ghi nhận: ${f}`,
  },
  hi: {
    greeting: (n) => `Namaste ${n}!`,
    hello: 'Namaste!',
    welcome: (s) => `${s} mein aapka swagat hai.`,
    howCanWeHelp: 'Aaj hum aapki kya madad kar sakte hain?',
    youAreWelcome: 'Koi baat nahi!',
    allGood: 'Hum theek hain, shukriya!',
    policyIntro: 'Hamari policy:',
    costs: (n, a) => `${n} ki keemat ${a} hai`,
    costsEach: (n, p) => `${n} ki keemat ${list(p, 'ya')} hai`,
    costsFrom: (n, lo, hi) => `${n} ki keemat ${lo} se ${hi} tak hai, option ke hisaab se`,
    stock: { count: (n) => ` aur ${n} stock mein hain.`, in: ' aur stock mein hai.', low: ' aur stock kam bacha hai.', out: ', lekin abhi stock khatam hai.', unknown: '. Stock ke liye poochhiye.' },
    closing: 'Aur kuch madad chahiye?',
    noted: (f) => `Humne note kiya hai: ${f}`,
  },
  id: {
    greeting: (n) => `Halo ${n}!`,
    hello: 'Halo!',
    welcome: (s) => `Selamat datang di ${s}.`,
    howCanWeHelp: 'Ada yang bisa kami bantu hari ini?',
    youAreWelcome: 'Sama-sama!',
    allGood: 'Kami baik, terima kasih!',
    policyIntro: 'Kebijakan kami:',
    costs: (n, a) => `${n} harganya ${a}`,
    costsEach: (n, p) => `${n} harganya ${list(p, 'atau')}`,
    costsFrom: (n, lo, hi) => `${n} harganya ${lo} sampai ${hi}, tergantung pilihannya`,
    stock: { count: (n) => ` dan stok ${n} tersedia.`, in: ' dan stoknya tersedia.', low: ' dan stoknya tinggal sedikit.', out: ', tapi stoknya sedang habis.', unknown: '. Tanyakan stoknya ke kami.' },
    closing: 'Ada lagi yang bisa kami bantu?',
    noted: (f) => `Kami sudah mencatat: ${f}`,
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
