import { Button } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/call';
import { Icon } from '../../components/icon';
import { describeError } from '../../lib/describe-error';
import { showToast } from '../../lib/toasts';
import { CaseFormModal, type CaseDraft } from './case-form-modal';

/** "Add to my tests" on a review card: opens the test form prefilled from the draft. */
export function AddToTestsButton({ draftId }: { draftId: number }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<CaseDraft | null>(null);
  const prefill = useMutation({
    mutationFn: () => call('suiteCaseFromDraft', { draftId }),
    onSuccess: setDraft,
    onError: (error) => showToast({ color: 'red', title: { key: 'errors.actionFailed' }, message: describeError(error) }),
  });
  return (
    <>
      <Button size="compact-sm" variant="subtle" data-testid="add-to-tests" leftSection={<Icon name="check" size={14} />} loading={prefill.isPending} onClick={() => prefill.mutate()}>
        {t('tests.addToTests')}
      </Button>
      {draft && <CaseFormModal initial={draft} onClose={() => setDraft(null)} />}
    </>
  );
}
