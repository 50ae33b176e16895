import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 130 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s130-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked,
 * `[64712]` anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for
 * codes (99213, 76942, 64455, 64615, 64713, 95910 ...) are labelled as codes too; HCPCS codes (J0585, A4550) carry no
 * five-digit run. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs,
 * claim numbers, store numbers, check numbers, rule ids, form and batch ids, balances and reference numbers. The five
 * known codes' digits come back as decoys: an employer group number, a claims PO box, a plan number, a carrier group
 * number, card-transaction claim numbers, an HSA account number, a provider account number, a customer-service case
 * number, an 835 payer id and a client group in a review queue.
 *
 * Family: HSA, FSA and HRA administrators and the members who use them around peripheral-nerve procedures (sciatic
 * and lumbar plexus neuroplasty, a sciatic block, Morton neuroma neurolysis, facial chemodenervation for hemifacial
 * spasm): a benefits-card transaction grid and one transaction's "receipt needed" screen, the administrator's
 * substantiation request, denial, repayment and appeal decision letters, the claim for reimbursement form (participant
 * section, expense lines, certification), the podiatry practice's itemized statement (header, service lines, payment
 * footer) and its pre-printed superbill menu, a neurologist's letter of medical necessity and the administrator's LMN
 * form, the member portal's claims grid, claim detail and CSV export, a carrier EOB feed for HRA auto-substantiation
 * (pipe file, record layout, exceptions report), the carrier's own EOB, a FHIR ExplanationOfBenefit pulled through the
 * patient access API, a partner-API claim submission in XML, the employer's cafeteria plan document, an eligible
 * expense guide, IRS Forms 1099-SA and 5498-SA, a customer-service chat, a "receipt needed" e-mail, a receipt-upload
 * screen with the values a receipt reader found and its headerless line-item grid, an adjudicator's work queue and
 * audit notes, a member's appeal letter, HSA account activity, a direct-deposit notice, an HSA "pay my provider" form,
 * an HRA provider-pay X12 835, a mobile app's notification list and the back office's auto-substantiation rules.
 * Built on real public layouts: IRS Forms 1099-SA and 5498-SA (payer and recipient blocks, boxes 1-6, Cat. No. line),
 * the IRS substantiation regime the letters quote (Rev. Rul. 2003-43, Notice 2006-69, IIAS and copay matching), the
 * large administrators' member-portal card transaction and claims grids (date, merchant, amount, status, "receipt
 * needed by"), the common FSA/HRA "Claim for Reimbursement" and "Letter of Medical Necessity" PDF forms, the HL7 CARIN
 * Blue Button ExplanationOfBenefit profile (item.productOrService with the AMA CPT system, adjudication
 * memberliability) and an X12 835 (BPR, TRN, REF*2U, CLP, NM1*QC, SVC, DTM*472, CAS). The others are written the way
 * those pages read, with no single source.
 *
 * 368 labelled tokens over 40 shapes: 130 codes, 238 decoys, 81 of the decoys in KNOWN_10K (28 of them the five known
 * codes' digits). 83 tokens of the five known codes as codes.
 */

// ── 1. Benefits card transactions awaiting documentation, portal grid (decoy heavy: cards carry no codes) ──
const cardGrid = table({
  id: 's130-cardgrid',
  kind: 's130-benefits-card-transactions-needing-receipts-grid',
  caption: 'Card transactions — 2026 plan year — 4 need documentation — cards ending 4471, 8823',
  headers: ['Txn date', 'Merchant', 'MCC', 'Amount', 'Card', 'Claim #', 'Status'],
  rows: [
    [
      '03/14/2026',
      'OLENTANGY FOOT ANKLE COLUMBUS OH',
      '8011',
      '$1,155.00',
      '…4471',
      '[71406]',
      'Receipt needed by 04/28',
    ],
    ['03/02/2026', 'SCIOTO PAIN ANESTH DUBLIN OH', '8011', '$418.60', '…4471', '[71294]', 'Receipt needed by 04/16'],
    ['02/19/2026', 'CVS/PHARMACY #[10226]', '5912', '$38.47', '…4471', '[71130]', 'Auto-approved (IIAS)'],
    ['02/11/2026', 'OHIOHEALTH RIVERSIDE HOSP', '8062', '$2,480.00', '…8823', '[70994]', 'Receipt needed by 03/26'],
    ['01/27/2026', 'SQ *CENTRAL OHIO NERVE SURG', '8099', '$640.00', '…8823', '[64714]', 'Suspended — card on hold'],
    ['01/09/2026', 'KROGER #[43122] PHARMACY', '5411', '$22.16', '…4471', '[70517]', 'Auto-approved (IIAS)'],
    ['01/05/2026', 'SCIOTO PAIN ANESTH DUBLIN OH', '8011', '$40.00', '…4471', '[70488]', 'Auto-approved (copay match)'],
    ['01/02/2026', 'AMZN MKTP US*2K41Q0', '5942', '$64.12', '…8823', '[70431]', 'Not eligible — repay'],
  ],
});

// ── 2. One card transaction's detail screen, text layer ──
const cardDetail = lines({
  id: 's130-carddetail',
  kind: 's130-card-transaction-detail-receipt-needed-text',
  before: 'Transaction details',
  text: [
    'Merchant: OLENTANGY FOOT ANKLE · Merchant ID 4445 0187 2231 · Merchant ZIP [43235] · MCC 8011 (Doctors)',
    'Amount: $1,155.00 · Posted 03/16/2026 · Authorization 0G4712 · Claim # [71406] · Plan: Health Care FSA 2026',
    'Status: Documentation needed. Card purchases at a doctor cannot be approved from the amount alone.',
    'Send an itemized statement showing the patient, date of service, provider and service (a procedure code such as',
    '{64632} or a description is fine). A credit-card slip or a "balance due" statement is not enough.',
    'Reference this transaction as KBS-[71406] when you call us at 1-866-555-0187, option 2.',
    'Why some purchases clear on their own: copays of $25, $40 or $60 at MCC 8011 match your plan (rule [30302]).',
  ].join('\n'),
});

// ── 3. Substantiation request letter from the administrator, PDF text layer ──
const subLetter = lines({
  id: 's130-sublet',
  kind: 's130-administrator-substantiation-request-letter-text',
  before: 'Keystone Benefit Services · PO Box 14079 · Salt Lake City, UT',
  text: [
    'Keystone Benefit Services, PO Box [14079], Salt Lake City, UT [84130]-4079',
    'March 31, 2026 · Participant ID KB-[30448]-01 · Employer: Harlan Tool & Die Co. (group [64445])',
    'Dana R. Whitcomb, 2281 Brandywine Dr, Columbus, OH [43220]',
    'Re: Second request — documentation for benefits card transactions (letter ref. SR2-[88742])',
    'The IRS requires us to confirm that each card purchase paid for an eligible medical expense.',
    'Transaction 03/14/2026, Olentangy Foot Ankle, $1,155.00, claim [71406]: itemized statement needed.',
    'Transaction 01/27/2026, Central Ohio Nerve Surg, $640.00, claim [64714]: itemized statement needed.',
    'If we do not receive documentation by April 28, 2026, your card will be suspended and the amount of',
    'each transaction will be reported to your employer as a repayment due. Fax: 801-555-0114.',
    'Form SR-2 ([10237]) · Page 1 of 2',
  ].join('\n'),
});

// ── 4. Claim for reimbursement form, participant section, PDF text layer ──
const claimFormTop = lines({
  id: 's130-cfr',
  kind: 's130-claim-for-reimbursement-form-text',
  before: 'CLAIM FOR REIMBURSEMENT — Health Care FSA · Limited Purpose FSA · HRA',
  text: [
    'Keystone Benefit Services · Form KBS-2210 (rev. 01/2026) · Mail to PO Box [64612], Salt Lake City, UT [84164]',
    'Section 1 — Participant. Name: Dana R. Whitcomb   Employee/Participant ID: KB-[30448]-01',
    'Employer: Harlan Tool & Die Co.   Employer group no.: [64445]   Division: [20117]',
    'Address: 2281 Brandywine Dr   City/State: Columbus, OH   ZIP: [43220]',
    'Section 2 — Account to pay from: [X] Health Care FSA  [ ] Limited Purpose FSA  [X] HRA (after FSA)',
    'Section 3 — Expenses. Attach itemized bills showing date, provider, patient, service and amount.',
  ].join('\n'),
});

// ── 5. Claim form expense lines, table (odd header "Procedure code (if known)") ──
const claimFormLines = table({
  id: 's130-cfrlines',
  kind: 's130-claim-form-expense-lines-grid',
  caption: 'Section 3 — Expenses (use one line per date of service)',
  headers: [
    'Date(s) of service',
    'Patient',
    'Provider name',
    'Type of service',
    'Procedure code (if known)',
    'Amount requested',
  ],
  rows: [
    ['03/14/2026', 'Dana', 'Olentangy Foot & Ankle', 'nerve injection/destruction, left foot', '{64632}', '$1,155.00'],
    ['03/02/2026', 'Dana', 'Scioto Pain & Anesthesia', 'sciatic nerve block', '{64445}', '$418.60'],
    ['02/11/2026', 'Marc', 'OhioHealth Riverside', 'surgery — nerve release', '{64712} / {64714}', '$2,480.00'],
    ['01/05/2026', 'Dana', 'Scioto Pain & Anesthesia', 'new patient consult', '{99203}', '$95.00'],
    ['12/18/2025', 'Dana', 'Riverside Neurology', 'Botox for facial spasm', '{64612}', '$385.00'],
  ],
});

// ── 6. Claim form certification and footer, text layer (page 2 of the same form: same shape) ──
const claimFormFoot = lines({
  id: 's130-cfrfoot',
  kind: 's130-claim-for-reimbursement-form-text',
  before: 'Section 4 — Certification',
  text: [
    'I certify that the expenses above were incurred by me or my eligible dependents during the plan year and have not',
    'been reimbursed by insurance or any other plan. Total this form: $4,533.60. Claims received: [43108] (office use).',
    'Fax to 801-555-0114 or upload at mykeystonebenefits.com. Questions: 1-866-555-0187.',
    'KBS-2210 · [20217]-0126 · Keystone Benefit Services, PO Box [64612], Salt Lake City, UT [84164]',
  ].join('\n'),
});

// ── 7. Itemized statement / superbill header from the foot and ankle practice, PDF text layer ──
const sbHeader = lines({
  id: 's130-sbhead',
  kind: 's130-practice-itemized-statement-text',
  before: 'ITEMIZED STATEMENT — FOR INSURANCE / FSA USE',
  text: [
    'Olentangy Foot & Ankle Specialists, Inc. · 7500 Sawmill Rd, Suite 210, Columbus, OH [43235]',
    'Tax ID 31-1648823 · Group NPI 1487653210 · Phone 614-555-0172 · Fax 614-555-0173',
    'Patient: Whitcomb, Dana R.   DOB 06/22/1981   Account # [20741]   Statement # [43197]',
    'Guarantor: Dana R. Whitcomb, 2281 Brandywine Dr, Columbus, OH [43220]',
    'Insurance: Medical Mutual of Ohio PPO HDHP, ID MMO-[55401]-87 (not used for FSA claims)',
    'Rendering: Karen Osei, DPM · NPI 1912043388 · Place of service 11 (office)',
  ].join('\n'),
});

// ── 8. Itemized statement service lines, table ──
const sbLines = table({
  id: 's130-sblines',
  kind: 's130-practice-itemized-statement-service-lines-grid',
  caption: 'Services',
  headers: ['DOS', 'CPT', 'Mod', 'Dx', 'Description', 'Units', 'Charge', 'Ins. paid', 'Pt. resp.'],
  rows: [
    ['03/14/2026', '{99213}', '25', 'G57.62', 'Office visit, established', '1', '$145.00', '$0.00', '$145.00'],
    [
      '03/14/2026',
      '{64632}',
      'LT',
      'G57.62',
      'Neurolytic destr, plantar common digital nerve',
      '2',
      '$760.00',
      '$0.00',
      '$760.00',
    ],
    ['03/14/2026', '{76942}', '', 'G57.62', 'US guidance for needle placement', '1', '$190.00', '$0.00', '$190.00'],
    ['03/14/2026', 'A4550', '', '', 'Surgical tray', '1', '$60.00', '$0.00', '$60.00'],
    [
      '03/28/2026',
      '{64632}',
      'LT',
      'G57.62',
      'Neurolytic destr, 3rd interspace, repeat',
      '1',
      '$380.00',
      '$0.00',
      '$380.00',
    ],
    ['03/28/2026', '{76942}', '', 'G57.62', 'US guidance for needle placement', '1', '$190.00', '$0.00', '$190.00'],
  ],
});

// ── 9. Pre-printed superbill menu with check boxes, text layer ──
const sbMenu = lines({
  id: 's130-sbmenu',
  kind: 's130-superbill-checkbox-procedure-menu-text',
  before: 'PROCEDURES — check all that apply',
  text: [
    '[ ] {99203} New pt, low   [ ] {99204} New pt, mod   [x] {99213} Est pt, low   [ ] {99214} Est pt, mod',
    '[ ] {64455} Inj, plantar common digital nerve(s)      [x] {64632} Destr, neurolytic, plantar common digital n.',
    '[ ] {28080} Excision, interdigital (Morton) neuroma      [ ] {64782} Excision neuroma, foot',
    '[x] {76942} US guidance      [ ] {20550} Inj tendon sheath      [ ] {20605} Arthrocentesis, intermediate',
    'Units {64632}: 2   Side: L   Interspace: 3rd   Return: 2 wks   Office ZIP [43235]',
  ].join('\n'),
});

// ── 10. Itemized statement payment and balance footer, text layer (foot of the same PDF: same shape) ──
const sbFoot = lines({
  id: 's130-sbfoot',
  kind: 's130-practice-itemized-statement-text',
  before: 'Payments and adjustments',
  text: [
    '03/14/2026  Payment — VISA ****4471 — auth 0G4712 — receipt [43224]   -$1,155.00',
    'Total charges $1,725.00   Total payments $1,155.00   Balance due $570.00 (03/28/2026 visit)',
    'Procedures 03/14: {99213}-25, {64632}-LT x2, {76942}. Diagnosis G57.62 (lesion of plantar nerve, left).',
    'Remit to: Olentangy Foot & Ankle Specialists, PO Box [63262], Columbus, OH [43262]',
  ].join('\n'),
});

// ── 11. Letter of medical necessity from the neurologist, PDF text layer (prose) ──
const lmn = lines({
  id: 's130-lmn',
  kind: 's130-letter-of-medical-necessity-neurologist-text',
  before: 'LETTER OF MEDICAL NECESSITY',
  text: [
    'Riverside Neurology Associates · 3545 Olentangy River Rd, Suite 400, Columbus, OH [43214]',
    'To: Keystone Benefit Services, Claims Review, PO Box [14079], Salt Lake City, UT [84130]',
    'Re: Dana R. Whitcomb, participant ID KB-[30448]-01, employer group [64445]',
    'Ms. Whitcomb has left hemifacial spasm (G51.3) confirmed on exam and EMG ({95867}) on 11/04/2025.',
    'I am treating her with chemodenervation of the facial nerve, unilateral, CPT {64612}, using onabotulinumtoxinA',
    '(J0585, 40 units) every 12 weeks. This treatment is not cosmetic; it relieves involuntary closure of the left eye',
    'that prevents her from driving. She failed carbamazepine and clonazepam. I expect 4 sessions a year ({64612} x 4).',
    'Anticipated annual cost: $1,540 professional, $2,960 drug. Duration of need: 12 months from 12/18/2025.',
    'Mark T. Agarwal, MD · NPI 1306627194 · Ohio license 35.[10147]',
  ].join('\n'),
});

// ── 12. Administrator's letter of medical necessity form, physician section, table ──
const lmnForm = table({
  id: 's130-lmnform',
  kind: 's130-administrator-lmn-form-physician-section-grid',
  caption: 'Letter of Medical Necessity (LMN) — Section B, to be completed by the treating practitioner',
  headers: ['Item', 'Practitioner response'],
  rows: [
    ['Patient name / participant ID', 'Marc Whitcomb / KB-[30448]-02'],
    ['Diagnosis (ICD-10)', 'G57.01 lesion of sciatic nerve, right lower limb; M54.31'],
    [
      'Treatment or item recommended',
      'Neuroplasty of sciatic nerve {64712}, with lumbar plexus release {64714} if needed',
    ],
    ['CPT / HCPCS code(s)', '{64712}, {64714}, {64445} (regional block by anesthesia)'],
    ['Is this treatment cosmetic?', 'No'],
    ['Length of treatment', 'One surgery 02/11/2026, follow-up through 05/2026'],
    ['Practice address', 'Central Ohio Nerve Surgery, 500 Neil Ave, Columbus, OH [43215]'],
    ['Estimated cost', '$5,300 surgeon ({64712} $2,900, {64714} $2,400); facility estimate no. [43138]'],
  ],
});

// ── 13. Administrator's denial letter, PDF text layer ──
const denial = lines({
  id: 's130-denial',
  kind: 's130-administrator-claim-denial-letter-text',
  before: 'NOTICE OF CLAIM DENIAL — Health Care FSA',
  text: [
    'Keystone Benefit Services · PO Box [14079] · Salt Lake City, UT [84130] · April 9, 2026',
    'Participant: Dana R. Whitcomb · ID KB-[30448]-01 · Plan: Harlan Tool & Die Health Care FSA (plan [64612])',
    'Claim [71522], received 03/20/2026, amount $385.00, service date 12/18/2025, Riverside Neurology.',
    'Reason D07: the statement shows chemodenervation ({64612}) and drug J0585 but no diagnosis; botulinum toxin',
    'injections can be cosmetic, so we need a letter of medical necessity before we can reimburse this expense.',
    'Reason D12: a duplicate of claim [71130] for the same date, provider and amount.',
    'You may appeal within 180 days. Write to Appeals, PO Box [14093], Salt Lake City, UT [84130].',
  ].join('\n'),
});

// ── 14. Denied and pended items on the denial letter's second page, table ──
const denialTable = table({
  id: 's130-dentab',
  kind: 's130-denial-letter-line-items-grid',
  caption: 'Items on this notice',
  headers: ['Claim no.', 'Svc date', 'Provider', 'Service', 'Submitted', 'Approved', 'Reason'],
  rows: [
    ['[71522]', '12/18/2025', 'Riverside Neurology', 'Chemodenerv. facial n. ({64612})', '$385.00', '$0.00', 'D07'],
    ['[71523]', '12/18/2025', 'Riverside Neurology', 'Office visit {99214}', '$210.00', '$210.00', '—'],
    ['[71524]', '02/19/2026', 'CVS #[10226]', 'Eye drops', '$38.47', '$0.00', 'D12'],
    ['[71525]', '01/05/2026', 'Scioto Pain & Anesthesia', 'New patient visit {99203}', '$95.00', '$95.00', '—'],
  ],
});

// ── 15. Member portal claims grid ──
const portalGrid = table({
  id: 's130-portal',
  kind: 's130-member-portal-claims-grid',
  caption: 'My claims — 2026 plan year — showing 1–7 of 19',
  headers: ['Claim', 'Submitted', 'For', 'Paid to', 'Description', 'Amount', 'Status'],
  rows: [
    ['[71406]', '03/16/2026', 'Dana', 'Card', 'Olentangy Foot & Ankle', '$1,155.00', 'Needs receipt'],
    ['[71294]', '03/04/2026', 'Dana', 'Card', 'Scioto Pain — {64445}', '$418.60', 'Approved'],
    ['[71522]', '03/20/2026', 'Dana', 'You', 'Botox {64612} facial spasm', '$385.00', 'Denied'],
    ['[71601]', '03/28/2026', 'Marc', 'You', 'Surgery sciatic nerve 02/11', '$2,480.00', 'In review'],
    ['[64714]', '01/29/2026', 'Marc', 'Card', 'Central Ohio Nerve Surgery', '$640.00', 'Needs receipt'],
    ['[70994]', '02/13/2026', 'Marc', 'Card', 'OhioHealth Riverside', '$2,480.00', 'Needs receipt'],
    ['[71130]', '02/20/2026', 'Dana', 'Card', 'CVS #[10226]', '$38.47', 'Approved'],
  ],
});

// ── 16. Portal claim detail screen, label and value lines ──
const claimDetail = lines({
  id: 's130-claimdet',
  kind: 's130-member-portal-claim-detail-text',
  before: 'Claim details',
  text: [
    'Claim number [71601] · Submitted 03/28/2026 by web upload · Account: HRA 2026 (after FSA)',
    'Patient: Marc Whitcomb · Provider: Central Ohio Nerve Surgery, Columbus OH [43215]',
    'Service date 02/11/2026 · Service: sciatic neuroplasty {64712} and lumbar plexus neuroplasty {64714}',
    'Amount requested $2,480.00 · Amount approved pending · Reviewer queue Q-[43143]',
    'Documents: itemized_statement_0211.pdf (2 pages) · carrier EOB claim MMO26041887 · LMN on file',
    'Notes from reviewer: "EOB shows patient share only on {64712}; asked member for second EOB page."',
  ].join('\n'),
});

// ── 17. Carrier EOB feed for HRA auto-substantiation, pipe-delimited file ──
const eobFeed = lines({
  id: 's130-eobfeed',
  kind: 's130-hra-carrier-eob-feed-pipe-file',
  before: 'KBS_HRA_CLAIMS_MMO_20260402.txt',
  text: [
    'H|MMO|KBS|20260402|HRA CLAIMS EXTRACT|V3.1|[10221]',
    'D|[30448]-02|W4487120019|MMO26041887|20260211|20260211|{64712}|RT|G57.01|2900.00|1840.22|1840.22|0.00|[43215]',
    'D|[30448]-02|W4487120019|MMO26041887|20260211|20260211|{64714}|RT|G57.01|2400.00|1215.10|639.78|0.00|[43215]',
    'D|[30448]-02|W4487120019|MMO26041902|20260211|20260211|{64445}||G57.01|520.00|288.40|288.40|0.00|[43017]',
    'D|[30448]-01|W4487120027|MMO26042011|20260314|20260314|{64632}|LT|G57.62|760.00|402.18|402.18|0.00|[43235]',
    'D|[30448]-01|W4487120027|MMO26042011|20260314|20260314|{76942}||G57.62|190.00|96.11|96.11|0.00|[43235]',
    'T|MMO|000006|4541.99|[10221]',
  ].join('\n'),
});

// ── 18. Record layout for the carrier EOB feed, implementation guide table ──
const feedLayout = table({
  id: 's130-layout',
  kind: 's130-eob-feed-record-layout-spec-grid',
  caption: 'HRA claims extract — detail record (D) layout, pipe delimited',
  headers: ['Fld', 'Name', 'Type', 'Max len', 'Req', 'Example / notes'],
  rows: [
    ['1', 'Record type', 'A', '1', 'Y', 'D'],
    ['2', 'Member id (subscriber-suffix)', 'AN', '8', 'Y', '[30448]-01'],
    ['7', 'Procedure code', 'AN', '5', 'Y', 'CPT or HCPCS, e.g. {64445} or J0585'],
    ['8', 'Modifier 1', 'AN', '2', 'N', 'RT, LT, 50'],
    ['8a', 'Other procedures on claim', 'AN', '60', 'N', 'comma separated, e.g. {64714},{64445}'],
    ['10', 'Billed amount', 'N', '9.2', 'Y', '[12850].00 (no $ or commas)'],
    ['11', 'Allowed amount', 'N', '9.2', 'Y', '1840.22'],
    ['12', 'Patient responsibility', 'N', '9.2', 'Y', 'Deductible + coinsurance + copay'],
    ['14', 'Provider ZIP', 'N', '5', 'Y', '[43235]; ZIP+4 not accepted'],
    ['15', 'Carrier group number', 'AN', '10', 'Y', '[64712] (MMO group, not the employer group)'],
    ['16', 'Carrier payer id', 'AN', '5', 'Y', '[29076] (Medical Mutual EDI id)'],
    ['T5', 'Batch id (repeats header field 7)', 'N', '5', 'Y', '[10221]'],
  ],
});

// ── 19. Auto-substantiation exceptions report from the feed, table ──
const autoExceptions = table({
  id: 's130-autoexc',
  kind: 's130-hra-auto-substantiation-exceptions-report-grid',
  caption: 'Auto-substantiation run 04/02/2026 — records not matched to a card transaction (3 of 6)',
  headers: ['Rec', 'Member', 'Carrier claim', 'DOS', 'Proc.', 'Pt resp', 'Exception'],
  rows: [
    ['2', '[30448]-02', 'MMO26041887', '02/11/2026', '{64712}', '1840.22', 'E14 no card swipe within 60 days'],
    ['3', '[30448]-02', 'MMO26041887', '02/11/2026', '{64714}', '639.78', 'E14 no card swipe within 60 days'],
    ['6', '[30448]-01', 'MMO26042011', '03/14/2026', '{76942}', '96.11', 'E22 partial match to claim [71406]'],
  ],
});

// ── 20. The carrier's own EOB, member copy, PDF text layer ──
const carrierEob = lines({
  id: 's130-eob',
  kind: 's130-carrier-explanation-of-benefits-member-text',
  before: 'Medical Mutual of Ohio — Explanation of Benefits — This is not a bill',
  text: [
    'Member: Marc Whitcomb · ID MMO-[55401]-88 · Group [64712] · Claim MMO26041887 · Processed 03/24/2026',
    'Provider: Central Ohio Nerve Surgery · 500 Neil Ave, Columbus OH [43215]',
    '02/11/26  Neuroplasty major peripheral nerve  {64712}  $2,900.00  allowed $1,840.22  you owe $1,840.22',
    '02/11/26  Neuroplasty lumbar plexus  {64714}  $2,400.00  allowed $1,215.10  plan paid $575.32  you owe $639.78',
    'Deductible met this year: $3,400.00 of $3,400.00. Remark N[10019]: see your plan booklet.',
    'Questions: Medical Mutual, PO Box [94580], Cleveland, OH [44101]-4580',
  ].join('\n'),
});

// ── 21. FHIR ExplanationOfBenefit (CARIN Blue Button) pulled by the administrator's app, JSON ──
const fhirEob = lines({
  id: 's130-fhir',
  kind: 's130-fhir-explanationofbenefit-json',
  before: 'GET /fhir/ExplanationOfBenefit?patient=mmo-55401-88',
  text: [
    '"identifier": [{ "type": { "text": "Claim number" }, "value": "MMO26041902" }],',
    '"provider": { "reference": "#prov1", "display": "Scioto Pain & Anesthesia" },',
    '"item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt",',
    '"code": "{64445}", "display": "Injection, anesthetic agent; sciatic nerve, single" }] },',
    '"servicedDate": "2026-02-11", "net": { "value": 520.00 }, "locationAddress": { "postalCode": "[43214]" },',
    '"adjudication": [{ "category": { "coding": [{ "code": "memberliability" }] }, "amount": { "value": 288.40 } }] },',
    '{ "sequence": 2, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{76942}" }] },',
    '"servicedDate": "2026-02-11", "net": { "value": 140.00 } }],',
    '"contained": [{ "resourceType": "Organization", "id": "prov1", "address": [{ "city": "Dublin", "postalCode": "[43017]" }] }],',
    '"insurance": [{ "coverage": { "reference": "Coverage/mmo-grp-[64712]" } }]',
  ].join('\n'),
});

// ── 22. Claim submission through the administrator's partner API, XML ──
const claimXml = lines({
  id: 's130-xml',
  kind: 's130-partner-api-claim-submission-xml',
  before: 'POST /partner/v2/claims',
  text: [
    '<ClaimSubmission employerId="[64445]" participantId="KB-[30448]-01" account="HCFSA2026">',
    '  <Expense dateOfService="2026-03-02" amount="418.60" providerName="Scioto Pain &amp; Anesthesia">',
    '    <ServiceCode type="CPT">{64445}</ServiceCode><Modifier>RT</Modifier>',
    '    <ProviderZip>[43017]</ProviderZip><ProviderTaxId>31-1725540</ProviderTaxId>',
    '  </Expense>',
    '  <Expense dateOfService="2025-12-18" amount="385.00"><ServiceCode type="CPT">{64612}</ServiceCode>',
    '    <ProviderZip>[43214]</ProviderZip><Attachment docId="[43108]" kind="LMN"/></Expense>',
    '</ClaimSubmission>',
  ].join('\n'),
});

// ── 23. Employer plan document excerpt, eligible expenses article (decoy heavy) ──
const planDoc = lines({
  id: 's130-plandoc',
  kind: 's130-employer-cafeteria-plan-document-eligible-expenses-text',
  before: 'Harlan Tool & Die Co. Flexible Benefits Plan — Plan Document',
  text: [
    'Plan sponsor: Harlan Tool & Die Co., 4100 Lockbourne Rd, Columbus, OH [43207] · EIN 31-0884416 · Plan No. 501',
    'Article IV, Section 4.3 — Medical Care Expenses. "Medical Care Expenses" means expenses incurred by a',
    'Participant or Dependent for medical care as defined in Code §213(d), other than premiums, that are not',
    'reimbursed from any other source. Cosmetic procedures are excluded unless needed to correct a deformity.',
    'Section 4.4 — HRA Expenses. The HRA reimburses deductible and coinsurance under the Medical Mutual PPO HDHP',
    '(carrier group [64712]) only, after the Health Care FSA is used. HRA limit: $1,500 employee, $3,000 family.',
    'Section 4.5 — Substantiation. Claims shall be substantiated by a third party statement; card transactions',
    'not auto-substantiated under Rev. Rul. 2003-43 and Notice 2006-69 shall be reviewed. Group no. [64445].',
    'Claims administrator: Keystone Benefit Services, PO Box [14079], Salt Lake City, UT [84130]; see Appendix C.',
    'Amended and restated effective January 1, 2026 · Document control HTD-FBP-[20126] · Page 14 of 38',
  ].join('\n'),
});

// ── 24. Administrator's eligible expense guide, table ──
const eligGuide = table({
  id: 's130-eligguide',
  kind: 's130-eligible-expense-guide-grid',
  caption: 'Eligible expense guide — N',
  headers: ['Expense', 'HC FSA', 'LP FSA', 'HSA', 'What to send'],
  rows: [
    ['Nerve blocks (e.g. {64445}, {64450})', 'Eligible', 'No', 'Eligible', 'Itemized statement'],
    [
      'Nerve injections with Botox ({64612}, {64615})',
      'Eligible with LMN',
      'No',
      'Eligible with LMN',
      'Statement + LMN',
    ],
    ['Nerve decompression surgery', 'Eligible', 'No', 'Eligible', 'EOB or itemized statement'],
    ['Neuroma treatment (alcohol injections {64632})', 'Eligible', 'No', 'Eligible', 'Itemized statement'],
    ['Physical therapy after nerve surgery ({97110}, {97140})', 'Eligible', 'No', 'Eligible', 'Itemized statement'],
    ['Nutritional supplements', 'Not eligible', 'No', 'Not eligible', '—'],
  ],
});

// ── 25. IRS Form 1099-SA recipient copy, PDF text layer ──
const f1099 = lines({
  id: 's130-1099sa',
  kind: 's130-irs-1099-sa-recipient-copy-text',
  before: 'Form 1099-SA — Distributions From an HSA, Archer MSA, or Medicare Advantage MSA — 2026',
  text: [
    "TRUSTEE'S/PAYER'S name: Keystone Bank, N.A., as HSA custodian, 60 E South Temple, Salt Lake City, UT [84111]",
    "PAYER'S TIN 87-0639141   RECIPIENT'S TIN ***-**-4417   Account number (see instructions) [64632]-0071",
    "RECIPIENT'S name: Anita M. Ruiz, 88 Otterbein Ave, Westerville, OH [43081]",
    '1 Gross distribution $4,218.60   2 Earnings on excess cont. $0.00   3 Distribution code 1   4 FMV on date of death',
    '5 [X] HSA  [ ] Archer MSA  [ ] MA MSA      Copy B For Recipient · OMB No. 1545-1517',
    'Form 1099-SA (keep for your records) · Cat. No. [38470]N · www.irs.gov/Form1099SA',
  ].join('\n'),
});

// ── 26. IRS Form 5498-SA participant copy, PDF text layer ──
const f5498 = lines({
  id: 's130-5498sa',
  kind: 's130-irs-5498-sa-participant-copy-text',
  before: 'Form 5498-SA — HSA, Archer MSA, or Medicare Advantage MSA Information — 2026',
  text: [
    "TRUSTEE'S name: Keystone Bank, N.A., 60 E South Temple, Salt Lake City, UT [84111] · TIN 87-0639141",
    "PARTICIPANT'S name: Anita M. Ruiz, Westerville, OH [43081] · Account number [64632]-0071",
    '1 Employee or self-employed person’s Archer MSA contributions $0.00   2 Total contributions made in 2026 $8,750.00',
    '3 Total HSA or Archer MSA contributions made in 2027 for 2026 $0.00   4 Rollover contributions $0.00',
    '5 Fair market value of HSA, Archer MSA, or MA MSA $[14382].57   6 [X] HSA',
    'Form 5498-SA · Cat. No. [38467]J · Do not attach to your tax return.',
  ].join('\n'),
});

// ── 27. Customer-service chat transcript (member and agent) ──
const chat = lines({
  id: 's130-chat',
  kind: 's130-customer-service-chat-transcript-text',
  before: 'Chat transcript — Keystone Benefit Services — Chat ID 7731-0418',
  text: [
    '10:02 Agent (Brianna): Hi Dana, I see you are asking about the card hold. Can you give me your member ID?',
    '10:03 Dana: KB-[30448]-01. Why is my card on hold? I sent the receipt for the foot doctor already',
    '10:05 Agent (Brianna): The upload on 03/18 was the card slip. We need the itemized statement for claim [71406].',
    '10:06 Dana: the itemized one says {64632} x2 and {76942} and {99213}, is that the right one?',
    '10:07 Agent (Brianna): Yes, the one listing the codes ({64632} etc.) and the $1,155.00 total is exactly it.',
    '10:08 Dana: also the sciatic surgery for my husband, code {64712}, he has the EOB',
    '10:09 Agent (Brianna): Upload the EOB to claim [71601]. I opened case CS-[64612] for the card hold.',
    '10:10 Dana: and the pain clinic one, the sciatic block {64445} on 3/2, that went through right?',
    '10:10 Agent (Brianna): Yes, claim [71294] for $418.60 was approved on 03/20 from your itemized statement.',
    '10:11 Agent (Brianna): Your survey code is [43181]. Thanks for chatting with Keystone!',
  ].join('\n'),
});

// ── 28. "Receipt needed" e-mail notification and its footer, text ──
const email = lines({
  id: 's130-email',
  kind: 's130-receipt-needed-email-notification-text',
  before: 'Subject: Action needed — receipt for your $418.60 card purchase',
  text: [
    'Hi Dana, your Keystone Benefits Card purchase of $418.60 at SCIOTO PAIN ANESTH on 03/02/2026 needs a receipt.',
    'Claim [71294] · Upload by 04/16/2026 to keep your card active.',
    'Tip: an itemized statement lists each service, like a nerve block ({64445}), with its date and charge.',
    'Keystone Benefit Services · PO Box [14079] · Salt Lake City, UT [84130] · Unsubscribe · Ref [55470]',
  ].join('\n'),
});

// ── 29. Document upload screen with the values read from the receipt (OCR), text ──
const upload = lines({
  id: 's130-upload',
  kind: 's130-receipt-upload-ocr-review-screen-text',
  before: 'Upload documentation · Claim 71406',
  text: [
    'We read these details from itemized_statement.jpg — check them before you submit:',
    'Provider: Olentangy Foot & Ankle Specialists · Provider ZIP: [43235] · Tax ID: 31-1648823',
    'Service date: 03/14/2026 · Procedure codes found: {99213}, {64632}, {76942} · Amount paid: $1,155.00',
    'Account number on receipt: [20741] (we will not store this)',
    'Does this match claim [71406] for $1,155.00?  [Yes, submit]  [Edit details]',
  ].join('\n'),
});

// ── 30. Administrator's substantiation review queue, table ──
const queue = table({
  id: 's130-queue',
  kind: 's130-administrator-substantiation-review-queue-grid',
  caption: 'Work queue: CARD-DOCS · assigned to jpark · 23 items',
  headers: ['Claim', 'Group', 'Participant', 'Amt', 'Doc type', 'Codes read', 'Age', 'Decision'],
  rows: [
    ['[71406]', '[64445]', 'Whitcomb, D', '1155.00', 'Itemized', '{64632} {76942} {99213}', '2d', 'Approve'],
    ['[71601]', '[64445]', 'Whitcomb, M', '2480.00', 'EOB', '{64712} {64714}', '5d', 'Approve (HRA)'],
    ['[71588]', '[20267]', 'Novak, P', '612.00', 'Superbill', '{64615}', '6d', 'Pend — LMN'],
    ['[71594]', '[20267]', 'Cho, L', '95.00', 'Card slip', '—', '6d', 'Deny — insufficient'],
    ['[71597]', '[41133]', 'Barnes, T', '1320.00', 'Itemized', '{64455} {64632}', '7d', 'Approve'],
    ['[71599]', '[20265]', 'Okafor, E', '2210.00', 'EOB', '{64713}, {64708}', '8d', 'Approve'],
    ['[71603]', '[64612]', 'Lind, S', '475.00', 'Itemized', '{64612} x1, J0585', '8d', 'Pend — LMN'],
  ],
});

// ── 31. Reviewer notes / audit log on the claim, text ──
const notes = lines({
  id: 's130-notes',
  kind: 's130-claim-reviewer-audit-notes-text',
  before: 'Claim 71601 — Activity',
  text: [
    '03/28/2026 09:14 system: claim [71601] created from upload; same DOS and amount as card txn [70994], possible dup',
    '04/01/2026 13:40 jpark: EOB MMO26041887 shows {64712} pt resp 1840.22 and {64714} pt resp 639.78 = 2480.00',
    '04/01/2026 13:42 jpark: {64445} block billed by Scioto separately (claim [71294]); not part of this claim',
    '04/02/2026 07:05 feed: HRA extract [10221] matched; exception E14 cleared for rec 2 and 3',
    '04/02/2026 10:20 jpark: Dana 03/28 repeat {64632} ($570.00 with {76942}) uploaded as claim [71613]; queued',
    '04/02/2026 10:31 jpark: approved $2,480.00 from HRA (family limit $3,000, $520.00 left); note to file [46259]',
  ].join('\n'),
});

// ── 32. Repayment request letter for an unsubstantiated card transaction, PDF text layer ──
const repay = lines({
  id: 's130-repay',
  kind: 's130-card-repayment-request-letter-text',
  before: 'REQUEST FOR REPAYMENT — Health Care FSA',
  text: [
    'Keystone Benefit Services · PO Box [14079] · Salt Lake City, UT [84130]',
    'Participant KB-[30448]-01 · Employer group [64445] · Letter date May 4, 2026 · Ref RP-[88746]',
    'Card transaction [70994] (OhioHealth Riverside, 02/11/2026, $2,480.00) paid for the same services as claim [71601],',
    'which we reimbursed to you from the HRA on 04/10/2026 (surgery codes {64712} and {64714}, carrier claim MMO26041887).',
    'The same expense cannot be paid twice. You may (1) repay $2,480.00 by check to Keystone Repayments,',
    'PO Box [74087], Atlanta, GA [30374]-4087; or (2) send other eligible receipts of at least that amount',
    'to offset it, such as the balance of $570.00 for {64632} on 03/28/2026. Unpaid amounts are reported to payroll.',
  ].join('\n'),
});

// ── 33. Member's appeal letter, prose ──
const appeal = lines({
  id: 's130-appeal',
  kind: 's130-member-appeal-letter-text',
  before: 'To Keystone Benefit Services, Appeals',
  text: [
    'Dana Whitcomb · 2281 Brandywine Dr · Columbus, OH [43220] · participant KB-[30448]-01',
    'Re: appeal of denied claim [71522] (letter of April 9, 2026)',
    'The Botox I receive is not cosmetic. My neurologist bills it as chemodenervation of the facial nerve, {64612},',
    'for hemifacial spasm. I attach his letter of medical necessity and the statement with code {64612} and J0585.',
    'I also ask you to reopen claim [71524]; that was a separate purchase, not a duplicate.',
    'Thank you. Dana Whitcomb, phone 614-555-0129.',
  ].join('\n'),
});

// ── 34. Administrator's appeal decision letter, PDF text layer ──
const appealDecision = lines({
  id: 's130-appdec',
  kind: 's130-administrator-appeal-decision-letter-text',
  before: 'APPEAL DETERMINATION',
  text: [
    'Appeal no. AP-[26040] · Claim [71522] · Participant KB-[30448]-01 · Plan: Harlan Tool & Die Health Care FSA',
    'Decision: OVERTURNED. The letter of medical necessity from Mark T. Agarwal, MD, dated 03/30/2026, states that',
    'chemodenervation of the facial nerve (CPT {64612}) treats hemifacial spasm (G51.3) and is not cosmetic.',
    'We approved $385.00 and will also accept future claims for {64612} through 12/17/2026 under LMN [43166].',
    'Claim [71524] remains denied: it duplicates claim [71130]. This is the final level of appeal under the plan.',
    'Appeals Unit, PO Box [14093], Salt Lake City, UT [84130]',
  ].join('\n'),
});

// ── 35. HSA account activity, table (bill-pay distributions to providers) ──
const hsaActivity = table({
  id: 's130-hsaact',
  kind: 's130-hsa-account-activity-grid',
  caption: 'HSA activity — Anita M. Ruiz — January 1 to March 31, 2026 — Account …0071',
  headers: ['Date', 'Description', 'Category', 'Amount', 'Balance', 'Receipt'],
  rows: [
    ['01/15/2026', 'Payroll contribution — Brightline Logistics', 'Contribution', '$345.83', '$[12640].42', '—'],
    [
      '02/06/2026',
      'Bill pay to CENTRAL OHIO NERVE SURG check [10276]',
      'Distribution',
      '-$300.00',
      '$[12340].42',
      'Attached',
    ],
    [
      '03/05/2026',
      'Bill pay to SCIOTO PAIN ANESTH check [10279] acct [64712]',
      'Distribution',
      '-$418.60',
      '$[11921].82',
      'Attached',
    ],
    [
      '03/20/2026',
      'Reimburse me — Riverside Neurology ({64612}) 12/18/25',
      'Distribution',
      '-$385.00',
      '$[11536].82',
      'Add',
    ],
    ['03/31/2026', 'Interest', 'Earnings', '$4.12', '$[11540].94', '—'],
  ],
});

// ── 36. Reimbursement remittance (direct deposit) notice, text ──
const remit = lines({
  id: 's130-remit',
  kind: 's130-reimbursement-direct-deposit-notice-text',
  before: 'Reimbursement notice — direct deposit',
  text: [
    'Deposit date 04/10/2026 · Amount $2,865.00 · To checking ****2290 · Trace no. 091000019871190 · Batch [43256]',
    'Claim [71601]  Marc  02/11/2026  Central Ohio Nerve Surgery  ({64712}, {64714})  HRA  $2,480.00',
    'Claim [71522]  Dana  12/18/2025  Riverside Neurology  ({64612})  Health Care FSA  $385.00',
    'Remaining 2026 balances: Health Care FSA $1,028.90 · HRA $520.00',
    'Keystone Benefit Services · PO Box [14079] · Salt Lake City, UT [84130] · Notice [55492]',
  ].join('\n'),
});

// ── 37. Claims CSV export from the member portal ──
const csv = lines({
  id: 's130-csv',
  kind: 's130-member-portal-claims-csv-export',
  before: 'claims_export_2026.csv',
  text: [
    'claim_id,submitted,patient,provider,provider_zip,service_code,amount,status,account',
    '[71406],2026-03-16,Dana,Olentangy Foot & Ankle,[43235],{64632},1155.00,Approved,HCFSA',
    '[71294],2026-03-04,Dana,Scioto Pain & Anesthesia,[43017],{64445},418.60,Approved,HCFSA',
    '[71522],2026-03-20,Dana,Riverside Neurology,[43214],{64612},385.00,Paid,HCFSA',
    '[71601],2026-03-28,Marc,Central Ohio Nerve Surgery,[43215],{64712};{64714},2480.00,Paid,HRA',
    '[71525],2026-01-07,Dana,Scioto Pain & Anesthesia,[43017],{99203},95.00,Paid,HCFSA',
    '[71130],2026-02-20,Dana,CVS #[10226],[43235],,38.47,Approved,HCFSA',
    '[64714],2026-01-29,Marc,Central Ohio Nerve Surgery,[43215],{99204};{95910},640.00,Approved,HCFSA',
  ].join('\n'),
});

// ── 38. "Pay my provider" request form, text ──
const payProvider = lines({
  id: 's130-payprov',
  kind: 's130-pay-my-provider-request-form-text',
  before: 'Pay my provider — HSA bill pay — Anita M. Ruiz',
  text: [
    'Payee: Central Ohio Nerve Surgery · Remit address: PO Box 183012, Columbus, OH [43218]-3012',
    'Your account number with this provider: [64714] · Invoice / statement no.: [20571]',
    'Patient: Anita · Service date: 02/11/2026 · Service or CPT (optional): {64712}-RT neuroplasty',
    'Amount: $300.00 (surgery deposit) · Send on: 02/04/2026 · Memo on check: acct [64714] Anita Ruiz',
  ].join('\n'),
});

// ── 29b. The line items the receipt reader found, shown as a grid with no header row ──
const ocrGrid = table({
  id: 's130-ocrgrid',
  kind: 's130-receipt-ocr-line-items-headerless-grid',
  caption: 'Line items found on your receipt (tap a line to correct it)',
  headers: ['', '', '', '', ''],
  rows: [
    ['03/14/2026', '{99213}', 'OFFICE/OUTPATIENT VISIT EST', '1', '$145.00'],
    ['03/14/2026', '{64632}', 'DESTR NEUROLYTIC PLNTR DIG N', '2', '$760.00'],
    ['03/14/2026', '{76942}', 'ECHO GUIDE FOR BIOPSY', '1', '$190.00'],
    ['03/14/2026', 'A4550', 'SURGICAL TRAYS', '1', '$60.00'],
    ['Acct [20741]', 'Stmt [43197]', 'OLENTANGY FOOT & ANKLE [43235]', '', 'Paid $1,155.00'],
  ],
});

// ── 38b. HRA provider-pay remittance the administrator sends the neurology practice, X12 835 ──
const hra835 = lines({
  id: 's130-x835',
  kind: 's130-hra-provider-payment-835-x12',
  before: 'KBS HRA provider payment — 835 to Riverside Neurology Associates — 04/17/2026',
  text: [
    'ST*835*0417~BPR*I*870.00*C*ACH*CCP*01*124000054*DA*4410027781*1311748870**01*044000037*DA*9918823301*20260417~',
    'TRN*1*[10281]*1311748870~REF*2U*[64612]~DTM*405*20260417~',
    'N1*PR*KEYSTONE BENEFIT SERVICES HRA~N3*PO BOX [14079]~N4*SALT LAKE CITY*UT*841304079~',
    'N1*PE*RIVERSIDE NEUROLOGY ASSOCIATES*XX*1447310928~N4*COLUMBUS*OH*[43214]~',
    'CLP*[71603]*1*475*380*95*12*KBS-[71603]~NM1*QC*1*LIND*SARAH****MI*KB-[41160]-01~',
    'SVC*HC:{64612}:LT*475*380**1~DTM*472*20260331~CAS*PR*2*95~',
    'CLP*[71588]*1*612*490*122*12*KBS-[71588]~NM1*QC*1*NOVAK*PETRA****MI*KB-[41152]-01~',
    'SVC*HC:{64615}*612*490**1~DTM*472*20260326~CAS*PR*2*122~SE*16*0417~',
  ].join('\n'),
});

// ── 39. Mobile app notification list, text ──
const mobile = lines({
  id: 's130-mobile',
  kind: 's130-mobile-app-notification-list-text',
  before: 'Notifications',
  text: [
    'Apr 10 · Deposit of $2,865.00 sent for claims [71601] and [71522].',
    'Apr 9 · Appeal AP-[26040] decided. Tap to read the letter.',
    'Mar 31 · 2 card purchases still need receipts (claims [71406], [64714]).',
    'Mar 18 · We got your upload for claim [71406], but it is a card slip. We need the itemized bill.',
    'Mar 16 · New card purchase $1,155.00 at OLENTANGY FOOT ANKLE [43235] needs a receipt.',
  ].join('\n'),
});

// ── 40. Auto-adjudication rule configuration, administrator back office table (no codes in it but ranges) ──
const rules = table({
  id: 's130-rules',
  kind: 's130-auto-adjudication-rule-configuration-grid',
  caption: 'Substantiation rules — client group 64445 (Harlan Tool & Die)',
  headers: ['Rule', 'Applies to', 'Match on', 'Codes / values', 'Action'],
  rows: [
    ['[30302]', 'Card MCC 8011, 8099', 'Copay amount', '$25, $40, $60', 'Auto-approve'],
    ['[30308]', 'EOB feed', 'Procedure code in range', '{64400}–{64489} (nerve blocks, incl. {64445})', 'Auto-approve'],
    ['[30323]', 'EOB feed', 'Procedure code in range', '{64612}–{64616} (chemodenervation)', 'Pend for LMN'],
    ['[30338]', 'EOB feed', 'Procedure code', '{64632}, {64640}, {64712}, {64714}', 'Auto-approve'],
    ['[30340]', 'Any', 'Provider ZIP outside US', '—', 'Manual review'],
  ],
});

export const sealed130: Snippet[] = [
  ...cardGrid,
  ...cardDetail,
  ...subLetter,
  ...claimFormTop,
  ...claimFormLines,
  ...claimFormFoot,
  ...sbHeader,
  ...sbLines,
  ...sbMenu,
  ...sbFoot,
  ...lmn,
  ...lmnForm,
  ...denial,
  ...denialTable,
  ...portalGrid,
  ...claimDetail,
  ...eobFeed,
  ...feedLayout,
  ...autoExceptions,
  ...carrierEob,
  ...fhirEob,
  ...claimXml,
  ...planDoc,
  ...eligGuide,
  ...f1099,
  ...f5498,
  ...chat,
  ...email,
  ...upload,
  ...queue,
  ...notes,
  ...repay,
  ...appeal,
  ...appealDecision,
  ...hsaActivity,
  ...remit,
  ...csv,
  ...payProvider,
  ...ocrGrid,
  ...hra835,
  ...mobile,
  ...rules,
];
