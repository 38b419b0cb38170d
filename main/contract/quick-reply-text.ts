/**
 * Turning a quick reply into the words a customer gets: the text in the customer's language
 * (or the nearest the owner wrote), with `{name}`, `{shop}`… filled. Shared by the renderer's
 * picker and the core's tests; pure functions, no I/O.
 */
import type { Language } from './schemas';

/** What the variables are filled from. Any may be missing or empty. */
export type QuickReplyContext = {
  customerName?: string | null;
  shopName?: string | null;
  operatorName?: string | null;
  hours?: string | null;
  location?: string | null;
};

/** The variables a quick reply may use, for the editor's hint. */
export const QUICK_REPLY_VARIABLES = ['name', 'fullname', 'shop', 'operator', 'hours', 'location'] as const;
export type QuickReplyVariable = (typeof QUICK_REPLY_VARIABLES)[number];

// Names a channel gives a customer it knows nothing about: not a name to greet anyone with.
const PLACEHOLDER_NAMES = new Set(['whatsapp customer', 'whatsapp contact', 'customer', 'cliente', 'unknown', 'desconocido']);

/**
 * The customer's name as a person would say it, or '' when the chat only knows a phone number or
 * a placeholder — so "Hi {name}!" becomes "Hi!" rather than "Hi +52 55…!" or "Hi Customer!".
 */
export function personalName(customerName: string | null | undefined): string {
  const name = (customerName ?? '').trim().replace(/\s+/g, ' ');
  if (name === '' || /^[+\d\s().-]+$/.test(name) || PLACEHOLDER_NAMES.has(name.toLowerCase())) return '';
  return name;
}

function valueOf(variable: QuickReplyVariable, context: QuickReplyContext): string {
  switch (variable) {
    case 'name':
      return personalName(context.customerName).split(' ')[0] ?? '';
    case 'fullname':
      return personalName(context.customerName);
    case 'shop':
      return (context.shopName ?? '').trim();
    case 'operator':
      return (context.operatorName ?? '').trim();
    case 'hours':
      return (context.hours ?? '').trim();
    case 'location':
      return (context.location ?? '').trim();
    default:
      return assertNever(variable);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unexpected ${JSON.stringify(value)}`);
}

const VARIABLE = /\{(\w+)\}/g;
// Marks an emptied variable while the line is tidied (a private-use character no text holds).
const EMPTY = '\uE000';

/**
 * Fills the variables of `template`. An empty value takes its variable out with the space or
 * comma that joined it to the sentence ("Hi {name}!" → "Hi!", "{name}, it is ready" → "It is
 * ready"); an unknown `{word}` is left as written, so the owner sees it.
 */
export function fillQuickReply(template: string, context: QuickReplyContext): string {
  const known = new Set<string>(QUICK_REPLY_VARIABLES);
  const marked = template.replace(VARIABLE, (whole, word: string) => {
    const key = word.toLowerCase();
    if (!known.has(key)) return whole;
    const value = valueOf(key as QuickReplyVariable, context);
    return value === '' ? EMPTY : value;
  });
  if (!marked.includes(EMPTY)) return marked;
  return marked
    .split('\n')
    .map((line) => {
      if (!line.includes(EMPTY)) return line;
      const tidy = line
        // "Hi ␀!" / "Hola ␀, …": the empty value and the spaces before it go.
        .replace(/[ \t]*\uE000/g, '')
        // A comma or colon left doubled or dangling before other punctuation.
        .replace(/([,;:])\s*(?=[,;:.!?])/g, '')
        .replace(/[ \t]+([,;:.!?])/g, '$1')
        // At the start of the line: "␀, your order…" → "your order…".
        .replace(/^([ \t¡¿]*)[,;:][ \t]*/, '$1')
        .replace(/[ \t]{2,}/g, ' ')
        .trim();
      // A sentence that now starts in lower case started with the removed name: capitalise it.
      return /^[ \t]*[¡¿"“]*\uE000/.test(line) ? capitalise(tidy) : tidy;
    })
    .join('\n');
}

function capitalise(text: string): string {
  const match = /^([¡¿"“]*)(\p{Ll})/u.exec(text);
  return match ? `${match[1]}${match[2]!.toLocaleUpperCase()}${text.slice(match[0].length)}` : text;
}

/**
 * The language to insert: the customer's when the owner wrote it, else the first of
 * `fallbacks` (the shop's languages) that has words, else any written language.
 */
export function chooseQuickReplyLanguage(
  texts: Partial<Record<Language, string>>,
  customerLanguage: Language,
  fallbacks: readonly string[] = [],
): Language | null {
  const written = (language: string): language is Language => (texts[language as Language] ?? '').trim().length > 0;
  if (written(customerLanguage)) return customerLanguage;
  for (const language of fallbacks) if (written(language)) return language;
  return (Object.keys(texts) as Language[]).find((language) => written(language)) ?? null;
}

/** The quick reply's text for this customer, filled; '' when it has no text at all. */
export function quickReplyText(
  texts: Partial<Record<Language, string>>,
  customerLanguage: Language,
  context: QuickReplyContext & { shopLanguages?: readonly string[] },
): { text: string; language: Language | null } {
  const language = chooseQuickReplyLanguage(texts, customerLanguage, context.shopLanguages ?? []);
  return { text: language ? fillQuickReply(texts[language]!, context) : '', language };
}
