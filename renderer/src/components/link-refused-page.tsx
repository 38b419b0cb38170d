import { Alert, Center, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LinkRefusal } from '../api/browser-session';
import { Icon } from './icon';

// A Record, so a new refusal reason does not compile without its sentences.
const TEXT = {
  used: { title: 'access.usedTitle', body: 'access.usedBody' },
  invalid: { title: 'access.invalidTitle', body: 'access.invalidBody' },
} as const satisfies Record<LinkRefusal, { title: string; body: string }>;

/** Shown instead of the app when the page was opened with a spent or unknown link. */
export function LinkRefusedPage({ reason }: { reason: LinkRefusal }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" bg="gray.0" data-testid="link-refused" data-reason={reason}>
      <Container size="sm">
        <Alert color="orange" variant="light" icon={<Icon name="alert" />} p="lg">
          <Stack gap="sm">
            <Title order={3}>{t(TEXT[reason].title)}</Title>
            <Text>{t(TEXT[reason].body)}</Text>
            <Text fw={600}>{t('access.whatToDo')}</Text>
          </Stack>
        </Alert>
      </Container>
    </Center>
  );
}
