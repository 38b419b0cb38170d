import { Notification, Stack } from '@mantine/core';
import { dismissToast, useToasts } from '../lib/toasts';

/** Renders transient toasts in the bottom-right corner. */
export function NotificationsHost() {
  const toasts = useToasts();
  if (toasts.length === 0) return null;
  return (
    <Stack pos="fixed" top={76} right={20} w={360} gap="sm" style={{ zIndex: 1000 }} aria-live="polite">
      {toasts.map((toast) => (
        <Notification
          key={toast.id}
          data-testid="toast"
          data-color={toast.color}
          color={toast.color}
          title={toast.title}
          withBorder
          radius="md"
          style={{ boxShadow: 'var(--mantine-shadow-lg)' }}
          onClose={() => dismissToast(toast.id)}
        >
          {toast.message}
        </Notification>
      ))}
    </Stack>
  );
}
