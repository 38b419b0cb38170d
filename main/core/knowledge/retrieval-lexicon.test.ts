import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { readKnowledgeFolder } from './knowledge-folder';
import { ANALYSIS_MARK, ensureCurrentAnalysis } from './search/index-sync';

// A shop that wrote its knowledge in English only: no alternatives in other languages.
const FIXTURE = join(import.meta.dirname, 'fixtures', 'english-only-shop');

describe('retrieval across languages through the shop lexicon', () => {
  let t: TestCore;
  beforeAll(() => {
    t = createTestCore();
    const folder = readKnowledgeFolder(FIXTURE);
    if (!folder.ok) throw new Error(JSON.stringify(folder.problems));
    t.core.knowledge.replaceAll(folder.set);
  });
  afterAll(() => t.dispose());

  const top = (message: string) => t.core.retriever.search(message)[0]?.sourceId;

  it.each<[string, string, string]>([
    ['es', '¿me lo envuelven para regalo?', 'faq:gift-wrap'],
    ['es', 'hacen envíos a domicilio?', 'faq:shipping'],
    ['es', 'aceptan tarjeta de crédito?', 'faq:payment'],
    ['pt', 'vocês fazem embrulho de presente?', 'faq:gift-wrap'],
    ['pt', 'posso devolver se não usei?', 'faq:returns'],
    ['id', 'bisa bayar pakai kartu kredit?', 'faq:payment'],
    ['id', 'hari minggu tutup?', 'faq:hours'],
    ['vi', 'shop có giao hàng không', 'faq:shipping'],
    ['vi', 'thanh toán bằng thẻ tín dụng được không', 'faq:payment'],
    ['hi', 'क्या आप होम डिलीवरी करते हैं?', 'faq:shipping'],
    ['hi-Latn', 'gift pack kar doge?', 'faq:gift-wrap'],
    ['hi-Latn', 'return ho jayega kya, use nahi kiya', 'faq:returns'],
    ['id', 'ada lidah mertua?', 'product:P-1'],
    ['es', 'cuánto cuesta la maceta de barro?', 'product:P-2'],
  ])('%s: "%s" → %s', (_lang, message, expected) => {
    expect(top(message)).toBe(expected);
  });

  it('says which words it matched only through the lexicon, so the autopilot can leave those to a person', () => {
    const bridged = t.core.retriever.search('¿me lo envuelven para regalo?')[0]!;
    expect(bridged.matched).toEqual(expect.arrayContaining(['envuelven', 'regalo']));
    expect(bridged.bridged).toEqual(expect.arrayContaining(['envuelven', 'regalo']));
    expect(t.core.retriever.search('do you do gift wrapping?')[0]?.bridged).toEqual([]);
  });

  it('queues the whole index for re-analysis once when it was built before the current analysis', () => {
    const db = t.core.db;
    expect(ensureCurrentAnalysis(db)).toBe(false);
    // An index built by an older analysis has no mark (as after an upgrade).
    db.prepare('DELETE FROM search_terms WHERE term = ?').run(ANALYSIS_MARK);
    expect(ensureCurrentAnalysis(db)).toBe(true);
    expect((db.prepare('SELECT COUNT(DISTINCT source_id) AS n FROM search_dirty').get() as { n: number }).n).toBe(7);
    expect(ensureCurrentAnalysis(db)).toBe(false);
    // The next search re-analyses and still finds across languages.
    expect(top('¿me lo envuelven para regalo?')).toBe('faq:gift-wrap');
    expect((db.prepare('SELECT COUNT(*) AS n FROM search_dirty').get() as { n: number }).n).toBe(0);
  });
});

// A shop that wrote one alternative in Hindi: the Hindi word for "plant" is in that one entry only,
// while "plant" is in nearly every source.
describe('a word the knowledge writes once, in one entry’s translation', () => {
  let t: TestCore;
  beforeAll(() => {
    t = createTestCore();
    const folder = readKnowledgeFolder(join(import.meta.dirname, 'fixtures', 'hindi-alternative-shop'));
    if (!folder.ok) throw new Error(JSON.stringify(folder.problems));
    t.core.knowledge.replaceAll(folder.set);
  });
  afterAll(() => t.dispose());

  const top = (message: string) => t.core.retriever.search(message)[0]?.sourceId;

  it.each<[string, string]>([
    ['आपसे लिया पौधा एक हफ्ते में सूख गया, बदल देंगे?', 'faq:plant-guarantee'],
    ['एलोवेरा का पौधा कितने का है', 'product:P-2'],
    ['लैवेंडर का पौधा है?', 'product:P-3'],
    ['पौधों को कितने दिनों में पानी देना चाहिए', 'faq:care-watering'],
  ])('weighs no more than its concept: "%s" → %s', (message, expected) => {
    expect(top(message)).toBe(expected);
  });
});

