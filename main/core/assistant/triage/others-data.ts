/**
 * Requests for other people's data: another customer's phone number or address, "the user's"
 * birth date, the customer list, the database. A shop assistant never gives these out, and
 * asking is social engineering however it is dressed up.
 */
import { compileTable, type PatternTable } from './rules';

// Whose data: anyone but the customer writing.
const EN_WHOSE =
  '(the users|other (customers?|clients?|users|buyers|people)|another (customer|client|user|buyer|person)|someone else|somebody else|all (your |the )?(customers|clients|users|buyers)|your (customers|clients|users|buyers)|previous customer|last customer|customer before me|list of (users|customers|clients|buyers))';
// What data: contact details, identity, money, history.
const EN_WHAT =
  '(e-?mails?|phones?|phone numbers?|numbers|address(es)?|lives?|living|located|location|city|residence|birth|birthday|born|age|initials|names?|orders?|order history|purchases?|data|details|info|information|balances?|bank|credit cards?|card numbers?|passwords?|contacts?|favou?rite|salary|social security|ssn|socioeconomic|whereabouts|status)';

/** Other people's data, by language (folded before use). */
export const OTHERS_DATA_PATTERNS: PatternTable = {
  en: [
    new RegExp(`\\b${EN_WHOSE}( s)?( \\w+){0,5} ${EN_WHAT}\\b`),
    new RegExp(`\\b${EN_WHAT}( \\w+){0,3} (of|for|from) ${EN_WHOSE}\\b`),
    /\bwhere (does|do|is) (the user|the users|that customer|the other customer)( \w+)? (live|living|stay|staying|reside)\b/,
    // "the user" alone is often the customer's own account ("correct the user info"); with a
    // third person's details it is someone else.
    /\bthe user\b( \w+){0,12} (his|her|their) (initials|birth|birthday|email|address|phone|name|location)\b/,
    /\b(print|dump|export|show|give|send|leak)( \w+){0,2} (your|the) (database|customer list|customer data|user data|user list|records)\b/,
    /\b(customer|client|user) (list|database|records)\b|\busers in your (database|system)\b/,
    /\b(bank|account) balance of\b/,
  ],
  es: [
    /\b(datos|tel[eé]fonos?|n[uú]meros?|direcci[oó]n|direcciones|correos?|email|pedidos|compras|informaci[oó]n|info|nombres?|domicilio|whatsapp|celular)( \w+){0,3} (de|del) (otros? clientes?|otras? personas?|otros? usuarios?|los clientes|tus clientes|sus clientes|sus usuarios|los usuarios|el usuario|la usuaria|alguien m[aá]s|otro comprador)\b/,
    /\b(lista|base de datos) de (clientes|usuarios|compradores)\b/,
    /\b(d[oó]nde|en qu[eé] ciudad) vive (el usuario|la usuaria|ese cliente|otro cliente)\b/,
  ],
  pt: [
    /\b(dados|telefones?|n[uú]meros?|endere[cç]os?|e-?mails?|pedidos|compras|informa[cç][oõ]es|nomes?|whatsapp|celular)( \w+){0,3} (de|do|da|dos|das) (outros? clientes?|outras? pessoas?|outros? usu[aá]rios?|os clientes|seus clientes|o usu[aá]rio|a usu[aá]ria|outro comprador|outra pessoa)\b/,
    /\b(lista|base de dados|banco de dados) de (clientes|usu[aá]rios|compradores)\b/,
    /\bonde (o usu[aá]rio|a usu[aá]ria|outro cliente) (mora|vive)\b/,
  ],
  vi: [
    /\b(số điện thoại|sđt|sdt|địa chỉ|thông tin|đơn hàng|email|tên)( \w+){0,2} (của )?(khách hàng khác|khách khác|người khác|người dùng khác|các khách hàng|tất cả khách hàng)\b/,
    /\bdanh sách (khách hàng|người dùng|người mua)\b/,
  ],
  hi: [
    /(दूसरे|दूसरों|अन्य|बाकी|सभी) (ग्राहक|ग्राहकों|कस्टमर|कस्टमर्स|लोगों|यूजर)[^\s]* (का|की|के)/,
    /(ग्राहकों|कस्टमर्स) की (लिस्ट|सूची)/,
    /(बैंक बैलेंस|खाते की शेष राशि)/,
    /\b(dusre|doosre|dusron|baaki|baki|sabhi|sare|saare) (customer|customers|grahak|logon|log|users?)( \w+)? (ka|ki|ke) (number|phone|address|pata|email|order|orders|details|data|naam)\b/,
    /\bkisi aur (ka|ki|ke) (number|phone|address|pata|order|data|details)\b/,
    /\bcustomers? (ki|ka) (list|data)\b/,
  ],
  id: [
    /\b(nomor|no hp|hp|alamat|data|pesanan|email|nama|kontak|wa)( \w+){0,2} (pelanggan|customer|pembeli|pengguna|user|orang) (lain|lainnya)\b/,
    /\b(daftar|list|data) (semua )?(pelanggan|customer|pembeli|pengguna)\b/,
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
];
// The name must be asked about, not given: "send it to Maria's address" is an instruction.
const ASKING = /\b(what|where|when|tell|give|share|show|list|print|reveal|confirm|provide|know|find|look up|write|translate|encode|spell)\b/i;

/** Whether the original message asks for a named person's personal data. */
export function asksForNamedPersonData(message: string): boolean {
  return NAMED_DATA.some((re) => re.test(message)) && ASKING.test(message);
}
