import { Badge, Button, Group, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../../main/contract/schemas';
import { useDraftEditCheck } from '../../api/queries';
import { Icon } from '../../components/icon';
import { QueueReasons } from './queue-reasons';
import { useQueueActions } from './use-queue-actions';

/**
 * The assistant's draft: read it, optionally edit it, then approve & send or reject. With
 * `askRejectReason` (the conversation view) Reject first asks for an optional reason.
 */
export function AnswerPanel({ item, askRejectReason = false }: { item: QueueItem; askRejectReason?: boolean }) {
  const { t } = useTranslation();
  // A blocking reason means this draft may not go out as written: open the editor straight away.
  const blocking = item.reasons.some((reason) => reason.blocking);
  const [editing, setEditing] = useState(blocking);
  const editorRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(item.draft);
  const { approve, reject, busy } = useQueueActions(item);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const edited = text.trim() !== item.draft.trim();
  const blocked = blocking && !edited;
  // The edit goes through the guards again: what they find is shown, sending stays allowed.
  const [checkedText] = useDebouncedValue(text.trim(), 400);
  const check = useDraftEditCheck(item.draftId, checkedText, edited && checkedText.length > 0);
  const findings = edited ? (check.data?.reasons ?? []) : [];

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
        <Textarea
          ref={editorRef}
          data-testid="draft-editor"
          aria-label={t('queue.suggestedReply')}
          value={text}
          autosize
          minRows={4}
          maxRows={14}
          maxLength={4000}
          onChange={(event) => setText(event.currentTarget.value)}
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
          autoFocus
        />
      )}
      <Group justify="space-between" mt="xs">
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
            onClick={() => {
              setEditing(true);
              requestAnimationFrame(() => editorRef.current?.focus());
            }}
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
            onClick={() => (askRejectReason && !rejecting ? setRejecting(true) : reject.mutate(reason.trim()))}
          >
            {rejecting ? t('inbox.confirmReject') : t('queue.reject')}
          </Button>
          <Button
            data-testid="approve"
            leftSection={<Icon name="send" size={16} />}
            loading={approve.isPending}
            disabled={blocked || text.trim().length === 0 || (busy && !approve.isPending)}
            onClick={() => approve.mutate(text.trim())}
          >
            {t('queue.approve')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
