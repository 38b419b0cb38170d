import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../../testing/test-core';
import { inspectHandlers } from './inspect-handlers';

describe('"What would the assistant find?"', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = createTestCore();
    await t.call('loadDemoShop');
  });
  afterAll(() => t.dispose());

  const inspect = (message: string) => inspectHandlers(t.core).inspectRetrieval({ message });

  it('ranks the sources with what matched and whether a draft would be written', async () => {
    const result = await inspect('can I return a pot?');
    expect(result.wouldAnswer).toBe(true);
    expect(result.hits[0]).toMatchObject({ sourceId: 'faq:returns', kind: 'faq', policy: true, matched: ['return', 'pot'] });
    expect(result.hits[0]!.snippet).toContain('14 days');
    const product = result.hits.find((h) => h.kind === 'product')!;
    expect(product.snippet).toMatch(/^\d+\.\d{2} MXN · /);
    expect(result.hits.map((h) => h.score)).toEqual(result.hits.map((h) => h.score).map((s) => Math.min(1, Math.max(0, s))));
    expect(result.tookMs).toBeGreaterThanOrEqual(0);
  });

  it('shows a corrected typo and says when it would hand over', async () => {
    expect((await inspect('montsera')).hits[0]!.matched).toEqual(['montsera→monstera']);
    expect(await inspect('can you build me a spaceship?')).toMatchObject({ hits: [], wouldAnswer: false });
  });
});
