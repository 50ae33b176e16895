import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 48 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s48-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, employee, donor and candidate ids, employer account and PO numbers, visit and accession numbers, claim
 * suffixes, amounts and counts. The five known codes' digits come back as decoys: a Texas comp claim suffix, a
 * Washington L&I claim number, an employee number on a return-to-work form, a clinic remit P.O. box and an employer
 * account in an aging report.
 *
 * Family: occupational health, urgent care and retail clinics: employer-services invoice and fee exhibit, DOT
 * physical (MCSA-5875 text layer, certificate record), federal drug-testing custody and control form and DOT alcohol
 * testing form, employer drug and alcohol results grid, occupational injury visit note, Texas work status report,
 * Ohio first report of injury as the clinic sees it, return-to-work certification after nerve surgery, urgent-care
 * tracking board and online queue, retail clinic price menu, shoppable-services file, kiosk check-in and HSA receipt,
 * employer portal account and authorization form, on-site clinic monthly report (table and narrative) and injury
 * case log, charge entry screen and coding review note, occupational medicine encounter form, workers' comp
 * CMS-1500 panel, case note for a worker after sciatic surgery, pre-placement results letter, respirator clearance,
 * hearing conservation audiograms, employee-health titer tracking, teleradiology over-read log, MRO result report,
 * employer aging, collection site daily log and employer payment posting.
 * Built on real public layouts: the FMCSA MCSA-5875 and MCSA-5876 fields, the federal CCF steps 1–5 (specimen ID,
 * employer and MRO blocks, collection site), the DOT Alcohol Testing Form, the Texas DWC Form-073 items and its
 * 99080-73 billing, the Ohio BWC FROI-1 sections, the Washington L&I Activity Prescription Form and claims P.O. box,
 * OSHA 29 CFR 1904 first-aid versus medical-treatment rules and 1910.134 Appendix C, the CMS hospital price
 * transparency standard-charge columns, and CMS-1500 (02-12) item numbers. The others are written the way those pages
 * read, with no single source.
 *
 * 397 labelled tokens over 36 shapes: 170 codes, 227 decoys, 79 of the decoys in KNOWN_10K.
 */

// ── 1. Employer-services monthly invoice, table ──
const invoice = table({
  id: 's48-inv',
  kind: 's48-employer-services-invoice-lines',
  caption:
    'Employer Services Invoice INV-2510-[40821] — Queen City Occupational Health — Bill to: Tri-State Concrete Pumping, account [41302] — PO 4500-[18442]',
  headers: ['Date', 'Employee', 'Emp. ID', 'Service', 'CPT', 'Qty', 'Rate', 'Amount'],
  rows: [
    ['10/02/2025', 'Dorsey, K.', '[20846]', 'DOT physical (MCSA-5875)', '—', '1', '85.00', '85.00'],
    ['10/02/2025', 'Dorsey, K.', '[20846]', 'DOT urine collection, 5-panel, to lab', '{99000}', '1', '38.00', '38.00'],
    ['10/06/2025', 'Mullins, R.', '[21214]', 'Non-DOT 10-panel instant cup', '{80305}', '1', '32.00', '32.00'],
    ['10/06/2025', 'Mullins, R.', '[21214]', 'Breath alcohol test, DOT EBT', '{82075}', '1', '30.00', '30.00'],
    [
      '10/09/2025',
      'Okonjo, T.',
      '[24147]',
      'Audiogram, baseline (hearing conservation)',
      '{92552}',
      '1',
      '40.00',
      '40.00',
    ],
    ['10/09/2025', 'Okonjo, T.', '[24147]', 'Spirometry, respirator clearance', '{94010}', '1', '45.00', '45.00'],
    [
      '10/21/2025',
      'Pruitt, D.',
      '[27575]',
      'TB skin test, 2-step (placement and read)',
      '{86580}',
      '2',
      '18.00',
      '36.00',
    ],
    ['10/21/2025', 'Pruitt, D.', '[27575]', 'Hepatitis B vaccine, adult, dose 1', '{90746}', '1', '78.00', '78.00'],
    ['10/21/2025', 'Pruitt, D.', '[27575]', 'Vaccine administration, first', '{90471}', '1', '22.00', '22.00'],
    ['', '', '', 'Total due net 30 — remit to P.O. Box [64612], Cincinnati OH', '', '', '', '406.00'],
  ],
});

// ── 2. Employer services agreement, Exhibit A (fees), PDF text layer ──
const feeExhibit = lines({
  id: 's48-esa',
  kind: 's48-employer-services-agreement-fee-exhibit-text',
  before: 'EXHIBIT A — SERVICES AND FEES',
  text: [
    'Employer Services Agreement No. ESA-[30156] between Queen City Occupational Health, LLC ("Provider") and',
    'Tri-State Concrete Pumping, Inc., 4410 Spring Grove Ave, Cincinnati, OH [45223] ("Employer"), effective 01/01/2026.',
    '1. DOT physical examination (49 CFR 391.43), including dipstick urinalysis ({81002} not billed separately): $85.00.',
    '2. Non-DOT pre-placement physical with quantitative vision screen ({99173}) and baseline audiogram ({92552}): $110.00.',
    '3. Drug screens: instant 10-panel cup ({80305}) $32.00; DOT lab-based collection and handling ({99000}) $38.00 + lab fee.',
    "4. Work-related injury care is billed to the Ohio BWC through the Employer's MCO at the BWC fee schedule, not to Employer.",
    '5. Post-accident callout, 24/7: $150.00 per event, plus $1.25/mile beyond 25 miles of 2750 Section Rd, Cincinnati [45237].',
    "6. Services not listed (e.g. respirator spirometry, {94010}) at 80% of Provider's standard charge; invoices net 30.",
    '7. Remit to: Queen City Occupational Health, P.O. Box [64612], Cincinnati, OH [45264]-4612. Employer account [41302].',
  ].join('\n'),
});

// ── 3. DOT physical, MCSA-5875 Medical Examination Report, PDF text layer ──
const mcsa5875 = lines({
  id: 's48-mcsa5875',
  kind: 's48-dot-medical-exam-report-text',
  before: 'Medical Examination Report Form for Commercial Driver Medical Certification (MCSA-5875)',
  text: [
    'SECTION 1 — DRIVER INFORMATION (to be filled out by the driver)',
    'Last name: Dorsey   First name: Kendrick   Date of birth: 03/22/1979   Age: 46',
    'Street address: 1187 Harrison Ave   City: Cincinnati   State/Province: OH   Zip code: [45214]',
    "Driver's license number: RT482913   Issuing state: OH   Phone: (513) 555-0182   CLP/CDL applicant/holder: Yes",
    'Examiner comments on health history: L hemifacial spasm, chemodenervation {64612} every 3 months (last 08/2025).',
    'SECTION 2 — EXAMINATION REPORT: Hearing — whispered voice, Right ear 5 ft, Left ear 5 ft',
    'Urinalysis: Sp. Gr. 1.015   Protein neg   Blood neg   Sugar neg',
    'Medical examiner: Joanne Weller, DO   National Registry number: 7284619034   Exam no. [50068]',
    'Clinic: Queen City Occupational Health, 2750 Section Rd, Cincinnati, OH [45237]',
    'Office use — billing: DOT package (employer pay); UA dipstick {81002} and vision {99173} bundled. Chart [59974]',
  ].join('\n'),
});

// ── 4. DOT certificate issued, clinic record screen, key-value panel ──
const mecRecord = table({
  id: 's48-mec',
  kind: 's48-dot-certificate-issue-record-panel',
  caption: "Medical Examiner's Certificate (MCSA-5876) — issued — record view",
  headers: ['Field', 'Value'],
  rows: [
    ['Driver', 'Dorsey, Kendrick'],
    ["Driver's license / state", 'RT482913 / OH'],
    ['Determination', 'Meets standards in 49 CFR 391.41 — 2-year certificate'],
    ['Certificate date / expiration', '10/02/2025 / 10/02/2027'],
    ["Medical examiner's license no. / state", '[34159] / OH'],
    ['National Registry number', '7284619034'],
    ['Examiner telephone', '(513) 555-0119 ext. [21082]'],
    ['Clinic address', '2750 Section Rd, Cincinnati OH [45237]'],
    ['Motor carrier', 'Tri-State Concrete Pumping — USDOT [20649]'],
    ['Uploaded to National Registry (batch)', '[51126]'],
    ['Encounter codes', '{81002} UA dipstick · {99173} visual acuity'],
  ],
});

// ── 5. Federal custody and control form, collector copy, text layer ──
const ccf = lines({
  id: 's48-ccf',
  kind: 's48-federal-ccf-collector-copy-text',
  before: 'Federal Drug Testing Custody and Control Form — Copy 4 — Collector Copy — SPECIMEN ID NO. 2041577',
  text: [
    'STEP 1: A. Employer Name, Address, I.D. No.: Tri-State Concrete Pumping, 4410 Spring Grove Ave, Cincinnati OH [45223]; I.D. [41302]',
    'B. MRO Name, Address, Phone No.: S. Ahuja, MD, Tristate MRO Services, 6 Triangle Park Dr, Cincinnati OH [45246]',
    'C. Donor SSN or Employee I.D. No.: [20846]',
    'D. Specify Testing Authority: FMCSA   E. Reason for Test: Pre-employment',
    'F. Drug Tests to be Performed: THC, COC, PCP, OPI, AMP',
    'G. Collection Site Address: Queen City Occupational Health, 2750 Section Rd, Cincinnati OH [45237]  Collector Phone (513) 555-0119',
    'STEP 2: Read specimen temperature within 4 minutes. Is temperature between 32° and 38°C? Yes   Split',
    'STEP 4: Collector: Marisol Tate   Date 10/02/2025   Time 08:42   Specimen bottle(s) released to: FedEx',
    'Test facility: Quest Diagnostics, [10101] Renner Blvd, Lenexa, KS [66219]   Accession [57266]',
  ].join('\n'),
});

// ── 6. Employer portal, drug and alcohol results grid, table ──
const drugResults = table({
  id: 's48-dar',
  kind: 's48-employer-drug-alcohol-results-grid',
  caption: 'Drug & Alcohol Results — Tri-State Concrete Pumping — account [41302] — October 2025',
  headers: ['Specimen ID', 'Donor ID', 'Reason', 'Panel / test', 'Billing code', 'Collected', 'Result', 'MRO verified'],
  rows: [
    [
      '2041577',
      '[20846]',
      'Pre-employment',
      'DOT 5-panel, lab (Quest test [35105]N)',
      '{99000}',
      '10/02/2025',
      'Negative',
      '10/04/2025',
    ],
    ['2041602', '[21214]', 'Random', 'Non-DOT 10-panel instant cup', '{80305}', '10/06/2025', 'Negative', '—'],
    ['—', '[21214]', 'Random', 'Breath alcohol, EBT', '{82075}', '10/06/2025', '0.000', '—'],
    [
      '2041655',
      '[28443]',
      'Post-accident',
      'Non-DOT 10-panel instant cup',
      '{80305}',
      '10/14/2025',
      'Non-negative, sent to lab',
      'Pending',
    ],
    [
      '2041655',
      '[28443]',
      'Post-accident',
      'Lab confirmation, definitive',
      'G0480',
      '10/14/2025',
      'Pending',
      'Pending',
    ],
    ['2041688', '[27575]', 'Pre-employment', 'Non-DOT 10-panel instant cup', '{80305}', '10/21/2025', 'Negative', '—'],
    [
      '2041701',
      '[29888]',
      'Reasonable suspicion',
      'DOT 5-panel, lab (Quest test [35105]N)',
      '{99000}',
      '10/27/2025',
      'Negative-dilute',
      '10/29/2025',
    ],
  ],
});

// ── 7. DOT Alcohol Testing Form, text layer ──
const atf = lines({
  id: 's48-atf',
  kind: 's48-dot-alcohol-testing-form-text',
  before: 'U.S. Department of Transportation (DOT) Alcohol Testing Form',
  text: [
    'STEP 1: Employer name: Tri-State Concrete Pumping   Address: 4410 Spring Grove Ave, Cincinnati OH [45223]',
    'DER name and phone: Carla Mendez (513) 555-0101   Employee name: Roy Mullins   Employee ID no.: [21214]',
    'Reason for test: ☒ Random ☐ Reasonable Susp ☐ Post-Accident ☐ Return to Duty ☐ Follow-up ☐ Pre-employment',
    'STEP 2: Screening test — device: EBT, Intoxilyzer 240, serial no. [30198]   Test no. 0418   Result 0.000   Time 09:14',
    'BAT / STT: Marisol Tate — site: 2750 Section Rd, Cincinnati OH [45237]',
    'Billing (office use): breath alcohol {82075}, employer account [41302], collection no. [48756]',
  ].join('\n'),
});

// ── 8. Occupational injury initial visit note, EHR text ──
const injuryNote = lines({
  id: 's48-injnote',
  kind: 's48-occupational-injury-initial-visit-note',
  before: 'Occupational Injury — Initial Visit — Bayou City Urgent Care & Occupational Medicine, Houston TX',
  text: [
    'Employer: Gulf Coast Steel Fabricators, 9110 Wallisville Rd, Houston TX [77029]   Supervisor B. Tran, ext. [40174]',
    'Carrier: Texas Mutual   Claim # 25TX-[64445]   Employee ID [44734]   DOI 10/20/2025 07:30',
    'HPI: 32 y/o welder caught L hand between plate and press brake; 4 cm laceration dorsal hand, bled controlled.',
    'Exam: NV intact, full ROM all digits, extensor tendons intact under direct visualization. XR L hand 3 views {73130}: no fx, no FB.',
    'Procedure: metacarpal block 1% lidocaine (included), layered closure 4.0 cm — intermediate repair {12042}.',
    'Tdap {90715} IM L deltoid, admin {90471}; last tetanus unknown. Lot U7412AA, exp 04/2027.',
    'Dx S61.412A, W23.0XXA. Work status: restricted, DWC-73 completed ({99080}-73). Recheck 10/23; suture removal 10/30.',
    'E/M {99203} (new to clinic). Clinic: 7721 N Shepherd Dr, Houston TX [77022]; acct [77481].',
  ].join('\n'),
});

// ── 9. Texas DWC Form-073 work status report, key-value panel ──
const dwc73 = table({
  id: 's48-dwc73',
  kind: 's48-texas-dwc073-work-status-panel',
  caption: "Texas Workers' Compensation Work Status Report (DWC Form-073) — Part I: General Information",
  headers: ['Item', 'Entry'],
  rows: [
    ["1. Injured Employee's Name", 'Alvarez, Mateo'],
    ['2. Date of Injury', '10/20/2025'],
    ['3. Social Security Number (last four digits)', 'xxx-xx-4417'],
    ["5. Doctor's/Delegating Doctor's Name and Degree", 'Priya Raman, MD'],
    ['7. Clinician/Facility Address (street address)', '7721 N Shepherd Dr'],
    ['8. City, State, Zip', 'Houston, TX [77022]'],
    ["11. Employer's Name", 'Gulf Coast Steel Fabricators'],
    ["12. Employer's Fax # or Email", '(713) 555-0148'],
    ['13. Insurance Carrier', 'Texas Mutual Insurance Company'],
    ['Carrier claim # (if known)', '25TX-[64445]'],
    ['Part II — work status', '(b) allowed to return to work as of 10/21/2025 with the restrictions in Part III'],
    ['Part IV — expected follow-up', '10/23/2025, suture check'],
    ['Billing note', 'Report billed as {99080}-73 with the visit {99203}; no charge to employee'],
  ],
});

// ── 10. Ohio BWC First Report of Injury, clinic copy in the chart, text layer ──
const froi = lines({
  id: 's48-froi',
  kind: 's48-ohio-froi-clinic-copy-text',
  before: "FIRST REPORT OF AN INJURY, OCCUPATIONAL DISEASE OR DEATH (FROI-1) — Ohio Bureau of Workers' Compensation",
  text: [
    'Injured worker: Pham, Linh T.   Address: 2915 Cleveland Ave, Columbus OH [43224]   Phone (614) 555-0166',
    'Employer: Buckeye Cold Storage LLC   Policy number: 1483206-0   Address: 1900 Refugee Rd, Columbus OH [43207]',
    'Date of injury: 10/08/2025   Time: 06:15   Occupation: order selector   Dept. no. [24709]',
    'Description: slipped on wet dock plate, twisted R ankle and struck R knee on a pallet.',
    'Treating physician: H. Kessler, DO, Buckeye Urgent Care — Eastland, 2700 S Hamilton Rd, Columbus OH [43232]',
    'Initial treatment (clinic entry for the MCO): {99203}, XR ankle 3 views {73610}, XR knee 3 views {73562}, strapping {29540}.',
    'MCO: CompManagement Health Systems   Employer rep ext. [37405]   Clinic encounter [31091]',
  ].join('\n'),
});

// ── 11. Return-to-work certification after sciatic nerve surgery, text layer ──
const rtw = lines({
  id: 's48-rtw',
  kind: 's48-return-to-work-certification-text',
  before: 'Return-to-Work / Fitness-for-Duty Certification — Employee Health & Occupational Services, Pittsburgh PA',
  text: [
    'Employee: Gaines, Ronald   Employee no. [64632]   Dept: Facilities, bldg 4   Supervisor ext. [24148]',
    'Reason for leave: surgery — L open sciatic neurolysis (CPT {64712}) 09/09/2025, Dr. N. Forde',
    'Pre-op sciatic nerve block {64445} in holding; post-op course uncomplicated, incision healed.',
    'Cleared to return: 10/27/2025   ☐ full duty   ☒ restricted duty for 4 weeks',
    'Restrictions: no ladders; sit/stand at will; lift ≤ 20 lb; no forklift until cleared by surgeon.',
    'Physical performance test {97750}, 45 min, 10/24/2025: meets restricted-duty demands.',
    'Return form to: Human Resources, P.O. Box [15264], Pittsburgh PA; leave case no. [39965]',
  ].join('\n'),
});

// ── 12. Urgent-care tracking board, table ──
const trackBoard = table({
  id: 's48-board',
  kind: 's48-urgent-care-tracking-board',
  caption: 'Tracking Board — Carolina FastCare, South End, 2015 South Blvd, Charlotte NC [28203] — 10/27/2025 10:17',
  headers: ['Rm', 'Patient', 'Age/Sex', 'Chief complaint', 'Arr.', 'LOS', 'Prov', 'Orders', 'Status', 'Visit #'],
  rows: [
    [
      '3',
      'H., D.',
      '34 M',
      'Work inj — R wrist',
      '09:12',
      '1:05',
      'PA Kim',
      'XR wrist 3v {73110}; splint {29125}',
      'Read: neg',
      '[21871]',
    ],
    [
      '5',
      'M., A.',
      '7 F',
      'Sore throat, fever',
      '09:40',
      '0:37',
      'NP Ruiz',
      'POC strep {87880}',
      'Neg, culture {87081} sent',
      '[21874]',
    ],
    [
      '1',
      'T., J.',
      '61 M',
      'Chest tightness',
      '09:51',
      '0:26',
      'Dr. Osei',
      'EKG {93000}, SpO2',
      'To ED by EMS',
      '[21877]',
    ],
    [
      '7',
      'R., K.',
      '22 F',
      'Dysuria',
      '10:02',
      '0:15',
      'NP Ruiz',
      'UA {81003}; UPT {81025}',
      'Results back',
      '[21880]',
    ],
    [
      '2',
      'B., L.',
      '45 M',
      'FB R eye (grinding)',
      '10:05',
      '0:12',
      'PA Kim',
      'Slit lamp, FB removal {65222}',
      'In room',
      '[21883]',
    ],
    ['WR', 'S., P.', '29 F', 'DOT physical', '10:11', '0:06', '—', 'UA dip {81002}; DOT collect', 'Vitals', '[21889]'],
    [
      '4',
      'G., C.',
      '38 M',
      'Cough, SOB',
      '10:14',
      '0:03',
      'Dr. Osei',
      'Neb {94640}; CXR 2v {71046}',
      'Triage',
      '[21892]',
    ],
  ],
});

// ── 13. Urgent-care online queue ("save my spot"), list of divs ──
const queue = lines({
  id: 's48-queue',
  kind: 's48-urgent-care-online-queue-list',
  before: "Today's queue — Carolina FastCare, South End — updated 10:17 — 9 waiting, est. wait 35 min",
  text: [
    '#14  Ward, T.      in line 09:58   Reason: cut finger at work      Employer acct [44151]   ZIP [28209]',
    '#15  Nguyen, H.    in line 10:01   Reason: flu symptoms            BCBS NC                 ZIP [28210]',
    '#16  Coleman, A.   in line 10:04   Reason: DOT physical + DOT drug screen   Employer acct [40717]',
    '#17  Diaz, M.      in line 10:09   Reason: sports physical (self-pay $59)   ZIP [28277]',
    '#18  Patel, R.     in line 10:12   Reason: post-accident drug & alcohol   Employer auth [47468]',
    '#19  Brooks, S.    in line 10:15   Reason: ankle twisted at work   Employer: DC [60417] Charlotte',
    '#20  Lopez, G.     in line 10:16   Reason: pre-employment physical   Employer acct [48127]   ZIP [28212]',
    '#21  Kim, S.       in line 10:17   Reason: rash after chemical splash at work   ZIP [28217]',
  ].join('\n'),
});

// ── 14. Retail clinic price menu, signage text ──
const menu = lines({
  id: 's48-menu',
  kind: 's48-retail-clinic-price-menu-text',
  before: 'Walk-in Clinic Prices — QuickCare inside FreshMart',
  text: [
    'QuickCare inside FreshMart #[30866], 4400 Ashford Dunwoody Rd, Atlanta GA [30346] — no appointment needed',
    'Minor illness visit $139 (sore throat, sinus, pink eye, UTI). Tests are extra:',
    '  Rapid strep {87880} $30 · Flu A & B rapid {87804} $35 each · COVID-19 antigen {87811} $45',
    '  Urine dipstick {81002} $20 · Pregnancy test {81025} $20 · Blood sugar fingerstick {82962} $15',
    'Minor injury visit $159 (small cuts, sprains, splinters); simple stitches from $199 ({12001})',
    'Vaccines: flu $45 ({90686}) · Tdap $65 ({90715}) · TB skin test, 2 visits, $35 ({86580})',
    'Physicals: sports/camp $59 · DOT physical $95. Prices as of 09/2025; store ph. (770) 555-0142, clinic ID [38563]',
  ].join('\n'),
});

// ── 15. Retail clinic shoppable services (price transparency file shown as a table) ──
const shoppable = table({
  id: 's48-shop',
  kind: 's48-retail-clinic-shoppable-services-table',
  caption:
    'Standard charges — QuickCare Clinics of Georgia, LLC — location [30866], Atlanta GA [30346] — updated 07/01/2025',
  headers: [
    'code|type',
    'code',
    'description',
    'standard_charge|gross',
    'standard_charge|discounted_cash',
    'Aetna|PPO',
    'Anthem|HMO',
  ],
  rows: [
    ['CPT', '{99202}', 'Office visit, new, straightforward', '139.00', '119.00', '96.40', '88.15'],
    ['CPT', '{99203}', 'Office visit, new, low MDM', '179.00', '149.00', '128.77', '117.30'],
    ['CPT', '{99213}', 'Office visit, established, low MDM', '139.00', '119.00', '92.16', '84.02'],
    ['CPT', '{99214}', 'Office visit, established, moderate MDM', '189.00', '159.00', '131.50', '120.88'],
    ['CPT', '{87880}', 'Strep A antigen, immunoassay, direct optical', '30.00', '25.00', '16.53', '15.10'],
    ['CPT', '{87804}', 'Influenza assay, direct optical', '35.00', '30.00', '16.55', '15.12'],
    ['CDM', '[30759]', 'Clinic supply: finger splint, aluminium foam', '18.00', '15.00', '—', '—'],
    ['NDC', '[00006]-4837-02', 'Pneumococcal 20-valent conj. vaccine, 0.5 mL syringe', '289.00', '269.00', '—', '—'],
    ['CPT', '{90471}', 'Immunization administration, first', '25.00', '25.00', '20.62', '18.90'],
  ],
});

// ── 16. Retail clinic kiosk check-in screens, text ──
const kiosk = lines({
  id: 's48-kiosk',
  kind: 's48-retail-clinic-kiosk-checkin-text',
  before: 'Welcome to QuickCare — tap to check in — kiosk 03',
  text: [
    'FreshMart #[30866] · Ashford Dunwoody — Step 1 of 5: Reason for visit: Sore throat / strep test',
    'Step 2 of 5: Enter your ZIP code   [30338]',
    'Step 3 of 5: Insurance — Aetna Open Access   Member ID W448210377   Group no. [81524]',
    'Your estimate: visit copay $25; the rapid strep test ({87880}) may apply to your deductible.',
    'Step 5 of 5: You are #3 in line. Texts to (404) ***-**78. Check-in code [72642]',
  ].join('\n'),
});

// ── 17. Employer portal, account summary, key-value panel ──
const portal = table({
  id: 's48-portal',
  kind: 's48-employer-portal-account-summary',
  caption: 'Employer Portal — Account Summary — Front Range Occupational Health, Denver',
  headers: ['Field', 'Value'],
  rows: [
    ['Account number', '[80963]'],
    ['Employer', 'Mile High Waste Haulers, Inc.'],
    ['Billing address', '5300 Brighton Blvd, Denver CO [80216]'],
    ['Clinics authorized', 'Central Park, Denver [80238]; Aurora, [80011]'],
    ['Protocol — post-offer', 'Non-DOT 10-panel cup ({80305}); lift test; baseline audiogram ({92552})'],
    ['Protocol — DOT drivers', 'DOT physical; DOT 5-panel lab collection; breath alcohol ({82075}) post-accident only'],
    ['Protocol — respirator users', 'OSHA questionnaire review; spirometry ({94010}); qualitative fit test'],
    ['Protocol — annual', 'TB by QuantiFERON ({86480}) instead of skin test'],
    ['Standing purchase order', 'PO [88091]'],
    ['Designated employer rep', 'J. Salcedo, Safety Manager, (303) 555-0131 ext. [22411]'],
    ['Open invoices', '3 — $4,185.00 — oldest INV-[81349]'],
  ],
});

// ── 18. Employer authorization for exam or treatment, form text ──
const auth = lines({
  id: 's48-auth',
  kind: 's48-employer-authorization-form-text',
  before: 'Authorization for Examination or Treatment — Front Range Occupational Health',
  text: [
    'Employer: Mile High Waste Haulers, Inc.   Account [80963]   Authorized by: J. Salcedo   Date: 10/14/2025',
    'Employee: Ortega, Luis   Employee ID [67688]   Position: roll-off driver (CDL-A)',
    'Services: ☒ DOT physical ☒ DOT drug test (5-panel) ☐ Breath alcohol ☒ Audiogram ({92552}) ☐ Spirometry ({94010})',
    "Work injury? ☐ Yes ☒ No — if yes, bill the workers' compensation carrier, not this account.",
    'Invoice to PO [88091]; accounts payable, P.O. Box 1738, Denver CO [80201]',
    'This authorization expires 30 days after issue. Authorization no. [60949]',
  ].join('\n'),
});

// ── 19. On-site clinic monthly utilization report, table (BI export, no thousands separators) ──
const onsiteReport = table({
  id: 's48-onsite',
  kind: 's48-onsite-clinic-monthly-utilization-table',
  caption:
    'On-site Health Center — Monthly Utilization — October 2025 — Riverside Distribution Center, Indianapolis [46217]',
  headers: ['Service', 'CPT', 'Oct', 'Sep', 'YTD', 'Market price ($)', 'Avoided cost Oct ($)'],
  rows: [
    ['Acute visit, established, low', '{99213}', '212', '198', '1944', '132', '[27984]'],
    ['Acute visit, established, moderate', '{99214}', '41', '37', '388', '195', '7995'],
    ['Work injury, first aid only', '—', '8', '6', '71', '0', '0'],
    ['Influenza vaccine', '{90686}', '418', '37', '455', '45', '[18810]'],
    ['Vaccine administration', '{90471}', '418', '37', '455', '—', '—'],
    ['TB skin test', '{86580}', '12', '9', '104', '35', '420'],
    ['Audiogram (hearing conservation)', '{92552}', '0', '0', '1246', '40', '0'],
    ['Venipuncture (biometrics)', '{36415}', '96', '88', '1012', '20', '1920'],
    ['Lipid panel', '{80061}', '96', '88', '1012', '38', '3648'],
    ['Hemoglobin A1c', '{83036}', '31', '29', '302', '28', '868'],
    ['All services', '', '1332', '529', '6989', '', '[61645]'],
  ],
});

// ── 20. On-site clinic monthly narrative, report text ──
const onsiteNarrative = lines({
  id: 's48-onsitetxt',
  kind: 's48-onsite-clinic-monthly-narrative-text',
  before: 'October 2025 — Highlights — Riverside Distribution Center Health Center',
  text: [
    'Flu clinic 10/07–10/10: 418 doses ({90686}) across all three shifts; participation 41% of 1,020 eligible.',
    'Injuries: 11 work injuries seen; 8 first aid, 3 OSHA-recordable — two lacerations repaired ({12001}, {12002}) and one',
    'wrist fracture referred out after on-site XR ({73110}). Recordable case nos. 25-[30198] and 25-[30211]; DART YTD 1.9.',
    'Return to work: 4 employees back from leave, one after open lumbar plexus decompression {64714} (sedentary, 6 weeks)',
    'and one after neurolysis of a plantar digital nerve, {64632}, with a 30-day steel-toe exemption.',
    'Biometric screening: 96 participants (lipids {80061}, A1c {83036}); 14 referred to primary care.',
    'Dispensary: 310 fills; top item amoxicillin 500 mg, NDC [65862]-0017-01. Site cost center [51256].',
  ].join('\n'),
});

// ── 21. Urgent-care charge entry screen, table ──
const chargeEntry = table({
  id: 's48-charge',
  kind: 's48-urgent-care-charge-entry-grid',
  caption:
    'Charge Entry — Encounter [71408] — Bayou City Urgent Care — DOS 10/20/2025 — Fin class: Workers comp — Claim 25TX-[64445]',
  headers: ['Ln', 'Proc', 'Mod', 'Dx ptr', 'Units', 'Charge', 'NDC / note', 'POS'],
  rows: [
    ['1', '{99203}', '25', 'A', '1', '245.00', '', '20'],
    ['2', '{12042}', '', 'A', '1', '410.00', '4.0 cm dorsal L hand', '20'],
    ['3', '{73130}', 'LT', 'A', '1', '118.00', '', '20'],
    ['4', '{90715}', '', 'B', '1', '72.00', 'NDC [58160]-0842-52', '20'],
    ['5', '{90471}', '', 'B', '1', '28.00', '', '20'],
    ['6', '{99080}', '73', 'A', '1', '15.00', 'DWC-73', '20'],
    ['7', '{99051}', '', 'A', '1', '35.00', 'Evening hours, after 6 pm', '20'],
    ['8', '{99070}', '', 'A', '1', '12.00', 'Sterile dressing tray', '20'],
  ],
});

// ── 22. Coding review note on the same encounter, text ──
const codingReview = lines({
  id: 's48-coderev',
  kind: 's48-urgent-care-coding-review-note',
  before: 'Coding review — Encounter 71408 — reviewer L. Moreau, CPC — 10/21/2025',
  text: [
    'Provider picked {99204}; MDM supports low (1 acute uncomplicated injury, one XR ordered and reviewed) → {99203}.',
    'Metacarpal block done before the repair is included in the repair; do not add {64450}.',
    'Layered closure 4.0 cm on the hand = intermediate, so {12042} stands (not {12002}).',
    'Tdap: keep {90715} + {90471}; {90472} is only for a second vaccine.',
    'After-hours add-on {99051}: Texas DWC fee guideline does not pay it; leave on claim, expect denial.',
    'Account [77481] released to billing 10/22, batch [70223]; patient balance 0.00.',
  ].join('\n'),
});

// ── 23. Occupational medicine encounter form (superbill), table ──
const superbill = table({
  id: 's48-superbill',
  kind: 's48-occ-med-encounter-form',
  caption: 'Occupational Medicine Encounter Form — Front Range Occupational Health — rev. 2025',
  headers: ['✓', 'Code', 'Description', 'Fee'],
  rows: [
    ['', '{99202}', 'New patient, straightforward', '150'],
    ['✓', '{99203}', 'New patient, low', '215'],
    ['', '{99212}', 'Established, straightforward', '95'],
    ['', '{99213}', 'Established, low', '140'],
    ['', '{99214}', 'Established, moderate', '205'],
    ['', '{99455}', 'Work-related disability exam, treating physician', '310'],
    ['', '{97750}', 'Physical performance test, each 15 min', '55'],
    ['', '{73100}', 'XR wrist, 2 views', '85'],
    ['✓', '{73610}', 'XR ankle, 3+ views', '98'],
    ['', '{29125}', 'Short arm splint, static', '120'],
    ['✓', '{29540}', 'Strapping, ankle and/or foot', '65'],
    ['', '{10120}', 'Removal FB, subcutaneous, simple', '240'],
    ['', '{65205}', 'Removal FB, conjunctival, superficial', '150'],
    ['', '{96372}', 'Therapeutic injection, IM/SC', '45'],
    ['', '{80305}', 'Drug screen, presumptive, cup', '32'],
    ['', '{92552}', 'Audiometry, pure tone, air', '40'],
    ['Employer acct', '[80963]', 'WC claim no.', '[80835]-01'],
  ],
});

// ── 24. Workers' comp CMS-1500 review panel, key-value table ──
const wc1500 = table({
  id: 's48-wc1500',
  kind: 's48-workers-comp-cms1500-item-panel',
  caption: 'Claim review — CMS-1500 (02-12) — Pinnacol Assurance — batch [88038]',
  headers: ['Item', 'Field', 'Entry'],
  rows: [
    ['1', 'Insurance type', 'Other (workers compensation)'],
    ['1a', "Insured's ID number (claim)", '[80835]-01'],
    ['4', "Insured's name (employer)", 'Mile High Waste Haulers, Inc.'],
    ['7', "Insured's address — ZIP", '[80216]'],
    ['10a', 'Condition related to employment', 'YES'],
    ['14', 'Date of current injury', '10/14/2025 (qual. 431)'],
    ['21', 'Diagnosis (ICD ind. 0)', 'A. S93.401A   B. W10.8XXA'],
    ['24D-1', 'CPT/HCPCS, modifier', '{99203} 25'],
    ['24D-2', 'CPT/HCPCS, modifier', '{73610}-RT'],
    ['24D-3', 'CPT/HCPCS, modifier', '{29540} RT'],
    ['26', "Patient's account no.", '[58384]'],
    ['32', 'Service facility location', 'FROH Central Park, 8101 E 36th Ave, Denver CO [80238]'],
    ['33', 'Billing provider', 'Front Range Occupational Health PC, Aurora CO [80011]'],
  ],
});

// ── 25. Occupational medicine case note, worker after sciatic surgery (Washington L&I), EHR text ──
const caseNote = lines({
  id: 's48-casenote',
  kind: 's48-occ-med-attending-case-note',
  before: 'Occupational Health Case Note — Puget Sound Occupational Medicine — attending: E. Lindgren, MD',
  text: [
    'Worker: Haddad, Omar   L&I claim AV[64714]   DOI 05/12/2025   Employer: Emerald Pallet & Crate, Kent WA [98032]',
    'Course: L buttock and thigh crush → sciatic neuropathy; EMG/NCS 07/2025 ({95886}, {95910}): partial sciatic lesion.',
    'Diagnostic sciatic block {64445} on 08/04 gave 3 h relief; surgeon did open sciatic neurolysis {64712} on 09/02/2025.',
    'Surgery authorized by L&I utilization review, ref. [94740]; post-op PT 12 visits ({97110}, {97140}, {97530}).',
    'Today: APF completed (L&I local code 1073M); modified duty 4 h/day, no lifting > 15 lb, no ladders. Next visit 11/10.',
    'Employer offered light-duty job analysis no. [91402]; vocational referral not needed at this time.',
    'Correspondence: Department of Labor & Industries, Claims Administration, PO Box [44291], Olympia WA [98504]-4291',
  ].join('\n'),
});

// ── 26. On-site clinic injury case log, table ──
const caseLog = table({
  id: 's48-caselog',
  kind: 's48-onsite-injury-case-log',
  caption: 'Injury & Illness Case Log (clinic) — Riverside Distribution Center — site [46217] — Oct 2025',
  headers: ['Case', 'Date', 'Emp #', 'Dept', 'Body part', 'Care given', 'Code', 'OSHA recordable'],
  rows: [
    ['25-101', '10/02', '[54046]', 'Receiving', 'L index finger', 'Wound cleaning, bandage', 'first aid', 'N'],
    ['25-102', '10/03', '[57306]', 'Pick', 'R wrist', 'Ice, wrap; XR on site', '{73110}', 'N'],
    ['25-103', '10/09', '[50873]', 'Maintenance', 'L forearm', 'Laceration 2.0 cm, sutures', '{12001}', 'Y'],
    ['25-104', '10/13', '[50681]', 'Shipping', 'R eye', 'FB removed by irrigation', 'first aid', 'N'],
    ['25-105', '10/17', '[58166]', 'Pick', 'Low back', 'Rx-strength NSAID, PT referral', '{99213}', 'Y'],
    ['25-106', '10/21', '[54690]', 'Dock', 'R ankle', 'Rigid splint, crutches', '{29515}', 'Y'],
    ['25-107', '10/28', '[52318]', 'Maintenance', 'R hand', 'Td booster (first aid per 1904.7)', '{90714}', 'N'],
  ],
});

// ── 27. Pre-placement exam results letter to employer, text ──
const prePlacement = lines({
  id: 's48-preplace',
  kind: 's48-pre-placement-results-letter-text',
  before: 'Pre-Placement Examination — Results to Employer (no medical details) — Puget Sound Occupational Medicine',
  text: [
    'To: Talent Acquisition, Cascade Aerospace Components, [18400] 72nd Ave S, Kent WA [98032]',
    'Candidate: Ji-woo Park   Candidate ID [94145]   Requisition [23117]   Position: composite layup technician',
    'Result: ☒ Qualified for the position as described   ☐ Qualified with restrictions   ☐ Not qualified',
    'Performed: baseline audiogram ({92552}); spirometry ({94010}); respirator questionnaire; vision ({99173}); 10-panel cup ({80305}).',
    'Isocyanate surveillance baseline within 30 days per job hazard analysis [98303].',
    'Invoice to follow on account [90278]; questions (253) 555-0144 ext. [31882]',
  ].join('\n'),
});

// ── 28. Respirator medical clearance summary, text ──
const respirator = lines({
  id: 's48-resp',
  kind: 's48-respirator-medical-clearance-text',
  before: 'OSHA Respirator Medical Evaluation — Clearance Summary (29 CFR 1910.134, Appendix C reviewed)',
  text: [
    'Employee: Fontaine, Marc   Emp. ID [97493]   Employer: Allegheny Coatings, 3110 Liberty Ave, Pittsburgh PA [15201]',
    'Respirator: 3M 6503QL half facepiece, cartridge 3M [60926] (organic vapor/acid gas + P100); also N95 model 1860',
    'Questionnaire Part A Section 2, items 1–9: no positive answers; former smoker (quit 2019).',
    'Spirometry {94010}: FVC 96% pred, FEV1/FVC 0.78, normal; pre/post bronchodilator ({94060}) not needed.',
    'Clearance: ☒ cleared for negative-pressure air-purifying respirator without limitation; re-evaluate in 2 years.',
    'Quantitative fit test at the work site (PortaCount serial [82407]); not billed by the clinic.',
    'Bill to Allegheny Coatings, account [17047]-AC; clinic ph. (412) 555-0139',
  ].join('\n'),
});

// ── 29. Hearing conservation audiogram results, table ──
const audiograms = table({
  id: 's48-audio',
  kind: 's48-hearing-conservation-audiogram-results',
  caption:
    'Annual audiometric testing — Allegheny Coatings — audiometer Tremetrics RA660, serial [41169], calibrated 06/2025',
  headers: ['Employee', 'Emp #', 'Test', 'L avg 2k/3k/4k', 'R avg 2k/3k/4k', 'STS', 'Code'],
  rows: [
    ['Fontaine, M.', '[97493]', 'Annual', '18 dB', '15 dB', 'No', '{92552}'],
    ['Kowalski, J.', '[91231]', 'Annual', '35 dB', '28 dB', 'Yes — L', '{92552}'],
    ['Kowalski, J.', '[91231]', 'Retest (30 days)', '33 dB', '28 dB', 'Confirmed L', '{92552}'],
    ['Reyes, D.', '[90874]', 'Baseline', '10 dB', '12 dB', '—', '{92552}'],
    ['Brennan, T.', '[94114]', 'Screening only', 'pass', 'pass', '—', '{92551}'],
    ['Mohammed, A.', '[99554]', 'Annual, with speech', '22 dB', '20 dB', 'No', '{92557}'],
  ],
});

// ── 30. Employee health titer and immunization tracking, table ──
const titers = table({
  id: 's48-titers',
  kind: 's48-employee-health-titer-tracking',
  caption: 'Employee Health — New-hire immunity tracking — Carolina FastCare staff — region [28202]',
  headers: ['Employee', 'ID', 'Requirement', 'Test / vaccine', 'CPT', 'Result', 'Due'],
  rows: [
    ['Lee, M. (MA)', '[90766]', 'Measles immunity', 'Rubeola IgG', '{86765}', 'Immune', '—'],
    ['Lee, M. (MA)', '[90766]', 'Mumps immunity', 'Mumps IgG', '{86735}', 'Equivocal → MMR dose', '11/15/2025'],
    ['Lee, M. (MA)', '[90766]', 'Rubella immunity', 'Rubella IgG', '{86762}', 'Immune', '—'],
    ['Okafor, B. (RN)', '[90240]', 'Varicella immunity', 'VZV IgG', '{86787}', 'Immune', '—'],
    [
      'Okafor, B. (RN)',
      '[90240]',
      'Hepatitis B immunity',
      'Anti-HBs',
      '{86706}',
      '< 10 mIU/mL → HepB series',
      '11/01/2025',
    ],
    [
      'Okafor, B. (RN)',
      '[90240]',
      'Hepatitis B vaccine',
      'HepB dose 1',
      '{90746}',
      'Given; order [31252]',
      '12/01/2025',
    ],
    ['Grant, P. (PA)', '[97465]', 'TB screen', 'QuantiFERON-TB Gold Plus', '{86480}', 'Negative', 'annual'],
  ],
});

// ── 31. Retail clinic visit receipt (HSA/FSA), text ──
const receipt = lines({
  id: 's48-receipt',
  kind: 's48-retail-clinic-visit-receipt-text',
  before: 'QuickCare — Visit Receipt — keep for your FSA/HSA records',
  text: [
    'FreshMart #[30866] — 4400 Ashford Dunwoody Rd, Atlanta GA [30346]',
    'Patient: Lena Morris   Visit 10/26/2025 18:42   Receipt no. [34122]',
    '  {99213}  Office visit, established, low MDM            $139.00',
    '  {87880}  Strep A rapid, immunoassay                      $30.00',
    '  {87804}  Influenza A and B rapid (x2, QW)               $70.00',
    'Diagnoses: J02.9, R50.9   Paid VISA ****4471 $239.00   Clinic ID [38563]',
  ].join('\n'),
});

// ── 32. Teleradiology over-read log for urgent-care X-rays, table ──
const overRead = table({
  id: 's48-overread',
  kind: 's48-urgent-care-xray-overread-log',
  caption: 'Over-read log — Carolina FastCare (3 sites) — reading group: Piedmont Teleradiology — 10/27/2025',
  headers: ['Accession', 'Site', 'Exam', 'CPT', 'Prelim (UC)', 'Final (rad)', 'Discrepancy', 'Callback'],
  rows: [
    ['[61203]', 'South End', 'Wrist, 3+ views, R', '{73110}', 'No fx', 'No fx', '—', '—'],
    ['[61206]', 'South End', 'Chest, 2 views', '{71046}', 'No infiltrate', 'RLL infiltrate', 'Major', 'Called 11:02'],
    [
      '[61209]',
      'Ballantyne',
      'Ankle, 3+ views, L',
      '{73610}',
      'No fx',
      'Avulsion fx distal fibula',
      'Minor',
      'Called 11:20',
    ],
    ['[61212]', 'Ballantyne', 'Finger(s), 2+ views', '{73140}', 'FB present', 'FB, 3 mm, 2nd digit', '—', '—'],
    ['[61221]', 'University', 'Lumbar spine, 2–3 views', '{72100}', 'Neg', 'Degenerative only', '—', '—'],
    ['[61227]', 'University', 'Knee, 3 views, R', '{73562}', 'Effusion', 'Effusion, no fx', '—', '—'],
  ],
});

// ── 33. MRO verified result report to employer, text ──
const mroReport = lines({
  id: 's48-mro',
  kind: 's48-mro-verified-result-report-text',
  before: 'Medical Review Officer — Verified Result Report — CONFIDENTIAL — Tristate MRO Services',
  text: [
    'To DER: Carla Mendez, Tri-State Concrete Pumping, Cincinnati OH [45223]   Company ID [41302]',
    'Donor: Luis Vance   Donor ID [28443]   Specimen ID 2041655   CCF collected 10/14/2025, post-accident',
    'Laboratory: Quest Diagnostics, Lenexa KS [66219]; lab accession [57290]',
    'Verified result: NEGATIVE (after MRO review of a prescription disclosed by the donor)',
    'Safety concern: none reported.   MRO: S. Ahuja, MD   Verified 10/17/2025 15:10',
    'MRO office: 6 Triangle Park Dr, Cincinnati OH [45246]   Fax (513) 555-0151   Case [48450]',
  ].join('\n'),
});

// ── 34. Employer accounts receivable aging (clinic billing office export), table ──
const aging = table({
  id: 's48-aging',
  kind: 's48-employer-ar-aging-export',
  caption: 'Employer A/R aging — Queen City Occupational Health — as of 10/31/2025 (export, no separators)',
  headers: ['Acct', 'Employer', 'ZIP', 'Current', '31-60', '61-90', '> 90', 'Balance'],
  rows: [
    ['[41302]', 'Tri-State Concrete Pumping', '[45223]', '406.00', '0.00', '0.00', '0.00', '406.00'],
    ['[64712]', 'Ohio Valley Hospital Linen', '[45204]', '2815.50', '1140.00', '0.00', '0.00', '3955.50'],
    ['[44113]', 'Kenwood Auto Group', '[45236]', '1280.00', '0.00', '325.00', '0.00', '1605.00'],
    ['[40141]', 'Millcreek Plastics', '[45215]', '[10450].00', '3370.00', '1210.00', '880.00', '[15910].00'],
    ['[47560]', 'Riverbend Logistics', '[45227]', '620.00', '0.00', '0.00', '2150.00', '2770.00'],
    ['', 'Totals', '', '[15571].50', '4510.00', '1535.00', '3030.00', '[24646].50'],
  ],
});

// ── 35. Collection site daily log (drug and alcohol), table ──
const collectionLog = table({
  id: 's48-collog',
  kind: 's48-collection-site-daily-log',
  caption: 'Collection log — Queen City Occupational Health, 2750 Section Rd — 10/27/2025 — collector M. Tate',
  headers: ['Time', 'Donor ID', 'Employer', 'Acct', 'Specimen ID', 'Type', 'Reason', 'Temp OK', 'Courier bag'],
  rows: [
    ['07:05', '[33918]', 'Tri-State Concrete Pumping', '[41302]', '2041699', 'DOT UDS', 'Random', 'Y', '[70330]'],
    [
      '07:22',
      '[29888]',
      'Tri-State Concrete Pumping',
      '[41302]',
      '2041701',
      'DOT UDS',
      'Reasonable suspicion',
      'Y',
      '[70330]',
    ],
    ['08:10', '[51734]', 'Kenwood Auto Group', '[44113]', '2041704', 'Non-DOT cup', 'Pre-employment', 'Y', '—'],
    [
      '08:47',
      '[60129]',
      'Millcreek Plastics',
      '[40141]',
      '2041706',
      'Non-DOT cup, sent to lab',
      'Post-accident',
      'Y',
      '[70330]',
    ],
    [
      '09:30',
      '[62058]',
      'Riverbend Logistics',
      '[47560]',
      '2041709',
      'DOT UDS',
      'Pre-employment',
      'N — shy bladder, 3 h',
      '[70336]',
    ],
    ['10:15', '[18822]', 'Ohio Valley Hospital Linen', '[64712]', '2041712', 'Non-DOT cup', 'Random', 'Y', '—'],
    ['11:02', '[71590]', 'Walk-in (self-pay)', '—', '2041715', 'Non-DOT cup', 'Court-ordered', 'Y', '—'],
  ],
});

// ── 36. Employer payment posting, ACH remittance lines (billing office), table ──
const remittance = table({
  id: 's48-remit',
  kind: 's48-employer-payment-posting-remittance',
  caption: 'Payment posting — ACH from Front Range Beverage Co. — on-site clinic management — deposit 10/30/2025',
  headers: ['Invoice', 'Period', 'Billed', 'Paid', 'Adj.', 'Reason', 'ACH trace', 'Acct'],
  rows: [
    ['INV-2508-[22907]', 'Aug 2025 mgmt fee', '[18500].00', '[18500].00', '0.00', '', '[70516]', '[38291]'],
    ['INV-2508-[22911]', 'Aug 2025 pass-through labs', '2214.60', '2214.60', '0.00', '', '[70516]', '[38291]'],
    ['INV-2509-[39114]', 'Sep 2025 mgmt fee', '[18500].00', '[18500].00', '0.00', '', '[70516]', '[38291]'],
    [
      'INV-2509-[39118]',
      'Sep 2025 pass-through labs',
      '2506.25',
      '2381.25',
      '125.00',
      'Disputed 5 TB reads',
      '[70516]',
      '[38291]',
    ],
    ['', 'Deposit total', '[41720].85', '[41595].85', '125.00', '', 'bank ref [84571]', ''],
  ],
});

export const sealed48: Snippet[] = [
  ...invoice,
  ...feeExhibit,
  ...mcsa5875,
  ...mecRecord,
  ...ccf,
  ...drugResults,
  ...atf,
  ...injuryNote,
  ...dwc73,
  ...froi,
  ...rtw,
  ...trackBoard,
  ...queue,
  ...menu,
  ...shoppable,
  ...kiosk,
  ...portal,
  ...auth,
  ...onsiteReport,
  ...onsiteNarrative,
  ...chargeEntry,
  ...codingReview,
  ...superbill,
  ...wc1500,
  ...caseNote,
  ...caseLog,
  ...prePlacement,
  ...respirator,
  ...audiograms,
  ...titers,
  ...receipt,
  ...overRead,
  ...mroReport,
  ...aging,
  ...collectionLog,
  ...remittance,
];
