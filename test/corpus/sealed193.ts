import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 193 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s193-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs of the practice and the patients, the processor's association, chain, fee plan and statement numbers,
 * interchange qualification codes, an EFT trace number, a group number, an estimate id, card confirmation numbers,
 * alert ids, an HL7 message control id, a GL account, patient account numbers in a CSV, an amount, the bank's claim
 * and reference numbers, a CFPB complaint id and a change order. The five known codes' digits come back as decoys:
 * an SMS short code (64445), the processor's chargeback PO box (64714), a settlement batch number (64712), a terminal
 * id (64445), a bank check number (64632), a processor support ticket, an older case and batch number in search
 * results and an amount in cents in a webhook log (64612), and a cardholder's billing ZIP (64712).
 *
 * Family: card payments at a (fictional) pain and peripheral-nerve practice, Bluestem Pain & Peripheral Nerve Center,
 * P.C. (Omaha, NE): its merchant processor (Meridian Card Services) statement (header, batch detail, interchange fee
 * detail, chargebacks section), the processor dispute portal (case list, case detail, search results, dashboard), a
 * reason-code evidence guide, the acquirer's chargeback notice and a pre-arbitration notice, three patient disputes
 * (Dale Kucera's Visa 13.3 over a sciatic neuroplasty deposit, Rosa Whitfield's 13.2 over an autopay plan for facial
 * chemodenervation, a 10.4 over a text-to-pay nerve-block copay) with the cardholder's letter to her bank, the bank's
 * Reg E / Reg Z provisional credit letter and a CFPB complaint and response, the practice's representment packet
 * (cover letter, exhibit index, superbill, EOB, 835 excerpt, signed card-on-file authorization, estimate with
 * deposit), the online payment API (dispute JSON, webhook log, XML dispute notification), the payment-plan setup
 * form and installment schedule, text-to-pay SMS thread and checkout page, e-mailed receipt, countertop terminal batch
 * report, Rapid Dispute Resolution alerts, the practice's bank statement and BAI2 file, month-end reconciliation,
 * PM patient ledger, HL7 DFT feed, refund approval form, chargeback tracker CSV, a processor support ticket and the
 * billing office's team chat.
 * Built on real public layouts: Visa Claims Resolution dispute categories and reason codes (10.4, 12.6.1, 13.1,
 * 13.2, 13.3, 13.6), Mastercard 4837/4853 and Amex C08/C28 reason codes, acquirer chargeback notification and
 * pre-arbitration letters, Stripe's Dashboard dispute page and its Dispute object and webhook event log, Worldpay/
 * Fiserv style merchant statements (summary, batch detail, interchange qualification, chargebacks and reversals),
 * Clover-style terminal batch reports, Verifi RDR / Ethoca alert lists, BAI2 bank files and bank statement activity
 * lines, Reg E / Reg Z (FCBA) provisional credit letters, the CFPB complaint portal, X12 835 and HL7 v2 DFT^P03
 * segments, CMS-style superbills and EOBs, text-to-pay short-code SMS with STOP/HELP. The others are written the way
 * those pages read, with no single source.
 *
 * 362 labelled tokens over 44 shapes: 148 codes (111 of them the five known codes), 214 decoys, 72 of the decoys in
 * KNOWN_10K.
 */

// ── 1. Merchant statement header, PDF text layer (decoy heavy) ──
const stmtHeader = lines({
  id: 's193-stmthdr',
  kind: 's193-merchant-statement-header-text',
  before: 'MERIDIAN CARD SERVICES — MERCHANT STATEMENT',
  text: [
    'Statement period 03/01/2026 – 03/31/2026          Page 1 of 6',
    'BLUESTEM PAIN & PERIPHERAL NERVE CENTER PC',
    '[11725] ARBOR ST STE 300, OMAHA NE [68144]-2214',
    'Merchant number 4960 1122 0045 817     Association [30145]     Chain 000-[20088]',
    'MCC 8011 Doctors / Physicians     Fee plan [10061] Interchange Plus     Statement no. [33024]',
    'Customer service 1-800-555-0199     Chargeback dept: PO Box [64714], Louisville KY [40232]',
    'Deposits this period: 412 items   Chargebacks/reversals: 3 items   Retrievals: 1 item',
  ].join('\n'),
});

// ── 2. Merchant statement batch detail, table ──
const stmtBatches = table({
  id: 's193-stmtbatch',
  kind: 's193-merchant-statement-batch-detail-grid',
  caption: 'DEPOSIT DETAIL — Batches settled to DDA ending 4471',
  headers: ['Date', 'Batch #', 'Terminal', 'Items', 'Gross sales', 'Fees', 'Net deposit'],
  rows: [
    ['03/02', '[64712]', 'FRONT-1', '31', '$6,118.40', '$0.00', '$6,118.40'],
    ['03/03', '[64713]', 'FRONT-1', '27', '$4,920.00', '$0.00', '$4,920.00'],
    ['03/04', '[50044]', 'ASC-DESK', '9', '$13,870.00', '$0.00', '$13,870.00'],
    ['03/04', '[64715]', 'ONLINE', '22', '$2,310.55', '$0.00', '$2,310.55'],
    ['03/31', '[64780]', 'FRONT-1', '18', '$3,402.10', '$1,412.88', '$1,989.22'],
  ],
});

// ── 3. Interchange fee detail, table ──
const stmtFees = table({
  id: 's193-stmtfee',
  kind: 's193-merchant-statement-interchange-fee-detail-grid',
  caption: 'INTERCHANGE CHARGES / PROGRAM FEES',
  headers: ['Program', 'Qual code', 'Items', 'Volume', 'Rate', 'Per item', 'Fees'],
  rows: [
    ['VS CPS/RETAIL DEBIT', '[80216]', '141', '$18,204.10', '0.80%', '$0.15', '$166.78'],
    ['VS CPS/CARD NOT PRESENT', '[80247]', '96', '$11,890.33', '1.80%', '$0.10', '$223.63'],
    ['MC MERIT III HEALTHCARE', '[70147]', '58', '$9,006.00', '1.58%', '$0.10', '$148.09'],
    ['AX OPTBLUE HEALTH CARE', '[90242]', '11', '$4,415.00', '2.05%', '$0.10', '$91.61'],
    ['DS PSL HEALTH', '[90243]', '7', '$1,120.00', '1.55%', '$0.10', '$18.06'],
  ],
});

// ── 4. Chargebacks and reversals section of the statement, text layer ──
const stmtChargebacks = lines({
  id: 's193-stmtcb',
  kind: 's193-merchant-statement-chargebacks-section-text',
  before: 'CHARGEBACKS / REVERSALS',
  text: [
    'Date   Case no.   Card   Reason   Amount   Reference / Level 2 description',
    '03/12  [47309]   VS ...8812  13.3 Not as described   -$1,850.00   INV [41877] {64712} SCIATIC NEUROPLASTY DEP',
    '03/19  [64640]   VS ...0396  13.2 Cxl recurring     -$150.00     PLAN [52204] {64612} FACIAL CHEMODEN',
    '03/27  [64651]   MC ...5530  4837 No cardholder auth   -$85.00     TXT2PAY [71203] COPAY {64445} 10/14',
    'Reversal 03/30  case [47309]  represented, credited +$1,850.00   Chargeback fees 3 x $25.00',
  ].join('\n'),
});

// ── 5. Dispute portal case list, table ──
const portalList = table({
  id: 's193-portallist',
  kind: 's193-dispute-portal-case-list-grid',
  caption: 'Meridian Dispute Center › Open cases (3)',
  headers: ['Case', 'Received', 'Card', 'Amount', 'Reason', 'Respond by', 'Order description', 'Status'],
  rows: [
    [
      '[47309]',
      '03/12/2026',
      'Visa •8812',
      '$1,850.00',
      '13.3',
      '04/01/2026',
      'Deposit – {64712} sciatic neuroplasty 3/4',
      'Needs response',
    ],
    ['[64640]', '03/19/2026', 'Visa •0396', '$150.00', '13.2', '04/08/2026', 'Autopay inst. 4/8 – {64612}', 'Open'],
    ['[64651]', '03/27/2026', 'MC •5530', '$85.00', '4837', '04/21/2026', 'Copay {64445}-RT 10/14/25', 'Open'],
    ['[58213]', '02/06/2026', 'AX •1004', '$240.00', 'C08', 'Closed', '{64632} x1 (2 of 3)', 'Won'],
  ],
});

// ── 6. Dispute case detail, definition list as text nodes ──
const caseDetail = lines({
  id: 's193-casedetail',
  kind: 's193-dispute-case-detail-definition-list-text',
  before: 'Case 47309 · Visa · Dispute · Needs response',
  text: [
    'Case number: [47309]',
    'Reason: 13.3 Not as described or defective merchandise/services',
    'Acquirer reference number: 24445006063200418827715',
    'Transaction: 03/02/2026 · $1,850.00 · Visa •8812 · Auth 04Q7TZ · Batch [64712]',
    'Cardholder statement: “Charged for surgery {64712} that my insurance paid. Never got refund.”',
    'Order description (Level 2): Deposit – {64712} sciatic neuroplasty 3/4; anes {01250}',
    'Merchant ZIP [68144] · Cardholder billing ZIP [68154] · AVS Y',
    'Response due: 04/01/2026 (20 days) · Fee: $25.00 · Prior cases with this card: [58213]',
  ].join('\n'),
});

// ── 7. Practice's reason code evidence guide, table ──
const evidenceGuide = table({
  id: 's193-evguide',
  kind: 's193-reason-code-evidence-guide-by-procedure-grid',
  caption: 'Billing office guide: what to send by reason code and procedure (rev. Jan 2026)',
  headers: ['Procedure', 'CPT', 'Typical card charge', 'Common reason codes', 'Evidence to attach'],
  rows: [
    ['Sciatic neuroplasty (ASC)', '{64712}', 'Pre-op deposit', '13.3 / 13.6', 'Estimate, op note, EOB, refund proof'],
    ['Lumbar plexus neuroplasty', '{64714}', 'Pre-op deposit', '13.3 / 13.6', 'Same as {64712}'],
    ['Facial chemodenervation', '{64612}', 'Autopay installments', '13.2 / 4841', 'Plan agreement, cancel log'],
    ['Morton neuroma neurolysis', '{64632}', 'Per injection', '13.1 / C08', 'Visit notes for each date'],
    ['Sciatic nerve block', '{64445}', 'Copay / coinsurance', '10.4 / 4837', 'Text-to-pay log, IP, device'],
    ['Femoral nerve block', '{64447}', 'Copay / coinsurance', '10.4 / 4837', 'As {64445}'],
    ['Other peripheral nerve block', '{64450}', 'Copay / coinsurance', '10.4 / 4837', 'As {64445}'],
    ['Plantar digital nerve injection', '{64455}', 'Per injection', '13.1 / C08', 'As {64632}'],
    ['Migraine chemodenervation', '{64615}', 'Autopay installments', '13.2', 'As {64612}'],
  ],
});

// ── 8. Acquirer chargeback notification letter, text layer ──
const cbNotice = lines({
  id: 's193-cbnotice',
  kind: 's193-acquirer-chargeback-notification-letter-text',
  before: 'MERIDIAN CARD SERVICES · Chargeback Department',
  text: [
    'PO Box [64714] · Louisville, KY [40232]',
    'March 12, 2026',
    'Bluestem Pain & Peripheral Nerve Center PC, [11725] Arbor St Ste 300, Omaha NE [68144]',
    'RE: Chargeback Notification — Case [47309] — Merchant 4960 1122 0045 817',
    'The cardholder’s issuer has disputed the transaction below under Visa reason code 13.3.',
    'Transaction date 03/02/2026   Amount $1,850.00   Card 4815 XXXX XXXX 8812   Batch [64712]',
    'Your account has been debited $1,850.00. To contest, respond by 04/01/2026 at disputes.meridiancs.example',
    'or fax 502-555-0147 with this page on top. Reference [55063] must appear on every page.',
  ].join('\n'),
});

// ── 9. Cardholder's letter to her bank (patient prose) ──
const chLetter = lines({
  id: 's193-chletter',
  kind: 's193-cardholder-dispute-letter-to-issuer-text',
  before: 'Dale Kucera · 15902 Blondo St · Omaha, NE 68154',
  text: [
    'To: Loess Hills Bank Card Services, PO Box 2110, Council Bluffs, IA [51502]',
    'Re: Visa ending 8812, account no. on file',
    'I am disputing a charge of $1,850.00 from BLUESTEM PAIN*INV[41877] on 03/02/2026.',
    'The clinic took this “deposit” before my surgery (my bill says procedure code {64712}).',
    'My insurance (Blue Cross, claim ending [27093] I think) later paid the surgery.',
    'The clinic says I still owe the deductible, but they never itemized it. I want the full deposit back.',
  ].join('\n'),
});

// ── 10. Representment cover letter, text layer ──
const repCover = lines({
  id: 's193-repcover',
  kind: 's193-representment-rebuttal-cover-letter-text',
  before: 'Bluestem Pain & Peripheral Nerve Center, P.C. — Patient Financial Services',
  text: [
    'To: Meridian Card Services Dispute Dept.  Case [47309]  Reason 13.3  Amount $1,850.00',
    'Patient Dale Kucera (acct [37160]) paid a $1,850.00 surgical deposit on 03/02/2026 for a scheduled',
    'right sciatic neuroplasty, CPT {64712}-RT, with ultrasound-guided sciatic block {64445} and {76942}.',
    'The service was rendered 03/04/2026 as described (Exhibit C, operative note). The payer processed claim',
    'BCBSNE claim [27093] and assigned $1,612.40 to patient responsibility (deductible $1,500.00,',
    'coinsurance $112.40) on {64712} and {01250} (Exhibit D, EOB; Exhibit E, 835 remittance).',
    'The $237.60 credit balance was refunded to the same card on 03/20/2026, ARN 74445006079200551238806',
    '(Exhibit F). The cardholder therefore received the services paid for; we request reversal of case [47309].',
  ].join('\n'),
});

// ── 11. Representment exhibit index, table ──
const exhibitIndex = table({
  id: 's193-exhibits',
  kind: 's193-representment-exhibit-index-grid',
  caption: 'Representment packet — Exhibit index',
  headers: ['Exhibit', 'Document', 'Pages', 'Shows'],
  rows: [
    ['A', 'Signed card-on-file authorization', '1', 'Deposit authorized for {64712} estimate'],
    ['B', 'Good-faith estimate / deposit quote', '2', '{64712}, {64445}, {76942}, ASC facility'],
    ['C', 'Operative note 03/04/2026', '3', 'Neuroplasty performed; block {64445} separate'],
    ['D', 'Blue Cross EOB', '2', 'Claim [27093] line detail, patient resp. $1,612.40'],
    ['E', 'ERA 835 excerpt', '1', 'TRN check/EFT [90173]'],
    ['F', 'Refund receipt', '1', 'Refund ref. [46079], $237.60'],
  ],
});

// ── 12. Superbill exhibit, PDF text layer ──
const superbill = lines({
  id: 's193-superbill',
  kind: 's193-superbill-exhibit-text-layer',
  before: 'BLUESTEM PAIN & PERIPHERAL NERVE CENTER — ENCOUNTER FORM',
  text: [
    'Patient: KUCERA, DALE   Acct [37160]   DOS 03/04/2026   Place of service 24   Provider: A. Nygaard, MD',
    '[X] {64712} Neuroplasty, sciatic nerve     [ ] {64713} Brachial plexus     [ ] {64714} Lumbar plexus',
    '[X] {64445} Sciatic nerve block, single   [ ] {64447} Femoral, single     [ ] {64448} Femoral, continuous',
    '[X] {76942} US guidance for needle placement   [ ] {95907} NCS 1–2 studies   [ ] {99214} Est. pt, mod.',
    'Modifiers: RT on {64712}; 59 on {64445}   Dx: G57.01, M79.2',
    'Deposit applied: $1,850.00 (Visa ...8812, 03/02)   Next appt 03/18 post-op {99024}',
  ].join('\n'),
});

// ── 13. Payer EOB exhibit, text layer ──
const eob = lines({
  id: 's193-eob',
  kind: 's193-payer-eob-exhibit-text',
  before: 'Blue Cross and Blue Shield of Nebraska — Explanation of Benefits — THIS IS NOT A BILL',
  text: [
    'Member: DALE KUCERA   Group [50007]   Claim no. [27093]   Received 03/06/2026   Processed 03/13/2026',
    'Provider: BLUESTEM PAIN & PERIPHERAL NERVE CENTER PC   Network: In',
    'Service 03/04/26  {64712} RT  Billed $4,980.00  Allowed $1,744.18  Deductible $1,500.00  You owe $1,548.84',
    'Service 03/04/26  {64445} 59  Billed $610.00  Allowed $183.20  Coins $36.64  You owe $36.64',
    'Service 03/04/26  {76942}     Billed $285.00  Allowed $0.00  Remark N390 bundled with {64445}',
    'Service 03/04/26  {01250}     Billed $1,120.00  Allowed $134.60  Coins $26.92  You owe $26.92',
    'Questions: 1-800-555-0160 · PO Box 3248, Omaha NE [68180]-0001',
  ].join('\n'),
});

// ── 14. X12 835 excerpt exhibit, text layer ──
const era = lines({
  id: 's193-era',
  kind: 's193-x12-835-excerpt-exhibit-text',
  before: 'Exhibit E — ERA 835 (excerpt, segments one per line)',
  text: [
    'TRN*1*[90173]*1470398765~',
    'N1*PE*BLUESTEM PAIN AND PERIPHERAL NERVE*XX*1093847562~',
    'CLP*BPN-[37160]-0304*1*6995*368.12*1612.4*12*[27093]*24*1~',
    'SVC*HC:{64712}:RT*4980*244.18**1~',
    'CAS*PR*1*1500~',
    'SVC*HC:{64445}:59*610*146.56**1~',
    'SVC*HC:{76942}*285*0**1~',
    'CAS*CO*97*285~',
    'SVC*HC:{01250}*1120*107.68**1~',
  ].join('\n'),
});

// ── 15. Signed card-on-file authorization, form text ──
const cofAuth = lines({
  id: 's193-cofauth',
  kind: 's193-card-on-file-authorization-form-text',
  before: 'CREDIT CARD ON FILE AUTHORIZATION & SURGICAL DEPOSIT AGREEMENT',
  text: [
    'Patient name: Dale Kucera     Account no. [37160]     Date: 02/24/2026',
    'Scheduled procedure(s): {64712} right sciatic neuroplasty; {64445} sciatic block with {76942}',
    'Estimated patient responsibility: $1,850.00, collected as a deposit 2 business days before surgery.',
    'Card: Visa ending 8812   Exp 09/28   Billing ZIP: [68154]',
    'I understand any credit balance after my insurer pays will be refunded to this card within 30 days.',
    'Signature: D. Kucera (e-signed via DocuSign envelope 7A41-[20013]-C9)',
  ].join('\n'),
});

// ── 16. Good-faith estimate with deposit line, text layer ──
const estimate = lines({
  id: 's193-estimate',
  kind: 's193-good-faith-estimate-deposit-quote-text',
  before: 'Patient Cost Estimate (insured) — Estimate ID shown below',
  text: [
    'Estimate [80123] for Dale Kucera · prepared 02/20/2026 · valid 30 days',
    'Line 1  {64712} Neuroplasty, major peripheral nerve, arm or leg, open; sciatic    est. $1,548.84',
    'Line 2  {64445} Injection, anesthetic agent; sciatic nerve, single               est. $36.64',
    'Line 3  {76942} Ultrasonic guidance for needle placement                          est. $0.00',
    'Line 4  {01250} Anesthesia for procedures on nerves, upper leg                    est. $264.52',
    'Total estimated responsibility $1,850.00 · Deposit due 03/02/2026 · Pay online or call 402-555-0131',
  ].join('\n'),
});

// ── 17. Online payment API: dispute object JSON as shown in a dashboard "Events & logs" panel ──
const disputeJson = lines({
  id: 's193-dispjson',
  kind: 's193-payment-api-dispute-object-json-text',
  before: 'Response body — GET /v1/disputes/dp_1Pq8Lz2eZvKYlo2C',
  text: [
    '{ "id": "dp_1Pq8Lz2eZvKYlo2C", "object": "dispute",',
    '  "amount": [15000], "currency": "usd", "reason": "subscription_canceled", "status": "needs_response",',
    '  "charge": "ch_3Pq7a12eZvKYlo2C1f9X", "created": 1773900412,',
    '  "metadata": { "patient_acct": "[30114]", "plan_id": "[52204]", "cpt": "{64612}", "units": "100" },',
    '  "evidence_details": { "due_by": 1775606399, "submission_count": 0 },',
    '  "balance_transactions": [ { "amount": -[15000], "fee": 1500 } ] }',
  ].join('\n'),
});

// ── 18. Webhook event log, table ──
const webhookLog = table({
  id: 's193-webhooks',
  kind: 's193-payment-api-webhook-event-log-grid',
  caption: 'Webhooks › endpoint https://pm.bluestempain.example/hooks/pay › Recent events',
  headers: ['Event', 'Type', 'Amount (minor units)', 'Metadata', 'Delivered'],
  rows: [
    ['evt_1Pq8M0', 'charge.dispute.created', '[15000]', 'plan [52204] · cpt {64612}', '200 OK'],
    ['evt_1Pn2Q7', 'charge.succeeded', '[15000]', 'plan [52204] · cpt {64612}', '200 OK'],
    ['evt_1Pm9K3', 'charge.succeeded', '[41250]', 'acct [30114] · cpt {64612}, {95874}', '200 OK'],
    ['evt_1Pk2R9', 'charge.succeeded', '[64612]', 'inv [41944] · cpt {64632}, {64455}', '200 OK'],
    ['evt_1Ph4T1', 'charge.refunded', '[23760]', 'acct [37160] · cpt {64712}', '200 OK'],
    ['evt_1Pf0A8', 'payment_intent.created', '[85000]', 'quote [80123] · cpt {64714}', '500 retry 2'],
  ],
});

// ── 19. XML dispute notification (processor push API), text layer ──
const disputeXml = lines({
  id: 's193-dispxml',
  kind: 's193-processor-dispute-notification-xml-text',
  before: 'Raw notification (XML) — view source',
  text: [
    '<DisputeNotification version="2.1" merchantId="496011220045817" caseNumber="[64651]">',
    '  <Network>MC</Network><ReasonCode>4837</ReasonCode><CycleStage>FIRST_CHARGEBACK</CycleStage>',
    '  <Amount currency="840">85.00</Amount><TerminalId>TXT2PAY01</TerminalId><BatchNumber>[71203]</BatchNumber>',
    '  <OrderDescription>TXT2PAY COPAY {64445}-RT DOS 10/14/25</OrderDescription>',
    '  <MerchantZip>[68144]</MerchantZip><DueDate>2026-04-21</DueDate>',
    '</DisputeNotification>',
  ].join('\n'),
});

// ── 20. Payment plan setup form, text ──
const planSetup = lines({
  id: 's193-plansetup',
  kind: 's193-autopay-payment-plan-setup-form-text',
  before: 'Payment Plan Agreement — Recurring Card Authorization',
  text: [
    'Plan no. [52204]   Patient: Rosa Whitfield   Guarantor acct [30114]   Start 06/08/2025',
    'Services covered: {64612} chemodenervation, facial nerve, unilateral (RT), with J0585 100 units,',
    'every 12 weeks; prior balance from {64615} (03/2025) and EMG guidance {95874}',
    'Balance financed: $1,650.00   Installment: $150.00 on the 8th   Installments: 11',
    'Card: Visa ending 0396   Billing ZIP [68104]',
    'To cancel, call 402-555-0131 or reply CANCEL to text messages from [64445] at least 3 days before a due date.',
  ].join('\n'),
});

// ── 21. Installment schedule, table ──
const planSched = table({
  id: 's193-plansched',
  kind: 's193-autopay-installment-schedule-grid',
  caption: 'Plan 52204 — Installment schedule (Whitfield, Rosa)',
  headers: ['#', 'Due', 'Amount', 'Status', 'Transaction ID', 'Applied to'],
  rows: [
    ['8', '01/08/2026', '$150.00', 'Paid', 'TXN-[40119]', '{64612} 10/21/2025'],
    ['9', '02/08/2026', '$150.00', 'Paid', 'TXN-[40151]', '{64612} 10/21/2025'],
    ['10', '03/08/2026', '$150.00', 'Disputed (13.2)', 'TXN-[40178]', '{64612} 01/13/2026'],
    ['11', '04/08/2026', '$150.00', 'Cancelled', '—', '{64612} 01/13/2026'],
  ],
});

// ── 22. Text-to-pay SMS thread, text ──
const smsThread = lines({
  id: 's193-sms',
  kind: 's193-text-to-pay-sms-thread-text',
  before: 'Messages · Bluestem Pain (short code) · Text Message · Today',
  text: [
    'Bluestem Pain: Rosa, your $150.00 payment on plan [52204] posts 03/08. Reply CANCEL to stop, HELP for help.',
    'CANCEL. I switched to the neurologist at Methodist, please stop.',
    'Bluestem Pain: we received your request. Ref [20033]. Msg&data rates may apply. Text HELP to [64445].',
    'Bluestem Pain: Hi Marcus, you have a balance of $85.00 for 10/14 (acct ending 445). Pay: bstm.example/p/9QxT',
    'Bluestem Pain: Payment received, $85.00, conf. [71203]. Thank you! Reply STOP to [64445] to opt out.',
  ].join('\n'),
});

// ── 23. Text-to-pay mobile checkout page, text ──
const checkout = lines({
  id: 's193-checkout',
  kind: 's193-text-to-pay-mobile-checkout-page-text',
  before: 'bstm.example/p/9QxT · Secure payment · Bluestem Pain & Peripheral Nerve Center',
  text: [
    'Statement for: Marcus T.   Account •••445 · Invoice [71203]',
    'Date of service 10/14/2025 · Sciatic nerve block ({64445}-RT) · Your share $85.00',
    'Date of service 10/14/2025 · Office visit ({99213}) · Your share $0.00 (paid at check-in)',
    'Card number •••• •••• •••• 5530   Expiration 11/27   ZIP code [64712]',
    'Pay $85.00 · You will receive a text receipt. Questions? 402-555-0131',
  ].join('\n'),
});

// ── 24. Emailed card receipt, text ──
const receipt = lines({
  id: 's193-receipt',
  kind: 's193-emailed-card-payment-receipt-text',
  before: 'From: receipts@bluestempain.example · Subject: Your payment receipt',
  text: [
    'Receipt #[80258] · March 2, 2026 · 9:14 AM',
    'Visa •••• 8812 · Approved · Auth 04Q7TZ · Terminal [64445] · Batch [64712]',
    'Description: Surgical deposit – {64712}/{64445}/{76942}, DOS 03/04/2026',
    'Amount $1,850.00',
    'Bluestem Pain & Peripheral Nerve Center · [11725] Arbor St Ste 300 · Omaha, NE [68144]',
  ].join('\n'),
});

// ── 25. Countertop terminal batch report, text ──
const termBatch = lines({
  id: 's193-termbatch',
  kind: 's193-countertop-terminal-batch-close-report-text',
  before: 'BATCH REPORT — ASC-DESK',
  text: [
    'MID ******045817   TID [64445]   Batch [50044]   Julian [26063]',
    'VISA    4   $6,210.00    MC   3   $4,405.00    AMEX 2 $3,255.00',
    'SALE 10:02  ...8812  $1,850.00  INV [41877]  {64712} DEPOSIT',
    'SALE 11:40  ...2291  $2,200.00  INV [41879]  {64714} DEPOSIT',
    'SALE 13:15  ...7705  $240.00    INV [41882]  {64632} INJ 2/3',
    'BATCH TOTAL 9   $13,870.00   HOST RESP 00 APPROVED   SEQ [12055]',
  ].join('\n'),
});

// ── 26. Rapid Dispute Resolution / alert list, table ──
const alerts = table({
  id: 's193-alerts',
  kind: 's193-rapid-dispute-resolution-alert-list-grid',
  caption: 'Pre-dispute alerts — last 90 days',
  headers: ['Alert ID', 'Network', 'Descriptor', 'Amount', 'Rule', 'Outcome'],
  rows: [
    ['RDR-[85032]', 'Visa', 'BLUESTEM PAIN*INV[41944] {64632}', '$240.00', 'Auto-refund ≤ $250', 'Refunded'],
    ['RDR-[85033]', 'Visa', 'BLUESTEM PAIN*PLAN[52204]', '$150.00', 'Decline > 0', 'Declined → dispute'],
    ['ETH-[12034]', 'MC', 'BLUESTEM PAIN*TXT[71203]', '$85.00', 'Manual', 'Expired'],
    ['RDR-[85098]', 'Visa', 'BLUESTEM PAIN*INV[41877]', '$1,850.00', 'Amount > $250', 'Declined → dispute'],
  ],
});

// ── 27. Practice bank statement activity lines, text ──
const bankStmt = lines({
  id: 's193-bankstmt',
  kind: 's193-practice-bank-statement-activity-text',
  before: 'LOESS HILLS BANK · Business Checking ...4471 · Activity 03/01–03/31/2026',
  text: [
    '03/05  MERIDIAN CS DEPOSIT  BATCH [50044]  ID 4960112200          +13,870.00',
    '03/12  MERIDIAN CS CHGBK    CASE [47309]  13.3                    -1,850.00',
    '03/13  CHECK [64632]  (Omaha Surgical Supply)                       -612.80',
    '03/19  MERIDIAN CS CHGBK    CASE [64640]  13.2                      -150.00',
    '03/30  MERIDIAN CS CBREV    CASE [47309]  REPRESENTMENT            +1,850.00',
    '03/31  MERIDIAN CS FEES     STMT [33024]                           -1,412.88',
  ].join('\n'),
});

// ── 28. BAI2 bank file lines, text ──
const bai2 = lines({
  id: 's193-bai2',
  kind: 's193-bai2-bank-reporting-file-text',
  before: 'BSTM_OPER_20260331.bai — opened in a text viewer',
  text: [
    '01,LOESSHILLS,BLUESTEMPAIN,260331,0600,1,80,,2/',
    '02,BLUESTEMPAIN,104913047,1,260330,,USD,2/',
    '16,169,185000,Z,[47309],CBREV/',
    '88,MERIDIAN CS CBREV CASE [47309] REPRESENTMENT ORIG BATCH [64712]',
    '16,475,[61280],Z,[64632],CHECK PAID/',
    '16,495,[15000],Z,[64640],CHGBK/',
    '49,[20040],6/',
  ].join('\n'),
});

// ── 29. Month-end deposit reconciliation, table ──
const recon = table({
  id: 's193-recon',
  kind: 's193-month-end-card-deposit-reconciliation-grid',
  caption: 'March 2026 card reconciliation — processor vs. PM postings',
  headers: ['Batch', 'Processor net', 'PM posted', 'Variance', 'Explanation'],
  rows: [
    ['[64712]', '$6,118.40', '$6,118.40', '$0.00', ''],
    ['[64715]', '$2,310.55', '$2,160.55', '$150.00', 'Plan [52204] installment charged after CANCEL'],
    ['[50044]', '$13,870.00', '$13,870.00', '$0.00', 'incl. deposits {64712}, {64714}'],
    ['Adj.', '-$1,850.00', '$0.00', '-$1,850.00', 'Case [47309] debited; reversed 03/30'],
  ],
});

// ── 30. PM system patient ledger, table ──
const ledger = table({
  id: 's193-ledger',
  kind: 's193-pm-patient-ledger-card-activity-grid',
  caption: 'Patient ledger — KUCERA, DALE — Acct 37160',
  headers: ['Date', 'Type', 'Code', 'Description', 'Amount', 'Balance', 'Ref'],
  rows: [
    ['03/02/26', 'Payment', 'VISA', 'Deposit, card ...8812', '-1,850.00', '-1,850.00', 'RCPT [80258]'],
    ['03/04/26', 'Charge', '{64712}', 'Neuroplasty sciatic RT', '4,980.00', '3,130.00', 'ENC [90281]'],
    ['03/04/26', 'Charge', '{64445}', 'Sciatic block 59', '610.00', '3,740.00', 'ENC [90281]'],
    ['03/13/26', 'Ins pmt', 'BCBS', 'EFT [90173]', '-368.12', '3,371.88', 'CLM [27093]'],
    ['03/20/26', 'Refund', 'VISA', 'Credit balance refund', '237.60', '0.00', 'RFD [46079]'],
    ['03/12/26', 'Chgbk', 'CB', 'Case 13.3 (held, not posted)', '0.00', '0.00', 'CASE [47309]'],
  ],
});

// ── 31. HL7 DFT^P03 financial feed, text ──
const hl7 = lines({
  id: 's193-hl7',
  kind: 's193-hl7-dft-p03-payment-feed-text',
  before: 'Interface monitor — inbound DFT^P03 from PM (segments)',
  text: [
    'MSH|^~\\&|BSTMPM|BLUESTEM|GL|BLUESTEM|202603020914||DFT^P03|MSG[70212]|P|2.5.1',
    'PID|1||[37160]^^^BSTM^MR||KUCERA^DALE||19711102|M|||[15902] BLONDO ST^^OMAHA^NE^[68154]',
    'FT1|1|[80258]||20260302|20260302|PY|VISADEP^Card deposit|||1|-1850.00',
    'FT1|2|[90281]||20260304|20260304|CG|{64712}^Neuroplasty sciatic^CPT|||1|4980.00|||||||||||{64712}^^CPT^RT',
    'FT1|3|[90281]||20260304|20260304|CG|{64445}^Sciatic nerve block^CPT|||1|610.00',
  ].join('\n'),
});

// ── 32. Refund approval form, text ──
const refundForm = lines({
  id: 's193-refund',
  kind: 's193-card-refund-approval-form-text',
  before: 'Refund Request (credit balance) — route to PFS manager',
  text: [
    'Request no. RFD-[46079]   Patient acct [37160]   Requested by: T. Olander   03/19/2026',
    'Reason: credit balance after BCBSNE claim [27093] for {64712}, {64445}, {76942}, {01250}',
    'Deposit $1,850.00 less patient responsibility $1,612.40 = refund $237.60 to original card (Visa ...8812)',
    'Note: open chargeback case [47309] on the same transaction; refund anyway per policy 4.3, include in rebuttal.',
    'Approved: M. Reyes, PFS Manager   Posted 03/20/2026   GL [12060]',
  ].join('\n'),
});

// ── 33. Chargeback tracker CSV, text ──
const trackerCsv = lines({
  id: 's193-trackercsv',
  kind: 's193-chargeback-tracker-csv-export-text',
  before: 'chargebacks_2026Q1.csv',
  text: [
    'case,network,reason,received,amount,cpt,patient_acct,status,outcome',
    '[58213],AX,C08,2026-02-06,240.00,{64632},[55093],closed,won',
    '[47309],VS,13.3,2026-03-12,1850.00,{64712},[37160],represented,pending',
    '[64640],VS,13.2,2026-03-19,150.00,{64612},[30114],accepted,lost',
    '[64651],MC,4837,2026-03-27,85.00,{64445},[33096],open,',
    '[52990],VS,12.6.1,2026-01-22,[10440].00,{64714},[40102],closed,won',
  ].join('\n'),
});

// ── 34. Dispute analytics dashboard, text ──
const dashboard = lines({
  id: 's193-dashboard',
  kind: 's193-dispute-analytics-dashboard-text',
  before: 'Meridian Dispute Center › Insights › Q1 2026',
  text: [
    'Dispute rate 0.21% (network threshold 0.9%)   Win rate 67%   Open $2,085.00',
    'Top descriptors by disputes: {64712} deposits (2) · {64612} autopay (2) · {64445} copays (1)',
    'Won / decided by procedure: {64712} 1/1 · {64632} 2/2 · {64445} 0/1 · {64612} 0/2',
    'Top reason codes: 13.3 (2) · 13.2 (2) · 4837 (1) · C08 (1)',
    'Highest-risk item: deposits for {64712}/{64714} over $1,500 — 0.8% disputed',
    'Peer benchmark: healthcare MCC 8011, merchants in ZIP [68144] area, peer group [20098]',
  ].join('\n'),
});

// ── 35. Portal search results, text ──
const search = lines({
  id: 's193-search',
  kind: 's193-dispute-portal-search-results-text',
  before: 'Search transactions: "64612"  — 6 results',
  text: [
    'Case [64612] · 2024-11-02 · Visa •2291 · $95.00 · closed (won) · “copay {64632}”',
    'Plan [52204] · Rosa Whitfield · installments 1–11 · “{64612} facial chemodenervation”',
    'Transaction TXN-[40178] · 03/08/2026 · $150.00 · “Autopay inst. – {64612}”',
    'Transaction TXN-[40151] · 02/08/2026 · $150.00 · “Autopay inst. – {64612}”',
    'Batch [64612] · 2025-06-09 · FRONT-1 · 24 items',
  ].join('\n'),
});

// ── 36. Issuer's provisional credit letter to the cardholder, text ──
const provCredit = lines({
  id: 's193-provcredit',
  kind: 's193-issuer-provisional-credit-letter-text',
  before: 'LOESS HILLS BANK · Card Dispute Services',
  text: [
    'Dale Kucera, [15902] Blondo St, Omaha NE [68154]        Claim no. [80286]',
    'We have received your billing error notice dated 03/08/2026 regarding BLUESTEM PAIN*INV[41877].',
    'A provisional credit of $1,850.00 has been applied to your account ending 8812 while we investigate.',
    'The merchant has responded with documents, including an itemization showing procedure codes',
    '{64712} and {64445} and an insurer statement. If we find no error, the credit will be reversed.',
    'Questions: PO Box 2110, Council Bluffs IA [51502] · reference [20023]',
  ].join('\n'),
});

// ── 37. Pre-arbitration notice from the issuer via acquirer, text ──
const preArb = lines({
  id: 's193-prearb',
  kind: 's193-pre-arbitration-notice-text',
  before: 'MERIDIAN CARD SERVICES — Pre-Arbitration Notification',
  text: [
    'Case [47309]   Network Visa   Original reason 13.3   Stage: Pre-arbitration   Amount $1,612.40',
    'Issuer rebuttal: cardholder accepts $237.60 refund; disputes remaining $1,612.40 as deductible not',
    'explained before service. Issuer notes EOB lists {64712} and {01250} but no itemized receipt was given.',
    'Respond by 04/29/2026. If you accept, $1,612.40 will be debited. Filing fee for arbitration: $500.00.',
    'Mail: PO Box [64714], Louisville KY [40232] · Attn: Pre-Arb Team [10097]',
  ].join('\n'),
});

// ── 38. CFPB complaint and company response, text ──
const cfpb = lines({
  id: 's193-cfpb',
  kind: 's193-cfpb-complaint-and-response-text',
  before: 'Consumer Financial Protection Bureau — Complaint detail',
  text: [
    'Complaint ID 260404-[12097]   Product: Credit card   Issue: Problem with a purchase shown on your statement',
    'Consumer narrative: My bank reversed my credit after the doctor sent an EOB showing code {64712}.',
    'I paid a deposit and then the surgery center billed anesthesia ({01250}) separately, I was never told.',
    'Desired resolution: refund of the $1,612.40 the bank re-billed me. Contact by mail, Omaha NE [68154].',
    'Company response (Loess Hills Bank): Closed with explanation. Claim [80286] reviewed; merchant evidence valid.',
  ].join('\n'),
});

// ── 39. Processor support ticket e-mail, text ──
const ticket = lines({
  id: 's193-ticket',
  kind: 's193-processor-support-ticket-email-text',
  before: 'Subject: [Meridian Support] Ticket updated — soft descriptor change',
  text: [
    'Ticket #[64612] · Priority normal · Assigned: Merchant Support Tier 2',
    'Customer wrote: Patients do not recognise “BLUESTEM PAIN*INV[41877]”. Can the descriptor show the',
    'procedure instead, e.g. “BLUESTEM PAIN {64712} SURGERY”?',
    'Agent reply: Dynamic descriptors are limited to 22 characters and should not include PHI or procedure',
    'codes such as {64712} or {64612}. We suggest “BLUESTEM PAIN OMAHA” plus phone. Ref change order [30156].',
  ].join('\n'),
});

// ── 40. Billing office team chat, text ──
const chat = lines({
  id: 's193-chat',
  kind: 's193-billing-office-team-chat-text',
  before: '#pfs-disputes · Today',
  text: [
    'Tessa O. 9:02 — new MC 4837 on Marcus T., $85 copay for the 10/14 {64445} block, says he never authorized',
    'Miguel R. 9:04 — it was his wife’s phone on the text-to-pay link. pull the IP + device from conf [71203]',
    'Tessa O. 9:05 — and the Whitfield 13.2? she texted CANCEL on 3/5 before the 3/8 draw for her {64612}',
    'Miguel R. 9:06 — accept that one, refund $150, close plan [52204]. don’t fight a valid cancel',
    'Tessa O. 9:11 — Kucera pre-arb came in. attaching the itemized {64712}-RT / {64445}-59 / {76942} estimate',
    'Miguel R. 9:12 — yes + the signed COF form. also check whether the {64714} deposit on 3/4 (inv [41879]) is at risk',
  ].join('\n'),
});

// ── 41. Chargeback fee invoice from processor, table ──
const feeInvoice = table({
  id: 's193-cbfees',
  kind: 's193-processor-chargeback-fee-invoice-grid',
  caption: 'Dispute fees invoice — Billing period March 2026',
  headers: ['Case', 'Event', 'Date', 'Fee', 'Related order'],
  rows: [
    ['[47309]', 'First chargeback', '03/12/2026', '$25.00', 'INV [41877] · {64712} deposit'],
    ['[64640]', 'First chargeback', '03/19/2026', '$25.00', 'PLAN [52204] · {64612}'],
    ['[64651]', 'First chargeback', '03/27/2026', '$25.00', 'TXT [71203] · {64445}'],
    ['[47309]', 'Representment', '03/24/2026', '$15.00', 'INV [41877] · {64712}'],
  ],
});

// ── 42. Patient portal payment history, text ──
const portalHistory = lines({
  id: 's193-pthistory',
  kind: 's193-patient-portal-payment-history-text',
  before: 'MyBluestem · Billing · Payment history',
  text: [
    '01/13/2026  Visit: Botox injection, right face ({64612}-RT)   Insurance paid $318.40   You paid $0.00',
    '01/08/2026  Autopay installment (plan [52204])   Visa •0396   $150.00   Confirmation [40119]',
    '02/08/2026  Autopay installment (plan [52204])   Visa •0396   $150.00   Confirmation [40151]',
    '03/08/2026  Autopay installment (plan [52204])   Visa •0396   $150.00   Confirmation [40178] · Disputed',
    '03/22/2026  Refund   Visa •0396   -$150.00   Confirmation [40192] · Plan closed',
  ].join('\n'),
});

// ── 43. HSA card substantiation request and the itemized statement sent back, text ──
const hsaSubst = lines({
  id: 's193-hsasubst',
  kind: 's193-hsa-card-substantiation-request-text',
  before: 'Prairieworks Benefits — Action needed: verify your HSA/FSA card purchase',
  text: [
    'Participant ID [14533]   Card transaction 03/08/2026   BLUESTEM PAIN*PLAN[52204]   $150.00',
    'Send an itemized statement showing date of service, provider, the service or procedure code (for example {99213}),',
    'and the amount you owe. Payment plan receipts alone are not accepted. Due by 05/07/2026. Request [28816].',
    'Itemized statement (Bluestem Pain): DOS 01/13/2026 {64612}-RT chemodenervation, facial nerve; J0585 100 units;',
    '{95874} needle EMG guidance. Patient share $412.50. DOS 10/21/2025 {64612}-RT, patient share $412.50.',
    'Upload to Prairieworks Benefits, PO Box [14597], Omaha NE [68103] or fax 402-555-0177.',
  ].join('\n'),
});

// ── 44. PM card payment posting screen, table ──
const posting = table({
  id: 's193-posting',
  kind: 's193-pm-card-payment-posting-screen-grid',
  caption: 'Post patient payment — card — apply to open charges',
  headers: ['Line', 'DOS', 'CPT', 'Mod', 'Charge', 'Pt resp', 'Card applied', 'Receipt'],
  rows: [
    ['1', '01/13/26', '{64612}', 'RT', '$1,320.00', '$412.50', '$150.00', 'RCPT [80441]'],
    ['2', '01/13/26', '{95874}', '', '$210.00', '$61.20', '$0.00', ''],
    ['3', '10/14/25', '{64445}', 'RT', '$610.00', '$85.00', '$85.00', 'RCPT [71203]'],
    ['4', '10/14/25', '{99213}', '25', '$180.00', '$0.00', '$0.00', ''],
    ['5', '02/10/26', '{64632}', 'LT', '$540.00', '$240.00', '$240.00', 'RCPT [80466]'],
    ['6', '02/24/26', '{64632}', 'LT', '$540.00', '$240.00', '$240.00', 'RCPT [80490]'],
  ],
});

export const sealed193: Snippet[] = [
  ...stmtHeader,
  ...stmtBatches,
  ...stmtFees,
  ...stmtChargebacks,
  ...portalList,
  ...caseDetail,
  ...evidenceGuide,
  ...cbNotice,
  ...chLetter,
  ...repCover,
  ...exhibitIndex,
  ...superbill,
  ...eob,
  ...era,
  ...cofAuth,
  ...estimate,
  ...disputeJson,
  ...webhookLog,
  ...disputeXml,
  ...planSetup,
  ...planSched,
  ...smsThread,
  ...checkout,
  ...receipt,
  ...termBatch,
  ...alerts,
  ...bankStmt,
  ...bai2,
  ...recon,
  ...ledger,
  ...hl7,
  ...refundForm,
  ...trackerCsv,
  ...dashboard,
  ...search,
  ...provCredit,
  ...preArb,
  ...cfpb,
  ...ticket,
  ...chat,
  ...feeInvoice,
  ...portalHistory,
  ...hsaSubst,
  ...posting,
];
