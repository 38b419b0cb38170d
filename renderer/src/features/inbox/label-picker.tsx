import { Badge, Box, Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { useLabels } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { LabelsManager } from './labels-manager';

/** The conversation view's labels: tick the chat's labels, or manage the list. */
export function LabelPicker({ conversationId, labelIds }: { conversationId: number; labelIds: readonly number[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const labels = useLabels().data?.items ?? [];
  const [managing, setManaging] = useState(false);
  const set = useMutation({
    mutationFn: (ids: number[]) => call('setConversationLabels', { conversationId, labelIds: ids }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.inbox }),
  });
  const toggle = (id: number, on: boolean) => set.mutate(on ? [...labelIds, id] : labelIds.filter((x) => x !== id));
  return (
    <>
      <Popover position="bottom-end" withinPortal shadow="md">
        <Popover.Target>
          <Button
            data-testid="labels-button"
            size="compact-sm"
            variant="default"
            aria-label={t('states.labels.button')}
            leftSection={<Icon name="tag" size={14} />}
            rightSection={labelIds.length > 0 ? <Badge size="xs" circle>{labelIds.length}</Badge> : undefined}
            style={{ flexShrink: 0 }}
          >
            {/* The word only where the header has room; the tag icon and its name say it at 1024 px. */}
            <Box component="span" visibleFrom="lg">
              {t('states.labels.button')}
            </Box>
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap={8} miw={200}>
            {labels.length === 0 && (
              <Text size="sm" c="gray.7">
                {t('states.labels.none')}
              </Text>
            )}
            {labels.map((label) => (
              <Checkbox
                key={label.id}
                data-testid="label-option"
                label={
                  <Badge variant="light" color={label.color} style={{ textTransform: 'none' }}>
                    {label.name}
                  </Badge>
                }
                checked={labelIds.includes(label.id)}
                disabled={set.isPending}
                onChange={(event) => toggle(label.id, event.currentTarget.checked)}
              />
            ))}
            <Button data-testid="labels-manage" size="compact-sm" variant="subtle" onClick={() => setManaging(true)}>
              {t('states.labels.manage')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <LabelsManager opened={managing} onClose={() => setManaging(false)} />
    </>
  );
}
