import type { ModelProvider } from '../../../../main/contract/model-schemas';

/** Base URL each preset fills in; `custom` keeps whatever the owner typed. */
export const PRESET_URLS: Record<ModelProvider, string> = {
  none: '',
  openai: 'https://api.openai.com/v1',
  ollama: 'http://localhost:11434/v1',
  lmstudio: 'http://localhost:1234/v1',
  openrouter: 'https://openrouter.ai/api/v1',
  custom: '',
};

/** The presets in the order the select shows them. */
export const PROVIDERS = Object.keys(PRESET_URLS) as ModelProvider[];

/** Narrows a select's value to a provider (anything unknown is `custom`). */
export function asProvider(value: string): ModelProvider {
  return PROVIDERS.find((provider) => provider === value) ?? 'custom';
}
