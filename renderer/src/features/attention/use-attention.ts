import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { InboxNeed } from '../../../../main/contract/console-schemas';
import { getApi } from '../../api/get-api';
import { useAppInfo, useInboxCounts } from '../../api/queries';
import { attentionTitle, browserPermission } from './attention-text';

const NOTICE_NEEDS = ['needs_reply', 'draft_ready', 'handed_off'] as const satisfies readonly InboxNeed[];

/**
 * The window title carries the count of chats waiting for a person. In the browser shell, the
 * core's `attention` notices (already once per chat until seen, and silent in quiet hours) become
 * browser notifications when the person allowed them; the desktop shell shows its own.
 */
export function useAttention(): void {
  const { t } = useTranslation();
  const counts = useInboxCounts();
  const shell = useAppInfo().data?.shell;
  const waiting = counts.data?.waiting ?? 0;

  useEffect(() => {
    document.title = attentionTitle(waiting);
  }, [waiting]);

  useEffect(() => {
    if (shell !== 'browser') return undefined;
    return getApi().subscribe('attention', (notice) => {
      if (browserPermission() !== 'granted') return;
      const need = NOTICE_NEEDS.find((n) => n === notice.need) ?? 'needs_reply';
      // One per chat: the tag replaces an earlier notice of the same chat instead of stacking.
      const shown = new Notification(t(`states.attention.notice.${need}`, { name: notice.customerName }), { body: notice.text, tag: `conversation-${notice.conversationId}` });
      shown.onclick = () => {
        window.focus();
        window.location.hash = `#/inbox/${notice.conversationId}`;
        shown.close();
      };
    });
  }, [shell, t]);
}
