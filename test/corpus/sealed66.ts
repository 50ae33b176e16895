import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 66 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s66-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * GL accounts, journal ids, receipt and check numbers, ZIPs, payer ids, account numbers and amounts in cents. The five
 * known codes' digits come back as decoys: the lockbox box number (a PO box on the patient's remit-to line, a BAI2
 * customer reference, the lockbox file's header and trailer, a camt entry reference), a lockbox batch number, a
 * paper check number (also the ERA trace of that check), an ACH amount in cents, two expense accounts (one of them
 * also a BAI2 customer reference and a GL line), a refund vendor number and a remittance document number.
 *
 * Family: bank lockbox, ERA/EFT reassociation and general-ledger posting at a practice that bills peripheral-nerve
 * procedures: BAI2 bank-file records (01/02/03/16/88/49/98/99), a bank portal's current-day detail, a lockbox batch
 * index and its transmission file, a patient letter read from a lockbox image, an ERA/EFT reassociation queue with
 * 835 BPR/TRN/CLP/SVC/CAS segments, cash-posting screens (payment lines with CPT, paid, group, CARC/RARC), an
 * unapplied-cash report, a GL journal and its CSV import, the chart of accounts, a month-end close checklist, a payer
 * deposit variance report, 835 PLB lines, a refund request form, a credit-balance worksheet by CPT, an auditor's
 * sample of posted payments, a paper remittance PDF text layer, an HL7 DFT^P03 payment feed, a posting API's JSON, an
 * ISO 20022 camt.053 statement, ERA auto-post rules, an adjustment approval queue, a lockbox correspondence log, and
 * decoy-only pages (a bank portal's wire screen, positive pay, the chart of accounts, a camt.053 statement).
 * Built on real public layouts: the BAI2 record layout (01 file header, 02 group, 03 account with 010/015/040 summary
 * codes, 16 detail with type codes 115/165/169/195/475/699, 88 continuation carrying the CCD+ TRN addenda, 49/98/99
 * trailers), the ASC X12 835 5010 segments (ST, BPR, TRN, REF*EV, N1*PE, CLP, SVC, CAS, LQ*HE, PLB with WO/L6/FB), the
 * ISO 20022 camt.053 entry (Ntry, Amt, CdtDbtInd, NtryRef, AcctSvcrRef, RmtInf/Ustrd), HL7 v2.5.1 DFT^P03 with FT1-25
 * as the procedure code, and a commercial payer's paper remittance (serv date, proc/mod, units, submitted, negotiated,
 * remark, paid). The others are written the way those pages read, with no single source.
 *
 * 350 labelled tokens over 36 shapes: 132 codes, 218 decoys, 78 of the decoys in KNOWN_10K.
 */

// ── 1. BAI2 prior-day file, raw records ──
const bai2 = lines({
  id: 's66-bai2',
  kind: 's66-bai2-prior-day-file-records-text',
  before: 'BAI2 prior-day file — operating account — received 03:15',
  text: [
    '01,HCBKCMO,FLINTHILLSNP,251114,0315,114,,,2/',
    '02,FLINTHILLSNP,101000695,1,251113,2400,USD,2/',
    '03,4410827735,USD,010,1846201,,,015,2273518,,,040,2273518,,/',
    '16,115,1322640,1,LBX1113A,[64445],LOCKBOX DEPOSIT 4 ITEMS/',
    '16,165,[64712],0,ACH1113008812,,WPS GHA MEDICARE HCCLAIMPMT/',
    '88,TRN*1*887104552*1396000001/',
    '16,165,186255,0,ACH1113008813,[40712],UNITEDHEALTHCARE HCCLAIMPMT/',
    '88,TRN*1*1QG4401157*1411289245*[87726]/',
    '16,165,[93372],0,ACH1113008815,,AETNA AS01 HCCLAIMPMT/',
    '16,169,[21416],0,ACH1113008814,[52426],BCBS KANSAS CITY CORRECTION/',
    '16,195,1842265,0,FW0930966,[61508],INCOMING WIRE SUNFLOWER HEALTH PLAN/',
    '16,475,[10712],0,CHK[20417],[20417],CHECK PAID/',
    '16,699,3500,0,SVC1113,[64714],LOCKBOX SERVICE FEE/',
    '49,7118432,13/',
    '98,7118432,1,15/',
    '99,7118432,1,17/',
  ].join('\n'),
});

// ── 2. Bank portal current-day detail (BAI2 rendered), table ──
const baiDetail = table({
  id: 's66-baidet',
  kind: 's66-bank-portal-current-day-detail-grid',
  caption: 'Heartland Commerce Bank — Current day detail — operating account ending 7735',
  headers: ['Type', 'Description', 'Amount', 'Bank ref', 'Customer ref', 'Detail'],
  rows: [
    ['115', 'Lockbox deposit', '13,226.40', 'LBX1113A', '[64445]', '4 items'],
    ['165', 'Preauthorized ACH credit', '647.12', 'ACH1113008812', '—', 'WPS GHA MEDICARE'],
    ['165', 'Preauthorized ACH credit', '1,862.55', 'ACH1113008813', '[40712]', 'UNITEDHEALTHCARE'],
    ['169', 'Misc ACH credit', '214.16', 'ACH1113008814', '[52426]', 'BCBS KC CORRECTION'],
    ['195', 'Incoming money transfer', '18,422.65', 'FW0930966', '[61508]', 'ORG SUNFLOWER HEALTH PLAN'],
    ['475', 'Check paid', '107.12', 'CHK', '[20417]', 'Serial [20417]'],
    ['699', 'Misc debit', '35.00', 'SVC1113', '—', 'LOCKBOX SVC FEE'],
  ],
});

// ── 3. Lockbox image archive, batch index, table (decoy only) ──
const lockboxIndex = table({
  id: 's66-lbxidx',
  kind: 's66-lockbox-image-batch-index-grid',
  caption: 'Lockbox image archive — deposit 11/13/2025 — batch index',
  headers: ['Batch', 'Item', 'Check #', 'Payer ID', 'Remitter', 'Amount', 'Images'],
  rows: [
    ['[64612]', '001', '[30301]', '[47163]', 'Blue Cross Blue Shield of Kansas', '4,118.90', '3'],
    ['', '002', '[88015]', '[60054]', 'Aetna', '2,205.35', '5'],
    ['', '003', '[64632]', '[62308]', 'Cigna', '6,470.15', '2'],
    ['', '004', '[11018]', 'SELF', 'Patient — M. Ruiz', '450.00', '2'],
  ],
});

// ── 4. Lockbox image, patient letter read by OCR, text layer ──
const lockboxLetter = lines({
  id: 's66-lbxletter',
  kind: 's66-lockbox-correspondence-image-ocr-text',
  before: 'Item 004 — correspondence image 2 of 2 (OCR text layer)',
  text: [
    'Acct # [11566]   Statement date 10/28/2025   Amount enclosed $450.00',
    'Remit to: Flint Hills Nerve & Pain Center, PO Box [64445], Kansas City MO [64102]-0445',
    'To billing: this check is for the sciatic nerve block on 9/18 (code {64445}) only.',
    'My insurance says {64712} was denied and I should not owe for it until the appeal is done.',
    'Please call me at 913-555-0178. Thank you, Maria Ruiz, Olathe KS [66062]',
  ].join('\n'),
});

// ── 5. Lockbox transmission file, CSV ──
const lockboxCsv = lines({
  id: 's66-lbxcsv',
  kind: 's66-lockbox-transmission-csv-text',
  before: 'LBX transmission file — comma delimited — header, detail, trailer',
  text: [
    'rec,lockbox,batch,item,check_no,aba,amount,payer_id,invoice',
    'H,[64445],,,,,1322640,,',
    'D,,[64612],001,[30301],101000187,411890,[47163],FHN[40508]',
    'D,,[64612],002,[88015],071000013,220535,[60054],FHN[51039]',
    'D,,[64612],003,[64632],021000021,647015,[62308],',
    'D,,[64612],004,[11018],101089742,[45000],,[11566]',
    'T,[64445],,,,,1322640,4,',
  ].join('\n'),
});

// ── 6. ERA / EFT reassociation queue, table ──
const reassocQueue = table({
  id: 's66-reassoc',
  kind: 's66-era-eft-reassociation-queue-grid',
  caption: 'ERA / EFT reassociation — unmatched and partial (last 10 business days)',
  headers: ['TRN02 trace', 'Payer', 'Payer ID', 'EFT amount', 'ERA amount', 'EFT date', 'Status', 'Note'],
  rows: [
    ['887104552', 'WPS Medicare J5', '[05202]', '647.12', '647.12', '11/13', 'Matched', ''],
    [
      '1QG4401157',
      'UnitedHealthcare',
      '[87726]',
      '1,862.55',
      '2,475.27',
      '11/13',
      'Partial',
      'ERA nets a {64714} takeback',
    ],
    ['[64632]', 'Cigna (paper check)', '[62308]', '6,470.15', '6,470.15', '11/13', 'Matched', 'Lockbox item 003'],
    ['813392275401', 'Aetna', '[60054]', '933.72', '—', '11/13', 'EFT only', 'ERA not received; call Availity'],
    ['EFT0119352', 'Sunflower Health Plan', '[68069]', '18,422.65', '18,422.65', '11/13', 'Matched', 'Wire, not ACH'],
    ['2211790044', 'BCBS Kansas City', '[47171]', '214.16', '0.00', '11/13', 'Review', 'Correction on {64612}'],
    ['—', 'Humana', '[61101]', '—', '1,104.20', '—', 'ERA only', 'Waiting EFT; {64445} {64450} lines'],
  ],
});

// ── 7. 835 from UnitedHealthcare, raw segments ──
const era835 = lines({
  id: 's66-835',
  kind: 's66-era-835-bpr-trn-claim-segments-text',
  before: '835 from UnitedHealthcare — raw segments (ISA/GS trimmed)',
  text: [
    'ST*835*[35012]~',
    'BPR*I*1862.55*C*ACH*CCP*01*071000013*DA*7745102286*1411289245**01*101000695*DA*4410827735*20251113~',
    'TRN*1*1QG4401157*1411289245~',
    'REF*EV*[87726]~',
    'N1*PE*FLINT HILLS NERVE AND PAIN CENTER*XX*1952083317~',
    'CLP*FHN[40508]*1*1650*612.4*85*12*97264411800*11*1~',
    'SVC*HC:{64712}*1100*462.4**1~',
    'CAS*CO*45*637.6~',
    'SVC*HC:{64445}:RT*550*150**1~',
    'CAS*CO*45*315*PR*2*85~',
    'CLP*FHN[51039]*22*-612.72*-612.72**12*97264411801*11*1~',
    'SVC*HC:{64714}*900*-612.72**1~',
    'LQ*HE*N130~',
    'CLP*FHN[48812]*1*1030*229.64*0*12*97264411802*11*1~',
    'SVC*HC:{64632}:LT*420*114.82**1~',
    'SVC*HC:{64632}:RT*420*114.82**1~',
    'SVC*HC:{64455}*190*0**1~',
    'CAS*CO*97*190~',
    'SE*21*[35012]~',
  ].join('\n'),
});

// ── 8. Reassociation desk notes, prose ──
const reassocNotes = lines({
  id: 's66-reanote',
  kind: 's66-reassociation-exception-notes-text',
  before: 'Reassociation desk — exception notes (cash posting team)',
  text: [
    '11/14 KL: UHC EFT of 1,862.55 is short of the ERA by 612.72; that is the takeback on the lumbar plexus claim.',
    '11/14 KL: recoup posted against acct [51039]; payer reprocessed {64714} as bundled into {64712} (CO-97).',
    '11/14 RB: Aetna trace 813392275401 has no ERA. Called Availity, ticket [90669]; will post from the web EOB.',
    '11/14 RB: Humana ERA lists {64445} and {64450} on the same DOS, EFT not in the BAI file yet. Hold.',
    '11/15 KL: the BCBS KC correction EFT is for chemodenervation billed as {64612}; escalated, case no. [42210].',
  ].join('\n'),
});

// ── 9. Cash posting screen, payment lines, table ──
const postingLines = table({
  id: 's66-postln',
  kind: 's66-cash-posting-payment-lines-grid',
  caption: 'Payment posting — batch detail — UnitedHealthcare EFT — claim lines',
  headers: ['Ln', 'DOS', 'CPT', 'Mod', 'Units', 'Billed', 'Allowed', 'Paid', 'Adj', 'Grp', 'CARC', 'RARC'],
  rows: [
    ['1', '10/20/25', '{64712}', '', '1', '1,100.00', '462.40', '462.40', '637.60', 'CO', '45', ''],
    ['2', '10/20/25', '{64445}', 'RT', '1', '550.00', '235.00', '150.00', '315.00', 'CO', '45', ''],
    ['3', '10/20/25', '{76942}', '26', '1', '210.00', '61.17', '61.17', '148.83', 'CO', '45', ''],
    ['4', '10/27/25', '{64714}', '', '1', '900.00', '0.00', '0.00', '900.00', 'CO', '97', 'M15'],
    ['5', '10/27/25', '{64632}', 'LT', '1', '420.00', '143.52', '114.82', '276.48', 'CO', '45', ''],
    ['6', '10/27/25', '{64632}', 'RT', '1', '420.00', '143.52', '114.82', '276.48', 'CO', '45', ''],
    ['7', '11/03/25', '{99214}', '25', '1', '260.00', '118.40', '98.40', '141.60', 'PR', '3', ''],
    ['8', '11/03/25', '{64612}', '', '1', '380.00', '188.42', '188.42', '191.58', 'CO', '45', 'N657'],
    ['9', '11/05/25', '{64450}', '', '1', '240.00', '71.82', '71.82', '168.18', 'CO', '45', ''],
    ['10', '11/05/25', '{64415}', '', '1', '310.00', '0.00', '0.00', '310.00', 'CO', '50', 'N115'],
    ['11', '11/05/25', '{95886}', '', '1', '290.00', '97.36', '97.36', '192.64', 'CO', '45', ''],
  ],
});

// ── 10. Cash posting screen, batch header ──
const postingHeader = lines({
  id: 's66-posthdr',
  kind: 's66-cash-posting-batch-header-text',
  before: 'Payment Entry — Batch header',
  text: [
    'Posting batch [20466]   Deposit date 11/13/2025   Bank acct ending 7735   Period 2025-11',
    'Payer: UnitedHealthcare   Payer ID [87726]   Check/EFT # 1QG4401157   Lockbox: n/a',
    'Payment amount 1,862.55   Posted 1,862.55   Unposted 0.00   Takebacks (612.72)',
    'Patient acct [40508]   Claim 97264411800   DOS 10/20/2025   Rendering Dr. A. Whitfield',
  ].join('\n'),
});

// ── 11. Unapplied cash report, table ──
const unapplied = table({
  id: 's66-unapp',
  kind: 's66-unapplied-cash-open-receipts-grid',
  caption: 'Unapplied cash — open receipts over 30 days — all payers',
  headers: ['Receipt', 'Received', 'Source', 'Payer / remitter', 'Amount', 'Best match', 'Comment'],
  rows: [
    [
      'R-[31044]',
      '09/22/2025',
      'Lockbox',
      'M. Ruiz (self pay)',
      '450.00',
      'Acct [11566]',
      'Says for {64445} only; {64712} also open',
    ],
    ['R-[31062]', '09/30/2025', 'EFT', 'Aetna', '933.72', '—', 'No ERA; two claims for {64632} could match'],
    ['R-[31101]', '10/06/2025', 'Wire', 'Sunflower Health Plan', '2,140.00', 'Lookup pending', 'Retro pay, {64615}?'],
    ['R-[31148]', '10/14/2025', 'Lockbox', 'Accident Fund (WC)', '1,210.44', 'Acct [52391]', 'Work comp, svc {64721}'],
    ['R-[31160]', '10/20/2025', 'Counter', 'Patient (cash)', '75.00', '—', 'Copay, no visit found'],
    ['R-[31199]', '10/28/2025', 'EFT', 'Medicare WPS', '92.11', 'ICN 22025301889240', 'Interest only; to [40795]'],
  ],
});

// ── 12. Unapplied cash summary ──
const unappliedSummary = lines({
  id: 's66-unappsum',
  kind: 's66-unapplied-cash-aging-summary-text',
  before: 'Unapplied cash — summary by bucket (system export, no separators)',
  text: [
    'Total unapplied [17739].16 across 23 receipts',
    '31-60 days: 14 receipts [12348].07 | 61-90 days: 6 receipts 3904.18 | 91+ days: 3 receipts 1486.91',
    'Suspense account [21453] balance ties to report: yes. Escheat review for receipts before 01/2025.',
  ].join('\n'),
});

// ── 13. GL journal, cash receipts entry, table ──
const glJournal = table({
  id: 's66-gljrnl',
  kind: 's66-gl-journal-cash-receipts-grid',
  caption: 'GL journal — cash receipts posting — 11/13 deposits',
  headers: ['JE', 'Ln', 'Account', 'Cost center', 'Debit', 'Credit', 'Memo'],
  rows: [
    ['[20599]', '1', '[10150]-2200', 'OP01', '13,226.40', '', 'Lockbox deposit LBX1113A'],
    ['', '2', '[12100]-2200', 'OP01', '', '12,776.40', 'Clear A/R — insurance'],
    ['', '3', '[21453]-2200', 'OP01', '', '450.00', 'Unapplied — Ruiz receipt'],
    ['', '4', '[64714]-9100', 'ADM', '35.00', '', 'Lockbox service fee'],
    ['', '5', '[10150]-9100', 'ADM', '', '35.00', 'Bank debit SVC1113'],
    ['', '6', '[40620]-2210', 'ASC', '612.72', '', 'Recoup UHC — CPT {64714} DOS 09/08'],
    ['', '7', '[12100]-2210', 'ASC', '', '612.72', 'A/R offset for recoup'],
  ],
});

// ── 14. GL import file, CSV ──
const glCsv = lines({
  id: 's66-glcsv',
  kind: 's66-gl-journal-import-file-csv-text',
  before: 'gl_import_2025-11.csv (uploaded to the accounting system)',
  text: [
    'JournalID,Date,Account,Dept,Debit,Credit,Description',
    '[20612],2025-11-14,[40100]-2200,2200,,[46280].00,Professional fee revenue — pain clinic',
    '[20612],2025-11-14,[40150]-2210,2210,,[12415].50,ASC facility revenue',
    '[20612],2025-11-14,[40600]-2200,2200,[14322].18,,Contractual allowance CO-45',
    '[20612],2025-11-14,[21460]-2200,2200,287.04,,Refund Cigna duplicate {64632}',
  ].join('\n'),
});

// ── 15. Chart of accounts, table (decoy only) ──
const chartOfAccounts = table({
  id: 's66-coa',
  kind: 's66-chart-of-accounts-excerpt-grid',
  caption: 'Chart of accounts — excerpt (cash and revenue cycle)',
  headers: ['Account', 'Name', 'Type', 'Normal', 'Dept required'],
  rows: [
    ['[10150]', 'Operating cash — lockbox', 'Asset', 'Dr', 'No'],
    ['[10160]', 'Operating cash — ACH receipts', 'Asset', 'Dr', 'No'],
    ['[12100]', 'Patient A/R — insurance', 'Asset', 'Dr', 'Yes'],
    ['[21453]', 'Unapplied cash suspense', 'Liability', 'Cr', 'No'],
    ['[21460]', 'Credit balances — refunds payable', 'Liability', 'Cr', 'Yes'],
    ['[40100]', 'Professional fee revenue', 'Revenue', 'Cr', 'Yes'],
    ['[40150]', 'ASC facility revenue', 'Revenue', 'Cr', 'Yes'],
    ['[40600]', 'Contractual adjustments', 'Contra-revenue', 'Dr', 'Yes'],
    ['[40620]', 'Payer recoupments', 'Contra-revenue', 'Dr', 'Yes'],
    ['[40795]', 'Interest income — prompt pay', 'Other income', 'Cr', 'No'],
    ['[64712]', 'Merchant card fees', 'Expense', 'Dr', 'Yes'],
    ['[64714]', 'Bank and lockbox fees', 'Expense', 'Dr', 'Yes'],
  ],
});

// ── 16. Month-end close checklist ──
const closeChecklist = lines({
  id: 's66-close',
  kind: 's66-month-end-close-checklist-text',
  before: 'November close — cash and revenue cycle checklist',
  text: [
    '☑ 1. Bank rec, operating acct ending 7735: BAI2 prior-day vs GL [10150] (variance 0.00)',
    '☑ 2. Lockbox box [64445] deposits tie to batch totals; last batch [64612] posted 11/28',
    '☐ 3. Unapplied cash [21453] under 1% of receipts; clear R-[31044] (patient says {64445} only)',
    '☐ 4. Recoupments booked to [40620]; UHC takeback on {64714} DOS 09/08 still open',
    '☑ 5. Credit balance worksheet reviewed; refunds over $500 need controller sign-off',
    '☐ 6. Accrue Medicare prompt-pay interest ([40795]); confirm PLB L6 amounts from the ERA',
    '☐ 7. Tell coding: {64714} lines denied as bundled into {64712} are up threefold since October',
  ].join('\n'),
});

// ── 17. Payer deposit variance report, table ──
const depositVariance = table({
  id: 's66-depvar',
  kind: 's66-payer-deposit-variance-grid',
  caption: 'Payer deposit variance — expected (ERA) vs deposited (bank) — November MTD',
  headers: ['Payer', 'Payer ID', 'ERA total', 'Deposited', 'Variance', 'Reason', 'Detail'],
  rows: [
    ['UnitedHealthcare', '[87726]', '24,118.60', '23,505.88', '-612.72', 'Recoup', '{64714} takeback, PLB WO'],
    ['Medicare WPS J5', '[05202]', '41,902.11', '41,994.22', '92.11', 'Interest', 'PLB L6'],
    ['Cigna', '[62308]', '9,420.55', '9,420.55', '0.00', '—', ''],
    ['BCBS Kansas City', '[47171]', '6,605.40', '6,819.56', '214.16', 'Correction', '{64612} reprocessed'],
    ['Aetna', '[60054]', '0.00', '933.72', '933.72', 'No ERA', 'Likely {64632} x2'],
    ['Humana', '[61101]', '1,104.20', '0.00', '-1,104.20', 'EFT pending', '{64445}, {64450}'],
  ],
});

// ── 18. 835 PLB provider-level adjustments ──
const plb = lines({
  id: 's66-plb',
  kind: 's66-era-plb-provider-adjustment-lines-text',
  before: '835 PLB — provider level adjustments pulled for November',
  text: [
    'PLB*1952083317*20251231*WO:97264411801*612.72~',
    'PLB*1952083317*20251231*L6:22025301889240*-92.11~',
    'PLB*1952083317*20251231*FB:FHN[52391]*-214.16~',
    'Analyst: the WO line is the UHC takeback on {64714}; the FB line is the BCBS KC balance forward on {64612}.',
  ].join('\n'),
});

// ── 19. Refund request form ──
const refundForm = lines({
  id: 's66-refund',
  kind: 's66-payer-refund-request-form-text',
  before: 'Refund Request — Overpayment / Credit Balance (form RR-2)',
  text: [
    'Requested by: Billing — K. Lamb   Date: 11/17/2025   Request no. [30692]',
    'Patient account: [52391]   Patient: J. Ortega   Payer: Cigna   Payer ID [62308]',
    'Original payment: check [64632] dated 11/10/2025, deposited through the lockbox',
    'Reason: duplicate payment — Cigna paid the plantar digital nerve neurolysis, CPT {64632}, twice for DOS 10/06.',
    'Refund amount 287.04   Payable to: Cigna   Mail to: PO Box [18820], Chattanooga TN [37422]',
    'Approvals: billing manager ☑  controller (over $500) n/a   GL: debit [21460], credit [10150]',
  ].join('\n'),
});

// ── 20. Refund request line detail, table ──
const refundLines = table({
  id: 's66-refundln',
  kind: 's66-refund-request-line-detail-grid',
  caption: 'Refund request — line detail',
  headers: ['DOS', 'Proc', 'Units', 'Paid (1st)', 'Paid (2nd)', 'Refund', 'Payer claim #'],
  rows: [
    ['10/06/2025', '{64632}-LT', '1', '114.82', '114.82', '114.82', '2510091147302'],
    ['10/06/2025', '{64632}-RT', '1', '114.82', '114.82', '114.82', '2510091147302'],
    ['10/06/2025', '{99213}-25', '1', '57.40', '57.40', '57.40', '2510091147302'],
  ],
});

// ── 21. Credit balance worksheet by CPT, table ──
const creditWorksheet = table({
  id: 's66-credbal',
  kind: 's66-credit-balance-worksheet-by-code-grid',
  caption: 'Credit balance worksheet — by procedure — as of 11/30',
  headers: ['Code', 'Description', 'Accts', 'Credit $', 'Oldest', 'Main cause', 'Action'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic nerve', '4', '2,118.40', '07/14', 'Payer recoup + pt paid', 'Refund patient'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '2', '1,225.46', '08/02', 'Duplicate', 'Refund payer'],
    ['{64445}', 'Inj, sciatic nerve, single', '7', '612.30', '06/19', 'Copay collected twice', 'Refund patient'],
    ['{64632}', 'Neurolysis, plantar digital nerve', '3', '574.08', '10/06', 'Duplicate (Cigna)', 'RR-2 sent'],
    ['{64612}', 'Chemodenervation, facial nerve', '1', '214.16', '10/21', 'BCBS KC correction', 'Hold, see PLB'],
    ['{64615}', 'Chemodenervation, migraine', '2', '880.00', '05/30', 'Secondary overpaid', 'Refund secondary'],
    [
      '{64721}',
      'Carpal tunnel release',
      '1',
      '1,210.44',
      '10/14',
      'WC and health plan both paid',
      'Refund health plan',
    ],
    ['{95913}', 'Nerve conduction, 13+ studies', '1', '98.22', '09/11', 'Estimate overpaid', 'Apply to balance'],
  ],
});

// ── 22. Credit balance worksheet notes ──
const creditNotes = lines({
  id: 's66-crednote',
  kind: 's66-credit-balance-worksheet-notes-text',
  before: 'Worksheet notes',
  text: [
    'Credits created by {64712} recoupments are not refunded to the patient until the payer takeback clears.',
    'Medicare credit balances go on the MAC voluntary refund form; Box [64445] is our lockbox, not the MAC address.',
    'Two {64714} accounts are the same patient (acct [57206] and [57207]); merge before refunding.',
    'A credit under $5 on a {64612} account is written off to [40600] per policy.',
  ].join('\n'),
});

// ── 23. Auditor sample of posted payments, table ──
const auditSample = table({
  id: 's66-audit',
  kind: 's66-auditor-posted-payment-sample-grid',
  caption: 'External audit — test of cash posting — sample of posted payments (attribute test)',
  headers: ['Sample', 'Deposit ref', 'Receipt', 'Acct', 'Svc', 'Paid', 'Posted', 'Exception'],
  rows: [
    ['1', 'LBX0903A', 'R-[30712]', '[40508]', '{64712}', '462.40', '462.40', 'None'],
    ['2', 'ACH0911008804', '—', '[51039]', '{64445}', '150.00', '150.00', 'None'],
    ['3', 'LBX0916A', 'R-[30758]', '[48812]', '{64632}', '114.82', '114.82', 'None'],
    ['4', 'ACH0922008812', '—', '[11566]', '{64445}', '0.00', '450.00', 'Pt payment on wrong line'],
    ['5', 'FW0930966', '—', '[52391]', '{64721}', '1,210.44', '1,210.44', 'None'],
    ['6', 'ACH1006008801', '—', '[61614]', '{64612}', '188.42', '214.16', 'Posted gross of correction'],
    ['7', 'LBX1013A', 'R-[31148]', '[57206]', '{64714}', '548.10', '0.00', 'Unposted 33 days'],
    ['8', 'ACH1020008815', '—', '[62034]', '{99204}', '199.96', '199.96', 'None'],
    ['9', 'LBX1027A', 'R-[31187]', '[48812]', '{64632}', '114.82', '114.82', 'None'],
    ['10', 'ACH1103008807', '—', '[40508]', '{64712}', '-612.72', '0.00', 'Takeback not posted'],
    ['11', 'FW1106112', '—', '[57311]', '{64615}', '402.18', '402.18', 'None'],
  ],
});

// ── 24. Auditor draft findings memo ──
const auditMemo = lines({
  id: 's66-auditmemo',
  kind: 's66-auditor-draft-findings-memo-text',
  before: 'Draft findings — cash receipts and posting',
  text: [
    'Finding 1. Of 40 payments tested, 3 were posted to the wrong service line; in sample 4 a patient payment',
    'meant for {64445} sat on the office visit.',
    'Finding 2. Payer takebacks are netted in the EFT but posted late; the {64714} recoup in sample 7 took 33 days.',
    'Finding 3. Lockbox box [64445] batches are keyed twice (bank file and manual entry), see batch [64612].',
    'Management response due 12/19 to the controller, [10550] Quivira Rd, Overland Park KS [66215].',
  ].join('\n'),
});

// ── 25. Paper remittance, PDF text layer ──
const remitPdf = lines({
  id: 's66-remitpdf',
  kind: 's66-commercial-remittance-pdf-text-layer',
  before: 'Aetna — Provider remittance — 2 pages (PDF text layer)',
  text: [
    'PAYEE: FLINT HILLS NERVE & PAIN CTR   TIN XX-XXX4419   CHECK/EFT NO. 813392275401',
    'PATIENT: GARNER, T   MEMBER ID W2841173301   PATIENT ACCT [62034]   CLAIM ID E5KQ8MM7L00',
    'SERV DATE  PROC/MOD  UNITS  SUBMITTED  NEGOTIATED  COPAY  NOT PAYABLE  REMARK  PAID',
    '10/15/25   {64632}     1     420.00     161.09      0.00   258.91       45     128.87',
    '10/15/25   {64632} 59  1     420.00     161.09      0.00   258.91       45     128.87',
    '10/15/25   {64455}     1     190.00       0.00      0.00   190.00       97       0.00',
    'PATIENT: HOLLOWAY, R   PATIENT ACCT [62036]   CLAIM ID E5KQ8MN2F00',
    '11/03/25   {64612}     1     380.00     188.42     30.00   191.58       45     158.42',
    '11/03/25   {99214} 25  1     260.00     118.40      0.00   141.60       45     118.40',
    'PATIENT: OYELARAN, B   PATIENT ACCT [57311]   CLAIM ID E5KQ8MP0R00',
    '11/04/25   {64640}     1     510.00     203.66      0.00   306.34       45     203.66',
    '11/04/25   {64450}     1     240.00      71.82      0.00   168.18       45      71.82',
    'AETNA, PO BOX [14079], LEXINGTON KY [40512]-4079',
    '— page 2 of 2 —',
    'PAYMENT SUMMARY   Total submitted 3,680.00   Total paid 809.38   Provider adjustments 0.00',
    'Payment method: ACH   Trace 813392275401   Deposited to account ending 7735',
    'Remark 45: charge exceeds fee schedule. Remark 97: included in another service ({64632} same site).',
    'Questions: Provider Service 1-800-624-0756   Payee ID [80021]   Document no. [64712]',
  ].join('\n'),
});

// ── 26. Bank portal incoming wire detail (decoy only) ──
const wireScreen = lines({
  id: 's66-wire',
  kind: 's66-bank-portal-incoming-wire-detail-text',
  before: 'Heartland Commerce Bank — Business Online — Incoming wire detail',
  text: [
    'Wire reference FW0930966   Status: Credited   Value date 11/13/2025',
    'Amount USD 18,422.65   IMAD 20251113QMGFT015001234   OMAD —',
    'Originator: SUNFLOWER STATE HEALTH PLAN, 8325 Lenexa Dr, Lenexa KS [66214]',
    'Originator bank: ABA 101000019   Ref for beneficiary: RA[51712] PMT[72014]',
    'Beneficiary: FLINT HILLS NERVE AND PAIN CENTER PA, acct ending 7735, Overland Park KS [66215]',
    'OBI: HCCLAIMPMT REMITTANCE VIA 835 PAYEE ID [61612]   Servicing branch [66207]',
  ].join('\n'),
});

// ── 27. Positive pay, refund checks (decoy only), table ──
const positivePay = table({
  id: 's66-pospay',
  kind: 's66-positive-pay-refund-check-exceptions-grid',
  caption: 'Positive pay — issued checks (refunds) — exceptions review',
  headers: ['Check no.', 'Issued', 'Amount', 'Payee', 'Vendor', 'Decision'],
  rows: [
    ['[20417]', '11/10/2025', '107.12', 'Maria Ruiz', 'PT-[11566]', 'Pay'],
    ['[20418]', '11/17/2025', '287.04', 'Cigna', '[64712]', 'Pay'],
    ['[20419]', '11/17/2025', '1,210.44', 'Blue Cross KC', '[47220]', 'Pay'],
    ['[20421]', '11/18/2025', '98.22', 'Eleanor Vance', 'PT-[62036]', 'Return — amount mismatch'],
  ],
});

// ── 28. HL7 DFT^P03 payment feed ──
const ft1 = (set: string, dos: string, type: string, txn: string, amount: string, proc: string): string =>
  `FT1|${set}||[20466]|${dos}|20251114|${type}|${txn}|||1|${amount}${'|'.repeat(14)}${proc}`;
const hl7 = lines({
  id: 's66-hl7',
  kind: 's66-hl7-dft-p03-payment-feed-text',
  before: 'Interface engine — outbound DFT^P03 payment transactions to the GL (pipes)',
  text: [
    'MSH|^~\\&|PMPOST|FHNPC|GLIF|FHNPC|20251114103322||DFT^P03|[81048]|P|2.5.1',
    'EVN|P03|20251114103322',
    'PID|1||[40508]^^^FHN^MR||DELGADO^ANA',
    ft1('1', '20251020', 'PY', 'UHC-EFT^Insurance payment^L', '-462.40', '{64712}^Neuroplasty sciatic nerve^CPT4'),
    ft1('2', '20251020', 'AJ', 'CO45^Contractual^L', '-637.60', '{64712}^Neuroplasty sciatic nerve^CPT4'),
    ft1('3', '20251020', 'PY', 'UHC-EFT^Insurance payment^L', '-150.00', '{64445}^Inj sciatic nerve^CPT4'),
    ft1('4', '20251027', 'AJ', 'CO97^Bundled^L', '-900.00', '{64714}^Neuroplasty lumbar plexus^CPT4'),
    ft1('5', '20251027', 'PY', 'UHC-EFT^Insurance payment^L', '-114.82', '{64632}^Neurolysis plantar dig nerve^CPT4'),
    ft1('6', '20251103', 'PY', 'UHC-EFT^Insurance payment^L', '-188.42', '{64612}^Chemodenerv facial nerve^CPT4'),
  ].join('\n'),
});

// ── 29. Posting API response, JSON ──
const postingJson = lines({
  id: 's66-json',
  kind: 's66-payment-batch-api-json-text',
  before: 'GET /payments/batches/current — response body (pretty-printed)',
  text: [
    '{ "batchId": "[20466]", "depositRef": "ACH1113008813", "payerId": "[87726]",',
    '  "lockbox": null, "traceNumber": "1QG4401157", "eftAmount": 1862.55,',
    '  "lines": [',
    '    { "claimId": "FHN[40508]", "cpt": "{64712}", "paid": 462.40, "adj": [{ "group": "CO", "carc": "45" }] },',
    '    { "claimId": "FHN[40508]", "cpt": "{64445}", "modifiers": ["RT"], "paid": 150.00 },',
    '    { "claimId": "FHN[51039]", "cpt": "{64714}", "paid": -612.72, "rarc": ["N130"] },',
    '    { "claimId": "FHN[51039]", "procedureCode": "{64712}", "paid": 0.00 }',
    '  ], "postedBy": "klamb", "glBatch": "[20599]" }',
  ].join('\n'),
});

// ── 30. ISO 20022 camt.053 statement, XML (decoy only) ──
const camt = lines({
  id: 's66-camt',
  kind: 's66-camt053-bank-statement-xml-text',
  before: 'camt.053.001.08 bank-to-customer statement (XML) — downloaded from the bank portal',
  text: [
    '<Stmt><Id>STMT-2025-11-13-[47711]</Id><ElctrncSeqNb>[10321]</ElctrncSeqNb>',
    '<Acct><Id><Othr><Id>4410827735</Id></Othr></Id><Ccy>USD</Ccy></Acct>',
    '<Ntry><Amt Ccy="USD">[13226].40</Amt><CdtDbtInd>CRDT</CdtDbtInd><BkTxCd><Prtry><Cd>115</Cd></Prtry></BkTxCd>',
    '<NtryRef>[64445]</NtryRef><AcctSvcrRef>LBX1113A</AcctSvcrRef></Ntry>',
    '<Ntry><Amt Ccy="USD">[18422].65</Amt><CdtDbtInd>CRDT</CdtDbtInd><AcctSvcrRef>FW0930966</AcctSvcrRef>',
    '<RmtInf><Ustrd>PMT[72014] HCCLAIMPMT</Ustrd></RmtInf></Ntry>',
    '<Ntry><Amt Ccy="USD">35.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><NtryRef>SVC1113</NtryRef></Ntry>',
    '<PstlAdr><StrtNm>Metcalf Ave</StrtNm><BldgNb>[11300]</BldgNb><PstCd>[66212]</PstCd></PstlAdr>',
  ].join('\n'),
});

// ── 31. ERA auto-post rules, table ──
const autoPost = table({
  id: 's66-autopost',
  kind: 's66-era-auto-post-rules-grid',
  caption: 'ERA auto-post rules — exceptions routed to work queues',
  headers: ['Rule', 'Payer ID', 'Billed code', 'CARC', 'Group', 'Action'],
  rows: [
    ['AP-14', '[87726]', '{64714}', '97', 'CO', 'Route to coding review'],
    ['AP-15', '[87726]', '{64712}', '45', 'CO', 'Auto-post if allowed ≥ 95% of contract'],
    ['AP-22', '[05202]', '{64445}', '1, 2', 'PR', 'Auto-post, bill secondary'],
    ['AP-23', '[05202]', '{64612}', '50', 'CO', 'Route to denials (medical necessity)'],
    ['AP-31', '[62308]', '{64632}', '18', 'OA', 'Route to refunds (duplicate)'],
    ['AP-40', 'ALL', '{64640}', '4', 'CO', 'Route to coding (modifier)'],
    ['AP-41', 'ALL', '{76942}', '97', 'CO', 'Auto-post'],
  ],
});

// ── 32. Adjustment approval queue, list ──
const adjustments = lines({
  id: 's66-adjq',
  kind: 's66-adjustment-approval-queue-list-text',
  before: 'Adjustment approvals — small balance and bundling write-offs (supervisor queue)',
  text: [
    'Item 1  Acct [51039]  {64714}  900.00  CO-97 bundled into {64712}  Approve',
    'Item 2  Acct [61614]  {64612}  25.74  Under $30 small balance  Approve',
    'Item 3  Acct [48812]  {64632}  46.10  Timely filing (CO-29)  Deny, appeal',
    'Item 4  Acct [62036]  {64455}  190.00  CO-97 with {64632} same foot  Approve',
    'Item 5  Acct [57206]  {20553}  62.00  Non-covered (CO-96)  Bill patient',
  ].join('\n'),
});

// ── 33. Lockbox correspondence log, table ──
const lockboxCorrespondence = table({
  id: 's66-lbxcorr',
  kind: 's66-lockbox-correspondence-log-grid',
  caption: 'Lockbox correspondence (non-payment items) — keyed by the bank',
  headers: ['Batch', 'Item', 'Doc type', 'Payer', 'Regarding', 'Routed to'],
  rows: [
    ['[64619]', '001', 'Overpayment letter', 'Aetna', '{64632} DOS 10/15 dup', 'Refunds'],
    ['[64619]', '002', 'Medical records request', 'UHC', '{64714} op note', 'HIM'],
    ['[64619]', '003', 'Returned mail', '—', 'Stmt acct [11566]', 'Front desk'],
    ['[64619]', '004', 'Appeal decision', 'BCBS KC', '{64712} denial upheld', 'Denials'],
    ['[64619]', '005', 'W-9 request', 'Workers comp carrier', 'Claim [70541]', 'AP'],
  ],
});

// ── 34. Paid by procedure, month to date, table ──
const paidByCode = table({
  id: 's66-paidcode',
  kind: 's66-posted-payments-by-procedure-grid',
  caption: 'Posted payments by procedure — November MTD — all payers',
  headers: ['HCPCS', 'Lines', 'Billed', 'Paid', 'Avg paid', 'Denied lines'],
  rows: [
    ['{64712}', '14', '15,400.00', '6,473.60', '462.40', '2'],
    ['{64714}', '6', '5,400.00', '1,096.20', '182.70', '4'],
    ['{64445}', '31', '17,050.00', '5,828.40', '188.01', '1'],
    ['{64632}', '22', '9,240.00', '2,526.04', '114.82', '3'],
    ['{64612}', '9', '3,420.00', '1,695.78', '188.42', '0'],
    ['{64450}', '27', '6,480.00', '1,939.14', '71.82', '2'],
    ['{64615}', '12', '5,160.00', '4,826.16', '402.18', '0'],
    ['{64640}', '5', '2,550.00', '1,018.30', '203.66', '1'],
    ['{64635}', '8', '9,600.00', '3,317.92', '414.74', '0'],
    ['{64636}', '8', '3,200.00', '1,128.48', '141.06', '0'],
    ['{99214}', '40', '10,400.00', '4,736.00', '118.40', '3'],
  ],
});

// ── 35. Charge-item tie-out at close, table ──
const tieOut = table({
  id: 's66-tieout',
  kind: 's66-close-ar-rollforward-by-charge-item-grid',
  caption: 'A/R roll-forward tie-out — November — by charge item (top items only)',
  headers: ['Item', 'Description', 'Charges', 'Payments', 'Adjustments', 'Net A/R change'],
  rows: [
    ['{64712}', 'Neuroplasty sciatic', '15,400.00', '(6,473.60)', '(8,314.08)', '612.32'],
    ['{64714}', 'Neuroplasty lumbar plexus', '5,400.00', '(1,096.20)', '(4,303.80)', '0.00'],
    ['{64445}', 'Sciatic nerve block', '17,050.00', '(5,828.40)', '(10,771.60)', '450.00'],
    ['{64632}', 'Plantar digital neurolysis', '9,240.00', '(2,526.04)', '(6,426.88)', '287.08'],
    ['{64612}', 'Chemodenervation facial', '3,420.00', '(1,695.78)', '(1,724.22)', '0.00'],
    ['{62323}', 'Lumbar epidural w/ imaging', '4,800.00', '(1,302.44)', '(3,497.56)', '0.00'],
  ],
});

// ── 36. Posting supervisor email, prose ──
const supervisorEmail = lines({
  id: 's66-supemail',
  kind: 's66-posting-supervisor-email-text',
  before: 'From: revenue cycle supervisor — To: cash posting, lockbox keying — Subject: November cleanup',
  text: [
    'Team, three things before close. First, when a patient letter in the lockbox names a procedure, post the',
    'payment to that line: the Ruiz check was meant for {64445}, not the visit, and the auditor caught it.',
    'Second, do not write off UHC takebacks on {64714}; move them to recoupments so coding can see the bundling',
    'with {64712}. Third, the Cigna duplicate on {64632} is refunded (check [20418]); close the credit once it clears.',
    'Aetna still owes us an ERA for trace 813392275401. If it has {64640} or {64450} on it, post from the web EOB.',
    'Lockbox questions go to the bank, client no. [52117], not to the branch.',
  ].join('\n'),
});

export const sealed66: Snippet[] = [
  ...bai2,
  ...baiDetail,
  ...lockboxIndex,
  ...lockboxLetter,
  ...lockboxCsv,
  ...reassocQueue,
  ...era835,
  ...reassocNotes,
  ...postingLines,
  ...postingHeader,
  ...unapplied,
  ...unappliedSummary,
  ...glJournal,
  ...glCsv,
  ...chartOfAccounts,
  ...closeChecklist,
  ...depositVariance,
  ...plb,
  ...refundForm,
  ...refundLines,
  ...creditWorksheet,
  ...creditNotes,
  ...auditSample,
  ...auditMemo,
  ...remitPdf,
  ...wireScreen,
  ...positivePay,
  ...hl7,
  ...postingJson,
  ...camt,
  ...autoPost,
  ...adjustments,
  ...lockboxCorrespondence,
  ...paidByCode,
  ...tieOut,
  ...supervisorEmail,
];
