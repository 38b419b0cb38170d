import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversationState } from '../../../../main/contract/schemas';

const COLORS: Record<ConversationState, string> = { assistant: 'leaf', needs_person: 'orange', paused: 'gray' };

/** "Assistant drafting" / "Needs a person" / "Paused". */
export function ConversationStateBadge({
  state,
  withTestId = true,
  ...props
}: { state: ConversationState; withTestId?: boolean } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge
      data-testid={withTestId ? 'conversation-state' : undefined}
      data-state={state}
      color={COLORS[state]}
      variant="light"
      {...props}
    >
      {t(`practice.state.${state}`)}
    </Badge>
  );
}
