/**
 * The customer card's query and its mutations: every change returns the new card, put in the
 * cache at once (and refreshed by `conversationChanged` like the chat itself).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CustomerCard } from '../../../../main/contract/customer-schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';

/** The card's cache key: under the conversation's, so its live refresh covers it. */
export const customerCardKey = (conversationId: number) => [...queryKeys.conversation(conversationId), 'customer'] as const;

/** The customer card of a conversation. */
export function useCustomerCard(conversationId: number, enabled = true) {
  return useQuery({ queryKey: customerCardKey(conversationId), queryFn: () => call('getCustomerCard', { conversationId }), enabled });
}

/** A change to the card: the returned card replaces the cached one; a failure is a toast. */
export function useCardChange<I>(conversationId: number, change: (input: I) => Promise<CustomerCard>, onDone?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (card) => {
      queryClient.setQueryData(customerCardKey(conversationId), card);
      onDone?.();
    },
    onError: (error) => showToast({ color: 'red', title: { key: 'errors.actionFailed' }, message: describeError(error) }, 6000),
  });
}

/** "54950" minor units at 2 digits → "549.50" (a stored decimal, as prices are). */
export function minorToDecimal(amount: number, digits: number): string {
  if (digits === 0) return String(amount);
  const s = String(amount).padStart(digits + 1, '0');
  return `${s.slice(0, -digits)}.${s.slice(-digits)}`;
}

/** A stored decimal ("549.5") → minor units at `digits` (54950), without floating point. */
export function decimalToMinor(decimal: string, digits: number): number {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return Number(whole) * 10 ** digits + (digits > 0 ? Number((fraction + '0'.repeat(digits)).slice(0, digits)) : 0);
}
