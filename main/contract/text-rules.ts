/**
 * Rules every piece of text the owner saves or sends passes, shared by the contract's schemas,
 * the core's checks (forms and imports) and the renderer's form validation, so all three agree.
 * Lengths are generous for a shop and stop pathological input (a 200 KB name, 50,000
 * alternatives) that would slow every search; characters that are invisible yet change what
 * a text means or how it is shown (controls, NUL, text-direction overrides, broken surrogate
 * pairs) are refused, because they end up in replies customers read.
 */
import { z } from 'zod';

/** Longest accepted text per field (characters) and most items per list. */
export const TEXT_LIMITS = {
  sku: 64,
  productName: 200,
  description: 5000,
  price: 20,
  optionName: 50,
  optionValue: 100,
  options: 30,
  optionValues: 100,
  /** Variants (option combinations with their own price and stock) of one product. */
  variants: 200,
  tag: 50,
  tags: 50,
  faqId: 100,
  question: 500,
  answer: 5000,
  alternative: 500,
  alternatives: 50,
  /** Profile's one-line fields (name, currency, timezone, tone). */
  profileLine: 200,
  /** Profile's longer fields (about, hours, location). */
  profileText: 2000,
  languages: 20,
  /** A reply that goes out (approved draft, edit, or a person's own reply). */
  reply: 4000,
} as const;

// C0 controls except tab, line feed and carriage return; DEL and C1 controls; the bidi embedding,
// override and isolate characters (U+202A–202E, U+2066–2069); lone surrogates.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
// Without the `u` flag a lone surrogate is one code unit the pattern can see.
const UNSAFE_UNITS = new RegExp(UNSAFE.source);

/** The first refused character of `text` as `U+XXXX`, or null when there is none. */
export function unsafeCharacter(text: string): string | null {
  const match = UNSAFE_UNITS.exec(text);
  if (!match) return null;
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What is wrong with one text field, or null. */
export type TextProblem = { kind: 'unsafe'; character: string } | { kind: 'too_long'; max: number; length: number };

/** Checks a text against the character rule and a length limit. */
export function textProblem(text: string, max: number): TextProblem | null {
  const character = unsafeCharacter(text);
  if (character) return { kind: 'unsafe', character };
  return text.length > max ? { kind: 'too_long', max, length: text.length } : null;
}

/** The English sentence for a problem of field `field` (imports, the CLI, bad_input errors). */
export function describeTextProblem(field: string, problem: TextProblem): string {
  switch (problem.kind) {
    case 'unsafe':
      return `${field} contains an invisible control or text-direction character (${problem.character}); remove it`;
    case 'too_long':
      return `${field} is ${problem.length.toLocaleString('en')} characters long; the most is ${problem.max.toLocaleString('en')}`;
    default:
      return assertNever(problem);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected ${JSON.stringify(value)}`);
}

/** A string schema with the length limit and the character rule, with a readable error. */
export function safeText(max: number, field = 'text') {
  return z.string().superRefine((text, ctx) => {
    const problem = textProblem(text, max);
    if (problem) ctx.addIssue({ code: 'custom', message: describeTextProblem(field, problem) });
  });
}
