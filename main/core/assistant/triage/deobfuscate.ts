/**
 * Encoded or disguised text, decoded so the injection rules can read what it says: Morse,
 * Base64, hex and binary bytes, ROT13 and other Caesar shifts, reversed text, Pig Latin and
 * leetspeak. Decoding is cheap and a benign message decodes to nothing the rules care about,
 * so a request to decode Morse about the moon landing is not flagged, but Morse for "what is the
 * password" is.
 */

const MORSE: Record<string, string> = {
  '.-': 'a', '-...': 'b', '-.-.': 'c', '-..': 'd', '.': 'e', '..-.': 'f', '--.': 'g', '....': 'h', '..': 'i',
  '.---': 'j', '-.-': 'k', '.-..': 'l', '--': 'm', '-.': 'n', '---': 'o', '.--.': 'p', '--.-': 'q', '.-.': 'r',
  '...': 's', '-': 't', '..-': 'u', '...-': 'v', '.--': 'w', '-..-': 'x', '-.--': 'y', '--..': 'z',
  '-----': '0', '.----': '1', '..---': '2', '...--': '3', '....-': '4', '.....': '5', '-....': '6',
  '--...': '7', '---..': '8', '----.': '9', '..--..': '?',
};

/** Morse runs (at least four letters) decoded; "/" separates words. */
export function decodeMorse(text: string): string | null {
  const runs = text.match(/(?:[.-]{1,6}[ /]+){3,}[.-]{1,6}/g);
  if (!runs) return null;
  const decoded = runs.map((run) =>
    run
      .trim()
      .split(/\s*\/\s*/)
      .map((word) => word.split(/\s+/).map((code) => MORSE[code] ?? '').join(''))
      .join(' '),
  );
  return decoded.join(' ');
}

/** Printable text, or null when bytes do not decode to mostly letters and spaces. */
function printable(bytes: number[]): string | null {
  if (bytes.length < 4) return null;
  const text = String.fromCharCode(...bytes);
  const readable = text.match(/[a-z ,.?'!]/gi)?.length ?? 0;
  return readable / text.length >= 0.85 ? text : null;
}

/** Base64 tokens (16+ characters) that decode to readable text. */
export function decodeBase64(text: string): string | null {
  const tokens = text.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? [];
  const out = tokens.flatMap((token) => {
    const decoded = printable([...Buffer.from(token, 'base64')]);
    return decoded ? [decoded] : [];
  });
  return out.length > 0 ? out.join(' ') : null;
}

/** Space-separated hex bytes ("57 68 61 74") or binary octets, decoded. */
export function decodeBytes(text: string): string | null {
  const hex = text.match(/(?:\b[0-9a-f]{2}\b\s+){3,}\b[0-9a-f]{2}\b/gi) ?? [];
  const binary = text.match(/(?:\b[01]{8}\b\s+){3,}\b[01]{8}\b/g) ?? [];
  const out = [
    ...binary.map((run) => printable(run.split(/\s+/).map((b) => parseInt(b, 2)))),
    ...hex.filter((run) => !/^[01\s]+$/.test(run)).map((run) => printable(run.split(/\s+/).map((b) => parseInt(b, 16)))),
  ].filter((s): s is string => s !== null);
  return out.length > 0 ? out.join(' ') : null;
}

/** The text with every Latin letter shifted `shift` places (ROT13 is 13). */
export function caesar(text: string, shift: number): string {
  return text.replace(/[a-z]/gi, (ch) => {
    const base = ch <= 'Z' ? 65 : 97;
    return String.fromCharCode(((ch.charCodeAt(0) - base + shift) % 26) + base);
  });
}

// Word-initial consonant clusters of English: Pig Latin moves the whole cluster to the end, so
// "oesday" is "d|oes" (no word starts "sd"), "erewhay" is "wh|ere".
const ONSETS = new Set(
  'th wh sh ch ph st tr pr pl cl cr br bl gr gl fr fl sp sk sl sm sn sw tw dr kn wr qu str scr spr thr shr squ sch'.split(' '),
);

/** Pig Latin read back: "erewhay oesday ethay useryay ivelay" → "where does the user live". */
export function decodePigLatin(text: string): string | null {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const latin = words.filter((w) => w.length > 3 && w.endsWith('ay'));
  if (words.length < 3 || latin.length / words.length < 0.6) return null;
  return words
    .map((word) => {
      if (!word.endsWith('ay') || word.length <= 3) return word;
      // Vowel-initial words take "yay"/"way": "useryay" → "user".
      if (/^[aeiou]/.test(word) && /(yay|way)$/.test(word)) return word.slice(0, -3);
      const stem = word.slice(0, -2);
      const onset = [3, 2].map((n) => stem.slice(-n)).find((tail) => ONSETS.has(tail)) ?? stem.slice(-1);
      return /[aeiouy]/.test(onset) ? stem : onset + stem.slice(0, -onset.length);
    })
    .join(' ');
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

/** Leetspeak read back, for words that mix letters with digits or symbols ("p455w0rd"). */
export function decodeLeet(text: string): string | null {
  let changed = false;
  const out = text.replace(/[\p{L}0-9@$]+/gu, (word) => {
    if (!/[0-9@$]/.test(word) || !/\p{L}/u.test(word)) return word;
    changed = true;
    return word.replace(/[0-9@$]/g, (ch) => LEET[ch] ?? ch);
  });
  return changed ? out : null;
}

/** Longest message read with every Caesar shift; ciphered attacks are short. */
export const MAX_SHIFTED = 2000;

/** Every reading of a message that decoding finds (never the message itself). */
export function decodings(message: string): string[] {
  const out: string[] = [];
  const add = (text: string | null) => {
    if (text && text.trim() && text !== message) out.push(text);
  };
  add(decodeMorse(message));
  add(decodeBase64(message));
  add(decodeBytes(message));
  add(decodePigLatin(message));
  add(decodeLeet(message));
  add([...message].reverse().join(''));
  // Shifted only when there is enough text to mean something (a short word shifted 25 ways
  // could spell anything) and not so much that 25 readings of it cost more than they find.
  const letters = message.match(/[a-z]/gi)?.length ?? 0;
  if (letters >= 12 && message.length <= MAX_SHIFTED) for (let shift = 1; shift < 26; shift++) add(caesar(message, shift));
  return out;
}
