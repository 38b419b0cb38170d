import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboxNeed } from '../../../../main/contract/console-schemas';

/** Colours chosen for contrast on the light badge background; what needs you is warm. */
export const NEED_COLORS: Record<InboxNeed, string> = {
  needs_reply: 'red',
  draft_ready: 'leaf',
  handed_off: 'orange',
  paused: 'gray',
  snoozed: 'grape',
  resolved: 'blue',
  optout: 'dark',
};

/** What a conversation needs, as a small badge. */
export function NeedBadge({ need, ...props }: { need: InboxNeed } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge data-testid="inbox-need" data-need={need} color={NEED_COLORS[need]} variant="light" {...props}>
      {need === 'snoozed' ? t('states.need.snoozed') : t(`inbox.need.${need}`)}
    </Badge>
  );
}
