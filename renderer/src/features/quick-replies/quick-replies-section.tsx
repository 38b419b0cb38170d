import { ActionIcon, Badge, Button, Card, Group, Modal, Stack, Table, Tabs, Text, TextInput, Textarea, Title, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuickReply } from '../../../../main/contract/quick-reply-schemas';
import type { Language } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { LANGUAGE_OPTIONS, languageName } from '../../lib/languages';
import { showToast } from '../../lib/toasts';
import { useQuickReplies } from './use-quick-replies';
import { useReturnFocusOnUnmount } from '../../lib/use-return-focus';

type Draft = { id?: number; title: string; shortcut: string; texts: Partial<Record<Language, string>> };

/** Settings section: the owner's quick replies, listed, added, edited and deleted. */
export function QuickRepliesSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const replies = useQuickReplies();
  const [editing, setEditing] = useState<Draft | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.quickReplies });
  const remove = useMutation({
    mutationFn: (reply: QuickReply) => call('deleteQuickReply', { id: reply.id }),
    onSuccess: () => {
      refresh();
      showToast({ color: 'green', title: t('quickReplies.deleted'), message: '' }, 3000);
    },
  });
  const items = replies.data?.items ?? [];

  return (
    <Card withBorder padding="lg" data-testid="quick-replies">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4">
            {t('quickReplies.title')}
          </Title>
          <Button data-testid="quick-reply-add" size="xs" leftSection={<Icon name="plus" size={14} />} onClick={() => setEditing({ title: '', shortcut: '', texts: {} })}>
            {t('quickReplies.add')}
          </Button>
        </Group>
        <Text size="sm" c="gray.7">
          {t('quickReplies.description')}
        </Text>
        {items.length === 0 ? (
          <Text size="sm" c="gray.7" data-testid="quick-replies-empty">
            {t('quickReplies.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={140}>{t('quickReplies.colShortcut')}</Table.Th>
                  <Table.Th>{t('quickReplies.colTitle')}</Table.Th>
                  <Table.Th>{t('quickReplies.colLanguages')}</Table.Th>
                  <Table.Th w={90} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((reply) => (
                  <Table.Tr key={reply.id} data-testid="quick-reply-row" data-shortcut={reply.shortcut}>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        /{reply.shortcut}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{reply.title}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {Object.keys(reply.texts).map((language) => (
                          <Badge key={language} size="sm" variant="outline" color="gray.8">
                            {language.toUpperCase()}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Tooltip label={t('quickReplies.edit')} withArrow>
                          <ActionIcon variant="subtle" color="gray" aria-label={`${t('quickReplies.edit')} /${reply.shortcut}`} onClick={() => setEditing({ ...reply })}>
                            <Icon name="pencil" size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('quickReplies.delete')} withArrow>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`${t('quickReplies.delete')} /${reply.shortcut}`}
                            onClick={() => {
                              if (window.confirm(t('quickReplies.deleteConfirm', { shortcut: reply.shortcut }))) remove.mutate(reply);
                            }}
                          >
                            <Icon name="trash" size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {editing && <QuickReplyForm initial={editing} onClose={() => setEditing(null)} onSaved={refresh} />}
    </Card>
  );
}

function QuickReplyForm({ initial, onClose, onSaved }: { initial: Draft; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  useReturnFocusOnUnmount();
  const [draft, setDraft] = useState<Draft>(initial);
  const [tab, setTab] = useState<string>(Object.keys(initial.texts)[0] ?? 'en');
  const save = useMutation({
    mutationFn: () => call('saveQuickReply', { ...(draft.id ? { id: draft.id } : {}), title: draft.title, shortcut: draft.shortcut.replace(/^\//, ''), texts: draft.texts }),
    onSuccess: () => {
      onSaved();
      showToast({ color: 'green', title: t('quickReplies.saved'), message: `/${draft.shortcut.replace(/^\//, '')}` }, 3000);
      onClose();
    },
  });
  const written = (language: string) => (draft.texts[language as Language] ?? '').trim() !== '';
  return (
    <Modal opened onClose={onClose} title={<Title order={2} size="h4">{draft.id ? t('quickReplies.edit') : t('quickReplies.add')}</Title>} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Group grow align="flex-start">
            <TextInput data-testid="quick-reply-title" label={t('quickReplies.titleLabel')} placeholder={t('quickReplies.titlePlaceholder')} value={draft.title} maxLength={80} required onChange={(event) => setDraft({ ...draft, title: event.currentTarget.value })} data-autofocus />
            <TextInput
              data-testid="quick-reply-shortcut"
              label={t('quickReplies.shortcutLabel')}
              description={t('quickReplies.shortcutDescription')}
              leftSection={<Text size="sm">/</Text>}
              value={draft.shortcut}
              maxLength={33}
              required
              onChange={(event) => setDraft({ ...draft, shortcut: event.currentTarget.value.replace(/\s/g, '') })}
            />
          </Group>
          <Tabs value={tab} onChange={(value) => setTab(value ?? 'en')}>
            <Tabs.List>
              {LANGUAGE_OPTIONS.map((option) => (
                <Tabs.Tab key={option.value} value={option.value} data-testid={`quick-reply-tab-${option.value}`} rightSection={written(option.value) ? <Text size="xs" c="leaf.8">●</Text> : null}>
                  {option.value.toUpperCase()}
                </Tabs.Tab>
              ))}
            </Tabs.List>
          </Tabs>
          <Textarea
            data-testid="quick-reply-text"
            label={t('quickReplies.textLabel', { language: languageName(tab) })}
            placeholder={t('quickReplies.textPlaceholder')}
            description={t('quickReplies.variablesHint')}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={4000}
            value={draft.texts[tab as Language] ?? ''}
            onChange={(event) => setDraft({ ...draft, texts: { ...draft.texts, [tab]: event.currentTarget.value } })}
          />
          {save.isError && (
            <Text size="sm" c="red.8" data-testid="quick-reply-error">
              {describeError(save.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="quick-reply-save" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
