import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 37 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s37-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, county FIPS codes, member, referral, trip and auth numbers, CDM and catalogue item numbers, lots and counts.
 * The five known codes' digits come back as decoys: a lot number, an odometer reading, an NEMT member id, a supply
 * catalogue number and a shipping box label.
 *
 * Family: post-acute, ancillary and referral businesses around a nerve procedure: DME and orthotics suppliers
 * (standard written order, delivery ticket, CMS-1500 from the supplier, DMEPOS rural ZIP fee look-up), home health
 * (referral intake, OASIS items, CMS-485) and hospice (intake note, UB-04 lines), skilled nursing (PDPM note, therapy
 * minutes log, SNFist rounding list), outpatient PT plan of care, billing grid and chargemaster, ambulance trip sheet
 * and claim lines, NEMT broker schedule, specialty pharmacy (enrollment form with 5-4-2 NDCs, benefits investigation,
 * cold-chain shipping record), infusion MAR and home-infusion visit note, e-referral portal and referral worklist,
 * IDTF nerve conduction report and fee/supervision rows, case management, UM review log, workers' comp nurse case
 * manager report, provider directory, and network adequacy tables (SSA and FIPS county codes, beneficiary counts).
 * Built on real public layouts: the CMS DMEPOS standard written order elements, the DMEPOS fee schedule and Rural ZIP
 * Code File (STATE, ZIP CODE, YEAR/QTR), CMS-1500 (02-12) item numbers, OASIS-E1 M-items, the CMS-485 plan of care
 * fields, UB-04 form locators with hospice revenue code 0657, the MDS 3.0 / PDPM items (I0020B, J2100, HIPPS), the
 * Medicare physician fee schedule PHYS SUPV indicator, and the Medicare Advantage HSD provider table and time/distance
 * criteria. The others are written the way those pages read, with no single source.
 *
 * 344 labelled tokens over 36 shapes: 128 codes, 216 decoys, 73 of the decoys in KNOWN_10K.
 */

// ── 1. DME standard written order after sciatic neurolysis, PDF text layer ──
const dmeSwo = lines({
  id: 's37-dmeswo',
  kind: 's37-dme-standard-written-order-text',
  before: 'STANDARD WRITTEN ORDER (SWO) — DMEPOS — Lakeshore Orthotics & Mobility, LLC',
  text: [
    'Beneficiary: Halvorsen, Dale R.   MBI: 4TK7-QE2-MN81   DOB: 06/14/1958',
    'Delivery address: 2207 Cedar Ave S, Apt 4, Minneapolis, MN [55406]   Phone: (612) 555-0193',
    'Order date: 10/03/2025   Order no. SWO-[48886]   Supplier number (NSC): 2048813301',
    'Item 1: L1971 — AFO, posterior solid ankle, plastic, with ankle joint, prefabricated — qty 1 — LT',
    'Item 2: E0114 — Crutches, underarm, other than wood, adjustable or fixed, pair — qty 1',
    'Item 3: E0730 — TENS, four or more leads — rental x 2 months; A4595 supplies, 1 unit/month',
    'Surgery this admission: open neurolysis, sciatic nerve, left ({64712}), 09/30/2025, M Health Fairview',
    'Clinical note: foot drop after {64712}; peroneal division weak, 2/5 dorsiflexion. Length of need: 6 months.',
    'Prescriber: Ingrid Solberg, MD   NPI 1467530912   Clinic: 909 Fulton St SE, Minneapolis, MN [55455]',
    'Supplier branch: 1400 Eagan Industrial Rd, Eagan, MN [55121] · Branch ID [57533] · Fax (651) 555-0161',
  ].join('\n'),
});

// ── 2. DMEPOS rural ZIP look-up for a fee schedule row (supplier billing desk), table ──
const ruralZip = table({
  id: 's37-ruralzip',
  kind: 's37-dmepos-rural-zip-fee-lookup-rows',
  caption:
    'DMEPOS Fee Schedule — L1971 (JURIS D, CATG OR) — rural ZIP look-up, DMEPOS Rural ZIP Code File, quarter [20254]',
  headers: ['STATE', 'ZIP CODE', 'YEAR/QTR', 'Rural', 'L1971 fee (NR)', 'L1971 fee (R)', 'Applies'],
  rows: [
    ['MN', '[55406]', '[20254]', '', '$362.48', '$388.15', 'NR'],
    ['MN', '[56716]', '[20254]', 'R', '$362.48', '$388.15', 'R'],
    ['MN', '[56601]', '[20254]', 'R', '$362.48', '$388.15', 'R'],
    ['WI', '[54806]', '[20254]', 'R', '$358.02', '$384.90', 'R'],
    ['ND', '[58046]', '[20254]', 'R', '$371.66', '$396.41', 'R'],
    ['MN', '[55124]', '[20254]', '', '$362.48', '$388.15', 'NR'],
  ],
});

// ── 3. Orthotic proof of delivery / delivery ticket, table ──
const podTicket = table({
  id: 's37-pod',
  kind: 's37-orthotic-proof-of-delivery-ticket',
  caption:
    'Delivery Ticket / Proof of Delivery — Ticket [30849] — Lakeshore Orthotics & Mobility — Patient acct [27646]',
  headers: ['Line', 'HCPCS', 'Mod', 'Description', 'Qty', 'Lot / Serial', 'Charge'],
  rows: [
    ['1', 'L1971', 'LT NU', 'AFO, post. solid ankle w/ joint, prefab', '1', 'Lot [64612]', '$412.00'],
    ['2', 'E0114', 'NU', 'Crutches, underarm, aluminum, pair', '1', 'Lot [21907]', '$78.50'],
    ['3', 'E0730', 'RR KH', 'TENS unit, 4-lead (rental month 1)', '1', 'SN TX-[81107]', '$64.20'],
    ['4', 'A4595', '', 'Electrode kit, TENS, per month', '1', 'Lot [77656]', '$29.75'],
    ['5', 'L2999', 'LT', 'Dorsiflexion assist strap, not otherwise classified', '1', '', '$58.00'],
    ['', '', '', 'Signed by beneficiary 10/06/2025 at 2207 Cedar Ave S, [55406]', '', '', ''],
  ],
});

// ── 4. Orthotist evaluation note, EHR text ──
const orthoNote = lines({
  id: 's37-orthonote',
  kind: 's37-orthotist-evaluation-note-text',
  before: 'Orthotic Evaluation — Certified Orthotist (CO) — Visit note',
  text: [
    'Referral: Dr. I. Solberg, Neurosurgery. Pt is 12 days s/p L sciatic neurolysis {64712} (09/30/2025)',
    'Hx: EMG/NCS at outside IDTF 09/12 (billed {95910}, {95886}); severe peroneal axonal loss.',
    'Plan: fit prefab AFO L1971 today; custom L1960 if no progress at 8 weeks. Cast not taken.',
    'Gait/orthotic training to be done by PT under separate plan of care ({97760}, later {97763} visits).',
    'Pt lives alone, 3 steps to enter; daughter at 4851 Penn Ave N, Minneapolis [55430] can assist.',
    'Fitting time 35 min. Chart no. [12097]-A. Next visit 10/20/2025 at Eagan branch.',
  ].join('\n'),
});

// ── 5. DME supplier claim, CMS-1500 items as a key-value panel (billing software) ──
const dme1500 = table({
  id: 's37-dme1500',
  kind: 's37-dme-cms1500-item-panel',
  caption: 'Claim review — CMS-1500 (02-12) — DME MAC Jurisdiction D — batch [10818]',
  headers: ['Item', 'Field', 'Entry'],
  rows: [
    ['1a', "Insured's ID number", '4TK7QE2MN81'],
    ['5', 'Patient address — ZIP', '[55406]'],
    ['17', 'Name of referring provider', 'DN  Ingrid Solberg MD'],
    ['19', 'Additional claim information', 'Surgery {64712} 09/30/25 LT; foot drop'],
    ['21', 'Diagnosis (ICD ind. 0)', 'A. G57.32   B. M21.372   C. Z98.890'],
    ['23', 'Prior authorization number', '[24374]'],
    ['24A–J', 'Service lines', 'L1971 LT NU · E0114 NU · E0730 RR KH · A4595'],
    ['26', "Patient's account no.", '[27646]'],
    ['32', 'Service facility location', '2207 Cedar Ave S, Minneapolis MN [55406]'],
    ['33', 'Billing provider', 'Lakeshore Orthotics & Mobility, Eagan MN [55121]-1402'],
  ],
});

// ── 6. Home-health referral intake screen, key-value panel ──
const hhIntake = table({
  id: 's37-hhintake',
  kind: 's37-home-health-referral-intake-panel',
  caption: 'New Referral — Intake — Buckeye Home Health & Therapy — Branch 02 (Columbus)',
  headers: ['Field', 'Value'],
  rows: [
    ['Referral no.', 'HH-[31062]'],
    ['Referral source', 'Wesley Glen Health Center (SNF) — Social Services, ext. [43271]'],
    ['Inpatient discharge', '10/24/2025 (SNF); hospital stay 10/06–10/10'],
    ['Surgical procedure', 'Open decompression/neurolysis, lumbar plexus ({64714}), 10/06/2025'],
    ['Other procedures', 'Sciatic nerve block, single shot ({64445}), pre-op 10/06'],
    ['Primary diagnosis (for OASIS M1021)', 'G54.1 Lumbosacral plexus disorders'],
    ['Face-to-face encounter', '10/22/2025 — Dr. A. Mensah (SNF attending)'],
    ['Disciplines ordered', 'SN, PT, OT; HHA 2w2'],
    ['Patient address', '3188 Karl Rd, Columbus, OH [43224]'],
    ['County (FIPS)', 'Franklin [39049]'],
    ['Payer', 'Humana Medicare Advantage — auth [12113]; HIPPS pending'],
    ['Intake coordinator', 'R. Lindqvist, phone (614) 555-0127 ext. [27519]'],
  ],
});

// ── 7. OASIS start-of-care assessment, PDF text layer ──
const oasis = lines({
  id: 's37-oasis',
  kind: 's37-oasis-start-of-care-items-text',
  before: 'OASIS-E1 Start of Care — Clinical Record Items',
  text: [
    '(M0018) National Provider Identifier (NPI) for the attending physician: 1285639470',
    '(M0020) Patient ID Number: [20817]',
    '(M0030) Start of Care Date: 10/24/2025     (M0040) Patient Name: Okafor, Grace N.',
    '(M0050) Patient State of Residence: OH     (M0060) Patient ZIP Code: [43224]',
    '(M0063) Medicare Number: 7WD3-KX1-PQ42   (M0069) Gender: 2 - Female',
    '(M1005) Inpatient Discharge Date (most recent): 10/24/2025',
    '(M1021) Primary Diagnosis: G54.1   Symptom control rating: 2',
    'Surgical history (free text): L lumbar plexus neurolysis, open, CPT {64714}; pre-op block {64445}.',
    '(M1311) Number of unhealed pressure ulcers at each stage: 0     Incision L flank, 14 cm, staples',
    '(M2200) Therapy need: 12 visits     Clinician ID [58027]     Agency branch [00847]',
  ].join('\n'),
});

// ── 8. Hospice referral intake note, EHR text ──
const hospiceIntake = lines({
  id: 's37-hospintake',
  kind: 's37-hospice-referral-intake-note-text',
  before: 'Hospice Referral — Intake Note — Crossroads Hospice of the Valley',
  text: [
    'Referral #[86882] received 10/21/2025 14:10 from Banner Desert Oncology, RN navigator ext. [47317]',
    'Pt: 71 y/o M, metastatic pancreatic adenocarcinoma; PPS 40%; pain 8/10 on oral hydromorphone.',
    'Procedures this month: celiac plexus neurolysis {64680} 10/14 with CT guidance ({77012}); good relief x 5 days.',
    'Earlier: bilateral intercostal blocks {64420}, {64421} (09/2025). Oncology asks whether a repeat {64680} is covered.',
    'Note: repeat neurolysis would be related to terminal dx — hospice to arrange/pay if elected.',
    'Residence: 2740 E Southern Ave, Mesa, AZ [85204]; Maricopa County [04013]. Lives with spouse.',
    'Medicare benefit period 1; election date pending. Hospice provider no. 031602. MRN [93711].',
    'Attending: Dr. P. Navarro, NPI 1730294866 — to remain attending; phone (480) 555-0122 x[12542].',
  ].join('\n'),
});

// ── 9. Hospice UB-04 claim lines (revenue code 0657 physician services carry CPT), table ──
const hospiceUb = table({
  id: 's37-hospub',
  kind: 's37-hospice-ub04-revenue-lines',
  caption:
    'UB-04 (TOB 0811) — Crossroads Hospice of the Valley — Pat. cntl no. [75717] — Statement 10/01/2025–10/31/2025',
  headers: [
    '42 Rev. Cd.',
    '43 Description',
    '44 HCPCS / Rate / HIPPS',
    '45 Serv. Date',
    '46 Serv. Units',
    '47 Total Charges',
  ],
  rows: [
    ['0651', 'Routine home care', 'Q5001', '10/24/2025', '8', '1,793.36'],
    ['0551', 'Skilled nursing visit', 'G0299', '10/25/2025', '6', '0.00'],
    ['0561', 'Medical social services', 'G0155', '10/26/2025', '2', '0.00'],
    ['0657', 'Physician services', '{99349}', '10/24/2025', '1', '215.00'],
    ['0657', 'Physician services', '{99497}', '10/24/2025', '1', '160.00'],
    ['0657', 'Physician services (hospice physician, procedure)', '{64680}', '10/29/2025', '1', '1,240.00'],
    ['0001', 'Total charges', '', '', '', '3,408.36'],
    ['', 'FL 39 value code 61 (CBSA)', '[38060]', '', '', ''],
  ],
});

// ── 10. SNF MDS coordinator's PDPM note, EHR text ──
const pdpmNote = lines({
  id: 's37-pdpm',
  kind: 's37-snf-pdpm-classification-note-text',
  before: 'MDS Coordinator Note — 5-Day PPS Assessment — PDPM classification',
  text: [
    'Resident #[27707], Room 214B, admitted 10/10/2025 from Mount Carmel East after lumbar plexus neurolysis ({64714}).',
    'I0020B: G54.1 → PDPM clinical category Non-Orthopedic Surgery; J2100 = 1 (recent surgery requiring active SNF care).',
    'Hospital op report also lists sciatic block {64445} (anesthesia) — not a surgery for J2100 purposes.',
    'Grouper: PT/OT K, SLP A, Nursing PBC1, NTA D → HIPPS KAPD1 (5-day). ARD 10/17/2025; assessment ID [00445].',
    'Section GG self-care score 9, mobility score 12. Therapy minutes scheduled: PT 330/week, OT 300/week.',
    'Facility CCN 365118; Franklin County [39049]; Humana MA (PDPM per contract), day 1; SNF auth [11849]. Batch [31207].',
  ].join('\n'),
});

// ── 11. SNF therapy minutes log (Part B resident after Part A ends), table ──
const snfLog = table({
  id: 's37-snflog',
  kind: 's37-snf-therapy-minutes-log',
  caption: 'Therapy Treatment Log — Resident #[27712] — Brandt, E. — Week of 11/17/2025 — Part B (certified)',
  headers: ['Date', 'Disc.', 'CPT', 'Mod', 'Minutes', 'Units', 'Therapist'],
  rows: [
    ['11/17', 'PT', '{97110}', 'GP', '24', '2', 'M. Deng, PT'],
    ['11/17', 'PT', '{97116}', 'GP', '15', '1', 'M. Deng, PT'],
    ['11/17', 'OT', '{97535}', 'GO', '30', '2', 'S. Ruiz, OTR/L'],
    ['11/18', 'PT', '{97112}', 'GP KX', '23', '2', 'J. Patel, PTA'],
    ['11/18', 'PT', '{97530}', 'GP', '16', '1', 'J. Patel, PTA'],
    ['11/19', 'OT', '{97530}', 'GO', '38', '3', 'S. Ruiz, OTR/L'],
    ['11/19', 'PT', '{97140}', 'GP', '8', '1', 'M. Deng, PT'],
    ['11/20', 'PT', '{97164}', 'GP', '20', '1', 'M. Deng, PT (re-eval)'],
    ['11/21', 'PT', '{97150}', 'GP', '45', '1', 'group, 3 residents'],
    ['Week total', '', '', '', '219', '14', 'KX threshold $2,410 reached → KX'],
  ],
});

// ── 12. PT initial evaluation and plan of care after lumbar plexus neurolysis, text ──
const ptPoc = lines({
  id: 's37-ptpoc',
  kind: 's37-pt-plan-of-care-after-nerve-surgery-text',
  before: 'Physical Therapy Initial Evaluation and Plan of Care — Outpatient Neuro Rehab',
  text: [
    'Patient: Okafor, Grace N.   MRN [20817]   Acct [57586]   Payer: Humana MA',
    'Referring dx: G54.1; s/p L lumbar plexus decompression 10/06/2025 ({64714}), Dr. L. Haddad.',
    'Evaluation complexity: moderate ({97162}). LEFS 31/80; 5xSTS 19.2 s; TUG 16.8 s with RW.',
    'Interventions: {97110} ther ex, {97112} NMR, {97116} gait, {97140} manual, {97530} ther act, {97535} HEP/self-care.',
    'Modalities: e-stim unattended G0283 as needed; no {97035} ultrasound over incision.',
    'Frequency: 2x/week x 8 weeks (16 visits). Certification period 11/24/2025 – 01/18/2026.',
    'Clinic: 3535 Olentangy River Rd, Suite 1200, Columbus, OH [43214] · Fax (614) 555-0140',
    'Physician certification: I certify the need for these services ... Dr. L. Haddad, NPI 1528096437, 3535 Olentangy River Rd, Columbus [43214].',
  ].join('\n'),
});

// ── 13. Outpatient PT daily billing grid, table ──
const ptGrid = table({
  id: 's37-ptgrid',
  kind: 's37-pt-daily-billing-grid',
  caption: 'Visit billing — Okafor, Grace N. — Auth [39671] — 16 visits approved through 01/18/2026',
  headers: ['Visit', 'Date', 'Timed codes (units)', 'Untimed', 'Total timed min', 'Billed units'],
  rows: [
    ['1', '11/24/2025', '{97162} eval; {97110} x1', '—', '14', '1 + eval'],
    ['2', '11/26/2025', '{97110} x2, {97116} x1', 'G0283', '40', '3'],
    ['3', '12/01/2025', '{97112} x1, {97530} x1, {97140} x1', 'G0283', '47', '3'],
    ['4', '12/03/2025', '{97110} x1, {97116} x2', '—', '38', '3'],
    ['5', '12/08/2025', '{97530} x2', '—', '29', '2'],
    ['', 'Claim no.', '[11364]-0045 (Dec) — remit pending', '', '', ''],
  ],
});

// ── 14. BLS non-emergency ambulance trip sheet (PCR), text ──
const tripSheet = lines({
  id: 's37-trip',
  kind: 's37-ambulance-trip-sheet-pcr-text',
  before: 'Patient Care Report — Non-Emergency Transport — MedRide EMS, Unit 14',
  text: [
    'Run # [25118]   Incident # [94478]   Date 10/10/2025   Crew: EMT-B T. Yoder (#4471), EMT-B R. Amin (#5106)',
    'Origin: Mount Carmel East, 6001 E Broad St, Columbus, OH [43213] — Dispatch 09:12, at pt 09:38',
    'Destination: Wesley Glen Health Center (SNF), 5155 N High St, Columbus, OH [43214]',
    'Odometer at pick-up [64712].4   at destination [64721].9   Loaded miles 9.5',
    'Reason for transport: s/p L lumbar plexus decompression (surgery 10/06), bed confined, NWB LLE,',
    'unable to sit >15 min (incision L flank). Stretcher required. PCS on file, signed by RN.',
    'Vitals: BP 132/78, HR 84, SpO2 97% RA, pain 6/10. Pt transferred via draw sheet x2.',
    'Billing: A0428 BLS non-emergency, A0425 x 10 (rounded loaded mileage), origin ZIP [43213].',
  ].join('\n'),
});

// ── 15. Ambulance claim lines, billing company screen, table ──
const ambClaim = table({
  id: 's37-ambclaim',
  kind: 's37-ambulance-claim-line-grid',
  caption: 'MedRide EMS — Part B claims to CGS (contractor [15202]) — batch 2025-10-[12333]',
  headers: ['Trip #', 'DOS', 'HCPCS', 'Mod', 'Units', 'Charge', 'Pick-up ZIP', 'Status'],
  rows: [
    ['[25104]', '10/10/2025', 'A0428', 'HN', '1', '$612.00', '[43213]', 'Paid'],
    ['[25104]', '10/10/2025', 'A0425', 'HN', '10', '$148.00', '[43213]', 'Paid'],
    ['[25133]', '10/10/2025', 'A0428', 'RN', '1', '$612.00', '[43224]', 'Denied CO-50'],
    ['[25133]', '10/10/2025', 'A0425', 'RN', '6', '$88.80', '[43224]', 'Denied CO-50'],
    ['[25167]', '10/11/2025', 'A0426', 'HH', '1', '$845.00', '[43085]', 'Pending PCS'],
    ['[25167]', '10/11/2025', 'A0425', 'HH', '14', '$207.20', '[43085]', 'Pending PCS'],
  ],
});

// ── 16. Non-emergency medical transportation broker trip schedule, table ──
const nemt = table({
  id: 's37-nemt',
  kind: 's37-nemt-broker-trip-schedule',
  caption: 'Trip Schedule — Region 4 — Tuesday 11/04/2025 — Transportation provider ID [57708]',
  headers: ['Trip ID', 'Member ID', 'Pick-up', 'Pick-up address', 'Destination', 'Mode', 'Notes'],
  rows: [
    [
      'T-[57821]-A',
      'OH[88261]',
      '07:15',
      '1440 Oak St, Columbus [43205]',
      'Riverside PT Clinic',
      'Ambulatory',
      'Return leg 09:30',
    ],
    [
      'T-[57821]-B',
      'OH[88261]',
      '09:30',
      'Riverside PT Clinic, [43214]',
      'Home',
      'Ambulatory',
      'Will-call if visit runs long',
    ],
    [
      'T-[57866]-A',
      'OH[10206]',
      '06:40',
      '88 Reinhard Ave, Columbus [43206]',
      'OhioHealth Pain Center',
      'Wheelchair van',
      'Facility note: sedation procedure CPT {64445}; attendant must stay',
    ],
    [
      'T-[57905]-A',
      'OH[31944]',
      '10:05',
      '2300 Mock Rd, Columbus [43219]',
      'Nerve Lab (IDTF)',
      'Ambulatory',
      'Standing order x1',
    ],
    [
      'T-[57948]-A',
      'OH[64632]',
      '13:20',
      '415 E Main St, Columbus [43215]',
      'Dialysis',
      'Stretcher',
      'BLS — bill A0428',
    ],
  ],
});

// ── 17. Specialty pharmacy referral / enrollment form for botulinum toxin, PDF text layer ──
const spRef = lines({
  id: 's37-spref',
  kind: 's37-specialty-pharmacy-referral-form-text',
  before: 'Specialty Pharmacy Enrollment Form — Neurology / Botulinum Toxins — fax to (866) 555-0185',
  text: [
    'Patient: Delacroix, Amélie   DOB 02/11/1967   Address: 4117 Magazine St, New Orleans, LA [70115]',
    'Insurance: Peoples Health MA — Member ID PH-[28011]-09 — Group [28046]',
    'Product: onabotulinumtoxinA (Botox) 100 Units vial — NDC [00023]-1145-01 (11-digit 00023114501)',
    'Dose: 30 Units every 12 weeks to L facial muscles; dispense 1 vial; refills 3. HCPCS J0585 x 30 units.',
    'Administered in office: chemodenervation, facial nerve, unilateral ({64612}) with EMG guidance ({95874}).',
    'Prior toxin: incobotulinumtoxinA (Xeomin) NDC [00259]-1605-01, last 06/2025, partial response.',
    'Ship to: ( ) patient  (X) prescriber office — Ochsner Neurology, 1514 Jefferson Hwy, New Orleans, LA [70121]',
    'Prescriber: Dr. R. Thibodeaux, NPI 1093847265, DEA on file; office contact ext. [27538].',
  ].join('\n'),
});

// ── 18. Infusion center medication administration record, table ──
const infusionMar = table({
  id: 's37-mar',
  kind: 's37-infusion-center-mar-rows',
  caption: 'Infusion Center MAR — IV lidocaine for post-neurolysis neuropathic pain — Chair 6 — Visit [91151]',
  headers: ['Time', 'Medication', 'NDC', 'Dose / Route', 'Lot', 'Exp', 'Admin CPT'],
  rows: [
    ['08:42', 'Sodium chloride 0.9% 250 mL', '[00338]-0049-02', 'KVO IV', 'P411826', '03/2027', '—'],
    ['08:50', 'Ondansetron 4 mg/2 mL (J2405)', '[68083]-0110-01', '4 mg IV push', '[24130]', '08/2026', '{96375}'],
    [
      '09:00',
      'Lidocaine 2% (J2001), 5 mg/kg in 250 mL NS',
      '[63323]-0492-27',
      '380 mg IV over 60 min',
      '[62108]DD',
      '11/2026',
      '{96365}',
    ],
    ['10:00', 'Lidocaine, continued', '[63323]-0492-27', 'infusion 2nd hour', '[62108]DD', '11/2026', '{96366}'],
    ['10:05', 'Ketamine 50 mg/mL (J3490)', '[42023]-0113-10', '0.15 mg/kg IV push', '[30191]', '05/2026', '{96375}'],
    ['11:10', 'Hydration after infusion', '[00338]-0049-02', '500 mL', 'P411826', '03/2027', '{96361}'],
  ],
});

// ── 19. Specialty pharmacy benefits-investigation summary, table ──
const spBi = table({
  id: 's37-spbi',
  kind: 's37-specialty-pharmacy-benefits-investigation',
  caption:
    'Benefits Investigation Summary — Case BI-[58397] — Delacroix, A. — Medical benefit (buy-and-bill) vs. pharmacy benefit',
  headers: ['Code / NDC', 'Type', 'Benefit', 'PA required', 'Patient cost', 'Ref.'],
  rows: [
    ['J0585', 'HCPCS (drug)', 'Medical', 'Yes — approved', '20% after deductible', 'PA [70264]'],
    ['{64612}', 'CPT (administration)', 'Medical', 'No', '$40 specialist copay', ''],
    ['{95874}', 'CPT (EMG guidance)', 'Medical', 'No', 'included in copay', ''],
    ['{99214}', 'CPT (E/M, same day)', 'Medical', 'No', 'separate copay $40 if -25', ''],
    [
      '[00023]-1145-01',
      'NDC (Botox 100 U)',
      'Pharmacy (white bag)',
      'Yes — pending',
      '$0 with copay card',
      'Card BIN 610020, ID [28113]',
    ],
    ['{64615}', 'CPT (migraine) — not requested', '—', '—', '—', 'not on order'],
  ],
});

// ── 20. Specialty pharmacy shipping label / dispense record, text ──
const spShip = lines({
  id: 's37-spship',
  kind: 's37-specialty-pharmacy-dispense-shipping-record-text',
  before: 'Dispense & Shipping Record — Cold chain (2–8 °C) — Specialty Pharmacy #0147',
  text: [
    'Rx 6402117   Fill 1 of 4   Dispensed 11/03/2025   Pharmacist: K. Vu, RPh',
    'NDC [00023]-1145-01  Botox 100 Units  Qty 1 vial  Lot C6153C3  Exp 04/2027',
    'White-bag shipment to provider for in-office administration (CPT {64612}) — not for patient self-administration.',
    'Ship to: Ochsner Neurology, Attn: Injection Nurse, 1514 Jefferson Hwy, New Orleans, LA [70121]',
    'Carrier: FedEx Priority Overnight   Tracking 7794 5531 8820   Pack-out ID [30410]   Gel packs 4',
    'Temperature logger serial [84553]; delivery window 10:30; signature required. Box [64612]-B of 1.',
  ].join('\n'),
});

// ── 21. e-Referral portal, referral detail panel ──
const eRef = table({
  id: 's37-eref',
  kind: 's37-e-referral-portal-detail-panel',
  caption: 'eReferral — Referral Detail — Prairie Health Plan Provider Portal',
  headers: ['Field', 'Value'],
  rows: [
    ['Referral number', 'R2025-[77223]'],
    ['Status', 'Approved — enter referral number in claim field REF*9F'],
    ['Member', 'Sandoval, Luis — ID 88410337-01 — ZIP [80216]'],
    ['Referring provider', 'Dr. E. Marsh, NPI 1396620841, taxonomy 207Q[00000]X'],
    ['Referred to', 'Front Range Nerve Diagnostics (IDTF), taxonomy 261QD0000X'],
    ['Requested services', 'Nerve conduction studies {95909}–{95911}; needle EMG {95886}'],
    ['Reason', 'Persistent numbness after tarsal tunnel release ({28035}) 07/2025'],
    ['Visits authorized', '1 (valid 11/01/2025–01/31/2026)'],
    ['Servicing location', '1400 S Potomac St, Aurora, CO [80012]'],
    ['Plan note', 'Do not add {95913}; 13+ studies need medical review (case [27654])'],
  ],
});

// ── 22. Referral management worklist, table ──
const refWork = table({
  id: 's37-refwork',
  kind: 's37-referral-management-worklist',
  caption: 'Referral Coordinator Worklist — Outgoing — Neurosurgery clinic — filter: open',
  headers: ['Ref #', 'Received', 'Patient', 'Referred to', 'Requested', 'Status', 'Days open'],
  rows: [
    ['[27781]', '10/27', 'Sandoval, L.', 'Front Range Nerve Dx', '{95910}, {95886}', 'Scheduled 11/06', '3'],
    [
      '[27796]',
      '10/28',
      'Ferris, D.',
      'Aurora Outpatient PT',
      'PT eval {97161}–{97163} + 12 visits',
      'Auth pending',
      '2',
    ],
    ['[27803]', '10/28', 'Nakamura, T.', 'Rocky Mtn Orthotics', 'AFO fitting (L1971); {97760}', 'Faxed', '2'],
    [
      '[27815]',
      '10/29',
      'Ortiz, M.',
      'Denver Pain Institute',
      '{64632} x2 (plantar digital nerve)',
      'Denied — resubmit',
      '1',
    ],
    ['[27822]', '10/29', 'Bauer, K.', 'UCHealth Neurosurgery', '{64712} consult, second opinion', 'Accepted', '1'],
    ['[27830]', '10/30', 'Pham, H.', 'Home Health (Intrepid)', 'SN/PT after {64714}', 'Accepted', '0'],
    ['[27841]', '10/30', 'Greene, A.', 'Front Range Nerve Dx', 'NCS only', 'Pt cancelled', '0'],
  ],
});

// ── 23. IDTF nerve conduction report, PDF text layer ──
const ncsReport = lines({
  id: 's37-ncs',
  kind: 's37-idtf-nerve-conduction-report-text',
  before: 'Front Range Nerve Diagnostics — Electrodiagnostic Report (IDTF)',
  text: [
    'Accession [46264]   Patient: Sandoval, Luis   Ref. R2025-[77223]   Date of study 11/06/2025',
    'Indication: burning plantar pain and numbness 4 months after L tarsal tunnel release (CPT {28035}).',
    'Temp L foot 32.4 °C. Motor: L tibial (AH) distal latency 6.8 ms, amp 1.1 mV; L peroneal (EDB) normal.',
    'Sensory: L medial plantar absent; L lateral plantar 3 µV; L sural 9 µV. F-waves tibial 54 ms.',
    'Nerve studies: 7 motor/sensory → {95910}. Needle EMG, L leg, 6 muscles + paraspinals → {95886} with NCS (not {95885}).',
    'Impression: L tibial neuropathy at/below the tarsal tunnel, chronic; consider repeat release ({28035}) or neurolysis.',
    'Equipment: Natus UltraPro S100, serial [73120]. Technologist R. Lowe, R.NCS.T., cert. [31952].',
    'Interpreting physician: K. Osei, MD (ABEM) · 1400 S Potomac St, Aurora, CO [80012].',
  ].join('\n'),
});

// ── 24. IDTF fee schedule and supervision table (Medicare physician fee schedule extract), table ──
const idtfFee = table({
  id: 's37-idtffee',
  kind: 's37-idtf-fee-supervision-rows',
  caption: 'IDTF billing reference — MAC Novitas JH (contractor [04112]), locality 01 — 2025 non-facility',
  headers: ['HCPCS', 'Mod', 'Description', 'PHYS SUPV', 'Global', 'Fee'],
  rows: [
    ['{95907}', 'TC', 'Nrv cndj test 1-2 studies', '02', 'XXX', '$58.14'],
    ['{95908}', 'TC', 'Nrv cndj test 3-4 studies', '02', 'XXX', '$71.50'],
    ['{95909}', 'TC', 'Nrv cndj tst 5-6 studies', '02', 'XXX', '$84.02'],
    ['{95910}', 'TC', 'Nrv cndj test 7-8 studies', '02', 'XXX', '$108.77'],
    ['{95910}', '26', 'Nrv cndj test 7-8 studies', '09', 'XXX', '$91.40'],
    ['{95911}', 'TC', 'Nrv cndj test 9-10 studies', '02', 'XXX', '$127.36'],
    ['{95886}', 'TC', 'Musc test done w/n test comp', '02', 'ZZZ', '$39.18'],
    ['{95885}', 'TC', 'Musc tst done w/nrv tst lim', '02', 'ZZZ', '$28.63'],
    ['{95937}', '', 'Neuromuscular junction test', '02', 'XXX', '$93.05'],
    ['Enrollment', '', 'IDTF PTAN [57952]; supervising physicians on 855B, section 4', '', '', ''],
  ],
});

// ── 25. Hospital case management discharge planning note, text ──
const cmNote = lines({
  id: 's37-cmnote',
  kind: 's37-case-management-discharge-planning-note',
  before: 'Case Management Progress Note — Discharge Planning — Unit 6 West',
  text: [
    'POD 2 s/p L open lumbar plexus decompression {64714} (10/06). Inpatient order 10/06, MA plan (Humana).',
    'PT recs SNF: mod A transfers, ambulated 20 ft RW. Pt/daughter prefer SNF close to home (ZIP [43224]).',
    'Referrals sent via CarePort 10/08 10:40 to 4 SNFs; Humana auth for SNF submitted, ref # [11849].',
    'naviHealth reviewer to call back; case # [48448]. Anticipated DC 10/10 by BLS stretcher (MedRide).',
    'Pain controlled after pre-op sciatic block {64445}; APS signed off. No home O2. No DME needs at SNF.',
    'Called Wesley Glen admissions, ext. [13086]; bed offer for 10/10 pending auth. Daughter at (614) 555-0176.',
  ].join('\n'),
});

// ── 26. Utilization review concurrent review log, table ──
const urLog = table({
  id: 's37-urlog',
  kind: 's37-utilization-review-concurrent-log',
  caption: 'UM Concurrent Review Log — Humana MA — Member H[12834]-01 — Episode [13284]',
  headers: ['Review date', 'Type', 'Level of care', 'Days req.', 'Days appr.', 'Auth #', 'Reviewer note'],
  rows: [
    ['10/06', 'Pre-service', 'Inpatient surgical', '2', '2', '[11627]', 'Criteria met for {64714} as inpatient (MCG)'],
    ['10/08', 'Concurrent', 'Acute', '1', '1', '[11627]', 'POD 2; PT eval; await SNF auth'],
    ['10/09', 'Post-acute', 'SNF', '14', '7', '[11849]', 'Skilled PT/OT daily; re-review 10/16'],
    ['10/16', 'Concurrent', 'SNF', '7', '7', '[11849]', 'GG mobility 12 → 24; on track'],
    ['10/23', 'Concurrent', 'SNF', '7', '0', '[11849]', 'NOMNC issued; DC to home health 10/24'],
    ['10/24', 'Post-acute', 'Home health', '—', '60-day', '[12113]', 'SN/PT; outpatient PT after (code {97162} eval)'],
  ],
});

// ── 27. Provider directory listing cards, text layer ──
const directory = lines({
  id: 's37-dir',
  kind: 's37-provider-directory-listing-cards',
  before: 'Find a Provider — Results: Physical Therapy, within 10 miles of 75230 — Page 1 of 3',
  text: [
    'Northpark Rehab & Hand Therapy · 8140 Walnut Hill Ln, Ste 300, Dallas, TX [75231] · Dallas County',
    'NPI 1659381204 · Taxonomy 225100000X (Physical Therapist) · Accepting new patients · Languages: English, Spanish',
    'Preston Hollow Physical Therapy · 5741 W Northwest Hwy, Dallas, TX [75225] · 2.4 mi · Group ID [28291]',
    'Lakewood Neuro Rehab · 1901 Abrams Pkwy, Dallas, TX [75214] · 6.1 mi · Offers: EMG/NCS ({95907}–{95913}), AFO fitting',
    'Medical City Outpatient PT · 7777 Forest Ln, Bldg C, Dallas, TX [75230] · 0.3 mi · Tier 1',
    'Plano Orthotics & Prosthetics (DME) · 4001 W 15th St, Plano, TX [75093] · Collin County · Supplier no. 4471230018',
    'Directory data as of 10/31/2025. Report an error: directory@prairiehealth.example, form DIR-[89753].',
  ].join('\n'),
});

// ── 28. Network adequacy health-service-delivery (HSD) provider table, table ──
const hsd = table({
  id: 's37-hsd',
  kind: 's37-network-adequacy-hsd-provider-table',
  caption: 'HSD Provider Table — Contract H8872 — Exception request — Specialty: Physical Therapy (S03)',
  headers: ['SSA State/County Code', 'County FIPS', 'County', 'Specialty Code', 'NPI', 'Provider Name', 'ZIP'],
  rows: [
    ['[45390]', '[48113]', 'Dallas', 'S03', '1659381204', 'Northpark Rehab & Hand Therapy', '[75231]'],
    ['[45390]', '[48113]', 'Dallas', 'S03', '1417736620', 'Medical City Outpatient PT', '[75230]'],
    ['[45910]', '[48201]', 'Harris', 'S03', '1912005473', 'Bayou City Neuro PT', '[77079]'],
    ['[45910]', '[48201]', 'Harris', '010', '1306648220', 'Gulf Coast Neurosurgery', '[77030]'],
    ['[45420]', '[48085]', 'Collin', 'S03', '1780032591', 'Plano Orthotics & Prosthetics', '[75093]'],
    ['[45440]', '[48121]', 'Denton', 'S03', '1023369847', 'Denton Therapy Partners', '[76201]'],
  ],
});

// ── 29. Network adequacy time/distance summary by county, table ──
const adequacy = table({
  id: 's37-adequacy',
  kind: 's37-network-adequacy-time-distance-summary',
  caption: 'Time & Distance Results — Physical Therapy / Occupational Therapy — 2026 MA application',
  headers: [
    'County',
    'FIPS',
    'County type',
    'Specialty',
    'Max time / distance',
    'Beneficiaries',
    '% with access',
    'Result',
  ],
  rows: [
    ['Dallas', '[48113]', 'Large Metro', 'Physical Therapy', '20 min / 10 mi', '[31426]', '99.8%', 'Pass'],
    ['Harris', '[48201]', 'Large Metro', 'Physical Therapy', '20 min / 10 mi', '[39645]', '98.6%', 'Pass'],
    ['Collin', '[48085]', 'Metro', 'Physical Therapy', '30 min / 20 mi', '[11081]', '97.1%', 'Pass'],
    ['Kaufman', '[48257]', 'Micro', 'Occupational Therapy', '60 min / 45 mi', '[18126]', '88.4%', 'Fail — exception'],
    ['Hunt', '[48231]', 'Rural', 'Occupational Therapy', '60 min / 45 mi', '9,204', '93.0%', 'Pass'],
    ['Denton', '[48121]', 'Metro', 'Physical Therapy', '30 min / 20 mi', '[18459]', '96.2%', 'Pass'],
  ],
});

// ── 30. SNF referral responses board (discharge-planning platform), table ──
const snfBoard = table({
  id: 's37-snfboard',
  kind: 's37-snf-referral-response-board',
  caption: 'Post-acute referral — Okafor, G. — sent 10/08 10:40 — 4 providers — Referral ID [48391]',
  headers: ['Provider', 'CCN', 'Location', 'Distance', 'Response', 'Notes from provider'],
  rows: [
    [
      'Wesley Glen Health Center',
      '365118',
      'Columbus, OH [43214]',
      '4.1 mi',
      'Accepted',
      'PT/OT 6 days/wk; can take s/p {64714}',
    ],
    [
      'Forest Hills Rehab',
      '366103',
      'Columbus, OH [43224]',
      '2.2 mi',
      'Accepted',
      'Needs TENS from home supplier (E0730)',
    ],
    [
      'Worthington Manor',
      '365992',
      'Worthington, OH [43085]',
      '9.8 mi',
      'Declined',
      'No Humana contract; ref [88274] closed',
    ],
    ['Eastland Care Center', '366215', 'Columbus, OH [43232]', '7.3 mi', 'No response', 'Auto-expires 10/09 10:40'],
  ],
});

// ── 31. Workers' compensation nurse case manager report, text ──
const wcReport = lines({
  id: 's37-wcncm',
  kind: 's37-workers-comp-nurse-case-manager-report',
  before: "Nurse Case Manager Monthly Report — Workers' Compensation — Field Case Management",
  text: [
    'Claim no. WC-25-[93406]-TX   Employer: Gulf Freight Lines, 9100 Clinton Dr, Houston, TX [77029]',
    'Injured worker: Reyes, Tomas (forklift operator) — DOI 03/14/2025 — L sciatic nerve injury (crush).',
    'Surgery: L sciatic neurolysis {64712} on 08/19/2025, approved by UR #[92258] (Texas DWC rules).',
    'Post-op: PT 12 visits authorized ({97110}, {97112}, {97140}, {97530}); visits used 10 of 12.',
    'Requested: FCE ({97750} x 16 units) after visit 12; work conditioning ({97545}, {97546}) to follow if FCE supports.',
    'Adjuster: C. Nguyen, ext. [92549]. Next appointment with surgeon 11/12 at 7200 Cambridge St, Houston [77030].',
    'Pharmacy: gabapentin 300 mg tid via PBM (network [93711]); no opioids since 09/20.',
  ].join('\n'),
});

// ── 32. Home-health plan of care (CMS-485 layout), PDF text layer ──
const cms485 = lines({
  id: 's37-485',
  kind: 's37-home-health-cms485-plan-of-care-text',
  before: 'HOME HEALTH CERTIFICATION AND PLAN OF CARE (CMS-485)',
  text: [
    "1. Patient's HI Claim No. 7WD3KX1PQ42   2. Start of Care Date 10/24/2025   3. Certification Period 10/24/2025 – 12/22/2025",
    '4. Medical Record No. [20817]   5. Provider No. 367219',
    '6. Patient Name and Address: Okafor, Grace N., 3188 Karl Rd, Columbus, OH [43224]',
    '7. Provider Name, Address: Buckeye Home Health & Therapy, 1055 Mt Vernon Ave, Columbus, OH [43203]',
    '11. ICD Principal Diagnosis G54.1 — Lumbosacral plexus disorders — 10/06/2025',
    '12. ICD Surgical Procedure: lumbar plexus decompression, open — 10/06/2025 (surgeon billed CPT {64714})',
    '21. Orders: PT 2w4 — gait, transfers, HEP; SN 1w4 — incision, pain, meds; OT 1w3; HHA 2w3.',
    '24. Physician Name and Address: L. Haddad, MD, 3535 Olentangy River Rd, Columbus, OH [43214]',
  ].join('\n'),
});

// ── 33. Post-operative supply order after plantar digital nerve neurolysis, table ──
const supplyOrder = table({
  id: 's37-supply',
  kind: 's37-post-op-supply-order-form',
  caption:
    'Post-Op Supply Order — procedure {64632} RT, 11/04/2025 — Desert Foot & Ankle — PO [81107] — ship to ZIP [85032]',
  headers: ['Item #', 'HCPCS', 'Description', 'Qty', 'Frequency', 'Dispense'],
  rows: [
    ['[31740]', 'L3260', 'Surgical boot/shoe, post-op, each', '1', 'once', 'In office'],
    ['[40722]', 'E0114', 'Crutches, underarm, aluminum, pair', '1', 'once', 'In office'],
    ['[77141]', 'A6212', 'Foam dressing, 16 sq in or less, with border', '10', '3x/week', 'Ship'],
    ['[64445]', 'A6402', 'Gauze, non-impregnated, sterile, 16 sq in', '30', 'daily', 'Ship'],
    ['[79561]', 'A4927', 'Gloves, non-sterile, per 100', '1', 'once', 'Ship'],
    ['', '', 'Repeat of {64632} on LT planned 12/2025 — reorder same kit', '', '', ''],
  ],
});

// ── 34. Outpatient rehabilitation charge description master (CDM) rows, table ──
const cdm = table({
  id: 's37-cdm',
  kind: 's37-outpatient-rehab-chargemaster-rows',
  caption: 'Charge Description Master — Dept 7420 Outpatient Rehabilitation — effective 01/01/2026',
  headers: ['CDM #', 'Rev', 'CPT/HCPCS', 'Description', 'Timed', 'Price'],
  rows: [
    ['[42011]', '0424', '{97161}', 'PT EVAL LOW COMPLEX 20 MIN', 'N', '$212.00'],
    ['[42013]', '0424', '{97162}', 'PT EVAL MOD COMPLEX 30 MIN', 'N', '$248.00'],
    ['[42015]', '0424', '{97163}', 'PT EVAL HIGH COMPLEX 45 MIN', 'N', '$291.00'],
    ['[42018]', '0420', '{97110}', 'THERAPEUTIC EXERCISE EA 15 MIN', 'Y', '$96.00'],
    ['[42022]', '0420', '{97112}', 'NEUROMUSCULAR REEDUCATION EA 15', 'Y', '$104.00'],
    ['[42031]', '0420', '{97116}', 'GAIT TRAINING EA 15 MIN', 'Y', '$88.00'],
    ['[42037]', '0420', '{97760}', 'ORTHOTIC MGMT&TRAINJ 1ST ENC EA 15', 'Y', '$118.00'],
    ['[42040]', '0420', 'G0283', 'ELEC STIM UNATTENDED (MEDICARE)', 'N', '$41.00'],
    ['[42044]', '0434', '{97165}', 'OT EVAL LOW COMPLEX 30 MIN', 'N', '$205.00'],
  ],
});

// ── 35. SNF attending physician rounding and charge list, table ──
const snfRounds = table({
  id: 's37-snfrounds',
  kind: 's37-snf-physician-rounding-charge-list',
  caption: 'Post-acute rounding list — Dr. A. Mensah (SNFist) — Wesley Glen Health Center — 10/2025 — POS 31',
  headers: ['Resident', 'Room', 'DOS', 'CPT', 'Dx', 'Note'],
  rows: [
    ['Okafor, G.', '214B', '10/11', '{99306}', 'G54.1', 'Admission H&P; s/p {64714}'],
    ['Okafor, G.', '214B', '10/15', '{99308}', 'G54.1', 'Incision OK; pain 4/10'],
    ['Okafor, G.', '214B', '10/22', '{99309}', 'G54.1, R26.89', 'Falls risk; PT progressing'],
    ['Okafor, G.', '214B', '10/24', '{99315}', 'G54.1', 'Discharge day, 30 min or less'],
    ['Li, W.', '118A', '10/11', '{99307}', 'M54.17', 'Hospital course after {64445} block x2'],
    ['Brandt, E.', '301', '10/12', '{99310}', 'G57.32', 'Foot drop; AFO ordered; wound vac'],
    ['Brandt, E.', '301', '10/19', '{99497}', 'Z71.89', 'ACP 35 min; MOLST'],
    ['', '', '', '', '', 'Billing export batch [36101] sent 10/31'],
  ],
});

// ── 36. Home infusion nursing visit note, EHR text ──
const homeInf = lines({
  id: 's37-homeinf',
  kind: 's37-home-infusion-nursing-visit-note',
  before: 'Home Infusion Nursing Visit Note — Lakeside Home Infusion',
  text: [
    'Patient: Tran, Minh   Rx [60419]   Therapy: cefazolin 2 g IV q8h via PICC — SSI after lumbar plexus decompression ({64714})',
    'Visit 10/29/2025 09:00–11:40. Nursing billed {99601} (up to 2 h) + {99602} x1; per diem S9502 billed by pharmacy.',
    'PICC dressing change done; external length 2 cm, unchanged. Weekly labs drawn: CBC, BMP, CRP (lab req [60431]).',
    'Ambulatory pump E0779, serial [33412]; 3 doses/day via elastomeric backup if pump alarms.',
    'Home: 6620 Summer Wind Dr, Houston, TX [77083]; nearest ED Memorial Hermann Southwest, [77074].',
    'MD notified of temp 100.2 °F; order for blood cultures x2 ({87040}) if > 101 °F.',
    'Supervising pharmacist ext. [19802]; referral from hospital case management (case [48512]).',
  ].join('\n'),
});

export const sealed37: Snippet[] = [
  ...dmeSwo,
  ...ruralZip,
  ...podTicket,
  ...orthoNote,
  ...dme1500,
  ...hhIntake,
  ...oasis,
  ...hospiceIntake,
  ...hospiceUb,
  ...pdpmNote,
  ...snfLog,
  ...ptPoc,
  ...ptGrid,
  ...tripSheet,
  ...ambClaim,
  ...nemt,
  ...spRef,
  ...infusionMar,
  ...spBi,
  ...spShip,
  ...eRef,
  ...refWork,
  ...ncsReport,
  ...idtfFee,
  ...cmNote,
  ...urLog,
  ...directory,
  ...hsd,
  ...adequacy,
  ...snfBoard,
  ...wcReport,
  ...cms485,
  ...supplyOrder,
  ...cdm,
  ...snfRounds,
  ...homeInf,
];
