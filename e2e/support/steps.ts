/**
 * UI steps shared by the browser and the Electron end-to-end tests (both shells serve the same
 * renderer), so the Electron test — which only runs where its binary is installed — walks steps
 * the browser tests prove on every run.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Knowledge → Load demo shop; waits for the catalog, then the FAQ tab's entries. */
export async function loadDemoShop(page: Page): Promise<void> {
  await page.getByTestId('nav-knowledge').click();
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('catalog-row').first()).toBeVisible();
  await page.getByTestId('knowledge-tab-faq').click();
  await expect(page.getByTestId('faq-entry').first()).toBeVisible();
}

/** The inbox's row for a customer. */
export const inboxRow = (page: Page, name: string): Locator => page.locator(`[data-testid="inbox-row"][data-customer="${name}"]`);

/**
 * Two practice chats the demo shop's assistant treats differently: Ana's hours question gets a
 * draft, Tom's spaceship is handed to a person. Opens the inbox once both show their need.
 */
export async function openInboxWithAnaAndTom(page: Page, send: (customerName: string, text: string) => Promise<unknown>): Promise<void> {
  await send('Ana', 'What time do you open on Saturday?');
  await send('Tom', 'Can you build me a spaceship?');
  await page.getByTestId('nav-inbox').click();
  await expect(inboxRow(page, 'Ana')).toHaveAttribute('data-need', 'draft_ready');
  await expect(inboxRow(page, 'Tom')).toHaveAttribute('data-need', 'handed_off');
}
