/**
 * Migration 22's SQL (frozen with it: a later change is a new migration): `response_turns`, one
 * row per customer turn with its first message's time and the shop's reply that answered it, kept
 * by triggers in the writing transaction, so first-response insights are an index range over
 * turns instead of a window over every message of the period.
 *
 * A turn is a run of customer messages with no shop reply between them, in each chat's order
 * (`at`, then `id`); its reply is the shop's next reply: an outgoing message that did not fail and
 * is not an owner-written notice (the autopilot's author with an `away_sends` row). The reply's
 * author says who answered (1: the autopilot).
 *
 * Maintenance is local: a change at position P of a chat can only alter turns after the last
 * reply before P (call it O) — every earlier turn is closed by a reply at or before O. So each
 * trigger deletes the chat's turns after O (those unanswered, or answered after O) and rebuilds
 * them from the messages after O: for a new message at the end, the open turn's few messages.
 * Forgetting a customer or merging two chats deletes or moves many messages at once: they put the
 * chat in `response_turns_hold` first (the per-row triggers skip it) and rebuild it once when the
 * hold row goes.
 */

/** The autopilot's author name (`AUTOPILOT_ACTOR`), as of this migration. */
const AUTO = `'Autopilot'`;

/** Whether message `x` is a shop reply (see above). */
const reply = (x: string) =>
  `${x}.direction = 'out' AND ${x}.status <> 'failed' AND NOT (${x}.author = ${AUTO} AND EXISTS (SELECT 1 FROM away_sends w WHERE w.message_id = ${x}.id))`;

/** The last reply of chat `c` before position (`at`, `id`), as (at, id); no row when none. */
const lastReply = (c: string, at: string, id: string) =>
  `SELECT o.at, o.id FROM messages o WHERE o.conversation_id = ${c} AND (o.at, o.id) < (${at}, ${id}) AND ${reply('o')} ORDER BY o.at DESC, o.id DESC LIMIT 1`;

/** Turns from the counted messages `where` selects (alias `m`), one chat or all (by `m.conversation_id`). */
const turnsFrom = (where: string) => `
  SELECT c AS conversation_id, MIN(CASE WHEN dir = 'in' THEN at END) AS first_at,
    MAX(CASE WHEN dir = 'out' THEN at END) AS reply_at, MAX(CASE WHEN dir = 'out' THEN id END) AS reply_id,
    MAX(CASE WHEN dir = 'out' THEN auto END) AS by_autopilot
  FROM (
    SELECT m.conversation_id AS c, m.at AS at, m.id AS id, m.direction AS dir, (m.author = ${AUTO}) AS auto,
      SUM(m.direction = 'out') OVER (PARTITION BY m.conversation_id ORDER BY m.at, m.id ROWS UNBOUNDED PRECEDING) AS r
    FROM messages m WHERE (${where}) AND (m.direction = 'in' OR (${reply('m')}))
  )
  GROUP BY c, CASE WHEN dir = 'in' THEN r ELSE r - 1 END`;

/** Rebuilds chat `c`'s turns from position (`at`, `id`) on (statements for a trigger body). */
const rebuild = (c: string, at: string, id: string) => `
    DELETE FROM response_turns WHERE conversation_id = ${c} AND reply_at IS NULL;
    DELETE FROM response_turns WHERE conversation_id = ${c}
      AND reply_at >= COALESCE((SELECT l.at FROM (${lastReply(c, at, id)}) l), -9223372036854775807)
      AND (NOT EXISTS (${lastReply(c, at, id)}) OR (reply_at, reply_id) > (${lastReply(c, at, id)}));
    INSERT INTO response_turns (conversation_id, first_at, reply_at, reply_id, by_autopilot)
    SELECT conversation_id, first_at, reply_at, reply_id, by_autopilot FROM (${turnsFrom(
      `m.conversation_id = ${c} AND (NOT EXISTS (${lastReply(c, at, id)}) OR (m.at, m.id) > (${lastReply(c, at, id)}))`,
    )}) WHERE first_at IS NOT NULL;`;

const notHeld = (c: string) => `NOT EXISTS (SELECT 1 FROM response_turns_hold h WHERE h.conversation_id = ${c})`;
const before = (c: string) => `(SELECT x.at FROM messages x WHERE x.id = ${c})`;
const chatOf = (c: string) => `(SELECT x.conversation_id FROM messages x WHERE x.id = ${c})`;
const awayTrigger = (event: string, row: 'NEW' | 'OLD') => `
  CREATE TRIGGER response_turns_away_${event.split(' ')[0]!.toLowerCase()} AFTER ${event} ON away_sends
  WHEN ${row}.message_id IS NOT NULL AND EXISTS (SELECT 1 FROM messages x WHERE x.id = ${row}.message_id) AND ${notHeld(chatOf(`${row}.message_id`))}
  BEGIN ${rebuild(chatOf(`${row}.message_id`), before(`${row}.message_id`), `${row}.message_id`)}
  END;`;

/** The SQL of migration 22. */
export const RESPONSE_TURNS_MIGRATION_SQL = `
  -- One row per customer turn: its first message's time, the reply that answered it (NULL: not
  -- yet) and whether the autopilot sent that reply. Kept by the triggers below.
  CREATE TABLE response_turns (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL,
    first_at INTEGER NOT NULL,
    reply_at INTEGER,
    reply_id INTEGER,
    by_autopilot INTEGER
  );
  -- Insights: turns that began in a period, with their reply time and responder (covering).
  CREATE INDEX response_turns_by_first ON response_turns(first_at, reply_at, by_autopilot);
  -- Insights: a responder's answered turns in wait order, for the p50/p90 ranks of a long period.
  CREATE INDEX response_turns_by_wait ON response_turns(by_autopilot, reply_at - first_at, first_at, reply_at) WHERE reply_at IS NOT NULL;
  -- The triggers: a chat's turns not answered, or answered after a point.
  CREATE INDEX response_turns_by_chat ON response_turns(conversation_id, reply_at, reply_id);
  -- Chats whose messages are being deleted or moved wholesale: rebuilt once when the row goes.
  CREATE TABLE response_turns_hold (conversation_id INTEGER PRIMARY KEY);

  INSERT INTO response_turns (conversation_id, first_at, reply_at, reply_id, by_autopilot)
  SELECT conversation_id, first_at, reply_at, reply_id, by_autopilot FROM (${turnsFrom('1')}) WHERE first_at IS NOT NULL;

  CREATE TRIGGER response_turns_insert AFTER INSERT ON messages WHEN ${notHeld('NEW.conversation_id')}
  BEGIN ${rebuild('NEW.conversation_id', 'NEW.at', 'NEW.id')}
  END;
  CREATE TRIGGER response_turns_delete AFTER DELETE ON messages WHEN ${notHeld('OLD.conversation_id')}
  BEGIN ${rebuild('OLD.conversation_id', 'OLD.at', 'OLD.id')}
  END;
  -- Delivery receipts change the status all day: only a send that fails (or un-fails) matters.
  CREATE TRIGGER response_turns_update AFTER UPDATE OF conversation_id, direction, author, status, at ON messages
  WHEN (OLD.conversation_id <> NEW.conversation_id OR OLD.direction <> NEW.direction OR OLD.author <> NEW.author
    OR OLD.at <> NEW.at OR (OLD.status = 'failed') <> (NEW.status = 'failed')) AND ${notHeld('NEW.conversation_id')}
  BEGIN ${rebuild('NEW.conversation_id', 'min(OLD.at, NEW.at)', 'NEW.id')}
  END;
  CREATE TRIGGER response_turns_move AFTER UPDATE OF conversation_id ON messages
  WHEN OLD.conversation_id <> NEW.conversation_id AND ${notHeld('OLD.conversation_id')}
  BEGIN ${rebuild('OLD.conversation_id', 'OLD.at', 'OLD.id')}
  END;
  ${awayTrigger('INSERT', 'NEW')}
  ${awayTrigger('DELETE', 'OLD')}
  ${awayTrigger('UPDATE OF message_id', 'NEW')}
  CREATE TRIGGER response_turns_away_unmark AFTER UPDATE OF message_id ON away_sends
  WHEN OLD.message_id IS NOT NULL AND OLD.message_id IS NOT NEW.message_id AND EXISTS (SELECT 1 FROM messages x WHERE x.id = OLD.message_id)
    AND ${notHeld(chatOf('OLD.message_id'))}
  BEGIN ${rebuild(chatOf('OLD.message_id'), before('OLD.message_id'), 'OLD.message_id')}
  END;
  CREATE TRIGGER response_turns_release AFTER DELETE ON response_turns_hold
  BEGIN ${rebuild('OLD.conversation_id', '-9223372036854775807', '0')}
  END;
  CREATE TRIGGER response_turns_chat_gone AFTER DELETE ON conversations
  BEGIN DELETE FROM response_turns WHERE conversation_id = OLD.id;
  END;
`;
