import { Card, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CALLBACK_DELAY_MINUTES, type CallbackSettings } from '../../../../main/contract/callback-schemas';
import { call } from '../../api/call';

const CALLBACKS_KEY = ['callbacks', 'settings'] as const;
const MIN_HOURS = CALLBACK_DELAY_MINUTES.min / 60;
const MAX_HOURS = CALLBACK_DELAY_MINUTES.max / 60;

/**
 * Warm callbacks (Settings): on or off, and how many hours after the shop's answer the follow-up
 * is drafted. Saving is owner-only in the core; a refusal is shown, not hidden.
 */
export function CallbacksForm() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: CALLBACKS_KEY, queryFn: () => call('getCallbackSettings', {}) });
  const save = useMutation({
    mutationFn: (patch: Partial<CallbackSettings>) => call('updateCallbackSettings', patch),
    onSuccess: (next) => queryClient.setQueryData(CALLBACKS_KEY, next),
  });
  const settings = query.data;
  if (!settings) return null;
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  return (
    <Card withBorder padding="lg" data-testid="callbacks-settings">
      <Stack gap="sm">
        <Title order={4}>{t('callbacks.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('callbacks.description')}
        </Text>
        <Switch
          data-testid="callbacks-enabled"
          label={t('callbacks.enabled')}
          checked={settings.enabled}
          onChange={(e) => save.mutate({ enabled: e.currentTarget.checked })}
        />
        <NumberInput
          key={settings.delayMinutes}
          maw={340}
          data-testid="callbacks-delay"
          label={t('callbacks.delay')}
          description={t('callbacks.delayHelp', { min: number(MIN_HOURS), max: number(MAX_HOURS) })}
          min={MIN_HOURS}
          max={MAX_HOURS}
          step={0.5}
          decimalScale={1}
          disabled={!settings.enabled}
          defaultValue={settings.delayMinutes / 60}
          onBlur={(e) => {
            const hours = Number(e.currentTarget.value.replace(',', '.'));
            const minutes = Math.round(hours * 60);
            if (Number.isFinite(hours) && minutes >= CALLBACK_DELAY_MINUTES.min && minutes <= CALLBACK_DELAY_MINUTES.max && minutes !== settings.delayMinutes) {
              save.mutate({ delayMinutes: minutes });
            }
          }}
        />
        <Text size="xs" c="dimmed">
          {t('callbacks.rules')}
        </Text>
        {save.isSuccess && (
          <Text size="xs" c="dimmed" data-testid="callbacks-saved">
            {t('callbacks.saved')}
          </Text>
        )}
        {save.isError && (
          <Text size="xs" c="red" role="alert">
            {t('callbacks.failed', { message: save.error.message })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
