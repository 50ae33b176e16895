import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 136 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s136-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * installation, patient and APO/FPO ZIPs, unit and house numbers, building numbers, audit, ticket, order, referral,
 * authorization, claim, payer, bill-item and encounter ids, counts and report ids. The five known codes' digits come
 * back as decoys: help-desk ticket numbers, an OHI group number, UBO claim numbers, an eProfile id, an OHI payer's
 * claims PO box, bill-item and order ids, an audit record id, a newsletter publication number, a building number and
 * FHIR and C-CDA record ids.
 *
 * Family: coding at a military treatment facility (MTF) in the Military Health System around its pain management
 * clinic's peripheral nerve procedures for service members and beneficiaries: the MHS GENESIS patient banner and
 * charge/coding grids, a legacy AHLTA Ambulatory Data Module (ADM) procedures tab and A/P note, the Coding and
 * Compliance Editor (CCE) worklist and review comments, a CAPER record-review audit grid, its accuracy summary and the
 * audit results memorandum, a data quality (DQMC) review list, the Uniform Business Office's Third Party Collection
 * Program (TPCP) itemized bill, CMS-1500 print, X12 837P, DD Form 2569 other-health-insurance record, the OHI payer's
 * EOB and the UBO collections ledger, the referral management screen and worklist (deferral to the TRICARE network),
 * the regional contractor's authorization letter, a unit duty-limitation memo and an eProfile (DA 3349) record, the
 * pain clinic's monthly workload report by code and by provider and its M2 CSV export, a coding compliance newsletter
 * (masthead, article, quiz), a coding help-desk ticket and its work log, an HL7 DFT charge feed, a FHIR Procedure
 * record, a C-CDA procedures section, the charge description master lookup, the procedure note, an order list, a
 * coder-provider e-mail thread, an MHS coding guideline excerpt, the MTF office directory and the clinic schedule.
 * Built on real public layouts: the MHS GENESIS (Cerner Millennium) patient banner (MRN, FIN, DoD ID, FMP/SSN) and
 * charge entry grid, the AHLTA ADM tabs (E&M, diagnoses, procedures, disposition), the CAPER/SADR record layout and
 * DHA outpatient coding audit scoring (E&M, CPT, ICD, administrative accuracy), the Army memorandum format (office
 * symbol, MEMORANDUM FOR, SUBJECT) and the Navy standard letter (SSIC, serial, From/To/Subj), DD Form 2569 and the
 * CMS-1500 (02/12) boxes, X12 837P loops (NM1, N4, SBR, CLM, SV1), DA Form 3349 physical profile fields, HL7 v2
 * DFT^P03 FT1 segments, FHIR R4 Procedure, and the C-CDA procedures section. The others are written the way those
 * pages read, with no single source.
 *
 * 400 labelled tokens over 39 shapes: 191 codes, 209 decoys, 74 of the decoys in KNOWN_10K.
 */

// ── 1. MHS GENESIS patient banner and encounter header, text layer (decoy heavy) ──
const banner = lines({
  id: 's136-banner',
  kind: 's136-genesis-patient-banner-encounter-header-text',
  before: 'MHS GENESIS — PowerChart Organizer for CODER, UBO',
  text: [
    'DOE, JORDAN M  |  DOB: 04/11/1993  |  32 years  |  Male  |  MRN: 21044873  |  FIN: 830021447',
    'DoD ID: 1498826310  |  FMP/SSN: 20/XXX-XX-4471  |  Ben Cat: ACT DUTY ARMY  |  PCM: GRAVES, ANNA NP',
    'Encounter: Outpatient  |  Loc: RAMC PAIN MGMT CL (BBLA)  |  DMIS 0126  |  Bldg [36065], Rm 2-114',
    'Unit: B Co, 3-16 CAV  |  Home: [31862] Hunter Loop, Fort Ridgeway TX [76544]-5100',
    'Attending: HALE, MARCUS MD (Anesthesiology/Pain)  |  Visit date: 01/14/2026 0830  |  Enc status: Discharged',
  ].join('\n'),
});

// ── 2. MHS GENESIS charge entry / coding grid ──
const genesisCharges = table({
  id: 's136-gchg',
  kind: 's136-genesis-charge-entry-coding-grid',
  caption: 'Charge Entry — FIN 830021447 — Service Date 01/14/2026',
  headers: ['Seq', 'Bill Item', 'CPT/HCPCS', 'Nomenclature', 'Mod', 'Qty', 'Dx Ptr', 'Status'],
  rows: [
    ['1', '[41187]', '{99214}', 'OFFICE O/P EST MOD 30 MIN', '25', '1', '1', 'Verified'],
    ['2', '[64445]', '{64445}', 'N BLOCK INJ SCIATIC SNG', 'RT', '1', '1,2', 'Verified'],
    ['3', '[47902]', '{76942}', 'ECHO GUIDE FOR BIOPSY', '26', '1', '1', 'Verified'],
    ['4', '[21656]', 'J2795', 'ROPIVACAINE HCL INJ 1 MG', '', '150', '1', 'Pending'],
    ['5', '[41201]', '{64712}', 'NEUROPLASTY SCIATIC NERVE', 'RT', '1', '1', 'Suspended – no op note'],
  ],
});

// ── 3. AHLTA ADM procedures tab, text layer ──
const admProcedures = lines({
  id: 's136-admproc',
  kind: 's136-ahlta-adm-procedures-tab-text',
  before: 'AHLTA — Encounter Summary — A/P — ADM',
  text: [
    'E&M CODE: {99213}  OFFICE/OUTPATIENT VISIT EST  (Modifier 25)',
    'PROCEDURES:',
    '  1. {64632}  DESTROY NERVE PLANTAR DIGIT  Units: 1  Mod: LT  Dx: G57.62',
    '  2. {64455}  N BLOCK INJ PLANTAR DIGIT  Units: 1  Mod: LT  (deleted by coder – same nerve, same session)',
    '  3. {76942}  US GUIDANCE NEEDLE PLACEMENT  Units: 1  Mod: 26',
    'DIAGNOSES: 1. G57.62 Lesion of plantar nerve, left lower limb  2. M79.672 Pain in left foot',
    'DISPOSITION: Released w/ Work/Duty Limitations   F/U: 4 wks PRN   APPT STATUS: KEPT   MEPRS: BBLA',
    'ADM Status: Coded  |  Coder: J.RIVERA (UBO)  |  Appt ID [13885]  |  Clinic IEN [20620]',
  ].join('\n'),
});

// ── 4. AHLTA A/P note, free text ──
const apNote = lines({
  id: 's136-apnote',
  kind: 's136-ahlta-assessment-plan-note-text',
  before: 'A/P:',
  text: [
    '1) R sciatic neuropathy s/p ORIF R femur 2024 - failed PT x12 wks, gabapentin, TENS.',
    '   Diagnostic/therapeutic R sciatic N block today, US guided popliteal approach ({64445}, {76942}).',
    '   If >50% relief x2 wks, will refer to Ortho/Neurosurg for sciatic neurolysis ({64712}) - pt agrees.',
    '2) Hx R hemifacial spasm - stable on q3mo BoNT; next chemodenervation {64612} due ~Mar.',
    '   (note: prior BoNT done at BAMC under {64612}, 50 units, NDC [00023]-1145-01)',
    '3) Profile: no running/rucking x 14 days; temp profile entered in eProfile, ID [64714].',
  ].join('\n'),
});

// ── 5. Coding and Compliance Editor (CCE) worklist grid ──
const cceQueue = table({
  id: 's136-cceq',
  kind: 's136-cce-coder-worklist-grid',
  caption: 'CCE Worklist — Clinic: PAIN MGMT (BBLA) — Status: Ready for Coding — 23 encounters',
  headers: ['Appt Dt', 'Enc #', 'FMP/SSN', 'Provider', 'E&M', 'Proc', 'Days Open', 'Status'],
  rows: [
    ['01/12/26', '[58720]', '20/4471', 'HALE M', '{99204}', '{64445}', '2', 'Ready'],
    ['01/12/26', '[58731]', '30/8812', 'OKAFOR C', '{99213}', '{64632}, {76942}', '2', 'Ready'],
    ['01/13/26', '[58744]', '20/0193', 'HALE M', '', '{64612}', '1', 'Query provider'],
    ['01/13/26', '[58750]', '01/2267', 'PRICE T', '{99214}', '', '1', 'Ready'],
    ['01/13/26', '[58763]', '20/7730', 'OKAFOR C', '', '{64714}', '1', 'Hold – APV'],
  ],
});

// ── 6. CCE encounter review comments, text layer ──
const cceComments = lines({
  id: 's136-ccecmt',
  kind: 's136-cce-encounter-review-comments-text',
  before: 'CCE — Coding Comments (visible to provider)',
  text: [
    '01/13/26 0912 RIVERA,J: Provider selected {64714}; op note documents release of sciatic n. at sciatic notch only.',
    '  Changed to {64712}-RT per documentation. No lumbar plexus exposure described. Enc [58763].',
    '01/13/26 0915 RIVERA,J: Removed {64450} - block given by surgeon for post-op pain is bundled.',
    '01/13/26 1402 HALE,M: concur w/ change. Also pls add {64445} for the 1/12 visit, I left it off.',
    '01/13/26 1420 RIVERA,J: Added {64445}-RT to enc [58720]; resubmitted to CAPER. Ref ticket [64612].',
  ].join('\n'),
});

// ── 7. CAPER record-review coding audit grid ──
const auditGrid = table({
  id: 's136-audgrid',
  kind: 's136-caper-record-review-audit-grid',
  caption: 'Outpatient Coding Audit — Pain Mgmt Clinic (BBLA) — FY26 Q1 — Sample of 30 CAPERs',
  headers: ['Record ID', 'Enc Date', 'Billed CPT', 'Audited CPT', 'E&M B/A', 'ICD Acc', 'CPT Acc', 'Finding'],
  rows: [
    ['[20601]', '10/06/25', '{64714}', '{64712}', '— / —', '100%', '0%', 'Wrong nerve level'],
    ['[20614]', '10/09/25', '{64445}', '{64445}, {76942}', '{99214} / {99213}', '100%', '50%', 'Guidance not coded'],
    ['[20630]', '10/21/25', '{64632} x2', '{64632} x1', '— / —', '50%', '50%', 'Units; one nerve only'],
    ['[20652]', '11/03/25', '{64612}', '{64612}', '{99213} / {99213}', '100%', '100%', ''],
    ['[64712]', '11/17/25', '{64615}', '{64612}', '— / —', '0%', '0%', 'Spasm, not migraine'],
    ['[20689]', '12/02/25', '{20553}', '{20552}', '{99203} / {99203}', '100%', '0%', 'Muscles = 2'],
  ],
});

// ── 8. Coding audit accuracy summary, text layer ──
const auditSummary = lines({
  id: 's136-audsum',
  kind: 's136-coding-audit-accuracy-summary-text',
  before: 'AUDIT SUMMARY',
  text: [
    'Audit ID: FY26Q1-BBLA-[20575]   Auditor: M. Tran, CPC, CCS   DMIS 0126   MEPRS3: BBL',
    'Records reviewed: 30   Records with one or more errors: 7   Lines reviewed: 61',
    'E&M accuracy 93.3% | CPT accuracy 88.5% | ICD-10 accuracy 95.1% | Administrative 100% | Overall 92.2%',
    'Most frequent CPT error: {64714} billed for sciatic-notch neuroplasty ({64712}) – 3 of 7 records.',
    'Second: guidance ({76942}/{77002}) not captured with blocks ({64445}, {64450}).',
    'Modifier errors: 25 missing on E&M w/ block (2); RT/LT missing, LT {64632} billed w/o side (1).',
    'Prior audit FY25Q4-BBLA-[19883]: overall 89.6%, CPT 84.0% (below 90% goal; re-audit at 30 records).',
    'Dollar impact (TPCP billable, OHI only): $2,114.60 under-billed; 4 claims, batch [41622].',
  ].join('\n'),
});

// ── 9. Audit results memorandum, text layer ──
const auditMemo = lines({
  id: 's136-audmemo',
  kind: 's136-coding-audit-results-memorandum-text',
  text: [
    'DEPARTMENT OF THE ARMY',
    'RIDGEWAY ARMY MEDICAL CENTER',
    '[36065] SANTA FE AVENUE',
    'FORT RIDGEWAY, TEXAS  [76544]-4208',
    'MCXR-UBO                                                            22 January 2026',
    'MEMORANDUM FOR Chief, Pain Management Service, Department of Anesthesiology',
    'SUBJECT: Outpatient Coding Audit Results, FY26 1st Quarter (Audit ID FY26Q1-BBLA-[20575])',
    '2. Findings. Neuroplasty was coded as lumbar plexus ({64714}) where the note supports the sciatic nerve',
    '({64712}). Ultrasound guidance ({76942}) was missed on 4 of 11 sciatic blocks ({64445}).',
    '3. The service will brief providers NLT 15 Feb 26. POC is the undersigned at DSN 288-4471 or Bldg [36065].',
  ].join('\n'),
});

// ── 10. DQMC review list grid ──
const dqmc = table({
  id: 's136-dqmc',
  kind: 's136-dqmc-review-list-monthly-grid',
  caption: 'Data Quality Management Control (DQMC) Review List — December 2025 — RAMC',
  headers: ['Item', 'Measure', 'Numerator', 'Denominator', 'Result', 'Goal'],
  rows: [
    ['1', 'Total kept outpatient encounters (all clinics)', '[13402]', '—', '—', 'info'],
    ['2a', 'Encounters coded within 3 business days', '[13094]', '[13402]', '97.7%', '≥ 96%'],
    ['2b', 'APVs coded within 15 days', '412', '431', '95.6%', '≥ 80%'],
    ['3', 'CAPERs transmitted vs. kept appts', '[13388]', '[13402]', '99.9%', '≥ 98%'],
    ['3b', 'CAPERs with E&M and procedure on same enc (modifier 25 present)', '[14210]', '[14593]', '96.4%', '≥ 95%'],
    ['4', 'Pain clinic procedures w/ op note on file (e.g. {64712}, {64714})', '118', '121', '97.5%', '100%'],
  ],
});

// ── 11. TPCP itemized bill grid ──
const tpcpBill = table({
  id: 's136-tpcpbill',
  kind: 's136-tpcp-ohi-itemized-bill-grid',
  caption: 'Third Party Collection Program — Itemized Statement — Claim 26-64632 — Payer: BLUE SHIELD OF TEXAS',
  headers: ['Ln', 'DOS', 'Code', 'Description', 'Mod', 'Units', 'Rate', 'Amount'],
  rows: [
    ['1', '01/14/2026', '{99214}', 'Office visit, est pt, moderate', '25', '1', '$243.18', '$243.18'],
    ['2', '01/14/2026', '{64445}', 'Inj anesthetic; sciatic nerve, single', 'RT', '1', '$412.77', '$412.77'],
    ['3', '01/14/2026', '{76942}', 'Ultrasonic guidance, needle placement', '', '1', '$198.40', '$198.40'],
    ['4', '01/14/2026', 'J2795', 'Ropivacaine 1 mg', '', '150', '$0.09', '$13.50'],
    ['', '', '', 'Total charges (DoD reasonable charges, CY2026 rates)', '', '', '', '$867.85'],
  ],
});

// ── 12. CMS-1500 print to OHI, text layer ──
const cms1500 = lines({
  id: 's136-1500',
  kind: 's136-tpcp-cms1500-claim-print-text',
  before: 'HEALTH INSURANCE CLAIM FORM  APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
  text: [
    'BLUE SHIELD OF TEXAS  CLAIMS  PO BOX [64445]  DALLAS TX [75266]-0044',
    '1 [X] GROUP HEALTH PLAN   1a XHT884120193   2 DOE JORDAN M   4 DOE KELLY R   7 [31862] HUNTER LOOP FORT RIDGEWAY TX [76544]',
    '11 INSURED GROUP NUMBER [64632]   11c HEB PARTNERS HEALTH PLAN   11d [X] NO',
    '21 A G5701  B M5441   22 RESUBMISSION CODE     ORIGINAL REF NO.',
    '24 01 14 26 01 14 26 11   {99214} 25   AB   243 18  1',
    '24 01 14 26 01 14 26 11   {64445} RT   A    412 77  1',
    '24 01 14 26 01 14 26 11   {76942}      A    198 40  1',
    '25 746001262  [X] EIN   26 26-[64632]   28 TOTAL CHARGE 867 85',
    '32 RIDGEWAY ARMY MEDICAL CENTER PAIN MGMT  [36065] SANTA FE AVE  FORT RIDGEWAY TX [76544]-4208',
    '33 RAMC UNIFORM BUSINESS OFFICE  PO BOX [20829]  FORT RIDGEWAY TX [76544]-0829   33a 1346289510',
  ].join('\n'),
});

// ── 13. X12 837P to OHI, text layer ──
const x837 = lines({
  id: 's136-837p',
  kind: 's136-tpcp-x12-837p-professional-text',
  before: 'ISA*00*          *00*          *ZZ*RAMCUBO        *ZZ*BCBSTX         *260116*0610*^*00501*',
  text: [
    'NM1*85*2*RIDGEWAY ARMY MEDICAL CENTER*****XX*1346289510~N3*PO BOX [20829]~N4*FORT RIDGEWAY*TX*765440829~',
    'SBR*P*01*[64632]*HEB PARTNERS HEALTH PLAN*****BL~NM1*IL*1*DOE*KELLY*R***MI*XHT884120193~',
    'N3*[31862] HUNTER LOOP~N4*FORT RIDGEWAY*TX*765445100~',
    'NM1*PR*2*BLUE SHIELD OF TEXAS*****PI*[84980]~N3*PO BOX [64445]~N4*DALLAS*TX*752660044~',
    'CLM*26-[64632]*867.85***11:B:1*Y*A*Y*Y~HI*ABK:G5701*ABF:M5441~',
    'LX*1~SV1*HC:{99214}:25*243.18*UN*1***1:2~DTP*472*D8*20260114~',
    'LX*2~SV1*HC:{64445}:RT*412.77*UN*1***1~DTP*472*D8*20260114~',
    'LX*3~SV1*HC:{76942}*198.40*UN*1***1~DTP*472*D8*20260114~',
    'SE*41*[21841]~GE*1*[21841]~IEA*1*000021841~',
  ].join('\n'),
});

// ── 14. DD Form 2569 OHI record, text layer ──
const dd2569 = lines({
  id: 's136-dd2569',
  kind: 's136-dd2569-other-health-insurance-record-text',
  before: 'DD FORM 2569, THIRD PARTY COLLECTION PROGRAM / RECORD OF OTHER HEALTH INSURANCE',
  text: [
    'SECTION I - PATIENT INFORMATION   1. NAME: DOE, JORDAN M   2. DoD BENEFITS NUMBER: 20149882631',
    '3. MAILING ADDRESS: [31862] HUNTER LOOP, FORT RIDGEWAY TX [76544]-5100',
    'SECTION II - OTHER HEALTH INSURANCE   7a. INSURANCE COMPANY: BLUE SHIELD OF TEXAS',
    '7b. ADDRESS: PO BOX [64445], DALLAS TX [75266]-0044   7c. PHONE: 800-451-0287',
    '8. POLICY HOLDER: DOE, KELLY R (spouse)   9. POLICY NUMBER: XHT884120193   10. GROUP NUMBER: [64632]',
    '11. EMPLOYER: HEB GROCERY CO, 646 S FLORES ST, SAN ANTONIO TX [78204]   12. EFFECTIVE: 01/01/2025',
    'SECTION III - SIGNATURE   Date signed: 01/14/2026   Verified by: UBO front desk, Ext 4-[13002]',
  ].join('\n'),
});

// ── 15. OHI payer EOB back to the UBO grid ──
const ohiEob = table({
  id: 's136-ohieob',
  kind: 's136-ohi-payer-eob-to-mtf-grid',
  caption: 'Explanation of Benefits — Provider: RIDGEWAY ARMY MED CTR — Claim 0026014Q77104 — Patient acct 26-64632',
  headers: ['Svc Date', 'Proc', 'Billed', 'Allowed', 'Deduct', 'Paid', 'Rmk'],
  rows: [
    ['01/14/26', '{99214}-25', '243.18', '128.40', '0.00', '102.72', ''],
    ['01/14/26', '{64445}-RT', '412.77', '96.15', '0.00', '76.92', ''],
    ['01/14/26', '{76942}', '198.40', '0.00', '0.00', '0.00', 'N19 – incidental to {64445}'],
    ['', 'Check/EFT', '[90221]', '', '', '179.64', 'EFT trace 1TX000090221'],
  ],
});

// ── 16. UBO collections ledger grid (decoy heavy) ──
const uboLedger = table({
  id: 's136-uboledger',
  kind: 's136-ubo-tpcp-collections-ledger-grid',
  caption: 'UBO Account Ledger — TPCP Outpatient — Pain Mgmt (BBLA) — Jan 2026',
  headers: ['Claim No', 'Payer ID', 'Billed', 'Collected', 'Adj', 'Status', 'Aging'],
  rows: [
    ['26-[64632]', '[84980]', '$867.85', '$179.64', '$688.21', 'Closed – paid', '14'],
    ['26-[64712]', '[62308]', '$1,981.40', '$0.00', '', 'Pended – records req', '31'],
    ['26-[65107]', '[13551]', '$533.95', '$411.06', '$122.89', 'Closed – paid', '22'],
    ['26-[65133]', '[87726]', '$2,420.00', '', '', 'Denied – CO-4 modifier', '45'],
    ['26-[65160]', '[60054]', '$318.77', '', '', 'Billed', '6'],
    ['26-[65172]', '[61101]', '$1,204.55', '$980.31', '$224.24', 'Closed – paid', '19'],
    ['26-[65188]', '[88402]', '$412.77', '', '', 'Denied – not OHI on DOS', '27'],
    ['26-[65203]', '[62311]', '$2,214.10', '', '', 'Appeal sent – op note', '52'],
  ],
});

// ── 17. Referral management screen (deferral to the network), text layer ──
const referral = lines({
  id: 's136-refscr',
  kind: 's136-referral-management-detail-screen-text',
  before: 'Referral Management Suite — Referral Detail',
  text: [
    'Referral #: 2601140094215   Order #: [52310]   Priority: ROUTINE   Created: 01/14/2026 by HALE, MARCUS',
    'Specialty: NEUROSURGERY   Provisional Dx: G57.01 Lesion of sciatic nerve, right lower limb',
    'Requested service: Neurolysis/neuroplasty R sciatic nerve (CPT {64712}); consider {64708} if distal',
    'ROFR: Checked RAMC Neurosurgery – first avail 02/26/26, exceeds 28-day access std. Action: DEFERRED TO NETWORK',
    'Network provider: CENTRAL TEXAS SPINE & NERVE, 2201 S CLEAR CREEK RD, KILLEEN TX [76549]  NPI 1881902345',
    'Booking note: pt resides Copperas Cove TX [76522]; network drive time 22 min. MCSC case 2026-[00118].',
    'MCSC auth #: [96358]-0114  Region: EAST  Status: APPROVED  Valid: 01/16/26–07/15/26  Visits: 3',
  ].join('\n'),
});

// ── 18. Referral management worklist grid ──
const refList = table({
  id: 's136-reflist',
  kind: 's136-referral-management-worklist-grid',
  caption: 'RM Worklist — Booking/Deferral — Requesting clinic: PAIN MGMT',
  headers: ['Order', 'Pt', 'Specialty', 'Requested Proc', 'ROFR', 'Disp', 'Days'],
  rows: [
    ['[52310]', 'DOE J', 'NEUROSURG', '{64712} RT', 'No capacity', 'Deferred', '2'],
    ['[52318]', 'SANTOS L', 'PODIATRY', '{28080} / {64632}', 'Capacity', 'Booked RAMC', '1'],
    ['[52331]', 'BECK T', 'NEUROLOGY', 'chemodenerv {64612}, EMG guid {95874}', 'No capacity', 'Deferred', '5'],
    ['[52347]', 'IQBAL R', 'ANES/PAIN', '{64483} x2 levels', 'Capacity', 'Booked RAMC', '0'],
    ['[52352]', 'NGUYEN P', 'NEUROSURG', 'lumbar plexus neuroplasty {64714}', 'No specialty', 'Deferred', '9'],
  ],
});

// ── 19. Regional contractor authorization letter, text layer ──
const authLetter = lines({
  id: 's136-authltr',
  kind: 's136-tricare-contractor-authorization-letter-text',
  text: [
    'TRICARE East Region',
    'PO Box [14601], Louisville KY [40512]-4601',
    'January 16, 2026',
    'SGT Jordan M. Doe, [31862] Hunter Loop, Fort Ridgeway TX [76544]-5100',
    'RE: Referral/Authorization number [96358]-0114   Sponsor DoD Benefits Number ending 2631',
    'We approved your referral to CENTRAL TEXAS SPINE & NERVE for: CPT/HCPCS {64712} Neuroplasty, sciatic nerve (1)',
    'and CPT {99204} consultation visit (1). Services must be received between 01/16/2026 and 07/15/2026.',
    'If your provider requests a different service (for example {64714} or {64708}), a new authorization is needed.',
    'Your provider files claims to TRICARE East Claims, PO Box 7981, Madison WI [53707]-7981.',
    'Questions? Call 1-800-444-5445. Case ID [80541].',
  ].join('\n'),
});

// ── 20. Unit duty-limitation memo after the procedure, text layer (no codes) ──
const dutyMemo = lines({
  id: 's136-dutymemo',
  kind: 's136-unit-duty-limitation-memorandum-text',
  text: [
    'DEPARTMENT OF THE NAVY',
    'U.S. NAVAL HOSPITAL OKINAWA',
    'PSC 482, FPO AP [96362]-1600',
    '6320',
    'Ser 00P/[20143]',
    '15 Jan 26',
    'From: Head, Pain Management Department',
    'To:   Commanding Officer, 3d Marine Logistics Group, Unit [38402], FPO AP [96604]-8402',
    'Subj: DUTY LIMITATIONS ICO LCPL R. SANTOS, USMC',
    '1. The member underwent an outpatient nerve procedure of the left foot on 14 Jan 26. Recommend no hikes,',
    '   boots-on field duty or running for 10 days. Member may perform office duties. Return to clinic 28 Jan 26.',
    'Copy to: BAS, 3d MLG, Unit [38402]; Medical Readiness, PSC 482 Box [96373]',
  ].join('\n'),
});

// ── 21. eProfile DA Form 3349 record, text layer ──
const eprofile = lines({
  id: 's136-eprofile',
  kind: 's136-eprofile-da3349-physical-profile-text',
  before: 'PHYSICAL PROFILE RECORD (DA FORM 3349) — eProfile',
  text: [
    'Profile ID: [64714]   Type: TEMPORARY   Expiration: 01/28/2026   Profiling officer: HALE, MARCUS MAJ MC',
    'Soldier: DOE, JORDAN M   SGT/E-5   UIC: WAB7B0   Unit: B TRP 3-16 CAV, Fort Ridgeway TX [76544]',
    'P-1  U-1  L-3T  H-1  E-1  S-1     Condition: R lower extremity nerve injection (sciatic)',
    'Functional limitations: No running, no ruck march, no jumping. May walk at own pace/distance.',
    'Profile history: [64714] (current, temp), [58133] (expired 06/30/2025, L ankle).',
    'APFT/ACFT: Alternate aerobic event: No   Deployable: Yes (temp)   Commander review: 1LT Ames, Co Cdr',
    'Unit address for AE-deployed elements: Unit [29228] Box 44, APO AE [09096]',
  ].join('\n'),
});

// ── 22. Pain clinic monthly workload report by CPT grid ──
const workloadCpt = table({
  id: 's136-wlcpt',
  kind: 's136-pain-clinic-monthly-workload-by-cpt-grid',
  caption: 'Pain Management Clinic (BBLA) — Monthly Workload — December 2025 — Source: MDR/CAPER',
  headers: ['', 'Procedure', 'Count', 'wRVU', 'Total wRVU', 'Prior Mo'],
  rows: [
    ['{64445}', 'N BLOCK INJ SCIATIC SNG', '38', '1.39', '52.82', '31'],
    ['{64450}', 'N BLOCK OTHER PERIPHERAL', '22', '0.75', '16.50', '25'],
    ['{64632}', 'N BLOCK DESTR PLNTR DIGT', '9', '1.23', '11.07', '7'],
    ['{64612}', 'DESTROY NERVE FACE MUSCLE', '14', '1.53', '21.42', '12'],
    ['{64483}', 'INJ FORAMEN EPIDURAL L/S', '61', '1.90', '115.90', '58'],
    ['{76942}', 'ECHO GUIDE FOR BIOPSY', '47', '0.67', '31.49', '40'],
    ['{99214}', 'OFFICE O/P EST MOD 30 MIN', '205', '1.92', '393.60', '188'],
  ],
});

// ── 23. Workload by provider grid ──
const workloadProv = table({
  id: 's136-wlprov',
  kind: 's136-pain-clinic-workload-by-provider-grid',
  caption: 'Workload by Provider — Dec 2025 — top procedure shown',
  headers: ['Provider', 'Kept Appts', 'APVs', 'wRVU', 'Top proc', '2nd proc', 'Enc ID range'],
  rows: [
    ['HALE, MARCUS MD', '212', '18', '431.7', '{64445}', '{64712}', '[58001]–[58344]'],
    ['OKAFOR, CHIDI DO', '188', '9', '366.2', '{64632}', '{64455}', '[58012]–[58351]'],
    ['PRICE, TARA NP', '301', '0', '402.9', '{99214}', '{20552}', '[58020]–[58360]'],
    ['BECK, ALLISON MD (Neuro, shared)', '64', '2', '121.0', '{64612}', '{64615}', '[58044]–[58298]'],
  ],
});

// ── 24. M2 workload CSV export, text layer ──
const m2Csv = lines({
  id: 's136-m2csv',
  kind: 's136-m2-caper-workload-csv-export-text',
  before: 'M2 ad hoc query: CAPER Detail, FY2026, DMIS 0126, MEPRS3 = BBL — export.csv',
  text: [
    'DMIS_ID,MEPRS4,ENC_ID,ENC_DT,APPT_STATUS,EM_CD,CPT1,CPT1_UNITS,CPT2,CPT2_UNITS,DX1,BEN_CAT,PAT_ZIP',
    '0126,BBLA,[58781],20251201,KEPT,{99214},{64445},1,{76942},1,G5701,ACT,[76549]',
    '0126,BBLA,[58790],20251201,KEPT,,{64632},1,,,G5762,DEP,[76543]',
    '0126,BBLA,[58802],20251203,KEPT,{99213},{64612},1,{95874},1,G513,RET,[76522]',
    '0126,BBL5,[58815],20251209,KEPT,,{64714},1,,,G541,ACT,[76544]',
    '0126,BBLA,[58827],20251211,NO-SHOW,,,,,,,ACT,[09096]',
    '0126,BBLA,[58836],20251211,KEPT,{99204},{64450},1,{76942},1,M7918,DEP,[76542]',
    '0126,BBLA,[58844],20251212,KEPT,,{64632},2,,,G5762,RET,[76548]',
    '0126,BBL5,[58851],20251215,KEPT,,{64712},1,{64445},1,G5701,ACT,[76544]',
    '0126,BBLA,[58866],20251216,KEPT,{99213},{64612},1,,,G245,DEP,[76559]',
  ].join('\n'),
});

// ── 25. Coding compliance newsletter masthead, text layer (decoy heavy) ──
const newsMast = lines({
  id: 's136-newsmast',
  kind: 's136-coding-compliance-newsletter-masthead-text',
  before: 'The Coded Record — Coding Compliance Newsletter for MTF Coders and Auditors',
  text: [
    'Vol. 9, No. 1 — January 2026 — Pub. no. [64714]',
    'Published by the Uniform Business Office, RAMC, [36065] Santa Fe Ave, Fort Ridgeway TX [76544]-4208',
    'Overseas readers: UBO Liaison, Unit [29228], APO AE [09096]; Pacific: PSC 482 Box 1200, FPO AP [96362]',
    'Circulation 1,240 coders across 41 MTFs. Back issues: SharePoint library, document set [20443].',
  ].join('\n'),
});

// ── 26. Coding compliance newsletter article, text layer ──
const newsArticle = lines({
  id: 's136-newsart',
  kind: 's136-coding-compliance-newsletter-article-text',
  before: 'Nerve procedures: the top three errors from last quarter’s audits',
  text: [
    'First, neuroplasty codes are chosen by the nerve, not the approach: the sciatic nerve is {64712}, the',
    'brachial plexus {64713}, and the lumbar plexus {64714}. Most of our errors were {64714} reported for sciatic work.',
    'Second, a plantar common digital nerve destroyed with a neurolytic agent is {64632} – report one unit per nerve,',
    'not per injection. An anesthetic-only injection of the same nerve is {64455}; do not report both for one nerve.',
    'Third, the sciatic nerve block ({64445}) includes the injection; imaging guidance ({76942} or {77002}) is',
    'separately reportable when documented with a stored image. Facial chemodenervation ({64612}) is unilateral:',
    'for both sides report {64612}-50 per the MHS coding guidelines. Questions to the coding help desk, ext. 4-[13002].',
  ].join('\n'),
});

// ── 27. Newsletter quiz, text layer ──
const newsQuiz = lines({
  id: 's136-newsquiz',
  kind: 's136-coding-newsletter-quiz-answers-text',
  before: 'Test your knowledge (answers below)',
  text: [
    'Q1. Neurolysis of the right sciatic nerve at the sciatic notch, open. What code?',
    'Q2. Single-shot popliteal sciatic block with US guidance and stored image. Codes?',
    'Q3. Alcohol neurolysis of two plantar common digital nerves, left foot. Code and units?',
    'A1. {64712}-RT.   A2. {64445}-RT and {76942}.   A3. {64632} x 2 (two nerves), LT.',
    'A4. Botulinum toxin to the left facial nerve branches for hemifacial spasm: {64612}-LT plus J0585 units.',
    'Winners receive a UBO challenge coin. Send answers to the UBO, PO Box [20829], Fort Ridgeway TX [76544].',
  ].join('\n'),
});

// ── 28. Coding help-desk ticket, text layer ──
const ticket = lines({
  id: 's136-ticket',
  kind: 's136-mtf-coding-help-desk-ticket-text',
  before: 'RAMC Coding Help Desk (SharePoint) — Ticket Detail',
  text: [
    'Ticket #: [64612]   Opened: 01/13/2026 14:22   Requestor: RIVERA, JOSE (UBO Coder)   Category: Charge/CDM',
    'Summary: Charge for {64445} not flowing to CAPER for enc [58720] after coder added it in CCE',
    'Detail: Added {64445}-RT with {76942}; the bill item dropped. Other codes on the FIN ({99204}) went through.',
    'Linked: GSC incident INC0041187, CDM request [21663]. Related prior ticket [64445] (closed, same issue for {64632}).',
    'Also affected: enc [58744] ({64612}) and [58750] (E&M only, posted OK).',
    'Assigned: CDM Analyst, Bldg [36065] Rm 1-040   Priority: 3 – Moderate   SLA: 5 business days',
  ].join('\n'),
});

// ── 29. Help-desk ticket work log grid ──
const ticketLog = table({
  id: 's136-ticketlog',
  kind: 's136-help-desk-ticket-work-log-grid',
  caption: 'Work log — Ticket 64612',
  headers: ['When', 'Who', 'Entry'],
  rows: [
    [
      '01/13 15:05',
      'K. Lowe (CDM)',
      'Bill item [64445] for {64445} was inactivated in CDM build [13796]; reactivated.',
    ],
    [
      '01/13 15:40',
      'K. Lowe (CDM)',
      'Checked siblings: {64447}, {64450} OK. {64632} bill item [41190] also off; fixed.',
    ],
    ['01/13 16:02', 'K. Lowe (CDM)', 'Escalated interface side to GSC queue [17023] (MHS GENESIS Rev Cycle).'],
    ['01/14 08:10', 'J. Rivera', 'Re-released charges for enc [58720]; CAPER accepted. [64612] ticket can close.'],
    ['01/14 08:12', 'System', 'Status changed New → Resolved. Survey sent to requestor (ref [31245]).'],
  ],
});

// ── 30. HL7 v2 DFT charge feed, text layer ──
const hl7 = lines({
  id: 's136-hl7dft',
  kind: 's136-hl7-dft-p03-charge-feed-text',
  before: 'Interface monitor — outbound DFT to billing — message 96931',
  text: [
    'MSH|^~\\&|MILLENNIUM|RAMC0126|PROFIT|UBO|20260114101502||DFT^P03|[96931]|P|2.3',
    'PID|1||21044873^^^MRN||DOE^JORDAN^M||19930411|M|||[31862] HUNTER LOOP^^FORT RIDGEWAY^TX^[76544]',
    'PV1|1|O|BBLA^PAIN MGMT^^RAMC||||1346289510^HALE^MARCUS',
    'IN1|1|BCBSTX01|[84980]|BLUE SHIELD OF TEXAS|PO BOX 660044^^DALLAS^TX^[75266]||||[64632]|HEB PARTNERS',
    'FT1|1|||20260114|20260114|CG|[41187]^{99214} OFFICE VISIT|||1||||||||||||||{99214}^^CPT4|25',
    'FT1|2|||20260114|20260114|CG|[64445]^{64445} SCIATIC N BLOCK|||1||||||||||||||{64445}^^CPT4|RT',
    'FT1|3|||20260114|20260114|CG|[47902]^{76942} US GUIDANCE|||1||||||||||||||{76942}^^CPT4|26',
  ].join('\n'),
});

// ── 31. FHIR R4 Procedure record, text layer ──
const fhir = lines({
  id: 's136-fhir',
  kind: 's136-fhir-procedure-json-text',
  before: 'GET [base]/Procedure?patient=21044873&date=2026-01',
  text: [
    '{ "resourceType": "Procedure", "id": "[64712]-P", "status": "completed",',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}",',
    '    "display": "Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve" } ] },',
    '  "bodySite": [ { "text": "right sciatic nerve" } ], "performedDateTime": "2026-02-26",',
    '  "location": { "display": "Central Texas Spine & Nerve, Killeen TX [76549]" },',
    '  "reasonCode": [ { "coding": [ { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G57.01" } ] } ],',
    '  "note": [ { "text": "Network care; authorization [96358] 0114. Prior block {64445} 01/14/2026 at RAMC." } ] }',
  ].join('\n'),
});

// ── 32. C-CDA procedures section, text layer ──
const ccda = lines({
  id: 's136-ccda',
  kind: 's136-ccda-procedures-section-xml-text',
  before: '<section><templateId root="2.16.840.1.113883.10.20.22.2.7.1"/><title>Procedures</title>',
  text: [
    '<procedure classCode="PROC" moodCode="EVN"><id root="1.3.6.1.4.1.[22812].4.126" extension="RAMC-[64632]-0114"/>',
    '<code code="{64632}" codeSystem="2.16.840.1.113883.6.12" displayName="Destruction plantar digital nerve"/>',
    '<targetSiteCode code="22335008" displayName="Left foot"/><effectiveTime value="20260114"/>',
    '<performer><assignedEntity><addr><postalCode>[76544]</postalCode><state>TX</state></addr>',
    '<entryRelationship><procedure><code code="{76942}" codeSystem="2.16.840.1.113883.6.12"/></procedure>',
    '<text>Alcohol neurolysis, 3rd common digital nerve L foot ({64632}-LT); prior anesthetic block {64455} 12/2025.</text>',
  ].join('\n'),
});

// ── 33. Charge description master lookup grid ──
const cdm = table({
  id: 's136-cdm',
  kind: 's136-cdm-bill-item-lookup-grid',
  caption: 'CDM Inquiry — Activity type: PAIN MGMT PROC — Active items',
  headers: ['Bill Item ID', 'CDM', 'CPT', 'Description', 'Rev Cd', 'Price', 'Eff'],
  rows: [
    ['[64445]', '[41188]', '{64445}', 'NERVE BLOCK SCIATIC SINGLE INJ', '0361', '$412.77', '10/01/2025'],
    ['[41190]', '[41190]', '{64632}', 'NEUROLYTIC DESTR PLANTAR DIG N', '0361', '$388.02', '10/01/2025'],
    ['[41195]', '[41195]', '{64612}', 'CHEMODENERV FACIAL N UNILAT', '0361', '$301.44', '10/01/2025'],
    ['[41201]', '[41201]', '{64712}', 'NEUROPLASTY SCIATIC NERVE', '0360', '$1,981.40', '10/01/2025'],
    ['[41202]', '[41202]', '{64714}', 'NEUROPLASTY LUMBAR PLEXUS', '0360', '$2,214.10', '10/01/2025'],
  ],
});

// ── 34. Procedure note excerpt, text layer ──
const procNote = lines({
  id: 's136-procnote',
  kind: 's136-pain-clinic-procedure-note-text',
  before: 'PROCEDURE NOTE — Pain Management Clinic — Ridgeway Army Medical Center',
  text: [
    'PROCEDURE: Left foot 3rd web space neurolysis (dehydrated alcohol 4%), US guided.  CPT: {64632}-LT, {76942}',
    'INDICATION: Morton neuroma L foot (G57.62); failed orthotics and 2 diagnostic blocks ({64455}, last 12/09/25).',
    'Pt is AD SPC, unit 2-8 FA; duty limitation slip given. Consent on file, timeout performed 0844.',
    'Needle: 25G 1.5". Lot [34694]A. Injected 0.5 mL of 4% EtOH after neg aspiration. Image stored to PACS acc [21524].',
    'No complications. Post-procedure plan: repeat in 2–3 wks up to 3 sessions (each {64632}).',
  ].join('\n'),
});

// ── 35. Orders pane grid ──
const orders = table({
  id: 's136-orders',
  kind: 's136-genesis-orders-pane-grid',
  caption: 'Orders — Pain Management — Current',
  headers: ['Order', 'Details', 'Status', 'Ordering', 'Order ID'],
  rows: [
    [
      'Peripheral nerve block (sciatic)',
      'CPT {64445}, Laterality: Right, US guided',
      'Completed',
      'Hale, M',
      '[64445]',
    ],
    ['Referral to Neurosurgery', 'Neurolysis sciatic n ({64712}), ROUTINE', 'Ordered', 'Hale, M', '[41637]'],
    ['OnabotulinumtoxinA inj', '{64612} R facial n, 25 units, EMG guided ({95874})', 'Future', 'Beck, A', '[20588]'],
    ['Ropivacaine 0.5% 30 mL', 'for {64445}', 'Completed', 'Hale, M', '[87111]'],
  ],
});

// ── 36. Coder-provider e-mail thread, text layer ──
const email = lines({
  id: 's136-email',
  kind: 's136-coder-provider-email-thread-text',
  before: 'RE: Coding query – enc 58763 (neuroplasty level)',
  text: [
    'From: Rivera, Jose CIV DHA RAMC (USA)   Sent: Tuesday, January 13, 2026 9:31 AM',
    'Dr. Okafor, the charge on 12/09 is {64714} but the op note describes the sciatic nerve at the notch. Should it',
    'be {64712}? If you did free the lumbar plexus too, please addend the note and I will leave {64714}.',
    'From: Okafor, Chidi MAJ USA MC (USA)   Sent: Tuesday, January 13, 2026 1:02 PM',
    'Sciatic only. Change to {64712}. Also I gave a sciatic block ({64445}) pre-op myself—bill or not?',
    'Jose Rivera, CCS | Outpatient Coder, UBO | RAMC, Bldg [36065] | Fort Ridgeway TX [76544] | DSN 288-2213',
  ].join('\n'),
});

// ── 37. MHS coding guideline excerpt, text layer ──
const guideline = lines({
  id: 's136-guide',
  kind: 's136-mhs-coding-guidelines-excerpt-text',
  before: 'MHS Professional Services and Specialty Medical Coding Guidelines — Section 7.6 Nerve Procedures',
  text: [
    '7.6.1 Somatic nerve injections ({64400}–{64489}) are reported once per nerve per session; {64445} is a single',
    'injection of the sciatic nerve, {64446} a continuous infusion by catheter.',
    '7.6.2 Neurolytic destruction ({64600}–{64681}): {64632} is reported per nerve. Chemodenervation {64612} is per',
    'side; see Appendix D for the MEPRS and APV rules (BBL5).',
    '7.6.3 Neuroplasty ({64702}–{64727}): code by nerve – {64712} sciatic, {64713} brachial plexus, {64714} lumbar',
    'plexus. Document the nerve in the procedure note; coders will query per Appendix F (provider query process).',
  ].join('\n'),
});

// ── 38. MTF office directory grid (decoy heavy) ──
const directory = table({
  id: 's136-dir',
  kind: 's136-mtf-business-office-directory-grid',
  caption: 'RAMC Business Office Directory — mailing addresses',
  headers: ['Office', 'Address', 'City/State', 'ZIP', 'DSN / Comm'],
  rows: [
    ['Uniform Business Office (TPCP)', 'PO Box [20829]', 'Fort Ridgeway, TX', '[76544]-0829', '288-4471'],
    ['Coding Help Desk', 'Bldg [64712], Rm 110', 'Fort Ridgeway, TX', '[76544]-4208', '288-2213'],
    ['Referral Management Center', '[36065] Santa Fe Ave', 'Fort Ridgeway, TX', '[76544]-4210', '288-9000'],
    ['UBO Europe liaison (LRMC)', 'Unit [29228] Box 44', 'APO AE', '[09096]', '314-590-1400'],
    ['TRICARE East claims (network care)', 'PO Box 7981', 'Madison, WI', '[53707]-7981', '800-444-5445'],
    ['DHA UBO Program Office', '7700 Arlington Blvd', 'Falls Church, VA', '[22042]-5101', '703-681-8910'],
    ['Pacific liaison (USNH Okinawa)', 'PSC 482 Box [96373]', 'FPO AP', '[96362]-1600', '315-646-7000'],
  ],
});

// ── 39. Clinic schedule grid ──
const schedule = table({
  id: 's136-sched',
  kind: 's136-pain-clinic-procedure-schedule-grid',
  caption: 'PAIN MGMT — Procedure Schedule — Wed 01/14/2026 — Room PROC-2',
  headers: ['Time', 'Patient', 'Appt Type', 'Planned', 'Provider', 'Auth/Ref'],
  rows: [
    ['0800', 'DOE, J (20/4471)', 'PROC60', 'R sciatic block {64445} + US', 'HALE', 'MTF'],
    ['0840', 'SANTOS, L (01/2267)', 'PROC30', 'LT {64632} neurolysis 3rd web', 'OKAFOR', 'MTF'],
    ['0920', 'BECK, T (30/8812)', 'PROC30', 'BoNT R face {64612}', 'BECK', 'Ref [96358]-0098'],
    ['1000', 'WALLACE, H (20/5510)', 'PROC60', 'Lumbar plexus blk {64449}', 'HALE', 'MTF'],
    ['1100', 'MORALES, D (30/6604)', 'PROC30', 'R sciatic blk {64445}, rpt', 'HALE', 'Ref [96358]-0102'],
    ['1300', 'IQBAL, R (20/0193)', 'PROC60', 'TFESI L4-5 {64483}', 'PRICE', 'Order [52347]'],
  ],
});

export const sealed136: Snippet[] = [
  ...banner,
  ...genesisCharges,
  ...admProcedures,
  ...apNote,
  ...cceQueue,
  ...cceComments,
  ...auditGrid,
  ...auditSummary,
  ...auditMemo,
  ...dqmc,
  ...tpcpBill,
  ...cms1500,
  ...x837,
  ...dd2569,
  ...ohiEob,
  ...uboLedger,
  ...referral,
  ...refList,
  ...authLetter,
  ...dutyMemo,
  ...eprofile,
  ...workloadCpt,
  ...workloadProv,
  ...m2Csv,
  ...newsMast,
  ...newsArticle,
  ...newsQuiz,
  ...ticket,
  ...ticketLog,
  ...hl7,
  ...fhir,
  ...ccda,
  ...cdm,
  ...procNote,
  ...orders,
  ...email,
  ...guideline,
  ...directory,
  ...schedule,
];
