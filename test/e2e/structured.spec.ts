/**
 * Structured text on live pages (issue 11): for X12, HL7 v2, FHIR JSON, CDA, FHIR XML and CSV, a `<pre>` block and a
 * parsed table beside it. Only the values the coding system (or the table's row and column) names a CPT/HCPCS code are marked;
 * identifiers with the same digits are left alone.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const HIGHLIGHTS = ['cpt-lens-underline', 'cpt-lens-background'];

/** Every marked range as `container:code:what precedes it in its text node`, sorted. */
async function marks(page: Page): Promise<string[]> {
  return page.evaluate((names) => {
    const out: string[] = [];
    for (const name of names) {
      for (const range of CSS.highlights.get(name) ?? []) {
        const node = range.startContainer as Text;
        const container = node.parentElement?.closest('pre, table')?.id ?? '?';
        const before = node.data.slice(Math.max(0, range.startOffset - 4), range.startOffset);
        out.push(`${container}:${node.data.slice(range.startOffset, range.endOffset)}:${before}`);
      }
    }
    return out.sort();
  }, HIGHLIGHTS);
}

const cases: [string, string[]][] = [
  [
    'x12.html',
    // Only the SVC composites after HC (`:` and `>` separators); TRN, CLP, REF, SE, ISA, GS values are identifiers.
    ['parsed:64445:', 'parsed:64712:', 'raw:64445:*HC>', 'raw:64712:*HC:'],
  ],
  [
    'x12-pipe.html',
    // The ISA segment declares `|` elements and `>` components: only the SV1 composites after HC; the ISA, GS, NM1,
    // SBR and CLM values are identifiers.
    ['parsed:64445:', 'parsed:64712:', 'raw:64445:|HC>', 'raw:64712:|HC>'],
  ],
  [
    'hl7.html',
    // FT1-25 (CPT), PR1-3 (CPT4), OBR-4's alternate code (C4); not OBR-4's local code, not MSH-10, PID-3, FT1-2.
    ['parsed:64632:', 'parsed:64712:', 'raw:64445:K^L^', 'raw:64632:|1||', 'raw:64712:||||'],
  ],
  [
    'fhir.html',
    // The CPT and HCPCS codings; not the SNOMED one, the identifier value, the reference or the postal code.
    ['parsed:64612:', 'parsed:64712:', 'raw:64612:": "', 'raw:64712:": "'],
  ],
  [
    'cda.html',
    // code="…" with codeSystem 6.12 / 6.285; not the SNOMED target site, the id extension or the postal code.
    ['parsed:64632:', 'parsed:64712:', 'raw:64632:de="', 'raw:64712:de="'],
  ],
  [
    'fhir-xml.html',
    // FHIR XML Codings whose <system value> is CPT or HCPCS; not the SNOMED one, the identifier value or the postal code.
    ['parsed:64612:', 'parsed:64632:', 'raw:64612:ue="', 'raw:64632:ue="'],
  ],
  [
    'csv.html',
    // The header row names the columns of the rows below: only the cpt column; not the encounter, HAR, cents or ZIP.
    ['parsed:64445:', 'parsed:64712:', 'raw:64445:445,', 'raw:64712:445,'],
  ],
];

for (const [fixture, expected] of cases) {
  test(`${fixture}: codes marked in the raw block and the parsed table, identifiers left alone`, async ({
    page,
    server,
  }) => {
    await page.goto(server.url(`structured/${fixture}`));
    await expect.poll(() => marks(page), { timeout: 15_000 }).toEqual(expected);
  });
}
