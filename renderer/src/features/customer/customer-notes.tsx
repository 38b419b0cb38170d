import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard, CustomerNote } from '../../../../main/contract/customer-schemas';
import { call } from '../../api/call';
import { Icon } from '../../components/icon';
import { formatAbsolute } from '../../lib/time';
import { useCardChange } from './customer-queries';

/** Staff notes about the customer: add, edit, delete. */
export function CustomerNotes({ card }: { card: CustomerCard }) {
  const { t } = useTranslation();
  const id = card.conversationId;
  const [text, setText] = useState('');
  const add = useCardChange(id, () => call('saveCustomerNote', { conversationId: id, text }), () => setText(''));
  return (
    <Stack gap="xs" data-testid="customer-notes">
      <Text fw={700} size="sm">
        {t('customer.notes.title')}
      </Text>
      {card.notes.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('customer.notes.empty')}
        </Text>
      )}
      {card.notes.map((note) => (
        <NoteRow key={note.id} conversationId={id} note={note} />
      ))}
      <Textarea size="xs" autosize minRows={1} maxRows={4} value={text} onChange={(e) => setText(e.currentTarget.value)} placeholder={t('customer.notes.placeholder')} aria-label={t('customer.notes.placeholder')} maxLength={2000} />
      <Group justify="flex-end">
        <Button size="compact-xs" leftSection={<Icon name="plus" size={14} />} disabled={text.trim() === ''} loading={add.isPending} onClick={() => add.mutate(undefined)}>
          {t('customer.add')}
        </Button>
      </Group>
    </Stack>
  );
}

function NoteRow({ conversationId, note }: { conversationId: number; note: CustomerNote }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const save = useCardChange(conversationId, () => call('saveCustomerNote', { conversationId, id: note.id, text: editing ?? note.text }), () => setEditing(null));
  const remove = useCardChange(conversationId, () => call('deleteCustomerNote', { conversationId, id: note.id }));
  return (
    <Paper withBorder p="xs" data-testid="customer-note">
      {editing === null ? (
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {note.text}
            </Text>
            <Text size="xs" c="dimmed">
              {t('customer.notes.by', { name: note.author, date: formatAbsolute(note.updatedAt, i18n.language) })}
            </Text>
          </Stack>
          <Group gap={2} wrap="nowrap">
            <ActionIcon variant="subtle" size="sm" color="gray" aria-label={t('customer.edit')} onClick={() => setEditing(note.text)}>
              <Icon name="pencil" size={14} />
            </ActionIcon>
            <ActionIcon variant="subtle" size="sm" color="red" aria-label={t('customer.delete')} loading={remove.isPending} onClick={() => remove.mutate(undefined)}>
              <Icon name="trash" size={14} />
            </ActionIcon>
          </Group>
        </Group>
      ) : (
        <Stack gap={4}>
          <Textarea size="xs" autosize minRows={1} maxRows={6} value={editing} onChange={(e) => setEditing(e.currentTarget.value)} aria-label={t('customer.edit')} maxLength={2000} />
          <Group gap="xs" justify="flex-end">
            <Button size="compact-xs" variant="subtle" color="gray" onClick={() => setEditing(null)}>
              {t('customer.cancel')}
            </Button>
            <Button size="compact-xs" disabled={editing.trim() === ''} loading={save.isPending} onClick={() => save.mutate(undefined)}>
              {t('customer.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
