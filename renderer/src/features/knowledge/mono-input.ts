/** Monospace for the typed value only (SKUs, codes, ids), not the field's label. */
export const MONO_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } } as const;
