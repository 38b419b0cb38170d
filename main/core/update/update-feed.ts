/**
 * Reading an electron-builder update feed (`latest.yml`, `beta-mac.yml`…): the file names per
 * channel and platform, the manifest's shape, which version wins, and the sha512 check.
 */
import { createHash } from 'node:crypto';
import { JSON_SCHEMA, load } from 'js-yaml';
import semver from 'semver';
import { z } from 'zod';
import type { UpdateChannel } from '../../contract/update-schemas';

/** One file of a release, as electron-builder lists it. */
const FeedFile = z.object({ url: z.string().min(1), sha512: z.string().min(1), size: z.number().optional() });

/** The manifest electron-builder writes beside the installers. */
export const FeedManifest = z.object({
  version: z.string().refine((v) => semver.valid(v) !== null, 'not a semantic version'),
  files: z.array(FeedFile).min(1),
  path: z.string().optional(),
  sha512: z.string().optional(),
  releaseDate: z.string().optional(),
  releaseNotes: z.union([z.string(), z.array(z.object({ version: z.string(), note: z.string().nullable() }))]).optional(),
});
export type FeedManifest = z.infer<typeof FeedManifest>;

/** electron-builder's manifest name: `latest` / `beta`, `-mac` / `-linux` suffix (Windows none). */
export function manifestName(channel: UpdateChannel, platform: NodeJS.Platform): string {
  const base = channel === 'beta' ? 'beta' : 'latest';
  const suffix = platform === 'darwin' ? '-mac' : platform === 'linux' ? '-linux' : '';
  return `${base}${suffix}.yml`;
}

/** Parses a manifest's text; throws with a readable message when it is not one. */
export function parseManifest(text: string): FeedManifest {
  // JSON_SCHEMA: no custom tags, and dates stay strings.
  const parsed = FeedManifest.safeParse(load(text, { schema: JSON_SCHEMA }));
  if (!parsed.success) throw new Error(`The update feed's manifest is not valid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * Whether `candidate` is an update for `current` on `channel`: strictly newer, and on stable
 * never a prerelease (a beta manifest read by mistake, or a beta tag in latest.yml).
 */
export function isUpdate(candidate: string, current: string, channel: UpdateChannel): boolean {
  if (!semver.valid(candidate) || !semver.valid(current)) return false;
  if (channel === 'stable' && semver.prerelease(candidate) !== null) return false;
  return semver.gt(candidate, current);
}

/** The release notes as one text (electron-builder may list notes per version). */
export function notesText(manifest: FeedManifest): string {
  const notes = manifest.releaseNotes;
  if (notes === undefined) return '';
  if (typeof notes === 'string') return notes.trim();
  return notes
    .filter((entry) => entry.note)
    .map((entry) => `${entry.version}\n${entry.note}`)
    .join('\n\n')
    .trim();
}

/** Whether `bytes` match a manifest's base64 sha512. */
export function sha512Matches(bytes: Uint8Array, expectedBase64: string): boolean {
  return createHash('sha512').update(bytes).digest('base64') === expectedBase64;
}
