import { Badge, Text, type MantineSize } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaKind } from '../../../main/contract/schemas';
import { formatAbsolute } from '../lib/time';
import { Icon } from './icon';

/**
 * The text to show under a media badge: the stored text starts (after any quoted lines) with a
 * placeholder such as "[Photo]"; a bare one is dropped because the badge says it in the owner's
 * language, one with details ("[Document: list.pdf]") is kept.
 */
function withoutBarePlaceholder(text: string): string {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => !line.startsWith('> '));
  if (index === -1) return text;
  lines[index] = lines[index]!.replace(/^\[[^\]:]*\]\s?/, '');
  return lines.filter((line, i) => i !== index || line !== '').join('\n');
}

/**
 * What a message says, as the chat thread and the review card show it: media as a badge in the
 * owner's language with the caption below (never the raw "[Photo]" placeholder), or a grey note
 * when the sender deleted it. Test ids are `<testId>-media`, `-text` and `-deleted`.
 */
export function MessageContent({
  text,
  media,
  deleted = false,
  size = 'sm',
  testId,
}: {
  text: string;
  media: MediaKind | null;
  deleted?: boolean;
  size?: MantineSize;
  testId: string;
}) {
  const { t } = useTranslation();
  if (deleted) {
    return (
      <Text size={size} fs="italic" c="dimmed" data-testid={`${testId}-deleted`}>
        {t('message.deleted')}
      </Text>
    );
  }
  const body = media ? withoutBarePlaceholder(text) : text;
  return (
    <>
      {media && (
        <Badge
          data-testid={`${testId}-media`}
          data-media={media}
          title={t('message.mediaNote')}
          variant="light"
          color="gray"
          leftSection={<Icon name="file" size={12} />}
          mb={body ? 6 : 0}
        >
          {t(`message.media.${media}`)}
        </Badge>
      )}
      {body && (
        <Text size={size} className="pre-wrap" data-testid={`${testId}-text`}>
          {body}
        </Text>
      )}
    </>
  );
}

/** "edited", with the time of the edit on hover; `children` follow the word (e.g. a separator). */
export function EditedMark({ at, testId, children }: { at: number; testId: string; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <Text size="xs" c="dimmed" fs="italic" data-testid={testId} title={formatAbsolute(at, i18n.language)}>
      {t('message.edited')}
      {children}
    </Text>
  );
}
