import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 137 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s137-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * member, provider-office and benefit-manager ZIPs, site ids, tracking numbers, payer ids, form numbers, document ids,
 * reviewer ids, product codes, account numbers and P2P slot ids. The five known codes' digits come back as decoys: a
 * group number, the benefit manager's PO boxes for letters and reconsiderations, an attachment document number, a
 * practice account number, a P2P slot id, a portal support ticket and a tracking number.
 *
 * Family: a specialty benefit manager (fictional "NorthSpan Specialty Benefits") running prior authorization for
 * interventional pain and peripheral nerve procedures on behalf of a health plan (fictional "Lakeshore Health Plan"),
 * seen from a pain practice: the provider portal's home announcements, the six-step case-initiation wizard (member,
 * ordering-provider search, rendering site, procedure entry and its validation messages, review and submit, the
 * confirmation), the code typeahead, clinical questionnaires for a sciatic block, digital-nerve neurolysis and facial
 * chemodenervation, the case list and case history, attachments, approval and partial-denial letters with their
 * authorized-services tables, the peer-to-peer request form and slot grid, the clinical guideline's coding table,
 * coding notes and document footer, the plan's list of codes needing authorization through the manager (grid and
 * CSV), the plan's program-launch letter, a quick reference guide, the fax cover sheet, the phone tree, an
 * update-a-case form, the appeal acknowledgement, X12 278 request and response, a Da Vinci PAS FHIR ClaimResponse, a
 * C-CDA procedure note sent as a clinical attachment, an HL7 v2 SIU scheduling message, the practice's auth work
 * queue and an auth-to-claim mismatch report (grid and CSV export).
 * Built on real public layouts: the eviCore healthcare provider portal's "Request an Authorization" steps (program,
 * ordering provider, member, rendering site, CPT codes, clinical questions, "Case Number" and "Tracking Number"), its
 * fax cover sheet and phone prompts, the eviCore and Carelon clinical guidelines' "Procedure codes associated with this
 * guideline" table, Carelon's approval letters ("Order ID", "approved from … through …"), the health plans' published
 * "services requiring prior authorization through eviCore" code lists, the X12 005010X217 278 layout (UM, SV1, HCR,
 * DTP*472), the Da Vinci PAS ClaimResponse profile, the C-CDA procedure note header (LOINC 28570-0, CPT code system
 * 2.16.840.1.113883.6.12) and HL7 v2 SIU^S12 AIS segments. The others are written the way those pages read, with no
 * single source.
 *
 * 368 labelled tokens over 40 shapes: 198 codes, 170 decoys, 63 of the decoys in KNOWN_10K; 128 of the codes are the
 * five known codes, whose digits come back 15 times as decoys.
 */

// ── 1. Provider portal home page announcements, text layer ──
const home = lines({
  id: 's137-home',
  kind: 's137-provider-portal-home-announcements-text',
  before: 'NorthSpan ProviderHub — Home — Welcome, Dana Whitford (Cuyahoga Pain & Nerve Center)',
  text: [
    'Program update: effective 01/01/2027 Lakeshore Health Plan adds peripheral nerve procedures to the IPM program (bulletin PN-[43122]).',
    'New to the list: {64712}, {64713}, {64714} (neuroplasty) and {64632} (neurolytic destruction, plantar common digital nerve).',
    'Reminder – sciatic blocks ({64445}, {64446}) given by the surgeon on the day of surgery do not need their own case.',
    'Scheduled maintenance Sat 11/14 10 PM–2 AM CT. Cases started during the window save as drafts (release 26.11.[29158]).',
    'Known issue: the Site ZIP field rejects ZIP+4 for some Ohio sites; enter 5 digits only, e.g. [44130]. Ticket INC-[64632].',
    'Your open items: 3 cases pending information (oldest: tracking [73169]) · 1 peer-to-peer available (tracking [73308])',
    'Questions? Provider Engagement, 730 Cool Springs Blvd, Suite 400, Franklin, TN [37067] · 1-866-555-0147 opt. 4',
  ].join('\n'),
});

// ── 2. Case wizard step 1, member lookup, text layer (decoy heavy) ──
const wizMember = lines({
  id: 's137-wizmem',
  kind: 's137-case-wizard-member-step-text',
  before: 'Initiate a Case › Step 1 of 6: Member Information',
  text: [
    'Health Plan*: Lakeshore Health Plan - Commercial      Group #: [64612]      Sub-group: 0003',
    'Member ID*: LKH884120557-01   Date of Birth*: 03/17/1961   Last Name: KOWALCZYK',
    'Member found: JANINA M KOWALCZYK · 6612 Ridge Rd, Parma, OH [44129] · PCP: AHMED, TARIQ MD',
    'Eligibility: Active 01/01/2026 - 12/31/9999   Product: PPO 2500 (product code [43190])   Funding: ASO',
    'Other coverage on file: none   COB last verified 09/30/2026 (batch [77120])',
    'Is this a Medicare Advantage member?  ( ) Yes  (•) No        [Back]  [Continue]',
  ].join('\n'),
});

// ── 3. Case wizard step 2, ordering provider search results, table (decoy only) ──
const wizOrdering = table({
  id: 's137-wizord',
  kind: 's137-case-wizard-ordering-provider-search-grid',
  caption: 'Step 2 of 6: Ordering Provider — search by NPI, or Last Name + State + ZIP — 4 matches',
  headers: ['', 'Provider Name', 'NPI', 'Address', 'ZIP', 'Phone', 'Prov ID'],
  rows: [
    [
      'Select',
      'RAGHUNATHAN, PRIYA MD',
      '1457392018',
      '6900 Pearl Rd Ste 210, Middleburg Hts OH',
      '[44130]',
      '440-555-0160',
      '[58207]',
    ],
    [
      'Select',
      'RAGHUNATHAN, PRIYA MD',
      '1457392018',
      '2351 E 22nd St, Cleveland OH',
      '[44115]',
      '216-555-0148',
      '[58213]',
    ],
    [
      'Select',
      'RAGHAVAN, SUNIL DO',
      '1922086473',
      '1 Clinic Center Dr, Cleveland OH',
      '[44195]',
      '216-555-0190',
      '[40812]',
    ],
    [
      'Select',
      'RAGLAND, MEREDITH MD',
      '1306651290',
      '[11100] Euclid Ave, Cleveland OH',
      '[44106]',
      '216-555-0102',
      '[40857]',
    ],
  ],
});

// ── 4. Case wizard step 3, rendering provider / facility, table (decoy only) ──
const wizSite = table({
  id: 's137-wizsite',
  kind: 's137-case-wizard-rendering-site-select-grid',
  caption: 'Step 3 of 6: Rendering Provider / Site of Service — sites within 25 mi of 44130',
  headers: ['Select', 'Site Name', 'Site ID', 'Type', 'Street', 'City/State/ZIP', 'Network'],
  rows: [
    [
      '( )',
      'Cuyahoga Pain & Nerve Center ASC',
      '[37150]',
      'ASC (POS 24)',
      '6900 Pearl Rd',
      'Middleburg Hts, OH [44130]',
      'In',
    ],
    [
      '( )',
      'Cuyahoga Pain & Nerve Ctr - Office',
      '[37151]',
      'Office (POS 11)',
      '6900 Pearl Rd Ste 210',
      'Middleburg Hts, OH [44130]',
      'In',
    ],
    [
      '( )',
      'Southwest Regional Health Ctr',
      '[20148]',
      'HOPD (POS 22)',
      '[18697] Bagley Rd',
      'Middleburg Hts, OH [44130]',
      'In',
    ],
    ['( )', 'Parma Surgery Center LLC', '[20173]', 'ASC (POS 24)', '7007 Powers Blvd', 'Parma, OH [44129]', 'Out'],
    [
      '( )',
      'Lakewood Outpatient Pavilion',
      '[20197]',
      'HOPD (POS 19)',
      '[14519] Detroit Ave',
      'Lakewood, OH [44107]',
      'In',
    ],
  ],
});

// ── 5. Case wizard step 4, procedures requested, table ("CPT Code" header) ──
const wizProcs = table({
  id: 's137-wizproc',
  kind: 's137-case-wizard-procedures-requested-grid',
  caption: 'Step 4 of 6: Procedures Requested — add up to 6 codes; the first code is the primary procedure',
  headers: ['#', 'CPT Code', 'Description', 'Qty', 'Side', 'Primary Dx', ''],
  rows: [
    ['1', '{64712}', 'NEUROPLASTY MAJOR PERIPHERAL NERVE SCIATIC', '1', 'RT', 'G57.01', 'Remove'],
    ['2', '{64445}', 'NJX AA&/STRD SCIATIC NERVE', '1', 'RT', 'M54.31', 'Remove'],
    ['3', '{76942}', 'ECHO GUIDE FOR BIOPSY', '1', '', 'M54.31', 'Remove'],
    ['4', '{99213}', 'OFFICE O/P EST LOW 20 MIN', '1', '', 'M54.31', 'Remove'],
  ],
});

// ── 6. Case wizard step 4 validation messages, text layer ──
const wizMsgs = lines({
  id: 's137-wizmsg',
  kind: 's137-case-wizard-code-validation-messages-text',
  before: 'Please review the following before you continue:',
  text: [
    'ⓘ CPT {76942} is not reviewed by NorthSpan; imaging guidance is included with the primary procedure. It has been removed.',
    'ⓘ {99213} is an evaluation and management service and does not need prior authorization. Remove it to continue.',
    '⚠ {64712} and {64708} cannot both be requested for the same nerve on one case.',
    '⚠ CPT {64632} requires a Side (LT/RT/50) and Qty = number of sessions. Enter 1 per session, not per injection.',
    '✖ For this member, {64612} is reviewed by the Specialty Drug program when billed with J0585 – call 1-866-555-0147, option 6.',
  ].join('\n'),
});

// ── 7. Case wizard step 6, review and submit, text layer ──
const wizReview = lines({
  id: 's137-wizrev',
  kind: 's137-case-wizard-review-submit-text',
  before: 'Step 6 of 6: Review & Submit — check every field; you cannot edit codes after you submit',
  text: [
    'Member: KOWALCZYK, JANINA M   ID LKH884120557-01   Group [64612]   DOB 03/17/1961',
    'Ordering: RAGHUNATHAN, PRIYA MD  NPI 1457392018  Prov ID [58207]   Rendering site: Cuyahoga Pain & Nerve Center ASC ([37150])',
    'Requested: {64712} x 1 (RT) · {64445} x 1 (RT)',
    'Dx: G57.01 Lesion of sciatic nerve, right lower limb; M54.31 Sciatica, right side',
    'Anticipated DOS: 12/08/2026   Urgency: Standard   Setting: Outpatient – ASC',
    'Contact: Dana Whitford  440-555-0160 ext. [41277]  Fax 440-555-0162',
  ].join('\n'),
});

// ── 8. Submission confirmation, text layer ──
const confirm = lines({
  id: 's137-confirm',
  kind: 's137-case-submission-confirmation-text',
  before: 'Thank you. Your request has been submitted.',
  text: [
    'Case Number: A126114472     Tracking Number: [73308]     Submitted: 11/16/2026 09:14 CT',
    'Status: Pending Clinical Review   Requested CPT: {64712}, {64445}',
    'A clinical questionnaire is required for CPT {64712}. [Start Questionnaire]',
    'CPT {64445} met criteria and was approved at submission. Your approval letter will post to Case Documents.',
    'Confirmation sent to dwhitford@cuyahogapain.com · web session [83117]',
    'To fax records, print the case cover sheet (form NS-[44241]) and send to 1-866-555-0188. Keep tracking no. [73308] for phone inquiries.',
  ].join('\n'),
});

// ── 9. Clinical questionnaire, sciatic nerve block, text layer ──
const qBlock = lines({
  id: 's137-qblock',
  kind: 's137-clinical-questionnaire-sciatic-block-text',
  before: 'Clinical Questionnaire — Peripheral Nerve Block (CPT 64445-64448) — Case A126114472',
  text: [
    'Q1. Which procedure is being requested?  (•) {64445} sciatic, single injection  ( ) {64446} sciatic, continuous  ( ) {64447} femoral, single',
    'Q2. Is this block diagnostic (to confirm the pain generator before neuroplasty, {64712}) or therapeutic?  (•) Diagnostic',
    'Q3. Number of blocks of this nerve in the last 12 months: [ 1 ]   Date of most recent: 09/22/2026',
    'Q4. Relief after last block: 80% (NRS 7/10 → 1/10) for 6 hours, consistent with the anesthetic used',
    'Q5. Will imaging guidance ({76942} or {77002}) be used?  (•) Yes – ultrasound  ( ) No',
    'Questionnaire IPM-PNB v2026.3 · form id [31085] · answers saved 11/16/2026 09:29 CT',
  ].join('\n'),
});

// ── 10. Clinical questionnaire, neurolysis of plantar digital nerve, text layer ──
const qNeuro = lines({
  id: 's137-qneuro',
  kind: 's137-clinical-questionnaire-digital-neurolysis-text',
  before: 'Clinical Questionnaire — Neurolysis / Destruction of Peripheral Nerve — Case A126120381',
  text: [
    'Requested code: {64632} DESTRUCTION BY NEUROLYTIC AGENT; PLANTAR COMMON DIGITAL NERVE   Side: LT   Qty: 4',
    'Q1. Interspace: [x] 3rd (3rd–4th metatarsal)  [ ] 2nd    Ultrasound/MRI confirms neuroma ≥ 5 mm? Yes (US 10/14/2026)',
    'Q2. At least 2 prior diagnostic/therapeutic injections ({64455}) with ≥ 50% relief? Yes – 08/2026, 09/2026',
    'Q3. Conservative care ≥ 6 weeks (wide toe box, metatarsal pad, NSAID): Yes',
    'Q4. Prior neurectomy ({28080}) of this interspace? No',
    'Q5. Agent: 4% dehydrated alcohol; series of 4 sessions ≥ 7 days apart, each session = 1 unit of {64632}.',
    'Note: {64455} and {64632} are not requested together for the same interspace on one date.',
  ].join('\n'),
});

// ── 11. Clinical questionnaire, facial nerve chemodenervation, text layer ──
const qChemo = lines({
  id: 's137-qchemo',
  kind: 's137-clinical-questionnaire-facial-chemodenervation-text',
  before: 'Clinical Questionnaire — Chemodenervation — Case A126118807',
  text: [
    'Requested code: {64612} CHEMODENERVATION OF MUSCLE(S); MUSCLE(S) INNERVATED BY FACIAL NERVE, UNILATERAL',
    'Q1. Indication: G51.3 Clonic hemifacial spasm   Side: Left   Onset: 2019',
    'Q2. Drug / dose: onabotulinumtoxinA 35 units (J0585 x 35), 65 units wasted (JW)',
    'Q3. EMG or e-stim guidance ({95874} / {95873}) requested? ( ) Yes (•) No',
    'Q4. Last injection 08/11/2026 (case A126073318); interval ≥ 12 weeks? Yes',
    'Q5. Both sides? Request {64612} once with modifier 50; do not add a second line of {64612}.',
  ].join('\n'),
});

// ── 12. Case status list, table ("Procedure" header, codes with short text) ──
const caseList = table({
  id: 's137-cases',
  kind: 's137-case-status-list-grid',
  caption: 'My Cases — Lakeshore Health Plan — last 90 days — 10 results',
  headers: ['Case #', 'Tracking #', 'Member', 'Procedure', 'Status', 'Submitted', 'Site ZIP'],
  rows: [
    [
      'A126114472',
      '[73308]',
      'KOWALCZYK, J',
      '{64712} NEUROPLASTY SCIATIC',
      'Pending MD Review',
      '11/16/2026',
      '[44130]',
    ],
    ['A126114472', '[73308]', 'KOWALCZYK, J', '{64445} NJX SCIATIC NRV', 'Approved', '11/16/2026', '[44130]'],
    ['A126120381', '[73341]', 'DEMARCO, L', '{64632} DSTRJ PLANTAR DIG NRV', 'Approved', '11/12/2026', '[44130]'],
    ['A126118807', '[73296]', 'OKAFOR, B', '{64612} CHEMODNRV FACIAL NRV', 'Approved', '11/09/2026', '[44130]'],
    ['A126109955', '[73253]', 'HRIBAR, T', '{64714} NEUROPLASTY LUMBAR PLEXUS', 'Denied', '10/29/2026', '[44129]'],
    ['A126104217', '[64445]', 'PATEL, S', '{64483} TFESI LUMBAR 1 LVL', 'Approved', '10/22/2026', '[44130]'],
    ['A126097733', '[73187]', 'NOVAK, R', '{64446} NJX SCIATIC CONT INFUS', 'Withdrawn', '10/14/2026', '[44107]'],
    [
      'A126091876',
      '[73140]',
      'SZABO, G',
      '{64455} NJX AA&/STRD PLANTAR DIGIT',
      'Not Required',
      '10/06/2026',
      '[44130]',
    ],
    ['A126088120', '[73112]', 'BRENNAN, K', '{64712} NEUROPLASTY SCIATIC', 'Approved', '10/01/2026', '[44134]'],
    [
      'A126095120',
      '[73169]',
      'LINDQVIST, E',
      '{64640} DESTRJ PRPH NRV/BRANCH',
      'Pending Clinical Info',
      '10/09/2026',
      '[44130]',
    ],
  ],
});

// ── 13. Case detail, status history, text layer ──
const caseHistory = lines({
  id: 's137-history',
  kind: 's137-case-detail-status-history-text',
  before: 'Case A126114472 — History',
  text: [
    '11/16/2026 09:14 CT  Case created by DWHITFORD via portal. Tracking [73308].',
    '11/16/2026 09:31 CT  Questionnaire complete. {64445}: criteria met by decision support – APPROVED. {64712}: routed to nurse review.',
    '11/17/2026 14:05 CT  Pended for clinical review, queue [42170] (IPM nurse team 3).',
    '11/18/2026 10:40 CT  Request for additional information faxed to 440-555-0162, doc [29966]. Due 11/20/2026.',
    '11/20/2026 16:22 CT  Physician review: {64712} NOT APPROVED (IPM-07 §7.3). Letter [51846] generated.',
    '11/20/2026 16:25 CT  Peer-to-peer window open until 11/27/2026 23:59 ET.',
    '11/24/2026 11:20 CT  P2P held (slot [64712]) with Dr. Raghunathan; determination for {64712} upheld.',
    '11/30/2026 08:02 CT  Plan notified NorthSpan of appeal AG-2026-[14418]; case locked for {64712}.',
  ].join('\n'),
});

// ── 14. Case attachments, table (decoy only) ──
const attachments = table({
  id: 's137-attach',
  kind: 's137-case-documents-attachments-grid',
  caption: 'Case Documents — A126114472 — 6 files',
  headers: ['Doc #', 'File / Title', 'Type', 'Pages', 'Received', 'Source'],
  rows: [
    ['[29966]', 'Request for Additional Information', 'Outbound fax', '2', '11/18/2026', 'NorthSpan'],
    ['[29971]', 'OV_note_10-28-2026.pdf', 'Clinical', '4', '11/18/2026', 'Provider upload'],
    ['[64714]', 'MR_neurography_pelvis_RT.pdf', 'Imaging report', '3', '11/19/2026', 'Provider upload'],
    ['[29979]', 'PT_discharge_summary.pdf', 'Clinical', '6', '11/19/2026', 'Fax 440-555-0162'],
    ['[51832]', 'Approval letter – {64445}', 'Determination', '3', '11/17/2026', 'NorthSpan'],
    ['[51846]', 'Partial approval letter', 'Determination', '5', '11/20/2026', 'NorthSpan'],
  ],
});

// ── 15. Approval letter, PDF text layer ──
const approval = lines({
  id: 's137-approval',
  kind: 's137-approval-letter-pdf-text',
  before: 'NorthSpan Specialty Benefits on behalf of Lakeshore Health Plan',
  text: [
    'PO Box [64445] · Franklin, TN [37068]-4445 · Phone 1-866-555-0147 · Fax 1-866-555-0188',
    'November 17, 2026                                              Letter ID: [51832]',
    'Cuyahoga Pain & Nerve Center, 6900 Pearl Rd, Ste 210, Middleburg Heights, OH [44130]',
    'RE: KOWALCZYK, JANINA M     Member ID: LKH884120557-01     Case Number: A126114472',
    'We have approved the following: CPT {64445} Injection, anesthetic agent(s) and/or steroid; sciatic nerve – 1 unit.',
    'Authorization number A126114472-01 is valid from 11/17/2026 through 02/14/2027.',
    'Rendering site: Cuyahoga Pain & Nerve Center ASC (site [37150]). Services at another site need a new request.',
    'This is not a guarantee of payment. Benefits, eligibility and claim rules (plan policy CP-[43105]) apply.',
  ].join('\n'),
});

// ── 16. Approval letter authorized services, table ("CPT/HCPCS" header, units and validity dates) ──
const approvalGrid = table({
  id: 's137-apprgrid',
  kind: 's137-approval-letter-authorized-services-grid',
  caption: 'Authorized Services — Case A126120381 — Authorization A126120381-01',
  headers: ['CPT/HCPCS', 'Description', 'Units Auth.', 'Mod', 'Valid From', 'Valid To', 'Site ID'],
  rows: [
    [
      '{64632}',
      'DESTRUCTION NEUROLYTIC AGENT PLANTAR COMMON DIGITAL NERVE',
      '4',
      'LT',
      '11/13/2026',
      '05/11/2027',
      '[37151]',
    ],
    ['{76942}', 'ULTRASONIC GUIDANCE NEEDLE PLACEMENT', 'Incl.', '', '11/13/2026', '05/11/2027', '[37151]'],
  ],
});

// ── 17. Partial approval / denial letter, PDF text layer ──
const partial = lines({
  id: 's137-partial',
  kind: 's137-partial-approval-denial-letter-pdf-text',
  before: 'NOTICE OF PARTIAL APPROVAL — Lakeshore Health Plan (administered by NorthSpan Specialty Benefits)',
  text: [
    'Date of determination: 11/20/2026   Letter ID: [51846]   Case Number: A126114472   Tracking: [73308]',
    'Reviewer: R. Castellano, MD, Physical Medicine & Rehabilitation, reviewer ID [29927]',
    'Approved: CPT {64445} (sciatic nerve block, single injection), 1 unit, 11/17/2026 – 02/14/2027.',
    'Not approved: CPT {64712}, Neuroplasty (exploration, neurolysis or nerve decompression); sciatic nerve.',
    'Why: the NorthSpan guideline for Peripheral Nerve Procedures (IPM-07, §7.3) requires imaging showing compression of the',
    'sciatic nerve and 3 months of failed conservative care. The records sent did not show these. A doctor may ask us to talk',
    'about this decision (peer-to-peer) by 11/27/2026: call 1-866-555-0147, option 3. Reconsideration: PO Box [64632], Franklin, TN [37068].',
    'Appeals: Lakeshore Health Plan, Appeals & Grievances, PO Box [43181], Columbus, OH [43218] within 180 days.',
  ].join('\n'),
});

// ── 18. Denial letter services reviewed, table ("Code" header, determination per line) ──
const denialGrid = table({
  id: 's137-dengrid',
  kind: 's137-denial-letter-services-reviewed-grid',
  caption: 'Services Reviewed — Case A126109955 — HRIBAR, TOMAS',
  headers: ['Line', 'Code', 'Description', 'Req. Units', 'Determination', 'Criteria cited'],
  rows: [
    ['1', '{64714}', 'NEUROPLASTY LUMBAR PLEXUS', '1', 'Not medically necessary', 'IPM-07 §7.4'],
    ['2', '{64712}', 'NEUROPLASTY SCIATIC NERVE', '1', 'Not medically necessary', 'IPM-07 §7.3'],
    ['3', '{64727}', 'INTERNAL NEUROLYSIS W/ MICROSCOPE', '1', 'Not reviewed (add-on)', '—'],
    [
      '4',
      '{64448}',
      'NJX FEMORAL NERVE CONT INFUS',
      '1',
      'Administratively denied – not a covered site',
      'Plan policy CP-[43105]',
    ],
  ],
});

// ── 19. Peer-to-peer request form, text layer ──
const p2pForm = lines({
  id: 's137-p2pform',
  kind: 's137-peer-to-peer-request-form-text',
  before: 'Request a Peer-to-Peer Discussion',
  text: [
    'Case Number*: A126114472    Tracking #: [73308]    Determination date: 11/20/2026',
    'Procedure(s) to discuss*:  [x] {64712} Neuroplasty, sciatic nerve (Not Approved)   [ ] {64445} (Approved – no P2P needed)',
    'Requesting physician*: Priya Raghunathan, MD   Callback #*: 440-555-0160 ext. [41230]',
    'Physician availability: Mon–Thu 12:00–1:00 PM ET; Fri after 3 PM ET',
    'P2P must be completed by 11/27/2026. After that, the plan appeal process applies (PO Box [43181], Columbus, OH [43218]).',
  ].join('\n'),
});

// ── 20. Peer-to-peer slot picker, table (decoy heavy) ──
const p2pSlots = table({
  id: 's137-p2pslots',
  kind: 's137-peer-to-peer-scheduling-slots-grid',
  caption: 'Available times — Case A126114472 — CPT 64712 — reviewer specialty: PM&R / Anesthesiology (Pain)',
  headers: ['Date', 'Time (ET)', 'Reviewer', 'Specialty', 'Slot ID', ''],
  rows: [
    ['11/23/2026', '12:15 PM', 'Castellano, R. MD', 'PM&R', '[88341]', 'Book'],
    ['11/23/2026', '12:45 PM', 'Okonkwo, A. MD', 'Anesthesiology – Pain', '[88344]', 'Book'],
    ['11/24/2026', '12:00 PM', 'Castellano, R. MD', 'PM&R', '[64712]', 'Book'],
    ['11/24/2026', '1:15 PM', 'Okonkwo, A. MD', 'Anesthesiology – Pain', '[88352]', 'Book'],
    ['11/25/2026', '3:30 PM', 'Feld, J. DO', 'Anesthesiology – Pain', '[88361]', 'Book'],
    ['11/26/2026', '—', '—', '—', '—', 'Holiday: no slots'],
  ],
});

// ── 21. Case wizard code typeahead suggestions, table with no header row ──
const typeahead = table({
  id: 's137-typeahead',
  kind: 's137-case-wizard-code-typeahead-suggestions-grid',
  caption: 'Add a procedure — CPT/HCPCS code or keyword: sciat',
  headers: ['', '', ''],
  rows: [
    ['{64445}', 'Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve', 'Requires review'],
    ['{64446}', '…; sciatic nerve, continuous infusion by catheter (including catheter placement)', 'Requires review'],
    ['{64712}', 'Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve', 'Requires review'],
    ['{64786}', 'Excision of neuroma; sciatic nerve', 'Not managed by NorthSpan – contact plan'],
    [
      '{27035}',
      'Denervation, hip joint, … branches of sciatic, femoral, or obturator nerves',
      'Not managed by NorthSpan',
    ],
  ],
});

// ── 22. Clinical guideline, coding table ("CPT®" header) ──
const guideCodes = table({
  id: 's137-guidecodes',
  kind: 's137-clinical-guideline-procedure-codes-grid',
  caption: 'IPM-07 Peripheral Nerve Procedures — Procedure codes associated with this guideline',
  headers: ['CPT®', 'Code Description'],
  rows: [
    ['{64445}', 'Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve'],
    ['{64446}', 'Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve, continuous infusion by catheter'],
    ['{64447}', 'Injection(s), anesthetic agent(s) and/or steroid; femoral nerve'],
    ['{64448}', 'Injection(s), anesthetic agent(s) and/or steroid; femoral nerve, continuous infusion by catheter'],
    ['{64450}', 'Injection(s), anesthetic agent(s) and/or steroid; other peripheral nerve or branch'],
    ['{64455}', 'Injection(s), anesthetic agent(s) and/or steroid; plantar common digital nerve(s)'],
    ['{64612}', 'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral'],
    ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve'],
    ['{64640}', 'Destruction by neurolytic agent; other peripheral nerve or branch'],
    ['{64708}', 'Neuroplasty, major peripheral nerve, arm or leg, open; other than specified'],
    ['{64712}', 'Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve'],
    ['{64713}', 'Neuroplasty, major peripheral nerve, arm or leg, open; brachial plexus'],
    ['{64714}', 'Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus'],
  ],
});

// ── 23. Clinical guideline, coding notes, text layer ──
const guideNotes = lines({
  id: 's137-guidenotes',
  kind: 's137-clinical-guideline-coding-notes-text',
  before: '7.9 Coding notes',
  text: [
    '• Imaging guidance is included in {64445}–{64448}; do not request {76942} or {77002} on the same case.',
    '• Report {64632} once per session per foot regardless of the number of injections; for both feet use modifier 50.',
    '• Do not request {64455} with {64632} for the same interspace; neurolysis of other nerves is reported with {64640}.',
    '• Neuroplasty ({64712}, {64714}) is reviewed under this guideline only when ordered by a pain specialist; surgical requests go to MSK.',
    '• Chemodenervation {64612}-{64616}: EMG/e-stim guidance ({95873}, {95874}) may be requested once per session.',
    '• Unlisted nervous system procedure ({64999}) always goes to physician review.',
  ].join('\n'),
});

// ── 24. Clinical guideline, document header/footer and revision history, text layer ──
const guideFooter = lines({
  id: 's137-guidefoot',
  kind: 's137-clinical-guideline-footer-revision-history-text',
  before: 'NorthSpan Clinical Guidelines · Interventional Pain Management · IPM-07 Peripheral Nerve Procedures · V2.1',
  text: [
    'Effective 01/01/2027 · Document [44245] · Page 14 of 38',
    '© 2026 NorthSpan Specialty Benefits, LLC · 730 Cool Springs Blvd, Franklin, TN [37067] · All rights reserved',
    'CPT® five-digit codes, descriptions and other data only are copyright 2026 American Medical Association.',
    'This guideline replaces NorthSpan policy [31507] (Peripheral Nerve Blocks), retired 12/31/2026.',
    'V2.0 (07/01/2026): added {64714}; clarified repeat-block frequency for {64445}.',
    'V2.1 (01/01/2027): added {64632}; moved {64450} to IPM-05; Clinical Policy Committee minutes [26097].',
  ].join('\n'),
});

// ── 25. Health plan list of codes requiring prior auth through the benefit manager, table ("Code" header) ──
const planList = table({
  id: 's137-planlist',
  kind: 's137-plan-codes-requiring-pa-by-vendor-grid',
  caption:
    'Lakeshore Health Plan — Services requiring prior authorization through NorthSpan — Interventional Pain — eff. 01/01/2027',
  headers: ['Code', 'Description', 'Program', 'Comm.', 'MA', 'Medicaid'],
  rows: [
    ['{62321}', 'Interlaminar epidural, cervical/thoracic, w/ imaging', 'IPM', 'Y', 'Y', 'Y'],
    ['{64445}', 'Sciatic nerve block, single injection', 'IPM', 'Y', 'Y', 'N'],
    ['{64446}', 'Sciatic nerve block, continuous infusion', 'IPM', 'Y', 'Y', 'N'],
    ['{64483}', 'Transforaminal epidural, lumbar/sacral, single level', 'IPM', 'Y', 'Y', 'Y'],
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', 'IPM / Rx', 'Y', 'N', 'N'],
    ['{64632}', 'Neurolytic destruction, plantar common digital nerve', 'IPM', 'Y', 'Y', 'N'],
    ['{64633}', 'Destruction paravertebral facet joint nerve, cervical/thoracic, single', 'IPM', 'Y', 'Y', 'Y'],
    ['{64640}', 'Neurolytic destruction, other peripheral nerve or branch', 'IPM', 'Y', 'Y', 'Y'],
    ['{64712}', 'Neuroplasty, sciatic nerve', 'IPM / MSK', 'Y', 'Y', 'N'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'IPM / MSK', 'Y', 'Y', 'N'],
  ],
});

// ── 26. Health plan code list, CSV download ──
const planCsv = lines({
  id: 's137-plancsv',
  kind: 's137-plan-pa-code-list-csv-download-text',
  before: 'LHP_NorthSpan_PA_Codes_2027Q1.csv',
  text: [
    'code,short_desc,vendor,program,lob,eff_date,term_date,notes',
    '{64445},"NJX AA&/STRD SCIATIC NERVE",NORTHSPAN,IPM,COMM|MA,2027-01-01,,',
    '{64612},"CHEMODNRVJ MUSC MUSC FACIAL NRV UNI",NORTHSPAN,IPM,COMM,2027-01-01,,"drug via Rx program"',
    '{64632},"DSTRJ NROLYTC AGNT PLANTAR CMN DGTL NRV",NORTHSPAN,IPM,COMM|MA,2027-01-01,,',
    '{64712},"NEUROPLASTY MAJOR PRPH NRV SCIATIC",NORTHSPAN,IPM,COMM|MA,2027-01-01,,"MSK if ordered by ortho"',
    '{64714},"NEUROPLASTY MAJOR PRPH NRV LUMBAR PLEXUS",NORTHSPAN,IPM,COMM|MA,2027-01-01,,',
    '{64708},"NEUROPLASTY MAJOR PRPH NRV ARM/LEG OPN OTH",NORTHSPAN,MSK,COMM,2025-07-01,2026-12-31,"moved to MSK list [43239]"',
  ].join('\n'),
});

// ── 27. Health plan program-launch letter to providers, text layer ──
const launch = lines({
  id: 's137-launch',
  kind: 's137-plan-program-launch-provider-letter-text',
  before: 'Lakeshore Health Plan · Provider Relations · 250 E Broad St, Columbus, OH 43215',
  text: [
    'Provider bulletin [43239] · October 1, 2026 · To: pain management, PM&R, podiatry and neurology offices',
    'Starting January 1, 2027, NorthSpan Specialty Benefits will review prior authorization requests for peripheral nerve',
    'procedures, including sciatic nerve block {64445}, neurolysis of a plantar digital nerve {64632}, sciatic neuroplasty {64712}',
    'and lumbar plexus neuroplasty {64714}. Chemodenervation of the facial nerve ({64612}) joins the program for commercial plans only.',
    'Claims for these services without an authorization on file will deny. Requests for dates of service before 1/1/2027 go to the plan.',
    'Network consultant for Cuyahoga County (ZIPs [44101]–[44199]): Marcy Delgado, 614-555-0176.',
    'Questions: Provider Relations, PO Box [43144], Columbus, OH [43216] or your network consultant.',
  ].join('\n'),
});

// ── 28. Quick reference guide for providers, text layer ──
const quickRef = lines({
  id: 's137-quickref',
  kind: 's137-program-quick-reference-guide-text',
  before: 'Interventional Pain Management Program — Quick Reference Guide for Lakeshore Health Plan Providers',
  text: [
    'Needs a case: peripheral nerve blocks ({64445}-{64448}), digital nerve neurolysis ({64632}), neuroplasty ({64712}, {64714}).',
    'No case needed: trigger point injections ({20552}, {20553}), E/M visits, ER and inpatient services.',
    'Turnaround: standard 2 business days after complete clinical information; urgent 72 hours.',
    'Retro requests: up to 2 business days after the date of service, for {64445} only, when the block was done emergently.',
    'Portal: providerhub.northspanhealth.com · Phone 1-866-555-0147 · Fax 1-866-555-0188 · Mail: PO Box [64445], Franklin, TN [37068]',
    'Payer ID for electronic 278 requests: [37122]',
  ].join('\n'),
});

// ── 29. Fax cover sheet, text layer ──
const faxCover = lines({
  id: 's137-faxcover',
  kind: 's137-fax-cover-sheet-clinical-info-text',
  before: 'NorthSpan Specialty Benefits — FAX COVER SHEET — Clinical Information for an Existing Case',
  text: [
    'To: NorthSpan Utilization Management        Fax: 1-866-555-0188        Pages (incl. cover): 14',
    'From: Cuyahoga Pain & Nerve Center  Phone 440-555-0160  Fax 440-555-0162  Contact: Dana W.',
    'Case Number: A126114472     Tracking #: [73308]     Member ID: LKH884120557-01',
    'CPT Code(s) Requested: {64712}   {64445}        Health Plan: Lakeshore Health Plan',
    'Fax barcode / document control #: [29966]',
    'Ordering physician: Priya Raghunathan, MD   NPI 1457392018   NorthSpan provider ID [58207]',
    'Form NS-[44241] (rev. 06/2026). Do not use for a new request – start a case on the portal or call 1-866-555-0147.',
  ].join('\n'),
});

// ── 30. Phone tree (IVR menu) page, text layer ──
const phoneTree = lines({
  id: 's137-ivr',
  kind: 's137-phone-tree-ivr-menu-text',
  before: 'Calling NorthSpan: 1-866-555-0147 (7 AM – 7 PM local time, Mon – Fri)',
  text: [
    'Press 1 to start a request. Have the member ID, the ordering NPI and the 5-digit ZIP of the site (for example [44130]).',
    'When asked, enter the five-digit CPT code followed by #, for example {64445} #.',
    'Press 2 for case status: enter the case number or the 5-digit tracking number (for example [73308]).',
    'Press 3 to schedule a peer-to-peer or to speak with a reviewer about CPT {64712} and other surgical codes.',
    'Press 4 for Lakeshore Medicare Advantage members (program code [43250]).',
    'Press 5 for portal help; your portal support ticket (e.g. [64612]) is in your confirmation e-mail.',
    'Press 6 for the Specialty Drug program (botulinum toxin billed with {64612} or {64615}).',
  ].join('\n'),
});

// ── 31. Update-a-case request form, text layer ──
const modForm = lines({
  id: 's137-modform',
  kind: 's137-case-update-code-change-request-text',
  before: 'Request to Update an Approved Case',
  text: [
    'Case: A126114472-01   Approved code(s): {64445} x1   Valid 11/17/2026 – 02/14/2027',
    'Change requested:  ( ) extend dates   (•) change code   ( ) add units   ( ) change site',
    'New code: {64446} – surgeon asked for a catheter for post-op analgesia after {64712}.',
    'Code changes within one family (e.g., {64445} → {64446}) are allowed until the date of service; other changes need a new case.',
    'Submitted 12/01/2026 · update request [52106] · tracking [73308]',
  ].join('\n'),
});

// ── 32. Health plan appeal acknowledgement letter, text layer ──
const appealAck = lines({
  id: 's137-appealack',
  kind: 's137-plan-appeal-acknowledgement-letter-text',
  before: 'Lakeshore Health Plan · Appeals & Grievances',
  text: [
    'PO Box [43181] · Columbus, OH [43218]-1181 · Fax 614-555-0139',
    'December 2, 2026          Appeal #: AG-2026-[14418]',
    'We received your request of 11/30/2026 to appeal the denial of CPT {64712} (neuroplasty, sciatic nerve)',
    'for JANINA M KOWALCZYK, member ID LKH884120557-01, group [64612] (NorthSpan case A126114472).',
    'The approved service on that case ({64445}) is not part of this appeal. We will decide within 30 calendar days.',
  ].join('\n'),
});

// ── 33. X12 278 request, text layer ──
const x278req = lines({
  id: 's137-278req',
  kind: 's137-x12-278-services-review-request-text',
  before: 'Outbound 278 — CPNC clearinghouse log — file 278_20261116_0912.x12',
  text: [
    'ST*278*0001*005010X217~',
    'BHT*0007*13*[44230]*20261116*0912~',
    'NM1*X3*2*NORTHSPAN SPECIALTY BENEFITS*****PI*[37122]~',
    'NM1*1P*1*RAGHUNATHAN*PRIYA****XX*1457392018~',
    'N4*MIDDLEBURG HEIGHTS*OH*[44130]~',
    'PRV*RF*PXC*208VP0014X~',
    'NM1*IL*1*KOWALCZYK*JANINA*M***MI*LKH884120557~',
    'N4*PARMA*OH*[44129]~',
    'HI*ABF:G5701*ABF:M5431~',
    'UM*HS*I*2*24:B~',
    'SV1*HC:{64712}:RT**UN*1~',
    'SV1*HC:{64445}:RT**UN*1~',
    'DTP*472*D8*20261208~',
  ].join('\n'),
});

// ── 34. X12 278 response, text layer ──
const x278resp = lines({
  id: 's137-278resp',
  kind: 's137-x12-278-services-review-response-text',
  before: 'Inbound 278 response — matched to BHT 44230',
  text: [
    'NM1*X3*2*NORTHSPAN SPECIALTY BENEFITS*****PI*[37122]~',
    'N4*FRANKLIN*TN*[37068]~',
    'SV1*HC:{64445}:RT**UN*1~',
    'HCR*A1*A126114472-01~',
    'DTP*472*RD8*20261117-20270214~',
    'SV1*HC:{64712}:RT**UN*1~',
    'HCR*A3*A126114472-02*11~',
    'MSG*PEER TO PEER AVAILABLE UNTIL 11/27/2026 CALL 8665550147 OPT 3 REF [73308]~',
  ].join('\n'),
});

// ── 35. Da Vinci PAS FHIR ClaimResponse, JSON text layer ──
const fhirResp = lines({
  id: 's137-fhir',
  kind: 's137-fhir-pas-claimresponse-json-text',
  before: 'GET /fhir/ClaimResponse/ns-cr-118807 — 200 OK',
  text: [
    '{ "resourceType": "ClaimResponse", "id": "ns-cr-118807", "status": "active", "use": "preauthorization",',
    '  "identifier": [ { "system": "urn:northspan:tracking", "value": "[73296]" } ],',
    '  "patient": { "reference": "Patient/ns-pt-[51190]" }, "created": "2026-11-10T15:02:11-05:00",',
    '  "insurer": { "identifier": { "system": "urn:x12:payerid", "value": "[37122]" } },',
    '  "preAuthRef": "A126118807-01", "preAuthPeriod": { "start": "2026-11-10", "end": "2027-02-07" },',
    '  "addItem": [ { "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}" } ] },',
    '    "modifier": [ { "coding": [ { "code": "LT" } ] } ], "quantity": { "value": 1 },',
    '    "extension": [ { "url": "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction", "valueCodeableConcept": { "coding": [ { "code": "A1" } ] } } ] },',
    '  { "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{95874}" } ] }, "noteNumber": [ 1 ] } ],',
    '  "processNote": [ { "number": 1, "text": "{95874} not separately reviewed; included with {64612}" } ] }',
  ].join('\n'),
});

// ── 36. HL7 v2 SIU scheduling message from the practice's EHR, text layer ──
const siu = lines({
  id: 's137-siu',
  kind: 's137-hl7-siu-scheduling-message-text',
  before: 'Interface engine — message viewer — inbound from EHR to ASC scheduling',
  text: [
    'MSH|^~\\&|EHR|CPNC|ASCSCHED|CPNC_ASC|202611201702||SIU^S12|[88412]|P|2.5.1',
    'SCH|[71508]^EHR|||||ROUTINE|NERVE PROCEDURE|||60|MIN',
    'PID|1||MRN[40917]^^^CPNC||KOWALCZYK^JANINA^M||19610317|F|||6612 RIDGE RD^^PARMA^OH^[44129]',
    'IN1|1|LKHPPO|[37122]|LAKESHORE HEALTH PLAN||||[64612]',
    'AIS|1||{64445}^NJX AA&/STRD SCIATIC NERVE^CPT|20261208083000|||30|MIN',
    'AIS|2||{64712}^NEUROPLASTY SCIATIC NERVE^CPT|20261208090000|||60|MIN',
    'NTE|1||NORTHSPAN AUTH A126114472-01 COVERS {64445} ONLY. {64712} DENIED 11/20, P2P PENDING - HOLD OR TIME',
  ].join('\n'),
});

// ── 37. Practice prior-auth work queue, table ("Proc" header, codes with units and side) ──
const workQueue = table({
  id: 's137-queue',
  kind: 's137-practice-auth-work-queue-grid',
  caption: 'Referral & Auth Work Queue — Cuyahoga Pain & Nerve Center — owner: D. Whitford — 7 items',
  headers: ['Pri', 'Patient', 'MRN', 'Appt', 'Proc', 'Payer/Vendor', 'Auth Status', 'Days to DOS'],
  rows: [
    [
      '!',
      'KOWALCZYK, JANINA',
      '[40917]',
      '12/08',
      '{64712}-RT, {64445}-RT',
      'LKH / NorthSpan',
      'Partial – P2P 11/24',
      '12',
    ],
    ['', 'DEMARCO, LUCIA', '[41022]', '12/03', '{64632}-LT x4', 'LKH / NorthSpan', 'Auth thru 05/11/27', '7'],
    ['', 'OKAFOR, BENEDICT', '[38830]', '12/10', '{64612} LT, J0585 x35', 'LKH / NorthSpan', 'Approved', '14'],
    ['!', 'HRIBAR, TOMAS', '[43077]', '12/15', '{64714}', 'LKH / NorthSpan', 'Denied – appeal?', '19'],
    ['', 'SZABO, GRETA', '[39904]', '12/17', '{64455} x1 RT', 'Ohio Medicaid MCO', 'Not required', '21'],
    [
      '',
      'BRENNAN, KEVIN',
      '[40596]',
      '12/21',
      '{64454} x1 LT',
      'LKH / NorthSpan',
      'Submitted – tracking [73412]',
      '25',
    ],
    ['', 'NOVAK, RUDOLF', '[41166]', '01/05', '{64446}', 'LKH / NorthSpan', 'Withdrawn – resubmit', '40'],
  ],
});

// ── 38. Practice auth-to-claim mismatch report, table (two code columns, units) ──
const mismatch = table({
  id: 's137-mismatch',
  kind: 's137-practice-auth-to-claim-mismatch-report-grid',
  caption:
    'Auth-to-Claim Reconciliation — Exceptions only — DOS 10/01/2026–10/31/2026 — run 11/05/2026 by BILLING\\KSTRAND',
  headers: ['Acct #', 'DOS', 'Payer', 'Auth #', 'Auth CPT', 'Auth Units', 'Billed CPT', 'Billed Units', 'Exception'],
  rows: [
    ['[40218]', '10/02/2026', 'LKH', 'A126093411-01', '{64445}', '1', '{64446}', '1', 'CPT not on auth'],
    [
      '[40233]',
      '10/07/2026',
      'LKH',
      'A126095562-01',
      '{64632}',
      '1',
      'LT {64632} / RT {64632}',
      '1, 1',
      'RT side not on auth',
    ],
    [
      '[64712]',
      '10/09/2026',
      'LKH',
      'A126088120-01',
      '{64712}',
      '1',
      '{64712}, {64708}',
      '1, 1',
      'Unauth. code on claim',
    ],
    ['[40251]', '10/14/2026', 'LKH', 'A126061907-01', '{64612}', '1', '{64612}', '1', 'DOS after auth end 10/10/2026'],
    [
      '[40262]',
      '10/20/2026',
      'LKH MA',
      'A126097004-01',
      '{64714}',
      '1',
      '{64714}',
      '1',
      'Site ID on claim [20148] ≠ auth [37150]',
    ],
    ['[40277]', '10/27/2026', 'LKH', 'none', '—', '—', '{64455}, {64632}', '1, 1', 'No auth; {64455} bundles'],
    [
      '[40289]',
      '10/30/2026',
      'LKH',
      'A126099318-01',
      '{64445}',
      '1',
      '{64445}, {64447}',
      '1, 1',
      'Femoral block not on auth',
    ],
  ],
});

// ── 39. Mismatch report CSV export, text layer ──
const mismatchCsv = lines({
  id: 's137-mmcsv',
  kind: 's137-auth-claim-mismatch-csv-export-text',
  before: 'AuthClaimRecon_202610_exceptions.csv',
  text: [
    'AcctNo,DOS,Payer,AuthNo,AuthCPT,AuthUnits,ClmCPT,ClmMod,ClmUnits,ExcCode,ChargeAmt',
    '[40218],2026-10-02,LKH,A126093411-01,{64445},1,{64446},RT,1,CPT_MISMATCH,1840.00',
    '[40233],2026-10-07,LKH,A126095562-01,{64632},1,{64632},LT,1,,620.00',
    '[40233],2026-10-07,LKH,A126095562-01,{64632},1,{64632},RT,1,SIDE_NOT_AUTH,620.00',
    '[64712],2026-10-09,LKH,A126088120-01,{64712},1,{64708},RT,1,CODE_NOT_AUTH,4120.00',
    '[40251],2026-10-14,LKH,A126061907-01,{64612},1,{64612},LT,1,DOS_OUT_OF_RANGE,960.00',
    '[40262],2026-10-20,LKHMA,A126097004-01,{64714},1,{64714},RT,1,SITE_MISMATCH,[10275].00',
  ].join('\n'),
});

// ── 40. C-CDA procedure note sent as a clinical attachment (X12 275), XML text layer ──
const cda = lines({
  id: 's137-cda',
  kind: 's137-clinical-attachment-ccda-xml-text',
  before: 'Attachment 2 of 3 — C-CDA Procedure Note (sent via 275) — Case A126120381 — view source',
  text: [
    '<ClinicalDocument xmlns="urn:hl7-org:v3"><id root="2.16.840.1.113883.19.5" extension="CPNC-[41022]-20261112"/>',
    '<code code="[28570]-0" codeSystem="2.16.840.1.113883.6.1" displayName="Procedure note"/>',
    '<patientRole><id extension="[41022]" root="2.16.840.1.113883.3.9921"/><addr><streetAddressLine>4411 State Rd</streetAddressLine>',
    '<city>Cleveland</city><state>OH</state><postalCode>[44109]</postalCode></addr></patientRole>',
    '<section><code code="[29554]-3" codeSystem="2.16.840.1.113883.6.1" displayName="Procedure Narrative"/>',
    '<text>Planned series of 4 alcohol injections, left 3rd interspace; prior {64455} x2 with 60% relief, last 09/14/2026.</text>',
    '<procedure classCode="PROC" moodCode="INT"><code code="{64632}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4"',
    '  displayName="Destruction by neurolytic agent; plantar common digital nerve"/><text>left foot</text></procedure>',
    '<procedure classCode="PROC" moodCode="EVN"><code code="{64455}" codeSystem="2.16.840.1.113883.6.12"/><effectiveTime value="20260914"/></procedure>',
  ].join('\n'),
});

export const sealed137: Snippet[] = [
  ...home,
  ...wizMember,
  ...wizOrdering,
  ...wizSite,
  ...wizProcs,
  ...wizMsgs,
  ...wizReview,
  ...confirm,
  ...qBlock,
  ...qNeuro,
  ...qChemo,
  ...caseList,
  ...caseHistory,
  ...attachments,
  ...approval,
  ...approvalGrid,
  ...partial,
  ...denialGrid,
  ...p2pForm,
  ...p2pSlots,
  ...typeahead,
  ...guideCodes,
  ...guideNotes,
  ...guideFooter,
  ...planList,
  ...planCsv,
  ...launch,
  ...quickRef,
  ...faxCover,
  ...phoneTree,
  ...modForm,
  ...appealAck,
  ...x278req,
  ...x278resp,
  ...fhirResp,
  ...siu,
  ...workQueue,
  ...mismatch,
  ...mismatchCsv,
  ...cda,
];
