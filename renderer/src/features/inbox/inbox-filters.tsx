import { Checkbox, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INBOX_NEEDS, type InboxCounts, type InboxQuery } from '../../../../main/contract/console-schemas';
import type { Label } from '../../../../main/contract/states-schemas';
import { useStaff } from '../../api/queries';

/** The inbox's facets besides search; each is one more condition on the same keyset query. */
export type InboxFacets = Pick<InboxQuery, 'need' | 'channel' | 'source' | 'labelId' | 'autoSent' | 'assigneeId'>;

export const NO_FACETS: InboxFacets = { need: 'all', channel: 'all', source: 'all', labelId: null, autoSent: false, assigneeId: null };

/**
 * The filters under the search box, each option with its count. A new facet (an assignee, the
 * auto-sent flag) is one more entry here and one more condition in `ConsoleRepo.pageQuery`.
 */
export function InboxFilters({ value, onChange, counts, labels }: { value: InboxFacets; onChange: (next: InboxFacets) => void; counts: InboxCounts | undefined; labels: readonly Label[] }) {
  const { t } = useTranslation();
  const count = (label: string, n: number | undefined) => t('inbox.needCount', { need: label, count: n ?? 0 });
  const needLabel = (need: (typeof INBOX_NEEDS)[number]) => (need === 'snoozed' ? t('states.need.snoozed') : t(`inbox.need.${need}`));
  // "Assigned to me": the operator at the desk now (who that is comes from the staff list).
  const me = useStaff().data?.currentId ?? null;
  const set = <K extends keyof InboxFacets>(key: K, next: InboxFacets[K]) => onChange({ ...value, [key]: next });
  return (
    <SimpleGrid cols={2} spacing={6} verticalSpacing={6}>
      <Select
        data-testid="inbox-filter-need"
        aria-label={t('inbox.needLabel')}
        data={[{ value: 'all', label: t('inbox.allNeeds') }, ...INBOX_NEEDS.map((need) => ({ value: need, label: count(needLabel(need), counts?.needs[need]) }))]}
        value={value.need}
        onChange={(next) => set('need', (next as InboxFacets['need'] | null) ?? 'all')}
        allowDeselect={false}
        size="xs"
      />
      <Select
        data-testid="inbox-filter-channel"
        aria-label={t('inbox.channelLabel')}
        data={[
          { value: 'all', label: t('inbox.allChannels') },
          { value: 'whatsapp', label: count(t('channel.whatsapp'), counts?.channels.whatsapp) },
          { value: 'practice', label: count(t('channel.practice'), counts?.channels.practice) },
        ]}
        value={value.channel}
        onChange={(next) => set('channel', (next as InboxFacets['channel'] | null) ?? 'all')}
        allowDeselect={false}
        size="xs"
      />
      <Select
        data-testid="inbox-filter-source"
        aria-label={t('states.filters.source')}
        data={[
          { value: 'all', label: t('states.filters.allSources') },
          { value: 'ad', label: count(t('states.filters.ad'), counts?.sources.ad) },
          { value: 'organic', label: count(t('states.filters.organic'), counts?.sources.organic) },
        ]}
        value={value.source}
        onChange={(next) => set('source', (next as InboxFacets['source'] | null) ?? 'all')}
        allowDeselect={false}
        size="xs"
      />
      <Select
        data-testid="inbox-filter-label"
        aria-label={t('states.filters.label')}
        data={[{ value: 'all', label: t('states.filters.allLabels') }, ...labels.map((l) => ({ value: String(l.id), label: count(l.name, l.conversations) }))]}
        value={value.labelId === null ? 'all' : String(value.labelId)}
        onChange={(next) => set('labelId', next === null || next === 'all' ? null : Number(next))}
        allowDeselect={false}
        size="xs"
      />
      <Checkbox
        data-testid="inbox-filter-auto-sent"
        label={t('history.filters.autoSent')}
        checked={value.autoSent}
        onChange={(event) => set('autoSent', event.currentTarget.checked)}
        size="xs"
      />
      <Checkbox
        data-testid="inbox-filter-assigned-to-me"
        label={t('history.filters.assignedToMe')}
        checked={value.assigneeId !== null && value.assigneeId === me}
        disabled={me === null}
        onChange={(event) => set('assigneeId', event.currentTarget.checked ? me : null)}
        size="xs"
      />
    </SimpleGrid>
  );
}
