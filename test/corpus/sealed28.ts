import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 28 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on
 * these snippets. Its page shapes (`kind`, prefixed `s28-`) appear in no other corpus file. Score it once; do not edit
 * a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as cost centers, accounts, item numbers, ZIPs, ids, counts and amounts.
 *
 * Family: hospital finance, supply chain and administration: Medicare cost report worksheets and the PS&R, AP invoice
 * capture and three-way match, item master, preference-card maintenance and utilization, 340B accumulators and
 * wholesaler invoices, general-ledger crosswalks and account inquiry, flexible budget variance and budget statistic
 * feeds, time-keeping and payroll, service-line P&L, standard costing, payer-mix pivots, surgeon supply scorecards and
 * price-increase models by procedure, charge capture reconciliation and late-charge aging, contract management, GPO
 * awards, value analysis minutes, board finance packets, capital requests, pharmacy price alerts, bill-only implant POs.
 * Built on real public layouts: the CMS-2552-10 Worksheet A (line, five-digit cost center code, columns 1–7) and
 * Worksheet C Part I (ratio of cost to charges), the PS&R outpatient summary (revenue code, HCPCS, APC, units,
 * charges), the NDC 5-4-2 labeler-product-package format, GS1 GTIN-14 item identifiers, the HRSA 340B id (DSH plus the
 * Medicare provider number), UKG/Kronos timecard columns (pay code, transfer, labor levels), the Epic OpTime
 * preference card sections and an earnings statement's fields. The others are written the way those pages read, with
 * no single source.
 *
 * 325 labelled tokens over 30 shapes: 118 codes, 207 decoys, 67 of the decoys in KNOWN_10K.
 */

// ── 1. CMS-2552-10 Worksheet A, cost-center lines (HCRIS viewer table) ──
const wkstA = table({
  id: 's28-wksa',
  kind: 's28-cms2552-wksht-a-cost-center-lines',
  caption:
    'Worksheet A — Reclassification and Adjustment of Trial Balance of Expenses — Provider CCN 36-0142 — Period 07/01/2024 to 06/30/2025',
  headers: [
    'Line',
    'Cost Center Code',
    'Cost Center Description',
    'Salaries (1)',
    'Other (2)',
    'Total (3)',
    'Reclass (4)',
    'Net Expenses for Allocation (7)',
  ],
  rows: [
    ['5.00', '[00500]', 'ADMINISTRATIVE & GENERAL', '18204511', '22960100', '41164611', '([73294])', '40102877'],
    ['30.00', '[03000]', 'ADULTS & PEDIATRICS', '24800640', '3119872', '27920512', '[64612]', '27985124'],
    ['50.00', '[05000]', 'OPERATING ROOM', '9744210', '6420988', '16165198', '(412006)', '15753192'],
    ['51.00', '[05100]', 'RECOVERY ROOM', '2118702', '[88583]', '2207285', '0', '2207285'],
    ['71.00', '[07100]', 'MEDICAL SUPPLIES CHARGED TO PATIENTS', '0', '8802417', '8802417', '412006', '9214423'],
    ['72.00', '[07200]', 'IMPLANTABLE DEVICES CHARGED TO PATIENTS', '0', '4290330', '4290330', '0', '4290330'],
    ['73.00', '[07300]', 'DRUGS CHARGED TO PATIENTS', '[42645]', '11960220', '12002865', '0', '12002865'],
  ],
});

// ── 2. CMS-2552-10 Worksheet C Part I, RCC computation, PDF text layer ──
const wkstC = lines({
  id: 's28-wksc',
  kind: 's28-cms2552-wksht-c-pt1-rcc-text',
  before: 'FORM CMS-2552-10  WORKSHEET C PART I  COMPUTATION OF RATIO OF COSTS TO CHARGES',
  text: [
    'PROVIDER CCN: 36-0142   PERIOD: FROM 07/01/2024 TO 06/30/2025   Run 11/14/2025 Batch [57902]',
    'Cost Center Description        Total Cost (Wkst B Pt I col 26)  Inpatient Charges  Outpatient Charges  Total Charges  Ratio',
    '50.00 [05000] OPERATING ROOM        18402119    21044800     39887215     60932015   0.302011',
    '52.00 [05200] DELIVERY ROOM & LABOR ROOM   3117402    6207330    [12221]    6219551   0.501226',
    '60.00 [06000] LABORATORY           6994530    14220118     22410005     36630123   0.190950',
    '72.00 [07200] IMPL. DEV. CHARGED TO PATIENTS  4290330   5880442    7906114    13786556   0.311197',
    '76.00 [07697] CARDIAC REHABILITATION (subscripted)   [64445]   0    [94115]   [94115]   0.684754',
    'Observation beds line 92.00 ([09200]) not distinct part; see Worksheet D-1 Part IV.',
  ].join('\n'),
});

// ── 3. AP invoice OCR capture screen: extracted fields, each with its source-text preview ──
const apOcr: Snippet[] = [
  ['Vendor #', '[20843]', 'Vendor # 20843 (98%)'],
  ['Remit-to ZIP', '[60693]', 'Remit-to: PO Box 71349, Chicago IL 60693'],
  ['Invoice number', '[64714]', 'Invoice number 64714 — matched to PO 4501188230'],
  ['Ship-to', 'Lakeshore Regional Dock 3, 4100 Shore Dr, Sandusky OH [44870]', ''],
  ['Line 1 description', 'NEUROMONITORING ELECTRODE KIT — case CPT {64712} (sciatic) billable pass-through', ''],
  ['Line 2 description', 'Nerve wrap 2.5 x 20 mm, REF NW-[25773], for {64714} lumbar plexus case', ''],
  ['Invoice total', '[18645].20', 'Total $18,645.20 extracted; header total 18645.20 (99%)'],
  ['Freight', 'Freight account [51840] (low confidence 61%)', ''],
].map(([label, value, source], i) => ({
  id: `s28-apocr-${i + 1}`,
  kind: 's28-ap-invoice-ocr-capture-validation',
  text: value!,
  before: `Invoice capture — Supplier invoice review — ${label}`,
  // The OCR source-text preview shown to the right of the extracted field.
  after: source || undefined,
}));

// ── 4. PO three-way match exception queue ──
const threeWay = table({
  id: 's28-3way',
  kind: 's28-po-three-way-match-exception-queue',
  caption: 'Match Exceptions — Business Unit LRMC1 — Tolerance: price 2%, qty 0',
  headers: ['PO', 'Receipt', 'Invoice', 'Supplier', 'Item', 'Exception', 'Var $', 'Buyer'],
  rows: [
    [
      'PO-[38613]',
      'RCV-[77245]',
      'INV-[64632]',
      'Axogen Corp',
      'AVANCE NERVE GRAFT 2-3MM X 30MM',
      'Price > tolerance',
      '412.00',
      'K. Doyle',
    ],
    [
      'PO-[38614]',
      'RCV-[77246]',
      '[90174]-A',
      'Medline Industries',
      'PACK HAND/FOOT CUSTOM',
      'Qty invoiced > received',
      '88.20',
      'K. Doyle',
    ],
    ['PO-[40644]', '—', 'MB[12927]', 'Allergan/AbbVie', 'BOTOX 100 UNIT VIAL', 'No receipt', '12,927.00', 'R. Shah'],
  ],
});

// ── 5. Item master: GTIN / vendor catalog cross-reference grid ──
const itemMaster = table({
  id: 's28-item',
  kind: 's28-item-master-gtin-vendor-xref-grid',
  caption: 'Item Master — Cross Reference — Category: Neurosurgery / Regional Anesthesia',
  headers: ['Item #', 'Description', 'Mfr', 'Mfr Cat #', 'Vendor Item #', 'GTIN', 'UOM', 'Charge Code', 'Rev Cd'],
  rows: [
    [
      '[10727]',
      'NEEDLE STIMUPLEX A 22G 100MM',
      'B. Braun',
      '4894260',
      '[48202]',
      '04046964121314',
      'EA',
      '27801130',
      '0272',
    ],
    [
      '[21460]',
      'NEUROMEND NERVE WRAP 10MM',
      'Collagen Matrix',
      'NMW[64712]',
      '[64712]',
      '00846126002214',
      'EA',
      '27800612',
      '0278',
    ],
    [
      '[21457]',
      'BUPIVACAINE LIPOSOMAL 266MG/20ML',
      'Pacira',
      '[65250]-0266-20',
      'MCK-[33166]',
      '00365250266209',
      'VL',
      '63600418',
      '0636',
    ],
    [
      '[34469]',
      'BOTULINUM TOXIN TYPE A 100U',
      'AbbVie',
      '[00023]-1145-01',
      '[99012]',
      '00300231145012',
      'VL',
      '63601002',
      '0636',
    ],
  ],
});

// ── 6. Preference card revision request (old vs new lines) ──
const prefRev = lines({
  id: 's28-prefrev',
  kind: 's28-pref-card-revision-request-diff',
  before: 'OpTime Preference Card — Change Request — Perioperative Services',
  text: [
    'Request # PCR-[30510]   Card: NEUROLYSIS SCIATIC NERVE OPEN — Dr. A. Whitcomb   Service: Orthopedics',
    'Procedure(s) on card: NEUROPLASTY MAJOR PERIPHERAL NERVE ARM/LEG OPEN; SCIATIC NERVE (CPT {64712})',
    'Linked alternate: NEUROPLASTY; LUMBAR PLEXUS ({64714}) — same card, add-on positioning note only',
    'Section: Supplies — OPEN',
    '- [21460] NEUROMEND NERVE WRAP 10MM   qty 1   (remove: used in 2 of 19 cases)',
    '+ [21460] NEUROMEND NERVE WRAP 10MM   qty 0 / HOLD 1',
    '- [52421] SPONGE LAP 18X18 (5/PK)   qty 4',
    '+ [52421] SPONGE LAP 18X18 (5/PK)   qty 2',
    'Section: Medications — Bupivacaine 0.25% 30 mL local by surgeon; regional block {64445} done in pre-op by anesthesia',
    'Projected supply savings $101.47 per case; annual volume 19 cases of {64712}, 6 of {64714}.',
    'Not changed: card PC-[16483] (Dr. Lindqvist, {64632}) and clinic card for {64612} chemodenervation.',
    'Approved by: Periop Value Analysis Committee, meeting [24904] minutes item 7',
  ].join('\n'),
});

// ── 7. Preference card supply utilization analytics ──
const prefUse = table({
  id: 's28-prefuse',
  kind: 's28-pref-card-supply-utilization-analytics',
  caption: 'Preference Card Optimization — Opened vs Used — Last 12 months — Regional & Peripheral Nerve',
  headers: ['Card ID', 'Primary CPT', 'Cases', 'Item #', 'Item', 'Opened', 'Used %', 'Waste $'],
  rows: [
    ['PC-[16471]', '{64712}', '19', '[21460]', 'NEUROMEND NERVE WRAP 10MM', '19', '11%', '[10640]'],
    ['PC-[16472]', '{64714}', '6', '[48202]', 'NEEDLE STIMUPLEX A 22G 100MM', '12', '50%', '144.00'],
    ['PC-[16483]', '{64632}', '41', '[36598]', 'ALCOHOL DEHYDRATED 98% 1ML AMP', '82', '52%', '61.50'],
    ['PC-[16481]', '{64612}', '118', '[34469]', 'BOTULINUM TOXIN TYPE A 100U', '118', '96%', '2,214.00'],
    ['PC-[16490]', '{64445}', '233', '[21457]', 'BUPIVACAINE LIPOSOMAL 266MG/20ML', '233', '99%', '318.00'],
    ['PC-[16491]', '{64445}', '233', '[10728]', 'CATHETER NERVE BLOCK CONTIPLEX', '40', '100%', '0.00'],
  ],
});

// ── 8. 340B TPA accumulator with administration crosswalk ──
const accum = table({
  id: 's28-340b',
  kind: 's28-340b-tpa-accumulator-admin-crosswalk',
  caption: '340B Split-Billing Accumulator — Covered Entity DSH360142 — Account: Lakeshore Outpatient Pharmacy',
  headers: ['NDC', 'Drug', 'Admin CPT', 'Encounter', 'Billed Units', 'Pkg Accum', 'Pkgs Due', 'Acct Type'],
  rows: [
    ['[65250]-0266-20', 'EXPAREL 266MG/20ML', '{64445}', '[70575]', '1', '0.85', '0', '340B'],
    ['[65250]-0266-20', 'EXPAREL 266MG/20ML', '{64445}-LT', '[70588]', '1', '1.85', '1', '340B'],
    ['[00023]-1145-01', 'BOTOX 100 UNIT', '{64612}', '[71364]', '50', '0.50', '0', '340B'],
    ['[00023]-1145-01', 'BOTOX 100 UNIT', '{64612}-50', '[71390]', '100', '1.50', '1', 'WAC (GPO prohibition)'],
    ['[63323]-0467-30', 'BUPIVACAINE 0.5% 30ML', '{64632}', '[72042]', '1', '0.04', '0', '340B'],
  ],
});

// ── 9. Wholesaler invoice CSV (340B / WAC accounts) viewed as text ──
const wholesaler = lines({
  id: 's28-whsl',
  kind: 's28-wholesaler-340b-wac-invoice-csv',
  before: 'invoice_2025-10-14.csv — Preview',
  text: [
    'invoice_no,account,acct_class,ship_to_zip,ndc,description,qty,unit_cost,ext_cost,contract',
    '773140911,[45860],340B,[44870],[00023]-1145-01,BOTOX 100U VL,4,402.66,1610.64,340B PVP',
    '773140912,[45861],WAC,[44870],[65250]-0266-20,EXPAREL 266MG VL,10,355.90,3559.00,VZ-[62587]',
    '773140913,[45860],340B,[44870],[63323]-0467-30,BUPIVACAINE 0.5% 30ML 25/BX,2,41.20,82.40,PVP',
    'Total lines: 3   Accounts: [45860] (340B), [45861] (WAC)   Remit: PO Box 740742, Dallas TX [75284]',
  ].join('\n'),
});

// ── 10. GL chart-of-accounts segment crosswalk ──
const coa = table({
  id: 's28-coa',
  kind: 's28-gl-coa-segment-crosswalk',
  caption: 'COA Conversion — Legacy Lawson to Workday — Surgical Services',
  headers: [
    'Legacy Co',
    'Legacy AU',
    'Legacy Acct',
    'WD Cost Center',
    'WD Ledger Acct',
    'WD Spend/Revenue Category',
    'Notes',
  ],
  rows: [
    [
      '100',
      '[64712]',
      '[41010]',
      'CC[41310]',
      '[40100]',
      'RC-OP Surgery',
      'AU [64712] = Neurosurgery OR (not a procedure code)',
    ],
    ['100', '[64714]', '[71200]', 'CC[41310]', '[60210]', 'SC-Implants', ''],
  ],
});

// ── 11. GL account inquiry → journal → subledger drill ──
const glDrill = lines({
  id: 's28-gldrill',
  kind: 's28-gl-account-inquiry-subledger-drill',
  before: 'Account Inspection — Ledger 1 Actuals — Period OCT-25',
  text: [
    'Account: 100.[41310].[40100].000 Outpatient Surgery Revenue   Period activity 2,418,660.12',
    'Journal: HB Revenue Interface 2025-10-31 Batch [48980]   Source: Charge Interface   Lines 1,204',
    'Subledger drill (top lines):',
    '  HAR 5375600012  Chg 27800612  NERVE WRAP IMPLANT          1  4,120.00',
    '  HAR 5375600019  Chg 36064712  NEUROPLASTY SCIATIC NERVE {64712}      1  9,880.00',
    '  HAR 5375600021  Chg 36064714  NEUROPLASTY LUMBAR PLEXUS CPT {64714}  1  8,905.00',
    '  HAR 5375600027  Chg 36064445  NJX AA&/STRD SCIATIC NRV {64445}       2  2,535.00',
    '  HAR 5375600033  Chg 36064632  DESTR NEUROLYTIC PLANTAR DIG NRV {64632}  2  1,376.00',
    '  HAR 5375600040  Chg 36064612  CHEMODENERV FACIAL NRV UNI {64612}-LT  1  1,345.00',
    'Reversal JE [61331]-R posted 11/02 for duplicate interface file [61331] (see ticket INC-[59889]).',
  ].join('\n'),
});

// ── 12. Flexible budget variance: rate / volume / mix by procedure ──
const flex = table({
  id: 's28-flex',
  kind: 's28-flex-budget-rate-volume-mix',
  caption: 'Perioperative Services — Flexible Budget Variance — FYTD Sep 2025 — Cost Center 41310',
  headers: [
    'Procedure',
    'CPT',
    'Budget Cases',
    'Actual Cases',
    'Volume Var $',
    'Rate Var $',
    'Mix Var $',
    'Total Var $',
  ],
  rows: [
    ['Neuroplasty sciatic nerve', '{64712}', '22', '19', '(14,820)', '2,044', '(1,150)', '(13,926)'],
    ['Neuroplasty lumbar plexus', '{64714}', '4', '6', '17,730', '(880)', '410', '17,260'],
    ['Neurolytic destr plantar digital nerve', '{64632}', '36', '41', '3,125', '(212)', '(95)', '2,818'],
    ['Chemodenervation facial nerve unilat', '{64612}', '110', '118', '15,045', '(3,380)', '0', '11,665'],
    ['Sciatic nerve block single inj', '{64445}', '260', '233', '(8,856)', '1,023', '(310)', '(8,143)'],
    ['Total, cost center [41310]', '', '432', '417', '12,224', '(1,405)', '(1,145)', '9,674'],
  ],
});

// ── 13. UKG / Kronos timecard with labor level transfer ──
const timecard = table({
  id: 's28-tc',
  kind: 's28-ukg-timecard-labor-transfer-grid',
  caption: 'Timecard — Employee ID E-20156 — Pay Period 10/05/2025–10/18/2025',
  headers: ['Date', 'Pay Code', 'In', 'Transfer', 'Out', 'Hours', 'Labor Level (Co/Facility/CC/Job)', 'Approved'],
  rows: [
    ['Mon 10/06', 'REG', '06:28', '', '15:02', '8.07', '100/LRMC/[41310]/[31856]', 'Y'],
    ['Tue 10/07', 'REG', '06:31', '/[41315]/', '15:10', '8.15', '100/LRMC/[41310]/[31856]', 'Y'],
    ['Wed 10/08', 'CALLBK', '22:10', '', '01:45', '3.58', '100/LRMC/[41310]/[31856]', 'N'],
    ['Thu 10/09', 'PTO', '', '', '', '8.00', '100/LRMC/[64632]/[31856]', 'Y'],
  ],
});

// ── 14. Payroll register / earnings statement detail ──
const payroll = lines({
  id: 's28-pay',
  kind: 's28-payroll-register-check-detail',
  before: 'Payroll Register — Pay Date 10/24/2025 — Lakeshore Regional Medical Center',
  text: [
    'Emp # [20156]   RN Periop II   Dept [41310] Surgical Services   Check/Advice # [88211]',
    'Address: 218 Lake Ave, Huron OH [44839]',
    'Earnings  REG 80.00 h  3672.80   CALLBK 3.58 h  246.48   Shift diff  62.40',
    'YTD Gross [78339].14   YTD Federal taxable [72612].90   YTD 403(b) 7801.20',
    'Deductions: Medical PPO  142.18   Dental  12.40   Garnishment case [64714]-DR  210.00',
    'Net pay 2811.06   Direct deposit acct ****4471   Batch [66919]',
  ].join('\n'),
});

// ── 15. Service-line P&L rolled up by procedure ──
const slpl = table({
  id: 's28-slpl',
  kind: 's28-service-line-pl-procedure-rollup',
  caption: 'Service Line P&L — Pain & Peripheral Nerve — FY2025 — Outpatient, all payers',
  headers: [
    'CPT/HCPCS',
    'Description',
    'Encounters',
    'Net Revenue',
    'Direct Cost',
    'Contribution Margin',
    'Indirect Cost',
    'Net Margin',
  ],
  rows: [
    ['{64445}', 'N block inj sciatic sng', '233', '982,154', '412,880', '569,274', '188,022', '381,252'],
    ['{64632}', 'N block inj common digit', '41', '69,705', '21,024', '48,681', '14,303', '34,378'],
    ['{64612}', 'Destroy nerve face muscle', '118', '201,780', '97,549', '104,231', '47,452', '56,779'],
    ['{64712}', 'Revise sciatic nerve', '19', '187,720', '121,960', '65,760', '30,112', '35,648'],
    ['{64714}', 'Revise lumbar plexus', '6', '53,430', '38,250', '15,180', '11,501', '3,679'],
  ],
});

// ── 16. Standard cost build by charge code (cost accounting) ──
const stdCost = table({
  id: 's28-std',
  kind: 's28-standard-cost-build-by-charge-code',
  caption: 'Standard Cost Build — Cost Center 41310 OR — Relative Value Units by Charge Code',
  headers: ['Charge Code', 'CPT', 'Description', 'OR Min', 'Labor RVU', 'Supply Std $', 'Fixed OH $', 'Std Cost $'],
  rows: [
    ['36064712', '{64712}', 'OR LEVEL 3 NEUROPLASTY SCIATIC', '94', '31.02', '612.40', '1,108.00', '6,420.11'],
    ['36064714', '{64714}', 'OR LEVEL 3 NEUROPLASTY LUMB PLEX', '118', '38.94', '701.15', '1,390.00', '7,982.60'],
    ['36064632', '{64632}', 'PROC RM NEUROLYSIS PLANTAR DIG', '18', '4.10', '61.50', '212.00', '688.34'],
    ['[36019]', '{64612}', 'PROC RM CHEMODENERV FACIAL UNILAT', '22', '5.02', '1,310.00', '259.00', '2,040.77'],
    [
      '36064613',
      '{64612}',
      'PROC RM CHEMODENERV FACIAL BILAT (MOD 50)',
      '30',
      '6.80',
      '2,620.00',
      '259.00',
      '3,512.20',
    ],
    ['[36020]', '{64445}', 'BLOCK RM SCIATIC SINGLE', '14', '3.30', '402.18', '165.00', '883.45'],
  ],
});

// ── 17. OR case log vs hospital / professional charge match ──
const orMatch = table({
  id: 's28-ormatch',
  kind: 's28-or-log-vs-hb-pb-charge-match',
  caption: 'Charge Capture Reconciliation — OR Log to HB/PB — DOS 10/13/2025 — Unmatched and Partial only',
  headers: ['Log ID', 'Room', 'Logged Procedure', 'Logged CPT', 'HB Charge', 'PB Charge', 'Status', 'Owner'],
  rows: [
    ['[27730]', 'OR 7', 'Neurolysis sciatic nerve, open, right', '{64712}', '36064712 x1', '{64712}-RT', 'Matched', ''],
    [
      '[27731]',
      'OR 7',
      'Neurolysis lumbar plexus, open',
      '{64714}',
      '—',
      '{64714}',
      'HB missing',
      'Periop charge tech',
    ],
    [
      '[27742]',
      'Block',
      'Sciatic block, single shot, left (postop pain)',
      '{64445}',
      '[36020] x1',
      '—',
      'PB missing',
      'Anes billing',
    ],
    [
      '[27746]',
      'Proc 2',
      'Alcohol neurolysis 3rd web space',
      '{64632}',
      '36064632 x2',
      '{64632} x1',
      'Unit mismatch',
      'Podiatry',
    ],
    ['[27750]', 'Proc 2', 'Botox blepharospasm, left', '{64612}', '[36019] x1', '{64612}-LT', 'Matched', ''],
    [
      '[27751]',
      'Proc 2',
      'Botox hemifacial spasm, bilateral',
      '{64612}-50',
      '[36019] x2',
      '{64612}-50',
      'Review: HB 2 units vs PB mod 50',
      'Rev integrity',
    ],
    [
      '[27760]',
      'OR 7',
      'Sciatic neurolysis, open, left + block',
      '{64712}, {64445}',
      '36064712 x1',
      '{64712}-LT',
      'Block not charged',
      'Anes billing',
    ],
  ],
});

// ── 18. Late charge aging CSV (text preview) ──
const lateChg = lines({
  id: 's28-late',
  kind: 's28-late-charge-aging-csv',
  before: 'late_charges_oct.csv (opened in browser)',
  text: [
    'har,dos,post_date,lag_days,dept_id,cpt,charge_code,amount,reason',
    '5375600031,2025-09-02,2025-10-14,42,[41310],{64712},36064712,9880.00,OR log not closed',
    '5375600044,2025-09-11,2025-10-14,33,[41310],{64714},36064714,8905.00,surgeon addendum pending',
    '5375600058,2025-09-19,2025-10-15,26,[53031],{64445},[36020],1267.50,anes record unsigned',
    '5375600060,2025-09-22,2025-10-15,23,[64612],{64612},[36019],1345.00,dept [64612] = Oculoplastics clinic',
    '5375600071,2025-10-01,2025-10-16,15,[22008],{64632},36064632,688.00,supply scan missing',
    'rows: 5  total_amount: [22085].50  extract_id: [43252]',
  ].join('\n'),
});

// ── 19. Contract management record: professional services agreement, per-procedure compensation ──
const clm = lines({
  id: 's28-clm',
  kind: 's28-clm-psa-per-procedure-comp-schedule',
  before: 'Contract Record — CLM — Professional Services Agreement',
  text: [
    'Contract ID: CTR-[92258]   Counterparty: Great Lakes Anesthesia Partners, LLC   Vendor # [20846]',
    'Notice address: 900 Commerce Pkwy, Suite 300, Toledo OH [43604]   Term: 01/01/2026 – 12/31/2028',
    'Exhibit C — Compensation per procedure (in addition to base stipend of $[14920]/month):',
    '  Ultrasound-guided sciatic nerve block, single injection, CPT {64445}: $118.00 per block when separately documented',
    '  Chemodenervation, facial nerve ({64612}) — not covered under this agreement; see Neurology PSA CTR-[92259]',
    '  Neuroplasty cases {64712} / {64714}: call coverage only; no per-case fee.',
    'Obligations: 12 milestones   Renewal alert 90 days   Fair market value opinion ref FMV-[80631]',
  ].join('\n'),
});

// ── 20. GPO tier award letter ──
const gpo = lines({
  id: 's28-gpo',
  kind: 's28-gpo-tier-award-letter',
  before: 'Group Purchasing Organization — Notice of Award',
  text: [
    'Agreement Number: MS[63255]   Category: Regional Anesthesia Needles & Catheters   Effective 02/01/2026',
    'Member: Lakeshore Regional Medical Center, Sandusky OH [44870]   Member ID [26336]',
    'Tier 2 (committed 80% of category spend) — pricing on 14 SKUs, including:',
    '  Vendor item [48202] NEEDLE STIMUPLEX A 22G 100MM  tier price $11.40 (was $13.05)',
    '  Vendor item BB-[33854] CATHETER CONTIPLEX  tier price $41.80',
    'Estimated annual savings $[23552] based on 12-month usage of [10147] units.',
  ].join('\n'),
});

// ── 21. Board finance committee packet narrative ──
const board = lines({
  id: 's28-board',
  kind: 's28-board-finance-committee-packet-narrative',
  before: 'Finance Committee of the Board — October 2025 — CFO Report',
  text: [
    'Operating margin for September was 2.8% against a budget of 2.1%. Adjusted patient days were [12250], 3% over plan.',
    'Outpatient surgery cases were 417 FYTD. Peripheral nerve work drove the favorable mix: lumbar plexus',
    'neuroplasty ({64714}) rose from 4 budgeted to 6 cases, while sciatic neuroplasty (CPT {64712}) fell short by 3.',
    'Chemodenervation for blepharospasm, code {64612}, continues to grow at the Huron clinic (ZIP [44839]).',
    'Pain block volume ({64445}) declined after the ASC transition; we expect the remaining sciatic blocks ({64445}) to move by Q2.',
    'Neurolytic destruction of plantar digital nerves ({64632}) beat plan by five cases; see service-line page 9.',
    'Days cash on hand 187; cash and investments $[61915] thousand above covenant minimum.',
    'Motion: approve FY2026 capital budget line [58427] as presented.',
  ].join('\n'),
});

// ── 22. Capital request with projected procedure volumes ──
const capex = lines({
  id: 's28-capex',
  kind: 's28-capital-request-volume-roi',
  before: 'Capital Expenditure Request — FY2026',
  text: [
    'Request # CER-2026-[58427]   Dept: Surgical Services ([41310])   Item: Ultrasound system, portable, regional anesthesia',
    'Vendor quote Q-[75844] (GE HealthCare)   Amount $[74555].00 incl. probes; trade-in credit $8400',
    'Volume justification (annual):',
    '  {64445} Injection, anesthetic agent; sciatic nerve, single — 233 → 300',
    '  {64632} Destruction by neurolytic agent; plantar common digital nerve — 41 → 55',
    '  {64612} Chemodenervation of muscle(s); facial nerve, unilateral — EMG guidance today, no change (118)',
    'Not affected: open neuroplasty cases ({64712}, {64714}) use the OR fleet unit.',
    'Incremental contribution margin $[42002] / yr; simple payback 1.6 years; useful life 7 years.',
  ].join('\n'),
});

// ── 23. Pharmacy purchasing price change alert ──
const wacAlert = table({
  id: 's28-wac',
  kind: 's28-pharmacy-wac-price-change-alert',
  caption: 'Price Change Alert — effective 10/01/2025 — items on formulary',
  headers: ['NDC', 'Item', 'Old WAC', 'New WAC', '% Chg', '12-mo Qty', 'Budget Impact', 'Contract'],
  rows: [
    ['[00023]-1145-01', 'BOTOX 100 UNIT VL', '616.20', '642.10', '4.2%', '2,200', '56,980.00', 'WAC'],
    ['[65250]-0266-20', 'EXPAREL 266MG/20ML VL', '340.30', '355.90', '4.6%', '310', '4,836.00', 'VZ-[62587]'],
    ['[63323]-0467-30', 'BUPIVACAINE 0.5% 30ML', '4.12', '4.40', '6.8%', '13,680', '3,830.40', 'PVP'],
  ],
});

// ── 24. Bill-only implant purchase order, printed ──
const billOnly = lines({
  id: 's28-billonly',
  kind: 's28-bill-only-implant-po-print',
  before: 'PURCHASE ORDER — BILL ONLY — Do not ship',
  text: [
    'PO Number: 4501188231   Supplier # [20843]   Supplier: Axogen Corp, Alachua FL [32615]',
    'Case date 10/13/2025   Room OR 7   Surgeon: Whitcomb   Patient acct (HAR) 5375600019',
    'Procedure: NEUROPLASTY SCIATIC NERVE, RIGHT — CPT {64712}-RT',
    'Regional block {64445} by anesthesia — no implant, not on this PO',
    'Line 1  AVANCE NERVE GRAFT 2-3MM X 30MM  REF AG[26862]  Lot [81434]  qty 1  $3,650.00',
    'Line 2  AXOGUARD NERVE CONNECTOR 3MM  REF AGC[64714] (vendor ref, not a code)  Lot [81435]  qty 1  $470.00',
    'Rep: J. Marsh, rep badge [85080]   Implant charge code 27800612   Ship-to ZIP [44870]',
  ].join('\n'),
});

// ── 25. PS&R outpatient summary by revenue code and HCPCS (CMS PS&R report layout, text) ──
const psr = lines({
  id: 's28-psr',
  kind: 's28-psr-outpatient-rev-code-hcpcs-summary',
  before: 'PROVIDER STATISTICAL AND REIMBURSEMENT REPORT — OUTPATIENT — REPORT TYPE 710',
  text: [
    'PROVIDER 360142  FYE 06/30/2025  PAID DATES 07/01/2024-12/31/2025  RUN ID [39206]  PAGE 14',
    'REV  HCPCS  APC   SVC UNITS   TOTAL CHARGES   NON-COVERED   COVERED CHARGES   PAYMENT',
    '0360 {64712} 5432       7       69,160.00          0.00      69,160.00       28,411.73',
    '0360 {64714} 5432       2       17,810.00          0.00      17,810.00        8,117.42',
    '0361 {64632} 5431      14        9,632.00          0.00       9,632.00        4,002.18',
    '0361 {64612} 5442      31       41,695.00        880.00      40,815.00       11,340.06',
    '0370 {64445} 5443      88      81,190.00        0.00      81,190.00       14,210.50',
    '0636 J0585   N/A     3100      99,420.00          0.00      99,420.00       18,955.00',
    'SUBTOTAL REV 0360-0361 ({64712} {64714} {64632} {64612}): 54 UNITS',
    'NOTE: HCPCS {64445} UNDER REV 0370 INCLUDES [22716] CHARGE LINES BILLED WITH MOD -RT/-LT.',
  ].join('\n'),
});

// ── 26. Surgeon supply cost scorecard by procedure ──
const scorecard = table({
  id: 's28-score',
  kind: 's28-surgeon-supply-cost-scorecard',
  caption: 'Physician Supply Cost Scorecard — Q3 FY2025 — compared with peer median at Lakeshore and system hospitals',
  headers: [
    'Surgeon',
    'Procedure (primary CPT)',
    'Cases',
    'Avg Supply $',
    'Peer Median $',
    'Var $/case',
    'Top driver item',
  ],
  rows: [
    ['Whitcomb, A.', '{64712} Neuroplasty sciatic', '7', '1,204.10', '742.00', '462.10', '[21460] nerve wrap'],
    ['Rao, P.', '{64712} Neuroplasty sciatic', '5', '698.40', '742.00', '(43.60)', '—'],
    ['Whitcomb, A.', '{64714} — Neuroplasty lumbar plexus', '2', '1,390.00', '1,010.00', '380.00', 'nerve conduit'],
    ['Lindqvist, M.', 'CPT {64632} plantar digital neurolysis', '14', '61.50', '58.20', '3.30', 'alcohol amp'],
    ['Osei, K.', '{64612}-RT / {64612}-LT chemodenervation', '31', '1,305.00', '1,288.00', '17.00', '[34469] toxin'],
    [
      'Anesthesia group',
      '{64445} sciatic block (US-guided)',
      '88',
      '402.18',
      '188.40',
      '213.78',
      'liposomal bupivacaine',
    ],
  ],
});

// ── 27. Annual price increase impact model by CPT ──
const priceModel = table({
  id: 's28-price',
  kind: 's28-annual-price-increase-impact-model',
  caption:
    'FY2026 Gross Charge Increase Model — Scenario B (4.5% across, market caps applied) — Finance Decision Support',
  headers: [
    'CPT',
    'Mod',
    'Current Gross',
    'Proposed',
    'FY25 Volume',
    'Gross Impact',
    'Est. Net Impact',
    'Market Cap Hit',
  ],
  rows: [
    ['{64712}', '', '9,880.00', '10,324.60', '19', '8,447.40', '1,098.16', 'N'],
    ['{64714}', '', '8,905.00', '9,305.73', '6', '2,404.38', '312.57', 'N'],
    ['{64632}', '', '688.00', '718.96', '41', '1,269.36', '165.02', 'Y — held at peer P75'],
    ['{64612}', '', '1,345.00', '1,405.53', '118', '7,142.54', '928.53', 'N'],
    ['{64612}', '50', '2,690.00', '2,811.05', '9', '1,089.45', '141.63', 'N'],
    ['{64445}', '', '1,267.50', '1,324.54', '233', '13,290.32', '1,727.74', 'N'],
    ['{64445}', 'RT', '1,267.50', '1,324.54', '41', '2,338.64', '304.02', 'N'],
  ],
});

// ── 28. Payer mix by procedure, contribution margin pivot ──
const payerMix = table({
  id: 's28-mix',
  kind: 's28-payer-mix-contribution-pivot',
  caption: 'Contribution Margin by Payer — Pain & Peripheral Nerve — FY2025 (pivot; rows = CPT)',
  headers: ['Row Labels', 'Medicare', 'Medicare Advantage', 'Medicaid MCO', 'Commercial', 'Self-pay', 'Grand Total'],
  rows: [
    ['{64445}', '112040', '[50217]', '(4118)', '387020', '6128', '551287'],
    ['{64612}', '[44284]', '[18342]', '(2010)', '[43615]', '0', '104231'],
    ['{64632}', '[12803]', '8211', '1402', '[26050]', '215', '[48681]'],
    ['{64712}', '(9880)', '4118', '—', '[41410]', '0', '[35648]'],
    ['{64714}', '0', '(2111)', '—', '[15520]', '—', '[13409]'],
  ],
});

// ── 29. Periop value analysis committee minutes ──
const vac = lines({
  id: 's28-vac',
  kind: 's28-value-analysis-committee-minutes',
  before: 'Perioperative Value Analysis Committee — Minutes — 10/21/2025',
  text: [
    'Present: Periop director, supply chain, 2 surgeons, anesthesia chief, finance analyst. Quorum met.',
    '1. Nerve wrap conversion (item [21460] to contract alternative): applies to sciatic neuroplasty {64712} and',
    '   lumbar plexus neuroplasty {64714}; projected savings $[14478] on 25 cases. Approved 6–0.',
    '2. Liposomal bupivacaine for single-shot sciatic blocks (CPT {64445}): anesthesia to restrict to',
    '   cases meeting criteria; {64445} volume 233, spend $[82881] last FY. Tabled pending outcomes data.',
    '3. Botox vial sharing for {64612} clinic days — pharmacy to draft USP 797 beyond-use policy.',
    '4. Dehydrated alcohol price (NDC [55150]-0223-01) — {64632} cost per case +$4.10; no action.',
    'Next meeting 11/18/2025, Conference Room B, 4100 Shore Dr, Sandusky [44870].',
  ].join('\n'),
});

// ── 30. Budget statistics feed: monthly procedure volumes from the EHR into the budgeting system ──
const statFeed = lines({
  id: 's28-stat',
  kind: 's28-budget-stat-feed-procedure-volumes',
  before: 'Axiom/Budget load preview — stat_feed_202509.txt (pipe-delimited)',
  text: [
    'ENTITY|DEPT|STAT_ID|STAT_NAME|CPT|PERIOD|VALUE',
    '100|[41310]|ST0412|OR CASES NEUROPLASTY SCIATIC|{64712}|2025-09|2',
    '100|[41310]|ST0413|OR CASES NEUROPLASTY LUMBAR PLEXUS|{64714}|2025-09|1',
    '100|[41316]|ST0520|PROC RM NEUROLYSIS PLANTAR DIGITAL|{64632}|2025-09|4',
    '100|[64612]|ST0521|CLINIC CHEMODENERV FACIAL|{64612}|2025-09|11',
    '100|[41316]|ST0522|CLINIC CHEMODENERV FACIAL BILAT|{64612}-50|2025-09|1',
    '200|[53031]|ST0601|BLOCKS SCIATIC SINGLE|{64445}|2025-09|19',
    'TRAILER|rows=6|load_id=[96620]',
  ].join('\n'),
});

export const sealed28: Snippet[] = [
  ...wkstA,
  ...wkstC,
  ...apOcr,
  ...threeWay,
  ...itemMaster,
  ...prefRev,
  ...prefUse,
  ...accum,
  ...wholesaler,
  ...coa,
  ...glDrill,
  ...flex,
  ...timecard,
  ...payroll,
  ...slpl,
  ...stdCost,
  ...orMatch,
  ...lateChg,
  ...clm,
  ...gpo,
  ...board,
  ...capex,
  ...wacAlert,
  ...billOnly,
  ...psr,
  ...scorecard,
  ...priceModel,
  ...payerMix,
  ...vac,
  ...statFeed,
];
