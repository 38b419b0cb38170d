import { NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/call';
import { queryKeys } from '../api/query-keys';
import { applyUiLanguage, type UiLanguage } from '../i18n/i18n';
import { asUiLanguage, UI_LANGUAGE_OPTIONS } from '../i18n/ui-languages';

/**
 * The UI language picker: six languages, each by its own name. A native select, so it reads
 * the same to a screen reader and takes the keyboard as every other select of the system.
 * Changes the UI at once and stores the choice in main's settings.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (uiLanguage: UiLanguage) => call('updateSettings', { uiLanguage }),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });

  return (
    <NativeSelect
      data-testid="ui-language"
      size="xs"
      radius="md"
      aria-label={t('header.uiLanguage')}
      value={asUiLanguage(i18n.language) ?? 'en'}
      data={UI_LANGUAGE_OPTIONS.map((option) => ({ value: option.value, label: option.label }))}
      onChange={(event) => {
        const language = asUiLanguage(event.currentTarget.value);
        if (!language) return;
        applyUiLanguage(language);
        save.mutate(language);
      }}
    />
  );
}
