import { Box, Card, Center, Stack, Text } from '@mantine/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../../main/contract/schemas';
import { PRODUCT_PAGE_SIZE, type ProductFilter, type ProductSortBy } from '../../../api/product-filter';
import { useProductPages } from '../../../api/queries';
import { CATALOG_MIN_WIDTH, HEADER_HEIGHT, ROW_HEIGHT } from './catalog-columns';
import { CatalogHeader } from './catalog-header';
import { CatalogRow, CatalogRowSkeleton } from './catalog-row';
import { InlineProductEditor } from './inline-product-editor';
import { isSelected, type Selection } from './selection';

type Editing = { sku: string; index: number };

/** The distinct page numbers a list of row indexes falls in, ascending. */
function pagesOf(indexes: readonly number[]): number[] {
  const pages = new Set(indexes.map((index) => Math.floor(index / PRODUCT_PAGE_SIZE)));
  return [...pages].sort((a, b) => a - b);
}

/**
 * The catalog as a virtualised grid: only the rows on screen exist in the DOM, and only the
 * pages they fall in are fetched (100 rows each), so 50,000 products scroll like 50. The
 * scrollbar is sized from `total` at once, so dragging it jumps straight to any page.
 */
export function CatalogTable({
  filter,
  total,
  firstPage,
  stale,
  selection,
  onToggle,
  onToggleAll,
  onSort,
  onDelete,
  emptyMessage,
}: {
  filter: ProductFilter;
  total: number;
  /** Page 0, possibly still the previous search's while the new one loads. */
  firstPage: readonly Product[] | undefined;
  stale: boolean;
  selection: Selection;
  onToggle: (sku: string) => void;
  onToggleAll: () => void;
  onSort: (by: ProductSortBy) => void;
  onDelete: (product: Product) => void;
  emptyMessage: string;
}) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const editingIndex = editing?.index ?? null;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      // Keep an open editor mounted when it scrolls out of view, so nothing typed is lost.
      if (editingIndex !== null && editingIndex < range.count && !indexes.includes(editingIndex)) {
        indexes.push(editingIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [editingIndex],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders on scroll by design.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();

  // Fetch exactly the pages the rendered rows fall in; TanStack Query caches and dedupes them.
  const pageKey = pagesOf(items.map((item) => item.index)).join(',');
  const visiblePages = useMemo(() => (pageKey ? pageKey.split(',').map(Number) : []), [pageKey]);
  const pageQueries = useProductPages(filter, visiblePages);
  const rows = new Map<number, readonly Product[]>();
  if (firstPage) rows.set(0, firstPage);
  visiblePages.forEach((page, i) => {
    const pageItems = pageQueries[i]?.data?.items;
    if (pageItems) rows.set(page, pageItems);
  });
  const rowAt = (index: number) => rows.get(Math.floor(index / PRODUCT_PAGE_SIZE))?.[index % PRODUCT_PAGE_SIZE];

  const onEdit = useCallback((sku: string, index: number) => setEditing({ sku, index }), []);
  const closeEditor = useCallback(() => setEditing(null), []);

  const selectedOnScreen = selection.all ? selection.skus.size === 0 : false;
  const allState = total > 0 && selectedOnScreen ? 'all' : selection.all || selection.skus.size > 0 ? 'some' : 'none';

  return (
    <Card padding={0} style={{ overflow: 'hidden' }}>
      <Box
        ref={scrollRef}
        role="table"
        aria-rowcount={total}
        aria-label={t('knowledge.catalog.tableLabel')}
        data-testid="catalog-table"
        data-total={total}
        style={{ height: 'max(360px, calc(100dvh - 420px))', overflow: 'auto', contain: 'strict' }}
      >
        <Box miw={CATALOG_MIN_WIDTH}>
          <CatalogHeader sort={filter.sort} allState={allState} disabled={total === 0} onToggleAll={onToggleAll} onSort={onSort} />
          {total === 0 ? (
            <Center h={240} data-testid="catalog-empty">
              <Stack align="center" gap={4}>
                <Text c="dimmed">{emptyMessage}</Text>
              </Stack>
            </Center>
          ) : (
            <Box
              role="rowgroup"
              style={{ position: 'relative', height: virtualizer.getTotalSize() - HEADER_HEIGHT, opacity: stale ? 0.6 : 1, transition: 'opacity 120ms' }}
            >
              {items.map((item) => {
                const product = rowAt(item.index);
                const isEditing = product !== undefined && editing?.sku === product.sku;
                return (
                  <Box
                    key={item.key}
                    data-index={item.index}
                    ref={virtualizer.measureElement}
                    style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
                  >
                    {!product ? (
                      <CatalogRowSkeleton />
                    ) : isEditing ? (
                      <InlineProductEditor product={product} onSaved={closeEditor} onCancel={closeEditor} />
                    ) : (
                      <CatalogRow
                        product={product}
                        index={item.index}
                        selected={isSelected(selection, product.sku)}
                        onToggle={onToggle}
                        onEdit={onEdit}
                        onDelete={onDelete}
                      />
                    )}
                  </Box>
                );
              })}
            </Box>
          )}
        </Box>
      </Box>
    </Card>
  );
}
