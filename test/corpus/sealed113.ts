import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 113 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s113-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked,
 * `[64712]` anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for
 * codes (office visits, anesthesia, imaging guidance, EMG, MRI, therapy, drug screens, psychotherapy) are labelled as
 * codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs (an
 * adjuster's office, the state division, a pharmacy, the BCRC), a referral, CMS case, portal account, policy, annuity
 * contract, rating ticket, exhibit, quote, underwriter file, reserve change, bill, claim control, check, administrator
 * and payer id, counsel file, Bates and store numbers. Worksheet totals printed without a comma, NDC labeler codes,
 * street numbers, Bates pages and the WCRC PO box are the other decoys. The five known codes' digits come back as
 * decoys: the carrier's claim number, a PO box of the adjuster's office, the MSA vendor's remit-to PO box, a payer id
 * in an 837, an adjuster's authority ticket, a pharmacy survey reference, a mediator's file number and a life care
 * plan exhibit.
 *
 * Family: Medicare Set-Aside allocations and life care plans in workers' compensation and liability settlements: the
 * MSA vendor's referral intake, a WCMSA allocation report (cover page, allocation summary, future medical treatment
 * priced by CPT with frequency and duration, surgery pricing by component, treatment narrative, pricing methodology,
 * prescription allocation with NDCs, rated age), the pricing worksheet (grid, CSV export, platform JSON record), the
 * WCRC submission cover letter and the WCMSA Portal case screen, the CMS counter-higher letter and its item table, a
 * re-review request, the treating physician's future-care questionnaire (questions, treatment grid, attestation), a
 * life care planner's cost projection tables (procedures, evaluations, medications, appendix crosswalk with its header
 * lost), narrative and cost-source footnotes, a liability MSA letter, professional administration annual accounting
 * (account summary, payment ledger, spend by service, bill review, 837P bill and 835 payment, attestation letter), a
 * settlement conference summary, an attorney's e-mail, claims adjuster notes, a medical records summary (past
 * procedures grid and chronology) and the vendor's invoice.
 * Built on real public layouts: the CMS WCMSA Reference Guide's submission package order (cover letter, rated age,
 * life expectancy, treatment and Rx tables priced by fee schedule) and WCRC mailing address, the CMS WCMSA approval
 * letter's counter-higher wording and its table of adjusted items, the WCMSA Portal case summary screen, the life care
 * planning cost tables (item, year initiated, frequency/duration, unit cost, annual and lifetime cost, recommended
 * by), the professional administrator's annual self-attestation accounting, and X12 837P and 835 service lines. The
 * others are written the way those pages read, with no single source.
 *
 * 359 labelled tokens over 40 shapes: 188 codes, 171 decoys, 64 of the decoys in KNOWN_10K.
 */

// ── 1. MSA vendor referral intake form, text layer (decoy only) ──
const intake = lines({
  id: 's113-intake',
  kind: 's113-msa-vendor-referral-intake-form-text',
  before: 'Heartland Settlement Solutions — New MSA Referral',
  text: [
    'Referral no. [40523]   Received 01/14/2026   Rush: No   Assigned analyst: T. Brandt, RN, MSCC',
    'Carrier: Keystone Mutual Casualty Co.   Claim no. WC-19-[64714]   Policy no. KMC-[20548]-07',
    'Claimant: Darnell R. Whitfield   DOB 03/22/1961   DOI 08/17/2019   Jurisdiction: MO',
    'Employer: Tri-County Aggregates LLC, 1400 Quarry Rd, Liberty, MO [64068]',
    'Adjuster: Kim Oduya, Keystone Mutual, PO Box [64712], Kansas City, MO [64145]',
    'Services: WCMSA allocation, rated age, CMS submission   Proposed total settlement: $185,000',
    'Accepted body parts: lumbar spine, right thigh (sciatic nerve), right foot',
    'Claimant attorney: Marcus Reyes, Reyes & Dunn, 1201 Walnut St, Suite 900, Kansas City, MO [64106]',
    'Defense counsel: Laura Chen, Chen Bartlett LLC, 4520 Main St, Kansas City, MO [64111]; their file [21388]-WC',
    'Bill to: Keystone Mutual, Attn: MSA Unit, [10801] Mastin St, Overland Park, KS [66210]; PO [31877]',
  ].join('\n'),
});

// ── 2. WCMSA allocation report cover page, text layer (decoy only) ──
const cover = lines({
  id: 's113-cover',
  kind: 's113-wcmsa-report-cover-claimant-info-text',
  before: "WORKERS' COMPENSATION MEDICARE SET-ASIDE ALLOCATION",
  text: [
    'Carrier NAIC [24830]   Third-party administrator: none (self-adjusted)',
    'Prepared for Keystone Mutual Casualty Co.   Vendor file [80547]   Report date 02/09/2026',
    'Claimant: Darnell R. Whitfield   MBI 4TR7-FK2-WN83   Medicare A/B since 03/01/2023 (SSDI)',
    'Claim no. WC-19-[64714]   DOI 08/17/2019   MO Division injury no. 19-064714',
    'Diagnoses: S77.11XA crush injury right thigh; G57.01 lesion of sciatic nerve, right; G57.61 Morton neuroma, right',
    'Claimant address: 5812 NE Antioch Rd, Gladstone, MO [64119]',
    'Treating: Ravi Menon, MD, Northland Pain & Spine, 2800 Clay Edwards Dr, North Kansas City, MO [64116]',
  ].join('\n'),
});

// ── 3. WCMSA allocation summary, table (decoy only) ──
const summary = table({
  id: 's113-allocsum',
  kind: 's113-wcmsa-allocation-summary-grid',
  caption: 'Summary of proposed WCMSA',
  headers: ['Category', 'Annual', 'Years', 'Allocated', 'Basis'],
  rows: [
    ['Future medical treatment', '$4,812.66', '17.4', '$83,740.28', 'MPFS, ZIP [64119]'],
    ['Surgery (one revision neuroplasty)', '—', 'once', '$11,958.19', 'Surgeon, anesthesia, ASC'],
    ['Prescription drugs', '$1,436.52', '17.4', '$24,995.45', 'Red Book AWP, Jan 2026'],
    ['Total proposed WCMSA', '', '', '$120,693.92', 'File [80547], rated age ticket [40612]'],
  ],
});

// ── 4. WCMSA future medical treatment allocation, table ("CPT/HCPCS" header) ──
const futureMed = table({
  id: 's113-futmed',
  kind: 's113-wcmsa-future-medical-treatment-allocation-grid',
  caption: 'Future medical treatment (non-surgical)',
  headers: ['Treatment/Service', 'CPT/HCPCS', 'Frequency', 'Duration', 'Unit cost', 'Total'],
  rows: [
    ['Office visit, est., pain management', '{99214}', '4 per year', 'Life expectancy', '$128.44', '$8,939.42'],
    ['Sciatic nerve block, single injection, right', '{64445}', '2 per year', '17.4 years', '$176.90', '$6,156.12'],
    ['Ultrasound guidance, needle placement', '{76942}', '2 per year', '17.4 years', '$58.12', '$2,022.58'],
    ['Alcohol neurolysis, plantar common digital nerve', '{64632}', '1 per year', '5 years', '$161.37', '$806.85'],
    [
      'EMG and nerve conduction, right leg',
      '{95886}, {95910}',
      '1 every 3 years',
      '17.4 years',
      '$301.55',
      '$1,749.00',
    ],
    ['MRI lumbar spine w/o contrast', '{72148}', '1 every 3 years', '17.4 years', '$229.86', '$1,333.19'],
    ['PT re-evaluation', '{97164}', '1 per year', '17.4 years', '$71.90', '$1,251.06'],
    ['Therapeutic exercise, 15 min', '{97110}', '12 units per year', '17.4 years', '$30.14', '$6,293.23'],
    ['Presumptive drug screen', '{80305}', '2 per year', '17.4 years', '$12.60', '$438.48'],
    ['Podiatry office visit', '{99213}', '1 per year', '5 years', '$92.71', '$463.55'],
  ],
});

// ── 5. WCMSA surgery priced by component, table ("Code" header) ──
const surgery = table({
  id: 's113-surg',
  kind: 's113-wcmsa-surgery-component-pricing-grid',
  caption: 'Surgical allocation: revision neuroplasty of the right sciatic nerve (Dr. Okafor, 01/28/2026)',
  headers: ['Component', 'Code', 'Units', 'Fee schedule', 'Amount'],
  rows: [
    ['Surgeon', '{64712}', '1', 'MPFS MO loc. 02, facility', '$1,142.07'],
    ['Assistant at surgery', '{64712}-80', '1', '16% of surgeon', '$182.73'],
    ['Anesthesia, nerves of upper leg', '{01250}', '4 base + 8 time', 'CF $20.42', '$245.04'],
    ['ASC facility fee', '{64712}', '1', 'ASC rate, CBSA [28140]', '$2,616.44'],
    ['Pre-operative visit', '{99214}', '1', 'MPFS MO loc. 02', '$128.44'],
    ['Post-op sciatic block by anesthesia', '{64445}-59', '1', 'MPFS MO loc. 02', '$176.90'],
    ['Lumbar plexus neuroplasty', '{64714}', '0', 'Not allocated: not expected (Q. 3)', '$0.00'],
  ],
});

// ── 6. WCMSA medical treatment narrative, text layer ──
const narrative = lines({
  id: 's113-narr',
  kind: 's113-wcmsa-medical-treatment-narrative-text',
  before: 'Medical treatment summary and basis for allocation',
  text: [
    'Mr. Whitfield underwent neurolysis of the right sciatic nerve by Dr. Okafor on 06/03/2021 (CPT {64712}; WHIT-[00412]).',
    'He has since received ultrasound-guided sciatic nerve blocks ({64445} with {76942}) about twice a year.',
    'Lumbar plexus neuroplasty, {64714}, was discussed on 09/14/2023 but Dr. Menon does not now expect it.',
    'Right third-interspace neuroma: alcohol neurolysis {64632} x3 in 2022; podiatry plans yearly repeat.',
    'Dr. Okafor expects one revision of the sciatic neuroplasty within five years; it is allocated once at {64712}.',
    'Records reviewed: WHIT-[00001] through WHIT-[01386]; questionnaire returned 01/28/2026 (Exhibit [20575]).',
  ].join('\n'),
});

// ── 7. WCMSA pricing methodology, text layer ──
const method = lines({
  id: 's113-method',
  kind: 's113-wcmsa-pricing-methodology-text',
  before: 'Pricing methodology',
  text: [
    "Missouri has no workers' compensation medical fee schedule; charges are reviewed for usual and customary.",
    'Services are therefore priced at the Medicare Physician Fee Schedule for ZIP [64119] (MAC J5, contractor [05302], locality 02).',
    'Facility fees use the 2026 OPPS and ASC rates for CBSA [28140] (Kansas City, MO-KS).',
    'Example: {64445} is priced at the facility rate, $176.90; {76942} is added once per block.',
    'Surgery includes surgeon, assistant (modifier 80), anesthesia ({01250}) and the ASC fee for {64712}.',
    'Drugs use Red Book AWP for January 2026; generic where the physician allows substitution.',
  ].join('\n'),
});

// ── 8. MSA vendor pricing worksheet, table ("CPT" header) ──
const worksheet = table({
  id: 's113-wksht',
  kind: 's113-msa-vendor-pricing-worksheet-fee-source-grid',
  caption: 'Pricing worksheet — file 80547 — fee schedule comparison',
  headers: ['CPT', 'Description', 'MO WC FS', 'MPFS loc. 02', 'FH 80th (641)', 'Used', 'Source'],
  rows: [
    ['{99214}', 'OV est lvl 4', 'n/a', '$128.44', '$246.00', '$128.44', 'MPFS'],
    ['{64445}', 'Inj sciatic nrv single', 'n/a', '$176.90', '$612.00', '$176.90', 'MPFS'],
    ['{76942}', 'US guide needle plcmt', 'n/a', '$58.12', '$301.00', '$58.12', 'MPFS'],
    ['{64632}', 'Destr plantar dig nrv', 'n/a', '$161.37', '$540.00', '$161.37', 'MPFS'],
    ['{64712}', 'Neuroplasty sciatic', 'n/a', '$1,142.07', '$4,310.00', '$1,142.07', 'MPFS'],
    ['{95886}', 'EMG each ext w/NCS', 'n/a', '$104.80', '$392.00', '$104.80', 'MPFS'],
    ['{72148}', 'MRI L-spine w/o', 'n/a', '$229.86', '$1,480.00', '$229.86', 'MPFS + OPPS tech'],
    ['{97110}', 'Ther exercise 15 min', 'n/a', '$30.14', '$88.00', '$30.14', 'MPFS'],
    ['{80305}', 'Drug scr presumptive', 'n/a', '$12.60', '$96.00', '$12.60', 'CLFS'],
  ],
});

// ── 9. Pricing worksheet CSV export, text layer ──
const wkCsv = lines({
  id: 's113-wkcsv',
  kind: 's113-msa-pricing-worksheet-csv-export-text',
  before: 'WHITFIELD_allocation_lines_v3.csv',
  text: [
    'file_id,claimant,line,cpt,mod,desc,units_yr,years,unit_price,price_src,line_total',
    '[80547],WHITFIELD D,1,{99214},,OV EST LVL 4,4,17.4,128.44,MPFS-MO02,8939.42',
    '[80547],WHITFIELD D,2,{64445},RT,INJ SCIATIC NRV,2,17.4,176.90,MPFS-MO02,6156.12',
    '[80547],WHITFIELD D,3,{76942},,US GUIDE NEEDLE,2,17.4,58.12,MPFS-MO02,2022.58',
    '[80547],WHITFIELD D,4,{64632},RT,DESTR PLANTAR DIG NRV,1,5,161.37,MPFS-MO02,806.85',
    '[80547],WHITFIELD D,5,{64712},RT,NEUROPLASTY SCIATIC,1,1,1142.07,MPFS-MO02,1142.07',
    '[80547],WHITFIELD D,99,,,SUBTOTAL MEDICAL,,,,,[83740].28',
  ].join('\n'),
});

// ── 10. Vendor platform allocation record, JSON text layer ──
const allocJson = lines({
  id: 's113-json',
  kind: 's113-msa-platform-allocation-line-json-text',
  before: 'GET /api/v2/allocations/80547/lines',
  text: [
    '{ "allocationId": [80547], "claimNo": "WC-19-[64714]", "pricingZip": "[64119]", "lines": [',
    '  { "cpt": "{64445}", "mod": "RT", "freqPerYear": 2, "years": 17.4, "unitPrice": 176.90 },',
    '  { "cpt": "{64632}", "mod": "RT", "freqPerYear": 1, "years": 5, "unitPrice": 161.37 },',
    '  { "cpt": "{64712}", "mod": "RT", "freqPerYear": null, "occurrences": 1, "unitPrice": 4186.28 },',
    '  { "cpt": "{01250}", "mod": "AA", "baseUnits": 4, "timeUnits": 8 }',
    '], "totalMedical": [95698].47, "ticket": "[30466]" }',
  ].join('\n'),
});

// ── 11. WCMSA prescription drug allocation, table (decoy heavy: NDC labeler codes) ──
const rx = table({
  id: 's113-rx',
  kind: 's113-wcmsa-prescription-drug-allocation-ndc-grid',
  caption: 'Prescription drug allocation (Red Book AWP, January 2026)',
  headers: ['Drug', 'NDC', 'Qty / 30 days', 'AWP / unit', 'Annual', 'Life exp. total'],
  rows: [
    ['Gabapentin 600 mg tab', '[59762]-5027-01', '90', '$0.62', '$669.60', '$11,651.04'],
    ['Duloxetine 60 mg cap', '[00093]-7544-56', '30', '$1.48', '$532.80', '$9,270.72'],
    ['Lidocaine 5% patch', '[63481]-0687-06', '30', '$0.65', '$234.12', '$4,073.69'],
    ['Tizanidine 4 mg tab', '[55111]-0180-15', '60', '$0.19', '$136.80', '$2,380.32'],
    ['Meloxicam 15 mg tab', '[68382]-0051-10', '30', '$0.17', '$61.20', '$1,064.88'],
    ['Diclofenac 1% gel, 100 g', '[69097]-0524-44', '1 tube', '$14.20', '$170.40', '$2,964.96'],
    ['Total', '', '', '', '$1,436.52', '$24,995.45'],
  ],
});

// ── 12. Rated age and life expectancy, text layer (decoy only) ──
const ratedAge = lines({
  id: 's113-rated',
  kind: 's113-wcmsa-rated-age-life-expectancy-text',
  before: 'Rated age and life expectancy',
  text: [
    'Actual age 64. Rated age 67 per life-rating ticket [40612] dated 01/20/2026 (underwriter file [21574]).',
    'Life expectancy at 67: 17.4 years, CDC NVSS United States Life Tables, 2021, Table 2 (males).',
    'Rated age request reference [30466]; the rating letter is at WHIT-[01371]–WHIT-[01374].',
  ].join('\n'),
});

// ── 13. WCRC submission cover letter, text layer ──
const wcrcLetter = lines({
  id: 's113-wcrc',
  kind: 's113-wcrc-submission-cover-letter-text',
  before: 'February 12, 2026',
  text: [
    "Workers' Compensation Review Contractor, P.O. Box [33847], Detroit, MI [48232]-5847",
    'Re: Proposed WCMSA for Darnell R. Whitfield   Claim no. WC-19-[64714]   DOI 08/17/2019',
    'The claimant is a Medicare beneficiary and the total settlement of $185,000 exceeds the $25,000 review threshold.',
    'Enclosed is the proposed WCMSA of $120,693.92: $95,698.47 future medical and $24,995.45 prescription drugs.',
    'Future care includes sciatic nerve blocks (CPT {64445}) twice a year and one revision neuroplasty ({64712}).',
    'Lumbar plexus neuroplasty ({64714}) is not allocated; see the treating physician questionnaire, Tab 6.',
    'Submitter: Heartland Settlement Solutions, 9200 Ward Pkwy, Kansas City, MO [64114]; file [80547].',
  ].join('\n'),
});

// ── 14. WCMSA Portal case summary screen, text layer (decoy only) ──
const portal = lines({
  id: 's113-portal',
  kind: 's113-wcmsa-portal-case-summary-screen-text',
  before: 'WCMSAP — Case Summary',
  text: [
    'Case ID [10620]   Status: Submitted   Submitted 02/12/2026 14:07 ET   Account [80937]',
    'Claimant: WHITFIELD, DARNELL   MBI: 4TR7FK2WN83   DOI: 08/17/2019   State: MO',
    'Total settlement amount: $185,000.00   Proposed MSA amount: $120,693.92',
    'Attachments: 14   Medical records 2019-2025.pdf (WHIT-[00001] to WHIT-[01386]), 61 MB',
    'Submitter contact: T. Brandt, 816-555-0187   Submitter ZIP [64114]',
    'Status history: Received 02/12/2026 · In review 02/17/2026 · Approved (counter-higher) 02/27/2026 · Re-review [31902] 03/20/2026',
  ].join('\n'),
});

// ── 15. CMS approval letter (counter-higher), text layer ──
const cmsLetter = lines({
  id: 's113-cmslet',
  kind: 's113-cms-wcmsa-counter-higher-letter-text',
  before: 'Centers for Medicare & Medicaid Services — Workers’ Compensation Medicare Set-aside Arrangement',
  text: [
    'WCRC Case ID: [10620]   Claimant: Darnell R. Whitfield   DOI: 08/17/2019   Claim: WC-19-[64714]',
    'CMS has reviewed the proposed WCMSA amount of $120,693.92 and determined that $142,380.16 is appropriate.',
    'The treating physician recommended lumbar plexus neuroplasty (CPT {64714}) on 09/14/2023; it has been priced and included.',
    'Sciatic nerve block {64445} is increased to three per year, consistent with treatment in 2024 and 2025.',
    'Alcohol neurolysis ({64632}) was extended from 5 years to 10 years based on the podiatry note at WHIT-[01210].',
    'Office visits ({99214}) are priced at four per year for life; EMG/NCS ({95886}, {95910}) every three years is accepted as submitted.',
    'CMS approved amount: Future medical $114,196.46; Prescription drugs $28,183.70; Total $142,380.16.',
    'This approval is based on the total settlement amount of $185,000 stated in the submission.',
    'Written correspondence: WCRC, P.O. Box [33847], Detroit, MI [48232]-5847.',
  ].join('\n'),
});

// ── 16. CMS determination, adjusted items table ("Item" header, codes inside descriptions) ──
const cmsItems = table({
  id: 's113-cmsitems',
  kind: 's113-cms-determination-adjusted-items-grid',
  caption: 'CMS review of future medical items',
  headers: ['Item', 'Submitted', 'CMS', 'Difference'],
  rows: [
    ['Lumbar plexus neuroplasty {64714}, with {01250} and ASC fee', '$0.00', '$3,962.11', '+$3,962.11'],
    ['Sciatic nerve block {64445} with US guidance {76942}', '$8,178.70', '$12,268.05', '+$4,089.35'],
    ['Neurolysis plantar digital nerve {64632}', '$806.85', '$1,613.70', '+$806.85'],
    ['Pain management visits {99214}', '$8,939.42', '$11,175.55', '+$2,236.13'],
    ['Revision neuroplasty sciatic {64712}', '$4,186.28', '$4,186.28', '$0.00'],
  ],
});

// ── 17. Re-review request to CMS, text layer ──
const reReview = lines({
  id: 's113-rereview',
  kind: 's113-wcmsa-re-review-request-letter-text',
  before: 'Request for re-review — WCMSA Portal case 10620',
  text: [
    'We ask CMS to re-review case [10620] on the basis of documentation that was not in the original submission.',
    'Dr. Menon’s amended questionnaire of 03/18/2026 states that he will not perform lumbar plexus neuroplasty ({64714}).',
    'He has referred the patient for a possible revision of the 2021 sciatic neurolysis, already allocated at {64712}.',
    'The 2024 and 2025 blocks ({64445}) were two per year; the third 2025 injection was a {64450}, not a sciatic block.',
    'New records: WHIT-[01387] to WHIT-[01402]; questionnaire, Exhibit [20577].',
  ].join('\n'),
});

// ── 18. Treating physician future-care questionnaire, text layer ──
const questionnaire = lines({
  id: 's113-quest',
  kind: 's113-physician-future-care-questionnaire-text',
  before: 'FUTURE MEDICAL CARE QUESTIONNAIRE — please answer each item and return by fax',
  text: [
    'Re: Darnell Whitfield   Claim WC-19-[64714]   Our file [80547]',
    '1. Do you anticipate further surgery?  [X] Yes  [ ] No   Procedure/CPT: revision sciatic neuroplasty {64712}',
    '2. Injections (type, CPT, frequency): sciatic nerve block {64445}, 2 x per year, for life',
    '3. Is lumbar plexus neuroplasty (CPT {64714}) reasonably expected?  [ ] Yes  [X] No',
    '4. Further neurolysis of the plantar digital nerve ({64632})?  Yes, once a year, up to 5 yrs',
    '5. Diagnostics: EMG/NCS {95886} + {95910} every 3 yrs; MRI L-spine {72148} every 3 yrs',
    'Return to Heartland Settlement Solutions, fax 816-555-0144, or mail to 9200 Ward Pkwy, Kansas City, MO [64114]',
  ].join('\n'),
});

// ── 19. Questionnaire treatment grid ("CPT (if known)" header) ──
const questGrid = table({
  id: 's113-questgrid',
  kind: 's113-physician-questionnaire-treatment-grid',
  caption: 'Recommended future treatment (to be completed by the treating physician)',
  headers: ['Treatment', 'CPT (if known)', 'How often', 'For how long', 'MD initials'],
  rows: [
    ['Pain mgmt follow-up', '{99214}', 'q 3 mo', 'life', 'RM'],
    ['Sciatic block, US guided', '{64445} / {76942}', 'q 6 mo', 'life', 'RM'],
    ['Lumbar plexus neuroplasty', '{64714}', 'not expected', '—', 'RM'],
    ['Home exercise + PT tune-up', '{97110}', '12 visits/yr', 'life', 'RM'],
    ['Urine drug screen', '{80305}', '2/yr', 'while on meds', 'RM'],
  ],
});

// ── 20. Questionnaire attestation and fax footer, text layer (decoy only) ──
const questSign = lines({
  id: 's113-questsign',
  kind: 's113-physician-questionnaire-attestation-fax-footer-text',
  before: 'I have answered these questions to a reasonable degree of medical certainty.',
  text: [
    'Re: Darnell Whitfield   Claim WC-19-[64714]   Heartland file [80547]',
    'Signature: Ravi Menon, MD   Date: 01/28/2026   NPI 1487653920   MO license 2009012345',
    'Northland Pain & Spine, 2800 Clay Edwards Dr, North Kansas City, MO [64116]',
    'FROM: 816-555-0199   TO: 816-555-0144   01/28/2026 16:22   JOB [21423]   P. 3/3',
  ].join('\n'),
});

// ── 21. Life care plan: projected procedures, table (codes inside the item column) ──
const lcpProc = table({
  id: 's113-lcpproc',
  kind: 's113-life-care-plan-procedures-cost-projection-grid',
  caption: 'Life Care Plan — Angela M. Morales — Table 4: Projected Surgical and Interventional Procedures',
  headers: [
    'Item / Service',
    'Year initiated',
    'Frequency / duration',
    'Unit cost',
    'Annual cost',
    'Lifetime cost',
    'Recommended by',
  ],
  rows: [
    [
      'Chemodenervation, facial nerve, right (CPT {64612}) with EMG guidance ({95874})',
      '2026',
      'Every 12 weeks to life expectancy (41.2 yrs)',
      '$688.00',
      '$2,981.33',
      '$122,830.80',
      'Dr. S. Patel, neurology',
    ],
    [
      'Sciatic nerve block, right, {64445}',
      '2026',
      '2x/yr to 2036',
      '$1,104.00',
      '$2,208.00',
      '$22,080.00',
      'Dr. A. Kim, PM&R',
    ],
    [
      'Neuroplasty sciatic nerve {64712}, incl. facility and anesthesia',
      '2027',
      'Once',
      '$18,640.00',
      '—',
      '$18,640.00',
      'Dr. L. Ortiz, orthopedics',
    ],
    [
      'Ultrasound guidance for each sciatic block ({76942})',
      '2026',
      '2x/yr to 2036',
      '$359.00',
      '$718.00',
      '$7,180.00',
      'Dr. A. Kim, PM&R',
    ],
    [
      'Upper eyelid gold weight implant {67912}, right',
      '2026',
      'Once; replace once at 15 yrs',
      '$6,420.00',
      '—',
      '$12,840.00',
      'Dr. R. Nguyen, oculoplastics',
    ],
    [
      'Neuroplasty, lumbar plexus, {64714}',
      '—',
      'Possible; not costed',
      '—',
      '—',
      '$0.00',
      'Dr. L. Ortiz (see Exhibit [64612])',
    ],
  ],
});

// ── 22. Life care plan: projected evaluations, table ("Code" abbreviated column, "Freq.") ──
const lcpEval = table({
  id: 's113-lcpeval',
  kind: 's113-life-care-plan-evaluations-cost-projection-grid',
  caption: 'Table 2: Projected Physician Evaluations and Diagnostics',
  headers: ['Evaluation', 'Code', 'Freq.', 'Cost/visit', 'Duration', 'Total'],
  rows: [
    ['Neurology follow-up', '{99214}', '4/yr', '$265.00', 'Life (41.2 yrs)', '$43,672.00'],
    ['Needle EMG, cranial nerve muscles, unilateral', '{95867}', '1/yr', '$410.00', 'Life', '$16,892.00'],
    ['Ophthalmology, est. patient', '{92014}', '1/yr', '$214.00', 'Life', '$8,816.80'],
    ['Psychotherapy, 60 min', '{90837}', '24/yr x 2 yrs', '$185.00', '2 yrs', '$8,880.00'],
    ['Neuropsychological testing', '{96132}', 'Once', '$1,620.00', '—', '$1,620.00'],
  ],
});

// ── 23. Life care plan: medications, table (decoys in the source column) ──
const lcpMeds = table({
  id: 's113-lcpmeds',
  kind: 's113-life-care-plan-medication-projection-grid',
  caption: 'Table 6: Medications (pharmacy survey, Overland Park, KS, January 2026)',
  headers: ['Medication', 'Dose', 'Annual cost', 'Lifetime cost', 'Cost source'],
  rows: [
    ['OnabotulinumtoxinA (J0585)', '50 units q 12 wks', '$2,912.00', '$119,974.40', 'Buy-and-bill, survey ref [64632]'],
    ['Pregabalin 75 mg', 'BID', '$396.00', '$16,315.20', 'Walgreens #[10383], ZIP [66207]'],
    ['Artificial tears', 'PRN', '$96.00', '$3,955.20', 'CVS #[08261], ZIP [66212]'],
    ['Lidocaine 4% patch (OTC)', 'Daily', '$365.00', '$15,038.00', 'Target #[11245], ZIP [66207]'],
  ],
});

// ── 24. Life care plan narrative and foundation, text layer ──
const lcpNarr = lines({
  id: 's113-lcpnarr',
  kind: 's113-life-care-plan-narrative-foundation-text',
  before: 'Foundation for the plan',
  text: [
    'Ms. Morales, 38, sustained a right facial nerve injury and a posterior hip dislocation in the 04/11/2024 collision.',
    'Dr. Patel recommends chemodenervation of the right facial musculature every 12 weeks ({64612}) for life.',
    'Dr. Kim anticipates sciatic nerve blocks, CPT {64445}, twice a year for ten years; Dr. Ortiz may release the nerve ({64712}).',
    'Unit costs are FAIR Health 80th percentile for geozip 662; the plan was reviewed on conference call ref [30923].',
    'Present value is not calculated here; see the economist report, Bates MOR-[02217].',
  ].join('\n'),
});

// ── 25. Life care plan cost source footnotes, text layer ──
const lcpNotes = lines({
  id: 's113-lcpnotes',
  kind: 's113-life-care-plan-cost-source-footnotes-text',
  before: 'Sources',
  text: [
    '1 FAIR Health, ZIP [66207], accessed 01/12/2026: {64612} $688 (80th), {95874} $212 (80th).',
    '2 Overland Park Regional Medical Center price file, line [30923]: {64712} outpatient $14,880 gross charge.',
    '3 Anesthesia quote, Kansas City Anesthesia Group, {01250} 9 units, quote no. [21452].',
    '4 Dr. Kim office, telephone survey 01/15/2026: {64445} $745, {76942} $359.',
    '5 Same survey: follow-up visit {99214} $265; new patient {99204} $410; Kim practice TIN ending 4471.',
    '6 Oculoplastics quote, Dr. Nguyen: {67912} $3,980 surgeon, $2,440 facility; quote [41217].',
    '7 Kansas has no fee schedule for liability care; charges are billed amounts. Planner: C. Voss, RN, CLCP, Topeka, KS [66612].',
  ].join('\n'),
});

// ── 26. Life care plan appendix, code crosswalk whose header row was lost in the PDF export ──
const lcpAppendix = table({
  id: 's113-lcpappx',
  kind: 's113-life-care-plan-appendix-code-crosswalk-headerless-grid',
  caption: 'Appendix C',
  headers: ['', '', '', ''],
  rows: [
    ['T4-1', '{64612}', 'Chemodenervation facial nerve, unilateral', 'Patel'],
    ['T4-1', '{95874}', 'Needle EMG guidance for chemodenervation', 'Patel'],
    ['T4-2', '{64445}', 'Sciatic nerve block, single injection', 'Kim'],
    ['T4-3', '{64712}', 'Neuroplasty, sciatic nerve', 'Ortiz'],
    ['T4-4', '{64714}', 'Neuroplasty, lumbar plexus', 'Ortiz'],
    ['T2-2', '{95867}', 'Needle EMG, cranial nerve supplied muscles', 'Patel'],
  ],
});

// ── 27. Liability MSA letter, text layer ──
const lmsa = lines({
  id: 's113-lmsa',
  kind: 's113-liability-msa-allocation-opinion-letter-text',
  before: 'Re: Morales v. Halvorsen Freight Lines — liability Medicare Set-Aside opinion',
  text: [
    'Ms. Morales is not a Medicare beneficiary but has applied for SSDI (application [73113] pending since 10/2025).',
    'CMS does not review liability set-asides; we recommend an LMSA of $61,240 funded from the $900,000 settlement.',
    'Allocated: chemodenervation of the facial nerve {64612} quarterly, sciatic blocks {64445} twice a year.',
    'Not allocated: the life care plan items that Medicare does not cover and the sciatic neuroplasty {64712}, which Dr. Ortiz calls "possible".',
    'Our file LM-[21388]; counsel file [50612]; Halvorsen claim AL-[40700].',
  ].join('\n'),
});

// ── 28. Professional administration account summary, text layer (decoy only) ──
const adminSummary = lines({
  id: 's113-adminsum',
  kind: 's113-professional-admin-annual-account-summary-text',
  before: 'Heartland MSA Administration — Annual Accounting, 06/01/2025 – 05/31/2026',
  text: [
    'Account [50930]-MSA   Beneficiary: Darnell R. Whitfield   CMS case [10620]',
    'Custodian: Commerce Bank, 1000 Walnut St, Kansas City, MO [64106]; interest-bearing MSA account',
    'Beneficiary mailing address: 5812 NE Antioch Rd, Gladstone, MO [64119]; phone on file',
    'Opening balance $15,102.48   Annuity deposit 06/01/2025 $7,546.31   Interest $312.06',
    'Paid for Medicare-covered services $6,881.40   Ending balance $16,079.45',
    'Annuity contract [40731]   Administrator ID [20847]   Bills processed 23   Denied 3',
    'Approved code set loaded from the CMS approval: {64445}, {64632}, {64712}–{64714}, {76942}, {99213}–{99214}, {97110}, {80305}',
  ].join('\n'),
});

// ── 29. Professional administration payment ledger, table ("Proc" header) ──
const adminLedger = table({
  id: 's113-adminledger',
  kind: 's113-professional-admin-msa-payment-ledger-grid',
  caption: 'Payments from the MSA account by date of service',
  headers: ['DOS', 'Provider', 'Proc', 'Mod', 'Billed', 'FS allowed', 'Paid', 'Check #'],
  rows: [
    ['06/19/2025', 'Northland Pain & Spine', '{99214}', '', '$265.00', '$128.44', '$128.44', '[10974]'],
    ['06/19/2025', 'Northland Pain & Spine', '{64445}', 'RT', '$1,104.00', '$176.90', '$176.90', '[10974]'],
    ['06/19/2025', 'Northland Pain & Spine', '{76942}', '', '$359.00', '$58.12', '$58.12', '[10974]'],
    ['08/07/2025', 'Foot & Ankle Associates', '{64632}', 'RT', '$540.00', '$161.37', '$161.37', '[10988]'],
    ['09/25/2025', 'North KC Therapy', '{97110}', 'GP', '$84.00', '$30.14', '$120.56', '[11002]'],
    ['12/11/2025', 'Northland Pain & Spine', '{64445}', 'RT', '$1,104.00', '$176.90', '$176.90', '[11041]'],
    ['12/11/2025', 'Northland Pain & Spine', '{99214}', '25', '$265.00', '$128.44', '$128.44', '[11041]'],
    ['12/11/2025', 'Quest Diagnostics', '{80305}', '', '$98.00', '$12.60', '$12.60', '[11043]'],
    ['02/05/2026', 'Foot & Ankle Associates', '{64632}', 'RT', '$540.00', '$161.37', '$161.37', '[11087]'],
    ['02/05/2026', 'Foot & Ankle Associates', '{99213}', '25', '$180.00', '$92.71', '$92.71', '[11087]'],
    ['03/19/2026', 'Northland Pain & Spine', '{99214}', '', '$265.00', '$128.44', '$128.44', '[11126]'],
    ['04/30/2026', 'North KC Therapy', '{97164}', 'GP', '$190.00', '$71.90', '$71.90', '[11159]'],
  ],
});

// ── 30. Professional administration spend by service, table ("Codes paid" header, lists) ──
const adminBySvc = table({
  id: 's113-adminsvc',
  kind: 's113-professional-admin-spend-by-service-grid',
  caption: 'MSA spending by service, year 3',
  headers: ['Service', 'Codes paid', 'Count', 'Paid', 'Share'],
  rows: [
    ['Injections', '{64445}, {76942}', '6', '$1,413.06', '20.5%'],
    ['Neurolysis (podiatry)', '{64632}', '2', '$322.74', '4.7%'],
    ['Office visits', '{99213}, {99214}', '8', '$964.48', '14.0%'],
    ['Therapy', '{97110}, {97164}', '31', '$1,001.24', '14.6%'],
    ['Lab', '{80305}', '2', '$25.20', '0.4%'],
    ['Prescriptions (mail order)', 'n/a', '12 fills', '$3,154.68', '45.8%'],
  ],
});

// ── 31. Administrator bill review explanation of review, table ("Proc/Svc" header) ──
const eor = table({
  id: 's113-eor',
  kind: 's113-msa-admin-bill-review-explanation-grid',
  caption: 'Explanation of Review — bill received 12/18/2025 — Northland Pain & Spine',
  headers: ['Ln', 'Proc/Svc', 'Units', 'Charge', 'Allowed', 'Rsn', 'Explanation'],
  rows: [
    ['1', '{64445}-RT', '1', '$1,104.00', '$176.90', 'R45', 'Reduced to Medicare fee schedule, ZIP [64119]'],
    ['2', '{76942}', '1', '$359.00', '$58.12', 'R45', 'Reduced to Medicare fee schedule'],
    ['3', '{64450}-RT', '1', '$690.00', '$0.00', 'N12', 'Not in the CMS-approved WCMSA; bill the claimant’s plan'],
    ['4', 'J3301', '40', '$88.00', '$6.40', 'R45', 'Drug, per ASP file'],
    ['5', '{99214}-25', '1', '$265.00', '$128.44', 'R45', 'Reduced to Medicare fee schedule'],
    ['', 'Bill [30786]', '', '$2,506.00', '$369.86', '', 'Claim WC-19-[64714]; MSA account [50930]'],
  ],
});

// ── 32. 837P bill sent to the MSA administrator, X12 text layer ──
const x837 = lines({
  id: 's113-837',
  kind: 's113-x12-837p-bill-to-msa-administrator-text',
  before: 'Inbound 837P — Northland Pain & Spine — batch 1218',
  text: [
    'BHT*0019*00*[30743]*20251218*1422*CH~',
    'NM1*PR*2*HEARTLAND MSA ADMINISTRATION*****PI*[64612]~',
    'CLM*WHIT1211*2506***11:B:1*Y*A*Y*Y~',
    'REF*Y4*WC-19-[64714]~',
    'HI*ABK:G5701~',
    'NM1*85*2*NORTHLAND PAIN AND SPINE*****XX*1487653920~',
    'N4*NORTH KANSAS CITY*MO*[64116]~',
    'NM1*IL*1*WHITFIELD*DARNELL****MI*MSA-[50930]~',
    'N4*GLADSTONE*MO*[64119]~',
    'SV1*HC:{64445}:RT*1104*UN*1***1~',
    'SV1*HC:{76942}*359*UN*1***1~',
    'SV1*HC:{64450}:RT*690*UN*1***1~',
    'SV1*HC:{99214}:25*265*UN*1***1~',
    'SV1*HC:J3301*88*UN*40***1~',
  ].join('\n'),
});

// ── 33. 835 payment from the MSA administrator, X12 text layer ──
const x835 = lines({
  id: 's113-835',
  kind: 's113-x12-835-msa-administrator-payment-text',
  before: 'Outbound 835 — Heartland MSA Administration',
  text: [
    'TRN*1*[11043]*1431987654~',
    'N1*PR*HEARTLAND MSA ADMINISTRATION*XV*[40700]~',
    'CLP*WHIT1211*1*2506*369.86**WC*[20984]~',
    'SVC*HC:{64445}:RT*1104*176.9**1~',
    'CAS*CO*45*927.1~',
    'SVC*HC:{76942}*359*58.12**1~',
    'SVC*HC:{64450}:RT*690*0**1~',
    'CAS*CO*B7*690~',
    'SVC*HC:{99214}:25*265*128.44**1~',
    'CAS*CO*45*136.56~',
    'SVC*HC:J3301*88*6.4**40~',
  ].join('\n'),
});

// ── 34. Annual attestation letter to CMS, text layer ──
const attest = lines({
  id: 's113-attest',
  kind: 's113-msa-annual-self-attestation-letter-text',
  before: 'WCMSA annual attestation — administration year 3',
  text: [
    'Beneficiary: Darnell R. Whitfield   CMS case [10620]   Administrator ID [20847]',
    'We attest that $6,881.40 was paid from the set-aside only for Medicare-covered services related to the injury.',
    'Services paid included office visits, sciatic nerve blocks ({64445}), neurolysis of a plantar digital nerve ({64632}) and therapy.',
    'One bill for {64450} was denied as outside the approved allocation and returned to the provider.',
    'Mailed to the Benefits Coordination & Recovery Center, Oklahoma City, OK [73113].',
  ].join('\n'),
});

// ── 35. Settlement conference summary, text layer ──
const settlement = lines({
  id: 's113-settle',
  kind: 's113-settlement-conference-summary-text',
  before: 'Settlement Conference Summary — Whitfield v. Tri-County Aggregates and Keystone Mutual',
  text: [
    'Held 03/05/2026, Division of Workers’ Compensation, PO Box 58, Jefferson City, MO [65102]; injury no. 19-064714.',
    'Terms: $185,000 total; the MSA is funded at the CMS-approved $142,380.16 (seed $15,102.48 and annuity quote [40731]).',
    'Open issue: the counter-higher added lumbar plexus neuroplasty, {64714}; employer asks for re-review first.',
    'Claimant agrees to professional administration; the annuity pays $7,546.31 a year for 17 years.',
    'Attending: Hon. R. Castillo (ALJ); M. Reyes for claimant; L. Chen for employer/insurer; K. Oduya, adjuster.',
    'Proposed stipulation for compromise settlement to be filed under injury no. 19-064714 after CMS responds.',
    'Claimant’s counsel accepts the allocation of {64445} three times a year and the revision {64712} but not the plexus surgery.',
    'Section 111: insurer RRE to report TPOC after final award; ORM ends on the settlement date.',
    'Mediator file [64445]; Keystone authority ticket [31944]; claimant’s counsel file RD-[18233]; next conference 04/16/2026.',
  ].join('\n'),
});

// ── 36. Attorney e-mail, text layer ──
const email = lines({
  id: 's113-email',
  kind: 's113-defense-attorney-email-text',
  before: 'From: Laura Chen <lchen@chenbartlett.com>  To: Kim Oduya  Subject: RE: Whitfield, CMS counter-higher',
  text: [
    'Kim, CMS added $21,686 and most of it is the lumbar plexus surgery ({64714}) that Menon now says he won’t do.',
    'He’s fine with a revision of the 2021 sciatic release, {64712}, which we already funded, plus blocks 2x/yr ({64445}).',
    'The third 2025 "block" CMS counted was a saphenous block billed as {64450}, a different code, not sciatic.',
    'I think re-review is worth it. Our file [21388]-WC. Call me at 816-555-0162.',
    'Laura Chen, Chen Bartlett LLC, 4520 Main St, Kansas City, MO [64111]',
    '> From: Kim Oduya  Sent: 03/02/2026  Subject: Whitfield WCMSA case [10620] approved, counter-higher',
    '> CMS approved $142,380.16 vs our $120,693.92. Do we push back? Claim WC-19-[64714].',
  ].join('\n'),
});

// ── 37. Claims adjuster notes, table ("Note" free text) ──
const adjNotes = table({
  id: 's113-adjnotes',
  kind: 's113-claims-adjuster-file-notes-grid',
  caption: 'Claim WC-19-64714 — file notes',
  headers: ['Date', 'User', 'Type', 'Note'],
  rows: [
    ['12/22/2025', 'KODUYA', 'BILL', 'Admin denied mod 59 {64450} on the 12/11 bill; outside MSA.'],
    ['01/14/2026', 'KODUYA', 'MSA', 'Referred to Heartland, referral [40523]; asked for MSA by 02/10.'],
    [
      '02/09/2026',
      'KODUYA',
      'MSA',
      'Rec’d WCMSA from Heartland, file [80547], $120,693.92; funds {64445} x2/yr + revision {64712}.',
    ],
    [
      '02/12/2026',
      'KODUYA',
      'BILL',
      'Foot & Ankle billed RT {64632} and 76 {64632} for 02/05; admin paid one line, [11087].',
    ],
    ['03/02/2026', 'KODUYA', 'MSA', 'CMS counter-higher $142,380.16 on case [10620]; CMS added {64714}, more blocks.'],
    ['03/03/2026', 'KODUYA', 'RSV', 'Med reserve to $150K, change id [30554].'],
    ['03/06/2026', 'KODUYA', 'LGL', 'Conf held. Atty Chen wants re-review; Menon Q says no plexus surgery.'],
    ['03/10/2026', 'JHOLT', 'AUTH', 'Authority to $185K approved, ticket [64445]. Sec 111 TPOC after CMS final.'],
    ['03/21/2026', 'KODUYA', 'MSA', 'Re-review filed, WCMSAP ticket [31902]; Menon amended Q attached (no {64714}).'],
    ['04/02/2026', 'TBRANDT', 'VEND', 'Heartland invoice [40867] paid, check [78233].'],
  ],
});

// ── 38. Medical records summary: past procedures, table ("CPT" header) ──
const recProc = table({
  id: 's113-recproc',
  kind: 's113-medical-records-summary-past-procedures-grid',
  caption: 'Medical records summary — procedures to date',
  headers: ['DOS', 'Provider', 'Procedure', 'CPT', 'Bates'],
  rows: [
    ['08/17/2019', 'Liberty Hospital ED', 'ED visit, high complexity', '{99285}', 'WHIT-[00014]'],
    ['08/19/2019', 'Dr. Okafor', 'Decompression fasciotomy, thigh', '{27025}', 'WHIT-[00088]'],
    ['01/09/2020', 'North KC Therapy', 'PT evaluation, moderate', '{97162}', 'WHIT-[00205]'],
    ['06/03/2021', 'Dr. Okafor', 'Neuroplasty, sciatic nerve, right', '{64712}', 'WHIT-[00412]'],
    ['11/15/2021', 'Dr. Menon', 'Sciatic nerve block, US-guided', '{64445}, {76942}', 'WHIT-[00503]'],
    ['03/22/2022', 'Dr. Lutz (podiatry)', 'Alcohol neurolysis, 3rd interspace', '{64632}', 'WHIT-[00611]'],
    ['05/10/2023', 'Dr. Menon', 'L4-5 interlaminar ESI', '{62323}', 'WHIT-[00790]'],
    ['03/11/2024', 'Dr. Menon', 'Sciatic nerve block, right', '{64445}', 'WHIT-[01066]'],
    ['12/11/2025', 'Dr. Menon', 'Saphenous nerve block', '{64450}', 'WHIT-[01298]'],
    ['02/05/2026', 'Dr. Lutz (podiatry)', 'Alcohol neurolysis, 3rd interspace, repeat', '{64632}-76', 'WHIT-[01344]'],
  ],
});

// ── 39. Medical records chronology, text layer ──
const chrono = lines({
  id: 's113-chrono',
  kind: 's113-medical-records-chronology-text',
  before: 'Chronology of treatment (summary)',
  text: [
    '08/19/2019 Fasciotomy of the right thigh ({27025}); wound VAC; discharged 08/27/2019. WHIT-[00088]',
    '02/04/2020 EMG/NCS ({95886}, {95910}): right sciatic neuropathy, peroneal division worse. WHIT-[00231]',
    '06/03/2021 Op note: external neurolysis, right sciatic nerve at the gluteal fold; billed {64712}-RT. WHIT-[00412]',
    '03/02/2022 Podiatry consult: neuroma right 3rd interspace, plan alcohol sclerosing injections. WHIT-[00598]',
    '2022 Podiatry: three alcohol injections, 3rd interspace, each billed {64632} (RT, then 76 for repeats).',
    '09/14/2023 Dr. Okafor: "consider lumbar plexus neuroplasty"; no CPT given; later notes drop it. WHIT-[00866]',
    '2024–2025 Sciatic blocks ({64445}) on 6 dates; the 12/11/2025 injection was a saphenous block, {64450}.',
  ].join('\n'),
});

// ── 40. MSA vendor invoice, text layer (decoy heavy) ──
const invoice = lines({
  id: 's113-invoice',
  kind: 's113-msa-vendor-invoice-text',
  before: 'Heartland Settlement Solutions — Invoice',
  text: [
    'Invoice [40867]   Date 02/13/2026   Client: Keystone Mutual Casualty Co.   Claim WC-19-[64714]',
    'WCMSA allocation report, file [80547] ........ $2,450.00   Rated age ........ $350.00',
    'CMS submission and portal fee ........ $475.00   Total due $3,275.00, net 30',
    'Remit to: Heartland Settlement Solutions, PO Box [64632], Kansas City, MO [64141]',
    'Client PO [31877]   Referral [40523]   Questions: billing@heartlandss.example, 816-555-0110',
  ].join('\n'),
});

export const sealed113: Snippet[] = [
  ...intake,
  ...cover,
  ...summary,
  ...futureMed,
  ...surgery,
  ...narrative,
  ...method,
  ...worksheet,
  ...wkCsv,
  ...allocJson,
  ...rx,
  ...ratedAge,
  ...wcrcLetter,
  ...portal,
  ...cmsLetter,
  ...cmsItems,
  ...reReview,
  ...questionnaire,
  ...questGrid,
  ...questSign,
  ...lcpProc,
  ...lcpEval,
  ...lcpMeds,
  ...lcpNarr,
  ...lcpNotes,
  ...lcpAppendix,
  ...lmsa,
  ...adminSummary,
  ...adminLedger,
  ...adminBySvc,
  ...eor,
  ...x837,
  ...x835,
  ...attest,
  ...settlement,
  ...email,
  ...adjNotes,
  ...recProc,
  ...chrono,
  ...invoice,
];
