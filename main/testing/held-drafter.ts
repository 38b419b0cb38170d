/**
 * Test support: a drafter whose every call waits until the test answers it, so a test decides
 * exactly when each draft finishes (deferred promises, no timers) and can see which calls
 * were running at the same time.
 */
import type { ReviewReason } from '../contract/schemas';
import type { DraftInput, DraftOutcome, Drafter } from '../core/assistant/drafter';

/** One drafter call the test has not answered yet (or has). */
export type HeldCall = {
  input: DraftInput;
  /** How many calls were running, this one included, when it started. */
  runningAtStart: number;
  /** Finishes the call with this outcome. */
  reply(outcome: DraftOutcome): void;
};

/** A drafter that holds every call until the test replies to it. */
export class HeldDrafter implements Drafter {
  readonly calls: HeldCall[] = [];
  /** The most calls that were running at once. */
  maxRunning = 0;
  private running = 0;
  private readonly waiting = new Map<number, (call: HeldCall) => void>();

  /** Records the call and waits for the test's reply. */
  draft(input: DraftInput): Promise<DraftOutcome> {
    this.running += 1;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    let reply!: (outcome: DraftOutcome) => void;
    const answered = new Promise<DraftOutcome>((resolve) => (reply = resolve));
    const call: HeldCall = { input, runningAtStart: this.running, reply };
    this.calls.push(call);
    this.waiting.get(this.calls.length - 1)?.(call);
    return answered.finally(() => (this.running -= 1));
  }

  /** Resolves with the call number `index` (0-based) once it has been made. */
  nth(index: number): Promise<HeldCall> {
    const made = this.calls[index];
    if (made) return Promise.resolve(made);
    return new Promise((resolve) => this.waiting.set(index, resolve));
  }
}

/** An answer citing nothing (the drafter's content is not what these tests are about). */
export function answer(text: string): DraftOutcome {
  return { route: 'answer', text, sources: [], reasons: [], drafter: 'held' };
}

/** A handoff to a person for the given reason. */
export function handoff(code: ReviewReason['code']): DraftOutcome {
  return { route: 'handoff', text: '', sources: [], reasons: [{ code, message: `handed off: ${code}` }], drafter: 'held' };
}

/** Lets every promise callback already queued run (one turn of the event loop, not a timer). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
