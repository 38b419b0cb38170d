/**
 * The offline wording of a warm callback, in the customer's language: a greeting, one line that
 * says this follows up their question, the product's CURRENT price and stock as the offline
 * composer says them (`productSentence`, read from the catalog at drafting), and an invitation
 * to reply. Nothing factual comes from here: with no product, it only asks whether the answer
 * helped.
 */
import type { Language, Product } from '../../contract/schemas';
import { productSentence } from '../assistant/offline-composer';
import { PHRASES, greetingFor } from '../assistant/phrases';
import type { StockDisplay } from '../assistant/stock-display';

type CallbackPhrases = {
  /** Says this message follows up their question. */
  followUp: string;
  /** After the product's price and stock. */
  wantIt: string;
  /** With no product to name. */
  helped: string;
};

/** The callback's own phrases per customer language (Hindi as the offline drafter writes it, romanised). */
export const CALLBACK_PHRASES: Record<Language, CallbackPhrases> = {
  en: {
    followUp: 'Just following up on your question.',
    wantIt: "If you'd like it, just reply here.",
    helped: 'Did our answer help? If anything is still unclear, just reply here.',
  },
  es: {
    followUp: 'Te escribimos para dar seguimiento a tu pregunta.',
    wantIt: 'Si te interesa, respóndenos por aquí.',
    helped: '¿Te sirvió nuestra respuesta? Si te queda alguna duda, respóndenos por aquí.',
  },
  pt: {
    followUp: 'Passando para dar um retorno sobre a sua pergunta.',
    wantIt: 'Se tiver interesse, é só responder aqui.',
    helped: 'Nossa resposta ajudou? Se ainda tiver alguma dúvida, é só responder aqui.',
  },
  vi: {
    followUp: 'Shop nhắn lại về câu hỏi của bạn.',
    wantIt: 'Nếu bạn muốn mua, cứ trả lời tin nhắn này nhé.',
    helped: 'Câu trả lời của shop có giúp được bạn không? Nếu còn thắc mắc, cứ trả lời tin nhắn này nhé.',
  },
  hi: {
    followUp: 'Aapke sawaal ke baare mein ek chhota sa follow-up.',
    wantIt: 'Agar aapko chahiye, to bas yahin reply kijiye.',
    helped: 'Kya hamare jawaab se madad mili? Agar kuch aur poochhna ho, to bas yahin reply kijiye.',
  },
  id: {
    followUp: 'Kami mau menindaklanjuti pertanyaan kamu.',
    wantIt: 'Kalau kamu tertarik, cukup balas di sini ya.',
    helped: 'Apakah jawaban kami membantu? Kalau masih ada yang ingin ditanyakan, cukup balas di sini ya.',
  },
};

/** The product's price-and-stock sentence as a callback states it (compared again before sending). */
export function callbackProductSentence(product: Product, language: Language, stock: StockDisplay, question: string): string {
  return productSentence(product, PHRASES[language], stock, { question, language });
}

/** The follow-up's text: greeting, why we write, the product's facts (if any), the invitation. */
export function callbackText(args: { language: Language; customerName: string; productSentence: string | null }): string {
  const phrases = PHRASES[args.language];
  const own = CALLBACK_PHRASES[args.language];
  const body = args.productSentence ? `${own.followUp} ${args.productSentence} ${own.wantIt}` : `${own.followUp} ${own.helped}`;
  return `${greetingFor(phrases, args.customerName)} ${body}`;
}
