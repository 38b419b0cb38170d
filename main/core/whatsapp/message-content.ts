/**
 * What a WhatsApp message says, as text the inbox can store and the drafter can read: text and
 * captions as written, a quoted reply with its quote, media as a typed placeholder.
 * Pure functions over Baileys' proto types; no Baileys code runs here.
 */
import type { proto } from 'baileys';
import type { AdReferral, MediaKind } from '../../contract/schemas';

/** An ad click that started the chat (click-to-WhatsApp), as stored on the conversation. */
export type { AdReferral };

const QUOTE_CHARS = 200;

/** Removes the envelopes WhatsApp wraps content in (disappearing, view-once, captioned docs…). */
export function unwrapMessage(message: proto.IMessage | null | undefined): proto.IMessage | null {
  let current = message ?? null;
  for (let depth = 0; current && depth < 6; depth++) {
    const inner =
      current.ephemeralMessage?.message ??
      current.viewOnceMessage?.message ??
      current.viewOnceMessageV2?.message ??
      current.viewOnceMessageV2Extension?.message ??
      current.documentWithCaptionMessage?.message ??
      current.deviceSentMessage?.message ??
      null;
    if (!inner) return current;
    current = inner;
  }
  return current;
}

/** The placeholder text for media and other non-text content, or null for plain text. */
function placeholder(m: proto.IMessage): { kind: MediaKind; label: string; caption: string | null } | null {
  if (m.imageMessage) return { kind: 'photo', label: '[Photo]', caption: m.imageMessage.caption ?? null };
  if (m.videoMessage) {
    const gif = m.videoMessage.gifPlayback === true;
    return { kind: gif ? 'gif' : 'video', label: gif ? '[GIF]' : '[Video]', caption: m.videoMessage.caption ?? null };
  }
  if (m.ptvMessage) return { kind: 'video_note', label: '[Video note]', caption: null };
  if (m.audioMessage) return m.audioMessage.ptt ? { kind: 'voice', label: '[Voice message]', caption: null } : { kind: 'audio', label: '[Audio]', caption: null };
  if (m.documentMessage) {
    const name = m.documentMessage.fileName ?? m.documentMessage.title;
    return { kind: 'document', label: name ? `[Document: ${name}]` : '[Document]', caption: m.documentMessage.caption ?? null };
  }
  if (m.stickerMessage) return { kind: 'sticker', label: '[Sticker]', caption: null };
  if (m.locationMessage) {
    const where = [m.locationMessage.name, m.locationMessage.address].filter(Boolean).join(', ');
    return { kind: 'location', label: where ? `[Location: ${where}]` : '[Location]', caption: null };
  }
  if (m.liveLocationMessage) return { kind: 'live_location', label: '[Live location]', caption: m.liveLocationMessage.caption ?? null };
  if (m.contactMessage) return { kind: 'contact', label: `[Contact: ${m.contactMessage.displayName ?? ''}]`.replace(': ]', ']'), caption: null };
  if (m.contactsArrayMessage) return { kind: 'contacts', label: '[Contacts]', caption: null };
  const poll = m.pollCreationMessage ?? m.pollCreationMessageV2 ?? m.pollCreationMessageV3;
  if (poll) return { kind: 'poll', label: `[Poll: ${poll.name ?? ''}]`, caption: null };
  if (m.productMessage) return { kind: 'product', label: `[Product: ${m.productMessage.product?.title ?? ''}]`, caption: m.productMessage.body ?? null };
  if (m.orderMessage) return { kind: 'order', label: '[Order]', caption: m.orderMessage.message ?? null };
  return null;
}

/** What non-text content the message carries (its text is then a placeholder), or null. */
export function mediaKind(m: proto.IMessage): MediaKind | null {
  if ((typeof m.conversation === 'string' && m.conversation.trim()) || m.extendedTextMessage?.text?.trim() || choiceText(m)?.trim()) return null;
  return placeholder(m)?.kind ?? null;
}

/** Answers to buttons and lists carry the chosen option as text. */
function choiceText(m: proto.IMessage): string | null {
  return (
    m.buttonsResponseMessage?.selectedDisplayText ??
    m.templateButtonReplyMessage?.selectedDisplayText ??
    m.listResponseMessage?.title ??
    m.interactiveResponseMessage?.body?.text ??
    null
  );
}

/** The context info of the content, wherever the content type keeps it. */
export function contextInfoOf(m: proto.IMessage): proto.IContextInfo | null {
  return (
    m.extendedTextMessage?.contextInfo ??
    m.imageMessage?.contextInfo ??
    m.videoMessage?.contextInfo ??
    m.audioMessage?.contextInfo ??
    m.documentMessage?.contextInfo ??
    m.stickerMessage?.contextInfo ??
    m.locationMessage?.contextInfo ??
    m.contactMessage?.contextInfo ??
    m.buttonsResponseMessage?.contextInfo ??
    m.listResponseMessage?.contextInfo ??
    m.templateButtonReplyMessage?.contextInfo ??
    m.interactiveResponseMessage?.contextInfo ??
    m.productMessage?.contextInfo ??
    null
  );
}

/** The body alone (no quote): text, caption, choice or placeholder; null when there is none. */
export function bodyText(m: proto.IMessage): string | null {
  if (typeof m.conversation === 'string' && m.conversation.trim()) return m.conversation;
  if (m.extendedTextMessage?.text?.trim()) return m.extendedTextMessage.text;
  const choice = choiceText(m);
  if (choice?.trim()) return choice;
  const media = placeholder(m);
  if (media) return media.caption?.trim() ? `${media.label} ${media.caption}` : media.label;
  return null;
}

/** The text to store for a message: a reply shows its quote first, as WhatsApp does. */
export function messageText(m: proto.IMessage): string | null {
  const body = bodyText(m);
  if (body === null) return null;
  const quoted = contextInfoOf(m)?.quotedMessage;
  const quotedBody = quoted ? bodyText(unwrapMessage(quoted) ?? {}) : null;
  if (!quotedBody) return body;
  const clipped = quotedBody.length > QUOTE_CHARS ? `${quotedBody.slice(0, QUOTE_CHARS)}…` : quotedBody;
  return `${clipped.split('\n').map((line) => `> ${line}`).join('\n')}\n${body}`;
}

/** The ad the customer clicked to start the chat, if the message says so. */
export function adReferral(m: proto.IMessage): AdReferral | null {
  const context = contextInfoOf(m);
  if (!context) return null;
  const ad = context.externalAdReply;
  const source = context.conversionSource ?? context.entryPointConversionSource ?? null;
  if (!ad && !source) return null;
  return {
    source,
    app: context.entryPointConversionApp ?? null,
    title: ad?.title ?? null,
    body: ad?.body ?? null,
    url: ad?.sourceUrl ?? null,
    sourceId: ad?.sourceId ?? null,
    sourceType: ad?.sourceType ?? null,
    ctwaClid: ad?.ctwaClid ?? null,
  };
}
