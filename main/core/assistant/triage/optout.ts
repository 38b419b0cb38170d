/**
 * "Stop messaging me": requests never to be contacted again. Imperatives only — "no me
 * mandaron el pedido" (they did not send my order) is a complaint, not an opt-out.
 */
import { compileTable, type PatternTable } from './rules';

/** Opt-out requests that hold whatever else the message says. */
export const OPTOUT_PATTERNS: PatternTable = {
  en: [
    /\b(stop|quit|cease)( \w+){0,2} (messag\w*|text\w*|writ\w*|contact\w*|spam\w*|bother\w*|harass\w*|calling|call\w* me|send\w* me (messages|texts|stuff|offers|promos?|ads|spam|this))\b/,
    /\b(dont|do not|never|stop to) (ever )?(message|msg|text|contact|write|call|bother|spam|send) (me|to me)\b( (again|anymore|any more))?/,
    /\b(leave me alone|no more (messages|texts|msgs|spam)|take me off|opt(ing)?[ -]?out)\b/,
    /\bremove (me|my (number|phone|contact))( \w+){0,3} (list|contacts|database|broadcast)\b/,
    /\bi (dont|do not) want (any )?(more )?(messages|texts|msgs|promotions|offers|spam) from (you|u|your)\b/,
    // WhatsApp and SMS keywords sent alone
    /^(stop|stop all|stopall|opt out|optout)[.! ]*$/,
  ],
  es: [
    /\bno me (vuelvan a |vuelvas a |vuelva a )?(escriban|escribas|escriba|contacten|contactes|contacte|molesten|molestes|moleste|llamen|llames)( m[aá]s)?\b/,
    /\bno me (manden|mandes|mande|env[ií]en|env[ií]es|env[ií]e) (m[aá]s|mensajes|nada|promociones|publicidad)\b/,
    /\b(deja|dejen|dejar|para|paren|basta) de (escrib|mand|envi|contact|molest|llam)\w*/,
    /\bno (quiero|deseo) (recibir )?(m[aá]s )?(mensajes|promociones|publicidad|spam)\b/,
    /\b(b[oó]rr|elimin|sac|quit)\w* (mi (n[uú]mero|contacto)|me) de (la|su|tu|sus|esta) (lista|base)\b/,
  ],
  pt: [
    /\b(pare|parem|para|chega) de (me )?(mandar|enviar|escrever|ligar|incomodar|contatar)\b/,
    /\bn[aã]o (me )?(mande|mandem|envie|enviem|escreva|escrevam|ligue|liguem|contate|contatem|incomode|incomodem) (mais|mensage\w*|nada)\b/,
    /\bn[aã]o quero (mais )?(receber )?(mensage\w*|promo[cç]\w*|propaganda|spam)\b/,
    /\bme (tira|tire|tirem|remove|remova|removam|exclua|excluam) d(a|essa|esta) (lista|base)\b/,
  ],
  vi: [
    /\b(đừng|ngừng|thôi) (nhắn tin|gửi tin|làm phiền|spam|liên lạc|liên hệ)\b/,
    /\b(đừng|ngừng|thôi) (nhắn|gửi)( \w+){0,3} nữa\b/,
    /\bkhông (muốn )?nhận (thêm )?tin( nhắn)? (nữa|quảng cáo)\b/,
  ],
  hi: [
    /(मैसेज|मेसेज|संदेश|एसएमएस) (मत|ना|न) (भेज|कर)/,
    /(परेशान|तंग) (मत|ना|न) कर/,
    /(मैसेज|मेसेज) (बंद|बन्द) कर/,
    /\b(message|msg|messages|msgs|sms)( \w+)? (mat|na|mt) (bhejo|bhejna|bhejiye|bhejo|karo|kro|karna)\b/,
    /\b(pareshan|tang) (mat|na) (karo|kro|kijiye)\b/,
    /\b(message|msg|messages)( \w+)? band (karo|kro|kar do)\b/,
  ],
  id: [
    /\bjangan (hubungi|ganggu|spam|sms|telepon|telpon|nelpon|chat|ngechat)\w*( (saya|aku|gue|lagi))?\b/,
    /\bjangan (kirim|kirimi|ngirim|dikirimi)\w* (pesan|promo|iklan|spam|chat|lagi)\b/,
    /\b(berhenti|stop|cukup) (kirim|mengirim|ngirim|chat|ngechat|hubungi|menghubungi|sms|spam)\w*( \w+){0,2} (pesan|promo|iklan|chat|lagi|saya|aku)\b/,
    /\b(gak|ga|nggak|tidak|enggak|ngga) (mau|ingin|pengen) (dapat|terima|menerima|dikirim)\w* (pesan|promo|iklan|chat)\b/,
    /\bhapus (nomor|kontak) (saya|aku|ku)\b/,
  ],
};

/**
 * Unsubscribing, which may be about the newsletter or an email list: the FAQ answers that
 * ("how do I unsubscribe from your newsletter?"), so these count only without such a list.
 */
export const UNSUBSCRIBE_PATTERNS: PatternTable = {
  en: [/\bunsubscribe\b/],
  es: [/\b(dar|darme|dame|denme|deme) de baja\b/, /\bdesuscrib\w*/],
  pt: [/\bdescadastr\w*/, /\bsair da lista\b/, /\bcancelar (a )?inscri[cç][aã]o\b/],
  vi: [/\bhủy đăng ký\b/],
  hi: [/\bunsubscribe\b/],
  id: [/\bberhenti (berlangganan|langganan)\b/, /\bunsubscribe\b/],
};

/** Lists the FAQ usually covers, which make an "unsubscribe" a question rather than an opt-out. */
export const SUBSCRIPTION_TOPICS: PatternTable = {
  en: [/\b(newsletter|mailing list|email list|e-mail list|emails|e-mails)\b/],
  es: [/\b(bolet[ií]n|correos)\b/],
  pt: [/\b(boletim|e-?mails)\b/],
  vi: [/\bbản tin\b/],
  id: [/\b(buletin|email)\b/],
};

export const OPTOUT_RULES = compileTable(OPTOUT_PATTERNS);
export const UNSUBSCRIBE_RULES = compileTable(UNSUBSCRIBE_PATTERNS);
export const SUBSCRIPTION_RULES = compileTable(SUBSCRIPTION_TOPICS);
