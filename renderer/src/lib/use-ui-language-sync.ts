import { useEffect } from 'react';
import { useSettings } from '../api/queries';
import { applyUiLanguage } from '../i18n/i18n';

/** Follows the UI language stored in main's settings whenever they load or change. */
export function useUiLanguageSync(): void {
  const settings = useSettings();
  const language = settings.data?.uiLanguage;
  useEffect(() => {
    if (language) applyUiLanguage(language);
  }, [language]);
}
