import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useModelConfig } from '../../api/queries';
import { QueryState } from '../../components/query-state';
import { ScreenHeader } from '../../components/screen-header';
import { AutopilotPanel } from '../autopilot/autopilot-panel';
import { AwayPanel } from '../autopilot/away-panel';
import { QuickRepliesSection } from '../quick-replies/quick-replies-section';
import { CallbacksForm } from './callbacks-form';
import { CostTable } from './cost-table';
import { FactProposalsForm } from './fact-proposals-form';
import { ModelForm } from './model-form';
import { SecretStorageNotice } from './secret-storage-notice';
import { RunSetupAgain } from '../setup/run-setup-again';
import { StaffPanel } from '../staff/staff-panel';
import { StockDisplayForm } from './stock-display-form';
import { SupportPanel } from './support-panel';

/** Assistant settings: which model drafts, its key, prices, what it has cost, and how drafts show stock. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const config = useModelConfig();
  return (
    <>
      <ScreenHeader title={t('settings.title')} description={t('settings.description')} />
      <SecretStorageNotice />
      <QueryState query={config}>
        {(data) => (
          <Stack maw={820} gap="lg">
            {/* Not keyed by the config: a save must not remount the form and lose the test result. */}
            <ModelForm initial={data} />
            <CostTable />
            <StockDisplayForm />
            <StaffPanel />
            <AutopilotPanel />
            <AwayPanel />
            <CallbacksForm />
            <FactProposalsForm />
            <QuickRepliesSection />
            <SupportPanel />
            <RunSetupAgain />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
