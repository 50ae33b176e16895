import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 186 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s186-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (chemodenervation 64642/64643/64645, 95874, 64450, 64640, 01250, 01991, 29405, 97110, 97530,
 * 76942, 99213, 64455, 20550). A voided or miscoded line (64714 billed in error) is still a code. About a third of the
 * decoys are numbers of the synthetic 10,000-code set (KNOWN_10K): the Wisconsin ZIPs of the parents, the court clerk
 * and the hospital, the hospital guarantor account, the primary plan's group number, PO boxes and a claim number. The
 * five known codes' digits come back as decoys: a co-parenting app request number, a hospital billing inquiry and
 * ticket number, a Zelle confirmation, the secondary insurer's COB PO box and COB reference, an FSA claim number, a
 * hospital statement id, a court e-filing envelope, a law firm invoice, a prior-authorization case number, a podiatry
 * check number and a child support agency receipt.
 *
 * Family: divorced parents splitting a child's medical expenses after the child's spasticity and nerve procedures
 * (chemodenervation, nerve blocks, neurolysis). One (fictional) story: Camila Silva and Derek Brandt (Walworth County,
 * Wisconsin, case 2021FA000219) split unreimbursed medical expenses 60/40 under ¶ 9(c) of their judgment for Mateo
 * (9, spastic diplegic cerebral palsy: botulinum toxin chemodenervation, obturator block and phenol neurolysis, sciatic
 * neuroplasty first miscoded as lumbar plexus, sciatic block by anesthesia, facial chemodenervation) and his sister
 * Sofia (interdigital neuroma neurolysis). Pages: the co-parenting app (expense log, request card, message thread,
 * attachment OCR preview, payment confirmation, weekly email digest, CSV export, API JSON, attached UB-04 and
 * procedure note), the judgment's medical clause and the stipulation amending it, the mother's primary plan (EOB
 * grid and header, other-coverage questionnaire, prior authorization, member claims list), the father's secondary plan
 * (COB letter, secondary EOB, raw 835), the children's hospital (guarantor statement, itemized bill, correction letter,
 * price estimate, portal billing page, payment plan), physician, anesthesia and podiatry bills, the mother's FSA
 * claim, a bank transfer history, the paralegal's ledger (grid and pasted TSV), insurer call log and time entries, the
 * demand letter, opposing counsel's reply, the motion's exhibit index, affidavit and Exhibit B chart, the e-filing
 * receipt, the court record events and the child support agency statement.
 * Built on real public layouts: OurFamilyWizard's Expense Log and TalkingParents' Accountable Payments (request
 * number, split percentage, status, attachments, messages that cannot be edited), Wisconsin circuit court judgments of
 * divorce (health insurance and variable expense paragraphs), Wisconsin Circuit Court Access (CCAP) court record
 * events and the Wisconsin eFiling receipt, the Wisconsin KIDS child support account statement, commercial EOBs and
 * COB "other coverage" questionnaires (NAIC birthday/court-order rules), the CMS UB-04 form locators, X12 835 CLP/SVC/CAS
 * segments, Epic MyChart billing summaries and hospital itemized statements with revenue codes, hospital price
 * estimator pages, and Zelle activity lists. The others are written the way those pages read, with no single source.
 *
 * 367 labelled tokens over 44 shapes: 223 codes (102 of the five known codes), 144 decoys, 48 of the decoys in
 * KNOWN_10K (23 of them reuse the known codes' digits).
 */

// ── 1. Co-parenting app expense log, grid ──
const appLog = table({
  id: 's186-applog',
  kind: 's186-coparent-app-expense-log-grid',
  caption: 'CoParent Ledger — Expenses — Mateo (child) — Filter: Medical · 2025',
  headers: ['Date', 'Request #', 'Description', 'Amount', 'Your share', 'Status'],
  rows: [
    ['01/22/2025', '[40803]', 'Botox legs ({64642} + {64643}) St. Brigid — EOB attached', '$712.40', '$427.44', 'Paid'],
    ['04/09/2025', '[41197]', 'Obturator block {64450} + phenol {64640}, Dr. Aune', '$1,106.18', '$663.71', 'Disputed'],
    [
      '06/17/2025',
      '[64712]',
      'Sciatic nerve release surgery (hospital + surgeon)',
      '$2,940.00',
      '$1,764.00',
      'Pending',
    ],
    ['06/17/2025', '[41559]', 'Anesthesia incl. sciatic block {64445}', '$486.20', '$291.72', 'Pending'],
    ['08/28/2025', '[41960]', 'Facial botox {64612} + legs {64642}', '$655.35', '$393.21', 'Approved'],
    ['09/03/2025', '[42306]', 'Sofia — foot nerve injection {64632} (Lakeland F&A)', '$148.00', '$88.80', 'Paid'],
    [
      '09/12/2025',
      '[42419]',
      'Casting {29405} x2 + PT, St. Brigid Rehab (receipt R-[90118])',
      '$96.00',
      '$57.60',
      'Paid',
    ],
    ['09/24/2025', '[42634]', 'Sofia — injection #3 {64632}, claim [33693]', '$148.00', '$88.80', 'Pending'],
  ],
});

// ── 2. App expense request detail card, text ──
const appRequest = lines({
  id: 's186-appreq',
  kind: 's186-coparent-app-expense-request-detail-text',
  before: 'Expense Request #64712 · Created by Camila Silva · 06/17/2025 8:41 PM',
  text: [
    'Request #[64712]   Category: Medical – Surgery   Child: Mateo S.-B.   Split: 60% Derek / 40% Camila',
    'Description: Right sciatic nerve neurolysis (CPT {64712}) at St. Brigid Children’s, DOS 06/02/2025.',
    'Total out of pocket after both insurances: $2,940.00   Requested from Derek: $1,764.00',
    'Attachments (3): Lakeshore EOB claim [26697]  ·  Meridian EOB  ·  St. Brigid itemized bill acct [53168]',
    'Note: hospital first billed this as {64714} (lumbar plexus). Corrected claim filed 06/30; amounts below are after correction.',
    'Due by 07/17/2025 per Order ¶ 9(c). Status: Pending — Derek viewed 06/18/2025 7:02 AM',
  ].join('\n'),
});

// ── 3. App message thread, text ──
const appThread = lines({
  id: 's186-appthread',
  kind: 's186-coparent-app-message-thread-text',
  before: 'Messages — Subject: Mateo June surgery bills — Thread ID 7731 — messages cannot be edited or deleted',
  text: [
    'Derek Brandt 06/18/2025 7:15 AM: Why is there a lumbar plexus charge ({64714})? Mateo had surgery on his leg.',
    'Camila Silva 06/18/2025 9:40 AM: It was a coding error. The surgeon did {64712} only. St. Brigid is fixing it (ticket [64714]).',
    'Derek Brandt 06/18/2025 9:52 AM: And the anesthesia block? I already paid for a {64445} in April.',
    'Camila Silva 06/18/2025 10:05 AM: April was the obturator block {64450}. The June one is the sciatic block {64445} for pain after surgery.',
    'Derek Brandt 06/19/2025 6:30 PM: Send me the Meridian EOB. My plan should have paid part of {64712}. Ref [14198].',
    'Derek Brandt 06/20/2025 7:05 AM: Fine on {64445}. Still not paying for {64640} until I see the block note from April.',
    'Camila Silva 06/20/2025 7:31 AM: Dr. Aune’s note says the {64450} block relaxed the adductors for 4 hours, then phenol {64640}.',
    'Camila Silva 06/19/2025 8:12 PM: Attached again. Meridian claim [25170]-[88242]-01, paid $312.60 as secondary.',
  ].join('\n'),
});

// ── 4. App attachment preview (OCR of primary EOB), text ──
const appOcr = lines({
  id: 's186-appocr',
  kind: 's186-coparent-app-attachment-ocr-preview-text',
  before: 'Attachment preview — Lakeshore_EOB_June.pdf — page 1 of 2 (text extracted, may contain errors)',
  text: [
    'LAKESHORE HEALTH PLAN  EXPLANATION OF BENEFITS  THIS IS NOT A BILL',
    'Member: CAMILA SILVA   Patient: MATEO SILVA-BRANDT   Group [70645]   ID LHP884210937',
    'Claim [26697]  Provider ST BRIGID CHILDRENS HOSP  Svc 06/02/25',
    'Svc code {64712} NEUROPLASTY SCIATIC  billed 4,318.00  allowed 2,911.40  ded 1,200.00  coins 342.28',
    'Svc code {01250} ANES NERVE UPPER LEG  billed 1,040.00  allowed 688.00  coins 137.60',
    'Svc code {64445} INJ ANES SCIATIC NRV  billed 590.00  allowed 402.10  coins 80.42',
    'Lakeshore Health Plan, PO Box [53647], Milwaukee WI [53201]-3647   Questions 1-800-555-0144',
  ].join('\n'),
});

// ── 5. App payment confirmation, text ──
const appPay = lines({
  id: 's186-apppay',
  kind: 's186-coparent-app-payment-confirmation-text',
  before: 'CoParent Ledger Pay — Payment confirmation',
  text: [
    'Payment [82686] sent by Derek Brandt to Camila Silva on 02/14/2025 — $427.44',
    'Applied to: Request #[40803] (Botox legs {64642}, {64643} — St. Brigid 01/13/2025)',
    'Funding: checking ending 4471   Processor trace [57231]   Arrives in 1–3 business days',
  ].join('\n'),
});

// ── 6. App email digest, text ──
const appDigest = lines({
  id: 's186-appdigest',
  kind: 's186-coparent-app-weekly-email-digest-text',
  before:
    'From: CoParent Ledger <noreply@coparentledger.example> To: camila.silva@example.com Subject: Your weekly summary',
  text: [
    'Hi Camila, here is what happened this week (Aug 25 – Aug 31, 2025):',
    '• New expense approved: Request #[41960] Facial botox {64612} + legs {64642} — $655.35',
    '• Reminder: Request #[41197] ({64640} phenol) is still marked Disputed by Derek. Add a note or attach a document.',
    '• Upcoming: Mateo — St. Brigid Rehab, serial casting {29405} follow-up, 09/09 2:30 PM',
    'CoParent Ledger, 1200 Corporate Dr, Suite 300, Middleton WI [53562] · Unsubscribe · Account [17747]',
  ].join('\n'),
});

// ── 7. App expense CSV export, text ──
const appCsv = lines({
  id: 's186-appcsv',
  kind: 's186-coparent-app-expense-csv-export-text',
  before: 'expenses_2025_mateo_sofia.csv (exported 10/02/2025)',
  text: [
    'request_id,date,child,category,description,amount,split_pct,status',
    '[40803],2025-01-22,Mateo,Medical,"Botox {64642}/{64643}",712.40,60,Paid',
    '[41197],2025-04-09,Mateo,Medical,"{64450} block; {64640} phenol",1106.18,60,Disputed',
    '[64712],2025-06-17,Mateo,Medical,"Sciatic release {64712} hosp+surg",2940.00,60,Pending',
    '[41559],2025-06-17,Mateo,Medical,"Anesthesia {01250}; block {64445}",486.20,60,Pending',
    '[41960],2025-08-28,Mateo,Medical,"Botox face {64612} legs {64642}",655.35,60,Approved',
    '[42306],2025-09-03,Sofia,Medical,"Neuroma inj {64632} #2",148.00,60,Paid',
    '[42634],2025-09-24,Sofia,Medical,"Neuroma inj {64632} #3",148.00,60,Pending',
  ].join('\n'),
});

// ── 8. Child-support order, medical-expense clause, text ──
const order = lines({
  id: 's186-order',
  kind: 's186-child-support-order-medical-clause-text',
  before:
    'STATE OF WISCONSIN, CIRCUIT COURT, WALWORTH COUNTY — In re the marriage of Camila Silva and Derek Brandt — Case No. 2021FA000219',
  text: [
    '9. HEALTH INSURANCE AND MEDICAL EXPENSES.',
    '(a) Petitioner shall maintain the children on the group health plan available through her employer (Lakeshore Health Plan, group [70645]).',
    '(b) Respondent shall maintain the children as secondary dependents on any plan available through his employment.',
    '(c) Uninsured and unreimbursed medical, dental, therapy and orthotic expenses shall be paid 60% by Respondent and 40% by',
    'Petitioner. The parent incurring the expense shall provide the other a copy of the bill and each EOB within 30 days;',
    'the other parent shall pay his or her share within 30 days thereafter. Ordered, 11/08/2022, Judge R. Halvorsen, Br. 2.',
    'Clerk of Circuit Court, 1800 County Road NN, Elkhorn, WI [53121]',
  ].join('\n'),
});

// ── 9. Stipulation amending clause, text ──
const stip = lines({
  id: 's186-stip',
  kind: 's186-stipulation-and-order-amending-medical-clause-text',
  before: 'STIPULATION AND ORDER AMENDING ¶ 9 (SPECIAL MEDICAL NEEDS OF MATEO) — filed 03/02/2024',
  text: [
    '1. The parties agree that Mateo’s spasticity treatment at St. Brigid Children’s Hospital is necessary and is not',
    'an "extraordinary" expense requiring prior consent under ¶ 9(d). This includes botulinum toxin chemodenervation',
    '(CPT {64642}–{64645}), needle EMG guidance ({95874}), phenol neurolysis ({64640}) and diagnostic nerve blocks ({64450}, {64445}).',
    '2. Any surgery, including nerve decompression such as {64712}, requires 14 days’ written notice through CoParent Ledger.',
    '3. Orthotics, serial casting ({29405}) and therapy ({97110}, {97530}) continue under ¶ 9(c) without notice.',
    'Approved as to form: Hadley Rusk Family Law, S.C. (Atty No. [10713]) and Brenner Law Office (Atty No. [38351]).',
  ].join('\n'),
});

// ── 10. Primary EOB, claim lines grid ──
const eobPrimary = table({
  id: 's186-eobpri',
  kind: 's186-primary-insurer-eob-claim-lines-grid',
  caption:
    'Lakeshore Health Plan — Explanation of Benefits — Claim 26173 — St. Brigid Children’s Hospital — 01/13/2025',
  headers: ['Line', 'Service', 'Code', 'Billed', 'Plan allowed', 'Plan paid', 'Patient resp.', 'Remark'],
  rows: [
    ['1', 'Chemodenervation, one extremity, 1–4 muscles', '{64642}', '$912.00', '$604.50', '$0.00', '$604.50', 'DED'],
    ['2', 'Chemodenervation, each add’l extremity', '{64643}', '$598.00', '$396.20', '$0.00', '$396.20', 'DED'],
    ['3', 'Needle EMG guidance', '{95874}', '$310.00', '$198.40', '$0.00', '$198.40', 'DED'],
    [
      '4',
      'OnabotulinumtoxinA, 1 unit (J0585 x 200)',
      'J0585',
      '$2,160.00',
      '$1,512.00',
      '$1,111.10',
      '$400.90',
      'CO-45',
    ],
  ],
});

// ── 11. Primary EOB summary header, text ──
const eobHeader = lines({
  id: 's186-eobhead',
  kind: 's186-primary-insurer-eob-summary-header-text',
  before: 'Lakeshore Health Plan · Member Services · PO Box 53647 · Milwaukee, WI',
  text: [
    'Statement date: 02/03/2025   Claim number: [26173]   Member ID: LHP884210937   Group: [70645]',
    'Patient: Mateo Silva-Brandt (dependent 02)   Provider: St. Brigid Children’s Hospital, Madison WI [53719]',
    'Your deductible: $3,000.00 — met $2,103.30 so far this plan year.   Coordination of benefits: This plan is PRIMARY.',
    'Procedures on this claim: {64642}, {64643}, {95874}, J0585. See page 2 for remark codes.',
    'Appeal within 180 days to: Appeals Unit, PO Box [53168], Milwaukee WI [53201].',
  ].join('\n'),
});

// ── 12. Secondary insurer COB letter, text ──
const cobLetter = lines({
  id: 's186-coblet',
  kind: 's186-secondary-insurer-coordination-letter-text',
  before: 'MERIDIAN TRUST HEALTH — Coordination of Benefits Unit — PO Box 64445 — Kansas City, MO 64141',
  text: [
    'Date: April 22, 2025   Subscriber: Derek Brandt   Dependent: Mateo Silva-Brandt   Reference: COB-[64445]',
    'Dear Mr. Brandt: We received a claim from St. Brigid Children’s Hospital for services on 04/07/2025 ({64450}, {64640}).',
    'Our records show Mateo is also covered by Lakeshore Health Plan. Under the court order on file (Walworth County',
    'Case No. 2021FA000219), the mother’s plan is primary. We will process this claim as SECONDARY once we receive',
    'the primary plan’s EOB. Please send it to Meridian Trust Health, COB Unit, PO Box [64445], Kansas City, MO [64141].',
    'If we do not hear from you within 45 days the claim ([22780]) will be denied for missing information (CARC 22).',
  ].join('\n'),
});

// ── 13. Primary insurer other-coverage questionnaire, text form ──
const cobForm = lines({
  id: 's186-cobform',
  kind: 's186-primary-insurer-other-coverage-questionnaire-text',
  before: 'Lakeshore Health Plan — Other Health Coverage Questionnaire — Form LHP-OC-7',
  text: [
    'Patient name: Mateo Silva-Brandt   Date of birth: 03/14/2016   Member ID: LHP884210937',
    'Are the patient’s parents divorced or separated?  [x] Yes  [ ] No   Is there a court order for health coverage? [x] Yes',
    'Parent responsible under the order: [x] Mother (Camila Silva)   Other plan: Meridian Trust Health, group [31136]',
    'Other plan subscriber ID: MTH-4402197-02   Other plan address: PO Box [64445], Kansas City, MO [64141]',
    'Claims on hold pending this form: {64450}, {64640}, {95874} (DOS 04/07/2025). Return by fax to (414) 555-0188.',
  ].join('\n'),
});

// ── 14. Secondary EOB grid ──
const eobSecondary = table({
  id: 's186-eobsec',
  kind: 's186-secondary-insurer-eob-cob-grid',
  caption: 'Meridian Trust Health — Explanation of Benefits (Secondary) — Claim 25170-88242-01',
  headers: ['Service date', 'Procedure', 'Charge', 'Primary paid', 'Our allowed', 'We paid', 'You owe', 'Notes'],
  rows: [
    ['06/02/2025', '{64712}', '$4,318.00', '$1,369.12', '$2,640.00', '$312.60', '$2,029.28', 'COB; A1'],
    ['06/02/2025', '{64445}-RT', '$590.00', '$241.26', '$380.00', '$58.10', '$80.42', 'COB'],
    ['06/02/2025', '{01250}', '$1,040.00', '$412.80', '$640.00', '$0.00', '$137.60', 'N/C'],
    ['06/02/2025', '{64714}*', '$4,318.00', '$0.00', '$0.00', '$0.00', '$0.00', '*Replaced'],
  ],
});

// ── 15. X12 835 fragment shown in secondary portal, text ──
const x835 = lines({
  id: 's186-x835',
  kind: 's186-secondary-portal-835-remit-segments-text',
  before: 'Provider remittance (835) — view raw — Meridian Trust Health — check/EFT 77951',
  text: [
    'CLP*[25170]-[88242]-01*2*5948*370.7*2029.28*12*E[59733]*13*1~',
    'NM1*QC*1*SILVA-BRANDT*MATEO****MI*MTH440219702~',
    'SVC*HC:{64712}*4318*312.6**1~',
    'CAS*OA*23*1369.12~CAS*PR*2*2029.28~',
    'SVC*HC:{64445}:RT*590*58.1**1~',
    'SVC*HC:{64714}*4318*0**0~CAS*CO*B13*4318~',
    'SVC*HC:{01250}:AA*1040*0**4~CAS*CO*45*627.2~',
    'REF*6R*[93712]~DTM*472*20250602~',
  ].join('\n'),
});

// ── 16. Children's hospital guarantor statement summary, text ──
const hospStmt = lines({
  id: 's186-hospstmt',
  kind: 's186-childrens-hospital-guarantor-statement-text',
  before: "ST. BRIGID CHILDREN'S HOSPITAL — Patient Financial Services — 700 Highland Ave, Madison, WI 53719",
  text: [
    'Guarantor: Camila Silva   Guarantor account: [53168]   Statement ID: [64632]   Statement date: 07/08/2025',
    'Patient: Mateo Silva-Brandt   Hospital account: 1000429947   Visit: 06/02/2025 Outpatient Surgery',
    'Previous balance $0.00   New charges $9,266.00   Insurance payments $(1,922.98)   Adjustments $(4,403.74)',
    'Amount due $2,939.28   Pay by 08/07/2025   Pay online with code [38704] at stbrigid.example/pay',
    'Services this visit: {64712} Neuroplasty sciatic · {64445} Sciatic nerve block · {01250} Anesthesia (corrected claim [15302])',
    'Make checks payable to St. Brigid Children’s Hospital, PO Box [78555], Milwaukee, WI [53278]-0555',
  ].join('\n'),
});

// ── 17. Hospital itemized bill grid ──
const itemized = table({
  id: 's186-itemized',
  kind: 's186-childrens-hospital-itemized-bill-grid',
  caption: 'Itemized Statement of Charges — Account 53168 — DOS 06/02/2025 (reprint after corrected claim)',
  headers: ['Date', 'Rev', 'CPT/HCPCS', 'Description', 'Qty', 'Charge'],
  rows: [
    ['06/02/2025', '0360', '{64712}', 'OR SVC NEUROPLASTY SCIATIC NRV', '1', '$4,318.00'],
    ['06/02/2025', '0370', '{01250}', 'ANESTHESIA NRV/MUSC UPPER LEG', '1', '$1,040.00'],
    ['06/02/2025', '0370', '{64445}RT', 'NERVE BLOCK SCIATIC SINGLE INJ', '1', '$590.00'],
    ['06/02/2025', '0710', '', 'RECOVERY ROOM 1ST HR', '1', '$1,266.00'],
    ['06/02/2025', '0250', '', 'ROPIVACAINE 0.2% 20ML  NDC [25021]-0315-01', '1', '$84.00'],
    ['06/02/2025', '0272', '', 'SUPPLY NERVE STIM NEEDLE', '1', '$218.00'],
    ['06/02/2025', '0360', '{64714}', 'VOIDED — NEUROPLASTY LUMBAR PLEXUS (rebilled)', '0', '$0.00'],
  ],
});

// ── 18. Hospital correction letter, text ──
const hospCorrect = lines({
  id: 's186-hospcorr',
  kind: 's186-childrens-hospital-billing-correction-letter-text',
  before: "St. Brigid Children's Hospital — Customer Service — Inquiry 64714",
  text: [
    'July 1, 2025 — Dear Ms. Silva: Thank you for your call on June 19 (inquiry no. [64714]).',
    'We reviewed the operative report for Mateo’s surgery on 06/02/2025. The procedure was coded in error as {64714}',
    '(neuroplasty, lumbar plexus). The correct code is {64712} (neuroplasty, sciatic nerve). A corrected claim',
    '(frequency code 7) was sent to Lakeshore Health Plan on 06/30/2025 and to Meridian Trust Health on 07/01/2025.',
    'The sciatic nerve block by anesthesia ({64445}) was billed correctly and is unchanged. Ref. [29260].',
  ].join('\n'),
});

// ── 19. Physician group professional statement grid ──
const profStmt = table({
  id: 's186-profstmt',
  kind: 's186-pediatric-physician-group-statement-grid',
  caption: 'Brigid Pediatric Physicians — Statement for Mateo Silva-Brandt — Account 19550',
  headers: ['DOS', 'Provider', 'Service', 'Charges', 'Ins. paid/adj', 'Balance'],
  rows: [
    ['01/13/2025', 'Aune, K MD', '{64642} CHEMODENERV 1 EXTREM 1-4', '$388.00', '$282.10', '$105.90'],
    ['01/13/2025', 'Aune, K MD', '{64643} CHEMODENERV EA ADDL EXTREM', '$241.00', '$176.40', '$64.60'],
    ['04/07/2025', 'Aune, K MD', '{64450} N BLOCK OTHER PERIPHERAL', '$265.00', '$190.00', '$75.00'],
    ['04/07/2025', 'Aune, K MD', '{64640} DESTR NEUROLYTIC PERIPH N', '$512.00', '$318.76', '$193.24'],
    ['06/02/2025', 'Lindahl, P MD', '{64712} NEUROPLASTY SCIATIC', '$2,210.00', '$1,655.30', '$554.70'],
    ['08/18/2025', 'Aune, K MD', '{64612}-50 CHEMODENERV FACIAL', '$420.00', '$296.80', '$123.20'],
  ],
});

// ── 20. Anesthesia group bill grid ──
const anesBill = table({
  id: 's186-anes',
  kind: 's186-anesthesia-group-patient-bill-grid',
  caption: 'Capitol Pediatric Anesthesia, S.C. — Patient Bill — Invoice 63782',
  headers: ['DOS', 'Code', 'Mod', 'Units/Time', 'Charge', 'Balance'],
  rows: [
    ['01/13/2025', '{01991}', 'AA', '3 + 2 (22 min)', '$520.00', '$104.00'],
    ['04/07/2025', '{01991}', 'AA', '3 + 3 (38 min)', '$580.00', '$116.00'],
    ['06/02/2025', '{01250}', 'AA', '4 + 7 (101 min)', '$1,040.00', '$137.60'],
    ['06/02/2025', '{64445}', 'RT, 59', '—', '$590.00', '$80.42'],
  ],
});

// ── 21. Paralegal reimbursement ledger, grid ──
const ledger = table({
  id: 's186-ledger',
  kind: 's186-paralegal-reimbursement-ledger-grid',
  caption:
    'Silva v. Brandt — Unreimbursed Medical Expense Ledger (¶ 9(c), 60/40) — prepared by J. Pietrowski — draft 3',
  headers: ['Entry', 'DOS', 'Provider', 'CPT', 'Net OOP', 'Resp. 60%', 'Requested', 'Paid', 'Owing'],
  rows: [
    [
      'L-01',
      '01/13/25',
      'St. Brigid Hosp',
      '{64642}, {64643}, {95874}',
      '$604.30',
      '$362.58',
      '01/22/25',
      '$362.58',
      '$0.00',
    ],
    ['L-02', '01/13/25', 'Brigid Ped Phys', '{64642}/{64643}', '$170.50', '$102.30', '01/22/25', '$64.86', '$37.44'],
    ['L-03', '04/07/25', 'St. Brigid Hosp', '{64450}, {64640}', '$842.94', '$505.76', '04/09/25', '$0.00', '$505.76'],
    [
      'L-04',
      '06/02/25',
      'St. Brigid Hosp',
      '{64712} (orig. billed {64714})',
      '$2,029.28',
      '$1,217.57',
      '06/17/25',
      '$0.00',
      '$1,217.57',
    ],
    [
      'L-05',
      '06/02/25',
      'Capitol Ped Anes',
      '{01250}; {64445}-RT',
      '$218.02',
      '$130.81',
      '06/17/25',
      '$0.00',
      '$130.81',
    ],
    [
      'L-06',
      '08/18/25',
      'Brigid Ped Phys',
      '{64612}-50, {64642}',
      '$297.90',
      '$178.74',
      '08/28/25',
      '$178.74',
      '$0.00',
    ],
    ['L-07', '09/02/25', 'Lakeland F&A (Sofia)', '{64632}', '$148.00', '$88.80', '09/03/25', '$88.80', '$0.00'],
    ['L-08', '09/23/25', 'Lakeland F&A (Sofia)', '{64632}', '$148.00', '$88.80', '09/24/25', '$0.00', '$88.80'],
    ['L-09', '09/09/25', 'St. Brigid Rehab', '{29405} x2; {97110}', '$96.00', '$57.60', '09/12/25', '$57.60', '$0.00'],
    [
      'L-10',
      '10/01/25',
      'Resp. claims CSA receipt [64712] as reimbursement',
      '—',
      '$0.00',
      '$0.00',
      '—',
      'excluded',
      'child support only',
    ],
  ],
});

// ── 22. Ledger workbook export (tab-separated, pasted into email), text ──
const ledgerTsv = lines({
  id: 's186-ledgertsv',
  kind: 's186-paralegal-ledger-workbook-tsv-paste-text',
  before: 'Sheet "Summary" pasted from Silva_MedLedger_v3.xlsx',
  text: [
    'Matter\t[21631]-002\tClient\tSilva, Camila',
    'Code\tDOS\tClaim\tOOP\tDerek 60%',
    '{64640}\t4/7/2025\t[22780]\t842.94\t505.76',
    '{64712}\t6/2/2025\t[26697]\t2029.28\t1217.57',
    '{64445}\t6/2/2025\t[26697]\t80.42\t48.25',
    '{64632}\t9/23/2025\t[33693]\t148.00\t88.80',
    'Total owing\t\t\t\t1980.38',
  ].join('\n'),
});

// ── 23. Motion exhibit index, grid ──
const exIndex = table({
  id: 's186-exindex',
  kind: 's186-motion-exhibit-index-grid',
  caption: 'Petitioner’s Motion to Enforce ¶ 9(c) — Index of Exhibits',
  headers: ['Exhibit', 'Description', 'Bates range', 'Pages'],
  rows: [
    ['A', 'Judgment of Divorce ¶ 9 and Stipulation of 03/02/2024', 'SILVA 000001–000014', '14'],
    ['B', 'Reimbursement ledger (8 entries)', 'SILVA 000015–000017', '3'],
    ['C', 'CoParent Ledger requests #[41197] and #[64712] with message thread', 'SILVA 000018–000031', '14'],
    ['D', 'Lakeshore EOB, claim [26697] ({64712}, {64445}, {01250})', 'SILVA 000032–000035', '4'],
    ['E', 'Meridian secondary EOB and COB letter ref. [64445]', 'SILVA 000036–000041', '6'],
    ['F', 'St. Brigid correction letter re {64714} → {64712}', 'SILVA 000042–000043', '2'],
  ],
});

// ── 24. Affidavit in support, text ──
const affidavit = lines({
  id: 's186-affidavit',
  kind: 's186-affidavit-in-support-of-motion-text',
  before: 'AFFIDAVIT OF CAMILA SILVA IN SUPPORT OF MOTION TO ENFORCE — Case No. 2021FA000219',
  text: [
    '6. On April 7, 2025 Mateo had a diagnostic obturator nerve block ({64450}) followed by phenol neurolysis',
    '({64640}) of the same nerve to reduce adductor spasticity. I posted the expense on April 9 as request [41197].',
    '7. On June 2, 2025 Dr. Lindahl performed a right sciatic nerve neurolysis ({64712}); the anesthesiologist',
    'placed a single-shot sciatic block, {64445}, for pain control. The hospital’s first bill showed {64714} in error,',
    'which Respondent cites as his reason for not paying. The corrected bill (Exhibit F) removed it.',
    '8. Sofia’s alcohol injections for an interdigital neuroma (CPT {64632}) were shared without dispute until 09/23/2025.',
    'Subscribed and sworn before me on 10/06/2025. Notary Public, State of Wisconsin. Commission expires 05/11/2028. ID [36591].',
  ].join('\n'),
});

// ── 25. Motion exhibit B summary chart, grid ──
const exB = table({
  id: 's186-exb',
  kind: 's186-motion-exhibit-b-summary-chart-grid',
  caption: 'EXHIBIT B — Summary of Unpaid Amounts Owed by Respondent (Wis. Stat. § 767.511(4))',
  headers: ['Procedure (CPT)', 'Date of service', 'Requested', 'Days past due', 'Amount owed'],
  rows: [
    ['Obturator block / phenol ({64450}, {64640})', '04/07/2025', '04/09/2025', '150', '$505.76'],
    ['Sciatic neuroplasty {64712}', '06/02/2025', '06/17/2025', '81', '$1,217.57'],
    ['Anesthesia {01250} + sciatic block {64445}', '06/02/2025', '06/17/2025', '81', '$130.81'],
    ['Chemodenervation balance {64642}/{64643}', '01/13/2025', '01/22/2025', '227', '$37.44'],
    ['Sofia — neuroma injection {64632}', '09/23/2025', '09/24/2025', '12', '$88.80'],
  ],
});

// ── 26. Paralegal email to opposing counsel, text ──
const plEmail = lines({
  id: 's186-plemail',
  kind: 's186-paralegal-email-to-opposing-counsel-text',
  before:
    'From: Joanna Pietrowski <jpietrowski@hadleyrusk.example> To: office@brennerlaw.example Subject: Silva/Brandt — medical reimbursement, our file 21631-002',
  text: [
    'Good afternoon Ms. Brenner,',
    'Attached is the updated ledger. Mr. Brandt has not paid his share of the June surgery ({64712}) or the anesthesia',
    '({01250}, sciatic block {64445}). He has said the bill shows a lumbar plexus procedure, {64714}; the hospital voided',
    'that line on 07/01/2025 (their inquiry [64714]). His own plan, Meridian, paid as secondary on the corrected claim.',
    'The April charges ({64450} and {64640}) were approved by both plans. Please let us know by 10/03 whether he will',
    'pay $1,980.38 without a motion. Our invoice no. [64714] for September time is attached separately.',
    'Joanna Pietrowski, Paralegal · Hadley Rusk Family Law, S.C. · 10 E. Walworth St, Elkhorn, WI [53121] · ext. 214',
  ].join('\n'),
});

// ── 27. Opposing counsel response letter, text ──
const oppLetter = lines({
  id: 's186-opplet',
  kind: 's186-opposing-counsel-response-letter-text',
  before: 'BRENNER LAW OFFICE, LLC — 221 Broad Street, Lake Geneva, Wisconsin 53147',
  text: [
    'October 1, 2025   Re: Silva v. Brandt, 2021FA000219   Our file: [45840]',
    'Dear Ms. Pietrowski: My client disputes request [41197]. The stipulation covers phenol neurolysis ({64640})',
    'only after a diagnostic block; the April claim billed {64450} and {64640} on the same day with no proof that',
    'the block “worked.” As to June, Mr. Brandt received no notice of surgery under ¶ 2 of the stipulation before {64712}.',
    'He will pay the anesthesia ({01250}) and the block ({64445}) on receipt of the Lakeshore EOB for claim [26697].',
    'Very truly yours, Karen Brenner. cc: Derek Brandt. Lake Geneva, WI [53147]',
  ].join('\n'),
});

// ── 28. 30-day demand letter (pre-motion), text ──
const demand = lines({
  id: 's186-demand',
  kind: 's186-pre-motion-demand-letter-text',
  before: 'HADLEY RUSK FAMILY LAW, S.C. — ATTORNEYS AT LAW — Elkhorn · Delavan',
  text: [
    'VIA CERTIFIED MAIL No. 9589 0710 5270 1264 2337 11 AND COPARENT LEDGER',
    'Re: Demand for payment of medical expenses under ¶ 9(c) — Mateo Silva-Brandt',
    'Unpaid items: (1) obturator nerve block {64450} and phenol neurolysis {64640}, 04/07/2025;',
    '(2) sciatic neurolysis {64712} and anesthesia with sciatic nerve block {64445}, 06/02/2025;',
    'Total: $1,980.38. If not paid within 30 days we will file a motion and ask for fees under § 767.241.',
    'Attorney Meredith Hadley, State Bar No. [10433]',
  ].join('\n'),
});

// ── 29. Prior authorization approval letter, text ──
const priorAuth = lines({
  id: 's186-pa',
  kind: 's186-primary-insurer-prior-authorization-approval-text',
  before: 'Lakeshore Health Plan — Utilization Management — Notice of Approval',
  text: [
    'Authorization no.: UM2025-[11878]   Date: 12/19/2024   Member: Mateo Silva-Brandt   Requesting: Kristin Aune, MD',
    'Approved services: {64642} x1, {64643} x1, {95874} x2, J0585 up to 300 units per session',
    'Also approved, facial muscles: {64612} (bilateral, modifier 50) up to 50 units per session',
    'Visits approved: 4 sessions, no closer than 12 weeks apart, 01/01/2025 – 12/31/2025',
    'Not included: phenol neurolysis {64640}; submit a separate request. Case [64612].',
    'Addendum 03/28/2025: UM2025-[13517] approves {64450} (diagnostic obturator block) with {64640}, 1 session, DOS by 06/30/2025.',
  ].join('\n'),
});

// ── 30. Hospital price estimate, grid ──
const estimate = table({
  id: 's186-estimate',
  kind: 's186-childrens-hospital-price-estimate-grid',
  caption:
    'St. Brigid Patient Estimate — Estimate ID 47730 — Outpatient surgery, sciatic neurolysis — prepared 05/20/2025',
  headers: ['Service', 'Code', 'Est. charge', 'Est. plan pays', 'Est. you pay'],
  rows: [
    ['Surgeon / facility — neuroplasty, sciatic', '{64712}', '$4,318.00', '$1,400.00', '$1,518.00'],
    ['Anesthesia', '{01250}', '$1,040.00', '$550.00', '$138.00'],
    ['Regional block (if ordered)', '{64445}', '$590.00', '$320.00', '$82.00'],
    ['Recovery / supplies', '—', '$1,568.00', '$1,100.00', '$120.00'],
  ],
});

// ── 31. Patient portal billing page, text ──
const portal = lines({
  id: 's186-portal',
  kind: 's186-childrens-hospital-patient-portal-billing-text',
  before: 'MyBrigid — Billing Summary — Guarantor #53168 — Camila Silva',
  text: [
    'Account [53168] (Camila Silva) · Balance due $2,939.28 · Payment plan: not enrolled',
    'Visit 06/02/2025 — Outpatient Surgery — Mateo — Insurance processed (2 of 2) — Patient balance $2,939.28',
    '  Services: Neuroplasty major peripheral nerve, arm or leg; sciatic ({64712}) · Anesthesia block ({64445})',
    'Visit 04/07/2025 — Rehab Procedure — Mateo — Paid in full 06/12/2025 · confirmation [58306]',
    'Visit 01/13/2025 — Rehab Procedure — Mateo — Paid in full 02/20/2025 · confirmation [58565]',
    'Need help? Financial counseling (608) 555-0190 · Message ID [93132]',
  ].join('\n'),
});

// ── 32. Primary insurer member portal claims list, grid ──
const claimsList = table({
  id: 's186-claims',
  kind: 's186-primary-insurer-member-portal-claims-list-grid',
  caption: 'Lakeshore Health Plan · My Claims · Subscriber: Camila Silva · All dependents · Showing 7 of 41',
  headers: ['Claim #', 'Date', 'Provider', 'Services', 'Billed', 'You may owe', 'Status'],
  rows: [
    ['[26173]', '01/13/2025', 'St. Brigid Children’s', '{64642}, {64643} +2', '$3,980.00', '$1,600.00', 'Processed'],
    ['[22780]', '04/07/2025', 'St. Brigid Children’s', '{64450}, {64640}', '$2,480.00', '$842.94', 'Processed'],
    ['[26697]', '06/02/2025', 'St. Brigid Children’s', '{64712}, {64445} +1', '$5,948.00', '$2,029.28', 'Adjusted'],
    ['[24231]', '06/02/2025', 'St. Brigid Children’s', '{64714}, {64445} +1', '$5,948.00', '—', 'Voided'],
    ['[33693]', '09/23/2025', 'Lakeland Foot & Ankle', '{64632}, {76942}', '$236.00', '$148.00', 'Processed'],
    ['[32907]', '09/02/2025', 'Lakeland Foot & Ankle', '{64632}, {99213}', '$318.00', '$148.00', 'Processed'],
    [
      '[29118]',
      '08/18/2025',
      'Brigid Pediatric Phys',
      '{64612}, {64642}, {95874}',
      '$1,020.00',
      '$297.90',
      'Processed',
    ],
  ],
});

// ── 33. FSA reimbursement claim form, text ──
const fsa = lines({
  id: 's186-fsa',
  kind: 's186-fsa-reimbursement-claim-form-text',
  before: 'Lakeshore Benefits FSA — Claim for Reimbursement — Online submission',
  text: [
    'Claim no. [64445]   Participant: Camila Silva   Employer: Lakeshore Industries, Inc. (plan [37600])',
    'Expense 1: Mateo — St. Brigid, DOS 01/13/2025, botulinum toxin injections {64642}, {64643} — my 40% share $241.72',
    'Expense 2: Sofia — Lakeland Foot & Ankle, DOS 09/02/2025, neurolysis plantar digital nerve {64632} — $59.20',
    'Documentation: EOB attached. Other party’s share reimbursed through CoParent Ledger is not claimed here.',
    'Mail to: FSA Claims, PO Box [43601], Green Bay, WI [54307]',
  ].join('\n'),
});

// ── 34. Payment history (bank transfer app), grid ──
const zelle = table({
  id: 's186-zelle',
  kind: 's186-bank-app-transfer-history-grid',
  caption: 'Activity — Zelle® — Derek Brandt ↔ Camila Silva',
  headers: ['Date', 'Memo', 'Amount', 'Confirmation'],
  rows: [
    ['02/14/2025', 'Mateo botox jan', '-$427.44', '[64714]'],
    ['03/10/2025', 'Mateo botox doctor bill', '-$64.86', 'JPM-[98495]'],
    ['09/05/2025', 'Sofia foot {64632} inj', '-$88.80', '[12280]'],
    ['09/05/2025', 'Mateo face botox', '-$178.74', '[12643]'],
  ],
});

// ── 35. Court e-filing receipt, text ──
const efile = lines({
  id: 's186-efile',
  kind: 's186-court-efiling-receipt-text',
  before: 'Wisconsin Circuit Court eFiling — Filing Receipt',
  text: [
    'Case: 2021FA000219 Walworth County — Silva, Camila vs. Brandt, Derek   Envelope [64632]',
    'Document 1: Motion to Enforce Judgment ¶ 9(c) (Unreimbursed Medical Expenses)   Doc ID [71514]',
    'Document 2: Affidavit of Camila Silva with Exhibits A–F (CPT {64712}, {64445}, {64450}, {64640} charges)',
    'Filed 10/06/2025 3:12 PM by Joanna Pietrowski for Atty. Meredith Hadley (bar [10433])',
    'Fee: $0.00   Transaction [51233]',
  ].join('\n'),
});

// ── 36. Court record (CCAP-style) events, grid ──
const ccap = table({
  id: 's186-ccap',
  kind: 's186-court-case-record-events-grid',
  caption: 'Court Record Events — 2021FA000219',
  headers: ['Date', 'Event', 'Court official', 'Additional text'],
  rows: [
    ['10-06-2025', 'Motion', '', 'to enforce medical expense provision; receipt [51233]'],
    ['10-06-2025', 'Affidavit', '', 'of Camila Silva; Exh. B ledger ({64712}, {64445}, {64640})'],
    ['10-14-2025', 'Response', '', 'Respondent objects re {64640} and notice of {64712}; file [45840]'],
    ['11-03-2025', 'Motion hearing', 'Halvorsen, Robert', 'Resp. to pay $1,980.38 within 30 days; order ID [68665]'],
  ],
});

// ── 37. Podiatry superbill (Sofia), text ──
const superbill = lines({
  id: 's186-superbill',
  kind: 's186-podiatry-superbill-text',
  before: 'LAKELAND FOOT & ANKLE, LLC — 1130 E. Geneva St, Delavan, WI 53115 — Tax ID 39-1844207',
  text: [
    'Patient: Sofia Silva-Brandt  DOB 02/09/2009  Acct [24568]  Ins: Lakeshore Health Plan / Meridian Trust (sec)',
    '[x] {64632} Destruction, neurolytic agent, plantar common digital nerve   Dx G57.62 (Morton’s neuroma, L)   Units 1',
    '[ ] {64455} Injection, plantar common digital nerve(s)   [ ] {20550} Tendon sheath inj   [x] {99213} Est. pt visit -25',
    '[x] {76942} US guidance needle placement   Series: injection 3 of 4   Next visit: 10/21/2025',
    'Visit #[15589]   Fee $236.00   Collected today $148.00 (check #[64612])',
  ].join('\n'),
});

// ── 38. Procedure note excerpt attached as proof, text ──
const procNote = lines({
  id: 's186-procnote',
  kind: 's186-procedure-note-excerpt-attachment-text',
  before: 'Attachment: AfterVisitSummary_0818.pdf — St. Brigid Pediatric Rehabilitation Medicine — Kristin Aune, MD',
  text: [
    'Procedure: Botulinum toxin chemodenervation under EMG guidance, 08/18/2025.',
    'Right and left orbicularis oculi and corrugator: 10 units each side ({64612}-50).',
    'Right gastrocnemius (medial/lateral heads) and soleus: 120 units total ({64642}).',
    'Guidance: needle EMG ({95874}). Tolerated well. Serial casting to begin 08/25 ({29405}).',
    'Follow-up in 12 weeks. Phenol to obturator nerve ({64640}) not repeated this visit. MRN 6540217',
  ].join('\n'),
});

// ── 39. Hospital financial assistance / payment plan, text ──
const payPlan = lines({
  id: 's186-payplan',
  kind: 's186-childrens-hospital-payment-plan-agreement-text',
  before: 'St. Brigid Children’s Hospital — Interest-Free Payment Plan Agreement',
  text: [
    'Guarantor account: [53168]   Plan ID: [79682]   Balance enrolled: $2,939.28 (DOS 06/02/2025, {64712}, {64445})',
    'Monthly payment: $245.00 for 12 months, first due 09/01/2025. Autopay from account ending 0912.',
    'Note from guarantor: Second parent owes 60% per court order; hospital cannot split the account between guarantors.',
    'Signed electronically by Camila Silva 08/14/2025 from IP 10.4.18.220. Agreement no. [84859]',
  ].join('\n'),
});

// ── 40. Paralegal time entries, grid ──
const timesheet = table({
  id: 's186-time',
  kind: 's186-paralegal-time-entries-grid',
  caption: 'Hadley Rusk — Prebill — Matter 21631-002 Silva/Brandt post-judgment — Invoice 64714',
  headers: ['Date', 'Tkpr', 'Hours', 'Narrative'],
  rows: [
    [
      '09/22/2025',
      'JP',
      '1.4',
      'Reconcile Lakeshore and Meridian EOBs to ledger; confirm {64714} line voided and {64712} repriced',
    ],
    ['09/23/2025', 'JP', '0.6', 'Call Meridian COB unit (ref. [64445]) re secondary payment on {64445}'],
    ['09/29/2025', 'JP', '0.8', 'Draft Exhibit B chart; add {64632} entries for Sofia'],
    ['10/06/2025', 'JP', '0.5', 'eFile motion, envelope [64632]; serve opposing counsel'],
  ],
});

// ── 41. State child support agency account statement, text ──
const kids = lines({
  id: 's186-kids',
  kind: 's186-child-support-agency-account-statement-text',
  before: 'Wisconsin Child Support — Account Statement — Payer: Derek Brandt — Payee: Camila Silva',
  text: [
    'Case ID [87492]   Participant ID 910035146   Court case 2021FA000219 Walworth',
    'Current support due monthly $1,142.00   Arrears $0.00   Medical support: ordered (see court order ¶ 9)',
    'Receipt [64712] 10/01/2025 $1,142.00 Income withholding — Employer: Lake Geneva Marine Supply',
    'Note: unreimbursed medical expenses are not enforced through this account unless reduced to a judgment.',
    'Questions: Walworth County Child Support, PO Box 1006, Elkhorn, WI [53121]',
  ].join('\n'),
});

// ── 42. App JSON (developer/API view of one request), text ──
const appJson = lines({
  id: 's186-appjson',
  kind: 's186-coparent-app-api-json-text',
  before: 'GET /v2/families/31515/expenses/41197 — 200 OK',
  text: [
    '{ "id": [41197], "familyId": [31515], "child": "Mateo", "category": "medical",',
    '  "title": "Obturator block + phenol", "procedureCodes": ["{64450}", "{64640}"],',
    '  "amountCents": 110618, "splitPct": {"requester": 40, "other": 60},',
    '  "status": "disputed", "disputeNote": "no proof block worked before {64640}",',
    '  "attachments": [{"id": [86009], "name": "Lakeshore_EOB_[22780].pdf"}] }',
  ].join('\n'),
});

// ── 43. UB-04 copy attached to the app request (corrected claim), PDF text layer ──
const ub04 = lines({
  id: 's186-ub04',
  kind: 's186-ub04-corrected-claim-copy-text',
  before: 'Attachment: StBrigid_UB04_corrected.pdf — page 1 — text layer',
  text: [
    '1 ST BRIGID CHILDRENS HOSPITAL   3a PAT CNTL # [53168]   4 TYPE OF BILL 0137',
    '700 HIGHLAND AVE MADISON WI [53719]   5 FED TAX NO 39-1066512   6 STATEMENT COVERS 060225 060225',
    '8 SILVA-BRANDT, MATEO   9 W4127 COUNTY ROAD NN ELKHORN WI [53121]   10 BIRTHDATE 03142016',
    '42 0360  43 OR SERVICES NEUROPLASTY SCIATIC  44 {64712}RT  45 060225  46 1  47 4318 00',
    '42 0370  43 ANESTHESIA                       44 {01250}    45 060225  46 1  47 1040 00',
    '42 0370  43 NERVE BLOCK SCIATIC              44 {64445}RT  45 060225  46 1  47 590 00',
    '42 0710  43 RECOVERY ROOM                    44            45 060225  46 1  47 1266 00',
    '50 A LAKESHORE HEALTH PLAN  B MERIDIAN TRUST HEALTH   61 GROUP NO [70645]  [31137]',
    '64 DOCUMENT CONTROL NUMBER 202515301004170 (ORIGINAL, REPLACED)   67 G80.1   74 {64712} 060225',
    '80 REMARKS: CORRECTED CLAIM REPLACES ORIGINAL BILLED WITH {64714} IN ERROR. INQ [64714]',
  ].join('\n'),
});

// ── 44. Paralegal's insurer call log, text ──
const callLog = lines({
  id: 's186-calllog',
  kind: 's186-paralegal-insurer-call-log-notes-text',
  before: 'Matter 21631-002 Silva/Brandt — Notes to file — Calls with insurers (J. Pietrowski)',
  text: [
    '09/23/2025 10:12 Meridian Trust COB (1-888-555-0107), rep Tanya, call ref [66417]. Confirmed claim [25170]-[88242]-01',
    '  processed secondary 07/15: {64712} paid $312.60, {64445} paid $58.10, {01250} $0 (primary paid > Meridian allowed).',
    '  Original line {64714} denied B13 as replaced by corrected claim; nothing owed on it. Check/EFT [77951].',
    '09/23/2025 10:40 Lakeshore member services, rep Luis, ref [20864]. Claim [22780] ({64450}, {64640}): both allowed,',
    '  no PA needed for {64450}; {64640} authorized under UM2025-[13517]. Patient resp $842.94 to deductible/coins.',
    '09/24/2025 14:05 Lakeshore again re Sofia, claim [33693] ({64632} with {76942}): {76942} denied as bundled, $0 to patient.',
    '09/24/2025 14:20 St. Brigid PFS, rep Ana, ref [90741]: confirms guarantor acct [53168] balance $2,939.28; {64714} void.',
  ].join('\n'),
});

export const sealed186: readonly Snippet[] = [
  ...appLog,
  ...appRequest,
  ...appThread,
  ...appOcr,
  ...appPay,
  ...appDigest,
  ...appCsv,
  ...order,
  ...stip,
  ...eobPrimary,
  ...eobHeader,
  ...cobLetter,
  ...cobForm,
  ...eobSecondary,
  ...x835,
  ...hospStmt,
  ...itemized,
  ...hospCorrect,
  ...profStmt,
  ...anesBill,
  ...ledger,
  ...ledgerTsv,
  ...exIndex,
  ...affidavit,
  ...exB,
  ...plEmail,
  ...oppLetter,
  ...demand,
  ...priorAuth,
  ...estimate,
  ...portal,
  ...claimsList,
  ...fsa,
  ...zelle,
  ...efile,
  ...ccap,
  ...superbill,
  ...procNote,
  ...payPlan,
  ...timesheet,
  ...kids,
  ...appJson,
  ...ub04,
  ...callLog,
];
