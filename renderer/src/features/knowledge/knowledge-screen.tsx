import { Badge, Tabs } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useKnowledgeSummary } from '../../api/queries';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { ScreenHeader } from '../../components/screen-header';
import { CatalogTab } from './catalog/catalog-tab';
import { DEFAULT_CATALOG_VIEW, type CatalogView } from './catalog/catalog-view';
import { FaqTab } from './faq/faq-tab';
import type { FaqEditTarget } from './faq/faq-form-modal';
import { ImportExportTab } from './import/import-export-tab';
import { InspectTab } from './inspect/inspect-tab';
import { KnowledgeEmpty } from './knowledge-empty';
import { ProfileForm } from './profile/profile-form';

const TABS = ['catalog', 'faq', 'profile', 'import', 'inspect'] as const;
type KnowledgeTab = (typeof TABS)[number];
const TAB_STORAGE_KEY = 'counterpart.knowledgeTab';

function storedTab(): KnowledgeTab {
  try {
    const stored = window.sessionStorage.getItem(TAB_STORAGE_KEY);
    return TABS.find((tab) => tab === stored) ?? 'catalog';
  } catch {
    return 'catalog';
  }
}

/** The open tab, remembered for this session so coming back to Knowledge lands in the same place. */
function useKnowledgeTab(): [KnowledgeTab, (tab: KnowledgeTab) => void] {
  const [tab, setTab] = useState(storedTab);
  const change = (next: KnowledgeTab) => {
    setTab(next);
    try {
      window.sessionStorage.setItem(TAB_STORAGE_KEY, next);
    } catch {
      // Not remembering the tab is harmless.
    }
  };
  return [tab, change];
}

function CountBadge({ children }: { children: ReactNode }) {
  return (
    <Badge size="sm" variant="light" color="gray" tt="none" fw={600}>
      {children}
    </Badge>
  );
}

/** What the assistant knows: catalog, FAQ & policies, shop profile, import/export and inspect. */
export function KnowledgeScreen() {
  const { t, i18n } = useTranslation();
  const summary = useKnowledgeSummary();
  const [tab, setTab] = useKnowledgeTab();
  const [catalogView, setCatalogView] = useState<CatalogView>(DEFAULT_CATALOG_VIEW);
  const [faqRequest, setFaqRequest] = useState<FaqEditTarget | null>(null);

  const addFaqFor = (question: string) => {
    setFaqRequest({ originalId: null, draft: { id: '', question, answer: '', kind: 'info', alternatives: '' } });
    setTab('faq');
  };

  return (
    <>
      <ScreenHeader title={t('knowledge.title')} description={t('knowledge.description')} />
      <QueryState query={summary}>
        {(data) => (
          <>
            {data.products === 0 && data.faqs === 0 && <KnowledgeEmpty onImport={() => setTab('import')} />}
            <Tabs
              value={tab}
              onChange={(value) => setTab(TABS.find((candidate) => candidate === value) ?? 'catalog')}
              keepMounted={false}
              mt={data.products === 0 && data.faqs === 0 ? 'xl' : 0}
            >
              <Tabs.List>
                <Tabs.Tab value="catalog" data-testid="knowledge-tab-catalog" leftSection={<Icon name="tag" size={16} />} rightSection={<CountBadge>{data.products.toLocaleString(i18n.language)}</CountBadge>}>
                  {t('knowledge.tabs.catalog')}
                </Tabs.Tab>
                <Tabs.Tab value="faq" data-testid="knowledge-tab-faq" leftSection={<Icon name="shield" size={16} />} rightSection={<CountBadge>{data.faqs.toLocaleString(i18n.language)}</CountBadge>}>
                  {t('knowledge.tabs.faq')}
                </Tabs.Tab>
                <Tabs.Tab value="profile" data-testid="knowledge-tab-profile" leftSection={<Icon name="store" size={16} />}>
                  {t('knowledge.tabs.profile')}
                </Tabs.Tab>
                <Tabs.Tab value="import" data-testid="knowledge-tab-import" leftSection={<Icon name="upload" size={16} />}>
                  {t('knowledge.tabs.import')}
                </Tabs.Tab>
                <Tabs.Tab value="inspect" data-testid="knowledge-tab-inspect" leftSection={<Icon name="radar" size={16} />}>
                  {t('knowledge.tabs.inspect')}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="catalog" pt="md">
                <CatalogTab view={catalogView} onViewChange={setCatalogView} currency={data.profile?.currency || 'USD'} />
              </Tabs.Panel>
              <Tabs.Panel value="faq" pt="md">
                <FaqTab request={faqRequest} onRequestHandled={() => setFaqRequest(null)} />
              </Tabs.Panel>
              <Tabs.Panel value="profile" pt="md">
                <ProfileForm key={JSON.stringify(data.profile)} profile={data.profile} />
              </Tabs.Panel>
              <Tabs.Panel value="import" pt="md">
                <ImportExportTab />
              </Tabs.Panel>
              <Tabs.Panel value="inspect" pt="md">
                <InspectTab onAddFaq={addFaqFor} />
              </Tabs.Panel>
            </Tabs>
          </>
        )}
      </QueryState>
    </>
  );
}
