import { en } from './en';
import { es } from './es';
import { hi } from './hi';
import { id } from './id';
import { pt } from './pt';
import type { UiLanguage } from './ui-languages';
import { vi } from './vi';

/** Every UI language's strings, keyed by its i18next code (no side effects: tests read it too). */
export const RESOURCES = { en, es, 'pt-BR': pt, id, vi, hi } satisfies Record<UiLanguage, object>;
