/**
 * Every dialog, by keyboard: opened from its button with Enter, it puts the cursor on the first
 * useful control (a form's first field; a delete question's harmless "Cancel"; the cheat sheet,
 * which has nothing to fill in, on its close button), keeps Tab and Shift+Tab inside itself, and
 * Escape closes it and gives focus back to the button that opened it. The quick-reply picker
 * (a list under the reply box, not a dialog) keeps the cursor in the box and closes on Escape.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { rpc, startHeadlessShell, type HeadlessShell } from './support/headless-shell';

const SLOW = { timeout: 60_000 };

test('every dialog traps focus, starts on its first useful control, closes on Escape and returns focus', async ({ page, request }) => {
  test.setTimeout(600_000);
  const shell: HeadlessShell = await startHeadlessShell();
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await rpc(request, shell, 'loadDemoShop');
    await rpc(request, shell, 'saveQuickReply', { title: 'Opening hours', shortcut: 'hours', texts: { en: 'We open at 9:00.' } });
    await rpc(request, shell, 'sendPracticeMessage', { customerName: 'Ana', language: 'en', text: 'What time do you open on Saturday?' });
    await page.goto(shell.url);
    await page.getByTestId('nav-inbox').waitFor();

    // Inbox: the ? sheet, the labels manager, the snooze-until dialog; the quick-reply picker.
    await go(page, '/inbox');
    await expect(page.locator('[data-testid="inbox-row"]').first()).toBeVisible(SLOW);
    await checkDialog(page, page.getByTestId('keyboard-help-open'), (dialog) => dialog.getByRole('button').first());
    await page.keyboard.press('j');
    await expect(page.getByTestId('conversation-pane')).toBeVisible(SLOW);
    await checkDialog(
      page,
      page.getByTestId('labels-button'),
      (dialog) => dialog.getByTestId('label-new-name'),
      // Opened from the label popover's "Manage labels", which stays open behind it.
      { open: async () => pressOn(page, page.getByTestId('labels-manage')), returnTo: page.getByTestId('labels-manage') },
    );
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('labels-manage')).toHaveCount(0);
    await checkDialog(page, page.getByTestId('status-menu'), (dialog) => dialog.getByTestId('snooze-at'), {
      open: async () => pressOn(page, page.getByTestId('snooze-custom')),
      returnTo: page.getByTestId('status-menu'),
    });
    const reply = page.getByTestId('reply-input');
    await reply.focus();
    await page.keyboard.type('/');
    await expect(page.getByTestId('quick-reply-picker')).toBeVisible();
    await expect(reply).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('quick-reply-picker')).toHaveCount(0);
    await expect(reply).toBeFocused();

    // Knowledge: add a product, add an FAQ entry, delete one (the question starts on Cancel).
    await go(page, '/knowledge');
    await pressOn(page, page.getByTestId('knowledge-tab-catalog'));
    await checkDialog(page, page.getByTestId('catalog-add'), (dialog) => dialog.getByTestId('product-field-sku'));
    await pressOn(page, page.getByTestId('knowledge-tab-faq'));
    await checkDialog(page, page.getByTestId('faq-add'), (dialog) => dialog.getByTestId('faq-question'));
    await checkDialog(page, page.getByTestId('faq-delete').first(), (dialog) => dialog.getByTestId('confirm-cancel'));

    // Settings: a person, a quick reply. Tests: a test case.
    await go(page, '/settings');
    await checkDialog(page, page.getByTestId('staff-add'), (dialog) => dialog.getByTestId('person-name'));
    await checkDialog(page, page.getByTestId('quick-reply-add'), (dialog) => dialog.getByTestId('quick-reply-title'));
    await go(page, '/tests');
    await checkDialog(page, page.getByTestId('case-add'), (dialog) => dialog.getByTestId('case-message'));
  } finally {
    await shell.stop();
  }
});

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate(`window.location.hash = '${hash}'`);
}

/** Focus a control and press Enter on it, as a keyboard user does. */
async function pressOn(page: Page, control: Locator): Promise<void> {
  await expect(control).toBeVisible(SLOW);
  await control.focus();
  await page.keyboard.press('Enter');
}

/**
 * Opens a dialog from `opener` with Enter (or `open` after it), then checks: initial focus,
 * Tab and Shift+Tab stay inside, Escape closes it, focus is back on the opener (or `returnTo`).
 */
async function checkDialog(
  page: Page,
  opener: Locator,
  initial: (dialog: Locator) => Locator,
  options: { open?: () => Promise<void>; returnTo?: Locator } = {},
): Promise<void> {
  await pressOn(page, opener);
  if (options.open) await options.open();
  // The modal itself (a popover's dropdown is a dialog to assistive tech too).
  const dialog = page.locator('.mantine-Modal-content[role="dialog"]');
  await expect(dialog).toHaveCount(1, SLOW);
  await expect(initial(dialog)).toBeFocused(SLOW);
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    // A string, as the e2e code is not compiled against the DOM.
    const inside = await page.evaluate(`Boolean(document.activeElement && document.activeElement.closest('.mantine-Modal-content'))`);
    expect(inside, `focus left the dialog after ${key}`).toBe(true);
  }
  // Escape from the first control (a select or list inside may keep Escape for its own dropdown).
  await initial(dialog).focus();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0, SLOW);
  await expect(options.returnTo ?? opener).toBeFocused(SLOW);
}
