import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityEntry } from '../../../../main/contract/activity-schemas';
import { wordDiff } from './word-diff';

// The detail fields a person reads, in order; ids (draftId, sendId, conversationId…) are never shown.
const READABLE = ['reason', 'note', 'text', 'error', 'shortcut', 'fields'] as const;

function asText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string').join(', ');
  return '';
}

/** The readable parts of an entry's detail ("Reason: too stiff", a reply's words). */
export function readableDetail(detail: Record<string, unknown>): Array<{ key: (typeof READABLE)[number]; text: string }> {
  return READABLE.map((key) => ({ key, text: asText(detail[key]) })).filter((part) => part.text !== '');
}

/** What an entry says beyond its action: the edit as a diff, else its readable fields. */
export function EntryDetail({ entry }: { entry: ActivityEntry }) {
  const { t } = useTranslation();
  const { before, after } = entry.detail;
  if (entry.action === 'draft.edited' && typeof before === 'string' && typeof after === 'string') {
    return (
      <Text size="sm" className="pre-wrap" aria-label={t('activity.diffLabel')} data-testid="activity-diff">
        {wordDiff(before, after).map((part, index) =>
          part.kind === 'same' ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === 'removed' ? (
            // A little room after a removal, so "do not" and the word that replaced it do not run together.
            <Box component="del" key={index} c="red.9" bg="red.0" mr={3}>
              {part.text}
            </Box>
          ) : (
            <Box component="ins" key={index} c="leaf.9" bg="leaf.0" style={{ textDecoration: 'none', fontWeight: 600 }}>
              {part.text}
            </Box>
          ),
        )}
      </Text>
    );
  }
  const parts = readableDetail(entry.detail);
  if (parts.length === 0) return null;
  return (
    <Text size="sm" c="gray.8" lineClamp={3} className="pre-wrap">
      {parts.map((part) => t(`activity.detail.${part.key}`, { text: part.text, interpolation: { escapeValue: false } })).join(' · ')}
    </Text>
  );
}
