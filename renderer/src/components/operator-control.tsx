import { Avatar, Button, Group, Popover, Stack, Text, TextInput, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/call';
import { useSettings } from '../api/queries';
import { queryKeys } from '../api/query-keys';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

/** Shows who is operating (recorded on every approval) and lets them change the name. */
export function OperatorControl() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useSettings();
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState('');
  const save = useMutation({
    mutationFn: (operatorName: string) => call('updateSettings', { operatorName }),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.settings, next);
      setOpened(false);
    },
  });
  const name = settings.data?.operatorName ?? '';
  const trimmed = draft.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed) save.mutate(trimmed);
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      withArrow
      shadow="md"
      trapFocus
      width={280}
    >
      <Popover.Target>
        <UnstyledButton
          data-testid="operator-name"
          title={t('header.changeOperator')}
          onClick={() => {
            setDraft(name);
            setOpened((value) => !value);
          }}
        >
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
        <form onSubmit={submit}>
          <Stack gap="sm">
            <TextInput
              data-testid="operator-name-input"
              label={t('header.operatorLabel')}
              description={t('header.operatorHelp')}
              value={draft}
              maxLength={60}
              onChange={(event) => setDraft(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" size="xs" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button data-testid="operator-name-save" type="submit" size="xs" disabled={!trimmed} loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
