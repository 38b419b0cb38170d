import type { a11yEn } from './a11y-en';

/** Spanish strings for accessibility and display: the skip link, the theme switch. */
export const a11yEs: typeof a11yEn = {
  skipToMain: 'Saltar al contenido principal',
  theme: 'Tema',
  themeChoice: {
    auto: 'Igual que el sistema',
    light: 'Claro',
    dark: 'Oscuro',
  },
  changeOperatorHint: 'cambiar',
  dismissNotice: 'Cerrar aviso',
};
