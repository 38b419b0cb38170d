import { Alert, Button, Checkbox, Group, Modal, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember, StaffRole } from '../../../../main/contract/staff-schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { describeError } from '../../lib/describe-error';
import { useReturnFocusOnUnmount } from '../../lib/use-return-focus';

const PIN_PATTERN = /^\d{4,8}$/;

/** Adds a person (`person` null) or edits one: name, role, PIN (set, keep or clear). */
export function PersonFormModal({
  person,
  canChangeRole,
  onClose,
}: {
  person: StaffMember | null;
  canChangeRole: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  useReturnFocusOnUnmount();
  const queryClient = useQueryClient();
  const [name, setName] = useState(person?.name ?? '');
  const [role, setRole] = useState<StaffRole>(person?.role ?? 'staff');
  const [pin, setPin] = useState('');
  const [clearPin, setClearPin] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const newPin = pin === '' ? undefined : pin;
      if (person === null) return call('addStaffMember', { name: name.trim(), role, pin: newPin ?? null });
      return call('updateStaffMember', {
        id: person.id,
        ...(name.trim() !== person.name ? { name: name.trim() } : {}),
        ...(role !== person.role ? { role } : {}),
        ...(clearPin ? { pin: null } : newPin !== undefined ? { pin: newPin } : {}),
      });
    },
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: queryKeys.staff }), queryClient.invalidateQueries({ queryKey: queryKeys.settings })]);
      onClose();
    },
  });
  const pinInvalid = pin !== '' && !PIN_PATTERN.test(pin);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && !pinInvalid) save.mutate();
  };
  return (
    <Modal opened onClose={onClose} centered title={<Text fw={650}>{person ? t('staff.editTitle', { name: person.name }) : t('staff.addTitle')}</Text>}>
      <form onSubmit={submit} data-testid="person-form">
        <Stack gap="md">
          <TextInput data-testid="person-name" label={t('staff.name')} value={name} maxLength={60} required onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
          {canChangeRole && (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('staff.role')}
              </Text>
              <SegmentedControl
                data-testid="person-role"
                value={role}
                onChange={(value) => setRole(value as StaffRole)}
                data={[
                  { value: 'owner', label: t('staff.roles.owner') },
                  { value: 'staff', label: t('staff.roles.staff') },
                ]}
              />
            </Stack>
          )}
          <PasswordInput
            data-testid="person-pin"
            label={person?.hasPin ? t('staff.newPin') : t('staff.pin')}
            description={person?.hasPin ? t('staff.keepPin') : t('staff.pinHelp')}
            inputMode="numeric"
            autoComplete="new-password"
            maxLength={8}
            value={pin}
            disabled={clearPin}
            error={pinInvalid ? t('staff.pinHelp') : undefined}
            onChange={(e) => setPin(e.currentTarget.value.replace(/\D/g, ''))}
          />
          {person?.hasPin && <Checkbox data-testid="person-clear-pin" label={t('staff.clearPin')} checked={clearPin} onChange={(e) => setClearPin(e.currentTarget.checked)} />}
          {save.isError && (
            <Alert color="red" data-testid="person-error">
              {describeError(save.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="person-save" loading={save.isPending} disabled={!name.trim() || pinInvalid}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
