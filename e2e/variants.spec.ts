/**
 * Sizes with their own prices and answers in the customer's language, in the browser: the
 * catalog shows and edits a product's variants, "monstera in size L?" gets the L price; the FAQ
 * form adds a Spanish translation, and a Spanish question gets the Spanish answer quoted.
 */
import type { Page } from '@playwright/test';
import { expect, snap, test } from './support/fixtures';
import { loadDemoShop } from './support/steps';

async function ask(page: Page, name: string, language: string, text: string) {
  await page.getByTestId('nav-practice').click();
  await page.getByTestId('practice-name').fill(name);
  await page.getByTestId('practice-language').selectOption(language);
  await page.getByTestId('practice-input').fill(text);
  await page.getByTestId('practice-input').press('Enter');
  await expect(page.getByTestId('chat-message').filter({ hasText: text })).toHaveAttribute('data-direction', 'in');
  await page.getByTestId('nav-queue').click();
  const card = page.getByTestId('queue-item').filter({ has: page.getByTestId('queue-customer-message').filter({ hasText: text }) });
  await expect(card).toHaveAttribute('data-route', 'answer', { timeout: 20_000 });
  return card;
}

test('size L gets the L price; the catalog shows and edits the variants', async ({ page, shell }, testInfo) => {
  await page.goto(shell.url);
  await loadDemoShop(page);
  await page.getByTestId('knowledge-tab-catalog').click();
  await page.getByTestId('catalog-search').fill('monstera');
  const row = page.getByTestId('catalog-row').first();
  await expect(row.getByTestId('catalog-variants')).toHaveText('3 variants');
  await expect(row.getByTestId('catalog-price')).toContainText('389.00');
  await expect(row.getByTestId('catalog-price')).toContainText('899.00');
  await row.getByTestId('catalog-edit').click();
  const editor = page.getByTestId('catalog-editor');
  await expect(editor.getByTestId('variant-sku-2')).toHaveValue('CV-001-L');
  await expect(editor.getByTestId('variant-price-2')).toHaveValue('899.00');
  // The owner adds an XL size with its own price.
  await editor.getByTestId('variant-add').click();
  await editor.getByTestId('variant-sku-3').fill('CV-001-XL');
  await editor.getByTestId('variant-options-3').fill('size:XL');
  await editor.getByTestId('variant-price-3').fill('1299.00');
  await editor.getByTestId('variant-stock-3').fill('1');
  await snap(page, testInfo, 'catalog-variants');
  await editor.getByTestId('catalog-save').click();
  await expect(page.getByTestId('catalog-editor')).toHaveCount(0);
  await expect(row.getByTestId('catalog-variants')).toHaveText('4 variants');

  const card = await ask(page, 'Ana', 'en', 'do you have the monstera in size L and how much?');
  const draft = card.getByTestId('draft-text');
  await expect(draft).toContainText('The Monstera Deliciosa (size L) costs 899.00 MXN and is in stock.');
  await expect(draft).not.toContainText('549.00');
  await expect(card.getByTestId('queue-source').first()).toContainText('Monstera Deliciosa');
  await snap(page, testInfo, 'queue-size-l');

  const xl = await ask(page, 'Bea', 'en', 'monstera size XL price?');
  await expect(xl.getByTestId('draft-text')).toContainText('(size XL) costs 1299.00 MXN');
});

test('a Spanish question gets the Spanish answer; the owner adds a translation in the FAQ form', async ({ page, shell }, testInfo) => {
  await page.goto(shell.url);
  await loadDemoShop(page);
  // The demo shop's shipping policy has the owner's Spanish wording.
  const shipping = await ask(page, 'Luis', 'es', '¿Cuánto cuesta el envío a domicilio?');
  await expect(shipping.getByTestId('draft-text')).toContainText('Nuestra política dice: "Hacemos envíos a domicilio en la zona metropolitana de Guadalajara');
  await expect(shipping.getByTestId('draft-text')).not.toContainText('We deliver');
  await expect(shipping.locator('[data-testid="queue-reason"][data-code="wrong_language"]')).toHaveCount(0);
  await snap(page, testInfo, 'queue-spanish-answer');

  // Pick-up has no Spanish answer yet: the owner writes one.
  await page.getByTestId('nav-knowledge').click();
  await page.getByTestId('knowledge-tab-faq').click();
  const pickup = page.getByTestId('faq-entry').filter({ hasText: 'Can I order and pick up in store?' });
  await pickup.getByTestId('faq-edit').click();
  await page.getByTestId('faq-translation-language').click();
  await page.getByRole('listbox').getByRole('option', { name: 'Español' }).click();
  await page.getByTestId('faq-translation-add').click();
  await page.getByTestId('faq-translation-question-es').fill('¿Puedo pedir y recoger en la tienda?');
  await page.getByTestId('faq-translation-answer-es').fill('Sí, pide por WhatsApp y recoge el mismo día en nuestro horario. Te apartamos los productos por 3 días.');
  await snap(page, testInfo, 'faq-translation');
  await page.getByTestId('faq-save').click();
  await expect(page.getByTestId('faq-form')).toHaveCount(0);
  await expect(pickup.getByTestId('faq-translated')).toContainText('Español');

  const card = await ask(page, 'Luis', 'es', '¿puedo recoger mi pedido en la tienda?');
  await expect(card.getByTestId('draft-text')).toContainText('Sí, pide por WhatsApp y recoge el mismo día');
  await expect(card.getByTestId('queue-source').first()).toBeVisible();
});
