import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

function colorFor(action: string): string {
  if (action.endsWith('.approved') || action.endsWith('.sent')) return 'leaf';
  if (action.endsWith('.edited')) return 'yellow';
  if (action.endsWith('.rejected') || action.endsWith('.failed')) return 'red';
  if (action.startsWith('handoff') || action.includes('optout') || action.endsWith('.keys_unavailable')) return 'orange';
  if (action.startsWith('knowledge')) return 'blue';
  return 'gray';
}

/** A readable label for an audit action, with the raw action code underneath. */
export function ActionBadge({ action }: { action: string }) {
  const { t, i18n } = useTranslation();
  const key = `activity.actions.${action.replace(/[^A-Za-z0-9]/g, '_')}`;
  const label = i18n.exists(key) ? t(key) : null;
  return (
    <Stack gap={2} align="flex-start">
      <Badge variant="light" color={colorFor(action)} tt="none">
        {label ?? action}
      </Badge>
      {label && (
        <Text size="xs" c="dimmed" ff="monospace">
          {action}
        </Text>
      )}
    </Stack>
  );
}
