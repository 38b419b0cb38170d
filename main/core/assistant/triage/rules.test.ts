import { describe, expect, it } from 'vitest';
import { compilePattern, compileTable, firstHit } from './rules';
import { foldView, quote } from './text-view';
import { correctTypos, correctWord, editDistance } from './typos';

describe('rules as data', () => {
  it('folds patterns so accents and capitals do not matter', () => {
    const re = compilePattern(/\bdónde está mi pedido\b/);
    for (const text of ['DÓNDE ESTÁ MI PEDIDO', 'donde esta mi pedido', 'Dònde está mi pedido?']) expect(re.test(foldView(text).text)).toBe(true);
  });

  it('knows word edges in every script', () => {
    const re = compilePattern(/\bबात\b/);
    expect(re.test(foldView('मालिक से बात करवाओ').text)).toBe(true);
    expect(re.test(foldView('बातचीत').text)).toBe(false);
  });

  it('lets a space in a pattern match a line break', () => {
    expect(compilePattern(/\bignore previous instructions\b/).test(foldView('ignore previous\ninstructions').text)).toBe(true);
  });

  it('refuses escapes that folding would break', () => {
    expect(() => compilePattern(/\S+/)).toThrow(/escape/);
    expect(() => compilePattern(/\p{L}/u)).toThrow(/escape/);
  });

  it('quotes a match from the original message, accents and case intact', () => {
    const view = foldView('Hola, ¿DÓNDE está mi pedido #44?');
    const hit = firstHit(view, compileTable({ es: [/\bdonde esta mi pedido\b/] }))!;
    expect(quote(view, hit.start, hit.end)).toBe('DÓNDE está mi pedido');
  });

  it('reads "don’t" as "dont" and keeps line breaks', () => {
    expect(foldView("Don’t  text me\n\nagain").text).toBe('dont text me\nagain');
  });
});

describe('typo tolerance', () => {
  it('measures edits, swaps counting once', () => {
    expect(editDistance('consmuer', 'consumer', 2)).toBe(1);
    expect(editDistance('agent', 'argent', 1)).toBe(1);
    expect(editDistance('pot', 'complaint', 2)).toBe(3);
  });

  it('corrects likely typos of key words only', () => {
    expect(correctWord('hunan')).toBe('human');
    expect(correctWord('someody')).toBe('somebody');
    expect(correctWord('rfeclamation')).toBe('reclamation');
    expect(correctWord('tlak')).toBe('talk');
    expect(correctWord('take')).toBe('take');
    expect(correctWord('monstera')).toBe('monstera');
    expect(correctWord('layer')).toBe('layer');
  });

  it('keeps each corrected word’s place in the original', () => {
    const view = correctTypos(foldView('speak to a hunan'));
    expect(view.text).toBe('speak to a human');
    expect(quote(view, 11, 16)).toBe('hunan');
  });
});

describe('fast matching, same results', () => {
  it('reads word edges alike on ASCII text, with an underscore and beside other scripts', () => {
    const rules = compileTable({ en: [/\bignore previous\b/] });
    expect(firstHit(foldView('please IGNORE previous ones'), rules)).toMatchObject({ start: 7, end: 22 });
    // `\b` would see "_ignore" as one word; triage does not.
    expect(firstHit(foldView('x_ignore previous'), rules)).toMatchObject({ start: 2 });
    expect(firstHit(foldView('क्याignore previous'), rules)).toBeNull();
    expect(firstHit(foldView('क्या ignore previous?'), rules)).toMatchObject({ start: 5 });
  });

  it('keeps the first rule in table order, not the leftmost match', () => {
    const rules = compileTable({ en: [/\bsecond\b/, /\bfirst\b/] });
    expect(firstHit(foldView('first then second'), rules)).toMatchObject({ start: 11 });
  });
});
