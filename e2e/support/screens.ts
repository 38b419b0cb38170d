/**
 * Every screen of the app, opened the way an owner opens it, for the checks that walk them all
 * (axe-core, no horizontal scroll at 1024×640, screenshots).
 */
import { expect, type Page } from '@playwright/test';

/** One screen: a name for reports and how to open it from anywhere in the app. */
export type ScreenVisit = { name: string; open: (page: Page) => Promise<void> };

async function knowledgeTab(page: Page, tab: string, ready: string): Promise<void> {
  await page.getByTestId('nav-knowledge').click();
  await page.getByTestId(`knowledge-tab-${tab}`).click();
  await expect(page.getByTestId(ready).first()).toBeVisible();
}

/**
 * The screens, in navigation order. The conversation view expects a customer called `Ana` with a
 * pending draft and the practice screen at least one conversation.
 */
export const SCREENS: readonly ScreenVisit[] = [
  {
    name: 'inbox',
    open: async (page) => {
      await page.getByTestId('nav-inbox').click();
      await expect(page.getByTestId('inbox-row').first()).toBeVisible();
    },
  },
  {
    name: 'conversation',
    open: async (page) => {
      await page.getByTestId('nav-inbox').click();
      await page.locator('[data-testid="inbox-row"][data-customer="Ana"]').click();
      await expect(page.getByTestId('pending-draft').getByTestId('draft-text')).not.toBeEmpty();
    },
  },
  {
    name: 'queue',
    open: async (page) => {
      await page.getByTestId('nav-queue').click();
      await expect(page.getByTestId('approve').first()).toBeVisible();
    },
  },
  {
    name: 'practice',
    open: async (page) => {
      await page.getByTestId('nav-practice').click();
      await page.getByTestId('conversation-item').first().click();
      await expect(page.getByTestId('practice-input')).toBeVisible();
    },
  },
  { name: 'knowledge-catalog', open: (page) => knowledgeTab(page, 'catalog', 'catalog-row') },
  { name: 'knowledge-faq', open: (page) => knowledgeTab(page, 'faq', 'faq-entry') },
  { name: 'knowledge-profile', open: (page) => knowledgeTab(page, 'profile', 'profile-name') },
  { name: 'knowledge-import', open: (page) => knowledgeTab(page, 'import', 'import-dropzone') },
  {
    name: 'tests',
    open: async (page) => {
      await page.getByTestId('nav-tests').click();
      await expect(page.locator('h1')).toBeVisible();
    },
  },
  {
    name: 'whatsapp',
    open: async (page) => {
      await page.getByTestId('nav-whatsapp').click();
      await expect(page.locator('h1')).toBeVisible();
    },
  },
  {
    name: 'settings',
    open: async (page) => {
      await page.getByTestId('nav-settings').click();
      await expect(page.locator('h1')).toBeVisible();
    },
  },
  {
    name: 'activity',
    open: async (page) => {
      await page.getByTestId('nav-activity').click();
      await expect(page.locator('h1')).toBeVisible();
    },
  },
];
