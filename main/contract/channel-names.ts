/**
 * Channel and event names of the contract, without schemas.
 *
 * The sandboxed preload bundles only this file (no zod), so it stays tiny; `contract.ts`
 * is typed against these lists, so adding a channel in one place and not the other fails to
 * compile.
 */
export const CHANNEL_NAMES = [
  'getAppInfo',
  'getSettings',
  'updateSettings',
  'loadDemoShop',
  'getKnowledgeSummary',
  'listProducts',
  'saveProduct',
  'deleteProducts',
  'setProductsActive',
  'listFaqs',
  'saveFaq',
  'deleteFaq',
  'saveProfile',
  'previewImport',
  'applyImport',
  'exportKnowledge',
  'inspectRetrieval',
  'sendPracticeMessage',
  'listConversations',
  'getConversation',
  'resumeAssistant',
  'listQueue',
  'approveDraft',
  'checkDraftEdit',
  'rejectDraft',
  'resolveHandoff',
  'listInbox',
  'getInboxCounts',
  'markConversationRead',
  'getPendingDraft',
  'sendReply',
  'undoSend',
  'listQuickReplies',
  'saveQuickReply',
  'deleteQuickReply',
  'getModelConfig',
  'saveModelConfig',
  'testModelConnection',
  'getCostSummary',
  'getWhatsAppStatus',
  'connectWhatsApp',
  'disconnectWhatsApp',
  'listAudit',
  'listActivity',
  'getActivityActors',
  'exportActivity',
  'listSuiteCases',
  'saveSuiteCase',
  'deleteSuiteCase',
  'importSuite',
  'exportSuite',
  'suiteCaseFromDraft',
  'startSuiteRun',
  'cancelSuiteRun',
  'getSuiteRun',
  'getUpdateStatus',
  'checkForUpdates',
  'restartToUpdate',
  'getDiagnostics',
] as const;

export const EVENT_NAMES = ['queueChanged', 'conversationChanged', 'knowledgeChanged', 'whatsappStatusChanged', 'draftProgress', 'suiteRunProgress', 'updateStatusChanged'] as const;

/** Prefix of IPC event messages, so they cannot collide with invoke channels. */
export const EVENT_IPC_PREFIX = 'event:';
