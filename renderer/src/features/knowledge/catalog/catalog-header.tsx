import { Box, Checkbox, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductFilter, ProductSortBy } from '../../../api/product-filter';
import { Icon } from '../../../components/icon';
import { CATALOG_GRID, HEADER_HEIGHT, SORTABLE_COLUMNS } from './catalog-columns';

/** Sticky header: select-all-matching and the sortable columns. */
export function CatalogHeader({
  sort,
  allState,
  disabled,
  onToggleAll,
  onSort,
}: {
  sort: ProductFilter['sort'];
  allState: 'none' | 'some' | 'all';
  disabled: boolean;
  onToggleAll: () => void;
  onSort: (by: ProductSortBy) => void;
}) {
  const { t } = useTranslation();
  return (
    <Box
      role="row"
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 2,
        display: 'grid',
        gridTemplateColumns: CATALOG_GRID,
        alignItems: 'center',
        height: HEADER_HEIGHT,
        background: 'var(--mantine-color-gray-0)',
        borderBottom: '1px solid var(--mantine-color-gray-3)',
      }}
    >
      <Box role="columnheader" px={12}>
        <Checkbox
          data-testid="catalog-select-all"
          aria-label={t('knowledge.catalog.selectAll')}
          checked={allState === 'all'}
          indeterminate={allState === 'some'}
          disabled={disabled}
          onChange={onToggleAll}
          size="sm"
        />
      </Box>
      {SORTABLE_COLUMNS.map((column) => {
        const active = sort.by === column.by;
        return (
          <Box
            key={column.by}
            role="columnheader"
            aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
            px={12}
            style={{ textAlign: column.align ?? 'left' }}
          >
            <UnstyledButton data-testid={`catalog-sort-${column.by}`} onClick={() => onSort(column.by)}>
              <Group gap={4} wrap="nowrap" justify={column.align === 'right' ? 'flex-end' : 'flex-start'}>
                <Text size="xs" fw={650} tt="uppercase" c={active ? 'bright' : 'dimmed'} style={{ letterSpacing: 0.3 }}>
                  {t(`knowledge.${column.label}`)}
                </Text>
                <Box c={active ? 'leaf.7' : 'gray.5'} style={{ display: 'flex' }}>
                  <Icon name={active ? (sort.dir === 'asc' ? 'arrowUp' : 'arrowDown') : 'selector'} size={14} stroke={2} />
                </Box>
              </Group>
            </UnstyledButton>
          </Box>
        );
      })}
      <Box role="columnheader" px={12}>
        <Text size="xs" fw={650} tt="uppercase" c="dimmed" ta="right">
          <span className="visually-hidden">{t('knowledge.catalog.actions')}</span>
        </Text>
      </Box>
    </Box>
  );
}
