import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_KINDS, type ActivityFilter } from '../../../../main/contract/activity-schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';

/** Local midnight of a `yyyy-mm-dd` date input, as epoch ms (undefined when empty). */
export function dayStart(value: string, plusDays = 0): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays).getTime();
}

/** What the filter row holds (dates as typed; turned into the query's epoch range by the screen). */
export type FilterState = { conversationId: number | null; customerLabel: string; actor: string | null; kind: ActivityFilter['kind'] | null; from: string; to: string };

export const NO_FILTER: FilterState = { conversationId: null, customerLabel: '', actor: null, kind: null, from: '', to: '' };

/** The query's filter: the `to` day is included (the range ends at the next midnight). */
export function toActivityFilter(state: FilterState): ActivityFilter {
  return {
    ...(state.conversationId !== null ? { conversationId: state.conversationId } : {}),
    ...(state.actor !== null ? { actor: state.actor } : {}),
    ...(state.kind ? { kind: state.kind } : {}),
    ...(dayStart(state.from) !== undefined ? { from: dayStart(state.from) } : {}),
    ...(dayStart(state.to, 1) !== undefined ? { to: dayStart(state.to, 1) } : {}),
  };
}

/** Customer (searched by name through the inbox), person, kind and date range. */
export function ActivityFilters({ value, onChange, actorLabel }: { value: FilterState; onChange: (next: FilterState) => void; actorLabel: (actor: string) => string }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search] = useDebouncedValue(typed.trim(), 200);
  const customers = useQuery({
    queryKey: ['inbox', 'activity-customers', search],
    queryFn: () => call('listInbox', { need: 'all', channel: 'all', search, limit: 20 }),
  });
  const actors = useQuery({ queryKey: queryKeys.activityActors, queryFn: () => call('getActivityActors', {}) });
  const customerOptions = (customers.data?.items ?? []).map((row) => ({ value: String(row.conversationId), label: row.customerName }));
  if (value.conversationId !== null && !customerOptions.some((option) => option.value === String(value.conversationId))) {
    customerOptions.unshift({ value: String(value.conversationId), label: value.customerLabel });
  }
  const active = JSON.stringify(value) !== JSON.stringify(NO_FILTER);
  return (
    <Group gap="xs" wrap="wrap" align="flex-end" data-testid="activity-filters">
      <Select
        data-testid="activity-filter-customer"
        label={t('activity.filterCustomer')}
        placeholder={t('activity.filterCustomerPlaceholder')}
        data={customerOptions}
        searchable
        clearable
        searchValue={typed}
        onSearchChange={setTyped}
        filter={({ options }) => options}
        value={value.conversationId === null ? null : String(value.conversationId)}
        onChange={(id, option) => onChange({ ...value, conversationId: id === null ? null : Number(id), customerLabel: option?.label ?? '' })}
        size="xs"
        w={190}
      />
      <Select
        data-testid="activity-filter-person"
        label={t('activity.filterPerson')}
        placeholder={t('activity.filterPersonPlaceholder')}
        data={(actors.data?.actors ?? []).map((actor) => ({ value: actor, label: actorLabel(actor) }))}
        clearable
        value={value.actor}
        onChange={(actor) => onChange({ ...value, actor })}
        size="xs"
        w={150}
      />
      <Select
        data-testid="activity-filter-kind"
        label={t('activity.filterKind')}
        placeholder={t('activity.filterKindPlaceholder')}
        data={ACTIVITY_KINDS.map((kind) => ({ value: kind, label: t(`activity.kinds.${kind}`) }))}
        clearable
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: (kind as FilterState['kind']) ?? null })}
        size="xs"
        w={170}
      />
      <TextInput data-testid="activity-filter-from" type="date" label={t('activity.filterFrom')} value={value.from} onChange={(event) => onChange({ ...value, from: event.currentTarget.value })} size="xs" w={140} />
      <TextInput data-testid="activity-filter-to" type="date" label={t('activity.filterTo')} value={value.to} onChange={(event) => onChange({ ...value, to: event.currentTarget.value })} size="xs" w={140} />
      {active && (
        <Button variant="subtle" size="xs" color="gray" onClick={() => onChange(NO_FILTER)} data-testid="activity-clear">
          {t('activity.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
