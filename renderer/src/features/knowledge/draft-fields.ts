import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CURRENCY_PATTERN } from '../../../../main/contract/knowledge-text';
import { textProblem } from '../../../../main/contract/text-rules';
import { MONO_INPUT } from './mono-input';

/** The keys of a draft whose value is text: the ones a text input edits. */
export type TextKey<D> = { [K in keyof D]-?: D[K] extends string ? K : never }[keyof D];

/** Field → the i18n key (under the form's error prefix) of what is wrong with it. */
export type FieldErrors<D> = Partial<Record<keyof D, string>>;

/** What a Mantine TextInput or Textarea needs to edit one field: value, error and change. */
export type TextFieldProps = {
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
};

/** A three-letter code such as MXN: what main accepts as a currency. */
export function isCurrencyCode(text: string): boolean {
  return CURRENCY_PATTERN.test(text);
}

/**
 * The error code (`unsafeChars` or `tooLong`, translated under each form's error prefix) of
 * the first of `texts` that breaks the contract's text rules (`text-rules.ts`), or undefined.
 */
export function textError(texts: string | readonly string[], max: number): 'unsafeChars' | 'tooLong' | undefined {
  for (const text of typeof texts === 'string' ? [texts] : texts) {
    const problem = textProblem(text, max);
    if (problem) return problem.kind === 'unsafe' ? 'unsafeChars' : 'tooLong';
  }
  return undefined;
}

/** Binds text inputs to the fields of one draft (see `useDraftFields`). */
export type DraftFields<D> = {
  /** A text field, stored as typed. */
  text(key: TextKey<D>): TextFieldProps;
  /** A currency code: typed in any case, stored upper-case, three monospace letters. */
  currency(key: TextKey<D>): TextFieldProps & { maxLength: number; styles: typeof MONO_INPUT };
  /** Free text for a Textarea that grows with what is typed, between `minRows` and `maxRows`. */
  multiline(key: TextKey<D>, minRows: number, maxRows: number): TextFieldProps & { autosize: true; minRows: number; maxRows: number };
};

/**
 * Binds a form's text inputs to its draft, so each input declares its wiring once:
 * `<TextInput {...fields.text('name')} />` gets the value, the translated error
 * (`<errorPrefix>.<code>`) and a change handler that stores the text (upper-cased for a currency).
 */
export function useDraftFields<D>({
  draft,
  set,
  errors,
  errorPrefix,
}: {
  draft: D;
  set: <K extends keyof D>(key: K, value: D[K]) => void;
  errors?: FieldErrors<D>;
  /** Where the error codes live, e.g. `knowledge.catalog.errors`. */
  errorPrefix?: string;
}): DraftFields<D> {
  const { t } = useTranslation();
  // `parse` turns what was typed into the stored value.
  const bind = (key: TextKey<D>, parse: (typed: string) => string = (typed) => typed): TextFieldProps => {
    const code: string | undefined = errors?.[key];
    return {
      value: draft[key] as string,
      error: code && errorPrefix ? t(`${errorPrefix}.${code}`) : undefined,
      // The key names a text field, so the parsed text is that field's value.
      onChange: (event) => set(key, parse(event.currentTarget.value) as D[TextKey<D>]),
    };
  };
  return {
    text: (key) => bind(key),
    currency: (key) => ({ ...bind(key, (typed) => typed.toUpperCase()), maxLength: 3, styles: MONO_INPUT }),
    multiline: (key, minRows, maxRows) => ({ ...bind(key), autosize: true, minRows, maxRows }),
  };
}
