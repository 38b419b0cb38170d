import { Badge, Group, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ConversationStatus } from '../../../../main/contract/console-schemas';
import type { Label } from '../../../../main/contract/states-schemas';

/** A snooze's end in the UI language: "Tue 09:00" within the week, else with the date. */
export function formatSnooze(at: number, language: string): string {
  const withinWeek = at - Date.now() < 6 * 24 * 60 * 60 * 1000;
  return new Intl.DateTimeFormat(language, withinWeek ? { weekday: 'short', hour: '2-digit', minute: '2-digit' } : { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

/** The person's status for a chat, shown only when it is not plain "open". */
export function StatusBadge({ status, snoozedUntil, ...props }: { status: ConversationStatus; snoozedUntil: number | null } & Omit<BadgeProps, 'children' | 'color'>) {
  const { t, i18n } = useTranslation();
  if (status === 'open') return null;
  const text = status === 'snoozed' && snoozedUntil !== null ? t('states.status.snoozedUntil', { time: formatSnooze(snoozedUntil, i18n.language) }) : t(`states.status.${status}`);
  return (
    <Badge data-testid="status-badge" data-status={status} variant="outline" color={status === 'resolved' ? 'blue' : status === 'snoozed' ? 'grape' : 'gray'} {...props}>
      {text}
    </Badge>
  );
}

/** A chat's labels as small coloured chips (the first `max`, then "+n"). */
export function LabelChips({ ids, labels, max = 2 }: { ids: readonly number[]; labels: readonly Label[]; max?: number }) {
  const shown = ids.map((id) => labels.find((l) => l.id === id)).filter((l): l is Label => l !== undefined);
  if (shown.length === 0) return null;
  return (
    <Group gap={4} wrap="nowrap" style={{ minWidth: 0, overflow: 'hidden' }} data-testid="row-labels">
      {shown.slice(0, max).map((label) => (
        <Badge key={label.id} size="xs" variant="light" color={label.color} data-testid="row-label" style={{ flexShrink: 1, minWidth: 0, textTransform: 'none' }}>
          {label.name}
        </Badge>
      ))}
      {shown.length > max && (
        <Badge size="xs" variant="default" style={{ flexShrink: 0 }}>
          +{shown.length - max}
        </Badge>
      )}
    </Group>
  );
}
