import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 127 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s127-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * Texas and California ZIPs, bill ids, batch and EDI batch numbers, edit-rule ids, a payer id, a medical record
 * number, auth, reviewer, license, network contract and bulletin numbers, and a parking receipt. The five known codes' digits come back as decoys: the bill review vendor's PO box, a
 * policy number, an e-billing attachment control number, a clearinghouse support ticket, an employer location code,
 * a PBM group number, a medical fee dispute tracking number, a UR case reference and a scanned document id.
 *
 * Family: workers' compensation bill review and state WC fee schedules around peripheral-nerve procedures for work
 * injuries: a bill review vendor's explanation of review (header, line reductions, reason legend, appeal rights), a
 * Texas fee guideline lookup and its ground rules, a California OMFS physician page and update order, a fee schedule
 * code search list and an XML export, a WC 837P e-bill with its 999/277CA acknowledgement grid and e-mail, an 835
 * remittance, an HL7 v2 charge message, a FHIR Claim, a CSV line export, a nurse case manager's notes and care plan,
 * the adjuster's claim file screen, payment history, reserve worksheet and diary notes, a utilization review
 * determination letter and its decision grid, a peer reviewer's rationale, a DWC Form RFA, an IMR application, a
 * treatment authorization log and a pharmacy log, a Doctor's First Report (Form 5021), an employer's first report, a
 * Texas DWC-060 fee dispute (header and disputed services), a California second review request and IBR line grid,
 * the bill review audit trail and work queue, a provider portal bill status grid, a provider reconsideration letter,
 * a California EOR (line grid and required statements), an IAIABC claims EDI history, a claimant's mileage request, a
 * Texas DWC-073 work status report, a certified network/PPO pricing lookup and an attachment upload receipt.
 * Built on real public layouts: the Texas DWC Form-060 (Medical Fee Dispute Resolution Request) disputed-services
 * table, the Texas Medical Fee Guideline ground rules of 28 TAC §134.203, the California DWC Form RFA "Requested
 * Treatment" block, the Doctor's First Report of Occupational Injury or Illness (Form 5021), the California OMFS
 * physician fee schedule columns, the ASC X12 837P/835 segments used in WC e-billing (REF*Y4 property and casualty
 * claim number, PWK attachment, SVC/CAS, LQ*HE) and the 999/277CA acknowledgements, and the HL7 v2 DFT^P03 FT1
 * segment. The others are written the way those pages read, with no single source.
 *
 * 363 labelled tokens over 44 shapes: 178 codes, 185 decoys, 65 of the decoys in KNOWN_10K. 91 tokens are the five
 * known codes as codes; their digits come back as decoys 15 times.
 */

// ── 1. Bill review explanation of review, header block, text layer (decoy heavy) ──
const eorHeader = lines({
  id: 's127-eorhdr',
  kind: 's127-bill-review-eor-header-footer-text',
  before: 'EXPLANATION OF REVIEW — Meridian Review Services, Inc. — Texas Workers’ Compensation',
  text: [
    'Bill ID: [40262]-TX   Batch [60544]   Received 01/21/2026   Reviewed 01/29/2026',
    'Carrier: Bluebonnet Mutual Casualty Co.   Policy no. TWC-[64445]-26   Claim no. BMC-25-0031847',
    'Claimant: DELGADO, RAMON   DOI 03/11/2025   Employer: Lone Star Distribution LLC',
    'Provider: North Texas Peripheral Nerve Center, 8220 Walnut Hill Ln, Ste 410, Dallas, TX [75231]',
    'Return correspondence to Meridian Review Services, PO Box [64712], Dallas, TX [75264]-4712',
    'Fee schedule applied: Texas DWC Medical Fee Guideline, locality Dallas, conversion factor 2026 (surgery)',
  ].join('\n'),
});

// ── 2. EOR line-by-line reductions, table ──
const eorLines = table({
  id: 's127-eorlines',
  kind: 's127-eor-line-reduction-grid',
  caption: 'Line detail',
  headers: ['Ln', 'DOS', 'Proc', 'Mod', 'Units', 'Billed', 'MAR', 'Allowed', 'Reduction', 'Codes'],
  rows: [
    ['1', '01/08/2026', '{64712}', 'RT', '1', '4,850.00', '1,126.44', '1,126.44', '3,723.56', 'P12 N130'],
    ['2', '01/08/2026', '{64727}', '', '1', '950.00', '0.00', '0.00', '950.00', '97 M80'],
    ['3', '01/08/2026', '{69990}', '', '1', '1,200.00', '0.00', '0.00', '1,200.00', '97 N19'],
    ['4', '01/08/2026', '{64445}', 'RT', '1', '725.00', '0.00', '0.00', '725.00', '97 B15 MR214'],
    ['5', '01/08/2026', '{76942}', '', '1', '310.00', '0.00', '0.00', '310.00', '97'],
    ['6', '12/29/2025', '{99214}', '57', '1', '265.00', '142.18', '142.18', '122.82', 'P12'],
  ],
});

// ── 3. EOR reason code legend, text layer ──
const eorLegend = lines({
  id: 's127-eorlegend',
  kind: 's127-eor-reason-code-legend-text',
  before: 'Explanation of codes used on this review',
  text: [
    'P12  Workers’ compensation jurisdictional fee schedule adjustment (28 TAC §134.203).',
    '97   The benefit for this service is included in the payment for another service: {64727} and {69990} are',
    '     bundled into {64712} under the NCCI edits adopted by the Division.',
    'B15  Procedure {64445} performed by the operating surgeon is part of the global surgical package (edit [60303]).',
    'MR214  Vendor rule [10229]: nerve block by same provider on date of neuroplasty.',
    'N130 Consult plan benefit documents/guidelines for information about restrictions for this service.',
  ].join('\n'),
});

// ── 4. EOR appeal rights footer, text layer (decoy heavy; same page as 1) ──
const eorRights = lines({
  id: 's127-eorrights',
  kind: 's127-bill-review-eor-header-footer-text',
  before: 'IMPORTANT — YOUR RIGHTS',
  text: [
    'You may request reconsideration of this bill within 11 months from the date of service (28 TAC §133.250).',
    'Reference bill [40262] and claim BMC-25-0031847 on any request; fax 214-555-0177.',
    'If reconsideration is denied you may file a DWC Form-060 with the Texas Department of Insurance, Division of',
    'Workers’ Compensation, Medical Fee Dispute Resolution, MS-48, 7551 Metro Center Dr., Ste 100, Austin, TX [78744]',
    'Carrier’s Austin representative: Box 47, c/o Capitol Claims Services, 1005 Congress Ave, Austin, TX [78701]',
    'Meridian Review Services EOR form MRS-[10147] rev. 09/2025',
  ].join('\n'),
});

// ── 5. Texas fee guideline calculator result, table ──
const txLookup = table({
  id: 's127-txlookup',
  kind: 's127-tx-fee-guideline-calculator-result-grid',
  caption: 'Professional services MAR calculator — 2026 — Locality: Dallas',
  headers: ['HCPCS', 'Mod', 'Description', 'Wk RVU', 'PE RVU (F)', 'MP RVU', 'Global', 'MAR (facility)'],
  rows: [
    ['{64712}', '', 'Neuroplasty major peripheral nerve sciatic', '8.35', '7.61', '1.63', '090', '$1,126.44'],
    ['{64714}', '', 'Neuroplasty major peripheral nerve lumbar plexus', '7.72', '6.92', '1.46', '090', '$1,031.17'],
    ['{64713}', '', 'Neuroplasty brachial plexus', '11.00', '8.84', '1.98', '090', '$1,385.06'],
    ['{64445}', '', 'Njx aa&/strd sciatic nrv', '1.00', '0.58', '0.09', '000', '$117.29'],
    ['{64632}', '', 'Destroy plantar common digital nerve', '1.23', '0.86', '0.14', '010', '$169.83'],
    ['{64612}', '', 'Destroy nerve face muscle', '1.41', '1.02', '0.11', '010', '$193.52'],
    ['{64708}', '', 'Revise arm/leg nerve', '6.36', '6.02', '1.20', '090', '$872.60'],
    ['{64446}', '', 'Njx aa&/strd sciatic nrv cont', '1.61', '0.74', '0.12', '000', '$171.95'],
  ],
});

// ── 6. Texas medical fee guideline ground rules, text layer ──
const txRules = lines({
  id: 's127-txrules',
  kind: 's127-tx-fee-guideline-ground-rules-text',
  before: '§134.203. Medical Fee Guideline for Professional Services',
  text: [
    '(c)(1) For service categories of Evaluation & Management, General Medicine, Physical Medicine and Rehabilitation,',
    'Radiology, Pathology, and Anesthesia, the conversion factor is the DWC conversion factor annually adjusted by MEI.',
    '(c)(2) For surgery in a facility setting (CPT {10021} through {69990}) the surgery conversion factor applies.',
    'Nervous system injections and neurolysis ({64400}–{64681}) are paid at the facility rate when performed in an ASC.',
    'Neuroplasty of a major peripheral nerve, e.g. {64712} sciatic or {64714} lumbar plexus, carries a 90-day global.',
    '(h) Report the DWC-073 work status report as {99080} with modifier 73; it is not subject to the surgical global.',
  ].join('\n'),
});

// ── 7. California OMFS physician fee schedule page, table ──
const omfsPage = table({
  id: 's127-omfs',
  kind: 's127-ca-omfs-physician-fee-page-grid',
  caption: 'Physician Services Fee Schedule — OMFS — effective 03/01/2026 — Nervous System',
  headers: ['CPT', 'MOD', 'DESCRIPTION', 'GLOB', 'MAX FEE NON-FAC', 'MAX FEE FAC', 'PC/TC', 'MULT PROC'],
  rows: [
    ['{64612}', '', 'DESTROY NERVE FACE MUSCLE', '010', '$268.05', '$229.41', '0', '2'],
    ['{64615}', '', 'CHEMODENERV MUSC MIGRAINE', '010', '$245.77', '$197.20', '0', '2'],
    ['{64632}', '', 'N BLOCK INJ COMMON DIGIT', '010', '$233.90', '$168.14', '0', '2'],
    ['{64640}', '', 'INJECTION TREATMENT OF NERVE', '010', '$417.61', '$236.02', '0', '2'],
    ['{64712}', '', 'REVISE SCIATIC NERVE', '090', 'NA', '$1,188.73', '0', '2'],
    ['{28080}', '', 'REMOVAL OF FOOT LESION', '090', '$995.40', '$761.18', '0', '2'],
    ['{64455}', '', 'N BLOCK INJ PLANTAR DIGIT', '000', '$92.14', '$64.33', '0', '2'],
    ['{64616}', '', 'CHEMODENERV MUSC NECK DYSTON', '010', '$239.58', '$201.44', '0', '2'],
  ],
});

// ── 8. California Administrative Director order adopting the OMFS update, text layer ──
const omfsOrder = lines({
  id: 's127-omfsorder',
  kind: 's127-ca-omfs-update-order-text',
  before: 'ORDER OF THE ADMINISTRATIVE DIRECTOR OF THE DIVISION OF WORKERS’ COMPENSATION',
  text: [
    'Pursuant to Labor Code section 5307.1, the Physician Fee Schedule is adjusted to conform to the CMS changes.',
    'Changes include revised RVUs for chemodenervation ({64612}, {64615}, {64616}) and for neurolysis ({64632}).',
    'Add-on code {64727} remains non-payable when reported without a primary neuroplasty code ({64702}–{64727}).',
    'Posted as DWC Newsline [40093]; the order and tables are document [60189] in the OMFS archive.',
    'Division of Workers’ Compensation, 1515 Clay Street, 17th Floor, Oakland, CA [94612]',
  ].join('\n'),
});

// ── 9. Fee schedule code search suggestions list, text layer ──
const codeSearch = lines({
  id: 's127-codesearch',
  kind: 's127-fee-schedule-code-search-suggestions-text',
  before: 'Search the fee schedule: 647',
  text: [
    '{64702} Neuroplasty; digital, 1 or both, same digit',
    '{64708} Neuroplasty, major peripheral nerve, arm or leg, open; other than specified',
    '{64712} Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    '{64713} Neuroplasty, major peripheral nerve, arm or leg, open; brachial plexus',
    '{64714} Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
    '{64718} Neuroplasty and/or transposition; ulnar nerve at elbow',
    'Showing 6 of 19 results — refine search',
  ].join('\n'),
});

// ── 10. Fee schedule XML export, text layer ──
const feeXml = lines({
  id: 's127-feexml',
  kind: 's127-fee-schedule-xml-export-text',
  before: '<?xml version="1.0" encoding="UTF-8"?>',
  text: [
    '<FeeSchedule jurisdiction="CA" effective="2026-03-01" release="[60022]">',
    '  <Row><Code>{64445}</Code><Mod/><Global>000</Global><MaxFeeFac>131.88</MaxFeeFac></Row>',
    '  <Row><Code>{64446}</Code><Mod/><Global>000</Global><MaxFeeFac>142.36</MaxFeeFac></Row>',
    '  <Row><Code>{64714}</Code><Mod/><Global>090</Global><MaxFeeFac>1092.54</MaxFeeFac></Row>',
    '  <Row><Code>{64632}</Code><Mod/><Global>010</Global><MaxFeeFac>168.14</MaxFeeFac></Row>',
    '  <Row><Code>{64612}</Code><Mod>RT</Mod><Global>010</Global><MaxFeeFac>229.41</MaxFeeFac></Row>',
    '</FeeSchedule><!-- rows: [10088] -->',
  ].join('\n'),
});

// ── 11. WC 837P e-bill, X12 text layer ──
const ebill837 = lines({
  id: 's127-837p',
  kind: 's127-wc-837p-ebill-x12-text',
  before: 'ISA*00*          *00*          *ZZ*NTXPNC         *ZZ*MERIDIANRVW    *260120*1412*^*00501*000004471*0*P*:~',
  text: [
    'GS*HC*NTXPNC*MERIDIANRVW*20260120*1412*4471*X*005010X222A1~',
    'NM1*85*2*NORTH TEXAS PERIPHERAL NERVE CENTER*****XX*1487602251~N4*DALLAS*TX*[75231]~',
    'NM1*PR*2*BLUEBONNET MUTUAL CASUALTY*****PI*[40174]~N4*AUSTIN*TX*[78756]~',
    'REF*Y4*BMC250031847~DTP*439*D8*20250311~',
    'CLM*NTX260108A*8035***22:B:1*Y*A*Y*Y~PWK*OZ*EL***AC*[64714]~REF*EA*[10264]~',
    'HI*ABK:G5730*ABF:S3420XD~',
    'LX*1~SV1*HC:{64712}:RT*4850*UN*1***1~DTP*472*D8*20260108~',
    'LX*2~SV1*HC:{64727}*950*UN*1***1~',
    'LX*3~SV1*HC:{69990}*1200*UN*1***1~',
    'LX*4~SV1*HC:{64445}:RT*725*UN*1***1~',
    'LX*5~SV1*HC:{76942}*310*UN*1***1~SE*47*[40086]~',
  ].join('\n'),
});

// ── 12. E-billing 999/277CA acknowledgement summary, table ──
const ackGrid = table({
  id: 's127-ack',
  kind: 's127-ebill-999-277ca-acknowledgement-grid',
  caption: 'Acknowledgements — submitter NTXPNC — 01/20/2026',
  headers: ['Bill ID', 'Pt Ctrl #', 'Claim #', 'Ack', 'STC', 'Message'],
  rows: [
    ['[40262]', 'NTX260108A', 'BMC250031847', '277CA', 'A2:20', 'Accepted for review; attachment matched'],
    ['[40266]', 'NTX260108B', 'BMC250031847', '277CA', 'A7:21', 'Rejected: no PWK for {64714} line'],
    ['[40283]', 'NTX251229C', 'BMC250031847', '277CA', 'A2:20', 'Accepted; {99214} 57'],
    ['[60252]', 'NTX260112D', 'TXW2590023', '999', 'R', 'IK3 SV1 element 1 invalid: code 6471'],
    ['[40349]', 'NTX260112D', 'TXW2590023', '277CA', 'A2:20', 'Accepted on resubmission: {64445} LT'],
    ['[40352]', 'PKW260108F', 'BMC250031847', '277CA', 'A3:562', 'Returned: billing NPI not on file, ZIP [75243]'],
  ],
});

// ── 13. E-billing acknowledgement e-mail from the clearinghouse, text layer ──
const ackMail = lines({
  id: 's127-ackmail',
  kind: 's127-ebill-clearinghouse-notice-email-text',
  before: 'From: WCeDI Connect <noreply@wcedi.example>  Subject: Bill rejected — action needed',
  text: [
    'Your electronic bill NTX260108B (bill [40266]) was rejected by Meridian Review Services on 01/20/2026.',
    'Reason: the line for CPT {64714} requires supporting documentation; no attachment control number was sent.',
    'Upload the operative report through the portal and rebill with PWK*OZ*EL and the new control number.',
    'Support ticket [64712] has been opened; reply to this message to add notes.',
    'WCeDI Connect, 2001 Bryan St, Ste 1900, Dallas, TX [75201]',
  ].join('\n'),
});

// ── 14. Nurse case manager progress notes, text layer ──
const ncmNotes = lines({
  id: 's127-ncm',
  kind: 's127-nurse-case-manager-notes-text',
  before: 'Case management notes — File NCM-64632 — Delgado, Ramon — RN: T. Okafor',
  text: [
    '11/18/2025 TC w/ Dr. Mehta’s MA: surgeon requesting preauth for R sciatic neuroplasty {64712} + intra-op block.',
    '11/18/2025 Explained TX preauth list; sent request to UR vendor, ref UR-[40304]. IW aware.',
    '12/02/2025 UR approved {64712} x1; {64445} denied as inclusive to surgery. Surgery set 01/08/26.',
    '12/29/2025 Pre-op visit billed as {99214}-57. IW reports 7/10 buttock pain, numbness to lat foot.',
    '01/12/2026 POD 4 call: pain 4/10. PT to start 2/2, 3x/wk x4 ({97110}, {97140}). Next f/u 01/22.',
    '01/22/2026 Surgeon mentions possible lumbar plexus neuroplasty ({64714}) if no relief by 3 mos.',
  ].join('\n'),
});

// ── 15. Nurse case manager care plan, table (no header on the code column) ──
const ncmPlan = table({
  id: 's127-ncmplan',
  kind: 's127-nurse-case-manager-care-plan-grid',
  caption: 'Care plan — reviewed 01/22/2026',
  headers: ['Goal', '', 'Intervention', 'Target', 'Status'],
  rows: [
    ['Decrease R leg pain to ≤3/10', '{64712}', 'Post-op f/u with surgeon, PT', '03/01/2026', 'In progress'],
    ['Clarify need for 2nd surgery', '{64714}', 'Obtain UR determination; peer call', '04/15/2026', 'Open'],
    ['RTW modified duty', '{99080}', 'Obtain DWC-073 each visit', '02/15/2026', 'In progress'],
    ['FCE before full duty', '{97750}', 'Schedule FCE after PT', '05/01/2026', 'Not started'],
  ],
});

// ── 16. Adjuster claim file screen, key/value text layer (decoy heavy) ──
const claimScreen = lines({
  id: 's127-claimscr',
  kind: 's127-adjuster-claim-file-screen-text',
  before: 'ClaimCenter — Summary — BMC-25-0031847',
  text: [
    'Claim no. BMC-25-0031847   DWC no. 25-418806   Jurisdiction TX   Status Open - Lost Time',
    'Employer Lone Star Distribution LLC   FEIN 75-2841906   Location code [64714]   Class 8292',
    'Employer address 4500 Irving Blvd, Dallas, TX [75247]   Policy TWC-[64445]-26 (01/01/2025–01/01/2026)',
    'DOI 03/11/2025   Reported 03/13/2025   Body part 42 (Lower back area)   Nature 49   Cause 31',
    'Adjuster K. Whitfield (ID [60354])   Unit [10133]   Office: PO Box 4410, Houston, TX [77210]',
    'Claimant address 1218 Mockingbird Ln, Apt 6, Irving, TX [75061]',
  ].join('\n'),
});

// ── 17. Claim payment history, table ──
const payHistory = table({
  id: 's127-payhist',
  kind: 's127-claim-payment-history-grid',
  caption: 'Payments — Medical — BMC-25-0031847',
  headers: ['Check #', 'Issued', 'Payee', 'Bill', 'Service', 'Amount'],
  rows: [
    ['0883105', '02/06/2026', 'North Texas Peripheral Nerve Ctr', '[40262]', '{64712}-RT, {99214}-57', '1,268.62'],
    ['0883106', '02/06/2026', 'Parkway Surgery Center', '[40287]', 'Facility, {64712}', '6,402.10'],
    ['0884471', '02/13/2026', 'Lone Star Anesthesia PA', '[40289]', '{01250}', '812.40'],
    ['0881920', '12/12/2025', 'Dallas Neurodiagnostics', '[40203]', '{95886}, {95910}', '588.06'],
    ['0879002', '11/07/2025', 'Meridian Review Services', '[60261]', 'Bill review fee', '22.50'],
    ['0886210', '02/20/2026', 'Lone Star Anesthesia PA', '[40368]', '{64445}-RT (corrected bill)', '117.29'],
  ],
});

// ── 18. Claim reserve worksheet, table (decoy only) ──
const reserves = table({
  id: 's127-reserve',
  kind: 's127-claim-reserve-worksheet-grid',
  caption: 'Reserve worksheet — revised 01/26/2026 after surgery',
  headers: ['Category', 'Initial', 'Paid to date', 'Outstanding', 'Incurred'],
  rows: [
    ['Medical', '[18500].00', '[12211].36', '[22788].64', '[35000].00'],
    ['Indemnity (TIBs)', '[12000].00', '6,410.22', '[15589].78', '[22000].00'],
    ['Expense', '2,500.00', '1,144.50', '3,855.50', '5,000.00'],
    ['Total', '[33000].00', '[19766].08', '[42233].92', '[62000].00'],
  ],
});

// ── 19. Adjuster diary notes, text layer ──
const adjNotes = lines({
  id: 's127-adjnotes',
  kind: 's127-adjuster-diary-notes-text',
  before: 'Diary / notes — K. Whitfield',
  text: [
    '01/29/26 Rec’d EOR on bill [40262] — allowed MAR on {64712} only; block and microscope bundled.',
    '01/29/26 Provider will likely recon on the {64445} block. Per MRS, edit [60303] is NCCI, hold firm.',
    '02/03/26 Rec’d request for preauth of {64714} lumbar plexus neuroplasty; sent to UR, case UR-[40311].',
    '02/06/26 Pd bill [40262] $1,268.62 ck 0883105. Reserve change approved by supv, worksheet [10135].',
  ].join('\n'),
});

// ── 20. Utilization review determination letter, text layer (California) ──
const urLetter = lines({
  id: 's127-urletter',
  kind: 's127-ur-determination-letter-text',
  before: 'NOTICE OF UTILIZATION REVIEW DETERMINATION — NON-CERTIFICATION',
  text: [
    'UR case [64612]   Claim no. GPW-2504-1187   Employee: Dale Whitcomb   DOI 06/02/2025',
    'Request for Authorization received 01/14/2026 from Elena Ruiz, MD, 3020 Children’s Way, San Diego, CA [92123]',
    'Requested: chemodenervation of muscles innervated by facial nerve, unilateral (CPT {64612}), right, x1, with',
    'onabotulinumtoxinA 50 units (J0585) and EMG guidance ({95874}).',
    'Determination: {64612} is NON-CERTIFIED; {95874} is NON-CERTIFIED as the primary service was not certified.',
    'Criteria: MTUS ACOEM Head chapter; botulinum toxin not recommended for post-traumatic synkinesis without trial data.',
    'To request Independent Medical Review, send the enclosed Application for IMR within 30 days to DWC IMR,',
    'c/o Maximus Federal Services, P.O. Box 138009, Sacramento, CA [95813]-8009.',
  ].join('\n'),
});

// ── 21. UR decision line grid, table ──
const urGrid = table({
  id: 's127-urgrid',
  kind: 's127-ur-request-line-decision-grid',
  caption: 'Requested treatment and decisions',
  headers: ['#', 'Requested service', 'CPT/HCPCS', 'Qty', 'Decision', 'Guideline'],
  rows: [
    ['1', 'Chemodenervation facial nerve, right', '{64612}', '1', 'Non-certified', 'MTUS/ACOEM'],
    ['2', 'EMG guidance for chemodenervation', '{95874}', '1', 'Non-certified', 'Not needed'],
    ['3', 'OnabotulinumtoxinA, per unit', 'J0585', '50', 'Non-certified', 'ODG Head'],
    ['4', 'Follow-up visit, established', '{99213}', '1', 'Certified', 'MTUS'],
    ['5', 'Facial nerve conduction study', '{95907}', '1', 'Modified to 1', 'MTUS'],
  ],
});

// ── 22. Peer reviewer's clinical rationale section of the same letter, text layer ──
const peerReview = lines({
  id: 's127-peer',
  kind: 's127-ur-determination-letter-text',
  before: 'Clinical rationale — reviewer: board certified neurology, CA license A60337',
  text: [
    'The claimant sustained blunt facial trauma with a right facial nerve injury and now has synkinesis and spasm.',
    'The RFA asks for {64612} under EMG guidance. Guidelines reserve chemodenervation for hemifacial spasm and',
    'blepharospasm; post-traumatic synkinesis is not addressed, and no prior conservative care is documented.',
    'Peer call attempted 01/16/2026 at 10:40 and 14:05 (ext. [10061]); no return call. Non-certify {64612} and {95874}.',
  ].join('\n'),
});

// ── 23. DWC Form RFA, text layer ──
const rfa = lines({
  id: 's127-rfa',
  kind: 's127-ca-dwc-form-rfa-text',
  before: 'State of California, Division of Workers’ Compensation — REQUEST FOR AUTHORIZATION — DWC Form RFA',
  text: [
    'Employee Information: Name Lorena Quintero   Date of Injury 08/19/2025   Claim Number WCA-5517-0392',
    'Employer: Casa Verde Kitchens Inc.   Requesting Physician: Paul Ng, DPM, 2400 Broadway, Oakland, CA [94612]',
    'Claims Administrator: Golden Pacific WC Services, PO Box [29001], Glendale, CA [91209]   Fax 818-555-0142',
    'Requested Treatment — Diagnosis: interdigital neuroma 3rd web space, L foot   ICD-Code: G57.62',
    'Service/Good Requested: neurolytic destruction, plantar common digital nerve   CPT/HCPCS Code: {64632}   Qty: 3',
    'Other information: failed 2 cortisone injections and diagnostic block ({64455}, 09/2025 and 10/2025).',
  ].join('\n'),
});

// ── 24. Application for Independent Medical Review, text layer ──
const imr = lines({
  id: 's127-imr',
  kind: 's127-ca-imr-application-text',
  before: 'APPLICATION FOR INDEPENDENT MEDICAL REVIEW — DWC Form IMR',
  text: [
    'Employee: Dale Whitcomb   Claim no. GPW-2504-1187   UR determination date 01/16/2026   UR case [64612]',
    'Disputed treatment (list as in the UR decision): 1) {64612} chemodenervation facial nerve, right  2) {95874}',
    'Claims administrator: Golden Pacific WC Services, 1000 N Central Ave, Glendale, CA [91203]',
    'Employee address: 4471 Bonita Rd, Chula Vista, CA [91902]   Attorney: none',
  ].join('\n'),
});

// ── 25. Treatment authorization log, table ──
const authLog = table({
  id: 's127-authlog',
  kind: 's127-treatment-authorization-log-grid',
  caption: 'Authorization log — WCA-5517-0392 — Quintero, Lorena',
  headers: ['Auth #', 'Req’d', 'Service / Rx', 'Code', 'Qty', 'Status', 'Valid thru'],
  rows: [
    ['[60562]', '09/10/2025', 'Dx nerve block, digital', '{64455}', '2', 'Certified', '12/31/2025'],
    ['[60566]', '01/05/2026', 'Neurolytic destruction, L 3rd web', '{64632}', '3', 'Certified', '07/05/2026'],
    ['[60578]', '01/05/2026', 'Excision Morton neuroma', '{28080}', '1', 'Deferred', '—'],
    ['[60579]', '01/09/2026', 'Gabapentin 300 mg #90', 'NDC [68180]-0221-09', '90', 'Approved (PBM)', '04/09/2026'],
    ['[60582]', '01/22/2026', 'Custom orthotic, L', 'L3000', '1', 'Pending UR', '—'],
  ],
});

// ── 26. Pharmacy/PBM authorization log, text layer ──
const rxLog = lines({
  id: 's127-rxlog',
  kind: 's127-pharmacy-pbm-authorization-log-text',
  before: 'PBM activity — WorkRx Partners — claim GPW-2504-1187 — BIN 610014 — Group 64612',
  text: [
    '01/05/26 PA request: Botox 100 unit vial NDC [00023]-1145-01, physician-administered with {64612}; routed to UR.',
    '01/16/26 Denied: linked procedure non-certified (UR [64612]). Member ID W1187D. Group [64612].',
    '01/20/26 Rx gabapentin 300 mg filled at pharmacy NCPDP 0521778, qty 90, paid $38.40. Ref [10097].',
    '02/02/26 Dispensing physician bill for lidocaine 5% patch rejected (CA formulary exempt list).',
  ].join('\n'),
});

// ── 27. Doctor's First Report of Occupational Injury or Illness (Form 5021), text layer ──
const dfr = lines({
  id: 's127-dfr',
  kind: 's127-ca-doctors-first-report-5021-text',
  before: 'STATE OF CALIFORNIA — DOCTOR’S FIRST REPORT OF OCCUPATIONAL INJURY OR ILLNESS',
  text: [
    '1. INSURER NAME AND ADDRESS  Golden Pacific WC Services, PO Box [29001], Glendale, CA [91209]',
    '3. Address  No. and Street  880 Harrison St   City Oakland   Zip [94607]',
    '5. PATIENT NAME Lorena Quintero   8. Address 36 Foothill Blvd, Oakland   Zip [94601]',
    '17. DIAGNOSIS: crush injury L forefoot, interdigital neuritis 3rd web   ICD-10 S97.82XA, G57.62',
    '20. TREATMENT RENDERED: exam, x-ray ({73630}), padding; plan dx block ({64455}), then {64632} if relief.',
    'Doctor’s Name and Degree Paul Ng, DPM   CA License # E[10394]   Tax ID 94-3188210',
  ].join('\n'),
});

// ── 28. Employer's First Report of Injury (Texas DWC Form-001), text layer (decoy only) ──
const efr = lines({
  id: 's127-efr',
  kind: 's127-tx-employer-first-report-dwc001-text',
  before: 'DWC Form-001 — Employer’s First Report of Injury or Illness',
  text: [
    '1. Employee name DELGADO, RAMON   5. Home address 1218 Mockingbird Ln, Apt 6, Irving, TX [75061]',
    '17. Employer name Lone Star Distribution LLC   18. Employer FEIN 75-2841906',
    '19. Employer address 4500 Irving Blvd, Dallas, TX [75247]   22. NAICS 493110',
    '28. Insurance carrier Bluebonnet Mutual Casualty   29. Policy number TWC-[64445]-26',
    '34. Location of injury: Dock 3, 4500 Irving Blvd, Dallas, TX [75247]; employee fell from pallet jack.',
  ].join('\n'),
});

// ── 29. Texas DWC Form-060 header, text layer (decoy heavy) ──
const mfdrHeader = lines({
  id: 's127-mfdrhdr',
  kind: 's127-tx-dwc060-request-header-text',
  before: 'DWC Form-060 — Medical Fee Dispute Resolution Request/Response',
  text: [
    'MFDR tracking no. M4-26-[64445]-01   Received by DWC 03/02/2026',
    'Part I. Requestor: North Texas Peripheral Nerve Center, 8220 Walnut Hill Ln, Ste 410, Dallas, TX [75231]',
    'Requestor type: health care provider   Federal tax ID 75-2963380',
    'Part II. Respondent: Bluebonnet Mutual Casualty Co., Austin rep. box 47   Carrier claim no. BMC-25-0031847',
    'Injured employee: Ramon Delgado   DWC claim no. 25-418806   Employer ZIP [75247]',
  ].join('\n'),
});

// ── 30. Texas DWC Form-060 disputed services table ──
const mfdrTable = table({
  id: 's127-mfdrtbl',
  kind: 's127-tx-dwc060-disputed-services-grid',
  caption: 'Part IV. Table of disputed services',
  headers: [
    'Date(s) of service',
    'CPT code(s) or description',
    'Amount billed',
    'Medical fee guideline MAR',
    'Total amount paid',
    'Amount in dispute',
  ],
  rows: [
    ['01/08/2026', '{64445}-RT', '$725.00', '$117.29', '$0.00', '$117.29'],
    ['01/08/2026', '{69990}', '$1,200.00', '$174.80', '$0.00', '$174.80'],
    ['01/08/2026', '{64712}-RT', '$4,850.00', '$1,126.44', '$1,126.44', '$0.00'],
    ['01/08/2026', 'Total', '$6,775.00', '$1,418.53', '$1,126.44', '$292.09'],
  ],
});

// ── 31. Provider's reconsideration letter, text layer ──
const reconLetter = lines({
  id: 's127-recon',
  kind: 's127-provider-reconsideration-letter-text',
  before: 'North Texas Peripheral Nerve Center — Request for Reconsideration (28 TAC §133.250)',
  text: [
    'Re: Ramon Delgado, claim BMC-25-0031847, bill [40262], DOS 01/08/2026',
    'We disagree with the denial of line 4. The sciatic nerve block ({64445}) was given by the anesthesiologist for',
    'post-operative pain at the surgeon’s request, not by the surgeon; it was billed in error under our TIN.',
    'A corrected bill from Lone Star Anesthesia PA will follow. For line 3, {69990} is not bundled with {64712}',
    'in the NCCI table for this pair; please re-review. Our reference [10112]. Mail: 8220 Walnut Hill Ln, Dallas [75231]',
  ].join('\n'),
});

// ── 32. Bill review audit trail, text layer ──
const auditTrail = lines({
  id: 's127-audit',
  kind: 's127-bill-review-audit-trail-text',
  before: 'Bill 40262 — history',
  text: [
    '2026-01-21 08:02 INTAKE  837P received, ctl 000004471, lines 5, attachment [64714] matched',
    '2026-01-21 08:03 RULE [60303] NCCI PTP {64712}/{64445} modifier indicator 0 — line 4 denied',
    '2026-01-21 08:03 RULE [60309] NCCI PTP {64712}/{69990} — line 3 denied; {64727} add-on bundled, line 2',
    '2026-01-29 13:44 NURSE  Reviewer JT accepted rule results; MAR priced per locality Dallas',
    '2026-02-11 10:17 RECON  Request received; assigned to queue [10207]; {64445} line reopened',
  ].join('\n'),
});

// ── 33. Provider portal bill status, table ──
const portal = table({
  id: 's127-portal',
  kind: 's127-provider-portal-bill-status-grid',
  caption: 'Bill status — provider portal — TIN ending 3380',
  headers: ['Bill #', 'Received', 'Claimant', 'DOS', 'Procedure(s)', 'Billed', 'Paid', 'Status'],
  rows: [
    [
      '[40262]',
      '01/21/2026',
      'Delgado, R',
      '01/08/2026',
      '{64712}, {64727}, {69990}, {64445}, {76942}',
      '8,035.00',
      '1,126.44',
      'Paid',
    ],
    ['[40266]', '01/20/2026', 'Delgado, R', '01/08/2026', '{64714}', '3,900.00', '0.00', 'Rejected'],
    ['[40283]', '01/21/2026', 'Delgado, R', '12/29/2025', '{99214}', '265.00', '142.18', 'Paid'],
    ['[40327]', '02/19/2026', 'Rios, A', '02/04/2026', '{64445} {76942}', '1,035.00', '—', 'In review'],
    ['[40368]', '02/18/2026', 'Delgado, R', '01/08/2026', '{64445}-RT', '725.00', '117.29', 'Paid (corrected)'],
  ],
});

// ── 34. WC 835 remittance, X12 text layer ──
const remit835 = lines({
  id: 's127-835',
  kind: 's127-wc-835-remittance-x12-text',
  before: 'ST*835*0112~BPR*I*1268.62*C*ACH*CCP*01*111000025*DA*4471920*1741226009*20260206~',
  text: [
    'TRN*1*0883105*1741226009~N1*PR*BLUEBONNET MUTUAL CASUALTY~N4*AUSTIN*TX*[78756]~',
    'CLP*NTX260108A*1*8035*1126.44**WC*BMC250031847*22~REF*Y4*BMC250031847~',
    'SVC*HC:{64712}:RT*4850*1126.44**1~CAS*CO*P12*3723.56~LQ*HE*N130~',
    'SVC*HC:{64445}:RT*725*0**1~CAS*CO*97*725~REF*6R*[60521]~',
    'SVC*HC:{69990}*1200*0**1~CAS*CO*97*1200~REF*6R*[60543]~',
    'SVC*HC:{64727}*950*0**1~CAS*CO*97*950~SVC*HC:{76942}*310*0**1~CAS*CO*97*310~SE*26*0112~',
  ].join('\n'),
});

// ── 35. HL7 v2 charge message from the practice system, text layer ──
const hl7 = lines({
  id: 's127-hl7',
  kind: 's127-hl7-dft-charge-message-text',
  before: 'MSH|^~\\&|PMS|NTXPNC|BILLING|NTXPNC|202601081715||DFT^P03|60290|P|2.5.1',
  text: [
    'PID|1||[10264]^^^NTXPNC^MR||DELGADO^RAMON||19810424|M|||1218 MOCKINGBIRD LN APT 6^^IRVING^TX^[75061]',
    'PV1|1|O|PSC^OR3||||1477^MEHTA^ANIL|||||||||||||WC',
    'FT1|1|||20260108|20260108|CG|{64712}^NEUROPLASTY SCIATIC^CPT|||1|||||||||||||{64712}^^CPT|RT',
    'FT1|2|||20260108|20260108|CG|{64445}^NBLK SCIATIC SINGLE^CPT|||1',
    'IN1|1|WC01|[40174]|BLUEBONNET MUTUAL CASUALTY|PO BOX 1900^^AUSTIN^TX^[78767]||||||||||||||||||||||||BMC250031847',
  ].join('\n'),
});

// ── 36. FHIR Claim for a workers' compensation bill, JSON text layer ──
const fhir = lines({
  id: 's127-fhir',
  kind: 's127-fhir-wc-claim-json-text',
  before: '{ "resourceType": "Claim", "id": "wc-quintero-0203", "use": "claim",',
  text: [
    '  "insurance": [{ "coverage": { "display": "Workers comp WCA-5517-0392" }, "preAuthRef": ["[60566]"] }],',
    '  "accident": { "date": "2025-08-19", "type": { "coding": [{ "code": "WPA" }] } },',
    '  "item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt",',
    '    "code": "{64632}" }] }, "modifier": [{ "coding": [{ "code": "LT" }] }], "unitPrice": { "value": 180 } },',
    '    { "sequence": 2, "productOrService": { "coding": [{ "code": "{76942}" }] }, "unitPrice": { "value": 190 } }],',
    '  "provider": { "display": "Bay Foot & Ankle, Oakland CA [94612]" }, "total": { "value": 370.00 } }',
  ].join('\n'),
});

// ── 37. Bill review line export, CSV text layer ──
const csv = lines({
  id: 's127-csv',
  kind: 's127-bill-review-line-export-csv-text',
  before: 'bill_id,claim_no,jur,dos,proc,mod,units,billed,fs_allowed,ppo_red,recommended,rsn',
  text: [
    '[40262],BMC250031847,TX,2026-01-08,{64712},RT,1,4850.00,1126.44,0.00,1126.44,P12',
    '[40262],BMC250031847,TX,2026-01-08,{64445},RT,1,725.00,0.00,0.00,0.00,97',
    '[60596],WCA55170392,CA,2026-02-03,{64632},LT,1,180.00,168.14,0.00,168.14,W1',
    '[60617],GPW25041187,CA,2026-02-10,{99213},,1,185.00,96.21,9.62,86.59,P12',
    '[60640],TXW2590023,TX,2026-02-12,{64714},,1,3900.00,1031.17,0.00,1031.17,P12',
    '[40368],BMC250031847,TX,2026-01-08,{64445},RT,1,725.00,117.29,0.00,117.29,P12',
    '[60603],GPW25041187,CA,2026-02-18,{64612},RT,1,480.00,229.41,0.00,0.00,197',
  ].join('\n'),
});

// ── 38. California request for second bill review (SBR-1), text layer ──
const sbr = lines({
  id: 's127-sbr',
  kind: 's127-ca-second-bill-review-request-text',
  before: 'REQUEST FOR SECOND REVIEW — DWC Form SBR-1',
  text: [
    'Claim number WCA-5517-0392   Bill ID [60596]   EOR date 02/20/2026   Date of service 02/03/2026',
    'Line 1: {64632}-LT neurolytic destruction, billed $180.00, paid $168.14. Disputed: $11.86 (non-facility rate).',
    'The procedure was done in the office, so the OMFS non-facility maximum applies, not the facility rate.',
    'Provider: Bay Foot & Ankle, 2400 Broadway, Oakland, CA [94612]   Document id [64632] attached (EOR copy).',
  ].join('\n'),
});

// ── 39. California independent bill review line grid, table ──
const ibr = table({
  id: 's127-ibr',
  kind: 's127-ca-ibr-disputed-lines-grid',
  caption: 'DWC Form IBR — Itemization of disputed amount — IBR case CB26-64714',
  headers: ['Line', 'DOS', 'Billed code', 'Billed', 'Paid', 'In dispute', 'Basis'],
  rows: [
    ['1', '02/03/2026', '{64632}-LT', '$180.00', '$168.14', '$11.86', 'Site of service'],
    ['2', '02/03/2026', '{76942}', '$190.00', '$0.00', '$72.11', 'Not bundled with {64632}'],
    ['3', '02/03/2026', '{99213}-25', '$185.00', '$0.00', '$96.21', 'Separate E/M; mod 25'],
  ],
});

// ── 40. California explanation of review, line grid ──
const caEor = table({
  id: 's127-caeor',
  kind: 's127-ca-eor-omfs-line-grid',
  caption: 'Explanation of Review — Golden Pacific WC Services — Bill ID 60596 — OMFS',
  headers: ['Line', 'Svc date', 'Code', 'Mod', 'Qty', 'Charge', 'OMFS max', 'Allowed', 'Adj', 'CARC/RARC', 'DWC'],
  rows: [
    ['1', '02/03/2026', '{64632}', 'LT', '1', '180.00', '168.14', '168.14', '11.86', '45 / N130', 'G1'],
    ['2', '02/03/2026', '{76942}', '', '1', '190.00', '0.00', '0.00', '190.00', '97 / M15', 'G4'],
    ['3', '02/03/2026', '{99213}', '25', '1', '185.00', '96.21', '0.00', '185.00', '97 / N20', 'G4'],
    ['4', '01/13/2026', '{64455}', 'LT', '1', '160.00', '121.06', '121.06', '38.94', '45', 'G1'],
  ],
});

// ── 41. California EOR required statements, text layer ──
const caEorText = lines({
  id: 's127-caeortext',
  kind: 's127-ca-eor-required-statements-text',
  before: 'Explanation of Review — Golden Pacific WC Services',
  text: [
    'Bill ID [60596]   Claim WCA-5517-0392   Employee Lorena Quintero   Payee TIN 94-3188210',
    'Line 2: ultrasound guidance ({76942}) is not separately payable with {64632} under NCCI as adopted by the OMFS.',
    'If you disagree with this review you may request a second review within 90 days of service of this EOR,',
    'using DWC Form SBR-1, sent to Golden Pacific WC Services, Bill Review Unit, PO Box [29001], Glendale, CA [91209].',
    'Questions: 800-555-0161, option 3. Reviewer ID [60686]. EOR printed 02/20/2026 from batch [60710].',
  ].join('\n'),
});

// ── 42. IAIABC claims EDI transaction history, table (decoy only) ──
const edi = table({
  id: 's127-edi',
  kind: 's127-wc-claims-edi-froi-sroi-history-grid',
  caption: 'Claims EDI — transaction history — BMC-25-0031847',
  headers: ['MTC', 'Trans date', 'JCN', 'Employer ZIP', 'Employee ZIP', 'Ack', 'Batch'],
  rows: [
    ['00 FROI', '03/14/2025', '25-418806', '[75247]', '[75061]', 'TA', '[31806]'],
    ['IP SROI', '03/28/2025', '25-418806', '[75247]', '[75061]', 'TA', '[31928]'],
    ['S1 SROI', '05/09/2025', '25-418806', '[75247]', '[75061]', 'TE', '[32410]'],
    ['RB SROI', '01/12/2026', '25-418806', '[75247]', '[75038]', 'TA', '[40375]'],
    ['02 FROI', '01/15/2026', '25-418806', '[75247]', '[75038]', 'TA', '[40390]'],
    ['S7 SROI', '02/17/2026', '25-418806', '[75247]', '[75038]', 'TR', '[40481]'],
  ],
});

// ── 43. Bill review work queue, table ──
const queue = table({
  id: 's127-queue',
  kind: 's127-bill-review-work-queue-grid',
  caption: 'Work queue — Nurse review — 14 bills',
  headers: ['Bill ID', 'Recv', 'Jur', 'Prov ZIP', 'Claimant', 'Ln', 'Procs', 'Flag', 'Age'],
  rows: [
    ['[40327]', '02/19', 'TX', '[76104]', 'Rios, A', '2', '{64445} {76942}', 'Block w/o surgery', '3d'],
    ['[40331]', '02/19', 'TX', '[77030]', 'Pham, T', '4', '{64714} {64712} {69990} {64727}', 'Bilat plexus?', '3d'],
    ['[60598]', '02/20', 'CA', '[94609]', 'Quintero, L', '1', '{64632}', 'Frequency 3/12 mo', '2d'],
    ['[60603]', '02/20', 'CA', '[92103]', 'Whitcomb, D', '2', '{64612} {95874}', 'No UR on file', '2d'],
    ['[40336]', '02/21', 'TX', '[79902]', 'Salas, J', '1', '{64615}', 'Dx mismatch', '1d'],
    ['[40338]', '02/21', 'TX', '[78723]', 'Okoye, C', '3', '{64708}, {64704}, {99203}', '', '1d'],
    ['[40341]', '02/22', 'TX', '[75390]', 'Delgado, R', '1', '{64714}', 'UR [40311] pending', '0d'],
    ['[60611]', '02/22', 'CA', '[95817]', 'Lam, V', '2', '{64721} {64450}', '', '0d'],
  ],
});

// ── 44. Claimant medical mileage reimbursement request, text layer (decoy only) ──
const mileage = lines({
  id: 's127-mileage',
  kind: 's127-claimant-medical-mileage-request-text',
  before: 'DWC Form-048 style travel expense request — Ramon Delgado — claim BMC-25-0031847',
  text: [
    'From home: 1218 Mockingbird Ln, Irving [75061]',
    '12/29/2025 to North Texas Peripheral Nerve Center, Dallas [75231] — 14 mi each way',
    '01/08/2026 to Parkway Surgery Center, 3030 Parkway Blvd, Dallas [75243] — 17 mi each way',
    '02/02/2026 to Walnut Hill PT, 7777 Forest Ln, Dallas [75230] — 16 mi each way (12 visits)',
    'Parking receipt no. [88213] $12.00; pharmacy pick-up, Irving [75038]',
  ].join('\n'),
});

// ── 45. Texas DWC-073 work status report, text layer ──
const dwc073 = lines({
  id: 's127-dwc073',
  kind: 's127-tx-dwc073-work-status-report-text',
  before: 'DWC Form-073 — Texas Workers’ Compensation Work Status Report',
  text: [
    'Injured employee: Ramon Delgado   Date of injury 03/11/2025   Employer ZIP [75247]   Carrier claim BMC-25-0031847',
    'Doctor: Anil Mehta, MD, 8220 Walnut Hill Ln, Ste 410, Dallas, TX [75231]   Visit 01/22/2026 (post-op, {64712})',
    'Work status: will allow the employee to return to work as of 02/15/2026 with restrictions: no lifting over 10 lb.',
    'Billed with the visit as {99080}-73; the post-op visit itself is {99024}.',
  ].join('\n'),
});

// ── 46. PPO network pricing lookup, table ──
const ppo = table({
  id: 's127-ppo',
  kind: 's127-wc-ppo-network-pricing-lookup-grid',
  caption: 'Certified network / PPO lookup — results',
  headers: ['Network', 'Contract', 'Provider ZIP', 'Pricing', 'Carve-outs'],
  rows: [
    ['Lone Star HCN (certified)', 'HCN-[22821]', '[75231]', '95% of MAR', '{64712}–{64714} at 100% MAR'],
    ['Lone Star HCN (certified)', 'HCN-[22821]', '[75243]', 'ASC 108% of Medicare', 'Implants at invoice + 10%'],
    ['WorkComp Select PPO', 'WSP-[40400]', '[94609]', '10% off OMFS', '{64612} and {64615} excluded'],
    ['WorkComp Select PPO', 'WSP-[40400]', '[92103]', '10% off OMFS', 'None'],
  ],
});

// ── 47. Attachment (275 / ePWK) upload receipt from the same clearinghouse, text layer ──
const attach = lines({
  id: 's127-attach',
  kind: 's127-ebill-clearinghouse-notice-email-text',
  before: 'Attachment upload receipt — WCeDI Connect',
  text: [
    'Attachment control number [64714]   Report type OZ (support data for claim)   Transmission EL',
    'Linked bill NTX260108A / [40262]   Pages 6   Uploaded 01/20/2026 09:44 CST by user [31478]',
    'Document: operative report 01/08/2026 — right sciatic neuroplasty {64712}, external neurolysis',
    'Second upload for the {64714} rebill (NTX260108B) rejected: the report does not describe a lumbar plexus approach.',
  ].join('\n'),
});

export const sealed127: Snippet[] = [
  ...eorHeader,
  ...eorLines,
  ...eorLegend,
  ...eorRights,
  ...txLookup,
  ...txRules,
  ...omfsPage,
  ...omfsOrder,
  ...codeSearch,
  ...feeXml,
  ...ebill837,
  ...ackGrid,
  ...ackMail,
  ...ncmNotes,
  ...ncmPlan,
  ...claimScreen,
  ...payHistory,
  ...reserves,
  ...adjNotes,
  ...urLetter,
  ...urGrid,
  ...peerReview,
  ...rfa,
  ...imr,
  ...authLog,
  ...rxLog,
  ...dfr,
  ...efr,
  ...mfdrHeader,
  ...mfdrTable,
  ...reconLetter,
  ...auditTrail,
  ...portal,
  ...remit835,
  ...hl7,
  ...fhir,
  ...csv,
  ...sbr,
  ...ibr,
  ...caEor,
  ...caEorText,
  ...edi,
  ...queue,
  ...mileage,
  ...dwc073,
  ...ppo,
  ...attach,
];
