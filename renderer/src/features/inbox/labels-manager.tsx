import { ActionIcon, Badge, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LABEL_COLORS, type Label, type LabelColor } from '../../../../main/contract/states-schemas';
import { call } from '../../api/call';
import { useLabels } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';

/** Creates, recolours, renames and deletes the owner's labels. */
export function LabelsManager({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels().data?.items ?? [];
  return (
    <Modal opened={opened} onClose={onClose} title={t('states.labels.manageTitle')} size="md">
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('states.labels.manageDescription')}
        </Text>
        {labels.map((label) => (
          <LabelEditor key={`${label.id}:${label.name}:${label.color}`} label={label} />
        ))}
        <LabelEditor label={null} />
      </Stack>
    </Modal>
  );
}

function LabelEditor({ label }: { label: Label | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(label?.name ?? '');
  const [color, setColor] = useState<LabelColor>(label?.color ?? 'blue');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.inbox });
  const save = useMutation({
    mutationFn: () => call('saveLabel', { id: label?.id ?? null, name: name.trim(), color }),
    onSuccess: () => {
      if (label === null) setName('');
      refresh();
    },
  });
  const remove = useMutation({ mutationFn: (id: number) => call('deleteLabel', { id }), onSuccess: refresh });
  const changed = label === null ? name.trim().length > 0 : name.trim() !== label.name || color !== label.color;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput
          data-testid={label === null ? 'label-new-name' : 'label-name'}
          // The dialog opens on the new label's name (the close button is not what one came for).
          data-autofocus={label === null ? true : undefined}
          aria-label={t('states.labels.name')}
          placeholder={label === null ? t('states.labels.add') : undefined}
          value={name}
          maxLength={40}
          onChange={(event) => setName(event.currentTarget.value)}
          style={{ flex: 1 }}
          leftSection={<Badge size="xs" circle color={color} aria-hidden />}
        />
        <Select
          aria-label={t('states.labels.color')}
          data={LABEL_COLORS.map((value) => ({ value, label: t(`states.labels.colors.${value}`) }))}
          value={color}
          onChange={(value) => value && setColor(value as LabelColor)}
          allowDeselect={false}
          w={120}
        />
        <Button data-testid={label === null ? 'label-add' : 'label-save'} disabled={!changed} loading={save.isPending} onClick={() => save.mutate()} variant={label === null ? 'filled' : 'light'}>
          {label === null ? t('states.labels.add') : t('states.labels.save')}
        </Button>
        {label !== null && (
          <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('states.labels.delete', { name: label.name })} loading={remove.isPending} onClick={() => remove.mutate(label.id)}>
            <Icon name="trash" size={16} />
          </ActionIcon>
        )}
      </Group>
      {save.isError && (
        <Text size="sm" c="red.8" role="alert">
          {describeError(save.error)}
        </Text>
      )}
    </Stack>
  );
}
