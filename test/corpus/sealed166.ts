import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 166 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s166-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes (other
 * nerve blocks and neurolysis codes, the anesthesia base code 01250, imaging and sedation codes, a knee
 * arthroplasty on the dashboard) are labelled as codes too. The decoys are safety event, RCA, peer review, action item, occurrence and PSO ids, the
 * hospital's, the patient's, the state agency's and the insurer's ZIPs, PO boxes, a pager, a charge batch and a
 * charge correction request, HL7 message control and FT1 transaction ids, FHIR ids, employee, observer and
 * reviewer ids, consent, ADC and accession numbers, an order type, a notification rule, a vendor ticket and an LMS
 * course, the facility id, a five-digit claim total (UB-04, audit trail, remittance), an EFT trace and meeting ids.
 * About a third of them are numbers of the synthetic 10,000-code set (KNOWN_10K): the hospital's ZIP and the
 * insurer's, the RCA number, related safety event ids, the state report number, PSO batch and provider ids, the
 * notification rule, the consent and accession numbers, an action item id, the facility id, the EFT trace, the
 * patient relations file and the occurrence number, besides the known codes' digits. The five known codes' digits
 * come back as decoys: the peer review case number, the charge batch and the correction request number, the state
 * agency's and the captive insurer's PO boxes, the attending's pager, a PFS ticket (also an 837 REF), an HL7
 * message control id, a Teams meeting id and a minutes reference.
 *
 * Family: patient safety event reporting and root cause analysis around a wrong-site nerve block at the Pain &
 * Regional Anesthesia Service of a (fictional) hospital: a right popliteal sciatic block ordered before a right
 * sciatic neuroplasty was given in the left leg. Pages: the safety event report (header, narrative, procedure
 * details, AHRQ Common Formats module), the safety event queue and its CSV export, the notification email, the
 * safety event classification worksheet, the RCA² report (cover, event description, timeline, causal statements,
 * contributing factors, action hierarchy), the action plan tracker and its status email, the peer review referral,
 * scoring grid and determination letter, the universal protocol audit tool and its summary, the new "stop before
 * you block" checklist, the block procedure note, the anesthesia charge capture screen, the CANDOR disclosure note
 * and the follow-up letter, the charge hold work queue, the charge correction request, the UB-04 lines, the CMS-1500
 * text layer, the 837P segments, the charge audit trail, the patient account activity, the Medicare Advantage
 * remittance, an HL7 DFT charge message, a FHIR AdverseEvent bundle, the PSO submission XML, the state adverse
 * health event report, the patient safety committee agenda, minutes and dashboard, a billing chat and the captive
 * insurer's notice of potential claim.
 * Built on real public layouts: the AHRQ Common Formats (Surgery or Anesthesia module, harm scale) and PSO
 * submission, the RCA² guide of the National Patient Safety Foundation (causal statements, action hierarchy with
 * stronger/intermediate/weaker actions, timeline), the Joint Commission Universal Protocol (site marking, time-out)
 * and its audit tools, "Stop Before You Block" regional anesthesia checklists, AHRQ CANDOR disclosure notes, the
 * Minnesota adverse health event report categories, CMS NCD 140.6 billing of wrong-body-part procedures with the
 * PA modifier on UB-04 / CMS-1500 / 837P, HL7 v2.5.1 DFT^P03 FT1 segments and the FHIR R4 AdverseEvent resource.
 * Event-reporting screens and the tracker are written the way such systems read, with no single source.
 *
 * 356 labelled tokens over 43 shapes: 196 codes, 160 decoys, 53 of the decoys in KNOWN_10K.
 */

// Case: Harrow Valley Medical Center (HVMC), 1400 Larch Street, Fairhaven, MN 55344. Patient Marjorie T. Kellen,
// MRN 00471296, HAR 7100348821, 118 Birchline Road, Eagan Hills, MN 55123. 03/09/2027: right sciatic neuroplasty
// 64712-RT (Dr. T. Ferreira); pre-incision right popliteal sciatic block 64445-RT ordered, given LEFT at 07:42 by
// the regional fellow (Dr. R. Anand, attending Dr. L. Marsh). SafeTrack event 30212, RCA-27-10147, peer review
// PR 27-64714. Facility charges 9,846.00 (0360) + 1,184.00 (0370 block) + 2,160.00 (0762 obs) + 214.50 (0250)
// = 13,404.50; professional 01250 1,140.00 and 64445 612.00.

// ── 1. Event report form header, text layer ──
const reportHeader = lines({
  id: 's166-rpthead',
  kind: 's166-safety-event-report-form-header-text',
  before: 'SafeTrack — Patient Safety Event Report — Harrow Valley Medical Center',
  text: [
    'Event ID: [30212]   Status: Submitted → In review   Facility: HVMC Fairhaven   Confidential PSWP',
    'Event date/time: 03/09/2027 07:42   Reported: 03/09/2027 09:16 by Lena Marsh, MD (pager [64612])',
    'Location: Pre-op Holding Bay 7, Keane Surgery Center, 1400 Larch Street, Fairhaven, MN [55344]',
    'Event type: Surgery / invasive procedure › Wrong site (laterality)   Reached patient: Yes',
    'Procedure scheduled: {64445}-RT popliteal sciatic block, pre-incision analgesia for {64712}-RT',
    'Procedure performed: {64445} LEFT popliteal sciatic, ropivacaine 0.5% 20 mL, ultrasound-guided',
    'Patient: KELLEN, MARJORIE T   MRN 00471296   DOB 08/14/1962   Home ZIP [55123]   Employee ID (reporter) [40092]',
  ].join('\n'),
});

// ── 2. Event report narrative, free text ──
const reportNarrative = lines({
  id: 's166-rptnarr',
  kind: 's166-safety-event-report-narrative-text',
  before: 'Brief factual description of the event (do not assign blame):',
  text: [
    'Pt arrived in pre-op bay 7 at 06:20 for R sciatic neuroplasty ({64712}) with Dr. Ferreira. Surgeon marked R',
    'posterior thigh at 06:55. Regional team consented pt for "right popliteal sciatic nerve block (CPT {64445})".',
    'Pt was turned prone for the block; a full-length warming blanket covered both legs incl. the site mark.',
    'No separate pause before the block. Fellow scanned and injected the L popliteal fossa at 07:42.',
    'At 07:55 the circulating RN found L foot numb on pre-op check and stopped the line. Attending and surgeon told.',
    'R block not done (max local anesthetic dose). {64712} went ahead under GA with surgeon local infiltration.',
    'Obs overnight on 5 West for L leg weakness, fall precautions; full motor return 03/10 at 02:30.',
    'Same gap as near miss [30197] (wrong web space marked before {64632} in pain clinic, 02/22).',
  ].join('\n'),
});

// ── 3. Event report procedure details, grid ──
const reportDetails = table({
  id: 's166-rptproc',
  kind: 's166-safety-event-report-procedure-details-grid',
  caption: 'Procedure details (auto-filled from the OR schedule and charge capture)',
  headers: ['Item', 'Scheduled (case request)', 'Documented (procedure note)', 'Charge captured'],
  rows: [
    ['Regional procedure', '{64445} sciatic, single shot', '{64445} sciatic, single shot', '{64445}'],
    ['Side', 'Right', 'Left', 'LT'],
    ['Primary surgical CPT', '{64712} RT', '{64712} RT', '{64712}-RT'],
    ['Anesthesia code', '{01250}', '{01250}', '{01250}-AA'],
    ['Case / batch', 'OR case [88133]', 'OR case [88133]', 'Batch [64712]'],
    ['Imaging', 'US guidance', 'US, image saved', 'none ({76942} not separately reported)'],
  ],
});

// ── 4. AHRQ Common Formats, Surgery or Anesthesia module, Q/A text ──
const commonFormats = lines({
  id: 's166-cfmt',
  kind: 's166-common-formats-surgery-anesthesia-module-text',
  before: 'Common Formats — Hospital v2.0 — Surgery or Anesthesia — Event-specific questions',
  text: [
    'Which best describes the event? › Surgical or other invasive procedure performed on the wrong site',
    'What was the procedure? (CPT) › {64445}',
    'Was it part of a larger scheduled procedure? › Yes. Primary procedure CPT: {64712}',
    'Was a time-out conducted? › Yes, in the OR before incision only; not before the block',
    'ASA class › III     Type of anesthesia for primary procedure › General, CPT {01250}',
    'Harm scale › Mild harm: additional monitoring and observation stay',
    'PSO local event key: [30212]   Reporter role: Physician   Submitted to PSO batch [40174]',
  ].join('\n'),
});

// ── 5. Safety event queue, grid ──
const queue = table({
  id: 's166-queue',
  kind: 's166-safety-event-queue-grid',
  caption: 'My Queue — Surgery/Invasive Procedure events — Pain & Regional Anesthesia — last 30 days',
  headers: ['Event ID', 'Date', 'Dept', 'Event type', 'Procedure (CPT)', 'Harm', 'Owner', 'Status'],
  rows: [
    ['[30212]', '03/09/27', 'Keane SC pre-op', 'Wrong site — laterality', '{64445}', 'E', 'J. Osei', 'RCA chartered'],
    ['[30197]', '02/22/27', 'Pain clinic', 'Near miss — wrong site marked', '{64632}', 'A', 'L. Marsh', 'Closed'],
    ['[30207]', '02/28/27', 'Pain clinic', 'Consent / site mismatch', '{64612}', 'B', 'K. Duran', 'In review'],
    ['[30219]', '03/11/27', 'OR 4', 'Site not marked', '{64714}', 'B', 'OR manager', 'Open'],
    ['[30222]', '03/12/27', 'Keane SC pre-op', 'Block side not documented', '{64447}', 'C', 'L. Marsh', 'Open'],
    ['[30229]', '03/15/27', 'Pain clinic', 'Wrong level marked (caught)', '{64483}', 'B', 'K. Duran', 'Open'],
    ['[30214]', '03/09/27', '5 West', 'Near fall, numb limb after block', '{64445}', 'C', 'Unit mgr', 'Linked'],
    ['[30241]', '03/13/27', 'PFS', 'Wrong-site charge posted (caught on hold)', '{64445}-LT', 'n/a', 'PFS', 'Closed'],
  ],
});

// ── 6. Queue CSV export, text layer ──
const queueCsv = lines({
  id: 's166-queuecsv',
  kind: 's166-safety-event-queue-csv-export-text',
  before: 'Export: safetrack_surgery_events_2027Q1.csv',
  text: [
    'event_id,event_dt,dept,category,cpt,modifier,harm,linked_event,owner_emp_id',
    '[30212],2027-03-09,PRAS,WRONG_SITE,{64445},LT,E,,[40092]',
    '[30197],2027-02-22,PAIN,NEAR_MISS_SITE,{64632},,A,,[40092]',
    '[30207],2027-02-28,PAIN,CONSENT_MISMATCH,{64612},RT,B,,[41877]',
    '[30219],2027-03-11,OR,SITE_NOT_MARKED,{64714},,B,,[47702]',
    '[30214],2027-03-09,5W,NEAR_FALL,{64445},LT,C,[30212],[44581]',
  ].join('\n'),
});

// ── 7. Event notification email, text layer ──
const notifyEmail = lines({
  id: 's166-notify',
  kind: 's166-safety-event-notification-email-text',
  before: 'From: SafeTrack <noreply-safetrack@hvmc.example>  To: Patient Safety On-Call; Anesthesiology Chair',
  text: [
    'Subject: [SafeTrack] Serious event [30212] — Wrong site — Keane Surgery Center — Harm E',
    'This event met notification rule [12104] (wrong site / wrong patient / wrong procedure, any harm level).',
    'Procedure: {64445} Injection, anesthetic agent(s); sciatic nerve — scheduled RIGHT, performed LEFT',
    'Linked surgery: {64712} Neuroplasty, major peripheral nerve; sciatic nerve — performed RIGHT as scheduled',
    'Open the event in SafeTrack (event [30212]) within 24 hours. Do not forward outside HVMC.',
    'Patient Safety Office, 1400 Larch Street, Fairhaven, MN [55344] · 651-555-0140',
  ].join('\n'),
});

// ── 8. Safety event classification worksheet, text layer ──
const secWorksheet = lines({
  id: 's166-sec',
  kind: 's166-safety-event-classification-worksheet-text',
  before: 'Safety Event Classification (SEC) — completed by Patient Safety within 72 hours',
  text: [
    'Event [30212]   Reviewer: Janet Osei, RN, CPPS   Date: 03/10/2027',
    'Deviation from generally accepted practice? YES — no pause before {64445}; site mark not visible',
    'Reached patient? YES   Harm: temporary, required monitoring (SSE-3)',
    'NQF serious reportable event 1A (invasive procedure on wrong site) → state report due; see AHE form',
    'Similar events, 24 months: [30197] ({64632}, near miss), [28841] ({64447}, precursor), [26105] ({64415})',
    'Decision: RCA² chartered, RCA-27-[10147]; peer review referral PR 27-[64714]',
  ].join('\n'),
});

// ── 9. RCA² report cover, text layer ──
const rcaCover = lines({
  id: 's166-rcacover',
  kind: 's166-rca2-report-cover-text',
  before: 'CONFIDENTIAL PATIENT SAFETY WORK PRODUCT — Privileged under 42 U.S.C. 299b-22 and Minn. Stat. 145.64',
  text: [
    'Root Cause Analysis and Action (RCA²)   RCA-27-[10147]   Event [30212]',
    'Chartered 03/10/2027   Final report due 04/23/2027   Sponsor: Chief Medical Officer',
    'Event: wrong-site peripheral nerve block ({64445}, left) before right sciatic neuroplasty ({64712}-RT)',
    'Team: Patient Safety (facilitator), Regional Anesthesia, Pre-op Nursing, Orthopaedics, Informatics, PFS',
    'PSO: Upper Midwest Patient Safety Organization, submission [40175]; state AHE report [56214]',
  ].join('\n'),
});

// ── 10. RCA² event description, text layer ──
const rcaDescription = lines({
  id: 's166-rcadesc',
  kind: 's166-rca2-event-description-text',
  before: '1. Description of the event',
  text: [
    'A 64-year-old woman was scheduled for open neuroplasty of the right sciatic nerve (CPT {64712}) for',
    'entrapment after hamstring repair. The anesthesia plan was general anesthesia ({01250}) with a right',
    'popliteal sciatic single-injection block (CPT {64445}) for post-operative analgesia.',
    'The block was performed in the left popliteal fossa. The error was found 13 minutes later; the right',
    'block was not given because a second dose would have exceeded the ropivacaine limit. Surgery proceeded.',
    'The patient needed an observation stay (G0378, 19 h) and had a near fall at 23:40 (event [30214]).',
    'Comparable procedures in the service that rely on the same pre-op pause: {64447}, {64415}, {64632}, {64612}.',
  ].join('\n'),
});

// ── 11. RCA² timeline, grid ──
const rcaTimeline = table({
  id: 's166-rcatime',
  kind: 's166-rca2-event-timeline-grid',
  caption: '2. Timeline (from record review and 9 interviews)',
  headers: ['Time', 'What happened', 'Source', 'Gap / question'],
  rows: [
    ['06:20', 'Arrives pre-op; case {64712}-RT verified with patient', 'Pre-op checklist', ''],
    [
      '06:55',
      'Surgeon marks R posterior thigh (initials)',
      'Site marking record',
      'Mark is at incision, not block site',
    ],
    ['07:12', 'Block consent signed, R popliteal sciatic {64445}', 'eConsent doc [60129]', ''],
    ['07:30', 'Turned prone, warming blanket over both legs', 'Interview RN 2', 'Mark covered'],
    ['07:38', 'US scan of L popliteal fossa', 'Procedure note', 'No pause before {64445}'],
    ['07:42', 'Injection 20 mL ropivacaine 0.5%, left', 'ADC withdrawal [72215]', ''],
    ['07:55', 'RN finds L foot numb; stops line', 'Interview RN 1', ''],
    ['08:10', 'Disclosure to patient and husband', 'Disclosure note', ''],
    ['08:40', 'Incision, {64712}-RT under GA, local infiltration', 'OR record case [88133]', ''],
    ['23:40', 'Near fall going to bathroom', 'Event [30214]', 'Numb-limb fall precautions late'],
  ],
});

// ── 12. RCA² causal statements, text layer ──
const rcaCausal = lines({
  id: 's166-rcacause',
  kind: 's166-rca2-causal-statements-text',
  before: '4. Causal statements (cause → effect → event)',
  text: [
    'CS1. No required pause before nerve blocks done outside the OR ({64445}, {64447}, {64415}), unlike the',
    '     time-out before incision for {64712}, so the side was not re-checked at the needle, which led to the block.',
    'CS2. Surgeons mark the incision site only; for a popliteal block ({64445}) the needle site is 20 cm away and',
    '     unmarked, which made the mark useless to the block team once the patient was prone.',
    'CS3. The block order in the EHR (order type [31405]) has no required laterality field, so the block list',
    '     showed "sciatic block, {64445}" without a side.',
    'CS4. The fellow performed the block alone while the attending supervised a {64447} in bay 9.',
  ].join('\n'),
});

// ── 13. Contributing factors (fishbone categories), text layer ──
const rcaFactors = lines({
  id: 's166-rcafactors',
  kind: 's166-rca2-contributing-factors-fishbone-text',
  before: '3. Contributing factors',
  text: [
    'Policies/procedures: UP policy 8.04 covers the OR time-out; blocks ({64445}, {64447}, {64448}) not named',
    'Equipment/environment: warming blankets cover the mark; bay 7 ultrasound on the left of the stretcher',
    'Communication: block list prints "{64445} SCIATIC" with no side; case list prints "{64712}-RT"',
    'Staffing: one attending covering two bays at 07:30 (schedule [12195]); fellow in week 3',
    'Patient factors: prone, hearing aids out; patient did not see which leg was scanned',
  ].join('\n'),
});

// ── 14. RCA² action hierarchy, grid ──
const rcaActions = table({
  id: 's166-rcaact',
  kind: 's166-rca2-action-hierarchy-grid',
  caption: '5. Actions (RCA² action hierarchy) and measures',
  headers: ['#', 'Action', 'Strength', 'Owner', 'Outcome measure', 'Due'],
  rows: [
    [
      '1',
      'Hard stop: block note cannot be signed without a "Stop Before You Block" pause for {64415}–{64448}',
      'Stronger',
      'Informatics',
      '100% of block notes with pause',
      '05/31/27',
    ],
    [
      '2',
      'Mark the needle site for lower-limb blocks ({64445}, {64447}) in addition to the incision site',
      'Intermediate',
      'Anesthesiology',
      '≥ 95% on UP audit',
      '04/15/27',
    ],
    [
      '3',
      'Required laterality field on block orders (order type [31405])',
      'Stronger',
      'Informatics',
      '0 blank',
      '05/31/27',
    ],
    [
      '4',
      'Attending present for the pause for every block incl. {64632} and {64612} in clinic',
      'Intermediate',
      'PRAS chief',
      'Audit 30 per month',
      '04/30/27',
    ],
    [
      '5',
      'Education module for fellows (LMS course [20144])',
      'Weaker',
      'Fellowship director',
      '100% done',
      '04/01/27',
    ],
  ],
});

// ── 15. Action plan tracker, grid ──
const tracker = table({
  id: 's166-tracker',
  kind: 's166-action-plan-tracker-grid',
  caption: 'RCA-27-10147 Action Plan Tracker (SharePoint list) — updated 04/28/2027',
  headers: ['Item ID', 'Action', 'Owner', 'Due', 'Status', '% done', 'Notes'],
  rows: [
    [
      'AP-[20122]',
      'Block note hard stop',
      'A. Whitfield',
      '05/31/27',
      'On track',
      '60',
      'Build in test; covers {64445} {64447} {64415}',
    ],
    [
      'AP-[20123]',
      'Needle-site marking',
      'L. Marsh',
      '04/15/27',
      'Done',
      '100',
      'Policy 8.04 rev. 3 adds {64445} and {64447}',
    ],
    ['AP-[20124]', 'Laterality field on order', 'A. Whitfield', '05/31/27', 'At risk', '30', 'Vendor ticket [56290]'],
    [
      'AP-[20125]',
      'Attending at clinic pause',
      'K. Duran',
      '04/30/27',
      'Done',
      '100',
      'Clinic {64632} {64612} {64455}',
    ],
    ['AP-[20126]', 'Fellow module', 'M. Ibarra', '04/01/27', 'Done', '100', 'Course [20144]: 11/11 fellows'],
    ['AP-[20127]', 'UP audit 30/month', 'J. Osei', 'monthly', 'Ongoing', '—', 'Tool [12195] rev.; April 96%'],
  ],
});

// ── 16. Action plan status email, text layer ──
const trackerEmail = lines({
  id: 's166-trackmail',
  kind: 's166-action-plan-status-update-email-text',
  before: 'From: Janet Osei  To: RCA-27-10147 team  Subject: Action plan status — week of 04/26',
  text: [
    'Team, quick status for the committee packet:',
    '• AP-[20122] hard stop: build done in TST; the pause fires on {64445}, {64446}, {64447}, {64448} and {64415}.',
    '  {64632} and {64612} are clinic procedures in another note type; Informatics will add them in June.',
    '• AP-[20124] laterality field: vendor ticket [56290] still open, target 05/31.',
    '• April UP audit: 29/30 compliant; the miss was a {64714} case in OR 4 without a visible mark.',
    'Next review at the committee on 05/11. Janet (ext. 4-7702, pager [64612] covers Dr. Marsh this week)',
  ].join('\n'),
});

// ── 17. Peer review referral form, text layer ──
const peerReferral = lines({
  id: 's166-prref',
  kind: 's166-peer-review-referral-form-text',
  before: 'MEDICAL STAFF PEER REVIEW REFERRAL — Privileged and confidential under Minn. Stat. 145.61–145.67',
  text: [
    'Case no. PR 27-[64714]   Date referred: 03/10/2027   Referral source: Patient Safety (event [30212])',
    'Practitioner(s): Ravi Anand, MD (fellow, supervised); Lena Marsh, MD (attending)   Dept: Anesthesiology',
    'Procedure: {64445} popliteal sciatic block performed LEFT; scheduled {64445}-RT for {64712}-RT',
    'Trigger: automatic referral — wrong-site procedure (Bylaws 7.3.2)',
    'Prior cases for practitioner (36 mo): none. Department volume FY26: {64445} 1,318; {64447} 2,046.',
    'Requested by: Chair, Dept. of Anesthesiology   Reviewer assigned: MS-[40201] (outside department)',
  ].join('\n'),
});

// ── 18. Peer review scoring grid ──
const peerGrid = table({
  id: 's166-prgrid',
  kind: 's166-peer-review-case-scoring-grid',
  caption: 'Anesthesiology Peer Review Committee — cases for 04/06/2027',
  headers: ['Case', 'Procedure', 'Date', 'Reviewer', 'Care rating', 'Issue type'],
  rows: [
    [
      'PR 27-[64714]',
      '{64445} (L, scheduled R)',
      '03/09/27',
      'MS-[40201]',
      '3 — most would do differently',
      'System + practitioner',
    ],
    ['PR 27-[64719]', '{64447} (side not documented)', '03/12/27', 'MS-[40201]', '1 — appropriate', 'Documentation'],
    ['PR 27-[64731]', '{64483} L4-5 (level re-marked)', '03/15/27', 'MS-[38214]', '1 — appropriate', 'System'],
    ['PR 27-[64702]', '{64612} (consent side)', '02/28/27', 'MS-[38214]', '2 — minor opportunity', 'Practitioner'],
  ],
});

// ── 19. Peer review determination letter, text layer ──
const peerLetter = lines({
  id: 's166-prletter',
  kind: 's166-peer-review-determination-letter-text',
  before: 'Harrow Valley Medical Center — Medical Staff Office — 1400 Larch Street, Fairhaven, MN 55344',
  text: [
    'April 8, 2027   CONFIDENTIAL — PEER REVIEW   Re: Case PR 27-[64714]',
    'Dear Dr. Anand and Dr. Marsh:',
    'The committee reviewed the popliteal sciatic nerve block (CPT {64445}) of 03/09/2027 performed on the left',
    'side for a patient scheduled for right sciatic neuroplasty ({64712}). Rating: 3 (system and practitioner).',
    'Action: focused review (FPPE) of the next 10 lower-limb blocks ({64445}, {64447}) by Dr. Anand, with the',
    'pause documented; no action on privileges. Please contact the Medical Staff Office, ext. 4-2210.',
  ].join('\n'),
});

// ── 20. Universal protocol audit tool, observations grid ──
const upAudit = table({
  id: 's166-upaudit',
  kind: 's166-universal-protocol-audit-tool-grid',
  caption: 'Universal Protocol direct observation tool — Pain & Regional Anesthesia — April 2027',
  headers: ['Obs', 'Date', 'Location', 'Procedure (CPT)', 'Side', 'Mark visible', 'Pause: pt/proc/site', 'Observer'],
  rows: [
    ['1', '04/02', 'Pre-op 7', '{64445}', 'R', 'Y', 'Y/Y/Y', '[15226]'],
    ['2', '04/02', 'Pre-op 9', '{64447}', 'L', 'Y', 'Y/Y/Y', '[15226]'],
    ['3', '04/05', 'Pre-op 7', '{64415}', 'R', 'Y', 'Y/Y/Y', '[15226]'],
    ['4', '04/06', 'Pain clinic 2', '{64632}', 'L 3rd web', 'Y', 'Y/Y/Y', '[17340]'],
    ['5', '04/06', 'Pain clinic 3', '{64612}', 'R', 'N/A (face)', 'Y/Y/Y', '[17340]'],
    ['6', '04/07', 'OR 4', '{64714}', 'L', 'N', 'Y/Y/N', '[15226]'],
    ['7', '04/09', 'Pain clinic 2', '{64483} + {64484}', 'R L4-5, L5-S1', 'Y', 'Y/Y/Y', '[17340]'],
    ['8', '04/12', 'Pre-op 8', '{64445} + {64447}', 'L', 'Y', 'Y/Y/Y', '[15226]'],
  ],
});

// ── 21. Universal protocol audit summary by code, grid ──
const upSummary = table({
  id: 's166-upsum',
  kind: 's166-universal-protocol-audit-summary-by-code-grid',
  caption: 'UP audit summary, April 2027 (n = 30 observations)',
  headers: ['CPT', 'Procedure', 'Observed', 'Mark visible', 'Full pause', 'Compliance'],
  rows: [
    ['{64445}', 'Sciatic nerve block', '9', '9', '9', '100%'],
    ['{64447}', 'Femoral nerve block', '8', '8', '8', '100%'],
    ['{64415}', 'Brachial plexus block', '5', '5', '5', '100%'],
    ['{64632}', 'Plantar digital neurolysis', '3', '3', '3', '100%'],
    ['{64612}', 'Chemodenervation, facial nerve', '2', 'n/a', '2', '100%'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '1', '0', '0', '0%'],
    ['{64483}', 'Transforaminal epidural, lumbar', '2', '2', '2', '100%'],
  ],
});

// ── 22. "Stop Before You Block" checklist as documented in the EHR, text layer ──
const sbyb = lines({
  id: 's166-sbyb',
  kind: 's166-stop-before-you-block-checklist-text',
  before: 'Regional Anesthesia — STOP BEFORE YOU BLOCK (required; go-live 05/24/2027)',
  text: [
    'Block: popliteal sciatic   CPT {64445}   Side: [RIGHT]   Needle-site mark seen: [x] yes',
    'Consent matches side and block: [x]   Surgical case: {64712}-RT   Surgical mark seen: [x]',
    'Performer and attending present for pause: [x]   Pause time: 07:36   Needle in: 07:39',
    'If the case is a second block (e.g. {64447} + {64445}), repeat the pause before each needle.',
    'Checklist build [31422]; help: Informatics ext. 4-5510',
  ].join('\n'),
});

// ── 23. Regional anesthesia procedure note with addendum, text layer ──
const blockNote = lines({
  id: 's166-blocknote',
  kind: 's166-regional-anesthesia-procedure-note-text',
  before: 'REGIONAL ANESTHESIA PROCEDURE NOTE — Kellen, Marjorie T — MRN 00471296 — DOS 03/09/2027',
  text: [
    'Indication: post-operative analgesia, R sciatic neuroplasty ({64712}), at request of Dr. Ferreira',
    'Block: popliteal sciatic, single injection   CPT {64445}   Laterality: LEFT (see addendum)',
    'Guidance: ultrasound, in-plane, image archived (accession US27-[70212]); imaging included in {64445}',
    'Drug: ropivacaine 0.5% 20 mL; ADC withdrawal [72215]   Performed by: R. Anand, MD; supervising L. Marsh, MD',
    'ADDENDUM 08:20 (L. Marsh): block was performed on the wrong (left) side; intended right. SafeTrack [30212].',
    'Billing: do not bill {64445} for this DOS; anesthesia for {64712} billed as {01250}.',
  ].join('\n'),
});

// ── 24. Anesthesia charge capture screen, grid ──
const anesCharges = table({
  id: 's166-anescap',
  kind: 's166-anesthesia-charge-capture-screen-grid',
  caption: 'Anesthesia Charge Review — HVAA — DOS 03/09/2027 — Kellen, M — Case 88133',
  headers: ['Line', 'Code', 'Mod', 'Units', 'Provider', 'Dx', 'Charge', 'Status'],
  rows: [
    ['1', '{01250}', 'AA', '5 base + 14 time', 'Marsh, L', 'G57.01', '$1,140.00', 'Ready'],
    ['2', '{64445}', 'LT', '1', 'Marsh, L (Anand, R)', 'G57.01', '$612.00', 'HOLD — safety event [30212]'],
    ['3', '{76942}', '', '1', 'Marsh, L', 'G57.01', '$148.00', 'Edit: bundled into {64445}, deleted'],
    ['4', '{99152}', '', '1', 'Marsh, L', 'G57.01', '$0.00', 'Deleted (not performed)'],
  ],
});

// ── 25. CANDOR disclosure conversation note, text layer ──
const disclosure = lines({
  id: 's166-disclose',
  kind: 's166-candor-disclosure-conversation-note-text',
  before: 'Disclosure Conversation Note (CANDOR) — Event 30212 — Kellen, Marjorie T',
  text: [
    'Date/time: 03/09/2027 08:10 in pre-op bay 7; follow-up 03/10/2027 10:30 on 5 West',
    'Present: patient, husband Donald Kellen, Dr. Marsh, Dr. Ferreira, K. Vang RN, J. Osei (Patient Safety)',
    'What we said: "The numbing injection meant for your right leg was given in your left leg. We are sorry."',
    'Facts shared: left popliteal sciatic block (CPT {64445}) instead of right; the planned surgery ({64712}) is',
    'still the right treatment; left leg will be numb and weak for 12–18 hours; you will stay overnight.',
    'Billing: patient told she will not be charged for the block or the overnight stay. PFS ticket [64632].',
    'Single point of contact: Patient Relations, 651-555-0177. Event [30212]; follow-up call 03/17.',
  ].join('\n'),
});

// ── 26. Disclosure follow-up letter to the patient, text layer ──
const disclosureLetter = lines({
  id: 's166-discletter',
  kind: 's166-disclosure-follow-up-letter-text',
  before: 'Harrow Valley Medical Center · Patient Relations · 1400 Larch Street · Fairhaven, MN 55344',
  text: [
    'March 17, 2027',
    'Mrs. Marjorie Kellen, 118 Birchline Road, Eagan Hills, MN [55123]',
    'Dear Mrs. Kellen, thank you for speaking with us again on March 10. As promised, we have removed the',
    'charges for the nerve block given in your left leg (procedure code {64445}) and for your observation stay.',
    'Your statement will show only your surgery (code {64712}) and its anesthesia. If your plan sends an',
    'Explanation of Benefits that lists {64445}, it will show $0 owed by you; please call us if it does not.',
    'Our file number for your concerns is PR-[40257]. Sincerely, Dana Holmquist, Patient Relations Manager',
  ].join('\n'),
});

// ── 27. Charge hold work queue, grid ──
const holdWq = table({
  id: 's166-holdwq',
  kind: 's166-charge-hold-work-queue-grid',
  caption: 'Charge Review WQ 3140 — Safety / Risk holds — Hospital Billing',
  headers: ['HAR', 'Svc date', 'CPT/HCPCS', 'Mod', 'Rev', 'Amount', 'Hold reason', 'Days'],
  rows: [
    ['7100348821', '03/09/27', '{64445}', 'LT', '0370', '$1,184.00', 'SAFETY EVENT [30212]', '2'],
    ['7100348821', '03/09/27', '{64712}', 'RT', '0360', '$9,846.00', 'SAFETY EVENT [30212]', '2'],
    ['7100348821', '03/09/27', 'G0378', '', '0762', '$2,160.00', 'SAFETY EVENT', '2'],
    ['7100351147', '03/11/27', '{64714}', '', '0360', '$8,912.00', 'UP review [30219]', '1'],
    ['7100346602', '02/28/27', '{64612}', 'RT', '0510', '$488.00', 'Consent review [30207]', '12'],
  ],
});

// ── 28. Charge correction request, text layer ──
const ccr = lines({
  id: 's166-ccr',
  kind: 's166-charge-correction-request-form-text',
  before: 'PATIENT FINANCIAL SERVICES — CHARGE CORRECTION REQUEST',
  text: [
    'CCR no. [64712]   HAR 7100348821   Patient: Kellen, M   Svc date: 03/09/2027   Payer: NorthStar Senior Adv.',
    'Line 2: {64445}-LT, rev 0370, qty 1, $1,184.00 — change modifiers to LT PA, move to non-covered (NCD 140.6)',
    'Line 1: {64712}-RT, rev 0360, $9,846.00 — correct site, release to bill',
    'Line 3: G0378 x 19, rev 0762, $2,160.00 — related to the error: PA, non-covered; patient liability $0',
    'Professional (HVAA): {64445}-LT-PA $612.00 report as non-covered; {01250}-AA $1,140.00 release',
    'Requested by: R. Lindgren, Charge Integrity, emp [15226]   Approved: A. Lindqvist, Director PFS, 03/14/2027',
  ].join('\n'),
});

// ── 29. UB-04 service lines, grid ──
const ub04 = table({
  id: 's166-ub04',
  kind: 's166-ub04-claim-service-lines-grid',
  caption: 'UB-04 (TOB 0131) — FL 42–48 — Patient control no. 7100348821',
  headers: [
    '42 REV. CD.',
    '43 DESCRIPTION',
    '44 HCPCS / RATE',
    '45 SERV. DATE',
    '46 UNITS',
    '47 TOTAL',
    '48 NON-COVERED',
  ],
  rows: [
    ['0360', 'OR SERVICES', '{64712}RT', '030927', '1', '9846 00', ''],
    ['0370', 'ANESTHESIA', '{64445}LTPA', '030927', '1', '1184 00', '1184 00'],
    ['0762', 'OBSERVATION', 'G0378PA', '030927', '19', '2160 00', '2160 00'],
    ['0250', 'PHARMACY', '', '030927', '1', '214 50', ''],
    ['0001', 'PAGE 1 OF 1   TOTALS', '', '', '', '[13404] 50', '3344 00'],
  ],
});

// ── 30. CMS-1500 professional claim, text layer ──
const cms1500 = lines({
  id: 's166-cms1500',
  kind: 's166-cms1500-professional-claim-text',
  before: 'HEALTH INSURANCE CLAIM FORM — APPROVED BY NUCC 02/12',
  text: [
    '5. PATIENT ADDRESS  118 BIRCHLINE RD  EAGAN HILLS  MN  [55123]   (651) 555 0192',
    '21. ICD Ind 0   A. G57.01   B. Y65.53   C. M79.604',
    '24. 03 09 27  03 09 27  22   {01250}  AA        A   1140 00   19   NPI 1467031958',
    '24. 03 09 27  03 09 27  22   {64445}  LT PA     AB   612 00    1    NPI 1467031958',
    '32. HVMC KEANE SURGERY CENTER, 1400 LARCH ST, FAIRHAVEN MN [55344]-1187',
    '33. HARROW VALLEY ANESTHESIA ASSOCIATES, PO BOX [71038], FAIRHAVEN MN [55344]   (651) 555 0150',
  ].join('\n'),
});

// ── 31. X12 837P segments, text layer ──
const x837 = lines({
  id: 's166-837p',
  kind: 's166-x12-837p-claim-segments-text',
  before: 'ST*837*0041*005010X222A1~ BHT*0019*00*HVAA0309*20270313*1102*CH~',
  text: [
    'NM1*85*2*HARROW VALLEY ANESTHESIA ASSOCIATES*****XX*1295837460~',
    'N3*PO BOX [71038]~ N4*FAIRHAVEN*MN*553441187~',
    'NM1*IL*1*KELLEN*MARJORIE*T***MI*NSA448120773~ N4*EAGAN HILLS*MN*[55123]~',
    'CLM*7100348821P*1752***22:B:1*Y*A*Y*Y~ REF*D9*[64632]~',
    'HI*ABK:G5701*ABF:Y6553~',
    'LX*1~ SV1*HC:{01250}:AA*1140*MJ*210***1~ DTP*472*D8*20270309~',
    'LX*2~ SV1*HC:{64445}:LT:PA*612*UN*1***1~ DTP*472*D8*20270309~ NTE*ADD*WRONG SITE NONCOVERED~',
  ].join('\n'),
});

// ── 32. Charge audit trail, log text ──
const auditTrail = lines({
  id: 's166-audit',
  kind: 's166-charge-audit-trail-log-text',
  before: 'Charge Audit Trail — HAR 7100348821 — all lines',
  text: [
    '2027-03-09 08:02:11  CAPTURE   line 2  {64445} LT  qty 1  1184.00  src=BLOCK_NOTE  batch [64712]',
    '2027-03-09 08:02:11  CAPTURE   line 1  {64712} RT  qty 1  9846.00  src=OR_CASE  case [88133]',
    '2027-03-09 09:20:45  HOLD_ADD  all lines  reason=SAFETY_EVT  evt=[30212]  user=[40092]',
    '2027-03-14 10:12:03  MOD_CHG   line 2  {64445} LT → {64445} LT PA  non_cov=Y  ccr=[64712]  user=[15226]',
    '2027-03-14 10:12:40  MOD_CHG   line 3  G0378 → G0378 PA  non_cov=Y  ccr=[64712]  user=[15226]',
    '2027-03-14 10:14:09  HOLD_REL  all lines  user=[15226]  claim total [13404].50',
  ].join('\n'),
});

// ── 33. Patient account activity, grid ──
const accountActivity = table({
  id: 's166-acct',
  kind: 's166-patient-account-activity-grid',
  caption: 'Account Activity — HAR 7100348821 — Kellen, Marjorie T — Guarantor 118 Birchline Rd',
  headers: ['Post date', 'Svc date', 'Code', 'Description', 'Charges', 'Payments', 'Adjustments', 'Balance'],
  rows: [
    ['03/09/27', '03/09/27', '{64712}', 'NEUROPLASTY SCIATIC NERVE', '9,846.00', '', '', '9,846.00'],
    ['03/09/27', '03/09/27', '{64445}', 'N BLOCK INJ SCIATIC SNG', '1,184.00', '', '', '11,030.00'],
    ['03/09/27', '03/09/27', 'G0378', 'OBSERVATION PER HR X19', '2,160.00', '', '', '13,190.00'],
    ['03/09/27', '03/09/27', '', 'PHARMACY', '214.50', '', '', '13,404.50'],
    ['03/14/27', '03/09/27', '{64445}', 'ADJ 4501 SAFETY EVENT WAIVER', '', '', '-1,184.00', '12,220.50'],
    ['03/14/27', '03/09/27', 'G0378', 'ADJ 4501 SAFETY EVENT WAIVER', '', '', '-2,160.00', '10,060.50'],
    ['04/02/27', '03/09/27', '', 'NORTHSTAR PMT EFT [70412]', '', '-7,388.12', '', '2,672.38'],
    ['04/02/27', '03/09/27', '{64712}', 'CONTRACTUAL ADJ (INCL. PHARMACY)', '', '', '-2,422.38', '250.00'],
  ],
});

// ── 34. Medicare Advantage remittance advice, grid ──
const remit = table({
  id: 's166-remit',
  kind: 's166-medicare-advantage-remittance-lines-grid',
  caption: 'NorthStar Senior Advantage — Provider Remittance — EFT 70412 — 04/02/2027',
  headers: ['Line', 'Proc', 'Mod', 'Billed', 'Allowed', 'Paid', 'Adj', 'Pt resp'],
  rows: [
    ['1', '{64712}', 'RT', '9,846.00', '7,638.12', '7,388.12', 'CO-45 2,207.88', '250.00'],
    ['2', '{64445}', 'LT PA', '1,184.00', '0.00', '0.00', 'CO-96 1,184.00', '0.00'],
    ['3', 'G0378', 'PA', '2,160.00', '0.00', '0.00', 'CO-96 2,160.00', '0.00'],
    ['4', 'Rev 0250', '', '214.50', '0.00', '0.00', 'CO-97 214.50', '0.00'],
    [
      'Claim',
      'ICN 2027091448120',
      'Patient acct 7100348821',
      '[13404].50',
      '7,638.12',
      '7,388.12',
      'CO-45/96/97',
      '250.00',
    ],
  ],
});

// ── 35. HL7 v2 DFT^P03 charge message, text layer ──
const hl7Dft = lines({
  id: 's166-hl7',
  kind: 's166-hl7-dft-p03-charge-message-text',
  before: 'Interface engine — outbound to Hospital Billing — message viewer',
  text: [
    'MSH|^~\\&|ANESCAP|HVMC|HB|HVMC|202703090802||DFT^P03|CHG[64445]|P|2.5.1',
    'PID|1||00471296^^^HVMC^MR||KELLEN^MARJORIE^T||19620814|F|||118 BIRCHLINE RD^^EAGAN HILLS^MN^[55123]',
    'PV1|1|O|KSC^PREOP^07||||1467031958^MARSH^LENA|||ANE||||||||||7100348821',
    'FT1|1|[80216]||20270309|20270309|CG|{64445}^NERVE BLOCK SCIATIC^CPT|||1|1184.00||||||||||||||{64445}^^C4|LT',
    'FT1|2|[80217]||20270309|20270309|CG|{64712}^NEUROPLASTY SCIATIC^CPT|||1|9846.00||||||||||||||{64712}^^C4|RT',
  ].join('\n'),
});

// ── 36. FHIR AdverseEvent, JSON text layer ──
const fhirAe = lines({
  id: 's166-fhir',
  kind: 's166-fhir-adverseevent-json-text',
  before: 'GET [base]/AdverseEvent/ae-30212?_include=AdverseEvent:suspect-entity',
  text: [
    '{ "resourceType": "AdverseEvent", "id": "ae-[30212]", "actuality": "actual",',
    '  "identifier": { "system": "urn:hvmc:safetrack", "value": "[30212]" },',
    '  "date": "2027-03-09T07:42:00-06:00", "location": { "reference": "Location/ksc-preop-07" },',
    '  "suspectEntity": [ { "instance": { "reference": "Procedure/blk-[88215]" } } ] }',
    '{ "resourceType": "Procedure", "id": "blk-[88215]", "code": { "coding": [ { "system":',
    '  "http://www.ama-assn.org/go/cpt", "code": "{64445}", "display": "Injection, sciatic nerve" } ] },',
    '  "bodySite": [ { "text": "Left popliteal fossa" } ], "partOf": [ { "display": "CPT {64712} right" } ] }',
  ].join('\n'),
});

// ── 37. PSO submission XML, text layer ──
const psoXml = lines({
  id: 's166-psoxml',
  kind: 's166-pso-common-formats-submission-xml-text',
  before: 'Upper Midwest PSO — upload file HVMC_CF_20270316.xml',
  text: [
    '<EventReport cfVersion="2.0" providerId="[43291]" localKey="[30212]" batch="[40175]">',
    '  <EventCategory>SurgeryOrAnesthesia</EventCategory><EventDate>2027-03-09</EventDate>',
    '  <Procedure codeSystem="CPT" code="{64445}" wrongSite="true"/>',
    '  <PrimaryProcedure codeSystem="CPT" code="{64712}"/><Anesthesia codeSystem="CPT" code="{01250}"/>',
    '  <HarmScale>MildHarm</HarmScale><Reporter role="Physician" zip="[55344]"/>',
    '</EventReport>',
  ].join('\n'),
});

// ── 38. State adverse health event report, text layer ──
const aheReport = lines({
  id: 's166-ahe',
  kind: 's166-state-adverse-health-event-report-text',
  before: 'MINNESOTA ADVERSE HEALTH EVENTS REPORTING — Facility Event Report (within 15 working days)',
  text: [
    'Facility: Harrow Valley Medical Center   Facility ID [12223]   Event no. AHE-27-[56214]',
    'Category: Surgical/invasive procedure events — (a)(1) procedure performed on a wrong body part',
    'Procedure performed: CPT {64445} sciatic nerve block, LEFT   Intended: RIGHT, before CPT {64712}',
    'Patient outcome: temporary motor block, observation stay, no lasting harm   RCA due: 60 days',
    'Mail or fax: Adverse Health Events, PO Box [64612], St. Paul, MN [55164] · Fax 651-555-0419',
  ].join('\n'),
});

// ── 39. Patient safety committee agenda, text layer ──
const agenda = lines({
  id: 's166-agenda',
  kind: 's166-patient-safety-committee-agenda-text',
  before: 'PATIENT SAFETY COMMITTEE — Tuesday, May 11, 2027, 7:00–8:30 a.m., Larch Conference Room B',
  text: [
    'Teams meeting ID [64632] 118 9034   Passcode sent separately',
    '1. Minutes of 04/13/2027 (action)',
    '2. RCA-27-[10147] final report: wrong-site sciatic block ({64445}) — Dr. Marsh, J. Osei (30 min)',
    '3. Action plan tracker: AP-[20122] to AP-[20127]; UP audit April ({64714} miss in OR 4)',
    '4. Q1 dashboard: Universal Protocol events by procedure ({64632}, {64612}, {64483} near misses)',
    '5. Billing of wrong-site services (PA modifier) — PFS, A. Lindqvist (10 min)',
  ].join('\n'),
});

// ── 40. Patient safety committee minutes, text layer ──
const minutes = lines({
  id: 's166-minutes',
  kind: 's166-patient-safety-committee-minutes-text',
  before: 'MINUTES — Patient Safety Committee — 05/11/2027 — Confidential under Minn. Stat. 145.64',
  text: [
    'Present: CMO (chair), CNO, J. Osei, L. Marsh, T. Ferreira, A. Whitfield, A. Lindqvist; quorum met.',
    'Item 2. J. Osei presented RCA-27-[10147]. The team found no pause before blocks outside the OR: the OR',
    'time-out for {64712} happened, the block ({64445}) an hour earlier had none. Strong action: hard stop.',
    'Dr. Marsh: since 04/01, 41 lower-limb blocks ({64445} 23, {64447} 18) with needle-site mark, no misses.',
    'Item 3. AP-[20124] at risk (vendor ticket [56290]). Motion to accept the RCA as final: carried 9–0.',
    'Item 5. PFS reported {64445}-LT-PA and G0378-PA billed non-covered; patient balance for the block $0.',
    'Next meeting 06/08/2027. Minutes by R. Sundberg, ext. 4-0140. Meeting ref. [64612].',
  ].join('\n'),
});

// ── 41. Committee dashboard, UP events by procedure, grid ──
const dashboard = table({
  id: 's166-dash',
  kind: 's166-patient-safety-committee-dashboard-grid',
  caption: 'Q1 2027 Dashboard — Universal Protocol events by procedure code (all departments)',
  headers: ['CPT', 'Procedure', 'Q4 2026', 'Q1 2027', 'Reached pt', 'Harm ≥ E', 'Linked events'],
  rows: [
    ['{64445}', 'Sciatic nerve block', '0', '2', '2', '1', '[30212], [30214]'],
    ['{64447}', 'Femoral nerve block', '1', '1', '0', '0', '[30222]'],
    ['{64632}', 'Neurolysis, plantar digital nerve', '0', '1', '0', '0', '[30197]'],
    ['{64612}', 'Chemodenervation, facial nerve', '0', '1', '0', '0', '[30207]'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '0', '1', '0', '0', '[30219]'],
    ['{64483}', 'Transforaminal epidural, lumbar', '2', '1', '0', '0', '[30229]'],
    ['{27447}', 'Total knee arthroplasty', '1', '0', '0', '0', '[29915]'],
  ],
});

// ── 42. Billing / coding chat, text layer ──
const chat = lines({
  id: 's166-chat',
  kind: 's166-billing-coding-team-chat-text',
  before: 'Teams — PFS Charge Integrity — chat',
  text: [
    'Rita Lindgren 9:02 AM: anyone know how to handle HAR ending 8821? {64445}-LT on hold for safety event [30212]',
    'Ana Lindqvist 9:05 AM: don’t delete it. Add PA, make it non-covered, same for G0378. {64712}-RT bills normally',
    'Rita Lindgren 9:06 AM: and the pro side? HVAA has {64445} LT $612 and {01250} AA',
    'Ana Lindqvist 9:08 AM: same rule, PA on the block line. Put it on CCR [64712] and tag ticket [64632]',
    'Rita Lindgren 9:15 AM: done. also saw {76942} on the pro claim, removed, imaging is in {64445}',
  ].join('\n'),
});

// ── 43. Captive insurer notice of potential claim, text layer ──
const insurerNotice = lines({
  id: 's166-insurer',
  kind: 's166-captive-insurer-potential-claim-notice-text',
  before: 'Larch Mutual Risk Retention Group — Notice of Occurrence / Potential Claim',
  text: [
    'To: Larch Mutual RRG, Claims Dept., PO Box [64445], St. Paul, MN [55102]   Policy HPL-2027-0114',
    'Insured: Harrow Valley Medical Center; Harrow Valley Anesthesia Associates   Occurrence no. [12389]',
    'Date of occurrence: 03/09/2027   Description: wrong-side popliteal sciatic block (CPT {64445}) before',
    'right sciatic neuroplasty (CPT {64712}); disclosed same day; charges for the block and observation waived.',
    'Reserve requested: none at this time. Contact: Risk Manager, 1400 Larch Street, Fairhaven, MN [55344].',
  ].join('\n'),
});

export const sealed166: Snippet[] = [
  ...reportHeader,
  ...reportNarrative,
  ...reportDetails,
  ...commonFormats,
  ...queue,
  ...queueCsv,
  ...notifyEmail,
  ...secWorksheet,
  ...rcaCover,
  ...rcaDescription,
  ...rcaTimeline,
  ...rcaCausal,
  ...rcaFactors,
  ...rcaActions,
  ...tracker,
  ...trackerEmail,
  ...peerReferral,
  ...peerGrid,
  ...peerLetter,
  ...upAudit,
  ...upSummary,
  ...sbyb,
  ...blockNote,
  ...anesCharges,
  ...disclosure,
  ...disclosureLetter,
  ...holdWq,
  ...ccr,
  ...ub04,
  ...cms1500,
  ...x837,
  ...auditTrail,
  ...accountActivity,
  ...remit,
  ...hl7Dft,
  ...fhirAe,
  ...psoXml,
  ...aheReport,
  ...agenda,
  ...minutes,
  ...dashboard,
  ...chat,
  ...insurerNotice,
];
