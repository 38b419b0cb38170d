import type { ProductSortBy } from '../../../api/product-filter';

/** Grid columns shared by the header and every row: select, product, SKU, price, stock, actions. */
export const CATALOG_GRID = '44px minmax(240px, 1fr) minmax(120px, 170px) 130px 150px 92px';

/** Minimum table width before it scrolls sideways. */
export const CATALOG_MIN_WIDTH = 860;

/** Height of a display row; an open editor is measured. */
export const ROW_HEIGHT = 56;

/** Height of the sticky header row. */
export const HEADER_HEIGHT = 40;

/** The sortable columns in header order (the "updated" sort lives in the toolbar menu). */
export const SORTABLE_COLUMNS: ReadonlyArray<{ by: ProductSortBy; label: string; align?: 'right' }> = [
  { by: 'name', label: 'colProduct' },
  { by: 'sku', label: 'colSku' },
  { by: 'price', label: 'colPrice', align: 'right' },
  { by: 'stock', label: 'colStock' },
];
