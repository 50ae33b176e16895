import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 121 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s121-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * payers' and patients' ZIPs, PO boxes, a COBA id, session, inquiry, transaction, ticket, batch, claim-prefix,
 * crossover, review, document and account ids, and year-to-date pay. The five known codes' digits come back as
 * decoys: a Medigap insurer's PO box, an eServices inquiry reference, an OPM case-file number, an OWCP upload receipt,
 * an FEP local-plan ticket, an agency payroll batch, a redetermination fax job, a Medigap policy number, an OWCP
 * correspondence barcode and an FEP check number.
 *
 * Family: Railroad Medicare and the federal employee health programs around a pain and peripheral-nerve practice: the
 * Railroad Medicare Specialty MAC (Palmetto GBA RRB) eServices portal (claim status search, result and line grids,
 * eligibility request, benefits and MSP/crossover panels, remittance), the standard paper remit and 835 segments, the
 * RRB Medicare Summary Notice (summary page and claim detail), a redetermination request and decision letter, the
 * Medigap crossover record and the Medigap EOB, an FEHB plan brochure's benefit table and prior-approval section, an
 * FEP prior-approval list, fax request form and approval letter, an FEP provider-portal claim grid and EOB, a practice
 * reconsideration letter, an OPM disputed-claim decision letter and its record list, the DOL OWCP (Conduent) web bill
 * processing portal (bill status grid, bill line detail, authorization request and status, remittance voucher,
 * provider profile, bill history export), an OWCP-1500 text layer, an agency payroll/TSP statement (decoy only), the
 * practice's A/R aging by federal payer, payer mailing addresses, an HL7 DFT charge, a FHIR Claim, an FEP XML
 * prior-approval response, a coder's secure messages, a superbill and a day-sheet deposit slip.
 * Built on real public layouts: the Palmetto GBA Railroad Medicare eServices claim status and eligibility screens
 * (ICN, MBI, DOS, status, line HCPCS/modifier/units, CARC/RARC; Part B entitlement, deductible, MSP and crossover
 * panels), the CMS standard paper remittance (SPR) and X12 835 (CLP, SVC, CAS, LQ), the Medicare Summary Notice
 * "Your Claims & Costs This Period" and claim-detail columns (service provided & billing code, services approved,
 * amount Medicare paid, maximum you may be billed, see notes), CMS-20027 redetermination request fields, the FEHB
 * brochure's Section 5(b) "Benefit Description / You pay" table and Section 3 prior-approval text, the FEP Service
 * Benefit Plan prior-approval list, the OPM disputed-claim decision letter wording (Section 8 review), the OWCP
 * medical bill processing portal's bill status, line detail and authorization screens and its remittance voucher,
 * and the OWCP-1500 box 24 lines. The others are written the way those pages read, with no single source.
 *
 * 358 labelled tokens over 40 shapes: 164 codes (117 of them the five known codes), 194 decoys, 71 of the decoys in
 * KNOWN_10K (15 of them the known codes' digits).
 */

// ── 1. Palmetto GBA RRB eServices claim status inquiry, entry screen text (decoy heavy) ──
const rrbStatusEntry = lines({
  id: 's121-rrbcsi',
  kind: 's121-rrb-eservices-claim-status-inquiry-entry-text',
  before: 'Palmetto GBA Railroad Medicare eServices — Claim Status Inquiry',
  text: [
    'Provider: CALUMET NERVE & PAIN SPECIALISTS   PTAN RRB1184207   NPI 1588427716',
    'Contractor: Railroad Medicare Part B (payer ID [00882])   Session ref [30917]',
    'MBI 3QJ7-RT2-WN48   Last name NOWICKI   DOB 02/11/1954',
    'From DOS 04/01/2026   To DOS 04/30/2026   Billed amount (optional)   HCPCS (optional) {64612}',
    'Inquiry reference [64632] saved to your history; results expire after 30 days.',
    'Recent inquiries: [52927] (04/21), [53386] (04/14), [56801] (04/02) — select to re-run',
  ].join('\n'),
});

// ── 2. Claim status results, table ──
const rrbStatusGrid = table({
  id: 's121-rrbcsr',
  kind: 's121-rrb-eservices-claim-status-results-grid',
  caption: 'Claim Status Results — 3 claims found for MBI 3QJ7-RT2-WN48',
  headers: ['ICN', 'From DOS', 'Thru DOS', 'Status', 'Billed', 'Paid', 'Check/EFT', 'First HCPCS'],
  rows: [
    [
      '5526098117340',
      '04/02/2026',
      '04/02/2026',
      'F1 Finalized/Payment',
      '$612.00',
      '$171.88',
      '882130412677',
      '{64612}',
    ],
    ['5526104428170', '04/09/2026', '04/09/2026', 'F2 Finalized/Denial', '$780.00', '$0.00', '—', '{64445}'],
    ['5526112009855', '04/23/2026', '04/23/2026', 'P1 Pending/In Process', '$245.00', '—', '—', '{99214}'],
    [
      '5526153302214',
      '04/09/2026',
      '04/09/2026',
      'F1 Finalized/Payment (reopened)',
      '$780.00',
      '$97.12',
      '—',
      '{64445}',
    ],
    ['5526161177803', '06/02/2026', '06/02/2026', 'F1 Finalized/Payment', '$2,450.00', '$689.40', '—', '{64712}'],
    ['5526161177804', '06/02/2026', '06/02/2026', 'F2 Finalized/Denial', '$2,100.00', '$0.00', '—', '{64714}'],
  ],
});

// ── 3. Claim status line detail, table (abbreviated headers) ──
const rrbLineGrid = table({
  id: 's121-rrbline',
  kind: 's121-rrb-eservices-claim-line-detail-grid',
  caption: 'ICN 5526098117340 — Line Detail',
  headers: ['Ln', 'DOS', 'Proc', 'Mod', 'Un', 'Billed', 'Allowed', 'Paid', 'CARC', 'RARC'],
  rows: [
    ['1', '04/02/2026', '{64612}', 'RT', '1', '$312.00', '$164.87', '$129.42', '2-33.45', ''],
    ['2', '04/02/2026', '{95874}', '', '1', '$120.00', '$54.19', '$42.46', '2-10.84', ''],
    ['3', '04/02/2026', 'J0585', '', '40', '$180.00', '$0.00', '$0.00', 'CO-16', 'M53'],
    ['Totals', 'Lines 3', '', '', '', '$612.00', '$219.06', '$171.88', 'Batch [22206]', ''],
  ],
});

// ── 4. Eligibility request screen text ──
const rrbEligEntry = lines({
  id: 's121-rrbelig',
  kind: 's121-rrb-eservices-eligibility-request-text',
  before: 'Palmetto GBA Railroad Medicare eServices — Eligibility — Beneficiary Information',
  text: [
    'Medicare Beneficiary Identifier 3QJ7-RT2-WN48   Former RRB claim no. WA 482716 (retired, do not submit)',
    'Beneficiary ZIP on file: Hammond, IN [46324]   Date of request 04/28/2026',
    'Procedure look-up (preventive/therapy caps only): {64445} returns "no frequency data for this HCPCS"',
    'Eligibility transaction id [41178]; 270/271 control [13417]',
    'Session [78214] timed out at 09:31; re-enter the MBI to continue. Help desk case [80936].',
  ].join('\n'),
});

// ── 5. Eligibility benefits panel, table (decoy only) ──
const rrbEligGrid = table({
  id: 's121-rrbeligben',
  kind: 's121-rrb-eservices-eligibility-benefits-panel-grid',
  caption: 'Part A / Part B Entitlement and Deductible',
  headers: ['Item', 'Part A', 'Part B'],
  rows: [
    ['Entitlement', '03/01/2019', '03/01/2019'],
    ['Deductible remaining', '$1,736.00', '$0.00'],
    ['Railroad Medicare contractor', 'RRB (A/B MAC region)', 'Palmetto GBA RRB [00882]'],
    ['Address of record ZIP', '[46324]', '[46324]'],
    ['Managed care (MA) plan', 'None', 'None'],
    ['Hospice / ESRD', 'No', 'No'],
    ['Last Part B claim processed', '—', 'ICN 5526112009855, 04/23/2026, batch [23417]'],
    ['Inquiry logged', '04/28/2026 09:14', 'Ref [25906]'],
  ],
});

// ── 6. MSP and crossover panel, text ──
const rrbMsp = lines({
  id: 's121-rrbmsp',
  kind: 's121-rrb-eservices-msp-crossover-panel-text',
  before: 'Medicare Secondary Payer / Supplemental Insurance',
  text: [
    'MSP records: none active. Prior MSP (employer group, BNSF plan) terminated 02/28/2019.',
    'Supplemental (crossover): LAKESHORE MUTUAL MEDIGAP PLAN G   COBA ID [55044]   Effective 03/01/2019',
    'Medigap policy number [64612]   Claim-based crossover: automatic, no Medigap ID needed on the claim.',
    'Crossover trading partner address: PO Box [64445], St. Paul, MN [55164]',
  ].join('\n'),
});

// ── 7. Standard paper remittance (SPR), text layer ──
const spr = lines({
  id: 's121-spr',
  kind: 's121-rrb-standard-paper-remittance-text',
  before: 'MEDICARE PART B   PALMETTO GBA RAILROAD MEDICARE   P.O. BOX 10066 AUGUSTA GA 30999',
  text: [
    'PROVIDER REMITTANCE ADVICE   PAYER ID [00882]   PAGE 1 OF 2   DATE 04/17/2026   CHECK/EFT # 882130412677',
    'CALUMET NERVE & PAIN SPECIALISTS, 2440 W 127TH ST STE 210, BLUE ISLAND IL [60406]',
    'PERF PROV  SERV DATE  POS  NOS  PROC  MODS  BILLED  ALLOWED  DEDUCT  COINS  GRP/RC-AMT  PROV PD',
    'NAME NOWICKI, WALTER  MID 3QJ7RT2WN48  ACNT NOW[30272]  ICN 5526098117340  ASG Y  MOA MA01 MA18',
    '1588427716 0402 040226 11  1  {64612} RT  312.00  164.87  0.00  32.97  CO-45 147.13  129.42',
    '1588427716 0402 040226 11  1  {95874}     120.00   54.19  0.00  10.84  CO-45  65.81   42.46',
    'CLAIM INFORMATION FORWARDED TO: LAKESHORE MUTUAL MEDIGAP   COBA [55044]',
    'NAME NOWICKI, WALTER  MID 3QJ7RT2WN48  ACNT NOW[30288]  ICN 5526104428170  ASG Y  MOA MA01 MA130',
    '1588427716 0409 040926 22  1  {64445} RT  780.00    0.00  0.00   0.00  CO-50 780.00    0.00',
    'PT RESP 0.00   CLAIM TOTALS 780.00 0.00 0.00 0.00 780.00 0.00   NET 0.00',
    'TOTALS: # OF CLAIMS 2   BILLED AMT 1392.00   PROV PD AMT 171.88   SEQUESTRATION 3.51   BATCH [22206]',
  ].join('\n'),
});

// ── 8. 835 segments from the same remit, X12 text ──
const x835 = lines({
  id: 's121-x835',
  kind: 's121-rrb-835-remit-segments-text',
  before: 'ERA viewer — Railroad Medicare 835s, April–July 2026, selected claims (one segment per line)',
  text: [
    'N1*PR*PALMETTO GBA RAILROAD MEDICARE*XV*[00882]~',
    'N4*AUGUSTA*GA*[30999]~',
    'N1*PE*CALUMET NERVE AND PAIN SPECIALISTS*XX*1588427716~',
    'N4*BLUE ISLAND*IL*[60406]~',
    'CLP*NOW[30272]*1*612*171.88*32.97*MB*5526098117340*11*1~',
    'SVC*HC:{64612}:RT*312*129.42**1~',
    'CAS*CO*45*147.13~',
    'SVC*HC:{95874}*120*42.46**1~',
    'SVC*HC:J0585*180*0**40~',
    'LQ*HE*M53~',
    'CLP*NOW[30288]*4*780*0**MB*5526104428170*11*1~',
    'SVC*HC:{64445}:RT*780*0**1~',
    'CAS*CO*50*780~',
    'CLP*NOW[30315]*1*4550*689.40*0*MB*5526161177803*11*1~',
    'SVC*HC:{64712}:RT*2450*689.40**1~',
    'SVC*HC:{64714}:RT*2100*0**1~',
    'CAS*CO*50*2100~',
    'CLP*KRU[18592]*1*707*272.32*71.18*MB*5526177640019*11*1~',
    'NM1*QC*1*KRUGER*HELEN****MI*5RN2TK8JP61~',
    'SVC*HC:{64632}:LT*395*147.94**1~',
    'SVC*HC:{64612}:LT*312*124.38**1~',
    'CAS*PR*2*71.18~',
    'PLB*1588427716*20261231*WO:[61408]*-12.00~',
    'SE*48*[36842]~',
  ].join('\n'),
});

// ── 9. RRB Medicare Summary Notice, page 1 text layer ──
const msnSummary = lines({
  id: 's121-msn1',
  kind: 's121-rrb-medicare-summary-notice-page1-text',
  before: 'Medicare Summary Notice for Part B (Medical Insurance) — The Official Summary of Your Medicare Claims',
  text: [
    'WALTER NOWICKI, 6620 CALUMET AVE, HAMMOND IN [46324]   Notice for 3QJ7-XX-XX48   Dated July 1, 2026 (April 1 – June 30)',
    'Your Claims & Costs This Period: Did Medicare Approve All Services? NO   Total You May Be Billed $0.00',
    'Questions? Call 1-800-833-4455 (Palmetto GBA Railroad Medicare).',
    'If you disagree, file an appeal by October 29, 2026 with Palmetto GBA, Railroad Medicare, PO Box [10314], Augusta, GA [30999].',
    'This notice was printed for claim control no. [47009]; keep it with your Medigap statements.',
    'Your Deductible Status: Your deductible is what you must pay each year ($283) before Medicare pays. You have met it.',
    'Providers with claims this period: Calumet Nerve & Pain Specialists, Blue Island IL [60406]; Franciscan Health, Hammond IN [46320]',
    'Get help: State Health Insurance Program (SHIP) Indiana, 311 W Washington St, Indianapolis IN [46204].',
  ].join('\n'),
});

// ── 10. MSN claim detail, table ──
const msnDetail = table({
  id: 's121-msn2',
  kind: 's121-rrb-medicare-summary-notice-claim-detail-grid',
  caption: 'Your Claims for Part B (Medical Insurance) — Calumet Nerve & Pain Specialists, Blue Island IL',
  headers: [
    'Service Provided & Billing Code',
    'Service Approved?',
    'Amount Provider Charged',
    'Medicare-Approved Amount',
    'Amount Medicare Paid',
    'Maximum You May Be Billed',
    'See Notes Below',
  ],
  rows: [
    [
      'Injection of anesthetic agent, sciatic nerve, single ({64445}-RT)',
      'No',
      '$780.00',
      '$0.00',
      '$0.00',
      '$0.00',
      'A, B',
    ],
    ['Ultrasound guidance for needle placement ({76942})', 'No', '$0.00', '$0.00', '$0.00', '$0.00', 'A'],
    ['Total for claim 5526104428170', '', '$780.00', '$0.00', '$0.00', '$0.00', 'Ref. [12184]'],
    ['Neuroplasty, sciatic nerve ({64712}-RT), June 2', 'Yes', '$2,450.00', '$865.42', '$689.40', '$0.00', 'C'],
    ['Neuroplasty, lumbar plexus ({64714}-RT), June 2', 'No', '$2,100.00', '$0.00', '$0.00', '$0.00', 'D'],
  ],
});

// ── 11. Redetermination request (CMS-20027 fields), text layer ──
const redetRequest = lines({
  id: 's121-redetreq',
  kind: 's121-rrb-redetermination-request-form-text',
  before: 'MEDICARE REDETERMINATION REQUEST FORM — 1st LEVEL OF APPEAL (Railroad Medicare)',
  text: [
    '1. Beneficiary name: Walter Nowicki   2. Medicare number: 3QJ7-RT2-WN48',
    '3. Item or service you wish to appeal: sciatic nerve block, CPT {64445}, right, DOS 04/09/2026',
    '4. Date the initial determination notice was received: 04/20/2026   5. ICN 5526104428170',
    '6. I do not agree with the determination because: the block (not {64447}) was a single injection for a',
    'diagnostic trial before planned {64712}; the note was missing from the claim. Reason code CO-50.',
    'Send to: Palmetto GBA Railroad Medicare, Attn: Redeterminations, PO Box [10314], Augusta, GA [30999]-0001',
    'Fax cover job [64445]   Pages 9   Requester: Calumet Nerve & Pain Specialists, Blue Island IL [60406]',
  ].join('\n'),
});

// ── 12. Redetermination decision letter, text layer ──
const redetDecision = lines({
  id: 's121-redetdec',
  kind: 's121-rrb-redetermination-decision-letter-text',
  before: 'Palmetto GBA Railroad Medicare — MEDICARE APPEAL DECISION',
  text: [
    'Appeal number: 1-[16237]   Date: June 2, 2026   Beneficiary: Walter Nowicki',
    'Dear Provider: This letter is to tell you about the decision on your redetermination of the claim for',
    'sciatic nerve block ({64445}-RT) on April 9, 2026, ICN 5526104428170.',
    'The decision is favorable. The documentation shows a single-shot block ({64445}) before sciatic neuroplasty',
    '({64712}) was considered; the service meets LCD L[39240] coverage indications.',
    'A new claim, ICN 5526153302214, will pay under remittance dated on or after 06/09/2026.',
    'Correspondence ID [21141]   Reviewer ID RRB-[58010]',
    'If you disagree, you may ask for reconsideration by the QIC, C2C Innovative Solutions, PO Box [45203], Jacksonville FL [32232].',
  ].join('\n'),
});

// ── 13. Medigap crossover claim record, table ──
const crossoverGrid = table({
  id: 's121-xover',
  kind: 's121-medigap-crossover-claim-record-grid',
  caption: 'Lakeshore Mutual — Medicare Crossover Claims Received (provider view)',
  headers: ['Crossover #', 'Medicare ICN', 'Svc', 'Medicare paid', 'Coins applied', 'Plan paid', 'Source'],
  rows: [
    ['X-[75165]', '5526098117340', '{64612}', '$129.42', '$32.97', '$32.97', 'RRB [00882]'],
    ['X-[75165]', '5526098117340', '{95874}', '$42.46', '$10.84', '$10.84', 'RRB [00882]'],
    ['X-[75181]', '5526153302214', '{64445}', '$97.12', '$24.80', '$24.80', 'RRB [00882]'],
    ['X-[75204]', '5526161177803', '{64712}', '$689.40', '$173.08', '$173.08', 'RRB [00882]'],
    ['X-[75212]', '5526177640019', '{64632}', '$147.94', '$40.08', '$40.08', 'RRB [00882]'],
    ['X-[75212]', '5526177640019', '{64612}', '$124.38', '$31.10', '$31.10', 'RRB [00882]'],
  ],
});

// ── 14. Medigap EOB, text layer ──
const medigapEob = lines({
  id: 's121-mgeob',
  kind: 's121-medigap-explanation-of-benefits-text',
  before: 'Lakeshore Mutual Insurance Co. — Medicare Supplement Explanation of Benefits',
  text: [
    'Insured: Walter Nowicki   Policy [64612]   Plan G   Issue state IN',
    'Claim received from Railroad Medicare by automatic crossover (COBA [55044]) on 06/12/2026.',
    'Service 06/02/2026 neuroplasty, sciatic nerve {64712} — Medicare approved $865.42; we paid the 20% coinsurance.',
    'Part B excess charges: none (provider accepts assignment).',
    'Service 06/02/2026 neuroplasty, lumbar plexus {64714} — Medicare denied; we cannot pay what Medicare does not approve.',
    'Questions: Lakeshore Mutual, PO Box [64445], St. Paul, MN [55164]. Reference [96199].',
    'Your policy anniversary is 03/01; premium draft [65932] of $212.40 posts on the 1st.',
  ].join('\n'),
});

// ── 15. FEHB brochure Section 5(b), surgical benefit table ──
const fehbBenefit = table({
  id: 's121-fehb5b',
  kind: 's121-fehb-brochure-section-5b-surgical-benefit-grid',
  caption: 'Section 5(b). Surgical and Anesthesia Services Provided by Physicians and Other Healthcare Professionals',
  headers: ['Benefit Description', 'You pay — Standard Option', 'You pay — Basic Option'],
  rows: [
    [
      'Nerve decompression and neuroplasty, e.g. sciatic nerve (CPT {64712}) or lumbar plexus ({64714}); prior approval required — see Section 3',
      'Preferred: 15% of the Plan allowance',
      'Preferred: $150 copayment per performing provider',
    ],
    [
      'Nerve blocks for diagnosis or pain management, e.g. {64445}',
      'Preferred: 15% of the Plan allowance',
      'Preferred: $40 copayment',
    ],
    [
      'Destruction of a plantar digital (Morton\u2019s) neuroma by neurolytic agent ({64632})',
      'Preferred: 15% of the Plan allowance',
      'Preferred: $150 copayment',
    ],
    [
      'Chemodenervation (botulinum toxin) of the facial nerve for hemifacial spasm, {64612}; drug under Section 5(f)',
      'Preferred: 15% of the Plan allowance',
      'Preferred: $40 copayment',
    ],
    [
      'Nerve conduction studies and needle EMG ({95907}–{95913}, {95886})',
      'Preferred: 15% of the Plan allowance',
      'Preferred: $40 copayment',
    ],
    ['Not covered: cosmetic chemodenervation', 'All charges', 'All charges'],
  ],
});

// ── 16. FEHB brochure Section 3 prior approval text layer ──
const fehbPrecert = lines({
  id: 's121-fehbs3',
  kind: 's121-fehb-brochure-section-3-prior-approval-text',
  before: 'Section 3. How You Get Care — Services requiring our prior approval',
  text: [
    'Outpatient surgical services: your physician must get prior approval for the procedures below, whether',
    'performed in an office, ambulatory surgical facility or hospital outpatient department:',
    '  • Neuroplasty of major peripheral nerves, including {64712}, {64713} and {64714}',
    '  • Chemodenervation for conditions other than migraine and cervical dystonia ({64612}, {64615})',
    'Call the number on the back of your ID card before the service. Brochure RI 71-005, page 24.',
    'Not requiring prior approval: single-injection nerve blocks such as {64445} and {64450}, and {64640} in the office.',
    'Disputed claims are reviewed by OPM, Federal Employee Insurance Operations, Washington, DC [20415]-3610.',
  ].join('\n'),
});

// ── 17. FEP prior-approval list, table ──
const fepPaList = table({
  id: 's121-fepalist',
  kind: 's121-fep-prior-approval-list-grid',
  caption: 'FEP Blue Standard, FEP Blue Basic and FEP Blue Focus — Outpatient prior approval list (2026)',
  headers: ['Category', 'CPT/HCPCS', 'Standard', 'Basic', 'Focus', 'Notes'],
  rows: [
    ['Peripheral nerve surgery', '{64712}, {64713}, {64714}', 'PA', 'PA', 'PA', 'Op note and imaging required'],
    ['Neurolytic destruction', '{64632}, {64640}', '—', 'PA', 'PA', 'Limit 2 per foot per year'],
    ['Chemodenervation', '{64612}–{64616}', 'PA', 'PA', 'Not covered', 'Drug on specialty list'],
    ['Nerve blocks', '{64445}', '—', '—', '—', 'No PA for single injection'],
    ['Nerve blocks, continuous', '{64446}, {64448}', '—', 'PA', 'PA', 'Catheter; inpatient rules apply'],
    ['Neurostimulators', '{64555}, {64590}', 'PA', 'PA', 'PA', 'Trial first'],
  ],
});

// ── 18. FEP prior-approval fax request form, text layer ──
const fepPaForm = lines({
  id: 's121-fepform',
  kind: 's121-fep-prior-approval-fax-request-form-text',
  before: 'Federal Employee Program — Outpatient Prior Approval Request — fax to 1-877-555-0172',
  text: [
    'Member ID R71846203   Enrollment code 105 (Standard Option, Self and Family)   Patient: Denise Harlan',
    'Requesting provider: Anil Raman MD, NPI 1588427716, 2440 W 127th St, Blue Island IL [60406]',
    'Procedure code(s): {64714} x1, {64712} x1 (left); planned DOS 07/14/2026; place of service 22',
    'Diagnosis: G57.02 lesion of sciatic nerve, left; M54.42. Prior conservative care incl. {64445} x2, {97110}',
    'Local plan ticket [64612]   Fax job [33453]   Pages 14',
    'Facility: Oak Lawn Surgical Center, 4400 W 95th St, Oak Lawn IL [60453]   Facility NPI 1730219954',
    'Contact: Renata, ext. 214; reply fax 708-555-0147; internal case [57244]',
  ].join('\n'),
});

// ── 19. FEP prior-approval determination letter, text layer ──
const fepPaLetter = lines({
  id: 's121-fepdet',
  kind: 's121-fep-prior-approval-determination-letter-text',
  before: 'Blue Cross and Blue Shield Service Benefit Plan — Prior Approval Determination',
  text: [
    'Reference PA-2026-[87039]   Member R71846203   Denise Harlan   Date 06/30/2026',
    'We approved: {64712} neuroplasty, sciatic nerve, left, one unit, 07/01/2026 through 09/30/2026.',
    'We did not approve: {64714} neuroplasty, lumbar plexus. The records do not show a plexus lesion.',
    'You may ask us to reconsider within 6 months; if we uphold, the member may ask OPM to review (Section 8).',
    'FEP Blue, 225 N Michigan Ave, Chicago IL [60601]   Inquiry [91262]',
  ].join('\n'),
});

// ── 20. FEP provider portal claim grid, table (header-less code column) ──
const fepClaimGrid = table({
  id: 's121-fepclm',
  kind: 's121-fep-provider-portal-claim-lines-grid',
  caption: 'Claim 26189F4470021 — Harlan, Denise — FEP Blue Standard',
  headers: ['Line', '', 'Description', 'Charge', 'Allowed', 'Member resp.', 'Paid', 'Msg'],
  rows: [
    ['1', '{64712}-LT', 'NEUROPLASTY SCIATIC NERVE', '$2,450.00', '$1,118.60', '$167.79', '$950.81', ''],
    ['2', '{64714}-LT', 'NEUROPLASTY LUMBAR PLEXUS', '$2,100.00', '$0.00', '$0.00', '$0.00', 'PA[44205]'],
    ['3', '{64727}', 'INTERNAL NEUROLYSIS W/ MICROSCOPE', '$450.00', '$0.00', '$0.00', '$0.00', 'INC'],
    ['', 'Check [64714]', 'Total', '$5,000.00', '$1,118.60', '$167.79', '$950.81', ''],
  ],
});

// ── 21. FEP EOB to the member, text layer ──
const fepEob = lines({
  id: 's121-fepeob',
  kind: 's121-fep-member-explanation-of-benefits-text',
  before: 'Your Explanation of Benefits — FEP Blue Standard — This is not a bill',
  text: [
    'Patient: Denise Harlan   Provider: Calumet Nerve & Pain Specialists   Claim [26189]F4470021',
    'Service 07/14/2026   Sciatic neuroplasty ({64712})   Billed $2,450.00   Plan allowance $1,118.60   You owe $167.79',
    'Service 07/14/2026   Lumbar plexus neuroplasty   Billed $2,100.00   Not paid: no prior approval (code {64714})',
    'Remark [52018]: Your provider cannot bill you for this amount because they are a Preferred provider.',
    'To dispute, write to FEP Blue, PO Box [14307], Washington DC [20044] within 6 months.',
  ].join('\n'),
});

// ── 22. Practice reconsideration letter to FEP, text layer ──
const reconLetter = lines({
  id: 's121-recon',
  kind: 's121-practice-fep-reconsideration-letter-text',
  before: 'Calumet Nerve & Pain Specialists — Request for Reconsideration',
  text: [
    'Re: Denise Harlan, R71846203, claim [26189]F4470021, your reference PA-2026-[87039]',
    'We ask you to reconsider the denial of line 2, CPT {64714} (neuroplasty, lumbar plexus), billed with {64712}-LT.',
    'At surgery the lesion extended proximally into the plexus; the operative note attached documents a separate',
    'exposure. We did not bill {64708} or {64727}. Please treat this letter as the Section 8 first step.',
    'Please reply to Calumet Nerve & Pain Specialists, 2440 W 127th St, Blue Island IL [60406]; fax ref [69054].',
    'Enclosures: op note, MRI 06/02/2026, EMG ({95886}, {95910}). Our file [28004]; tax ID 36-4812237.',
  ].join('\n'),
});

// ── 23. OPM disputed-claim decision letter, text layer ──
const opmLetter = lines({
  id: 's121-opm',
  kind: 's121-opm-disputed-claim-decision-letter-text',
  before:
    'UNITED STATES OFFICE OF PERSONNEL MANAGEMENT — Healthcare and Insurance, Federal Employee Insurance Operations',
  text: [
    '1900 E Street NW, Washington, DC [20415]-3610   Our file: FEIO-HI3-26-[64714]   January 12, 2027',
    'Ms. Denise Harlan ... Re: Blue Cross and Blue Shield Service Benefit Plan, claim [26189]F4470021',
    'We reviewed your disputed claim under Section 8 of the Plan brochure for neuroplasty of the lumbar plexus',
    '(CPT code {64714}) performed July 14, 2026, with sciatic neuroplasty ({64712}), which the Plan paid.',
    'Our medical consultant, board certified in neurosurgery, found the separate plexus exposure is documented.',
    'We direct the Plan to pay the claim for {64714}; this decision is final for OPM. Consultant review no. [79078].',
    'This decision does not extend to the neurolysis with microscope ({64727}) the Plan found incidental.',
    'You may sue the agency in federal court; see 5 CFR 890.107. Copy to Plan contract no. CS 1039.',
  ].join('\n'),
});

// ── 24. OPM decision record list, table (decoy heavy) ──
const opmRecord = table({
  id: 's121-opmrec',
  kind: 's121-opm-disputed-claim-record-list-grid',
  caption: 'Documents considered — file FEIO-HI3-26-64714',
  headers: ['Doc #', 'Date', 'From', 'Description'],
  rows: [
    ['[10041]', '08/02/2026', 'Member', 'Request for OPM review with Plan letters'],
    ['[10057]', '08/19/2026', 'Plan', 'Plan response; PA policy for {64714} and {64713}'],
    ['[10069]', '09/04/2026', 'Provider', 'Operative report; EMG incl. {95910}'],
    ['[10083]', '11/30/2026', 'OPM consultant', 'Medical review (no. [79078])'],
    ['[10102]', '01/12/2027', 'OPM', 'Decision letter; ZIP [20415]'],
    ['[10127]', '08/19/2026', 'Plan', 'Claim history, {64712} paid, {64714} denied'],
    ['[10138]', '09/04/2026', 'Provider', 'Letter, Blue Island IL [60406]'],
  ],
});

// ── 25. OWCP (Conduent) web bill processing portal: bill status grid ──
const owcpStatus = table({
  id: 's121-owcpbs',
  kind: 's121-owcp-web-bill-status-inquiry-grid',
  caption: 'DOL OWCP Web Bill Processing Portal — Bill Status — Case 552148806 — BELL, MARCUS (DFEC)',
  headers: ['Transaction Control No.', 'Received', 'Form', 'DOS', 'Procedure', 'Billed', 'Status', 'Paid'],
  rows: [
    ['26140510022713', '05/20/2026', 'OWCP-1500', '05/12/2026', '{64632}', '$395.00', 'Paid', '$241.16'],
    ['26140510022714', '05/20/2026', 'OWCP-1500', '05/12/2026', '{99214}', '$210.00', 'Paid', '$118.33'],
    ['26152377104420', '06/01/2026', 'OWCP-1500', '05/26/2026', '{64632}-RT', '$395.00', 'Denied 309', '$0.00'],
    ['26163011860051', '06/12/2026', 'OWCP-1500', '06/09/2026', '{64445}', '$540.00', 'In process', ''],
    ['26163011860052', '06/12/2026', 'OWCP-1500', '06/09/2026', '{76942}', '$180.00', 'In process', ''],
    ['26178820014410', '06/30/2026', 'OWCP-1500', '06/25/2026', '{64712}', '$2,450.00', 'Paid', '$1,204.77'],
    ['26178820014411', '06/30/2026', 'OWCP-1500', '06/25/2026', '{64445}', '$540.00', 'Paid', '$318.40'],
    ['26178820014412', '06/30/2026', 'OWCP-1500', '06/25/2026', '{01250}', '$900.00', 'Suspended — anes. units', ''],
  ],
});

// ── 26. OWCP bill line detail, table ──
const owcpLines = table({
  id: 's121-owcpln',
  kind: 's121-owcp-bill-line-detail-grid',
  caption: 'Bill 26152377104420 — Line Detail',
  headers: ['Line', 'Svc dt', 'CPT/HCPCS', 'Mod 1', 'Units', 'Charge', 'Fee sched. amt', 'Paid', 'EOB'],
  rows: [
    ['1', '05/26/2026', '{64632}', 'RT', '1', '$395.00', '$241.16', '$0.00', '309'],
    ['2', '05/26/2026', '{64632}', 'RT', '1', '$395.00', '$0.00', '$0.00', '309, 043'],
    ['3', '05/26/2026', 'J3490', '', '1', '$35.00', '$0.00', '$0.00', '227'],
    ['4', '05/26/2026', '{99213}', '25', '1', '$160.00', '$84.21', '$84.21', '030'],
    ['EOB 309: frequency exceeded for {64632} within 30 days without authorization', '', '', '', '', '', '', '', ''],
  ],
});

// ── 27. OWCP medical authorization request screen, text layer ──
const owcpAuthReq = lines({
  id: 's121-owcpauth',
  kind: 's121-owcp-medical-authorization-request-text',
  before: 'Medical Authorization Request — Division of Federal Employees\u2019 Compensation (DFEC)',
  text: [
    'Case number 552148806   Claimant BELL, MARCUS   Agency USPS, Chicago IL [60607]   DOI 11/03/2025',
    'Accepted conditions: G57.62 lesion of plantar nerve, left; S74.02XA injury of sciatic nerve, left hip',
    'Requested: {64712} neuroplasty, sciatic nerve, left x1; {64445} sciatic block x1 (pre-op); {01250}',
    'Provider ID 0408832166   Submitted 06/20/2026 10:42 ET   Receipt [64712]',
    'Attach: CA-20 / narrative, imaging. Upload batch [70394].',
    'Prior authorizations on file: 2605140772 ({64632} x3). Claims examiner: J. Ortiz, district office [58619].',
    'Status line: Pended to CE queue [63179]; expect a letter to the claimant at Chicago IL [60619].',
  ].join('\n'),
});

// ── 28. OWCP authorization status, table ──
const owcpAuthGrid = table({
  id: 's121-owcpauthst',
  kind: 's121-owcp-authorization-status-grid',
  caption: 'Authorization Status — Case 552148806',
  headers: ['Auth No.', 'Service', 'Code(s)', 'From', 'To', 'Decision'],
  rows: [
    ['2606201188', 'Surgery', '{64712}', '06/25/2026', '09/25/2026', 'Approved'],
    ['2606201189', 'Nerve block', '{64445}', '06/25/2026', '09/25/2026', 'Approved'],
    ['2605140772', 'Neurolysis', '{64632} x3', '05/12/2026', '08/12/2026', 'Approved (1 of 3 used)'],
    ['2606201190', 'Anesthesia', '{01250}', '06/25/2026', '09/25/2026', 'Pended — CE review'],
    ['2607080415', 'Follow-up neurolysis', '{64632}, {64640}', '07/08/2026', '10/08/2026', 'Requested — ref [71842]'],
    ['2607080416', 'Chemodenervation', '{64612}', '—', '—', 'Denied: condition not accepted (case 552190031)'],
  ],
});

// ── 29. OWCP remittance voucher, text layer ──
const owcpRv = lines({
  id: 's121-owcprv',
  kind: 's121-owcp-remittance-voucher-text',
  before: 'U.S. Department of Labor, OWCP — Medical Bill Remittance Voucher',
  text: [
    'Payee: CALUMET NERVE & PAIN SPECIALISTS, 2440 W 127TH ST STE 210, BLUE ISLAND IL [60406]-4420',
    'Provider ID 0408832166   Voucher date 06/05/2026   EFT trace 2615604418823   Program DFEC',
    'Case 552148806  TCN 26140510022713  05/12/2026  {64632}  395.00  241.16  EOB 030',
    'Case 552148806  TCN 26140510022714  05/12/2026  {99214}  210.00  118.33  EOB 030',
    'Case 552190031  TCN 26151009733210  05/28/2026  {64612}  312.00  0.00  EOB 101 (case not accepted)',
    'Voucher total 359.49   Bills on voucher 3   Correspondence barcode [64632]',
    'Questions: OWCP Medical Bill Processing, PO Box 8300, London, KY [40742]-8300',
  ].join('\n'),
});

// ── 30. OWCP provider profile, text layer (decoy only) ──
const owcpProfile = lines({
  id: 's121-owcpprof',
  kind: 's121-owcp-provider-enrollment-profile-text',
  before: 'Provider Profile — OWCP Medical Provider Enrollment (read only)',
  text: [
    'Provider ID 0408832166   Type 20 (Physician group)   Specialties: pain management, podiatry',
    'Service address: 2440 W 127th St Ste 210, Blue Island IL [60406]   County code [17031]',
    'Pay-to address: PO Box [40712], Chicago IL [60640]',
    'Enrollment confirmation [43022]   Last updated 01/08/2026   Help desk ticket [15314]',
    'Billing agent: none   Rendering providers linked: 4   Second location: 4400 W 95th St, Oak Lawn IL [60453]',
    'W-9 on file: TIN 36-4812237, remit ZIP [60406]; Medicare PTAN RRB1184207 (cross-reference only), lockbox [82507]',
    'Portal users: 3   Security role request [47392] approved   Password reset request [48856]',
  ].join('\n'),
});

// ── 31. OWCP bill history export, CSV text ──
const owcpCsv = lines({
  id: 's121-owcpcsv',
  kind: 's121-owcp-bill-history-csv-export-text',
  before: 'bill_history_552148806.csv',
  text: [
    'case_no,tcn,dos,cpt,mod,units,billed,paid,eob,batch',
    '552148806,26140510022713,2026-05-12,{64632},LT,1,395.00,241.16,030,[59086]',
    '552148806,26152377104420,2026-05-26,{64632},RT,1,395.00,0.00,309,[59086]',
    '552148806,26163011860051,2026-06-09,{64445},LT,1,540.00,318.40,030,[59131]',
    '552148806,26178820014410,2026-06-25,{64712},LT,1,2450.00,1204.77,030,[59131]',
    '552148806,26178820014411,2026-06-25,{64445},LT,1,540.00,318.40,030,[59131]',
    '552148806,26190044120087,2026-07-07,{99213},,1,160.00,84.21,030,[59177]',
    '552148806,26190044120088,2026-07-07,{64632},LT,1,395.00,241.16,030,[59177]',
    'TOTAL,,,,,,4875.00,2408.10,,',
  ].join('\n'),
});

// ── 32. OWCP-1500 text layer, box 24 ──
const owcp1500 = lines({
  id: 's121-owcp1500',
  kind: 's121-owcp-1500-form-text-layer',
  before: 'OWCP-1500 HEALTH INSURANCE CLAIM FORM — 1a. OWCP case no. 552148806',
  text: [
    '2. BELL, MARCUS   5. 1417 E 93RD ST, CHICAGO IL [60619]   11. Employing agency: USPS',
    '21. A G57.62  B S74.02XA   23. Prior authorization no. 2606201188',
    '24A 06 25 26  06 25 26  B 22   D {64712}  LT       E AB   F 2450 00   G 1   J 1588427716',
    '24A 06 25 26  06 25 26  B 22   D {64445}  LT       E B    F 540 00    G 1   J 1588427716',
    '25. 36-4812237   26. Patient acct BEL[31204]   28. Total charge 2990 00',
    '33. Calumet Nerve & Pain Specialists, 2440 W 127th St, Blue Island IL [60406]',
  ].join('\n'),
});

// ── 33. Agency payroll and TSP statement, text layer (decoy only) ──
const payroll = lines({
  id: 's121-les',
  kind: 's121-agency-earnings-leave-statement-tsp-text',
  before: 'Earnings and Leave Statement — Pay period 12, ending 06/13/2026',
  text: [
    'Employee: HARLAN, DENISE   Agency VA   Payroll office no. 4013   Duty station ZIP [60612]',
    'FEHB enrollment 105 deduction $214.07   TSP 5% $187.50   TSP loan no. [92006] payment $96.15',
    'Year-to-date gross [28425].60   YTD TSP [11421].88   Leave: annual 112 hrs, sick 86 hrs',
    'Health benefits: enrollment 105 since 2011; TSP account ending [67385]; retirement plan FERS',
    'Payroll batch [64712]   Remittance to TSP, PO Box 385021, Birmingham AL [35238]',
    'FEGLI Basic $18.42   Union dues local [44815]   Net pay $2,615.33   Routing to credit union, Chicago IL [60690]',
  ].join('\n'),
});

// ── 34. Practice A/R aging by federal payer, table ──
const arAging = table({
  id: 's121-araging',
  kind: 's121-practice-ar-aging-federal-payers-grid',
  caption: 'A/R aging > 30 days — payer class: Federal (RRB, FEP, OWCP) — run 07/31/2026',
  headers: ['Payer', 'Acct', 'DOS', 'CPT', 'Balance', 'Days', 'Next action'],
  rows: [
    ['RRB Medicare', 'NOW[30272]', '04/09/2026', '{64445}', '$780.00', '113', 'Redetermination won; await repay'],
    ['FEP Blue', 'HAR[24342]', '07/14/2026', '{64714}', '$2,100.00', '17', 'Reconsideration sent'],
    ['OWCP DFEC', 'BEL[31204]', '05/26/2026', '{64632}', '$395.00', '66', 'Auth 2605140772 on rebill'],
    ['OWCP DFEC', 'BEL[31204]', '06/09/2026', '{76942}', '$180.00', '52', 'Bundled? call Conduent'],
    ['RRB Medicare', 'KRU[18592]', '06/30/2026', 'J0585', '$180.00', '31', 'CO-16 M53: fix NDC units for {64612} drug'],
    ['RRB Medicare', 'NOW[30272]', '06/02/2026', '{64714}', '$2,100.00', '59', 'Appeal with {64712} op note'],
    ['FEP Blue', 'OKA[33508]', '06/16/2026', '{64445}', '$540.00', '45', 'Resubmit, ZIP [60633] on file wrong'],
    ['FEP Blue', 'OKA[33508]', '06/16/2026', '{64450}', '$260.00', '45', 'Same'],
    ['OWCP DFEC', 'TRA[35617]', '07/01/2026', '{64612}', '$312.00', '30', 'Case 552190031 not accepted'],
    ['Lakeshore Medigap', 'KRU[18592]', '06/30/2026', '{64632}', '$71.18', '31', 'Crossover COBA [55044] pending'],
    ['', 'Report id [38271]', '', '', '$9,524.10', '', 'Totals'],
  ],
});

// ── 35. Payer mailing addresses, table (decoy only) ──
const payerAddresses = table({
  id: 's121-payeraddr',
  kind: 's121-practice-federal-payer-address-book-grid',
  caption: 'Claims and appeals addresses — federal programs',
  headers: ['Program', 'Purpose', 'Mail to', 'City / State / ZIP'],
  rows: [
    ['Railroad Medicare', 'Part B claims', 'Palmetto GBA, PO Box [10066]', 'Augusta GA [30999]-0001'],
    ['Railroad Medicare', 'Redeterminations', 'Attn: Redeterminations, PO Box [10314]', 'Augusta GA [30999]'],
    ['FEP Blue (Illinois)', 'Claims', 'PO Box [14307]', 'Chicago IL [60680]'],
    ['OWCP DFEC', 'Bills and correspondence', 'PO Box 8300', 'London KY [40742]'],
    ['OPM FEIO', 'Disputed claims', '1900 E Street NW', 'Washington DC [20415]'],
    ['Railroad Retirement Board', 'Beneficiary records', '844 N Rush St', 'Chicago IL [60611]-1275'],
    ['Railroad Medicare', 'Provider enrollment', 'Palmetto GBA, PO Box [10083]', 'Augusta GA [30999]'],
    ['OWCP Chicago district', 'Claims examiner (case 552148806)', '230 S Dearborn St, Rm 800', 'Chicago IL [60604]'],
    ['Lakeshore Mutual', 'Medigap (crossover only)', 'PO Box [64445]', 'St. Paul MN [55164]'],
  ],
});

// ── 36. HL7 v2 DFT charge message, text ──
const hl7 = lines({
  id: 's121-hl7dft',
  kind: 's121-practice-hl7-dft-charge-message-text',
  before: 'Interface engine — outbound DFT^P03 to billing (message view)',
  text: [
    'MSH|^~\\&|ORCHART|CALUMET|PMBILL|CALUMET|20260625161207||DFT^P03|MSG[83082]|P|2.5.1',
    'PID|1||BEL[31204]^^^CALUMET||BELL^MARCUS||19790514|M|||1417 E 93RD ST^^CHICAGO^IL^[60619]',
    'FT1|1|||20260625||CG|{64712}^Neuroplasty sciatic nerve^CPT||1|||||||||G57.62|||LT',
    'FT1|2|||20260625||CG|{64445}^Inj sciatic nerve single^CPT||1|||||||||S74.02XA|||LT',
    'IN1|1|OWCP|DFEC|US DOL OWCP|PO BOX 8300^^LONDON^KY^[40742]||||||||||||||||||||||||||552148806',
    'FT1|3|||20260625||CG|{01250}^Anes upper leg nerve^CPT||1|||||||||G57.62||||',
    'PR1|1||{64712}^NEUROPLASTY SCIATIC^C4||20260625|||||||||',
    'ZBT|BATCH|[39906]|CHG',
  ].join('\n'),
});

// ── 37. FHIR Claim resource (FEP submission through clearinghouse), JSON text ──
const fhir = lines({
  id: 's121-fhirclaim',
  kind: 's121-fep-fhir-claim-json-text',
  before: 'Claim/26189F4470021 (JSON)',
  text: [
    '"insurance": [{ "sequence": 1, "focal": true, "coverage": { "display": "FEP Blue Standard 105" } }],',
    '"item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" }] },',
    '  "modifier": [{ "coding": [{ "code": "LT" }] }], "net": { "value": 2450.00, "currency": "USD" } },',
    '{ "sequence": 2, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}" }] },',
    '  "modifier": [{ "coding": [{ "code": "LT" }] }], "net": { "value": 2100.00, "currency": "USD" } }],',
    '"patient": { "display": "Harlan, Denise", "address": [{ "city": "Berwyn", "state": "IL", "postalCode": "[60402]" }] },',
    '"billablePeriod": { "start": "2026-07-14" }, "provider": { "identifier": { "value": "1588427716" } },',
    '"extension": [{ "url": "batch", "valueString": "[37028]" }]',
  ].join('\n'),
});

// ── 38. FEP XML prior-approval response, text ──
const fepXml = lines({
  id: 's121-fepxml',
  kind: 's121-fep-prior-approval-xml-response-text',
  before: 'PA response payload (278 translated to XML by the portal)',
  text: [
    '<PriorApproval id="PA-2026-[87039]" plan="FEP" option="105">',
    '  <Service line="1" code="{64712}" modifier="LT" units="1" decision="A1" certNo="[38015]"/>',
    '  <Service line="2" code="{64714}" modifier="LT" units="1" decision="A3" reason="NO_PLEXUS_LESION"/>',
    '  <Provider npi="1588427716" zip="[60406]"/>',
    '  <LocalPlan code="[62189]" ticket="[64612]"/>',
    '</PriorApproval>',
  ].join('\n'),
});

// ── 39. Coder secure messages, text ──
const messages = lines({
  id: 's121-msgs',
  kind: 's121-practice-coder-secure-messages-text',
  before: 'Billing team inbox — thread "federal payers, July"',
  text: [
    'Renata 9:02 — RRB denied Nowicki\u2019s sciatic block in April because {64445} went to Palmetto with no note. Ticket [66222].',
    'Mike 9:10 — Remember RRB patients go to Palmetto GBA (payer [00882]), not WPS, even though we are in Illinois.',
    'Renata 9:14 — Bell\u2019s neurolysis: OWCP paid {64632} once, denied the repeat with EOB 309; auth covers 3.',
    'Mike 9:21 — Harlan: OPM case FEIO-HI3-26-[64714] still open; FEP paid {64712} but not the plexus {64714}.',
    'Renata 9:25 — Kruger\u2019s facial chemodenervation {64612} (not {64615}) crossed over to Medigap fine; ZIP [46320].',
    'Mike 9:28 — Kruger\u2019s plantar neurolysis {64632}-LT paid by RRB; Medigap crossover ref [74115], check [76553] came 07/22.',
    'Mike 9:31 — FYI Palmetto RRB hold line is 1-888-355-9165; my call ref was [41553]. They want {64712}/{64714} split by side, RT and LT.',
    'Renata 9:40 — OK. Also the TSP letter in Harlan\u2019s chart (account ending [42268]) is not ours, shredding it.',
  ].join('\n'),
});

// ── 40. Superbill / charge ticket, table (odd headers) ──
const superbill = table({
  id: 's121-superbill',
  kind: 's121-practice-nerve-procedure-superbill-grid',
  caption: 'Calumet Nerve & Pain — Procedure Charge Ticket — Payer: ☐ Medicare ☒ RRB ☐ FEP ☐ OWCP',
  headers: ['✓', '#', 'Procedure', 'Fee'],
  rows: [
    ['☒', '{64445}', 'Sciatic block, single', '$540'],
    ['☐', '{64446}', 'Sciatic block, continuous', '$690'],
    ['☒', '{64612}', 'Chemodenervation facial n., unilat.', '$312'],
    ['☐', '{64632}', 'Neurolysis, plantar digital', '$395'],
    ['☐', '{64712}', 'Neuroplasty sciatic', '$2,450'],
    ['☐', '{64714}', 'Neuroplasty lumbar plexus', '$2,100'],
    ['☐', '{64640}', 'Neurolysis, other peripheral', '$420'],
    ['☐', '{64455}', 'Inj plantar common digital n(s)', '$185'],
    ['Ticket [54281]', '', 'Visit {99214} ☒', '$210'],
  ],
});

export const sealed121: Snippet[] = [
  ...rrbStatusEntry,
  ...rrbStatusGrid,
  ...rrbLineGrid,
  ...rrbEligEntry,
  ...rrbEligGrid,
  ...rrbMsp,
  ...spr,
  ...x835,
  ...msnSummary,
  ...msnDetail,
  ...redetRequest,
  ...redetDecision,
  ...crossoverGrid,
  ...medigapEob,
  ...fehbBenefit,
  ...fehbPrecert,
  ...fepPaList,
  ...fepPaForm,
  ...fepPaLetter,
  ...fepClaimGrid,
  ...fepEob,
  ...reconLetter,
  ...opmLetter,
  ...opmRecord,
  ...owcpStatus,
  ...owcpLines,
  ...owcpAuthReq,
  ...owcpAuthGrid,
  ...owcpRv,
  ...owcpProfile,
  ...owcpCsv,
  ...owcp1500,
  ...payroll,
  ...arAging,
  ...payerAddresses,
  ...hl7,
  ...fhir,
  ...fepXml,
  ...messages,
  ...superbill,
];
