import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from './icon';

/** Marks a policy entry: the assistant quotes it word for word and never paraphrases it. */
export function PolicyBadge() {
  const { t } = useTranslation();
  return (
    <Badge
      data-testid="policy-badge"
      color="grape"
      variant="light"
      tt="none"
      style={{ flexShrink: 0 }}
      leftSection={<Icon name="shield" size={12} />}
    >
      {t('knowledge.policyBadge')}
    </Badge>
  );
}
