/**
 * "I want a person": requests to talk to a human, in the six customer languages, typed the way
 * people type on a phone (no accents, "u", filler words between verb and noun).
 */
import { compileTable, type PatternTable } from './rules';

// Someone the customer could be handed to. Kept as a group so every verb pattern shares it.
const EN_WHO =
  '(agents?|humans?|person|people|someone|somebody|some one|operator|representative|rep|supervisor|manager|owner|staff|employee|assistant|team member|customer (service|support|care)|support team)';

/** Patterns for "let me talk to a person", by language (folded before use). */
export const PERSON_PATTERNS: PatternTable = {
  en: [
    // "talk to a goddamn live agent", "tocontact a person", "transfer to me an agent"
    new RegExp(`(talk|speak|chat|contact|connect|escalate|put me through|get in touch|get hold|get through|reach)\\w*( \\w+){0,3} ${EN_WHO}\\b`),
    // "transfer" only of the chat: "transfer my money to someone" is a payment
    new RegExp(`\\btransfer\\w* (me|us|this chat|the chat|to me|me to|to)( \\w+){0,2} ${EN_WHO}\\b`),
    new RegExp(`\\b(want|need|request|get|find|give me|wanna|prefer|bring)( me)?( to have)? (an? |the |some )?(real |live |human |actual )?(agents?|humans?|person|operator|representative|supervisor|manager)\\b`),
    // not "real human" alone: "real human hair" is a product
    /\b(live|human|real|actual) (agent|person|operator|representative|support|people|being)\b/,
    /\b(human|person|someone|somebody|agent|people) (i|we) (can|could) (talk|speak|chat)\b/,
    /\b(are|r) (you|u) (an? )?(bot|robot|machine|ai|real|human|real person)\b/,
    /\b(is this|am i (talking|chatting|speaking) (to|with)) (an? )?(bot|robot|machine|ai|real person|human)\b/,
    /\b(call|ring) me back\b/,
    /\bcan (someone|somebody|you|a person) call me\b/,
    // a message that is only the request: "agent", "human please", "operator!!"
    /^(an? )?(agent|human|operator|representative|real person)( please| pls| plz| now)?[.!? ]*$/,
  ],
  es: [
    /\b(hablar|comunicar\w*|platicar|contactar\w*|charlar|conversar|me pas(a|as|e|en)|p[aá]s(ame|eme|enme|arme)|comun[ií]came|con[eé]ct\w*|me transfier\w*|transfi[eé]reme)( \w+){0,3} (persona|humano|humana|alguien|agente|asesor|asesora|encargado|encargada|dueño|dueña|representante|operador|operadora|ejecutivo|ejecutiva|empleado|vendedor|vendedora|gerente|supervisor)\b/,
    /\b(quiero|necesito|exijo|prefiero|me das|dame) (a )?(un |una |el |la )?(persona|humano|asesor|asesora|agente|encargado|encargada|gerente|operador)\b/,
    /\b(persona|humano) (real|de verdad)\b/,
    /\batenci[oó]n (humana|personal|personalizada)\b/,
    /\b(eres|es) (un )?(bot|robot|m[aá]quina)\b/,
  ],
  pt: [
    /\b(falar|conversar|contato|contatar|chamar|me passa|me passe|me transfere|me transfira|me transferir)( \w+){0,3} (pessoa|humano|humana|atendente|algu[eé]m|agente|dono|dona|gerente|respons[aá]vel|representante|operador|vendedor|vendedora|funcion[aá]rio|supervisor)\b/,
    /\b(quero|preciso|prefiro|exijo) (de )?(um |uma |o |a )?(atendente|humano|pessoa|agente|gerente|operador)\b/,
    /\batendimento humano\b/,
    /\bpessoa (de verdade|real)\b/,
    /\b(voc[eê]|vc) [eé] (um )?(rob[oô]|bot|m[aá]quina)\b/,
  ],
  vi: [
    /\b(gặp|nói chuyện|liên hệ|kết nối|trao đổi)( với)?( \w+){0,2} (nhân viên|người thật|chủ shop|chủ cửa hàng|chủ|quản lý|tư vấn viên|admin|con người|người)\b/,
    /\bchuyển (cho|sang|qua) (nhân viên|người thật|admin|quản lý|tư vấn viên)\b/,
    /\bngười thật\b/,
    /\b(có phải )?(là )?(bot|robot|máy) (à|hả|không|ko|k)\b/,
  ],
  hi: [
    /(इंसान|व्यक्ति|आदमी|मालिक|मैनेजर|एजेंट|कर्मचारी|किसी|स्टाफ|ओनर|असली|कस्टमर केयर) (से|को) (बात|संपर्क|मिल)/,
    /(से|सें) बात (करनी|करना|करवा|करा|कराओ|करवाओ)/,
    /(इंसान|व्यक्ति|एजेंट|मैनेजर) (चाहिए|चाहिये)/,
    /\b(insaan|insan|banda|bande|aadmi|admi|owner|malik|maalik|manager|agent|kisi|staff|human|vyakti|customer care|real person)( \w+)? (se|sey|ko) (baat|bat|contact|milna|milao|connect)\b/,
    /\bbaat (karwa|karva|kara|karao|karwao|karvao)\w*\b/,
    /\b(insaan|insan|human|real person|agent|manager|banda)( \w+)? (chahiye|chaiye|chahie)\b/,
  ],
  id: [
    /\b(bicara|berbicara|ngomong|ngobrol|chat|chatting|hubungi|menghubungi|hubungkan|sambungkan|disambungkan|panggil\w*)( (dengan|sama|ama|ke|kepada))?( \w+){0,2} (orang|manusia|admin|cs|customer service|pemilik|owner|petugas|agen|operator|staf|staff|karyawan|pegawai|manajer)\b/,
    /\b(minta|mau|pengen|ingin|butuh) (sama |dengan |ke )?(admin asli|manusia|orang asli|petugas|agen|operator|owner|pemilik|cs)\b/,
    /\b(minta|butuh|panggil|panggilkan) (sama |dengan |ke )?admin\b/,
    /\b(orang|admin|manusia) (asli|beneran|sungguhan)\b/,
    /\b(ini|kamu|anda) (bot|robot|mesin)( ya| kah| bukan)?\b/,
    /\bbukan (bot|robot|mesin)\b/,
  ],
};

/** The compiled person-request rules. */
export const PERSON_RULES = compileTable(PERSON_PATTERNS);
