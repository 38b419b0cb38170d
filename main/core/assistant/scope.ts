/**
 * Whether the shop's knowledge really answers a message, beyond a good lexical score. Retrieval
 * finds the source that shares the most telling words; an out-of-scope question ("is the earth
 * flat?") still shares one ("flat" in a product name) or gets there only through a typo
 * correction ("talk" → "tall"). This judges the match itself: it must rest on words the customer
 * typed, that carry meaning in a shop, and on more than one of them when the message has more.
 */
import { isConceptTerm } from '../knowledge/search/lexicon';
import { messageWords } from '../knowledge/search/analyze';
import type { Hit } from '../knowledge/retrieval';

/**
 * Words that are not stop words but say nothing about what is asked: requests, courtesy, vague
 * nouns and verbs. Folded (no accents), in the customer languages retrieval serves. A match on
 * these alone is not an answer; they are not counted as words the knowledge must explain either.
 */
const GENERIC_WORDS = new Set(
  `make makes making made help helps helping thing things something anything everything nothing
   getting gets needs needed wanting knowing way good great best better nice fine sure time times today now day
   days people someone anyone somebody anybody everyone find finding look looking see seeing say saying said go
   goes going went come coming give giving take taking really still even well lot lots right kind sort stuff try
   trying tried tries think thought mean means let show tell telling hear heard talk speak chat wonder wondering
   curious idea ideas anymore already yet again ever never always maybe soon earlier later asap immediately
   hacer hago hace ayuda ayudar ayudame pregunta preguntas preguntar cosa cosas algo nada manera forma bien bueno
   buena mejor tiempo hoy ahora dia gente alguien usar buscar ver decir dar tomar informacion info nuevo nueva
   necesito necesita necesitamos quiero queria gustaria
   fazer faco faz ajuda ajudar pergunta perguntas perguntar coisa coisas jeito bem melhor tempo hoje agora
   alguem ver dizer dar informacao novo nova preciso precisa gostaria
   buat bikin bantu bantuan tanya pertanyaan hal sesuatu baik bagus waktu hari sekarang orang lihat informasi
   baru perlu butuh
   giup hoi cau viec thong tin tot moi bay gio hom nay ngay nguoi
   madad sawal cheez jankari accha acha abhi aaj din log
   january february march april june july august september october november december monday tuesday
   wednesday thursday friday saturday sunday week weeks month months year years yesterday tomorrow last next ago
   enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre lunes martes
   miercoles jueves viernes sabado domingo semana semanas mes meses ano anos ayer manana pasado proximo
   janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro segunda terca quarta quinta
   sexta semana meses ontem amanha
   januari februari maret mei juni juli agustus oktober desember senin selasa rabu kamis jumat sabtu minggu
   bulan tahun kemarin besok lalu depan`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Names of days and months, a subset of the generic words: never a match on their own ("what day
 * is monday?"), but when the source that matches a telling word also writes the day the customer
 * asked about (the hours entry lists the weekdays), the day supports that match, as a short word's
 * typo correction does. Opening days are shop knowledge; the customer's other chatty words ("how
 * late r u open on saturday") then do not turn the question away.
 */
const DAY_NAMES = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april june july
   august september october november december lunes martes miercoles jueves viernes sabado domingo enero
   febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre segunda terca quarta
   quinta sexta janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro senin selasa
   rabu kamis jumat sabtu minggu januari februari maret mei juni juli agustus oktober desember`
    .split(/\s+/)
    .filter(Boolean),
);

// Numbers are details of a question (an order number, "10 months"), not what it is about.
const NUMBER = /^\p{N}+$/u;

/** Whether a folded content word is one the knowledge must explain (not a generic one). */
export function isTellingWord(token: string): boolean {
  return !GENERIC_WORDS.has(token) && !NUMBER.test(token);
}

/** Letters a mistyped word needs before its correction is trusted on its own: short words have many neighbours ("talk" → "tall"). */
const RELIABLE_TYPO_LENGTH = 7;

/**
 * A hit's telling matches: `strong` typed right (or a long word's typo) and found as written,
 * `bridged` typed right but found only through the shop lexicon (another language's word for
 * it: "envuelven" ~ wrapping), `weak` a short word's typo correction or the name of a day or
 * month typed right (`DAY_NAMES`), which only supports a word typed right.
 */
export function tellingMatches(hit: Hit): { strong: string[]; bridged: string[]; weak: string[] } {
  const strong: string[] = [];
  const bridged: string[] = [];
  const weak: string[] = [];
  const viaLexicon = new Set(hit.bridged ?? []);
  for (const label of hit.matched) {
    const [typed, corrected] = label.split('→') as [string, string | undefined];
    if (corrected === undefined && DAY_NAMES.has(typed)) {
      weak.push(typed);
      continue;
    }
    // A lexicon concept standing alone ("bao nhiêu" → #price) is not a word the customer typed.
    if (!isTellingWord(typed) || isConceptTerm(typed)) continue;
    if (corrected === undefined && viaLexicon.has(label)) bridged.push(typed);
    else if (corrected === undefined || typed.length >= RELIABLE_TYPO_LENGTH) strong.push(typed);
    else weak.push(typed);
  }
  return { strong, bridged, weak };
}

/**
 * Whether the knowledge answers `message`, given the ranked hits (the gate separately requires
 * the best lexical hit to be confident, see `isCovered`). Some hit must match a telling word the
 * customer typed (a short word's typo correction only supports one found as written), and either
 * a second telling word or, when it matches just one, every other telling word of the message
 * must be one the knowledge uses (matched by some hit): "is the earth flat?" shares "flat" with a
 * product, but the shop never speaks of the earth. A word found through the lexicon counts as a
 * telling word, but two inferences do not make a match: a lexicon bridge ("tierra" ~ soil) and a
 * typo correction ("plana" → plant) together are not an answer. Not an answer either: a message
 * of generic words only.
 */
export function answersQuestion(message: string, hits: readonly Hit[]): boolean {
  const telling = messageWords(message).filter(isTellingWord);
  if (telling.length === 0) return false;
  const matched = hits.map(tellingMatches);
  const known = new Set(matched.flatMap((m) => [...m.strong, ...m.bridged]));
  const allKnown = telling.every((word) => known.has(word));
  return matched.some(({ strong, bridged, weak }) => {
    const typedRight = strong.length + bridged.length;
    if (typedRight === 0) return false;
    if (allKnown || typedRight >= 2) return true;
    return strong.length > 0 && weak.length > 0;
  });
}
