import { Card, Checkbox, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DISCLOSURE } from '../../../../main/contract/away-defaults';
import type { AwayKind, AwayPatch, AwaySettings, DisclosureMode } from '../../../../main/contract/away-schemas';
import type { Language } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { LANGUAGE_OPTIONS, asLanguage, languageName } from '../../lib/languages';

const AWAY_KEY = ['away'] as const;
const KINDS: AwayKind[] = ['greeting', 'away', 'holding'];
const DISCLOSURE_MODES: DisclosureMode[] = ['off', 'first', 'every'];

/**
 * Greeting, away and holding messages and the AI disclosure line (Settings): each switched on or
 * off and written per customer language. Saving is owner-only in the core.
 */
export function AwayPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [language, setLanguage] = useState<Language>('en');
  const query = useQuery({ queryKey: AWAY_KEY, queryFn: () => call('getAwayMessages', {}) });
  const save = useMutation({
    mutationFn: (patch: AwayPatch) => call('updateAwayMessages', patch),
    onSuccess: (next: AwaySettings) => queryClient.setQueryData(AWAY_KEY, next),
  });
  const settings = query.data;
  if (!settings) return null;
  const withText = (texts: Partial<Record<Language, string>>, text: string) => {
    const next = { ...texts };
    if (text.trim() === '') delete next[language];
    else next[language] = text.trim();
    return next;
  };

  return (
    <Card withBorder padding="lg" data-testid="away-panel">
      <Stack gap="sm">
        <Title order={4}>{t('away.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('away.description')}
        </Text>
        <Select
          maw={260}
          label={t('away.language')}
          data={LANGUAGE_OPTIONS.map((o) => ({ value: o.value, label: o.label }))}
          value={language}
          onChange={(value) => setLanguage(asLanguage(value ?? 'en'))}
          allowDeselect={false}
        />
        {KINDS.map((kind) => (
          <Stack key={kind} gap={4}>
            <Checkbox
              data-testid={`away-${kind}-on`}
              label={t(`away.${kind}.label`)}
              description={t(`away.${kind}.help`)}
              checked={settings[kind].on}
              onChange={(e) => save.mutate({ [kind]: { on: e.currentTarget.checked } })}
            />
            <Textarea
              key={`${kind}-${language}`}
              data-testid={`away-${kind}-text`}
              aria-label={t('away.textIn', { message: t(`away.${kind}.label`), language: languageName(language) })}
              placeholder={t(`away.${kind}.placeholder`)}
              autosize
              minRows={2}
              maxLength={4000}
              defaultValue={settings[kind].texts[language] ?? ''}
              onBlur={(e) => save.mutate({ [kind]: { texts: withText(settings[kind].texts, e.currentTarget.value) } })}
            />
          </Stack>
        ))}
        <Radio.Group
          label={t('away.disclosure.label')}
          description={t('away.disclosure.help')}
          value={settings.disclosure.mode}
          onChange={(value) => save.mutate({ disclosure: { mode: value as DisclosureMode } })}
        >
          <Stack gap="xs" mt="xs">
            {DISCLOSURE_MODES.map((mode) => (
              <Radio key={mode} value={mode} data-testid={`away-disclosure-${mode}`} label={t(`away.disclosure.${mode}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          key={`disclosure-${language}`}
          data-testid="away-disclosure-text"
          aria-label={t('away.textIn', { message: t('away.disclosure.label'), language: languageName(language) })}
          placeholder={DEFAULT_DISCLOSURE[language]}
          autosize
          minRows={2}
          maxLength={4000}
          defaultValue={settings.disclosure.texts[language] ?? ''}
          onBlur={(e) => save.mutate({ disclosure: { texts: withText(settings.disclosure.texts, e.currentTarget.value) } })}
        />
        {save.isError && (
          <Text size="sm" c="red.8" data-testid="away-error">
            {t('away.error')}
          </Text>
        )}
        {save.isSuccess && (
          <Text size="xs" c="dimmed">
            {t('away.saved')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
