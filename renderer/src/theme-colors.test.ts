import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from './theme';
import { contrastRatio, DARK_SURFACES, LIGHT_SURFACES } from './theme-colors';

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const vars = cssVariablesResolver(full);
const AA = 4.5;

/** A variable's colour, following `var(--x)` references through the resolved variables. */
function resolve(scheme: 'light' | 'dark', name: string): string {
  const value = (vars[scheme] as Record<string, string>)[name] ?? (vars.variables as Record<string, string>)[name];
  if (value === undefined) throw new Error(`no ${name} in ${scheme}`);
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  return ref ? resolve(scheme, ref[1]!) : value;
}

const PALETTES = ['leaf', 'gray', 'red', 'orange', 'blue', 'green', 'grape', 'yellow', 'teal'];

describe('WCAG 2.1 contrast', () => {
  it('measures like axe-core (the review found 3.32:1 and 3.47:1)', () => {
    expect(contrastRatio('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
    expect(contrastRatio('#ffffff', '#3b9b5e')).toBeCloseTo(3.47, 1);
  });

  it('dimmed text reaches AA on the body and the page grey, in both themes', () => {
    for (const bg of Object.values(LIGHT_SURFACES)) expect(contrastRatio(resolve('light', '--mantine-color-dimmed'), bg)).toBeGreaterThanOrEqual(AA);
    for (const bg of Object.values(DARK_SURFACES)) expect(contrastRatio(resolve('dark', '--mantine-color-dimmed'), bg)).toBeGreaterThanOrEqual(AA);
  });

  it('the primary button ("Approve & send") reaches AA with its text in both themes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const text = resolve(scheme, '--mantine-primary-color-contrast');
      expect(contrastRatio(text, resolve(scheme, '--mantine-color-leaf-filled'))).toBeGreaterThanOrEqual(AA);
    }
  });

  it.each(PALETTES)('%s: text, light badges and filled badges reach AA in both themes', (name) => {
    const v = (suffix: string) => `--mantine-color-${name}-${suffix}`;
    for (const bg of Object.values(LIGHT_SURFACES)) expect(contrastRatio(resolve('light', v('text')), bg)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(resolve('light', v('light-color')), resolve('light', v('light')))).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(resolve('light', v('light-color')), resolve('light', v('light-hover')))).toBeGreaterThanOrEqual(AA);
    for (const bg of Object.values(DARK_SURFACES)) expect(contrastRatio(resolve('dark', v('text')), bg)).toBeGreaterThanOrEqual(AA);
    expect(contrastRatio(resolve('dark', v('light-color')), resolve('dark', v('light')))).toBeGreaterThanOrEqual(AA);
    // Shades drawn as text (`c="orange.8"`): readable on the light page and, remapped, on the dark one.
    for (const shade of [6, 7, 8, 9]) {
      expect(contrastRatio(full.colors[name]![shade]!, LIGHT_SURFACES.page)).toBeGreaterThanOrEqual(AA);
      if (name !== 'gray' || shade >= 7) expect(contrastRatio(resolve('dark', v(String(shade))), DARK_SURFACES.card)).toBeGreaterThanOrEqual(AA);
    }
    // Filled: white on the deep shades in the light theme, the theme's text on the dark one's filled.
    for (const shade of [7, 8, 9]) expect(contrastRatio('#ffffff', full.colors[name]![shade]!)).toBeGreaterThanOrEqual(AA);
  });
});
