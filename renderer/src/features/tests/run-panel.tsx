import { Button, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SuiteRunView } from '../../../../main/contract/suite-schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { TimeAgo } from '../../components/time-ago';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';

const percent = (rate: number | null) => (rate === null ? null : `${Math.round(rate * 100)}%`);

/** Run / Stop, the progress of the run in the background, and the figures of the last run. */
export function RunPanel({ view, caseCount }: { view: SuiteRunView; caseCount: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const onError = (error: Error) => showToast({ color: 'red', title: { key: 'errors.actionFailed' }, message: describeError(error) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: queryKeys.suiteRun });
  const start = useMutation({ mutationFn: () => call('startSuiteRun', {}), onSuccess: refresh, onError });
  const cancel = useMutation({ mutationFn: () => call('cancelSuiteRun', {}), onError });
  const { run, summary } = view;
  const running = run?.status === 'running';

  const figures: Array<{ key: string; label: string; value: string | null }> = summary
    ? [
        { key: 'passed', label: t('tests.summary.passed'), value: `${summary.passed} / ${summary.cases}` },
        { key: 'route', label: t('tests.summary.routeAccuracy'), value: percent(summary.routeAccuracy) },
        { key: 'source', label: t('tests.summary.sourceHitRate'), value: percent(summary.sourceHitRate) },
        { key: 'cited', label: t('tests.summary.sourceCitedRate'), value: percent(summary.sourceCitedRate) },
        ...Object.entries(summary.flags).map(([flag, f]) => ({ key: `flag-${flag}`, label: t('tests.summary.flags', { flag }), value: percent(f.recall) })),
        { key: 'violations', label: t('tests.summary.violations'), value: String(summary.mustNotContainViolations) },
        ...(summary.autopilot
          ? [
              { key: 'autopilot-sent', label: t('autopilot.testsSent'), value: `${summary.autopilot.sent} / ${summary.cases}` },
              { key: 'autopilot-precision', label: t('autopilot.testsPrecision'), value: percent(summary.autopilot.precision) },
            ]
          : []),
      ]
    : [];

  return (
    <Card data-testid="run-panel" data-status={run?.status ?? 'none'}>
      <Stack gap="md">
        <Group justify="space-between">
          <Stack gap={2}>
            <Text fw={650}>{t('tests.lastRun')}</Text>
            {run ? (
              <Group gap={6}>
                <Text size="sm" data-testid="run-status">
                  {t(`tests.status.${run.status}`)}
                </Text>
                <TimeAgo at={run.startedAt} size="sm" c="dimmed" />
                <Text size="sm" c="dimmed">
                  · {t('tests.drafter', { drafter: run.drafter === 'offline' ? t('tests.offline') : run.drafter.replace(/^model:/, '') })}
                </Text>
              </Group>
            ) : (
              <Text size="sm" c="dimmed">
                {t('tests.noRun')}
              </Text>
            )}
          </Stack>
          {running ? (
            <Button data-testid="run-cancel" color="red" variant="light" loading={cancel.isPending} disabled={cancel.isSuccess} onClick={() => cancel.mutate()}>
              {cancel.isSuccess ? t('tests.stopping') : t('tests.cancel')}
            </Button>
          ) : (
            <Button data-testid="run-start" leftSection={<Icon name="play" />} loading={start.isPending} disabled={caseCount === 0} onClick={() => { cancel.reset(); start.mutate(); }}>
              {t('tests.run')}
            </Button>
          )}
        </Group>
        {running && run && (
          <Stack gap={4}>
            <Progress value={run.total === 0 ? 0 : (run.done / run.total) * 100} animated />
            <Text size="sm" c="dimmed" data-testid="run-progress">
              {t('tests.running', { done: run.done, total: run.total })}
            </Text>
          </Stack>
        )}
        {run?.error && <Text c="red" size="sm">{run.error}</Text>}
        {figures.length > 0 && (
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} data-testid="run-summary">
            {figures.map((f) => (
              <Stack key={f.key} gap={0} data-testid={`summary-${f.key}`}>
                <Text size="xl" fw={700}>
                  {f.value ?? t('tests.summary.none')}
                </Text>
                <Text size="xs" c="dimmed">
                  {f.label}
                </Text>
              </Stack>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}
