/**
 * Runs every guard over one draft. Pure: everything a guard needs is in the context, so the same
 * checks apply to model drafts and offline drafts alike.
 */
import type { BusinessProfile, FaqEntry, Language, Product, ReviewReason } from '../../../contract/schemas';
import { checkAmounts } from './amounts';
import { checkLanguage } from './language';
import { checkLength } from './length';
import { checkLinks } from './links';
import { checkPolicies } from './policy';
import { checkPrivateData, type OtherCustomers } from './private-data';
import { checkPromptLeak } from './prompt-leak';
import { checkSources } from './sources';

/** What the guards look at for one draft. */
export type GuardContext = {
  reply: string;
  /** Ids the draft cites (sources and claims). */
  citedIds: readonly string[];
  /** Ids retrieval found for this message. */
  retrievedIds: ReadonlySet<string>;
  citedProducts: readonly Product[];
  citedFaqs: readonly FaqEntry[];
  profile: BusinessProfile | null;
  /** The customer's message and name: what they said themselves is not someone else's data. */
  customerText: string;
  otherCustomers: OtherCustomers;
  /** The customer's language. */
  language: Language;
  /** The fixed instructions the model was given. */
  instructions: string;
};

/** Every reason the guards raise, in a stable order; empty text raises none. */
export function runGuards(ctx: GuardContext): ReviewReason[] {
  if (!ctx.reply.trim()) return [];
  // The owner's translations are quotable as written, like the entry itself.
  const quotable = [
    ...ctx.citedFaqs.flatMap((f) => [`${f.question}\n${f.answer}`, ...Object.values(f.translations ?? {}).map((t) => `${t?.question ?? ''}\n${t?.answer ?? ''}`)]),
    ...ctx.citedProducts.flatMap((p) => [`${p.name}\n${p.description}`, ...Object.values(p.translations ?? {}).map((t) => `${t?.name ?? ''}\n${t?.description ?? ''}`)]),
  ];
  const shopText = [ctx.profile ? Object.values(ctx.profile).join('\n') : '', ...quotable].join('\n');
  return [
    ...checkSources(ctx.citedIds, ctx.retrievedIds),
    ...checkAmounts(ctx.reply, { products: ctx.citedProducts, faqs: ctx.citedFaqs }),
    ...checkPolicies(ctx.reply, { faqs: ctx.citedFaqs.map(withTranslatedText), quotable }),
    ...checkPrivateData(ctx.reply, { shopText, otherCustomers: ctx.otherCustomers, customerText: ctx.customerText }),
    ...checkPromptLeak(ctx.reply, ctx.instructions),
    ...checkLinks(ctx.reply, linkKnowledge(ctx)),
    ...checkLanguage(ctx.reply, ctx.language),
    ...checkLength(ctx.reply),
  ];
}

/** The shop's own text a link may come from: the profile and every field of the cited sources. */
function linkKnowledge(ctx: GuardContext): string {
  const faqs = ctx.citedFaqs.map((f) => [withTranslatedText(f).question, withTranslatedText(f).answer, ...f.alternatives].join('\n'));
  const products = ctx.citedProducts.map((p) =>
    [p.sku, p.name, p.description, ...p.tags, ...Object.values(p.options).flat(), ...Object.values(p.translations ?? {}).flatMap((t) => [t?.name ?? '', t?.description ?? ''])].join('\n'),
  );
  return [ctx.profile ? Object.values(ctx.profile).flat().join('\n') : '', ...faqs, ...products].join('\n');
}

/**
 * An FAQ entry whose question and answer also carry the owner's translations: a policy quoted in
 * Spanish is backed by the same entry, with the same figures, as the English one.
 */
function withTranslatedText(f: FaqEntry): FaqEntry {
  const translated = Object.values(f.translations ?? {});
  if (translated.length === 0) return f;
  return {
    ...f,
    question: [f.question, ...translated.map((t) => t?.question ?? '')].join('\n'),
    answer: [f.answer, ...translated.map((t) => t?.answer ?? '')].join('\n'),
  };
}
