import { ActionIcon, Badge, Blockquote, Button, Group, Paper, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard, CustomerFact } from '../../../../main/contract/customer-schemas';
import type { Message } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';
import { customerCardKey, useCardChange } from './customer-queries';

/** How much of a customer message the "from a message" picker shows. */
const PICK_CHARS = 60;

/** The facts section: approved facts (edit, delete), proposals (approve, dismiss), add and suggest. */
export function CustomerFacts({ card, messages, onShowMessage }: { card: CustomerCard; messages: readonly Message[]; onShowMessage: (messageId: number) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = card.conversationId;
  const [text, setText] = useState('');
  const [messageId, setMessageId] = useState<string | null>(null);
  const add = useCardChange(id, () => call('saveCustomerFact', { conversationId: id, text, messageId: messageId ? Number(messageId) : null }), () => {
    setText('');
    setMessageId(null);
  });
  const suggest = useMutation({
    mutationFn: () => call('suggestCustomerFacts', { conversationId: id }),
    onSuccess: ({ proposed, card: next }) => {
      queryClient.setQueryData(customerCardKey(id), next);
      showToast({ color: 'blue', title: { key: 'customer.facts.title' }, message: proposed > 0 ? { key: 'customer.facts.suggested', values: { count: proposed } } : { key: 'customer.facts.noneSuggested' } }, 5000);
    },
    onError: (error) => showToast({ color: 'red', title: { key: 'errors.actionFailed' }, message: describeError(error) }, 6000),
  });
  const customerMessages = messages.filter((m) => m.direction === 'in' && m.deletedAt === null).slice(-20).toReversed();

  return (
    <Stack gap="xs" data-testid="customer-facts">
      <Text fw={700} size="sm">
        {t('customer.facts.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('customer.facts.help')}
      </Text>
      <Group>
        <Tooltip label={t('customer.facts.suggestOff')} disabled={card.canSuggest} withArrow multiline w={240}>
          <Button size="compact-xs" variant="light" leftSection={<Icon name="sparkles" size={14} />} disabled={!card.canSuggest} loading={suggest.isPending} onClick={() => suggest.mutate()} data-testid="facts-suggest">
            {t('customer.facts.suggest')}
          </Button>
        </Tooltip>
      </Group>
      {card.facts.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customer.facts.empty')}
        </Text>
      )}
      {card.facts.map((fact) => (
        <FactRow key={fact.id} conversationId={id} fact={fact} shown={messages.some((m) => m.id === fact.messageId)} onShowMessage={onShowMessage} />
      ))}
      <TextInput size="xs" value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder={t('customer.facts.placeholder')} aria-label={t('customer.facts.placeholder')} maxLength={200} data-testid="fact-text" />
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <Select
          size="xs"
          style={{ flex: 1, minWidth: 0 }}
          label={t('customer.facts.linkMessage')}
          placeholder={t('customer.facts.noMessage')}
          data={customerMessages.map((m) => ({ value: String(m.id), label: m.text.length > PICK_CHARS ? `${m.text.slice(0, PICK_CHARS - 1)}…` : m.text }))}
          value={messageId}
          onChange={setMessageId}
          clearable
          data-testid="fact-message"
        />
        <Button size="xs" leftSection={<Icon name="plus" size={14} />} disabled={text.trim() === ''} loading={add.isPending} onClick={() => add.mutate(undefined)} data-testid="fact-add">
          {t('customer.add')}
        </Button>
      </Group>
    </Stack>
  );
}

function FactRow({
  conversationId,
  fact,
  shown,
  onShowMessage,
}: {
  conversationId: number;
  fact: CustomerFact;
  /** Whether its message is among the chat's loaded pages (then it can be shown there). */
  shown: boolean;
  onShowMessage: (messageId: number) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const save = useCardChange(conversationId, () => call('saveCustomerFact', { conversationId, id: fact.id, text: editing ?? fact.text }), () => setEditing(null));
  const approve = useCardChange(conversationId, () => call('approveCustomerFact', { conversationId, id: fact.id }));
  const remove = useCardChange(conversationId, () => call('deleteCustomerFact', { conversationId, id: fact.id }));
  const proposed = fact.status === 'proposed';
  return (
    <Paper withBorder p="xs" data-testid="customer-fact" data-fact-id={fact.id} data-status={fact.status} bg={proposed ? 'yellow.0' : undefined}>
      {editing === null ? (
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={6}>
              {proposed && (
                <Badge size="xs" color="yellow" variant="light">
                  {t('customer.facts.proposed')}
                </Badge>
              )}
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {fact.text}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {fact.source === 'model' ? t('customer.facts.addedByAssistant') : t('customer.facts.addedBy', { name: fact.addedBy })}
              {fact.approvedBy && fact.source === 'model' ? ` · ${t('customer.facts.approvedBy', { name: fact.approvedBy })}` : ''}
            </Text>
          </Stack>
          {!proposed && (
            <Group gap={2} wrap="nowrap">
              <ActionIcon variant="subtle" size="sm" color="gray" aria-label={t('customer.edit')} onClick={() => setEditing(fact.text)}>
                <Icon name="pencil" size={14} />
              </ActionIcon>
              <ActionIcon variant="subtle" size="sm" color="red" aria-label={t('customer.delete')} loading={remove.isPending} onClick={() => remove.mutate(undefined)} data-testid="fact-delete">
                <Icon name="trash" size={14} />
              </ActionIcon>
            </Group>
          )}
        </Group>
      ) : (
        <Group gap="xs" wrap="nowrap">
          <TextInput size="xs" style={{ flex: 1 }} value={editing} onChange={(e) => setEditing(e.currentTarget.value)} aria-label={t('customer.edit')} maxLength={200} />
          <Button size="compact-xs" disabled={editing.trim() === ''} loading={save.isPending} onClick={() => save.mutate(undefined)}>
            {t('customer.save')}
          </Button>
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setEditing(null)}>
            {t('customer.cancel')}
          </Button>
        </Group>
      )}
      {fact.messageText !== null && (
        <Blockquote p={6} mt={6} fz="xs" color="gray" data-testid="fact-message-text" cite={t('customer.facts.fromMessage')} style={{ overflowWrap: 'anywhere' }}>
          {fact.messageText}
          {shown && fact.messageId !== null && (
            <Button display="block" mt={4} size="compact-xs" variant="subtle" onClick={() => onShowMessage(fact.messageId!)} data-testid="fact-show-message">
              {t('customer.facts.showInChat')}
            </Button>
          )}
        </Blockquote>
      )}
      {proposed && (
        <Group gap="xs" mt={6}>
          <Button size="compact-xs" color="green" leftSection={<Icon name="check" size={14} />} loading={approve.isPending} onClick={() => approve.mutate(undefined)} data-testid="fact-approve">
            {t('customer.facts.approve')}
          </Button>
          <Button size="compact-xs" variant="default" leftSection={<Icon name="x" size={14} />} loading={remove.isPending} onClick={() => remove.mutate(undefined)} data-testid="fact-dismiss">
            {t('customer.facts.dismiss')}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
