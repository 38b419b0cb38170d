import { Alert, Button, Checkbox, FileButton, Group, List, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';
import { downloadFiles } from '../knowledge/import/download';

type Problem = { line: number; reason: string };

/** Import a JSONL suite (all or nothing; problems listed by line) and export the suite back. */
export function SuiteFileActions({ onProblems }: { onProblems: (problems: Problem[]) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [replace, setReplace] = useState(false);
  const onError = (error: Error) => showToast({ color: 'red', title: { key: 'errors.actionFailed' }, message: describeError(error) });

  const importFile = useMutation({
    mutationFn: async (file: File) => call('importSuite', { text: await file.text(), replace }),
    onSuccess: (result) => {
      onProblems(result.problems);
      if (result.problems.length > 0) return;
      void queryClient.invalidateQueries({ queryKey: queryKeys.suiteCases });
      showToast({ color: 'green', title: { key: 'tests.imported' }, message: { key: 'tests.importedDetail', values: result } });
    },
    onError,
  });
  const exportFile = useMutation({
    mutationFn: () => call('exportSuite', {}),
    onSuccess: async (file) => {
      await downloadFiles([{ name: file.fileName, text: file.text, type: 'application/jsonl' }]);
      showToast({ color: 'green', title: { key: 'tests.exported' }, message: { key: 'tests.cases', values: { count: file.cases } } });
    },
    onError,
  });

  return (
    <Group gap="sm">
      <Checkbox size="xs" label={t('tests.replaceOnImport')} checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} />
      <FileButton onChange={(file) => file && importFile.mutate(file)} accept=".jsonl,.json,.txt,application/jsonl,application/json,text/plain">
        {(props) => (
          <Button {...props} data-testid="suite-import" variant="default" leftSection={<Icon name="upload" />} loading={importFile.isPending}>
            {t('tests.import')}
          </Button>
        )}
      </FileButton>
      <Button data-testid="suite-export" variant="default" leftSection={<Icon name="download" />} loading={exportFile.isPending} onClick={() => exportFile.mutate()}>
        {t('tests.export')}
      </Button>
    </Group>
  );
}

/** The lines that stopped an import. */
export function ImportProblems({ problems, onClose }: { problems: Problem[]; onClose: () => void }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Alert color="red" variant="light" title={t('tests.importProblems')} withCloseButton onClose={onClose} data-testid="suite-import-problems">
      <Stack gap={4}>
        <List size="sm">
          {problems.slice(0, 50).map((p) => (
            <List.Item key={`${p.line}-${p.reason}`}>
              {t('tests.line', { line: p.line })}: {p.reason}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Alert>
  );
}
