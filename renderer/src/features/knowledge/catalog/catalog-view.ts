import type { ProductFilter, ProductSortBy } from '../../../api/product-filter';

/** What the owner set on the catalog tab; kept by the screen so switching tabs keeps it. */
export type CatalogView = { search: string; status: ProductFilter['status']; sort: ProductFilter['sort'] };

export const DEFAULT_CATALOG_VIEW: CatalogView = { search: '', status: 'all', sort: { by: 'name', dir: 'asc' } };

/** Clicking a column header: same column flips direction, a new column starts ascending. */
export function nextSort(sort: ProductFilter['sort'], by: ProductSortBy): ProductFilter['sort'] {
  if (sort.by === by) return { by, dir: sort.dir === 'asc' ? 'desc' : 'asc' };
  return { by, dir: by === 'updated' ? 'desc' : 'asc' };
}

/** Sort presets offered in the toolbar menu (value `by:dir`). */
export const SORT_PRESETS: ReadonlyArray<ProductFilter['sort']> = [
  { by: 'name', dir: 'asc' },
  { by: 'name', dir: 'desc' },
  { by: 'sku', dir: 'asc' },
  { by: 'price', dir: 'asc' },
  { by: 'price', dir: 'desc' },
  { by: 'stock', dir: 'asc' },
  { by: 'stock', dir: 'desc' },
  { by: 'updated', dir: 'desc' },
];
