const STORAGE_KEY = 'counterpart.token';

/**
 * Reads the headless-shell access token.
 *
 * On first load the token arrives as `?token=…`; it is moved to sessionStorage and stripped
 * from the address bar so it does not linger in history, bookmarks or screenshots.
 */
export function captureToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Storage may be disabled; the token still works for this page's lifetime.
    }
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
