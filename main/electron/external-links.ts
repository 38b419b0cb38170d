/**
 * Which links may leave the app for the system browser: an allow-list of origins, as a plain
 * function so a test can read it without Electron.
 *
 * `shell.openExternal` hands a URL to the OS, which opens whatever handler the scheme has
 * (`file:`, `smb:`, custom app schemes…), so it is never given a URL that merely looks
 * harmless: only an https URL whose exact origin the app itself links to. The UI has no
 * external links today; add an origin here in the commit that adds its link.
 */

/** Origins the UI may open in the system browser (scheme, host and port, exactly). */
export const EXTERNAL_LINK_ORIGINS: readonly string[] = [
  // Where a shop owner gets an API key for the model providers the settings offer.
  'https://platform.openai.com',
  'https://openrouter.ai',
  // WhatsApp's own help on linked devices.
  'https://faq.whatsapp.com',
];

/** Longer than any link the UI makes; a giant URL is not a link someone meant. */
const MAX_URL_LENGTH = 2048;

/**
 * The URL to open in the system browser for a `window.open` or an off-app navigation, or null
 * when it must be denied: not https, an origin off the allow-list (look-alike hosts included),
 * credentials in the URL, or not a URL at all.
 */
export function externalLinkToOpen(url: string, allowed: readonly string[] = EXTERNAL_LINK_ORIGINS): string | null {
  if (url.length > MAX_URL_LENGTH) return null;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (target.protocol !== 'https:') return null;
  // "https://openrouter.ai@evil.example" parses with host evil.example, but the reverse
  // ("https://evil@openrouter.ai") reads like a trick in the address bar: refuse both.
  if (target.username !== '' || target.password !== '') return null;
  if (!allowed.includes(target.origin)) return null;
  // The parsed form: normalised host, escaped characters; what the check above looked at.
  return target.href;
}
