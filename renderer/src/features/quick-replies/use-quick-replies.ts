import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../../../main/contract/schemas';
import { quickReplyText, type QuickReplyContext } from '../../../../main/contract/quick-reply-text';
import type { QuickReply } from '../../../../main/contract/quick-reply-schemas';
import { call } from '../../api/call';
import { useKnowledgeSummary, useSettings } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';

/** The owner's quick replies. */
export function useQuickReplies() {
  return useQuery({ queryKey: queryKeys.quickReplies, queryFn: () => call('listQuickReplies', {}), staleTime: 30_000 });
}

/** Who the reply is for: the chat's customer and their language. */
export type QuickReplyTarget = { customerName: string; language: Language };

/**
 * Fills a quick reply for one chat: the customer's language when the owner wrote it (else the
 * shop's languages in order), `{name}` from the customer, `{shop}`/`{hours}`/`{location}` from
 * the profile, `{operator}` from the person's name.
 */
export function useQuickReplyFiller(target: QuickReplyTarget): (reply: QuickReply) => string {
  const summary = useKnowledgeSummary();
  const settings = useSettings();
  const profile = summary.data?.profile ?? null;
  const context: QuickReplyContext & { shopLanguages: string[] } = {
    customerName: target.customerName,
    shopName: profile?.name,
    hours: profile?.hours,
    location: profile?.location,
    operatorName: settings.data?.operatorName,
    shopLanguages: profile?.languages ?? [],
  };
  return (reply) => quickReplyText(reply.texts, target.language, context).text;
}
