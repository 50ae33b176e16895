import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 147 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s147-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64713, 64704, 64708, 64447, 64450, 69990, 76942, 95874, 01250, 99204, 99214, 85025, …).
 * The decoys are the patient's, the advocate's, the hospital's and the surgeon's ZIPs, PO boxes, case, account,
 * guarantor, statement, invoice, receipt, ticket, call, letter, appeal and grievance reference numbers, group numbers,
 * chargemaster (CDM) line numbers, amounts written without a comma in CSV exports and in the 837 view, and a
 * settlement number; about a third of them are numbers of the synthetic 10,000-code set (KNOWN_10K). The five known
 * codes' digits come back as decoys (42 times): the patient's ZIP, the hospital's PO box, the employer group number,
 * a payer appeal reference, a hospital ticket number, a chargemaster (CDM) number and a prompt-pay settlement number.
 *
 * Family: a (fictional) patient billing advocate, Harbor Lane Bill Advocates, working for one patient after a
 * right sciatic nerve neuroplasty with a sciatic nerve block at St. Brendan Regional Medical Center, an office
 * neurolysis of a Morton's neuroma at the surgeon's practice, and facial chemodenervation for hemifacial spasm at the
 * hospital's neurology clinic: the advocate's web intake form, its "bills you received" grid and the engagement
 * letter, the HIPAA authorization, the itemized bill request letter and the email to the surgeon's office, the
 * hospital's summary statement, the itemized bill as received (facility detail, neurology clinic detail, portal CSV),
 * the surgeon's ledger, the anesthesia group's statement, the CMS-1500 and UB-04 copies and the 837I the hospital
 * sent, the payer's EOB and member portal claim page, the advocate's audit worksheet (line grid, duplicate finder,
 * NCCI/unbundling notes, MUE units check, fair-price benchmark) and the audit summary to the client, the dispute
 * letters to the hospital and the surgeon's office and their replies, the payer's denial, the member appeal form and
 * the advocate's appeal letter, the appeal decision, the negotiation log, call notes and the email thread with
 * patient financial services, the settlement offer and the settlement confirmation, the payment receipt, the
 * advocate's fee invoice and savings calculation, and the client portal (dashboard, messages, documents, closing
 * report).
 * Built on real public layouts: hospital itemized statements (service date, revenue code, CDM/charge code,
 * CPT/HCPCS, description, quantity, charges), the CMS-1500 (box 24 lines A–J) and UB-04 (FL 42–47) text layers, an
 * X12 837I SV2 loop, payer EOBs and member portal claim detail pages, patient advocate engagement letters and fee
 * agreements (contingency on savings), the NCCI PTP and MUE tables as advocates quote them, the No Surprises
 * Act–era itemized bill request letters published by consumer groups, and state insurance department member appeal
 * forms. The others are written the way such pages read, with no single source.
 *
 * 391 labelled tokens over 42 shapes: 219 codes, 172 decoys, 59 of the decoys in KNOWN_10K.
 */

// ── 1. Advocate's web intake form, as filled (label: value lines) ──
const intake = lines({
  id: 's147-intake',
  kind: 's147-advocate-web-intake-form-text',
  before: 'Harbor Lane Bill Advocates — New Client Intake — Step 2 of 4: Your bills',
  text: [
    'Full name: Corinne M. Albrecht   Date of birth: 07/22/1979   Preferred contact: email',
    'Street: 118 Sycamore Ln   City: Ashby   State: MO   ZIP: [64445]',
    'Insurance: Heartland Mutual Health Plan PPO   Member ID: HMH884210937   Group #: [64714]',
    'What procedure(s) were you billed for? "nerve release surgery on my right leg 3/14 (they said CPT {64712})',
    'plus a nerve block, and a foot nerve injection at Dr. Ferreira\'s office ({64632})"',
    'Other bills: "Botox for face spasm at St. Brendan neurology 4/22, code {64612} on my statement"',
    'Total you have been billed (all providers): $19,264.58   Referral code (optional): [20412]',
    "How did you hear about us? Surgeon's office front desk   Intake ref. HL-[25118]",
  ].join('\n'),
});

// ── 2. Intake "bills you received" grid (client-filled table) ──
const intakeBills = table({
  id: 's147-intakebills',
  kind: 's147-intake-bills-received-grid',
  caption: 'List every bill you received. Copy the code column exactly as printed, if there is one.',
  headers: ['Provider', 'Date of service', 'Code on bill', 'Amount you owe', 'Account / ref #'],
  rows: [
    ['St. Brendan Regional Medical Center', '03/14/2025', '{64712}, {64445}', '$11,482.58', 'HAR 4418203'],
    ['Northland Nerve & Peripheral Surgery', '01/29/2025', '{64632}', '$1,168.00', '[31255]'],
    ['Northland Nerve & Peripheral Surgery', '03/14/2025', '{64712} RT', '$4,250.00', '[31255]'],
    ['Prairie Anesthesia Associates', '03/14/2025', '{01250}, {64445}', '$580.00', 'PAA-[70536]'],
    ['St. Brendan Neurology Clinic', '04/22/2025', '{64612}', '$1,784.00', 'HAR 4470911'],
  ],
});

// ── 3. Engagement letter / fee agreement, text layer ──
const engagement = lines({
  id: 's147-engage',
  kind: 's147-advocate-engagement-letter-text',
  before: 'HARBOR LANE BILL ADVOCATES, LLC · 9200 NW Prairie View Rd, Ste 210 · Parkhill, MO 64151',
  text: [
    'April 28, 2025   Case no. HL-[25118]',
    'Corinne M. Albrecht, 118 Sycamore Ln, Ashby, MO [64445]',
    'Dear Ms. Albrecht: Thank you for choosing Harbor Lane. This letter sets out the scope of our work.',
    'Scope: review of the St. Brendan account (surgery 03/14/2025, neuroplasty {64712}, block {64445}), the',
    'Northland Nerve & Peripheral Surgery account (office neurolysis {64632}; surgeon fee for {64712}), and the',
    'St. Brendan Neurology account (chemodenervation {64612}, 04/22/2025); appeals to Heartland Mutual as needed.',
    'Fee: $150 intake (credited) plus 25% of documented savings, capped at $4,000. No savings, no fee.',
    'Please sign and return by May 12. Our office: Parkhill, MO [64151]; phone 816-555-0148.',
  ].join('\n'),
});

// ── 4. HIPAA authorization form, text layer ──
const hipaa = lines({
  id: 's147-hipaa',
  kind: 's147-hipaa-authorization-release-form-text',
  before: 'AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION (45 CFR 164.508)',
  text: [
    'Patient: Corinne M. Albrecht   DOB 07/22/1979   Address: 118 Sycamore Ln, Ashby, MO [64445]',
    'I authorize: St. Brendan Regional Medical Center, 2100 E Meyer Ridge, Larkton, MO [64131];',
    '  Northland Nerve & Peripheral Surgery, PC, 640 NE Barry Rd, Ste 300, Larkton, MO [64155];',
    '  Heartland Mutual Health Plan, PO Box [63178], St. Louis, MO [63166]',
    'to disclose to: Harbor Lane Bill Advocates, LLC, Parkhill, MO [64151] (Tessa Marlowe, BCPA)',
    'Information: itemized bills, UB-04/CMS-1500 claim copies, EOBs, operative report for {64712} and {64445},',
    'procedure notes for {64632} and {64612}. Expires: 04/28/2026. Form HL-REL rev. [20138].',
  ].join('\n'),
});

// ── 5. Itemized bill request letter to the hospital, text layer ──
const ibRequest = lines({
  id: 's147-ibreq',
  kind: 's147-itemized-bill-request-letter-text',
  before: 'Harbor Lane Bill Advocates, LLC — April 30, 2025 — via fax 816-555-0190 and certified mail',
  text: [
    'St. Brendan Regional Medical Center, Patient Financial Services, PO Box [64612], Larkton, MO [64131]',
    'Re: Corinne M. Albrecht, DOB 07/22/1979, account (HAR) 4418203, date of service 03/14/2025',
    'On behalf of our client (authorization enclosed), we request a complete itemized bill for this',
    'account listing for every line: date of service, revenue code, charge (CDM) code, CPT/HCPCS code with',
    'modifiers, description, units, and charge. A summary by revenue code is not sufficient. Please include',
    'the UB-04 as billed to Heartland Mutual and any corrected claims. We note the summary statement lists',
    'CPT {64712} and {64445}; please also send the operative and anesthesia records for those services.',
    'Please place the account on billing hold for 30 days. Certified mail no. 7019 2280 0001 6458 3321.',
  ].join('\n'),
});

// ── 6. Email to the surgeon's office requesting the ledger ──
const surgEmail = lines({
  id: 's147-surgemail',
  kind: 's147-ledger-request-email-to-surgeon-office',
  before: 'From: Tessa Marlowe <tessa@harborlaneadvocates.example> To: billing@northlandnerve.example',
  text: [
    'Subject: Ledger request — Corinne Albrecht, acct [31255] — DOS 01/29/25 and 03/14/25',
    'Hi Monique, I am the patient advocate for Ms. Albrecht (signed HIPAA release attached).',
    'Could you send her full patient ledger with CPT codes, units and modifiers? I see {64632} x 2 on',
    '01/29 with {99214}-25, and the surgeon fee for {64712}-RT on 03/14 showing as patient responsibility',
    '(denied by Heartland, no auth). Auth was approved under Heartland ref. PA-250303-[40127].',
    'Thanks! Tessa Marlowe, BCPA · Harbor Lane Bill Advocates · Parkhill, MO [64151] · 816-555-0148',
  ].join('\n'),
});

// ── 7. Hospital summary statement (before itemizing), text layer ──
const summaryStmt = lines({
  id: 's147-summstmt',
  kind: 's147-hospital-summary-statement-text',
  before: 'ST. BRENDAN REGIONAL MEDICAL CENTER — PATIENT STATEMENT — Statement date 04/09/2025',
  text: [
    'Guarantor: Corinne M. Albrecht   Guarantor no. [70905]   Account 4418203   Page 1 of 1',
    'Service: 03/14/2025 Outpatient Surgery   Procedures: NEUROPLASTY SCIATIC ({64712}); NERVE BLOCK ({64445})',
    'Total charges $60,240.40   Insurance payments ($21,118.72)   Adjustments ($27,639.10)',
    'AMOUNT DUE $11,482.58   Due by 05/09/2025',
    'Make checks payable to St. Brendan RMC, PO Box [64612], Larkton, MO [64131]-0612',
    'Pay online: stbrendan.example/pay   Statement ID [31862]   Questions: 816-555-0177',
  ].join('\n'),
});

// ── 8. Itemized bill as received: facility detail, table ──
const itemized = table({
  id: 's147-itemized',
  kind: 's147-hospital-itemized-bill-facility-detail-grid',
  caption: 'DETAIL OF CHARGES — Account 4418203 — Albrecht, Corinne M — Admit/Service 03/14/2025',
  headers: ['Svc Date', 'Rev Cd', 'Chg Code', 'CPT/HCPCS', 'Description', 'Qty', 'Charges'],
  rows: [
    ['03/14/25', '0360', '[27118]', '{64712} RT', 'OR LVL 3 NEUROPLASTY SCIATIC NRV', '1', '14,880.00'],
    ['03/14/25', '0360', '[27118]', '{64712} RT', 'OR LVL 3 NEUROPLASTY SCIATIC NRV', '1', '14,880.00'],
    ['03/14/25', '0360', '[27121]', '{64714}', 'OR LVL 3 NEUROPLASTY LUMBAR PLEXUS', '1', '12,410.00'],
    ['03/14/25', '0360', '[27390]', '{69990}', 'OPERATING MICROSCOPE', '1', '2,150.00'],
    ['03/14/25', '0360', '[64712]', '{64445}', 'NERVE BLOCK SCIATIC SINGLE', '2', '4,636.00'],
    ['03/14/25', '0402', '[40236]', '{76942}', 'US GUIDE NEEDLE PLACEMENT', '1', '1,140.00'],
    ['03/14/25', '0370', '[30114]', '', 'ANESTHESIA GEN 90 MIN', '1', '3,960.00'],
    ['03/14/25', '0710', '[30410]', '', 'RECOVERY PH I 1ST HR', '1', '3,220.00'],
    ['03/14/25', '0300', '[51025]', '{85025}', 'CBC W AUTO DIFF', '1', '186.00'],
    ['03/14/25', '0301', '[51048]', '{80048}', 'BASIC METABOLIC PANEL', '1', '240.00'],
    ['03/14/25', '0300', '[51415]', '{36415}', 'VENIPUNCTURE ROUTINE', '1', '42.00'],
  ],
});

// ── 9. Itemized bill as received: neurology clinic detail, table ──
const itemizedNeuro = table({
  id: 's147-itemneuro',
  kind: 's147-hospital-itemized-bill-neurology-clinic-grid',
  caption: 'DETAIL OF CHARGES — Account 4470911 — St. Brendan Neurology Clinic (hospital-based) — 04/22/2025',
  headers: ['Date', 'Rev', 'CDM', 'Code', 'Mod', 'Description', 'Units', 'Amount'],
  rows: [
    ['04/22/2025', '0761', '[88612]', '{64612}', '50', 'CHEMODENERV FACIAL NERVE', '2', '$1,846.00'],
    ['04/22/2025', '0636', '[70585]', 'J0585', '', 'ONABOTULINUMTOXINA 1 UNIT', '50', '$1,650.00'],
    ['04/22/2025', '0922', '[88874]', '{95874}', '', 'NEEDLE EMG GUIDANCE CHEMODENERV', '1', '$410.00'],
    ['04/22/2025', '0510', '[20361]', 'G0463', '', 'HOSPITAL OUTPT CLINIC VISIT', '1', '$0.00'],
  ],
});

// ── 10. Itemized bill as portal CSV download, text layer ──
const itemCsv = lines({
  id: 's147-itemcsv',
  kind: 's147-hospital-portal-itemized-csv-download-text',
  before: 'MyStBrendan › Billing › Account 4418203 › Download itemization (CSV)',
  text: [
    'svc_date,rev_code,cdm,cpt_hcpcs,modifier,description,units,charge',
    '2025-03-14,0360,[27118],{64712},RT,OR LVL 3 NEUROPLASTY SCIATIC NRV,1,[14880].00',
    '2025-03-14,0360,[27118],{64712},RT,OR LVL 3 NEUROPLASTY SCIATIC NRV,1,[14880].00',
    '2025-03-14,0360,[27121],{64714},,OR LVL 3 NEUROPLASTY LUMBAR PLEXUS,1,[12410].00',
    '2025-03-14,0360,[27390],{69990},,OPERATING MICROSCOPE,1,2150.00',
    '2025-03-14,0360,[64712],{64445},,NERVE BLOCK SCIATIC SINGLE,2,4636.00',
    '2025-03-14,0402,[40236],{76942},,US GUIDE NEEDLE PLACEMENT,1,1140.00',
    '2025-03-14,0250,[50917],,,PHARMACY ROPIVACAINE 0.5% 30ML,1,612.40',
    'TOTAL,,,,,,,[60240].40',
  ].join('\n'),
});

// ── 11. Surgeon's office patient ledger, table ──
const ledger = table({
  id: 's147-ledger',
  kind: 's147-surgeon-office-patient-ledger-grid',
  caption: 'Northland Nerve & Peripheral Surgery, PC — Patient Ledger — Albrecht, Corinne — Acct 31255',
  headers: ['DOS', 'Proc', 'Mod', 'Units', 'Description', 'Charge', 'Ins Paid', 'Adj', 'Pt Bal'],
  rows: [
    ['01/08/2025', '{99204}', '', '1', 'New pt office visit, mod', '$385.00', '$214.60', '$170.40', '$0.00'],
    ['01/29/2025', '{99214}', '25', '1', 'Est pt office visit', '$265.00', '$0.00', '$0.00', '$265.00'],
    [
      '01/29/2025',
      '{64632}',
      'RT',
      '2',
      'Destr neurolytic plantar digital nerve',
      '$1,290.00',
      '$387.00',
      '$0.00',
      '$903.00',
    ],
    ['03/14/2025', '{64712}', 'RT', '1', 'Neuroplasty sciatic nerve', '$4,250.00', '$0.00', '$0.00', '$4,250.00'],
    ['03/24/2025', '{99024}', '', '1', 'Postop visit, global', '$0.00', '$0.00', '$0.00', '$0.00'],
    ['Stmt [31907]', '', '', '', 'Balance due from patient', '', '', '', '$5,418.00'],
  ],
});

// ── 12. Anesthesia group statement, text layer ──
const anesStmt = lines({
  id: 's147-anes',
  kind: 's147-anesthesia-group-statement-text',
  before: 'PRAIRIE ANESTHESIA ASSOCIATES — Statement — Account PAA-70536',
  text: [
    'Patient: Albrecht, Corinne   Facility: St. Brendan RMC   Surgeon: A. Ferreira, MD   DOS 03/14/2025',
    'Anesthesia for procedures on nerves of upper leg, CPT {01250}, base 4 units + 6 time units   $1,450.00',
    'Peripheral nerve block, sciatic, single injection, post-op pain, CPT {64445}-59   $690.00',
    'Heartland Mutual paid $1,120.00 on 04/04/2025 (claim ref. [63701]); deductible applied $580.00',
    'Patient balance: $580.00   Remit to: PO Box [24719], Kansas City, MO [64121]-0719',
  ].join('\n'),
});

// ── 13. CMS-1500 copy from the surgeon, text layer (box 24) ──
const cms1500 = lines({
  id: 's147-cms1500',
  kind: 's147-cms1500-claim-copy-text-layer',
  before: 'HEALTH INSURANCE CLAIM FORM — APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
  text: [
    "1a. INSURED'S I.D. NUMBER HMH884210937   11. INSURED'S POLICY GROUP OR FECA NUMBER [64714]",
    "5. PATIENT'S ADDRESS 118 SYCAMORE LN  ASHBY  MO  [64445]   23. PRIOR AUTHORIZATION NUMBER",
    '24A 03 14 25 03 14 25  B 22  C   D {64712} RT      E A   F 4250 00   G 1   J 1487620395',
    '24A 01 29 25 01 29 25  B 11  C   D {64632} RT      E B   F 1290 00   G 2   J 1487620395',
    '24A 01 29 25 01 29 25  B 11  C   D {99214} 25      E B   F 265 00    G 1   J 1487620395',
    "26. PATIENT'S ACCOUNT NO. [31255]   28. TOTAL CHARGE 5805 00   33. NORTHLAND NERVE LARKTON MO [64155]",
  ].join('\n'),
});

// ── 14. UB-04 copy from the hospital, text layer (FL 42–47) ──
const ub04 = lines({
  id: 's147-ub04',
  kind: 's147-ub04-claim-copy-text-layer',
  before: 'UB-04 CMS-1450 — 1 ST BRENDAN REGIONAL MEDICAL CENTER 2100 E MEYER RIDGE LARKTON MO',
  text: [
    '3a PAT CNTL # 4418203   4 TYPE OF BILL 0131   6 STATEMENT PERIOD 031425 031425',
    '0360 OR SERVICES                    {64712}RT      031425     1       [14880] 00',
    '0360 OR SERVICES                    {64712}RT      031425     1       [14880] 00',
    '0360 OR SERVICES                    {64714}        031425     1       [12410] 00',
    '0360 OR SERVICES                    {69990}        031425     1        2150 00',
    '0360 OR SERVICES                    {64445}        031425     2        4636 00',
    '0402 ULTRASOUND                     {76942}        031425     1        1140 00',
    '0001 TOTAL CHARGES                                 PAGE 1 OF 1      [60240] 40',
    "58 INSURED'S NAME ALBRECHT CORINNE M   62 INSURANCE GROUP NO. [64714]   63 TREATMENT AUTH CODES 250303",
  ].join('\n'),
});

// ── 15. 837I as sent, obtained from the hospital, text layer ──
const x837 = lines({
  id: 's147-x837',
  kind: 's147-x12-837i-claim-segments-text',
  before: 'Attachment C to PFS reply — 837I as transmitted 03/19/2025 (segment view)',
  text: [
    'CLM*4418203*[60240].4***13:B:1*Y*A*Y*Y~',
    'REF*G1*250303-[40127]~',
    'LX*1~SV2*0360*HC:{64712}:RT*[14880]*UN*1~DTP*472*D8*20250314~',
    'LX*2~SV2*0360*HC:{64712}:RT*[14880]*UN*1~DTP*472*D8*20250314~',
    'LX*3~SV2*0360*HC:{64714}*[12410]*UN*1~DTP*472*D8*20250314~',
    'LX*4~SV2*0360*HC:{69990}*2150*UN*1~',
    'LX*5~SV2*0360*HC:{64445}*4636*UN*2~',
    'LX*6~SV2*0402*HC:{76942}*1140*UN*1~',
    'N3*2100 E MEYER RIDGE~N4*LARKTON*MO*[64131]~',
  ].join('\n'),
});

// ── 16. Payer EOB (member), table ──
const eob = table({
  id: 's147-eob',
  kind: 's147-payer-explanation-of-benefits-grid',
  caption: 'Heartland Mutual Health Plan — Explanation of Benefits — This is not a bill',
  headers: ['Service', 'Code', 'Billed', 'Plan discount', 'Allowed', 'Plan paid', 'You owe', 'Note'],
  rows: [
    ['Outpatient surgery', '{64712}', '$14,880.00', '$6,402.20', '$8,477.80', '$5,382.24', '$3,095.56', 'D1'],
    ['Outpatient surgery', '{64712}', '$14,880.00', '$6,402.20', '$8,477.80', '$6,782.24', '$1,695.56', 'D1'],
    ['Outpatient surgery', '{64714}', '$12,410.00', '$5,339.30', '$7,070.70', '$5,656.56', '$1,414.14', ''],
    ['Operating microscope', '{69990}', '$2,150.00', '$2,150.00', '$0.00', '$0.00', '$0.00', 'N12'],
    ['Nerve block', '{64445}', '$4,636.00', '$1,994.20', '$2,641.80', '$2,113.44', '$528.36', ''],
    ['Claim no. [23619] 0419 55', '', '', '', '', '', '', ''],
  ],
});

// ── 17. Member portal claim detail page, text layer ──
const portalClaim = lines({
  id: 's147-portalclaim',
  kind: 's147-payer-member-portal-claim-detail-text',
  before: 'Heartland Mutual › Claims › Claim details',
  text: [
    'Provider: NORTHLAND NERVE & PERIPHERAL SURG   Date of service: 03/14/2025   Status: Denied',
    'Procedure code: {64712}   Modifier: RT   Billed: $4,250.00   Allowed: $0.00',
    'Denial reason: CO-197 Precertification/authorization absent   Remark: N54',
    'Claim number: 2025-0322-[70418]-01   Group: [64714]   Member: Corinne Albrecht',
    'Related authorization: none found for {64712} at this provider   Need help? Chat ref. [63904]',
  ].join('\n'),
});

// ── 18. Advocate's audit worksheet, line grid ──
const audit = table({
  id: 's147-audit',
  kind: 's147-advocate-audit-worksheet-line-grid',
  caption: 'AUDIT WORKSHEET — HL-25118 — St. Brendan acct 4418203 — reviewer T. Marlowe',
  headers: ['Ln', 'CDM', 'CPT', 'Units billed', 'Units supported', 'Charge', 'Finding', 'Action'],
  rows: [
    ['1', '[27118]', '{64712}-RT', '1', '1', '$14,880.00', 'OK — matches op note', '—'],
    ['2', '[27118]', '{64712}-RT', '1', '0', '$14,880.00', 'DUPLICATE of ln 1', 'Remove'],
    ['3', '[27121]', '{64714}', '1', '0', '$12,410.00', 'Not performed; op note = sciatic only', 'Remove'],
    ['4', '[27390]', '{69990}', '1', '0', '$2,150.00', 'Not separately reportable w/ {64712}', 'Remove'],
    ['5', '[64712]', '{64445}', '2', '1', '$4,636.00', 'Single injection; MUE 1', 'Reduce 1 unit'],
    ['6', '[40236]', '{76942}', '1', '0', '$1,140.00', 'Guidance included in {64445}', 'Remove'],
    ['9', '[51025]', '{85025}', '1', '1', '$186.00', 'OK', '—'],
  ],
});

// ── 19. Audit worksheet: duplicate finder tab, table ──
const dupFinder = table({
  id: 's147-dups',
  kind: 's147-audit-duplicate-line-finder-grid',
  caption: 'Tab 2 — Possible duplicates (same DOS + code + modifier) — all three accounts',
  headers: ['Account', 'DOS', 'Code', 'Mod', 'Lines', 'Count', 'Dup $', 'Verdict'],
  rows: [
    ['4418203', '03/14/2025', '{64712}', 'RT', '1, 2', '2', '$14,880.00', 'True duplicate'],
    ['4418203', '03/14/2025', '{64445}', '', '5', '1 line × 2 units', '$2,318.00', 'Units error, not dup'],
    ['[31255] (Northland)', '01/29/2025', '{64632}', 'RT', '2', '1 line × 2 units', '$645.00', 'One nerve injected'],
    ['4470911', '04/22/2025', '{64612}', '50', '1', '1 line × 2 units', '$923.00', 'Unilateral per note'],
    ['PAA-[70536]', '03/14/2025', '{64445}', '59', '1', '1', '—', 'Separate provider; OK'],
  ],
});

// ── 20. Audit worksheet: NCCI / unbundling notes, text layer ──
const ncciNotes = lines({
  id: 's147-ncci',
  kind: 's147-audit-ncci-unbundling-notes-text',
  before: 'Tab 3 — Unbundling notes (NCCI PTP, Hospital OPPS edits, v31.1)',
  text: [
    '• {76942} with {64445}: since the 2020 revision the sciatic block descriptor includes imaging guidance;',
    '  do not report {76942} separately. Hospital line 6 ($1,140.00) should come off.',
    '• {69990} with {64712}: microscope is not on the CPT list of codes that may be reported with {69990};',
    '  NCCI column 1/column 2 pair, modifier indicator 0. Remove line 4 ($2,150.00).',
    '• {99214}-25 with {64632} on 01/29: note documents only the decision to inject (already chosen on',
    '  01/08 at the {99204} visit). No significant, separately identifiable E/M → dispute $265.00.',
    '• {95874} with {64612}: allowed add-on; keep. {64612} is unilateral; modifier 50 / 2 units is wrong.',
    'Source cited to provider: NCCI PTP file, practitioner table rows for {64445}/{76942}; worksheet rev [12095].',
  ].join('\n'),
});

// ── 21. Audit worksheet: MUE units check, table ──
const mue = table({
  id: 's147-mue',
  kind: 's147-audit-mue-units-check-grid',
  caption: 'Tab 4 — Units vs. Medically Unlikely Edits (MUE) — OPH / PRA tables',
  headers: ['HCPCS/CPT', 'MUE (OPH)', 'MAI', 'Billed', 'Over', 'Note'],
  rows: [
    ['{64445}', '1', '2', '2', '+1', 'Hospital line 5'],
    ['{64612}', '1', '2', '2', '+1', 'Neuro clinic, mod 50 not valid'],
    ['{64632}', '1', '2', '2', '+1', 'Northland 01/29, one neuroma'],
    ['{64712}', '1', '2', '2 lines', '+1', 'Duplicate line'],
    ['{64714}', '1', '2', '1', '—', 'Billed but not performed'],
    ['{95874}', '1', '3', '1', '—', 'OK'],
  ],
});

// ── 22. Fair-price benchmark, table ──
const benchmark = table({
  id: 's147-bench',
  kind: 's147-audit-fair-price-benchmark-grid',
  caption: 'Tab 5 — Benchmarks, Kansas City locality (Medicare OPPS + PFS 2025, 250% ref. price)',
  headers: ['Code', 'Setting', 'Medicare', '250% ref.', 'Billed', 'Billed/ref.'],
  rows: [
    ['{64712}', 'HOPD facility (APC 5432)', '$5,610.18', '$14,025.45', '$14,880.00', '1.06'],
    ['{64712}', 'Surgeon (PFS, 090 global)', '$1,048.27', '$2,620.68', '$4,250.00', '1.62'],
    ['{64445}', 'HOPD facility (APC 5442)', '$812.09', '$2,030.23', '$2,318.00 /unit', '1.14'],
    ['{64632}', 'Office (PFS, non-facility)', '$214.96', '$537.40', '$645.00 /unit', '1.20'],
    ['{64612}', 'HOPD facility (APC 5441)', '$398.51', '$996.28', '$923.00 /unit', '0.93'],
    ['Locality [00101] · file pulled 05/02/2025 · lookup id [63098]', '', '', '', '', ''],
  ],
});

// ── 23. Audit summary memo to the client, text layer ──
const auditSummary = lines({
  id: 's147-auditsum',
  kind: 's147-audit-summary-memo-to-client-text',
  before: 'To: Corinne Albrecht · From: Tessa Marlowe, BCPA · Re: What we found in your bills · May 6, 2025',
  text: [
    'Short version: of the $60,240.40 St. Brendan charged for your surgery, $32,898.00 should not be there.',
    '1. Your nerve release (CPT {64712}) was charged twice — same line, same price, $14,880.00 each.',
    '2. A second surgery code, {64714} (lumbar plexus), was charged but your operative report shows only the',
    '   sciatic nerve. 3. The block ({64445}) was charged for 2 units; you had one injection.',
    '4. Ultrasound ({76942}) and the microscope ({69990}) are included in the main procedures.',
    "Dr. Ferreira's office: {64632} billed as 2 units and an office visit {99214} we will dispute; their fee",
    'for {64712} was denied for "no authorization", but Heartland approved PA-250303-[40127]. We will appeal.',
    'Your case number is HL-[25118]; log in to the client portal to see each letter as it goes out.',
  ].join('\n'),
});

// ── 24. Dispute letter to the hospital, text layer ──
const disputeHosp = lines({
  id: 's147-disphosp',
  kind: 's147-billing-dispute-letter-to-hospital-text',
  before: 'VIA CERTIFIED MAIL AND FAX — May 7, 2025 — Harbor Lane Bill Advocates, LLC, Parkhill, MO 64151',
  text: [
    'St. Brendan Regional Medical Center, Attn: Billing Compliance, PO Box [64612], Larkton, MO [64131]',
    'Re: Formal billing dispute — Corinne M. Albrecht — HAR 4418203 — DOS 03/14/2025 — our ref. HL-[25118]',
    'We dispute the following lines of the itemized bill dated 05/01/2025:',
    '  (a) Line 2, CDM [27118], CPT {64712}-RT, $14,880.00 — exact duplicate of line 1.',
    '  (b) Line 3, CDM [27121], CPT {64714}, $12,410.00 — lumbar plexus neuroplasty not documented.',
    '  (c) Line 4, CPT {69990}, $2,150.00 and line 6, CPT {76942}, $1,140.00 — not separately reportable.',
    '  (d) Line 5, CPT {64445} x 2 units — one injection documented; reduce to 1 unit ($2,318.00).',
    'Please submit a corrected claim (TOB 0137) to Heartland Mutual, group [64714], and rebill the patient.',
    'Please also correct neurology account 4470911: {64612} with modifier 50 x 2 units should be 1 unit.',
  ].join('\n'),
});

// ── 25. Dispute letter to the surgeon's office, text layer ──
const disputeSurg = lines({
  id: 's147-dispsurg',
  kind: 's147-billing-dispute-letter-to-surgeon-office-text',
  before: 'Harbor Lane Bill Advocates, LLC — May 8, 2025 — sent via practice portal and email',
  text: [
    'Northland Nerve & Peripheral Surgery, PC, Attn: Billing Manager, 640 NE Barry Rd, Ste 300, Larkton, MO [64155]',
    'Re: Corinne Albrecht — account [31255] — statement [31907]',
    '1. 01/29/2025, {64632}-RT x 2 units: the procedure note describes one injection into the third',
    '   intermetatarsal space. Please correct to 1 unit and refund or rebill the difference ($645.00).',
    '2. 01/29/2025, {99214}-25: please provide documentation of a separate E/M service or remove it.',
    '3. 03/14/2025, {64712}-RT: Heartland shows authorization PA-250303-[40127] approved 03/03/2025 for',
    '   {64712} at your practice (TIN on file). Please add the authorization number in box 23 and resubmit;',
    '   do not bill Ms. Albrecht for this service while the claim is reprocessed. Our tracking no. [20887].',
  ].join('\n'),
});

// ── 26. Hospital billing office reply, text layer ──
const hospReply = lines({
  id: 's147-hospreply',
  kind: 's147-hospital-billing-office-reply-letter-text',
  before: 'ST. BRENDAN REGIONAL MEDICAL CENTER — Patient Financial Services — May 21, 2025',
  text: [
    'Dear Ms. Marlowe: We reviewed the account for Corinne Albrecht (HAR 4418203) per your letter of May 7.',
    'Line 2 ({64712}, CDM [27118]) was a duplicate charge posted by the OR interface and has been reversed.',
    'Line 3 ({64714}) was posted in error by OR charge capture; no second procedure was performed. Reversed.',
    'Coding review agrees that {76942} is included in {64445}; the second unit of {64445} is reversed.',
    'We respectfully decline to remove {69990}; our coding staff will re-review. Ticket no. [64632].',
    'A corrected claim (TOB 0137) was sent to Heartland Mutual on 05/20/2025. Interim balance: hold.',
    'Account 4470911: {64612} corrected to 1 unit, no modifier. Reply to PO Box [64612], Larkton, MO [64131].',
  ].join('\n'),
});

// ── 27. Surgeon's office corrected statement, text layer ──
const surgCorrected = lines({
  id: 's147-surgcorr',
  kind: 's147-surgeon-office-corrected-statement-text',
  before: 'Northland Nerve & Peripheral Surgery, PC — REVISED STATEMENT — 06/02/2025',
  text: [
    'Account [31255]   Patient: Albrecht, Corinne   Previous balance $5,418.00',
    '01/29/25  {64632}-RT  units corrected 2 → 1           credit  ($645.00)',
    '01/29/25  {99214}-25  removed after coding review     credit  ($265.00)',
    '03/14/25  {64712}-RT  resubmitted w/ auth; ins paid   credit  ($3,471.60)',
    'New balance $1,036.40   Pay by 07/02/2025   Statement [32218]   Larkton, MO [64155]',
  ].join('\n'),
});

// ── 28. Payer denial letter, text layer ──
const denial = lines({
  id: 's147-denial',
  kind: 's147-payer-adverse-determination-letter-text',
  before: 'HEARTLAND MUTUAL HEALTH PLAN — NOTICE OF ADVERSE BENEFIT DETERMINATION — 04/11/2025',
  text: [
    'Member: Corinne M. Albrecht   Member ID: HMH884210937   Group: [64714]',
    'Provider: Northland Nerve & Peripheral Surgery   Date of service: 03/14/2025   Claim: 2025-0322-[70418]-01',
    'Service denied: NEUROPLASTY MAJOR PERIPHERAL NERVE, SCIATIC (CPT {64712}), modifier RT, billed $4,250.00',
    'Reason: Prior authorization was required and was not obtained for this service.',
    'You have 180 days to appeal. Send appeals to: Member Appeals, PO Box [63178], St. Louis, MO [63166].',
    'Language assistance: 1-800-555-0166 (TTY 711). Letter ID [70628].',
  ].join('\n'),
});

// ── 29. Member appeal form, as filled, table (form fields) ──
const appealForm = table({
  id: 's147-appealform',
  kind: 's147-payer-member-appeal-request-form-grid',
  caption: 'Heartland Mutual — Member Appeal / Grievance Request Form (complete all fields)',
  headers: ['Field', 'Entry'],
  rows: [
    ['Member name / ID', 'Corinne M. Albrecht / HMH884210937'],
    ['Group number', '[64714]'],
    ['Member mailing ZIP', '[64445]'],
    ['Claim number(s)', '2025-0322-[70418]-01'],
    ['Procedure code(s) in dispute', '{64712}-RT'],
    ['Authorized representative', 'Tessa Marlowe, BCPA, Harbor Lane Bill Advocates, Parkhill, MO [64151]'],
    ['Reason for appeal', 'Auth PA-250303-[40127] approved 03/03/2025 for {64712}; claim filed without it'],
    ['Denial letter ID', '[70628]'],
  ],
});

// ── 30. Advocate's appeal letter, text layer ──
const appealLetter = lines({
  id: 's147-appeal',
  kind: 's147-advocate-first-level-appeal-letter-text',
  before: 'FIRST-LEVEL MEMBER APPEAL — Heartland Mutual Health Plan, Member Appeals, PO Box 63178, St. Louis, MO',
  text: [
    'Re: Corinne M. Albrecht, HMH884210937, group [64714], claim 2025-0322-[70418]-01, DOS 03/14/2025',
    "I am Ms. Albrecht's authorized representative (designation form enclosed). We appeal the denial of CPT",
    '{64712}-RT (neuroplasty, sciatic nerve) under CARC 197. Your own utilization management system approved',
    'this procedure on 03/03/2025, authorization PA-250303-[40127], for {64712} and the facility services',
    '({64712}, {64445}) at St. Brendan RMC. The facility claim paid against that authorization on 04/02/2025',
    "(claim [23619] 0419 55). The surgeon's claim simply omitted the number in box 23.",
    'Enclosures: authorization approval letter; operative report (procedure: neuroplasty {64712}; block {64445}',
    'by anesthesia); facility EOB; designation of representative. Please reply to Parkhill, MO [64151].',
  ].join('\n'),
});

// ── 31. Appeal decision letter, text layer ──
const appealDecision = lines({
  id: 's147-appealdec',
  kind: 's147-payer-appeal-decision-overturned-letter-text',
  before: 'HEARTLAND MUTUAL HEALTH PLAN — APPEAL DECISION — 05/29/2025',
  text: [
    'Appeal reference: AP-25-[64712]   Member: Corinne M. Albrecht   Representative: Tessa Marlowe',
    'Decision: OVERTURNED. The denial of CPT {64712} (RT) on 03/14/2025 is reversed. Authorization',
    'PA-250303-[40127] covered this service. The claim will be reprocessed within 30 days.',
    'Allowed amount for {64712}: $1,298.00; applied to coinsurance: $259.60; plan payment: $1,038.40.',
    'Reviewer: R. Okonkwo, RN, Appeals Nurse   Grievance file [70347]',
  ].join('\n'),
});

// ── 32. Negotiation log, table ──
const negLog = table({
  id: 's147-neglog',
  kind: 's147-advocate-negotiation-log-grid',
  caption: 'NEGOTIATION LOG — HL-25118 — St. Brendan RMC and Northland Nerve',
  headers: ['Date', 'Who', 'Contact', 'Ref #', 'Code(s) discussed', 'Notes', 'Next'],
  rows: [
    [
      '05/14/2025',
      'St. Brendan PFS',
      'Lena (ext 4417)',
      '[64632]',
      '{64712} dup, {64714}',
      'Will route to coding',
      '05/21',
    ],
    ['05/21/2025', 'St. Brendan PFS', 'Lena', '[64632]', '{69990}', 'Declined; "coding re-review"', '05/28'],
    ['05/28/2025', 'St. Brendan coding', 'D. Pruitt, CCS', '[31862]', '{69990} {64712}', 'Agreed to remove', 'Rebill'],
    ['06/04/2025', 'Northland billing', 'Monique', '[20887]', '{64632} {99214}', 'Corrected, stmt [32218]', 'Pay'],
    ['06/18/2025', 'St. Brendan PFS', 'Lena', '[64632]', '—', 'New bal $4,806.20; asked 25% prompt-pay', '06/25'],
    [
      '06/25/2025',
      'St. Brendan PFS',
      'Supervisor A. Voss',
      '[70059]',
      '—',
      'Offer $3,605.00 if paid by 07/15',
      'Client OK',
    ],
  ],
});

// ── 33. Advocate call notes, text layer ──
const callNotes = lines({
  id: 's147-callnotes',
  kind: 's147-advocate-call-notes-freeform-text',
  before: 'Call notes — T. Marlowe — HL-25118',
  text: [
    '5/14 10:42a PFS Lena, call id [30552]. Confirmed 2 lines of {64712} same CDM → she sees it, "interface',
    '  double-post". I read her the op note: sciatic nerve only, no lumbar plexus, so {64714} line is bogus.',
    '5/21 2:15p Lena again: dup {64712} + {64714} reversed; {69990} "stays per coding". Asked for coder.',
    '5/28 9:05a D. Pruitt CCS: agrees microscope not reportable w/ {64712}, will remove + send corrected',
    '  claim. Also fixing neuro acct: {64612} 2u → 1u. Her direct ext 4-6120, ticket [64632].',
    '6/25 11:30a A. Voss: balance after Heartland reprocess $4,806.20; 25% prompt pay → $3,605.00 by 7/15.',
    '  Settlement no. [64445] to be quoted on payment. Sending written offer today.',
  ].join('\n'),
});

// ── 34. Email thread with patient financial services, text layer ──
const pfsEmail = lines({
  id: 's147-pfsemail',
  kind: 's147-patient-financial-services-email-thread',
  before: 'Thread: RE: RE: Albrecht HAR 4418203 — corrected claim status [secure]',
  text: [
    'From: Lena Cho <lcho@stbrendan.example>  Sent: Wednesday, June 18, 2025 3:02 PM',
    'Hi Tessa, Heartland processed the corrected claim (ICN 2025-0520-[10221]-00). Lines now billed:',
    '  {64712}-RT x1 $14,880.00; {64445} x1 $2,318.00; labs {85025} {80048} {36415}; OR/recovery/pharmacy.',
    '  Patient responsibility per the 835: $4,806.20 (deductible $3,000.00 + coinsurance).',
    'Neurology 4470911 rebilled: {64612} x1, {95874} x1, J0585 x50. Ticket [64632] closed.',
    '> From: Tessa Marlowe  Sent: June 17, 2025 — any update on the corrected claim for ticket [64632]?',
    'Lena Cho | Patient Financial Services | St. Brendan RMC | PO Box [64612] | Larkton, MO [64131]',
  ].join('\n'),
});

// ── 35. Settlement offer letter from the hospital, text layer ──
const settleOffer = lines({
  id: 's147-settleoffer',
  kind: 's147-hospital-prompt-pay-settlement-offer-letter-text',
  before: 'ST. BRENDAN REGIONAL MEDICAL CENTER — June 25, 2025',
  text: [
    'Re: Account 4418203 — Corinne M. Albrecht — Settlement no. [64445]',
    'After the corrected claim for CPT {64712} and {64445} was adjudicated, the patient balance is $4,806.20.',
    'St. Brendan will accept $3,605.00 as payment in full if received on or before July 15, 2025.',
    'This offer does not apply to account 4470911 ({64612}), which has a separate balance of $1,784.00.',
    'Remit to PO Box [64612], Larkton, MO [64131]-0612, referencing settlement no. [64445].',
  ].join('\n'),
});

// ── 36. Settlement confirmation letter from the advocate, text layer ──
const settleConfirm = lines({
  id: 's147-settleconf',
  kind: 's147-advocate-settlement-confirmation-letter-text',
  before: 'Harbor Lane Bill Advocates — Settlement confirmation — July 1, 2025',
  text: [
    'To: A. Voss, St. Brendan RMC PFS   cc: Corinne Albrecht   Our ref. HL-[25118]   Your settlement no. [64445]',
    "This confirms St. Brendan's agreement that $3,605.00, paid by 07/15/2025, resolves HAR 4418203 in full",
    '(services 03/14/2025 including CPT {64712}, {64445}, {85025}, {80048} and {36415}), that no further',
    'statements will issue, and that the account will not be referred to collections or reported.',
    'Payment sent 07/01/2025 by bank bill pay, confirmation [87211]. Please send a zero-balance letter.',
  ].join('\n'),
});

// ── 37. Payment receipt / zero-balance letter, text layer ──
const receipt = lines({
  id: 's147-receipt',
  kind: 's147-hospital-payment-receipt-zero-balance-text',
  before: 'St. Brendan RMC — PAYMENT RECEIPT',
  text: [
    'Receipt no. [40517]   Date posted 07/03/2025   Account 4418203   Guarantor no. [70905]',
    'Payment $3,605.00   Settlement adjustment $1,201.20   Balance $0.00',
    'Services: 03/14/2025 OUTPT SURG — {64712} RT, {64445}',
    'PO Box [64612] · Larkton, MO [64131] · Thank you.',
  ].join('\n'),
});

// ── 38. Advocate fee invoice, table ──
const feeInvoice = table({
  id: 's147-feeinv',
  kind: 's147-advocate-fee-invoice-grid',
  caption: 'INVOICE — Harbor Lane Bill Advocates, LLC — Bill to: Corinne M. Albrecht, Ashby, MO',
  headers: ['Item', 'Account / codes', 'Billed before', 'Final', 'Savings', 'Fee 25%'],
  rows: [
    ['St. Brendan surgery', 'HAR 4418203 — {64712}, {64445}', '$11,482.58', '$3,605.00', '$7,877.58', '$1,969.40'],
    [
      'Northland surgeon & office',
      'Acct [31255] — {64712}, {64632}, {99214}',
      '$5,418.00',
      '$1,036.40',
      '$4,381.60',
      '$1,095.40',
    ],
    ['Neurology clinic', 'HAR 4470911 — {64612}', '$1,784.00', '$1,322.50', '$461.50', '$115.38'],
    ['Less intake fee paid', '', '', '', '', '($150.00)'],
    ['Invoice no. [20510]', 'ZIP [64445]', '', 'TOTAL', '$12,720.68', '$3,030.18'],
  ],
});

// ── 39. Savings calculation page attached to the invoice, text layer ──
const savings = lines({
  id: 's147-savings',
  kind: 's147-advocate-savings-calculation-statement-text',
  before: 'Attachment to invoice 20510 — How your savings were calculated',
  text: [
    'St. Brendan: removed duplicate {64712} ($14,880.00), {64714} ($12,410.00), {69990} ($2,150.00),',
    '  {76942} ($1,140.00) and one unit of {64445} ($2,318.00) from charges; patient share fell from',
    '  $11,482.58 to $4,806.20; prompt-pay settlement [64445] brought it to $3,605.00.',
    'Northland: {64632} 1 unit (−$645.00), {99214}-25 removed (−$265.00), {64712} paid on appeal AP-25-[64712].',
    'Neurology: {64612} 1 unit instead of 2; coinsurance on corrected claim $1,322.50.',
    'Fee cap of $4,000 not reached. Pay online (invoice [20510]) or mail to Parkhill, MO [64151].',
  ].join('\n'),
});

// ── 40. Client portal case dashboard, text layer ──
const portalDash = lines({
  id: 's147-portaldash',
  kind: 's147-client-portal-case-dashboard-text',
  before: 'Harbor Lane Client Portal · Welcome back, Corinne',
  text: [
    'Case HL-[25118] · Status: Closing · Advocate: Tessa Marlowe, BCPA',
    'St. Brendan surgery (HAR 4418203) · {64712} {64445} · Settled $3,605.00 · ✓ Paid 07/01',
    'Northland Nerve (acct [31255]) · {64632} {64712} · Corrected · balance $1,036.40',
    'Neurology clinic (HAR 4470911) · {64612} · Corrected to 1 unit · balance $1,322.50',
    'Heartland appeal AP-25-[64712] · {64712} · Overturned 05/29',
    'Open invoice [20510] · $3,030.18 · due 08/15/2025',
  ].join('\n'),
});

// ── 41. Client portal secure messages (chat), text layer ──
const portalChat = lines({
  id: 's147-portalchat',
  kind: 's147-client-portal-secure-messages-chat',
  before: 'Messages · Case HL-25118',
  text: [
    'Corinne 6/26 8:14 PM: Is $3,605 really the final number? the letter says settlement [64445], is that a code?',
    "Tessa 6/27 9:02 AM: No — [64445] is just their settlement number (funny, it's also your ZIP). The nerve",
    "  block code on your bill is {64445} too, coincidence. Pay $3,605.00 by 7/15 and it's done.",
    'Corinne 6/27 9:10 AM: ok. and the foot one {64632}, do I still owe Dr F anything?',
    'Tessa 6/27 9:31 AM: Yes, $1,036.40 after corrections. The surgeon fee ({64712}) was paid on appeal.',
  ].join('\n'),
});

// ── 42. Client portal documents list and closing report, table ──
const portalDocs = table({
  id: 's147-portaldocs',
  kind: 's147-client-portal-documents-list-grid',
  caption: 'Documents · Case HL-25118 · sorted by date',
  headers: ['Date', 'Document', 'From', 'Codes mentioned', 'Doc #'],
  rows: [
    ['04/28/2025', 'Engagement letter (signed)', 'Harbor Lane', '—', '[20456]'],
    ['05/01/2025', 'Itemized bill HAR 4418203', 'St. Brendan', '{64712} {64714} {69990} {64445} {76942}', '[20457]'],
    ['05/06/2025', 'Audit summary', 'Harbor Lane', '{64712} {64714} {64445} {64632} {64612}', '[20458]'],
    ['05/29/2025', 'Appeal decision AP-25-[64712]', 'Heartland Mutual', '{64712}', '[20471]'],
    ['07/03/2025', 'Zero-balance letter', 'St. Brendan', '{64712} {64445}', '[20473]'],
    ['07/08/2025', 'Closing report & invoice', 'Harbor Lane', '{64612}', '[20474]'],
  ],
});

export const sealed147: Snippet[] = [
  ...intake,
  ...intakeBills,
  ...engagement,
  ...hipaa,
  ...ibRequest,
  ...surgEmail,
  ...summaryStmt,
  ...itemized,
  ...itemizedNeuro,
  ...itemCsv,
  ...ledger,
  ...anesStmt,
  ...cms1500,
  ...ub04,
  ...x837,
  ...eob,
  ...portalClaim,
  ...audit,
  ...dupFinder,
  ...ncciNotes,
  ...mue,
  ...benchmark,
  ...auditSummary,
  ...disputeHosp,
  ...disputeSurg,
  ...hospReply,
  ...surgCorrected,
  ...denial,
  ...appealForm,
  ...appealLetter,
  ...appealDecision,
  ...negLog,
  ...callNotes,
  ...pfsEmail,
  ...settleOffer,
  ...settleConfirm,
  ...receipt,
  ...feeInvoice,
  ...savings,
  ...portalDash,
  ...portalChat,
  ...portalDocs,
];
