import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

function colorFor(action: string): string {
  if (action.endsWith('.approved') || action.endsWith('.sent')) return 'leaf';
  if (action.endsWith('.edited')) return 'yellow';
  if (action.endsWith('.rejected') || action.endsWith('.failed')) return 'red';
  if (action.startsWith('handoff') || action.includes('optout') || action.endsWith('.keys_unavailable')) return 'orange';
  if (action.startsWith('knowledge')) return 'blue';
  return 'gray';
}

/** What happened, in words; an action without a label yet shows its code. */
export function ActionBadge({ action }: { action: string }) {
  const { t, i18n } = useTranslation();
  const name = action.replace(/[^A-Za-z0-9]/g, '_');
  const key = [`activity.actions.${name}`, `activity.moreActions.${name}`, `customer.activity.${name}`].find((candidate) => i18n.exists(candidate));
  return (
    <Badge variant="light" color={colorFor(action)} tt="none" c={`${colorFor(action)}.9`}>
      {key ? t(key) : action}
    </Badge>
  );
}
