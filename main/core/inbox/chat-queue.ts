/**
 * The drafting order of each chat: live messages, edits and the offline backlog of one
 * conversation are drafted one at a time, in the order they were queued, so a handoff on one
 * is seen by the next and two drafts of a chat never interleave. Chats do not wait for each other.
 */
import type { Logger } from '../platform/ports';

/** Drafting work for one conversation; resolves with the stored draft id, or null. */
export type DraftWork = () => Promise<number | null>;

/** Queues drafting work per conversation. */
export class ChatQueue {
  /** The last work queued per conversation. */
  private readonly chains = new Map<number, Promise<number | null>>();
  private readonly running = new Set<Promise<number | null>>();

  constructor(private readonly logger: Logger) {}

  /** Runs `work` after the conversation's earlier work. Never rejects: a failure is logged, null. */
  enqueue(conversationId: number, work: DraftWork): Promise<number | null> {
    const previous = this.chains.get(conversationId) ?? Promise.resolve(null);
    const next = previous.then(work).catch((error: unknown) => {
      // The database itself is failing (or closed): nothing more can be recorded here.
      this.logger.error({ err: error, conversationId }, 'could not store a draft');
      return null;
    });
    this.chains.set(conversationId, next);
    this.running.add(next);
    void next.finally(() => {
      this.running.delete(next);
      if (this.chains.get(conversationId) === next) this.chains.delete(conversationId);
    });
    return next;
  }

  /** Resolves once every work queued so far (and queued meanwhile) has finished. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
