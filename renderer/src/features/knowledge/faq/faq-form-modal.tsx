import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FaqEntry } from '../../../../../main/contract/schemas';
import { Icon } from '../../../components/icon';
import { showToast } from '../../../lib/toasts';
import { useDraftFields } from '../draft-fields';
import { callForForm, useRefreshKnowledge } from '../form-call';
import { suggestFaqId, validateFaqDraft, type FaqDraft, type FaqErrors } from './faq-draft';
import { MONO_INPUT } from '../mono-input';
import { FaqTranslations } from './faq-translations';
import { focusFirstInvalid } from '../../../lib/focus';

/** What the dialog edits: an existing entry (`originalId`) or a new one. */
export type FaqEditTarget = { originalId: string | null; draft: FaqDraft };

function FaqForm({ target, existingIds, onClose }: { target: FaqEditTarget; existingIds: ReadonlySet<string>; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshKnowledge();
  const [draft, setDraft] = useState(target.draft);
  const [idTouched, setIdTouched] = useState(target.originalId !== null || target.draft.id !== '');
  const [errors, setErrors] = useState<FaqErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const taken = new Set([...existingIds].filter((id) => id !== target.originalId));

  const save = useMutation({
    mutationFn: (faq: FaqEntry) => callForForm('saveFaq', { faq, ...(target.originalId ? { originalId: target.originalId } : {}) }),
    onSuccess: (result) => {
      if (!result.ok) {
        setServerError(result.message);
        return;
      }
      refresh();
      showToast({ color: 'green', title: { key: 'knowledge.faq.saved' }, message: result.value.question }, 3000);
      onClose();
    },
  });

  const change = (patch: Partial<FaqDraft>) => {
    const next = { ...draft, ...patch };
    if (!idTouched && patch.question !== undefined) next.id = suggestFaqId(patch.question, taken);
    setDraft(next);
    if (Object.keys(errors).length > 0) setErrors(validateFaqDraft(next, taken).errors ?? {});
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateFaqDraft(draft, taken);
    if (!checked.faq) {
      setErrors(checked.errors);
      focusFirstInvalid(event.currentTarget as HTMLElement);
      return;
    }
    setErrors({});
    setServerError(null);
    save.mutate(checked.faq);
  };
  const set = <K extends keyof FaqDraft>(key: K, value: FaqDraft[K]) => {
    // Once the owner types an id, it no longer follows the question.
    if (key === 'id') setIdTouched(true);
    change({ [key]: value });
  };
  const fields = useDraftFields({ draft, set, errors, errorPrefix: 'knowledge.faq.errors' });

  return (
    <form onSubmit={submit} noValidate data-testid="faq-form">
      <Stack gap="sm">
        <Radio.Group
          label={t('knowledge.faq.kindLabel')}
          value={draft.kind}
          onChange={(kind) => change({ kind: kind === 'policy' ? 'policy' : 'info' })}
        >
          <Group grow mt={6} align="stretch">
            <Radio.Card value="info" p="sm" radius="md" data-testid="faq-kind-info">
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator />
                <div>
                  <Text fw={600} size="sm">{t('knowledge.faq.kindInfo')}</Text>
                  <Text size="xs" c="dimmed">{t('knowledge.faq.kindInfoHelp')}</Text>
                </div>
              </Group>
            </Radio.Card>
            <Radio.Card value="policy" p="sm" radius="md" data-testid="faq-kind-policy">
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator color="grape" />
                <div>
                  <Text fw={600} size="sm" c="grape.8">{t('knowledge.faq.kindPolicy')}</Text>
                  <Text size="xs" c="dimmed">{t('knowledge.faq.kindPolicyHelp')}</Text>
                </div>
              </Group>
            </Radio.Card>
          </Group>
        </Radio.Group>
        <TextInput
          data-testid="faq-question"
          label={t('knowledge.faq.question')}
          placeholder={t('knowledge.faq.questionPlaceholder')}
          required
          data-autofocus
          {...fields.text('question')}
        />
        <Textarea
          data-testid="faq-answer"
          label={draft.kind === 'policy' ? t('knowledge.faq.answerPolicy') : t('knowledge.faq.answer')}
          description={draft.kind === 'policy' ? t('knowledge.faq.answerPolicyHelp') : undefined}
          required
          {...fields.multiline('answer', 3, 10)}
        />
        <Textarea
          data-testid="faq-alternatives"
          label={t('knowledge.faq.alternatives')}
          description={t('knowledge.faq.alternativesHelp')}
          {...fields.multiline('alternatives', 3, 8)}
        />
        <FaqTranslations translations={draft.translations ?? {}} error={errors.translations} onChange={(translations) => change({ translations })} />
        <TextInput
          data-testid="faq-id"
          label={t('knowledge.faq.id')}
          description={t('knowledge.faq.idHelp', { id: draft.id || '…' })}
          styles={MONO_INPUT}
          {...fields.text('id')}
        />
        {serverError && (
          <Alert color="red" variant="light" icon={<Icon name="alert" />} data-testid="faq-form-error">
            <Text size="sm" className="pre-wrap">{serverError}</Text>
          </Alert>
        )}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" data-testid="faq-save" loading={save.isPending} leftSection={<Icon name="check" size={16} />}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Add/edit dialog for one FAQ entry or policy. */
export function FaqFormModal({
  target,
  existingIds,
  onClose,
}: {
  target: FaqEditTarget | null;
  existingIds: ReadonlySet<string>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      size="lg"
      title={<Text fw={650}>{target?.originalId ? t('knowledge.faq.editTitle') : t('knowledge.faq.addTitle')}</Text>}
    >
      {target && <FaqForm target={target} existingIds={existingIds} onClose={onClose} />}
    </Modal>
  );
}
