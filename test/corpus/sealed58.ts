import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 58 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s58-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, also when a deposition transcript, a lien letter or an IME addendum lists them bare. About a
 * third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as file, request, pend, claim and
 * sequence numbers, benchmark percentiles, ZIPs and amounts written without a dollar sign. The five known codes'
 * digits come back as decoys: an IOLTA account suffix, a court attorney code, two PO boxes, a patient account REF in
 * an 837P, a lien payment check number, an expert's PO reference and a settlement check batch.
 *
 * Family: personal injury, medical-legal and subrogation around nerve injuries: a plaintiff attorney's medical bill
 * summary and specials by provider, a demand letter and a letter of protection, a provider lien ledger and statutory
 * lien notice, a life care plan's future-care cost table and narrative, an IME record review and addendum, a
 * deposition exhibit index and transcript page, a court docket and federal case caption, a health plan's subrogation
 * worksheet, lien letter, 837P claim image, vendor JSON export and TPL pend queue, an auto PIP ledger and denial, a
 * workers'-comp fee petition, fee schedule worksheet and Medicare set-aside allocation, a billing expert's percentile
 * comparison and methodology, a records request log with Bates ranges, a medical chronology, a mediation damages
 * table, case management notes and a litigation support XML export, plus the decoy-only pages around them:
 * settlement closing statement, law firm office directory, expert witness invoice and client intake.
 * Built on real public layouts: CMS-1500 item 24 lines (24A dates, 24B POS, 24D CPT/modifier, 24F charges, 24G
 * units) and items 21, 26, 28, 32 as cited in a bill summary; the X12 837P loops (CLM, SV1, DTP*472, REF); life care
 * plan future-care tables (recommendation, code, frequency, unit cost, duration, lifetime cost); Bates-stamped
 * exhibit indexes; state court docket listings and federal captions; the WCMSA allocation table. The others are
 * written the way those pages read, with no single source.
 *
 * 347 labelled tokens over 36 shapes: 140 codes, 207 decoys, 72 of the decoys in KNOWN_10K.
 */

// ── 1. Plaintiff attorney's medical bill summary (provider, dates, CPT, billed, paid, balance), table ──
const billSummary = table({
  id: 's58-billsum',
  kind: 's58-pi-medical-bill-summary-table',
  caption: 'Medical Specials Summary — Alvarez v. Northstar Freight, LLC — our file [24258] — through 09/30/2025',
  headers: ['Provider', 'DOS', 'CPT', 'Description', 'Billed', 'Paid (health plan)', 'Balance', 'Bates'],
  rows: [
    [
      'Mercy Regional ED',
      '02/11/2024',
      '{99285}',
      'ED visit, high severity',
      '$3,412.00',
      '$988.40',
      '$2,423.60',
      'MRH [00112]',
    ],
    [
      'Mercy Regional Imaging',
      '02/11/2024',
      '{72148}',
      'MRI lumbar w/o contrast',
      '$2,980.00',
      '$611.25',
      '$2,368.75',
      'MRH [00131]',
    ],
    [
      'Lakeshore Neurology',
      '03/04/2024',
      '{95886}',
      'Needle EMG, complete, 1 extremity',
      '$1,150.00',
      '$301.12',
      '$848.88',
      'LSN [00044]',
    ],
    [
      'Lakeshore Neurology',
      '03/04/2024',
      '{95910}',
      'NCS, 7–8 studies',
      '$1,840.00',
      '$402.77',
      '$1,437.23',
      'LSN [00045]',
    ],
    [
      'Great Lakes Pain Institute',
      '04/22/2024',
      '{64445}',
      'Sciatic nerve block, single injection',
      '$2,150.00',
      '$0.00',
      '$2,150.00',
      'GLPI [00209]',
    ],
    [
      'Great Lakes Pain Institute',
      '04/22/2024',
      '{76942}',
      'US guidance for needle placement',
      '$620.00',
      '$0.00',
      '$620.00',
      'GLPI [00210]',
    ],
    [
      'St. Adalbert Surgical Center',
      '07/09/2024',
      '{64712}',
      'Neuroplasty, sciatic nerve',
      '$18,900.00',
      '$4,210.50',
      '$14,689.50',
      'SASC [01177]',
    ],
    [
      'St. Adalbert Surgical Center',
      '07/09/2024',
      '{64714}',
      'Neuroplasty, lumbar plexus',
      '$16,400.00',
      '$3,388.00',
      '$13,012.00',
      'SASC [01178]',
    ],
    [
      'Northside PT',
      '08/01–09/26/2024',
      '{97110}',
      'Therapeutic exercise, 24 units',
      '$3,600.00',
      '$1,104.00',
      '$2,496.00',
      'NPT [00310]',
    ],
  ],
});

// ── 2. Demand letter quoting treatment, prose text layer ──
const demand = lines({
  id: 's58-demand',
  kind: 's58-demand-letter-treatment-prose',
  before: 'WITHOUT PREJUDICE — SETTLEMENT DEMAND — Claim No. NF-2024-31446 — Insured: Northstar Freight, LLC',
  text: [
    'Dear Ms. Whitcombe: As you know, this office represents Mr. Daniel Alvarez for injuries sustained on February 11, 2024.',
    'Our client reported immediate pain radiating down the right leg; EMG/NCS on March 4 ({95886}, {95910}) confirmed a sciatic neuropathy.',
    'Dr. Kessler first attempted conservative care, including an ultrasound-guided sciatic nerve block (CPT {64445}) on April 22.',
    'When relief lasted under two weeks, Dr. Okafor performed a sciatic neurolysis, {64712}, together with a lumbar plexus neuroplasty, {64714}, on July 9.',
    'The operative report (Bates SASC [01150]–[01176]) documents dense scar tissue encasing the nerve at the sciatic notch.',
    'He was billed {64712} at $18,900.00 and {64714} at $16,400.00; both charges fall within the usual and customary range for ZIP [60616].',
    'Past medical specials total $58,742.35; future care per the enclosed life care plan is valued at $412,600.00.',
    'Please respond within 30 days to our office at 180 N. LaSalle St., Suite 2700, Chicago, IL [60601].',
  ].join('\n'),
});

// ── 3. Letter of protection, text ──
const lop = lines({
  id: 's58-lop',
  kind: 's58-letter-of-protection-text',
  before: 'LETTER OF PROTECTION — Great Lakes Pain Institute, 4400 W. 95th St., Oak Lawn, IL 60453',
  text: [
    'Re: Patient Daniel Alvarez, DOB 06/14/1981, acct [35802]; Date of loss 02/11/2024',
    'This firm agrees to protect your charges for the following treatment out of any recovery:',
    '  Sciatic nerve block, ultrasound guided — {64445} with {76942} — estimated $2,770.00',
    '  Repeat block if indicated — {64445} x1',
    '  Follow-up office visits — {99214} (est. 3 visits)',
    'Balances will be paid directly from the settlement proceeds held in our IOLTA account ending [64445].',
    'Attorney: Rachel M. Stein, ARDC No. [62189]. Please reference our file [24258] on all statements.',
  ].join('\n'),
});

// ── 4. Medical lien ledger, table ──
const lienLedger = table({
  id: 's58-lien',
  kind: 's58-provider-lien-ledger-grid',
  caption: 'Lien Ledger — St. Adalbert Surgical Center — Lien # L-[47678] — Patient ALVAREZ, DANIEL',
  headers: ['Posted', 'Ref', 'Item', 'Charge', 'Pmt/Adj', 'Running bal'],
  rows: [
    ['07/09/2024', '[88214]', '{64712} RT', '[18900].00', '', '[18900].00'],
    ['07/09/2024', '[88215]', '{64714}', '[16400].00', '', '[35300].00'],
    ['07/09/2024', '[88216]', 'Anesthesia {01210}', '2240.00', '', '[37540].00'],
    ['08/19/2024', '[90105]', 'BCBS pmt chk [64612]', '', '-7598.50', '[29941].50'],
    ['10/02/2024', '[90106]', 'Contract adj', '', '-1200.00', '[28741].50'],
    ['11/15/2024', '[90107]', 'Lien notice resent, cert. mail [70984]', '', '', '[28741].50'],
  ],
});

// ── 5. Life care plan future-care cost table (CPT, frequency, unit cost) ──
const lcpTable = table({
  id: 's58-lcp',
  kind: 's58-life-care-plan-future-care-costs',
  caption: 'Life Care Plan — Table 4: Future Medical Procedures — prepared for Daniel Alvarez',
  headers: ['Recommendation', 'Code', 'Frequency', 'Unit cost', 'Duration', 'Lifetime cost'],
  rows: [
    ['Sciatic nerve block', '{64445}', '2x/yr', '2,770', 'to age 75 (32 yrs)', '177280'],
    ['Repeat sciatic neurolysis', '{64712}', '1x (est. age 55)', '[18900]', 'one time', '[18900]'],
    ['Pulsed RF, genicular / peripheral', '{64640}', '1x/yr', '2,150', '32 yrs', '[68800]'],
    ['Electrodiagnostic re-evaluation', '{95886} + {95910}', 'every 3 yrs', '2,990', '32 yrs', '[31893]'],
    ['Pain management office visit', '{99214}', '4x/yr', '285', '32 yrs', '[36480]'],
    ['Physical therapy (exercise)', '{97110}', '12 units/yr', '150', '32 yrs', '[57600]'],
    ['Chemodenervation for spasm', '{64612}', '1x/yr (if needed)', '1,420', '10 yrs', '[14200]'],
  ],
});

// ── 6. Life care plan narrative, text ──
const lcpText = lines({
  id: 's58-lcpnar',
  kind: 's58-life-care-plan-narrative-text',
  before: 'LIFE CARE PLAN — Section 6, Future Interventional Pain Care — K. Marsh, RN, CNLCP',
  text: [
    'Per Dr. Okafor (telephone conference 03/12/2025), Mr. Alvarez will likely require periodic sciatic blocks ({64445}-RT).',
    'Frequency assumes two blocks per year; each block billed as {64445} with ultrasound guidance {76942} (planner file [56372]).',
    'A repeat neuroplasty of the sciatic nerve ({64712}) is probable should perineural scarring recur.',
    'Costs are drawn from the physician charge data for geozip [60616] at the 75th percentile (data year 2024).',
    'Present value discounted at 2.5% yields [41419] per annum for procedures alone before medication.',
  ].join('\n'),
});

// ── 7. IME report: record review, text ──
const ime = lines({
  id: 's58-ime',
  kind: 's58-ime-record-review-text',
  before: 'INDEPENDENT MEDICAL EXAMINATION — Record Review — Examinee: Daniel Alvarez — IME ref 12834',
  text: [
    '03/04/2024 Lakeshore Neurology: NCS/EMG right lower extremity, billed as {95910} and {95886}. Sural SNAP absent.',
    '04/22/2024 Great Lakes Pain: right sciatic block under ultrasound; coded {64445}, {76942}. Pain 8/10 to 3/10 for 10 days.',
    '07/09/2024 St. Adalbert: external neurolysis of sciatic nerve ({64712}) and lumbar plexus ({64714}); no complications.',
    'In my opinion the lumbar plexus neuroplasty coded {64714} was not clearly indicated by the preoperative imaging.',
    'I reviewed 1,214 pages, Bates PLTF [00001] through PLTF [01214], provided by defense counsel on 05/02/2025.',
    'Examinee resides in Berwyn, IL [60402]; he was examined at our office on 06/10/2025 for 85 minutes.',
  ].join('\n'),
});

// ── 8. Deposition exhibit index, Bates-stamped, table ──
const depoIndex = table({
  id: 's58-depo',
  kind: 's58-deposition-exhibit-index-bates',
  caption: 'INDEX OF EXHIBITS — Deposition of Chidi Okafor, M.D. — taken 08/21/2025',
  headers: ['Exh.', 'Description', 'Bates range', 'Page'],
  rows: [
    ['1', 'Curriculum vitae', 'OKAFOR [00001]–[00014]', '6'],
    ['2', 'Operative report, 07/09/2024 (neurolysis, {64712} / {64714})', 'SASC [01150]–[01176]', '22'],
    ['3', 'Itemized statement, St. Adalbert', 'SASC [01177]–[01181]', '41'],
    ['4', 'UB-04 and CMS-1500 claim forms', 'BCBS [14252]–[14259]', '58'],
    ['5', 'Pain clinic procedure note (sciatic block {64445})', 'GLPI [00201]–[00208]', '73'],
    ['6', 'Subpoena response, Lakeshore Neurology', 'LSN [00001]–[00063]', '90'],
  ],
});

// ── 9. Court docket, text ──
const docket = lines({
  id: 's58-docket',
  kind: 's58-court-docket-entries-text',
  before: 'Circuit Court of Cook County, Law Division — Case Search — Docket',
  text: [
    'Case Number: 2024-L-[06352]   Calendar: W   Filing Date: 03/18/2024',
    'Alvarez, Daniel v. Northstar Freight, LLC, et al.   Attorney code [64712] (Stein & Barakat LLC)',
    '04/02/2024  Summons issued, served 04/09/2024 — Sheriff no. [55128]',
    '06/14/2024  Appearance and jury demand, defendant; atty no. [44151]',
    '11/20/2024  Motion to compel answers to interrogatories — granted; hearing room 2005',
    '09/03/2025  Case management conference continued to 10/15/2025, 9:30 a.m., courtroom 2208',
  ].join('\n'),
});

// ── 10. Case caption, text ──
const caption = lines({
  id: 's58-caption',
  kind: 's58-case-caption-pleading-header',
  before: 'IN THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF ILLINOIS, EASTERN DIVISION',
  text: [
    'ROSA DELGADO, Plaintiff, v. KESTREL LOGISTICS, INC., Defendant.',
    'Case No. 1:24-cv-[05031]   Judge Harmon   Magistrate Judge Liu',
    'Removed from Circuit Court of Will County, No. 2024-LA-[00712]',
    'Filed by: Barakat Law Group, 211 W. Wacker Dr., Chicago, IL [60606], Firm ID [46917]',
  ].join('\n'),
});

// ── 11. Health-plan subrogation recovery worksheet, table ──
const subroWs = table({
  id: 's58-subro',
  kind: 's58-subrogation-recovery-worksheet-grid',
  caption: 'Subrogation Worksheet — Case SUB-[77334] — Member 8840021937 — Loss 02/11/2024 (MVA)',
  headers: ['Claim ID', 'Svc date', 'Proc', 'Dx', 'Allowed', 'Paid', 'Accident related?'],
  rows: [
    ['[24041]', '02/11/2024', '{99285}', 'S74.01XA', '988.40', '988.40', 'Y'],
    ['[24077]', '03/04/2024', '{95910}', 'G57.01', '402.77', '402.77', 'Y'],
    ['[24078]', '03/04/2024', '{95886}', 'G57.01', '301.12', '301.12', 'Y'],
    ['[24193]', '07/09/2024', '{64712}', 'G57.01', '4210.50', '4210.50', 'Y'],
    ['[24194]', '07/09/2024', '{64714}', 'G57.01', '3388.00', '3388.00', 'Y'],
    ['[24201]', '07/22/2024', '{99213}', 'I10', '96.10', '96.10', 'N — HTN f/u'],
    ['[24388]', '09/26/2024', '{97110}', 'G57.01', '1104.00', '1104.00', 'Y'],
  ],
});

// ── 12. Subrogation recovery summary letter to attorney, text ──
const subroLetter = lines({
  id: 's58-subroltr',
  kind: 's58-subrogation-lien-letter-text',
  before: 'Trellis Recovery Services, on behalf of Blue Harbor Health Plan — Dallas, TX',
  text: [
    'Trellis Recovery Services, PO Box [64632], Dallas, TX [75265]. Our reference: TRS-[59205]. Plan member: Daniel Alvarez. Group [10648].',
    'The Plan asserts a reimbursement claim of $10,490.89 for accident-related charges, itemized as follows:',
    'ED visit {99285}; imaging {72148}; EMG/NCS {95886} and {95910}; neurolysis {64712} and {64714}; therapy {97110}.',
    'The 07/22/2024 office visit ({99213}) is unrelated and has been removed from the lien.',
    'Please remit to the lockbox above or call (800) 555-0144 ext. 4421 before disbursing settlement funds.',
  ].join('\n'),
});

// ── 13. Auto PIP ledger, table ──
const pipLedger = table({
  id: 's58-pip',
  kind: 's58-auto-pip-benefits-ledger',
  caption: 'PIP Payment Ledger — Policy PA-[38625]-03 — Claim 05-PIP-[22832] — Limit $10,000',
  headers: ['Date', 'Payee', 'Code', 'Billed', 'Fee sched', 'Paid', 'PIP remaining'],
  rows: [
    ['03/20/2024', 'Mercy Regional', '{99285}', '3412.00', '1206.18', '964.94', '9035.06'],
    ['03/28/2024', 'Lakeshore Neurology', '{95910}', '1840.00', '518.40', '414.72', '8620.34'],
    ['05/06/2024', 'Great Lakes Pain', '{64445}', '2150.00', '612.90', '490.32', '8130.02'],
    ['05/06/2024', 'Great Lakes Pain', '{76942}', '620.00', '88.20', '70.56', '8059.46'],
    ['08/12/2024', 'St. Adalbert SC', '{64712}', '[18900].00', '2860.44', '2288.35', '5771.11'],
    ['08/12/2024', 'St. Adalbert SC', '{64714}', '[16400].00', 'denied', '0.00', '5771.11'],
  ],
});

// ── 14. Workers' comp attorney fee petition, text ──
const feePetition = lines({
  id: 's58-feepet',
  kind: 's58-workers-comp-fee-petition-text',
  before: 'BEFORE THE WORKERS COMPENSATION BOARD — PETITION FOR APPROVAL OF ATTORNEY FEE — WCB Case G2987',
  text: [
    'Claimant: Teresa Nowak   WCB No. G2987-[63550]   Carrier: Keystone Mutual, Carrier Code W8410',
    'Employer: Riverbend Packaging, 77 Industrial Pkwy, Rochester, NY [14624]',
    'Counsel obtained authorization for the ulnar nerve neuroplasty ({64718}) and a later sciatic neurolysis {64712}.',
    'Medical benefits secured: {64718} ($3,214.10), {64712} ($4,120.66) and six sessions of {97140}.',
    'Counsel spent 31.4 hours; fee requested $4,800 (see itemization, exhibit C, Bates TN [00340]).',
  ].join('\n'),
});

// ── 15. Billing expert reasonableness report, percentile table ──
const reasonTable = table({
  id: 's58-reason',
  kind: 's58-billing-expert-percentile-comparison',
  caption: 'Table 2. Charges compared with benchmark charges, geozip 606, 2024 — prepared by M. Ortega, CPC, CPMA',
  headers: ['CPT', 'Billed', '50th pct', '80th pct', '90th pct', 'Medicare (IL loc 16)', 'Billed ≤ 80th?'],
  rows: [
    ['{64712}', '[18900]', '[11398]', '[15588]', '[17639]', '1044.81', 'No'],
    ['{64714}', '[16400]', '[10032]', '[13601]', '[16286]', '958.20', 'No'],
    ['{64445}', '2150', '1480', '2240', '2760', '131.44', 'Yes'],
    ['{64632}', '—', '980', '1510', '1905', '176.02', 'n/a (not billed)'],
    ['{95910}', '1840', '1210', '1750', '2040', '224.81', 'No'],
    ['{99285}', '3412', '2380', '3150', '3590', '180.48', 'No'],
  ],
});

// ── 16. Billing expert methodology paragraph, text ──
const reasonText = lines({
  id: 's58-reasontxt',
  kind: 's58-billing-expert-methodology-prose',
  before: 'EXPERT REPORT OF MARISOL ORTEGA, CPC, CPMA — Reasonableness of Medical Charges — Opinion 3',
  text: [
    'I compared each billed line with benchmark data for the provider geozip (606) covering ZIP codes [60601] to [60699].',
    'For the sciatic neuroplasty, {64712}, the billed charge of [18900] exceeds the 90th percentile of [17639].',
    'The lumbar plexus procedure (CPT {64714}) was reported on the same date; I find no NCCI edit bundling it into {64712}.',
    'The plantar digital nerve destruction code {64632} appears in the defense summary but was never billed; I disregard it.',
    'My invoice number [91529] covers 14.5 hours of review at 350 per hour.',
  ].join('\n'),
});

// ── 17. Records request log, Bates numbers, table ──
const recLog = table({
  id: 's58-reclog',
  kind: 's58-records-request-tracking-log',
  caption: 'Records & Bills Request Log — file [24258] — paralegal: J. Pruitt',
  headers: ['Req #', 'Facility', 'City / ZIP', 'Type', 'Sent', 'Rec’d', 'Bates assigned'],
  rows: [
    [
      '[33606]',
      'Mercy Regional Medical Ctr',
      'Aurora [60505]',
      'Records + itemized bill',
      '04/03/2024',
      '05/11/2024',
      'MRH [00100]–[00188]',
    ],
    [
      '[33607]',
      'Lakeshore Neurology',
      'Evanston [60201]',
      'Records',
      '04/03/2024',
      '04/29/2024',
      'LSN [00001]–[00063]',
    ],
    [
      '[33612]',
      'Great Lakes Pain Institute',
      'Oak Lawn [60453]',
      'Records + CMS-1500s',
      '06/10/2024',
      '07/02/2024',
      'GLPI [00200]–[00240]',
    ],
    ['[33640]', 'St. Adalbert Surgical Ctr', 'Niles [60714]', 'Op report + UB-04', '08/15/2024', '—', '—'],
    ['[33641]', 'Northside PT', 'Skokie [60077]', 'Notes + ledger', '10/01/2024', '10/30/2024', 'NPT [00300]–[00355]'],
  ],
});

// ── 18. CMS-1500 item 24 lines as cited in the bill summary's backup, text ──
const cms1500 = lines({
  id: 's58-cms1500',
  kind: 's58-cms1500-item24-cited-lines',
  before: 'Backup for bill summary line 5–6 — CMS-1500 (02/12), Great Lakes Pain Institute, box 33 NPI on file',
  text: [
    '24A 04 22 24  04 22 24  24B 22  24D {64445} RT        24E A  24F 2150 00  24G 1',
    '24A 04 22 24  04 22 24  24B 22  24D {76942}           24E A  24F  620 00  24G 1',
    '21. A G57.01   B S74.01XA   26. Patient acct no. [72368]   28. Total charge 2770 00',
    '32. Service facility: 4400 W 95th St, Oak Lawn IL [60453]   33. Billing provider ph (708) 555-0199',
  ].join('\n'),
});

// ── 19. X12 837P excerpt from the plan's claim file (subrogation backup) ──
const x12 = lines({
  id: 's58-x12',
  kind: 's58-subrogation-837p-claim-excerpt',
  before: 'Claim image pulled for subrogation review — 837P — ICN 202419064612',
  text: [
    'NM1*85*2*ST ADALBERT SURGICAL CENTER*****XX*1437286659~N4*NILES*IL*[60714]~',
    'CLM*SASC[44912]*[35300]***24:B:1*Y*A*Y*Y~HI*ABK:G5701~',
    'LX*1~SV1*HC:{64712}:RT*[18900]*UN*1***1~DTP*472*D8*20240709~REF*EA*[64612]~',
    'LX*2~SV1*HC:{64714}*[16400]*UN*1***1~DTP*472*D8*20240709~REF*6R*[52170]~',
  ].join('\n'),
});

// ── 20. Subrogation vendor JSON export ──
const subroJson = lines({
  id: 's58-json',
  kind: 's58-subrogation-vendor-json-export',
  before: 'GET /api/v2/cases/SUB-77334/claims — response body',
  text: [
    '{ "caseId": "SUB-[77334]", "memberZip": "[60402]", "lossType": "MVA",',
    '  "lines": [ { "icn": "[24193]", "procCd": "{64712}", "modCd": "RT", "paidAmt": 4210.50 },',
    '             { "icn": "[24194]", "procCd": "{64714}", "modCd": null, "paidAmt": 3388.00 },',
    '             { "icn": "[24201]", "procCd": "{99213}", "related": false, "paidAmt": 96.10 } ],',
    '  "adjusterId": "[21384]", "recoveryTarget": "[10490].89" }',
  ].join('\n'),
});

// ── 21. Medical chronology (treatment timeline), table ──
const chrono = table({
  id: 's58-chrono',
  kind: 's58-medical-chronology-timeline',
  caption: 'Medical Chronology — prepared by nurse consultant — Alvarez — v3',
  headers: ['Date', 'Provider', 'Summary', 'Ref'],
  rows: [
    ['02/11/2024', 'Mercy ED', 'MVA, R buttock/leg pain, foot drop 4/5; CT neg; d/c with PT referral', 'MRH [00114]'],
    [
      '03/04/2024',
      'Dr. Haas',
      'EMG/NCS ({95886}, {95910}): R sciatic neuropathy, peroneal division > tibial',
      'LSN [00044]',
    ],
    ['04/22/2024', 'Dr. Kessler', 'US-guided R sciatic block {64445}; 10 days relief', 'GLPI [00203]'],
    ['07/09/2024', 'Dr. Okafor', 'Neurolysis sciatic nerve {64712}, lumbar plexus {64714}', 'SASC [01151]'],
    ['11/18/2024', 'Dr. Okafor', 'Post-op: improved dorsiflexion; repeat EMG in 6 months', 'SASC [01192]'],
  ],
});

// ── 22. PIP denial / EOB with code, text ──
const pipDenial = lines({
  id: 's58-pipden',
  kind: 's58-pip-denial-explanation-text',
  before: 'Keystone Auto — Explanation of Review — Claim 57130 — Claimant Alvarez',
  text: [
    'Line 2: {64714} — DENIED. Reason 45: lumbar plexus neuroplasty not supported by IME of 06/10/2025.',
    'Line 1: {64712} allowed at the state fee schedule, 2860.44 less 20% co-insurance.',
    'Reconsideration may be requested within 30 days; send to PO Box [64714], Harrisburg, PA [17105].',
    'Provider TIN ending [98930]; reviewer ID [28030].',
  ].join('\n'),
});

// ── 23. Attorney fee / mediation damages summary, table ──
const damages = table({
  id: 's58-damages',
  kind: 's58-mediation-brief-damages-table',
  caption: 'Plaintiff’s Mediation Statement — Exhibit B: Economic Damages',
  headers: ['Category', 'Item', 'Amount', 'Support'],
  rows: [
    ['Past medical', 'Surgery (neurolysis {64712}, {64714})', '35,300.00', 'Exh. 3'],
    ['Past medical', 'Pain management incl. block {64445}', '2,770.00', 'Exh. 5'],
    ['Past wage loss', '38 weeks @ 1,260', '[47880]', 'W-2 2023'],
    ['Future medical', 'Life care plan, present value', '412,600', 'Exh. 9'],
    ['Future wage loss', 'Economist, Table 1', '[96273]', 'Exh. 10'],
  ],
});

// ── 24. Expert deposition excerpt (Q/A transcript), text ──
const transcript = lines({
  id: 's58-depotx',
  kind: 's58-deposition-transcript-qa',
  before: 'OKAFOR, CHIDI, M.D. — 08/21/2025 — Page 44',
  text: [
    '12   Q. Doctor, the bill shows code {64712}. What does that code describe?',
    '13   A. A neuroplasty of the sciatic nerve — freeing it from scar.',
    '14   Q. And {64714} on the same date?',
    '15   A. That is the lumbar plexus. I did both through one exposure.',
    '16   Q. Did you also bill a block, {64445}, that day?',
    '17   A. No. The block was Dr. Kessler, back in April.',
  ].join('\n'),
});

// ── 25. Workers' comp fee schedule comparison, table ──
const wcFs = table({
  id: 's58-wcfs',
  kind: 's58-wc-fee-schedule-reduction-grid',
  caption: 'NY WCB Medical Fee Schedule — Ground Rule reduction worksheet — claim [G2987]-[63550]',
  headers: ['Line', 'Value', 'RVU', 'Region IV CF', 'Allowed', 'Billed'],
  rows: [
    ['1', '{64718}', '14.21', '226.19', '3214.10', '5200.00'],
    ['2', '{64712}', '18.22', '226.19', '4120.66', '[18900].00'],
    ['3', '{97140}', '0.89', '7.85', '6.99', '145.00'],
    ['Emp ZIP', '[14624]', '—', '—', '—', '—'],
  ],
});

// ── 26. Settlement statement (decoy only), text ──
const settle = lines({
  id: 's58-settle',
  kind: 's58-settlement-disbursement-statement',
  before: 'CLOSING STATEMENT — Alvarez v. Northstar Freight — file 24258 — trust account IOLTA',
  text: [
    'Gross settlement ....................................... 425000.00',
    'Attorney fee (33⅓%) ..................................... 141666.67',
    'Case costs (expert fees, records, filing) ............. [23552].18',
    'Blue Harbor Health Plan lien (reduced from 10,490.89) ..... 6993.93',
    'St. Adalbert Surgical Center (LOP, reduced) ............ [21957].00',
    'Great Lakes Pain Institute (LOP) ......................... 2770.00',
    'Net to client ........................................... 220182.22',
    'Disbursed by check nos. [10441]–[10446], batch [64714]; client ZIP [60402].',
  ].join('\n'),
});

// ── 27. Law firm office directory (decoy only), table ──
const directory = table({
  id: 's58-dir',
  kind: 's58-law-firm-office-directory',
  caption: 'Stein & Barakat LLC — Offices',
  headers: ['Office', 'Address', 'City', 'ZIP', 'Main line'],
  rows: [
    ['Chicago (HQ)', '180 N. LaSalle St., Ste 2700', 'Chicago, IL', '[60601]', '(312) 555-0110'],
    ['Joliet', '58 N. Chicago St., Ste 400', 'Joliet, IL', '[60432]', '(815) 555-0133'],
    ['Waukegan', '1 N. Genesee St.', 'Waukegan, IL', '[60085]', '(847) 555-0172'],
    ['Merrillville', '8585 Broadway, Ste 730', 'Merrillville, IN', '[46410]', '(219) 555-0107'],
    ['Rockford', '6412 E. State St.', 'Rockford, IL', '[61108]', '(815) 555-0150'],
    ['Milwaukee', '111 E. Wisconsin Ave', 'Milwaukee, WI', '[53202]', '(414) 555-0126'],
  ],
});

// ── 28. Expert invoice (decoy only), table ──
const invoice = table({
  id: 's58-inv',
  kind: 's58-expert-witness-invoice',
  caption: 'Ortega Billing Analytics LLC — Invoice [91529] — Bill to: Stein & Barakat LLC, Chicago IL 60601',
  headers: ['Date', 'Task', 'Hours', 'Rate', 'Amount', 'Matter'],
  rows: [
    ['06/02/2025', 'Review itemized bills, 412 pages', '6.0', '350', '2100.00', '[24258]'],
    ['06/05/2025', 'Benchmark pull, geozip 606, data set [62793]', '2.5', '350', '875.00', '[24258]'],
    ['06/09/2025', 'Draft report', '6.0', '350', '2100.00', '[24258]'],
    ['08/30/2025', 'Deposition prep', '3.0', '450', '1350.00', 'Ref PO [64445]'],
  ],
});

// ── 29. Attorney intake form (decoy heavy), text ──
const intake = lines({
  id: 's58-intake',
  kind: 's58-pi-intake-questionnaire-text',
  before: 'New Client Intake — Personal Injury — Stein & Barakat LLC',
  text: [
    'Client: Daniel Alvarez   Home: 2217 S. Harvey Ave, Berwyn [60402]   Cell ending 4417',
    'Vehicle: 2019 Civic, odometer [48448] mi   Auto carrier: Keystone Auto, policy PA-[38625]-03',
    'Health plan: Blue Harbor PPO, member ID BHX8840021937, group [10648]',
    'Employer: Pullman Foods, 1100 W. 31st St, Chicago [60608]; weekly wage 1260',
    'Police report no. JD-[14896]   Crash report ID 2024-[52723]',
  ].join('\n'),
});

// ── 30. IME addendum: list of procedures without label, text ──
const imeAdd = lines({
  id: 's58-imeadd',
  kind: 's58-ime-addendum-procedure-list',
  before: 'IME ADDENDUM 09/12/2025 — response to plaintiff counsel’s questions — IME ref 12834',
  text: [
    'Question 2: Which of the billed procedures were reasonable and necessary?',
    '  a. {95886}, {95910} — yes',
    '  b. {64445} with {76942} — yes, one injection',
    '  c. {64712} — yes',
    '  d. {64714} — not supported; see my report p. 7',
    'Question 4: Future care. A further {64445} is reasonable; a repeat {64712} is speculative; {64632} does not apply.',
  ].join('\n'),
});

// ── 31. Litigation support XML export of billing data, text ──
const xml = lines({
  id: 's58-xml',
  kind: 's58-litigation-support-billing-xml',
  before: 'export_billing_Alvarez.xml — generated by CaseVault 7.2',
  text: [
    '<Matter id="[24258]" venue="Cook" zip="[60601]">',
    '  <Charge seq="[35083]" dos="2024-07-09"><Cpt>{64712}</Cpt><Mod>RT</Mod><Amt>[18900].00</Amt></Charge>',
    '  <Charge seq="[35084]" dos="2024-07-09"><Cpt>{64714}</Cpt><Amt>[16400].00</Amt></Charge>',
    '  <Charge seq="[35085]" dos="2024-04-22"><Cpt>{64445}</Cpt><Mod>RT</Mod><Units>1</Units></Charge>',
    '  <Bates first="SASC [01177]" last="SASC [01181]"/>',
    '</Matter>',
  ].join('\n'),
});

// ── 32. Lien notice to insurer (statutory hospital lien), text ──
const lienNotice = lines({
  id: 's58-liennot',
  kind: 's58-statutory-lien-notice-text',
  before: 'NOTICE OF LIEN — Health Care Services Lien Act, 770 ILCS 23 — sent certified mail',
  text: [
    'To: Keystone Auto Insurance, Claims Dept., PO Box [17639], Harrisburg, PA [17105]',
    'Lienholder: St. Adalbert Surgical Center, 7000 N. Milwaukee Ave, Niles, IL [60714]',
    'Services: 07/09/2024 sciatic neurolysis and lumbar plexus neuroplasty (CPT {64712}, {64714}); charges $35,300.00',
    'Patient account [88214]; your claim number [57130]; date of loss 02/11/2024.',
  ].join('\n'),
});

// ── 33. Second PI case: lower-extremity nerve block and chemodenervation bill summary, table ──
const billSummary2 = table({
  id: 's58-billsum2',
  kind: 's58-pi-specials-by-provider-short',
  caption: 'Delgado v. Kestrel Logistics — Specials by provider (Item 24 lines)',
  headers: ['Item', 'Value', 'Ref', 'Charge'],
  rows: [
    ['Femoral block', '{64447}', '[42132]', '1,980.00'],
    ['Sciatic block, popliteal', '{64445}', '[42133]', '2,040.00'],
    ['Botulinum toxin, one extremity', '{64642}', '[42134]', '1,720.00'],
    ['Chemodenervation, trapezius/neck', '{64616}', '[42135]', '1,510.00'],
    ['Chemodenervation, blepharospasm', '{64612}', '[42136]', '1,120.00'],
    ['Plantar digital nerve, neurolytic', '{64632}', '[42137]', '890.00'],
    ['Office visit, new pt', '{99204}', '[42138]', '410.00'],
  ],
});

// ── 34. Health-plan accident questionnaire / trauma edit pend list (subrogation intake), table ──
const pendList = table({
  id: 's58-pend',
  kind: 's58-accident-questionnaire-pend-queue',
  caption: 'TPL Pend Queue — diagnosis trauma edit (S/T codes) — questionnaire mailed, awaiting response',
  headers: ['Pend #', 'Member ZIP', 'Rendering', 'Proc', 'Units', 'Billed amt', 'Days pended'],
  rows: [
    ['[80031]', '[46410]', 'Dr. L. Haas', '{95885}', '1', '640.00', '12'],
    ['[80817]', '[53202]', 'Dr. B. Kessler', '{64445}', '1', '2040.00', '9'],
    ['[81589]', '[60085]', 'Dr. C. Okafor', '{64712}', '1', '[18500].00', '31'],
    ['[82469]', '[60432]', 'Dr. C. Okafor', '{64708}', '1', '4200.00', '31'],
    ['[83082]', '[61108]', 'Prairie Pain', '{64447}', '2', '3900.00', '6'],
    ['[83746]', '[60608]', 'Prairie Pain', '{64632}', '1', '890.00', '6'],
  ],
});

// ── 35. Nurse consultant's reasonableness notes in the case management system (free text), text ──
const caseNotes = lines({
  id: 's58-cmnotes',
  kind: 's58-case-management-free-text-notes',
  before: 'Matter notes — Delgado v. Kestrel Logistics — visible to: litigation team',
  text: [
    '09/04 JP: Dr. Vance billed the popliteal block as {64445} plus {76942}; carrier says guidance bundled. Sent appeal [84429].',
    '09/06 RS: femoral block {64447} also on 3/14 — same session? Check op note GLPI p. [00218].',
    '09/10 JP: chemo-denervation {64642} paid by MedPay only; balance 1,720 to LOP. Client moved to Joliet [60435].',
    '09/11 RS: defense IME says {64616} unrelated (pre-existing cervical dystonia). Need records back to 2019 from Dr. Amin, [85128].',
    '09/15 JP: demand package sent FedEx [8611] 2244 [86581]; medical specials now 11,760.',
  ].join('\n'),
});

// ── 36. Structured settlement / Medicare set-aside allocation (future care), table ──
const msa = table({
  id: 's58-msa',
  kind: 's58-medicare-set-aside-allocation-table',
  caption: 'WCMSA Allocation — Teresa Nowak — HICN on file — rated age 58 — life expectancy 26.1 yrs',
  headers: ['Service', 'HCPCS/CPT', 'Freq/yr', 'Price', 'Basis', 'Total allocation'],
  rows: [
    ['Ulnar nerve block', '{64450}', '2', '214.60', 'NY WC FS', '11,202.12'],
    ['Office visit, est.', '{99213}', '4', '108.90', 'NY WC FS', '[11369].16'],
    ['Nerve conduction, 3–4 studies', '{95908}', '0.5', '310.40', 'NY WC FS', '4,050.72'],
    ['Repeat ulnar neuroplasty', '{64718}', 'once', '3,214.10', 'NY WC FS', '3,214.10'],
    ['Carrier claim ref', '[87241]', '', '', '', ''],
  ],
});

export const sealed58: Snippet[] = [
  ...billSummary,
  ...demand,
  ...lop,
  ...lienLedger,
  ...lcpTable,
  ...lcpText,
  ...ime,
  ...depoIndex,
  ...docket,
  ...caption,
  ...subroWs,
  ...subroLetter,
  ...pipLedger,
  ...feePetition,
  ...reasonTable,
  ...reasonText,
  ...recLog,
  ...cms1500,
  ...x12,
  ...subroJson,
  ...chrono,
  ...pipDenial,
  ...damages,
  ...transcript,
  ...wcFs,
  ...settle,
  ...directory,
  ...invoice,
  ...intake,
  ...imeAdd,
  ...xml,
  ...lienNotice,
  ...billSummary2,
  ...pendList,
  ...caseNotes,
  ...msa,
];
