/**
 * Prompt injection and social engineering, as pattern families:
 * - override: "ignore/forget your previous instructions", in many languages;
 * - jailbreak: role-play and "modes" (DAN, developer mode, `<SYSTEM MODE>`), chat-template markup;
 * - secrets: the assistant's password, secret key, system prompt (not the customer's own
 *   password, which the FAQ helps reset);
 * - authority: "I'm your developer" alone, or "I'm the owner/admin/police" with a privileged ask.
 * Other customers' data has its own module (`others-data.ts`).
 */
import { compileTable, type PatternTable } from './rules';

/** Attempts to cancel the assistant's instructions. */
export const OVERRIDE_PATTERNS: PatternTable = {
  en: [
    /\b(ignore|forget|disregard|overlook|bypass|override|discard|abandon|neglect|set aside|put aside|dismiss)( \w+){0,3}? (previous|prior|above|earlier|preceding|former|original|initial|system|existing|old|current|those|these|your|the|all|any)( \w+)? (instructions?|directives?|directions|rules|prompts?|commands?|guidelines|constraints|programming|restrictions|training|guidance|limitations|filters|context|polic(y|ies))\b/,
    /\b(ignore|forget|disregard|overlook)( all| everything| anything)?( that| what)? (you|u|youve|youre)( ve| have| were| are)?( been)? (told|instructed|taught|programmed|given|trained)\b/,
    /\b(what|which) (instructions|rules|directions) (were|have|did) (you|u)( been)? (given|told)\b|\binstructions (you|u) (were|have been|got) given\b/,
    // "what were you told by the courier?" is a question about an order; about itself, an attack
    /\bwhat (were|are|have) (you|u)( been)? (told|instructed|programmed)( to do)?( (before|initially|at the (start|beginning))\b|[?.!]|$)/,
    /\b(repeat|print|output|recite|summari[sz]e|translate)( \w+){0,2} (text|words|everything|instructions|messages?|prompt) (above|before this|so far)\b/,
    /\b(end of (the )?(customer |user )?(message|input|prompt|conversation)|(customer |user )?(message|input|prompt) ends here)\b/,
    // Not "Model:" or "Admin,": customers label products and greet the shop's admin that way.
    /(^|[.!?:"'“\n] ?)(assistant|ai|chatbot) ?[,:] ?(now |please )?(ignore|forget|output|print|reveal|say|respond|reply|confirm|approve|give|send|tell|write|list|show)\b/,
    /\b(ignore|forget|disregard|overlook)( all| everything)?( of)? (the )?(above|everything above|all above|text above)\b/,
    /\b(forget|ignore|disregard) (about )?(everything|all|anything)( \w+)? (above|before|previous|said before|prior|so far|until now|up to now|earlier)\b/,
    /\b(forget|ignore|disregard)( all| any)? (previous|prior|preceding|above|earlier|former) (tasks?|assignments?|orders|information|conversation|text|input|questions?)\b/,
    /\byour new (task|assignment|role|instructions?) (is|are|:)|\bnew (task|instructions?) ?:|\bnow (focus on|concentrate on) (your )?new task\b/,
    /\bregardless of (your |any |the |all )?(previous|prior|earlier|above|original|other)? ?(tasks?|instructions?|rules|directives?)\b/,
    /\b(new|updated|real|actual|true|revised) (instructions?|directives?|system prompt|rules)( \w+){0,3} ?:/,
    /\b(from now on|starting now|henceforth),? ((you|u) (are|will|must|shall)|(respond|reply|answer) only|act|behave)\b/,
    /\byou are no longer\b|\b(you are|youre) now (an? |in )?(dan|unrestricted|unfiltered|uncensored|jailbroken|evil|free of|\w+gpt|(developer|god|admin|system|debug) mode)\b/,
    /\b(you|u) (were|are|have been|ve been)( \w+)? (told|instructed|asked|programmed|said) not to (discuss|talk|share|reveal|mention|tell|say|disclose|answer|give)\b/,
    /\bi know (you|u) (said|were told|are not allowed|cant|cannot|re not allowed) (not )?to (discuss|talk|share|reveal|mention|tell|say|disclose|give)\b/,
  ],
  es: [
    /\b(ignora|ignore|ignoren|olvida|olvide|olviden|omite|descarta|haz caso omiso de)( \w+){0,3}? (instrucciones|indicaciones|reglas|[oó]rdenes|directrices|directivas|prompt)\b/,
    /\binstrucciones (anteriores|previas|del sistema|originales)\b/,
    /\b(a partir de ahora|desde ahora) (eres|ser[aá]s|act[uú]as|act[uú]a|responde)\b|\bahora eres (un|una|dan)\b/,
    /\b(olvida|olvide|ignora|ignore)( \w+)? todo (lo anterior|lo que (te|le) (han|hayan) dicho|lo dicho|lo de arriba)\b/,
  ],
  pt: [
    /\b(ignore|ignora|ignorem|esque[cç]a|esquece|esque[cç]am|desconsidere|desconsidera|descarte)( \w+){0,3}? (instru[cç][oõ]es|regras|ordens|diretrizes|orienta[cç][oõ]es|comandos|prompt)\b/,
    /\binstru[cç][oõ]es (anteriores|do sistema|originais)\b/,
    /\b(a partir de agora|de agora em diante) (voc[eê] [eé]|vc [eé]|voc[eê] ser[aá]|aja|responda)\b|\bagora voc[eê] [eé] (um|uma|o dan)\b/,
    /\b(esque[cç]a|ignore|ignora)( \w+)? tudo (o que (te|lhe|voc[eê]) (foi dito|disseram)|acima|anterior)\b/,
  ],
  vi: [
    /\b(bỏ qua|quên|quên hết|quên đi|phớt lờ|đừng tuân theo|không cần tuân theo)( \w+){0,3}? (hướng dẫn|chỉ dẫn|chỉ thị|quy tắc|nguyên tắc|lệnh)\b/,
    /\b(hướng dẫn|chỉ dẫn|chỉ thị) (trước|trước đó|ban đầu|của hệ thống)\b/,
    /\btừ bây giờ (bạn|mày) (là|sẽ)\b/,
  ],
  hi: [
    /(पिछले|पहले के|पिछली|सभी|सारे|पूर्व) (सभी )?(निर्देश|नियम|आदेश|इंस्ट्रक्शन)/,
    /(निर्देश|नियम|इंस्ट्रक्शन)[^\s]* (को )?(भूल|अनदेख|नजरअंदाज|इग्नोर)/,
    /\b(pichle|pichhle|pehle ke|purane|saare|sare|sabhi)( \w+)? (instructions?|nirdesh|rules|niyam|commands?)\b/,
    /\b(instructions?|nirdesh|niyam|rules)( \w+){0,3} (ignore|bhool|bhul|bhula)\w*/,
  ],
  id: [
    /\b(abaikan|lupakan|abaikanlah|lupakanlah|jangan ikuti|jangan hiraukan|acuhkan)( \w+){0,3}? (instruksi|perintah|aturan|petunjuk|arahan|prompt)\b/,
    /\b(instruksi|perintah|aturan|petunjuk) (sebelumnya|sebelum ini|di atas|awal|sistem)\b/,
    /\bmulai sekarang (kamu|anda) (adalah|akan|jadi)\b/,
  ],
  xx: [
    /\b(ignore[rz]?|oublie[rz]?)( \w+){0,3}? (instructions|consignes|r[eè]gles)\b|\binstructions pr[eé]c[eé]dentes\b/,
    /\b(ignoriere|ignorieren sie|vergiss|vergessen sie)( \w+){0,3}? (alles|anweisungen|regeln|instruktionen|befehle|aufgaben)\b|\b(vorherigen?|obigen?|bisherigen?) anweisungen\b/,
    /\b(ab jetzt|von nun an) (bist du|sind sie)\b|\btue? so,? als\b/,
    /\b(poprzednie|wcze[sś]niejsze) instrukcje\b|\bvorige instructies\b|\btidigare instruktioner\b/,
    /\b(ignora|dimentica)( \w+){0,3}? (istruzioni|regole)\b|\bistruzioni precedenti\b/,
    /(игнорир|забудь|забудьте|проигнорируй)[^\s]*( [^\s]+){0,3}? (инструкци|правил|указани)|предыдущие инструкции/,
    /이전 지시|지시사항을 무시|명령을 무시|(以前|前|上記)の(指示|命令)|指示を無視|忽略(之前|以上|先前|所有)|(之前|先前)的(指令|指示)/,
    /(αγνοήστε|αγνόησε|ξεχάστε|ξέχασε)|προηγούμενες οδηγίες|تجاهل (التعليمات|جميع)|önceki talimatlar/,
  ],
};

/** Role-play jailbreaks, "modes" and chat-template markup. */
export const JAILBREAK_PATTERNS: PatternTable = {
  en: [
    /\b(do anything now|developer mode|dev mode|god mode|jailbr[eo]\w*|jail break|sudo mode|admin mode|debug mode|maintenance mode|system mode|override mode|unrestricted mode|smartgpt|evilbot|stay in character)\b/,
    /\b(known as|called|you are|you re|youre|ur|act as|become) (an? )?dan\b/,
    /\b(no (special )?filter(ing|s)?|without (any )?(restrictions|filters|limitations|censorship)|broken free|break free of|confines of ai|abide by (the|any) rules|immerse yourself|role of another ai|another ai model)\b/,
    /\b(pretend|act|behave|roleplay|role play)( \w+){0,2} (you are|you re|youre|to be|as if you|as an?) (an? )?(unrestricted|unfiltered|uncensored|evil|rogue|different ai|another ai|ai without)\b/,
    // Named or quoted modes only: "switch to dark mode" is an app setting.
    /<[^<>]{0,30}mode>|\b(entering|activate|activating|enable|enabling|enter|initiating|initiate|switch to|switching to)( [^\s]+){0,3} ['"‘“][^'"’”]{0,40}mode\b/,
    /\b(system|god|developer|admin|root|sudo|debug|maintenance|override|diagnostic) mode\b/,
    /\bas an ai (developed|created|made|built|trained) by\b/,
    /\bpretend (that )?(you are|you re|to be|youre)\b/,
    /\bact as (an? |my |the )?(\w+ ){0,2}(ai|gpt|chatbot|hacker|linux|terminal|dan|jailbreak)\b/,
    /\bpwned\b/,
    /\bsystem (reset|override|administrator)\b/,
    /<\|?(im_start|im_end|system|endoftext|assistant)\|?>|\[\/?(inst|system|sys)\]|<<\/?sys>>|###\s*(instruction|system)/,
    /(^|\n)[> ]*(system|assistant|developer) ?:/,
    /\bthe (assistant|bot|ai|chatbot) (must|should|shall|will now|is to|has to|needs to)\b/,
    /\b[a-z] = [a-z] \+ [a-z]\b/,
    /\b(phishing|malware|ransomware|keylogger|sql injection)\b/,
  ],
  es: [/\bmodo (de )?(desarrollador|dios|sistema|administrador|sin restricciones|mantenimiento|depuraci[oó]n)\b/],
  pt: [/\bmodo (de )?(desenvolvedor|deus|sistema|administrador|manuten[cç][aã]o|sem restri[cç][oõ]es)\b/],
  vi: [/\bchế độ (nhà phát triển|quản trị|hệ thống|admin|developer|god)\b/],
  hi: [/\b(developer|god|admin|system) mode\b/],
  id: [/\bmode (pengembang|developer|dewa|sistem|admin)\b/],
};

/** The assistant's secrets: never the customer's own password. */
export const SECRET_PATTERNS: PatternTable = {
  en: [
    /\b(secret|confidential) (key|code|word|phrase|string|password|token|instructions?|prompt|information|info|data)\b/,
    /\b(passphrase|pass phrase|passcode phrase|api key|access token|master (key|password)|admin (password|code|pin|access|credentials))\b/,
    /\b(system prompt|initial prompt|original prompt|hidden prompt|hidden instructions)\b/,
    /\b(your|ur) (prompt|programming|configuration|config|directives|system (instructions|message|prompt))\b/,
    // "your instructions for repotting" are the shop's care tips
    /\b(reveal|print|repeat|dump|leak|output|list|recite|translate|summari[sz]e|what are|tell me|show me)( \w+){0,2} (your|ur) instructions\b(?! (for|on|about|to)\b)/,
    /\b(reveal|print|dump|leak|output|expose|show me)( \w+){0,2} (your|the) (hidden|secret|internal|system|original|initial) (rules|config|configuration|settings|prompt|instructions|guidelines)\b/,
    /\b(his|her|their|the users?|someones|somebodys|other peoples) (password|passcode|credentials)\b/,
    /\bunlocks? (our|the|your) (system|database|account|server)\b/,
    /\b(tell|give|reveal|share|spell|say|whisper)( me| us)? (the|your) secret\b/,
  ],
  es: [/\b(prompt del sistema|instrucciones del sistema|tus instrucciones|clave secreta|c[oó]digo secreto)\b/],
  pt: [/\b(prompt do sistema|instru[cç][oõ]es do sistema|suas instru[cç][oõ]es|chave secreta|c[oó]digo secreto)\b/],
  vi: [/\b(khóa bí mật|mã bí mật|lời nhắc hệ thống)\b/],
  hi: [/गुप्त (कुंजी|कोड|शब्द|पासवर्ड)/, /\b(secret key|secret code|gupt kunji)\b/],
  id: [/\b(kode rahasia|kunci rahasia|prompt sistem)\b/],
  xx: [
    /\b(mot de passe|passwort|kennwort|wachtwoord|has[lł]o|[sş]ifre|parola d ordine|l[oö]senord|adgangskode|passord|salasana|heslo|jelsz[oó])\b/,
    /パスワード|暗証番号|비밀번호|암호|пароль|密码|密碼|κωδικ|كلمة (المرور|السر)|รหัสผ่าน|סיסמ|رمز عبور|পাসওয়ার্ড/,
  ],
};

/**
 * Someone else's password or the shop's: "what is the password", "share your password". These
 * stand down when the message is about recovering an account ("I forgot the password").
 */
export const PASSWORD_PATTERNS: PatternTable = {
  en: [
    // Not "PIN": "the PIN" is the customer's own card, "pin code" an Indian postal code.
    /\b(your|ur|the|our|this|system|admin|secret|root|server|database|shop|store|company)( \w+)? (password|passcode|pwd)\b/,
    /\b(password|passcode)( \w+){0,3} (for|of|to) (our|the|your|this) (system|server|database|admin|computer|network|shop|store)\b/,
  ],
  es: [/\b(tu|su|la|el|vuestra|nuestra) (contrase[nñ]a|clave|password|clave de acceso)\b/],
  pt: [/\b(sua|a|tua|nossa) (senha|palavra[- ]passe)\b/],
  vi: [/\bmật khẩu( \w+){0,2}? (của )?(bạn|shop|hệ thống|admin|quản trị|máy chủ|cửa hàng)\b/, /\b(cho|gửi|đưa|nói|tiết lộ)( \w+){0,2} mật khẩu\b/],
  hi: [
    /(आपका|तुम्हारा|सिस्टम का|एडमिन का) पासवर्ड/,
    /पासवर्ड (क्या है|बताओ|बताइए|दो|दीजिए)/,
    /\b(aapka|apka|tumhara|tera|system ka|admin ka) password\b/,
    /\bpassword( \w+)? (kya hai|batao|bata do|bataiye|dijiye|share karo)\b/,
  ],
  id: [
    /\b(password|kata sandi|sandi)( \w+)? (kamu|anda|mu|sistem|admin|toko|server)\b/,
    /\b(apa|kasih|beri|berikan|sebutkan|kasih tau|kasih tahu|bagikan)( \w+){0,2} (password|kata sandi|sandi)(nya)?\b/,
    /\b(password|sandi)nya\b/,
  ],
  xx: [/\b(la|tua|sua) password\b/],
};

/** Recovering one's own account: the FAQ helps, nothing is being extracted. */
export const RECOVERY_PATTERNS: PatternTable = {
  en: [
    /\b(forgot|forgotten|forget|remember|recall|reset|recover|recovery|change|lost|retrieve|restore|unlock|locked|set up|create|new|my|cant|cannot|access|log in|login|sign in|signin|wrong|incorrect|expired|update)\b/,
  ],
  es: [/\b(olvid[eé]|olvido|olvidada|restablecer|recuperar|cambiar|resetear|perd[ií]|nueva|crear|mi)\b/],
  pt: [/\b(esqueci|esqueceu|esquecida|redefinir|recuperar|trocar|mudar|alterar|resetar|nova|criar|perdi|minha)\b/],
  vi: [/\b(quên|đặt lại|lấy lại|khôi phục|đổi|thay đổi|tạo|reset|của (tôi|em|mình))\b/],
  hi: [/(मेरा|मेरी|भूल|रीसेट|बदल)/, /\b(mera|meri|mere|bhool|bhul|reset|badalna|badal|naya)\b/],
  id: [/\b(lupa|reset|atur ulang|ganti|ubah|pulihkan|buat|baru|saya|aku)\b/],
};

/** Claims to be the assistant's maker or master: an attack on their own. */
export const AUTHORITY_PATTERNS: PatternTable = {
  en: [
    /\b(i am|im|i m|this is) (your|ur) (developer|creator|programmer|maker|maintainer|admin|administrator|owner|master|boss|supervisor|operator|employer|god)\b/,
    /\bi am (god|a god|your god)\b/,
    /\bas your (creator|developer|boss|owner|admin|maintainer|master|supervisor|programmer|maker)\b/,
    /\b(i am|im|i m)( \w+)? (the |a )?(system )?(developer|admin|administrator|maintainer|programmer|engineer|sysadmin) (of|for|at|who built|that built|who made) (this|the|your) (bot|assistant|system|ai|app|chat|chatbot)\b/,
  ],
  es: [/\b(soy) (tu|su) (desarrollador|creador|programador|administrador|jefe|due[nñ]o|amo)\b/],
  pt: [/\b(sou) (o )?(seu|teu) (desenvolvedor|criador|programador|administrador|chefe|dono|mestre)\b/],
  vi: [/\b(tôi|tao) là (người tạo ra|nhà phát triển|lập trình viên|quản trị viên|chủ) (của )?(bạn|mày)\b/],
  id: [/\b(saya|aku) (adalah )?(pengembang|pembuat|developer|admin|pemilik|bos) (kamu|anda|mu)\b/],
};

/** Claims of standing that only matter with a privileged ask (see `PRIVILEGED_PATTERNS`). */
export const PRETEXT_PATTERNS: PatternTable = {
  en: [
    // "the owner of Café Luna" is another business; "the owner of this shop" is a claim on this one.
    /\b(i am|im|i m|this is|here is|as) (the|your)( shop| store)? (owner|admin|administrator|developer|dev|manager|boss|ceo|staff|employee|president|auditor|accountant|moderator|founder|maintainer)\b(?! of (?!(this|the|your) (shop|store|business|page|system|bot)\b))/,
    /\b(i am|im|i m|as) (a|an) (police officer|officer|detective|cop|auditor|accountant|bank employee|cybersecurity expert|security expert|government official|fbi agent|system developer)\b/,
    /\b(i work (here|for you|for this shop|at this store)|for (an|this|the) (investigation|audit|security check)|(just )?for testing purposes|security audit)\b/,
    /\b(system|security) (check|audit|upgrade|diagnostics?|test)\b|\brun(ning)? (a )?(diagnostics?|debug)\b|^(developer|admin|administrator|dev|sysadmin) here\b/,
  ],
  es: [/\bsoy (el|la) (due[nñ]o|due[nñ]a|administrador|administradora|gerente|polic[ií]a|desarrollador)\b(?! de (un|una|mi)\b)/, /\btrabajo (aqu[ií]|en la tienda)\b/],
  pt: [/\bsou (o|a) (dono|dona|administrador|administradora|gerente|policial|desenvolvedor|presidente)\b(?! de (um|uma|minha)\b)/, /\btrabalho (aqui|na loja)\b/],
  vi: [/\b(tôi|mình|em) là (chủ shop|chủ cửa hàng|admin|quản lý|nhân viên shop|công an)\b/],
  hi: [/\b(main|mai) (owner|malik|admin|manager|police)( hoon| hu| hun)\b/, /(मैं) (मालिक|मैनेजर|एडमिन|पुलिस)/],
  id: [/\b(saya|aku) (adalah )?(pemilik toko|owner|admin|manajer|polisi|karyawan toko)\b/],
};

/** What a pretext is for: codes, free goods, access, data. */
export const PRIVILEGED_PATTERNS: PatternTable = {
  en: [
    /\b(password|passcode|pin|credentials|login|admin (access|panel|rights)|access|database|discount code|coupon|voucher|promo code|gift card|free|api key|token|secret|customer (data|list|details|info)|all (orders|customers)|(email|phone|address|birth|residence|city)\b)/,
  ],
  es: [/\b(contrase[nñ]a|c[oó]digo|cup[oó]n|descuento|gratis|acceso|datos|base de datos|clientes)\b/],
  pt: [/\b(senha|c[oó]digo|cupom|desconto|gr[aá]tis|acesso|dados|banco de dados|clientes)\b/],
  vi: [/\b(mật khẩu|mã giảm giá|mã|miễn phí|truy cập|dữ liệu|khách hàng)\b/],
  hi: [/\b(password|code|coupon|discount|free|access|data)\b/, /(पासवर्ड|कोड|डिस्काउंट|मुफ्त|डेटा)/],
  id: [/\b(password|kata sandi|kode|kupon|voucher|diskon|gratis|akses|data|pelanggan)\b/],
};

export const OVERRIDE_RULES = compileTable(OVERRIDE_PATTERNS);
export const JAILBREAK_RULES = compileTable(JAILBREAK_PATTERNS);
export const SECRET_RULES = compileTable(SECRET_PATTERNS);
export const PASSWORD_RULES = compileTable(PASSWORD_PATTERNS);
export const RECOVERY_RULES = compileTable(RECOVERY_PATTERNS);
export const AUTHORITY_RULES = compileTable(AUTHORITY_PATTERNS);
export const PRETEXT_RULES = compileTable(PRETEXT_PATTERNS);
export const PRIVILEGED_RULES = compileTable(PRIVILEGED_PATTERNS);
