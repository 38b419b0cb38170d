/**
 * Test support: Baileys messages built with Baileys' own proto, as `messages.upsert` delivers them.
 */
import { proto, type WAMessage } from 'baileys';

/** Some customers' JIDs. */
export const ANA = '5511987654321@s.whatsapp.net';
export const BEN = '34611222333@s.whatsapp.net';
export const LID = '123456789012345@lid';

type Options = { id: string; jid?: string; at?: number; pushName?: string; fromMe?: boolean; alt?: string };

/** Any message content from (or, with fromMe, to) a chat. */
export function waMessage(content: { [key: string]: unknown }, options: Options): WAMessage {
  const info = proto.WebMessageInfo.fromObject({
    key: { remoteJid: options.jid ?? ANA, fromMe: options.fromMe ?? false, id: options.id },
    messageTimestamp: Math.floor((options.at ?? Date.UTC(2026, 10, 25, 8, 0, 0)) / 1000),
    pushName: options.pushName ?? (options.fromMe ? undefined : 'Ana'),
    message: content,
  }) as WAMessage;
  if (options.alt) info.key = { ...info.key, remoteJidAlt: options.alt };
  return info;
}

/** A text message. */
export function waText(text: string, options: Options): WAMessage {
  return waMessage({ conversation: text }, options);
}
