const STORAGE_KEY = 'counterpart.session';

/** Why the printed link did not open the app: spent already, or not from this run of the shell. */
export type LinkRefusal = 'used' | 'invalid';

/** The session token to call with (null: none), or why the link was refused. */
export type BrowserAccess = { token: string | null; refused: LinkRefusal | null };

function stored(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Opens a session in the headless shell.
 *
 * The printed link (`?token=<one-time code>`) is taken out of the address bar at once and spent
 * for a session token (`POST /session`), kept in sessionStorage so a reload stays signed in.
 * The code then opens nothing, so the copy the browser's history keeps is harmless. Without a
 * code the tab's stored session is used.
 */
export async function openBrowserSession(): Promise<BrowserAccess> {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('token');
  if (!code) return { token: stored(), refused: null };
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  let response: Response;
  try {
    response = await fetch('/session', { method: 'POST', headers: { Authorization: `Bearer ${code}` } });
  } catch {
    // The shell is unreachable: calls will say so.
    return { token: stored(), refused: null };
  }
  if (!response.ok) return { token: null, refused: response.status === 410 ? 'used' : 'invalid' };
  try {
    const body = (await response.json()) as { value: { token: string } };
    const token = body.value.token;
    try {
      window.sessionStorage.setItem(STORAGE_KEY, token);
    } catch {
      // Storage may be disabled; the session still works for this page's lifetime.
    }
    return { token, refused: null };
  } catch {
    return { token: null, refused: 'invalid' };
  }
}
