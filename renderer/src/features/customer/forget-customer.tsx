import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerCard } from '../../../../main/contract/customer-schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';

/** "Forget this customer" (owner only) behind a confirmation that names what goes. */
export function ForgetCustomer({ card, onForgotten }: { card: CustomerCard; onForgotten: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const forget = useMutation({
    mutationFn: () => call('forgetCustomer', { conversationId: card.conversationId }),
    onSuccess: () => {
      setConfirming(false);
      queryClient.removeQueries({ queryKey: queryKeys.conversation(card.conversationId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.inbox });
      void queryClient.invalidateQueries({ queryKey: queryKeys.conversations });
      showToast({ color: 'green', title: { key: 'customer.forget.done' }, message: '' }, 4000);
      onForgotten();
    },
    onError: (error) => showToast({ color: 'red', title: { key: 'errors.actionFailed' }, message: describeError(error) }, 6000),
  });
  const name = card.shopName ?? card.name;
  return (
    <>
      <Button size="xs" color="red" variant="light" onClick={() => setConfirming(true)} data-testid="customer-forget">
        {t('customer.forget.button')}
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={<Text fw={700}>{t('customer.forget.title', { name })}</Text>} centered data-testid="forget-confirm">
        <Stack gap="sm">
          <Text size="sm">{t('customer.forget.body')}</Text>
          <List size="sm" spacing={4}>
            <List.Item>{t('customer.forget.backups')}</List.Item>
            <List.Item>{t('customer.forget.audit')}</List.Item>
            <List.Item>{t('customer.forget.again')}</List.Item>
          </List>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('customer.cancel')}
            </Button>
            <Button color="red" loading={forget.isPending} onClick={() => forget.mutate()} data-testid="forget-confirm-button">
              {t('customer.forget.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
