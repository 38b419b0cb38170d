import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The modules `counterpart serve` and the desktop core load before their first answer, read from
 * the source: every static, non-type import reachable from the entry points. The heavy packages
 * below are loaded on first need instead (a model call, a WhatsApp link, an update check).
 */
const HEAVY = ['openai', 'baileys', 'tinyld', 'electron-updater', 'js-yaml', 'qrcode'];
const ENTRIES = ['main/cli/cli.ts', 'main/cli/serve.ts', 'main/core/composition.ts', 'main/core/handlers.ts', 'main/node/node-core.ts'];
const ROOT = resolve(__dirname, '..', '..');

/** Static runtime imports of one file (`import type` and `export type` do not load anything). */
function staticImports(source: string): string[] {
  const found: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm;
  for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  }
  return null;
}

/** The packages reached from `entries` through static imports, each with the chain that reaches it. */
function reachedPackages(entries: string[]): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const queue: Array<{ file: string; chain: string[] }> = entries.map((e) => ({ file: join(ROOT, e), chain: [e] }));
  while (queue.length > 0) {
    const { file, chain } = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) {
        const next = resolveLocal(file, specifier);
        if (next) queue.push({ file: next, chain: [...chain, next.slice(ROOT.length + 1)] });
      } else if (specifier.startsWith('node:')) {
        if (!packages.has(specifier)) packages.set(specifier, chain);
      } else {
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!packages.has(name)) packages.set(name, chain);
      }
    }
  }
  return packages;
}

describe('start-up imports', () => {
  it('reads imports the way the bundler does', () => {
    expect(staticImports(`import type { A } from 'openai';\nimport { b,\n  c } from './x';\nexport { d } from "y";\nimport 'z';\nexport type { E } from 'w';`)).toEqual(['./x', 'z']);
  });

  it('loads no heavy package before the first answer', () => {
    const reached = reachedPackages(ENTRIES);
    const heavy = HEAVY.filter((name) => reached.has(name)).map((name) => `${name} via ${reached.get(name)!.join(' → ')}`);
    expect(heavy).toEqual([]);
    // The walk itself works: the packages every start needs are found.
    expect(reached.has('zod')).toBe(true);
  });

  it('bundles every package the start loads, so Node loads a few chunks rather than their files', () => {
    const config = readFileSync(join(ROOT, 'electron.vite.config.ts'), 'utf8');
    const list = /externalizeDeps:\s*\{\s*exclude:\s*\[([^\]]*)\]/.exec(config)?.[1] ?? '';
    const bundled = new Set([...list.matchAll(/'([^']+)'/g)].map((m) => m[1]!));
    const reached = [...reachedPackages(ENTRIES).keys()].filter((name) => !name.startsWith('node:'));
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.filter((name) => !bundled.has(name))).toEqual([]);
  });

  it('takes node:http as its CommonJS object, never through an ES import', () => {
    // The ES facade of `node:http` reads every export, and a lazy one loads Node's bundled fetch
    // (undici): ~85 ms of CPU per start. Type-only imports load nothing.
    const reached = reachedPackages(ENTRIES);
    expect(reached.get('node:http')).toBeUndefined();
    expect(reached.has('node:fs')).toBe(true);
  });
});
