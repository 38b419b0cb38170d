import { keepPreviousData, queryOptions, useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import type { InboxCursor, InboxFilter } from '../../../main/contract/console-schemas';
import type { EventPayload } from '../../../main/contract/contract';
import { useNow } from '../lib/use-now';
import { call } from './call';
import { PRODUCT_PAGE_SIZE, type ProductFilter } from './product-filter';
import { queryKeys } from './query-keys';

/** App version and which shell hosts us. */
export function useAppInfo() {
  return useQuery({ queryKey: queryKeys.appInfo, queryFn: () => call('getAppInfo', {}), staleTime: Infinity });
}

/** Operator name and UI language. */
export function useSettings() {
  return useQuery({ queryKey: queryKeys.settings, queryFn: () => call('getSettings', {}) });
}

/** Shop profile and how many products/FAQs the assistant knows. */
export function useKnowledgeSummary() {
  return useQuery({ queryKey: queryKeys.knowledgeSummary, queryFn: () => call('getKnowledgeSummary', {}) });
}

/** All FAQ entries. */
export function useFaqs() {
  return useQuery({ queryKey: queryKeys.faqs, queryFn: () => call('listFaqs', {}) });
}

/** The first 100 products matching a search. */
export function useProducts(query: string) {
  return useQuery({
    queryKey: queryKeys.products(query),
    queryFn: () => call('listProducts', { query, limit: 100 }),
    placeholderData: keepPreviousData,
  });
}

/** One page of the catalog for a filter (pages are fetched as the table scrolls). */
export function productPageOptions(filter: ProductFilter, page: number) {
  return queryOptions({
    queryKey: queryKeys.productPage(filter, page),
    queryFn: () => call('listProducts', { ...filter, offset: page * PRODUCT_PAGE_SIZE, limit: PRODUCT_PAGE_SIZE }),
    staleTime: 30_000,
  });
}

/** The first catalog page, kept on screen while a new search loads; its `total` sizes the table. */
export function useProductFirstPage(filter: ProductFilter) {
  return useQuery({ ...productPageOptions(filter, 0), placeholderData: keepPreviousData });
}

/** The catalog pages the table currently shows. */
export function useProductPages(filter: ProductFilter, pages: readonly number[]) {
  return useQueries({ queries: pages.map((page) => productPageOptions(filter, page)) });
}

/** What retrieval finds for a typed message; idle while the message is blank. */
export function useInspect(message: string) {
  return useQuery({
    queryKey: queryKeys.inspect(message),
    queryFn: () => call('inspectRetrieval', { message }),
    enabled: message.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Conversations of one channel, newest first (as main orders them). */
export function useConversations(channel: 'practice' | 'whatsapp' | 'all') {
  return useQuery({ queryKey: queryKeys.conversationList(channel), queryFn: () => call('listConversations', { channel }) });
}

/** One conversation with its messages; idle while no id is selected. */
export function useConversation(conversationId: number | null) {
  return useQuery({
    queryKey: queryKeys.conversation(conversationId ?? 0),
    queryFn: () => call('getConversation', { conversationId: conversationId ?? 0 }),
    enabled: conversationId !== null,
  });
}

/** Messages per page of a chat's history: a screenful or two, so opening a long chat stays quick. */
export const HISTORY_PAGE_SIZE = 80;

/**
 * A chat in pages, newest first: page 0 is the newest messages, each next page the ones before
 * it (keyset on time and id, so pages never overlap). Shares the `conversation` prefix, so every
 * event that refreshes a chat refreshes its pages too.
 */
export function useConversationPages(conversationId: number) {
  return useInfiniteQuery({
    queryKey: queryKeys.conversationPages(conversationId),
    queryFn: ({ pageParam }) => call('getConversationPage', { conversationId, before: pageParam, limit: HISTORY_PAGE_SIZE }),
    initialPageParam: null as { at: number; id: number } | null,
    getNextPageParam: (last) => last.older,
  });
}

/** Pending review-queue items. */
export function useQueue() {
  return useQuery({ queryKey: queryKeys.queue, queryFn: () => call('listQueue', {}) });
}

/** Where updating stands; `updateStatusChanged` events replace it as it changes. */
export function useUpdateStatus() {
  return useQuery({ queryKey: queryKeys.update, queryFn: () => call('getUpdateStatus', {}) });
}

/** The WhatsApp link status; `whatsappStatusChanged` events replace it as it changes. */
export function useWhatsAppStatus() {
  return useQuery({ queryKey: queryKeys.whatsapp, queryFn: () => call('getWhatsAppStatus', {}) });
}

/** The model endpoint settings (never the key itself, only whether one is saved). */
export function useModelConfig() {
  return useQuery({ queryKey: queryKeys.modelConfig, queryFn: () => call('getModelConfig', {}) });
}

/** Tokens and estimated cost of model drafts per day, for the last `days` days. */
export function useCostSummary(days = 30) {
  return useQuery({ queryKey: [...queryKeys.cost, days], queryFn: () => call('getCostSummary', { days }) });
}

/** The owner's test cases. */
export function useSuiteCases() {
  return useQuery({ queryKey: queryKeys.suiteCases, queryFn: () => call('listSuiteCases', {}) });
}

/** The latest test run with its figures and results; `suiteRunProgress` events refresh it. */
export function useSuiteRun() {
  return useQuery({ queryKey: queryKeys.suiteRun, queryFn: () => call('getSuiteRun', {}) });
}

/** One draft a model is still writing: the latest partial reply and when it arrived. */
export type DraftInProgress = EventPayload<'draftProgress'> & { at: number };

/** Drafts in progress by inbound message id; only `useLiveUpdates` writes this. */
export type DraftsInProgress = Readonly<Record<number, DraftInProgress>>;

/** A partial draft nobody finished within this long is hidden (its stream died silently). */
const DRAFT_PROGRESS_TTL_MS = 120_000;

/**
 * Drafts being streamed right now, oldest first. Nothing is fetched: the cache entry is filled
 * by `draftProgress` events and emptied when `queueChanged` says the drafts have landed.
 */
export function useDraftsInProgress(conversationId?: number): DraftInProgress[] {
  const query = useQuery<DraftsInProgress>({
    queryKey: queryKeys.draftsInProgress,
    queryFn: () => ({}),
    initialData: {},
    enabled: false,
    staleTime: Infinity,
  });
  const cutoff = useNow(10_000) - DRAFT_PROGRESS_TTL_MS;
  return Object.values(query.data)
    .filter((draft) => draft.at > cutoff && (conversationId === undefined || draft.conversationId === conversationId))
    .sort((a, b) => a.at - b.at);
}

/** Rows per inbox page: a screenful and a half, so one fetch fills the list. */
export const INBOX_PAGE_SIZE = 60;

/** The inbox for a filter, fetched page by page (keyset) as the list scrolls. */
export function useInboxPages(filter: InboxFilter) {
  return useInfiniteQuery({
    queryKey: queryKeys.inboxList(filter),
    queryFn: ({ pageParam }) => call('listInbox', { ...filter, after: pageParam, limit: INBOX_PAGE_SIZE }),
    initialPageParam: null as InboxCursor | null,
    getNextPageParam: (last) => last.next,
    placeholderData: keepPreviousData,
  });
}

/** How many conversations need each thing (a cheap count, for filters and the navbar badge). */
export function useInboxCounts() {
  return useQuery({ queryKey: queryKeys.inboxCounts, queryFn: () => call('getInboxCounts', {}) });
}

/** One chat's inbox row: what it needs, its status and labels. */
export function useInboxRow(conversationId: number) {
  return useQuery({ queryKey: queryKeys.inboxRow(conversationId), queryFn: () => call('getInboxRow', { conversationId }) });
}

/** The owner's labels with how many chats carry each. */
export function useLabels() {
  return useQuery({ queryKey: queryKeys.labels, queryFn: () => call('listLabels', {}), staleTime: 30_000 });
}

/** The pending draft of one conversation, if any (idle while there is no conversation yet). */
export function usePendingDraft(conversationId: number | null) {
  return useQuery({
    queryKey: queryKeys.pendingDraft(conversationId ?? 0),
    queryFn: () => call('getPendingDraft', { conversationId: conversationId ?? 0 }),
    enabled: conversationId !== null,
  });
}

/** What the guards find in a person's edit of a draft; off while the text is the draft's own. */
export function useDraftEditCheck(draftId: number, text: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.draftEdit(draftId, text),
    queryFn: () => call('checkDraftEdit', { draftId, text }),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
}

/** Everyone who uses the app and who is at the desk. */
export function useStaff() {
  return useQuery({ queryKey: queryKeys.staff, queryFn: () => call('listStaff', {}) });
}

/** The first-run setup's progress (where the wizard resumes). */
export function useSetup() {
  return useQuery({ queryKey: queryKeys.setup, queryFn: () => call('getSetup', {}) });
}
