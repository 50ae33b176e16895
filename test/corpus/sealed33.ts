import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 33 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s33-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as MRNs, lot numbers, NDC labeler segments, ZIPs, case ids, units,
 * amounts, item numbers and cost centers.
 *
 * Family: specialty clinic and ambulatory surgery operations: neurology and EMG lab schedules and reports,
 * pain-management day sheets and procedure logs, hand and plastic surgery clinics, podiatry neuroma excisions,
 * oculoplastics and neurology chemodenervation clinics (Botox units, JW/JZ wastage logs, buy-and-bill inventory, lot
 * numbers), ASC block schedules, ASC case costing, ASC payment-rate tables, regional-anesthesia block logs, implant and
 * supply logs, surgeon preference cards, clinic dashboards and huddle boards.
 * Built on real public layouts: the CMS ASC Addendum AA (HCPCS, short descriptor, payment indicator, multiple
 * procedure discounting, rate, copayment), the AANEM nerve-conduction report tables (nerve, site, latency, amplitude,
 * velocity) and its CPT summary line, the NDC 5-4-2 labeler-product-package form on a Botox carton (00023-xxxx-xx),
 * the JW/JZ drug-wastage modifier rule, the X12 835 remittance line as an ERA viewer shows it (CARC, remark, PLB), the
 * ASRA regional-anesthesia block record and an Epic OpTime preference card. The others are written the way those
 * pages read, with no single source.
 *
 * 355 labelled tokens over 33 shapes: 143 codes, 212 decoys, 83 of the decoys in KNOWN_10K.
 */

// ── 1. EMG lab daily schedule (scheduling grid export) ──
const emgSchedule = table({
  id: 's33-emgsched',
  kind: 's33-emg-lab-daily-schedule-grid',
  caption: 'Neurodiagnostics — EMG Lab 2 — Tue 03/10/2026 — Provider: R. Okafor, MD',
  headers: ['Time', 'Patient', 'MRN', 'Study', 'CPT', 'Ref. provider', 'Ins.'],
  rows: [
    ['07:30', 'HALVERSON, J', '[40784]', 'NCS/EMG BLE', '{95910}, {95886}', 'Pike, A (PCP)', 'BCBS'],
    ['08:30', 'MENDEZ, R', '[20984]', 'CTS study R', '{95909}', 'Ortho Hand', 'Aetna'],
    ['09:15', 'TRAN, K', '[61207]', 'NCS UE bilat + needle EMG 1 limb', '{95911} / {95885}', 'Neuro', 'MCR'],
    ['10:30', 'BLOCKED', '', 'Botox chemo (see chemo clinic)', '', '', ''],
    ['13:00', 'ABERNATHY, L', '[33363]', 'Lumbar radic eval', '{95886} x2, {95910}', 'Spine', 'Cigna'],
    ['14:00', 'OSEI, P', '[88120]', 'Peroneal neuropathy', '{95908}', 'Podiatry', 'UHC'],
    ['15:00', 'LINDQVIST, B', '[47702]', 'Repeat NCS, post-CTR', '{95909}', 'Brandt (hand)', 'WPS'],
    ['15:45', 'NO SHOW — HARPER, C', '[19305]', 'EMG UE', '', 'Neuro', 'MCD'],
  ],
});

// ── 2. NCS report (AANEM-style tables, PDF text layer) ──
const ncsReport = lines({
  id: 's33-ncsrep',
  kind: 's33-nerve-conduction-report-text',
  before: 'NERVE CONDUCTION / EMG REPORT',
  text: [
    'Patient: Rivera, Anne   DOB 04/17/1961   MRN [58753]   Acct 90241117',
    'Encounter [88415]   Visit [30077]   Machine Natus UltraPro S100 SN [20418]',
    'Study date 02/26/2026   Room EMG-2   Temp 32.4 C (hands)   Referring: Pike, Andrew MD   NPI 1487712093',
    'Motor NCS   Nerve / Site   Latency ms   Amp mV   CV m/s',
    'R Median - APB   Wrist 4.9   Elbow 9.1   Amp 6.2   CV 51',
    'Sensory Median R Digit II   Peak lat 4.1 ms   Amp 12 uV',
    'Needle EMG: R APB fibs 1+, MUAPs large; file EMG_[26931]_R.dat, archive vol [10316]',
    'Impression: moderate right median neuropathy at the wrist (carpal tunnel syndrome).',
    'CPT: {95910} (NCS 7-8 studies), {95886} (needle EMG, complete, each extremity)',
    'Dx G56.01.  Report signed 02/26/2026 16:41  Job # [47434]',
  ].join('\n'),
});

// ── 3. Chemodenervation clinic day sheet ──
const chemoDaySheet = table({
  id: 's33-chemoday',
  kind: 's33-chemodenervation-clinic-day-sheet',
  caption: 'Movement Disorders / Botox Clinic — Day Sheet — 03/12/2026',
  headers: ['Appt', 'Pt', 'Indication', 'Procedure', 'Toxin', 'Units used', 'Units wasted', 'Billing'],
  rows: [
    ['08:00', 'W.S. [77223]', 'Blepharospasm bilat', '{64612}-50', 'onabotulinumtoxinA', '50', '0', 'J0585 x50 JZ'],
    ['08:20', 'G.H. [12980]', 'Chronic migraine', '{64615}', 'onabotulinumtoxinA', '155', '45', 'J0585 x155 JW x45'],
    ['08:40', 'D.L. [26618]', 'Cervical dystonia', '{64616}', 'incobotulinumtoxinA', '200', '0', 'J0588 x200 JZ'],
    ['09:00', 'A.R. [90341]', 'Hemifacial spasm R', '{64612} RT', 'onabotulinumtoxinA', '25', '75', 'JW x75'],
    [
      '09:20',
      'P.Q. [38854]',
      'UE spasticity 1 limb',
      '{64642}, {64643}',
      'onabotulinumtoxinA',
      '300',
      '0',
      'guidance {95874}',
    ],
  ],
});

// ── 4. Drug wastage log (JW/JZ) ──
const wastageLog = lines({
  id: 's33-waste',
  kind: 's33-toxin-wastage-log-jw-jz',
  before: 'SINGLE-DOSE VIAL WASTAGE LOG — NEUROLOGY INFUSION/INJECTION',
  text: [
    'Date 03/12/2026  Drug BOTOX 100 Units  NDC [00023]-1145-01  Lot C[86053]C3  Exp 09/2027',
    'Pt MRN [77223]  Proc {64612}-50  Units administered 50  Units discarded 50  Modifier JW',
    'Witness: RN M. Adeyemi   Pharm verify # [42652]',
    'Date 03/12/2026  Drug BOTOX 200 Units  NDC [00023]-3921-02  Lot C[71903]C4  Exp 11/2027',
    'Pt MRN [12980]  Proc {64615}  Units administered 155  Units discarded 45  JW line: J0585-JW 45 units',
    'Pt MRN [34980]  Proc {64616}  XEOMIN 200U lot [52710]  NDC [00259]-1620-01  Units 200 / wasted 0  JZ',
    'Pt MRN [90341]  Proc {64612}-RT (chemo, facial n.)  Units 25 / wasted 75 (vial 100U)  JW',
    'Log page 14 of 31   Binder [31510]   Reviewed by PharmD L. Cho, RPh lic. [20335]',
    'Reminder: JZ required on claims when no drug was discarded (since 07/01/2023).',
  ].join('\n'),
});

// ── 5. Buy-and-bill inventory (toxin refrigerator) ──
const toxinInventory = table({
  id: 's33-inv',
  kind: 's33-buy-and-bill-toxin-inventory',
  caption: 'Specialty Pharmacy — Buy & Bill Inventory — Fridge #2 — count as of 03/01/2026',
  headers: ['Item #', 'Product', 'NDC', 'Lot', 'Exp', 'On hand', 'Unit cost', 'Ext. cost'],
  rows: [
    ['[31392]', 'BOTOX 100U vial', '[00023]-1145-01', 'C[64445]C3', '08/2027', '14', '$639.00', '$8,946.00'],
    ['[31393]', 'BOTOX 200U vial', '[00023]-3921-02', 'C[68120]C4', '11/2027', '6', '$1,278.00', '$7,668.00'],
    ['[44614]', 'XEOMIN 100U', '[00259]-1610-01', '[51485]', '04/2028', '9', '$575.40', '$5,178.60'],
    ['[44615]', 'DYSPORT 300U', '[15054]-0530-6', 'T[64712]', '02/2027', '3', '$1,024.00', '$3,072.00'],
    ['Total', '', '', '', '', '32', '', '$[24864].60'],
    ['PO pending', 'McKesson SPS', '', '', '', 'PO [47163]', 'acct [80392]', 'ship to [53715]'],
  ],
});

// ── 6. Pain clinic procedure log ──
const painLog = table({
  id: 's33-painlog',
  kind: 's33-pain-clinic-procedure-log',
  caption: 'Interventional Pain — Procedure Log — Suite B — week of 03/09/2026',
  headers: ['Date', 'Case #', 'Patient', 'Procedure', 'CPT', 'Level/Side', 'Fluoro (mGy)', 'Physician'],
  rows: [
    ['03/09', '[55307]', 'K. Ng', 'L4-5 TFESI', '{64483}', 'L4-5 LT', '12.4', 'Dr. Sato'],
    ['03/09', '[55308]', 'M. Bell', 'L3-5 MBB', '{64493}, {64494}', 'bilat', '18.0', 'Dr. Sato'],
    ['03/10', '[55311]', 'J. Fox', 'RFA L4-S1 facets', '{64635}-50 / {64636}-50', 'bilat', '22.7', 'Dr. Liang'],
    [
      '03/10',
      '[55312]',
      'R. Ortiz',
      'Morton neuroma alcohol injection',
      '{64632} LT',
      '3rd interspace',
      'US',
      'Dr. Liang',
    ],
    ['03/11', '[55320]', 'T. Ward', 'Sciatic nerve block, diagnostic', '{64445} RT', '', 'US', 'Dr. Sato'],
    ['03/11', '[55321]', 'A. Kim', 'Cervical TFESI', '{64479}', 'C6-7 RT', '9.1', 'Dr. Sato'],
  ],
});

// ── 7. Pain clinic huddle board (whiteboard transcription) ──
const painHuddle = lines({
  id: 's33-huddle',
  kind: 's33-pain-clinic-morning-huddle-board',
  before: 'MORNING HUDDLE — PAIN CENTER — THU',
  text: [
    'Room 6 suction out — facilities WO [91642]; use Rm 7',
    'Census today: 42 visits / 11 procedures / 3 add-ons',
    'Prior auth pending: Ward ({64445} RT) -> 2nd block auth # [80956] exp 04/15',
    'Ortiz {64632} x3 series — 2nd injection today, {64632} LT, PA covers 3 units',
    'Denial watch: Aetna bundling {64494} w/o {64493} on same DOS — 4 claims, $[10740] held',
    'Fridge temp log missed Tue — pharmacy ticket [66674]',
    'New MA starts Mon — badge [20873], Epic login pending',
    'Charge lag: 37 encounters unsigned, oldest enc [56129] (Dr. Liang)',
    'Parking: garage B closes 18:00, lot [95805] badge readers down',
  ].join('\n'),
});

// ── 8. Hand surgery clinic surgery posting ──
const handPosting = lines({
  id: 's33-handpost',
  kind: 's33-hand-clinic-surgery-posting-form',
  before: 'SURGERY POSTING REQUEST — HAND & UPPER EXTREMITY',
  text: [
    'Patient: Dalton, Meg  MRN [29464]  Phone (608) 555-0144  Zip [53715]',
    'Procedure(s): 1) Open carpal tunnel release R ({64721}-RT)',
    '2) Trigger finger release R ring ({26055}-F8), A1 pulley',
    '3) Neuroplasty, digital nerve R ring ({64702})',
    'Anesthesia: WALANT / local;  Est. time 45 min;  Facility: Eastside ASC (Ctr [10989])',
    'Requested date: week of 04/06/2026   Surgeon: T. Brandt, MD   Posting # [73560]',
  ].join('\n'),
});

// ── 9. Plastic surgery clinic visit note (free prose) ──
const plasticNote: Snippet[] = [
  {
    id: 's33-plastic-1',
    kind: 's33-plastics-clinic-note-prose',
    text: 'Discussed migraine surgery trigger-site deactivation; if she elects it we will post an occipital nerve decompression, billed by most payers under {64722} (unlisted nerve work goes to {64999}), not under {64712} which is reserved for sciatic neurolysis.',
    before: 'Assessment and plan',
  },
  {
    id: 's33-plastic-2',
    kind: 's33-plastics-clinic-note-prose',
    text: 'She had Botox for migraine ({64615}, 155 units) in 2024 with 50% reduction; BMI 24, lives in ZIP [53703], works 12-h shifts.',
    before: 'History',
  },
  {
    id: 's33-plastic-3',
    kind: 's33-plastics-clinic-note-prose',
    text: 'Referral # [82053] to neurology placed. Prior photos in media tab, encounter [57034].',
    before: 'Orders',
  },
];

// ── 10. Podiatry neuroma excision op summary ──
const podiatryOp = lines({
  id: 's33-podop',
  kind: 's33-podiatry-neuroma-op-summary',
  before: 'OPERATIVE SUMMARY — FOOT & ANKLE',
  text: [
    'Procedure: Excision of Morton neuroma, 3rd intermetatarsal space, left foot (CPT {28080}-LT)',
    'History: failed 3 alcohol sclerosing injections ({64632}) Oct-Dec 2025',
    'Patient: Lowry, D.  MRN [67301]  Acct [30218]  Surgeon J. Lowe, DPM',
    'Specimen: neuroma 1.8 x 0.6 cm to pathology, accession S26-[14946]',
    'Anesthesia: ankle block (see block log) + MAC; tourniquet 250 mmHg x 22 min',
    'Implants: none.   EBL minimal.   Case # [30554]',
  ].join('\n'),
});

// ── 11. Podiatry clinic charge sheet (superbill) ──
const podSuperbill = table({
  id: 's33-podsb',
  kind: 's33-podiatry-superbill-checkboxes',
  caption: 'FOOT & ANKLE ASSOCIATES — Encounter Form',
  headers: ['', 'Description', 'CPT', 'Fee'],
  rows: [
    ['[ ]', 'New pt, moderate', '{99204}', '$285'],
    ['[x]', 'Est pt, low', '{99213}', '$140'],
    ['[x]', 'Neurolytic inj, digital nerve (Morton)', '{64632}', '$310'],
    ['[ ]', 'Inj, plantar fascia', '{20550}', '$165'],
    ['[ ]', 'Neuroma excision', '{28080}', '$1,190'],
    ['', 'Acct', '[35275]', ''],
    ['', 'Payer ID', '[87726]', ''],
    ['', 'Office', '411 W Main St, Sun Prairie WI [53590]', ''],
  ],
});

// ── 12. Oculoplastics clinic schedule ──
const oculoSched = lines({
  id: 's33-oculo',
  kind: 's33-oculoplastics-clinic-schedule-list',
  before: 'OCULOPLASTICS — Dr. Menon — Fri 03/13',
  text: [
    '08:00  Blepharospasm f/u + Botox {64612}-50 (25U/side)  MRN [65836]',
    '08:15  Hemifacial spasm — {64612}-LT, last 12/05',
    '08:45  Ptosis eval (possible {67904}) MRN [09004]',
    '09:30  Bleph consult, visual fields ordered ({92083})',
    '10:00  Post-op 1 wk upper bleph ({15823}-50), global ends 05/30',
    'Room 4 phone x[41765]',
  ].join('\n'),
});

// ── 13. ASC block schedule ──
const ascBlock = table({
  id: 's33-ascblock',
  kind: 's33-asc-block-schedule-week',
  caption: 'Eastside Surgery Center — OR Block Schedule — Apr 2026',
  headers: ['Day', 'OR 1', 'OR 2', 'OR 3 (procedure room)'],
  rows: [
    ['Mon', 'Ortho Hand — Brandt', 'Podiatry — Lowe', 'Pain — Sato ({64483}/{64493})'],
    ['Tue', 'Plastics — Rhee', 'Ortho Sports', 'Pain — Liang ({64635}, {64636})'],
    ['Wed', 'Hand — Brandt (CTR {64721})', 'Oculoplastics — Menon', 'Open'],
    ['Thu', 'Neuro surg — Farouk (neurolysis {64712}/{64714})', 'GI', 'Pain — Sato'],
    ['Fri', 'Released 72h', 'Podiatry', 'Chemo clinic overflow'],
    ['Block util. YTD', '81%', '74%', '[90101] min booked'],
  ],
});

// ── 14. ASC case costing ──
const ascCost = table({
  id: 's33-asccost',
  kind: 's33-asc-case-costing-by-cpt',
  caption: 'Eastside ASC — Case Costing — Q1 2026 — Direct cost per case',
  headers: ['CPT', 'Description', 'Cases', 'Supplies', 'Labor', 'Total direct', 'Net rev', 'Margin'],
  rows: [
    ['{64721}', 'Carpal tunnel release', '118', '$142', '$398', '$540', '$1,210', '$670'],
    ['{64712}', 'Neuroplasty sciatic', '4', '$310', '$1,880', '$2,190', '$2,460', '$270'],
    ['{64714}', 'Neuroplasty lumbar plexus', '2', '$344', '$2,105', '$2,449', '$2,305', '($144)'],
    ['{28080}', 'Morton neuroma exc.', '21', '$188', '$612', '$800', '$1,366', '$566'],
    ['{64635}', 'RFA lumbar facet', '96', '$402', '$355', '$757', '$1,520', '$763'],
    ['Total', '', '241', '$[48472]', '$[97578]', '$146,050', '$342,640', '$196,590'],
  ],
});

// ── 15. ASC payment rate table (Addendum AA style) ──
const addendumAA = table({
  id: 's33-aa',
  kind: 's33-asc-addendum-aa-rates',
  caption: 'Addendum AA — Final ASC Covered Surgical Procedures for CY 2026 (excerpt)',
  headers: [
    'HCPCS Code',
    'Short Descriptor',
    'Subject to Multiple Procedure Discounting',
    'Payment Indicator',
    'Payment Rate',
    'Copayment',
  ],
  rows: [
    ['{64445}', 'N block inj sciatic sng', 'Y', 'P3', '$98.41', '$19.68'],
    ['{64612}', 'Destroy nerve face muscle', 'Y', 'P3', '$112.30', '$22.46'],
    ['{64632}', 'N block inj common digit', 'Y', 'P3', '$80.77', '$16.15'],
    ['{64712}', 'Revision of sciatic nerve', 'Y', 'A2', '$2,118.57', '$423.71'],
    ['{64714}', 'Revise low back nerve(s)', 'Y', 'A2', '$2,118.57', '$423.71'],
    ['{64721}', 'Carpal tunnel surgery', 'Y', 'A2', '$1,311.26', '$262.25'],
    ['{28080}', 'Removal of foot lesion', 'Y', 'A2', '$1,376.49', '$275.30'],
  ],
});

// ── 16. Regional anesthesia block log ──
const blockLog = table({
  id: 's33-blocklog',
  kind: 's33-regional-anesthesia-block-log',
  caption: 'Acute Pain Service — Peripheral Nerve Block Record',
  headers: ['Date', 'Pt ID', 'Block', 'Code', 'Side', 'Needle', 'LA / volume', 'Catheter', 'Attending'],
  rows: [
    ['03/02', '[22821]', 'Popliteal sciatic', '{64445}', 'R', '22G 80mm', 'Ropi 0.5% 20 mL', 'N', 'Voss'],
    ['03/02', '[22830]', 'Popliteal sciatic cont. infusion', '{64446}', 'L', '18G Tuohy', 'Ropi 0.2% @8', 'Y', 'Voss'],
    ['03/03', '[47120]', 'Interscalene', '{64415}', 'R', '22G 50mm', 'Bupi 0.5% 15 mL', 'N', 'Iyer'],
    ['03/03', '[47121]', 'Adductor canal', '{64447}', 'L', '22G 80mm', 'Ropi 0.5% 15 mL', 'N', 'Iyer'],
    ['03/04', '[16836]', 'Ankle block (neuroma exc.)', '{64450} x5 nerves', 'L', '25G', 'Lido/Bupi 20 mL', 'N', 'Voss'],
    ['03/05', '[60582]', 'Sciatic, subgluteal', '{64445}', 'L', '22G 100mm', 'Ropi 0.5% 20 mL', 'N', 'Iyer'],
    ['03/05', '[60590]', 'Femoral cont. infusion', '{64448}', 'R', '18G Tuohy', 'Ropi 0.2% @6', 'Y', 'Iyer'],
    ['03/04', '[16840]', 'US guidance', 'bundled ({76942} not sep.)', '', '', '', '', 'Voss'],
  ],
});

// ── 17. Implant and supply log ──
const implantLog = table({
  id: 's33-implant',
  kind: 's33-implant-supply-log-or',
  caption: 'Implant / Supply Log — Case [36133] — OR 1 — 03/19/2026',
  headers: ['Item', 'Mfr', 'Ref/Catalog', 'Lot', 'Qty', 'Chg code', 'Billed with'],
  rows: [
    ['NeuraGen nerve guide 3mm x 2cm', 'Integra', 'NGM320', '[66120]', '1', '[27802]', '{64910}'],
    ['AxoGuard nerve protector 10mm', 'AxoGen', 'AG-P10-40', '[15872]C', '1', '[27805]', '{64712}'],
    ['RF probe 20G 100mm 10mm AT', 'Stryker', '0406-[20100]', '[78827]', '2', '[27111]', '{64635}'],
    ['Suture 9-0 nylon', 'Ethicon', '2829G', '[94778]', '2', '', ''],
    ['Bupivacaine 0.25% 30 mL', 'Hospira', 'NDC [00409]-1159-02', '[13027]DD', '1', '[25001]', ''],
    ['Tisseel 4 mL', 'Baxter', '1504514', 'VNL[18255]', '1', '[27870]', '{64712}'],
  ],
});

// ── 18. Surgeon preference card ──
const prefCard = lines({
  id: 's33-pref',
  kind: 's33-surgeon-preference-card-text',
  before: 'PREFERENCE CARD',
  text: [
    'Surgeon: FAROUK, N   Procedure: NEUROLYSIS SCIATIC NERVE OPEN   Card ID [63704]   Rev 7',
    'Linked CPT: {64712}   Alt: {64714} (lumbar plexus)   Position: prone, Wilson frame',
    'Gloves: Biogel 7.5 (item [58030]) x2;  Microscope: Zeiss Pentero, OR 1 only',
    'Meds: bupivacaine 0.25% 30 mL; Tisseel 4 mL (item [11986])',
    'Nerve stimulator Checkpoint (item [37053]); AxoGuard protector per surgeon',
    'Drapes: Pack, extremity (item [44870]); sequential stockings (item [29030])',
    'Last updated 02/02/2026 by CN [72612]',
  ].join('\n'),
});

// ── 19. Clinic dashboard (tiles) ──
const dashboard: Snippet[] = [
  {
    id: 's33-dash-1',
    kind: 's33-neuro-clinic-dashboard-tiles',
    text: '[11247] visits YTD',
    before: 'Neurology Clinic Dashboard — Visits',
    after: '▲ 6% vs LY',
  },
  {
    id: 's33-dash-2',
    kind: 's33-neuro-clinic-dashboard-tiles',
    text: 'Top procedure: {64615} (412)',
    before: 'Procedures — Q1',
  },
  {
    id: 's33-dash-3',
    kind: 's33-neuro-clinic-dashboard-tiles',
    text: 'Toxin spend $[59884]',
    before: 'Buy & bill — Mar',
    after: 'budget $62,000',
  },
  {
    id: 's33-dash-4',
    kind: 's33-neuro-clinic-dashboard-tiles',
    text: '{95886}: 188 | {95910}: 143 | {95911}: 71',
    before: 'EMG lab volume by code',
  },
  {
    id: 's33-dash-6',
    kind: 's33-neuro-clinic-dashboard-tiles',
    text: 'Calls answered [10441] | abandoned 6.2% | avg wait 3:12',
    before: 'Access center — Q1',
  },
  {
    id: 's33-dash-7',
    kind: 's33-neuro-clinic-dashboard-tiles',
    text: 'Next 3rd available: EMG 19 days | Botox 26 days | new pt 64',
    before: 'Access',
  },
  {
    id: 's33-dash-5',
    kind: 's33-neuro-clinic-dashboard-tiles',
    text: 'A/R > 90 days: $[41309]',
    before: 'Revenue cycle',
  },
];

// ── 20. Chemodenervation prior-auth tracker ──
const chemoPA = table({
  id: 's33-chemopa',
  kind: 's33-chemodenervation-prior-auth-tracker',
  caption: 'Botox PA tracker (shared spreadsheet)',
  headers: ['MRN', 'Payer', 'Codes requested', 'Units', 'Auth #', 'Valid thru', 'Status'],
  rows: [
    ['[77223]', 'Medicare', '{64612}-50 + J0585', '100', 'n/a', '', 'no PA req'],
    ['[12980]', 'BCBS', '{64615}, J0585 x200', '200', 'A26-[88043]', '09/30/26', 'Approved'],
    ['[38854]', 'Humana', '{64642}/{64643}', '400', '136620', '06/30/26', 'Pending'],
    ['[26618]', 'UHC', '{64616}', '200', '[41776]', '12/31/26', 'Approved'],
  ],
});

// ── 21. Remittance snippet for a chemo clinic (835 viewer lines) ──
const chemoRemit = lines({
  id: 's33-remit',
  kind: 's33-chemo-clinic-era-line-viewer',
  before: 'ERA detail',
  text: [
    'EFT trace [92061]  Paid 03/27/2026  Payer WPS Medicare',
    'Claim 2026071  Pt G.H.  DOS 03/12/2026  Payer ctrl # [84117]',
    'Ln 1  {64615}         1 unit   Billed 520.00  Allowed 187.62  Paid 150.10  CO-45',
    'Ln 2  J0585           155 un   Billed 4,030.00  Allowed 1,019.60  Paid 815.68',
    'Ln 3  J0585-JW        45 un    Billed 1,170.00  Allowed 296.01  Paid 236.81',
    'Ln 4  {64612}-59      1 unit   Billed 410.00  Denied CO-97 (bundled into {64615})',
    'Remark N130; provider adj. PLB WO [37190]',
    'Payee TIN ending 4471  NPI 1932204518  Payer id [38333]   Trace [26104]',
  ].join('\n'),
});

// ── 22. Neurology referral queue ──
const referralQueue = table({
  id: 's33-refq',
  kind: 's33-neurology-referral-work-queue',
  caption: 'WQ 4412 — Neurology referrals awaiting scheduling',
  headers: ['Ref #', 'Received', 'Reason', 'Requested test', 'Zip', 'Days waiting'],
  rows: [
    ['[52389]', '02/27', 'Numbness hands', 'EMG/NCS UE ({95886}/{95909})', '[53168]', '12'],
    ['[52390]', '02/28', 'Foot drop', 'EMG LE, peroneal NCS', '[53590]', '11'],
    ['[52412]', '03/01', 'Migraine, failed 3 preventives', 'Botox eval ({64615})', '[53711]', '9'],
    ['[52430]', '03/02', 'Blepharospasm', 'Chemo {64612}', '[54301]', '8'],
    ['[52441]', '03/03', 'Sciatic pain after hip surgery', 'NCS LE; surgical opinion re neurolysis', '[53045]', '7'],
  ],
});

// ── 23. ASC case cart pick list ──
const pickList = lines({
  id: 's33-pick',
  kind: 's33-asc-case-cart-pick-list',
  before: 'CASE CART PICK LIST — SPD',
  text: [
    'Case [70740]  03/18 07:30 OR 3  Sato  LUMBAR RFA L3-L5 BILAT  {64635}-50 {64636}-50',
    'Bin A-14  RF cannula 20G 10cm 10mm AT   qty 6   item [20010]',
    'Bin A-15  Grounding pad                 qty 2   item [20011]',
    'Bin C-02  Lidocaine 1% 10 mL            qty 4   item [50558]',
    'Bin C-09  Omnipaque 240 10 mL           qty 1   item [62645]',
    'Bin D-01  Sterile gown XL               qty 4   item [33906]',
    'Bin D-07  Tray, RF lumbar custom        qty 1   item [48251]   lot [24713]',
    'Pick by: T.S. 03/17 15:02   Cart # [00412]',
  ].join('\n'),
});

// ── 24. Charge capture reconciliation (ASC) ──
const chargeRecon = table({
  id: 's33-chgrec',
  kind: 's33-asc-charge-reconciliation',
  caption: 'Daily charge reconciliation — 03/11/2026 — scheduled vs charged',
  headers: ['Case', 'Scheduled CPT', 'Charged CPT', 'Variance', 'Charge amt', 'Note'],
  rows: [
    ['[55320]', '{64445}', '{64445}-RT', 'OK', '$1,240.00', ''],
    ['[55321]', '{64479}', '{64479}, {77003}', 'added guidance', '$2,110.00', 'fluoro sep. in ASC?'],
    ['[55324]', '{64632}', '—', 'missing', '$0.00', 'MD note not signed'],
    ['[55335]', '{28080}', '{28080}-LT', 'OK', '$4,125.00', 'path acc S26-[14990]'],
    ['[55338]', '{64612}', '{64612}-50', 'OK', '$820.00', 'J0585 x100 on rx claim [73014]'],
    ['[55330]', '{64712}', '{64708}', 'code change', '$[11240].00', 'op note: "neuroplasty major peripheral nerve"'],
  ],
});

// ── 25. Coder query email (prose) ──
const coderQuery: Snippet[] = [
  {
    id: 's33-query-1',
    kind: 's33-coder-query-email-prose',
    text: 'Dr. Farouk — for case [55330] the posting said "{64712}" but the note describes decompression of the lumbar plexus; should we bill {64714} instead of {64712}?',
    before: 'Subject: Query — neurolysis code',
  },
  {
    id: 's33-query-2',
    kind: 's33-coder-query-email-prose',
    text: 'Also, the implant log shows the AxoGuard (lot [15872]C); it is not separately payable in the ASC. Reply by 3/20. Coding ext. [64714] is my desk line.',
    before: 'Subject: Query — neurolysis code',
  },
];

// ── 26. Quality / registry abstract ──
const registry = lines({
  id: 's33-registry',
  kind: 's33-hand-surgery-outcomes-registry-abstract',
  before: 'OUTCOMES REGISTRY — ABSTRACT FORM',
  text: [
    'Registry ID [43525]   Site 04   Enrolled 01/09/2026   IRB [25117]   Consent v3',
    'Index procedure CPT: {64721}   Concomitant: {26055}',
    'QuickDASH pre 61.4 / 6 wk 22.7   Boston CTS SSS 3.4 -> 1.6',
    'Follow-up visits: 2/3/6/12 mo   Survey batch [20926]',
    'Data manager: ext [32418]; REDCap record [10458]',
  ].join('\n'),
});

// ── 27. ASC fee schedule comparison (payer contract) ──
const contractRates = table({
  id: 's33-contract',
  kind: 's33-asc-payer-contract-rate-compare',
  caption: 'Payer contract model — ASC — % of Medicare',
  headers: ['Code', 'MCR ASC rate', 'Aetna', 'BCBS', 'Cigna', 'Vol (12 mo)', 'Annual $ at BCBS'],
  rows: [
    ['{64712}', '2,118.57', '145%', '160%', '132%', '9', '$[30510]'],
    ['{64714}', '2,118.57', '145%', '160%', '132%', '3', '$[10170]'],
    ['{64445}', '98.41', '210%', '180%', '', '640', '$113,344'],
    ['{64632}', '80.77', '200%', '175%', '190%', '212', '$[29964]'],
    ['{64612}', '112.30', '', '165%', '150%', '380', '$[70411]'],
  ],
});

// ── 28. EMG tech worklist with glued ids ──
const techWorklist = lines({
  id: 's33-techwl',
  kind: 's33-emg-tech-worklist-export',
  before: 'WORKLIST EXPORT (csv pasted)',
  text: [
    'order_id,mrn,study,cpt,status',
    'ORD[75340],[40784],"NCS BLE","{95910}",done',
    'ORD[75341],[61207],"NCS UE + EMG","{95911}|{95885}",done',
    'ORD[75342],[88120],"Peroneal","{95908}",read',
    'ORD[75343],[99560],"Blink reflex","{95933}",sched',
  ].join('\n'),
});

// ── 29. Pain clinic patient instructions (printed) ──
const patientInstr = lines({
  id: 's33-ptinstr',
  kind: 's33-pain-procedure-patient-instructions',
  before: 'YOUR PROCEDURE',
  text: [
    'You are scheduled for a sciatic nerve block (procedure code {64445}) on 03/24 at 10:30.',
    'Check in at 2150 Deming Way, Suite 200, Middleton WI [53562]; bring photo ID.',
    'Parking validation code [71236]; the garage entrance is on Parmenter St.',
    'Do not eat after midnight. Driver required. Pharmacy on site: Store [19427], fax (608) 555-0171.',
    'Your case number is [55402]. Questions: (608) 555-0190.',
    'Estimated patient responsibility: $19.68; see estimate #[31240] in MyChart.',
  ].join('\n'),
});

// ── 30. Nerve block billing audit memo ──
const auditMemo = lines({
  id: 's33-audit',
  kind: 's33-block-billing-audit-memo',
  before: 'INTERNAL AUDIT — ANESTHESIA BLOCKS',
  text: [
    'Sample: 40 claims, DOS 10/01/2025-12/31/2025, audit # [21751].',
    'Findings: 6 claims billed {64445} and {64446} together (only one allowed per side/session);',
    '3 claims billed {64447} with {64448} same nerve; 2 billed {76942} with {64445} (guidance is bundled).',
    'Claims selected from batch [40527] (Medicare, J8 MAC) and batch [40533] (commercial).',
    'Overpayment estimate: $[12310] across [00148] claim lines; refund due within 60 days.',
    'Codes {64415}-{64448} reviewed; ranges {64415}–{64417} had no errors.',
  ].join('\n'),
});

// ── 31. Monthly toxin unit reconciliation (pharmacy report) ──
const unitRecon = table({
  id: 's33-unitrec',
  kind: 's33-toxin-monthly-unit-reconciliation',
  caption: 'Neurotoxin unit reconciliation — February 2026 — all clinics',
  headers: ['Product', 'Opening units', 'Received', 'Administered', 'Wasted (JW)', 'Closing units', 'Variance'],
  rows: [
    ['onabotulinumtoxinA', '[14200]', '[20000]', '[27315]', '1885', '5000', '0'],
    ['incobotulinumtoxinA', '6300', '[10000]', '[11750]', '150', '4400', '0'],
    ['abobotulinumtoxinA', '[24300]', '[30000]', '[38700]', '600', '[15000]', '0'],
  ],
});

// ── 32. Manufacturer lot recall notice (clinic inbox) ──
const recallNotice = lines({
  id: 's33-recall',
  kind: 's33-supply-lot-recall-notice',
  before: 'URGENT: MEDICAL DEVICE RECALL — ACTION REQUIRED',
  text: [
    'Product: RF Cannula, 20G x 100 mm, 10 mm active tip   Catalog 0406-[20100]',
    'Affected lots: [78827], [78828], [78901] (manufactured 09/2025)',
    'Your account [60377] received 3 cases on PO [41902] shipped to Middleton WI [53562].',
    'Return via RMA [39116]; credit memo will reference invoice [95124].',
    'No action required for lots [80210] and later.',
  ].join('\n'),
});

// ── 33. ASC OR minutes by surgeon (utilization report) ──
const orMinutes = table({
  id: 's33-ormin',
  kind: 's33-asc-or-minutes-by-surgeon',
  caption: 'Room utilization — CY 2025 — minutes in room',
  headers: ['Surgeon', 'Service', 'Cases', 'Block min', 'Used min', 'Turnover min', 'Util %'],
  rows: [
    ['Brandt, T', 'Hand', '612', '[38400]', '[31128]', '9180', '81.1'],
    ['Sato, H', 'Pain', '1,408', '[57600]', '[49032]', '[14080]', '85.1'],
    ['Liang, W', 'Pain', '966', '[28800]', '[24210]', '9660', '84.1'],
    ['Farouk, N', 'Neurosurgery', '88', '[19200]', '[12715]', '1320', '66.2'],
    ['Lowe, J', 'Podiatry', '240', '[14400]', '[11262]', '3600', '78.2'],
  ],
});

export const sealed33: Snippet[] = [
  ...emgSchedule,
  ...ncsReport,
  ...chemoDaySheet,
  ...wastageLog,
  ...toxinInventory,
  ...painLog,
  ...painHuddle,
  ...handPosting,
  ...plasticNote,
  ...podiatryOp,
  ...podSuperbill,
  ...oculoSched,
  ...ascBlock,
  ...ascCost,
  ...addendumAA,
  ...blockLog,
  ...implantLog,
  ...prefCard,
  ...dashboard,
  ...chemoPA,
  ...chemoRemit,
  ...referralQueue,
  ...pickList,
  ...chargeRecon,
  ...coderQuery,
  ...registry,
  ...contractRates,
  ...techWorklist,
  ...patientInstr,
  ...auditMemo,
  ...unitRecon,
  ...recallNotice,
  ...orMinutes,
];
