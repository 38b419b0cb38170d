/**
 * What drafts say about a product's stock, as the owner set it (`Settings.stockDisplay`): the
 * exact count, only "in stock", "low stock" at or below a threshold, or nothing. Out of stock is
 * always said: a customer must not order what is not there. Shared by the offline composer's
 * sentences and the model's knowledge lines, so both say the same.
 */
import type { Settings } from '../../contract/schemas';
import { assertNever } from '../platform/errors';

/** How drafts show stock (the owner's settings); the default says "in stock", never the count. */
export type StockDisplay = { display: NonNullable<Settings['stockDisplay']>; lowThreshold: number };
export const DEFAULT_STOCK_DISPLAY: StockDisplay = { display: 'in_stock', lowThreshold: 3 };

/** The stock display the settings ask for, defaults filled in. */
export function stockDisplayOf(settings: Pick<Settings, 'stockDisplay' | 'lowStockThreshold'>): StockDisplay {
  return {
    display: settings.stockDisplay ?? DEFAULT_STOCK_DISPLAY.display,
    lowThreshold: settings.lowStockThreshold ?? DEFAULT_STOCK_DISPLAY.lowThreshold,
  };
}

/** What a draft may say about one product's stock. */
export type StockState = { kind: 'count'; count: number } | { kind: 'in' | 'low' | 'out' | 'unknown' | 'hidden' };

/** The stock state to say for a catalog count (null: unknown) under the owner's display. */
export function stockState(count: number | null, { display, lowThreshold }: StockDisplay): StockState {
  if (count !== null && count <= 0) return { kind: 'out' };
  if (display === 'hidden') return { kind: 'hidden' };
  if (count === null) return { kind: 'unknown' };
  switch (display) {
    case 'exact':
      return { kind: 'count', count };
    case 'in_stock':
      return { kind: 'in' };
    case 'low_stock':
      return { kind: count <= lowThreshold ? 'low' : 'in' };
    default:
      return assertNever(display);
  }
}
