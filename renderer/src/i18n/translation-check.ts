/**
 * What is wrong with a translation against the English source: missing or extra keys, empty
 * strings, plural forms the language needs (from `Intl.PluralRules`, not a table of ours), and
 * `{{placeholders}}` that differ from English. Pure, so a unit test runs it on every language.
 */

type Tree = { readonly [key: string]: string | Tree };

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every string leaf of a tree, by its dotted path. */
export function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [inner, text] of leaves(value, path)) out.set(inner, text);
  }
  return out;
}

/** Same placeholders as English, or (when `subset`) none English lacks. */
function placeholdersFit(found: readonly string[], english: readonly string[], subset: boolean): boolean {
  return subset ? found.every((name) => english.includes(name)) : found.join(',') === english.join(',');
}

/** The placeholder names of a string, sorted: `{{count, number}}` → `count`. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((match) => match[1] ?? ''))].sort();
}

/**
 * The plural categories i18next picks for whole counts in `language` — the forms a translation
 * must have (`many` in es/pt only names millions, where i18next falls back to `_other`).
 */
export function pluralFormsFor(language: string): Set<string> {
  const rules = new Intl.PluralRules(language);
  const forms = new Set<string>(['other']);
  for (let count = 0; count <= 1000; count++) forms.add(rules.select(count));
  return forms;
}

/** True when the language's `one` form is used for the number 1 alone (es, en — not pt or hi, where 0 is `one` too). */
function oneMeansOnlyOne(language: string): boolean {
  const rules = new Intl.PluralRules(language);
  for (let count = 0; count <= 1000; count++) if (rules.select(count) === 'one' && count !== 1) return false;
  return true;
}

/** One line per problem; empty when the translation is complete. */
export function translationProblems(source: Tree, translation: Tree, language: string): string[] {
  const english = leaves(source);
  const translated = leaves(translation);
  const needed = pluralFormsFor(language);
  const allowed = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
  // Where `one` is only ever 1, its form may write the number as a word and drop a placeholder.
  const oneMayDrop = oneMeansOnlyOne(language);
  const problems: string[] = [];
  const expected = new Map<string, string>();
  for (const [path, text] of english) {
    const base = path.replace(PLURAL, '');
    if (base === path) expected.set(path, text);
    else for (const form of needed) expected.set(`${base}_${form}`, english.get(`${base}_${form}`) ?? english.get(`${base}_other`) ?? text);
  }
  for (const [path, englishText] of expected) {
    const text = translated.get(path);
    if (text === undefined) problems.push(`${language}: missing ${path}`);
    else if (text.trim() === '' && englishText.trim() !== '') problems.push(`${language}: empty ${path}`);
    else if (!placeholdersFit(placeholders(text), placeholders(englishText), oneMayDrop && path.endsWith('_one'))) {
      problems.push(`${language}: ${path} has {{${placeholders(text).join('}}, {{')}}} where English has {{${placeholders(englishText).join('}}, {{')}}}`);
    }
  }
  for (const path of translated.keys()) {
    if (expected.has(path)) continue;
    const form = PLURAL.exec(path)?.[1];
    // A form the language has but whole counts never pick (es `_many`) is allowed, not needed.
    if (form && allowed.has(form as Intl.LDMLPluralRule) && english.has(`${path.replace(PLURAL, '')}_other`)) continue;
    problems.push(`${language}: ${path} is not an English key`);
  }
  return problems;
}
