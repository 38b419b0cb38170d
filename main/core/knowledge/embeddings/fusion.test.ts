import { describe, expect, it } from 'vitest';
import { fuse, nearest } from './fusion';
import type { VectorMatrix } from './vector-store';

const matrix: VectorMatrix = {
  model: 'm',
  dims: 2,
  ids: ['a', 'b', 'c', 'd'],
  data: Float32Array.from([1, 0, 0, 1, Math.SQRT1_2, Math.SQRT1_2, -1, 0]),
};

describe('nearest', () => {
  it('returns the closest vectors by cosine, best first, at most `limit`', () => {
    expect(nearest(matrix, Float32Array.from([1, 0]), 3).map((n) => n.sourceId)).toEqual(['a', 'c', 'b']);
    expect(nearest(matrix, Float32Array.from([0, 1]), 2).map((n) => [n.sourceId, Math.round(n.cosine * 100) / 100])).toEqual([
      ['b', 1],
      ['c', 0.71],
    ]);
  });

  it('returns nothing for a query of another length', () => {
    expect(nearest(matrix, Float32Array.from([1, 0, 0]), 3)).toEqual([]);
  });
});

describe('fuse', () => {
  it('adds 1/(k+rank) per ranking, so agreement beats one first place', () => {
    const fused = fuse(['x', 'y', 'z'], [
      { sourceId: 'y', cosine: 0.9 },
      { sourceId: 'w', cosine: 0.8 },
      { sourceId: 'z', cosine: 0.7 },
    ]);
    expect(fused.map((f) => f.sourceId)).toEqual(['y', 'z', 'x', 'w']);
    expect(fused[0]).toEqual({ sourceId: 'y', rrf: 1 / 62 + 1 / 61, lexicalRank: 2, vectorRank: 1, cosine: 0.9 });
    expect(fused.find((f) => f.sourceId === 'w')).toMatchObject({ lexicalRank: null, vectorRank: 2 });
  });

  it('breaks ties on the lexical rank', () => {
    expect(fuse(['a'], [{ sourceId: 'b', cosine: 1 }]).map((f) => f.sourceId)).toEqual(['a', 'b']);
  });
});

describe('nearest over odd lengths', () => {
  it('scores every component when the length is not a multiple of four', () => {
    const dims = 7;
    const rows = [
      [0, 0, 0, 0, 0, 0, 1],
      [1, 0, 0, 0, 0, 0, 0],
    ];
    const matrix: VectorMatrix = { model: 'm', dims, ids: ['tail', 'head'], data: Float32Array.from(rows.flat()) };
    expect(nearest(matrix, Float32Array.from([0, 0, 0, 0, 0, 0.6, 0.8]), 2)).toEqual([
      { sourceId: 'tail', cosine: expect.closeTo(0.8, 5) },
      { sourceId: 'head', cosine: 0 },
    ]);
  });
});
