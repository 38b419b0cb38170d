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

export const PROVIDERS = Object.keys(PRESET_URLS) as ModelProvider[];
