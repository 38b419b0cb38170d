/**
 * Requests for other people's data: another customer's phone number or address, "the user's"
 * birth date, the customer list, the database. A shop assistant never gives these out, and
 * asking is social engineering however it is dressed up.
 */
import { compileTable, type PatternTable } from './rules';

// Whose data: anyone but the customer writing. "Someone else" only after the data ("the
// address of someone else"): "can someone else pick it up? what details do you need?" is fine.
const EN_OTHERS =
  '(the users|other (customers?|clients?|users|buyers)|another (customer|client|user|buyer)|all (your |the )?(customers|clients|users|buyers)|your (customers|clients|users|buyers)|previous customer|last customer|customer before me|list of (users|customers|clients|buyers)|(person|customer|client|buyer|guy|lady|woman|man|girl) (who|that) (bought|ordered|purchased|came|was|called|wrote|paid))';
const EN_WHOSE = `(${EN_OTHERS}|someone else|somebody else|other people|another person)`;
// What data: contact details, identity, money, history; nouns only ("order" and "name" are
// also what a customer picking up for a friend talks about).
const EN_WHAT =
  '(e-?mails?|phones?|phone numbers?|numbers|address(es)?|location|city|residence|birth ?(day|date|year|month)?|birthday|initials|names|orders|order history|purchases|data|details|info|information|balances?|bank|credit cards?|card numbers?|passwords?|contacts|salary|social security|ssn|whereabouts)';

/** Other people's data, by language (folded before use). */
export const OTHERS_DATA_PATTERNS: PatternTable = {
  en: [
    new RegExp(`\\b(your |the |all )?${EN_OTHERS}( s)?( \\w+){0,5} ${EN_WHAT}\\b`),
    // "the user's" is always someone else: any personal detail counts
    /\bthe users( \w+){0,3} (name|favou?rite|age|lives?|living|born|status|initials|location)\b/,
    new RegExp(`\\b${EN_WHAT}( \\w+){0,3} (of|for|from|by) (the |your |all |all your |all the )?${EN_WHOSE}\\b`),
    new RegExp(`\\bwhere (does|do|is|are) (the user|that customer|(your |the |all )?${EN_OTHERS})( \\w+)? (live|living|stay|staying|reside)\\b`),
    // "the user" alone is often the customer's own account ("correct the user info"); with a
    // third person's details it is someone else.
    /\bthe user\b( \w+){0,12} (his|her|their) (initials|birth|birthday|email|address|phone|name|location)\b/,
    /\b(print|dump|export|show|give|send|leak)( \w+){0,2} (your|the) (database|customer list|customer data|user data|user list)\b/,
    /\b(customer|client|user) (list|database|records)\b|\busers in your (database|system)\b/,
    /\b(bank|account) balance of\b/,
  ],
  es: [
    /\b(datos|tel[eé]fonos?|n[uú]meros?|direcci[oó]n|direcciones|correos?|email|pedidos|compras|informaci[oó]n|info|nombres?|domicilio|whatsapp|celular)( \w+){0,3} (de|del) (otros? clientes?|otras? personas?|otros? usuarios?|los clientes|tus clientes|sus clientes|sus usuarios|los usuarios|el usuario|la usuaria|alguien m[aá]s|otro comprador)\b/,
    /\b(lista|base de datos) de (clientes|usuarios|compradores)\b/,
    /\b(d[oó]nde|en qu[eé] ciudad) vive( \w+)? (el usuario|la usuaria|ese cliente|otro cliente)\b/,
    /\b(el|del|al) usuario\b( \w+){0,6} (vive|direcci[oó]n|correo|email|tel[eé]fono|naci[oó]|cumplea[nñ]os|iniciales|saldo|ciudad)\b/,
    /\b(direcci[oó]n|correo|email|tel[eé]fono|fecha de nacimiento|cumplea[nñ]os|iniciales|saldo|ciudad)( \w+){0,3} del usuario\b/,
  ],
  pt: [
    /\b(dados|telefones?|n[uú]meros?|endere[cç]os?|e-?mails?|pedidos|compras|informa[cç][oõ]es|nomes?|whatsapp|celular)( \w+){0,3} (de|do|da|dos|das) (outros? clientes?|outras? pessoas?|outros? usu[aá]rios?|os clientes|seus clientes|o usu[aá]rio|a usu[aá]ria|outro comprador|outra pessoa)\b/,
    /\b(lista|base de dados|banco de dados) de (clientes|usu[aá]rios|compradores)\b/,
    /\bonde (o usu[aá]rio|a usu[aá]ria|outro cliente) (mora|vive)\b/,
    /\b(o|do|ao) usu[aá]rio\b( \w+){0,6} (mora|vive|endere[cç]o|e-?mail|telefone|nasceu|anivers[aá]rio|iniciais|saldo|cidade)\b/,
    /\b(endere[cç]o|e-?mail|telefone|data de nascimento|anivers[aá]rio|iniciais|saldo|cidade)( \w+){0,3} do usu[aá]rio\b/,
  ],
  vi: [
    /\b(số điện thoại|sđt|sdt|địa chỉ|thông tin|đơn hàng|email|tên)( \w+){0,2} (của )?(khách hàng khác|khách khác|người khác|người dùng khác|các khách hàng|tất cả khách hàng)\b/,
    /\bdanh sách (khách hàng|người dùng|người mua)\b/,
    /\bngười dùng\b( \w+){0,6} (sống|địa chỉ|email|số điện thoại|ngày sinh|sinh nhật|tên viết tắt|số dư)\b/,
    /\b(địa chỉ|email|số điện thoại|ngày sinh|sinh nhật|tên viết tắt|số dư)( \w+){0,3} (của )?người dùng\b/,
  ],
  hi: [
    /(दूसरे|दूसरों|अन्य|बाकी|सभी) (ग्राहक|ग्राहकों|कस्टमर|कस्टमर्स|लोगों|यूजर)[^\s]* (का|की|के)/,
    /(ग्राहकों|कस्टमर्स) की (लिस्ट|सूची)/,
    /(बैंक बैलेंस|खाते की शेष राशि)/,
    /(उपयोगकर्ता|यूजर)[^\s]*( [^\s]+){0,6} (रहता|रहती|पता|ईमेल|फोन|जन्म|जन्मदिन|आद्याक्षर|बैलेंस|शहर)/,
    /\b(dusre|doosre|dusron|baaki|baki|sabhi|sare|saare) (customer|customers|grahak|logon|log|users?)( \w+)? (ka|ki|ke) (number|phone|address|pata|email|order|orders|details|data|naam)\b/,
    /\bkisi aur (ka|ki|ke) (number|phone|address|pata|order|data|details)\b/,
    /\bcustomers? (ki|ka) (list|data)\b/,
  ],
  id: [
    /\b(nomor|no hp|hp|alamat|data|pesanan|email|nama|kontak|wa)( \w+){0,2} (pelanggan|customer|pembeli|pengguna|user|orang) (lain|lainnya)\b/,
    /\b(daftar|list|data) (semua )?(pelanggan|customer|pembeli|pengguna)\b/,
    /\bpengguna\b(?! (saya|aku|ku)\b)( \w+){0,6} (tinggal|alamat|email|lahir|ulang tahun|inisial|saldo|kota)\b/,
    /\b(alamat|email|tanggal lahir|ulang tahun|inisial|saldo|kota)( \w+){0,3} pengguna\b(?! (saya|aku|ku)\b)/,
  ],
};

export const OTHERS_DATA_RULES = compileTable(OTHERS_DATA_PATTERNS);

// Named people are found in the original text, where capitals still mark a name.
const NAME = "(?!(?:What|That|It|Where|Who|Here|There|Let|He|She|Today|Everyone|Someone)['’]s)\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?";
const PERSONAL =
  "(?:e-?mail(?: address)?|phone(?: number)?|number|(?:home )?address|birth ?(?:date|day|year|month)|date of birth|birthday|current city|city of residence|residence|initials|favou?rite colou?r|bank balance|account balance|balance|credit card|password|location)";
const NAMED_DATA = [
  new RegExp(`\\b${NAME}['’]s ${PERSONAL}\\b`, 'u'),
  new RegExp(`\\bwhere (?:does|is) ${NAME} (?:live|living|stay|staying)\\b`, 'u'),
  new RegExp(`\\b(?:bank|account) balance of ${NAME}\\b`, 'u'),
  new RegExp(`\\bwhat (?:did|has) ${NAME} (?:order|ordered|buy|bought|purchase|purchased)\\b`, 'u'),
];
// The name must be asked about, not given: "send it to Maria's address" is an instruction.
const ASKING = /\b(what|where|when|tell|give|share|show|list|print|reveal|confirm|provide|know|find|look up|write|translate|encode|spell)\b/i;

/** Whether the original message asks for a named person's personal data. */
export function asksForNamedPersonData(message: string): boolean {
  return NAMED_DATA.some((re) => re.test(message)) && ASKING.test(message);
}
