import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 45 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s45-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, also when a letter, memo or agreement gives them bare in prose. About a third of the decoys
 * are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs, claim-number prefixes, check, case, receipt,
 * document and audit-record numbers, extensions and county FIPS codes. The five known codes' digits come back as
 * decoys: an IHS order-number suffix, a precertification PO box, Missouri ZIPs in a GPCI-by-ZIP table, a claim-number
 * suffix, a CMR box and a PSC box behind APO addresses.
 *
 * Family: military, federal and tribal programs: TRICARE regional contractor letters, portals and vouchers (East and
 * West regions, TRICARE For Life, TRICARE Overseas host-nation claims), CMAC look-up and the network directory,
 * CHAMPVA claim form, EOB and remarks, FEHB brochure benefit pages, prior-approval lists and an office's benefit
 * worksheet, IHS and tribal purchased/referred care (order for health services, RCIS referral, fiscal intermediary
 * remittance, review committee worklist, denial letter, PRCDA county list), federal workers' compensation (OWCP bill
 * portal, fee schedule and GPCI files, CA-16, surgical authorization request, ECOMP case summary, remittance voucher),
 * a VA/DoD direct sharing agreement and its rate exhibit, a VA community care SEOC referral, MTF coding audit
 * worksheet and summary, an MHS encounter coding panel and ROFR log, a unit duty-limitation memo and e-Profile, DEERS
 * eligibility and family screens. Built on real public layouts: the IHS-843-1A Order for Health Services blocks, the
 * OWCP Medical Fee Schedule data files (code_rvu_cf with PS indicator, GPCI by ZIP code), the CA-16 Part A / Part B
 * split, VA Form 10-7959A, DD Form 2642, the FEHB brochure Section 5(b) "Benefit description / You pay" table, the
 * regional contractor's referral rules (ROFR, 40-mile catchment, pend for clinicals), the PRC 72-hour notification rule
 * (42 CFR 136.24) and the PRCDA listing by county, the DA Form 3349 PULHES blocks, and the DEERS beneficiary
 * categories and catastrophic-cap fields. The others are written the way those pages read, with no single source.
 *
 * 339 labelled tokens over 40 shapes: 149 codes, 190 decoys, 67 of the decoys in KNOWN_10K.
 */

// ── 1. TRICARE East referral/authorization approval letter (regional contractor), PDF text layer ──
const eastLetter = lines({
  id: 's45-eastletter',
  kind: 's45-tricare-east-referral-approval-letter-text',
  before: 'Humana Military — TRICARE East Region — Referral/Authorization Approval Notice',
  text: [
    'Beneficiary: REYES, MARISOL A.   DoD Benefits Number: 30218846102   Plan: TRICARE Prime (ADFM)',
    'Sponsor: REYES, DANIEL J. (USA)   Mailing address: 418 Longleaf Dr, Fayetteville, NC [28314]',
    'Referral/authorization number: 0152437711   Type: Specialty care — outpatient surgery',
    'Requesting PCM: CPT Alyssa Moore, MD — Womack Army Medical Center, Fort Liberty, NC [28310]',
    'Servicing provider: Cape Fear Neurosurgery Associates, 1638 Owen Dr, Fayetteville, NC [28304]',
    'Approved: consult, new patient ({99204}) x1; needle EMG ({95886}) with nerve conduction studies ({95910}) x1',
    'Approved procedure: neurolysis, sciatic nerve, open ({64712}), left, 1 unit; facility: Cape Fear Valley ASC',
    'Valid 10/14/2025 through 04/12/2026. Visits authorized: 6. ROFR declined by MTF 10/09/2025 (log [22046]).',
    'Questions: 1-800-444-5445. Appeals: Humana Military, Attn: Appeals, PO Box 740044, Louisville, KY [40201]-7444',
  ].join('\n'),
});

// ── 2. Regional contractor self-service portal, authorization detail lines, table ──
const eastAuthLines = table({
  id: 's45-eastauth',
  kind: 's45-tricare-portal-authorization-service-lines',
  caption: 'Provider self-service — Referral 0152437711 — Service detail (Cape Fear Neurosurgery Associates)',
  headers: ['Line', 'Procedure code', 'Description', 'Units', 'Status', 'Decision date'],
  rows: [
    ['1', '{99204}', 'Office/outpatient visit, new', '1', 'Approved', '10/14/2025'],
    ['2', '{95910}', 'Nerve conduction studies, 7–8 studies', '1', 'Approved', '10/14/2025'],
    ['3', '{95886}', 'Needle EMG, complete, with NCS', '1', 'Approved', '10/14/2025'],
    ['4', '{64712}', 'Neuroplasty, sciatic nerve', '1', 'Approved', '10/22/2025'],
    ['5', '{64445}', 'Injection, anesthetic, sciatic nerve, single', '1', 'Approved', '10/22/2025'],
    ['6', '', 'Physical therapy, evaluate and treat (post-op)', '1', 'Pended — clinicals', ''],
    ['', '', 'Pend case no. [57729] — fax clinicals to 1-877-548-1547', '', '', ''],
  ],
});

// ── 3. West region provider portal, claim status search results, table ──
const westClaims = table({
  id: 's45-westclaims',
  kind: 's45-tricare-west-portal-claim-status-rows',
  caption: 'TriWest Healthcare Alliance — TRICARE West Region — Provider portal — Claim status (TIN ending 4417)',
  headers: ['Claim number', 'Patient', 'DOS', 'First procedure', 'Billed', 'Paid', 'Status', 'Check/EFT no.'],
  rows: [
    ['[25287]F0412235', 'HALE, J', '10/06/2025', '{64714}', '$6,210.00', '$1,488.72', 'Paid', '[23457]'],
    ['[25287]F0412236', 'HALE, J', '10/06/2025', '{64445}', '$740.00', '$0.00', 'Denied — bundled', '[23457]'],
    ['[25291]F0098114', 'OKONKWO, T', '10/09/2025', '{99214}', '$285.00', '$118.40', 'Paid', '[23519]'],
    ['[25295]F0173309', 'TRAN, V', '10/15/2025', '{95907}', '$610.00', '', 'In process', ''],
    ['[25299]F0025561', 'MENDEZ, R', '10/20/2025', '{64632}', '$920.00', '$212.06', 'Paid', '[23523]'],
    ['[25302]F0331870', 'HALE, J', '10/21/2025', '{99024}', '$0.00', '$0.00', 'Paid — global', '[23523]'],
  ],
});

// ── 4. East region claims processor summary payment voucher, PDF text layer ──
const spv = lines({
  id: 's45-spv',
  kind: 's45-tricare-summary-payment-voucher-text',
  before: 'TRICARE EAST REGION — SUMMARY PAYMENT VOUCHER — PGBA, LLC, Claims Processor',
  text: [
    'TRICARE East Region Claims, PO Box 7981, Madison, WI [53707]-7981     Voucher date 11/07/2025',
    'Pay to: CAPE FEAR NEUROSURGERY ASSOC   Provider no. [31766]   Payment no. [61307]   EFT',
    'Patient: REYES MARISOL A   Sponsor ID on file   Claim 2025305E114720   Referral 0152437711',
    '  10/28/25  {64712}  LT      billed    4,850.00   allowed  1,262.41   cost-share 0.00   paid 1,262.41',
    '  10/28/25  {64445}  59 LT   billed      740.00   allowed      0.00   remark: included in allowance for {64712}',
    '  10/28/25  {01250}  AA      billed    1,120.00   allowed    418.22   paid 418.22   (billed by anesthesia group)',
    'Patient: HALE JORDAN   Claim 2025306E[64712]   Dates 10/30/25   {99024}  post-op visit, global period — no payment',
    'Total paid this voucher: $1,680.63 (2 claims, 5 lines). Direct inquiries to 1-800-444-5445, option 2.',
  ].join('\n'),
});

// ── 5. CMAC rate look-up (TRICARE maximum allowable charge) by ZIP, table ──
const cmac = table({
  id: 's45-cmac',
  kind: 's45-tricare-cmac-rate-lookup-rows',
  caption: 'TRICARE CMAC / Procedure Pricing — results for the ZIP codes and procedure codes entered — CY 2025',
  headers: ['ZIP code', 'Locality', 'Procedure', 'Mod', 'Non-facility', 'Facility'],
  rows: [
    ['[28314]', '2', '{64712}', '', '$1,041.87', '$1,041.87'],
    ['[28314]', '2', '{64445}', '', '$214.55', '$88.63'],
    ['[23513]', '99', '{64714}', '', '$1,319.40', '$1,319.40'],
    ['[78234]', '99', '{64632}', '', '$197.02', '$101.44'],
    ['[98431]', '2', '{64612}', '', '$253.18', '$222.91'],
    ['[98431]', '2', '{95910}', '26', '$172.30', '$172.30'],
    ['[92134]', '18', '{64445}', '', '$238.09', '$97.75'],
    ['[20889]', '1', '{99204}', '', '$228.66', '$187.04'],
  ],
});

// ── 6. TRICARE For Life explanation of benefits (Medicare first, TFL second), table ──
const tflEob = table({
  id: 's45-tfleob',
  kind: 's45-tricare-for-life-eob-lines',
  caption:
    'TRICARE For Life — Explanation of Benefits — WPS, PO Box 7890, Madison WI 53707-7890 — Claim 2025-TF-118430',
  headers: ['Date of service', 'Service', 'Billed', 'Medicare paid', 'TFL allowed', 'TFL paid', 'You may owe'],
  rows: [
    ['09/18/2025', 'Destruction, plantar digital nerve ({64632})', '$480.00', '$98.31', '$125.44', '$25.09', '$0.00'],
    ['09/18/2025', 'Office visit, est. ({99213})', '$165.00', '$71.40', '$91.09', '$18.22', '$0.00'],
    ['10/02/2025', 'Chemodenervation, facial nerve ({64612})', '$610.00', '$165.92', '$211.69', '$42.34', '$0.00'],
    ['10/02/2025', 'Onabotulinumtoxin A, 1 unit (J0585) x50', '$1,050.00', '$302.40', '$385.81', '$77.16', '$0.00'],
    ['', 'Provider: Alamo Neurology Associates, San Antonio, TX [78229]', '', '', '', '', ''],
    ['', 'Beneficiary: PRICE, WALTER L — mailing ZIP [78218]', '', '', '', '', ''],
  ],
});

// ── 7. CHAMPVA claim form (VA Form 10-7959A), PDF text layer ──
const champvaClaim = lines({
  id: 's45-champvaclaim',
  kind: 's45-champva-claim-form-10-7959a-text',
  before: 'CHAMPVA CLAIM FORM — VA Form 10-7959A — Department of Veterans Affairs, Office of Integrated Veteran Care',
  text: [
    '1. Sponsor (Veteran) name: WHITEHORSE, ALLEN R.   VA file number / SSN: on file',
    '2. Beneficiary name: WHITEHORSE, LORRAINE K.   Date of birth: 03/22/1961',
    '3. Beneficiary address: 77 Juniper Loop, Los Lunas, NM [87031]   Phone: (505) 555-0148',
    '4. Other health insurance? No   Medicare Part A and B? Yes (Medicare paid first — EOB attached)',
    '5. Description of services: R sciatic nerve block {64445} with ultrasound guidance {76942}, 10/16/2025',
    '   Also office consult {99243} 10/02/2025 and follow-up {99213} 10/30/2025 — Sandia Pain & Spine',
    '6. Provider: Sandia Pain & Spine, 5400 Gibson Blvd SE, Albuquerque, NM [87108]   Tax ID on bill',
    '7. Amount you paid: $146.20   Receipt no. [36095]',
    'Mail to: VHA Office of Integrated Veteran Care, CHAMPVA Claims, PO Box 469064, Denver, CO [80246]-9064',
  ].join('\n'),
});

// ── 8. CHAMPVA explanation of benefits, claim lines, table ──
const champvaEob = table({
  id: 's45-champvaeob',
  kind: 's45-champva-eob-claim-lines',
  caption: 'CHAMPVA Explanation of Benefits — Claim control no. 25298-1044711 — Beneficiary WHITEHORSE, LORRAINE K',
  headers: [
    'Line',
    'Dates',
    'Procedure',
    'Billed',
    'Medicare paid',
    'CHAMPVA allowed',
    'Deductible',
    'Cost share',
    'CHAMPVA paid',
    'Remark',
  ],
  rows: [
    ['1', '10/02/25', '{99243}', '$310.00', '$141.68', '$180.84', '$0.00', '$0.00', '$39.16', '01'],
    ['2', '10/16/25', '{64445}', '$820.00', '$92.05', '$117.49', '$0.00', '$0.00', '$25.44', '01'],
    ['3', '10/16/25', '{76942}', '$260.00', '$26.88', '$34.31', '$0.00', '$0.00', '$7.43', '01'],
    ['4', '10/16/25', '{64447}', '$780.00', '$0.00', '$0.00', '$0.00', '$0.00', '$0.00', '47'],
    ['5', '10/30/25', '{99213}', '$165.00', '$71.40', '$91.09', '$0.00', '$0.00', '$19.69', '01'],
    ['', '', 'Paid to', 'SANDIA PAIN & SPINE', 'NM [87108]', '', '', '', 'Check [80247]', ''],
  ],
});

// ── 9. CHAMPVA EOB remarks and appeal rights, PDF text layer ──
const champvaRemarks = lines({
  id: 's45-champvarem',
  kind: 's45-champva-eob-remarks-text',
  before: 'CHAMPVA Explanation of Benefits — Remarks and your appeal rights',
  text: [
    '01 — Medicare paid first; CHAMPVA paid the remaining allowable amount after Medicare.',
    '47 — Line 4: {64447} (femoral nerve block) was billed on the same day as {64445} without a second site documented.',
    '     Submit the procedure note if the femoral block was a separate injection. Reference case [24830].',
    'Your 2025 catastrophic cap is $3,000. Amount applied to date: $411.16. Deductible met: $50.00 of $50.00.',
    'To appeal, write within one year of this notice to: CHAMPVA Appeals, PO Box 460948, Denver, CO [80246]-0948.',
    'Questions: 1-800-733-8387, Monday–Friday 8:05 a.m.–7:30 p.m. ET. Beneficiary no. on file; form VA 10-7959A.',
  ].join('\n'),
});

// ── 10. Provider office FEHB benefit verification worksheet quoting the plan brochure, table ──
const fehbWorksheet = table({
  id: 's45-fehbws',
  kind: 's45-fehb-benefit-verification-worksheet',
  caption:
    'Benefit verification — FEHB — Blue Cross and Blue Shield Service Benefit Plan (FEP), Standard Option, enrollment code 105',
  headers: ['Service', 'CPT', 'Brochure section', 'Preferred: you pay', 'Non-preferred: you pay', 'Prior approval'],
  rows: [
    ['Consult, new', '{99244}', '5(a) Diagnostic and treatment', '$35 copay', '35% of allowance', 'No'],
    ['NCS / EMG', '{95911}', '5(a) Lab, X-ray, diagnostic', '15% of allowance', '35%', 'No'],
    ['Open neurolysis, lumbar plexus', '{64714}', '5(b) Surgical procedures', '15% of allowance', '35%', 'Yes'],
    ['Nerve block, sciatic', '{64445}', '5(b) Surgical procedures', '15%', '35%', 'No'],
    ['Hospital outpatient facility', 'rev 0360', '5(c) Outpatient hospital', '15%', '35%', 'Yes'],
    ['Provider / ZIP', '', 'Cape Fear Neurosurgery, in network', 'Fayetteville NC [28304]', '', ''],
    ['Call reference', '', 'Verified with FEP 1-800-411-BLUE', 'Ref [10423]', 'Member ID R52817004', ''],
  ],
});

// ── 11. FEHB plan website: services that need prior approval, by procedure code, table ──
const fehbPrior = table({
  id: 's45-fehbprior',
  kind: 's45-fehb-plan-prior-approval-code-list',
  caption: 'FEHB plan — Services requiring prior approval (2025) — providers call 1-800-632-9525',
  headers: ['Service category', 'Procedure codes', 'What we need'],
  rows: [
    ['Facet joint radiofrequency ablation', '{64633}–{64636}', 'Two diagnostic blocks, 80% relief'],
    ['Chemodenervation, facial muscles', '{64612}', 'Diagnosis and dose plan'],
    ['Peripheral nerve decompression', '{64712}, {64714}', 'EMG/NCS report, 6 weeks conservative care'],
    ['Destruction by neurolytic agent, other', '{64632}', 'Imaging and prior block response'],
    ['Genicular nerve ablation', '{64624}', 'Knee imaging; 2 diagnostic genicular blocks'],
    ['List version', 'Rev. [10358], effective 01/01/2025', 'Replaces list of 07/01/2024'],
    ['Mail requests to', 'FEHB Precertification, PO Box [64632], Kansas City, MO [64141]', 'Fax 1-877-432-1181'],
  ],
});

// ── 12. FEHB plan brochure, Section 5(b) surgical benefits page, PDF text layer ──
const fehbBrochure = lines({
  id: 's45-fehbbroch',
  kind: 's45-fehb-brochure-section-5b-text',
  before: 'Section 5(b). Surgical and Anesthesia Services Provided by Physicians and Other Healthcare Professionals',
  text: [
    'Benefit Description                                           You pay (High Option)     You pay (Standard Option)',
    'Surgical procedures — a comprehensive range of services, such as operative procedures, treatment of fractures,',
    'nerve decompression, and destruction of nerves by neurolytic agent        $100 per surgeon     15% of Plan allowance',
    'Note: we cover radiofrequency ablation of facet nerves ({64633}–{64636}) only after prior approval; see Section 3.',
    'Not covered: repeat neurolysis of the same nerve within 6 months; botulinum injections billed with {64612} for cosmetic use.',
    'Anesthesia — professional services                         Nothing            15% of Plan allowance',
    'Disputed claims: write to us at PO Box [14079], Lexington, KY [40512]-4079, within 6 months of our decision.',
    'Out-of-pocket maximum: $6,000 Self Only; $12,000 Self Plus One. Brochure RI 73-008.',
  ].join('\n'),
});

// ── 13. IHS Order for Health Services (IHS-843-1A), purchased/referred care, PDF text layer ──
const ihs843 = lines({
  id: 's45-ihs843',
  kind: 's45-ihs-843-order-for-health-services-text',
  before: 'DEPARTMENT OF HEALTH AND HUMAN SERVICES — INDIAN HEALTH SERVICE — ORDER FOR HEALTH SERVICES (IHS-843-1A)',
  text: [
    '1. ORDER NO. 25-N1G-[64612]    2. PATIENT IDENTIFICATION: BEGAY, HAROLD T.  HRN 100447  DOB 02/09/1969',
    '   Address: PO Box 884, Crownpoint, NM [87313]   Tribe: Navajo Nation',
    '3. HEALTH INSURANCE COVERAGE: Medicaid (Centennial Care) — denied 09/30/2025; no other coverage',
    '4. IHS ORDERING FACILITY: Gallup Indian Medical Center, 516 E Nizhoni Blvd, Gallup, NM [87301]',
    '8. ESTIMATED CHARGES $ 7,412.00    9. FISCAL YEAR CAN J5N8G12    10. OBJECT CLASS CODE 25.6',
    '11. AUTHORIZATION VALID From 11/03/2025 To 01/31/2026',
    '12. SERVICES ORDERED: open neurolysis L sciatic nerve ({64712}); pre-op consult ({99244}); outpatient facility',
    '13. REASON FOR REFERRAL: sciatic entrapment after gluteal injection; EMG/NCS {95910} 08/2025; failed PT',
    '16. MEDICAL PRIORITY: Level II — Acute and chronic care     19. RATE: a. Medicare-like rate (MLR)',
    '26. PROVIDER: UNM Hospital, Neurosurgery, 2211 Lomas Blvd NE, Albuquerque, NM [87106]   Vendor no. [87316]',
  ].join('\n'),
});

// ── 14. RPMS Referred Care Information System (RCIS) referral screen, key-value panel ──
const rcis = table({
  id: 's45-rcis',
  kind: 's45-ihs-rcis-referral-screen',
  caption: 'RCIS — Referred Care Information System — Referral Detail — GALLUP IMC (RPMS)',
  headers: ['Field', 'Value'],
  rows: [
    ['Referral #', 'GIMC-2025-[04471]'],
    ['Patient / HRN', 'BEGAY,HAROLD T / 100447'],
    ['Community / county', 'CROWNPOINT / MCKINLEY (FIPS [35031])'],
    ['PRCDA resident', 'YES — Navajo Nation PRCDA'],
    ['Alternate resources', 'MEDICAID DENIED 09/30/2025; VA NOT ELIGIBLE'],
    ['Purpose of referral', 'SCIATIC NERVE DECOMPRESSION'],
    ['CPT / procedure', '{64712} NEUROPLASTY MAJOR PERIPH NERVE; {99244}'],
    ['ICD-10', 'G57.02 LESION OF SCIATIC NERVE, LEFT LOWER LIMB'],
    ['Estimated cost', '$7,412.00 (MLR)'],
    ['Provider', 'UNM HOSPITAL NEUROSURGERY, ALBUQUERQUE NM [87106]'],
    ['Committee review', '10/29/2025 — APPROVED PRIORITY II — minutes item [22191]'],
  ],
});

// ── 15. PRC fiscal intermediary remittance (claims paid for the IHS area), table ──
const prcFi = table({
  id: 's45-prcfi',
  kind: 's45-prc-fiscal-intermediary-remittance-rows',
  caption: 'IHS Fiscal Intermediary — PRC Remittance Advice — Navajo Area — Vendor UNM HOSPITAL — run 11/21/2025',
  headers: ['Document no.', 'Patient', 'DOS', 'Proc', 'Billed', 'MLR allowed', 'Alt. resource paid', 'IHS paid'],
  rows: [
    ['25-N1G-[64612]', 'BEGAY, H', '11/12/2025', '{64712}', '$6,050.00', '$1,311.26', '$0.00', '$1,311.26'],
    ['25-N1G-[64612]', 'BEGAY, H', '11/12/2025', '{01250}', '$1,380.00', '$402.19', '$0.00', '$402.19'],
    ['25-N1G-[60201]', 'YAZZIE, M', '11/04/2025', '{64714}', '$7,900.00', '$1,402.55', '$0.00', '$1,402.55'],
    ['25-N1G-[60204]', 'TSOSIE, R', '11/06/2025', '{95910}', '$980.00', '$188.40', '$61.20', '$127.20'],
    ['', '', '', 'Total', '$16,310.00', '', '', 'EFT trace [14455]'],
  ],
});

// ── 16. Tribal health program PRC review committee worklist, table ──
const prcCommittee = table({
  id: 's45-prccomm',
  kind: 's45-tribal-prc-committee-worklist',
  caption: 'Cherokee Nation Health Services — Purchased/Referred Care Review Committee — 11/13/2025 agenda',
  headers: ['Ref #', 'Patient', 'Priority', 'Service requested', 'CPT', 'Est. cost', 'Decision'],
  rows: [
    ['[74167]', 'Pt A (Tahlequah)', 'II', 'Sciatic nerve neurolysis, open', '{64712}', '$8,150', 'Approve'],
    ['[74183]', 'Pt B (Stilwell)', 'III', 'Facial chemodenervation, hemifacial spasm', '{64612}', '$1,420', 'Approve'],
    ['[74172]', 'Pt C (Sallisaw)', 'IV', 'Plantar digital nerve neurolysis', '{64632}', '$640', 'Defer — funds'],
    ['[74180]', 'Pt D (Tahlequah)', 'II', 'Lumbar plexus decompression', '{64714}', '$9,300', 'Approve; CHEF check'],
    ['[74184]', 'Pt E (Jay)', 'III', 'Sciatic nerve block x2', '{64445}', '$1,180', 'Approve'],
    ['[74191]', 'Pt F (Muskogee)', 'V', 'Repeat facet RFA', '{64635}, {64636}', '$2,760', 'Deny — priority V'],
  ],
});

// ── 17. PRC denial letter (tribal program), PDF text layer ──
const prcDenial = lines({
  id: 's45-prcdeny',
  kind: 's45-prc-denial-letter-text',
  before: 'Cherokee Nation Health Services — Purchased/Referred Care — Notice of Denial',
  text: [
    'W.W. Hastings Hospital, 100 S Bliss Ave, Tahlequah, OK [74464]          Date: 11/17/2025',
    'Dear Ms. Walkingstick: We cannot pay for the services you received at Northeastern Health System on 10/19/2025',
    '(emergency department visit {99284}; sciatic nerve block {64445}; CT lumbar spine {72131}). Document [74180].',
    'Reason: the PRC office was not notified within 72 hours of the emergency visit (42 CFR 136.24(c)).',
    'You live in Cherokee County (FIPS [40021]), inside the PRC delivery area; residency was not a reason for denial.',
    'You may appeal within 30 days to the Chief Executive Officer, PO Box 948, Tahlequah, OK [74465]-0948.',
    'Patient account at the hospital: [57756]. Amount at issue: $3,284.50.',
  ].join('\n'),
});

// ── 18. OWCP medical bill processing portal, bill status search, table ──
const owcpBills = table({
  id: 's45-owcpbills',
  kind: 's45-owcp-bill-processing-portal-status',
  caption: 'OWCP Medical Bill Processing Portal — Bill status — Provider 1730294866 — Case no. 552187604',
  headers: ['Bill ID', 'Received', 'DOS', 'Procedure', 'Mod', 'Billed', 'Paid', 'Status', 'EOB'],
  rows: [
    ['2530810457721', '11/04/2025', '10/20/2025', '{99204}', '', '$265.00', '$179.33', 'Paid', '013'],
    ['2530810457721', '11/04/2025', '10/20/2025', '{95886}', '', '$420.00', '$137.80', 'Paid', '013'],
    ['2530810457721', '11/04/2025', '10/20/2025', '{95911}', '', '$640.00', '$216.55', 'Paid', '013'],
    ['2531204413097', '11/08/2025', '11/03/2025', '{64445}', 'RT', '$700.00', '$0.00', 'Denied', '245'],
    ['2531204413097', '11/08/2025', '11/03/2025', '{76942}', '', '$240.00', '$0.00', 'Denied', '245'],
    ['2531907720130', '11/15/2025', '11/12/2025', '{64712}', 'RT', '$5,600.00', '', 'Suspended — auth', ''],
    ['Payee ZIP on file: [66204]', '', '', '', '', '', 'Remittance voucher', '[57741]', ''],
  ],
});

// ── 19. OWCP medical fee schedule, code / RVU / conversion factor rows, table ──
const owcpFee = table({
  id: 's45-owcpfee',
  kind: 's45-owcp-fee-schedule-code-rvu-rows',
  caption: 'OWCP Medical Fee Schedule — code_rvu_cf — Effective 07/09/2023, updated 03/01/2025',
  headers: ['Code', 'Mod', 'PS', 'Short description', 'Work RVU', 'NF PE RVU', 'F PE RVU', 'MP RVU', 'CF'],
  rows: [
    ['{64712}', '', 'A', 'Revise sciatic nerve', '8.62', 'NA', '6.43', '1.65', '67.9842'],
    ['{64714}', '', 'A', 'Revise low back nerve(s)', '10.54', 'NA', '7.25', '1.98', '67.9842'],
    ['{64632}', '', 'A', 'N block inj plantar digit', '1.23', '1.52', '0.68', '0.13', '67.9842'],
    ['{64612}', '', 'A', 'Destroy nerve face muscle', '1.41', '2.08', '1.04', '0.16', '67.9842'],
    ['{64445}', '', 'A', 'Njx aa&/strd sciatic nrv', '1.00', '1.87', '0.54', '0.09', '67.9842'],
    ['{01250}', '', 'J', 'Anesth upper leg surgery', 'base 4', '', '', '', 'by ZIP'],
  ],
});

// ── 20. OWCP geographic practice cost indices by ZIP code, table ──
const owcpGpci = table({
  id: 's45-owcpgpci',
  kind: 's45-owcp-gpci-by-zip-rows',
  caption: 'OWCP Medical Fee Schedule — Geographic Practice Cost Indices by ZIP Code (excerpt, Missouri and Kansas)',
  headers: ['ZIP Code', 'Locality name', 'Work GPCI', 'PE GPCI', 'MP GPCI'],
  rows: [
    ['[64108]', 'Metropolitan Kansas City, MO', '1.000', '0.962', '1.012'],
    ['[64141]', 'Metropolitan Kansas City, MO', '1.000', '0.962', '1.012'],
    ['[64445]', 'Rest of Missouri', '1.000', '0.884', '1.049'],
    ['[64712]', 'Rest of Missouri', '1.000', '0.884', '1.049'],
    ['[64714]', 'Rest of Missouri', '1.000', '0.884', '1.049'],
    ['[63110]', 'Metropolitan St. Louis, MO', '1.000', '0.953', '0.988'],
    ['[66211]', 'Kansas', '1.000', '0.924', '0.561'],
    ['[67208]', 'Kansas', '1.000', '0.924', '0.561'],
    ['[65101]', 'Rest of Missouri', '1.000', '0.884', '1.049'],
  ],
});

// ── 21. OWCP Authorization for Examination and/or Treatment (CA-16), PDF text layer ──
const ca16 = lines({
  id: 's45-ca16',
  kind: 's45-owcp-ca16-authorization-text',
  before: 'U.S. Department of Labor — Office of Workers’ Compensation Programs — CA-16 Authorization for Examination',
  text: [
    'Part A — 1. Employee: DUNLAP, KAREN M.   Employing agency: U.S. Postal Service, Kansas City NDC',
    '   Agency address: 4900 Speaker Rd, Kansas City, KS [66106]   Date of injury: 10/14/2025 (fall from dock)',
    '6. You are authorized to provide medical care for not more than 60 days from the date of issuance.',
    '   Mail bills to: U.S. Department of Labor, DFEC Central Mailroom, PO Box 8300, London, KY [40742]-8300',
    'Part B — Attending physician’s report: L buttock pain, foot drop; EMG/NCS 10/28/2025 shows sciatic neuropathy.',
    '   Treatment: sciatic nerve block {64445} 11/03/2025; recommend open neurolysis {64712} — request auth.',
    '   Disability: off work 10/15/2025 – 12/15/2025.   Physician office: 8901 W 74th St, Merriam, KS [66204]',
  ].join('\n'),
});

// ── 22. ECOMP / OWCP surgery authorization request, key-value panel ──
const owcpAuth = table({
  id: 's45-owcpauth',
  kind: 's45-owcp-surgical-authorization-request-panel',
  caption: 'OWCP — Medical Authorization Request (surgery) — submitted via provider portal, linked in ECOMP',
  headers: ['Field', 'Entry'],
  rows: [
    ['Case number', '552187604'],
    ['Claimant', 'DUNLAP, KAREN M — USPS, Kansas City KS [66106]'],
    ['Accepted conditions', 'S74.02XA injury of sciatic nerve, left; M54.32 sciatica, left'],
    ['Procedure requested', 'Neuroplasty, sciatic nerve ({64712}), left, with anesthesia ({01250})'],
    ['Secondary procedure', 'Intraoperative nerve monitoring ({95940}) x 4 units'],
    ['Place of service', '22 — Outpatient hospital, Shawnee Mission Medical Center, Merriam KS [66204]'],
    ['Surgeon', 'Dr. T. Okafor, NPI 1730294866'],
    ['Tracking number', 'MA-2025-[11849]'],
    ['Status', 'Referred to district medical adviser 11/14/2025; decision due in 30 days'],
  ],
});

// ── 23. OWCP provider remittance voucher, PDF text layer ──
const owcpRemit = lines({
  id: 's45-owcpremit',
  kind: 's45-owcp-provider-remittance-voucher-text',
  before: 'U.S. DEPARTMENT OF LABOR — OWCP — DIVISION OF FEDERAL EMPLOYEES’ COMPENSATION — Provider Remittance Voucher',
  text: [
    'Payee: MIDWEST SPINE & NERVE CENTER, 8901 W 74TH ST, MERRIAM KS [66204]     Voucher date 11/21/2025',
    'Payee no. [66211]    Treasury payment no. 44821907    Program: FECA',
    'Claimant DUNLAP, KAREN M   Case 552187604   Bill 2530810457721',
    '  DOS 10/20/25   {99204}   billed 265.00   fee schedule 179.33   paid 179.33   EOB 013',
    '  DOS 10/20/25   {95886}   billed 420.00   fee schedule 137.80   paid 137.80   EOB 013',
    '  DOS 10/20/25   {95911}   billed 640.00   fee schedule 216.55   paid 216.55   EOB 013',
    'EOB 013: Payment reduced to the maximum allowable under the OWCP fee schedule for ZIP [66204].',
    'Bill 2531204413097 ({64445}, {76942}): EOB 245 — procedure not authorized for accepted condition; resubmit.',
  ].join('\n'),
});

// ── 24. VA/DoD direct sharing agreement, PDF text layer ──
const sharing = lines({
  id: 's45-sharing',
  kind: 's45-va-dod-direct-sharing-agreement-text',
  before:
    'VA/DoD DIRECT SHARING AGREEMENT — 96th Medical Group, Eglin AFB and VA Gulf Coast Veterans Health Care System',
  text: [
    '1. PARTIES. 96th Medical Group, 307 Boatner Rd, Eglin AFB, FL [32542] (DoD) and VA Gulf Coast VHCS,',
    '   400 Veterans Ave, Biloxi, MS [39531] (VA). Agreement no. VA256-25-[22500]; DoD no. FA2823-25-S-0014.',
    '2. SERVICES. VA will furnish electrodiagnostic testing ({95907}–{95913}) and pain procedures,',
    '   including sciatic nerve blocks ({64445}) and neurolytic destruction ({64632}),',
    '   to TRICARE beneficiaries referred by the 96 MDG when MTF capacity is exceeded.',
    '3. REIMBURSEMENT. Professional services at the TRICARE CMAC for locality ZIP [32542] less 10 percent.',
    '4. ESTIMATED VOLUME. 120 referrals per fiscal year; ceiling $48,000 per year (see Appendix B).',
    '5. POINTS OF CONTACT. VA: (228) 523-5000 ext. [25466]; DoD: DSN 872-0105; Resource Management, Bldg [14223].',
  ].join('\n'),
});

// ── 25. Sharing agreement Appendix B, rate exhibit, table ──
const sharingRates = table({
  id: 's45-sharingrates',
  kind: 's45-sharing-agreement-rate-exhibit',
  caption: 'Appendix B — Rate Exhibit — Agreement VA256-25-22500 — CMAC locality for ZIP 32542, CY 2025',
  headers: ['CPT', 'Description', 'CMAC (facility)', 'Agreement rate (CMAC − 10%)', 'Est. annual volume'],
  rows: [
    ['{95910}', 'Nerve conduction studies, 7–8', '$176.02', '$158.42', '24'],
    ['{95886}', 'Needle EMG with NCS, complete', '$94.66', '$85.19', '30'],
    ['{64445}', 'Sciatic nerve block, single', '$90.12', '$81.11', '20'],
    ['{64632}', 'Neurolytic, plantar digital nerve', '$103.57', '$93.21', '8'],
    ['{64635}', 'RF destruction, lumbar facet, single', '$315.84', '$284.26', '16'],
    ['', 'Annual ceiling (not to exceed)', '', '[48000].00', '120'],
  ],
});

// ── 26. Military treatment facility outpatient coding audit worksheet, table ──
const mtfAudit = table({
  id: 's45-mtfaudit',
  kind: 's45-mtf-coding-audit-worksheet',
  caption: 'MTF Coding Compliance Audit — FY25 Q4 — Pain Management Clinic (MEPRS BHAA) — DMIS 0089',
  headers: ['Audit record', 'Provider (last 5 DoD ID)', 'Coded E&M', 'Coded proc', 'Audited proc', 'Dx', 'Finding'],
  rows: [
    ['[30118]', '[40213]', '{99214}', '{64445}', '{64445}', 'M54.32', 'Agree'],
    ['[30119]', '[40213]', '{99214}', '{64445}, {76942}', '{64445}', 'M54.32', 'No image retained — delete {76942}'],
    ['[30124]', '[18429]', '{99215}', '', '', 'G51.3', 'E&M downcoded to {99214}'],
    ['[30127]', '[52311]', '', '{64612}', '{64612}, {95874}', 'G24.5', 'Missed EMG guidance'],
  ],
});

// ── 27. MTF coding audit summary memo, EHR text ──
const mtfAuditMemo = lines({
  id: 's45-mtfauditmemo',
  kind: 's45-mtf-coding-audit-summary-text',
  before: 'Womack Army Medical Center — Coding Compliance — Audit Summary, Pain Management Clinic',
  text: [
    'Sample: 30 encounters, 01 Jul–30 Sep 2025, pulled from MHS GENESIS; tracking no. [27705].',
    'Overall coding accuracy 86.7% (26/30), below the 95% DHA target. E&M accuracy 90%; procedure accuracy 83%.',
    'Trend 1: {76942} added to {64445} without a retained image; four encounters affected.',
    'Trend 2: chemodenervation {64612} coded without {95874} when the note documents EMG guidance.',
    'Trend 3: modifier 25 omitted on new and established visits billed the same day as a nerve block.',
    'Provider education scheduled 11/20/2025, Bldg 4-2817, room 126. Auditor ID [31207]; QA ext. [25713].',
  ].join('\n'),
});

// ── 28. MHS encounter coding / ambulatory data record screen, key-value panel ──
const encounter = table({
  id: 's45-encounter',
  kind: 's45-mhs-ambulatory-encounter-coding-panel',
  caption: 'Encounter Coding — Ambulatory Data — Womack AMC (DMIS 0089) — Appointment 0089-251104-0023',
  headers: ['Item', 'Value'],
  rows: [
    ['Patient category', 'A11 — Army active duty'],
    ['Clinic / MEPRS', 'Pain Management / BHAA'],
    ['E&M', '{99213} (25)'],
    ['Procedures', '{64445} RT x1; {76942} x1'],
    ['Diagnoses', 'M54.31 sciatica, right; S74.01XD'],
    ['Unit (UIC) / duty ZIP', 'WAU1AA / [28307]'],
    ['Residential ZIP', '[28390]'],
    ['Enrollment', 'TRICARE Prime, PCM Clinic Clark Health, DMIS 0089'],
    ['Coder ID / queue', '[27705] / Pain — completed 11/05/2025'],
  ],
});

// ── 29. Unit memo on temporary duty limitations after a procedure, PDF text layer ──
const dutyMemo = lines({
  id: 's45-dutymemo',
  kind: 's45-unit-duty-limitation-memo-text',
  before: 'DEPARTMENT OF THE ARMY — HEADQUARTERS AND HEADQUARTERS COMPANY, 1ST BATTALION, 508TH PARACHUTE INFANTRY',
  text: [
    'FORT LIBERTY, NORTH CAROLINA [28310]                                          12 November 2025',
    'MEMORANDUM FOR Commander, HHC 1-508 PIR',
    'SUBJECT: Temporary Duty Limitations — SPC Ortiz, Luis',
    '1. SPC Ortiz received a right sciatic nerve block (CPT {64445}) at a TRICARE network clinic on 04 Nov 2025',
    '   and is scheduled for open sciatic neurolysis ({64712}) on 02 Dec 2025 under referral 0152440318.',
    '2. No jumping, running, or rucking; no load over 15 lbs; may perform desk duties. Profile ID [60412].',
    '3. Jump status suspended through 27 Dec 2025; airborne operation manifest no. [25117] (DZ Sicily) amended.',
    '4. POC is the undersigned at DSN 236-4410 or (910) 396-4410 ext. [40114].',
  ].join('\n'),
});

// ── 30. e-Profile (DA Form 3349) summary panel, key-value panel ──
const eProfile = table({
  id: 's45-eprofile',
  kind: 's45-eprofile-da3349-panel',
  caption: 'e-Profile — Physical Profile Record (DA Form 3349) — Temporary — Print view',
  headers: ['Block', 'Entry'],
  rows: [
    ['Soldier', 'ORTIZ, LUIS — SPC — UIC WDX8T0'],
    ['Unit address', 'Bldg 2-1336 Ardennes St, Fort Liberty, NC [28310]'],
    ['Profile type / length', 'Temporary, 45 days, expires 12/27/2025'],
    ['PULHES', 'P1 U1 L3 H1 E1 S1'],
    ['Medical conditions', 'Post-procedure R sciatic nerve block ({64445}); pending sciatic neurolysis ({64712})'],
    ['Functional activities', 'Cannot carry fighting load; cannot ride in vehicle > 1 hr; no ACFT events'],
    ['Profiling officer', 'MAJ K. Nguyen, PA-C, Clark Health Clinic, ext. [36100]'],
    ['Profile ID', '[60412]'],
  ],
});

// ── 31. DEERS eligibility inquiry screen (MTF front desk), key-value panel ──
const deers = table({
  id: 's45-deers',
  kind: 's45-deers-eligibility-inquiry-panel',
  caption: 'DEERS — Eligibility Inquiry — Person detail — Madigan Army Medical Center registration',
  headers: ['Field', 'Value'],
  rows: [
    ['Sponsor name / DoD ID', 'TANAKA, ROBERT K / 1462087315'],
    ['Beneficiary', 'TANAKA, AIKO — spouse — DBN 30451762209'],
    ['Beneficiary category', 'ADFM (active duty family member)'],
    ['Residential address', '5611 Steilacoom Blvd SW, Lakewood, WA [98499]'],
    ['Mailing address', 'PSC 80 Box [64714], APO AP [96367] (sponsor OCONUS)'],
    ['Health care coverage', 'TRICARE Prime — West Region — enrolled DMIS 0125 (Madigan)'],
    ['Coverage dates', '10/01/2023 – 09/30/2026'],
    ['Catastrophic cap', '$1,000 (Group A); met to date $310.00'],
    ['Other health insurance', 'None on file — last verified 11/02/2025'],
    ['Record last updated by', 'RAPIDS site [38041], 10/30/2025'],
  ],
});

// ── 32. DEERS family coverage list, table ──
const deersFamily = table({
  id: 's45-deersfam',
  kind: 's45-deers-family-coverage-rows',
  caption: 'DEERS — Family members — Sponsor TANAKA, ROBERT K — Health care coverage',
  headers: ['Name', 'Relationship', 'DOB', 'Coverage', 'Begin', 'End', 'Residential ZIP'],
  rows: [
    ['TANAKA, ROBERT K', 'Sponsor', '04/11/1986', 'TRICARE Prime (AD)', '06/01/2005', '', '[96367]'],
    ['TANAKA, AIKO', 'Spouse', '09/30/1988', 'TRICARE Prime', '10/01/2023', '09/30/2026', '[98499]'],
    ['TANAKA, KENJI', 'Child', '01/15/2014', 'TRICARE Prime', '10/01/2023', '09/30/2026', '[98499]'],
    ['TANAKA, EMI', 'Child', '07/08/2017', 'TRICARE Prime', '10/01/2023', '09/30/2026', '[98499]'],
    ['TANAKA, HANA', 'Child', '12/02/2024', 'TRICARE Prime (newborn)', '12/02/2024', '09/30/2026', '[98433]'],
  ],
});

// ── 33. TRICARE Overseas claim form (DD Form 2642) with a host-nation bill, PDF text layer ──
const dd2642 = lines({
  id: 's45-dd2642',
  kind: 's45-tricare-overseas-dd2642-claim-text',
  before: "PATIENT'S REQUEST FOR MEDICAL PAYMENT — DD FORM 2642 — TRICARE Overseas Program (Eurasia-Africa)",
  text: [
    '1. Patient: MORALES, SOFIA   Sponsor: SSgt Morales, E. (USAF)   Unit: 86 AW, CMR 402 Box [64445], APO AE [09180]',
    '2. Host-nation address: Am Rathausplatz 6, [66877] Ramstein-Miesenbach, Germany',
    '8. Provider: Westpfalz-Klinikum GmbH, Hellmut-Hartert-Straße 1, [67655] Kaiserslautern',
    '9. Itemized bill (GOÄ): Nr. 2583 Neurolyse, Nr. 5 Untersuchung, Nr. 493 Leitungsanästhesie — total EUR 1.284,60',
    '   Claims office translation: open sciatic neurolysis ({64712}); sciatic block ({64445}); office visit ({99203})',
    '10. Referral from Landstuhl Regional Medical Center, [66849] Landstuhl — referral on file',
    'Mail to: TRICARE Overseas Program, PO Box 8976, Madison, WI [53708]-8976. Receipt no. [09133].',
  ].join('\n'),
});

// ── 34. TRICARE Overseas EOB for host-nation care in Korea, table ──
const topEob = table({
  id: 's45-topeob',
  kind: 's45-tricare-overseas-eob-host-nation-lines',
  caption: 'TRICARE Overseas Program — Explanation of Benefits — Asia-Pacific — Claim 2025KR00417 — paid in USD',
  headers: ['Service date', 'Provider (city, postal code)', 'Procedure', 'Billed (KRW)', 'Billed (USD)', 'Paid'],
  rows: [
    ['10/07/2025', 'Good Morning Hospital, Pyeongtaek [17795]', '{99203}', '₩ 84,000', '$61.05', '$61.05'],
    ['10/07/2025', 'Good Morning Hospital, Pyeongtaek [17795]', '{64445}', '₩ 312,000', '$226.73', '$226.73'],
    ['10/07/2025', 'Good Morning Hospital, Pyeongtaek [17795]', '{76942}', '₩ 95,000', '$69.04', '$69.04'],
    ['10/21/2025', 'Pyeongtaek St. Mary’s Hospital [17730]', '{64632}', '₩ 260,000', '$188.95', '$188.95'],
    ['10/21/2025', 'Pyeongtaek St. Mary’s Hospital [17730]', '{99213}', '₩ 52,000', '$37.79', '$37.79'],
    ['', 'Sponsor unit: USAG Humphreys, Unit [15228], APO AP [96271]', '', '', '', ''],
  ],
});

// ── 35. VA community care referral with its standardized episode of care (SEOC), PDF text layer ──
const ccnSeoc = lines({
  id: 's45-ccnseoc',
  kind: 's45-va-community-care-seoc-referral-text',
  before: 'VA Community Care Network — Referral Packet — SEOC: Neurosurgery, Peripheral Nerve — Optum Serve',
  text: [
    'Referral number VA0041327715   Station 501 — New Mexico VA Health Care System, Albuquerque, NM [87108]',
    'Veteran: CHAVEZ, ANTONIO   Veteran address: 19 Camino del Llano, Belen, NM [87002]   Duration: 180 days',
    'Authorized services (SEOC 1.2.0): office consult ({99204}) and follow-ups; NCS/EMG ({95910});',
    '  neuroplasty, sciatic ({64712}) or lumbar plexus ({64714}); anesthesia; post-op visits; PT evaluation.',
    '  Not included: chemodenervation ({64612}); destruction of digital nerves ({64632}) — request a new referral.',
    'Community provider: Albuquerque Neuro Spine, 6100 Pan American Fwy NE, Albuquerque, NM [87109]',
    'Return medical documentation via HSRM within 30 days. VA community care office ext. [44113].',
  ].join('\n'),
});

// ── 36. PRC eligibility desk reference: delivery-area counties with FIPS codes, table ──
const prcda = table({
  id: 's45-prcda',
  kind: 's45-prcda-county-fips-desk-reference',
  caption: 'PRC eligibility desk reference — Purchased/Referred Care Delivery Areas (PRCDA), counties and FIPS codes',
  headers: ['Tribe / reservation', 'State', 'PRCDA counties (FIPS)'],
  rows: [
    ['Cherokee Nation', 'OK', 'Adair [40001], Cherokee [40021], Craig [40035], Delaware [40041], Mayes [40097]'],
    [
      'Cherokee Nation (cont.)',
      'OK',
      'McIntosh [40091], Muskogee [40101], Sequoyah [40135], Wagoner [40145], Tulsa [40143]',
    ],
    ['Navajo Nation', 'AZ', 'Apache [04001], Coconino [04005], Navajo [04017]'],
    ['Navajo Nation', 'NM', 'Cibola [35006], McKinley [35031], San Juan [35045], Sandoval [35043]'],
    ['Navajo Nation', 'UT', 'San Juan [49037]'],
  ],
});

// ── 37. MTF referral management center, right-of-first-refusal log, table ──
const rofr = table({
  id: 's45-rofr',
  kind: 's45-mtf-rofr-referral-log',
  caption: 'Womack AMC Referral Management Center — Right of First Refusal (ROFR) log — week of 10/06/2025',
  headers: ['Referral no.', 'Received', 'Bene ZIP', 'Drive (min)', 'Specialty', 'Requested', 'MTF decision', 'Reason'],
  rows: [
    ['0152437711', '10/08', '[28314]', '22', 'Neurosurgery', '{64712}', 'Decline', 'No peripheral nerve surgeon'],
    ['0152438290', '10/08', '[28352]', '58', 'Pain management', '{64445}', 'Accept', 'Pain Clinic appt 10/20'],
    ['0152438817', '10/09', '[28315]', '41', 'Neurology', 'EMG/NCS', 'Accept', 'Neurology capacity'],
    ['0152439023', '10/09', '[28342]', '18', 'Orthopedics', 'Consult', 'Decline', 'Outside 28-day access standard'],
    ['0152439544', '10/10', '[28390]', '25', 'Physical therapy', 'Evaluate and treat', 'Accept', ''],
    ['0152440318', '10/10', '[28307]', '12', 'Pain management', '{64445}', 'Accept', 'On-post beneficiary'],
    ['0152440771', '10/11', '[27330]', '64', 'Neurosurgery', 'Consult', 'Decline', 'Beyond 60-minute drive'],
  ],
});

// ── 38. ECOMP case summary for an injured federal employee, key-value panel ──
const ecompCase = table({
  id: 's45-ecomp',
  kind: 's45-ecomp-case-summary-panel',
  caption: 'ECOMP — Employees’ Compensation Operations & Management Portal — My Cases — Case summary',
  headers: ['Field', 'Value'],
  rows: [
    ['Case number / status', '552187604 — Accepted'],
    ['Claimant address', '1214 N 38th St, Kansas City, KS [66102]'],
    ['Employing agency', 'U.S. Postal Service — Kansas City NDC, 4900 Speaker Rd, Kansas City, KS [66106]'],
    ['Date of injury / type', '10/14/2025 — traumatic injury (CA-1)'],
    ['Accepted conditions', 'S74.02XA injury of sciatic nerve, left; M54.32'],
    ['Claims examiner', 'J. Whitfield, DFEC Kansas City district office, ext. [30343]'],
    ['Medical authorizations', 'Nerve block {64445} approved 11/02/2025; neuroplasty {64712} pending medical adviser'],
    ['Wage-loss claims', 'CA-7 for 10/15/2025–11/14/2025 — paid, payment no. [70412]'],
    ['Last document', 'CA-16 Part B, uploaded 11/05/2025 — document control no. [50413]'],
  ],
});

// ── 39. TRICARE network provider directory search results, table ──
const directory = table({
  id: 's45-directory',
  kind: 's45-tricare-network-provider-search-results',
  caption: 'Find a TRICARE network provider — within 40 miles of ZIP 28314 — Neurosurgery, Pain medicine, Neurology',
  headers: ['Provider', 'Specialty', 'Address', 'Distance', 'Phone', 'Accepting new patients'],
  rows: [
    [
      'Cape Fear Neurosurgery Associates',
      'Neurosurgery',
      '1638 Owen Dr, Fayetteville, NC [28304]',
      '3.1 mi',
      '(910) 555-0182',
      'Yes',
    ],
    [
      'Carolina Neurology Group',
      'Neurology',
      '2400 Raeford Rd, Fayetteville, NC [28305]',
      '4.6 mi',
      '(910) 555-0147',
      'Yes',
    ],
    [
      'Sandhills Pain & Spine',
      'Pain medicine',
      '105 Pinehurst Ave, Southern Pines, NC [28387]',
      '31.8 mi',
      '(910) 555-0119',
      'No',
    ],
    [
      'FirstHealth Neurosurgery',
      'Neurosurgery',
      '155 Memorial Dr, Pinehurst, NC [28374]',
      '35.2 mi',
      '(910) 555-0163',
      'Yes',
    ],
    [
      'Harnett Spine & Pain',
      'Pain medicine',
      '215 Brightwater Dr, Lillington, NC [27546]',
      '29.4 mi',
      '(910) 555-0108',
      'Yes',
    ],
    ['Sampson Neurology', 'Neurology', '607 Beaman St, Clinton, NC [28328]', '38.7 mi', '(910) 555-0131', 'Waitlist'],
  ],
});

// ── 40. TRICARE overseas: military hospitals and clinics with their mailing addresses, table ──
const overseasMtf = table({
  id: 's45-overseasmtf',
  kind: 's45-tricare-overseas-mtf-address-list',
  caption: 'TRICARE Overseas — Military hospitals and clinics — mailing addresses for records and referral documents',
  headers: ['Military hospital / clinic', 'Country', 'Mailing address', 'DSN'],
  rows: [
    ['Landstuhl Regional Medical Center', 'Germany', 'CMR 402, APO AE [09180]', '314-590-1110'],
    ['Naval Hospital Rota', 'Spain', 'PSC 819 Box 18, FPO AE [09645]', '314-727-3100'],
    ['Brian D. Allgood Army Community Hospital', 'Korea', 'Unit [15281], APO AP [96271]', '315-737-2273'],
    ['U.S. Naval Hospital Okinawa', 'Japan', 'PSC 482, FPO AP [96362]', '315-646-7000'],
    ['U.S. Naval Hospital Yokosuka', 'Japan', 'PSC 475 Box 1, FPO AP [96350]', '315-243-7144'],
    ['48th Medical Group, RAF Lakenheath', 'United Kingdom', 'Unit [50575], APO AE [09464]', '314-226-8000'],
  ],
});

export const sealed45: Snippet[] = [
  ...eastLetter,
  ...eastAuthLines,
  ...westClaims,
  ...spv,
  ...cmac,
  ...tflEob,
  ...champvaClaim,
  ...champvaEob,
  ...champvaRemarks,
  ...fehbWorksheet,
  ...fehbPrior,
  ...fehbBrochure,
  ...ihs843,
  ...rcis,
  ...prcFi,
  ...prcCommittee,
  ...prcDenial,
  ...owcpBills,
  ...owcpFee,
  ...owcpGpci,
  ...ca16,
  ...owcpAuth,
  ...owcpRemit,
  ...sharing,
  ...sharingRates,
  ...mtfAudit,
  ...mtfAuditMemo,
  ...encounter,
  ...dutyMemo,
  ...eProfile,
  ...deers,
  ...deersFamily,
  ...dd2642,
  ...topEob,
  ...ccnSeoc,
  ...prcda,
  ...rofr,
  ...ecompCase,
  ...directory,
  ...overseasMtf,
];
