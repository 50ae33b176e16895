import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 155 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s155-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64447 64450 64446 64448 64454 64624 64713 64721 76942 95907 95910 95911 95913 95867 95886
 * 97110 97140 99214). About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K): the
 * eProcurement solicitation id, the MCO's state supplier number, a Title XIX funding line, the protest counsel's ZIP
 * (also as billing ZIPs in an encounter CSV) and a county FIPS code. The five known codes' digits come back as
 * decoys: the contract number 2026-MC-64445 (on the award notice, protest, signature page, portal, CAP letter,
 * email, amendment and XML feed), the Department's PO Box 64712, the MCO's PO Box 64445, CAP No. 64632 (letter,
 * summary and CSV), a proposal control number and a protest docket, a code-list document number, a test batch, an
 * X12 278 BHT reference and ST/SE control number, an MCO PA rule id, an MMIS duplicate edit and an 837P line item
 * control number (REF*6R), a FHIR ClaimResponse id, a capitation rate cell id and a phone extension.
 *
 * Family: a (fictional) state Medicaid managed-care procurement and contract for pain and peripheral-nerve services
 * (State of Lanark, DHFS, LanarkCare Region 3; awardee Meridale Health Plan, protester Cardinal Community Care): the
 * eProcurement listing, RFP cover page, scope of work section, scored requirements matrix, pricing template,
 * addendum Q&A and Attachment J code list CSV; the MCO's proposal narrative, UM-criteria table and network adequacy
 * table; an evaluator's score sheet, the consensus memo and the notice of intent to award; the protest letter and
 * the protest decision; the contract signature page and Exhibits B (covered services), C (prior-auth list) and D
 * (encounter requirements), with the MCO's portal PA code lookup; the readiness review checklist, onsite minutes,
 * test claims log and an X12 278 test request; the corrective action plan (State letter, MCO response table, CSV
 * tracking log, EQRO PA file review); the State's monthly encounter data quality report (summary, rejects by edit,
 * top procedures, rejects CSV, 837P segment viewer, duplicate pairs); a Da Vinci PAS FHIR ClaimResponse; the
 * contract manager's email; the MCO's provider bulletin; and Amendment No. 1 (text, Exhibit C redline, capitation
 * rate exhibit, open-contracts XML record).
 * Built on real public layouts: state eProcurement solicitation pages (solicitation id, NIGP class, addenda), state
 * Medicaid MCO RFPs (scope of work numbered 4.x.x, technical requirement response matrices with points, cost
 * proposal templates, addendum question-and-answer tables), evaluation score sheets and consensus memos, notices of
 * intent to award and protest decisions, model MCO contracts with covered-services and prior-authorization
 * exhibits, readiness review desk-review tools (as CMS and state EQROs publish them), corrective action plan
 * templates, encounter data validation reports (acceptance rate, rejects by edit), ASC X12 005010 837P and 278
 * segments, the HL7 Da Vinci PAS ClaimResponse profile, and state contract transparency downloads. The others are
 * written the way those pages read, with no single source.
 *
 * 344 labelled tokens over 41 shapes: 200 codes, 144 decoys, 52 of the decoys in KNOWN_10K.
 */

// ── 1. Procurement portal solicitation listing, screen text (decoy heavy) ──
const portal = lines({
  id: 's155-portal',
  kind: 's155-procurement-portal-solicitation-listing-text',
  before: 'Lanark eProcurement — Open Solicitations — Health and Human Services',
  text: [
    'Solicitation ID: [30143]   Type: Request for Proposals   Status: Closed — Intent to Award Posted',
    'Title: Medicaid Managed Care — Pain Management and Peripheral Nerve Services (LanarkCare Region 3)',
    'Agency: Department of Health and Family Services (DHFS)   Buyer: Tamsin Holloway   NIGP class [95200]',
    'Issued 03/02/2026   Questions due 03/23/2026   Proposals due 05/15/2026 2:00 PM CT   Bids received: 3',
    'Addenda: 2   Pre-proposal conference ID [61050]   Estimated value $184,600,000 over 4 years',
    'Attachments: RFP_[30143].pdf (412 KB), Att_G_Pricing.xlsx, Att_J_Code_List.csv (doc no. [64612])',
  ].join('\n'),
});

// ── 2. RFP cover page, PDF text layer ──
const rfpCover = lines({
  id: 's155-rfpcover',
  kind: 's155-rfp-cover-page-pdf-text',
  before: 'STATE OF LANARK',
  text: [
    'DEPARTMENT OF HEALTH AND FAMILY SERVICES — DIVISION OF MEDICAID',
    'REQUEST FOR PROPOSALS No. DHFS-RFP-[26062]',
    'Medicaid Managed Care Organization Services: Pain Management and Peripheral Nerve Procedures',
    'Issuing Officer: Tamsin Holloway, CPPB, Office of Procurement, PO Box [64712], Port Ellis, LK [52015]-4712',
    'Telephone (555) 301-2290   Email: dhfs.procurement@lanark.gov.example',
    'eProcurement solicitation ID [30143]; this RFP follows Request for Information [22042] of 09/15/2025.',
  ].join('\n'),
});

// ── 3. RFP Section 4 scope of work, PDF text layer ──
const rfpScope = lines({
  id: 's155-rfpscope',
  kind: 's155-rfp-scope-of-work-section-text',
  before: 'SECTION 4 — SCOPE OF WORK',
  text: [
    '4.7 Pain Management and Peripheral Nerve Services',
    '4.7.1 The Contractor shall cover medically necessary peripheral nerve blocks, including but not limited to',
    'CPT {64445} (sciatic nerve, single injection), {64447} (femoral nerve, single injection) and {64450} (other',
    'peripheral nerve or branch), when performed by a network provider in the office, ASC or outpatient setting.',
    '4.7.2 The Contractor shall cover neuroplasty of major peripheral nerves, CPT {64712} (sciatic nerve) and',
    '{64714} (lumbar plexus), following a documented trial of conservative therapy as defined in Exhibit C.',
    '4.7.3 The Contractor shall cover neurolytic destruction of the plantar common digital nerve (CPT {64632}) and',
    'chemodenervation of muscles innervated by the facial nerve (CPT {64612}) for members with hemifacial spasm.',
    '4.7.4 Prior authorization shall be limited to the codes listed in Exhibit C and decided within 72 hours',
    '(expedited) or 7 calendar days (standard). Requests under {64445} shall not require prior authorization.',
  ].join('\n'),
});

// ── 4. RFP scored requirements matrix, table ──
const rfpScored = table({
  id: 's155-rfpscored',
  kind: 's155-rfp-scored-requirements-matrix',
  caption: 'Attachment B — Technical Requirements Response Matrix (maximum 1,000 points)',
  headers: ['Req. No.', 'Requirement', 'RFP Section', 'Max Points', 'Page limit'],
  rows: [
    ['TR-14', 'Describe UM criteria for CPT {64712} and {64714} neuroplasty', '4.7.2', '60', '4'],
    ['TR-15', 'Describe PA turnaround monitoring for {64447} and {64450} blocks', '4.7.1, 4.7.4', '40', '3'],
    ['TR-16', 'Network adequacy for podiatry ({64632}) and neurology ({64612}) by county', '4.7.3', '50', '5'],
    ['TR-17', 'Encounter submission plan; 98% acceptance under edit set [73018]', '6.3', '80', '6'],
    ['TR-18', 'Member education on nerve blocks ({64445}) vs. opioid therapy', '4.9', '30', '2'],
  ],
});

// ── 5. RFP Attachment G pricing template, table ──
const pricing = table({
  id: 's155-pricing',
  kind: 's155-rfp-attachment-g-pricing-template-grid',
  caption: 'Attachment G — Cost Proposal: Base Period Utilization and Unit Cost (Region 3)',
  headers: ['Line', 'Procedure Code', 'Base Period Units', 'State Fee Schedule', 'Offeror Unit Cost'],
  rows: [
    ['G-01', '{64445}', '4,118', '$118.42', ''],
    ['G-02', '{64447}', '2,960', '$112.06', ''],
    ['G-03', '{64632}', '611', '$143.90', ''],
    ['G-04', '{64612}', '388', '$151.33', ''],
    ['G-05', '{64712}', '97', '$702.15', ''],
    ['G-06', '{64714}', '41', '$655.80', ''],
    ['G-07', 'All other pain/nerve codes in Attachment J', '4,001', '', ''],
    ['G-08', 'Total base period units', '[12216]', '', ''],
  ],
});

// ── 6. RFP addendum, questions and answers, PDF text layer ──
const qa = lines({
  id: 's155-qa',
  kind: 's155-rfp-addendum-questions-answers-text',
  before: 'ADDENDUM No. 2 to RFP DHFS-RFP-26062 — Responses to Offeror Questions',
  text: [
    'Q17. Section 4.7.2 lists {64712} and {64714}. Will the Department accept an MCO policy that also requires',
    '     prior authorization for neuroplasty of the brachial plexus ({64713})?',
    'A17. Yes. Exhibit C will be amended to add CPT {64713}; CPT {64712} and {64714} remain as listed.',
    'Q18. Is ultrasound guidance ({76942}) separately payable with {64445} under the State fee schedule?',
    'A18. No. The State fee schedule bundles imaging guidance into {64445}; {76942} is not paid with it.',
    'Q19. The data book shows [12216] units in the base period. Does that include crossover claims?',
    'A19. No. The figure of [12216] excludes Medicare crossovers; see data book table [31047].',
  ].join('\n'),
});

// ── 7. MCO proposal, response to TR-14 (narrative), PDF text layer ──
const propNarr = lines({
  id: 's155-propnarr',
  kind: 's155-mco-proposal-narrative-response-text',
  before: 'Meridale Health Plan of Lanark, Inc. — Technical Proposal — Response to TR-14 (page 212 of 640)',
  text: [
    'Meridale applies its Peripheral Nerve Surgery clinical policy (MHP-CP-118) to requests for CPT {64712}',
    'and {64714}. For sciatic neuroplasty ({64712}), our reviewers confirm EMG/NCS findings (CPT {95910} or',
    '{95911} with {95886}) and six weeks of documented conservative care, including PT ({97110}, {97140}).',
    'In the 2025 plan year our Ohio affiliate reviewed 1,204 neuroplasty requests ({64712}: 688; {64714}: 516)',
    'with a median turnaround of 2.6 days. Proposal control no. [64714]; Offeror supplier no. [18021].',
  ].join('\n'),
});

// ── 8. MCO proposal, UM criteria by code, table ──
const propUm = table({
  id: 's155-propum',
  kind: 's155-mco-proposal-um-criteria-by-code-table',
  caption: 'Exhibit TR-14.2 — Proposed Utilization Management Approach by Procedure',
  headers: ['CPT', 'Procedure', 'PA Proposed?', 'Criteria Source', 'Reviewer'],
  rows: [
    ['{64445}', 'Sciatic nerve block, single', 'No', 'N/A — notification only', 'N/A'],
    ['{64447}', 'Femoral nerve block, single', 'No', 'N/A — notification only', 'N/A'],
    ['{64632}', 'Neurolysis, plantar digital nerve', 'Yes, after 3rd in 12 mo', 'InterQual 2026', 'Podiatrist'],
    ['{64612}', 'Chemodenervation, facial nerve', 'Yes', 'MHP-CP-087', 'Neurologist'],
    ['{64712}', 'Neuroplasty, sciatic nerve', 'Yes', 'MHP-CP-118', 'Orthopedic / neurosurgery'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'Yes', 'MHP-CP-118', 'Neurosurgery'],
  ],
});

// ── 9. MCO proposal, network adequacy by county, table (FIPS codes as decoys) ──
const propNetwork = table({
  id: 's155-propnet',
  kind: 's155-mco-proposal-network-adequacy-county-table',
  caption: 'Exhibit TR-16.1 — Contracted Providers Performing Peripheral Nerve Procedures, Region 3',
  headers: ['County', 'FIPS', 'Podiatry', 'Neurology', 'Pain Mgmt / Neurosurgery'],
  rows: [
    ['Ashford', '[57001]', '6', '3', '11'],
    ['Dunmore', '[57015]', '2', '1', '4'],
    ['Keel', '[57027]', '1', '0 (telehealth referral)', '2'],
    ['Port Ellis', '[57039]', '14', '9', '27'],
  ],
});

// ── 10. Evaluation committee individual score sheet, table (decoy heavy) ──
const scoreSheet = table({
  id: 's155-scoresheet',
  kind: 's155-evaluator-individual-score-sheet',
  caption: 'RFP 26062 — Evaluator 3 (R. Okafor) — Individual Score Sheet — Technical',
  headers: ['Offeror', 'Proposal Control No.', 'TR-14 (60)', 'TR-15 (40)', 'TR-16 (50)', 'TR-17 (80)'],
  rows: [
    ['Meridale Health Plan of Lanark', '[64714]', '54', '35', '41', '72'],
    ['Cardinal Community Care', '[64733]', '47', '36', '44', '61'],
    ['Bluestem Health Partners', '[64752]', '38', '29', '30', '55'],
  ],
});

// ── 11. Evaluation consensus memo, PDF text layer ──
const consensus = lines({
  id: 's155-consensus',
  kind: 's155-evaluation-consensus-memo-text',
  before: 'MEMORANDUM — Evaluation Committee Consensus, RFP DHFS-RFP-26062',
  text: [
    'TR-14: Meridale (54) described criteria for neuroplasty (CPT {64712}, {64714}) tied to NCS findings and a',
    'six-week conservative-care trial. Cardinal (47) proposed PA for all nerve blocks, including {64445}, which',
    'conflicts with Section 4.7.4; the committee noted this as a weakness.',
    'TR-16: Cardinal scored highest; it listed 14 podiatrists in Port Ellis ([52019]) credentialed for {64632}.',
    'Final weighted totals: Meridale 842.5, Cardinal 811.0, Bluestem 690.25. Committee file no. [47044].',
  ].join('\n'),
});

// ── 12. Notice of intent to award, letter text layer ──
const intent = lines({
  id: 's155-intent',
  kind: 's155-notice-of-intent-to-award-letter-text',
  before: 'STATE OF LANARK — DEPARTMENT OF HEALTH AND FAMILY SERVICES — Office of Procurement',
  text: [
    'PO Box [64712] · Port Ellis, LK [52015] · July 8, 2026',
    'NOTICE OF INTENT TO AWARD — RFP No. DHFS-RFP-[26062] (eProcurement ID [30143])',
    'The Department intends to award Contract No. 2026-MC-[64445] to Meridale Health Plan of Lanark, Inc.,',
    '2200 Quarry Road, Suite 400, Ashford, LK [52036]. Offerors may protest within 10 business days.',
    'Protests shall be addressed to the Chief Procurement Officer at the PO Box above, attention Protest Desk.',
  ].join('\n'),
});

// ── 13. Protest letter from the losing offeror's counsel, text layer ──
const protest = lines({
  id: 's155-protest',
  kind: 's155-bid-protest-letter-text',
  before: 'HALE & BRANDT LLP · 41 Courthouse Square, Suite 900 · Port Ellis, LK 52019',
  text: [
    'July 21, 2026 — VIA EMAIL AND CERTIFIED MAIL No. 7021 0950 0001 4471 6612',
    'Chief Procurement Officer, DHFS, PO Box [64712], Port Ellis, LK [52015]',
    'Re: Formal Protest of Intent to Award, RFP DHFS-RFP-[26062], Contract No. 2026-MC-[64445]',
    'The committee penalized Cardinal under TR-14 for proposing prior authorization of CPT {64445}, yet',
    'Addendum 2 (A18) and Section 4.7.4 address only whether {64445} may be subject to PA, not whether an',
    'offeror may propose notification. Meridale proposes PA for {64632} after a third procedure in 12',
    'months, a limit found nowhere in Exhibit C. Cardinal also disputes the TR-17 score; its encounter',
    'acceptance rate in Region 1 was 98.7% across [41063] encounters in calendar year 2025.',
  ].join('\n'),
});

// ── 14. Protest decision letter, text layer ──
const protestDecision = lines({
  id: 's155-protestdec',
  kind: 's155-protest-decision-letter-text',
  before: 'DHFS Office of Procurement — Protest Decision — Protest No. P-26-014',
  text: [
    'Protest docket [64632]   Protestor: Cardinal Community Care, Inc., 900 Riverside Pkwy, Dunmore, LK [52071]',
    'Finding 1. Section 4.7.4 prohibits prior authorization for CPT {64445}. A proposal to require PA for {64445}',
    'is a material deviation, and the weakness recorded under TR-14 stands.',
    "Finding 2. Meridale's frequency review for {64632} is a utilization threshold, not a PA requirement",
    'outside Exhibit C; it will be removed during contract negotiation. Protest DENIED. Record no. [06073].',
  ].join('\n'),
});

// ── 15. Contract signature page, PDF text layer (decoy heavy) ──
const signature = lines({
  id: 's155-signature',
  kind: 's155-contract-signature-page-text',
  before: 'CONTRACT No. 2026-MC-64445 BETWEEN THE STATE OF LANARK AND MERIDALE HEALTH PLAN OF LANARK, INC.',
  text: [
    'Contract No. 2026-MC-[64445]   Term: January 1, 2027 through December 31, 2030   PO 4500118342',
    'Maximum contract amount: $184,600,000.00   Funding: [41031] (Title XIX) / 4100 (state match)',
    'Contractor FEIN 47-2290118   Supplier No. [18021]   Notices to: 2200 Quarry Road, Ashford, LK [52036]',
    'Department: PO Box [64712], Port Ellis, LK [52015]   Approved as to form: AG file [11059]',
  ].join('\n'),
});

// ── 16. Contract Exhibit B, covered services by CPT, table ──
const exhibitB = table({
  id: 's155-exhb',
  kind: 's155-contract-exhibit-b-covered-services-table',
  caption: 'EXHIBIT B — Covered Services: Pain Management and Peripheral Nerve Procedures (Contract 2026-MC-64445)',
  headers: ['Service Category', 'CPT/HCPCS', 'Place of Service', 'Covered', 'Notes'],
  rows: [
    ['Peripheral nerve block, single', '{64445}, {64447}, {64450}', '11, 22, 24', 'Yes', 'No PA (4.7.4)'],
    ['Peripheral nerve block, continuous', '{64446}, {64448}', '22, 24', 'Yes', 'No PA'],
    ['Neurolytic destruction, plantar digital', '{64632}', '11, 24', 'Yes', 'No PA'],
    ['Chemodenervation, facial nerve', '{64612}; J0585 per unit', '11', 'Yes', 'PA — Exhibit C'],
    ['Neuroplasty, major peripheral nerve', '{64712}, {64713}, {64714}', '22, 24', 'Yes', 'PA — Exhibit C'],
    ['Neuroplasty, median nerve at carpal tunnel', '{64721}', '11, 22, 24', 'Yes', 'No PA'],
    ['Nerve conduction studies', '{95907}–{95913}', '11', 'Yes', 'No PA'],
  ],
});

// ── 17. Contract Exhibit C, prior authorization list, table ──
const exhibitC = table({
  id: 's155-exhc',
  kind: 's155-contract-exhibit-c-prior-auth-list-table',
  caption: 'EXHIBIT C — Services Requiring Prior Authorization (rev. 01/01/2027)',
  headers: ['Code', 'Modifier', 'Description', 'Turnaround (std / exp)', 'Clinical Criteria'],
  rows: [
    ['{64612}', '—', 'Chemodenervation; muscle(s) innervated by facial nerve, unilateral', '7 d / 72 h', 'DHFS-CC-22'],
    ['{64612}', '50', 'Same, bilateral (report {64612}-50)', '7 d / 72 h', 'DHFS-CC-22'],
    ['{64712}', 'RT, LT', 'Neuroplasty; sciatic nerve', '7 d / 72 h', 'DHFS-CC-31'],
    ['{64713}', 'RT, LT', 'Neuroplasty; brachial plexus', '7 d / 72 h', 'DHFS-CC-31'],
    ['{64714}', '—', 'Neuroplasty; lumbar plexus', '7 d / 72 h', 'DHFS-CC-31'],
  ],
});

// ── 18. Contract Exhibit D, encounter data requirements, text layer ──
const exhibitD = lines({
  id: 's155-exhd',
  kind: 's155-contract-exhibit-d-encounter-requirements-text',
  before: 'EXHIBIT D — Encounter Data Submission Requirements',
  text: [
    'D.3.1 Encounters shall be submitted in ASC X12 005010X222A1 (837P) within 30 days of the MCO paid date.',
    'D.3.2 Procedure codes shall be reported at the line level (SV101-2). For {64612} bilateral, report one line',
    '      with modifier 50; for {64632}, report the toe/foot modifier (T1–T9, LT, RT) on each line.',
    'D.3.3 Lines for {64445} and {64447} billed with {76942} on the same date will deny at edit [01094].',
    'D.3.4 The MMIS trading partner ID for the Contractor is [63013]; test submissions use ID [63028].',
  ].join('\n'),
});

// ── 19. MCO provider portal prior-auth code lookup, screen text ──
const paLookup = lines({
  id: 's155-palookup',
  kind: 's155-mco-portal-pa-code-lookup-screen-text',
  before: 'Meridale Provider Portal › Prior Authorization › Does this code need a PA? (LanarkCare)',
  text: [
    'Enter CPT/HCPCS code: {64712}   Place of service: 24   [Search]',
    'Result for {64712} — Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    'Prior authorization REQUIRED (Exhibit C, Contract 2026-MC-[64445]). Submit via portal or fax (555) 301-4471.',
    'Related codes: {64713} PA required · {64714} PA required · {64445} No PA · {64632} No PA (frequency review)',
    'Lookup ref. [88051] · Table version 2027.01 · Last updated 12/18/2026',
  ].join('\n'),
});

// ── 20. Readiness review checklist, table ──
const readiness = table({
  id: 's155-readiness',
  kind: 's155-readiness-review-checklist-table',
  caption:
    'LanarkCare Region 3 Readiness Review — Desk Review Checklist — Meridale Health Plan (Contract 2026-MC-64445)',
  headers: ['Item', 'Requirement', 'Document Submitted', 'Status', 'Reviewer Notes'],
  rows: [
    [
      'RR-31',
      'PA list loaded per Exhibit C',
      'MHP_PA_Matrix_v4.xlsx',
      'Met',
      'Codes {64612}, {64712}, {64713}, {64714} present',
    ],
    [
      'RR-32',
      'No PA on nerve blocks',
      'Config screenshot, rule [64445]',
      'Partially Met',
      '{64445} and {64447} set to "notify"; remove',
    ],
    [
      'RR-33',
      'Frequency review config',
      'UM workflow doc',
      'Not Met',
      '{64632} threshold set at 3 per 12 mo; see protest decision',
    ],
    ['RR-34', 'Encounter test file accepted', 'Test batch [64612]', 'Met', '97.9% accepted on first pass'],
    ['RR-35', 'Provider directory feed', 'Directory extract [20288]', 'Met', ''],
  ],
});

// ── 21. Readiness onsite review minutes, text layer ──
const onsite = lines({
  id: 's155-onsite',
  kind: 's155-readiness-onsite-meeting-minutes-text',
  before: 'Readiness Review — Onsite Session 2 — Meridale Health Plan, Ashford — November 4, 2026',
  text: [
    'Attendees: DHFS (T. Holloway, R. Okafor, L. Jankowski); Meridale (S. Pruitt, D. Calder); EQRO (M. Feld)',
    'Item 3 — UM system demo. Meridale showed an auth request for CPT {64714} pending clinical review and a',
    'request for {64445} that the system auto-approved with an auth number (should not create a PA). Action: remove.',
    'Item 4 — Claims. Test claim with {64712}-RT and {64712}-LT on the same date priced both lines at 100%;',
    'DHFS asked Meridale to apply the multiple-procedure reduction (modifier 51 logic) before go-live.',
    'Next session: 11/18/2026, Room 4B, 1 Capitol Mall, Port Ellis [52015]. Minutes file [36050].',
  ].join('\n'),
});

// ── 22. Readiness system test claims log, table ──
const testLog = table({
  id: 's155-testlog',
  kind: 's155-readiness-test-claims-log-grid',
  caption: 'Claims System Test Scenarios — Pain/Nerve — Run 2 (batch 64612)',
  headers: ['Scenario', 'Test Claim ID', 'Proc', 'Mod', 'Expected', 'Actual', 'Pass'],
  rows: [
    ['PN-01', 'TC-[40120]', '{64445}', '', 'Pay, no PA', 'Pay', 'Y'],
    ['PN-02', 'TC-[40121]', '{64445}', '', 'Deny edit [01094] w/ {76942}', 'Pay', 'N'],
    ['PN-03', 'TC-[40122]', '{64632}', 'T2', 'Pay', 'Pay', 'Y'],
    ['PN-04', 'TC-[40123]', '{64612}', '50', 'Pend PA', 'Pend PA', 'Y'],
    ['PN-05', 'TC-[40124]', '{64712}', 'RT', 'Pend PA', 'Pend PA', 'Y'],
    ['PN-06', 'TC-[40125]', '{64714}', '', 'Deny, no PA on file', 'Deny', 'Y'],
  ],
});

// ── 23. Readiness X12 278 prior-auth test transaction, text layer ──
const x278 = lines({
  id: 's155-x278',
  kind: 's155-readiness-x12-278-test-request-text',
  before: 'Test file MHP_278_RR_T2.txt (segment per line)',
  text: [
    'ISA*00*          *00*          *ZZ*MHPLK278TEST   *ZZ*DHFSMMIS       *261104*0930*^*[00501]*000064712*0*T*:~',
    'GS*HI*MHPLK278TEST*DHFSMMIS*20261104*0930*7*X*005010X217~ST*278*[64445]*005010X217~',
    'BHT*0007*13*[64612]*20261104*0930~',
    'HL*1**20*1~NM1*X3*2*MERIDALE HEALTH PLAN OF LANARK*****PI*[63028]~',
    'HL*3*2*22*1~NM1*IL*1*TESTMEMBER*ALPHA****MI*LK0098812034~N4*ASHFORD*LK*[52036]~',
    'HL*4*3*EV*0~UM*HS*I*2~DTP*472*D8*20261120~',
    'SV1*HC:{64712}:RT*1850*UN*1***1~',
    'SV1*HC:{95911}*240*UN*1***1~',
    'SE*22*[64445]~',
  ].join('\n'),
});

// ── 24. Corrective action plan request letter from the State, text layer ──
const capLetter = lines({
  id: 's155-capletter',
  kind: 's155-corrective-action-plan-request-letter-text',
  before: 'DHFS Division of Medicaid · Managed Care Compliance Unit · PO Box 64712 · Port Ellis, LK 52015',
  text: [
    'March 12, 2027 — Notice of Deficiency and Request for Corrective Action Plan, CAP No. [64632]',
    'Contract No. 2026-MC-[64445] · Meridale Health Plan of Lanark, Inc. · Ashford, LK [52036]',
    'Finding 1. Between January 1 and February 28, 2027 Meridale pended 214 claims for CPT {64445} and 93 claims',
    'for {64447} for prior authorization, contrary to Section 4.7.4 and Exhibit C.',
    'Finding 2. Meridale denied 17 requests for {64612} as "not medically necessary" without review by a',
    'neurologist, contrary to Exhibit C criteria DHFS-CC-22.',
    'Finding 3. 1,118 encounters for {64632} were rejected at edit [22045] (missing toe modifier) and not corrected',
    'within 30 days. A CAP is due within 15 business days. Liquidated damages of $15,045.00 are assessed (Ex. F, item [15047]).',
  ].join('\n'),
});

// ── 25. MCO corrective action plan response, table ──
const capResponse = table({
  id: 's155-capresp',
  kind: 's155-mco-corrective-action-plan-response-table',
  caption: 'Meridale Health Plan — Corrective Action Plan — Response to CAP No. 64632 (submitted 03/31/2027)',
  headers: ['Finding', 'Root Cause', 'Corrective Action', 'Responsible', 'Target Date'],
  rows: [
    [
      '1',
      'Legacy commercial PA rule set loaded for {64445}/{64447}',
      'Rule [64445] retired 03/20/2027; 307 pended claims re-adjudicated',
      'D. Calder, Claims Config',
      '04/15/2027',
    ],
    [
      '2',
      'Reviewer queue for {64612} routed to general MD pool',
      'Queue UMQ-[26076] limited to board-certified neurologists',
      'Dr. A. Reyes, CMO',
      '04/01/2027',
    ],
    [
      '3',
      'Toe modifier (T1–T9) dropped for {64632} in 837P build',
      'Encounter map fix, ticket ENC-[50140]; resubmit 1,118 lines',
      'S. Pruitt, Encounters',
      '05/01/2027',
    ],
  ],
});

// ── 26. CAP tracking log, CSV export text ──
const capCsv = lines({
  id: 's155-capcsv',
  kind: 's155-cap-tracking-log-csv-export',
  before: 'cap_tracking_2027Q2.csv',
  text: [
    'cap_no,finding,cpt,milestone,due,status,evidence_doc',
    '[64632],1,{64445},PA rule retired,2027-03-20,Complete,DOC-[83010]',
    '[64632],1,{64447},Pended claims readjudicated,2027-04-15,Complete,DOC-[83015]',
    '[64632],2,{64612},Neurologist queue live,2027-04-01,Complete,DOC-[83040]',
    '[64632],3,{64632},Encounters resubmitted,2027-05-01,Open,DOC-[83042]',
  ].join('\n'),
});

// ── 27. Monthly encounter data quality report, summary page, text layer ──
const edqSummary = lines({
  id: 's155-edqsum',
  kind: 's155-encounter-data-quality-report-summary-text',
  before: 'LanarkCare Encounter Data Quality Report — Service Month May 2027 — Meridale Health Plan (MCO ID 63013)',
  text: [
    'Report no. [62043] · Run date 06/30/2027 · Source: MMIS encounter warehouse, extract [20175]',
    'Encounters received: 418,226   Accepted: 409,905 (98.0%)   Rejected: 8,321   Duplicate: 1,460',
    'Timeliness (within 30 days of paid date): 96.4% — below the 98% standard of Exhibit D.3.1',
    'Pain/nerve lines received: 6,904. Top rejected procedures: {64632} (441), {64445} (203), {64612} (57).',
    'Of 441 rejected {64632} lines, 412 failed edit [22045] (toe modifier missing); CAP No. [64632] remains open.',
  ].join('\n'),
});

// ── 28. EDQ report, rejections by edit, table ──
const edqEdits = table({
  id: 's155-edqedits',
  kind: 's155-encounter-report-rejections-by-edit-table',
  caption: 'Table 3 — Rejected Encounter Lines by MMIS Edit, May 2027',
  headers: ['Edit', 'Edit Description', 'Lines', '% of Rejects', 'Top Procedure'],
  rows: [
    ['[22045]', 'Procedure requires anatomic modifier', '1,907', '22.9%', '{64632}'],
    ['[01094]', 'Guidance code bundled into primary procedure', '611', '7.3%', '{76942} with {64445}'],
    ['[31014]', 'Rendering NPI not enrolled', '1,288', '15.5%', '{99214}'],
    ['[60023]', 'Units exceed MUE', '344', '4.1%', '{64612}'],
    ['[64712]', 'Duplicate of previously accepted line', '1,460', '17.5%', '{64445}'],
  ],
});

// ── 29. EDQ report, top procedure codes by volume, table ──
const edqTop = table({
  id: 's155-edqtop',
  kind: 's155-encounter-report-top-procedures-volume-table',
  caption: 'Table 5 — Pain and Peripheral Nerve Procedures, Encounter Lines and Paid Amount, May 2027',
  headers: ['Procedure', 'Lines Received', 'Lines Accepted', 'Unique Members', 'MCO Paid'],
  rows: [
    ['{64445} Inj sciatic nerve single', '2,114', '1,911', '1,702', '$226,302.86'],
    ['{64447} Inj femoral nerve single', '1,530', '1,498', '1,377', '$167,865.88'],
    ['{64632} Destroy plantar digital nerve', '902', '461', '388', '$66,337.90'],
    ['{64612} Chemodenerv facial nerve', '210', '153', '141', '$23,153.49'],
    ['{64712} Neuroplasty sciatic nerve', '38', '37', '37', '$25,979.55'],
    ['{64714} Neuroplasty lumbar plexus', '14', '14', '13', '$9,181.20'],
  ],
});

// ── 30. EDQ report, rejected encounter lines, CSV export text ──
const edqCsv = lines({
  id: 's155-edqcsv',
  kind: 's155-encounter-rejects-detail-csv-export',
  before: 'MHP_rejects_202705.csv (first rows)',
  text: [
    'tcn,line,mco_id,member_id,dos,proc,mod1,mod2,units,billed,paid,edit,billing_zip',
    '2027151004417,1,[63013],LK0098812034,2027-05-03,{64632},,,1,310.00,143.90,[22045],[52055]',
    '2027151004417,2,[63013],LK0098812034,2027-05-03,{64632},59,,1,310.00,143.90,[22045],[52055]',
    '2027152118830,1,[63013],LK0077310992,2027-05-06,{64445},,,1,425.00,118.42,[64712],[52055]',
    '2027153200141,1,[63013],LK0061174408,2027-05-09,{64612},50,,2,780.00,0.00,[60023],[52019]',
    '2027153200141,2,[63013],LK0061174408,2027-05-09,{95867},,,1,260.00,0.00,[31014],[52019]',
  ].join('\n'),
});

// ── 31. EDQ report, 837P line as the warehouse viewer shows it, text layer ──
const x837 = lines({
  id: 's155-x837',
  kind: 's155-encounter-viewer-x12-837p-segments-text',
  before: 'Encounter Viewer — TCN 2027152118830 — Raw 837P (loop 2400)',
  text: [
    'CLM*MHP4471902*425***11:B:1*Y*A*Y*Y~',
    'HI*ABK:M5431~NM1*82*1*VASQUEZ*ELENA****XX*1487650329~',
    'N3*77 ORCHARD LANE STE 210~N4*ASHFORD*LK*[52055]~',
    'LX*1~SV1*HC:{64445}*425*UN*1***1~DTP*472*D8*20270506~',
    'REF*6R*[64712]~',
    'LX*2~SV1*HC:{76942}*180*UN*1***1~DTP*472*D8*20270506~',
  ].join('\n'),
});

// ── 32. EDQ report, duplicate encounter pairs, table ──
const edqDup = table({
  id: 's155-edqdup',
  kind: 's155-encounter-report-duplicate-pairs-table',
  caption: 'Table 7 — Duplicate Encounter Pairs (edit 64712), Sample',
  headers: ['Original TCN', 'Duplicate TCN', 'DOS', 'Procedure', 'Rendering NPI', 'Line Ctrl'],
  rows: [
    ['2027140017733', '2027152118830', '05/06/2027', '{64445}', '1487650329', '[64712]'],
    ['2027140017790', '2027152118871', '05/06/2027', '{64447}', '1487650329', '[64713]'],
    ['2027141102216', '2027153309012', '05/11/2027', '{64632}-T3', '1730295518', '[10193]'],
  ],
});

// ── 33. MCO prior-auth API (Da Vinci PAS) response, FHIR JSON text layer ──
const fhir = lines({
  id: 's155-fhir',
  kind: 's155-mco-prior-auth-api-fhir-claimresponse-json',
  before: 'GET https://api.meridale.example/fhir/r4/ClaimResponse/pas-26-64632',
  text: [
    '{ "resourceType": "ClaimResponse", "id": "pas-26-[64632]", "status": "active", "use": "preauthorization",',
    '  "patient": { "reference": "Patient/LK0098812034" }, "insurer": { "identifier": { "value": "[63013]" } },',
    '  "preAuthRef": "PA2711-[50154]", "outcome": "complete",',
    '  "item": [ { "itemSequence": 1, "productOrService": { "coding": [ { "system":',
    '      "http://www.ama-assn.org/go/cpt", "code": "{64712}" } ] }, "modifier": [ { "coding": [ { "code": "RT" } ] } ],',
    '    "adjudication": [ { "category": { "coding": [ { "code": "submitted" } ] } } ] },',
    '    { "itemSequence": 2, "productOrService": { "coding": [ { "code": "{95911}" } ] } } ],',
    '  "address": { "postalCode": "[52036]" } }',
  ].join('\n'),
});

// ── 34. Email from the State contract manager to the MCO, text ──
const email = lines({
  id: 's155-email',
  kind: 's155-state-contract-manager-email-text',
  before: 'From: Lena Jankowski <lena.jankowski@lanark.gov.example>  To: Simone Pruitt (Meridale)  Cc: T. Holloway',
  text: [
    'Subject: RE: {64612} bilateral units / Exhibit C — Contract 2026-MC-[64445]',
    'Simone — our MUE edit [60023] allows 1 unit of {64612} per side. Bilateral is one line with -50 and 1 unit,',
    'not two units. The 57 rejects in May are all {64612}-50 billed with units = 2; please have the two Port Ellis',
    'practices and Northgate Pain & Nerve Institute (Ashford, LK [52055]) resubmit. Also, Amendment 1 adds genicular nerve RFA',
    '({64624}) to Exhibit C, so please load {64624} to the PA list now, next to {64712}. Ticket DHFS-SR-[91059].',
    'Lena Jankowski | Contract Manager, Managed Care | (555) 301-2290 ext. [64714]',
  ].join('\n'),
});

// ── 35. MCO provider bulletin on the prior-auth list, web page text ──
const bulletin = lines({
  id: 's155-bulletin',
  kind: 's155-mco-provider-bulletin-web-text',
  before: 'Meridale Health Plan › Providers › News › LanarkCare Provider Bulletin 2027-09',
  text: [
    'Prior authorization changes for LanarkCare pain and nerve services (effective January 1, 2028)',
    '• No PA needed for single-shot nerve blocks: {64445}, {64447}, {64450} — please stop faxing requests.',
    '• New: genicular nerve radiofrequency ablation ({64624}) now requires PA; genicular block {64454} does not.',
    '• Plantar digital nerve neurolysis ({64632}): the three-per-year frequency review has been removed.',
    '• Still requires PA: {64612} (facial nerve chemodenervation), {64712}, {64713}, {64714} (neuroplasty).',
    'Questions? Provider Services (555) 301-4400, or write to PO Box [64445], Ashford, LK [52036].',
  ].join('\n'),
});

// ── 36. Contract amendment No. 1, PDF text layer ──
const amendment = lines({
  id: 's155-amend',
  kind: 's155-contract-amendment-text',
  before: 'AMENDMENT No. 1 TO CONTRACT No. 2026-MC-64445',
  text: [
    'This Amendment No. 1 to Contract No. 2026-MC-[64445] between the State of Lanark, Department of Health and',
    'Family Services, PO Box [64712], Port Ellis, LK [52015], and Meridale Health Plan of Lanark, Inc. is effective',
    'January 1, 2028. The parties agree as follows:',
    '1. Exhibit B is amended to add genicular nerve block, CPT {64454}, and genicular nerve radiofrequency',
    '   ablation, CPT {64624}, as covered services in POS 11, 22 and 24.',
    '2. Exhibit C is amended to add CPT {64624}. CPT {64612}, {64712}, {64713} and {64714} remain unchanged.',
    "3. The frequency review for CPT {64632} described in the Contractor's proposal is deleted. Nothing in",
    '   this Contract permits prior authorization of CPT {64445}, {64447} or {64450}.',
    '4. Section 7.2 is amended to increase the maximum contract amount by $3,422,949.00 (funding line [41031]).',
  ].join('\n'),
});

// ── 37. Amendment, Exhibit C redline comparison, table ──
const redline = table({
  id: 's155-redline',
  kind: 's155-amendment-exhibit-c-redline-table',
  caption: 'Attachment 1 to Amendment No. 1 — Exhibit C, Current vs. Amended',
  headers: ['Code', 'Current Exhibit C (01/01/2027)', 'Amended Exhibit C (01/01/2028)', 'Change'],
  rows: [
    ['{64612}', 'PA required', 'PA required', 'None'],
    ['{64624}', 'Not listed (not covered)', 'PA required; criteria DHFS-CC-40', 'Added'],
    ['{64632}', 'No PA (MCO frequency review not adopted)', 'No PA; no frequency review', 'Clarified'],
    ['{64712}', 'PA required', 'PA required', 'None'],
    ['{64713}', 'PA required', 'PA required', 'None'],
    ['{64714}', 'PA required', 'PA required', 'None'],
    ['{64445}, {64447}, {64450}', 'No PA', 'No PA (PA prohibited)', 'Clarified'],
  ],
});

// ── 38. Amendment, capitation rate exhibit, table (decoy heavy) ──
const rates = table({
  id: 's155-rates',
  kind: 's155-amendment-capitation-rate-exhibit-table',
  caption: 'Exhibit F-1 (Amended) — CY2028 Capitation Rates, Region 3, Pain and Peripheral Nerve Add-On',
  headers: ['Rate Cell', 'Rate Cell ID', 'Projected Member Months', 'Add-On PMPM', 'Annual Amount'],
  rows: [
    ['TANF Adult 21–64', '[64612]', '1,904,220', '$0.71', '$1,351,996.20'],
    ['Expansion Adult 19–64', '[64614]', '2,618,400', '$0.62', '$1,623,408.00'],
    ['ABD Non-Dual', '[15031]', '188,310', '$2.18', '$410,515.80'],
    ['Children 0–20', '[15040]', '3,702,900', '$0.01', '$37,029.00'],
  ],
});

// ── 39. RFP Attachment J code list, CSV text ──
const codeList = lines({
  id: 's155-codelist',
  kind: 's155-rfp-attachment-j-code-list-csv',
  before: 'Att_J_Code_List.csv — RFP DHFS-RFP-26062 (doc no. 64612)',
  text: [
    'code_type,code,short_desc,rfp_section,pa_allowed,fs_rate_2026',
    'CPT,{64445},N BLOCK INJ SCIATIC SNG,4.7.1,N,118.42',
    'CPT,{64447},N BLOCK INJ FEM SINGLE,4.7.1,N,112.06',
    'CPT,{64450},N BLOCK OTHER PERIPHERAL,4.7.1,N,96.11',
    'CPT,{64632},DESTROY PLANTAR DIGIT NERVE,4.7.3,Y,143.90',
    'CPT,{64612},DESTROY NERVE FACE MUSCLE,4.7.3,Y,151.33',
    'CPT,{64712},REVISION OF SCIATIC NERVE,4.7.2,Y,702.15',
    'CPT,{64714},REVISE LOW BACK NERVE(S),4.7.2,Y,655.80',
    'HCPCS,J0585,INJECTION ONABOTULINUMTOXINA,4.7.3,Y,6.42',
  ].join('\n'),
});

// ── 40. EQRO prior-authorization file review (CAP validation), table ──
const eqro = table({
  id: 's155-eqro',
  kind: 's155-eqro-pa-file-review-sample-table',
  caption: 'EQRO CAP Validation — PA File Review Sample (n=30), CAP 64632, Meridale Health Plan, July 2027',
  headers: ['Sample #', 'Auth Number', 'CPT', 'Decision', 'Days to Decision', 'Reviewer Specialty', 'Compliant'],
  rows: [
    ['1', 'PA2711-[50154]', '{64712}-RT', 'Approved', '3', 'Neurosurgery', 'Yes'],
    ['2', 'PA2711-[50163]', '{64612}-50', 'Approved', '5', 'Neurology', 'Yes'],
    ['3', 'PA2711-[50165]', '{64714}', 'Denied', '6', 'Neurosurgery', 'Yes'],
    ['4', 'PA2711-[50175]', '{64612}', 'Denied', '9', 'Internal Medicine', 'No — late, wrong specialty'],
    ['5', 'PA2711-[50178]', '{64445}', 'Approved', '1', 'N/A', 'No — PA not permitted'],
  ],
});

// ── 41. State contract transparency feed, amendment record, XML text ──
const xml = lines({
  id: 's155-xml',
  kind: 's155-contract-transparency-amendment-xml',
  before: 'https://open.lanark.gov.example/contracts/2026-MC-64445/amendments.xml',
  text: [
    '<contract id="2026-MC-[64445]" agency="DHFS" vendorId="[18021]" solicitation="[30143]">',
    '  <vendor name="Meridale Health Plan of Lanark, Inc." zip="[52036]"/>',
    '  <amendment no="1" effective="2028-01-01" amount="3422949.00" fundLine="[41031]">',
    '    <exhibitChange exhibit="C" action="add"><cpt>{64624}</cpt></exhibitChange>',
    '    <exhibitChange exhibit="B" action="add"><cpt>{64454}</cpt><cpt>{64624}</cpt></exhibitChange>',
    '    <exhibitChange exhibit="C" action="clarify"><cpt>{64632}</cpt><cpt>{64445}</cpt></exhibitChange>',
    '  </amendment>',
    '</contract>',
  ].join('\n'),
});

export const sealed155: Snippet[] = [
  ...portal,
  ...rfpCover,
  ...rfpScope,
  ...rfpScored,
  ...pricing,
  ...qa,
  ...propNarr,
  ...propUm,
  ...propNetwork,
  ...scoreSheet,
  ...consensus,
  ...intent,
  ...protest,
  ...protestDecision,
  ...signature,
  ...exhibitB,
  ...exhibitC,
  ...exhibitD,
  ...paLookup,
  ...readiness,
  ...onsite,
  ...testLog,
  ...x278,
  ...capLetter,
  ...capResponse,
  ...capCsv,
  ...edqSummary,
  ...edqEdits,
  ...edqTop,
  ...edqCsv,
  ...x837,
  ...edqDup,
  ...fhir,
  ...email,
  ...bulletin,
  ...amendment,
  ...redline,
  ...rates,
  ...codeList,
  ...eqro,
  ...xml,
];
