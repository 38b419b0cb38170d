import { Alert, Avatar, Button, Group, NavLink, PasswordInput, Popover, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../main/contract/staff-schemas';
import { call } from '../api/call';
import { useStaff } from '../api/queries';
import { queryKeys } from '../api/query-keys';
import { describeError } from '../lib/describe-error';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/**
 * Who is at the desk (recorded on every action) and a quick switch between people; a person with
 * a PIN is asked for it. The core checks the PIN and limits wrong tries.
 */
export function OperatorControl() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const staff = useStaff();
  const [opened, setOpened] = useState(false);
  const [asking, setAsking] = useState<StaffMember | null>(null);
  const [pin, setPin] = useState('');
  const switchTo = useMutation({
    mutationFn: (input: { id: number; pin?: string }) => call('switchOperator', input),
    onSuccess: async (next) => {
      queryClient.setQueryData(queryKeys.staff, next);
      await queryClient.invalidateQueries({ queryKey: queryKeys.settings });
      close();
    },
  });
  const current = staff.data?.items.find((p) => p.id === staff.data?.currentId);
  const name = current?.name ?? '';

  function close() {
    setOpened(false);
    setAsking(null);
    setPin('');
    switchTo.reset();
  }

  const choose = (person: StaffMember) => {
    switchTo.reset();
    if (person.hasPin && person.id !== current?.id) {
      setAsking(person);
      setPin('');
    } else switchTo.mutate({ id: person.id });
  };

  const submitPin = (event: FormEvent) => {
    event.preventDefault();
    if (asking && pin) switchTo.mutate({ id: asking.id, pin });
  };

  return (
    <Popover opened={opened} onChange={(value) => (value ? setOpened(true) : close())} position="bottom-end" withArrow shadow="md" trapFocus width={280}>
      <Popover.Target>
        <UnstyledButton data-testid="operator-name" onClick={() => (opened ? close() : setOpened(true))}>
          <Group gap="xs" wrap="nowrap">
            <Avatar size={32} radius="xl" color="leaf" variant="light" aria-hidden>
              {initials(name) || '?'}
            </Avatar>
            <Stack gap={0} visibleFrom="sm">
              <Text size="xs" c="dimmed" lh={1.2}>
                {t('header.operator')}
              </Text>
              <Text size="sm" fw={500} lh={1.3}>
                {name || '…'}
              </Text>
            </Stack>
            {/* The visible words are the button's name (WCAG 2.5.3); what it does follows. */}
            <VisuallyHidden>{t('a11y.changeOperatorHint')}</VisuallyHidden>
          </Group>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        {asking ? (
          <form onSubmit={submitPin}>
            <Stack gap="sm">
              <PasswordInput
                data-testid="operator-pin"
                label={t('staff.switch.pinFor', { name: asking.name })}
                inputMode="numeric"
                autoComplete="off"
                maxLength={8}
                value={pin}
                onChange={(e) => setPin(e.currentTarget.value.replace(/\D/g, ''))}
                error={switchTo.isError ? describeError(switchTo.error) : undefined}
                data-autofocus
              />
              <Group justify="flex-end" gap="xs">
                <Button variant="default" size="xs" onClick={() => setAsking(null)}>
                  {t('common.cancel')}
                </Button>
                <Button data-testid="operator-pin-submit" type="submit" size="xs" disabled={!pin} loading={switchTo.isPending}>
                  {t('staff.switch.go')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('staff.switch.title')}
            </Text>
            {staff.data?.items.map((person) => (
              <NavLink
                key={person.id}
                component="button"
                data-testid="operator-choice"
                data-name={person.name}
                active={person.id === current?.id}
                label={person.name}
                description={`${t(`staff.roles.${person.role}`)}${person.hasPin ? ` · ${t('staff.pinSet')}` : ''}`}
                leftSection={
                  <Avatar size={26} radius="xl" color="leaf" variant="light">
                    {initials(person.name) || '?'}
                  </Avatar>
                }
                onClick={() => choose(person)}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              />
            ))}
            {switchTo.isError && (
              <Alert color="red" p="xs">
                {describeError(switchTo.error)}
              </Alert>
            )}
            <Button
              component="a"
              href="#/settings"
              variant="subtle"
              size="xs"
              data-testid="operator-manage"
              onClick={close}
            >
              {t('staff.switch.manage')}
            </Button>
          </Stack>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
