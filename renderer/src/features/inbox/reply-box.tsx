import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { Language } from '../../../../main/contract/schemas';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { useAppInfo } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';
import { QuickReplyTextarea } from '../quick-replies/quick-reply-textarea';
import { useRegisterReplyCommands } from './draft-commands';
import { forgetRestored, offerUndo, onRestored, restoredKey, restoredText } from './undo-send';

/**
 * The reply box every chat has: a person's own words, sent through the outbox (and offered for
 * undo while it waits there); `/` inserts a quick reply.
 */
export function ReplyBox({ conversationId, customerName, language, optedOut }: { conversationId: number; customerName: string; language: Language; optedOut: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const undoMs = useAppInfo().data?.undoSendMs ?? 0;
  const key = restoredKey({ conversationId });
  const [text, setText] = useState(() => restoredText(key) ?? '');
  const input = useRef<HTMLTextAreaElement | null>(null);
  // This chat's reply was undone while the box is open: its text comes back here.
  useEffect(() => onRestored((restored, text) => restored === key && setText(text)), [key]);
  useRegisterReplyCommands({
    // The `/` key itself is not stopped: focused here first, the box receives it and the quick
    // reply picker opens.
    focus: () => {
      const element = input.current;
      if (!element || optedOut) return;
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    },
  });
  const send = useMutation({
    mutationFn: (reply: string) => call('sendReply', { conversationId, text: reply }),
    onSuccess: (sent) => {
      setText('');
      forgetRestored(key);
      for (const queryKey of [queryKeys.inbox, queryKeys.queue, queryKeys.conversation(conversationId), queryKeys.conversations, queryKeys.audit]) {
        void queryClient.invalidateQueries({ queryKey });
      }
      if (undoMs > 0) offerUndo({ target: { messageId: sent.messageId }, conversationId, customerName, until: Date.now() + undoMs - 300 });
      else showToast({ color: 'green', title: { key: 'inbox.sentToast' }, message: customerName }, 3000);
    },
  });
  const ready = text.trim().length > 0 && !send.isPending && !optedOut;
  const submit = () => {
    if (ready) send.mutate(text.trim());
  };

  return (
    <Stack gap={4} p="sm" bg="var(--mantine-color-body)" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <QuickReplyTextarea
          data-testid="reply-input"
          aria-label={t('inbox.replyLabel')}
          placeholder={t('inbox.replyPlaceholder')}
          value={text}
          onValueChange={setText}
          target={{ customerName, language }}
          textareaRef={input}
          autosize
          minRows={1}
          maxRows={6}
          maxLength={4000}
          disabled={optedOut}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              submit();
            } else if (event.key === 'Escape') {
              // Leaves the box so the inbox's keys work again.
              event.currentTarget.blur();
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
