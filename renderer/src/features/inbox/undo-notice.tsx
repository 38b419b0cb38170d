import { Button, Group, Paper, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clearUndo, undoOffered, useUndoOffer } from './undo-send';

/** "Sent to Ana · It leaves in 4 s · Undo", in the bottom-left corner while a send can be taken back. */
export function UndoNotice() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const offer = useUndoOffer();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!offer) return;
    const timer = window.setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= offer.until) clearUndo();
    }, 250);
    return () => window.clearInterval(timer);
  }, [offer]);
  if (!offer) return null;
  const seconds = Math.max(0, Math.ceil((offer.until - now) / 1000));
  return (
    <Paper
      data-testid="undo-send"
      role="status"
      aria-live="polite"
      shadow="lg"
      withBorder
      px="md"
      py="xs"
      pos="fixed"
      bottom={16}
      left={16}
      // Over the navbar's footer, under modals (Mantine's start at 200) and never over a screen's
      // title or the reply box.
      style={{ zIndex: 150, maxWidth: 'calc(100vw - 32px)' }}
    >
      <Group gap="md" wrap="nowrap">
        <Text size="sm" fw={600} truncate>
          {t('keyboard.sent', { name: offer.customerName })}
        </Text>
        <Text size="sm" c="gray.7" style={{ whiteSpace: 'nowrap' }}>
          {t('keyboard.sentHint', { seconds })}
        </Text>
        <Button data-testid="undo-send-button" size="compact-sm" variant="light" onClick={() => void undoOffered(queryClient)}>
          {t('keyboard.undo')} <Text span size="xs" c="gray.7" ml={6}>U</Text>
        </Button>
      </Group>
    </Paper>
  );
}
