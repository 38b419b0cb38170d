import { describe, expect, it } from 'vitest';
import { en } from './en';
import { RESOURCES } from './resources';
import { pluralFormsFor, placeholders, translationProblems } from './translation-check';
import { UI_LANGUAGE_CODES } from './ui-languages';

describe('every UI language has every English key', () => {
  for (const language of UI_LANGUAGE_CODES.filter((code) => code !== 'en')) {
    it(`${language}: no missing key, plural form or placeholder difference`, () => {
      expect(translationProblems(en, RESOURCES[language], language)).toEqual([]);
    });
  }

  it('needs the plural forms Intl gives whole counts in each language', () => {
    expect([...pluralFormsFor('en')].sort()).toEqual(['one', 'other']);
    expect([...pluralFormsFor('hi')].sort()).toEqual(['one', 'other']);
    expect([...pluralFormsFor('pt-BR')].sort()).toEqual(['one', 'other']);
    expect([...pluralFormsFor('id')]).toEqual(['other']);
    expect([...pluralFormsFor('vi')]).toEqual(['other']);
  });

  it('reads the placeholder names, whatever their format', () => {
    expect(placeholders('{{count, number}} of {{total}} — {{count}}')).toEqual(['count', 'total']);
  });

  it('catches a missing key, a missing or stray plural form, and a renamed placeholder', () => {
    const source = { a: { title: 'Hi {{name}}', items_one: '{{count}} item', items_other: '{{count}} items' } };
    expect(translationProblems(source, { a: { title: 'Hola {{name}}', items_one: '{{count}} cosa', items_other: '{{count}} cosas' } }, 'es')).toEqual([]);
    expect(translationProblems(source, { a: { items_one: '{{count}} cosa', items_other: '{{count}} cosas' } }, 'es')).toEqual(['es: missing a.title']);
    expect(translationProblems(source, { a: { title: 'Hola {{nombre}}', items_one: '{{count}} cosa', items_other: '{{count}} cosas' } }, 'es')).toEqual([
      'es: a.title has {{nombre}} where English has {{name}}',
    ]);
    expect(translationProblems(source, { a: { title: 'Hola {{name}}', items_other: '{{count}} cosas' } }, 'es')).toEqual(['es: missing a.items_one']);
    expect(translationProblems(source, { a: { title: 'Halo {{name}}', items_other: '{{count}} barang' } }, 'id')).toEqual([]);
    expect(translationProblems(source, { a: { title: 'Halo {{name}}', items_one: '1 barang', items_other: '{{count}} barang' } }, 'id')).toEqual([
      'id: a.items_one is not an English key',
    ]);
    expect(translationProblems(source, { a: { title: ' ', items_other: '{{count}} barang' } }, 'id')).toEqual(['id: empty a.title']);
    // Spanish `one` is only ever 1, so "un artículo" may drop the count; Hindi `one` also covers 0.
    expect(translationProblems(source, { a: { title: 'Hola {{name}}', items_one: 'un artículo', items_other: '{{count}} artículos' } }, 'es')).toEqual([]);
    expect(translationProblems(source, { a: { title: 'नमस्ते {{name}}', items_one: 'एक चीज़', items_other: '{{count}} चीज़ें' } }, 'hi')).toEqual([
      'hi: a.items_one has {{}} where English has {{count}}',
    ]);
  });
});
