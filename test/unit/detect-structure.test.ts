import { describe, expect, it } from 'vitest';
import { type DetectContext, detect } from '../../lib/detect';
import { structuredCodes } from '../../lib/detect/structured';
import { KNOWN_5, KNOWN_10K } from '../corpus/known';

/**
 * Structural evidence (issue 11, twelfth pass): what the shape of a page's text says about a number, whatever its
 * vendor's words. Each case pairs a code with a number that differs only in what the rule reads, so removing the rule
 * fails it.
 */
const codes = (text: string, context?: DetectContext, known: ReadonlySet<string> = KNOWN_5) =>
  detect({ text, known, context }).map((m) => m.code);

describe('structure: masked identifiers', () => {
  it('reads dots before a number as the masked head of an identifier', () => {
    expect(codes('...64712')).toEqual([]);
    expect(codes('Servicing NPI ending ...64712 approved')).toEqual([]);
    expect(codes('64712')).toEqual(['64712']);
  });
});

describe('structure: X12 with any element separator', () => {
  it('reads a pipe-separated segment ending in the ~ terminator as X12', () => {
    expect(structuredCodes('N4|OMAHA|NE|64714~')).toEqual([]);
    expect(codes('N4|OMAHA|NE|64714~')).toEqual([]);
    expect(structuredCodes('SVC|HC>64712>RT|41795|52623||1~')).toEqual([7]);
  });

  it("reads a segment behind an editor's line-number gutter as X12", () => {
    expect(codes('00049  SV1*HC:64445:59*594*UN*1***1~')).toEqual(['64445']);
    expect(codes('00049  SV1*64445:59*594*UN*1***1~')).toEqual([]);
    expect(codes('00050  REF*6R*64712~')).toEqual([]);
  });
});

describe('structure: HL7 v2', () => {
  it('reads a segment after one word on its line, and only its coded CE', () => {
    const line = 'Original FT1|1|64445||20270110|20270110|CG|64712^Inj sciatic nerve^C4|||1|||';
    expect(codes(line)).toEqual(['64712']);
  });

  it('reads a CE quoted in a text field by its coding system', () => {
    const err = 'ERR||FT1^1^7^1|103^Table value not found^HL70357|E||||FT1-7 value 64714^Destruction^C4 not active';
    expect(codes(err)).toEqual(['64714']);
    expect(codes(err.replace('^C4', '^L'))).toEqual([]);
  });
});

describe('structure: FHIR productOrService', () => {
  it('reads a Coding with no system in productOrService as CPT/HCPCS', () => {
    const item = '{ "productOrService": { "coding": [{ "code": "64445", "display": "Injection, anesthetic" }] } }';
    expect(codes(item)).toEqual(['64445']);
    expect(codes(item.replace('productOrService', 'category'))).toEqual([]);
    // A system that names another coding system still decides.
    expect(codes(item.replace('"code"', '"system": "http://snomed.info/sct", "code"'))).toEqual([]);
  });
});

describe('structure: prose and lists', () => {
  it('reads the number after a range and "of" as a total', () => {
    expect(codes('Results 1–10 of 64445')).toEqual([]);
    expect(codes('Results 1–10 for 64445')).toEqual(['64445']);
  });

  it('reads a count word used as a key (units=3) as the next field, not as a count of the number', () => {
    expect(codes('line=1 proc=64632 units=3 rule=MUE-PR')).toEqual(['64632']);
    expect(codes('processed 64632 units today')).toEqual([]);
  });

  it('reads a real modifier in parentheses after the number', () => {
    expect(codes('Services at issue: 64712 (RT) and 64712 (LT) on 09/14/2026')).toEqual(['64712', '64712']);
    expect(codes('Services at issue: 64712 (ZZ) on 09/14/2026')).toEqual([]);
  });

  it('reads the options of a multiple-choice question that asks for a code', () => {
    const options = 'A. 64445   B. 64712   C. 64632';
    expect(codes(options, { before: 'A physician injects the sciatic nerve once. Which code is reported?' })).toEqual([
      '64445',
      '64712',
      '64632',
    ]);
    // Option A has no label at all (prose); the others are decided by the question.
    expect(codes(options, { before: 'Which ZIP code is on the claim?' })).toEqual(['64445']);
    expect(codes(options, { before: 'Which room is the block done in?' })).toEqual(['64445']);
  });

  it("reads a quiz's rationale after its answer", () => {
    // ("is", not "describes": describing a procedure is a code's own evidence since the fifteenth pass.)
    const before = 'Which code is reported?';
    expect(codes('Correct answer: A. Rationale: 64445 is a single injection.', { before })).toEqual(['64445']);
    const other = { before: 'Which room is used?' };
    expect(codes('Correct answer: A. Rationale: 64445 is a single injection.', other)).toEqual([]);
  });
});

describe('structure: table columns', () => {
  it('reads a "code" header no coding system qualifies by its column when most of its numbers are unknown', () => {
    const column = ['64712', '63405', '50668', '50671'];
    const row = ['64712', 'Occipital nerve destruction', '$1,240'];
    expect(codes('64712', { columnHeader: 'Charge code', column, row })).toEqual([]);
    expect(codes('64712', { columnHeader: 'CPT code', column, row })).toEqual(['64712']);
    const codesColumn = ['64712', '64714', '64445', '50671'];
    expect(codes('64712', { columnHeader: 'Charge code', column: codesColumn, row })).toEqual(['64712']);
  });

  it('reads a column of known values written with modifiers as a code column under a header naming no field', () => {
    const column = ['64712-50', '64714 x2', '64445', '64632'];
    const row = ['58233', '64714 x2', '64714 x1', 'Payer requires RT/LT', '0.00', '0'];
    expect(codes('64714 x2', { columnHeader: 'Billed', column, row })).toEqual(['64714']);
    const plain = ['64712', '64714 x2', '64445', '64632'];
    expect(codes('64714 x2', { columnHeader: 'Billed', column: plain, row })).toEqual([]);
  });
});

describe('structure: delimited text', () => {
  it('reads a column holding amounts or counts in its rows as no code column, whatever its header', () => {
    const tsv = (last: string) =>
      ['Acct\tDOS\tCode\tUnits\tCharge', `43817\t01/05/27\t64714\t1\t${last}`, '43830\t01/06/27\t64612\t2\t64612'].join(
        '\n',
      );
    expect(codes(tsv('148000'))).toEqual(['64714', '64612']);
    // Every value of the column has five digits: its header decides, as before.
    expect(codes(tsv('42500'))).toEqual(['64714', '64612', '64612']);
  });
});

describe('structure: fixed-width text', () => {
  const header = 'CDM_NO   DESCRIPTION                     REV  CPT     MOD  PRICE_CENTS  GL_ACCT';
  const row = (code: string, gl: string) =>
    `42719    NEUROLYSIS OCCIPITAL NERVE      0361 ${code}         98410       ${gl}`;

  it('names a number by the header column it sits under, after a column gap', () => {
    expect(codes(`${header}\n${row('64712', '64445')}\n${row('64714', '64445')}`)).toEqual(['64712', '64714']);
    // No header: the list of numbers after the code is read as before.
    expect(codes(`Chargemaster extract\n${row('64712', '64445')}`)).toEqual(['64712', '64445']);
  });

  it('leaves a number that follows no column gap, or sits under no column start, to the other rules', () => {
    const note = `${'note '.repeat(12)}on primary 64445`;
    expect(note.indexOf('64445')).toBe(header.indexOf('GL_ACCT') - 1);
    expect(codes(`${header}\n${row('64712', '64714')}\n${note}`)).toEqual(['64712', '64445']);
    // Prose with two blanks after its sentences is no header line.
    expect(codes('Hi team.  See the list below.  Thanks, Dana\n64712 was denied twice\n64445 too')).toEqual([
      '64712',
      '64445',
    ]);
  });
});

describe('structure: a form-field dump', () => {
  it('reads a "FieldValue:" by the field its record names on an earlier line (pdftk dump_data_fields)', () => {
    const dump = (name: string) => `---\nFieldType: Text\nFieldName: ${name}\nFieldValue: 64714`;
    expect(codes(dump('CPT_1'))).toEqual(['64714']);
    expect(codes(dump('MemberZip'))).toEqual([]);
    expect(codes('FieldValue: 64612', { before: 'FieldName: CPT_2' })).toEqual(['64612']);
    expect(codes('FieldValue: 64612', { before: 'FieldName: ProvPIN' })).toEqual([]);
  });

  it('reads the element before only for a value label (context stays lazy)', () => {
    let reads = 0;
    const context = {
      get before() {
        reads++;
        return 'FieldName: CPT_1';
      },
    };
    expect(codes('Ticket 64714 open', context)).toEqual([]);
    expect(reads).toBe(0);
    expect(codes('FieldValue: 64714', context)).toEqual(['64714']);
    expect(reads).toBe(1);
  });
});

describe('structure: XML elements named by the coding system', () => {
  it('reads the text of an element named CPT or HCPCS as the code, other elements not', () => {
    const xml = (tag: string) =>
      `<Item chargeCode="30712" revCode="0360"><${tag}>64712</${tag}><Price cents="24870"/></Item>`;
    expect(codes(xml('HCPCS'))).toEqual(['64712']);
    expect(codes(xml('CPTCode'))).toEqual(['64712']);
    expect(codes(xml('GLAccount'))).toEqual([]);
  });
});

describe('structure: a composite component between colons', () => {
  it('reads "HC:64445:59" in a grid cell as the procedure of an X12 composite, "64445:59" as a time', () => {
    expect(codes('HC:64445:59', { before: 'SV1' })).toEqual(['64445']);
    expect(codes('HC 64445:59', { before: 'SV1' })).toEqual([]);
  });
});

describe('structure: a data row of values in columns (issue 11, fourteenth pass)', () => {
  const known = new Set([...KNOWN_5, '60054', '33076']);
  it("reads a later known value of a DataFrame or listing row as another column's value, not a code", () => {
    expect(codes('3071  85138  64712  RT  41250  60054  44687  50', undefined, known)).toEqual(['64712']);
    expect(codes('      64714         463        1.40         33076       100.00', undefined, known)).toEqual([
      '64714',
    ]);
    // Ending in a five-digit value: a list of codes in columns, each a code.
    expect(codes('64712   60054   64714', undefined, known)).toEqual(['64712', '60054', '64714']);
    // One blank is no column gap: codes written with their modifiers.
    expect(codes('3071  64712 RT  64714 LT  50', undefined, known)).toEqual(['64712', '64714']);
  });
});

describe('structure: a count before its percentage', () => {
  it('reads a number followed by a percentage in parentheses as a count', () => {
    expect(codes('Results: Of 12406 patients, 64714 (85.4%) had 64712 alone.')).toEqual(['64712']);
    expect(codes('Results: Of 12406 patients, 64714 (85.4) had 64712 alone.')).toEqual(['64714', '64712']);
  });
});

describe('structure: table rows that name the coding system or describe the line (issue 11, fifteenth pass)', () => {
  it('reads a "…_code" column as a code when its row names CPT, not when it names no system', () => {
    const column = ['64632', '64612', '64714', '64445'];
    const row = ['eob-90703', '1', '64632', 'http://www.ama-assn.org/go/cpt', '38458'];
    expect(codes('64632', { columnHeader: 'product_code', column, row })).toEqual(['64632']);
    expect(codes('64632', { columnHeader: 'product_code', column, row: ['eob-90703', '1', '64632', 'draft'] })).toEqual(
      [],
    );
  });
  it('reads a note with a comma in the row as a description, not as a field name', () => {
    const column = ['64714', '64445', '64632', '—'];
    const row = (note: string) => ['1', '64714', '64712', 'RT', 'A', note];
    expect(
      codes('64714', { columnHeader: 'Suggested', column, row: row('Note documents sciatic, not lumbar plexus') }),
    ).toEqual(['64714']);
    expect(codes('64714', { columnHeader: 'Suggested', column, row: row('Note documents sciatic') })).toEqual([]);
  });
});

describe('structure: JSON Patch operations on a Coding (issue 11, fifteenth pass)', () => {
  it("reads the value of a patch whose path ends in a procedure Coding's code, not another path's value", () => {
    const patch = (path: string) => `[\n  { "op": "replace", "path": "${path}", "value": "64714" }\n]`;
    expect(codes(patch('/item/0/productOrService/coding/0/code'))).toEqual(['64714']);
    expect(codes(patch('/procedure/0/procedureCodeableConcept/coding/1/code'))).toEqual(['64714']);
    expect(codes(patch('/provider/identifier/value'))).toEqual([]);
    expect(codes(patch('/item/0/locationCodeableConcept/coding/0/code'))).toEqual([]);
  });
});

describe('structure: a fixed-width header in any case (issue 11, fifteenth pass)', () => {
  it("reads a mixed-case header's column names: a sample listing's Value column is not a code, Procedure is", () => {
    const known = new Set([...KNOWN_5, '25292']);
    const listing = (header: string) =>
      [header, '1      03756   CL-62178-01   64712   1,048.22', '3      25292   CL-62390-01   64632   142.77'].join(
        '\n',
      );
    expect(codes(listing('Order  Value   Claim line   Procedure   Paid'), undefined, known)).toEqual([
      '64712',
      '64632',
    ]);
    // The same rows under a line that is prose, not a header: the value column is left to the other rules.
    expect(codes(listing('Order, value, claim line, procedure, paid.'), undefined, known)).toEqual([
      '64712',
      '25292',
      '64632',
    ]);
  });
});

describe('structure: a FHIR ConceptMap names its targets by the group target system (issue 11, fifteenth pass)', () => {
  it("reads a target Coding as a code when the group's target is CPT, the source code and other targets not", () => {
    const map = (system: string) =>
      [
        '{ "resourceType": "ConceptMap", "group": [ {',
        '  "source": "http://example.org/cdm",',
        `  "target": "${system}",`,
        '  "element": [ {',
        '    "code": "64714", "display": "NEUROLYSIS SCIATIC OPEN (CDM)",',
        '    "target": [ { "code": "64712", "display": "Neuroplasty; sciatic nerve", "equivalence": "equivalent" } ]',
        '  } ] } ] }',
      ].join('\n');
    expect(codes(map('http://www.ama-assn.org/go/cpt'))).toEqual(['64712']);
    expect(codes(map('http://snomed.info/sct'))).toEqual([]);
  });
});

describe('structure: a pipe- or semicolon-delimited export read like a CSV (issue 11, fifteenth pass)', () => {
  it('reads a number by its header field: proc_cd a code, claim_id and pat_zip not', () => {
    for (const sep of ['|', ';']) {
      const text = ['claim_id|proc_cd|pat_zip|units', '64714|64712|64445|1'].join('\n').replaceAll('|', sep);
      expect(codes(text), sep).toEqual(['64712']);
    }
  });
});

describe('structure: a quoted CSV row whose header is out of reach (issue 11, sixteenth pass)', () => {
  const before = 'Payment Weight","January 2027 Payment Rate"';
  it("reads a quoted field followed by a descriptor field as a code, one followed by a flag as the header's value", () => {
    expect(codes('"64445","N block inj sciatic sng","Y","P3","P3","0.3052","$177.34"', { before })).toEqual(['64445']);
    expect(codes('"64445","Y","P3","P3","0.3052","$177.34"', { before })).toEqual([]);
  });
});

describe('structure: columns and rows of quantities (issue 11, seventeenth pass, from sealed16)', () => {
  it('reads a "Services" header over a column of bare numbers as a count of services, not the procedure', () => {
    const column = ['48116', '02097', '64445', '12168'];
    const row = ['64632', 'RT', 'Destr nerve plantar digit', '64445', '6123981.44'];
    expect(codes('64445', { columnHeader: 'ALLOWED SERVICES', column, row })).toEqual([]);
    expect(codes('64445', { columnHeader: 'Services', column: ['64445', '412', '1940'] })).toEqual([]);
    // An ARIA grid gives a header and no column: the header decides.
    expect(codes('64445', { columnHeader: 'Services' })).toEqual(['64445']);
    // A column of phrases and codes under a plural header is the procedure column; "Procedure" names it.
    const phrases = ['64712 Destruction, occipital nerve', '64445', 'Pain consult + 64445'];
    expect(codes('64445', { columnHeader: 'Requested services', column: phrases })).toEqual(['64445']);
    expect(codes('64445', { columnHeader: 'Procedure', column, row })).toEqual(['64445']);
  });

  it('reads a known value in a table row of numbers only as an amount (a lag triangle)', () => {
    const column = ['64714', '10392'];
    const row = ['2026-06', '18214', '46930', '64714', '3114', '0.982'];
    expect(codes('64714', { columnHeader: 'Lag 2', column, row })).toEqual([]);
    const described = ['2026-06', '18214', 'Neuroplasty lumbar plexus', '64714', '3114', '0.982'];
    expect(codes('64714', { columnHeader: 'Lag 2', column, row: described })).toEqual(['64714']);
  });

  it("reads a later known value of a pipe-delimited record as another field's value", () => {
    expect(codes('58302|HOLLIS R|43611|20260412|64712|64714|20260601|MVH01')).toEqual(['64712']);
    expect(codes('58302|HOLLIS R|43611|20260412|64712|41822|NONE|64445')).toEqual(['64712']);
    // Not a record: a list with spaced pipes, or a URL's coded token list.
    expect(codes('Codes: 64712 | 64714')).toEqual(['64712', '64714']);
    expect(codes('code=http://www.ama-assn.org/go/cpt|64712,http://www.ama-assn.org/go/cpt|64714')).toEqual([
      '64712',
      '64714',
    ]);
  });

  it("reads a tab-separated row's first cell as its key and a later known value as another field's", () => {
    // A CDM export pasted one row per line: CDM_NO, DESCRIPTION, REV_CD, CPT_HCPCS, MOD, PRICE_CENTS, GL_ACCT.
    expect(codes('64714\tNEUROPLASTY SCIATIC NERVE\t0360\t64712\t\t64445\t41796')).toEqual(['64712']);
    expect(codes('64714\t1\t64712\tRT\t1\t64632')).toEqual(['64712']);
    // Not a key: a code and its description alone, two values opening the row (a PTP pair), a row past 200 characters.
    expect(codes('64714\tNEUROPLASTY LUMBAR PLEXUS\t0360\t12.50')).toEqual(['64714']);
    expect(codes('64714\t64445\t20090101\t*\t1')).toEqual(['64714', '64445']);
    expect(codes(`64714\tNeuroplasty lumbar plexus${' x'.repeat(120)}\t64712`)).toEqual(['64714', '64712']);
  });

  it("reads a column of bare numbers beside the row's CPT/HCPCS column as another field, not a second code column", () => {
    const headers = ['CPT', 'Cost center', 'Stat code', 'Notes'];
    const column = ['64445', '64712', '64445', '15917'];
    const row = ['64712', '51169', '64445', 'Neurosurgery OR'];
    expect(codes('64445', { columnHeader: 'Stat code', column, row, headers })).toEqual([]);
    // Two code columns whose headers name no coding system ("Add-on Code" / "Primary Code", NCCI "Column 1" /
    // "Column 2"), or no procedure code in the CPT column of this row: the column's population decides.
    const addOn = ['Add-on Code', 'Eff Date', 'Primary Code', 'Notes'];
    expect(codes('64445', { columnHeader: 'Primary Code', column, row, headers: addOn })).toEqual(['64445']);
    const uncoded = ['n/a', '51169', '64445', 'Neurosurgery OR'];
    expect(codes('64445', { columnHeader: 'Stat code', column, row: uncoded, headers })).toEqual(['64445']);
  });

  it("reads a row's description as another cell's code's when a phrase cell of the row holds a known code", () => {
    // Too few values for the column's population to say anything: the row decides.
    const column = ['86678', '64445'];
    const row = ['64445', 'OZ Op report', '1', 'Line 3 64632', 'Received'];
    expect(codes('64445', { columnHeader: 'ACN', column, row })).toEqual([]);
    // The same row with no other code, or with this number in a phrase cell ("REF 64445"): the description is its.
    const own = ['64445', 'OZ Op report', '1', 'REF 64445', 'Received'];
    expect(codes('64445', { columnHeader: 'ACN', column, row: own })).toEqual(['64445']);
    expect(codes('64445', { columnHeader: 'ACN', column, row: ['64445', 'OZ Op report', '1'] })).toEqual(['64445']);
  });
});

describe('structure: raw NCCI PTP rows and key-value tables (issue 11, eighteenth pass)', () => {
  it('reads a line opening with two numbers, a date, a deletion date or *, and a modifier indicator as a code pair', () => {
    const before = 'Effective Date   Deletion Date   Modifier 0=not allowed   PTP Edit Rationale';
    expect(codes('64712  64445     20100101   *   1   Misuse of column two code', { before })).toEqual([
      '64712',
      '64445',
    ]);
    expect(codes('64632  64612  20160101  20251231  9  CPT Manual', { before })).toEqual(['64632', '64612']);
    // Not a PTP row: a date and no modifier indicator.
    expect(codes('64712  64445     20100101   Misuse', { before })).toEqual([]);
  });

  it('reads the field cell of a two-column key-value table before the column of modified codes', () => {
    const column = ['64445', '64612', '64712', 'RT, 59', '64712-26'];
    const context = (row: string[]) => ({ columnHeader: 'Value', headers: ['Field', 'Value'], column, row });
    expect(codes('64445', context(['Transaction ID', '64445']))).toEqual([]);
    expect(codes('64612', context(['Cost center', '64612']))).toEqual([]);
    expect(codes('64712', context(['CPT/HCPCS', '64712']))).toEqual(['64712']);
    expect(codes('64445', context(['Sequence', '64445']))).toEqual(['64445']);
  });
});

describe('structure: CSV rows with no header in reach (issue 11, twentieth pass)', () => {
  it('reads a comma-glued field followed by a modifier, empty or five-digit field, then a number, as a CSV field', () => {
    expect(codes('99412,95037,2026-11-03,64712,RT,920.00,512.40,409.92,407.60,45,68664')).toContain('64712');
    expect(codes('99412,95037,2026-11-03,64714,,610.00,338.15')).toContain('64714');
    expect(codes('72196,10318,2026-10-04,0812,64445,,2,49007,sciatic single,N')).toEqual(['64445']);
    // A field after a count field, followed by an empty one and a letter: no code field.
    expect(codes('72200,10322,2026-10-06,1340,3,64714,,N')).toEqual([]);
    // A decimal comma (European notation) is no field separator.
    expect(codes('Ratio 0,64712 and 3,64445.')).toEqual([]);
  });

  it('reads a CSV field test in a bounded window on a long line', () => {
    const row = `2026-11-03,64712,${','.repeat(20000)}`;
    expect(codes(row)).toEqual([]);
  });
});

describe('structure: a delimited row whose code field has its modifier and fee after it (issue 11, twenty-first pass)', () => {
  const k = KNOWN_10K;
  it('reads an earlier five-digit field of the row as another column (a CMS file’s carrier or MAC)', () => {
    // 05102 and 12302 are in the 10,000-code set: the carrier column of a PFS download with no header line.
    expect(codes('"2026","05102","99","64445","  ","0000118.62","0000071.09"', undefined, k)).toEqual(['64445']);
    expect(codes('2026,12302,01,64712,LT,104.81,66.02', undefined, k)).toEqual(['64712']);
    // The posting CSV's row key before its code field.
    expect(codes('99412,95037,2026-11-03,64714,,610.00,338.15', undefined, k)).toEqual(['64714']);
    // No fee after the later field's modifier: no reading, both stay.
    expect(codes('"2026","05102","99","64445","  ","N/A"', undefined, k)).toEqual(['05102', '64445']);
    // A two-digit field after the later number may be a locality ("64445","","05102","00","118.42": the code first,
    // then the MAC): the code is kept, and the field after its modifier field is the MAC.
    expect(codes('"2027","64445","","05102","00","118.42"', undefined, k)).toEqual(['64445']);
    // Two line items in one row: each has its own modifier and fee.
    expect(codes('64445,RT,142.00,64612,,88.50', undefined, k)).toEqual(['64445', '64612']);
  });

  it("reads a quoted row's field right after its code's modifier field as another column", () => {
    expect(codes('"2027","64445","RT","01182","18","","58.90"', undefined, k)).toEqual(['64445']);
    expect(codes('"2027","64712","","05102","00","","894.37"', undefined, k)).toEqual(['64712']);
    // Two fields between, or a two-digit field (a locality): no reading.
    expect(codes('"64445","","x","05102"', undefined, k)).toEqual(['64445', '05102']);
    expect(codes('"05102","99","64445","  ","N/A"', undefined, k)).toEqual(['05102', '64445']);
  });

  it('reads the row in a bounded window on a long line', () => {
    const row = `"05102",${'"x",'.repeat(20000)}"64445","  ","118.62"`;
    expect(codes(row, undefined, k)).toEqual(['05102', '64445']);
  });
});

describe('structure: a number opening its line under a fixed-width header line (issue 11, twenty-first pass)', () => {
  it("reads the header's first column name as the label, when it says code", () => {
    const row = '64445       $96.10     $58.20     $58.20';
    const header = 'Code   Mod  POS 11     POS 22     POS 24     Notes';
    expect(codes(row, { before: `Effective 01/01/2027\n${header}` })).toEqual(['64445']);
    expect(
      codes('64445       $142.67    64632       $410.06', { before: 'Code   Mod  Fee        Code   Mod  Fee' }),
    ).toEqual(['64445', '64632']);
    // The last name alone labels it as before; a first column naming no code leaves the old reading.
    expect(codes(row, { before: 'Notes' })).toEqual([]);
    expect(codes(row, { before: 'Claim   Mod  POS 11     Notes' })).toEqual([]);
    // Not opening its text: the header's first column is not its column.
    expect(codes(`Rate ${row}`, { before: header })).toEqual([]);
  });

  it('reads the header line in a bounded window on a long line', () => {
    // A 100,000-character header line: only its last 200 characters are read ("Fee" first there, no code name).
    const before = `${'Fee  '.repeat(20000)}Notes`;
    expect(codes('64445       $96.10', { before })).toEqual([]);
  });
});

describe('structure: free text in XML, by its shape (issue 11, h11struct)', () => {
  it('reads a phrase in an XML attribute value as prose (FHIR XML `<text value>`)', () => {
    const note =
      '  <processNote><text value="Line 3 64445 denied: bundled into 64712 (NCCI). Ref 58069."/></processNote>';
    expect(codes(note)).toEqual(['64445', '64712']);
    expect(codes('<processNote><number value="2"/><text value="Line 3 (64714) denied: see line 2"/>')).toEqual([
      '64714',
    ]);
    // The prose rules still decide in it; a bare value (an identifier) is the format's, not a code.
    expect(codes('  <processNote><text value="Appeal ref 64712 opened"/></processNote>')).toEqual([]);
    expect(
      codes('<identifier><system value="https://payer.example/claim"/><value value="64712"/></identifier>'),
    ).toEqual([]);
  });

  it('reads a phrase as the text of an XML element as prose (HL7 v2 XML `<NTE.3>`, a `<note>`)', () => {
    expect(codes('<NTE><NTE.3>LT SIDE OF BILATERAL 64612, RT ON LINE 2</NTE.3></NTE>')).toEqual(['64612']);
    expect(codes('<note author="QA">Line 2 64445 denied as bundled</note>')).toEqual(['64445']);
    expect(codes('<note author="QA">Acct 64445 closed</note>')).toEqual([]);
    // An element holding just the value is the format's field (HL7 XML FT1.7 stays no code).
    expect(codes('<FT1.7><CWE.1>64712</CWE.1><CWE.2>Neuroplasty, major nerve</CWE.2></FT1.7>')).toEqual([]);
    expect(codes('<PID.11><XAD.5>64445</XAD.5></PID.11>')).toEqual([]);
  });

  it('reads free text in a window of 200 characters on a long line', () => {
    // The opening of the free text is 100,000 characters back: out of the window, so no reading (and no cost).
    expect(codes(`<text value="${'x '.repeat(50000)}64445 denied"/>`)).toEqual([]);
    expect(codes(`<a b="1"/>${'<i k="v"/>'.repeat(10000)}<text value="Line 3 64445 denied"/>`)).toEqual(['64445']);
  });
});

describe('structure: a delimited row opening with a code and its descriptor (issue 11, h11struct)', () => {
  it('reads a number opening an unquoted row, a descriptor field after empty or modifier fields, as a code', () => {
    const header = 'HCPCS,MOD,DESCRIPTION,STATUS CODE,NOT USED FOR MEDICARE PAYMENT,WORK RVU';
    // The line before is a header whose last field ("WORK RVU") would label the number.
    expect(codes('64445,,N block inj sciatic sng,A,,1.39,3.12,,0.45', { before: header })).toEqual(['64445']);
    expect(codes('64445,RT,Injection anesthetic agent sciatic,A', { before: header })).toEqual(['64445']);
    expect(codes('"64445","","N block inj sciatic sng","A"', { before: header })).toEqual(['64445']);
    // Not a descriptor (a count, a name, a prose clause after a comma), or not opening the row: no reading.
    expect(codes('64445,,1.39,3.12,,0.45', { before: header })).toEqual([]);
    expect(codes('64445, the sciatic nerve block', { before: header })).toEqual([]);
    expect(codes('Acct 64445,,n block inj sciatic,A', { before: header })).toEqual([]);
  });

  it('reads the row in bounded steps on a long line', () => {
    expect(codes(`64445,,N block inj${' sciatic'.repeat(20000)},A`)).toEqual(['64445']);
    expect(codes(`64445,${'"",'.repeat(50000)}N block inj sciatic,A`, { before: 'WORK RVU' })).toEqual([]);
  });
});

describe('structure: a node holding just an HL7 v2 CE/CWE (issue 11, h11struct)', () => {
  it('reads the identifier of a CE whose coding system is CPT/HCPCS as a code, whatever the column says', () => {
    // A message tree viewer's "Value" column of identifiers (one known decoy, unknown ZIPs and ids).
    const column = ['74361', '64632', '45601', '12761', '12511', '64612^CHEMODENERVATION FACIAL NERVE^C4'];
    const context = { columnHeader: 'Value', column, row: ['FT1-25', 'Procedure Code', column[5]!] };
    expect(codes(' 64612^CHEMODENERVATION FACIAL NERVE^C4', context)).toEqual(['64612']);
    expect(structuredCodes(' 64612^CHEMODENERVATION FACIAL NERVE^C4')).toEqual([1]);
    // Another coding system (a chargemaster's) or a CE among other text: not read this way.
    expect(structuredCodes('64612^CHEMODENERVATION FACIAL NERVE^LMCCDM')).toBeUndefined();
    expect(structuredCodes('Use 64612^CHEMODENERVATION^C4')).toBeUndefined();
  });

  it('reads a CE in a bounded window on a long cell', () => {
    expect(structuredCodes(`64612^${'X'.repeat(100000)}^C4`)).toBeUndefined();
  });
});

describe('structure: FHIR RDF Turtle (issue 11, h11struct)', () => {
  const coding = (system: string, code: string) =>
    `fhir:Claim.item.productOrService [\n  fhir:CodeableConcept.coding [\n    fhir:Coding.system [ fhir:value "${system}" ] ;\n    fhir:Coding.code [ fhir:value "${code}" ] ] ] ;\n  fhir:Claim.item.locationAddress [ fhir:Address.postalCode [ fhir:value "64612" ] ]`;

  it("reads a Turtle Coding's code by its sibling system, as FHIR XML's", () => {
    expect(codes(coding('http://www.ama-assn.org/go/cpt', '64714'))).toEqual(['64714']);
    // Another system, or an identifier's or a postal code's value: not a code.
    expect(codes(coding('http://snomed.info/sct', '64714'))).toEqual([]);
    expect(codes('fhir:Identifier.value [ fhir:value "64612" ] ;')).toEqual([]);
  });

  it('reads a phrase in a Turtle string as prose', () => {
    const note = 'fhir:ClaimResponse.processNote.text [ fhir:value "Line 3 64445 denied: bundled into 64712" ] ;';
    expect(codes(note)).toEqual(['64445', '64712']);
    expect(codes('fhir:ClaimResponse.processNote.text [ fhir:value "Appeal ref 64712 opened" ] ;')).toEqual([]);
  });

  it('reads a Coding in bounded steps on a long line', () => {
    const long = `fhir:Coding.system [ fhir:value "http://www.ama-assn.org/go/cpt" ${' '.repeat(100000)}] ; fhir:Coding.code [ fhir:value "64714" ]`;
    expect(codes(long)).toEqual(['64714']);
    expect(
      codes(
        `fhir:Coding.system [${' '.repeat(100000)}fhir:value "http://www.ama-assn.org/go/cpt" ] ; fhir:Coding.code [ fhir:value "64714" ]`,
      ),
    ).toEqual([]);
  });
});

describe('structure: X12 free-text segments NTE and K3 (issue 11, h11struct)', () => {
  it("reads an X12 NTE's description or a K3's text as prose, like MSG", () => {
    const line = 'SV1*HC:64712:RT*1200*UN*1***1~\n';
    expect(codes(`${line}NTE*ADD*LT SIDE OF BILATERAL 64612, RT ON LINE 2~`)).toEqual(['64712', '64612']);
    expect(codes(`${line}K3*BILL 64612 WITH MODIFIER 50~`)).toEqual(['64712', '64612']);
    // The prose rules decide in it; any other segment's number is not a code.
    expect(codes('CLM*A1*1200***11:B:1~\nNTE*ADD*ACCT 64612 CLOSED~')).toEqual([]);
    expect(codes(`${line}REF*9F*64612 2~`)).toEqual(['64712']);
  });
});

describe('structure: a column writing a known value with a modifier after a blank (issue 11, h11struct)', () => {
  it('reads a column of known values under a header no list knows as codes when one is written "64712 RT"', () => {
    const row = ['FB Forwarding balance', '80110', '-1,210.00', '2226301119020', '64712 RT'];
    const context = { columnHeader: 'Orig. line', column: ['64445 59', '64712 RT', '', '64612'], row };
    expect(codes('64712 RT', context)).toEqual(['64712']);
    // No modifier in the column: the header no list knows stays a label (an identifier).
    expect(codes('64712', { ...context, column: ['64445', '64712', '', '64612'] })).toEqual([]);
  });
});

describe('structure: a quoted phrase cell of a CSV export is free text (issue 11, twenty-third pass)', () => {
  const header = 'description,code|1,code|1|type,setting,additional_generic_notes';
  it('reads a number in a quoted phrase cell by the prose rules, not by its column', () => {
    const text = [
      header,
      '"CHEMODENERVATION FACIAL NERVE MUSC",64612,CPT,outpatient,"Bilateral billed as 2 units; see 64612-50 note"',
      '"NERVE BLOCK SCIATIC SGL",64445,CPT,inpatient,"Included in DRG case rate; contract 64714"',
      '"OR TIME NEURO EA 15 MIN",64632,CDM,outpatient,64712',
    ].join('\n');
    const found = detect({ text, known: KNOWN_5 });
    expect(found.map((m) => m.code)).toEqual(['64612', '64612', '64445']);
    expect(found[1]!.modifiers).toEqual(['50']);
  });

  it('keeps a long row cheap', () => {
    const text = `${header}\n"DESC",64612,CPT,outpatient,"${'see note '.repeat(11_200)}64445-50"`;
    expect(text.length).toBeGreaterThan(100_000);
    const t0 = performance.now();
    expect(codes(text)).toContain('64612');
    expect(performance.now() - t0).toBeLessThan(200);
  });
});

describe('structure: issue 11 pass 25 (sealed25 and sealed26), developer tooling', () => {
  it('reads a snake_case "…_code" header naming no coding system as a generic code header ("charge_code")', () => {
    // A daff diff of a chargemaster extract: charge_code beside cpt, the row's cpt cell holds the code.
    const headers = ['@@', 'charge_code', 'description', 'rev_code', 'cpt', 'default_mod', 'price'];
    const column = ['36018', '36019', '36020', '64612'];
    const row = ['+++', '64612', 'CHEMODENERV FACIAL NRV UNI', '0361', '64612', '', '410.00'];
    expect(codes('64612', { columnHeader: 'charge_code', column, row, headers })).toEqual([]);
    expect(codes('64612', { columnHeader: 'cpt_code', column, row, headers })).toEqual(['64612']);
  });

  it("reads a later known value of a DataFrame print's row (a row index opens it) as another column's", () => {
    const row = '6  26A0320560        1  64445  NaN      1   702.00    0.00    16     64714    43219';
    expect(codes(row)).toEqual(['64445']);
    // No row index: the values after the code are read as before.
    expect(codes(row.replace('6  26A', 'Row 6: 26A'))).toEqual(['64445', '64714']);
    const long = `6  ${'x  '.repeat(34_000)}64445  NaN  64714  43219`;
    expect(long.length).toBeGreaterThan(100_000);
    const far = `6  64445  ${'x  '.repeat(34_000)}64714  43219`;
    const t0 = performance.now();
    codes(long);
    codes(far);
    expect(performance.now() - t0).toBeLessThan(200);
  });
});
