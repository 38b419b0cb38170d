/**
 * What only an owner may do, in one place. `dispatch` (main/core/handlers.ts) checks every call
 * against this list before its handler runs, so a staff member is refused in the core whatever
 * the UI shows. A feature with an owner's action adds its channel here.
 */
import type { Channel } from '../../contract/contract';
import type { Settings } from '../../contract/schemas';

/** Channels only an owner may call. */
export const OWNER_ONLY_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  // The model: what drafts every reply, and what it costs.
  'saveModelConfig',
  // Knowledge deletions and imports (the demo shop replaces the knowledge too).
  'deleteProducts',
  'deleteFaq',
  'applyImport',
  'loadDemoShop',
  // Staff: adding and removing people. Changing one (`updateStaffMember`) is checked by the staff
  // service, because a person may change their own name and PIN but not their role.
  'addStaffMember',
  'removeStaffMember',
  // Running the first-run setup again.
  'restartSetup',
  // Autopilot: whether replies may go out without a person. Stopping it (`stopAutopilot`, the
  // kill switch) stays open to whoever is at the desk.
  'updateAutopilot',
  'setAutopilotTopic',
  // Greeting, away and holding messages and the disclosure line: words sent in the shop's name.
  'updateAwayMessages',
  // Forgetting a customer deletes their chats, facts and purchases for good.
  'forgetCustomer',
  // Warm callbacks: whether (and when) the shop writes to a customer who went quiet.
  'updateCallbackSettings',
]);

/** Settings only an owner may change through `updateSettings` (the UI language is anyone's). */
export const OWNER_ONLY_SETTINGS: ReadonlySet<keyof Settings> = new Set<keyof Settings>([
  'backupsKept',
  'updateChannel',
  'stockDisplay',
  'lowStockThreshold',
]);

/** Whether a call (channel and its parsed input) is an owner's action. */
export function requiresOwner(channel: Channel, input: unknown): boolean {
  if (OWNER_ONLY_CHANNELS.has(channel)) return true;
  if (channel === 'updateSettings' && typeof input === 'object' && input !== null) {
    return Object.keys(input).some((key) => OWNER_ONLY_SETTINGS.has(key as keyof Settings));
  }
  return false;
}
