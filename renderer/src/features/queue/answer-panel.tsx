import { Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { getHotkeyHandler, useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../../main/contract/schemas';
import { useDraftEditCheck } from '../../api/queries';
import { Icon } from '../../components/icon';
import { useRegisterDraftCommands } from '../inbox/draft-commands';
import { restoredKey, restoredText } from '../inbox/undo-send';
import { QuickReplyTextarea } from '../quick-replies/quick-reply-textarea';
import { QueueReasons } from './queue-reasons';
import { useQueueActions } from './use-queue-actions';

/**
 * The actions row kept at the bottom of a scrolling card (the conversation view's pending draft
 * scrolls inside the chat pane): on a short screen Approve stays in sight above the sources.
 */
const STICKY_ACTIONS = {
  position: 'sticky',
  bottom: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
  // A rule above, so text scrolling under the pinned row reads as behind it, not cut.
  borderTop: '1px solid var(--mantine-color-gray-3)',
  paddingBlock: 6,
} as const;

/**
 * The assistant's draft: read it, optionally edit it, then approve & send or reject. With
 * `askRejectReason` (the conversation view) Reject first asks for an optional reason; with
 * `stickyActions` the actions stay in sight while the card scrolls. Edit moves
 * the cursor into the editor; Ctrl+Enter there approves; `/` inserts a quick reply. Inside the
 * inbox its actions are also the `a` / `e` / `r` keys (`draft-commands.ts`).
 */
export function AnswerPanel({
  item,
  askRejectReason = false,
  stickyActions = false,
  onDone,
}: {
  item: QueueItem;
  askRejectReason?: boolean;
  stickyActions?: boolean;
  onDone?: (action: 'approved' | 'rejected' | 'resolved') => void;
}) {
  const { t } = useTranslation();
  // A blocking reason means this draft may not go out as written: open the editor straight away.
  const blocking = item.reasons.some((reason) => reason.blocking);
  // An undone send comes back with the text that was sent, in the editor.
  const [restored] = useState(() => restoredText(restoredKey({ draftId: item.draftId })));
  const [editing, setEditing] = useState(blocking || restored !== undefined);
  const [text, setText] = useState(restored ?? item.draft);
  const { approve, reject, busy } = useQueueActions(item, { onDone });
  const [rejecting, setRejecting] = useState(false);
  const editor = useRef<HTMLTextAreaElement | null>(null);
  const [focusEditor, setFocusEditor] = useState(false);
  useEffect(() => {
    if (!focusEditor || !editing || !editor.current) return;
    const element = editor.current;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
    setFocusEditor(false);
  }, [focusEditor, editing]);
  const startEditing = () => {
    setEditing(true);
    setFocusEditor(true);
  };
  const [reason, setReason] = useState('');
  const edited = text.trim() !== item.draft.trim();
  const blocked = blocking && !edited;
  // The edit goes through the guards again: what they find is shown, sending stays allowed.
  const [checkedText] = useDebouncedValue(text.trim(), 400);
  const check = useDraftEditCheck(item.draftId, checkedText, edited && checkedText.length > 0);
  const findings = edited ? (check.data?.reasons ?? []) : [];
  const canApprove = !blocked && text.trim().length > 0 && !busy;
  const doApprove = () => {
    if (canApprove) approve.mutate(text.trim());
  };
  const doReject = () => {
    if (busy) return;
    if (askRejectReason && !rejecting) setRejecting(true);
    else reject.mutate(reason.trim());
  };
  useRegisterDraftCommands({ approve: doApprove, edit: startEditing, reject: doReject });

  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="xs" tt="uppercase" fw={600} c="dimmed">
          {t('queue.suggestedReply')}
        </Text>
        {edited && (
          <Badge size="xs" variant="light" color="yellow" data-testid="draft-edited">
            {t('queue.edited')}
          </Badge>
        )}
      </Group>
      {editing ? (
        <QuickReplyTextarea
          data-testid="draft-editor"
          aria-label={t('queue.suggestedReply')}
          value={text}
          onValueChange={setText}
          target={{ customerName: item.customerName, language: item.language }}
          textareaRef={editor}
          autosize
          minRows={4}
          maxRows={14}
          maxLength={4000}
          onKeyDown={getHotkeyHandler([
            ['mod+Enter', doApprove],
            // Leaves the editor so the inbox's keys work again.
            ['Escape', (event) => (event.target as HTMLElement).blur()],
          ])}
          data-autofocus
        />
      ) : (
        <Paper p="md" bg="leaf.0" withBorder style={{ borderColor: 'var(--mantine-color-leaf-2)' }}>
          <Text data-testid="draft-text" className="pre-wrap">
            {text}
          </Text>
        </Paper>
      )}
      {findings.length > 0 && (
        <Stack gap={4} data-testid="edit-findings">
          <Text size="sm" c="orange.8">
            {t('queue.editFindings')}
          </Text>
          <QueueReasons reasons={findings} title={null} />
        </Stack>
      )}
      {blocked && (
        <Text size="sm" c="red.7" data-testid="draft-blocked">
          {t('queue.blockedHint')}
        </Text>
      )}
      {rejecting && (
        <TextInput
          data-testid="reject-reason"
          label={t('inbox.rejectReasonLabel')}
          description={t('inbox.rejectKeepsTurn')}
          placeholder={t('inbox.rejectReasonPlaceholder')}
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.currentTarget.value)}
          onKeyDown={getHotkeyHandler([
            ['Enter', doReject],
            ['Escape', () => setRejecting(false)],
          ])}
          autoFocus
        />
      )}
      <Group justify="space-between" mt="xs" style={stickyActions ? STICKY_ACTIONS : undefined}>
        {editing ? (
          <Button
            data-testid="edit-done"
            variant="subtle"
            color="gray"
            onClick={() => setEditing(false)}
            disabled={busy}
          >
            {t('queue.doneEditing')}
          </Button>
        ) : (
          <Button
            data-testid="edit"
            variant="default"
            leftSection={<Icon name="pencil" size={16} />}
            onClick={startEditing}
            disabled={busy}
          >
            {t('queue.edit')}
          </Button>
        )}
        <Group gap="sm">
          <Button
            data-testid="reject"
            variant="subtle"
            color="red"
            leftSection={<Icon name="x" size={16} />}
            loading={reject.isPending}
            disabled={busy && !reject.isPending}
            onClick={doReject}
          >
            {rejecting ? t('inbox.confirmReject') : t('queue.reject')}
          </Button>
          <Button
            data-testid="approve"
            leftSection={<Icon name="send" size={16} />}
            loading={approve.isPending}
            disabled={blocked || text.trim().length === 0 || (busy && !approve.isPending)}
            onClick={doApprove}
          >
            {t('queue.approve')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
