import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../main/contract/contract';
import type { WhatsAppState, WhatsAppStatus } from '../../../../main/contract/whatsapp-schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';

/** The same rule main applies to a phone number for a pairing code. */
const PHONE_PATTERN = /^\+?[0-9 ()-]{7,20}$/;

/** States from which a new link can start (a kept link would be replaced by it). */
const CAN_LINK: ReadonlySet<WhatsAppState> = new Set(['unlinked', 'logged_out', 'banned', 'keys_unavailable']);
/** States with keys on this computer, which "Disconnect" logs out and wipes. */
const HAS_KEYS: ReadonlySet<WhatsAppState> = new Set(['connecting', 'connected', 'reconnecting', 'replaced', 'banned', 'keys_unavailable']);

/** The buttons that fit the current state: link, retry now, cancel linking, disconnect. */
export function LinkActions({ status }: { status: WhatsAppStatus }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The reply is a snapshot from when linking started; a status event (the first QR) may already
  // have arrived and must not be overwritten by it, so read the status afresh instead.
  const update = () => queryClient.invalidateQueries({ queryKey: queryKeys.whatsapp });
  const connect = useMutation({
    mutationFn: (input: ChannelInput<'connectWhatsApp'>) => call('connectWhatsApp', input),
    onSuccess: update,
  });
  const disconnect = useMutation({ mutationFn: () => call('disconnectWhatsApp', {}), onSuccess: update });
  const busy = connect.isPending || disconnect.isPending;
  const { state } = status;

  return (
    <Stack gap="sm">
      {CAN_LINK.has(state) && (
        <LinkOptions relink={state !== 'unlinked'} busy={busy} onLink={(input) => connect.mutate(input)} />
      )}
      <Group gap="sm">
        {(state === 'reconnecting' || state === 'replaced') && (
          <Button
            data-testid="wa-retry"
            variant={state === 'replaced' ? 'filled' : 'light'}
            leftSection={<Icon name="refresh" size={16} />}
            loading={connect.isPending}
            disabled={busy && !connect.isPending}
            onClick={() => connect.mutate({ method: 'qr' })}
          >
            {state === 'replaced' ? t('whatsapp.useHere') : t('whatsapp.retryNow')}
          </Button>
        )}
        {state === 'linking' && (
          <Button
            data-testid="wa-cancel"
            variant="default"
            loading={disconnect.isPending}
            disabled={busy && !disconnect.isPending}
            onClick={() => disconnect.mutate()}
          >
            {t('whatsapp.cancelLinking')}
          </Button>
        )}
        {HAS_KEYS.has(state) && (
          <DisconnectButton busy={busy} pending={disconnect.isPending} onConfirm={() => disconnect.mutate()} />
        )}
      </Group>
    </Stack>
  );
}

/** "Link with QR code" or "Link with phone number" (then the number and "Get pairing code"). */
function LinkOptions({
  relink,
  busy,
  onLink,
}: {
  relink: boolean;
  busy: boolean;
  onLink: (input: ChannelInput<'connectWhatsApp'>) => void;
}) {
  const { t } = useTranslation();
  const [askPhone, setAskPhone] = useState(false);
  const [phone, setPhone] = useState('');
  const trimmed = phone.trim();
  const valid = PHONE_PATTERN.test(trimmed);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (valid && !busy) onLink({ method: 'code', phone: trimmed });
  };

  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Button data-testid="wa-link-qr" leftSection={<Icon name="phone" size={16} />} loading={busy} onClick={() => onLink({ method: 'qr' })}>
          {relink ? t('whatsapp.relinkQr') : t('whatsapp.linkQr')}
        </Button>
        <Button data-testid="wa-link-phone" variant="default" disabled={busy} onClick={() => setAskPhone(true)}>
          {t('whatsapp.linkCode')}
        </Button>
      </Group>
      {askPhone && (
        <form onSubmit={submit}>
          <Group align="flex-start" gap="sm">
            <TextInput
              data-testid="wa-phone"
              label={t('whatsapp.phone')}
              description={t('whatsapp.phoneHelp')}
              placeholder={t('whatsapp.phonePlaceholder')}
              value={phone}
              inputMode="tel"
              autoComplete="tel"
              error={trimmed.length > 0 && !valid ? t('whatsapp.phoneInvalid') : undefined}
              onChange={(event) => setPhone(event.currentTarget.value)}
              w={300}
              data-autofocus
            />
            <Button data-testid="wa-link-code" type="submit" mt={46} disabled={!valid} loading={busy}>
              {t('whatsapp.getCode')}
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}

/** Disconnect, after a confirmation that says what it does: log out and delete the keys. */
function DisconnectButton({ busy, pending, onConfirm }: { busy: boolean; pending: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);

  return (
    <>
      <Button
        data-testid="wa-disconnect"
        color="red"
        variant="light"
        leftSection={<Icon name="x" size={16} />}
        loading={pending}
        disabled={busy && !pending}
        onClick={() => setOpened(true)}
      >
        {t('whatsapp.disconnect')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('whatsapp.disconnectTitle')} centered>
        <Stack gap="md">
          <Text size="sm">{t('whatsapp.disconnectConfirm')}</Text>
          <Group justify="flex-end" gap="sm">
            {/* Focus starts on the harmless answer: a stray Enter does not delete the keys. */}
            <Button variant="default" onClick={() => setOpened(false)} data-testid="wa-disconnect-cancel" data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              data-testid="wa-disconnect-confirm"
              color="red"
              onClick={() => {
                setOpened(false);
                onConfirm();
              }}
            >
              {t('whatsapp.disconnectYes')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
