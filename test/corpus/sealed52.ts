import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 52 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s52-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, member, chart, cycle and accession numbers, NDC labeler prefixes, lot digits, EPSDT counts and prices.
 * Reference-lab test order codes sit next to the CPT column of a requisition as decoys. The five known codes' digits
 * come back as decoys: an IVF cycle number, a school student id, a claim suffix, a camp and a cryobank PO box and an
 * EPSDT screen count.
 *
 * Family: pediatric and women's health practices: OB global package trackers (antepartum visit counts, 59400 vs
 * 59425/59426 split billing), well-child superbills with vaccine administration (VIS dates, lot numbers, 5-4-2 NDCs),
 * the state immunization registry (IIS) entry grid, newborn nursery and NICU charge sheets, lactation consult and
 * postpartum home visit notes, fertility clinic IVF cycle logs, price lists and storage invoices, school and camp
 * health forms, pediatric sedation logs, regional anaesthesia (caudal, TAP, penile, sciatic, femoral blocks) in
 * pediatric surgery, a pediatric neurosurgery case list, botulinum toxin clinic logs, and Medicaid/CHIP reports
 * (CMS-416 EPSDT lines, HEDIS W30/WCV value-set tables, a state MCO well-child gap list, an ERA remit, blood lead
 * testing by ZIP), plus the decoy-only pages around them: newborn registration, school compliance roster, prenatal
 * lab requisition, clinic locations and a WIC referral.
 * Built on real public layouts: the CMS-416 line items (1 total eligibles … 6 total screens received), the HEDIS
 * Well-Care value set listing, the CDC VIS edition dates and the IIS/VFC administration fields (VFC eligibility,
 * funding source, lot, manufacturer, NDC, VIS date given), the ACOG antepartum record, CMS-1500 item 24 lines, the
 * SART cycle report fields, and state school entry / camp health forms. The others are written the way those pages
 * read, with no single source.
 *
 * 433 labelled tokens over 38 shapes: 195 codes, 238 decoys, 83 of the decoys in KNOWN_10K.
 */

// ── 1. OB global package tracker (antepartum visit counts), practice-management grid ──
const obTracker = table({
  id: 's52-obtrack',
  kind: 's52-ob-global-package-tracker-grid',
  caption: 'OB Global Tracker — Willow Creek Women’s Health — open packages as of 11/14/2025',
  headers: ['Patient', 'Acct', 'EDD', 'AP visits', 'Delivered', 'Planned CPT', 'Status', 'Payer ZIP'],
  rows: [
    ['Ramirez, Sofia', '[43021]', '12/02/2025', '11', '—', '{59400}', 'Open', '[43035]'],
    ['Nguyen, Thao', '[47912]', '11/20/2025', '9', '11/09/2025', '{59510}', 'Bill global', '[43215]'],
    ['Okonkwo, Ada', '[50388]', '01/15/2026', '5', '—', '{59425}', 'Transferred care 10/30', '[43230]'],
    ['Baker, Leah', '[11041]', '10/28/2025', '8', '10/26/2025 VBAC', '{59610}', 'Bill global', '[43081]'],
    ['Chen, Mei', '[61277]', '—', '7', 'SAB 14 wks', '{59426}', 'Split: AP only', '[43017]'],
    ['Harris, Jo', '[29946]', '12/30/2025', '2', '—', '—', 'New OB intake 11/11', '[43065]'],
  ],
});

// ── 2. OB split-billing worksheet (patient moved mid-pregnancy), text layer ──
const obSplit = lines({
  id: 's52-obsplit',
  kind: 's52-ob-split-billing-worksheet-text',
  before: 'Global OB split-billing worksheet — patient transferred care (coding desk)',
  text: [
    'Patient: Okonkwo, Ada   Acct [50388]   DOB 03/22/1996   Medicaid ID 918274615',
    'Antepartum visits with us: 5 (08/04, 08/29, 09/19, 10/10, 10/24) — report {59425} (4–6 visits), not {59426}.',
    'If fewer than 4 visits: bill an office E/M per visit instead of the antepartum package.',
    'Ultrasounds billed separately: {76805} on 09/19, {76817} on 10/10. Labs: {80055} obstetric panel, urine culture.',
    'New practice: Lakeview OB/GYN, 2200 Lakeview Dr, Dublin OH [43017]; records sent 10/31, fax ref [20013].',
    'Do not bill {59400}/{59510}. Claim no. 2025-1103-[64612] on hold until visit count confirmed.',
  ].join('\n'),
});

// ── 3. Antepartum flow sheet (ACOG-style record), table ──
const apFlow = table({
  id: 's52-apflow',
  kind: 's52-antepartum-flow-sheet-rows',
  caption: 'Prenatal Flow Sheet — Ramirez, Sofia — G2P1001 — EDD 12/02/2025 — chart [30065]',
  headers: ['Date', 'GA (wks)', 'Fundal ht', 'FHR', 'BP', 'Wt', 'Tests / orders', 'Provider'],
  rows: [
    ['05/06/2025', '10+2', '—', '158 doppler', '112/70', '141', 'Dating US {76801}; prenatal panel {80055}', 'KM'],
    ['06/03/2025', '14+2', '—', '150', '110/68', '143', 'NIPT sent, accession [26069]', 'KM'],
    ['07/15/2025', '20+2', '20', '146', '114/72', '149', 'Anatomy scan {76805}', 'RS'],
    ['08/26/2025', '26+2', '26', '142', '116/74', '155', '1-hr GTT {82950}; Tdap {90715} given, lot [38041]', 'KM'],
    ['10/21/2025', '34+2', '33', '138', '118/76', '162', 'NST {59025} reactive', 'RS'],
    ['11/04/2025', '36+2', '35', '140', '120/78', '164', 'GBS swab {87081}; result neg', 'KM'],
  ],
});

// ── 4. Well-child superbill (18-month visit) with vaccine administration, CMS-1500-like lines ──
const wcSuperbill = table({
  id: 's52-wcsb',
  kind: 's52-well-child-superbill-lines',
  caption: 'Superbill — Maple Grove Pediatrics — 18 mo WCC — DOS 11/12/2025 — encounter [75036]',
  headers: ['24D CPT/HCPCS', 'Mod', 'Description', '24E Dx ptr', '24F Charges', '24G Units', 'NDC (24 shaded)'],
  rows: [
    ['{99392}', '25', 'Periodic preventive, age 1–4, est', 'A', '$185.00', '1', ''],
    ['{96110}', '', 'Developmental screen (ASQ-3)', 'A', '$18.00', '1', ''],
    ['{90460}', 'SL', 'Imm admin w/ counseling, 1st component', 'A', '$25.00', '2', ''],
    ['{90461}', 'SL', 'Imm admin w/ counseling, each addl component', 'A', '$15.00', '3', ''],
    ['{90700}', 'SL', 'DTaP, IM', 'A', '$0.00', '1', 'N4 [49281]-0286-10'],
    ['{90633}', 'SL', 'Hep A, ped/adol, 2 dose', 'A', '$0.00', '1', 'N4 [58160]-0825-52'],
    ['{99188}', '', 'Fluoride varnish', 'A', '$28.00', '1', ''],
    ['{96127}', '', 'M-CHAT-R/F', 'A', '$10.00', '1', ''],
  ],
});

// ── 5. Vaccine administration record (VIS dates, lots), EHR panel text ──
const varRecord = lines({
  id: 's52-var',
  kind: 's52-vaccine-administration-record-text',
  before: 'Immunizations given today — Maple Grove Pediatrics — VFC PIN on file',
  text: [
    'DTaP (Daptacel) {90700} · Sanofi · Lot U8049AA · NDC [49281]-0286-10 · VIS 08/06/2021 · R thigh IM',
    'Hep A (Havrix) {90633} · GSK · Lot 9C7M4 · NDC [58160]-0825-52 · VIS 07/28/2020 · L thigh IM',
    'Influenza (Fluarix) {90686} · GSK · Lot Y[02748] · VIS 08/06/2021 · L thigh IM',
    'Admin: {90460} x2, {90461} x3 · VFC eligible: V02 Medicaid/CHIP · Funding: VFC',
    'Counseled mother on each vaccine; VIS given. Next due: 24 mo WCC, Hep A #2 in 6 mo.',
    'Administered by: T. Osei, MA · ID [68035] · Reviewed by Dr. P. Lund',
  ].join('\n'),
});

// ── 6. State immunization registry (IIS) entry grid, table ──
const iisGrid = table({
  id: 's52-iis',
  kind: 's52-immunization-registry-entry-grid',
  caption: 'MIIC — Add Immunizations — Client ID [60028] — Lund Family Pediatrics, Org [84038]',
  headers: ['Vaccine', 'CPT', 'CVX', 'Date', 'Lot #', 'Mfr', 'VIS date', 'Eligibility'],
  rows: [
    ['MMR', '{90707}', '03', '11/12/2025', 'Z[00541]', 'MSD', '08/06/2021', 'V02'],
    ['Varicella', '{90716}', '21', '11/12/2025', 'Y[01766]', 'MSD', '08/06/2021', 'V02'],
    ['PCV20', '{90677}', '216', '11/12/2025', 'LP[63218]', 'PFR', '05/12/2023', 'V02'],
    ['Hib (PRP-T)', '{90648}', '48', '11/12/2025', 'UJ[47055]AA', 'PMC', '08/06/2021', 'V02'],
    ['COVID-19', '{91318}', '—', '11/12/2025', '[11018]', 'PFR', 'EUA fact sheet', 'V01'],
  ],
});

// ── 7. Vaccine inventory / VFC reconciliation, table ──
const vfcInv = table({
  id: 's52-vfcinv',
  kind: 's52-vfc-vaccine-inventory-reconciliation',
  caption: 'VFC Monthly Inventory — October 2025 — PIN [55024] — fridge log [26023]',
  headers: ['Vaccine', 'NDC', 'Lot', 'Exp', 'Doses on hand', 'Doses given', 'Admin CPT'],
  rows: [
    ['Daptacel', '[49281]-0286-10', 'U8049AA', '03/2026', '40', '22', '{90700}'],
    ['Havrix 720', '[58160]-0825-52', '9C7M4', '06/2026', '25', '14', '{90633}'],
    ['M-M-R II', '[00006]-4681-00', 'Z[00541]', '01/2026', '30', '11', '{90707}'],
    ['Gardasil 9', '[00006]-4121-02', 'Z[02981]', '09/2026', '20', '6', '{90651}'],
    ['MenQuadfi', '[49281]-0590-05', 'U7[12240]', '12/2025', '10', '4', '{90619}'],
  ],
});

// ── 8. Newborn nursery charge sheet, table ──
const nurseryCharge = table({
  id: 's52-nursery',
  kind: 's52-newborn-nursery-charge-sheet',
  caption: 'Newborn Nursery — Physician Charge Sheet — Baby Boy Nguyen — MRN [84010] — born 11/09/2025 07:42',
  headers: ['Date', 'CPT', 'Description', 'Dx', 'Provider', 'Claim #'],
  rows: [
    ['11/09/2025', '{99460}', 'Initial normal newborn care, hospital', 'Z38.01', 'Dr. Hale', '[31874]'],
    ['11/09/2025', '{99464}', 'Attendance at delivery (C/S)', 'Z38.01', 'Dr. Hale', '[31874]'],
    ['11/10/2025', '{99462}', 'Subsequent hospital care, normal newborn', 'P59.9', 'Dr. Ruiz', '[31902]'],
    ['11/10/2025', '{54150}', 'Circumcision w/ clamp, dorsal penile block', 'Z41.2', 'Dr. Ruiz', '[31903]'],
    ['11/10/2025', '{92650}', 'Automated hearing screen (ABR)', 'Z13.5', 'RN', '[31902]'],
    ['11/11/2025', '{99238}', 'Discharge day', 'P59.9', 'Dr. Hale', '[31957]'],
    ['', '', 'Mother: Nguyen, Thao — acct [47912] — ZIP [43215]', '', ''],
  ],
});

// ── 9. NICU daily charge sheet, table ──
const nicuCharge = table({
  id: 's52-nicu',
  kind: 's52-nicu-daily-charge-grid',
  caption: 'NICU Professional Charges — Nationwide Children’s (bed 14) — MRN [90140] — birth wt 1,180 g',
  headers: ['DOS', 'CPT', 'Description', 'Current wt (g)', 'Units', 'Billing prov', 'Batch'],
  rows: [
    ['10/02/2025', '{99468}', 'Initial inpatient neonatal critical care', '1180', '1', 'Patel', '[72214]'],
    ['10/02/2025', '{31500}', 'Intubation, emergency', '1180', '1', 'Patel', '[72214]'],
    ['10/02/2025', '{36510}', 'UVC placement', '1180', '1', 'Patel', '[72214]'],
    ['10/03/2025', '{99469}', 'Subsequent neonatal critical care', '1160', '1', 'Lowry', '[72216]'],
    ['10/12/2025', '{99478}', 'Subsequent intensive care, wt < 1500 g', '1290', '1', 'Lowry', '[72245]'],
    ['10/30/2025', '{99479}', 'Subsequent intensive care, wt 1500–2500 g', '1610', '1', 'Patel', '[72298]'],
    ['11/14/2025', '{99480}', 'Subsequent intensive care, wt 2501–5000 g', '2540', '1', 'Okafor', '[72330]'],
  ],
});

// ── 10. NICU discharge summary, procedures paragraph (prose) ──
const nicuDc = lines({
  id: 's52-nicudc',
  kind: 's52-nicu-discharge-summary-procedures-text',
  before: 'NICU Discharge Summary — Baby Girl Reyes — Procedures and follow-up',
  text: [
    'Procedures: intubation and surfactant (INSURE) day 1; UVC day 1–7; PICC {36568} placed day 8 at 1,210 g.',
    'Bilateral inguinal hernias repaired at 44 wks PMA ({49491} billed; coder note: check {49492} for the second side).',
    'ROP exam {92202} x4; last exam zone III, stage 0. Hearing screen passed ({92650}).',
    'Follow-up: Developmental clinic 6 wks; home health RN visit {99502} x2; PCP Dr. Lund, ZIP [55044].',
    'Parents’ address: 18 Birch Ct, Lakeville MN [55044]; Medicaid MA ID [97036]-4410.',
  ].join('\n'),
});

// ── 11. Lactation consult note, EHR text ──
const lactation = lines({
  id: 's52-lactation',
  kind: 's52-lactation-consult-note-text',
  before: 'Outpatient Lactation Consultation — IBCLC — Willow Creek Women’s Health',
  text: [
    'Mother 6 days postpartum s/p SVD; infant DOL 6, wt 3,020 g (down 9% from BW). Referral #[20024].',
    'Latch shallow, clicking; tongue-tie suspected (Hazelbaker score low). Referred to peds ENT for frenotomy {41010}.',
    'Billed under supervising MD: preventive counseling {99401}; note: IBCLC cannot bill {99213} directly here.',
    'Pump: Spectra S1 rental (E0603), ins. auth [80049]. Weighted feed: 42 mL transfer in 15 min.',
    'Plan: follow up 3 days; if frenotomy done ({41010} or {40806}), recheck latch. Mom’s ZIP [80021].',
  ].join('\n'),
});

// ── 12. Postpartum visit note / package, text ──
const postpartum = lines({
  id: 's52-postpartum',
  kind: 's52-postpartum-visit-note-text',
  before: 'Postpartum Visit — 6 weeks — Baker, Leah — acct 11041',
  text: [
    'Delivered 10/26/2025 VBAC; global {59610} includes this visit — no separate E/M. Acct [11041].',
    'EPDS 11 — positive screen; maternal depression screen billed on infant chart ({96161}) at 1-mo WCC.',
    'Contraception: Nexplanon placed today {11981}; drug J7307 billed separately, implant lot R[75013].',
    'BP 132/84 (pre-E hx): home BP cuff, recheck 1 wk. Postpartum care visit reported with Cat II 0503F only.',
    'Pelvic floor PT referral; ref no. PT-[30009]. Next annual {99395} due 10/2026.',
  ].join('\n'),
});

// ── 13. Postpartum / newborn home visit log (home health nursing), table ──
const homeVisit = table({
  id: 's52-homevisit',
  kind: 's52-postpartum-newborn-home-visit-log',
  caption: 'Mother–Baby Home Visit Program — RN visit log — Hennepin region — week of 11/10/2025',
  headers: ['Visit', 'Client', 'Home ZIP', 'CPT', 'Service', 'Mileage', 'Auth'],
  rows: [
    ['1', 'Reyes (mother)', '[55406]', '{99501}', 'Postpartum home visit', '14', '[47039]'],
    ['1', 'Reyes (infant)', '[55406]', '{99502}', 'Newborn care home visit', '0', '[47039]'],
    ['2', 'Yusuf (mother)', '[55411]', '{99501}', 'Postpartum home visit', '9', '[68104]'],
    ['2', 'Yusuf (infant)', '[55411]', '{99502}', 'Newborn care, bili check {82247}', '0', '[68104]'],
    ['3', 'Larsen (infant)', '[55024]', '{99502}', 'Newborn weight check', '22', '[52217]'],
  ],
});

// ── 14. Fertility clinic IVF cycle log, table ──
const ivfLog = table({
  id: 's52-ivflog',
  kind: 's52-ivf-cycle-log-grid',
  caption: 'IVF Cycle Log — Cascade Fertility Center — cycle [64632] — patient ID [97052]',
  headers: ['Day', 'Date', 'Event', 'CPT', 'E2 (pg/mL)', 'Follicles ≥14 mm', 'Notes'],
  rows: [
    ['CD2', '09/02/2025', 'Baseline US + labs', '{76857}, {82670}', '38', '—', 'AFC 16'],
    ['S6', '09/08/2025', 'Monitoring (US + E2, same codes)', '—', '612', '4', 'add antagonist'],
    ['S10', '09/12/2025', 'Trigger', '—', '2140', '11', 'hCG 10,000 IU'],
    ['R', '09/14/2025', 'Oocyte retrieval', '{58970}, {76948}', '—', '—', '14 oocytes, 11 MII'],
    ['R', '09/14/2025', 'ICSI > 10 oocytes', '{89281}', '—', '—', 'embryologist ID [26071]'],
    ['D5', '09/19/2025', 'Blastocyst biopsy (PGT-A), vitrify', '{89290}, {89258}', '—', '—', '5 blasts'],
    ['FET', '10/24/2025', 'Thaw + transfer', '{89352}, {58974}', '—', '—', 'Embryo [94017]-3'],
  ],
});

// ── 15. Fertility clinic self-pay price list, table ──
const ivfPrice = table({
  id: 's52-ivfprice',
  kind: 's52-fertility-self-pay-price-list',
  caption: 'Self-Pay Fee Schedule 2025 — Cascade Fertility Center, 9360 SW Gemini Dr, Beaverton OR [97006]',
  headers: ['Service', 'CPT', 'Self-pay price', 'Package code'],
  rows: [
    ['IVF cycle, retrieval and lab (package)', '{58970} + lab', '$[12500]', 'PKG-[97038]'],
    ['Frozen embryo transfer (FET)', '{58974}', '$4250', 'PKG-[97042]'],
    ['IUI with sperm wash', '{58322}', '$650', ''],
    ['Embryo storage, per year', '{89342}', '$700', ''],
    ['Oocyte storage, per year', '{89346}', '$750', ''],
    ['Semen analysis', '{89320}', '$185', ''],
    ['Donor egg cycle (recipient)', '—', '$[26500]', 'PKG-[84028]'],
  ],
});

// ── 16. Cryostorage invoice (embryo/oocyte storage), text layer ──
const storageInv = lines({
  id: 's52-storage',
  kind: 's52-cryostorage-invoice-text',
  before: 'INVOICE — Cascade Fertility Cryobank',
  text: [
    'Remit to: PO Box [64714], Portland OR [97208]-4714 · Tax ID 93-1188420',
    'Invoice [38072]   Date 11/01/2025   Patient ID [97052]   Partner ID [97001]',
    'Embryo storage, annual (CPT {89342}) — 3 straws, tank B-7 — 11/01/2025–10/31/2026 — $700.00',
    'Oocyte storage, annual ({89346}) — 0 straws — $0.00',
    'Thaw, cryopreserved embryo {89352} (billed 10/24 FET) — see claim [26020]',
    'Balance due: $700.00. Questions: billing (503) 555-0148 ext. [26036]. Pay online with invoice [38072].',
  ].join('\n'),
});

// ── 17. School entry health form (kindergarten), key-value panel ──
const schoolForm = table({
  id: 's52-school',
  kind: 's52-school-entry-health-form-panel',
  caption: 'Certificate of Child Health Examination — Deerfield School District 109 — Kindergarten entry',
  headers: ['Item', 'Entry'],
  rows: [
    ['Student name / ID', 'Patel, Aarav — Student ID [64445]'],
    ['Home address', '412 Greenwood Ave, Deerfield IL [60015]'],
    ['Date of exam', '08/04/2025 (well visit {99393})'],
    ['Vision screen', 'Instrument-based {99177}; pass'],
    ['Hearing screen', 'Pure tone {92551}; pass both ears'],
    ['Immunizations', 'DTaP #5, IPV #4 ({90696} combined); MMR #2 and VAR #2 ({90710})'],
    ['Lead screen', 'Capillary lead {83655} at 24 mo: 2 µg/dL'],
    ['Dental exam', 'Proof attached, Dr. Kim, Highland Park IL [60035]'],
    ['School nurse fax', '(847) 555-0190, attn. Form [60022]'],
  ],
});

// ── 18. Summer camp health form (physician section), text layer ──
const campForm = lines({
  id: 's52-camp',
  kind: 's52-camp-health-form-physician-text',
  before: 'Camp Tamarack — Health History & Examination Form — Physician section (required)',
  text: [
    'Camper: Larsen, Ella   DOB 04/18/2013   Session 2 (07/06–07/26/2026)   Camper # [20018]',
    'Exam date 05/12/2026 — preventive visit age 12–17 ({99394}); sports/camp clearance: unrestricted.',
    'Tdap {90715} 05/2024; MenACWY {90734} 05/2024; HPV x2 (Gardasil 9); flu 10/2025.',
    'Allergies: peanut (EpiPen Jr x2 sent). Asthma: albuterol; spirometry {94010} normal 05/2026.',
    'Mail completed form to Camp Tamarack, PO Box [64712], Ely MN [55731] by 06/01.',
  ].join('\n'),
});

// ── 19. Pediatric sedation log (sedation unit), table ──
const sedLog = table({
  id: 's52-sedlog',
  kind: 's52-pediatric-sedation-unit-log',
  caption: 'Pediatric Sedation Unit — Daily Log — 11/13/2025 — Room 3',
  headers: ['Time', 'Patient (MRN)', 'Age', 'Procedure', 'Proc CPT', 'Sedation CPT', 'Minutes', 'Sedationist', 'Acct'],
  rows: [
    ['07:45', 'A.R. ([90106])', '4 y', 'MRI brain w/o', '{70551}', '{99151}', '34', 'Dr. Ho', '[83316]'],
    [
      '08:50',
      'J.T. ([90175])',
      '7 y',
      'Laceration repair, face 3.1 cm',
      '{12013}',
      '{99152}, {99153}',
      '41',
      'Dr. Ho',
      '[83342]',
    ],
    ['10:05', 'M.K. ([75024])', '2 y', 'ABR, sedated', '{92652}', '{99151}', '28', 'NP Grant', '[83357]'],
    [
      '11:20',
      'S.L. ([75052])',
      '11 y',
      'LP, intrathecal chemo',
      '{62270}, {96450}',
      '{99156}',
      '18',
      'Dr. Ortiz (other)',
      '[83361]',
    ],
    [
      '13:00',
      'D.P. ([43024])',
      '15 y',
      'Botox, facial (hemifacial spasm)',
      '{64612}',
      '{99152}',
      '22',
      'Dr. Ho',
      '[83379]',
    ],
  ],
});

// ── 20. Sedation record narrative, EHR text ──
const sedNote = lines({
  id: 's52-sednote',
  kind: 's52-procedural-sedation-record-text',
  before: 'Procedural Sedation Record — ED — moderate sedation by the treating physician',
  text: [
    'Pt 9 y/o M, closed distal radius fx; closed reduction {25605} with ketamine; ASA I; NPO 6 h.',
    'Intraservice time 07:12–07:38 (26 min): {99152} (first 15 min, age 5+), {99153} x1 (addl 15 min).',
    'Independent trained observer: RN K. Fahey, badge [11055]. No desaturation; recovery 40 min.',
    'Splint {29125} applied post-reduction; ortho f/u Monday. Encounter [30053].',
  ].join('\n'),
});

// ── 21. Pediatric regional anaesthesia block log (pediatric surgery), table ──
const blockLog = table({
  id: 's52-blocklog',
  kind: 's52-pediatric-regional-block-log',
  caption: 'Pediatric Regional Anesthesia — Block Log — Children’s Surgery Center — October 2025',
  headers: ['Date', 'Case #', 'Age/wt', 'Surgery', 'Block', 'Block CPT', 'Agent', 'Guidance', 'Home ZIP'],
  rows: [
    [
      '10/02',
      '[38054]',
      '3 y / 14 kg',
      'Orchiopexy {54640}',
      'Caudal single shot',
      '{62322}',
      'Ropi 0.2% 1 mL/kg',
      'landmark',
      '[55318]',
    ],
    [
      '10/06',
      '[38030]',
      '8 y / 27 kg',
      'Clubfoot revision, L',
      'Sciatic (popliteal) single shot',
      '{64445}',
      'Ropi 0.2% 10 mL',
      'US',
      '[55379]',
    ],
    [
      '10/09',
      '[47046]',
      '2 y / 12 kg',
      'Repair incomplete circumcision {54163}',
      'Dorsal penile',
      '{64450}',
      'Bupi 0.25% 2 mL',
      'landmark',
      '[55303]',
    ],
    [
      '10/14',
      '[47058]',
      '12 y / 44 kg',
      'Lap appendectomy {44970}',
      'TAP bilateral',
      '{64488}',
      'Ropi 0.2% 15 mL/side',
      'US',
      '[56301]',
    ],
    [
      '10/20',
      '[47067]',
      '14 y / 58 kg',
      'Femur ORIF',
      'Femoral single shot',
      '{64447}',
      'Ropi 0.2% 15 mL',
      'US',
      '[55746]',
    ],
    [
      '10/27',
      '[38016]',
      '6 y / 21 kg',
      'Tendon transfer, foot',
      'Sciatic continuous catheter',
      '{64446}',
      'Ropi 0.1% 0.2 mL/kg/h',
      'US',
      '[55987]',
    ],
  ],
});

// ── 22. Pediatric anaesthesia record — block procedure note (prose) ──
const blockNote = lines({
  id: 's52-blocknote',
  kind: 's52-pediatric-block-procedure-note-text',
  before: 'Anesthesia Procedure Note — Peripheral nerve block for postoperative pain (surgeon request)',
  text: [
    'Request: Dr. Amundsen (peds ortho) requests block for post-op analgesia; separately reportable from {01480}.',
    'Under GA, US-guided popliteal sciatic single injection, 10 mL ropivacaine 0.2%: {64445}, LT.',
    'Needle 22G 50 mm; no paresthesia possible (GA); image saved to PACS, accession [68078].',
    'Not a neurolysis — do not confuse with {64712} (open sciatic neurolysis) on the surgeon’s booking.',
    'Case [38054] billed with modifier 59 on block line; anesthesia time 07:58–09:41.',
  ].join('\n'),
});

// ── 23. Pediatric neurosurgery / peripheral nerve case list, table ──
const nerveCases = table({
  id: 's52-nervecases',
  kind: 's52-pediatric-peripheral-nerve-case-list',
  caption: 'Pediatric Brachial Plexus & Peripheral Nerve Program — OR case list Q3 2025',
  headers: ['Case', 'Age', 'Indication', 'Procedure', 'CPT', 'Surgeon', 'Referral ZIP'],
  rows: [
    [
      '1',
      '7 mo',
      'Neonatal brachial plexus palsy, C5–6',
      'Neurolysis + conduit repair',
      '{64713}, {64910}',
      'Sorensen',
      '[55044]',
    ],
    [
      '2',
      '6 y',
      'Sciatic injury after gluteal injection',
      'Open neurolysis, sciatic',
      '{64712}',
      'Sorensen',
      '[56001]',
    ],
    [
      '3',
      '13 y',
      'Lumbar plexus entrapment after pelvic fx',
      'Open decompression, lumbar plexus',
      '{64714}',
      'Sorensen',
      '[54601]',
    ],
    [
      '4',
      '16 y',
      'Morton neuroma, 3rd web space (dancer)',
      'Neurolytic destruction, plantar digital n.',
      '{64632}',
      'Vega (podiatry)',
      '[55105]',
    ],
    ['5', '10 y', 'Peroneal palsy after knee fx', 'Neurolysis, peroneal n.', '{64708}', 'Sorensen', '[55044]'],
  ],
});

// ── 24. Botulinum toxin clinic log (pediatric neuro / CP spasticity), table ──
const botoxLog = table({
  id: 's52-botox',
  kind: 's52-pediatric-botulinum-clinic-log',
  caption: 'Pediatric Spasticity Clinic — Botulinum toxin log — 11/2025 — Gillette Children’s',
  headers: ['Patient', 'Dx', 'Muscles', 'CPT', 'Guidance', 'Units', 'Lot', 'Wastage'],
  rows: [
    [
      'R.A.',
      'CP spastic diplegia',
      'bilat gastrocs, hamstrings',
      '{64642}, {64643}',
      '{95874}',
      '200',
      'C[68037]C4',
      '0',
    ],
    ['T.N.', 'Hemifacial spasm', 'orbicularis oculi, zygomaticus', '{64612}', '—', '25', 'C[68037]C4', '75'],
    ['L.B.', 'Sialorrhea', 'parotid, submandibular bilat', '{64611}', 'US {76942}', '60', 'C[80053]C3', '40'],
    ['K.W.', 'Hemiplegic CP, UE', 'biceps, FCU, FCR', '{64642}', 'e-stim {95873}', '120', 'C[80053]C3', '80'],
  ],
});

// ── 25. CMS-416 EPSDT annual report lines, table ──
const cms416 = table({
  id: 's52-cms416',
  kind: 's52-cms416-epsdt-report-lines',
  caption: 'Form CMS-416 — Annual EPSDT Participation Report — FY 2024 — State: OH — CHIP Medicaid expansion',
  headers: ['Line', 'Description', '<1', '1–2', '3–5', '6–9', '10–14', '15–18', 'Total'],
  rows: [
    ['1a', 'Total individuals eligible for EPSDT', '[84025]', '[93218]', '[26076]', '—', '—', '—', '—'],
    ['1b', 'Eligible for 90 continuous days', '[80015]', '[88201]', '[20025]', '—', '—', '—', '—'],
    ['2a', 'State periodicity schedule (screens)', '6', '3', '3', '2', '5', '4', '—'],
    ['6', 'Total screens received', '[64612]', '[75006]', '[11064]', '—', '—', '—', '—'],
    ['', 'Screens counted from codes {99381}–{99385}, {99391}–{99395} and newborn care', '', '', '', '', '', '', ''],
  ],
});

// ── 26. HEDIS W30 / WCV value-set table (MCO quality report), table ──
const hedisVs = table({
  id: 's52-hedis',
  kind: 's52-hedis-well-child-value-set-table',
  caption: 'HEDIS MY2025 — Well-Child Visits (W30) and Child & Adolescent Well-Care (WCV) — numerator value sets',
  headers: ['Value set', 'Code system', 'Codes', 'Members hit', 'Rate'],
  rows: [
    ['Well-Care', 'CPT', '{99381}–{99383}, {99391}–{99393}', '[26062]', '61.4%'],
    ['Well-Care', 'CPT', '{99384}–{99385}, {99394}–{99395}', '[11042]', '48.9%'],
    ['Well-Care', 'HCPCS', 'G0438, G0439, S0302', '312', '—'],
    ['Well-Care', 'ICD-10-CM', 'Z00.110, Z00.111, Z00.121, Z00.129, Z76.2', '[20009]', '—'],
    ['Denominator', '—', 'Continuous enrollment, age 3–21', '[94048]', '—'],
  ],
});

// ── 27. State Medicaid/CHIP MCO well-child gap list, table ──
const gapList = table({
  id: 's52-gaps',
  kind: 's52-chip-well-child-gap-list',
  caption: 'CareSource Ohio — Provider Gaps in Care — WCV/W30 — PCP group [43001] — run 11/10/2025',
  headers: ['Member ID', 'Name', 'DOB', 'ZIP', 'Last WCC', 'Last code', 'Gap', 'Phone'],
  rows: [
    ['[11014]-9920', 'Ortiz, Mateo', '02/11/2024', '[43224]', '06/04/2025', '{99392}', '18-mo WCC', '(614) 555-0131'],
    ['[11015]-4471', 'Hill, Aubrey', '09/30/2012', '[43207]', '—', '—', 'WCV 2025', '(614) 555-0177'],
    ['MC[84051]', 'Diallo, Awa', '05/20/2010', '[43211]', '08/12/2024', '{99394}', 'WCV 2025', '(614) 555-0102'],
    [
      'MC[84059]',
      'Brooks, Ty',
      '12/02/2019',
      '[43229]',
      '07/18/2024',
      '{99393}',
      'WCV 2025; flu {90686}',
      '(614) 555-0154',
    ],
  ],
});

// ── 28. Medicaid prior authorization / coverage policy excerpt (prose, fertility & newborn) ──
const policy = lines({
  id: 's52-policy',
  kind: 's52-medicaid-coverage-policy-excerpt',
  before: 'Ohio Department of Medicaid — Provider Bulletin — Obstetric and newborn services (excerpt)',
  text: [
    'Global obstetric codes (vaginal, cesarean, VBAC) are reported once per pregnancy by the delivering practitioner.',
    'When care is split, report antepartum care with {59425} or {59426} and delivery only with {59409} or {59514}.',
    'Infertility services, including retrieval {58970} and transfer, are not covered (OAC 5160-1-61).',
    'Frenotomy {41010} in newborns requires no prior authorization; mailing address for appeals: PO Box [11018], Columbus OH [43218].',
    'Questions: Provider Services (800) 686-1516, bulletin no. MITS-BITS [43034].',
  ].join('\n'),
});

// ── 29. Pediatric ENT / tongue-tie clinic schedule, table ──
const entSched = table({
  id: 's52-entsched',
  kind: 's52-peds-ent-clinic-schedule',
  caption: 'Peds ENT — Tuesday clinic — 11/18/2025 — Dr. Amari — location code [94012]',
  headers: ['Time', 'Patient', 'Reason', 'Planned CPT', 'Insurance', 'Ref #', 'Home ZIP'],
  rows: [
    ['08:00', 'Baby Yusuf', 'Ankyloglossia, feeding difficulty', '{41010}', 'MN MA', '[90035]', '[55411]'],
    ['08:20', 'Baby Reyes', 'Upper lip tie', '{40806}', 'MN MA', '[90014]', '[55406]'],
    ['09:00', 'Kim, Joon (4 y)', 'Recurrent AOM — tubes', '{69436}', 'BCBS MN', '[10020]', '[55116]'],
    ['09:30', 'Ali, Sara (6 y)', 'OSA — T&A', '{42820}', 'HealthPartners', '[10033]', '[55419]'],
    ['10:00', 'Larsen, Ella (12 y)', 'Hearing recheck', '{92557}, {92567}', 'Medica', '[10075]', '[55731]'],
  ],
});

// ── 30. OB ultrasound / MFM report footer and billing line, text layer ──
const mfm = lines({
  id: 's52-mfm',
  kind: 's52-mfm-ultrasound-report-text',
  before: 'Maternal-Fetal Medicine — Obstetric Ultrasound Report — Riverside Perinatal',
  text: [
    'Exam: Detailed fetal anatomic exam, singleton, 20w1d — CPT {76811}; cervical length TV {76817}.',
    'EFW 331 g (48th %ile); AFI normal; placenta posterior, clear of os. Accession [30092]-US.',
    'Indication: prior preterm birth at 33 wks; on vaginal progesterone. Follow-up growth {76816} at 28 wks.',
    'Referring: Willow Creek Women’s Health, Columbus OH [43230]. Report faxed to ext. [43023].',
  ].join('\n'),
});

// ── 31. Fertility clinic patient portal — cycle billing summary (key-value) ──
const portal = table({
  id: 's52-portal',
  kind: 's52-fertility-portal-billing-summary-panel',
  caption: 'My Account — Cycle Billing Summary — Cascade Fertility Center',
  headers: ['Field', 'Value'],
  rows: [
    ['Cycle number', '[64632]'],
    ['Insurance', 'Providence Health Plan — fertility rider; group [97038]'],
    ['Covered services', 'Monitoring {76857}, labs {84144}, {83001}, retrieval {58970}'],
    ['Not covered', 'PGT-A biopsy {89290}; embryo storage {89342}'],
    ['Claim', 'PHP claim [84023]-01 processed 10/02/2025'],
    ['Your balance', '$3,940.00 — payment plan [94021]'],
  ],
});

// ── 32. Medicaid remittance (835 rendered as an ERA grid) for well-child and newborn claims, table ──
const era = table({
  id: 's52-era',
  kind: 's52-medicaid-era-well-child-remit-grid',
  caption: 'Remittance Advice — Ohio Medicaid MCO (Buckeye) — check/EFT [58213] — payee Maple Grove Pediatrics',
  headers: ['Patient ctrl #', 'Member ID', 'ICN', 'DOS', 'Proc', 'Billed', 'Paid', 'CARC/RARC'],
  rows: [
    ['[75418]', 'MB1029-[38817]', '2225-[31774]-001', '11/12/2025', '{99392}', '185.00', '121.40', 'CO-45'],
    ['[75418]', 'MB1029-[38817]', '2225-[31774]-002', '11/12/2025', '{90460}', '50.00', '19.64', 'CO-45'],
    ['[75421]', 'MB1031-[40276]', '2225-[31779]-001', '11/10/2025', '{99462}', '140.00', '66.12', 'CO-45'],
    ['[75421]', 'MB1031-[40276]', '2225-[31779]-002', '11/10/2025', '{54150}', '310.00', '0.00', 'CO-97 N19'],
    ['[75436]', 'MB1044-[52860]', '2225-[31790]-001', '10/27/2025', '{99394}', '230.00', '139.08', 'CO-45'],
    ['[75440]', 'MB1047-[53149]', '2225-[31802]-001', '10/27/2025', '{99188}', '28.00', '0.00', 'CO-B7 M119'],
  ],
});

// ── 33. Newborn add-to-coverage / registration panel (hospital registration), key-value ──
const nbReg = table({
  id: 's52-nbreg',
  kind: 's52-newborn-registration-coverage-panel',
  caption: 'Registration — Add Newborn to Coverage — Riverside Methodist — Baby Boy Nguyen',
  headers: ['Field', 'Value'],
  rows: [
    ['Newborn MRN', '[84190]'],
    ['Mother MRN / acct', '[84188] / [47912]'],
    ['Guarantor address', '1650 Neil Ave, Columbus OH [43201]'],
    ['Subscriber (mother) ID', 'CareSource [71205]-0348'],
    ['Group number', '[92016]'],
    ['Newborn deemed eligibility', 'Yes — 12 months; temp ID NB-[56218]'],
    ['Pediatrician of record', 'Maple Grove Pediatrics, 4100 Sawmill Rd, Columbus OH [43220]'],
    ['Birth certificate worksheet', 'Vital Statistics ref [23810]'],
    ['Financial counselor', 'L. Abebe, (614) 555-0173 ext. [34127]'],
  ],
});

// ── 34. School nurse immunization compliance roster (no billing codes), table ──
const roster = table({
  id: 's52-roster',
  kind: 's52-school-immunization-compliance-roster',
  caption: 'Kindergarten Immunization Compliance — Wilmot Elementary — 2025–26 — report [61904]',
  headers: ['Student ID', 'Student', 'Home ZIP', 'DTaP', 'IPV', 'MMR', 'VAR', 'Status'],
  rows: [
    ['[61552]', 'Patel, Aarav', '[60015]', '5', '4', '2', '2', 'Complete'],
    ['[61559]', 'Rossi, Gia', '[60015]', '4', '4', '2', '1', 'Provisional — VAR due 11/30'],
    ['[61573]', 'Morgan, Eli', '[60062]', '5', '4', '2', '2', 'Complete'],
    ['[61580]', 'Suzuki, Hana', '[60035]', '—', '—', '—', '—', 'Religious exemption on file'],
    ['[61594]', 'Flores, Lucas', '[60089]', '5', '3', '2', '2', 'Exclusion notice sent 10/15'],
    ['[61601]', 'Wright, Ava', '[60062]', '5', '4', '1', '2', 'Provisional — MMR #2 due'],
  ],
});

// ── 35. Prenatal lab requisition (reference lab order codes next to CPT), table ──
const labReq = table({
  id: 's52-labreq',
  kind: 's52-prenatal-lab-requisition-grid',
  caption: 'Quest Diagnostics — Requisition — Account [73851] — Willow Creek Women’s Health — Req # [40911]',
  headers: ['Test code', 'Test name', 'CPT', 'Specimen', 'Fasting'],
  rows: [
    ['[10231]', 'Prenatal Panel with HIV', '{80081}', 'SST + lavender', 'N'],
    ['[36127]', 'Rubella Antibody (IgG)', '{86762}', 'SST', 'N'],
    ['[16558]', 'Glucose Tolerance, Gestational, 1 hr', '{82950}', 'Gray top', 'N'],
    ['[93793]', 'Cystic Fibrosis carrier screen', '{81220}', 'Lavender', 'N'],
    ['[15569]', 'Group B Strep culture, with reflex', '{87081}', 'Swab', 'N'],
    ['[39627]', 'Urine culture, routine', '{87086}', 'Urine', 'N'],
  ],
});

// ── 36. Fertility clinic locations and contacts (website footer / contact panel), text layer ──
const clinics = lines({
  id: 's52-clinics',
  kind: 's52-fertility-clinic-locations-text',
  before: 'Cascade Fertility Center — Locations & Contact',
  text: [
    'Beaverton: 9360 SW Gemini Dr, Suite 200, Beaverton OR [97008] · (503) 555-0110',
    'Portland Pearl: 1120 NW Couch St, Suite 400, Portland OR [97209] · (503) 555-0114',
    'Vancouver: [16110] SE 15th St, Vancouver WA [98683] · (360) 555-0122',
    'Embryology lab after hours: (503) 555-0189 ext. [71422] · Cryobank pickup dock 7',
    'Billing: PO Box [42618], Portland OR [97242] · Fed. Tax ID 93-1188420 · NPI group 1902857346',
    'Donor program: egg donors earn $8,000 per cycle · Donor hotline ext. [71450]',
  ].join('\n'),
});

// ── 37. WIC referral form from the pediatric / OB office (no billing codes), text layer ──
const wic = lines({
  id: 's52-wic',
  kind: 's52-wic-medical-referral-form-text',
  before: 'WIC Medical Referral Form — Minnesota WIC Program — completed by health care provider',
  text: [
    'Applicant: Yusuf, Amina (infant)   DOB 10/28/2025   Parent: Yusuf, Hodan   Household size 5',
    'Address: 2619 Chicago Ave S, Minneapolis MN [55407]   Clinic agency [27103]   Local site [27118]',
    'Birth weight 2,640 g; weight today 3,310 g; length 51 cm. Hgb not done (<6 mo).',
    'Mother: 2 wks postpartum, breastfeeding with supplementation; Hgb 10.8 on 11/10/2025. Client ID [58762].',
    'Formula request: none (breastfeeding support only). Referring NPI 1659320487, fax (612) 555-0166 ext. [31095].',
  ].join('\n'),
});

// ── 38. Childhood blood lead screening by ZIP (Medicaid/CHIP report), table ──
const leadZip = table({
  id: 's52-leadzip',
  kind: 's52-chip-blood-lead-screening-by-zip',
  caption: 'Blood Lead Testing of Medicaid/CHIP Children Age 1–2 — Hennepin County — CY2024 (tests billed as 83655)',
  headers: ['ZIP', 'Children enrolled', 'Tested by 24 mo', '% tested', 'EBLL ≥ 3.5 µg/dL'],
  rows: [
    ['[55407]', '[12418]', '7,904', '63.6%', '212'],
    ['[55411]', '[10962]', '6,731', '61.4%', '244'],
    ['[55412]', '6,880', '4,407', '64.1%', '131'],
    ['[55404]', '[11307]', '6,520', '57.7%', '198'],
    ['[55430]', '5,214', '3,388', '65.0%', '57'],
    ['[55429]', '4,902', '3,140', '64.1%', '49'],
    ['Total', '[51721]', '[32090]', '62.0%', '891'],
  ],
});

export const sealed52: Snippet[] = [
  ...obTracker,
  ...obSplit,
  ...apFlow,
  ...wcSuperbill,
  ...varRecord,
  ...iisGrid,
  ...vfcInv,
  ...nurseryCharge,
  ...nicuCharge,
  ...nicuDc,
  ...lactation,
  ...postpartum,
  ...homeVisit,
  ...ivfLog,
  ...ivfPrice,
  ...storageInv,
  ...schoolForm,
  ...campForm,
  ...sedLog,
  ...sedNote,
  ...blockLog,
  ...blockNote,
  ...nerveCases,
  ...botoxLog,
  ...cms416,
  ...hedisVs,
  ...gapList,
  ...policy,
  ...entSched,
  ...mfm,
  ...portal,
  ...era,
  ...nbReg,
  ...roster,
  ...labReq,
  ...clinics,
  ...wic,
  ...leadZip,
];
