import { Text, Tooltip, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatAbsolute, formatRelative, toMillis } from '../lib/time';
import { useNow } from '../lib/use-now';

/** "5 minutes ago", with the exact date and time on hover. */
export function TimeAgo({ at, ...props }: { at: number } & TextProps) {
  const { i18n } = useTranslation();
  const now = useNow();
  return (
    <Tooltip label={formatAbsolute(at, i18n.language)} withArrow openDelay={300}>
      <Text component="time" dateTime={new Date(toMillis(at)).toISOString()} {...props}>
        {formatRelative(at, now, i18n.language)}
      </Text>
    </Tooltip>
  );
}
