import { Card, NumberInput, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { useSettings } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';

type StockDisplay = NonNullable<Settings['stockDisplay']>;
const OPTIONS: StockDisplay[] = ['exact', 'in_stock', 'low_stock', 'hidden'];
/** The defaults the core applies when the settings leave them unset (`stockDisplayOf`). */
const DEFAULT_DISPLAY: StockDisplay = 'in_stock';
const DEFAULT_THRESHOLD = 3;

/** How drafts show stock: exact count, "in stock", "low stock" below a threshold, or nothing. */
export function StockDisplayForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const save = useMutation({
    mutationFn: (patch: Pick<Settings, 'stockDisplay' | 'lowStockThreshold'>) => call('updateSettings', patch),
    // Shown at once (a radio must follow the click); the saved settings replace it on success.
    onMutate: (patch) => queryClient.setQueryData<Settings>(queryKeys.settings, (old) => (old ? { ...old, ...patch } : old)),
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.settings }),
    onSuccess: (next) => queryClient.setQueryData(queryKeys.settings, next),
  });
  // The radio follows the click in the same render; the query cache catches up when the save's
  // optimistic update lands (asynchronously), and a refetch in between must not undo the click.
  const [chosen, setChosen] = useState<StockDisplay | null>(null);
  const display = chosen ?? settings.data?.stockDisplay ?? DEFAULT_DISPLAY;
  const threshold = settings.data?.lowStockThreshold ?? DEFAULT_THRESHOLD;
  return (
    <Card withBorder padding="lg" data-testid="stock-display">
      <Stack gap="sm">
        <Title order={4}>{t('settings.stock.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('settings.stock.description')}
        </Text>
        <Radio.Group
          label={t('settings.stock.label')}
          value={display}
          onChange={(value) => {
            setChosen(value as StockDisplay);
            save.mutate({ stockDisplay: value as StockDisplay });
          }}
        >
          <Stack gap="xs" mt="xs">
            {OPTIONS.map((option) => (
              <Radio key={option} value={option} data-testid={`stock-display-${option}`} label={t(`settings.stock.options.${option}`)} disabled={settings.isLoading} />
            ))}
          </Stack>
        </Radio.Group>
        {display === 'low_stock' && (
          <NumberInput
            maw={240}
            data-testid="stock-low-threshold"
            label={t('settings.stock.threshold')}
            description={t('settings.stock.thresholdHelp')}
            min={1}
            max={1000}
            value={threshold}
            onChange={(value) => {
              if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 1000) save.mutate({ lowStockThreshold: value });
            }}
          />
        )}
        {save.isSuccess && (
          <Text size="xs" c="dimmed">
            {t('settings.stock.saved')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
