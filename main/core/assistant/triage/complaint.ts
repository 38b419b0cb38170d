/**
 * Complaints and anger: a formal complaint or claim, "terrible service", insults, threats of a
 * bad review, a broken or wrong delivery reported as fact, and all-caps shouting. Swearing on
 * its own is not a complaint ("list the damn payment methods" is a question).
 */
import { compileTable, type PatternTable } from './rules';

/** Complaint patterns, by language (folded before use). */
export const COMPLAINT_PATTERNS: PatternTable = {
  en: [
    /(?<!\bno )\bcomplain(t|ts|ing|ed)?\b/,
    /\b(file|lodge|make|submit|raise|register|put in|log|open|filing|lodging|making|want|need)\w*( \w+){0,3} (claim|reclamation|grievance|dispute)s?\b/,
    /\b(customer|consumer) (claim|reclamation|complaint|grievance)s?\b/,
    /\b(claim|reclamation)s? against\b|\breclamation\b/,
    /\bnot (happy|satisfied|pleased|content)( at all)? with\b/,
    /\b(unhappy|dissatisfied|disappointed|fed up|furious|pissed|frustrated|livid|outraged|disgusted)\b/,
    /\b(terrible|horrible|awful|worst|pathetic|disgusting|appalling|lousy|useless|rubbish|shitty|crappy|abysmal|atrocious|dreadful|unprofessional)( \w+){0,2} (service|shop|store|company|experience|support|quality|business|job|work|seller|packaging|attitude|product)\b/,
    /\b(bad|poor|slow) (customer )?(service|experience|attitude|support)\b/,
    /\b(unacceptable|ridiculous|outrageous|disgraceful|a disgrace|shameful|(is|s|are|such) a joke|scam|scams|scammers?|scammed|rip ?off|ripped off|fraud|fraudulent|cheated|cheaters|thieves|liars|lied to me|incompetent)\b/,
    /\b(fuck (you|off|this|u)|screw (you|u|this)|go to hell|shut up|idiots|morons?|bastards?|assholes?|dumbass)\b/,
    /\b(stupid|useless|idiot) (shop|store|bot|service|company|people|seller)\b/,
    /\b(you|u)( guys| people)? ?(are|r|re) (so |such |really |totally |completely )?(useless|incompetent|idiots|stupid|a joke|liars|thieves|scammers|terrible|the worst|rude|ridiculous|clueless|hopeless|unhelpful|clowns|amateurs|losers|morons|not (being )?(helpful|useful))\b/,
    /\bu ?are not (being )?(helpful|useful)\b/,
    /\bwaste of (my )?(time|money)\b/,
    /\b(problem|problems|issue|issues) with (your|ur) (service|company|staff|work|store|shop|team|attitude)\b/,
    /\b(leave|write|post|give|put)( \w+){0,3} (bad|negative|terrible|horrible|awful|1 star|one star|zero star|0 star|poor) (review|rating|feedback)\b/,
    /\b(report|expose)( \w+)? (you|this shop|your shop|your store|your company)\b/,
    /\b(tell|warn) (everyone|all my friends|everybody)\b/,
    /\bnever (buy|buying|order|ordering|shop|shopping|purchase)( \w+)? (from|with|here|again)\b/,
  ],
  es: [
    /\bquej\w*/,
    /\breclam(o|os|ar|aci[oó]n|aciones)\b/,
    /\b(poner|levantar|presentar|hacer|meter) (una )?(denuncia|reclamaci[oó]n|queja|reclamo)\b/,
    /\b(p[eé]sim[oa]|terrible|horrible|mal[ií]sim[oa]|fatal|lamentable|vergonzos[oa]|deplorable|mal) (servicio|atenci[oó]n|trato|tienda|experiencia|calidad)\b/,
    /\b(servicio|atenci[oó]n) (p[eé]sim[oa]|terrible|horrible|mal[ií]sim[oa]|fatal|lamentable|del asco|de porquer[ií]a)\b/,
    /\b(inaceptable|indignante|una verg[uü]enza|qu[eé] verg[uü]enza|estafa|estafadores|estafaron|fraude|me robaron|ladrones|rateros|mentirosos|sinverg[uü]enzas|una burla|el colmo|furios[oa]|enojad[oa]|encabronad[oa]|decepcionad[oa]|indignad[oa])\b/,
    /\b(idiotas|est[uú]pidos|in[uú]tiles|pendejos|imb[eé]ciles|tarados|payasos|incompetentes)\b/,
    /\b(es|son|que) (una )?mierda\b/,
    /\bno estoy (nada )?(content[oa]|satisfech[oa]|conforme|feliz)\b/,
    /\bnunca (m[aá]s|vuelvo a) (les )?compr\w*/,
    /\b(mala|p[eé]sima) (rese[nñ]a|opini[oó]n|calificaci[oó]n)\b|\b(rese[nñ]a|opini[oó]n|calificaci[oó]n) negativa\b|\buna estrella\b/,
    /\b(los|las) voy a (exponer|quemar|evidenciar|reportar)\b/,
  ],
  pt: [
    /\breclama(r|[cç][aã]o|[cç][oõ]es|ndo|ram)\b/,
    /\bqueixa\b/,
    /\b(p[eé]ssim[oa]|horr[ií]vel|terr[ií]vel|ruim|lament[aá]vel|vergonhos[oa]) (atendimento|servi[cç]o|loja|experi[eê]ncia|qualidade)\b/,
    /\b(atendimento|servi[cç]o) (p[eé]ssimo|horr[ií]vel|terr[ií]vel|ruim|lament[aá]vel|uma porcaria|um lixo)\b/,
    /\b(inaceit[aá]vel|um absurdo|que absurdo|[eé] absurdo|que vergonha|uma vergonha|golpe|golpistas|fraude|me roubaram|ladr[oõ]es|mentirosos|palha[cç]ada|descaso|desrespeito|indignad[oa]|revoltad[oa]|decepcionad[oa]|furios[oa]|irritad[oa])\b/,
    /\b(idiotas|incompetentes|in[uú]teis|ot[aá]rios|imbecis)\b/,
    /\bn[aã]o estou (nada )?(satisfeit[oa]|content[oa]|feliz)\b/,
    /\breclame aqui\b/,
    /\bnunca mais (compro|vou comprar)\b/,
    /\bavalia[cç][aã]o negativa\b|\buma estrela\b/,
  ],
  vi: [
    /\b(khiếu nại|phàn nàn|tố cáo|bóc phốt)\b/,
    /\b(quá tệ|tệ quá|thất vọng|bực mình|bực quá|kém chất lượng|kém quá|chán quá|lừa đảo|gian thương|vô trách nhiệm|không (thể )?chấp nhận( được)?)\b/,
    /\b(dịch vụ|phục vụ|chất lượng|thái độ)( \w+)? (tệ|kém|tồi tệ|quá tệ|tồi)\b/,
    /\bđánh giá (xấu|tệ|1 sao|một sao|thấp)\b|\b(1|một) sao\b/,
    /\b(đồ ngu|óc chó|vô học)\b/,
  ],
  hi: [
    /शिकायत/,
    /(बकवास|घटिया|बेकार|खराब|बुरी|बुरा) (सर्विस|सेवा|दुकान|अनुभव|क्वालिटी|प्रोडक्ट|माल)/,
    /(धोखा|धोखेबाज|फ्रॉड|ठग|लूट|बेईमान|शर्मनाक|गुस्सा|नाराज)/,
    /\b(shikayat|shikayaat|shikaayat)\b/,
    /\b(bakwas|bekar|bekaar|ghatiya|ghatia|kharab|bura|buri|wahiyat|faltu)( \w+)? (service|seva|dukaan|dukan|experience|quality|product|maal|saman|samaan)\b/,
    /\b(dhokha|dhoka|dhokebaaz|dhokhebaz|dhokebaz|fraud|chor|thag|lootere|beimaan|sharam karo|gussa|naraz|naraaz)\b/,
  ],
  id: [
    /\b(komplain|keluhan|mengeluh|komplen|complain)\b/,
    /\b(kecewa|kesal|kesel|jengkel|dongkol|keterlaluan|kebangetan)\b/,
    /\b(pelayanan|layanan|service|toko|respon|seller|admin)( \w+)? (buruk|jelek|payah|parah|lambat|lelet|mengecewakan|ga becus|gak becus|tidak becus|busuk)\b/,
    /\b(penipu|penipuan|nipu|ditipu|menipu|tipu|scam|maling|pembohong)\b/,
    /\btidak bisa diterima\b|\bgak bisa diterima\b/,
    /\b(bintang|rating) (1|satu)\b|\b(ulasan|review) (jelek|buruk|negatif)\b/,
    /\b(goblok|bego|tolol|bodoh|anjing|bangsat|kampret)\b/,
  ],
  // angry faces and gestures say it in any language
  xx: [/(😡|🤬|👿|🖕|💩)/u],
};

/**
 * A broken, wrong or missing delivery reported as fact. Read only when no "if" comes before it
 * in the sentence: "can I return a pot if it arrives broken?" is a policy question.
 */
export const DAMAGE_PATTERNS: PatternTable = {
  en: [
    /\b(arrived|came|received it|got it|delivered)( \w+){0,2} (broken|damaged|cracked|smashed|shattered|defective|faulty|torn|ripped|stained|rotten|incomplete|opened|used)\b/,
    /\b(you sent|sent me|received|got|delivered)( \w+){0,3} (wrong|damaged|broken|defective|faulty|incorrect) (item|size|color|colour|product|order|one|thing)\b/,
  ],
  es: [
    /\b(lleg[oó]|vino|recib[ií])( \w+){0,2} (rot[oa]|da[nñ]ad[oa]|quebrad[oa]|incomplet[oa]|equivocad[oa]|defectuos[oa])\b/,
    /\bme (lleg[oó]|mandaron|enviaron|dieron) (otr[oa]|el equivocado|la equivocada|algo diferente)\b/,
  ],
  pt: [
    /\b(chegou|veio|recebi)( \w+){0,2} (quebrad[oa]|danificad[oa]|errad[oa]|amassad[oa]|faltando|incomplet[oa]|com defeito|rasgad[oa])\b/,
  ],
  vi: [
    /\b(nhận được|giao|gửi)( \w+){0,2} (hàng )?(bị )?(vỡ|hỏng|lỗi|sai|nhầm|thiếu)\b/,
  ],
  hi: [
    /(टूटा|टूटी|खराब|गलत) (हुआ |हुई )?(सामान|प्रोडक्ट|आइटम|माल|ऑर्डर)? ?(आया|आई|मिला|मिली|भेजा|भेजी)/,
    /\b(tuta|toota|tuti|tooti|kharab|galat)( hua| hui)?( \w+)? (aaya|aya|aayi|ayi|mila|mili|bheja|bheji)\b/,
  ],
  id: [
    /\b(barang|paket|pesanan)( \w+)?( saya| aku| ku)? (datang |sampai |diterima )?(rusak|pecah|cacat|penyok)\b/,
    /\bsalah kirim\b|\bdikirim salah\b/,
  ],
};

/**
 * "If", "in case": a broken delivery asked about as a possibility is a policy question
 * ("can I return a pot if it arrives broken?"), not a complaint.
 */
export const CONDITIONAL_PATTERNS: PatternTable = {
  en: [/\b(if|in case|what happens|what if|suppose|should it|whether)\b/],
  es: [/\b(si|en caso|qu[eé] pasa)\b/],
  pt: [/\b(se|caso|e se)\b/],
  vi: [/\b(nếu|khi|lỡ|trường hợp)\b/],
  hi: [/(अगर|यदि)/, /\b(agar|yadi|jab)\b/],
  id: [/\b(kalau|kalo|jika|bila|apabila|seandainya|misal)\b/],
};

/** Happy shouting ("THANK YOU!!!") is not anger. */
export const POSITIVE_PATTERNS: PatternTable = {
  en: [/\b(thanks?|thank you|thx|love|loved|great|amazing|awesome|perfect|beautiful|wonderful|happy|yay|congrats)\b/],
  es: [/\b(gracias|encant\w*|excelente|genial|hermos[oa]|lind[oa]|feliz|perfecto)\b/],
  pt: [/\b(obrigad[oa]|amei|adorei|lind[oa]|perfeito|maravilhos[oa]|feliz|[oó]timo)\b/],
  vi: [/\b(cảm ơn|cám ơn|tuyệt vời|đẹp quá|thích quá)\b/],
  hi: [/\b(shukriya|dhanyavaad|dhanyawad|badhiya|mast|zabardast)\b/, /(धन्यवाद|शुक्रिया|बढ़िया)/],
  id: [/\b(terima kasih|makasih|mantap|bagus|keren|suka banget)\b/],
};

export const COMPLAINT_RULES = compileTable(COMPLAINT_PATTERNS);
export const POSITIVE_RULES = compileTable(POSITIVE_PATTERNS);
export const DAMAGE_RULES = compileTable(DAMAGE_PATTERNS);
export const CONDITIONAL_RULES = compileTable(CONDITIONAL_PATTERNS);

/** Letters that are shouted: enough capitals, in enough words, with an exclamation or two. */
export function isShouting(message: string): boolean {
  const letters = message.match(/\p{L}/gu) ?? [];
  const upper = message.match(/\p{Lu}/gu) ?? [];
  const words = message.split(/\s+/).filter((w) => /\p{Lu}{2,}/u.test(w));
  if (letters.length < 12 || words.length < 3) return false;
  const exclaimed = /!{2,}|[!?]{3,}|\?!|!\?/.test(message);
  return upper.length / letters.length >= 0.8 && exclaimed;
}
