import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 29 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran
 * the detector on these snippets. Its page shapes (`kind`, prefixed `s29-`) appear in no other corpus file. Score it
 * once; do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other CPT codes an auditor quotes are labelled codes
 * too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as sample numbers,
 * letter ids, ZIPs, docket numbers, counts, universe sizes, amounts and MAC reason codes.
 *
 * Family: compliance, audit, legal and payment integrity: OIG audit report tables and findings prose, RAC and UPIC
 * additional-documentation-request letters and their claim lists, CERT error findings, payment-integrity vendor claim
 * edit reports and rationales, internal coding-audit workpapers (auditor code vs. coder code, agree/disagree,
 * financial impact), QIC reconsideration and ALJ decisions, DOJ press releases and a court opinion, corporate
 * integrity agreement claims-review reports, settlement exhibits, compliance-hotline case pages, post-audit education
 * letters, RAT-STATS sampling worksheets, overpayment demand letters and extrapolation tables, peer-review minutes,
 * TPE results, MFCU indictment counts, self-disclosure damages, MAC denial reason codes and appeal trackers.
 * Built on real public layouts: the OIG audit report (A-xx-xx-xxxxx report numbers, "Table: Sampled Claims" and the
 * Appendix sample-results and estimates tables), the RAC/UPIC ADR letter (letter id, claim list with ICN, DOS, HCPCS,
 * billed amount, review topic), the CERT Review Contractor error findings (CID, error category, error code), the
 * QIC reconsideration "Decision / Explanation" notice, the OMHA ALJ decision sections (Issue, Findings of Fact,
 * Analysis, Order), the DOJ USAO press release, the CIA Claims Review Report (IRO, Paid Claims Error Rate), the
 * RAT-STATS 2019 unrestricted variable appraisal output (universe, sample size, point estimate, lower limit at 90 %),
 * the MAC overpayment demand letter (Financial Control Number, interest, Extended Repayment Schedule), the NCCI PTP
 * edit columns and MAC reason codes (56900-style). The others are written the way those pages read, with no single
 * source.
 *
 * 324 labelled tokens over 33 shapes: 129 codes, 195 decoys, 71 of the decoys in KNOWN_10K.
 */

// ── 1. OIG audit report, "Sampled Claims With Errors" table (HTML report) ──
const oigTable = table({
  id: 's29-oigtab',
  kind: 's29-oig-report-sampled-claims-table',
  caption:
    'Table 2: Sampled Lines With Errors, Report No. A-05-23-00041, Medicare Payments for Peripheral Nerve Procedures',
  headers: [
    'Sample No.',
    'Frame Line No.',
    'Date of Service',
    'HCPCS Billed',
    'Units Billed',
    'Units Supported',
    'Error Type',
    'Overpayment',
  ],
  rows: [
    ['7', '[04158]', '03/14/2021', '{64632}', '2', '1', 'Units exceeded MUE', '$187.40'],
    ['12', '[12221]', '05/02/2021', '{64445}', '1', '0', 'Insufficient documentation', '$96.12'],
    ['19', '[19733]', '06/28/2021', '{64612}-50', '1', '1', 'Modifier not supported', '$142.88'],
    ['24', '[41054]', '08/09/2021', '{64714}', '1', '0', 'Medical necessity', '$1,118.65'],
    ['33', '[47329]', '10/19/2021', '{64483}', '2', '1', 'Level not documented', '$211.03'],
    ['41', '[50605]', '11/30/2021', '{64712}', '1', '0', 'No operative report', '$904.70'],
  ],
});

// ── 2. OIG findings prose, PDF text layer ──
const oigFindings = lines({
  id: 's29-oigfind',
  kind: 's29-oig-findings-prose-pdf',
  before: 'FINDINGS',
  text: [
    'Of the 100 sampled lines, 38 did not comply with Medicare requirements. For 21 lines billed as CPT {64632}',
    '(destruction by neurolytic agent, plantar common digital nerve), the medical records showed an injection that',
    'should have been billed as {64455}; for 9 lines the provider billed {64612} bilaterally without documentation of',
    'both sides. On the basis of our sample results, we estimated that the provider received at least $3,212,870 in',
    'overpayments for the audit period. The universe consisted of [61214] lines totaling $9,804,412 (see Appendix B).',
    'The provider, located in Dayton, OH [45402], disagreed with 14 of our determinations; its comments are Appendix E.',
    'Report No. A-05-23-[00041] was issued to the Medicare contractor, CGS Administrators, on September 12, 2024.',
  ].join('\n'),
});

// ── 3. RAC additional documentation request letter, header block ──
const racLetter = lines({
  id: 's29-racadr',
  kind: 's29-rac-adr-letter-header',
  before: 'Performant Recovery, Inc. — Medicare Recovery Audit Contractor Region 1',
  text: [
    'PO Box 4409, Livermore, CA [94551]',
    'Letter ID: ADR-2024-[80324]      Letter Date: 04/22/2024',
    'NPI: 1457392810   PTAN: [33047]   Provider: Lakeshore Pain & Spine Associates',
    '1120 Harbor Point Dr, Suite 300, Muskegon, MI [49440]',
    'RE: Request for Medical Records — Review Topic 0092 (Neurolysis procedures, CPT {64632}, {64640})',
    'Number of claims on this request: 12     Response due: 45 days from letter date',
    'Please include the Letter ID and the barcode page with each record set. Barcode batch: [71015]; esMD content type 1.',
  ].join('\n'),
});

// ── 4. RAC ADR claim list (enclosure table) ──
const racClaims = table({
  id: 's29-racclm',
  kind: 's29-rac-adr-claim-list-enclosure',
  caption: 'Enclosure A: Claims Selected for Review (Letter ID ADR-2024-80324)',
  headers: ['#', 'ICN', 'Beneficiary (last 5 MBI)', 'Pat Acct #', 'DOS', 'HCPCS', 'Billed Amt', 'Review ID'],
  rows: [
    ['1', '22124401118070', '9KD42', '[36611]', '01/09/2024', '{64632}', '$412.00', '[40761]'],
    ['2', '22124401120944', 'X7T11', '[36904]', '01/16/2024', '{64632}', '$412.00', '[40761]'],
    ['3', '22124402203317', 'AB390', '[37158]', '02/02/2024', '{64640}', '$688.00', '[40761]'],
    ['4', '22124402207761', 'QH218', '[37377]', '02/07/2024', '{64445}', '$265.00', '[40762]'],
    ['5', '22124403114482', 'P0M45', '[38026]', '03/11/2024', '{64632} x2', '$824.00', '[40761]'],
  ],
});

// ── 5. CERT Review Contractor error findings, case detail text ──
const certFinding = lines({
  id: 's29-cert',
  kind: 's29-cert-error-finding-detail',
  before: 'Comprehensive Error Rate Testing — Review Results Letter',
  text: [
    'CID: [20472]-7   Claim Type: Part B   Contractor: [12402] (Novitas JL)',
    'Error Category: Incorrect Coding   Error Code: 3 (Downcoding/Upcoding)',
    'Billed Code: {64714}  Billed Amount: $1,364.00   Paid Amount: $1,018.22',
    'Reviewer Finding: Records support {64708} (neurolysis, major peripheral nerve, other than specified) rather than',
    'lumbar plexus decompression; operative note dated 06/11/2023 describes release at the sciatic notch, which is {64712}.',
    'Recoded Code: {64712}   Recoded Amount: $927.55   Improper Payment: $90.67',
    'Reviewer ID: RN-[01180]   Determination date: 09/14/2023   Provider ZIP: [19147]',
  ].join('\n'),
});

// ── 6. Payment-integrity vendor claim edit report (grid export) ──
const editReport = table({
  id: 's29-edit',
  kind: 's29-payment-integrity-claim-edit-report',
  caption: 'Prepay Clinical Edit Report — Run 2024-07-15 — Client Plan ID 03589',
  headers: ['Edit ID', 'Claim ID', 'Ln', 'Proc', 'Mod', 'Rule', 'Action', 'Savings'],
  rows: [
    [
      '[71321]',
      '2024196E004172',
      '2',
      '{64612}',
      '50',
      'Bilateral facial neurolysis, frequency > 1 per 90 days',
      'Deny',
      '$148.30',
    ],
    ['[71321]', '2024196E005522', '1', '{64612}', 'RT', 'Frequency', 'Deny', '$74.15'],
    [
      '[70659]',
      '2024196E009182',
      '3',
      '{64445}',
      '',
      'Bundled into primary procedure (same session, same surgeon)',
      'Deny',
      '$88.40',
    ],
    ['[72898]', '2024196E012062', '1', '{64714}', '59', 'Modifier 59 unsupported (same incision)', 'Pend', '$0.00'],
    ['[92784]', '2024196E018772', '2', '{64632}', '', 'Units 4 > MUE 2', 'Reduce', '$206.50'],
  ],
});

// ── 7. Edit rationale, NCCI PTP prose on the vendor's rationale page ──
const editRationale = lines({
  id: 's29-rationale',
  kind: 's29-claim-edit-rationale-page',
  before: 'Edit Rationale — Edit 72898 (Procedure-to-Procedure, modifier indicator 1)',
  text: [
    'Column 1 / Column 2: {64712} / {64714}',
    'Per the NCCI Policy Manual, Chapter VIII, when neurolysis of the sciatic nerve ({64712}) and lumbar plexus',
    'neurolysis ({64714}) are performed through the same incision, only the more extensive procedure is reported.',
    'Effective date: 20240101   Deletion date: *   Edit version 30.2; PTP table row [61700].',
    'Source: CMS NCCI PTP Practitioner Edits, file ccipra-v302r0-f1, rows [61700]-[61712].',
    'Edit owner: Clinical Policy, queue [38145]; last reviewed 06/30/2024 (ticket [46230]); see also Edit [41252].',
  ].join('\n'),
});

// ── 8. Internal coding-audit workpaper (auditor vs. coder, agree/disagree) ──
const workpaper = table({
  id: 's29-wp',
  kind: 's29-coding-audit-workpaper-compare',
  caption: 'Q3 FY25 Pain Clinic Pro-Fee Coding Audit — Workpaper 4.2 — Auditor: J. Okafor, CPC, CPMA',
  headers: ['Enc #', 'DOS', 'Coder', 'Coder CPT', 'Auditor CPT', 'Agree?', 'Fin. Impact', 'Comment'],
  rows: [
    ['[58814]', '07/02/25', 'MT', '{64445}', '{64445}', 'Agree', '$0.00', ''],
    ['[58832]', '07/03/25', 'MT', '{64632} x2', '{64632} x1', 'Disagree', '-$61.17', 'Only 1 nerve documented'],
    ['[59264]', '07/09/25', 'RK', '{64612}-50', '{64612}', 'Disagree', '-$73.02', 'Right side only per note'],
    ['[59718]', '07/15/25', 'RK', '{99214}-25', '{99213}', 'Disagree', '-$38.55', 'MDM low; 25 supported'],
    ['[60143]', '07/21/25', 'SL', '{64712}', '{64714}', 'Disagree', '+$112.40', 'Lumbar plexus, not sciatic'],
  ],
});

// ── 9. Coding-audit summary by coder (dashboard table; coder ids are employee numbers) ──
const auditSummary = table({
  id: 's29-wpsum',
  kind: 's29-coding-audit-summary-by-coder',
  caption: 'Audit Summary — Accuracy by Coder (threshold 95%)',
  headers: ['Employee ID', 'Coder', 'Charts', 'CPT Errors', 'Accuracy', 'Top error code', 'Net $ Impact'],
  rows: [
    ['[30587]', 'M. Tran', '40', '3', '92.5%', '{64632}', '-$183.51'],
    ['[30612]', 'R. Kowalski', '40', '2', '95.0%', '{64612}', '-$73.02'],
    ['[31499]', 'S. Lindqvist', '40', '1', '97.5%', '{64712}', '+$112.40'],
    ['Total', '', '120', '6', '95.0%', '', '-$144.13'],
  ],
});

// ── 10. QIC reconsideration decision letter ──
const qic = lines({
  id: 's29-qic',
  kind: 's29-qic-reconsideration-decision',
  before: 'C2C Innovative Solutions, Inc. — Part B QIC North',
  text: [
    'MEDICARE RECONSIDERATION DECISION      Appeal Number: 1-[13442]-9981',
    'Appellant: Summit Neurosurgery PLLC, 400 Ridge Rd, Suite 12, Morgantown, WV [26505]',
    'Beneficiary: R**** T****   Date of Service: 11/04/2023   Service: CPT {64714}, open decompression of lumbar plexus',
    'Medicare Number: XXXXX0K2A   Redetermination No.: [57126]-2024   ICN 22123311208815',
    'DECISION: UNFAVORABLE. The redetermination dated 05/20/2024 denying {64714} is affirmed.',
    'EXPLANATION: LCD L[35936] (Peripheral Nerve Procedures) requires a trial of conservative care of at least six weeks.',
    'The records show physical therapy (4 visits) but no failed injection ({64445}) before surgery.',
    'The appellant billed $2,145.00; the Medicare approved amount would have been $1,206.81.',
    'If you disagree, you may request an ALJ hearing within 60 days; the amount in controversy for 2024 is $190.',
  ].join('\n'),
});

// ── 11. OMHA ALJ decision, Findings of Fact and Analysis ──
const alj = lines({
  id: 's29-alj',
  kind: 's29-alj-decision-analysis',
  before: 'OMHA Appeal No.: 3-11305842190   ALJ: Hon. Patricia Reyes',
  text: [
    'FINDINGS OF FACT',
    '1. On March 3, 2022, the Appellant performed chemical neurolysis of the right facial nerve (CPT {64612}).',
    '2. The Appellant billed {64612} with modifier 50 and 2 units; the operative note documents 14 sites on the right side.',
    '3. The statistical sample drew 30 claims from a universe of [23006] claims (Exhibit 4, p. [10513]).',
    "4. The Appellant's practice is located at 1510 Camino del Rio, San Diego, CA [92108].",
    'ANALYSIS',
    'The Appellant argues that "{64612}" describes each branch of the facial nerve. We disagree: the descriptor is',
    'unilateral, and {64612} is reported once per side per session (CPT Assistant, April 2017).',
    'The extrapolated overpayment of $[62436].88 is therefore supported except as to sample units 12 and 17.',
    'ORDER: The QIC decision is AFFIRMED IN PART. Medicare Appeals Council review may be requested within 60 days.',
  ].join('\n'),
});

// ── 12. DOJ USAO press release ──
const doj = lines({
  id: 's29-doj',
  kind: 's29-doj-press-release',
  before: 'U.S. Attorney’s Office, Eastern District of Kentucky — FOR IMMEDIATE RELEASE',
  text: [
    'LEXINGTON, Ky. — A Lexington pain-management physician agreed to pay $2.4 million to resolve allegations that he',
    'billed Medicare and Kentucky Medicaid for nerve destruction procedures (CPT codes {64632} and {64640}) that were in',
    'fact simple nerve blocks ({64450}, {64455}) between January 2018 and June 2022. The United States alleged that',
    'the practice, located at 2520 Sir Barton Way, Lexington, KY [40509], submitted [52128] claims for the higher-paying',
    'codes. The settlement resolves a lawsuit filed under the qui tam provisions of the False Claims Act, United States ex',
    'rel. Doe v. Bluegrass Interventional, Case No. 5:21-cv-[00219]. The whistleblower will receive $432,000.',
    'Assistant U.S. Attorney Karen Wills handled the matter. HHS-OIG case No. 22-[43105] was opened in 2021.',
    'Media contact: Public Affairs, 260 W. Vine St., Suite 300, Lexington, KY [40507]',
  ].join('\n'),
});

// ── 13. Federal court opinion excerpt (slip opinion, with footnote) ──
const opinion = lines({
  id: 's29-opinion',
  kind: 's29-court-opinion-excerpt',
  before: 'UNITED STATES DISTRICT COURT, NORTHERN DISTRICT OF TEXAS, DALLAS DIVISION — MEMORANDUM OPINION AND ORDER',
  text: [
    'Relator alleges that Defendants systematically "upcoded" sciatic nerve blocks, CPT {64445}, to open sciatic',
    'neurolysis, CPT {64712}, a procedure that requires an incision and is reimbursed at roughly eight times the rate.',
    'See Am. Compl. ¶¶ 41–58, ECF No. 73. Relator identifies 212 specific claims, e.g., claim 924011790221, billed',
    '02/14/2020 under {64712} for a patient whose chart (Bates MSP-[90221]) records a 10-minute office block.³',
    '³ Relator also points to the modifier pattern "{64712}-59" on [21569] lines, which the Court addresses in Part III.B.',
    'United States ex rel. Harlan v. Meridian Spine Partners, No. 3:19-cv-[02498]-N, 2024 WL 4158127 (N.D. Tex. 2024).',
  ].join('\n'),
});

// ── 14. CIA Claims Review Report (IRO), discovery sample results table ──
const ciaReview = table({
  id: 's29-cia',
  kind: 's29-cia-iro-claims-review-table',
  caption:
    'Corporate Integrity Agreement — Reporting Period 3 — IRO Claims Review Report, Attachment 2: Claims With Errors',
  headers: [
    'Sample Unit',
    'Patient Acct',
    'Paid Claim No.',
    'Procedure Code Submitted',
    'Procedure Code Reviewed',
    'Error Description',
    'Paid',
    'Overpayment',
  ],
  rows: [
    [
      '4',
      '[70218]',
      '[53070]-02',
      '{64632}',
      '{64455}',
      'Agent not neurolytic (bupivacaine/dexamethasone)',
      '$318.46',
      '$241.70',
    ],
    ['11', '[70564]', '[53091]-01', '{64640}', '{64450}', 'Injection only; no destruction', '$402.12', '$317.04'],
    ['18', '[71897]', '[53070]-05', '{64445}', 'No code', 'Record not provided', '$96.12', '$96.12'],
    [
      '26',
      '[73347]',
      '[54119]-03',
      '{64612} 50',
      '{64612}',
      'Unilateral procedure billed bilaterally',
      '$284.60',
      '$142.30',
    ],
  ],
});

// ── 15. CIA report narrative (Paid Claims Error Rate) ──
const ciaNarr = lines({
  id: 's29-cianarr',
  kind: 's29-cia-iro-narrative-error-rate',
  before: 'IV. Results of the Claims Review',
  text: [
    'The IRO reviewed 50 Paid Claims drawn from a population of [10362] Paid Claims with a total paid amount of',
    '$4,188,306.14. The Paid Claims Error Rate was 6.2 %, which exceeds the 5 % threshold and requires a Full',
    'Sample under Appendix B of the CIA. The errors concentrated in neurolysis codes {64612} and {64632};',
    'no errors were found in E/M visits. The population file, Pop3_[41946].xlsx, is',
    'retained for six years. Client Provider No. [30917]; IRO engagement letter dated 02/01/2025.',
  ].join('\n'),
});

// ── 16. Settlement agreement, Exhibit A (covered conduct codes) ──
const settlement = lines({
  id: 's29-settle',
  kind: 's29-settlement-exhibit-covered-conduct',
  before: 'EXHIBIT A TO SETTLEMENT AGREEMENT — COVERED CONDUCT',
  text: [
    'A. Claims for CPT code {64632} (destruction by neurolytic agent; plantar common digital nerve) where the',
    '   agent injected was a corticosteroid and local anesthetic;',
    'B. Claims for CPT codes {64712} and {64714} submitted by Dr. Hall without an operative report;',
    'C. Claims billed with modifier 50 on CPT {64612} between 01/01/2019 and 12/31/2023.',
    'Settlement Amount: $1,750,000 (restitution $875,000). Relator share: 18 %.',
    'Defendant: Ridgeview Pain Institute, LLC, 900 Medical Pkwy, Joliet, IL [60435].',
    'Paid by wire to the Department of Justice, reference DJ # 46-31-[20411] and CDCS No. [20863].',
  ].join('\n'),
});

// ── 17. Compliance hotline case page (case management key/value fields) ──
const hotline: Snippet[] = [
  {
    id: 's29-hot-1',
    kind: 's29-compliance-hotline-case-page',
    text: '[24117]',
    before: 'Case Number',
    after: 'Status: Open',
  },
  {
    id: 's29-hot-2',
    kind: 's29-compliance-hotline-case-page',
    text: 'Anonymous caller reports that Dr. M. was told to bill {64714} for lumbar plexus release when only a nerve block {64445} was done at the Oak Park ASC (Facility [60561]).',
    before: 'Allegation Summary',
    after: 'Category',
  },
  {
    id: 's29-hot-3',
    kind: 's29-compliance-hotline-case-page',
    text: 'Billing Fraud / Upcoding (4.2) — location [60561], Oak Park ASC',
    before: 'Category',
    after: 'Intake Channel',
  },
  {
    id: 's29-hot-4',
    kind: 's29-compliance-hotline-case-page',
    text: 'Call ID [82469]  (EthicsPoint), duration 14 min, PIN issued for follow-up',
    before: 'Intake Channel',
    after: 'Assigned To',
  },
  {
    id: 's29-hot-5',
    kind: 's29-compliance-hotline-case-page',
    text: 'Pulled 25 claims billed {64714} Jan–Jun; 6 lack op notes. Referred to Coding Audit, ticket [81504].',
    before: 'Investigator Notes',
    after: 'Attachments',
  },
];

// ── 18. Post-audit provider education letter ──
const education = lines({
  id: 's29-edu',
  kind: 's29-post-audit-education-letter',
  before: 'Department of Compliance & Audit Services — Provider Education Following Focused Review',
  text: [
    'Northside Pain Physicians, 77 Elm Street, Worcester, MA [01608]',
    'Dear Dr. Abernathy,',
    'Our focused review of 20 encounters (audit #[26642]) found an accuracy rate of 80 %. The main findings:',
    '• Chemical neurolysis of the facial nerve is reported with {64612}; it is a unilateral code. When both sides',
    '  are treated, report {64612}-50, not 2 units.',
    '• A sciatic nerve block with ultrasound guidance is {64445} alone; do not add {76942}, which is bundled.',
    '• "Neurolysis" in a dictated note is not enough for {64712}: the note must document an open approach.',
    'A re-audit of 10 encounters is scheduled for 90 days after this letter. Questions: ext. 4-[40002].',
  ].join('\n'),
});

// ── 19. RAT-STATS unrestricted variable appraisal output ──
const ratstats = lines({
  id: 's29-ratstats',
  kind: 's29-ratstats-variable-appraisal-output',
  before: 'RAT-STATS 2019 — Variable Appraisal — Unrestricted — Audit File: Neuro_Pain_OIG.xlsx',
  text: [
    'AUDIT/REVIEW: Peripheral nerve procedures, codes {64445} {64632} {64640}',
    'DATE: 10/02/2024   TIME: 14:22',
    'UNIVERSE SIZE:   [12882]          SAMPLE SIZE:   100',
    'RANDOM NUMBER SEED:  [91396]        NONZERO DIFFERENCES: 38',
    '                 EXAMINED        DIFFERENCE     AUDITED',
    'MEAN             412.06          86.31         325.75',
    'POINT ESTIMATE  5,308,357       1,111,846     4,196,511',
    '90% LOWER LIMIT  4,902,044         841,179     3,740,215',
    'SAMPLE FRAME FILE: Frame_[84117].xlsx   CONFIDENCE: 90%   PRECISION: 24.34%',
  ].join('\n'),
});

// ── 20. Overpayment demand letter (MAC) ──
const demand = lines({
  id: 's29-demand',
  kind: 's29-mac-overpayment-demand-letter',
  before: 'Palmetto GBA — Jurisdiction J — Overpayment Recovery, PO Box 100277, Columbia, SC 29202',
  text: [
    'NOTICE OF OVERPAYMENT — INITIAL DEMAND      Debt ID: [58219]',
    'Financial Control Number (FCN): 1024300447152',
    'Provider: Magnolia Spine Center   PTAN: [62542]   Tax ID: XX-XXX4418',
    '2201 Riverchase Pkwy, Hoover, AL [35244]',
    'Overpayment Principal: $84,106.20   Interest rate: 12.625 %   Date of demand: 08/15/2024',
    'Reason: Post-payment review (UPIC referral [33783]) found CPT {64632} and {64640} not supported; extrapolated.',
    'If payment is not received within 30 days, interest accrues; recoupment begins on day 41. To request an',
    'Extended Repayment Schedule, cite ERS case [47702] and send the hardship form to the address below.',
    'Remit to: Palmetto GBA, Attn: Overpayments, PO Box 100277, Columbia, SC [29202]-3277',
  ].join('\n'),
});

// ── 21. Extrapolation table by stratum (appendix) ──
const extrap = table({
  id: 's29-extrap',
  kind: 's29-extrapolation-stratum-table',
  caption: 'Appendix C: Sample Design and Estimated Overpayment by Stratum',
  headers: ['Stratum', 'Codes in Stratum', 'Frame Count (N)', 'Sample (n)', 'Sample Overpayment', 'Point Estimate'],
  rows: [
    ['1', '{64445}', '[42311]', '30', '$1,206.44', '$1,730,214'],
    ['2', '{64632}, {64640}', '[18502]', '40', '$6,310.02', '$2,918,770'],
    ['3', '{64612}', '[27118]', '30', '$2,117.90', '$1,914,116'],
    ['4 (certainty)', '{64712}–{64714}', '12', '12', '$11,480.00', '$11,480'],
    ['Total', '', '[87943]', '112', '$21,114.36', '$6,574,580'],
  ],
});

// ── 22. Peer-review committee minutes ──
const peer = lines({
  id: 's29-peer',
  kind: 's29-peer-review-committee-minutes',
  before: 'CONFIDENTIAL — PEER REVIEW PRIVILEGED (Tex. Occ. Code § 160.007) — Medical Staff Peer Review Committee',
  text: [
    'Case PR-2025-[11709]: Dr. K. (pain medicine). Referred by Coding Compliance after audit of facial neurolysis.',
    'Discussion: Committee reviewed 6 cases coded {64612}; in 4, the procedure was botulinum toxin',
    'chemodenervation for chronic migraine and should have been {64615}; Dr. S. noted that the J0585 units were',
    'documented correctly. Dr. P. asked whether {64632} was used for Morton neuroma cases: yes, 2 cases, appropriate.',
    'Prior history: letters of concern 2022 (file [49351]) and 2023 (file [49958]).',
    'Vote: 7 in favor of focused review (FPPE), 0 opposed, 1 recused. Next meeting 06/12/2025. Recorder: L. Grant, ext. [20577].',
  ].join('\n'),
});

// ── 23. UPIC records request, bulleted document list ──
const upic = lines({
  id: 's29-upic',
  kind: 's29-upic-records-request-list',
  before: 'Qlarant Integrity Solutions — Unified Program Integrity Contractor, Midwest',
  text: [
    'UPIC Case #: [73725]   Request Date: 01/08/2025   Due: 02/07/2025',
    'Please submit the following for each claim listed in Attachment 1 (38 claims, see list):',
    '  1. Signed procedure notes, including the neurolytic agent, dose and nerve treated',
    '  2. Fluoroscopy or ultrasound images if image guidance was billed',
    '  3. Prior conservative-treatment records (e.g., diagnostic block {64450}) within 12 months',
    '  4. Signature log and attestation for unsigned notes',
    'Questions: UPIC investigator T. Nguyen, (410) 872-9100 ext. [32864].',
    'Mail to: 8171 Maple Lawn Blvd, Suite 375, Fulton, MD [20759], or upload via esMD (Routing [22051]).',
  ].join('\n'),
});

// ── 24. TPE (Targeted Probe and Educate) results letter, results table ──
const tpe = table({
  id: 's29-tpe',
  kind: 's29-tpe-round-results-table',
  caption: 'TPE Round 1 Results — Provider NPI 1629004431 — Topic: Peripheral Nerve Blocks and Neurolysis',
  headers: ['Claim Control #', 'Code', 'Decision', 'Reason Code', 'Dollars Reviewed', 'Dollars Denied'],
  rows: [
    ['[31012]', '{64445}', 'Approved', '', '$96.12', '$0.00'],
    ['[31017]', '{64445}', 'Denied', '5F014', '$96.12', '$96.12'],
    ['[31029]', '{64632}', 'Denied', '[56900]', '$154.18', '$154.18'],
    ['[31048]', '{64612}', 'Partial', 'SUB60', '$142.88', '$71.44'],
    ['[31093]', '{64714}', 'Approved', '', '$1,018.22', '$0.00'],
  ],
});

// ── 25. MAC denial reason code lookup (the MAC website's table) ──
const reasonCodes = table({
  id: 's29-reason',
  kind: 's29-mac-denial-reason-code-lookup',
  caption: 'Medical Review Denial Reason Codes — Part B (codes used on the ADR results letter)',
  headers: ['Reason Code', 'Description', 'Example'],
  rows: [
    ['[56900]', 'Requested records not submitted within 45 days', 'Claims for {64445} with no response to ADR'],
    ['5H199', 'Billing provider not the rendering provider', ''],
    ['55T00', 'Units billed exceed documented services', 'e.g., {64632} x4 when 2 nerves documented'],
    ['5CMN0', 'Documentation does not support medical necessity', ''],
    ['[52012]', 'Service not covered by LCD [33932]', 'Peripheral nerve ablation {64640} for knee pain'],
  ],
});

// ── 26. Appeals tracker (spreadsheet pasted into the compliance portal, no header row) ──
const tracker = table({
  id: 's29-tracker',
  kind: 's29-appeals-tracker-no-header',
  headers: ['', '', '', '', '', ''],
  rows: [
    ['RAC-[80324]-04', '{64445}', 'Redetermination', 'Filed 05/20/24', 'Favorable', '$265.00'],
    ['RAC-[80324]-09', '{64632}', 'Reconsideration', 'Filed 08/02/24', 'Unfavorable', '$412.00'],
    ['UPIC-[73725]', '{64640}', 'ALJ', 'Hearing 03/11/25', 'Pending', '$84,106.20'],
    ['CERT [20472]', '{64714}>{64712}', 'Not appealed', '', 'Accepted', '$90.67'],
  ],
});

// ── 27. MFCU indictment, counts table (PDF) ──
const indictment = lines({
  id: 's29-indict',
  kind: 's29-mfcu-indictment-counts',
  before: 'IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS — INDICTMENT — Medicaid Fraud Control Unit',
  text: [
    'COUNT  DATE OF CLAIM  RECIPIENT  RIN (last 5)  PROCEDURE BILLED           AMOUNT',
    '1      02/11/2021     J.R.       [48213]       {64712} neurolysis, sciatic  $1,480.00',
    '2      02/11/2021     J.R.       [48213]       {64714} lumbar plexus        $1,612.00',
    '3      04/06/2021     L.M.       [55906]       {64712}                      $1,480.00',
    '4      04/06/2021     L.M.       [55906]       {64445} x 3                  $405.00',
    'All in violation of 305 ILCS 5/8A-3. Grand Jury No. 2023-GJ-[39114]. Bond: $[25000] I-bond.',
  ].join('\n'),
});

// ── 28. OIG Self-Disclosure Protocol, damages calculation worksheet ──
const sdp = table({
  id: 's29-sdp',
  kind: 's29-oig-self-disclosure-damages',
  caption:
    'Self-Disclosure Submission — Attachment 3: Damages Calculation (Look-back 01/2019–12/2024), SDP Case No. 24-01023',
  headers: ['CPT Billed', 'CPT Supported', 'Claims', 'Paid per Claim', 'Supported per Claim', 'Single Damages'],
  rows: [
    ['{64632}', '{64455}', '318', '$154.18', '$78.90', '$23,939.04'],
    ['{64640}', '{64450}', '[10271]', '$201.06', '$62.33', '$1,425,256.83'],
    ['{64612}-50', '{64612}', '96', '$284.60', '$142.30', '$13,660.80'],
    ['Total', '', '[10685]', '', '', '$1,462,856.67'],
  ],
});

// ── 29. Compliance committee audit dashboard in prose bullets (board report) ──
const board = lines({
  id: 's29-board',
  kind: 's29-compliance-committee-board-report',
  before: 'Report of the Chief Compliance Officer to the Audit & Compliance Committee — Q2 2025',
  text: [
    '• External audits open: 4 (RAC [80324], UPIC [73725], TPE round 2, Commercial payer SIU case [66413])',
    '• Repayments this quarter: $96,338.17, of which $84,106.20 is the MAC demand (UPIC referral).',
    '• Work plan item 2025-07 (nerve procedures, CPT {64400}–{64999} range, 3 high-volume codes):',
    '  [72042] claims in scope, 120 audited, accuracy 93.3 %.',
    '• Hotline: 31 reports (16 billing); case [24117] substantiated in part.',
    '• Training completion 98.1 % ([12583] of 12,842 workforce members).',
  ].join('\n'),
});

// ── 30. Payer SIU medical-record review summary (commercial payer) ──
const siu = lines({
  id: 's29-siu',
  kind: 's29-payer-siu-record-review-summary',
  before: 'Special Investigations Unit — Clinical Review Summary — CONFIDENTIAL',
  text: [
    'SIU File: [66413]   Provider TIN ending 4418   Line of business: Commercial PPO, Group [92046]',
    'Allegation: billing open neurolysis ({64712}/{64714}) for percutaneous procedures performed in the office.',
    "Claims pulled: [38700] lines paid 2023–2024 under the provider's 3 TINs; sample of 40 DOS selected.",
    'Reviewer: D. Marsh, RN, CPC. Records reviewed: 40 DOS (2023-01-04 through 2024-11-19).',
    'Finding 1: 22 of 24 claims billed as "{64712}" describe a needle placed under ultrasound; best code {64445}.',
    'Finding 2: 9 claims billed as {64714} RT; none document an incision. Finding 3: records for 2 claims not received.',
    'Identified overpayment: $[41171].40 on 31 claims; provider notified by letter dated 03/03/2025, ZIP [60611].',
  ].join('\n'),
});

// ── 31. RAT-STATS single-stage random numbers output (sample frame positions, text report) ──
const ratRandom = lines({
  id: 's29-ratrand',
  kind: 's29-ratstats-random-numbers-output',
  before: 'RAT-STATS 2019 — Single Stage Random Numbers — Audit: Neuro_Pain_OIG — Seed 91396',
  text: [
    'FRAME: LOW 1   HIGH [12882]   QUANTITY IN ORDER: 30   SPARES: 5',
    'Order  Value      Order  Value      Order  Value',
    '  1    [10174]      11    [11393]      21    [12213]',
    '  2     2731        12    [10066]      22     9318',
    '  3    [11067]      13    [12630]      23    [10949]',
    '  4    [10731]      14     4471        24    [11841]',
    '  5      812        15    [11570]      25    [12400]',
    '  6    [12058]      16    [10388]      26    [10512]',
    '  7    [10823]      17    [11901]      27     6615',
    '  8    [11286]      18    [12744]      28    [10277]',
    '  9     7023        19    [10541]      29    [11483]',
    ' 10    [12318]      20    [11229]      30    [10016]',
    'SPARES: [11636] [12052] [10597] 5530 [12819]',
  ].join('\n'),
});

// ── 32. Sample detail worksheet (frame position → claim → code → audit result) ──
const sampleDetail = table({
  id: 's29-sampdet',
  kind: 's29-sampling-worksheet-sample-detail',
  caption: 'Workbook tab "Sample Detail" — Stratum 2 (neurolytic destruction) — Auditor initials in col. J',
  headers: ['Sample #', 'Frame Pos.', 'Bene MRN', 'ICN', 'Billed CPT', 'Paid', 'Audited Paid', 'Diff', 'Result'],
  rows: [
    ['S2-01', '[10174]', '[77306]', '22123307711280', '{64632}', '154.18', '0.00', '154.18', 'NS'],
    ['S2-02', '[11067]', '[71658]', '22123309914402', '{64640}', '201.06', '62.33', '138.73', 'RC'],
    ['S2-03', '[10731]', '[70913]', '22123311208815', '{64632}', '154.18', '154.18', '0.00', 'OK'],
    ['S2-04', '[12058]', '[78420]', '22123401130274', '{64640}', '201.06', '201.06', '0.00', 'OK'],
    ['S2-05', '[10823]', '[75143]', '22123402245591', '{64632}', '308.36', '154.18', '154.18', 'UN'],
    ['S2-06', '[11286]', '[72608]', '22123403379912', '{64640}', '201.06', '0.00', '201.06', 'NS'],
  ],
});

// ── 33. Compliance hotline case list (case management grid, no codes on the list view) ──
const hotlineList = table({
  id: 's29-hotlist',
  kind: 's29-hotline-case-list-grid',
  caption: 'Open Cases — Compliance Case Management — filter: Category = Billing & Coding — 8 results',
  headers: ['Case #', 'Opened', 'Category', 'Site', 'Site ZIP', 'Days Open', 'Owner'],
  rows: [
    ['[24117]', '03/02/2025', 'Upcoding', 'Oak Park ASC', '[60302]', '94', 'K. Ames'],
    ['[24139]', '03/09/2025', 'Unbundling', 'Evanston Pain Ctr', '[60201]', '87', 'K. Ames'],
    ['[24170]', '03/20/2025', 'Medical necessity', 'Skokie MOB', '[60076]', '76', 'J. Okafor'],
    ['[24203]', '04/01/2025', 'Modifier misuse', 'Oak Park ASC', '[60302]', '64', 'J. Okafor'],
    ['[24251]', '04/15/2025', 'Documentation', 'Des Plaines Clinic', '[60016]', '50', 'R. Patel'],
    ['[24288]', '04/28/2025', 'Upcoding', 'Park Ridge Spine', '[60068]', '37', 'R. Patel'],
    ['[24310]', '05/06/2025', 'Kickback concern', 'Niles Surgery Ctr', '[60714]', '29', 'Legal'],
    ['[24345]', '05/19/2025', 'Duplicate billing', 'Evanston Pain Ctr', '[60201]', '16', 'K. Ames'],
  ],
});

export const sealed29: Snippet[] = [
  ...oigTable,
  ...oigFindings,
  ...racLetter,
  ...racClaims,
  ...certFinding,
  ...editReport,
  ...editRationale,
  ...workpaper,
  ...auditSummary,
  ...qic,
  ...alj,
  ...doj,
  ...opinion,
  ...ciaReview,
  ...ciaNarr,
  ...settlement,
  ...hotline,
  ...education,
  ...ratstats,
  ...demand,
  ...extrap,
  ...peer,
  ...upic,
  ...tpe,
  ...reasonCodes,
  ...tracker,
  ...indictment,
  ...sdp,
  ...board,
  ...siu,
  ...ratRandom,
  ...sampleDetail,
  ...hotlineList,
];
