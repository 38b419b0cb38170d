import { Alert, Badge, Button, Card, Group, ScrollArea, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../main/contract/knowledge-schemas';
import { Icon } from '../../../components/icon';

type Counts = NonNullable<ImportPreview['products']>;

const LIST_LIMIT = 200;
const PROBLEM_LIMIT = 1000;

function IdList({ ids, color, testId }: { ids: readonly string[]; color: string; testId: string }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (ids.length === 0) return null;
  const shown = all ? ids : ids.slice(0, LIST_LIMIT);
  return (
    <Group gap={4} data-testid={testId}>
      {shown.map((id) => (
        <Badge key={id} color={color} variant="light" tt="none" ff="monospace" fw={500} data-testid={`${testId}-item`}>
          {id}
        </Badge>
      ))}
      {ids.length > shown.length && (
        <Button size="compact-xs" variant="subtle" onClick={() => setAll(true)}>
          {t('knowledge.io.showAll', { count: ids.length })}
        </Button>
      )}
    </Group>
  );
}

function ChangesCard({ title, counts, testId }: { title: string; counts: Counts | null; testId: string }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => value.toLocaleString(i18n.language);
  return (
    <Card padding="md" shadow="none" data-testid={testId}>
      <Text fw={650} mb={8}>
        {title}
      </Text>
      {counts === null ? (
        <Text size="sm" c="dimmed">
          {t('knowledge.io.notIncluded')}
        </Text>
      ) : (
        <Stack gap={8}>
          <Group gap="xs">
            <Badge color="green" variant="light" size="lg" tt="none" data-testid={`${testId}-added`} data-count={counts.added.length}>
              {t('knowledge.io.added', { count: counts.added.length, formatted: n(counts.added.length) })}
            </Badge>
            <Badge color="blue" variant="light" size="lg" tt="none" data-testid={`${testId}-changed`} data-count={counts.changed.length}>
              {t('knowledge.io.changed', { count: counts.changed.length, formatted: n(counts.changed.length) })}
            </Badge>
            <Badge color="red" variant="light" size="lg" tt="none" data-testid={`${testId}-removed`} data-count={counts.removed.length}>
              {t('knowledge.io.removed', { count: counts.removed.length, formatted: n(counts.removed.length) })}
            </Badge>
            <Badge color="gray" variant="light" size="lg" tt="none" data-testid={`${testId}-unchanged`} data-count={counts.unchanged}>
              {t('knowledge.io.unchanged', { count: counts.unchanged, formatted: n(counts.unchanged) })}
            </Badge>
          </Group>
          <IdList ids={counts.added} color="green" testId={`${testId}-added-list`} />
          <IdList ids={counts.changed} color="blue" testId={`${testId}-changed-list`} />
          <IdList ids={counts.removed} color="red" testId={`${testId}-removed-list`} />
        </Stack>
      )}
    </Card>
  );
}

/** What an import would change — or, when refused, every problem with its file and line. */
export function ImportPreviewPanel({
  preview,
  applying,
  onApply,
  onCancel,
}: {
  preview: ImportPreview;
  applying: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  if (!preview.ok) {
    const shown = preview.problems.slice(0, PROBLEM_LIMIT);
    return (
      <Card data-testid="import-preview" data-ok="false">
        <Alert
          color="red"
          variant="light"
          icon={<Icon name="alert" />}
          title={t('knowledge.io.refusedTitle', { count: preview.problems.length })}
          mb="md"
          data-testid="import-refused"
        >
          {t('knowledge.io.refusedBody')}
        </Alert>
        <ScrollArea.Autosize mah={420} type="auto">
          <Table striped verticalSpacing={6} horizontalSpacing="sm" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={200}>{t('knowledge.io.where')}</Table.Th>
                <Table.Th>{t('knowledge.io.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((problem, i) => (
                <Table.Tr
                  key={`${problem.file}:${problem.line ?? ''}:${i}`}
                  data-testid="import-problem"
                  data-file={problem.file}
                  data-line={problem.line ?? ''}
                >
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {problem.line === null ? problem.file : `${problem.file}:${problem.line}`}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">— {problem.reason}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        {preview.problems.length > shown.length && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('knowledge.io.moreProblems', { count: preview.problems.length - shown.length })}
          </Text>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onCancel} data-testid="import-cancel">
            {t('knowledge.io.close')}
          </Button>
        </Group>
      </Card>
    );
  }

  const products = preview.products;
  const faqs = preview.faqs;
  const nothing =
    !preview.profileChanged &&
    [products, faqs].every((c) => c === null || c.added.length + c.changed.length + c.removed.length === 0);
  const removals = (products?.removed.length ?? 0) + (faqs?.removed.length ?? 0);
  return (
    <Card data-testid="import-preview" data-ok="true">
      <Title order={4} mb={4}>
        {t('knowledge.io.previewTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {nothing ? t('knowledge.io.nothingChanges') : t('knowledge.io.previewBody')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ChangesCard title={t('knowledge.io.products')} counts={products} testId="import-products" />
        <ChangesCard title={t('knowledge.io.faqs')} counts={faqs} testId="import-faqs" />
      </SimpleGrid>
      <Group mt="md" gap="xs" data-testid="import-profile" data-changed={preview.profileChanged}>
        <Text size="sm" fw={600}>
          {t('knowledge.io.profile')}
        </Text>
        <Badge color={preview.profileChanged ? 'blue' : 'gray'} variant="light" tt="none">
          {preview.profileChanged ? t('knowledge.io.profileChanged') : t('knowledge.io.profileSame')}
        </Badge>
      </Group>
      {removals > 0 && (
        <Alert mt="md" color="orange" variant="light" icon={<Icon name="alert" />} data-testid="import-removals">
          {t('knowledge.io.removalsWarning', { count: removals })}
        </Alert>
      )}
      <Group justify="flex-end" mt="lg" gap="xs">
        <Button variant="default" onClick={onCancel} data-testid="import-cancel" disabled={applying}>
          {t('common.cancel')}
        </Button>
        <Button
          data-testid="import-apply"
          onClick={onApply}
          loading={applying}
          disabled={nothing}
          leftSection={<Icon name="check" size={16} />}
        >
          {t('knowledge.io.apply')}
        </Button>
      </Group>
    </Card>
  );
}
