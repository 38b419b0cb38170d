/**
 * Where is a particular order? The assistant cannot see shipments, so "where is my order
 * #4411" and "my parcel never arrived" go to a person. How tracking works ("how can I track my
 * order?") and how long delivery takes stay with the FAQ.
 */
import { compileTable, type PatternTable } from './rules';

const EN_THING = '(order|package|parcel|delivery|shipment|stuff|item|items|purchase|pot|plant|goods)';

/** Order-status patterns, by language (folded before use). */
export const ORDER_STATUS_PATTERNS: PatternTable = {
  en: [
    new RegExp(`\\bwhere( s| is|s| the hell is)? (my|our) (last |latest |recent )?${EN_THING}\\b`),
    /\bwhere( s| is|s)? the (order|package|parcel|shipment)\b/,
    new RegExp(`\\bwhere is (order|package|parcel)\\b`),
    new RegExp(`\\b(has|have|did|is|was) (my|our) (last |latest )?${EN_THING}( \\w+)? (been )?(shipped|dispatched|sent|arrived|delivered|left|ship|arrive|leave|out for delivery|on (its|the) way)\\b`),
    new RegExp(`\\b(my|the|our) ${EN_THING}( still)? ((has not|hasnt|didnt|did not|never|not yet|still not|wasnt|was not)( yet| been)? (arrived|arrive|come|came|shipped|ship|sent|delivered|reached|showed up|got here|left)|is (late|delayed|missing|lost)|got lost)\\b`),
    new RegExp(`\\b(havent|have not|didnt|did not|still not|still havent|never|not yet) (received|got|gotten|get|receive)( \\w+)? (my|our|the) ${EN_THING}\\b`),
    new RegExp(`\\bstill waiting (for|on) (my|our|the) ${EN_THING}\\b`),
    /\b(status|update|news|eta|tracking number|tracking code)( \w+){0,2} (on |of |for )?(order|package|parcel)\s*#?\s*\d{3,}\b/,
    /\b(order|package|parcel)\s*#?\s*\d{3,}( \w+){0,4} (status|update|arrive|arrived|shipped|where|eta|delivered|come)\b/,
    /\b(what is|whats|send me|give me|i need) my tracking (number|code|link)\b/,
  ],
  es: [
    /\b(d[oó]nde|en d[oó]nde|por d[oó]nde) (est[aá]|anda|viene|qued[oó]) (mi|el) (pedido|paquete|orden|compra|env[ií]o)\b/,
    /\b(mi )?(pedido|paquete|orden|compra|env[ií]o) (a[uú]n |todav[ií]a )?no (me )?(ha )?(llega|llegado|lleg[oó]|sale|salido|enviado)\b/,
    /\b(a[uú]n|todav[ií]a) no (me )?(llega|ha llegado|lleg[oó]|recibo|he recibido|recib[ií])( \w+)? (mi|el) (pedido|paquete|orden|compra)\b/,
    /\bya (enviaron|mandaron|sali[oó]|despacharon) (mi|el) (pedido|paquete|orden)\b/,
    /\b(estado|estatus|seguimiento|gu[ií]a)( \w+){0,2} (pedido|orden)\s*#?\s*\d{3,}\b/,
  ],
  pt: [
    /\b(cad[eê]|onde est[aá]|onde anda|onde foi parar) (o |a )?(meu|minha) (pedido|pacote|encomenda|compra)\b/,
    /\b(meu|minha) (pedido|pacote|encomenda|compra) (ainda )?n[aã]o (chegou|foi enviad[oa]|saiu)\b/,
    /\bainda n[aã]o recebi (o |a )?(meu|minha) (pedido|pacote|encomenda|compra)\b/,
    /\bj[aá] (enviaram|foi enviad[oa]|saiu|despacharam) (o |a )?(meu|minha) (pedido|pacote|encomenda)\b/,
    /\b(status|rastreio|c[oó]digo de rastreio|situa[cç][aã]o)( \w+){0,2} (pedido|encomenda)\s*#?\s*\d{3,}\b/,
  ],
  vi: [
    /\b(đơn|đơn hàng|hàng|gói hàng)( của)? (tôi|em|mình|tui) (đâu|ở đâu|tới đâu|đến đâu)( rồi)?\b/,
    /\b(hàng|đơn|đơn hàng|gói hàng)( của (tôi|em|mình))? (vẫn )?(chưa|chưa được) (tới|đến|về|giao|nhận được|gửi)\b/,
    /\b(đã )?(gửi|giao|ship) (hàng|đơn)( cho (tôi|em|mình))? chưa\b/,
    /\b(mã vận đơn|tình trạng đơn|trạng thái đơn)\b/,
  ],
  hi: [
    /(मेरा|मेरी|हमारा) (ऑर्डर|आर्डर|पार्सल|सामान|पैकेट) (कहाँ|कहां|कब तक)/,
    /(अभी तक|अब तक|अभी भी) (नहीं|नही) (आया|आई|मिला|मिली|पहुंचा|पहुँचा)/,
    /\b(mera|meri|hamara) (order|parcel|saman|samaan|packet|package)( \w+)? (kahan|kaha|kidhar|kab tak)\b/,
    /\b(abhi tak|ab tak|abhi bhi) (nahi|nahin|nai) (aaya|aya|mila|pahuncha|pohcha)\b/,
    /\b(order|parcel) (ship|dispatch|bheja)( \w+)? (hua|kiya) (ya nahi|kya)\b/,
  ],
  id: [
    /\b(pesanan|paket|orderan|barang)( saya| aku| ku| gue)? (di ?mana|sampai mana|udah sampai mana|sudah sampai mana|kok belum|belum (sampai|datang|diterima|nyampe|dikirim))\b/,
    /\b(sudah|udah|apakah sudah) dikirim (belum|blm)\b/,
    /\b(minta|kirim|mana|berapa) (no |nomor )?resi\w*\b/,
  ],
};

export const ORDER_STATUS_RULES = compileTable(ORDER_STATUS_PATTERNS);
