import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 82 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s82-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * data-room document ids, GL accounts, claim and encounter numbers, ZIPs, contract, matter and charge-master numbers,
 * unit counts and dollar totals. The five known codes' digits come back as decoys: a data-room document id, a GL
 * account, an encounter number, a landlord vendor number, a lockbox PO box, a cap-table unit count, a purchase-order
 * number, a data-tape patient account and a Medicaid contract number.
 *
 * Family: practice acquisition, private-equity due diligence and valuation of a pain and peripheral-nerve practice
 * ("Project Sycamore": a sponsor-backed platform buying an Indianapolis interventional pain group): a virtual data
 * room index and its Q&A log, a CPT volume and payer-mix analysis by code and year, the CMS provider-and-service
 * utilisation extract, a quality-of-earnings adjusted EBITDA schedule and its notes, a fee-schedule benchmark against
 * Medicare by CPT, a coding compliance audit summary and narrative from the diligence report, a provider roster with
 * NPIs, locations, suites and ZIPs, a lease abstract and rent schedule, a revenue bridge and commentary, an asset
 * purchase agreement excerpt as prose and its disclosure schedule, a payer contract summary, a diligence request list,
 * a wRVU productivity table, an investment committee memo, the banker's CIM top-codes table, a charge-master
 * integration checklist with its CSV crosswalk, XML export, HL7 test message and X12 837P validation sample, a data
 * tape JSON record, and decoy-only pages (a cap table, an IT asset inventory, a funds-flow memo, a working capital
 * schedule).
 * Built on real public layouts: a Datasite / Intralinks data room index (numbered folders, document ids), the CMS
 * "Medicare Physician & Other Practitioners — by Provider and Service" public use file columns (Rndrng_NPI,
 * Rndrng_Prvdr_Zip5, HCPCS_Cd, Tot_Srvcs, Avg_Mdcr_Alowd_Amt), the CMS Physician Fee Schedule Look-Up Tool columns
 * (HCPCS, modifier, non-facility and facility price), an accounting firm's QoE adjusted EBITDA schedule (reported
 * EBITDA, management and diligence adjustments keyed to GL accounts), the ABA model asset purchase agreement sections
 * (purchased and excluded assets, escrow, billing representation, specific indemnity, notices), X12 837P 5010 and
 * HL7 v2.5.1 DFT^P03 (FT1-7 transaction code, FT1-25 procedure code). The others are written the way those pages read,
 * with no single source.
 *
 * 387 labelled tokens over 37 shapes: 168 codes, 219 decoys, 71 of the decoys in KNOWN_10K.
 */

// ── 1. Virtual data room index, table ──
const vdrIndex = table({
  id: 's82-vdr',
  kind: 's82-virtual-data-room-index-grid',
  caption: 'Project Sycamore — Data Room Index (Seller: Crossroads Pain & Nerve Institute, LLC)',
  headers: ['Index', 'Document', 'Doc ID', 'Pages', 'Added'],
  rows: [
    ['1.1', 'Certificate of formation and operating agreement', '[51033]', '48', '02/03/2025'],
    ['1.2', 'Organizational chart', '[40015]', '2', '02/03/2025'],
    ['2.3.1', 'Payer contract — Anthem commercial, rate exhibit', '[64445]', '61', '02/10/2025'],
    ['2.3.2', 'Payer contract — UnitedHealthcare', '[20188]', '44', '02/10/2025'],
    ['3.1', 'Claims data tape 2022–2024 (CSV, 412 MB)', '[89114]', '—', '02/12/2025'],
    ['3.4', 'CPT {64712} / {64714} operative note sample (de-identified)', '[33761]', '126', '02/18/2025'],
    ['4.2', 'External coding audit — Calder Compliance (2024)', '[55870]', '37', '02/20/2025'],
    ['5.1', 'Lease — [11725] N Illinois St, Suite 300, Carmel', '[19045]', '72', '02/21/2025'],
    ['6.7', 'IT asset register', '[72315]', '5', '02/24/2025'],
  ],
});

// ── 2. Data room Q&A log, text layer ──
const vdrQa = lines({
  id: 's82-vdrqa',
  kind: 's82-data-room-qa-log-text',
  before: 'Q&A module — Buyer questions and Seller responses — export',
  text: [
    'Q&A #118 (Buyer → Seller) — Re: document [89114], claims data tape',
    'Please reconcile 2024 units of {64445} in the tape (1,912) to the PM production report (2,040).',
    'Seller: 128 units of {64445} billed on the same claim as {64447} were dropped by the extract filter.',
    'Q&A #121 — Provide denial detail for {64632}; 22% of lines carry CARC 50 from payer id [08102].',
    'Q&A #124 — Is {64612} ever billed incident-to under the PA? Seller: no, physician only; see document [61759].',
    'Q&A #130 — Confirm the lockbox at PO Box [64632], Indianapolis, IN [46206] stays with Seller at closing.',
  ].join('\n'),
});

// ── 3. CPT volume by code and year, table ──
const volume = table({
  id: 's82-volume',
  kind: 's82-cpt-volume-by-year-grid',
  caption: 'Schedule 4 — Procedure volume by CPT, FY2022–FY2024 (units, all payers)',
  headers: ['CPT', 'Description', 'FY2022', 'FY2023', 'FY2024', 'CAGR'],
  rows: [
    ['{64445}', 'Sciatic nerve block, single injection', '1,604', '1,822', '1,912', '9.2%'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '188', '214', '262', '18.0%'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '61', '73', '90', '21.5%'],
    ['{64632}', 'Destruction, plantar common digital nerve', '402', '455', '431', '3.5%'],
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', '233', '251', '298', '13.1%'],
    ['{64483}', 'Transforaminal epidural, lumbar/sacral, single', '1,288', '1,370', '1,455', '6.3%'],
    ['{64493}', 'Facet joint injection, lumbar/sacral, single', '940', '1,012', '1,104', '8.4%'],
    ['{64635}', 'Facet RFA, lumbar/sacral, single', '512', '588', '640', '11.8%'],
    ['{64624}', 'Genicular nerve destruction', '118', '206', '331', '67.5%'],
    ['{99214}', 'Established patient visit, moderate', '5,880', '6,102', '6,410', '4.4%'],
    ['', 'Total, all codes', '[12416]', '[13877]', '[15203]', '10.7%'],
  ],
});

// ── 4. Payer mix by procedure, table ──
const payerMix = table({
  id: 's82-mix',
  kind: 's82-payer-mix-by-procedure-grid',
  caption: 'Schedule 5 — FY2024 payer mix by procedure (share of units) and net collections',
  headers: ['Proc', 'Medicare', 'Comm.', 'Medicaid', 'WC/PI', 'FY24 collections ($)'],
  rows: [
    ['{64445}', '44%', '38%', '11%', '7%', '233146'],
    ['{64712}', '41%', '46%', '6%', '7%', '159820'],
    ['{64714}', '39%', '47%', '8%', '6%', '[48921]'],
    ['{64632}', '52%', '35%', '9%', '4%', '[39482]'],
    ['{64612}', '61%', '30%', '7%', '2%', '[57928]'],
    ['{64624}', '58%', '34%', '6%', '2%', '158870'],
    ['{20553}', '47%', '40%', '10%', '3%', '[29732]'],
  ],
});

// ── 5. Volume commentary, text layer ──
const volumeNote = lines({
  id: 's82-volnote',
  kind: 's82-volume-analysis-commentary-text',
  before: 'Observations — procedure volume',
  text: [
    'Sciatic nerve blocks ({64445}) remain the highest-volume procedure and are done in clinic under ultrasound ({76942}).',
    'Open neuroplasty ({64712}, {64714}) grew fastest after Dr. Navarro joined in 2023; both are done at the ASC in Carmel, IN [46032].',
    "Plantar digital neurolysis flattened in 2024 after Anthem's policy limiting {64632} to seven sessions a year.",
    'Facial chemodenervation is coded {64612} with the toxin billed separately; 41 of the 298 FY24 units were bilateral.',
    'We excluded 1,204 lines for visit codes {99202}–{99215} from the procedure analysis.',
  ].join('\n'),
});

// ── 6. CMS provider-and-service utilisation extract, table ──
const cmsPuf = table({
  id: 's82-puf',
  kind: 's82-cms-provider-service-utilization-extract-grid',
  caption: 'Medicare Physician & Other Practitioners — by Provider and Service (2022 data year), target NPIs',
  headers: ['Rndrng_NPI', 'Rndrng_Prvdr_Zip5', 'HCPCS_Cd', 'Place_Of_Srvc', 'Tot_Srvcs', 'Avg_Mdcr_Alowd_Amt'],
  rows: [
    ['1346271890', '[46032]', '{64712}', 'F', '74', '598.31'],
    ['1346271890', '[46032]', '{64714}', 'F', '22', '527.40'],
    ['1952408817', '[46202]', '{64445}', 'O', '611', '143.72'],
    ['1528063940', '[46143]', '{64632}', 'O', '208', '134.55'],
    ['1275539068', '[46168]', '{64612}', 'O', '141', '178.09'],
    ['1780654321', '[46032]', '{64624}', 'F', '57', '298.16'],
  ],
});

// ── 7. Quality-of-earnings adjusted EBITDA schedule, table ──
const qoe = table({
  id: 's82-qoe',
  kind: 's82-qoe-adjusted-ebitda-schedule-grid',
  caption: 'Quality of Earnings — Exhibit 3 — Adjusted EBITDA ($ in thousands)',
  headers: ['Ref', 'GL acct', 'Description', 'FY2023', 'FY2024', 'TTM Jan-25'],
  rows: [
    ['A', '', 'Reported EBITDA', '5,912', '6,388', '6,507'],
    ['B-1', '[64712]', 'Owner compensation above market', '1,140', '1,205', '1,230'],
    ['B-2', '[70116]', 'Personal auto and travel', '88', '94', '97'],
    ['B-3', '[40672]', 'Out-of-period revenue — Anthem recoupment of {64632}', '(212)', '—', '—'],
    ['B-4', '[61320]', 'Non-recurring legal — OIG self-disclosure', '—', '365', '365'],
    ['B-5', '[52750]', 'Locum tenens, one-time coverage', '176', '—', '—'],
    ['C-1', '[40110]', 'Pro forma rate: {64712}/{64714} commercial uplift', '—', '142', '142'],
    ['C-2', '[60851]', 'Pro forma rent at market (Suite 300)', '(96)', '(96)', '(96)'],
  ],
});

// ── 8. QoE notes, text layer ──
const qoeNotes = lines({
  id: 's82-qoenotes',
  kind: 's82-qoe-adjustment-notes-text',
  before: 'Notes to Exhibit 3',
  text: [
    'B-3. In Q4 2023 Anthem recouped $212K of {64632} paid per nerve rather than per session; batch ref [36457] (data room [55870]).',
    'B-4. Legal fees for the 2024 self-disclosure of {64445} billed with modifier 59 without a separate site; matter [23315].',
    'C-1. The Anthem amendment effective 01/01/2025 pays neuroplasty ({64712}, {64714}) at 140% of Medicare.',
    'Revenue posts to GL [40110] (professional) and [40120] (ASC distributions); ASC K-1 income was not tested.',
  ].join('\n'),
});

// ── 9. Fee schedule benchmark against Medicare, table ──
const feeBench = table({
  id: 's82-feebench',
  kind: 's82-fee-benchmark-vs-medicare-grid',
  caption: 'Practice gross charges against the 2025 Medicare Physician Fee Schedule (Indiana, statewide locality)',
  headers: ['HCPCS', 'Mod', 'Practice charge', 'MPFS non-fac', 'MPFS fac', 'Charge % MCR'],
  rows: [
    ['{64712}', '', '$1,850', '$612.08', '$612.08', '302%'],
    ['{64714}', '', '$1,700', '$536.77', '$536.77', '317%'],
    ['{64445}', '', '$620', '$146.10', '$74.62', '424%'],
    ['{64632}', '', '$410', '$136.88', '$72.91', '300%'],
    ['{64612}', '', '$560', '$182.05', '$152.66', '308%'],
    ['{64612}', '50', '$1,120', '$364.10', '$305.32', '308%'],
    ['{64624}', '', '$2,400', '$812.37', '$305.69', '295%'],
    ['{64635}', '', '$2,100', '$671.40', '$301.55', '313%'],
    ['{77003}', '26', '$180', '$43.70', '$43.70', '412%'],
  ],
});

// ── 10. Fee benchmark footnotes, text layer ──
const feeNote = lines({
  id: 's82-feenote',
  kind: 's82-fee-benchmark-footnotes-text',
  before: 'Notes and sources',
  text: [
    'Source: CMS Physician Fee Schedule Look-Up Tool, 2025, MAC carrier [08102], locality 00.',
    "Charges from the practice's 2024 charge master (file [34798]); {64712} and {64714} carry 90-day globals.",
    '{64445} is a 0-day global and {64632} a 10-day global, so post-procedure visits are billable for blocks only.',
    'Two of seven commercial contracts pay under 110% of Medicare for {64612}; both renew in 2026.',
  ].join('\n'),
});

// ── 11. Coding compliance audit summary, table ──
const auditGrid = table({
  id: 's82-audit',
  kind: 's82-coding-compliance-audit-sample-grid',
  caption: 'Diligence report §6 — External coding review, procedure sample (Calder Compliance Group)',
  headers: ['Sample', 'Encounter', 'DOS', 'Billed code', 'Supported code', 'Finding'],
  rows: [
    ['1', '[57455]', '03/04/2024', '{64712}', '{64712}', 'Supported'],
    ['2', '[58031]', '03/11/2024', '{64714}', '{64712}', 'Only sciatic decompression documented'],
    ['3', '[58112]', '03/19/2024', '{64445}', '{64445}', 'Supported'],
    ['4', '[58240]', '04/02/2024', '{64632}', '{64632}', 'Units overbilled (3 → 1 per session)'],
    ['5', '[58697]', '04/09/2024', '{64612}', '{64612}', 'Modifier 50 not supported'],
    ['6', '[59398]', '04/22/2024', '{64445}', '{64450}', 'Branch block, not sciatic'],
    ['7', '[60192]', '05/06/2024', '{64624}', '{64624}', 'Supported'],
    ['8', '[64714]', '05/13/2024', '{64483}', '{64483}', 'Supported'],
  ],
});

// ── 12. Coding audit narrative in the diligence report, text layer ──
const auditText = lines({
  id: 's82-audittext',
  kind: 's82-diligence-report-coding-findings-text',
  before: '6.2 Coding and documentation — summary of findings',
  text: [
    'Calder reviewed 60 encounters from 2024 (30 procedures, 30 visits) drawn from the data tape; accuracy was 88%.',
    'Procedure errors concentrate in {64632} unit counts and in {64445} reported where the note documents a branch block.',
    'One neuroplasty coded {64714} documents only sciatic decompression and supports {64712}; both surgeons were retrained.',
    'Extrapolated Medicare exposure is $38,400, all of it {64632}, under a six-year lookback; we recommend a specific indemnity.',
    'Chemodenervation ({64612}) findings are limited to modifier 50 documentation. Calder engagement no. [26555].',
  ].join('\n'),
});

// ── 13. Provider roster, table ──
const roster = table({
  id: 's82-roster',
  kind: 's82-provider-roster-npi-locations-grid',
  caption: 'Provider roster as of 01/31/2025',
  headers: ['Provider', 'Cred.', 'NPI', 'Location', 'Suite', 'ZIP', 'FY24 top procedure'],
  rows: [
    ['Navarro, Elena', 'MD', '1346271890', 'North (Carmel)', '300', '[46032]', '{64712}'],
    ['Whitfield, James', 'DO', '1952408817', 'Downtown', '1150', '[46202]', '{64445}'],
    ['Ostrowski, Karen', 'MD', '1093876542', 'South (Greenwood)', 'B-2', '[46143]', '{64483}'],
    ['Patel, Anish', 'MD', '1780654321', 'North (Carmel)', '300', '[46032]', '{64624}'],
    ['Liang, Mei', 'MD', '1275539068', 'Plainfield', '104', '[46168]', '{64612}'],
    ['Gordon, Tessa', 'PA-C', '1467801235', 'Downtown', '1150', '[46202]', '{20553}'],
    ['Ferris, Adam', 'DPM', '1528063940', 'South (Greenwood)', 'B-2', '[46143]', '{64632}'],
  ],
});

// ── 14. Locations list, text layer (decoy only) ──
const locations = lines({
  id: 's82-locs',
  kind: 's82-practice-locations-list-text',
  before: 'Locations and facilities',
  text: [
    'Downtown: 1701 N Senate Blvd, Suite 1150, Indianapolis, IN [46202] — nine exam rooms, procedure room with C-arm',
    'North: [11725] N Illinois St, Suite 300, Carmel, IN [46032] — next to Crossroads Surgery Center (22% owned)',
    'South: 8402 S Emerson Ave, Bldg B, Suite 2, Greenwood, IN [46143]',
    'Plainfield: 2451 E Main St, Suite 104, Plainfield, IN [46168] — block clinic opened 09/2024',
    'Surgery center: [11711] N Meridian St, Carmel, IN [46032]; Medicare ASC CCN 15C0001 not transferred',
  ].join('\n'),
});

// ── 15. Lease abstract, text layer (decoy only) ──
const lease = lines({
  id: 's82-lease',
  kind: 's82-medical-office-lease-abstract-text',
  before: 'Lease Abstract — North office',
  text: [
    'Premises: [11725] N Illinois St, Suite 300, Carmel, IN [46032]; 6,840 RSF',
    'Landlord: Illinois Street Medical Partners LLC, 600 E 96th St, Suite 100, Indianapolis, IN [46240]',
    'Term: ten years from 07/01/2019 to 06/30/2029; two five-year renewal options',
    'Base rent: $[21450].00 per month with a 2.5% annual escalator; CAM estimate $6.10/RSF',
    'Landlord vendor no. in AP: [64612]; lease ref [30238]',
    'Assignment: landlord consent needed on change of control (§18.2); estoppel requested, data room [19045]',
  ].join('\n'),
});

// ── 16. Rent schedule, table (decoy only) ──
const rent = table({
  id: 's82-rent',
  kind: 's82-lease-rent-schedule-grid',
  caption: 'Rent schedule — North office, Suite 300',
  headers: ['Lease year', 'Period', 'Monthly base rent', 'Annual base rent'],
  rows: [
    ['6', '07/2024–06/2025', '[21450].00', '257,400.00'],
    ['7', '07/2025–06/2026', '[21986].25', '263,835.00'],
    ['8', '07/2026–06/2027', '[22535].91', '270,430.92'],
    ['9', '07/2027–06/2028', '[23099].31', '277,191.72'],
    ['10', '07/2028–06/2029', '[23676].79', '284,121.48'],
  ],
});

// ── 17. Revenue bridge, table ──
const bridge = table({
  id: 's82-bridge',
  kind: 's82-revenue-bridge-grid',
  caption: 'Net patient revenue bridge FY2023 to FY2024 ($000)',
  headers: ['Driver', 'Item', '$000', 'Comment'],
  rows: [
    ['Start', 'FY2023 net patient revenue', '[19588]', ''],
    ['Volume', 'Neuroplasty ({64712}, {64714})', '+142', 'Dr. Navarro full year'],
    ['Volume', 'Genicular RFA ({64624})', '+96', 'New service line'],
    ['Volume', 'Sciatic block {64445}', '+27', ''],
    ['Rate', 'Anthem amendment, CPT {64712}', '+38', 'Effective 07/01/2024'],
    ['Rate', 'Medicare conversion factor', '(188)', 'CF −3.4%'],
    ['Mix', 'Medicaid shift in {64632}', '(41)', ''],
    ['Other', 'Anthem recoupment', '(212)', 'QoE adj. B-3'],
    ['End', 'FY2024 net patient revenue', '[19450]', ''],
  ],
});

// ── 18. Revenue bridge commentary, text layer ──
const bridgeNote = lines({
  id: 's82-bridgenote',
  kind: 's82-revenue-bridge-commentary-text',
  before: 'Commentary on the bridge and budget',
  text: [
    "Management's FY2025 budget of [21695] ($000) assumes 300 cases of {64712} and 400 more units of {64445} at Plainfield.",
    'We haircut it to 20,910 because growth in {64612} depends on one provider.',
    'Bridge totals tie to trial balance account [40110] within $3K.',
  ].join('\n'),
});

// ── 19. Asset purchase agreement excerpt, prose ──
const apa = lines({
  id: 's82-apa',
  kind: 's82-asset-purchase-agreement-excerpt-text',
  before: 'ASSET PURCHASE AGREEMENT — dated as of March 28, 2025',
  text: [
    '2.2 Excluded Assets. Seller keeps all accounts receivable for services before the Closing, including claims for',
    'CPT {64712}, {64714} and {64632} under review in Anthem audit no. [42424].',
    '2.7 Escrow. At Closing Buyer shall deposit $1,500,000 with Old Harbor Trust, escrow account [13234]-02.',
    '3.14 Billing. Except as set forth on Schedule 3.14, Seller has not billed any Governmental Payor for {64445}',
    'together with {64450} at the same session without a distinct anatomic site.',
    '9.4 Specific Indemnity. Sellers shall indemnify Buyer for Losses arising from OIG self-disclosure [54829] and any',
    'extrapolated repayment for {64632} for dates of service before the Closing.',
    '11.3 Notices. If to Buyer: Keystone Interventional Partners, 222 W Adams St, Suite 2150, Chicago, IL [60606];',
    'if to Seller: 1701 N Senate Blvd, Suite 1150, Indianapolis, IN [46202], attention Elena Navarro, MD.',
  ].join('\n'),
});

// ── 20. APA disclosure schedule 3.14, table ──
const schedule314 = table({
  id: 's82-sched314',
  kind: 's82-apa-disclosure-schedule-payor-audits-grid',
  caption: 'Schedule 3.14 — Payor audits, reviews and repayments',
  headers: ['Item', 'Payor', 'Matter ref', 'Codes', 'Period', 'Status'],
  rows: [
    ['1', 'Anthem BCBS Indiana', '[42424]', '{64632}', '2022–2023', 'Recouped $212K; closed'],
    ['2', 'WPS (Medicare J8)', 'TPE [86598]', '{64445}', '2024', 'Round 1 passed 9 of 10'],
    ['3', 'HHS-OIG', '[54829]', '{64445} {64450}', '2018–2024', 'Self-disclosure submitted; open'],
    ['4', 'CareSource Indiana', '[29559]', '{64612}', '2023', 'Prepayment review lifted'],
    ['5', 'UnitedHealthcare', '[38814]', '{64712} {64714}', '2024', 'Records request, no finding'],
  ],
});

// ── 21. Payer contract summary, table ──
const contracts = table({
  id: 's82-contracts',
  kind: 's82-payer-contract-summary-grid',
  caption: 'Payer contract summary (commercial, Medicare Advantage, Medicaid, workers compensation)',
  headers: ['Payer', 'Contract no.', 'Term', 'Basis', 'Carve-outs / notes'],
  rows: [
    ['Anthem BCBS IN', '[25787]', 'Evergreen, 90-day notice', '135% MCR', '{64712} {64714} at 140% from 1/1/2025'],
    ['UnitedHealthcare', '[96094]', 'To 12/31/2026', '118% MCR', 'No carve-outs'],
    ['Cigna', '[17940]', 'Evergreen', '62% of billed', '{64612} needs prior auth'],
    ['Humana MA', '[41974]', 'To 06/30/2026', '100% MCR', '{64632} limited to 7 per year'],
    ['CareSource (Medicaid)', '[64714]', 'To 12/31/2025', 'IHCP fee schedule', '—'],
    ['Coventry WC network', '[83556]', 'Evergreen', 'IN WC fee schedule', '{64445} and {64450} paid per nerve'],
  ],
});

// ── 22. Diligence request list, table ──
const requests = table({
  id: 's82-requests',
  kind: 's82-diligence-request-list-grid',
  caption: 'Due diligence request list — status as of 02/28/2025',
  headers: ['Ref', 'Request', 'Priority', 'Data room doc', 'Status'],
  rows: [
    ['FIN-07', 'Trial balances FY22–TTM with detail of account [40110]', 'High', '[92835]', 'Received'],
    ['RCM-03', 'Claim-level detail for {64712} and {64714}, with op notes', 'High', '[33761]', 'Received'],
    ['RCM-05', 'Denial log by CARC for {64632}', 'Med', '[49963]', 'Partial'],
    ['RCM-09', 'Payer fee schedules for top codes (e.g. {64445}, {64483}, {64493})', 'High', '[16385]', 'Received'],
    ['CMP-02', 'Coding policy for {64612} and toxin wastage (JW/JZ)', 'Med', '—', 'Open'],
    ['LEG-11', 'Landlord estoppel, Carmel Suite 300', 'Low', '[19045]', 'Requested'],
    ['HR-04', 'Provider employment agreements and non-competes', 'High', '[36602]', 'Received'],
  ],
});

// ── 23. wRVU productivity by provider, table ──
const wrvu = table({
  id: 's82-wrvu',
  kind: 's82-wrvu-productivity-by-provider-grid',
  caption: 'Provider productivity — FY2024 work RVUs, selected procedures',
  headers: ['Provider', 'Svc', 'Units', 'wRVU/unit', 'Total wRVU'],
  rows: [
    ['Navarro', '{64712}', '188', '8.19', '1,540'],
    ['Navarro', '{64714}', '90', '7.53', '678'],
    ['Whitfield', '{64445}', '1,120', '1.00', '1,120'],
    ['Ferris', '{64632}', '431', '1.23', '530'],
    ['Liang', '{64612}', '298', '1.53', '456'],
    ['Patel', '{64624}', '331', '2.50', '828'],
    ['All providers', 'All services', '—', '—', '[71402]'],
  ],
});

// ── 24. Investment committee memo, text layer ──
const icMemo = lines({
  id: 's82-icmemo',
  kind: 's82-investment-committee-memo-text',
  before: 'INVESTMENT COMMITTEE MEMORANDUM — Project Sycamore — Confidential',
  text: [
    'Crossroads is a seven-provider interventional pain and peripheral-nerve practice with FY24 revenue of $19.5M.',
    'Five procedures — sciatic block ({64445}), sciatic neuroplasty ({64712}), lumbar plexus neuroplasty ({64714}),',
    'plantar digital neurolysis ({64632}) and facial chemodenervation ({64612}) — bring 31% of professional collections.',
    'Key risk: the {64632} recoupment and the open self-disclosure, covered by a $1.5M escrow and a specific indemnity.',
    'Entry at 9.5x TTM adjusted EBITDA with 22% rollover; CRM deal id [47339].',
    'Add-on pipeline: three groups within 60 miles, including a podiatry group billing {64632} and {28080}.',
  ].join('\n'),
});

// ── 25. Banker CIM top codes, table ──
const cimTop = table({
  id: 's82-cimtop',
  kind: 's82-cim-top-codes-by-collections-grid',
  caption: 'Confidential Information Memorandum — Top procedures by FY2024 collections',
  headers: ['#', 'Code', 'Description', '% of collections', 'Site'],
  rows: [
    ['1', '{64483}', 'Transforaminal epidural, L/S', '11.8%', 'ASC / office'],
    ['2', '{64635}', 'Lumbar facet RFA', '9.6%', 'ASC'],
    ['3', '{64445}', 'Sciatic nerve block', '7.4%', 'Office'],
    ['4', '{64712}', 'Sciatic neuroplasty', '6.2%', 'ASC'],
    ['5', '{64624}', 'Genicular nerve RFA', '6.1%', 'ASC'],
    ['6', '{64493}', 'Lumbar facet injection', '5.5%', 'Office'],
    ['7', '{64612}', 'Facial chemodenervation', '2.2%', 'Office'],
    ['8', '{64714}', 'Lumbar plexus neuroplasty', '1.9%', 'ASC'],
  ],
});

// ── 26. Charge master integration checklist, table ──
const cdmChecklist = table({
  id: 's82-cdmcheck',
  kind: 's82-charge-master-integration-checklist-grid',
  caption: 'Day-1 to Day-90 integration checklist — charge master (legacy PM to platform EHR)',
  headers: ['#', 'Task', 'Legacy chg', 'Platform chg', 'Item', 'Owner', 'Status'],
  rows: [
    ['1', 'Map legacy charge', '[30415]', '[77607]', '{64712}', 'RCM', 'Done'],
    ['2', 'Map legacy charge', '[30416]', '[77606]', '{64714}', 'RCM', 'Done'],
    ['3', 'Map legacy charge', '[30422]', '[77612]', '{64445}', 'RCM', 'Done'],
    ['4', 'Split per-session charge', '[30430]', '[77640]', '{64632}', 'Coding', 'In progress'],
    ['5', 'Add bilateral charge (mod 50)', '[30441]', '[77651]', '{64612}', 'Coding', 'Open'],
    ['6', 'Retire duplicate charge', '[30509]', '—', '{64450}', 'RCM', 'Done'],
    ['7', 'Load platform fee schedule to test', '—', '—', 'All', 'Finance', 'Open'],
  ],
});

// ── 27. Charge master crosswalk CSV, text layer ──
const cdmCsv = lines({
  id: 's82-cdmcsv',
  kind: 's82-charge-master-crosswalk-csv-text',
  before: 'cdm_crosswalk_v3.csv',
  text: [
    'legacy_chg,cpt,mod,description,price,platform_chg',
    '[30415],{64712},,NEUROPLASTY SCIATIC NERVE,1850.00,[77607]',
    '[30416],{64714},,NEUROPLASTY LUMBAR PLEXUS,1700.00,[77606]',
    '[30422],{64445},,INJ SCIATIC NERVE SINGLE,620.00,[77612]',
    '[30430],{64632},,DESTR PLANTAR DIGITAL NERVE,410.00,[77640]',
    '[30441],{64612},50,CHEMODENERV FACIAL NERVE BIL,1120.00,[77651]',
    '[30455],{76942},26,US GUIDE NEEDLE PLACEMENT,240.00,[77690]',
  ].join('\n'),
});

// ── 28. Platform charge master XML export, text layer ──
const cdmXml = lines({
  id: 's82-cdmxml',
  kind: 's82-platform-charge-master-xml-text',
  before: 'platform_cdm_IN001.xml',
  text: [
    '<cdm facility="KIP-IN-001" effective="2025-07-01">',
    '  <item chg="[77607]" rev="0510"><cpt>{64712}</cpt><price>1925.00</price></item>',
    '  <item chg="[77606]" rev="0510"><cpt>{64714}</cpt><price>1780.00</price></item>',
    '  <item chg="[77640]" rev="0510"><cpt>{64632}</cpt><price>430.00</price></item>',
    '  <item chg="[77651]" rev="0510"><cpt>{64612}</cpt><mod>50</mod><price>1160.00</price></item>',
    '  <item chg="[77700]" rev="0510"><cpt>{95910}</cpt><price>690.00</price></item>',
    '</cdm>',
  ].join('\n'),
});

// ── 29. HL7 DFT^P03 interface test message, text layer ──
const hl7 = lines({
  id: 's82-hl7',
  kind: 's82-hl7-dft-charge-interface-test-text',
  before: 'Interface test — legacy PM to platform EHR — DFT^P03',
  text: [
    'MSH|^~\\&|LEGACYPM|CPNI|KIPEHR|KIP|20250512093000||DFT^P03|MSG[48825]|T|2.5.1',
    'PID|1||[57197]^^^CPNI^MR||TESTPATIENT^ALPHA||19600101|F',
    'PV1|1|O|NORTH^PROC1^^CPNI||||1346271890^NAVARRO^ELENA',
    'FT1|1|||20250512|20250512|CG|[77607]^NEUROPLASTY SCIATIC|||1|||||||||||||||{64712}^NEUROPLASTY SCIATIC NERVE^C4',
    'FT1|2|||20250512|20250512|CG|[77612]^INJ SCIATIC NERVE|||1|||||||||||||||{64445}^INJ SCIATIC NERVE SINGLE^C4',
  ].join('\n'),
});

// ── 30. X12 837P validation sample from the data tape, text layer ──
const x12 = lines({
  id: 's82-x12',
  kind: 's82-x12-837p-tape-validation-sample-text',
  before: 'Data tape validation — sample claim re-created as 837P',
  text: [
    'ISA*00*          *00*          *ZZ*CPNI01         *ZZ*WPSJ8          *250512*0930*^*[00501]*000000412*0*T*:~',
    'NM1*85*2*CROSSROADS PAIN AND NERVE INSTITUTE*****XX*1790822413~',
    'N4*INDIANAPOLIS*IN*[46202]~',
    'CLM*[62788]A*2470***24:B:1*Y*A*Y*Y~',
    'HI*ABK:G5701~',
    'LX*1~',
    'SV1*HC:{64712}:RT*1850*UN*1***1~',
    'LX*2~',
    'SV1*HC:{64445}:RT*620*UN*1***1~',
  ].join('\n'),
});

// ── 31. Data tape record as JSON, text layer ──
const tapeJson = lines({
  id: 's82-tapejson',
  kind: 's82-claims-data-tape-json-record-text',
  before: 'data_tape_sample.json — record 1 of 3',
  text: [
    '{',
    '  "claim_id": "[34052]-01",',
    '  "dos": "2024-06-03",',
    '  "rendering_npi": "1346271890",',
    '  "lines": [',
    '    { "cpt": "{64714}", "mod": [], "units": 1, "charge": 1700.00, "allowed": 536.77 },',
    '    { "cpt": "{64445}", "mod": ["RT"], "units": 1, "charge": 620.00, "allowed": 74.62 }',
    '  ],',
    '  "payer": { "name": "WPS J8 Part B", "payer_id": "[08102]" },',
    '  "patient_zip": "[46217]",',
    '  "account": "[64712]"',
    '}',
  ].join('\n'),
});

// ── 32. Cap table, table (decoy only) ──
const capTable = table({
  id: 's82-cap',
  kind: 's82-pro-forma-cap-table-grid',
  caption: 'Keystone Interventional Holdings, LLC — pro forma capitalization at Closing',
  headers: ['Holder', 'Class', 'Units', 'Cert.', 'Invested ($000)', 'FD %'],
  rows: [
    ['Halvorsen Capital Partners Fund IV, L.P.', 'A Preferred', '[64445]', 'A-1', '[37531]', '58.0%'],
    ['Halvorsen Co-Invest IV-B, L.P.', 'A Preferred', '[11896]', 'A-2', '6,900', '10.7%'],
    ['E. Navarro, MD (rollover)', 'B Common', '[14260]', 'B-1', '8,310', '12.8%'],
    ['J. Whitfield, DO (rollover)', 'B Common', '[10524]', 'B-2', '6,130', '9.5%'],
    ['Management incentive pool', 'C Profits', '9,965', '—', '—', '9.0%'],
    ['Total', '', '111,087', '', '[58871]', '100.0%'],
  ],
});

// ── 33. IT asset inventory, table (decoy only) ──
const itAssets = table({
  id: 's82-itassets',
  kind: 's82-it-asset-inventory-grid',
  caption: 'IT asset register — all sites (data room 6.7)',
  headers: ['Asset tag', 'Device', 'Serial', 'Site ZIP', 'PO', 'Warranty end'],
  rows: [
    ['CPNI-0412', 'Dell OptiPlex 7010 (front desk)', 'JX4K2Q3', '[46202]', 'PO [64712]', '08/2027'],
    ['CPNI-0413', 'Dell OptiPlex 7010 (check-out)', 'JX4K2Q7', '[46202]', 'PO [64712]', '08/2027'],
    ['CPNI-0450', 'GE LOGIQ e ultrasound', 'LQ2291873', '[46032]', 'PO [51497]', '03/2026'],
    ['CPNI-0451', 'Siemens Cios Select C-arm', 'CS-220418', '[46032]', 'PO [51497]', '03/2027'],
    ['CPNI-0470', 'Cisco Meraki MX68', 'Q2KY-8JQ4-7VWR', '[46143]', 'PO [43340]', '11/2026'],
    ['CPNI-0502', 'HP LaserJet M507', 'PHBG2C1', '[46168]', 'PO [86606]', '06/2025'],
    ['CPNI-0511', 'Fortinet FortiGate 60F', 'FGT60F-TK2091', '[46032]', 'PO [74925]', '12/2026'],
  ],
});

// ── 34. Funds-flow memo, text layer (decoy only) ──
const fundsFlow = lines({
  id: 's82-funds',
  kind: 's82-closing-funds-flow-memo-text',
  before: 'Funds flow memorandum — Closing date 03/28/2025',
  text: [
    'Purchase price $74,000,000; less escrow of $1,500,000 to Old Harbor Trust, account [13234]-02',
    'Wire to Seller: Fifth Third Bank, ABA 042000314, account ending 6612, reference SYC-[94289]',
    'Payoff of Huntington line of credit no. [89132]: $812,406.11',
    'Transaction expenses: Calder Compliance invoice [26555]-A; Brightline QoE invoice [78785]',
    'Post-closing collections remit to PO Box [64632], Indianapolis, IN [46206]',
  ].join('\n'),
});

// ── 35. Net working capital schedule, table (decoy only) ──
const nwc = table({
  id: 's82-nwc',
  kind: 's82-net-working-capital-peg-grid',
  caption: 'Net working capital — trailing twelve-month average and peg ($)',
  headers: ['GL acct', 'Account', 'TTM average', 'At 01/31/2025'],
  rows: [
    ['[12000]', 'Patient accounts receivable, net', '2,811,400', '2,904,115'],
    ['[12400]', 'Other receivables', '[88527]', '[91240]'],
    ['[13100]', 'Prepaid expenses', '[65135]', '[72303]'],
    ['[20100]', 'Accounts payable', '(412,880)', '(398,704)'],
    ['[21500]', 'Accrued payroll', '(602,115)', '(587,920)'],
    ['[21800]', 'Patient credit balances', '([43682])', '(51,006)'],
  ],
});

// ── 36. Accounts receivable aging by payer, table (decoy only) ──
const arAging = table({
  id: 's82-araging',
  kind: 's82-ar-aging-by-payer-grid',
  caption: 'A/R aging by payer at 01/31/2025 (PM system export, $)',
  headers: ['Payer', 'EDI payer ID', '0–30', '31–60', '61–90', '90+'],
  rows: [
    ['Medicare (WPS J8)', '[08102]', '412880.14', '[96310].52', '[21448].09', '[18230].77'],
    ['Anthem BCBS IN', '[00630]', '388104.20', '[84251].33', '[30772].18', '[52906].40'],
    ['UnitedHealthcare', '[87726]', '201775.61', '[47093].02', '[12284].65', '[26118].30'],
    ['Cigna', '[62308]', '[74410].87', '[15092].44', '6120.10', '[11874].92'],
    ['Aetna', '[60054]', '[68224].19', '[14450].00', '4310.55', '8802.71'],
    ['Humana MA', '[61101]', '[92648].35', '[20376].48', '7714.20', '[10233].86'],
  ],
});

// ── 37. Employee census, table (decoy only) ──
const census = table({
  id: 's82-census',
  kind: 's82-employee-census-grid',
  caption: 'Employee census for benefits underwriting (non-provider staff, sample)',
  headers: ['Emp ID', 'Role', 'Site', 'Home ZIP', 'Hire date', 'FTE'],
  rows: [
    ['[10027]', 'Practice administrator', 'Downtown', '[46220]', '03/14/2016', '1.0'],
    ['[10118]', 'Billing lead', 'Downtown', '[46227]', '08/01/2018', '1.0'],
    ['[10203]', 'Radiology technologist', 'North', '[46038]', '05/20/2019', '1.0'],
    ['[10244]', 'Medical assistant', 'South', '[46142]', '11/02/2020', '0.8'],
    ['[10310]', 'Scheduler', 'Plainfield', '[46123]', '09/09/2024', '1.0'],
    ['[10316]', 'Prior authorization specialist', 'Downtown', '[46256]', '10/07/2024', '1.0'],
  ],
});

export const sealed82: Snippet[] = [
  ...vdrIndex,
  ...vdrQa,
  ...volume,
  ...payerMix,
  ...volumeNote,
  ...cmsPuf,
  ...qoe,
  ...qoeNotes,
  ...feeBench,
  ...feeNote,
  ...auditGrid,
  ...auditText,
  ...roster,
  ...locations,
  ...lease,
  ...rent,
  ...bridge,
  ...bridgeNote,
  ...apa,
  ...schedule314,
  ...contracts,
  ...requests,
  ...wrvu,
  ...icMemo,
  ...cimTop,
  ...cdmChecklist,
  ...cdmCsv,
  ...cdmXml,
  ...hl7,
  ...x12,
  ...tapeJson,
  ...capTable,
  ...itAssets,
  ...fundsFlow,
  ...nwc,
  ...arAging,
  ...census,
];
