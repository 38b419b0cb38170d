/**
 * Knowledge channels: the demo shop, products, FAQ, profile, import with preview, export.
 * Every write is one transaction, audited, and announced with `knowledgeChanged`.
 */
import { join } from 'node:path';
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';
import { AppError } from '../platform/errors';
import { transaction } from '../storage/database';
import { readKnowledgeFolder } from './knowledge-folder';
import { exportKnowledge } from './knowledge-import';

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

/** Registers the knowledge channels. */
export function knowledgeHandlers(core: Core): HandlerMap<KnowledgeChannels> {
  const changed = (action: string, subject: string, detail: Record<string, unknown>) => {
    core.audit.record(actorOf(core), action, subject, detail);
    const summary = core.knowledge.summary();
    core.bus.emit('knowledgeChanged', summary);
    return summary;
  };
  return {
    loadDemoShop: () => {
      const folder = readKnowledgeFolder(join(core.paths.assetsDir, 'demo-shop'));
      if (!folder.ok) throw new AppError('internal', `The demo shop is damaged: ${folder.problems[0]?.reason ?? ''}`);
      core.knowledge.replaceAll(folder.set);
      return changed('knowledge.demo_loaded', 'knowledge', { products: folder.set.products.length, faqs: folder.set.faqs.length });
    },
    getKnowledgeSummary: () => core.knowledge.summary(),
    listProducts: (query) => core.knowledge.listProducts(query),
    saveProduct: ({ product, originalSku }) => {
      transaction(core.db, () => {
        // Without originalSku this is a new product: it must not silently replace an existing one.
        const renamed = originalSku === undefined || originalSku !== product.sku;
        if (renamed && core.knowledge.productsBySku([product.sku]).size > 0) {
          throw new AppError('conflict', `Another product already has SKU ${product.sku}.`);
        }
        if (renamed && originalSku !== undefined) core.knowledge.deleteProducts([originalSku]);
        core.knowledge.upsertProduct(product);
      });
      changed('product.saved', `product:${product.sku}`, { originalSku: originalSku ?? null, price: product.price, stock: product.stock });
      return core.knowledge.productsBySku([product.sku]).get(product.sku)!;
    },
    deleteProducts: ({ skus }) => {
      const deleted = core.knowledge.deleteProducts(skus);
      changed('products.deleted', 'catalog', { skus: skus.slice(0, 50), count: deleted });
      return { deleted };
    },
    setProductsActive: ({ skus, active }) => {
      const updated = core.knowledge.setProductsActive(skus, active);
      changed(active ? 'products.activated' : 'products.deactivated', 'catalog', { count: updated });
      return { updated };
    },
    listFaqs: () => ({ items: core.knowledge.listFaqs() }),
    saveFaq: ({ faq, originalId }) => {
      transaction(core.db, () => {
        const renamed = originalId === undefined || originalId !== faq.id;
        if (renamed && core.knowledge.faqsById([faq.id]).size > 0) throw new AppError('conflict', `Another entry already has id ${faq.id}.`);
        if (renamed && originalId !== undefined) core.knowledge.deleteFaq(originalId);
        core.knowledge.upsertFaq(faq);
      });
      changed('faq.saved', `faq:${faq.id}`, { kind: faq.kind, originalId: originalId ?? null });
      return core.knowledge.faqsById([faq.id]).get(faq.id)!;
    },
    deleteFaq: ({ id }) => {
      const deleted = core.knowledge.deleteFaq(id);
      if (deleted === 0) throw new AppError('not_found', `No FAQ entry ${id}.`);
      changed('faq.deleted', `faq:${id}`, {});
      return { deleted };
    },
    saveProfile: (profile) => {
      core.knowledge.saveProfile(profile);
      changed('profile.saved', 'profile', { name: profile.name });
      return profile;
    },
    previewImport: (files) => core.importer.preview(files),
    applyImport: ({ previewId }) => {
      const applied = core.importer.apply(previewId);
      if (!applied) throw new AppError('not_found', 'This preview has expired; choose the files again.');
      return changed('knowledge.imported', 'knowledge', {
        products: applied.products?.length ?? null,
        faqs: applied.faqs?.length ?? null,
        profile: applied.profile !== null,
      });
    },
    exportKnowledge: () => {
      const files = exportKnowledge(core.knowledge.profile(), core.knowledge.allProducts(), core.knowledge.listFaqs());
      core.audit.record(actorOf(core), 'knowledge.exported', 'knowledge', {});
      return files;
    },
  };
}
