import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 19 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on
 * these snippets. Its page shapes (`kind`, prefixed `s19-`) appear in no other corpus file. Score it once; do not
 * edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Many decoys reuse those digits; about a third of the
 * others are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, ids, control numbers, CDM and ledger
 * numbers, amounts in cents and counts. No other five-digit CPT code appears in a coding context.
 *
 * Shapes built on real public layouts (segment order, element and column names; our codes swapped in): X12 837P
 * COB claim with the other payer's 2430 SVD/CAS/DTP*573 line adjudication (005010X222A1), X12 277CA raw with
 * several 2200D STC and 2220D SVC/REF*FJ loops (005010X214), HL7 v2.xml encoding of DFT^P03 FT1 (HL7 v2.5 XML
 * schema element names FT1.7/CWE.1), FHIR R4 ChargeItemDefinition (code, applicability, propertyGroup
 * priceComponent), FHIR Bulk Data ndjson ExplanationOfBenefit export (CARIN BB item.productOrService), the
 * Medicaid NCCI state PTP edit file columns, a state workers' compensation fee schedule PDF (code, modifier, RVU,
 * maximum fee, follow-up days), and a Medicare probe-and-educate (TPE) results letter. The other shapes are written
 * the way those pages read, with no single public source.
 */

// ── X12 837P secondary claim with the primary payer's line adjudication (2430 SVD), clearinghouse raw view ──
const x12_837p_cob: Snippet[] = lines({
  id: 's19-837cob',
  kind: 's19-x12-837p-cob-2430-svd',
  before: 'Batch 0419 · file 837P_COB_20261118.txt',
  text: [
    'ISA*00*          *00*          *ZZ*SUMMITSPINE    *ZZ*[33589]          *261118*1402*^*[00501]*000091250*0*P*:~',
    'GS*HC*SUMMITSPINE*[33589]*20261118*1402*[91250]*X*005010X222A1~',
    'NM1*85*2*SUMMIT SPINE AND NERVE*****XX*1467739201~',
    'N4*BOISE*ID*[83704]~',
    'SBR*S*18*GRP[45182]******CI~',
    'NM1*PR*2*GEM STATE SECONDARY*****PI*[54641]~',
    'CLM*SSN[64714]A*1840***11:B:1*Y*A*Y*Y~',
    'LX*1~',
    'SV1*HC:{64712}:RT*920*UN*1***1~',
    'SVD*[43088]*512.40*HC:{64712}:RT**1~',
    'CAS*CO*45*407.60~',
    'DTP*573*D8*20261114~',
    'LX*2~',
    'SV1*HC:{64714}*610*UN*1***1~',
    'SVD*[43088]*338.15*HC:{64714}**1~',
    'CAS*PR*2*84.54~',
    'LX*3~',
    'SV1*HC:{64445}:59*420*UN*1***1~',
    'SVD*[43088]*0*HC:{64445}:59**1~',
    'CAS*CO*97*420~',
    'SE*58*[64612]~',
  ].join('\n'),
});

// ── X12 277CA raw, several claims, each with a line-level STC (claim and line status) ──
const x12_277ca: Snippet[] = lines({
  id: 's19-277ca',
  kind: 's19-x12-277ca-multi-claim-svc',
  before: 'Acknowledgment file ACK_277CA_1121.edi',
  text: [
    'BHT*0085*08*[28168]*20261121*0630*TH~',
    'NM1*41*2*LAKESIDE PAIN CLINIC*****46*[18275]~',
    'TRN*2*[64632]~',
    'STC*A1:19:PR*20261121*WQ*2140~',
    'NM1*QC*1*ODUYA*KEMI****MI*XW[39759]~',
    'TRN*2*LPC[64445]-07~',
    'STC*A7:21*20261121*U*1450~',
    'REF*1K*2226011-[53777]~',
    'SVC*HC:{64632}*1450****1~',
    'STC*A7:453*20261121*U~',
    'REF*FJ*[44359]~',
    'NM1*QC*1*BRANDT*OSKAR****MI*XW[64712]~',
    'TRN*2*LPC-[13797]~',
    'STC*A2:20*20261121*WQ*690~',
    'SVC*HC:{64612}:LT*690****2~',
    'REF*FJ*[17140]~',
  ].join('\n'),
});

// ── HL7 v2.xml DFT^P03 (XML encoding), integration engine message viewer ──
const hl7_xml: Snippet[] = lines({
  id: 's19-hl7xml',
  kind: 's19-hl7-v2-xml-dft-ft1',
  before: 'Message 7 of 12 · DFT_P03 · received 11/20/2026 09:41',
  text: [
    '<MSH.10>MSG[31257]</MSH.10>',
    '<PID.3><CX.1>[64714]</CX.1><CX.4><HD.1>NWMC</HD.1></CX.4></PID.3>',
    '<PID.11><XAD.5>[98104]</XAD.5></PID.11>',
    '<PV1.19><CX.1>[64445]</CX.1></PV1.19>',
    '<FT1.2>[35666]</FT1.2>',
    '<FT1.7><CWE.1>{64712}</CWE.1><CWE.2>Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve</CWE.2><CWE.3>CPT</CWE.3></FT1.7>',
    '<FT1.10>1</FT1.10>',
    '<FT1.12><CP.1><MO.1>[58369]</MO.1></CP.1></FT1.12>',
    '<FT1.13><CWE.1>[30199]</CWE.1><CWE.2>NEURODIAGNOSTICS</CWE.2></FT1.13>',
    '<FT1.25><CNE.1>{64714}</CNE.1><CNE.3>C4</CNE.3></FT1.25>',
    '<FT1.26><CNE.1>RT</CNE.1></FT1.26>',
    '<FT1.25><CNE.1>{64612}</CNE.1><CNE.3>C4</CNE.3></FT1.25>',
  ].join('\n'),
});

// ── FHIR R4 ChargeItemDefinition (hospital billing catalogue), pretty JSON in a developer portal ──
const fhir_cid: Snippet[] = lines({
  id: 's19-fhircid',
  kind: 's19-fhir-chargeitemdefinition-json',
  before: 'GET /fhir/ChargeItemDefinition?code=http://www.ama-assn.org/go/cpt|',
  text: [
    '"resourceType": "ChargeItemDefinition",',
    '"id": "cdm-[40628]",',
    '"identifier": [{ "system": "urn:oid:2.16.840.1.113883.3.8901", "value": "[64632]" }],',
    '"title": "CHEMODENERVATION FACIAL NERVE UNI",',
    '"code": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}" }] },',
    '"instance": [{ "reference": "Location/[57278]" }],',
    '"propertyGroup": [{ "priceComponent": [{ "type": "base", "code": { "text": "rev 0360" }, "amount": { "value": 2145.00, "currency": "USD" } }] }]',
    '"relatedArtifact": [{ "type": "composed-of", "display": "{64612}; drug billed separately on a J-code line" }],',
    '"meta": { "versionId": "[37891]", "lastUpdated": "2026-10-02T11:20:00Z" }',
  ].join('\n'),
});

// ── FHIR Bulk Data export, ExplanationOfBenefit.ndjson opened in a text viewer (one resource per line) ──
const ndjson: Snippet[] = [
  {
    id: 's19-ndjson-1',
    kind: 's19-fhir-bulk-eob-ndjson',
    before: 'ExplanationOfBenefit.ndjson (2.4 MB) — lines 1–3',
    text: '{"resourceType":"ExplanationOfBenefit","id":"eob-[50367]","patient":{"reference":"Patient/[64712]"},"provider":{"reference":"Organization/[30398]"},"item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64712}"}]},"quantity":{"value":1},"net":{"value":1180.00}},{"sequence":2,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64445}"}]},"modifier":[{"coding":[{"code":"RT"}]}]}]}',
  },
  {
    id: 's19-ndjson-2',
    kind: 's19-fhir-bulk-eob-ndjson',
    before: '"net":{"value":1180.00}}]}',
    text: '{"resourceType":"ExplanationOfBenefit","id":"eob-[35636]","patient":{"reference":"Patient/[39531]"},"billablePeriod":{"start":"2026-09-03"},"item":[{"sequence":1,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64632}"}]},"locationAddress":{"postalCode":"[64632]"}},{"sequence":2,"productOrService":{"coding":[{"system":"http://www.ama-assn.org/go/cpt","code":"{64612}"}]},"adjudication":[{"category":{"coding":[{"code":"paidtoprovider"}]},"amount":{"value":[45866]}}]}]}',
  },
];

// ── Medicaid NCCI state PTP edit lookup (state Medicaid agency page, searched by code) ──
const medicaidPtp: Snippet[] = table({
  id: 's19-mcdptp',
  kind: 's19-medicaid-ncci-ptp-state-lookup',
  caption: 'Medicaid NCCI Practitioner PTP Edits — results for column 1 code 64712 (quarter 2026Q4, file version 264)',
  headers: ['Column 1', 'Column 2', 'Effective', 'Deletion', 'Modifier indicator', 'PTP edit rationale', 'Row #'],
  rows: [
    ['{64712}', '{64612}', '20090101', '*', '1', 'Misuse of column two code with column one code', '[32614]'],
    ['{64712}', '{64714}', '20130101', '*', '1', 'Mutually exclusive procedures', '[32615]'],
    ['{64712}', '{64445}', '20160401', '20220930', '9', 'Standards of medical / surgical practice', '[57125]'],
    ['{64712}', '{64632}', '20110101', '*', '0', 'Anatomic considerations', '[37715]'],
  ],
});

// ── State workers' compensation fee schedule PDF, text layer (code, mod, RVU, max fee, FUD) ──
const wcFee: Snippet[] = lines({
  id: 's19-wcfee',
  kind: 's19-workcomp-state-fee-schedule-pdf',
  before: 'Division of Workers’ Compensation — Medical Fee Schedule, Surgery section, effective 01/01/2027 — page 214',
  text: [
    'CODE   MOD  DESCRIPTION                      RVU     MAX FEE   FUD',
    '{64612}        Destroy nerve face muscle          4.91    $318.26   010',
    '{64632}        Destroy plantar digit nrv          2.07    $134.17   010',
    '{64712}        Revise sciatic nerve               14.02   $909.07   090',
    '{64714}   80   Revise low back nerve(s)           2.41    $156.23   090',
    '{64445}   50   N block inj sciatic sng             3.02    $195.75   000',
    'Ground rule 12: a code marked with an asterisk is paid at 80% in conversion-factor region [24918].',
    'Questions: Medical Unit, P.O. Box [16866], Sacramento, CA [94244]-2590, disputes on form DWC-[64714], fax (916) 555-0190.',
  ].join('\n'),
});

// ── Medicare TPE (targeted probe and educate) round-results letter ──
const tpe: Snippet[] = lines({
  id: 's19-tpe',
  kind: 's19-tpe-probe-results-letter',
  before: 'Targeted Probe and Educate — Round 1 Results',
  text: [
    'Provider Transaction Access Number (PTAN): [64445]B',
    'Jurisdiction: JF   Contractor: [03301]   Letter ID: TPE-[16369]',
    'Dear Provider: you were selected for review of {64632} (destruction by neurolytic agent, plantar common digital nerve).',
    'We reviewed 20 claims; 7 of 20 were denied in full (error rate 35%; $[38459] of $109,940 reviewed).',
    'Errors: documentation did not support {64632} reported twice on the same foot, and two claims reported {64632} with {64445} without modifier 59 or XS.',
    'Claims reviewed under this probe were also checked for {64712}; none of those were in error.',
    'Please return the enclosed education session request to P.O. Box [53175], Fargo, ND [58108]-6702.',
  ].join('\n'),
});

// ── Prior-auth vendor (radiology/MSK benefit manager) case-status grid ──
const rbmGrid: Snippet[] = table({
  id: 's19-rbmgrid',
  kind: 's19-pa-vendor-case-status-grid',
  caption: 'My Cases — Interventional Pain program — 6 cases',
  headers: ['Case #', 'Member ID', 'Requested CPT®', 'Units', 'Status', 'Valid thru', 'Site ZIP'],
  rows: [
    ['PA-[64714]-321', 'XQJ[53591]', '{64445}', '1', 'Approved', '02/28/2027', '[30319]'],
    ['[44411]', 'XQJ[88120]', '{64632}', '2', 'Pended – clinicals needed', '', '[30319]'],
    ['[52748]', 'XQJ[64612]', '{64712}', '1', 'Approved', '03/15/2027', '[30342]'],
    ['[52408]', 'XQJ[73091]', '{64714}', '1', 'Denied – not medically necessary', '', '[50065]'],
  ],
});

// ── Peer-to-peer rebuttal bullet points (physician prep sheet) ──
const p2p: Snippet[] = lines({
  id: 's19-p2p',
  kind: 's19-p2p-rebuttal-bullet-prep',
  before: 'P2P prep — denial ref DN-56218 — call window 2:30–2:45 PM',
  text: [
    '• Denied service: {64714} (open lumbar plexus neurolysis), reason "conservative care not documented".',
    '• Conservative care: PT 05/02–08/06 (12 weeks), two blocks, meets the 84-day trial in policy [49262]; {64445} was done 06/10.',
    '• Reviewer may offer {64712}/{64714} split; do NOT accept, the sciatic nerve was not explored.',
    '• Nerve block {64445} was reported separately on that date, not part of this request.',
    '• Case manager direct line ext [31853]; fax cover sheet ID [64612].',
    '• Ask to reference member plan [74927] and group [86039] so the approval carries to the new plan year.',
  ].join('\n'),
});

// ── Chargemaster annual-update diff report (old vs new row) ──
const cdmDiff: Snippet[] = table({
  id: 's19-cdmdiff',
  kind: 's19-cdm-annual-update-diff',
  caption: 'CDM Annual Update FY2027 — changed rows — Dept 4120 Pain Management',
  headers: ['Charge code', 'Change', 'HCPCS/CPT (old)', 'HCPCS/CPT (new)', 'Rev', 'Price (cents)', 'GL acct'],
  rows: [
    ['[92908]', 'Rev code updated', '{64445}', '{64445}', '0361', '[67102]', '[83911]'],
    ['[72091]', 'Price only', '{64612}', '{64612}', '0360', '[91679]', '[83911]'],
    ['[94728]', 'Description', '{64712}', '{64712}', '0360', '[96497]', '[83911]'],
  ],
});

// ── Denial work queue — CARC filter summary panel ──
const denialCarc: Snippet[] = lines({
  id: 's19-carc',
  kind: 's19-denial-wq-carc-filter-summary',
  before: 'Denials WQ 3317 — filter: CARC 16, 50, 197 — 41 accounts',
  text: [
    'CARC 197 (precert absent) — 14 accts — top codes: {64714} (6), {64712} (5), {64632} (3)',
    'CARC 50 (not medically necessary) — 9 accts — {64445}, {64612}',
    'CARC 16 (missing info) — 18 accts — balance $[74009].00 — oldest acct [65751] (ADOS 61)',
    'Assigned: R. Vance (Coder II, emp [84874]) · Follow-up team ZIP routing [95437]',
    'Tip: {64612} denials with CARC 50 usually need the botulinum toxin NDC and J-code line on the same claim.',
  ].join('\n'),
});

// ── Eligibility portal — procedure benefit search modal ──
const eligModal: Snippet[] = lines({
  id: 's19-eligmodal',
  kind: 's19-eligibility-procedure-search-modal',
  before: 'Check benefits for a procedure',
  text: [
    'Member: M. ALVAREZ   ID: ZGW-[70934]-12   Group: [61295]',
    'Procedure code: {64445}   Place of service: 22 – Outpatient hospital',
    'Result: covered, subject to deductible. Prior authorization: required for {64445} when billed with {64712} on the same day.',
    'In-network deductible remaining (cents): [90949]',
    'Plan year accumulators as of 11/30/2026 — reference # [97122]-PA',
    'Try another code: {64714} · {64632}',
  ].join('\n'),
});

// ── Coding education quiz — true/false items with feedback ──
const tfQuiz: Snippet[] = lines({
  id: 's19-tfquiz',
  kind: 's19-coding-quiz-true-false',
  before: 'Module 7: Nerve procedures — True or False (10 points)',
  text: [
    '1. True or False: {64612} is reported once per side for facial muscle chemodenervation.  Your answer: True ✔',
    '2. True or False: {64714} and {64712} can both be reported when the lumbar plexus and the sciatic nerve are both freed.  Your answer: False ✘',
    'Feedback: codes {64712} and {64714} describe different nerves; report each when both were released.',
    '3. True or False: {64632} includes imaging guidance.  Your answer: True ✔',
    '4. True or False: bilateral {64445} is reported with modifier 50.  Your answer: True ✔',
    'Score: 8/10 · attempt ID [68836] · learner [96338]',
  ].join('\n'),
});

// ── Payer bulletin — quarterly code update table (HTML table) ──
const bulletin: Snippet[] = table({
  id: 's19-bulletin',
  kind: 's19-payer-bulletin-quarterly-pa-update',
  caption: 'Provider Bulletin No. 95739 — Q1 2027 prior authorization list changes',
  headers: ['Code', 'Description', 'Change', 'Effective', 'Program'],
  rows: [
    ['{64612}', 'Chemodenervation, facial nerve', 'Added', '01/01/2027', 'Specialty Pharmacy–Medical'],
    ['{64632}', 'Destruction, plantar digital nerve', 'Removed', '01/01/2027', 'MSK'],
    ['{64712}, {64714}', 'Open neurolysis (sciatic / lumbar plexus)', 'Added', '01/01/2027', 'MSK Surgery'],
  ],
});

// ── OR schedule printed landscape (one line per case) ──
const orPrint: Snippet[] = lines({
  id: 's19-orprint',
  kind: 's19-or-schedule-landscape-print',
  before: 'MAIN OR — DAILY SCHEDULE — THU 12/03/2026 — printed 12/02 16:04',
  text: [
    'RM 4  0730  MRN [94245]  LOPEZ, A   Dr. Pham   NERVE BLOCK SCIATIC RT ({64445})   MAC   60 min',
    'RM 4  0900  MRN [79992]  KHAN, S    Dr. Pham   NEUROLYSIS LUMBAR PLEXUS ({64714}) + SCIATIC ({64712})   GEN  150 min',
    'RM 6  1100  MRN [64632]  ROSS, T    Dr. Elm    NEUROLYSIS PLANTAR DIGITAL NERVE LT  {64632}-LT   LOCAL  30 min',
    'Case IDs: [93252], [85377], [69865]   Equip: US cart #[00412]',
  ].join('\n'),
});

// ── EHR procedure log flowsheet (rows by date, clinic) ──
const procLog: Snippet[] = table({
  id: 's19-proclog',
  kind: 's19-ehr-procedure-log-flowsheet',
  caption: 'Procedure Log — Neurology Injection Clinic',
  headers: ['Date', 'Proc', 'Site', 'Units / mL', 'Lot #', 'Visit #'],
  rows: [
    ['09/02/26', '{64612}', 'R face', '50', 'C[90731]', '[94321]'],
    ['09/02/26', '{64632}', 'L foot', '1 mL', 'C[90731]', '[94321]'],
    ['10/14/26', '{64612}RT', 'R face', '60', 'C[74146]', '[93552]'],
    ['11/25/26', '{64445}', 'R leg', '—', '[64712]', '[62443]'],
  ],
});

// ── Compliance audit findings letter to a provider group (prose + numbered list) ──
const audit: Snippet[] = lines({
  id: 's19-audit',
  kind: 's19-internal-audit-exit-memo',
  before: 'MEMORANDUM — Internal Audit Exit Conference — Audit #92114',
  text: [
    'Scope: 60 professional claims, dates of service 01/01/2026–06/30/2026, cost center [74925].',
    'Finding 1: {64612} was reported with units of 2 on 9 claims; the code is unilateral and should carry one unit per side.',
    'Finding 2: in 4 claims {64714} and {64712} were billed together without documentation of a separate sciatic incision.',
    'Finding 3: {64445}-50 appeared where only one side was documented.',
    'Overpayment estimate: $[97492] (extrapolated, 90% confidence) to be refunded via voluntary refund form [62281].',
    'Recommendation: coder re-education on {64712}/{64714} unit rules by 02/15/2027; Compliance hotline ext [78022].',
  ].join('\n'),
});

// ── 835 posted to a practice-management CSV import preview ──
const postingCsv: Snippet[] = lines({
  id: 's19-postcsv',
  kind: 's19-era-posting-csv-import-preview',
  before: 'Import preview — ERA_20261119.csv → PM posting batch 97986',
  text: [
    'Acct,Claim,DOS,Proc,Mod,Charge,Allowed,Paid,Adj,CARC,CheckNo',
    '[99412],[95037],2026-11-03,{64712},RT,920.00,512.40,409.92,407.60,45,[68664]',
    '[99412],[95037],2026-11-03,{64714},,610.00,338.15,253.61,271.85,45,[68664]',
    '[24889],[29829],2026-11-04,{64632},LT,510.00,0.00,0.00,510.00,197,[68664]',
    '[28569],[17246],2026-11-05,{64445},50,840.00,421.30,337.04,418.70,45,[68664]',
    'Rows: 4 · Check total 1000.57 · Payer ID [23338]',
  ].join('\n'),
});

// ── Surgeon op note coded summary in an outside records packet (fax OCR, two columns collapsed) ──
const opSummary: Snippet[] = lines({
  id: 's19-opsum',
  kind: 's19-outside-records-op-summary-ocr',
  before: 'Page 3 of 11 · From: Valley Pain Assoc · Fax 28589',
  text: [
    'PROCEDURES PERFORMED:  1. Right sciatic nerve block under US guidance  {64445}',
    '2. Open neurolysis right sciatic nerve  {64712}-RT     3. Chemodenervation left facial nerve  {64612}',
    'PREOP DX: G51.3  POSTOP DX: same   ANES: general   EBL: minimal   Pt acct [12669]   Rm [29553]',
    'Transcription ID [10442]   Transcriptionist [12659]   Job [24374]',
  ].join('\n'),
});

// ── Clearinghouse claim scrubber "edit explanation" pop-over text ──
const scrubExplain: Snippet[] = lines({
  id: 's19-scrub',
  kind: 's19-scrubber-edit-explanation-popover',
  before: 'Edit NCCI-PTP-0042 · Claim 16241 · line 2',
  text: [
    'Line 2 ({64612}) is a column 2 code to line 1 ({64712}); modifier indicator 1 allows a bypass modifier.',
    'If performed at a separate site or session, append 59 or XS to {64612}. Otherwise remove line 2.',
    'Edit library version [14291] · rule id [15052] · payer [03266]',
    'See also: {64714} with {64445} (no edit), and {64632}/{64445} (indicator 1).',
  ].join('\n'),
});

// ── Payer provider manual, "billing tips" paragraph with a range and a slash pair ──
const manual: Snippet[] = lines({
  id: 's19-manual',
  kind: 's19-provider-manual-billing-tips-chapter',
  before: 'Chapter 11 — Neurology and Pain Management — 11.4 Billing tips',
  text: [
    '11.4.1 Nerve destruction and neurolysis (codes {64612}–{64632} and {64712}–{64714}) require prior authorization.',
    '11.4.2 Report {64612} once per side with the drug on the same claim; report {64712} once per sciatic nerve with RT or LT.',
    '11.4.3 Nerve blocks: {64445} is reported per injection; do not report it for post-op pain given by the surgeon.',
    'Send paper claims to Claims Dept., P.O. Box [13201], Harrisburg, PA [17106]-2064 only when EDI is unavailable.',
    'Manual revision [08371], page 11-4.',
  ].join('\n'),
});

// ── Coder charge-review queue, compact "chip" layout (each line one encounter, codes as chips) ──
const chargeChips: Snippet[] = lines({
  id: 's19-chips',
  kind: 's19-charge-review-chip-rows',
  before: 'Charge Review — Pain Clinic — 5 encounters need review',
  text: [
    'Enc [40877] · HAYES, R · 11/24 · Dr. Imani   [ {64445} ×1 ] [ G57.01 ] [ {64714} ×2 ]   Hold: units',
    'Enc [40881] · NG, P · 11/24 · Dr. Imani   [ {64712} RT ] [ {64612} ]   Hold: PTP edit   FIN [70215]',
    'Enc [40893] · DIAZ, M · 11/25 · Dr. Okoro   [ {64632} LT ×1 ]   Hold: diagnosis pointer   Ins [60241]',
    'Enc [40902] · COLE, J · 11/25 · Dr. Okoro   [ {64445} 50 ]   Hold: bilateral documented   Loc [80233]',
    'Enc [40917] · PARK, S · 11/26 · Dr. Imani   [ +{64612} ]   Hold: add-on without primary?   Rm [10066]',
  ].join('\n'),
});

// ── Patient-facing estimate ("good faith estimate") PDF text ──
const gfe: Snippet[] = lines({
  id: 's19-gfe',
  kind: 's19-good-faith-estimate-pdf',
  before: 'GOOD FAITH ESTIMATE — For uninsured / self-pay patients — GFE # 51906',
  text: [
    'Patient: Dana Whitt   DOB 04/11/1979   Patient ID P-[64612]   Address ZIP [27521]',
    'Scheduled service: Facial nerve chemodenervation and sciatic nerve block — 12/18/2026',
    'Item 1  Service code {64612}  Chemodenervation, facial nerve, unilateral  qty 1  $640.00',
    'Item 2  Service code {64445}  Injection, anesthetic, sciatic nerve  qty 1  $590.00',
    'Item 3  Drug  J0585  Onabotulinumtoxin A, per unit  qty 50  $1,420.00',
    'Provider NPI 1902644450. Location code [22805]. Estimate total $2,650.00; dispute within 120 days: ref [71104].',
    'Provider: Coastal Neurology, 900 Ocean Ave, Suite 210, Wilmington, NC [28401]',
  ].join('\n'),
});

// ── Payer reconsideration portal — "line items" read-only review step ──
const reconLines: Snippet[] = table({
  id: 's19-reconlines',
  kind: 's19-reconsideration-line-items-review',
  caption: 'Step 3 of 4 — Review disputed lines — Claim 202633017-00418',
  headers: ['Ln', 'DOS', 'Svc code', 'Mods', 'Billed', 'Paid', 'Dispute reason', 'Internal ctrl'],
  rows: [
    ['1', '10/07/2026', '{64714}', 'LT', '610.00', '0.00', 'Timely auth on file #[42125]', '[81307]'],
    ['2', '10/07/2026', '{64712}', '', '640.00', '0.00', 'Auth covers {64712} and {64714}', '[81308]'],
    ['3', '10/07/2026', '{64445}', '59', '455.00', '0.00', 'Block by anesthesia, separate from surgery', '[81309]'],
  ],
});

// ── Scheduling board, drag-and-drop "pending cases" column (card text) ──
const pendingCards: Snippet[] = lines({
  id: 's19-pending',
  kind: 's19-scheduling-pending-cases-column',
  before: 'Pending — needs OR time (4)',
  text: [
    '▸ ALLEN, GRACE · MRN [30725] · {64445} RT sciatic block + {64632} · auth ✓ AUTH#[64445]A',
    '▸ BECK, OMAR · MRN [46220] · {64714} lumbar plexus, open · auth pending · callback ext. [64712]',
    '▸ CHU, LENA · MRN [50947] · {64612} bilateral · auth ✓ · preferred week of 01/11',
    '▸ DUNN, ROY · MRN [55788] · {64712} · interpreter needed · ZIP [46220]',
  ].join('\n'),
});

// ── Revenue integrity dashboard tile text ("top variances") ──
const revTiles: Snippet[] = lines({
  id: 's19-revtiles',
  kind: 's19-revenue-integrity-variance-tiles',
  before: 'Revenue Integrity — Variances this month',
  text: [
    'Underpaid vs contract: {64714} — 37 lines — $[12040]',
    'Charge capture gap: {64445} documented, not charged — 11 encounters — dept [61042]',
    'Unit outliers: {64612} billed ×3 — 4 lines — contract [77160]-B',
    'Top payer by variance: payer id [38104]; second: [64632] (Gem State Secondary)',
    'Drill-down: {64712} → no variances this month',
  ].join('\n'),
});

// ── HL7 v2.5 BAR^P12 (update diagnosis/procedure), pipe-delimited, interface error queue ──
const barP12: Snippet[] = lines({
  id: 's19-barp12',
  kind: 's19-hl7-bar-p12-pr1-update',
  before: 'Interface: HIM_TO_PB · Error queue · 3 messages',
  text: [
    'MSH|^~\\&|HIMCODING|RMC|PBBILL|RMC|20261127081522||BAR^P12^BAR_P12|[47196]|P|2.5',
    'EVN|P12|20261127081522',
    'PID|1||[64632]^^^RMC^MR||TORRES^ELENA||19710302|F|||12 Elm St^^Dayton^OH^[45419]',
    'PV1|1|O|PAIN^^^RMC||||1629044110^REYES^ANA|||||||||||[64714]',
    'PR1|1||{64714}^NEUROPLASTY LUMBAR PLEXUS^C4|||20261120||||||1629044110^REYES^ANA',
    'PR1|2||{64612}^CHEMODENERV MUSCLE FACIAL NERVE^C4^^^|||20261120',
    'PR1|3||{64445}^INJ ANES SCIATIC NERVE SINGLE^CPT|||20261120|||[00030]',
    'ERR|^^^207&Application internal error&HL[70357]|PR1^3^3|Procedure code system CPT not mapped, expected C4 (rule [52210])',
  ].join('\n'),
});

// ── Coding Q&A newsletter column (question and answer prose) ──
const qa: Snippet[] = lines({
  id: 's19-qa',
  kind: 's19-coding-qa-newsletter-column',
  before: 'Ask the Coder — Volume 14, Issue 11',
  text: [
    'Q: Our surgeon freed the lumbar plexus and, through a second incision, the sciatic nerve. Do we report {64712} plus {64714}?',
    'A: Yes, when the operative note documents both. Append 59 or XS to the second one and the laterality modifier to each.',
    'Q: Can {64632} be reported for each digital nerve? A: Per the parenthetical note, {64632} is reported once per nerve.',
    'Q: Is {64445} bundled into the surgeon’s global package? A: Only when the surgeon gives it; anesthesia may report it.',
    'Submit questions to askthecoder@example.org or P.O. Box [19413], Chicago, IL [60680]. Reprints: order #[41733].',
  ].join('\n'),
});

// ── Clearinghouse payer list (search results: payer ids, claim addresses, enrollment flags) ──
const payerList: Snippet[] = table({
  id: 's19-payerlist',
  kind: 's19-clearinghouse-payer-id-list',
  caption: 'Payer List — search "mutual" — 6 results — export CSV',
  headers: ['Payer name', 'Payer ID', 'Claims mailing address', 'ZIP', 'ERA', 'Enrollment req.', 'Last updated'],
  rows: [
    ['Gem State Mutual', '[64712]', 'PO Box 8200, Boise ID', '[83707]', 'Yes', 'ERA only', '11/02/2026'],
    ['Prairie Farmers Mutual', '[64714]', 'PO Box 3321, Omaha NE', '[68103]', 'Yes', 'Claims + ERA', '10/15/2026'],
    ['Lakes Mutual Benefit', '[39151]', 'PO Box [64632], Madison WI', '[53708]', 'No', '—', '09/30/2026'],
    ['Mutual of the Plains', '[64445]', 'PO Box 12, Wichita KS', '[67201]', 'Yes', 'ERA only', '11/20/2026'],
    ['Harbor Mutual Health', '[87726]', 'PO Box 740800, Atlanta GA', '[30374]', 'Yes', 'None', '08/01/2026'],
    ['Ridge Mutual Dental', '[64612]', 'PO Box 9011, Roanoke VA', '[24017]', 'No', 'Claims', '07/21/2026'],
  ],
});

export const sealed19: Snippet[] = [
  ...x12_837p_cob,
  ...x12_277ca,
  ...hl7_xml,
  ...fhir_cid,
  ...ndjson,
  ...medicaidPtp,
  ...wcFee,
  ...tpe,
  ...rbmGrid,
  ...p2p,
  ...cdmDiff,
  ...denialCarc,
  ...eligModal,
  ...tfQuiz,
  ...bulletin,
  ...orPrint,
  ...procLog,
  ...audit,
  ...postingCsv,
  ...opSummary,
  ...scrubExplain,
  ...manual,
  ...chargeChips,
  ...gfe,
  ...reconLines,
  ...pendingCards,
  ...revTiles,
  ...barP12,
  ...qa,
  ...payerList,
];
