import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { call } from './call';
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

/** Pending review-queue items. */
export function useQueue() {
  return useQuery({ queryKey: queryKeys.queue, queryFn: () => call('listQueue', {}) });
}

/** The latest audit entries. */
export function useAudit() {
  return useQuery({ queryKey: queryKeys.audit, queryFn: () => call('listAudit', { limit: 200 }) });
}
