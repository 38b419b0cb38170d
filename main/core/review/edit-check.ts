/**
 * The draft guards over a person's edited reply: the same checks a draft gets (amounts,
 * policies, private data, links, …) against the sources the draft cited. A blocking reason is
 * lifted by an edit, so the edit is checked too; the person may still send (the decision is
 * theirs), and what the guards found is shown on the card and written to the audit log.
 */
import type { QueueItem, ReviewReason } from '../../contract/schemas';
import { runGuards } from '../assistant/guards/guards';
import { RULES } from '../assistant/model/prompt';
import type { KnowledgeRepo } from '../knowledge/knowledge-repo';
import type { Database } from '../storage/database';

export type EditCheckDeps = { knowledge: KnowledgeRepo; db: Database };

/** What the guards find in `text`, a person's version of the draft `item`. */
export function checkEditedReply(deps: EditCheckDeps, item: QueueItem, text: string): ReviewReason[] {
  const ids = item.sources.map((s) => s.id);
  const keys = (prefix: string) => ids.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
  return runGuards({
    reply: text,
    citedIds: ids,
    // The person cites nothing new: the sources are the draft's own.
    retrievedIds: new Set(ids),
    citedProducts: [...deps.knowledge.productsBySku(keys('product:')).values()],
    citedFaqs: [...deps.knowledge.faqsById(keys('faq:')).values()],
    profile: deps.knowledge.profile(),
    customerText: `${item.customerName}\n${item.customerMessage}`,
    otherCustomers: otherCustomers(deps.db, item),
    language: item.language,
    instructions: RULES,
  });
}

/** Names of every customer except the one this draft answers. */
function otherCustomers(db: Database, item: QueueItem): string[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT cu.name FROM customers cu
       WHERE cu.name <> ? AND cu.id NOT IN (SELECT customer_id FROM conversations WHERE id = ?)`,
    )
    .all(item.customerName, item.conversationId) as Array<{ name: string }>;
  return rows.map((r) => r.name);
}
