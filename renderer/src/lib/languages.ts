import type { Language } from '../../../main/contract/schemas';

/**
 * Customer languages with their own names (endonyms), shown the same in every UI language.
 * Kept here rather than imported from schemas.ts so the renderer does not bundle zod.
 */
export const LANGUAGE_OPTIONS = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Español' },
  { value: 'pt', label: 'Português' },
  { value: 'vi', label: 'Tiếng Việt' },
  { value: 'hi', label: 'हिन्दी' },
  { value: 'id', label: 'Bahasa Indonesia' },
] as const satisfies ReadonlyArray<{ value: Language; label: string }>;

// Compile-time check: every contract language has an option here.
type Missing = Exclude<Language, (typeof LANGUAGE_OPTIONS)[number]['value']>;
const everyLanguageListed: [Missing] extends [never] ? true : Missing = true;
void everyLanguageListed;

/** Narrows a string (e.g. a <select> value) to a contract language, defaulting to English. */
export function asLanguage(value: string): Language {
  return LANGUAGE_OPTIONS.find((option) => option.value === value)?.value ?? 'en';
}

/** Endonym for a language code, falling back to the code itself. */
export function languageName(code: string): string {
  return LANGUAGE_OPTIONS.find((option) => option.value === code)?.label ?? code.toUpperCase();
}
