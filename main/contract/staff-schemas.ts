/**
 * Staff (people who use the app, their roles and PINs) and the first-run setup's progress.
 * A PIN goes in (to set it or to switch to its person) and never comes out: a member says only
 * whether one is set.
 */
import { z } from 'zod';
import { safeText } from './text-rules';

const Id = z.number().int().positive();

export const StaffRole = z.enum(['owner', 'staff']);
export type StaffRole = z.infer<typeof StaffRole>;

/** 4 to 8 digits: typed at a shop counter, on a shared computer. */
export const Pin = z.string().regex(/^\d{4,8}$/, 'A PIN is 4 to 8 digits.');

const StaffName = safeText(60, 'name').trim().min(1);

export const StaffMember = z.object({
  id: Id,
  name: z.string(),
  role: StaffRole,
  hasPin: z.boolean(),
});
export type StaffMember = z.infer<typeof StaffMember>;

/** Everyone, owners first, and who is at the desk now. */
export const StaffList = z.object({ items: z.array(StaffMember), currentId: Id });
export type StaffList = z.infer<typeof StaffList>;

export const AddStaffInput = z.object({ name: StaffName, role: StaffRole, pin: Pin.nullable().default(null) }).strict();

/** `pin`: a new PIN, `null` clears it, absent leaves it. */
export const UpdateStaffInput = z
  .object({ id: Id, name: StaffName.optional(), role: StaffRole.optional(), pin: Pin.nullable().optional() })
  .strict();

export const SwitchOperatorInput = z.object({ id: Id, pin: z.string().max(8).optional() }).strict();

/** The wizard's steps, in order. */
export const SETUP_STEPS = ['profile', 'knowledge', 'staff', 'model', 'whatsapp', 'practice'] as const;
export const SetupStep = z.enum(SETUP_STEPS);
export type SetupStep = z.infer<typeof SetupStep>;

/** What became of a step: done there, or skipped (to do later from its screen). */
export const SetupStepState = z.enum(['done', 'skipped']);
export type SetupStepState = z.infer<typeof SetupStepState>;

export const SetupProgress = z.object({
  /** Where the wizard opens (resumes). */
  step: SetupStep,
  steps: z.partialRecord(SetupStep, SetupStepState),
  /** Whether the wizard is over (finished, or an install that had knowledge before it existed). */
  finished: z.boolean(),
});
export type SetupProgress = z.infer<typeof SetupProgress>;

/** Records a step's outcome and the step to open next; `finish` ends the wizard. */
export const SaveSetupInput = z
  .object({ step: SetupStep, state: SetupStepState.optional(), next: SetupStep.optional(), finish: z.boolean().default(false) })
  .strict();
