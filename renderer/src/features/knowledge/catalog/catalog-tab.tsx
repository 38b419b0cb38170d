import { Button, Group, Loader, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../../main/contract/schemas';
import { call } from '../../../api/call';
import type { ProductFilter } from '../../../api/product-filter';
import { useProductFirstPage } from '../../../api/queries';
import { Icon } from '../../../components/icon';
import { showToast } from '../../../lib/toasts';
import { ConfirmModal } from '../confirm-modal';
import { useRefreshKnowledge } from '../form-call';
import { AddProductModal } from './add-product-modal';
import { CatalogTable } from './catalog-table';
import { nextSort, SORT_PRESETS, type CatalogView } from './catalog-view';
import { NO_SELECTION, resolveSelection, selectedCount, toggleOne, type Selection } from './selection';

type BulkAction = 'activate' | 'deactivate' | 'delete';
type PendingDelete = { kind: 'one'; product: Product } | { kind: 'bulk'; count: number };

/** The contract takes at most this many SKUs per call. */
const MAX_SKUS_PER_CALL = 50_000;

async function runBulk(action: BulkAction, skus: readonly string[]): Promise<number> {
  let count = 0;
  for (let start = 0; start < skus.length; start += MAX_SKUS_PER_CALL) {
    const chunk = skus.slice(start, start + MAX_SKUS_PER_CALL);
    if (action === 'delete') count += (await call('deleteProducts', { skus: chunk })).deleted;
    else count += (await call('setProductsActive', { skus: chunk, active: action === 'activate' })).updated;
  }
  return count;
}

/** Catalog tab: search, status filter, sort, the virtualised table, bulk actions, add/delete. */
export function CatalogTab({
  view,
  onViewChange,
  currency,
}: {
  view: CatalogView;
  onViewChange: (view: CatalogView) => void;
  currency: string;
}) {
  const { t, i18n } = useTranslation();
  const refresh = useRefreshKnowledge();
  const [debouncedSearch] = useDebouncedValue(view.search.trim(), 200);
  const filter: ProductFilter = useMemo(
    () => ({ query: debouncedSearch, sort: view.sort, status: view.status }),
    [debouncedSearch, view.sort, view.status],
  );
  const first = useProductFirstPage(filter);
  const total = first.data?.total ?? 0;

  // Selection belongs to one search + status: changing either starts a fresh selection.
  const selectionKey = `${filter.query}\u0000${filter.status}`;
  const [selectionState, setSelectionState] = useState<{ key: string; selection: Selection }>({ key: selectionKey, selection: NO_SELECTION });
  const selection = selectionState.key === selectionKey ? selectionState.selection : NO_SELECTION;
  const setSelection = (next: Selection) => setSelectionState({ key: selectionKey, selection: next });
  const count = selectedCount(selection, total);

  const [adding, setAdding] = useState(false);
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);

  const bulk = useMutation({
    mutationFn: async ({ action, target }: { action: BulkAction; target: Selection | string[] }) => {
      const skus = Array.isArray(target) ? target : await resolveSelection(target, filter);
      return { action, count: skus.length > 0 ? await runBulk(action, skus) : 0, single: Array.isArray(target) };
    },
    onSuccess: ({ action, count: done, single }) => {
      showToast({ color: 'green', title: { key: `knowledge.catalog.bulkDone.${action}`, values: { count: done } }, message: '' }, 3000);
      if (!single) setSelection(NO_SELECTION);
      setPendingDelete(null);
      refresh();
    },
  });

  const setView = (patch: Partial<CatalogView>) => onViewChange({ ...view, ...patch });
  const allSelected = selection.all && selection.skus.size === 0;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="wrap" align="flex-end">
          <TextInput
            data-testid="catalog-search"
            w={320}
            placeholder={t('knowledge.catalog.searchPlaceholder')}
            aria-label={t('knowledge.catalog.searchPlaceholder')}
            leftSection={<Icon name="search" size={16} />}
            rightSection={first.isFetching && first.isPlaceholderData ? <Loader size={14} /> : null}
            value={view.search}
            onChange={(event) => setView({ search: event.currentTarget.value })}
          />
          <SegmentedControl
            data-testid="catalog-status"
            value={view.status}
            onChange={(status) => setView({ status: status as CatalogView['status'] })}
            data={[
              { value: 'all', label: t('knowledge.catalog.statusAll') },
              { value: 'active', label: t('knowledge.catalog.statusActive') },
              { value: 'inactive', label: t('knowledge.catalog.statusInactive') },
            ]}
          />
          <Select
            data-testid="catalog-sort"
            w={230}
            aria-label={t('knowledge.catalog.sortLabel')}
            allowDeselect={false}
            value={`${view.sort.by}:${view.sort.dir}`}
            data={SORT_PRESETS.map((sort) => ({ value: `${sort.by}:${sort.dir}`, label: t(`knowledge.catalog.sort.${sort.by}_${sort.dir}`) }))}
            onChange={(value) => {
              const preset = SORT_PRESETS.find((sort) => `${sort.by}:${sort.dir}` === value);
              if (preset) setView({ sort: preset });
            }}
          />
        </Group>
        <Button data-testid="catalog-add" leftSection={<Icon name="plus" size={16} />} onClick={() => setAdding(true)}>
          {t('knowledge.catalog.add')}
        </Button>
      </Group>

      <Paper
        px="md"
        py={8}
        withBorder
        bg={count > 0 ? 'leaf.0' : 'var(--mantine-color-body)'}
        data-testid="catalog-bulk-bar"
        style={{ minHeight: 46, display: 'flex', alignItems: 'center' }}
      >
        {count === 0 ? (
          <Text size="sm" c="dimmed" data-testid="catalog-count">
            {first.data === undefined
              ? '…'
              : filter.query || filter.status !== 'all'
                ? t('knowledge.catalog.matching', { count: total, formatted: total.toLocaleString(i18n.language) })
                : t('knowledge.catalog.total', { count: total, formatted: total.toLocaleString(i18n.language) })}
            {' · '}
            {t('knowledge.catalog.selectHint')}
          </Text>
        ) : (
          <Group justify="space-between" w="100%" gap="xs">
            <Group gap="xs">
              <Text size="sm" fw={600} data-testid="catalog-selected-count">
                {allSelected
                  ? t('knowledge.catalog.allSelected', { count, formatted: count.toLocaleString(i18n.language) })
                  : t('knowledge.catalog.selected', { count, formatted: count.toLocaleString(i18n.language) })}
              </Text>
              {!allSelected && count < total && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  data-testid="catalog-select-all-matching"
                  onClick={() => setSelection({ all: true, skus: new Set() })}
                >
                  {t('knowledge.catalog.selectAllMatching', { formatted: total.toLocaleString(i18n.language) })}
                </Button>
              )}
            </Group>
            <Group gap={6}>
              <Button
                size="compact-sm"
                variant="default"
                data-testid="catalog-bulk-activate"
                leftSection={<Icon name="eye" size={15} />}
                loading={bulk.isPending && bulk.variables?.action === 'activate'}
                onClick={() => bulk.mutate({ action: 'activate', target: selection })}
              >
                {t('knowledge.catalog.activate')}
              </Button>
              <Button
                size="compact-sm"
                variant="default"
                data-testid="catalog-bulk-deactivate"
                leftSection={<Icon name="eyeOff" size={15} />}
                loading={bulk.isPending && bulk.variables?.action === 'deactivate'}
                onClick={() => bulk.mutate({ action: 'deactivate', target: selection })}
              >
                {t('knowledge.catalog.deactivate')}
              </Button>
              <Button
                size="compact-sm"
                variant="light"
                color="red"
                data-testid="catalog-bulk-delete"
                leftSection={<Icon name="trash" size={15} />}
                onClick={() => setPendingDelete({ kind: 'bulk', count })}
              >
                {t('knowledge.catalog.delete')}
              </Button>
              <Button size="compact-sm" variant="subtle" color="gray" data-testid="catalog-clear-selection" onClick={() => setSelection(NO_SELECTION)}>
                {t('knowledge.catalog.clearSelection')}
              </Button>
            </Group>
          </Group>
        )}
      </Paper>

      <CatalogTable
        key={JSON.stringify(filter)}
        filter={filter}
        total={total}
        firstPage={first.data?.items}
        stale={first.isPlaceholderData}
        selection={selection}
        onToggle={(sku) => setSelection(toggleOne(selection, sku))}
        onToggleAll={() => setSelection(allSelected ? NO_SELECTION : { all: true, skus: new Set() })}
        onSort={(by) => setView({ sort: nextSort(view.sort, by) })}
        onDelete={(product) => setPendingDelete({ kind: 'one', product })}
        emptyMessage={filter.query || filter.status !== 'all' ? t('knowledge.noProductsMatch') : t('knowledge.catalog.emptyCatalog')}
      />

      <AddProductModal opened={adding} currency={currency} onClose={() => setAdding(false)} />
      <ConfirmModal
        opened={pendingDelete !== null}
        title={t('knowledge.catalog.deleteTitle')}
        message={
          pendingDelete?.kind === 'one'
            ? t('knowledge.catalog.deleteOne', { name: pendingDelete.product.name, sku: pendingDelete.product.sku })
            : t('knowledge.catalog.deleteMany', { count: pendingDelete?.count ?? 0 })
        }
        confirmLabel={t('knowledge.catalog.delete')}
        loading={bulk.isPending && bulk.variables?.action === 'delete'}
        onClose={() => setPendingDelete(null)}
        onConfirm={() => {
          if (!pendingDelete) return;
          bulk.mutate({ action: 'delete', target: pendingDelete.kind === 'one' ? [pendingDelete.product.sku] : selection });
        }}
      />
    </Stack>
  );
}
