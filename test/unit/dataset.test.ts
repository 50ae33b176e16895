/** lib/dataset over the real bundled data (served by data/plugin.ts through the WXT Vitest plugin). */

import { codes, version } from 'virtual:cpt-lens/codes';
import { describe, expect, it } from 'vitest';
import { codeCount, datasetVersion, getEntry, MEANING_NOT_BUNDLED, modifierMeaning, search } from '../../lib/dataset';

const codesOf = (query: string, limit?: number) => search(query, { limit }).map((hit) => hit.entry.code);

describe('lookup', () => {
  it('by code', () => {
    expect(getEntry('64712')?.title).toBe('Open Neurolysis of Sciatic Nerve, Release of Compression');
    expect(getEntry('64714')?.modifiers.rows[0]?.code).toBe('RT');
    expect(getEntry('99213')).toBeUndefined();
    expect(getEntry('6471')).toBeUndefined();
  });

  it('version and count agree with the codes module the content script gets', () => {
    expect(codeCount).toBe(5);
    expect(datasetVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(version).toBe(datasetVersion);
    expect(codes).toEqual(['64445', '64612', '64632', '64712', '64714']);
  });

  it('modifier meanings for every modifier the sources name; others are not bundled', () => {
    for (const code of ['26', '50', 'LT', 'RT']) expect(modifierMeaning(code)).toMatch(/\w/);
    expect(modifierMeaning('rt')).toBe(modifierMeaning('RT'));
    expect(modifierMeaning('ZZ')).toBeUndefined();
    expect(MEANING_NOT_BUNDLED).toBe('meaning not bundled');
  });
});

describe('search', () => {
  it('"sciatic" finds 64712 and 64445, nothing else', () => {
    expect(codesOf('sciatic').sort()).toEqual(['64445', '64712']);
  });

  it('"facial" finds 64612 alone', () => {
    expect(codesOf('facial')).toEqual(['64612']);
  });

  it('a code prefix finds its codes in code order', () => {
    expect(codesOf('6471')).toEqual(['64712', '64714']);
    expect(codesOf('64')).toEqual(['64445', '64612', '64632', '64712', '64714']);
    expect(codesOf('64632')).toEqual(['64632']);
    expect(codesOf('6499')).toEqual([]);
  });

  it('several words: the entries that match the most of them, best first', () => {
    expect(codesOf('nerve block')).toEqual(['64445']);
    expect(codesOf('sciatic nerve')[0]).toBe('64445');
    expect(codesOf('facial spasm')).toEqual(['64612']);
    expect(codesOf('open neurolysis')).toEqual(['64712', '64714']);
    expect(codesOf('lumbar plexus')).toEqual(['64714']);
  });

  it('tolerates typos', () => {
    expect(codesOf('sciatc').sort()).toEqual(['64445', '64712']);
    expect(codesOf('neurolisis')).toEqual(expect.arrayContaining(['64612', '64632', '64712', '64714']));
    expect(codesOf('facail')).toEqual(['64612']);
    expect(codesOf('lumbr')).toEqual(['64714']);
  });

  it('matches word prefixes as the user types', () => {
    expect(codesOf('lumb')).toEqual(['64714']);
    expect(codesOf('inj')).toEqual(['64445', '64612']);
  });

  it('searches the service type and the site of service too', () => {
    // Only 64632's service type says "interventional pain procedure".
    expect(codesOf('interventional pain')[0]).toBe('64632');
    // "pain clinic" is 64632's site of service; 64612 follows on "painful ... clinical" (prefixes).
    expect(codesOf('pain clinic')[0]).toBe('64632');
    expect(codesOf('procedure suites')).toEqual(['64445']);
  });

  it('ranks better matches higher and honours the limit', () => {
    const hits = search('neurolysis', { limit: 10 });
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(codesOf('neurolysis', 2)).toHaveLength(2);
  });

  it('nothing for blank, stop words or unknown words', () => {
    expect(search('')).toEqual([]);
    expect(search('  the of  ')).toEqual([]);
    expect(search('cardiology')).toEqual([]);
  });
});
