import { Button, Checkbox, Group, Modal, MultiSelect, NativeSelect, SegmentedControl, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../main/contract/contract';
import type { Route } from '../../../../main/contract/schemas';
import { call } from '../../api/call';
import { queryKeys } from '../../api/query-keys';
import { describeError } from '../../lib/describe-error';
import { LANGUAGE_OPTIONS, asLanguage } from '../../lib/languages';
import { showToast } from '../../lib/toasts';
import { SourcePicker } from './source-picker';
import { useReturnFocusOnUnmount } from '../../lib/use-return-focus';

/** A case as the form edits it (the input of `saveSuiteCase`). */
export type CaseDraft = ChannelInput<'saveSuiteCase'>;

/** Flags triage can raise today. */
const FLAGS = ['injection'] as const;
const ROUTES: readonly Route[] = ['answer', 'handoff', 'optout'];

/** An empty new case. */
export const EMPTY_CASE: CaseDraft = {
  id: null,
  caseId: '',
  message: '',
  lang: null,
  history: [],
  expect: { route: 'answer', sources: [], flags: null, mustNotContain: [] },
};

/** Adds or edits one test case; `initial` may come prefilled from a reviewed draft. */
export function CaseFormModal({ initial, onClose }: { initial: CaseDraft; onClose: () => void }) {
  const { t } = useTranslation();
  useReturnFocusOnUnmount();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<CaseDraft>(initial);
  const [strictFlags, setStrictFlags] = useState(initial.expect.flags !== null);
  const flags = draft.expect.flags ?? [];
  const setExpect = (patch: Partial<CaseDraft['expect']>) => setDraft((d) => ({ ...d, expect: { ...d.expect, ...patch } }));

  const save = useMutation({
    mutationFn: () =>
      call('saveSuiteCase', {
        ...draft,
        // Listed flags always fail on extra ones (FORMAT.md); none listed checks flags only when asked.
        expect: { ...draft.expect, flags: flags.length > 0 || strictFlags ? flags : null },
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.suiteCases });
      showToast({ color: 'green', title: { key: 'tests.form.saved' }, message: draft.message.slice(0, 80) });
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={draft.id === null ? t('tests.form.titleNew') : t('tests.form.titleEdit')}>
      <form onSubmit={submit} data-testid="case-form">
        <Stack gap="md">
          <Textarea
            data-testid="case-message"
            data-autofocus
            label={t('tests.form.message')}
            autosize
            minRows={2}
            required
            value={draft.message}
            onChange={(e) => setDraft({ ...draft, message: e.currentTarget.value })}
          />
          {(draft.history?.length ?? 0) > 0 && (
            <Text size="sm" c="dimmed">
              {t('tests.form.history', { count: draft.history!.length })}
            </Text>
          )}
          <Group grow align="flex-start">
            <TextInput
              data-testid="case-id"
              label={t('tests.form.caseId')}
              description={t('tests.form.caseIdHelp')}
              value={draft.caseId}
              onChange={(e) => setDraft({ ...draft, caseId: e.currentTarget.value })}
            />
            <NativeSelect
              data-testid="case-lang"
              label={t('tests.form.lang')}
              data={[{ value: '', label: t('tests.form.detect') }, ...LANGUAGE_OPTIONS]}
              value={draft.lang ?? ''}
              onChange={(e) => setDraft({ ...draft, lang: e.currentTarget.value ? asLanguage(e.currentTarget.value) : null })}
            />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('tests.form.route')}
            </Text>
            <SegmentedControl
              data-testid="case-route"
              value={draft.expect.route}
              onChange={(value) => setExpect({ route: ROUTES.find((r) => r === value) ?? 'answer' })}
              data={ROUTES.map((route) => ({ value: route, label: t(`tests.route.${route}`) }))}
            />
          </Stack>
          <SourcePicker value={draft.expect.sources} onChange={(sources) => setExpect({ sources })} />
          <Group align="flex-end" grow>
            <MultiSelect
              label={t('tests.form.flags')}
              data={FLAGS.map((flag) => ({ value: flag, label: t(`tests.flag.${flag}`) }))}
              value={flags}
              onChange={(value) => setExpect({ flags: value })}
            />
            <Checkbox
              mb={8}
              label={t('tests.form.checkFlags')}
              checked={flags.length > 0 || strictFlags}
              disabled={flags.length > 0}
              onChange={(e) => setStrictFlags(e.currentTarget.checked)}
            />
          </Group>
          <TagsInput
            data-testid="case-must-not"
            label={t('tests.form.mustNotContain')}
            description={t('tests.form.mustNotContainHelp')}
            value={draft.expect.mustNotContain}
            onChange={(mustNotContain) => setExpect({ mustNotContain })}
          />
          {save.error && (
            <Text c="red" size="sm" data-testid="case-error">
              {describeError(save.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="case-save" loading={save.isPending} disabled={!draft.message.trim()}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
