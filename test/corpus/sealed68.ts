import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 68 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s68-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, county FIPS codes, income thresholds, visit and patient counts, MRNs, accounts, grant amounts and odometer
 * readings. The service area is rural north Missouri, so many real ZIPs are 64xxx and sit next to the 64xxx nerve
 * codes. The five known codes' digits come back as decoys: a patient account and claim control number, ZIPs (Cainsville
 * and Elmo), a PO box, a staff badge, a van odometer reading, a 340B-audited encounter number, a grant sub-award and
 * a lease check number.
 *
 * Family: community health centers, rural health clinics and critical access hospitals: an FQHC PPS encounter
 * worksheet (G0466–G0470 payment codes with the qualifying CPT lines under them), the UB-04 and 837I of that
 * encounter, a sliding-fee-discount schedule and its procedure fee sheet, UDS tables (Table 5 staffing and
 * utilization, Table 6A selected services, patients by ZIP code, the service-area narrative), an RHC
 * all-inclusive-rate cost report page, a CAH swing-bed log, 340B OPAIS registration and a referral-capture audit, a
 * visiting specialist clinic (pain and nerve procedures done at the rural site: schedule, referral letter, procedure
 * log, superbill, HL7 charge feed, CCD referral, JSON export, a Medicaid claim hold worklist and the specialist's wRVU
 * productivity report), a CAH charge master CSV, a telehealth originating-site (Q3014) log and billing guide, HRSA
 * grant budget tables, a board report as prose, a patient-outreach mailing list and its CSV, and decoy-only pages (a
 * clinic staff directory, a van transport schedule).
 * Built on real public layouts: the CMS FQHC PPS specific payment code list (G0466–G0470 and their qualifying
 * visits), the UB-04 form locators (FL 4 type of bill 077x, FL 42–47 service lines), the X12 837I (CLM, SV2,
 * revenue code then HC: procedure), HRSA UDS Table 5, Table 6A (line numbers and the code lists they name) and the
 * Patients by ZIP Code table, CMS-222-17 Worksheet B Part I and Worksheet C Part I, the 340B OPAIS covered-entity
 * record, HRSA's SF-424A Section B budget categories, the HHS poverty guidelines behind a sliding fee schedule, an
 * HL7 v2 DFT^P03 charge message and a C-CDA procedure entry (CPT OID 2.16.840.1.113883.6.12). The others are
 * written the way those pages read, with no single source.
 *
 * 392 labelled tokens over 37 shapes: 155 codes, 237 decoys, 84 of the decoys in KNOWN_10K.
 */

// ── 1. FQHC PPS encounter worksheet, header block, text layer ──
const encounterHeader = lines({
  id: 's68-enchead',
  kind: 's68-fqhc-encounter-worksheet-header-text',
  before: 'Grand River Family Health, Inc. — FQHC PPS Encounter Worksheet',
  text: [
    'Site: Princeton clinic, 1104 W Main St, Princeton, MO [64673]   Site no. 03',
    'Patient acct [64714]   Encounter [38207]   DOS 03/11/2025   TOB 0771',
    'Payer: Medicare Part B (WPS J5)   Sliding fee tier: not applicable',
    'Rendering: visiting specialist (anesthesiology / pain), supervised at FQHC site',
    'Referral from: PCP at Bethany clinic, ZIP [64424]',
  ].join('\n'),
});

// ── 2. FQHC PPS encounter worksheet, service lines, table ──
const encounterLines = table({
  id: 's68-enclines',
  kind: 's68-fqhc-pps-encounter-lines-grid',
  caption: 'Service lines (payment code first, qualifying visit and procedures under it)',
  headers: ['Ln', 'Rev', 'HCPCS', 'Mod', 'Description', 'Units', 'Charge'],
  rows: [
    ['1', '0521', 'G0467', '', 'FQHC visit, established patient', '1', '268.00'],
    ['2', '0521', '{99214}', '', 'Office/outpatient visit, est., moderate MDM', '1', '186.00'],
    ['3', '0521', '{64445}', 'RT', 'Injection, anesthetic agent; sciatic nerve, single', '1', '295.00'],
    ['4', '0521', '{76942}', '', 'Ultrasonic guidance for needle placement', '1', '140.00'],
    ['5', '0636', 'J3301', '', 'Triamcinolone acetonide, 10 mg', '4', '32.00'],
    ['6', '0521', '{64632}', 'T3', 'Destruction by neurolytic agent; plantar common digital nerve', '1', '260.00'],
    ['7', '0300', '{36415}', '', 'Collection of venous blood by venipuncture', '1', '18.00'],
    ['8', '0300', '{83036}', '', 'Hemoglobin; glycosylated (A1c)', '1', '38.00'],
  ],
});

// ── 3. FQHC specific payment codes and their qualifying visits (CMS list), table ──
const qualifying = table({
  id: 's68-qualvisit',
  kind: 's68-fqhc-payment-code-qualifying-visit-grid',
  caption: 'FQHC PPS specific payment codes — qualifying visits (billing desk reference)',
  headers: ['Payment code', 'Visit type', 'Qualifying visits'],
  rows: [
    ['G0466', 'New patient medical visit', '{99202} {99203} {99204} {99205}, G0402, G0438'],
    ['G0467', 'Established patient medical visit', '{99211}–{99215}, G0439, {99497}'],
    ['G0468', 'IPPE or AWV', 'G0402, G0438, G0439'],
    ['G0469', 'New patient mental health visit', '{90791}, {90792}'],
    ['G0470', 'Established patient mental health visit', '{90832}, {90834}, {90837}, {90839}'],
  ],
});

// ── 4. UB-04 text layer of the same encounter ──
const ub04 = lines({
  id: 's68-ub04',
  kind: 's68-ub04-fqhc-077x-text-layer',
  before: 'UB-04 CMS-1450 (print image)',
  text: [
    'FL1 GRAND RIVER FAMILY HEALTH INC  PO BOX [64712]  BETHANY MO [64424]   FL3a PAT CNTL # [64714]',
    'FL4 0771   FL5 43-1287705   FL6 031125 031125',
    '0521  G0467              031125    1     268 00',
    '0521  {99214}              031125    1     186 00',
    '0521  {64445} RT           031125    1     295 00',
    '0521  {64632} T3           031125    1     260 00',
    '0636  J3301              031125    4      32 00',
    'FL56 NPI 1396827451   FL57 OTHER PRV ID [31472]   FL58 INSURED WPS MEDICARE',
  ].join('\n'),
});

// ── 5. X12 837I of an FQHC encounter (facility code 77), text layer ──
const x12 = lines({
  id: 's68-837i',
  kind: 's68-837i-fqhc-encounter-text',
  before: '837I (ISA/GS trimmed) — batch to Missouri Medicaid MCO',
  text: [
    'NM1*85*2*GRAND RIVER FAMILY HEALTH INC*****XX*1396827451~',
    'N4*PRINCETON*MO*[64673]~',
    'CLM*[50882]*1253***77:A:1**A*Y*Y~',
    'HI*ABK:G5700~',
    'LX*1~SV2*0521*HC:G0466*268*UN*1~',
    'LX*2~SV2*0521*HC:{99204}*231*UN*1~',
    'LX*3~SV2*0521*HC:{64612}*344*UN*1~',
    'LX*4~SV2*0636*HC:J0585*410*UN*100~',
    'NM1*PR*2*HOME STATE HEALTH PLAN*****PI*[68069]~',
  ].join('\n'),
});

// ── 6. Sliding fee discount schedule (poverty guideline bands), table ──
const slidingFee = table({
  id: 's68-sfds',
  kind: 's68-sliding-fee-discount-schedule-grid',
  caption: 'Sliding Fee Discount Schedule — effective with the current HHS poverty guidelines',
  headers: ['Family size', 'Tier A: at or below 100%', 'Tier B: up to 150%', 'Tier C: up to 200%', 'Full fee: above'],
  rows: [
    ['1', '[15650]', '[23475]', '[31300]', '[31301]'],
    ['2', '[21150]', '[31725]', '[42300]', '[42301]'],
    ['3', '[26650]', '[39975]', '[53300]', '[53301]'],
    ['4', '[32150]', '[48225]', '[64300]', '[64301]'],
    ['Nominal fee per visit', '$20', '$35', '$50', 'Full charge'],
  ],
});

// ── 7. Sliding fee procedure and ancillary fee sheet, table ──
const slidingProc = table({
  id: 's68-sfproc',
  kind: 's68-sliding-fee-procedure-fee-sheet-grid',
  caption: 'Procedure and ancillary fees after discount (patient portion)',
  headers: ['Item', 'Full fee', 'Tier A', 'Tier B', 'Tier C'],
  rows: [
    ['Office visit, established ({99213})', '145.00', '20.00', '35.00', '50.00'],
    ['Sciatic nerve block {64445}', '295.00', '25.00', '60.00', '120.00'],
    ['Morton neuroma injection {64455}', '180.00', '20.00', '45.00', '90.00'],
    ['Digital nerve neurolysis {64632}', '260.00', '25.00', '55.00', '110.00'],
    ['Joint injection, major joint {20610}', '150.00', '20.00', '35.00', '60.00'],
    ['Comprehensive metabolic panel {80053}', '48.00', '5.00', '10.00', '20.00'],
    ['Lipid panel {80061}', '40.00', '5.00', '10.00', '20.00'],
  ],
});

// ── 8. UDS Table 5 staffing and utilization, table ──
const uds5 = table({
  id: 's68-uds5',
  kind: 's68-uds-table5-staffing-utilization-grid',
  caption: 'UDS Table 5 — Staffing and Utilization (calendar year)',
  headers: [
    'Line',
    'Personnel by major service category',
    'FTEs (a)',
    'Clinic visits (b)',
    'Virtual visits (b2)',
    'Patients (c)',
  ],
  rows: [
    ['1', 'Family physicians', '4.60', '[14203]', '612', ''],
    ['9a', 'Nurse practitioners', '5.20', '[15877]', '1408', ''],
    ['9b', 'Physician assistants', '1.80', '5120', '233', ''],
    ['15', 'Total medical care services', '28.95', '[35200]', '2253', '[10218]'],
    ['16', 'Dentists', '2.00', '4410', '0', ''],
    ['19', 'Total dental services', '6.40', '7338', '0', '3102'],
    ['20', 'Total mental health services', '4.10', '3866', '[10044]', '1177'],
    ['34', 'Grand total', '61.30', '[48060]', '[12297]', ''],
  ],
});

// ── 9. UDS Table 6A selected diagnoses and services, table ──
const uds6a = table({
  id: 's68-uds6a',
  kind: 's68-uds-table6a-selected-services-grid',
  caption: 'UDS Table 6A — Selected Diagnoses and Services Rendered — selected service lines',
  headers: ['Line', 'Selected service', 'Applicable ICD-10-CM or CPT-4/II codes', 'Visits (a)', 'Patients (b)'],
  rows: [
    ['21', 'HIV test', 'CPT-4: {86689}; {86701} through {86703}; {87389} through {87391}', '412', '398'],
    ['21a', 'Hepatitis B test', 'CPT-4: {87340}, {87341}', '151', '149'],
    ['21b', 'Hepatitis C test', 'CPT-4: {86803}, {86804}; {87520} through {87522}', '630', '611'],
    [
      '25',
      'Health supervision of infant or child',
      'CPT-4: {99381} through {99383}; {99391} through {99393}',
      '2210',
      '1488',
    ],
    ['26', 'Childhood lead test screening', 'CPT-4: {83655}', '301', '296'],
    ['26a', 'SBIRT', 'CPT-4: {99408}, {99409}', '88', '81'],
    ['26b', 'Smoke and tobacco use cessation counseling', 'CPT-4: {99406}, {99407}', '977', '640'],
    ['Total', 'All lines shown', '—', '[10114]', '—'],
  ],
});

// ── 10. UDS patients by ZIP code, table (decoy only) ──
const udsZip = table({
  id: 's68-udszip',
  kind: 's68-uds-patients-by-zip-code-grid',
  caption: 'Patients by ZIP Code',
  headers: ['ZIP Code', 'None/Uninsured', 'Medicaid/CHIP/Other Public', 'Medicare', 'Private', 'Total Patients'],
  rows: [
    ['[64424]', '402', '1210', '988', '1031', '3631'],
    ['[64673]', '188', '544', '502', '411', '1645'],
    ['[64632]', '41', '96', '88', '63', '288'],
    ['[64442]', '37', '102', '77', '59', '275'],
    ['[64661]', '29', '88', '61', '70', '248'],
    ['[64683]', '260', '871', '610', '744', '2485'],
    ['[64471]', '22', '51', '40', '36', '149'],
    ['[63556]', '19', '47', '33', '28', '127'],
    ['Other ZIP Codes', '133', '402', '290', '345', '1170'],
    ['Total', '1131', '3411', '2689', '2787', '[10018]'],
  ],
});

// ── 11. UDS service area narrative (grant application form), text layer ──
const serviceArea = lines({
  id: 's68-svcarea',
  kind: 's68-uds-service-area-narrative-text',
  before: 'Project Narrative — Need — Service area',
  text: [
    'The service area is Harrison (FIPS [29081]), Mercer ([29129]) and Grundy ([29079]) counties plus part of Sullivan ([29211]).',
    'It covers 14 ZIP codes; the largest are Bethany ([64424]) and Trenton ([64683]).',
    'Total population is [36118], of whom [10218] were health center patients last year (a penetration of 28%).',
    'The nearest hospitals with a full surgical service are 71 and 95 miles away.',
  ].join('\n'),
});

// ── 12. RHC cost report, Worksheet B Part I (visits and productivity), table ──
const rhcWkstB = table({
  id: 's68-wkstb',
  kind: 's68-rhc-cost-report-wkst-b-visits-grid',
  caption: 'CMS-222-17 Worksheet B, Part I — Visits and Productivity — Mercer County Rural Health Clinic',
  headers: [
    'Line',
    'Positions',
    'Total FTEs (col 1)',
    'Total visits (col 2)',
    'Productivity standard (col 3)',
    'Minimum visits (col 4)',
    'Greater of col 2 or col 4 (col 5)',
  ],
  rows: [
    ['1', 'Physician', '1.60', '6120', '4200', '6720', '6720'],
    ['2', 'Physician assistant', '0.80', '2306', '2100', '1680', '2306'],
    ['3', 'Nurse practitioner', '1.40', '3416', '2100', '2940', '3416'],
    ['5', 'Subtotal (sum of lines 1–4)', '3.80', '[11842]', '', '[11340]', '[12442]'],
    ['7', 'Clinical psychologist', '0.20', '318', '', '', '318'],
    ['9', 'Total FTEs and visits (sum of lines 5–8)', '4.00', '[12160]', '', '', '[12760]'],
  ],
});

// ── 13. RHC cost report, Worksheet C Part I (AIR determination), text layer ──
const rhcWkstC = lines({
  id: 's68-wkstc',
  kind: 's68-rhc-cost-report-wkst-c-air-text',
  before: 'Worksheet C, Part I — Determination of Rate for RHC Services (print view)',
  text: [
    'Component CCN 26-3412   Period from 07/01/2024 to 06/30/2025',
    'Line 1  Total allowable cost of RHC services (Wkst B, Pt II, line 16) ....... 2,016,442',
    'Line 2  Cost of vaccines and their administration (Wkst B-1, line 15) ...... [43810]',
    'Line 4  Total visits (Wkst B, Pt I, col 5, line 9) ......................... [12760]',
    'Line 6  Adjusted cost per visit (line 5 / line 4) ........................... 154.59',
    'Line 9  Per visit payment limit (from CMS Pub. 100-04, chapter 9) ........... 139.00',
    'Line 10 Rate for Medicare covered visits (lesser of line 6 or line 9) ....... 139.00',
    'Line 12 Medicare covered visits excluding mental health (from PS&R) ........... 4,472',
  ].join('\n'),
});

// ── 14. CAH swing-bed log, table ──
const swingLog = table({
  id: 's68-swing',
  kind: 's68-cah-swing-bed-log-grid',
  caption: 'Swing-bed admissions log — Thompson River Hospital (CAH, 25 beds)',
  headers: ['MRN', 'Admit', 'Disch', 'Days', 'Payer', 'From', 'Home ZIP', 'Therapy lines billed'],
  rows: [
    [
      '[40261]',
      '02/03',
      '02/17',
      '14',
      'Medicare A',
      'Saint Luke\u2019s, Kansas City',
      '[64424]',
      '{97110} {97530} {97116}',
    ],
    ['[40288]', '02/09', '03/01', '20', 'Medicare A', 'MU Health Care, Columbia', '[64632]', '{97110} {97112} {92507}'],
    ['[39915]', '02/20', '02/27', '7', 'Medicare Adv', 'Mosaic, St. Joseph', '[64683]', '{97161} {97110}'],
    ['[40312]', '03/02', '—', '9+', 'Medicaid', 'Own acute bed', '[64661]', '{97162} {97530} {97535}'],
  ],
});

// ── 15. CAH swing-bed utilization review note, text layer ──
const swingNote = lines({
  id: 's68-swingnote',
  kind: 's68-cah-swing-bed-utilization-note-text',
  before: 'Utilization review committee — swing-bed note (monthly)',
  text: [
    'Swing-bed days this year: 412; average length of stay 13.3 days; 31 admissions.',
    'Patient MRN [40288] (Cainsville, ZIP [64632]) discharged home with home health on day 20.',
    'Therapy minutes were documented under {97110} and {97530}; speech under {92507}.',
    'Room-and-board revenue code 0120 on TOB 0181; account [52710] held for a missing physician certification.',
  ].join('\n'),
});

// ── 16. 340B OPAIS covered-entity registration, table (decoy only) ──
const opais = table({
  id: 's68-opais',
  kind: 's68-340b-opais-registration-grid',
  caption: '340B OPAIS — covered entity and registered sites',
  headers: ['340B ID', 'Entity type', 'Site', 'City', 'ZIP', 'Grant / Medicare no.', 'Participating since'],
  rows: [
    [
      'CH[26412]',
      'CH (Health Center)',
      'Grand River Family Health — Bethany',
      'Bethany',
      '[64424]',
      'H80CS[26612]',
      '04/01/2011',
    ],
    ['CH[26412]A', 'CH child site', 'Princeton clinic', 'Princeton', '[64673]', 'H80CS[26612]', '10/01/2014'],
    ['CH[26412]B', 'CH child site', 'Trenton clinic', 'Trenton', '[64683]', 'H80CS[26612]', '01/01/2019'],
    ['CAH261331', 'Critical access hospital', 'Thompson River Hospital', 'Bethany', '[64424]', '261331', '07/01/2012'],
  ],
});

// ── 17. 340B referral-capture and administered-drug audit sample, table ──
const audit340b = table({
  id: 's68-340baudit',
  kind: 's68-340b-administered-drug-audit-grid',
  caption: 'Independent 340B audit — administered drugs linked to an eligible encounter (sample)',
  headers: ['Sample #', 'Encounter', 'CPT', 'Drug', 'NDC', 'Eligible'],
  rows: [
    ['1', '[38207]', '{64445}', 'Triamcinolone 40 mg/mL', '[00003]-0293-05', 'Yes'],
    ['2', '[38411]', '{64612}', 'OnabotulinumtoxinA 100 U', '[00023]-1145-01', 'Yes'],
    ['3', '[38502]', '{64615}', 'OnabotulinumtoxinA 200 U', '[00023]-3921-02', 'Yes'],
    ['4', '[38590]', '{64632}', 'Dehydrated alcohol 98%', '[70121]-1151-1', 'No (site not registered)'],
    ['5', '[38633]', '{20610}', 'Methylprednisolone 40 mg', '[00009]-3073-01', 'Yes'],
    ['6', '[64612]', '{99214}', 'Bupivacaine 0.5% 30 mL', '[63323]-467-37', 'Yes'],
  ],
});

// ── 18. 340B eligibility policy, prose, text layer ──
const policy340b = lines({
  id: 's68-340bpolicy',
  kind: 's68-340b-eligibility-policy-prose-text',
  before: 'Policy 340B-04 — Patient and drug eligibility at registered sites',
  text: [
    'A drug administered at a child site is 340B-eligible only when the site is registered in OPAIS and the encounter',
    'is documented in our record. The visiting neurologist bills chemodenervation as {64612} (facial nerve) or {64615}',
    '(chronic migraine) with the toxin on its own line; both are eligible at Bethany and Princeton.',
    'The podiatry neurolysis code {64632} at the Cainsville outreach room ([64632]) is not eligible until that room is',
    'registered as a child site. Audit findings go to the compliance office, PO Box [64712], Bethany, MO [64424].',
  ].join('\n'),
});

// ── 19. Visiting specialist clinic schedule, table ──
const vscSchedule = table({
  id: 's68-vscsched',
  kind: 's68-visiting-specialist-schedule-grid',
  caption: 'Visiting Specialist Clinic — Thompson River Hospital outpatient wing — week of 03/10',
  headers: ['Day', 'Time', 'Specialist', 'Room', 'Pt acct', 'Proc', 'Setting'],
  rows: [
    ['Tue', '08:00', 'Dr. Amsel (pain)', 'Proc 1', '[51101]', '{64445}', 'Outpt dept'],
    ['Tue', '08:45', 'Dr. Amsel (pain)', 'Proc 1', '[51145]', '{64450} x2', 'Outpt dept'],
    ['Tue', '10:30', 'Dr. Amsel (pain)', 'OR 2', '[51181]', '{64712}', 'CAH OR'],
    ['Tue', '13:00', 'Dr. Amsel (pain)', 'OR 2', '[51214]', '{64714}', 'CAH OR'],
    ['Wed', '09:00', 'Dr. Ruhl (neuro)', 'Clinic B', '[51232]', '{64612}', 'Provider-based RHC'],
    ['Wed', '10:00', 'Dr. Ruhl (neuro)', 'Clinic B', '[51243]', '{95910} {95886}', 'Provider-based RHC'],
    ['Wed', '13:30', 'Dr. Vance (podiatry)', 'Clinic B', '[51256]', '{64632}', 'Provider-based RHC'],
  ],
});

// ── 20. Visiting specialist clinic letter to referring providers, text layer ──
const vscLetter = lines({
  id: 's68-vscletter',
  kind: 's68-visiting-specialist-referral-letter-text',
  before: 'To our referring primary care providers — Visiting Specialist Clinic update',
  text: [
    'Dr. Amsel now comes to Bethany the second and fourth Tuesday. In clinic she does sciatic nerve blocks (CPT {64445})',
    'and other peripheral nerve blocks ({64450}); open neuroplasty of the sciatic nerve ({64712}) or lumbar plexus ({64714})',
    'is scheduled in the hospital OR the same day.',
    'Dr. Vance treats Morton neuroma with injection ({64455}) and, if that fails, neurolysis, billed as {64632} per nerve.',
    'Dr. Ruhl offers chemodenervation for hemifacial spasm ({64612}) and cervical dystonia ({64616}).',
    'Fax referrals to 660-555-0142 or mail them to PO Box [64712], Bethany, MO [64424].',
  ].join('\n'),
});

// ── 21. Visiting specialist procedure log (hospital outpatient), table ──
const procLog = table({
  id: 's68-proclog',
  kind: 's68-visiting-specialist-procedure-log-grid',
  caption: 'Outpatient procedure log — visiting specialists — March',
  headers: ['Log #', 'Date', 'Svc', 'Side', 'Anesthesia', 'Min', 'Charge'],
  rows: [
    ['[20416]', '03/11', '{64445}', 'R', 'Local', '20', '980.00'],
    ['[20417]', '03/11', '{64712}', 'L', 'MAC', '74', '[11820]'],
    ['[20418]', '03/11', '{64714}', 'L', 'General', '95', '[13460]'],
    ['[20419]', '03/12', '{64612}', 'R', 'None', '15', '655.00'],
    ['[20420]', '03/12', '{64632}', 'L', 'Local', '25', '840.00'],
    ['[20421]', '03/25', '{64445}', 'L', 'Local', '20', '980.00'],
    ['[20422]', '03/25', '{64712}', 'R', 'MAC', '81', '[11820]'],
  ],
});

// ── 22. Visiting specialist superbill, checkbox list, text layer ──
const superbill = lines({
  id: 's68-superbill',
  kind: 's68-visiting-specialist-superbill-text',
  before: 'Visiting Specialist Clinic — charge ticket (pain / nerve)',
  text: [
    '☐ {64445}  Sciatic nerve block, single',
    '☐ {64450}  Other peripheral nerve block',
    '☐ {64455}  Plantar common digital nerve injection',
    '☐ {64632}  Neurolysis, plantar common digital nerve',
    '☐ {64612}  Chemodenervation, facial nerve',
    '☐ {64712}  Neuroplasty, sciatic nerve (OR)',
    '☐ {64714}  Neuroplasty, lumbar plexus (OR)',
    '☐ {76942}  Ultrasound guidance      ☐ {77002}  Fluoroscopic guidance',
    'Ticket no. [70137]   Pt acct ____________   Clinic ZIP [64424]',
  ].join('\n'),
});

// ── 23. HL7 v2 DFT^P03 charge message from the specialty clinic EHR, text layer ──
const hl7 = lines({
  id: 's68-hl7',
  kind: 's68-hl7-dft-visiting-clinic-charges-text',
  before: 'Interface engine — inbound DFT^P03 (visiting clinic EHR to hospital billing)',
  text: [
    'MSH|^~\\&|VSCEHR|TRH|HBS|TRH|20250311143000||DFT^P03|[88913]|P|2.3',
    'PID|1||[40288]^^^TRH^MR||TESTPT^ALPHA||19491107|F|||RR 1 BOX 9^^CAINSVILLE^MO^[64632]',
    'PV1|1|O|VSC^PROC1^01||||1548392061^AMSEL^R',
    'FT1|1|||20250311|20250311|CG|{64445}^INJ ANES SCIATIC NRV SINGLE^CPT||1|||||[42012]',
    'FT1|2|||20250311|20250311|CG|{76942}^US GUIDE NEEDLE PLACEMENT^CPT||1|||||[42012]',
    'FT1|3|||20250311|20250311|CG|{64632}^DESTR NEUROLYTIC PLANTAR DIG NRV^CPT||1|||||[42012]',
  ].join('\n'),
});

// ── 24. C-CDA referral note procedure entries (XML), text layer ──
const ccda = lines({
  id: 's68-ccda',
  kind: 's68-ccda-referral-procedures-xml-text',
  before: 'Referral summary (C-CDA) sent back to the PCP — procedures section',
  text: [
    '<id root="2.16.840.1.113883.19.5" extension="[51181]"/>',
    '<code code="{64712}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Neuroplasty, sciatic nerve"/>',
    '<code code="{64445}" codeSystem="2.16.840.1.113883.6.12" displayName="Injection, sciatic nerve"/>',
    '<addr use="HP"><city>Ridgeway</city><state>MO</state><postalCode>[64481]</postalCode></addr>',
    '<performer><assignedEntity><id extension="1548392061" root="2.16.840.1.113883.4.6"/></assignedEntity></performer>',
  ].join('\n'),
});

// ── 25. Population-health JSON export of visiting-clinic encounters, text layer ──
const popJson = lines({
  id: 's68-popjson',
  kind: 's68-population-health-encounter-json-text',
  before: 'GET /api/v1/encounters?clinic=vsc (pretty-printed)',
  text: [
    '{ "encounterId": "[51214]", "patientZip": "[64442]", "county": "[29081]",',
    '  "procedures": [ { "cpt": "{64714}", "side": "L" } ], "site": "CAH OR" },',
    '{ "encounterId": "[51232]", "patientZip": "[64673]", "county": "[29129]",',
    '  "procedures": [ { "cpt": "{64612}" }, { "hcpcs": "J0585", "units": 25 } ], "site": "RHC" },',
    '{ "encounterId": "[51256]", "patientZip": "[64632]", "procedures": [ { "cpt": "{64632}", "mod": "T2" } ] }',
  ].join('\n'),
});

// ── 26. CAH charge master excerpt, CSV, text layer ──
const cdmCsv = lines({
  id: 's68-cdmcsv',
  kind: 's68-cah-chargemaster-csv-text',
  before: 'Thompson River Hospital — standard charges file (CSV excerpt)',
  text: [
    'cdm,description,rev_code,cpt_hcpcs,gross_charge,discounted_cash',
    '[41207],INJ ANES SCIATIC NERVE,0361,{64445},980.00,588.00',
    '[41208],NEUROPLASTY SCIATIC NERVE,0360,{64712},[11820].00,7092.00',
    '[41209],NEUROPLASTY LUMBAR PLEXUS,0360,{64714},[13460].00,8076.00',
    '[41210],CHEMODENERV FACIAL NERVE,0361,{64612},655.00,393.00',
    '[41211],DESTR NEUROLYTIC PLANTAR DIG,0361,{64632},840.00,504.00',
    '[41215],TELEHEALTH ORIGINATING SITE,0780,Q3014,31.01,31.01',
  ].join('\n'),
});

// ── 27. Telehealth originating-site log, table ──
const teleLog = table({
  id: 's68-telelog',
  kind: 's68-telehealth-originating-site-log-grid',
  caption: 'Telehealth originating-site log — patient presents at the rural site, specialist at the distant site',
  headers: ['Date', 'Pt acct', 'Distant-site specialty', 'Distant-site service', 'Originating-site code', 'Rev', 'Fee'],
  rows: [
    ['03/03', '[51019]', 'Pain medicine', '{99204}-95', 'Q3014', '0780', '31.01'],
    ['03/04', '[51022]', 'Psychiatry', '{90792}-95', 'Q3014', '0780', '31.01'],
    ['03/06', '[51040]', 'Neurology', '{99214}-95', 'Q3014', '0780', '31.01'],
    ['03/07', '[51055]', 'Endocrinology', '{99213}-95', 'Q3014', '0780', '31.01'],
    ['03/13', '[51098]', 'Pain medicine', '{99214}-95; block {64445} booked in person', 'Q3014', '0780', '31.01'],
  ],
});

// ── 28. Telehealth billing guide for the rural sites, text layer ──
const teleGuide = lines({
  id: 's68-teleguide',
  kind: 's68-telehealth-originating-site-billing-guide-text',
  before: 'Billing guide — telehealth at our rural sites',
  text: [
    'The hospital bills Q3014 on TOB 0851 with revenue code 0780; the clinics bill it on a separate line, outside the AIR.',
    'The distant-site pain specialist bills her own E/M ({99204}, {99214}) with modifier 95 and POS 02.',
    'If the consult leads to a block, {64445} or {64450} is done in person at the next visiting clinic day.',
    'Eligibility: the site must be in a rural HPSA or a non-metro county; Cainsville ([64632]) and Bethany ([64424]) qualify.',
    'Questions: revenue cycle, ext. 2217, or the state office of rural health, fax 573-555-0109.',
  ].join('\n'),
});

// ── 29. HRSA grant budget, SF-424A Section B object class categories, table (decoy only) ──
const sf424a = table({
  id: 's68-sf424a',
  kind: 's68-hrsa-sf424a-budget-categories-grid',
  caption: 'SF-424A Section B — Budget Categories — Health Center Program (Section 330)',
  headers: ['Object class category', 'Federal', 'Non-federal', 'Total'],
  rows: [
    ['a. Personnel', '1,412,600', '2,877,400', '4,290,000'],
    ['b. Fringe benefits', '[38140]', '[80248]', '118,388'],
    ['c. Travel', '[14202]', '[10006]', '[24208]'],
    ['d. Equipment', '0', '[60228]', '[60228]'],
    ['e. Supplies', '[50139]', '[96350]', '146,489'],
    ['f. Contractual', '[84000]', '[26612]', '110,612'],
    ['h. Other', '[20138]', '[40301]', '[60439]'],
  ],
});

// ── 30. HRSA grant budget justification, text layer ──
const budgetJust = lines({
  id: 's68-budgetjust',
  kind: 's68-hrsa-budget-justification-text',
  before: 'Budget Narrative — Year 2',
  text: [
    'Award H80CS[26612]; Flex Program sub-award [64445] from the state office of rural health.',
    'Contractual ([84000] federal): visiting pain specialist, 2 clinic days a month, about 96 procedures a year',
    '(mostly {64445}, {64450} and {64632}); surgical cases ({64712}, {64714}) are billed by the hospital, not the grant.',
    'Travel ([14202]): mileage for the mobile outreach van at the federal rate, 21,400 miles.',
    'Network Development grant D06RH[33170] pays for the shared telehealth carts (Q3014 sites).',
  ].join('\n'),
});

// ── 31. Board of directors report, prose, text layer ──
const board = lines({
  id: 's68-board',
  kind: 's68-board-report-prose-text',
  before: 'CEO report to the Board of Directors — March',
  text: [
    'Visits are up 6% over last March. We passed [10000] unduplicated patients for the first time, mostly from Grundy County.',
    'The visiting pain clinic billed 31 sciatic blocks under {64445} and 6 neuroplasties ({64712}) at the hospital;',
    '{64714} was done twice. Medicaid is still holding our {64612} claims for the toxin invoice.',
    'The Cainsville room (ZIP [64632]) opens in May; the lease check, no. [64712], cleared on 3/14.',
    'Sliding fee patients were 19% of visits; the new tier C cut-off for a family of four is [64300].',
  ].join('\n'),
});

// ── 32. Patient outreach mailing list, table (decoy only) ──
const mailing = table({
  id: 's68-mailing',
  kind: 's68-patient-outreach-mailing-list-grid',
  caption: 'Outreach mailing — spring preventive care postcards',
  headers: ['Household', 'City', 'ZIP', 'County', 'FIPS', 'Campaign'],
  rows: [
    ['Household 0041', 'Cainsville', '[64632]', 'Harrison', '[29081]', 'SPR-[20192]'],
    ['Household 0042', 'Eagleville', '[64442]', 'Harrison', '[29081]', 'SPR-[20192]'],
    ['Household 0043', 'Mercer', '[64661]', 'Mercer', '[29129]', 'SPR-[20192]'],
    ['Household 0044', 'Spickard', '[64679]', 'Grundy', '[29079]', 'SPR-[20192]'],
    ['Household 0045', 'Elmo', '[64445]', 'Nodaway', '[29147]', 'SPR-[20193]'],
    ['Household 0046', 'Milan', '[63556]', 'Sullivan', '[29211]', 'SPR-[20193]'],
  ],
});

// ── 33. Patient outreach CSV export with care gaps, text layer ──
const mailingCsv = lines({
  id: 's68-mailcsv',
  kind: 's68-patient-outreach-care-gap-csv-text',
  before: 'outreach_export.csv (care-gap mailing, first rows)',
  text: [
    'mail_id,zip,county_fips,gap,last_service_code,route',
    '[70059],[64424],[29081],mammogram,{77067},C003',
    '[70060],[64673],[29129],a1c,{83036},C011',
    '[70061],[64683],[29079],well child,{99392},C014',
    '[70062],[64632],[29081],tobacco counseling,{99406},C003',
    '[70063],[64481],[29081],flu,{90686},C003',
  ].join('\n'),
});

// ── 34. Clinic staff directory, table (decoy only) ──
const staffDir = table({
  id: 's68-staff',
  kind: 's68-clinic-staff-directory-grid',
  caption: 'Staff directory — all sites',
  headers: ['Name', 'Role', 'Site', 'Ext', 'Badge', 'Site ZIP'],
  rows: [
    ['Ostrander, Kay', 'Site manager', 'Bethany', '2201', '[30143]', '[64424]'],
    ['Pettijohn, Lee', 'Enrollment / sliding fee', 'Princeton', '2310', '[30150]', '[64673]'],
    ['Achterberg, Dee', 'Outreach coordinator', 'Cainsville room', '2405', '[64632]', '[64632]'],
    ['Mullins, Tara', 'Van driver', 'Trenton', '2512', '[30163]', '[64683]'],
    ['Kessler, Bo', '340B coordinator', 'Hospital pharmacy', '2217', '[30171]', '[64424]'],
  ],
});

// ── 35. Van transport schedule, table (decoy only) ──
const vanSchedule = table({
  id: 's68-van',
  kind: 's68-van-transport-schedule-grid',
  caption: 'Patient transport van — weekly routes',
  headers: ['Route', 'Day', 'Pick-up towns', 'ZIPs served', 'Van', 'Odometer at start'],
  rows: [
    ['North loop', 'Mon', 'Eagleville, Ridgeway, Cainsville', '[64442] [64481] [64632]', 'Van 2', '[64714]'],
    ['East loop', 'Tue', 'Mercer, Princeton, Spickard', '[64661] [64673] [64679]', 'Van 1', '[88377]'],
    ['Specialist day', 'Tue', 'Trenton to Bethany hospital', '[64683]', 'Van 2', '[64950]'],
    ['South loop', 'Thu', 'Gilman City, New Hampton', '[64642] [64471]', 'Van 1', '[88761]'],
  ],
});

// ── 36. Medicaid claim hold worklist (visiting clinic), table ──
const holdList = table({
  id: 's68-holds',
  kind: 's68-medicaid-claim-hold-worklist-grid',
  caption: 'Claims on hold — Missouri Medicaid and MCOs — visiting specialist clinic',
  headers: ['Claim', 'DOS', 'Billed code', 'Hold reason', 'Payer ID', 'Days held'],
  rows: [
    ['[50882]', '03/05', '{64612}', 'Toxin invoice requested (J0585 units)', '[68069]', '21'],
    ['[50895]', '03/05', '{64612}, {95874}', 'Toxin invoice requested', '[68069]', '21'],
    ['[50910]', '03/11', '{64445}', 'Rendering NPI not on MCO roster', '[77046]', '15'],
    ['[50917]', '03/11', '{64712}', 'Prior authorization number missing', '[77046]', '15'],
    ['[50934]', '03/12', '{99204}', 'Duplicate of FQHC encounter line', '[68069]', '14'],
  ],
});

// ── 37. Visiting specialist contract, productivity (wRVU) report, table ──
const wrvu = table({
  id: 's68-wrvu',
  kind: 's68-visiting-specialist-wrvu-productivity-grid',
  caption: 'Professional services agreement — quarterly wRVU report — Dr. Amsel',
  headers: ['Code', 'Description', 'Count', 'wRVU each', 'wRVU total'],
  rows: [
    ['{64445}', 'Sciatic nerve block', '62', '1.48', '91.76'],
    ['{64450}', 'Other peripheral nerve block', '40', '0.75', '30.00'],
    ['{64712}', 'Neuroplasty, sciatic', '11', '8.16', '89.76'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '4', '7.48', '29.92'],
    ['{99204}', 'New patient visit', '58', '2.60', '150.80'],
    ['{99214}', 'Established patient visit', '97', '1.92', '186.24'],
    ['Total', 'Paid at the contract rate per wRVU; invoice no. [20459]', '272', '—', '578.48'],
  ],
});

export const sealed68: Snippet[] = [
  ...encounterHeader,
  ...encounterLines,
  ...qualifying,
  ...ub04,
  ...x12,
  ...slidingFee,
  ...slidingProc,
  ...uds5,
  ...uds6a,
  ...udsZip,
  ...serviceArea,
  ...rhcWkstB,
  ...rhcWkstC,
  ...swingLog,
  ...swingNote,
  ...opais,
  ...audit340b,
  ...policy340b,
  ...vscSchedule,
  ...vscLetter,
  ...procLog,
  ...superbill,
  ...hl7,
  ...ccda,
  ...popJson,
  ...cdmCsv,
  ...teleLog,
  ...teleGuide,
  ...sf424a,
  ...budgetJust,
  ...board,
  ...mailing,
  ...mailingCsv,
  ...staffDir,
  ...vanSchedule,
  ...holdList,
  ...wrvu,
];
