import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 43 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s43-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * employee ids, cost centers, GL accounts, ZIPs, visit-type and slot ids, pager numbers, invoice and ticket numbers,
 * wRVU totals and dollar amounts written without a thousands separator. Kansas City, MO ZIPs (641xx, 640xx) sit next to
 * codes throughout. The five known codes' digits come back as decoys: an employee id, a home ZIP (Elmo, MO), a call
 * stipend invoice number, a GL account for call coverage and a ticket number.
 *
 * Family: physician productivity, compensation and medical-staff administration: wRVU productivity reports by CPT,
 * compensation statements and dashboards, MGMA-style benchmark tables and a survey submission form, scheduling
 * templates, slot types and a template build ticket, clinical privileges delineation forms listing procedures by code,
 * OPPE and FPPE reports and case logs, a credentialing case log and reappointment letter, peer review referral,
 * department budgets, volume forecasts and a budget memo, GL and payroll/HR exports (employee ids, cost centers),
 * onboarding form, call schedules, call-pay logs and stipend invoices, productivity disputes by e-mail and the analyst's
 * reply, credit reassignment requests, charge lag reports, locum tenens timesheets, APP split/shared reports, OR block
 * utilisation, FMV memo, a wRVU compliance audit, an employment agreement exhibit and an incentive scorecard.
 * Built on real public layouts: the CMS PFS Relative Value File (PPRRVU: HCPCS, MOD, DESCRIPTION, STATUS CODE, WORK
 * RVU, … GLOB DAYS, MULT PROC, CO SURG), MGMA Provider Compensation and Production survey tables (25th / median / 75th /
 * 90th percentile, compensation per wRVU), Epic-style "Provider Productivity by CPT" and visit-type/slot templates,
 * Joint Commission OPPE/FPPE practice (MS.08.01.01, MS.08.01.03) and the delineation-of-privileges forms hospitals
 * publish (core privileges, requested/approved columns, volume criteria), PeopleSoft-style payroll exports (EMPLID,
 * DEPTID, ERNCD). The others are written the way those pages read, with no single source.
 *
 * 331 labelled tokens over 32 shapes: 141 codes, 190 decoys, 64 of the decoys in KNOWN_10K.
 */

// ── 1. Provider productivity by CPT, monthly wRVU report (Epic-style export), table ──
const prodByCpt = table({
  id: 's43-prodcpt',
  kind: 's43-provider-productivity-by-cpt-report',
  caption:
    'Provider Productivity by CPT — Heartland Physician Partners — Neurosurgery (Dept 4410) — Okonkwo, Chidi MD — Post date 10/01/2025–10/31/2025',
  headers: ['CPT', 'Mod', 'Description', 'Units', 'wRVU/Unit', 'Total wRVU', 'Gross Charges'],
  rows: [
    [
      '{64712}',
      '',
      'NEUROPLASTY MAJOR PERIPHERAL NERVE ARM/LEG OPEN; SCIATIC NERVE',
      '3',
      '8.01',
      '24.03',
      '[12450].00',
    ],
    ['{64714}', '', 'NEUROPLASTY MAJOR PERIPHERAL NERVE ARM/LEG OPEN; LUMBAR PLEXUS', '1', '7.25', '7.25', '4380.00'],
    ['{64714}', '62', 'NEUROPLASTY ... LUMBAR PLEXUS (CO-SURGEON)', '1', '4.53', '4.53', '2737.50'],
    ['{63047}', '', 'LAM FACETECTOMY & FORAMINOTOMY 1 SEGMENT LUMBAR', '6', '15.37', '92.22', '[36840].00'],
    ['{63048}', '', 'LAM FACETECTOMY & FORAMINOTOMY EA ADDL SEGMENT', '4', '3.47', '13.88', '5920.00'],
    ['{64721}', 'RT', 'NEUROPLASTY &/TRANSPOSITION MEDIAN NERVE CARPAL TUNNEL', '2', '4.97', '9.94', '3260.00'],
    ['{99204}', '', 'OFFICE O/P NEW MOD 45 MIN', '14', '2.60', '36.40', '5390.00'],
    ['{99214}', '25', 'OFFICE O/P EST MOD 30 MIN', '41', '1.92', '78.72', '[11685].00'],
    ['{99213}', '', 'OFFICE O/P EST LOW 20 MIN', '27', '1.30', '35.10', '4995.00'],
    ['{99024}', '', 'POSTOP FOLLOW-UP VISIT (GLOBAL, 0 wRVU)', '19', '0.00', '0.00', '0.00'],
    ['Total', '', '', '118', '', '301.07', '[87657].50'],
  ],
});

// ── 2. Quarterly provider compensation statement, key-value panel ──
const compStatement = table({
  id: 's43-compstmt',
  kind: 's43-provider-compensation-statement-panel',
  caption: 'Provider Compensation Statement — Q3 FY2026 (Jul–Sep 2025) — CONFIDENTIAL',
  headers: ['Field', 'Value'],
  rows: [
    ['Provider', 'Chidi Okonkwo, MD — Neurological Surgery'],
    ['Employee ID', '[64712]'],
    ['Cost center', '[61420] Neurosurgery Clinic — Plaza'],
    ['Compensation model', 'Base + productivity (wRVU) + quality withhold 5%'],
    ['wRVUs this quarter', '2,214.67 (credited through posting date 10/10/2025)'],
    ['wRVUs fiscal YTD', '2,214.67 · annualized [10208] (76th pct, MGMA 2025)'],
    ['Productivity threshold', '8,650 wRVUs annual; conversion factor $61.25 per wRVU above threshold'],
    ['Largest procedure contributors', '{63047} (38 units), {64712} (9 units), {64714} (4 units)'],
    ['Quality withhold earned', '$[12500].00 (100% of withhold; HCAHPS provider domain, op-note timeliness)'],
    ['Call stipend (Level I trauma backup)', '23 days × $1,250 = $28,750.00'],
    ['Mailing address', '4800 Main St, Apt 1204, Kansas City, MO [64112]'],
  ],
});

// ── 3. MGMA-style benchmark comparison (CSV pasted into the comp committee deck), table ──
const benchmark = table({
  id: 's43-bench',
  kind: 's43-mgma-style-wrvu-benchmark-table',
  caption:
    'Physician wRVU and compensation benchmarks — MGMA 2025 Provider Compensation and Production (2024 data), all practices',
  headers: [
    'Specialty',
    'Providers',
    '25th %tile wRVU',
    'Median wRVU',
    '75th %tile wRVU',
    '90th %tile wRVU',
    'TCC per wRVU (median)',
  ],
  rows: [
    ['Neurological Surgery', '1104', '7322', '9548', '[12481]', '[16073]', '$85.47'],
    ['Anesthesiology: Pain Management', '912', '6115', '8380', '[10938]', '[14270]', '$74.09'],
    ['Physical Medicine & Rehab', '1387', '4302', '5511', '6965', '8817', '$67.12'],
    ['Neurology', '2760', '3889', '4876', '6210', '7903', '$74.40'],
    ['Orthopedic Surgery: Spine', '845', '7704', '9917', '[12806]', '[15622]', '$83.95'],
    ['Plastic & Reconstructive Surgery', '630', '5240', '6702', '8649', '[11126]', '$81.30'],
  ],
});

// ── 4. Provider compensation dashboard, page text as rendered ──
const compDash = lines({
  id: 's43-dash',
  kind: 's43-compensation-dashboard-text',
  before: 'My Productivity — Provider Dashboard — Heartland Physician Partners',
  text: [
    'Welcome, Dr. Aarav Mehta · Pain Medicine · Employee # [33185] · Cost center [61435]',
    'YTD wRVUs 3,486.2   Target 7,800   Projected annual [10142] (if current pace holds)',
    'This month: 412.8 wRVUs · 96 visits · 71 procedures · Charge lag 2.4 days',
    'Top procedures by wRVU: {64632} (x18), {64445} (x22), {64493} (x31), {62323} (x14)',
    'Payer mix: Medicare 44% · Commercial 39% · Medicaid 11% · Other 6% · Clinic ZIP [64131]',
    'Open items: 3 encounters unsigned; 1 dispute (ticket [44173]) awaiting review.',
  ].join('\n'),
});

// ── 5. Scheduling template slot types (Epic-style visit types), table ──
const slotTypes = table({
  id: 's43-slots',
  kind: 's43-scheduling-slot-type-template',
  caption: 'Pain Management — Lee’s Summit clinic — Template build sheet — Provider: Mehta, A. — effective 01/05/2026',
  headers: ['Visit type ID', 'Slot type', 'Length (min)', 'Expected CPT', 'Color', 'Max / day', 'Notes'],
  rows: [
    ['[10304]', 'NEW PATIENT PAIN', '60', '{99204}, {99205}', 'Blue', '3', 'Auth not required'],
    ['[10314]', 'RETURN PATIENT', '20', '{99213}, {99214}', 'Green', '14', ''],
    ['[10320]', 'PROC – NERVE BLOCK US', '30', '{64445} + {76942}', 'Orange', '6', 'Block room 2'],
    ['[10321]', 'PROC – NEUROLYSIS', '45', '{64632}', 'Red', '4', 'Consent + driver'],
    ['[10342]', 'PROC – FACET RFA', '45', '{64635}, {64636}', 'Red', '4', 'Fluoro suite'],
    ['[10348]', 'BOTOX FACE / HEMIFACIAL', '30', '{64612}, {64615}', 'Purple', '4', 'Drug J0585 buy-and-bill'],
    ['[10353]', 'EMG / NCS', '60', '{95886}, {95910}', 'Gray', '2', 'Tech required'],
    ['[10358]', 'POST-OP GLOBAL', '15', '{99024}', 'White', '8', 'No charge'],
  ],
});

// ── 6. Template build request ticket (IT service desk), text ──
const buildTicket = lines({
  id: 's43-ticket',
  kind: 's43-template-build-request-ticket-text',
  before: 'Service Request — Ambulatory Scheduling — Template Change',
  text: [
    'RITM0041173 · Requested by: Dana Whitfield, Practice Manager (ext. 6-4410) · Priority 3',
    'Department: HPP PAIN LEES SUMMIT (dept ID [10147]) · Location 3900 NE Lakewood Way, Lee’s Summit, MO [64064]',
    'Please add a 45-minute procedure slot for chemical neurolysis ({64632}) on Tue/Thu PM for Dr. Mehta,',
    'and shorten the sciatic block slot to 20 min when billed alone ({64445} without ultrasound).',
    'Link visit type [10321] to the new slot; the old slot id [51630] can be retired.',
    'Facial chemodenervation {64612} stays on Friday AM only. Related ticket: INC-[64612].',
    'Go-live requested 01/05/2026. Approver: Med Dir Pain, cost center [61435].',
  ].join('\n'),
});

// ── 7. Clinical privileges delineation form (core and special privileges), table ──
const privileges = table({
  id: 's43-dop',
  kind: 's43-privileges-delineation-procedure-list',
  caption:
    'Delineation of Clinical Privileges — Neurological Surgery — Special (non-core) privileges. Check Requested; Department Chair marks Recommended.',
  headers: ['Procedure', 'CPT', 'Requested', 'Recommended', 'Volume criterion (24 mo)'],
  rows: [
    ['Open neurolysis / decompression, sciatic nerve', '{64712}', '☑', '☑', '5 cases'],
    ['Open neurolysis, lumbar plexus', '{64714}', '☑', '☑ with FPPE (3 proctored)', '3 cases'],
    ['Neurolytic destruction, peripheral nerve', '{64632}', '☐', '', '10 cases'],
    ['Sciatic nerve block, single injection', '{64445}', '☑', '☑', 'Per anesthesia criteria'],
    ['Chemodenervation, facial nerve muscles', '{64612}', '☐', '', 'Botulinum toxin course + 10 cases'],
    ['Spinal cord stimulator, percutaneous array', '{63650}', '☑', '☑', '10 cases'],
    ['Intrathecal pump implantation', '{62362}', '☑', 'Pending', '5 cases'],
    ['Peripheral nerve stimulator, percutaneous', '{64555}', '☑', '☑', '5 cases'],
    ['Form no. MSO-NS-[30343] · revision 07/2025', '', '', '', ''],
  ],
});

// ── 8. Privileges application cover / instructions, PDF text layer ──
const privCover = lines({
  id: 's43-privcover',
  kind: 's43-privileges-application-cover-text',
  before: 'Medical Staff Office — Application for Clinical Privileges — Instructions',
  text: [
    'Applicant: Okonkwo, Chidi, MD   Applicant ID [57012]   Department: Neurosurgery   Category: Active',
    'Core privileges cover peripheral nerve procedures in CPT range {64702}–{64727}, including {64712} and {64714}.',
    'Percutaneous destruction ({64632}) and chemodenervation ({64612}) are special privileges; see page 3.',
    'Attach a case log of the last 24 months (CPT code, date, facility, role). Redact patient identifiers to 5 digits.',
    'Return to: Medical Staff Office, 4401 Wornall Rd, Kansas City, MO [64111] · fax (816) 555-0148',
    'Application fee $300 (waived for employed physicians, cost center [61420]). Ref. no. MSO-[58027].',
  ].join('\n'),
});

// ── 9. OPPE report, procedural volume section, table ──
const oppeVolume = table({
  id: 's43-oppe',
  kind: 's43-oppe-procedural-volume-table',
  caption:
    'Ongoing Professional Practice Evaluation (OPPE) — Reporting period 04/01/2025–09/30/2025 — Practitioner ID [40718] — Section B: Procedural volume',
  headers: ['CPT', 'Procedure', 'Cases', 'Dept mean', 'Complications', 'Return to OR ≤30d', 'Flag'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic', '7', '3.1', '0', '0', ''],
    ['{64714}', 'Neuroplasty, lumbar plexus', '2', '1.4', '1 (wound)', '1', 'Review'],
    ['{63047}', 'Laminectomy/foraminotomy, lumbar', '41', '28.6', '2', '1', ''],
    ['{22551}', 'ACDF, single level', '19', '17.0', '0', '0', ''],
    ['{63650}', 'SCS lead, percutaneous', '6', '4.2', '0', '0', ''],
    ['{61510}', 'Craniotomy, supratentorial tumor', '4', '5.8', '0', '0', ''],
    ['All', '', '79', '', 'Rate 3.8% (dept 4.1%)', '', 'Meets'],
  ],
});

// ── 10. OPPE summary and decision page, text ──
const oppeSummary = lines({
  id: 's43-oppesum',
  kind: 's43-oppe-summary-decision-text',
  before: 'OPPE — Department Chair Review and Recommendation',
  text: [
    'Practitioner ID [40718] — Okonkwo, Chidi MD — Neurosurgery — review cycle 2025-2 (case file [19802])',
    'Indicators met: mortality index, surgical site infection, H&P timeliness, medical record delinquency (0).',
    'Indicator not met: one return to OR after lumbar plexus neurolysis ({64714}) on 07/22; peer review closed, level 1.',
    'Low volume noted for {64632} and {64612} (0 cases each): privileges for these not exercised, see MS policy [12097].',
    'Recommendation: continue privileges without change. Next OPPE due 04/2026. Chair: K. Brandt, MD.',
  ].join('\n'),
});

// ── 11. FPPE proctoring case log, table ──
const fppeLog = table({
  id: 's43-fppe',
  kind: 's43-fppe-proctored-case-log',
  caption:
    'Focused Professional Practice Evaluation — new privilege: open neurolysis, lumbar plexus — Proctor: K. Brandt, MD — 3 cases required',
  headers: ['Case #', 'Date', 'MRN (last 5)', 'CPT', 'Procedure', 'Proctor method', 'Outcome'],
  rows: [
    ['1', '05/14/2025', 'xxx[40371]', '{64714}', 'Open neurolysis L lumbar plexus', 'Direct observation', 'Acceptable'],
    ['2', '06/30/2025', 'xxx[88261]', '{64714}', 'Open neurolysis R lumbar plexus', 'Direct observation', 'Acceptable'],
    [
      '3',
      '07/22/2025',
      'xxx[27646]',
      '{64714}, {64712}',
      'Lumbar plexus + sciatic neurolysis',
      'Chart review',
      'Returned to OR (hematoma)',
    ],
    ['4', '08/19/2025', 'xxx[53211]', '{64714}', 'Open neurolysis L lumbar plexus', 'Direct observation', 'Acceptable'],
    ['', '', '', '', 'FPPE file no. [20817] — closed 09/02/2025', '', ''],
  ],
});

// ── 12. Department budget: procedure volume forecast FY2027, table ──
const volForecast = table({
  id: 's43-volfc',
  kind: 's43-department-volume-forecast-by-cpt',
  caption: 'FY2027 Budget — Volume forecast by procedure — Cost center [61420] Neurosurgery — Finance draft 2',
  headers: ['CPT', 'Description', 'FY25 actual', 'FY26 projected', 'FY27 budget', 'Growth', 'Net rev / unit'],
  rows: [
    ['{99213}', 'Est pt, low', '[12406]', '[12880]', '[13150]', '2.1%', '$78'],
    ['{99214}', 'Est pt, moderate', '9812', '[10247]', '[10660]', '4.0%', '$112'],
    ['{99204}', 'New pt, moderate', '2214', '2390', '2600', '8.8%', '$161'],
    ['{63047}', 'Lumbar decompression, 1 seg', '486', '512', '540', '5.5%', '$1,284'],
    ['{64712}', 'Sciatic neurolysis', '22', '31', '36', '16.1%', '$842'],
    ['{64714}', 'Lumbar plexus neurolysis', '9', '11', '14', '27.3%', '$760'],
    ['{64445}', 'Sciatic block (anesthesia pain)', '1180', '1225', '1260', '2.9%', '$96'],
    ['Total', '', '[26123]', '[27281]', '[28260]', '3.6%', ''],
  ],
});

// ── 13. Budget variance memo to the chair, e-mail body ──
const budgetMemo = lines({
  id: 's43-budgetmemo',
  kind: 's43-budget-variance-memo-text',
  before: 'RE: Neurosurgery FY26 Q1 variance — for Thursday ops meeting',
  text: [
    'Dr. Brandt — Q1 professional revenue is $[41892] under budget on cost center [61420] (GL [40110], pro fee revenue).',
    'Most of it is volume: {99213}/{99214} visits are 6% short because Dr. Okonkwo had 3 weeks of leave.',
    'Procedures are ahead: sciatic neurolysis {64712} came in at 9 vs 6 budgeted, and {64714} at 4 vs 2.',
    'The pain clinic moved its nerve blocks ({64445}) to the ASC, so facility volume there shows under ASC cost center [61448].',
    'Stipends: call coverage (GL [64632]) ran $[18750] over because of the trauma backup rotation.',
    'I’d forecast FY26 total wRVUs of [28612] for the department (budget 29,100).',
  ].join('\n'),
});

// ── 14. General ledger detail export, cost center Neurosurgery, table ──
const glExport = table({
  id: 's43-gl',
  kind: 's43-general-ledger-cost-center-export',
  caption: 'GL Detail — Business Unit HPP01 — Period 2026-03 (Sep 2025) — Dept [61420]',
  headers: ['Account', 'Account Descr', 'Dept', 'Actual', 'Budget', 'Variance', 'Journal ID'],
  rows: [
    ['[40110]', 'Professional fee revenue', '[61420]', '482316.00', '498000.00', '-[15684].00', 'REV0009417'],
    ['[50100]', 'Physician salaries', '[61420]', '310250.00', '310250.00', '0.00', 'PAY0002211'],
    ['[50140]', 'Physician productivity incentive', '[61420]', '[45210].00', '[38000].00', '-7210.00', 'PAY0002211'],
    ['[64632]', 'Call coverage stipends', '[61420]', '[46500].00', '[27750].00', '-[18750].00', 'AP00081344'],
    ['[60210]', 'Medical directorship fees', '[61420]', '6250.00', '6250.00', '0.00', 'AP00081350'],
    ['[62300]', 'Locum tenens', '[61420]', '[38400].00', '0.00', '-[38400].00', 'AP00081371'],
  ],
});

// ── 15. Payroll register export for providers (PeopleSoft-style), table ──
const payroll = table({
  id: 's43-payroll',
  kind: 's43-provider-payroll-earnings-export',
  caption: 'PAYROLL REGISTER — Pay group PHY (semi-monthly) — Check date 10/31/2025 — Company HPP',
  headers: ['EMPLID', 'Name', 'DEPTID', 'JOBCODE', 'ERNCD', 'Hours', 'Amount'],
  rows: [
    ['[64712]', 'OKONKWO,CHIDI', '[61420]', 'P1010', 'REG', '86.67', '[21333].33'],
    ['[64712]', 'OKONKWO,CHIDI', '[61420]', 'P1010', 'CAL', '', '3750.00'],
    ['[64712]', 'OKONKWO,CHIDI', '[61420]', 'P1010', 'WRV', '', '[12916].55'],
    ['[33185]', 'MEHTA,AARAV', '[61435]', 'P1022', 'REG', '86.67', '[19166].67'],
    ['[33185]', 'MEHTA,AARAV', '[61435]', 'P1022', 'MDR', '', '1041.67'],
    ['[35017]', 'NGUYEN,LINH', '[61435]', 'A2041', 'REG', '86.67', '6458.33'],
    ['[35017]', 'NGUYEN,LINH', '[61435]', 'A2041', 'SSB', '', '850.00'],
    ['[29841]', 'HALVORSEN,ERIK', '[61448]', 'P1031', 'REG', '86.67', '[17708].33'],
  ],
});

// ── 16. New provider onboarding form (HR / medical group), key-value panel ──
const onboarding = table({
  id: 's43-onboard',
  kind: 's43-provider-onboarding-hr-form',
  caption: 'Provider Onboarding Checklist — HR / Medical Group Operations — start date 11/03/2025',
  headers: ['Item', 'Detail'],
  rows: [
    ['Provider', 'Erik Halvorsen, DO — Anesthesiology: Pain Management'],
    ['Employee ID', '[29841]'],
    ['Position number', '[00087]'],
    ['Cost center / Dept', '[61448] — HPP ASC Pain'],
    ['Home address', '118 County Rd K, Elmo, MO [64445]'],
    ['Productivity guarantee', 'Base guarantee 24 months; wRVU credit from first billed encounter'],
    ['Procedures expected in year 1', '{64445}, {64447}, {64483}, {64493}, {64635}'],
    ['Badge / parking', 'Badge [71402] · Garage B'],
    ['EHR template', 'Cloned from Mehta, A. (visit types [10304]–[10358])'],
  ],
});

// ── 17. Call schedule with stipend rates, table ──
const callSched = table({
  id: 's43-call',
  kind: 's43-call-schedule-stipend-grid',
  caption:
    'Neurosurgery / Spine Call — November 2025 — Saint Francis Regional (Level I) — stipend $1,250/24h weekday, $1,750 weekend',
  headers: ['Date', 'Day', 'Primary', 'Pager', 'Backup', 'Stipend', 'Shift code'],
  rows: [
    ['11/01', 'Sat', 'Okonkwo', '[30761]', 'Ruiz', '$1,750', 'NSWE'],
    ['11/02', 'Sun', 'Okonkwo', '[30761]', 'Ruiz', '$1,750', 'NSWE'],
    ['11/03', 'Mon', 'Ruiz', '[30788]', 'Patel', '$1,250', 'NSWD'],
    ['11/04', 'Tue', 'Patel', '[30742]', 'Okonkwo', '$1,250', 'NSWD'],
    ['11/05', 'Wed', 'Halvorsen (pain)', '[31260]', '—', '$0 (not eligible)', 'PAIN'],
    ['11/06', 'Thu', 'Okonkwo', '[30761]', 'Patel', '$1,250', 'NSWD'],
    ['', '', 'Operator: (816) 555-0100, page via [30000] then extension', '', '', '', ''],
  ],
});

// ── 18. Call-coverage stipend invoice from a physician group, PDF text layer ──
const callInvoice = lines({
  id: 's43-callinv',
  kind: 's43-call-coverage-stipend-invoice-text',
  before: 'INVOICE — Professional Call Coverage Services',
  text: [
    'Midwest Neurosurgical Associates, PC · [10550] Quivira Rd, Suite 340, Overland Park, KS [66215]',
    'Invoice No. [64714]    Invoice date 11/05/2025    Terms Net 30',
    'Bill to: Saint Francis Regional Medical Center, Accounts Payable, PO Box 419, Kansas City, MO [64141]',
    'Agreement: Neurosurgery On-Call Coverage Agreement dated 07/01/2024, PO [45012]',
    'October 2025 — 31 call days (9 weekend @ $1,750; 22 weekday @ $1,250) ............ $43,250.00',
    'Less days not covered (10/14 gap, per log) ............ ($1,250.00)',
    'Amount due ............ $42,000.00 · Vendor ID [30338] · Remit ACH only',
  ].join('\n'),
});

// ── 19. Productivity dispute, physician e-mail to comp analyst ──
const disputeMail = lines({
  id: 's43-dispute',
  kind: 's43-productivity-dispute-email-text',
  before: 'Subject: October wRVU report — missing cases',
  text: [
    'Hi Marcus,',
    'My October report is short. The two sciatic neurolysis cases ({64712}) from 10/9 and 10/16 aren’t on it,',
    'and the {64714} on 10/22 shows Dr. Patel as primary with full credit — we were co-surgeons, both billed -62.',
    'The case number for the 10/16 sciatic neurolysis is [44173] if that helps find it.',
    'Also I did the pre-op sciatic block myself on 10/9 ({64445}) because anesthesia was running late.',
    'By my count I’m at 2,627 wRVUs, not 2,214. Can you re-run before the Q3 true-up? — Chidi (emp [64712])',
  ].join('\n'),
});

// ── 20. Compensation analyst's reply, e-mail body ──
const disputeReply = lines({
  id: 's43-reply',
  kind: 's43-productivity-dispute-reply-text',
  before: 'RE: October wRVU report — missing cases',
  text: [
    'Dr. Okonkwo — found them. Case [44173] (10/16) had a charge-entry hold: the op note was unsigned until 11/02,',
    'so the {64712} posted in November and will show on your November report (8.01 wRVU).',
    'The 10/9 case posted fine but under FIN [20486]-3, which routed to the ASC cost center [61448] in error; moving it.',
    'For {64714}-62 on 10/22: Dr. Patel’s claim went out without the modifier; billing will correct and each of you gets 62.5% of 7.25.',
    'The block ({64445}) can’t be credited to you — per policy HPP-[12113] the surgeon’s own block is bundled in the global.',
    'Net: +16.02 and +4.53 wRVUs, and your Q3 true-up uses 2,235.22. Ticket [44173] closed; ext. [47317] if questions.',
  ].join('\n'),
});

// ── 21. PFS Relative Value File excerpt used by comp (PPRRVU layout), table ──
const rvuFile = table({
  id: 's43-pprrvu',
  kind: 's43-pfs-relative-value-file-excerpt',
  caption:
    'PPRRVU26 — National Physician Fee Schedule Relative Value File (January release) — comp plan reference rows',
  headers: [
    'HCPCS',
    'MOD',
    'DESCRIPTION',
    'STATUS CODE',
    'WORK RVU',
    'FACILITY TOTAL',
    'GLOB DAYS',
    'MULT PROC',
    'CO SURG',
  ],
  rows: [
    ['{64445}', '', 'N block inj sciatic sng', 'A', '1.00', '1.62', '000', '2', '0'],
    ['{64612}', '', 'Destroy nerve face muscle', 'A', '1.41', '2.13', '010', '2', '0'],
    ['{64632}', '', 'N block inj common digit', 'A', '1.23', '2.04', '010', '2', '0'],
    ['{64712}', '', 'Revision of sciatic nerve', 'A', '8.01', '14.62', '090', '2', '1'],
    ['{64714}', '', 'Revise low back nerve(s)', 'A', '7.25', '13.70', '090', '2', '1'],
    ['{64999}', '', 'Nervous system surgery', 'C', '0.00', '0.00', 'YYY', '2', '1'],
    ['{99024}', '', 'Postop follow-up visit', 'B', '0.00', '0.00', 'XXX', '9', '9'],
  ],
});

// ── 22. Employment agreement, compensation exhibit, PDF text layer ──
const agreement = lines({
  id: 's43-exhibit',
  kind: 's43-employment-agreement-comp-exhibit-text',
  before: 'EXHIBIT B — COMPENSATION — Physician Employment Agreement',
  text: [
    'B.1 Work RVUs. Physician shall be credited with the work RVU value assigned in the CMS PFS Relative Value File',
    'in effect on the date of service, including for procedures such as {64712}, {64714} and {64632}, without the',
    'multiple-procedure reduction; co-surgery (modifier 62) shall be credited at 62.5% of the full value.',
    'B.2 Threshold. Productivity compensation of $61.25 per wRVU applies above 8,650 wRVUs per contract year.',
    'B.3 Cap. Credited wRVUs above the MGMA 90th percentile for Neurological Surgery ([16073]) are paid at 50%.',
    'B.4 Notices to Physician: Employee No. [64712], 4800 Main St, Apt 1204, Kansas City, MO [64112].',
  ].join('\n'),
});

// ── 23. wRVU credit reassignment request form, key-value panel ──
const reassign = table({
  id: 's43-reassign',
  kind: 's43-wrvu-credit-reassignment-form',
  caption: 'Request to Reassign Productivity Credit — Medical Group Finance — Form PF-[21907]',
  headers: ['Field', 'Entry'],
  rows: [
    ['Requesting provider', 'Linh Nguyen, PA-C (emp [35017])'],
    ['Credit to', 'Aarav Mehta, MD (emp [33185]) — split/shared visit, substantive portion by MD'],
    ['Date of service', '10/14/2025'],
    ['Encounter / FIN', '[20511]-1'],
    ['Billed code(s)', '{99215}-FS; {64445} by MD same day'],
    ['Reason', 'Visit billed under PA NPI in error; MD performed MDM and the block'],
    ['wRVU affected', '2.80 + 1.00'],
    ['Approver', 'Practice administrator · cost center [61435]'],
    ['Tracking no.', 'PFR-[25118]'],
  ],
});

// ── 24. Charge lag / missing charge report by provider, table ──
const chargeLag = table({
  id: 's43-lag',
  kind: 's43-charge-lag-missing-charge-report',
  caption: 'Charge Lag > 7 days — Neurosurgery & Pain — as of 11/07/2025 — report [38060]',
  headers: ['Provider', 'DOS', 'Encounter', 'Location ZIP', 'CPT (expected)', 'Days', 'Hold reason'],
  rows: [
    ['Okonkwo, C', '10/16/2025', '[44173]', '[64132]', '{64712}', '22', 'Op note unsigned'],
    ['Okonkwo, C', '10/28/2025', '[44308]', '[64132]', '{63047}', '10', 'Implant log missing'],
    ['Patel, S', '10/22/2025', '[44219]', '[64132]', '{64714}-62', '16', 'Co-surgeon mod review'],
    ['Mehta, A', '10/27/2025', '[44291]', '[64064]', '{64632}', '11', 'Drug NDC missing'],
    ['Mehta, A', '10/30/2025', '[44337]', '[64064]', '{64612}', '8', 'Muscle list incomplete'],
    ['Halvorsen, E', '11/03/2025', '[44360]', '[64086]', '{64493}, {64494}', '4', 'New provider enrollment'],
  ],
});

// ── 25. Credentialing application: case log for initial appointment, table ──
const caseLog = table({
  id: 's43-caselog',
  kind: 's43-credentialing-case-log-initial-appointment',
  caption: 'Applicant Case Log (last 24 months) — Halvorsen, Erik DO — submitted with initial application',
  headers: ['#', 'Date', 'Facility', 'Patient ID (5)', 'CPT', 'Procedure', 'Role'],
  rows: [
    ['1', '11/02/2023', 'Mercy Hosp. Springfield', '[60431]', '{64445}', 'Sciatic block, US-guided', 'Primary'],
    ['2', '11/30/2023', 'Mercy Hosp. Springfield', '[60695]', '{64447}', 'Femoral block, single', 'Primary'],
    ['3', '01/18/2024', 'Ozarks ASC', '[61207]', '{64632}', 'Plantar digital neurolysis', 'Primary'],
    ['4', '03/07/2024', 'Ozarks ASC', '[61288]', '{64635}', 'Lumbar facet RFA', 'Primary'],
    [
      '5',
      '05/22/2024',
      'Mercy Hosp. Springfield',
      '[62039]',
      '{64612}',
      'Hemifacial spasm chemodenervation',
      'Fellow w/ attending',
    ],
    ['6', '08/13/2024', 'Ozarks ASC', '[62177]', '{62323}', 'Lumbar ESI', 'Primary'],
    ['7', '10/01/2024', 'Mercy Hosp. Springfield', '[62540]', '{63650}', 'SCS trial leads', 'Assistant'],
  ],
});

// ── 26. Reappointment letter from the medical staff office, text ──
const reappoint = lines({
  id: 's43-reappt',
  kind: 's43-reappointment-letter-text',
  before: 'Saint Francis Regional Medical Center — Medical Staff Services',
  text: [
    'November 12, 2025 · 4401 Wornall Rd, Kansas City, MO [64111]',
    'Dear Dr. Mehta: The Board of Trustees approved your reappointment to the Active Staff through 11/30/2027.',
    'Your delineated privileges were renewed as requested, except chemodenervation of facial muscles ({64612}),',
    'which lapsed for lack of volume; you may reapply with a case log showing 10 cases.',
    'Privileges for percutaneous neurolysis {64632} now require FPPE of 3 cases (proctor: Dr. Halvorsen).',
    'Medical staff dues of $250 are billed to cost center [61435]. Practitioner no. [33185]. File [58163].',
  ].join('\n'),
});

// ── 27. Peer review case referral, key-value panel ──
const peerReview = table({
  id: 's43-peer',
  kind: 's43-peer-review-case-referral-panel',
  caption: 'Peer Review Referral — CONFIDENTIAL, protected under RSMo 537.035 — Surgery Peer Review Committee',
  headers: ['Field', 'Entry'],
  rows: [
    ['Referral no.', 'PR-2025-[00873]'],
    ['Practitioner', 'Okonkwo, Chidi MD — Practitioner ID [40718]'],
    ['Patient', 'MRN xxx[27646] · DOS 07/22/2025'],
    ['Procedure(s)', 'Open neurolysis lumbar plexus {64714} with sciatic neurolysis {64712}'],
    ['Trigger', 'Unplanned return to OR within 30 days (hematoma evacuation, {35860}?)'],
    ['Source', 'OPPE indicator / quality nurse'],
    ['Reviewer', 'External — Midwest Neurosurgical Associates, invoice [45012]-R'],
    ['Determination', 'Level 1 — care appropriate; no system issue'],
  ],
});

// ── 28. Locum tenens timesheet / agency invoice detail, table ──
const locum = table({
  id: 's43-locum',
  kind: 's43-locum-tenens-timesheet-detail',
  caption:
    'Locum Tenens Timesheet — Provider: R. Ibsen, MD (Anesthesia Pain) — Agency assignment [72214] — October 2025',
  headers: ['Date', 'Facility', 'Shift', 'Hours', 'Procedures performed (CPT)', 'Agency ref'],
  rows: [
    ['10/06', 'HPP ASC Pain', '07:00–17:00', '10', '{64445} x3, {64447} x2, {64483} x4', 'LT-[77656]'],
    ['10/07', 'HPP ASC Pain', '07:00–17:00', '10', '{64635} x2, {64636} x2, {62323} x5', 'LT-[77657]'],
    ['10/08', 'Lee’s Summit clinic', '08:00–16:30', '8.5', '{99214} x11, {99204} x3', 'LT-[77658]'],
    ['10/09', 'HPP ASC Pain', '07:00–15:00', '8', '{64632} x2, {64445} x1', 'LT-[77659]'],
    ['Total', '', '', '36.5', 'Rate $225/h · mileage 84 mi · facility ZIP [64086]', 'Invoice [92417]'],
  ],
});

// ── 29. APP split/shared and incident-to productivity report, table ──
const appReport = table({
  id: 's43-app',
  kind: 's43-app-split-shared-productivity-report',
  caption: 'APP Productivity — Split/Shared (FS) and Incident-to — Pain Management — Q3 2025',
  headers: ['APP', 'Supervising MD', 'CPT', 'Billed under', 'Visits', 'wRVU to APP', 'wRVU to MD'],
  rows: [
    ['Nguyen, L (emp [35017])', 'Mehta, A', '{99214}', 'MD (FS)', '212', '0.00', '407.04'],
    ['Nguyen, L (emp [35017])', 'Mehta, A', '{99213}', 'APP', '187', '243.10', '0.00'],
    ['Nguyen, L (emp [35017])', 'Mehta, A', '{99204}', 'MD (FS)', '36', '0.00', '93.60'],
    ['Nguyen, L (emp [35017])', 'Halvorsen, E', '{20552}', 'APP', '44', '42.24', '0.00'],
    ['Boateng, K (emp [35044])', 'Mehta, A', '{99214}', 'APP', '301', '577.92', '0.00'],
    ['Boateng, K (emp [35044])', 'Mehta, A', '{99212}', 'APP', '96', '67.20', '0.00'],
  ],
});

// ── 30. OR block utilisation by surgeon, table ──
const orBlock = table({
  id: 's43-orblock',
  kind: 's43-or-block-utilization-by-surgeon',
  caption: 'Perioperative Services — Block Utilization — Sep 2025 — Main OR, rooms 7–9 — Release at 72 h',
  headers: ['Surgeon', 'Block hrs', 'Used hrs', 'Util %', 'Cases', 'Most frequent CPT', 'Room / service code'],
  rows: [
    ['Okonkwo, C', '64', '58.5', '91%', '27', '{63047}', 'OR8 / [30349]'],
    ['Patel, S', '48', '36.0', '75%', '18', '{22551}', 'OR8 / [30349]'],
    ['Ruiz, M', '48', '40.5', '84%', '15', '{63030}', 'OR9 / [30349]'],
    ['Okonkwo, C (periph. nerve)', '8', '7.0', '88%', '4', '{64712}', 'OR7 / [30352]'],
    ['Weiss, H (plastics)', '16', '9.5', '59%', '6', '{64718}', 'OR7 / [30352]'],
  ],
});

// ── 31. MGMA survey submission form, provider row, key-value panel ──
const surveyForm = table({
  id: 's43-survey',
  kind: 's43-mgma-survey-provider-submission-panel',
  caption: 'Provider Compensation and Production Survey — 2025 submission — Provider record 14 of 62',
  headers: ['Question', 'Response'],
  rows: [
    ['Practice ZIP code (first 5)', '[64111]'],
    ['Provider specialty code', '190 Neurological Surgery'],
    ['Survey participant ID', '[52107]'],
    ['FTE', '1.00 clinical'],
    ['Total work RVUs (calendar 2024)', '[10208]'],
    ['Total encounters', '4,119'],
    ['Total professional collections', '$1,212,880'],
    ['Total cash compensation', '$884,102'],
    ['Medical directorship stipend', '$[25000]'],
    ['Procedure mix note', 'Peripheral nerve surgery ({64712}, {64714}) < 5% of wRVUs'],
  ],
});

// ── 32. Productivity / quality incentive scorecard, table ──
const scorecard = table({
  id: 's43-score',
  kind: 's43-provider-incentive-scorecard',
  caption: 'FY2026 Incentive Scorecard — Pain Management — Mehta, Aarav MD — Employee [33185]',
  headers: ['Metric', 'Weight', 'Target', 'Actual', 'Points', 'Payout'],
  rows: [
    ['wRVU productivity (annualized)', '60%', '7,800', '[10142]', '60', '$[18000]'],
    ['Chemical neurolysis repeat within 6 mo ({64632})', '10%', '< 15%', '11%', '10', '$3,000'],
    ['Sciatic block ({64445}) documented US image', '10%', '95%', '98%', '10', '$3,000'],
    ['Patient experience (likelihood to recommend)', '10%', '85th pct', '72nd pct', '5', '$1,500'],
    ['Chart closure ≤ 3 days', '10%', '90%', '93%', '10', '$3,000'],
    ['Total', '100%', '', '', '95', '$[28500]'],
  ],
});

export const sealed43: Snippet[] = [
  ...prodByCpt,
  ...compStatement,
  ...benchmark,
  ...compDash,
  ...slotTypes,
  ...buildTicket,
  ...privileges,
  ...privCover,
  ...oppeVolume,
  ...oppeSummary,
  ...fppeLog,
  ...volForecast,
  ...budgetMemo,
  ...glExport,
  ...payroll,
  ...onboarding,
  ...callSched,
  ...callInvoice,
  ...disputeMail,
  ...disputeReply,
  ...rvuFile,
  ...agreement,
  ...reassign,
  ...chargeLag,
  ...caseLog,
  ...reappoint,
  ...peerReview,
  ...locum,
  ...appReport,
  ...orBlock,
  ...surveyForm,
  ...scorecard,
];
