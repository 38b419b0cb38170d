/**
 * The insights aggregates as SQL: each one an index range over the period (conversations by
 * start, messages by time, drafts by creation, callbacks by sending, model_usage by time), so the
 * database counts and only the figures reach JavaScript. Days and months arrive as a JSON array
 * of `{ day, start, end }` computed in the shop's time zone (`period.ts`).
 */

/** The author the autopilot's (and away notices') messages carry (`AUTOPILOT_ACTOR`). */
export const AUTOPILOT_AUTHOR = 'Autopilot';

/**
 * Whether message `alias` is a reply by the shop: an outgoing message that did not fail, and not
 * an owner-written greeting/away/holding notice (`away_sends.message_id`; those go out under the
 * autopilot's name). Parameter `:auto`: the autopilot's author name.
 */
const shopReply = (alias: string) => `${alias}.direction = 'out' AND ${alias}.status <> 'failed'
  AND NOT (${alias}.author = :auto AND ${alias}.id IN (SELECT w.message_id FROM away_sends w WHERE w.message_id IS NOT NULL))`;
const SHOP_REPLY = shopReply('m');

/** Conversations started per shop-local day, and how many of them an ad started. */
export const DAYS_SQL = `
  WITH days_in AS (
    SELECT json_extract(value, '$.day') AS day, json_extract(value, '$.start') AS s, json_extract(value, '$.end') AS e
    FROM json_each(:days)
  )
  SELECT days_in.day AS day, COUNT(c.id) AS started, COUNT(c.referral) AS ads
  FROM days_in LEFT JOIN conversations c ON c.created_at >= days_in.s AND c.created_at < days_in.e
  GROUP BY days_in.day ORDER BY days_in.day`;

/**
 * Per source (the ad by its id, else its title; organic), conversations started in the period,
 * those the shop replied to (ever), and those whose customer has a purchase recorded at or after
 * the start (a customer has one conversation: `conversations.customer_id` is unique).
 */
export const SOURCES_SQL = `
  SELECT
    CASE WHEN c.referral IS NULL THEN 'organic'
      ELSE 'ad:' || COALESCE(json_extract(c.referral, '$.sourceId'), json_extract(c.referral, '$.title'), '') END AS key,
    MAX(json_extract(c.referral, '$.title')) AS title,
    MAX(json_extract(c.referral, '$.sourceId')) AS adId,
    COUNT(*) AS started,
    SUM(EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND ${SHOP_REPLY})) AS replied,
    SUM(EXISTS (SELECT 1 FROM customer_purchases p WHERE p.customer_id = c.customer_id AND p.created_at >= c.created_at)) AS purchased
  FROM conversations c
  WHERE c.created_at >= :start AND c.created_at < :end
  GROUP BY key
  ORDER BY started DESC, key`;

/**
 * First-response times come from the turns kept on write (`response_turns`, migration 22): a turn
 * is a run of customer messages with no shop reply between them, answered by the shop's next
 * reply. Turns whose first message falls in the period are counted — one that began before it is
 * not, even if answered in it —, answered when the reply came before `:until` (the period's end
 * plus a grace for late replies). No message is read.
 *
 * Counts: per responder (1 autopilot, 0 person) the turns answered, then responder -1 with the
 * number of turns that started; an index range over the period's turns.
 */
export const RESPONSE_COUNTS_SQL = `
  SELECT t.by_autopilot AS responder, COUNT(*) AS turns
  FROM response_turns t INDEXED BY response_turns_by_first
  WHERE t.first_at >= :start AND t.first_at < :end AND t.reply_at < :until
  GROUP BY t.by_autopilot
  UNION ALL
  SELECT -1, COUNT(*) FROM response_turns t INDEXED BY response_turns_by_first
  WHERE t.first_at >= :start AND t.first_at < :end`;

/** A responder's answered turns of all time: how much of them a period holds picks the read below. */
export const RESPONDER_TURNS_SQL = `
  SELECT COUNT(*) AS n FROM response_turns t INDEXED BY response_turns_by_wait
  WHERE t.reply_at IS NOT NULL AND t.by_autopilot = :auto`;

/**
 * The wait at 0-based rank `:k` among a responder's answered turns of the period, read in wait
 * order from `response_turns_by_wait` and skipping turns of other periods: no sort, and few
 * skipped when the period holds much of the history (a year of a year).
 */
export const WAIT_IN_ORDER_SQL = `
  SELECT t.reply_at - t.first_at AS wait FROM response_turns t INDEXED BY response_turns_by_wait
  WHERE t.reply_at IS NOT NULL AND t.by_autopilot = :auto AND t.first_at >= :start AND t.first_at < :end AND t.reply_at < :until
  ORDER BY t.reply_at - t.first_at LIMIT 1 OFFSET :k`;

/** The same rank by sorting the period's turns: for a short period of a long history. */
export const WAIT_SORTED_SQL = `
  SELECT t.reply_at - t.first_at AS wait FROM response_turns t INDEXED BY response_turns_by_first
  WHERE t.first_at >= :start AND t.first_at < :end AND t.reply_at < :until AND t.by_autopilot = :auto
  ORDER BY t.reply_at - t.first_at LIMIT 1 OFFSET :k`;

/**
 * What became of the drafts created in the period. The categories part the total: answers that
 * went out (sent by the autopilot — an auto send not cancelled —, approved as drafted, edited),
 * answers rejected, still pending, or closed without going out; handoffs; opt-outs. The texts
 * are compared inside a CASE, so only those drafts' rows are read past the index.
 */
export const DRAFTS_SQL = `
  SELECT COUNT(*) AS total,
    COALESCE(SUM(d.route = 'answer' AND d.status IN ('approved', 'sent') AND a.draft_id IS NOT NULL), 0) AS autoSent,
    COALESCE(SUM(CASE WHEN d.route = 'answer' AND d.status IN ('approved', 'sent') AND a.draft_id IS NULL THEN COALESCE(d.final_text, d.text) = d.text ELSE 0 END), 0) AS approvedUnedited,
    COALESCE(SUM(CASE WHEN d.route = 'answer' AND d.status IN ('approved', 'sent') AND a.draft_id IS NULL THEN COALESCE(d.final_text, d.text) <> d.text ELSE 0 END), 0) AS edited,
    COALESCE(SUM(d.route = 'answer' AND d.status = 'rejected'), 0) AS rejected,
    COALESCE(SUM(d.route = 'answer' AND d.status = 'pending'), 0) AS pending,
    COALESCE(SUM(d.route = 'answer' AND d.status = 'resolved'), 0) AS closed,
    COALESCE(SUM(d.route = 'handoff'), 0) AS handedOff,
    COALESCE(SUM(d.route = 'optout'), 0) AS optedOut
  FROM drafts d LEFT JOIN auto_sends a ON a.draft_id = d.id AND a.cancelled_at IS NULL
  WHERE d.created_at >= :start AND d.created_at < :end`;

/** Handoff drafts created in the period by their first reason's code. */
export const HANDOFFS_SQL = `
  SELECT COALESCE(CASE WHEN d.route = 'handoff' THEN json_extract(d.reasons, '$[0].code') END, 'unknown') AS code, COUNT(*) AS count
  FROM drafts d WHERE d.created_at >= :start AND d.created_at < :end AND d.route = 'handoff'
  GROUP BY code ORDER BY count DESC, code`;

/** Warm callbacks sent in the period, and how many of those the customer answered. */
export const CALLBACKS_SQL = `
  SELECT COUNT(*) AS sent, COALESCE(SUM(answered_at IS NOT NULL), 0) AS answered
  FROM callbacks WHERE sent_at >= :start AND sent_at < :end`;

/** An answer draft that went out (approved, edited or sent by the autopilot). */
const REPLIED = `d.route = 'answer' AND d.status IN ('approved', 'sent')`;

/**
 * Per shop-local month: drafts' model cost, other model calls' cost, replies, resolutions. The
 * drafts are read from the covering `drafts_insights` (the planner would pick the status index
 * for the replies and then read every draft row for its conversation).
 */
export const COST_MONTHS_SQL = `
  WITH months_in AS (
    SELECT json_extract(value, '$.month') AS month, json_extract(value, '$.start') AS s, json_extract(value, '$.end') AS e
    FROM json_each(:months)
  )
  SELECT months_in.month AS month,
    (SELECT COALESCE(SUM(d.cost_usd), 0) FROM drafts d INDEXED BY drafts_insights WHERE d.created_at >= months_in.s AND d.created_at < months_in.e) AS draftsUsd,
    (SELECT COALESCE(SUM(u.cost_usd), 0) FROM model_usage u WHERE u.created_at >= months_in.s AND u.created_at < months_in.e) AS otherUsd,
    (SELECT COUNT(*) FROM drafts d INDEXED BY drafts_insights WHERE d.created_at >= months_in.s AND d.created_at < months_in.e AND ${REPLIED}) AS replies,
    (SELECT COUNT(DISTINCT d.conversation_id) FROM drafts d INDEXED BY drafts_insights WHERE d.created_at >= months_in.s AND d.created_at < months_in.e AND ${REPLIED}) AS resolutions
  FROM months_in ORDER BY months_in.month`;

/** Conversations with an assistant reply that went out in the whole period (counted once). */
export const RESOLUTIONS_SQL = `
  SELECT COUNT(DISTINCT d.conversation_id) AS n FROM drafts d INDEXED BY drafts_insights
  WHERE d.created_at >= :start AND d.created_at < :end AND ${REPLIED}`;
