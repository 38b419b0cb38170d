/**
 * Moving through the inbox by keyboard: the row before or after the open one, and the next
 * conversation that needs a person (after an approval), wrapping around the loaded rows.
 */
import type { InboxRow } from '../../../../main/contract/console-schemas';

/** What a person must act on. */
const NEEDS_A_PERSON = new Set<InboxRow['need']>(['draft_ready', 'needs_reply', 'handed_off']);

/** The id `step` rows away from the open one (the first row when none is open); null at the ends. */
export function stepConversation(rows: readonly Pick<InboxRow, 'conversationId'>[], openId: number | null, step: 1 | -1): number | null {
  if (rows.length === 0) return null;
  const index = openId === null ? -1 : rows.findIndex((row) => row.conversationId === openId);
  if (index === -1) return rows[step === 1 ? 0 : rows.length - 1]!.conversationId;
  return rows[index + step]?.conversationId ?? null;
}

/** The next conversation after the open one that needs a person, wrapping; null when none. */
export function nextNeedingPerson(rows: readonly Pick<InboxRow, 'conversationId' | 'need'>[], openId: number | null): number | null {
  const index = openId === null ? -1 : rows.findIndex((row) => row.conversationId === openId);
  for (let offset = 1; offset <= rows.length; offset += 1) {
    const row = rows[(index + offset + rows.length) % rows.length]!;
    if (row.conversationId !== openId && NEEDS_A_PERSON.has(row.need)) return row.conversationId;
  }
  return null;
}
