import type { TFunction } from 'i18next';
import type { ReviewReason } from '../../../../main/contract/schemas';
import { languageName } from '../../lib/languages';

/**
 * Codes whose sentence has no values. A draft stored before reasons carried `params` still gets
 * the translated sentence for these (and the honest approval wording); for any other code such
 * a row shows the English `message` it was stored with.
 */
export const FIXED_REASON_CODES: ReadonlySet<ReviewReason['code']> = new Set([
  'approval_required',
  'policy_quoted',
  'waiting_for_person',
  'backlog',
  'prompt_leak',
]);

/** Param names ending so hold a language code, shown by the language's own name. */
const LANGUAGE_PARAM = /Language$/;

/**
 * The review card's explanation of one reason in the UI language: the sentence
 * `queue.reasonDetail.<code>` filled from `params` (`context` picks the variant, `count` the
 * plural), then the quoted words (`quote`, found `via`), then what follows (`then`). Without
 * params (rows stored before them) or without a translation, the stored English sentence.
 */
export function reasonText(t: TFunction, reason: ReviewReason): string {
  if (reason.params === undefined && !FIXED_REASON_CODES.has(reason.code)) return reason.message;
  const { quote, via, then, ...rest } = reason.params ?? {};
  const values = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, LANGUAGE_PARAM.test(key) ? languageName(String(value)) : value]),
  );
  const parts = [t(`queue.reasonDetail.${reason.code}`, { ...values, defaultValue: reason.message })];
  if (quote !== undefined && quote !== '') parts.push(t('queue.reasonQuote', { quote, context: via === undefined ? undefined : String(via) }));
  if (then !== undefined) parts.push(t(`queue.reasonThen.${String(then)}`, { defaultValue: '' }));
  return parts.filter(Boolean).join(' ');
}
