/**
 * An `Updater` over a generic HTTP(S) feed laid out as electron-builder publishes it: the
 * channel's manifest and the files it names, side by side. Downloads into a folder of its own
 * and keeps a file only when its sha512 matches the manifest. Installing is the shell's job
 * (`onInstall`); the desktop app uses electron-updater instead, which reads the same feed.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { UpdateChannel } from '../../contract/update-schemas';
import { isUpdate, manifestName, notesText, parseManifest, sha512Matches, type FeedManifest } from './update-feed';
import type { UpdateRelease, Updater } from './updater';

export type HttpUpdateFeedOptions = {
  /** The feed's base URL (the folder holding latest.yml). */
  baseUrl: string;
  /** Where downloads go. */
  downloadDir: string;
  platform?: NodeJS.Platform;
  /** Runs the installer of a verified download. */
  onInstall?: (file: string) => void;
};

/** Reads an electron-builder feed over HTTP. */
export class HttpUpdateFeed implements Updater {
  private found: { release: UpdateRelease; manifest: FeedManifest } | null = null;
  /** The verified installer, once downloaded. */
  downloaded: string | null = null;

  constructor(private readonly options: HttpUpdateFeedOptions) {}

  async check(channel: UpdateChannel, currentVersion: string): Promise<UpdateRelease | null> {
    const url = new URL(manifestName(channel, this.options.platform ?? process.platform), withSlash(this.options.baseUrl));
    const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    if (!response.ok) throw new Error(`The update feed answered ${response.status} for ${basename(url.pathname)}.`);
    const manifest = parseManifest(await response.text());
    if (!isUpdate(manifest.version, currentVersion, channel)) {
      this.found = null;
      return null;
    }
    const release: UpdateRelease = { version: manifest.version, notes: notesText(manifest), ...(manifest.releaseDate ? { releaseDate: manifest.releaseDate } : {}) };
    this.found = { release, manifest };
    return release;
  }

  async download(release: UpdateRelease): Promise<void> {
    if (!this.found || this.found.release.version !== release.version) throw new Error(`Version ${release.version} was not found by the last check.`);
    const [file] = this.found.manifest.files;
    if (!file) throw new Error('The update feed lists no file.');
    const url = new URL(file.url, withSlash(this.options.baseUrl));
    const response = await fetch(url, { signal: AbortSignal.timeout(30 * 60_000) });
    if (!response.ok) throw new Error(`The update download answered ${response.status}.`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // Never keep (let alone run) a file the manifest does not vouch for.
    if (!sha512Matches(bytes, file.sha512)) throw new Error(`The downloaded ${basename(url.pathname)} does not match the feed's sha512.`);
    mkdirSync(this.options.downloadDir, { recursive: true, mode: 0o700 });
    const target = join(this.options.downloadDir, basename(url.pathname));
    writeFileSync(`${target}.partial`, bytes, { mode: 0o600 });
    renameSync(`${target}.partial`, target);
    this.downloaded = target;
  }

  install(): void {
    if (!this.downloaded) throw new Error('Nothing downloaded to install.');
    this.options.onInstall?.(this.downloaded);
  }
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
