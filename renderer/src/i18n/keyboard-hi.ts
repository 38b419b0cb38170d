import type { keyboardEn } from './keyboard-en';

/** Hindi strings of the keyboard shortcuts and "Sent · Undo". */
export const keyboardHi: typeof keyboardEn = {
  sheetTitle: 'कीबोर्ड शॉर्टकट',
  sheetIntro: 'इनबॉक्स में, जब कर्सर किसी टेक्स्ट बॉक्स में न हो। Esc से टेक्स्ट बॉक्स से बाहर निकलें।',
  open: 'कीबोर्ड शॉर्टकट (?)',
  groups: { move: 'आगे-पीछे', draft: 'ड्राफ़्ट', write: 'लिखना', other: 'अन्य' },
  keys: {
    next: 'अगली बातचीत',
    previous: 'पिछली बातचीत',
    approve: 'ड्राफ़्ट मंज़ूर करें और भेजें',
    approveInEditor: 'एडिटर से मंज़ूर करें और भेजें',
    edit: 'ड्राफ़्ट बदलें (कर्सर उसमें चला जाता है)',
    reject: 'ड्राफ़्ट अस्वीकार करें (वजह वैकल्पिक; Enter से पक्का करें)',
    reply: 'जवाब बॉक्स में लिखें',
    quickReply: 'झटपट जवाब डालें',
    send: 'जवाब बॉक्स से भेजें',
    search: 'चैट खोजें',
    undo: 'दिखते रहने तक आखिरी भेजा हुआ वापस लें',
    leave: 'टेक्स्ट बॉक्स से बाहर निकलें',
    help: 'यह सूची दिखाएँ',
  },
  sent: '{{name}} को भेजा',
  sentHint: '{{seconds}} सेकंड में जाएगा।',
  undo: 'वापस लें',
  undone: 'नहीं भेजा — टेक्स्ट एडिटर में वापस है',
  undoFailed: 'वापस लेने में देर हो गई',
  nothingNext: 'अभी किसी और चीज़ को आपकी ज़रूरत नहीं।',
};
