import { formatLocalePrice } from './locale-number';

/** Formats a stored decimal price with its currency for the UI language ("139,00 MXN"), exactly as stored. */
export function formatPrice(price: string, currency: string, language: string): string {
  return formatLocalePrice(price, currency, language);
}
