import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../main/contract/contract';
import type { QueueItem } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { showToast } from '../../lib/toasts';

/** Approve / reject / resolve for one queue item; on success the item leaves the queue at once. */
export function useQueueActions(item: QueueItem) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();

  const finish = (title: string) => {
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
    showToast({ color: 'green', title, message: item.customerName }, 4000);
  };

  const approve = useMutation({
    mutationFn: (text: string) => call('approveDraft', { draftId: item.draftId, text }),
    onSuccess: () => finish(t('queue.sentToast')),
  });
  const reject = useMutation({
    mutationFn: (reason: string = '') => call('rejectDraft', { draftId: item.draftId, reason }),
    onSuccess: () => finish(t('queue.rejectedToast')),
  });
  const resolve = useMutation({
    mutationFn: () => call('resolveHandoff', { draftId: item.draftId, note: '' }),
    onSuccess: () => finish(t('queue.resolvedToast')),
  });

  return { approve, reject, resolve, busy: approve.isPending || reject.isPending || resolve.isPending };
}
