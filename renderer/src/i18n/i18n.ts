import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES } from './resources';
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

/** The shared i18next instance, initialised synchronously with bundled resources. */
export const i18n: I18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(Object.entries(RESOURCES).map(([code, translation]) => [code, { translation }])),
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGE_CODES],
  // 'pt-BR' is the only Portuguese: do not look for a plain 'pt' bundle.
  load: 'currentOnly',
  interpolation: { escapeValue: false },
  initAsync: false,
});

document.documentElement.lang = i18n.language;

/** Switches the UI language now and remembers it locally for the next start. */
export function applyUiLanguage(language: UiLanguage): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
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
