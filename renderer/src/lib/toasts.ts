import { useSyncExternalStore } from 'react';

/**
 * A toast's text: a translation key (with its values), translated when it is drawn so a toast
 * on screen follows a change of UI language; or text that is data (a customer's name, an error
 * main sent), shown as it is.
 */
export type ToastText = string | { key: string; values?: Record<string, unknown> };

/** One transient notification. */
export type Toast = { id: number; color: 'red' | 'green' | 'blue'; title: ToastText; message: ToastText };

let toasts: readonly Toast[] = [];
let nextId = 1;
const subscribers = new Set<() => void>();

function emit(next: readonly Toast[]): void {
  toasts = next;
  for (const notify of subscribers) notify();
}

/** Removes one toast. */
export function dismissToast(id: number): void {
  emit(toasts.filter((toast) => toast.id !== id));
}

/** Shows a toast that disappears on its own after `ttlMs`. */
export function showToast(toast: Omit<Toast, 'id'>, ttlMs = 5000): void {
  const id = nextId++;
  emit([...toasts.slice(-3), { ...toast, id }]);
  window.setTimeout(() => dismissToast(id), ttlMs);
}

function subscribe(listener: () => void): () => void {
  subscribers.add(listener);
  return () => subscribers.delete(listener);
}

/** The toasts currently on screen. */
export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(subscribe, () => toasts);
}
