import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 39 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s39-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * guarantor and payer ZIPs, statement, estimate, placement and refund numbers, transaction and adjustment codes,
 * chargemaster numbers, payer IDs, letter codes, FPL income thresholds and amounts printed without a thousands comma.
 * The five known codes' digits come back as decoys: a remittance PO box, a collection-agency client code, a lockbox
 * number, a payment-posting batch number and a billing-office PO box written on a check stub.
 *
 * Family: patient financial services and collections around nerve procedures: the paper patient statement and the
 * portal visit detail, online bill pay confirmation, payment plan agreement, No Surprises Act good faith estimate
 * (header and itemized lines), payer-aware cost estimator result, hospital price transparency standard-charge rows,
 * self-pay discount schedule and cash-pay package sheet, financial assistance application, FPL threshold table,
 * determination letter and presumptive-charity vendor file, collection agency placement file, agency portal detail,
 * Reg F validation notice and recall/return file, credit balance worklist and refund request, bad-debt write-off
 * report, guarantor ledgers (transaction-code grid and a green-screen inquiry mixing CPT and transaction codes),
 * lockbox transmission records and payment posting batch, card settlement report, customer-service call note, portal
 * billing chat, itemized-bill request, hospital itemized statement, patient dispute letter, estimate-variance report,
 * statement (dunning) history, financial clearance note and insurance-to-self-pay transfer worklist.
 * Built on real public layouts: the CMS Good Faith Estimate template (Patient Identification Number, Service Code
 * Type, Service Code, Expected Cost, the $400 dispute threshold), the CMS hospital price transparency CSV template
 * v2 (description, code|1, code|1|type, setting, standard_charge|gross, standard_charge|discounted_cash,
 * payer-specific negotiated_dollar), the 2025 HHS poverty guidelines, IRS 501(r) FAP/AGB/plain-language-summary
 * terms, the CFPB Regulation F model validation notice, UB-04 revenue codes on itemized statements, CARC/RARC group
 * codes on transfer worklists, and standard bank lockbox record types (1, 5, 6, 4, 7, 8, 9). The others are written
 * the way those pages read, with no single source.
 *
 * 344 labelled tokens over 35 shapes: 146 codes, 198 decoys, 64 of the decoys in KNOWN_10K.
 */

// ── 1. Paper patient statement, PDF text layer ──
const paperStmt = lines({
  id: 's39-paperstmt',
  kind: 's39-paper-patient-statement-text',
  before: 'RIVERBEND HEALTH — PATIENT STATEMENT — Please detach and return the top portion with your payment',
  text: [
    'Statement date 11/04/2025   Guarantor account 40083317   Statement no. [30373]   Amount due $412.65',
    'Make checks payable to: Riverbend Health, PO Box [64445], Cincinnati OH [45264]-4450',
    'MARISOL VEGA   1186 FENWICK AVE   COLUMBUS OH [43224]-2217',
    'Date      Description                                    Code      Charges    Ins/Adj   Your portion',
    '10/06/25  OFFICE/OUTPATIENT VISIT NEW LEVEL 3            {99203}     248.00     208.00      40.00',
    '10/14/25  INJ ANES/STEROID SCIATIC NERVE                 {64445}    1180.00     943.11     236.89',
    '10/14/25  US GUIDANCE FOR NEEDLE PLACEMENT               {76942}     412.00     341.24      70.76',
    '10/28/25  CHEMODENERVATION FACIAL NERVE UNILATERAL       {64612}     890.00     825.00      65.00',
    'Insurance billed: Anthem Blue Cross Blue Shield — member ID XOH884213607 — group [10282]',
    'Pay online at riverbendhealth.org/pay with Quick Pay code [52706] or call (614) 555-0148.',
    'Financial assistance is available. Ask for an application or visit riverbendhealth.org/fap.',
  ].join('\n'),
});

// ── 2. Patient portal, billing account visit detail, table ──
const portalVisit = table({
  id: 's39-portalvisit',
  kind: 's39-portal-billing-visit-detail',
  caption:
    'Billing Account Summary › Hospital Services › Visit on 10/14/2025 — Riverbend Pain Center — Account 40083317',
  headers: ['Service', 'Code', 'Amount', 'Insurance paid', 'Adjustments', 'Patient payments', 'You owe'],
  rows: [
    ['Nerve block, sciatic', '{64445}', '$1,180.00', '$696.50', '$246.61', '$0.00', '$236.89'],
    ['Ultrasound guidance for needle', '{76942}', '$412.00', '$251.80', '$89.44', '$0.00', '$70.76'],
    ['Triamcinolone acetonide, 10 mg', 'J3301', '$38.00', '$26.20', '$11.80', '$0.00', '$0.00'],
    ['Venipuncture', '{36415}', '$22.00', '$9.00', '$13.00', '$0.00', '$0.00'],
    ['Insurance claim #[71475] processed 10/29/2025', '', '', '', '', '', ''],
    ['Online payment 11/08/2025 — confirmation [33148]', '', '', '', '', '-$150.00', '-$150.00'],
  ],
});

// ── 3. Online bill pay confirmation, key-value panel ──
const billPay = table({
  id: 's39-billpay',
  kind: 's39-online-bill-pay-confirmation-panel',
  caption: 'Payment Confirmation — Riverbend Health Online Bill Pay — Thank you for your payment',
  headers: ['Field', 'Value'],
  rows: [
    ['Confirmation number', 'RBH-[98674]-K'],
    ['Guarantor account', '40083317'],
    ['Quick Pay code', '[52706]'],
    ['Applied to', 'Statement no. [30373] (oldest balance first)'],
    ['Amount paid', '$150.00'],
    ['Payment method', 'Visa ending 4417'],
    ['Billing ZIP code', '[43224]'],
    ['Processor batch', '[10148]'],
    ['Remaining balance', '$262.65 — next statement 12/04/2025'],
  ],
});

// ── 4. Payment plan agreement, signed PDF text layer ──
const planAgreement = lines({
  id: 's39-plan',
  kind: 's39-payment-plan-agreement-text',
  before: 'PAYMENT PLAN AGREEMENT — Riverbend Health Patient Financial Services',
  text: [
    'Plan no. PP-[10207]   Guarantor: Marisol Vega   Account 40083317   Plan start 12/15/2025',
    'Balance included in plan: $262.65 (hospital visit 10/14/2025, nerve block {64445} with guidance {76942}; professional 10/28/2025, {64612})',
    'Terms: 3 monthly payments of $87.55, drafted on the 15th from checking ending 2210; no interest, no fees.',
    'If two payments in a row are missed, the plan ends and the balance may be referred to Buckeye Recovery Services (agency [30349]).',
    'Questions: Patient Financial Services, 3600 Olentangy River Rd, Columbus OH [43214], (614) 555-0148 ext. [21517]',
    'Signed electronically 12/02/2025 14:22 by the guarantor; document ID [44367].',
  ].join('\n'),
});

// ── 5. Good faith estimate (CMS template), header section, text ──
const gfeHeader = lines({
  id: 's39-gfehead',
  kind: 's39-good-faith-estimate-header-text',
  before: 'Good Faith Estimate for Health Care Items and Services — Tri-County Medical Center',
  text: [
    'Patient Name: Darnell Brooks   Patient Date of Birth: 03/22/1979',
    'Patient Identification Number: [45604]   Patient Mailing Address: 5520 Glenway Ave, Cincinnati, OH [45238]',
    "Phone Number: (513) 555-0172   Email Address: dbrooks@example.com   Patient's Contact Preference: Email",
    'Primary Service or Item Requested/Scheduled: Open neurolysis, sciatic nerve — Service Code Type: CPT — Service Code: {64712}',
    'Patient Diagnosis: G57.02 Lesion of sciatic nerve, left lower limb — Diagnosis Code Type: ICD-10-CM',
    'Date of Good Faith Estimate: 11/03/2025   Scheduled Date of Service: 12/09/2025   GFE no. [45009]',
    'Total Estimated Cost: $14,462.00. If you are billed $400 or more above this estimate, you can dispute the bill.',
  ].join('\n'),
});

// ── 6. Good faith estimate, itemized provider lines, table ──
const gfeLines = table({
  id: 's39-gfelines',
  kind: 's39-good-faith-estimate-line-items',
  caption: 'Good Faith Estimate — Itemized list — Darnell Brooks — GFE no. [45009]',
  headers: [
    'Provider/Facility Name',
    'Service/Item',
    'Address where service/item will be provided',
    'Diagnosis Code',
    'Service Code',
    'Quantity',
    'Expected Cost',
  ],
  rows: [
    [
      'Tri-County Medical Center',
      'Outpatient surgery, OR time 60 min',
      '[10500] Montgomery Rd, Cincinnati OH [45242]',
      'G57.02',
      '{64712}',
      '1',
      '$9,640.00',
    ],
    [
      'Queen City Neurosurgery',
      'Surgeon — open neurolysis, sciatic nerve',
      '[10500] Montgomery Rd, Cincinnati OH [45242]',
      'G57.02',
      '{64712}',
      '1',
      '$2,310.00',
    ],
    ['Queen City Neurosurgery', 'Assistant surgeon', 'Same as above', 'G57.02', '{64712}-80', '1', '$462.00'],
    [
      'Anesthesia Partners of Ohio',
      'Anesthesia, nerves of upper leg',
      'Same as above',
      'G57.02',
      '{01250}',
      '8 units',
      '$1,280.00',
    ],
    [
      'Anesthesia Partners of Ohio',
      'Post-op pain block, sciatic, single injection',
      '[10500] Montgomery Rd, Cincinnati OH [45242]',
      'G57.02',
      '{64445}',
      '1',
      '$610.00',
    ],
    [
      'Tri-County Medical Center',
      'Pre-op labs: CBC, basic metabolic panel',
      '4777 E Galbraith Rd, Cincinnati OH [45236]',
      'Z01.818',
      '{85025}, {80048}',
      '1 each',
      '$96.00',
    ],
    [
      'Tri-County Medical Center',
      'Pre-op ECG',
      '4777 E Galbraith Rd, Cincinnati OH [45236]',
      'Z01.810',
      '{93000}',
      '1',
      '$64.00',
    ],
  ],
});

// ── 7. Payer-aware cost estimator result page, text ──
const estimator = lines({
  id: 's39-estimator',
  kind: 's39-cost-estimator-result-text',
  before: 'Patient Cost Estimator — North Texas Regional Health — Your estimate',
  text: [
    'Service: Injection, sciatic nerve (CPT® {64445}) with ultrasound guidance',
    'Where: NTRH Pain & Spine Center, 8220 Walnut Hill Ln, Dallas TX [75231]',
    'Insurance: BlueCross BlueShield of Texas — Blue Choice PPO — member ID ending 7731',
    'Estimated total cost $1,742.00   Your plan pays $1,306.50   Your estimated cost $435.50',
    'This estimate includes the physician fee ({64445}, {76942}), the facility fee and medication. It does not include anesthesia or follow-up visits ({99213}).',
    'Deductible met: $850.00 of $2,000.00   Out-of-pocket met: $1,210.00 of $6,000.00',
    'Estimate ID [75321]   Created 11/06/2025 09:41   Valid for 30 days',
    'Not what you need? Search another service near ZIP [75205] within 25 miles.',
    'Related searches: facet joint nerve block ({64493}), genicular nerve ablation ({64624}), sciatic neurolysis ({64712})',
  ].join('\n'),
});

// ── 8. Hospital price transparency standard charges (CMS CSV template v2), table ──
const mrf = table({
  id: 's39-mrf',
  kind: 's39-price-transparency-standard-charge-rows',
  caption:
    'North Texas Regional Health — 75-1837029_north-texas-regional-health_standardcharges.csv — last updated 07/01/2025',
  headers: [
    'description',
    'code|1',
    'code|1|type',
    'code|2',
    'code|2|type',
    'setting',
    'standard_charge|gross',
    'standard_charge|discounted_cash',
    'standard_charge|Aetna|Choice POS II|negotiated_dollar',
  ],
  rows: [
    ['INJ ANES SCIATIC NERVE', '{64445}', 'CPT', '0361', 'RC', 'outpatient', '1180.00', '472.00', '612.44'],
    ['NEUROLYSIS SCIATIC NERVE OPEN', '{64712}', 'CPT', '0360', 'RC', 'outpatient', '[18240].00', '7296.00', '7836.10'],
    ['DECOMP LUMBAR PLEXUS OPEN', '{64714}', 'CPT', '0360', 'RC', 'both', '[21370].00', '8548.00', '9915.60'],
    ['NEUROLYSIS FACIAL NERVE CHEM UNI', '{64612}', 'CPT', '0761', 'RC', 'outpatient', '890.00', '356.00', '471.25'],
    [
      'DESTR NEUROLYTIC PLANTAR DIG NRV',
      '[30308]',
      'CDM',
      '{64632}',
      'CPT',
      'outpatient',
      '1146.00',
      '458.40',
      '588.90',
    ],
    ['US GUIDE NEEDLE PLACEMENT', '{76942}', 'CPT', '0402', 'RC', 'outpatient', '412.00', '164.80', '198.35'],
    ['OR TIME 1ST 30 MIN LVL 3', '[36773]', 'CDM', '0360', 'RC', 'both', '4820.00', '1928.00', ''],
  ],
});

// ── 9. Self-pay discount schedule, table ──
const selfPay = table({
  id: 's39-selfpay',
  kind: 's39-self-pay-discount-schedule',
  caption:
    'Self-Pay Discount Schedule — uninsured patients — effective 01/01/2025 — North Texas Regional Health (policy PFS-114)',
  headers: ['CPT/HCPCS', 'Service', 'Gross charge', 'Self-pay rate (60% off)', 'Prompt-pay rate (extra 10% off)'],
  rows: [
    ['{99203}', 'New patient office visit, level 3', '$248.00', '$99.20', '$89.28'],
    ['{99213}', 'Established patient office visit, level 3', '$196.00', '$78.40', '$70.56'],
    ['{99283}', 'Emergency department visit, moderate', '$1,496.00', '$598.40', '$538.56'],
    ['{72148}', 'MRI lumbar spine without contrast', '$3,210.00', '$1,284.00', '$1,155.60'],
    ['{64445}', 'Sciatic nerve block, single injection', '$1,180.00', '$472.00', '$424.80'],
    ['{64632}', 'Neurolytic destruction, plantar common digital nerve', '$1,146.00', '$458.40', '$412.56'],
    ['{64714}', 'Open lumbar plexus decompression (facility)', '$21,370.00', '$8,548.00', '$7,693.20'],
    ['{27447}', 'Total knee arthroplasty (facility, 1-day stay)', '$48,900.00', '$19,560.00', '$17,604.00'],
    ['', 'For services over $10,000 ask for a package price: (214) 555-0188 ext. [40286]', '', '', ''],
  ],
});

// ── 10. Financial assistance application, scanned form text layer ──
const faApp = lines({
  id: 's39-faapp',
  kind: 's39-financial-assistance-application-text',
  before: 'APPLICATION FOR FINANCIAL ASSISTANCE — Saint Brendan Health System — St. Louis, Missouri',
  text: [
    'Section 1 — Applicant: Teresa Ochoa   DOB 07/09/1986   Hospital account number(s): 77120934, 77121488',
    'Address: 4117 Gravois Ave, St. Louis, MO [63116]   Phone (314) 555-0135',
    'Section 2 — Household size (you, spouse, dependents under 18): 4',
    'Section 3 — Monthly gross income: applicant $2,640; spouse $1,180. Annual household income: $[45840]',
    'Other resources: checking $312, savings $0. Receiving SNAP: Yes (case no. [63144]-B)',
    'Section 4 — Bills you need help with: ER visit 08/30/2025, MRI, nerve block 09/18/2025 (statement shows {99284}, {72148}, {64445})',
    'Employer: Gateway Distribution Co., 2100 N Broadway, St. Louis MO [63102]',
    'For office use only — Received 10/02/2025   FAP app no. [63148]   Screener KJ   Docs: 2 pay stubs, SNAP letter',
  ].join('\n'),
});

// ── 11. FAP eligibility thresholds by household size, system table ──
const fplTable = table({
  id: 's39-fpl',
  kind: 's39-fap-fpl-threshold-table',
  caption:
    'FAP eligibility thresholds — system table FAPFPL2025 — annual household income, 2025 HHS poverty guidelines',
  headers: ['HH size', '100% FPL', '200% FPL (full discount)', '250% FPL (75% discount)', '400% FPL (AGB cap)'],
  rows: [
    ['1', '[15650]', '[31300]', '[39125]', '[62600]'],
    ['2', '[21150]', '[42300]', '[52875]', '[84600]'],
    ['3', '[26650]', '[53300]', '[66625]', '106600'],
    ['4', '[32150]', '[64300]', '[80375]', '128600'],
    ['Each additional', '5500', '[11000]', '[13750]', '[22000]'],
  ],
});

// ── 12. Financial assistance determination letter, text ──
const faLetter = lines({
  id: 's39-faletter',
  kind: 's39-financial-assistance-determination-letter',
  before: 'Saint Brendan Health System — Financial Assistance Determination',
  text: [
    'October 21, 2025',
    'Teresa Ochoa, 4117 Gravois Ave, St. Louis, MO [63116]',
    'Re: Financial assistance application no. [63148] — Approved, 100% discount',
    'Your household of 4 reported annual income of $45,840, which is 143% of the Federal Poverty Guidelines.',
    'The discount applies to the services on accounts 77120934 and 77121488, including the emergency visit ({99284}), the MRI of your lower back ({72148}) and the sciatic nerve block {64445} on 09/18/2025.',
    'Bills from independent physicians, such as Gateway Radiology Associates for the reading of the MRI ({72148}-26), are not covered by this letter.',
    'This approval covers dates of service 04/02/2025 through 04/01/2026. Please mention reference [30212] when you call (314) 555-0190.',
    'Amounts generally billed (AGB) are set by the look-back method; the AGB percentage for fiscal year 2025 is 36.8%.',
  ].join('\n'),
});

// ── 13. Presumptive charity screening, vendor return file, table ──
const presumptive = table({
  id: 's39-presume',
  kind: 's39-presumptive-charity-screening-file',
  caption: 'Presumptive Charity Screening — propensity vendor file returned 11/05/2025 — batch [20449]',
  headers: ['Account', 'Guarantor ZIP', 'Est. HH size', 'Est. HH income', 'FPL %', 'Score', 'Result', 'Largest line'],
  rows: [
    ['77130562', '[63111]', '3', '[24100]', '90%', '812', 'Presumptive 100%', '{99285}'],
    ['77130977', '[63118]', '1', '[18700]', '119%', '760', 'Presumptive 100%', '{70450}'],
    ['77131204', '[63144]', '2', '[51900]', '245%', '540', 'Sliding 75%', '{64445}'],
    ['77131388', '[62205]', '4', '[88200]', '274%', '402', 'Not eligible — mail FAP plain-language summary', '{29881}'],
    ['77131452', '[63136]', '2', '[33400]', '158%', '688', 'Presumptive 100%', '{64632}'],
    ['77131790', '[63123]', '5', 'no hit', '—', '—', 'Manual review', '{64714}'],
  ],
});

// ── 14. Collection agency placement file, table ──
const placement = table({
  id: 's39-placement',
  kind: 's39-collection-agency-placement-file',
  caption: 'Placement file PRH_PLC_20251103.csv — Prairie Ridge Health → Heartland Credit Bureau — client [64712]',
  headers: ['CLIENT_ACCT', 'PLACE_ID', 'GUAR_NAME', 'CITY', 'ST', 'ZIP', 'DOS', 'BAL', 'LAST_PAY_DT', 'PROC'],
  rows: [
    [
      '52018833',
      '[40911]',
      'HOLLOWAY, JEROME',
      'KANSAS CITY',
      'MO',
      '[64130]',
      '20250411',
      '1840.22',
      '20250612',
      '{64445}',
    ],
    ['52019460', '[40912]', 'PRUITT, ANGELA', 'KANSAS CITY', 'MO', '[64118]', '20250502', '612.00', '', '{99284}'],
    ['52020197', '[40913]', 'TRAN, KEVIN', 'KANSAS CITY', 'MO', '[64152]', '20250509', '938.10', '20250701', '{64632}'],
    ['52020741', '[40914]', 'MILLER, DORIS', 'OLATHE', 'KS', '[66062]', '20250515', '2210.00', '', '{64714}'],
    [
      '52021006',
      '[40915]',
      'DELACROIX, MARCUS',
      'INDEPENDENCE',
      'MO',
      '[64055]',
      '20250618',
      '[12373].50',
      '',
      '{64712}',
    ],
    ['52021530', '[40916]', 'ROSS, ELAINE', 'ST JOSEPH', 'MO', '[64506]', '20250620', '1496.00', '20250805', '{73721}'],
  ],
});

// ── 15. Collection agency client portal, account detail panel ──
const agencyPortal = table({
  id: 's39-agencyportal',
  kind: 's39-agency-portal-account-detail',
  caption: 'Heartland Credit Bureau — Client Portal — Account Detail',
  headers: ['Field', 'Value'],
  rows: [
    ['Agency account #', 'HCB-[86239]'],
    ['Client', 'Prairie Ridge Health (client code [64712])'],
    ['Client account', '52021006'],
    ['Debtor', 'Marcus Delacroix, 1407 S Noland Rd, Independence MO [64055]'],
    ['Placed', '11/03/2025 — balance $12,373.50'],
    ['Itemization (from client)', 'DOS 06/18/2025: open neurolysis, sciatic nerve {64712}; anesthesia {01250}'],
    ['Insurance on file', 'None (self-pay); FAP screen not completed'],
    ['Validation notice', 'Mailed 11/05/2025 (Reg F model form); dispute period ends 12/15/2025'],
    ['Last contact', '11/18/2025 inbound call, promised $200 on 11/30 — ref [25152]'],
    ['Collector', 'J. Amsel, ext. [47279]'],
  ],
});

// ── 16. Regulation F validation notice, letter text ──
const validation = lines({
  id: 's39-validation',
  kind: 's39-debt-validation-notice-text',
  before: 'Heartland Credit Bureau — Notice of debt (Regulation F model validation notice)',
  text: [
    'Heartland Credit Bureau, 9200 NE Barry Rd, Kansas City, MO [64157] — 1-800-555-0143, Mon–Fri 8 a.m.–6 p.m.',
    'To: Marcus Delacroix, 1407 S Noland Rd, Independence MO [64055]   Reference: [86239]',
    'Heartland Credit Bureau is a debt collector. We are trying to collect a debt that you owe to Prairie Ridge Health.',
    'As of 06/18/2025, you owed $12,373.50. Between 06/18/2025 and today you were charged $0.00 interest and $0.00 fees and paid $0.00.',
    'Enclosed itemization from Prairie Ridge Health lists: {64712} open neurolysis, sciatic nerve $9,880.00; {01250} anesthesia $2,493.50.',
    'Call or write to us by 12/15/2025 to dispute all or part of the debt. Online: heartlandcb.example/dispute, reference [86239].',
  ].join('\n'),
});

// ── 17. Agency recall / return file, table ──
const recall = table({
  id: 's39-recall',
  kind: 's39-agency-recall-return-file',
  caption: 'Recall / return file — Heartland Credit Bureau → Prairie Ridge Health — 11/20/2025',
  headers: ['CLIENT_ACCT', 'AGENCY_ACCT', 'RETURN_CD', 'REASON', 'BAL_RETURNED', 'NOTE'],
  rows: [
    ['52018833', '[86190]', 'BK', 'Bankruptcy ch. 7, W.D. Mo. case 25-[40518]', '1840.22', 'Stop all activity'],
    [
      '52019460',
      '[86191]',
      'INS',
      'Insurance found: Medicaid retro eff. 04/01/2025',
      '612.00',
      'Rebill {99284} to MO HealthNet',
    ],
    [
      '52020197',
      '[86192]',
      'FAP',
      'FAP application received by agency',
      '938.10',
      'Hold {64632} balance 120 days per 501(r)',
    ],
    ['52020741', '[86193]', 'DEC', 'Deceased 10/29/2025', '2210.00', 'File probate claim, Johnson County KS'],
    [
      '52021530',
      '[86194]',
      'DSP',
      'Debtor disputes {73721}: says insurer paid it (EOB ref [35135])',
      '1496.00',
      'Request EOB',
    ],
  ],
});

// ── 18. Credit balance worklist, table ──
const creditBal = table({
  id: 's39-creditbal',
  kind: 's39-credit-balance-worklist',
  caption: 'Credit Balance Worklist — Peachtree Valley Medical Center — PFS Refunds queue — as of 11/07/2025',
  headers: ['Acct', 'Patient', 'DOS', 'Credit', 'Line (CPT)', 'Source of credit', 'Payer', 'Age (days)', 'Action'],
  rows: [
    [
      '30982217',
      'WALKER, T',
      '08/12/2025',
      '-$325.00',
      '{64445}',
      'Pt paid estimate; ins applied $0 to pt',
      'Aetna',
      '61',
      'Refund patient',
    ],
    [
      '30982480',
      'NGUYEN, H',
      '07/30/2025',
      '-$1,016.33',
      '{64632}',
      'Duplicate payment, claim [52310] paid twice',
      'Cigna',
      '84',
      'Refund payer',
    ],
    [
      '30983105',
      'BELL, R',
      '09/02/2025',
      '-$86.40',
      '{97110}',
      'Overposted copay',
      'Self',
      '42',
      'Transfer to 30983544',
    ],
    [
      '30983712',
      'OKAFOR, A',
      '06/19/2025',
      '-$2,410.00',
      '{64714}',
      'Medicare paid as primary after secondary paid',
      'Medicare',
      '127',
      'Report on quarterly CMS-838',
    ],
    ['30984090', 'DIAZ, M', '10/01/2025', '-$60.00', '{99214}', 'Copay collected twice', 'UHC', '37', 'Refund patient'],
    [
      '30984471',
      'SHAH, P',
      '05/21/2025',
      '-$412.00',
      '{76942}',
      'Retro denial, recoupment ref [30157] pending',
      'Humana MA',
      '170',
      'Hold — recoupment',
    ],
  ],
});

// ── 19. Patient refund request to accounts payable, key-value panel ──
const refund = table({
  id: 's39-refund',
  kind: 's39-patient-refund-check-request',
  caption: 'Patient Refund Request — check request to Accounts Payable — Peachtree Valley Medical Center',
  headers: ['Field', 'Value'],
  rows: [
    ['Request no.', 'RF-[30166]'],
    ['Payee', 'Tamika Walker'],
    ['Payee address', '2291 Memorial Dr SE, Atlanta GA [30317]'],
    ['Hospital account', '30982217'],
    ['Service', '08/12/2025 sciatic nerve block ({64445}) — estimate of $325.00 collected at check-in'],
    ['Reason', 'Aetna allowed $598.10 and paid in full; deductible already met'],
    ['Refund amount', '$325.00'],
    ['GL account', '[10201]-2400 (patient refunds clearing)'],
    ['AP vendor no.', '[30340]'],
    ['Approved by', 'PFS supervisor L. Grant, 11/07/2025'],
  ],
});

// ── 20. Bad-debt write-off report, table ──
const badDebt = table({
  id: 's39-baddebt',
  kind: 's39-bad-debt-write-off-report',
  caption:
    'Bad Debt Write-Off Report — November 2025 cycle — transaction code [60640] BAD DEBT TRANSFER — Prairie Ridge Health',
  headers: [
    'Account',
    'Fin class',
    'DOS',
    'Last pt pay',
    'Bal at W/O',
    'W/O code',
    'Agency',
    'Primary CPT',
    'Days since 1st stmt',
  ],
  rows: [
    ['52018833', 'SP', '04/11/2025', '06/12/2025', '1840.22', '[60640]', 'HCB', '{64445}', '203'],
    ['52019460', 'SP', '05/02/2025', '—', '612.00', '[60640]', 'HCB', '{99284}', '182'],
    ['52021006', 'SP', '06/18/2025', '—', '[12373].50', '[60640]', 'HCB', '{64712}', '151'],
    ['52022411', 'MCR-BD', '03/07/2025', '—', '1020.00', '[60646]', 'In-house', '{64714}', '240'],
    ['52023097', 'SP', '02/14/2025', '04/01/2025', '338.75', '[60640]', 'HCB', '{71046}', '262'],
    ['Total', '', '', '', '[16184].47', '', '', '', ''],
  ],
});

// ── 21. Guarantor ledger with transaction codes, table ──
const ledger = table({
  id: 's39-ledger',
  kind: 's39-guarantor-ledger-transaction-grid',
  caption: 'Guarantor Account Ledger — 40083317 — Vega, Marisol — Riverbend Health',
  headers: ['Post date', 'Svc date', 'Tx code', 'Description', 'Proc', 'Mod', 'Amount', 'Balance'],
  rows: [
    ['10/15/2025', '10/14/2025', '[11001]', 'Charge', '{64445}', 'LT', '1180.00', '1180.00'],
    ['10/15/2025', '10/14/2025', '[11001]', 'Charge', '{76942}', '', '412.00', '1592.00'],
    ['10/15/2025', '10/14/2025', '[11001]', 'Charge', 'J3301', '', '38.00', '1630.00'],
    ['10/29/2025', '10/14/2025', '[20410]', 'Anthem BCBS payment', '', '', '-974.50', '655.50'],
    ['10/29/2025', '10/14/2025', '[40410]', 'Anthem contractual adjustment', '', '', '-347.85', '307.65'],
    ['10/30/2025', '10/28/2025', '[11001]', 'Charge', '{64612}', '', '890.00', '1197.65'],
    ['11/08/2025', '', '[10121]', 'Patient payment — online', '', '', '-150.00', '1047.65'],
    ['11/10/2025', '10/28/2025', '[20410]', 'Anthem BCBS payment', '', '', '-660.00', '387.65'],
    ['11/10/2025', '10/28/2025', '[40410]', 'Anthem contractual adjustment', '', '', '-165.00', '222.65'],
  ],
});

// ── 22. Green-screen account inquiry, one code column mixing CPT and transaction codes, text ──
const greenScreen = lines({
  id: 's39-greenscreen',
  kind: 's39-account-inquiry-green-screen-text',
  before: 'ACCOUNT INQUIRY   ACCT: RB0088213/25   VEGA,MARISOL   FC: BCBS   TRANSACTIONS (F8=MORE)',
  text: [
    'DATE      CODE    DESCRIPTION                       QTY        AMOUNT',
    '10/14/25  {64445}   SCIATIC NERVE BLOCK SNGL INJ        1      1,180.00',
    '10/14/25  {76942}   US GUIDE NEEDLE PLACEMENT           1        412.00',
    '10/14/25  [30301]   PHARM TRIAMCINOLONE 10MG            1         38.00',
    '10/29/25  [70027]   PAY ANTHEM BCBS OHIO                       -974.50',
    '10/29/25  [70527]   ADJ CONTRACTUAL ANTHEM                     -347.85',
    '11/08/25  [70101]   PAY PATIENT WEB                            -150.00',
    'ACCT BAL 157.65   LAST STMT 11/04/25   STMT CYCLE 04   DUNNING LVL 1   COLL AGENCY: NONE',
  ].join('\n'),
});

// ── 23. Bank lockbox transmission file, fixed-width records ──
const lockbox = lines({
  id: 's39-lockbox',
  kind: 's39-lockbox-transmission-records',
  before: 'LOCKBOX TRANSMISSION — FIFTH THIRD BANK — PROCESS DATE 251110 — RIVERBEND HEALTH',
  text: [
    '1 RIVERBEND HEALTH          042000314 0019877402 251110 0600',
    '5 001 [64632] 251110',
    '6 001 001 0000041265 041000124 4481093372 1052 40083317',
    '4 001 001 SCANLINE STMT [30373] QPC [52706] AMTDUE 0000041265',
    '6 001 002 0000015000 044000037 2231109948 [10448] 77120934',
    '4 001 002 STUB NOTE: FOR {64445} NERVE BLOCK 10/14 - PLS APPLY',
    '7 001 002 0000056265',
    '8 [64632] 001 002 0000056265',
    '9 000008 251110',
  ].join('\n'),
});

// ── 24. Patient payment posting batch, table ──
const posting = table({
  id: 's39-posting',
  kind: 's39-patient-payment-posting-batch',
  caption: 'Payment Posting — Batch PB-[64714] — Lockbox deposit 11/10/2025 — posted by A. Romero',
  headers: ['Seq', 'Guarantor acct', 'Check no.', 'Amount', 'Distributed to', 'Stmt no.', 'Unapplied', 'Note'],
  rows: [
    [
      '1',
      '40083317',
      '1052',
      '$412.65',
      '10/14 {64445} $236.89; 10/14 {76942} $70.76; 10/28 {64612} $65.00; 10/06 {99203} $40.00',
      '[30373]',
      '$0.00',
      '',
    ],
    [
      '2',
      '77120934',
      '[10448]',
      '$150.00',
      'Oldest first: 09/18 {64445} $150.00',
      '—',
      '$0.00',
      'FAP approved — review for refund',
    ],
    ['3', '31166058', '2209', '$75.00', '—', '[30392]', '$75.00', 'Account not found; stub says "PO BOX [64445]" only'],
    [
      '4',
      '40091228',
      '887',
      '$1,200.00',
      '12/09 {64712} facility balance',
      '[30399]',
      '$0.00',
      'Plan PP-[10217], installment 3 of 12',
    ],
  ],
});

// ── 25. Merchant card settlement report, table ──
const settlement = table({
  id: 's39-settle',
  kind: 's39-card-settlement-report',
  caption: 'Merchant settlement — patient payments — Peachtree Valley Medical Center — 11/10/2025',
  headers: ['Batch', 'Terminal', 'Entry', 'Card', 'Amount', 'AVS ZIP', 'Invoice (acct)', 'Settled'],
  rows: [
    ['[31020]', 'WEB01', 'eCom', 'VISA ...4417', '137.64', '[30308]', '30990514', '11/11/2025'],
    ['[31020]', 'WEB01', 'eCom', 'MC ...0081', '325.00', '[30317]', '30982217', '11/11/2025'],
    ['[31021]', 'CASH3', 'Chip', 'AMEX ...1009', '60.00', '[30349]', '30984090', '11/11/2025'],
    ['[31021]', 'CASH3', 'Chip', 'DISC ...7720', '20.00', '[30338]', '30986611', '11/11/2025'],
  ],
});

// ── 26. Customer-service call note about a bill, text ──
const callNote = lines({
  id: 's39-callnote',
  kind: 's39-billing-call-account-note',
  before: 'PFS Customer Service — Account Note — Contact type: Inbound call',
  text: [
    '11/12/2025 10:14  Caller: Marisol Vega (guarantor), verified DOB and ZIP [43224]. Call ID [97468].',
    'Pt asks why she owes $236.89 for the 10/14 injection. Explained {64445} went to her deductible; Anthem EOB shows PR-1.',
    'She says her estimate EST-[43144] quoted $150 for {64445} only; the guidance {76942} was not on the estimate.',
    'Pt questions the 10/28 charge {64612}; reviewed dx G51.3 hemifacial spasm, covered, her share $65.00 coinsurance.',
    'Offered prompt-pay discount (n/a after 30 days), payment plan or FAP screen. Pt chose plan PP-[10207].',
    'Also wants an itemized bill with codes for her HSA — request [98004] sent to itemization queue.',
    'Callback number (614) 555-0119. Handle time 14:32. Agent DKR, ext. [21025].',
  ].join('\n'),
});

// ── 27. Itemized bill request through the patient portal, text ──
const itemRequest = lines({
  id: 's39-itemreq',
  kind: 's39-itemized-bill-request-message',
  before: 'Patient Portal — Customer Service Request — Billing question',
  text: [
    'Subject: Request for itemized bill with CPT codes — account 40083317',
    'Message: Hi, my HSA administrator needs an itemized statement showing procedure codes. My summary only says "Pain center services".',
    'I think the visits were the nerve block (my insurance app lists {64445} and {76942}) and the 10/28 facial injection {64612}.',
    'Please also include the office visit on 10/06. My ZIP on file is [43224], phone ending 0119.',
    'Request no. CSR-[98004]   Received 11/12/2025 10:31   Routed to: PFS Itemization, queue [21580]',
    'Reply 11/13/2025: Your itemized statement is attached (ITM_40083317.pdf). It lists CPT {99203}, {64445}, {76942}, J3301 and {64612}.',
  ].join('\n'),
});

// ── 28. Hospital itemized statement (UB revenue codes, chargemaster numbers, CPT), table ──
const itemized = table({
  id: 's39-itemized',
  kind: 's39-hospital-itemized-statement',
  caption:
    'ITEMIZED STATEMENT — Tri-County Medical Center — Pat. acct 2250318841 — Brooks, Darnell — Outpatient surgery 12/09/2025',
  headers: ['Date', 'Rev', 'Charge code', 'Description', 'CPT/HCPCS', 'Units', 'Amount'],
  rows: [
    ['12/09/2025', '0360', '[36773]', 'OR SERVICES 1ST 30 MIN LVL 3', '', '1', '4,820.00'],
    ['12/09/2025', '0360', '[36774]', 'OR SERVICES EA ADDL 15 MIN LVL 3', '', '2', '2,140.00'],
    ['12/09/2025', '0360', '[36790]', 'NEUROLYSIS SCIATIC NERVE OPEN', '{64712}', '1', '0.00'],
    ['12/09/2025', '0370', '[37012]', 'ANESTHESIA GENERAL 1ST 30 MIN', '', '1', '980.00'],
    ['12/09/2025', '0710', '[37150]', 'RECOVERY PHASE I 1ST HR', '', '1', '1,060.00'],
    ['12/09/2025', '0272', '[27220]', 'STERILE NEURO PACK', '', '1', '318.00'],
    ['12/09/2025', '0300', '[30040]', 'CBC W AUTO DIFF', '{85025}', '1', '48.00'],
    ['12/09/2025', '0301', '[30112]', 'BASIC METABOLIC PANEL', '{80048}', '1', '62.00'],
    ['12/09/2025', '0730', '[31050]', 'ECG 12 LEAD TRACING ONLY', '{93005}', '1', '64.00'],
    ['12/09/2025', '0250', '[25152]', 'ROPIVACAINE 0.5% 30 ML', '', '1', '74.00'],
    ['12/09/2025', '0361', '[36102]', 'NERVE BLOCK SCIATIC POST-OP', '{64445}', '1', '610.00'],
  ],
});

// ── 29. Patient billing dispute letter, scanned correspondence ──
const dispute = lines({
  id: 's39-dispute',
  kind: 's39-patient-billing-dispute-letter',
  before: 'Correspondence received by mail — scanned to account 2250318841 — PFS Correspondence queue',
  text: [
    'Darnell Brooks, 5520 Glenway Ave, Cincinnati, OH [45238]   January 6, 2026',
    'To: Tri-County Medical Center, Patient Financial Services, PO Box [64612], Cincinnati OH [45264]',
    'I am writing about my bill for surgery on December 9. My Good Faith Estimate (no. [45009]) said $14,462 in total, but my bills now add up to $15,210.',
    'The hospital statement lists the nerve block {64445}, and the anesthesia group billed me for it again.',
    "The estimate showed an assistant surgeon for {64712} at $462, but the surgeon's bill shows $880 for the assistant.",
    'Because the total is more than $400 over the estimate, I am asking for patient-provider dispute resolution. Please keep my account out of collections meanwhile.',
  ].join('\n'),
});

// ── 30. Estimate accuracy / variance report, table ──
const variance = table({
  id: 's39-variance',
  kind: 's39-estimate-variance-report',
  caption:
    'Estimate Accuracy — pre-service estimate vs. final patient responsibility — October 2025 DOS — |variance| > $100',
  headers: ['Estimate #', 'Scheduled CPT', 'Billed CPT', 'Est. pt resp', 'Actual pt resp', 'Variance', 'Root cause'],
  rows: [
    ['EST-[43144]', '{64445}', '{64445}, {76942}', '$150.00', '$307.65', '+$157.65', 'Imaging guidance not on order'],
    ['EST-[43178]', '{64632}', '{64632} x2', '$210.00', '$420.00', '+$210.00', 'Bilateral; units not estimated'],
    ['EST-[43182]', '{64714}', '{64714}, {64450}', '$1,800.00', '$1,950.00', '+$150.00', 'Block added by anesthesia'],
    ['EST-[43187]', '{64490}', '{64490}, {64491}', '$320.00', '$540.00', '+$220.00', 'Additional level'],
    ['EST-[43196]', '{73721}', '{73723}', '$480.00', '$690.00', '+$210.00', 'Changed to without and with contrast'],
    [
      'EST-[43198]',
      '{99204}',
      '{99214}',
      '$250.00',
      '$95.00',
      '-$155.00',
      'Established patient; wrong visit scheduled',
    ],
  ],
});

// ── 31. Statement (dunning) history, table ──
const dunning = table({
  id: 's39-dunning',
  kind: 's39-statement-dunning-history',
  caption: 'Statement History — Guarantor 52021006 — Delacroix, Marcus — Prairie Ridge Health',
  headers: ['Cycle', 'Date sent', 'Letter code', 'Balance', 'Message', 'Returned mail'],
  rows: [
    ['1', '06/27/2025', '[51145]', '$12,373.50', 'Self-pay balance — financial assistance available', ''],
    ['2', '07/28/2025', '[51146]', '$12,373.50', 'Past due — please call us', ''],
    ['3', '08/27/2025', '[51147]', '$12,373.50', 'Second notice', ''],
    ['4', '09/26/2025', '[51190]', '$12,373.50', 'Final notice — 30 days before extraordinary collection actions', ''],
    ['—', '10/02/2025', 'PLS', '$12,373.50', 'Plain-language FAP summary mailed', 'No'],
  ],
});

// ── 32. Portal billing chat transcript, text ──
const chat = lines({
  id: 's39-chat',
  kind: 's39-portal-billing-chat-transcript',
  before: 'Chat with Billing — North Texas Regional Health — transcript emailed to patient',
  text: [
    'Agent Priya (09:02): Hi! I can help with billing. May I have your account number and ZIP?',
    'You (09:03): acct 61830047, zip [75231]',
    'Agent Priya (09:04): Thanks. I see a balance of $435.50 for 11/12 at the Pain & Spine Center.',
    'You (09:05): the estimator said $435.50 but for just the injection. is the {76942} on there extra?',
    'Agent Priya (09:06): The estimate included both {64445} and {76942}, so no — your balance matches estimate [75321].',
    'You (09:07): ok. can i pay half now? and what is {99213} on my other bill?',
    'Agent Priya (09:08): {99213} is an established-patient office visit. I set up a 2-payment plan, confirmation [76384].',
  ].join('\n'),
});

// ── 33. Pre-service financial clearance note, text ──
const clearance = lines({
  id: 's39-clearance',
  kind: 's39-financial-clearance-note',
  before: 'Financial Clearance — Pre-Service Note — Peachtree Valley Medical Center',
  text: [
    'Sched 11/19/2025 Dr. Abernathy — neurolytic destruction, plantar common digital nerve {64632} LT; {64632} RT on 12/03 (separate session).',
    'Ins: Cigna Open Access Plus, ID U48217739 01, group [33404]. Verified via portal 11/10.',
    'Benefits: ded $1,500 (met $1,500); coins 20%; OOP max $5,000 (met $1,910). No PA required for {64632} per Cigna, call ref [32193].',
    'Est allowed $688.20 per session → pt resp $137.64 per session. Estimate EST-[30254] emailed to pt.',
    'Collected deposit $137.64, Visa, receipt [31616]. Second session to be collected at check-in 12/03.',
    'Pt address 406 Ponce de Leon Ave NE, Atlanta GA [30308]; prefers text reminders.',
  ].join('\n'),
});

// ── 34. Cash-pay bundled package price sheet, text ──
const packages = lines({
  id: 's39-packages',
  kind: 's39-cash-pay-package-price-sheet',
  before:
    'Cash-Pay Bundled Prices — Outpatient Pain Procedures — North Texas Regional Health (uninsured or choosing not to use insurance)',
  text: [
    'Sciatic nerve block with ultrasound ({64445} + {76942}): $685 all-inclusive — facility, physician, drug',
    'Lumbar facet joint injection, one level ({64493}): $890; each additional level ({64494}): $240',
    'Radiofrequency ablation, lumbar facet, one level ({64635}): $1,640; additional level ({64636}): $410',
    'Genicular nerve ablation, knee ({64624}): $1,720   |   Facial nerve chemical neurolysis ({64612}): $560',
    'Open sciatic neurolysis ({64712}), outpatient surgery with anesthesia: $8,950 — package PKG-[75835]',
    'Prices valid for services scheduled through 12/31/2025 at 8220 Walnut Hill Ln, Dallas TX [75231]. Pay in full 5 days before.',
    'Questions: cash-pay desk (214) 555-0188 ext. [40286]',
  ].join('\n'),
});

// ── 35. Insurance-to-self-pay transfer worklist, table ──
const transfer = table({
  id: 's39-transfer',
  kind: 's39-insurance-to-self-pay-transfer-worklist',
  caption: 'Insurance-to-self-pay transfers — pending review — Riverbend Health — 11/14/2025',
  headers: ['Acct', 'DOS', 'CPT', 'Payer (ID)', 'CARC/RARC', 'Transfer amt', 'Reason'],
  rows: [
    ['40102288', '09/30/2025', '{64445}', 'Aetna ([60054])', 'PR-1', '$236.89', 'Deductible'],
    [
      '40102771',
      '10/02/2025',
      '{97161}',
      'UnitedHealthcare ([87726])',
      'PR-204 / N130',
      '$198.00',
      'Plan exclusion; ABN on file',
    ],
    ['40103045', '10/07/2025', '{64632}', 'Cigna ([62308])', 'PR-96 / N425', '$688.20', 'Non-covered; waiver signed'],
    [
      '40103390',
      '10/09/2025',
      '{64714}',
      'Humana MA ([61101])',
      'CO-197',
      '$0.00',
      'NO TRANSFER — no auth, provider liability',
    ],
    ['40103622', '10/16/2025', '{99214}', 'Medicare J15 ([15202])', 'PR-2', '$28.47', 'Coinsurance, no secondary'],
    ['40104018', '10/21/2025', '{72148}', 'Aetna ([60054])', 'PR-1', '$612.00', 'Deductible'],
  ],
});

export const sealed39: Snippet[] = [
  ...paperStmt,
  ...portalVisit,
  ...billPay,
  ...planAgreement,
  ...gfeHeader,
  ...gfeLines,
  ...estimator,
  ...mrf,
  ...selfPay,
  ...faApp,
  ...fplTable,
  ...faLetter,
  ...presumptive,
  ...placement,
  ...agencyPortal,
  ...validation,
  ...recall,
  ...creditBal,
  ...refund,
  ...badDebt,
  ...ledger,
  ...greenScreen,
  ...lockbox,
  ...posting,
  ...settlement,
  ...callNote,
  ...itemRequest,
  ...itemized,
  ...dispute,
  ...variance,
  ...dunning,
  ...chat,
  ...clearance,
  ...packages,
  ...transfer,
];
