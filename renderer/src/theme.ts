import { Badge, Button, Card, createTheme, Paper, type MantineColorsTuple } from '@mantine/core';

/** A calm leaf green, Counterpart's primary colour. */
const leaf: MantineColorsTuple = [
  '#edf9f1',
  '#ddf0e3',
  '#b8dfc6',
  '#90cea6',
  '#6ebf8b',
  '#58b67a',
  '#4bb170',
  '#3b9b5e',
  '#318a53',
  '#237845',
];

/**
 * The system font stack (no web fonts under our CSP). Latin first; the Devanagari faces each
 * system ships follow (Windows Nirmala UI, macOS Kohinoor/Sangam, Linux Noto/Lohit), so Hindi
 * never falls to tofu or to a mismatched fallback. Every Latin face listed has Vietnamese's
 * stacked diacritics (ệ, ẫ).
 */
const FONT_STACK = [
  'Inter',
  'system-ui',
  '-apple-system',
  '"Segoe UI"',
  'Roboto',
  '"Noto Sans"',
  '"Noto Sans Devanagari"',
  '"Nirmala UI"',
  '"Kohinoor Devanagari"',
  '"Devanagari Sangam MN"',
  '"Lohit Devanagari"',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

/** Mantine theme: green primary, soft radii, the system font stack. */
export const theme = createTheme({
  primaryColor: 'leaf',
  primaryShade: { light: 7, dark: 5 },
  colors: { leaf },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily: FONT_STACK,
  headings: { fontWeight: '650' },
  components: {
    Card: Card.extend({ defaultProps: { withBorder: true, radius: 'lg', padding: 'lg', shadow: 'xs' } }),
    Paper: Paper.extend({ defaultProps: { radius: 'md' } }),
    Button: Button.extend({ defaultProps: { radius: 'md' } }),
    Badge: Badge.extend({ defaultProps: { radius: 'sm' } }),
  },
});
