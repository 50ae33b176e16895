import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 74 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s74-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (anesthesia 0xxxx codes included). About a third of the decoys are numbers of the synthetic
 * 10,000-code set (KNOWN_10K) used as event numbers, claim-number serials, Bates numbers, timekeeper and insured ids,
 * ZIPs, rating class codes, reserves and billed amounts. The five known codes' digits
 * come back as decoys: a policy number, a defense-firm invoice number, a vendor number, a claims PO box, an expert's
 * payee number, a broker service-center PO box, a hospital guarantor account and a rating-table row id.
 *
 * Family: medical professional liability insurers and hospital risk management, around one claim (a sciatic nerve
 * injury after a 64445 block, later a 64712 neuroplasty) and the pages around it: an incident report queue and event
 * detail, a claim file summary, loss runs (grid and CSV), a LEDES defense invoice, its bill review and audit summary,
 * an expert-review request and records index, a premium rating worksheet and class plan, an application procedure
 * supplement, a peer-review-protected event analysis, its action plan and the department referral log, a settlement
 * authority memo, the plaintiff's specials and a reasonable-value bill review, a CMS Section 111 reporting grid, a
 * conditional-payment dispute, a closed-claims study (counts by procedure code) and its findings, an NPDB payment
 * report, a claims API JSON, an event-notice XML, an HL7 DFT billing-hold message, a charge write-off request, a
 * CMS-1500 produced by subpoena, an adjuster diary, a litigation status report, a deposition outline, a reservation of
 * rights, a CANDOR reimbursement ledger, and decoy-only pages (an incident queue, a policy declarations page, a broker
 * contact sheet, the Section 111 grid).
 * Built on real public layouts: the LEDES 1998B invoice format (pipe-delimited, `[]` line ends, UTBMS task /
 * activity / expense codes), the NGHP Section 111 claim input fields (ICD-10, plan type L, ORM, TPOC date and
 * amount, representative ZIP), an insurer loss run (paid / outstanding / incurred), the NPDB Medical Malpractice
 * Payment Report narrative, the CMS-1500 (02-12) item numbers, HL7 v2.5 DFT^P03 with FT1-25 procedure codes, the
 * RCA² action-strength hierarchy, an AHRQ-harm-scale event queue, and a Wisconsin physician declarations page (excess
 * through the Injured Patients and Families Compensation Fund; county FIPS codes as rating territories). The others
 * are written the way those pages read, with no single source.
 *
 * 377 labelled tokens over 36 shapes: 148 codes, 229 decoys, 82 of the decoys in KNOWN_10K.
 */

// ── 1. Incident report queue (event reporting system), table (decoy only) ──
const incidentQueue = table({
  id: 's74-incq',
  kind: 's74-incident-report-queue-grid',
  caption: 'Event reporting — open events assigned to Risk Management',
  headers: ['Event #', 'Reported', 'Unit', 'Event type', 'Harm', 'Facility ZIP', 'Assigned'],
  rows: [
    ['[24031]', '03/04/2025 07:42', 'OR 4 / Ortho', 'Procedural — nerve injury suspected', 'E', '[53215]', 'K. Brandt'],
    ['[24041]', '03/05/2025 02:18', 'Emergency Dept', 'Medication — wrong dose', 'C', '[53215]', 'Pharmacy'],
    ['[24044]', '03/05/2025 14:30', 'Pain Clinic (Oak Creek)', 'Wrong-side procedure', 'E', '[53154]', 'K. Brandt'],
    ['[24075]', '03/06/2025 09:12', 'ASC — Franklin', 'Unexpected outcome', 'D', '[53132]', 'K. Brandt'],
    ['[24080]', '03/06/2025 16:40', 'Labor & Delivery', 'Shoulder dystocia', 'F', '[53215]', 'OB safety'],
  ],
});

// ── 2. Event detail form, text layer ──
const incidentDetail = lines({
  id: 's74-incdet',
  kind: 's74-incident-event-detail-text',
  before: 'Event detail — confidential, prepared for peer review',
  text: [
    'Event number: [24031]   Status: Under RM review   Severity: E (temporary harm, intervention required)',
    'Facility: Lakeshore Regional Medical Center, 2900 W Oklahoma Ave, Milwaukee WI [53215]',
    'Procedure (from OR schedule): L total hip arthroplasty {27130}; pre-op US-guided sciatic block {64445}, {76942}',
    'Brief factual description: POD 1 patient reported L foot numbness and could not dorsiflex; block placed in pre-op.',
    'Reporter: RN, employee no. [40318]   Notified: surgeon, anesthesiologist, RM on call',
    'Disclosure conversation held 03/05/2025 (CANDOR pathway); billing hold on guarantor account [64632]-2.',
  ].join('\n'),
});

// ── 3. Claim file summary, text layer ──
const claimSummary = lines({
  id: 's74-clmsum',
  kind: 's74-claim-file-summary-text',
  before: 'Claim File Summary — Badger State Physicians Mutual',
  text: [
    'Claim No. MPL-25-[00417]   Policy No. BSP-[31562]-11   Coverage: claims-made, 1M/3M',
    'Insured: Lakeshore Anesthesia Associates, SC (Dr. M. Haldane)   Co-defendant: Lakeshore Regional Medical Center',
    'Claimant: R. Vukovich, age 67, Cudahy WI [53110]   Date of incident 03/04/2025   Reported 06/19/2025',
    'Procedure at issue: ultrasound-guided single-shot sciatic block, CPT {64445}, before L THA ({27130})',
    'Subsequent care: EMG/NCS ({95886}, {95910}) 03/2025; sciatic neuroplasty {64712} at UW Health 09/2025',
    'Allegation: needle injury to the sciatic nerve (intraneural injection); permanent foot drop',
    'Reserves: indemnity [85000] / expense [40000]   Adjuster ext. 4471   Set up by intake unit [12207]',
  ].join('\n'),
});

// ── 4. Loss run (insured's carrier loss history), table ──
const lossRun = table({
  id: 's74-lossrun',
  kind: 's74-loss-run-report-grid',
  caption: 'Loss Run — Lakeshore Anesthesia Associates, SC — valued 12/31/2025',
  headers: ['Claim #', 'DOL', 'Status', 'Allegation', 'CPT', 'Paid Ind', 'Paid Exp', 'O/S Reserve', 'Incurred'],
  rows: [
    [
      'MPL-25-[00417]',
      '03/04/2025',
      'Open',
      'Nerve injury — regional block',
      '{64445}',
      '0',
      '[12480]',
      '112520',
      '125000',
    ],
    [
      'MPL-23-[00388]',
      '08/14/2023',
      'Closed w/ pmt',
      'Wrong-site block',
      '{64447}',
      '[45000]',
      '[31870]',
      '0',
      '[76870]',
    ],
    [
      'MPL-24-[00121]',
      '01/09/2024',
      'Closed no pmt',
      'Dental injury at intubation',
      '{00790}',
      '0',
      '[18225]',
      '0',
      '[18225]',
    ],
    [
      'MPL-24-[00502]',
      '11/21/2024',
      'Open',
      'Neuroma pain after neurolysis',
      '{64632}',
      '0',
      '8410',
      '[56590]',
      '[65000]',
    ],
    [
      'MPL-22-[00764]',
      '05/02/2022',
      'Closed w/ pmt',
      'Facial weakness',
      '{64612}',
      '[62500]',
      '[27305]',
      '0',
      '[89805]',
    ],
    [
      'MPL-25-[00433]',
      '04/30/2025',
      'Incident',
      'Plexus injury after neuroplasty',
      '{64714}',
      '0',
      '0',
      '[10000]',
      '[10000]',
    ],
  ],
});

// ── 5. Hospital program loss run, CSV export, text layer ──
const lossRunCsv = lines({
  id: 's74-lrcsv',
  kind: 's74-loss-run-csv-export-text',
  before: 'hospital_program_loss_run.csv (opened in a text viewer)',
  text: [
    'claim_no,insured_id,loss_dt,status,proc_cd,paid_ind,paid_exp,os_res,loss_zip',
    'HPL-24-[01137],[30955],2024-02-11,C,{47562},[95000],[41200],0,[53215]',
    'HPL-24-[01290],[30955],2024-06-30,O,{59510},0,[22950],250000,[53215]',
    'HPL-25-[00218],[30955],2025-03-04,O,{27130},0,6020,[75000],[53215]',
    'HPL-25-[00226],[30955],2025-03-05,O,{64612},0,0,[15000],[53154]',
    'HPL-25-[00251],[30955],2025-03-06,I,{64632},0,0,0,[53132]',
  ].join('\n'),
});

// ── 6. LEDES 1998B defense invoice, text layer ──
const ledes = lines({
  id: 's74-ledes',
  kind: 's74-ledes-1998b-invoice-file-text',
  before: 'Invoice file received through the e-billing portal (LEDES 1998B)',
  text: [
    'LEDES1998B[]',
    'INVOICE_DATE|INVOICE_NUMBER|CLIENT_ID|LAW_FIRM_MATTER_ID|INVOICE_TOTAL|BILLING_START_DATE|BILLING_END_DATE|INVOICE_DESCRIPTION|LINE_ITEM_NUMBER|EXP/FEE/INV_ADJ_TYPE|LINE_ITEM_NUMBER_OF_UNITS|LINE_ITEM_ADJUSTMENT_AMOUNT|LINE_ITEM_TOTAL|LINE_ITEM_DATE|LINE_ITEM_TASK_CODE|LINE_ITEM_EXPENSE_CODE|LINE_ITEM_ACTIVITY_CODE|TIMEKEEPER_ID|LINE_ITEM_DESCRIPTION|LAW_FIRM_ID|LINE_ITEM_UNIT_COST|TIMEKEEPER_NAME|TIMEKEEPER_CLASSIFICATION|CLIENT_MATTER_ID[]',
    '20251031|[64714]|BSPM|[22871]-004|[14861].50|20251001|20251031|Vukovich v. Haldane|1|F|2.40|0|468.00|20251006|L120||A104|[10432]|Analyze operative report of sciatic neuroplasty ({64712})|39-1866502|195.00|Reyes, Dana|PT|MPL-25-[00417][]',
    '20251031|[64714]|BSPM|[22871]-004|[14861].50|20251001|20251031|Vukovich v. Haldane|2|F|1.10|0|214.50|20251009|L210||A103|[10432]|Draft answer; affirmative defense of informed consent to block ({64445})|39-1866502|195.00|Reyes, Dana|PT|MPL-25-[00417][]',
    '20251031|[64714]|BSPM|[22871]-004|[14861].50|20251001|20251031|Vukovich v. Haldane|4|F|3.50|0|1295.00|20251014|L120||A104|[10435]|Review EMG and NCS ({95886}, {95910}) and itemized bill|39-1866502|370.00|Marchetti, Paul|PT|MPL-25-[00417][]',
  ].join('\n'),
});

// ── 7. Defense bill review (flagged lines), table ──
const billReview = table({
  id: 's74-billrev',
  kind: 's74-defense-bill-review-flags-grid',
  caption: 'Bill review — flagged line items',
  headers: ['Line', 'Date', 'TK', 'Task', 'Hrs', 'Billed', 'Cut', 'Reviewer note'],
  rows: [
    ['2', '10/09', '[10432]', 'L210', '1.1', '214.50', '0', 'OK'],
    ['4', '10/14', '[10435]', 'L120', '3.5', '1,295.00', '370.00', 'Block billed: EMG {95886}, op note {64712}, memo'],
    ['7', '10/16', '[10435]', 'L130', '2.0', '740.00', '740.00', 'Expert search outside budget'],
    ['3', '10/20', '—', 'E119', '—', '[11250].00', '0', 'Expert retainer within authority'],
    ['9', '10/27', '[10432]', 'L120', '0.8', '156.00', '78.00', 'Coding research ({64445} vs {64446}) is claim work'],
  ],
});

// ── 8. Litigation management audit summary, text layer ──
const billAudit = lines({
  id: 's74-billaud',
  kind: 's74-litigation-bill-audit-summary-text',
  before: 'Litigation management — invoice audit summary',
  text: [
    'Firm: Reyes Marchetti LLP, vendor no. [64612]   Invoice [64714]   Matter [22871]-004',
    'Billed [14861].50; recommended reduction 1,187.00 (8.0%); approved [13674].50',
    'Guideline 4.2: block billing on lines 4 and 7 — separate time reviewing the {64712} op report from drafting.',
    'Guideline 6.1: paralegal research on whether the block was billed as {64445} or {64447} belongs to the claim file.',
    'Next phase L300 (discovery) capped at [35000] unless the reserve changes.',
  ].join('\n'),
});

// ── 9. Expert review request letter, text layer ──
const expertLetter = lines({
  id: 's74-expltr',
  kind: 's74-expert-review-request-letter-text',
  before: 'Badger State Physicians Mutual — Claims Department — letter to consulting expert',
  text: [
    'Re: Vukovich v. Haldane et al., our file MPL-25-[00417]',
    'Dear Dr. Lindqvist: enclosed are records Bates LRMC [00001] through LRMC [00412] for a standard-of-care review.',
    '(1) Was the ultrasound-guided sciatic nerve block, billed as {64445}, indicated and performed within the standard?',
    '(2) Are the EMG findings consistent with intraneural injection at the level of the block?',
    '(3) Was the later neuroplasty {64712} reasonable and related to the block?',
    'Invoice us at 1 Odana Ct, Madison WI [53719], citing payee number [64445]; rate agreed: 600 per hour.',
  ].join('\n'),
});

// ── 10. Records index for the expert, table ──
const recordsIndex = table({
  id: 's74-recidx',
  kind: 's74-expert-records-index-grid',
  caption: 'Index of records sent to expert (Bates-stamped)',
  headers: ['Bates start', 'Bates end', 'Source', 'Description', 'Procedure'],
  rows: [
    ['LRMC [00001]', 'LRMC [00088]', 'Lakeshore Regional', 'Anesthesia record, block note, consent', '{64445}'],
    ['LRMC [00089]', 'LRMC [00231]', 'Lakeshore Regional', 'Operative report, L THA', '{27130}'],
    ['UWH [00001]', 'UWH [00146]', 'UW Health', 'EMG/NCS, neurosurgery consult', '{95886}'],
    ['UWH [00147]', 'UWH [00290]', 'UW Health', 'Neuroplasty, sciatic (op note)', '{64712}'],
    ['PT [10001]', 'PT [10064]', 'ProActive PT, Cudahy', 'Therapy notes', '{97110}'],
  ],
});

// ── 11. Premium rating worksheet, table ──
const ratingSheet = table({
  id: 's74-rating',
  kind: 's74-premium-rating-worksheet-grid',
  caption: 'Premium rating worksheet — group renewal',
  headers: ['Insured', 'Specialty', 'Class', 'Territory', 'Base rate', 'ILF', 'Credits', 'Premium'],
  rows: [
    ['Haldane, M.', 'Anesthesiology', '[80145]', '[55079]', '[14220]', '1.00', '-5% RM', '[13509]'],
    ['Okonjo, T.', 'Anesthesiology — interventional pain', '[80161]', '[55079]', '[21840]', '1.00', '0', '[21840]'],
    ['Pietrowski, L.', 'CRNA (employed)', '[80110]', '[55133]', '3,110', '1.00', '0', '3,110'],
    ['Feld, A.', 'Anesthesiology', '[80145]', '[55025]', '[12960]', '1.00', '-10% claims-free', '[11664]'],
    ['Group entity', 'Corporate', '[80999]', '[55079]', '—', '—', 'shared limits', '6,875'],
  ],
});

// ── 12. Underwriting class plan, text layer ──
const classPlan = lines({
  id: 's74-classplan',
  kind: 's74-underwriting-class-plan-text',
  before: 'Underwriting manual — physician class plan — anesthesiology and pain medicine',
  text: [
    'Anesthesiologists who perform only perioperative peripheral blocks (e.g. {64445}, {64447}, {64415}) stay in Class 3.',
    'Move to Class 5 when more than 10% of encounters are interventional pain: {62323}, {64483}, {64635}, or neurolysis ({64632}).',
    'Open neuroplasty ({64712}, {64714}) performed by a non-surgeon is declined; refer to the underwriting manager.',
    'Chemodenervation billed under {64612} or {64615} does not change the class.',
    'Territory is the county of the principal office (Milwaukee County = [55079], Waukesha = [55133]); see table row [64612].',
  ].join('\n'),
});

// ── 13. Peer-review-protected event analysis, text layer ──
const rca = lines({
  id: 's74-rca',
  kind: 's74-peer-review-event-analysis-prose-text',
  before: 'PRIVILEGED & CONFIDENTIAL — Patient Safety Work Product — Comprehensive Systematic Analysis',
  text: [
    'Event [24031]. A 67-year-old received a preoperative single-injection sciatic block (billed {64445}) for a left THA.',
    'The block was done in pre-op bay 6; no in-plane needle view was documented, and after paresthesia the injection went on.',
    'On postoperative day 1 the patient had dense foot drop; EMG at 3 weeks showed a proximal sciatic lesion.',
    'At 6 months a sciatic neuroplasty, {64712}, was performed elsewhere, with partial recovery of tibial function.',
    'Contributing factors: no injection-pressure monitor in the bays; the block checklist never asks for the saved image {76942} needs.',
    'A similar 2023 event (claim [00388]) involved a femoral block ({64447}); its action plan was not completed.',
  ].join('\n'),
});

// ── 14. RCA action plan, table ──
const actionPlan = table({
  id: 's74-actions',
  kind: 's74-rca-action-plan-grid',
  caption: 'Action plan (action strength per the RCA² hierarchy)',
  headers: ['Action ID', 'Action', 'Strength', 'Owner', 'Due', 'Measure'],
  rows: [
    [
      '[71036]',
      'Injection-pressure monitors on all block carts',
      'Stronger',
      'Anesthesia chair',
      '06/30/2026',
      '100% carts',
    ],
    [
      '[71039]',
      'Hard stop: saved image before {64445} / {64447} charges drop',
      'Intermediate',
      'IT / HIM',
      '04/30/2026',
      'Audit 30 charts/mo',
    ],
    ['[71043]', 'Block simulation training, 2 h', 'Weaker', 'Education', '05/15/2026', 'Attendance 95%'],
    ['[71064]', 'Share lessons through the PSO (report [38212])', 'Weaker', 'Risk management', '03/31/2026', 'Sent'],
  ],
});

// ── 15. Settlement authority memo, text layer ──
const authorityMemo = lines({
  id: 's74-authmemo',
  kind: 's74-settlement-authority-memo-text',
  before: 'MEMORANDUM — Request for settlement authority — Claims Committee',
  text: [
    'From: J. Okafor-Lind, Senior Claim Consultant   File: MPL-25-[00417]   Policy BSP-[31562]-11',
    'Liability: our expert cannot defend continuing the injection after paresthesia during the {64445} block.',
    'Damages: permanent partial foot drop; specials [87410].36 billed, including the neuroplasty ({64712}) and EMG {95886}.',
    'Medicare: claimant is a beneficiary; conditional payments [21603].17 per the BCRC letter; Section 111 TPOC report due.',
    'Demand 650,000. Authority requested: 186,000 (our 60% share); hospital carrier handles claim HPL-25-[00218].',
  ].join('\n'),
});

// ── 16. Plaintiff's itemized specials (demand exhibit), table ──
const specials = table({
  id: 's74-specials',
  kind: 's74-plaintiff-medical-specials-grid',
  caption: "Plaintiff's itemization of medical expenses (Exhibit 4 to the demand)",
  headers: ['Provider', 'DOS', 'Svc', 'Description', 'Billed', 'Medicare paid'],
  rows: [
    ['Lakeshore Anesthesia', '03/04/2025', '{64445}', 'Sciatic block, single', '1,180.00', '212.44'],
    ['Lakeshore Anesthesia', '03/04/2025', '{01214}', 'Anesthesia, hip arthroplasty', '3,920.00', '601.10'],
    ['Lakeshore Regional', '03/07–03/09/2025', '—', 'Extended inpatient stay', '[48316].20', '[13982].11'],
    ['UW Health Neurology', '03/26/2025', '{95886}', 'Needle EMG with NCS', '640.00', '102.30'],
    ['UW Health Neurology', '03/26/2025', '{95910}', 'NCS, 7–8 studies', '1,410.00', '214.05'],
    ['UW Health Neurosurgery', '09/12/2025', '{64712}', 'Neuroplasty, sciatic nerve', '[12645].00', '1,184.92'],
    ['ProActive PT', '10/2025–01/2026', '{97110}', 'Therapeutic exercise x 46 units', '4,968.00', '1,093.54'],
    ['Hanger Clinic', '11/04/2025', 'L1970', 'AFO, custom', '2,310.00', '1,602.77'],
  ],
});

// ── 17. CMS Section 111 NGHP reporting grid, table (decoy only) ──
const section111 = table({
  id: 's74-s111',
  kind: 's74-mmsea-section-111-claim-input-grid',
  caption: 'Section 111 NGHP — claim input staging (RRE review before quarterly file)',
  headers: ['DCN', 'MBI', 'CMS DOI', 'ICD-10 (1)', 'ICD-10 (2)', 'Plan', 'ORM', 'TPOC date', 'TPOC amount', 'Rep. ZIP'],
  rows: [
    [
      'BSPM2500417',
      '1EG4-TE5-MK73',
      '03/04/2025',
      'S74.02XA',
      'G57.02',
      'L',
      'N',
      '03/12/2026',
      '186000.00',
      '[53202]',
    ],
    ['BSPM2300388', '5TQ9-AB2-PR18', '08/14/2023', 'S84.12XA', '—', 'L', 'N', '11/30/2024', '[45000].00', '[53051]'],
    ['BSPM2200764', '8MK2-WN7-HT44', '05/02/2022', 'G51.0', '—', 'L', 'N', '07/19/2023', '[62500].00', '[53226]'],
    ['BSPM2400502', '3JD6-KL1-VX90', '11/21/2024', 'G57.62', '—', 'L', 'N', '—', '—', '[53105]'],
  ],
});

// ── 18. Conditional payment dispute letter, text layer ──
const cpDispute = lines({
  id: 's74-cpdisp',
  kind: 's74-conditional-payment-dispute-letter-text',
  before: 'Letter to the BCRC — dispute of unrelated conditional payments',
  text: [
    'NGHP, PO Box 138832, Oklahoma City OK [73113]   Beneficiary: R. Vukovich',
    'We dispute these lines of the conditional payment summary as unrelated to the sciatic injury:',
    'Line 7 (ICN ending [30411]): knee arthroscopy {29881} on 07/02/2025 — right knee, unrelated.',
    'Line 9 (ICN ending [30552]): office visit {99214}, diabetes follow-up.',
    'Related, not disputed: neuroplasty {64712}, EMG/NCS {95886} / {95910}, physical therapy {97110}.',
    'Disputed total [14306].62 of the [21603].17 claimed; corrected amount 7,296.55 requested.',
  ].join('\n'),
});

// ── 19. Closed-claims study, counts by procedure code, table ──
const closedClaims = table({
  id: 's74-ccstudy',
  kind: 's74-closed-claims-study-by-procedure-grid',
  caption: 'Closed claims study — regional anesthesia and peripheral nerve procedures, 2015–2024 (member carriers)',
  headers: ['Proc code', 'Procedure', 'Closed claims', 'With payment', 'Median indemnity', 'Nerve injury %'],
  rows: [
    ['{64445}', 'Sciatic nerve block, single', '41', '12', '[92500]', '78%'],
    ['{64447}', 'Femoral nerve block, single', '37', '9', '[67000]', '70%'],
    ['{64415}', 'Brachial plexus block, single', '58', '17', '[81250]', '66%'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '11', '5', '140,000', '91%'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '3', '1', '[55000]', '100%'],
    ['{64632}', 'Neurolysis, plantar digital nerve', '14', '2', '[22500]', '29%'],
    ['{64612}', 'Chemodenervation, facial nerve', '19', '4', '[37750]', '11%'],
    ['{62323}', 'Lumbar epidural with imaging', '66', '21', '[98000]', '45%'],
    ['{64483}', 'Transforaminal epidural, lumbar', '29', '8', '[76500]', '52%'],
    ['{64446}', 'Sciatic nerve block, continuous', '6', '2', '[71500]', '83%'],
    ['{64448}', 'Femoral nerve block, continuous', '9', '3', '[48000]', '67%'],
    ['{64713}', 'Neuroplasty, brachial plexus', '4', '1', '[60000]', '100%'],
    ['{01402}', 'Anesthesia, knee arthroplasty (block-related)', '22', '6', '[57250]', '73%'],
    ['All', '—', '278', '79', '[84000]', '58%'],
  ],
});

// ── 20. Closed-claims study findings, text layer ──
const ccFindings = lines({
  id: 's74-ccfind',
  kind: 's74-closed-claims-study-findings-text',
  before: 'Key findings',
  text: [
    'Single-shot sciatic blocks ({64445}) carried the highest share of permanent nerve injury among block claims.',
    'Of 11 claims after sciatic neuroplasty (CPT {64712}), 5 were paid; most alleged the operation came too late.',
    'Facial chemodenervation ({64612}) claims were mostly about ptosis and rarely paid.',
    'Plantar digital neurolysis, {64632}, produced 14 claims and 2 payments; lumbar plexus neuroplasty {64714} only 3.',
    'Methods: claims closed 2015–2024 at 5 member carriers ([27816] closed claims overall, [18460] physician-years).',
  ].join('\n'),
});

// ── 21. Policy declarations page, text layer (decoy only) ──
const declarations = lines({
  id: 's74-decl',
  kind: 's74-policy-declarations-page-text',
  before: 'PHYSICIANS AND SURGEONS PROFESSIONAL LIABILITY — DECLARATIONS',
  text: [
    'Policy No. PLS-[64712]-03   Renewal of PLS-[64712]-02   Claims-made and reported',
    'Named insured: Tobenna Okonjo, MD   2350 W Ryan Rd, Suite 210, Oak Creek WI [53154]',
    'Policy period 01/01/2026 to 01/01/2027, 12:01 a.m.   Retroactive date 09/01/2018',
    'Limits: 1,000,000 each claim / 3,000,000 aggregate; excess provided by the Injured Patients and Families Compensation Fund',
    'Class [80161]   Territory [55079]   Annual premium [21840].00   Fund fee 2,198.00',
    'Producer: Cream City Risk Partners, agency code [46218]   Forms BSP 100 (01/24), BSP 214 (07/22)',
  ].join('\n'),
});

// ── 22. Broker contact sheet, table (decoy only) ──
const brokerSheet = table({
  id: 's74-broker',
  kind: 's74-broker-contact-sheet-grid',
  caption: 'Cream City Risk Partners — healthcare practice contacts',
  headers: ['Name', 'Role', 'Office', 'ZIP', 'Ext', 'Agency code', 'NPN'],
  rows: [
    ['Nadia Farrow', 'Producer', 'Milwaukee', '[53202]', '2214', '[46218]', '17734021'],
    ['Owen Pruszynski', 'Account executive, hospitals', 'Milwaukee', '[53202]', '2230', '[46218]', '19022876'],
    ['Lena Tran', 'Account manager', 'Madison', '[53718]', '4105', '[46219]', '20177643'],
    ['Marcus Bell', 'Claims advocate', 'Chicago', '[60606]', '7712', '[46220]', '16650938'],
    ['Priya Shah', 'Small-group PL', 'Minneapolis', '[55401]', '6120', '[46221]', '18855012'],
    ['Service center', 'Certificates', 'PO Box [64445], Kansas City MO', '[64141]', '—', '—', '—'],
  ],
});

// ── 23. Claims system API response (JSON), text layer ──
const claimJson = lines({
  id: 's74-json',
  kind: 's74-claims-api-json-response-text',
  before: 'Claims system API response (pretty-printed)',
  text: [
    '{',
    '  "claimNumber": "MPL-25-[00417]",',
    '  "policyNumber": "BSP-[31562]-11",',
    '  "lossLocation": { "facility": "Lakeshore Regional Medical Center", "zip": "[53215]" },',
    '  "procedures": [ { "cpt": "{64445}", "date": "2025-03-04" }, { "cpt": "{27130}", "date": "2025-03-04" } ],',
    '  "subsequentTreatment": ["{95886}", "{95910}", "{64712}"],',
    '  "adjusterId": "[20931]",',
    '  "reserveIndemnity": [85000]',
    '}',
  ].join('\n'),
});

// ── 24. Event notice XML from the hospital RM system, text layer ──
const noticeXml = lines({
  id: 's74-xml',
  kind: 's74-event-notice-xml-text',
  before: 'Potential claim notice — XML sent by the hospital risk system to the captive',
  text: [
    '<ClaimNotice eventRef="[24044]" facilityZip="[53154]" reported="2025-03-05">',
    '  <Insured policy="HPL-[77095]-25" program="captive"/>',
    '  <Procedure code="{64612}" side="L" intended="R"/>',
    '  <Procedure code="{64615}" status="planned, not performed"/>',
    '  <Claimant zip="[53221]" age="54"/>',
    '  <Description>Chemodenervation performed on the wrong side of the face.</Description>',
    '</ClaimNotice>',
  ].join('\n'),
});

// ── 25. HL7 DFT with charges held by risk management, text layer ──
const hl7 = lines({
  id: 's74-hl7',
  kind: 's74-hl7-dft-risk-billing-hold-text',
  before: 'Interface log — DFT^P03 charges held by risk management',
  text: [
    'MSH|^~\\&|ORIS|LRMC|PB|LRMC|20250304093000||DFT^P03|[58120]|P|2.5.1',
    'PID|1||004417821^^^LRMC^MR||VUKOVICH^ROBERT||19571122|M|||4110 E Layton Ave^^Cudahy^WI^[53110]',
    'PV1|1|I|OR^04^^LRMC||||[40883]^HALDANE^MARTIN',
    'FT1|1|||20250304||CG|4401827^ANES SCIATIC BLK|||1||||||||||||||{64445}^^C4',
    'FT1|2|||20250304||CG|4401840^US GUIDE NEEDLE|||1||||||||||||||{76942}^^C4',
    'FT1|3|||20250304||CG|4402212^ANES HIP ARTHROPLASTY|||1||||||||||||||{01214}^^C4',
    'ZHD|HOLD|RISK|EVT[24031]|20250305',
  ].join('\n'),
});

// ── 26. Charge write-off / billing hold request, table ──
const writeOff = table({
  id: 's74-writeoff',
  kind: 's74-risk-charge-write-off-request-grid',
  caption: 'Risk management — charge write-off and billing hold request',
  headers: ['Account', 'Svc date', 'Billed code', 'Description', 'Charge', 'Action'],
  rows: [
    ['[64632]-2', '03/04/2025', '{64445}', 'Sciatic block, single injection', '1,180.00', 'Write off'],
    ['[64632]-2', '03/04/2025', '{76942}', 'Ultrasound guidance', '310.00', 'Write off'],
    ['[64632]-2', '03/04/2025', '{01214}', 'Anesthesia, hip arthroplasty', '3,920.00', 'Hold pending review'],
    ['[64632]-2', '03/04/2025', '{27130}', 'Total hip (surgeon fee)', '2,845.00', 'Bill — unrelated'],
    [
      '[82307]-1',
      '03/05/2025',
      '{64612}',
      'Chemodenervation, facial (wrong side)',
      '845.00',
      'Write off; never rebill',
    ],
    ['[82310]-1', '03/06/2025', '{64632}', 'Neurolysis, plantar digital nerve', '612.00', 'Hold'],
  ],
});

// ── 27. CMS-1500 produced by subpoena, text layer ──
const cms1500 = lines({
  id: 's74-cms1500',
  kind: 's74-cms-1500-subpoena-production-text',
  before: 'CMS-1500 (02-12) produced by UW Health in response to subpoena — text layer',
  text: [
    "1a INSURED'S ID 1EG4TE5MK73   2 PATIENT VUKOVICH ROBERT   5 ZIP [53110]",
    '21 ICD IND 0   A. G5702   B. S7402XA',
    '24 09 12 25  09 12 25  21   {64712}  LT   A   [12645] 00   1   1376599210',
    '24 09 12 25  09 12 25  21   {95940}       A      880 00   4   1376599210',
    '25 FED TAX ID 39-0806347   26 PATIENT ACCT [73424]   28 TOTAL CHARGE [13525] 00',
    '32 UW HEALTH UNIVERSITY HOSPITAL 600 HIGHLAND AVE MADISON WI [53792]',
    '33 UW MEDICAL FOUNDATION  PO BOX [78555]  MILWAUKEE WI [53278]-8555',
  ].join('\n'),
});

// ── 28. Claim diary notes, text layer ──
const diary = lines({
  id: 's74-diary',
  kind: 's74-adjuster-claim-diary-text',
  before: 'Claim diary — most recent first',
  text: [
    '03/12/2026 JOL: Mediation settled; our share 186,000; hospital carrier pays the rest under HPL-25-[00218].',
    '01/15/2026 JOL: Demand 650,000 received. Specials [87410].36 include the 09/2025 neuroplasty {64712} at UW.',
    '11/03/2025 JOL: Expert call — block ({64445}) note documents paresthesia, "needle withdrawn 2 mm, injection continued".',
    '10/02/2025 JOL: Reserve raised after sciatic neuroplasty. Op report: CPT {64712} with intraop monitoring {95940}.',
    '06/20/2025 Intake [12207]: claim set up; insured notified; defense to Reyes Marchetti (vendor [64612]).',
    "06/19/2025 Notice letter from plaintiff's counsel, 1000 N Water St, Milwaukee WI [53202].",
  ].join('\n'),
});

// ── 29. Defense counsel litigation status report, table ──
const litStatus = table({
  id: 's74-litstat',
  kind: 's74-litigation-status-report-grid',
  caption: 'Defense counsel quarterly litigation report — open suits',
  headers: ['Matter', 'Caption', 'Court / case no.', 'At issue', 'Phase', 'Next event'],
  rows: [
    [
      '[22871]-004',
      'Vukovich v. Haldane',
      'Milwaukee Cty Cir. 2025CV006211',
      '{64445} block; later {64712}',
      'Mediation',
      '03/12/2026',
    ],
    [
      '[22871]-007',
      'Estate of Pham v. Lakeshore Reg.',
      'E.D. Wis. 2:24-cv-[00913]',
      'Central line {36556}',
      'Discovery',
      'Experts 04/2026',
    ],
    [
      '[22871]-009',
      'Kowal v. Okonjo',
      'Waukesha Cty Cir. 2025CV001184',
      '{64612}, wrong side',
      'Pleadings',
      'Answer due',
    ],
    [
      '[22916]-001',
      'Brandt v. Franklin Surgery Ctr',
      'Milwaukee Cty Cir. 2025CV007730',
      '{64632}',
      'Discovery',
      'CRNA deposition',
    ],
  ],
});

// ── 30. NPDB medical malpractice payment report, text layer ──
const npdb = lines({
  id: 's74-npdb',
  kind: 's74-npdb-malpractice-payment-report-text',
  before: 'NPDB — Medical Malpractice Payment Report — copy to the practitioner',
  text: [
    'DCN 5500000012345678   Report type: Initial   Reporting entity: Badger State Physicians Mutual, Madison WI [53718]',
    'Subject: Martin Haldane, MD   License WI [48903]-20   NPI 1598764410',
    'Payment 186,000.00 (single payment) on 03/20/2026   Payer claim number MPL-25-[00417]',
    'Allegation group: Anesthesia Related   Outcome: significant permanent injury',
    'Description: during a single-injection sciatic nerve block (CPT {64445}) the injection was continued despite paresthesia;',
    'the resulting sciatic nerve injury needed neuroplasty ({64712}). Court case 2025CV006211, Milwaukee County.',
  ].join('\n'),
});

// ── 31. Underwriting application supplement, table ──
const appSupplement = table({
  id: 's74-appsupp',
  kind: 's74-application-procedure-supplement-grid',
  caption: 'Application supplement — interventional pain procedures, last 12 months',
  headers: ['Procedure', 'Proc', 'Volume', 'Setting', 'Guidance'],
  rows: [
    ['Sciatic nerve block', '{64445}', '85', 'ASC', 'US'],
    ['Lumbar plexus neuroplasty', '{64714}', '2', 'Hospital', '—'],
    ['Neurolytic destruction, plantar digital', '{64632}', '34', 'Office', 'US'],
    ['Chemodenervation, facial nerve', '{64612}', '60', 'Office', 'EMG'],
    ['Lumbar facet RFA', '{64635}', '212', 'ASC', 'Fluoro'],
    ['Interlaminar epidural', '{62323}', '390', 'ASC', 'Fluoro'],
  ],
});

// ── 32. Reservation of rights letter, text layer ──
const ror = lines({
  id: 's74-ror',
  kind: 's74-reservation-of-rights-letter-text',
  before: 'Reservation of rights — Kowal v. Okonjo',
  text: [
    'Claim MPL-25-[00459]   Policy PLS-[64712]-02   Insured office: 2350 W Ryan Rd, Suite 210, Oak Creek WI [53154]',
    'The complaint alleges that facial chemodenervation ({64612}) was performed on the wrong side without consent.',
    'We will defend, but reserve rights as to punitive damages (Exclusion 7) and any billing-fraud count.',
    'Send further pleadings to Claims, PO Box [64632], Madison WI [53708].',
  ].join('\n'),
});

// ── 33. Peer review referral log, table ──
const peerLog = table({
  id: 's74-peerlog',
  kind: 's74-peer-review-referral-log-grid',
  caption: 'Anesthesia department peer review — referral log (privileged)',
  headers: ['Case', 'Date', 'Practitioner', 'Detail', 'Trigger', 'Score'],
  rows: [
    ['PR-[25031]', '03/04/2025', 'Haldane', '{64445}', 'Event report, harm E', '3 — care deviated'],
    ['PR-[25034]', '03/05/2025', 'Okonjo', '{64612}', 'Wrong side', '4 — major deviation'],
    ['PR-[25040]', '03/06/2025', 'Feld', '{64632}', 'Unexpected outcome', '1 — appropriate'],
    ['PR-[25052]', '04/30/2025', 'Okonjo', '{64714}', 'Return to OR', '2 — minor'],
    ['PR-[25066]', '05/19/2025', 'Pietrowski', '{00790}', 'Dental injury', '1 — appropriate'],
  ],
});

// ── 34. Medical bill review (reasonable value of the specials), table ──
const billReasonable = table({
  id: 's74-reasonval',
  kind: 's74-medical-bill-reasonable-value-review-grid',
  caption: 'Bill review vendor — reasonable value of claimed medical expenses',
  headers: ['Item', 'Units', 'Billed', 'Benchmark 80th pct', 'Medicare allowed', 'Reasonable value'],
  rows: [
    ['{64445}', '1', '1,180.00', '905.00', '212.44', '905.00'],
    ['{01214}', '14 (8 base + 6 time)', '3,920.00', '2,968.00', '601.10', '2,968.00'],
    ['{95886}', '1', '640.00', '512.00', '102.30', '512.00'],
    ['{95910}', '1', '1,410.00', '1,102.00', '214.05', '1,102.00'],
    ['{99204}', '1', '455.00', '398.00', '171.63', '398.00'],
    ['{64712}', '1', '[12645].00', '6,310.00', '1,184.92', '6,310.00'],
    ['{95940}', '4', '880.00', '760.00', '—', '760.00'],
    ['{97161}', '1', '310.00', '238.00', '101.14', '238.00'],
    ['{97110}', '46', '4,968.00', '3,956.00', '1,093.54', '3,956.00'],
  ],
});

// ── 35. Deposition topics outline (defense counsel), text layer ──
const depoTopics = lines({
  id: 's74-depo',
  kind: 's74-deposition-topics-outline-text',
  before: 'Outline — deposition of the anesthesia group billing manager',
  text: [
    'A. Why the block was billed separately ({64445} with modifier 59) rather than included in the {01214} anesthesia time.',
    'B. Whether a saved ultrasound image exists to support {76942}; if not, who dropped the charge.',
    'C. Why a single shot was billed when the op note mentions a catheter (the continuous code is {64446}).',
    'D. Charge hold: when RM asked for the write-off and whether the {64445} charge was ever sent to Medicare.',
    'E. Group volume of sciatic blocks in 2024–2025 and the share billed with {64447} on the same date.',
  ].join('\n'),
});

// ── 36. CANDOR early-resolution reimbursement ledger, table ──
const candorLedger = table({
  id: 's74-candor',
  kind: 's74-candor-early-resolution-ledger-grid',
  caption: 'CANDOR early resolution — out-of-pocket reimbursement to patient (wrong-side event)',
  headers: ['Date', 'Service', 'Provider', 'Patient paid', 'Reimbursed', 'Check no.'],
  rows: [
    ['03/05/2025', '{64612} (wrong side)', 'Oak Creek Pain Clinic', '168.90', '168.90', '100418233'],
    ['03/19/2025', '{64612} (correct side, no charge)', 'Oak Creek Pain Clinic', '0.00', '0.00', '—'],
    ['03/21/2025', '{92012}', 'Eye Institute, Milwaukee', '45.00', '45.00', '100418260'],
    ['04/02/2025', '{99213}', 'Neurology follow-up', '30.00', '30.00', '100418305'],
    ['04/02/2025', '{95885}', 'Neurology follow-up', '62.11', '62.11', '100418305'],
  ],
});

export const sealed74: Snippet[] = [
  ...incidentQueue,
  ...incidentDetail,
  ...claimSummary,
  ...lossRun,
  ...lossRunCsv,
  ...ledes,
  ...billReview,
  ...billAudit,
  ...expertLetter,
  ...recordsIndex,
  ...ratingSheet,
  ...classPlan,
  ...rca,
  ...actionPlan,
  ...authorityMemo,
  ...specials,
  ...section111,
  ...cpDispute,
  ...closedClaims,
  ...ccFindings,
  ...declarations,
  ...brokerSheet,
  ...claimJson,
  ...noticeXml,
  ...hl7,
  ...writeOff,
  ...cms1500,
  ...diary,
  ...litStatus,
  ...npdb,
  ...appSupplement,
  ...ror,
  ...peerLog,
  ...billReasonable,
  ...depoTopics,
  ...candorLedger,
];
