import type { a11yEn } from './a11y-en';
import type { OtherOnly } from './plural-shape';

/** Indonesian strings for accessibility and display: the skip link, the theme switch. */
export const a11yId: OtherOnly<typeof a11yEn> = {
  skipToMain: 'Langsung ke konten utama',
  theme: 'Tema',
  themeChoice: {
    auto: 'Ikuti sistem',
    light: 'Terang',
    dark: 'Gelap',
  },
  changeOperatorHint: 'ganti',
  dismissNotice: 'Tutup pemberitahuan',
};
