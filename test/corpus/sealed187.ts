import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 187 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s187-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64447, 64455, 76942, 95907, 95940, 99214, 28080, …). About a third of the decoys are numbers
 * of the synthetic 10,000-code set (KNOWN_10K) used as the clients' Greeley ZIP code (on many pages), the pharmacy's
 * ZIP, odometer readings in the mileage log and the client's email, an ETIN, Form 1099-SA and Form 886-A catalog
 * numbers, an HSA running balance in a CSV and the preparer's CAF number. The five known codes' digits come back as
 * decoys: the preparer's client number (organizer, worksheet, software screen, chat), a podiatry office's PO box, the
 * pharmacy receipt number, the check number that paid the sciatic surgery, a payment-plan lender's PO box, a hotel
 * confirmation number and a portal upload id, the HSA custodian's reimbursement request number, an odometer reading,
 * the IRS letter's control number, the preparer's invoice number and an e-file document id.
 *
 * Family: a tax preparer and the medical expense deduction: a (fictional) client couple's 2025 tax organizer with
 * pasted medical receipts and EOB lines for peripheral-nerve procedures (Renata Kim's sciatic nerve blocks, sciatic
 * neurolysis and lumbar plexus neurolysis; Theo Kim's Morton's neuroma neurolysis; Theo's dependent mother's facial
 * chemodenervation), the preparer's (Halvorsen Pike Tax Practice, Loveland, CO) Schedule A medical worksheet and
 * notes, the HSA distribution reconciliation and Form 8889 worksheet, the mileage and lodging logs for travel to
 * treatment, the tax software entry screen, diagnostics and e-file XML, an IRS correspondence examination (Letter
 * 566, Form 4564 information document request, Form 886-A, account transcript) questioning the deduction, and the
 * preparer's response packet (Form 2848 page, cover letter, exhibit index, physician letter, reconciliation
 * schedules, fax cover) through the no-change closing letter.
 * Pages: organizer cover and medical section, pasted pharmacy and surgery-center receipts, EOB summary and pasted
 * EOB lines, insurer claims CSV and year-to-date portal table, provider itemized statement, superbill, payment plan
 * statement, card statement lines, receipt-scanner JSON, 1099-SA text, HSA custodian CSV and claim form, Form 8889
 * worksheet, HSA-to-receipt reconciliation, Schedule A worksheet and AGI floor block, preparer notes, client and
 * preparer emails, portal chat and upload list, mileage log and mileage-app CSV, lodging folio, mileage summary,
 * software medical screen, diagnostics, MeF XML, Letter 566, Form 4564, Form 886-A, transcript,
 * Form 2848 page, response cover letter, exhibit index, physician letter, §213(d) memo, fax cover, closing letter
 * and the preparer's time/billing log.
 * Built on real public layouts: the IRS Letter 566 correspondence examination letter and its Form 4564 IDR and
 * Form 886-A explanation of items, IRS account transcripts (transaction codes, DLNs such as 29221-105-51234-5),
 * Form 1099-SA and Form 8889 line numbering, Schedule A lines 1–4 with the 7.5% AGI floor, Form 2848 (CAF numbers
 * 0000-00000R), the IRS MeF IRS1040ScheduleA XML schema element names, commercial insurer EOBs (service date,
 * procedure code, billed, allowed, plan paid, member owes), HSA custodian transaction histories, professional tax
 * organizers (Drake/Lacerte/UltraTax style), MileIQ-style mileage exports and hotel folios. The others are written the
 * way those pages read, with no single source.
 *
 * 363 labelled tokens over 44 shapes: 192 codes, 171 decoys, 58 of the decoys in KNOWN_10K.
 */

// ── 1. Tax organizer cover page, text layer (decoy heavy) ──
const orgCover = lines({
  id: 's187-orgcover',
  kind: 's187-tax-organizer-cover-page-text',
  before: 'HALVORSEN PIKE TAX PRACTICE, PLLC — 2025 INDIVIDUAL TAX ORGANIZER',
  text: [
    'Client no. [64445]   Prepared for: Theodore J. & Renata A. Kim   Filing status: Married filing jointly',
    'Address: 2218 Buckthorn Ct, Greeley, CO [80634]-5127   Home phone: 970-555-0186',
    'Prior-year AGI (2024): $139,410   Prior-year preparer: this office   Engagement letter on file (v. 2025-03)',
    'Dependents: Mei-Ling Kim (mother, qualifying relative, lives with you) — DOB 04/02/1949',
    'Return mail to: 1040 E. Eisenhower Blvd, Ste 210, Loveland, CO [80537]   Portal folder [31744]',
    'Please answer every question in section 14 (Medical) — your 2024 return carried forward no medical deduction.',
  ].join('\n'),
});

// ── 2. Organizer medical expense section (form grid, client's handwriting typed in) ──
const orgMedical = table({
  id: 's187-orgmed',
  kind: 's187-organizer-medical-expense-section-grid',
  caption: 'Section 14 — Medical and dental expenses (do not include amounts paid from your HSA or reimbursed)',
  headers: ['Paid to', 'For whom', 'What for (client notes)', 'Amount you paid', 'Paid from'],
  rows: [
    ['Front Range Pain Institute', 'Renata', 'sciatic nerve shots x3 ({64445}), EOBs attached', '$1,486.20', 'Visa'],
    ['Cache la Poudre Surgery Ctr', 'Renata', 'nerve surgery 6/12 — code {64712} on bill', '$4,318.77', 'HSA + check'],
    ['Denver Peripheral Nerve Ctr', 'Renata', 'lumbar plexus release {64714}, 2nd surgery', '$6,902.15', 'Pmt plan'],
    ['Windsor Foot & Ankle', 'Theo', 'neuroma alcohol shots {64632} (3), PO Box [64612]', '$1,174.22', 'HSA'],
    ['Rocky Mtn Neurology', 'Mei-Ling', 'Botox face spasm {64612}, every 3 mo', '$2,265.60', 'Amex'],
    ['Kersey Pharmacy', 'all', 'Rx — receipt [64632] and others, see pages', '$1,902.44', 'various'],
    ['Miles to Denver etc.', 'Renata', 'mileage log attached, odometer start [48213]', 'log', '—'],
  ],
});

// ── 3. Pasted pharmacy receipt, OCR text layer ──
const pharmReceipt = lines({
  id: 's187-pharm',
  kind: 's187-pasted-pharmacy-receipt-ocr-text',
  before: 'Organizer p. 14b — pasted receipt (photo)',
  text: [
    'KERSEY PHARMACY #0417   311 1st St, Kersey CO [80644]',
    'RECEIPT [64632]   03/21/2025 14:07   REG 2   CASHIER 118',
    'RX 7730216  GABAPENTIN 300MG CAP  QTY 90   KIM, RENATA   INS COPAY   $12.40',
    'RX 7730217  LIDOCAINE 5% PATCH    QTY 30   KIM, RENATA   INS COPAY   $48.95',
    'SUBTOTAL $61.35  HSA CARD ************4471  AUTH [81313]',
    'FSA/HSA ELIGIBLE $61.35   Rewards member [20578]   Store survey code [33903]',
  ].join('\n'),
});

// ── 4. Pasted surgery-center patient receipt ──
const ascReceipt = lines({
  id: 's187-ascrcpt',
  kind: 's187-pasted-surgery-center-payment-receipt-text',
  before: 'Organizer p. 14c — pasted receipt',
  text: [
    'Cache la Poudre Surgery Center · 1601 Prospect Pkwy, Fort Collins, CO [80525]',
    'Patient payment receipt  Account [70363]   Guarantor: Renata Kim   Date of service 06/12/2025',
    'Procedure: {64712}-RT Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    'Anesthesia (Front Range Anesthesia) and surgeon fees are billed separately — not on this receipt',
    'Payment: Check no. [64612] $2,500.00   HSA debit $1,818.77   Balance $0.00',
  ].join('\n'),
});

// ── 5. Insurer EOB summary page, PDF text layer ──
const eobSummary = lines({
  id: 's187-eobsum',
  kind: 's187-insurer-eob-summary-page-text',
  before: 'SUMMIT PEAK HEALTH PLAN — EXPLANATION OF BENEFITS — THIS IS NOT A BILL',
  text: [
    'Member: RENATA A KIM   Member ID: SPH884312207   Group: [45604] Kim Landscaping HDHP',
    'Claim no. 2025161A044190   Provider: CACHE LA POUDRE SURGERY CENTER   Service date 06/12/2025',
    'Service: Surgery — {64712} RT   Billed $9,840.00   Allowed $5,211.40   Deductible $3,300.00',
    'Coinsurance $401.14   Plan paid $1,510.26   Your responsibility $3,701.14',
    'Related claims: {64445} (06/12, anesthesia block, Front Range Anesthesia) claim 2025163B008170',
    'Questions? Summit Peak Health Plan, PO Box [17542], Denver CO [80217]   Reference [23327]',
  ].join('\n'),
});

// ── 6. EOB lines pasted into the organizer (table) ──
const eobLines = table({
  id: 's187-eoblines',
  kind: 's187-organizer-pasted-eob-line-grid',
  caption: 'Client pasted from member portal — "EOB lines, Renata 2025"',
  headers: ['Svc date', 'Provider', 'Code', 'Billed', 'Allowed', 'Plan paid', 'You owe'],
  rows: [
    ['01/14/25', 'Front Range Pain Inst', '{99204}', '$385.00', '$212.18', '$0.00', '$212.18'],
    ['01/14/25', 'Front Range Pain Inst', '{95907}', '$640.00', '$301.55', '$0.00', '$301.55'],
    ['02/03/25', 'Front Range Pain Inst', '{64445}', '$880.00', '$342.90', '$0.00', '$342.90'],
    ['02/03/25', 'Front Range Pain Inst', '{76942}', '$310.00', '$98.44', '$0.00', '$98.44'],
    ['03/10/25', 'Front Range Pain Inst', '{64445}', '$880.00', '$342.90', '$0.00', '$342.90'],
    ['04/21/25', 'Front Range Pain Inst', '{64445}-59', '$880.00', '$342.90', '$0.00', '$342.90'],
    ['06/12/25', 'Cache la Poudre SC', '{64712}', '$9,840.00', '$5,211.40', '$1,510.26', '$3,701.14'],
    ['06/12/25', 'Front Range Anesthesia', '{64445}', '$720.00', '$288.10', '$230.48', '$57.62'],
    ['10/08/25', 'Denver Periph Nerve Ctr', '{64714}', '$14,200.00', '$7,866.30', '$6,293.04', '$1,573.26'],
    ['10/08/25', 'Denver Periph Nerve Ctr', '{95940}', '$1,150.00', '$402.77', '$322.22', '$80.55'],
    ['12/02/25', 'Front Range Pain Inst', '{99213}', '$190.00', '$98.12', '$78.50', '$19.62'],
  ],
});

// ── 7. Insurer claims export CSV (member portal download) ──
const claimsCsv = lines({
  id: 's187-claimscsv',
  kind: 's187-insurer-member-claims-export-csv-text',
  before: 'claims_2025_THEO_MEILING.csv (opened in Notepad, pasted by client)',
  text: [
    'member,claim_id,service_date,provider,procedure,billed,allowed,plan_paid,member_resp,zip',
    'THEO KIM,2025052C118700,2025-02-19,WINDSOR FOOT & ANKLE,{64632},1240.00,488.30,0.00,488.30,[80550]',
    'THEO KIM,2025052C118700,2025-02-19,WINDSOR FOOT & ANKLE,{99214},265.00,141.20,0.00,141.20,[80550]',
    'THEO KIM,2025083C201140,2025-03-24,WINDSOR FOOT & ANKLE,{64632},1240.00,488.30,0.00,488.30,[80550]',
    'THEO KIM,2025121C033620,2025-05-01,WINDSOR FOOT & ANKLE,{64632},1240.00,488.30,290.68,197.62,[80550]',
    'MEI-LING KIM,2025030M550710,2025-01-30,ROCKY MTN NEUROLOGY,{64612},1180.00,566.40,0.00,566.40,[80620]',
    'MEI-LING KIM,2025120M559020,2025-04-30,ROCKY MTN NEUROLOGY,{64612},1180.00,566.40,0.00,566.40,[80620]',
    'MEI-LING KIM,2025211M563380,2025-07-30,ROCKY MTN NEUROLOGY,{64612},1180.00,566.40,0.00,566.40,[80620]',
    'MEI-LING KIM,2025302M572100,2025-10-29,ROCKY MTN NEUROLOGY,{64612},1180.00,566.40,0.00,566.40,[80620]',
    'TOTAL,,,,,8705.00,,,3581.02,',
  ].join('\n'),
});

// ── 8. Insurer year-to-date accumulator page (dashboard) ──
const ytd = table({
  id: 's187-ytd',
  kind: 's187-insurer-portal-ytd-claims-dashboard-grid',
  caption: 'My Claims › 2025 year to date › Family (HDHP) — Deductible $6,600 family, met 10/08/2025',
  headers: ['Patient', 'Top procedures', 'Claims', 'You owe YTD', 'Applied to deductible'],
  rows: [
    ['Renata', '{64445} ×4, {64712}, {64714}', '14', '$6,906.20', '$3,300.00'],
    ['Theo', '{64632} ×3, {99214}', '5', '$1,315.72', '$1,315.72'],
    ['Mei-Ling (dep.)', '{64612} ×4', '4', '$2,265.60', '$1,984.28'],
    ['Plan ref. [56236]', '', '', '', ''],
  ],
});

// ── 9. Provider itemized statement (table) ──
const itemized = table({
  id: 's187-itemized',
  kind: 's187-provider-itemized-patient-statement-grid',
  caption: 'Denver Peripheral Nerve Center · 1850 Williams St, Denver CO [80218] · Statement date 12/01/2025',
  headers: ['Date', 'CPT/HCPCS', 'Description', 'Charge', 'Ins. paid', 'Adj.', 'Pt. bal.'],
  rows: [
    ['09/16/25', '{99204}', 'New patient visit, Dr. A. Osei', '$412.00', '$0.00', '$188.40', '$223.60'],
    ['09/16/25', '{72148}', 'MRI lumbar spine w/o contrast', '$1,980.00', '$0.00', '$1,322.56', '$657.44'],
    ['10/08/25', '{64714}', 'Neuroplasty; lumbar plexus', '$14,200.00', '$6,293.04', '$6,333.70', '$1,573.26'],
    ['10/08/25', '{95940}', 'Intraop neurophysiology monitoring, 15 min', '$1,150.00', '$322.22', '$747.23', '$80.55'],
    ['10/22/25', '{99024}', 'Postop visit, global', '$0.00', '$0.00', '$0.00', '$0.00'],
    ['Acct [92694]', '', 'Payment plan PP-[40912] set up 11/02/25', '', '', 'Bal. due', '$2,534.85'],
  ],
});

// ── 10. Podiatry superbill (text layer) ──
const superbill = lines({
  id: 's187-superbill',
  kind: 's187-podiatry-superbill-text',
  before: 'WINDSOR FOOT & ANKLE, PC — SUPERBILL / RECEIPT FOR INSURANCE — NPI 1437221908 — Tax ID 84-2260914',
  text: [
    'Patient: Theodore Kim   Acct [51352]   DOS 02/19/2025   Dx: G57.62 Lesion of plantar nerve, left lower limb',
    '[x] {99214} Est. pt, moderate    [ ] {99213}    [x] {64632} Destruction, plantar common digital nerve, LT',
    '[ ] {64455} Inj. plantar digital nerve   [ ] {28080} Excision, interdigital (Morton) neuroma   [ ] {20550}',
    'Modifiers: {64632}-LT-T4   Units 1   Fee $1,240.00   Paid today: HSA card $488.30   Ref [28191]',
    'Office: 1204 Main St, Windsor, CO [80550]   Next visit 03/24 (2 of 3 in series)',
  ].join('\n'),
});

// ── 11. Payment plan statement, text layer ──
const payPlan = lines({
  id: 's187-payplan',
  kind: 's187-medical-payment-plan-statement-text',
  before: 'ClearPath Patient Financing — Monthly statement — Plan PP-40912',
  text: [
    'Statement period 12/01/2025–12/31/2025   Plan no. PP-[40912]   Provider: Denver Peripheral Nerve Center',
    'Original balance $2,534.85 (services 09/16/25–10/08/25 incl. {64714})   Interest 0.00%',
    'Payments this period: 12/05/2025 $211.24 (ACH, trace [61037])   Payments in 2025 total: $422.48',
    'Remaining $2,112.37 — amounts you pay in 2026 are deductible in 2026, not 2025 (ask your tax advisor)',
    'Remit to: ClearPath, PO Box [64714], Omaha NE [68103]',
  ].join('\n'),
});

// ── 12. Credit card statement lines (client highlighted) ──
const cardLines = table({
  id: 's187-card',
  kind: 's187-credit-card-statement-transactions-grid',
  caption: 'Amex Blue Cash — statement closing 12/28/2025 — client highlighted medical charges',
  headers: ['Date', 'Description', 'Reference', 'Amount'],
  rows: [
    ['01/30', 'ROCKY MTN NEUROLOGY GREELEY CO', '[40542] 320250300118', '$566.40'],
    ['04/30', 'ROCKY MTN NEUROLOGY GREELEY CO', '[43514] 320251200447', '$566.40'],
    ['07/30', 'ROCKY MTN NEUROLOGY GREELEY CO', '[47119] 320252110931', '$566.40'],
    ['10/29', 'ROCKY MTN NEUROLOGY GREELEY CO', '[50985] 320253020208', '$566.40'],
    ['10/07', 'HAMPTON INN DENVER-CHERRY CRK CO [80246]', '[50122] 320252800372', '$318.96'],
  ],
});

// ── 13. Receipt scanner app JSON export ──
const receiptJson = lines({
  id: 's187-rcptjson',
  kind: 's187-receipt-scanner-app-json-export-text',
  before: 'Shoeboxed-style export: receipts_medical_2025.json (client uploaded)',
  text: [
    '{"receiptId": "[73910]", "merchant": "Front Range Pain Institute", "total": 342.90, "zip": "[80525]",',
    ' "lineItems": [{"desc": "NERVE BLOCK SCIATIC", "code": "{64445}", "amt": 342.90}], "category": "Medical"},',
    '{"receiptId": "[73911]", "merchant": "Rocky Mtn Neurology", "total": 566.40, "zip": "[80620]",',
    ' "lineItems": [{"desc": "CHEMODENERV FACIAL NERVE UNILAT", "code": "{64612}", "amt": 566.40}]},',
    '{"receiptId": "[73912]", "merchant": "Hampton Inn Denver", "total": 318.96, "zip": "[80246]", "folio": "[64714]"}',
  ].join('\n'),
});

// ── 14. Form 1099-SA, text layer ──
const f1099sa = lines({
  id: 's187-1099sa',
  kind: 's187-form-1099sa-hsa-distribution-text',
  before: 'Form 1099-SA 2025 — Distributions From an HSA, Archer MSA, or Medicare Advantage MSA — Copy B',
  text: [
    "TRUSTEE'S name: Lodgepole Bank, N.A., HSA Services, PO Box [15589], Cheyenne WY [82009]",
    "TRUSTEE'S TIN 83-0312775   RECIPIENT'S TIN ***-**-6190   Account number HSA-[77614]-06",
    '1 Gross distribution $9,812.40   2 Earnings on excess cont. $0.00   3 Distribution code 1',
    '5 HSA [X]  Archer MSA [ ]  MA MSA [ ]   FMV on date of death: —',
    'Form 1099-SA (keep for your records) Cat. No. [38471]D   www.irs.gov/Form1099SA',
  ].join('\n'),
});

// ── 15. HSA custodian transaction history CSV ──
const hsaCsv = lines({
  id: 's187-hsacsv',
  kind: 's187-hsa-custodian-transaction-history-csv-text',
  before: 'Lodgepole Bank HSA › Transactions › Export (CSV) › 01/01/2025–12/31/2025',
  text: [
    'post_date,type,description,amount,balance,member_memo',
    '2025-02-19,DEBIT CARD,WINDSOR FOOT ANKLE,-488.30,[10726].18,',
    '2025-03-21,DEBIT CARD,KERSEY PHARMACY #0417,-61.35,[10664].83,',
    '2025-03-24,DEBIT CARD,WINDSOR FOOT ANKLE,-488.30,[10176].53,',
    '2025-05-01,DEBIT CARD,WINDSOR FOOT ANKLE,-197.62,9978.91,',
    '2025-06-30,REIMBURSEMENT,TRANSFER TO CHECKING x2204 (req [64712]),-1818.77,8160.14,CLP {64712}',
    '2025-11-14,REIMBURSEMENT,TRANSFER TO CHECKING x2204 (req [66323]),-6758.06,1402.08,DPNC {64714}/{95940}',
    '2025-12-31,INTEREST,INTEREST,0.37,1402.45,',
  ].join('\n'),
});

// ── 16. HSA custodian online reimbursement request (form) ──
const hsaClaim = lines({
  id: 's187-hsaclaim',
  kind: 's187-hsa-online-reimbursement-request-form-text',
  before: 'Lodgepole Bank HSA — Pay Myself Back — Request [66323] submitted 11/12/2025',
  text: [
    "Expense for: Renata Kim (account holder's spouse)   Provider: Denver Peripheral Nerve Center, Denver CO [80218]",
    'Date(s) of service: 09/16/2025–10/08/2025   Service description (optional): {64714}, {95940}, {99204}, {72148}',
    'Amount: $6,758.06   Deposit to: checking ending 2204   Receipt uploaded: DPNC_stmt_[11610].pdf',
    'By submitting you certify this expense has not been reimbursed and will not be claimed as a tax deduction.',
  ].join('\n'),
});

// ── 17. Preparer's Form 8889 worksheet (table) ──
const f8889 = table({
  id: 's187-f8889',
  kind: 's187-preparer-form-8889-worksheet-grid',
  caption: 'Form 8889 worksheet — Kim 2025 — prepared by MH 02/26/2026 — Part II HSA Distributions (Cat. No. 37621P)',
  headers: ['Line', 'Description', 'Per client', 'Per 1099-SA / custodian', 'Use'],
  rows: [
    ['14a', 'Total distributions received in 2025', '$9,812.40', '$9,812.40', '$9,812.40'],
    ['14b', 'Rollovers / excess contributions withdrawn', '$0', '$0', '$0'],
    ['15', 'Qualified medical expenses paid using HSA', '$9,812.40', 'see recon tab', '$9,812.40'],
    ['16', 'Taxable HSA distributions', '$0', '', '$0'],
    ['Note', 'Custodian claim refs [64712] ({64712} surgery) and [66323] ({64714} surgery) — both Renata', '', '', ''],
    ['Cat.', 'Form 8889 Cat. No. [37621]P', '', '', ''],
  ],
});

// ── 18. HSA distribution ↔ receipt reconciliation (preparer's tab) ──
const hsaRecon = table({
  id: 's187-hsarecon',
  kind: 's187-hsa-distribution-receipt-reconciliation-grid',
  caption: 'Recon tab — every HSA dollar matched to an expense; matched amounts come OFF Schedule A',
  headers: ['HSA date', 'HSA amount', 'Matched expense', 'CPT', 'Receipt / EOB', 'Removed from Sch A'],
  rows: [
    ['02/19/25', '$488.30', 'Theo — Windsor F&A', '{64632}', 'EOB 2025052C118700', '$488.30'],
    ['03/21/25', '$61.35', 'Renata — Rx', '—', 'rcpt [64632]', '$61.35'],
    ['03/24/25', '$488.30', 'Theo — Windsor F&A', '{64632}', 'EOB 2025083C201140', '$488.30'],
    ['05/01/25', '$197.62', 'Theo — Windsor F&A', '{64632}', 'EOB 2025121C033620', '$197.62'],
    ['06/30/25', '$1,818.77', 'Renata — CLP SC', '{64712}', 'rcpt acct [70363]', '$1,818.77'],
    ['11/14/25', '$6,758.06', 'Renata — DPNC', '{64714} {95940} {99204} {72148}', 'stmt [92694]', '$6,758.06'],
    ['Total', '$9,812.40', '', '', '', '$9,812.40'],
  ],
});

// ── 19. Schedule A medical worksheet (preparer) ──
const schAWks = table({
  id: 's187-schawks',
  kind: 's187-preparer-schedule-a-medical-worksheet-grid',
  caption: 'Sch A medical wks — Kim 2025 — out-of-pocket, not reimbursed, not paid by HSA, paid in 2025',
  headers: ['Ref', 'Payee', 'Patient', 'Procedure(s)', 'Paid 2025', 'HSA', 'Deductible'],
  rows: [
    ['M-1', 'Front Range Pain Inst', 'Renata', '{99204} {95907} {64445} ×3 {76942}', '$1,486.20', '$0', '$1,486.20'],
    ['M-2', 'Front Range Anesthesia', 'Renata', '{64445} (06/12)', '$57.62', '$0', '$57.62'],
    ['M-3', 'Cache la Poudre SC', 'Renata', '{64712}-RT', '$4,318.77', '$1,818.77', '$2,500.00'],
    ['M-4', 'Denver Periph Nerve Ctr', 'Renata', '{64714}, {95940}', '$7,180.54', '$6,758.06', '$422.48'],
    ['M-5', 'Windsor Foot & Ankle', 'Theo', '{64632} ×3, {99214}', '$1,174.22', '$1,174.22', '$0.00'],
    ['M-6', 'Rocky Mtn Neurology', 'Mei-Ling', '{64612} ×4', '$2,265.60', '$0', '$2,265.60'],
    ['M-7', 'Premiums (HDHP, post-tax)', 'family', '—', '$18,204.00', '$0', '$18,204.00'],
    ['M-8', 'Mileage 1,312 mi × $0.21', 'Renata', '—', '$275.52', '$0', '$275.52'],
    ['M-9', 'Lodging 10/07 (1 night, $50 × 2 persons cap)', 'Renata', '{64714} trip', '$318.96', '$0', '$100.00'],
  ],
});

// ── 20. AGI floor block (software printout) ──
const agiFloor = lines({
  id: 's187-agifloor',
  kind: 's187-schedule-a-agi-floor-computation-text',
  before: 'Medical and Dental Expenses Worksheet — Schedule A, lines 1–4 (software computation)',
  text: [
    'Line 1 Medical and dental expenses ................................ 31,482',
    'Line 2 Amount from Form 1040, line 11 (AGI) ....................... 148,620',
    'Line 3 Multiply line 2 by 7.5% (0.075) ............................ 11,147',
    'Line 4 Subtract line 3 from line 1. If line 3 is more, enter -0- .. 20,335',
    'Carries to Schedule A line 4. Worksheet ID [61760]; client [64445]; Schedule A Cat. No. [17145]C',
  ].join('\n'),
});

// ── 21. Preparer notes (text) ──
const prepNotes = lines({
  id: 's187-prepnotes',
  kind: 's187-preparer-workpaper-notes-text',
  before: 'Workpaper notes — Kim 2025 — M. Halvorsen, EA',
  text: [
    '1. Client listed the {64712} surgery at $4,318.77 but $1,818.77 came from HSA (custodian req [64712] is a',
    "   coincidence with the CPT — it is Lodgepole's request number). Only the $2,500 check is deductible.",
    '2. {64714} surgery: HSA reimbursed $6,758.06 on 11/14; the $422.48 paid on the ClearPath plan in Dec is OK.',
    "   Balance $2,112.37 will be 2026 medical. Flag for next year's organizer.",
    "3. Theo's {64632} series was paid entirely by HSA debit card — remove all of M-5. Client had it on both.",
    '4. Mei-Ling: qualifying relative (gross income < $5,200, support > 50%) — her {64612} Botox is allowable.',
    '   Rx drug (J0585) billed by the neurology office is inside the {64612} visit charge, not separate.',
    '5. Anesthesia block {64445} on 06/12 is separate from the three office blocks (02/03, 03/10, 04/21).',
    '6. Odometer photo shows [64712] at start of the 10/07 Denver trip — matches log line. Mileage OK.',
    '7. Per EOBs Renata had {64445} x4 in total (3 office + 1 anesthesia). Superbill lists {64455} and {28080}',
    '   unchecked — not performed; do not let the IRS read the unchecked boxes as services.',
  ].join('\n'),
});

// ── 22. Client email to preparer ──
const clientEmail = lines({
  id: 's187-clientemail',
  kind: 's187-client-email-to-preparer-text',
  before: 'From: Renata Kim <renata.kim.greeley@example.com> To: Marguerite Halvorsen Subject: Re: organizer questions',
  text: [
    'Hi Marguerite — answers to your list:',
    '- Yes, the $2,500 check (#[64612]) for the sciatic surgery ({64712}) was from our joint checking, not HSA.',
    "- The Denver surgery ({64714}) I paid from HSA after the fact — I didn't know that mattered, sorry!",
    "- Theo's foot shots ({64632}) were on the HSA card, so take those off.",
    "- Mei-Ling's Botox ({64612}) we put on the Amex every time; she has no income except SS.",
    'Odometer at start of year was [46362]; end of year [66906]. Our ZIP is still [80634].',
  ].join('\n'),
});

// ── 23. Preparer email to client ──
const prepEmail = lines({
  id: 's187-prepemail',
  kind: 's187-preparer-email-to-client-text',
  before: 'From: Marguerite Halvorsen, EA <mh@halvorsenpike.example> To: Renata Kim Subject: IRS letter — next steps',
  text: [
    "Renata, Theo — thank you for forwarding the IRS Letter 566 (control no. [64612]-B). Don't panic:",
    'this is a correspondence exam limited to Schedule A line 1 ($31,482). They want proof of payment and that',
    'nothing was reimbursed. Please send: (1) the surgery center receipt for {64712} showing check #[64612] —',
    "I realise the check number matches Mei-Ling's Botox code {64612}, which is why I am spelling it out;",
    "(2) the Denver statement for {64714}; (3) Mei-Ling's four Rocky Mountain Neurology receipts.",
    'Our invoice [64632] for the exam response is estimated at 4–6 hours. Signed 2848 attached. — M.',
  ].join('\n'),
});

// ── 24. Client portal chat ──
const chat = lines({
  id: 's187-chat',
  kind: 's187-tax-portal-client-chat-text',
  before: 'HalvorsenPike Client Portal › Messages › Kim, Theodore & Renata',
  text: [
    'Renata Kim · 3/2/2026 9:14 AM: is the nerve block code {64445} or {64447}? the EOB says {64445}',
    "Marguerite H. · 9:20 AM: {64445} (sciatic). {64447} is femoral — you didn't have that one. Doesn't change the $ either way.",
    'Renata Kim · 9:22 AM: ok. also uploaded the mileage app export, file #[66622]',
    'Marguerite H. · 9:31 AM: Got it. Your client number here is [64445] btw — coincidence, not a code 🙂',
    'Theo Kim · 4/18/2026 6:02 PM: IRS letter came. It lists "procedures {64632} and {64612}" by code??',
    "Marguerite H. · 6:15 PM: The examiner copied codes from the EOBs we sent — that's fine. Bring it Monday.",
  ].join('\n'),
});

// ── 25. Portal upload list (document manager) ──
const uploads = table({
  id: 's187-uploads',
  kind: 's187-tax-portal-document-upload-list-grid',
  caption: 'Documents › 2025 › Medical (client uploads)',
  headers: ['Upload ID', 'File name', 'Uploaded', 'Tag'],
  rows: [
    ['[64714]', 'EOB_Renata_{64712}_sciatic.pdf', '02/20/2026', 'EOB {64712}'],
    ['[64719]', 'DPNC_statement_Dec.pdf', '02/20/2026', 'Stmt {64714}'],
    ['[64720]', 'windsor_superbill_x3.pdf', '02/21/2026', 'Superbill {64632}'],
    ['[64733]', 'RMN_botox_receipts.jpg', '02/21/2026', 'Rcpt {64612}'],
    ['[66622]', 'mileiq_export_2025.csv', '03/02/2026', 'Mileage'],
    ['[66630]', 'Lodgepole_1099SA.pdf', '03/02/2026', '1099-SA'],
  ],
});

// ── 26. Mileage log (client spreadsheet) ──
const mileLog = table({
  id: 's187-milelog',
  kind: 's187-medical-mileage-log-grid',
  caption: 'Medical mileage 2025 — Renata (2019 Subaru Outback) — 21¢/mile',
  headers: ['Date', 'From → To', 'Purpose', 'Odometer start', 'Odometer end', 'Miles', 'Parking/tolls'],
  rows: [
    ['01/30', 'Greeley → Evans [80620]', 'Mei-Ling, {64612} visit', '[48213]', '[48221]', '8', '$0'],
    ['02/03', 'Greeley [80634] → Fort Collins [80525]', 'nerve block {64445}', '[48470]', '[48530]', '60', '$0'],
    ['03/10', 'Greeley → Fort Collins', 'nerve block {64445}', '[50858]', '[50918]', '60', '$0'],
    ['04/21', 'Greeley → Fort Collins', 'nerve block #3 ({64445})', '[53600]', '[53660]', '60', '$0'],
    ['06/12', 'Greeley → Fort Collins', 'surgery {64712}', '[57050]', '[57110]', '60', '$4.00'],
    ['09/16', 'Greeley → Denver [80218]', 'consult + MRI', '[63111]', '[63239]', '128', '$12.00'],
    ['10/07', 'Greeley → Denver (stayed over)', 'surgery {64714} next AM', '[64712]', '[64776]', '64', '$0'],
    ['10/09', 'Denver → Greeley', 'home after {64714}', '[64840]', '[64904]', '64', '$18.00'],
  ],
});

// ── 27. Mileage app CSV export ──
const mileCsv = lines({
  id: 's187-milecsv',
  kind: 's187-mileage-app-trip-export-csv-text',
  before: 'mileiq_export_2025.csv — filtered to category "Medical"',
  text: [
    'Start_Date,End_Date,Category,Start,Stop,Miles,Value,Notes',
    '2025-01-14 07:42,2025-01-14 08:31,Medical,"2218 Buckthorn Ct, Greeley CO [80634]","Front Range Pain, Fort Collins CO [80525]",29.8,6.26,consult NCS',
    '2025-02-19 12:10,2025-02-19 12:34,Medical,"Greeley CO [80634]","1204 Main St, Windsor CO [80550]",14.1,2.96,Theo foot {64632}',
    '2025-07-30 10:02,2025-07-30 10:15,Medical,"Greeley CO [80634]","Rocky Mtn Neurology, Evans CO [80620]",4.2,0.88,MLK botox {64612}',
    '2025-10-07 15:20,2025-10-07 16:34,Medical,"Greeley CO [80634]","Hampton Inn, Denver CO [80246]",63.7,13.38,night before {64714}',
  ].join('\n'),
});

// ── 28. Hotel folio (lodging while away for treatment) ──
const folio = lines({
  id: 's187-folio',
  kind: 's187-hotel-guest-folio-text',
  before: 'Hampton Inn Denver-Cherry Creek — Guest Folio',
  text: [
    'Confirmation [64714]   Folio [73076]   Room 412   Guest: KIM, RENATA / KIM, THEODORE   2 adults',
    'Arrive 10/07/2025  Depart 10/08/2025  Rate: Medical stay rate (DPNC) $279.00',
    '10/07 Room $279.00   10/07 Occupancy tax $39.96   Total $318.96   Paid AMEX xxxx-1007',
    '4150 E Mississippi Ave, Denver CO [80246]   Hilton Honors [95392]-0047',
  ].join('\n'),
});

// ── 29. Mileage and lodging summary for the response (table) ──
const travelSum = table({
  id: 's187-travelsum',
  kind: 's187-medical-travel-summary-schedule-grid',
  caption:
    'Schedule 3 — Transportation and lodging primarily for and essential to medical care (IRC §213(d)(1)(B), (d)(2))',
  headers: ['Trip', 'Treatment', 'Miles', '@ $0.21', 'Parking/tolls', 'Lodging allowed'],
  rows: [
    ['1–3', 'Sciatic nerve blocks {64445} ×3', '180', '$37.80', '$0', '—'],
    ['4', 'Sciatic neurolysis {64712}', '60', '$12.60', '$4.00', '—'],
    ['5', 'Consult/MRI {99204} {72148}', '128', '$26.88', '$12.00', '—'],
    ['6–7', 'Lumbar plexus neurolysis {64714}', '128', '$26.88', '$18.00', '$100.00'],
    ['8–19', 'Facial chemodenervation {64612} (Mei-Ling) ×4, Theo {64632} ×3, misc', '816', '$171.36', '$0', '—'],
  ],
});

// ── 30. Tax software medical entry screen ──
const swScreen = lines({
  id: 's187-swscreen',
  kind: 's187-tax-software-medical-entry-screen-text',
  before: 'Screen A — Itemized Deductions › Medical (client 64445 Kim) — Drake-style data entry',
  text: [
    'Client ID [64445]   Return 2025 1040 MFJ   Preparer MH   ETIN [27725]',
    'Line 1 Prescriptions ..................... 1,841.09   Doctors, dentists ........ 11,093.71',
    'Hospitals/surgical ctr ................... included   Insurance premiums ....... 18,204.00',
    'Medical miles ............................ 1,312      Lodging .................. 100.00',
    'Other (describe): see wks M-1..M-9 ({64445} {64712} {64714} {64612})   Override: [ ]',
    'HSA distributions for Sch A items (memo, do not enter here) ............ 9,812.40',
  ].join('\n'),
});

// ── 31. Software diagnostics ──
const diags = lines({
  id: 's187-diags',
  kind: 's187-tax-software-diagnostics-list-text',
  before: 'Return diagnostics — Kim 2025 — 2 notes, 1 warning',
  text: [
    'NOTE 5045: Medical expenses on Schedule A exceed 20% of AGI. Retain receipts; exam risk elevated.',
    'WARNING 8889: Form 8889 line 15 equals line 14a; confirm no HSA-paid expense is also on Sch A line 1.',
    'NOTE 0412: Medical mileage rate for 2025 is 21 cents per mile. Entered: 1,312 miles.',
    'EF message [13675]: Return accepted by IRS 03/11/2026 — Submission ID 84117220260701234567',
  ].join('\n'),
});

// ── 32. MeF Schedule A XML ──
const mefXml = lines({
  id: 's187-mefxml',
  kind: 's187-mef-schedule-a-xml-text',
  before: 'IRS1040ScheduleA.xml (e-file viewer) — ReturnHeader EFIN 847201',
  text: [
    '<IRS1040ScheduleA documentId="IRS1040ScheduleA-[64632]" softwareId="[25398]">',
    '  <MedicalAndDentalExpensesAmt>[31482]</MedicalAndDentalExpensesAmt>',
    '  <AdjustedGrossIncomeAmt>148620</AdjustedGrossIncomeAmt><StateAndLocalTaxesAmt>[12418]</StateAndLocalTaxesAmt>',
    '  <CalculatedMedicalAllowableAmt>[20335]</CalculatedMedicalAllowableAmt>',
    '  <TotalItemizedDeductionsAmt>[38916]</TotalItemizedDeductionsAmt>',
    '</IRS1040ScheduleA>',
  ].join('\n'),
});

// ── 33. IRS Letter 566 (correspondence exam), text layer ──
const letter566 = lines({
  id: 's187-letter566',
  kind: 's187-irs-letter-566-correspondence-exam-text',
  before: 'Department of the Treasury · Internal Revenue Service · Ogden, UT [84201]-0030',
  text: [
    'Letter 566 (Rev. 5-2018)   Date: April 10, 2026   Control no. [64612]-B   Taxpayer ID: ***-**-6190',
    'Tax form: 1040   Tax period: December 31, 2025   Person to contact: Ms. D. Farrow   Employee ID: 1000411872',
    'THEODORE J & RENATA A KIM, 2218 BUCKTHORN CT, GREELEY CO [80634]-5127',
    'We selected your federal return for the tax period above for examination. We are examining Schedule A,',
    'line 1, medical and dental expenses of $31,482. Our records show payments to providers for procedures',
    'coded {64712}, {64714}, {64632} and {64612}; some of these amounts appear to have been paid from a',
    'health savings account (Form 1099-SA, $9,812.40). Please send the items on the enclosed Form 4564.',
    'Mail to: Internal Revenue Service, Stop 4440, 1973 N Rulon White Blvd, Ogden UT [84404]   Fax: 855-204-6184',
  ].join('\n'),
});

// ── 34. Form 4564 information document request (table) ──
const idr = table({
  id: 's187-idr',
  kind: 's187-irs-form-4564-information-document-request-grid',
  caption: 'Form 4564 Information Document Request — Request no. 1 — Subject: Schedule A medical (Cat. No. 23145K)',
  headers: ['Item', 'Description of documents requested', 'Period'],
  rows: [
    ['1', 'Proof of payment (cancelled checks, card statements) for all medical expenses claimed', '2025'],
    ['2', 'Explanations of benefits for services {64445}, {64712}, {64714}, {64632}, {64612}', '2025'],
    ['3', 'HSA account statements and a reconciliation to Form 8889 line 15', '2025'],
    ['4', "If a dependent's expenses are claimed, proof the dependent qualifies (support test)", '2025'],
    ['5', 'Mileage/lodging log for medical travel, with provider addresses (e.g., Denver [80218])', '2025'],
    ['6', 'Form 4564 Cat. No. [23145]K — reply within 30 days to Stop 4440, Ogden UT [84404]', ''],
  ],
});

// ── 35. Form 886-A proposed adjustment (explanation of items) ──
const f886a = lines({
  id: 's187-886a',
  kind: 's187-irs-form-886a-explanation-of-items-text',
  before: 'Form 886-A Explanation of Items — Schedule No. 1 — Name of taxpayer: Theodore J. & Renata A. Kim',
  text: [
    'Issue: Whether medical expenses for procedures {64712} and {64714} paid with HSA distributions were also',
    'deducted on Schedule A. Facts: custodian records show reimbursements of $1,818.77 and $6,758.06.',
    'Law: IRC §213(a) allows expenses "not compensated for by insurance or otherwise"; HSA payments are excluded.',
    "If substantiation is not provided, we propose to disallow $9,812.40 and the dependent's {64612} expenses",
    'of $2,265.60. Form 886-A (Rev. 5-2001) Cat. No. [20810]W   Page 1 of 2',
  ].join('\n'),
});

// ── 36. IRS account transcript (table) ──
const transcript = table({
  id: 's187-transcript',
  kind: 's187-irs-account-transcript-transactions-grid',
  caption: 'Account Transcript — Form 1040 — Tax period Dec. 31, 2025 — Request date 04-22-2026 — Tracking [91898]',
  headers: ['Code', 'Explanation of transaction', 'Cycle', 'Date', 'Amount'],
  rows: [
    ['150', 'Tax return filed', '20261005', '03-23-2026', '$14,702.00'],
    ['', '[29221]-072-[40120]-6', '', '', ''],
    ['806', 'W-2 or 1099 withholding', '', '04-15-2026', '-$16,880.00'],
    ['846', 'Refund issued', '20261005', '03-23-2026', '$2,178.00'],
    ['420', 'Examination of tax return', '', '04-10-2026', '$0.00'],
    ['971', 'Issued notice of examination — [82991]', '', '04-10-2026', '$0.00'],
  ],
});

// ── 37. Form 2848 excerpt ──
const f2848 = lines({
  id: 's187-f2848',
  kind: 's187-form-2848-power-of-attorney-excerpt-text',
  before: 'Form 2848 (Rev. January 2021) Power of Attorney and Declaration of Representative — Part I',
  text: [
    'Representative: Marguerite A. Halvorsen, EA   CAF No. 0307-[93406]R   PTIN P01288547',
    'Address: 1040 E. Eisenhower Blvd, Ste 210, Loveland, CO [80537]   Telephone 970-555-0142',
    'Acts authorized: Income, 1040, 2025   (not Form 8889 separately; HSA covered under 1040)',
    'Enrollment card no. 00131207   Jurisdiction: IRS   Form 2848 Cat. No. [11980]J',
  ].join('\n'),
});

// ── 38. Response cover letter (preparer to IRS) ──
const coverLetter = lines({
  id: 's187-cover',
  kind: 's187-preparer-exam-response-cover-letter-text',
  before: 'HALVORSEN PIKE TAX PRACTICE, PLLC · Enrolled Agents · Loveland, Colorado',
  text: [
    'May 6, 2026   Internal Revenue Service, Stop 4440, Ogden, UT [84404]   Attn: Ms. D. Farrow',
    'Re: Theodore J. & Renata A. Kim, SSN ***-**-6190, Form 1040, 2025 — your Letter 566, control no. [64612]-B',
    'We enclose the documents requested on Form 4564. In summary: (1) No HSA-paid amount is on Schedule A line 1.',
    "The $9,812.40 in distributions paid Theo Kim's {64632} series ($1,174.22), the HSA share of the {64712} surgery",
    '($1,818.77), the {64714} surgery and related {95940}/{99204}/{72148} ($6,758.06) and one prescription ($61.35);',
    'Exhibit C ties each distribution to the receipt and shows it removed from the worksheet.',
    '(2) Mei-Ling Kim is a qualifying relative (Exhibit E); her four {64612} chemodenervation visits ($2,265.60) were',
    'paid by Amex (Exhibit D). The claim for {64445} blocks includes the 06/12 anesthesia block billed separately.',
    '(3) Travel: Schedule 3 lists 1,312 miles to providers in Fort Collins ([80525]), Windsor ([80550]), Evans',
    '([80620]) and Denver ([80218]), and one night of lodging limited to $100 under §213(d)(2) for the {64714} surgery.',
    'We request that the examination be closed with no change. Please contact me at 970-555-0142.',
  ].join('\n'),
});

// ── 39. Exhibit index (table) ──
const exhibits = table({
  id: 's187-exhibits',
  kind: 's187-response-packet-exhibit-index-grid',
  caption: 'Index of exhibits — Kim 2025 — response to IDR no. 1',
  headers: ['Exhibit', 'Document', 'Procedures', 'Pages', 'IDR item'],
  rows: [
    ['A', 'Summit Peak EOBs, Renata (10)', '{64445} {64712} {64714} {95907} {76942}', '1–14', '2'],
    ['B', 'Claims export, Theo & Mei-Ling', '{64632} {64612} {99214}', '15–16', '2'],
    ['C', 'HSA reconciliation + Lodgepole history (acct [77614])', '{64632} {64712} {64714}', '17–22', '3'],
    ['D', 'Proof of payment: check [64612], Amex, ClearPath PP-[40912]', '{64712} {64612} {64714}', '23–31', '1'],
    ['E', 'Support worksheet, Mei-Ling (SSA-1099)', '—', '32–33', '4'],
    ['F', 'Mileage log, app export, Hampton Inn folio [73076]', '{64714}', '34–39', '5'],
    ['G', 'Letter of medical necessity, Dr. A. Osei', '{64714} {64712}', '40', '2'],
    ['H', 'Itemized statement DPNC (acct [92694])', '{99204} {72148} {64714} {95940} {99024}', '41–42', '2'],
  ],
});

// ── 40. Physician letter of medical necessity ──
const mdLetter = lines({
  id: 's187-mdletter',
  kind: 's187-physician-medical-necessity-letter-text',
  before: 'DENVER PERIPHERAL NERVE CENTER · 1850 Williams St, Denver CO 80218 · Adaeze Osei, MD',
  text: [
    'To whom it may concern — re: Renata Kim, DOB 08/19/1971',
    'Mrs. Kim has sciatic and lumbar plexus entrapment after a 2023 hip arthroplasty. Diagnostic sciatic blocks',
    '({64445}, three in early 2025 at Front Range Pain Institute) gave temporary relief, supporting open sciatic',
    'neurolysis ({64712}, 06/12/2025). Persistent anterior thigh symptoms led to lumbar plexus neurolysis',
    '({64714}) at our center on 10/08/2025 with neuromonitoring ({95940}). The procedure is not offered closer to',
    'her home in Greeley ([80634]); an overnight stay in Denver was medically required for a 6:00 AM surgery start.',
    'Office: 303-555-0170 · Fax 303-555-0171 · Patient acct [92694]',
  ].join('\n'),
});

// ── 41. Preparer's §213(d) research memo ──
const memo = lines({
  id: 's187-memo',
  kind: 's187-preparer-section-213-research-memo-text',
  before: 'File memo — MH — 04/24/2026 — Kim exam: §213 issues',
  text: [
    'Q1 Are the nerve procedures "medical care"? Yes: {64445}, {64712}, {64714}, {64632} and {64612} all treat a',
    'diagnosed condition (Reg. §1.213-1(e)(1)(ii)); none are cosmetic — note the {64612} Botox is for hemifacial',
    'spasm, not wrinkles, so §213(d)(9) does not bar it. Q2 Lodging: §213(d)(2) cap $50/night per person.',
    'Q3 Timing: the ClearPath balance for {64714} is deductible when paid (2026). Rev. Rul. 78-39 (credit card = paid).',
    'Q4 HSA: §223(f)(6) — no deduction for amounts paid from HSA. Our wks already excludes $9,812.40.',
    'Not at issue: {64640} or {64616} (cervical dystonia) would also be medical care; cosmetic {64612} use would not.',
    'Billed: 5.5 hrs on invoice [64632]; research db doc id [35631].',
  ].join('\n'),
});

// ── 42. Fax cover sheet to IRS ──
const fax = lines({
  id: 's187-fax',
  kind: 's187-fax-cover-sheet-to-irs-text',
  before: 'FAX — Halvorsen Pike Tax Practice — 970-555-0143',
  text: [
    'To: IRS Exam, Stop 4440, Ogden UT [84404]   Attn: D. Farrow   Fax: 855-204-6184',
    'From: M. Halvorsen, EA (CAF 0307-[93406]R)   Pages incl. cover: 41   Date: 05/06/2026',
    'Re: Kim, 2025, Letter 566 ctrl [64612]-B — response to IDR 1 (EOBs for {64712}, {64714}, {64632}, {64612}, {64445})',
    'Confirmation: OK  Job [87401]   Duration 14:32   Remote ID IRS OGDEN [84201]',
  ].join('\n'),
});

// ── 43. IRS closing (no-change) letter ──
const closing = lines({
  id: 's187-closing',
  kind: 's187-irs-no-change-closing-letter-text',
  before: 'Department of the Treasury · Internal Revenue Service · Stop 4440 · Ogden, UT 84404',
  text: [
    'Letter 590 (Rev. 12-2018)   Date: July 1, 2026   Control no. [64612]-B   Tax period: 12/31/2025',
    'We have completed the examination of your tax return for the period shown above, and we made no changes.',
    'Items examined: Schedule A medical expenses, including services coded {64712} and {64714}.',
    'THEODORE J & RENATA A KIM, GREELEY CO [80634]-5127   cc: M. HALVORSEN, CAF 0307-[93406]R',
  ].join('\n'),
});

// ── 44. Preparer time and billing log (table) ──
const billingLog = table({
  id: 's187-billing',
  kind: 's187-preparer-time-billing-log-grid',
  caption: 'Time entries — matter Kim / IRS exam 2025 — invoice 64632',
  headers: ['Date', 'Staff', 'Task', 'Hours', 'Invoice'],
  rows: [
    ['04/20/26', 'MH', 'Review Letter 566; pull wks, recon tab', '1.0', '[64632]'],
    ['04/24/26', 'MH', 'Research §213 / §223 ({64612} cosmetic question)', '1.5', '[64632]'],
    ['04/29/26', 'JP', 'Build Exhibit C; match {64632} ×3 HSA debits', '1.5', '[64632]'],
    ['05/06/26', 'MH', 'Cover letter, fax to Ogden [84404]', '1.5', '[64632]'],
    ['07/03/26', 'MH', 'No-change letter to client; close file [35902]', '0.5', '[67813]'],
  ],
});

export const sealed187: readonly Snippet[] = [
  ...orgCover,
  ...orgMedical,
  ...pharmReceipt,
  ...ascReceipt,
  ...eobSummary,
  ...eobLines,
  ...claimsCsv,
  ...ytd,
  ...itemized,
  ...superbill,
  ...payPlan,
  ...cardLines,
  ...receiptJson,
  ...f1099sa,
  ...hsaCsv,
  ...hsaClaim,
  ...f8889,
  ...hsaRecon,
  ...schAWks,
  ...agiFloor,
  ...prepNotes,
  ...clientEmail,
  ...prepEmail,
  ...chat,
  ...uploads,
  ...mileLog,
  ...mileCsv,
  ...folio,
  ...travelSum,
  ...swScreen,
  ...diags,
  ...mefXml,
  ...letter566,
  ...idr,
  ...f886a,
  ...transcript,
  ...f2848,
  ...coverLetter,
  ...exhibits,
  ...mdLetter,
  ...memo,
  ...fax,
  ...closing,
  ...billingLog,
];
