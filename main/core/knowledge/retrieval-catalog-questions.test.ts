import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { queryGroups } from './search/analyze';
import { catalogTerms } from './search/catalog-words';

/**
 * Questions about a product's price or availability, in every customer language, over the shipped
 * demo shop: the product named must come first, not an FAQ entry that happens to share the
 * question words ("cuanto cuesta el envio", "buka jam berapa", "có giảm giá không"). The
 * counter-cases ask the same kind of question about something an FAQ entry covers, and must
 * still find that entry.
 */
describe('price and availability questions over the demo shop', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
  });
  afterAll(() => t.dispose());

  const top = (message: string) => t.core.retriever.search(message)[0]?.sourceId;

  it.each<[string, string, string]>([
    // The price of a product, asked the way customers ask it.
    ['en', 'How much is the monstera?', 'product:CV-001'],
    ['en', "What's the price of the monstera?", 'product:CV-001'],
    ['en', 'how much does the snake plant cost?', 'product:CV-002'],
    ['es', '¿Cuánto cuesta la monstera?', 'product:CV-001'],
    ['es', 'cuanto cuesta la monstera', 'product:CV-001'],
    ['es', '¿Qué precio tiene la monstera?', 'product:CV-001'],
    ['es', '¿Cuánto vale la monstera?', 'product:CV-001'],
    ['es', 'cuanto cuesta la lavanda', 'product:CV-012'],
    ['es', '¿cuánto cuestan las macetas de talavera?', 'product:CV-016'],
    ['pt', 'Quanto custa a monstera?', 'product:CV-001'],
    ['pt', 'qual o preço da monstera?', 'product:CV-001'],
    ['pt', 'quanto custa a lavanda?', 'product:CV-012'],
    ['id', 'Berapa harga monstera?', 'product:CV-001'],
    ['id', 'harga monstera berapa kak?', 'product:CV-001'],
    ['id', 'monstera harganya berapa?', 'product:CV-001'],
    ['vi', 'monstera giá bao nhiêu?', 'product:CV-001'],
    ['vi', 'monstera gia bao nhieu', 'product:CV-001'],
    ['vi', 'giá monstera bao nhiêu tiền?', 'product:CV-001'],
    ['hi-latn', 'monstera kitne ka hai?', 'product:CV-001'],
    ['hi-latn', 'monstera ki price kya hai?', 'product:CV-001'],
    ['hi-latn', 'monstera ka daam kya hai', 'product:CV-001'],
    ['hi', 'monstera की कीमत क्या है?', 'product:CV-001'],
    // Whether a product is there to buy.
    ['en', 'do you have monstera?', 'product:CV-001'],
    ['en', 'is the monstera available?', 'product:CV-001'],
    ['es', '¿tienen monstera?', 'product:CV-001'],
    ['es', '¿tienen monstera disponible?', 'product:CV-001'],
    ['pt', 'tem monstera?', 'product:CV-001'],
    ['id', 'ada monstera?', 'product:CV-001'],
    ['id', 'monstera ready kak?', 'product:CV-001'],
    ['vi', 'có monstera không?', 'product:CV-001'],
    ['hi-latn', 'monstera milega kya?', 'product:CV-001'],
    // A product word an FAQ phrasing also uses ("puedo devolver una maceta"): the named product.
    ['es', '¿tienen macetas de talavera?', 'product:CV-016'],
    // The same question words about what an FAQ entry covers: the entry, not a product.
    ['en', 'How much is shipping?', 'faq:shipping'],
    ['en', 'how much does delivery cost?', 'faq:shipping'],
    ['es', '¿Cuánto cuesta el envío?', 'faq:shipping'],
    ['es', 'cuanto cuesta el envio a zapopan', 'faq:shipping'],
    ['pt', 'Quanto custa a entrega?', 'faq:shipping'],
    ['pt', 'Quanto custa o envio?', 'faq:shipping'],
    ['id', 'Berapa ongkirnya?', 'faq:shipping'],
    ['id', 'berapa ongkir ke zapopan?', 'faq:shipping'],
    ['vi', 'phí giao hàng bao nhiêu?', 'faq:shipping'],
    ['hi-latn', 'delivery kitne ka hai', 'faq:shipping'],
    ['hi-latn', 'delivery ka charge kitna hai', 'faq:shipping'],
    ['es', 'precio de mayoreo', 'faq:wholesale'],
    ['pt', 'preço de atacado', 'faq:wholesale'],
    ['hi-latn', 'bulk order ka rate kya hai', 'faq:wholesale'],
    ['vi', 'có giảm giá không', 'faq:discounts'],
    ['vi', 'co giam gia khong', 'faq:discounts'],
    ['hi-latn', 'paisa wapas milega kya', 'faq:returns'],
    ['en', 'What are your opening hours?', 'faq:hours'],
    ['en', 'what time do you open?', 'faq:hours'],
    ['es', '¿A qué hora abren?', 'faq:hours'],
    ['pt', 'que horas vocês abrem?', 'faq:hours'],
    ['id', 'buka jam berapa?', 'faq:hours'],
    ['id', 'jam berapa tokonya buka?', 'faq:hours'],
    ['vi', 'mấy giờ mở cửa?', 'faq:hours'],
    ['hi-latn', 'shop kab khulta hai', 'faq:hours'],
    ['es', '¿cada cuánto se riega?', 'faq:care-watering'],
    ['es', 'cuanta agua le pongo a la monstera?', 'faq:care-watering'],
    ['id', 'berapa kali disiram?', 'faq:care-watering'],
    ['en', 'is the monstera safe for cats?', 'faq:pet-safe'],
  ])('%s: "%s" finds %s', (_lang, message, expected) => {
    expect(top(message)).toBe(expected);
  });

  it.each<[string, Language]>([
    ['¿Cuánto cuesta la monstera?', 'es'],
    ['Quanto custa a monstera?', 'pt'],
    ['Berapa harga monstera?', 'id'],
    ['monstera giá bao nhiêu?', 'vi'],
  ])('answers "%s" with the monstera’s catalog price', async (message, language) => {
    const monstera = t.core.knowledge.productsBySku(['CV-001']).get('CV-001')!;
    const outcome = await t.core.drafter.draft({ message, customerName: 'Ana', language, history: [] });
    expect(outcome.route).toBe('answer');
    expect(outcome.sources[0]!.id).toBe('product:CV-001');
    expect(outcome.text).toContain(`${monstera.price} ${monstera.currency}`);
  });

  it.each<[string, Language]>([
    ['¿Cuánto cuesta un vuelo a París?', 'es'],
    ['giá vàng hôm nay bao nhiêu?', 'vi'],
    ['bitcoin ka rate kya hai', 'hi'],
  ])('hands "%s" to a person: asking a price is not a question the shop answers', async (message, language) => {
    const outcome = await t.core.drafter.draft({ message, customerName: 'Ana', language, history: [] });
    expect(outcome.route).toBe('handoff');
  });

  it('takes the product from an earlier turn for a bare price question', () => {
    const history = [{ from: 'customer' as const, text: 'ada lavender?' }];
    expect(t.core.retriever.search('berapa harganya?', { history })[0]?.sourceId).toBe('product:CV-012');
  });
});

describe('catalog question words', () => {
  it('count in every product, and change nothing in a shop without a catalog', async () => {
    const t = createTestCore();
    await t.call('loadDemoShop');
    const { products } = t.core.knowledge.summary();
    t.core.retriever.sync();
    const withCatalog = t.core.retriever.frequencies();
    // "cuesta" is written once (the shipping FAQ); every product answers it too.
    expect(withCatalog.doc('cuesta')).toBe(1 + products);
    // A content word is counted where it is written: the shipping FAQ's "envio", "envios".
    const envio = withCatalog.doc('envio');
    expect(envio).toBe(1);

    t.core.knowledge.replaceAll({ profile: null, products: [], faqs: t.core.knowledge.listFaqs() });
    t.core.retriever.sync();
    const faqOnly = t.core.retriever.frequencies();
    expect(faqOnly.doc('cuesta')).toBe(1);
    expect(faqOnly.doc('envio')).toBe(envio);
    t.dispose();
  });

  it('hold the stems the index makes of them', () => {
    for (const word of ['precios', 'cuestan', 'custam', 'harganya', 'disponibles', 'prices']) {
      const groups = queryGroups(word);
      expect([word, groups[0]!.variants.some((v) => catalogTerms().has(v))]).toEqual([word, true]);
    }
  });
});
