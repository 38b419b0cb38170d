import { Box, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** Title, one-line explanation and optional actions at the top of every screen. */
export function ScreenHeader({ title, description, actions }: { title: string; description?: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
      {/* The text gives way, never the actions (a count badge read "1 PENDIE…" at 1024 px). */}
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" maw={720}>
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Box style={{ flexShrink: 0 }}>{actions}</Box>}
    </Group>
  );
}
