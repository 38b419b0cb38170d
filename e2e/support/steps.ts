/**
 * UI steps shared by the browser and the Electron end-to-end tests (both shells serve the same
 * renderer), so the Electron test — which only runs where its binary is installed — walks steps
 * the browser tests prove on every run.
 */
import { expect, type Page } from '@playwright/test';

/** Knowledge → Load demo shop; waits for the catalog, then the FAQ tab's entries. */
export async function loadDemoShop(page: Page): Promise<void> {
  await page.getByTestId('nav-knowledge').click();
  await page.getByTestId('load-demo').click();
  await expect(page.getByTestId('catalog-row').first()).toBeVisible();
  await page.getByTestId('knowledge-tab-faq').click();
  await expect(page.getByTestId('faq-entry').first()).toBeVisible();
}
