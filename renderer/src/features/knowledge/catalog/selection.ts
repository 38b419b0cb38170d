import { call } from '../../../api/call';
import type { ProductFilter } from '../../../api/product-filter';

/**
 * Which products are ticked. `all` means "every product matching the filter", and then `skus`
 * holds the exceptions the owner unticked — so selecting 50,000 rows costs nothing.
 */
export type Selection = { all: boolean; skus: ReadonlySet<string> };

export const NO_SELECTION: Selection = { all: false, skus: new Set() };

/** Whether one product is ticked. */
export function isSelected(selection: Selection, sku: string): boolean {
  return selection.all ? !selection.skus.has(sku) : selection.skus.has(sku);
}

/** How many products are ticked, out of `total` matching. */
export function selectedCount(selection: Selection, total: number): number {
  return selection.all ? Math.max(0, total - selection.skus.size) : selection.skus.size;
}

/** Ticks or unticks one product. */
export function toggleOne(selection: Selection, sku: string): Selection {
  const skus = new Set(selection.skus);
  if (skus.has(sku)) skus.delete(sku);
  else skus.add(sku);
  return { all: selection.all, skus };
}

const FETCH_PAGE = 1000;

/**
 * The SKUs a bulk action applies to. For "all matching" they are fetched from main in pages
 * (the contract takes an explicit list), minus the exceptions.
 */
export async function resolveSelection(selection: Selection, filter: ProductFilter): Promise<string[]> {
  if (!selection.all) return [...selection.skus];
  const skus: string[] = [];
  for (let offset = 0; ; offset += FETCH_PAGE) {
    const page = await call('listProducts', { ...filter, offset, limit: FETCH_PAGE });
    for (const product of page.items) if (!selection.skus.has(product.sku)) skus.push(product.sku);
    if (page.items.length < FETCH_PAGE || offset + FETCH_PAGE >= page.total) break;
  }
  return skus;
}
