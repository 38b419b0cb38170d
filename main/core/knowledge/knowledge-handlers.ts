/**
 * Knowledge channels: the demo shop, products, FAQ, profile, import with preview, export.
 * Every write is one transaction that includes its audit entry, and is announced with
 * `knowledgeChanged` once committed. The search index follows the tables by itself (triggers).
 */
import { join } from 'node:path';
import type { FaqEntry, Product } from '../../contract/schemas';
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';
import { AppError } from '../platform/errors';
import { transaction } from '../storage/database';
import { readKnowledgeFolder } from './knowledge-folder';
import { exportKnowledge, type Changes } from './knowledge-import';
import { checkFaq, checkProduct } from './knowledge-values';

type KnowledgeChannels =
  | 'loadDemoShop'
  | 'getKnowledgeSummary'
  | 'listProducts'
  | 'saveProduct'
  | 'deleteProducts'
  | 'setProductsActive'
  | 'listFaqs'
  | 'saveFaq'
  | 'deleteFaq'
  | 'saveProfile'
  | 'previewImport'
  | 'applyImport'
  | 'exportKnowledge';

/** Audit detail keeps at most this many keys; counts are always complete. */
const AUDITED_KEYS = 50;

/** Registers the knowledge channels. */
export function knowledgeHandlers(core: Core): HandlerMap<KnowledgeChannels> {
  /** Runs `work` and its audit entry in one transaction, then announces the new summary. */
  const write = <T>(action: string, subject: string, work: () => T, detail: (result: T) => Record<string, unknown>): T => {
    const result = transaction(core.db, () => {
      const value = work();
      core.audit.record(actorOf(core), action, subject, detail(value));
      return value;
    });
    core.bus.emit('knowledgeChanged', core.knowledge.summary());
    return result;
  };
  return {
    loadDemoShop: () => {
      const folder = readKnowledgeFolder(join(core.paths.assetsDir, 'demo-shop'));
      if (!folder.ok) throw new AppError('internal', `The demo shop is damaged: ${folder.problems[0]?.reason ?? ''}`);
      write('knowledge.demo_loaded', 'knowledge', () => core.knowledge.replaceAll(folder.set), () => ({
        products: folder.set.products.length,
        faqs: folder.set.faqs.length,
      }));
      return core.knowledge.summary();
    },
    getKnowledgeSummary: () => core.knowledge.summary(),
    listProducts: (query) => core.knowledge.listProducts(query),
    saveProduct: ({ product: input, originalSku }) => {
      const product = valid(checkProduct(input), (r) => r.product);
      write(
        'product.saved',
        `product:${product.sku}`,
        () => {
          if (originalSku !== undefined && core.knowledge.productsBySku([originalSku]).size === 0) {
            throw new AppError('not_found', `No product with SKU ${originalSku}; it may have been deleted or renamed.`);
          }
          // Without originalSku this is a new product: it must not silently replace an existing one.
          const renamed = originalSku !== product.sku;
          if (renamed && core.knowledge.productsBySku([product.sku]).size > 0) {
            throw new AppError('conflict', `Another product already has SKU ${product.sku}.`);
          }
          for (const variant of product.variants ?? []) {
            const owner = core.knowledge.productOfVariant(variant.sku);
            if ((owner !== null && owner !== originalSku && owner !== product.sku) || core.knowledge.productsBySku([variant.sku]).size > 0) {
              throw new AppError('conflict', `SKU ${variant.sku} is already used by another product or variant.`);
            }
          }
          if (renamed && originalSku !== undefined) core.knowledge.deleteProducts([originalSku]);
          core.knowledge.upsertProduct(product);
        },
        () => ({ originalSku: originalSku ?? null, price: product.price, stock: product.stock, active: product.active }),
      );
      return core.knowledge.productsBySku([product.sku]).get(product.sku)!;
    },
    deleteProducts: ({ skus }) => {
      const deleted = write('products.deleted', 'catalog', () => core.knowledge.deleteProducts(skus), (count) => ({
        count,
        skus: skus.slice(0, AUDITED_KEYS),
      }));
      return { deleted };
    },
    setProductsActive: ({ skus, active }) => {
      const updated = write(
        active ? 'products.activated' : 'products.deactivated',
        'catalog',
        () => core.knowledge.setProductsActive(skus, active),
        (count) => ({ count, skus: skus.slice(0, AUDITED_KEYS) }),
      );
      return { updated };
    },
    listFaqs: () => ({ items: core.knowledge.listFaqs() }),
    saveFaq: ({ faq: input, originalId }) => {
      const faq = valid(checkFaq(input), (r) => r.faq);
      write(
        'faq.saved',
        `faq:${faq.id}`,
        () => {
          if (originalId !== undefined && core.knowledge.faqsById([originalId]).size === 0) {
            throw new AppError('not_found', `No FAQ entry ${originalId}; it may have been deleted or renamed.`);
          }
          const renamed = originalId !== faq.id;
          if (renamed && core.knowledge.faqsById([faq.id]).size > 0) throw new AppError('conflict', `Another entry already has id ${faq.id}.`);
          if (renamed && originalId !== undefined) core.knowledge.deleteFaq(originalId);
          core.knowledge.upsertFaq(faq);
        },
        () => ({ kind: faq.kind, originalId: originalId ?? null }),
      );
      return core.knowledge.faqsById([faq.id]).get(faq.id)!;
    },
    deleteFaq: ({ id }) => {
      write(
        'faq.deleted',
        `faq:${id}`,
        () => {
          if (core.knowledge.deleteFaq(id) === 0) throw new AppError('not_found', `No FAQ entry ${id}.`);
        },
        () => ({}),
      );
      return { deleted: 1 };
    },
    saveProfile: (profile) => {
      write('profile.saved', 'profile', () => core.knowledge.saveProfile(profile), () => ({ name: profile.name }));
      return profile;
    },
    previewImport: (files) => core.importer.preview(files),
    applyImport: ({ previewId }) => {
      const applied = write(
        'knowledge.imported',
        'knowledge',
        () => {
          const applied = core.importer.apply(previewId);
          if (!applied) throw new AppError('not_found', 'This preview has expired or was already applied; choose the files again.');
          return applied;
        },
        (applied) => ({ products: counts(applied.products), faqs: counts(applied.faqs), profileChanged: applied.profileChanged }),
      );
      core.importer.discard(previewId);
      // After the commit, so a slow index never holds the write transaction open.
      core.importer.syncIndex(applied);
      return core.knowledge.summary();
    },
    exportKnowledge: () => {
      const files = exportKnowledge(core.knowledge.profile(), core.knowledge.allProducts(), core.knowledge.listFaqs());
      const summary = core.knowledge.summary();
      core.audit.record(actorOf(core), 'knowledge.exported', 'knowledge', { products: summary.products, faqs: summary.faqs });
      return files;
    },
  };
}

/** The checked value, or a `bad_input` error listing every problem. */
function valid<R extends { problems: string[] }, T extends Product | FaqEntry>(result: R, value: (result: R) => T): T {
  if (result.problems.length > 0) throw new AppError('bad_input', `${capitalise(result.problems.join('; '))}.`);
  return value(result);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function counts(changes: Changes | null) {
  if (!changes) return null;
  return {
    added: changes.added.length,
    changed: changes.changed.length,
    removed: changes.removed.length,
    unchanged: changes.unchanged,
    removedKeys: changes.removed.slice(0, AUDITED_KEYS),
  };
}
