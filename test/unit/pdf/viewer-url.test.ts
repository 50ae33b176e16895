import { describe, expect, it } from 'vitest';
import {
  documentUrlOfViewer,
  fileNameOf,
  fileParamOf,
  isViewerUrl,
  looksLikePdfUrl,
  viewerUrlFor,
} from '../../../lib/pdf/viewer-url';

const BASE = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/pdf.html';

describe('the viewer URL contract', () => {
  it('round-trips a document URL through ?file=', () => {
    const file = 'https://payer.example.com/policies/Nerve Policy.pdf?version=3&lang=en#page=2';
    const url = viewerUrlFor({ viewerBase: BASE, file });
    expect(url.startsWith(`${BASE}?file=https%3A%2F%2F`)).toBe(true);
    expect(fileParamOf(new URL(url).search)).toEqual({ file: new URL(file).href });
    expect(documentUrlOfViewer({ url, viewerBase: BASE })).toBe(new URL(file).href);
  });

  it('has no document without a parameter, and refuses what it will not fetch', () => {
    expect(fileParamOf('')).toEqual({});
    expect(fileParamOf('?file=')).toEqual({});
    expect(fileParamOf('?file=javascript%3Aalert(1)')).toEqual({ invalid: 'javascript:alert(1)' });
    expect(fileParamOf('?file=data%3Aapplication%2Fpdf%2Cx')).toEqual({ invalid: 'data:application/pdf,x' });
    expect(fileParamOf('?file=not%20a%20url')).toEqual({ invalid: 'not a url' });
    expect(fileParamOf('?file=file%3A%2F%2F%2Ftmp%2Fa.pdf')).toEqual({ file: 'file:///tmp/a.pdf' });
  });

  it('knows its own pages and nobody else’s', () => {
    expect(isViewerUrl({ url: BASE, viewerBase: BASE })).toBe(true);
    expect(isViewerUrl({ url: `${BASE}?file=x`, viewerBase: BASE })).toBe(true);
    expect(isViewerUrl({ url: `${BASE}x`, viewerBase: BASE })).toBe(false);
    expect(isViewerUrl({ url: 'https://example.com/pdf.html?file=x', viewerBase: BASE })).toBe(false);
    expect(isViewerUrl({ url: undefined, viewerBase: BASE })).toBe(false);
    // A file picked by hand: the viewer, but no site to name.
    expect(documentUrlOfViewer({ url: BASE, viewerBase: BASE })).toBeUndefined();
    expect(documentUrlOfViewer({ url: 'https://example.com/a.pdf', viewerBase: BASE })).toBeUndefined();
  });

  it('tells a PDF address by its path', () => {
    expect(looksLikePdfUrl('https://example.com/a/Policy.PDF')).toBe(true);
    expect(looksLikePdfUrl('https://example.com/a/policy.pdf?download=1#x')).toBe(true);
    expect(looksLikePdfUrl('file:///home/me/eob.pdf')).toBe(true);
    expect(looksLikePdfUrl('https://example.com/policy.pdf.html')).toBe(false);
    expect(looksLikePdfUrl('https://example.com/view?file=a.pdf')).toBe(false);
    expect(looksLikePdfUrl('chrome://settings/a.pdf')).toBe(false);
    expect(looksLikePdfUrl(undefined)).toBe(false);
  });

  it('names the file to show and to download', () => {
    expect(fileNameOf('https://example.com/docs/Nerve%20Policy.pdf?x=1')).toBe('Nerve Policy.pdf');
    expect(fileNameOf('https://example.com/')).toBe('document.pdf');
    expect(fileNameOf('nonsense')).toBe('document.pdf');
  });
});
