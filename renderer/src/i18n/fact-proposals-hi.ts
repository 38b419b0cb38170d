import type { factProposalsEn } from './fact-proposals-en';

/** Hindi strings of customer facts proposed in the background: the settings section. */
export const factProposalsHi: typeof factProposalsEn = {
  title: 'बातचीत से जानकारी',
  description:
    'मॉडल होने पर, जब आप जवाब दे चुके हों और चैट शांत हो जाए (या आपने उसे हल कर दिया हो), तो सहायक ग्राहक के नए संदेश पढ़कर उसके कार्ड के लिए जानकारी सुझाता है, जैसे साइज़ या एलर्जी। कोई सुझाव ड्राफ़्ट में तब तक इस्तेमाल नहीं होता जब तक कोई व्यक्ति कार्ड पर उसे मंज़ूरी न दे।',
  enabled: 'बातचीत से जानकारी सुझाएँ',
  noModel: 'इसके लिए मॉडल चाहिए। मॉडल के बिना, स्टाफ़ ग्राहक कार्ड पर जानकारी जोड़ता है।',
  saved: 'सहेजा गया।',
  failed: 'सहेजा नहीं गया: {{message}}',
};
