import type { FaqEntry, FaqKind } from '../../../../../main/contract/schemas';
import { TEXT_LIMITS as L } from '../../../../../main/contract/text-rules';
import { textError, type FieldErrors } from '../draft-fields';

/** An FAQ entry as typed in the form; alternatives are one per line. */
export type FaqDraft = { id: string; question: string; answer: string; kind: FaqKind; alternatives: string };

/** Field → i18n key under `knowledge.faq.errors`. */
export type FaqErrors = FieldErrors<FaqDraft>;

/** The form text of a saved entry. */
export function toFaqDraft(faq: FaqEntry): FaqDraft {
  return { id: faq.id, question: faq.question, answer: faq.answer, kind: faq.kind, alternatives: faq.alternatives.join('\n') };
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
  for (const key of Object.keys(errors) as Array<keyof FaqErrors>) if (errors[key] === undefined) delete errors[key];
  if (Object.keys(errors).length > 0) return { faq: null, errors };
  return {
    faq: {
      id,
      question: draft.question.trim(),
      answer: draft.answer.trim(),
      kind: draft.kind,
      alternatives,
    },
    errors: null,
  };
}
