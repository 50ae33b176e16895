import { render } from 'preact';
import { codeCardCss } from '../../components/code-card-css';
import { App } from './App';
import './style.css';

// The same stylesheet the hover popover adopts, so a code looks the same in both places.
const cardSheet = new CSSStyleSheet();
cardSheet.replaceSync(codeCardCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, cardSheet];

// The context menu's "Look up CPT code" opens the popup with the selection in `?q=`.
const initialQuery = new URLSearchParams(location.search).get('q') ?? '';

const root = document.getElementById('app');
if (root) render(<App initialQuery={initialQuery} />, root);
