import { Alert, Autocomplete, Button, Card, Group, NativeSelect, NumberInput, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../main/contract/contract';
import type { ModelConfig, ModelProvider } from '../../../../main/contract/model-schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';
import { AddressNotes, needsLocalNetworkConsent } from './address-notes';
import { ConnectionResult } from './connection-result';
import { PriceTable } from './price-table';
import { PRESET_URLS, PROVIDERS, asProvider } from './provider-presets';

/** Same rule main's cost meter applies: a model on this computer costs nothing per token. */
function runsLocally(provider: ModelProvider, baseUrl: string): boolean {
  if (provider === 'ollama' || provider === 'lmstudio') return true;
  if (provider !== 'custom') return false;
  try {
    const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/**
 * The model endpoint form. The API key is write-only: the field starts empty, "saved" says
 * one exists, typing replaces it, "Forget" clears it; it is never read back.
 */
export function ModelForm({ initial }: { initial: ModelConfig }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [provider, setProvider] = useState<ModelProvider>(initial.provider);
  const [baseUrl, setBaseUrl] = useState(initial.baseUrl);
  const [model, setModel] = useState(initial.model);
  const [embeddingModel, setEmbeddingModel] = useState(initial.embeddingModel);
  const [apiKey, setApiKey] = useState('');
  const [clearKey, setClearKey] = useState(false);
  const [timeoutS, setTimeoutS] = useState(initial.timeoutMs / 1000);
  const [prices, setPrices] = useState(initial.prices);
  const [allowLan, setAllowLan] = useState(initial.allowLocalNetworkHttp);

  const input: ChannelInput<'saveModelConfig'> = {
    provider,
    baseUrl: baseUrl.trim(),
    model: model.trim(),
    embeddingModel: embeddingModel.trim(),
    timeoutMs: Math.round(timeoutS * 1000),
    prices,
    // Only sent for an address that needs it, so the stored consent is not widened silently.
    ...(needsLocalNetworkConsent(baseUrl) ? { allowLocalNetworkHttp: allowLan } : {}),
    ...(clearKey ? { apiKey: null } : apiKey ? { apiKey } : {}),
  };
  const dirty =
    provider !== initial.provider ||
    input.baseUrl !== initial.baseUrl ||
    input.model !== initial.model ||
    input.embeddingModel !== initial.embeddingModel ||
    input.timeoutMs !== initial.timeoutMs ||
    JSON.stringify(prices) !== JSON.stringify(initial.prices) ||
    (input.allowLocalNetworkHttp !== undefined && input.allowLocalNetworkHttp !== initial.allowLocalNetworkHttp) ||
    'apiKey' in input;

  const save = useMutation({
    mutationFn: () => call('saveModelConfig', input),
    meta: { inlineError: true },
    onSuccess: (next) => {
      setApiKey('');
      setClearKey(false);
      queryClient.setQueryData(queryKeys.modelConfig, next);
    },
  });
  // The test uses the saved settings, so unsaved changes are saved first.
  const test = useMutation({
    mutationFn: async () => {
      if (dirty) await save.mutateAsync();
      return call('testModelConnection', {});
    },
    meta: { inlineError: true },
  });
  const error = save.error ?? test.error;
  const models = test.data?.models ?? [];

  const onSave = () =>
    save.mutate(undefined, {
      onSuccess: (next) =>
        showToast({ color: 'green', title: { key: 'settings.saved' }, message: next.model || { key: `settings.providers.${next.provider}` } }),
    });

  return (
    <Card padding="xl" data-testid="model-form" data-dirty={dirty || undefined}>
      <Stack gap="md">
        <NativeSelect
          data-testid="model-provider"
          label={t('settings.provider')}
          description={t(`settings.providerHelp.${provider}`)}
          value={provider}
          data={PROVIDERS.map((p) => ({ value: p, label: t(`settings.providers.${p}`) }))}
          onChange={(event) => {
            const next = asProvider(event.currentTarget.value);
            setProvider(next);
            if (next !== 'custom') setBaseUrl(PRESET_URLS[next]);
          }}
          maw={420}
        />
        {provider !== 'none' && (
          <>
            <TextInput
              data-testid="model-base-url"
              label={t('settings.baseUrl')}
              description={t('settings.baseUrlHelp')}
              value={baseUrl}
              placeholder="https://…/v1"
              onChange={(event) => setBaseUrl(event.currentTarget.value)}
            />
            <AddressNotes
              savedBaseUrl={initial.baseUrl}
              typedBaseUrl={baseUrl}
              hasApiKey={initial.hasApiKey && !clearKey}
              apiKeyUnreadable={initial.apiKeyUnreadable}
              typingKey={apiKey.trim() !== ''}
              allowLocalNetworkHttp={allowLan}
              onAllowLocalNetworkHttp={setAllowLan}
            />
            <Autocomplete
              data-testid="model-name"
              label={t('settings.model')}
              description={models.length > 0 ? t('settings.modelPick', { count: models.length }) : t('settings.modelFree')}
              placeholder={t('settings.modelPlaceholder')}
              value={model}
              data={models}
              limit={50}
              maxDropdownHeight={260}
              onChange={setModel}
            />
            <TextInput
              data-testid="model-embedding"
              label={t('settings.embeddingModel')}
              description={t('settings.embeddingModelHelp')}
              placeholder={t('settings.embeddingModelPlaceholder')}
              value={embeddingModel}
              onChange={(event) => setEmbeddingModel(event.currentTarget.value)}
            />
            <Stack gap={4}>
              <PasswordInput
                data-testid="model-api-key"
                label={t('settings.apiKey')}
                description={
                  clearKey ? t('settings.apiKeyWillClear') : initial.hasApiKey ? t('settings.apiKeySaved') : t('settings.apiKeyNone')
                }
                placeholder={initial.hasApiKey && !clearKey ? t('settings.apiKeySavedPlaceholder') : ''}
                value={apiKey}
                autoComplete="off"
                onChange={(event) => {
                  setApiKey(event.currentTarget.value);
                  setClearKey(false);
                }}
              />
              {initial.hasApiKey && (
                <Group gap="xs">
                  <Text size="xs" c="leaf.8" data-testid="model-key-saved" fw={600}>
                    <Icon name="check" size={12} /> {t('settings.keySavedBadge')}
                  </Text>
                  <Button
                    data-testid="model-key-clear"
                    variant="subtle"
                    color={clearKey ? 'gray' : 'red'}
                    size="compact-xs"
                    onClick={() => {
                      setClearKey((value) => !value);
                      setApiKey('');
                    }}
                  >
                    {clearKey ? t('settings.keepKey') : t('settings.clearKey')}
                  </Button>
                </Group>
              )}
            </Stack>
            <NumberInput
              data-testid="model-timeout"
              label={t('settings.timeout')}
              description={t('settings.timeoutHelp')}
              min={1}
              max={300}
              clampBehavior="strict"
              allowDecimal={false}
              value={timeoutS}
              onChange={(value) => setTimeoutS(Number(value) || 60)}
              maw={360}
            />
            <PriceTable prices={prices} onChange={setPrices} suggestedModel={input.model} local={runsLocally(provider, input.baseUrl)} />
          </>
        )}
        {error && (
          <Alert color="red" variant="light" data-testid="model-error" icon={<Icon name="alert" />} title={t('settings.errorTitle')}>
            {describeError(error)}
          </Alert>
        )}
        {test.data && !test.isPending && <ConnectionResult result={test.data} />}
        <Group>
          <Button data-testid="model-save" loading={save.isPending && !test.isPending} disabled={test.isPending} onClick={onSave}>
            {t('settings.save')}
          </Button>
          <Button
            data-testid="model-test"
            variant="default"
            leftSection={<Icon name="radar" size={16} />}
            loading={test.isPending}
            disabled={provider === 'none' || save.isPending}
            onClick={() => test.mutate()}
          >
            {dirty ? t('settings.saveAndTest') : t('settings.test')}
          </Button>
          {dirty && (
            <Text size="sm" c="dimmed" data-testid="model-unsaved">
              {t('settings.unsaved')}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
