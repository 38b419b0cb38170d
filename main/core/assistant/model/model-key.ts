/**
 * The model API key belongs to one server: the base URL it was saved with is stored beside the
 * settings (`apiKeyBaseUrl` in `model.json`), and the key is only ever handed to that server.
 * Changing the address without typing a key drops the stored one, so pointing the settings at
 * another host can never send it the owner's paid key.
 */
import { AppError } from '../../platform/errors';
import type { SecretStore } from '../../platform/ports';
import { MODEL_KEY_SECRET, type ModelConfigStore, type StoredModelConfig } from './model-config';

/** The part of a base URL a key is a credential for: scheme, host and port. */
function serverOf(baseUrl: string): string | null {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return null;
  }
}

/** Whether the stored key was saved for the server `config` now points at. */
export function keyBelongsTo(config: StoredModelConfig, baseUrl = config.baseUrl): boolean {
  // Files written before the key was tied to a URL: the key was saved for the URL stored then.
  const owner = config.apiKeyBaseUrl ?? config.baseUrl;
  const server = serverOf(baseUrl);
  return server !== null && server === serverOf(owner);
}

/** The secret store cannot be read (a damaged secrets file, a locked keychain). */
export function unreadableKeyError(cause: unknown): AppError {
  const error = new AppError(
    'unavailable',
    'The saved API key cannot be read: the secret store is damaged or locked. Enter the API key again in Settings → Assistant.',
  );
  error.cause = cause;
  return error;
}

/**
 * The key for the configured server, or null when none is stored or it belongs to another
 * server. Throws `unavailable` (a value at the boundary, not a 500) when the store is unreadable.
 */
export async function readModelKey(secrets: SecretStore, config: StoredModelConfig): Promise<string | null> {
  let key: string | null;
  try {
    key = await secrets.get(MODEL_KEY_SECRET);
  } catch (error) {
    throw unreadableKeyError(error);
  }
  return key && keyBelongsTo(config) ? key : null;
}

/**
 * The secret store as the drafter and embedder see it: the model key only for the server it
 * was saved for. Other secrets pass through.
 */
export function serverBoundSecrets(secrets: SecretStore, config: ModelConfigStore): SecretStore {
  return {
    get: (name) => (name === MODEL_KEY_SECRET ? readModelKey(secrets, config.get()) : secrets.get(name)),
    set: (name, value) => secrets.set(name, value),
    delete: (name) => secrets.delete(name),
  };
}
