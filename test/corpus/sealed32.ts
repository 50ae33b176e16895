import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 32 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s32-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes appear where such a page lists them
 * beside the known ones (E/M visits, guidance, anesthesia, pathology, the neighbouring nerve codes and range ends):
 * they are labelled as codes too, 37 of the 131. About a third of the decoys are numbers of the synthetic
 * 10,000-code set (KNOWN_10K) used as patient accounts, member and group ids, check, batch, case and control
 * numbers, policy and article numbers, phone extensions, lot and drawer numbers, PO boxes, a charge code, a split
 * NPI and an amount; the known codes' own digits recur as a charge code, references, a barcode and a DCN.
 *
 * Family: documents as text layers: OCR and PDF text of scanned, faxed or printed documents (operative notes, paper
 * EOBs, remittance advices, payer letters, superbills, fax pages, CMS-1500 and UB-04 claim forms, itemized bills,
 * medical policy pages), with what that does to text: running page headers and footers, page numbers, tables
 * flattened into lines or read column by column, two-column layouts merged line by line, hyphenation at line ends,
 * OCR confusions (O for 0, l for 1, S for 5) that break or do not break five-digit runs, stray punctuation, form field
 * labels detached from their values, barcode and control-number lines.
 * Built on real public layouts: the CMS-1500 (02/12) item numbers (24A-24J, 26, 28, 33) and the UB-04 form locators
 * (FL 3a/3b, 42-47, 56), the Medicare Standard Paper Remittance (PAYEE, NPI, PERF PROV, SERV DATE, POS, NOS, PROC,
 * MODS, BILLED, ALLOWED, DEDUCT, COINS, GRP/RC-AMT, PROV PD, ICN), the Medicare Summary Notice, a commercial EOB's
 * claim detail, the NCCI practitioner PTP edit table (Column 1 / Column 2, modifier indicator), a payer's medical
 * policy PDF (policy number, effective date, coding table, page footer), fax header lines (sender, date, time, page
 * counter) and the DCN / ICN control-number lines scanners print. The others are written the way those pages read,
 * with no single source.
 *
 * 328 labelled tokens over 32 shapes: 131 codes, 197 decoys, 66 of the decoys in KNOWN_10K.
 */

// ── 1. Operative note, scanned and OCR'd, running header and footer around the body ──
const opNote = lines({
  id: 's32-opn',
  kind: 's32-op-note-scan-running-header',
  before: 'ST. BRENDAN REGIONAL MEDICAL CENTER  OPERATIVE REPORT',
  text: [
    'Pt: HALVORSEN, DAG E   MRN: 0072291   Acct: [40199]-03   DOS: 04/17/2025   Page 1 of 3',
    'PREOPERATIVE DIAGNOSIS: Right sciatic neuropathy, post-traumatic scarring at the sciatic notch (G57.01).',
    'PROCEDURE PERFORMED: Open neurolysis, right sciatic nerve ({64712}); intraoperative nerve stimulation.',
    'SURGEON: R. Okonkwo, MD   ASSIST: none   ANESTHESIA: General, LMA   EBL: 75 mL',
    'Specimens: none.  Implants: none.  Case #: [25137]  OR 7',
    'FINDINGS: dense epineural scar at the notch; nerve freed over 8 cm. Pathology req # [70418] (scar, sent).',
    'cc: Dr. M. Ito, Kennewick WA [99336]   Pt: HALVORSEN, DAG E   Page 2 of 3',
    'Dictated: 04/17/2025 16:02  Transcribed: 04/18/2025 07:41  Job [83117]  Doc ID 5518204',
    'Pt: HALVORSEN, DAG E   MRN: 0072291   Acct: [40199]-03   DOS: 04/17/2025   Page 3 of 3',
    'CODING (HIM use only): {64712}-RT  ICD-10: G57.01, T14.8XXS  Coder: mlw  Abstract # [71230]',
    'Electronically signed R. Okonkwo MD 04/19/2025 11:15 CDT   SBRMC-OR-[00515] Rev 2/24',
  ].join('\n'),
});

// ── 2. Paper EOB from a commercial payer, service-line table flattened into text lines ──
const eob = lines({
  id: 's32-eob',
  kind: 's32-eob-paper-claim-detail-flattened',
  before: 'EXPLANATION OF BENEFITS  THIS IS NOT A BILL',
  text: [
    'Member: Lorna P Vasquez   Member ID: XJH8830071   Group: [50950]   Claim #: 2025110 4418 02',
    'Patient Acct #: [31803]   Provider: Cascade Pain & Spine PC   Received 05/06/25   Processed 05/21/25',
    'Date(s)   Service             Code        Billed     Allowed   Not Covered  Deduct  Copay  Coins  Paid  Remark',
    '04/29/25  Nerve block inj     {64445}      1,180.00   412.60      767.40    0.00   0.00   82.52  330.08  PN',
    '04/29/25  Fluoro guidance     {77002}-26  210.00    48.31      161.69    0.00   0.00    9.66   38.65  PN',
    '04/29/25  Office visit        {99214}-25   295.00   141.22     153.78     0.00   40.00   0.00  101.22  A1',
    'Totals                                 1,685.00   602.13   1,082.87     0.00   40.00   92.18  469.95',
    'Check/EFT # [77120]   Payment date 05/22/25   Payee NPI 1740255913   Plan [15290] (PPO Gold)',
    'PN  Amount above the negotiated rate; you do not owe it.  A1  Copay applied per plan [72092].',
    'Questions? 1-800-555-0143  TTY 711   PO Box [30859] Spokane WA [99209]-0858',
  ].join('\n'),
});

// ── 3. Medicare standard paper remittance, printed and scanned; the header repeats on page 2 ──
const spr = lines({
  id: 's32-spr',
  kind: 's32-medicare-paper-remit-scan',
  before: 'MEDICARE PART B  NORIDIAN JF  REMITTANCE ADVICE',
  text: [
    'NORIDIAN JF PART B   PO BOX 6OOO   FARGO ND [58108]-6OOO   PAGE #: 1 OF 2',
    'PAYEE: DESERT SPINE ASSOC   NPI: 1457390822   DATE: 06/10/2025   CHECK/EFT #: [88403]',
    'PERF PROV  SERV DATE    POS NOS PROC  MODS  BILLED  ALLOWED  DEDUCT  COINS  GRP/RC-AMT  PROV PD',
    'NAME MORALES, TEO   HIC 1EG4TE5MK73   ACNT [46813]   ICN 0225155613740   ASG Y MOA MA01',
    '1932011876 0602 060225 11  1 {64632} RT   640.00   291.14   0.00   58.23  CO-45 348.86   232.91',
    '1932011876 0602 060225 11  1 {64632} LT   640.00   145.57   0.00   29.11  CO-45 494.43   116.46',
    'PT RESP 87.34   CLAIM TOTALS 1280.00 436.71 0.00 87.34 843.29 349.37   NET 349.37',
    'NORIDIAN JF PART B   PO BOX 6000   FARGO ND [58108]-6000   PAGE #: 2 OF 2',
    'NAME KOWALCZYK, ANN  HIC 7TR2AA4KD11  ACNT [23147]  ICN 0225155613741  ASG Y',
    '1932011876 0528 052825 22  1 {64612} 50   812.00   0.00   0.00   0.00  CO-16 812.00   0.00',
    'REM: N290 M51  PROV ADJ DETAILS: PLB REASON CODE FB  FCN 02647140  AMOUNT -25.00',
  ].join('\n'),
});

// ── 4. Payer adverse-determination letter, PDF text layer with letterhead and footer ──
const denial = lines({
  id: 's32-den',
  kind: 's32-payer-denial-letter-pdf-text',
  before: 'Evergreen Health Plan  Utilization Management',
  text: [
    'Evergreen Health Plan • 1200 Harbor Ave, Suite 400 • Tacoma, WA [98402] • Fax 253-555-0199',
    'June 3, 2025                                      Reference #: UM-2025-[57361]',
    'RE: Member Jonas Whitfield   ID EVG[33681]-04   Request received 05/28/2025',
    'Dear Dr. Abernathy: We reviewed your request for chemodenervation of the facial nerve, unilateral (CPT',
    '{64612}), and for a repeat sciatic nerve block ({64445}) on the same date. After review, we have determined that',
    'the facial nerve procedure is not medically necessary. The criteria in Medical Policy CP-[20372] (Chemodenervation)',
    'require documentation of failed conservative therapy for at least 90 days. The sciatic nerve block is approved',
    'for 1 unit, authorization number A25-[64445]-7, valid 06/01/2025 through 08/30/2025.',
    'You may appeal within 180 days. Send appeals to Appeals Unit, PO Box [91452], Seattle, WA [98111].',
    'cc: Member   Enclosures: Your Appeal Rights (form EHP-[20167]), criteria summary.',
    'EHP-UM-L07 (01/2025)                      Page 1 of 2                  Letter ID [08880]   Batch [45839]',
  ].join('\n'),
});

// ── 5. Superbill, two printed columns merged line by line by the text layer ──
const superbill = lines({
  id: 's32-sb',
  kind: 's32-superbill-two-column-merged',
  before: 'LAKESIDE NEUROLOGY & PAIN  Encounter Form',
  text: [
    'Encounter # [24142]   Date ____/____/____   Provider: [ ] Ng  [ ] Hartley  [ ] Ossei',
    'OFFICE VISITS - EST                      NERVE BLOCKS / INJECTIONS',
    '[ ] {99212} Level 2                       [ ] {64445} Sciatic nerve, single',
    '[ ] {99213} Level 3                       [X] {64450} Other peripheral nerve',
    '[X] {99214} Level 4                       [ ] {64632} Plantar common digital, destr.',
    'CHEMODENERVATION                         NEUROLYSIS (OR - schedule separately)',
    '[ ] {64612} Facial nerve, unilateral     [ ] {64712} Sciatic nerve, open',
    '[ ] 646l2-50 bilateral (see note)       [ ] {64714} Lumbar plexus, open',
    'Tax ID 91-1427703   Office: 4412 Lakeside Dr, Bellevue WA [98004]   Form LNP-EF rev [03550]',
    'Next appt: ______   Copay collected $ ______   Balance fwd $ ______   Chart # [52618]',
    'Referring MD ______________  NPI ______________   Pt ID [30527]   Ins: ____________',
  ].join('\n'),
});

// ── 6. Fax cover and pages with the fax header line repeated on every page ──
const fax = lines({
  id: 's32-fax',
  kind: 's32-fax-pages-header-line',
  before: 'FAX',
  text: [
    'JUN-12-2025 09:14 FROM:CASCADE PAIN SPINE 4255550112  TO:18665550177  #[12340] P.001/004',
    'TO: Premera Prior Authorization   FAX: 1-866-555-0177   FROM: Tamsin, Auth Coord.',
    'RE: Urgent PA request - pt DOB 02/11/1961 - member 8812047 - CPT {64714} and {64712}',
    'Number of pages incl. cover: 4   Our ref: CPS-[64712]   Callback ext. [40212]',
    'JUN-12-2025 09:14 FROM:CASCADE PAIN SPINE 4255550112  TO:18665550177  #[12340] P.002/004',
    'Requested: open decompression lumbar plexus ({64714}), left; possible sciatic neurolysis if found',
    'JUN-12-2025 09:15 FROM:CASCADE PAIN SPINE 4255550112  TO:18665550177  #[12340] P.003/004',
    'Facility: Overlake Surgery Ctr  NPI 1093887106  TIN 91-2201834  ZIP [98005]',
    'Clinicals attached: office note 06/02/2025 (CPT {99214}), MRI L-spine 05/20/2025 ({72148}), EMG report',
    'JUN-12-2025 09:15 FROM:CASCADE PAIN SPINE 4255550112  TO:18665550177  #[12340] P.004/004',
    'CONFIDENTIALITY NOTICE: This facsimile contains PHI ... If received in error call 425-555-0112.',
  ].join('\n'),
});

// ── 7. CMS-1500 scanned and OCR'd: the box labels come out apart from the values ──
const cms1500 = lines({
  id: 's32-1500',
  kind: 's32-cms1500-ocr-detached-labels',
  before: 'HEALTH INSURANCE CLAIM FORM  APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
  text: [
    "1a. INSURED'S I.D. NUMBER            (For Program in Item 1)",
    'W[26136]8841',
    "5. PATIENT'S ADDRESS (No., Street)   CITY   STATE   ZIP CODE   TELEPHONE (Include Area Code)",
    '218 ORCHARD LN   YAKIMA   WA   [98902]   (509) 555 0148',
    "11. INSURED'S POLICY GROUP OR FECA NUMBER",
    '[77566]',
    '17. NAME OF REFERRING PROVIDER OR OTHER SOURCE   DN HANNA LEE MD   17a 0B [38117]   17b 1609883321',
    '24. A. DATE(S) OF SERVICE  B. PLACE OF SERVICE  C. EMG  D. PROCEDURES, SERVICES, OR SUPPLIES  E. DIAGNOSIS POINTER  F. $ CHARGES  G. DAYS OR UNITS',
    '05 14 25 05 14 25 22   {64445} | RT |   A   980 00   1',
    '05 14 25 05 14 25 22   {64450}  |  |   B   640 00   1',
    "26. PATIENT'S ACCOUNT NO.     27. ACCEPT ASSIGNMENT?     28. TOTAL CHARGE     29. AMOUNT PAID",
    '[60201]-LP     X YES     $ 1620 00     $ 0 00',
    '32. SERVICE FACILITY LOCATION INFORMATION   33. BILLING PROVIDER INFO & PH #',
    'YAKIMA VALLEY ASC  1510 TIETON DR  YAKIMA WA [98902]-3317   NW PAIN PARTNERS (509) 555 0100',
  ].join('\n'),
});

// ── 8. UB-04 lines read column by column by the OCR engine (FL 42, 43, 44, 45, 46, 47 each as a block) ──
const ub04 = lines({
  id: 's32-ub',
  kind: 's32-ub04-columns-read-one-by-one',
  before: 'UB-04 CMS-1450  3a PAT CNTL # 85431  3b MED REC # 00418876',
  text: [
    '42 REV. CD.',
    '0360',
    '0370',
    '0250',
    '0278',
    '43 DESCRIPTION',
    'OR SERVICES',
    'ANESTHESIA',
    'PHARMACY',
    'IMPLANTS',
    '44 HCPCS / RATE / HIPPS CODE',
    '{64714}LT',
    '{01180}',
    'J2250',
    'C1889',
    '45 SERV. DATE   46 SERV. UNITS   47 TOTAL CHARGES',
    '071525 1 [18264] 00',
    '071525 6 3842 50',
    '071525 4 [00120] 80',
    '071525 1 6605 00',
    '0001 PAGE 1 OF 1   CREATION DATE 072225   TOTALS [28945] 30',
    '56 NPI 1679554402   57 OTHER PRV ID [94114]',
    '50 PAYER NAME PREMERA BLUE CROSS   51 HEALTH PLAN ID [81033]   55 EST. AMOUNT DUE 0 00',
  ].join('\n'),
});

// ── 9. Hospital itemized bill, PDF text layer, charge-description master numbers beside CPT ──
const itemized = table({
  id: 's32-ib',
  kind: 's32-itemized-bill-cdm-cpt-columns',
  caption: 'ITEMIZED STATEMENT OF CHARGES  Account 880014422  Admit 03/03/2025  Disch 03/03/2025  Page 2 of 4',
  headers: ['Svc Date', 'Charge Code', 'Description', 'CPT/HCPCS', 'Rev', 'Qty', 'Amount'],
  rows: [
    ['03/03/25', '[36507]', 'OR TIME LEVEL 3 1ST 30 MIN', '', '0360', '1', '4,210.00'],
    ['03/03/25', '[36509]', 'OR TIME LEVEL 3 EA ADDL 15', '', '0360', '4', '3,880.00'],
    ['03/03/25', '[70233]', 'ANESTHESIA GENERAL 1ST 30 MIN', '', '0370', '1', '1,180.00'],
    ['03/03/25', '[71044]', 'NEUROLYSIS SCIATIC NRV OPEN', '{64712}', '0360', '1', '2,955.00'],
    ['03/03/25', '[71046]', 'NEUROPLASTY LUMBAR PLEXUS', '{64714}', '0360', '1', '3,104.00'],
    ['03/03/25', '[20089]', 'BUPIVACAINE 0.5% 30ML', '', '0250', '2', '86.40'],
    ['03/03/25', '[64612]', 'NERVE STIMULATOR PROBE DISP', '', '0272', '1', '212.75'],
    ['03/03/25', '[49986]', 'RECOVERY PHASE I 1ST HR', '', '0710', '1', '1,340.00'],
    ['03/03/25', '[44711]', 'NERVE WRAP 10MM X 4CM', '', '0278', '1', '6,605.00'],
    ['03/04/25', '[70241]', 'PT EVAL LOW COMPLEXITY', '{97161}', '0424', '1', '312.00'],
    ['03/03/25', '[12205]', 'PATH SURG LEVEL IV', '{88305}', '0310', '1', '412.00'],
  ],
});

// ── 10. Payer medical policy PDF: coding table flattened, with page header and footer in the text flow ──
const policy = lines({
  id: 's32-pol',
  kind: 's32-medical-policy-pdf-coding-section',
  before: 'Medical Policy  Peripheral Nerve Procedures',
  text: [
    'Policy Number: MP-[11390]   Effective Date: 01/01/2025   Last Review: 10/2024   Next Review: 10/2025',
    'Coding Information',
    'CPT Codes   Description',
    '{64445}     Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve',
    '{64632}     Destruction by neurolytic agent; plantar common digital nerve',
    '{64712}     Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    '{64714}     Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
    'Codes {64400}-{64489} may be reported once per nerve per session; see also {64612} for chemodenervation.',
    'Page 7 of 19   MP-[11390]   © 2025 Summit Mutual Health. Reproduction requires permission. Doc [90451]',
    'ICD-10 Codes: G57.00-G57.03, M54.30-M54.32, M79.2   Place of service: 11, 22, 24',
    'History: 03/2019 new policy; 10/2021 added {64632}; 10/2024 annual review, no changes (2/3 votes).',
    'Related policies: MP-[11482] Botulinum Toxins; MP-[11507] Nerve Blocks for Chronic Pain (see p. 18).',
  ].join('\n'),
});

// ── 11. Scanned operative note with hyphenation at line ends and OCR confusions in the codes ──
const opHyph = lines({
  id: 's32-oph',
  kind: 's32-op-note-ocr-hyphenation-confusions',
  before: 'OPERATIVE NOTE (scanned outside record, received by fax)',
  text: [
    'PROCEDURE: Chemodenervation of the facial nerve, unilat-',
    'eral, with EMG guidance. CPT: {64612}, {95874}. Botulinum toxin A, 50 units,',
    'lot C[51866]C3, exp 11/2026, NDC 0023-1145-01 (waste 0 units).',
    'INDICATION: Hemifacial spasm, right, refractory; prior injections 09/2024 and 12/2O24.',
    'DESCRIPTION: After consent, EMG needle localisation of the orbic-',
    'ularis oculi and zygomaticus; 6 sites injected. Tolerated well.',
    'ADDENDUM 1/8/25: billed 6461Z in error on first submission; corrected to 646l2. Claim',
    'reference 25010844 resubmitted with frequency code 7 and original ref. [43024].',
    'Dr. l. Abernathy  NPI 1558O[21934]  Dictated 01/07/2025   Pg 2 / 2   Fax ID [47846] rcvd 01/09/2025',
    'Billing summary: {64612} x1  RT  (see also 9S874 EMG guidance)  total units 5O toxin',
  ].join('\n'),
});

// ── 12. Barcode and control-number lines a mailroom scanner stamps on every page of an incoming claim packet ──
const dcn = lines({
  id: 's32-dcn',
  kind: 's32-mailroom-dcn-barcode-lines',
  before: 'INCOMING CORRESPONDENCE  IMAGE INDEX',
  text: [
    '*25163803150042*',
    'DCN [25163] [80315] 0042   BATCH [80315]   IMG 0001 OF 0006   RCVD 06/12/2025',
    '*[64632]*',
    '||| |||| || ||| [64632] || |||| 0 ||',
    'ATTACHMENT TYPE: OP NOTE   RE CLAIM: ICN 0225163112207   CPT BILLED {64632}',
    'DCN [25163] [80315] 0043   BATCH [80315]   IMG 0002 OF 0006   ENV [14299]',
    'CONTROL # M[56425]-A   SCAN STATION 04   OPERATOR [00705]',
    'RETURN MAIL BIN [50099]   QC PASS   PAGES RECONCILED 6/6',
    'PAPER CLAIM SEQ [29861]  FORM 1500  LINES 2  PROCS: {64632}, {64632}-59',
  ].join('\n'),
});

// ── 13. Provider appeal letter, PDF text layer, codes inside quotes and parentheses ──
const appeal = lines({
  id: 's32-apl',
  kind: 's32-provider-appeal-letter-text',
  before: 'NORTHWEST PAIN PARTNERS  1510 Tieton Dr  Yakima WA',
  text: [
    'July 2, 2025                                   Via fax to 1-888-555-0160 (14 pages)',
    'Appeals Department, Cobalt Health Insurance, PO Box [17226], Hartford CT [06102]',
    'RE: First-level appeal   Claim No. 2025 0519 7731   Acct [76549]   Member ID CHX[62185]',
    'The claim line for "{64632}" (destruction by neurolytic agent, plantar common digital nerve) was',
    'denied as "not separately payable" with the line for "{64455}". These were performed on different',
    'feet (modifiers RT and LT, see attached note), so the edit does not apply.',
    'We also ask that the 2 units of {64632} be reconsidered; the explanation code 18 cited',
    '(duplicate) is incorrect. Our internal tracking number is [64632] — please quote it.',
    'Total in dispute: $1,412.00.   Enclosures: op note, EOB dated 06/11/2025 (ref [37405]).',
    'cc: Cobalt Provider Relations, attn. D. Fenn, ext. [41786]',
    'NWPP • Tax ID 91-2088140 • ZIP [98902] • page 1',
  ].join('\n'),
});

// ── 14. Prior-authorization approval letter with an authorized-services table flattened into lines ──
const paApproval = lines({
  id: 's32-paa',
  kind: 's32-prior-auth-approval-letter-flat-table',
  before: 'NOTICE OF APPROVAL  Cobalt Health Insurance',
  text: [
    'Authorization #: PA[53615]   Member: Ines Calderón   DOB 08/19/1974   Case Mgr ext. [21227]',
    'Servicing provider: Overlake Surgery Center, Bellevue WA [98005]   NPI 1093887106',
    'Service   Code    Mod   Units Approved   From        To          Status',
    '1         {64714}   LT    1                07/14/2025  10/12/2025  APPROVED',
    '2         {64712}   LT    1                07/14/2025  10/12/2025  APPROVED',
    '3         {01180}         1                07/14/2025  10/12/2025  APPROVED',
    '4         {95940}         8                07/14/2025  07/14/2025  PENDED - MD REVIEW',
    'Approval is not a guarantee of payment. Benefits are subject to eligibility on the date of service.',
    'Reviewed by: J. Mbatha, RN   Letter [39320]   Template UM-APR-04   pg 1/1',
  ].join('\n'),
});

// ── 15. Medicare Summary Notice (patient copy), PDF text with the claim table flattened ──
const msn = lines({
  id: 's32-msn',
  kind: 's32-medicare-summary-notice-text',
  before: 'Medicare Summary Notice for Part B (Medical Services and Supplies)',
  text: [
    'GRETA OLUFSEN   1147 PINE RIDGE RD   BEND OR [97701]-4418   Medicare Number XXXXXXX-4PJ8',
    'THE OFFICIAL SUMMARY OF YOUR MEDICARE CLAIMS   This notice is for claims processed 04/01/2025 - 06/30/2025',
    'Claim Number: 21-25-128-[73958]-000   High Desert Pain Clinic, (541) 555-0188, 2550 NE Neff Rd, Bend OR [97701]',
    'Service Provided & Billing Code          Service Approved?  Amount Provider Charged  Medicare-Approved  Medicare Paid  You May Be Billed',
    'Injection, sciatic nerve ({64445})         Yes               $880.00                  $138.64            $108.68        $27.73',
    'Imaging guidance ({77002}-26)              Yes               $150.00                  $30.11             $23.60         $6.02',
    'Notes for Claims Above: A. Your deductible for this year is met.   See page 3 of 4',
    'If you disagree, appeal by 10/28/2025. Your other insurer, Blue Cross of Oregon, got this claim as [61904].',
    'Page 2 of 4   MSN [87412]   Call 1-800-MEDICARE (1-800-633-4227)   TTY 1-877-486-2048',
    'Notice ID [80110]   Keep this notice for your records.',
  ].join('\n'),
});

// ── 16. Workers' compensation explanation of review (bill review), printed then scanned ──
const wcEor = lines({
  id: 's32-wc',
  kind: 's32-workers-comp-eor-scan',
  before: 'EXPLANATION OF REVIEW  State of Oregon Workers Compensation',
  text: [
    'Claimant: R. Dunleavy   WC Claim #: 7O-[35649]-DL   DOI 11/02/2024   Employer: Columbia Freight Inc.',
    'Bill ID [09423]-2   Received 02/14/2025   Reviewed 02/28/2025   Jurisdiction OR   Fee Sched OAR 436-009',
    'Line  DOS       Proc         Units  Billed     Sched Allow  Recommended  Explanation',
    '1     02/03/25  {64445}        1      1,100.00   511.00       511.00       ',
    '2     02/03/25  {99203}-57     1      310.00     182.16       182.16       ',
    '3     02/03/25  {64714}        1      4,950.00   1,288.04     0.00         W3 Not related to compensable injury',
    'Totals 6,360.00  1,981.20  693.16   Check # [65092]  Payee TIN 93-1107725  Zip [97232]',
    'Review Co: Pacific Bill Review LLC  Reviewer #18  Page 1 of 1',
    'Adjuster: K. Morrow, SAIF, (503) 555-0172 ext. [20144]',
    'Mail corrected bills to: SAIF Corp, PO Box [14610], Salem OR [97309]-0230.',
  ].join('\n'),
});

// ── 17. NCCI procedure-to-procedure edit table, PDF text layer, Column 1 / Column 2 pairs ──
const ncci = table({
  id: 's32-ptp',
  kind: 's32-ncci-ptp-edit-table-pdf',
  caption: 'Practitioner PTP Edits v31.2 (effective 07/01/2025)  Column 1/Column 2 Edits  Page 1,184',
  headers: [
    'Column 1',
    'Column 2',
    '*=In existence prior to 1996',
    'Effective Date',
    'Deletion Date *=no data',
    'Modifier 0=not allowed 1=allowed 9=not applicable',
    'PTP Edit Rationale',
  ],
  rows: [
    ['{64712}', '{64702}', '*', '19960101', '*', '1', 'Misuse of column two code with column one code'],
    ['{64712}', '{64714}', '', '20020101', '*', '1', 'Standards of medical / surgical services'],
    ['{64714}', '{64445}', '', '20090401', '*', '1', 'Standards of medical / surgical services'],
    ['{64632}', '{64455}', '', '20150101', '*', '1', 'CPT Manual or CMS manual coding instructions'],
    ['{64612}', '{95873}', '', '20060101', '*', '0', 'Mutually exclusive procedures'],
  ],
});

// ── 18. Surgery scheduling / booking sheet faxed to the ASC, form labels and values apart ──
const booking = lines({
  id: 's32-bk',
  kind: 's32-surgery-booking-sheet-fax',
  before: 'SURGERY SCHEDULING REQUEST',
  text: [
    'Patient Name                          DOB              Phone',
    'Bertrand Ekwueme                      03/30/1958       (206) 555-0127',
    'Procedure(s) / CPT                                    Laterality   Est. Time',
    'Open sciatic neurolysis  {64712}                       L            90 min',
    'Lumbar plexus decompression  {64714} (add if needed)  L            +45 min',
    'Insurance          Policy #            Group #          Auth #',
    'Premera Blue Cross  PRX88210047        [10134]            pending',
    'Surgeon: Dr. K. Sato   Office ext. [22044]   Requested date: 08/04/2025   Facility zip [98122]',
    'OR case request id [50043]   Anesthesia: GA + regional   Latex allergy: N   Interpreter: Japanese',
    'Equipment: nerve stimulator, microscope (Zeiss, asset tag [42133]), bipolar   Block: {64445} by anesthesia',
    'Booking # [90917]   faxed 07/18/2025 14:22   pg 2 of 2',
    'Pre-op labs: CBC, BMP drawn 07/30 at Quest, requisition #[27305]; H&P by PCP within 30 days.',
  ].join('\n'),
});

// ── 19. Paper check stub / remittance voucher from a small payer, OCR'd ──
const stub = lines({
  id: 's32-stub',
  kind: 's32-check-stub-voucher-ocr',
  before: 'DETACH AND RETAIN THIS STATEMENT',
  text: [
    'CHECK NO. [58321]   CHECK DATE 05/30/2025   VENDOR NO. V[07475]   PAY TO: LAKESIDE NEUROLOGY & PAIN',
    'INVOICE/CLAIM      PATIENT          DOS        CPT      BILLED     PAID     ADJ CODE',
    '250418-[99017]      NAKAMURA, E      04/18/25   {64612}    975.00     402.18   45',
    '250418-[99018]      NAKAMURA, E      04/18/25   {64612}    975.00       0.00   97',
    '250422-[10441]      PELLETIER, M     04/22/25   {64445}    880.00     327.50   45',
    '250429-[30881]       DUBOIS, R        04/29/25   {64632}    640.00       0.00   16  MISSING INFO',
    'TOTAL PAID THIS CHECK  729.68   VOUCHER [54703]   REMIT ADDR PO BOX 4410 BOISE ID [83711]',
  ].join('\n'),
});

// ── 20. Records request letter from a payer's audit contractor; two-column letterhead merged into the body lines ──
const records = lines({
  id: 's32-adr',
  kind: 's32-additional-documentation-request-merged',
  before: 'ADDITIONAL DOCUMENTATION REQUEST',
  text: [
    'Performant Recovery, Inc.              Provider: Desert Spine Assoc',
    'PO Box [34565]                           NPI 1457390822   PTAN [43870]',
    'Livermore CA [94551]                      Request Date: 08/05/2025',
    'Case ID: RAC-[92363]-A   Review type: complex   Issue: Peripheral nerve neurolysis',
    'Claims selected (ICN / DOS / CPT):',
    '0225155613740  06/02/2025  {64632}',
    '0225155613741  05/28/2025  {64612}',
    '0225190022117  07/01/2025  {64632} x2',
    'Submit within 45 days. Barcode cover sheet must be first page. Cover sheet ID [68038].',
    'Questions: 866-555-0190 option 3, reference [92363].   ADR-LTR-12   Page 1 of 3',
  ].join('\n'),
});

// ── 21. Coding query faxed back from the surgeon, handwriting OCR with stray marks ──
const query = lines({
  id: 's32-cq',
  kind: 's32-coding-query-fax-handwritten',
  before: 'CDI / CODING QUERY  Please respond within 48 hours',
  text: [
    'Query # [31246]   Acct 880014422   Coder: P. Lindqvist   Sent 03/05/2025',
    'Encounter [10195]   Attending K. Sato   Service: Neurosurgery   Response required before final billing',
    'The op note describes release of the sciatic nerve AND the lumbar plexus. Please clarify:',
    '[ ] only sciatic neurolysis ({64712})      [ ] both ({64712} + {64714})      [ ] other: ________',
    'Physician response:  [✓] both — "{64714}. plexus freed L4-5, see p.2 ,, "  — KS',
    'also pls add  64 7 12 -LT  not RT (dictation error) ;;',
    'Signature: K Sato MD   Date 3/6/25   Time 1430  ext [22044]',
    'FAX RECEIVED MAR-06-2025 08:51  #[31246]  P.01',
  ].join('\n'),
});

// ── 22. Facility fee schedule printout, four columns of code/amount pairs merged per line ──
const feeSched = lines({
  id: 's32-fs',
  kind: 's32-fee-schedule-printout-pairs',
  before: 'ASC FEE SCHEDULE 2025  Addendum B excerpt  (sorted by code)',
  text: [
    'CODE   RATE        CODE   RATE        CODE   RATE',
    '{64445}  412.35      {64450}  288.10      {64455}  148.92',
    '{64612}  519.77      {64632}  301.48      {64702}  2,141.60',
    '{64712}  2,904.11    {64714}  2,911.06    {64716}  2,233.90',
    'Rates effective 01/01/2025 for CBSA [42643]; wage index 1.1421; contract [12340].',
    'Printed 02/03/2025 by jhalloran   Report FS-[06513]   page 4 of 11',
  ].join('\n'),
});

// ── 23. Patient statement from a physician group, OCR'd by the patient's portal upload ──
const statement = lines({
  id: 's32-pst',
  kind: 's32-patient-statement-upload-ocr',
  before: 'STATEMENT  Please return the top portion with your payment',
  text: [
    'CASCADE PAIN & SPINE PC   PO BOX [26863]   SEATTLE WA [98124]-6863   Statement Date 07/01/25',
    'Account No. [55591]      Amount Due $186.40      Due By 07/25/25      Amount Enclosed $_______',
    'Date      Description                          CPT      Charges    Ins Paid   Adj       Pt Resp',
    '05/14/25  NERVE BLOCK SCIATIC RT               {64445}    980.00     612.20     221.40    146.40',
    '05/14/25  OFFICE VISIT EST LVL 4               {99214}    295.00     181.00     74.00     40.00',
    'Your insurance, Premera (claim [25134]-0) processed these charges on 06/02/25.',
    'Pay online with code S[78270]Q or call (206) 555-0111.  Page 1 of 1',
  ].join('\n'),
});

// ── 24. Delineation of privileges form, checkbox list with codes, printed in two columns and merged ──
const privileges = lines({
  id: 's32-dop',
  kind: 's32-privileges-delineation-two-column',
  before: 'DELINEATION OF CLINICAL PRIVILEGES — PAIN MEDICINE / PERIPHERAL NERVE SURGERY',
  text: [
    'Applicant: Kenji Sato, MD   Med Staff ID [16237]   Dept. Neurosurgery   Form MS-[44972] (rev. 2023)',
    'Requested Granted  Procedure (CPT)                 Requested Granted  Procedure (CPT)',
    '  [X]      [X]     Sciatic nerve block, {64445}       [X]      [ ]     Chemodenervation facial, {64612}',
    '  [X]      [X]     Neurolysis sciatic, {64712}        [X]      [X]     Lumbar plexus, {64714}',
    '  [ ]      [ ]     Plantar digital destr., {64632}    [X]      [X]     Neurostim. trial, {63650}',
    'Minimum volume: 10 cases / 24 months.  FPPE: first 5 cases proctored.  Cases to date: 37',
    'Approved by MEC 09/10/2024, Board 09/24/2024.  Expires 09/30/2026.   Page 2 of 6   Cred file [63028]',
  ].join('\n'),
});

// ── 25. Anesthesia record scanned, vitals grid and billing block flattened ──
const anesthesia = lines({
  id: 's32-anr',
  kind: 's32-anesthesia-record-scan-flat',
  before: 'ANESTHESIA RECORD',
  text: [
    'Pt ID 00418876  Case [85431]  OR 3  ASA II  Anes start 0742  Surg start 0806  Surg end 0951  Anes end 1004',
    'TIME  0745 0800 0815 0830 0845 0900 0915 0930 0945 1000',
    'HR    72   68   66   70   64   66   71   69   74   78',
    'Regional: sciatic block, popliteal, US-guided, for post-op pain ({64445}, separate from anesthesia)',
    'Surgical procedure: L lumbar plexus neuroplasty ({64714})   Anes code {01180}   Base 3 + time 8.8',
    'Meds: propofol 150 mg, fentanyl 100 mcg, ropivacaine 0.5% 20 mL lot [59152]',
    'Waste witnessed: J. Ruiz RN   Pyxis station OR-3 drawer [20248]   Sign-out 1006',
    'CRNA: T. Yoder  ID [38386]   MDA: F. Hollis   Page 1/2   FORM AN-[01503]',
  ].join('\n'),
});

// ── 26. Claim form page OCR'd with heavy confusions (O/0, l/1, S/5) in the service lines ──
const ocrClaim = lines({
  id: 's32-ocl',
  kind: 's32-claim-scan-heavy-ocr-errors',
  before: 'OCR RESULT — CONFIDENCE 71%  (image 2 of 3)',
  text: [
    '24A DOS 06 O2 25   B 11   D {64632}  RT   E A   F 64O OO   G 1   J 1932O[11876]',
    '24A DOS 06 O2 25   B 11   D 6463Z  LT   E A   F 64O OO   G l   J 1932011876',
    '24A DOS O6 O9 2S   B 11   D {64445}  RT   E B   F 88O OO   G 1   J 1932011876',
    '24A DOS O6 O9 2S   B 11   D 644S5       E B   F 3l0 OO   G 1   J 1932011876',
    '26 PATIENT ACCT NO  [46813]   28 TOTAL  $247O OO   33 BILLING ZIP 8S251-0042',
    '1a INSURED ID  [41173]OI7   11 GROUP  [50015]   17b NPI 12O4477188',
    'DCN O2251 [72945]   image hash 6f2ac',
  ].join('\n'),
});

// ── 27. Discharge summary PDF: the procedures section lists PCS and CPT side by side ──
const discharge = lines({
  id: 's32-dc',
  kind: 's32-discharge-summary-procedures-pdf',
  before: 'DISCHARGE SUMMARY',
  text: [
    'Admit 03/03/2025   Discharge 03/04/2025   Attending K. Sato MD   Unit 4 West, bed 12   Enc [97057]',
    'Procedures this admission:',
    '1. 03/03 Open release L sciatic nerve (ICD-10-PCS 01NF0ZZ; pro-fee CPT {64712}-LT)',
    '2. 03/03 Release lumbar plexus, open (01N90ZZ; CPT {64714})',
    '3. 03/03 Nerve wrap placed around sciatic n. (REF NW[10432], LOT 2411-[80670])',
    'Follow-up: clinic in 2 wks; call 206-555-0127. PT referral order #[66231].',
    'Discharge Rx: gabapentin 300 mg TID, e-prescribed to Bartell #[73310]; no opioids.',
    'Dictated by K. Sato MD 03/04/2025 — Job # [75630] — cc: PCP Dr. Hanna Lee, [98105]',
    'DISCHARGE SUMMARY  HALVORSEN-type template v4   Page 2 of 2   Printed 03/05/2025 06:12',
  ].join('\n'),
});

// ── 28. Local coverage article, PDF text: code ranges, slashes and group headings ──
const article = lines({
  id: 's32-lca',
  kind: 's32-coverage-article-code-groups-pdf',
  before: 'Billing and Coding: Peripheral Nerve Blocks',
  text: [
    'Article ID A[59152]   Original Effective 11/01/2019   Revision Effective 10/01/2025   Contractor [01112] / [01182]',
    'CPT/HCPCS Codes   Group 1 Paragraph: The following codes are covered when criteria are met:',
    'Group 1 Codes: (3 Codes)',
    '{64445} Njx aa&/strd sciatic nrv',
    '{64446} Njx aa&/strd sciatic nrv inf   {64447} Njx aa&/strd fem nerve',
    'Chemodenervation {64612}/{64615} is addressed in article A[57715]; neurolysis {64632} in L[33458].',
    'Services billed with {64400} through {64489} on the same day as {64612} require modifier 59 or XS.',
    'Created on 09/12/2025. Page 3 of 14   Jurisdiction J-F, contract numbers [01112] and [01182]',
    'Related Local Coverage Determination: L[39242] Peripheral Nerve Blocks (revision history p. 12).',
  ].join('\n'),
});

// ── 29. Payment posting batch report, printed to PDF with a running header on each page ──
const posting = lines({
  id: 's32-pp',
  kind: 's32-payment-posting-batch-report-pdf',
  before: 'PAYMENT POSTING JOURNAL',
  text: [
    'RUN DATE 06/11/25 07:02   PAYMENT POSTING JOURNAL   BATCH [89356]   USER MKT   PAGE 1',
    'ACCT#    PATIENT            DOS       PROC     PMT       ADJ      DENIAL  CHK/EFT',
    '[46813]    MORALES T          060225    {64632}    232.91    348.86          [88403]',
    '[46813]    MORALES T          060225    {64632}    116.46    494.43          [88403]',
    '[23147]    KOWALCZYK A        052825    {64612}      0.00      0.00    CO16    [88403]',
    '[41958]    NAKAMURA E         041825    {64612}    402.18    572.82          [58321]',
    'RUN DATE 06/11/25 07:02   PAYMENT POSTING JOURNAL   BATCH [89356]   USER MKT   PAGE 2',
    'BATCH TOTALS  PMTS 751.55  ADJS 1416.11  ITEMS 4  DEPOSIT [30112]  GL 1010-[65092]',
  ].join('\n'),
});

// ── 30. Payer contract exhibit, PDF text: reimbursement terms written in prose with codes and percentages ──
const contract = lines({
  id: 's32-ctx',
  kind: 's32-payer-contract-exhibit-prose',
  before: 'EXHIBIT B-2  PROFESSIONAL SERVICES COMPENSATION',
  text: [
    'Agreement No. [79273]-PSA between Cobalt Health Insurance and Northwest Pain Partners, effective 01/01/2025.',
    '2.1 Peripheral nerve neurolysis (CPT codes {64712} through {64714}) shall be reimbursed at 118% of the',
    'then-current Medicare Physician Fee Schedule for locality 02 ... see 2.4 for multiple procedures.',
    '2.2 Injections ({64445}, {64450}) and chemodenervation ("{64612}") at 105%; units above 2 per DOS require',
    'authorization. 2.3 Code {64632} is paid per nerve, maximum 2 per foot per 12 months.',
    '2.5 Provider shall submit claims within 90 days to PO Box [81430], Hartford CT [06104].',
    '2.7 Notices: Cobalt Health, 900 Cottage Grove Rd, Bloomfield CT [06002]; NWPP, Yakima WA [98902].',
    'Cobalt/NWPP Exhibit B-2   Confidential & Proprietary   Initials: ___ ___   Page 14 of 31   v.24',
  ].join('\n'),
});

// ── 31. Commercial remittance table that the text layer read column by column (each column a run of lines) ──
const remitColumns = lines({
  id: 's32-rcc',
  kind: 's32-remit-table-read-by-columns',
  before: 'CLAIM PAYMENT DETAIL  Premera Blue Cross  Payment 85118',
  text: [
    'Claim Number',
    '25134000417',
    '25134000417',
    '25141000922',
    'Patient Account',
    '[55591]',
    '[55591]',
    '[14470]',
    'Procedure',
    '{64445}-RT',
    '{99214}-25',
    '{64612}',
    'Charged',
    '980.00',
    '295.00',
    '975.00',
    'Paid',
    '612.20',
    '181.00',
    '294.00',
    'Remit page 1 of 1   Payer ID [47570]   Trace 1910044712',
  ].join('\n'),
});

// ── 32. PDF.js text layer: each text run is its own span, so a code and its label land in different nodes ──
const spans: Snippet[] = [
  {
    id: 's32-pdfjs-1',
    kind: 's32-pdf-viewer-span-per-text-run',
    text: '{64712}',
    before: 'Procedure code(s):',
    after: 'Neurolysis, sciatic',
  },
  {
    id: 's32-pdfjs-2',
    kind: 's32-pdf-viewer-span-per-text-run',
    text: '{64714}-LT',
    before: 'Procedure code(s): 64712 Neurolysis, sciatic',
    after: 'Lumbar plexus',
  },
  {
    id: 's32-pdfjs-3',
    kind: 's32-pdf-viewer-span-per-text-run',
    text: '[64714]',
    before: 'Reference No.',
    after: 'Date of notice 07/22/2025',
  },
  {
    id: 's32-pdfjs-4',
    kind: 's32-pdf-viewer-span-per-text-run',
    text: 'Tacoma, WA [98402]',
    before: 'Evergreen Health Plan, 1200 Harbor Ave',
    after: 'Page 1 of 2',
  },
  {
    id: 's32-pdfjs-5',
    kind: 's32-pdf-viewer-span-per-text-run',
    text: '[33681]',
    before: 'Member ID',
    after: 'Group',
  },
  {
    id: 's32-pdfjs-6',
    kind: 's32-pdf-viewer-span-per-text-run',
    text: '{64445}',
    before: 'Service Code',
    after: 'Units 1',
  },
  {
    id: 's32-pdfjs-7',
    kind: 's32-pdf-viewer-span-per-text-run',
    text: '[20018]',
    before: 'Claim total charges $',
    after: '.00  Allowed',
  },
  {
    id: 's32-pdfjs-8',
    kind: 's32-pdf-viewer-span-per-text-run',
    text: '[64632]',
    before: 'Document Control Number',
    after: 'Scanned 07/24/2025',
  },
];

export const sealed32: Snippet[] = [
  ...opNote,
  ...eob,
  ...spr,
  ...denial,
  ...superbill,
  ...fax,
  ...cms1500,
  ...ub04,
  ...itemized,
  ...policy,
  ...opHyph,
  ...dcn,
  ...appeal,
  ...paApproval,
  ...msn,
  ...wcEor,
  ...ncci,
  ...booking,
  ...stub,
  ...records,
  ...query,
  ...feeSched,
  ...statement,
  ...privileges,
  ...anesthesia,
  ...ocrClaim,
  ...discharge,
  ...article,
  ...posting,
  ...contract,
  ...remitColumns,
  ...spans,
];
