import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';

/** The reply box every chat has: a person's own words, sent through the outbox. */
export function ReplyBox({ conversationId, customerName, optedOut }: { conversationId: number; customerName: string; optedOut: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const send = useMutation({
    mutationFn: (reply: string) => call('sendReply', { conversationId, text: reply }),
    onSuccess: () => {
      setText('');
      for (const queryKey of [queryKeys.inbox, queryKeys.queue, queryKeys.conversation(conversationId), queryKeys.conversations]) {
        void queryClient.invalidateQueries({ queryKey });
      }
      showToast({ color: 'green', title: { key: 'inbox.sentToast' }, message: customerName }, 3000);
    },
  });
  const ready = text.trim().length > 0 && !send.isPending && !optedOut;
  const submit = () => {
    if (ready) send.mutate(text.trim());
  };

  return (
    <Stack gap={4} p="sm" bg="white" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <Textarea
          data-testid="reply-input"
          aria-label={t('inbox.replyLabel')}
          placeholder={t('inbox.replyPlaceholder')}
          value={text}
          autosize
          minRows={1}
          maxRows={6}
          maxLength={4000}
          disabled={optedOut}
          style={{ flex: 1 }}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              submit();
            }
          }}
        />
        <Button data-testid="reply-send" leftSection={<Icon name="send" size={16} />} loading={send.isPending} disabled={!ready} onClick={submit}>
          {t('inbox.send')}
        </Button>
      </Group>
      <Text size="xs" c={send.isError ? 'red.8' : 'gray.7'} data-testid={send.isError ? 'reply-error' : undefined}>
        {send.isError ? describeError(send.error) : optedOut ? t('inbox.replyOptout') : t('inbox.replyHint')}
      </Text>
    </Stack>
  );
}
