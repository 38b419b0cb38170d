/**
 * Where the data folder is: `COUNTERPART_DATA_DIR`, else the platform's app-data path.
 */
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/** Resolves the data folder the same way in both shells (Electron passes its own default). */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platformDefault?: string): string {
  const override = env.COUNTERPART_DATA_DIR?.trim();
  if (override) return override;
  if (platformDefault) return platformDefault;
  return defaultAppDataDir(process.platform, env);
}

/** The conventional per-user app-data folder for each OS, as Electron's `userData` would be. */
export function defaultAppDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  const home = homedir();
  switch (platform) {
    case 'win32':
      return join(env.APPDATA?.trim() || join(home, 'AppData', 'Roaming'), 'Counterpart');
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'Counterpart');
    default:
      return join(absoluteOr(env.XDG_CONFIG_HOME, join(home, '.config')), 'Counterpart');
  }
}

/**
 * An environment folder, or the fallback when it is unset, empty or relative: the XDG spec says
 * to ignore such values, and a relative one would put the data in whatever folder the app was
 * started from.
 */
function absoluteOr(value: string | undefined, fallback: string): string {
  const text = value?.trim();
  return text && isAbsolute(text) ? text : fallback;
}
