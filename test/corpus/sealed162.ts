import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 162 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s162-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (office visits, ultrasound guidance, anesthesia codes, other nerve blocks and neurolysis, the
 * global-period visit). Staff-typed memos on card transactions ("QUINTERO 64712 RT") are read as codes, as she would.
 * The decoys are what a cashiering office prints around them: ZIPs of the clinics, the surgery center, the business
 * office and the patients, sequential receipt numbers (which at the Riverside desk happen to run 64632–64638),
 * drawer session, deposit bag and bank branch numbers, cashier and witness employee numbers, department ids and GL
 * cash accounts, estimate, GFE, payment plan, voucher, statement and saved-view ids, refund request ids, card
 * terminal invoice numbers and host references, payer ids and plan codes, an SMS short code, and dollar amounts in
 * CSV exports. About a third of them are numbers of the synthetic 10,000-code set (KNOWN_10K): the Riverside clinic's
 * ZIP and two patients' ZIPs, the surgery center's department id, a cashier and two other employee numbers, a
 * deposit bag and a bank branch number, the estimate, online receipt, GFE, voucher, statement and saved-view ids,
 * Savannah receipt numbers, a group number, a payer call reference, a plan code, policy numbers, an SMS reference and
 * settlement deposit references. The five known codes' digits come back as decoys: the business office's PO box
 * (64712), the payer's PO box and a patient's ZIP in Elmo (64445), a receipt number (64632), a drawer session id
 * (64612), a card batch host reference (64445) and an accounts-payable refund check number (64714).
 *
 * Family: point-of-service collections and cashiering at a (fictional) health system's pain and peripheral-nerve
 * clinics (Riverside and Savannah) and its surgery center, on one business day, Wednesday 18 March 2026: the
 * check-in estimate and collection screen (header, estimate lines, take-payment form, eligibility panel), the clinic
 * arrivals worklist with expected collections, payment receipts (printed, emailed, itemized, thermal reprint), the
 * cash drawer close-out (summary, transaction list, count sheet, over/short memo), the daily deposit log, the bank
 * deposit ticket and the deposit reconciliation CSV, the card terminal batch report, the processor portal batch
 * detail, the settlement funding CSV and a terminal refund slip, the refund request queue, a refund detail, an
 * approval e-mail thread and an accounts-payable refund voucher, a patient's prepayment letter and its estimate
 * enclosure, a self-pay Good Faith Estimate (header and items), a payment plan agreement, the revenue-cycle
 * dashboard of POS collections (KPI tiles, by service, by location, CSV export, chart tooltip), the cashiering
 * system's HL7 DFT^P03 to billing, a cost estimator JSON, the patient portal balance page, a pre-visit payment SMS,
 * the cashier audit trail, the front-desk team chat, the POS collection policy and the unapplied cash report.
 * Built on real public layouts: Epic-style "estimate and collect" check-in screens and MyChart billing pages,
 * hospital POS collection policies (collect 50% before surgery, supervisor approval of refunds), the CMS Good Faith
 * Estimate standard form (Service Code column, $400 dispute notice), card terminal batch reports and processor
 * portal batch / funding exports, commercial bank deposit tickets (MICR line), HL7 v2.5.1 DFT^P03 with FT1
 * procedure codes, and revenue-cycle POS dashboards (expected vs collected at point of service). The others are
 * written the way those pages read, with no single source.
 *
 * 378 labelled tokens over 42 shapes: 189 codes, 189 decoys, 66 of the decoys in KNOWN_10K.
 */

// ── 1. Check-in "estimate & collect" screen, header block (surgery center) ──
const checkinHeader = lines({
  id: 's162-ciheader',
  kind: 's162-checkin-estimate-header-block-text',
  before: 'Check-In — Estimate & Collect — NWPH Surgery Center — Wed 03/18/2026 06:42',
  text: [
    'Patient: QUINTERO, MARISA J   MRN 00418827   DOB 07/22/1979   Guarantor acct 7004188   HAR 31100482',
    'Address: 118 W Grand Ave, Cameron, MO [64429]   Ph 816-555-0134',
    'Appt: 07:30 NEUROPLASTY SCIATIC RT — Ferris, Anjali MD — OR 2',
    'Scheduled procedure: {64712}-RT Neuroplasty and/or transposition; sciatic nerve   Anesthesia: {01250} (MAC)',
    'Coverage: Heartland Choice PPO   Member ID HCX884102271   Group [20143]   Plan year resets 07/01',
    'Estimate no. EST-[40712]-A   Created 03/02/2026 by M. Hollis (PFS)   Status: Prepaid 50%',
    'Location: NWPH Surgery Center, 5210 Mitchell Ave, St. Joseph, MO [64506]   Dept [10221]',
  ].join('\n'),
});

// ── 2. Check-in estimate lines, table ──
const checkinLines = table({
  id: 's162-cilines',
  kind: 's162-checkin-estimate-line-items-grid',
  caption: 'Estimate EST-40712-A — lines (benefits as of 03/17/2026)',
  headers: [
    'Line',
    'Service',
    'Code',
    'Billed by',
    'Est. charge',
    'Est. allowed',
    'Deductible',
    'Coins 20%',
    'Pt resp',
  ],
  rows: [
    [
      '1',
      'Neuroplasty, sciatic nerve (surgeon)',
      '{64712}-RT',
      'NWPH Physicians',
      '$2,850.00',
      '$1,146.00',
      '$1,146.00',
      '$0.00',
      '$1,146.00',
    ],
    [
      '2',
      'Facility fee — ASC',
      '{64712}-RT',
      'NWPH Surgery Center',
      '$6,420.00',
      '$3,388.00',
      '$614.00',
      '$554.80',
      '$1,168.80',
    ],
    [
      '3',
      'Anesthesia (MAC), 6 base + 4 time units',
      '{01250}',
      'Prairie Anesthesia Assoc.',
      '$1,180.00',
      '$612.00',
      '$0.00',
      '$122.40',
      '$122.40',
    ],
    [
      '—',
      'Intraop nerve monitoring (not estimated; only if needed)',
      '{95940}',
      'NWPH Neurophysiology',
      '—',
      '—',
      '—',
      '—',
      '—',
    ],
    ['', 'Total', '', '', '$10,450.00', '$5,146.00', '$1,760.00', '$677.20', '$2,437.20'],
  ],
});

// ── 3. Check-in "take payment" form, text layer ──
const takePayment = lines({
  id: 's162-takepay',
  kind: 's162-checkin-take-payment-form-text',
  before: 'Estimate & Collect › Take Payment — QUINTERO, MARISA J — HAR 31100482',
  text: [
    'Visit: 03/18/2026  NWPH Surgery Center  {64712}-RT  Ferris, Anjali MD',
    'Estimated patient responsibility ........ $2,437.20',
    'Prepaid 03/09/2026 (receipt [40700]) ....... -$1,218.60',
    'Amount due today ........................ $1,218.60',
    'Amount collected: $500.00   Method: (•) Card  ( ) Cash  ( ) Check  ( ) HSA card',
    'Apply to: (•) This visit — {64712}-RT / {01250}   ( ) Prior balance   ( ) Prepayment on account',
    'Remaining $718.60 → Payment plan PP-[30782] (4 × $179.65, first draft 04/15/2026)',
    'Reason if less than due: Payment plan signed ▼   Drawer: ASC-01   Cashier: bsoto ([20138])',
  ].join('\n'),
});

// ── 4. Eligibility / benefits panel on the check-in screen, text layer ──
const benefits = lines({
  id: 's162-benefits',
  kind: 's162-checkin-eligibility-benefits-panel-text',
  before: 'Eligibility (271) — Heartland Choice PPO — checked 03/17/2026 16:05 — Trace 884102271-0317',
  text: [
    'Service type 2 (Surgical), in network: Deductible $3,000.00 individual, met $1,240.00, remaining $1,760.00',
    'Coinsurance 20% after deductible; Out-of-pocket max $6,500.00, met $2,400.00',
    'Prior auth: required — Auth# HC26-[08841] approved for {64712} RT, 03/18/2026–04/17/2026',
    'Payer phone 1-800-555-0199, call reference [12389]',
    'Place of service 24 (ASC) benefit applies; professional {64712} and anesthesia {01250} in network',
    'Payer ID [47198]   Claims: Heartland Choice, PO Box [64445], Kansas City, MO [64141]',
  ].join('\n'),
});

// ── 5. Clinic arrivals worklist with expected collections, table ──
const arrivals = table({
  id: 's162-arrivals',
  kind: 's162-clinic-arrivals-expected-collections-grid',
  caption: 'Arrivals — Pain & Peripheral Nerve Clinic – Riverside — 03/18/2026 — POS collections',
  headers: ['Appt', 'Patient', 'Visit type', 'Planned CPT', 'Coverage', 'Expected', 'Collected', 'Status'],
  rows: [
    [
      '08:00',
      'Okafor, Darnell',
      'PROC - NERVE BLOCK',
      '{64445}, {76942}, {99214}-25',
      'Prairie Mutual HMO',
      '$77.20',
      '$77.20',
      'Paid',
    ],
    [
      '08:40',
      'Brandt, Tomasz',
      'PROC - NEUROLYSIS',
      '{64632}, {99213}-25',
      'Self-pay',
      '$486.00',
      '$486.00',
      'Paid (check)',
    ],
    ['09:20', 'Abernathy, Joan', 'NEW PT', '{99204}', 'Medicare', '$0.00', '$0.00', 'No resp'],
    [
      '10:00',
      'Pierce, Calvin',
      'PROC - NERVE BLOCK',
      '{64450}, {20552}',
      'Prairie Mutual HMO',
      '$50.00',
      '$0.00',
      'Declined — bill',
    ],
    ['10:40', 'Duarte, Ana', 'PROC - RFA', '{64633}, {64634}', 'Heartland Choice PPO', '$412.00', '$200.00', 'Partial'],
    [
      '11:20',
      'Rhee, Samuel',
      'PROC - NERVE BLOCK',
      '{64445}',
      'Heartland Choice PPO',
      '$0.00 (OOP met)',
      '$0.00',
      'No resp',
    ],
    ['13:00', 'Lott, Bernice', 'FOLLOW-UP', '{99213}', 'Prairie Mutual HMO', '$50.00', '$50.00', 'Paid'],
    ['13:40', 'Greer, Martin', 'PROC - NEUROLYSIS', '{64632}', 'Heartland Choice PPO', '$96.40', '$96.40', 'Paid'],
    ['14:20', 'Yoder, Ruth', 'PROC - NERVE BLOCK', '{64445}, {64447}', 'Medicaid', '$0.00', '$0.00', 'No resp'],
    ['15:00', 'Hooper, Lance', 'FOLLOW-UP', '{99214}', 'Medicare', '$0.00', '$62.00 (prior bal)', 'Paid prior balance'],
  ],
});

// ── 6. Printed payment receipt, text layer ──
const receiptPrint = lines({
  id: 's162-rcptprint',
  kind: 's162-payment-receipt-printed-text',
  before: 'NORTHWEST PRAIRIE HEALTH — PAYMENT RECEIPT',
  text: [
    'Pain & Peripheral Nerve Clinic – Riverside, 3400 Frederick Ave Ste 210, St. Joseph, MO [64503]',
    'Receipt #: [64632]     Date: 03/18/2026 08:04     Cashier: rcastillo ([12336])',
    'Patient: Darnell Okafor   Acct 7002215   Visit 03/18/2026   Provider: Ferris, Anjali MD',
    'Payment type: VISA ************4417   Auth 84L21B   Entry: Chip   Amount: $77.20',
    'Applied: Specialist copay $50.00 (OV {99214}) · Coinsurance est. $27.20 ({64445} $21.40, {76942} $5.80)',
    'Balance after payment: $0.00 (estimate; your insurer will send an Explanation of Benefits)',
    'Questions about your bill: Patient Financial Services, PO Box [64712], St. Joseph, MO [64502] · 816-555-0172',
  ].join('\n'),
});

// ── 7. E-mailed receipt for an online prepayment, text layer ──
const receiptEmail = lines({
  id: 's162-rcptemail',
  kind: 's162-payment-receipt-email-text',
  before: 'From: NWPH Patient Payments <no-reply@pay.nwprairiehealth.example> — Subject: Your payment receipt',
  text: [
    'Hi Marisa, thank you for your payment of $1,218.60 on March 9, 2026.',
    'Receipt number: [40700]    Confirmation: PPH-2026-0309-7751',
    'Applied to: prepayment for surgery on 03/18/2026 at NWPH Surgery Center (CPT {64712}, anesthesia {01250})',
    'Paid with: Mastercard ending 2290 · Online (MyPrairie)   Estimate EST-[40712]-A',
    'Remaining estimated amount due at check-in: $1,218.60',
    "This estimate is based on your benefits as of 03/02/2026. Final amounts depend on your insurer's processing.",
    'NWPH Patient Financial Services · PO Box [64712] · St. Joseph, MO [64502] · Do not reply to this email.',
  ].join('\n'),
});

// ── 8. Itemized receipt for a Medicare chemodenervation visit, table ──
const receiptItems = table({
  id: 's162-rcptitems',
  kind: 's162-receipt-itemized-visit-grid',
  caption: 'Receipt 11873 — Itemization — Vukovich, Helen — 03/18/2026 — Pain & Nerve Savannah',
  headers: ['Service', 'CPT/HCPCS', 'Mod', 'Units', 'Est. Medicare allowed', 'Est. your share (20%)'],
  rows: [
    ['Chemodenervation, facial nerve muscles, unilateral', '{64612}', 'RT', '1', '$131.40', '$26.28'],
    ['Needle EMG guidance for chemodenervation', '{95874}', '', '1', '$48.60', '$9.72'],
    ['OnabotulinumtoxinA, per unit', 'J0585', 'JZ', '50', '$330.00', '$66.00'],
    ['Total collected (cash)', '', '', '', '$510.00', '$102.00'],
    ['Receipt [11873] · cash · drawer SAV-01 · previous visit 12/17/2025 {64612}-RT paid in full', '', '', '', '', ''],
  ],
});

// ── 9. Thermal receipt reprint, 40 columns, text layer ──
const receiptThermal = lines({
  id: 's162-rcptthermal',
  kind: 's162-receipt-thermal-reprint-text',
  before: '*** REPRINT *** 03/18/2026 16:51',
  text: [
    'NW PRAIRIE HEALTH PAIN & NERVE',
    '3400 FREDERICK AVE STE 210',
    'ST JOSEPH MO [64503]',
    'RCPT [64633]   DRWR RIV-02   OPR [12336]',
    'PT: BRANDT, TOMASZ   ACCT 7009931',
    'SELF-PAY PRICE  {64632}      398.00',
    'SELF-PAY PRICE  {99213}       88.00',
    'GFE REF GFE-[50015]   TOTAL  486.00',
    'CHECK #1186               486.00',
    'BAL DUE                     0.00',
  ].join('\n'),
});

// ── 10. Cash drawer close-out summary, text layer ──
const closeout = lines({
  id: 's162-closeout',
  kind: 's162-cash-drawer-closeout-summary-text',
  before: 'Cash Drawer Close-Out — RIV-02 — Pain & Peripheral Nerve Clinic – Riverside',
  text: [
    'Drawer session [64612]   Opened 03/18/2026 07:31 by rcastillo ([12336])   Closed 17:06',
    'Opening float: $150.00   Expected cash: $462.00   Counted cash: $461.00   Over/(short): ($1.00)',
    'Receipts: cash $312.00 (3) · check $486.00 (1) · card $373.60 (3) · total $1,171.60 (7)',
    'POS collections by service: {64445}/{76942} $27.20 · {64632} $494.40 · {64633}/{64634} $200.00 · E/M $188.00',
    'Prior-balance payments: $262.00 (2)   Prepayments on account: $0.00   Refunds paid from drawer: $0.00',
    'Deposit bag [70410] sealed 17:08, seal no. 0884127, witness J. Pruitt ([30108])',
    'Close-out status: SUBMITTED — awaiting supervisor review (K. Lindqvist)',
  ].join('\n'),
});

// ── 11. Cash drawer transaction list, table ──
const drawerTx = table({
  id: 's162-drawertx',
  kind: 's162-cash-drawer-transaction-list-grid',
  caption: 'Drawer RIV-02 — session transactions — 03/18/2026',
  headers: ['Time', 'Receipt', 'Patient', 'Method', 'Applied to', 'Amount'],
  rows: [
    ['08:04', '[64632]', 'Okafor, D.', 'Card', 'Copay {99214}; coins {64445}/{76942}', '$77.20'],
    ['08:46', '[64633]', 'Brandt, T.', 'Check #1186', 'Self-pay {64632}, {99213}', '$486.00'],
    ['10:52', '[64634]', 'Duarte, A.', 'Card', 'Deposit {64633}, {64634}', '$200.00'],
    ['11:15', '[64635]', 'Alvarez, R.', 'Cash', 'Prior balance, HAR 31098817', '$200.00'],
    ['13:08', '[64636]', 'Lott, B.', 'Cash', 'Copay {99213}', '$50.00'],
    ['13:52', '[64637]', 'Greer, M.', 'Card', 'Coins {64632}', '$96.40'],
    ['15:30', '[64638]', 'Hooper, L.', 'Cash', 'Prior balance, statement [20525]', '$62.00'],
  ],
});

// ── 12. Drawer count sheet, table (decoys only) ──
const countSheet = table({
  id: 's162-count',
  kind: 's162-cash-drawer-count-sheet-grid',
  caption: 'Drawer RIV-02 — Count sheet — 03/18/2026 17:02',
  headers: ['Item', 'Detail', 'Amount'],
  rows: [
    ['Drawer / session', 'RIV-02', '[64612]'],
    ['$20 × 16 · $10 × 9 · $5 × 7 · $1 × 16', 'currency', '$461.00'],
    ['Checks (1)', 'check #1186, ABA 101000695', '$486.00'],
    ['Change fund (float) GL', '[10110]-4410', '$150.00'],
    ['Deposit bag no.', '[70410]', '$797.00'],
    ['Counted by', 'Castillo, R. — emp. [12336]', ''],
    ['Verified by', 'Pruitt, J. — emp. [30108]', ''],
  ],
});

// ── 13. Over/short explanation e-mail, text layer ──
const overShort = lines({
  id: 's162-overshort',
  kind: 's162-drawer-over-short-explanation-email-text',
  before: 'Subject: RIV-02 short $1.00 on 03/18 — explanation',
  text: [
    'Kim — drawer RIV-02 (session [64612]) counted $1.00 short. I believe I gave Mr. Alvarez $1 too much change on',
    'his $200.00 prior-balance payment (receipt [64635], HAR 31098817). All card and check totals tie to the batch.',
    'No patient refunds from the drawer today. Duarte paid $200.00 toward her {64633}/{64634} RFA and the rest will',
    "bill after insurance. Brandt's check for the {64632} self-pay visit is in bag [70410] with the cash.",
    '— Renee Castillo, Front Desk Lead, ext. 4417',
  ].join('\n'),
});

// ── 14. Daily deposit log, table ──
const depositLog = table({
  id: 's162-deplog',
  kind: 's162-daily-deposit-log-grid',
  caption: 'Daily Deposit Log — Patient Financial Services — Business date 03/18/2026',
  headers: ['Location', 'Drawer', 'Bag no.', 'Cash', 'Checks', 'Total deposit', 'Prepared by', 'Verified'],
  rows: [
    ['Riverside Pain & Nerve', 'RIV-02', '[70410]', '$311.00', '$486.00', '$797.00', 'Castillo [12336]', 'Lindqvist'],
    ['Riverside Pain & Nerve', 'RIV-01', '[70409]', '$140.00', '$0.00', '$140.00', 'Pruitt [30108]', 'Lindqvist'],
    ['Savannah Pain & Nerve', 'SAV-01', '[70413]', '$102.00', '$215.00', '$317.00', 'Ivey [40119]', 'Lindqvist'],
    ['Surgery Center', 'ASC-01', '[70414]', '$0.00', '$1,350.00', '$1,350.00', 'Soto [20138]', 'Lindqvist'],
    ['Total', '', '', '$553.00', '$2,051.00', '$2,604.00', '', ''],
  ],
});

// ── 15. Bank deposit ticket, image text layer ──
const depositTicket = lines({
  id: 's162-depticket',
  kind: 's162-bank-deposit-ticket-text',
  before: 'Commerce Bank — Commercial Deposit Ticket (image text)',
  text: [
    'Northwest Prairie Health — Patient Operating Acct   Date 3/19/2026',
    'Deposit location: St. Joseph Main, 2115 Frederick Ave, St. Joseph, MO [64501]',
    'Currency 553.00   Coin 0.00   Checks (5) 2,051.00   TOTAL 2,604.00',
    'Bags: [70410] [70409] [70413] [70414]   Ref: DEP-0318-PFS',
    '⑆101000695⑆ 000884201557⑈ 0318',
    'Teller stamp: MAR 19 2026 · BR [00412] · SEQ 8841',
  ].join('\n'),
});

// ── 16. Deposit reconciliation CSV export, text layer ──
const depositRecon = lines({
  id: 's162-deprecon',
  kind: 's162-deposit-reconciliation-csv-text',
  before: 'Export: deposit_recon_20260318.csv (Cash Management → Daily Reconciliation)',
  text: [
    'BUS_DATE,LOCATION,DEPT_ID,SOURCE,BAG_OR_BATCH,SYSTEM_AMT,BANK_AMT,VARIANCE,GL_CASH,STATUS',
    '2026-03-18,RIV,[10130],DRAWER,[70410],798.00,797.00,-1.00,[10110]-4410,OVER_SHORT_POSTED',
    '2026-03-18,RIV,[10130],DRAWER,[70409],140.00,140.00,0.00,[10110]-4410,MATCHED',
    '2026-03-18,SAV,[10140],DRAWER,[70413],317.00,317.00,0.00,[10110]-4410,MATCHED',
    '2026-03-18,ASC,[10221],DRAWER,[70414],1350.00,1350.00,0.00,[10110]-4410,MATCHED',
    '2026-03-18,ALL,,CARD,B118+B231+B204,7366.60,7366.60,0.00,[10110]-4420,MATCHED',
    '2026-03-18,ALL,,PORTAL,ONLINE,[18420].75,[18420].75,0.00,[10110]-4430,MATCHED',
  ].join('\n'),
});

// ── 17. Card terminal batch report, thermal text layer (the terminal knows no codes) ──
const batchReport = lines({
  id: 's162-batchrpt',
  kind: 's162-card-terminal-batch-report-text',
  before: 'PRAIRIE HEALTH ASC — BATCH REPORT',
  text: [
    '5210 MITCHELL AVE',
    'ST JOSEPH, MO [64506]',
    'MID: ****8841   TID: ****0217',
    'BATCH #: 118        03/18/26  17:32',
    'HOST REF [64445]',
    'VISA      6    $3,912.60',
    'MC        3    $1,480.00',
    'DISCOVER  1      $412.00',
    'AMEX      1      $500.00',
    'TOTAL    11    $6,304.60',
    'REFUNDS   1   -$1,450.00',
    'BATCH CLOSED — APPROVED   SEQ [00118]',
  ].join('\n'),
});

// ── 18. Processor portal batch detail, table ──
const batchDetail = table({
  id: 's162-batchdetail',
  kind: 's162-card-processor-batch-detail-grid',
  caption: 'Merchant portal › Batches › Batch 118 (ASC terminal) › Transactions (showing 6 of 12)',
  headers: ['Time', 'Card', 'Type', 'Amount', 'Auth', 'Invoice #', 'Customer ref'],
  rows: [
    ['06:51', 'AMEX ••1009', 'Sale', '$500.00', '204417', '[81102]', 'QUINTERO {64712} RT'],
    ['07:14', 'VISA ••3318', 'Sale', '$940.00', '551902', '[81103]', 'DIAZ {64714} DEP'],
    ['08:20', 'VISA ••7720', 'Sale', '$412.00', '090441', '[81104]', 'NGUYEN {64640} COINS'],
    ['09:03', 'MC ••5581', 'Sale', '$250.00', '713320', '[81105]', 'PATEL {64447} COPAY'],
    ['11:02', 'VISA ••6604', 'Refund', '-$1,450.00', '', '[80983]', 'FERREIRA RFND {64714} PREPAY'],
    ['13:35', 'MC ••0172', 'Sale', '$730.00', '338210', '[81106]', 'WEBB {64712}/{64708} DEP'],
  ],
});

// ── 19. Settlement funding CSV, text layer ──
const funding = lines({
  id: 's162-funding',
  kind: 's162-card-settlement-funding-csv-text',
  before: 'Funding report: settlement_2026-03-19.csv (merchant group NWPH, 4 MIDs)',
  text: [
    'FUND_DATE,MID_LAST4,LOCATION,BATCH,SALES_CT,SALES_AMT,REFUND_AMT,FEES,NET_FUNDED,DEPOSIT_REF',
    '2026-03-19,8841,ASC,118,11,6304.60,1450.00,188.42,4666.18,[30654]',
    '2026-03-19,2217,RIV,231,3,373.60,0.00,11.03,362.57,[30655]',
    '2026-03-19,2218,SAV,204,4,688.40,0.00,20.31,668.09,[30656]',
    '2026-03-19,9930,PORTAL,061,27,[18420].75,0.00,543.41,[17877].34,[30660]',
    '# NET_FUNDED total [23574].18; ACH trace 101000690884213',
  ].join('\n'),
});

// ── 20. Card terminal refund slip, text layer ──
const refundSlip = lines({
  id: 's162-refundslip',
  kind: 's162-card-terminal-refund-slip-text',
  before: 'PRAIRIE HEALTH ASC — CUSTOMER COPY',
  text: [
    'REFUND / RETURN',
    'VISA  ************6604   CHIP',
    '03/18/26 11:02   BATCH 118   INV [80983]',
    'AMOUNT  -$1,450.00',
    'REF: FERREIRA PREPAY {64714} CANCELLED',
    'ORIG SALE 03/12/26 INV [80114]  APPR 330918',
    'REFUND REQ RF-[20614]  APPROVED O. HARTSELL',
    'SIGNATURE NOT REQUIRED — RETAIN FOR RECORDS',
  ].join('\n'),
});

// ── 21. Refund request work queue, table ──
const refundQueue = table({
  id: 's162-refundq',
  kind: 's162-refund-request-work-queue-grid',
  caption: 'Refund Requests — Work Queue 3140 (Patient Refunds, POS) — 7 items — as of 03/19/2026 08:15',
  headers: ['Req #', 'Patient', 'Svc date', 'Service', 'Source payment', 'Refund amt', 'Reason', 'Status', 'Owner'],
  rows: [
    [
      'RF-[20614]',
      'Ferreira, Lucía',
      '03/25/2026',
      '{64714} (ASC)',
      'Card 03/12 $1,450.00',
      '$1,450.00',
      'Procedure cancelled by surgeon',
      'Completed to card',
      'Hartsell',
    ],
    [
      'RF-[20609]',
      'Okonjo, Felix',
      '02/11/2026',
      '{64445}, {76942}',
      'Cash 02/11 $120.00',
      '$48.60',
      'Insurance paid more than estimated',
      'Approved — check',
      'Hartsell',
    ],
    [
      'RF-[20611]',
      'Vance, Irene',
      '02/24/2026',
      '{64612}-LT',
      'Card 02/24 $102.00',
      '$102.00',
      'Medigap paid coinsurance',
      'Pending supervisor',
      'Mendez',
    ],
    [
      'RF-[20612]',
      'Whitford, Gail',
      '03/04/2026',
      '{64632}',
      'Check 03/04 $486.00',
      '$88.00',
      'Self-pay: {99213} not performed',
      'Pending review',
      'Mendez',
    ],
    [
      'RF-[20613]',
      'Quintero, Marisa',
      '03/18/2026',
      '{64712}-RT',
      'Prepay 03/09 $1,218.60',
      '$0.00',
      'Hold — awaiting payer EOB',
      'On hold',
      'Hartsell',
    ],
    [
      'RF-[20615]',
      'Diaz, Pilar',
      '04/01/2026',
      '{64714}',
      'Card 03/18 $940.00',
      '$212.40',
      'Estimate revised after auth',
      'New',
      'Unassigned',
    ],
    [
      'RF-[20616]',
      'Kessler, Anton',
      '01/28/2026',
      '{64640}, {64450}',
      'Card 01/28 $300.00',
      '$75.00',
      'Credit balance after 835',
      'New',
      'Unassigned',
    ],
  ],
});

// ── 22. Refund request detail form, text layer ──
const refundDetail = lines({
  id: 's162-refunddetail',
  kind: 's162-refund-request-detail-form-text',
  before: 'Refund Request RF-20612 — Detail',
  text: [
    'Patient: Whitford, Gail   MRN 00427716   Guarantor 7010442   Address: 88 Oak Ln, Savannah, MO [64485]',
    'Original payment: receipt [64563], check #2210, 03/04/2026, $486.00 (self-pay package {64632} + {99213})',
    'Services actually performed 03/04/2026: {64632} only — E/M {99213} voided by coding (no separate E/M)',
    'Refund amount: $88.00   Payee: Gail Whitford   Method: check to address on file',
    'GFE on file: GFE-[50007] ($486.00); billed $398.00; under the estimate — no dispute process triggered',
    'Requested by: K. Mendez ([40250]) 03/16/2026   GL: [10110]-2210 Patient refunds payable',
  ].join('\n'),
});

// ── 23. Refund approval e-mail thread, text layer ──
const refundEmail = lines({
  id: 's162-refundemail',
  kind: 's162-refund-approval-email-thread-text',
  before: 'RE: Refund RF-20614 — Ferreira — prepayment $1,450.00',
  text: [
    'From: Owen Hartsell  Sent: Wed 3/18/2026 10:47',
    "Kim, Dr. Ferris's office cancelled Lucía Ferreira's {64714} (lumbar plexus neuroplasty) for 03/25; she wants",
    'the $1,450.00 prepayment back to the Visa it came from (ASC invoice [80114], 03/12). OK to run the refund on',
    'the ASC terminal today? Request RF-[20614], work queue 3140.',
    'From: Kim Lindqvist  Sent: Wed 3/18/2026 10:55',
    'Approved. Card refund is fine within 90 days. Please note in the account that any future {64714} or {64712}',
    'booking needs a new estimate — her deductible resets 07/01 (plan year). Refund slip should show INV [80983].',
  ].join('\n'),
});

// ── 24. Accounts-payable refund voucher, text layer ──
const apVoucher = lines({
  id: 's162-apvoucher',
  kind: 's162-ap-patient-refund-voucher-text',
  before: 'Accounts Payable — Check Request / Voucher (Patient Refund)',
  text: [
    'Vendor: ONE-TIME PATIENT REFUND   Payee: Felix Okonjo, 1204 Lincoln St, Maryville, MO [64468]',
    'Voucher [90345]   Invoice: RF-[20609]   Amount: $48.60   Due: 03/27/2026',
    'Description: Refund of overpayment, DOS 02/11/2026, {64445} with {76942}; insurer paid above estimate',
    'Distribution: [10110]-2210 Patient refunds payable   Dept [10130]   Approved: O. Hartsell, K. Lindqvist',
    'Check no. [64714] issued 03/27/2026 from Operating account ...0884   Mail to patient',
  ].join('\n'),
});

// ── 25. Patient prepayment letter, text layer ──
const prepayLetter = lines({
  id: 's162-prepayletter',
  kind: 's162-patient-prepayment-letter-text',
  before: 'Northwest Prairie Health — Patient Financial Services — PO Box 64712, St. Joseph, MO 64502',
  text: [
    'March 2, 2026',
    'Marisa J. Quintero',
    '118 W Grand Ave',
    'Cameron, MO [64429]',
    'Re: Estimated cost of your procedure on March 18, 2026 — Estimate EST-[40712]-A',
    'Dear Ms. Quintero,',
    'Dr. Anjali Ferris has scheduled you for a neuroplasty of the sciatic nerve (CPT {64712}) at NWPH Surgery',
    'Center. Based on your Heartland Choice PPO benefits, your estimated share is $2,437.20. This includes the',
    "surgeon's fee, the surgery center's facility fee for {64712}, and anesthesia ({01250}).",
    'We ask patients to pay 50% of the estimate, $1,218.60, by March 13, 2026. You may pay online at',
    'pay.nwprairiehealth.example with code [40712], by phone at 816-555-0172, or at check-in.',
    'If you cannot pay this amount, ask us about a no-interest payment plan or financial assistance',
    '(Policy PFS-[11445]). If your procedure is rescheduled or cancelled, your prepayment will be refunded.',
    'Sincerely, Maya Hollis, Patient Estimates Specialist, 816-555-0187',
  ].join('\n'),
});

// ── 26. Prepayment letter enclosure: the estimate, table ──
const prepayEstimate = table({
  id: 's162-prepayest',
  kind: 's162-prepayment-letter-estimate-enclosure-grid',
  caption: 'Enclosure: Your estimate (EST-40712-A), prepared 03/02/2026',
  headers: ['Service', 'CPT code', 'Provider', 'Estimated allowed', 'Your estimated cost'],
  rows: [
    ['Neuroplasty, sciatic nerve — surgeon', '{64712}', 'NWPH Physicians', '$1,146.00', '$1,146.00'],
    ['Surgery center facility fee', '{64712}', 'NWPH Surgery Center', '$3,388.00', '$1,168.80'],
    ['Anesthesia', '{01250}', 'Prairie Anesthesia Associates', '$612.00', '$122.40'],
    ['Total (day of surgery)', '', '', '$5,146.00', '$2,437.20'],
    ['Not included: pre-op visit 02/24 (copay paid)', '{99213}', 'NWPH Physicians', '$118.00', '$0.00'],
    ['Not included: post-op visits in the global period (no charge)', '{99024}', 'NWPH Physicians', '$0.00', '$0.00'],
  ],
});

// ── 27. Self-pay Good Faith Estimate, header block (CMS standard form), text layer ──
const gfeHeader = lines({
  id: 's162-gfehead',
  kind: 's162-good-faith-estimate-header-text',
  before: 'Good Faith Estimate for Health Care Items and Services',
  text: [
    'Patient: Tomasz Brandt   DOB 11/03/1988   Patient ID 00431950   GFE number GFE-[50015]',
    'Patient address: 2207 Seneca St, St. Joseph, MO [64505]   Phone 816-555-0161',
    'Primary service: destruction by neurolytic agent, plantar common digital nerve (Service code {64632})',
    "Diagnosis codes: G57.61 (Morton's neuroma, right lower limb)",
    'Scheduled date: 03/18/2026   Date of estimate: 03/06/2026',
    'Convening provider location: 3400 Frederick Ave Ste 210, St. Joseph, MO [64503]',
    'If you are billed $400 or more above this estimate, you can dispute the bill (cms.gov/nosurprises).',
  ].join('\n'),
});

// ── 28. Good Faith Estimate items, table ──
const gfeItems = table({
  id: 's162-gfeitems',
  kind: 's162-good-faith-estimate-items-grid',
  caption: 'Good Faith Estimate GFE-50015 — Estimate of items and services (self-pay)',
  headers: ['Provider/Facility', 'Service / Item', 'Service Code', 'Quantity', 'Expected cost'],
  rows: [
    ['NWPH Pain & Nerve – Riverside', 'Neurolysis, plantar common digital nerve, right', '{64632}', '1', '$398.00'],
    ['NWPH Pain & Nerve – Riverside', 'Office visit, established, low MDM', '{99213}', '1', '$88.00'],
    [
      'NWPH Pain & Nerve – Riverside',
      'Ultrasound guidance (if used; included in {64632} price)',
      '{76942}',
      '0',
      '$0.00',
    ],
    ['Total Estimated Cost', '', '', '', '$486.00'],
  ],
});

// ── 29. Payment plan agreement, text layer ──
const paymentPlan = lines({
  id: 's162-payplan',
  kind: 's162-payment-plan-agreement-text',
  before: 'Payment Plan Agreement — NWPH Patient Financial Services',
  text: [
    'Plan no. PP-[30782]   Guarantor: Marisa J. Quintero   Account 7004188',
    'Services covered: 03/18/2026 NWPH Surgery Center — neuroplasty, sciatic nerve ({64712}-RT); anesthesia ({01250})',
    'Balance placed on plan: $718.60   Down payment 03/18/2026: $500.00 (receipt [81102])',
    'Installments: 4 monthly payments of $179.65 on the 15th, starting 04/15/2026; autopay Mastercard ending 2290',
    'If your insurer pays more or less than estimated, we will adjust the remaining payments or refund any credit.',
    'Signed electronically 03/18/2026 07:02 at check-in (kiosk ASC-K2)   Witness: B. Soto ([20138])',
  ].join('\n'),
});

// ── 30. Revenue-cycle dashboard KPI tiles, text layer ──
const kpiTiles = lines({
  id: 's162-kpi',
  kind: 's162-rcm-pos-dashboard-kpi-tiles-text',
  before:
    'Revenue Cycle › POS Collections Dashboard — Pain & Peripheral Nerve Service Line — March 2026 MTD (through 03/18)',
  text: [
    'POS collections MTD: $48,214.90   Goal: $61,000   Attainment: 79%',
    'Collection rate at check-in (collected ÷ expected): 74.2%   Prior month: 66.0%',
    'Top service by POS dollars: {64712} Neuroplasty, sciatic nerve — $14,870.40',
    'Most visits with $0 collected: {64445} sciatic block (38 of 112 visits)',
    'Prepayments collected before surgery date: $16,402.00 ({64712}, {64714} at ASC)',
    'Lowest rate at check-in: {64445} 61.0% · {64640} 65.3% · {64714} 66.3%',
    'Refunds issued MTD: $3,311.00 (9)   Over/short MTD: -$4.25',
    'Filter: Dept [10130], [10140], [10221] · Payer: All · Source: front-desk check-in, MyPrairie, kiosk',
  ].join('\n'),
});

// ── 31. Dashboard: POS collections by service, table ──
const byService = table({
  id: 's162-byservice',
  kind: 's162-rcm-pos-collections-by-service-grid',
  caption: 'POS collections by service (CPT), March 2026 MTD',
  headers: ['CPT', 'Description', 'Visits', 'Expected at POS', 'Collected at POS', 'Rate', 'Avg per visit'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic nerve', '9', '$19,440.00', '$14,870.40', '76.5%', '$1,652.27'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '3', '$6,210.00', '$4,120.00', '66.3%', '$1,373.33'],
    ['{64445}', 'Inj anes sciatic nerve, single', '112', '$6,530.80', '$3,986.10', '61.0%', '$35.59'],
    ['{64632}', 'Destruction, plantar common digital nerve', '41', '$9,870.00', '$8,204.60', '83.1%', '$200.11'],
    ['{64612}', 'Chemodenervation, facial nerve', '27', '$3,014.00', '$2,642.20', '87.7%', '$97.86'],
    ['{64633}', 'RFA, facet, lumbar, single', '18', '$7,420.00', '$5,118.00', '69.0%', '$284.33'],
    ['{64640}', 'Destruction, other peripheral nerve', '22', '$2,915.00', '$1,902.40', '65.3%', '$86.47'],
    ['{99214}', 'Office visit, est., moderate', '208', '$9,600.00', '$7,371.20', '76.8%', '$35.44'],
    ['Total', '', '440', '$64,999.80', '$48,214.90', '74.2%', '$109.58'],
  ],
});

// ── 32. Dashboard: POS collections by location, table ──
const byLocation = table({
  id: 's162-bylocation',
  kind: 's162-rcm-pos-collections-by-location-grid',
  caption: 'POS collections by location, March 2026 MTD',
  headers: ['Location', 'Dept ID', 'Cost center', 'Visits', 'Collected', 'Top CPT by $'],
  rows: [
    ['Riverside Pain & Nerve', '[10130]', 'CC 4410', '259', '$18,441.30', '{64632}'],
    ['Savannah Pain & Nerve', '[10140]', 'CC 4412', '163', '$9,003.20', '{99214}'],
    ['NWPH Surgery Center', '[10221]', 'CC 4450', '18', '$20,770.40', '{64712}'],
  ],
});

// ── 33. Dashboard CSV export, text layer ──
const dashCsv = lines({
  id: 's162-dashcsv',
  kind: 's162-rcm-pos-collections-export-csv-text',
  before: 'Export › pos_collections_by_service_202603.csv',
  text: [
    'month,dept_id,cpt,modifier,visits,expected_pos,collected_pos,rate',
    '2026-03,[10221],{64712},RT,6,[12960].00,[10040].40,0.775',
    '2026-03,[10221],{64712},LT,3,6480.00,4830.00,0.745',
    '2026-03,[10221],{64714},,3,6210.00,4120.00,0.663',
    '2026-03,[10130],{64445},,70,4081.75,2491.31,0.610',
    '2026-03,[10140],{64445},,42,2449.05,1494.79,0.610',
    '2026-03,[10130],{64632},,41,9870.00,8204.60,0.831',
    '2026-03,[10140],{64612},RT,19,2120.00,1861.20,0.878',
    '2026-03,[10140],{64612},LT,8,894.00,781.00,0.874',
  ].join('\n'),
});

// ── 34. Dashboard chart tooltip and legend, text layer ──
const chartTip = lines({
  id: 's162-charttip',
  kind: 's162-rcm-dashboard-chart-tooltip-legend-text',
  before: 'Chart: Collected vs expected at POS by CPT (hover)',
  text: [
    '{64712} · Neuroplasty, sciatic · Collected $14,870.40 of $19,440.00 (76.5%) · 9 visits',
    '{64632} · Plantar digital neurolysis · Collected $8,204.60 of $9,870.00 (83.1%) · 41 visits',
    'Legend: ■ Collected ■ Expected ■ Goal · Series: CPT {64712} {64714} {64445} {64632} {64612} {64633} {64640} {99214}',
    '{64445} · Sciatic nerve block, single · Collected $3,986.10 of $6,530.80 (61.0%) · 112 visits',
    '{64612} · Chemodenervation, facial nerve · Collected $2,642.20 of $3,014.00 (87.7%) · 27 visits',
    'Drill-through: Dept [10221] · {64712}-LT · 3 encounters · Saved view [20464]',
  ].join('\n'),
});

// ── 35. Cashiering → billing interface, HL7 v2 DFT^P03, text layer ──
const hl7Dft = lines({
  id: 's162-hl7dft',
  kind: 's162-hl7-dft-p03-pos-payment-text',
  before: 'Interface monitor › POS_TO_HB outbound › message 88410271 (DFT^P03)',
  text: [
    'MSH|^~\\&|PRAIRIECASH|NWPH-ASC|HB|NWPH|20260318065112||DFT^P03|88410271|P|2.5.1',
    'EVN|P03|20260318065112',
    'PID|1||00418827^^^NWPH^MR||QUINTERO^MARISA^J||19790722|F|||118 W GRAND AVE^^CAMERON^MO^[64429]',
    'PV1|1|O|ASC^OR2^^NWPH-ASC|||||1487320911^FERRIS^ANJALI|||||||||||31100482',
    'FT1|1|[81102]||20260318|20260318|PY|POSPAY^Patient payment POS^L|||1|-500.00||||||||||||||{64712}^Neuroplasty sciatic^C4|RT',
    'FT1|2|[81102]||20260318|20260318|PY|POSPAY^Patient payment POS^L|||1|0.00||||||||||||||{01250}^Anes upper leg nerves^C4',
    'ZPY|AMEX|1009|204417|ASC-01|[20138]|PP-[30782]',
  ].join('\n'),
});

// ── 36. Cost estimator API response (JSON), developer view, text layer ──
const estimateJson = lines({
  id: 's162-estjson',
  kind: 's162-cost-estimator-api-json-text',
  before: 'MyPrairie cost estimator › Developer view › GET /estimates/EST-40874',
  text: [
    '{ "estimateId": "EST-[40874]", "status": "final", "patient": { "mrn": "00433108", "zip": "[64467]" },',
    '  "services": [ { "code": "{64714}", "codeSystem": "CPT", "description": "Neuroplasty; lumbar plexus",',
    '    "billingProvider": "NWPH Surgery Center", "estimatedAllowed": 3702.00, "patientResponsibility": 412.00 },',
    '  { "code": "{00630}", "codeSystem": "CPT", "description": "Anesthesia, lumbar region", "patientResponsibility": 98.20 },',
    '  { "code": "{64714}", "codeSystem": "CPT", "billingProvider": "NWPH Physicians", "patientResponsibility": 217.40 } ],',
    '  "totalPatientResponsibility": 727.60, "previousEstimateTotal": 940.00, "payerId": "[47198]", "planCode": "[60129]" }',
  ].join('\n'),
});

// ── 37. Patient portal billing page, text layer ──
const portal = lines({
  id: 's162-portal',
  kind: 's162-patient-portal-pay-bill-page-text',
  before: 'MyPrairie › Billing › Account 7004188 — Marisa J. Quintero',
  text: [
    'Current balance: $718.60 (on payment plan PP-[30782]) · Next payment $179.65 on 04/15/2026',
    'Visit 03/18/2026 · NWPH Surgery Center · Neuroplasty, sciatic nerve ({64712}) · Insurance pending',
    '  Charges $10,450.00 · Estimated insurance $8,012.80 · Your payments $1,718.60 · Estimated you owe $718.60',
    'Procedure codes on this visit: {64712}-RT, {01250} · Claim sent 03/19/2026 · Statement ID [30092]',
    'Payments: 03/09 $1,218.60 (online, receipt [40700]) · 03/18 $500.00 (check-in, receipt [81102])',
    'Mail payments to: NWPH Patient Financial Services, PO Box [64712], St. Joseph, MO [64502]',
  ].join('\n'),
});

// ── 38. Pre-visit payment SMS thread, text layer ──
const sms = lines({
  id: 's162-sms',
  kind: 's162-previsit-payment-sms-thread-text',
  before: 'Messages · NWPH Billing',
  text: [
    'NWPH: Hi Martin, your visit on 03/18 at 1:40 PM (Pain & Nerve Riverside) has an estimated amount due of $96.40.',
    'Pay now: https://pay.nwprairiehealth.example/e/Q7vX2k  Reply STOP to opt out. Msg from [72214]',
    'Estimate is for procedure {64632} and is based on your Heartland Choice benefits. Questions: 816-555-0172',
    'Martin: Can I pay at the desk instead?',
    'NWPH: Yes. You can pay at check-in by card, cash or check. Ref [12397].',
    'NWPH: Payment received, $96.40, receipt [64637]. Thank you!',
  ].join('\n'),
});

// ── 39. Cashier audit trail log, text layer ──
const auditTrail = lines({
  id: 's162-audit',
  kind: 's162-cashier-audit-trail-log-text',
  before: 'Audit trail — POS Cashiering — user rcastillo — 03/18/2026',
  text: [
    '2026-03-18 07:31:02 DRAWER_OPEN drawer=RIV-02 session=[64612] float=150.00 user=[12336]',
    '2026-03-18 08:04:37 PAYMENT receipt=[64632] har=31102257 amt=77.20 method=CARD proc={64445},{76942},{99214}',
    '2026-03-18 08:46:10 PAYMENT receipt=[64633] har=31102290 amt=486.00 method=CHECK chk=1186 proc={64632},{99213} gfe=[50015]',
    '2026-03-18 10:06:51 OVERRIDE reason=PATIENT_DECLINED har=31102345 proc={64450},{20552} expected=50.00 approver=[30108]',
    '2026-03-18 10:52:44 PAYMENT receipt=[64634] har=31102311 amt=200.00 method=CARD proc={64633},{64634} type=DEPOSIT',
    '2026-03-18 11:15:29 PAYMENT receipt=[64635] har=31098817 amt=200.00 method=CASH type=PRIOR_BAL',
    '2026-03-18 13:08:12 PAYMENT receipt=[64636] har=31102378 amt=50.00 method=CASH proc={99213} type=COPAY',
    '2026-03-18 13:52:40 PAYMENT receipt=[64637] har=31102390 amt=96.40 method=CARD proc={64632} type=COINS',
    '2026-03-18 17:06:45 DRAWER_CLOSE session=[64612] counted=461.00 expected=462.00 variance=-1.00 bag=[70410]',
  ].join('\n'),
});

// ── 40. Front-desk team chat, text layer ──
const teamChat = lines({
  id: 's162-chat',
  kind: 's162-front-desk-team-chat-text',
  before: 'Teams · #pain-clinic-front-desk · Wednesday, March 18',
  text: [
    'Renee Castillo 7:52 AM: Okafor is here for the sciatic block — estimate says $77.20 (copay + 10% on {64445}/{76942})',
    'Jamal Pruitt 7:53 AM: is the US guidance {76942} really separate on his plan? last time Prairie Mutual bundled it',
    'Renee Castillo 7:55 AM: estimator has it separate, collecting it, we can refund. his ZIP changed btw, Elmo [64445] now',
    'Brianna Soto (ASC) 8:10 AM: FYI Quintero {64712} paid $500, rest on plan PP-[30782]. Ferreira {64714} on 3/25 is cancelled',
    'Brianna Soto (ASC) 8:11 AM: Webb paid a $730 deposit for {64712} + {64708} on 03/30, estimate still preliminary',
    'Kim Lindqvist 8:12 AM: thanks. Reminder: Savannah {64612} patients on Medicare owe 20% incl. the J0585 line',
    'Jamal Pruitt 10:07 AM: Pierce declined the $50 for {64450} + {20552}, logged override',
  ].join('\n'),
});

// ── 41. POS collection policy excerpt, text layer ──
const policy = lines({
  id: 's162-policy',
  kind: 's162-pos-collection-policy-excerpt-text',
  before: 'Policy PFS-11445 — Point-of-Service Collections, Pain & Peripheral Nerve Service Line (rev. 01/2026)',
  text: [
    '4.1 Scheduled surgery at the ASC ({64712}, {64714}, {64708}, {64713}): request 50% of the estimated patient',
    '    share 5 days before the date of service; collect the balance at check-in or place it on a payment plan.',
    '4.2 Office procedures ({64445}, {64447}, {64450}, {64632}, {64640}, {64633}–{64636}): collect copay plus',
    '    estimated coinsurance and deductible at check-in. Self-pay patients pay the GFE amount in full.',
    '4.3 Chemodenervation ({64612}, {64615}, {64616}) with drug J0585: include the drug line in the estimate.',
    '4.4 Estimates for {64712}/{64714} show the surgeon, facility and anesthesia ({01250}, {00630}) lines separately.',
    '4.5 Refunds over $500.00 need supervisor approval; card refunds go to the original card within 90 days.',
    '4.6 Drawers over/short by more than $5.00 require an incident note; deposit bags are numbered (e.g. [70410]).',
    '5.1 Reference: NWPH Financial Assistance Policy FAP-[10061]; Cash Handling Standard CH-[11014].',
  ].join('\n'),
});

// ── 42. Unapplied POS payments & credit balances report, table ──
const unapplied = table({
  id: 's162-unapplied',
  kind: 's162-unapplied-pos-payments-credit-report-grid',
  caption: 'Unapplied POS Payments & Credit Balances — Pain & Nerve service line — as of 03/19/2026',
  headers: ['Account', 'Patient', 'Receipt', 'Pmt date', 'Amount', 'Intended service', 'Age (days)', 'Action'],
  rows: [
    [
      '7004188',
      'Quintero, M.',
      '[40700]',
      '03/09/2026',
      '$1,218.60',
      '{64712}-RT 03/18',
      '10',
      'Apply to HAR 31100482 when charges post',
    ],
    [
      '7011802',
      'Ferreira, L.',
      '[80114]',
      '03/12/2026',
      '$1,450.00',
      '{64714} 03/25 (cancelled)',
      '7',
      'Refunded RF-[20614] 03/18',
    ],
    [
      '7012077',
      'Diaz, P.',
      '[81103]',
      '03/18/2026',
      '$940.00',
      '{64714} 04/01',
      '1',
      'Partial refund $212.40 (RF-[20615])',
    ],
    ['7009014', 'Vance, I.', '[11780]', '02/24/2026', '$102.00', '{64612}-LT 02/24', '23', 'Refund pending RF-[20611]'],
    ['7010442', 'Whitford, G.', '[64563]', '03/04/2026', '$88.00', '{99213} voided', '15', 'Refund RF-[20612]'],
  ],
});

export const sealed162: Snippet[] = [
  ...checkinHeader,
  ...checkinLines,
  ...takePayment,
  ...benefits,
  ...arrivals,
  ...receiptPrint,
  ...receiptEmail,
  ...receiptItems,
  ...receiptThermal,
  ...closeout,
  ...drawerTx,
  ...countSheet,
  ...overShort,
  ...depositLog,
  ...depositTicket,
  ...depositRecon,
  ...batchReport,
  ...batchDetail,
  ...funding,
  ...refundSlip,
  ...refundQueue,
  ...refundDetail,
  ...refundEmail,
  ...apVoucher,
  ...prepayLetter,
  ...prepayEstimate,
  ...gfeHeader,
  ...gfeItems,
  ...paymentPlan,
  ...kpiTiles,
  ...byService,
  ...byLocation,
  ...dashCsv,
  ...chartTip,
  ...hl7Dft,
  ...estimateJson,
  ...portal,
  ...sms,
  ...auditTrail,
  ...teamChat,
  ...policy,
  ...unapplied,
];
