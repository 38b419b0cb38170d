import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../../testing/test-core';
import { rebuildSearchIndex, syncSearchIndex } from './index-sync';

describe('the search index follows the knowledge tables', () => {
  it('queues every change through triggers and indexes it on the next sync', async () => {
    const t = createTestCore();
    await t.call('loadDemoShop');
    const queued = (t.core.db.prepare('SELECT COUNT(DISTINCT source_id) AS n FROM search_dirty').get() as { n: number }).n;
    expect(queued).toBeGreaterThan(30);
    expect(syncSearchIndex(t.core.db)).toBe(queued);
    expect(syncSearchIndex(t.core.db)).toBe(0);

    const faq = t.core.knowledge.faqsById(['hours']).get('hours')!;
    t.core.knowledge.upsertFaq({ ...faq, alternatives: [...faq.alternatives, 'are you open on sunday evenings'] });
    expect(syncSearchIndex(t.core.db)).toBe(1);
    const phrasings = t.core.db.prepare("SELECT COUNT(*) AS n FROM search_phrasing WHERE source_id = 'faq:hours'").get() as { n: number };
    // The question, each alternative, the one added, and the owner's translated questions.
    expect(phrasings.n).toBe(faq.alternatives.length + 2 + Object.keys(faq.translations ?? {}).length);
    t.dispose();
  });

  it('rebuilds to the same ranking', async () => {
    const t = createTestCore();
    await t.call('loadDemoShop');
    const before = t.core.retriever.search('do you deliver to zapopan?').map((h) => [h.sourceId, h.score]);
    expect(rebuildSearchIndex(t.core.db)).toBeGreaterThan(30);
    expect(t.core.retriever.search('do you deliver to zapopan?').map((h) => [h.sourceId, h.score])).toEqual(before);
    // A sync outside the retriever (an import paying the cost up front) refreshes its statistics.
    t.core.knowledge.upsertFaq({ id: 'extra', question: 'Do you deliver flowers?', answer: 'No.', kind: 'info', alternatives: [] });
    syncSearchIndex(t.core.db);
    expect(t.core.retriever.collectionStats().docs).toBe(t.core.knowledge.summary().faqs + t.core.knowledge.summary().products);
    t.dispose();
  });
});
