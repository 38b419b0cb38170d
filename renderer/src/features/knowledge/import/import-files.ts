import type { ChannelInput } from '../../../../../main/contract/contract';

/** Which part of the knowledge folder a file is. */
export type ImportSlot = 'profile' | 'catalog' | 'faq';

/** A chosen file and where it goes (null: not a knowledge file, ignored). */
export type ChosenFile = { file: File; slot: ImportSlot | null };

/** Largest file main accepts (mirrors MAX_IMPORT_FILE_BYTES; not imported, to keep zod out of the bundle). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
const MAX_PROFILE_BYTES = 1024 * 1024;

/**
 * Recognises the knowledge-folder files by name: `profile.json`, `catalog.csv`, `faq.csv`
 * (any case), and close variants such as `my-catalog.csv` or `products.csv`.
 */
export function slotOf(name: string): ImportSlot | null {
  const lower = name.toLowerCase();
  if (lower === 'profile.json') return 'profile';
  if (lower === 'catalog.csv') return 'catalog';
  if (lower === 'faq.csv') return 'faq';
  if (lower.endsWith('.json') && lower.includes('profile')) return 'profile';
  if (lower.endsWith('.csv') && lower.includes('faq')) return 'faq';
  if (lower.endsWith('.csv') && (lower.includes('catalog') || lower.includes('product'))) return 'catalog';
  return null;
}

/** Sorts a file list into slots; the last file for a slot wins, the rest are ignored. */
export function classify(files: readonly File[]): ChosenFile[] {
  const chosen = files.map((file) => ({ file, slot: slotOf(file.name) }));
  const lastForSlot = new Map<ImportSlot, File>();
  for (const entry of chosen) if (entry.slot) lastForSlot.set(entry.slot, entry.file);
  return chosen.map((entry) => (entry.slot && lastForSlot.get(entry.slot) !== entry.file ? { file: entry.file, slot: null } : entry));
}

/** Files too large to send, by name. */
export function oversized(chosen: readonly ChosenFile[]): string[] {
  return chosen
    .filter((entry) => entry.slot && entry.file.size > (entry.slot === 'profile' ? MAX_PROFILE_BYTES : MAX_FILE_BYTES))
    .map((entry) => entry.file.name);
}

/** Reads the recognised files as text for `previewImport`. */
export async function readImportFiles(chosen: readonly ChosenFile[]): Promise<ChannelInput<'previewImport'>> {
  const input: ChannelInput<'previewImport'> = {};
  await Promise.all(
    chosen.map(async (entry) => {
      if (entry.slot) input[entry.slot] = await entry.file.text();
    }),
  );
  return input;
}

/** "12.3 KB" */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
