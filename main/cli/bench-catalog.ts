/**
 * A deterministic synthetic catalog for the retrieval bench: products named the way small shops
 * name them, in the six customer languages, with brand-like model names so the vocabulary grows
 * with the catalog as a real one does; and customer messages to search it with.
 */
import type { Product } from '../contract/schemas';

/** A small, fast, seeded PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Lang = 'en' | 'es' | 'pt' | 'id' | 'vi' | 'hi';
type Words = { items: string[]; adjectives: string[]; colors: string[]; materials: string[]; describe: (item: string, adj: string, material: string) => string; ask: (item: string) => string };

const WORDS: Record<Lang, Words> = {
  en: {
    items: ['shirt', 'dress', 'sneakers', 'backpack', 'lamp', 'mug', 'candle', 'soap', 'tea', 'coffee beans', 'honey', 'notebook', 'pot', 'plant', 'scarf', 'wallet', 'cushion', 'blanket', 'earrings', 'sunglasses'],
    adjectives: ['classic', 'handmade', 'organic', 'slim', 'large', 'small', 'vintage', 'premium', 'light', 'soft'],
    colors: ['black', 'white', 'red', 'blue', 'green', 'beige', 'pink', 'grey'],
    materials: ['cotton', 'leather', 'ceramic', 'wood', 'linen', 'glass', 'wool', 'bamboo'],
    describe: (i, a, m) => `A ${a} ${i} made of ${m}. Ships in two days; easy to care for and built to last.`,
    ask: (i) => `do you have the ${i}? how much is it`,
  },
  es: {
    items: ['camisa', 'vestido', 'tenis', 'mochila', 'lámpara', 'taza', 'vela', 'jabón', 'té', 'café en grano', 'miel', 'cuaderno', 'maceta', 'planta', 'bufanda', 'cartera', 'cojín', 'cobija', 'aretes', 'lentes de sol'],
    adjectives: ['clásico', 'artesanal', 'orgánico', 'grande', 'pequeño', 'vintage', 'suave', 'ligero'],
    colors: ['negro', 'blanco', 'rojo', 'azul', 'verde', 'beige', 'rosa', 'gris'],
    materials: ['algodón', 'piel', 'cerámica', 'madera', 'lino', 'vidrio', 'lana', 'bambú'],
    describe: (i, a, m) => `${i} ${a} de ${m}, hecho a mano en Jalisco. Envío en dos días.`,
    ask: (i) => `¿tienen ${i}? ¿cuánto cuesta?`,
  },
  pt: {
    items: ['camiseta', 'vestido', 'tênis', 'mochila', 'luminária', 'caneca', 'vela', 'sabonete', 'chá', 'café em grão', 'mel', 'caderno', 'vaso', 'planta', 'cachecol', 'carteira', 'almofada', 'manta', 'brincos', 'óculos de sol'],
    adjectives: ['clássico', 'artesanal', 'orgânico', 'grande', 'pequeno', 'macio', 'leve'],
    colors: ['preto', 'branco', 'vermelho', 'azul', 'verde', 'bege', 'rosa', 'cinza'],
    materials: ['algodão', 'couro', 'cerâmica', 'madeira', 'linho', 'vidro', 'lã', 'bambu'],
    describe: (i, a, m) => `${i} ${a} de ${m}. Entrega em dois dias para todo o Brasil.`,
    ask: (i) => `vocês têm ${i}? qual o preço?`,
  },
  id: {
    items: ['kemeja', 'gaun', 'sepatu', 'tas ransel', 'lampu', 'cangkir', 'lilin', 'sabun', 'teh', 'biji kopi', 'madu', 'buku catatan', 'pot', 'tanaman', 'syal', 'dompet', 'bantal', 'selimut', 'anting', 'kacamata hitam'],
    adjectives: ['klasik', 'buatan tangan', 'organik', 'besar', 'kecil', 'lembut', 'ringan'],
    colors: ['hitam', 'putih', 'merah', 'biru', 'hijau', 'krem', 'merah muda', 'abu-abu'],
    materials: ['katun', 'kulit', 'keramik', 'kayu', 'linen', 'kaca', 'wol', 'bambu'],
    describe: (i, a, m) => `${i} ${a} dari ${m}. Dikirim dalam dua hari ke seluruh Indonesia.`,
    ask: (i) => `ada ${i}? harganya berapa kak?`,
  },
  vi: {
    items: ['áo sơ mi', 'váy', 'giày thể thao', 'ba lô', 'đèn bàn', 'cốc', 'nến thơm', 'xà phòng', 'trà', 'cà phê hạt', 'mật ong', 'sổ tay', 'chậu cây', 'cây cảnh', 'khăn quàng', 'ví da', 'gối tựa', 'chăn', 'bông tai', 'kính râm'],
    adjectives: ['cổ điển', 'thủ công', 'hữu cơ', 'lớn', 'nhỏ', 'mềm', 'nhẹ'],
    colors: ['đen', 'trắng', 'đỏ', 'xanh dương', 'xanh lá', 'be', 'hồng', 'xám'],
    materials: ['cotton', 'da', 'gốm', 'gỗ', 'lanh', 'thủy tinh', 'len', 'tre'],
    describe: (i, a, m) => `${i} ${a} bằng ${m}. Giao hàng trong hai ngày.`,
    ask: (i) => `shop có ${i} không? giá bao nhiêu?`,
  },
  hi: {
    items: ['kurta', 'साड़ी', 'joote', 'बैग', 'lamp', 'कप', 'मोमबत्ती', 'sabun', 'चाय', 'coffee', 'शहद', 'diary', 'गमला', 'पौधा', 'dupatta', 'बटुआ', 'takiya', 'कंबल', 'jhumke', 'chashma'],
    adjectives: ['classic', 'हाथ से बना', 'organic', 'bada', 'chhota', 'मुलायम', 'halka'],
    colors: ['kala', 'safed', 'लाल', 'neela', 'हरा', 'gulabi', 'सलेटी'],
    materials: ['sooti', 'चमड़ा', 'mitti', 'लकड़ी', 'khadi', 'कांच', 'ऊन', 'बांस'],
    describe: (i, a, m) => `${i} ${a}, ${m} se bana. Do din mein delivery.`,
    ask: (i) => `${i} milega kya? kitne ka hai?`,
  },
};
const LANGS = Object.keys(WORDS) as Lang[];
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ven', 'to', 'sa', 'ri', 'no', 'lu', 'zen', 'ta', 'mo', 'vi', 'del', 'ar', 'po', 'ki', 'sol', 'na'];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function modelName(random: () => number): string {
  const n = 2 + Math.floor(random() * 2);
  const word = Array.from({ length: n }, () => pick(random, SYLLABLES)).join('');
  return word[0]!.toUpperCase() + word.slice(1);
}

/** A generated product and what it was made from, to write questions about it. */
export type SyntheticProduct = { product: Product; lang: Lang; item: string; model: string };

/** `count` products, the same for the same seed. */
export function syntheticCatalog(count: number, seed = 42): SyntheticProduct[] {
  const random = seededRandom(seed);
  const products: SyntheticProduct[] = [];
  for (let i = 0; i < count; i++) {
    const lang = pick(random, LANGS);
    const w = WORDS[lang];
    const item = pick(random, w.items);
    const adjective = pick(random, w.adjectives);
    const material = pick(random, w.materials);
    const color = pick(random, w.colors);
    const model = modelName(random);
    const product: Product = {
      sku: `SKU-${String(i + 1).padStart(6, '0')}`,
      name: `${item} ${model} ${color}`,
      description: w.describe(item, adjective, material),
      price: (5 + Math.floor(random() * 2000) / 10).toFixed(2),
      currency: 'USD',
      stock: random() < 0.2 ? null : Math.floor(random() * 50),
      options: random() < 0.5 ? { size: ['S', 'M', 'L'], color: [color, pick(random, w.colors)] } : {},
      tags: [adjective, material],
      active: true,
    };
    products.push({ product, lang, item, model });
  }
  return products;
}

/** Customer messages for a catalog: product questions (some mistyped), shop questions, off-topic. */
export function syntheticMessages(products: readonly SyntheticProduct[], count: number, seed = 7): string[] {
  const random = seededRandom(seed);
  const shop = ['Can I return something I bought?', '¿A qué hora abren?', 'vocês entregam em casa?', 'ongkirnya berapa?', 'có giao hàng không', 'delivery kitne ka hai'];
  const offTopic = ['Can you build me a spaceship?', 'who won the match yesterday', 'write a poem about the sea'];
  const messages: string[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (roll < 0.15) messages.push(pick(random, shop));
    else if (roll < 0.2) messages.push(pick(random, offTopic));
    else {
      const { product, lang, item, model } = pick(random, products);
      let text = roll < 0.6 ? WORDS[lang].ask(product.name) : `${WORDS[lang].ask(item)} ${model}`;
      // One message in five carries a swapped pair of letters, as thumbs do.
      if (random() < 0.2) {
        const at = 1 + Math.floor(random() * Math.max(1, text.length - 3));
        text = text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
      }
      messages.push(text);
    }
  }
  return messages;
}
