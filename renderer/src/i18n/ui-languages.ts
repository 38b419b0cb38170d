import type { UiLanguage } from '../../../main/contract/schemas';

export type { UiLanguage };

/**
 * The UI languages, each by its own name (the switch shows them alike in every UI language).
 * Kept here rather than read from schemas.ts so the renderer does not bundle zod.
 */
export const UI_LANGUAGE_OPTIONS = [
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Español' },
  { value: 'pt-BR', label: 'Português (Brasil)' },
  { value: 'id', label: 'Bahasa Indonesia' },
  { value: 'vi', label: 'Tiếng Việt' },
  { value: 'hi', label: 'हिन्दी' },
] as const satisfies ReadonlyArray<{ value: UiLanguage; label: string }>;

// Compile-time check: every contract UI language has an option here.
type Missing = Exclude<UiLanguage, (typeof UI_LANGUAGE_OPTIONS)[number]['value']>;
const everyLanguageListed: [Missing] extends [never] ? true : Missing = true;
void everyLanguageListed;

/** The UI language codes, in the switch's order. */
export const UI_LANGUAGE_CODES: readonly UiLanguage[] = UI_LANGUAGE_OPTIONS.map((option) => option.value);

/** A stored or selected value as a UI language, or null when it is none of them. */
export function asUiLanguage(value: string | null | undefined): UiLanguage | null {
  return UI_LANGUAGE_CODES.find((code) => code === value) ?? null;
}

/**
 * The UI language for a browser's preferred languages (`navigator.languages`, best first):
 * the first one we speak, matched on its primary subtag (any Portuguese gets Brazilian, the
 * only one we have; `in` is the old code for Indonesian). English when none matches.
 */
export function detectUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    switch (primary) {
      case 'en':
      case 'es':
      case 'id':
      case 'vi':
      case 'hi':
        return primary;
      case 'in':
        return 'id';
      case 'pt':
        return 'pt-BR';
      default:
        break;
    }
  }
  return 'en';
}
