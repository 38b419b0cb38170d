import { ActionIcon, Group, NativeSelect, Stack, Text, TextInput, Textarea, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { LANGUAGE_OPTIONS, asLanguage } from '../../lib/languages';

type Props = {
  customerName: string;
  language: Language;
  onCustomerNameChange: (name: string) => void;
  onLanguageChange: (language: Language) => void;
  onSent: (conversationId: number) => void;
};

/** Writes a message as a customer. Enter sends, Shift+Enter adds a new line. */
export function PracticeComposer({ customerName, language, onCustomerNameChange, onLanguageChange, onSent }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const send = useMutation({
    mutationFn: (message: string) => call('sendPracticeMessage', { customerName: customerName.trim(), language, text: message }),
    // Give the text back if sending failed, unless something new was typed meanwhile.
    onError: (_error, message) => setText((current) => (current.trim() ? current : message)),
    onSuccess: ({ conversationId }) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversation(conversationId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversations });
      void queryClient.invalidateQueries({ queryKey: queryKeys.queue });
    },
  });
  const canSend = customerName.trim().length > 0 && text.trim().length > 0 && !send.isPending;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    const message = text.trim();
    setText('');
    // Per call, not in the options: a send that finishes after the owner left this screen (a model
    // can take seconds to draft) must not pull them back to the practice chat.
    send.mutate(message, { onSuccess: ({ conversationId }) => onSent(conversationId) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm" p="lg">
        <Group gap="sm" align="flex-end">
          <TextInput
            data-testid="practice-name"
            label={t('practice.customerName')}
            placeholder={t('practice.customerNamePlaceholder')}
            value={customerName}
            maxLength={60}
            onChange={(event) => onCustomerNameChange(event.currentTarget.value)}
            w={200}
          />
          <NativeSelect
            data-testid="practice-language"
            label={t('practice.language')}
            value={language}
            data={LANGUAGE_OPTIONS.map((option) => ({ value: option.value, label: option.label }))}
            onChange={(event) => onLanguageChange(asLanguage(event.currentTarget.value))}
            w={200}
          />
        </Group>
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <Textarea
            data-testid="practice-input"
            aria-label={t('practice.messageLabel')}
            placeholder={t('practice.messagePlaceholder', { name: customerName.trim() || t('practice.theCustomer') })}
            value={text}
            maxLength={4000}
            autosize
            minRows={2}
            maxRows={6}
            onChange={(event) => setText(event.currentTarget.value)}
            onKeyDown={onKeyDown}
            style={{ flex: 1 }}
          />
          <Tooltip label={t('practice.send')} withArrow>
            <ActionIcon
              data-testid="practice-send"
              type="submit"
              size={52}
              radius="md"
              variant="filled"
              aria-label={t('practice.send')}
              disabled={!canSend}
              loading={send.isPending}
            >
              <Icon name="send" size={22} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Text size="xs" c="dimmed">
          {t('practice.keyboardHint')}
        </Text>
      </Stack>
    </form>
  );
}
