/**
 * "Sent · Undo": the last send a person can still take back (shown by `UndoNotice`, undone with
 * its button or the `u` key), and the texts that came back from an undo, which the draft editor
 * and the reply box start from.
 */
import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { i18n } from '../../i18n/i18n';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';

/** A send in its undo window. */
export type PendingUndo = {
  target: { draftId: number } | { messageId: number };
  conversationId: number;
  customerName: string;
  /** Epoch ms when it leaves (the core's window, counted from the send's answer). */
  until: number;
};

let current: PendingUndo | null = null;
const listeners = new Set<() => void>();
const restored = new Map<string, string>();
const restoredListeners = new Set<(key: string, text: string) => void>();

function emit(next: PendingUndo | null): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Offers undo for a send that just went into the outbox (replacing an older offer). */
export function offerUndo(pending: PendingUndo): void {
  emit(pending);
}

/** Drops the offer (it left, or was undone). */
export function clearUndo(): void {
  emit(null);
}

/** The send that can be undone now, if any. */
export function useUndoOffer(): PendingUndo | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/** Where restored text is kept: a draft's editor or a chat's reply box. */
export function restoredKey(target: { draftId: number } | { conversationId: number }): string {
  return 'draftId' in target ? `draft:${target.draftId}` : `reply:${target.conversationId}`;
}

/** The text an undo gave back for this editor, if any. */
export function restoredText(key: string): string | undefined {
  return restored.get(key);
}

/** Calls `listener` when an undo gives text back (an editor already open takes it in). */
export function onRestored(listener: (key: string, text: string) => void): () => void {
  restoredListeners.add(listener);
  return () => restoredListeners.delete(listener);
}

/** Forgets restored text once it was sent again. */
export function forgetRestored(key: string): void {
  restored.delete(key);
}

/**
 * Undoes the offered send: the text goes back to its editor, the chat opens in the inbox, and the
 * lists refresh. Too late (it left) is a toast, not an exception.
 */
export async function undoOffered(queryClient: QueryClient): Promise<void> {
  const offer = current;
  if (!offer) return;
  clearUndo();
  try {
    const undone = await call('undoSend', offer.target);
    const key = undone.draftId !== null && 'draftId' in offer.target ? restoredKey({ draftId: undone.draftId }) : restoredKey({ conversationId: undone.conversationId });
    restored.set(key, undone.text);
    for (const listener of restoredListeners) listener(key, undone.text);
    for (const queryKey of [queryKeys.inbox, queryKeys.queue, queryKeys.conversations, queryKeys.conversation(undone.conversationId), queryKeys.audit]) {
      await queryClient.invalidateQueries({ queryKey });
    }
    if (window.location.hash.startsWith('#/inbox')) window.location.hash = `/inbox/${undone.conversationId}`;
    showToast({ color: 'blue', title: i18n.t('keyboard.undone'), message: offer.customerName }, 4000);
  } catch (error) {
    showToast({ color: 'red', title: i18n.t('keyboard.undoFailed'), message: describeError(error) }, 6000);
  }
}
