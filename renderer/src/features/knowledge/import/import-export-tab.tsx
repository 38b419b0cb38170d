import { Alert, Badge, Box, Button, Card, Grid, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../main/contract/knowledge-schemas';
import { call, callWithUpload } from '../../../api/call';
import { queryKeys } from '../../../api/query-keys';
import { Icon } from '../../../components/icon';
import { describeError } from '../../../lib/describe-error';
import { showToast } from '../../../lib/toasts';
import { useRefreshKnowledge } from '../form-call';
import { downloadFiles, type DownloadFile } from './download';
import { classify, formatBytes, oversized, readImportFiles, type ChosenFile } from './import-files';
import { ImportPreviewPanel } from './import-preview-panel';

/** Import & export tab: choose files → preview → apply or cancel; export the folder. */
export function ImportExportTab() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = useRefreshKnowledge();
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<ChosenFile[]>([]);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [dragging, setDragging] = useState(false);
  const [tooLarge, setTooLarge] = useState<string[]>([]);
  const [exported, setExported] = useState<DownloadFile[] | null>(null);
  // Bytes of the preview request sent so far; null until the shell reports any.
  const [sent, setSent] = useState<{ sent: number; total: number } | null>(null);

  useEffect(() => {
    // Folder picking is non-standard; the attribute is set here so React does not warn about it.
    if (folderInput.current) folderInput.current.webkitdirectory = true;
  }, []);

  const previewMutation = useMutation({
    mutationFn: async (files: ChosenFile[]) => {
      setSent(null);
      return callWithUpload('previewImport', await readImportFiles(files), (bytes, total) => setSent({ sent: bytes, total }));
    },
    onSuccess: (result) => setPreview(result),
    // Shown in the import card, where the owner is looking.
    meta: { inlineError: true },
  });
  const sentPercent = sent && sent.total > 0 ? Math.round((sent.sent / sent.total) * 100) : null;
  const uploading = sentPercent !== null && sentPercent < 100;
  const progressText = uploading ? t('knowledge.io.sending', { percent: sentPercent }) : t('knowledge.io.checking');

  const apply = useMutation({
    mutationFn: (previewId: string) => call('applyImport', { previewId }),
    onSuccess: (summary) => {
      queryClient.setQueryData(queryKeys.knowledgeSummary, summary);
      refresh();
      showToast(
        {
          color: 'green',
          title: { key: 'knowledge.io.applied' },
          message: { key: 'knowledge.demoLoadedDetail', values: { products: summary.products, faqs: summary.faqs } },
        },
        4000,
      );
      reset();
    },
  });

  const exportMutation = useMutation({
    mutationFn: () => call('exportKnowledge', {}),
    onSuccess: async (folder) => {
      const files: DownloadFile[] = [
        { name: 'profile.json', text: folder.profile, type: 'application/json' },
        { name: 'catalog.csv', text: folder.catalog, type: 'text/csv' },
        { name: 'faq.csv', text: folder.faq, type: 'text/csv' },
      ];
      setExported(files);
      await downloadFiles(files);
    },
  });

  function reset() {
    setChosen([]);
    setPreview(null);
    setTooLarge([]);
    previewMutation.reset();
    if (filesInput.current) filesInput.current.value = '';
    if (folderInput.current) folderInput.current.value = '';
  }

  function choose(list: FileList | null) {
    const files = classify([...(list ?? [])]);
    setChosen(files);
    setPreview(null);
    const big = oversized(files);
    setTooLarge(big);
    if (big.length === 0 && files.some((entry) => entry.slot)) previewMutation.mutate(files);
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files);
  };

  const recognised = chosen.filter((entry) => entry.slot);
  const ignored = chosen.filter((entry) => !entry.slot);

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>
        <Stack gap="md">
          <Card>
            <Title order={4} mb={4}>
              {t('knowledge.io.importTitle')}
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {t('knowledge.io.importBody')}
            </Text>
            <Box
              data-testid="import-dropzone"
              onDragOver={(event) => {
                event.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
              p="xl"
              style={{
                border: `2px dashed var(--mantine-color-${dragging ? 'leaf-5' : 'gray-4'})`,
                borderRadius: 'var(--mantine-radius-lg)',
                background: dragging ? 'var(--mantine-color-leaf-0)' : 'var(--mantine-color-gray-0)',
                textAlign: 'center',
                transition: 'background 120ms, border-color 120ms',
              }}
            >
              <Stack align="center" gap="xs">
                <Box c="leaf.7">
                  <Icon name="upload" size={30} />
                </Box>
                <Text fw={600}>{t('knowledge.io.dropHere')}</Text>
                <Text size="xs" c="dimmed">
                  profile.json · catalog.csv · faq.csv
                </Text>
                <Group gap="xs" mt={4}>
                  <Button leftSection={<Icon name="file" size={16} />} onClick={() => filesInput.current?.click()} loading={previewMutation.isPending}>
                    {t('knowledge.io.chooseFiles')}
                  </Button>
                  <Button variant="default" leftSection={<Icon name="folder" size={16} />} onClick={() => folderInput.current?.click()}>
                    {t('knowledge.io.chooseFolder')}
                  </Button>
                </Group>
              </Stack>
              <input
                ref={filesInput}
                data-testid="import-files"
                type="file"
                multiple
                accept=".json,.csv,application/json,text/csv"
                hidden
                onChange={(event) => choose(event.currentTarget.files)}
              />
              <input ref={folderInput} data-testid="import-folder" type="file" hidden onChange={(event) => choose(event.currentTarget.files)} />
            </Box>
            {chosen.length > 0 && (
              <Stack gap={6} mt="md" data-testid="import-chosen">
                {recognised.map((entry) => (
                  <Group key={entry.file.name} gap="xs">
                    <Icon name="file" size={16} />
                    <Text size="sm" ff="monospace">
                      {entry.file.name}
                    </Text>
                    <Badge variant="light" tt="none" size="sm">
                      {t(`knowledge.io.slot.${entry.slot}`)}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {formatBytes(entry.file.size, i18n.language)}
                    </Text>
                  </Group>
                ))}
                {ignored.length > 0 && (
                  <Text size="xs" c="dimmed" data-testid="import-ignored">
                    {t('knowledge.io.ignored', { names: ignored.map((entry) => entry.file.name).join(', ') })}
                  </Text>
                )}
                {recognised.length === 0 && (
                  <Alert color="orange" variant="light" icon={<Icon name="alert" />}>
                    {t('knowledge.io.noneRecognised')}
                  </Alert>
                )}
                {tooLarge.length > 0 && (
                  <Alert color="red" variant="light" icon={<Icon name="alert" />}>
                    {t('knowledge.io.tooLarge', { names: tooLarge.join(', ') })}
                  </Alert>
                )}
                {previewMutation.isPending && (
                  <Stack gap={4} data-testid="import-progress" data-stage={uploading ? 'sending' : 'checking'}>
                    <Text size="sm">{progressText}</Text>
                    <Progress value={uploading ? sentPercent : 100} animated={!uploading} striped={!uploading} aria-label={progressText} />
                  </Stack>
                )}
                {previewMutation.isError && (
                  <Alert color="red" variant="light" icon={<Icon name="alert" />} data-testid="import-error">
                    {describeError(previewMutation.error)}
                  </Alert>
                )}
              </Stack>
            )}
          </Card>
          {preview && (
            <ImportPreviewPanel
              preview={preview}
              applying={apply.isPending}
              onApply={() => apply.mutate(preview.previewId)}
              onCancel={reset}
            />
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Card>
          <Title order={4} mb={4}>
            {t('knowledge.io.exportTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('knowledge.io.exportBody')}
          </Text>
          <Button
            data-testid="export-knowledge"
            variant="light"
            fullWidth
            leftSection={<Icon name="download" size={16} />}
            loading={exportMutation.isPending}
            onClick={() => exportMutation.mutate()}
          >
            {t('knowledge.io.export')}
          </Button>
          {exported && (
            <Stack gap={4} mt="md" data-testid="export-files">
              <Text size="xs" c="dimmed">
                {t('knowledge.io.exportedAgain')}
              </Text>
              {exported.map((file) => (
                <Button
                  key={file.name}
                  variant="subtle"
                  size="compact-sm"
                  justify="flex-start"
                  leftSection={<Icon name="file" size={14} />}
                  onClick={() => void downloadFiles([file])}
                >
                  {file.name} · {formatBytes(new Blob([file.text]).size, i18n.language)}
                </Button>
              ))}
            </Stack>
          )}
        </Card>
      </Grid.Col>
    </Grid>
  );
}
