import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KnowledgeSummary } from '../../../../main/contract/schemas';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value || '—'}</Text>
    </Stack>
  );
}

/** The shop profile with counts of what the assistant can draw on. */
export function ProfileCard({ summary }: { summary: KnowledgeSummary }) {
  const { t } = useTranslation();
  const profile = summary.profile;

  return (
    <Card data-testid="profile-card">
      <Group justify="space-between" align="flex-start" mb="md">
        <Stack gap={4} maw={760}>
          <Title order={3}>{profile?.name || t('knowledge.unnamedShop')}</Title>
          {profile?.about && <Text c="dimmed">{profile.about}</Text>}
        </Stack>
        <Group gap="xs">
          <Badge size="lg" variant="light">
            {t('knowledge.productCount', { count: summary.products })}
          </Badge>
          <Badge size="lg" variant="light" color="blue">
            {t('knowledge.faqCount', { count: summary.faqs })}
          </Badge>
        </Group>
      </Group>
      {profile && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="lg">
          <Fact label={t('knowledge.hours')} value={profile.hours} />
          <Fact label={t('knowledge.location')} value={profile.location} />
          <Fact label={t('knowledge.languages')} value={profile.languages.map((code) => code.toUpperCase()).join(', ')} />
          <Fact label={t('knowledge.tone')} value={profile.tone} />
        </SimpleGrid>
      )}
    </Card>
  );
}
