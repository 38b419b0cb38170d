import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdReferral } from '../../../../main/contract/schemas';
import { Icon } from '../../components/icon';

/**
 * The ad a customer clicked to start the chat (click-to-WhatsApp). The link is shown as text,
 * not opened: it points at the ad, which the owner can look up in their ads account.
 */
export function ConversationReferral({ referral }: { referral: AdReferral }) {
  const { t } = useTranslation();
  const source = referral.source ?? referral.app ?? t('practice.referral.unknownSource');
  return (
    <Alert data-testid="conversation-referral" color="blue" variant="light" radius={0} icon={<Icon name="tag" />} title={t('practice.referral.title')}>
      <Stack gap={2}>
        <Text size="sm" fw={600} data-testid="conversation-referral-title">
          {referral.title ?? t('practice.referral.untitled', { source })}
        </Text>
        {referral.body && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {referral.body}
          </Text>
        )}
        {referral.url && (
          <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
            {referral.url}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
