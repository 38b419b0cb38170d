/**
 * Activity channels: pages of the audit log, the people in it, and the CSV export.
 */
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';
import { activityCsv } from './activity-csv';

type AuditChannels = 'listActivity' | 'getActivityActors' | 'exportActivity';

/** Registers the activity channels. */
export function auditHandlers(core: Core): HandlerMap<AuditChannels> {
  return {
    listActivity: (query) => core.audit.page(query),
    getActivityActors: () => ({ actors: core.audit.actors() }),
    exportActivity: (filter) => {
      const entries = core.audit.all(filter);
      const day = new Date(core.clock.now()).toISOString().slice(0, 10);
      return { fileName: `counterpart-activity-${day}.csv`, text: activityCsv(entries), rows: entries.length };
    },
  };
}
