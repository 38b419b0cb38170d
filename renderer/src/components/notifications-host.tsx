import { Notification, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dismissToast, useToasts, type ToastText } from '../lib/toasts';

/** Renders transient toasts in the bottom-right corner. */
export function NotificationsHost() {
  const toasts = useToasts();
  const { t } = useTranslation();
  // Translated here, not when shown: a toast already on screen switches language with the UI.
  const text = (value: ToastText) => (typeof value === 'string' ? value : t(value.key, value.values ?? {}));
  if (toasts.length === 0) return null;
  return (
    <Stack pos="fixed" top={76} right={20} w={360} gap="sm" style={{ zIndex: 1000 }} aria-live="polite">
      {toasts.map((toast) => (
        <Notification
          key={toast.id}
          data-testid="toast"
          data-color={toast.color}
          color={toast.color}
          title={text(toast.title)}
          withBorder
          radius="md"
          style={{ boxShadow: 'var(--mantine-shadow-lg)' }}
          onClose={() => dismissToast(toast.id)}
          closeButtonProps={{ 'aria-label': t('a11y.dismissNotice') }}
          // Mantine dims the message below AA contrast in the dark theme; a toast must be read.
          styles={{ description: { color: 'var(--mantine-color-text)' } }}
        >
          {text(toast.message)}
        </Notification>
      ))}
    </Stack>
  );
}
