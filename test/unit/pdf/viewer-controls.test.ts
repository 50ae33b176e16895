/**
 * The PDF viewer's controls (lib/pdf): the pure choices behind the toolbar, the find bar, the
 * file drop, the download name and the site line, and the find bar and panels on a real DOM
 * (happy-dom) built from the viewer's own pdf.html.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { NOT_A_PDF, pdfFileOf } from '../../../lib/pdf/file-drop';
import { createFindBar, findStatusText } from '../../../lib/pdf/find-bar';
import { noTextMessage } from '../../../lib/pdf/load-error';
import { downloadNameOf } from '../../../lib/pdf/original-file';
import type { PdfView } from '../../../lib/pdf/pdf-view';
import { scaleSelection, shortcutOf } from '../../../lib/pdf/toolbar';
import { viewerElements } from '../../../lib/pdf/viewer-elements';
import { showDocumentUi, showMessage, showNoPanel } from '../../../lib/pdf/viewer-panels';
import { siteStateText } from '../../../lib/pdf/viewer-session';

const PAGE = readFileSync(resolve(import.meta.dirname, '../../../entrypoints/pdf/index.html'), 'utf8');
const body = PAGE.slice(PAGE.indexOf('<body>') + 6, PAGE.indexOf('<script'));

describe('toolbar choices', () => {
  const key = (key: string, mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...mods,
  });

  it('maps Ctrl (or ⌘) with F, P, S, =, + and - to the viewer’s actions', () => {
    expect(shortcutOf(key('f', { ctrlKey: true }))).toBe('find');
    expect(shortcutOf(key('F', { ctrlKey: true }))).toBe('find');
    expect(shortcutOf(key('p', { metaKey: true }))).toBe('print');
    expect(shortcutOf(key('s', { ctrlKey: true }))).toBe('save');
    expect(shortcutOf(key('=', { ctrlKey: true }))).toBe('zoom-in');
    expect(shortcutOf(key('+', { ctrlKey: true }))).toBe('zoom-in');
    expect(shortcutOf(key('-', { ctrlKey: true }))).toBe('zoom-out');
  });

  it('leaves plain keys, Alt chords and other letters to the page', () => {
    expect(shortcutOf(key('f'))).toBeUndefined();
    expect(shortcutOf(key('f', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(shortcutOf(key('x', { ctrlKey: true }))).toBeUndefined();
    expect(shortcutOf(key('Escape', { ctrlKey: true }))).toBeUndefined();
  });

  it('shows a preset scale as itself and any other scale as a custom percentage', () => {
    const presets = ['page-width', 'page-fit', 'auto', '0.5', '1', '1.5'];
    expect(scaleSelection({ scale: 1.37, value: 'page-width', presets })).toEqual({ selected: 'page-width' });
    expect(scaleSelection({ scale: 1.5, value: '1.5', presets })).toEqual({ selected: '1.5' });
    expect(scaleSelection({ scale: 1.728, value: '1.728', presets })).toEqual({
      selected: 'custom',
      customLabel: '173%',
    });
  });
});

describe('find status, file drop, download name, site line', () => {
  it('words the find state: not found, n of m, or nothing while pending', () => {
    expect(findStatusText({ state: 1, current: 0, total: 0 })).toBe('Not found');
    expect(findStatusText({ state: 0, current: 2, total: 5 })).toBe('2 of 5');
    expect(findStatusText({ state: 2, current: 1, total: 5 })).toBe('1 of 5');
    expect(findStatusText({ state: 3, current: 0, total: 0 })).toBe('');
  });

  it('opens the first PDF of a drop, by type or by name, and nothing else', () => {
    const notes = { name: 'notes.txt', type: 'text/plain' };
    const byName = { name: 'Policy.PDF', type: '' };
    const byType = { name: 'download', type: 'application/pdf' };
    expect(pdfFileOf([notes, byName, byType])).toBe(byName);
    expect(pdfFileOf([notes, byType])).toBe(byType);
    expect(pdfFileOf([notes])).toBeUndefined();
    expect(pdfFileOf([])).toBeUndefined();
  });

  it('saves under the document’s name, adding .pdf only when missing', () => {
    expect(downloadNameOf('policy.pdf')).toBe('policy.pdf');
    expect(downloadNameOf('POLICY.PDF')).toBe('POLICY.PDF');
    expect(downloadNameOf('document')).toBe('document.pdf');
    expect(downloadNameOf('report.pdf.txt')).toBe('report.pdf.txt.pdf');
  });

  it('says when CPT Lens is off, naming the PDF’s site or local files', () => {
    expect(siteStateText({ enabled: true, siteUrl: 'https://payer.example.com/a.pdf' })).toBe('');
    expect(siteStateText({ enabled: false, siteUrl: 'https://payer.example.com/a.pdf' })).toBe(
      'CPT Lens is off on payer.example.com.',
    );
    expect(siteStateText({ enabled: false, siteUrl: 'file:///policy.pdf' })).toBe('CPT Lens is off for local files.');
  });
});

describe('panels and find bar on the viewer page', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    document.body.append(document.createRange().createContextualFragment(body));
  });

  it('finds every element the viewer drives in pdf.html', () => {
    const ui = viewerElements(document);
    for (const [name, element] of Object.entries(ui)) expect(element, name).toBeInstanceOf(HTMLElement);
  });

  it('shows errors as alerts and warnings as statuses, and hides the line again', () => {
    const ui = viewerElements(document);
    showMessage(ui, NOT_A_PDF);
    expect(ui.message.hidden).toBe(false);
    expect(ui.message.getAttribute('role')).toBe('alert');
    expect(ui.messageTitle.textContent).toBe(NOT_A_PDF.title);
    showMessage(ui, noTextMessage());
    expect(ui.message.getAttribute('role')).toBe('status');
    expect(ui.message.className).toBe('message warning');
    showMessage(ui, undefined);
    expect(ui.message.hidden).toBe(true);
  });

  it('shows the document toolbar with a document, the empty panel without, and neither while loading', () => {
    const ui = viewerElements(document);
    showDocumentUi(ui, true);
    expect([ui.nav.hidden, ui.zoom.hidden, ui.actions.hidden, ui.empty.hidden]).toEqual([false, false, false, true]);
    showDocumentUi(ui, false);
    expect([ui.nav.hidden, ui.zoom.hidden, ui.actions.hidden, ui.empty.hidden]).toEqual([true, true, true, false]);
    showNoPanel(ui);
    expect([ui.nav.hidden, ui.empty.hidden]).toEqual([true, true]);
  });

  it('the find bar searches as you type, Enter and Shift+Enter step, Esc closes and clears', () => {
    const ui = viewerElements(document);
    const calls: string[] = [];
    let report: ((state: { state: number; current: number; total: number }) => void) | undefined;
    // A stand-in for pdf.js behind PdfView (lib/pdf/pdf-view.ts): the find bar is what is tested.
    const view = {
      find: (query: string, { again, previous }: { again: boolean; previous: boolean }) =>
        calls.push(`${query}${again ? ' again' : ''}${previous ? ' previous' : ''}`),
      closeFind: () => calls.push('close'),
      onFind: (callback: typeof report) => {
        report = callback;
      },
    } as unknown as PdfView;
    const bar = createFindBar({ ui, view: () => view });
    bar.follow(view);
    ui.findToggle.click();
    expect(ui.findbar.hidden).toBe(false);
    expect(document.activeElement).toBe(ui.findInput);
    ui.findInput.value = '64712';
    ui.findInput.dispatchEvent(new Event('input'));
    ui.findInput.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    ui.findInput.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true }));
    ui.findNext.click();
    ui.findPrev.click();
    report?.({ state: 0, current: 2, total: 3 });
    expect(ui.findStatus.textContent).toBe('2 of 3');
    ui.findInput.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(calls).toEqual([
      '64712',
      '64712 again',
      '64712 again previous',
      '64712 again',
      '64712 again previous',
      'close',
    ]);
    expect(ui.findbar.hidden).toBe(true);
    expect(ui.findStatus.textContent).toBe('');
  });
});
