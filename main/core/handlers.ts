/**
 * One handler per contract channel, framework-free. Both shells call `dispatch`, which parses
 * input from `unknown`, runs the handler and returns a `Result` — never throws.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import {
  contract,
  type Channel,
  type ChannelOutput,
  type ParsedInput,
  type Result,
} from '../contract/contract';
import type { AppInfo } from '../contract/schemas';
import type { Core } from './composition';
import { readKnowledgeFolder } from './knowledge/knowledge-folder';
import { AppError } from './platform/errors';

type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C> };

/** Builds the handler map over a core; `shell` says which shell serves it. */
export function createHandlers(core: Core, shell: AppInfo['shell']): Handlers {
  const actor = () => core.settings.get().operatorName;
  return {
    getAppInfo: () => ({ version: core.version, shell, dataDir: core.paths.dataDir }),
    getSettings: () => core.settings.get(),
    updateSettings: (patch) => {
      const next = core.settings.update(patch);
      core.audit.record(actor(), 'settings.updated', 'settings', { fields: Object.keys(patch) });
      return next;
    },
    loadDemoShop: () => {
      const folder = readKnowledgeFolder(join(core.paths.assetsDir, 'demo-shop'));
      if (!folder.ok) throw new AppError('internal', `The demo shop is damaged: ${folder.problems[0]?.reason ?? ''}`);
      core.knowledge.replaceAll(folder.set);
      const summary = core.knowledge.summary();
      core.audit.record(actor(), 'knowledge.demo_loaded', 'knowledge', { products: summary.products, faqs: summary.faqs });
      core.bus.emit('knowledgeChanged', summary);
      return summary;
    },
    getKnowledgeSummary: () => core.knowledge.summary(),
    listProducts: ({ query, limit }) => core.knowledge.listProducts(query, limit),
    listFaqs: () => ({ items: core.knowledge.listFaqs() }),
    sendPracticeMessage: async ({ customerName, language, text }) => {
      const result = await core.inbox.ingest({
        channel: 'practice',
        chatId: `practice:${customerName.toLowerCase()}`,
        messageId: `practice-${randomUUID()}`,
        customerName,
        language,
        text,
        at: core.clock.now(),
      });
      return { conversationId: result.conversationId, messageId: result.messageId };
    },
    listConversations: ({ channel }) => ({ items: core.conversations.list(channel) }),
    getConversation: ({ conversationId }) => {
      const conversation = core.conversations.get(conversationId);
      if (!conversation) throw new AppError('not_found', `No conversation ${conversationId}.`);
      return { conversation, messages: core.conversations.messages(conversationId) };
    },
    resumeAssistant: ({ conversationId }) => {
      const conversation = core.conversations.get(conversationId);
      if (!conversation) throw new AppError('not_found', `No conversation ${conversationId}.`);
      core.conversations.setState(conversationId, 'assistant');
      core.audit.record(actor(), 'assistant.resumed', `conversation:${conversationId}`);
      core.bus.emit('conversationChanged', { conversationId });
      return core.conversations.get(conversationId)!;
    },
    listQueue: () => ({ items: core.drafts.pending() }),
    approveDraft: ({ draftId, text }) => core.review.approve(draftId, text, actor()),
    rejectDraft: ({ draftId, reason }) => core.review.reject(draftId, reason, actor()),
    resolveHandoff: ({ draftId, note }) => core.review.resolveHandoff(draftId, note, actor()),
    listAudit: ({ limit }) => ({ items: core.audit.list(limit) }),
  };
}

/** A function that serves any channel from raw input. */
export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

/** Wraps the handlers: validate in, run, validate out, errors as values. */
export function createDispatch(core: Core, shell: AppInfo['shell']): Dispatch {
  const handlers = createHandlers(core, shell);
  return async (channel, rawInput) => {
    if (!isChannel(channel)) return { ok: false, error: { code: 'not_found', message: `Unknown channel "${channel}".` } };
    const spec = contract[channel];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'bad_input', message: z.prettifyError(parsed.error) } };
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      return { ok: true, value: spec.output.parse(value) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
      core.logger.error({ err: error, channel }, 'handler failed');
      return { ok: false, error: { code: 'internal', message: 'Something went wrong; details are in the log.' } };
    }
  };
}

/** Whether a string names a contract channel. */
export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}
