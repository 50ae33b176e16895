import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 102 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s102-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (anesthesia, guidance, EMG and lab codes on the same claims, deleted codes still named in a
 * chargemaster). About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs,
 * account suffixes, work-queue ids, batch, deposit, message and questionnaire ids, a payer id, an insurance group and
 * five-digit charges and deposits. The five known codes' digits come back as decoys: a patient control number (on the
 * 837I, the UB-04, the 835, the HL7 charge message, the procedure log and the pricer output), a line item control
 * number (837I and 835), the pay-to PO box (UB-04 and appeal letter), the patient-payment PO box, an I/OCE run batch,
 * a charge-router procedure record and an aged account.
 *
 * Family: hospital outpatient OPPS claim editing and APC grouping for an HOPD pain procedure suite billing nerve
 * procedures on the UB-04 / 837I: an I/OCE line-item return report and claim summary, Addendum B rows, an APC /
 * status-indicator lookup, a claim scrubber's line-level edit list and edit detail, a revenue-code / HCPCS pairing
 * table, hospital NCCI PTP and facility MUE rows, C-APC complexity-adjustment pairs, an 837I excerpt (loops 2300 and
 * 2400, SV2), a UB-04 as text and its service lines as a grid, an 835 for the same claim, a charge-router error queue
 * and its detail, an HL7 DFT charge message, a scrubber JSON response, a pricer XML request, the OPPS pricer output
 * and its line grid, a packaging bulletin, a chargemaster CSV, a price-transparency CSV, a procedure log, a denial
 * worklist, a coder query, a chargemaster review memo, a rate-change impact grid, an MUE redetermination letter, a
 * patient itemized statement, and decoy-only pages (an MSP questionnaire, a payment-address page, an A/R aging grid,
 * a payer id and claims-address crosswalk, an EFT deposit reconciliation, a CBSA wage-index reference, a volume by
 * patient ZIP dashboard).
 * Built on real public layouts: CMS OPPS Addendum B (HCPCS code, short descriptor, CI, SI, APC, relative weight,
 * payment rate, national and minimum unadjusted copayment), Addendum J complexity-adjustment pairs, the I/OCE line
 * item return (HCPCS and payment SI / APC, edits, packaging flag, line disposition), the hospital NCCI PTP file
 * (column 1, column 2, effective and deletion dates, modifier indicator, rationale) and the facility outpatient MUE
 * file (MUE value, MAI, rationale), the UB-04 form locators (3a, 4, 6, 42–47, 50, 56, 67, 74, 76, 80), the 837I
 * 005010X223A2 segments (CLM, HI, LX, SV2, DTP*472, REF*6R), the 835 CLP / SVC / CAS segments, the HL7 v2 DFT^P03 FT1
 * segment, and the CMS hospital price transparency CSV (description, code|1, code|1|type, setting, standard charges).
 * The others are written the way those pages read, with no single source.
 *
 * 377 labelled tokens over 38 shapes: 161 codes, 216 decoys, 70 of the decoys in KNOWN_10K.
 */

// ── 1. I/OCE line item return report, table ──
const ioceLines = table({
  id: 's102-ioceln',
  kind: 's102-ioce-line-item-return-grid',
  caption: 'I/OCE v26.3 — line item return — TOB 0131 — DOS 11/05/2025',
  headers: [
    'Ln',
    'Rev',
    'HCPCS',
    'Mod',
    'Units',
    'HCPCS SI',
    'Pmt SI',
    'Pmt APC',
    'Edits',
    'Pkg flag',
    'Disp',
    'Charge',
  ],
  rows: [
    ['1', '0360', '{64712}', 'RT', '1', 'J1', 'J1', '5432', '', '0', '0', '8450.00'],
    ['2', '0361', '{64445}', 'RT', '1', 'T', 'N', '0000', '', '1', '0', '1425.00'],
    ['3', '0320', '{77002}', '', '1', 'N', 'N', '0000', '', '1', '0', '1180.00'],
    ['4', '0370', '{01991}', '', '1', 'N', 'N', '0000', '', '1', '0', '2310.00'],
    ['5', '0361', '{64704}', 'RT', '1', 'T', 'N', '0000', '020', '0', '2', '1960.00'],
    ['6', '0300', '{85610}', '', '1', 'Q4', 'N', '0000', '', '1', '0', '64.00'],
    ['7', '0250', '', '', '2', '', 'N', '0000', '', '1', '0', '40.75'],
    ['Total', '', '', '', '', '', '', '', '', '', '', '[15429].75'],
  ],
});

// ── 2. I/OCE claim summary, text layer ──
const ioceSummary = lines({
  id: 's102-iocesum',
  kind: 's102-ioce-claim-summary-text',
  before: 'I/OCE claim return buffer — summary',
  text: [
    'Provider CCN 230087   Patient ZIP [49506]   Claim disposition 1 (line item denial or rejection)',
    'Claim-level edits: none   Line 5: edit 20, {64704} is column 2 of {64712} (modifier not present)',
    'Comprehensive APC 5432 assigned from the J1 primary service {64712}; lines 2–4 and 6–7 packaged (SI N)',
    'Complexity adjustment: not applied — {64445} with {64712} is not a qualifying pair',
    'Wage index area CBSA [24340]   Run batch [64612]-B   Claim sequence [30728] of 412',
  ].join('\n'),
});

// ── 3. OPPS Addendum B rows, table ──
const addendumB = table({
  id: 's102-addb',
  kind: 's102-opps-addendum-b-rows-grid',
  caption: 'Addendum B — OPPS Payment by HCPCS Code for CY 2026 (filtered: 644 and 647 series)',
  headers: [
    'HCPCS Code',
    'Short Descriptor',
    'CI',
    'SI',
    'APC',
    'Relative Weight',
    'Payment Rate',
    'National Unadjusted Copayment',
    'Minimum Unadjusted Copayment',
  ],
  rows: [
    ['{64445}', 'Njx aa&/strd sciatic nrv', '', 'T', '5442', '9.7713', '$871.34', '', '$174.27'],
    ['{64450}', 'Njx aa&/strd other pn/branch', '', 'T', '5442', '9.7713', '$871.34', '', '$174.27'],
    ['{64454}', 'Njx aa&/strd gnclr nrv brnch', '', 'T', '5443', '15.0264', '$1,339.91', '', '$267.99'],
    ['{64612}', 'Destroy nerve face muscle', '', 'T', '5443', '15.0264', '$1,339.91', '', '$267.99'],
    ['{64632}', 'N block inj common digit', '', 'T', '5441', '3.4471', '$307.38', '', '$61.48'],
    ['{64704}', 'Revise hand/foot nerve', '', 'J1', '5431', '25.6420', '$2,286.50', '', '$457.30'],
    ['{64708}', 'Revise arm/leg nerve', '', 'J1', '5432', '71.0436', '$6,334.85', '', '$1,266.97'],
    ['{64712}', 'Revision of sciatic nerve', '', 'J1', '5432', '71.0436', '$6,334.85', '', '$1,266.97'],
    ['{64714}', 'Revise low back nerve(s)', '', 'J1', '5432', '71.0436', '$6,334.85', '', '$1,266.97'],
  ],
});

// ── 4. APC / status indicator lookup tool, text layer ──
const apcLookup = lines({
  id: 's102-apclook',
  kind: 's102-apc-status-indicator-lookup-text',
  before: 'Reimbursement lookup — OPPS — search by HCPCS',
  text: [
    'Result for {64712} (effective 01/01/2026)',
    'Status indicator J1 — hospital Part B services paid through a comprehensive APC',
    'APC 5432 Level 2 Nerve Procedures   Relative weight 71.0436   National payment $6,334.85',
    'Wage-adjusted for CBSA [24340] (wage index 0.9261, Grand Rapids-Wyoming-Kentwood, MI): $5,988.27',
    'Same APC: {64714}, {64708}   Lower level (APC 5431): {64704} and the hand / foot nerve codes',
    'Add-on {64727} is packaged (SI N) when reported with any of the above',
    'Facility ZIP [49503] maps to CBSA [24340]; no rural adjustment',
  ].join('\n'),
});

// ── 5. Claim scrubber line-level edit list, table ──
const scrubberList = table({
  id: 's102-scrub',
  kind: 's102-claim-scrubber-line-edit-list-grid',
  caption: 'Claim scrubber — institutional — edits pending (pain suite)',
  headers: ['Account', 'Ln', 'Svc', 'Rev', 'Edit', 'Severity', 'Message', 'Queue'],
  rows: [
    ['7700413522', '1', '{64712}', '0360', 'MUE-UNITS', 'Error', 'Units 2 exceed facility MUE 1 (MAI 2)', 'WQ [31044]'],
    [
      '7700413522',
      '2',
      '{64445}',
      '0361',
      'NCCI-PTP',
      'Warning',
      'Column 2 of {64712}; add XS only for a separate site',
      'WQ [31044]',
    ],
    [
      '7700413588',
      '2',
      '{64632}',
      '0320',
      'REV-HCPCS',
      'Error',
      'Rev 0320 invalid with surgical HCPCS; use 036X',
      'WQ [31046]',
    ],
    [
      '7700413601',
      '1',
      '{64612}',
      '0361',
      'DRUG-LINE',
      'Error',
      'Chemodenervation billed without J0585 line',
      'WQ [31046]',
    ],
    [
      '7700413601',
      '4',
      'J0585',
      '0636',
      'NDC-FMT',
      'Error',
      'NDC [00023]-1145-01 must be sent as 11-digit N4',
      'WQ [31046]',
    ],
    ['7700413644', '1', '{64714}', '0360', 'MOD-LAT', 'Warning', 'Laterality modifier missing (RT/LT)', 'WQ [31044]'],
    ['7700413690', '2', '{95874}', '0922', 'SI-N', 'Info', 'Packaged; no separate payment expected', 'WQ [31075]'],
    ['7700413702', '3', '{64454}', '0361', 'LCD', 'Error', 'Dx M17.11 required for genicular block', 'WQ [31075]'],
  ],
});

// ── 6. Scrubber edit detail, text layer ──
const scrubberDetail = lines({
  id: 's102-scrubdet',
  kind: 's102-scrubber-edit-detail-text',
  before: 'Edit detail — NCCI-PTP — account 7700413522, line 2',
  text: [
    'Column 1 {64712} / column 2 {64445}, effective 20090101, no deletion date, modifier indicator 1.',
    'The op note shows the sciatic block was given by anesthesia for post-op analgesia, not at a separate site.',
    'Do not append XS; the line stays on the claim and packages into the C-APC.',
    'Resolved by coder 4471 on 11/06/2025; released to billing batch [21904].',
  ].join('\n'),
});

// ── 7. Revenue code / HCPCS pairing table, table ──
const revPairing = table({
  id: 's102-revpair',
  kind: 's102-revenue-code-hcpcs-pairing-grid',
  caption: 'Revenue Integrity — revenue code to HCPCS pairing for the pain and nerve suite',
  headers: ['Rev code', 'Revenue center', 'Typical HCPCS', 'I/OCE behaviour'],
  rows: [
    ['0360', 'Operating room services', '{64712} {64714}', 'J1 — drives the comprehensive APC'],
    ['0361', 'Minor surgery', '{64445} {64632}', 'T — multiple procedure discount applies'],
    ['0370', 'Anesthesia', '{01991}', 'N — packaged'],
    ['0320', 'Diagnostic radiology', '{77002}', 'N — packaged'],
    ['0402', 'Ultrasound', '{76942}', 'N — packaged'],
    ['0636', 'Drugs requiring detailed coding', 'J0585, J1100', 'K or N; NDC required'],
    ['0922', 'Other diagnostic services', '{95874}', 'N — reported only with chemodenervation'],
    ['0761', 'Treatment room', '{64612}', 'T — some hospitals bill clinic injections here'],
  ],
});

// ── 8. Hospital NCCI PTP edit rows, table ──
const ptpRows = table({
  id: 's102-ptp',
  kind: 's102-hospital-ncci-ptp-rows-grid',
  caption: 'Hospital PTP edits, outpatient — excerpt (nerve procedure section)',
  headers: [
    'Column 1',
    'Column 2',
    '* = In existence prior to 1996',
    'Effective Date',
    'Deletion Date *=no data',
    'Modifier 0=not allowed 1=allowed 9=not applicable',
    'PTP Edit Rationale',
  ],
  rows: [
    ['{64712}', '{64445}', '', '20090101', '*', '1', 'Standards of medical / surgical practice'],
    ['{64712}', '{64704}', '', '20090101', '*', '1', 'Misuse of column two code with column one code'],
    ['{64714}', '{64712}', '', '20050101', '*', '1', 'Mutually exclusive procedures'],
    ['{64632}', '{64455}', '', '20100101', '*', '1', 'Standards of medical / surgical practice'],
    ['{64612}', '{64615}', '', '20130701', '*', '0', 'CPT Manual or CMS manual coding instruction'],
  ],
});

// ── 9. Facility outpatient MUE rows, table ──
const mueRows = table({
  id: 's102-mue',
  kind: 's102-facility-outpatient-mue-rows-grid',
  caption: 'Medically Unlikely Edits — Facility Outpatient Hospital Services — effective 01/01/2026',
  headers: ['HCPCS/CPT Code', 'Outpatient Hospital Services MUE Values', 'MUE Adjudication Indicator', 'MUE Rationale'],
  rows: [
    ['{64445}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
    ['{64454}', '1', '2 Date of Service Edit: Policy', 'CMS Policy'],
    ['{64612}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
    ['{64632}', '2', '3 Date of Service Edit: Clinical', 'Clinical: Data'],
    ['{64712}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
    ['{64714}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
  ],
});

// ── 10. C-APC complexity adjustment pairs (Addendum J style), table ──
const complexity = table({
  id: 's102-capcj',
  kind: 's102-capc-complexity-adjustment-pairs-grid',
  caption: 'Addendum J — complexity adjustment code pairs — nerve procedure C-APCs',
  headers: ['Primary HCPCS', 'Primary C-APC', 'Secondary HCPCS', 'Secondary SI', 'Complexity-adjusted C-APC'],
  rows: [
    ['{64714}', '5432', '{64712}', 'J1', '5433'],
    ['{64708}', '5432', '{64712}', 'J1', '5433'],
    ['{64712}', '5432', '{64640}', 'T', '5433'],
  ],
});

// ── 11. 837I excerpt, loops 2010AA, 2300 and 2400, text layer ──
const x12Claim = lines({
  id: 's102-837i',
  kind: 's102-837i-institutional-claim-segments-text',
  before: '837I (005010X223A2) as sent to WPS — segments one per line, envelope trimmed',
  text: [
    'BHT*0019*00*[48229]*20251106*1415*CH~',
    'NM1*85*2*LAKESHORE REGIONAL MEDICAL CENTER*****XX*1376549821~',
    'N3*2150 FULTON ST E~',
    'N4*GRAND RAPIDS*MI*[49503]~',
    'CLM*LRMC[64632]*[13405].75***13:A:1**A*Y*Y~',
    'DTP*434*RD8*20251105-20251105~',
    'HI*ABK:G5701~',
    'HI*BH:11:D8:20250812~',
    'NM1*IL*1*HOLLIS*GRANT*R***MI*1EG4TE5MK72~',
    'N4*EAST GRAND RAPIDS*MI*[49506]~',
    'NM1*PR*2*WPS GHA MEDICARE PART A*****PI*[08201]~',
    'LX*1~',
    'SV2*0360*HC:{64712}:RT*8450*UN*1~',
    'DTP*472*D8*20251105~',
    'REF*6R*[64714]~',
    'LX*2~',
    'SV2*0361*HC:{64445}:RT*1425*UN*1~',
    'LX*3~',
    'SV2*0320*HC:{77002}*1180*UN*1~',
    'LX*4~',
    'SV2*0370*HC:{01991}*2310*UN*1~',
    'LX*5~',
    'SV2*0250**40.75*UN*2~',
  ].join('\n'),
});

// ── 12. UB-04 as text (form locators), text layer ──
const ub04 = lines({
  id: 's102-ub04',
  kind: 's102-ub04-form-locators-text',
  before: 'UB-04 CMS-1450 — claim image (text rendering)',
  text: [
    '1 LAKESHORE REGIONAL MEDICAL CENTER, 2150 FULTON ST E, GRAND RAPIDS MI [49503]',
    '2 PAY-TO: LRMC PATIENT FINANCIAL SERVICES, PO BOX [64445], GRAND RAPIDS MI [49501]',
    '3a PAT CNTL # LRMC[64632]   3b MED REC # 40019233   4 TYPE OF BILL 0131',
    '5 FED TAX NO 38-1357924   6 STATEMENT COVERS PERIOD 110525 THROUGH 110525',
    '9 PATIENT ADDRESS 418 LAKE DR SE, EAST GRAND RAPIDS MI [49506]',
    '31 OCCURRENCE CODE 11 DATE 081225',
    '0360  NEUROPLASTY SCIATIC NERVE     {64712}RT  110525  1   8450 00',
    '0361  INJ AA SCIATIC NERVE          {64445}RT  110525  1   1425 00',
    '0320  FLUORO GUIDE NEEDLE           {77002}    110525  1   1180 00',
    '0370  ANES NERVE BLOCK              {01991}    110525  1   2310 00',
    '0250  PHARMACY                                 110525  2     40 75',
    '0001  PAGE 1 OF 1   CREATION DATE 110625   TOTALS   [13405] 75',
    '50 MEDICARE   56 NPI 1376549821   67 G5701   74 PRINCIPAL PROC 01NF0ZZ 110525',
    '76 ATTENDING NPI 1902877314 NAVARRO, ELENA   80 REMARKS: CORRECTED FROM BATCH [21904]',
  ].join('\n'),
});

// ── 13. UB-04 service lines 42–48, second claim, table ──
const ub04Lines = table({
  id: 's102-ub04ln',
  kind: 's102-ub04-service-lines-grid',
  caption: 'UB-04 lines — Ostrowski, M — TOB 0131 — DOS 11/07/2025',
  headers: [
    '42 Rev. Cd.',
    '43 Description',
    '44 HCPCS / Rate / HIPPS Code',
    '45 Serv. Date',
    '46 Serv. Units',
    '47 Total Charges',
    '48 Non-Covered Charges',
  ],
  rows: [
    ['0361', 'CHEMODENERV FACIAL NERVE UNI', '{64612}', '110725', '1', '1620.00', ''],
    ['0922', 'EMG GUIDANCE CHEMODENERV', '{95874}', '110725', '1', '610.00', ''],
    ['0636', 'ONABOTULINUMTOXINA PER UNIT', 'J0585', '110725', '50', '2150.00', ''],
    ['0361', 'DESTR NEUROLYT PLANTAR DIG', '{64632}RT', '110725', '2', '2980.00', ''],
    ['0761', 'INJ PLANTAR DIGITAL NERVE', '{64455}', '110725', '1', '740.00', '740.00'],
    ['0001', 'TOTAL CHARGES', '', '', '', '8100.00', '740.00'],
  ],
});

// ── 14. 835 for the first claim, text layer ──
const era835 = lines({
  id: 's102-835',
  kind: 's102-835-institutional-remit-segments-text',
  before: '835 from WPS GHA — check/EFT trace 1381234567 — one claim shown',
  text: [
    'N1*PE*LAKESHORE REGIONAL MEDICAL CENTER*XX*1376549821~',
    'N4*GRAND RAPIDS*MI*[49503]~',
    'CLP*LRMC[64632]*1*[13405].75*4533.62*1197.65*MA*2125309118420*13*1~',
    'MOA***MA130~',
    'SVC*HC:{64712}:RT*8450*4533.62*0360*1~',
    'CAS*CO*45*2461.73~',
    'CAS*PR*1*257**2*1197.65~',
    'REF*6R*[64714]~',
    'SVC*HC:{64445}:RT*1425*0*0361*1~',
    'SVC*HC:{77002}*1180*0*0320*1~',
    'SVC*HC:{01991}*2310*0*0370*1~',
    'CAS*CO*97*4915~',
  ].join('\n'),
});

// ── 15. Charge router error queue, table ──
const chargeRouter = table({
  id: 's102-chgrtr',
  kind: 's102-charge-router-error-queue-grid',
  caption: 'Charge Router error work queue — Pain & Nerve Procedure Suite',
  headers: ['Error', 'Batch', 'Charge ID', 'EAP record', 'Description', 'CPT', 'Rev', 'Qty', 'Message'],
  rows: [
    [
      'CR-114',
      '[20846]',
      '903114877',
      '[36210]',
      'NEUROPLASTY SCIATIC',
      '{64712}',
      '0360',
      '2',
      'Qty above MUE; duplicate from OpTime',
    ],
    [
      'CR-208',
      '[20846]',
      '903114881',
      '[36211]',
      'NEUROPLASTY LUMBAR PLEXUS',
      '{64714}',
      '0360',
      '1',
      'No OR time charge in session',
    ],
    [
      'CR-031',
      '[20848]',
      '903114885',
      '[36251]',
      'CHEMODENERV FACIAL NERVE UNI',
      '{64612}',
      '0361',
      '2',
      'Bilateral: post qty 1 with 50',
    ],
    [
      'CR-031',
      '[20848]',
      '903114890',
      '[64612]',
      'DESTR NEUROLYT PLANTAR DIG',
      '{64632}',
      '0361',
      '3',
      'Qty 3 exceeds MUE 2',
    ],
    [
      'CR-077',
      '[20849]',
      '903114902',
      '[36225]',
      'INJ SCIATIC NERVE',
      '{64445}',
      '0370',
      '1',
      'Rev 0370 not valid for procedure',
    ],
    [
      'CR-090',
      '[20851]',
      '903114915',
      '[36263]',
      'US GUIDE NEEDLE PLACEMENT',
      '{76942}',
      '0402',
      '1',
      'Missing ordering provider',
    ],
  ],
});

// ── 16. Charge router error detail, text layer ──
const chargeRouterDetail = lines({
  id: 's102-chgdet',
  kind: 's102-charge-router-error-detail-text',
  before: 'Charge Router — error detail — session held 11/06/2025 07:42',
  text: [
    'Charge 903114881 (EAP [36211]) held: procedure {64714} needs an OR time charge on rev 0360 in the same session.',
    'Charge 903114885: {64612} posted with quantity 2 — repost as one line with modifier 50.',
    'Charge 903114890: three plantar digital nerves were injected; MUE for {64632} is 2, split to a second DOS line only if documented.',
    'Charges from department PAIN SUITE 2 are routed to the hospital outpatient account, not to the professional claim.',
  ].join('\n'),
});

// ── 17. OPPS pricer output, text layer ──
const pricerOut = lines({
  id: 's102-pricer',
  kind: 's102-opps-pricer-claim-output-text',
  before: 'OPPS Pricer — claim output (PC Pricer, CY 2026 release)',
  text: [
    'Provider CCN 230087   CBSA [24340]   Wage index 0.9261   Outpatient CCR 0.187   Return code 01',
    'Line 1 HCPCS {64712} APC 5432 SI J1 line payment 5988.27 (comprehensive; all other lines packaged)',
    'Line 2 HCPCS {64445} SI N payment 0.00   Line 3 HCPCS {77002} SI N payment 0.00',
    'Outlier: line cost 2506.88 below the fixed-dollar threshold; no outlier payment',
    'Deductible 257.00   Coinsurance 1197.65   Program payment 4533.62   Claim charges [13405].75',
    'Pricer run [58805] for bill LRMC[64632]',
  ].join('\n'),
});

// ── 18. Pricer line-level grid, second claim, table ──
const pricerLines = table({
  id: 's102-pricerln',
  kind: 's102-opps-pricer-line-grid',
  caption: 'Pricer line detail — Ostrowski, M — DOS 11/07/2025',
  headers: ['Line', 'Item', 'SI', 'APC', 'Pmt ind', 'Discount', 'Line pmt', 'Coins'],
  rows: [
    ['1', '{64612}', 'T', '5443', '1', '1.00', '1240.88', '248.18'],
    ['2', '{95874}', 'N', '', '', '', '0.00', '0.00'],
    ['4', '{64632}', 'T', '5441', '1', '0.50', '142.33', '28.47'],
    ['5', '{64455}', 'T', '5441', '1', '0.50', '0.00', '0.00'],
  ],
});

// ── 19. Packaging bulletin to the suite staff, text layer ──
const packaging = lines({
  id: 's102-pkg',
  kind: 's102-packaging-bulletin-text',
  before: 'Revenue Integrity bulletin — why your nerve block shows $0.00 on the remit',
  text: [
    'When {64712} or {64714} is on the claim, Medicare pays one comprehensive APC (status J1) for the encounter.',
    'Everything else that day — the sciatic block ({64445}), fluoroscopy ({77002}), anesthesia, labs — is packaged.',
    'Still code and charge those lines: packaged costs feed next year’s APC rates.',
    'If only {64445} and {64632} are billed (both status T), the lower-paying one takes the 50% multiple procedure reduction.',
    'Questions: Revenue Integrity, 2150 Fulton St E, Grand Rapids MI [49503].',
  ].join('\n'),
});

// ── 20. Chargemaster CSV export, text layer ──
const cdmCsv = lines({
  id: 's102-cdmcsv',
  kind: 's102-chargemaster-csv-export-text',
  before: 'cdm_pain_suite_2026.csv',
  text: [
    'CDM,DESCRIPTION,REV,HCPCS,MOD,PRICE,DEPT,EFF',
    '[36210],NEUROPLASTY SCIATIC NERVE,0360,{64712},,8450.00,PAINOR,20250101',
    '[36211],NEUROPLASTY LUMBAR PLEXUS,0360,{64714},,9120.00,PAINOR,20250101',
    '[36225],INJ SCIATIC NERVE,0361,{64445},,1425.00,PAINPR,20250101',
    '[36226],INJ FEMORAL NERVE SINGLE,0361,{64447},,1390.00,PAINPR,20250101',
    '[36240],DESTR NEUROLYTIC PLANTAR DIG,0361,{64632},,1490.00,PAINPR,20250101',
    '[36251],CHEMODENERV FACIAL NERVE UNI,0361,{64612},,1620.00,PAINPR,20250101',
    '[36260],FLUORO GUIDE NEEDLE,0320,{77002},,1180.00,RAD,20250101',
    '[36301],OR TIME LEVEL 2 FIRST 30 MIN,0360,,,2860.00,PAINOR,20250101',
  ].join('\n'),
});

// ── 21. Hospital price transparency machine-readable CSV, text layer ──
const mrfCsv = lines({
  id: 's102-mrf',
  kind: 's102-price-transparency-standard-charges-csv-text',
  before: '230087_lakeshore-regional-medical-center_standardcharges.csv (rows for the pain suite)',
  text: [
    'description,code|1,code|1|type,code|2,code|2|type,setting,standard_charge|gross,standard_charge|discounted_cash,payer_name,standard_charge|negotiated_dollar',
    'NEUROPLASTY SCIATIC NERVE,[36210],CDM,{64712},HCPCS,outpatient,8450.00,6760.00,Priority Health,6120.00',
    'NEUROPLASTY SCIATIC NERVE,[36210],CDM,{64712},HCPCS,outpatient,8450.00,6760.00,BCBSM PPO,7035.50',
    'NEUROPLASTY LUMBAR PLEXUS,[36211],CDM,{64714},HCPCS,outpatient,9120.00,7296.00,Priority Health,6120.00',
    'INJ SCIATIC NERVE,[36225],CDM,{64445},HCPCS,outpatient,1425.00,1140.00,Priority Health,912.60',
    'LEVEL 2 NERVE PROCEDURES,5432,APC,,,outpatient,,,Priority Health,6650.00',
  ].join('\n'),
});

// ── 22. HL7 DFT^P03 charge message from the OR system, text layer ──
const hl7Dft = lines({
  id: 's102-hl7dft',
  kind: 's102-hl7-dft-charge-message-text',
  before: 'Interface engine — inbound DFT^P03 from OR documentation to the charge router',
  text: [
    'MSH|^~\\&|ORDOC|LRMC|CHGRTR|LRMC|20251105113214||DFT^P03|[47066]|P|2.3',
    'PID|1||40019233^^^LRMC^MR||HOLLIS^GRANT^R||19580314|M|||418 LAKE DR SE^^EAST GRAND RAPIDS^MI^[49506]',
    'PV1|1|O|PAINOR^OR2^01|||||1902877314^NAVARRO^ELENA||||||||||||LRMC[64632]',
    'FT1|1|||20251105||CG|[36210]^NEUROPLASTY SCIATIC NERVE||1|||0360|||||||||||||{64712}^NEUROPLASTY SCIATIC^CPT|RT',
    'FT1|2|||20251105||CG|[36225]^INJ SCIATIC NERVE||1|||0361|||||||||||||{64445}^INJ AA SCIATIC NERVE^CPT|RT',
    'FT1|3|||20251105||CG|[36260]^FLUORO GUIDE NEEDLE||1|||0320|||||||||||||{77002}^FLUORO GUIDE^CPT',
  ].join('\n'),
});

// ── 23. Scrubber API JSON response, text layer ──
const scrubJson = lines({
  id: 's102-scrubjson',
  kind: 's102-scrubber-api-json-response-text',
  before: 'POST /claims/validate — response body (pretty-printed)',
  text: [
    '{ "claimId": "LRMC[71955]", "tob": "0131", "facilityZip": "[49503]", "run": "[20917]",',
    '  "edits": [',
    '    { "line": 1, "hcpcs": "{64612}", "rev": "0361", "edit": "DRUG_LINE_MISSING" },',
    '    { "line": 3, "hcpcs": "{64632}", "units": 3, "edit": "MUE", "mue": 2, "mai": "3" },',
    '    { "line": 4, "hcpcs": "{64455}", "edit": "NCCI_PTP", "column1": "{64632}", "modInd": "1" },',
    '    { "line": 5, "ndc": "[00409]-1163-02", "edit": "NDC_FORMAT" }',
    '  ] }',
  ].join('\n'),
});

// ── 24. Pricer XML request, text layer ──
const pricerXml = lines({
  id: 's102-pricerxml',
  kind: 's102-pricer-xml-request-text',
  before: 'Pricer web service — request payload (XML)',
  text: [
    '<claim tob="0131" ccn="230087" cbsa="[24340]" zip="[49503]" from="2025-11-07">',
    '  <line num="1" rev="0361" hcpcs="{64612}" units="1"/>',
    '  <line num="2" rev="0922" hcpcs="{95874}" units="1"/>',
    '  <line num="3" rev="0636" hcpcs="J0585" units="50" ndc="00023114501"/>',
    '  <line num="4" rev="0361" hcpcs="{64632}" mod="RT" units="2"/>',
    '  <charges total="8100.00" noncovered="740.00" account="LRMC[71955]"/>',
    '</claim>',
  ].join('\n'),
});

// ── 25. Pain suite daily procedure log, table ──
const procLog = table({
  id: 's102-proclog',
  kind: 's102-pain-suite-daily-procedure-log-grid',
  caption: 'Pain & Nerve Procedure Suite — case log — Wednesday 11/05/2025',
  headers: ['Time', 'Case', 'Room', 'Patient', 'Proc', 'Side', 'Anes', 'HAR'],
  rows: [
    ['0730', '[30918]', 'OR2', 'Hollis, G', '{64712} + {64445}', 'R', 'MAC', 'LRMC[64632]'],
    ['0945', '[30919]', 'OR2', 'Dumont, R', '{64714}', 'L', 'General', 'LRMC[64790]'],
    ['1100', '[30925]', 'PR1', 'Vega, S', '{64454}', 'R', 'Local', 'LRMC[64811]'],
    ['1130', '[30927]', 'PR1', 'Kerr, A', '{64445} US-guided ({76942})', 'L', 'Local', 'LRMC[64826]'],
    ['1300', '[30931]', 'PR2', 'Boyle, T', '{64612}', 'Bilat', 'Local', 'LRMC[64851]'],
    ['1345', '[30934]', 'PR2', 'Marsh, D', '{64632} x2', 'R', 'Local', 'LRMC[64866]'],
  ],
});

// ── 26. Outpatient denial worklist, table ──
const denials = table({
  id: 's102-denials',
  kind: 's102-outpatient-denial-worklist-grid',
  caption: 'Hospital outpatient denials — pain suite — follow-up',
  headers: ['Acct', 'Payer', 'DOS', 'Line item', 'CARC / RARC', 'Balance', 'Next step'],
  rows: [
    [
      'LRMC[71955]',
      'Medicare (WPS)',
      '11/07/2025',
      '{64632} x2',
      'CO-151 / N362',
      '2980.00',
      'Redetermination — units within MUE',
    ],
    ['LRMC[64790]', 'BCBSM', '11/05/2025', '{64714}', 'CO-197', '9120.00', 'Retro auth request'],
    ['LRMC[64851]', 'Medicare', '11/05/2025', '{64612} x2', 'CO-4 / M80', '2430.00', 'Rebill one line with 50'],
    ['LRMC[64826]', 'Aetna', '11/05/2025', '{64445}', 'CO-97', '1425.00', 'Packaged — no appeal'],
    [
      'LRMC[72314]',
      'Meridian (Medicaid)',
      '11/03/2025',
      '{64712}',
      'CO-16 / MA130',
      '[10275].00',
      'Add NDC to drug line',
    ],
  ],
});

// ── 27. Coder query to the surgeon, text layer ──
const coderQuery = lines({
  id: 's102-query',
  kind: 's102-coder-query-to-surgeon-text',
  before: 'Query — Dr. Elena Navarro — re: Hollis, case of 11/05 (facility coding)',
  text: [
    'Your op note says "external neurolysis of the sciatic nerve at the notch". I coded {64712} for the facility.',
    'If the lumbar plexus was also released, {64714} would replace it — please clarify which.',
    'The pre-op sciatic block stays on the claim as {64445}; it pays nothing separately under the C-APC.',
    'Was the operating microscope used? Internal neurolysis, {64727}, needs that documented.',
    'Please answer in the query tool by 11/10; the account is on hold until then.',
  ].join('\n'),
});

// ── 28. Chargemaster annual review memo, text layer ──
const cdmMemo = lines({
  id: 's102-cdmmemo',
  kind: 's102-chargemaster-review-memo-text',
  before: 'Chargemaster annual review — pain and nerve items — recommendations',
  text: [
    'Item [36240] maps to {64632}; its price of 1490.00 has not changed since 2019, raise to 1650.00.',
    'Items [36251] and [36252] both carry {64612}; retire [36252] and post [36251] with modifier 50.',
    'Add an item for {64454} (genicular nerve block), rev 0361, requested by Dr. Navarro.',
    'Item [36299] still points to deleted code {64614}; remap to {64642}–{64645} by muscle count.',
    'No change to items [36210] and [36211] (sciatic and lumbar plexus neuroplasty).',
  ].join('\n'),
});

// ── 29. OPPS rate change impact, table ──
const rateImpact = table({
  id: 's102-impact',
  kind: 's102-opps-rate-change-impact-grid',
  caption: 'CY 2026 OPPS final rule — impact on the pain suite (Medicare volume)',
  headers: ['Code', 'APC', 'SI', 'CY2025 rate', 'CY2026 rate', 'Vol', 'Impact $'],
  rows: [
    ['{64712}', '5432', 'J1', '6104.22', '6334.85', '48', '[11070]'],
    ['{64714}', '5432', 'J1', '6104.22', '6334.85', '9', '2076'],
    ['{64445}', '5442', 'T', '842.10', '871.34', '390', '[11404]'],
    ['{64632}', '5441', 'T', '296.74', '307.38', '125', '1330'],
    ['{64612}', '5443', 'T', '1291.60', '1339.91', '210', '[10145]'],
    ['{64454}', '5443', 'T', '1291.60', '1339.91', '160', '7730'],
    ['Total', '', '', '', '', '942', '[43755]'],
  ],
});

// ── 30. MUE redetermination letter, text layer ──
const mueAppeal = lines({
  id: 's102-mueappeal',
  kind: 's102-mue-redetermination-letter-text',
  before: 'Lakeshore Regional Medical Center — Patient Financial Services — Appeals',
  text: [
    'WPS Government Health Administrators, Attn: Part A Redeterminations, PO Box 8696, Madison WI [53708]',
    'Re: Redetermination request, ICN 2125311207340, patient control no. LRMC[71955]',
    'Line 4 billed {64632} with 2 units (right second and third web spaces) and was denied as exceeding the MUE.',
    'The facility MUE for {64632} is 2 (MAI 3); the units are within the per-day value and the op note supports both.',
    'Line 5, {64455}, was billed as non-covered and is not at issue.',
    'Reply to PFS Appeals, PO Box [64445], Grand Rapids MI [49501].',
  ].join('\n'),
});

// ── 31. Patient itemized statement, table ──
const statement = table({
  id: 's102-stmt',
  kind: 's102-patient-itemized-statement-grid',
  caption: 'Itemized statement — hospital outpatient services — guarantor account LRMC',
  headers: ['Date', 'Billed code', 'Description', 'Qty', 'Charges', 'Insurance paid', 'Adjustments'],
  rows: [
    ['11/05/2025', '{64712}', 'Neuroplasty sciatic nerve', '1', '8450.00', '4533.62', '2461.73'],
    ['11/05/2025', '{64445}', 'Injection sciatic nerve', '1', '1425.00', '0.00', '1425.00'],
    ['11/05/2025', '{77002}', 'Fluoroscopic guidance', '1', '1180.00', '0.00', '1180.00'],
    ['11/05/2025', '{01991}', 'Anesthesia nerve block', '1', '2310.00', '0.00', '2310.00'],
    ['11/05/2025', '', 'Pharmacy', '2', '40.75', '0.00', '40.75'],
    ['', '', 'Total (you owe 1454.65)', '', '[13405].75', '4533.62', '7417.48'],
  ],
});

// ── 32. MSP questionnaire at registration, text layer (decoy only) ──
const mspq = lines({
  id: 's102-mspq',
  kind: 's102-msp-questionnaire-registration-text',
  before: 'Medicare Secondary Payer questionnaire — outpatient registration — Part I–IV',
  text: [
    'Patient address: 418 Lake Dr SE, East Grand Rapids MI [49506]   Phone 616-555-0142',
    'Is the visit due to an accident? No.   Black lung benefits? No.   VA authorization? No.',
    'Spouse employed: Steelcase Inc, 901 44th St SE, Grand Rapids MI [49508]; group health plan through employer: No',
    'Retired 06/2022; retiree plan: Priority Health, group [70858], member suffix 02',
    'Prior auto claim (2023): Citizens Insurance claim [30145]; closed.',
    'Questionnaire id [51462]   Completed by registrar 0382 on 11/05/2025',
  ].join('\n'),
});

// ── 33. Payment and correspondence addresses, text layer (decoy only) ──
const addresses = lines({
  id: 's102-addr',
  kind: 's102-pfs-payment-addresses-text',
  before: 'Patient Financial Services — where to send payments and correspondence',
  text: [
    'Patient payments: Lakeshore Regional Medical Center, PO Box [64712], Grand Rapids MI [49501]',
    'Payer remittances (lockbox): Dept [77141], PO Box 7310, Chicago IL [60673]-7310',
    'Medicare correspondence: WPS GHA, PO Box 8248, Madison WI [53708]-8248',
    'Priority Health claims: PO Box 232, Grand Rapids MI [49501]-0232',
    'BCBSM facility claims: PO Box 312500, Detroit MI [48231]-2500',
    'Refund requests: PFS Refunds, 2150 Fulton St E, Suite 300, Grand Rapids MI [49503]; vendor no. [53118]',
  ].join('\n'),
});

// ── 34. Outpatient A/R aging, table (decoy only) ──
const arAging = table({
  id: 's102-aging',
  kind: 's102-outpatient-ar-aging-grid',
  caption: 'A/R aging — hospital outpatient — pain suite accounts over 60 days',
  headers: ['Account', 'Guarantor ZIP', 'Fin class', '61–90', '91–120', '121+', 'Total'],
  rows: [
    ['LRMC[64714]', '[49548]', 'Commercial', '', '[10275].00', '', '[10275].00'],
    ['LRMC[60022]', '[49426]', 'Medicare', '2430.00', '', '', '2430.00'],
    ['LRMC[60189]', '[49341]', 'Medicaid', '', '', '9120.00', '9120.00'],
    ['LRMC[60557]', '[49319]', 'Self-pay', '1425.00', '740.00', '', '2165.00'],
    ['LRMC[61066]', '[49412]', 'Commercial', '', '[12448].00', '[11986].00', '[24434].00'],
  ],
});

// ── 35. Payer id and claims address crosswalk, table (decoy only) ──
const payerCrosswalk = table({
  id: 's102-payers',
  kind: 's102-payer-id-claims-address-crosswalk-grid',
  caption: 'PFS reference — institutional payer ids, claim addresses and EDI enrollment',
  headers: ['Payer', '837I payer ID', 'Claims address', 'ZIP', 'EDI enrollment no.', 'Timely filing'],
  rows: [
    ['Medicare Part A (WPS GHA, J8)', '[08201]', 'PO Box 8248, Madison WI', '[53708]', '[10713]', '12 months'],
    ['Priority Health (commercial and MA)', '[38217]', 'PO Box 232, Grand Rapids MI', '[49501]', '[10731]', '180 days'],
    ['BCBS of Michigan (facility)', '[00210]', 'PO Box 312500, Detroit MI', '[48231]', '[10733]', '180 days'],
    ['Aetna', '[60054]', 'PO Box 981106, El Paso TX', '[79998]', '[10744]', '90 days'],
    ['UnitedHealthcare', '[87726]', 'PO Box [30555], Salt Lake City UT', '[84130]', '[10751]', '90 days'],
    ['Cigna', '[62308]', 'PO Box 188061, Chattanooga TN', '[37422]', '[10754]', '90 days'],
    ['Humana Medicare', '[61101]', 'PO Box [14601], Lexington KY', '[40512]', '[10758]', '12 months'],
    ['Meridian (Medicaid)', '[13189]', 'PO Box [44090], Jacksonville FL', '[32231]', '[10782]', '12 months'],
  ],
});

// ── 36. Deposit and remittance batch reconciliation, table (decoy only) ──
const deposits = table({
  id: 's102-deposit',
  kind: 's102-remit-deposit-batch-reconciliation-grid',
  caption: 'Cash posting — EFT deposits matched to 835 batches — week of 11/10/2025',
  headers: ['Deposit', 'Batch', 'Payer', 'EFT trace', 'Amount', 'Posted', 'Variance'],
  rows: [
    ['11/10/2025', '[21003]', 'WPS GHA', '1381234567', '[48293].17', '[48293].17', '0.00'],
    ['11/10/2025', '[21005]', 'Priority Health', '8802216630', '[12097].40', '[11971].40', '126.00'],
    ['11/11/2025', '[21006]', 'BCBSM', '5521008873', '[31402].88', '[31402].88', '0.00'],
    ['11/12/2025', '[21014]', 'Aetna', '0412278815', '6120.00', '6120.00', '0.00'],
    ['11/12/2025', '[21024]', 'Meridian', '7730019942', '[10275].00', '0.00', '[10275].00'],
  ],
});

// ── 37. CBSA wage index reference for the pricer, table (decoy only) ──
const cbsaTable = table({
  id: 's102-cbsa',
  kind: 's102-cbsa-wage-index-reference-grid',
  caption: 'Wage index by CBSA — hospitals and patient areas we see (FY 2026 final)',
  headers: ['CBSA', 'Area', 'Wage index', 'Sample ZIPs', 'Our patients'],
  rows: [
    ['[24340]', 'Grand Rapids-Wyoming-Kentwood, MI', '0.9261', '[49503], [49546], [49548]', '1,412'],
    ['[26090]', 'Holland, MI', '0.8994', '[49423], [49424]', '188'],
    ['[28020]', 'Kalamazoo-Portage, MI', '0.9570', '[49009], [49001]', '64'],
    ['[29620]', 'Lansing-East Lansing, MI', '0.9718', '[48910], [48911]', '22'],
    ['[99923]', 'Michigan (rural)', '0.8722', '[49412], [49319]', '203'],
  ],
});

// ── 38. Outpatient volume by patient ZIP dashboard, table (decoy only) ──
const zipVolume = table({
  id: 's102-zipvol',
  kind: 's102-pain-suite-volume-by-zip-dashboard-grid',
  caption: 'Revenue Integrity dashboard — pain suite encounters by patient ZIP — October 2025',
  headers: ['Patient ZIP', 'Encounters', 'Gross charges', 'Net payments', 'Medicare share'],
  rows: [
    ['[49505]', '14', '[40114]', '[14108]', '52%'],
    ['[49504]', '11', '[52380]', '[18922]', '61%'],
    ['[49525]', '9', '[21730]', '7607', '38%'],
    ['[49534]', '7', '[16890]', '5912', '44%'],
    ['[49544]', '6', '[13120]', '4368', '50%'],
    ['[49316]', '5', '[10088]', '3540', '71%'],
    ['[49546]', '18', '[61805]', '[21624]', '57%'],
  ],
});

export const sealed102: Snippet[] = [
  ...ioceLines,
  ...ioceSummary,
  ...addendumB,
  ...apcLookup,
  ...scrubberList,
  ...scrubberDetail,
  ...revPairing,
  ...ptpRows,
  ...mueRows,
  ...complexity,
  ...x12Claim,
  ...ub04,
  ...ub04Lines,
  ...era835,
  ...chargeRouter,
  ...chargeRouterDetail,
  ...pricerOut,
  ...pricerLines,
  ...packaging,
  ...cdmCsv,
  ...mrfCsv,
  ...hl7Dft,
  ...scrubJson,
  ...pricerXml,
  ...procLog,
  ...denials,
  ...coderQuery,
  ...cdmMemo,
  ...rateImpact,
  ...mueAppeal,
  ...statement,
  ...mspq,
  ...addresses,
  ...arAging,
  ...payerCrosswalk,
  ...deposits,
  ...cbsaTable,
  ...zipVolume,
];
