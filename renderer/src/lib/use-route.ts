import { useCallback, useSyncExternalStore } from 'react';

/** The screens of the app. */
export const SCREENS = ['inbox', 'knowledge', 'practice', 'queue', 'tests', 'whatsapp', 'settings', 'activity', 'insights', 'setup'] as const;
export type Screen = (typeof SCREENS)[number];

/** Where we are: a screen and, for the practice chat, the selected conversation. */
export type AppRoute = { screen: Screen; id: number | null };

/** Parses `#/practice/12` style hashes; anything unknown lands on the inbox (the home screen). */
export function parseHash(hash: string, home: Screen = 'inbox'): AppRoute {
  const [name, rawId] = hash.replace(/^#\/?/, '').split('/');
  const screen = SCREENS.find((candidate) => candidate === name) ?? home;
  const id = rawId && /^\d+$/.test(rawId) ? Number(rawId) : null;
  return { screen, id };
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/**
 * Hash-based navigation, so a reload keeps the current screen (works under file:// too); with
 * no hash the app opens on `home`.
 */
export function useRoute(home: Screen = 'inbox'): [AppRoute, (route: AppRoute) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: AppRoute) => {
    window.location.hash = route.id === null ? `/${route.screen}` : `/${route.screen}/${route.id}`;
  }, []);
  return [parseHash(hash, home), navigate];
}
