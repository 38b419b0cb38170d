/**
 * The inbox's keyboard map, one list the hotkeys and the `?` cheat sheet both read. Single
 * letters fire only outside text boxes (Mantine's useHotkeys ignores inputs), so typing never
 * triggers them; Esc leaves a text box.
 */
export type KeyAction = 'next' | 'previous' | 'approve' | 'edit' | 'reject' | 'resolve' | 'reply' | 'quickReply' | 'search' | 'undo' | 'help';

/** Each action's keys as useHotkeys spells them, and as the cheat sheet shows them. */
export const KEY_MAP: ReadonlyArray<{ action: KeyAction; hotkeys: readonly string[]; shown: readonly string[]; group: 'move' | 'draft' | 'write' | 'other' }> = [
  { action: 'next', hotkeys: ['j', 'ArrowDown'], shown: ['J', '↓'], group: 'move' },
  { action: 'previous', hotkeys: ['k', 'ArrowUp'], shown: ['K', '↑'], group: 'move' },
  { action: 'approve', hotkeys: ['a'], shown: ['A'], group: 'draft' },
  { action: 'edit', hotkeys: ['e'], shown: ['E'], group: 'draft' },
  { action: 'reject', hotkeys: ['r'], shown: ['R'], group: 'draft' },
  { action: 'resolve', hotkeys: ['x'], shown: ['X'], group: 'draft' },
  { action: 'reply', hotkeys: ['c'], shown: ['C'], group: 'write' },
  { action: 'quickReply', hotkeys: ['/'], shown: ['/'], group: 'write' },
  { action: 'search', hotkeys: ['mod+k'], shown: ['Ctrl K'], group: 'other' },
  { action: 'undo', hotkeys: ['u'], shown: ['U'], group: 'other' },
  { action: 'help', hotkeys: ['shift+?', '?'], shown: ['?'], group: 'other' },
];

/** Keys that work inside text boxes, shown on the sheet too. */
export const IN_EDITOR_KEYS: ReadonlyArray<{ label: 'approveInEditor' | 'send' | 'leave'; shown: readonly string[] }> = [
  { label: 'approveInEditor', shown: ['Ctrl Enter'] },
  { label: 'send', shown: ['Ctrl Enter'] },
  { label: 'leave', shown: ['Esc'] },
];
