import type { a11yEn } from './a11y-en';

/** Hindi strings for accessibility and display: the skip link, the theme switch. */
export const a11yHi: typeof a11yEn = {
  skipToMain: 'मुख्य सामग्री पर जाएँ',
  theme: 'थीम',
  themeChoice: {
    auto: 'सिस्टम जैसी',
    light: 'हल्की',
    dark: 'गहरी',
  },
  changeOperatorHint: 'बदलें',
  dismissNotice: 'सूचना बंद करें',
};
