/**
 * A first guess at a WhatsApp customer's language (the practice chat asks; WhatsApp cannot):
 * common words in the message first, then the country calling code of the phone number.
 */
import type { Language } from '../../contract/schemas';

const WORDS: ReadonlyArray<readonly [Language, RegExp]> = [
  ['es', /\b(hola|buenas|buenos|gracias|cu[aá]nto|cuesta|tienen|tienes|precio|quiero|env[ií]o|d[oó]nde|horario|abren|por favor)\b/i],
  ['pt', /\b(ol[aá]|oi|obrigad[oa]|quanto|custa|voc[eê]s?|pre[cç]o|quero|entrega|onde|hor[aá]rio|abrem|por favor|tem)\b/i],
  ['id', /\b(halo|terima kasih|berapa|harga|apakah|ada|mau|kirim|dimana|buka|tolong|kak)\b/i],
  ['vi', /\b(xin chào|chào|cảm ơn|bao nhiêu|giá|có|không|muốn|giao hàng|ở đâu|mở cửa)\b/iu],
  ['hi', /[\u0900-\u097F]|\b(namaste|kitna|kya|hai|chahiye|dhanyavad|kaha)\b/iu],
  ['en', /\b(hi|hello|thanks|thank you|how much|price|do you|open|opening|hours|where|delivery|please|want|what|your|the)\b/i],
];

/** Calling code → language, longest prefix first. */
const CALLING_CODES: ReadonlyArray<readonly [string, Language]> = [
  ['55', 'pt'], ['351', 'pt'], ['244', 'pt'], ['258', 'pt'],
  ['34', 'es'], ['52', 'es'], ['54', 'es'], ['56', 'es'], ['57', 'es'], ['51', 'es'], ['58', 'es'],
  ['593', 'es'], ['591', 'es'], ['595', 'es'], ['598', 'es'], ['502', 'es'], ['503', 'es'], ['504', 'es'],
  ['505', 'es'], ['506', 'es'], ['507', 'es'], ['53', 'es'], ['1809', 'es'], ['1829', 'es'], ['1849', 'es'],
  ['84', 'vi'], ['91', 'hi'], ['62', 'id'],
];

/** The language of `text`; else the conversation's `known` language, the phone's country, English. */
export function guessLanguage(text: string, phoneJid: string | null, known: Language | null): Language {
  for (const [language, pattern] of WORDS) if (pattern.test(text)) return language;
  if (known) return known;
  const digits = phoneJid?.split('@')[0]?.split(':')[0] ?? '';
  const byCode = [...CALLING_CODES].sort((a, b) => b[0].length - a[0].length).find(([code]) => digits.startsWith(code));
  return byCode?.[1] ?? 'en';
}
