import type { staffEn } from './staff-en';

/** Hindi strings for staff: the Staff panel and the header's quick switch. */
export const staffHi: typeof staffEn = {
  title: 'स्टाफ़ और PIN',
  description:
    'दुकान पर Counterpart कौन इस्तेमाल करता है। सभी मंज़ूर करते, बदलते और जवाब देते हैं; सिर्फ़ मालिक मॉडल बदलता है, जानकारी हटाता या इंपोर्ट करता है, और स्टाफ़ संभालता है। गतिविधि में हर काम के साथ काउंटर पर बैठे व्यक्ति का नाम दर्ज होता है।',
  name: 'नाम',
  role: 'भूमिका',
  roles: { owner: 'मालिक', staff: 'स्टाफ़' },
  pin: 'PIN (वैकल्पिक)',
  pinHelp: '4 से 8 अंक, जब कोई इस व्यक्ति पर स्विच करे तब पूछा जाता है। साझा कंप्यूटर पर मालिकों के लिए सुझाया गया।',
  newPin: 'नया PIN',
  pinSet: 'PIN सेट है',
  noPin: 'कोई PIN नहीं',
  atDesk: 'काउंटर पर',
  add: 'व्यक्ति जोड़ें',
  addTitle: 'व्यक्ति जोड़ें',
  edit: 'बदलें',
  editTitle: '{{name}} को बदलें',
  clearPin: 'PIN हटाएँ',
  keepPin: 'मौजूदा PIN रखने के लिए खाली छोड़ें।',
  remove: 'हटाएँ',
  removeConfirm: '{{name}} को हटाएँ? उनके पुराने काम गतिविधि में बने रहेंगे।',
  saved: 'सेव हो गया।',
  ownerOnly: 'सिर्फ़ मालिक लोगों को जोड़ या दूसरों को बदल सकता है। आप अपना नाम और PIN बदल सकते हैं।',
  switch: {
    button: 'काउंटर पर कौन है, बदलें',
    title: 'काउंटर पर कौन है?',
    pinFor: '{{name}} का PIN',
    go: 'स्विच करें',
    manage: 'स्टाफ़ संभालें',
    switched: '{{name}} काउंटर पर हैं।',
  },
  errors: {
    wrongPin: 'यह PIN सही नहीं है।',
    rateLimited: 'बहुत बार गलत PIN। कुछ मिनट रुककर फिर कोशिश करें।',
    ownerOnly: 'यह सिर्फ़ मालिक कर सकता है। किसी मालिक से स्विच करने को कहें।',
  },
};
