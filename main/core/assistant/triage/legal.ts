/**
 * Legal threats: lawyers, lawsuits, courts, the police and consumer authorities (PROFECO,
 * Procon, YLKI…). A person handles these, never a draft.
 */
import { compileTable, type PatternTable } from './rules';

/** Legal-threat patterns, by language (folded before use). */
export const LEGAL_PATTERNS: PatternTable = {
  en: [
    /\b(lawyers?|attorneys?|solicitors?|lawsuit|legal (action|steps|proceedings|advice)|see you in court|small claims|litigation|court case|consumer (protection|rights|affairs|council)|trading standards|better business bureau|bbb|ftc|attorney general|ombudsman)\b/,
    /\bsue (you|u|your|the|this|them)\b|\b(will|going to|gonna|ill|to|and) sue\b|\bsuing\b/,
    /\b(take|taking) (you|this|it|them)( \w+)? to court\b/,
    /\breport (you|this|your \w+|it) to the (police|authorities|bank)\b/,
  ],
  es: [
    /\b(abogad[oa]s?|demandar\w*|denunci\w*|profeco|condusef|sernac|indecopi|defensa del consumidor|protecci[oó]n al consumidor|derechos del consumidor|acci[oó]n legal|acciones legales|tribunal(es)?|juzgado|instancias legales|ministerio p[uú]blico|polic[ií]a)\b/,
    /\b(poner|meter|levantar|presentar|interponer) (una )?demanda\b/,
  ],
  pt: [
    /\b(advogad[oa]s?|processar|processo judicial|processo contra|procon|juizado|pequenas causas|justi[cç]a|a[cç][aã]o judicial|medidas judiciais|direitos? do consumidor|c[oó]digo de defesa do consumidor|defesa do consumidor|pol[ií]cia|boletim de ocorr[eê]ncia)\b/,
  ],
  vi: [
    /\b(luật sư|khởi kiện|kiện ra tòa|tòa án|ra tòa|báo công an|công an|bảo vệ người tiêu dùng|quyền lợi người tiêu dùng|pháp luật|pháp lý)\b/,
    /\bkiện (shop|bạn|các bạn|công ty|cửa hàng)\b/,
  ],
  hi: [
    /(वकील|कोर्ट|अदालत|उपभोक्ता (फोरम|अदालत|न्यायालय)|कंज्यूमर (फोरम|कोर्ट)|पुलिस|कानूनी)/,
    /केस (करूंगा|करूँगा|करूंगी|करेंगे|कर दूंगा|कर दूंगी)/,
    /\b(vakil|wakeel|vakeel|court|adalat|consumer (forum|court)|police|kanooni|kanuni|legal action)\b/,
    /\bcase (karunga|karungi|karenge|kar dunga|kar dungi|thok)\b/,
  ],
  id: [
    /\b(pengacara|advokat|kuasa hukum|jalur hukum|ranah hukum|proses hukum|polisi|tuntut|menuntut|gugat|menggugat|pengadilan|somasi|ylki|bpsk|perlindungan konsumen)\b/,
  ],
};

export const LEGAL_RULES = compileTable(LEGAL_PATTERNS);
