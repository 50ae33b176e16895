import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 72 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s72-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, also when the page says they are not acceptable for risk adjustment (lab, audio-only
 * telehealth): they are still codes. About a third of the decoys are numbers of the synthetic 10,000-code set
 * (KNOWN_10K) used as request, chart, enrollee, upload, QA, appointment, claim, invoice and message ids, member and
 * page counts, a PO box and a ZIP. X12 and EDPS numbers (the ISA version 00501, the EDSS receiver id, five-digit EDPS
 * edit codes) are decoys. The five known codes' digits come back as decoys: the ZIPs of Cainsville MO and Elmo MO, a
 * retrieval request number, a vendor number, a copy-service invoice, a remit PO box, a vendor account, a claim number,
 * a RAPS patient control number and a RADV upload id.
 *
 * Family: Medicare Advantage risk adjustment and retrospective chart review vendors around a plan in northwest
 * Missouri and a pain / peripheral-nerve practice in its network: a chart retrieval request list and project status,
 * an HCC coder's review screen and encounter grid where face-to-face encounter CPT codes validate a diagnosis, a
 * coding platform JSON export, an EDS 837P chart-review submission, an EDS submission status grid and MAO-002 line
 * report, the CMS risk adjustment acceptable CPT/HCPCS list and a coding policy memo on it, a MAO-004 grid, a RAPS
 * return file, a RADV sample sheet and medical record coversheet, a coder QA disagreement log and rationale, an
 * in-home assessment schedule, billing guide and HL7 feed, a provider suspect report and letter, a CMS acceptable
 * physician specialty crosswalk, a vendor invoice by chart, an XML abstraction, a chart-review CSV, a member claim
 * history, an encounter validity checklist, huddle notes, and decoy-only pages (a retrieval fax cover, a chart-chase
 * call log, a coder productivity board, a portal upload receipt).
 * Built on real public layouts: the CMS "Medicare Risk Adjustment Eligible CPT/HCPCS Codes" list (code, short
 * descriptor, acceptable yes/no by year, with the 2025 telehealth codes 98000–98015), the X12 837P 5010 encounter
 * (ISA/GS to receiver 80887, NM1*85, N4, CLM, PWK*09*AA chart-review, REF*EA, HI, SV1*HC), the MAO-002 and MAO-004
 * report fields (encounter ICN, line status, EDPS error codes; encounter type switch, allowed/disallowed), the RAPS
 * AAA/BBB/CCC/YYY/ZZZ records, the RADV medical record coversheet, the CMS Medicare specialty codes (01, 08, 09, 13,
 * 43, 48, 50, 47, 69), and an HL7 v2.5.1 DFT^P03 with FT1 charge lines. The others are written the way those pages
 * read, with no single source.
 *
 * 367 labelled tokens over 34 shapes: 145 codes, 222 decoys, 78 of the decoys in KNOWN_10K.
 */

// ── 1. Chart retrieval request list, table ──
const retrievalList = table({
  id: 's72-retr',
  kind: 's72-chart-retrieval-request-list-grid',
  caption: 'Retrospective chart review, 2025 DOS — retrieval requests — site batch 14 — Show-Me Senior Advantage (HMO)',
  headers: ['Request #', 'Member ID', 'Member', 'DOS range', 'Provider / site', 'Site ZIP', 'Method', 'Status'],
  rows: [
    [
      '[40526]',
      'SMA-0048213',
      'Hollis, Verna',
      '01/01/25–12/31/25',
      'Cameron Family Clinic',
      '[64429]',
      'Fax',
      'Received',
    ],
    [
      '[40527]',
      'SMA-0051977',
      'Pruett, Lyle',
      '01/01/25–12/31/25',
      'Northland Pain & Spine',
      '[64118]',
      'EMR remote',
      'Received',
    ],
    [
      '[41086]',
      'SMA-0039120',
      'Dunaway, Ora',
      '01/01/25–12/31/25',
      'Cainsville Rural Health',
      '[64632]',
      'Onsite',
      'Pending',
    ],
    [
      '[41591]',
      'SMA-0061184',
      'Tate, Morris',
      '01/01/25–12/31/25',
      'Elmo Family Practice',
      '[64445]',
      'Fax',
      'Received',
    ],
    [
      '[42203]',
      'SMA-0057302',
      'Kerr, Dale',
      '01/01/25–12/31/25',
      'St. Joseph Ortho',
      '[64506]',
      'Copy service',
      'Invoice pending',
    ],
    [
      '[64714]',
      'SMA-0044718',
      'Voss, Elaine',
      '01/01/25–12/31/25',
      'Liberty Neurology',
      '[64068]',
      'Portal',
      'Received',
    ],
    [
      '[42710]',
      'SMA-0049935',
      'Abbott, Ned',
      '01/01/25–12/31/25',
      'Chillicothe Medical Assoc.',
      '[64601]',
      'Fax',
      'No response x3',
    ],
  ],
});

// ── 2. Retrieval project status, text layer ──
const projectStatus = lines({
  id: 's72-projstat',
  kind: 's72-retrieval-project-status-text',
  before: 'Project RA-2025-RETRO — contract H2619, PBP 004 — status as of Tuesday',
  text: [
    'Members in scope [22650] of [24911] enrolled (92%)   Charts requested 18,412   Retrieved 15,903',
    'Batch [14611] closed 11/04  •  Batch [14612] open  •  Next batch [14613] builds Monday',
    'Sites with 3+ failed attempts: 212 (see chase log)   Copy-service invoices awaiting approval: 38',
    'Top site by volume: Northland Pain & Spine, Kansas City MO [64118] (1,204 charts)',
    'Retrieval SLA 21 days; current median 17.4 days; vendor account [64712]',
  ].join('\n'),
});

// ── 3. Retrieval fax cover, text layer (decoy only) ──
const faxCover = lines({
  id: 's72-fax',
  kind: 's72-retrieval-fax-cover-text',
  before: 'ClearPath Chart Services — MEDICAL RECORD REQUEST — FAX COVER SHEET',
  text: [
    'To: Medical Records, Elmo Family Practice, Elmo MO [64445]   Fax (660) 555-0193',
    "From: ClearPath Chart Services, PO Box [64612], Lee's Summit MO [64063]   Phone (816) 555-0120",
    'Request # [41591]   Pages incl. cover: 4   Upload instead at the provider portal with PIN [20468]',
    'Patient(s): see attached list (3 members), dates of service 01/01/2025 through 12/31/2025',
    'Requested for Show-Me Senior Advantage (contract H2619) for payment and health care operations, 45 CFR 164.506.',
    'Please include progress notes, H&P, consults, procedure notes, problem list and the signature log.',
  ].join('\n'),
});

// ── 4. Chart-chase call log, table (decoy only) ──
const chaseLog = table({
  id: 's72-chase',
  kind: 's72-chart-chase-call-log-grid',
  caption: 'Chart chase — outbound call log — batch 14',
  headers: ['Call ID', 'Date/time', 'Request #', 'Site', 'Spoke with', 'Outcome', 'Agent', 'Next'],
  rows: [
    [
      '[70530]',
      '11/03 09:12',
      '[42710]',
      'Chillicothe Medical Assoc.',
      'front desk',
      'Needs signed HIPAA letter',
      '[31080]',
      '11/05',
    ],
    [
      '[70544]',
      '11/03 09:40',
      '[40527]',
      'Northland Pain & Spine',
      'HIM (Dana)',
      'Remote EMR login sent',
      '[31080]',
      '—',
    ],
    [
      '[70566]',
      '11/03 13:02',
      '[41086]',
      'Cainsville Rural Health',
      'voicemail',
      'Left msg; call (660) 555-0177',
      '[33390]',
      '11/04',
    ],
    [
      '[70602]',
      '11/04 10:15',
      '[42203]',
      'St. Joseph Ortho',
      'copy service',
      'Prepay $48.50, their invoice [64714]',
      '[33390]',
      'Pay',
    ],
    [
      '[70618]',
      '11/04 11:47',
      '[42710]',
      'Chillicothe Medical Assoc.',
      'office mgr',
      'Will fax Friday, 212 pages',
      '[31080]',
      '11/07',
    ],
  ],
});

// ── 5. HCC coder review screen, text layer ──
const coderScreen = lines({
  id: 's72-coderscreen',
  kind: 's72-hcc-coder-review-screen-text',
  before: 'RiskView Coding Workbench — Chart review — Encounter 3 of 7',
  text: [
    'Chart ID [52417]   Member SMA-0051977 Pruett, Lyle   DOB 04/19/1948   Request [40527]',
    'DOS 03/12/2025   Rendering: Okonkwo, Ada MD (Interventional Pain Mgmt, spec 09)   POS 11',
    'Face-to-face validation: procedure note signed; claim lines {64445} and {99214}-25 → acceptable encounter',
    'Dx captured: E11.42 Type 2 DM w/ diabetic polyneuropathy → HCC 18 (V24) / HCC 37 (V28)',
    'Also in the note: sciatic neuroplasty {64712} done 01/2024 (history only, outside the DOS window)',
    'MEAT: monitored A1c, evaluated monofilament, assessed neuropathy, treated with gabapentin 300 mg',
    'Provider ZIP [64118]   Chart pages 14-22   Coder ID [27164]',
  ].join('\n'),
});

// ── 6. HCC coder encounter grid, table ──
const encounterGrid = table({
  id: 's72-encgrid',
  kind: 's72-hcc-encounter-validation-grid',
  caption: 'Encounters found in chart — Pruett, Lyle — 2025 DOS',
  headers: ['#', 'DOS', 'Rendering', 'Spec', 'Proc', 'Dx', 'HCC', 'F2F valid'],
  rows: [
    ['1', '01/22/2025', 'Patel, R. DO', '08', '{99215}', 'E11.42, N18.32', '18, 138', 'Yes'],
    ['2', '02/10/2025', 'Okonkwo, A. MD', '09', '{99204}', 'G57.01, M54.16', '—', 'Yes'],
    ['3', '03/12/2025', 'Okonkwo, A. MD', '09', '{64445} {99214}', 'E11.42, G57.01', '18', 'Yes'],
    ['4', '04/02/2025', 'Okonkwo, A. MD', '09', '{64712}', 'G57.01', '—', 'Yes'],
    ['5', '05/15/2025', 'Quest draw station', '69', '{36415} {80053}', 'E11.42', '18', 'No — lab only'],
    ['6', '06/30/2025', 'Lin, M. PA-C', '97', '{98013}', 'I50.22', '85', 'No — audio only'],
    ['7', '08/19/2025', 'Okonkwo, A. MD', '09', '{64632}', 'G57.61', '—', 'Yes'],
  ],
});

// ── 7. Coding platform JSON export, text layer ──
const coderJson = lines({
  id: 's72-json',
  kind: 's72-coding-platform-json-export-text',
  before: 'GET /api/v2/charts/abstraction?sample=qa — response body',
  text: [
    '{',
    '  "chartId": "[52417]",',
    '  "requestNo": [40527],',
    '  "member": { "id": "SMA-0051977", "zip": "[64118]" },',
    '  "encounters": [',
    '    { "dos": "2025-03-12", "cpt": ["{64445}", "{99214}"], "dx": ["E11.42", "G57.01"], "f2f": true },',
    '    { "dos": "2025-04-02", "cpt": ["{64712}"], "dx": ["G57.01"], "f2f": true },',
    '    { "dos": "2025-06-30", "cpt": ["{98013}"], "f2f": false, "reason": "audio-only" },',
    '    { "dos": "2025-08-19", "procCode": "{64632}", "modifier": "RT", "f2f": true }',
    '  ],',
    '  "coderId": [27164], "batchId": [14611], "vendorAcct": "[64712]"',
    '}',
  ].join('\n'),
});

// ── 8. EDS 837P chart-review encounter, X12 segment view ──
const x12 = lines({
  id: 's72-x12',
  kind: 's72-eds-837p-chart-review-x12-text',
  before: 'EDS outbound file — 837P chart review (linked) — segment view',
  text: [
    'ISA*00*          *00*          *ZZ*H2619          *ZZ*[80887]          *251104*1412*^*[00501]*000004417*0*P*:~',
    'GS*HC*H2619*[80887]*20251104*1412*4417*X*005010X222A1~',
    'NM1*85*2*NORTHLAND PAIN AND SPINE*****XX*1447290381~',
    'N3*8800 N OAK TRAFFICWAY~',
    'N4*KANSAS CITY*MO*[64118]~',
    'CLM*CR-[52417]-1*339.31***11:B:1*Y*A*Y*Y~',
    'PWK*09*AA~',
    'REF*EA*[52417]~',
    'REF*F8*2025309118233~',
    'HI*ABK:E1142*ABF:G5701~',
    'LX*1~',
    'SV1*HC:{64445}*198.22*UN*1***1:2~',
    'DTP*472*D8*20250312~',
    'LX*2~',
    'SV1*HC:{99214}:25*141.09*UN*1***1~',
    'SE*31*0001~',
  ].join('\n'),
});

// ── 9. EDS submission status grid, table ──
const edsGrid = table({
  id: 's72-edsgrid',
  kind: 's72-eds-submission-status-grid',
  caption: 'Encounter Data submissions — chart review records — week of 11/03',
  headers: ['Encounter ref', 'MBI', 'DOS', 'Svc', 'Billing NPI', 'Bill ZIP', 'EDPS edit', 'Status'],
  rows: [
    ['CR-[52417]-1', '1EG4-TE5-MK73', '03/12/2025', '{64445}', '1447290381', '[64118]', '—', 'Accepted'],
    ['CR-[52417]-2', '1EG4-TE5-MK73', '04/02/2025', '{64712}', '1447290381', '[64118]', '—', 'Accepted'],
    [
      'CR-[54306]-1',
      '7QK2-WR9-TT41',
      '02/18/2025',
      '{99215}',
      '1912083364',
      '[64506]',
      '[98325]',
      'Rejected – line dup',
    ],
    ['CR-[54306]-2', '7QK2-WR9-TT41', '02/18/2025', '{64612}', '1912083364', '[64506]', '—', 'Accepted'],
    [
      'CR-[54733]-1',
      '3HN7-AC2-PC08',
      '09/09/2025',
      '{64714}',
      '1063558812',
      '[64068]',
      '[02240]',
      'Rejected – provider',
    ],
    ['CR-[55091]-1', '5TR1-CD4-MM22', '07/07/2025', '{64632}', '1780644219', '[64445]', '—', 'Accepted'],
    ['CR-[55091]-2', '5TR1-CD4-MM22', '07/07/2025', '{93922}', '1780644219', '[64445]', '[00025]', 'Informational'],
  ],
});

// ── 10. MAO-002 line-level report, text layer ──
const mao002 = lines({
  id: 's72-mao002',
  kind: 's72-mao002-line-level-report-text',
  before: 'MAO-002 Encounter Data Processing Status Report — H2619 — detail records',
  text: [
    'Report date 11/05/2025   Contract H2619   File ID [16280]   ISA control 000004417',
    'ENC ICN 2025309118233  Line 0  Status ACCEPTED',
    'ENC ICN 2025309118233  Line 1  Proc {64445}  Status ACCEPTED',
    'ENC ICN 2025309118233  Line 2  Proc {99214}  Status ACCEPTED   Info edit [00265]',
    'ENC ICN 2025309118245  Line 1  Proc {99215}  Status REJECTED  Error [98325] service line(s) duplicated',
    'ENC ICN 2025309118251  Line 1  Proc {64714}  Status REJECTED  Error [02240] (provider edit)',
    'Totals: lines received 412, accepted 398, rejected 14',
  ].join('\n'),
});

// ── 11. CMS risk adjustment acceptable CPT/HCPCS list, table ──
const acceptableList = table({
  id: 's72-acclist',
  kind: 's72-ra-acceptable-cpt-hcpcs-list-grid',
  caption: 'Medicare Risk Adjustment Eligible CPT/HCPCS Codes — 2025 dates of service — excerpt',
  headers: ['CPT/HCPCS', 'Short descriptor', '2025 DOS', '2024 DOS', 'Change'],
  rows: [
    ['{64445}', 'N block inj sciatic sng', 'Yes', 'Yes', ''],
    ['{64612}', 'Destroy nerve face muscle', 'Yes', 'Yes', ''],
    ['{64632}', 'N block destr plantar digit', 'Yes', 'Yes', ''],
    ['{64712}', 'Revise sciatic nerve', 'Yes', 'Yes', ''],
    ['{64714}', 'Revise low back nerve(s)', 'Yes', 'Yes', ''],
    ['{64718}', 'Revise ulnar nerve at elbow', 'Yes', 'Yes', ''],
    ['{98004}', 'Synch audvid est pt sf', 'Yes', '—', 'Added'],
    ['{98008}', 'Synch audio-only new pt sf', 'No', '—', 'Added'],
    ['{98013}', 'Synch audio-only est pt low', 'No', '—', 'Added'],
    ['{99441}', 'Phone e/m phys/qhp 5-10 min', '—', 'No', 'Deleted'],
    ['{36415}', 'Routine venipuncture', 'No', 'No', ''],
    ['{71046}', 'X-ray exam chest 2 views', 'No', 'No', ''],
    ['G0402', 'Initial preventive exam', 'Yes', 'Yes', ''],
  ],
});

// ── 12. Coding policy memo on the acceptable list, text layer ──
const policyMemo = lines({
  id: 's72-accmemo',
  kind: 's72-ra-acceptable-list-policy-memo-text',
  before: 'Coding Policy Memo CP-25-07 — using the CMS acceptable CPT/HCPCS list in chart review',
  text: [
    '1. A diagnosis from a professional encounter counts only if a procedure on that encounter is on the list; check the billed line.',
    '2. The nerve procedures our network performs ({64445}, {64712}, {64714}, {64632}, {64612}) are all acceptable; a procedure-only visit supports the conditions documented and addressed that day.',
    '3. Audio-only telehealth ({98008}–{98015}) is not acceptable for 2025 DOS; audio-video visits ({98000}–{98007}) are.',
    '4. Lab and radiology lines (e.g. {80053}, {71046}) never carry a risk adjustment diagnosis on their own.',
    '5. This memo supersedes CP-24-11; policy library ref [35651].',
  ].join('\n'),
});

// ── 13. MAO-004 report, table (decoy heavy) ──
const mao004 = table({
  id: 's72-mao004',
  kind: 's72-mao004-eligible-diagnosis-report-grid',
  caption: 'MAO-004 Encounter Data Diagnosis Eligible for Risk Adjustment — H2619 — parsed detail',
  headers: [
    'Contract',
    'MBI',
    'Encounter ICN',
    'Type switch',
    'From',
    'Thru',
    'Claim type',
    'Allowed',
    'Our PCN',
    'Sub file',
  ],
  rows: [
    ['H2619', '1EG4-TE5-MK73', '2025309118233', '4', '03/12/2025', '03/12/2025', 'P', 'A', 'CR-[52417]-1', '[16280]'],
    ['H2619', '1EG4-TE5-MK73', '2025309118240', '7', '04/02/2025', '04/02/2025', 'P', 'A', 'CR-[52417]-2', '[16280]'],
    ['H2619', '7QK2-WR9-TT41', '2025309118246', '4', '02/18/2025', '02/18/2025', 'P', 'A', 'CR-[54306]-2', '[16280]'],
    ['H2619', '5TR1-CD4-MM22', '2025309120071', '4', '07/07/2025', '07/07/2025', 'P', 'D', 'CR-[55091]-1', '[17395]'],
    ['H2619', '9WE3-RT6-KK10', '2025312004418', '7', '01/14/2025', '01/14/2025', 'P', 'A', 'CR-[56245]-1', '[17395]'],
  ],
});

// ── 14. RAPS return file, text layer (decoy only) ──
const raps = lines({
  id: 's72-raps',
  kind: 's72-raps-return-file-text',
  before: 'RAPS return file — FERAS response — legacy submission (sweep)',
  text: [
    'AAA  submitter SH2619  file ID [58390]  transaction date 20251101  PROD',
    'BBB  seq 0000001  plan H2619',
    'CCC  seq 0000014  PCN [64714]-B  MBI 1EG4TE5MK73  DOB 19480419  dx E1142  from 20250312 thru 20250312  prov type 20',
    'CCC  seq 0000015  PCN [59470]-A  MBI 7QK2WR9TT41  DOB 19510302  dx G5131  from 20250218 thru 20250218  prov type 20',
    'YYY  seq 0000001  CCC records 2',
    'ZZZ  submitter SH2619  file ID [58390]  BBB count 1',
  ].join('\n'),
});

// ── 15. RADV audit sample sheet, table ──
const radvSample = table({
  id: 's72-radv',
  kind: 's72-radv-audit-sample-sheet-grid',
  caption: 'RADV — contract H2619 — PY2023 sample — medical record submission tracker',
  headers: [
    'Sample #',
    'Enrollee ID',
    'HCC audited',
    'Dx',
    'DOS selected',
    'Provider type',
    'Code',
    'Record source',
    'Upload ID',
  ],
  rows: [
    ['1', 'RV[31689]', '18', 'E11.42', '03/08/2022', 'Physician', '{99214}', 'Cameron Family Clinic', '[60049]'],
    ['2', 'RV[32212]', '75', 'G61.81', '05/16/2022', 'Physician', '{95910}', 'Liberty Neurology', '[60686]'],
    ['3', 'RV[32794]', '18', 'E11.40', '07/21/2022', 'Physician', '{64445}', 'Northland Pain & Spine', '[61269]'],
    ['4', 'RV[33870]', '108', 'I73.9', '02/02/2022', 'Physician', '{93922}', 'Heartland Home Assess.', '[61774]'],
    ['5', 'RV[34372]', '18', 'E11.42', '10/11/2022', 'Physician', '{64632}', 'Elmo Family Practice', '[64445]'],
    ['6', 'RV[35002]', '75', 'G62.0', '12/01/2022', 'Physician', '{64712}', 'St. Joseph Ortho', '[62368]'],
    ['7', 'RV[36114]', '40', 'M05.79', '06/06/2022', 'Physician', '{20610}', 'St. Joseph Ortho', '[62836]'],
  ],
});

// ── 16. RADV medical record coversheet, text layer ──
const radvCover = lines({
  id: 's72-radvcover',
  kind: 's72-radv-medical-record-coversheet-text',
  before: 'RADV Medical Record Coversheet — one per HCC submitted',
  text: [
    'Contract H2619   Enrollee ID RV[32794]   HCC 18 Diabetes with chronic complications',
    'Medical record type: Physician, outpatient; DOS 07/21/2022; Okonkwo, Ada MD, NPI 1447290381',
    'Provider address: 8800 N Oak Trafficway, Kansas City MO [64118]',
    'Attestation required: No (signature and credentials present)',
    'Encounter on the record: sciatic nerve block, CPT {64445}, with a separate E/M ({99213}-25)',
    'Page range in submission package: 1–9   Package ID [61269]',
  ].join('\n'),
});

// ── 17. Coder QA disagreement log, table ──
const qaLog = table({
  id: 's72-qalog',
  kind: 's72-coder-qa-disagreement-log-grid',
  caption: 'QA overread — disagreements — October sample',
  headers: ['QA ID', 'Chart', 'Coder', 'Element', 'Coder said', 'QA said', 'Ref', 'Final'],
  rows: [
    [
      '[65275]',
      '[52417]',
      '[27164]',
      'F2F line',
      '{64712} supports G57.01',
      'Agree; add E11.42 (addressed)',
      'CP-25-07 §2',
      'QA',
    ],
    [
      '[65276]',
      '[53182]',
      '[27164]',
      'Telehealth',
      'Captured I50.22 from {98013}',
      'Audio-only, not acceptable',
      'CP-25-07 §3',
      'QA',
    ],
    ['[65974]', '[54306]', '[29402]', 'Proc', '{64612} x2 units', '{64612}-50 once, not {64615}', 'Op note p.3', 'QA'],
    [
      '[66460]',
      '[54733]',
      '[29402]',
      'Provider type',
      'Accepted {64714} by CRNA',
      'CRNA (spec 43) acceptable',
      'Specialty xwalk',
      'Coder',
    ],
    ['[66950]', '[55091]', '[30021]', 'Dx', 'L97.512 from {64632} visit', 'Not in note; delete', 'Chart p.11', 'QA'],
    ['[67575]', '[55840]', '[30021]', 'DOS', '{99350} on 07/07', 'Visit was 07/17; fix DOS', 'Appt [71272]', 'QA'],
  ],
});

// ── 18. Coder QA rationale, text layer ──
const qaRationale = lines({
  id: 's72-qanote',
  kind: 's72-coder-qa-rationale-text',
  before: 'QA rationale — disputed charts — for coder education',
  text: [
    'Chart [54306]: the coder reported {64612} twice; the note shows both sides injected, so report {64612}-50 once, not {64615}.',
    'Chart [54733]: the lumbar plexus procedure was coded {64714} and rendered by a CRNA; specialty 43 is acceptable, the encounter stands.',
    'Chart [55091]: plantar neurolysis billed as {64632} on 07/07; L97.512 was not documented that day and is deleted.',
    'Coder [29402]: agreement rate this month 94.2% against a 95% threshold; refresher on bilateral modifiers booked.',
  ].join('\n'),
});

// ── 19. In-home assessment scheduling board, table ──
const ihaSchedule = table({
  id: 's72-ihasched',
  kind: 's72-in-home-assessment-schedule-grid',
  caption: 'In-Home Health Assessments — scheduling board — zone NW Missouri',
  headers: ['Appt ID', 'Member', 'City', 'ZIP', 'Window', 'Clinician', 'Visit', 'Status'],
  rows: [
    ['[71272]', 'Dunaway, Ora', 'Cainsville', '[64632]', '11/12 9–11a', 'Reyes NP', '{99345}', 'Confirmed'],
    ['[71757]', 'Hollis, Verna', 'Cameron', '[64429]', '11/12 1–3p', 'Reyes NP', '{99350}', 'Confirmed'],
    ['[72251]', 'Tate, Morris', 'Elmo', '[64445]', '11/13 10–12', 'Grant NP', '{99350}', 'Left VM'],
    ['[72736]', 'Bell, Iona', 'Maryville', '[64468]', '11/13 2–4p', 'Grant NP', '{99345}', 'Rescheduled'],
    ['[73331]', 'Ochoa, Ruth', 'Chillicothe', '[64601]', '11/14 9–11a', 'Reyes NP', '{99349}', 'Declined'],
  ],
});

// ── 20. In-home visit billing guide, text layer (list) ──
const ihaGuide = lines({
  id: 's72-ihaguide',
  kind: 's72-in-home-visit-billing-guide-text',
  before: 'Clinician guide — what to bill after an in-home assessment',
  text: [
    '• New to the practice: home visit {99345} (or {99344} if MDM is moderate); established: {99350} / {99349}.',
    '• Add the ABI only when done with the bilateral device: {93922}.',
    '• Do not bill {99497} (advance care planning) unless 16 or more minutes are documented.',
    '• Nerve procedures are never done in the home; record prior ones as history ("s/p sciatic block {64445}, 2024").',
    '• Mileage reimbursement: HR form ref [46638]; questions to the clinical hub (816) 555-0149.',
  ].join('\n'),
});

// ── 21. In-home visit HL7 v2 DFT feed, text layer ──
const hl7 = lines({
  id: 's72-hl7',
  kind: 's72-in-home-visit-hl7-dft-text',
  before: 'Interface engine — outbound DFT^P03 to the plan encounter gateway',
  text: [
    'MSH|^~\\&|HOMEASSESS|HHA|PLANGW|SMA|20251112114005||DFT^P03|[75446]|P|2.5.1',
    'EVN|P03|20251112114005',
    'PID|1||SMA-0039120^^^SMA^MB||DUNAWAY^ORA||19450822|F|||RR 2 BOX 14^^CAINSVILLE^MO^[64632]',
    'PV1|1|O|HOME^^^HHA||||1669472205^REYES^CARMEN^^^NP',
    'FT1|1|||20251112||CG|{99345}^HOME/RES VST NEW HIGH MDM^CPT|||1',
    'FT1|2|||20251112||CG|{93922}^UPR/L XTREMITY ART 2 LEVELS^CPT|||1',
    'DG1|1||E11.42^TYPE 2 DM W DIABETIC POLYNEUROPATHY^I10',
    'ZHA|1|ASSESSMENT [75942]|PRIOR PROC|{64632}^DESTR NEUROLYTIC PLANTAR DIGITAL^CPT|2024',
  ].join('\n'),
});

// ── 22. Provider suspect (gap) report, table ──
const suspects = table({
  id: 's72-suspects',
  kind: 's72-provider-suspect-gap-report-grid',
  caption: 'Provider Suspect Report — Northland Pain & Spine — conditions to assess in 2025',
  headers: ['Member', 'Suspected condition', 'HCC (V28)', 'Evidence', 'Last seen', 'Last svc', 'Action'],
  rows: [
    [
      'Pruett, Lyle',
      'Diabetic polyneuropathy',
      '37',
      'Captured 2024; {64445} 03/2025',
      '04/02/2025',
      '{64712}',
      'Assess & document',
    ],
    ['Kerr, Dale', 'Morbid obesity', '48', 'BMI 41.3 on 2024 claim', '05/20/2025', '{99213}', 'Document BMI + dx'],
    ['Voss, Elaine', 'CIDP', 'see map', 'NCS {95910} abnormal 2024', '06/11/2025', '{64714}', 'Confirm status'],
    [
      'Abbott, Ned',
      'Major depression, moderate',
      '155',
      'PHQ-9 = 14 (2024 claim)',
      '08/08/2025',
      '{64632}',
      'Screen & document',
    ],
    [
      'Ferris, June',
      'Vascular disease w/ complications',
      '264',
      'ABI 0.62 ({93922}) in-home 2025',
      '09/30/2025',
      '{64612}',
      'Assess & document',
    ],
  ],
});

// ── 23. Suspect report cover letter to the provider, text layer ──
const suspectLetter = lines({
  id: 's72-suspletter',
  kind: 's72-suspect-gap-provider-letter-text',
  before: 'Show-Me Senior Advantage — Provider Engagement',
  text: [
    'Northland Pain & Spine, 8800 N Oak Trafficway, Kansas City, MO [64118]',
    'Provider group [76433]   Panel: 212 attributed members   Report period: 2025 dates of service',
    'Dear Dr. Okonkwo: the enclosed suspect list is drawn from claims and prior charts; it is not a diagnosis.',
    'A procedure visit such as a sciatic block ({64445}) or neuroplasty ({64712}) counts when the note documents and addresses each condition.',
    'Bill the visit as usual (for example {99214}); do not add diagnoses you did not assess.',
    'Incentive payments go to the TIN on file, remittance account [77122].',
    'Return the signed attestation to PO Box [77613], Jefferson City, MO [65102].',
  ].join('\n'),
});

// ── 24. CMS acceptable physician specialty crosswalk, table ──
const specialtyXwalk = table({
  id: 's72-specxw',
  kind: 's72-acceptable-physician-specialty-crosswalk-grid',
  caption: 'CMS acceptable physician specialty types — network crosswalk (risk adjustment)',
  headers: ['Xwalk ID', 'Spec code', 'CMS specialty', 'RA acceptable', 'Typical billed', 'Providers'],
  rows: [
    ['XW-[21350]', '01', 'General practice', 'Yes', '{99213} {99214}', '14'],
    ['XW-[21351]', '08', 'Family practice', 'Yes', '{99214} {99350}', '212'],
    ['XW-[21352]', '09', 'Interventional pain management', 'Yes', '{64445} {64712} {64714}', '11'],
    ['XW-[21353]', '13', 'Neurology', 'Yes', '{95910} {64612}', '26'],
    ['XW-[21354]', '43', 'Certified registered nurse anesthetist', 'Yes', '{64445}', '9'],
    ['XW-[21355]', '48', 'Podiatry', 'Yes', '{64632} {11721}', '31'],
    ['XW-[21356]', '50', 'Nurse practitioner', 'Yes', '{99345} {99350}', '58'],
    ['XW-[21357]', '47', 'Independent diagnostic testing facility', 'No', '{93922}', '4'],
    ['XW-[21358]', '69', 'Clinical laboratory', 'No', '{80053} {36415}', '3'],
  ],
});

// ── 25. Specialty crosswalk notes, text layer ──
const specialtyNotes = lines({
  id: 's72-specnote',
  kind: 's72-specialty-crosswalk-note-text',
  before: 'Crosswalk notes',
  text: [
    'Specialty is read from the rendering provider, not the billing group: a podiatrist billing {64632} qualifies, a lab billing {80053} does not.',
    'CRNA encounters ({64445}, {64447}) qualify when the CRNA rendered the service face to face.',
    'Source refreshed from the CMS specialty list on 10/01; the provider master holds [78485] active rendering NPIs.',
  ].join('\n'),
});

// ── 26. Vendor invoice detail by chart, table (decoy only) ──
const invoiceDetail = table({
  id: 's72-invoice',
  kind: 's72-vendor-invoice-by-chart-grid',
  caption: 'Invoice detail — retrieval and coding services — per chart',
  headers: ['Chart ID', 'Request #', 'Site ZIP', 'Retrieval', 'Pages', 'Retrieval fee', 'Coding fee', 'Line total'],
  rows: [
    ['[52417]', '[40527]', '[64118]', 'EMR remote', '36', '$9.50', '$14.00', '$23.50'],
    ['[53182]', '[41086]', '[64632]', 'Onsite', '58', '$22.00', '$14.00', '$36.00'],
    ['[54306]', '[42203]', '[64506]', 'Copy service', '112', '$48.50', '$21.00', '$69.50'],
    ['[54733]', '[64714]', '[64068]', 'Portal', '19', '$6.00', '$14.00', '$20.00'],
    ['[55091]', '[41591]', '[64445]', 'Fax', '41', '$9.50', '$14.00', '$23.50'],
    ['[55840]', '[42710]', '[64601]', 'Fax', '212', '$9.50', '$28.00', '$37.50'],
  ],
});

// ── 27. Vendor invoice header and remit block, text layer (decoy only) ──
const invoiceHeader = lines({
  id: 's72-invhdr',
  kind: 's72-vendor-invoice-remit-text',
  before: 'ClearPath Chart Services — INVOICE',
  text: [
    'Invoice [79100]   Date 11/06/2025   Terms Net 30   Customer PO [79646]',
    'Bill to: Show-Me Senior Advantage, Risk Adjustment Dept., 1400 Capitol Ave, Jefferson City MO [65101]',
    "Remit to: ClearPath Chart Services, PO Box [64612], Lee's Summit MO [64063]",
    'Vendor no. [64714]   Project RA-2025-RETRO   Charts billed: 6 (detail attached)',
    'Subtotal $210.00   Copy-service pass-through $48.50   Total due $258.50',
    'Remittance ref [80332] must appear on the payment.',
  ].join('\n'),
});

// ── 28. Chart abstraction XML, text layer ──
const abstractionXml = lines({
  id: 's72-xml',
  kind: 's72-chart-abstraction-xml-text',
  before: 'abstraction.xml — QA sample export',
  text: [
    '<Chart id="[55091]" request="[41591]" vendor="CPCS">',
    '  <Member planId="SMA-0061184" zip="[64445]"/>',
    '  <Encounter dos="2025-07-07" npi="1780644219" spec="48">',
    '    <Procedure system="CPT" code="{64632}" mod="LT"/>',
    '    <Procedure system="CPT" code="{93922}"/>',
    '    <Diagnosis code="E11.51" hcc="18"/>',
    '  </Encounter>',
    '  <Encounter dos="2025-09-02" npi="1780644219" spec="48">',
    '    <Procedure system="CPT" code="{11721}"/>',
    '    <Procedure code="{64455}"/>',
    '  </Encounter>',
    '  <Reviewer id="[30021]" qa="[66950]"/>',
    '</Chart>',
  ].join('\n'),
});

// ── 29. Chart review adds/deletes CSV, text layer ──
const chartReviewCsv = lines({
  id: 's72-csv',
  kind: 's72-eds-chart-review-csv-export-text',
  before: 'chart_review_adds_deletes.csv (first rows)',
  text: [
    'action,pcn,mbi,dos_from,dos_to,proc,dx,bill_zip,linked_icn',
    'ADD,CR-[52417]-1,1EG4TE5MK73,20250312,20250312,{64445},E1142,[64118],2025309118233',
    'ADD,CR-[52417]-2,1EG4TE5MK73,20250402,20250402,{64712},G5701,[64118],',
    'DELETE,CR-[55091]-1,5TR1CD4MM22,20250707,20250707,{64632},E1151,[64445],2025309120071',
    'ADD,CR-[56245]-1,9WE3RT6KK10,20250114,20250114,{64612},G513,[63110],',
    'ADD,CR-[56732]-1,2PD5FG8HH31,20250520,20250520,{99214},E6601,[64068],',
  ].join('\n'),
});

// ── 30. Coder productivity board, table (decoy only) ──
const productivity = table({
  id: 's72-prod',
  kind: 's72-coder-productivity-board-grid',
  caption: 'Coding productivity — week 45',
  headers: ['Coder ID', 'Name', 'Charts', 'Pages', 'Dx captured', 'HCCs added', 'QA score'],
  rows: [
    ['[27164]', 'M. Alvarez', '148', '[10535]', '611', '92', '97.1%'],
    ['[29402]', 'T. Boone', '131', '[11101]', '540', '77', '94.2%'],
    ['[30021]', 'R. Chau', '162', '[12285]', '702', '101', '98.0%'],
    ['Team', '', '441', '[33921]', '1853', '270', '96.4%'],
  ],
});

// ── 31. Member claim history used to pre-screen a chart, table ──
const claimHistory = table({
  id: 's72-claimhx',
  kind: 's72-member-claim-history-prescreen-grid',
  caption: 'Claims history (12 months) — Abbott, Ned — pre-screen before chart request',
  headers: ['Claim #', 'DOS', 'Provider', 'Billed code', 'Units', 'Paid', 'Dx 1'],
  rows: [
    ['[81628]', '01/09/2025', 'Northland Pain & Spine', '{99204}', '1', '$171.20', 'G57.61'],
    ['[82349]', '02/06/2025', 'Northland Pain & Spine', '{64632}', '1', '$96.31', 'G57.61'],
    ['[82921]', '03/06/2025', 'Northland Pain & Spine', '{64632}', '1', '$96.31', 'G57.61'],
    ['[83457]', '04/17/2025', 'Quest Diagnostics', '{80053}', '1', '$10.56', 'E11.9'],
    ['[64712]', '06/02/2025', 'Show-Me Behavioral Health', '{90837}', '1', '$139.75', 'F33.1'],
    ['[84571]', '08/08/2025', 'Northland Pain & Spine', '{64632}', '1', '$96.31', 'G57.62'],
  ],
});

// ── 32. Encounter validity checklist for nerve procedure visits, table ──
const validityChecklist = table({
  id: 's72-checklist',
  kind: 's72-f2f-encounter-validity-checklist-grid',
  caption: 'Encounter validity checklist — nerve procedure visits',
  headers: ['Item', 'Check', 'Pass example', 'Fail example'],
  rows: [
    ['{64712}', 'Procedure note signed with credentials', 'Signed MD, DOS matches the claim', 'Unsigned dictation'],
    ['{64714}', 'Rendering specialty on the acceptable list', 'Spec 09', 'Spec 69 (lab)'],
    ['{64445}', 'Diagnosis addressed, not only listed', 'Neuropathy assessed before the block', 'Problem list only'],
    ['{64632}', 'DOS inside the collection year', '2025 DOS', '12/2024 DOS'],
    ['{64612}', 'Face to face, not audio-only', 'In office', 'Phone follow-up'],
  ],
});

// ── 33. Coding team huddle notes, text layer ──
const huddle = lines({
  id: 's72-huddle',
  kind: 's72-coding-team-huddle-notes-text',
  before: 'Team huddle — Tuesday — chart review floor',
  text: [
    '- Northland charts: most 2025 visits are {64445} or {64712} days; read the pre-procedure H&P for neuropathy MEAT.',
    '- Liberty Neurology sends {64612} visits with only G24.5 listed; nothing to capture unless something else is addressed.',
    '- Dunaway (Cainsville [64632]) is an onsite-only chart; Reyes NP also sees her at home on 11/12.',
    '- Batch [14612] opens Monday; target 1,200 charts by Friday.',
  ].join('\n'),
});

// ── 34. Provider portal upload receipt, text layer (decoy only) ──
const uploadReceipt = lines({
  id: 's72-upload',
  kind: 's72-provider-portal-upload-receipt-text',
  before: 'Provider portal — medical record upload confirmation',
  text: [
    'Upload confirmation [85147]   Received 11/04/2025 15:22 CT',
    'Request # [64714] — Liberty Neurology, 2525 Glenn Hendren Dr, Liberty MO [64068]',
    'Files: 3 PDFs, 19 pages, 2.4 MB   Checksum verified',
    'If this upload answers more than one request, quote [85736] on your cover sheet.',
  ].join('\n'),
});

export const sealed72: Snippet[] = [
  ...retrievalList,
  ...projectStatus,
  ...faxCover,
  ...chaseLog,
  ...coderScreen,
  ...encounterGrid,
  ...coderJson,
  ...x12,
  ...edsGrid,
  ...mao002,
  ...acceptableList,
  ...policyMemo,
  ...mao004,
  ...raps,
  ...radvSample,
  ...radvCover,
  ...qaLog,
  ...qaRationale,
  ...ihaSchedule,
  ...ihaGuide,
  ...hl7,
  ...suspects,
  ...suspectLetter,
  ...specialtyXwalk,
  ...specialtyNotes,
  ...invoiceDetail,
  ...invoiceHeader,
  ...abstractionXml,
  ...chartReviewCsv,
  ...productivity,
  ...claimHistory,
  ...validityChecklist,
  ...huddle,
  ...uploadReceipt,
];
