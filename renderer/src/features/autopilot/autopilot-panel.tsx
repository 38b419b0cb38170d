import { Badge, Card, Checkbox, Group, NumberInput, Radio, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AutopilotMode, AutopilotSettings, AutopilotState, AutopilotTopic } from '../../../../main/contract/autopilot-schemas';
import { call } from '../../api/call';
import { autopilotKeys, useAutopilot } from './autopilot-queries';
import { topicName } from './topic-name';

const MODES: AutopilotMode[] = ['off', 'suggest', 'auto'];
const STATE_COLORS: Record<AutopilotMode, string> = { off: 'gray', suggest: 'blue', auto: 'leaf' };
const HHMM = /^\d\d:\d\d$/;

/**
 * The autopilot's console (Settings): the global mode, how many clean approvals a topic needs,
 * sending hours, ad-started chats, and each topic's mode, state, streak and why it fell back.
 */
export function AutopilotPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const state = useAutopilot();
  const landed = (next: AutopilotState) => queryClient.setQueryData(autopilotKeys.state, next);
  const save = useMutation({ mutationFn: (patch: Partial<AutopilotSettings>) => call('updateAutopilot', patch), onSuccess: landed });
  const setTopic = useMutation({
    mutationFn: (args: { topic: string; mode: AutopilotMode | null }) => call('setAutopilotTopic', args),
    onSuccess: landed,
  });
  const data = state.data;
  if (!data) return null;
  const { settings } = data;
  const hours = settings.hours ?? { from: '', to: '' };
  const saveHours = (next: { from: string; to: string }) => {
    if (next.from === '' && next.to === '') save.mutate({ hours: null });
    else if (HHMM.test(next.from) && HHMM.test(next.to)) save.mutate({ hours: next });
  };

  return (
    <Card withBorder padding="lg" data-testid="autopilot-panel">
      <Stack gap="sm">
        <Title order={4}>{t('autopilot.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('autopilot.description')}
        </Text>
        <Radio.Group label={t('autopilot.modeLabel')} value={settings.mode} onChange={(value) => save.mutate({ mode: value as AutopilotMode })}>
          <Stack gap="xs" mt="xs">
            {MODES.map((mode) => (
              <Radio key={mode} value={mode} data-testid={`autopilot-mode-${mode}`} label={t(`autopilot.mode.${mode}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <NumberInput
          maw={320}
          label={t('autopilot.streakNeeded')}
          description={t('autopilot.streakNeededHelp')}
          min={1}
          max={50}
          value={settings.streakNeeded}
          onChange={(value) => {
            if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 50) save.mutate({ streakNeeded: value });
          }}
        />
        <Group align="flex-end">
          <TextInput w={120} label={t('autopilot.hoursFrom')} placeholder="09:00" defaultValue={hours.from} onBlur={(e) => saveHours({ ...hours, from: e.currentTarget.value.trim() })} />
          <TextInput w={120} label={t('autopilot.hoursTo')} placeholder="19:00" defaultValue={hours.to} onBlur={(e) => saveHours({ ...hours, to: e.currentTarget.value.trim() })} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('autopilot.hoursHelp')}
        </Text>
        <Checkbox label={t('autopilot.allowAdFirst')} checked={settings.allowAdFirstReply} onChange={(e) => save.mutate({ allowAdFirstReply: e.currentTarget.checked })} />
        <Title order={5} mt="sm">
          {t('autopilot.topics')}
        </Title>
        <Table data-testid="autopilot-topics" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('autopilot.topicColumn')}</Table.Th>
              <Table.Th>{t('autopilot.modeColumn')}</Table.Th>
              <Table.Th>{t('autopilot.stateColumn')}</Table.Th>
              <Table.Th>{t('autopilot.streakColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.topics.map((topic) => (
              <TopicRow key={topic.topic} topic={topic} needed={settings.streakNeeded} onMode={(mode) => setTopic.mutate({ topic: topic.topic, mode })} />
            ))}
          </Table.Tbody>
        </Table>
        {(save.isSuccess || setTopic.isSuccess) && (
          <Text size="xs" c="dimmed">
            {t('autopilot.saved')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function TopicRow({ topic, needed, onMode }: { topic: AutopilotTopic; needed: number; onMode: (mode: AutopilotMode | null) => void }) {
  const { t } = useTranslation();
  const follow = 'follow';
  return (
    <Table.Tr data-testid={`autopilot-topic-${topic.topic}`}>
      <Table.Td>
        <Text size="sm">{topicName(t, topic.topic, topic.title)}</Text>
        {topic.dropped && (
          <Text size="xs" c="orange.8" data-testid="autopilot-dropped">
            {t(`autopilot.dropped.${topic.dropped.why}`)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Select
          size="xs"
          w={190}
          aria-label={t('autopilot.modeColumn')}
          value={topic.mode ?? follow}
          data={[{ value: follow, label: t('autopilot.followGlobal') }, ...MODES.map((m) => ({ value: m, label: t(`autopilot.modeShort.${m}`) }))]}
          onChange={(value) => onMode(value === null || value === follow ? null : (value as AutopilotMode))}
          allowDeselect={false}
        />
      </Table.Td>
      <Table.Td>
        <Badge color={STATE_COLORS[topic.effective]} variant="light" data-testid="autopilot-state">
          {t(`autopilot.state.${topic.effective}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="xs" data-testid="autopilot-streak">
          {t('autopilot.streak', { count: Math.min(topic.streak, needed), needed })}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
