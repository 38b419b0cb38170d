import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueItem } from '../../../../main/contract/schemas';
import { Icon } from '../../components/icon';
import { useQueueActions } from './use-queue-actions';

/**
 * No draft here: the assistant stepped back. The owner replies personally or marks it handled.
 * Without `withReply` (the conversation view, whose reply box answers) only "mark handled" shows.
 */
export function HandoffPanel({ item, withReply = true }: { item: QueueItem; withReply?: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const { approve, resolve, busy } = useQueueActions(item);

  return (
    <Stack gap="sm">
      <Alert
        data-testid="handoff-banner"
        color={item.route === 'optout' ? 'red' : 'orange'}
        variant="light"
        title={t('queue.needsPerson')}
        icon={<Icon name="user" />}
      >
        {t(item.route === 'optout' ? 'queue.optoutExplanation' : 'queue.handoffExplanation')}
      </Alert>
      {withReply && (
      <Textarea
        data-testid="draft-editor"
        aria-label={t('queue.ownReplyLabel')}
        placeholder={t('queue.ownReplyPlaceholder')}
        value={text}
        autosize
        minRows={3}
        maxRows={12}
        maxLength={4000}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      )}
      <Group justify="flex-end" gap="sm">
        <Button
          data-testid="resolve-handoff"
          variant="default"
          leftSection={<Icon name="check" size={16} />}
          loading={resolve.isPending}
          disabled={busy && !resolve.isPending}
          onClick={() => resolve.mutate()}
        >
          {t('queue.markHandled')}
        </Button>
        {withReply && (
        <Button
          data-testid="approve"
          leftSection={<Icon name="send" size={16} />}
          loading={approve.isPending}
          disabled={text.trim().length === 0 || (busy && !approve.isPending)}
          onClick={() => approve.mutate(text.trim())}
        >
          {t('queue.sendMyReply')}
        </Button>
        )}
      </Group>
    </Stack>
  );
}
