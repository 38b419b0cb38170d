/** Formats a decimal price string with its currency for the UI language ("MX$549.00"). */
export function formatPrice(price: string, currency: string, language: string): string {
  const amount = Number(price);
  if (!Number.isFinite(amount)) return `${price} ${currency}`;
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency, currencyDisplay: 'code' }).format(amount);
  } catch {
    return `${price} ${currency}`;
  }
}
