import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../../testing/test-core';
import { EntryModel, entryFeatures, withEntryEvidence } from './entry-model';

const model = EntryModel.build([
  { sourceId: 'faq:why-verify', phrasings: ['Why do I have to verify my identity?', 'why is identity verification needed'] },
  { sourceId: 'faq:how-verify', phrasings: ['How do I verify my identity?', 'how can I get verified'] },
  { sourceId: 'faq:refund-missing', phrasings: ['My refund is not showing up', 'I still have not received my refund'] },
  { sourceId: 'faq:request-refund', phrasings: ['I want a refund', 'Can I get my money back for this purchase?'] },
]);
const best = (message: string) => [...model.posteriors(message)].sort((a, b) => b[1] - a[1])[0]?.[0];

describe('the FAQ entry model', () => {
  it('counts function words, at a lower weight, beside stemmed content words', () => {
    const f = entryFeatures('Why was my refund not showing?');
    expect(f.get('~why')).toBe(0.5);
    expect(f.get('~not')).toBe(0.5);
    expect(f.get('refund')).toBe(1);
    expect(f.get('show')).toBe(1);
  });

  it('tells apart entries about the same thing by their function words', () => {
    expect(best('why must my identity be verified')).toBe('faq:why-verify');
    expect(best('how to verify identity')).toBe('faq:how-verify');
    expect(best('refund not there yet')).toBe('faq:refund-missing');
    expect(best('can I get a refund for it')).toBe('faq:request-refund');
  });

  it('weighs a word written in one entry’s translation no more than its concept, which every entry writes', () => {
    const plants = EntryModel.build([
      { sourceId: 'faq:pet-safe', phrasings: ['Which plants are safe for cats?', 'क्या ये पौधा बिल्ली के लिए सुरक्षित है'] },
      { sourceId: 'faq:guarantee', phrasings: ['What if my plant dies?', 'mi planta se murió'] },
      { sourceId: 'faq:watering', phrasings: ['How often should I water my plant?', 'cada cuanto riego la planta'] },
    ]);
    // "पौधा" (a plant) is written only in pet-safe's Hindi alternative, but "plant" is in all three.
    expect(plants.posteriors('पौधा').get('faq:pet-safe')).toBeLessThan(0.75);
    // A word the entry alone uses in every language keeps its weight.
    expect(plants.posteriors('बिल्ली').get('faq:pet-safe')).toBeGreaterThan(0.85);
  });

  it('gives a distribution over the entries, and nothing for words the knowledge never uses', () => {
    const p = model.posteriors('refund');
    expect([...p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(model.posteriors('spaceship')).toEqual(new Map());
  });

  it('only re-ranks hits the lexical search found, and never products', () => {
    const hits = [
      { sourceId: 'product:X', kind: 'product' as const, score: 10, lexical: 10 },
      { sourceId: 'faq:a', kind: 'faq' as const, score: 9, lexical: 9 },
      { sourceId: 'faq:b', kind: 'faq' as const, score: 0, lexical: 0 },
    ];
    const out = withEntryEvidence(hits, new Map([['faq:a', 1], ['faq:b', 1], ['product:X', 1]]));
    // The nudge is half the best FAQ hit's lexical score (9), not the product's (10).
    expect(out.map((h) => h.score)).toEqual([10, 13.5, 0]);
  });

  it('measures the nudge in FAQ units, so a product can keep the first place its words earned', () => {
    const hits = [
      { sourceId: 'product:X', kind: 'product' as const, score: 6, lexical: 6 },
      { sourceId: 'faq:a', kind: 'faq' as const, score: 3.5, lexical: 3.5 },
    ];
    const [product, faq] = withEntryEvidence(hits, new Map([['faq:a', 1]]));
    expect(faq!.score).toBe(3.5 * 1.5);
    expect(product!.score).toBeGreaterThan(faq!.score);
  });

  it('counts the catalog as users of the words that ask for a price', () => {
    const phrasings = [
      { sourceId: 'faq:shipping', phrasings: ['How much is shipping?', 'cuanto cuesta el envio'] },
      { sourceId: 'faq:hours', phrasings: ['When do you open?', 'a que hora abren'] },
      { sourceId: 'faq:returns', phrasings: ['Can I return it?', 'puedo devolver una maceta'] },
    ];
    const alone = EntryModel.build(phrasings).posteriors('cuanto cuesta la monstera').get('faq:shipping')!;
    const withCatalog = EntryModel.build(phrasings, 30).posteriors('cuanto cuesta la monstera').get('faq:shipping')!;
    expect(withCatalog).toBeLessThan(alone);
    // Other words keep their weight: "envio" still names the shipping entry.
    expect(EntryModel.build(phrasings, 30).posteriors('envio').get('faq:shipping')).toBeCloseTo(EntryModel.build(phrasings).posteriors('envio').get('faq:shipping')!, 9);
  });

  it('is retrained when the FAQ changes', () => {
    const t = createTestCore();
    t.core.knowledge.upsertFaq({ id: 'hours', question: 'When are you open?', answer: '9 to 5.', kind: 'info', alternatives: [] });
    t.core.retriever.sync();
    expect(t.core.retriever.entryModel().size).toBe(1);
    t.core.knowledge.upsertFaq({ id: 'parking', question: 'Is there parking?', answer: 'Yes.', kind: 'info', alternatives: ['where do I park'] });
    t.core.retriever.sync();
    expect(t.core.retriever.entryModel().size).toBe(2);
    expect(t.core.retriever.search('where can I park the car')[0]?.sourceId).toBe('faq:parking');
    t.dispose();
  });
});
