import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 4 (issue 11). `sealed3.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s4-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Some decoys reuse those digits; about 40 % of all
 * decoys are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, ids, lot and catalog numbers,
 * control numbers, cost-centre, ledger and account numbers, so the 10k score means something. No other five-digit CPT
 * code appears in a coding context (it would be unknown to KNOWN_5 and so an unfair miss).
 *
 * Shapes built on real public document layouts (segment order, field and column names; our codes swapped in):
 * X12 835 (005010X221A1: BPR, TRN, two CLP loops with several SVC, CAS, REF*6R, LQ, and PLB with WO/L6 references),
 * X12 837P secondary claim (005010X222A1: SBR*S, 2430 SVD/CAS/DTP*573 line adjudication), HL7 v2.5.1 OML^O21
 * (ORC, OBR-4 with C4 coding, NTE, IN1) and ORU^R01 (OBR-4, OBX FT narrative), FHIR R4 Procedure searchset Bundle
 * (JSON) and FHIR R4 Claim in XML, the CMS-R-131 Advance Beneficiary Notice (fields A-H), the Good Faith Estimate
 * standard form (CMS-10791, No Surprises Act), the redesigned Medicare Summary Notice for Part B ("Service Provided
 * & Billing Code", "Service Approved?", notes letters), and the CMS-2552-10 cost report Worksheet A (cost-centre
 * codes, subscripted lines). The other shapes (CAC suggestion panel, encoder search, ACGME-style case log, implant
 * log, surgical consent, PPO repricing sheet, wRVU report, order-set builder, subrogation itemization,
 * intra-procedure flowsheet, MAC FAQ page, payer reconsideration web form, mobile charge capture, audit sample
 * worksheet, patient-portal billing thread, single case agreement, interface error queue, PA code lookup tool) are
 * written the way those pages read, with no single public source.
 */

// ── X12 835 remittance, raw (clearinghouse "view ERA file" <pre>, one text node) ───────────────────────────────
const x12_835: Snippet[] = [
  {
    id: 's4-835-raw',
    kind: 's4-x12-835-plb',
    text: [
      'ISA*00*          *00*          *ZZ*[87827]          *ZZ*PAINCTR01      *261118*0630*^*[00501]*000118223*0*P*:~',
      'GS*HP*[87827]*PAINCTR01*20261118*0630*118223*X*005010X221A1~',
      'ST*835*1001~',
      'BPR*I*1864.22*C*ACH*CCP*01*061000104*DA*7730219*1512345678**01*071000013*DA*5566778*20261120~',
      'TRN*1*EFT[64612]*1512345678~',
      'DTM*405*20261118~',
      'N1*PR*LAKESHORE HEALTH PLAN~',
      'N3*PO BOX 4471~',
      'N4*GRAND RAPIDS*MI*[49756]~',
      'REF*2U*[38738]~',
      'N1*PE*NORTHSHORE PAIN CENTER*XX*1467520983~',
      'LX*1~',
      'CLP*[20503]A*1*3150*1402.16*120*12*2611800455120*11*1~',
      'NM1*QC*1*PARK*JOON****MI*W[64714]X~',
      'SVC*HC:{64712}:RT*2400*1104.31**1~',
      'DTM*472*20261102~',
      'CAS*CO*45*1175.69~',
      'CAS*PR*2*120~',
      'REF*6R*[12572]~',
      'AMT*B6*1224.31~',
      'SVC*HC:{64445}*450*297.85**1~',
      'DTM*472*20261102~',
      'CAS*CO*45*152.15~',
      'REF*6R*[12573]~',
      'CLP*[31260]B*2*780*0*0*12*2611800455121*11*1~',
      'NM1*QC*1*ALVAREZ*MINA****MI*W[64445]Q~',
      'SVC*HC:{64632}*780*0**1~',
      'DTM*472*20261104~',
      'CAS*CO*50*780~',
      'LQ*HE*N115~',
      'REF*6R*[45161]~',
      'PLB*1467520983*20261231*WO:[55167]*-250*L6:[64632]*18.40~',
      'SE*33*1001~',
      'GE*1*118223~',
      'IEA*1*000118223~',
    ].join('\n'),
  },
  ...lines({
    id: 's4-835-plb-view',
    kind: 's4-x12-835-plb',
    before: 'Provider-level adjustments · check/EFT EFT64612',
    text: [
      'WO  Overpayment recovery  claim ref [55167]  −$250.00',
      'L6  Interest owed  ref [64632]  $18.40',
      'Lines paid: {64712}-RT $1,104.31 · {64445} $297.85 · denied {64632} (CO-50)',
    ].join('\n'),
  }),
];

// ── HL7 v2.5.1 OML^O21 procedure order (interface engine message viewer, one <pre>) ───────────────────────────
const hl7Oml: Snippet[] = [
  {
    id: 's4-oml-raw',
    kind: 's4-hl7-oml',
    text: [
      'MSH|^~\\&|EHR|NSPC|SURGSCHED|NSPC|202611051422||OML^O21^OML_O21|[88989]|P|2.5.1',
      'PID|1||MRN[64445]^^^NSPC^MR||DIAZ^ROSA^M||19710214|F|||88 ELM ST^^KALAMAZOO^MI^[49006]',
      'PV1|1|O|PAIN^^^NSPC||||[04880]^OKAFOR^DANIEL',
      'ORC|NW|ORD[75630]|||||^^^20261112||202611051420|||[04880]^OKAFOR^DANIEL',
      'OBR|1|ORD[75630]||{64714}^Neuroplasty; lumbar plexus^C4|||20261112',
      'OBR|2|ORD[75630]-2||{64445}^N block inj sciatic sng^C4|||20261112',
      'DG1|1||G57.11^Meralgia paresthetica, right lower limb^I10',
      'NTE|1||Schedule {64714} with {64445} same session; auth pending, ref [36642].',
      'IN1|1|BCN^Blue Care|[00282]|BLUE CARE NETWORK|PO BOX 6871^^DETROIT^MI^[48268]',
    ].join('\n'),
  },
];

// ── HL7 v2.5.1 ORU^R01 procedure result with free-text OBX (message viewer, one <pre>) ────────────────────────
const hl7Oru: Snippet[] = [
  {
    id: 's4-oru-raw',
    kind: 's4-hl7-oru-ft',
    text: [
      'MSH|^~\\&|PROCDOC|NSPC|EHR|NSPC|202611121530||ORU^R01^ORU_R01|[97631]|P|2.5.1',
      'PID|1||[56013]^^^NSPC^MR||DIAZ^ROSA^M||19710214|F',
      'OBR|1|ORD[75630]|RES[70444]|{64712}^Neuroplasty, sciatic nerve^C4|||20261112',
      'OBX|1|FT|PROCNOTE^Procedure note^L||Right sciatic neuroplasty ({64712}-RT) completed. Pre-incision block reported as {64445}.',
      'OBX|2|FT|PROCNOTE^Procedure note^L||Tourniquet 42 min. Specimen container [10360] to pathology.',
      'OBX|3|FT|PROCNOTE^Procedure note^L||Lumbar plexus work deferred; do not report {64714} today.',
      'OBX|4|NM|UNITS^Billed units^L||1',
      'NTE|1||Coder: {64712} and {64445} on one claim, modifier 59 on the block. Batch [51955].',
    ].join('\n'),
  },
];

// ── FHIR R4 Procedure searchset Bundle, JSON (API explorer response pane, one <pre>) ─────────────────────────
const fhirProcedureSearch: Snippet[] = [
  {
    id: 's4-fhir-proc-json',
    kind: 's4-fhir-procedure-search',
    text: [
      '{',
      '  "resourceType": "Bundle",',
      '  "type": "searchset",',
      '  "total": 2,',
      '  "entry": [',
      '    {',
      '      "fullUrl": "https://fhir.nspc.example/r4/Procedure/[44053]",',
      '      "resource": {',
      '        "resourceType": "Procedure",',
      '        "id": "[44053]",',
      '        "status": "completed",',
      '        "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}", "display": "Neuroplasty, sciatic nerve" } ] },',
      '        "subject": { "reference": "Patient/[64714]" },',
      '        "performedDateTime": "2026-11-12",',
      '        "location": { "reference": "Location/[23659]" }',
      '      }',
      '    },',
      '    {',
      '      "fullUrl": "https://fhir.nspc.example/r4/Procedure/[44054]",',
      '      "resource": {',
      '        "resourceType": "Procedure",',
      '        "id": "[44054]",',
      '        "status": "completed",',
      '        "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}" } ], "text": "Sciatic nerve block" },',
      '        "subject": { "reference": "Patient/[64714]" },',
      '        "note": [ { "text": "Billed with {64712}; see encounter [93393]" } ]',
      '      }',
      '    }',
      '  ]',
      '}',
    ].join('\n'),
  },
];

// ── FHIR R4 Claim in XML (payer sandbox XML viewer, one <pre>) ───────────────────────────────────────────────
const fhirClaimXml: Snippet[] = [
  {
    id: 's4-fhir-claim-xml',
    kind: 's4-fhir-claim-xml',
    text: [
      '<Claim xmlns="http://hl7.org/fhir">',
      '  <id value="clm-[33469]"/>',
      '  <identifier><system value="https://nspc.example/claims"/><value value="[84499]"/></identifier>',
      '  <status value="active"/>',
      '  <use value="claim"/>',
      '  <patient><reference value="Patient/[56013]"/></patient>',
      '  <insurance><sequence value="1"/><focal value="true"/><coverage><reference value="Coverage/[64445]"/></coverage></insurance>',
      '  <item>',
      '    <sequence value="1"/>',
      '    <productOrService><coding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64632}"/></coding></productOrService>',
      '    <modifier><coding><code value="LT"/></coding></modifier>',
      '    <locationAddress><city value="Muskegon"/><postalCode value="[49441]"/></locationAddress>',
      '    <net><value value="780.00"/><currency value="USD"/></net>',
      '  </item>',
      '  <item>',
      '    <sequence value="2"/>',
      '    <productOrService><coding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64612}"/></coding></productOrService>',
      '    <quantity><value value="1"/></quantity>',
      '    <net><value value="[64612]"/></net>',
      '  </item>',
      '</Claim>',
    ].join('\n'),
  },
];

// ── CMS-R-131 Advance Beneficiary Notice, PDF text layer (one line per text node) ───────────────────────────
const abn: Snippet[] = [
  ...lines({
    id: 's4-abn',
    kind: 's4-abn-form',
    before: 'Advance Beneficiary Notice of Non-coverage (ABN)',
    text: [
      'A. Notifier: Northshore Pain Center, 2100 Lake Shore Dr, Muskegon, MI [49441] · 231-555-0142',
      'B. Patient Name: Rosa Diaz    C. Identification Number: [64612]',
      'D. Repeat sciatic nerve injection ({64445}) within 90 days',
      'D. Destruction, plantar common digital nerve, {64632}-LT',
      'E. Reason Medicare May Not Pay: Medicare does not pay for {64445} more than 4 times in 12 months.',
      'F. Estimated Cost: $450.00 and $780.00 (fee schedule [11471])',
      'H. Additional Information: questions to billing office ext. [30261]',
      'Form CMS-R-131 (Exp. 01/31/2026)   OMB No. 0938-0566   Office ZIP [49442]',
    ].join('\n'),
  }),
];

// ── Good Faith Estimate (CMS standard form, No Surprises Act), HTML table ─────────────────────────────────────
const gfe: Snippet[] = [
  ...lines({
    id: 's4-gfe-head',
    kind: 's4-good-faith-estimate',
    before: 'Good Faith Estimate for Health Care Items and Services',
    text: [
      'GFE number [59142] · Patient identifier [72580] · Scheduled 12/03/2026',
      'Primary service: {64714} Neuroplasty, lumbar plexus, with related items below',
    ].join('\n'),
  }),
  ...table({
    id: 's4-gfe-items',
    kind: 's4-good-faith-estimate',
    caption: 'Provider/Facility: Northshore Pain Center',
    headers: [
      'Service/Item',
      'Address where service/item will be provided',
      'Diagnosis Code',
      'Service Code',
      'Quantity',
      'Expected Cost',
    ],
    rows: [
      ['Neuroplasty, lumbar plexus', '2100 Lake Shore Dr, Muskegon MI [49441]', 'G57.11', '{64714}', '1', '$2,650.00'],
      ['Sciatic nerve block', '2100 Lake Shore Dr, Muskegon MI [49441]', 'G57.11', '{64445}', '1', '$450.00'],
      ['Facility fee (ASC)', '1650 Peck St, Muskegon MI [49442]', 'G57.11', 'ASC-{64714}', '1', '$3,910.00'],
    ],
  }),
];

// ── Medicare Summary Notice, Part B (PDF text layer lines and the claim table) ────────────────────────────────
const msn: Snippet[] = [
  ...lines({
    id: 's4-msn-head',
    kind: 's4-msn',
    before: 'Medicare Summary Notice for Part B (Medical Insurance)',
    text: [
      'ROSA DIAZ · 88 ELM ST · KALAMAZOO MI [49006]-3310',
      'Claim number 2611800455120 · Provider: Northshore Pain Center, 2100 Lake Shore Dr, Muskegon MI [49441]',
      'Medicare, P.O. Box [12662], Baltimore MD',
    ].join('\n'),
  }),
  ...table({
    id: 's4-msn-claim',
    kind: 's4-msn',
    caption: 'Your Claims & Costs This Period',
    headers: [
      'Service Provided & Billing Code',
      'Service Approved?',
      'Amount Provider Charged',
      'Medicare-Approved Amount',
      'Amount Medicare Paid',
      'Maximum You May Be Billed',
      'See Notes',
    ],
    rows: [
      ['Neuroplasty, sciatic nerve ({64712}-RT)', 'Yes', '$2,400.00', '$1,224.31', '$959.45', '$244.86', 'A'],
      ['Injection, sciatic nerve ({64445})', 'Yes', '$450.00', '$297.85', '$233.42', '$59.57', 'A, B'],
    ],
  }),
  ...lines({
    id: 's4-msn-notes',
    kind: 's4-msn',
    before: 'Notes for Claims Above',
    text: [
      'A  Your provider agreed to accept the Medicare-approved amount.',
      'B  The approved amount for {64445} was reduced because it was done with {64712}.',
      'If you disagree, file an appeal by 05/18/2027 with form CMS-[20027].',
    ].join('\n'),
  }),
];

// ── Computer-assisted coding suggestion panel (EHR coding workspace, div per line) ───────────────────────────
const cac: Snippet[] = [
  ...lines({
    id: 's4-cac',
    kind: 's4-cac-suggestions',
    before: 'CAC suggestions · encounter 93393',
    text: [
      'Document [66953] · Operative report · signed 11/12/2026',
      'Suggested {64712}RT  Neuroplasty; sciatic nerve  · confidence 0.94',
      '  Evidence: "open neurolysis of the right sciatic nerve" (document [66953], line 14)',
      'Suggested {64445}  Injection, sciatic nerve · confidence 0.71 · check bundling with {64712}',
      'Rejected {64714}: no lumbar plexus work documented',
      'Range considered {64712}–{64714}; accepted 1 of 2',
      'Coder queue [16977] · productivity credit [00125] seconds',
    ].join('\n'),
  }),
];

// ── Encoder search results (coding reference tool, list items) ──────────────────────────────────────────────
const encoder: Snippet[] = [
  ...lines({
    id: 's4-encoder',
    kind: 's4-encoder-search',
    before: 'Search CPT: "sciatic" — 3 results',
    text: [
      '{64712} Neuroplasty (exploration, neurolysis or nerve decompression); sciatic nerve',
      '{64445} Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve, single injection',
      'See also: {64714} (lumbar plexus) · {64632} (plantar common digital nerve)',
      'Coverage: LCD L[35672] · Article A[57129] · Jurisdiction J8 contract [08102]',
      'Data release [26846] · licensed seats [00040]',
    ].join('\n'),
  }),
];

// ── ACGME-style resident case log (HTML table) ───────────────────────────────────────────────────────────────
const caseLog: Snippet[] = table({
  id: 's4-caselog',
  kind: 's4-case-log',
  caption: 'Case Log — Resident: J. Patel (PGY-4) · Program [63561]',
  headers: ['Case ID', 'Date', 'Resident Role', 'Attending', 'CPT Code', 'Description', 'Site'],
  rows: [
    ['[91341]', '11/02/2026', 'Surgeon', 'Okafor', '{64712}', 'Neuroplasty sciatic', 'Site [00001]'],
    ['[91342]', '11/04/2026', 'Assistant', 'Okafor', '{64632}', 'Destr plantar dig nerve', 'Site [00001]'],
    ['[92380]', '11/12/2026', 'Surgeon', 'Nguyen', '{64714}', 'Neuroplasty lumbar plexus', 'Site [00002]'],
    ['[92381]', '11/12/2026', 'Teaching Assistant', 'Nguyen', '{64445}', 'Sciatic block', 'Site [00002]'],
  ],
});

// ── Implant / supply log from the OR record (HTML table) ────────────────────────────────────────────────────
const implantLog: Snippet[] = table({
  id: 's4-implant',
  kind: 's4-implant-log',
  caption: 'Implants and Supplies — OR 3 · Case 91341',
  headers: ['Item', 'Manufacturer', 'Catalog #', 'Lot #', 'Qty', 'CDM #', 'Linked Procedure'],
  rows: [
    ['Nerve wrap 10 mm', 'AxoGen', 'AX-[12350]', '[64714]', '1', '[27820]', '{64712}'],
    ['Nerve stimulator probe', 'Checkpoint', 'CP-[09247]', '[40858]', '1', '[27821]', '{64712}'],
    ['Bupivacaine 0.5% 30 mL', 'Hospira', '[00409]-1162', '[83435]', '2', '[25010]', '{64445}'],
  ],
});

// ── Surgical consent form (EHR document preview) ─────────────────────────────────────────────────────────────
const consent: Snippet[] = [
  ...lines({
    id: 's4-consent',
    kind: 's4-surgical-consent',
    before: 'CONSENT FOR SURGICAL OR INVASIVE PROCEDURE',
    text: [
      'Patient: Rosa Diaz · MRN [56013] · Booking [91341]',
      'I consent to: right sciatic nerve neuroplasty (CPT {64712}) and, if needed, sciatic nerve block ({64445}).',
      'Alternative discussed: destruction of the plantar digital nerve, {64632}, was declined.',
      'Form NSPC-CONS-[11472] rev. 3 · Witness badge [07001]',
    ].join('\n'),
  }),
];

// ── PPO repricing sheet from a TPA (PDF text layer and line table) ──────────────────────────────────────────
const reprice: Snippet[] = [
  ...lines({
    id: 's4-reprice-head',
    kind: 's4-tpa-reprice',
    before: 'REPRICING DETAIL — Preferred Network Partners',
    text: [
      'Repricing ID [82368] · Group # [64632] · Network ID [77748]',
      'Send repriced claims to: PO Box [19425], Lansing MI [48909]',
    ].join('\n'),
  }),
  ...table({
    id: 's4-reprice-lines',
    kind: 's4-tpa-reprice',
    headers: ['Line', 'DOS', 'Proc', 'Mod', 'Units', 'Billed', 'Network Allowed', 'Savings', 'Reprice Code'],
    rows: [
      ['1', '11/02/26', '{64712}', 'RT', '1', '2,400.00', '1,310.00', '1,090.00', 'R[00450]'],
      ['2', '11/02/26', '{64445}', '', '1', '450.00', '315.00', '135.00', 'R[00450]'],
      ['3', '11/04/26', '{64612}', '', '1', '620.00', '410.00', '210.00', 'R[00460]'],
    ],
  }),
];

// ── Physician wRVU productivity report by CPT (BI dashboard table) ───────────────────────────────────────────
const wrvu: Snippet[] = table({
  id: 's4-wrvu',
  kind: 's4-wrvu-report',
  caption: 'wRVU by CPT — Okafor, Daniel · FY2027 Q1',
  headers: ['CPT', 'Description', 'Units', 'wRVU/Unit', 'Total wRVU', 'Cost Ctr', 'Provider #'],
  rows: [
    ['{64712}', 'Neuroplasty sciatic', '14', '12.36', '173.04', '[62486]', '[14831]'],
    ['{64714}', 'Neuroplasty lumbar plexus', '6', '11.04', '66.24', '[62486]', '[14831]'],
    ['{64445}', 'N block inj sciatic sng', '31', '1.00', '31.00', '[62487]', '[14831]'],
    ['{64612}', 'Chemodenerv muscle facial', '9', '1.41', '12.69', '[62487]', '[14831]'],
    ['Total', '', '60', '', '282.97', '', ''],
  ],
});

// ── CMS-2552-10 cost report worksheet A excerpt (preparer software grid) ──────────────────────────────────────
const costReport: Snippet[] = [
  ...table({
    id: 's4-cost-wsa',
    kind: 's4-cost-report',
    caption: 'Worksheet A — Reclassification and Adjustment of Trial Balance of Expenses · CCN 23-0041',
    headers: ['Line', 'Cost Center Description', 'Cost Center Code', 'Salaries', 'Other', 'Total'],
    rows: [
      ['50.00', 'Operating Room', '[05000]', '1844210', '2310455', '4154665'],
      ['53.00', 'Anesthesiology', '[05300]', '402118', '[96730]', '498848'],
      ['90.00', 'Clinic', '[09000]', '611902', '204377', '816279'],
      ['90.01', 'Pain Clinic', '[09001]', '288040', '[64714]', '352754'],
    ],
  }),
  ...lines({
    id: 's4-cost-note',
    kind: 's4-cost-report',
    before: 'Preparer notes',
    text: [
      'Pain clinic procedures ({64445}, {64632}) moved from line 90.00 to subscript 90.01 this year.',
      'Trial balance account [75630] mapped to cost center [09001].',
      'Ledger [61450] (implant expense) ties to line 72.00; PS&R report [10442] received 09/30/2026.',
      'Charge mix, subscript 90.01: {64445} 1,204 lines; {64632} 311 lines; revenue code 0361.',
    ].join('\n'),
  }),
];

// ── EHR order-set builder (admin tool, div per row) ─────────────────────────────────────────────────────────
const orderSet: Snippet[] = [
  ...lines({
    id: 's4-orderset',
    kind: 's4-orderset-builder',
    before: 'Order Set Editor',
    text: [
      'Order set: PAIN – SCIATIC NEUROLYSIS (ID [39762]) · version 7 · owner [21496]',
      'Procedure: {64712} Neuroplasty, sciatic nerve  [default on]  linked charge [40859]',
      'Procedure: {64445} Sciatic nerve block  [optional]  linked charge [40860]',
      'Procedure: {64632}/{64612} (pick one; hidden unless foot or face)',
      'Last edited by user [68144] · build ticket [32381]',
    ].join('\n'),
  }),
];

// ── Subrogation lien itemization (auto-accident recovery letter, table plus lines) ────────────────────────────
const subro: Snippet[] = [
  ...lines({
    id: 's4-subro-head',
    kind: 's4-subrogation-itemization',
    before: 'Statement of Lien — Conditional Payment Itemization',
    text: [
      'Insured: Joon Park · Date of loss 09/14/2026 · Auto policy [64612]-0',
      'Recovery case [47266] · Attorney: Hale & Brook, Troy MI [48084]',
    ].join('\n'),
  }),
  ...table({
    id: 's4-subro-items',
    kind: 's4-subrogation-itemization',
    headers: ['DOS', 'Provider', 'CPT', 'ICD-10', 'Billed', 'Paid', 'Related'],
    rows: [
      ['10/01/26', 'Northshore Pain Center', '{64445}', 'S74.01XA', '450.00', '297.85', 'Y'],
      ['11/02/26', 'Northshore Pain Center', '{64712}', 'S74.01XA', '2,400.00', '1,104.31', 'Y'],
      ['11/02/26', 'Lakeshore Imaging', 'Claim [60340]', 'S74.01XA', '910.00', '512.00', 'N'],
      ['11/12/26', 'Northshore Pain Center', '{64714}', 'S74.01XA', '2,650.00', '1,377.20', 'Y'],
      ['11/20/26', 'Lakeside Pharmacy', 'Rx [80114]', 'S74.01XA', '64.12', '51.30', 'N'],
    ],
  }),
];

// ── Intra-procedure nursing flowsheet (EHR flowsheet rows, one per line) ─────────────────────────────────────
const flowsheet: Snippet[] = [
  ...lines({
    id: 's4-flowsheet',
    kind: 's4-ehr-flowsheet',
    before: 'Flowsheet · Procedure Room 2 · 11/12/2026',
    text: [
      '0912  Time-out completed; procedure {64445} right sciatic block',
      '0915  Infusion pump ID [68145] · bupivacaine lot [95565]',
      '0940  Procedure {64712} start',
      '1104  Charge dropped: {64712} x1, {64445} x1',
      '1110  Dressing lot [13745] · Transfer to PACU bay [00004]',
    ].join('\n'),
  }),
];

// ── MAC provider FAQ page (prose Q&A) ──────────────────────────────────────────────────────────────────────
const macFaq: Snippet[] = [
  ...lines({
    id: 's4-macfaq',
    kind: 's4-mac-faq',
    before: 'Part B Frequently Asked Questions — Neurology and Pain',
    text: [
      'J8 Part B contract numbers [08102] (Indiana) and [08202] (Michigan)',
      'Q: May we bill {64712} and {64445} on the same day?',
      'A: {64445} is bundled into {64712} when the surgeon gives the block; append modifier 59 only when documentation supports it.',
      'Q: Is {64714} reported per side? A: Report {64714} once; for both sides use {64714} 50.',
      'Q: Our claim for {64632} denied with CARC 50. A: See LCD L[35672]; call 866-234-7331 option 2.',
      'Last updated 10/30/2026 · FAQ ID [29100]',
    ].join('\n'),
  }),
];

// ── X12 837P secondary claim with the primary payer's line adjudication (2430 SVD/CAS), raw <pre> ──────────────
const x12_837cob: Snippet[] = [
  {
    id: 's4-837-cob-raw',
    kind: 's4-x12-837p-cob',
    text: [
      'ST*837*0042*005010X222A1~',
      'BHT*0019*00*[58821]*20261125*1015*CH~',
      'NM1*40*2*MEDIBRIDGE CLEARINGHOUSE*****46*[27305]~',
      'NM1*85*2*NORTHSHORE PAIN CENTER*****XX*1467520983~',
      'N4*MUSKEGON*MI*494411234~',
      'CLM*[20503]A*2850***11:B:1*Y*A*Y*Y~',
      'SBR*S*18*[70118]******CI~',
      'NM1*PR*2*MICHIGAN AUTO MUTUAL*****PI*[39125]~',
      'LX*1~',
      'SV1*HC:{64712}:RT*2400*UN*1***1~',
      'SVD*[39125]*1104.31*HC:{64712}:RT**1~',
      'CAS*CO*45*1175.69~',
      'DTP*573*D8*20261118~',
      'LX*2~',
      'SV1*HC:{64445}*450*UN*1***1~',
      'SVD*[39125]*297.85*HC:{64445}**1~',
      'REF*6R*[12573]~',
      'SE*18*0042~',
    ].join('\n'),
  },
];

// ── Payer reconsideration web form, filled (label / value pairs on the portal) ──────────────────────────────
const reconsideration: Snippet[] = [
  { id: 's4-recon-claim', kind: 's4-reconsideration-form', before: 'Claim number', text: '[40112]-2611800455121' },
  { id: 's4-recon-member', kind: 's4-reconsideration-form', before: 'Member ID', text: 'W[64445]Q' },
  { id: 's4-recon-zip', kind: 's4-reconsideration-form', before: 'Provider ZIP code', text: '[49441]' },
  { id: 's4-recon-code', kind: 's4-reconsideration-form', before: 'Disputed service (CPT/HCPCS)', text: '{64632}' },
  { id: 's4-recon-units', kind: 's4-reconsideration-form', before: 'Billed amount (in cents)', text: '[78000]' },
  {
    id: 's4-recon-reason',
    kind: 's4-reconsideration-form',
    before: 'Reason for request',
    text: 'Denied CO-50. Medical records attached show failed orthotics and injections; {64632} meets policy criteria. Prior related service {64445} on 10/01/2026.',
  },
  {
    id: 's4-recon-conf',
    kind: 's4-reconsideration-form',
    before: 'Submitted',
    text: 'Confirmation # [83106] · attachments: 3',
  },
];

// ── Mobile charge-capture app (rounding list, one card per line) ────────────────────────────────────────────
const chargeCapture: Snippet[] = [
  ...lines({
    id: 's4-mobile-charge',
    kind: 's4-charge-capture-mobile',
    before: 'Charges · Today · Dr. Okafor',
    text: [
      'DIAZ, ROSA · Rm [00312] · Acct [58824]',
      '  + {64712} RT  · G57.01 · pending sign',
      '  + {64445}     · G57.01 · signed',
      'PARK, JOON · Rm [00318] · Acct [58827]',
      '  + {64714}     · G57.11 · signed · units 1',
      'Favorites: {64712} {64714} {64445} {64632}',
      'Sync id [71204] · device [30055]',
    ].join('\n'),
  }),
];

// ── Statistical audit sample worksheet (RAT-STATS style, HTML table) ───────────────────────────────────────
const auditSample: Snippet[] = table({
  id: 's4-audit-sample',
  kind: 's4-audit-sample',
  caption: 'Probe sample — 30 claims drawn (seed 20261101) · universe 412',
  headers: ['Sample #', 'Random #', 'ICN', 'Billed CPT', 'Audited CPT', 'Overpaid (cents)', 'Finding'],
  rows: [
    ['1', '[00217]', '2611800455120', '{64712}', '{64712}', '0', 'Supported'],
    ['2', '[03318]', '2611800455133', '{64714}', '{64712}', '[13244]', 'Wrong nerve'],
    ['3', '[07742]', '2611800455171', '{64445}', '{64445}', '0', 'Supported'],
    ['4', '[10986]', '2611800455209', '{64632}', 'none', '[78000]', 'No documentation'],
  ],
});

// ── Secure message thread between patient and billing office (patient portal) ──────────────────────────────
const portalMessage: Snippet[] = [
  ...lines({
    id: 's4-portal-msg',
    kind: 's4-portal-billing-message',
    before: 'Message center · Billing question',
    text: [
      'Rosa D.: My insurer says code {64445} was not covered. What is that? My account is [58824].',
      'Billing office: {64445} is the nerve block given before your surgery ({64712}). We resubmitted it with your secondary plan.',
      'Billing office: Please mail payment to PO Box [77096], Grand Rapids MI [49501]; reference [58824].',
      'Rosa D.: Thanks. My new ZIP is [49504].',
    ].join('\n'),
  }),
];

// ── Single case agreement between a payer and an out-of-network ASC (PDF letter text layer) ─────────────────
const singleCase: Snippet[] = [
  ...lines({
    id: 's4-sca',
    kind: 's4-single-case-agreement',
    before: 'SINGLE CASE AGREEMENT',
    text: [
      'Agreement [64714]-SCA between Lakeshore Health Plan (payer ID [38738]) and Muskegon Surgery Center, TIN 38-2211847',
      'Member: Joon Park, ID W[64714]X · Authorization [46902]',
      '1. Covered services: CPT {64714} (neuroplasty, lumbar plexus) and, when performed, {64445}.',
      '2. Rate: 140% of Medicare for {64714}; {64445} at the fee schedule amount (schedule [00140]).',
      '3. Services outside this list, including {64712}, require a new authorization.',
      'Send claims to PO Box [30110], Atlanta GA [30348] · questions ext. [44102]',
    ].join('\n'),
  }),
];

// ── Interface engine error queue for charge messages (admin grid) ───────────────────────────────────────────
const interfaceErrors: Snippet[] = table({
  id: 's4-if-errors',
  kind: 's4-interface-error-queue',
  caption: 'Charge interface — errored messages (DFT outbound, last 24 h)',
  headers: ['Msg Control ID', 'Received', 'Account', 'Charge Code', 'Error', 'Port'],
  rows: [
    ['[88990]', '11/12 11:04', '[58824]', '{64712}', 'FT1-20 performing provider missing', '[52100]'],
    ['[88991]', '11/12 11:04', '[58824]', '{64445}', 'FT1-20 performing provider missing', '[52100]'],
    ['[89014]', '11/12 13:40', '[58827]', '{64714}', 'Invalid modifier "RR" (expected RT/LT)', '[52100]'],
    ['[89102]', '11/13 08:02', '[58831]', '+{64612}', 'Units exceed MUE (3 > 2)', '[52101]'],
  ],
});

// ── Payer "Does this code need prior authorization?" lookup tool (portal result panel) ────────────────────────
const paLookup: Snippet[] = [
  ...lines({
    id: 's4-pa-lookup',
    kind: 's4-pa-lookup-tool',
    before: 'Prior Authorization Code Lookup',
    text: [
      'You searched: {64712}/{64714} · Plan: Lakeshore Medicare Advantage (H7116-004) · Provider ZIP [49441]',
      '{64712} — Prior authorization REQUIRED (vendor: NeuroUM, fax 888-555-0199)',
      '{64714} — Prior authorization REQUIRED when billed with {64712}',
      '{64445} — No authorization needed in place of service 11, 22 or 24',
      'Results as of 11/01/2026 · lookup id [61208] · {64612}: not found in this plan\u2019s list',
    ].join('\n'),
  }),
];

export const sealed4: Snippet[] = [
  ...x12_835,
  ...hl7Oml,
  ...hl7Oru,
  ...fhirProcedureSearch,
  ...fhirClaimXml,
  ...abn,
  ...gfe,
  ...msn,
  ...cac,
  ...encoder,
  ...caseLog,
  ...implantLog,
  ...consent,
  ...reprice,
  ...wrvu,
  ...costReport,
  ...orderSet,
  ...subro,
  ...flowsheet,
  ...macFaq,
  ...x12_837cob,
  ...reconsideration,
  ...chargeCapture,
  ...auditSample,
  ...portalMessage,
  ...singleCase,
  ...interfaceErrors,
  ...paLookup,
];
