import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWhatsAppStatus } from '../../api/queries';
import { QueryState } from '../../components/query-state';
import { ScreenHeader } from '../../components/screen-header';
import { LinkStatusCard } from './link-status-card';
import { WhatsAppConversations } from './whatsapp-conversations';

/**
 * Connect WhatsApp: link by QR or pairing code, follow the link's state live (events replace
 * the status as it changes), disconnect, and read the WhatsApp conversations.
 */
export function WhatsAppScreen({ selectedId, onSelect }: { selectedId: number | null; onSelect: (id: number | null) => void }) {
  const { t } = useTranslation();
  const status = useWhatsAppStatus();

  return (
    <>
      <ScreenHeader title={t('whatsapp.title')} description={t('whatsapp.description')} />
      <QueryState query={status}>
        {(current) => (
          <Stack gap="lg">
            <LinkStatusCard status={current} />
            <WhatsAppConversations selectedId={selectedId} onSelect={onSelect} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
