import { Button, Card, EmptyState, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FaqEntry } from '../../../../../main/contract/schemas';
import { call } from '../../../api/call';
import { useFaqs } from '../../../api/queries';
import { Icon } from '../../../components/icon';
import { QueryState } from '../../../components/query-state';
import { showToast } from '../../../lib/toasts';
import { ConfirmModal } from '../confirm-modal';
import { useRefreshKnowledge } from '../form-call';
import { toFaqDraft } from './faq-draft';
import { FaqCard } from './faq-card';
import { FaqFormModal, type FaqEditTarget } from './faq-form-modal';

type KindFilter = 'all' | 'policy' | 'info';

function matches(faq: FaqEntry, needle: string): boolean {
  if (!needle) return true;
  const haystack = `${faq.id}\n${faq.question}\n${faq.answer}\n${faq.alternatives.join('\n')}`.toLocaleLowerCase();
  return haystack.includes(needle);
}

/** FAQ & policies tab: filter, add, edit, delete. `request` opens the form from elsewhere (Inspect). */
export function FaqTab({ request, onRequestHandled }: { request: FaqEditTarget | null; onRequestHandled: () => void }) {
  const { t } = useTranslation();
  const faqs = useFaqs();
  const refresh = useRefreshKnowledge();
  const [search, setSearch] = useState('');
  const [needle] = useDebouncedValue(search.trim().toLocaleLowerCase(), 120);
  const [kind, setKind] = useState<KindFilter>('all');
  const [editing, setEditing] = useState<FaqEditTarget | null>(null);
  const [deleting, setDeleting] = useState<FaqEntry | null>(null);
  const target = request ?? editing;

  const remove = useMutation({
    mutationFn: (faq: FaqEntry) => call('deleteFaq', { id: faq.id }),
    onSuccess: (_result, faq) => {
      showToast({ color: 'green', title: { key: 'knowledge.faq.deleted' }, message: faq.question }, 3000);
      setDeleting(null);
      refresh();
    },
  });

  const items = faqs.data?.items;
  const existingIds = useMemo(() => new Set((items ?? []).map((faq) => faq.id)), [items]);
  const visible = useMemo(
    () => (items ?? []).filter((faq) => (kind === 'all' || faq.kind === kind) && matches(faq, needle)),
    [items, kind, needle],
  );
  const policies = (items ?? []).filter((faq) => faq.kind === 'policy').length;

  const onEdit = useCallback((faq: FaqEntry) => setEditing({ originalId: faq.id, draft: toFaqDraft(faq) }), []);
  const onDelete = useCallback((faq: FaqEntry) => setDeleting(faq), []);
  const closeForm = () => {
    setEditing(null);
    if (request) onRequestHandled();
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="sm" align="flex-end">
          <TextInput
            data-testid="faq-search"
            w={320}
            placeholder={t('knowledge.faq.searchPlaceholder')}
            aria-label={t('knowledge.faq.searchPlaceholder')}
            leftSection={<Icon name="search" size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
          />
          <SegmentedControl
            data-testid="faq-kind-filter"
            value={kind}
            onChange={(value) => setKind(value as KindFilter)}
            data={[
              { value: 'all', label: t('knowledge.faq.filterAll', { count: items?.length ?? 0 }) },
              { value: 'policy', label: t('knowledge.faq.filterPolicy', { count: policies }) },
              { value: 'info', label: t('knowledge.faq.filterInfo', { count: (items?.length ?? 0) - policies }) },
            ]}
          />
        </Group>
        <Button
          data-testid="faq-add"
          leftSection={<Icon name="plus" size={16} />}
          onClick={() => setEditing({ originalId: null, draft: { id: '', question: '', answer: '', kind: 'info', alternatives: '' } })}
        >
          {t('knowledge.faq.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('knowledge.faq.intro')}
      </Text>
      <QueryState query={faqs}>
        {() =>
          visible.length === 0 ? (
            <Card py="xl">
              <EmptyState
                icon={<Icon name="book" size={26} />}
                title={items?.length ? t('knowledge.faq.noMatches') : t('knowledge.noFaqs')}
                description={items?.length ? undefined : t('knowledge.faq.emptyHint')}
              />
            </Card>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="faq-list">
              {visible.map((faq) => (
                <FaqCard key={faq.id} faq={faq} onEdit={onEdit} onDelete={onDelete} />
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
      <FaqFormModal target={target} existingIds={existingIds} onClose={closeForm} />
      <ConfirmModal
        opened={deleting !== null}
        title={t('knowledge.faq.deleteTitle')}
        message={t('knowledge.faq.deleteMessage', { question: deleting?.question ?? '' })}
        confirmLabel={t('knowledge.faq.delete')}
        loading={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      />
    </Stack>
  );
}
