import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { asUiLanguage, detectUiLanguage, UI_LANGUAGE_CODES, type UiLanguage } from './ui-languages';

export type { UiLanguage };

const STORAGE_KEY = 'counterpart.uiLanguage';

function initialLanguage(): UiLanguage {
  try {
    const stored = asUiLanguage(window.localStorage.getItem(STORAGE_KEY));
    if (stored) return stored;
  } catch {
    // Storage unavailable: fall through to the browser language.
  }
  return detectUiLanguage(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

/**
 * The other languages' strings, each its own chunk: the first bundle carries English (the
 * fallback) only, and a language is fetched when it is first used (`resources.ts` lists them all
 * for the tests).
 */
const LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<object>> = {
  es: () => import('./es').then((m) => m.es),
  'pt-BR': () => import('./pt').then((m) => m.pt),
  id: () => import('./id').then((m) => m.id),
  vi: () => import('./vi').then((m) => m.vi),
  hi: () => import('./hi').then((m) => m.hi),
};

const startLanguage = initialLanguage();

/** The shared i18next instance, initialised synchronously with English; see `whenUiLanguageReady`. */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: startLanguage,
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGE_CODES],
  // 'pt-BR' is the only Portuguese: do not look for a plain 'pt' bundle.
  load: 'currentOnly',
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = i18n.language;

/** Fetches a language's strings once (English is always there). */
async function loadUiLanguage(language: UiLanguage): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await LOADERS[language]());
}

/** Resolves once the start language's strings are in: the app renders after, never in English first. */
export async function whenUiLanguageReady(): Promise<void> {
  try {
    await loadUiLanguage(startLanguage);
  } catch {
    // A chunk that cannot load leaves English (the fallback) on screen rather than no app.
  }
}

/** Switches the UI language (once its strings are in) and remembers it locally for the next start. */
export function applyUiLanguage(language: UiLanguage): void {
  if (i18n.language !== language || !i18n.hasResourceBundle(language, 'translation')) {
    void loadUiLanguage(language)
      .catch(() => undefined)
      .then(() => i18n.changeLanguage(language));
  }
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not fatal: settings in main also remember the language.
  }
}

/** The current UI language (i18next's code narrowed; English if it is somehow none of ours). */
export function currentUiLanguage(): UiLanguage {
  return asUiLanguage(i18n.language) ?? 'en';
}
