import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 21 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on
 * these snippets. Its page shapes (`kind`, prefixed `s21-`) appear in no other corpus file. Score it once; do not
 * edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Many decoys reuse those digits; about a third of the
 * decoys are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, ids, CDM and ledger numbers, batch
 * and job numbers, amounts in cents and counts. No other five-digit CPT code appears in a coding context.
 *
 * Family: EHR screens, clinical and back-office documents, free text. Shapes follow real public layouts from
 * memory (field and column names; our codes swapped in): the Epic-style Charge Router / charge review work queue
 * columns (Svc Date, Proc, CDM, Rev, Qty, Amt, Error), a hospital UB-style itemized patient statement (Date, Rev
 * Code, Charge Code, Description, CPT/HCPCS, Qty, Amount), the OIG-style compliance audit report layout (sample
 * items, finding, recommendation), the CMS-1500-aligned practice superbill with checkbox rows, a hospital face
 * sheet (account, MRN, guarantor, insurance, scheduled procedure), a commercial payer peer-to-peer offer letter
 * (reference number, reviewer, call window) and a Medicare redetermination request letter (the CMS-20027 fields,
 * i.e. the elements 42 CFR 405.944(b) requires of a written request, as prose: beneficiary, Medicare number,
 * service and date, party; plus the ICN and contractor number MAC forms ask for). The other shapes (chat thread,
 * flash cards, KPI tiles, autocomplete list, meeting minutes, slide text, pasted spreadsheet e-mail, CDM
 * maintenance form, OR schedule board, work-queue e-mail, ticket thread, order requisition, fax cover, op-note
 * footer, block note, mobile charge capture, physician query, day sheet, charge correction form, pre-bill edit
 * report, posting batch, intranet tip, confirmation letter, QA spot check) are written the way those pages read,
 * with no single public source.
 */

// ── Charge review work queue grid (Charge Router style), one cell per text node ──
const chargeRouter: Snippet[] = table({
  id: 's21-chgrtr',
  kind: 's21-charge-router-wq-grid',
  caption: 'WQ 4471 PAIN CLINIC CHARGE REVIEW · 6 sessions',
  headers: ['Svc Date', 'Patient', 'Acct', 'Proc', 'CDM', 'Rev', 'Qty', 'Amt', 'Error'],
  rows: [
    ['11/03/2026', 'OYELARAN, T', '[81540]', '{64712}', '[30374]', '0361', '1', '2,410.00', 'MOD REQ'],
    ['11/03/2026', 'OYELARAN, T', '[81540]', '{64445}', '[30375]', '0361', '1', '1,180.00', ''],
    ['11/04/2026', 'BRISCOE, M', '[40471]', '{64632}', '[30377]', '0361', '2', '1,922.00', 'NCCI'],
    ['11/04/2026', 'BRISCOE, M', '[40471]', '{64612}', '[30380]', '0361', '1', '655.00', ''],
    ['11/05/2026', 'NAKASHIMA, R', '[64714]', '{64714}', '[30379]', '0360', '1', '2,975.00', 'DX MISSING'],
    ['11/05/2026', 'NAKASHIMA, R', '[64714]', 'J1030', '[21619]', '0636', '4', '88.00', ''],
  ],
});

// ── Hospital itemized patient statement, PDF text layer ──
const itemized: Snippet[] = lines({
  id: 's21-itemized',
  kind: 's21-hospital-itemized-statement',
  before: 'ST. BRENDAN REGIONAL MEDICAL CENTER · ITEMIZED STATEMENT OF CHARGES',
  text: [
    'Patient Account: [66245]-0045   Guarantor: DELACROIX, ANNE   Page 1 of 2',
    'Remit to: PO Box [19695], Kansas City, MO [64121]-9688',
    'DATE      REV   CHARGE CODE  DESCRIPTION                         CPT/HCPCS  QTY      AMOUNT',
    '10/21/26  0360  [71215]      NEUROPLASTY SCIATIC NRV OPEN        {64712}    1      3,120.00',
    '10/21/26  0360  [71209]      NEUROLYSIS LUMBAR PLEXUS OPEN       {64714}    1      2,880.00',
    '10/21/26  0370  [54399]      ANESTHESIA TIME PER MIN             ',
    '10/21/26  0361  [71212]      INJ ANES SCIATIC NRV SINGLE         {64445}    1        910.00',
    '10/21/26  0250  [44733]      BUPIVACAINE 0.5% 30ML                          2         46.00',
    '10/21/26  0272  [44327]      TRAY NERVE BLOCK STERILE                       1        112.00',
    'TOTAL CHARGES                                                                    7,068.00',
    'Questions? Call 816-555-0147 option 3. Reference [71949].',
  ].join('\n'),
});

// ── Internal compliance audit report (OIG-report-like layout), exported to text ──
const auditReport: Snippet[] = lines({
  id: 's21-audit',
  kind: 's21-compliance-audit-report',
  before: 'Internal Audit Report IA-2026-118 · Interventional Pain Professional Coding Review',
  text: [
    'Scope: 40 claims sampled from 1,184 paid claims (universe total $[92268] in sample paid dollars).',
    'Audit workpaper reference: WP [33858] / engagement [33852].',
    'FINDING 1. Neuroplasty of the sciatic nerve ({64712}) was billed without documentation of the nerve decompressed in 6 of 40 sample items.',
    'Sample items affected: 03, 11, 17, 22, 29, 36 (claim IDs 26-[08582] and following, see Appendix B).',
    'FINDING 2. {64632} was billed with 2 units for a single plantar nerve in 2 items; {64612} was billed with modifier 50 once without bilateral documentation.',
    'FINDING 3. Modifier 59 appended to {64445} in 4 items where only a single injection was performed.',
    'Error rate: 12 of 40 (30.0%). Net overpayment identified: $[14310] across the sample.',
    'RECOMMENDATION: refund identified overpayments within 60 days (Report of Overpayment ID [54807]); retrain on {64712}–{64714}.',
    'Management response received 11/19/2026 from Cost Center [24809] Director.',
  ].join('\n'),
});

// ── Printed superbill (encounter form) with checkbox rows, OCR of the scanned form ──
const superbill: Snippet[] = lines({
  id: 's21-superbill',
  kind: 's21-printed-superbill-checkboxes',
  before: 'LAKESHORE PAIN & NERVE ASSOCIATES · 2201 W. Granite Ave, Suite 4 · Elmo, MO 64445',
  text: [
    'Tax ID 43-1031478   Group NPI 1558203147   Phone (660) 555-0139   Lockbox [10314]',
    'Patient: ________________  Acct # [26413]  Ins ID ______  Copay $____',
    'NERVE PROCEDURES                           CODE    FEE',
    '☐ Neuroplasty, sciatic nerve, open        {64712}   $1,850',
    '☒ Neuroplasty, lumbar plexus, open        {64714}   $2,100',
    '☐ Destruction, plantar digital nerve       {64632}   $  640',
    '☐ Chemodenervation, facial nerve, unilat  {64612}   $  520',
    '☐ Sciatic nerve block, single              {64445}   $  410',
    'MODIFIERS  ☐ RT  ☐ LT  ☐ 50  ☐ 59',
    'Next appt: ____ wks   Referring: ____________   Form rev. [20519]',
  ].join('\n'),
});

// ── Hospital face sheet print (registration) ──
const faceSheet: Snippet[] = lines({
  id: 's21-facesheet',
  kind: 's21-hospital-face-sheet-print',
  before: 'FACE SHEET — OUTPATIENT SURGERY',
  text: [
    'ACCOUNT NO: [55848]    MRN: [59660]    ADM DATE: 12/02/2026  ADM TIME: 0630',
    'PATIENT: VASQUEZ-ORTIZ, LUCIA   DOB: 03/14/1961   SEX: F',
    'ADDRESS: 418 Sycamore Ct, Harrisonville MO [64701]-3309',
    'GUARANTOR: VASQUEZ-ORTIZ, LUCIA  EMPLOYER: Cass County R-IX  ZIP [64080]',
    'PRIMARY INS: BCBS KC   PLAN CODE [42397]   GROUP [64632]   SUBSCRIBER ID XKC****4712',
    'SECONDARY INS: MEDICARE PART B   MBI 4TQ8-EJ2-MK71',
    'SCHEDULED PROCEDURE: LUMBAR PLEXUS NEUROLYSIS RT (CPT {64714}-RT)   SURGEON: OKAFOR, DANIEL',
    'ANESTHESIA: REGIONAL   ROOM: ASC-3   CASE #: [77866]',
    'AUTH #: PA[28810]   AUTH UNITS: 1   AUTH FOR: {64714}',
  ].join('\n'),
});

// ── Prior-authorization fax cover sheet, typed ──
const faxCover: Snippet[] = lines({
  id: 's21-faxcover',
  kind: 's21-pa-fax-cover-sheet',
  before: 'FAX — CONFIDENTIAL PROTECTED HEALTH INFORMATION',
  text: [
    'TO: Utilization Management, Heartland Select Health     FAX: 1-888-555-0172',
    'FROM: Riverbend Neuro & Pain, Precert desk              FAX: 614-555-0190',
    'DATE: 11/24/2026   PAGES (incl. cover): 14   CASE/REF #: [86091]',
    'RE: Prior authorization request — member ID HSH[64712]-01, DOB 07/30/1958',
    'Requested service(s): CPT {64632} x2 (left and right foot, staged) and {64445}',
    'Dx: G57.61, G57.62   Place of service: 22   Facility NPI 1730592847',
    'Please fax determination to our secure line. Our office Zip code is [43212].',
    'If you received this fax in error, call 614-555-0188 and destroy all 14 pages.',
  ].join('\n'),
});

// ── Coder team chat thread (Teams-like), one message per text node ──
const chat: Snippet[] = [
  {
    id: 's21-chat-1',
    kind: 's21-coder-team-chat',
    before: 'Priya N. 9:02 AM',
    text: 'anyone know if {64712} needs a laterality mod for Aetna? ticket [88925] keeps bouncing',
    after: 'Marcus T. 9:04 AM',
  },
  {
    id: 's21-chat-2',
    kind: 's21-coder-team-chat',
    before: 'Marcus T. 9:04 AM',
    text: 'Aetna wants LT/RT on {64712}, yes. same for {64714}? no, lumbar plexus, {64714} goes without',
    after: 'Priya N. 9:05 AM',
  },
  {
    id: 's21-chat-3',
    kind: 's21-coder-team-chat',
    before: 'Priya N. 9:05 AM',
    text: 'ok fixed, resubmitted batch [60954]. also acct [64445] is a different pt than the one with {64445} on it lol',
    after: 'Marcus T. 9:07 AM',
  },
  {
    id: 's21-chat-4',
    kind: 's21-coder-team-chat',
    before: 'Marcus T. 9:07 AM',
    text: 'haha yeah the account numbers are killing me. {64632} bilateral goes on 2 lines w/ RT + LT, don’t use 50',
    after: 'Dana K. 9:11 AM',
  },
  {
    id: 's21-chat-5',
    kind: 's21-coder-team-chat',
    before: 'Dana K. 9:11 AM',
    text: 'reminder: WQ counts are due by noon. I have 146 left in WQ [31514], Marcus you have 212',
    after: 'Priya N. 9:12 AM',
  },
];

// ── Flash cards (study app), front and back as separate nodes ──
const flashCards: Snippet[] = [
  {
    id: 's21-flash-1f',
    kind: 's21-coding-flash-cards',
    before: 'Deck: Nervous System 64400–64999 · Card 12 of 40',
    text: 'Neuroplasty, major peripheral nerve, open; lumbar plexus',
    after: 'Tap to flip',
  },
  {
    id: 's21-flash-1b',
    kind: 's21-coding-flash-cards',
    before: 'Card 12 of 40 · Back',
    text: '{64714}',
    after: 'Got it · Again',
  },
  {
    id: 's21-flash-2b',
    kind: 's21-coding-flash-cards',
    before: 'Card 13 of 40 · Back',
    text: '{64712} — Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    after: 'Got it · Again',
  },
  {
    id: 's21-flash-3f',
    kind: 's21-coding-flash-cards',
    before: 'Card 14 of 40 · Front',
    text: 'What code reports destruction by neurolytic agent of a plantar common digital nerve? (Hint: not {64612})',
    after: 'Tap to flip',
  },
  {
    id: 's21-flash-3b',
    kind: 's21-coding-flash-cards',
    before: 'Card 14 of 40 · Back',
    text: '{64632}',
    after: 'Got it · Again',
  },
  {
    id: 's21-flash-stats',
    kind: 's21-coding-flash-cards',
    before: 'Session summary',
    text: 'Reviewed 40 cards · streak 9 days · total XP [12693] · deck id [47917]',
  },
];

// ── Revenue cycle KPI dashboard tiles ──
const kpiTiles: Snippet[] = lines({
  id: 's21-kpi',
  kind: 's21-rcm-kpi-dashboard-tiles',
  before: 'Revenue Integrity Dashboard · Pain & Spine · MTD',
  text: [
    'DNFB ACCOUNTS',
    '1,184',
    'DNFB $ (thousands)',
    '[27176]',
    'CLAIMS SUBMITTED',
    '[38180]',
    'TOP DENIED CPT',
    '{64714}  · 41 denials · CO-50',
    '2ND DENIED CPT',
    '{64632}  · 29 denials · CO-97',
    'CHARGE LAG (days)',
    '3.4',
    'WORK RVUs',
    '[10653]',
    'Data as of 12/01/2026 05:00 · refresh job [70659]',
  ].join('\n'),
});

// ── EHR procedure search autocomplete list ──
const autocomplete: Snippet[] = lines({
  id: 's21-autocomp',
  kind: 's21-procedure-autocomplete-list',
  before: 'Add procedure: nerve · Favorites',
  text: [
    '{64445}  INJ ANES SCIATIC NERVE SINGLE      Pref list ★',
    '{64612}  CHEMODENERVATION FACIAL NERVE UNILAT',
    '{64632}  DESTRUCTION PLANTAR COMMON DIGITAL NERVE',
    '{64712}  NEUROPLASTY; SCIATIC NERVE          Pref list ★',
    '{64714}  NEUROPLASTY; LUMBAR PLEXUS          Pref list ★',
    'NERVE CONDUCTION STUDY (REFERRAL ORDER) · order code [71597]',
    'Showing 6 of 23 results for "nerve" · press Enter to search all',
  ].join('\n'),
});

// ── Revenue cycle meeting minutes ──
const minutes: Snippet[] = lines({
  id: 's21-minutes',
  kind: 's21-rev-cycle-meeting-minutes',
  before: 'Minutes — Revenue Integrity Committee, 11/20/2026, Conf Rm 3B / Teams',
  text: [
    'Present: J. Albright (chair), P. Nair, M. Tran, D. Kowalski, S. Idowu. Absent: R. Feld.',
    '1. Approval of prior minutes — approved as circulated (motion Nair, second Tran).',
    '2. Denial trends. Heartland Select denied 37 lines of {64445} for missing laterality; M. Tran to draft an appeal template.',
    '   Denial batch [36605] holds the list; [18436] dollars at risk in total per the report (whole dollars).',
    '3. CDM cleanup. Items [30374] through [30380] will be remapped; the new charge for {64612} bilateral is [30381].',
    '4. Payer mix. Medicare share rose to 44%; average allowed on {64714} down $112 from Q2.',
    '5. Education. Next coding huddle covers {64712} and {64632}; slide deck from S. Idowu.',
    'Action items: Tran — appeal template (due 12/04); Nair — CDM ticket [91829]; Kowalski — pull [52630] remits.',
    'Next meeting: 12/18/2026. Minutes recorded by D. Kowalski.',
  ].join('\n'),
});

// ── Slide deck exported as text (coding huddle) ──
const slides: Snippet[] = lines({
  id: 's21-slides',
  kind: 's21-coding-huddle-slide-text',
  before: 'Coding Huddle Q4 — Nerve Procedures.pptx',
  text: [
    'Slide 3 — Peripheral nerve blocks',
    '• {64445} sciatic, single injection — one unit per session regardless of volume',
    '• Facial chemodenervation: a few payer grids print it as +{64612}, but {64612} is not an add-on; report once per side',
    '• Do NOT report with {64712} by the same surgeon for post-op pain unless requested',
    'Slide 4 — Neurolysis vs neuroplasty',
    '• {64632} destruction, plantar digital (Morton) — per nerve, use RT/LT',
    '• {64712}/{64714} open neuroplasty — check op note for nerve named',
    'Slide 5 — Our numbers',
    '• 1,184 lines reviewed · 312 errors · $[41205] recouped (Q3 total in $)',
    'Slide 6 — Questions? Email coding-ed@stbrendan.org · ext. [44733]',
  ].join('\n'),
});

// ── Spreadsheet pasted into an e-mail (tab-separated text, one line per node) ──
const pastedSheet: Snippet[] = lines({
  id: 's21-pastesheet',
  kind: 's21-spreadsheet-pasted-email',
  before: 'From: Sara Idowu · Subject: Nov under-payments for review · Hi team, pasted below from the variance sheet:',
  text: [
    'Claim#\tDOS\tCPT\tMod\tBilled\tExpected\tPaid\tVariance',
    '[56959]\t11/02/26\t{64714}\tRT\t2975\t1410.22\t1106.40\t-303.82',
    '[56960]\t11/02/26\t{64445}\t\t910\t188.50\t188.50\t0',
    '[57319]\t11/06/26\t{64632}\tLT\t640\t221.10\t0\t-221.10',
    '[57845]\t11/09/26\t{64612}\t\t520\t165.74\t99.44\t-66.30',
    '[58126]\t11/12/26\t{64712}\tRT\t1850\t901.18\t901.18\t0',
    'Total variance -591.22 on 5 claims; contract id [64632]-HSH-2026 applies to all.',
    'Thanks, Sara (ext. 4471)',
  ].join('\n'),
});

// ── CDM line maintenance form (Charge Master maintenance screen) ──
const cdmForm: Snippet[] = [
  {
    id: 's21-cdmform-1',
    kind: 's21-cdm-line-maintenance-form',
    before: 'Charge Code',
    text: '[30381]',
    after: 'Status: Pending approval',
  },
  {
    id: 's21-cdmform-2',
    kind: 's21-cdm-line-maintenance-form',
    before: 'Description',
    text: 'CHEMODENERV FACIAL NRV UNILAT',
    after: 'CPT/HCPCS',
  },
  {
    id: 's21-cdmform-3',
    kind: 's21-cdm-line-maintenance-form',
    before: 'CPT/HCPCS',
    text: '{64612}',
    after: 'Modifier',
  },
  {
    id: 's21-cdmform-4',
    kind: 's21-cdm-line-maintenance-form',
    before: 'Revenue Code',
    text: '0361',
    after: 'GL Account',
  },
  {
    id: 's21-cdmform-5',
    kind: 's21-cdm-line-maintenance-form',
    before: 'GL Account',
    text: '[40032]-4410',
    after: 'Department',
  },
  {
    id: 's21-cdmform-6',
    kind: 's21-cdm-line-maintenance-form',
    before: 'Department',
    text: '[60543] PAIN MGMT PROC',
    after: 'Price',
  },
  {
    id: 's21-cdmform-7',
    kind: 's21-cdm-line-maintenance-form',
    before: 'Price (cents)',
    text: '[52000]',
    after: 'Effective',
  },
  {
    id: 's21-cdmform-8',
    kind: 's21-cdm-line-maintenance-form',
    before: 'Change reason',
    text: 'Replaces [30380]; old line mapped {64612} without bilateral pricing. Requested in ticket [91829].',
    after: 'Submit',
  },
];

// ── OR surgical scheduling board (day view), one cell per node ──
const orBoard: Snippet[] = table({
  id: 's21-orboard',
  kind: 's21-or-day-schedule-board',
  caption: 'ASC Day Schedule · Wed 12/02/2026 · Rooms 1–3',
  headers: ['Time', 'Room', 'Case #', 'Patient', 'Procedure', 'CPT', 'Surgeon', 'Anes', 'Status'],
  rows: [
    [
      '07:30',
      'ASC-1',
      '[77866]',
      'VASQUEZ-ORTIZ, L',
      'LUMBAR PLEXUS NEUROLYSIS RT',
      '{64714}-RT',
      'OKAFOR',
      'REG',
      'Pre-op',
    ],
    ['08:45', 'ASC-1', '[77870]', 'GREER, H', 'SCIATIC NEUROPLASTY LT', '{64712}-LT', 'OKAFOR', 'GEN', 'Booked'],
    ['07:30', 'ASC-2', '[78105]', 'IBARRA, C', 'MORTON NEUROMA ALCOHOL INJ', '{64632}', 'PATEL', 'LOC', 'Checked in'],
    ['09:00', 'ASC-2', '[78106]', 'STROM, E', 'SCIATIC NERVE BLOCK US', '{64445}', 'PATEL', 'GEN', 'Auth pending'],
    ['10:15', 'ASC-3', '[78454]', 'HALE, B', 'BOTOX FACIAL (BLEPHAROSPASM) RT', '{64612}RT', 'LUND', 'NONE', 'Booked'],
  ],
});

// ── Work-queue e-mail notification ──
const wqEmail: Snippet[] = lines({
  id: 's21-wqmail',
  kind: 's21-workqueue-email-notification',
  before: 'From: noreply-hb@stbrendan.org · Subject: [Action required] 7 new items in WQ 4471',
  text: [
    'Hello Priya,',
    'The following items were routed to Charge Review WQ 4471 overnight (job [70659]):',
    '  • Acct [81540] — {64712} — edit: Modifier required (laterality)',
    '  • Acct [40471] — {64632} x2 — edit: MUE exceeded (2 units > 1 per side)',
    '  • Acct [64714] — {64714} — edit: Diagnosis missing',
    '  • Acct [83284] — J1030 — edit: NDC missing',
    'Items older than 3 days escalate to your supervisor. Do not reply to this message.',
    'St. Brendan Regional · 1200 Meyer Blvd, Kansas City, MO [64131]',
  ].join('\n'),
});

// ── Service desk ticket thread (CDM/coding request) ──
const ticket: Snippet[] = lines({
  id: 's21-ticket',
  kind: 's21-service-desk-ticket-thread',
  before: 'RITM0091829 · Request: Charge code change · State: Work in Progress · Assignment group: HB Chargemaster',
  text: [
    'Short description: Add bilateral pricing for CPT {64612} (CDM [30380])',
    'Requested for: Sara Idowu (Revenue Integrity) · Cost center [24809] · Location: KC-Main',
    'Comment (Sara Idowu, 11/21 10:14): Payer pays {64612}-50 at 150%. Our line bills 1 unit. Please clone to a new code.',
    'Comment (Tom Berg, 11/21 15:40): Cloned as [30381]. Effective 12/01. Old code will be inactivated 12/31.',
    'Work note (Tom Berg): CDM batch [48364] loaded to TEST; interface msg ctl id [48365] ACK AA.',
    'Comment (Sara Idowu, 11/22 08:02): Looks good in TEST. Also please check {64445} price — 910 vs 1180 on two lines.',
    'Related: INC[66929] (charge dropped twice for {64714})',
  ].join('\n'),
});

// ── Procedure order requisition print ──
const requisition: Snippet[] = lines({
  id: 's21-requisition',
  kind: 's21-procedure-order-requisition',
  before: 'OUTPATIENT PROCEDURE ORDER — Pain Management',
  text: [
    'Order #: [95288]    Ordered: 11/18/2026 14:22    Priority: Routine',
    'Patient: GREER, HOLLIS   MRN [59189]   DOB 01/09/1975   Phone 816-555-0121',
    'Procedure: Sciatic nerve block, single injection, US-guided   CPT: {64445}   Side: Left',
    'Follow-on: Sciatic neuroplasty if block diagnostic >50% relief — CPT {64712}-LT',
    'Diagnosis: G57.02 Lesion of sciatic nerve, left lower limb',
    'Insurance: Heartland Select PPO · Member HSH-[64445]-77 · Group [42002]',
    'Ordering provider: OKAFOR, DANIEL MD · NPI 1184729305 · Dept [60543]',
    'Signed electronically 11/18/2026 14:25',
  ].join('\n'),
});

// ── Operative note footer with coded summary and transcription data ──
const opFooter: Snippet[] = lines({
  id: 's21-opfooter',
  kind: 's21-op-note-footer-cosign',
  before: 'Estimated blood loss: minimal. Patient tolerated the procedure well and went to PACU in stable condition.',
  text: [
    'PROCEDURE CODES: {64712}-LT; {64445}-LT (post-op pain block at surgeon request, separate anesthesia note)',
    'DIAGNOSIS CODES: G57.02',
    'Electronically signed by: Daniel Okafor, MD 12/02/2026 11:48',
    'Cosigned by: Amara Lund, MD (attending) 12/02/2026 13:05',
    'D: 12/02/2026 10:51  T: 12/02/2026 11:20  Job #: [87684]  Doc ID: [87685]',
    'Transcriptionist: KMW / [62797]',
    'cc: Referring physician, Harrisonville Family Med, Harrisonville MO [64701]',
  ].join('\n'),
});

// ── Commercial payer peer-to-peer offer letter ──
const p2pLetter: Snippet[] = lines({
  id: 's21-p2pletter',
  kind: 's21-peer-to-peer-offer-letter',
  before: 'Heartland Select Health · Utilization Management · PO Box 12834, Topeka, KS',
  text: [
    'November 26, 2026',
    'Riverbend Neuro & Pain, 1100 Olentangy River Rd, Columbus, OH [43212]',
    'RE: Member HSH[64712]-01 · Case [86091] · Requested services: CPT {64632} (x2), {64445}',
    'Dear Dr. Okafor:',
    'We are unable to approve CPT {64632} as requested. The clinical information did not show failure of 3 months of conservative care.',
    'CPT {64445} has been approved for date range 12/01/2026–12/31/2026 under authorization [28811].',
    'You may request a peer-to-peer conversation with our reviewer within 14 days. Call 1-888-555-0171 and give reference number [29534].',
    'Reviewer: Lynn Marsh, DPM, Board Certified Foot & Ankle Surgery.',
  ].join('\n'),
});

// ── Medicare redetermination request letter (CMS-20027 fields written as a letter) ──
const redetLetter: Snippet[] = lines({
  id: 's21-redet',
  kind: 's21-redetermination-request-letter',
  before: 'Lakeshore Pain & Nerve Associates · Elmo, MO 64445',
  text: [
    'Re: Request for Redetermination',
    'Beneficiary: R. Nakashima   MBI: 7JK2-TE4-VP83',
    'Item or service: CPT {64714}, date of service 11/05/2026, ICN 2191406310 line [32731]',
    'Medicare contractor: WPS GHA, J5 Part B, contractor number [05302]',
    'We disagree with the denial of {64714} (CARC 50). The enclosed note documents open decompression of the lumbar plexus.',
    'The denial appears to have applied the frequency edit for {64712}, which was not billed on this claim.',
    'Enclosures: operative report (4 pp), MRI report, denial notice dated 11/19/2026 (control no. [39304]).',
    'Sincerely, Billing Office, PTAN [88503] · phone (660) 555-0139',
  ].join('\n'),
});

// ── CEU quiz with graded answers ──
const quizGraded: Snippet[] = lines({
  id: 's21-quiz',
  kind: 's21-coding-quiz-multiple-choice',
  before: 'CEU Quiz 7 — Nerve Procedures (2.0 CEUs) · Attempt 1',
  text: [
    'Q1. A patient receives an ultrasound-guided single-injection sciatic block for post-op pain. Which code?',
    '  A) {64445}   B) {64612}   C) {64632}   D) {64714}      Your answer: A ✓',
    'Q2. Open neuroplasty of the sciatic nerve is reported with:',
    '  A) {64714}   B) {64712}   C) {64445}   D) {64632}      Your answer: A ✗  Correct: B',
    'Q3. How many units of {64632} are reported for two nerves in the same foot?',
    '  A) 1   B) 2   C) 3   D) 4      Your answer: B ✓   (quiz bank item [85257])',
    'Score: 2/3 (66%). Certificate number [98315] will be issued at 80%.',
  ].join('\n'),
});

// ── Patient portal billing message (patient asks about a charge; statement line quoted) ──
const portalMessage: Snippet[] = lines({
  id: 's21-portalmsg',
  kind: 's21-patient-billing-portal-message',
  before: 'MyHealth Message · Billing question · Account 66245',
  text: [
    'Patient: Hi, my statement shows "NEUROPLASTY ... {64712}" for $3,120 but my insurer EOB says {64714}. Which is right?',
    'Reply from Patient Financial Services: Thank you for reaching out. The charge was reviewed and corrected to {64714}.',
    'A corrected claim was sent on 11/28 (claim [65830]); please allow 30 days. Your account [66245] balance is on hold.',
    'For the line with {64445}, your plan applied the deductible. Reference this conversation as PFS-[67290].',
  ].join('\n'),
});

// ── Regional anesthesia block procedure note (anesthesia record, nurse-charted) ──
const blockNote: Snippet[] = lines({
  id: 's21-blocknote',
  kind: 's21-regional-block-procedure-note',
  before: 'REGIONAL ANESTHESIA PROCEDURE NOTE · Pre-op holding bay 4',
  text: [
    'Block: Sciatic, popliteal approach, single shot   Laterality: Left   Charge: {64445}',
    'Requested by: Dr. Okafor (surgeon) for post-operative analgesia after {64712}-LT',
    'Needle: 22G 80 mm echogenic, lot [31146]   Local: ropivacaine 0.5% 20 mL, lot [27733]',
    'US guidance with image archived (accession [91177]) — guidance not separately billed here',
    'Time-out 07:12 · Block start 07:14 · End 07:21 · Sedation: midazolam 2 mg',
    'Device UDI (01)0088483812043(17)281031 — scanned, catalog no. [12043]',
    'Complications: none. Performed by: A. Lund, MD. Pump ID [40119] not used (single shot).',
  ].join('\n'),
});

// ── Physician mobile charge capture app (rounding list, recent charges) ──
const mobileCharges: Snippet[] = lines({
  id: 's21-mobilecap',
  kind: 's21-mobile-charge-capture-app',
  before: 'Charges · Dr. Patel · Today',
  text: [
    'Bed 4N-12 · GREER, H · FIN [73318]',
    '{64445} Sciatic nerve inj  ·  LT  ·  Submitted ✓',
    'Bed 4N-19 · STROM, E · FIN [73402]',
    '{64714}  Lumbar plexus neurolysis · Draft (needs Dx)',
    'Clinic · IBARRA, C · FIN [73455]',
    '{64632} ×2  Plantar digital neurolysis · RT, LT · Submitted ✓',
    'Clinic · HALE, B · FIN [73460]',
    '{64612}  Chemodenerv facial · 50 · Held: bilateral needs auth',
    'Sync status: 4 charges · last sync 11:42 · device [20871]',
  ].join('\n'),
});

// ── CDI / coding query to physician (in-basket message) ──
const cdiQuery: Snippet[] = lines({
  id: 's21-cdiquery',
  kind: 's21-coding-query-to-physician',
  before: 'In Basket · Coding Query · From: HIM Coding (P. Nair) · To: Okafor, Daniel MD',
  text: [
    'Patient: STROM, E   MRN [59247]   Encounter CSN [60223]   DOS 11/30/2026',
    'Dr. Okafor, the operative note for this case describes release of scar tissue around the lumbar plexus, but the header says "sciatic neuroplasty".',
    'Please clarify which procedure was performed so it can be coded accurately:',
    '  ○ Open neurolysis of the lumbar plexus ({64714})',
    '  ○ Open neuroplasty of the sciatic nerve ({64712})',
    '  ○ Both, separate incisions ({64714} and {64712}-59)',
    '  ○ Other / unable to determine',
    'This query is not intended to lead to any particular answer. Query ID [13379] · Response due in 48 hours.',
  ].join('\n'),
});

// ── End-of-day day sheet report (practice management) ──
const daySheet: Snippet[] = table({
  id: 's21-daysheet',
  kind: 's21-practice-day-sheet-report',
  caption: 'DAY SHEET — PROCEDURE SUMMARY · 11/30/2026 · Location 02 Elmo',
  headers: ['Code', 'Description', 'Count', 'Units', 'Charges', 'Provider'],
  rows: [
    ['{64445}', 'INJ ANES SCIATIC NRV', '7', '7', '2,870.00', 'LUND'],
    ['{64632}', 'DESTR PLANTAR DIG NRV', '5', '8', '5,120.00', 'PATEL'],
    ['{64612}', 'CHEMODENERV FACIAL', '3', '3', '1,560.00', 'LUND'],
    ['{64714}', 'NEUROPLASTY LUMB PLEX', '1', '1', '2,100.00', 'OKAFOR'],
    ['E/M', 'OFFICE VISITS (SEE E/M SUMMARY)', '22', '22', '4,180.00', 'ALL'],
    ['TOTAL', '', '38', '41', '[15830].00', ''],
  ],
});
const daySheetFoot: Snippet[] = lines({
  id: 's21-daysheet-foot',
  kind: 's21-practice-day-sheet-report',
  before: 'TOTAL 38 41 15830.00',
  text: [
    'Payments posted: 9,412.60   Adjustments: -2,207.15   Deposit batch [58813]',
    'A/R change today: +4,206.25 · Patients seen 41 · Report run by jmarsh · job [61706]',
    'Printed 11/30/2026 18:02 · Lakeshore Pain & Nerve · Elmo MO [64445] · page 1/1',
  ].join('\n'),
});

// ── Paper charge correction / late charge form (typed into a scanned PDF) ──
const chargeCorrection: Snippet[] = lines({
  id: 's21-chgcorr',
  kind: 's21-charge-correction-form',
  before: 'CHARGE CORRECTION / LATE CHARGE REQUEST (Form PFS-112)',
  text: [
    'Patient name: NAKASHIMA, R   Account #: [64714]   Date of service: 11/05/2026',
    'Original charge code: [30379]   Original CPT: {64712}   Units: 1',
    'Corrected charge code: [30379]  Corrected CPT: {64714}   Units: 1   Modifier: RT',
    'Reason: op note documents lumbar plexus, not sciatic; coder error.',
    'Late charge to add: CPT {64445}, 1 unit, performed by anesthesia (see block note), CDM [30385]',
    'Requested by: P. Nair, CPC   Approved by: S. Idowu   Entered in batch [93718] on 11/21/2026',
    'Mail original to PFS, 1200 Meyer Blvd, Kansas City MO [64131]; retain copy 7 years.',
  ].join('\n'),
});

// ── Encoder / claim-edit validation report (pre-bill edits, printed) ──
const editReport: Snippet[] = lines({
  id: 's21-editrpt',
  kind: 's21-prebill-edit-validation-report',
  before: 'PRE-BILL EDIT REPORT · Facility 0042 · Run 12/01/2026 04:00 · Edits fired: 9',
  text: [
    'Claim [47713]  Acct [81540]  Line 1  {64712}  EDIT 0040 Laterality modifier required (RT/LT)',
    'Claim [47713]  Acct [81540]  Line 2  {64445}  EDIT 0612 Procedure-to-procedure: {64445} column 2 of {64712}, modifier allowed (1)',
    'Claim [47725]  Acct [40471]  Line 1  {64632}  EDIT 0507 Units 2 exceed MUE of 1 per line; split RT/LT',
    'Claim [47725]  Acct [40471]  Line 3  J1030    EDIT 0081 NDC required',
    'Claim [47731]  Acct [64714]  Line 1  {64714}  EDIT 0022 Principal Dx missing',
    'Claim [47740]  Acct [36217]  Line 2  {64612}  EDIT 0311 Bilateral indicator 1: modifier 50 allowed; verify auth [64612]A',
    'Summary: 5 claims held, $[12877] charges (whole dollars) · 0 released · edit table version [26111]',
  ].join('\n'),
});

// ── Lockbox / payment posting batch summary (back office) ──
const postingBatch: Snippet[] = table({
  id: 's21-postbatch',
  kind: 's21-payment-posting-batch-summary',
  caption: 'Posting batch 58813 · Lockbox 19695 · Deposit date 11/30/2026 · Poster: JMARSH',
  headers: ['Check/EFT #', 'Payer', 'Payer ID', 'Claims', 'Amount', 'Posted to', 'Top CPT'],
  rows: [
    ['EFT [88212]', 'HEARTLAND SELECT', '[48135]', '12', '4,420.16', 'GL [11045]', '{64445}'],
    ['CHK [77341]', 'WPS MEDICARE', '[05302]', '9', '3,118.02', 'GL [11045]', '{64632}'],
    ['EFT [90344]', 'AETNA', '[60054]', '3', '1,874.42', 'GL [11047]', '{64712}'],
  ],
});

// ── Intranet "coding tip of the week" post with comments (free text) ──
const codingTip: Snippet[] = lines({
  id: 's21-codingtip',
  kind: 's21-intranet-coding-tip-post',
  before: 'HIM Intranet › Coding Corner › Tip of the Week #47 · posted by P. Nair · 214 views',
  text: [
    'Morton neuroma injections: {64632} is reported once per nerve injected, not per injection session.',
    'When the podiatrist treats two nerves in the same foot, report {64632} with 2 units only if your payer allows; most of ours want two lines.',
    'Sciatic blocks for post-op pain: report {64445} under the anesthesiologist, never under the surgeon doing {64712}.',
    'Open lumbar plexus release is rare here (3 cases this year) — report {64714} and send the note to second-level review.',
    'Questions? Reply below or open a ticket in queue [25256] (HIM Coding Education).',
    'Comment · M. Tran: For Heartland, the {64632}/{64445} combo needs modifier 59 on the block. Their provider line is 1-888-555-0171, option 4, then extension [16344].',
    'Comment · D. Kowalski: Thanks! Also heads up, Heartland’s payer ID changed to [34617] effective 1/1.',
  ].join('\n'),
});

// ── Patient procedure confirmation letter with estimate (patient-facing, printed) ──
const confirmLetter: Snippet[] = lines({
  id: 's21-confirm',
  kind: 's21-patient-procedure-confirmation-letter',
  before: 'Lakeshore Pain & Nerve Associates · Appointment confirmation',
  text: [
    'Dear Hollis Greer,',
    'Your procedure is scheduled for Wednesday, December 2, 2026 at 8:45 AM at Lakeshore Surgery Center, 401 Depot St, Elmo, MO [64445].',
    'Procedure: sciatic nerve neuroplasty, left (CPT {64712}), with a nerve block for pain control (CPT {64445}).',
    'Confirmation number: [22843]. Please arrive 90 minutes early. Nothing to eat after midnight.',
    'Estimated patient responsibility: $1,240.00 (deductible remaining $1,240; coinsurance 20%). Estimate ID [35029].',
    'Your insurer, Heartland Select (member ID HSH[64445]-77), approved authorization [28811] for {64712}.',
    'To reschedule call (660) 555-0139. Parking is free in Lot 3.',
  ].join('\n'),
});

// ── Coder productivity / audit spot-check sheet pasted into a chat as text grid ──
const spotCheck: Snippet[] = table({
  id: 's21-spotcheck',
  kind: 's21-coder-qa-spot-check-grid',
  caption: 'QA spot check · coder PNAIR · week 48 · 10 of 312 encounters',
  headers: ['Enc #', 'Coder CPT', 'Auditor CPT', 'Agree', 'Points', 'Comment'],
  rows: [
    ['[17113]', '{64712}-LT', '{64712}-LT', 'Y', '0', ''],
    ['[17120]', '{64632} x2', '{64632}-RT, {64632}-LT', 'N', '1', 'split lines by side'],
    ['[17126]', '{64445}', '{64445}', 'Y', '0', 'block by anesthesia'],
    ['[17131]', '{64714}', '{64712}', 'N', '3', 'nerve named in op note is sciatic; see enc [17131] note'],
    ['[17139]', '{64612}', '{64612}', 'Y', '0', ''],
  ],
});

export const sealed21: Snippet[] = [
  ...chargeRouter,
  ...itemized,
  ...auditReport,
  ...superbill,
  ...faceSheet,
  ...faxCover,
  ...chat,
  ...flashCards,
  ...kpiTiles,
  ...autocomplete,
  ...minutes,
  ...slides,
  ...pastedSheet,
  ...cdmForm,
  ...orBoard,
  ...wqEmail,
  ...ticket,
  ...requisition,
  ...opFooter,
  ...p2pLetter,
  ...redetLetter,
  ...quizGraded,
  ...portalMessage,
  ...blockNote,
  ...mobileCharges,
  ...cdiQuery,
  ...daySheet,
  ...daySheetFoot,
  ...chargeCorrection,
  ...editReport,
  ...postingBatch,
  ...codingTip,
  ...confirmLetter,
  ...spotCheck,
];
