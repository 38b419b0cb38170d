import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboxRow } from '../../../../main/contract/console-schemas';
import { TimeAgo } from '../../components/time-ago';
import { NeedBadge } from './need-badge';
import { LabelChips, StatusBadge } from './status-badge';
import type { Label } from '../../../../main/contract/states-schemas';

/**
 * A snoozed chat says until when; a pending one with nothing to do that it waits for the
 * customer. Anything that needs a person keeps its need badge.
 */
export function showsStatus(row: Pick<InboxRow, 'status' | 'need'>): boolean {
  return row.status === 'snoozed' || (row.status === 'pending' && row.need === 'resolved');
}

/** One conversation in the inbox list: who, where, the last message, what it needs, unread. */
export function InboxRowButton({ row, selected, onOpen, labels = [] }: { row: InboxRow; selected: boolean; onOpen: () => void; labels?: readonly Label[] }) {
  const { t } = useTranslation();
  const unread = row.unread > 0;
  return (
    <UnstyledButton
      data-testid="inbox-row"
      data-conversation-id={row.conversationId}
      data-need={row.need}
      data-status={row.status}
      data-customer={row.customerName}
      aria-current={selected ? 'true' : undefined}
      onClick={onOpen}
      w="100%"
      h="100%"
      px="sm"
      py={8}
      style={{
        borderBottom: '1px solid var(--mantine-color-gray-2)',
        background: selected ? 'var(--mantine-color-leaf-0)' : undefined,
        borderLeft: selected ? '3px solid var(--mantine-color-leaf-6)' : '3px solid transparent',
      }}
    >
      <Stack gap={2}>
        <Group justify="space-between" wrap="nowrap" gap={6}>
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <Text fw={unread ? 750 : 600} size="sm" truncate data-testid="inbox-row-name">
              {row.customerName}
            </Text>
            <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
              {t(`channel.${row.channel}`)}
            </Badge>
            {row.source === 'ad' && (
              <Badge size="xs" variant="light" color="orange" style={{ flexShrink: 0 }} data-testid="inbox-row-ad">
                {t('states.filters.adBadge')}
              </Badge>
            )}
          </Group>
          <TimeAgo at={row.lastMessageAt} size="xs" c="gray.7" style={{ flexShrink: 0, whiteSpace: 'nowrap' }} />
        </Group>
        <Text size="sm" c={unread ? 'bright' : 'gray.7'} truncate data-testid="inbox-row-snippet">
          {row.lastMessageFrom === 'shop' ? t('inbox.you') : ''}
          {row.lastMessageText}
        </Text>
        <Group justify="space-between" wrap="nowrap" gap={6}>
          <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
            {showsStatus(row) ? (
              <StatusBadge status={row.status} snoozedUntil={row.snoozedUntil} size="sm" style={{ flexShrink: 0 }} />
            ) : (
              <NeedBadge need={row.need} size="sm" style={{ flexShrink: 0 }} />
            )}
            <LabelChips ids={row.labelIds} labels={labels} />
            {row.assignee && (
              <Badge size="xs" variant="light" color="gray" tt="none" style={{ flexShrink: 1, minWidth: 0 }} data-testid="inbox-row-assignee" title={t('history.assign.assigned', { name: row.assignee.name })}>
                {row.assignee.name}
              </Badge>
            )}
          </Group>
          {unread && (
            <Badge
              data-testid="inbox-unread"
              size="sm"
              circle={row.unread < 10}
              color="leaf.9"
              aria-label={t('inbox.unreadLabel', { count: row.unread })}
            >
              {row.unread}
            </Badge>
          )}
        </Group>
      </Stack>
    </UnstyledButton>
  );
}
