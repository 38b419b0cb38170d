import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../../main/contract/schemas';

/** Who wrote the draft (offline drafter or a model) and, for models, its token cost. */
export function DrafterNote({ item }: { item: QueueItem }) {
  const { t, i18n } = useTranslation();
  if (!item.drafter || item.drafter === 'none') return null;
  const parts: string[] = [];
  if (item.drafter === 'offline') parts.push(t('queue.drafter.offline'));
  else parts.push(t('queue.drafter.model', { name: item.drafter.replace(/^model:/, '') }));
  if (item.cost) {
    parts.push(t('queue.drafter.tokens', { count: item.cost.promptTokens + item.cost.completionTokens }));
    if (item.cost.usd === 0) parts.push(t('queue.drafter.free'));
    else if (item.cost.usd !== null) {
      const usd = new Intl.NumberFormat(i18n.language, { style: 'currency', currency: 'USD', maximumSignificantDigits: 2 });
      parts.push(usd.format(item.cost.usd));
    }
  }
  return (
    <Text size="xs" c="dimmed" data-testid="queue-drafter" data-drafter={item.drafter}>
      {parts.join(' · ')}
    </Text>
  );
}
