import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 150 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s150-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. The decoys are ZIPs (patient, hospital, agency, lender, bureau), PO boxes, placement batch
 * and client numbers, agency and hospital record ids, collector and desk ids, payment confirmation numbers, dispute
 * and case ids, Metro 2 and placement-file ZIP fields, loan and merchant ids, AG complaint and file numbers, amounts
 * written without a comma in CSV and fixed-width exports, and counts. About a third of them are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as PO boxes (agency, hospital, lender, bureau), a debtor's ZIP and the
 * bureau's ZIP, placement, recall and ACH batch ids, the agency's client number, a collector desk, a lender merchant
 * id, payment confirmation and bureau confirmation numbers, dispute and AG complaint numbers, a bureau subscriber
 * code, a group number, an SMS pay code, a call-script id, a Metro 2 trailer count, a financial-assistance
 * application, a hospital department, a promo code and a trailer balance. The five known codes' digits come back as decoys: the
 * agency's PO box, a placement batch number, the hospital's client number at the agency, a recall batch number, a
 * payment confirmation number, a bureau dispute reference, a lender merchant id, an AG complaint number, a trailer
 * record total and a collector desk id.
 *
 * Family: medical debt collection, credit reporting disputes and patient financing around one (fictional)
 * hospital's unpaid bills for peripheral-nerve procedures (sciatic neuroplasty, sciatic block, plantar digital nerve
 * destruction, facial chemodenervation; lumbar plexus neuroplasty on another debtor): the hospital's placement file
 * to the collection agency (fixed-width header/detail/service/trailer records, CSV export, placement
 * acknowledgment e-mail), the itemized statement sent with it, the FDCPA/Regulation F validation notice and its
 * tear-off dispute form, the agency's collection-system account screen, transaction history, collector notes, SMS
 * reminders, online payment portal and receipt, the payment plan letter and schedule, the consumer's itemization
 * request and the agency's verification letter, the payer's reprocessed EOB the consumer attached, the agency's
 * Metro 2 record and the credit bureau tradeline, the bureau portal's dispute form and status page, the e-OSCAR
 * style ACDV (dispute code, FCRA relevant information, response code) and the reinvestigation results letter, the
 * hospital's recall request letter and recall CSV, the agency's closure notice and client remittance report, the
 * hospital's guarantor account activity screen and statement history by visit, the agency's client inventory by
 * procedure code and its medical-account dispute worksheet, a patient-financing lender's prequalification page, loan agreement
 * (TILA box, itemization of amount financed, payment schedule), monthly statement and transactions, the lender's
 * provider funding report, and a state attorney general complaint (online form, consumer timeline, the AG's letter
 * to the agency, the agency's response, the complaint status page).
 * Built on real public layouts: the CFPB Regulation F model validation notice (itemization date, itemization table
 * of interest, fees, payments, credits, "How can you dispute the debt?" and the tear-off "How do you want to
 * respond?"), collection-agency placement file specifications (header "H", detail "D", service-line "S" and trailer
 * "T" records, fixed positions), the Metro 2 base segment and K1 original-creditor segment (creditor
 * classification 02 medical), e-OSCAR ACDV screens (dispute codes such as 103 and 112, FCRA relevant information,
 * response codes 01/23), credit bureau online dispute portals and results letters, the TILA federal box for closed-end
 * patient loans (APR, finance charge, amount financed, total of payments) with an itemization of amount financed,
 * hospital itemized statements with CPT/HCPCS and revenue codes, and state attorney general consumer complaint forms.
 * The others are written the way those pages read, with no single source.
 *
 * 348 labelled tokens over 44 shapes: 183 codes, 165 decoys, 60 of the decoys in KNOWN_10K.
 */

// The case: Marisol A. Quintero, 2214 Larkspur Ct, Fenwick Falls, OH 44090. Cedar Hollow Regional Medical Center
// (HAR 4400318527). DOS 03/14/2025: 64712-RT $4,862.00, 64445-RT $612.00, 76942 $286.00 = $5,760.00; insurer
// paid $3,507.81, contractual adj. $1,142.53, patient balance $1,109.66, placed with Keystone Recovery Partners on
// 09/18/2025. Paid $50.00 x 3 on a plan (10/15, 11/15, 12/15/2025) = $959.66. Insurer reprocessed the 64445 line
// 05/2026 (+$389.90) = $569.76; hospital recalled the account 07/2026. Earlier balances (64612 08/05/2024,
// 64632 01/22/2025) = $412.60 financed with ClearPath Patient Lending, 12 months at 14.90% APR, $37.22 a month.

// ── 1. Placement file, fixed-width records (text layer of the .txt the hospital uploads) ──
const placementFixed = lines({
  id: 's150-plfixed',
  kind: 's150-placement-file-fixed-width-text',
  before: 'CHR01_PLACE_20250918.txt (fixed width, 400 bytes per record)',
  text: [
    'HCHR01 CEDAR HOLLOW REGIONAL MED CTR   20250918 BATCH [64712] PRIMARY  KRP0001',
    'D000001 4400318527 QUINTERO            MARISOL     A 19790602 2214 LARKSPUR CT        FENWICK FALLS   OH440901187 0000110966 20250518',
    'S000001 4400318527 20250314 {64712} RT 0000486200 0360 BUCKEYE MERIDIAN HP  2025074AB1193',
    'S000001 4400318527 20250314 {64445} RT 0000061200 0370 BUCKEYE MERIDIAN HP  2025074AB1193',
    'S000001 4400318527 20250314 {76942}    0000028600 0402 BUCKEYE MERIDIAN HP  2025074AB1193',
    'D000002 4400321904 PELLERIN            DWIGHT      R 19610117 88 QUARRY HILL RD       BEAVERCREEK     OH[45433]     0000231040 20250602',
    'S000002 4400321904 20250411 {64714}    0000955000 0360 SELF PAY',
    'D000003 4400324388 GREER               TAMSIN      O 19880930 415 W MAPLE ST          CRESTLINE       OH[44827]     0000038820 20250609',
    'S000003 4400324388 20250307 {64632} LT 0000114800 0510 OHIO HEALTHFIRST      HF25066031',
    'D000004 4400326011 LINDQVIST           OKSANA        19920305 19 BIRCHWOOD LN         FENWICK FALLS   OH[44090]     0000074015 20250621',
    'S000004 4400326011 20250420 {64445}    0000061200 0370 SELF PAY',
    'S000004 4400326011 20250420 {64447}    0000058400 0370 SELF PAY',
    'D000005 4400327735 OKAFOR              BENEDICT    C 19700812 7 STATION SQ APT 3      NORTH RIDGEVILLE OH[44039]     0000098651 20250625',
    'S000005 4400327735 20250428 {64713} LT 0000518000 0360 OHIO HEALTHFIRST      HF25118402',
    'S000005 4400327735 20250428 {64450}    0000041000 0370 OHIO HEALTHFIRST      HF25118402',
    'D000006 4400328120 VASQUEZ-ORR         LUZ         M 19550226 3021 KNOB HILL DR       FENWICK FALLS   OH[44090]     0000046225 20250630',
    'S000006 4400328120 20250502 {64612} RT 0000093800 0361 MEDICARE PART B       1125122B44',
    'S000006 4400328120 20250502 {95874}    0000024400 0922 MEDICARE PART B       1125122B44',
    'T CHR01 BATCH [64712] RECORDS 000017 ACCOUNTS 000006 BALANCE [64712].55',
  ].join('\n'),
});

// ── 2. Placement file, CSV export of the same batch ──
const placementCsv = lines({
  id: 's150-plcsv',
  kind: 's150-placement-file-csv-text',
  before: 'Placement export (CSV) — client CHR01 — batch 64712',
  text: [
    'client,har,guarantor_last,guarantor_first,zip,dos,cpt,mod,rev,charge,ins_paid,adj,pt_balance,dofd',
    'CHR01,4400318527,QUINTERO,MARISOL,[44090],2025-03-14,{64712},RT,0360,4862.00,3302.51,965.26,594.23,2025-05-18',
    'CHR01,4400318527,QUINTERO,MARISOL,[44090],2025-03-14,{64445},RT,0370,612.00,0.00,133.37,478.63,2025-05-18',
    'CHR01,4400318527,QUINTERO,MARISOL,[44090],2025-03-14,{76942},,0402,286.00,205.30,43.90,36.80,2025-05-18',
    'CHR01,4400321904,PELLERIN,DWIGHT,[45433],2025-04-11,{64714},,0360,9550.00,0.00,7239.60,2310.40,2025-06-02',
    'CHR01,4400324388,GREER,TAMSIN,[44827],2025-03-07,{64632},LT,0510,1148.00,612.40,147.40,388.20,2025-06-09',
    'CHR01,4400326011,LINDQVIST,OKSANA,[44090],2025-04-20,{64445},,0370,612.00,0.00,230.67,381.33,2025-06-21',
    'CHR01,4400326011,LINDQVIST,OKSANA,[44090],2025-04-20,{64447},,0370,584.00,0.00,225.18,358.82,2025-06-21',
    'CHR01,4400327735,OKAFOR,BENEDICT,[44039],2025-04-28,{64713},LT,0360,5180.00,3911.20,414.40,854.40,2025-06-25',
    'CHR01,4400327735,OKAFOR,BENEDICT,[44039],2025-04-28,{64450},,0370,410.00,245.09,32.80,132.11,2025-06-25',
    'CHR01,4400328120,VASQUEZ-ORR,LUZ,[44090],2025-05-02,{64612},RT,0361,938.00,305.72,262.70,369.58,2025-06-30',
    'CHR01,4400328120,VASQUEZ-ORR,LUZ,[44090],2025-05-02,{95874},,0922,244.00,79.54,71.79,92.67,2025-06-30',
  ].join('\n'),
});

// ── 3. Placement acknowledgment e-mail from the agency ──
const placementAck = lines({
  id: 's150-plack',
  kind: 's150-placement-acknowledgment-email-text',
  before: 'From: clientservices@keystonerp.example  To: pfs-earlyout@cedarhollow.example  Subj: Placement received',
  text: [
    'Batch [64712] from client [64612] (Cedar Hollow Regional Medical Center) was loaded 09/18/2025 at 16:42 ET.',
    'Accounts received: 6   Accepted: 6   Rejected: 0   Total placed: $5,997.17 (trailer shows [64712].55 — see note)',
    'Note: the trailer balance field appears to be in a different format; detail records total $5,997.17.',
    'Service lines loaded: 11 ({64712} x1, {64445} x2, {64447} x1, {64632} x1, {64714} x1, {76942} x1,',
    '{64713} x1, {64450} x1, {64612} x1, {95874} x1).',
    'Validation notices will mail 09/23/2025 from our Dayton office (PO Box [64445], Dayton, OH [45401]).',
    'Your client services rep: Renata Fulbright, 1-866-555-0183 ext. 2207.',
  ].join('\n'),
});

// ── 4. Hospital itemized statement sent with the placement, table ──
const itemized = table({
  id: 's150-itemized',
  kind: 's150-hospital-itemized-statement-grid',
  caption: 'CEDAR HOLLOW REGIONAL MEDICAL CENTER — ITEMIZED STATEMENT — Guarantor QUINTERO, MARISOL A — HAR 4400318527',
  headers: ['Svc Date', 'Rev Code', 'CPT/HCPCS', 'Description', 'Qty', 'Charges'],
  rows: [
    ['03/14/2025', '0360', '{64712}-RT', 'NEUROPLASTY MAJOR PERIPH NERVE SCIATIC', '1', '$4,862.00'],
    ['03/14/2025', '0370', '{64445}-RT', 'INJ ANES SCIATIC NERVE SINGLE', '1', '$612.00'],
    ['03/14/2025', '0402', '{76942}', 'US GUIDE NEEDLE PLACEMENT', '1', '$286.00'],
    ['03/14/2025', '0250', '', 'PHARMACY - GENERAL', '4', '$0.00 (bundled)'],
    ['', '', '', 'Total charges', '', '$5,760.00'],
    ['04/22/2025', '', '', 'BUCKEYE MERIDIAN HP PAYMENT  ICN 2025074AB1193', '', '-$3,507.81'],
    ['04/22/2025', '', '', 'CONTRACTUAL ADJUSTMENT (CO-45)', '', '-$1,142.53'],
    ['', '', '', 'Patient balance — PO Box [72811], Fenwick Falls, OH [44094]', '', '$1,109.66'],
  ],
});

// ── 5. FDCPA / Regulation F validation notice, PDF text layer ──
const validation = lines({
  id: 's150-validation',
  kind: 's150-fdcpa-validation-notice-text',
  before: 'Keystone Recovery Partners, LLC  PO Box 64445  Dayton, OH 45401  1-866-555-0183, 8am–8pm ET',
  text: [
    'Keystone Recovery Partners, LLC is a debt collector. We are trying to collect a debt that you owe to',
    'Cedar Hollow Regional Medical Center. We will use any information you give us to help collect the debt.',
    'Marisol A. Quintero, 2214 Larkspur Ct, Fenwick Falls, OH [44090]-1187      Reference: KRP-3318207',
    'Our information shows: On 07/01/2025, you owed: $1,109.66',
    'Between 07/01/2025 and today: You were charged this amount in interest: + $0.00',
    'You were charged this amount in fees: + $0.00   You paid or were credited this amount toward the debt: – $0.00',
    'Total amount of the debt now: $1,109.66',
    'Services: 03/14/2025, sciatic nerve neuroplasty (CPT {64712}) and nerve block (CPT {64445}); creditor acct 4400318527.',
    'Call or write to us by 11/03/2025, to dispute all or part of the debt. Mail: PO Box [64445], Dayton, OH [45401].',
  ].join('\n'),
});

// ── 6. Validation notice tear-off ("How do you want to respond?") ──
const tearOff = lines({
  id: 's150-tearoff',
  kind: 's150-validation-notice-tear-off-response-form-text',
  before: 'Mail this form to: Keystone Recovery Partners, LLC, PO Box 64445, Dayton, OH 45401',
  text: [
    'How do you want to respond?   Reference: KRP-3318207   Desk [31207]',
    'Marisol A. Quintero, 2214 Larkspur Ct, Fenwick Falls, OH [44090]',
    '[X] I want to dispute the debt because I think:  [ ] This is not my debt.  [X] The amount is wrong.',
    '    Written on the form: "Insurance was billed wrong for the {64445} nerve block, it should be paid with the',
    '    {64712} surgery. Buckeye Meridian claim 2025074AB1193 is being appealed. Appeal no. [29461]."',
    '[X] I want you to send me the name and address of the original creditor.',
    '[ ] I enclosed this amount: $______   Make your check payable to Keystone Recovery Partners. Include ref 3318207.',
  ].join('\n'),
});

// ── 7. Agency collection system, account detail screen ──
const acctScreen = lines({
  id: 's150-acctscreen',
  kind: 's150-agency-collection-system-account-screen-text',
  before: 'KRP Collect 7.4 — Account Inquiry — F2 Notes F5 Pay F7 Plan F9 Dispute',
  text: [
    'Acct: 3318207   Client: [64612] CHR01 CEDAR HOLLOW REGIONAL MC   Placed: 09/18/2025',
    'Debtor: QUINTERO, MARISOL A   DOB 06/02/1979   Zip: [44090]-1187   Home: (330) 555-0148',
    'Client acct: 4400318527   Orig bal: 1,109.66   Int: 0.00   Fees: 0.00   Pd: 150.00   Cur bal: 959.66',
    'Svc: 03/14/2025   Proc: {64712} RT / {64445} RT / {76942}   Ins: BUCKEYE MERIDIAN HP (appeal pending)',
    'Desk: [31207]   Status: PPA (payment plan active)   Dispute flag: Y   Credit rpt: HOLD until 05/18/2026',
    'Last pay: 12/15/2025 50.00 web   Next due: 01/15/2026 50.00   Letters: VN1 09/23/2025, PP1 10/08/2025',
  ].join('\n'),
});

// ── 8. Agency transaction history, grid ──
const txHistory = table({
  id: 's150-txhist',
  kind: 's150-agency-transaction-history-grid',
  caption: 'Account 3318207 — Transactions',
  headers: ['Date', 'Type', 'Ref', 'Amount', 'Fee', 'Balance'],
  rows: [
    ['09/18/2025', 'PLACE', 'Batch [64712]', '1,109.66', '0.00', '1,109.66'],
    ['10/15/2025', 'PAY-WEB', 'Conf [72358]', '-50.00', '3.95', '1,059.66'],
    ['11/15/2025', 'PAY-WEB', 'Conf [72390]', '-50.00', '3.95', '1,009.66'],
    ['12/15/2025', 'PAY-WEB', 'Conf [64632]', '-50.00', '3.95', '959.66'],
    ['05/28/2026', 'CLT-ADJ', 'Client credit, reprocessed {64445}', '-389.90', '0.00', '569.76'],
    ['07/09/2026', 'RECALL', 'Recall batch [64714]', '-569.76', '0.00', '0.00'],
  ],
});

// ── 9. Collector notes log ──
const notes = lines({
  id: 's150-notes',
  kind: 's150-agency-collector-notes-log-text',
  before: 'Account 3318207 — Notes (newest last)',
  text: [
    '09/23/2025 08:01 SYS  VN1 validation notice queued, mail vendor job [44125]',
    '10/06/2025 14:12 [31207] RF  Debtor called. Says ins appealing the nerve block ({64445}); states {64712} was covered.',
    '10/06/2025 14:19 [31207] RF  Offered PIF disc 20%, declined. Set PPA $50/mo, 1st 10/15. Mini-Miranda given.',
    '10/08/2025 09:30 SYS  PP1 plan letter sent. Web pay enrolled, conv fee 3.95 disclosed (script [07659]).',
    '10/27/2025 11:45 [31207] RF  Written dispute rcvd (tear-off): amount wrong, appeal no. [29461]. Dispute flag Y.',
    '11/04/2025 10:02 [23718] QA  Verification pkt sent: itemized stmt, CPT {64712}, {64445}, {76942} lines.',
    '01/12/2026 10:20 [31207] RF  Debtor says surgeon office rebilled block as {64445}-59; NCCI pair {64712}/{64445}.',
    '01/12/2026 10:24 [31207] RF  Per client PFS (ext 4471) the {76942} line stands; {64712} coins. $594.23 owed.',
    '05/28/2026 15:40 SYS  Client credit 389.90 posted, reason: payer reprocessed {64445}-RT line.',
    '07/09/2026 08:15 SYS  Client recall rcvd. Closing code RCL. Delete tradeline on next Metro 2 run.',
  ].join('\n'),
});

// ── 10. SMS reminders (Reg F text messages) ──
const sms = lines({
  id: 's150-sms',
  kind: 's150-agency-sms-reminder-thread-text',
  before: 'Messages — (866) 555-0183 — Keystone Recovery',
  text: [
    'KRP: This is Keystone Recovery Partners, a debt collector. Your $50.00 payment on acct ending 8207 is due 11/15.',
    'Pay: keystonerp.example/pay  Code [35789]. Reply STOP to opt out.',
    'Me: Why is there a 3.95 fee every month? And the insurance is still reprocessing the {64445} block.',
    'KRP: Online payments carry a convenience fee. For account questions call desk [31207]. Reply STOP to opt out.',
    'Me: I was told {64445} would be paid with {64712}. I sent you appeal [29461] already.',
    'KRP: We have noted appeal [29461] on your account. Payments are still due while we verify with the creditor.',
    'Me: The hospital bill says CPT {64445}-RT $612 and {76942} $286. Code [35789] does not work for the 15th.',
  ].join('\n'),
});

// ── 11. Agency online payment portal, account summary ──
const portal = lines({
  id: 's150-portal',
  kind: 's150-agency-online-payment-portal-summary-text',
  before: 'keystonerp.example/pay — Account summary',
  text: [
    'Welcome, MARISOL. Reference KRP-3318207   Creditor: Cedar Hollow Regional Medical Center',
    'Balance: $959.66   Payment plan: $50.00 on the 15th   Next payment: 01/15/2026',
    'What is this for?  03/14/2025  Neuroplasty, sciatic nerve {64712}  ·  Sciatic nerve block {64445}  ·  Ultrasound guidance {76942}',
    'Verification code sent to ZIP on file [44090]. Convenience fee: $3.95 (card) · $0.00 (bank by mail, PO Box [64445]).',
  ].join('\n'),
});

// ── 12. Payment receipt e-mail ──
const receipt = lines({
  id: 's150-receipt',
  kind: 's150-agency-payment-receipt-email-text',
  before: 'Your payment receipt — Keystone Recovery Partners',
  text: [
    'Confirmation number: [64632]   Date: 12/15/2025 07:14 ET   Reference: KRP-3318207',
    'Payment: $50.00   Convenience fee: $3.95   Total charged to VISA ending 4410: $53.95',
    'Applied to: Cedar Hollow Regional Medical Center, services 03/14/2025 ({64712}, {64445})',
    'Remaining balance: $959.66. Processor batch [44307]. Questions: 1-866-555-0183.',
  ].join('\n'),
});

// ── 13. Payment plan agreement letter ──
const planLetter = lines({
  id: 's150-planletter',
  kind: 's150-payment-plan-agreement-letter-text',
  before: 'Keystone Recovery Partners, LLC — PAYMENT ARRANGEMENT CONFIRMATION — 10/08/2025',
  text: [
    'Dear Marisol A. Quintero, 2214 Larkspur Ct, Fenwick Falls, OH [44090]:',
    'This confirms your arrangement on reference KRP-3318207 (Cedar Hollow account 4400318527).',
    'Balance $1,109.66 for services on 03/14/2025 (procedure codes {64712}-RT, {64445}-RT and {76942}).',
    'You agreed to pay $50.00 on the 15th of each month beginning 10/15/2025 until paid in full (23 payments).',
    'While payments are on time we will not report this account to the consumer reporting agencies.',
    'This is a communication from a debt collector. Desk [31207], 1-866-555-0183.',
  ].join('\n'),
});

// ── 14. Payment plan schedule, grid ──
const planSched = table({
  id: 's150-plansched',
  kind: 's150-payment-plan-schedule-grid',
  caption: 'Payment schedule — KRP-3318207 — plan PP1 no. 21809',
  headers: ['No.', 'Due', 'Amount', 'Method', 'Remaining'],
  rows: [
    ['1', '10/15/2025', '$50.00', 'Card (web) — ZIP [44090]', '$1,059.66'],
    ['2', '11/15/2025', '$50.00', 'Card (web) — ZIP [44090]', '$1,009.66'],
    ['3', '12/15/2025', '$50.00', 'Card (web) — ZIP [44090]', '$959.66'],
    ['4', '01/15/2026', '$50.00', 'Card (web) — ZIP [44090]', '$909.66'],
    ['5', '02/15/2026', '$50.00', 'Card (web) — ZIP [44090]', '$859.66'],
    ['23', '08/15/2027', '$9.66', 'Mail to PO Box [64445]', '$0.00'],
  ],
});

// ── 15. Consumer's itemization / dispute letter to the agency ──
const disputeLetter = lines({
  id: 's150-disputeletter',
  kind: 's150-consumer-dispute-letter-to-agency-text',
  before: 'Marisol A. Quintero, 2214 Larkspur Ct, Fenwick Falls, OH 44090 — October 24, 2025 — Certified mail',
  text: [
    'Keystone Recovery Partners, LLC, 2600 Far Hills Ave, Dayton, OH [45459]. Re: Reference KRP-3318207',
    'I dispute the amount of this debt and request verification and an itemized statement with CPT codes.',
    'My surgery on 03/14/2025 was a sciatic neuroplasty, code {64712}. The nerve block billed as {64445} on the same',
    'day was denied by Buckeye Meridian as "bundled"; my surgeon\'s office says a {64445} done for postoperative pain',
    'by a separate anesthesiologist is billed with modifier 59 and paid. The appeal (no. [29461]) is open.',
    'Certified mail tracking 9407 1118 9876 5400 1234 56. Please do not report this account while it is disputed.',
  ].join('\n'),
});

// ── 16. Agency verification response letter ──
const verifLetter = lines({
  id: 's150-veriflet',
  kind: 's150-agency-debt-verification-letter-text',
  before: 'Keystone Recovery Partners, LLC — VERIFICATION OF DEBT — 11/04/2025',
  text: [
    'Re: Reference KRP-3318207   Original creditor: Cedar Hollow Regional Medical Center, 800 Orchard Pkwy,',
    "Fenwick Falls, OH [44090]. Client account 4400318527. Enclosed is the creditor's itemized statement.",
    'Per the creditor, line 2 (CPT {64445}-RT, $612.00) was processed by the payer under ICN 2025074AB1193 and',
    'applied to deductible/coinsurance; line 1 (CPT {64712}-RT) and line 3 ({76942}) are shown as adjudicated.',
    'The balance of $1,109.66 is verified as of placement. Payments received: $50.00. QA reviewer id [23718].',
    'Collection activity resumes 11/05/2025. This communication is from a debt collector.',
  ].join('\n'),
});

// ── 17. Reprocessed EOB the consumer attached (payer portal view), grid ──
const eob = table({
  id: 's150-eob',
  kind: 's150-payer-reprocessed-eob-attachment-grid',
  caption: 'Buckeye Meridian Health Plan — Explanation of Benefits (REPROCESSED 05/19/2026) — Claim 2025074AB1193-01',
  headers: ['Service', 'Code', 'Billed', 'Allowed', 'Plan paid', 'You owe', 'Remark'],
  rows: [
    ['Neuroplasty', '{64712}-RT', '$4,862.00', '$3,896.74', '$3,302.51', '$594.23', ''],
    ['Nerve block', '{64445}-RT-59', '$612.00', '$478.63', '$389.90', '$88.73', 'N20 reversed; see appeal [29461]'],
    ['Ultrasound guidance', '{76942}', '$286.00', '$242.10', '$205.30', '$36.80', ''],
    ['Total', '', '$5,760.00', '$4,617.47', '$3,897.71', '$719.76', 'Member ID BMH884201377, group [47419]'],
  ],
});

// ── 18. Agency Metro 2 record (base + K1), fixed width (no procedure codes) ──
const metro2 = lines({
  id: 's150-metro2',
  kind: 's150-metro2-base-k1-segment-text',
  before: 'KRP_M2_20260531.dat — record 000117 (Base segment, K1 segment) — repository test view',
  text: [
    '0426 1 KRP0001      3318207              O48 000001110 06 93 000000960 05182025 QUINTERO        MARISOL',
    '     2214 LARKSPUR CT               FENWICK FALLS       OH[44090]    Y  ECOA 1  CII XB (disputed, consumer)',
    'K1 CEDAR HOLLOW REGIONAL MC   02   (creditor classification 02 = medical/health care)',
    '0426 1 KRP0001      3318212              O48 000000987 06 93 000000786 06252025 OKAFOR          BENEDICT',
    '     7 STATION SQ APT 3             NORTH RIDGEVILLE    OH[44039]    Y  ECOA 1',
    '0426 1 KRP0001      3318213              O48 000000462 06 93 000000370 06302025 VASQUEZ-ORR     LUZ',
    '     3021 KNOB HILL DR              FENWICK FALLS       OH[44090]    Y  ECOA 1',
    'Trailer: base records [36511]  status 93 count [10353]  K1 count [36511]  reporter ZIP [45401]',
  ].join('\n'),
});

// ── 19. Credit report tradeline as the consumer sees it in the bureau portal ──
const tradeline = lines({
  id: 's150-tradeline',
  kind: 's150-credit-report-collection-tradeline-text',
  before: 'Continental Credit Reporting — Your Report — Collections (1)',
  text: [
    'KEYSTONE RECOVERY PARTNERS   PO BOX [64445]  DAYTON, OH [45401]   (866) 555-0183',
    'Account number: 331820*   Original creditor: MEDICAL PAYMENT DATA   Type: Collection   Status: Open',
    'Date assigned: 09/2025   Original amount: $1,110   Balance: $960   Date of first delinquency: 05/2025',
    'Comments: Consumer disputes — reinvestigation in progress. Placed for collection. Medical.',
    'Report number 8871-0042-6613   Your ZIP on file: [44090]   Last reported: 05/31/2026',
  ].join('\n'),
});

// ── 20. Bureau online dispute form ──
const disputeForm = lines({
  id: 's150-disputeform',
  kind: 's150-bureau-online-dispute-form-text',
  before: 'Start a dispute — Step 2 of 4: Tell us what is wrong',
  text: [
    'Item: KEYSTONE RECOVERY PARTNERS, collection, balance $960, report number 8871-0042-6613',
    'Reason: (•) The balance is incorrect   ( ) I paid this before it went to collections   ( ) Not mine',
    'Explain (optional, 1,000 characters): My insurer reprocessed the claim. The {64445} nerve block (CPT',
    '{64445} with modifier 59) was paid on 05/19/2026; only my coinsurance on {64712} and {76942} was ever owed.',
    'Upload: EOB_reprocessed.pdf (2 pages), appeal_[29461]_decision.pdf, KRP_plan_letter.pdf',
    'Confirm your ZIP code: [44090]   Dispute reference will be e-mailed: CR-[64445]-Q',
  ].join('\n'),
});

// ── 21. Bureau dispute status page ──
const disputeStatus = table({
  id: 's150-dispstatus',
  kind: 's150-bureau-dispute-status-page-grid',
  caption: 'Your disputes — Dispute reference CR-64445-Q — opened 06/03/2026',
  headers: ['Item', 'Dispute ref', 'Submitted', 'Status', 'Result due'],
  rows: [
    ['KEYSTONE RECOVERY PARTNERS (collection)', 'CR-[64445]-Q', '06/03/2026', 'Sent to furnisher', '07/03/2026'],
    ['CEDAR HOLLOW RMC (inquiry)', 'CR-[64446]-Q', '06/03/2026', 'Deleted', '06/05/2026'],
    ['CLEARPATH PT LENDING (installment)', 'CR-[64447]-Q', '06/03/2026', 'Verified accurate', '06/20/2026'],
  ],
});

// ── 22. e-OSCAR style ACDV, furnisher's view ──
const acdv = lines({
  id: 's150-acdv',
  kind: 's150-eoscar-acdv-furnisher-view-text',
  before: 'ACDV — Automated Consumer Dispute Verification — Response due 06/28/2026',
  text: [
    'Control no: 0C2A17339841   Date received: 06/04/2026   Subscriber: KEYSTONE RECOVERY PTNRS  Sub code [44835]',
    'Consumer: QUINTERO, MARISOL A   Addr: 2214 LARKSPUR CT FENWICK FALLS OH [44090]   DOB 06/02/1979',
    'Dispute code 1: 103  Claims inaccurate information. Did not provide specific dispute.',
    'Dispute code 2: 112  Claims inaccurate information. Disputes current balance.',
    'FCRA relevant information: "Insurer reprocessed the {64445} nerve block (CPT {64445}-59 not {64445}-RT) on',
    '05/19/2026; balance should drop by 389.90. See EOB, appeal [29461]. I also have a ClearPath loan for my',
    '2024 {64612} and 01/2025 {64632} bills; those are paid on time." Images: 3',
    'Account no: 3318207   Acct type: 48   Orig creditor class: 02   Balance: 960   Amount past due: 960',
  ].join('\n'),
});

// ── 23. ACDV response section, furnisher's answer ──
const acdvResp = lines({
  id: 's150-acdvresp',
  kind: 's150-eoscar-acdv-response-section-text',
  before: 'ACDV 0C2A17339841 — Response',
  text: [
    'Response code: 23  Account information updated. Balance: 570   Amount past due: 570   CII: XC',
    'Response date: 06/11/2026   Responder id: [23718]   Sub code [44835]',
    'Furnisher note: client credit posted 05/28/2026 for reprocessed {64445}-RT; {64712} coinsurance remains.',
  ].join('\n'),
});

// ── 24. Bureau reinvestigation results letter ──
const results = lines({
  id: 's150-results',
  kind: 's150-bureau-reinvestigation-results-letter-text',
  before: 'Continental Credit Reporting, PO Box 39572, Allen, TX 75013 — Your dispute results — 06/12/2026',
  text: [
    'Marisol A. Quintero, 2214 Larkspur Ct, Fenwick Falls, OH [44090]   Dispute reference: CR-[64445]-Q',
    'KEYSTONE RECOVERY PARTNERS #331820*: UPDATED. Balance: $570. Compliance condition: dispute resolved,',
    'consumer disagrees (XC). Original creditor: medical. Furnisher: balance reduced after payer reprocessing.',
    'CLEARPATH PATIENT LENDING #2025*: VERIFIED AS REPORTED. Mail: PO Box [39572], Allen, TX [75013].',
  ].join('\n'),
});

// ── 25. Hospital recall request letter to the agency ──
const recallLetter = lines({
  id: 's150-recallletter',
  kind: 's150-hospital-recall-request-letter-text',
  before: 'Cedar Hollow Regional Medical Center — Patient Financial Services — 07/08/2026',
  text: [
    'To: Keystone Recovery Partners, LLC, Client Services, 2600 Far Hills Ave, Dayton, OH [45459]',
    'Re: Recall of accounts — client no. [64612] — recall batch [64714]',
    'Please close and return the following account, cease collection, and delete any credit reporting:',
    'HAR 4400318527 (KRP-3318207), QUINTERO, MARISOL, DOS 03/14/2025, balance at recall $569.76.',
    'Reason: payer reprocessed CPT {64445} on appeal; remaining coinsurance on {64712} and {76942} is being',
    'reviewed under our financial assistance policy (application FA-[33772]). Do not add fees after this date.',
    'Also recall HAR 4400321904 (PELLERIN, {64714}, charity approved 100%).',
    'Signed: Jolene Batra, Manager, Early-Out & Agency Vendors, PO Box [72811], Fenwick Falls, OH [44094]',
  ].join('\n'),
});

// ── 26. Hospital recall file, CSV ──
const recallCsv = lines({
  id: 's150-recallcsv',
  kind: 's150-hospital-recall-file-csv-text',
  before: 'CHR01_RECALL_20260708.csv',
  text: [
    'client,recall_batch,har,agency_ref,reason_cd,cpt_list,bal_at_recall,delete_credit',
    'CHR01,[64714],4400318527,3318207,INSREPROC,{64712}|{64445}|{76942},569.76,Y',
    'CHR01,[64714],4400321904,3318211,CHARITY,{64714},2310.40,Y',
    '# rows 2; sent by jbatra; PFS dept [60658]',
  ].join('\n'),
});

// ── 27. Agency recall/closure notice to the consumer ──
const closure = lines({
  id: 's150-closure',
  kind: 's150-agency-account-closure-notice-text',
  before: 'Keystone Recovery Partners, LLC — ACCOUNT CLOSED — 07/10/2026',
  text: [
    'Reference KRP-3318207. Your account with Cedar Hollow Regional Medical Center (services 03/14/2025,',
    'CPT {64712}, {64445}, {76942}) has been returned to the creditor. We are no longer collecting this debt.',
    'We have asked the credit bureaus to delete this account (Metro 2 status DA, file of 07/31/2026).',
    'Payments you made to us ($150.00) were remitted to the creditor. Convenience fees ($11.85) are refunded',
    'to your card ending 4410, refund batch [77312].',
  ].join('\n'),
});

// ── 28. Agency client remittance report (to the hospital), grid ──
const remit = table({
  id: 's150-remit',
  kind: 's150-agency-client-remittance-report-grid',
  caption: 'Keystone Recovery Partners — Client Statement of Collections — Client 64612 CHR01 — December 2025',
  headers: ['Agency Ref', 'HAR', 'Debtor', 'Proc', 'Collected', 'Contingency 28%', 'Net to client'],
  rows: [
    ['3318207', '4400318527', 'QUINTERO, M', '{64712}', '$50.00', '$14.00', '$36.00'],
    ['3318209', '4400324388', 'GREER, T', '{64632}', '$388.20', '$108.70', '$279.50'],
    ['3318210', '4400326011', 'LINDQVIST, O', '{64445}/{64447}', '$120.00', '$33.60', '$86.40'],
    ['3318211', '4400321904', 'PELLERIN, D', '{64714}', '$0.00', '$0.00', '$0.00'],
    ['3318212', '4400327735', 'OKAFOR, B', '{64713}/{64450}', '$200.00', '$56.00', '$144.00'],
    ['3318213', '4400328120', 'VASQUEZ-ORR, L', '{64612}/{95874}', '$92.67', '$25.95', '$66.72'],
    ['Total', 'Batch [64712]', '', '', '$850.87', '$238.25', '$612.62'],
  ],
});

// ── 29. Hospital guarantor account activity screen (after recall) ──
const guarantor = lines({
  id: 's150-guarantor',
  kind: 's150-hospital-guarantor-account-activity-screen-text',
  before: 'Guarantor Account 7712046 — QUINTERO,MARISOL A — Hospital Account 4400318527 — Activity',
  text: [
    '03/14/2025  Charge   {64712}  RT  NEUROPLASTY SCIATIC NERVE          4,862.00   Dept [72341] NEUROSURG OR',
    '03/14/2025  Charge   {64445}  RT  NERVE BLOCK SCIATIC SINGLE           612.00   Dept [72341] NEUROSURG OR',
    '03/14/2025  Charge   {76942}      US GUIDANCE NEEDLE                   286.00   Dept [72341] NEUROSURG OR',
    '04/22/2025  Payment  BUCKEYE MERIDIAN                              -3,507.81   Batch [45415]',
    '09/18/2025  Transfer to bad debt — agency KRP (client [64612])     1,109.66',
    '05/28/2026  Payment  BUCKEYE MERIDIAN (reprocessed {64445})           -389.90   Batch [45420]',
    '07/09/2026  Recall from agency, batch [64714]; FA screening pending   Balance 569.76',
    'Related HARs: 4400297716 ({64612} 08/05/2024) and 4400309952 ({64632} 01/22/2025) — paid by ClearPath',
    '  funding 02/12/2025, deposit batch [45429], financial class 14 (patient finance), Dept [44281] PODIATRY',
  ].join('\n'),
});

// ── 30. Patient-financing lender prequalification page ──
const prequal = lines({
  id: 's150-prequal',
  kind: 's150-patient-lender-prequalification-page-text',
  before: 'ClearPath Patient Lending — Pay your Cedar Hollow bill over time — Check your rate (soft pull)',
  text: [
    'Provider: Cedar Hollow Regional Medical Center   Merchant ID [64632]   Location: Fenwick Falls, OH [44090]',
    'Bills selected: 08/05/2024 facial nerve chemodenervation ({64612}) $268.10; 01/22/2025 digital nerve',
    'destruction ({64632}) $144.50. Amount to finance: $412.60',
    'Your ZIP code: [44090]   Annual income: $48,200   Rent/mortgage: $1,150',
    'You prequalify: 12 months at 14.90% APR, $37.22/mo; or 6 months at 0% (promo [19990]), $68.77/mo.',
  ].join('\n'),
});

// ── 31. Loan agreement TILA disclosure box ──
const tila = lines({
  id: 's150-tila',
  kind: 's150-patient-loan-agreement-tila-box-text',
  before: 'PATIENT INSTALLMENT LOAN AGREEMENT AND FEDERAL TRUTH-IN-LENDING DISCLOSURES — Loan no. CPL-2025-0210-4471',
  text: [
    'Borrower: Marisol A. Quintero, 2214 Larkspur Ct, Fenwick Falls, OH [44090]',
    'Lender: ClearPath Patient Lending, Inc., PO Box [21220], Kansas City, MO [64121]   Provider: Cedar Hollow RMC',
    'ANNUAL PERCENTAGE RATE 14.90%   FINANCE CHARGE $34.05   Amount Financed $412.60   Total of Payments $446.65',
    'Payment schedule: 11 payments of $37.22 and 1 payment of $37.23, monthly beginning 03/10/2025.',
    'Late charge: $10.00 or 5% of the payment, whichever is less. Prepayment: no penalty. Security: none.',
  ].join('\n'),
});

// ── 32. Itemization of amount financed, grid ──
const itemization = table({
  id: 's150-itemization',
  kind: 's150-patient-loan-itemization-amount-financed-grid',
  caption: 'ITEMIZATION OF THE AMOUNT FINANCED — Loan CPL-2025-0210-4471',
  headers: ['Paid to others on your behalf', 'Invoice / HAR', 'Service', 'Amount'],
  rows: [
    [
      'Cedar Hollow Regional Medical Center',
      '4400297716',
      '08/05/2024 CPT {64612} chemodenervation, facial nerve, unilateral',
      '$268.10',
    ],
    [
      'Cedar Hollow Regional Medical Center',
      '4400309952',
      '01/22/2025 CPT {64632} destruction, plantar common digital nerve',
      '$144.50',
    ],
    ['Amount paid to you directly', '', '', '$0.00'],
    ['Prepaid finance charge', '', '', '$0.00'],
    ['Amount Financed', '', 'Remit to PO Box [21220], Kansas City, MO [64121]', '$412.60'],
  ],
});

// ── 33. Loan payment schedule / amortization, grid ──
const amort = table({
  id: 's150-amort',
  kind: 's150-patient-loan-amortization-schedule-grid',
  caption: 'Payment schedule — CPL-2025-0210-4471 — autopay from checking, ACH company id 1842291776',
  headers: ['Pmt', 'Date', 'Payment', 'Interest', 'Principal', 'Balance'],
  rows: [
    ['1', '03/10/2025', '$37.22', '$5.12', '$32.10', '$380.50'],
    ['2', '04/10/2025', '$37.22', '$4.72', '$32.50', '$348.00'],
    ['6', '08/10/2025', '$37.22', '$3.08', '$34.14', '$213.93'],
    ['12', '02/10/2026', '$37.23', '$0.46', '$36.77', '$0.00'],
    ['Totals', 'Services {64612}, {64632}', '$446.65', '$34.05', '$412.60', ''],
  ],
});

// ── 34. Lender monthly statement, text layer ──
const stmt = lines({
  id: 's150-stmt',
  kind: 's150-patient-loan-monthly-statement-text',
  before: 'ClearPath Patient Lending — Monthly Statement — Statement date 07/20/2025',
  text: [
    'Marisol A. Quintero   Loan CPL-2025-0210-4471   Customer no. 0044718   Mail: PO Box [21220], Kansas City, MO [64121]',
    'Principal balance $248.07   Payment due 08/10/2025 $37.22   Past due $0.00   Payments remaining 7 of 12',
    'Financed care: Cedar Hollow Regional Medical Center — {64612} (08/05/2024), {64632} (01/22/2025)',
    'Pay online, by phone (888) 555-0127, or mail coupon to Kansas City, MO [64121]. Online access code [44221].',
  ].join('\n'),
});

// ── 35. Lender statement transactions, grid ──
const stmtTx = table({
  id: 's150-stmttx',
  kind: 's150-patient-loan-statement-transactions-grid',
  caption: 'Transactions this period (06/21/2025 – 07/20/2025)',
  headers: ['Date', 'Description', 'Reference', 'Amount'],
  rows: [
    ['07/10/2025', 'ACH payment — thank you', 'Trace [45449]', '-$37.22'],
    ['07/10/2025', 'Interest', '', '$3.50'],
    ['07/10/2025', 'Principal applied', 'Cedar Hollow — {64612}/{64632}', '-$33.72'],
  ],
});

// ── 36. Lender provider funding report (hospital side), CSV ──
const funding = lines({
  id: 's150-funding',
  kind: 's150-patient-lender-provider-funding-report-csv-text',
  before: 'ClearPath Provider Portal — Funding report — merchant 64632 — February 2025 (download .csv)',
  text: [
    'location,fund_date,loan_no,patient,har,dos,cpt,financed,merchant_fee_pct,merchant_fee,net_funded',
    'CHR-FENWICK,2025-02-12,CPL-2025-0210-4471,QUINTERO M,4400297716,2024-08-05,{64612},268.10,5.90,15.82,252.28',
    'CHR-FENWICK,2025-02-12,CPL-2025-0210-4471,QUINTERO M,4400309952,2025-01-22,{64632},144.50,5.90,8.53,135.97',
    'CHR-FENWICK,2025-02-14,CPL-2025-0213-4490,ABERNETHY K,4400312655,2025-01-30,{64714},3120.00,5.90,184.08,2935.92',
    'CHR-FENWICK,2025-02-19,CPL-2025-0218-4512,OYELARAN T,4400314020,2025-02-03,{64445},455.00,5.90,26.85,428.15',
    'CHR-FENWICK,2025-02-20,CPL-2025-0219-4518,HOLLIS P,4400314377,2025-02-05,{64632},144.50,5.90,8.53,135.97',
    'CHR-FENWICK,2025-02-24,CPL-2025-0221-4526,NAKASHIMA R,4400315081,2025-02-10,{64712},1240.00,5.90,73.16,1166.84',
    'CHR-FENWICK,2025-02-26,CPL-2025-0225-4533,DELACROIX V,4400315940,2025-02-11,{64612},268.10,5.90,15.82,252.28',
    '# total financed 5640.20; ACH batch [13757]; deposit to ZIP [44094] account ending 0091',
  ].join('\n'),
});

// ── 37. State AG consumer complaint online form ──
const agForm = lines({
  id: 's150-agform',
  kind: 's150-attorney-general-complaint-online-form-text',
  before: 'Office of the Attorney General — Consumer Protection Section — File a Complaint — Review and submit',
  text: [
    'Your information: Marisol A. Quintero, 2214 Larkspur Ct, Fenwick Falls, OH [44090]-1187, (330) 555-0148',
    'Business complained about: Keystone Recovery Partners, LLC, 2600 Far Hills Ave, Dayton, OH [45459]',
    'Type: Debt collection — medical   Amount in dispute: $11.85 fees; $569.76 balance   Date of transaction: 03/14/2025',
    'Describe: The agency charged me $3.95 each time I paid online and kept calling about the {64445} nerve',
    'block after I sent them my insurance appeal. The hospital recalled the account (their batch [64714]).',
    'Desired resolution: refund of fees; written confirmation that codes {64712}/{64445} balance is closed.',
    'Other accounts: my ClearPath loan for {64612} and {64632} is paid off (02/10/2026); no complaint about it.',
  ].join('\n'),
});

// ── 38. Consumer's timeline attachment to the AG complaint ──
const agTimeline = table({
  id: 's150-agtimeline',
  kind: 's150-attorney-general-complaint-timeline-attachment-grid',
  caption: 'Attachment A — Timeline (M. Quintero) — AG complaint CP-2026-64632',
  headers: ['Date', 'What happened', 'Document'],
  rows: [
    ['03/14/2025', 'Sciatic nerve surgery {64712} and nerve block {64445} at Cedar Hollow', 'Itemized bill'],
    ['09/23/2025', 'Collection letter from Keystone, ref 3318207, $1,109.66', 'Validation notice'],
    ['10/24/2025', 'My dispute letter, appeal no. [29461]', 'Certified receipt'],
    ['12/15/2025', 'Third $50 payment + $3.95 fee, confirmation [64632]', 'E-mail receipt'],
    ['05/19/2026', 'Insurer paid the {64445}-59 line, $389.90', 'Reprocessed EOB'],
    ['06/03/2026', 'Credit bureau dispute CR-[64445]-Q', 'Portal screenshot'],
  ],
});

// ── 39. AG letter to the agency requesting a response ──
const agLetter = lines({
  id: 's150-agletter',
  kind: 's150-attorney-general-letter-to-business-text',
  before: 'OFFICE OF THE ATTORNEY GENERAL — 30 E. Broad St., 14th Floor, Columbus, OH 43215 — 08/12/2026',
  text: [
    'Keystone Recovery Partners, LLC, Attn: Compliance, 2600 Far Hills Ave, Dayton, OH [45459]',
    'Re: Complaint no. CP-2026-[64632]   Consumer: Marisol A. Quintero, Fenwick Falls, OH [44090]',
    'The enclosed complaint alleges that your firm charged a $3.95 payment fee on a medical debt (services',
    'reported under CPT {64712} and {64445}) and continued collection after a written dispute. Please respond',
    'within 21 days and refer to file no. [80915] and the complaint number above. Section investigator id [45458].',
  ].join('\n'),
});

// ── 40. Agency response to the AG ──
const agResponse = lines({
  id: 's150-agresponse',
  kind: 's150-agency-response-to-attorney-general-text',
  before: 'Keystone Recovery Partners, LLC — Compliance Department — 08/28/2026',
  text: [
    'Re: AG complaint CP-2026-[64632], file [80915]; our reference KRP-3318207; client no. [64612].',
    '1. Placement: the creditor placed the balance of $1,109.66 on 09/18/2025 (batch [64712]) for services',
    '   billed under CPT {64712}-RT, {64445}-RT and {76942}.',
    '2. Dispute: received 10/27/2025; verification mailed 11/04/2025 (itemized statement showing {64445}).',
    '3. Fees: three convenience fees of $3.95 were refunded 07/10/2026 (refund batch [77312]).',
    '4. Credit reporting: deletion request sent on the 07/31/2026 Metro 2 file; bureau confirmation [90332].',
    'Compliance contact: desk [64714]-C, 1-866-555-0183 ext. 2290.',
  ].join('\n'),
});

// ── 41. AG complaint status page ──
const agStatus = table({
  id: 's150-agstatus',
  kind: 's150-attorney-general-complaint-status-page-grid',
  caption: 'Check complaint status — enter complaint number and ZIP',
  headers: ['Complaint no.', 'ZIP', 'Business', 'Status', 'Updated'],
  rows: [
    [
      'CP-2026-[64632]',
      '[44090]',
      'Keystone Recovery Partners, LLC',
      'Business responded — closed, resolved',
      '09/04/2026',
    ],
    ['CP-2026-[61937]', '[44090]', 'ClearPath Patient Lending, Inc.', 'Closed — no violation found', '04/17/2026'],
    ['CP-2026-[45402]', '[44201]', 'Keystone Recovery Partners, LLC', 'Referred to business', '08/30/2026'],
  ],
});

// ── 42. Hospital guarantor statement history (all encounters), grid ──
const stmtHistory = table({
  id: 's150-stmthist',
  kind: 's150-hospital-guarantor-statement-history-grid',
  caption: 'Cedar Hollow Regional Medical Center — MyChart Billing — Guarantor 7712046 — Statement history by visit',
  headers: ['Visit', 'Procedure', 'Code', 'Charges', 'Insurance', 'Adjustments', 'You owe', 'Where'],
  rows: [
    [
      '08/05/2024 Neuro clinic',
      'Office visit, est.',
      '{99214}',
      '$248.00',
      '$162.40',
      '$35.60',
      '$50.00',
      'ClearPath loan',
    ],
    [
      '08/05/2024 Neuro clinic',
      'Chemodenervation, facial nerve, RT',
      '{64612}',
      '$938.00',
      '$512.30',
      '$225.60',
      '$200.10',
      'ClearPath loan',
    ],
    [
      '08/05/2024 Neuro clinic',
      'Needle EMG guidance',
      '{95874}',
      '$244.00',
      '$158.20',
      '$67.80',
      '$18.00',
      'ClearPath loan',
    ],
    ['01/22/2025 Podiatry', 'New patient visit', '{99203}', '$310.00', '$201.50', '$60.20', '$48.30', 'ClearPath loan'],
    [
      '01/22/2025 Podiatry',
      'Neurolytic destruction, plantar digital nerve',
      '{64632}',
      '$1,148.00',
      '$702.60',
      '$349.20',
      '$96.20',
      'ClearPath loan',
    ],
    [
      '03/14/2025 Surgery',
      'Neuroplasty, sciatic nerve',
      '{64712}',
      '$4,862.00',
      '$3,302.51',
      '$965.26',
      '$594.23',
      'Agency / recalled',
    ],
    [
      '03/14/2025 Surgery',
      'Sciatic nerve block',
      '{64445}',
      '$612.00',
      '$389.90',
      '$133.37',
      '$88.73',
      'Agency / recalled',
    ],
    [
      '03/14/2025 Surgery',
      'Ultrasound guidance',
      '{76942}',
      '$286.00',
      '$205.30',
      '$43.90',
      '$36.80',
      'Agency / recalled',
    ],
    ['04/02/2025 Neurosurgery', 'Post-op visit (global)', '{99024}', '$0.00', '$0.00', '$0.00', '$0.00', '—'],
  ],
});

// ── 43. Agency client inventory by procedure code, grid ──
const inventory = table({
  id: 's150-inventory',
  kind: 's150-agency-client-inventory-by-procedure-grid',
  caption: 'Keystone Recovery Partners — Client CHR01 active inventory by primary procedure — as of 12/31/2025',
  headers: ['Primary CPT', 'Description', 'Accts', 'Placed $', 'Collected $', 'Liquidation', 'Disputed'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic', '14', '$11,902.40', '$2,310.00', '19.4%', '3'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '3', '$6,931.20', '$0.00', '0.0%', '1'],
    ['{64713}', 'Neuroplasty, brachial plexus', '5', '$4,272.00', '$640.00', '15.0%', '0'],
    ['{64708}', 'Neuroplasty, other major nerve', '7', '$3,118.55', '$702.10', '22.5%', '1'],
    ['{64721}', 'Neuroplasty, median nerve at carpal tunnel', '22', '$8,466.90', '$2,884.35', '34.1%', '2'],
    ['{64445}', 'Sciatic nerve block, single', '31', '$9,203.16', '$1,617.40', '17.6%', '6'],
    ['{64447}', 'Femoral nerve block, single', '18', '$5,148.80', '$1,206.00', '23.4%', '2'],
    ['{64450}', 'Other peripheral nerve block', '26', '$4,030.12', '$1,390.60', '34.5%', '1'],
    ['{64632}', 'Destruction, plantar digital nerve', '9', '$2,961.30', '$1,024.90', '34.6%', '0'],
    ['{64612}', 'Chemodenervation, facial nerve', '12', '$3,407.25', '$580.00', '17.0%', '4'],
    ['{64640}', 'Destruction, other peripheral nerve', '6', '$2,115.00', '$410.00', '19.4%', '0'],
    ['{64615}', 'Chemodenervation for migraine', '4', '$1,388.00', '$120.00', '8.6%', '0'],
    ['{64722}', 'Decompression, unspecified nerve(s)', '2', '$1,612.00', '$180.00', '11.2%', '0'],
    ['Total', 'Client [64612] CHR01, batches [64712]–[72390]', '153', '$61,556.68', '$12,765.35', '20.7%', '20'],
  ],
});

// ── 44. Agency medical-account dispute worksheet, text layer ──
const worksheet = lines({
  id: 's150-worksheet',
  kind: 's150-agency-medical-dispute-worksheet-text',
  before: 'KRP Compliance — Medical Account Dispute Worksheet (Reg F §1006.34 / FCRA §623) — acct 3318207',
  text: [
    'Step 1  Itemization obtained from client? Y  (lines: {64712}-RT $4,862.00; {64445}-RT $612.00; {76942} $286.00)',
    'Step 2  Duplicate lines? N. Was {64712} billed once per side? Y (RT only).',
    'Step 3  Insurance dispute? Y. Payer N20 on {64445} (bundled with {64712}); appeal [29461] filed 06/2025.',
    '        Note: a separately documented post-op block ({64445}-59 or {64447}-59) is payable per plan policy.',
    'Step 4  Other open balances same guarantor? Y: ClearPath loan for {64612} / {64632} (not placed with us).',
    'Step 5  Hold collections / credit reporting? Y, hold until reprocessing; reviewer desk [31207], QA [23718].',
    'Step 6  Outcome: client credit $389.90 ({64445}), balance now $569.76 for {64712} coins and {76942}.',
    'Step 7  Similar open accounts, same client: 6 with {64445} + {64712} same DOS; 2 with {64447} + {64713}.',
    'Step 8  Route to client PFS for a batch review; ticket [44240], reviewer desk [31207].',
  ].join('\n'),
});

export const sealed150: Snippet[] = [
  ...placementFixed,
  ...placementCsv,
  ...placementAck,
  ...itemized,
  ...validation,
  ...tearOff,
  ...acctScreen,
  ...txHistory,
  ...notes,
  ...sms,
  ...portal,
  ...receipt,
  ...planLetter,
  ...planSched,
  ...disputeLetter,
  ...verifLetter,
  ...eob,
  ...metro2,
  ...tradeline,
  ...disputeForm,
  ...disputeStatus,
  ...acdv,
  ...acdvResp,
  ...results,
  ...recallLetter,
  ...recallCsv,
  ...closure,
  ...remit,
  ...guarantor,
  ...prequal,
  ...tila,
  ...itemization,
  ...amort,
  ...stmt,
  ...stmtTx,
  ...funding,
  ...agForm,
  ...agTimeline,
  ...agLetter,
  ...agResponse,
  ...agStatus,
  ...stmtHistory,
  ...inventory,
  ...worksheet,
];
