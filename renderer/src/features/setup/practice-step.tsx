import { Alert, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { useConversation, useFaqs, usePendingDraft } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { asLanguage } from '../../lib/languages';
import { describeError } from '../../lib/describe-error';
import { PendingDraft } from '../inbox/pending-draft';
import { ConversationThread } from '../practice/conversation-thread';

/**
 * A practice chat inside the wizard: one customer message, the assistant's draft in place, and
 * the person's approval — the same pieces the inbox uses. Reports when a reply has gone out.
 */
export function PracticeStep({ conversationId, onConversation }: { conversationId: number | null; onConversation: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const faqs = useFaqs();
  // A question in the shop's own words (its first FAQ entry), so the first try meets knowledge
  // the assistant has; a generic one while the shop has no FAQ.
  const suggestion = faqs.data?.items[0]?.question ?? t('setup.steps.practice.suggestion');
  const [typed, setText] = useState<string | null>(null);
  const text = typed ?? suggestion;
  const conversation = useConversation(conversationId);
  const chat = useRef<HTMLDivElement>(null);
  const pending = usePendingDraft(conversationId);
  const draftId = pending.data?.item?.draftId ?? null;
  // The draft sits under the thread, below the fold on a laptop: bring it into view when it comes.
  useEffect(() => {
    if (draftId !== null) chat.current?.scrollIntoView({ block: 'end', behavior: 'smooth' });
  }, [draftId]);
  const send = useMutation({
    mutationFn: () => call('sendPracticeMessage', { customerName: t('setup.steps.practice.customer'), language: asLanguage(i18n.language), text: text.trim() }),
    onSuccess: ({ conversationId: id }) => {
      onConversation(id);
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversation(id) });
    },
  });
  const replied = conversation.data?.messages.some((m) => m.direction === 'out') ?? false;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) send.mutate();
  };
  return (
    <Stack gap="md">
      <form onSubmit={submit}>
        <Group align="flex-end" gap="sm" wrap="nowrap">
          <TextInput data-testid="setup-practice-input" label={t('setup.steps.practice.question')} value={text} maxLength={4000} onChange={(e) => setText(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button type="submit" data-testid="setup-practice-send" leftSection={<Icon name="message" />} loading={send.isPending} disabled={!text.trim()}>
            {t('setup.steps.practice.send')}
          </Button>
        </Group>
      </form>
      {send.isError && <Alert color="red">{describeError(send.error)}</Alert>}
      {conversationId !== null && (
        <Card withBorder padding={0} data-testid="setup-practice-chat" ref={chat}>
          <ConversationThread query={conversation} />
          <PendingDraft conversationId={conversationId} />
        </Card>
      )}
      {replied && (
        <Alert color="green" data-testid="setup-practice-replied" icon={<Icon name="check" />}>
          <Text size="sm">{t('setup.steps.practice.sent')}</Text>
        </Alert>
      )}
    </Stack>
  );
}
