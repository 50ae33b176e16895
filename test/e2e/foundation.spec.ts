import { expect, test } from './support/fixtures';

test('the extension loads, and its popup and options page render', async ({ page, server, openPopup, openOptions }) => {
  await page.goto(server.url('demo/claim-status.html'));
  const popup = await openPopup();
  await expect(popup.getByRole('heading', { name: 'CPT Lens' })).toBeVisible();
  await expect(popup.getByText(/5 codes/)).toBeVisible();
  const options = await openOptions();
  await expect(options.getByRole('heading', { name: /options/i })).toBeVisible();
});
