import type { ProductSortBy } from '../../../api/product-filter';

/** Grid columns shared by the header and every row: select, product, SKU, price, stock, actions. */
export const CATALOG_GRID = '40px minmax(180px, 1fr) minmax(96px, 170px) 112px 128px 84px';

/** Minimum table width before it scrolls sideways: fits the content column at 1024 px. */
export const CATALOG_MIN_WIDTH = 660;

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
