/**
 * The OpenAI SDK, loaded on first need: it is the heaviest module the core uses (~0.2 s to
 * import on an idle machine), and a shop without a model never needs it, so neither importing
 * the core nor starting `counterpart serve` pays for it.
 */
import type * as OpenAiModule from 'openai';

type OpenAiSdk = typeof OpenAiModule;

let sdk: OpenAiSdk | null = null;

/** Loads the SDK once; later calls return the same module. */
export async function loadOpenAiSdk(): Promise<OpenAiSdk> {
  sdk ??= await import('openai');
  return sdk;
}

/**
 * The SDK if something has loaded it, else null. An error can only be one of the SDK's classes
 * once the SDK is loaded, so `instanceof` checks start from here.
 */
export function loadedOpenAiSdk(): OpenAiSdk | null {
  return sdk;
}
