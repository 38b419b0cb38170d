import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSuiteCases, useSuiteRun } from '../../api/queries';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { ScreenHeader } from '../../components/screen-header';
import { CaseFormModal, EMPTY_CASE, type CaseDraft } from './case-form-modal';
import { CaseList } from './case-list';
import { ResultsTable } from './results-table';
import { RunPanel } from './run-panel';
import { ImportProblems, SuiteFileActions } from './suite-file-actions';

/** "Test my assistant": the owner's cases, the run in the background, and pass/fail per case. */
export function TestsScreen() {
  const { t } = useTranslation();
  const cases = useSuiteCases();
  const run = useSuiteRun();
  const [editing, setEditing] = useState<CaseDraft | null>(null);
  const [problems, setProblems] = useState<Array<{ line: number; reason: string }>>([]);
  const count = cases.data?.items.length ?? 0;

  return (
    <>
      <ScreenHeader
        title={t('tests.title')}
        description={t('tests.description')}
        actions={
          <Button data-testid="case-add" leftSection={<Icon name="plus" />} onClick={() => setEditing(EMPTY_CASE)}>
            {t('tests.add')}
          </Button>
        }
      />
      <Stack gap="lg">
        <QueryState query={run}>{(view) => <RunPanel view={view} caseCount={count} />}</QueryState>
        <QueryState query={run}>{(view) => (view.results.length > 0 ? <ResultsTable results={view.results} /> : null)}</QueryState>
        <Group justify="space-between">
          <Text fw={650}>{t('tests.cases', { count })}</Text>
          <SuiteFileActions onProblems={setProblems} />
        </Group>
        <ImportProblems problems={problems} onClose={() => setProblems([])} />
        <QueryState query={cases}>{(data) => <CaseList cases={data.items} onEdit={setEditing} />}</QueryState>
      </Stack>
      {editing && <CaseFormModal initial={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
