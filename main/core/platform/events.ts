/**
 * The core's typed event bus; shells forward its events to the renderer.
 */
import { EventEmitter } from 'node:events';
import type { EventName, EventPayload } from '../../contract/contract';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Typed publish/subscribe over the contract's events. */
export class EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(100);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    this.emitter.emit('event', event, payload);
  }

  /** Listens to one event, its payload typed; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const filtered = (name: EventName, payload: unknown) => {
      if (name === event) listener(payload as EventPayload<E>);
    };
    this.emitter.on('event', filtered);
    return () => this.emitter.off('event', filtered);
  }

  /** Listens to every event; returns the unsubscribe function. */
  onAny(listener: EventListener): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
