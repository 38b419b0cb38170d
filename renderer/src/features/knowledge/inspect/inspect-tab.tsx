import { Alert, Badge, Button, Card, Group, Loader, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../../../main/contract/contract';
import { useInspect } from '../../../api/queries';
import { Icon } from '../../../components/icon';
import { describeError } from '../../../lib/describe-error';

const EXAMPLES = ['What time do you open?', '¿Hacen envíos?', 'do you have monstera?', 'Can I return it?'];

/**
 * "What would the assistant find?" — type a customer message and see the ranked sources,
 * what matched, and whether the assistant would draft a reply or hand the message to you.
 */
export function InspectTab({ onAddFaq }: { onAddFaq: (question: string) => void }) {
  const { t, i18n } = useTranslation();
  const [message, setMessage] = useState('');
  const [debounced] = useDebouncedValue(message.trim(), 250);
  const inspect = useInspect(debounced);
  const result = debounced ? inspect.data : undefined;

  return (
    <Stack gap="md">
      <Card>
        <Title order={4} mb={4}>
          {t('knowledge.inspect.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="md">
          {t('knowledge.inspect.body')}
        </Text>
        <TextInput
          data-testid="inspect-input"
          size="md"
          placeholder={t('knowledge.inspect.placeholder')}
          aria-label={t('knowledge.inspect.title')}
          leftSection={<Icon name="radar" size={18} />}
          rightSection={inspect.isFetching ? <Loader size={16} /> : null}
          value={message}
          maxLength={4000}
          onChange={(event) => setMessage(event.currentTarget.value)}
        />
        <Group gap={6} mt="xs">
          <Text size="xs" c="dimmed">
            {t('knowledge.inspect.try')}
          </Text>
          {EXAMPLES.map((example) => (
            <Badge key={example} variant="outline" color="gray" tt="none" style={{ cursor: 'pointer' }} onClick={() => setMessage(example)}>
              {example}
            </Badge>
          ))}
        </Group>
      </Card>

      {inspect.isError && debounced && (
        <Alert color="red" variant="light" icon={<Icon name="alert" />}>
          {describeError(inspect.error)}
        </Alert>
      )}

      {result && (
        <Stack gap="sm" data-testid="inspect-result" data-would-answer={result.wouldAnswer} data-why={result.why} style={{ opacity: inspect.isPlaceholderData ? 0.6 : 1 }}>
          {result.wouldAnswer ? (
            <Alert color="green" variant="light" icon={<Icon name="check" />} title={t('knowledge.inspect.wouldAnswer')} data-testid="inspect-verdict">
              {result.why === 'small_talk' ? t('knowledge.inspect.smallTalkBody') : t('knowledge.inspect.wouldAnswerBody', { source: result.hits[0]?.title ?? '' })}
            </Alert>
          ) : (
            <Alert color="orange" variant="light" icon={<Icon name="user" />} title={t('knowledge.inspect.wouldHandOver')} data-testid="inspect-verdict">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{verdictText(result, t)}</Text>
                {result.why !== 'triage' && (
                  <Button size="xs" variant="white" color="orange" leftSection={<Icon name="plus" size={14} />} onClick={() => onAddFaq(debounced)}>
                    {t('knowledge.inspect.addFaq')}
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {result.semantic.state !== 'off' && (
            <Text size="xs" c="dimmed" data-testid="inspect-semantic" data-state={result.semantic.state}>
              {t(`knowledge.inspect.semantic.${result.semantic.state}`, { model: result.semantic.model })}
            </Text>
          )}
          {result.hits.map((hit, rank) => (
            <Card key={hit.sourceId} padding="md" shadow="none" data-testid="inspect-hit" data-source={hit.sourceId} data-rank={rank + 1}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
                <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
                  <Group gap={6}>
                    <Text size="sm" c="dimmed" fw={700} w={22}>
                      {rank + 1}
                    </Text>
                    <Badge variant="light" color={hit.kind === 'faq' ? 'blue' : 'leaf'} tt="none">
                      {t(`queue.sourceKind.${hit.kind}`)}
                    </Badge>
                    {hit.policy && (
                      <Badge variant="light" color="grape" tt="none" leftSection={<Icon name="shield" size={12} />}>
                        {t('knowledge.faq.kindPolicy')}
                      </Badge>
                    )}
                    {rank === 0 && result.wouldAnswer && (
                      <Badge variant="filled" color="green" tt="none">
                        {t('knowledge.inspect.wouldQuote')}
                      </Badge>
                    )}
                    <Text fw={600} size="sm" truncate="end" style={{ minWidth: 0 }}>
                      {hit.title}
                    </Text>
                  </Group>
                  <Text size="sm" lineClamp={2} pl={28}>
                    {hit.snippet}
                  </Text>
                  {hit.matched.length > 0 && (
                    <Group gap={4} pl={28}>
                      <Text size="xs" c="dimmed">
                        {t('knowledge.inspect.matched')}
                      </Text>
                      {hit.matched.map((term) => (
                        <Badge key={term} size="sm" variant="default" tt="none" fw={500}>
                          {term}
                        </Badge>
                      ))}
                    </Group>
                  )}
                  <Text size="xs" c="dimmed" ff="monospace" pl={28}>
                    {hit.sourceId}
                    {hit.fusion &&
                      ` · ${t('knowledge.inspect.ranks', { lexical: hit.fusion.lexicalRank ?? '–', vector: hit.fusion.vectorRank ?? '–' })}${hit.fusion.cosine === null ? '' : ` (cos ${hit.fusion.cosine.toFixed(2)})`}`}
                  </Text>
                </Stack>
                <Stack gap={4} w={120} align="flex-end" style={{ flexShrink: 0 }}>
                  <Text size="xs" c="dimmed">
                    {t('knowledge.inspect.score')}
                  </Text>
                  <Text fw={700} data-testid="inspect-score" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {hit.score.toLocaleString(i18n.language, { maximumFractionDigits: 2 })}
                  </Text>
                  <Progress w="100%" size="sm" value={Math.min(100, Math.max(0, hit.score * 100))} color={rank === 0 && result.wouldAnswer ? 'green' : 'gray'} />
                </Stack>
              </Group>
            </Card>
          ))}
          <Text size="xs" c="dimmed" ta="right">
            {t('knowledge.inspect.took', { ms: result.tookMs.toLocaleString(i18n.language, { maximumFractionDigits: 1 }) })}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

/** Why the message goes to the owner: triage (before any search), or what the search found. */
function verdictText(result: ChannelOutput<'inspectRetrieval'>, t: TFunction): string {
  if (result.why === 'triage') {
    const reason = result.triageReason ? t(`queue.reason.${result.triageReason}`, { defaultValue: result.triageReason }) : '';
    return result.route === 'optout' ? t('knowledge.inspect.triageOptOut') : t('knowledge.inspect.triageHandOver', { reason });
  }
  return result.hits.length === 0 ? t('knowledge.inspect.nothingFound') : t('knowledge.inspect.notConfident');
}
