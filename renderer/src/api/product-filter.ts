import type { ChannelInput } from '../../../main/contract/contract';

type ListInput = Required<ChannelInput<'listProducts'>>;

/** Which column the catalog is sorted by. */
export type ProductSortBy = NonNullable<ListInput['sort']['by']>;

/** Search, sort and status of a catalog view (everything but the page window). */
export type ProductFilter = {
  query: string;
  sort: { by: ProductSortBy; dir: 'asc' | 'desc' };
  status: NonNullable<ListInput['status']>;
};

/** Rows fetched per catalog page while scrolling. */
export const PRODUCT_PAGE_SIZE = 100;
