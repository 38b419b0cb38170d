function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** "key: value · key: value", trimmed to `maxLength`, for the audit table. */
export function summarizeDetail(detail: Record<string, unknown>, maxLength = 160): string {
  const text = Object.entries(detail)
    .map(([key, value]) => `${key}: ${formatValue(value)}`)
    .join(' · ');
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
