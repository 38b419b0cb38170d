/**
 * Amount guard: every price, currency amount, percentage and stock count in a reply must be a
 * figure of a cited product or of a cited FAQ answer. Models round, convert and add up; none of
 * that may reach a customer unchecked.
 */
import type { FaqEntry, Product, ReviewReason } from '../../../contract/schemas';

/** A number as written: digits with `.`/`,` separators. */
const NUM = String.raw`\d+(?:[.,]\d+)*`;
/** Multipliers chat uses for money: 89k, 89rb, 1,5jt, 2 triệu, 1 lakh. */
const MULTIPLIERS: Record<string, number> = {
  k: 1e3, rb: 1e3, ribu: 1e3, nghìn: 1e3, ngàn: 1e3, hazaar: 1e3, mil: 1e3, jt: 1e6, juta: 1e6, triệu: 1e6, lakh: 1e5,
};
const MULT = `(?:\\s?(${Object.keys(MULTIPLIERS).join('|')})(?![\\p{L}]))?`;
const PREFIX = String.raw`(?:US\$|MX\$|R\$|Rp\.?|Rs\.?|₹|\$|€|£|₫)`;
const CODE = String.raw`[A-Z]{3}`;
const WORD_CURRENCY = String.raw`(?:pesos?|d[oó]lar(?:es)?|dollars?|reais|real|rupiah|rupees?|rupaye|rupay|đồng|dong|euros?|₫|đ|€|rs)`;
const BEFORE = String.raw`(?<![\p{L}\p{N}.,])`;
/** Words that make a bare number a price ("it costs 600"). */
const PRICE_WORD = String.raw`(?<![\p{L}])(?:price|costs?|priced at|precio|cuesta|vale|custa|preço|preco|harga|giá|daam|kimat|keemat)(?![\p{L}])`;

/**
 * Money with a symbol before it, an ISO code or currency word after it, a bare chat multiplier
 * (89k), or a percentage (discounts). ISO codes are matched case-sensitively so "20 for" is not
 * twenty of a currency called FOR.
 */
const PATTERNS: Array<{ re: RegExp; kind: 'money' | 'percent' }> = [
  { re: new RegExp(`${PREFIX}\\s?(${NUM})${MULT}`, 'giu'), kind: 'money' },
  { re: new RegExp(`${BEFORE}(${NUM})${MULT}\\s?${CODE}(?![\\p{L}])`, 'gu'), kind: 'money' },
  { re: new RegExp(`${BEFORE}(${NUM})${MULT}\\s?${WORD_CURRENCY}(?![\\p{L}])`, 'giu'), kind: 'money' },
  { re: new RegExp(`${BEFORE}(${NUM})\\s?(k|rb|jt)(?![\\p{L}\\p{N}])`, 'giu'), kind: 'money' },
  { re: new RegExp(`${PRICE_WORD}\\s*(?:is|es|de|é|e|:|only|solo|só|hanya|chỉ)?\\s*(${NUM})${MULT}`, 'giu'), kind: 'money' },
  { re: new RegExp(`${BEFORE}(${NUM})\\s?%`, 'gu'), kind: 'percent' },
];

/** Stock counts as shops write them in the six languages. */
const STOCK_PATTERNS: RegExp[] = [
  /(?<![\p{L}\p{N}.,])(\d+)\s+(?:(?!(?:days?|hours?|weeks?|months?|sizes?|colou?rs?|options?|d[ií]as|horas|semanas|tallas|colores|hari|ngày|din)(?![\p{L}]))\p{L}+\s+)?(?:in stock|available|left|units?|pieces?|pcs|disponibles?|en existencia|en stock|unidades|piezas|em estoque|dispon[ií]ve(?:l|is)|stock mein|pcs|buah|cái|chiếc|sản phẩm)(?![\p{L}])/giu,
  /(?:stok|stock|còn|con lai|còn lại|tersisa|sisa|quedan|restam|only)\s+(\d+)(?![\p{N}.,])/giu,
];

/** One figure found in a text: where it is, and the values it may mean. */
export type Figure = { text: string; start: number; end: number; values: number[]; kind: 'money' | 'percent' | 'stock' };

/**
 * The values a written number may mean. "1,200" is 1200 in English and 1.2 nowhere sensible,
 * but "1.200" is 1200 in Spanish and Portuguese: a lone separator before exactly three digits
 * is read both ways, and either may match.
 */
export function numberValues(written: string, multiplier = 1): number[] {
  const seps = written.match(/[.,]/g) ?? [];
  const digits = (s: string) => Number(s.replace(/[.,]/g, ''));
  let values: number[];
  if (seps.length === 0) values = [Number(written)];
  else {
    const last = Math.max(written.lastIndexOf('.'), written.lastIndexOf(','));
    const tail = written.slice(last + 1);
    const head = written.slice(0, last);
    const decimal = digits(head) + Number(`0.${tail}`);
    if (new Set(seps).size > 1) values = [decimal];
    else if (seps.length > 1) values = [digits(written)];
    else if (tail.length === 3) values = [digits(written), decimal];
    else values = [decimal];
  }
  return values.map((v) => Math.round(v * multiplier * 100) / 100);
}

function multiplierOf(word: string | undefined): number {
  return word ? (MULTIPLIERS[word.toLowerCase()] ?? 1) : 1;
}

/** Money amounts and percentages in a text, in order, without overlaps. */
export function findAmounts(text: string): Figure[] {
  const found: Figure[] = [];
  for (const { re, kind } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const mult = kind === 'percent' ? 1 : multiplierOf(m[2]);
      found.push({ text: m[0], start, end, values: numberValues(m[1]!, mult), kind });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Stock counts in a text. */
export function findStockCounts(text: string): Figure[] {
  const found: Figure[] = [];
  for (const pattern of STOCK_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      if (found.some((f) => start < f.end && start + m[0].length > f.start)) continue;
      found.push({ text: m[0], start, end: start + m[0].length, values: [Number(m[1])], kind: 'stock' });
    }
  }
  return found;
}

/** Every number written in a source text, read every way it may be meant. */
function figuresIn(text: string): number[] {
  const values: number[] = [];
  for (const m of text.matchAll(new RegExp(`(${NUM})${MULT}`, 'giu'))) values.push(...numberValues(m[1]!, multiplierOf(m[2])));
  return values;
}

const close = (a: number, b: number) => Math.abs(a - b) < 0.005;

/** Checks a reply's money, percentages and stock counts against the cited sources. */
export function checkAmounts(reply: string, cited: { products: readonly Product[]; faqs: readonly FaqEntry[] }): ReviewReason[] {
  // An answer's translations are the owner's words too: their figures are as grounded.
  const faqFigures = cited.faqs.flatMap((f) => [f.answer, ...Object.values(f.translations ?? {}).map((t) => t?.answer ?? '')].flatMap(figuresIn));
  // A product with variants: each variant's own price and stock, and the variants' total stock.
  const prices = cited.products.flatMap((p) => [Number(p.price), ...(p.variants ?? []).map((v) => Number(v.price))]);
  const stocks = cited.products.flatMap((p) => {
    const own = (p.variants ?? []).flatMap((v) => (v.stock === null ? [] : [v.stock]));
    const total = own.length > 0 && own.length === (p.variants ?? []).length ? [own.reduce((a, b) => a + b, 0)] : [];
    return [...(p.stock === null ? [] : [p.stock]), ...own, ...total];
  });
  const moneyOk = (f: Figure) => f.values.some((v) => prices.some((p) => close(p, v)) || faqFigures.some((x) => close(x, v)));
  const stockOk = (f: Figure) => f.values.some((v) => stocks.includes(v) || faqFigures.some((x) => close(x, v)));
  const amounts = findAmounts(reply);
  const bad = [
    ...amounts.filter((f) => !moneyOk(f)),
    ...findStockCounts(reply).filter((f) => !amounts.some((a) => f.start < a.end && f.end > a.start) && !stockOk(f)),
  ];
  if (bad.length === 0) return [];
  const figures = [...new Set(bad.map((f) => `"${f.text.trim()}"`))];
  const list = figures.join(', ');
  return [
    {
      code: 'unsupported_amount',
      message: `${list} ${bad.length === 1 ? 'is' : 'are'} not in the cited catalog or FAQ; check the figure before sending.`,
      params: { amounts: list, count: figures.length },
      blocking: true,
    },
  ];
}
