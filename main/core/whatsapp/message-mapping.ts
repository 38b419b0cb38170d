/**
 * Maps a Baileys message (`proto.IWebMessageInfo` as `messages.upsert` delivers it) to what the
 * app does with it. One-to-one chats only; groups, status, broadcasts and newsletters are ignored.
 * Pure: the caller supplies who "me" is and applies the result.
 */
import type { WAMessage } from 'baileys';
import type { MediaKind } from '../../contract/schemas';
import { adReferral, bodyText, mediaKind, messageText, unwrapMessage, type AdReferral } from './message-content';

/** `proto.WebMessageInfo.StubType.CIPHERTEXT`: a message that failed to decrypt (a test pins it). */
export const STUB_CIPHERTEXT = 2;
/** `proto.Message.ProtocolMessage.Type` values the app applies (a test pins them). */
export const PROTOCOL_REVOKE = 0;
export const PROTOCOL_MESSAGE_EDIT = 14;

/** How to reach a customer: reply to `replyJid` as received; key the customer by phone when known. */
export type ChatAddress = {
  replyJid: string;
  pnJid: string | null;
  lidJid: string | null;
  /** The customer's key: the phone-number JID when known, the LID otherwise. */
  customerKey: string;
};

/** Why a message is not for the inbox. */
export type IgnoreReason =
  | 'group'
  | 'status'
  | 'broadcast'
  | 'newsletter'
  | 'other_chat'
  | 'self_chat'
  | 'undecryptable'
  | 'stub'
  | 'no_content'
  | 'protocol';

/** What the app does with one message. */
export type MappedMessage =
  | { kind: 'ignore'; reason: IgnoreReason }
  | {
      kind: 'customer';
      chat: ChatAddress;
      messageId: string;
      text: string;
      pushName: string | null;
      at: number;
      referral: AdReferral | null;
      media: MediaKind | null;
    }
  /** Sent by the owner from the phone (or another linked device), not by this app. */
  | { kind: 'owner'; chat: ChatAddress; messageId: string; text: string; at: number; media: MediaKind | null }
  | { kind: 'reaction'; chat: ChatAddress; targetId: string; emoji: string; fromMe: boolean }
  | { kind: 'edit'; chat: ChatAddress; targetId: string; text: string; fromMe: boolean }
  | { kind: 'revoke'; chat: ChatAddress; targetId: string; fromMe: boolean };

/** The linked account, to recognise the owner's own chat. */
export type Me = { pnJid: string | null; lidJid: string | null };

/** The user part of a JID, without device or agent: `155501:3@s.whatsapp.net` → `155501`. */
export function jidUser(jid: string): string {
  return jid.split('@')[0]!.split(':')[0]!.split('_')[0]!;
}

/** A JID without its device part. */
export function normalizeJid(jid: string): string {
  const at = jid.indexOf('@');
  if (at < 0) return jid;
  return `${jidUser(jid)}@${jid.slice(at + 1)}`;
}

type ChatKind = 'pn' | 'lid' | IgnoreReason;

/** What kind of chat a JID names. */
export function chatKind(jid: string): ChatKind {
  if (jid === 'status@broadcast') return 'status';
  if (jid.endsWith('@g.us')) return 'group';
  if (jid.endsWith('@broadcast')) return 'broadcast';
  if (jid.endsWith('@newsletter')) return 'newsletter';
  if (jid.endsWith('@s.whatsapp.net')) return 'pn';
  if (jid.endsWith('@lid')) return 'lid';
  return 'other_chat';
}

/** Reads the address of a 1:1 chat from a message key, or why it is not one. */
export function chatAddress(key: WAMessage['key'], me: Me): ChatAddress | IgnoreReason {
  const remote = key.remoteJid;
  if (!remote) return 'other_chat';
  const kind = chatKind(remote);
  if (kind !== 'pn' && kind !== 'lid') return kind;
  const replyJid = normalizeJid(remote);
  const alt = key.remoteJidAlt ? normalizeJid(key.remoteJidAlt) : null;
  const altKind = alt ? chatKind(alt) : null;
  const pnJid = kind === 'pn' ? replyJid : altKind === 'pn' ? alt : null;
  const lidJid = kind === 'lid' ? replyJid : altKind === 'lid' ? alt : null;
  const mine = [me.pnJid, me.lidJid].filter((j): j is string => !!j).map(jidUser);
  if (mine.includes(jidUser(replyJid))) return 'self_chat';
  return { replyJid, pnJid, lidJid, customerKey: pnJid ?? lidJid ?? replyJid };
}

/** Epoch ms from a Baileys timestamp (seconds as number or Long). */
export function timestampMs(value: WAMessage['messageTimestamp'], fallback: number): number {
  if (value === null || value === undefined) return fallback;
  const seconds = typeof value === 'number' ? value : value.toNumber();
  return seconds > 0 ? seconds * 1000 : fallback;
}

/** Maps one upserted message; `now` stands in for a missing timestamp. */
export function mapMessage(message: WAMessage, me: Me, now: number): MappedMessage {
  const chat = chatAddress(message.key, me);
  if (typeof chat === 'string') return { kind: 'ignore', reason: chat };
  // A decryption failure is a placeholder, not content: Baileys asks for a resend and the real
  // message arrives later under the same id.
  if (message.messageStubType === STUB_CIPHERTEXT) return { kind: 'ignore', reason: 'undecryptable' };
  const content = unwrapMessage(message.message);
  if (!content) return { kind: 'ignore', reason: message.messageStubType ? 'stub' : 'no_content' };
  const fromMe = message.key.fromMe === true;
  const messageId = message.key.id;
  if (!messageId) return { kind: 'ignore', reason: 'no_content' };

  const protocol = content.protocolMessage ?? unwrapMessage(content.editedMessage?.message)?.protocolMessage;
  if (protocol) {
    const targetId = protocol.key?.id;
    if (!targetId) return { kind: 'ignore', reason: 'protocol' };
    if (protocol.type === PROTOCOL_REVOKE) return { kind: 'revoke', chat, targetId, fromMe };
    if (protocol.type === PROTOCOL_MESSAGE_EDIT) {
      const text = bodyText(unwrapMessage(protocol.editedMessage) ?? {});
      return text === null ? { kind: 'ignore', reason: 'protocol' } : { kind: 'edit', chat, targetId, text, fromMe };
    }
    return { kind: 'ignore', reason: 'protocol' };
  }
  if (content.reactionMessage) {
    const targetId = content.reactionMessage.key?.id;
    if (!targetId) return { kind: 'ignore', reason: 'no_content' };
    return { kind: 'reaction', chat, targetId, emoji: content.reactionMessage.text ?? '', fromMe };
  }

  const text = messageText(content);
  if (text === null) return { kind: 'ignore', reason: 'no_content' };
  const at = timestampMs(message.messageTimestamp, now);
  const media = mediaKind(content);
  if (fromMe) return { kind: 'owner', chat, messageId, text, at, media };
  return { kind: 'customer', chat, messageId, text, pushName: message.pushName?.trim() || null, at, referral: adReferral(content), media };
}
