/** English strings for accessibility and display: the skip link, the theme switch. */
export const a11yEn = {
  skipToMain: 'Skip to main content',
  theme: 'Theme',
  themeChoice: {
    auto: 'Same as the system',
    light: 'Light',
    dark: 'Dark',
  },
  changeOperatorHint: 'change',
  /** A toast's close button (an icon: it needs a name). */
  dismissNotice: 'Dismiss',
};
