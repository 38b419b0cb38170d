import { List, Popover, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AutoSendRecord } from '../../../../main/contract/autopilot-schemas';
import { topicName } from './topic-name';

/**
 * Under a reply the autopilot sent alone: which rule sent it, and on click the gate's evidence,
 * each check it passed. A reply the kill switch stopped says so.
 */
export function AutoSendNote({ send, faqTitle }: { send: AutoSendRecord; faqTitle?: string | null }) {
  const { t } = useTranslation();
  if (send.cancelledAt !== null) {
    return (
      <Text size="xs" c="red.7" ta="right" data-testid="auto-send-cancelled">
        {t('autopilot.cancelledAlone')}
      </Text>
    );
  }
  return (
    <Popover width={300} position="bottom-end" withArrow>
      <Popover.Target>
        <UnstyledButton data-testid="auto-send-note" style={{ display: 'block', marginLeft: 'auto' }}>
          <Text size="xs" c="leaf.8" ta="right" td="underline">
            {t('autopilot.sentAlone', { rule: topicName(t, send.rule, faqTitle ?? null) })}
          </Text>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" fw={600} mb={4}>
          {t('autopilot.evidence')}
        </Text>
        <List size="xs" spacing={2} listStyleType="none" data-testid="auto-send-evidence">
          {send.checks.map((c) => (
            <List.Item key={c.check}>
              {c.ok ? '✓' : '✗'} {t(`autopilot.check.${c.check}`)}
            </List.Item>
          ))}
        </List>
      </Popover.Dropdown>
    </Popover>
  );
}
