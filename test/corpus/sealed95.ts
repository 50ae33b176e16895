import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 95 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s95-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * claim, exam, referral, check, document and Bates numbers, ZIPs, earnings and payer ids. The five known codes'
 * digits come back as decoys: a group policy number, the claims office PO box, the claimant's ZIP (Elmo, MO), an
 * IME referral number and referral id, a client claim number, an invoice number, a provider account and a
 * practice patient id.
 *
 * Family: disability insurance claims and independent medical examinations around one long-term disability claim
 * with a workers' compensation crossover (a warehouse supervisor with a sciatic nerve injury: sciatic blocks,
 * sciatic and lumbar plexus neuroplasty, a Morton neuroma neurolysis, and unrelated facial chemodenervation) and a
 * second claimant with hemifacial spasm: the LTD claim file header and employer statement, attending physician
 * statements, a medical records chronology and its CSV index, an IME report (header, history prose, records
 * reviewed, opinions, an addendum table), IME scheduling and vendor pages, an FCE summary, a vocational assessment
 * and labor market survey, the adjuster's notes and diary, a nurse case manager review, a claim decision letter, a
 * benefit calculation worksheet and letter, a payment history, a workers' comp bill review (EOR, summary, 837P,
 * utilization review, provider dispute, group health lien), JSON and XML exports, and decoy-only pages (a claimant
 * correspondence log, an employer plan summary, a fax cover, an SSDI advocacy tracker).
 * Built on real public layouts: the group LTD attending physician statement (Part A employee / Part B physician:
 * diagnosis, dates, treatment, restrictions and limitations), the employer statement of an LTD claim form, an IME
 * report in the usual order (history, records reviewed, examination, answers to the referral questions, MMI and
 * apportionment), a transferable skills analysis with DOT titles and a labor market survey, a state workers' comp
 * explanation of review (line, DOS, code, modifier, charge, allowed, reason), an X12 837P and an LTD benefit
 * calculation with WC and SSDI offsets. The others are written the way those pages read, with no single source.
 *
 * 359 labelled tokens over 41 shapes: 142 codes, 217 decoys, 79 of the decoys in KNOWN_10K.
 */

// ── 1. LTD claim file header, text layer (decoy only) ──
const claimFile = lines({
  id: 's95-claimfile',
  kind: 's95-ltd-claim-file-header-text',
  before: 'Heartland Mutual Life — Long-Term Disability — Claim File',
  text: [
    'Claim No. [20846]   Claimant: Dwayne K. Haskell   DOB 02/17/1979   SSN ***-**-3318',
    'Group policy GLT-[64612]   Employer: Prairie Fold Logistics, Inc.   Employer group [10752], division 003',
    'Date last worked 03/11/2024   Date of disability 03/12/2024   Elimination period 90 days   BBD 06/10/2024',
    'Claimant address: 212 N Main St, Elmo, MO [64445]   Phone 660-555-0193',
    'Employer site: 9200 Kaw Dr, Kansas City, KS [66111]',
    'Related WC claim: Sunflower Casualty, claim [50611]-KS, adjuster ext 4471',
    'Case manager: R. Quinlan   Claim office: PO Box [64714], Kansas City, MO [64141]',
  ].join('\n'),
});

// ── 2. Employer statement (LTD claim form, employer section), table (decoy only) ──
const employerStatement = table({
  id: 's95-employer',
  kind: 's95-ltd-employer-statement-grid',
  caption: 'Claim intake — employer statement (Section 2, completed by HR)',
  headers: ['Field', 'Value', 'Verified'],
  rows: [
    ['Employer group no.', '[10752]', 'Yes'],
    ['Policy / plan', 'GLT-[64612] (Class 2 — hourly supervisors)', 'Yes'],
    ['Annual base earnings', '[58240].00', 'Payroll'],
    ['Work site ZIP', '[66111]', 'Yes'],
    ['HR contact ext.', '2210', '—'],
    ['Payroll ID', '[40712]', 'Yes'],
    ['Premium paid through', '03/31/2024; bill no. [30720]', 'Yes'],
  ],
});

// ── 3. Attending physician statement, text layer ──
const aps = lines({
  id: 's95-aps',
  kind: 's95-attending-physician-statement-text',
  before: 'Attending Physician Statement — Heartland Mutual Life (Part B, to be completed by the physician)',
  text: [
    'Patient: Haskell, Dwayne K.   Claim [20846]   Policy GLT-[64612]',
    'Primary diagnosis: G57.01 Lesion of sciatic nerve, right lower limb   Secondary: M79.2, G57.62',
    'Date symptoms first appeared: 03/11/2024   First visit: 03/19/2024   Most recent: 09/04/2024',
    'Procedures performed (give CPT): right sciatic nerve block {64445} on 04/02/2024 and 05/14/2024; sciatic neuroplasty {64712} on 07/09/2024',
    'Planned: neurolytic destruction, left plantar digital nerve ({64632}), awaiting authorization',
    'Physician: Anita Roshan, MD, Physical Medicine & Rehabilitation   Office ZIP [64111]   MO license 2009031544',
    'Tax ID ending 6121   Office visit codes billed: {99204}, {99214}',
  ].join('\n'),
});

// ── 4. APS treatment and procedures item, table ──
const apsTreatment = table({
  id: 's95-apstx',
  kind: 's95-aps-treatment-history-grid',
  caption: 'Part B, item 7 — Treatment and procedures (dates and codes)',
  headers: ['Date', 'Treatment', 'CPT', 'Outcome'],
  rows: [
    ['04/02/2024', 'Sciatic nerve block, US-guided, right', '{64445}, {76942}', '60% relief x 10 days'],
    ['05/14/2024', 'Sciatic nerve block, repeat', '{64445}', 'Relief 3 days'],
    ['06/03/2024', 'EMG/NCS right leg', '{95886}, {95910}', 'Sciatic axonal neuropathy'],
    ['07/09/2024', 'Open neuroplasty, sciatic nerve (piriformis release)', '{64712}', 'Partial improvement'],
    ['08/2024–', 'Physical therapy 2x/week', '{97110}, {97140}', 'Ongoing'],
  ],
});

// ── 5. Medical records summary, chronology table ──
const chronology = table({
  id: 's95-chrono',
  kind: 's95-medical-records-chronology-grid',
  caption: 'Medical Records Summary — chronology (prepared for the IME physician)',
  headers: ['Bates', 'DOS', 'Provider', 'Proc', 'Summary'],
  rows: [
    ['[00412]–[00418]', '03/12/2024', 'Providence ED, KCK', '{99284}', 'Fall from dock; R buttock pain'],
    ['[00437]', '03/19/2024', 'Roshan (PM&R)', '{99204}', 'Sciatic neuropathy suspected'],
    ['[00458]–[00461]', '04/02/2024', 'Roshan', '{64445}', 'US-guided sciatic block R'],
    ['[00514]', '05/14/2024', 'Roshan', '{64445}', 'Repeat block'],
    ['[00529]', '05/28/2024', 'Liberty Imaging', '{72197}', 'MRI pelvis: piriformis edema'],
    ['[00590]–[00603]', '06/03/2024', 'Northland Neurodiagnostics', '{95910} {95886}', 'Axonal sciatic neuropathy'],
    ['[00612]–[00640]', '07/09/2024', 'Dr. P. Ventura (ortho)', '{64712}', 'Sciatic neuroplasty; op note'],
    ['[00655]', '08/2024–01/2025', 'Kaw Valley PT', '{97110} {97140}', '24 visits, plateau'],
    ['[00681]', '10/22/2024', 'Ventura', '{64714}', 'Lumbar plexus neuroplasty (revision)'],
    ['[00709]', '12/03/2024', 'Dr. L. Baptiste (podiatry)', '{64632}', 'L 3rd interspace neurolysis'],
    ['[00774]', '01/10/2025', 'Northland Behavioral', '{90791}', 'Adjustment disorder, mild'],
  ],
});

// ── 6. Medical records summary, reviewer narrative ──
const recordsNarrative = lines({
  id: 's95-recnarr',
  kind: 's95-medical-records-summary-narrative-text',
  before: 'Summary of significant findings (records reviewer, RN)',
  text: [
    'Records received: 1,214 pages, Bates [00001]–[01214], from 7 providers.',
    'After two ultrasound-guided right sciatic blocks ({64445}) gave only short relief, Dr. Ventura performed a sciatic neuroplasty billed as {64712} (Bates [00612]).',
    'A revision at the lumbar plexus level, {64714}, followed in October 2024; the op note is at Bates [00681].',
    'Separately, the claimant receives botulinum injections for right hemifacial spasm, billed {64612}, every 12 weeks since 2019 (pre-existing; not claimed as disabling).',
    'Left Morton neuroma neurolysis ({64632}) on 12/03/2024; podiatry notes Bates [00709]–[00722].',
    'No records for 01/2025–02/2025; request sent to the clinic (ZIP [64118]) on 03/04/2025.',
  ].join('\n'),
});

// ── 7. Records index CSV from the retrieval vendor ──
const recordsCsv = lines({
  id: 's95-reccsv',
  kind: 's95-records-index-csv-text',
  before: 'records_index.csv (export from the records retrieval vendor)',
  text: [
    'bates_start,bates_end,dos,provider,cpt,pages',
    '[00458],[00461],2024-04-02,ROSHAN A,{64445},4',
    '[00514],[00517],2024-05-14,ROSHAN A,{64445},4',
    '[00612],[00640],2024-07-09,VENTURA P,{64712},29',
    '[00681],[00699],2024-10-22,VENTURA P,{64714},19',
    '[00709],[00722],2024-12-03,BAPTISTE L,{64632},14',
    '[00840],[00846],2025-01-15,KELLOGG N,{64612},7',
    '[00901],[00905],2025-03-20,ROSHAN A,{99214},5',
  ].join('\n'),
});

// ── 8. IME report, history of present illness (prose) ──
const imeHistory = lines({
  id: 's95-imehpi',
  kind: 's95-ime-report-history-prose-text',
  before: 'INDEPENDENT MEDICAL EXAMINATION — History of present illness',
  text: [
    'Mr. Haskell is a 45-year-old right-handed warehouse shift supervisor who fell from a loading dock on 03/11/2024.',
    'He was treated with two right sciatic nerve blocks in spring 2024 (CPT {64445}), each giving under two weeks of relief.',
    'On 07/09/2024 he underwent open sciatic neuroplasty, {64712}, at the piriformis; he reports 30% improvement.',
    'A second procedure, neuroplasty of the lumbar plexus ({64714}), did not change his pain scores (7/10 before and after).',
    'He also had chemical neurolysis of a left third-interspace neuroma, coded {64632}, which relieved his forefoot pain.',
    'Unrelated to the claim, he has right hemifacial spasm treated with botulinum toxin ({64612}) since 2019.',
    'He now lives with his sister in Elmo, Missouri ([64445]) and drove 95 minutes to this examination.',
  ].join('\n'),
});

// ── 9. IME report, records reviewed list ──
const imeRecords = lines({
  id: 's95-imerecs',
  kind: 's95-ime-records-reviewed-list-text',
  before: 'Records reviewed (listed by the examiner)',
  text: [
    '1. Providence ED, 03/12/2024 (Bates [00412]–[00418])',
    '2. Dr. Roshan, PM&R, office and procedure notes 03/19/2024–03/20/2025, including sciatic blocks {64445} x2',
    '3. Northland Neurodiagnostics EMG/NCS report, 06/03/2024 ({95886}, {95910})',
    '4. Dr. Ventura operative reports: 07/09/2024 {64712}; 10/22/2024 {64714}',
    '5. Dr. Baptiste, podiatry, 12/03/2024 neurolysis {64632}',
    '6. Heartland Mutual job description, employer group [10752] (Class 2)',
    '7. Sunflower Casualty WC file, claim [50611]-KS, including the bill review dated 02/10/2025',
  ].join('\n'),
});

// ── 10. IME report, answers to the referral questions ──
const imeOpinions = lines({
  id: 's95-imeops',
  kind: 's95-ime-report-opinions-text',
  before: 'Responses to the questions posed in the referral',
  text: [
    'Q1 Diagnosis: right sciatic neuropathy at the piriformis, status post {64712} and {64714}; left Morton neuroma, resolved after {64632}.',
    'Q2 Causation: the sciatic injury is consistent with the reported fall; the neuroma is not.',
    'Q3 Is further treatment reasonable? One repeat sciatic block ({64445}) may be tried; further neuroplasty is not recommended.',
    'Q4 Restrictions: sedentary to light; no lifting over 20 lb; sit/stand at will. MMI reached 03/2025.',
    'Q5 Apportionment: the facial chemodenervation ({64612}) relates to a pre-existing, non-occupational condition.',
    'Exam ID [30719]; report pages 14; face-to-face time 75 minutes; records review 3.5 hours.',
  ].join('\n'),
});

// ── 11. IME addendum, treatment reasonableness by code, table ──
const imeAddendum = table({
  id: 's95-imeadd',
  kind: 's95-ime-addendum-reasonableness-grid',
  caption: 'Addendum — reasonableness and relatedness of treatment to date',
  headers: ['Code', 'Treatment', 'Reasonable?', 'Related to fall?'],
  rows: [
    ['{64445}', 'Sciatic nerve block', 'Yes (one more)', 'Yes'],
    ['{64712}', 'Sciatic neuroplasty', 'Yes', 'Yes'],
    ['{64714}', 'Lumbar plexus neuroplasty', 'No', 'Yes'],
    ['{64632}', 'Plantar digital nerve neurolysis', 'Yes', 'No'],
    ['{64612}', 'Facial nerve chemodenervation', 'Yes', 'No (pre-existing)'],
    ['{97750}', 'Functional capacity evaluation', 'Yes', 'Yes'],
  ],
});

// ── 12. IME scheduling confirmation, text layer (decoy only) ──
const imeConfirm = lines({
  id: 's95-imeconf',
  kind: 's95-ime-scheduling-confirmation-text',
  before: 'Midwest Independent Evaluations — Appointment confirmation',
  text: [
    'Exam ID: [30719]   Referral no. [64632]   Client claim: [20846] (Heartland Mutual LTD)',
    'Examinee: Dwayne K. Haskell   Examiner: Gregory Feld, MD (PM&R, board certified)',
    'Date/time: 04/08/2025 9:30 a.m.   Please arrive 15 minutes early with photo ID',
    'Location: 3720 Frederick Ave, Suite 210, St. Joseph, MO [64506]',
    'Mileage reimbursed from ZIP [64445] (round trip 118 mi); parking validated',
    'Interpreter: not required   Confirmation code [77150]',
  ].join('\n'),
});

// ── 13. IME vendor scheduling queue, table ──
const imeQueue = table({
  id: 's95-imequeue',
  kind: 's95-ime-vendor-scheduling-queue-grid',
  caption: 'Scheduling queue — week of 04/07/2025',
  headers: ['Exam ID', 'Client claim #', 'Specialty', 'Clinic ZIP', 'Svc', 'Status'],
  rows: [
    ['[30719]', '[20846]', 'PM&R', '[64506]', '{99456}', 'Confirmed'],
    ['[30721]', '[57119]', 'Orthopedics', '[64111]', '{99456}', 'Confirmed'],
    ['[30722]', '[41208]', 'Psychiatry', '[66211]', '{90791}', 'Pending records'],
    ['[30723]', '[20917]', 'Neurology', '[64506]', '{99456} + {95886}', 'Rescheduled'],
    ['[30724]', '[64712]', 'Podiatry', '[66062]', '{99456}', 'No-show fee'],
  ],
});

// ── 14. IME vendor invoice, table ──
const imeInvoice = table({
  id: 's95-imeinv',
  kind: 's95-ime-vendor-invoice-grid',
  caption: 'Invoice — Midwest Independent Evaluations — remit to the vendor address on file',
  headers: ['Svc', 'Description', 'Units', 'Fee', 'Reference'],
  rows: [
    ['{99456}', 'Work related or medical disability examination, other than treating physician', '1', '1,850.00', ''],
    ['{99358}', 'Prolonged service without direct contact (records review), first hour', '1', '400.00', ''],
    ['{99359}', 'each additional 30 minutes', '5', '1,000.00', ''],
    ['{99080}', 'Special report (addendum)', '1', '350.00', ''],
    ['Invoice', 'INV-[64714]', '', '3,600.00', 'Vendor no. [40091]'],
  ],
});

// ── 15. Vocational assessment, transferable skills analysis, text layer ──
const vocational = lines({
  id: 's95-voc',
  kind: 's95-vocational-assessment-text',
  before: 'Vocational Rehabilitation Assessment — transferable skills analysis',
  text: [
    'Work history: Shift Supervisor, Warehouse (DOT 929.137-022, SVP 6, medium), Prairie Fold Logistics, KCK [66111], 2016–2024.',
    'Prior: Forklift Operator (DOT 921.683-050), 2010–2016; earnings [41600] in the final year.',
    'Physical capacities per the IME (exam [30719]): sedentary–light with a sit/stand option; no repetitive stooping.',
    'Education: high school diploma; OSHA 30; WRAT-5 reading at 9th grade level.',
    'Labor market: 20 openings surveyed within 50 miles of ZIP [64445]; median wage $17.40/h.',
    'Indexed pre-disability earnings [58240]/yr; own-occupation earnings test at 60%: [34944]/yr.',
    'Recommendation: dispatcher (DOT 249.167-014) or inventory control clerk; after {64712} and {64714} he cannot stand for long periods.',
  ].join('\n'),
});

// ── 16. Labor market survey, table (decoy only) ──
const laborMarket = table({
  id: 's95-lms',
  kind: 's95-labor-market-survey-grid',
  caption: 'Labor market survey — employer contacts',
  headers: ['Employer', 'Position', 'City / ZIP', 'Wage', 'Contact ref'],
  rows: [
    ['Nodaway Freight', 'Dispatcher', 'Maryville [64468]', '$18.25', '[10721]'],
    ['Midland Grain Coop', 'Scale house clerk', 'St. Joseph [64504]', '$16.90', '[10722]'],
    ['Blue Ridge Parts', 'Inventory clerk', 'Savannah [64485]', '$17.00', '[10723]'],
    ['Heartway Logistics', 'Dispatcher (remote)', 'Kansas City [64153]', '$19.40', '[10724]'],
    ['Ameristar Warehousing', 'Inventory control', 'Riverside [64150]', '$18.00', '[10726]'],
  ],
});

// ── 17. Claims adjuster notes log, table ──
const adjusterNotes = table({
  id: 's95-notes',
  kind: 's95-claims-adjuster-notes-log-grid',
  caption: 'Claim notes — LTD — newest first',
  headers: ['Date', 'User', 'Type', 'Note'],
  rows: [
    [
      '04/21/2025',
      'RQUINLAN',
      'Review',
      'IME received (exam [30719]). Supports sedentary–light. Refer to voc for TSA.',
    ],
    [
      '03/28/2025',
      'RQUINLAN',
      'Medical',
      'Dr. Baptiste billed {64632} again for 03/18; ask whether the neuroma recurred.',
    ],
    [
      '02/12/2025',
      'NURSE-CM',
      'Clinical',
      'Reviewed op notes: {64712} 07/09/24 and {64714} 10/22/24; no further surgery planned.',
    ],
    ['01/30/2025', 'RQUINLAN', 'Financial', 'WC TTD offset confirmed from Sunflower claim [50611]; recalc benefit.'],
    ['12/10/2024', 'RQUINLAN', 'Phone', 'Claimant moved to Elmo MO [64445]; updated address and mileage.'],
    [
      '11/05/2024',
      'NURSE-CM',
      'Clinical',
      'APS lists two blocks ({64445}) and the neuroplasty; facial botox {64612} is unrelated.',
    ],
    ['09/16/2024', 'RQUINLAN', 'Payment', 'Benefit check [10486] issued, net of FICA.'],
  ],
});

// ── 18. Adjuster diary, free text export ──
const diary = lines({
  id: 's95-diary',
  kind: 's95-adjuster-diary-free-text',
  before: 'Diary entries (free text, exported)',
  text: [
    '05/02/25 Called Dr. Roshan office, spoke w/ Kim; the last procedure was {64445} on 03/20, notes to follow.',
    '05/02/25 Records request faxed to 816-555-0142, ref [70412]. Follow up 5/9.',
    '05/09/25 Records in (Bates [00901]–[00905]). No new surgery. Diary 30 days.',
    '05/20/25 Claimant called re: check [10512] not received; reissue approved, mailed to Elmo [64445].',
    '06/03/25 WC carrier says UR denied a repeat {64714}; LTD not liable for medical, note only.',
  ].join('\n'),
});

// ── 19. Nurse case manager clinical review, text layer ──
const nurseReview = lines({
  id: 's95-ncm',
  kind: 's95-nurse-case-manager-clinical-review-text',
  before: 'Clinical review — nurse case manager',
  text: [
    'Treatment to date: sciatic blocks {64445} x2, neuroplasty {64712}, revision {64714}.',
    'Podiatry: neurolysis {64632} L foot 12/03/24; billed again 03/18/25 per provider statement no. [33021].',
    'Non-occupational: hemifacial spasm, botox {64612} q12wk (neurology, Dr. N. Kellogg, ZIP [64506]).',
    'Functional: FCE ({97750}) recommended before an RTW decision; PT {97110} x24 visits completed.',
    'Next review 07/2025; diary set. Medical consultant referral no. [21652].',
  ].join('\n'),
});

// ── 20. Physician file review, procedure timeline, table ──
const fileReview = table({
  id: 's95-filerev',
  kind: 's95-physician-file-review-timeline-grid',
  caption: 'Physician file review — procedure timeline',
  headers: ['#', 'Date', 'Ref', 'Body part', 'Effect on function'],
  rows: [
    ['1', '04/02/2024', '{64445}', 'R sciatic', 'Transient'],
    ['2', '05/14/2024', '{64445}', 'R sciatic', 'Transient'],
    ['3', '07/09/2024', '{64712}', 'R sciatic', 'Partial, sustained'],
    ['4', '10/22/2024', '{64714}', 'R lumbar plexus', 'None'],
    ['5', '12/03/2024', '{64632}', 'L 3rd interspace', 'Resolved forefoot pain'],
    ['6', '03/20/2025', '{64445}', 'R sciatic', 'Pending'],
  ],
});

// ── 21. Benefit calculation worksheet, table (decoy only) ──
const benefitCalc = table({
  id: 's95-calc',
  kind: 's95-ltd-benefit-calculation-worksheet-grid',
  caption: 'Benefit calculation worksheet — monthly',
  headers: ['Line', 'Item', 'Amount', 'Source'],
  rows: [
    ['1', 'Annual pre-disability earnings', '[58240].00', 'Employer statement'],
    ['2', 'Monthly earnings (line 1 / 12)', '4,853.33', ''],
    ['3', 'Gross benefit 60%', '2,912.00', 'Policy GLT-[64612] §4'],
    ['4', 'Less WC TTD (Sunflower claim [50611])', '−1,940.00', 'WC pay ledger'],
    ['5', 'Less SSDI (application pending)', '0.00', 'SSDI receipt [21006]'],
    ['6', 'Net monthly benefit', '972.00', 'Minimum benefit $100'],
    ['7', 'Year-to-date paid', '[11664].00', 'Payment history'],
  ],
});

// ── 22. Benefit explanation letter to the claimant, text layer (decoy only) ──
const benefitLetter = lines({
  id: 's95-benletter',
  kind: 's95-benefit-offset-explanation-letter-text',
  before: 'Letter to claimant — explanation of your benefit calculation',
  text: [
    'Dear Mr. Haskell: Your monthly benefit under group policy GLT-[64612] is 60% of your pre-disability earnings of [58240] per year.',
    "Your plan reduces the benefit by Workers' Compensation payments (Sunflower Casualty claim [50611]-KS).",
    'An overpayment of [12096].14 may result if SSDI is awarded retroactively; see Section 7 of your certificate.',
    'Please return the signed reimbursement agreement to PO Box [64714], Kansas City, MO [64141].',
  ].join('\n'),
});

// ── 23. LTD payment history, table (decoy only) ──
const payments = table({
  id: 's95-payhist',
  kind: 's95-ltd-payment-history-grid',
  caption: 'Payment history — benefit checks',
  headers: ['Check #', 'Period', 'Gross', 'Offsets', 'Net', 'Mailed to ZIP'],
  rows: [
    ['[10486]', '06/10–07/09/2024', '2,912.00', '1,940.00', '972.00', '[66104]'],
    ['[10499]', '07/10–08/09/2024', '2,912.00', '1,940.00', '972.00', '[66104]'],
    ['[10512]', '04/10–05/09/2025', '2,912.00', '1,940.00', '972.00', '[64445]'],
    ['[10531]', '05/10–06/09/2025', '2,912.00', '1,940.00', '972.00', '[64445]'],
  ],
});

// ── 24. WC bill review, explanation of review, table ──
const eor = table({
  id: 's95-eor',
  kind: 's95-wc-bill-review-eor-grid',
  caption: 'Explanation of Review — Kansas Medical Fee Schedule — Sunflower Casualty (workers’ compensation)',
  headers: ['Ln', 'DOS', 'Billed code', 'Mod', 'Charge', 'Allowed', 'Reason'],
  rows: [
    ['1', '07/09/2024', '{64712}', 'RT', '4,210.00', '1,018.36', 'Fee schedule reduction'],
    ['2', '10/22/2024', '{64714}', 'RT', '3,880.00', '0.00', 'Pended: utilization review'],
    ['3', '04/02/2024', '{64445}', 'RT', '640.00', '212.40', 'Fee schedule reduction'],
    ['4', '04/02/2024', '{76942}', '', '310.00', '88.10', 'Fee schedule reduction'],
    ['5', '12/03/2024', '{64632}', 'LT', '725.00', '0.00', 'Denied: body part not accepted'],
    ['6', '01/15/2025', '{64612}', '', '980.00', '0.00', 'Not work related; bill group health'],
    ['7', '03/20/2025', '{99214}', '', '245.00', '141.12', 'Fee schedule reduction'],
  ],
});

// ── 25. WC bill review summary (crossover to LTD), text layer ──
const billSummary = lines({
  id: 's95-brsum',
  kind: 's95-wc-bill-review-crossover-summary-text',
  before: 'Bill review summary — crossover copy to the LTD carrier (coordination of benefits)',
  text: [
    'Bill ID [70534]   Provider: Kaw Valley Orthopaedics, acct [64632]   Remit ZIP [66160]',
    'Provider TIN ending 2291; rendering NPI 1740239981; WC claim [50611]-KS',
    'Total billed 10,990.00; allowed 1,460.08; reductions 9,529.92',
    'Lines for {64632} and {64612} denied as unrelated; LTD carrier notified since group health may be primary.',
    'Neuroplasty {64712} paid at fee schedule; revision {64714} pended for UR (request [30982]).',
  ].join('\n'),
});

// ── 26. WC 837P received from the provider, text layer ──
const x12 = lines({
  id: 's95-x12',
  kind: 's95-wc-837p-bill-segments-text',
  before: "837P received from provider (workers' compensation, Kansas) — selected segments",
  text: [
    'NM1*PR*2*SUNFLOWER CASUALTY*****PI*[48122]~',
    'REF*Y4*[50611]KS~',
    'N3*212 N MAIN ST~',
    'N4*ELMO*MO*[64445]~',
    'DTP*439*D8*20240311~',
    'CLM*KVO[77102]*4210***22:B:1*Y*A*Y*Y~',
    'HI*ABK:G5701~',
    'SV1*HC:{64712}:RT*4210*UN*1***1~',
    'SV1*HC:{64445}:RT*640*UN*1***1~',
    'SV1*HC:{76942}*310*UN*1***1~',
  ].join('\n'),
});

// ── 27. WC utilization review determination, text layer ──
const urDetermination = lines({
  id: 's95-ur',
  kind: 's95-wc-utilization-review-determination-text',
  before: 'Utilization Review Determination — Sunflower Casualty',
  text: [
    'UR reference [30982]   WC claim [50611]-KS   Date of request 01/28/2025',
    'Requested: repeat neuroplasty, lumbar plexus ({64714}), right, with intraoperative monitoring ({95940})',
    'Determination: NOT CERTIFIED (ODG, Hip & Pelvis). Prior {64712} gave partial relief; no new EMG findings.',
    'Certified instead: one right sciatic nerve block ({64445}) under ultrasound ({76942}) within 60 days.',
    'Appeals: Sunflower Casualty UR Unit, PO Box [25510], Topeka, KS [66601]',
  ].join('\n'),
});

// ── 28. Provider dispute of the bill review, text layer ──
const dispute = lines({
  id: 's95-dispute',
  kind: 's95-wc-provider-reconsideration-letter-text',
  before: 'Kaw Valley Orthopaedics — Request for reconsideration',
  text: [
    'Re: Bill ID [70534]; patient account [64632]; employer Prairie Fold Logistics',
    'We disagree with the reduction of {64712} to 1,018.36; the operative report documents dense scarring at the piriformis.',
    'The lumbar plexus procedure was reported as {64714} with modifier RT and is a distinct session, not a repeat.',
    'Please reprocess and remit to 4400 Rainbow Blvd, Suite 300, Kansas City, KS [66103], Attn: WC desk.',
  ].join('\n'),
});

// ── 29. Claim system JSON export, text layer ──
const claimJson = lines({
  id: 's95-json',
  kind: 's95-claim-system-json-export-text',
  before: 'Claim system export (JSON) — medical tab',
  text: [
    '{ "claimId": "[20846]",',
    '  "groupPolicy": "GLT-[64612]",',
    '  "claimantZip": "[64445]",',
    '  "procedures": [',
    '    { "dos": "2024-04-02", "cpt": "{64445}", "side": "RT" },',
    '    { "dos": "2024-07-09", "cpt": "{64712}", "side": "RT" },',
    '    { "dos": "2024-10-22", "cpt": "{64714}", "side": "RT" },',
    '    { "dos": "2024-12-03", "cpt": "{64632}", "side": "LT" } ],',
    '  "imeExamId": "[30719]", "wcClaim": "[50611]-KS" }',
  ].join('\n'),
});

// ── 30. IME referral XML sent to the vendor portal, text layer ──
const referralXml = lines({
  id: 's95-xml',
  kind: 's95-ime-referral-xml-text',
  before: 'IME referral (XML) sent to the vendor portal',
  text: [
    '<Referral id="[64712]" client="HML" claim="[20846]">',
    '  <Examinee zip="[64445]" interpreter="N"/>',
    '  <Specialty>PMR</Specialty><ClinicZip>[64506]</ClinicZip>',
    '  <History proc="{64445}" count="2"/>',
    '  <History proc="{64712}" date="2024-07-09"/>',
    '  <History proc="{64714}" date="2024-10-22"/>',
    '  <Billing code="{99456}" units="1"/>',
    '</Referral>',
  ].join('\n'),
});

// ── 31. Itemized ledger produced with the records, table ──
const ledger = table({
  id: 's95-ledger',
  kind: 's95-provider-itemized-ledger-grid',
  caption: 'Itemized statement — Kaw Valley Orthopaedics (produced with the records)',
  headers: ['DOS', 'Item', 'Description', 'Charge', 'Paid', 'Balance'],
  rows: [
    ['06/20/2024', '{99204}', 'New patient visit', '310.00', '188.00', '0.00'],
    ['07/09/2024', '{64712}', 'Neuroplasty, sciatic nerve', '4,210.00', '1,018.36', '0.00'],
    ['07/09/2024', '{01250}', 'Anesthesia, nerve procedure upper leg', '1,120.00', '402.50', '0.00'],
    ['10/22/2024', '{64714}', 'Neuroplasty, lumbar plexus', '3,880.00', '0.00', '3,880.00'],
    ['11/05/2024', '{99024}', 'Post-op visit (global)', '0.00', '0.00', '0.00'],
    ['Guarantor', 'Acct [64632]', 'Haskell, Dwayne', '', '', '3,880.00'],
  ],
});

// ── 32. Second claimant: attending physician statement form, table ──
const aps2 = table({
  id: 's95-aps2',
  kind: 's95-aps-physician-section-form-grid',
  caption: 'Attending Physician Statement — Part B (physician) — hemifacial spasm claimant',
  headers: ['Question', 'Physician response'],
  rows: [
    ['1. Diagnosis (ICD-10)', 'G51.31 Clonic hemifacial spasm, right; G24.5 Blepharospasm'],
    ['2. Procedure(s) performed, with CPT', '{64612} right, every 12 weeks; EMG guidance {95874}'],
    ['3. Dates of procedures', '01/08/2025, 04/02/2025, 06/25/2025'],
    ['4. Office ZIP', '[66205]'],
    ['5. Insurer claim number', '[51244]'],
    ['6. Patient ID at this practice', '[64712]'],
    ['7. Expected return to work', '07/01/2025; no driving for 48 h after each injection'],
  ],
});

// ── 33. Second claimant: STD to LTD transition memo, text layer ──
const transition = lines({
  id: 's95-stdltd',
  kind: 's95-std-to-ltd-transition-memo-text',
  before: 'Internal memo — STD claim maturing to LTD',
  text: [
    'STD claim [51243] exhausts 06/30/2025; LTD claim [51244] opened under group policy GLT-[40174].',
    'Claimant: dental hygienist, employer ZIP [66213]; own-occupation requires fine visual work at close range.',
    'Treatment: chemodenervation of the facial nerve muscles ({64612}) each quarter, with {95874}; also {64615} for migraine.',
    'Attending physician (neurology) says vision is impaired 7–10 days after each injection.',
  ].join('\n'),
});

// ── 34. Claimant correspondence log, table (decoy only) ──
const correspondence = table({
  id: 's95-corr',
  kind: 's95-claimant-correspondence-log-grid',
  caption: 'Correspondence log — outbound and inbound',
  headers: ['Date', 'Dir', 'Document', 'Doc ID', 'Pages'],
  rows: [
    ['06/14/2024', 'Out', 'Claim acknowledgement', 'DOC-[40506]', '2'],
    ['07/02/2024', 'In', 'Claimant statement', 'DOC-[40563]', '6'],
    ['07/02/2024', 'In', 'Authorization (HIPAA)', 'DOC-[40564]', '1'],
    ['09/03/2024', 'Out', 'Approval letter', 'DOC-[41177]', '4'],
    ['12/10/2024', 'In', 'Change of address (Elmo MO [64445])', 'DOC-[42930]', '1'],
    ['02/18/2025', 'Out', 'IME appointment notice', 'DOC-[43801]', '3'],
    ['05/20/2025', 'Out', 'Check reissue notice', 'DOC-[44120]', '1'],
  ],
});

// ── 35. Employer plan summary, text layer (decoy only) ──
const planSummary = lines({
  id: 's95-plan',
  kind: 's95-employer-plan-summary-text',
  before: 'Prairie Fold Logistics — Group Long-Term Disability — Plan Summary',
  text: [
    'Policyholder: Prairie Fold Logistics, Inc.   Group policy GLT-[64612]   Effective 01/01/2021',
    'Eligible class 2: full-time hourly supervisors working 30+ hours; employer group no. [10752]',
    'Benefit: 60% of monthly earnings to a maximum of $6,000; elimination period 90 days',
    'Maximum benefit period: to SSNRA; own-occupation period 24 months',
    'Plan administrator: Heartland Mutual Life, PO Box [64714], Kansas City, MO [64141]',
    'ERISA plan number 503; employer EIN ending 0418; plan year ends 12/31',
    'Claims phone 800-555-0166; fax 816-555-0178; regional office ZIP [66211]',
  ].join('\n'),
});

// ── 36. APS request fax cover, text layer (decoy only) ──
const faxCover = lines({
  id: 's95-fax',
  kind: 's95-aps-request-fax-cover-text',
  before: 'FAX — Heartland Mutual Life — Disability Claims',
  text: [
    'To: Anita Roshan, MD   Fax: 816-555-0142   From: R. Quinlan, ext 4471',
    'Re: claimant Haskell, claim [20846]; please complete the enclosed APS (4 pages)',
    'Return by fax 816-555-0178 or mail to PO Box [64714], Kansas City, MO [64141]',
    'Completion fee up to $50: invoice us with your tax ID; our vendor no. for your office is [60513]',
    'Pages: 5 including cover   Fax job [70211]',
  ].join('\n'),
});

// ── 37. IME report header block, text layer (decoy only) ──
const imeHeader = lines({
  id: 's95-imehead',
  kind: 's95-ime-report-header-block-text',
  before: 'INDEPENDENT MEDICAL EXAMINATION REPORT',
  text: [
    'Examinee: Dwayne K. Haskell   Claim no.: [20846]   Exam ID: [30719]',
    'Date of injury: 03/11/2024   Date of exam: 04/08/2025   Place: St. Joseph, MO [64506]',
    'Referral source: Heartland Mutual Life, disability claims, PO Box [64714], Kansas City, MO [64141]',
    'Examiner: Gregory Feld, MD, board certified PM&R; MO license R-[41873]',
    'Chaperone present: yes (M. Ortiz, MA, employee no. [20375])',
  ].join('\n'),
});

// ── 38. Functional capacity evaluation summary, text layer ──
const fce = lines({
  id: 's95-fce',
  kind: 's95-functional-capacity-evaluation-summary-text',
  before: 'Functional Capacity Evaluation — summary page',
  text: [
    'Referral: IME addendum; authorization [87340]; billed as {97750} x 8 units (15 minutes each).',
    'Evaluator: K. Ames, PT, DPT; Kaw Valley PT, Overland Park, KS [66210]',
    'Lift floor to waist 25 lb occasionally; carry 20 lb; sit 45 min and stand 20 min at a time.',
    'Consistency of effort: 44 of 50 validity criteria met; heart-rate response appropriate.',
    'Overall: sedentary–light; not consistent with his prior medium work after {64712} and {64714}.',
    'Report ID [91204]; 22 pages; copy to the attending physician.',
  ].join('\n'),
});

// ── 39. LTD claim decision letter, text layer ──
const decision = lines({
  id: 's95-decision',
  kind: 's95-ltd-claim-decision-letter-text',
  before: 'Heartland Mutual Life — Claim decision',
  text: [
    'Re: Claim [20846]; group policy GLT-[64612]; employee of Prairie Fold Logistics',
    'We reviewed the attending physician statements, the operative reports of 07/09/2024 ({64712}) and 10/22/2024 ({64714}), the IME of 04/08/2025 (exam [30719]) and the FCE.',
    'Your benefit continues through the own-occupation period, which ends 06/09/2026.',
    'The injection of 03/20/2025 (CPT {64445}) does not change this decision.',
    'To appeal, write within 180 days to the Appeals Unit, PO Box [64714], Kansas City, MO [64141], or fax 816-555-0179.',
    'Please quote appeal reference [38205].',
  ].join('\n'),
});

// ── 40. SSDI advocacy referral tracker, table (decoy only) ──
const ssdiTracker = table({
  id: 's95-ssdi',
  kind: 's95-ssdi-advocacy-referral-tracker-grid',
  caption: 'SSDI advocacy referrals — vendor status',
  headers: ['Claim', 'Referral #', 'Stage', 'SSA field office ZIP', 'Vendor file'],
  rows: [
    ['[20846]', '[78215]', 'Application filed', '[64506]', '[13052]'],
    ['[51244]', '[78216]', 'Intake', '[66212]', '[13053]'],
    ['[19577]', '[78219]', 'Reconsideration', '[64106]', '[13061]'],
    ['[22460]', '[78224]', 'ALJ hearing set', '[66101]', '[13070]'],
  ],
});

// ── 41. Group health plan lien itemization (WC crossover), table ──
const lien = table({
  id: 's95-lien',
  kind: 's95-group-health-lien-itemization-grid',
  caption: 'Group health plan — itemization of claims paid (for the workers’ comp lien)',
  headers: ['Claim', 'DOS', 'Procedure', 'Paid', 'Lien line'],
  rows: [
    ['[82731]', '12/03/2024', '{64632}', '402.18', '1'],
    ['[82744]', '01/15/2025', '{64612}', '611.00', '2'],
    ['[82745]', '01/15/2025', '{95874}', '98.40', '3'],
    ['[83906]', '03/18/2025', '{64632}', '402.18', '4'],
    ['[84115]', '03/20/2025', '{64445} RT', '198.22', '5'],
  ],
});

export const sealed95: Snippet[] = [
  ...claimFile,
  ...employerStatement,
  ...aps,
  ...apsTreatment,
  ...chronology,
  ...recordsNarrative,
  ...recordsCsv,
  ...imeHistory,
  ...imeRecords,
  ...imeOpinions,
  ...imeAddendum,
  ...imeConfirm,
  ...imeQueue,
  ...imeInvoice,
  ...vocational,
  ...laborMarket,
  ...adjusterNotes,
  ...diary,
  ...nurseReview,
  ...fileReview,
  ...benefitCalc,
  ...benefitLetter,
  ...payments,
  ...eor,
  ...billSummary,
  ...x12,
  ...urDetermination,
  ...dispute,
  ...claimJson,
  ...referralXml,
  ...ledger,
  ...aps2,
  ...transition,
  ...correspondence,
  ...planSummary,
  ...faxCover,
  ...imeHeader,
  ...fce,
  ...decision,
  ...ssdiTracker,
  ...lien,
];
