/**
 * Styles of CodeCard and ModifierList, as a string so the popover can put them in a constructed
 * stylesheet (works under a page's `style-src 'none'`) and the popup can adopt the same sheet.
 *
 * Sizes are px, never rem: inside a page the rem base belongs to the page. Browser zoom still
 * scales px, so 80–200% zoom stays readable. Colours meet WCAG AA (4.5:1 for text) in both schemes;
 * the ratios are noted next to each pair.
 *
 * The rules live in code-card.css, imported `?inline`: Vite minifies it at build time (comments and
 * whitespace cost the content script ~0.5 KB gzip as a template literal).
 */
import css from './code-card.css?inline';

export const codeCardCss: string = css;
