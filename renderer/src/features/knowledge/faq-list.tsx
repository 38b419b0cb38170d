import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFaqs } from '../../api/queries';
import { PolicyBadge } from '../../components/policy-badge';
import { QueryState } from '../../components/query-state';

/** FAQ entries; policies are marked because they are quoted verbatim. */
export function FaqList() {
  const { t } = useTranslation();
  const faqs = useFaqs();

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3}>{t('knowledge.faqTitle')}</Title>
        <Text size="sm" c="dimmed">
          {t('knowledge.faqHint')}
        </Text>
      </Group>
      <QueryState query={faqs}>
        {(data) =>
          data.items.length === 0 ? (
            <Text c="dimmed">{t('knowledge.noFaqs')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {data.items.map((faq) => (
                <Card key={faq.id} data-testid="faq-entry" data-kind={faq.kind} padding="md" shadow="none">
                  <Group justify="space-between" align="flex-start" wrap="nowrap" mb={6}>
                    <Text fw={600}>{faq.question}</Text>
                    {faq.kind === 'policy' && <PolicyBadge />}
                  </Group>
                  <Text size="sm" c="dark.4" className="pre-wrap">
                    {faq.answer}
                  </Text>
                  {faq.alternatives.length > 0 && (
                    <Text size="xs" c="dimmed" mt={8} lineClamp={1} title={faq.alternatives.join(' · ')}>
                      {t('knowledge.alsoMatches', { examples: faq.alternatives.slice(0, 3).join(' · ') })}
                    </Text>
                  )}
                </Card>
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
    </Stack>
  );
}
