/**
 * Review channels: the queue, decisions on drafts, and the audit log.
 */
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';

type ReviewChannels = 'listQueue' | 'approveDraft' | 'checkDraftEdit' | 'rejectDraft' | 'resolveHandoff' | 'listAudit';

/** Registers the review channels. */
export function reviewHandlers(core: Core): HandlerMap<ReviewChannels> {
  return {
    listQueue: () => ({ items: core.drafts.pending() }),
    approveDraft: ({ draftId, text }) => core.review.approve(draftId, text, actorOf(core)),
    checkDraftEdit: ({ draftId, text }) => ({ reasons: core.review.checkEdit(draftId, text) }),
    rejectDraft: ({ draftId, reason }) => core.review.reject(draftId, reason, actorOf(core)),
    resolveHandoff: ({ draftId, note }) => core.review.resolveHandoff(draftId, note, actorOf(core)),
    listAudit: ({ limit }) => ({ items: core.audit.list(limit) }),
  };
}
