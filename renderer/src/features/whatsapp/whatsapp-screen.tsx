import { Alert, Badge, Button, Card, Grid, Group, Image, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WhatsAppStatus } from '../../../../main/contract/whatsapp-schemas';
import { call } from '../../api/call';
import { useConversation } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { ScreenHeader } from '../../components/screen-header';
import { TimeAgo } from '../../components/time-ago';
import { showToast } from '../../lib/toasts';
import { ConversationList } from '../practice/conversation-list';
import { ConversationThread } from '../practice/conversation-thread';

const STATE_COLOR: Record<WhatsAppStatus['state'], string> = {
  unlinked: 'gray',
  linking: 'blue',
  connecting: 'blue',
  connected: 'green',
  reconnecting: 'yellow',
  logged_out: 'orange',
  replaced: 'orange',
  banned: 'red',
};

/** Connect WhatsApp: link by QR or pairing code, see the link's state, disconnect. */
export function WhatsAppScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const status = useQuery({ queryKey: queryKeys.whatsapp, queryFn: () => call('getWhatsAppStatus', {}) });
  const [phone, setPhone] = useState('');
  const [askPhone, setAskPhone] = useState(false);
  const [chatId, setChatId] = useState<number | null>(null);
  const chat = useConversation(chatId);
  const update = (next: WhatsAppStatus) => queryClient.setQueryData(queryKeys.whatsapp, next);
  const onError = (error: Error) => showToast({ color: 'red', title: t('whatsapp.title'), message: error.message });
  const connect = useMutation({
    mutationFn: (input: { method: 'qr' } | { method: 'code'; phone: string }) => call('connectWhatsApp', input),
    onSuccess: update,
    onError,
  });
  const disconnect = useMutation({ mutationFn: () => call('disconnectWhatsApp', {}), onSuccess: update, onError });

  const s = status.data;
  if (!s) return status.isError ? <Alert color="red">{status.error.message}</Alert> : <Loader />;
  const canLink = ['unlinked', 'logged_out', 'replaced', 'banned'].includes(s.state);

  return (
    <>
      <ScreenHeader title={t('whatsapp.title')} description={t('whatsapp.description')} />
      <Card padding="xl" maw={720} data-testid="wa-status" data-state={s.state}>
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={3}>{s.phone && s.state === 'connected' ? t('whatsapp.connectedAs', { phone: s.phone }) : t(`whatsapp.state.${s.state}`)}</Title>
            <Badge color={STATE_COLOR[s.state]} size="lg" variant="light" data-testid={s.state === 'connected' ? 'wa-connected' : undefined}>
              {t(`whatsapp.state.${s.state}`)}
            </Badge>
          </Group>
          {s.detail && <Text c="dimmed">{s.detail}</Text>}
          {s.state === 'reconnecting' && s.nextAttemptAt !== null && (
            <Text size="sm">
              {t('whatsapp.nextAttempt', { when: '' })} <TimeAgo at={s.nextAttemptAt} />
            </Text>
          )}
          {s.qrDataUrl && (
            <Stack align="center" gap="xs">
              <Image data-testid="wa-qr" src={s.qrDataUrl} alt="WhatsApp QR" w={264} h={264} />
              <Text size="sm" c="dimmed" ta="center" maw={420}>
                {t('whatsapp.qrHelp')}
              </Text>
            </Stack>
          )}
          {s.pairingCode && (
            <Stack align="center" gap="xs">
              <Text data-testid="wa-pairing-code" ff="monospace" fz={36} fw={700} style={{ letterSpacing: 6 }}>
                {s.pairingCode}
              </Text>
              <Text size="sm" c="dimmed" ta="center" maw={420}>
                {t('whatsapp.codeHelp')}
              </Text>
            </Stack>
          )}
          {s.backlog > 0 && <Alert color="blue">{t('whatsapp.backlog', { count: s.backlog })}</Alert>}
          {canLink && (
            <Stack gap="sm">
              <Group>
                <Button data-testid="wa-link-qr" loading={connect.isPending} onClick={() => connect.mutate({ method: 'qr' })}>
                  {s.state === 'unlinked' ? t('whatsapp.linkQr') : t('whatsapp.relink')}
                </Button>
                <Button variant="default" onClick={() => setAskPhone(true)}>
                  {t('whatsapp.linkCode')}
                </Button>
              </Group>
              {askPhone && (
                <Group align="flex-end">
                  <TextInput
                    data-testid="wa-phone"
                    label={t('whatsapp.phone')}
                    placeholder={t('whatsapp.phonePlaceholder')}
                    value={phone}
                    onChange={(e) => setPhone(e.currentTarget.value)}
                  />
                  <Button data-testid="wa-link-code" disabled={phone.trim().length < 7} onClick={() => connect.mutate({ method: 'code', phone: phone.trim() })}>
                    {t('whatsapp.getCode')}
                  </Button>
                </Group>
              )}
            </Stack>
          )}
          {!canLink && (
            <Group>
              <Button
                data-testid="wa-disconnect"
                color="red"
                variant="light"
                loading={disconnect.isPending}
                onClick={() => window.confirm(t('whatsapp.disconnectConfirm')) && disconnect.mutate()}
              >
                {t('whatsapp.disconnect')}
              </Button>
            </Group>
          )}
          <Text size="xs" c="dimmed">
            {t('whatsapp.safety')}
          </Text>
        </Stack>
      </Card>
      <Title order={3} mt="xl" mb="sm">
        {t('whatsapp.chats')}
      </Title>
      <Grid gap="lg" align="stretch">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card padding="md" h="100%">
            <ConversationList channel="whatsapp" selectedId={chatId} onSelect={(c) => setChatId(c.id)} />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Card padding={0}>{chatId === null ? <Text c="dimmed" p="xl">{t('whatsapp.pickChat')}</Text> : <ConversationThread query={chat} />}</Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
