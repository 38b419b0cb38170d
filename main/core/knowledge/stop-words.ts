/**
 * Stop words of the six customer languages, folded. Kept short on purpose: a word that is a
 * stop word in one language must not be a content word a shop needs in another.
 */
const LISTS: Record<string, string> = {
  en: `a an the and or but if of to in on at by for from with about as is are was were be been am do does did
    have has had i me my we our you your he she it its they them this that these those what which who whom
    how when where why can could would should will shall may might must please hi hello hey thanks thank
    there here so just any some get got want like need know tell also too very much many not no yes ok okay`,
  es: `el la los las un una unos unas y o pero de del al a en con por para que se su sus es son esta estan
    este esto ese eso soy yo tu te mi mis me le les lo nos hola buenas buenos dias tardes gracias favor
    como cuando donde cual cuales quien hay tiene tienen tengo puedo puede quiero quisiera saber si no ya muy mas`,
  pt: `o os um uma uns umas e ou mas do da dos das no na nos nas em com por para que se seu sua sao esta
    estou eu voce vc me meu minha oi ola obrigado obrigada bom boa dia tarde como quando onde qual quem tem
    tenho posso pode quero saber sim nao ja muito mais`,
  id: `yang dan atau tapi di ke dari untuk dengan ini itu ada apa apakah bisa saya aku kamu anda kami kita
    mau ingin tolong terima kasih halo hai selamat pagi siang sore malam bagaimana kapan dimana mana berapa
    sudah belum tidak ya juga sangat lebih gak nggak kak min`,
  vi: `la va hoac nhung cua cho voi trong tren o den tu nay do co khong ban toi minh em anh chi a oi xin chao
    cam on vui long the nao khi nao dau gi bao nhieu duoc muon can rat nua roi vay nhe a`,
  hi: `hai hain ka ki ke ko se me mein par aur ya kya kaise kab kahan kitna kitne mujhe main hum aap tum
    yeh ye woh wo bhi nahi nahin haan ji kripya dhanyavad namaste bhai
    है हैं का की के को से में पर और या क्या कैसे कब कहाँ कितना मुझे मैं हम आप तुम यह वह भी नहीं हाँ जी`,
};

/** The union of all lists; customers mix languages, and a WhatsApp message has no language tag. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  Object.values(LISTS)
    .flatMap((list) => list.split(/\s+/))
    .map((word) => word.trim())
    .filter(Boolean),
);
