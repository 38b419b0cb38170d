import { Alert, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../main/contract/contract';
import { Icon } from '../../components/icon';

const SHOWN_MODELS = 12;

/** What "Test connection" found: reachable or not, how fast, the models it lists, main's message. */
export function ConnectionResult({ result }: { result: ChannelOutput<'testModelConnection'> }) {
  const { t } = useTranslation();
  const extra = result.models.length - SHOWN_MODELS;

  return (
    <Alert
      data-testid="model-test-result"
      data-ok={result.ok}
      color={result.ok ? 'green' : 'red'}
      variant="light"
      icon={<Icon name={result.ok ? 'check' : 'alert'} />}
      title={result.ok ? t('settings.testOk', { ms: Math.round(result.latencyMs) }) : t('settings.testFail')}
    >
      <Stack gap={6}>
        {result.message && <Text size="sm">{result.message}</Text>}
        {!result.ok && result.latencyMs > 0 && (
          <Text size="xs" c="dimmed">
            {t('settings.testAfter', { ms: Math.round(result.latencyMs) })}
          </Text>
        )}
        {result.models.length > 0 && (
          <Stack gap={4}>
            <Text size="xs" fw={600}>
              {t('settings.modelsListed', { count: result.models.length })}
            </Text>
            <Group gap={4} data-testid="model-test-models">
              {result.models.slice(0, SHOWN_MODELS).map((model) => (
                <Badge key={model} size="sm" variant="outline" color="gray" tt="none" ff="monospace">
                  {model}
                </Badge>
              ))}
              {extra > 0 && (
                <Text size="xs" c="dimmed">
                  {t('settings.modelsMore', { count: extra })}
                </Text>
              )}
            </Group>
          </Stack>
        )}
      </Stack>
    </Alert>
  );
}
