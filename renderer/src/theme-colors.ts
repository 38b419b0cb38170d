/**
 * Colour arithmetic for the theme's CSS variables: WCAG contrast, and the per-scheme colour
 * variables that keep text at AA (4.5:1) in the light and the dark theme. Pure functions, so a
 * unit test can check every pair the screens draw without a browser.
 */

/** A colour palette: ten shades, lightest first, as Mantine's `colors` hold them. */
export type Palette = readonly string[];

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.1 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio between two colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `amount` (0–1) of the way from `from` to `to`. */
export function mix(from: string, to: string, amount: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  return toHex([0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * amount) as Rgb);
}

/** AA for normal-size text, with a little margin for anti-aliasing and rounding. */
export const TEXT_CONTRAST = 4.6;

/**
 * `color`, moved towards `towards` (black to darken, white to lighten) in small steps until it
 * reaches `TEXT_CONTRAST` against every background in `on`. Keeps the hue of the palette.
 */
export function readableOn(color: string, on: readonly string[], towards: string): string {
  let candidate = color;
  for (let step = 1; step <= 40 && on.some((bg) => contrastRatio(candidate, bg) < TEXT_CONTRAST); step += 1) {
    candidate = mix(color, towards, step / 40);
  }
  return candidate;
}

/** The surfaces text sits on in the light theme: body, the page's grey, a light badge. */
export const LIGHT_SURFACES = { body: '#ffffff', page: '#f8f9fa' } as const;

/** The surfaces of the dark theme (Mantine's dark palette: body 7, cards 6, page 8). */
export const DARK_SURFACES = { body: '#242424', card: '#2e2e2e', page: '#1f1f1f' } as const;

/**
 * The dark theme's version of a palette's ten shades: the pale shades (tints drawn as
 * backgrounds and borders) become dark tints of the hue, the deep shades (drawn as text) become
 * pale. So `bg="leaf.0"` or `c="orange.8"` read right in both themes without per-element code.
 */
export function darkShades(palette: Palette, neutral: boolean): string[] {
  const base = DARK_SURFACES.body;
  if (neutral) {
    // Greys: page, card, hover, border … then text from dim to bright.
    return ['#1f1f1f', '#2e2e2e', '#383838', '#424242', '#5c5c5c', '#8a8a8a', '#b0b0b0', '#c9c9c9', '#dee2e6', '#f1f3f5'];
  }
  const tints = [0.16, 0.24, 0.34, 0.46, 0.62].map((amount, i) => mix(base, palette[Math.min(9, 5 + i)]!, amount));
  const text = [palette[4]!, palette[3]!, palette[2]!, palette[1]!, palette[0]!].map((shade) =>
    readableOn(shade, Object.values(DARK_SURFACES), '#ffffff'),
  );
  return [...tints, ...text];
}

/** Per-scheme CSS variables for one colour: what Mantine would set, made readable. */
export function colorVariables(name: string, palette: Palette, neutral: boolean): { light: Record<string, string>; dark: Record<string, string> } {
  const v = (suffix: string) => `--mantine-color-${name}-${suffix}`;
  const lightBgs = [LIGHT_SURFACES.body, LIGHT_SURFACES.page];
  const lightTint = palette[1]!;
  const light: Record<string, string> = {
    [v('text')]: readableOn(palette[7]!, lightBgs, '#000000'),
    [v('light-color')]: readableOn(palette[9]!, [lightTint, palette[2]!, ...lightBgs], '#000000'),
  };
  const darkPalette = darkShades(palette, neutral);
  const lightBg = mix(DARK_SURFACES.body, palette[9]!, 0.3);
  const dark: Record<string, string> = {
    ...Object.fromEntries(darkPalette.map((shade, i) => [v(String(i)), shade])),
    // Mantine's dark variables point at numbered shades; with the shades remapped above, spell
    // them out from the original palette so filled buttons and light badges keep their look.
    [v('filled')]: palette[8]!,
    [v('filled-hover')]: palette[9]!,
    [v('light')]: lightBg,
    [v('light-hover')]: mix(DARK_SURFACES.body, palette[9]!, 0.45),
    [v('light-color')]: readableOn(palette[0]!, [lightBg, mix(DARK_SURFACES.body, palette[9]!, 0.45)], '#ffffff'),
    [v('text')]: readableOn(palette[4]!, Object.values(DARK_SURFACES), '#ffffff'),
    [v('outline')]: palette[4]!,
  };
  return { light, dark };
}

/**
 * A palette whose deep shades (6–9: filled buttons, badges and text) reach AA against white and
 * the page's grey, so white text on them and them as text both read. Pale shades are kept.
 */
export function readablePalette(palette: Palette): string[] {
  return palette.map((shade, i) => (i < 6 ? shade : readableOn(shade, [LIGHT_SURFACES.body, LIGHT_SURFACES.page], '#000000')));
}
