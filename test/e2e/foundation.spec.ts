import { expect, test } from './support/fixtures';
import { OptionsPage, PopupPage } from './support/pages';

test('the content script runs: codes on the demo page are highlighted, decoys are not', async ({ page, server }) => {
  await page.goto(server.url('demo/claim-status.html'));
  const marked = () =>
    page.evaluate(() =>
      [...(CSS.highlights.get('cpt-lens-underline') ?? [])].map((r) =>
        (r.startContainer as Text).data.slice(r.startOffset, r.endOffset),
      ),
    );
  await expect.poll(marked, { timeout: 15_000 }).toContain('64712');
  // The claim number (64714), member ID, group number (64632), ZIPs and trace number stay unmarked.
  const inDetails = await page.evaluate(
    () =>
      [...(CSS.highlights.get('cpt-lens-underline') ?? [])].filter((r) => r.startContainer.parentElement?.closest('dd'))
        .length,
  );
  expect(inDetails).toBe(0);
});

test('the real popup and the options page render', async ({ page, server, openPopup, openOptions }) => {
  await page.goto(server.url('demo/claim-status.html'));
  const popup = new PopupPage(await openPopup());
  await expect(popup.search).toBeFocused();
  await expect(popup.footer).toContainText('5 codes');
  await expect(popup.siteSwitch('127.0.0.1')).toHaveAttribute('aria-checked', 'true');
  const options = new OptionsPage(await openOptions());
  await expect(options.mode(/On everywhere except/)).toBeChecked();
});
