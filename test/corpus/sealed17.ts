import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 17 (issue 11). `sealed16.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s17-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Some decoys reuse those digits; about a third of the
 * others are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, ids, counts, amounts without a
 * point, ledger and CDM numbers, so the 10k score means something. No other five-digit CPT code appears in a
 * coding context (it would be unknown to KNOWN_5 and so an unfair miss).
 *
 * 326 labelled tokens (144 codes, 182 decoys; 58 decoys are KNOWN_10K numbers other than the five, 5 more reuse the
 * five codes' digits) in 33 page shapes. Codes come with modifiers (-RT, RT glued, -50, space 50, -59, -26), as an
 * add-on `+` that the page itself calls wrong, in slashes, ranges, coordinated prose, lists, tables and raw X12, HL7,
 * XML, YAML and pipe-delimited text.
 *
 * Its writer recalled these layouts under time pressure; two details were checked by search (the NCCI PTP modifier
 * indicator values 0/1/9 and the X12 5010 default delimiters `~ * > ^`), no document was copied, and every name,
 * number and address is invented or swapped except the public MAC contractor numbers and ZIP codes.
 * Shapes modelled on real public document layouts (segment, field and column names; our codes swapped in): a raw X12
 * 837P with `>` as component separator and one segment a line, a raw X12 835 with SVC/CAS/AMT/LQ loops and a PLB,
 * an HL7 v2 ORU^R01 radiology result (OBR-4, OBX TX), the NCCI PTP practitioner quarterly text file, a CDA R2
 * procedure entry as raw XML, a FHIR R4 Procedure resource in YAML, the CMS PFS look-up tool's payment policy
 * indicators view, the PFS final rule's Addendum E (GPCIs by MAC and locality), an IRO external review decision, a
 * California DWC PR-2 progress report's treatment request and a MAC contact directory page. The other shapes
 * (provider voucher, MAC coding-questions accordion, surgery waitlist, pipe-delimited CDM export in cents, MAC
 * front-end reject report, CEU multiple-choice quiz, EHR chart-review procedures tab, remittance search filter chips,
 * claim edit simulator, OCR'd two-column superbill, HB transaction inquiry, footnoted provider-manual list, brief op
 * note, PA list with one column per state, procedure coverage check, appeal deadline agenda, coder notification
 * dropdown, pro-fee coding query, clearinghouse claim timeline, code-by-month pivot, denial WQ aging buckets, EHR
 * patient banner) are written the way those pages read, with no single public source.
 */

// ── Raw X12 837P, component separator '>', one segment a line (clearinghouse "view raw file") ─────────────────
const x837: Snippet[] = [
  ...lines({
    id: 's17-837gt',
    kind: 's17-x12-837p-gt-subelement',
    before: 'File: CLM_0412_B7.x12 (raw)',
    text: [
      'ISA*00*          *00*          *ZZ*SUBMIT7781     *ZZ*[53169]        *261130*1412*^*[00501]*000000417*0*P*>~',
      'GS*HC*SUBMIT7781*[53169]*20261130*1412*417*X*005010X222A1~',
      'NM1*85*2*CASCADE PAIN AND SPINE*****XX*1639201844~',
      'N4*TACOMA*WA*984052211~',
      'CLM*PT[44321]A*1840***11>B>1*Y*A*Y*Y~',
      'HI*ABK>G5761*ABF>M5416~',
      'LX*1~',
      'SV1*HC>{64712}>RT*1250*UN*1***1>2~',
      'REF*6R*CPSP6471201~',
      'LX*2~',
      'SV1*HC>{64445}>RT*340*UN*1***1~',
      'LX*3~',
      'SV1*HC>{64612}*250*UN*1***2~',
      'DTP*472*D8*20261124~',
      'SE*38*[12927]~',
    ].join('\n'),
  }),
];

// ── Raw X12 835, SVC loops with CAS, AMT, LQ, and a PLB at the end ───────────────────────────────────────────
const x835: Snippet[] = [
  ...lines({
    id: 's17-835lq',
    kind: 's17-x12-835-svc-lq-rarc',
    before: 'ERA 835 — TRN 1R00984411 (raw view)',
    text: [
      'BPR*I*2214.36*C*ACH*CCP*01*091000245*DA*5517981*1911234567**01*121000358*DA*7741903~',
      'N1*PR*REGENCE BLUESHIELD*XV*[93336]~',
      'CLP*CPSP-[47220]*1*3640*2214.36*120*12*26C9913800412*11*1~',
      'SVC*HC:{64714}:RT*1850*1309.2**1~',
      'CAS*CO*45*540.8~',
      'REF*6R*L[64714]~',
      'AMT*B6*1309.2~',
      'SVC*HC:{64632}*640*426.16**1~',
      'CAS*PR*2*120~',
      'LQ*HE*N130~',
      'SVC*HC:{64445}:59*380*0**1~',
      'CAS*CO*97*380~',
      'LQ*HE*M80~',
      'PLB*1639201844*20261231*WO:CPSP-[47220]*-214.56~',
    ].join('\n'),
  }),
];

// ── HL7 v2 ORU^R01 radiology result, fluoroscopy-guided block (interface engine message view) ────────────────
const oru: Snippet[] = [
  ...lines({
    id: 's17-oru',
    kind: 's17-hl7-oru-rad-report',
    before: 'Message 4 of 12 · ORU^R01 · inbound from RIS',
    text: [
      'MSH|^~\\&|RIS|NWIMG|EPIC|NWH|202611240915||ORU^R01|[71365]|P|2.5.1',
      'PID|1||E[30967]^^^NWH^MR||HALVORSEN^INGRID||19580412|F|||881 BAY ST^^SEATTLE^WA^[98109]',
      'OBR|1|ORD[25070]|ACC[42553]|{64445}^SCIATIC NERVE BLOCK FLUORO GUIDED^CPT4|||202611240842',
      'OBX|1|TX|{64445}^IMPRESSION^CPT4||Successful right sciatic nerve block under fluoroscopy.||||||F',
      'OBX|2|TX|IMP^FINDINGS||Needle tip 2 cm from the nerve, contrast 3 mL; no vascular uptake. Total fluoro 0.4 min.||||||F',
      'OBX|3|NM|DOSE^DAP uGym2||[12312]|uGym2|||||F',
      'NTE|1||Dictated by Dr. Ostrander, ext [40212]; tech badge [07475]',
    ].join('\n'),
  }),
];

// ── NCCI PTP quarterly file, raw tab/space text rows (practitioner) ──────────────────────────────────────────
const ptp: Snippet[] = [
  ...lines({
    id: 's17-ptpraw',
    kind: 's17-ncci-ptp-raw-txt-rows',
    before: 'ccipra-v331r0-f1.TXT — opened in a text viewer',
    text: [
      'Column1/Column2 Edits   *=in existence prior to 1996   Effective Date   Deletion Date   Modifier 0=not allowed 1=allowed 9=not applicable   PTP Edit Rationale',
      '{64712}  {64445}     20100101   *   1   Misuse of column two code with column one code',
      '{64712}  {64714}     20100101   *   0   Mutually exclusive procedures',
      '{64714}  {64632}     20180101   20251231   1   Standards of medical / surgical practice',
      '{64632}  {64612}     20160101   *   9   CPT Manual or CMS manual coding instructions',
      'Record count: [38497]   File version 331r0   Release [10510]',
    ].join('\n'),
  }),
];

// ── CDA R2 procedure entry, raw XML in a document viewer's source tab ───────────────────────────────────────
const cda: Snippet[] = [
  ...lines({
    id: 's17-cdaxml',
    kind: 's17-cda-raw-xml-entry-code',
    before: 'Source · Procedures Section (templateId 2.16.840.1.113883.10.20.22.2.7.1)',
    text: [
      '<procedure classCode="PROC" moodCode="EVN">',
      '  <id root="1.3.6.1.4.1.[22812].11" extension="PRC-[58427]"/>',
      '  <code code="{64632}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Destruction plantar common digital nerve">',
      '    <translation code="446320009" codeSystem="2.16.840.1.113883.6.96" codeSystemName="SNOMED CT"/>',
      '  </code>',
      '  <effectiveTime value="20261118"/>',
      '  <targetSiteCode code="113211002" codeSystem="2.16.840.1.113883.6.96" displayName="Left third intermetatarsal space"/>',
      '  <performer><assignedEntity><id root="1.3.6.1.4.1.[22812].4" extension="[66919]"/><addr><postalCode>[97201]</postalCode></addr></assignedEntity></performer>',
      '<procedure classCode="PROC" moodCode="INT"><code code="{64612}" codeSystem="2.16.840.1.113883.6.12" displayName="Chemodenervation facial nerve"/>',
    ].join('\n'),
  }),
];

// ── FHIR R4 Procedure resource shown as YAML (developer sandbox) ─────────────────────────────────────────────
const fhirYaml: Snippet[] = [
  ...lines({
    id: 's17-fyaml',
    kind: 's17-fhir-procedure-yaml',
    before: 'GET /fhir/Procedure?patient=[hidden] → application/fhir+yaml',
    text: [
      'resourceType: Procedure',
      'id: proc-[39620]',
      'status: completed',
      'code:',
      '  coding:',
      '    - system: http://www.ama-assn.org/go/cpt',
      '      code: "{64714}"',
      '      display: Neuroplasty, major peripheral nerve; lumbar plexus',
      '    - system: http://snomed.info/sct',
      '      code: "387713003"',
      'subject: { reference: Patient/[83054] }',
      'encounter: { reference: Encounter/[19689] }',
      'performedDateTime: 2026-11-19T10:12:00-08:00',
      'bodySite: [{ text: "lumbar plexus, left" }]',
      'note: [{ text: "Converted from {64712} after intra-op findings; see op note." }]',
    ].join('\n'),
  }),
];

// ── CMS Physician Fee Schedule search tool, "Payment Policy Indicators" view ────────────────────────────────
const mpfsInd: Snippet[] = [
  ...table({
    id: 's17-mpfsind',
    kind: 's17-mpfs-policy-indicators-view',
    caption: 'Physician Fee Schedule Look-Up · Year 2027 · MAC Locality 0210299 · Payment Policy Indicators',
    headers: [
      'HCPCS',
      'Mod',
      'Status',
      'PCTC',
      'Global',
      'Mult Surg',
      'Bilat Surg',
      'Asst Surg',
      'Co-Surg',
      'Team Surg',
      'Endo Base',
    ],
    rows: [
      ['{64712}', '', 'A', '0', '090', '2', '1', '1', '1', '0', ''],
      ['{64714}', '', 'A', '0', '090', '2', '0', '1', '1', '0', ''],
      ['{64632}', '', 'A', '0', '010', '2', '1', '2', '0', '0', ''],
      ['{64445}', '', 'A', '0', '000', '2', '1', '1', '0', '0', ''],
      ['{64612}', '', 'A', '0', '010', '2', '1', '1', '0', '0', ''],
    ],
  }),
  ...lines({
    id: 's17-mpfsind-foot',
    kind: 's17-mpfs-policy-indicators-view',
    before: 'Results 1–5 of 5',
    text: [
      'Searched: HCPCS range {64445}–{64714} · Modifier: All · Indicators only',
      'MAC: Noridian JF, contractor [02302] · Locality 99 (Rest of Oregon) · ZIP lookup used: [97330]',
      'CPT only copyright 2026 American Medical Association. Page views this session: [11734]',
    ].join('\n'),
  }),
];

// ── Commercial provider voucher (ERA PDF) with columns, shown as text rows ──────────────────────────────────
const voucher: Snippet[] = [
  ...table({
    id: 's17-voucher',
    kind: 's17-provider-voucher-columns',
    caption: 'PROVIDER VOUCHER · Check/EFT # 8804417 · Payee ID [61490] · Page 1 of 3',
    headers: ['PATIENT ACCT #', 'SERV DATE', 'PROC', 'UNITS', 'BILLED', 'ALLOWED', 'DEDUCT', 'COINS', 'PAID', 'RMK'],
    rows: [
      ['[23837]', '11/03/26', '{64714}RT', '1', '1850.00', '1309.20', '0.00', '261.84', '1047.36', ''],
      ['[23837]', '11/03/26', '{64445}-59', '1', '380.00', '0.00', '0.00', '0.00', '0.00', 'N12'],
      ['[90927]', '11/05/26', '{64632}', '2', '1280.00', '852.32', '0.00', '170.46', '681.86', ''],
      ['[90927]', '11/05/26', 'INTEREST', '0', '0.00', '0.00', '0.00', '0.00', '-12.50', 'INT'],
      ['PT-[64612]', '11/06/26', '{64612}', '1', '250.00', '171.11', '0.00', '0.00', '171.11', ''],
    ],
  }),
  ...lines({
    id: 's17-voucher-tot',
    kind: 's17-provider-voucher-columns',
    before: 'Claim totals',
    text: [
      'TOTALS  BILLED 5640.00  PAID 1887.83  ·  Payer Claim Control [00214]-[88503]-A',
      'Remark N12: Policy provides coverage supplemental to Medicare. Questions: call 1-800-555-0142 option 3, fax index [55667].',
    ].join('\n'),
  }),
];

// ── Independent Review Organization (IRO) external review decision letter ──────────────────────────────────
const iro: Snippet[] = [
  ...lines({
    id: 's17-iro',
    kind: 's17-iro-external-review-decision',
    before: 'MAXIMUS Federal — Notice of External Review Decision',
    text: [
      'IRO Case Number: EXT-2026-[36745]   Date of notice: November 27, 2026',
      'Health plan: Summit Choice HMO · Plan grievance no. G[52231] · Member ZIP [85016]',
      'Service in dispute: left sciatic neuroplasty, CPT {64712}, with ultrasound-guided block {64445} on the same date.',
      'The plan denied {64712} as not medically necessary and did not address {64445}.',
      'The reviewer, board-certified in orthopaedic surgery with 16 years of practice, found that {64712} is indicated.',
      'Decision: OVERTURNED for {64712}; UPHELD for {64445} (the block was performed for post-operative pain only).',
      'Reviewer credential ID [57314] · Review hours billed: 3.5 · Docket [62587]',
    ].join('\n'),
  }),
];

// ── California workers' comp PR-2 progress report, "Treatment plan / requests for authorization" ────────────
const pr2: Snippet[] = [
  ...lines({
    id: 's17-pr2',
    kind: 's17-wc-pr2-treatment-request',
    before: "PRIMARY TREATING PHYSICIAN'S PROGRESS REPORT (PR-2) · DWC Form PR-2",
    text: [
      'Claim number: 05-[77017]-WC   Employer: Harbor Freight Lines, Stockton CA [95206]',
      'WCAB case no. ADJ1240   Date of injury: 03/14/2026',
      'Treatment plan: request authorization for right sciatic nerve decompression (CPT {64712}-RT)',
      'and pre-operative diagnostic block {64445}-RT under ultrasound. If the block gives < 50% relief, {64712} will be withdrawn.',
      'MTUS guideline cited: ACOEM Ch. 12, p. 118 · RFA sent to claims adjuster, fax queue [30374]',
      'Work status: modified duty, no lifting > 25 lb. Next visit in 4 weeks.',
    ].join('\n'),
  }),
];

// ── MAC "Coding Questions" accordion article (WPS / Noridian style) ─────────────────────────────────────────
const macFaq: Snippet[] = [
  ...lines({
    id: 's17-macacc',
    kind: 's17-mac-coding-questions-accordion',
    before: 'Jurisdiction 8 Part B › Coverage › Coding Questions: Peripheral Nerve Procedures ▾',
    text: [
      '▸ Q1. May {64632} be billed once per interspace?',
      'A. Yes. Report {64632} once for each interspace treated; append RT/LT. Modifier 50 does not apply: a line billed {64632}-50 is returned as unprocessable.',
      '▸ Q2. Is +{64612} an add-on code?',
      'A. No. {64612} is a standalone chemodenervation code and must not be reported with a plus sign.',
      '▸ Q3. Can {64712}/{64714} be reported together?',
      'A. {64712}/{64714} are mutually exclusive at one session (NCCI modifier indicator 0).',
      'Article last updated 11/02/2026 · Article ID [34373] · Contractor numbers [08102] (IN), [08202] (MI)',
    ].join('\n'),
  }),
];

// ── Surgery waitlist / scheduling request queue (ASC scheduler) ─────────────────────────────────────────────
const waitlist: Snippet[] = [
  ...table({
    id: 's17-wait',
    kind: 's17-surgery-waitlist-queue',
    caption: 'Surgery Waitlist — Dr. Amrani — sorted by priority, then request date',
    headers: [
      'Req #',
      'Patient',
      'Priority',
      'Requested Procedure(s)',
      'Laterality',
      'Est. Min',
      'Auth Status',
      'Pref. Site ZIP',
    ],
    rows: [
      ['[20366]', 'Ruiz, M.', 'P2 – 4 wks', '{64712} Neuroplasty sciatic', 'R', '95', 'Approved', '[92103]'],
      ['[20371]', 'Tan, J.', 'P3 – 8 wks', '{64632} x2 interspaces', 'L', '30', 'Pending', '[92024]'],
      ['[20388]', 'Okafor, D.', 'P1 – urgent', '{64714}, {64445}', 'L', '120', 'Not required', '[92101]'],
      ['[20392]', 'Berg, L.', 'P3 – 8 wks', 'Botox facial {64612} (bilat)', 'B', '20', 'Approved', '[91942]'],
    ],
  }),
];

// ── Chargemaster export, pipe-delimited, prices in cents (CDM maintenance tool) ─────────────────────────────
const cdmPipe: Snippet[] = [
  ...lines({
    id: 's17-cdmpipe',
    kind: 's17-cdm-pipe-cents-export',
    before: 'cdm_extract_20261130.psv — first rows',
    text: [
      'CDM_NO|DEPT|REV_CD|HCPCS|MOD|DESCRIPTION|PRICE_CENTS|GL_ACCT|EFF_DT',
      '[36196]|PAIN|0361|{64712}||NEUROPLASTY SCIATIC OPEN|[98500]|[40785]|20270101',
      '[36197]|PAIN|0361|{64714}||NEUROPLASTY LUMBAR PLEXUS|[99850]|[40785]|20270101',
      '[36204]|PAIN|0361|{64632}|RT|DESTR PLANTAR DIG NERVE RT|[42000]|[40786]|20270101',
      '[36205]|PAIN|0510|{64445}||INJ ANES SCIATIC SINGLE|[31500]|[40786]|20270101',
      '[36211]|NEURO|0510|{64612}||CHEMODENERV FACIAL MUSC|[24403]|[45497]|20270101',
      '[64612]|PHARM|0636|J0585||ONABOTULINUMTOXINA 1 UNIT|[00820]|[45497]|20270101',
    ].join('\n'),
  }),
];

// ── Medicare front-end "Level 2" reject report from a MAC EDI gateway ───────────────────────────────────────
const feReject: Snippet[] = [
  ...lines({
    id: 's17-fer',
    kind: 's17-mac-frontend-reject-report',
    before: 'GATEWAY FRONT END REJECT REPORT — SUBMITTER ID A0712',
    text: [
      'BATCH [43630]  RECEIVED 11/28/26  CLAIMS 14  ACCEPTED 12  REJECTED 2',
      'ICN-LIKE REF 202633200   BENE MBI ***-**-8AB7   PROVIDER PTAN [13602]',
      'LINE 02  PROC {64632}  MOD 50  EDIT X220 MODIFIER 50 INVALID WITH PROCEDURE',
      'LINE 03  PROC {64612}  UNITS 0  EDIT U102 UNITS MUST BE GREATER THAN ZERO',
      'LINE 04  PROC {64445} 50  EDIT X220 MODIFIER 50 INVALID WITH PROCEDURE',
      'PATIENT CONTROL NO [77557]  TOTAL CHARGE 2380.00  REJECT CATEGORY A7',
      'RESUBMIT CORRECTED CLAIMS ONLY. GATEWAY SUPPORT TICKET [82527].',
    ].join('\n'),
  }),
];

// ── Coding CEU quiz, multiple choice with radio options ─────────────────────────────────────────────────────
const mcq: Snippet[] = [
  ...lines({
    id: 's17-mcq',
    kind: 's17-ceu-mcq-radio-options',
    before: 'Module 7 Knowledge Check · Question 3 of 10',
    text: [
      'A surgeon frees the sciatic nerve from scar tissue through an open posterior thigh incision. Which code applies?',
      '◯ A. {64714}',
      '◯ B. {64712}',
      '◯ C. {64445}',
      '◯ D. {64632}',
      'Correct answer: B — {64712}. {64714} is the lumbar plexus; {64445} is an injection, not a neuroplasty.',
      'Your score: 7/10 · Attempt ID [29136] · CEU approval index [53844]',
    ].join('\n'),
  }),
];

// ── EHR Chart Review, Procedures tab (grid) ───────────────────────────────────────────────────────────────
const chartProc: Snippet[] = [
  ...table({
    id: 's17-chartproc',
    kind: 's17-ehr-chart-review-procedures-tab',
    caption: 'Chart Review › Procedures · Filter: Last 2 years · 6 results',
    headers: ['Date', 'Procedure', 'Code', 'Order #', 'Performed By', 'Dept', 'Status'],
    rows: [
      ['11/24/2026', 'NEUROPLASTY SCIATIC NERVE', '{64712}', '[81762]', 'AMRANI, Y', 'NWH ASC', 'Completed'],
      ['11/24/2026', 'NERVE BLOCK SCIATIC', '{64445}', '[81763]', 'LUNDQVIST, P', 'NWH ASC', 'Completed'],
      ['06/02/2026', 'CHEMODENERVATION FACIAL NERVE', '{64612}', '[63175]', 'OKONJO, R', 'NEURO', 'Completed'],
      ['02/11/2026', 'DESTRUCTION PLANTAR NERVE', '{64632}', '[63859]', 'PAK, S', 'PODIATRY', 'Canceled'],
    ],
  }),
];

// ── Payer portal remittance search, active filter chips and result summary ──────────────────────────────────
const chips: Snippet[] = [
  ...lines({
    id: 's17-chips',
    kind: 's17-remit-search-filter-chips',
    before: 'Remittance Search',
    text: [
      'Filters:  Procedure code: {64714} ✕   Provider TIN: ••••[41393] ✕   Paid date: last 90 days ✕   Clear all',
      'Filters:  Procedure code: {64632} ✕   Check # [35683] ✕',
      '3 payments match · total 4,118.20 · showing 1–3',
      'EFT [51095] · 10/30/2026 · 1,309.20 · 1 claim with {64714}-LT',
      'EFT [51621] · 11/13/2026 · 2,127.64 · 2 claims, lines {64714} and {64632}',
      'Portal session expires in 04:59 · Help article [91639]',
    ].join('\n'),
  }),
];

// ── Payer "what-if" claim edit simulator output ─────────────────────────────────────────────────────────────
const whatif: Snippet[] = [
  ...lines({
    id: 's17-whatif',
    kind: 's17-claim-edit-simulator',
    before: 'Clear Claim Connection™ — Results for scenario #73581',
    text: [
      'Submitted lines: 1) {64712}-RT   2) {64445}-RT   3) +{64612}',
      'Line 2: {64445} is disallowed when billed with {64712} on the same date of service (bundled, modifier allowed).',
      'Line 3: {64612} — add-on indicator not applicable; remove the "+" prefix and resubmit. Recommended: {64612} as its own line.',
      'Rule source: NCCI PTP v331r0, edit pair {64712}/{64445}. Simulator build [58985], patient age entered 47, POS 22, payer plan [89782].',
    ].join('\n'),
  }),
];

// ── Paper superbill, OCR text of a two-column checkbox form ──────────────────────────────────────────────────
const superOcr: Snippet[] = [
  ...lines({
    id: 's17-sbocr',
    kind: 's17-superbill-ocr-two-column',
    before: 'scan_0047.pdf — OCR text layer (page 2)',
    text: [
      'NERVE PROCEDURES                    CPT     |  INJECTIONS / BLOCKS              CPT',
      '[X] Neuroplasty, sciatic            {64712}   |  [ ] Sciatic nerve block, single   {64445}',
      '[ ] Neuroplasty, lumbar plexus      {64714}   |  [X] Chemodenervation, facial      {64612}',
      '[ ] Destruction, plantar digital    {64632}   |  [ ] Units ____',
      'Acct# [86730]  Ins ID XJG-[44941]-02  Ref. physician UPIN —  Office ZIP [60614]-3310',
      'Next appt:  ☐ 2 wks  ☒ 6 wks    Copay collected $40   Form rev. 10/2024',
    ].join('\n'),
  }),
];

// ── Hospital billing transaction inquiry (label: value detail screen) ───────────────────────────────────────
const hbTx: Snippet[] = [
  ...table({
    id: 's17-hbtx',
    kind: 's17-hb-transaction-inquiry',
    caption: 'HB Transaction Inquiry — HAR [50459] — Tx detail',
    headers: ['Field', 'Value'],
    rows: [
      ['Transaction ID', '[84218]'],
      ['Charge code (CDM)', '[36196]'],
      ['CPT®/HCPCS', '{64712}'],
      ['Modifiers', 'RT, 59'],
      ['Revenue code', '0361'],
      ['Quantity', '1'],
      ['Amount', '9,850.00'],
      ['Cost center', '[75240]'],
      ['Posting batch', '[97937]'],
      ['Linked professional charge', '{64712}-26'],
      ['Hospital account class', 'Surgery Admit'],
      ['Service area ZIP', '[98122]'],
    ],
  }),
];

// ── Payer provider manual appendix, codes with footnote superscripts ────────────────────────────────────────
const manualFn: Snippet[] = [
  ...lines({
    id: 's17-manfn',
    kind: 's17-provider-manual-footnoted-list',
    before: 'Provider Manual 2027 · Appendix C — Outpatient Surgical Procedures Requiring Notification',
    text: [
      'Peripheral nerve: {64712}¹, {64714}¹, {64632}²',
      'Nerve blocks, diagnostic: {64445}³',
      'Chemodenervation: {64612}⁴ (see also drug policy RX-[14791])',
      '¹ Notification only for place of service 22 or 24. ² Limited to two interspaces per foot per 365 days.',
      '³ No notification when billed with {64712} on the same claim. ⁴ Drug requires separate PA.',
      'Appendix C effective January 1, 2027 · Manual section 11.4 · Document control [26279]',
    ].join('\n'),
  }),
];

// ── Brief operative note (immediate post-op template) ──────────────────────────────────────────────────────
const briefOp: Snippet[] = [
  ...lines({
    id: 's17-briefop',
    kind: 's17-brief-op-note-template',
    before: 'BRIEF OPERATIVE NOTE — filed 11/24/2026 11:48',
    text: [
      'Pre-op diagnosis: sciatic neuropathy, right (G57.01)',
      'Procedure(s): Right sciatic neurolysis, open ({64712}-RT); ultrasound-guided sciatic block by anesthesia ({64445})',
      'Surgeon: Amrani · Assistant: none · Anesthesia: general + regional',
      'EBL: 50 mL · Specimens: none · Drains: none',
      'Implants: nerve wrap, lot [33851]-B, ref NW-[15344], exp 2029-04',
      'Disposition: PACU, stable. Case # [48498] · OR room 7 · Pager [27490]',
    ].join('\n'),
  }),
];

// ── CMS PFS Addendum E, GPCI rows by locality (with the example calc below the table) ───────────────────────
const gpciE: Snippet[] = [
  ...table({
    id: 's17-gpcie',
    kind: 's17-gpci-addendum-e-rows',
    caption: 'ADDENDUM E. — FINAL CY 2027 GEOGRAPHIC PRACTICE COST INDICES (GPCIs) BY STATE AND MEDICARE LOCALITY',
    headers: [
      'Medicare Administrative Contractor (MAC)',
      'State',
      'Locality Number',
      'Locality Name',
      '2027 PW GPCI (with 1.0 floor)',
      '2027 PE GPCI',
      '2027 MP GPCI',
    ],
    rows: [
      ['[02302]', 'OR', '01', 'PORTLAND', '1.013', '1.068', '0.892'],
      ['[02302]', 'OR', '99', 'REST OF OREGON', '1.000', '0.984', '0.883'],
      ['[02402]', 'WA', '02', 'SEATTLE (KING CNTY)', '1.040', '1.171', '0.886'],
      ['[01182]', 'CA', '18', 'LOS ANGELES', '1.051', '1.193', '0.733'],
      ['[12502]', 'PA', '01', 'METROPOLITAN PHILADELPHIA', '1.022', '1.062', '1.402'],
    ],
  }),
  ...lines({
    id: 's17-gpcie-ex',
    kind: 's17-gpci-addendum-e-rows',
    before: 'Table note',
    text: [
      'Example: for {64712} in MAC [02402], locality 02, the work RVU is multiplied by the PW GPCI of 1.040.',
      'Source file: GPCI2027.zip, [83643] rows in the national payment file; ZIP-to-locality file has [42002] ZIP codes.',
    ].join('\n'),
  }),
];

// ── Radiology/pain benefit manager PA list, one column per state ────────────────────────────────────────────
const paStates: Snippet[] = [
  ...table({
    id: 's17-pastate',
    kind: 's17-pa-list-state-columns',
    caption: 'Interventional Pain Program — Codes Requiring Prior Authorization by State (Commercial) — rev. 2027-01',
    headers: ['CPT', 'Description', 'AZ', 'CO', 'GA', 'NV', 'TX', 'Notes'],
    rows: [
      ['{64445}', 'Inj anes sciatic nerve', 'Y', 'Y', 'N', 'Y', 'Y', ''],
      ['{64632}', 'Destr plantar dig nerve', 'N', 'Y', 'Y', 'N', 'Y', 'Per foot'],
      ['{64712}', 'Neuroplasty sciatic', 'Y', 'Y', 'Y', 'Y', 'Y', 'Site of care review'],
      ['{64714}', 'Neuroplasty lumbar plexus', 'Y', 'N', 'Y', 'Y', 'N', 'Added 04/01'],
      ['{64612}', 'Chemodenerv facial', 'N', 'N', 'N', 'N', 'Y', 'TX HMO [85462] only'],
    ],
  }),
];

// ── Payer portal eligibility: procedure-level coverage check result ─────────────────────────────────────────
const procCov: Snippet[] = [
  ...lines({
    id: 's17-proccov',
    kind: 's17-eligibility-procedure-coverage-check',
    before: 'Benefits & Eligibility › Check a procedure',
    text: [
      'Member ID ****[68704] · Group [12100] · Plan: Choice PPO 2500',
      'Procedure code entered: {64632}   Place of service: 11 (Office)   Diagnosis: G57.62',
      'Result: Covered · Prior authorization: Not required · Cost share: deductible then 20% coinsurance',
      'Remaining deductible: $1,140.00 of $2,500.00 · Out-of-pocket met: $1,360',
      'Also check related procedure: {64445}  (covered, no PA)  ·  {64712}  (PA required — submit through portal)',
      'Reference # for this inquiry: [56133] · Provider ZIP on file [30309]',
    ].join('\n'),
  }),
];

// ── Appeal filing deadlines, agenda-style calendar list (denials team) ─────────────────────────────────────
const deadlines: Snippet[] = [
  ...lines({
    id: 's17-apdl',
    kind: 's17-appeal-deadline-agenda',
    before: 'Appeals calendar · Agenda view · Dec 2026',
    text: [
      'Tue Dec 1  ·  Level 1 appeal due — claim 26C9913800412, Aetna, line {64714} denied CO-50',
      'Tue Dec 1  ·  Reconsideration due — MBI ending 8AB7, Noridian, {64712}-RT (CARC 197)',
      'Wed Dec 2  ·  Corrected claim window closes — acct [88231], {64632} billed x3 should be x2',
      'Thu Dec 3  ·  Records request due — ADR letter [70215], auditor UPIC, 12 claims',
      'Fri Dec 4  ·  Member-initiated appeal (no action) — grievance [33019]',
      'Mon Dec 7  ·  External review window — IRO case [36745], {64445}',
      'Mon Dec 7  ·  Conference room 4B booked, dial-in [71940] #',
      'Tue Dec 8  ·  Contract renewal — BCBS agreement no. [64612], fee exhibit due',
    ].join('\n'),
  }),
];

// ── Coder notification center dropdown ──────────────────────────────────────────────────────────────────────
const notif: Snippet[] = [
  ...lines({
    id: 's17-notif',
    kind: 's17-coder-notification-dropdown',
    before: '🔔 Notifications (6 unread)',
    text: [
      'Charge held: {64714} on HAR [50462] is missing laterality · 2m',
      'Your query to Dr. Amrani on encounter [77123] was answered · 14m',
      'Edit cleared: {64612} units corrected to 1 · 1h',
      'Batch [60218] posted: 48 charges, amount held (cents) [31207]',
      'New comment on ticket CDM-[41885]: "please add {64632} to the podiatry favorites"',
      'Scheduled maintenance Saturday 02:00–04:00 · job [90112]',
    ].join('\n'),
  }),
];

// ── Coding query to a surgeon and the reply (pro-fee coding query) ──────────────────────────────────────────
const query: Snippet[] = [
  ...lines({
    id: 's17-pfquery',
    kind: 's17-profee-coding-query-reply',
    before: 'Coding Query · Encounter [hidden] · Status: Answered',
    text: [
      'To: Y. Amrani, MD   From: coding (ext. [48830])   Re: DOS 11/24/2026, account [77124]',
      'The note documents neurolysis of the sciatic nerve, which supports {64712}. It also mentions "lumbar plexus exploration."',
      'Please clarify: was a separate lumbar plexus neuroplasty performed ({64714}), or was the plexus only inspected?',
      '☐ Yes, {64714} performed   ☒ No, inspection only   ☐ Unable to determine',
      'Provider reply: "Inspection only through the same incision." Signed 11/25/2026 08:14, e-sig token [92617]',
      'Final codes: {64712}-RT, {64445} (anesthesia, billed separately)',
    ].join('\n'),
  }),
];

// ── Clearinghouse claim history timeline ────────────────────────────────────────────────────────────────────
const timeline: Snippet[] = [
  ...lines({
    id: 's17-chtl',
    kind: 's17-clearinghouse-claim-timeline',
    before: 'Claim history · PCN [hidden] · Payer: UHC',
    text: [
      '● 11/25 09:02  Created from practice file upload [19523] (3 service lines: {64712}, {64445}, {64612})',
      '● 11/25 09:03  Scrubber: 1 warning — {64445} with {64712} may need modifier 59 or XU',
      '● 11/25 09:40  Sent to payer ID [87726] in interchange [40917]',
      '● 11/25 11:15  277CA accepted, payer claim # [52908]-0311',
      '● 11/29 06:30  835 received: paid {64712}, denied {64445} (CO-97), paid {64612}',
      '● 11/29 06:31  Auto-posted to ledger account [11020] · remittance batch [38441]',
    ].join('\n'),
  }),
];

// ── Procedure volume pivot, code × month (spreadsheet) ──────────────────────────────────────────────────────
const pivot: Snippet[] = [
  ...table({
    id: 's17-pivot',
    kind: 's17-volume-pivot-code-by-month',
    caption: 'Sum of Charges ($) · Rows: CPT · Columns: Month of Service · Filter: Department = PAIN',
    headers: ['Row Labels', 'Sep', 'Oct', 'Nov', 'Grand Total'],
    rows: [
      ['{64445}', '[15580]', '[14440]', '[16720]', '[46740]'],
      ['{64612}', '3000', '2250', '3750', '9000'],
      ['{64632}', '4480', '7040', '3840', '[15360]'],
      ['{64712}', '[29550]', '[49250]', '[39400]', '118200'],
      ['{64714}', '9985', '0', '[19970]', '[29955]'],
      ['Grand Total', '[62595]', '[72980]', '[83680]', '219255'],
    ],
  }),
];

// ── Denial work queue SLA / aging buckets summary (RCM dashboard) ──────────────────────────────────────────
const wqAging: Snippet[] = [
  ...table({
    id: 's17-wqage',
    kind: 's17-denial-wq-aging-buckets',
    caption: 'Work Queue Summary · As of 12/01/2026 06:00 · Amounts in whole dollars',
    headers: ['WQ ID', 'Work Queue', 'Items', '0-30', '31-60', '61-90', '90+', 'Total $', 'Top CPT'],
    rows: [
      [
        '[70614]',
        'PB Denials – Medical Necessity',
        '212',
        '[41877]',
        '[23906]',
        '9150',
        '[12288]',
        '[87221]',
        '{64712}',
      ],
      ['[70615]', 'PB Denials – Bundling/NCCI', '158', '[30452]', '[18770]', '6410', '2215', '[57847]', '{64445}'],
      ['[70622]', 'HB Denials – Auth Missing', '47', '[66130]', '[24018]', '[10402]', '0', '100550', '{64714}'],
      ['[70630]', 'Credentialing holds', '19', '8820', '4105', '0', '0', '[12925]', '{64632}'],
    ],
  }),
];

// ── EHR patient header and demographics sidebar ─────────────────────────────────────────────────────────────
const ptHeader: Snippet[] = [
  ...lines({
    id: 's17-pthdr',
    kind: 's17-ehr-patient-header-sidebar',
    before: 'Patient banner',
    text: [
      'HALVORSEN, Ingrid · 68 y.o. F · MRN E3011742 · CSN [88126]',
      'Home: 881 Bay St, Seattle WA [98109]-4410 · ☎ (206) 555-0187',
      'PCP: Dr. Lee (NPI ending [19044]) · Coverage: Medicare Part B / AARP Supplement F',
      'Allergies: Sulfa · Code status: Full · Isolation: none',
      'Surgical hx: R sciatic neurolysis 11/24/2026 ({64712}) · L Morton neuroma destruction 02/2026 ({64632})',
      'Care team pager [27188] · FYI flags: 2 · Preferred pharmacy store #[64714]',
    ].join('\n'),
  }),
];

// ── MAC contact directory page (mailing addresses, fax, contractor numbers) ────────────────────────────────
const macDir: Snippet[] = [
  ...lines({
    id: 's17-macdir',
    kind: 's17-mac-contact-directory',
    before: 'Contact Us › Jurisdiction F Part B',
    text: [
      'Contractor numbers: [02102] (AK), [02202] (ID), [02402] (WA), [03102] (AZ)',
      'Redeterminations: Noridian JF Part B, Attn: Appeals, PO Box 6783, Fargo ND [58108]-6783',
      'Written inquiries: PO Box 6775, Fargo ND [58108]-6775 · Fax 1-701-555-0110',
      'Overnight: 900 42nd St S, Fargo ND [58103]',
      'Provider Contact Center: 1-877-555-0199 · IVR transaction code for claim status: press 2, then enter the 13-digit ICN',
      'Questions about {64612} with drug code J0585? See the chemodenervation article, ID [57622].',
      'Site feedback reference [46120]',
    ].join('\n'),
  }),
];

export const sealed17: Snippet[] = [
  ...x837,
  ...x835,
  ...oru,
  ...ptp,
  ...cda,
  ...fhirYaml,
  ...mpfsInd,
  ...voucher,
  ...iro,
  ...pr2,
  ...macFaq,
  ...waitlist,
  ...cdmPipe,
  ...feReject,
  ...mcq,
  ...chartProc,
  ...chips,
  ...whatif,
  ...superOcr,
  ...hbTx,
  ...manualFn,
  ...briefOp,
  ...gpciE,
  ...paStates,
  ...procCov,
  ...deadlines,
  ...notif,
  ...query,
  ...timeline,
  ...pivot,
  ...wqAging,
  ...ptHeader,
  ...macDir,
];
