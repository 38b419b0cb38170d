import { Badge, Button, Card, Group, Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SuiteCaseResult } from '../../../../main/contract/suite-schemas';

/** Pass/fail per case, the reason when it failed, and the draft on demand. */
export function ResultsTable({ results }: { results: SuiteCaseResult[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [onlyFailures, setOnlyFailures] = useState(false);
  const toggle = (id: string) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const shown = onlyFailures ? results.filter((r) => !r.pass) : results;
  const sources = (ids: string[]) => (ids.length > 0 ? ids.join(', ') : t('tests.noSources'));

  return (
    <Card padding={0}>
      <Group justify="flex-end" p="sm">
        <Switch label={t('tests.onlyFailures')} checked={onlyFailures} onChange={(e) => setOnlyFailures(e.currentTarget.checked)} />
      </Group>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="xs" horizontalSpacing="md" data-testid="results-table">
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th w={90}>{t('tests.column.result')}</Table.Th>
              <Table.Th w={150}>{t('tests.column.id')}</Table.Th>
              <Table.Th>{t('tests.column.message')}</Table.Th>
              <Table.Th w={230}>{t('tests.column.expected')}</Table.Th>
              <Table.Th w={230}>{t('tests.column.got')}</Table.Th>
              <Table.Th w={120} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Fragment key={r.caseId}>
                <Table.Tr data-testid="result-row" data-case-id={r.caseId} data-pass={r.pass}>
                  <Table.Td>
                    <Badge color={r.pass ? 'leaf' : 'red'} variant="light">
                      {r.pass ? t('tests.pass') : t('tests.fail')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {r.caseId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Text size="sm" lineClamp={2}>
                        {r.message}
                      </Text>
                      {!r.pass && (
                        <Text size="xs" c="red" data-testid="result-why">
                          {r.why}
                        </Text>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`tests.route.${r.expectedRoute}`)}</Text>
                    {r.expectedSources.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('tests.expectedSources', { sources: r.expectedSources.join(' / ') })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={r.route === r.expectedRoute ? undefined : 'red'}>
                      {t(`tests.route.${r.route}`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('tests.gotSources', { sources: sources(r.sources) })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" data-testid="result-toggle" onClick={() => toggle(r.caseId)}>
                      {open.has(r.caseId) ? t('tests.hideDraft') : t('tests.showDraft')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {open.has(r.caseId) && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Paper bg="gray.0" p="sm" withBorder data-testid="result-draft">
                        <Text size="sm" className="pre-wrap">
                          {r.draft || t('tests.noDraft')}
                        </Text>
                        <Text size="xs" c="dimmed" mt={4}>
                          {r.drafter}
                          {r.flags.length > 0 ? ` · ${r.flags.join(', ')}` : ''}
                        </Text>
                      </Paper>
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
