/**
 * Private-data guard: a reply may carry no phone number or email except the shop's own (from
 * its profile or cited knowledge), and no name of another customer.
 */
import type { ReviewReason } from '../../../contract/schemas';
import { fold, tokens } from '../../knowledge/text';
import { findAmounts } from './amounts';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Digit runs with phone punctuation; 8–15 digits make a phone number (E.164 allows 15). */
const PHONE = /(?<![\p{L}\p{N}])\+?\d[\d\s().-]{6,}\d(?![\p{N}])/gu;

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Phone numbers in a text (as digits), leaving out money amounts such as "Rp 12.500.000". */
export function findPhones(text: string): Array<{ text: string; digits: string }> {
  const money = findAmounts(text);
  const found: Array<{ text: string; digits: string }> = [];
  for (const m of text.matchAll(PHONE)) {
    const digits = digitsOf(m[0]);
    if (digits.length < 8 || digits.length > 15) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (money.some((a) => start < a.end && end > a.start)) continue;
    found.push({ text: m[0].trim(), digits });
  }
  return found;
}

/** Emails in a text, lower-cased. */
export function findEmails(text: string): string[] {
  return [...text.matchAll(EMAIL)].map((m) => m[0].toLowerCase());
}

/**
 * Other customers' names: a list, or a lookup given the reply's folded words (a shop may have
 * tens of thousands of customers; the lookup reads only those the reply may name).
 */
export type OtherCustomers = readonly string[] | ((replyWords: readonly string[], foldedReply: string) => readonly string[]);

/** What the private-data guard compares a reply with. */
export type PrivateDataContext = {
  /** The shop's own texts (profile, cited sources): contact details found here are fine. */
  shopText: string;
  /** Names of the shop's other customers, or a lookup of those whose first name word the reply uses. */
  otherCustomers: OtherCustomers;
  /** Text the customer wrote: a name they mention themselves is not a leak. */
  customerText: string;
};

function containsName(folded: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escaped}(?![\\p{L}\\p{M}\\p{N}])`, 'u').test(folded);
}

/** A blocking reason listing what in the reply looks like someone else's personal data. */
export function checkPrivateData(reply: string, context: PrivateDataContext): ReviewReason[] {
  const shopPhones = findPhones(context.shopText).map((p) => p.digits);
  // Numbers are compared by their last eight digits: "+52 33 1234 5678" and "33 1234 5678" are one phone.
  const isShopPhone = (digits: string) => shopPhones.some((d) => d.slice(-8) === digits.slice(-8));
  const shopEmails = new Set(findEmails(context.shopText));
  const found: string[] = [];
  // The same items without English labels, for the card's translated sentence.
  const items: string[] = [];
  for (const phone of findPhones(reply)) {
    if (isShopPhone(phone.digits)) continue;
    found.push(`phone number ${phone.text}`);
    items.push(phone.text);
  }
  for (const email of findEmails(reply)) {
    if (shopEmails.has(email)) continue;
    found.push(`email ${email}`);
    items.push(email);
  }
  const foldedReply = fold(reply);
  const replyWords = new Set(tokens(reply));
  const known = fold(`${context.shopText}\n${context.customerText}`);
  const others = typeof context.otherCustomers === 'function' ? context.otherCustomers([...replyWords], foldedReply) : context.otherCustomers;
  for (const name of new Set(others.map((n) => fold(n.trim())))) {
    // A cheap word test first (the lookup already applied it).
    if (name.length < 3 || !replyWords.has(tokens(name)[0] ?? '')) continue;
    // A plain substring test before the word-edge regex: many customers share a first name.
    if (!foldedReply.includes(name)) continue;
    if (containsName(foldedReply, name) && !containsName(known, name)) {
      found.push(`the name of another customer (${name})`);
      items.push(name);
    }
  }
  if (found.length === 0) return [];
  return [
    {
      code: 'private_data',
      message: `The reply contains ${found.join(', ')}; remove it before sending.`,
      params: { items: items.join(', '), count: items.length },
      blocking: true,
    },
  ];
}
