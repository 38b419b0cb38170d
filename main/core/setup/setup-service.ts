/**
 * The first-run setup's progress, kept in the database so the wizard can be left and resumed
 * (on another day, in another window). Migration 12 marks an install that already had knowledge
 * as finished, so only a fresh data folder opens on the wizard.
 */
import { SETUP_STEPS, SetupProgress, type SetupStep, type SetupStepState } from '../../contract/staff-schemas';
import type { Clock } from '../platform/ports';
import type { Database } from '../storage/database';

type SetupRow = { step: string; steps: string; finished_at: number | null };

/** Reads and records the wizard's progress. */
export class SetupService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  get(): SetupProgress {
    const row = this.db.prepare('SELECT step, steps, finished_at FROM setup_progress WHERE id = 1').get() as SetupRow | undefined;
    if (!row) return { step: SETUP_STEPS[0], steps: {}, finished: false };
    return SetupProgress.parse({ step: row.step, steps: JSON.parse(row.steps) as unknown, finished: row.finished_at !== null });
  }

  /** Records what became of `step` and where to open next (the following step unless said). */
  save(input: { step: SetupStep; state?: SetupStepState; next?: SetupStep; finish: boolean }): SetupProgress {
    const current = this.get();
    const steps = input.state ? { ...current.steps, [input.step]: input.state } : current.steps;
    const following = SETUP_STEPS[SETUP_STEPS.indexOf(input.step) + 1];
    const next = input.next ?? (input.state ? (following ?? input.step) : input.step);
    this.write(next, steps, input.finish ? this.clock.now() : null);
    return this.get();
  }

  /** Opens the wizard again from its first step ("Run setup again"), keeping what was done. */
  restart(): SetupProgress {
    this.write(SETUP_STEPS[0], this.get().steps, null);
    return this.get();
  }

  private write(step: SetupStep, steps: SetupProgress['steps'], finishedAt: number | null): void {
    this.db
      .prepare(
        `INSERT INTO setup_progress (id, step, steps, finished_at) VALUES (1, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET step = excluded.step, steps = excluded.steps, finished_at = excluded.finished_at`,
      )
      .run(step, JSON.stringify(steps), finishedAt);
  }
}
