import { Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/use-now';

/** "4:59" / "12 s": how long until `at`, counting down every second. */
function formatRemaining(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Counts down to the next automatic reconnect attempt. */
export function ReconnectCountdown({ at }: { at: number }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const remaining = at - now;

  return (
    <Group gap="xs" data-testid="wa-countdown" data-at={at}>
      {remaining <= 0 ? (
        <>
          <Loader size="xs" type="dots" />
          <Text size="sm">{t('whatsapp.attemptingNow')}</Text>
        </>
      ) : (
        <Text size="sm">
          {t('whatsapp.nextAttemptIn')}{' '}
          <Text span fw={600} ff="monospace">
            {formatRemaining(remaining)}
          </Text>
        </Text>
      )}
    </Group>
  );
}
