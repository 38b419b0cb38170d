/**
 * Focus moves the screens make for keyboard and screen-reader users: into an editor that just
 * opened, and to the first field a failed save marked invalid.
 */

/** Focuses the first field marked `aria-invalid` in `form`, after the render that marks it. */
export function focusFirstInvalid(form: HTMLElement | null): void {
  // The errors are set in the submit handler; React commits them before the next frame.
  requestAnimationFrame(() => {
    const field = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
  });
}

/** Focuses the first text field inside `container` (an editor opened in place), without scrolling. */
export function focusFirstField(container: HTMLElement | null): void {
  container?.querySelector<HTMLElement>('input:not([type="hidden"]):not([disabled]), textarea:not([disabled])')?.focus({ preventScroll: true });
}
