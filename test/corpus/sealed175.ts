import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 175 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s175-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64447, 64615, 64702, 64713, 64718, 64721, 95886, 95910, 97110, 97140, 99024, 29881, 27447,
 * 63030). Codes typed by the employee or her supervisor in an email, a portal reason field or a chat are labelled as
 * codes too: a coder reading them still reads a CPT code. About a third of the decoys are numbers of the synthetic
 * 10,000-code set (KNOWN_10K) used as ZIPs (worksite, clinic, home, vendor, insurer), the vendor's client id, the STD
 * policy/group number, leave plan ids, a job description number, a fitness-for-duty form number, fax confirmation
 * and fax job numbers, a help-desk ticket, an HR business-process event id, a PT referral number, an examiner
 * extension, the insurer's PO box, an EFT number, a duration-guideline topic id, a pay rate code, an employee
 * number, a pay advice number, a CSV/JSON version or batch number, EHR encounter numbers, a surgery authorization
 * reference, intermittent episode numbers and a report id. The five known codes' digits come back as decoys: the
 * clinic forms desk's request numbers (64712, quoted in emails, a fax and a receipt), a fax cover reference and an
 * insurer's records-request reference (64445), the absence vendor's PO box (64445), an intake reference and a
 * stool's asset tag (64714), a cost center on the form and the timecard's labour transfer and an HR mailstop (64612),
 * a payroll department number and a clinic form reference (64632).
 *
 * Family: employee leave and return-to-work around a worker's peripheral-nerve surgery. A (fictional) warehouse
 * order selector at Tallgrass Distribution Co. (Lithopolis, Ohio) has a right sciatic neurolysis at Olentangy Nerve
 * & Pain Specialists (Columbus), with facial chemodenervation and later plantar neuroma injections as intermittent
 * leave; Clearpath Absence Management administers FMLA, Buckeye Mutual Life pays short-term disability. Pages: the
 * WH-380-E (employer section, provider Part A, Part B amount of leave, recertification), the WH-381 eligibility and
 * WH-382 designation notices, the clinic forms desk (work queue, fee receipt, SmartText template library, fax
 * cover, patient portal thread, procedure history tab, itemized statement, surgery posting confirmation, work
 * status note), emails between HR, the employee and the forms desk, the HR portal (leave request, balances, search
 * results, absence analytics dashboard), the vendor's claim header, case notes, intermittent episode log, daily
 * pipe-delimited leave feed and leave API JSON, the STD employee statement, attending physician statement, claimant
 * status page, payment history, intake XML, duration-guideline lookup and records-request letter, the fitness-for-
 * duty certification, the ADA request, medical inquiry, interactive-process notes and approval letter, the
 * timecard, absence exception report, pay statement and STD payroll integration CSV, and an HR–supervisor chat.
 * Built on real public layouts: DOL forms WH-380-E, WH-381 and WH-382 (section and item numbering), Sedgwick- and
 * Matrix-style absence claim notes and employer portal claim summaries, Workday leave-of-absence business-process
 * pages and time-off balance grids, UKG/Kronos timecards (pay code, amount, transfer), ADP earnings statements,
 * Unum/Lincoln-style STD claim forms (employee statement, attending physician statement) and claimant portals,
 * MDGuidelines-style duration tables (minimum/optimum/maximum days by job class), JAN's sample medical inquiry form
 * and accommodation approval letters, Epic-style work queues and SmartText lists. The others are written the way
 * those pages read, with no single source.
 *
 * 346 labelled tokens over 44 shapes: 137 codes (113 of them the five known codes), 209 decoys, 77 of the decoys in
 * KNOWN_10K (17 of them the five known codes' digits).
 */

// ── 1. WH-380-E Section I (employer part), PDF text layer ──
const wh380Employer = lines({
  id: 's175-wh380emp',
  kind: 's175-wh380e-section1-employer-text',
  before:
    'Certification of Health Care Provider for Employee’s Serious Health Condition under the FMLA (Form WH-380-E)',
  text: [
    'U.S. Department of Labor   Wage and Hour Division   OMB Control Number: 1235-0003   Expires: 6/30/2029',
    'SECTION I: For Completion by the EMPLOYER',
    'Employer name and contact: Tallgrass Distribution Co., Leave Administration, 1200 Ebright Rd, Lithopolis, OH [43136]',
    'Employee’s job title: Order Selector II (Dept. 4410, cost center [64612])   Regular work schedule: 4x10, Sun–Wed',
    'Employee’s essential job functions: lift/carry cases to 50 lb; stand/walk 10 hrs; operate pallet jack (see JD [31062])',
    'Check if job description is attached: [X]   Return by: 03/27/2027   Clearpath case LV-27-[18842]',
  ].join('\n'),
});

// ── 2. WH-380-E Section III (provider part), PDF text layer filled by the clinic forms desk ──
const wh380Provider = lines({
  id: 's175-wh380prov',
  kind: 's175-wh380e-section3-provider-text',
  before: 'SECTION III: For Completion by the HEALTH CARE PROVIDER — PART A: MEDICAL INFORMATION',
  text: [
    'Provider’s name and business address: Aaron Belisle, MD, Olentangy Nerve & Pain Specialists, 2850 Morse Rd, Columbus, OH [43224]',
    'Type of practice / Medical specialty: Peripheral nerve surgery   Telephone: (614) 555-0178   Fax: (614) 555-0190',
    '(1) Approximate date condition commenced: 11/2026   Condition will last: 4–6 months',
    'Overnight stay: No — outpatient surgery 04/14/2027, open neurolysis R sciatic nerve (CPT {64712}); possible',
    'lumbar plexus neurolysis {64714} if compression found proximally. Diagnostic R sciatic block {64445} done 02/18/2027.',
    'Referred to other provider(s): Physical therapy ({97110}/{97140}) 2x/wk x 6 wks post-op — Lithopolis Rehab, referral no. [60266]',
    'Separate condition: L hemifacial spasm, chemodenervation {64612} every 12 weeks in clinic (flare-ups / appts below).',
  ].join('\n'),
});

// ── 3. WH-380-E Part B: amount of leave, text layer (the decoy is the form's own codes) ──
const wh380PartB = lines({
  id: 's175-wh380b',
  kind: 's175-wh380e-partb-amount-of-leave-text',
  before: 'PART B: AMOUNT OF LEAVE NEEDED',
  text: [
    '(5) Continuous incapacity: 04/14/2027 through 06/08/2027 (surgery {64712} + recovery; RTW with restrictions after)',
    '(6) Follow-up treatment appointments: post-op 04/28, 05/19; chemodenervation {64612} visits 05/05, 07/28, 10/20/2027',
    '    Each {64612} visit: 1 day (facial weakness / eyelid droop afternoon of injection). Each PT visit: 2 hrs.',
    '(7) Reduced schedule: N/A   (8) Flare-ups: 1 per 3 months, 1–2 days per episode',
    'Signature of Health Care Provider: /s/ A. Belisle MD   Date: 03/22/2027   Forms desk batch [20714]',
  ].join('\n'),
});

// ── 4. WH-380-E recertification for the intermittent facial injections, text layer ──
const wh380Recert = lines({
  id: 's175-recert',
  kind: 's175-wh380e-recertification-intermittent-text',
  before: 'RECERTIFICATION — Intermittent leave, condition 2 of 2 (Form WH-380-E, second page attached)',
  text: [
    'Employee: Renee Kowalczyk   Emp ID [52108]   Clearpath case LV-27-[18843] (intermittent)',
    'Treatment since last certification: chemodenervation of L facial nerve muscles, CPT {64612}, on 05/05/2027',
    'and 07/28/2027 (J0585, 50 units). Next scheduled {64612}: 10/20/2027. Frequency unchanged.',
    'Also new: L foot interdigital (Morton’s) neuroma, neurolytic injection {64632} x 3, 3–4 wks apart, starting 09/2027;',
    '1 day off per {64632} injection (no weight bearing on L forefoot, cannot perform standing job that day).',
    'Certification period 08/01/2027 – 01/31/2028   Clinic ref FD-[64632]',
  ].join('\n'),
});

// ── 5. Clinic forms desk request queue (EHR work queue grid) ──
const formsQueue = table({
  id: 's175-fdqueue',
  kind: 's175-clinic-forms-desk-work-queue-grid',
  caption: 'Forms & Disability Desk — Open requests (Olentangy Nerve & Pain) — filter: Belisle, A.',
  headers: ['Req #', 'Patient', 'Form', 'Procedure on file', 'Received', 'Due', 'Fee', 'Status'],
  rows: [
    [
      '[64712]',
      'KOWALCZYK, RENEE',
      'FMLA WH-380-E',
      '{64712} R sciatic neurolysis',
      '03/15',
      '03/27',
      '$25 paid',
      'Signed',
    ],
    [
      '[64731]',
      'KOWALCZYK, RENEE',
      'STD APS (Buckeye Mutual)',
      '{64712}, {64714} (poss.)',
      '04/02',
      '04/16',
      '$25 paid',
      'Faxed',
    ],
    ['[64739]', 'KOWALCZYK, RENEE', 'ADA medical inquiry', '{64712}', '06/01', '06/08', 'no fee', 'In review'],
    [
      '[64744]',
      'PRUITT, DESMOND',
      'FMLA WH-380-F (family)',
      '{64445} / {64447}',
      '06/03',
      '06/17',
      '$25 due',
      'Needs MD',
    ],
    ['[64750]', 'OYELARAN, TOBI', 'Work status note', '{64632}', '06/04', '06/06', 'no fee', 'Signed'],
    ['[64755]', 'KOWALCZYK, RENEE', 'WH-380-E recert', '{64612}', '07/30', '08/13', '$25 paid', 'Open'],
    ['[64761]', 'STAUB, CARL', 'STD APS (Lincoln)', '{64714}', '07/31', '08/14', '$25 due', 'Open'],
    ['[64768]', 'NGUYEN, HOA', 'FMLA WH-380-E', '{64615}, {64612}', '08/02', '08/16', '$25 paid', 'Needs MD'],
    ['[64770]', 'BRANDT, ELISE', 'Work status note', '{64721}-RT', '08/02', '08/03', 'no fee', 'Signed'],
  ],
});

// ── 6. Forms fee receipt, text layer ──
const formsReceipt = lines({
  id: 's175-fdreceipt',
  kind: 's175-forms-fee-receipt-text',
  before: 'OLENTANGY NERVE & PAIN SPECIALISTS — PAYMENT RECEIPT',
  text: [
    'Receipt no. [30417]   Date 03/15/2027 09:42   Cashier: MJT   Terminal [20145]',
    'Patient: Kowalczyk, Renee   Acct [88231]   Guarantor: self',
    'Item: FORMS-FMLA  Completion of FMLA/disability paperwork (not billable to insurance)   $25.00',
    'Paid: VISA ****4418   Auth [06377]   Request #[64712]   Balance on account: $0.00',
    'Note: form completion fee is separate from your surgery charges ({64712}); those will be billed to Anthem.',
  ].join('\n'),
});

// ── 7. Email: HR leave specialist to the clinic forms desk ──
const emailHrToClinic = lines({
  id: 's175-emailhr',
  kind: 's175-email-hr-to-clinic-forms-desk-text',
  before:
    'From: Lena Marchetti <lmarchetti@tallgrassdist.com>  To: forms@olentangynerve.com  Subject: RE: Kowalczyk FMLA – incomplete',
  text: [
    'Hi — the WH-380-E for Renee Kowalczyk (EE [52108]) came back with Part B, item 6 blank for the second condition.',
    'Our vendor (Clearpath, case LV-27-[18842]) cannot designate the facial injection days without a frequency.',
    'Part A lists CPT {64712} and “possible {64714}” for the surgery, which is fine — we don’t need the codes, just',
    'dates and duration. Can Dr. Belisle add how often the {64612} visits happen and days off per visit?',
    'Please fax to Clearpath at 866-555-0144 (not to us), cover sheet ref [64445]. Thank you,',
    'Lena Marchetti, HR Leave Specialist | Tallgrass Distribution Co. | ext. [41207]',
  ].join('\n'),
});

// ── 8. Email: forms desk reply, quoted thread ──
const emailClinicReply = lines({
  id: 's175-emailfd',
  kind: 's175-email-forms-desk-reply-thread-text',
  before:
    'From: Forms Desk <forms@olentangynerve.com>  To: Lena Marchetti  Subject: RE: RE: Kowalczyk FMLA – incomplete',
  text: [
    'Lena, corrected page faxed to Clearpath 03/24 14:10 (confirmation [70394]). Item 6 now reads:',
    '> chemodenervation {64612} every 12 weeks; 1 day off per visit; next 05/05/2027',
    'FYI the surgery may be coded {64712} alone or {64712} + {64714} depending on what Dr. Belisle finds;',
    'the STD company will ask for the op note after 04/14. Our request # for this one is [64712], please quote it.',
    'Forms & Disability Desk | Olentangy Nerve & Pain Specialists | 2850 Morse Rd, Columbus OH [43224]',
    'CONFIDENTIALITY: This message may contain PHI. Ticket [60119] auto-closed on reply.',
  ].join('\n'),
});

// ── 9. Fax cover sheet from clinic to the absence vendor ──
const faxCover = lines({
  id: 's175-fax',
  kind: 's175-fax-cover-sheet-text',
  before: 'FAX — OLENTANGY NERVE & PAIN SPECIALISTS',
  text: [
    'To: Clearpath Absence Management — Intake   Fax: 866-555-0144   From: Forms Desk   Pages: 5 (incl. cover)',
    'Re: Kowalczyk, Renee  DOB 08/1983   Clearpath claim LV-27-[18842]   Employer: Tallgrass Distribution (client [10221])',
    'Enclosed: WH-380-E corrected p.3; op scheduling confirmation ({64712}, {64714} add-on per findings)',
    'Prior visits documented: {64445} 02/18/2027, {64612} 02/25/2027 (see item 6)',
    'Our request #[64712]   Fax job [43291]   Sent 03/24/2027 14:10 EDT',
  ].join('\n'),
});

// ── 10. Employer HR portal: leave request summary (Workday-style) ──
const portalRequest = lines({
  id: 's175-portalreq',
  kind: 's175-hr-portal-leave-request-summary-text',
  before: 'Tallgrass People Hub › Time Off and Leave › My Leave Requests › Leave of Absence',
  text: [
    'Leave Request LOA-[31552]   Status: Successfully Completed   Initiated by: Renee Kowalczyk (E[52108])',
    'Leave Type: FMLA Continuous + Short-Term Disability   First Day of Leave 04/14/2027   Est. Last Day 06/08/2027',
    'Reason (employee entered): surgery on my right leg sciatic nerve (doctor says code {64712}) and recovery',
    'Location: DC-07 Lithopolis   Supervisor: Gabe Lindqvist   Position P-[20611] Order Selector II',
    'Business Process: Request Leave of Absence for Worker   Event ID [77415]   Attachments: 0 (medical goes to vendor)',
  ].join('\n'),
});

// ── 11. HR portal: leave balances grid ──
const portalBalances = table({
  id: 's175-balances',
  kind: 's175-hr-portal-leave-balance-grid',
  caption: 'Time Off Balances as of 06/12/2027 — Renee Kowalczyk (E52108)',
  headers: ['Plan', 'Unit', 'Beginning', 'Accrued', 'Taken', 'Balance', 'Plan ID'],
  rows: [
    ['FMLA – Rolling 12 mo (backward)', 'Hours', '480.00', '0.00', '322.00', '158.00', 'TOP-[10432]'],
    ['PTO – Hourly DC', 'Hours', '96.00', '45.60', '40.00', '101.60', 'TOP-[10440]'],
    ['Ohio Sick (state)', 'Hours', '24.00', '0.00', '24.00', '0.00', 'TOP-[10447]'],
    ['STD – Buckeye Mutual', 'Weeks', '26', '—', '7.0', '19.0', 'BEN-[27145]'],
  ],
});

// ── 12. Absence vendor case notes log (Sedgwick-style diary) ──
const caseNotes = table({
  id: 's175-notes',
  kind: 's175-absence-vendor-case-notes-grid',
  caption: 'Clearpath Absence — Claim LV-27-18842 — Notes (newest last)',
  headers: ['Date', 'User', 'Type', 'Note'],
  rows: [
    [
      '03/16/2027',
      'jtorres',
      'INTAKE',
      'EE called, cont. leave for surgery 4/14, ICD G57.01. Cert packet sent, ref [64714].',
    ],
    [
      '03/24/2027',
      'jtorres',
      'MED',
      'Cert rec’d from Dr Belisle. Proc {64712} R sciatic neurolysis, poss {64714}. Est RTW 6/9. Approved cont.',
    ],
    ['03/24/2027', 'jtorres', 'MED', 'Intermittent cond 2: {64612} q12wk, 1 day/visit. Approved 3/24–9/23.'],
    [
      '04/16/2027',
      'mnakamura',
      'STD',
      'Op note rec’d: {64712} only, no plexus work ({64714} not done). Duration 8 wks ok.',
    ],
    ['05/05/2027', 'mnakamura', 'INT', 'EE reported 1 day absence, chemodenervation appt. Episode [40917] approved.'],
    [
      '04/21/2027',
      'mnakamura',
      'STD',
      'Duration guideline for {64712} heavy job: opt 42 d, max 84 d. Cert thru 6/8 within max.',
    ],
    [
      '05/19/2027',
      'mnakamura',
      'MED',
      'Post-op visit note: PT {97110}/{97140} ongoing, no further surgery planned, {64714} off table.',
    ],
    [
      '07/30/2027',
      'jtorres',
      'RECERT',
      'Recert rec’d: {64612} q12wk unchanged; new {64632} x3 series from 9/2027. Freq 1 day each.',
    ],
    [
      '06/02/2027',
      'mnakamura',
      'RTW',
      'Work status rec’d: RTW 6/9 w/ restrictions. Referred to ADA team, case AC-[33150].',
    ],
  ],
});

// ── 13. Absence vendor claim summary header card ──
const claimHeader = lines({
  id: 's175-claimhdr',
  kind: 's175-absence-vendor-claim-header-card-text',
  before: 'Clearpath Absence Management — Employer Portal — Claim Summary',
  text: [
    'Claim LV-27-[18842]   Employee: KOWALCZYK, RENEE   Employee #[52108]   Client: Tallgrass Distribution ([10221])',
    'Coverage: FMLA (Fed) | Ohio – none | STD (Buckeye Mutual, policy [60242])   Work State: OH   Work ZIP [43136]',
    'Leave: Continuous 04/14/2027–06/08/2027   Decision: Approved   Hours used: 322.00 of 480.00',
    'Examiner: M. Nakamura x[61038]   Related: LV-27-[18843] (intermittent), AC-[33150] (accommodation)',
  ].join('\n'),
});

// ── 14. Designation notice (WH-382) text layer ──
const designation = lines({
  id: 's175-wh382',
  kind: 's175-wh382-designation-notice-text',
  before: 'Designation Notice (Family and Medical Leave Act) — U.S. Department of Labor Form WH-382',
  text: [
    'To: Renee Kowalczyk, 417 Walnut St, Carroll, OH [43112]   Date: 03/25/2027   Ref: LV-27-[18842]',
    'We have reviewed your request for leave under the FMLA and any supporting documentation that you have provided.',
    'We received your most recent information on 03/24/2027 and decided: Your FMLA leave request is approved.',
    'The certification lists surgery (open neurolysis, CPT {64712}) and recovery 04/14/2027–06/08/2027,',
    'and intermittent leave for facial-nerve injections ({64612}) of about 1 day every 12 weeks.',
    'Fitness-for-duty: you must provide a certification of ability to return to work (form FFD-[12389]).',
  ].join('\n'),
});

// ── 15. Notice of Eligibility and Rights (WH-381) text layer — decoy heavy ──
const eligibility = lines({
  id: 's175-wh381',
  kind: 's175-wh381-eligibility-notice-text',
  before: 'Notice of Eligibility and Rights & Responsibilities (Family and Medical Leave Act) — Form WH-381',
  text: [
    'Part A – Notice of Eligibility. On 03/15/2027, you informed us that you needed leave beginning on 04/14/2027 for:',
    '[X] Your own serious health condition. You are eligible for FMLA leave: 1,250 hours in the past 12 months (2,031).',
    'Worksite: DC-07, 1200 Ebright Rd, Lithopolis OH [43136] — 50+ employees within 75 miles.',
    'Return your certification to: Clearpath Absence, PO Box [64445], Schaumburg, IL [60173] or fax 866-555-0144',
    'Notice no. [22457]   Mailed 03/16/2027',
  ].join('\n'),
});

// ── 16. STD claim form, employee statement, text layer ──
const stdEmployee = lines({
  id: 's175-stdee',
  kind: 's175-std-claim-employee-statement-text',
  before: 'Buckeye Mutual Life — Short-Term Disability Claim — Part I: Employee Statement',
  text: [
    'Policy/Group number: [60242]   Division/Class: 02 Hourly   Employer: Tallgrass Distribution Co.',
    'Employee: Renee A. Kowalczyk   Address: 417 Walnut St, Carroll, OH [43112]   Employee ID: [52108]',
    'Describe how your disability occurred: Not work related. Nerve pain in right leg, surgery on sciatic nerve.',
    'Date last worked: 04/13/2027   Date of surgery: 04/14/2027   Weekly earnings: $1,012.40   Hours/wk: 40',
    'Procedure (if known, from your doctor): {64712} “neuroplasty” (see doctor’s statement)',
  ].join('\n'),
});

// ── 17. STD attending physician statement (APS), text layer ──
const stdAps = lines({
  id: 's175-aps',
  kind: 's175-std-attending-physician-statement-text',
  before: 'Buckeye Mutual Life — Attending Physician Statement (APS) — Part III',
  text: [
    'Primary diagnosis (ICD-10): G57.01 Lesion of sciatic nerve, right lower limb   Secondary: G51.3 Clonic hemifacial spasm',
    'Procedure(s) — CPT/HCPCS: {64712}  Date: 04/14/2027  Place: ASC   Second procedure: {64714} ☐ performed ☒ not performed',
    'Prior treatment: R sciatic nerve block {64445} 02/18/2027 (diagnostic, 80% relief 6 hrs); EMG/NCS {95886}, {95910} 01/2027',
    'Restrictions: no lifting > 20 lb, sit/stand at will, no ladders, through 07/31/2027.   Expected RTW full duty: 08/02/2027',
    'Planned: L foot {64632} series (3 injections) 09–11/2027, 1 day off each; {64612} every 12 wks ongoing.',
    'Physician license OH [35096]   Tax ID ending 4471   Forms desk request [64731]',
  ].join('\n'),
});

// ── 18. Insurer claimant portal, STD claim status ──
const stdStatus = lines({
  id: 's175-stdstatus',
  kind: 's175-std-insurer-claim-status-page-text',
  before: 'My Buckeye Mutual › Claims › Short-Term Disability',
  text: [
    'Claim STD-27-[40318]   Status: Approved through 06/08/2027   Benefit: $607.44/wk (60% of $1,012.40)',
    'Elimination period: 7 days (04/14–04/20)   Benefits begin 04/21/2027   Case manager ext. [30781]',
    'Medical received: APS 04/15 (procedure {64712}), op note 04/16, work status 06/01',
    'Not covered under this claim: intermittent days for {64612} (under 7-day elimination) — see your FMLA vendor',
    'Next review: 06/08/2027   Payment method: direct deposit ****2276   Mailing: PO Box [70212], New Orleans, LA [70130]',
  ].join('\n'),
});

// ── 19. STD benefit payment history (EOB-like grid) ──
const stdPayments = table({
  id: 's175-stdpay',
  kind: 's175-std-benefit-payment-history-grid',
  caption: 'Benefit Payments — Claim STD-27-40318',
  headers: ['Check/EFT #', 'Period', 'Gross', 'FICA', 'Fed W/H', 'Net', 'Issued'],
  rows: [
    ['EFT [81154]', '04/21–04/27', '607.44', '46.47', '60.74', '500.23', '04/30/2027'],
    ['EFT [81672]', '04/28–05/11', '1214.88', '92.94', '121.49', '1000.45', '05/14/2027'],
    ['EFT [82203]', '05/12–05/25', '1214.88', '92.94', '121.49', '1000.45', '05/28/2027'],
    ['EFT [82790]', '05/26–06/08', '1214.88', '92.94', '121.49', '1000.45', '06/11/2027'],
  ],
});

// ── 20. Disability duration guideline lookup (MDGuidelines-style) used by the STD examiner ──
const durations = table({
  id: 's175-duration',
  kind: 's175-disability-duration-guideline-lookup-grid',
  caption: 'Duration Guidelines — search: sciatic nerve — Job class: Heavy (lift 50–100 lb)',
  headers: ['Procedure', 'CPT', 'Minimum', 'Optimum', 'Maximum', 'Topic ID'],
  rows: [
    ['Neuroplasty, sciatic nerve', '{64712}', '28', '42', '84', '[20611]'],
    ['Neuroplasty, lumbar plexus', '{64714}', '35', '56', '91', '[20612]'],
    ['Neuroplasty, brachial plexus', '{64713}', '28', '56', '84', '[20613]'],
    ['Nerve block, sciatic', '{64445}', '0', '1', '3', '[20640]'],
    ['Chemodenervation, facial nerve', '{64612}', '0', '1', '2', '[20655]'],
    ['Neurolysis, plantar digital nerve', '{64632}', '0', '2', '7', '[20661]'],
    ['Neuroplasty, ulnar nerve at elbow', '{64718}', '21', '35', '70', '[20668]'],
    ['Neuroplasty, median nerve at carpal tunnel', '{64721}', '14', '28', '56', '[20671]'],
    ['Neuroplasty, digital nerve', '{64702}', '7', '14', '28', '[20674]'],
    ['Nerve block, femoral', '{64447}', '0', '1', '3', '[20683]'],
    ['Chemodenervation, migraine (facial, trigeminal, cervical)', '{64615}', '0', '0', '1', '[20687]'],
  ],
});

// ── 21. Work status note (return to work with restrictions), text layer ──
const workStatus = lines({
  id: 's175-workstatus',
  kind: 's175-clinic-work-status-note-text',
  before: 'OLENTANGY NERVE & PAIN SPECIALISTS — WORK / SCHOOL STATUS',
  text: [
    'Patient: Renee Kowalczyk   Seen: 06/01/2027   MRN [88231]   Employer: Tallgrass Distribution',
    'Status: May return to work 06/09/2027 with the restrictions below (post-op {64712}, R sciatic neurolysis 04/14).',
    'No lifting > 20 lb; sit/stand option every 30 min; no pallet jack riding > 2 hrs/shift; 8-hr shifts max.',
    'Restrictions through 07/31/2027; full duty expected 08/02/2027. Off work 1 day after each {64612} injection.',
    'Dr. Aaron Belisle   NPI 1588 402 211   Note ID [47101]',
  ].join('\n'),
});

// ── 22. Fitness-for-duty certification (employer form) ──
const ffd = lines({
  id: 's175-ffd',
  kind: 's175-fitness-for-duty-certification-text',
  before: 'Tallgrass Distribution Co. — Fitness-for-Duty Certification (form FFD-12389, rev. 01/2026)',
  text: [
    'The employee’s leave was for: ☒ surgery  ☐ illness  ☐ injury.  Procedure(s): {64712} (R sciatic nerve)',
    'Can the employee perform the essential functions listed in JD [31062]? ☐ Yes  ☒ Yes, with restrictions  ☐ No',
    'Essential function 3 (lift 50 lb from floor): unable until 08/02/2027. Functions 1, 2, 4–7: able.',
    'Provider: A. Belisle MD  Date 06/01/2027   Return to HR Leave, 1200 Ebright Rd, Lithopolis OH [43136]',
  ].join('\n'),
});

// ── 23. ADA accommodation request, employee form ──
const adaRequest = lines({
  id: 's175-adareq',
  kind: 's175-ada-accommodation-request-employee-form-text',
  before: 'Request for Reasonable Accommodation (Employee) — Tallgrass Distribution Co. HR-ADA-1',
  text: [
    'Name: Renee Kowalczyk   Employee ID: [52108]   Dept: 4410   Shift: B (4x10)   Date: 06/02/2027',
    'Accommodation requested: temporary light duty or stool at pack-out station; 8-hr shifts until cleared',
    'Reason: recovering from nerve surgery on my leg; doctor’s note attached (work status note ID [47101])',
    'Also: one day off every 3 months for face injections (already on FMLA, case [18843])',
    'HR use: AC-[33150]  received 06/02/2027 by L. Marchetti',
  ].join('\n'),
});

// ── 24. ADA medical inquiry form completed by the provider (JAN-style questions) ──
const adaMedical = lines({
  id: 's175-adamed',
  kind: 's175-ada-medical-inquiry-provider-form-text',
  before: 'Medical Inquiry in Response to an Accommodation Request — to be completed by the health care provider',
  text: [
    '1. Does the employee have a physical or mental impairment? Yes — R sciatic neuropathy, s/p neurolysis ({64712}) 04/14/2027',
    '2. Which major life activities are limited? Lifting, standing for prolonged periods, walking distances.',
    '3. How does the impairment limit the job functions? Cannot lift above 20 lb or stand > 30 min without rest.',
    '4. Expected duration: temporary, through 07/31/2027. If symptoms recur, re-evaluate; possible {64445} block or {64714}.',
    '5. Suggested accommodations: sit/stand station, 8-hr shifts, no floor-level lifts. Ref AC-[33150] / req #[64739]',
  ].join('\n'),
});

// ── 25. Accommodation approval letter ──
const adaLetter = lines({
  id: 's175-adaletter',
  kind: 's175-ada-accommodation-approval-letter-text',
  before: 'Tallgrass Distribution Co. · Human Resources · 1200 Ebright Rd · Lithopolis, OH 43136',
  text: [
    'June 7, 2027   Ms. Renee Kowalczyk, 417 Walnut St, Carroll, OH [43112]   Re: Accommodation request AC-[33150]',
    'Dear Ms. Kowalczyk: Thank you for meeting with us on June 4 as part of the interactive process.',
    'Based on the information from Dr. Belisle, we are approving the following temporary accommodations',
    'from 06/09/2027 through 07/31/2027: (1) assignment to pack-out station 12 with sit/stand stool (asset tag [64714]);',
    '(2) 8-hour shifts Sun–Thu; (3) no floor-level lifts over 20 lb. We will check in on 07/15/2027.',
    'Sincerely, Lena Marchetti, HR Leave & Accommodations | cc: G. Lindqvist (supervisor) | file [27145]',
  ].join('\n'),
});

// ── 26. Interactive process meeting notes (HR case management) ──
const ipNotes = lines({
  id: 's175-ipnotes',
  kind: 's175-ada-interactive-process-meeting-notes-text',
  before:
    'Interactive Process Meeting — AC-33150 — 06/04/2027 10:00 — Attendees: R. Kowalczyk, L. Marchetti, G. Lindqvist',
  text: [
    '- RK explained restrictions from 6/1 note. Surgery was sciatic nerve release (op note says {64712}).',
    '- GL: pack-out stn 12 can take a stool; selector role cannot avoid 50 lb cases. Light-duty pool has 2 openings.',
    '- Discussed: shift change to 8 hrs reduces weekly hrs 40 → 40 (5x8), no pay impact. Pay rate code [10466] stays.',
    '- Injection days for {64612} remain FMLA intermittent under LV-27-[18843]; not an accommodation item.',
    '- Foot injections ({64632}) planned fall 2027 — RK to request separately if standing restrictions follow.',
    '- Next: approval letter by 6/7; follow-up 7/15. Meeting room B-[20145] badge log attached.',
  ].join('\n'),
});

// ── 27. Timekeeping: employee timecard (UKG-style) ──
const timecard = table({
  id: 's175-timecard',
  kind: 's175-timekeeping-timecard-grid',
  caption: 'Timecard — Kowalczyk, Renee (52108) — Pay period 05/02/2027–05/15/2027',
  headers: ['Date', 'Pay Code', 'Amount', 'Schedule', 'Comment', 'Transfer'],
  rows: [
    ['Sun 5/02', 'FMLA-STD (unpaid)', '10.00', '06:00–16:30', 'LV-27-[18842]', '4410/[64612]'],
    ['Wed 5/05', 'FMLA-INT', '10.00', '06:00–16:30', 'Ep. [40917] appt {64612}', '4410/[64612]'],
    ['Sun 5/09', 'FMLA-STD (unpaid)', '10.00', '06:00–16:30', 'LV-27-[18842]', '4410/[64612]'],
    ['Tue 5/11', 'PTO', '4.00', '06:00–16:30', 'top-up to 100% (req [31552])', '4410/[64612]'],
  ],
});

// ── 28. Timekeeping: accrual / absence exception report ──
const absenceReport = table({
  id: 's175-absrpt',
  kind: 's175-timekeeping-absence-exception-report-grid',
  caption: 'DC-07 Absence Exceptions — week ending 09/25/2027 — Leave-protected codes only',
  headers: ['Emp #', 'Name', 'Date', 'Code', 'Hrs', 'Vendor ref', 'Reason note'],
  rows: [
    ['[52108]', 'Kowalczyk, R', '09/22', 'FMLA-INT', '10.0', '[18843]-E4', 'foot injection ({64632} #1)'],
    ['[52266]', 'Banerjee, S', '09/22', 'FMLA-INT', '5.0', '[19017]-E2', 'child appt'],
    ['[52108]', 'Kowalczyk, R', '09/23', 'PTO', '10.0', '', 'not FMLA per vendor (2nd day)'],
    ['[53011]', 'Ochoa, L', '09/24', 'FMLA-CONT', '10.0', '[19230]', 'bonding leave'],
    ['[52417]', 'Haddad, M', '09/24', 'FMLA-INT', '10.0', '[19288]-E1', 'nerve block ({64445}) — per EE'],
  ],
});

// ── 29. Payroll pay statement (ADP-style), text layer ──
const payStub = lines({
  id: 's175-paystub',
  kind: 's175-payroll-pay-statement-text',
  before: 'Earnings Statement — Tallgrass Distribution Co. — Company Code TGD / File # 052108',
  text: [
    'Period Beginning 05/16/2027  Period Ending 05/29/2027  Pay Date 06/04/2027  Advice no. [10499]',
    'Renee A Kowalczyk, 417 Walnut St, Carroll OH [43112]   Dept [64632]   Rate 25.3100',
    'Earnings: Regular 0.00 | PTO 8.00 hrs 202.48 | STD offset (info) 1214.88 | Gross this period 202.48',
    'YTD Gross [15870].22 | YTD STD (3rd party, W-2 box 12 J?) 4252.08 | Medical pre-tax 86.14',
    'Deductions: Fed 0.00  OH 4.05  Columbus-Lithopolis JEDD 2.02  Medical 86.14  Dental 9.20   Net Pay 86.95',
  ].join('\n'),
});

// ── 30. Payroll STD integration CSV shown on screen ──
const stdCsv = lines({
  id: 's175-stdcsv',
  kind: 's175-payroll-std-integration-csv-text',
  before: 'Preview: buckeye_std_payroll_feed_20270611.csv (first 6 rows)',
  text: [
    'policy,emp_id,claim_no,period_start,period_end,gross,fica_ss,fica_med,fed_wh,state,zip',
    '[60242],[52108],STD-27-[40318],2027-05-26,2027-06-08,1214.88,75.32,17.62,121.49,OH,[43112]',
    '[60242],[52266],STD-27-[40455],2027-05-26,2027-06-08,880.20,54.57,12.76,88.02,OH,[43105]',
    '[60242],[53377],STD-27-[40601],2027-05-26,2027-06-08,1102.56,68.36,15.99,110.26,OH,[43143]',
    '# totals: 3 rows, gross 3197.64, control [11360]',
  ].join('\n'),
});

// ── 31. Absence vendor → employer daily eligibility / leave feed (pipe-delimited) ──
const leaveFeed = lines({
  id: 's175-leavefeed',
  kind: 's175-absence-vendor-daily-leave-feed-pipe-text',
  before: 'SFTP /outbound/tallgrass/CPABS_LEAVE_20270610.txt — viewed in Notepad++',
  text: [
    'HDR|CLEARPATH|[10221]|20270610|LEAVEFEED|V3',
    'DTL|[52108]|LV-27-[18842]|CONT|20270414|20270608|APPR|MED-SELF|322.00|RTW|20270609',
    'DTL|[52108]|LV-27-[18843]|INT|20270324|20270923|APPR|MED-SELF|10.00|OPEN|',
    'DTL|[52266]|LV-27-[19017]|INT|20270501|20271031|APPR|FAM-CHILD|15.00|OPEN|',
    'TRL|3|[00347]',
  ].join('\n'),
});

// ── 32. Absence vendor leave API JSON (shown in the employer's integration console) ──
const leaveJson = lines({
  id: 's175-leavejson',
  kind: 's175-absence-vendor-leave-api-json-text',
  before: 'GET /v2/clients/10221/leaves/LV-27-18842 — 200 OK',
  text: [
    '{ "leaveId": "LV-27-[18842]", "clientId": "[10221]", "employeeNumber": "[52108]",',
    '  "workLocation": { "site": "DC-07", "postalCode": "[43136]" },',
    '  "reason": "EMPLOYEE_OWN_HEALTH", "medicalProvided": true, "procedureCodes": ["{64712}"],',
    '  "plannedProcedureCodes": ["{64712}", "{64714}"], "intermittentLinked": "LV-27-[18843]",',
    '  "hoursApproved": 480.0, "hoursUsed": 322.0, "examinerExt": "[61038]", "version": [70027] }',
  ].join('\n'),
});

// ── 33. STD claim intake XML (ACORD-like) shown in the insurer's integration log ──
const stdXml = lines({
  id: 's175-stdxml',
  kind: 's175-std-claim-intake-xml-text',
  before: 'Intake message 2027-04-15T10:22:09Z — source: Clearpath bridge — payload (pretty-printed)',
  text: [
    '<DisabilityClaim policyNumber="[60242]" claimNumber="STD-27-[40318]" employeeId="[52108]">',
    '  <Claimant postalCode="[43112]" state="OH"/>',
    '  <Diagnosis code="G57.01" system="ICD10CM"/>',
    '  <Procedure code="{64712}" system="CPT" date="2027-04-14"/>',
    '  <Procedure code="{64714}" system="CPT" status="planned-not-confirmed"/>',
    '  <Source vendorCase="LV-27-[18842]" batch="[31044]"/>',
    '</DisabilityClaim>',
  ].join('\n'),
});

// ── 34. Clinic EHR patient chart: procedure history tab (forms desk reads it to fill the forms) ──
const procHistory = table({
  id: 's175-prochist',
  kind: 's175-ehr-procedure-history-tab-grid',
  caption: 'Kowalczyk, Renee — MRN 88231 — Procedure History',
  headers: ['Date', 'Procedure', 'Code', 'Side', 'Provider', 'Encounter'],
  rows: [
    ['01/21/2027', 'EMG, 1 extremity w/ paraspinals', '{95886}', 'R', 'Hsu', '[71140]'],
    ['01/21/2027', 'Nerve conduction, 5–6 studies', '{95910}', 'R', 'Hsu', '[71140]'],
    ['02/18/2027', 'Sciatic nerve block, single injection', '{64445}', 'R', 'Belisle', '[72215]'],
    ['02/25/2027', 'Chemodenervation, facial nerve, unilateral', '{64612}', 'L', 'Belisle', '[72377]'],
    ['04/14/2027', 'Neuroplasty, major peripheral nerve; sciatic', '{64712}-RT', 'R', 'Belisle', '[73058]'],
    ['05/05/2027', 'Chemodenervation, facial nerve, unilateral', '{64612}-LT', 'L', 'Belisle', '[73490]'],
    ['09/22/2027', 'Destruction, neurolytic, plantar common digital nerve', '{64632}', 'L', 'Belisle', '[75011]'],
    ['10/13/2027', 'Destruction, neurolytic, plantar common digital nerve', '{64632}-LT', 'L', 'Belisle', '[75402]'],
    ['10/20/2027', 'Chemodenervation, facial nerve, unilateral', '{64612}LT', 'L', 'Belisle', '[75519]'],
  ],
});

// ── 35. Surgery scheduling / posting confirmation sent to the forms desk ──
const surgPosting = lines({
  id: 's175-posting',
  kind: 's175-surgery-posting-confirmation-text',
  before: 'SURGERY POSTING CONFIRMATION — Morse Road Surgery Center',
  text: [
    'Case # [24718]   Patient: KOWALCZYK, RENEE   DOS 04/14/2027   Arrive 05:45   OR 3, first case',
    'Procedure 1: {64712} Neuroplasty, sciatic nerve, right   Procedure 2 (possible): {64714} Neuroplasty, lumbar plexus',
    'Anesthesia: general + regional ({64445} by anesthesia, separate)   Est. duration 150 min   Overnight: no',
    'Auth: Anthem ref [43080] covers {64712}, {64714}   Surgery center ZIP [43224]   Posted by: scheduler ext [40771]',
  ].join('\n'),
});

// ── 36. Teams-style chat between HR and the supervisor ──
const chat = lines({
  id: 's175-chat',
  kind: 's175-hr-supervisor-chat-text',
  before: 'Chat — Lena Marchetti, Gabe Lindqvist — Tuesday',
  text: [
    'Gabe Lindqvist 7:02 AM: Renee texted she’s out tomorrow for her face shot again. Do I code it FMLA?',
    'Lena Marchetti 7:05 AM: Yes — FMLA-INT, tell her to call Clearpath (claim [18843]) same day. Don’t ask what it’s for.',
    'Gabe Lindqvist 7:06 AM: ok. also the binder she left has a sheet that says {64612} on it, should I keep that?',
    'Lena Marchetti 7:08 AM: No!! medical stays out of the dept. Put it in an envelope to me, mailstop [64612].',
    'Gabe Lindqvist 7:09 AM: got it. Her badge [20933] still works on pack-out door btw.',
  ].join('\n'),
});

// ── 37. Patient portal message to the clinic (employee asks about forms) ──
const portalMsg = lines({
  id: 's175-ptmsg',
  kind: 's175-patient-portal-message-thread-text',
  before: 'MyOlentangy › Messages › “Forms for my job” — Conversation with Forms & Disability Desk',
  text: [
    'Renee K (05/30 8:14 PM): My job needs a return to work note and an ADA form. They said write the surgery',
    'as “{64712} sciatic nerve release”. Also the disability company wants the op note. Claim STD-27-[40318].',
    'Forms Desk (05/31 9:02 AM): Hi Renee, we’ll do the work status note at your 6/1 visit. The ADA form is',
    'request #[64739]. We sent the op note for {64712} to Buckeye Mutual on 4/16 (fax conf [70059]).',
    'Renee K (05/31 9:30 AM): thank you. HR fax for the ADA one is 614-555-0166 attn: AC-[33150]',
  ].join('\n'),
});

// ── 38. Intermittent leave episode (call-in) log at the vendor ──
const episodeLog = table({
  id: 's175-episodes',
  kind: 's175-intermittent-episode-call-in-log-grid',
  caption: 'Clearpath — LV-27-18843 (intermittent) — Reported Absences',
  headers: ['Episode', 'Absence date', 'Hours', 'Reported', 'Reason given', 'Decision'],
  rows: [
    ['[40917]', '05/05/2027', '10.0', 'IVR 05/04', 'treatment appt ({64612})', 'Approved'],
    ['[41302]', '07/28/2027', '10.0', 'Web 07/26', 'treatment appt ({64612})', 'Approved'],
    ['[41688]', '09/22/2027', '10.0', 'IVR 09/21', 'foot injection ({64632})', 'Approved'],
    ['[41689]', '09/23/2027', '10.0', 'IVR 09/23', 'foot pain', 'Denied – exceeds freq'],
    ['[42057]', '10/13/2027', '10.0', 'IVR 10/12', 'foot injection ({64632}) #2', 'Approved'],
    ['[42210]', '10/20/2027', '10.0', 'Web 10/18', 'treatment appt ({64612})', 'Approved'],
    ['[42633]', '11/03/2027', '10.0', 'IVR 11/02', 'foot injection ({64632}) #3', 'Approved'],
  ],
});

// ── 39. HR portal search results ──
const searchResults = lines({
  id: 's175-search',
  kind: 's175-hr-portal-search-results-text',
  before: 'Tallgrass People Hub — Search: “kowalczyk leave” — 5 results',
  text: [
    'Worker › Renee Kowalczyk (E[52108]) · Order Selector II · DC-07 Lithopolis · Supervisor Gabe Lindqvist',
    'Leave of Absence › LOA-[31552] · FMLA Continuous + STD · 04/14/2027–06/08/2027 · Completed',
    'Accommodation case › AC-[33150] · Temporary restrictions · Closed 08/02/2027',
    'Document › JD-[31062] Order Selector II job description (Warehouse) · updated 01/2026',
    'Task › Return-to-work checklist · event [77415] · due 06/09/2027',
  ].join('\n'),
});

// ── 40. HR absence analytics dashboard tiles ──
const dashboard = lines({
  id: 's175-dash',
  kind: 's175-hr-absence-analytics-dashboard-text',
  before: 'Absence Analytics — Tallgrass Distribution — Q2 2027 — source: Clearpath monthly file',
  text: [
    'Open leaves: 41   New claims Q2: 118   Avg continuous duration: 37.4 days   STD incidence per 1,000: 12.9',
    'Top procedure-related STD claims (from APS coding): {64712} ×2 · {29881} ×4 · {27447} ×3 · {63030} ×3',
    'Cost of lost time Q2: 184230 (est., USD)   Sites: DC-07 [43136] · DC-09 [43162] · HQ [43224]',
    'Intermittent FMLA top reasons: migraine, {64612}/{64615} injections, PT visits, child care — vendor reason code [10512]',
    'Report ID [11390]   Refreshed 07/01/2027 06:00',
  ].join('\n'),
});

// ── 41. STD insurer request for records letter to the clinic (with an itemized bill request) ──
const recordsRequest = lines({
  id: 's175-recreq',
  kind: 's175-std-insurer-records-request-letter-text',
  before: 'Buckeye Mutual Life Insurance Company · Disability Claims · PO Box 70212 · New Orleans, LA 70130',
  text: [
    'April 15, 2027   To: Olentangy Nerve & Pain Specialists, Attn: Medical Records   Fax (614) 555-0190',
    'Re: Renee Kowalczyk   Claim STD-27-[40318]   Policy [60242]   Our ref RR-[64445]',
    'Please send: operative report for DOS 04/14/2027 (procedure billed as CPT {64712} and, if done, {64714});',
    'office notes 01/2027–present including the {64445} injection; any restrictions. An authorization is enclosed.',
    'We will pay a copy fee up to $25.00; invoice to vendor no. [39840]. Response needed by 04/29/2027.',
  ].join('\n'),
});

// ── 42. Clinic itemized statement sent with the STD claim (employee attached it) ──
const itemized = table({
  id: 's175-itemized',
  kind: 's175-clinic-itemized-statement-grid',
  caption: 'Itemized Statement — Acct 88231 — Kowalczyk, Renee — printed 06/01/2027',
  headers: ['DOS', 'CPT/HCPCS', 'Description', 'Charge', 'Ins paid', 'Adj', 'Pt due'],
  rows: [
    ['02/18/2027', '{64445}', 'NERVE BLOCK SCIATIC', '640.00', '212.33', '377.67', '50.00'],
    ['02/25/2027', '{64612}', 'CHEMODENERV FACIAL N UNI', '520.00', '168.92', '301.08', '50.00'],
    ['04/14/2027', '{64712}-RT', 'NEUROPLASTY SCIATIC NERVE', '4850.00', '1322.18', '2927.82', '600.00'],
    ['04/14/2027', '{64714}-RT', 'NEUROPLASTY LUMBAR PLEXUS — VOIDED, NOT PERFORMED', '0.00', '0.00', '0.00', '0.00'],
    ['04/28/2027', '{99024}', 'POSTOP VISIT', '0.00', '0.00', '0.00', '0.00'],
    ['05/05/2027', '{64612}-LT', 'CHEMODENERV FACIAL N UNI', '520.00', '168.92', '301.08', '50.00'],
    ['06/01/2027', 'FORMS', 'FMLA/ADA FORM COMPLETION', '25.00', '0.00', '0.00', '25.00'],
  ],
});

// ── 43. Employee email to HR (plain, phone-typed) ──
const emailEmployee = lines({
  id: 's175-emailee',
  kind: 's175-email-employee-to-hr-text',
  before: 'From: renee.k1983@gmail.com  To: leave@tallgrassdist.com  Subject: my surgery date + forms',
  text: [
    'Hi Lena, surgery is confirmed for April 14. The surgery center sheet says {64712} and maybe {64714}, case # [24718].',
    'Dr B office says they will fax the FMLA to Clearpath. Do I still need to put in the leave in People Hub?',
    'Also my address changed to 417 Walnut St, Carroll OH [43112] (was 88 Elm, Canal Winchester [43110]).',
    'Sent from my iPhone',
  ].join('\n'),
});

// ── 44. Forms desk template library (EHR SmartText list the desk uses to prefill leave forms) ──
const templates = table({
  id: 's175-templates',
  kind: 's175-forms-desk-leave-template-library-grid',
  caption: 'Forms Desk › SmartText templates › Leave & disability — Olentangy Nerve & Pain (12 shown)',
  headers: ['Template', 'Procedure', 'CPT', 'Default incapacity', 'Default restrictions', 'Edited'],
  rows: [
    [
      '.FMLASCIATIC [30588]',
      'Open neurolysis, sciatic',
      '{64712}',
      '6–8 wks (heavy) / 3–4 wks (sedentary)',
      'no lift > 20 lb x 6 wks',
      '01/2027',
    ],
    ['.FMLAPLEXUS [30591]', 'Lumbar plexus neurolysis', '{64714}', '8 wks', 'no lift > 15 lb x 8 wks', '01/2027'],
    ['.FMLABLOCK [30604]', 'Sciatic nerve block', '{64445}', 'day of procedure', 'no driving 24 h', '11/2026'],
    [
      '.FMLAFACE [30617]',
      'Facial chemodenervation',
      '{64612} (uni) / {64612}-50',
      '1 day per visit',
      'none',
      '11/2026',
    ],
    [
      '.FMLANEUROMA [30622]',
      'Plantar digital neurolysis',
      '{64632}',
      '1 day per injection',
      'limited standing 48 h',
      '08/2027',
    ],
    ['.FMLACTS [30635]', 'Carpal tunnel release', '{64721}', '2–6 wks', 'no gripping > 5 lb', '03/2026'],
    ['.FMLAULNAR [30649]', 'Ulnar nerve transposition', '{64718}', '4–8 wks', 'no elbow flexion work', '03/2026'],
  ],
});

export const sealed175: readonly Snippet[] = [
  ...wh380Employer,
  ...wh380Provider,
  ...wh380PartB,
  ...wh380Recert,
  ...formsQueue,
  ...formsReceipt,
  ...emailHrToClinic,
  ...emailClinicReply,
  ...faxCover,
  ...portalRequest,
  ...portalBalances,
  ...caseNotes,
  ...claimHeader,
  ...designation,
  ...eligibility,
  ...stdEmployee,
  ...stdAps,
  ...stdStatus,
  ...stdPayments,
  ...durations,
  ...workStatus,
  ...ffd,
  ...adaRequest,
  ...adaMedical,
  ...adaLetter,
  ...ipNotes,
  ...timecard,
  ...absenceReport,
  ...payStub,
  ...stdCsv,
  ...leaveFeed,
  ...leaveJson,
  ...stdXml,
  ...procHistory,
  ...surgPosting,
  ...chat,
  ...portalMsg,
  ...episodeLog,
  ...searchResults,
  ...dashboard,
  ...recordsRequest,
  ...itemized,
  ...emailEmployee,
  ...templates,
];
