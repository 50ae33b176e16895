/**
 * Issue 8, strict and hostile pages: a CSP of default-src 'none' with Trusted Types enforced,
 * editors and form fields, a page that removes our host or wipes its body, and a modal <dialog>.
 */
import { expect, test } from '../support/fixtures';
import { collectProblems, dialogOf, hoverCode, markedTexts, moveAway, waitForMarks } from './helpers';

test("default-src 'none' + Trusted Types: codes found, popover styled, no CSP or Trusted Types error", async ({
  page,
  server,
}) => {
  const problems = collectProblems(page);
  // DevTools-injected, so the page CSP does not block it: it records every violation the page sees.
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
    );
  });
  const response = await page.goto(server.url('hostile/strict.html'));
  expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
  await expect.poll(() => markedTexts(page)).toEqual(['64445', '64612', '64632', '64712']);

  await hoverCode(page, '#text', '64712');
  const dialog = dialogOf(page, '64712');
  await expect(dialog).toBeVisible();
  // Styled by our constructed stylesheet, which style-src 'none' (via default-src) does not block.
  const look = await dialog.evaluate((el) => {
    const s = getComputedStyle(el);
    return { radius: s.borderRadius, font: s.fontSize, padding: s.paddingLeft, shadow: s.boxShadow !== 'none' };
  });
  expect(look).toEqual({ radius: '10px', font: '14px', padding: '16px', shadow: true });
  expect(await page.evaluate(() => document.querySelector('cpt-lens-ui')?.matches(':popover-open'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  expect(problems.filter((p) => /Content Security Policy|Trusted ?Type|Refused/i.test(p))).toEqual([]);
  expect(problems).toEqual([]);
});

test('editors and form fields: nothing inside them is marked or changed, even after typing a code', async ({
  page,
  server,
}) => {
  await page.goto(server.url('hostile/editable.html'));
  const before = await page.evaluate(() => ({
    editor: document.getElementById('editor')!.innerHTML,
    plain: document.getElementById('plain')!.innerHTML,
    rich: document.getElementById('rich')!.innerHTML,
    notes: (document.getElementById('notes') as HTMLTextAreaElement).value,
    code: (document.getElementById('code') as HTMLInputElement).value,
    pick: (document.getElementById('pick') as HTMLSelectElement).value,
  }));
  // Only the read-only paragraph: even a contenteditable="false" island belongs to its editor.
  await expect.poll(() => markedTexts(page)).toEqual(['64612']);
  const places = await page.evaluate(() =>
    [...(CSS.highlights.get('cpt-lens-underline') ?? [])].map((r) => r.startContainer.parentElement?.id),
  );
  expect(places).toEqual(['read']);

  // The user types a code into the editor: still nothing marked there, nothing changed by us.
  await page.click('#editor li');
  await page.keyboard.press('End');
  await page.keyboard.type(' and CPT 64714');
  await page.click('#code');
  await page.keyboard.press('End');
  await page.keyboard.type(' 64612');
  // Typed at machine speed, the keystrokes change the page on consecutive frames, so the marks may be boxes in our
  // host for a moment (lib/page/highlight.ts, LIVE_FRAMES); they are back in the registry once the page is quiet.
  await expect.poll(() => markedTexts(page)).toEqual(['64612']);
  const after = await page.evaluate(() => ({
    editor: document.getElementById('editor')!.innerHTML,
    plain: document.getElementById('plain')!.innerHTML,
    rich: document.getElementById('rich')!.innerHTML,
    notes: (document.getElementById('notes') as HTMLTextAreaElement).value,
    code: (document.getElementById('code') as HTMLInputElement).value,
    pick: (document.getElementById('pick') as HTMLSelectElement).value,
  }));
  expect(after).toEqual({
    ...before,
    editor: before.editor.replace('CPT 64712-RT', 'CPT 64712-RT and CPT 64714'),
    code: 'CPT 64714 64612',
  });
  // Hovering a code inside the editor opens nothing.
  await hoverCode(page, '#editor', '64445');
  await page.waitForTimeout(600);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the page removes our host, then wipes document.body: the next hover recovers each time', async ({
  page,
  server,
}) => {
  const problems = collectProblems(page);
  await page.goto(server.url('hostile/recovery.html'));
  await waitForMarks(page, 2);
  await hoverCode(page, '#first', '64712');
  await expect(dialogOf(page, '64712')).toBeVisible();
  await moveAway(page);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // 1. The page removes every foreign element under <html>: our host goes.
  expect(await page.evaluate(() => (window as unknown as { removeForeign: () => number }).removeForeign())).toBe(1);
  expect(await page.locator('cpt-lens-ui').count()).toBe(0);
  await hoverCode(page, '#first', '64632');
  await expect(dialogOf(page, '64632')).toBeVisible();
  expect(await page.locator('cpt-lens-ui').count()).toBe(1);

  // 2. While the popover is open, the page wipes the body and the <html> children, and renders anew.
  await page.evaluate(() => {
    (window as unknown as { removeForeign: () => number }).removeForeign();
    document.body.replaceChildren();
    const fresh = document.createElement('body');
    const p = document.createElement('p');
    p.id = 'second';
    p.textContent = 'Re-rendered: CPT 64445 then CPT 64714.';
    fresh.append(p);
    document.body.replaceWith(fresh);
  });
  await expect.poll(() => markedTexts(page)).toEqual(['64445', '64714']);
  await hoverCode(page, '#second', '64445');
  await expect(dialogOf(page, '64445')).toBeVisible();
  expect(await page.locator('cpt-lens-ui').count()).toBe(1);
  await moveAway(page);

  // 3. document.body.innerHTML = '' then new content.
  await page.evaluate(() => {
    document.body.innerHTML = '';
    const p = document.createElement('p');
    p.id = 'third';
    p.textContent = 'Third render: CPT 64612.';
    document.body.append(p);
  });
  await expect.poll(() => markedTexts(page)).toEqual(['64612']);
  await hoverCode(page, '#third', '64612');
  await expect(dialogOf(page, '64612')).toBeVisible();
  expect(problems).toEqual([]);
});

test('a modal <dialog> is open: the popover of a code inside it shows above the modal and takes clicks', async ({
  page,
  server,
}) => {
  await page.goto(server.url('hostile/dialog.html'));
  await waitForMarks(page, 1);
  await page.evaluate(() => (window as unknown as { openModal: () => void }).openModal());
  await expect.poll(() => markedTexts(page)).toEqual(['64612', '64632', '64712']);

  const box = await hoverCode(page, '#inside', '64712');
  const popover = dialogOf(page, '64712');
  await expect(popover).toBeVisible();
  // Above the modal: the topmost element at the popover's centre is our host, not the dialog.
  const rect = (await popover.boundingBox())!;
  const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, centre)).toBe('CPT-LENS-UI');
  // Usable: the pointer can travel onto it and it stays; a click on the code pins it, and its
  // close button (outside the modal's subtree, so not inert) takes the click.
  await page.mouse.move(centre.x, centre.y, { steps: 5 });
  await page.waitForTimeout(500);
  await expect(popover).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const close = popover.getByRole('button', { name: 'Close' });
  await expect(close).toBeVisible();
  await close.click();
  await expect(popover).toHaveCount(0);
  // The modal is still open and still works.
  expect(await page.evaluate(() => (document.getElementById('modal') as HTMLDialogElement).open)).toBe(true);
  await page.click('#ok');
  expect(await page.evaluate(() => (window as unknown as { __dialogClicks: number }).__dialogClicks)).toBe(1);
});
