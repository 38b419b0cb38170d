import { Box, Center, Image, List, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WhatsAppStatus } from '../../../../main/contract/whatsapp-schemas';

/** "ABCD1234" → "ABCD-1234", the way WhatsApp shows pairing codes. */
function formatCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
}

/** While linking: the QR to scan (it rotates by itself) or the pairing code to type, with steps. */
export function LinkingPanel({ status }: { status: WhatsAppStatus }) {
  const { t } = useTranslation();

  if (status.pairingCode) {
    return (
      <Stack align="center" gap="sm" py="sm">
        <Paper withBorder radius="md" px="xl" py="md" bg="gray.0">
          <Text
            data-testid="wa-pairing-code"
            data-code={status.pairingCode}
            ff="monospace"
            fz={44}
            fw={700}
            ta="center"
            style={{ letterSpacing: 8 }}
          >
            {formatCode(status.pairingCode)}
          </Text>
        </Paper>
        <Steps steps={[t('whatsapp.codeStep1'), t('whatsapp.codeStep2'), t('whatsapp.codeStep3')]} />
      </Stack>
    );
  }

  if (status.qrDataUrl) {
    return (
      <Stack align="center" gap="sm" py="sm">
        <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-body)">
          {/* A new QR replaces the old one every ~20 s; keyed so the image swaps, never blends. */}
          <Image key={status.qrDataUrl} data-testid="wa-qr" src={status.qrDataUrl} alt={t('whatsapp.qrAlt')} w={264} h={264} />
        </Paper>
        <Steps steps={[t('whatsapp.qrStep1'), t('whatsapp.qrStep2'), t('whatsapp.qrStep3')]} />
        <Text size="xs" c="dimmed">
          {t('whatsapp.qrRotates')}
        </Text>
      </Stack>
    );
  }

  return (
    <Center py="lg" data-testid="wa-preparing">
      <Stack align="center" gap="xs">
        <Loader type="dots" />
        <Text size="sm" c="dimmed">
          {t('whatsapp.preparing')}
        </Text>
      </Stack>
    </Center>
  );
}

function Steps({ steps }: { steps: string[] }) {
  return (
    <Box maw={460}>
      <List type="ordered" size="sm" spacing={4}>
        {steps.map((step) => (
          <List.Item key={step}>{step}</List.Item>
        ))}
      </List>
    </Box>
  );
}
