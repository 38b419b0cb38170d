import {
  Badge,
  Button,
  Card,
  NavLink,
  createTheme,
  DEFAULT_THEME,
  defaultCssVariablesResolver,
  Paper,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { colorVariables, DARK_SURFACES, readablePalette, type Palette } from './theme-colors';

/** A calm leaf green, Counterpart's primary colour. */
const leafShades: Palette = ['#edf9f1', '#ddf0e3', '#b8dfc6', '#90cea6', '#6ebf8b', '#58b67a', '#4bb170', '#3b9b5e', '#318a53', '#237845'];

const CHROMATIC = ['red', 'pink', 'grape', 'violet', 'indigo', 'blue', 'cyan', 'teal', 'green', 'lime', 'yellow', 'orange'] as const;

/**
 * Every palette with its deep shades darkened to AA against white (WCAG 2.1: the default
 * leaf 7 under "Approve & send" was 3.5:1, orange badges 3.6:1).
 */
const colors: Record<string, MantineColorsTuple> = Object.fromEntries(
  [['leaf', leafShades] as const, ['gray', DEFAULT_THEME.colors.gray] as const, ...CHROMATIC.map((name) => [name, DEFAULT_THEME.colors[name]] as const)].map(
    ([name, palette]) => [name, readablePalette(palette) as unknown as MantineColorsTuple],
  ),
);

/**
 * CSS variables per scheme on top of Mantine's: dimmed text at AA on the body and the page grey
 * (Mantine's gray 6 was 3.3:1), readable `-text`/`-light-color` for every palette, and in the
 * dark theme the palettes' shades remapped (pale tints dark, deep shades pale) so the screens'
 * `bg="gray.0"`, borders and coloured text follow the theme without per-element code.
 */
export const cssVariablesResolver: CSSVariablesResolver = (mantineTheme) => {
  const base = defaultCssVariablesResolver(mantineTheme);
  const light: Record<string, string> = { ...base.light, '--mantine-color-dimmed': '#5c636a', '--mantine-color-placeholder': '#6b7178' };
  const dark: Record<string, string> = {
    ...base.dark,
    '--mantine-color-dimmed': '#b8b8b8',
    '--mantine-color-placeholder': '#9a9a9a',
    '--mantine-color-body': DARK_SURFACES.body,
  };
  for (const [name, palette] of Object.entries(colors)) {
    const vars = colorVariables(name, palette, name === 'gray');
    Object.assign(light, vars.light);
    Object.assign(dark, vars.dark);
  }
  return { variables: base.variables, light, dark };
};

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
  primaryShade: { light: 7, dark: 8 },
  colors,
  // Black or white text on a filled colour, whichever reaches AA (the threshold is where both
  // give 4.58:1).
  autoContrast: true,
  luminanceThreshold: 0.179,
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily: FONT_STACK,
  headings: { fontWeight: '650' },
  components: {
    Card: Card.extend({ defaultProps: { withBorder: true, radius: 'lg', padding: 'lg', shadow: 'xs' } }),
    Paper: Paper.extend({ defaultProps: { radius: 'md' } }),
    Button: Button.extend({ defaultProps: { radius: 'md' } }),
    Badge: Badge.extend({ defaultProps: { radius: 'sm' } }),
    // The active item's hint is drawn at 90% opacity by default: 4.0:1 on the hovered tint.
    NavLink: NavLink.extend({ styles: { description: { '--description-opacity': 1 } } }),
  },
});
