/**
 * The handler map (one registration per feature, merged here) and `dispatch`, which both shells
 * call: it parses input from `unknown`, runs the handler and returns a `Result` — never throws.
 */
import { z } from 'zod';
import { contract, type Channel, type Result } from '../contract/contract';
import type { AppInfo } from '../contract/schemas';
import { appHandlers } from './app-handlers';
import { auditHandlers } from './audit/audit-handlers';
import { modelHandlers } from './assistant/model-handlers';
import { autopilotHandlers } from './autopilot/autopilot-handlers';
import { callbackHandlers } from './callbacks/callback-handlers';
import type { Core } from './composition';
import { consoleHandlers } from './console/console-handlers';
import { customerHandlers } from './customers/customer-handlers';
import { statesHandlers } from './console/states-handlers';
import { suiteHandlers } from './eval/suite-handlers';
import type { Handlers } from './handler-types';
import { inboxHandlers } from './inbox/inbox-handlers';
import { insightsHandlers } from './insights/insights-handlers';
import { inspectHandlers } from './knowledge/inspect-handlers';
import { knowledgeHandlers } from './knowledge/knowledge-handlers';
import { outboxHandlers } from './outbox/outbox-handlers';
import { AppError } from './platform/errors';
import { quickReplyHandlers } from './quick-replies/quick-reply-handlers';
import { reviewHandlers } from './review/review-handlers';
import { requiresOwner } from './staff/owner-only';
import { staffHandlers } from './staff/staff-handlers';
import { updateHandlers } from './update/update-handlers';
import { whatsappHandlers } from './whatsapp/whatsapp-handlers';

/** Builds the full handler map over a core; `shell` says which shell serves it. */
export function createHandlers(core: Core, shell: AppInfo['shell']): Handlers {
  return {
    ...appHandlers(core, shell),
    ...knowledgeHandlers(core),
    ...inspectHandlers(core),
    ...inboxHandlers(core),
    ...reviewHandlers(core),
    ...consoleHandlers(core),
    ...statesHandlers(core),
    ...whatsappHandlers(core),
    ...modelHandlers(core),
    ...suiteHandlers(core),
    ...updateHandlers(core),
    ...staffHandlers(core),
    ...autopilotHandlers(core),
    ...callbackHandlers(core),
    ...outboxHandlers(core),
    ...quickReplyHandlers(core),
    ...auditHandlers(core),
    ...customerHandlers(core),
    ...insightsHandlers(core),
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
    // The one place owner-only actions are refused, whatever the UI shows.
    if (requiresOwner(channel, parsed.data) && core.staff.current().role !== 'owner') {
      return { ok: false, error: { code: 'owner_only', message: `Only an owner can do this (${channel}).` } };
    }
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
