import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../../testing/test-core';
import { BruteForceSearch } from './brute-force';

describe('the brute-force baseline', () => {
  it('ranks like the index on the demo shop', async () => {
    const t = createTestCore();
    await t.call('loadDemoShop');
    const brute = new BruteForceSearch(t.core.db, t.core.retriever);
    brute.load();
    for (const message of ['Can I return a pot?', 'do you have monstera?', '¿A qué hora abren?', 'ongkirnya berapa', 'spaceship']) {
      const slow = brute.search(message, { limit: 3 });
      const fast = t.core.retriever.search(message, { limit: 3 });
      expect(slow.map((h) => h.sourceId)).toEqual(fast.map((h) => h.sourceId));
      slow.forEach((hit, i) => expect(hit.score).toBeCloseTo(fast[i]!.score, 6));
    }
    t.dispose();
  });
});
