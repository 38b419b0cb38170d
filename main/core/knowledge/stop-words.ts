/**
 * Stop words of the six customer languages, folded (no accents, no apostrophes). Kept short on
 * purpose: a word that is a stop word in one language must not be a content word a shop needs in
 * another, so nouns and most verbs stay out even when they are frequent ("price", "envio").
 */
const LISTS: Record<string, string> = {
  en: `a an the and or but if of to in on at by for from with about as into is are was were be been being am
    do does did doing have has had having i me my mine myself we us our you your yours he him his she her it its
    they them their this that these those what which who whom whose how when where why can could would should
    will shall may might must please pls plz hi hello hey thanks thank thx there here so just any some get got
    want wanna like need know tell also too very much many not no yes ok okay dont doesnt didnt cant couldnt
    wont wouldnt isnt arent wasnt im ive id ill youre whats hows wheres thats theres lets u ur one wants wanted
    sell sells selling sold buy buying`,
  es: `el la los las lo un una unos unas y e o u pero de del al a en con sin por para que se su sus es son
    era fue ser esta estan estoy este esto estos esta ese eso esa esos soy yo tu usted ustedes te ti mi mis me
    le les nos hola buenas buenos buen dias tardes noches gracias favor porfa como cuando donde cual cuales
    quien hay tiene tienen tengo tienes puedo puede pueden podria quiero quisiera saber si no ya muy mas tambien
    venden vende vendes comprar compro`,
  pt: `o os a as um uma uns umas e ou mas de do da dos das no na nos nas em com sem por pelo pela para que se
    seu sua seus suas sao esta estao estou eu voce voces vc vcs me te meu minha oi ola obrigado obrigada bom boa
    dia tarde noite como quando onde qual quais quem tem tenho posso pode podem queria quero saber sim nao ja
    muito mais tambem vendem vende comprar compro`,
  id: `yang dan atau tapi di ke dari untuk dengan ini itu ada apa apakah bisa saya aku kamu anda kami kita
    mau ingin tolong terima kasih halo hai selamat pagi siang sore malam bagaimana gimana kapan dimana mana
    sudah udah belum tidak ya juga sangat lebih gak nggak enggak kak min dong deh sih kah nya cara
    jual beli pakai pake`,
  vi: `la va hoac nhung cua cho voi trong tren o den tu nay do co khong ko ban toi minh em anh chi a oi xin
    chao cam on vui long the nao khi dau gi bao nhieu duoc muon can rat nua roi vay nhe ah`,
  hi: `hai hain ho ka ki ke ko se me mein par aur ya kya kaise kab kahan kitna kitne mujhe main hum aap tum
    yeh ye woh wo bhi nahi nahin na haan ji kripya dhanyavad namaste bhai bhaiya sir madam hu hoon tha thi
    है हैं का की के को से में पर और या क्या कैसे कब कहां कितना कितने मुझे मैं हम आप तुम यह ये वह वो भी नहीं हां जी
    hota hoti hote hoga hogi raha rahi rahe rehta rehti rehte gaya gayi gaye jayega jaega jayegi kar karna karni
    karo kare karen karte karta karti karenge karoge kiya kijiye dena doge dijiye diya sakta sakti sakte sakenge
    chahiye chahta chahti liye wala wali wale ise iska uska apna apni apne mera meri mere maine aapka aapki
    aapke aapse aapko hume humein hamara hamari hamare koi kuch jo jab tak sath saath bahut abhi bas lekin agar
    kyu kyun kaun kaunsa kaunse kitni kis kisi
    था थी थे हूं हो होता होती होते होगा होगी रहा रही रहे रहता रहती रहते गया गई गए जाएगा जाएगी कर करना करनी करो
    करें करते करता करती करेंगे करोगे किया कीजिए दे देना दें देंगे दोगे दीजिए दिया सकता सकती सकते सकूं चाहिए चाहता
    चाहती लिए लिये वाला वाली वाले इस उस इसे उसे इसका उसका इसकी उसकी अपना अपनी अपने मेरा मेरी मेरे मैंने आपका आपकी
    आपके आपसे आपको हमें हमारा हमारी हमारे तो ही कोई कुछ जो जब तक साथ बहुत अभी बस लेकिन अगर क्यों कौन कौनसा कौनसे
    कितनी किस किसी`,
};

/** The union of all lists; customers mix languages, and a WhatsApp message has no language tag. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  Object.values(LISTS)
    .flatMap((list) => list.split(/\s+/))
    .map((word) => word.trim())
    .filter(Boolean),
);
