// TEMPORARY stub: replaced by the real parser (issue 3).
import type { CodeEntry } from './schema';
export interface SourceFile {
  file: string;
  text: string;
}
export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}
export function parseSource({ file, text }: SourceFile): CodeEntry {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => /^CPT \d{5}: /.test(l));
  if (i < 0) throw new SourceError(file, 1, 'no title line');
  const m = /^CPT (\d{5}): (.*)$/.exec(lines[i] ?? '')!;
  return {
    code: m[1]!,
    title: m[2]!,
    summary: ['x'],
    keyPayers: [],
    billingOverview: 'x',
    serviceType: { available: false, note: 'x' },
    siteOfService: { available: false, note: 'x' },
    clinicalContext: { available: false, note: 'x' },
    modifiers: { rows: [], complete: false },
    mentionedModifiers: [],
    unavailableNotes: [],
    source: { file },
  };
}
