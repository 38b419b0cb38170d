import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Language } from '../../contract/schemas';
import { createTestCore, type TestCore } from '../../testing/test-core';
import type { RetrievalOptions } from '../knowledge/retrieval';
import { answeringPart } from './answer-sentences';
import { knowledgePack } from './model/knowledge-pack';
import { DraftPipeline } from './draft-pipeline';
import type { DraftInput, DraftSteps } from './drafter';
import { answerParts } from './part-answers';
import { DEFAULT_STOCK_DISPLAY, type StockDisplay } from './stock-display';
import { asksSomething, turnParts } from './turn-parts';

type Turn = DraftInput['history'][number];

describe('offline answers on the demo shop: the sentences that answer, in sentences of our own', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
  });
  afterAll(() => t.dispose());
  beforeEach(async () => {
    await t.call('updateSettings', { stockDisplay: 'in_stock', lowStockThreshold: 3 });
  });

  const draft = (message: string, language: Language = 'en', history: Turn[] = [], customerName = 'Ana') =>
    t.core.drafter.draft({ message, customerName, language, history });
  const faq = (id: string) => t.core.knowledge.faqsById([id]).get(id)!;
  const codes = (o: { reasons: Array<{ code: string }> }) => o.reasons.map((r) => r.code);

  describe('policies: only the sentence(s) that answer, word for word', () => {
    it('quotes the delivery sentence, not the whole policy (en), and the policy guard passes', async () => {
      const shipping = faq('shipping');
      // Two words the entry uses: "do you deliver to Monterrey?" alone shares one word with the
      // knowledge and goes to a person (the scope check in gate.ts), never a guess.
      const outcome = await draft('Do you deliver to the metro area?');
      expect(outcome.sources[0]!.id).toBe('faq:shipping');
      const [deliver, outside] = shipping.answer.split(/(?<=\.) /);
      expect(outcome.text).toContain(`Our policy says: "${deliver}"`);
      expect(outcome.text).not.toContain(outside!);
      expect(codes(outcome)).toEqual(['approval_required', 'policy_quoted']);
    });

    it('quotes the whole entry when no sentence stands out', async () => {
      const outcome = await draft('Tell me about shipping');
      expect(outcome.text).toContain(`"${faq('shipping').answer}"`);
      expect(codes(outcome)).toEqual(['approval_required', 'policy_quoted']);
    });

    it('quotes the sentence with the amount when the question asks how much, "shipping" meeting "deliver" through the lexicon', async () => {
      const outcome = await draft('How much is shipping?');
      expect(outcome.text).toContain('"We deliver in the Guadalajara metro area Mon-Sat for 89 MXN');
      expect(outcome.text).not.toContain('outside Jalisco');
      expect(codes(outcome)).toEqual(['approval_required', 'policy_quoted']);
    });

    it('in Spanish, wraps the quote in Spanish and never translates the policy', async () => {
      const outcome = await draft('¿hay descuentos o promociones?', 'es');
      expect(outcome.sources[0]!.id).toBe('faq:discounts');
      expect(outcome.text).toMatch(/Nuestra política dice: "/);
      expect(codes(outcome)).not.toContain('unsupported_policy');
    });

    it('picks the answering sentence of a Spanish and a Portuguese entry by stemmed overlap', () => {
      const es = 'Enviamos a toda la zona metropolitana por 89 MXN. Las plantas no se pueden devolver. Abrimos de lunes a sábado.';
      expect(answeringPart(es, '¿se pueden devolver las plantas?')).toBe('Las plantas no se pueden devolver.');
      expect(answeringPart(es, '¿cuánto cuesta el envío?')).toBe('Enviamos a toda la zona metropolitana por 89 MXN.');
      const pt = 'Entregamos em toda a cidade. Trocas em até 7 dias com nota fiscal.';
      expect(answeringPart(pt, 'posso fazer trocas?')).toBe('Trocas em até 7 dias com nota fiscal.');
      // Nothing stands out: the whole entry, never a guess.
      expect(answeringPart(pt, 'olá')).toBe(pt);
      // An abbreviation does not end a sentence.
      expect(answeringPart(faq('location').answer, 'is there parking?')).toBe('There is street parking nearby.');
    });
  });

  describe('products: a sentence in the reply language, stock as the owner shows it', () => {
    it('says the price and "in stock" by default, never the count (en, es, id)', async () => {
      const en = await draft('how much is the snake plant?');
      expect(en.text).toContain('The Snake Plant (Sansevieria) (size: S/M/L) costs 289.00 MXN and is in stock.');
      expect(en.text).not.toMatch(/\b22\b/);
      const es = await draft('¿cuánto cuesta la sansevieria?', 'es');
      expect(es.text).toContain('Snake Plant (Sansevieria) (size: S/M/L) cuesta 289.00 MXN y hay existencias.');
      const id = await draft('berapa harga sansevieria?', 'id');
      expect(id.text).toContain('Snake Plant (Sansevieria) (size: S/M/L) harganya 289.00 MXN dan stoknya tersedia.');
      for (const o of [en, es, id]) expect(codes(o)).not.toContain('unsupported_amount');
    });

    it('shows the exact count when the owner chooses it, and the amount guard verifies it', async () => {
      await t.call('updateSettings', { stockDisplay: 'exact' });
      const en = await draft('how much is the snake plant?');
      expect(en.text).toContain('costs 289.00 MXN and we have 22 in stock.');
      const es = await draft('¿cuánto cuesta la sansevieria?', 'es');
      expect(es.text).toContain('cuesta 289.00 MXN y tenemos 22 disponibles.');
      for (const o of [en, es]) expect(codes(o)).toEqual(['approval_required']);
    });

    it('says "low stock" at or below the threshold, and nothing when hidden', async () => {
      await t.call('updateSettings', { stockDisplay: 'low_stock', lowStockThreshold: 5 });
      expect((await draft('how much is the fiddle leaf fig?')).text).toContain('costs 899.00 MXN and only a few are left.');
      expect((await draft('how much is the snake plant?')).text).toContain('costs 289.00 MXN and is in stock.');
      expect((await draft('¿precio del ficus lyrata?', 'es')).text).toContain('y quedan pocas piezas.');
      await t.call('updateSettings', { stockDisplay: 'hidden' });
      const hidden = await draft('how much is the snake plant?');
      expect(hidden.text).toContain('The Snake Plant (Sansevieria) (size: S/M/L) costs 289.00 MXN.');
      expect(hidden.text).not.toMatch(/stock/i);
    });

    it('says out of stock whatever the setting', async () => {
      expect((await draft('how much is the calathea orbifolia?')).text).toContain('costs 459.00 MXN, but it is out of stock right now.');
      await t.call('updateSettings', { stockDisplay: 'hidden' });
      expect((await draft('how much is the calathea orbifolia?')).text).toContain('costs 459.00 MXN, but it is out of stock right now.');
    });

    it('shows the model the stock as the owner shows it: no count unless "exact"', async () => {
      const found = await t.core.search.search('how much is the snake plant?', { limit: 8 });
      const line = (display: StockDisplay['display']) =>
        knowledgePack(found.hits, t.core.knowledge, { display, lowThreshold: 3 }).find((i) => i.id === 'product:CV-002')!.line;
      expect(line('in_stock')).toContain('— 289.00 MXN — in stock —');
      expect(line('in_stock')).not.toMatch(/\b22\b/);
      expect(line('exact')).toContain('— 289.00 MXN — stock 22 —');
      expect(line('hidden')).toContain('do not mention it');
    });
  });

  describe('one greeting per conversation', () => {
    it('greets only while the shop has not written yet (en, es)', async () => {
      expect((await draft('how much is the monstera?')).text).toMatch(/^Hi Ana!/);
      const history: Turn[] = [
        { from: 'customer', text: 'hola' },
        { from: 'shop', text: '¡Hola, Ana! ¿En qué te podemos ayudar hoy?' },
      ];
      const later = await draft('how much is the monstera?', 'en', history);
      expect(later.text).toMatch(/^The Monstera Deliciosa/);
      const es = await draft('¿a qué hora abren?', 'es', history);
      expect(es.text).not.toMatch(/Hola/);
      expect(es.text).toMatch(/¿Te ayudo con algo más\?$/);
    });

    it('never greets a placeholder name', async () => {
      const outcome = await draft('how much is the monstera?', 'en', [], 'WhatsApp customer');
      expect(outcome.text).toMatch(/^Hi!\n/);
      expect((await draft('¿a qué hora abren?', 'es', [], 'Customer')).text).toMatch(/^¡Hola!\n/);
    });
  });

  describe('whole answers: each question of a turn', () => {
    it('answers both questions of one turn (en)', async () => {
      const outcome = await draft('Can I pay with card? and do you wrap gifts?');
      expect(outcome.sources.map((s) => s.id)).toEqual(['faq:payment', 'faq:gift-wrap']);
      expect(outcome.text).toContain('We accept cash, debit and credit cards, and bank transfer (SPEI).');
      expect(outcome.text).toContain('Gift wrapping in kraft paper with a handwritten card is free for any purchase.');
      expect(codes(outcome)).toEqual(['approval_required']);
      expect(outcome.steps?.parts?.map((p) => p.covered)).toEqual([true, true]);
    });

    it('names the part nothing covers instead of guessing (en, es)', async () => {
      const en = await draft('Can I pay with card and do you sell telescopes?');
      expect(en.sources.map((s) => s.id)).toEqual(['faq:payment']);
      expect(en.reasons).toContainEqual(expect.objectContaining({ code: 'part_not_answered', params: { part: 'do you sell telescopes?' } }));
      expect(en.text).not.toMatch(/telescope/i);
      const es = await draft('¿Aceptan tarjeta? ¿y venden telescopios?', 'es');
      expect(es.sources.map((s) => s.id)).toEqual(['faq:payment']);
      expect(es.reasons).toContainEqual(expect.objectContaining({ code: 'part_not_answered', params: { part: '¿y venden telescopios?' } }));
    });

    it('answers each part in Indonesian, with the policy quoted', async () => {
      const outcome = await draft('bisa bayar pakai transfer? dan ada diskon gak?', 'id');
      expect(outcome.route).toBe('answer');
      expect(outcome.sources.map((s) => s.id)).toEqual(['faq:payment', 'faq:discounts']);
      expect(outcome.text).toContain('Kebijakan kami: "');
      expect(codes(outcome)).not.toContain('part_not_answered');
    });

    it('answers the product a policy question also names, in one question (en, es, pt)', async () => {
      const en = await draft('How much for 5 monsteras delivered to Zapopan?');
      expect(en.sources.map((s) => s.id)).toEqual(['faq:shipping', 'product:CV-001']);
      expect(en.text).toContain('Our policy says: "We deliver in the Guadalajara metro area');
      // The monstera comes in three sizes with their own prices: each is given, none guessed.
      expect(en.text).toContain('The Monstera Deliciosa costs 389.00 MXN (size S), 549.00 MXN (size M) or 899.00 MXN (size L) and is in stock.');
      // No total: the amount guard would not let an unchecked sum through, and none is written.
      expect(en.text).not.toMatch(/2,?745/);
      expect(codes(en)).toEqual(['approval_required', 'policy_quoted']);
      const es = await draft('¿cuánto cuesta la monstera con envío a Zapopan?', 'es');
      expect(es.sources.map((s) => s.id).sort()).toEqual(['faq:shipping', 'product:CV-001']);
      expect(es.text).toContain('cuesta 389.00 MXN (size S), 549.00 MXN (size M) o 899.00 MXN (size L)');
      const pt = await draft('a monstera entrega em Zapopan?', 'pt');
      expect(pt.sources.map((s) => s.id)).toEqual(['faq:shipping', 'product:CV-001']);
      expect(pt.text).toContain('custa 389.00 MXN (size S), 549.00 MXN (size M) ou 899.00 MXN (size L) e está em estoque.');
      // A product the entry already names adds nothing: the pet-safety answer stands alone.
      expect((await draft('is the monstera safe for cats?')).sources.map((s) => s.id)).toEqual(['faq:pet-safe']);
    });

    it('answers whole a turn whose whole search leads with a source no covered part leads with', async () => {
      const shape = { knowledge: t.core.knowledge, language: 'en' as const, customerName: 'Ana', greet: false, stock: DEFAULT_STOCK_DISPLAY };
      const search = (part: string) => t.core.search.search(part, { limit: 8 });
      const parts = ['where is the shop', 'what time do you open?'];
      const steps = (): DraftSteps => ({ triage: { route: 'answer', reasons: [], flags: [], language: 'en' } });
      // The whole turn leading with one of the parts' sources: the parts are answered, in order.
      const asked = await answerParts(parts, search, shape, steps(), 'faq:hours');
      expect(asked?.sources.map((s) => s.id)).toEqual(['faq:location', 'faq:hours']);
      // Leading with a source no part leads with: one question told in two sentences, answered whole.
      expect(await answerParts(parts, search, shape, steps(), 'faq:pickup')).toBeNull();
      expect((await answerParts(parts, search, shape, steps()))?.sources.map((s) => s.id)).toEqual(['faq:location', 'faq:hours']);
    });

    it('answers only the parts that ask; a part that only tells is their context, not answered alone (es, en)', async () => {
      const es = await draft('compré unas tijeras y no las usé, ¿las puedo regresar?', 'es');
      expect(es.sources[0]?.id).toBe('faq:returns');
      expect(codes(es)).not.toContain('part_not_answered');
      // The context is on the steps as a part not answered alone, so the autopilot never sends this.
      expect(es.steps?.parts).toContainEqual(expect.objectContaining({ text: 'compré unas tijeras', covered: false }));
      // A turn that asks nothing is answered whole.
      const en = await draft('I have a cat that chews everything and I am looking for plants that are safe for her');
      expect(en.steps?.parts).toBeUndefined();
      expect(en.steps?.search?.query).toBe('I have a cat that chews everything and I am looking for plants that are safe for her');
      expect(en.sources[0]?.id).toBe('faq:pet-safe');
    });

    it('searches the whole turn once, then once per part (and the whole turn again only when it is answered whole)', async () => {
      const queries: string[] = [];
      const pipeline = new DraftPipeline({
        knowledge: t.core.knowledge,
        db: t.core.db,
        search: {
          search: (message: string, opts?: RetrievalOptions) => {
            queries.push(message);
            return t.core.search.search(message, opts);
          },
        },
      });
      await pipeline.draft({ message: 'where is the shop and what time do you open?', customerName: 'Ana', language: 'en', history: [] });
      expect(queries).toEqual(['where is the shop and what time do you open?', 'where is the shop', 'what time do you open?']);
    });
  });
});

describe('turn parts', () => {
  it.each<[string, string[]]>([
    ['Can I pay with card? and do you wrap gifts?', ['Can I pay with card?', 'and do you wrap gifts?']],
    ['where is the shop and what time do you open?', ['where is the shop', 'what time do you open?']],
    ['¿aceptan tarjeta y hacen envíos a Zapopan?', ['¿aceptan tarjeta', 'hacen envíos a Zapopan?']],
    ['vocês entregam em casa e aceitam cartão?', ['vocês entregam em casa', 'aceitam cartão?']],
    ['do you have monstera and pothos?', ['do you have monstera and pothos?']],
    ['tienen monstera? precio?', ['tienen monstera? precio?']],
    ['how much is the monstera?\nis it pet safe?', ['how much is the monstera?', 'is it pet safe?']],
  ])('%s', (text, parts) => {
    expect(turnParts(text)).toEqual(parts);
  });
});

describe('parts that ask something', () => {
  it.each<[string, boolean]>([
    ['Can I pay with card', true],
    ['do you wrap gifts?', true],
    ['where is the shop', true],
    ['¿aceptan tarjeta', true],
    ['shop mở cửa mấy giờ', true],
    ['gift pack kar doge kya', true],
    ['I paid with my card', false],
    ['compre unas tijeras', false],
    ['bought a pot last week', false],
  ])('%s → %s', (text, asks) => {
    expect(asksSomething(text)).toBe(asks);
  });
});

