import { ActionIcon, Badge, Box, Checkbox, Group, Skeleton, Text, Tooltip } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../../../main/contract/schemas';
import { Icon } from '../../../components/icon';
import { formatPrice } from '../../../lib/format-price';
import { StockBadge } from '../stock-badge';
import { CATALOG_GRID, ROW_HEIGHT } from './catalog-columns';

const cellStyle = { minWidth: 0, padding: '0 12px' } as const;
/** A row's grid, shared by loaded and loading rows so their columns line up. */
const rowStyle = {
  display: 'grid',
  gridTemplateColumns: CATALOG_GRID,
  alignItems: 'center',
  height: ROW_HEIGHT,
  borderBottom: '1px solid var(--mantine-color-gray-2)',
} as const;

/** One product in the virtualised catalog. Memoised: scrolling re-renders only new rows. */
export const CatalogRow = memo(function CatalogRow({
  product,
  index,
  selected,
  onToggle,
  onEdit,
  onDelete,
}: {
  product: Product;
  index: number;
  selected: boolean;
  onToggle: (sku: string) => void;
  onEdit: (sku: string, index: number) => void;
  onDelete: (product: Product) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Box
      role="row"
      aria-selected={selected}
      data-testid="catalog-row"
      data-sku={product.sku}
      data-active={product.active}
      onDoubleClick={() => onEdit(product.sku, index)}
      style={{ ...rowStyle, background: selected ? 'var(--mantine-color-leaf-0)' : undefined }}
    >
      <Box role="cell" style={{ ...cellStyle, paddingRight: 0 }}>
        <Checkbox
          data-testid="catalog-select"
          aria-label={t('knowledge.catalog.selectRow', { name: product.name })}
          checked={selected}
          onChange={() => onToggle(product.sku)}
          size="sm"
        />
      </Box>
      <Box role="cell" style={cellStyle}>
        <Group gap={6} wrap="nowrap">
          <Text fw={500} size="sm" truncate="end" c={product.active ? undefined : 'dimmed'} data-testid="catalog-name">
            {product.name}
          </Text>
          {!product.active && (
            <Badge size="xs" color="gray" variant="outline" style={{ flexShrink: 0 }} data-testid="catalog-inactive">
              {t('knowledge.inactive')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" truncate="end" title={product.description || undefined}>
          {product.description || '\u00a0'}
        </Text>
      </Box>
      <Box role="cell" style={cellStyle}>
        <Text size="sm" ff="monospace" c="dimmed" truncate="end" title={product.sku}>
          {product.sku}
        </Text>
      </Box>
      <Box role="cell" style={{ ...cellStyle, textAlign: 'right' }}>
        <Text size="sm" data-testid="catalog-price" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
          {priceText(product, i18n.language, (min, max) => t('variants.priceRange', { min, max }))}
        </Text>
        {(product.variants ?? []).length > 0 && (
          <Text size="xs" c="dimmed" data-testid="catalog-variants" title={(product.variants ?? []).map((v) => `${v.sku}: ${v.price}`).join('\n')}>
            {t('variants.count', { count: product.variants!.length })}
          </Text>
        )}
      </Box>
      <Box role="cell" style={cellStyle}>
        <StockBadge stock={product.stock} />
      </Box>
      <Box role="cell" style={cellStyle}>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <Tooltip label={t('knowledge.catalog.edit')} openDelay={400}>
            <ActionIcon
              data-testid="catalog-edit"
              variant="subtle"
              color="gray"
              aria-label={t('knowledge.catalog.editNamed', { name: product.name })}
              onClick={() => onEdit(product.sku, index)}
            >
              <Icon name="pencil" size={17} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('knowledge.catalog.delete')} openDelay={400}>
            <ActionIcon
              data-testid="catalog-delete"
              variant="subtle"
              color="red"
              aria-label={t('knowledge.catalog.deleteNamed', { name: product.name })}
              onClick={() => onDelete(product)}
            >
              <Icon name="trash" size={17} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Box>
    </Box>
  );
});

/** A row whose page is still loading. */
export function CatalogRowSkeleton() {
  return (
    <Box
      role="row"
      aria-busy
      data-testid="catalog-row-loading"
      style={rowStyle}
    >
      <Box style={cellStyle}>
        <Skeleton h={16} w={16} radius="sm" />
      </Box>
      <Box style={cellStyle}>
        <Skeleton h={10} w="55%" mb={8} />
        <Skeleton h={8} w="80%" />
      </Box>
      <Box style={cellStyle}>
        <Skeleton h={10} w="70%" />
      </Box>
      <Box style={cellStyle}>
        <Skeleton h={10} w="60%" ml="auto" />
      </Box>
      <Box style={cellStyle}>
        <Skeleton h={10} w="40%" />
      </Box>
      <Box />
    </Box>
  );
}

/** The price, or the range of the variants' prices ("389,00 – 899,00 MXN"). */
function priceText(product: Product, language: string, range: (min: string, max: string) => string): string {
  const prices = (product.variants ?? []).map((v) => Number(v.price));
  if (prices.length === 0) return formatPrice(product.price, product.currency, language);
  const min = Math.min(...prices).toFixed(2);
  const max = Math.max(...prices).toFixed(2);
  if (min === max) return formatPrice(min, product.currency, language);
  return range(formatPrice(min, product.currency, language), formatPrice(max, product.currency, language));
}
