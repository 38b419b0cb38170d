/**
 * Customer card channels: the card, the shop's name for the customer, notes, facts (add, edit,
 * approve, delete, suggest with the model), purchases, export, and forget (owner only, checked
 * by `dispatch` from `staff/owner-only.ts`).
 */
import { actorOf } from '../app-handlers';
import type { Core } from '../composition';
import type { HandlerMap } from '../handler-types';

type CustomerChannels =
  | 'getCustomerCard'
  | 'setCustomerShopName'
  | 'saveCustomerNote'
  | 'deleteCustomerNote'
  | 'saveCustomerFact'
  | 'approveCustomerFact'
  | 'deleteCustomerFact'
  | 'suggestCustomerFacts'
  | 'addCustomerPurchase'
  | 'deleteCustomerPurchase'
  | 'forgetCustomer'
  | 'exportCustomer';

/** Registers the customer card channels. */
export function customerHandlers(core: Core): HandlerMap<CustomerChannels> {
  const c = core.customers;
  return {
    getCustomerCard: ({ conversationId }) => c.card(conversationId),
    setCustomerShopName: ({ conversationId, shopName }) => c.setShopName(conversationId, shopName, actorOf(core)),
    saveCustomerNote: ({ conversationId, id, text }) => c.saveNote(conversationId, { id, text }, actorOf(core)),
    deleteCustomerNote: ({ conversationId, id }) => c.deleteNote(conversationId, id, actorOf(core)),
    saveCustomerFact: ({ conversationId, id, text, messageId }) => c.saveFact(conversationId, { id, text, messageId }, actorOf(core)),
    approveCustomerFact: ({ conversationId, id }) => c.approveFact(conversationId, id, actorOf(core)),
    deleteCustomerFact: ({ conversationId, id }) => c.deleteFact(conversationId, id, actorOf(core)),
    suggestCustomerFacts: ({ conversationId }) => c.suggestFacts(conversationId, actorOf(core)),
    addCustomerPurchase: ({ conversationId, ...purchase }) => c.addPurchase(conversationId, purchase, actorOf(core)),
    deleteCustomerPurchase: ({ conversationId, id }) => c.deletePurchase(conversationId, id, actorOf(core)),
    forgetCustomer: ({ conversationId }) => c.forget(conversationId, actorOf(core)),
    exportCustomer: ({ conversationId }) => c.export(conversationId, actorOf(core)),
  };
}
