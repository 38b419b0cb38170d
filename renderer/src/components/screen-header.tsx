import { Box, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Title, one-line explanation and optional actions at the top of every screen. */
export function ScreenHeader({ title, description, actions }: { title: string; description?: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
      {/* The text wraps and the actions keep their width: a long title or description in a
          longer language (hi, vi) must not squeeze a button down to a cut-off label. */}
      <Stack gap={4} miw={0} style={{ flex: 1 }}>
        <Title order={2}>{title}</Title>
        {description && (
          <Text c="dimmed" maw={720}>
            {description}
          </Text>
        )}
      </Stack>
      {actions ? <Box style={{ flexShrink: 0 }}>{actions}</Box> : null}
    </Group>
  );
}
