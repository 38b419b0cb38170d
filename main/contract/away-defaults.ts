/**
 * The AI disclosure line used when the owner has not written one. Plain data (no zod), so the
 * Settings screen shows it as the placeholder of the text the owner may write instead.
 */
import type { Language } from './schemas';

/** The disclosure line when the owner has not written one, in each customer language. */
export const DEFAULT_DISCLOSURE: Record<Language, string> = {
  en: 'An assistant drafts our replies and a person from the shop checks them.',
  es: 'Un asistente redacta nuestras respuestas y una persona de la tienda las revisa.',
  pt: 'Um assistente escreve nossas respostas e uma pessoa da loja as confere.',
  id: 'Asisten menyusun balasan kami dan seseorang dari toko memeriksanya.',
  vi: 'Trợ lý soạn câu trả lời và một người của cửa hàng kiểm tra lại.',
  hi: 'एक सहायक हमारे जवाब लिखता है और दुकान का एक व्यक्ति उन्हें जाँचता है।',
};
