import { SegmentedControl } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/call';
import { queryKeys } from '../api/query-keys';
import { applyUiLanguage, type UiLanguage } from '../i18n/i18n';

/** EN/ES switch: changes the UI at once and stores the choice in main's settings. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (uiLanguage: UiLanguage) => call('updateSettings', { uiLanguage }),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.settings, settings),
  });

  return (
    <SegmentedControl
      data-testid="ui-language"
      size="xs"
      radius="md"
      aria-label={t('header.uiLanguage')}
      value={i18n.language === 'es' ? 'es' : 'en'}
      data={[
        { value: 'en', label: 'EN' },
        { value: 'es', label: 'ES' },
      ]}
      onChange={(value) => {
        const language: UiLanguage = value === 'es' ? 'es' : 'en';
        applyUiLanguage(language);
        save.mutate(language);
      }}
    />
  );
}
