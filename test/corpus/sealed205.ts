import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 205 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s205-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs of Franklin, Nashville, Mt. Juliet and a Brentwood PO box ZIP, a memorandum number and offeree log number, a
 * retiring surgeon's member id, escrow and ACH account tails, a wire reference, portal document ids, a case reference,
 * a partner number on the K-1, a board resolution, a new-procedure request number and asset tag, an EFT trace number
 * in an 835, an HL7 message id, an API request id, a valuation engagement and report number, a Zoom passcode, an ACH
 * batch number, a PO box and a compliance log item. The five known codes' digits come back as decoys: an investor
 * number (subscription page and portal dashboard), a subscription escrow sub-account, the issuer's PO box (Form D and
 * operating agreement), a capital call id (notice, dashboard, XML export), a support ticket, a portal document id, a
 * board resolution number, a distribution wire reference (NACHA addenda and portal search results) and the ZIP of an
 * out-of-state investor (Elmo, MO) in a letter and a mailing list.
 *
 * Family: a physician-owned ambulatory surgery center syndication. One (fictional) story: Harpeth Ridge Surgical
 * Partners, LLC (Franklin, Tennessee), the investor vehicle that owns Harpeth Ridge Surgery Center, a multi-specialty
 * ASC (pain, hand and peripheral nerve, podiatry, oculoplastics), runs its 2026 syndication round: 120 Class B units
 * at $38,500 offered to qualified physicians to fund OR 5, ultrasound-guided regional blocks and the redemption of a
 * retiring surgeon who failed the one-third test. Pages: the private placement memorandum (cover, summary of the
 * offering, pro forma case mix by CPT, risk factors, regulatory section on the Stark law and the anti-kickback ASC
 * safe harbor), subscription signature page, accredited investor questionnaire, the Form D as EDGAR shows it, the
 * one-third test worksheet and summary, the annual investor attestation, counsel's safe-harbor memo and DHS
 * checklist, the quarterly distribution notice, distribution reports by case mix and by specialty, an investor
 * statement CSV, a capital call notice and allocation grid, the investor portal (dashboard, documents, search
 * results, support chat, JSON API), the K-1 text layer, board of managers minutes, a new-procedure request, a CMS
 * Addendum AA excerpt, an 835 and an HL7 DFT fragment from the billing system, a fair-market-value valuation excerpt,
 * a unit redemption letter, the CFO's email, DocuSign envelopes, operating agreement sections, a NACHA remittance,
 * the certificate-of-need utilization table, the OR block schedule, the management fee invoice, the fund
 * administrator's XML export, the compliance committee log, the subscription tracker, the K-1 mailing list and the
 * unit ledger (cap table).
 * Built on real public layouts: Regulation D private placement memorandum covers and "Summary of the Offering"
 * tables, SEC Form D as rendered on EDGAR (Items 1–16), IRS Schedule K-1 (Form 1065) text layers, ILPA capital call
 * and distribution notice templates, investor portals of the Juniper Square / Carta kind, 42 C.F.R. 1001.952(r)
 * (ASC safe harbor, one-third tests), CMS OPPS/ASC Addendum AA (HCPCS code, short descriptor, multiple procedure
 * discounting, payment indicator, weight, rate), X12 835 and HL7 v2 DFT^P03 segments, NACHA CCD+ addenda, Tennessee
 * certificate-of-need projected utilization tables and DocuSign notification emails. The others are written the way
 * those pages read, with no single source.
 *
 * 362 labelled tokens over 44 shapes: 198 codes (88 of them the five known codes), 164 decoys, 55 of the decoys in
 * KNOWN_10K.
 */

// ── 1. PPM cover page, text layer (decoy heavy) ──
const ppmCover = lines({
  id: 's205-ppmcover',
  kind: 's205-private-placement-memorandum-cover-text',
  before: 'CONFIDENTIAL PRIVATE PLACEMENT MEMORANDUM',
  text: [
    'Memorandum No. [00214]   Name of Offeree: ______________________   Do not copy or forward',
    'HARPETH RIDGE SURGICAL PARTNERS, LLC (a Tennessee limited liability company)',
    '120 Class B Membership Units   $38,500 per Unit   Minimum purchase: two (2) Units',
    'Offered solely to Qualified Physicians in reliance on Rule 506(b) of Regulation D',
    '4601 Carothers Parkway, Suite 300, Franklin, Tennessee [37064]   Telephone (615) 555-0187',
    'Placement coordinator: Cumberland Surgical Management, LLC, 2 Maryland Farms, Brentwood, TN [37027]',
    'Escrow agent: Pinnacle Bank, 150 Third Avenue South, Nashville, TN [37201]   Offeree log no. [14023]',
    'Offering period ends June 30, 2026, unless extended. Dated March 2, 2026. Copy control HRSP-26-[40127].',
  ].join('\n'),
});

// ── 2. PPM "Summary of the Offering", two-column table ──
const ppmSummary = table({
  id: 's205-ppmsum',
  kind: 's205-ppm-summary-of-the-offering-grid',
  caption: 'SUMMARY OF THE OFFERING',
  headers: ['Term', 'Summary'],
  rows: [
    ['Issuer', 'Harpeth Ridge Surgical Partners, LLC ("HRSP"), sole member of Harpeth Ridge Surgery Center, LLC'],
    ['Units offered', '120 Class B Units at $38,500 per Unit; maximum aggregate $4,620,000'],
    [
      'Use of proceeds',
      'Redemption of 46 Units; build-out of OR 5; two ultrasound systems for regional blocks ({64445}, {64447}, {64448})',
    ],
    [
      'Case mix, FY 2025',
      '9,412 cases: pain 38% (mostly {64483}, {64493}, {64632}); hand and peripheral nerve 22% ({64721}, {64718}, {64712}, {64714}); oculoplastics 19% ({64612}, {67904})',
    ],
    ['Distributions', 'Quarterly; FY 2025 distributions of $11,842 per Unit (not a prediction of future results)'],
    ['Qualification', 'Each investor must meet the one-third tests of 42 C.F.R. § 1001.952(r)(3) every fiscal year'],
    ['Escrow', 'Pinnacle Bank escrow, account ending [40086]; funds returned without interest if minimum not met'],
  ],
});

// ── 3. PPM pro forma case volume by CPT ──
const ppmCaseMix = table({
  id: 's205-ppmmix',
  kind: 's205-ppm-pro-forma-case-volume-by-cpt-grid',
  caption: 'Exhibit C — Historical and Projected Case Volume, Selected Procedures',
  headers: ['CPT', 'Description', 'FY 2025 actual', 'FY 2026 budget', 'FY 2027 pro forma', 'Net rev / case'],
  rows: [
    ['{64721}', 'Neuroplasty, median nerve at carpal tunnel', '612', '640', '690', '$1,412'],
    ['{64718}', 'Neuroplasty, ulnar nerve at elbow', '188', '196', '214', '$1,655'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '21', '26', '34', '$2,310'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '9', '12', '18', '$2,288'],
    ['{64632}', 'Destruction, plantar common digital nerve', '244', '260', '275', '$598'],
    ['{64445}', 'Injection, sciatic nerve, single', '1,018', '1,240', '1,460', '$214'],
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', '402', '415', '430', '$386'],
    ['{28080}', 'Excision, interdigital (Morton) neuroma', '96', '101', '110', '$1,906'],
  ],
});

// ── 4. PPM risk factors, text layer ──
const ppmRisk = lines({
  id: 's205-ppmrisk',
  kind: 's205-ppm-risk-factors-text',
  before: 'RISK FACTORS — Risks Related to Reimbursement',
  text: [
    'CMS updates the ASC covered procedures list each year (see, e.g., 89 FR [93912]); removal of a procedure such',
    'as lumbar plexus neuroplasty ({64714}) from the list would move those cases to a hospital outpatient setting.',
    'Several commercial payers apply site-of-service programs to {64721} and {64718}, which helps the Center, but',
    'two have adopted medical policies limiting chemical neurolysis ({64632}) to patients who failed orthotics.',
    'Chemodenervation ({64612}) volume depends on drug supply (J0585); a shortage in 2023 cut volume by 18%.',
    "The Center's 2025 net revenue of $18,406,000 was 61% commercial, 27% Medicare and 12% other.",
  ].join('\n'),
});

// ── 5. PPM regulatory section (Stark / AKS), text layer ──
const ppmReg = lines({
  id: 's205-ppmreg',
  kind: 's205-ppm-regulatory-fraud-abuse-section-text',
  before: 'REGULATION — Federal Anti-Kickback Statute; Physician Self-Referral (Stark) Law',
  text: [
    'The Anti-Kickback Statute, 42 U.S.C. § 1320a-7b(b), is implicated when a referral source holds an investment',
    'interest. The multi-specialty ASC safe harbor protects returns only if (i) at least one-third of each physician',
    "investor's medical practice income is derived from ASC-qualified procedures (procedures on the CMS list, such",
    'as {64721}, {64445} or {28080}), and (ii) at least one-third of those procedures are performed at the Center.',
    'Office visits (e.g., {99214}) and procedures not on the list count in the income denominator but not the numerator.',
    'Ambulatory surgical services are not "designated health services" under Stark when paid under the ASC',
    'payment system; separately billed pathology (e.g., {88305} on an excised neuroma) is billed by an outside lab.',
  ].join('\n'),
});

// ── 6. Subscription agreement signature page, text layer ──
const subSig = lines({
  id: 's205-subsig',
  kind: 's205-subscription-agreement-signature-page-text',
  before: 'SUBSCRIPTION AGREEMENT — SIGNATURE PAGE AND SUBSCRIBER INFORMATION',
  text: [
    'Subscriber: Priya N. Raman, M.D.   Investor No. HR-[64714]   Class: B',
    'Residence: 1187 Hillsboro Road, Franklin, TN [37069]',
    'Practice: Harpeth Spine & Pain, PLLC, 4230 Harding Pike, Nashville, TN [37205]',
    'Units subscribed: 4   Aggregate purchase price: $154,000.00   Wire reference: HRSP26-[10133]',
    'Principal procedures I expect to perform at the Center: {64445}, {64483}, {64493}, {64632}, {62323}',
    'Escrow sub-account: [64612]   Signature: /s/ Priya N. Raman   Date: 03/19/2026',
  ].join('\n'),
});

// ── 7. Accredited investor / qualified physician questionnaire, checkbox form ──
const aiq = lines({
  id: 's205-aiq',
  kind: 's205-accredited-investor-physician-questionnaire-form-text',
  before: 'INVESTOR QUESTIONNAIRE (Part II — Qualified Physician)',
  text: [
    '[x] Natural person with individual income over $200,000 in each of the two most recent years',
    '4. Mailing address for notices: 718 Cotton Lane, Mt. Juliet, TN [37122]',
    '7. List the ASC-qualified procedures you performed in the last 12 months (top five by volume):',
    '   {64721} carpal tunnel release (311)   {64718} cubital tunnel (72)   {64712} sciatic neurolysis (6)',
    '   {26055} trigger finger (140)   {25111} ganglion excision (38)',
    '9. Group practice NPI: 1396842277   Practice ZIP: [37203]',
  ].join('\n'),
});

// ── 8. Form D as rendered on EDGAR ──
const formD = lines({
  id: 's205-formd',
  kind: 's205-sec-form-d-edgar-rendering-text',
  before: "FORM D — Notice of Exempt Offering of Securities — Item 1. Issuer's Identity",
  text: [
    'Name of Issuer: Harpeth Ridge Surgical Partners, LLC   Jurisdiction of Incorporation/Organization: TENNESSEE',
    'Item 2. Principal Place of Business and Contact Information',
    'Street Address 1: 4601 CAROTHERS PARKWAY   Street Address 2: P.O. BOX [64632]',
    'City: FRANKLIN   State/Province/Country: TENNESSEE   ZIP/PostalCode: [37064]   Phone: 615-555-0187',
    'Item 3. Related Persons: Cumberland Surgical Management, LLC (Manager), 2 Maryland Farms, Brentwood, TN [37027]',
    'Item 4. Industry Group: Health Care — Other Health Care',
    'Item 13. Offering and Sales Amounts: Total Offering Amount $4,620,000 USD; Total Amount Sold $1,848,000 USD',
    'Item 15. Investors: number who have invested 12; Item 16. Sales commissions $0',
  ].join('\n'),
});

// ── 9. One-third test worksheet, one physician, by CPT ──
const oneThirdWs = table({
  id: 's205-otws',
  kind: 's205-one-third-test-worksheet-by-cpt-grid',
  caption: 'One-Third Test Worksheet — FY 2025 — Priya N. Raman, M.D. (Pain Medicine) — source: practice PM system',
  headers: ['CPT', 'Descriptor', 'ASC CPL?', 'Cases at HRSC', 'Cases elsewhere', 'Prof. fees collected'],
  rows: [
    ['{64445}', 'Inj anes sciatic nrv', 'Yes (P3)', '212', '48', '$31,408'],
    ['{64483}', 'Inj foramen epidural l/s', 'Yes (P3)', '388', '61', '$74,220'],
    ['{64493}', 'Inj paravert f jnt l/s 1 lev', 'Yes (P3)', '296', '40', '$52,116'],
    ['{64635}', 'Destr paravert nrv l/s 1', 'Yes (A2)', '174', '22', '$49,870'],
    ['{64632}', 'N block inj plantar digit', 'Yes (P3)', '31', '9', '$3,802'],
    ['{62323}', 'Njx interlaminar lmbr/sac', 'Yes (P3)', '120', '35', '$18,664'],
    ['{99214}', 'Office o/p est mod 30 min', 'No', '—', '1,406', '$128,940'],
    ['{99204}', 'Office o/p new mod 45 min', 'No', '—', '318', '$44,515'],
  ],
});

// ── 10. One-third test summary, all investors ──
const oneThirdSum = table({
  id: 's205-otsum',
  kind: 's205-one-third-test-summary-by-investor-grid',
  caption: 'Annual Safe Harbor Qualification Summary — FY 2025 — prepared by Cumberland Surgical Management',
  headers: ['Member ID', 'Physician', 'Specialty', 'Income test', 'Procedure test', 'Leading ASC codes', 'Result'],
  rows: [
    ['[20417]', 'Okafor, D.', 'Hand / peripheral nerve', '58%', '71%', '{64721}, {64718}, {64712}', 'Pass'],
    ['[10174]', 'Lindqvist, M.', 'Orthopaedics (retiring)', '22%', '41%', '{29881}, {64712}', 'Fail (income)'],
    ['[30158]', 'Raman, P.', 'Pain medicine', '44%', '82%', '{64483}, {64493}, {64635}', 'Pass'],
    ['[48127]', 'Tran, H.', 'Podiatry', '39%', '66%', '{28080}, {64632}, {28285}', 'Pass'],
    ['[52719]', 'Whitfield, A.', 'Oculoplastics', '47%', '58%', '{67904}, {64612}, {15823}', 'Pass'],
    ['[61830]', 'Beaumont, C.', 'Neurosurgery', '36%', '34%', '{64714}, {63650}', 'Pass (procedure test marginal)'],
  ],
});

// ── 11. Annual investor attestation, text layer ──
const attest = lines({
  id: 's205-attest',
  kind: 's205-annual-physician-investor-attestation-text',
  before: 'ANNUAL INVESTOR CERTIFICATION (Operating Agreement § 10.3) — return by February 28',
  text: [
    'I, Hannah Tran, DPM, Member ID [48127], certify for fiscal year 2025 that:',
    '(a) at least one-third of my medical practice income from all sources came from ASC-qualified procedures;',
    '(b) at least one-third of my ASC-qualified procedures (e.g., {28080}, {28285}, {64632}) were performed at the Center;',
    '(c) I have not referred patients for {64632} or {64455} to the Center in exchange for any remuneration.',
    'Mailing address: 905 Coolsprings Blvd, Franklin, TN [37067]   Certification no. CERT-25-[18240]',
  ].join('\n'),
});

// ── 12. Health-care counsel's safe-harbor memo, text layer ──
const counselMemo = lines({
  id: 's205-memo',
  kind: 's205-healthcare-counsel-safe-harbor-memo-text',
  before: 'PRIVILEGED & CONFIDENTIAL — ATTORNEY-CLIENT COMMUNICATION — Bradley & Voss PLLC, Matter [22461]',
  text: [
    'Re: Dr. Lindqvist (Member [10174]) — failure of practice-income test; redemption under § 10.4',
    "Dr. Lindqvist's 2025 income was 22% from listed procedures: his knee arthroscopies ({29881}, {29880}) moved",
    "to the hospital after his group's employment agreement, and his remaining Center work (chiefly {64712} and",
    '{64708}) is low volume. The (r)(3) safe harbor is therefore not available for his returns.',
    'We also reviewed whether Dr. Beaumont\'s lumbar plexus cases ({64714}) are "ASC-qualified"; {64714} is on',
    'Addendum AA for 2026, so they count in both tests. Our file: 2026-HR-[07731]. Billed hours: 14.6.',
  ].join('\n'),
});

// ── 13. DHS / separately billed items checklist ──
const dhsChecklist = table({
  id: 's205-dhs',
  kind: 's205-stark-dhs-separately-billed-items-checklist-grid',
  caption: 'Attachment 2 — Items billed outside the ASC facility fee: Stark "designated health services" screen',
  headers: ['Item', 'Code', 'Who bills', 'DHS?', 'Counsel note'],
  rows: [
    ['Surgical pathology, neuroma', '{88305}', 'Outside lab (Volunteer Path.)', 'Yes', 'No investor referral to ASC'],
    ['Foot X-ray, 2 views, pre-op', '{73620}', 'Physician office', 'Yes', 'In-office ancillary exception'],
    ['US guidance for block', '{76942}', 'Packaged (N1)', 'No', 'Included with {64445}'],
    ['Neurostimulator electrode, peripheral', '{64555}', 'ASC (device-intensive)', 'No', 'ASC payment system'],
    ['Fluoro guidance, spine', '{77003}', 'Packaged (N1)', 'No', 'Bundled into {64483}'],
  ],
});

// ── 14. Quarterly distribution notice, letter text layer ──
const distNotice = lines({
  id: 's205-distnotice',
  kind: 's205-quarterly-distribution-notice-letter-text',
  before: 'NOTICE OF DISTRIBUTION — Harpeth Ridge Surgical Partners, LLC — Q1 2026',
  text: [
    'To: Dr. David Okafor, Member ID [20417]   Record date: March 31, 2026   Payment date: April 15, 2026',
    'Distribution per Class B Unit: $3,104.22   Your Units: 6   Gross distribution: $18,625.32',
    'Tennessee excise withholding: $0.00   Net: $18,625.32 by ACH to account ending [55102]',
    'Q1 cases: 2,414. Growth came from hand surgery ({64721} up 9%) and ultrasound-guided {64445} blocks.',
    'Questions: investors@harpethridge.example or Cumberland Surgical Management, Brentwood, TN [37027]',
  ].join('\n'),
});

// ── 15. Distribution report by case mix (CPT) ──
const distCaseMix = table({
  id: 's205-distmix',
  kind: 's205-investor-distribution-report-case-mix-by-cpt-grid',
  caption: 'Investor Report Q1 2026 — Contribution Margin by Procedure (top 12 by margin)',
  headers: ['CPT', 'Cases', 'Net revenue', 'Supplies & implants', 'Contribution margin', 'CM / case'],
  rows: [
    ['{64721}', '171', '$241,452', '$18,810', '$168,930', '$988'],
    ['{64635}', '61', '$147,010', '$22,570', '$95,118', '$1,559'],
    ['{64483}', '142', '$119,280', '$9,940', '$83,204', '$586'],
    ['{28080}', '27', '$51,462', '$3,105', '$39,870', '$1,477'],
    ['{64718}', '49', '$81,095', '$5,880', '$57,110', '$1,166'],
    ['{64445}', '318', '$68,052', '$6,360', '$40,386', '$127'],
    ['{64612}', '104', '$40,144', '$1,040', '$27,520', '$265'],
    ['{64632}', '66', '$39,468', '$2,640', '$25,410', '$385'],
    ['{64712}', '7', '$16,170', '$1,190', '$10,602', '$1,515'],
    ['{64714}', '3', '$6,864', '$540', '$4,311', '$1,437'],
  ],
});

// ── 16. Distribution report by specialty ──
const distSpecialty = table({
  id: 's205-distspec',
  kind: 's205-investor-distribution-report-by-specialty-grid',
  caption: 'Investor Report Q1 2026 — Cases and Margin by Specialty',
  headers: ['Specialty', 'Cases', 'Share', 'Top procedures', 'Margin'],
  rows: [
    ['Pain medicine', '917', '38%', '{64483}, {64493}, {64635}, {64445}', '$398,102'],
    ['Hand / peripheral nerve', '531', '22%', '{64721}, {64718}, {26055}, {64712}–{64714}', '$301,644'],
    ['Podiatry', '338', '14%', '{28285}, {28080}, {64632}', '$112,950'],
    ['Oculoplastics', '459', '19%', '{15823}, {67904}, {64612}', '$176,415'],
    ['Other (ortho, neuro)', '169', '7%', '{29881}, {63650}', '$61,207'],
  ],
});

// ── 17. Investor statement CSV export ──
const investorCsv = lines({
  id: 's205-invcsv',
  kind: 's205-investor-distribution-statement-csv-export-text',
  before: 'HRSP_distributions_2026Q1.csv',
  text: [
    'member_id,investor,class,units,record_date,gross_dist,withholding,net_dist,ach_last5',
    '[20417],Okafor David MD,B,6,2026-03-31,[18625].32,0.00,[18625].32,[55102]',
    '[30158],Raman Priya MD,B,4,2026-03-31,[12416].88,0.00,[12416].88,[90426]',
    '[48127],Tran Hannah DPM,B,3,2026-03-31,9312.66,0.00,9312.66,[28401]',
    '[10174],Lindqvist Martin MD,A,8,2026-03-31,[24833].76,0.00,[24833].76,[71455]',
    '[52719],Whitfield Anne MD,B,5,2026-03-31,[15521].10,0.00,[15521].10,[33806]',
  ].join('\n'),
});

// ── 18. Capital call notice, text layer ──
const capCall = lines({
  id: 's205-capcall',
  kind: 's205-capital-call-notice-text',
  before: 'CAPITAL CALL NOTICE No. 7 — Harpeth Ridge Surgical Partners, LLC',
  text: [
    'Call ID: CC-[64445]   Notice date: April 22, 2026   Due date: May 22, 2026 (30 days)',
    'Purpose: (1) two ultrasound systems for regional anesthesia and pain blocks ({64445}, {64447}, {64450});',
    '(2) a mini C-arm for hand cases ({64721}, {25447}); (3) OR 5 casework. Total call: $612,000.',
    'Amount per Unit: $1,530.00. Wire to Pinnacle Bank, ABA 064008637, account ending [29412], ref. CC7-[50462]',
    'Failure to fund is a Default under § 4.6; defaulting Units lose distributions until cured.',
  ].join('\n'),
});

// ── 19. Capital call allocation grid ──
const capAlloc = table({
  id: 's205-capalloc',
  kind: 's205-capital-call-allocation-by-investor-grid',
  caption: 'Schedule A to Capital Call No. 7 — Allocation by Member',
  headers: ['Member ID', 'Member', 'Units', 'Pro rata', 'Call amount', 'Wire memo'],
  rows: [
    ['[20417]', 'David Okafor, MD', '6', '1.50%', '$9,180.00', 'CC7-[20417]'],
    ['[30158]', 'Priya Raman, MD', '4', '1.00%', '$6,120.00', 'CC7-[30158]'],
    ['[52719]', 'Anne Whitfield, MD', '5', '1.25%', '$7,650.00', 'CC7-[52719]'],
    ['[61830]', 'Claire Beaumont, MD', '10', '2.50%', '$15,300.00', 'CC7-[61830]'],
  ],
});

// ── 20. Investor portal dashboard, cards read as lines ──
const portalDash = lines({
  id: 's205-portaldash',
  kind: 's205-investor-portal-dashboard-cards-text',
  before: 'Harpeth Ridge Investor Portal — Welcome back, Dr. Raman',
  text: [
    'Your position: 4 Class B Units   Investor No. HR-[64714]   Capital account: $161,882',
    'Latest distribution: $12,416.88 (Apr 15)   YTD: $12,416.88   Open capital call: CC-[64445] due May 22',
    'Your cases at HRSC this quarter: 211   Top: {64483} (96)   {64493} (71)   {64445} (31)',
    'Action needed: FY 2025 one-third certification (form CERT-25-[18241])   K-1 available',
  ].join('\n'),
});

// ── 21. Investor portal documents list ──
const portalDocs = table({
  id: 's205-portaldocs',
  kind: 's205-investor-portal-documents-list-grid',
  caption: 'Documents (14)',
  headers: ['Name', 'Category', 'Posted', 'Doc ID'],
  rows: [
    ['Q1 2026 Investor Report — case mix by CPT', 'Reports', '04/15/2026', '[42318]'],
    ['Capital Call No. 7 Notice', 'Capital calls', '04/22/2026', '[42391]'],
    ['2025 Schedule K-1 (Form 1065)', 'Tax', '03/11/2026', '[64712]'],
    ['Counsel memo — {64714} on ASC list (summary)', 'Compliance', '02/03/2026', '[36078]'],
    ['Private Placement Memorandum (March 2026)', 'Offering', '03/02/2026', '[34105]'],
  ],
});

// ── 22. Investor portal support chat ──
const portalChat = lines({
  id: 's205-chat',
  kind: 's205-investor-portal-support-chat-text',
  before: 'Chat with Investor Relations — Ticket #[64612]',
  text: [
    'Dr. Whitfield 10:41: My K-1 shows Box 1 of $41,220 but the Q4 notice said 5 Units. Ticket #[64612].',
    'Jenna (IR) 10:43: Thanks, Dr. Whitfield. Your fifth Unit closed 11/03, so it was pro-rated. Case ref [68144].',
    'Dr. Whitfield 10:45: Also, does the case-mix report count my {64612} chemodenervations with the {67904} cases?',
    "Jenna (IR) 10:47: Yes — oculoplastics includes {64612}, {64615} and {15823}. I'll send the detail by email.",
    'Jenna (IR) 10:48: The updated K-1 package is doc [42055] in Documents > Tax.',
  ].join('\n'),
});

// ── 23. Schedule K-1 (Form 1065), text layer ──
const k1 = lines({
  id: 's205-k1',
  kind: 's205-schedule-k1-form-1065-text-layer',
  before: "Schedule K-1 (Form 1065) 2025 — Partner's Share of Income, Deductions, Credits, etc.",
  text: [
    "A Partnership's employer identification number 62-1987654",
    "B Partnership's name, address, city, state, and ZIP code: HARPETH RIDGE SURGICAL PARTNERS LLC, 4601",
    'CAROTHERS PKWY STE 300, FRANKLIN, TN [37064]',
    'F Name, address, city, state, and ZIP code for partner: ANNE WHITFIELD MD, 22 ROYAL OAKS, NASHVILLE TN [37205]',
    'Partner no. [00117]   1 Ordinary business income (loss): 41,220   19 Distributions A: 44,080',
    'C IRS center where partnership filed return: e-file   Statement A (Section 199A) — ref [84105]',
  ].join('\n'),
});

// ── 24. Board of managers minutes, text layer ──
const minutes = lines({
  id: 's205-minutes',
  kind: 's205-board-of-managers-meeting-minutes-text',
  before: 'MINUTES OF THE BOARD OF MANAGERS — HARPETH RIDGE SURGERY CENTER, LLC — April 8, 2026',
  text: [
    "3. Medical Director's report. Dr. Okafor reported 7 sciatic neurolyses ({64712}) and 3 lumbar plexus cases",
    '({64714}) in Q1; no transfers. He asked that {64713} (brachial plexus) be credentialed for two surgeons.',
    '4. Resolution [64632]-R: RESOLVED, that the Center purchase two ultrasound systems (Capital Call No. 7).',
    '5. Dr. Raman noted that blocks coded {64445} with {76942} now run 14 minutes room-to-room on average.',
    "6. Redemption of Dr. Lindqvist's 8 Class A Units approved at the FMV price of $41,600 per Unit (Resolution [26093]-R).",
  ].join('\n'),
});

// ── 25. New procedure request form ──
const newProc = lines({
  id: 's205-newproc',
  kind: 's205-asc-new-procedure-request-form-text',
  before: 'REQUEST TO ADD PROCEDURE TO ASC PRIVILEGE LIST — Medical Executive Committee',
  text: [
    'Request no. NPR-[26061]   Requesting surgeon: Claire Beaumont, MD (Member [61830])',
    'CPT code(s): {64714} Neuroplasty, lumbar plexus; {64713} Neuroplasty, brachial plexus',
    'On current Medicare ASC CPL? [x] Yes  [ ] No   Payment indicator: A2   Expected cases/yr: 12',
    'Equipment: nerve stimulator, microscope (existing, asset tag [12097])   Avg OR time: 95 min',
    'Related codes often billed together: {64714}-{64712} (not with modifier 59 unless separate incision)',
  ].join('\n'),
});

// ── 26. CMS Addendum AA excerpt ──
const addendumAA = table({
  id: 's205-addaa',
  kind: 's205-cms-asc-addendum-aa-excerpt-grid',
  caption: 'Addendum AA — Final ASC Covered Surgical Procedures for CY 2026 (excerpt)',
  headers: [
    'HCPCS Code',
    'Short Descriptor',
    'Subject to Multiple Procedure Discounting',
    'Payment Indicator',
    'Payment Weight',
    'Payment Rate',
  ],
  rows: [
    ['{64445}', 'N block inj sciatic sng', 'Y', 'P3', '2.8513', '$157.08'],
    ['{64612}', 'Destroy nerve face muscle', 'Y', 'P3', '1.9910', '$109.68'],
    ['{64632}', 'N block inj common digit', 'Y', 'P3', '1.4402', '$79.34'],
    ['{64712}', 'Revise sciatic nerve', 'Y', 'A2', '44.1207', '$2,430.58'],
    ['{64714}', 'Revise low back nerve(s)', 'Y', 'A2', '44.1207', '$2,430.58'],
    ['{64721}', 'Carpal tunnel surgery', 'Y', 'A2', '28.0765', '$1,546.71'],
  ],
});

// ── 27. X12 835 fragment shown in the billing system ──
const era835 = lines({
  id: 's205-era',
  kind: 's205-x12-835-remit-fragment-billing-screen-text',
  before: 'ERA viewer — file 835_BCBST_20260408.txt — payer BlueCross BlueShield of Tennessee',
  text: [
    'TRN*1*EFT[70137]*1620654321~',
    'N1*PE*HARPETH RIDGE SURGERY CENTER*XX*1508837712~N4*FRANKLIN*TN*[37064]~',
    'CLP*HR[26518]*1*4850*2311.40*0*12*2026040117742~',
    'SVC*HC:{64712}:RT*4850*2311.40**1~DTM*472*20260314~CAS*CO*45*2538.60~',
    'CLP*HR[26519]*1*980*214.10*0*12*2026040117749~SVC*HC:{64445}*980*214.10**1~',
    'SVC*HC:{76942}*410*0**1~CAS*CO*97*410~LQ*HE*N390~',
  ].join('\n'),
});

// ── 28. HL7 DFT charge message fragment ──
const hl7 = lines({
  id: 's205-hl7',
  kind: 's205-hl7-dft-p03-charge-message-text',
  before: 'Interface monitor — outbound DFT to billing — message detail',
  text: [
    'MSH|^~\\&|SIS|HRSC|PM|CSM|20260314101502||DFT^P03|MSG[50039]|P|2.5.1',
    'PID|1||HR00418822^^^HRSC^MR||MORALES^LUIS^A||19610722|M|||88 BELL RD^^ANTIOCH^TN^[37013]',
    'FT1|1|||20260314||CG|{64712}^NEUROPLASTY SCIATIC NERVE^C4|||1||||||||||||RT',
    'FT1|2|||20260314||CG|{64445}^INJ ANES SCIATIC NRV^C4|||1||||||||||||59',
    'FT1|3|||20260314||CG|{76942}^ECHO GUIDE FOR BIOPSY^C4|||1',
  ].join('\n'),
});

// ── 29. Investor portal JSON API response ──
const portalJson = lines({
  id: 's205-json',
  kind: 's205-investor-portal-case-mix-json-response-text',
  before: 'GET /api/v2/investors/30158/case-mix?quarter=2026Q1 — 200 OK',
  text: [
    '{ "investorId": "[30158]", "quarter": "2026Q1", "facilityZip": "[37064]",',
    '  "procedures": [ { "cpt": "{64483}", "cases": 96, "netRevenue": [80640] },',
    '    { "cpt": "{64445}", "cases": 31, "netRevenue": 6634 }, { "cpt": "{64632}", "cases": 12, "netRevenue": 7176 },',
    '    { "cpt": "{64493}", "cases": 71, "netRevenue": [48209] } ],',
    '  "distributionRef": "DIST-26Q1-[12731]", "requestId": "[92114]" }',
  ].join('\n'),
});

// ── 30. Fair market value valuation report excerpt ──
const fmv = lines({
  id: 's205-fmv',
  kind: 's205-fair-market-value-unit-valuation-report-text',
  before: 'Fair Market Value Opinion — Class A and B Units — Valuation date December 31, 2025',
  text: [
    'Engagement no. [55113]. We applied an income approach (discounted cash flow) and a guideline transaction method.',
    "Normalized EBITDA of $6,118,000 reflects removal of one-time costs and the loss of Dr. Lindqvist's {29881} volume.",
    'Volume assumptions: carpal tunnel ({64721}) +4% per year; peripheral nerve decompression ({64712}, {64714},',
    '{64718}) +6%; facet denervation ({64635}, {64636}) flat; sciatic blocks ({64445}) +12% with new ultrasound.',
    'Concluded value: $41,600 per Unit (marketability discount 25%). Report [14093], 62 pages.',
  ].join('\n'),
});

// ── 31. Redemption letter to retiring surgeon ──
const redemption = lines({
  id: 's205-redeem',
  kind: 's205-unit-redemption-letter-text',
  before: 'Harpeth Ridge Surgical Partners, LLC — 4601 Carothers Parkway, Suite 300, Franklin, TN 37064',
  text: [
    'Martin Lindqvist, M.D., 341 County Road 12, Elmo, MO [64445]',
    'Re: Mandatory Redemption of 8 Class A Units (Member ID [10174]) under Section 10.4',
    'Your FY 2025 certification showed 22% of practice income from ASC-qualified procedures, below one-third.',
    'The purchase price of $332,800 ($41,600 per Unit) will be paid 40% at closing and 60% by note no. [24517].',
    'Your cases already scheduled at the Center ({64712} on 5/6; {64708} on 5/13) may proceed as a non-investor.',
  ].join('\n'),
});

// ── 32. CFO email to investors ──
const cfoEmail = lines({
  id: 's205-cfoemail',
  kind: 's205-cfo-email-to-physician-investors-text',
  before: 'From: Mark Ellery, CFO <mellery@cumberlandsm.example> — Subject: Q1 numbers and the 64612 question',
  text: [
    'Several of you asked why chemodenervation {64612} shows a lower margin than last year. The drug is billed',
    'by the practice, not the Center, so the ASC only gets the facility fee (about $110 Medicare). Bilateral',
    "cases billed {64612}-50 are paid at 150%. Podiatry's {64632} margin is down because of the new orthotics",
    'policy at one payer. The full table is in report [42318]; I moved the call to Thursday, Zoom 815 4406 1229, passcode [44061].',
    'Wire issues: please use reference CC7-<member id>, not the old [44581] memo.',
  ].join('\n'),
});

// ── 33. DocuSign envelope notifications ──
const docusign = lines({
  id: 's205-docusign',
  kind: 's205-docusign-envelope-notification-email-text',
  before: 'Inbox — DocuSign — 3 messages',
  text: [
    'Cumberland Surgical Management sent you a document to review and sign: "HRSP Subscription Agreement — [30158]"',
    'Envelope ID: 4E7A1C0B-92D2-4F55-A1B6-0C1F7D6E1A20   Reference [60211]   Expires in 30 days',
    'Completed: "Annual Investor Certification FY2025 — Tran" — all parties have signed (envelope ref [60212])',
    'Please sign: "Joinder to Operating Agreement (Class B)" from Harpeth Ridge, Franklin TN [37064]',
  ].join('\n'),
});

// ── 34. Operating agreement excerpt ──
const opAgreement = lines({
  id: 's205-opagree',
  kind: 's205-operating-agreement-excerpt-text',
  before: 'AMENDED AND RESTATED OPERATING AGREEMENT — Article X — Qualification of Members',
  text: [
    '10.3 Annual Certification. Each Physician Member shall certify, by February 28, compliance with the one-third',
    'tests for the preceding fiscal year, using procedure codes on Addendum AA (for example, {64721} or {64632}) and',
    'excluding services such as {99213}-{99215} and injections not on the list.',
    '10.4 Mandatory Redemption. A Member who fails either test for one year shall be redeemed at fair market value.',
    'Notices to the Company: P.O. Box [64632], Franklin, Tennessee [37068].',
  ].join('\n'),
});

// ── 35. NACHA CCD+ remittance as shown in online banking ──
const nacha = lines({
  id: 's205-nacha',
  kind: 's205-nacha-ccd-plus-remittance-detail-text',
  before: 'Pinnacle Bank Online — ACH Detail — Credit received 04/15/2026',
  text: [
    'Originator: HARPETH RIDGE SP   Company ID 1621987654   SEC: CCD   Amount: $12,416.88',
    'Addenda: RMR*IV*HRSP-DIST-[64712]**[12416].88\\   Trace no. 064008630021774',
    'Receiver: PRIYA N RAMAN   Account ...[90426]   Individual ID: [30158]',
    'Description: Q1 2026 DIST   Effective entry date 260415   Batch [00184]',
  ].join('\n'),
});

// ── 36. Certificate of need projected utilization table ──
const conTable = table({
  id: 's205-con',
  kind: 's205-certificate-of-need-projected-utilization-grid',
  caption: 'CN2604-011 Harpeth Ridge Surgery Center — Section B.IV: Projected Utilization, OR 5, Years 1 and 2',
  headers: ['Procedure (CPT)', 'Avg minutes', 'Year 1 cases', 'Year 2 cases', 'OR hours Y2'],
  rows: [
    ['Carpal tunnel release {64721}', '38', '210', '226', '143'],
    ['Neuroplasty, sciatic / lumbar plexus {64712}/{64714}', '95', '30', '38', '60'],
    ['Morton neuroma excision {28080}', '45', '60', '64', '48'],
    ['Radiofrequency facet {64635}-{64636}', '30', '410', '440', '220'],
    ['Service area ZIPs (primary)', '—', '[37064], [37067], [37069]', '[37027], [37135]', '—'],
  ],
});

// ── 37. OR block schedule ──
const blockSched = table({
  id: 's205-block',
  kind: 's205-or-block-schedule-week-grid',
  caption: 'OR Block Schedule — week of May 4, 2026 (investor surgeons in bold)',
  headers: ['Day', 'OR', 'Surgeon', 'Block', 'Booked cases'],
  rows: [
    ['Mon', 'OR 2', 'Okafor', '0700–1500', '{64721} x4; {64718}; {64712}-RT'],
    ['Tue', 'PR 1', 'Raman', '0700–1200', '{64483} x6; {64493} x5; {64445} x3'],
    ['Wed', 'OR 3', 'Lindqvist (non-investor after 5/1)', '0730–1130', '{64712}; {29881}'],
    ['Thu', 'PR 2', 'Whitfield', '1200–1600', '{64612} x7; {64612}-50 x2; {15823}'],
    ['Fri', 'OR 1', 'Tran', '0700–1300', '{28080}; {64632} x3; {28285}'],
  ],
});

// ── 38. Investor portal search results ──
const portalSearch = lines({
  id: 's205-search',
  kind: 's205-investor-portal-search-results-text',
  before: 'Search documents and messages',
  text: [
    '6 results for "{64712}"',
    'Q1 2026 Investor Report — "…sciatic neuroplasty ({64712}) 7 cases, CM $1,515 per case…"',
    'Board minutes April 8 — "…reported 7 sciatic neurolyses ({64712}) and 3 lumbar plexus cases…"',
    'ACH notice — "Addenda RMR*IV*HRSP-DIST-[64712] Q1 2026 distribution…"',
    '2025 Schedule K-1 (Form 1065) — Doc ID [64712]',
  ].join('\n'),
});

// ── 39. Management fee invoice ──
const mgmtInvoice = table({
  id: 's205-mgmtinv',
  kind: 's205-management-company-fee-invoice-grid',
  caption: 'Cumberland Surgical Management, LLC — Invoice 2026-[38094] — Bill to: Harpeth Ridge Surgery Center',
  headers: ['Line', 'Description', 'Basis', 'Rate', 'Amount'],
  rows: [
    ['1', 'Management fee, March 2026', 'Net revenue $1,561,300', '5.0%', '$78,065.00'],
    ['2', 'Syndication services (PPM, Form D, escrow)', 'Fixed', '—', '$18,500.00'],
    ['3', 'Safe-harbor testing, 31 physicians', 'Per physician', '$450', '$13,950.00'],
    ['4', 'Remit to: PO Box [30145], Brentwood, TN [37024]', '', '', ''],
  ],
});

// ── 40. Fund administrator XML export ──
const fundXml = lines({
  id: 's205-fundxml',
  kind: 's205-fund-administrator-xml-export-text',
  before: 'hrsp_capital_accounts_2026Q1.xml',
  text: [
    '<capitalAccount memberId="[61830]" class="B" units="10" zip="[37215]">',
    '  <distribution ref="DIST-26Q1-[12732]" amount="[31042].20"/>',
    '  <caseMix><line cpt="{64714}" cases="3"/><line cpt="{63650}" cases="11"/><line cpt="{64712}" cases="2"/></caseMix>',
    '  <call ref="CC-[64445]" amount="[15300].00" status="funded"/>',
    '</capitalAccount>',
  ].join('\n'),
});

// ── 41. Compliance committee issue log ──
const complianceLog = table({
  id: 's205-complog',
  kind: 's205-compliance-committee-issue-log-grid',
  caption: 'Compliance Committee — Open Items — April 2026',
  headers: ['Item #', 'Opened', 'Issue', 'Codes involved', 'Owner', 'Status'],
  rows: [
    [
      '[22301]',
      '01/14',
      'Non-investor referring podiatrist offered Units; counsel review',
      '{64632}, {28080}',
      'Counsel',
      'Closed',
    ],
    ['[22303]', '02/20', 'Block coded twice when surgeon and anesthesia both documented', '{64445}', 'Coding', 'Open'],
    [
      '[22304]',
      '03/09',
      'Bilateral chemodenervation billed {64612} x2 instead of -50 on commercial claims',
      '{64612}',
      'Billing',
      'Open',
    ],
    ['[22058]', '04/02', 'Redemption of Member [10174] — confirm no post-redemption returns', '—', 'CFO', 'Open'],
  ],
});

// ── 42. Offering closing / subscription tracker ──
const subTracker = table({
  id: 's205-subtrack',
  kind: 's205-offering-subscription-closing-tracker-grid',
  caption: '2026 Class B Offering — Subscription Tracker (as of April 20, 2026)',
  headers: ['Sub #', 'Subscriber', 'Home ZIP', 'Units', 'Funded', 'Escrow deposit ref', 'Status'],
  rows: [
    ['[26141]', 'Raman, Priya MD', '[37069]', '4', '$154,000', 'ESC-[41966]', 'Closed 3/27'],
    ['[26143]', 'Boateng, Kwame MD (pain)', '[37211]', '2', '$77,000', 'ESC-[44570]', 'Pending: Part II questionnaire'],
    ['[26144]', 'Castillo, Rosa DPM', '[37174]', '2', '$77,000', 'ESC-[46810]', 'Closed 4/02'],
    ['[26145]', 'Feld, Aaron MD (hand)', '[38401]', '3', '$115,500', 'ESC-[57213]', 'Closed 4/09'],
    ['[26146]', 'Nair, Sunil MD', '[37076]', '2', '$77,000', '—', 'Declined: fails procedure test'],
    ['[26147]', 'Whitfield, Anne MD (add-on)', '[37215]', '1', '$38,500', 'ESC-[63141]', 'Closed 4/15'],
  ],
});

// ── 43. K-1 mailing batch, address list text ──
const k1Mailing = lines({
  id: 's205-k1mail',
  kind: 's205-k1-mailing-batch-address-list-text',
  before: 'K-1 mailing batch 2026-03-11 — USPS First-Class — 31 envelopes — exceptions and new addresses',
  text: [
    'Kwame Boateng MD   5120 Granny White Pike   Brentwood TN [37027]-4418',
    'Rosa Castillo DPM   88 Old Hickory Blvd Apt 1207   Nashville TN [37221]-2201',
    'Aaron Feld MD   611 W 7th St   Columbia TN [38401]-3310',
    'Martin Lindqvist MD   341 County Road 12   Elmo MO [64445]-9102',
    'Sunil Nair MD   2100 West End Ave Ste 800   Nashville TN [37203]-1432',
    'Claire Beaumont MD   4 Burton Hills Blvd   Nashville TN [37215]-6110',
    'Returned: D. Okafor — forward to 19 Maple Ct, Kansas City MO [64112] (tracking ends [19103])',
  ].join('\n'),
});

// ── 44. Cap table export ──
const capTable = table({
  id: 's205-captable',
  kind: 's205-cap-table-unit-ledger-grid',
  caption: 'Unit Ledger — Harpeth Ridge Surgical Partners, LLC — 400 Units outstanding after 2026 closing',
  headers: ['Holder', 'Class', 'Units', '% outstanding', 'Certificate', 'Issued', 'Cost basis'],
  rows: [
    ['Okafor, David MD', 'B', '6', '1.50%', 'B-[00231]', '2019-07-01', '$171,000'],
    ['Lindqvist, Martin MD', 'A', '8 (redeeming)', '2.00%', 'A-[00036]', '2012-01-15', '$80,000'],
    ['Raman, Priya MD', 'B', '4', '1.00%', 'B-[00247]', '2026-03-27', '$154,000'],
    ['Tran, Hannah DPM', 'B', '3', '0.75%', 'B-[00232]', '2021-10-01', '$97,500'],
    ['Beaumont, Claire MD', 'B', '10', '2.50%', 'B-[00236]', '2020-04-01', '$301,000'],
    ['Whitfield, Anne MD', 'B', '5', '1.25%', 'B-[00241], B-[00252]', '2023 / 2026', '$172,300'],
  ],
});

export const sealed205: Snippet[] = [
  ...ppmCover,
  ...ppmSummary,
  ...ppmCaseMix,
  ...ppmRisk,
  ...ppmReg,
  ...subSig,
  ...aiq,
  ...formD,
  ...oneThirdWs,
  ...oneThirdSum,
  ...attest,
  ...counselMemo,
  ...dhsChecklist,
  ...distNotice,
  ...distCaseMix,
  ...distSpecialty,
  ...investorCsv,
  ...capCall,
  ...capAlloc,
  ...portalDash,
  ...portalDocs,
  ...portalChat,
  ...k1,
  ...minutes,
  ...newProc,
  ...addendumAA,
  ...era835,
  ...hl7,
  ...portalJson,
  ...fmv,
  ...redemption,
  ...cfoEmail,
  ...docusign,
  ...opAgreement,
  ...nacha,
  ...conTable,
  ...blockSched,
  ...portalSearch,
  ...mgmtInvoice,
  ...fundXml,
  ...complianceLog,
  ...subTracker,
  ...k1Mailing,
  ...capTable,
];
