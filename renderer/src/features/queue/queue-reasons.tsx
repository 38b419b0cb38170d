import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewReason } from '../../../../main/contract/schemas';
import { reasonText } from './reason-text';

const COLORS: Partial<Record<ReviewReason['code'], string>> = {
  approval_required: 'blue',
  policy_quoted: 'grape',
  backlog: 'gray',
  callback: 'teal',
  optout: 'red',
  legal_threat: 'red',
  injection: 'red',
  prompt_leak: 'red',
  private_data: 'red',
};

function humanize(code: string): string {
  const text = code.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Why this item waits for a person, one line per reason; blocking ones are flagged. `title: null`
 * leaves out the heading (the card's edit findings have their own).
 */
export function QueueReasons({ reasons, title }: { reasons: ReviewReason[]; title?: null }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <Stack gap={6}>
      {title !== null && (
        <Text size="xs" tt="uppercase" fw={600} c="dimmed">
          {t('queue.whyReview')}
        </Text>
      )}
      {reasons.map((reason) => (
        <Group
          key={reason.code}
          data-testid="queue-reason"
          data-code={reason.code}
          data-blocking={reason.blocking ? 'true' : undefined}
          gap="xs"
          wrap="nowrap"
          align="flex-start"
        >
          <Badge
            size="sm"
            variant={reason.blocking ? 'filled' : 'dot'}
            color={reason.blocking ? 'red' : (COLORS[reason.code] ?? 'orange')}
            style={{ flexShrink: 0 }}
          >
            {t(`queue.reason.${reason.code}`, { defaultValue: humanize(reason.code) })}
          </Badge>
          <Text size="sm" c="dimmed" data-testid="queue-reason-text">
            {reasonText(t, reason)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
