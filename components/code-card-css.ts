/**
 * Styles of CodeCard and ModifierList, as a string so the popover can put them in a constructed
 * stylesheet (works under a page's `style-src 'none'`) and the popup can adopt the same sheet.
 *
 * Sizes are px, never rem: inside a page the rem base belongs to the page. Browser zoom still
 * scales px, so 80–200% zoom stays readable. Colours meet WCAG AA (4.5:1 for text) in both schemes;
 * the ratios are noted next to each pair.
 */
export const codeCardCss = `
.cl-card, .cl-surface {
  /* light: text #1b1f24 on #ffffff 16.1:1; muted #4b5563 on #fff 7.6:1; accent #0a58ca on #fff 6.3:1 */
  --cl-bg: #ffffff;
  --cl-fg: #1b1f24;
  --cl-muted: #4b5563;
  --cl-line: #d5d9e0;
  --cl-accent: #0a58ca;
  --cl-accent-bg: #e8f0fe;
  --cl-code-bg: #f1f3f5;
  /* warning text #6a3b00 on #fff4e0 9.0:1 */
  --cl-warn-fg: #6a3b00;
  --cl-warn-bg: #fff4e0;
  --cl-warn-line: #e3a33b;
  /* ok text #0f5132 on #e6f4ea 8.5:1 */
  --cl-ok-fg: #0f5132;
  --cl-ok-bg: #e6f4ea;
  color: var(--cl-fg);
  background: var(--cl-bg);
  font: 400 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  letter-spacing: normal;
  text-align: left;
  overflow-wrap: anywhere;
}
@media (prefers-color-scheme: dark) {
  .cl-card, .cl-surface {
    /* dark: text #e6e9ee on #1d2127 13.9:1; muted #b4bcc8 on #1d2127 8.7:1; accent #8ab4f8 on #1d2127 7.6:1 */
    --cl-bg: #1d2127;
    --cl-fg: #e6e9ee;
    --cl-muted: #b4bcc8;
    --cl-line: #3a414b;
    --cl-accent: #8ab4f8;
    --cl-accent-bg: #22334f;
    --cl-code-bg: #2a3038;
    /* #ffd8a0 on #3a2a12 10.5:1 */
    --cl-warn-fg: #ffd8a0;
    --cl-warn-bg: #3a2a12;
    --cl-warn-line: #b7791f;
    /* #a8e6bd on #173325 9.6:1 */
    --cl-ok-fg: #a8e6bd;
    --cl-ok-bg: #173325;
  }
}
.cl-card *, .cl-card *::before, .cl-card *::after { box-sizing: border-box; }
.cl-card p, .cl-card ul, .cl-card dl, .cl-card dd, .cl-card h2, .cl-card h3, .cl-card h4 { margin: 0; padding: 0; }
.cl-card p + p { margin-top: 6px; }
.cl-head { display: flex; flex-direction: column; gap: 4px; margin-bottom: 10px; }
.cl-codeline { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.cl-code {
  font: 700 13px/1.2 ui-monospace, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace;
  color: var(--cl-accent);
  background: var(--cl-accent-bg);
  border-radius: 6px;
  padding: 3px 8px;
  letter-spacing: 0.3px;
}
.cl-code-mods { color: var(--cl-fg); }
.cl-title { font-size: 16px; font-weight: 650; line-height: 1.3; color: var(--cl-fg); }
.cl-overview { color: var(--cl-fg); margin-bottom: 10px; }
.cl-facts { display: grid; gap: 6px; margin-bottom: 12px; }
.cl-field { display: grid; grid-template-columns: 118px 1fr; gap: 8px; }
.cl-field dt { color: var(--cl-muted); font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.4px; padding-top: 2px; }
.cl-field dd { color: var(--cl-fg); }
.cl-section { margin-bottom: 12px; }
.cl-sub {
  font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.5px;
  color: var(--cl-muted); margin-bottom: 6px;
}
.cl-gap { color: var(--cl-muted); font-style: italic; }
.cl-note { font-size: 13px; color: var(--cl-warn-fg); background: var(--cl-warn-bg); border-radius: 6px; padding: 6px 8px; margin-top: 6px; }
.cl-mod-table { width: 100%; border-collapse: collapse; font-size: 13px; }
.cl-mod-table th, .cl-mod-table td { text-align: left; vertical-align: top; padding: 6px 6px; border-top: 1px solid var(--cl-line); }
.cl-mod-table thead th { border-top: 0; color: var(--cl-muted); font-size: 12px; font-weight: 600; padding-top: 0; }
.cl-mod-table tbody th { font-weight: 400; white-space: nowrap; }
.cl-mod-table td.cl-gap, .cl-mod-table td .cl-gap { display: block; }
.cl-mod-code {
  font: 700 13px/1.2 ui-monospace, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace;
  background: var(--cl-code-bg); border-radius: 4px; padding: 2px 5px;
}
tr.cl-used > * { background: var(--cl-ok-bg); }
.cl-tag { display: inline-block; font-size: 11px; font-weight: 600; border-radius: 10px; padding: 1px 7px; margin-left: 6px; }
.cl-tag-used { color: var(--cl-ok-fg); background: var(--cl-ok-bg); border: 1px solid currentColor; }
.cl-mod-table .cl-tag { display: block; margin: 4px 0 0; width: max-content; }
.cl-mentioned { margin-top: 8px; font-size: 13px; }
.cl-mentioned-label { color: var(--cl-muted); margin-bottom: 4px; }
.cl-mentioned ul { list-style: none; display: grid; gap: 4px; }
.cl-usage { list-style: none; display: grid; gap: 6px; margin: 0 0 10px; padding: 0; }
.cl-usage li { font-size: 13px; border-radius: 6px; padding: 6px 8px; border-left: 4px solid; }
.cl-usage li.cl-warn { color: var(--cl-warn-fg); background: var(--cl-warn-bg); border-color: var(--cl-warn-line); }
.cl-usage li.cl-ok { color: var(--cl-ok-fg); background: var(--cl-ok-bg); border-color: currentColor; }
.cl-payers { padding-left: 18px !important; }
.cl-btn {
  font-family: inherit; font-size: 13px; font-weight: 600; line-height: 1.2;
  color: var(--cl-accent); background: transparent;
  border: 1px solid var(--cl-accent); border-radius: 6px;
  padding: 5px 10px; cursor: pointer; min-height: 28px;
}
.cl-btn:hover { background: var(--cl-accent-bg); }
.cl-btn:focus-visible { outline: 2px solid var(--cl-accent); outline-offset: 2px; }
.cl-more { margin-bottom: 10px; }
.cl-more-body[hidden] { display: none; }
.cl-source { font-size: 12px; color: var(--cl-muted); border-top: 1px solid var(--cl-line); padding-top: 6px; }
.cl-also { margin-top: 10px; border-top: 2px solid var(--cl-line); padding-top: 6px; }
.cl-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
