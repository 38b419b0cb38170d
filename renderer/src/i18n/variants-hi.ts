import type { variantsEn } from './variants-en';

/** Hindi strings of product variants and owner-written translations in the knowledge editors. */
export const variantsHi: typeof variantsEn = {
  title: 'वैरिएंट',
  help: 'अपने अलग दाम और स्टॉक वाले विकल्प, जैसे साइज़ L का दाम ज़्यादा। हर एक का अपना SKU होता है।',
  none: 'कोई वैरिएंट नहीं: हर विकल्प का एक ही दाम और स्टॉक।',
  add: 'वैरिएंट जोड़ें',
  remove: 'वैरिएंट {{sku}} हटाएँ',
  sku: 'वैरिएंट SKU',
  options: 'विकल्प',
  optionsPlaceholder: 'size:L',
  price: 'दाम',
  stock: 'स्टॉक',
  count_one: '{{count}} वैरिएंट',
  count_other: '{{count}} वैरिएंट',
  priceRange: '{{min}} – {{max}}',
  errors: {
    skuRequired: 'हर वैरिएंट का अपना SKU होना चाहिए।',
    skuRepeated: 'दो वैरिएंट का SKU एक ही है, या किसी में प्रोडक्ट का SKU है।',
    optionsInvalid: 'हर विकल्प का एक मान लिखें, जैसे size:L या size:L;color:red।',
    optionsRepeated: 'दो वैरिएंट के विकल्प एक जैसे हैं।',
    priceInvalid: 'हर वैरिएंट का दाम बिंदु के साथ लिखें, जैसे 12.50।',
    stockInvalid: 'स्टॉक 0 या उससे बड़ी पूरी संख्या हो, या खाली।',
  },
  translations: {
    title: 'अनुवाद',
    help: 'दूसरी भाषा में आपके अपने शब्द। उस भाषा में लिखने वाले ग्राहकों को यही जवाब मिलता है, जैसा आपने लिखा।',
    addLabel: 'अनुवाद जोड़ें',
    addPlaceholder: 'भाषा चुनें',
    add: 'जोड़ें',
    remove: '{{language}} अनुवाद हटाएँ',
    question: 'सवाल ({{language}})',
    answer: 'जवाब ({{language}})',
    answerRequired: 'अनुवाद में जवाब होना चाहिए।',
    badge: '{{languages}} में भी',
  },
};
