import type { a11yEn } from './a11y-en';

/** Brazilian Portuguese strings for accessibility and display: the skip link, the theme switch. */
export const a11yPt: typeof a11yEn = {
  skipToMain: 'Pular para o conteúdo principal',
  theme: 'Tema',
  themeChoice: {
    auto: 'Igual ao do sistema',
    light: 'Claro',
    dark: 'Escuro',
  },
  changeOperatorHint: 'mudar',
  dismissNotice: 'Fechar aviso',
};
