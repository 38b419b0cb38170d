/**
 * A turn with several questions ("Can I pay with card? and do you wrap gifts?") read as its
 * parts, so each is answered on its own or named as not answered. Parts end at question marks
 * and line breaks, and at a coordinator ("and", "y", "e", "dan", "và", "aur") that joins two
 * clauses. A piece stands alone when it names something: two content words, or one that is not
 * a catalog question word ("precio?", "stock?" ask about the question before them). Clauses
 * joined by a coordinator also need three content words between them, so "monstera and pothos"
 * stays one question.
 */
import { isCatalogWord } from '../knowledge/search/catalog-words';
import { tokens, isContentToken } from '../knowledge/text';

/** Coordinators that may join two questions, per language (folded). */
const COORDINATORS: Record<string, string[]> = {
  en: ['and', 'also', 'plus'],
  es: ['y', 'tambien', 'ademas'],
  pt: ['e', 'tambem'],
  id: ['dan', 'juga', 'terus'],
  vi: ['va', 'con'],
  hi: ['aur', 'और'],
};
const COORDINATOR = new Set(Object.values(COORDINATORS).flat());

/** Question words, folded, in the customer languages: a clause with one asks something. */
const INTERROGATIVES = new Set(
  `what whats where wheres when why how hows which who whom whose como donde cuando cuanto cuanta cuantos
   cuantas cual cuales quien onde quando quanto quanta quantos quantas qual quais quem apa apakah berapa brp
   kapan dimana gimana bagaimana kenapa mengapa siapa sao nao gi dau khong ko may kya kaise kab kahan kitna kitne
   kitni kaun kyun kyu क्या कैसे कब कहां कितना कितने कितनी कौन क्यों`.split(/\s+/),
);
/** Words that open a yes/no question ("can I…", "¿tienen…", "bisa…"). */
const OPENERS = new Set(
  `can could do does did is are was were will would may have has any puedo puede pueden podria tienen tiene
   tienes hay hacen aceptan venden posso pode podem tem voces vcs fazem aceitam aceita bisa ada boleh`.split(/\s+/),
);

/**
 * Whether a part of a turn asks something: a question mark, a question word, or a question's
 * first word. A part that asks nothing ("I paid with my card", "compré unas tijeras") is the
 * context of the turn's questions, not a question to answer on its own.
 */
export function asksSomething(text: string): boolean {
  if (/[?？¿]/u.test(text)) return true;
  const words = tokens(text);
  return words.some((w) => INTERROGATIVES.has(w)) || (words[0] !== undefined && OPENERS.has(words[0]));
}

/** Content words two clauses around a coordinator need between them to be two questions. */
const CLAUSE_WORDS = 3;

const contentWords = (text: string) => tokens(text).filter(isContentToken);
const contentCount = (text: string) => contentWords(text).length;

/** Whether a piece names something to answer on its own (see the file comment). */
function standsAlone(text: string): boolean {
  const words = contentWords(text);
  return words.length >= 2 || (words.length === 1 && !isCatalogWord(words[0]!));
}

/**
 * The parts of a turn, in order, trimmed; a turn with one question gives one part. A piece too
 * that does not stand alone ("precio?", "ok?") belongs to the question before it (or after it).
 */
export function turnParts(text: string): string[] {
  const pieces = text
    .split(/(?<=[?？])|\n+/u)
    .map((p) => p.trim())
    .filter((p) => contentCount(p) > 0);
  const joined: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    const withPending = pending ? `${pending} ${piece}` : piece;
    if (!standsAlone(piece) && joined.length > 0) joined[joined.length - 1] += ` ${piece}`;
    else if (!standsAlone(withPending)) pending = withPending;
    else {
      joined.push(withPending);
      pending = '';
    }
  }
  if (pending && joined.length > 0) joined[joined.length - 1] += ` ${pending}`;
  else if (pending) joined.push(pending);
  return joined.flatMap(splitClauses);
}

/** Splits a piece at coordinators standing between two clauses. */
function splitClauses(piece: string): string[] {
  const words = [...piece.matchAll(/\S+/gu)];
  const parts: string[] = [];
  let start = 0;
  for (const word of words) {
    const folded = tokens(word[0]);
    if (folded.length !== 1 || !COORDINATOR.has(folded[0]!) || !/^[\p{L}\p{M}]+,?$/u.test(word[0])) continue;
    const before = piece.slice(start, word.index).trim().replace(/,$/, '');
    const after = piece.slice(word.index + word[0].length).trim();
    if (!standsAlone(before) || !standsAlone(after) || contentCount(before) + contentCount(after) < CLAUSE_WORDS) continue;
    parts.push(before);
    start = word.index + word[0].length;
  }
  parts.push(piece.slice(start).trim());
  return parts.filter(Boolean);
}
