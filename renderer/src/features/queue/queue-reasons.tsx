import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewReason } from '../../../../main/contract/schemas';

const COLORS: Record<ReviewReason['code'], string> = {
  approval_required: 'blue',
  no_knowledge: 'orange',
  asked_for_person: 'orange',
  policy_quoted: 'grape',
  optout: 'red',
  waiting_for_person: 'orange',
};

/** Why this item waits for a person, one line per reason. */
export function QueueReasons({ reasons }: { reasons: ReviewReason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <Stack gap={6}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {t('queue.whyReview')}
      </Text>
      {reasons.map((reason) => (
        <Group key={reason.code} data-testid="queue-reason" data-code={reason.code} gap="xs" wrap="nowrap" align="flex-start">
          <Badge size="sm" variant="dot" color={COLORS[reason.code]} style={{ flexShrink: 0 }}>
            {t(`queue.reason.${reason.code}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {reason.message}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
