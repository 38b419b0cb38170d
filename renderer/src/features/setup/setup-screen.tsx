import { Alert, Button, Card, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SETUP_STEPS, type SetupProgress, type SetupStep, type SetupStepState } from '../../../../main/contract/staff-schemas';
import { call } from '../../api/call';
import { useConversation, useKnowledgeSummary, useSetup, useWhatsAppStatus } from '../../api/queries';
import { queryKeys } from '../../api/query-keys';
import { QueryState } from '../../components/query-state';
import { ScreenHeader } from '../../components/screen-header';
import { describeError } from '../../lib/describe-error';
import { SetupStepBody } from './setup-step-body';

/**
 * The first-run setup: shop profile and languages, knowledge, people, model, WhatsApp and a
 * practice chat. The core keeps where it is, so it can be left (any screen, a reload, another
 * day) and resumed; every step can be skipped. It ends on the inbox.
 */
export function SetupScreen({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation();
  const setup = useSetup();
  return (
    <>
      <ScreenHeader
        title={t('setup.title')}
        description={t('setup.description')}
        actions={
          <Button variant="subtle" data-testid="setup-leave" onClick={onLeave} style={{ flexShrink: 0 }}>
            {t('setup.leave')}
          </Button>
        }
      />
      <QueryState query={setup}>{(progress) => <Wizard progress={progress} onLeave={onLeave} />}</QueryState>
    </>
  );
}

function Wizard({ progress, onLeave }: { progress: SetupProgress; onLeave: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const summary = useKnowledgeSummary();
  const whatsapp = useWhatsAppStatus();
  const [practiceId, setPracticeId] = useState<number | null>(null);
  const practice = useConversation(practiceId);
  const save = useMutation({
    mutationFn: (input: { step: SetupStep; state?: SetupStepState; next?: SetupStep; finish?: boolean }) => call('saveSetup', input),
    onSuccess: (next, input) => {
      queryClient.setQueryData(queryKeys.setup, next);
      if (input.finish) onLeave();
    },
  });
  const step = progress.step;
  const index = SETUP_STEPS.indexOf(step);
  const last = index === SETUP_STEPS.length - 1;
  const known = summary.data ? summary.data.products + summary.data.faqs : 0;
  // Continue means the step is really done; otherwise the way on is "Skip for now".
  const ready: Record<SetupStep, boolean> = {
    profile: Boolean(summary.data?.profile?.name),
    knowledge: known > 0,
    staff: true,
    model: true,
    whatsapp: whatsapp.data?.state === 'connected',
    practice: practice.data?.messages.some((m) => m.direction === 'out') ?? false,
  };
  const go = (state: SetupStepState) => save.mutate({ step, state, ...(last ? { finish: true } : {}) });

  return (
    <Stack gap="lg" maw={960}>
      <Stepper
        active={index}
        size="sm"
        onStepClick={(target) => save.mutate({ step: SETUP_STEPS[target] ?? step, next: SETUP_STEPS[target] ?? step })}
        allowNextStepsSelect
        data-testid="setup-stepper"
        styles={{ stepBody: { marginInlineStart: 6 }, separator: { marginInline: 6 } }}
      >
        {SETUP_STEPS.map((name) => (
          <Stepper.Step
            key={name}
            data-testid={`setup-step-${name}`}
            label={t(`setup.steps.${name}.label`)}
            description={progress.steps[name] ? t(`setup.${progress.steps[name]}`) : undefined}
            // Mantine fills every step before the current one as completed: only a step done keeps
            // the check; one skipped or jumped over reads as still to do (light, with its dash or number).
            color={progress.steps[name] === 'done' ? undefined : 'gray.3'}
            completedIcon={
              progress.steps[name] === 'done' ? undefined : (
                <Text size="sm" c="dark.6">
                  {progress.steps[name] === 'skipped' ? '–' : SETUP_STEPS.indexOf(name) + 1}
                </Text>
              )
            }
          />
        ))}
      </Stepper>
      <Card withBorder padding="lg" data-testid="setup-current" data-step={step}>
        <Stack gap="md">
          <Stack gap={4}>
            <Title order={3}>{t(`setup.steps.${step}.title`)}</Title>
            <Text c="dimmed" size="sm">
              {t(`setup.steps.${step}.help`)}
            </Text>
          </Stack>
          <SetupStepBody step={step} practiceId={practiceId} onPractice={setPracticeId} />
        </Stack>
      </Card>
      {save.isError && <Alert color="red">{describeError(save.error)}</Alert>}
      <Group justify="space-between">
        <Button variant="default" data-testid="setup-back" disabled={index === 0} onClick={() => save.mutate({ step, next: SETUP_STEPS[index - 1] ?? step })}>
          {t('setup.back')}
        </Button>
        <Group gap="sm">
          <Button variant="subtle" data-testid="setup-skip" onClick={() => go('skipped')} loading={save.isPending && save.variables.state === 'skipped'}>
            {last ? t('setup.skipFinish') : t('setup.skip')}
          </Button>
          <Button data-testid="setup-continue" disabled={!ready[step]} onClick={() => go('done')} loading={save.isPending && save.variables.state === 'done'}>
            {last ? t('setup.finish') : t('setup.continue')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
