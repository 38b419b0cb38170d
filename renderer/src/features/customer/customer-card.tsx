import { Badge, Button, Center, Divider, Drawer, Group, Loader, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../main/contract/customer-schemas';
import type { Message } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { useStaff } from '../../api/queries';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { languageName } from '../../lib/languages';
import { formatAbsolute } from '../../lib/time';
import { showToast } from '../../lib/toasts';
import { downloadFiles } from '../knowledge/import/download';
import { CustomerFacts } from './customer-facts';
import { CustomerNotes } from './customer-notes';
import { CustomerPurchases } from './customer-purchases';
import { useCardChange, useCustomerCard } from './customer-queries';
import { ForgetCustomer } from './forget-customer';

/**
 * The customer card, in a drawer beside the conversation (it never takes the chat's width, so
 * 1024 × 640 keeps the chat whole): names, ids, languages, labels, first contact and its ad,
 * conversations, facts, notes, purchases; export and forget.
 */
export function CustomerCardDrawer({
  conversationId,
  opened,
  onClose,
  messages,
  onShowMessage,
  onForgotten,
}: {
  conversationId: number;
  opened: boolean;
  onClose: () => void;
  messages: readonly Message[];
  /** Shows a fact's message in the chat (the drawer closes). */
  onShowMessage: (messageId: number) => void;
  onForgotten: () => void;
}) {
  const { t } = useTranslation();
  const card = useCustomerCard(conversationId, opened);
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size={400} title={<Text fw={700}>{t('customer.title')}</Text>} closeButtonProps={{ 'aria-label': t('customer.cancel') }} data-testid="customer-card">
      {card.data ? (
        <CardBody card={card.data} messages={messages} onShowMessage={onShowMessage} onForgotten={onForgotten} />
      ) : (
        <Center h={120}>{card.isError ? <Text c="red.8">{t('errors.loadFailed')}</Text> : <Loader size="sm" />}</Center>
      )}
    </Drawer>
  );
}

function CardBody({
  card,
  messages,
  onShowMessage,
  onForgotten,
}: {
  card: CustomerCard;
  messages: readonly Message[];
  onShowMessage: (messageId: number) => void;
  onForgotten: () => void;
}) {
  const { t, i18n } = useTranslation();
  const staff = useStaff();
  const me = staff.data?.items.find((p) => p.id === staff.data?.currentId);
  const id = card.conversationId;
  const [shopName, setShopName] = useState(card.shopName ?? '');
  const rename = useCardChange(id, () => call('setCustomerShopName', { conversationId: id, shopName: shopName.trim() || null }));
  const exportData = useMutation({
    mutationFn: () => call('exportCustomer', { conversationId: id }),
    onSuccess: async (file) => {
      await downloadFiles([{ name: file.fileName, text: file.text, type: 'application/json;charset=utf-8' }]);
      showToast({ color: 'green', title: { key: 'customer.exported', values: { file: file.fileName } }, message: file.fileName }, 4000);
    },
    onError: (error) => showToast({ color: 'red', title: { key: 'errors.actionFailed' }, message: describeError(error) }, 6000),
  });
  const conversation = card.conversations[0];

  return (
    <Stack gap="md" data-testid="customer-card-body" data-customer-id={card.customerId}>
      <Stack gap={6}>
        <Field label={t('customer.givenName')}>
          <Text size="sm" fw={600} data-testid="customer-given-name">
            {card.name}
          </Text>
        </Field>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput size="xs" style={{ flex: 1 }} label={t('customer.shopName')} placeholder={t('customer.shopNamePlaceholder')} value={shopName} onChange={(e) => setShopName(e.currentTarget.value)} maxLength={60} data-testid="customer-shop-name" />
          <Button size="xs" variant="default" disabled={(card.shopName ?? '') === shopName.trim()} loading={rename.isPending} onClick={() => rename.mutate(undefined)}>
            {t('customer.save')}
          </Button>
        </Group>
        <Field label={card.phone ? t('customer.phone') : t('customer.ids')}>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="customer-id">
            {card.phone ?? card.ids.join(', ')}
          </Text>
        </Field>
        <Field label={t('customer.languages')}>
          <Group gap={4}>
            {card.languages.map((l) => (
              <Badge key={l} size="sm" variant="outline" color="gray">
                {languageName(l)}
              </Badge>
            ))}
          </Group>
        </Field>
        <Field label={t('customer.labels')}>
          {card.labels.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('customer.noLabels')}
            </Text>
          ) : (
            <Group gap={4}>
              {card.labels.map((l) => (
                <Badge key={l.id} size="sm" variant="light" color={l.color}>
                  {l.name}
                </Badge>
              ))}
            </Group>
          )}
        </Field>
        <Field label={t('customer.firstContact')}>
          <Text size="sm">{formatAbsolute(card.firstContactAt, i18n.language)}</Text>
          <Text size="xs" c="dimmed" data-testid="customer-source">
            {card.referral ? (card.referral.title ? t('customer.fromAd', { title: card.referral.title }) : t('customer.fromAdUntitled')) : t('customer.organic')}
          </Text>
        </Field>
        {conversation && (
          <Field label={t('customer.conversations')}>
            <Text size="sm">{t('customer.conversationLine', { date: formatAbsolute(conversation.createdAt, i18n.language), count: conversation.messages })}</Text>
          </Field>
        )}
      </Stack>
      <Divider />
      <CustomerFacts card={card} messages={messages} onShowMessage={onShowMessage} />
      <Divider />
      <CustomerNotes card={card} />
      <Divider />
      <CustomerPurchases card={card} />
      <Divider />
      <Group gap="xs" justify="space-between">
        <Button size="xs" variant="default" leftSection={<Icon name="download" size={14} />} loading={exportData.isPending} onClick={() => exportData.mutate()} data-testid="customer-export">
          {t('customer.export')}
        </Button>
        {me?.role === 'owner' ? (
          <ForgetCustomer card={card} onForgotten={onForgotten} />
        ) : (
          <Tooltip label={t('customer.forget.ownerOnly')} withArrow>
            <span>
              <Button size="xs" color="red" variant="light" disabled data-testid="customer-forget">
                {t('customer.forget.button')}
              </Button>
            </span>
          </Tooltip>
        )}
      </Group>
      {me?.role !== 'owner' && (
        <Text size="xs" c="dimmed">
          {t('customer.forget.ownerOnly')}
        </Text>
      )}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}
