import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 54 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s54-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes (the
 * timed therapy codes, PT/OT/SLP evaluations, CMT, NCS/EMG, RTM, dry needling, the nerve surgeries behind the
 * referrals) are labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set
 * (KNOWN_10K) used as ZIPs, account, claim, authorization, employee, cost-centre, asset, SKU and flowsheet-row ids.
 * The five known codes' digits come back as decoys: a payroll batch, a cost centre, an employee id, a gym member
 * number, an equipment SKU, a TENS lot, a PO box, a ZIP and a workers'-comp claim suffix.
 *
 * Family: outpatient rehabilitation (physical, occupational and speech therapy, chiropractic) around nerve injury and
 * post-neuroplasty rehab: a PT daily note with its timed-code minutes grid, the 8-minute rule reference, a plan of
 * care certification and its recertification, a KX-modifier threshold tracker and notice, therapy progress-report
 * reminders, a functional outcome report, surgeon referrals and intakes (sciatic and lumbar plexus neurolysis, a
 * sciatic block, Morton's neuroma ablation, facial chemodenervation), a workers'-comp PT authorization and a
 * utilization-review denial, an EMG/nerve-conduction summary sent to therapy, a chiropractic superbill and ledger, a
 * therapy scheduling grid with room and equipment ids, a home-exercise program printout, a TENS/AFO equipment order,
 * a Medicare 835 remit with therapy denials (CO-119, CO-151) and its viewer, an HL7 referral and a JSON referral
 * payload, a MIPS PT measures page, an EHR flowsheet, an RTM log, a clinic timesheet/payroll export, and decoy-only
 * pages (gym/wellness membership, equipment inventory with SKUs, clinic locations with ZIPs).
 * Built on real public layouts: the CMS-700/701 plan of treatment and updated plan fields, the 8-minute rule units
 * table, the Medicare KX threshold notice, CMS-1500 item 24, the X12 835 SVC/CAS segments, HL7 v2 ORM OBR-4, and the
 * MIPS quality measure listings. The others are written the way those pages read, with no single source.
 *
 * 392 labelled tokens over 42 shapes: 170 codes, 222 decoys, 89 of the decoys in KNOWN_10K.
 */

// ── 1. PT daily note, timed-code minutes grid ──
const dailyGrid = table({
  id: 's54-daily',
  kind: 's54-pt-daily-note-timed-minutes-grid',
  caption: 'Daily Treatment Note — Rivera, Marco — Visit 7 of 12 — chart [40795] — DOS 11/05/2025',
  headers: ['Svc', 'Description', 'Min', 'Units', 'Mod', 'Therapist'],
  rows: [
    ['{97110}', 'Therapeutic exercise — sciatic nerve glides, hip ext', '23', '2', 'GP', 'AL PT'],
    ['{97140}', 'Manual therapy — STM piriformis, scar mobilization', '9', '1', 'GP 59', 'AL PT'],
    ['{97530}', 'Therapeutic activities — sit-to-stand, stairs', '12', '1', 'GP', 'AL PT'],
    ['{97112}', 'NMR — single-leg balance, foam', '6', '0', 'GP', 'JT PTA'],
    ['HP', 'Hot pack (bundled, not billed) — unit [22036]', '10', '—', '', 'JT PTA'],
    ['Total timed', '50 min → 3 units', '50', '4?', 'recheck', 'visit ref [20995]'],
  ],
});

// ── 2. 8-minute rule reference, text layer ──
const eightMin = lines({
  id: 's54-8min',
  kind: 's54-eight-minute-rule-units-reference-text',
  before: 'Billing desk cheat sheet — Medicare 8-minute rule (timed codes)',
  text: [
    'Units  Total timed minutes',
    '1 unit: 8 – 22 min · 2 units: 23 – 37 · 3 units: 38 – 52 · 4 units: 53 – 67',
    'Example: {97110} 33 min + {97140} 7 min = 40 min → 3 units: {97110} x2, {97140} x1.',
    'Untimed (service-based) codes such as the evaluations count once, whatever the minutes. Policy ref [22110].',
    'Do not add minutes of supervised modalities to the timed total. Form [22147], rev. 2025.',
    'Questions: billing ext 4412, fax 614-555-0199, Columbus OH [43215].',
  ].join('\n'),
});

// ── 3. Plan of care certification (CMS-700 fields) ──
const cms700 = lines({
  id: 's54-poc',
  kind: 's54-plan-of-care-cms700-field-text',
  before: 'PLAN OF TREATMENT FOR OUTPATIENT REHABILITATION (COMPLETE FOR INITIAL CLAIMS ONLY)',
  text: [
    "1. Patient's last name: RIVERA   First: MARCO   M.I.: J",
    "2. Provider's name: Riverside Rehab & Spine   3. HICN/MBI: 4TW7-JK2-ND83   4. Provider no.: 36-[38864]",
    '5. Type: PT   6. Onset date: 09/12/2025   7. SOC date: 10/14/2025',
    '8. Primary diagnosis: G57.02 lesion of sciatic nerve, left; s/p neuroplasty {64712} 09/12/2025',
    '9. Treatment diagnosis: R26.89 gait abnormality   10. Visits from SOC: 1',
    '11. Plan: ther ex, manual, NMR, gait, functional activities; HEP; 2x/wk x 8 wks (ref [22258])',
    '12. Goals: LEFS 34 → 60; ambulate 1000 ft without AFO; return to work (warehouse, [10112] Dublin Rd).',
    '13. Certification from 10/14/2025 through 12/12/2025 · Physician: K. Osei MD · NPI 1487623910',
    '14. Patient account: [58773]   15. Referral source: Ohio Ortho Surgeons, Worthington OH [43085]',
  ].join('\n'),
});

// ── 4. KX threshold tracker grid ──
const kxGrid = table({
  id: 's54-kx',
  kind: 's54-kx-modifier-threshold-tracker-grid',
  caption: 'KX Threshold Tracker — Medicare Part B — PT/SLP combined — 2025 threshold 2,410.00',
  headers: ['Pt', 'Acct', 'YTD allowed', 'Remaining', 'Next visit codes', 'KX?', 'Note'],
  rows: [
    ['Rivera, M', '[58773]', '1,982.40', '427.60', '{97110} x2, {97140}', 'At visit 9', 'Med nec doc ok; s/p {64712}'],
    ['Patel, R', '[31402]', '2,455.10', '0', '{97530} {97112}', 'Yes', 'KX on all lines'],
    ['Young, D', '[64712]', '612.00', '1,798.00', '{97161}', 'No', 'New eval 11/06'],
    ['Mills, T', '[19029]', '3,046.80', '0', '{92507}', 'Yes — TMR', 'SLP; over 3,000 review'],
    ['Okafor, B', '[48478]', '2,388.00', '22.00', '{97116} {97110}', 'Next visit', 'Discuss ABN not req'],
    ['Lopez, A', '[22832]', '1,102.50', '1,307.50', '{98941}', 'n/a', 'Chiro: not a therapy svc'],
  ],
});

// ── 5. KX threshold notice (MAC article style) ──
const kxNotice = lines({
  id: 's54-kxnote',
  kind: 's54-kx-threshold-notice-text',
  before: 'Therapy Services: 2025 KX Modifier Thresholds',
  text: [
    'For CY 2025 the KX modifier threshold is $2,410 for PT and SLP services combined and $2,410 for OT services.',
    'Claims above the threshold without the KX modifier deny (CO-119). Add KX only when services remain medically',
    'necessary, e.g. {97110} GP KX, {97535} GO KX, {92507} GN KX. The targeted medical review threshold is $3,000.',
    'Evaluations and re-evaluations count toward the threshold. MLN article ref [22221]; JE/J15 contact ZIP [46206].',
    'Contact provider outreach, PO Box [20018], Indianapolis IN [46206], or call and enter your PTAN.',
  ].join('\n'),
});

// ── 6. Progress report / cap reminders, work list ──
const reminders = table({
  id: 's54-remind',
  kind: 's54-progress-report-due-worklist',
  caption: 'Documentation due — Riverside Rehab — week of 11/10/2025',
  headers: ['Patient', 'MRN', 'Visit #', 'Due', 'Item', 'Code'],
  rows: [
    ['Rivera, Marco', '[40795]', '9', '11/12', 'Progress report (10th visit), post-op {64712}', '—'],
    ['Nash, Ellen', '[56044]', '10', '11/11', 'Re-eval + new POC', '{97164}'],
    ['Greer, Paul', '[25912]', '29', '11/14', 'Recert (90 days)', '—'],
    ['Tan, Lucy', '[70774]', '1', '11/10', 'OT eval', '{97166}'],
    ['Weiss, Ann', '[12994]', '8', '11/13', 'SLP re-eval', '{92524}'],
    ['Doyle, Kim', '[87066]', '6', '11/13', 'Discharge summary', 'n/a'],
  ],
});

// ── 7. Functional outcome report ──
const outcome = table({
  id: 's54-outcome',
  kind: 's54-functional-outcome-episode-report',
  caption: 'Functional Outcome Report — episode [33369] — Rivera, Marco — lumbar/sciatic',
  headers: ['Measure', 'Intake', 'Current', 'MCID', 'Ref'],
  rows: [
    ['LEFS (0–80)', '34', '51', '9', 'item set [14005]'],
    ['NPRS worst', '8', '4', '2', '—'],
    ['6MWT (ft)', '840', '1210', '164', 'test {97750}'],
    ['ODI %', '46', '28', '10', 'form [61791]'],
    ['FOTO FS', '41', '58', '8', 'survey [80968]'],
    ['Episode trigger', 'surgery {64712}', '—', '—', 'onset 09/12/2025'],
  ],
});

// ── 8. Surgeon referral / intake ──
const referral = lines({
  id: 's54-ref',
  kind: 's54-surgeon-referral-intake-text',
  before: 'Referral for Therapy — Ohio Ortho Surgeons — fax received 10/09/2025 14:22',
  text: [
    'Patient: Marco Rivera   DOB 04/18/1979   Ins: Medicare / AARP supplement [11015]',
    'Dx: s/p sciatic neurolysis {64712} on 09/12/2025 (L); foot drop improving. Prior sciatic block ({64445}) 06/2025.',
    'Procedure performed: neuroplasty, sciatic nerve ({64712}); see op note. Also {64714} lumbar plexus not done.',
    'Order: PT eval and treat, 2–3x/wk x 8 wks; nerve glides OK at 4 wks; no SLR > 45° until 6 wks.',
    'Please send progress notes to fax 614-555-0178, attn: L. Hart, 3900 Stelzer Rd, Columbus OH [43219].',
    'Referral #: [73571]   Auth on file: no   Office ZIP for claims: [43085]',
  ].join('\n'),
});

// ── 9. Workers' comp PT authorization ──
const wcAuth = table({
  id: 's54-wc',
  kind: 's54-workers-comp-pt-authorization-grid',
  caption: 'BWC Authorization — Claim 24-[64632] — Employer: Buckeye Freight — C-9 request 10/20/2025',
  headers: ['Line', 'Service', 'Req', 'Appr', 'Status', 'Auth ref'],
  rows: [
    ['1', 'PT eval mod complexity {97162}', '1', '1', 'Approved', '[92074]'],
    ['2', '{97110} ther ex', '24 units', '16 units', 'Partial', '[92074]'],
    ['3', '{97140}', '12', '8', 'Partial', '[92074]'],
    ['4', 'Work conditioning {97545}', '1', '0', 'Denied — not MMI', '[92075]'],
    ['5', 'Functional capacity eval {97750}', '4', '4', 'Approved', '[92076]'],
    ['6', 'TENS unit E0730', '1', '1', 'Approved', 'vendor [35316]'],
    ['7', 'Post-surgical rehab after {64712} (sciatic neurolysis)', '—', '—', 'Info only', '[92077]'],
  ],
});

// ── 10. EMG/NCS summary sent to therapy ──
const emg = lines({
  id: 's54-emg',
  kind: 's54-emg-ncs-summary-to-therapy-text',
  before: 'Electrodiagnostic Summary — for treating therapist',
  text: [
    'Studies: NCS {95910} (7–8 studies) and needle EMG {95886} one extremity, complete.',
    'L peroneal motor: distal latency 6.1 ms, amplitude 1.2 mV (fibular head); tibial motor normal.',
    'Sural sensory absent on the left (unchanged after the 06/2025 block, {64445}). Findings: partial L sciatic neuropathy,',
    'peroneal division > tibial, with ongoing reinnervation, consistent with the 09/12/2025 neurolysis ({64712}).',
    'Recommend: continue PT, AFO for foot drop; repeat study in 4 months. Lab ID [64749], tech [22369].',
  ].join('\n'),
});

// ── 11. Chiropractic superbill ──
const chiroBill = table({
  id: 's54-chirosb',
  kind: 's54-chiropractic-superbill-checkboxes',
  caption: 'North Point Chiropractic — Superbill — Tax ID 31-1580462 — Hilliard OH [43026]',
  headers: ['✓', 'CPT', 'Description', 'Fee', 'Dx ptr'],
  rows: [
    ['', '{98940}', 'CMT spinal 1–2 regions', '45.00', ''],
    ['x', '{98941}', 'CMT spinal 3–4 regions', '55.00', 'A B'],
    ['x', '{98943}', 'CMT extraspinal', '40.00', 'C'],
    ['x', '{97140}', 'Manual therapy (separate region, -59)', '38.00', 'C'],
    ['', 'G0283', 'E-stim unattended (Medicare)', '20.00', ''],
    ['', '{99203}', 'New patient E/M', '110.00', ''],
    ['Acct', '[28622]', 'Patient: Lopez, Ana', 'Copay 30.00', ''],
  ],
});

// ── 12. Chiropractic ledger ──
const chiroLedger = table({
  id: 's54-ledger',
  kind: 's54-chiropractic-patient-ledger',
  caption: 'Patient Ledger — Lopez, Ana — acct [28622]',
  headers: ['Date', 'Ref', 'Description', 'Charge', 'Paid', 'Balance'],
  rows: [
    ['10/02/2025', '[30571]', '{98941} CMT 3-4', '55.00', '', '55.00'],
    ['10/02/2025', '[30572]', '{97140}-59', '38.00', '', '93.00'],
    ['10/09/2025', '[30640]', 'Pmt — Anthem chk 7781021', '', '61.20', '31.80'],
    ['10/16/2025', '[30703]', '{98943} extraspinal', '40.00', '', '71.80'],
    ['10/16/2025', '[30704]', 'Copay cash', '', '30.00', '41.80'],
    ['10/23/2025', '[30769]', 'Svc {98941}', '55.00', '', '96.80'],
  ],
});

// ── 13. Therapy scheduling grid with rooms and equipment ──
const sched = table({
  id: 's54-sched',
  kind: 's54-therapy-schedule-room-equipment-grid',
  caption: 'Schedule — Thu 11/06/2025 — Gym A/B, Aquatics',
  headers: ['Time', 'Room', 'Equip ID', 'Patient', 'Appt'],
  rows: [
    ['08:00', 'Gym A', 'TM-[50564]', 'Rivera, M', 'PT f/u — post-op {64712} wk 8'],
    ['08:45', 'Tx 3', '[40106]', 'Nash, E', 'Re-eval {97164}'],
    ['09:30', 'Pool', 'lift [16867]', 'Greer, P', 'Aquatic {97113} x3'],
    ['10:15', 'Hand clinic', 'splint oven [77236]', 'Tan, L', 'OT eval + orthosis {97760}'],
    ['11:00', 'SLP 2', 'VitalStim [66699]', 'Weiss, A', 'Dysphagia tx {92526}'],
    ['11:45', 'Gym B', '[24738]', 'Okafor, B', 'Group {97150}'],
  ],
});

// ── 14. Home exercise program printout ──
const hep = lines({
  id: 's54-hep',
  kind: 's54-home-exercise-program-printout-text',
  before: 'Your Home Exercise Program — Riverside Rehab — access code Q7RD2K',
  text: [
    'Portal login: riversiderehab.hep.example · Program ID [83189] · Updated 11/05/2025',
    '1. Sciatic nerve glide (sitting) — 10 reps, 2x/day — video [41775]',
    '2. Bridge with band — 3 x 12 — video [41802]',
    '3. Ankle dorsiflexion with band — 3 x 15 — video [52392]',
    'Stop and call if numbness spreads below the knee. Clinic: 1155 Lane Ave, Upper Arlington OH [43221].',
  ].join('\n'),
});

// ── 15. DME order: TENS and AFO ──
const dme = lines({
  id: 's54-dme',
  kind: 's54-dme-tens-afo-order-text',
  before: 'Standard Written Order — Durable Medical Equipment',
  text: [
    'Items: E0730 TENS 4-lead, A4595 supplies x1/mo; L1970 AFO posterior solid ankle, custom fit.',
    'Order no. [54388]   Supplier: MedEquip Direct, PO Box [64612], Kansas City MO [64141]',
    'Dx: G57.32 (L common peroneal), M21.372 foot drop, s/p {64712}. Length of need: 6 months.',
    'Fitting and training by PT: orthotic management {97760} x2 units; TENS training billed {97110}? no — {97535}.',
    'TENS lot [64632]-B · serial 7719003458 · dispensed 11/04/2025',
  ].join('\n'),
});

// ── 16. Medicare 835 remit, X12 ──
const x835 = lines({
  id: 's54-835',
  kind: 's54-medicare-835-therapy-denial-x12',
  before: 'ERA raw file — CGS J15 — check/EFT 20251110',
  text: [
    'N1*PE*RIVERSIDE REHAB AND SPINE*XX*1356478902~N3*1155 LANE AVE~N4*UPPER ARLINGTON*OH*[43221]~',
    'CLP*[58773]A*1*412.00*0*0*MB*2225310004512*11*1~NM1*QC*1*RIVERA*MARCO****MI*4TW7JK2ND83~',
    'SVC*HC:{97110}:GP*126.00*0**3~CAS*CO*119*126.00~DTM*472*20251105~',
    'SVC*HC:{97140}:GP:59*44.00*0**1~CAS*CO*119*44.00~',
    'SVC*HC:{97530}:GP*46.00*0**1~CAS*CO*151*46.00~LQ*RX*N640~',
    'CLP*[31402]*1*196.00*152.80*0*MB*2225310004788*11*1~SVC*HC:{97112}:GP:KX*98.00*76.40**2~',
    'SVC*HC:{97116}:GP:KX*98.00*76.40**2~CAS*CO*45*21.60~PLB*1356478902*20251231*WO:[81190]*0~',
  ].join('\n'),
});

// ── 17. ERA viewer with therapy denials ──
const eraView = table({
  id: 's54-eraview',
  kind: 's54-era-viewer-therapy-denial-lines',
  caption: 'ERA Viewer — Payer: Medicare Part B (CGS) — Payee ZIP [43221] — batch [62682]',
  headers: ['Patient', 'ICN', 'Proc', 'Mod', 'Billed', 'Paid', 'Group/CARC', 'Remark'],
  rows: [
    ['Rivera, M', '2225310004512', '{97110}', 'GP', '126.00', '0.00', 'CO-119', 'Benefit max — add KX?'],
    ['Rivera, M', '2225310004512', '{97530}', 'GP', '46.00', '0.00', 'CO-151', 'N640 frequency'],
    ['Mills, T', '2225310005120', '{92507}', 'GN', '104.00', '0.00', 'CO-119', 'SLP over threshold'],
    ['Lopez, A', '2225310005301', '{98941}', 'AT', '55.00', '41.10', 'CO-45', ''],
    ['Young, D', '2225310005522', '{97161}', 'GP', '112.00', '88.30', 'CO-45', 'Pt resp ref [23789]'],
  ],
});

// ── 18. UR denial letter for workers' comp ──
const urDenial = lines({
  id: 's54-ur',
  kind: 's54-utilization-review-denial-letter-text',
  before: 'NOTICE OF UTILIZATION REVIEW DETERMINATION — Non-certification',
  text: [
    'Claimant: Brian Okafor   Claim: 24-[64632]   Date of injury: 07/30/2025   Employer ZIP: [45011]',
    'Requested: work conditioning {97545} x 1 and {97546} x 4 (add-on hrs); additional ther ex {97110} x 12.',
    'Determination: {97545}/{97546} non-certified — ODG criteria not met before MMI. {97110} certified x 6.',
    'Prior care: left sciatic nerve block (CPT {64445}) on 08/14/2025, then neurolysis {64712} on 09/02/2025.',
    'Reviewer: J. Barnes PT, license [18822]. Case no. [95810]. Appeal within 30 days to PO Box [90140].',
  ].join('\n'),
});

// ── 19. MIPS PT measures page ──
const mips = table({
  id: 's54-mips',
  kind: 's54-mips-pt-quality-measures-page',
  caption: 'MIPS 2025 — Physical Therapy/Occupational Therapy specialty set — TIN ending 4471',
  headers: ['Qual ID', 'Measure', 'Denominator encounter codes', 'Perf. rate', 'Submission'],
  rows: [
    ['155', 'Falls: plan of care', 'PT eval/re-eval codes', '92.3%', '[37064]'],
    ['182', 'Functional outcome assessment', 'PT/OT evals and CMT (see spec)', '88.0%', '[37064]'],
    ['134', 'Depression screening', 'eval codes; 1,204 pts', '41.7%', '[37065]'],
    ['217', 'Knee FS PROM', '{97161}–{97163}', '64.0%', '[37066]'],
    ['221', 'Shoulder FS PROM', 'PT/OT evals', '70.5%', '[37067]'],
  ],
});

// ── 20. EHR flowsheet ──
const flow = table({
  id: 's54-flow',
  kind: 's54-ehr-rehab-flowsheet-columns',
  caption: 'Flowsheet: Rehab Daily — Rivera, Marco — MRN [40795]',
  headers: ['Row (FLO id)', '11/03', '11/05', '11/07'],
  rows: [
    ['Pain 0-10 ([30006])', '5', '4', '4'],
    ['Ankle DF strength ([30007])', '2+/5', '3-/5', '3/5'],
    ['Charges ([30019])', 'see charge capture', 'see charge capture', '{97110} x3'],
    ['Surgical hx ([30040])', '{64712} L 09/12', '—', '—'],
    ['AFO worn ([30022])', 'Y', 'Y', 'N (clinic)'],
    ['Total timed min ([30031])', '38', '50', '41'],
  ],
});

// ── 21. Clinic timesheet / payroll export ──
const payroll = table({
  id: 's54-payroll',
  kind: 's54-clinic-timesheet-payroll-export-csv',
  caption: 'payroll_export_2025-11-07.csv — batch [64712]',
  headers: ['emp_id', 'name', 'pay_code', 'hours', 'cost_ctr', 'visits', 'billed_units'],
  rows: [
    ['[64445]', 'Hart, Lena PT', 'REG', '40.00', '[64714]', '52', '164'],
    ['[10019]', 'Torres, Jay PTA', 'REG', '38.50', '[64714]', '61', '188'],
    ['[10032]', 'Mills, Dana OTR', 'PTO', '8.00', '[64715]', '0', '0'],
    ['[11994]', 'Cho, Sam SLP', 'REG', '32.00', '[64716]', '29', '58'],
    ['[10061]', 'Front desk float', 'OT', '4.25', '[64701]', '—', '—'],
    ['[71666]', 'Aide, Kay', 'REG', '36.00', '[64701]', '—', '—'],
    ['[71703]', 'Reyes, Ana DC', 'REG', '40.00', '[64717]', '88', '212'],
  ],
});

// ── 22. Speech therapy facial retraining note (post chemodenervation) ──
const slp = lines({
  id: 's54-slp',
  kind: 's54-slp-facial-retraining-note-text',
  before: 'Speech-Language Pathology — Treatment Note — Weiss, Ann — 11/06/2025',
  text: [
    'Hx: hemifacial spasm; chemodenervation {64612} (facial nerve muscles) by neurology on 10/21/2025.',
    'Today: facial neuromuscular retraining with sEMG biofeedback; oral motor work for lip seal.',
    'Billed: {92507} x1 (untimed). Next injection due ~01/2026 ({64612}). sEMG unit asset [22332].',
    'Pt reports drooling reduced; dysphagia screen negative. Room SLP 2, unit [66699]. Injector clinic ZIP [43210].',
  ].join('\n'),
});

// ── 23. OT hand therapy note after carpal/cubital tunnel release ──
const handOt = lines({
  id: 's54-hand',
  kind: 's54-ot-hand-therapy-postop-note-text',
  before: 'Hand Therapy Progress — Tan, Lucy — OT',
  text: [
    'S/p R carpal tunnel release {64721} and ulnar nerve transposition at elbow {64718} on 10/27/2025.',
    'Custom orthosis fabricated (L3766) with orthotic management {97760} 2 units; desensitization, scar massage.',
    'Tx: tendon glides 15 min, edema massage 10 min, ADL training 8 min (billed {97110}, {97140}). Kit [22406].',
    'Semmes-Weinstein 3.61 at index/long. Grip (Jamar II) R 22 lb / L 61 lb. Orthosis order [26633].',
  ].join('\n'),
});

// ── 24. CMS-1500 item 24 lines ──
const cms1500 = table({
  id: 's54-1500',
  kind: 's54-cms1500-item24-therapy-lines',
  caption:
    'CMS-1500 (02/12) — 26. Patient account no. [58773] — 25. Federal tax ID 31-1844071 — 32. facility ZIP [43221]',
  headers: ['24A Dates', 'B POS', 'D CPT/HCPCS', 'Modifier', 'E Ptr', 'F Charges', 'G Units', 'J Rendering NPI'],
  rows: [
    ['11 05 25', '11', '{97110}', 'GP KX', 'A', '126 00', '3', '1639204571'],
    ['11 05 25', '11', '{97140}', 'GP 59', 'A', '44 00', '1', '1639204571'],
    ['11 05 25', '11', '{97530}', 'GP', 'B', '46 00', '1', '1639204571'],
    ['11 07 25', '11', '{97116}', 'GP KX', 'B', '49 00', '1', '1639204571'],
    ['11 07 25', '11', '{97112}', 'GP KX CQ', 'A', '98 00', '2', '1740381122'],
  ],
});

// ── 25. CMS-701 updated plan of progress (recertification) ──
const cms701 = lines({
  id: 's54-701',
  kind: 's54-updated-plan-cms701-recert-text',
  before: 'UPDATED PLAN OF PROGRESS FOR OUTPATIENT REHABILITATION (Complete for Interim to Discharge Claims)',
  text: [
    '4. Provider no.: 36-[38864]   5. Type: PT   12. Freq/Duration: 2x/wk x 6 wks   14. Recert: 12/13/25–01/23/26',
    '16. Functional level (end of billing period): ambulates 600 ft with AFO; LEFS 51/80; DF 3/5.',
    'Treatment continues: ther ex, NMR, gait; decrease manual. Discharge target LEFS 60. Visit ref [22295].',
    'Post-op course after {64712} (sciatic) and {64714} (lumbar plexus) per surgeon addendum 11/03/2025.',
    '18. Physician signature ______  Date ______   Patient account [58773]   Claim office ZIP [43085]',
  ].join('\n'),
});

// ── 26. Morton neuroma ablation → PT (podiatry referral) ──
const podiatry = lines({
  id: 's54-pod',
  kind: 's54-podiatry-neuroma-referral-to-pt-text',
  before: 'Podiatry → PT referral — Greer, Paul',
  text: [
    'Procedure: destruction by neurolytic agent, plantar common digital nerve (3rd interspace, L) — {64632} x3',
    'series completed 10/01, 10/15, 10/29/2025 (also cryo considered). Prior: injection {64455} x2.',
    'PT: gait retraining {97116}, intrinsic strengthening {97110}; metatarsal pad; shoe wear review.',
    'Podiatry office: 88 Main St, Delaware OH [43015] · Chart [94808] · Orthotic vendor acct [69550]',
  ].join('\n'),
});

// ── 27. HL7 referral message (ORM) ──
const hl7 = lines({
  id: 's54-hl7',
  kind: 's54-hl7-orm-therapy-referral-message',
  before: 'Interface engine — inbound ORM^O01 — Ohio Ortho → Riverside Rehab',
  text: [
    'MSH|^~\\&|OOS_EHR|OOS|RRS|RRS|20251009142210||ORM^O01|[88050]|P|2.3',
    'PID|1||[40795]^^^RRS^MR||RIVERA^MARCO^J||19790418|M|||3310 Kenny Rd^^Columbus^OH^[43221]',
    'ORC|NW|REF[47452]|||||||20251009',
    'OBR|1|REF[47452]||{97001}^PT EVALUATION^L|||20251009',
    'NTE|1||S/P SCIATIC NEUROLYSIS {64712} 09/12/2025; S/P SCIATIC NERVE BLOCK {64445} 06/2025',
    'DG1|1|I10|G57.02^Lesion of sciatic nerve, left leg^I10',
    'PR1|1||{64712}^NEUROPLASTY MAJOR PERIPHERAL NERVE SCIATIC^CPT||20250912',
    'PR1|2||{64445}^INJ ANES SCIATIC NERVE SINGLE^CPT||20250602',
  ].join('\n'),
});

// ── 28. JSON referral payload (portal API) ──
const json = lines({
  id: 's54-json',
  kind: 's54-json-referral-api-payload',
  before: 'GET /api/v2/referrals/:id — 200 OK',
  text: [
    '{ "referral_id": "[47453]", "patient_zip": "[43204]", "clinic_id": [12001],',
    '  "surgical_history": [ { "cpt": "{64714}", "desc": "neuroplasty lumbar plexus", "date": "2025-08-20" },',
    '                        { "cpt": "{64445}", "desc": "sciatic nerve block", "date": "2025-06-02" } ],',
    '  "requested_services": ["{97161}", "{97110}", "{97112}"], "visits_requested": 16, "payer_plan": "[20122]" }',
  ].join('\n'),
});

// ── 29. RTM log ──
const rtm = table({
  id: 's54-rtm',
  kind: 's54-remote-therapeutic-monitoring-log',
  caption: 'RTM — 30-day periods — device app license [34238]',
  headers: ['Patient', 'Period', 'Days data', 'Mgmt min', 'Codes', 'Device serial'],
  rows: [
    ['Rivera, M', '10/14–11/12', '19', '24', '{98975} {98977} {98980}', 'SN-[91008]'],
    ['Nash, E', '10/20–11/18', '11', '12', '{98975} only (< 16 days)', 'SN-[91009]'],
    ['Okafor, B', '10/22–11/20', '22', '44', 'same as 10/22 period', 'SN-[91012]'],
  ],
});

// ── 30. Dry needling / cash price list ──
const cash = table({
  id: 's54-cash',
  kind: 's54-cash-pay-rehab-price-list',
  caption: 'Self-pay prices — effective 01/01/2025 — price file [78009]',
  headers: ['Item', 'Code', 'Price', 'Int. chg code'],
  rows: [
    ['Dry needling 1–2 muscles', '{20560}', '60.00', '[41010]'],
    ['Dry needling 3+ muscles', '{20561}', '80.00', '[41011]'],
    ['PT evaluation', '{97161}', '150.00', '[41020]'],
    ['Follow-up visit (45 min)', 'various', '110.00', '[41021]'],
    ['Custom orthotics pair', 'L3000', '350.00', '[41035]'],
    ['Massage 30 min', '{97124}', '55.00', '[41040]'],
  ],
});

// ── 31. Decoy-only: gym / wellness membership ──
const gym = lines({
  id: 's54-gym',
  kind: 's54-wellness-gym-membership-card-text',
  before: 'Riverside Wellness Center — Membership',
  text: [
    'Member no. [64445] · Plan: Post-rehab bridge (12 mo) · Key fob [73018]',
    'Home club: 4000 Reed Rd, Upper Arlington OH [43220] · Corporate rate code [15884]',
    'Monthly dues 39.00 · Next draft 12/01/2025 · Guest passes left: 2 · Referral bonus ID [50018]',
    'Steps logged this month: [71592] · Classes attended: 14 · Locker [52702] · Emergency contact ZIP [43229]',
    'Billing ref [71629] · Card on file ending 4410 · Promo RECOVER25 · Front desk: 614-555-0160',
  ].join('\n'),
});

// ── 32. Decoy-only: equipment inventory with SKUs ──
const inventory = table({
  id: 's54-inv',
  kind: 's54-rehab-equipment-inventory-sku-table',
  caption: 'Equipment inventory — Riverside Rehab — cycle count 10/31/2025',
  headers: ['SKU', 'Item', 'Qty', 'Asset tag', 'Location'],
  rows: [
    ['[64714]', 'TENS unit 4-lead (loaner)', '6', '[20040]', 'Closet B'],
    ['[27682]', 'Theraband roll, blue', '3', '—', 'Gym A'],
    ['[39850]', 'Foam balance pad', '8', '—', 'Gym B'],
    ['[53191]', 'Parallel bars 10 ft', '1', '[20088]', 'Gym A'],
    ['[97014]', 'Electrode pads 2x2 (40 pk)', '12', '—', 'Closet B'],
    ['[45558]', 'Hydrocollator', '1', '[20092]', 'Tx 3'],
    ['[52443]', 'Ultrasound unit 1/3 MHz', '2', '[52480]', 'Tx 1'],
    ['[52517]', 'Gait belt (12 pk)', '2', '—', 'Closet A'],
    ['[52554]', 'Recumbent stepper', '1', '[52591]', 'Gym B'],
  ],
});

// ── 33. Decoy-only: clinic locations ──
const clinics = table({
  id: 's54-loc',
  kind: 's54-rehab-clinic-locations-directory',
  caption: 'Find a clinic — Riverside Rehab & Spine',
  headers: ['Clinic', 'Address', 'City', 'ZIP', 'Site #'],
  rows: [
    ['Upper Arlington', '1155 Lane Ave', 'Upper Arlington, OH', '[43221]', '[10120]'],
    ['Hilliard', '3800 Main St', 'Hilliard, OH', '[43026]', '[10133]'],
    ['Grove City', '2100 Stringtown Rd', 'Grove City, OH', '[43123]', '[10147]'],
    ['Chillicothe MO (affiliate)', '12 Polk St', 'Chillicothe, MO', '[64601]', '[10160]'],
    ['Gallatin MO (affiliate)', '300 W Grand', 'Gallatin, MO', '[64640]', '[10174]'],
    ['Westerville', '480 Polaris Pkwy', 'Westerville, OH', '[43082]', '[52628]'],
    ['Pickerington', '12 Hill Rd N', 'Pickerington, OH', '[43147]', '[52665]'],
  ],
});

// ── 34. Workers' comp progress report to adjuster ──
const wcProgress = lines({
  id: 's54-wcprog',
  kind: 's54-workers-comp-progress-report-to-adjuster-text',
  before: 'Physical Therapy Progress Report — to: adjuster K. Lyons, Buckeye Mutual',
  text: [
    'RE: Brian Okafor · Claim 24-[64632] · Adjuster file [99581] · s/p {64712} 09/02/2025',
    'Visits 8 of 16 authorized (auth [92074]). Billed this period: {97110}, {97140}, {97530}.',
    'Status: lifting 25 lb floor-to-waist (goal 50). Light duty per C-9; return-to-work form MEDCO-14.',
    'Requesting FCE ({97750}) at visit 14 and 8 more visits of {97110}/{97530}.',
  ].join('\n'),
});

// ── 35. EHR surgical history table (intake) ──
const surgHx = table({
  id: 's54-surghx',
  kind: 's54-intake-surgical-history-table',
  caption: 'Intake — Past Surgical History (verified with patient and op notes) — MRN [40795]',
  headers: ['Procedure', 'Code', 'Date', 'Surgeon', 'Facility case #', 'Facility ZIP'],
  rows: [
    ['Neuroplasty, sciatic nerve, L', '{64712}', '09/12/2025', 'K. Osei', '[21074]', '[43235]'],
    ['Neuroplasty, lumbar plexus', '{64714}', '08/20/2025', 'K. Osei', '[21111]', '[43235]'],
    ['Sciatic nerve block (dx)', '{64445}', '06/02/2025', 'M. Ruiz (pain)', '[21148]', '[43214]'],
    ['Knee arthroscopy, menisectomy', '{29881}', '2019', 'outside', '—', '[46204]'],
    ['Appendectomy', '—', '1996', 'unknown', '—', '—'],
  ],
});

// ── 36. Post-op therapy protocol from the surgeon ──
const protocol = lines({
  id: 's54-protocol',
  kind: 's54-postop-neurolysis-therapy-protocol-text',
  before: 'Post-operative Rehabilitation Protocol — Peripheral Nerve Decompression — Ohio Ortho Surgeons',
  text: [
    'Applies to: {64712} (sciatic), {64714} (lumbar plexus), {64708}, {64704}, {64718}, {64721}',
    'Procedures this patient: {64712}-LT and {64714}-LT, plus intra-op {64445} block by anesthesia (-59).',
    'Weeks 0–2: no stretching of the operated nerve; ankle pumps; walker as needed. Visit slot ref [21185].',
    'Weeks 2–6: nerve glides (slider, not tensioner); {97110} and {97112} as tolerated; scar mobilization at 3 wks.',
    'Weeks 6–12: progressive loading, {97530}, gait without AFO. Revised 03/2024 · doc no. [21222]',
  ].join('\n'),
});

// ── 37. Payer portal claim history for the therapy episode ──
const claimHist = table({
  id: 's54-claimhist',
  kind: 's54-payer-portal-claim-history-rows',
  caption: 'Claim status — Member [51074]01 — Group [51111] — provider Riverside Rehab',
  headers: ['Claim #', 'DOS', 'Line item', 'Units', 'Status', 'Check / EFT'],
  rows: [
    ['E25-[51148]', '09/12/2025', '{64712} LT (surgeon claim)', '1', 'Paid', '[51185]'],
    ['E25-[51259]', '09/12/2025', '{64445} 59 (anesthesia)', '1', 'Paid', '[51185]'],
    ['E25-[51296]', '10/14/2025', '{97162} GP', '1', 'Paid', '[51333]'],
    ['E25-[51370]', '10/16/2025', '{97110} GP', '2', 'Denied — see CARC 119', '—'],
    ['E25-[51407]', '10/21/2025', 'Therapy visit', '3', 'Pended — records', '—'],
    ['E25-[51444]', '08/20/2025', '{64714} (surgeon)', '1', 'Paid', '[51481]'],
  ],
});

// ── 38. Coding audit worksheet (therapy department) ──
const audit = table({
  id: 's54-audit',
  kind: 's54-therapy-coding-audit-worksheet',
  caption: 'Q4 chart audit — outpatient rehab — auditor CPC #[52036]',
  headers: ['Chart', 'Billed', 'Should be', 'Finding', 'Ref'],
  rows: [
    ['[52110]', '{97140} x2', '{97140} x1', '8-min rule: 17 min', 'DOS 10/02'],
    ['[52147]', '{97530}', '{97110}', 'Documented exercise, not functional activity', 'DOS 10/09'],
    ['[52184]', '{64712}', 'n/a', 'Surgeon code keyed on the therapy claim in error; void line', 'ticket [52221]'],
    ['[52258]', '{97164}', '{97164}', 'OK — new POC after surgery', '—'],
    ['[52295]', '{92507}', '{92507}', 'OK; PMH lists {64612} injections (not ours)', '—'],
    ['[52369]', '{64632}', 'n/a', 'Podiatry procedure copied into PT charges', 'ticket [52406]'],
  ],
});

// ── 39. Case manager timeline (workers' comp nurse case management) ──
const timeline = lines({
  id: 's54-timeline',
  kind: 's54-nurse-case-manager-timeline-text',
  before: 'Case Management Notes — Okafor, Brian',
  text: [
    '07/30/2025  Injury at dock 4, pallet jack; ED visit; lumbar strain + L leg numbness. Employer loc [71074].',
    '08/14/2025  Diagnostic sciatic block {64445} — 70% relief x 6 h.',
    '08/28/2025  EMG: L sciatic neuropathy (peroneal > tibial). Surgical consult requested, ref [71111].',
    '09/02/2025  Sciatic neurolysis ({64712}) approved, auth [71148]; surgery done same day, outpt.',
    '10/20/2025  PT auth: eval {97162} + {97110}/{97140}; reserve updated to 18,400.',
    '11/06/2025  Phone call w/ PT: improving; FCE requested; RTW target 12/15. Mileage log [71185].',
  ].join('\n'),
});

// ── 40. Appointment reminder / patient statement (decoy-heavy) ──
const statement = lines({
  id: 's54-stmt',
  kind: 's54-rehab-patient-statement-text',
  before: 'Riverside Rehab & Spine — Patient Statement',
  text: [
    'Statement date 11/10/2025 · Account [58773] · Guarantor: Marco Rivera, 3310 Kenny Rd, Columbus OH [43221]',
    'Remit to: PO Box [71222], Cincinnati OH [45271]-1222 · Statement no. [71259]',
    '10/14 PT evaluation {97162}  112.00   Ins paid 88.30   You owe 22.07',
    '11/05 Therapy services (3 items)  216.00   Ins denied — see below   You owe 0.00 (appeal filed [71296])',
    'Pay online with code [71333] · Questions: 614-555-0140, Mon–Fri 8–5.',
    'Previous balance 0.00 · Payments received: ref [71740], ref [71777] · Statement cycle [71814].',
  ].join('\n'),
});

// ── 41. Aquatic / group class roster (decoy-heavy) ──
const roster = table({
  id: 's54-roster',
  kind: 's54-aquatic-class-roster-sign-in',
  caption: 'Aquatic therapy & post-rehab class — sign-in — Pool — 11/06/2025',
  headers: ['Name', 'Member/MRN', 'Class', 'Locker', 'Billed as'],
  rows: [
    ['Greer, Paul', '[25912]', 'Aquatic PT 1:1', '—', '{97113} x3'],
    ['Fields, Ron', 'WM [71370]', 'Aqua fit (wellness)', '[21259]', 'cash 12.00'],
    ['Hale, Tina', 'WM [71407]', 'Aqua fit (wellness)', '[21296]', 'cash 12.00'],
    ['Ibarra, Joe', '[21333]', 'Group ther ex', '—', '{97150}'],
    ['Kerr, Sue', 'WM [71444]', 'Arthritis swim', '[21370]', 'member incl.'],
  ],
});

// ── 42. Referral fax cover + order (nerve block to therapy) ──
const painRef = lines({
  id: 's54-painref',
  kind: 's54-pain-clinic-fax-cover-therapy-order',
  before: 'FAX — Central Ohio Pain Specialists — 2 pages',
  text: [
    'To: Riverside Rehab (fax 614-555-0177)   From: M. Ruiz MD   Re: Nash, Ellen   Fax job [71481]',
    'Pt had L sciatic nerve block ({64445}) today with 80% relief; begin PT within 7 days.',
    'Also planned: Morton neuroma neurolysis {64632} R foot next month — no impact on PT order.',
    'Order: PT eval {97161}, ther ex, manual, modalities PRN. Dx M54.32. Office: 5500 Frantz Rd, Dublin OH [43016]',
    'Clinic account [71518] · Our ref [71555]',
  ].join('\n'),
});

export const sealed54: Snippet[] = [
  ...dailyGrid,
  ...eightMin,
  ...cms700,
  ...kxGrid,
  ...kxNotice,
  ...reminders,
  ...outcome,
  ...referral,
  ...wcAuth,
  ...emg,
  ...chiroBill,
  ...chiroLedger,
  ...sched,
  ...hep,
  ...dme,
  ...x835,
  ...eraView,
  ...urDenial,
  ...mips,
  ...flow,
  ...payroll,
  ...slp,
  ...handOt,
  ...cms1500,
  ...cms701,
  ...podiatry,
  ...hl7,
  ...json,
  ...rtm,
  ...cash,
  ...gym,
  ...inventory,
  ...clinics,
  ...wcProgress,
  ...surgHx,
  ...protocol,
  ...claimHist,
  ...audit,
  ...timeline,
  ...statement,
  ...roster,
  ...painRef,
];
