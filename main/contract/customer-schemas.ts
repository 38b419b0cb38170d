/**
 * The customer card: what the shop knows about one customer (names, ids, languages, labels,
 * notes, first contact and its ad, conversations, purchases, facts the assistant may use), and
 * the inputs that change it. Pure zod (the renderer bundles this file).
 */
import { z } from 'zod';
import { AdReferral, ChannelKind, Language } from './schemas';
import { LabelColor } from './states-schemas';
import { safeText } from './text-rules';

const Id = z.number().int().positive();

/** Where a fact came from and whether the assistant may use it yet. */
export const FactStatus = z.enum(['proposed', 'approved']);
export type FactStatus = z.infer<typeof FactStatus>;
export const FactSource = z.enum(['staff', 'model']);
export type FactSource = z.infer<typeof FactSource>;

/** One thing the assistant may know about the customer ("size M"); only `approved` ones are used. */
export const CustomerFact = z.object({
  id: Id,
  text: z.string(),
  status: FactStatus,
  source: FactSource,
  /** The message it came from, with its text so the card can show it. */
  messageId: Id.nullable(),
  messageText: z.string().nullable(),
  addedBy: z.string(),
  approvedBy: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type CustomerFact = z.infer<typeof CustomerFact>;

export const CustomerNote = z.object({ id: Id, text: z.string(), author: z.string(), createdAt: z.number(), updatedAt: z.number() });
export type CustomerNote = z.infer<typeof CustomerNote>;

/** A purchase recorded by staff; the amount in minor units of `currency` (cents). */
export const CustomerPurchase = z.object({
  id: Id,
  productSku: z.string().nullable(),
  productName: z.string(),
  variant: z.string().nullable(),
  quantity: z.number().int().positive(),
  amountMinor: z.number().int().nonnegative(),
  currency: z.string(),
  purchasedAt: z.number(),
  recordedBy: z.string(),
});
export type CustomerPurchase = z.infer<typeof CustomerPurchase>;

export const CustomerConversation = z.object({
  id: Id,
  channel: ChannelKind,
  startedBy: z.enum(['customer', 'shop']),
  createdAt: z.number(),
  lastMessageAt: z.number(),
  messages: z.number().int(),
});

/** Everything the card shows. */
export const CustomerCard = z.object({
  customerId: Id,
  conversationId: Id,
  channel: ChannelKind,
  /** The name the customer gave. */
  name: z.string(),
  /** What the shop calls them (editable); null: the given name. */
  shopName: z.string().nullable(),
  /** The phone number, when known (WhatsApp). */
  phone: z.string().nullable(),
  /** WhatsApp ids (phone and LID addresses) or the practice id. */
  ids: z.array(z.string()),
  languages: z.array(Language),
  labels: z.array(z.object({ id: Id, name: z.string(), color: LabelColor })),
  notes: z.array(CustomerNote),
  firstContactAt: z.number(),
  referral: AdReferral.nullable(),
  conversations: z.array(CustomerConversation),
  purchases: z.array(CustomerPurchase),
  facts: z.array(CustomerFact),
  /** The shop's currency (purchases are recorded in it) and its minor-unit digits. */
  currency: z.string().nullable(),
  currencyDigits: z.number().int().min(0).max(4),
  /** Whether facts can be proposed from the chat (a model is configured). */
  canSuggest: z.boolean(),
});
export type CustomerCard = z.infer<typeof CustomerCard>;

const Ref = z.object({ conversationId: Id }).strict();
const FactText = safeText(200, 'the fact').trim().min(1);
const NoteText = safeText(2000, 'the note').trim().min(1);

export const CustomerRef = Ref;
export const ShopNameInput = z.object({ conversationId: Id, shopName: safeText(60, 'the name').trim().max(60).nullable() }).strict();
export const SaveNoteInput = z.object({ conversationId: Id, id: Id.nullable().default(null), text: NoteText }).strict();
export const SaveFactInput = z
  .object({ conversationId: Id, id: Id.nullable().default(null), text: FactText, messageId: Id.nullable().default(null) })
  .strict();
export const ItemRef = z.object({ conversationId: Id, id: Id }).strict();
export const AddPurchaseInput = z
  .object({
    conversationId: Id,
    productSku: z.string().trim().min(1).max(64),
    /** A variant's SKU of that product, when it has variants. */
    variantSku: z.string().trim().min(1).max(64).nullable().default(null),
    quantity: z.number().int().min(1).max(10_000).default(1),
    /** Minor units; absent: the catalog price × quantity. */
    amountMinor: z.number().int().min(0).max(1e12).nullable().default(null),
    /** When it was bought; absent: now. */
    purchasedAt: z.number().int().positive().nullable().default(null),
  })
  .strict();

/** What forgetting removed, by kind: counts only, never content. */
export const ForgetResult = z.object({ removed: z.record(z.string(), z.number().int()) });
