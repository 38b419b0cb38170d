import type { quickRepliesEn } from './quick-replies-en';

/** Hindi strings of quick replies: the `/` picker and the settings section. */
export const quickRepliesHi: typeof quickRepliesEn = {
  title: 'झटपट जवाब',
  description: 'जो टेक्स्ट आप अक्सर भेजते हैं। किसी भी जवाब बॉक्स या ड्राफ़्ट में / और शॉर्टकट टाइप करके डालें — ग्राहक की भाषा में, अगर आपने उसमें लिखा है।',
  variablesHint: 'आप {name} (ग्राहक का पहला नाम — पता न हो तो छूट जाता है), {fullname}, {shop}, {operator}, {hours} और {location} इस्तेमाल कर सकते हैं।',
  add: 'झटपट जवाब जोड़ें',
  edit: 'बदलें',
  delete: 'हटाएँ',
  deleteConfirm: '/{{shortcut}} हटाएँ?',
  empty: 'अभी कोई झटपट जवाब नहीं।',
  titleLabel: 'शीर्षक',
  titlePlaceholder: 'खुलने का समय',
  shortcutLabel: 'शॉर्टकट',
  shortcutDescription: 'अक्षर, अंक, - या _; / के बाद टाइप करें।',
  textLabel: '{{language}} में टेक्स्ट',
  textPlaceholder: 'नमस्ते {name}! हम सोमवार से शनिवार, 9:00–19:00 खुले रहते हैं।',
  languagesWritten: 'भाषाएँ',
  saved: 'झटपट जवाब सेव हो गया',
  deleted: 'झटपट जवाब हटा दिया',
  pickerLabel: 'झटपट जवाब',
  pickerEmpty: 'अभी कोई झटपट जवाब नहीं। असिस्टेंट → झटपट जवाब में जोड़ें।',
  pickerNoMatch: '/{{query}} से कोई झटपट जवाब मेल नहीं खाता।',
  pickerHint: '↑ ↓ से चुनें · Enter से डालें · Esc से बंद करें',
  colShortcut: 'शॉर्टकट',
  colTitle: 'शीर्षक',
  colLanguages: 'भाषाएँ',
};
