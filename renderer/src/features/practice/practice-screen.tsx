import { Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../main/contract/schemas';
import { useConversation } from '../../api/queries';
import { Icon } from '../../components/icon';
import { ScreenHeader } from '../../components/screen-header';
import { ConversationList, type PickedConversation } from './conversation-list';
import { ConversationThread } from './conversation-thread';
import { PracticeComposer } from './practice-composer';

/**
 * Practice chat: the owner plays a customer. Messages enter the same inbox as WhatsApp, so
 * replies appear in the review queue and, once approved, here in the thread.
 */
export function PracticeScreen({ selectedId, onSelect }: { selectedId: number | null; onSelect: (id: number | null) => void }) {
  const { t } = useTranslation();
  const [customerName, setCustomerName] = useState('Ana');
  const [language, setLanguage] = useState<Language>('en');
  const selected = useConversation(selectedId);

  // Writing into an existing conversation continues it as the same customer.
  const pick = (conversation: PickedConversation) => {
    setCustomerName(conversation.customerName);
    setLanguage(conversation.language);
    onSelect(conversation.id);
  };

  const startNew = () => {
    onSelect(null);
    setCustomerName('');
  };

  return (
    <>
      <ScreenHeader title={t('practice.title')} description={t('practice.description')} />
      <Grid gap="lg" align="stretch">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card h="100%" padding="md">
            <Group justify="space-between" mb="sm">
              <Title order={4}>{t('practice.conversations')}</Title>
              <Button size="compact-sm" variant="subtle" leftSection={<Icon name="plus" size={14} />} onClick={startNew}>
                {t('practice.newCustomer')}
              </Button>
            </Group>
            <ConversationList selectedId={selectedId} onSelect={pick} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card padding={0}>
            <Stack gap={0}>
              {selectedId === null ? (
                <Stack align="center" justify="center" mih={360} p="xl" gap={6}>
                  <Icon name="message" size={36} stroke={1.25} />
                  <Text fw={600}>{t('practice.noSelectionTitle')}</Text>
                  <Text c="dimmed" size="sm" ta="center" maw={420}>
                    {t('practice.noSelectionHint')}
                  </Text>
                </Stack>
              ) : (
                <ConversationThread query={selected} />
              )}
              <PracticeComposer
                customerName={customerName}
                language={language}
                onCustomerNameChange={setCustomerName}
                onLanguageChange={setLanguage}
                onSent={onSelect}
              />
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
