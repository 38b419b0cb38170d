import { describe, expect, it } from 'vitest';
import { createTestCore } from '../../../testing/test-core';
import { editDistance, TypoCorrector } from './typo';

describe('typo distance', () => {
  it('counts swaps, missing and extra letters, and neighbouring keys as one edit', () => {
    expect(editDistance('lether', 'leather', 2)).toBe(1);
    expect(editDistance('ehlp', 'help', 2)).toBe(1);
    expect(editDistance('monstrea', 'monstera', 2)).toBe(1);
    expect(editDistance('cetamic', 'ceramic', 2)).toBe(1); // t is next to r
  });

  it('makes far-apart substitutions too costly to be a typo', () => {
    expect(editDistance('back', 'bank', 1)).toBe(2);
    expect(editDistance('mode', 'made', 1)).toBe(2);
  });
});

describe('typo correction against the knowledge vocabulary', () => {
  it('corrects and completes only towards words the knowledge uses', () => {
    const t = createTestCore();
    t.core.knowledge.upsertProduct({
      sku: 'A1', name: 'Leather wallet', description: 'Fertilizer-free leather.', price: '10.00', currency: 'USD',
      stock: 1, options: {}, tags: [], active: true,
    });
    t.core.retriever.sync();
    const typos = new TypoCorrector(t.core.db);
    expect(typos.correct('lether')).toEqual(['leather']);
    expect(typos.correct('walet')).toEqual(['wallet']);
    expect(typos.correct('fertil')).toEqual(['fertilizer']);
    expect(typos.correct('mallet')).toEqual([]); // another word, not a typo: the first letter differs
    expect(typos.correct('lea')).toEqual([]); // too short to guess
    t.dispose();
  });
});
