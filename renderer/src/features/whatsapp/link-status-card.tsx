import { Alert, Badge, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WhatsAppState, WhatsAppStatus } from '../../../../main/contract/whatsapp-schemas';
import { Icon } from '../../components/icon';
import { LinkActions } from './link-actions';
import { LinkingPanel } from './linking-panel';
import { ReconnectCountdown } from './reconnect-countdown';

const STATE_COLOR: Record<WhatsAppState, string> = {
  unlinked: 'gray',
  linking: 'blue',
  connecting: 'blue',
  connected: 'green',
  reconnecting: 'yellow',
  logged_out: 'orange',
  replaced: 'orange',
  banned: 'red',
  keys_unavailable: 'orange',
};

/** States in which the owner has something to fix: the guidance is shown as a warning. */
const NEEDS_ATTENTION: ReadonlySet<WhatsAppState> = new Set(['logged_out', 'replaced', 'banned', 'keys_unavailable']);

/** The link as the owner sees it: its state, why, what to do next, and the buttons to do it. */
export function LinkStatusCard({ status }: { status: WhatsAppStatus }) {
  const { t } = useTranslation();
  const { state } = status;
  const connected = state === 'connected';
  const heading = connected && status.phone ? t('whatsapp.connectedAs', { phone: status.phone }) : t(`whatsapp.state.${state}`);

  return (
    <Card padding="xl" maw={760} data-testid="wa-status" data-state={state}>
      <Stack gap="md">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={42} radius="xl" variant="light" color={STATE_COLOR[state]}>
              <Icon name={connected ? 'check' : NEEDS_ATTENTION.has(state) ? 'alert' : 'phone'} size={22} />
            </ThemeIcon>
            <Stack gap={0}>
              <Title order={3} data-testid={connected ? 'wa-connected' : undefined}>
                {heading}
              </Title>
              {status.phone && !connected && (
                <Text size="sm" c="dimmed" data-testid="wa-phone-number">
                  {t('whatsapp.linkedNumber', { phone: status.phone })}
                </Text>
              )}
            </Stack>
          </Group>
          {connected && (
            <Badge color={STATE_COLOR[state]} size="lg" variant="light" style={{ flexShrink: 0 }}>
              {t(`whatsapp.state.${state}`)}
            </Badge>
          )}
        </Group>

        {status.keysIssue ? (
          <Text data-testid="wa-detail" data-issue={status.keysIssue}>
            {t(`whatsapp.keysIssue.${status.keysIssue}`)}
          </Text>
        ) : (
          status.detail && (
            <Text data-testid="wa-detail" c={NEEDS_ATTENTION.has(state) ? undefined : 'dimmed'}>
              {status.detail}
            </Text>
          )
        )}
        {NEEDS_ATTENTION.has(state) ? (
          <Alert data-testid="wa-help" color={STATE_COLOR[state]} variant="light" icon={<Icon name="alert" />} title={t('whatsapp.whatToDo')}>
            {t(`whatsapp.help.${state}`)}
          </Alert>
        ) : state === 'linking' && status.detail ? null : (
          <Text data-testid="wa-help" size="sm" c="dimmed">
            {t(`whatsapp.help.${state}`)}
          </Text>
        )}
        {(state === 'reconnecting' || state === 'replaced') && status.nextAttemptAt !== null && (
          <ReconnectCountdown at={status.nextAttemptAt} />
        )}
        {state === 'linking' && <LinkingPanel status={status} />}
        {status.backlog > 0 && (
          <Alert data-testid="wa-backlog" data-count={status.backlog} color="blue" variant="light" icon={<Icon name="inbox" />}>
            {t('whatsapp.backlog', { count: status.backlog })}
          </Alert>
        )}

        <LinkActions status={status} />
        <Text size="xs" c="dimmed">
          {t('whatsapp.safety')}
        </Text>
      </Stack>
    </Card>
  );
}
