import { Group, Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IN_EDITOR_KEYS, KEY_MAP } from './keyboard-map';

const GROUPS = ['move', 'draft', 'write', 'other'] as const;

function Keys({ keys }: { keys: readonly string[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((key) => (
        <Kbd key={key} size="sm">
          {key}
        </Kbd>
      ))}
    </Group>
  );
}

/** The `?` cheat sheet: every inbox key, grouped. */
export function KeyboardHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={<Title order={2} size="h4">{t('keyboard.sheetTitle')}</Title>} size="lg" data-testid="keyboard-help">
      <Stack gap="sm">
        <Text size="sm" c="gray.7">
          {t('keyboard.sheetIntro')}
        </Text>
        <Table verticalSpacing={4} data-testid="keyboard-help-table">
          <Table.Tbody>
            {GROUPS.map((group) => [
              <Table.Tr key={group}>
                <Table.Th colSpan={2} pt="sm">
                  {t(`keyboard.groups.${group}`)}
                </Table.Th>
              </Table.Tr>,
              ...KEY_MAP.filter((entry) => entry.group === group).map((entry) => (
                <Table.Tr key={entry.action}>
                  <Table.Td w={140}>
                    <Keys keys={entry.shown} />
                  </Table.Td>
                  <Table.Td>{t(`keyboard.keys.${entry.action}`)}</Table.Td>
                </Table.Tr>
              )),
              ...(group === 'write' || group === 'other'
                ? IN_EDITOR_KEYS.filter((entry) => (group === 'write' ? entry.label !== 'leave' : entry.label === 'leave')).map((entry) => (
                    <Table.Tr key={entry.label}>
                      <Table.Td>
                        <Keys keys={entry.shown} />
                      </Table.Td>
                      <Table.Td>{t(`keyboard.keys.${entry.label}`)}</Table.Td>
                    </Table.Tr>
                  ))
                : []),
            ])}
          </Table.Tbody>
        </Table>
      </Stack>
    </Modal>
  );
}
