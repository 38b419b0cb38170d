/**
 * WhatsApp channels: the link status, linking (QR or pairing code) and unlinking.
 */
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';

type WhatsAppChannels = 'getWhatsAppStatus' | 'connectWhatsApp' | 'disconnectWhatsApp';

/** Registers the WhatsApp channels. */
export function whatsappHandlers(core: Core): HandlerMap<WhatsAppChannels> {
  return {
    getWhatsAppStatus: () => core.whatsapp.status(),
    connectWhatsApp: (input) => core.whatsapp.connect(input.method === 'qr' ? { method: 'qr' } : { method: 'code', phone: input.phone }, actorOf(core)),
    disconnectWhatsApp: () => core.whatsapp.disconnect(actorOf(core)),
  };
}
