import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SetupStep } from '../../../../main/contract/staff-schemas';
import { useKnowledgeSummary, useModelConfig, useWhatsAppStatus } from '../../api/queries';
import { QueryState } from '../../components/query-state';
import { assertNever } from '../../lib/assert-never';
import { ProfileForm } from '../knowledge/profile/profile-form';
import { ModelForm } from '../settings/model-form';
import { LinkStatusCard } from '../whatsapp/link-status-card';
import { KnowledgeStep } from './knowledge-step';
import { OwnerStep } from './owner-step';
import { PracticeStep } from './practice-step';

/** One step's content: each reuses the form of the screen where it can be done later. */
export function SetupStepBody({ step, practiceId, onPractice }: { step: SetupStep; practiceId: number | null; onPractice: (id: number) => void }) {
  switch (step) {
    case 'profile':
      return <ProfileStep />;
    case 'knowledge':
      return <KnowledgeStep />;
    case 'staff':
      return <OwnerStep />;
    case 'model':
      return <ModelStep />;
    case 'whatsapp':
      return <WhatsAppStep />;
    case 'practice':
      return <PracticeStep conversationId={practiceId} onConversation={onPractice} />;
    default:
      return assertNever(step);
  }
}

function ProfileStep() {
  const summary = useKnowledgeSummary();
  // Keyed by the saved profile so the form starts from what the core holds.
  return <QueryState query={summary}>{(data) => <ProfileForm key={JSON.stringify(data.profile)} profile={data.profile} />}</QueryState>;
}

function ModelStep() {
  const config = useModelConfig();
  return <QueryState query={config}>{(data) => <ModelForm initial={data} />}</QueryState>;
}

function WhatsAppStep() {
  const { t } = useTranslation();
  const status = useWhatsAppStatus();
  return (
    <QueryState query={status}>
      {(current) => (
        <>
          {current.state === 'connected' && <Alert color="green" mb="sm">{t('setup.steps.whatsapp.linked')}</Alert>}
          <LinkStatusCard status={current} />
        </>
      )}
    </QueryState>
  );
}
