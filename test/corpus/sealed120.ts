import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 120. Written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these snippets. Its page
 * shapes (`kind`, prefixed `s120-`) appear in no other corpus file. Score it once; do not edit a snippet to make the
 * detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, engagement, sample, account, finding, provider, ticket, CDM and invoice numbers, RAT-STATS seeds, frame
 * sizes and dollar amounts. The five known codes' digits come back as decoys: the engagement number (letter, tool
 * path, file names, e-mail folder), a patient account, a chargemaster item, a record-request ticket, the firm's
 * invoice number, a rendering provider number and a MAC document control number.
 *
 * Family: an external coding audit firm engaged by a hospital's compliance department: the engagement letter (header,
 * scope, fees and signatures), the medical record request memo and tracker, the sample methodology and stratified
 * frame, the RAT-STATS stratified random numbers output, the audit sample list (grid and CSV export), a sampled claim's 837I service lines, the auditor's line-by-line findings worksheet
 * (billed vs audited code, modifier, units, rationale), its rationale notes, a single-finding card and the audit
 * tool's finding JSON, the error-rate summaries by code and by provider, the exit conference agenda and slides as
 * text, the management response memo and corrective action table, a CDM correction request, the rebill/void
 * worksheet, the extrapolation (RAT-STATS variable appraisal output and the refund calculation table), the 60-day-rule
 * repayment letter to the MAC (header, body, claim listing, overpayment refund form), the education plan and its
 * session schedule, the post-education re-audit results, the compliance case tracker, the auditor's transmittal
 * e-mail, the firm's invoice (header and line items) and the hospital's accounts payable remittance stub.
 * Built on real public layouts: the OIG self-disclosure / RAT-STATS "stratified variable appraisal" output (sample
 * size, universe size, point estimate, 90% two-sided confidence bounds), CMS MAC voluntary overpayment refund forms
 * (provider name, PTAN, NPI, claim number, HCPCS, reason code, amount), the X12 837I SV2 service line
 * (SV2*revenue*HC:code:modifier), and audit-firm findings worksheets (billed/audited CPT, modifier, units, agree/
 * disagree, rationale with a coding-guideline citation). The others are written the way those pages read.
 *
 * 342 labelled tokens over 37 shapes: 181 codes, 161 decoys, 59 of the decoys in KNOWN_10K. The known codes are
 * marked as codes 144 times; their digits come back as decoys 18 times.
 */

// ── 1. Engagement letter, letterhead and addresses (text layer, decoy heavy) ──
const engageHead = lines({
  id: 's120-enghead',
  kind: 's120-engagement-letter-letterhead-text',
  before: 'Keystone Coding Integrity Partners, LLC — Healthcare Compliance Audit Services',
  text: [
    '250 West Court Street, Suite 400, Cincinnati, OH [45204]',
    'January 6, 2025 — Engagement No. KCIP-[64445]',
    'Ms. Dana Whitfield, CHC, Chief Compliance Officer',
    'Scioto Valley Medical Center, 1450 Hospital Drive, Columbus, OH [43224]',
    'Re: Outpatient coding and billing review, peripheral nerve procedures (client no. [10432])',
    'Please direct questions to our engagement manager at 513-555-0174 or to PO Box [20487], Cincinnati, OH [45201].',
  ].join('\n'),
});

// ── 2. Engagement letter, scope of services (prose) ──
const engageScope = lines({
  id: 's120-engscope',
  kind: 's120-engagement-letter-scope-prose',
  before: 'Scope of Services',
  text: [
    'We will review hospital outpatient claims (TOB 013X) with dates of service from 01/01/2024 through 12/31/2024',
    'that report CPT {64712}, {64714}, {64632}, {64445} or {64612}, together with any line billed on the same claim.',
    'Neuroplasty codes {64704} through {64727} and destruction codes {64630} to {64640} found on sampled claims will be reviewed as well.',
    'Image guidance ({76942}, {77002}) and EMG guidance ({95874}) billed with chemodenervation will be tested for separate reportability.',
    'The review is performed under attorney-client privilege at the direction of counsel (matter [53108]).',
    'Fees are estimated at 86 to 94 hours; see the fee schedule in Appendix B, rate card [28613].',
  ].join('\n'),
});

// ── 3. Sample methodology section (text) ──
const methodology = lines({
  id: 's120-method',
  kind: 's120-sample-methodology-section-text',
  before: 'Appendix A — Sampling Methodology',
  text: [
    'Universe: all paid outpatient claim lines for the target codes, extracted from the 835 remittance file (extract id [60518]).',
    'The frame holds 1,942 claims and [11846] lines after excluding zero-paid and denied lines.',
    'A statistically valid random sample (SVRS) of 100 claims was drawn with RAT-STATS 2019, random number seed [62419].',
    'Claims were stratified by the highest-paid target code: stratum 1 {64712}/{64714}, stratum 2 {64445}, stratum 3 {64632}/{64612}.',
    'Each sampled claim is reviewed in full; overpayment is the paid amount of the line less the amount due for the audited code.',
    'Confidence: 90% two-sided, lower bound used for repayment (OIG Provider Self-Disclosure Protocol, rev. [11020]).',
  ].join('\n'),
});

// ── 4. Stratified sampling frame table ──
const frame = table({
  id: 's120-frame',
  kind: 's120-sampling-frame-strata-grid',
  caption: 'Table A-1. Sampling frame by stratum',
  headers: ['Stratum', 'Defining CPT', 'Frame claims', 'Frame lines', 'Frame paid ($)', 'Sample claims'],
  rows: [
    ['1', '{64712}, {64714}', '412', '2,310', '[84417].60', '34'],
    ['2', '{64445}', '1,006', '[60544]', '[93201].15', '38'],
    ['3', '{64632}, {64612}', '524', '1,226', '[41978].02', '28'],
    ['Total', '', '1,942', '[11846]', '219,596.77', '100'],
  ],
});

// ── 5. RAT-STATS random number output (text layer) ──
const ratstats = lines({
  id: 's120-rats',
  kind: 's120-ratstats-random-numbers-output-text',
  before: 'RAT-STATS 2019 — Stratified Random Numbers',
  text: [
    'Audit/Review: SVMC OP NERVE CY2024     Date: 01/14/2025   Time: 10:42',
    'Seed: [62419]     Frame size, stratum 1: 412     Sample size: 34',
    'Order  Value     Order  Value     Order  Value',
    '    1    17        2    58        3   106',
    'Frame file: SVMC_NERVE_[60518].xlsx   Output file: KCIP_[64445]_SVRS.txt',
  ].join('\n'),
});

// ── 6. Audit sample list (grid) ──
const sampleList = table({
  id: 's120-sample',
  kind: 's120-audit-sample-list-grid',
  caption: 'Audit Sample List — 100 claims (stratum, sample no., patient account, DOS, billed HCPCS)',
  headers: ['Smpl', 'Strat', 'Pt Acct', 'DOS', 'HCPCS billed', 'Paid'],
  rows: [
    ['001', '1', '[64714]', '02/08/2024', '{64712}-RT', '$1,842.10'],
    ['002', '1', '[38115]', '02/21/2024', '{64714}, {64712}', '$3,017.44'],
    ['017', '2', '[71230]', '03/05/2024', '{64445}', '$412.80'],
    ['023', '2', '[61884]', '04/11/2024', '{64445}, {76942}', '$498.35'],
    ['058', '3', '[45779]', '06/27/2024', '{64632} x2', '$611.20'],
    ['071', '3', '[45523]', '08/02/2024', '{64612}-50', '$702.66'],
    ['094', '3', '[29036]', '11/19/2024', '{64612}, {95874}', '$538.90'],
  ],
});

// ── 7. Sample list CSV export ──
const sampleCsv = lines({
  id: 's120-samplecsv',
  kind: 's120-sample-list-csv-export',
  before: 'SVMC_sample_list_final.csv',
  text: [
    'sample_no,stratum,acct,icn,dos,rev_cd,hcpcs,mod,units,paid_amt',
    '003,1,[50316],2224039118220,2024-02-26,0360,{64712},LT,1,1798.55',
    '004,1,[52209],2224046301107,2024-03-01,0360,{64714},,1,2204.10',
    '031,2,[63552],2224130877002,2024-05-09,0370,{64445},,1,388.40',
    '062,3,[44773],2224201559310,2024-07-16,0361,{64632},T4,1,305.60',
    '077,3,[61625],2224255012214,2024-09-03,0361,{64612},RT,1,351.33',
  ].join('\n'),
});

// ── 8. Sampled claim, 837I service lines ──
const claim837 = lines({
  id: 's120-837i',
  kind: 's120-sampled-claim-837i-service-lines',
  before: 'Sample 002 — 837I as submitted (acct 38115)',
  text: [
    'CLM*[38115]-0221*3017.44***13:A:1**A*Y*Y~',
    'LX*1~',
    'SV2*0360*HC:{64714}*2104.20*UN*1~',
    'LX*2~',
    'SV2*0360*HC:{64712}:RT*1468.00*UN*1~',
    'LX*3~',
    'SV2*0370*HC:{64445}*390.00*UN*1~',
    'REF*EA*[38115]~',
  ].join('\n'),
});

// ── 9. Findings worksheet, line by line (grid) ──
const findings = table({
  id: 's120-findings',
  kind: 's120-findings-worksheet-billed-audited-grid',
  caption: 'Findings Worksheet — line-level results (auditor: M. Okafor, CPC, CIRCC)',
  headers: ['Smpl', 'Line', 'Billed CPT', 'Audited CPT', 'Mod B/A', 'Units B/A', 'Result', 'Rationale'],
  rows: [
    [
      '001',
      '1',
      '{64712}',
      '{64712}',
      'RT/RT',
      '1/1',
      'Agree',
      'Op note supports external neurolysis of sciatic nerve',
    ],
    [
      '002',
      '1',
      '{64714}',
      '{64712}',
      '--/RT',
      '1/1',
      'Disagree',
      'No lumbar plexus exposure; sciatic only at sciatic notch',
    ],
    ['002', '2', '{64712}', 'Not billable', 'RT/--', '1/0', 'Disagree', 'Duplicate of corrected line 1'],
    ['002', '3', '{64445}', 'Bundled', '--/--', '1/0', 'Disagree', 'Block by surgeon is included in {64712} global'],
    ['023', '2', '{76942}', '{76942}', '--/--', '1/1', 'Agree', 'Permanent image retained in PACS'],
    ['058', '1', '{64632}', '{64632}', 'T4/T4', '2/1', 'Disagree', 'One nerve, one unit; 2nd injection same nerve'],
    ['071', '1', '{64612}', '{64612}', '50/RT', '1/1', 'Disagree', 'Left side not documented; report unilateral'],
    ['094', '2', '{95874}', '{95874}', '--/--', '1/1', 'Agree', 'Needle EMG guidance documented'],
    [
      '088',
      '1',
      '{64640}',
      '{64632}',
      '--/T2',
      '1/1',
      'Disagree',
      'Plantar common digital nerve: use {64632}, not {64640}',
    ],
  ],
});

// ── 10. Findings worksheet rationale notes (free text) ──
const rationale = lines({
  id: 's120-notes',
  kind: 's120-findings-rationale-notes-text',
  before: 'Auditor notes, samples 031–047 (stratum 2)',
  text: [
    "031: Sciatic block performed by anesthesia for post-op pain; {64445} supported, separate from surgeon's {27447}.",
    '034: Billed {64445} but note describes catheter placement with infusion — audited to {64446}.',
    '038: Popliteal approach documented; {64445} correct. Patient account [81377] has a second DOS not in sample.',
    '041: No procedure note in the record set (request ticket [64632]); line denied in full.',
    '045: Ultrasound guidance billed separately with {64445} — allowed, image and interpretation present.',
    '047: Chart lists {64447} (femoral) and {64445}; only the sciatic block appears in the MAR. Remove {64447}.',
  ].join('\n'),
});

// ── 11. Single finding card (dt/dd layout, text) ──
const findingCard = lines({
  id: 's120-card',
  kind: 's120-single-finding-detail-card',
  before: 'Finding F-43362 — Sample 071',
  text: [
    'Billed: {64612}-50 × 1 unit',
    'Audited: {64612}-RT × 1 unit',
    'Paid: $702.66   Due: $351.33   Overpaid: $351.33',
    'Guideline: CPT Assistant, chemodenervation of facial nerve is unilateral; bilateral per NCCI MUE adjudication indicator.',
    'Provider no. [64612] (Dr. L. Brandt, Neurology)   Reviewer ID [43293]',
  ].join('\n'),
});

// ── 12. Audit tool finding record, JSON ──
const findingJson = lines({
  id: 's120-json',
  kind: 's120-audit-tool-finding-json-record',
  before: 'GET /api/v2/engagements/KCIP-64445/findings/F-44615',
  text: [
    '{ "finding_id": "F-[44615]", "sample_no": "058", "account": "[45779]",',
    '  "billed": { "cpt": "{64632}", "modifier": "T4", "units": 2 },',
    '  "audited": { "cpt": "{64632}", "modifier": "T4", "units": 1 },',
    '  "paid": 611.20, "due": 305.60, "variance": 305.60, "zip": "[43085]",',
    '  "related_codes": ["{28080}", "{64455}"], "reviewer_id": "[43293]" }',
  ].join('\n'),
});

// ── 13. Error-rate summary by code (grid) ──
const errByCode = table({
  id: 's120-errcode',
  kind: 's120-error-rate-summary-by-code-grid',
  caption: 'Table 3. Coding accuracy by billed CPT (claim-line basis)',
  headers: ['CPT', 'Lines reviewed', 'Lines in error', 'Line error rate', 'Dollars paid', 'Dollars in error'],
  rows: [
    ['{64712}', '41', '6', '14.6%', '$71,026.50', '$9,118.40'],
    ['{64714}', '12', '7', '58.3%', '$25,410.00', '$[13204]'],
    ['{64445}', '49', '9', '18.4%', '$[19117].60', '$3,402.80'],
    ['{64632}', '22', '8', '36.4%', '$6,722.00', '$2,444.80'],
    ['{64612}', '17', '5', '29.4%', '$5,974.11', '$1,756.65'],
    ['{95874}', '11', '0', '0.0%', '$1,012.00', '$0.00'],
  ],
});

// ── 14. Error-rate summary by provider (grid) ──
const errByProv = table({
  id: 's120-errprov',
  kind: 's120-error-rate-by-provider-grid',
  caption: 'Table 4. Error rate by rendering provider',
  headers: ['Prov #', 'Provider', 'Specialty', 'Claims', 'Errors', 'Rate', 'Top error'],
  rows: [
    ['[60913]', 'Haddad, R., MD', 'Orthopaedic surgery', '21', '9', '42.9%', '{64714} for {64712}'],
    ['[64612]', 'Brandt, L., MD', 'Neurology', '14', '5', '35.7%', 'Mod 50 on {64612}'],
    ['[62609]', 'Osei, K., DPM', 'Podiatry', '19', '8', '42.1%', 'Units on {64632}'],
    ['[38507]', 'Lindqvist, E., MD', 'Anesthesiology', '31', '4', '12.9%', '{64445} vs {64446}'],
    ['[61720]', 'Park, S., CRNA', 'Anesthesia', '15', '2', '13.3%', 'Block by surgeon billed'],
  ],
});

// ── 15. Exit conference agenda (text) ──
const exitAgenda = lines({
  id: 's120-agenda',
  kind: 's120-exit-conference-agenda-text',
  before: 'Exit Conference — Scioto Valley Medical Center — March 18, 2025, 2:00 pm, Board Room B',
  text: [
    'Dial-in: 1-866-555-0190, access code [70482]#',
    '2:00  Welcome and privilege reminder (Outside Counsel, matter [53108])',
    '2:10  Sample design and error rates (Keystone)',
    '2:35  Neuroplasty findings — {64714} vs {64712} (Keystone, Dr. Haddad)',
    '2:55  Units and modifiers — {64632}, {64612} (Keystone, Podiatry, Neurology)',
    '3:15  Extrapolation, 60-day rule and next steps (Compliance, case CMP-[25118])',
  ].join('\n'),
});

// ── 16. Exit conference slides as text ──
const slides = lines({
  id: 's120-slides',
  kind: 's120-exit-conference-slides-text',
  before: 'Keystone Coding Integrity Partners | Confidential — prepared at the direction of counsel',
  text: [
    'Slide 4 — Overall results: 100 claims, 168 lines, 47 lines in error, claim accuracy 71%',
    'Slide 5 — Neuroplasty: 7 of 12 lines of {64714} should have been {64712}; lumbar plexus exposure not documented',
    'Slide 6 — Blocks: {64445} by the operating surgeon is bundled; continuous catheters are {64446}, not {64445}',
    'Slide 7 — Plantar digital neurolysis {64632}: one unit per nerve, not per injection; Morton neuroma excision is {28080}',
    'Slide 8 — Chemodenervation {64612}: RT/LT, not -50; {64615} is for migraine protocol only',
    'Slide 9 — Estimated overpayment (lower bound): $[61337] — repayment due within 60 days of quantification',
    'Keystone | 250 W Court St | Cincinnati OH [45204] | slide master v[10228]',
  ].join('\n'),
});

// ── 17. Management response memo (text) ──
const mgmtMemo = lines({
  id: 's120-mgmt',
  kind: 's120-management-response-memo-text',
  before:
    'MEMORANDUM — To: Audit & Compliance Committee; From: VP Revenue Cycle; Re: Management response, report KCIP-64445',
  text: [
    'Management agrees with findings 1 through 4 and partially agrees with finding 5.',
    'Finding 1: the CDM default for the neuroplasty charge (item [64714]) mapped to {64714}; it now requires a coder to choose {64712} or {64714}.',
    'Finding 3: Podiatry will bill {64632} once per nerve; repeat injections of the same nerve on one DOS are not billed.',
    'Finding 5: we do not agree that {64445} by the surgeon is always bundled; when a separate anesthesia provider performs it the line stands.',
    'Questions to the Revenue Integrity office, 1450 Hospital Drive, Columbus, OH [43224], ext. 4418.',
  ].join('\n'),
});

// ── 18. Corrective action plan table ──
const cap = table({
  id: 's120-cap',
  kind: 's120-corrective-action-plan-grid',
  caption: 'Corrective Action Plan',
  headers: ['Finding', 'Codes', 'Action', 'Owner', 'Due', 'Status'],
  rows: [
    ['1', '{64712} / {64714}', 'Remove CDM hard-code; add coder edit', 'Revenue Integrity', '04/30/2025', 'Open'],
    [
      '2',
      '{64445}, {64446}',
      'Anesthesia template: single shot vs catheter',
      'Anesthesia chair',
      '05/15/2025',
      'In progress',
    ],
    ['3', '{64632}', 'Unit logic in charge capture (item [62636])', 'Podiatry mgr', '04/15/2025', 'Done'],
    ['4', '{64612}', 'Laterality prompt; block -50 in scrubber rule [41880]', 'PFS', '05/01/2025', 'Open'],
    ['5', 'all', 'Repay identified and extrapolated overpayment', 'Compliance', '05/17/2025', 'Open'],
  ],
});

// ── 19. CDM correction request form (text) ──
const cdmReq = lines({
  id: 's120-cdm',
  kind: 's120-cdm-correction-request-form',
  before: 'Chargemaster Change Request — form CM-7, request no. 2025-0311',
  text: [
    'Charge item: [64714]   Description: NEUROPLASTY MAJOR PERIPH NERVE   Dept: 0360 OR Services',
    'Current HCPCS: {64714}   Requested HCPCS: none (coder assigned)   Price: $4,120.00',
    'New item: [64722] NEUROPLASTY SCIATIC, HCPCS {64712}, price $3,880.00, rev code 0360',
    'Reason: external audit finding 1 (Keystone report, engagement [64445])',
    'Approved by: CDM coordinator, cost center [60838]   Effective: 04/01/2025',
  ].join('\n'),
});

// ── 20. Rebill / void worksheet (grid) ──
const rebill = table({
  id: 's120-rebill',
  kind: 's120-rebill-void-worksheet-grid',
  caption: 'Claims within reopening period — corrected (TOB 0137) or voided (TOB 0138)',
  headers: ['Acct', 'Orig ICN', 'TOB', 'Line', 'Was', 'Now', 'Refund'],
  rows: [
    ['[38115]', '2224052220114', '0137', '1', '{64714}', '{64712}-RT', '$636.20'],
    ['[38115]', '2224052220114', '0137', '2', '{64712}-RT', 'deleted', '$1,468.00'],
    ['[45523]', '2224215500981', '0137', '1', '{64612}-50', '{64612}-RT', '$351.33'],
    ['[44773]', '2224201559310', '0137', '1', '{64632} x2', '{64632} x1', '$305.60'],
    ['[81377]', '2224288016620', '0138', '1', '{64445}', 'void', '$388.40'],
  ],
});

// ── 21. RAT-STATS variable appraisal output (text) ──
const appraisal = lines({
  id: 's120-appraisal',
  kind: 's120-ratstats-variable-appraisal-output-text',
  before: 'RAT-STATS 2019 — STRATIFIED VARIABLE APPRAISAL — AUDIT: SVMC OP NERVE CY2024',
  text: [
    'STRATUM   SAMPLE SIZE   UNIVERSE SIZE   SAMPLE VALUE   POINT ESTIMATE',
    '   1           34            412          3,880.60        [47023]',
    '   2           38          1,006          1,402.80        [37138]',
    '   3           28            524            944.12        [17668]',
    'OVERALL       100          1,942          6,227.52       101829',
    '90% CONFIDENCE LEVEL   LOWER LIMIT [61337]   UPPER LIMIT 142320   PRECISION 39.9%',
  ].join('\n'),
});

// ── 22. Overpayment refund calculation table ──
const refundCalc = table({
  id: 's120-refundcalc',
  kind: 's120-overpayment-extrapolation-calc-grid',
  caption: 'Schedule 2. Overpayment calculation (extrapolated, lower bound of 90% two-sided interval)',
  headers: ['Component', 'Basis', 'Amount'],
  rows: [
    ['Actual overpayment, sampled claims', '47 lines, 100 claims', '$6,227.52'],
    ['Point estimate, universe', 'Stratified mean × N', '$101,829.41'],
    ['Lower bound (repayment amount)', '90% two-sided', '$[61337]'],
    ['Less: sampled-claim refunds already processed', 'rebill log [62893]', '($3,149.53)'],
    ['Net extrapolated repayment', 'codes {64712} {64714} {64445} {64632} {64612}', '$[58187].47'],
  ],
});

// ── 23. 60-day-rule repayment letter, header (text) ──
const repayHead = lines({
  id: 's120-repayhead',
  kind: 's120-mac-repayment-letter-header-text',
  before: 'Scioto Valley Medical Center — Office of Compliance',
  text: [
    '1450 Hospital Drive, Columbus, OH [43224]   Phone 614-555-0142',
    'May 12, 2025 — VIA OVERNIGHT DELIVERY',
    'CGS Administrators, LLC, J15 Part A, Attn: Voluntary Refunds, PO Box [20018], Nashville, TN [37202]',
    'Re: Voluntary repayment under 42 CFR 401.305 (60-day rule); PTAN [36209]; NPI 1740318822',
    'Our reference: CMP-[25118]; MAC document control no. [64712]',
  ].join('\n'),
});

// ── 24. Repayment letter body (prose) ──
const repayBody = lines({
  id: 's120-repaybody',
  kind: 's120-mac-repayment-letter-body-prose',
  before: 'Dear Overpayment Recovery Unit:',
  text: [
    'An external review of outpatient claims with dates of service in calendar year 2024 found that we billed',
    'lumbar plexus neuroplasty, CPT {64714}, where the operative report supports sciatic neuroplasty, {64712}, and',
    'reported {64632} per injection rather than per nerve, {64612} with modifier 50, and {64445} when included in the surgery.',
    'Using a statistically valid random sample of 100 claims from a frame of 1,942, the overpayment is $[61337] at the',
    'lower bound of the 90% confidence interval. Enclosed is check no. [50714] for $[58187].47 and the claim listing.',
    'Please apply no offset to remittance advice for claims after batch [62829]; contact 614-555-0142 with questions.',
  ].join('\n'),
});

// ── 25. Repayment letter enclosure: claim listing (grid) ──
const claimListing = table({
  id: 's120-listing',
  kind: 's120-repayment-claim-listing-grid',
  caption: 'Enclosure 1 — Sampled claims refunded individually',
  headers: ['ICN', 'From DOS', 'HCPCS', 'Reason', 'Refund amt'],
  rows: [
    ['2224052220114', '02/21/2024', '{64714}', 'Incorrect code', '$636.20'],
    ['2224052220114', '02/21/2024', '{64712}', 'Duplicate', '$1,468.00'],
    ['2224215500981', '08/02/2024', '{64612}', 'Modifier', '$351.33'],
    ['2224201559310', '07/16/2024', '{64632}', 'Units', '$305.60'],
    ['2224288016620', '10/04/2024', '{64445}', 'Not documented', '$388.40'],
  ],
});

// ── 26. MAC overpayment refund form, completed (text layer) ──
const refundForm = lines({
  id: 's120-refundform',
  kind: 's120-mac-voluntary-refund-form-text',
  before: 'OVERPAYMENT REFUND FORM — TO BE COMPLETED BY PROVIDER',
  text: [
    'Provider name: Scioto Valley Medical Center   PTAN: [36209]   Provider ZIP: [43224]',
    'Check number: [50714]   Check amount: $[58187].47   Check date: 05/12/2025',
    'Reason for refund: 04 — Incorrect HCPCS (e.g. {64714} billed for {64712}); 12 — Units; statistical sample: YES',
    'HCPCS/CPT affected: {64712}, {64714}, {64445}, {64632}, {64612}',
    'Contact: D. Whitfield, CCO   Case: CMP-[25118]',
  ].join('\n'),
});

// ── 27. Education plan (text) ──
const eduPlan = lines({
  id: 's120-edu',
  kind: 's120-education-plan-outline-text',
  before: 'Provider and Coder Education Plan — peripheral nerve procedures (owner: Coding Education)',
  text: [
    'Module 1 (surgeons, OR coders): neuroplasty by nerve — sciatic {64712}, lumbar plexus {64714}, digital {64702}, with op-note examples.',
    'Module 2 (anesthesia): single-injection sciatic block {64445} versus continuous infusion {64446}; popliteal vs subgluteal.',
    'Module 3 (podiatry): neurolysis of plantar common digital nerve, code {64632}, units, and excision of neuroma {28080}.',
    'Module 4 (neurology): chemodenervation {64612} and {64615}, RT/LT, EMG guidance {95874}.',
    'LMS course ids: NERVE-[60396] through NERVE-[60399]; completion reported to Compliance monthly.',
  ].join('\n'),
});

// ── 28. Education session schedule (grid) ──
const eduSched = table({
  id: 's120-edusched',
  kind: 's120-education-session-schedule-grid',
  caption: 'Education sessions, Q2 2025',
  headers: ['Session', 'Audience', 'Focus', 'Date', 'Room / WebEx'],
  rows: [
    ['1', 'Ortho surgeons', '{64712} vs {64714}', '04/22/2025', 'WebEx [26517]'],
    ['2', 'Anesthesia / CRNA', '{64445}, {64446}, {64447}', '04/29/2025', 'Aud. 2'],
    ['3', 'Podiatry', '{64632}; {28080}', '05/06/2025', 'WebEx [26522]'],
    ['4', 'Neurology', '{64612}; mod RT/LT', '05/13/2025', 'Conf. 3B'],
    ['5', 'OP coders', 'all above + {76942}', '05/20/2025', 'WebEx [26548]'],
  ],
});

// ── 29. Post-education re-audit results (grid) ──
const reaudit = table({
  id: 's120-reaudit',
  kind: 's120-post-education-reaudit-grid',
  caption: 'Follow-up review, Q3 2025 (30 claims, probe sample)',
  headers: ['', 'Baseline', 'Follow-up', 'Target'],
  rows: [
    ['{64712}', '85.4%', '100%', '95%'],
    ['{64714}', '41.7%', '90.0%', '95%'],
    ['{64445}', '81.6%', '96.0%', '95%'],
    ['{64632}', '63.6%', '100%', '95%'],
    ['{64612}', '70.6%', '88.9%', '95%'],
    ['Probe batch', '[61802]', '[62017]', ''],
  ],
});

// ── 30. Compliance case tracker (grid) ──
const tracker = table({
  id: 's120-tracker',
  kind: 's120-compliance-case-tracker-grid',
  caption: 'Compliance Case Management — open items',
  headers: ['Case #', 'Opened', 'Subject', 'Deadline', 'Stage'],
  rows: [
    ['CMP-[25118]', '03/18/2025', 'OP nerve audit — overpayment {64714}/{64712}', '05/17/2025', 'Repaid'],
    ['CMP-[25131]', '03/20/2025', 'CDM item [64714] hard-code', '04/30/2025', 'Remediation'],
    ['CMP-[25147]', '04/02/2025', 'Anesthesia block documentation ({64445})', '06/30/2025', 'Education'],
    ['CMP-[25163]', '04/09/2025', 'Hotline [52817]: Podiatry units', '05/09/2025', 'Closed'],
  ],
});

// ── 31. Auditor transmittal e-mail (text) ──
const email = lines({
  id: 's120-email',
  kind: 's120-auditor-transmittal-email-text',
  before: 'From: Maya Okafor <mokafor@keystonecip.com> To: Dana Whitfield; Subject: Draft findings — KCIP-64445',
  text: [
    'Dana, attached are the draft worksheet and Table 3. Two items for your team before the exit conference:',
    'sample 002 (acct [38115]) — we moved {64714} to {64712}; if the surgeon can show plexus work, send the full op note.',
    'sample 088 — {64640} was billed for a plantar digital nerve; we audited to {64632}.',
    'The secure portal folder is /KCIP/[64445]/drafts; upload by 03/10. Our file transfer ticket is [73341].',
    'Maya Okafor, CPC, CIRCC | Keystone Coding Integrity Partners | 250 W Court St, Cincinnati OH [45204]',
  ].join('\n'),
});

// ── 32. Invoice header (text) ──
const invHead = lines({
  id: 's120-invhead',
  kind: 's120-audit-firm-invoice-header-text',
  before: 'INVOICE — Keystone Coding Integrity Partners, LLC',
  text: [
    'Invoice no. [64632]   Invoice date: 05/31/2025   Terms: Net 30',
    'Bill to: Scioto Valley Medical Center, Accounts Payable, PO Box [43122], Columbus, OH [43224]',
    'PO number: [45096]   Engagement: KCIP-[64445]   Client: [10432]',
    'Remit to: Keystone CIP, PO Box [20487], Cincinnati, OH [45201]   EIN 31-1847720',
  ].join('\n'),
});

// ── 33. Invoice line items (grid) ──
const invLines = table({
  id: 's120-invlines',
  kind: 's120-audit-firm-invoice-line-items-grid',
  caption: 'Professional services',
  headers: ['Item', 'Description', 'Hours', 'Rate', 'Amount'],
  rows: [
    ['[31022]', 'Sample design and RAT-STATS extrapolation', '8.0', '$225.00', '$1,800.00'],
    [
      '[31026]',
      'Claim review, 100 claims / 168 lines (codes {64712}, {64714}, {64445}, {64632}, {64612})',
      '71.5',
      '$165.00',
      '$[11797].50',
    ],
    ['[10237]', 'Exit conference and management response review', '6.0', '$225.00', '$1,350.00'],
    ['[10251]', 'Education sessions 1–5', '10.0', '$165.00', '$1,650.00'],
    ['', 'Total due', '', '', '$[16597].50'],
  ],
});

// ── 34. Engagement letter, fees and signatures (text) ──
const engageFees = lines({
  id: 's120-engfees',
  kind: 's120-engagement-letter-fees-signature-text',
  before: 'Fees, Insurance and Acceptance',
  text: [
    'Professional fees will not exceed $18,500 without written approval; expenses billed at cost (travel code [57204]).',
    'Keystone carries professional liability coverage, policy no. PL-[88214], limit $2,000,000 per claim.',
    'Ohio vendor registration [30418]; W-9 on file with SVMC Accounts Payable, supplier no. [51260].',
    'Accepted: Dana Whitfield, CCO, for Scioto Valley Medical Center, 1450 Hospital Drive, Columbus, OH [43224]',
    'Keystone Coding Integrity Partners, LLC — R. Castellanos, Partner — 250 W Court St, Cincinnati, OH [45202]',
  ].join('\n'),
});

// ── 35. Medical record request memo to HIM (text) ──
const recordsReq = lines({
  id: 's120-recreq',
  kind: 's120-medical-records-request-memo-text',
  before: 'To: Health Information Management, Release of Information; Re: External audit record request (batch 1 of 3)',
  text: [
    'Please upload the complete OP encounter (op note, anesthesia record, MAR, orders, images) for the accounts below.',
    'Accounts [64714], [38115], [50316], [52209]: orthopaedic neuroplasty cases, DOS Feb–Mar 2024.',
    'Accounts [63552], [81377], [33802]: anesthesia blocks; include the separate procedure note for any {64445}.',
    'Accounts [45779], [44773], [27519]: podiatry clinic procedures; include the procedure log for {64632}.',
    'ROI request no. [48811]; due 01/31/2025. Fax 614-555-0188 or secure upload, folder [30427].',
  ].join('\n'),
});

// ── 36. Record request tracker (grid) ──
const recTracker = table({
  id: 's120-rectrack',
  kind: 's120-record-request-tracker-grid',
  caption: 'Record request status (ROI batch 1)',
  headers: ['Smpl', 'Account', 'MRN', 'Pages', 'Received', 'Note'],
  rows: [
    ['001', '[64714]', '[90244]', '38', '01/22/2025', 'complete'],
    ['002', '[38115]', '[16205]', '52', '01/22/2025', 'op note addendum requested'],
    ['031', '[63552]', '[83015]', '19', '01/24/2025', 'block note for {64445} missing'],
    ['041', '[20971]', '[68417]', '0', '—', 'no record; ticket [64632]'],
    ['062', '[44773]', '[14402]', '11', '01/27/2025', 'complete'],
  ],
});

// ── 37. Accounts payable remittance stub to the firm (grid) ──
const apStub = table({
  id: 's120-apstub',
  kind: 's120-accounts-payable-remittance-stub-grid',
  caption: 'Scioto Valley Medical Center — Accounts Payable — Remittance Advice, check no. 0039905',
  headers: ['Vendor #', 'Invoice #', 'Inv. date', 'PO #', 'Gross', 'Net paid'],
  rows: [
    ['[51260]', '[64632]', '05/31/2025', '[45096]', '[16597].50', '[16597].50'],
    ['[51260]', '[57190]', '03/31/2025', '[45096]', '$9,842.00', '$9,842.00'],
    ['[51260]', '[57236]', '02/28/2025', '[45096]', '$4,405.00', '$4,405.00'],
  ],
});

export const sealed120: Snippet[] = [
  ...engageHead,
  ...engageScope,
  ...methodology,
  ...frame,
  ...ratstats,
  ...sampleList,
  ...sampleCsv,
  ...claim837,
  ...findings,
  ...rationale,
  ...findingCard,
  ...findingJson,
  ...errByCode,
  ...errByProv,
  ...exitAgenda,
  ...slides,
  ...mgmtMemo,
  ...cap,
  ...cdmReq,
  ...rebill,
  ...appraisal,
  ...refundCalc,
  ...repayHead,
  ...repayBody,
  ...claimListing,
  ...refundForm,
  ...eduPlan,
  ...eduSched,
  ...reaudit,
  ...tracker,
  ...email,
  ...invHead,
  ...invLines,
  ...engageFees,
  ...recordsReq,
  ...recTracker,
  ...apStub,
];
