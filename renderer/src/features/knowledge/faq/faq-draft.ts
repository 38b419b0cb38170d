import type { FaqEntry, FaqKind, Language } from '../../../../../main/contract/schemas';
import { TEXT_LIMITS as L } from '../../../../../main/contract/text-rules';
import { textError, type FieldErrors } from '../draft-fields';

/** The owner's own question and answer in another language. */
export type TranslationDraft = { question: string; answer: string };

/** An FAQ entry as typed in the form; alternatives are one per line; translations by language. */
export type FaqDraft = {
  id: string;
  question: string;
  answer: string;
  kind: FaqKind;
  alternatives: string;
  translations?: Partial<Record<Language, TranslationDraft>>;
};

/** Field → i18n key under `knowledge.faq.errors`. */
export type FaqErrors = FieldErrors<FaqDraft>;

/** The form text of a saved entry. */
export function toFaqDraft(faq: FaqEntry): FaqDraft {
  return {
    id: faq.id,
    question: faq.question,
    answer: faq.answer,
    kind: faq.kind,
    alternatives: faq.alternatives.join('\n'),
    translations: { ...faq.translations },
  };
}

/** A readable id from the question ("Do you deliver?" → "do-you-deliver"), unique among `taken`. */
export function suggestFaqId(question: string, taken: ReadonlySet<string>): string {
  const base =
    question
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'faq';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Validates a draft; returns the entry to save or the errors by field. */
export function validateFaqDraft(
  draft: FaqDraft,
  taken: ReadonlySet<string>,
): { faq: FaqEntry; errors: null } | { faq: null; errors: FaqErrors } {
  const errors: FaqErrors = {};
  const id = draft.id.trim();
  if (!id) errors.id = 'idRequired';
  else if (taken.has(id)) errors.id = 'idTaken';
  if (!draft.question.trim()) errors.question = 'questionRequired';
  if (!draft.answer.trim()) errors.answer = 'answerRequired';
  const alternatives = draft.alternatives.split('\n').map((line) => line.trim()).filter(Boolean);
  errors.id ??= textError(id, L.faqId);
  errors.question ??= textError(draft.question.trim(), L.question);
  errors.answer ??= textError(draft.answer.trim(), L.answer);
  errors.alternatives ??= alternatives.length > L.alternatives ? 'tooMany' : textError(alternatives, L.alternative);
  const translations = tidyTranslations(draft.translations);
  for (const t of Object.values(translations)) {
    if (!t.answer) errors.translations ??= 'translationAnswerRequired';
    errors.translations ??= textError(t.question, L.question) ?? textError(t.answer, L.answer);
  }
  for (const key of Object.keys(errors) as Array<keyof FaqErrors>) if (errors[key] === undefined) delete errors[key];
  if (Object.keys(errors).length > 0) return { faq: null, errors };
  return {
    faq: {
      id,
      question: draft.question.trim(),
      answer: draft.answer.trim(),
      kind: draft.kind,
      alternatives,
      ...(Object.keys(translations).length > 0 ? { translations } : {}),
    },
    errors: null,
  };
}

/** Trimmed translations without the empty ones (a language added and left blank is dropped). */
function tidyTranslations(translations: FaqDraft['translations']): Partial<Record<Language, TranslationDraft>> {
  const out: Partial<Record<Language, TranslationDraft>> = {};
  for (const [lang, t] of Object.entries(translations ?? {}) as Array<[Language, TranslationDraft]>) {
    const tidy = { question: t.question.trim(), answer: t.answer.trim() };
    if (tidy.question || tidy.answer) out[lang] = tidy;
  }
  return out;
}
