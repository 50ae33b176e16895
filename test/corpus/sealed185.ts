import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 185 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s185-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * the estate attorney's ZIP, a hospital account number, a surgery center account, an ambulance trip number, court
 * document ids on the register of actions, a newspaper account, a utility account, a refund check number, deposit
 * batch ids, HL7 message control ids, a collection agency client number, an obituary and tribute-wall id, a vendor
 * id, Medigap claim-number tails and group number, and an invoice number. The five known codes' digits come back as
 * decoys: the Medigap carrier's claims PO box, the legal notice's ad number and the newspaper's order number, the
 * law firm's client-matter number, a funeral home invoice number, an e-filing envelope number, a collection agency
 * placement id (which the billing chat jokes is "the same as the code"), a deposit batch id, a Medigap EFT number
 * and an X12 271 trace number. Estate checks are four-digit (1001–1008) and are not labelled.
 *
 * Family: settling a deceased patient's medical bills through the estate. Harold L. Brandt, a Medicare patient of
 * the (fictional) Kaw Valley Pain & Nerve Center, P.A. (Topeka, Kansas), died on 03/08/2027 with balances from a
 * sciatic nerve block, sciatic neuroplasty, lumbar plexus neuroplasty, plantar digital nerve destruction and facial
 * chemodenervation. His daughter Diane Brandt Koehler is executor; Mercer Lyle (Lyle & Haskins, LLC) is the estate
 * attorney; the estate is in probate in the (fictional) District Court of Wakarusa County, Kansas. Pages: the
 * executor's creditor-claims spreadsheet (grid, CSV export, and her notes), the notice to creditors as published and
 * its affidavit of publication, the petition-for-probate excerpt, the court's petition for allowance of a demand
 * (claim form), the court's case register of actions and demand register, letters testamentary, the order allowing
 * demands, the practice's estate-claim letter with its itemized statement, its "Estate of" statement, its deceased
 * account workflow (account banner, death intake form, ledger, account notes, deceased/estate worklist, patient
 * search results, account JSON from the PMS API, HL7 ADT/DFT with a death indicator, internal chat, policy page,
 * collection agency recall letter, credit balance refund), the payer side (Medicare Summary Notice, Medigap final EOB,
 * X12 835 fragment and its human-readable remit, a 271 showing the date of death, portal claim status, a CMS-1500
 * text layer of the last claim), the estate attorney's emails (first contact, reply with the practice's figures,
 * itemization dispute, settlement), his claims reconciliation memo, the estate's checking register, the check
 * voucher, the final accounting schedule of disbursements, the decedent's final 1040 medical-expense worksheet and an
 * obituary page.
 * Built on real public layouts: Kansas Judicial Council probate forms (notice to creditors with the four-month bar
 * under K.S.A. 59-2236, petition for allowance of demand, letters testamentary, order allowing demands), Kansas
 * district court case-search "register of actions" pages, the newspaper affidavit of publication, the CMS Medicare
 * Summary Notice ("Your Claims & Costs This Period"), Medigap Plan G EOB layouts, ASC X12 835 and 271 (DTP*...
 * date of death), HL7 v2 ADT^A08 PID-29/PID-30 and DFT^P03 FT1 segments, CMS-1500 box 24 text layers, practice-
 * management "deceased" account flags and estate worklists (Athena/Kareo-style), spreadsheet templates executors
 * use for creditor claims, IRS Schedule A / Pub. 502 medical-expense worksheet. The others are written the way those
 * pages read, with no single source.
 *
 * 357 labelled tokens over 44 shapes: 166 codes (126 of them the five known codes), 191 decoys, 69 of the decoys in
 * KNOWN_10K, 21 decoys reusing the five known codes' digits.
 */

const PRACTICE_ADDR = '2150 SW Wanamaker Rd, Suite 300, Topeka, KS [66614]';

// ── 1. Executor's creditor-claims spreadsheet (Google Sheets grid) ──
const execSheet = table({
  id: 's185-execsheet',
  kind: 's185-executor-creditor-claims-spreadsheet-grid',
  caption: 'Estate of Harold L. Brandt — Creditor claims (shared with M. Lyle) — tab "Claims"',
  headers: ['#', 'Creditor', 'Acct / Inv #', 'What for', 'Amount claimed', 'Claim filed?', 'Status', 'Paid (ck #)'],
  rows: [
    [
      '1',
      'Kaw Valley Pain & Nerve Center',
      '[58129]',
      'nerve blocks + 2 surgeries (their itemized list)',
      '$1,284.16',
      'Letter 4/2',
      'Allowed (reduced)',
      '1005',
    ],
    [
      '2',
      'St. Aldric Regional Medical Ctr',
      '[20196]',
      'hospital stay Mar 2027',
      '$18,430.55',
      'Petition 5/11',
      'Pending',
      '',
    ],
    ['3', 'Capital Anesthesia Group', '[31046]-02', 'anesthesia for 11/2 surgery', '$412.00', 'Letter', 'Paid', '1004'],
    ['4', 'Hollister-Grant Funeral Home', 'Inv [64714]', 'funeral (priority)', '$9,865.00', 'n/a', 'Paid', '1001'],
    [
      '5',
      'Kaw Valley Surgery Center',
      '[66088]',
      'facility fee 11/2/26 ({64712} surgery)',
      '$0.00',
      'Letter',
      'Withdrawn (Medigap paid)',
      '',
    ],
    ['6', 'Midwest Air Ambulance', 'Trip [43410]', 'ambulance 3/6', '$2,961.40', 'Petition 6/1', 'Disallowed', ''],
    ['7', 'Prairie Power & Light', '[21604]-11', 'final bill', '$88.12', 'no', 'Paid', '1002'],
    ['8', 'Topeka Family Dental', '[50817]', 'crown 2/2027', '$1,180.00', 'Letter 4/28', 'Allowed', '1006'],
    ['9', 'Walgreens #[07734]', 'Rx [88412]', 'prescription copays', '$36.40', 'no', 'Paid', '1003'],
    [
      '10',
      'First Heartland Visa ...4417',
      'n/a',
      'card balance (general creditor)',
      '$3,412.77',
      'Letter',
      'Pending (class 5)',
      '',
    ],
    [
      '11',
      'St. Aldric Emergency Physicians',
      'Inv [21054]',
      'ER doctor + nerve block CPT {64447} 3/6',
      '$0.00',
      'no',
      'Medicare paid',
      '',
    ],
  ],
});

// ── 2. Same spreadsheet, CSV export pasted into an email ──
const execCsv = lines({
  id: 's185-execcsv',
  kind: 's185-executor-claims-csv-export-text',
  before: 'Brandt_estate_claims_v6.csv (exported from Sheets)',
  text: [
    'row,creditor,ref,service_dates,codes_from_statement,claimed,allowed,paid_ck',
    '1,Kaw Valley Pain & Nerve,[58129],09/14/26-03/01/27,"{64445} {64712} {64714} {64632} {64612}",1284.16,943.90,1005',
    '1a,Kaw Valley Pain & Nerve,[58129],01/18/27,{64632}-GA,486.00,486.00,',
    '1b,Kaw Valley Pain & Nerve,[58129],02/09/27,{64612},298.16,298.16,',
    '1c,Kaw Valley Pain & Nerve,[58129],03/01/27,{64445} / {99213},500.00,0.00 (Medicare paid),',
    '2,St. Aldric Regional,[20196],03/06/27-03/08/27,,[18430].55,,',
    '3,Capital Anesthesia,[31046]-02,11/02/26,"01X?? (anes for {64712})",412.00,412.00,1004',
    '4,Hollister-Grant,[64714],03/14/27,,9865.00,9865.00,1001',
    '6,Midwest Air Ambulance,[43410],03/06/27,A0431,2961.40,0.00,',
    '# total claimed [32953].11 ; allowed to date [11220].90',
  ].join('\n'),
});

// ── 3. Executor's own notes tab (free text cells) ──
const execNotes = lines({
  id: 's185-execnotes',
  kind: 's185-executor-notes-tab-text',
  before: 'tab "Notes" — Diane',
  text: [
    '4/3  Kaw Valley letter came. Their account # is [58129]. Statement lists {64445} twice?? (9/14 and 3/1)',
    '4/3  Surgery codes on their list: {64712} (sciatic) and {64714} — Medicare paid most, Plan G paid rest?',
    '4/9  called Heartland Mutual (Plan G) claims PO Box [64612]. rep says {64632} was denied by Medicare, not them',
    '4/9  -> the foot nerve thing ({64632}-GA) Dad signed an ABN for. That part is ours. $486.00',
    "4/12 Aunt Carol asks if the {64612} botox shots are really $298 — it's the deductible, Plan G doesn't cover it",
    '5/2  Kaw Valley says Medicare finally paid the 3/1 {64445} block. New balance $784.16 + "late charges" $159.74??',
    '4/20 Mercer says pay only after 4-month bar date (July 19). Our ZIP for mail is [67208].',
  ].join('\n'),
});

// ── 4. Notice to creditors as published in the newspaper ──
const notice = lines({
  id: 's185-notice',
  kind: 's185-notice-to-creditors-legal-ad-text',
  before: 'The Topeka Ledger — Legal Notices — First published March 19, 2027',
  text: [
    '(Published in The Topeka Ledger March 19, 26 and April 2, 2027)  Ad No. [64632]',
    'IN THE DISTRICT COURT OF WAKARUSA COUNTY, KANSAS',
    'In the Matter of the Estate of HAROLD LEON BRANDT, Deceased.   Case No. WK-2027-PR-[00311]',
    'NOTICE TO CREDITORS',
    'THE STATE OF KANSAS TO ALL PERSONS CONCERNED: You are notified that on March 15, 2027, a Petition for Probate',
    'of Will and Issuance of Letters Testamentary was filed in this Court by Diane Brandt Koehler, an heir.',
    'All creditors are notified to exhibit their demands against the Estate within the latter of four months from',
    'the date of first publication of this notice, as provided by Kansas law, or if their identities are known or',
    'reasonably ascertainable, 30 days after actual notice was given. Lyle & Haskins, LLC, 534 S Kansas Ave, Ste 1120,',
    'Topeka, KS [66633]  Attorneys for Petitioner.  Client-matter [64445]-001',
  ].join('\n'),
});

// ── 5. Affidavit of publication (newspaper proof) ──
const affidavit = lines({
  id: 's185-affidavit',
  kind: 's185-affidavit-of-publication-text',
  before: 'AFFIDAVIT OF PUBLICATION — State of Kansas, Shawnee County, ss:',
  text: [
    'Jolene Marsh, being first duly sworn, says she is the legal clerk of The Topeka Ledger, 616 SE Jefferson,',
    'Topeka, KS [66607], a newspaper of general circulation published weekly for more than 50 weeks prior to the',
    'first publication of the attached notice. Order no. [64632]  Account LYL-[22384]',
    'Publication dates: 03/19/2027, 03/26/2027, 04/02/2027.  Lines: 42  Printer fee: $118.44',
  ].join('\n'),
});

// ── 6. Petition for probate excerpt (known debts paragraph) ──
const petition = lines({
  id: 's185-petition',
  kind: 's185-petition-for-probate-excerpt-text',
  before: 'PETITION FOR PROBATE OF WILL AND ISSUANCE OF LETTERS TESTAMENTARY (K.S.A. 59-2219)',
  text: [
    '1. Petitioner, Diane Brandt Koehler, resides at 1418 N Rutan Ave, Wichita, Sedgwick County, Kansas [67208].',
    '2. Harold Leon Brandt, decedent, died on March 8, 2027, a resident of Topeka, Wakarusa County, Kansas [66614].',
    '7. Known creditors of decedent include medical providers, the funeral home and Prairie Power & Light,',
    'whose claims petitioner estimates at $34,000; decedent was a Medicare beneficiary with supplemental coverage.',
    'E-filed: 03/15/2027 10:41   Envelope [64612]   Filing ID [40514]',
  ].join('\n'),
});

// ── 7. Court's petition for allowance of demand (creditor claim form) filed by the hospital ──
const demandForm = lines({
  id: 's185-demandform',
  kind: 's185-petition-for-allowance-of-demand-form-text',
  before:
    'IN THE DISTRICT COURT OF WAKARUSA COUNTY, KANSAS — PETITION FOR ALLOWANCE OF DEMAND (Pursuant to K.S.A. Chapter 59)',
  text: [
    'In the Matter of the Estate of Harold Leon Brandt, Deceased   Case No. WK-2027-PR-[00311]',
    'Claimant: St. Aldric Regional Medical Center, 3300 SW Huntoon St, Topeka, KS [66604]',
    'Claimant states that the decedent is indebted to claimant in the sum of $18,430.55 for medical services',
    'rendered 03/06/2027 through 03/08/2027, account no. [20196], as shown by the statement attached as Exhibit A.',
    'Class of demand (K.S.A. 59-1301): Third — expenses of last sickness.  Claim No. on court register: [27114]',
    "Claimant's billing office: PO Box [50231], Des Moines, IA [50306]; patient acct [20196]; guarantor acct [88350].",
    'Exhibit A summary: room & board 3 days; ED level 5 ({99285}); CT head; nerve block for hip fracture pain ({64447})',
  ].join('\n'),
});

// ── 8. Court case search: register of actions ──
const register = table({
  id: 's185-register',
  kind: 's185-district-court-register-of-actions-grid',
  caption:
    'Kansas District Court Public Access — WK-2027-PR-00311 — Estate of Harold Leon Brandt — Register of Actions',
  headers: ['Date', 'Event', 'Filed by', 'Doc ID', 'Pages'],
  rows: [
    ['03/15/2027', 'Petition for Probate of Will', 'Koehler, Diane B.', '[40514]', '6'],
    ['03/22/2027', 'Order Admitting Will; Letters Testamentary issued', 'Court', '[40650]', '3'],
    ['04/05/2027', 'Affidavit of Publication — Notice to Creditors', 'Lyle, Mercer', '[41419]', '2'],
    ['05/11/2027', 'Petition for Allowance of Demand — St. Aldric Regional', 'Claimant', '[42067]', '14'],
    ['06/01/2027', 'Petition for Allowance of Demand — Midwest Air Ambulance', 'Claimant', '[42198]', '5'],
    ['06/14/2027', 'Petition for Allowance of Demand — First Heartland Bank', 'Claimant', '[42811]', '4'],
    ['07/21/2027', 'Order Allowing Demands', 'Court', '[43022]', '2'],
    ['10/04/2027', 'Petition for Final Settlement', 'Lyle, Mercer', '[45260]', '11'],
  ],
});

// ── 9. Court demand register (claims filed against the estate) ──
const demandReg = table({
  id: 's185-demandreg',
  kind: 's185-court-demand-register-grid',
  caption: 'Demands filed — WK-2027-PR-00311',
  headers: ['Claim No.', 'Claimant', 'Claimant ZIP', 'Amount', 'Class', 'Disposition'],
  rows: [
    ['[27114]', 'St. Aldric Regional Medical Center', '[66604]', '18,430.55', '3rd', 'Allowed 07/21/2027'],
    ['[27115]', 'Midwest Air Ambulance, Inc.', '[68127]', '2,961.40', '3rd', 'Disallowed (paid by Medicare)'],
    ['[27116]', 'Kaw Valley Pain & Nerve Center, P.A.', '[66614]', '943.90', '3rd', 'Allowed by PR, no petition'],
    ['[27117]', 'First Heartland Bank (Visa)', '[57117]', '3,412.77', '5th', 'Allowed'],
  ],
});

// ── 10. Letters testamentary ──
const letters = lines({
  id: 's185-letters',
  kind: 's185-letters-testamentary-text',
  before: 'LETTERS TESTAMENTARY',
  text: [
    'Diane Brandt Koehler, of 1418 N Rutan Ave, Wichita, KS [67208], is appointed Executor of the Estate of',
    'Harold Leon Brandt, deceased, late of 2907 SW Burlingame Rd, Topeka, KS [66611], and is authorized to act.',
    'Issued 03/22/2027.  Clerk of the District Court, 200 SE 7th St, Topeka, KS [66603].  Doc [40650]',
  ].join('\n'),
});

// ── 11. Order allowing demands ──
const order = lines({
  id: 's185-order',
  kind: 's185-order-allowing-demands-text',
  before: 'ORDER ALLOWING DEMANDS — WK-2027-PR-00311',
  text: [
    'Now on this 21st day of July, 2027, the Court finds the demand of St. Aldric Regional Medical Center (Claim',
    '[27114]) should be allowed as a third-class demand in the sum of $18,430.55, and the demand of Midwest Air',
    'Ambulance, Inc. (Claim [27115]) is disallowed, the services having been paid in full by Medicare.',
    'The Executor reports that Kaw Valley Pain & Nerve Center, P.A., acct [58129], was allowed by the personal',
    'representative without petition in the reduced sum of $943.90. Doc [43022].',
  ].join('\n'),
});

// ── 12. Practice's estate-claim letter ──
const claimLetter = lines({
  id: 's185-claimletter',
  kind: 's185-practice-estate-claim-letter-text',
  before: 'KAW VALLEY PAIN & NERVE CENTER, P.A. — Patient Financial Services',
  text: [
    PRACTICE_ADDR,
    'March 30, 2027',
    'Estate of Harold L. Brandt, c/o Diane Brandt Koehler, Executor, 1418 N Rutan Ave, Wichita, KS [67208]',
    'Re: Statement of claim against the estate — Patient account [58129] — Dates of service 09/14/2026–03/01/2027',
    'Please accept our sympathy. We understand an estate has been opened in Wakarusa County (WK-2027-PR-[00311]).',
    'The enclosed itemized statement shows a remaining balance of $1,284.16 after Medicare and Heartland Mutual',
    'Plan G paid. It includes the Part B deductible on the 02/09/2027 facial chemodenervation ({64612}) and',
    'the 01/18/2027 plantar nerve destruction ({64632}), which Medicare denied and for which Mr. Brandt signed',
    'an Advance Beneficiary Notice. Please present this claim in the estate. Remit to PO Box 4471, Topeka, KS [66601].',
    'Earlier services ({64712} on 11/02/2026 and {64714} on 12/07/2026) were paid in full by Medicare and Plan G.',
  ].join('\n'),
});

// ── 13. Itemized statement enclosed with the letter ──
const itemized = table({
  id: 's185-itemized',
  kind: 's185-itemized-statement-enclosure-grid',
  caption: 'Itemized Statement — Acct 58129 — BRANDT, HAROLD L — Printed 03/30/2027',
  headers: ['DOS', 'CPT/HCPCS', 'Mod', 'Description', 'Charge', 'Ins paid', 'Adj', 'Pt balance'],
  rows: [
    ['08/20/2026', '{99204}', '', 'New patient visit, moderate', '390.00', '172.40', '217.60', '0.00'],
    ['08/27/2026', '{95909}', '', 'Nerve conduction 5-6 studies', '520.00', '141.88', '378.12', '0.00'],
    ['08/27/2026', '{95886}', 'RT', 'Needle EMG, complete, w/ NCS', '310.00', '88.19', '221.81', '0.00'],
    ['09/14/2026', '{99214}', '25', 'Office visit, est. patient', '215.00', '128.06', '86.94', '0.00'],
    ['09/14/2026', '{64445}', 'RT', 'Inj sciatic nerve, single', '480.00', '141.22', '338.78', '0.00'],
    ['09/14/2026', '{76942}', '', 'US guidance needle placement', '190.00', '58.31', '131.69', '0.00'],
    ['11/02/2026', '{64712}', 'RT', 'Neuroplasty sciatic nerve', '2,850.00', '812.44', '2,037.56', '0.00'],
    ['12/07/2026', '{64714}', 'RT', 'Neuroplasty lumbar plexus', '2,640.00', '768.02', '1,871.98', '0.00'],
    ['12/07/2026', '{69990}', '', 'Operating microscope (add-on)', '410.00', '0.00', '410.00', '0.00'],
    ['12/21/2026', '{99024}', '', 'Postop visit (global)', '0.00', '0.00', '0.00', '0.00'],
    ['01/18/2027', '{64632}', 'GA LT', 'Destr plantar common digital n', '486.00', '0.00', '0.00', '486.00'],
    ['02/09/2027', '{64612}', 'RT', 'Chemodenerv facial n, unilat', '640.00', '170.16', '171.68', '298.16'],
    ['03/01/2027', '{64445}', 'RT', 'Inj sciatic nerve, single', '480.00', '0.00', '0.00', '480.00'],
    ['03/01/2027', '{99213}', '25', 'Office visit, est. patient', '165.00', '0.00', '145.00', '20.00'],
  ],
});

// ── 14. "Estate of" statement (PDF text layer, statement run with deceased template) ──
const estateStmt = lines({
  id: 's185-estatestmt',
  kind: 's185-estate-of-patient-statement-text',
  before: 'STATEMENT — Kaw Valley Pain & Nerve Center, P.A.',
  text: [
    'ESTATE OF HAROLD L BRANDT          Statement date 05/01/2027   Account [58129]   Page 1 of 1',
    'C/O DIANE BRANDT KOEHLER EXEC      1418 N RUTAN AVE  WICHITA KS [67208]-1943',
    '03/01/27  {64445}  RT  SCIATIC NERVE BLOCK     480.00   MEDICARE PENDING → PT RESP 480.00',
    '01/18/27  {64632}  GA  PLANTAR NERVE DESTR     486.00   MEDICARE DENIED (ABN ON FILE)',
    '02/09/27  {64612}  RT  CHEMODENERV FACIAL N    640.00   MEDICARE PD 170.16 DED 283.00 → PT RESP 298.16',
    '03/01/27  {99213}  25  OFFICE VISIT EST        165.00   MEDICARE PENDING → PT RESP 20.00',
    'Remit to: PO Box 4471, Topeka KS [66601]   Questions (785) 555-0140   Ref [58129]-EST',
    'AMOUNT DUE: $1,284.16      This statement is sent for estate claim purposes only. Batch [67089]',
  ].join('\n'),
});

// ── 15. PMS account header / banner flagged deceased ──
const acctBanner = lines({
  id: 's185-acctbanner',
  kind: 's185-pms-account-banner-deceased-flag-text',
  before: 'Patient Account — Kaw Valley PM',
  text: [
    '⚠ DECEASED 03/08/2027 — statements to ESTATE; no collections; no dunning letters',
    'BRANDT, HAROLD L   Acct [58129]   DOB 04/11/1941   MBI 1EG4-TE5-MK73   Guarantor: ESTATE OF HAROLD L BRANDT',
    'Address: 2907 SW Burlingame Rd, Topeka KS [66611] (returned mail — do not use)',
    'Last visit 03/01/2027 ({64445}, {99213})   Balance $1,284.16   Collection status: ESTATE CLAIM FILED',
    'Alerts: ABN on file 01/18/2027 for {64632}; global period for {64714} ended 03/07/2027 (90-day)',
  ].join('\n'),
});

// ── 16. PMS death notification intake form ──
const deathIntake = lines({
  id: 's185-deathintake',
  kind: 's185-pms-death-notification-intake-form-text',
  before: 'Record death of patient — form',
  text: [
    'Patient: BRANDT, HAROLD L (Acct [58129])',
    'Date of death: 03/08/2027   Source: obituary + call from daughter   Verified by: death certificate copy',
    'Executor / personal representative: Diane Brandt Koehler   Phone (316) 555-0178   ZIP [67208]',
    'Estate case no.: WK-2027-PR-[00311]   Attorney: Mercer Lyle, Lyle & Haskins, ZIP [66633]',
    'Open claims at time of death: 03/01 {64445}-RT, {76942}, {99213}-25 (Medicare, ICN pending)',
    'Cancel future appts: ☑ 03/29/2027 f/u + repeat {64612} (left side)   ☑ recall letter for {64445}',
  ].join('\n'),
});

// ── 17. PMS ledger (transactions) ──
const ledger = table({
  id: 's185-ledger',
  kind: 's185-pms-account-ledger-grid',
  caption: 'Ledger — Acct 58129 — all transactions',
  headers: ['Posted', 'Type', 'DOS', 'Proc', 'Payer / Ref', 'Amount', 'Running bal'],
  rows: [
    ['11/03/2026', 'Charge', '11/02/2026', '{64712}', 'RT — Medicare/Heartland', '2,850.00', '3,019.87'],
    ['12/08/2026', 'Charge', '12/07/2026', '{64714}', 'RT — Medicare/Heartland', '2,640.00', '5,452.32'],
    ['01/19/2027', 'Charge', '01/18/2027', '{64632}', 'GA LT — ABN 01/18', '486.00', '5,938.32'],
    ['02/10/2027', 'Charge', '02/09/2027', '{64612}', 'RT — with J0585 x 40u', '640.00', '6,578.32'],
    ['03/02/2027', 'Charge', '03/01/2027', '{64445}', 'RT + {76942} + {99213}-25', '835.00', '7,413.32'],
    ['11/21/2026', 'Payment', '11/02/2026', '{64712}', 'Medicare ERA chk 882041337', '-812.44', '2,207.43'],
    ['12/02/2026', 'Payment', '11/02/2026', '{64712}', 'Heartland Mutual EFT [64445]', '-203.11', '2,004.32'],
    ['01/04/2027', 'Payment', '12/07/2026', '{64714}', 'Medicare ERA chk 882119020', '-768.02', '1,044.31'],
    ['02/03/2027', 'Denial', '01/18/2027', '{64632}', 'CO-50 → PR-50 (GA on claim)', '0.00', '1,530.31'],
    ['03/10/2027', 'Flag', '', '', 'Deceased 03/08/2027; dep batch [64712]', '0.00', '1,284.16'],
    ['03/11/2027', 'Refund', '09/14/2026', '{99214}', 'Copay overpmt → Estate ck [10226]', '40.00', '1,284.16'],
    ['07/22/2027', 'Payment', '', '', 'Estate ck 1005, dep batch [22574]', '-943.90', '340.26'],
    ['07/22/2027', 'Adj', '01/18/2027', '{64632}', 'EST-ALLOW estate allowance', '-340.26', '0.00'],
  ],
});

// ── 18. PMS account notes / activity log ──
const acctNotes = lines({
  id: 's185-acctnotes',
  kind: 's185-pms-account-notes-log-text',
  before: 'Account notes — 58129',
  text: [
    '03/10/2027 09:12 tkessler: Daughter called, pt expired 3/8. Flagged deceased, pulled from Sunflower Recovery (placement [64632]).',
    '03/10/2027 09:20 tkessler: 03/01 claim ({64445} RT, {99213}-25) still pending w/ Medicare — DOS before DOD, OK to bill.',
    '03/30/2027 14:02 rgalvan: Estate claim letter + itemized mailed to executor, Wichita [67208]. Tickler 60 days.',
    '05/03/2027 11:45 rgalvan: Atty Lyle disputes {64445} 3/1 — says Medicare should pay. Medicare paid 05/02, reprocessing.',
    "07/22/2027 16:30 rgalvan: Estate ck 1005 rec'd $943.90. Balance adj to $0 (estate allowance). Close acct.",
  ].join('\n'),
});

// ── 19. PMS deceased / estate worklist ──
const worklist = table({
  id: 's185-worklist',
  kind: 's185-pms-deceased-estate-worklist-grid',
  caption: 'Worklist: DECEASED – ESTATE CLAIMS (owner: R. Galvan) — 6 accounts',
  headers: ['Acct', 'Patient', 'DOD', 'Balance', 'Last proc', 'Estate case', 'Bar date', 'Next action'],
  rows: [
    [
      '[58129]',
      'BRANDT, HAROLD L',
      '03/08/2027',
      '1,284.16',
      '{64445}',
      'WK-2027-PR-[00311]',
      '07/19/2027',
      'Await atty reply',
    ],
    ['[58017]', 'OSTERHAUS, MAE', '01/22/2027', '212.40', '{64612}', 'none opened', '—', 'Small estate affidavit?'],
    [
      '[60233]',
      'DELACRUZ, RUBEN',
      '02/14/2027',
      '3,905.00',
      '{64714}',
      'SN-2027-PR-[00118]',
      '06/30/2027',
      'Claim filed',
    ],
    [
      '[59306]',
      'KLINE, ORVILLE',
      '03/02/2027',
      '1,140.00',
      '{64712}',
      'WK-2027-PR-[00297]',
      '07/05/2027',
      'Petition for demand',
    ],
    ['[61904]', 'WHITEHORSE, ANN', '12/30/2026', '96.00', '{64632}', 'n/a', '—', 'Write off < $100'],
  ],
});

// ── 20. PMS patient search results ──
const search = table({
  id: 's185-search',
  kind: 's185-pms-patient-search-results-grid',
  caption: 'Search patients: "brandt"',
  headers: ['Acct', 'Name', 'DOB', 'City/ZIP', 'Status'],
  rows: [
    ['[58129]', 'Brandt, Harold L', '04/11/1941', 'Topeka [66611]', 'Deceased'],
    ['[70389]', 'Brandt, Harriet', '08/02/1955', 'Lawrence [66044]', 'Active'],
    ['[72216]', 'Brandt-Koehler, Diane', '—', 'Wichita [67208]', 'Guarantor only'],
  ],
});

// ── 21. PMS account JSON from the API (developer console view) ──
const acctJson = lines({
  id: 's185-acctjson',
  kind: 's185-pms-api-account-json-text',
  before: 'GET /api/v2/accounts/58129?include=charges',
  text: [
    '{"accountId":"[58129]","status":"DECEASED","deceasedDate":"2027-03-08","guarantorType":"ESTATE",',
    ' "mailing":{"line1":"1418 N Rutan Ave","city":"Wichita","state":"KS","zip":"[67208]"},',
    ' "openCharges":[{"dos":"2027-01-18","cpt":"{64632}","mods":["GA","LT"],"ptBal":486.00},',
    '  {"dos":"2027-02-09","cpt":"{64612}","mods":["RT"],"ptBal":298.16},',
    '  {"dos":"2027-03-01","cpt":"{64445}","mods":["RT"],"ptBal":480.00}],',
    ' "collections":{"hold":true,"reason":"ESTATE","agencyPlacementId":"[64632]"},"practiceZip":"[66614]"}',
  ].join('\n'),
});

// ── 22. HL7 ADT^A08 with death indicator and DFT^P03 charges ──
const hl7 = lines({
  id: 's185-hl7',
  kind: 's185-hl7-adt-a08-dft-death-indicator-text',
  before: 'Interface monitor — outbound to billing',
  text: [
    'MSH|^~\\&|KVEHR|KVPNC|KVPM|KVPNC|20270310091455||ADT^A08|MSG[40218]|P|2.5.1',
    'PID|1||[58129]^^^KVPM^AN||BRANDT^HAROLD^L||19410411|M|||2907 SW BURLINGAME RD^^TOPEKA^KS^[66611]||||||||||||||20270308|Y',
    'MSH|^~\\&|KVEHR|KVPNC|KVPM|KVPNC|20270301154002||DFT^P03|MSG[40149]|P|2.5.1',
    'FT1|1|||20270301||CG|{64445}^INJ ANES SCIATIC NRV^CPT|||1||||||||||||RT',
    'FT1|2|||20270301||CG|{99213}^OFFICE O/P EST LOW 20 MIN^CPT|||1||||||||||||25',
    'FT1|3|||20270301||CG|{76942}^US GUIDE NEEDLE PLACEMENT^CPT|||1',
    'MSH|^~\\&|KVEHR|KVPNC|KVPM|KVPNC|20270209160211||DFT^P03|MSG[43177]|P|2.5.1',
    'FT1|1|||20270209||CG|{64612}^CHEMODENERV MUSC FACIAL NRV UNI^CPT|||1||||||||||||RT',
    'FT1|2|||20270209||CG|J0585^ONABOTULINUMTOXINA 1 UNIT^HCPCS|||40',
  ].join('\n'),
});

// ── 23. Internal chat among billing staff (Teams) ──
const chat = lines({
  id: 's185-chat',
  kind: 's185-billing-team-chat-text',
  before: 'Teams — #pfs-estates',
  text: [
    'Tara Kessler 9:05 AM: Brandt, acct [58129] — he passed. Who has estates this month?',
    'Rosa Galvan 9:07 AM: me. Do we still send the 3/1 claim? {64445} + US guidance, DOS is a week before death',
    "Tara Kessler 9:08 AM: yes bill it, DOS < DOD. Just don't bill anything after 3/8. The 3/29 repeat {64612} was cancelled",
    'Tara Kessler 9:09 AM: also check the 12/7 {64714} — microscope add-on {69990} was bundled, nothing to bill the estate',
    'Rosa Galvan 9:10 AM: ok. the {64632} with GA is his responsibility → goes on the estate claim',
    'Rosa Galvan 9:11 AM: recalling from Sunflower, their placement # [64632] (funny, same as the code lol)',
    'Rosa Galvan 2:40 PM: attorney wants the ABN for {64632} and op notes for {64712}/{64714}. need a HIPAA auth from the executor?',
    "Tara Kessler 2:44 PM: letters testamentary make her the personal rep, that's enough. send the ABN; records only on request",
    "Tara Kessler 9:12 AM: ha. and deposit batch [64712] is also today's, don't mix them up",
  ].join('\n'),
});

// ── 24. Practice policy page (deceased patient accounts) ──
const policy = lines({
  id: 's185-policy',
  kind: 's185-practice-policy-deceased-accounts-text',
  before: 'PFS Policy 4.12 — Accounts of Deceased Patients (rev. 01/2027)',
  text: [
    '4.12.3 Services on or before the date of death are billed to insurance as usual. Example: a block ({64445})',
    'done the week before death is billed with the normal claim; do not add any modifier for the death.',
    '4.12.4 Patient-responsibility balances (deductible, coinsurance, ABN-liable services such as {64632}-GA)',
    'are presented to the estate by letter with an itemized statement within 30 days of learning of the death.',
    '4.12.5 Scheduled services after the date of death (e.g. a repeat {64612} or {64445}) are cancelled in the',
    'scheduler; if a claim was already created, void it. Surgical global periods ({64712}, {64714}: 90 days) end.',
    '4.12.6 Balances under $100 are written off with adj. code DEC100. Policy owner: PFS Director, ZIP [66614].',
    '4.12.7 Example: acct [58129] — ABN balance on {64632}-GA ($486.00) and the deductible on {64612} ($283.00)',
    'went to the estate; the {64445} block on the week before death went to Medicare first.',
  ].join('\n'),
});

// ── 25. Collection agency recall letter ──
const recall = lines({
  id: 's185-recall',
  kind: 's185-collection-agency-recall-confirmation-text',
  before: 'SUNFLOWER RECOVERY SERVICES, INC. — Client Services',
  text: [
    'PO Box 7719, Salina, KS [67402]   Client no. KVP-[21123]',
    'Recall confirmation: Placement [64632] — Debtor BRANDT, HAROLD L — Client acct [58129]',
    'Reason: DECEASED (03/08/2027). Account closed with no credit reporting. Placed 02/20/2027 for $486.00',
    'Original service: 01/18/2027 plantar nerve destruction, CPT {64632}. Batch [43557].',
  ].join('\n'),
});

// ── 26. Credit balance refund to the estate ──
const refund = lines({
  id: 's185-refund',
  kind: 's185-credit-balance-refund-to-estate-text',
  before: 'Kaw Valley Pain & Nerve Center — Refund Voucher',
  text: [
    'Payee: Estate of Harold L. Brandt, 1418 N Rutan Ave, Wichita, KS [67208]   Refund ck [10226]   $40.00',
    'Reason: duplicate copay 09/14/2026 (visit {99214} with block {64445}); paid twice at check-in',
    'Approved: PFS Director 03/11/2027   Vendor id V-[22005]   GL 1200-410',
  ].join('\n'),
});

// ── 27. Medicare Summary Notice (final MSN) ──
const msn = table({
  id: 's185-msn',
  kind: 's185-medicare-summary-notice-claims-grid',
  caption:
    'Medicare Summary Notice for Part B — HAROLD L BRANDT — Your Claims & Costs This Period — Claim number 212706044810',
  headers: [
    'Service Provided & Billing Code',
    'Services Approved?',
    'Amount Provider May Bill You',
    'Medicare Paid',
    'Maximum You May Be Billed',
    'See Notes',
  ],
  rows: [
    ['Injection anesthetic agent sciatic nerve ({64445}-RT)', 'Yes', '$180.47', '$141.22', '$36.10', 'A'],
    ['Ultrasound guidance needle placement ({76942})', 'Yes', '$74.51', '$58.31', '$14.58', ''],
    ['Office/outpatient visit est ({99213})', 'Yes', '$92.14', '$72.10', '$18.04', ''],
    ['Chemodenervation facial nerve muscle(s) ({64612}-RT)', 'Yes', '$468.16', '$170.16', '$298.16', 'D'],
    ['Destruction neurolytic agent plantar nerve ({64632}-GA)', 'No', '$486.00', '$0.00', '$486.00', 'B, C'],
  ],
});

// ── 28. MSN notes section and Medicare's condolence line ──
const msnNotes = lines({
  id: 's185-msnnotes',
  kind: 's185-medicare-summary-notice-notes-text',
  before: 'Notes for Claims Above',
  text: [
    'A  This claim was processed after the date of death on file. Payment goes to the provider. Medicare paid 05/02/2027.',
    "B  Medicare won't pay for {64632} because it isn't medically reasonable and necessary. You signed a notice",
    "   (ABN) that you'd have to pay. Medicare Claims, PO Box 6781, Indianapolis, IN [46206]-6781.",
    'D  $283.00 of the approved amount for {64612} on 02/09/2027 went toward the 2027 Part B deductible.',
    'C  If you disagree, you may appeal by 09/01/2027. This notice was mailed to: ESTATE OF HAROLD BRANDT, WICHITA KS [67208]',
  ].join('\n'),
});

// ── 29. Medigap (Plan G) final EOB ──
const medigap = table({
  id: 's185-medigap',
  kind: 's185-medigap-plan-g-final-eob-grid',
  caption:
    'Heartland Mutual — Medicare Supplement Plan G — Explanation of Benefits — Claims PO Box 64612, Lincoln NE 68501',
  headers: ['Claim #', 'Date(s)', 'Procedure', 'Medicare approved', 'Medicare paid', 'We paid', 'You owe', 'Remark'],
  rows: [
    ['HM-7710-[41563]', '11/02/2026', '{64712}', '1,036.82', '812.44', '203.11', '0.00', '—'],
    ['HM-7710-[41564]', '12/07/2026', '{64714}', '979.62', '768.02', '192.01', '0.00', '—'],
    ['HM-7711-[02208]', '02/09/2027', '{64612}', '468.16', '170.16', '0.00', '298.16', 'D1 Part B deductible'],
    ['HM-7709-[87702]', '09/14/2026', '{64445}', '180.47', '141.22', '36.10', '0.00', '—'],
    [
      'HM-7712-[19360]',
      '03/01/2027',
      '{64445}',
      '180.47',
      '141.22',
      '36.10',
      '0.00',
      'Final claim — coverage ended 03/08/2027',
    ],
  ],
});

// ── 30. Medigap EOB footer / address block ──
const medigapFoot = lines({
  id: 's185-medigapfoot',
  kind: 's185-medigap-eob-footer-address-text',
  before: 'Heartland Mutual EOB page 2',
  text: [
    'D1 Plan G does not pay the Medicare Part B deductible ($283.00 in 2027 is shown under {64612}).',
    'Policy HMG-[35141] ended on the date of death. Premium refund of $67.40 was sent to the estate.',
    'Questions: Heartland Mutual, PO Box [64612], Lincoln, NE [68501]   Group [30781]',
    'Estate correspondence: Attn Deceased Member Unit, 1200 O St, Lincoln, NE [68508]; ref DMU-[77140]',
  ].join('\n'),
});

// ── 31. X12 835 fragment (Medicare ERA) ──
const era835 = lines({
  id: 's185-era835',
  kind: 's185-x12-835-era-fragment-text',
  before: 'ERA viewer — raw 835 — TRN 882341005',
  text: [
    'N1*PR*WISCONSIN PHYSICIANS SERVICE*XV*[05202]~N3*PO BOX 1787~N4*MADISON*WI*[53701]~',
    'N1*PE*KAW VALLEY PAIN AND NERVE CENTER*XX*1487629053~N3*2150 SW WANAMAKER RD~N4*TOPEKA*KS*[66614]~',
    'CLP*[58129]A0301*1*835*271.63*68.72*MB*21270604481000~NM1*QC*1*BRANDT*HAROLD*L***MI*1EG4TE5MK73~',
    'SVC*HC:{64445}:RT*480*141.22**1~DTM*472*20270301~CAS*CO*45*299.53~CAS*PR*2*36.10~',
    'SVC*HC:{76942}*190*58.31**1~CAS*CO*45*115.49~SVC*HC:{99213}:25*165*72.10**1~CAS*CO*45*72.86~',
    'CLP*[58129]A0209*1*640*170.16*298.16*MB*21270227302000~SVC*HC:{64612}:RT*640*170.16**1~CAS*PR*1*283~',
    'CLP*[58129]A0118*1*486*0*486*MB*21270201117000~SVC*HC:{64632}:GA:LT*486*0**1~CAS*PR*50*486~',
  ].join('\n'),
});

// ── 32. Human-readable remit (ERA rendered) ──
const remit = table({
  id: 's185-remit',
  kind: 's185-era-human-readable-remit-grid',
  caption: 'Remittance detail — WPS J5 Part B — patient BRANDT HAROLD L — Pat ctrl # 58129A0301',
  headers: ['Line', 'DOS', 'Proc', 'Mod', 'Billed', 'Allowed', 'Deduct', 'Coins', 'Paid', 'CARC'],
  rows: [
    ['1', '03/01/27', '{64445}', 'RT', '480.00', '180.47', '0.00', '36.10', '141.22', 'CO-45'],
    ['2', '03/01/27', '{76942}', '', '190.00', '74.51', '0.00', '14.58', '58.31', 'CO-45'],
    ['3', '03/01/27', '{99213}', '25', '165.00', '92.14', '0.00', '18.04', '72.10', 'CO-45'],
    ['4', '02/09/27', '{64612}', 'RT', '640.00', '468.16', '283.00', '15.16', '170.16', 'PR-1'],
    ['5', '01/18/27', '{64632}', 'GA LT', '486.00', '0.00', '0.00', '0.00', '0.00', 'PR-50'],
    ['', '', 'Totals', '', '835.00', '347.12', '0.00', '68.72', '271.63', 'EFT 882341005'],
  ],
});

// ── 33. X12 271 eligibility response showing date of death ──
const elig271 = lines({
  id: 's185-elig271',
  kind: 's185-x12-271-date-of-death-fragment-text',
  before: 'Eligibility — 271 response (raw)',
  text: [
    'NM1*IL*1*BRANDT*HAROLD*L***MI*1EG4TE5MK73~N4*TOPEKA*KS*[66611]~DMG*D8*19410411*M~',
    'DTP*307*RD8*20250101-20270308~EB*6**30~MSG*BENEFICIARY DECEASED 20270308~',
    'NM1*PR*2*CMS*****PI*CMS~N4*BALTIMORE*MD*[21244]~',
    'REF*EJ*[58129]~TRN*2*[64612]-8830*9KVPNC~',
  ].join('\n'),
});

// ── 34. Payer portal claim status search results ──
const portal = table({
  id: 's185-portal',
  kind: 's185-payer-portal-claim-status-grid',
  caption: 'Provider portal — Claim status inquiry — Member 1EG4TE5MK73 — results',
  headers: ['ICN', 'From DOS', 'HCPCS', 'Billed', 'Status', 'Paid date', 'Pat acct'],
  rows: [
    ['21270604481000', '03/01/2027', '{64445}', '$480.00', 'PAID', '05/02/2027', '[58129]A0301'],
    ['21270227302000', '02/09/2027', '{64612}', '$640.00', 'PAID', '03/02/2027', '[58129]A0209'],
    ['21261211540000', '12/07/2026', '{64714}', '$3,050.00', 'PAID', '01/04/2027', '[58129]A1207'],
    ['21261104288000', '11/02/2026', '{64712}', '$2,850.00', 'PAID', '11/21/2026', '[58129]A1102'],
    ['21260916031000', '09/14/2026', '{64445}', '$885.00', 'PAID', '10/06/2026', '[58129]A0914'],
    ['21270201117000', '01/18/2027', '{64632}', '$486.00', 'DENIED N130', '02/03/2027', '[58129]A0118'],
  ],
});

// ── 35. CMS-1500 text layer of the last claim ──
const cms1500 = lines({
  id: 's185-cms1500',
  kind: 's185-cms1500-last-claim-text-layer',
  before: 'HEALTH INSURANCE CLAIM FORM — APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
  text: [
    '2 BRANDT, HAROLD, L        5 2907 SW BURLINGAME RD  TOPEKA  KS  [66611]   (785) 555 0164',
    '21 A M54.31   B G57.01',
    '24 1 03 01 27  03 01 27 11   {64445}  RT        AB   480 00   1   1487629053',
    '24 2 03 01 27  03 01 27 11   {76942}            AB   190 00   1   1487629053',
    '24 3 03 01 27  03 01 27 11   {99213}  25        A    165 00   1   1487629053',
    '26 [58129]A0301   28 835 00   32 KAW VALLEY PAIN & NERVE CTR TOPEKA KS [66614]   33 PO BOX 4471 TOPEKA KS [66601]',
  ].join('\n'),
});

// ── 36. Estate attorney email #1 (first contact) ──
const email1 = lines({
  id: 's185-email1',
  kind: 's185-estate-attorney-email-first-contact-text',
  before:
    'From: Mercer Lyle <mlyle@lylehaskins.law> To: billing@kawvalleypain.com Subject: Estate of Harold Brandt — your acct 58129',
  text: [
    'Ms. Galvan, I represent Diane Koehler as executor (Wakarusa Co. case WK-2027-PR-[00311]). Our file no. [64445]-001.',
    'We received your 03/30 statement for $1,284.16. Before the executor allows it, please confirm:',
    '(1) whether the 03/01/2027 sciatic nerve block (your line {64445}-RT) has been submitted to Medicare;',
    '(2) that the ABN for the 01/18 procedure ({64632}) was signed by Mr. Brandt, and send a copy;',
    '(3) the breakdown of the $298.16 on the 02/09 chemodenervation ({64612}).',
    "Diane's list also shows Kaw Valley Surgery Center (their acct [66088]) for the {64712} facility fee; they say Heartland paid it.",
    'Lyle & Haskins, LLC | 534 S Kansas Ave, Ste 1120 | Topeka, KS [66633] | (785) 555-0112',
  ].join('\n'),
});

// ── 37. Practice's reply email ──
const email2 = lines({
  id: 's185-email2',
  kind: 's185-practice-reply-email-to-attorney-text',
  before: 'From: Rosa Galvan <rgalvan@kawvalleypain.com> Re: Estate of Harold Brandt — your acct 58129',
  text: [
    'Mr. Lyle, thank you. (1) Yes — the 03/01 claim ({64445}-RT, {76942}, {99213}-25) was filed 03/03; Medicare paid',
    '05/02 and Heartland paid the coinsurance, so the $480.00 and $20.00 come off. (2) ABN attached (signed 01/18/2027,',
    'option 1 checked, for CPT {64632} LT). (3) $283.00 is the 2027 Part B deductible + $15.16 coinsurance on {64612}.',
    'For your file, the services and codes on his account since 08/2026: {99204}, {95909}, {95886}, {64445} x2,',
    '{64712}, {64714}, {64632}, {64612}; only the last three carry a balance.',
    'Revised balance: $784.16 (486.00 + 298.16). Please reference account [58129] on payment. Our ZIP is [66601] for the lockbox.',
  ].join('\n'),
});

// ── 38. Attorney's counter email (itemization dispute + settlement) ──
const email3 = lines({
  id: 's185-email3',
  kind: 's185-estate-attorney-settlement-email-text',
  before: 'From: Mercer Lyle Subject: RE: RE: Estate of Harold Brandt — proposal',
  text: [
    "Rosa — the executor will allow the deductible in full. On the ABN service we note Medicare's denial for {64632}",
    'was for frequency; we ask you to accept a reduction. Proposal: $943.90 allowed, inclusive of the $159.74 shown',
    'as "late charges/other" on your ledger page 2, paid by estate check after the 07/19 bar date. Check no. 1005',
    'Diane also asked why {64712} and {64714} show such large adjustments; I explained the Medicare fee schedule.',
    'will come from the estate account at Capitol Federal, routing withheld. — M.L., file [64445]-001',
  ].join('\n'),
});

// ── 39. Attorney's claims reconciliation memo (table) ──
const reconMemo = table({
  id: 's185-reconmemo',
  kind: 's185-attorney-claims-reconciliation-memo-grid',
  caption: 'MEMO to file 64445-001 — Claims reconciliation as of 07/20/2027',
  headers: ['Creditor', 'Presented', 'Basis', 'Recommended', 'Notes'],
  rows: [
    [
      'Kaw Valley Pain & Nerve',
      '$1,284.16',
      'Letter 03/30; acct [58129]',
      '$943.90',
      'Medicare paid 03/01 {64445}; ABN {64632} allowed',
    ],
    ['  — line 01/18/27', '$486.00', 'CPT {64632}-GA, ABN signed', '$486.00', 'Frequency denial; ABN valid'],
    ['  — line 02/09/27', '$298.16', 'CPT {64612}, Part B deductible', '$298.16', 'Plan G never pays deductible'],
    ['  — line 03/01/27', '$500.00', 'CPT {64445}-RT, {99213}', '$0.00', 'Medicare + Plan G paid 05/02'],
    [
      'St. Aldric Regional',
      '$18,430.55',
      'Petition, claim [27114]',
      '$18,430.55',
      'Includes block {64447}, ED {99285}',
    ],
    ['Midwest Air Ambulance', '$2,961.40', 'Petition, claim [27115]', '$0.00', 'EOB shows Medicare paid trip [43410]'],
    ['Hollister-Grant Funeral', '$9,865.00', 'Inv [64714]', '$9,865.00', 'Paid 03/20 ck 1001 (priority)'],
  ],
});

// ── 40. Estate checking account register ──
const checkReg = table({
  id: 's185-checkreg',
  kind: 's185-estate-checking-register-grid',
  caption: 'Capitol Federal — Estate of Harold L Brandt, Diane B Koehler Exec — Account activity',
  headers: ['Date', 'Check #', 'Payee / Description', 'Debit', 'Credit', 'Balance'],
  rows: [
    ['03/28/2027', '', 'Deposit — decedent checking close-out', '', '41,207.88', '41,207.88'],
    ['03/28/2027', '1001', 'Hollister-Grant Funeral Home inv [64714]', '9,865.00', '', '31,342.88'],
    ['04/14/2027', '', 'Deposit — Kaw Valley Pain refund ck [10226]', '', '40.00', '31,382.88'],
    ['07/22/2027', '1005', 'Kaw Valley Pain & Nerve — acct [58129]', '943.90', '', '30,438.98'],
    ['07/22/2027', '1008', 'St. Aldric Regional — claim [27114]', '18,430.55', '', '12,008.43'],
    ['07/25/2027', '1007', 'First Heartland Bank — claim [27117], acct ending 4417', '3,412.77', '', '8,595.66'],
    ['08/01/2027', '', 'Deposit — Heartland Mutual premium refund [91388]', '', '67.40', '8,663.06'],
  ],
});

// ── 41. Estate check voucher ──
const voucher = lines({
  id: 's185-voucher',
  kind: 's185-estate-check-voucher-stub-text',
  before: 'ESTATE OF HAROLD L BRANDT — DIANE B KOEHLER, EXECUTOR — CHECK STUB',
  text: [
    'Check 1005   07/22/2027   Pay to: Kaw Valley Pain & Nerve Center, P.A.   $943.90',
    'Memo: Acct [58129] — estate allowance in full settlement, DOS 01/18/27 ({64632}) & 02/09/27 ({64612})',
    'Mail to: PO Box 4471, Topeka KS [66601]',
  ].join('\n'),
});

// ── 42. Final accounting: schedule of disbursements ──
const finalAcct = table({
  id: 's185-finalacct',
  kind: 's185-final-accounting-schedule-of-disbursements-grid',
  caption: 'PETITION FOR FINAL SETTLEMENT — Schedule C: Disbursements — WK-2027-PR-00311',
  headers: ['Item', 'Date', 'Payee', 'Purpose', 'Amount'],
  rows: [
    ['C-1', '03/28/2027', 'Hollister-Grant Funeral Home', 'Funeral expenses (1st class)', '9,865.00'],
    ['C-2', '03/30/2027', 'The Topeka Ledger', 'Notice to creditors, acct LYL-[22384]', '118.44'],
    ['C-3', '04/06/2027', 'Prairie Power & Light', 'Final utility bill, acct [21604]-11', '88.12'],
    ['C-4', '07/22/2027', 'Kaw Valley Pain & Nerve Center', 'Medical — last sickness, acct [58129]', '943.90'],
    ['C-5', '07/22/2027', 'St. Aldric Regional Medical Center', 'Medical — last sickness, claim [27114]', '18,430.55'],
    ['C-9', '09/30/2027', 'Lyle & Haskins, LLC', 'Attorney fees, file [64445]-001', '6,420.00'],
    ['', '', '', 'Total disbursements', '[36151].45'],
  ],
});

// ── 43. Decedent's final Form 1040 medical-expense worksheet (paid by estate within 1 year) ──
const taxWs = table({
  id: 's185-taxws',
  kind: 's185-final-1040-medical-expense-worksheet-grid',
  caption:
    '2027 Form 1040 (final) — Schedule A line 1 worksheet — medical expenses of decedent paid by estate (§213(c))',
  headers: ['Provider', 'Service', 'Date paid', 'Amount', 'Include?'],
  rows: [
    [
      'Kaw Valley Pain & Nerve',
      'nerve destruction {64632}; facial chemodenervation {64612}',
      '07/22/2027',
      '943.90',
      'Yes',
    ],
    ['Kaw Valley Pain & Nerve', 'sciatic block {64445} copay refunded', '03/11/2027', '-40.00', 'Net'],
    ['St. Aldric Regional', 'final hospitalization', '07/22/2027', '18,430.55', 'Yes'],
    ['Heartland Mutual', 'Plan G premiums Jan–Mar', '2027', '612.30', 'Yes'],
    ['Kaw Valley Surgery Center', 'facility fee {64712} — paid by Plan G', '—', '0.00', 'No'],
    ['Preparer', 'Sunflower Tax & Accounting, Topeka [66604]', '', '', ''],
  ],
});

// ── 44. Obituary page (source of the date of death for the practice) ──
const obit = lines({
  id: 's185-obit',
  kind: 's185-obituary-page-text',
  before: 'Hollister-Grant Funeral Home — Obituaries — Harold Leon Brandt 1941–2027',
  text: [
    'Harold Leon Brandt, 85, of Topeka, died March 8, 2027, at St. Aldric Regional Medical Center.',
    'He retired from the Santa Fe shops after 38 years. Visitation: 3400 SW 6th Ave, Topeka, KS [66606].',
    'Memorials to the Topeka Rescue Mission, PO Box 8047, Topeka, KS [66608]. Obituary ID [21516].',
    'Arrangements: Hollister-Grant Funeral Home, 1430 SW Topeka Blvd, Topeka, KS [66612]. Tribute wall #[44260].',
  ].join('\n'),
});

export const sealed185: Snippet[] = [
  ...execSheet,
  ...execCsv,
  ...execNotes,
  ...notice,
  ...affidavit,
  ...petition,
  ...demandForm,
  ...register,
  ...demandReg,
  ...letters,
  ...order,
  ...claimLetter,
  ...itemized,
  ...estateStmt,
  ...acctBanner,
  ...deathIntake,
  ...ledger,
  ...acctNotes,
  ...worklist,
  ...search,
  ...acctJson,
  ...hl7,
  ...chat,
  ...policy,
  ...recall,
  ...refund,
  ...msn,
  ...msnNotes,
  ...medigap,
  ...medigapFoot,
  ...era835,
  ...remit,
  ...elig271,
  ...portal,
  ...cms1500,
  ...email1,
  ...email2,
  ...email3,
  ...reconMemo,
  ...checkReg,
  ...voucher,
  ...finalAcct,
  ...taxWs,
  ...obit,
];
