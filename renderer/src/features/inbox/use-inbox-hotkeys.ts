import { useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import type { RefObject } from 'react';
import type { InboxRow } from '../../../../main/contract/console-schemas';
import type { DraftCommandSlot } from './draft-commands';
import { KEY_MAP, type KeyAction } from './keyboard-map';
import { stepConversation } from './next-conversation';
import { undoOffered } from './undo-send';

/**
 * The inbox's keys (see `keyboard-map.ts`), through Mantine's useHotkeys: letters never fire
 * while typing in a text box. The open draft's actions come from the command slot its panel fills.
 */
export function useInboxHotkeys(args: {
  rows: readonly InboxRow[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  slot: DraftCommandSlot;
  search: RefObject<HTMLInputElement | null>;
  openHelp: () => void;
}): void {
  const queryClient = useQueryClient();
  const { rows, selectedId, onSelect, slot, search, openHelp } = args;
  const step = (direction: 1 | -1) => {
    const id = stepConversation(rows, selectedId, direction);
    if (id !== null) onSelect(id);
  };
  const run: Record<KeyAction, () => void> = {
    next: () => step(1),
    previous: () => step(-1),
    approve: () => slot.draft?.approve(),
    edit: () => slot.draft?.edit(),
    reject: () => slot.draft?.reject(),
    resolve: () => slot.status?.resolve(),
    reply: () => slot.reply?.focus(),
    quickReply: () => slot.reply?.focus(),
    search: () => search.current?.focus(),
    undo: () => void undoOffered(queryClient),
    help: openHelp,
  };
  const hotkeys: HotkeyItem[] = KEY_MAP.flatMap((entry) =>
    entry.hotkeys.map((hotkey): HotkeyItem => [
      hotkey,
      run[entry.action],
      // `/` is let through: focused first, the reply box receives it and opens the picker.
      { preventDefault: entry.action !== 'quickReply' },
    ]),
  );
  useHotkeys(hotkeys);
}
