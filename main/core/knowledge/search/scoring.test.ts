import { describe, expect, it } from 'vitest';
import { CONCEPT_CAP_RATIO, conceptCap, idf } from './scoring';

const df = (counts: Record<string, number>) => (term: string) => counts[term] ?? 0;

describe('the concept cap on a word’s weight', () => {
  it('caps a word the knowledge writes once at its concept’s IDF when the concept is common', () => {
    // "पौधा" is in one Hindi alternative; "plant" (#plant) is in 20 of 40 sources.
    const group = { variants: ['पौधा', 'पौध', '#plant'] };
    expect(conceptCap(group, 40, df({ पौधा: 1, पौध: 1, '#plant': 20 }))).toBeCloseTo(idf(40, 20), 9);
    expect(idf(40, 20)).toBeLessThan(idf(40, 1));
  });

  it('leaves a word alone where it is how the knowledge names its concept', () => {
    // An English shop: "cards" in 12 sources, "card" in 30, #card in 31.
    expect(conceptCap({ variants: ['cards', 'card', '#card'] }, 77, df({ cards: 12, card: 30, '#card': 31 }))).toBe(Infinity);
    expect(31).toBeLessThan(CONCEPT_CAP_RATIO * 30);
  });

  it('does not cap by a phrase’s own concept, nor by a concept the knowledge never uses', () => {
    expect(conceptCap({ variants: ['plant', '#plant', '#snakeplant'], phrases: ['#snakeplant'] }, 40, df({ plant: 1, '#snakeplant': 5 }))).toBe(Infinity);
    expect(conceptCap({ variants: ['पौधा', '#plant'] }, 40, df({ पौधा: 1 }))).toBe(Infinity);
  });
});
