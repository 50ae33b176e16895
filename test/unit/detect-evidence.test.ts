import { describe, expect, it } from 'vitest';
import { classifyLabel, type DetectContext, detect } from '../../lib/detect';
import { structuredCodes } from '../../lib/detect/structured';
import { KNOWN_5, KNOWN_10K } from '../corpus/known';

/**
 * One block per kind of evidence (issue 11). Each case pairs a code with an identifier that differ only in what the
 * rule reads, so removing the rule fails it.
 */
const codes = (text: string, context?: DetectContext, known: ReadonlySet<string> = KNOWN_5) =>
  detect({ text, known, context }).map((m) => m.code);
const starts = (text: string, context?: DetectContext) => detect({ text, known: KNOWN_5, context }).map((m) => m.start);

describe('evidence: the bound label', () => {
  it('reads a label no list knows as an identifier', () => {
    for (const t of ['FIN 64712', 'HAR 64445', 'Remit box 64714', 'Plan line 64632', 'Tax code 64612']) {
      expect(codes(t), t).toEqual([]);
    }
    expect(codes('Plan: Gold PPO 64714')).toEqual([]);
    expect(codes('Pay online with code 64612')).toEqual([]);
    expect(codes('64712', { before: 'Guarantor' })).toEqual([]);
    expect(codes('64712', { before: 'Dept.' })).toEqual([]);
    // The bound word is the label; a procedure word further back (another element) is not.
    expect(codes('PMG 64714', { before: 'Hosp Svc' })).toEqual([]);
    expect(codes('64714', { before: 'Hosp Svc' })).toEqual(['64714']);
  });

  it('needs positive evidence beside a label: procedure words, coding verbs, modifiers, lists', () => {
    for (const t of [
      'CPT 64712',
      'Proc code 64712',
      'Svc 64712',
      'Report 64612 once',
      'Bill 64712-RT',
      'coded as 64714',
    ]) {
      expect(codes(t), t).not.toEqual([]);
    }
    // A modifier written with the code outweighs a label no list knows.
    expect(codes('Seq 64712-RT')).toEqual(['64712']);
    expect(codes('Seq 64712')).toEqual([]);
    // A list takes its first member's verdict.
    expect(codes('Procedures: 64712, 64445')).toEqual(['64712', '64445']);
    expect(codes('FIN 64712, 64445')).toEqual([]);
  });

  it('keeps bare numbers in prose as codes', () => {
    expect(codes('The surgeon performed 64714 under general anesthesia.')).toEqual(['64714']);
    expect(codes('Neurolysis, sciatic nerve (64712)')).toEqual(['64712']);
    expect(codes('Your claim (64445) was received')).toEqual([]);
  });
});

describe('evidence: the add-on mark', () => {
  it('reads +64445 as a code even after a label no list knows', () => {
    expect(codes('Block +64445')).toEqual(['64445']);
    expect(codes('Block 64445')).toEqual([]);
    expect(codes('1+64445')).toEqual([]);
  });
});

describe('evidence: the table column', () => {
  const cptColumn = ['64712', '64714', '64445', '64632'];
  const idColumn = ['64712', '71188', '71200', '80213'];

  it('obeys a header that names another field, even over a known code', () => {
    expect(codes('64712', { columnHeader: 'Vendor #', column: cptColumn })).toEqual([]);
    expect(codes('64712', { columnHeader: 'Locality', column: cptColumn })).toEqual([]);
    expect(codes('64712', { columnHeader: 'Control no.', column: cptColumn })).toEqual([]);
    expect(codes('64712', { columnHeader: 'CPT', column: idColumn })).toEqual(['64712']);
  });

  it('judges a weak header by the column population', () => {
    expect(codes('64712', { columnHeader: 'Column 1', column: cptColumn })).toEqual(['64712']);
    expect(codes('64712', { columnHeader: 'Column 1', column: idColumn })).toEqual([]);
    expect(codes('64712', { columnHeader: 'CDM', column: idColumn })).toEqual([]);
  });

  it('reads the row when the column says nothing: a field name, a coding system, a description', () => {
    expect(codes('64712', { columnHeader: 'Value', row: ['SVC', 'Adjudicated procedure code', '64712'] })).toEqual([
      '64712',
    ]);
    expect(codes('64712', { columnHeader: 'Value', row: ['REF', 'Line item control number', '64712'] })).toEqual([]);
    expect(codes('64712', { columnHeader: 'Value', row: ['OBR', '4', '64712', 'C4'] })).toEqual(['64712']);
    expect(codes('64712', { columnHeader: 'Value', row: ['OBR', '4', '64712', ''] })).toEqual([]);
  });

  it('lets a procedure header name a phrase cell', () => {
    expect(codes('INJ SCIATIC NERVE 64445', { columnHeader: 'Procedure' })).toEqual(['64445']);
    expect(codes('NERVE BLOCK TRAY 64445', { columnHeader: 'Procedure' })).toEqual(['64445']);
    // (An anatomical adjective before "nerve" names the procedure on its own since the twentieth pass.)
    expect(codes('NERVE BLOCK TRAY 64445', { columnHeader: 'Notes' })).toEqual([]);
  });

  it('holds with 10,000 known codes: an identifier column stays an identifier column', () => {
    const ids = ['41180', '41185', '41202', '41217', '41233', '41240', '41251', '41260'];
    const hit = ids.find((id) => KNOWN_10K.has(id)) ?? '64712';
    expect(codes(hit, { columnHeader: 'Pt Acct', column: ids }, KNOWN_10K)).toEqual([]);
    expect(codes(hit, { columnHeader: 'Ref col', column: ids }, KNOWN_10K)).toEqual([]);
  });
});

const X12 =
  'ISA*00*          *00*          *ZZ*64714          *ZZ*PAYER*261012*0930*^*00501*000000001*0*P*:~' +
  'TRN*1*64712*1436210912~N4*KANSAS CITY*MO*64111~CLP*64632*1*2450*1289.92~SVC*HC:64712:RT*1450*812.40**1~' +
  'REF*6B*64445~SV1*HC>64445*700*UN*1~SV2*0360*HC^64632*300*UN*1~';

describe('evidence: X12', () => {
  it('marks only the procedure after HC in SV1/SV2/SV3/SVC, whatever the component separator', () => {
    const found = detect({ text: X12, known: KNOWN_5 }).map((m) => [m.code, m.start]);
    expect(found).toEqual([
      ['64712', X12.indexOf('HC:64712') + 3],
      ['64445', X12.indexOf('HC>64445') + 3],
      ['64632', X12.indexOf('HC^64632') + 3],
    ]);
  });

  it('trusts the qualifier over words', () => {
    expect(codes('SV1*ZZ:64712*1450*UN*1~')).toEqual([]);
    expect(codes('REF*CPT*64712~')).toEqual([]);
  });
});

describe('evidence: HL7 v2', () => {
  const msg = [
    'MSH|^~\\&|EPIC|KCMC|PB|KCMC|202610021530||DFT^P03|64445|P|2.5',
    'PID|1||64612^^^KCMC^MR||DOE^JANE',
    `FT1|1|64712||20261002|20261002|CG|64632^NEUROPLASTY^L|||1|1450.00||||||||G57.01^^I10|1548293710|||||64712^NEUROPLASTY SCIATIC^CPT|RT`,
    'PR1|1||64632^DESTRUCTION^CPT4|||20261002',
    'PR1|2||64612^LOCAL^99LOC',
    'OBR|1|64612|64712|64445^SCIATIC BLOCK^L^64714^NEUROPLASTY^C4',
  ].join('\r');

  it('marks only CPT/HCPCS-coded components of FT1-25, PR1-3 and OBR-4', () => {
    const found = detect({ text: msg, known: KNOWN_5 }).map((m) => m.code);
    expect(found).toEqual(['64712', '64632', '64714']);
  });
});

describe('evidence: JSON (FHIR)', () => {
  const json = JSON.stringify(
    {
      resourceType: 'Claim',
      identifier: [{ system: 'https://payer.example.org/claim', value: '64714' }],
      item: [
        { productOrService: { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '64712' }] } },
        { productOrService: { coding: [{ code: '64445', system: 'http://snomed.info/sct' }] } },
        { locationAddress: { postalCode: '64632' } },
        { productOrService: { coding: [{ code: '64612', system: 'urn:oid:2.16.840.1.113883.6.285' }] } },
      ],
    },
    null,
    2,
  );

  it('marks a "code" beside a CPT or HCPCS "system" only', () => {
    expect(codes(json)).toEqual(['64712', '64612']);
  });

  it('reads a highlighted value by the key and system before it', () => {
    expect(codes('"64714"', { before: '{ "system": "http://www.ama-assn.org/go/cpt", "code":' })).toEqual(['64714']);
    expect(codes('"64714"', { before: '{ "system": "http://loinc.org", "code":' })).toEqual([]);
  });
});

describe('evidence: XML (CDA)', () => {
  const xml = `<entry>
  <code code="64712" codeSystem="2.16.840.1.113883.6.12" displayName="Neuroplasty"/>
  <code codeSystem="2.16.840.1.113883.6.285" code="64632"/>
  <code code="64714" codeSystem="2.16.840.1.113883.6.96"/>
  <id root="2.16.840.1.113883.19" extension="64445"/>
  <postalCode>64612</postalCode>
</entry>`;

  it('marks code="…" with a CPT-4 or HCPCS codeSystem only', () => {
    expect(codes(xml)).toEqual(['64712', '64632']);
  });
});

describe('structured sniff', () => {
  it('leaves ordinary prose alone', () => {
    expect(structuredCodes('CPT 64712 was billed on 10/02/2026; ZIP 64111.')).toBeUndefined();
    expect(starts('CPT 64712 was billed')).toEqual([4]);
  });
});

describe('evidence: a coding system named in a table row', () => {
  it('lets the row system decide under a bare "code" header', () => {
    const cpt = ['http://www.ama-assn.org/go/cpt', '64712', 'Neuroplasty'];
    const snomed = ['http://snomed.info/sct', '64712', 'Neuroplasty (procedure)'];
    expect(codes('64712', { columnHeader: 'code', row: cpt })).toEqual(['64712']);
    expect(codes('64712', { columnHeader: 'code', row: snomed })).toEqual([]);
  });
});

describe('evidence: rules that make the detector generalise (issue 11, second pass)', () => {
  it('reads the word after a subject pronoun as a verb, not a label', () => {
    expect(codes('If you believe 64612 should be covered, ask your provider')).toEqual(['64612']);
    expect(codes('we consider 64712 experimental')).toEqual(['64712']);
    // Without the pronoun, the same word bound to the number is a label no list knows.
    expect(codes('Believe 64612')).toEqual([]);
  });

  it('takes a list of known codes under a code head as positive evidence', () => {
    expect(codes('64632, 64714', { before: 'Additional codes' })).toEqual(['64632', '64714']);
    expect(codes('64632', { before: 'Additional codes' })).toEqual([]);
    expect(codes('64632, 64714', { before: 'Parking garage' })).toEqual([]);
    expect(codes('FIN 64712, 64445')).toEqual([]);
  });

  it('reads a parsed HL7 v2 row by its segment and field, over the column population', () => {
    const column = ['64445', '64111', '64612', '64712', '64612', '64445', '64714'];
    const ctx = (row: string[]) => ({ columnHeader: 'Column 4', column, row });
    expect(codes('64445', ctx(['PID', '3', '1', '64445', '']))).toEqual([]);
    expect(codes('64712', ctx(['ORC', '3', '1', '64712', '']))).toEqual([]);
    expect(codes('64714', ctx(['PV1-19', '64714']))).toEqual([]);
    expect(codes('64612', ctx(['OBR', '4', '1', '64612', 'C4']))).toEqual(['64612']);
    expect(codes('64612', ctx(['OBR', '4', '1', '64612', '']))).toEqual(['64612']);
    expect(codes('64712', ctx(['FT1', '25', '64712', '']))).toEqual(['64712']);
  });
});

describe('evidence: generalisation pass, new page shapes (tuning4)', () => {
  it('reads AIS-3, the scheduled service of an SIU message, like the other HL7 procedure fields', () => {
    const siu = [
      'SCH|64612^KCMC|64632^SURG',
      'AIS|1|A|64712^NEUROPLASTY SCIATIC^CPT|20261104',
      'AIS|2|A|64445^LOCAL^99X',
    ];
    expect(codes(siu.join('\r'))).toEqual(['64712']);
  });

  it('reads a number after a "code description" line as the next member of a code list', () => {
    expect(codes('64632', { before: '64612 CHEMODENERVATION OF MUSCLE' })).toEqual(['64632']);
    expect(codes('64632', { before: 'Group 1 Codes\n64612 CHEMODENERVATION OF MUSCLE' })).toEqual(['64632']);
    // The line before must start with a code the data knows, and the words must be that line's only content.
    expect(codes('64632', { before: '71188 CHEMODENERVATION OF MUSCLE' })).toEqual([]);
    expect(codes('64632', { before: 'Charge ID 64612 Guarantor' })).toEqual([]);
    expect(codes('64632', { before: 'CHEMODENERVATION OF MUSCLE' })).toEqual([]);
  });

  it('does not let a column of known numbers under a header no list knows make them codes', () => {
    const tcn = ['64712', '64712', '64445', '64714'];
    const row = ['64712', '1', '10/02/26', '64445', 'RT', '1450.00'];
    expect(codes('64712', { columnHeader: 'TCN', column: tcn, row, after: '1' })).toEqual([]);
    // Positive evidence for that cell still counts: a modifier in the next cell, a description in the row.
    expect(codes('64712', { columnHeader: 'TCN', column: tcn, row, after: 'RT' })).toEqual(['64712']);
    expect(
      codes('64712', { columnHeader: 'TCN', column: tcn, row: ['64712', 'Neuroplasty of the sciatic nerve'] }),
    ).toEqual(['64712']);
    // A header that names nothing (a spreadsheet column letter, a "… code" head) leaves it to the population.
    expect(codes('64712', { columnHeader: 'C', column: tcn, row })).toEqual(['64712']);
    expect(codes('64712', { columnHeader: 'Top code', column: tcn, row })).toEqual(['64712']);
  });

  it('reads "code" qualified by a word no list knows as a label, unless a list of codes follows', () => {
    expect(codes('Test code 64712 Lipid panel')).toEqual([]);
    expect(codes('Neuroplasty codes 64712-64714')).toEqual(['64712', '64714']);
    expect(codes('billed under code 64712')).toEqual(['64712']);
  });
});

describe('evidence: third pass (sealed2 misses and tuning5)', () => {
  it('counts a coding verb after the number, behind auxiliaries, as positive evidence', () => {
    expect(codes('Answer: 64632 is reported once per nerve')).toEqual(['64632']);
    expect(codes('Question: Can 64445 be billed by the surgeon?')).toEqual(['64445']);
    expect(codes('only 64712 is coded.')).toEqual(['64712']);
    expect(codes('fyi 64445 got bundled again')).toEqual(['64445']);
    expect(codes('Answer: 64632 is pending')).toEqual([]);
    expect(codes('Ticket 64632 has been resolved')).toEqual([]);
    // After an identifier's abbreviation, the verb tells what happened to that record: "HAR 64612 was billed".
    expect(codes('HAR 64612 was billed')).toEqual([]);
    expect(codes('Harness 64612 was billed')).toEqual(['64612']);
  });

  it('counts "modifier" after the number as positive evidence', () => {
    expect(codes('Block 64445 with modifier 59')).toEqual(['64445']);
    expect(codes('Block 64445 with the others')).toEqual([]);
  });

  it('counts a description after the number as positive evidence, but not after an abbreviation', () => {
    expect(codes('Botox: 64712 sciatic nerve')).toEqual(['64712']);
    expect(codes('Botox: 64712')).toEqual([]);
    // A fee-schedule line whose label is the previous line's last column; a status letter or modifier may come first.
    expect(codes('64445       N BLOCK INJ SCIATIC SNG     142.36', { before: 'NON-FAC   FAC     PA' })).toEqual([
      '64445',
    ]);
    expect(codes('64612  50   DESTROY NERVE FACE MUSCLE', { before: 'Y' })).toEqual(['64612']);
    expect(codes('64445       142.36', { before: 'NON-FAC   FAC     PA' })).toEqual([]);
    // An identifier's abbreviation keeps its number whatever follows; a noun phrase followed by a verb is a count.
    expect(codes('HAR 64612 John Smith')).toEqual([]);
    // Two capitalised words are a name, not a description.
    expect(codes('Botox: 64612 Cardiology Clinic')).toEqual([]);
    expect(codes('Botox: 64612 Facial nerve')).toEqual(['64612']);
    // A word right before the number names a record, and the words after are its title.
    expect(codes('Problem 64712 sciatic nerve')).toEqual([]);
    expect(codes('Catalog 64445 nerve block tray')).toEqual([]);
    expect(codes('Benchmark: 64612 eligible clinicians reported')).toEqual([]);
    expect(codes('Benchmark: 64612 eligible clinicians')).toEqual(['64612']);
  });

  it('counts a list of known codes in the same sentence as positive evidence, but not after an abbreviation', () => {
    expect(codes('NCCI pairs 64712 and 64445, so append modifier 59')).toEqual(['64712', '64445']);
    expect(codes('NCCI pairs to watch: 64712/64445, 64714/64445')).toEqual(['64712', '64445', '64714', '64445']);
    expect(codes('NCCI pairs 64712')).toEqual([]);
    expect(codes('also 3 charges stuck on HAR 64612 and 64632, both pending')).toEqual([]);
    // A field label in another element is not the same sentence.
    expect(codes('64632, 64714', { before: 'Parking garage' })).toEqual([]);
  });

  it('does not let a procedure word behind a bound unknown word and a preposition decide', () => {
    expect(codes('charges on HAR 64612')).toEqual([]);
    expect(codes('charges on 64612')).toEqual(['64612']);
  });

  it('reads pay as a coding verb, want/need/like/say as verbs, number words as fillers', () => {
    expect(codes('Please pay 64712 at the contracted rate')).toEqual(['64712']);
    expect(codes('Dr A wants 64712 but the note reads like 64714 to me')).toEqual(['64712', '64714']);
    expect(codes('Doc says 64714')).toEqual(['64714']);
    expect(codes('Doc 64714')).toEqual([]);
    expect(codes('Our scheduler booked two 64714 cases')).toEqual(['64714']);
    expect(codes('Our scheduler booked Bay 64714 cases')).toEqual([]);
  });

  it('reads the word after a modal as a verb, and "code" after a modal as the coding verb', () => {
    expect(codes('Do not pair 64445 with 64712 when the block is the anesthetic')).toEqual(['64445', '64712']);
    expect(codes('Please pair 64445')).toEqual([]);
    expect(codes('I would code 64714 here')).toEqual(['64714']);
    expect(codes('Parking code 64714 here')).toEqual([]);
  });

  it('ends the qualifier search of a code head at a comma', () => {
    expect(codes('Postoperative pain block, code 64445')).toEqual(['64445']);
    expect(codes('Postoperative pain block code 64445')).toEqual([]);
  });

  it('reads a CSV or TSV header row as the columns of the rows below', () => {
    const csv =
      'enc_csn,har,cpt,mod1,charge_cents,pat_zip\n64714,64445,64712,RT,64632,64157\n64612,64445,64445,,70000,64132';
    expect(starts(csv)).toEqual([csv.indexOf('64712'), csv.lastIndexOf('64445')]);
    const tsv = 'acct_no\tproc\tzip\n64714\t64712\t64111';
    expect(codes(tsv)).toEqual(['64712']);
    // A line with another number of fields is not a row of it; prose is read as prose.
    expect(codes('enc_csn,har,cpt\nCoded 64714 and 64712 today')).toEqual(['64714', '64712']);
  });

  it('reads masked digits before the number as an account tail', () => {
    expect(codes('•••• 64714')).toEqual([]);
    expect(codes('****64714')).toEqual([]);
    expect(codes('• 64714 lumbar plexus')).toEqual(['64714']);
  });

  it('reads a real modifier glued to the code (UB-04)', () => {
    expect(detect({ text: '0360  NEUROPLASTY  64712RT  100226', known: KNOWN_5 })).toEqual([
      { start: 19, end: 24, code: '64712', modifiers: ['RT'] },
    ]);
    expect(codes('64712RT', { columnHeader: '44 HCPCS / RATE / HIPPS CODE' })).toEqual(['64712']);
    expect(codes('64712ZQ')).toEqual([]);
    expect(codes('64712RTX')).toEqual([]);
  });

  it('reads a parenthesised label after the number that names another field', () => {
    expect(codes('Received 64712 (Julian)')).toEqual([]);
    expect(codes('Received 64712')).toEqual(['64712']);
    expect(codes('Bill 64612-50 (1 unit)')).toEqual(['64612']);
    expect(codes('Received 26276 (Julian)', undefined, KNOWN_10K)).toEqual([]);
  });

  it('reads a number in parentheses after a name under a header naming another field as that name’s id', () => {
    expect(codes('Aetna (64612)', { columnHeader: 'Top payer' })).toEqual([]);
    expect(codes('Neuroplasty (64712)', { columnHeader: 'Description' })).toEqual(['64712']);
  });

  it('reads a camelCase field name word by word', () => {
    expect(codes('{"procCode":"64712"}')).toEqual(['64712']);
    expect(codes('{"claimId":"64712"}')).toEqual([]);
    expect(codes('{"proccode":"64712"}')).toEqual([]);
  });

  it('does not read a numbered form box in the next element as a modifier', () => {
    expect(codes('32b. ZZ 64712', { after: '33. BILLING PROV' })).toEqual([]);
    expect(codes('32b. ZZ 64712', { after: '33 BILLING PROV' })).toEqual(['64712']);
  });
});

describe('evidence: fourth pass (sealed3 misses)', () => {
  it('reads an X12 HC composite in any segment (270 EQ, 271 EB), not only SV1/SV2/SV3/SVC', () => {
    const x12 = 'ST*270*0001~TRN*1*64445*9RIVER~EQ**HC:64712~EB*B*IND*****27*75****Y*Y*HC:64632~SE*13*0001~';
    expect(codes(x12)).toEqual(['64712', '64632']);
    // A number in any other element of the same text is still not a code.
    expect(codes('ST*270*0001~TRN*1*64445*9RIVER~EQ**30~SE*13*0001~')).toEqual([]);
  });

  it('reads the free text of an X12 MSG segment by the prose rules', () => {
    expect(codes('ST*271*0001~EB*1*IND*30~MSG*PRIOR AUTH REQUIRED FOR 64612~SE*14*0001~')).toEqual(['64612']);
    // The prose rules still decide: an identifier label in the message is one.
    expect(codes('ST*271*0001~EB*1*IND*30~MSG*CALL REF 64612 FOR STATUS~SE*14*0001~')).toEqual([]);
  });

  it('reads HL7 v2 text OBX-5 and NTE-3 as prose, on their own; other fields stay decided by the format', () => {
    const msh = 'MSH|^~\\&|DICT|RNP|EHR|RNP|20261201||MDM^T02|1|P|2.5.1\n';
    expect(codes(`${msh}OBX|4|TX|OPNOTE^Note^L||CODING SUMMARY: 64712-RT neuroplasty`)).toEqual(['64712']);
    expect(codes(`${msh}NTE|1|L|Bill 64445 with the block`)).toEqual(['64445']);
    // A numeric OBX value and a text OBX's identifier are not codes.
    expect(codes(`${msh}OBX|4|NM|WT^Weight^L||64712`)).toEqual([]);
    expect(codes(`${msh}OBX|4|TX|OPNOTE^Note^L||Dictation job 64712`)).toEqual([]);
  });

  it('reads a FHIR "text" or "div" string as prose, on its own (the key is not a label)', () => {
    const json = (value: string) => `{ "system": "http://example.org/x", "code": "A1", "text": "${value}" }`;
    expect(codes(json('64445 is not separately reported'))).toEqual(['64445']);
    expect(codes(json('Report 64632 once per nerve injected.'))).toEqual(['64632']);
    expect(codes(json('Trace 64632 for the appeal.'))).toEqual([]);
    expect(codes('{ "system": "http://example.org/x", "value": "Report 64632 once" }')).toEqual([]);
  });
});

describe('evidence: fourth pass, table columns', () => {
  const cell = (text: string, column: string[], row: string[]) =>
    codes(text, { columnHeader: 'Scheduled', column, row });
  it('reads a column of known values under a header no list knows as codes when one is written with a modifier', () => {
    const modified = ['64712-RT', '64714', '64632', ''];
    expect(cell('64714', modified, ['12104', '64714', 'Reconciled'])).toEqual(['64714']);
    // A status cell that reads like a field name does not outweigh the column.
    expect(cell('64632', modified, ['12106', '64632', 'Units short'])).toEqual(['64632']);
    // The same column without a modifier is no evidence (decoys the data happens to know), nor is a ZIP+4.
    const plainColumn = ['64712', '64714', '64632', ''];
    expect(cell('64714', plainColumn, ['12104', '64714', 'Reconciled'])).toEqual([]);
    const zip4 = ['64712-2230', '64714', '64632', ''];
    expect(cell('64714', zip4, ['12104', '64714', 'Reconciled'])).toEqual([]);
  });
});

describe('evidence: fourth pass, lists', () => {
  it('reads a letter enumerator opening a line as a list item, not a label', () => {
    expect(codes('B. 64714')).toEqual(['64714']);
    expect(codes('Which code?\nD) 64632')).toEqual(['64632']);
    // A single letter elsewhere, or one with no enumerator mark, is still a bound label.
    expect(codes('Zone B. 64714')).toEqual([]);
    expect(codes('B 64714')).toEqual([]);
  });
});

describe('evidence: fifth pass (sealed4 misses)', () => {
  it('reads a FHIR XML Coding: <code value> after its sibling <system value> naming CPT or HCPCS', () => {
    const coding = (system: string, code: string) =>
      `<coding><system value="${system}"/><code value="${code}"/></coding>`;
    const xml = [
      '<Claim xmlns="http://hl7.org/fhir">',
      '  <identifier><system value="https://payer.example/claims"/><value value="64445"/></identifier>',
      `  <item><productOrService>${coding('http://www.ama-assn.org/go/cpt', '64632')}</productOrService>`,
      `  <productOrService>${coding('https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', '64612')}</productOrService>`,
      `  <productOrService>${coding('http://snomed.info/sct', '64714')}</productOrService>`,
      '  <locationAddress><postalCode value="64712"/></locationAddress></item>',
      '</Claim>',
    ].join('\n');
    expect(codes(xml)).toEqual(['64632', '64612']);
    // A version between system and code (FHIR XML's element order) still belongs to the same Coding.
    expect(
      codes('<coding><system value="http://www.ama-assn.org/go/cpt"/><version value="2026"/><code value="64714"/>'),
    ).toEqual(['64714']);
  });

  it('reads a short tag glued by a dash to a known code in a procedure column as that code’s setting', () => {
    expect(codes('ASC-64714', { columnHeader: 'Service Code' })).toEqual(['64714']);
    // Not under a header naming another field, nor without a column; an identifier with digits stays one.
    expect(codes('ASC-64714', { columnHeader: 'Claim ID' })).toEqual([]);
    expect(codes('ASC-64714')).toEqual([]);
    expect(codes('PA2026-64714', { columnHeader: 'Service Code' })).toEqual([]);
  });

  it('reads a description after a code line’s number, CPT punctuation included', () => {
    const before = 'Search CPT: "sciatic" — 3 results';
    expect(
      codes('64712 Neuroplasty (exploration, neurolysis or nerve decompression); sciatic nerve', { before }),
    ).toEqual(['64712']);
    expect(codes('64445 Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve', { before })).toEqual([
      '64445',
    ]);
    // A name is not a description, nor is a last name before a comma.
    expect(codes('64712 John Smith', { before })).toEqual([]);
    expect(codes('64712 SMITH, JOHN', { before })).toEqual([]);
  });

  it('reads "+ " opening a line as the add-on mark', () => {
    const before = '+ 64712 RT · G57.01 · pending sign';
    expect(codes('  + 64445     · G57.01 · signed', { before })).toEqual(['64445']);
    expect(codes('pending sign + 64445 · signed', { before })).toEqual([]);
  });

  it('reads a clause ended by a colon in the node as the number’s own label, not the element before', () => {
    const before = 'Prior Authorization Code Lookup';
    expect(codes('You searched: 64712/64714 · Plan: Lakeshore', { before })).toEqual(['64712', '64714']);
    expect(codes('64712/64714 · Plan: Lakeshore', { before })).toEqual([]);
    // A phrase with no subject is a field label: the element before still names the number.
    expect(codes('Sent to: 64712', { before: 'Fax number' })).toEqual([]);
  });

  it('reads a code the message itself codes as CPT in its free text (an NTE on the order)', () => {
    const msg = (note: string) =>
      [
        'MSH|^~\\&|EHR|NSPC|SURG|NSPC|202611051422||OML^O21^OML_O21|1|P|2.5.1',
        'OBR|1|ORD1||64714^Neuroplasty; lumbar plexus^C4|||20261112',
        `NTE|1||${note}`,
      ].join('\n');
    expect(codes(msg('Schedule 64714 same session'))).toEqual(['64714', '64714']);
    expect(codes(msg('Schedule 64612 same session'))).toEqual(['64714']);
  });
});

describe('evidence: fifth pass, prose (tuning misses)', () => {
  it('reads "w/" as the preposition "with"', () => {
    expect(codes('rep says bundled w/ 64712.')).toEqual(['64712']);
    expect(codes('rep says bundled wq 64712.')).toEqual([]);
  });

  it('reads the word before an object pronoun as a verb', () => {
    expect(codes('Pt called re stmt. Told her 64445 under appeal.')).toEqual(['64445']);
    expect(codes('Pt called re stmt. Told Mrs 64445 under appeal.')).toEqual([]);
  });

  it('reads a word after a form of "be" as an adverb, not a label', () => {
    expect(codes('the block is still 64445.')).toEqual(['64445']);
    expect(codes('the block still 64445.')).toEqual([]);
    // An identifier head further back still names the number.
    expect(codes('Your claim number is now 64445.')).toEqual([]);
  });

  it('reads a lower-case word after "to" as a verb', () => {
    expect(codes('Article revised to move 64445 from Group 2 to Group 1')).toEqual(['64445']);
    expect(codes('Article revised to Dept 64445 from Group 2 to Group 1')).toEqual([]);
    expect(codes('IF pos = 22 THEN route TO wq 64445 (Ortho facility)')).toEqual([]);
  });

  it('counts "as a … procedure" after the number as positive evidence', () => {
    expect(codes('Section 40.6 lists 64612 as a bilateral procedure (indicator 1).')).toEqual(['64612']);
    expect(codes('Section 40.6 lists 64612 as a bilateral table (indicator 1).')).toEqual([]);
  });

  it('reads a number between a past-tense verb and a plural noun as a count', () => {
    expect(codes('In the third quarter we processed 18459 appeals.', undefined, KNOWN_10K)).toEqual([]);
    expect(codes('In the third quarter we processed 64712 on appeal.', undefined, KNOWN_10K)).toEqual(['64712']);
    expect(KNOWN_10K.has('18459')).toBe(true);
  });
});

describe('evidence: fifth pass, words that label but do not decide', () => {
  it('reads "key" and "error" as labels no list knows: identifiers by default, codes on positive evidence', () => {
    expect(codes('Answer key: 64712, 64445-59. The block is separately reported.')).toEqual(['64712', '64445']);
    expect(codes('Common errors: 64445 billed with 64712 as the anesthesia.')).toEqual(['64445', '64712']);
    expect(codes('Common errors: 64714 and 64712 on the same nerve')).toEqual(['64714', '64712']);
    // No evidence: still an identifier.
    expect(codes('License key: 64712')).toEqual([]);
    expect(codes('Error 64445')).toEqual([]);
  });
});

describe('evidence: sixth pass, structured formats (sealed5 misses)', () => {
  it('reads X12 with the `|` element and `>` component separators the ISA segment declares', () => {
    const x12 = [
      'ISA|00|          |00|          |ZZ|SENDER         |ZZ|64632          |261118|1012|^|00501|000004471|0|P|>',
      'GS|HC|SENDER|64632|20261118|1012|4471|X|005010X222A1',
      'NM1|85|2|CASCADE PAIN|||||XX|64445',
      'SV1|HC>64712>RT|2400|UN|1|||1>2',
      'SV1|HC>64612|240|UN|1|||2',
    ].join('\n');
    expect(codes(x12)).toEqual(['64712', '64612']);
    // A line of the interchange on its own: an X12-only segment shows the separators.
    expect(codes('SV1|HC>64445>59|450|UN|1|||1')).toEqual(['64445']);
    // HL7 v2 shares the `|`; its segments stay HL7 (PID-3 is no code).
    expect(codes('MSH|^~\\&|OPTIME\rPID|1||64445')).toEqual([]);
  });

  it('reads HL7 v2 XML: only a procedure field whose coding system is CPT/HCPCS holds a code', () => {
    const ft1 =
      '<FT1><FT1.7><CE.1>64714</CE.1><CE.2>NEUROPLASTY</CE.2><CE.3>CDM</CE.3></FT1.7>' +
      '<FT1.25><CE.1>64712</CE.1><CE.2>Neuroplasty sciatic nerve</CE.2><CE.3>C4</CE.3></FT1.25></FT1>';
    expect(codes(ft1)).toEqual(['64712']);
    expect(codes('<FT1.25><CE.1>64712</CE.1><CE.3>CDM</CE.3></FT1.25>')).toEqual([]);
    expect(codes('<PID><PID.3><CX.1>64445</CX.1><CX.5>MR</CX.5></PID.3></PID>')).toEqual([]);
    expect(codes('<MSH.10>64632</MSH.10>')).toEqual([]);
  });

  it('reads the hospital price transparency CSV: a code only where its `code|n|type` cell says CPT/HCPCS', () => {
    const csv = [
      'hospital_name,last_updated_on,license_number|MN,"To the best of its knowledge and belief, the hospital has included all"',
      'Lakeview Regional,2026-10-01,64632,true',
      'description,code|1,code|1|type,code|2,code|2|type,setting,standard_charge|gross',
      '"NEUROPLASTY, SCIATIC",64712,CPT,64445,CDM,outpatient,12840.00',
      '"NBLK INJ SCIATIC",64612,HCPCS,64714,CDM,outpatient,1180.00',
      '"NERVE WRAP",64714,CDM,0278,RC,outpatient,3880.00',
    ].join('\n');
    expect(codes(csv)).toEqual(['64712', '64612']);
  });

  it('reads Transparency-in-Coverage JSON: a billing_code is a code only when its billing_code_type is CPT/HCPCS', () => {
    const tic = [
      '{ "billing_code_type": "LOCAL", "billing_code": "64632",',
      '  "bundled_codes": [ { "billing_code_type": "CPT", "billing_code": "64714" } ],',
      '  "provider_references": [64445] }',
      '{ "billing_code_type": "HCPCS", "billing_code": "64612" }',
    ].join('\n');
    expect(codes(tic)).toEqual(['64714', '64612']);
  });

  it('reads a JSON string holding a sentence (CDS Hooks card summary/detail) as prose', () => {
    const card = [
      '{ "cards": [ { "summary": "Prior authorization required for 64714",',
      '  "detail": "The sciatic nerve block ordered with it (64445) does not.",',
      '  "id": "64632", "code": { "coding": [ { "system": "http://snomed.info/sct", "code": "64712" } ] } } ] }',
    ].join('\n');
    expect(codes(card)).toEqual(['64714', '64445']);
  });
});

describe('evidence: sixth pass, labels and columns (sealed5 misses)', () => {
  it('reads a data-dictionary field name as a header naming another field, a digit tail included', () => {
    const row = ['Lakeshore Pain', 'Neuroplasty of sciatic nerve', '64712', 'F', '12'];
    expect(codes('64445', { columnHeader: 'Avg_Sbmtd_Chrg', row })).toEqual([]);
    expect(codes('64445', { columnHeader: 'Sbmtd Chrg', row })).toEqual(['64445']);
    expect(classifyLabel('Rndrng_Prvdr_Zip5')).toBe('other');
    expect(classifyLabel('HCPCS_Cd')).toBe('procedure');
  });

  it('reads a chargemaster number and a budget line as identifiers, even under a procedure header', () => {
    expect(codes('Research CDM 64712', { columnHeader: 'CPT/HCPCS' })).toEqual([]);
    expect(codes('Sponsor pays per budget line 64632', { columnHeader: 'Billing note' })).toEqual([]);
    expect(codes('Sponsor pays per line 64632', { columnHeader: 'Billing note' })).toEqual(['64632']);
    expect(codes('64712', { columnHeader: 'CPT/HCPCS' })).toEqual(['64712']);
  });

  it('reads a postal address: a street number, a ZIP after a place and a state', () => {
    expect(codes('community care office, 64712 Hospital Way, Mather, CA', undefined)).toEqual([]);
    expect(codes('Surgery Center, Beaverton OR 64714')).toEqual([]);
    expect(codes('1400 Harbor Ave, Duluth, MN 64445')).toEqual([]);
    // Not an address: a description after the code, a state word before a sentence going on.
    expect(codes('64712 Neuroplasty sciatic nerve')).toEqual(['64712']);
    expect(codes('Bill 64445 or 64714 today')).toEqual(['64445', '64714']);
    expect(codes('Report it as the procedure, HC 64445')).toEqual(['64445']);
  });

  it('reads a capitalised coding verb after another capitalised word as a title naming a record', () => {
    expect(codes('References: CMS Pub. 100-02, Ch. 15; Change Request 64612.')).toEqual([]);
    expect(codes('Report 64612 once per side')).toEqual(['64612']);
    expect(codes('CPT Report 64712')).toEqual(['64712']);
  });

  it('reads no evidence from a verb said of any record ("approved") after a number', () => {
    expect(codes('Board action 64632 approved 11/20/2026.')).toEqual([]);
    expect(codes('Board action 64632 billed 11/20/2026.')).toEqual(['64632']);
  });
});

describe('evidence: sixth pass, prose (sealed5 misses)', () => {
  it('reads "that" before the number like an object pronoun: the word before it is a verb', () => {
    expect(codes('review of 9 claims found that 64632 was billed with units of 4')).toEqual(['64632']);
  });

  it('reads "when" as a conjunction after the number, before a coding verb', () => {
    expect(codes('(c) sciatic nerve injection 64445 only when performed on the same date')).toEqual(['64445']);
  });

  it('reads "Example:" as no label', () => {
    expect(codes('Example: 64712 (facility) in locality 05')).toEqual(['64712']);
  });

  it('reads "packaged" as a coding verb and "primary"/"secondary" as adjectives, not labels', () => {
    expect(codes('APC 5432 COMPREHENSIVE: 64445 PACKAGED INTO PRIMARY 64712 TOTAL')).toEqual(['64445', '64712']);
    expect(codes('64445', { columnHeader: 'Add-on / secondary', row: ['68069', 'Halvorsen', '64445', '94'] })).toEqual([
      '64445',
    ]);
  });

  it('reads a sentence ending the element before as no label', () => {
    expect(codes('64445 is reported with ultrasound guidance.', { before: 'see Table 21037 in the PE file.' })).toEqual(
      ['64445'],
    );
    expect(codes('64445', { before: 'Dept.' })).toEqual([]);
  });
});

describe('evidence: seventh pass, identifiers (sealed6 misses)', () => {
  it('lets only a real modifier written with the code override an identifier label', () => {
    expect(codes('NAME OKAFOR, DANIEL  MID 7QW2RR8TK41  ACNT 64714-DO  ICN 0226315402131')).toEqual([]);
    expect(codes('ACNT 64714-RT')).toEqual(['64714']);
    expect(codes('Seq 64712-59')).toEqual(['64712']);
  });

  it('reads an X12 element reference as an identifier label, unless its segment holds a procedure composite', () => {
    expect(codes('SE Transaction Set Trailer   Segments 48   ST02 64714')).toEqual([]);
    expect(codes('CLM01 64612')).toEqual([]);
    expect(codes('SV101 64712')).toEqual(['64712']);
    expect(codes('Segments 48 64714')).toEqual(['64714']);
  });

  it('reads an upper-case abbreviation opening a parenthesis as the label of the number, not the words outside', () => {
    expect(codes('Billing Advisory (BPA 64632): review the charges')).toEqual([]);
    expect(codes('Billing Advisory BPA 64632')).toEqual(['64632']);
  });

  it('reads a procedure word glued by a dash as an id prefix under a header naming another field', () => {
    expect(codes('CHG-64612', { columnHeader: 'Batch' })).toEqual([]);
    expect(codes('CHG-64612', { columnHeader: 'CPT' })).toEqual(['64612']);
    expect(codes('CHG-64612')).toEqual(['64612']);
  });
});

describe('evidence: seventh pass, prose (sealed6 misses)', () => {
  it('reads the number after a code and its description words as the next code of a quick-reference list', () => {
    expect(codes('64712 sciatic nerve 64714 lumbar plexus')).toEqual(['64712', '64714']);
    expect(codes('FIN 64712 John Smith 64714 lumbar plexus')).toEqual([]);
  });

  it('reads the word before "has" as its subject, not a label of the number after it', () => {
    expect(codes('This encounter has 64445 and 64712 on the same nerve and date.')).toEqual(['64445', '64712']);
    expect(codes('This encounter 64445')).toEqual([]);
  });

  it('reads "Remove" as a coding verb', () => {
    expect(codes('The block is not separately reportable. Remove 64445 or document a distinct site.')).toEqual([
      '64445',
    ]);
  });

  it('reads a lower-case five-letter past tense ("added") as a verb, a capitalised one ("Sched") as an abbreviation', () => {
    expect(codes('10/01/2025 no changes; 04/01/2026 added 64612; replaces policy')).toEqual(['64612']);
    expect(codes('Hosp acct 64632 · Sched 64714')).toEqual([]);
  });
});

describe('evidence: eighth pass (sealed7 misses)', () => {
  it('reads an HL7 acknowledgment’s MSA-3 text and ERR-8 user message as prose, not as coded fields', () => {
    const msa = 'MSA|AE|DFT82278|Charge rejected: proc 64714 needs a laterality modifier';
    const err = 'ERR||FT1^1^25|207^Application internal error^HL70357|E||||Resend proc 64714 with LT';
    expect(codes(msa)).toEqual(['64714']);
    expect(codes(err)).toEqual(['64714']);
    // Other ERR fields are not free text: the format still decides them.
    expect(codes('ERR||FT1^1^25|207^proc 64714|E||||Resend')).toEqual([]);
  });

  it('reads a unit count after the number ("add 64612 1 unit", "seq 64612 1 unit") as a service line', () => {
    expect(codes('Requested change: seq 64612 1 unit')).toEqual(['64612']);
    expect(codes('Requested change: seq 64612 1 day')).toEqual([]);
  });

  it('reads a modal right after the number as a predicate about a code ("64445 should also need laterality")', () => {
    expect(codes('the parenthetical following 64714 should read "(For neuroplasty)"')).toEqual(['64714']);
    expect(codes('the parenthetical following 64714 reads "(For neuroplasty)"')).toEqual([]);
  });

  it('reads "cents" after the number as an amount', () => {
    expect(codes('SVC 64714-LT paid 64612 cents', undefined, KNOWN_5)).toEqual(['64714']);
    expect(codes('SVC 64714-LT paid 64612', undefined, KNOWN_5)).toEqual(['64714', '64612']);
  });

  it('reads a lower-case word between a comma and the number as its label, not a procedure word behind the comma', () => {
    expect(codes('routed to coding, task 64445')).toEqual([]);
    expect(codes('routed to coding 64445')).toEqual(['64445']);
  });
});

describe('evidence: eighth pass, tables and labels (sealed7 misses)', () => {
  it('reads a five-digit number in a column of counts as a large count', () => {
    const counts = ['3', '0', '64445', '11', '2', '64445'];
    expect(codes('64445', { columnHeader: 'CO-97', column: counts })).toEqual([]);
    const codesColumn = ['3', '64712', '64445', '64612', '2'];
    expect(codes('64445', { columnHeader: 'CO-97', column: codesColumn })).toEqual(['64445']);
  });

  it('leaves a pivot table’s "Row Labels" column to its population', () => {
    const column = ['64445', '64612', '64632', '64712', '(blank)', 'Grand Total'];
    expect(codes('64445', { columnHeader: 'Row Labels', column })).toEqual(['64445']);
    expect(codes('64445', { columnHeader: 'Row number', column })).toEqual([]);
  });

  it('reads a number in parentheses after a name ending in an abbreviation as that name’s id', () => {
    expect(codes('Ins: Lakeshore PPO (64714)')).toEqual([]);
    expect(codes('Ins: Lakeshore (64714)')).toEqual(['64714']);
    expect(codes('Sciatic nerve block (64445)')).toEqual(['64445']);
  });

  it('reads a verb and a preposition after a colon label as a phrase whose object is the number', () => {
    expect(codes('Reason: documented as 64632 only')).toEqual(['64632']);
    expect(codes('Reason: 64632')).toEqual([]);
  });
});

describe('evidence: eighth pass, a prompt asking for a code (sealed7 and sealed6 misses)', () => {
  it('reads a number after its own label as the answer to a sentence that asks for a code', () => {
    expect(codes('IVR: Enter the procedure code now. Caller: 64612')).toEqual(['64612']);
    expect(codes('Caller: 64612', { before: 'IVR: For a service, enter the 5-digit procedure code.' })).toEqual([
      '64612',
    ]);
    expect(codes('Card 5 | Front: Unilateral facial chemodenervation code? | Back: 64612')).toEqual(['64612']);
    // No prompt, or a prompt for a code of another field: the label stays an identifier's.
    expect(codes('IVR: Enter the amount now. Caller: 64612')).toEqual([]);
    expect(codes('IVR: Enter your ZIP code. Caller: 64612')).toEqual([]);
  });
});

describe('evidence: ninth pass, structure first (sealed8 misses)', () => {
  it('reads an HL7 v2 CE/CWE coded CPT in any field of any segment, batch headers included', () => {
    const batch = [
      'FHS|^~\\&|CHGSYS|NORTHLAKE|PBILL|NORTHLAKE|20261118020000||10006|',
      'BHS|^~\\&|CHGSYS|NORTHLAKE|PBILL|NORTHLAKE|20261118020000||10006-B1|',
      'MSH|^~\\&|CHGSYS|NORTHLAKE|PBILL|NORTHLAKE|20261117231501||DFT^P03|70055|P|2.5.1',
      // FT1-24 here, one field early: the coding system still names the procedure.
      'FT1|1|||20261117|20261117|CG|30051^NERVE BLOCK TRAY^CDM|||1|||PAIN||||||G57.91|1275539018^HALVORSEN^ERIK||||64445^INJ ANES SCIATIC NRV^CPT|RT',
      'FT1|2|||20261117|20261117|CG|64612^BOTULINUM INJ FACE^CDM|||1',
      'BTS|1',
      'FTS|1',
    ].join('\n');
    expect(codes(batch)).toEqual(['64445']);
  });

  it('reads a price-transparency JSON v2 code_information entry by its "type"', () => {
    expect(
      codes('"code_information": [{ "code": "64712", "type": "CPT" }, { "code": "64445", "type": "CDM" }]'),
    ).toEqual(['64712']);
    expect(codes('[{ "code": "64632", "type": "HCPCS" }]')).toEqual(['64632']);
  });

  it('reads a JSON string that is a phrase, or a FHIRPath expression, as free text', () => {
    expect(
      codes('{ "system": "x", "additional_payer_notes": "Paid at the 64714 rate when billed with modifier 52" }'),
    ).toEqual(['64714']);
    expect(
      codes(
        '{ "system": "x", "linkId": "2", "answer": [{ "valueString": "64445 08/12/2026; 64445 10/02/2026, 80% relief" }] }',
      ),
    ).toEqual(['64445', '64445']);
    // A bare value stays the format's: no system names it.
    expect(codes('{ "system": "x", "linkId": "4", "answer": [{ "valueString": "64445" }] }')).toEqual([]);
    expect(
      codes(
        '{ "system": "x", "language": "text/fhirpath", "expression": "%context.code.coding.where(code=\'64445\').empty()" }',
      ),
    ).toEqual(['64445']);
  });
});

describe('evidence: ninth pass, prose (sealed8 misses)', () => {
  it('reads "at" as a preposition, not a label bound to the number', () => {
    expect(codes('Paid at the 64714 rate')).toEqual(['64714']);
  });

  it('ends a `code` head’s qualifier at a parenthesis (FHIRPath)', () => {
    expect(codes("where(code='64445')")).toEqual(['64445']);
  });
});

describe('evidence: ninth pass, labels and lists (sealed8 misses)', () => {
  it('reads a cell with its own label as a phrase, not as a bare value its header names', () => {
    const context = { columnHeader: 'Hold Reason', row: ['4430017', 'Coding: 64712 op note unsigned', '$14,210.00'] };
    expect(codes('Coding: 64712 op note unsigned', context)).toEqual(['64712']);
    expect(codes('64712', { ...context, row: ['4430017', '64712', '$14,210.00'] })).toEqual([]);
  });

  it('reads a real letter modifier glued by a dash as a code’s, whatever the label names', () => {
    expect(codes('Claim lines on file: 64712-RT $2,850.00')).toEqual(['64712']);
    expect(codes('Claim lines on file: 64712 $2,850.00')).toEqual([]);
    // A digit suffix is an identifier's.
    expect(codes('Tracking 64445-22.')).toEqual([]);
  });

  it('reads a number opening a line after a "code and price" line as the next code of the list', () => {
    expect(codes('64632     $201.64 per nerve', { before: '64445     $118.37 (non-facility)' })).toEqual(['64632']);
    expect(codes('64632     $201.64 per nerve', { before: 'Room     $118.37 (non-facility)' })).toEqual([]);
  });

  it('reads a side or a procedure word right after the number as said of a procedure', () => {
    expect(codes('Time-out 07:41 — surgeon, RN, CRNA agree: 64714 right')).toEqual(['64714']);
    expect(codes('To do: confirm 64712 charge dropped')).toEqual(['64712']);
    expect(codes('To do: confirm 64712 today')).toEqual([]);
  });

  it('reads "add" as a coding verb', () => {
    expect(codes('if frozen section changes plan, add 64714; rep on call')).toEqual(['64714']);
  });
});

describe('evidence: ninth pass, the text as evidence (sealed8 misses)', () => {
  it('reads a number a common lower-case word labels as a code when the same text codes another with a modifier', () => {
    expect(codes('Booked: 64712-LT neuroplasty sciatic, est. 90 min; block 64445 by anesthesia')).toEqual([
      '64712',
      '64445',
    ]);
    expect(codes('Booked: 64712 neuroplasty sciatic, est. 90 min; block 64445 by anesthesia')).toEqual(['64712']);
    // An identifier's label and number end their field.
    expect(codes('Booked: 64712-LT from our ASC, site 64714')).toEqual(['64712']);
  });

  it('reads a lower-case word in -s right before the number as a verb, not a label', () => {
    expect(codes('Auth mismatch: auth lists 64445, coded 64714')).toEqual(['64445', '64714']);
    expect(codes('Auth mismatch: auth list 64445, coded 64714')).toEqual(['64714']);
  });

  it('reads a lower-case coding verb after a verb in -s as a record noun ("Answers request 30118")', () => {
    expect(codes('Answers request 30118 for claim line 1', undefined, KNOWN_10K)).toEqual([]);
    expect(codes('Please request 30118 for claim line 1', undefined, KNOWN_10K)).toEqual(['30118']);
    expect(codes('Medicare units: report 64632-50 on one line')).toEqual(['64632']);
  });

  it('reads a word across a column gap of a fixed-width row as another column’s value, not a label', () => {
    expect(codes('Enc 71846  BERG A        64612          copay $40.00  CC  receipt 26053')).toEqual(['64612']);
    expect(codes('Enc 71846  BERG A 64612 copay $40.00  CC  receipt 26053')).toEqual([]);
    // The next column holds a number (ids and dates in a row): no evidence.
    expect(codes('DOE, JANE        64445      64714    10/02/26   1450.00')).toEqual([]);
  });
});

describe('evidence: explicit coding system and text after the number (issue 11, tenth pass)', () => {
  it('reads a system named in parentheses right after the number as a code, whatever the label', () => {
    const narrative = { columnHeader: 'ProductOrService', row: ['1', '64714 (CPT)', 'LT'] };
    expect(codes('64714 (CPT)', narrative)).toEqual(['64714']);
    expect(codes('64714 (local)', narrative)).toEqual([]);
    expect(codes('Claim 64445 (HCPCS) denied')).toEqual(['64445']);
    expect(codes('Claim 64445 (HC) denied')).toEqual([]);
  });

  it('reads a key=value whose key is a procedure word as the number’s own field name', () => {
    expect(codes('WARN no fee for cpt=64612 in schedule 37509')).toEqual(['64612']);
    expect(codes('WARN no fee for doc=64612 in schedule 37509')).toEqual([]);
    expect(codes('holding proc_code=64445 now')).toEqual(['64445']);
  });

  it('reads a real letter modifier given by "with" after the number as written with the code', () => {
    expect(codes('I also see a second line 64445 with RT on it')).toEqual(['64445']);
    expect(codes('I also see a second line 64445 with PA on it')).toEqual([]);
  });

  it('skips an adverb between the auxiliary and the coding verb after the number', () => {
    expect(codes('Warning: 64612 is usually billed per side.')).toEqual(['64612']);
    expect(codes('Warning: 64612 is usually closed per side.')).toEqual([]);
  });

  it('reads a number after a row of amounts as the row’s next value, not a code', () => {
    const k = KNOWN_10K;
    expect(codes('NGUYEN T   11/14/26  64632  LT  1     1850.00     0.00    0.00  01820', undefined, k)).toEqual([
      '64632',
    ]);
    // One amount is no row of amounts (single spaces: a row in columns reads a later known value as another column).
    expect(codes('64632 LT 1 1850.00 01820', undefined, k)).toEqual(['64632', '01820']);
    expect(codes('64632  LT  1     1850.00  0.00  01820', undefined, k)).toEqual(['64632']);
    // A price list keeps its `$`: the number after a price is the next code.
    expect(codes('64445 $142.67 $98.10 64632')).toEqual(['64445', '64632']);
  });

  it('reads "REJECT" before a number as an error code’s label', () => {
    expect(codes('041128 002 64612 REJECT 00970 UNITS OF SERVICE EXCEED LIMIT', undefined, KNOWN_10K)).toEqual([
      '64612',
    ]);
    expect(codes('64612 REJECT 00970', undefined, KNOWN_10K)).toEqual(['64612']);
    expect(codes('64612 FOUND 00970', undefined, KNOWN_10K)).toEqual(['64612', '00970']);
  });

  it('reads a field word after "$amount per" before a colon as a rate’s unit, not a field name', () => {
    expect(codes('Tier 1 — $640 per case: 64445, 64612')).toEqual(['64445', '64612']);
    expect(codes('Tier 3 — $2,850 per case: 64712, 64714, 64632')).toEqual(['64712', '64714', '64632']);
    // No amount, or another preposition: the field word labels the number.
    expect(codes('Tier 1 — 640 per case: 64445, 64612')).toEqual([]);
    expect(codes('Paid $640 on claim: 64445')).toEqual([]);
  });

  it('reads a procedure noun heading with a colon ("Chemodenervation: 64612") as a procedure label', () => {
    expect(codes('F.5 Chemodenervation: 64612 (see also drug policy RX-3429)')).toEqual(['64612']);
    expect(codes('Neuroplasty: 64712')).toEqual(['64712']);
    expect(codes('Conversation: 64612')).toEqual([]);
  });

  it('reads "Bilateral" right before a number as a procedure label', () => {
    expect(codes('Bilateral 64445: one line, modifier 50, 1 unit')).toEqual(['64445']);
    expect(codes('☐ Bilateral 64632: two lines RT/LT, 1 unit each')).toEqual(['64632']);
    expect(codes('Lateral 64445: one line')).toEqual([]);
  });

  it('reads "EOB" before a number as an explanation-of-benefits code’s label', () => {
    const k = KNOWN_10K;
    expect(codes('Detail 2 EOB: 00616 Procedure 64445 incidental to detail 1', undefined, k)).toEqual(['64445']);
    expect(codes('Header EOB: 00533 Remittance advice number', undefined, k)).toEqual([]);
    expect(codes('Detail 2 Line: 00616 Procedure', undefined, k)).toEqual(['00616']);
  });

  it('reads a discourse word opening a sentence about the number as no label ("But 64612 is per side")', () => {
    const k = KNOWN_10K;
    expect(codes('But 64612 is per side, so we rebill it', undefined, k)).toEqual(['64612']);
    expect(codes('Bud 64612 is per side, so we rebill it', undefined, k)).toEqual([]);
    expect(codes('A (Provider Relations, 10:43): Yes. 64632 needs PA', undefined, k)).toEqual(['64632']);
    expect(codes('A (Provider Relations, 10:43): Yep. 64632 needs PA', undefined, k)).toEqual([]);
    expect(codes('Medicare sent the 64445 back for Alvarez', undefined, k)).toEqual(['64445']);
    // Pass 58: a lower-case word before "the" is a verb ("kept the 64445" is a code): the contrast drops the article.
    expect(codes('Medicare kept 64445 back for Alvarez', undefined, k)).toEqual([]);
  });

  it('reads a quiz answer as a code when the text or the lines above it speak of coding ("Your answer: 64445.")', () => {
    const coded = 'Q3 Your answer: 64445. A single injection sciatic block is coded once.';
    expect(codes(coded)).toEqual(['64445']);
    expect(codes('Q3 Your answer: 64445. A single injection sciatic block is billed once.')).toEqual([]);
    expect(codes('Q4 Correct: 64632 x2, the code is reported per nerve.')).toEqual(['64632']);
    expect(
      codes('Q5 Your answer: 64712. Sciatic nerve neurolysis', { before: 'the code is reported per nerve.' }),
    ).toEqual(['64712']);
    expect(codes('Q5 Your answer: 64712. Sciatic nerve neurolysis', { before: 'reported per nerve.' })).toEqual([]);
    // The coding words alone, without an answer label, are no evidence.
    expect(codes('Q3 Your gate: 64445. A single injection sciatic block is coded once.')).toEqual([]);
  });
});

describe('evidence: thirteenth pass (sealed12 read)', () => {
  it('reads "rebill" and "compare" as coding verbs bound to the number', () => {
    expect(codes('different code. Rebill 64632 after auth?')).toEqual(['64632']);
    expect(codes('Compare 64712 (sciatic nerve), ...', { before: 'Codify by AAPC' })).toEqual(['64712']);
    expect(codes('different code. Refile 64632 after auth?')).toEqual([]);
  });

  it('reads a unit count written "x2" right after the number as said of a service line', () => {
    expect(codes('two nerves on one foot = 64632 x2 with 59/XS on the second line')).toEqual(['64632']);
    expect(codes('two nerves on one foot = 64632 xyz with 59/XS on the second line')).toEqual([]);
  });

  it('reads a side right after the number before a question mark ("Is 64712 bilateral?")', () => {
    expect(codes('Q&A: Is 64712 bilateral? | coding forum')).toEqual(['64712']);
    expect(codes('Q&A: Is 64712 closed? | coding forum')).toEqual([]);
  });
});

describe('evidence: a capitalised head opening the text', () => {
  it('is not qualified by the element before ("Code 64714 describes …" after a search result title)', () => {
    // ("means", not "describes": a number that describes a procedure is a code by its own evidence since the fifteenth
    // pass; this case is about the head.)
    expect(codes('Code 64714 means open decompression', { before: 'Codify by AAPC' })).toEqual(['64714']);
    expect(codes('code 64714 means open decompression', { before: 'Codify by AAPC' })).toEqual([]);
  });
});

describe('evidence: an article opening the text', () => {
  it('keeps the element before from labelling the number ("the 64632 one had auth")', () => {
    expect(codes('the 64632 one had auth', { before: 'Maria T. 9:44 AM' })).toEqual(['64632']);
    expect(codes('64632 one had auth', { before: 'Maria T. 9:44 AM' })).toEqual([]);
  });
});

describe('evidence: an identifier head qualified by a procedure word', () => {
  it('reads "Proc ID" as an order catalog record id, "CPT ID" as the code', () => {
    expect(codes('NERVE BLOCK SCIATIC SINGLE INJ   Proc ID: 64714   Dept: PAIN')).toEqual([]);
    expect(codes('NERVE BLOCK SCIATIC SINGLE INJ   CPT ID: 64714   Dept: PAIN')).toEqual(['64714']);
  });
});

describe('evidence: the next sentence names the number', () => {
  it('reads "… 64714: This procedure is …" as a code, "… 64714: This clinic is …" not', () => {
    // "release", not "neuroplasty": a procedure noun by its suffix before the number is evidence of its own.
    expect(codes('Lumbar plexus release 64714: This procedure is not typically done in an ASC.')).toEqual(['64714']);
    expect(codes('Lumbar plexus release 64714: This clinic is not typically open on Sundays.')).toEqual([]);
  });
});

describe('evidence: an upper-case past-tense change marker (issue 11, fifteenth pass)', () => {
  it('reads "ADDED 64632 …" in a list diff as a verb before a code, "Sched 64632" as a label', () => {
    expect(codes('ADDED 64632 Destruction by neurolytic agent; plantar common digital nerve')).toEqual(['64632']);
    expect(codes('Sched 64632 Destruction by neurolytic agent; plantar common digital nerve')).toEqual([]);
  });
});

describe('evidence: "describes" after the number (issue 11, fifteenth pass)', () => {
  it('reads a number that describes a procedure as a code, one that "explains" nothing as a label\'s value', () => {
    expect(codes('Rationale: 64712 describes neuroplasty of the sciatic nerve')).toEqual(['64712']);
    expect(codes('Rationale: 64712 explains neuroplasty of the sciatic nerve')).toEqual([]);
  });
});

describe('evidence: a code book index (issue 11, sixteenth pass)', () => {
  it("reads a dot leader between spaces as an index entry's, dots glued to the number as a mask", () => {
    expect(codes('  Lumbar Plexus ........ 64714')).toEqual(['64714']);
    expect(codes('Neuroplasty, Peripheral Nerve, Open ........ 64712-64714')).toEqual(['64712', '64714']);
    expect(codes('  Lumbar Plexus ........64714')).toEqual([]);
    expect(codes('Claim number ........ 64714')).toEqual([]);
    expect(codes('NPI on file •••• 64714')).toEqual([]);
  });
});

describe('evidence: a FHIR reference (issue 11, sixteenth pass)', () => {
  it("reads ResourceType/id as a record id, a coding system glued by a slash as the code's", () => {
    expect(codes('Procedure/10088', undefined, KNOWN_10K)).toEqual([]);
    expect(codes('CPT/10088', undefined, KNOWN_10K)).toEqual(['10088']);
  });
});

describe('evidence: the same number written with a modifier (issue 11, sixteenth pass)', () => {
  it('reads a graded answer as a code when the text writes that number with a real modifier', () => {
    expect(codes('Q2. Facial muscles, bilateral. Your answer: 64612 ✗ Correct answer: 64612-50')).toEqual([
      '64612',
      '64612',
    ]);
    expect(codes('Q2. Facial muscles, bilateral. Your answer: 64612 ✗ Correct answer: 64632-50')).toEqual(['64632']);
    // Not after an abbreviation: "HAR 64612" stays an account number.
    expect(codes('charges stuck on HAR 64612 and 64632, both 64612-50')).toEqual(['64612']);
  });
});

describe('evidence: a procedure named right before the number (issue 11, sixteenth pass)', () => {
  it('reads a procedure noun by its suffix before the number as naming a code, a record noun not', () => {
    expect(codes('Slide 8 — Facial chemodenervation 64612: unilateral')).toEqual(['64612']);
    expect(codes('Slide 8 — Facial clinic 64612: unilateral')).toEqual([]);
  });

  it("reads an article's lower-case noun phrase before the number as naming a procedure, a bare noun not", () => {
    expect(codes('Patient received a regional block 64445 on the same date')).toEqual(['64445']);
    // No article: only an anatomical adjective before "block" or "nerve" names it (twentieth pass), not before any noun.
    expect(codes('Patient received regional tray 64445 on the same date')).toEqual([]);
  });
});

describe('evidence: keep and drop are coding verbs (issue 11, sixteenth pass)', () => {
  it('reads "keep 64712, drop 64714" as codes, "hold 64712, stop 64714" not', () => {
    expect(codes('op note only supports one — keep 64712, drop 64714.')).toEqual(['64712', '64714']);
    expect(codes('op note only supports one — hold 64712, stop 64714.')).toEqual([]);
  });
});

describe('evidence: a procedure word after the number (issue 11, sixteenth pass)', () => {
  it('reads a procedure word right after the number as said of it, a plural one as counted by it', () => {
    expect(codes('Reminder: 64445 charge on hold, oldest 11/02')).toEqual(['64445']);
    expect(codes('Backlog: 64445 charges on hold, oldest 11/02')).toEqual([]);
  });
});

describe('evidence: a changed field names the number (issue 11, sixteenth pass)', () => {
  it('reads "zip changed to 94105" as the ZIP, "we changed to 64612" as a code', () => {
    expect(codes('her insurance requires auth and her zip changed to 64612')).toEqual([]);
    expect(codes('her insurance requires auth and we changed to 64612')).toEqual(['64612']);
  });
});

describe('evidence: footnotes, radio options, superbill descriptions (issue 11, eighteenth pass)', () => {
  it('reads a superscript footnote mark glued after a listed number as part of the list gap', () => {
    expect(codes('Peripheral nerve: 64712¹, 64714¹, 64632²')).toEqual(['64712', '64714', '64632']);
    // The list takes its head's label: an identifier's list stays one.
    expect(codes('Acct 64712¹, 64714¹')).toEqual([]);
  });

  it('reads an option letter after a radio symbol as a multiple-choice option', () => {
    const before = 'A surgeon frees the sciatic nerve. Which code applies?\n◯ A. 64714';
    expect(codes('◯ B. 64712', { before })).toEqual(['64712']);
    expect(codes('Zone B. 64712', { before })).toEqual([]);
  });

  it('reads a procedure noun with a comma qualifier or a colon, across a column gap, as naming the code', () => {
    expect(codes('[X] Neuroplasty, sciatic            64712   |  [ ] Sciatic nerve block, single   64445')).toEqual([
      '64712',
      '64445',
    ]);
    expect(codes('[ ] Destruction, plantar digital    64632')).toEqual(['64632']);
    expect(codes('Nerve blocks, diagnostic: 64445')).toEqual(['64445']);
    expect(codes('[ ] Room, second floor    64632')).toEqual([]);
    // A bare "block" heading stays a label: the comma qualifier is the description's shape (a procedure noun by its
    // suffix names the number with a bare colon too: "Neuroplasty: 64712", twenty-first pass).
    expect(codes('Nerve blocks: 64445')).toEqual([]);
  });
});

describe('evidence: adjudication verbs and counts after "has" (issue 11, eighteenth pass)', () => {
  it('reads "paid" right before the number as an adjudication verb, a JSON key glued to it not', () => {
    expect(codes('835 received: paid 64712, denied 64445 (CO-97)')).toEqual(['64712', '64445']);
    expect(codes('{ "cpt": "64632", "paidCents": 64712 }')).toEqual(['64632']);
    expect(codes('835 received: ref 64712')).toEqual([]);
  });

  it('reads a number after "has" and before a plural noun phrase as a count', () => {
    expect(codes('ZIP-to-locality file has 64445 ZIP codes.')).toEqual([]);
    expect(codes('The file has 64445 on line 3.')).toEqual(['64445']);
  });
});

describe('evidence: procedure nouns, quiz prompts and plural code heads (issue 11, twentieth pass)', () => {
  it('reads an anatomical adjective before "block" or "nerve" right before the number as the procedure', () => {
    expect(codes('Right sciatic block 64445')).toEqual(['64445']);
    expect(codes('2. Chemodenervation left facial nerve  64612')).toEqual(['64612']);
    expect(codes('perform diagnostic block 64445.')).toEqual(['64445']);
    // Not a procedure noun: an adjective before a record word, or "block" with no adjective.
    expect(codes('general ledger 64445')).toEqual([]);
    expect(codes('Lot 4 block 64445')).toEqual([]);
  });

  it('reads "True or False:" as a quiz prompt, not a label', () => {
    expect(codes('3. True or False: 64632 includes imaging guidance.')).toEqual(['64632']);
    expect(codes('3. Lot: 64632 includes imaging guidance.')).toEqual([]);
  });

  it('reads a plural "codes" head qualified by a word no list knows as naming codes', () => {
    expect(codes('14 accts — top codes: 64714 (6), 64712 (5)')).toContain('64714');
    expect(codes('the block codes, 64445 single injection')).toEqual(['64445']);
    // The singular stays a field's label ("Parking garage code"), and a qualifier naming another field decides.
    expect(codes('Parking garage code: 64714 (6)')).toEqual([]);
    expect(codes('64714', { before: 'Additional codes' })).toEqual([]);
    expect(codes('ZIP codes: 64714 (6)')).toEqual([]);
  });
});

describe('evidence: a coding verb after the number outweighs another field word not bound right before it', () => {
  it('reads a coding verb after the number (or its list) as a code over a colon label or a plural', () => {
    expect(codes('☐ Units: 64612 is reported once per session,')).toEqual(['64612']);
    expect(codes('Q: Twice for both sides? A: No. 64612 is reported once with modifier 50.')).toEqual(['64612']);
    expect(codes('Finding 2: in 4 claims 64714 and 64712 were billed together without 59.')).toEqual([
      '64714',
      '64712',
    ]);
    expect(codes('Unit outliers: 64612 billed ×3 — 4 lines')).toEqual(['64612']);
  });

  it('keeps an identifier whose word is bound right before it, or with no coding verb after', () => {
    expect(codes('Claim 64714 was denied for timely filing.')).toEqual([]);
    expect(codes('Account 64712 billed to the guarantor.')).toEqual([]);
    expect(codes('HAR 64612 was billed twice.')).toEqual([]);
    expect(codes('☐ Units: 64612 per session,')).toEqual([]);
    expect(codes('in 4 claims 64714 and 64712 were paid together.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 22 (sealed21 families)', () => {
  it('reads a description right before and a quantity or amount right after as a statement or superbill line', () => {
    expect(codes('10/21/26  0360  71215      NEUROPLASTY SCIATIC NRV OPEN        64712    1      3,120.00')).toEqual([
      '64712',
    ]);
    expect(codes('☐ Neuroplasty, sciatic nerve, open        64712   $1,850')).toEqual(['64712']);
    expect(codes('☐ Chemodenervation, facial nerve, unilat  64612   $  520')).toEqual(['64612']);
    expect(codes('Lumbar plexus open 64714 1 2,880.00')).toEqual(['64714']);
  });

  it('keeps a name or a single label before a number and an amount an identifier', () => {
    expect(codes('DELACROIX, ANNE   64712   1   3,120.00')).toEqual([]);
    expect(codes('Guarantor balance 64712 $1,850')).toEqual([]);
    expect(codes('NEUROPLASTY SCIATIC NRV OPEN        64712    1      NEUROLYSIS')).toEqual([]);
  });

  it('reads the options of a question whose stem ends in a coding verb ("is reported with:") as codes', () => {
    expect(
      codes('  A) 64714   B) 64712   C) 64445   D) 64632      Your answer: A', {
        before: 'Q2. Open neuroplasty of the sciatic nerve is reported with:',
      }),
    ).toEqual(['64714', '64712', '64445', '64632']);
    // A stem with no coding verb leaves the options after the first undecided (unexplained labels).
    expect(
      codes('  A) 64714   B) 64712   C) 64445', {
        before: 'Q2. Open neuroplasty of the sciatic nerve is scheduled with:',
      }),
    ).not.toContain('64712');
  });

  it('reads an unknown abbreviation between a comma and the number as its label, not a procedure word behind the comma', () => {
    expect(codes('Sincerely, Billing Office, PTAN 64712 · phone (660) 555-0139')).toEqual([]);
    expect(codes('Billing, PTAN 64712')).toEqual([]);
    expect(codes('Sincerely, Billing Office, CPT 64712 · phone (660) 555-0139')).toEqual(['64712']);
  });

  it('reads a capitalised heading opening its line or segment, a colon and a space, as no identifier label', () => {
    expect(codes('Slide 5 — Lumbar plexus: 64714; do not add')).toEqual(['64714']);
    expect(codes('Drill-down: 64712 → no variances this month')).toEqual(['64712']);
    // Not a count's heading, not before a plural or a name, not in a table column.
    expect(codes('Visitors this month: 64612')).toEqual([]);
    expect(codes('Sum: 64612')).toEqual([]);
    expect(codes('Backlog: 64712 charges on hold')).toEqual([]);
    expect(codes('Referring: 64712 Smith')).toEqual([]);
    expect(
      codes('Drill-down: 64712', { columnHeader: 'Batch', column: ['Drill-down: 64712', 'Drill-down: 30119'] }),
    ).toEqual([]);
  });

  it('reads a description after a spaced em dash as the code’s descriptor', () => {
    const back = { before: 'Card 13 of 40 · Back' };
    expect(codes('64712 — Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve', back)).toEqual([
      '64712',
    ]);
    expect(codes('64712 — Main Street branch', back)).toEqual([]);
    expect(codes('64712 — Payment received', back)).toEqual([]);
  });
});

describe('evidence: issue 11 pass 23 (sealed22 families), false marks', () => {
  it('reads a number before a plural noun that ends its segment as a count', () => {
    expect(codes('ClaimPilot · 1h\n14503 claims synced · 64712 lines · 0 errors')).toEqual([]);
    expect(codes('TO: 614-555-0188   Pg 1/2   64632 bytes\nAUTHORIZATION APPROVAL')).toEqual([]);
    expect(codes('"Payer in ZIP 30328 denies" · 64445 views')).toEqual([]);
    // A verb in -s is no plural noun ending a segment: "64445 meets; auth issued".
    expect(codes('Neurolysis/Neuroplasty. 64445 meets; auth 59023 issued')).toEqual(['64445']);
  });

  it('reads a number after two amounts, the second with thousands commas, as the row’s next value', () => {
    expect(codes('1   03/02/2026  64712  RT   1      2,900.00   1,880.14   1,019.86   64445 45')).toEqual(['64712']);
    expect(codes('2   03/02/2026  64612       1      410.00     230.53     179.47     64445')).toEqual(['64612']);
  });

  it('gives a five-digit CSV field glued by a comma to one its shape rejects that one’s verdict', () => {
    // An account after a date (no code by its shape), then the department: two columns of one kind.
    expect(codes('JE-3383,2026-06-30,64632,64445,"Accrued block-room supplies",440.00,,PO 45604')).toEqual([]);
    expect(codes('JE-3390,2026-07-31,64712,64714,"Pro fee rev - anes block",,10205.44,JUL CLOSE')).toEqual([]);
    // A code after a time field keeps its verdict (its next fields are a code and a count); so does a bare list.
    expect(codes('72197,10318,2026-10-04,0930,64445,64612,3,49441,sciatic single,N')).toContain('64445');
    expect(codes('Codes billed: 64712,64714,64445')).toEqual(['64712', '64714', '64445']);
  });
});

describe('evidence: issue 11 pass 23 (sealed22 families), counts', () => {
  it('reads a count word after the number only on its own line', () => {
    expect(codes('Topic: Neuroplasty services, CPT 64712 and 64714\nClaims reviewed: 20')).toEqual(['64712', '64714']);
    expect(codes('Topic: Neuroplasty services, CPT 64712 and 64714 claims reviewed')).toEqual(['64712']);
  });

  it('reads a number between a number word and the plural it counts as what is counted, a code', () => {
    expect(codes('Findings: Four 64714 claims lacked documentation of conservative treatment.')).toEqual(['64714']);
    expect(codes('Our scheduler booked two 64714 cases')).toEqual(['64714']);
    // With no number word the number is the count.
    expect(codes('Findings: 64714 claims lacked documentation of conservative treatment.')).toEqual([]);
    expect(codes('Findings: Bay 64714 claims lacked documentation.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 23 (sealed22 families), labels', () => {
  it('leaves a label whose heads, joined by a conjunction, disagree unexplained', () => {
    expect(codes('Item or service: 64445 — Injection, anesthetic agent; sciatic nerve, single')).toEqual(['64445']);
    expect(codes('Item or service: 64445')).toEqual([]);
    expect(codes('Date of item or service: 64445 — Injection, anesthetic agent')).toEqual([]);
  });

  it('reads a field word behind a preposition as the complement of a head no list knows', () => {
    expect(codes('Also open for the same encounter: 64712 (digital nerve neuroplasty), offer $2,650.00')).toEqual([
      '64712',
    ]);
    expect(codes('Also open for the same encounter: 64712')).toEqual([]);
    expect(codes('Date for the same encounter: 64712 (digital nerve neuroplasty)')).toEqual([]);
  });

  it('reads known codes each with a figure under a code head as a list', () => {
    expect(codes('Suggested codes (AI, confidence): 64714 0.93 · 64712 0.41 · G56.22 0.97')).toEqual([
      '64714',
      '64712',
    ]);
    expect(codes('Suggested codes (AI, confidence): 64714 0.93')).toEqual([]);
  });

  it('reads a count in parentheses after the number under a code head as how often the code came up', () => {
    expect(codes('Work queue: 37 new denials. Top code 64445 (9 of them). Queue ID 60812')).toEqual(['64445']);
    expect(codes('Work queue: 37 new denials. Top code 64445. Queue ID 60812')).toEqual([]);
    expect(codes('Top code 64445 (pending)')).toEqual([]);
    expect(codes('Top code: 64445 (9 of them)')).toEqual([]);
  });

  it('reads a spaced unit count after the number ("x 3")', () => {
    expect(codes('Batched items (same plan, same service code, 30-day window): 64445 x 3 claims')).toEqual(['64445']);
    expect(codes('Batched items (same plan, same service code, 30-day window): 64445 for 3 claims')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 23 (sealed22 families), phrase ends and units', () => {
  it('reads an arrow right before the number as the end of the phrase before it', () => {
    expect(codes('Also heard: "we will do the sciatic block next visit" → 64445 not performed today')).toEqual([
      '64445',
    ]);
    expect(codes('Also heard: "we will do the sciatic block next visit" 64445 not performed today')).toEqual([]);
    // Words between the arrow and the number still label it.
    expect(codes('ZIP 17323 → Carrier 64712, Locality 99')).toEqual([]);
  });

  it('reads a plural before a full stop as a sentence end, not an abbreviated label', () => {
    expect(codes('Consult the plan documents. 64612 is covered')).toEqual(['64612']);
    expect(codes('Claim nos. 64612')).toEqual([]);
    expect(codes('Acct. 64612')).toEqual([]);
  });

  it('reads units given a figure after the number as the code’s units, not a count', () => {
    expect(codes('Remark N130: Consult plan benefit documents. 64612 units reduced from 2 to 1 (MUE).')).toEqual([
      '64612',
    ]);
    expect(codes('Remark N130: Consult plan benefit documents. 64612 units reduced')).toEqual([]);
    expect(codes('Nightly sync: 64612 units billed')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 24 (sealed23 and sealed24), false marks', () => {
  it('reads a number glued by `*` to an element before it as an X12 element, not a code', () => {
    // A 277CA shown as an indented tree: the segment follows the tree's text on its line, elided ("NM1*41 ...*46*").
    expect(codes('▾ HL2 Information Receiver: NORTHGATE BILLING SVC   NM1*41 ...*46*64712')).toEqual([]);
    expect(codes('▾ HL2 Information Receiver: NORTHGATE BILLING SVC   64712')).toEqual(['64712']);
    // A footnote star is no element separator.
    expect(codes('Billing note: *64712 needs the op note')).toEqual(['64712']);
  });

  it('reads a word no list knows opening a parenthesis with the number as its label, not a procedure word outside', () => {
    expect(codes('Created by Northgate Billing (Submitter 64712)   Linked tickets: 73214')).toEqual([]);
    expect(codes('Created by Northgate Billing (CPT 64712)')).toEqual(['64712']);
    // A closed parenthesis in a label is no aside ("Secondary CPT(s)" over a list).
    expect(codes('64445; 64632', { before: 'Secondary CPT(s)' })).toEqual(['64445', '64632']);
  });

  it('reads words ending in a colon after the number as the next field’s label, not a description', () => {
    expect(codes('Sample size: 30   Seed: 64445   Frame low: 1   Frame high: 42640')).toEqual([]);
    expect(codes('Sample size: 30   Seed: 64445   sciatic block')).toEqual(['64445']);
  });

  it('reads a list as codes only when its first member is known', () => {
    expect(codes('Created 05/15/2026 09:14   Linked tickets: 73214, 64712')).toEqual([]);
    expect(codes('Created 05/15/2026 09:14   Linked tickets: 64445, 64712')).toEqual(['64445', '64712']);
  });
});

describe('evidence: issue 11 pass 24 (sealed23 and sealed24), units, comparisons and named modifiers', () => {
  it('reads a unit count after the number with its punctuation, and an ordinal unit', () => {
    expect(codes('05/11 13:55  MD review     Dr. Ferreira: approve 64712 x1; 12-week PT documented')).toEqual([
      '64712',
    ]);
    expect(codes('05/11 13:55  MD review     Dr. Ferreira: approve 64712; 12-week PT documented')).toEqual([]);
    expect(codes('MUE: 64714 2nd unit')).toEqual(['64714']);
    expect(codes('MUE: 64714 2nd floor')).toEqual([]);
  });

  it('reads two numbers compared by "vs" as a list', () => {
    expect(codes('Coding impact (coder use only — hidden from provider view): 64712 vs 64714; not coded')).toEqual([
      '64712',
      '64714',
    ]);
    expect(codes('Coding impact (coder use only — hidden from provider view): 64712; not coded')).toEqual([]);
    // The list takes its first member's verdict: an identifier's label makes both identifiers.
    expect(codes('Claim 64712 vs 64714')).toEqual([]);
  });

  it('reads a modifier named after the number as outweighing a field word not bound right before it', () => {
    expect(codes('Claims for S items: 64712 with modifier Q1 and condition code 30')).toEqual(['64712']);
    expect(codes('Claims for S items: 64712 with condition code 30')).toEqual([]);
    // Bound right before the number, the field word keeps it an identifier.
    expect(codes('Claim 64712 with modifier Q1')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 24 (sealed23 and sealed24), notes and noun adjuncts', () => {
  it('reads a dash-led note after a column gap as the next column of a fixed-width row', () => {
    expect(codes('05/10 08:41  RN review     64445 — no auth required when billed with 64712 same DOS')).toEqual([
      '64445',
      '64712',
    ]);
    expect(codes('05/10 08:41  RN review     64445 — 05/12 08:00')).toEqual([]);
    expect(codes('05/10 08:41  RN review 64445 — no auth required')).toEqual([]);
  });

  it('reads a number between "the" and a plural as naming what the plural holds, not counting it', () => {
    expect(codes('Customer: 17 claims rejected "SV101-2 invalid" on the 64714 lines, file 837P_0512_A.')).toEqual([
      '64714',
    ]);
    expect(codes('Customer: 17 claims rejected "SV101-2 invalid" on 64714 lines, file 837P_0512_A.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 24 (sealed23 and sealed24), imperatives', () => {
  it('reads a word opening its sentence, the number, then "to" and a determiner as a verb and its object', () => {
    expect(codes("NO. BLOCK WAS ANESTHESIA'S. MOVE 64445 TO THEIR CLAIM, TIN ENDS 44717?")).toEqual(['64445']);
    expect(codes("NO. BLOCK WAS ANESTHESIA'S. MOVE 64445, TIN ENDS 44717?")).toEqual([]);
    expect(codes('Shift 64712 to the facility claim.')).toEqual(['64712']);
    // Not opening its sentence, the word is the number's label; a listed field word stays one.
    expect(codes('Please send refund 64712 to the patient.')).toEqual([]);
    expect(codes('Claim 64712 to the payer.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 25 (sealed25 and sealed26), keys and query columns', () => {
  it('reads a key glued by "=" as the field naming the value, not a verb', () => {
    expect(codes('INFO - inserted=64712 updated=64714 rejected=27')).toEqual([]);
    expect(codes('INFO - inserted 64712 rows')).toEqual([]);
    expect(codes('claim=CLM-31068-A line=1 cpt=64712 mods=RT')).toEqual(['64712']);
    expect(codes('GET /fs/v2/rate?code=64632&carrier=15202')).toEqual(['64632']);
    expect(codes('PTP hit column1=64712 column2=64445 modInd=1')).toEqual(['64712', '64445']);
  });

  it("reads a query's column name compared with the value or an IN list as its field", () => {
    expect(codes('    AND t.ORIGINAL_PAYOR_ID NOT IN (51183, 64612)  -- carve-out')).toEqual([]);
    expect(codes('    AND t.ORIGINAL_PAYOR_ID = 64612')).toEqual([]);
    expect(codes("  WHERE t.CPT_CODE IN ('64712', '64714', '64632')")).toEqual(['64712', '64714', '64632']);
    // A metric's snake_case name opening its line (Prometheus exposition), its labels allowed.
    expect(codes('jvm_threads_live_threads 64714', undefined, KNOWN_10K)).toEqual([]);
    expect(codes('claim_lines_submitted_total{clearinghouse="availity"} 64714')).toEqual([]);
    expect(codes('procedure_code 64714')).toEqual(['64714']);
    expect(codes('Note: payer_id 64714 on file')).toEqual([]);
    // A dotted abbreviation is no column name ("e.g.", "approx." keep their own readings).
    expect(codes('Nerve blocks, e.g. 64445, need a modifier')).toEqual(['64445']);
    // A prose word before "in (" is no column name.
    expect(codes('Codes reported in (64712, 64714) last year')).toEqual(['64712', '64714']);
  });
});

describe('evidence: issue 11 pass 25 (sealed25 and sealed26), counts', () => {
  it('reads a number before a modifier word and a plural ending its segment as a count', () => {
    expect(codes('Stratum 1 (64612): 64714 frame lines, 30 sample lines.')).toEqual(['64612']);
    expect(codes('We received 64445 timely pieces of correspondence on the rule.')).toEqual([]);
    expect(codes('Stratum 1 (64612): 64714 lines to sample.')).toEqual(['64612', '64714']);
  });

  it('reads a plural and a past participle ending the sentence after the number as a count', () => {
    expect(codes('Provider Inquiry, 1-800-555-7722. 64714 copies printed.')).toEqual([]);
    expect(codes('Provider Inquiry, 1-800-555-7722. 64714 copies printed for the clinic.')).toEqual(['64714']);
  });
});

describe('evidence: issue 11 pass 25 (sealed25 and sealed26), asides', () => {
  it('reads any word no list knows opening a parenthesis with the number as its label, not a field word outside', () => {
    // The procedure noun opening the aside is then positive evidence; "rows" outside it does not label the number.
    expect(codes('Restore default modifiers on 2 CDM rows (neuroplasty 64712/64714) and re-release')).toEqual([
      '64712',
      '64714',
    ]);
    expect(codes('Restore default modifiers on 2 CDM rows (batch 64712/64714) and re-release')).toEqual([]);
    expect(codes('Restore default modifiers on 2 CDM rows (tray 64712) and re-release')).toEqual([]);
  });

  it('reads a coding verb after an article as a noun, no evidence after the number', () => {
    expect(codes('Reference provider type 31, specialty 64714 on the request.')).toEqual([]);
    expect(codes('Reference provider type 31, specialty 64714 on request.')).toEqual(['64714']);
    expect(codes('Reference provider type 31, specialty 64714 is reported.')).toEqual(['64714']);
  });
});

describe('evidence: issue 11 pass 26 (sealed27 and sealed28), the code a sentence talks about', () => {
  it('reads a determiner right before `code` as the end of its qualifier: prose, no field name', () => {
    expect(codes('The nurse handed us the code (64445) at check-in')).toEqual(['64445']);
    expect(codes('Is the other knee billed with the same code 64712?')).toEqual(['64712']);
    expect(codes('My sister got a different code, 64714 is what hers said')).toEqual(['64714']);
    // Without the determiner, the word before `code` is its qualifier ("nurse code" is some other field's code).
    expect(codes('The nurse handed us nurse code (64445) at check-in')).toEqual([]);
    // "use the code …" still gives a promotion or access code.
    expect(codes('At checkout use the code 64612 for ten percent off')).toEqual([]);
  });

  it('reads `code` before a form of "be" and the number as the procedure code the sentence names', () => {
    expect(codes('The clinic told me the knee injection code was 64445 that day')).toEqual(['64445']);
    expect(codes('The clinic told me the knee injection code 64445 that day')).toEqual([]);
    // A listed word still names another field.
    expect(codes('The clinic told me the ZIP code was 64445 that day')).toEqual([]);
  });

  it('reads "said" as a verb, no label', () => {
    expect(codes('The scheduler said code 64632 is the usual one')).toEqual(['64632']);
    expect(codes('The scheduler wrote code 64632 is the usual one')).toEqual([]);
  });

  it('reads an upper-case abbreviation before a verb in -s as its subject, no label', () => {
    expect(codes('My ERA shows 64714 twice for one visit')).toEqual(['64714']);
    expect(codes('My ERA 64714 twice for one visit')).toEqual([]);
    // A verb that does not read a document out leaves the abbreviation its label.
    expect(codes('My ERA pairs 64714 twice for one visit')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 26 (sealed27 and sealed28), cases and asides', () => {
  it('reads surgical cases a procedure noun names as counted by their codes', () => {
    expect(codes('Rhizotomy cases 64632 / 64714 are paid per call shift')).toEqual(['64632', '64714']);
    expect(codes('All arthroscopy cases (64712, 64714) go to room 4')).toEqual(['64712', '64714']);
    expect(codes('All vendor cases (64712, 64714) go to room 4')).toEqual([]);
  });

  it('reads a lower-case noun and "surgery" right before the number as the procedure it names', () => {
    expect(codes('Out of pocket: ulnar nerve surgery 64714, check 2231')).toEqual(['64714']);
    // A business's name ("Lakeside Surgery") names no procedure.
    expect(codes('Out of pocket: Lakeside Surgery 64714, check 2231')).toEqual([]);
  });

  it("reads a parenthesised number after a lower-case word as a description's, not a name's id", () => {
    const under = (columnHeader: string) => ({ columnHeader });
    expect(codes('note: after ulnar nerve release (64712), per Dr. Ames', under('Item'))).toEqual(['64712']);
    // A capitalised name keeps its id.
    expect(codes('Sent to Ulnar Partners (64712), per Dr. Ames', under('Item'))).toEqual([]);
  });
});

describe('evidence: issue 11 pass 26 (sealed27 and sealed28), stats, rows and amounts', () => {
  it('reads a segment of one number and one lower-case word between separators as a stat', () => {
    expect(codes('posted by u/knee_pain_22 · 64714 reputation · 2d')).toEqual([]);
    expect(codes('posted by u/knee_pain_22 · 64714 reputation')).toEqual(['64714']);
    // A side is said of a procedure.
    expect(codes('SMITH, J · 64612 bilateral · auth on file')).toEqual(['64612']);
  });

  it('reads a CSV field followed by a whole number field as a field, no decimal fraction', () => {
    expect(codes('7710,2026-01-04,12,51100,64714,90064714,812.00,late')).toEqual(['64714']);
    expect(codes('7710,2026-01-04,12,51100,64714,90064714 late')).toEqual([]);
  });

  it('reads a number after two whole amounts of six or more digits in columns as the next amount', () => {
    expect(codes('DIALYSIS   4120055    9002114    64632    7708812   0.4411')).toEqual([]);
    expect(codes('DIALYSIS   4120055    90021    64632    7708812   0.4411')).toEqual(['64632']);
    // Dates are no amounts.
    expect(codes('LN 2   20260412  20260415  64712  RT')).toEqual(['64712']);
  });

  it('reads a table column of whole amounts (six or more digits) as amounts, not codes', () => {
    const column = ['18204511', '24800640', '9744210', '0', '64612'];
    expect(codes('64612', { columnHeader: 'Wages (1)', column })).toEqual([]);
    expect(codes('64612', { columnHeader: 'Wages (1)', column: ['64612', '64714', '64445'] })).toEqual(['64612']);
  });
});

describe('evidence: issue 11 pass 27 (sealed29 to sealed32), counts, keypads, barcodes and predicates', () => {
  it("names a spreadsheet grid's column by its first row of words, not by its letter", () => {
    const column = ['Account', '64712', '64714', '64445'];
    expect(codes('64714', { columnHeader: 'C', column })).toEqual([]);
    expect(codes('64714', { columnHeader: 'C', column: ['HCPCS', '64712', '64714', '64445'] })).toEqual(['64714']);
  });

  it('reads a number before a plural after a past participle and "of" as a count', () => {
    expect(codes('The archive consisted of 64712 lines totaling $2,000,000.')).toEqual([]);
    expect(codes('Of the records we reviewed, 64712 neuroplasty was billed.')).toEqual(['64712']);
  });

  it('reads a number out of a larger total ("N of M") as a count', () => {
    expect(codes('Attestations done (64612 of 70,118 staff).')).toEqual([]);
    expect(codes('Attestations done (64612 of 2 sides).')).toEqual(['64612']);
  });

  it("reads a keypad's digits before '#' and a barcode's printed digits as no code", () => {
    expect(codes('Dial in: +1 312-555-0199,,64632# then wait')).toEqual([]);
    expect(codes('*64632*')).toEqual([]);
    expect(codes('|| ||| | |||| 64632 ||| |')).toEqual([]);
    expect(codes('Packet note: CPT 64632 scanned')).toEqual(['64632']);
  });

  it('reads a line of (index, value) pairs as values, not codes', () => {
    expect(codes('  4    64445      14    64632      24    9002')).toEqual([]);
    // A data row that opens with a longer index keeps its code column.
    expect(codes('4120  85302  64445      86213  62308  43601  50')).toEqual(['64445']);
  });

  it('reads "size" and a page abbreviation as labels of other numbers', () => {
    expect(codes('POOL SIZE:   64714          DRAWN SIZE:   40')).toEqual([]);
    expect(codes('(Tab 3, p. 64714)')).toEqual([]);
    expect(codes('FRAME CPT:   64714')).toEqual(['64714']);
    expect(codes('(Tab 3, CPT 64714)')).toEqual(['64714']);
  });

  it('reads an anatomical noun phrase as the subject of "is" before the number', () => {
    expect(codes('An injection around the femoral nerve is 64445; a catheter is billed apart.')).toEqual(['64445']);
    expect(codes('A block of the facial nerve, bilateral, is 64612.')).toEqual(['64612']);
    expect(codes('The clinic on the river is 64445; parking is free.')).toEqual([]);
  });

  it('reads a charge line whose description ends in a side as a code, with its amounts', () => {
    expect(codes('INJ FEMORAL NERVE LT        64445    610.00     402.10')).toEqual(['64445']);
    expect(codes('INJ FEMORAL NERVE LT        64445    06/10/2025')).toEqual([]);
  });

  it('reads "best" before `code` as no qualifier of it', () => {
    expect(codes('Done with fluoroscopy; best code 64445.')).toEqual(['64445']);
    expect(codes('Done with fluoroscopy; door code 64445.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 28 (sealed33 and sealed34), tables and procedure words', () => {
  it('reads a "Billed with" / "Coded as" header as naming a code column', () => {
    const column = ['64910', '64712', '64635', '', '', '64712'];
    const row = ['AxoGuard nerve protector 10mm', 'AxoGen', 'AG-P10-40', '15872C', '1', '27805', '64712'];
    expect(codes('64712', { columnHeader: 'Billed with', column, row })).toEqual(['64712']);
    expect(codes('64712', { columnHeader: 'Coded as', column, row })).toEqual(['64712']);
    expect(codes('64712', { columnHeader: 'Bill to', column, row })).toEqual([]);
  });

  it('reads a row cell with no letter as naming no field, and a description in any script', () => {
    // An Arabic-locale export: the amount's sign follows it ("٦٤٠٫٠٠ $"); the description is in Arabic.
    const column = ['64445', '64632', '٦٤٧١٢', '64712', '64714', '64612'];
    const header = 'رمز الإجراء';
    const row = ['44152', '١٢/١١/٢٠٢٥', '64445', 'حقن العصب الوركي', '٦٤٠٫٠٠ $'];
    expect(codes('64445', { columnHeader: header, column, row })).toEqual(['64445']);
    // No description in the row: a header no list knows needs one.
    expect(codes('64445', { columnHeader: header, column, row: ['44152', '١٢/١١/٢٠٢٥', '64445', '٦٤٠٫٠٠ $'] })).toEqual(
      [],
    );
  });

  it('reads "chemo" as a procedure word', () => {
    const context = { columnHeader: 'Requested test', row: ['52430', '03/02', 'Blepharospasm', 'Chemo 64612'] };
    expect(codes('Chemo 64612', context)).toEqual(['64612']);
    expect(codes('Chair 64612', context)).toEqual([]);
    expect(codes('Blepharospasm — chemo 64612 next week')).toEqual(['64612']);
    expect(codes('Blepharospasm — chair 64612 next week')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 29 (sealed35 to sealed37), app widgets, counts and clinical shorthand', () => {
  it('reads "search" as a verb, no label (a command palette, a search box placeholder)', () => {
    expect(codes('> 64612', { before: '⌘K  Type a command or search…' })).toEqual(['64612']);
    expect(codes('> 64612', { before: '⌘K  Type a command or filter…' })).toEqual([]);
    expect(codes('64712', { before: 'Search codes…' })).toEqual(['64712']);
    expect(codes('64712', { before: 'Parking codes…' })).toEqual([]);
  });

  it('reads "s/p" (status post) as naming a procedure', () => {
    expect(codes('Admission H&P; s/p 64714')).toEqual(['64714']);
    expect(codes('PT/OT 6 days/wk; can take s/p 64714')).toEqual(['64714']);
    // "s/n" is a serial number.
    expect(codes('Admission H&P; s/n 64714')).toEqual([]);
  });

  it('reads "ver." and "version" as labels of other numbers', () => {
    expect(codes('Prospective list ver. 64632')).toEqual([]);
    expect(codes('Form version 64632')).toEqual([]);
    expect(codes('Prospective list etc. 64632')).toEqual(['64632']);
  });

  it('reads no description in a gap that opens with "in" (a place: "in schedule")', () => {
    expect(codes('No fee for 64612 in schedule 64632; the Medicare fee will be used.')).toEqual(['64612']);
    expect(codes('64712 sciatic nerve 64714')).toEqual(['64712', '64714']);
  });

  it('reads a plural noun no list knows heading a column as a count of what it names', () => {
    const row = ['Spinal Procedures', 'Back & Neck except Spinal Fusion', 'Outpatient', '63030, 63047', '64445'];
    const column = ['64445', '12168', '9,404', '88157'];
    for (const columnHeader of ['National episodes (baseline)', 'Beneficiaries']) {
      expect(codes('64445', { columnHeader, row, column }), columnHeader).toEqual([]);
    }
    for (const columnHeader of ['National episode (baseline)', 'Beneficiary']) {
      expect(codes('64445', { columnHeader, row, column }), columnHeader).toEqual(['64445']);
    }
  });

  it('reads the subject of "required for:" / "needed for:" as no label of the services after it', () => {
    expect(codes('Prior auth required for: 64712, 64714, 64632')).toEqual(['64712', '64714', '64632']);
    expect(codes('No auth needed for: 64445 (office)')).toEqual(['64445']);
    expect(codes('Prior auth number for: 64712, 64714, 64632')).toEqual([]);
  });

  it('reads a generic "Code" column of a table with a modifier column as codes', () => {
    // Half the column is codes the data does not know (a code look-up's neighbours): a chargemaster's shape.
    const column = ['64445', '64446', '64712', '64786', '64714', '64858'];
    const row = ['64712', '', 'Revise sciatic nerve', 'A', '090'];
    const context = { columnHeader: 'Code', column, row };
    expect(codes('64712', { ...context, headers: ['Code', 'Mod', 'Short descriptor', 'Status', 'Global'] })).toEqual([
      '64712',
    ]);
    expect(codes('64712', { ...context, headers: ['Code', 'Unit', 'Short descriptor', 'Status', 'Global'] })).toEqual(
      [],
    );
  });

  it('reads "decompression" and "Surgery" opening the text as naming the procedure', () => {
    expect(codes('POD 2 open lumbar plexus decompression 64714 (10/06).')).toEqual(['64714']);
    expect(codes('POD 2 open lumbar plexus compartment 64714 (10/06).')).toEqual([]);
    expect(codes('Surgery 64712 09/30/25 LT; foot drop')).toEqual(['64712']);
    // A business's name stays one.
    expect(codes('Lakeside Surgery 64712 09/30/25')).toEqual([]);
  });

  it('reads a number after a street address and a comma as its ZIP', () => {
    expect(codes('Signed by beneficiary 10/06/2025 at 2207 Cedar Ave S, 64632')).toEqual([]);
    expect(codes('Signed by beneficiary 10/06/2025 at 2207 Cedar Ave S; CPT 64632')).toEqual(['64632']);
  });

  it("reads a sample value by its field's name across a spaced dash (a column picker)", () => {
    expect(codes('☑ CPT — sample: 64712')).toEqual(['64712']);
    expect(codes('☐ Secondary CPT — sample: 64445')).toEqual(['64445']);
    expect(codes('☑ Payer ID — sample: 64712')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 30 (sealed38 to sealed40), bank records, price files and clinical words', () => {
  it('reads a record type digit then whole numbers, one zero-padded, as a bank file record (lockbox, ACH)', () => {
    expect(codes('5 001 64632 251110')).toEqual([]);
    expect(codes('8 64632 001 002 0000056265')).toEqual([]);
    // No zero-padded field, or no record type digit opening the line: not a bank record.
    expect(codes('5 1 64632 251110')).toEqual(['64632']);
    expect(codes('5001 64632 251110')).toEqual(['64632']);
    // A five-digit code with a leading zero is no padding: a line of codes stays codes.
    expect(codes('1 64712 01250')).toEqual(['64712']);
  });

  it('reads "nerve block(s)" and an anatomical adjective before "injection" as naming the procedure', () => {
    expect(
      codes('The hospital statement lists the nerve block 64445, and the anesthesia group billed it again.'),
    ).toEqual(['64445']);
    expect(codes('Nerve blocks 64445, 64447; chemodenervation 64612')).toEqual(['64445', '64612']);
    expect(codes('the visits were the 10/28 facial injection 64612.')).toEqual(['64612']);
    // A legal description's block, a word with no anatomical suffix before "injection": no procedure named.
    expect(codes('Parcel: Lot 4 block 64445, and the easement')).toEqual([]);
    expect(codes('the visits were the 10/28 prior injection 64612.')).toEqual([]);
  });

  it('reads "if" as no label and "both" as a filler', () => {
    expect(codes('3) Group asked if 64445 with 76942 needs PA from 1/1')).toEqual(['64445']);
    expect(codes('3) Group asked for file 64445 with 76942 needs PA from 1/1')).toEqual([]);
    expect(codes('The estimate included both 64445 and 76942, so no')).toEqual(['64445']);
    expect(codes('The estimate included Box 64445 and 76942, so no')).toEqual([]);
  });

  it('reads an indented capitalised heading as no identifier label', () => {
    expect(codes('  Additional: 64712 if conservative tx fails - not covered')).toEqual(['64712']);
    // A lower-case word before the colon is no heading.
    expect(codes('  additional: 64712 if conservative tx fails - not covered')).toEqual([]);
  });

  it('reads a negation in parentheses after the number as a note, no label naming another field', () => {
    expect(codes('Top denials: CO-197 on 64632 (no PA), CO-4 on bilateral lines')).toEqual(['64632']);
    expect(codes('Top denials: CO-197 on 64632 (PA no.), CO-4 on bilateral lines')).toEqual([]);
  });

  it('reads the code|1|type cell of a price transparency row as the coding system of its code|1 value', () => {
    const headers = ['description', 'code|1', 'code|1|type', 'code|2', 'code|2|type', 'setting'];
    const column = ['64445', '64712', '64714', '64632', '64612'];
    const row = (type: string) => ['DESTR NEUROLYTIC PLANTAR DIG NRV', '64632', type, '', '', 'outpatient'];
    expect(codes('64632', { columnHeader: 'code|1', headers, column, row: row('CPT') })).toEqual(['64632']);
    expect(codes('64632', { columnHeader: 'code|1', headers, column, row: row('CDM') })).toEqual([]);
  });

  it('reads a bare number beside a procedure column holding a code the data does not know as another field', () => {
    const headers = ['Account', 'Fin class', 'Bal at W/O', 'W/O code', 'Agency', 'Primary CPT'];
    const column = ['64632', '64632', '64632', '64632'];
    const row = (cpt: string) => ['52019460', 'SP', '612.00', '64632', 'HCB', cpt];
    // 99284 is a CPT code the five known codes do not include: still the row's code.
    expect(codes('64632', { columnHeader: 'W/O code', headers, column, row: row('99284') })).toEqual([]);
    expect(codes('64632', { columnHeader: 'W/O code', headers, column, row: row('') })).toEqual(['64632']);
  });

  it('reads a number in parentheses after a date, not a name, under a header naming another field', () => {
    const context = { columnHeader: 'Records requested' };
    expect(codes('Op note + itemized bill, DOS 02/11/26 (64712)', context)).toEqual(['64712']);
    expect(codes('Op note + itemized bill, Keller & Ames (64712)', context)).toEqual([]);
  });

  it('reads a list whose first and last members are known as codes, a code the data does not know between', () => {
    expect(codes('Itemized billing statement (lines 64712, 01250, 64445)')).toEqual(['64712', '64445']);
    expect(codes('Itemized billing statement (lines 64712, 01250, 55555)')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 31 (sealed41 to sealed43), county and department columns, fee files and place keys', () => {
  it('reads "FIPS" as naming another field (a county code)', () => {
    const headers = ['County', 'MHD Code', 'FIPS', 'Region', 'Health Plans'];
    const column = ['64445', '64612', '64712', '64714', '64632'];
    const row = ['Bates', '007', '64712', 'Western', 'Healthy Blue · Home State Health'];
    expect(codes('64712', { columnHeader: 'FIPS', headers, column, row })).toEqual([]);
    expect(codes('64712', { columnHeader: 'CPT', headers, column, row })).toEqual(['64712']);
  });

  it('reads "Dept" as naming another field (a general ledger department)', () => {
    const headers = ['Account', 'Account Descr', 'Dept', 'Actual', 'Budget', 'Variance', 'Journal ID'];
    const column = ['61420', '61420', '61420', '61420', '61420', '61420'];
    const row = ['60210', 'Call coverage stipends', '61420', '46500.00', '27750.00', '-18750.00', 'AP00081344'];
    expect(codes('61420', { columnHeader: 'Dept', headers, column, row }, KNOWN_10K)).toEqual([]);
    expect(codes('61420', { columnHeader: 'CPT', headers, column, row }, KNOWN_10K)).toEqual(['61420']);
  });

  it('reads a fee file row opening with the number and an upper-case descriptor as a code row', () => {
    const before = 'PROCEDURE CODE,MODIFIER 1,MODIFIER 2,DESCRIPTION,FACILITY FEE,NON-FACILITY FEE';
    expect(codes('64445,,,N BLOCK INJ SCIATIC SNG,71.22,139.05', { before })).toEqual(['64445']);
    expect(codes('64445,,,SMITH JOHN,71.22,139.05', { before })).toEqual([]);
  });

  it('reads a frequency limit ("once per side") after the number as said of a service', () => {
    expect(codes('A: Louisiana Medicaid allows 64612 once per side every 84 days.')).toEqual(['64612']);
    expect(codes('A: Louisiana Medicaid allows 64612 once every 84 days.')).toEqual([]);
  });

  it('reads a bare "Code" column whose row describes the code as CPT does as codes, not a chargemaster', () => {
    const column = ['64445', '64446', '64490', '64493', '64625', '64635', '64612', '64712', '64714'];
    const headers = ['Code', 'Description', 'BlueCare Tennessee', 'Wellpoint'];
    const context = { columnHeader: 'Code', column, headers };
    expect(codes('64712', { ...context, row: ['64712', 'Neuroplasty, sciatic nerve', 'No PA', 'PA'] })).toEqual([
      '64712',
    ]);
    expect(codes('64712', { ...context, row: ['64712', 'NEUROPLASTY SCIATIC NRV', 'No PA', 'PA'] })).toEqual([]);
  });

  it('reads numbers keyed one after another to capitalised names as the names’ numbers (ZIPs, ids)', () => {
    expect(codes('Not served: 64612 (Pound Ridge), 64712 (South Salem) or 64714 (Goldens Bridge).')).toEqual([]);
    expect(codes('Not served: 64612 (Pound Ridge) this year.')).toEqual(['64612']);
  });
});

describe('evidence: issue 11 pass 32 (sealed44 to sealed46), tickets, legacy codes, sides and service columns', () => {
  it('reads a procedure word glued by a dash as a ticket prefix under a header no list knows', () => {
    expect(codes('CHG-64714', { columnHeader: 'Ticket' })).toEqual([]);
    expect(codes('CPT-64714', { columnHeader: 'Ticket' })).toEqual(['64714']);
  });

  it('reads "Legacy" as naming another field (a retired local code, not a CPT code)', () => {
    expect(codes('Legacy 64612 should never have reached the claim.')).toEqual([]);
    expect(codes('Legacy code retired; report 64612 instead.')).toEqual(['64612']);
  });

  it('reads a number after another number of three digits or more and "of" as a total', () => {
    expect(codes('group 4 of 9 · element 10582 of 64445 · target row')).toEqual([]);
    expect(codes('item 2 of 64445 was billed')).toEqual(['64445']);
  });

  it('reads a side in parentheses followed by a comma after the number as said of a procedure', () => {
    expect(
      codes('64612 (left), in office', { columnHeader: 'Value', row: ['Administration', '64612 (left), in office'] }),
    ).toEqual(['64612']);
    expect(
      codes('64612 (lower), in office', { columnHeader: 'Value', row: ['Locker', '64612 (lower), in office'] }),
    ).toEqual([]);
  });

  it('reads a bare "Code" column whose row describes the code with a semicolon, as CPT does, as codes', () => {
    const column = ['64712', '64713', '64714', '64708', '64722', '64726'];
    const headers = ['Code', 'Descriptor', 'Code system', 'Version'];
    const context = { columnHeader: 'Code', column, headers };
    expect(codes('64714', { ...context, row: ['64714', 'Neuroplasty; lumbar plexus', 'CPT', '2025'] })).toEqual([
      '64714',
    ]);
    expect(codes('64714', { ...context, row: ['64714', 'NEUROPLASTY; LUMBAR', 'CPT', '2025'] })).toEqual([]);
  });

  it('reads a service verb’s participle header ("Requested") by its column’s population', () => {
    const headers = ['Referral no.', 'Received', 'Specialty', 'Requested', 'MTF decision'];
    const row = ['0152438290', '10/08', 'Pain management', '64445', 'Accept'];
    const column = ['64712', '64445', 'Consult', '64445'];
    expect(codes('64445', { columnHeader: 'Requested', headers, column, row })).toEqual(['64445']);
    const ids = ['64445', '31874', '52290', '40912'];
    expect(codes('64445', { columnHeader: 'Requested', headers, column: ids, row })).toEqual([]);
  });

  it('reads a lower-case past tense after a plural as a coding verb, not a record noun', () => {
    expect(codes('Not covered: botulinum injections billed with 64612 for cosmetic use.')).toEqual(['64612']);
    expect(codes('Answers request 64612')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 33 (sealed47 to sealed49), dotted labels before a colon and pagers', () => {
  it('reads a dotted abbreviation right before a field label’s colon as part of the label ("Group No.:")', () => {
    expect(codes('Member ID: PVF0045530 01   Group No.: 64445   Plan code: 30150')).toEqual([]);
    expect(codes('Claim No.: 64445')).toEqual([]);
    expect(codes('CPT No.: 64445')).toEqual(['64445']);
  });

  it('reads "pager" as another field’s label, even in a cell under a CPT header', () => {
    const context = { columnHeader: 'Catheter / block (CPT)' };
    expect(codes('APS pager 64445 · Pharmacy pump desk ext. 68275', context)).toEqual([]);
    expect(codes('Single-shot subgluteal sciatic 64445 (post-op rescue)', context)).toEqual(['64445']);
  });
});

describe('evidence: issue 11 pass 34 (sealed50 to sealed52), header notes, count headers and tagged package ids', () => {
  it('reads a procedure header by its head, whatever field its parenthesised note names ("CPT (pro fee)")', () => {
    const headers = ['Seq', 'Procedure date', 'ICD-10-PCS (facility)', 'CPT (pro fee)', 'Mod', 'Surgeon'];
    const row = ['1', '03/02/2025', '01NF0ZZ', '64712', 'LT', 'Okonkwo'];
    const column = ['64712', '64708', '64445', '36430', '12032'];
    expect(codes('64712', { columnHeader: 'CPT (pro fee)', headers, row, column })).toEqual(['64712']);
    expect(codes('64712', { columnHeader: 'Claim (pro fee)', headers, row, column })).toEqual([]);
  });

  it('keeps an amount note on a head that names no coding system ("Charge (cents)" is the charge line’s amount)', () => {
    // test/e2e/fixtures/structured/csv.html's parsed table: the first build of this pass marked its cents.
    const headers = ['Encounter CSN', 'HAR', 'CPT', 'Mod', 'Charge (cents)', 'ZIP'];
    const row = ['64714', '64445', '64712', 'RT', '64632', '64111'];
    const column = ['64632', '70000'];
    expect(codes('64632', { columnHeader: 'Charge (cents)', headers, row, column })).toEqual([]);
    expect(codes('64632', { columnHeader: 'CPT (cents)', headers, row, column })).toEqual(['64632']);
  });

  it('reads a short plural no list knows heading a column ("Patient days") as counts, whatever the row says', () => {
    const headers = ['Service line', 'Discharges', 'Patient days', 'CMI'];
    const row = ['All services', '14836', '64714', '1.7740'];
    const column = ['1,008', '4,381', '4,690', '3,120', '64714'];
    expect(codes('64714', { columnHeader: 'Patient days', headers, row, column })).toEqual([]);
    expect(codes('64714', { columnHeader: 'Patient service', headers, row, column })).toEqual(['64714']);
  });

  it('reads a tag glued by a dash under a "… code" header naming no procedure as an id ("PKG-64714")', () => {
    expect(codes('PKG-64714', { columnHeader: 'Package code' })).toEqual([]);
    expect(codes('ASC-64714', { columnHeader: 'Service Code' })).toEqual(['64714']);
  });
});

describe('evidence: issue 11 pass 35 (sealed53 to sealed55), procedure XML elements, CMS-1500 24D, surgical phases and eval', () => {
  it('reads an XML element or attribute that names a procedure code ("<ProcedureCode qualifier>", cpt="…")', () => {
    const xml = '<Auth trace="47763"><ProcedureCode qualifier="HC">64714</ProcedureCode><CertNumber>64712</CertNumber>';
    expect(codes(xml)).toEqual(['64714']);
    expect(codes('<LinkedSurgery cpt="64712" orCase="64445"/>')).toEqual(['64712']);
    expect(codes('<Charge procedureId="64712"><ProcedureCodeSystem>64445</ProcedureCodeSystem></Charge>')).toEqual([]);
  });

  it('reads CMS-1500 item 24D right before the number as the procedure field, not 24J or an apartment', () => {
    expect(codes('24A 06 11 25  06 11 25  24B 21  24D 64714  LT  24E A  24F 1980 00')).toEqual(['64714']);
    expect(codes('Item 24D 64445')).toEqual(['64445']);
    expect(codes('24B 21  24J 64712')).toEqual([]);
    expect(codes('Apt 24D 64712')).toEqual([]);
  });

  it('reads a surgical phase right before the number ("post-op 64712") as the operation, not a bare "op"', () => {
    expect(codes('PT f/u — post-op 64712 wk 8')).toEqual(['64712']);
    expect(codes('plus intra-op 64445 block by anesthesia')).toEqual(['64445']);
    expect(codes('Overpayment OP 64712 written off')).toEqual([]);
  });

  it('reads "eval" and "surgical" as procedure words ("PT eval 97161", "surgical code 64632")', () => {
    expect(codes('Order: PT eval 97161, ther ex, manual', undefined, KNOWN_10K)).toEqual(['97161']);
    expect(codes('billed with surgical code 64632 on same claim')).toEqual(['64632']);
    expect(codes('Eval ID 64632 · surgical case 64712')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 36 (sealed56 to sealed58), sentence-case descriptions, JSON code types, XML systems, described lists', () => {
  it('reads a bare "Code" column as codes when the row describes the number in sentence case ("Nerve destruction")', () => {
    const headers = ['Date', 'Description', 'Code', 'Charges'];
    const column = ['11111', '99213', '64632', '73630'];
    const code = (description: string) =>
      codes('64632', { columnHeader: 'Code', headers, column, row: ['11/04/2025', description, '64632', '410.00'] });
    expect(code('Nerve destruction')).toEqual(['64632']);
    expect(code('Sponsor budget line')).toEqual([]);
    expect(code('NERVE DESTRUCTION')).toEqual([]);
  });

  it('reads a JSON code beside a "codeType" key naming CPT as a code, and one naming another system as not', () => {
    expect(codes('{ "code": "64712", "codeType": "CPT", "facility": 3018.77 }')).toEqual(['64712']);
    expect(codes('{ "code": "64712", "codeType": "CDM", "facility": 3018.77 }')).toEqual([]);
  });

  it('reads an XML element whose system attribute names CPT as a code (<Code system="CPT">), not one naming CDM', () => {
    expect(codes('<Block><Code system="CPT">64445</Code><By>ANES</By></Block>')).toEqual(['64445']);
    expect(codes('<Block><Code system="CDM">64445</Code><By>ANES</By></Block>')).toEqual([]);
  });

  it('reads words after a code and a comma as its description, so the next number is the list’s next code', () => {
    expect(codes('Neurolysis sciatic nerve 64712, lumbar plexus 64714')).toEqual(['64712', '64714']);
    expect(codes('Neurolysis sciatic nerve 64712, in room 64714')).toEqual(['64712']);
  });
});

describe('evidence: issue 11 pass 37 (sealed59 to sealed61), semicolon descriptors and Gulf e-claim activity types', () => {
  it('reads a value right before a semicolon descriptor ("Neuroplasty; sciatic nerve") as its code under any header', () => {
    const headers = ['Tariff ID', 'Item', 'Description', 'Cat A', 'Cat B'];
    // (A column the data mostly does not know: since pass 42 a bare "Item" column of known values is a code list.)
    const column = ['64712', '31392', '44614'];
    const cell = (description: string) =>
      codes('64712', {
        columnHeader: 'Item',
        headers,
        column,
        row: ['T-78555', '64712', description, '10450', '9200'],
      });
    expect(cell('Neuroplasty; sciatic nerve')).toEqual(['64712']);
    expect(cell('Injection, anesthetic; sciatic nerve, single')).toEqual(['64712']);
    expect(cell('Surgeon fee')).toEqual([]);
    expect(codes('64712', { columnHeader: 'Enc', column, row: ['64712', '64714', 'Agree; units documented'] })).toEqual(
      [],
    );
  });

  it('reads a Gulf e-claim <Code> after its activity <Type>3</Type> (CPT in that schema) as a code, not type 8', () => {
    const activity = (type: number) =>
      `<Activity><ID>1</ID><Type>${type}</Type><Code>64712</Code><Quantity>1</Quantity><Net>9800.00</Net></Activity>`;
    expect(codes(activity(3))).toEqual(['64712']);
    expect(codes(activity(8))).toEqual([]);
    expect(codes('<Activity><Type>3</Type>\n  <Code>64445</Code><Net>17730</Net></Activity>')).toEqual(['64445']);
  });

  it('reads a Gulf e-claim JSON activity\'s quoted "code" right after "type": 3 as a code, not an unquoted number', () => {
    expect(codes('{ "type": 3, "code": "64712", "qty": 1, "decision": "REJECTED" }')).toEqual(['64712']);
    expect(codes('{ "type": 3, "code": 64712, "message": "Quota exceeded" }')).toEqual([]);
    expect(codes('{ "type": 5, "code": "64712", "qty": 1 }')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 38 (sealed62 to sealed64), recipient headers and codes compared across columns', () => {
  it('reads a bare value under a past participle and "to" ("Routed to") as a recipient, not a code; "Maps to" stays', () => {
    const column = ['64714', '64632', '64445'];
    const cell = (header: string) =>
      codes('64714', { columnHeader: header, column, row: ['Cobalamin', '20638', '64714'] });
    expect(cell('Routed to')).toEqual([]);
    expect(cell('Maps to')).toEqual(['64714']);
  });

  it('reads a known value a row writes twice under headers no list knows (a double-coding grid) as a code', () => {
    const headers = ['Chart', 'Initial', 'Revised', 'Consensus'];
    const column = ['64712', '64447', '64483', '64708'];
    const cell = (row: string[], header = 'Revised') => codes('64712', { columnHeader: header, headers, column, row });
    expect(cell(['71230', '64712', '64712', '64712'])).toEqual(['64712']);
    expect(cell(['71230', '64714', '64712', '64445'])).toEqual([]);
    expect(cell(['71230', '64712', '64712', '64712'], 'FIN')).toEqual([]);
  });

  it('reads "original" and "audited" before a code head as an audit state, no qualifier naming another field', () => {
    expect(codes('Original code: 64445   Audited codes: 64445, 64450')).toEqual(['64445', '64445']);
    expect(codes('Audited code(s): 64632 x2')).toEqual(['64632']);
    expect(codes('Original claim no.: 64712   Audited account: 64714')).toEqual([]);
  });

  it('reads a "-to" compound header ("Remit-to ZIP") by its field name, not as a preposition before it', () => {
    // A column that writes one value with a modifier: a header no list knows would make it a code column.
    const column = ['64445-RT', '64632', '64714'];
    const cell = (header: string) => codes('64632', { columnHeader: header, column, row: ['Clinic B', '64632'] });
    expect(cell('Remit-to ZIP')).toEqual([]);
    expect(cell('Pay-to NPI')).toEqual([]);
    expect(cell('Bill-to CPT')).toEqual(['64632']);
  });

  it('reads a lower-case "so" before the number as a conjunction, no label; an upper-case "SO" is a sales order', () => {
    expect(codes('The op note names the lumbar plexus, so 64714 is the right pick.')).toEqual(['64714']);
    expect(codes('Docs support a facial nerve injection, so 64612')).toEqual(['64612']);
    expect(codes('Backordered tray on SO 64714 until Friday.')).toEqual([]);
  });

  it('reads a "… code" column as procedures when its table has a modifier column, whatever its population', () => {
    const column = ['64612', '20089', '64616', '20093'];
    const cell = (headers: string[]) =>
      codes('64612', { columnHeader: 'Kit code', headers, column, row: headers.map((_, i) => (i ? '' : '64612')) });
    expect(cell(['Kit code', 'Mod', 'Units'])).toEqual(['64612']);
    expect(cell(['Kit code', 'Bin', 'Units'])).toEqual([]);
  });
});

describe('evidence: issue 11 pass 39 (sealed65 to sealed68), bank file records, examples and amount fields', () => {
  it('reads a bank file comma record (BAI2, a lockbox transmission) as no claim: its numbers are no codes', () => {
    expect(codes('16,115,884210,1,LBX0412B,64712,LOCKBOX DEPOSIT 3 ITEMS/')).toEqual([]);
    expect(codes('D,,64632,007,41120,071000013,18800,60054,INV2231')).toEqual([]);
    expect(codes('T,64714,,,,,884210,3,')).toEqual([]);
    expect(codes('2026-04-12,64712,RT,1,920.00')).toEqual(['64712']);
    expect(codes('I, for one, would bill 64712 here.')).toEqual(['64712']);
  });

  it('reads a county or an odometer header as another field: its column of known values holds no codes', () => {
    const column = ['64712', '64714', '64445', '64632'];
    const cell = (header: string) => codes('64714', { columnHeader: header, column, row: ['Medic 7', '64714'] });
    expect(cell('County code')).toEqual([]);
    expect(cell('Proc code')).toEqual(['64714']);
    // With the larger known set most of a fleet log's odometer readings are known values.
    const fleet = {
      columnHeader: 'Odometer',
      headers: ['Truck', 'Job', 'Odometer', 'Work done', 'Cost'],
      column: ['27730', '40523', '48380', '91244', '66018'],
      row: ['Engine 4', '31802', '40523', 'Wipers and mirror', '88.10'],
      before: 'Engine 4 31802',
    };
    expect(codes('40523', fleet, KNOWN_10K)).toEqual([]);
  });

  it('reads an example ("such as", "e.g.") under the label it exemplifies when that label names another field', () => {
    expect(codes('Remote ZIPs such as 64712 wait longest for a courier.')).toEqual([]);
    expect(codes("Confirm the caller's ZIP (e.g. 64632) before reading the status.")).toEqual([]);
    expect(codes('Nerve blocks such as 64445 need no review.')).toEqual(['64445']);
    expect(codes('Destruction codes (e.g. 64632) need a unit count.')).toEqual(['64632']);
  });

  it("reads a CSV field followed by an amount field as a whole field, no decimal comma's fraction", () => {
    expect(codes('52212,CHEMODENERV FACIAL NERVE,0361,64612,655.00,393.00')).toEqual(['64612']);
    expect(codes('52210,NEUROPLASTY LUMBAR PLEXUS,0360,64714,9875.00,5925.00')).toEqual(['64714']);
    expect(codes('Owed 3,64445.00 after the refund')).toEqual([]);
    expect(codes('Ratio 0,64712 on the chart')).toEqual([]);
  });

  it('reads a journal entry (JE) or an interest label as naming a ledger number, no procedure', () => {
    expect(classifyLabel('JE')).toBe('other');
    expect(codes('Book the prompt-pay interest (40795) before the ledger closes.', undefined, KNOWN_10K)).toEqual([]);
    expect(codes('Sciatic nerve block (64445) before the ledger closes.', undefined, KNOWN_10K)).toEqual(['64445']);
  });
});

describe('evidence: issue 11 pass 40 (sealed69 to sealed72), XML system attributes and line-item columns', () => {
  it("reads an XML code attribute whose element's system or type attribute names CPT/HCPCS as a code", () => {
    const xml = (tag: string) => codes(`<Visit id="A7">\n  ${tag}\n</Visit>`);
    expect(xml('<Line type="HCPCS" code="64712" units="1"/>')).toEqual(['64712']);
    expect(xml('<Line code="64445" system="CPT"/>')).toEqual(['64445']);
    expect(xml('<Line code="64445" type="CDM"/>')).toEqual([]);
    expect(xml('<Office code="64632" zip="64714"/>')).toEqual([]);
  });

  it('reads an HL7 v2 procedure field reference as a column header naming the procedure', () => {
    const row = ['88120', 'Invalid dept', '64714', '30418'];
    const cell = (columnHeader: string) =>
      codes('64714', { columnHeader, row, column: ['30418', '64714', '31277', '30502'] });
    expect(cell('FT1-25')).toEqual(['64714']);
    expect(cell('PR1.3')).toEqual(['64714']);
    expect(cell('FT1-7')).toEqual([]);
    expect(cell('PID-3')).toEqual([]);
  });

  it("reads a JSON line with no brace of its own (the object opened on an earlier line) by the line's members", () => {
    expect(codes('  "billing_code_type": "HCPCS", "billing_code": "64445",')).toEqual(['64445']);
    expect(codes('  "code": "64612", "system": "http://www.ama-assn.org/go/cpt",')).toEqual(['64612']);
    expect(codes('  "billing_code_type": "LOCAL", "billing_code": "64445",')).toEqual([]);
    expect(codes('  "provider_group_id": 7, "code": "64712",')).toEqual([]);
  });

  it('reads a list under a qualified code head as codes when a later member is known too, not only the last', () => {
    expect(codes('Retired codes: 64445, 64446, 64612, 64613 and 64614.')).toEqual(['64445', '64612']);
    expect(codes('Gate codes: 64714, 10101 and 20202.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 41 (sealed73 to sealed76), pipe-delimited claim lines', () => {
  it("reads a pipe record's code as the field its modifier and units fields follow, an earlier number another field's", () => {
    // A state claims extract: submitter, claim, line, provider ZIP, then the procedure, its modifier, units, cents.
    expect(codes('20931|CLM7702|1|64714||64445|LT|2|13200|9624')).toEqual(['64445']);
    expect(codes('20931|CLM7702|2|64714||64612||1|21477|18842')).toEqual(['64612']);
    // No modifier and units after the later value: the first known value stays the record's code.
    expect(codes('20931|CLM7702|1|64714||64445|Lakeview|North')).toEqual(['64714']);
  });

  it('reads a two-digit modifier field (50, 25) in a pipe record as a modifier, not in a comma row', () => {
    expect(codes('20931|CLM7709|1|64714||64612|50|1|21477|18842')).toEqual(['64612']);
    // One digit is no modifier; a comma row's two-digit field there may be a locality: the first value stays the code.
    expect(codes('20931|CLM7709|1|64714||64612|5|1|21477')).toEqual(['64714']);
    expect(codes('"2026","64714","","64612","50","118.42"')).toEqual(['64714']);
  });

  it('reads a header ending in an ordinal after a procedure word ("Other proc 1") as a procedure header', () => {
    // A discharge data sample: record, facility, ZIP, bill type, principal procedure, other procedure, charges.
    const row = ['2', '50612', '78704', '131', '64712', '64445', '31650'];
    const cell = (columnHeader: string) =>
      codes('64445', { columnHeader, row, before: '2 50612 78704 131 64712', column: ['64445', '95874', '64447'] });
    expect(cell('Secondary proc 1')).toEqual(['64445']);
    expect(cell('CPT 2')).toEqual(['64445']);
    expect(cell('Payer 2')).toEqual([]);
    expect(cell('Column 1')).toEqual([]);
  });

  it('reads the code attribute of an XML element named a procedure as a code', () => {
    expect(codes('<Case id="C19">\n  <Procedure code="64632" side="R"/>\n</Case>')).toEqual(['64632']);
    expect(codes('  <BilledProcedure code="64445" modifier="LT"/><Dept>40120</Dept>')).toEqual(['64445']);
    expect(codes('  <ProcedureRoom code="64445" floor="2"/>')).toEqual([]);
    expect(codes('  <Facility code="64714" name="North"/>')).toEqual([]);
  });

  it('reads a CSV field followed by a modifier field and empty fields, then a number, as a whole field', () => {
    // A buy-and-bill export: claim, date, line, procedure, modifier, NDC (empty for the admin line), units, charge.
    expect(codes('51207,2025-10-01,1,64612,RT,,1,410.00')).toEqual(['64612']);
    expect(codes('51207,2025-10-03,1,64445,,,1,300.00')).toEqual(['64445']);
    // A decimal comma in prose stays a fraction.
    expect(codes('The index was 3,64445 last year.')).toEqual([]);
  });

  it('reads a "Billed code" header as naming the procedure, whatever its population', () => {
    // An excess-plan EOB: most of the billed codes are ones the data does not know.
    const row = ['31207', '2', '64445', '610.00', '402.55'];
    const column = ['99204', '64445', '64447', '76942', '29425'];
    const cell = (columnHeader: string) => codes('64445', { columnHeader, row, column, before: '31207 2' });
    expect(cell('Billed code')).toEqual(['64445']);
    expect(cell('Billing Code')).toEqual(['64445']);
    expect(cell('Batch code')).toEqual([]);
  });

  it("reads a row's field name ending in an ordinal after a procedure field (OTH_SURG_PROC_CODE_1) as the procedure", () => {
    // A state submission edit report: edit, message, the field it fired on, the value found there, records.
    const cell = (field: string) =>
      codes('64632', {
        columnHeader: 'Value found',
        row: ['E231', 'Laterality modifier missing', field, '64632', '17'],
        column: ['99999', '47312', '(blank)', '64632', '64445', '99998'],
        before: `E231 Laterality modifier missing ${field}`,
      });
    expect(cell('OTH_SURG_PROC_CODE_2')).toEqual(['64632']);
    expect(cell('PAT_ZIP_2')).toEqual([]);
  });

  it('reads "Class" as naming another field (a liability rating class, a drug class), not a procedure', () => {
    // A premium rating worksheet: the insured's rating class is a five-digit number the data may know, most of the
    // column's even; the specialty cell describes the insured, not a procedure.
    const row = ['Okonjo, T.', 'Anesthesiology — interventional pain', '64714', '55079'];
    const column = ['64714', '64445', '80110', '64714', '64632'];
    expect(codes('64714', { columnHeader: 'Class', column, row, before: row.slice(0, 2).join(' ') })).toEqual([]);
    // After the number, in prose, it labels nothing.
    expect(codes('Bill 64714 for this class of block.')).toEqual(['64714']);
  });
});

describe('evidence: issue 11 pass 42 (sealed77 to sealed80), identifier columns and labels', () => {
  it('reads "badge" as an identifier label (an officer badge number), in a cell or in prose', () => {
    // A hospital guard log: shift, officer, badge, notes. A described note in the row does not make the badge a code.
    const row = ['0700–1500', 'Ofc. Dunn', '64712', 'Escort to imaging, back 1130'];
    const column = ['64712', '64714', '64445'];
    expect(codes('64712', { columnHeader: 'Badge', row, column, before: row.slice(0, 2).join(' ') })).toEqual([]);
    expect(codes('64712', { columnHeader: 'Relief badge', row, column, before: row.slice(0, 2).join(' ') })).toEqual(
      [],
    );
    expect(codes('Visitor badge 64632 returned at the desk.')).toEqual([]);
    // A badge named elsewhere in the sentence labels nothing.
    expect(codes('Badge checked at the desk; the team billed 64632 for the block.')).toEqual(['64632']);
  });

  it('reads a number a distance is measured from ("12 miles of", "3.4 mi from") as a place, not a code', () => {
    expect(codes('Showing 9 clinics within 12 miles of 64712 · Sort: Distance')).toEqual([]);
    expect(codes('Clinic A · 3.4 mi from 64445 · Open today')).toEqual([]);
    expect(codes('Within 10 km of 64632 we found no provider.')).toEqual([]);
    // A distance elsewhere in the line measures nothing here.
    expect(codes('Clinic A is 3.4 mi away; the cash price for 64445 is $420.')).toEqual(['64445']);
  });

  it('reads "batches", the plural the -s rule misses, as the batch identifier label', () => {
    expect(codes('Overnight: batches 64712 through 64714 were re-queued after the outage.')).toEqual([]);
    // Batches named before a verb label nothing after it.
    expect(codes('All batches were re-queued; claims with 64712 posted on retry.')).toEqual(['64712']);
  });

  it('reads capitalised words in a row as a name, not a description that makes an unlabelled id a code', () => {
    // A provider comparison: provider, city, listing id, price. The provider's name describes no service.
    const column = ['64712', '64714', '64445'];
    const cell = (name: string) => {
      const row = [name, 'Norman', '64714', '$410'];
      return codes('64714', { columnHeader: 'Posting', row, column, before: `${name} Norman` });
    };
    expect(cell('Prairie Nerve Center')).toEqual([]);
    expect(cell('Plains Spine & Pain')).toEqual([]);
    // A description of the service in sentence case still says code.
    expect(cell('Lumbar plexus neuroplasty')).toEqual(['64714']);
  });

  it('reads a bare "Item" column the data mostly knows as a list of codes, not "Item #"', () => {
    // An off-site utilization dashboard: item, description, trips, cost.
    const column = ['64445', '64712', '64714', '99284'];
    const row = ['64712', 'Neuroplasty, sciatic', '3', '$4,206'];
    const cell = (columnHeader: string) => codes('64712', { columnHeader, row, column, before: 'Item Description' });
    expect(cell('Item')).toEqual(['64712']);
    // A catalogue's item number, and an item column the data mostly does not know, stay identifiers.
    expect(cell('Item #')).toEqual([]);
    expect(codes('64712', { columnHeader: 'Item', row, column: ['64712', '31392', '44614', '12100'] })).toEqual([]);
  });
});

describe('evidence: issue 11 pass 43 (sealed81 to sealed84), delimited rows and record labels', () => {
  it('reads a lower-case field glued by a bare comma before the number as another column, not a coding verb', () => {
    // A dispute tracker exported as CSV, its header line out of reach: the status column is no verb bound to the number.
    expect(codes('APL-40218,Northfield,2025-03-02,submitted,64714')).toEqual([]);
    expect(codes('APL-40218,Northfield,2025-03-02,resubmitted,64612,filed')).toEqual([]);
    // The verb in prose, even before a comma and a blank, still binds the number.
    expect(codes('We submitted 64714 on the appeal.')).toEqual(['64714']);
    expect(codes('Once resubmitted, 64714 paid in full.')).toEqual(['64714']);
  });

  it('reads a "($000)" money unit, in a header or after the number, as an amount in thousands', () => {
    // A capitalisation table in a diligence workbook: holder, units, invested in thousands of dollars.
    const column = ['64712', '4,150', '64445', '2,075'];
    const row = ['Ridgeline Partners III', 'Common', '64712', '10.2%'];
    expect(
      codes('64712', { columnHeader: 'Invested ($000)', column, row, before: 'Ridgeline Partners III Common' }),
    ).toEqual([]);
    expect(codes('The FY2026 plan of 64445 ($000) assumes flat volume.')).toEqual([]);
    // A dollar amount after a code is its price, no unit naming the code.
    expect(codes('Cash price for 64445 ($410) includes the block.')).toEqual(['64445']);
  });

  it('ends a label at a column gap after a word: a procedure word across the gap names another field', () => {
    // A posting summary line: each field its own name and value, columns three blanks apart.
    expect(codes('Run 4   Posted 11/02   Feed: OR charge export   Register 64712')).toEqual([]);
    // A procedure word right before the number, or one blank apart, still names it.
    expect(codes('Run 4   Posted 11/02   Feed: nightly   charge 64712')).toEqual(['64712']);
    expect(codes('Run 4   Posted 11/02   sciatic charge 64712')).toEqual(['64712']);
  });

  it('reads a CSV field between a word field and a date field as whole, no decimal comma before the date', () => {
    // A dispute log exported as CSV, its header line out of reach: payer, service, date of service.
    expect(codes('CASE-5512,Prairie Mutual,64612,2025-03-14,88.10,410.00')).toEqual(['64612']);
    // After a number field the row is another export's (an id, a department): left as it was.
    expect(codes('71102,64612,2025-03-14,H0038,,3')).toEqual([]);
    // A decimal comma in prose is still a fraction.
    expect(codes('Ratio 1,64612-2 in the table.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 44 (sealed85 to sealed88), record nouns and counts', () => {
  it('reads a lower-case coding verb after a possessive as a record noun naming the number', () => {
    // A data-request status e-mail: the request is a ticket, its number the ticket's.
    expect(codes('Our request 64714 (nerve procedures) is with the privacy board.')).toEqual([]);
    expect(codes('Your report 64612 is ready to download.')).toEqual([]);
    // Behind a preposition the verb's object is the procedure; with no possessive the verb still binds it.
    expect(codes('Your request for 64714 is approved.')).toEqual(['64714']);
    expect(codes('Please request 64714 for this visit.')).toEqual(['64714']);
  });

  it('reads a number before a percentage in parentheses after a double blank as a count', () => {
    // A dashboard tile: a count and its share, padded apart.
    expect(codes('Auto-finalized 64712  (76.3%)')).toEqual([]);
    expect(codes('Auto-finalized 64712 (76.3%)')).toEqual([]);
    // A code before a note in parentheses is still a code.
    expect(codes('We billed 64712  (sciatic) today.')).toEqual(['64712']);
  });
});

describe('evidence: issue 11 pass 45 (sealed89 to sealed92), modifier columns, tallies and procedure nouns', () => {
  it('reads a header no list knows as a code column in a table with a modifier column', () => {
    // A bundling-edit worksheet: two numbered columns of procedures, then the modifier indicator.
    const headers = ['Column 1', 'Column 2', 'Mod. ind.', 'Effective', 'Finding'];
    const row = ['64714', '64445', '1', '20140101', 'Block bundled unless a separate session'];
    const column = ['64714', '63047', '61781', '64445'];
    expect(codes('64714', { columnHeader: 'Column 1', column, row, headers })).toEqual(['64714']);
    // The same table with no modifier column: the column's population decides (too few known here).
    const plain = ['Column 1', 'Column 2', 'Effective', 'Finding'];
    const row2 = ['64714', '64445', '20140101', 'Block bundled unless a separate session'];
    expect(codes('64714', { columnHeader: 'Column 1', column, row: row2, headers: plain })).toEqual([]);
  });
  it("reads a number glued after a GS1 barcode's parenthesised application identifier as no code", () => {
    // A scanned implant label: (01) device id, (17) expiry, (10) lot, (21) serial.
    expect(codes('(01)00812345678901(17)270630(10)64714(21)SN0042')).toEqual([]);
    // A code glued after its coding system in parentheses is still one.
    expect(codes('(CPT)64714 billed once')).toEqual(['64714']);
  });
  it('reads a procedure header over a column the data knows half of as a code column', () => {
    // A productivity grid: codes, then counts per clinician; two of four values known.
    const column = ['64714', '61781', '64632', '63047'];
    const row = ['64714', '12', '7', '—', '19'];
    expect(codes('64714', { columnHeader: 'Code', column, row })).toEqual(['64714']);
    // Fewer than half known: an identifier column, as before.
    const fewer = ['64714', '61781', '62111', '63047'];
    expect(codes('64714', { columnHeader: 'Code', column: fewer, row })).toEqual([]);
    // A cell before naming another field keeps the tie an identifier's.
    const budget = ['Grant budget line', '64714', '', 'Internal'];
    expect(codes('64714', { columnHeader: 'Code', column, row: budget })).toEqual([]);
  });
  it('reads a tally sign and a count right after a number as a code billed that many times, whatever the header', () => {
    // A records-request log: the lines each code was billed on, under a header naming claim lines.
    expect(codes('64714 ×9', { columnHeader: 'Claim lines', column: ['64714 ×9', '64612 ×4'] })).toEqual(['64714']);
    // The same cell with no tally is the header's, and a count before an item (a cart) is no tally.
    expect(codes('64714', { columnHeader: 'Claim lines', column: ['64714', '64612'] })).toEqual([]);
    expect(codes('Order 64714 · 2 × binder')).toEqual([]);
  });
  it("reads an XML claim line's bare Proc element as the procedure code", () => {
    const xml = '<Claim>\n  <Line n="1"><Proc>64714</Proc><Units>1</Units></Line>\n  <Vendor>64612</Vendor>\n</Claim>';
    // The vendor element beside it names another field.
    expect(codes(xml)).toEqual(['64714']);
  });
  it('reads two description words then an aside in parentheses after a number as its description', () => {
    expect(codes('If relief lasts only briefly: 64714 lumbar neuroplasty (see note).')).toEqual(['64714']);
    // A verb after the two words still makes them a subject and the number a count.
    expect(codes('If relief lasts only briefly: 64714 lumbar patients need (see note).')).toEqual([]);
  });
  it('reads a procedure noun qualifying "code" before a number as a code label', () => {
    expect(codes('The clinic billed the lumbar neuroplasty code 64714 on 40 members.')).toEqual(['64714']);
    // A qualifier naming no procedure leaves the label as it was.
    expect(codes('The clinic billed the garage code 64714 on 40 members.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 46 (sealed93 to sealed96), line items and their descriptions', () => {
  it('reads an "Item" cell before a noun-and-comma description as a code, unless it opens the row', () => {
    // A hospital statement: date, line item, its description in the AMA form, then the amounts.
    const headers = ['Date', 'Item', 'Description', 'Amount'];
    const row = ['03/02/2025', '64714', 'Neuroplasty, lumbar plexus', '2,900.00'];
    const column = ['99213', '64714', '01250'];
    expect(codes('64714', { columnHeader: 'Item', column, row, headers })).toEqual(['64714']);
    // A supply order opens its row with the item number, then a product described the same way: a stock number.
    const supply = ['64714', 'Dressing, foam border', '2', '18.40'];
    expect(codes('64714', { columnHeader: 'Item', column, row: supply, headers })).toEqual([]);
  });
  it('reads a Bates page stamp before a number as a document identifier', () => {
    // A records summary cites the produced pages by their Bates numbers.
    expect(codes('The operative note is at Bates 64714.')).toEqual([]);
    expect(codes('The revision, 64714, is at page two of the note.')).toEqual(['64714']);
  });
  it('reads a lower-case "post" right before a number as after that operation', () => {
    // An examiner's history: the claimant is status post a neuroplasty.
    expect(codes('Right leg pain, status post 64714 in the autumn.')).toEqual(['64714']);
    // A capitalised "Post" is a forum post's number.
    expect(codes('Reply from a member · Post 64714: thanks all')).toEqual([]);
  });
  it('reads a "Ref" column the data mostly knows as codes when a value comes back', () => {
    // A file review's timeline: the same block done twice, then the neuroplasties.
    const column = ['64445', '64445', '64712', '64714'];
    const row = ['2', '05/14/2024', '64445', 'R sciatic'];
    expect(codes('64445', { columnHeader: 'Ref', column, row })).toEqual(['64445']);
    // Every value once: reference numbers, as before.
    const once = ['64445', '64450', '64712', '64714'];
    expect(codes('64445', { columnHeader: 'Ref', column: once, row })).toEqual([]);
  });
  it('reads "request" in parentheses or after "change" as a ticket number, not the coding verb', () => {
    expect(codes('Revision held for review (request 64714).', undefined, KNOWN_10K)).toEqual([]);
    expect(codes('Rates go live with change request 64714.', undefined, KNOWN_10K)).toEqual([]);
    // The verb still names the procedure it asks for.
    expect(codes('Please request 64714 for the left side.')).toEqual(['64714']);
  });
});

describe('evidence: issue 11 pass 47 (sealed97 to sealed100), service codes and legacy codes', () => {
  it('reads a "Service code" or "Svc code" column as codes even when the data knows few of its values', () => {
    // A bill review worksheet: line, date, service code, units, amounts; most of its codes are not in the data.
    const headers = ['Ln', 'DOS', 'Svc code', 'Units', 'Billed'];
    const row = ['3', '01/14/2025', '64632', '1', '$1,240.00'];
    const column = ['99203', '73630', '64632', '76942', '11042'];
    expect(codes('64632', { columnHeader: 'Svc code', column, row, headers })).toEqual(['64632']);
    // A "Charge code" over the same column is still a chargemaster number.
    const charge = ['Ln', 'DOS', 'Charge code', 'Units', 'Billed'];
    expect(codes('64632', { columnHeader: 'Charge code', column, row, headers: charge })).toEqual([]);
  });
  it('reads a "Legacy … code" column as the retired system\'s local number', () => {
    // A conversion crosswalk: the old system's charge code, then the new CPT.
    const headers = ['Legacy chg code', 'Legacy description', 'New CPT'];
    const row = ['64612', 'OLD SUPPLY KIT', '—'];
    const column = ['64612', '64714', '64445'];
    expect(codes('64612', { columnHeader: 'Legacy chg code', column, row, headers })).toEqual([]);
    // A legacy CPT is still a CPT.
    expect(codes('64612', { columnHeader: 'Legacy CPT code', column, row, headers })).toEqual(['64612']);
  });
  it('reads a row cell opening with a figure and a blank as a value, not a field name', () => {
    // A sharing guideline: service, its typical codes, whether shared, a yearly limit.
    const headers = ['Service', 'Typical codes', 'Shareable?', 'Limit'];
    const row = ['Facial chemodenervation', '64612 64616', 'Yes', '4 per yr'];
    const column = ['64712 64714', '64612 64616', '97110'];
    expect(codes('64612 64616', { columnHeader: 'Typical codes', column, row, headers })).toEqual(['64612']);
    // A cell naming another field ("Member yr") still says the row's numbers are that field's.
    const member = ['Facial chemodenervation', '64612 64616', 'Yes', 'Member yr'];
    expect(codes('64612 64616', { columnHeader: 'Typical codes', column, row: member, headers })).toEqual([]);
  });
  it('reads a value the row writes twice under a participle beside the billed code as an audit of that code', () => {
    // A post-conversion audit: claim, date, the billed code, what the note documents, agreement.
    const headers = ['Claim', 'DOS', 'Billed code', 'Documented', 'Agree'];
    const row = ['K2603', '03/04/2026', '64714', '64714', 'Y'];
    const column = ['64714', '64447', '64615'];
    expect(codes('64714', { columnHeader: 'Documented', column, row, headers })).toEqual(['64714']);
    // A sequence number that happens to equal the code stays an identifier.
    const seq = ['Claim', 'DOS', 'Billed code', 'Remit Seq', 'Agree'];
    expect(codes('64714', { columnHeader: 'Remit Seq', column, row, headers: seq })).toEqual([]);
  });
  it("reads an XML authorization's code attribute as the authorized service's code", () => {
    // An eligibility response lists the student's prior authorizations by reference and service code.
    expect(codes('  <PriorAuth ref="48140" code="64612" status="P"/>')).toEqual(['64612']);
    // Another element's code attribute names no procedure (a campus's building code).
    expect(codes('  <Campus code="64612" status="P"/>')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 48 (sealed101 to sealed104), charges columns', () => {
  it('reads a column headed by "charges" as money, not the charged procedure', () => {
    // A volume dashboard: encounters and their gross charges in whole dollars, five digits each.
    const column = ['64714', '64712', '64445'];
    expect(codes('64714', { columnHeader: 'Gross charges', column })).toEqual([]);
    expect(codes('64714', { columnHeader: 'Total charges', column })).toEqual([]);
    // The singular "Charge" still names the charge line's procedure.
    expect(codes('64714', { columnHeader: 'Charge', column })).toEqual(['64714']);
  });
});

describe('evidence: issue 11 pass 48 (sealed101 to sealed104), fields after a row code', () => {
  it("reads a later value of a record after its code's modifier and fee fields as another column's", () => {
    // A recovery export row: id, date, the code with its modifier and fee, the other payer, its NAIC number.
    expect(codes('88123,2025-03-02,64714,RT,410.00,Blue Shield,64445,OPEN')).toEqual(['64714']);
    // A record of single-blank fields: the code, a zero-padded amount, then another carrier's number.
    expect(codes('D 41870 20250812 64712 000098000 64445 GH')).toEqual(['64712']);
    // Two codes side by side (an edit pair) are still both codes.
    expect(codes('41870,64712,64445,1,20260101')).toEqual(['64712', '64445']);
  });
});

describe('evidence: issue 11 pass 48 (sealed101 to sealed104), runs', () => {
  it('reads a "run" bound to the number as a job number', () => {
    expect(codes('Grouper run 64445 for bill TX4410')).toEqual([]);
    expect(codes('Scrubber run 64445 billed late')).toEqual([]);
    // Behind a preposition the run names no number: the code is what it ran on.
    expect(codes('The grouper run for 64445 finished clean')).toEqual(['64445']);
  });
});

describe('evidence: issue 11 pass 48 (sealed101 to sealed104), XML procedure attributes', () => {
  it("reads a bare proc attribute as the line's procedure code", () => {
    expect(codes('<Item claim="7731" proc="64714" billed="612.00"/>')).toEqual(['64714']);
    // A procedure record's id is not its code.
    expect(codes('<Item claim="7731" procedureId="64714" billed="612.00"/>')).toEqual([]);
  });
  it('reads a value attribute beside a CPT system attribute as the code', () => {
    expect(codes('<entry system="HCPCS" value="64632" note="per foot"/>')).toEqual(['64632']);
    // A value beside another system is that system's.
    expect(codes('<entry system="CDM" value="64632" note="per foot"/>')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 48 (sealed101 to sealed104), delimited rows', () => {
  it("reads a field followed by a field naming CPT or HCPCS as that system's code", () => {
    // A standard-charges file: description, chargemaster number and its type, the code and its type.
    expect(codes('NERVE BLOCK,61107,CDM,64445,HCPCS,outpatient,1425.00')).toEqual(['64445']);
    // A field typed as a revenue code is no procedure code.
    expect(codes('NERVE BLOCK,61107,CDM,64445,RC,outpatient,1425.00')).toEqual([]);
  });
  it("reads a field after a date field as whole, not a decimal comma's fraction", () => {
    // An appeals tracker export: row, patient, date of service, the code, the level.
    expect(codes('2210,Okafor,2025-08-14,64632,RECON,1,380.00')).toEqual(['64632']);
    expect(codes('2210,Okafor,08/14/2025,64632,2,380.00')).toEqual(['64632']);
    // A decimal comma is still a fraction ("1,64632" kg), and a date's last field stays a date's neighbour.
    expect(codes('Weight 1,64632 kg')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 48 (sealed101 to sealed104), line items', () => {
  it('reads a "Line item" column the data mostly knows as the line\'s code', () => {
    // A denial worklist: account, payer, date, the denied line, its reason.
    const headers = ['Account', 'Payer', 'Line item', 'Reason'];
    const row = ['H77120', 'Aetna', '64714', 'CO-16'];
    const column = ['64712', '64714', '64445 x2', '64632'];
    expect(codes('64714', { columnHeader: 'Line item', column, row, headers })).toEqual(['64714']);
    // Over numbers the data does not know, the column still numbers lines.
    const ids = ['51230', '64714', '51388', '51402'];
    expect(codes('64714', { columnHeader: 'Line item', column: ids, row, headers })).toEqual([]);
  });
});

describe('evidence: issue 11 pass 48 (sealed101 to sealed104), alternatives in a header', () => {
  it('reads a header naming HCPCS as the first of slash alternatives as a code column', () => {
    // A UB-04 service line grid: form locator 44 holds a HCPCS code, an accommodation rate or a HIPPS code.
    const headers = ['42 Rev', '43 Description', '44 HCPCS / Rate / HIPPS Code', '46 Units'];
    const row = ['0360', 'OR SERVICES', '64612', '1'];
    const column = ['64612', '36415', '64445', '97110'];
    expect(codes('64612', { columnHeader: headers[2], column, row, headers })).toEqual(['64612']);
    // Alternatives naming no coding system stay another field's.
    expect(codes('64612', { columnHeader: 'Rate / HIPPS Code', column, row, headers })).toEqual([]);
  });
});

describe('evidence: issue 11 pass 48 (sealed101 to sealed104), mail stops', () => {
  it('reads a "Mail stop" column as an address field', () => {
    // An office directory: office, street, ZIP, mail stop.
    const headers = ['Office', 'Street', 'ZIP', 'Mail stop'];
    const row = ['Denver regional office', '1600 Broadway', '80202', '64612'];
    const column = ['—', '64612', '31170'];
    expect(codes('64612', { columnHeader: 'Mail stop', column, row, headers })).toEqual([]);
    // A coder asked to stop billing a code still names the code.
    expect(codes('Please stop billing 64612 with 95874')).toEqual(['64612']);
  });
});

describe('evidence: issue 11 pass 48 (sealed101 to sealed104), neither … nor', () => {
  it('reads "neither" as a conjunction, no label', () => {
    expect(codes('Neither 64632 nor any other destruction code was documented.')).toEqual(['64632']);
    // A field word after it still labels its number.
    expect(codes('Neither claim 64632 nor its copy was found.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 49 (sealed105 to sealed108), rules', () => {
  it("reads a rule bound to the number as a plan configuration's rule number", () => {
    expect(codes('A line billed as 64712-LT goes to rule 64445 for pricing.')).toEqual(['64712']);
    // A benefit rule table: the rule number, its description in capitals, its copay.
    const headers = ['Rule', 'Description', 'Copay'];
    const row = ['64445', 'ASC FACILITY COINS FIRST', '$20'];
    expect(codes('64445', { columnHeader: 'Rule', headers, row, column: ['64445', '64712', '64714'] })).toEqual([]);
  });
  it('still reads a code a rule heading talks about, when a modifier or a coding verb follows it', () => {
    expect(codes('Laterality rule: 64712 with mod 50 pays once')).toEqual(['64712']);
    expect(codes('Edit rule changed: 64632 now requires a side')).toEqual(['64632']);
  });
});

describe('evidence: issue 11 pass 49 (sealed105 to sealed108), for example', () => {
  it('reads a number given ", for example" after a field as that field\'s sample value', () => {
    expect(codes('Type the clinic ZIP, for example 64445, to list providers.')).toEqual([]);
    expect(codes('Enter your member ID, for example 64712, and the date of birth.')).toEqual([]);
    // An example of a procedure is still a code.
    expect(codes('A nerve block, for example 64445, is billed once per side.')).toEqual(['64445']);
  });
});

describe('evidence: issue 11 pass 49 (sealed105 to sealed108), series', () => {
  it('reads "series" after the number as a course of that procedure, no count', () => {
    expect(codes('The pain clinic will start a 64632 series.')).toEqual(['64632']);
    // A real plural ending its segment still counts.
    expect(codes('The dashboard shows 64632 referrals · 12 open')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 49 (sealed105 to sealed108), while', () => {
  it('reads "while" as a conjunction, no label', () => {
    expect(codes('Scheduling asked about it, while 64712 waits for the op note.')).toEqual(['64712']);
    // A field word after it still labels its number.
    expect(codes('Scheduling asked about it, while claim 64712 waits for the op note.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 49 (sealed105 to sealed108), approves', () => {
  it('reads "approves" bound to the number as a coding verb', () => {
    expect(codes('Per the memo, UM approves 64632 for the left foot.')).toEqual(['64632']);
    expect(codes('Per the memo, UM approves claim 64632 for the left foot.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 49 (sealed105 to sealed108), report columns', () => {
  it('reads a column headed by a qualified "report" as report numbers', () => {
    // A stop-loss accumulation grid: month, members, paid, the actuary's report number.
    const column = ['64712', '64445', '64632', '64714'];
    const headers = ['Month', 'Members', 'Paid', 'Actuary report'];
    const row = ['Feb', '1,310', '$88,410.00', '64445'];
    expect(codes('64445', { columnHeader: 'Actuary report', column, row, headers })).toEqual([]);
    // The verb after "to" still names the codes to report.
    expect(codes('64445', { columnHeader: 'Code to report', column, row, headers })).toEqual(['64445']);
  });
});

describe('evidence: issue 11 pass 49 (sealed105 to sealed108), phrase cells', () => {
  it('does not let a field the row names decide a cell that goes on in words after the number', () => {
    // A claim edit guide: the edit, what it means, an example, the fix.
    const headers = ['Edit', 'Meaning', 'Example', 'Fix'];
    const column = [
      '64712 sent twice in one day',
      '64445 with no referral on file',
      '64632',
      '64714 x3 over the limit',
    ];
    const at = (cell: string) => ({
      columnHeader: 'Example',
      column,
      headers,
      row: ['E17', 'Duplicate claim in process', cell, 'Void one line'],
    });
    expect(codes('64712 sent twice in one day', at('64712 sent twice in one day'))).toEqual(['64712']);
    // The value alone is still the field's the row names.
    expect(codes('64712', at('64712'))).toEqual([]);
  });
});

describe('evidence: issue 11 pass 49 (sealed105 to sealed108), unlabelled code columns', () => {
  it('reads a column with no header the data knows half of as codes when the row describes the value', () => {
    // A top-procedures table: the code column has no header, a description follows it.
    const headers = ['', 'Description', 'Claims', 'Paid'];
    const column = ['27130', '64445', '93458', '64714'];
    const row = ['64445', 'Sciatic nerve block, single shot', '14', '$9,310'];
    expect(codes('64445', { column, headers, row })).toEqual(['64445']);
    // A name beside it describes no service.
    expect(codes('64445', { column, headers, row: ['64445', 'Okafor', '14', '$9,310'] })).toEqual([]);
  });
});

describe('evidence: issue 11 pass 49 (sealed105 to sealed108), sides before the code', () => {
  it("reads RT or LT right before the number as the code's side modifier", () => {
    expect(codes('Bill two lines: RT 64445 and LT 64445, one unit each.')).toEqual(['64445', '64445']);
    // Other capitals there are field names.
    expect(codes('Bill two lines: BR 64445 and LK 64445, one unit each.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 49 (sealed105 to sealed108), done on a date', () => {
  it('reads a date the number was done on as evidence of a service', () => {
    // A benefit accumulator: the limit, what is used, the latest line applied.
    const headers = ['Limit', 'Used', 'Latest entry'];
    const at = (cell: string) => ({
      columnHeader: 'Latest entry',
      column: ['88120031 ln 2', cell, '—'],
      headers,
      row: ['12 visits', '3', cell],
    });
    expect(codes('64445 on 3/11/2025', at('64445 on 3/11/2025'))).toEqual(['64445']);
    expect(codes('64445 on hold', at('64445 on hold'))).toEqual([]);
    expect(codes('Yes, from the chart: 64632 on 3/11/2025 (left foot)')).toEqual(['64632']);
    // A word bound right before names the number's record: a ticket is opened on a date too.
    expect(codes('Ticket 64712 on 3/11/2025 was closed.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 50 (sealed109 to sealed116), a CSV field followed by its coding system', () => {
  it('reads the field before a CPT/HCPCS field as a whole code and a later five-digit field as another column', () => {
    // A fee crosswalk export, its header line out of reach: row id, plan version, code, code type, an edit rule id.
    const line = '7003,PL-2.04.19,64714,CPT,ADULT,N,64632,2024-07-01,,mlee';
    expect(codes(line, undefined, KNOWN_5)).toEqual(['64714']);
    // With no system field after it, "19,64714" stays a decimal comma's fraction.
    expect(codes('7003,PL-2.04.19,64714,ADULT,N,2024-07-01,,mlee')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 50 (sealed109 to sealed116), a cell of numbers only', () => {
  it('reads every number of a cell with no word as the value of the header that names another field', () => {
    // An evidence table: a count of trials, then the trials' record ids in parentheses.
    const headers = ['Condition', 'Trials (Record ID)', 'Patients'];
    const column = ['2 (64712, 64714)', '1 (64445)', '4 (31870, 31902, 32011, 32107)'];
    const at = (cell: string) => ({
      columnHeader: 'Trials (Record ID)',
      column,
      headers,
      row: ['Tarsal tunnel', cell, '88'],
    });
    expect(codes('2 (64712, 64714)', at('2 (64712, 64714)'))).toEqual([]);
    // A cell that goes on in words is a phrase: the prose rules read it.
    expect(codes('2, both billed as 64712', at('2, both billed as 64712'))).toEqual(['64712']);
  });
});

describe('evidence: issue 11 pass 50 (sealed109 to sealed116), a saved search', () => {
  it('reads "search" a past participle qualifies as a record noun naming the number', () => {
    // A reference librarian's log: the stored query is a record with its own number.
    expect(codes('Ran the stored search 64445 again on Monday; 12 new hits.')).toEqual([]);
    // The verb still leaves the number to the prose rules: a code to look up.
    expect(codes('In the fee tool, search 64445 to see the allowed amount.')).toEqual(['64445']);
  });
});

describe('evidence: issue 11 pass 50 (sealed109 to sealed116), thousands separators in a column', () => {
  it('reads a column that writes a number with a thousands comma as quantities', () => {
    // A warehouse reconciliation by quarter: units each supplier shipped; one supplier ships thousands.
    const headers = ['Supplier', 'Q1', 'Q2'];
    const at = (column: string[]) => ({ columnHeader: 'Q1', column, headers, row: ['Acme', '64712', '64700'] });
    expect(codes('64712', at(['64712', '3,480', '64445', '64714']))).toEqual([]);
    // A column of five-digit values the data knows, no quantity among them, stays a code column.
    expect(codes('64712', at(['64712', '64632', '64445', '64714']))).toEqual(['64712']);
  });
});

describe('evidence: issue 11 pass 50 (sealed109 to sealed116), a snake_case field name in the row', () => {
  it('reads a field name joined by underscores in the row as naming the value, as a phrase would', () => {
    // An interface spec: one field per row, an example value beside it.
    const headers = ['#', 'Field', 'Example'];
    const column = ['64712', '64714', '64445', '64632'];
    const at = (field: string) => ({ columnHeader: 'Example', column, headers, row: ['3', field, '64714'] });
    expect(codes('64714', at('GROUP_NBR'))).toEqual([]);
    expect(codes('64714', at('PROC_CD'))).toEqual(['64714']);
  });
});

describe('evidence: issue 11 pass 50 (sealed109 to sealed116), two empty modifier fields', () => {
  it("reads a row's code through both empty modifier fields before its fee, the field before it as another column", () => {
    // A fee schedule extract: year, contractor, locality, code, modifier 1, modifier 2, fee.
    expect(codes('2025,64445,01,64632,,,212.40,0,A')).toEqual(['64632']);
    // One modifier field was read before; the contractor field is still another column there.
    expect(codes('2025,64445,01,64632,,212.40,0,A')).toEqual(['64632']);
  });
});

describe('evidence: issue 11 pass 50 (sealed109 to sealed116), a pipe record whose procedure the data does not know', () => {
  it('reads a five-digit field after a procedure field with its modifier and fee as another column', () => {
    // An encounter feed line: line id, date, procedure, modifier, modifier 2, units, billed, paid, NPI, plan id.
    expect(codes('L|4471|20250312|99999|59||1|88.00|12.10|1881234567|64445')).toEqual([]);
    // The procedure field itself is read as before.
    expect(codes('L|4471|20250312|64445|59||1|88.00|12.10|1881234567|51230')).toEqual(['64445']);
  });
});

describe('evidence: issue 11 pass 50 (sealed109 to sealed116), a procedure column listing several codes', () => {
  it('does not read a bare code column as another field when the procedure column beside it holds a list', () => {
    // A bundled-price sheet: the main code, then the add-on services billed with it.
    const headers = ['Bundle', 'Main code', 'Add-on services', 'Price'];
    const column = ['64712', '64445', '64632'];
    const at = (addOns: string) => ({
      columnHeader: 'Main code',
      column,
      headers,
      row: ['Sciatic release', '64712', addOns, '$9,800'],
    });
    expect(codes('64712', at('64727, 69990'))).toEqual(['64712']);
    // One code there is the row's procedure: the bare number beside it is another field (a stat code).
    expect(codes('64712', at('64727'))).toEqual([]);
  });
});

describe('evidence: issue 11 pass 50 (sealed109 to sealed116), a row code after an identifier field', () => {
  it('reads a field its modifier and fee fields follow as the row code, not a member of the id before it', () => {
    // A remittance export line: posted, invoice number, procedure, modifier, paid.
    expect(codes('2025-02-11,INV-70211,64445,LT,412.50,0.00')).toEqual(['64445']);
    // With no modifier and fee after it, the number stays in the identifier's list.
    expect(codes('2025-02-11,INV-70211,64445,1,OPEN,0')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 50 (sealed109 to sealed116), XML attributes beside a code attribute', () => {
  it('reads a code attribute as a procedure when a modifier or a CPT codeType attribute sits beside it', () => {
    // A contract's rate exhibit and an estimate's line, one element per line.
    expect(codes('<Fee code="64445" modifier="LT" allowed="120.00"/>')).toEqual(['64445']);
    expect(codes('<Item n="2" codeType="CPT" code="64714" units="1"/>')).toEqual(['64714']);
    // Other attributes name no procedure: a room's or a chargemaster's code.
    expect(codes('<Fee code="64445" floor="2" allowed="120.00"/>')).toEqual([]);
    expect(codes('<Item n="2" codeType="CDM" code="64714" units="1"/>')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 50 (sealed109 to sealed116), prose after an X12 segment', () => {
  it('reads words after a segment terminator as prose, by the prose rules', () => {
    // A companion guide's example column: a segment, then what it was sent on.
    expect(codes('CAS*CO*45*120.00~ when the payer reduced 64712')).toEqual(['64712']);
    // The prose rules still read a label there.
    expect(codes('CAS*CO*45*120.00~ when the payer reduced claim 64712')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 50 (sealed109 to sealed116), a CSV field before a modifier and a descriptor', () => {
  it('reads a field followed by a letter modifier field and a word field as whole, no decimal fraction', () => {
    // A worksheet export, its header out of reach: claim, patient, line, code, modifier, short descriptor, units.
    expect(codes('7781,OKAFOR B,1,64612,LT,CHEMODENERV FACIAL,1')).toEqual(['64612']);
    // With no modifier field after it, "1,64612" stays a decimal comma's fraction.
    expect(codes('7781,OKAFOR B,1,64612,CHEMODENERV FACIAL,1')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), an arrow before the bound word', () => {
  it('reads the words after an arrow as the whole label, not a procedure word in the step before it', () => {
    // A booking flow's steps: the number after the last arrow is the slot's, a record of its own.
    expect(codes('Book the procedure → slot 64712 → confirm')).toEqual([]);
    expect(codes('Billing → option 64445')).toEqual([]);
    // With no arrow the procedure word qualifies the word bound to the number, as before.
    expect(codes('Book the procedure slot 64712')).toEqual(['64712']);
    // An arrow right before the number still ends the phrase: the number reads on its own.
    expect(codes('Book the procedure → 64712')).toEqual(['64712']);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), work queue records', () => {
  it('reads a pool, a query and types bound to the number as records, not procedures', () => {
    // A work queue message and a coder's worklist: the number is the pool's or the query's.
    expect(codes('Coder left it for review; send to pool 64445.')).toEqual([]);
    expect(codes('Unanswered coding query 64712')).toEqual([]);
    expect(codes('Inbox: PAIN CODING QUERIES 64712 (3)')).toEqual([]);
    // A scheduling template's list of appointment types, not a list of procedures.
    expect(codes('Reminder applies to appointment types 64445, 64712')).toEqual([]);
    // The same sentences with a procedure word bound to the number are codes.
    expect(codes('Coder left it for review; send to coding 64445.')).toEqual(['64445']);
    expect(codes('Unanswered coding for 64712')).toEqual(['64712']);
    expect(codes('Reminder applies to procedures 64445, 64712')).toEqual(['64445', '64712']);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), a field word bound through "#"', () => {
  it('keeps an identifier named with "#" when a coding verb follows the number', () => {
    // A ticket list's subject line: the number is the ticket's, whatever the sentence says happens to it.
    expect(codes('Ticket #64612 needs coder sign-off')).toEqual([]);
    expect(codes('Order # 64445 was billed twice')).toEqual([]);
    // A field word not bound to the number still yields to the coding verb after it.
    expect(codes('Ticket for 64612 needs coder sign-off')).toEqual(['64612']);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), a claim scrubber\'s "Edit" column', () => {
  it('reads a bare "Edit" header as the edit\'s number, not a procedure', () => {
    // A claim scrubber's queue: each row is an edit that fired, its number first, then the message.
    const column = ['64445', '64712', '64714'];
    const row = (v: string) => [v, 'CLM-2231', 'Missing laterality modifier on line 2'];
    const at = (header: string, v: string) => codes(v, { columnHeader: header, column, row: row(v) }, KNOWN_10K);
    expect(at('Edit', '64712')).toEqual([]);
    // The same column under a header no list knows reads the row's description as a code's.
    expect(at('Item', '64712')).toEqual(['64712']);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), a bare "#" column header', () => {
  it('leaves a bare "#" header to the column\'s population, as a pivot table\'s "Row Labels"', () => {
    // A charge ticket: check box, number, procedure, fee; the numbers are the codes the data knows.
    const column = ['64445', '64612', '64632', '64712'];
    const cell = (header: string, v: string, col = column) =>
      codes(v, { columnHeader: header, column: col, row: ['☐', v, 'Neuroplasty sciatic', '$2,450'] });
    expect(cell('#', '64712')).toEqual(['64712']);
    // A "#" over numbers the data mostly does not know is an id column; a qualified "#" is still its qualifier's.
    expect(cell('#', '64712', ['81130', '81131', '81132', '64712'])).toEqual([]);
    expect(cell('Order #', '64712')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), a conjunction before the number', () => {
  it("reads a conjunction opening a clause as no label, the number the clause's subject", () => {
    expect(codes('The block was written off because 64445 lacked a signed note')).toEqual(['64445']);
    expect(codes('Ask the surgeon why 64712 shows twice')).toEqual(['64712']);
    expect(codes('Hold the claim unless 64714 has a modifier')).toEqual(['64714']);
    // A word no list knows bound to the number is still its label.
    expect(codes('Ask the surgeon about ticket 64712 twice')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), a heading before a sentence about the number', () => {
  it('reads "is"/"was" and an article after a heading\'s number as a definition, not a plural', () => {
    expect(codes('Tip: 64612 is a per-side code, bill both sides')).toEqual(['64612']);
    expect(codes('Note: 64445 was the block, not the surgery')).toEqual(['64445']);
    // A state after "is" names a record's ("Answer: 64632 is pending"); a plural noun after the number counts it.
    expect(codes('Note: 64445 was closed')).toEqual([]);
    expect(codes('Backlog: 64612 charges')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), a determiner before the number', () => {
  it('reads "any", "each", "every" as determiners whose noun is the number, not as labels', () => {
    expect(codes('Attach the op note to any 64712 you send')).toEqual(['64712']);
    expect(codes('Check laterality on each 64445 this week')).toEqual(['64445']);
    expect(codes('We audited every 64632 from March')).toEqual(['64632']);
    // A word no list knows bound to the number is still its label.
    expect(codes('Check laterality on tray 64445 this week')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), a scheduler booking a procedure', () => {
  it('reads "book" bound to the number as a coding verb', () => {
    expect(codes('If the block fails, book 64712 next.')).toEqual(['64712']);
    expect(codes('Please book 64445 with Dr. Rao on Friday')).toEqual(['64445']);
    // Another word no list knows bound to the number is still a label.
    expect(codes('If the block fails, stack 64712 next.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), a capital and two digits before the number', () => {
  it("reads a capital and two digits bound to the number as an identifier's field, as an X12 element reference", () => {
    // A contractor's jurisdiction, then its number.
    expect(codes('Routed via J15 64712 today')).toEqual([]);
    // A bare count before the number is no field.
    expect(codes('Routed via 15 64712 today')).toEqual(['64712']);
  });
});

describe("evidence: issue 11 pass 51 (sealed117 to sealed124), a header's procedure word before a complement", () => {
  it("reads a procedure word before a preposition and one word as the header's head", () => {
    expect(classifyLabel('Usual CPT on call')).toBe('procedure');
    expect(classifyLabel('HCPCS (if any)')).toBe('procedure');
    // In running text the word bound to the number still labels it.
    expect(codes('charges stuck on HAR 64612')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), a quiz answer given in prose', () => {
  it('reads "the answer is" before the number as a quiz answer when the text speaks of coding', () => {
    expect(codes('You coded it twice, so the answer is 64712.')).toEqual(['64712']);
    // With no coding in the text, the word before "is" stays a label.
    expect(codes('Call us, the answer is 64712.')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), a CDISC ODM item named by its OID', () => {
  it('reads an ItemData Value as a code when its ItemOID names CPT or HCPCS', () => {
    expect(codes('<ItemData ItemOID="IT.SURG_CPT" Value="64714"/>')).toEqual(['64714']);
    expect(codes('<ItemData ItemOID="IT.HCPCS_1" Value="64445"/>')).toEqual(['64445']);
    // An item the OID names as another field holds its value, not a code.
    expect(codes('<ItemData ItemOID="IT.SITE_ZIP" Value="64714"/>')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), a CMS-1500 line with lettered columns', () => {
  it('reads "D" after column B\'s place of service as item 24D, the procedure', () => {
    expect(codes('A 03 11 26  03 11 26   B 11   D 64445  LT   E A   F 540 00')).toEqual(['64445']);
    // A "D" after anything else stays a word no list knows bound to the number.
    expect(codes('Wing 3   D 64445  ward')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 51 (sealed117 to sealed124), "the" after a colon or a comma', () => {
  it('reads "the" before the number after a colon or comma as a phrase about it, no field value', () => {
    // A call transcript's speaker line and a clause after a comma.
    expect(codes('CALLER: the 64612 is for my eyelid')).toEqual(['64612']);
    expect(codes('right, the 64445 was the block')).toEqual(['64445']);
    // Without the article the word before the colon or comma labels the number.
    expect(codes('CALLER: 64612 is for my eyelid')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 52 (sealed125 to sealed132), a delimited row under the header line before it', () => {
  it('names a row alone in its node by the header line in the text before it', () => {
    // A CSV preview that gives each line of the file its own element: the row's columns are the header's above.
    const header = 'run_no,clinic_zip,units,proc_cd,paid_flag';
    expect(codes('64712,43004,2,64714,N', { before: `export.csv\n${header}` })).toEqual(['64714']);
    // Tab-separated: the adjustment's transaction code is no procedure, the listed codes are.
    const tsv = 'LOG_ID\tADJ_TXN\tDAYS\tCPT_CODES';
    expect(codes('71201\t64632\t3\t64445;64712', { before: `log.tsv\n${tsv}` })).toEqual(['64445', '64712']);
    // A list with blanks after its commas is prose, no row: the header line before does not name its members.
    expect(codes('CPT 64712, 64714', { before: 'batch_id,zip,flag' })).toEqual(['64712', '64714']);
  });
});

describe('evidence: issue 11 pass 52 (sealed125 to sealed132), an XML element beside a modifier or a type', () => {
  it('reads a <Code> element followed by a <Mod> element, or an element typed CPT, as a procedure code', () => {
    expect(codes('<Line><Code>64714</Code><Mod>LT</Mod><Fee>900.00</Fee></Line>')).toEqual(['64714']);
    expect(codes('<Line><Code>64714</Code><Mod/><Fee>900.00</Fee></Line>')).toEqual(['64714']);
    expect(codes('<Item><Billed type="HCPCS">64632</Billed><Units>1</Units></Item>')).toEqual(['64632']);
    // A <Code> element beside no modifier, or typed as another system, says nothing of its own.
    expect(codes('<Line><Code>64714</Code><Fee>900.00</Fee></Line>')).toEqual([]);
    expect(codes('<Item><Billed type="ZIP">64632</Billed><Units>1</Units></Item>')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 52 (sealed125 to sealed132), an issuer is a record', () => {
  it('reads a number bound to "issuer" as the insurer\'s id', () => {
    expect(codes('Enrollment file sent to issuer 64714 today')).toEqual([]);
    // The same sentence with a procedure word bound to the number.
    expect(codes('Enrollment file sent to procedure 64714 today')).toEqual(['64714']);
  });
});

describe('evidence: issue 11 pass 52 (sealed125 to sealed132), an "M1" modifier column', () => {
  it('reads a table with an "M1" column as one that codes procedures, as a "Mod" column does', () => {
    // A fee schedule sheet: the code column has no header and the data knows few of its codes.
    const column = ['64702', '64704', '64712', '64718'];
    const row = ['1415', '64712', '', 'Revision of sciatic nerve', '$512.67'];
    const at = (h: string) =>
      codes('64712', { columnHeader: '', column, row, headers: ['', '', h, 'Short Desc', 'Fac'] });
    expect(at('M1')).toEqual(['64712']);
    expect(at('R1')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 52 (sealed125 to sealed132), a name with an initial before a parenthesised id', () => {
  it('reads the number in parentheses after a surname and an initial as the id its header names', () => {
    const ctx = (v: string) => ({ columnHeader: 'Member', column: [v, 'Ito K. (10233)'], row: ['09:00', v] });
    expect(codes('Lindqvist A. (64612)', ctx('Lindqvist A. (64612)'))).toEqual([]);
    // A procedure's name before the parenthesis in that column is no member's.
    expect(codes('chemodenervation (64612)', ctx('chemodenervation (64612)'))).toEqual(['64612']);
  });
});

describe('evidence: issue 11 pass 52 (sealed125 to sealed132), a side opening the text before the number', () => {
  it('reads "left" or "right" opening the text right before the number as the side of a procedure', () => {
    const ctx = { columnHeader: 'Entered', column: ['left 64632', 'right 64445', 'N/A'], row: ['70211', 'x'] };
    expect(codes('left 64632', ctx)).toEqual(['64632']);
    expect(codes('right 64445', ctx)).toEqual(['64445']);
    expect(codes('lent 64632', ctx)).toEqual([]);
  });
});

describe('evidence: issue 11 pass 53 (sealed133 to sealed138), a CSV field before a side or an empty field and a word', () => {
  it('reads a five-digit CSV field followed by an LT/RT or empty field, then a word field, as a whole field', () => {
    // A case log's row in its own node (the header out of view): date, MRN tail, CPT, side, facility.
    expect(codes('11/02/2024,60120,64712,LT,Meriter,Primary')).toEqual(['64712']);
    expect(codes('01/15/2025,61129,64714,,Meriter,Primary')).toEqual(['64714']);
    expect(codes('2028,64612,RT,MD,266,139,35141.20,30013')).toEqual(['64612']);
    // A two-letter field that is no side (a state) leaves the digit and comma before a decimal's.
    expect(codes('11/02/2024,60120,64712,CA,Madison,WI')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 53 (sealed133 to sealed138), an XML element followed by a modifier element', () => {
  it('reads the number of any element whose next sibling is a modifier element as a procedure code', () => {
    const line = (el: string, next: string) =>
      `<Line seq="1"><${el} qual="HC">64712</${el}><${next}>LT</${next}><Billed>9850.00</Billed></Line>`;
    expect(codes(line('Procedure', 'Mod'))).toEqual(['64712']);
    expect(codes(line('Svc', 'Modifier1'))).toEqual(['64712']);
    // A sibling whose name only opens with "Mod" is no modifier.
    expect(codes(line('Procedure', 'Model'))).toEqual([]);
    expect(codes(line('Procedure', 'Billed'))).toEqual([]);
  });
});

describe('evidence: issue 11 pass 53 (sealed133 to sealed138), a clinical privilege is a procedure', () => {
  it('reads "privilege(s)" as a procedure word: a delineation of privileges lists procedures', () => {
    expect(codes('Okafor, T. DPM — new special privilege 64632; FPPE opened.')).toEqual(['64632']);
    const column = ['Core anesthesia', 'Core pain; special 64712 64714 64624', 'Add 64632 (FPPE)'];
    const row = ['4.2', 'Ramanathan, Priya MD', '52218', 'Reappt', 'Core pain; special 64712 64714 64624'];
    const cell = (h: string) => codes('Core pain; special 64712 64714 64624', { columnHeader: h, column, row });
    expect(cell('Privileges at issue')).toEqual(['64712', '64714']);
    // A privilege's record number is still an identifier.
    expect(codes('Privilege ID 64632 opened')).toEqual([]);
    expect(cell('Comments')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 53 (sealed133 to sealed138), "reg." is a registration number', () => {
  it('reads a number bound to "reg." as a registration number', () => {
    expect(codes('Submitted as Exhibit 2. Witness reg. 64632.')).toEqual([]);
    // The same sentence with a coding verb bound to the number.
    expect(codes('Submitted as Exhibit 2. Witness reported 64632.')).toEqual(['64632']);
  });
});

describe('evidence: issue 11 pass 53 (sealed133 to sealed138), a coding verb\'s participle qualifying "code"', () => {
  it('reads "Requested code:" as naming the code of the service requested', () => {
    expect(codes('Requested code: 64632 DESTRUCTION BY NEUROLYTIC AGENT   Side: LT   Qty: 4')).toEqual(['64632']);
    // A participle of no coding verb leaves "code" to its qualifier: a gate's code.
    expect(codes('Entered code: 64632 GATE B NORTH LOT   Side: LT   Qty: 4')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 53 (sealed133 to sealed138), a certificate is a record', () => {
  it('reads numbers bound to "certificate(s)" as certificate numbers', () => {
    expect(codes('ABA letter received for certificates 64712 and 64714.')).toEqual([]);
    // The same sentence with a procedure word bound to the numbers.
    expect(codes('ABA letter received for procedures 64712 and 64714.')).toEqual(['64712', '64714']);
  });
});

describe('evidence: issue 11 pass 53 (sealed133 to sealed138), an unlabelled column before a procedure column', () => {
  it('reads a bare number with no header, before a "Procedure" column describing the row, as that code', () => {
    const column = ['64445', '64450', '64632', '64483', '76942', '99214', '99213'];
    const at = (h: string) =>
      codes('64445', {
        column,
        row: ['64445', 'N BLOCK INJ SCIATIC SNG', '38', '1.39', '52.82'],
        headers: ['', h, 'Count', 'wRVU', 'Total wRVU'],
      });
    expect(at('Procedure')).toEqual(['64445']);
    // The same row beside a column naming no procedure: the column's population decides (few known: an id column).
    expect(at('Location')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 53 (sealed133 to sealed138), "now" is no label', () => {
  it('reads "now" before the number as an adverb, a change log\'s new value', () => {
    expect(codes('now 64445 + 76942')).toEqual(['64445']);
    // The label before the adverb still names the number.
    expect(codes('Suite now 64445')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 53 (sealed133 to sealed138), "blk" abbreviates a block', () => {
  it('reads an anatomical word and "blk" before the number as a nerve block procedure', () => {
    expect(codes('R sciatic blk 64445, rpt', { columnHeader: 'Planned' })).toEqual(['64445']);
    // A city block is no nerve block.
    expect(codes('Lot 4 blk 64445, rpt', { columnHeader: 'Planned' })).toEqual([]);
  });
});

describe("evidence: issue 11 pass 53 (sealed133 to sealed138), a comma row's key before its code", () => {
  it('reads a five-digit field opening a comma row as the record key when a later field is the code with a modifier', () => {
    expect(codes('64714,A31017,2026-01-07,1629031874,64632,RT,,2,780.00,203.20,WPS MCR B', undefined, KNOWN_5)).toEqual(
      ['64632'],
    );
    // With no code field later in the row, the opening field is left to the other rules.
    expect(codes('64714,RT,,2,780.00,203.20,WPS MCR B')).toEqual(['64714']);
  });
});

describe('evidence: issue 11 pass 54 (sealed139 to sealed152), a unit count written with the number', () => {
  it('reads "N x" before or " xN" after the number as a service line\'s units, over a record word or an abbreviation', () => {
    expect(codes('5 block records: 64445 x3, 64447 x2')).toEqual(['64445']);
    expect(codes('Sample list sent: 40 rows, 64445 x 12, 64447 x 9')).toEqual(['64445']);
    expect(codes('They have 2 x 64712 and a 64714 waiting')).toEqual(['64712', '64714']);
    expect(codes('clinic PM 64612 x3')).toEqual(['64612']);
    // A field word bound right before the number keeps it an identifier; a size is no count.
    expect(codes('Claim 64714 x2')).toEqual([]);
    expect(codes('5 block records: 64445 x 40mm')).toEqual([]);
    expect(codes('Box 64714 x 40 mm')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 54 (sealed139 to sealed152), a revenue code field opening a chargemaster row', () => {
  it('reads a five-digit field after a zero-led four-digit field and before a descriptor as the code', () => {
    expect(codes('0360,64712,NEUROPLASTY SCIATIC NERVE,14280.00,5120.00,2025-04-01')).toEqual(['64712']);
    expect(codes('0370,64445,NERVE BLOCK SCIATIC SINGLE,1180.00,410.00')).toEqual(['64445']);
    // A thousands group ("1,360,64712") or a row of names after the number stays unmarked.
    expect(codes('1360,64712,NEUROPLASTY SCIATIC NERVE,14280.00')).toEqual([]);
    expect(codes('0360,64712,SMITH,JOHN,14280.00')).toEqual([]);
  });
});

describe("evidence: issue 11 pass 54 (sealed139 to sealed152), a side or an ordinal in a priced line's description", () => {
  it('reads a description ending in ", L" or "3rd interspace", then the number and a fee, as a treatment line', () => {
    expect(codes('    05/07/26  11  Chemodenervation, facial nerve, L   64612  $248.92')).toEqual(['64612']);
    expect(codes('    05/21/26  11  Neurolysis, digital nerve, R 3rd interspace   64632  $187.44')).toEqual(['64632']);
    // A name with a side letter is no description.
    expect(codes('Payee: SMITH, JOHN, L   64612  $248.92')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 54 (sealed139 to sealed152), a check box before the number', () => {
  it("reads a check box, the number and a lower-case word as an encounter form's procedure option", () => {
    expect(codes('NERVE BLOCKS ☐ 64418 suprascapular ☐ 64445 sciatic ☐ 64450 other')).toEqual(['64445']);
    expect(codes('CHEMODENERVATION ☑ 64612 facial ☐ 64615 migraine')).toEqual(['64612']);
    // A box before a number with no procedure word after it is left to the other rules (an account here).
    expect(codes('Acct ☐ 64612 Main')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 55 (sealed153 to sealed166), an event names its number', () => {
  it('reads "event" bound to the number as a record word', () => {
    expect(codes('The webcast archive is event 64714 on the Investors section')).toEqual([]);
    expect(codes('Replay: event 64714 · passcode 13742')).toEqual([]);
    // A modifier written with the number, or "event" not bound to it, keeps the code.
    expect(codes('event 64714-RT')).toEqual(['64714']);
    expect(codes('Adverse event after 64714 on 3/25')).toEqual(['64714']);
  });
});

describe("evidence: issue 11 pass 55 (sealed153 to sealed166), the reader's own record named after the number", () => {
  it('reads "N is your <field>" naming another field as that record\'s number', () => {
    expect(codes('   when 64712 is your claim number — write "claim ending ...712" instead')).toEqual([]);
    expect(codes('That 64632 is your Botox authorization tracking number, not this one.')).toEqual([]);
    // "is your" and a procedure, or no field, leaves the number a code.
    expect(codes('64712 is your procedure on Monday')).toEqual(['64712']);
    expect(codes('64445 is your block today')).toEqual(['64445']);
  });
});

describe("evidence: issue 11 pass 55 (sealed153 to sealed166), a side field after a comma row's number", () => {
  it('reads an LT, RT or 50 field right after the number as its side, whatever field follows', () => {
    expect(codes('71407,50439,00418823,64712,RT,T0,NRS,NRS-AVG7,8')).toEqual(['64712']);
    expect(codes('74102,50458,00266031,64612,50,C7-PRE,HFS-7,TOTAL,14')).toEqual(['64612']);
    // Another two-letter field is no side: the number stays a decimal comma's fraction.
    expect(codes('1,64612,XY,T0,NRS')).toEqual([]);
  });
});

describe("evidence: issue 11 pass 55 (sealed153 to sealed166), a JSON code's codeSystem or a MedicalCode's codingSystem", () => {
  it('reads the coding system a codeSystem or codingSystem sibling names, as a system sibling', () => {
    expect(codes('  "services": [ { "code": "64714", "codeSystem": "CPT", "description": "Neuroplasty" } ]')).toEqual([
      '64714',
    ]);
    expect(codes('{"@type": "MedicalCode", "codeValue": "64712", "codingSystem": "CPT"},')).toEqual(['64712']);
    // Another coding system names no procedure.
    expect(codes('  "services": [ { "code": "64714", "codeSystem": "CDM", "description": "Neuroplasty" } ]')).toEqual(
      [],
    );
    expect(codes('{"@type": "MedicalCode", "codeValue": "64712", "codingSystem": "LOCAL"},')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 55 (sealed153 to sealed166), Spanish and Portuguese service and procedure words', () => {
  it('reads "servicio" and "procedimiento" bound to the number as procedure words, a word between as their qualifier', () => {
    expect(codes('a su especialista es $35. El servicio 64612 fue preautorizado')).toEqual(['64612']);
    expect(codes('La anestesia del mismo día del procedimiento 64612 está incluida en el pago')).toEqual(['64612']);
    // A qualifier between names another field ("servicio al cliente": a customer service line).
    expect(codes('Llame a servicio al cliente 64612')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 55 (sealed153 to sealed166), a text message short code', () => {
  it('reads the number a text message comes from, or by SMS in parentheses, as a short code', () => {
    expect(codes('Next check-in in about 7 weeks. We will text you from 64612.')).toEqual([]);
    expect(codes('04/22/2026  6-week survey by SMS (64612) · NRS 5 · PI 58.4')).toEqual([]);
    // A message about the code, or text taken from a note, keeps it.
    expect(codes('SMS reminder for 64612 visit')).toEqual(['64612']);
    expect(codes('free text from 64612 note')).toEqual(['64612']);
  });
});

describe('evidence: issue 11 pass 56 (sealed167 to sealed178), a ticket names its number', () => {
  it('reads the number right after a singular "ticket" as the ticket\'s, a plural label as a list of codes', () => {
    expect(codes('Billing ticket 64712 — premium refund, unrelated (')).toEqual([]);
    expect(codes('Reply to ticket 64632 has been linked automatically')).toEqual([]);
    expect(codes('DDS fax server ticket 64612 keeps bouncing btw')).toEqual([]);
    // A plural label lists codes; a code the ticket is about keeps its mark.
    expect(codes('Created 05/15/2026 09:14   Linked tickets: 64445, 64712')).toEqual(['64445', '64712']);
    expect(codes('Opened a ticket about the 64712 claim')).toEqual(['64712']);
  });
});

describe('evidence: issue 11 pass 56 (sealed167 to sealed178), surgery and Botox bound to the number', () => {
  it('reads a lower-case "surgery" or "Botox" right before the number as the procedure done', () => {
    expect(codes('Went on Medigap N (pending surgery 64712). Great Bend G still in')).toEqual(['64712']);
    expect(codes('Hospital Records (surgery 64712)')).toEqual(['64712']);
    expect(codes('Hemifacial spasm Botox 64612 q12wk.')).toEqual(['64612']);
    expect(codes('IEP; Botox 64612 planned 2027')).toEqual(['64612']);
    // A capitalised name of a place keeps its number.
    expect(codes('Surgery Center 64712')).toEqual([]);
    expect(codes('Botox Clinic 64612')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 56 (sealed167 to sealed178), a follow-up request and an expense report are records', () => {
  it('reads "request" or "report" after a noun naming the record as the record noun, not the coding verb', () => {
    expect(codes('Follow-up request 64714 closed')).toEqual([]);
    expect(codes('10:09 AM  expense report 64632 submitted for the RUC hotel')).toEqual([]);
    // The coding verb keeps its code.
    expect(codes('please report 64632 once per session')).toEqual(['64632']);
    expect(codes('we follow up request 64712 approval')).toEqual(['64712']);
  });
});

describe('evidence: issue 11 pass 56 (sealed167 to sealed178), a dosing interval after the number', () => {
  it('reads "q12wk" or "every 3 months" right after the number as a treatment repeated', () => {
    expect(codes('Recert rec’d: 64612 q12wk unchanged; new 64632 x3')).toEqual(['64612', '64632']);
    expect(codes('/2026; Botox for facial spasm 64612 every 3 months')).toEqual(['64612']);
    // A record's number keeps its label.
    expect(codes('Invoice 64712 every 3 months')).toEqual([]);
    expect(codes('Recert rec’d: 64612 unchanged')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 57 (tuning data), a row opening with its key', () => {
  it('reads a delimited row’s first number as the record’s key when its next field holds a digit and no blank, or is a number in a dated row', () => {
    expect(codes('64612,A25-14242,2025-08-19,64612,52')).toEqual([]);
    expect(codes('64612,63650,2025-11-03,3,3,5,12834,')).toEqual([]);
    expect(codes('64445,52384,STD-27-40455,2027-05-26')).toEqual([]);
    expect(codes('64632|2026-10-26|11421|67501|RENO|65-74')).toEqual([]);
    // A side, a units or an amount field, or a description, after the number keeps its code.
    expect(codes('64712,RT,1,1840.00,60054')).toEqual(['64712']);
    expect(codes('64714,NEUROPLASTY LUMBAR PLEXUS,1,1.00,2023-07-01')).toEqual(['64714']);
    expect(codes('64612,J0585,100,2026-05-01')).toEqual(['64612']);
    // Two five-digit values opening an undated row are a pair (an NCCI edit).
    expect(codes('64712,64445,20100101,*,1')).toEqual(['64712', '64445']);
    expect(codes('64632,LT,2,2026-05-01')).toEqual(['64632']);
  });
});

describe('evidence: issue 11 pass 57 (tuning data), a log’s time stamp and a column gap', () => {
  it('reads a number after a stamp with seconds, or before a file path, as the log’s field', () => {
    expect(codes('06:15:48  64712  NOT FOUND IN CMMS — unregistered')).toEqual([]);
    expect(codes('2026-02-11 23:58  64445 837P\\BPN\\BPN_837P_20260210_b5.txt')).toEqual([]);
    expect(codes('2026-02-12 00:01  64632 /var/spool/claims/out.dat')).toEqual([]);
    // A chat's or a schedule's time before a code keeps it.
    expect(codes('10:05  64714: conservative care documented')).toEqual(['64714']);
    expect(codes('07:30  64712  Neuroplasty sciatic  Dr Hale')).toEqual(['64712']);
  });
});

describe('evidence: issue 11 pass 57 (tuning data), a meeting ID written in groups', () => {
  it('reads a number after "ID" and a group of three or four digits as the ID’s next group', () => {
    expect(codes('the prep call: meeting ID 812 64712 77 (same as the app number')).toEqual([]);
    expect(codes('attendees: webinar ID 9124 64445 7712, passcode 381')).toEqual([]);
    // A code after a count or a revenue code keeps its mark.
    expect(codes('0360 64712 5432       7')).toEqual(['64712']);
    expect(codes('Meeting ID 81230 re: 64712 denial')).toEqual(['64712']);
  });
});

describe('evidence: issue 11 pass 57 (tuning data), a spreadsheet TEXT() formats a date serial', () => {
  it('reads a five-digit value TEXT() formats as a date’s serial', () => {
    expect(codes('B7: =TEXT(64712,"yyyy-mm-dd")  → 2077-02-14')).toEqual([]);
    expect(codes('fx  =IF(A2>0,TEXT(64445,"mm/dd/yyyy"),"")')).toEqual([]);
    // A lookup of a code keeps it.
    expect(codes('fx  =VLOOKUP(64712,FeeTable!$A$2:$D$40,3,FALSE)')).toEqual(['64712']);
  });
});

describe('evidence: issue 11 pass 58 (sealed179 to sealed190), a file path’s component', () => {
  it('reads a number glued after a backslash as a file or folder name', () => {
    expect(codes('RX done   job 40112  pages 4  ECM on  file \\\\fx01\\in\\64712.tif')).toEqual([]);
    expect(codes('Export dir D:\\IOM\\64445')).toEqual([]);
    // A code beside the path keeps its mark.
    expect(codes('Sciatic neurolysis 64712 scanned to \\\\fx01\\in\\40112.tif')).toEqual(['64712']);
  });
});

describe('evidence: issue 11 pass 58 (sealed179 to sealed190), a possessive right before the number', () => {
  it('reads a possessive bound to the number as the person’s procedure', () => {
    expect(codes("ok. For Nguyen's 64712 on the 26th book 5 h, not 4")).toEqual(['64712']);
    expect(codes('3. Theo’s 64632 series was paid entirely by HSA')).toEqual(['64632']);
    // "it's" is "it is": the sentence still names the number's field.
    expect(codes("Her ZIP changed too, it's 43080 now")).toEqual([]);
    expect(codes('Claim 64712 for Nguyen')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 58 (sealed179 to sealed190), a verb and an article before the number', () => {
  it('reads a lower-case word before "the" right before the number as a verb, the number its object', () => {
    expect(codes('reviewing the 64712 op report from drafting')).toEqual(['64712']);
    // After "is" the word before is the subject whose value the number is.
    expect(codes('Your file is the 64612.')).toEqual([]);
    expect(codes('Claim the 64612')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 58 (sealed179 to sealed190), a verb and Spanish "el" before the number', () => {
  it('reads a lower-case word before "el" right before the number as a verb, the number its object', () => {
    expect(codes('En la carta me dicen que no cubren el 64612 porque es preexistente.')).toEqual(['64612']);
    expect(codes('Hola, mi próxima cita es para repetir el 64612 (la inyección de la cara).')).toEqual(['64612']);
    // A capitalised verb opening the sentence keeps its record ("Tengo el 52318 apuntado").
    expect(codes('¿Y cuál es mi número de expediente? Tengo el 64612 apuntado')).toEqual([]);
  });
});

describe('evidence: issue 11 pass 58 (sealed179 to sealed190), a numbered line’s count column', () => {
  it('reads a number ending a numbered line after a gap, under a line ending in a count, as that column’s count', () => {
    const before = '5   exp Hemifacial Spasm/ or hemifacial spasm.tw,kf.        4211';
    expect(codes('6   or/1-5                                  64445', { before })).toEqual([]);
    // Under a line ending in a code, or with no count above, the number keeps its mark.
    expect(codes('6   or/1-5                                  64445', { before: '5   sciatic      64712' })).toEqual([
      '64445',
    ]);
    expect(codes('6   or/1-5                                  64445')).toEqual(['64445']);
  });
});

describe('evidence: issue 11 pass 58 (sealed179 to sealed190), a line speed after the number', () => {
  it('reads a number before "bps" as a fax or modem speed', () => {
    expect(codes('RX done   job 40112  pages 4  64445 bps  ECM on')).toEqual([]);
    // A code before other words keeps its mark.
    expect(codes('Fax cover for 64445 block, sent at 14400 bps')).toEqual(['64445']);
  });
});
