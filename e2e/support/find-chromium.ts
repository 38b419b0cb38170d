/**
 * Locates a system Chromium for Playwright. We never download browsers: the path comes from
 * CHROMIUM_PATH, then PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, then the usual Linux locations.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags for running Chromium in containers and CI without network side-traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const INSTALL_HINT = 'Install it (Debian/Ubuntu: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** Absolute path of the Chromium to drive; throws a clear error, saying what to install, when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, candidates: readonly string[] = CANDIDATES): string {
  for (const name of ['CHROMIUM_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH']) {
    const fromEnv = env[name];
    if (fromEnv) {
      if (!existsSync(fromEnv)) throw new Error(`No Chromium at ${fromEnv} (from ${name}). ${INSTALL_HINT}`);
      return fromEnv;
    }
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`No Chromium found in ${candidates.join(', ')}. ${INSTALL_HINT}`);
  return found;
}

/** Launch options for `use.launchOptions` in playwright.config.ts. */
export function chromiumLaunchOptions(): { executablePath: string; args: string[] } {
  return { executablePath: findChromium(), args: [...CHROMIUM_ARGS] };
}
