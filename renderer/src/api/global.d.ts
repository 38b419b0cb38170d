import type { CounterpartApi } from '../../../main/contract/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the headless (browser) shell. */
    counterpart?: CounterpartApi;
  }
}

export {};
