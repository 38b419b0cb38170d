import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelOutput } from '../../../../main/contract/contract';
import type { QueueItem } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { showToast } from '../../lib/toasts';

/** Approve / reject / resolve for one queue item; on success the item leaves the queue at once. */
export function useQueueActions(item: QueueItem) {
  const queryClient = useQueryClient();

  const finish = (titleKey: string) => {
    queryClient.setQueryData<ChannelOutput<'listQueue'>>(queryKeys.queue, (previous) =>
      previous ? { items: previous.items.filter((entry) => entry.draftId !== item.draftId) } : previous,
    );
    for (const queryKey of [queryKeys.queue, queryKeys.inbox, queryKeys.conversations, queryKeys.conversation(item.conversationId), queryKeys.audit]) {
      void queryClient.invalidateQueries({ queryKey });
    }
    showToast({ color: 'green', title: { key: titleKey }, message: item.customerName }, 4000);
  };

  const approve = useMutation({
    mutationFn: (text: string) => call('approveDraft', { draftId: item.draftId, text }),
    onSuccess: () => finish('queue.sentToast'),
  });
  const reject = useMutation({
    mutationFn: (reason: string = '') => call('rejectDraft', { draftId: item.draftId, reason }),
    onSuccess: () => finish('queue.rejectedToast'),
  });
  const resolve = useMutation({
    mutationFn: () => call('resolveHandoff', { draftId: item.draftId, note: '' }),
    onSuccess: () => finish('queue.resolvedToast'),
  });

  return { approve, reject, resolve, busy: approve.isPending || reject.isPending || resolve.isPending };
}
