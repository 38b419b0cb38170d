import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '../../../../main/contract/contract';
import type { QueueItem } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { useAppInfo } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { showToast } from '../../lib/toasts';
import { forgetRestored, offerUndo, restoredKey } from '../inbox/undo-send';

/**
 * Approve / reject / resolve for one queue item; on success the item leaves the queue at once.
 * An approval is offered for undo while the outbox holds it ("Sent · Undo").
 */
export function useQueueActions(item: QueueItem, options: { onDone?: (action: 'approved' | 'rejected' | 'resolved') => void } = {}) {
  const queryClient = useQueryClient();
  const undoMs = useAppInfo().data?.undoSendMs ?? 0;

  const finish = (titleKey: string | null) => {
    queryClient.setQueryData<ChannelOutput<'listQueue'>>(queryKeys.queue, (previous) =>
      previous ? { items: previous.items.filter((entry) => entry.draftId !== item.draftId) } : previous,
    );
    // The chat's draft leaves at once too, not after the refetch below (the reviewer moves on).
    queryClient.setQueryData<ChannelOutput<'getPendingDraft'>>(queryKeys.pendingDraft(item.conversationId), (previous) =>
      previous?.item?.draftId === item.draftId ? { item: null } : previous,
    );
    for (const queryKey of [queryKeys.queue, queryKeys.inbox, queryKeys.conversations, queryKeys.conversation(item.conversationId), queryKeys.audit]) {
      void queryClient.invalidateQueries({ queryKey });
    }
    if (titleKey) showToast({ color: 'green', title: { key: titleKey }, message: item.customerName }, 4000);
  };

  const approve = useMutation({
    mutationFn: (text: string) => call('approveDraft', { draftId: item.draftId, text }),
    onSuccess: () => {
      forgetRestored(restoredKey({ draftId: item.draftId }));
      if (undoMs > 0) {
        offerUndo({ target: { draftId: item.draftId }, conversationId: item.conversationId, customerName: item.customerName, until: Date.now() + undoMs - 300 });
        finish(null);
      } else finish('queue.sentToast');
      options.onDone?.('approved');
    },
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
