/**
 * The `Updater` port: how a shell finds, downloads and installs a new version. Desktop:
 * electron-updater (main/electron/electron-updater-adapter.ts); tests: the HTTP feed reader.
 */
import type { UpdateChannel } from '../../contract/update-schemas';

/** A release newer than the running version. */
export type UpdateRelease = {
  version: string;
  notes: string;
  releaseDate?: string;
};

/** Finds, downloads and installs releases; all the "when" and "whether" is the UpdateService's. */
export interface Updater {
  /** The newest release on the channel when it is newer than `currentVersion`, else null. */
  check(channel: UpdateChannel, currentVersion: string): Promise<UpdateRelease | null>;
  /** Downloads (and verifies) the release found by the last `check`. */
  download(release: UpdateRelease): Promise<void>;
  /** Quits and installs the downloaded release. */
  install(): void;
}
