import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '../../../../main/contract/contract';
import type { QueueItem } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { useAppInfo } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { showToast } from '../../lib/toasts';
import { patchInboxRow } from '../inbox/inbox-cache';
import { forgetRestored, offerUndo, restoredKey } from '../inbox/undo-send';

/**
 * Approve / reject / resolve for one queue item; on success the item leaves the queue at once
 * (an approval at the click, put back if it fails).
 * An approval is offered for undo while the outbox holds it ("Sent · Undo").
 */
export function useQueueActions(item: QueueItem, options: { onDone?: (action: 'approved' | 'rejected' | 'resolved') => void } = {}) {
  const queryClient = useQueryClient();
  const undoMs = useAppInfo().data?.undoSendMs ?? 0;

  /** The draft leaves the queue and its chat in the cache, before any refetch. */
  const leave = () => {
    queryClient.setQueryData<ChannelOutput<'listQueue'>>(queryKeys.queue, (previous) =>
      previous ? { items: previous.items.filter((entry) => entry.draftId !== item.draftId) } : previous,
    );
    queryClient.setQueryData<ChannelOutput<'getPendingDraft'>>(queryKeys.pendingDraft(item.conversationId), (previous) =>
      previous?.item?.draftId === item.draftId ? { item: null } : previous,
    );
  };
  const refresh = () => {
    for (const queryKey of [queryKeys.queue, queryKeys.inbox, queryKeys.conversations, queryKeys.conversation(item.conversationId), queryKeys.audit]) {
      void queryClient.invalidateQueries({ queryKey });
    }
  };
  const finish = (titleKey: string | null) => {
    leave();
    refresh();
    if (titleKey) showToast({ color: 'green', title: { key: titleKey }, message: item.customerName }, 4000);
  };

  const approve = useMutation({
    mutationFn: (text: string) => call('approveDraft', { draftId: item.draftId, text }),
    // Optimistic: the reviewer moves on at the click, not after the round trip and the refetch.
    // The row stops asking for a person (so "next" skips it); the server's refetch re-sorts it.
    onMutate: () => {
      leave();
      patchInboxRow(queryClient, item.conversationId, (row) =>
        row.pendingDraftId === item.draftId ? { ...row, need: 'resolved', pendingDraftId: null } : row,
      );
      options.onDone?.('approved');
    },
    onSuccess: () => {
      forgetRestored(restoredKey({ draftId: item.draftId }));
      if (undoMs > 0) {
        offerUndo({ target: { draftId: item.draftId }, conversationId: item.conversationId, customerName: item.customerName, until: Date.now() + undoMs - 300 });
        finish(null);
      } else finish('queue.sentToast');
    },
    // Not sent: the draft comes back in its chat and the row asks for a person again (the
    // error toast names what failed); nothing of the customer's turn is lost.
    onError: () => refresh(),
  });
  const reject = useMutation({
    mutationFn: (reason: string = '') => call('rejectDraft', { draftId: item.draftId, reason }),
    onSuccess: () => {
      finish('queue.rejectedToast');
      options.onDone?.('rejected');
    },
  });
  const resolve = useMutation({
    mutationFn: () => call('resolveHandoff', { draftId: item.draftId, note: '' }),
    onSuccess: () => {
      finish('queue.resolvedToast');
      options.onDone?.('resolved');
    },
  });

  return { approve, reject, resolve, busy: approve.isPending || reject.isPending || resolve.isPending };
}
