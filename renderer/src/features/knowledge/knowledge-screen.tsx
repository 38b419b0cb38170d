import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useKnowledgeSummary } from '../../api/queries';
import { QueryState } from '../../components/query-state';
import { ScreenHeader } from '../../components/screen-header';
import { FaqList } from './faq-list';
import { KnowledgeEmpty } from './knowledge-empty';
import { ProductTable } from './product-table';
import { ProfileCard } from './profile-card';

/** What the assistant knows: shop profile, FAQ/policies and the catalog. */
export function KnowledgeScreen() {
  const { t } = useTranslation();
  const summary = useKnowledgeSummary();

  return (
    <>
      <ScreenHeader title={t('knowledge.title')} description={t('knowledge.description')} />
      <QueryState query={summary}>
        {(data) =>
          data.products === 0 && data.faqs === 0 ? (
            <KnowledgeEmpty />
          ) : (
            <Stack gap="xl">
              <ProfileCard summary={data} />
              <FaqList />
              <ProductTable />
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
