import { describe, expect, it } from 'vitest';
import { codeInQuery, lookUp } from '../../../entrypoints/popup/lookup';

const codes = (query: string) => lookUp(query).results.map((r) => r.code);

describe('lookUp (over the bundled data)', () => {
  it('lists codes by prefix', () => {
    expect(codes('6471')).toEqual(['64712', '64714']);
  });
  it('finds codes by words, best first, and tolerates a typo', () => {
    expect(codes('sciatic').slice(0, 2).sort()).toEqual(['64445', '64712']);
    expect(codes('facial spasm')[0]).toBe('64612');
    expect(codes('sciatc').slice(0, 2).sort()).toEqual(['64445', '64712']);
  });
  it('takes a pasted code with its "CPT" label or modifier', () => {
    expect(codeInQuery('CPT 64712-RT')).toBe('64712');
    expect(codeInQuery('64445 50')).toBe('64445');
    expect(codeInQuery('64712 nerve')).toBeUndefined();
    expect(codes('CPT: 64712')).toEqual(['64712']);
  });
  it('names a well-formed code the data lacks instead of listing nothing', () => {
    expect(lookUp('99213')).toEqual({ results: [], missingCode: '99213' });
    expect(lookUp('9921')).toEqual({ results: [] });
  });
  it('shows nothing for an empty query', () => {
    expect(lookUp('   ')).toEqual({ results: [] });
  });
  it('gives each result its title and service type', () => {
    const [first] = lookUp('64712').results;
    expect(first?.title).toMatch(/Sciatic Nerve/);
    expect(first?.detail).toBeTruthy();
  });
});
