import { ActionIcon, Badge, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FaqEntry } from '../../../../../main/contract/schemas';
import { Icon } from '../../../components/icon';
import { languageName } from '../../../lib/languages';

/** One FAQ entry; a policy is framed and labelled because it is quoted word for word. */
export const FaqCard = memo(function FaqCard({
  faq,
  onEdit,
  onDelete,
}: {
  faq: FaqEntry;
  onEdit: (faq: FaqEntry) => void;
  onDelete: (faq: FaqEntry) => void;
}) {
  const { t } = useTranslation();
  const policy = faq.kind === 'policy';
  return (
    <Card
      data-testid="faq-entry"
      data-kind={faq.kind}
      data-id={faq.id}
      padding="md"
      shadow="none"
      style={policy ? { borderColor: 'var(--mantine-color-grape-3)', borderLeftWidth: 4 } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={6} gap="xs">
        {policy ? (
          <Badge
            data-testid="policy-badge"
            color="grape"
            variant="light"
            tt="none"
            leftSection={<Icon name="shield" size={12} />}
            style={{ whiteSpace: 'normal', height: 'auto', minHeight: 20 }}
          >
            {t('knowledge.faq.policyMark')}
          </Badge>
        ) : (
          <Badge color="blue" variant="light" tt="none">
            {t('knowledge.faq.kindInfo')}
          </Badge>
        )}
        <Group gap={2} wrap="nowrap">
          <Tooltip label={t('knowledge.faq.edit')} openDelay={400}>
            <ActionIcon data-testid="faq-edit" variant="subtle" color="gray" aria-label={t('knowledge.faq.edit')} onClick={() => onEdit(faq)}>
              <Icon name="pencil" size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('knowledge.faq.delete')} openDelay={400}>
            <ActionIcon data-testid="faq-delete" variant="subtle" color="red" aria-label={t('knowledge.faq.delete')} onClick={() => onDelete(faq)}>
              <Icon name="trash" size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Stack gap={6}>
        <Text fw={600}>{faq.question}</Text>
        <Text size="sm" className="pre-wrap" style={policy ? { fontStyle: 'normal' } : undefined}>
          {faq.answer}
        </Text>
        {faq.alternatives.length > 0 && (
          <Text size="xs" c="dimmed" lineClamp={2} title={faq.alternatives.join('\n')}>
            {t('knowledge.alsoMatches', { examples: faq.alternatives.slice(0, 4).join(' · ') })}
            {faq.alternatives.length > 4 ? ` ${t('knowledge.faq.more', { count: faq.alternatives.length - 4 })}` : ''}
          </Text>
        )}
        {Object.keys(faq.translations ?? {}).length > 0 && (
          <Group gap={4}>
            <Badge size="xs" variant="light" color="teal" data-testid="faq-translated">
              {t('variants.translations.badge', { languages: Object.keys(faq.translations ?? {}).map(languageName).join(', ') })}
            </Badge>
          </Group>
        )}
        <Text size="xs" c="dimmed" ff="monospace">
          faq:{faq.id}
        </Text>
      </Stack>
    </Card>
  );
});
