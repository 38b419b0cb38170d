import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePendingDraft } from '../../api/queries';
import { AnswerPanel } from '../queue/answer-panel';
import { DrafterNote } from '../queue/drafter-note';
import { HandoffPanel } from '../queue/handoff-panel';
import { QueueReasons } from '../queue/queue-reasons';
import { SourcesRow } from '../queue/sources-row';

/**
 * The chat's pending draft in place, below its history: why it waits, the draft (approve / edit
 * / reject with a reason) or the hand-off (mark handled; the reply box answers), and its sources.
 * The same pieces as the review card. On a short screen it shrinks and scrolls inside the pane,
 * its actions kept in sight, rather than pushing them (and the reply box) below the pane's edge.
 */
export function PendingDraft({ conversationId, onDone }: { conversationId: number; onDone?: (action: 'approved' | 'rejected' | 'resolved') => void }) {
  const { t } = useTranslation();
  const draft = usePendingDraft(conversationId);
  const item = draft.data?.item;
  if (!item) return null;
  return (
    <Paper data-testid="pending-draft" data-route={item.route} data-draft-id={item.draftId} p="sm" radius={0} bg="var(--mantine-color-body)" style={{ borderTop: '1px solid var(--mantine-color-gray-3)', maxHeight: '64%', overflowY: 'auto', flexShrink: 1, minHeight: 0 }}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Text size="xs" tt="uppercase" fw={700} c="gray.8">
            {t('inbox.pendingDraft')}
          </Text>
          {item.route === 'answer' && <DrafterNote item={item} />}
        </Group>
        <QueueReasons reasons={item.reasons} />
        {/* Keyed by draft: a newer draft for the chat starts with its own text, not the last edit. */}
        {item.route === 'answer' ? <AnswerPanel key={item.draftId} item={item} askRejectReason stickyActions onDone={onDone} /> : <HandoffPanel key={item.draftId} item={item} withReply={false} />}
        <SourcesRow item={item} />
      </Stack>
    </Paper>
  );
}
