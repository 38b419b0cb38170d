import { Alert, Button, Card, Grid, Group, MultiSelect, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessProfile } from '../../../../../main/contract/schemas';
import { TEXT_LIMITS as L } from '../../../../../main/contract/text-rules';
import { queryKeys } from '../../../api/query-keys';
import { Icon } from '../../../components/icon';
import { LANGUAGE_OPTIONS } from '../../../lib/languages';
import { showToast } from '../../../lib/toasts';
import { isCurrencyCode, textError, useDraftFields, type FieldErrors } from '../draft-fields';
import { callForForm, useRefreshKnowledge } from '../form-call';
import { focusFirstInvalid } from '../../../lib/focus';

const BLANK: BusinessProfile = { name: '', about: '', currency: '', languages: [], timezone: '', hours: '', location: '', tone: '' };

function timezones(current: string): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return current && !zones.includes(current) ? [current, ...zones] : zones;
}

/** Business profile form: what the assistant says about the shop itself. */
export function ProfileForm({ profile }: { profile: BusinessProfile | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = useRefreshKnowledge();
  const initial = profile ?? BLANK;
  const [draft, setDraft] = useState<BusinessProfile>(initial);
  const [serverError, setServerError] = useState<string | null>(null);
  const zones = useMemo(() => timezones(initial.timezone), [initial.timezone]);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  // Checked as it is typed; an empty currency is allowed (the profile need not name one).
  const errors = profileErrors(draft);

  const save = useMutation({
    mutationFn: (next: BusinessProfile) => callForForm('saveProfile', next),
    onSuccess: (result) => {
      if (!result.ok) {
        setServerError(result.message);
        return;
      }
      queryClient.setQueryData(queryKeys.knowledgeSummary, (summary: { profile: BusinessProfile | null } | undefined) =>
        summary ? { ...summary, profile: result.value } : summary,
      );
      refresh();
      showToast({ color: 'green', title: { key: 'knowledge.profile.saved' }, message: result.value.name }, 3000);
    },
  });

  const set = <K extends keyof BusinessProfile>(key: K, value: BusinessProfile[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const fields = useDraftFields({ draft, set, errors, errorPrefix: 'knowledge.profile' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid(event.currentTarget as HTMLElement);
      return;
    }
    setServerError(null);
    save.mutate({
      ...draft,
      name: draft.name.trim(),
      about: draft.about.trim(),
      hours: draft.hours.trim(),
      location: draft.location.trim(),
      tone: draft.tone.trim(),
    });
  };

  return (
    <form onSubmit={submit} noValidate data-testid="profile-form">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card>
            <Stack gap="sm">
              <TextInput
                data-testid="profile-name"
                label={t('knowledge.profile.name')}
                {...fields.text('name')}
              />
              <Textarea
                data-testid="profile-about"
                label={t('knowledge.profile.about')}
                description={t('knowledge.profile.aboutHelp')}
                {...fields.multiline('about', 3, 8)}
              />
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    data-testid="profile-hours"
                    label={t('knowledge.hours')}
                    placeholder={t('knowledge.profile.hoursPlaceholder')}
                    {...fields.text('hours')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    data-testid="profile-location"
                    label={t('knowledge.location')}
                    {...fields.text('location')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 4 }}>
                  <TextInput
                    data-testid="profile-currency"
                    label={t('knowledge.profile.currency')}
                    description={t('knowledge.profile.currencyHelp')}
                    {...fields.currency('currency')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 8 }}>
                  <Select
                    data-testid="profile-timezone"
                    label={t('knowledge.profile.timezone')}
                    description={t('knowledge.profile.timezoneHelp')}
                    searchable
                    clearable
                    limit={200}
                    data={zones}
                    value={draft.timezone || null}
                    nothingFoundMessage={t('knowledge.profile.noTimezone')}
                    onChange={(value) => set('timezone', value ?? '')}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <MultiSelect
                    data-testid="profile-languages"
                    label={t('knowledge.languages')}
                    description={t('knowledge.profile.languagesHelp')}
                    data={LANGUAGE_OPTIONS.map((option) => ({ value: option.value, label: option.label }))}
                    value={draft.languages}
                    onChange={(languages) => set('languages', languages)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 6 }}>
                  <TextInput
                    data-testid="profile-tone"
                    label={t('knowledge.tone')}
                    description={t('knowledge.profile.toneHelp')}
                    placeholder={t('knowledge.profile.tonePlaceholder')}
                    {...fields.text('tone')}
                  />
                </Grid.Col>
              </Grid>
              {serverError && (
                <Alert color="red" variant="light" icon={<Icon name="alert" />} data-testid="profile-error">
                  <Text size="sm" className="pre-wrap">{serverError}</Text>
                </Alert>
              )}
              <Group justify="flex-end" gap="xs">
                <Button variant="default" disabled={!dirty || save.isPending} onClick={() => setDraft(initial)} data-testid="profile-reset">
                  {t('knowledge.profile.reset')}
                </Button>
                <Button type="submit" data-testid="profile-save" disabled={!dirty} loading={save.isPending} leftSection={<Icon name="check" size={16} />}>
                  {t('common.save')}
                </Button>
              </Group>
            </Stack>
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card bg="leaf.0" withBorder={false} shadow="none">
            <Title order={4} mb="xs">
              {t('knowledge.profile.whyTitle')}
            </Title>
            <Text size="sm">
              {t('knowledge.profile.whyBody')}
            </Text>
          </Card>
        </Grid.Col>
      </Grid>
    </form>
  );
}

/** What is wrong with the profile as typed, by field (see `text-rules.ts`; languages come from a fixed list). */
function profileErrors(draft: BusinessProfile): FieldErrors<BusinessProfile> {
  const errors: FieldErrors<BusinessProfile> = {};
  if (draft.currency && !isCurrencyCode(draft.currency)) errors.currency = 'currencyInvalid';
  const limits: Array<[keyof BusinessProfile, number]> = [
    ['name', L.profileLine],
    ['about', L.profileText],
    ['timezone', L.profileLine],
    ['hours', L.profileText],
    ['location', L.profileText],
    ['tone', L.profileLine],
  ];
  for (const [key, max] of limits) {
    const code = textError(String(draft[key]), max);
    if (code) errors[key] ??= code;
  }
  return errors;
}
