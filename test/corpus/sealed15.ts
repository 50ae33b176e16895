import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 15 (issue 11). `sealed14.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s15-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. 315 tokens: 129 codes, 186 decoys; 77 decoys are
 * other numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, ids, control numbers, CDM and ledger
 * numbers, counts and amounts in cents, and 6 reuse the digits of a known code (PTAN, account, ZIP, CDM). No other
 * five-digit CPT code appears in a coding context.
 *
 * (Its writer recalled these layouts; no public document was fetched for them.)
 * Shapes built on real public document layouts (segment order, field and column names; our codes swapped in):
 * X12 278 notification (005010X216: UM, HI, HSD, SV1, TRN, with the AAA-less accepted response), X12 277 claim
 * status response with pended service lines (005010X212: STC, SVC, REF*FJ, DTP*472), HL7 v2 DFT^P03 with ER7
 * escape sequences in FT1-7/FT1-25, Da Vinci PAS Task/Subscription notification JSON, the HAPI FHIR testpage
 * overlay search-result table, the CMS ASC Addendum AA CSV (quoted cells, payment indicator, multiple procedure
 * discounting), the MAC fee schedule look-up result layout, the MCD article "Group 1 Codes" bulleted list, the QPP
 * measure specification denominator section, the commercial medical policy "Applicable Codes" table, the CPT
 * alphabetic index layout, the FISS reason-code look-up, the CMS-588 EFT authorization agreement and the state
 * provider dispute resolution (PDR) request form. The other
 * shapes (spreadsheet autofilter, denial work queue with grouped rows, member app claim cards, EDI compare tool,
 * dictation transcript, devtools console.table, clearinghouse batch acceptance report, PECOS enrollment summary,
 * coding huddle notes, CDM trial balance, prior-auth program code grid, peer-to-peer confirmation email, surgery
 * posting sheet, graded LMS quiz, records shipment manifest, facility finder, physician compensation statement,
 * payment plan agreement, EHR encounter list, CRM field history, webinar handout) are written the way those pages
 * read, with no single public source.
 */

// ── X12 278 notification (005010X216), raw, one <pre> ────────────────────────────────────────────────────────
const x278n: Snippet[] = [
  {
    id: 's15-278n-req',
    kind: 's15-x12-278n-notification',
    text: [
      'ST*278*1001*005010X216~',
      'BHT*0078*11*[32610]*20261130*1412~',
      'HL*1**20*1~',
      'NM1*X3*2*PRAIRIE STATE HEALTH PLAN*****PI*[95124]~',
      'HL*2*1*21*1~',
      'NM1*FA*2*LAKESIDE SURGERY CENTER*****XX*1457389021~',
      'N3*220 HARBOR WAY STE 4~',
      'N4*MADISON*WI*[53703]~',
      'HL*3*2*22*1~',
      'NM1*IL*1*PRUITT*OWEN****MI*PSH[40091]~',
      'HL*4*3*EV*1~',
      'UM*SC*I*2*24:B~',
      'DTP*472*D8*20261203~',
      'HI*ABK:G5703~',
      'HSD*VS*1~',
      'HL*5*4*SS*0~',
      'TRN*1*[70112]*1457389021~',
      'SV1*HC:{64714}*3150*UN*1~',
      'HL*6*4*SS*0~',
      'TRN*1*[70113]*1457389021~',
      'SV1*HC:{64445}:LT*400*UN*1~',
      'SE*21*1001~',
    ].join('\n'),
  },
  {
    id: 's15-278n-ack',
    kind: 's15-x12-278n-notification',
    text: [
      'ST*278*0044*005010X216~',
      'BHT*0078*11*[32610]*20261130*1420~',
      'HL*1**20*1~',
      'NM1*X3*2*PRAIRIE STATE HEALTH PLAN*****PI*[95124]~',
      'HL*4*3*EV*1~',
      'UM*SC*I*2~',
      'HCR*A6*NOT[20088]~',
      'HL*5*4*SS*0~',
      'TRN*2*[70112]*1457389021~',
      'SV1*HC:{64714}*3150*UN*1~',
      'HL*6*4*SS*0~',
      'TRN*2*[70113]*1457389021~',
      'SV1*HC:{64445}:LT*400*UN*1~',
      'SE*13*0044~',
    ].join('\n'),
  },
];

// ── X12 277 claim status response with pended lines (005010X212), raw ─────────────────────────────────────────
const x277: Snippet[] = [
  {
    id: 's15-277-resp',
    kind: 's15-x12-277-pended-status',
    text: [
      'ST*277*0007*005010X212~',
      'BHT*0010*08*[43057]*20261129*0830*DG~',
      'HL*1**20*1~',
      'NM1*PR*2*GRANITE STATE MUTUAL*****PI*[03302]~',
      'HL*2*1*21*1~',
      'NM1*41*2*NORTH COUNTY PAIN PLLC*****46*[10061]~',
      'HL*3*2*19*1~',
      'NM1*1P*2*NORTH COUNTY PAIN PLLC*****XX*1720048815~',
      'HL*4*3*PT~',
      'NM1*QC*1*DESROCHERS*ANNE~',
      'TRN*2*CLM[60119]~',
      'STC*P1:21:PR*20261129**1840*0~',
      'REF*1K*2026331X~',
      'REF*EJ*ACCT[34102]~',
      'DTP*472*RD8*20261102-20261102~',
      'SVC*HC:{64632}:RT*960*0****1~',
      'STC*P1:0:PR*20261129~',
      'REF*FJ*[00001]~',
      'SVC*HC:{64632}:LT*880*0****1~',
      'STC*P3:252:PR*20261129~',
      'REF*FJ*[00002]~',
      'SE*21*0007~',
    ].join('\n'),
  },
  ...lines({
    id: 's15-277-view',
    kind: 's15-x12-277-pended-status',
    before: 'Claim Status Inquiry result — Granite State Mutual',
    text: [
      'Claim CLM[60119] · Billed $1,840.00 · Status P1 Pended/In Process',
      'Line 1 (control [00001]): {64632}-RT · Billed $960.00 · Pended',
      'Line 2 (control [00002]): {64632}-LT · Billed $880.00 · Pended, additional information requested (252)',
      'Payer claim control no. 2026331X · Patient account ACCT[34102]',
    ].join('\n'),
  }),
];

// ── HL7 v2 DFT^P03 with escape sequences, raw message pane ───────────────────────────────────────────────────
const dft: Snippet[] = [
  {
    id: 's15-dft-esc',
    kind: 's15-hl7-dft-p03-escaped-ft1',
    text: [
      'MSH|^~\\&|EPICCHG|LAKESIDE|RCMIF|LAKESIDE|20261130141255||DFT^P03|[80123]|P|2.5.1',
      'EVN|P03|20261130141255',
      'PID|1||MRN[40014]^^^LKS^MR||KOWALCZYK^DEAN||19591211|M|||18 ELM ST^^WAUNAKEE^WI^[53597]',
      'PV1|1|O|ASC^OR3^01||||1457389021^NAKAMURA^KEN|||ORTH',
      'FT1|1|||20261130|20261130|CG|[30109]^NEUROPLASTY SCIATIC \\T\\ BRANCHES|||1|||||||||||G5703|1457389021^NAKAMURA^KEN|||{64712}^NEUROPLASTY SCIATIC NERVE^CPT^RT^RIGHT SIDE^HCPCSMOD',
      'FT1|2|||20261130|20261130|CG|[30145]^SCIATIC BLOCK \\F\\ POSTOP|||1|||||||||||G5703|1457389021^NAKAMURA^KEN|||{64445}^INJ ANES SCIATIC NRV^CPT',
      'FT1|3|||20261130|20261130|CG|[01101]^OR TIME EA 15 MIN|||4|||||||||||G5703',
      'DG1|1||G5703^LESION OF PLANTAR NERVE RIGHT^I10',
    ].join('\n'),
  },
];

// ── Da Vinci PAS Task subscription notification, JSON viewer ──────────────────────────────────────────────────
const pasTask: Snippet[] = [
  {
    id: 's15-pas-task',
    kind: 's15-fhir-pas-task-json',
    text: [
      '{',
      '  "resourceType": "Task",',
      '  "id": "pas-pend-[20122]",',
      '  "status": "completed",',
      '  "intent": "order",',
      '  "code": { "coding": [ { "system": "http://hl7.org/fhir/us/davinci-pas/CodeSystem/PASTempCodes", "code": "inquiry" } ] },',
      '  "focus": { "reference": "Claim/lakeside-[20122]" },',
      '  "for": { "identifier": { "system": "urn:oid:2.16.840.1.113883.3.9", "value": "M[90174]" } },',
      '  "input": [',
      '    { "type": { "text": "requestedService" }, "valueCodeableConcept": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}" } ] } },',
      '    { "type": { "text": "requestedService" }, "valueCodeableConcept": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}" } ] } }',
      '  ],',
      '  "output": [',
      '    { "type": { "text": "reviewAction" }, "valueString": "A1 certified in total, preAuthRef PA[97052]" },',
      '    { "type": { "text": "itemTraceNumber" }, "valueString": "[97006]" }',
      '  ]',
      '}',
    ].join('\n'),
  },
];

// ── HAPI FHIR testpage overlay: Procedure search results ─────────────────────────────────────────────────────
const hapi: Snippet[] = [
  {
    id: 's15-hapi-url',
    kind: 's15-hapi-fhir-tester-results',
    text: 'GET http://localhost:8080/fhir/Procedure?code=http://www.ama-assn.org/go/cpt|{64712},http://www.ama-assn.org/go/cpt|{64714}&_count=50',
  },
  ...table({
    id: 's15-hapi-table',
    kind: 's15-hapi-fhir-tester-results',
    caption: 'Bundle: searchset — Total 4 — Request took 213ms',
    headers: ['ID', 'Updated', 'Subject', 'Code', 'Performed', 'Location'],
    rows: [
      [
        'Procedure/[10088]',
        '2026-11-30 09:14',
        'Patient/[10019]',
        'CPT {64712} Neuroplasty major peripheral nerve',
        '2026-11-28',
        'Location/[43023]',
      ],
      ['Procedure/[10089]', '2026-11-30 09:14', 'Patient/[10019]', 'CPT {64714}', '2026-11-28', 'Location/[43023]'],
      ['Procedure/[10090]', '2026-11-30 09:15', 'Patient/[20013]', 'CPT {64712}-LT', '2026-11-29', 'Location/[43023]'],
    ],
  }),
];

// ── CMS ASC Addendum AA, quoted CSV opened as plain text ──────────────────────────────────────────────────────
const ascAA: Snippet[] = [
  ...lines({
    id: 's15-asc-aa',
    kind: 's15-asc-aa-quoted-csv',
    before: 'ASC_Addendum_AA_Jan2027.csv',
    text: [
      '"Addendum AA.—Final ASC Covered Surgical Procedures for CY 2027 (Including Surgical Procedures for Which Payment is Packaged)"',
      '"HCPCS Code","Short Descriptor","Subject to Multiple Procedure Discounting","October 2026 Payment Indicator","January 2027 Payment Indicator","January 2027 Payment Weight","January 2027 Payment Rate"',
      '"{64445}","N block inj sciatic sng","Y","P3","P3","0.3052","$177.34"',
      '"{64612}","Destroy nerve face muscle","Y","P3","P3","0.4189","$243.41"',
      '"{64632}","N block inj common digit","Y","P3","P3","0.2914","$169.32"',
      '"{64712}","Revision of sciatic nerve","Y","A2","A2","43.0780","$2,502.11"',
      '"{64714}","Revise low back nerve(s)","Y","A2","A2","42.8191","$2,488.07"',
    ].join('\n'),
  }),
];

// ── MAC fee schedule look-up results (Noridian-style) ─────────────────────────────────────────────────────────
const macFee: Snippet[] = [
  {
    id: 's15-macfee-criteria',
    kind: 's15-mac-fee-lookup-results',
    before: 'Fee Schedule Lookup',
    text: 'Jurisdiction: JF · Contract [03302] · State: Idaho · Locality 00 · Codes {64612}–{64632} · Effective 01/01/2027',
  },
  ...table({
    id: 's15-macfee',
    kind: 's15-mac-fee-lookup-results',
    caption: 'Results (4 rows) Contractor 03302 Locality 00',
    headers: [
      'Code',
      'Mod',
      'Par Fee',
      'Non-Par Fee',
      'Limiting Charge',
      'Fac Par Fee',
      'PCTC',
      'Global',
      'Contractor',
    ],
    rows: [
      ['{64612}', '', '135.60', '128.82', '148.14', '107.93', '0', '010', '[03302]'],
      ['{64632}', '', '108.44', '103.02', '118.47', '72.18', '0', '010', '[03302]'],
      ['{64632}', '50', '162.66', '154.53', '177.71', '108.27', '0', '010', '[03302]'],
      ['{64445}', '', '124.07', '117.87', '135.55', '84.31', '0', '000', '[03302]'],
    ],
  }),
];

// ── MCD billing and coding article, "Group 1 Codes" bulleted list (WPS-style) ──────────────────────────────────
const article: Snippet[] = [
  ...lines({
    id: 's15-article',
    kind: 's15-mcd-article-code-bullets',
    before: 'Billing and Coding: Peripheral Nerve Procedures (A58233)',
    text: [
      'Article ID A[58233] · Contractor Name Wisconsin Physicians Service Insurance Corporation · Contract Number [05302]',
      'Group 1 Paragraph:',
      'The following CPT codes describe neuroplasty of major peripheral nerves. {64712} is reported once per nerve, and {64714} only when the lumbar plexus itself is decompressed.',
      'Group 1 Codes: (2 Codes)',
      '{64712} NEUROPLASTY MAJOR PERIPHERAL NERVE ARM/LEG OPEN; SCIATIC NERVE',
      '{64714} NEUROPLASTY MAJOR PERIPHERAL NERVE ARM/LEG OPEN; LUMBAR PLEXUS',
      'Group 2 Paragraph: Report {64632} per nerve treated; bilateral services use modifier 50.',
      'Group 2 Codes: (1 Code)',
      '{64632} DESTRUCTION BY NEUROLYTIC AGENT; PLANTAR COMMON DIGITAL NERVE',
      'Revision History: R3 11/14/2026 Formatting; contractor [05302] added to the jurisdiction list. Revised from [05202].',
    ].join('\n'),
  }),
];

// ── Spreadsheet autofilter dropdown (checkbox list of distinct values) ─────────────────────────────────────────
const autofilter: Snippet[] = [
  ...lines({
    id: 's15-filter-cpt',
    kind: 's15-sheet-autofilter-checklist',
    before: 'Sort A to Z  Sort Z to A  Filter by color  Filter by values: column "CPT"',
    text: ['(Select all)', '{64445}', '{64612}', '{64632}', '{64712}', '(Blanks)'].join('\n'),
  }),
  ...lines({
    id: 's15-filter-zip',
    kind: 's15-sheet-autofilter-checklist',
    before: 'Sort A to Z  Sort Z to A  Filter by color  Filter by values: column "Pt ZIP"',
    text: ['(Select all)', '[40102]', '[43021]', '[64612]', '[94047]'].join('\n'),
  }),
  ...lines({
    id: 's15-filter-cdm',
    kind: 's15-sheet-autofilter-checklist',
    before: 'Filter by values: column "CDM #"',
    text: ['(Select all)', '[30016]', '[30051]', '[64445]'].join('\n'),
  }),
];

// ── Denial work queue with grouped rows (group header row, then accounts) ─────────────────────────────────────
const denialWq: Snippet[] = [
  ...table({
    id: 's15-wq',
    kind: 's15-denial-wq-grouped-rows',
    caption: 'WQ 4471 Ortho Denials — grouped by Remark',
    headers: ['Acct', 'Pt', 'DOS', 'Proc', 'Denied $', 'CARC', 'Owner', 'Days'],
    rows: [
      ['▾ N130 Consult plan benefit documents (3)', '', '', '', '', '', '', ''],
      ['[50007]', 'ARDEN, L', '11/02/26', '{64712}-RT', '2,450.00', '96', 'JTB', '14'],
      ['[50018]', 'OYELARAN, K', '11/05/26', '{64714}', '2,310.00', '96', 'JTB', '11'],
      ['[50055]', 'MURDOCK, P', '11/09/26', '{64445} 59', '410.00', '97', 'RVS', '7'],
      ['▾ M51 Missing/incomplete procedure code (2)', '', '', '', '', '', '', ''],
      ['[64632]', 'FENWICK, T', '11/12/26', '{64612}', '520.00', '16', 'RVS', '4'],
      ['[90140]', 'SZABO, E', '11/13/26', '{64632}-50', '1,200.00', '16', 'unassigned', '3'],
    ],
  }),
];

// ── Member mobile app claim cards ────────────────────────────────────────────────────────────────────────────
const appCards: Snippet[] = [
  ...lines({
    id: 's15-app-cards',
    kind: 's15-member-app-claim-cards',
    before: 'Claims  ·  Filter: Last 90 days',
    text: [
      'Lakeside Surgery Center · Nov 28',
      'Nerve surgery, hip ({64712}) · You may owe $412.60 · Claim #[20024]',
      'Processed · Plan paid $2,037.51',
      'Anesthesia Partners of Dane · Nov 28',
      'Nerve block ({64445}) · You may owe $0.00 · Claim #[20025]',
      'Pharmacy · Nov 30 · Rx #[97119] · You paid $15.00',
      'Member ID PSH[40091] · Group [70130]',
    ].join('\n'),
  }),
];

// ── EDI compare tool, two panes (original / corrected claim) ──────────────────────────────────────────────────
const ediCompare: Snippet[] = [
  ...table({
    id: 's15-edi-cmp',
    kind: 's15-edi-side-by-side-compare',
    caption: 'Compare: 837P_batch_30051_orig.txt ↔ 837P_batch_30051_corr.txt (3 differences)',
    headers: ['Ln', 'Original', 'Ln', 'Corrected'],
    rows: [
      ['0041', 'CLM*[80014]*2880***24:B:1*Y*A*Y*Y~', '0041', 'CLM*[80014]*2880***24:B:7*Y*A*Y*Y~'],
      ['0042', 'REF*D9*[94012]~', '0042', 'REF*F8*PCN[94012]~'],
      ['0047', 'SV1*HC:{64714}*2400*UN*1***1~', '0047', 'SV1*HC:{64712}:RT*2400*UN*1***1~'],
      ['0049', 'SV1*HC:{64445}*480*UN*1***1~', '0049', 'SV1*HC:{64445}:59*480*UN*1***1~'],
    ],
  }),
];

// ── QPP measure specification, denominator section (PDF text layer) ──────────────────────────────────────────
const measure: Snippet[] = [
  ...lines({
    id: 's15-qpp',
    kind: 's15-qpp-measure-denominator-pdf',
    before: 'Quality ID #00477: Perioperative Pain Management — Claims Measure Specifications',
    text: [
      'DENOMINATOR:',
      'All patients aged 18 years and older undergoing a peripheral nerve procedure',
      'Patient encounter during the performance period (CPT): {64712}, {64714}, {64632}',
      'AND NOT DENOMINATOR EXCLUSION: Patient received a regional block {64445} on the same date',
      'Data completeness: report on at least 75% of eligible encounters (2025 benchmark sample n = [90201]).',
      'Version 11.0 · November 2026 · Page 3 of 9',
    ].join('\n'),
  }),
];

// ── Speech-recognition dictation transcript (raw ASR with digits, run-on) ───────────────────────────────────────
const asr: Snippet[] = [
  {
    id: 's15-asr-1',
    kind: 's15-asr-dictation-transcript',
    before: 'Dictation job 70055 — transcribed by speech engine, pending review',
    text: 'this is doctor nakamura dictating on patient kowalczyk medical record number [40014] date of service november 30 procedure right sciatic neuroplasty code {64712} with modifier RT and a sciatic block {64445} done by anesthesia period callback number area code six zero eight five five five zero one four four extension [43021] end of dictation',
  },
  {
    id: 's15-asr-2',
    kind: 's15-asr-dictation-transcript',
    before: 'Dictation job 70056 — transcribed by speech engine, pending review',
    text: 'clinic note for ms fenwick she returns for chemodenervation of the facial muscles we will bill {64612} today and plan {64632} for the left foot at the next visit her insurance requires auth number [97071] and her zip changed to [94105]',
  },
];

// ── Browser devtools console.table output ─────────────────────────────────────────────────────────────────────
const devtools: Snippet[] = [
  ...table({
    id: 's15-devtools',
    kind: 's15-devtools-console-table',
    caption: 'console.table(chargeLines)  VM1123:1',
    headers: ['(index)', 'lineId', 'cpt', 'mod', 'units', 'cdm', 'amountCents'],
    rows: [
      ['0', '[60010]', "'{64712}'", "'RT'", '1', "'[30053]'", '[24500]'],
      ['1', '[60011]', "'{64445}'", "''", '1', "'[30065]'", '[41000]'],
      ['2', '[60012]', "'{64632}'", "'LT'", '2', "'[30097]'", '[17600]'],
    ],
  }),
];

// ── Clearinghouse batch acceptance report (plain-text print) ──────────────────────────────────────────────────
const batchReport: Snippet[] = [
  ...lines({
    id: 's15-batch',
    kind: 's15-clearinghouse-batch-acceptance',
    before: 'BATCH ACCEPTANCE REPORT — FILE 837P_1130_02.txt',
    text: [
      'SUBMITTER ID: [60054]      BATCH ID: [80095]      RECEIVED: 11/30/2026 14:31',
      'CLAIMS RECEIVED:    [00012]   ACCEPTED: 11   REJECTED: 1   TOTAL CHARGES: $18,442.00',
      'PAYER: GRANITE STATE MUTUAL ([03302])',
      '  PATIENT          ACCT       DOS        PROC            CHARGE    STATUS',
      '  DESROCHERS, A    [34102]    11/02/26   {64632}-RT      960.00    ACCEPTED',
      '  DESROCHERS, A    [34102]    11/02/26   {64632}-LT      880.00    ACCEPTED',
      '  HALVORSEN, M     [50041]    11/04/26   {64714}        2400.00    ACCEPTED',
      '  ABARA, C         [50043]    11/06/26   {64612}         520.00    REJECTED  A7:453 INVALID NPI',
      'END OF REPORT  PAGE 1 OF 1  REPORT ID [40050]',
    ].join('\n'),
  }),
];

// ── PECOS-style enrollment record summary (no procedures on the page) ─────────────────────────────────────────
const pecos: Snippet[] = [
  ...lines({
    id: 's15-pecos',
    kind: 's15-pecos-enrollment-summary',
    before: 'My Enrollments › Lakeside Surgery Center › Enrollment Record',
    text: [
      'Enrollment ID O20261104000012',
      'Medicare ID (PTAN): [64712]',
      'MAC: Wisconsin Physicians Service · Contract [05302]',
      'Practice location: 220 Harbor Way Ste 4, Madison, WI [53703]-4417',
      'Correspondence: PO Box [14026], Madison WI [53708]',
      'TIN ending in [89021] · Employer group members: 14 · Reassignments pending: 2',
      'Application tracking number [10112] · Submitted 11/04/2026 · Status: Approved',
    ].join('\n'),
  }),
];

// ── Commercial medical policy, "Applicable Codes" table (Proven / Unproven) ─────────────────────────────────────
const policyTable: Snippet[] = [
  {
    id: 's15-policy-lead',
    kind: 's15-policy-applicable-codes-table',
    before: 'Applicable Codes',
    text: 'The following list(s) of procedure codes is provided for reference purposes only. Policy number 2026T0611 — listing a code, such as {64612}, does not imply coverage.',
  },
  ...table({
    id: 's15-policy',
    kind: 's15-policy-applicable-codes-table',
    caption: 'CPT Code  Description',
    headers: ['CPT Code', 'Description'],
    rows: [
      [
        '{64612}',
        'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral (e.g., for blepharospasm, hemifacial spasm)',
      ],
      ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve'],
      ['{64445}', 'Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve'],
      ['', 'CPT® is a registered trademark of the American Medical Association'],
    ],
  }),
];

// ── Coding huddle notes (shared doc, bullets) ────────────────────────────────────────────────────────────────
const huddle: Snippet[] = [
  ...lines({
    id: 's15-huddle',
    kind: 's15-coding-huddle-notes',
    before: 'Ortho/Pain coding huddle — Mon 11/30 — notes',
    text: [
      '• Nakamura cases: {64712}/{64714} both billed on acct [50018]; op note only supports one — keep {64712}, drop {64714}.',
      '• Reminder: {64612} and {64632} are per side; use 50 or RT/LT, not 2 units.',
      '• Backlog: [30109] charges on hold, oldest 11/02; CDM line [30145] still maps to the retired block code.',
      '• Credentialing: Dr. Hsu PTAN [64445] active 12/01 — that is her provider number, not the block.',
      '• Next huddle 12/07, room [20008] (Bldg C, 2nd floor).',
    ].join('\n'),
  }),
];

// ── CDM trial balance by revenue ledger account ──────────────────────────────────────────────────────────────
const trialBalance: Snippet[] = [
  ...table({
    id: 's15-tb',
    kind: 's15-cdm-trial-balance',
    caption: 'Trial Balance — Period 11/2026 — Entity 0300 Lakeside ASC',
    headers: ['GL Acct', 'Description', 'CDM', 'CPT/HCPCS', 'Debit', 'Credit', 'Net'],
    rows: [
      ['[40032]', 'OR Revenue - Peripheral Nerve', '[30053]', '{64712}', '', '49,000.00', '(49,000.00)'],
      ['[40032]', 'OR Revenue - Peripheral Nerve', '[30054]', '{64714}', '', '24,000.00', '(24,000.00)'],
      ['[40033]', 'Anesthesia Block Revenue', '[30065]', '{64445}', '', '8,200.00', '(8,200.00)'],
      ['[71100]', 'Contractual Adjustments', '', '', '[50000].00', '', '50,000.00'],
    ],
  }),
];

// ── Prior-auth code list by program (payer PDF, grid of codes and ranges) ─────────────────────────────────────
const paGrid: Snippet[] = [
  ...lines({
    id: 's15-pa-grid',
    kind: 's15-pa-program-code-grid-pdf',
    before: 'Prior Authorization Code List — Musculoskeletal Program — Effective 01/01/2027 — Page 7',
    text: [
      'PAIN MANAGEMENT (administered by Coastline Specialty Review, program ID [01034], fax 1-888-555-0134)',
      '{64445}   {64612}   {64632}',
      'PERIPHERAL NERVE SURGERY',
      '{64712}–{64714}  (all laterality modifiers)',
      'Codes removed 01/01/2027: none · Codes added: {64632}',
      'Document ID MSK-2027-[01069] · Plan ID [80053]',
    ].join('\n'),
  }),
];

// ── Peer-to-peer request confirmation email ───────────────────────────────────────────────────────────────────
const p2pEmail: Snippet[] = [
  ...lines({
    id: 's15-p2p-mail',
    kind: 's15-p2p-confirmation-email',
    before: 'From: noreply@coastline-review.example  Subject: Peer-to-Peer scheduled — Case 90034',
    text: [
      'Case number: [90034]',
      'Requested service: {64714} Neuroplasty, lumbar plexus (denied 11/24 — not medically necessary)',
      'Also under review: {64712}-RT',
      'Your peer-to-peer is scheduled for 12/02/2026 at 2:15 PM CT with Dr. Amsel (reviewer ID [70027]).',
      'Call 1-866-555-0199, conference code [94026]#. Please have the imaging dated 10/14 available.',
      'If you cannot attend, reply with case [90034] in the subject line.',
    ].join('\n'),
  }),
];

// ── Surgeon posting sheet with coded summary (scheduler's "posting" form, label: value lines) ────────────────
const posting: Snippet[] = [
  ...lines({
    id: 's15-posting',
    kind: 's15-surgery-posting-sheet',
    before: 'SURGERY POSTING — Lakeside Surgery Center — fax to 608-555-0172',
    text: [
      'Patient: Pruitt, Owen  DOB 03/09/1961  Home ZIP [53597]',
      'Insurance: Prairie State Health Plan  ID PSH[40091]  Auth # pending (notification TRN [70112])',
      'Procedure(s) / CPT: Lumbar plexus neuroplasty {64714}; sciatic block by anesthesia {64445}LT',
      'Est. length: 120 min  Room: OR 3  Implant: none  Equipment: nerve stimulator #[20122]',
      'Surgeon: Nakamura  Assist: none  Anesthesia: GA + block',
    ].join('\n'),
  }),
];

// ── Coding quiz, fill-in answers graded (LMS results page) ───────────────────────────────────────────────────
const quiz: Snippet[] = [
  ...lines({
    id: 's15-quiz',
    kind: 's15-lms-graded-fill-in',
    before: 'Module 6 Quiz: Nerve procedures — Attempt 2 — Score 3/4',
    text: [
      'Q1. Neuroplasty of the sciatic nerve, right. Your answer: {64712}-RT ✓',
      'Q2. Chemodenervation, facial nerve muscles, bilateral. Your answer: {64612} ✗ Correct answer: {64612}-50',
      'Q3. How many units for a bilateral plantar digital nerve destruction? Your answer: 1 line with 50 ✓',
      'Q4. True or false: +{64612} is an add-on code reported with {64632}. Your answer: False ✓',
      'Learner ID [10023] · Course [01013] · Completed 11/30/2026',
    ].join('\n'),
  }),
];

// ── CPT-style alphabetic index entries (e-book reader, indented) ─────────────────────────────────────────────
const cptIndex: Snippet[] = [
  ...lines({
    id: 's15-index',
    kind: 's15-code-book-alphabetic-index',
    before: 'Index — N — Neuroplasty (Exploration, Neurolysis or Nerve Decompression)',
    text: [
      'Neuroplasty',
      '  Lumbar Plexus ........ {64714}',
      '  Sciatic Nerve ........ {64712}',
      '  See also Decompression, Nerve; Neurolysis',
      'Nerve Block, Injection',
      '  Sciatic ........ {64445}',
      'Destruction',
      '  Nerve',
      '    Plantar Common Digital ........ {64632}',
      'Chemodenervation',
      '  Facial Nerve Muscles ........ {64612}',
      'Neuroplasty, Peripheral Nerve, Open ........ {64712}-{64714}',
      'Location [11206] of [98195] · Bookmark 12',
    ].join('\n'),
  }),
];

// ── Medical-records shipment manifest for an additional documentation request ─────────────────────────────────
const manifest: Snippet[] = [
  ...lines({
    id: 's15-manifest',
    kind: 's15-records-shipment-manifest',
    before: 'ROI — Outgoing Records Manifest — Request 2026-44195',
    text: [
      'Ship to: Performant Recovery, Attn: Medical Review, PO Box [77030], Houston TX [77030]-2201',
      'Carrier: UPS Ground · Tracking 1Z9A40E2039188001 · Boxes: 1 · Pages: 214 · Box label [88001]',
      'Claims in this shipment: ICN 22263120170 (DOS 03/14/2026, services {64714}, {64445})',
      'ICN 22263122084, batch [12208] (DOS 04/02/2026, service {64632}-LT)',
      'Patient account(s): [52242], [52243] · Requestor reference [31201]',
      'Prepared by: H. Olsen, ROI Specialist, ext. [14642]',
    ].join('\n'),
  }),
];

// ── Facility finder (network search with procedure filter) ─────────────────────────────────────────────────────
const finder: Snippet[] = [
  ...lines({
    id: 's15-finder',
    kind: 's15-facility-finder-procedure-filter',
    before: 'Find Care · Procedure: Nerve decompression (64712) · Near ZIP 53226 · Within 25 miles',
    text: [
      'Showing 3 facilities that perform {64712} near [53226]',
      'Lakeside Surgery Center — 4.2 mi — 220 Harbor Way, Madison WI [53703] — Tier 1 · Est. cost $1,140–$1,620',
      'Mercy West Ambulatory Surgery — 11.8 mi — 4107 W Mill Rd, Brookfield WI [53045] — Tier 2 · also performs {64714}, {64445}',
      'Capitol Outpatient Center — 19.0 mi — 96 Capitol Sq, Madison WI [53702] — call 608-555-0141 (option 2)',
      'Network: Prairie Select · Plan ID [61614] · Results refreshed 11/30/2026',
    ].join('\n'),
  }),
];

// ── Physician compensation statement (wRVU detail) ───────────────────────────────────────────────────────────
const compStatement: Snippet[] = [
  ...table({
    id: 's15-comp',
    kind: 's15-physician-comp-statement',
    caption: 'Compensation Statement — Nakamura, Ken MD — Employee 81501 — Pay period 11/01–11/15/2026',
    headers: ['Service Date', 'Encounter', 'CPT', 'Mod', 'Qty', 'wRVU', 'Rate/wRVU', 'Credit'],
    rows: [
      ['11/02/2026', '[46202]', '{64712}', 'RT', '1', '11.09', '$52.00', '$576.68'],
      ['11/04/2026', '[46203]', '{64714}', '', '1', '10.77', '$52.00', '$560.04'],
      ['11/09/2026', '[46204]', '{64632}', '50', '1', '2.26', '$52.00', '$117.52'],
      ['11/12/2026', '[46205]', '{64612}', 'LT', '1', '1.41', '$52.00', '$73.32'],
      ['Cost center', '[86001]', '', '', '', '25.53', '', '$1,327.56'],
    ],
  }),
];

// ── Patient payment plan agreement (no procedures coded; balances and ids only) ────────────────────────────────
const paymentPlan: Snippet[] = [
  ...lines({
    id: 's15-payplan',
    kind: 's15-patient-payment-plan-agreement',
    before: 'Payment Plan Agreement — Lakeside Surgery Center Business Office',
    text: [
      'Guarantor: Owen Pruitt · Guarantor account [72205] · Statement date 11/30/2026',
      'Balance included: $1,650.00 from visit [72206] (nerve surgery, 11/28/2026)',
      'Term: 6 monthly payments of $275.00 beginning 01/05/2027 · Plan number PP-[93701]',
      'Autopay from account ending [57105] (routing on file) · Mail payments to PO Box [78229], San Antonio TX [78265]-8229',
      'Questions: 608-555-0123 · Hours 8–5 CT · Reference code [16801]',
    ].join('\n'),
  }),
];

// ── Cerner-style encounter list (FIN, encounter type, procedures) ─────────────────────────────────────────────
const encList: Snippet[] = [
  ...table({
    id: 's15-enc',
    kind: 's15-ehr-encounter-list-fin',
    caption: 'Encounter List — PRUITT, OWEN — MRN 4471902',
    headers: ['FIN', 'Enc Type', 'Reg Date', 'Disch Date', 'Facility', 'Procedures (CPT)', 'Med Service', 'Fin Class'],
    rows: [
      [
        '[45229]',
        'Outpatient Surgery',
        '11/28/2026',
        '11/28/2026',
        'LKS ASC',
        '{64714}; {64445}',
        'Orthopedics',
        'Commercial',
      ],
      ['[45230]', 'Clinic', '11/10/2026', '11/10/2026', 'LKS ORTHO', '', 'Orthopedics', 'Commercial'],
      ['[38105]', 'Outpatient Surgery', '04/02/2026', '04/02/2026', 'LKS ASC', '{64632}-LT', 'Podiatry', 'Commercial'],
      ['[38106]', 'Recurring', '01/15/2026', '', 'LKS PT', '', 'Rehab', 'Self Pay'],
    ],
  }),
];

// ── Provider dispute resolution request form (state PDR form layout, filled in a portal) ──────────────────────
const pdr: Snippet[] = [
  ...lines({
    id: 's15-pdr',
    kind: 's15-provider-dispute-resolution-form',
    before: 'PROVIDER DISPUTE RESOLUTION REQUEST — For Provider Use Only',
    text: [
      'PROVIDER NAME: North County Pain PLLC   PROVIDER TAX ID #: 83-1703392',
      'PROVIDER ADDRESS: 900 Route 3, Nashua NH [03060]',
      'PROVIDER TYPE: [x] Physician   CLAIM ID: [63110]-01   PATIENT ACCOUNT NUMBER: [50043]',
      'ORIGINAL CLAIM AMOUNT BILLED: $1,040.00   ORIGINAL CLAIM AMOUNT PAID: $0.00',
      'DISPUTE TYPE: [x] Claim  [ ] Appeal of Medical Necessity / Utilization Management Decision',
      'DESCRIPTION OF DISPUTE: Line 1 {64612} and line 2 {64612}-50 were denied as duplicates; the second line is the contralateral side. Please reprocess.',
      'EXPECTED OUTCOME: Payment of {64612}-50 at the contracted rate (allowed $312.00 at 50%).',
      'Line  From/To DOS   CPT/HCPCS   Modifier   Expected Fee   Reason code',
      '1     11/06/26      {64612}                 $312.00        —',
      '2     11/06/26      {64612}     50         $156.00        CO-18',
      'CONTACT: R. Vale, ext. [35233] · Date 11/30/2026',
    ].join('\n'),
  }),
];

// ── CRM field history (audit of changes to a case/claim record) ───────────────────────────────────────────────
const fieldHistory: Snippet[] = [
  ...table({
    id: 's15-history',
    kind: 's15-crm-field-history',
    caption: 'Claim Case 00318276 — Field History (8)',
    headers: ['Date', 'Field', 'User', 'Original Value', 'New Value'],
    rows: [
      ['11/30/2026 2:41 PM', 'CPT Code', 'Ruth Vale', '{64714}', '{64712}'],
      ['11/30/2026 2:41 PM', 'Modifier', 'Ruth Vale', '', 'RT'],
      ['11/30/2026 2:40 PM', 'Service ZIP', 'Ruth Vale', '[53704]', '[53703]'],
      ['11/29/2026 9:02 AM', 'Payer ID', 'Integration User', '[39216]', '[95124]'],
      ['11/29/2026 9:02 AM', 'Secondary CPT', 'Integration User', '', '{64445}'],
      ['11/28/2026 4:17 PM', 'Account Number', 'Integration User', '', '[62702]'],
      ['11/28/2026 4:17 PM', 'Billed Amount (cents)', 'Integration User', '', '[28800]'],
      ['11/28/2026 4:17 PM', 'Owner', 'Integration User', 'Queue [41501]', 'Ruth Vale'],
    ],
  }),
];

// ── FISS/DDE reason code inquiry (MAC reason-code look-up text, 5-character reason codes) ─────────────────────
const fissReason: Snippet[] = [
  ...lines({
    id: 's15-fiss',
    kind: 's15-fiss-reason-code-inquiry',
    before: 'Reason Code Lookup — Part A — Jurisdiction J6',
    text: [
      'Reason Code: [31286]   Status/Location: T B9997   Claim TOB 831',
      'Narrative: The HCPCS on the line is not payable in an ASC setting for this bill type.',
      'Resolution: Verify the procedure code. If {64714} was performed, confirm the ASC indicator; {64445} billed alone on a 83x bill is returned under [31286] as well.',
      'Related reason codes: [32402], [34977], [37235]',
      'Contractor [06102] · Last updated 11/18/2026 · Page views [19104]',
      'Example: DCN 2263312044202, line 3, HCPCS {64632} RT, revenue code 0360, units 1 → returned under [32402].',
    ].join('\n'),
  }),
];

// ── EFT authorization agreement (CMS-588 layout, completed form review screen) ────────────────────────────────
const eft: Snippet[] = [
  ...lines({
    id: 's15-eft588',
    kind: 's15-eft-authorization-agreement',
    before: 'Electronic Funds Transfer (EFT) Authorization Agreement — review before signing',
    text: [
      'Part I — Reason for Submission: [x] Change of Financial Institution',
      'Provider/Supplier Legal Business Name: Lakeside Surgery Center LLC',
      'Provider/Supplier Address: 220 Harbor Way Ste 4, Madison WI [53703]',
      'Tax Identification Number: **-***9021',
      'Medicare Identification Number (PTAN): [64714]   NPI: 1457389021',
      'Financial Institution: Badger Community Bank, 15 Main St, Sun Prairie WI [53590]',
      'Routing Transit Number: *****0451',
      'Depositor Account Number: ******[60611]   Account Type: [x] Checking',
      'Medicare Contractor: Wisconsin Physicians Service, Contract [05302]',
    ].join('\n'),
  }),
];

// ── Coding education webinar slide handout (PDF text layer, slide by slide) ──────────────────────────────────
const handout: Snippet[] = [
  ...lines({
    id: 's15-handout',
    kind: 's15-webinar-slide-handout',
    before: 'Peripheral Nerve Coding Update 2027 — Handout — Presenter: T. Obi, CPC',
    text: [
      'Slide 4 — Which code? Open decompression of the sciatic nerve at the hip: {64712}',
      'Slide 5 — Lumbar plexus: {64714}; do not add {64712} unless a separate incision is documented',
      'Slide 6 — Foot: {64632} per nerve; two interspaces same foot = 2 lines or units per payer',
      'Slide 7 — Injections: {64445} single shot vs. continuous infusion (different code family)',
      'Slide 8 — Facial chemodenervation {64612}: unilateral; bilateral add modifier 50',
      'Slide 9 — Q&A: 214 attendees, [85054] views on demand · CEU approval #[75390]',
      'Slide 10 — Contact: education@nerve-coding.example · 1-800-555-0107 · Boston MA [02139]',
    ].join('\n'),
  }),
];

export const sealed15: Snippet[] = [
  ...x278n,
  ...x277,
  ...dft,
  ...pasTask,
  ...hapi,
  ...ascAA,
  ...macFee,
  ...article,
  ...autofilter,
  ...denialWq,
  ...appCards,
  ...ediCompare,
  ...measure,
  ...asr,
  ...devtools,
  ...batchReport,
  ...pecos,
  ...policyTable,
  ...huddle,
  ...trialBalance,
  ...paGrid,
  ...p2pEmail,
  ...posting,
  ...quiz,
  ...cptIndex,
  ...manifest,
  ...finder,
  ...compStatement,
  ...paymentPlan,
  ...encList,
  ...pdr,
  ...fieldHistory,
  ...fissReason,
  ...eft,
  ...handout,
];
