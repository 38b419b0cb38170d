import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../main/contract/staff-schemas';
import { call } from '../../api/call';
import { useStaff } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { QueryState } from '../../components/query-state';
import { describeError } from '../../lib/describe-error';
import { ConfirmModal } from '../knowledge/confirm-modal';
import { PersonFormModal } from './person-form-modal';

/**
 * People who use the app: add, edit (name, role, PIN), remove. The core refuses what the person
 * at the desk may not do; the panel only avoids offering it.
 */
export function StaffPanel({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const staff = useStaff();
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const [removing, setRemoving] = useState<StaffMember | null>(null);
  const remove = useMutation({
    mutationFn: (id: number) => call('removeStaffMember', { id }),
    onSuccess: async () => {
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: queryKeys.staff });
    },
  });
  return (
    <Card withBorder padding="lg" data-testid="staff-panel">
      <QueryState query={staff}>
        {(data) => {
          const me = data.items.find((p) => p.id === data.currentId);
          const owner = me?.role === 'owner';
          return (
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={4}>
                  {!compact && <Title order={4}>{t('staff.title')}</Title>}
                  <Text size="sm" c="dimmed">
                    {t('staff.description')}
                  </Text>
                </Stack>
                {owner && (
                  <Button data-testid="staff-add" variant="light" onClick={() => setEditing('new')} style={{ flexShrink: 0 }}>
                    {t('staff.add')}
                  </Button>
                )}
              </Group>
              {!owner && <Alert color="gray">{t('staff.ownerOnly')}</Alert>}
              <Stack gap={0}>
                {data.items.map((person) => (
                  <Group key={person.id} data-testid="staff-row" data-name={person.name} justify="space-between" py="xs" wrap="nowrap" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
                    <Group gap="xs" wrap="wrap">
                      <Text fw={500}>{person.name}</Text>
                      <Badge variant="light" color={person.role === 'owner' ? 'leaf' : 'gray'}>
                        {t(`staff.roles.${person.role}`)}
                      </Badge>
                      <Badge variant="outline" color="gray">
                        {person.hasPin ? t('staff.pinSet') : t('staff.noPin')}
                      </Badge>
                      {person.id === data.currentId && (
                        <Badge variant="filled" color="blue">
                          {t('staff.atDesk')}
                        </Badge>
                      )}
                    </Group>
                    {(owner || person.id === data.currentId) && (
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" variant="default" data-testid="staff-edit" onClick={() => setEditing(person)}>
                          {t('staff.edit')}
                        </Button>
                        {owner && person.id !== data.currentId && (
                          <Button size="xs" variant="subtle" color="red" data-testid="staff-remove" onClick={() => setRemoving(person)}>
                            {t('staff.remove')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </Group>
                ))}
              </Stack>
              {remove.isError && <Alert color="red">{describeError(remove.error)}</Alert>}
              {editing !== null && (
                <PersonFormModal person={editing === 'new' ? null : editing} canChangeRole={owner} onClose={() => setEditing(null)} />
              )}
              <ConfirmModal
                opened={removing !== null}
                title={t('staff.remove')}
                message={t('staff.removeConfirm', { name: removing?.name ?? '' })}
                confirmLabel={t('staff.remove')}
                loading={remove.isPending}
                onConfirm={() => removing && remove.mutate(removing.id)}
                onClose={() => setRemoving(null)}
              />
            </Stack>
          );
        }}
      </QueryState>
    </Card>
  );
}
