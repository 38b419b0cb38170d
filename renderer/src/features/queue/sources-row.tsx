import { Box, Group } from '@mantine/core';
import type { QueueItem } from '../../../../main/contract/schemas';
import { AddToTestsButton } from '../tests/add-to-tests-button';
import { QueueSources } from './queue-sources';

/**
 * A draft's sources beside "Add to my tests", as the review card and the conversation view show
 * them: the sources take the room left, the button keeps its width (it was squeezed to "Add to m").
 */
export function SourcesRow({ item }: { item: QueueItem }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Box style={{ flex: 1, minWidth: 0 }}>
        <QueueSources sources={item.sources} />
      </Box>
      <Box style={{ flexShrink: 0 }}>
        <AddToTestsButton draftId={item.draftId} />
      </Box>
    </Group>
  );
}
