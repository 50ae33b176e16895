import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 49 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s49-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, check numbers, claimant keys, group and policy numbers, run ids, unformatted dollar amounts and counts.
 * The five known codes' digits come back as decoys: a check number (64714), the claims, appeals and subrogation PO
 * boxes (64632, 64612, 64445), a stop-loss claim reference suffix (64712), a precertification reference on a
 * neurolysis letter and a lag-report dollar amount (64632), and a paid amount keyed as a procedure code (64612).
 *
 * Family: employers, TPAs and self-funded plans: TPA claim-detail report and check register, pended-claims worklist
 * and member EOB, high-cost claimant report and large-claim notice to the stop-loss carrier, stop-loss specific
 * reimbursement request with its claim listing, aggregate accumulation report, laser endorsement and disclosure
 * statement, plan-document precertification appendix and SPD covered-services excerpt, ERISA appeal decision, UM
 * vendor determination, reference-based pricing repricing reports (professional and facility, percent of Medicare)
 * and the balance-billing response letter, claims lag triangle and paid-claims summary, broker renewal deck text,
 * renewal census and top-procedure slide, wellness and care-navigation vendor reports, centers-of-excellence bundle
 * rates, claims audit findings, subrogation accident questionnaire, FSA substantiation, benefits-admin portal claims
 * history and cost estimator, and member ID card text.
 * Built on real public layouts: the ERISA 29 CFR 2560.503-1 adverse benefit determination content, the SPD content
 * list of 29 CFR 2520.102-3, the CMS-1500 / UB-04 fields a TPA prints on claim detail, the Medicare physician fee
 * schedule carrier/locality pair (Iowa, carrier 05102, locality 00) used by reference-based pricing, NDC 5-4-2
 * labeler codes, the NAIC-style stop-loss specific and aggregate reimbursement request fields (specific deductible,
 * attachment factor, run-in / paid-through contract basis such as 12/15), and ID-card fields (group, member ID, Rx BIN,
 * PCN, RxGRP, precertification phone, claims address). The others are written the way those pages read, with no
 * single source.
 *
 * 362 labelled tokens over 34 shapes: 157 codes, 205 decoys, 75 of the decoys in KNOWN_10K.
 */

// ── 1. TPA claim detail report (monthly paid claims, employer copy), table ──
const claimDetail = table({
  id: 's49-clmdetail',
  kind: 's49-tpa-claim-detail-report-rows',
  caption:
    'Claim Detail Report — Group [40218] Prairie Valley Foods, Inc. Employee Health Plan — Paid 10/01/2025–10/31/2025 — Run ID [75134]',
  headers: [
    'Claim Number',
    'Ln',
    'Patient',
    'Rel',
    'DOS',
    'Provider',
    'Prov ZIP',
    'Proc',
    'Mod',
    'Billed',
    'Allowed',
    'Paid',
    'Check No.',
  ],
  rows: [
    [
      'E2528700413',
      '1',
      'PVF0041872-01',
      'E',
      '09/18/2025',
      'Heartland Surgery Center',
      '[50266]',
      '{64712}',
      'LT',
      '18,450.00',
      '4,902.29',
      '3,921.83',
      '[58412]',
    ],
    [
      'E2528700413',
      '2',
      'PVF0041872-01',
      'E',
      '09/18/2025',
      'Heartland Surgery Center',
      '[50266]',
      '{64445}',
      'LT',
      '1,200.00',
      '0.00',
      '0.00',
      '[58412]',
    ],
    [
      'E2528700421',
      '1',
      'PVF0041872-01',
      'E',
      '09/18/2025',
      'Capital Anesthesia Assoc',
      '[50309]',
      '{01250}',
      'QK',
      '2,640.00',
      '912.00',
      '729.60',
      '[58413]',
    ],
    [
      'E2529001877',
      '1',
      'PVF0039215-02',
      'S',
      '09/22/2025',
      'Des Moines Pain Institute',
      '[50325]',
      '{64635}',
      'RT',
      '3,980.00',
      '1,104.66',
      '883.73',
      '[58418]',
    ],
    [
      'E2529001877',
      '2',
      'PVF0039215-02',
      'S',
      '09/22/2025',
      'Des Moines Pain Institute',
      '[50325]',
      '{64636}',
      'RT',
      '1,650.00',
      '402.18',
      '321.74',
      '[58418]',
    ],
    [
      'E2529400952',
      '1',
      'PVF0045530-01',
      'E',
      '09/29/2025',
      'Iowa Clinic Neurology',
      '[50266]',
      '{64612}',
      '50',
      '1,140.00',
      '355.82',
      '284.66',
      '[58425]',
    ],
    [
      'E2529400952',
      '2',
      'PVF0045530-01',
      'E',
      '09/29/2025',
      'Iowa Clinic Neurology',
      '[50266]',
      'J0585',
      'JZ',
      '1,960.00',
      '1,187.50',
      '950.00',
      '[58425]',
    ],
    [
      'E2530100214',
      '1',
      'PVF0040016-03',
      'D',
      '10/02/2025',
      'MercyOne Des Moines Med Ctr',
      '[50314]',
      '{99285}',
      '25',
      '3,212.00',
      '740.11',
      '592.09',
      '[58431]',
    ],
    [
      'E2530100219',
      '1',
      'PVF0038804-01',
      'E',
      '10/06/2025',
      'UnityPoint Foot & Ankle',
      '[50023]',
      '{64632}',
      '',
      '860.00',
      '214.60',
      '171.68',
      '[58433]',
    ],
    [
      'E2530100219',
      '2',
      'PVF0038804-01',
      'E',
      '10/06/2025',
      'UnityPoint Foot & Ankle',
      '[50023]',
      '{99213}',
      '25',
      '245.00',
      '92.31',
      '73.85',
      '[58433]',
    ],
  ],
});

// ── 2. TPA check register (plan bank account), table ──
const checkRegister = table({
  id: 's49-chkreg',
  kind: 's49-tpa-check-register-rows',
  caption:
    'Check Register — Prairie Valley Foods EHP claims account ****4471 — Funding request FR-[20448] — week ending 10/17/2025',
  headers: ['Check No.', 'Issue Date', 'Payee', 'Payee TIN', 'Pay-to City, ST ZIP', 'Claims', 'Amount', 'Status'],
  rows: [
    [
      '[58412]',
      '10/14/2025',
      'Heartland Surgery Center LLC',
      '42-1588301',
      'West Des Moines, IA [50266]',
      '1',
      '3,921.83',
      'Cleared',
    ],
    [
      '[58413]',
      '10/14/2025',
      'Capital Anesthesia Associates PC',
      '42-1307552',
      'Des Moines, IA [50309]-2117',
      '1',
      '729.60',
      'Cleared',
    ],
    [
      '[58418]',
      '10/14/2025',
      'Des Moines Pain Institute',
      '47-2290184',
      'Clive, IA [50325]',
      '1',
      '1,205.47',
      'Outstanding',
    ],
    [
      '[58425]',
      '10/15/2025',
      'The Iowa Clinic PC',
      '42-1474016',
      'West Des Moines, IA [50266]-5904',
      '1',
      '1,234.66',
      'Outstanding',
    ],
    [
      '[58426]',
      '10/15/2025',
      'University of Iowa Hospitals & Clinics',
      '42-6004813',
      'Iowa City, IA [52242]',
      '6',
      '[41873].19',
      'Outstanding',
    ],
    ['[58427]', '10/15/2025', 'VOID — reissued as [58431]', '', '', '0', '0.00', 'Void'],
    [
      '[58431]',
      '10/16/2025',
      'MercyOne Des Moines Medical Center',
      '42-0680448',
      'Des Moines, IA [50314]',
      '1',
      '592.09',
      'Outstanding',
    ],
    [
      '[64714]',
      '10/16/2025',
      'Nebraska Medicine (out-of-area, PHCS) — manual check stock',
      '47-0843921',
      'Omaha, NE [68198]',
      '4',
      '[12406].18',
      'Outstanding',
    ],
  ],
});

// ── 3. High-cost claimant report (quarterly, de-identified), table ──
const hcc = table({
  id: 's49-hcc',
  kind: 's49-high-cost-claimant-report-rows',
  caption:
    'High-Cost Claimant Report — claimants with paid ≥ $50,000 — plan year 01/01/2025–12/31/2025, paid through 09/30/2025',
  headers: [
    'Claimant Key',
    'Rel',
    'Age Band',
    'Status',
    'Primary Diagnosis',
    'Top Procedure',
    'Medical Paid',
    'Rx Paid',
    'Total Paid',
    '% Spec Ded',
  ],
  rows: [
    [
      '[27087]',
      'EE',
      '55-59',
      'Active',
      'G57.02 Lesion of sciatic nerve, left',
      '{64712}',
      '$142,806',
      '$3,118',
      '$145,924',
      '117%',
    ],
    [
      '[20174]',
      'SP',
      '60-64',
      'Active',
      'M48.062 Spinal stenosis, lumbar, w/ neurogenic claudication',
      '{22633}',
      '$118,440',
      '$1,905',
      '$120,345',
      '96%',
    ],
    [
      '[10264]',
      'EE',
      '45-49',
      'Active',
      'C50.911 Malignant neoplasm of right female breast',
      '{96413}',
      '$96,212',
      '$61,880',
      '$158,092',
      '126%',
    ],
    [
      '[31905]',
      'CH',
      '0-4',
      'Termed',
      'P07.14 Preterm newborn, 1,000-1,249 g',
      '{99468}',
      '$211,530',
      '$0',
      '$211,530',
      '169%',
    ],
    [
      '[38211]',
      'EE',
      '50-54',
      'Active',
      'G54.1 Lesions of lumbosacral plexus',
      '{64714}',
      '$74,960',
      '$6,422',
      '$81,382',
      '65%',
    ],
    [
      '[27124]',
      'EE',
      '60-64',
      'COBRA',
      'I25.10 Atherosclerotic heart disease',
      '{33533}',
      '$88,104',
      '$2,275',
      '$90,379',
      '72%',
    ],
    [
      '[40250]',
      'SP',
      '40-44',
      'Active',
      'E66.01 Morbid obesity due to excess calories',
      '{43775}',
      '$51,206',
      '$4,090',
      '$55,296',
      '44%',
    ],
  ],
});

// ── 4. Large-claim / trigger notice from TPA to stop-loss carrier, PDF text layer ──
const largeClaim = lines({
  id: 's49-lgclaim',
  kind: 's49-stop-loss-large-claim-notice-text',
  before: 'NOTICE OF POTENTIAL SPECIFIC STOP-LOSS CLAIM (50% of Specific Deductible)',
  text: [
    'To: Meridian Re Stop Loss, Claims Dept., PO Box 9127, Minneapolis, MN [55440]   Policy no. SL-[20143]',
    'From: Keystone Benefit Administrators, 4400 Westown Pkwy, Ste 300, West Des Moines, IA [50266]',
    'Policyholder: Prairie Valley Foods, Inc. (Group [40218])   Contract basis: 12/15   Specific deductible: $125,000',
    'Claimant key: [27087]   Relationship: Employee   DOB: 03/1967   Coverage: Employee + Spouse',
    'Diagnosis: G57.02 lesion of sciatic nerve, left; T84.84XA pain due to internal orthopedic device',
    'Treatment to date: hardware removal L femur 05/2025; open sciatic neurolysis {64712} 08/12/2025 with',
    'continuous sciatic catheter {64446}; readmission 09/02/2025 for wound washout ({11043}).',
    'Anticipated: revision neurolysis (same code) and possible neurostimulator trial {63650} Q4 2025.',
    'Paid to date: $142,806.41; pended: $18,220.00; large case management referral: LCM-[60289].',
    'Reported by R. Akers, Claims Supervisor, (515) 555-0148 ext. [20229]; fax (515) 555-0199.',
  ].join('\n'),
});

// ── 5. Stop-loss specific reimbursement request, key-value form, table ──
const specRequest = table({
  id: 's49-specreq',
  kind: 's49-stop-loss-specific-reimbursement-request-panel',
  caption: 'Specific Excess Reimbursement Request — Meridian Re Stop Loss — Form SL-200 (rev. 01/2024)',
  headers: ['Item', 'Field', 'Entry'],
  rows: [
    ['1', 'Policy number', 'SL-[20143]'],
    ['2', 'Policyholder / group number', 'Prairie Valley Foods, Inc. / [40218]'],
    ['3', 'Claimant identifier', '[27087] (Employee)'],
    ['4', 'Claim reference (carrier)', 'SL25-[64712]'],
    ['5', 'Contract period / basis', '01/01/2025–12/31/2025, incurred 12 months / paid 15 months'],
    ['6', 'Specific deductible', '$125,000.00'],
    ['7', 'Eligible paid claims to date', '$142,806.41 (paid since last report: [61204].33)'],
    ['8', 'Prior reimbursements', '0.00'],
    ['9', 'Amount requested', '$17,806.41 (over deductible as of 10/15/2025)'],
    ['10', 'Principal procedures (CPT)', '{64712}, {64446}, {11043}, {99223}'],
    ['11', 'Large case management / laser', 'LCM-[60289]; no laser on this claimant'],
    ['12', 'Remit reimbursement to', 'Prairie Valley Foods EHP, 1200 SE Delaware Ave, Ankeny, IA [50021]'],
  ],
});

// ── 6. Claim listing attached to the specific request (line detail), table ──
const specListing = table({
  id: 's49-speclist',
  kind: 's49-stop-loss-claim-listing-rows',
  caption: 'Attachment A — Claim Listing — Claimant [27087] — incurred 01/01/2025–10/15/2025 — paid through 10/15/2025',
  headers: ['TPA Claim #', 'Incurred', 'Paid', 'Provider', 'Rev', 'CPT/HCPCS', 'Charged', 'Ineligible', 'Paid Amt'],
  rows: [
    [
      'E2514100730',
      '05/14/2025',
      '06/03/2025',
      'MercyOne Des Moines',
      '0360',
      '{20680}',
      '14,210.00',
      '0.00',
      '[10314].62',
    ],
    [
      'E2522601105',
      '08/12/2025',
      '08/29/2025',
      'Iowa Methodist Medical Center',
      '0360',
      '{64712}',
      '38,900.00',
      '1,240.00',
      '[20156].70',
    ],
    [
      'E2522601106',
      '08/12/2025',
      '08/29/2025',
      'Iowa Methodist Medical Center',
      '0370',
      '{64446}',
      '4,180.00',
      '0.00',
      '2,214.18',
    ],
    [
      'E2522601120',
      '08/12/2025',
      '09/05/2025',
      'Capital Anesthesia Associates',
      '',
      '{01250}',
      '3,520.00',
      '0.00',
      '1,106.40',
    ],
    [
      'E2524700018',
      '09/02/2025',
      '09/19/2025',
      'Iowa Methodist Medical Center',
      '0120',
      '',
      '[48010].00',
      '0.00',
      '[30237].55',
    ],
    [
      'E2524700019',
      '09/03/2025',
      '09/19/2025',
      'Iowa Methodist Medical Center',
      '0360',
      '{11043}',
      '6,720.00',
      '0.00',
      '3,880.04',
    ],
    ['E2525000412', '09/05/2025', '09/24/2025', 'Central Iowa Wound Care', '', '{97606}', '480.00', '120.00', '216.70'],
  ],
});

// ── 7. Aggregate stop-loss accumulation report (monthly), table ──
const aggAccum = table({
  id: 's49-aggaccum',
  kind: 's49-aggregate-stop-loss-accumulation-rows',
  caption:
    'Aggregate Accumulation Report — Contract [20266] — Attachment factors (EE/EE+1/Family): $1,042.18 / $2,084.36 / $2,918.10',
  headers: [
    'Month',
    'EE',
    'EE+1',
    'Family',
    'Monthly Attachment',
    'Cum. Attachment',
    'Eligible Paid',
    'Cum. Paid',
    'Loss Ratio',
  ],
  rows: [
    ['Jan 2025', '214', '97', '101', '721,770.64', '721,770.64', '[48213].67', '[48213].67', '6.7%'],
    ['Feb 2025', '216', '96', '102', '725,117.50', '1,446,888.14', '412,906.20', '461,119.87', '31.9%'],
    ['Mar 2025', '213', '98', '101', '723,825.07', '2,170,713.21', '520,114.48', '981,234.35', '45.2%'],
    ['Apr 2025', '211', '98', '103', '727,589.90', '2,898,303.11', '498,771.02', '1,480,005.37', '51.1%'],
    ['Specific reimb. credited', '', '', '', '', '', '([17806].41)', '', ''],
    ['Run-in claims (incurred 2024) excluded', '', '', '', '', '', '([86121].40)', '', ''],
  ],
});

// ── 8. Stop-loss laser endorsement, PDF text layer ──
const laser = lines({
  id: 's49-laser',
  kind: 's49-stop-loss-laser-endorsement-text',
  before: 'ENDORSEMENT NO. 3 — INDIVIDUAL SPECIFIC DEDUCTIBLE (LASER) — effective 01/01/2026',
  text: [
    'This endorsement forms part of Policy SL-[20143] issued to Prairie Valley Foods, Inc., Ankeny, Iowa [50021].',
    'For Covered Person identified as claimant [38211] the Specific Deductible is $275,000 for the Policy Period.',
    'Reason: ongoing treatment disclosed on the 10/31/2025 large-claim list, including lumbar plexus neurolysis',
    '(CPT {64714}) performed 06/2025 and a planned revision; lumbar facet radiofrequency ablation {64635}/{64636}.',
    'All other terms of the Policy remain unchanged. Disclosure statement dated 11/14/2025, ref. DS-[27013].',
    'Countersigned: Meridian Re Stop Loss, 80 S 8th St, Minneapolis, MN [55402]; producer no. [75023].',
  ].join('\n'),
});

// ── 9. Stop-loss disclosure statement / trigger diagnosis list, table ──
const disclosure = table({
  id: 's49-disclose',
  kind: 's49-stop-loss-disclosure-trigger-list-rows',
  caption: 'Renewal Disclosure Statement — Large Claim and Trigger Diagnosis List — paid through 10/31/2025',
  headers: [
    'Claimant',
    'Trigger Dx',
    'Paid to Date',
    'Procedures in last 90 days',
    'Status / Prognosis',
    'Pre-cert on file',
  ],
  rows: [
    [
      '[27087]',
      'G57.02',
      '$160,112',
      'revision neurolysis {64712}; SCS trial {63650}',
      'Active treatment',
      'PA-[10023]',
    ],
    ['[38211]', 'G54.1', '$81,382', '{64714} 06/2025; RFA {64635} x2', 'Active treatment', 'PA-[10061]'],
    ['[10264]', 'C50.911', '$158,092', 'chemo {96413}, {96415}; port {36561}', 'Active, ongoing', 'none required'],
    ['[41106]', 'G51.31', '$9,844', 'chemodenervation {64612} q12 weeks', 'Stable', 'PA-[10088]'],
    ['[20174]', 'M48.062', '$120,345', '{22633}, {22614}', 'Recovered', 'closed'],
  ],
});

// ── 10. Plan document, Appendix B: services requiring precertification, table ──
const planAppendix = table({
  id: 's49-planappx',
  kind: 's49-plan-document-precert-appendix-rows',
  caption:
    'Prairie Valley Foods, Inc. Employee Health Plan — Plan Document — Appendix B: Services Requiring Precertification',
  headers: ['Category', 'Procedure codes', 'Precertify with', 'Penalty if not precertified'],
  rows: [
    [
      'Peripheral nerve decompression / neurolysis',
      '{64712}, {64714}, {64718}, {64721}',
      'Aim Medical Review',
      '50% reduction, max $1,000',
    ],
    ['Neurolytic destruction', '{64632}, {64635}, {64636}, {64640}', 'Aim Medical Review', '50% reduction, max $1,000'],
    ['Chemodenervation', '{64612}, {64615}, {64616}', 'Aim Medical Review (drug via PBM)', 'no benefit for drug'],
    ['Spinal cord stimulation', '{63650}, {63685}', 'Aim Medical Review', '50% reduction, max $1,000'],
    ['Nerve blocks — outpatient, > 3 per year', '{64445}, {64447}, {64483}', 'Aim Medical Review', 'denied after 3rd'],
    ['Bariatric surgery (COE only)', '{43644}, {43775}', 'Centers of Excellence nurse', 'not covered outside COE'],
  ],
});

// ── 11. SPD covered-services excerpt (prose), PDF text layer ──
const spd = lines({
  id: 's49-spd',
  kind: 's49-spd-covered-services-excerpt-text',
  before: 'Summary Plan Description — Section 6: Covered Medical Services — page 31',
  text: [
    'Pain management. The Plan covers nerve blocks, epidural steroid injections and neurolytic procedures when',
    'Medically Necessary. Sciatic nerve blocks (such as {64445}) are limited to three per Plan Year without review.',
    'Radiofrequency ablation of facet nerves ({64635}, {64636}) is covered once per side per 6 months after two',
    'diagnostic medial branch blocks with at least 80% relief.',
    'Nerve surgery. Open decompression of the sciatic nerve or lumbar plexus ({64712}, {64714}) requires Precertification.',
    "Morton's neuroma: injection ({64455}) and neurolysis ({64632}) are covered; excision is covered as {28080}.",
    'Botulinum toxin for hemifacial spasm or blepharospasm (procedure {64612}) is covered; the drug is covered under',
    'the prescription drug benefit (Specialty pharmacy, NDC [00023]-1145-01 and equivalents).',
    'Send claims to: Keystone Benefit Administrators, PO Box [64632], Des Moines, IA [50306]-4632.',
    'Plan Sponsor EIN 42-1038825; Plan Number 501; Plan Administrator: Benefits Committee, Ankeny, IA [50021].',
  ].join('\n'),
});

// ── 12. Reference-based pricing repricing report, professional lines, table ──
const rbpPro = table({
  id: 's49-rbppro',
  kind: 's49-rbp-professional-repricing-rows',
  caption:
    'Repricing Detail — ClearPath RBP — Medicare PFS 2025, carrier [05102] locality 00 (Iowa) — Repricing ID RP-[60192]',
  headers: [
    'Line',
    'CPT',
    'Mod',
    'POS',
    'Units',
    'Billed',
    'Medicare Allowed',
    '% of Medicare',
    'Plan Allowed',
    'Savings',
  ],
  rows: [
    ['1', '{64712}', 'LT', '22', '1', '6,480.00', '1,021.46', '140%', '1,430.04', '5,049.96'],
    ['2', '{64445}', '', '22', '1', '1,150.00', '98.73', '140%', '138.22', '1,011.78'],
    ['3', '{76942}', '26', '22', '1', '420.00', '31.66', '140%', '44.32', '375.68'],
    ['4', '{99223}', '57', '21', '1', '890.00', '213.12', '140%', '298.37', '591.63'],
    ['5', '{99232}', '', '21', '2', '640.00', '186.30', '140%', '260.82', '379.18'],
    ['Total', '', '', '', '', '9,580.00', '1,551.27', '', '2,171.77', '7,408.23'],
    ['Claim', 'E2522601140', 'Member', 'PVF0041872-01', 'ZIP', '[50023]', 'Provider TIN', '42-1602279', '', ''],
  ],
});

// ── 13. RBP facility repricing (outpatient, OPPS based), text layer ──
const rbpFac = lines({
  id: 's49-rbpfac',
  kind: 's49-rbp-facility-repricing-summary-text',
  before: 'Facility Repricing Summary — ClearPath RBP — Outpatient hospital — 150% of Medicare OPPS (CY2025)',
  text: [
    'Facility: Heartland Surgery Center LLC, West Des Moines, IA [50266]   CCN 16C0001099   TIN 42-1588301',
    'Claim E2528700413   Bill type 0831   Statement 09/18/2025   Patient PVF0041872-01   Repricing no. [30261]',
    'Rev 0360  {64712}  LT  APC 5431  Medicare rate 3,268.19  x 150% = 4,902.29   billed 18,450.00',
    'Rev 0370  {64445}  LT  status N (packaged)  0.00   billed 1,200.00',
    'Rev 0250  pharmacy  status N  0.00   billed 212.40',
    'Rev 0710  recovery  status N  0.00   billed 640.00',
    'Plan allowed 4,902.29 · member cost share 980.46 · plan paid 3,921.83 · savings 15,600.11 (76.1%)',
    'Appeal / balance-bill support: member advocacy line (888) 555-0107, case ref. MA-[10195].',
  ].join('\n'),
});

// ── 14. RBP response to a balance-bill, letter prose ──
const rbpLetter = lines({
  id: 's49-rbpletter',
  kind: 's49-rbp-balance-bill-response-letter-text',
  before: 'ClearPath Member Advocacy — 2100 Grand Ave, Des Moines, IA 50312',
  text: [
    'October 28, 2025',
    'Re: Balance bill dated 10/20/2025 — patient account [88214] — your reference MA-[10195]',
    'Dear Patient Accounts Manager, Iowa Methodist Medical Center, 1200 Pleasant St, Des Moines, IA [50309]:',
    'The Plan paid claim E2522601105 for the 08/12/2025 open sciatic neurolysis ({64712}) and continuous catheter',
    'placement ({64446}) at 150% of the Medicare rate, an amount we consider reasonable for these services.',
    'Your statement bills the member $18,659.30, the difference between billed charges and the Plan allowance.',
    'We ask that you accept the payment or contact us within 30 days; our offer for claim E2522601106 stands at',
    '$2,214.18. Please reply to PO Box [57533], Des Moines, IA [50306] or fax (515) 555-0177.',
  ].join('\n'),
});

// ── 15. Claims lag triangle (TPA Excel export, incurred by paid month), table ──
const lag = table({
  id: 's49-lag',
  kind: 's49-claims-lag-triangle-rows',
  caption:
    'Medical Claims Lag Report — incurred vs. paid (dollars) — Prairie Valley Foods EHP — paid through 09/30/2025',
  headers: ['Incurred', 'Lag 0', 'Lag 1', 'Lag 2', 'Lag 3', 'Lag 4+', 'Paid to Date', 'Completion'],
  rows: [
    ['2025-04', '[61840]', '301552', '[88106]', '[20358]', '[11472]', '483328', '0.982'],
    ['2025-05', '[58217]', '287906', '[92244]', '[17390]', '[10128]', '465885', '0.975'],
    ['2025-06', '[64632]', '322018', '[79580]', '[24116]', '', '490346', '0.961'],
    ['2025-07', '[55097]', '296731', '[85412]', '', '', '437240', '0.918'],
    ['2025-08', '[60642]', '311847', '', '', '', '372489', '0.794'],
    ['2025-09', '[49276]', '', '', '', '', '[49276]', '0.108'],
  ],
});

// ── 16. Paid-claims monthly summary (employer dashboard), table ──
const paidSummary = table({
  id: 's49-paidsum',
  kind: 's49-paid-claims-monthly-summary-rows',
  caption: 'Paid Claims Summary — Prairie Valley Foods — Plan Year 2025 — all plans (PPO 1500 / HDHP 3300)',
  headers: [
    'Paid Month',
    'Subscribers',
    'Members',
    'Medical Paid',
    'Rx Paid',
    'Total Paid',
    'PEPM',
    'Stop-Loss Recov.',
  ],
  rows: [
    ['Jan', '412', '1,004', '$361,206', '[92418]', '$453,624', '$1,101', ''],
    ['Feb', '414', '1,009', '$398,512', '[88730]', '$487,242', '$1,177', ''],
    ['Mar', '412', '1,006', '$468,019', '[97214]', '$565,233', '$1,372', ''],
    ['Sep', '409', '998', '$503,770', '$104,118', '$607,888', '$1,486', '[17806]'],
    ['YTD', '3,702', '9,041', '$3,911,406', '$842,330', '$4,753,736', '$1,284', '[17806]'],
  ],
});

// ── 17. Broker renewal deck, slides exported as text ──
const renewalDeck = lines({
  id: 's49-deck',
  kind: 's49-broker-renewal-deck-text',
  before: 'Prairie Valley Foods — 2026 Self-Funded Renewal — Hawkeye Benefits Group — Finance Committee, 11/18/2025',
  text: [
    'Slide 4 · Plan performance: 12 months paid $6.31M vs. expected $5.94M (106%); 412 employees, 1,004 members',
    'Slide 6 · Large claimants: 7 claimants over $50K = 31% of paid; 2 remain open ([27087], [38211]).',
    'Slide 7 · Drivers: spine and peripheral nerve surgery ({22633}, {64712}, {64714}) up 2.4x vs prior year;',
    'facet RFA {64635} volume flat; chemodenervation {64612} steady at 1 member.',
    'Slide 9 · Stop-loss renewal: Specific $125K → $150K, +11.8%; laser on claimant [38211] at $275K; aggregate 125%.',
    'Slide 11 · Network: Wellmark BlueCard rental vs. RBP pilot for outpatient surgery (CPT {64712}, {29881}, {27447}).',
    'Slide 12 · Employer contact: HR, 1200 SE Delaware Ave, Ankeny IA [50021]; broker office West Des Moines [50266].',
    'Slide 14 · Projection trend 8.5%; IBNR reserve $611,400; census file PVF_census_[20425].xlsx',
  ].join('\n'),
});

// ── 18. Renewal deck, top procedures slide table ──
const topProcs = table({
  id: 's49-topprocs',
  kind: 's49-renewal-top-procedures-slide-rows',
  caption: 'Slide 8 — Top 8 Procedures by Allowed — 10/2024–09/2025 (professional and outpatient facility)',
  headers: ['Rank', 'Code', 'Description', 'Services', 'Allowed', 'Allowed/Service', 'vs. Medicare'],
  rows: [
    ['1', '{22633}', 'Lumbar fusion, combined technique', '3', '$148,210', '$49,403', '312%'],
    ['2', '{27447}', 'Total knee arthroplasty', '5', '$139,880', '$27,976', '285%'],
    ['3', '{64712}', 'Neuroplasty, sciatic nerve', '2', '$44,216', '$22,108', '341%'],
    ['4', '{45380}', 'Colonoscopy with biopsy', '38', '$71,402', '$1,879', '228%'],
    ['5', '{70553}', 'MRI brain w/o & w/ contrast', '21', '$54,117', '$2,577', '264%'],
    ['6', '{64714}', 'Neuroplasty, lumbar plexus', '1', '$38,604', '$38,604', '355%'],
    ['7', '{64635}', 'RFA lumbar facet, single level', '14', '$33,950', '$2,425', '219%'],
    ['8', '{99214}', 'Office visit, established, moderate', '1,062', '$176,213', '$166', '176%'],
  ],
});

// ── 19. Renewal census (employee rows, no names), table ──
const census = table({
  id: 's49-census',
  kind: 's49-renewal-census-rows',
  caption: 'Census — Prairie Valley Foods — as of 10/01/2025 — for stop-loss quoting (no PHI)',
  headers: ['Emp ID', 'Birth Yr', 'Sex', 'Home ZIP', 'Tier', 'Plan', 'Class', 'Status'],
  rows: [
    ['[18335]', '1967', 'M', '[50021]', 'EE+SP', 'PPO 1500', 'Hourly', 'A'],
    ['[18342]', '1991', 'F', '[50023]', 'FAM', 'HDHP 3300', 'Salary', 'A'],
    ['[18351]', '1984', 'M', '[50131]', 'EE', 'HDHP 3300', 'Hourly', 'A'],
    ['[18367]', '1972', 'F', '[50010]', 'EE+CH', 'PPO 1500', 'Hourly', 'A'],
    ['[18379]', '1958', 'M', '[50111]', 'EE+SP', 'PPO 1500', 'Salary', 'C'],
    ['[18390]', '1999', 'F', '[50263]', 'EE', 'HDHP 3300', 'Hourly', 'A'],
    ['[18404]', '1963', 'M', '[52402]', 'EE+SP', 'PPO 1500', 'Sales (remote)', 'A'],
  ],
});

// ── 20. Wellness vendor quarterly report, text layer ──
const wellness = lines({
  id: 's49-wellness',
  kind: 's49-wellness-vendor-quarterly-report-text',
  before: 'Thrive@Work Wellness — Q3 2025 Employer Report — Prairie Valley Foods (client 80145)',
  text: [
    'Eligible employees and spouses: 623 · registered: 441 (70.8%) · completed biometric screening: 318',
    'Onsite screenings 07/15–07/17 at Ankeny plant, 1200 SE Delaware Ave, Ankeny, IA [50021].',
    'Screenings billed to the plan as preventive: lipid panel {80061}, glucose {82947}, HbA1c {83036}, venipuncture {36415}.',
    'Annual preventive visits ({99396}/{99397}) completed by 58% of participants vs. 41% of non-participants.',
    'Health coaching: 1,212 sessions; tobacco cessation counselling billed as {99406} for 14 members.',
    'Diabetes prevention: 22 enrolled, average loss 4.9%. Incentive credits paid: $48,600 (payroll code [30111]).',
    'Q4: flu clinics 10/08 and 10/15; vendor portal login support (866) 555-0131, program code [27216].',
  ].join('\n'),
});

// ── 21. Care navigation vendor steerage report, table ──
const navigation = table({
  id: 's49-nav',
  kind: 's49-care-navigation-steerage-rows',
  caption: 'Guided Care Navigation — Q3 2025 — Cases steered to preferred providers — client [80145]-PVF',
  headers: ['Service', 'CPT', 'Cases', 'Steered', 'Avg Allowed Before', 'Avg Allowed After', 'Est. Savings'],
  rows: [
    ['MRI lumbar spine w/o contrast', '{72148}', '19', '15', '$1,842', '$498', '$20,160'],
    ['MRI knee w/o contrast', '{73721}', '12', '10', '$1,766', '$476', '$12,900'],
    ['Screening colonoscopy', '{45378}', '24', '17', '$2,410', '$1,205', '$20,485'],
    ['Sciatic nerve block', '{64445}', '6', '4', '$1,120', '$412', '$2,832'],
    ['Lumbar RFA, first level', '{64635}', '5', '3', '$3,402', '$1,890', '$4,536'],
    ['Carpal tunnel release', '{64721}', '4', '4', '$4,906', '$2,118', '$11,152'],
    ['Navigator case ids (sample)', 'NV-[60337]', 'NV-[60340]', 'NV-[60354]', '', '', ''],
  ],
});

// ── 22. Centers of excellence bundled case rates (plan exhibit), table ──
const coe = table({
  id: 's49-coe',
  kind: 's49-centers-of-excellence-bundle-rates-rows',
  caption: 'Exhibit C — Centers of Excellence Bundled Case Rates (facility, surgeon, anesthesia, 90-day global)',
  headers: ['Bundle', 'Anchor CPT', 'Included codes', 'Bundle rate', 'Facility', 'Agreement', 'Member cost'],
  rows: [
    [
      'Total knee replacement',
      '{27447}',
      '{01402}, {64447}',
      '$28,500',
      'Carver Ortho Institute, Omaha NE [68130]',
      'COE-[44611]',
      '$0',
    ],
    [
      'Total hip replacement',
      '{27130}',
      '{01214}',
      '$29,900',
      'Carver Ortho Institute, Omaha NE [68130]',
      'COE-[44611]',
      '$0',
    ],
    [
      'Lumbar fusion, 1 level',
      '{22633}',
      '{22840}, {63047}',
      '$58,000',
      'Midwest Spine Center, Cedar Rapids IA [52402]',
      'COE-[22817]',
      '$0',
    ],
    [
      'Peripheral nerve decompression, leg',
      '{64712}',
      '{64445}, {01250}',
      '$14,750',
      'Midwest Spine Center, Cedar Rapids IA [52402]',
      'COE-[22817]',
      '$250',
    ],
    [
      'Sleeve gastrectomy',
      '{43775}',
      '{00797}',
      '$19,200',
      'Heartland Bariatrics, Des Moines IA [50314]',
      'COE-[71233]',
      '$0',
    ],
  ],
});

// ── 23. Benefits-admin portal, my claims history, table ──
const portal = table({
  id: 's49-portal',
  kind: 's49-benefits-portal-claims-history-rows',
  caption: 'MyBenefits Hub — My Claims — Dana Kessler (you) — Employee Health Plan (self-funded), Group [40218]',
  headers: ['Claim #', 'Date of service', 'Provider', 'Service', 'Billed', 'Plan paid', 'You owe', 'Status'],
  rows: [
    [
      'E2529400952',
      '09/29/2025',
      'Iowa Clinic Neurology',
      'Chemodenervation, facial nerve ({64612})',
      '$1,140.00',
      '$284.66',
      '$71.16',
      'Processed',
    ],
    [
      'E2529400953',
      '09/29/2025',
      'Iowa Clinic Neurology',
      'Drug: onabotulinumtoxinA (J0585)',
      '$1,960.00',
      '$950.00',
      '$237.50',
      'Processed',
    ],
    [
      'E2526000481',
      '09/08/2025',
      'The Iowa Clinic',
      'Office visit ({99214})',
      '$315.00',
      '$0.00',
      '$118.42',
      'Deductible',
    ],
    [
      'E2523301772',
      '08/14/2025',
      'Quest Diagnostics, West Des Moines [50266]',
      'Lab: metabolic panel ({80053})',
      '$96.00',
      '$18.20',
      '$4.55',
      'Processed',
    ],
    [
      'E2530100611',
      '10/09/2025',
      'UnityPoint Clinic Pharmacy',
      'Order #[81107]',
      '$42.18',
      '$0.00',
      '$42.18',
      'Not covered',
    ],
  ],
});

// ── 24. Portal cost estimator search result, key-value panel ──
const estimator = table({
  id: 's49-estimator',
  kind: 's49-benefits-portal-cost-estimator-panel',
  caption: 'MyBenefits Hub — Cost Estimator — search: "sciatic nerve block" near [50021] (25 miles)',
  headers: ['Field', 'Value'],
  rows: [
    ['Procedure', 'Injection, sciatic nerve, single (CPT® {64445})'],
    ['Related services often billed', 'Ultrasound guidance {76942}; office visit {99204}'],
    ['Lowest-cost provider', 'Des Moines Pain Institute, Clive IA [50325] — est. $412'],
    ['Highest-cost provider', 'Iowa Methodist Medical Center, Des Moines IA [50309] — est. $1,486'],
    ['Your deductible remaining', '$1,118.40 of $1,500.00'],
    ['Precertification', 'Not required for the first 3 per plan year'],
    ['Estimate reference', 'EST-[75205]-PVF'],
  ],
});

// ── 25. Member ID card, front and back, text ──
const idCard = lines({
  id: 's49-idcard',
  kind: 's49-member-id-card-text',
  before: 'Digital ID card — front',
  text: [
    'Prairie Valley Foods, Inc. Employee Health Plan — PPO 1500 · Administered by Keystone Benefit Administrators',
    'Member: DANA KESSLER   Member ID: PVF0045530 01   Group No.: [40218]   Plan code: [30150]',
    'Network: Wellmark BlueCard PPO (out of state)   Copays: PCP $25 · Specialist $50 · ER $250 after ded.',
    'Rx BIN 610014  PCN 9999  RxGRP PVF25  (Express Scripts)   Effective 01/01/2025',
    '— back —',
    'Precertification required for inpatient, outpatient surgery and nerve procedures: Aim (800) 555-0166.',
    'Providers: submit claims to Keystone Benefit Administrators, PO Box [64632], Des Moines, IA [50306]-4632',
    'EDI payer ID [42137]   Claims status (800) 555-0145   Self-funded plan; Keystone does not insure benefits.',
  ].join('\n'),
});

// ── 26. TPA explanation of benefits (member), text layer ──
const eob = lines({
  id: 's49-eob',
  kind: 's49-tpa-member-eob-text',
  before: 'EXPLANATION OF BENEFITS — THIS IS NOT A BILL — Keystone Benefit Administrators',
  text: [
    'Member: RICHARD AKERS-VOLL   ID PVF0038804 01   Group [40218]   Statement date 10/21/2025   Page 1 of 1',
    'Patient: Richard (self)   Claim E2530100219   Provider: UnityPoint Foot & Ankle, Ankeny IA [50023]',
    '10/06/25  Neurolytic injection, plantar digital nerve   {64632}   Billed 860.00   Allowed 214.60   Paid 171.68   You owe 42.92',
    '10/06/25  Office visit, established                    {99213}   Billed 245.00   Allowed 92.31    Paid 73.85    You owe 18.46',
    'Remark N1: 2nd of up to 7 neurolytic injections this plan year; {64455} was used for your earlier injection.',
    'Deductible met: $1,500.00 of $1,500.00   Out-of-pocket met: $2,318.44 of $4,000.00',
    'Appeals: write within 180 days to Appeals Unit, PO Box [64612], Des Moines, IA [50306]; call (800) 555-0145.',
  ].join('\n'),
});

// ── 27. TPA pended-claims worklist (examiner screen), table ──
const pended = table({
  id: 's49-pended',
  kind: 's49-tpa-pended-claims-worklist-rows',
  caption: 'Pend Worklist — Examiner team 3 — Group [40218] — 14 claims pended > 10 days',
  headers: ['Claim', 'Recv', 'Patient', 'Proc', 'Charge', 'Pend', 'Pend reason', 'Assigned'],
  rows: [
    [
      'E2528800712',
      '10/15',
      'PVF0041872-01',
      '{64712}',
      '18,200.00',
      'P41',
      'Stop-loss notice > 50% spec; route to LCM-[60289]',
      'RAkers',
    ],
    [
      'E2528900133',
      '10/16',
      'PVF0043019-02',
      '{64483}',
      '2,450.00',
      'P12',
      'Precert not found — call Aim, ref. requested',
      'TNguyen',
    ],
    [
      'E2529000608',
      '10/17',
      'PVF0039215-02',
      '{64635}',
      '3,980.00',
      'P07',
      'Frequency: 2nd RFA same side < 6 mo',
      'TNguyen',
    ],
    [
      'E2529100921',
      '10/18',
      'PVF0040016-03',
      '{99285}',
      '3,212.00',
      'P22',
      'Accident questionnaire sent, subro case [20472]',
      'MOrtiz',
    ],
    [
      'E2529200045',
      '10/18',
      'PVF0045530-01',
      'J0585',
      '1,960.00',
      'P30',
      'NDC [00023]-1145-01 missing units; request corrected claim',
      'MOrtiz',
    ],
    [
      'E2529300317',
      '10/19',
      'PVF0038804-01',
      '{64632}',
      '860.00',
      'P07',
      'Frequency: 3rd injection this year',
      'RAkers',
    ],
  ],
});

// ── 28. Subrogation / accident questionnaire cover, text ──
const subro = lines({
  id: 's49-subro',
  kind: 's49-subrogation-accident-questionnaire-text',
  before: 'Keystone Benefit Administrators — Subrogation & Recovery Unit — Accident/Injury Questionnaire',
  text: [
    'Subrogation case: [20472]   Group: [40218]   Claimant: Jordan Pell (dependent, age 17)',
    'We received claims with diagnosis codes that suggest an accident (S32.10XA, V43.52XA). Claims pended:',
    '  10/02/2025  MercyOne Des Moines Medical Center   {99285}, {72131}, {72128}   charges $6,884.00',
    '  10/09/2025  Capital Orthopaedics                {99204}, {20552}          charges $512.00',
    'Was the injury related to a motor vehicle accident? Auto insurer / policy: ________  Claim no.: ________',
    'Return within 30 days to PO Box [64445], Des Moines, IA [50306] or fax (515) 555-0177; file no. [31866].',
  ].join('\n'),
});

// ── 29. ERISA appeal decision (adverse benefit determination upheld), letter prose ──
const appeal = lines({
  id: 's49-appeal',
  kind: 's49-erisa-appeal-decision-letter-text',
  before: 'Prairie Valley Foods, Inc. Employee Health Plan — Final Internal Appeal Decision',
  text: [
    'Claimant: Marisol Vance   Member ID PVF0043019 02   Appeal no. [40146]   Received 09/12/2025',
    'You appealed the denial of claim E2524100506 for radiofrequency ablation of the lumbar facet nerves',
    '(procedure codes {64635} and {64636}) performed 08/21/2025 by Des Moines Pain Institute, Clive, IA [50325].',
    'Plan provision: SPD Section 6, page 31, requires two diagnostic medial branch blocks ({64493}) with at',
    'least 80% relief before {64635} is covered. The record shows one block on 07/10/2025 with 60% relief.',
    'Decision: the denial is upheld. Reviewer: board-certified anesthesiologist, external IRO case [88730].',
    'You may request external review within 4 months. Contact: Benefits Committee, Ankeny, IA [50021].',
  ].join('\n'),
});

// ── 30. UM vendor precertification determination letter, text ──
const umLetter = lines({
  id: 's49-umletter',
  kind: 's49-um-vendor-precert-determination-text',
  before: 'Aim Medical Review (for Prairie Valley Foods EHP) — Notice of Precertification Determination',
  text: [
    'Reference: [64632]-R   Date: 10/24/2025   Member: Dana Kessler, PVF0045530 01',
    'Requested: neurolytic destruction, plantar common digital nerve, left (CPT {64632}) x 3 sessions',
    'Requesting provider: UnityPoint Foot & Ankle, 3200 N Ankeny Blvd, Ankeny, IA [50023]',
    'Determination: APPROVED for 2 sessions, 10/27/2025–01/27/2026. A third session needs new review.',
    'Not approved: ultrasound guidance ({76942}) billed with each session; it is included per plan policy.',
    'Also on file: chemodenervation {64612} approved through 03/31/2026 (ref. [10216]-R).',
  ].join('\n'),
});

// ── 31. Claims audit findings (employer-hired auditor), table ──
const audit = table({
  id: 's49-audit',
  kind: 's49-claims-audit-findings-rows',
  caption: 'Claims Audit — stratified random sample, paid 01/01–06/30/2025 — Findings Detail — Audit no. [90200]',
  headers: ['Sample #', 'TPA Claim', 'Proc', 'Paid', 'Finding', 'Type', 'Over/(Under)'],
  rows: [
    ['014', 'E2506200317', '{64445}', '230.52', 'Paid above plan limit of 3 blocks per year', 'Admin', '230.52'],
    [
      '027',
      'E2508801412',
      '{64636}',
      '321.74',
      'Add-on code paid without primary {64635} on the claim',
      'Coding',
      '321.74',
    ],
    ['041', 'E2510300906', '{64714}', '[18402].55', 'Precert on file; correct', '—', '0.00'],
    ['058', 'E2512100058', '{99215}', '141.20', 'Duplicate of E2512100051', 'Duplicate', '141.20'],
    ['063', 'E2513900730', '{20610}', '58.44', 'COB: Medicare primary not applied', 'COB', '58.44'],
    [
      '077',
      'E2516000214',
      '{64612}',
      '[64612].00',
      'Amount keyed as procedure code; should be 284.66',
      'Keying',
      '[64327].34',
    ],
  ],
});

// ── 32. FSA / HRA substantiation request with itemized receipt lines, table ──
const fsa = table({
  id: 's49-fsa',
  kind: 's49-fsa-substantiation-receipt-rows',
  caption: 'Flexible Spending Account — Substantiation Required — card swipe 10/09/2025 $312.46 — request [60501]',
  headers: ['Date', 'Provider', 'Description on receipt', 'Code', 'Amount', 'Eligible?'],
  rows: [
    [
      '10/09/2025',
      'Ankeny Family Chiropractic, [50023]',
      'Spinal manipulation, 3-4 regions',
      '{98941}',
      '$68.00',
      'Yes',
    ],
    ['10/09/2025', 'Ankeny Family Chiropractic, [50023]', 'Therapeutic exercise, 15 min', '{97110}', '$52.00', 'Yes'],
    [
      '10/09/2025',
      'Ankeny Family Chiropractic, [50023]',
      'Massage therapy, 15 min',
      '{97124}',
      '$45.00',
      'Letter of medical necessity needed',
    ],
    ['10/09/2025', 'Ankeny Family Chiropractic, [50023]', 'Lumbar support brace', 'L0650', '$147.46', 'Yes'],
    ['', 'Submit receipts to: FlexPoint Claims, PO Box [50139]', '', '', '', ''],
  ],
});

// ── 33. TPA weekly claims funding request (email/PDF to the employer's finance team), text ──
const funding = lines({
  id: 's49-funding',
  kind: 's49-tpa-claims-funding-request-text',
  before: 'Keystone Benefit Administrators — Claims Funding Request — Prairie Valley Foods EHP',
  text: [
    'Funding request no. FR-[20448]   Week ending 10/17/2025   Prepared 10/17/2025 16:05',
    'Paper checks issued: check nos. [58412] through [58433] (21 issued, 1 void)   $52,118.40',
    'EFT/ACH provider payments: 37 payees, ACH batch [71904]   $118,406.22',
    'Total claims funding requested: $170,524.62   Prior-week balance carried: [10940].18',
    'Less stop-loss reimbursement received for carrier ref. SL25-[64712]: ($17,806.41)',
    'Wire to Keystone claims trust account ****4471, First Citizens Bank, Mason City, IA [50401]',
    'Please fund by 10/20/2025 2:00 pm CT. Questions: Plan Accounting, (515) 555-0150 ext. [21736]',
    'Large items this week: claim E2530100611 pended; Nebraska Medicine check [64714] ($12,406.18) released.',
  ].join('\n'),
});

// ── 34. Benefits-admin portal, employee enrollment record (HR view), key-value panel ──
const enrollment = table({
  id: 's49-enroll',
  kind: 's49-benefits-admin-enrollment-record-panel',
  caption: 'BenAdmin Console — Employee Record — Kessler, Dana — Coverage effective 01/01/2025',
  headers: ['Field', 'Value'],
  rows: [
    ['Employee ID', '[40873]'],
    ['Home address', '1418 NW Prairie Ridge Dr, Ankeny, IA [50023]'],
    ['Work location', 'Ankeny Plant (location code [83112])'],
    ['Medical plan', 'PPO 1500 — Employee + Spouse — plan code [30150]'],
    ['Carrier / TPA member ID', 'PVF0045530 01 (Keystone); stop-loss group [40218]'],
    ['Spouse', 'Kessler, Tom — DOB 1979 — SSN ***-**-4412'],
    ['Payroll deduction (biweekly)', '$142.30 pre-tax, deduction code MED1'],
    ['HSA / FSA', 'FSA election $2,850; FlexPoint account [46209]'],
    ['Life event pending', 'None. Last change 11/14/2024, confirmation no. [92551]'],
    ['EDI 834 status', 'Sent to Keystone 12/02/2024, file [72204], accepted'],
  ],
});

export const sealed49: Snippet[] = [
  ...claimDetail,
  ...checkRegister,
  ...hcc,
  ...largeClaim,
  ...specRequest,
  ...specListing,
  ...aggAccum,
  ...laser,
  ...disclosure,
  ...planAppendix,
  ...spd,
  ...rbpPro,
  ...rbpFac,
  ...rbpLetter,
  ...lag,
  ...paidSummary,
  ...renewalDeck,
  ...topProcs,
  ...census,
  ...wellness,
  ...navigation,
  ...coe,
  ...portal,
  ...estimator,
  ...idCard,
  ...eob,
  ...pended,
  ...subro,
  ...appeal,
  ...umLetter,
  ...audit,
  ...fsa,
  ...funding,
  ...enrollment,
];
