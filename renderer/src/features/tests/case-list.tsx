import { ActionIcon, Badge, Card, Group, Table, Text, Tooltip } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SuiteCase } from '../../../../main/contract/suite-schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';
import type { CaseDraft } from './case-form-modal';

/** The stored cases as a form edits them. */
export function toDraft(c: SuiteCase): CaseDraft {
  return { id: c.id, caseId: c.caseId, message: c.message, lang: c.lang === null ? null : (c.lang as CaseDraft['lang']), history: c.history, expect: c.expect };
}

/** The owner's test cases with what each expects; edit and delete per row. */
export function CaseList({ cases, onEdit }: { cases: SuiteCase[]; onEdit: (draft: CaseDraft) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: number) => call('deleteSuiteCase', { id }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.suiteCases });
      showToast({ color: 'green', title: { key: 'tests.deleted' }, message: '' });
    },
    onError: (error) => showToast({ color: 'red', title: { key: 'errors.actionFailed' }, message: describeError(error) }),
  });

  if (cases.length === 0) {
    return (
      <Card>
        <Text c="dimmed" data-testid="cases-empty">
          {t('tests.empty')}
        </Text>
      </Card>
    );
  }
  return (
    <Card padding={0}>
      <Table.ScrollContainer minWidth={700}>
        <Table verticalSpacing="xs" horizontalSpacing="md" striped>
          <Table.Thead bg="gray.0">
            <Table.Tr>
              <Table.Th w={160}>{t('tests.column.id')}</Table.Th>
              <Table.Th>{t('tests.column.message')}</Table.Th>
              <Table.Th w={260}>{t('tests.column.expected')}</Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cases.map((c) => (
              <Table.Tr key={c.id} data-testid="case-row" data-case-id={c.caseId}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {c.caseId}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {c.message}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge size="sm" variant="light">
                      {t(`tests.route.${c.expect.route}`)}
                    </Badge>
                    {c.expect.sources.map((s) => (
                      <Badge key={s} size="sm" variant="outline" color="gray" tt="none">
                        {s}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label={t('tests.edit')} withArrow>
                      <ActionIcon variant="subtle" aria-label={t('tests.edit')} onClick={() => onEdit(toDraft(c))}>
                        <Icon name="pencil" />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t('tests.delete')} withArrow>
                      <ActionIcon variant="subtle" color="red" aria-label={t('tests.delete')} onClick={() => remove.mutate(c.id)}>
                        <Icon name="trash" />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
