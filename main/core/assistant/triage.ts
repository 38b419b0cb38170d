/**
 * First-pass triage that needs no model: does the customer ask for a person, or to stop?
 *
 * Deliberately conservative patterns in the six customer languages; the assistant issue adds
 * complaint, refund and attack detection on top of this.
 */
import type { Route } from '../../contract/schemas';
import { fold } from '../knowledge/text';

export type TriageResult = { route: Route; reason: 'asked_for_person' | 'optout' | null };

const OPTOUT = [
  /\b(stop|unsubscribe)\b.*\b(messag|text|writ|contact)/,
  /\b(don'?t|do not|never) (message|text|contact|write) me\b/,
  /\bno (me )?(escrib|mand|envi)\w* (mas|mensajes)/,
  /\b(deja|dejen) de (escribir|mandar|enviar)/,
  /\b(pare|parem) de (me )?(mandar|enviar)/,
  /\bjangan (kirim|hubungi|chat)\b/,
  /\b(dung|ngung) (nhan|gui) tin\b/,
  /\bmessage mat (karo|bhejo)\b/,
];

const PERSON = [
  /\b(talk|speak|chat) (to|with) (a |an |the |some)?(human|person|someone|agent|owner|manager|real)/,
  /\b(human|real person|live agent|customer service agent)\b/,
  /\b(hablar|comunicarme|comunicar) con (una |un |alguien|el |la )?(persona|humano|encargad|dueñ|due|asesor|agente)/,
  /\b(quiero|necesito) (una )?(persona|humano|asesor)\b/,
  /\b(falar|conversar) com (uma |um |alguem|o |a )?(pessoa|humano|atendente|dono|gerente)/,
  /\b(bicara|ngobrol) dengan (orang|manusia|admin|cs|pemilik)\b/,
  /\b(gap|noi chuyen voi) (nguoi|nhan vien|chu)\b/,
  /\b(insaan|insan|aadmi|kisi (se|insaan)) se baat\b/,
  /\bbaat karni hai\b/,
  /(इंसान|व्यक्ति|मालिक) से बात/,
];

/** Routes a message before any drafting. */
export function triage(message: string): TriageResult {
  const text = fold(message);
  if (OPTOUT.some((p) => p.test(text))) return { route: 'optout', reason: 'optout' };
  if (PERSON.some((p) => p.test(text))) return { route: 'handoff', reason: 'asked_for_person' };
  return { route: 'answer', reason: null };
}
