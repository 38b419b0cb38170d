import { Alert, Button, Card, Group, Loader, NativeSelect, NumberInput, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelConfig, ModelProvider } from '../../../../main/contract/model-schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { ScreenHeader } from '../../components/screen-header';
import { showToast } from '../../lib/toasts';
import { CostTable } from './cost-table';
import { PriceTable } from './price-table';
import { PRESET_URLS, PROVIDERS } from './provider-presets';

/** Assistant settings: which model drafts, its key, prices, and what it has cost. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const config = useQuery({ queryKey: queryKeys.modelConfig, queryFn: () => call('getModelConfig', {}) });
  return (
    <>
      <ScreenHeader title={t('settings.title')} description={t('settings.description')} />
      {config.data ? (
        <Stack maw={760} gap="lg">
          <ModelForm key={JSON.stringify(config.data)} initial={config.data} />
          <CostTable />
        </Stack>
      ) : config.isError ? (
        <Alert color="red">{config.error.message}</Alert>
      ) : (
        <Loader />
      )}
    </>
  );
}

function ModelForm({ initial }: { initial: ModelConfig }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [provider, setProvider] = useState<ModelProvider>(initial.provider);
  const [baseUrl, setBaseUrl] = useState(initial.baseUrl);
  const [model, setModel] = useState(initial.model);
  const [apiKey, setApiKey] = useState('');
  const [clearKey, setClearKey] = useState(false);
  const [timeoutS, setTimeoutS] = useState(initial.timeoutMs / 1000);
  const [prices, setPrices] = useState(initial.prices);
  const [error, setError] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: () =>
      call('saveModelConfig', {
        provider,
        baseUrl,
        model,
        timeoutMs: Math.round(timeoutS * 1000),
        prices,
        ...(clearKey ? { apiKey: null } : apiKey ? { apiKey } : {}),
      }),
    onSuccess: (next) => {
      setError(null);
      queryClient.setQueryData(queryKeys.modelConfig, next);
      showToast({ color: 'green', title: t('settings.saved'), message: next.model || t(`settings.providers.${next.provider}`) });
    },
    onError: (e: Error) => setError(e.message),
  });
  const test = useMutation({ mutationFn: () => call('testModelConnection', {}) });
  const models = test.data?.models ?? [];

  return (
    <Card padding="xl">
      <Stack gap="md">
        <NativeSelect
          data-testid="model-provider"
          label={t('settings.provider')}
          value={provider}
          data={PROVIDERS.map((p) => ({ value: p, label: t(`settings.providers.${p}`) }))}
          onChange={(e) => {
            const next = e.currentTarget.value as ModelProvider;
            setProvider(next);
            if (next !== 'custom') setBaseUrl(PRESET_URLS[next]);
          }}
        />
        {provider !== 'none' && (
          <>
            <TextInput data-testid="model-base-url" label={t('settings.baseUrl')} value={baseUrl} onChange={(e) => setBaseUrl(e.currentTarget.value)} />
            <TextInput
              data-testid="model-name"
              label={t('settings.model')}
              value={model}
              onChange={(e) => setModel(e.currentTarget.value)}
              list="counterpart-models"
            />
            <datalist id="counterpart-models">
              {models.map((m) => (
                <option key={m} value={m} />
              ))}
            </datalist>
            <PasswordInput
              data-testid="model-api-key"
              label={t('settings.apiKey')}
              description={initial.hasApiKey ? t('settings.apiKeySaved') : t('settings.apiKeyNone')}
              value={apiKey}
              autoComplete="off"
              onChange={(e) => {
                setApiKey(e.currentTarget.value);
                setClearKey(false);
              }}
            />
            {initial.hasApiKey && (
              <Button variant="subtle" color="red" size="xs" w="fit-content" onClick={() => setClearKey(true)} disabled={clearKey}>
                {t('settings.clearKey')}
              </Button>
            )}
            <NumberInput label={t('settings.timeout')} min={1} max={300} value={timeoutS} onChange={(v) => setTimeoutS(Number(v) || 60)} w={200} />
            <PriceTable prices={prices} onChange={setPrices} />
          </>
        )}
        {error && (
          <Alert color="red" data-testid="model-error">
            {error}
          </Alert>
        )}
        {test.data && (
          <Alert color={test.data.ok ? 'green' : 'red'} data-testid="model-test-result">
            <Text fw={600}>{test.data.ok ? t('settings.testOk', { ms: Math.round(test.data.latencyMs) }) : t('settings.testFail')}</Text>
            <Text size="sm">{test.data.message}</Text>
          </Alert>
        )}
        {test.isError && <Alert color="red">{test.error.message}</Alert>}
        <Group>
          <Button data-testid="model-save" loading={save.isPending} onClick={() => save.mutate()}>
            {t('settings.save')}
          </Button>
          <Button data-testid="model-test" variant="default" loading={test.isPending} disabled={provider === 'none'} onClick={() => test.mutate()}>
            {t('settings.test')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
