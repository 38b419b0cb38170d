import { describe, expect, it } from 'vitest';
import { factItems, relevantFacts } from './customer-facts';

describe('customer facts as drafting uses them', () => {
  const facts = [
    { id: 1, text: 'Wears size M' },
    { id: 2, text: 'Prefers black pots' },
    { id: 3, text: 'Allergic to lilies' },
  ];

  it('offline, only facts sharing a content word with the question are relevant (plural or singular alike)', () => {
    expect(relevantFacts(facts, 'Do you have this in my size?').map((f) => f.id)).toEqual([1]);
    expect(relevantFacts(facts, 'Any black pot for a monstera?').map((f) => f.id)).toEqual([2]);
    expect(relevantFacts(facts, 'Which sizes do you have?').map((f) => f.id)).toEqual([1]);
    expect(relevantFacts(facts, 'What time do you open?')).toEqual([]);
    expect(relevantFacts([], 'size?')).toEqual([]);
  });

  it('gives the model each fact as a cited line marked as about this customer, newest eight at most', () => {
    const items = factItems(Array.from({ length: 10 }, (_, i) => ({ id: i + 1, text: `fact ${i + 1}` })));
    expect(items).toHaveLength(8);
    expect(items[0]).toMatchObject({ id: 'fact:3', ref: { id: 'fact:3', kind: 'fact', title: 'fact 3' } });
    expect(items[0]!.line).toBe('[fact:3] (about this customer, told to the shop before) fact 3');
  });
});
