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

/** Mantine theme: green primary, soft radii, the system font stack (no web fonts under our CSP). */
export const theme = createTheme({
  primaryColor: 'leaf',
  primaryShade: { light: 7, dark: 5 },
  colors: { leaf },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Card: Card.extend({ defaultProps: { withBorder: true, radius: 'lg', padding: 'lg', shadow: 'xs' } }),
    Paper: Paper.extend({ defaultProps: { radius: 'md' } }),
    Button: Button.extend({ defaultProps: { radius: 'md' } }),
    Badge: Badge.extend({ defaultProps: { radius: 'sm' } }),
  },
});
