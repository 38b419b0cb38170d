/**
 * Greetings, thanks and small talk ("Hola", "buenas tardes", "thanks!", "cảm ơn", "apa kabar"):
 * a small lexicon per language and one structural rule. A turn is only small talk when every
 * word belongs to a lexicon unit or is a filler ("ok", "so", the shop's name) and at least one
 * real unit is there; a greeting before or a thanks after a question is cut off, so it neither
 * drags retrieval nor the gate down (a trailing greeting is left alone). No whole-phrase list: "hola buenas tardes amigo" and
 * "ok thanks so much" are read word by word.
 */
import type { Language } from '../../contract/schemas';
import { fold } from '../knowledge/text';

/** What the small talk does: greet, thank, or ask how the shop is. */
export type SmallTalkKind = 'greeting' | 'thanks' | 'chat';

type Unit = { words: string[]; kind: SmallTalkKind; languages: Language[] };

/** Units per kind and language, in the words customers type (folded when the lexicon is built). */
const LEXICON: Record<SmallTalkKind, Partial<Record<Language, string[]>>> = {
  greeting: {
    en: ['hi', 'hello', 'hey', 'hiya', 'heya', 'howdy', 'good morning', 'good afternoon', 'good evening', 'good day', 'morning', 'greetings'],
    es: ['hola', 'buenas', 'buenos dias', 'buen dia', 'buenas tardes', 'buenas noches', 'saludos', 'que onda'],
    pt: ['ola', 'oi', 'opa', 'bom dia', 'boa tarde', 'boa noite'],
    vi: ['xin chao', 'chao', 'alo'],
    hi: ['namaste', 'namaskar', 'नमस्ते', 'नमस्कार', 'ram ram'],
    id: ['halo', 'hai', 'hallo', 'selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam', 'assalamualaikum'],
  },
  thanks: {
    en: ['thanks', 'thank you', 'thank u', 'thx', 'ty', 'thanx', 'cheers', 'appreciated', 'much appreciated'],
    es: ['gracias', 'muchas gracias', 'mil gracias'],
    pt: ['obrigado', 'obrigada', 'brigado', 'brigada', 'valeu'],
    vi: ['cam on', 'cam ơn'],
    hi: ['shukriya', 'dhanyavad', 'dhanyawad', 'धन्यवाद', 'शुक्रिया'],
    id: ['terima kasih', 'makasih', 'trims', 'tengkyu'],
  },
  chat: {
    en: ['how are you', 'how are u', 'how r u', 'hows it going', 'how is it going', 'whats up', 'sup', 'and you'],
    es: ['como estas', 'como esta', 'que tal', 'como le va', 'todo bien', 'y tu', 'y usted'],
    pt: ['tudo bem', 'tudo bom', 'como vai', 'e voce'],
    vi: ['khoe khong', 'ban khoe khong'],
    hi: ['kaise ho', 'kaise hain', 'kya haal hai', 'कैसे हो', 'कैसे हैं'],
    id: ['apa kabar', 'kabar baik'],
  },
};

/** Words that may stand beside small talk without making it a question (any language). */
const FILLERS = new Set(
  [
    'ok', 'okay', 'oke', 'okey', 'k', 'so', 'very', 'much', 'really', 'a', 'lot', 'again', 'please', 'pls', 'there', 'all', 'everyone',
    'team', 'guys', 'friend', 'dear', 'sir', 'madam', 'maam', 'muchas', 'mucho', 'muy', 'amigo', 'amiga', 'senor', 'senora', 'senorita',
    'joven', 'muito', 'muita', 'gente', 'pessoal', 'ban', 'shop', 'nhe', 'nha', 'a', 'ji', 'bhai', 'didi', 'kak', 'kakak', 'gan', 'min',
    'banyak', 'sekali', 'ya', 'yes', 'si', 'sim', 'vang', 'da', 'haan', 'jee',
    // "thanks for everything / for your help", "gracias por todo", "obrigado por tudo"
    'for', 'your', 'help', 'everything', 'por', 'todo', 'tu', 'su', 'ayuda', 'tudo', 'ajuda', 'atas', 'bantuannya', 'semua',
  ].map(fold),
);

let units: { all: Unit[]; longest: number } | null = null;

/**
 * The lexicon's phrases as folded word units, built on first need (the core's warm-up does it
 * after start): reading every phrase is no work for import time.
 */
function smallTalkUnits(): { all: Unit[]; longest: number } {
  if (units === null) {
    const all = buildUnits();
    units = { all, longest: Math.max(...all.map((u) => u.words.length)) };
  }
  return units;
}

/** Builds the small-talk units now (the core's warm-up). */
export function warmSmallTalk(): void {
  smallTalkUnits();
}

/** Whether the small-talk units were built yet (the start-up test: not at import). */
export function smallTalkUnitsBuilt(): boolean {
  return units !== null;
}

function buildUnits(): Unit[] {
  const byKey = new Map<string, Unit>();
  for (const kind of Object.keys(LEXICON) as SmallTalkKind[]) {
    for (const [language, phrases] of Object.entries(LEXICON[kind]) as Array<[Language, string[]]>) {
      for (const phrase of phrases) {
        const words = words_(phrase).map((w) => w.folded);
        const key = `${kind}:${words.join(' ')}`;
        const unit = byKey.get(key) ?? { words, kind, languages: [] };
        if (!unit.languages.includes(language)) unit.languages.push(language);
        byKey.set(key, unit);
      }
    }
  }
  return [...byKey.values()];
}

type Word = { folded: string; start: number; end: number };

function words_(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu)].map((m) => ({
    folded: fold(m[0]).replace(/['’]/g, ''),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** What a turn says besides (or instead of) small talk. */
export type TurnReading = {
  /** Set when the whole turn is small talk: what kind it is, and its languages (best guess first). */
  smallTalk: { kind: SmallTalkKind; languages: Language[] } | null;
  /** The turn without a leading greeting or trailing thanks: what retrieval should read. */
  rest: string;
  /** Whether small talk was cut off the turn. */
  trimmed: boolean;
};

/** Reads the small talk in a turn; `fillers`: extra words that may stand beside it (the shop's name). */
export function readSmallTalk(message: string, fillers: readonly string[] = []): TurnReading {
  const ws = words_(message);
  const extra = new Set(fillers.flatMap((f) => words_(f).map((w) => w.folded)));
  const isFiller = (w: string) => FILLERS.has(w) || extra.has(w);
  const { all: phraseUnits, longest } = smallTalkUnits();
  // From each position, the unit (longest first) or filler found there.
  const at = (i: number): { size: number; unit: Unit | null } | null => {
    for (let n = Math.min(longest, ws.length - i); n >= 1; n--) {
      const key = ws.slice(i, i + n).map((w) => w.folded).join(' ');
      const unit = phraseUnits.find((u) => u.words.join(' ') === key);
      if (unit) return { size: n, unit };
    }
    return isFiller(ws[i]!.folded) ? { size: 1, unit: null } : null;
  };
  const run = (from: number): { end: number; units: Unit[] } => {
    const units: Unit[] = [];
    let i = from;
    while (i < ws.length) {
      const step = at(i);
      if (!step) break;
      if (step.unit) units.push(step.unit);
      i += step.size;
    }
    return { end: i, units };
  };

  const lead = run(0);
  if (ws.length > 0 && lead.end === ws.length && lead.units.length > 0) {
    return { smallTalk: { kind: kindOf(lead.units), languages: languagesOf(lead.units) }, rest: '', trimmed: true };
  }
  const start = lead.units.length > 0 ? lead.end : 0;
  // The trailing run: the earliest position after the start from which the rest is thanks
  // ("…precio? gracias"). Only thanks: a greeting word at the end is more likely part of the
  // question (Hindi "hai" is "is", and Indonesian "hi").
  let end = ws.length;
  for (let i = start + 1; i < ws.length; i++) {
    const tail = run(i);
    if (tail.end === ws.length && tail.units.some((u) => u.kind === 'thanks')) {
      end = i;
      break;
    }
  }
  if (start === 0 && end === ws.length) return { smallTalk: null, rest: message, trimmed: false };
  const rest = message.slice(ws[start]!.start, ws[end - 1]!.end + (message.slice(ws[end - 1]!.end).match(/^[?？!.]*/)?.[0].length ?? 0));
  return { smallTalk: null, rest, trimmed: true };
}

/** Thanks outrank a greeting ("hola, gracias"), and "how are you" outranks a bare "hi". */
function kindOf(units: readonly Unit[]): SmallTalkKind {
  const kinds = new Set(units.map((u) => u.kind));
  return kinds.has('thanks') ? 'thanks' : kinds.has('chat') ? 'chat' : 'greeting';
}

/** Languages every unit allows, most often named first; when they share none, each unit's own. */
function languagesOf(units: readonly Unit[]): Language[] {
  const counts = new Map<Language, number>();
  for (const unit of units) for (const l of unit.languages) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([l]) => l);
}
