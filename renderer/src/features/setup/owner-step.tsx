import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../main/contract/staff-schemas';
import { call } from '../../api/call';
import { useStaff } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { describeError } from '../../lib/describe-error';
import { StaffPanel } from '../staff/staff-panel';

/** The owner's name and PIN (the person at the desk), then the Staff panel for everyone else. */
export function OwnerStep() {
  const staff = useStaff();
  const me = staff.data?.items.find((p) => p.id === staff.data?.currentId);
  return (
    <Stack gap="md">
      {/* Keyed by person: the form starts from the saved name once it has loaded. */}
      {me && <OwnerForm key={me.id} me={me} />}
      <StaffPanel compact />
    </Stack>
  );
}

function OwnerForm({ me }: { me: StaffMember }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(me.name);
  const [pin, setPin] = useState('');
  const save = useMutation({
    mutationFn: () =>
      call('updateStaffMember', { id: me.id, ...(name.trim() !== me.name ? { name: name.trim() } : {}), ...(pin ? { pin } : {}) }),
    onSuccess: async () => {
      setPin('');
      await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.staff }), queryClient.invalidateQueries({ queryKey: queryKeys.settings })]);
    },
  });
  const pinInvalid = pin !== '' && !/^\d{4,8}$/.test(pin);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && !pinInvalid) save.mutate();
  };
  return (
    <form onSubmit={submit} data-testid="setup-owner">
      <Group align="flex-start" gap="sm" wrap="wrap">
        <TextInput data-testid="setup-owner-name" label={t('setup.steps.staff.ownerName')} value={name} maxLength={60} onChange={(e) => setName(e.currentTarget.value)} w={220} />
        <PasswordInput
          data-testid="setup-owner-pin"
          label={t('setup.steps.staff.ownerPin')}
          description={me.hasPin ? t('setup.steps.staff.ownerPinSet') : undefined}
          inputMode="numeric"
          autoComplete="new-password"
          maxLength={8}
          value={pin}
          error={pinInvalid ? t('staff.pinHelp') : undefined}
          onChange={(e) => setPin(e.currentTarget.value.replace(/\D/g, ''))}
          w={260}
        />
        <Button type="submit" data-testid="setup-owner-save" mt={25} loading={save.isPending} disabled={!name.trim() || pinInvalid}>
          {t('setup.steps.staff.saveOwner')}
        </Button>
      </Group>
      {save.isSuccess && (
        <Text size="sm" c="green.8" mt="xs" data-testid="setup-owner-saved">
          {t('setup.steps.staff.ownerSaved')}
        </Text>
      )}
      {save.isError && (
        <Alert color="red" mt="xs">
          {describeError(save.error)}
        </Alert>
      )}
    </form>
  );
}
