import { Select } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { useStaff } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';

/** The conversation view's assignee: who on the staff looks after this chat, or nobody. */
export function AssigneePicker({ conversationId, assigneeId }: { conversationId: number; assigneeId: number | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const staff = useStaff().data?.items ?? [];
  const assign = useMutation({
    mutationFn: (staffId: number | null) => call('assignConversation', { conversationId, staffId }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.inbox }),
  });
  return (
    <Select
      data-testid="assignee-picker"
      aria-label={t('history.assign.menu')}
      placeholder={t('history.assign.label')}
      data={[{ value: 'none', label: t('history.assign.nobody') }, ...staff.map((m) => ({ value: String(m.id), label: m.name }))]}
      value={assigneeId === null ? 'none' : String(assigneeId)}
      onChange={(next) => assign.mutate(next === null || next === 'none' ? null : Number(next))}
      allowDeselect={false}
      disabled={assign.isPending}
      size="xs"
      w={150}
    />
  );
}
