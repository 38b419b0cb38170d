/**
 * Refunds and returns. Asking for money back, or to send back what one bought, goes to a person;
 * asking how refunds work ("what is your refund policy?", "in what cases can I get a refund?",
 * "can I return a pot?") is a question the FAQ answers — unless it names an order.
 */
import { compileTable, type PatternTable } from './rules';

/** Asking for money back, by language. */
export const REFUND_PATTERNS: PatternTable = {
  en: [
    /\b(refund\w*|reimburs\w*|compensat\w*|money back|chargeback)\b/,
    /\b(return|give( me)? back|send back|recover) (me )?(my|the) (money|cash|payment)\b|\b(get|want) my cash back\b/,
    /\b(charged|billed) (me )?(twice|double|two times)\b|\b(double|over)[ -]?charged\b/,
  ],
  es: [
    /\breembols\w*/,
    /\b(devuelv|devu[eé]lv)\w* (mi|el|mis) (dinero|pago|plata)\b/,
    /\b(devoluci[oó]n|reintegro) (de|del) (mi )?(dinero|pago)\b/,
    /\bquiero (mi )?dinero( de vuelta)?\b/,
    /\bme (cobraron|cobraste|cobr[oó]) (doble|dos veces|de m[aá]s)\b/,
  ],
  pt: [
    /\breembols\w*/,
    /\bestorn\w*/,
    /\bdinheiro de volta\b/,
    /\bdevolv\w* (o )?(meu )?dinheiro\b/,
    /\bdevolu[cç][aã]o do (meu )?dinheiro\b/,
    /\bcobra(ram|do|da) (duas vezes|em dobro|a mais)\b/,
  ],
  vi: [/\b(hoàn( lại)?|trả lại|lấy lại|đòi lại) tiền\b/, /\bhoàn (đơn|hàng)\b/],
  hi: [
    /रिफंड/,
    /(पैसे|पैसा|रकम|राशि) (वापस|लौटा)/,
    /\brefund\b/,
    /\b(paise|paisa|paisay|paison|rupees|rupaye|amount)( \w+)? (wapas|vapas|wapis|vapis|lautao|return)\b/,
  ],
  id: [
    /\brefund\b/,
    /\buang( saya| aku| ku| gue)? (kembali|balik|dikembalikan|dibalikin|kembalikan|balikin)\b/,
    /\b(kembalikan|balikin|kembaliin) (uang|dana|duit)\b/,
    /\bpengembalian (uang|dana)\b/,
  ],
};

/** Wanting to send back or exchange one's own purchase, by language. */
export const RETURN_PATTERNS: PatternTable = {
  en: [
    /\b(want|need|would like|wanna|have|going|trying|like|wish) to (return|send back|exchange|give back)\b/,
    /\b(return|send back|exchange|returning)( \w+)? (my|our) (order|purchase|item|items|package|parcel|product)\b/,
  ],
  es: [
    // not "cambiar": "quiero cambiar la dirección" changes an address, not a purchase
    /\b(quiero|necesito|quisiera|me gustar[ií]a|tengo que|voy a) (devolver|regresar)\b/,
    /\b(devolver|regresar)( \w+)? (mi|mis) (pedido|compra|producto|orden|paquete)\b/,
  ],
  pt: [
    // not "trocar": "quero trocar o endereço" changes an address, not a purchase
    /\b(quero|preciso|gostaria de|vou|tenho que) devolver\b/,
    /\bdevolver( \w+)? (o |os |a )?(meu|meus|minha) (pedido|compra|produto|encomenda)\b/,
  ],
  vi: [/\b(muốn|cần|xin|cho (tôi|em|mình)) (đổi|trả|hoàn)( lại)? (hàng|đơn|sản phẩm)\b/],
  hi: [
    /(वापस|रिटर्न) (करना|करनी) (है|चाहता|चाहती)/,
    /\b(wapas|vapas|return) (karna|karni|karwana|karo|kar do|chahiye|chahta|chahti)\b/,
  ],
  id: [/\b(mau|ingin|pengen|minta) (retur|return|tukar|kembalikan|balikin|refund)\b/],
};

/** How refunds work in general: the FAQ's territory. */
export const POLICY_PATTERNS: PatternTable = {
  en: [
    /\b(policy|policies|in (what|which) cases|what cases|conditions|eligible|eligibility|guarantee)\b/,
    /\bdo (you|u) (offer|give|do|accept|allow|provide)( \w+)? (refunds|returns|exchanges)\b/,
    /\b(refunds|returns) (take|possible|allowed|available)\b/,
    /\bhow (many days|long|much time) (do i have|have i got|do we have)\b|\b(within how many days|return window|time limit)\b/,
    /\bhow long (do|does|will) (a |the )?refunds? take\b|\bhow (soon|fast|quickly) (are |do )?refunds?\b/,
    /\bcheck( \w+){0,3} (refunds?|money back)\b/,
  ],
  es: [
    /\b(pol[ií]tica|en (qu[eé]|cu[aá]les) casos|condiciones|garant[ií]a)\b/,
    /\b(hacen|aceptan|tienen|ofrecen|dan) (devoluciones|reembolsos|cambios)\b/,
    /\bcu[aá]nto tarda\w* (el|un|los) reembolsos?\b/,
  ],
  pt: [
    /\b(pol[ií]tica|em (que|quais) casos|condi[cç][oõ]es|garantia)\b/,
    /\b(fazem|aceitam|t[eê]m|oferecem) (devolu[cç][aã]o|devolu[cç][oõ]es|troca|trocas|reembolso)\b/,
  ],
  vi: [/\b(chính sách|điều kiện|bảo hành)\b/, /\bcó (được )?(hoàn|đổi|trả)\w*( \w+){0,2} không\b/],
  hi: [/(पॉलिसी|नीति|नियम)/, /\b(policy|niti|niyam)\b/],
  id: [/\b(kebijakan|syarat|ketentuan|garansi)\b/, /\bbisa (di)?(refund|retur|tukar|kembalikan)\b/],
};

/** A particular order: an order number or "my order", which no general policy settles. */
export const SPECIFIC_ORDER_PATTERNS: PatternTable = {
  en: [
    /#\s?\d{3,}/,
    /\b(order|purchase|invoice|package|parcel)( number| no| num| nr| id)?\s*#?\s*\d{3,}\b/,
    /\bmy (last |latest |recent )?(order|purchase|refund)\b/,
  ],
  es: [/\b(pedido|orden|compra)( n[uú]mero| no| n)?\s*#?\s*\d{3,}\b/, /\bmi (último |ultimo )?(pedido|orden|compra)\b/],
  pt: [/\b(pedido|encomenda|compra)( n[uú]mero| no| n)?\s*#?\s*\d{3,}\b/, /\b(meu|minha) (último |ultimo )?(pedido|encomenda|compra)\b/],
  vi: [/\b(đơn|đơn hàng|mã đơn)( số)?\s*#?\s*\d{3,}\b/, /\bđơn( hàng)? (của )?(tôi|em|mình)\b/],
  hi: [/(ऑर्डर|आर्डर)\s*#?\s*\d{3,}/, /\border( no| number)?\s*#?\s*\d{3,}\b/, /\b(mera|meri|mere) order\b/],
  id: [/\b(pesanan|order|nomor pesanan)( no| nomor)?\s*#?\s*\d{3,}\b/, /\bpesanan (saya|aku|ku)\b/],
};

export const REFUND_RULES = compileTable(REFUND_PATTERNS);
export const RETURN_RULES = compileTable(RETURN_PATTERNS);
export const POLICY_RULES = compileTable(POLICY_PATTERNS);
export const SPECIFIC_ORDER_RULES = compileTable(SPECIFIC_ORDER_PATTERNS);
