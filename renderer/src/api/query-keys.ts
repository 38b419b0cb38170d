import type { InboxFilter } from '../../../main/contract/console-schemas';
import type { ProductFilter } from './product-filter';

/** TanStack Query keys, grouped so events can invalidate whole families at once. */
export const queryKeys = {
  appInfo: ['appInfo'] as const,
  settings: ['settings'] as const,
  knowledge: ['knowledge'] as const,
  knowledgeSummary: ['knowledge', 'summary'] as const,
  faqs: ['knowledge', 'faqs'] as const,
  products: (query: string) => ['knowledge', 'products', query] as const,
  /** One page of the catalog for a filter; all pages share the `['knowledge', 'products']` prefix. */
  productPage: (filter: ProductFilter, page: number) => ['knowledge', 'products', 'page', filter, page] as const,
  inspect: (message: string) => ['knowledge', 'inspect', message] as const,
  draftEdit: (draftId: number, text: string) => ['queue', 'draftEdit', draftId, text] as const,
  conversations: ['conversations'] as const,
  conversationList: (channel: 'practice' | 'whatsapp' | 'all') => ['conversations', channel] as const,
  conversation: (conversationId: number) => ['conversation', conversationId] as const,
  conversationPages: (conversationId: number) => ['conversation', conversationId, 'pages'] as const,
  queue: ['queue'] as const,
  /** The console's inbox: pages per filter, counts and pending drafts share the prefix. */
  inbox: ['inbox'] as const,
  inboxLists: ['inbox', 'list'] as const,
  inboxList: (filter: InboxFilter) => ['inbox', 'list', filter] as const,
  inboxCounts: ['inbox', 'counts'] as const,
  labels: ['inbox', 'labels'] as const,
  inboxRow: (conversationId: number) => ['inbox', 'row', conversationId] as const,
  pendingDraft: (conversationId: number) => ['inbox', 'draft', conversationId] as const,
  audit: ['audit'] as const,
  /** Activity pages per filter share the `audit` prefix, so audit events refresh them too. */
  activity: (filter: object) => ['audit', 'activity', filter] as const,
  activityActors: ['audit', 'actors'] as const,
  quickReplies: ['quickReplies'] as const,
  whatsapp: ['whatsapp'] as const,
  modelConfig: ['model', 'config'] as const,
  cost: ['model', 'cost'] as const,
  /** Drafts a model is streaming right now, by inbound message id (fed by `draftProgress` events). */
  draftsInProgress: ['draftsInProgress'] as const,
  suite: ['suite'] as const,
  suiteCases: ['suite', 'cases'] as const,
  suiteRun: ['suite', 'run'] as const,
  update: ['update'] as const,
  staff: ['staff'] as const,
  setup: ['setup'] as const,
};
