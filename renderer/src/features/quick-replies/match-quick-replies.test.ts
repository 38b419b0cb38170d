import { describe, expect, it } from 'vitest';
import type { QuickReply } from '../../../../main/contract/quick-reply-schemas';
import { findSlashQuery, insertAtSlash, matchQuickReplies } from './match-quick-replies';

const reply = (id: number, shortcut: string, title: string): QuickReply => ({ id, shortcut, title, texts: { en: title }, updatedAt: 0 });

describe('the /shortcut picker', () => {
  it('finds a slash query at the start or after a space, not inside a word or URL', () => {
    expect(findSlashQuery('/ho', 3)).toEqual({ start: 0, query: 'ho' });
    expect(findSlashQuery('Thanks! /Hours', 14)).toEqual({ start: 8, query: 'hours' });
    expect(findSlashQuery('line\n/', 6)).toEqual({ start: 5, query: '' });
    expect(findSlashQuery('and/or', 6)).toBeNull();
    expect(findSlashQuery('see https://x.y/abc', 19)).toBeNull();
    expect(findSlashQuery('/hours and more', 15)).toBeNull();
  });

  it('ranks shortcut prefixes before other matches', () => {
    const list = [reply(1, 'address', 'Where we are'), reply(2, 'hours', 'Opening hours'), reply(3, 'shipping', 'Hours of delivery')];
    expect(matchQuickReplies(list, 'ho').map((r) => r.id)).toEqual([2, 3]);
    expect(matchQuickReplies(list, '').map((r) => r.id)).toEqual([1, 2, 3]);
    expect(matchQuickReplies(list, 'zzz')).toEqual([]);
  });

  it('replaces the query with the text and puts the caret after it', () => {
    const text = 'Hi! /hou thanks';
    const slash = findSlashQuery(text, 8)!;
    expect(insertAtSlash(text, slash, 8, 'We open at 9.')).toEqual({ text: 'Hi! We open at 9. thanks', caret: 17 });
  });
});
