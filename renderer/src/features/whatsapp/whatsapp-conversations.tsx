import { Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConversation } from '../../api/queries';
import { Icon } from '../../components/icon';
import { ConversationList } from '../practice/conversation-list';
import { ConversationThread } from '../practice/conversation-thread';

/**
 * The WhatsApp chats and one thread. Replies are approved in the review queue; here the owner
 * reads, and resumes the assistant in a chat they took over from the phone.
 */
export function WhatsAppConversations({ selectedId, onSelect }: { selectedId: number | null; onSelect: (id: number | null) => void }) {
  const { t } = useTranslation();
  const selected = useConversation(selectedId);

  return (
    <Stack gap="sm" data-testid="wa-chats">
      <Title order={3}>{t('whatsapp.chats')}</Title>
      <Grid gap="lg" align="stretch">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card padding="md" h="100%">
            <ConversationList
              channel="whatsapp"
              selectedId={selectedId}
              onSelect={(conversation) => onSelect(conversation.id)}
              emptyText={t('whatsapp.noChats')}
            />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card padding={0}>
            {selectedId === null ? (
              <Stack align="center" justify="center" mih={240} p="xl" gap={6}>
                <Icon name="message" size={32} stroke={1.25} />
                <Text c="dimmed" size="sm" ta="center" maw={440}>
                  {t('whatsapp.pickChat')}
                </Text>
              </Stack>
            ) : (
              <ConversationThread query={selected} />
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
