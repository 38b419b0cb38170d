import { describe, expect, it } from 'vitest';
import { wordDiff } from './word-diff';

const join = (parts: ReturnType<typeof wordDiff>, keep: 'removed' | 'added') => parts.filter((p) => p.kind !== keep).map((p) => p.text).join('');

describe('wordDiff', () => {
  it('marks the words a person changed and keeps the rest', () => {
    const before = 'We open at 9 on Saturday.';
    const after = 'We open at 10 on Saturday and Sunday.';
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['9', 'Saturday.']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['10', 'Saturday and Sunday.']);
    // Dropping the additions gives back the draft; dropping the removals gives the reply sent.
    expect(join(parts, 'added')).toBe(before);
    expect(join(parts, 'removed')).toBe(after);
  });

  it('handles empty sides and identical texts', () => {
    expect(wordDiff('', 'Hi')).toEqual([{ kind: 'added', text: 'Hi' }]);
    expect(wordDiff('Hi', '')).toEqual([{ kind: 'removed', text: 'Hi' }]);
    expect(wordDiff('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
  });
});
