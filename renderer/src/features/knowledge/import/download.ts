/** One file to save. */
export type DownloadFile = { name: string; text: string; type: string };

/**
 * Saves text files through `<a download>` on Blob URLs — works in Chromium and in Electron
 * (which shows a save dialog per file). Clicks are spaced so the browser does not drop any,
 * and URLs are revoked once the downloads have surely started.
 */
export async function downloadFiles(files: readonly DownloadFile[]): Promise<void> {
  const urls: string[] = [];
  for (const [i, file] of files.entries()) {
    if (i > 0) await new Promise((resolve) => window.setTimeout(resolve, 250));
    const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
    urls.push(url);
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.rel = 'noopener';
    link.style.display = 'none';
    document.body.append(link);
    link.click();
    link.remove();
  }
  window.setTimeout(() => urls.forEach((url) => URL.revokeObjectURL(url)), 60_000);
}
