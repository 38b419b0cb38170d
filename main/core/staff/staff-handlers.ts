/**
 * Staff and setup channels. Owner-only ones are refused by `dispatch` (see `owner-only.ts`)
 * before they get here; changing a person is checked by the service itself.
 */
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';

type StaffChannels =
  | 'listStaff'
  | 'addStaffMember'
  | 'updateStaffMember'
  | 'removeStaffMember'
  | 'switchOperator'
  | 'getSetup'
  | 'saveSetup'
  | 'restartSetup';

/** Registers the staff and setup channels. */
export function staffHandlers(core: Core): HandlerMap<StaffChannels> {
  return {
    listStaff: () => core.staff.list(),
    addStaffMember: (input) => core.staff.add(input),
    updateStaffMember: ({ id, ...change }) => core.staff.update(id, change),
    removeStaffMember: ({ id }) => core.staff.remove(id),
    switchOperator: ({ id, pin }) => core.staff.switchTo(id, pin),
    getSetup: () => core.setup.get(),
    saveSetup: (input) => core.setup.save(input),
    restartSetup: () => core.setup.restart(),
  };
}
