import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 94 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s94-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, county FIPS codes, participant, vendor, task, ticket and case numbers, record counts and dollar amounts. The
 * five known codes' digits come back as decoys: beneficiary and clinic ZIPs (the ACO serves north and west Missouri,
 * where 644xx–647xx are ZIPs), a CCLF5 record count, a care-coordinator task number, the ACO's PO box, a data-issue
 * ticket number and a shared-savings vendor number.
 *
 * Family: ACO operations and CMS Claim and Claim Line Feed (CCLF) analytics for a Medicare Shared Savings Program ACO
 * around Kansas City: a CCLF5 Part B physician claim line excerpt (fixed fields shown as a grid and as a delimited
 * extract), the monthly CCLF load log, a quarterly beneficiary assignment list and its change summary, a Part B
 * spend-by-service report (grid, analyst notes, CSV export), a high-cost specialist leakage report with a committee
 * memo, a leakage API response (JSON), a specialist scorecard, a care coordinator's worklist and call note, an HIE
 * ADT alert (HL7 v2 with PR1 procedures), a participant's 837P claim copy, a board dashboard (tiles, KPI trend, cost
 * drivers), a CCLF data-use attestation and DUA signer roster, a SQL query against the CCLF tables and its result
 * grid, a quality-gap report, a QRDA I excerpt, a patient gap letter, a pre-visit checklist, a 360X referral, a PFS
 * locality reference, a preferred-specialist steering list, a data-issue log, a CCLF-to-CMS reconciliation note,
 * committee minutes, a coordinator's secure message to a PCP, and decoy-only pages (the participant TIN list, the
 * shared-savings distribution table and its settlement note, the data-sharing preference log).
 * Built on real public layouts: the CCLF file data elements (CCLF5 CUR_CLM_UNIQ_ID, CLM_LINE_NUM, BENE_MBI_ID,
 * CLM_LINE_HCPCS_CD, HCPCS_1_MDFR_CD, RNDRG_PRVDR_NPI_NUM, CLM_PRVDR_SPCLTY_CD, CLM_POS_CD, CLM_LINE_ALOWD_CHRG_AMT;
 * CCLF8 BENE_ZIP_CD) and the CCLF file naming (P.Axxxx.ACO.ZCnYyy.Dyymmdd.Thhmmsst), the quarterly assignment list
 * report, the ACO-MS participant list, the Medicare PFS look-up (locality, global days) with NCCI MUEs, HL7 v2.5.1 ADT
 * with PR1 (coding system C4), X12 837P 2010AA/2300/2400 segments, QRDA Category I entries (CPT OID
 * 2.16.840.1.113883.6.12), and the 360X closed-loop referral (FHIR ServiceRequest). The others are written the way
 * those pages read, with no single source.
 *
 * 342 labelled tokens over 38 shapes: 139 codes, 203 decoys, 70 of the decoys in KNOWN_10K.
 */

// ── 1. CCLF5 Part B physician claim lines, fixed fields shown as a grid ──
const cclf5Grid = table({
  id: 's94-cclf5',
  kind: 's94-cclf5-partb-line-fixed-field-grid',
  caption:
    'CCLF5 (Part B physician) — claim line excerpt, file ZC5Y25, run-out month 06 — BENE_ZIP_CD joined from CCLF8',
  headers: [
    'CUR_CLM_UNIQ_ID',
    'CLM_LINE_NUM',
    'BENE_MBI_ID',
    'CLM_LINE_FROM_DT',
    'CLM_LINE_HCPCS_CD',
    'HCPCS_1_MDFR_CD',
    'RNDRG_PRVDR_NPI_NUM',
    'CLM_PRVDR_SPCLTY_CD',
    'CLM_POS_CD',
    'CLM_LINE_ALOWD_CHRG_AMT',
    'BENE_ZIP_CD',
  ],
  rows: [
    ['1004518836217', '1', '2QR7TD4HJ61', '2025-03-04', '{64712}', 'RT', '1730588214', '20', '22', '612.38', '[64701]'],
    ['1004518836217', '2', '2QR7TD4HJ61', '2025-03-04', '{64445}', 'RT', '1730588214', '20', '22', '88.14', '[64701]'],
    ['1004520917450', '1', '5HN2WE8KC04', '2025-03-11', '{99214}', '25', '1285716603', '08', '11', '128.77', '[64712]'],
    ['1004520917450', '2', '5HN2WE8KC04', '2025-03-11', '{20610}', 'RT', '1285716603', '08', '11', '61.02', '[64712]'],
    ['1004522408819', '1', '7JD9PA3XR22', '2025-03-19', '{64632}', 'LT', '1396204471', '48', '11', '101.64', '[66104]'],
    ['1004522408819', '2', '7JD9PA3XR22', '2025-03-19', '{64632}', 'XS', '1396204471', '48', '11', '50.82', '[66104]'],
    ['1004523360058', '1', '3TF6UM1EN87', '2025-03-26', '{64612}', '50', '1588329146', '13', '11', '214.50', '[64157]'],
    ['1004523360058', '2', '3TF6UM1EN87', '2025-03-26', 'J0585', '', '1588329146', '13', '11', '612.00', '[64157]'],
    ['1004524870332', '1', '8KM3VX5DW19', '2025-03-28', '{64714}', '', '1730588214', '20', '24', '548.90', '[64011]'],
  ],
});

// ── 2. CCLF5 records as our loader prints them (pipe-delimited), text layer ──
const cclf5Delimited = lines({
  id: 's94-cclf5raw',
  kind: 's94-cclf5-delimited-extract-text',
  before: 'CCLF5 delimited extract (the loader adds | separators) — first records and trailer of ZC5Y25',
  text: [
    'CUR_CLM_UNIQ_ID|LINE|MBI|TYPE|FROM|THRU|SPCLTY|POS|HCPCS|MDFR1|NPI|ALOWD|UNITS',
    '1004527114406|1|6WP2HG7NA38|71|2025-04-02|2025-04-02|20|22|{64712}|RT|1730588214|0000000612.38|1',
    '1004527114406|2|6WP2HG7NA38|71|2025-04-02|2025-04-02|20|22|{64445}||1730588214|0000000088.14|1',
    '1004527389921|1|9CE4RT2KM50|71|2025-04-07|2025-04-07|48|11|{28080}|LT|1396204471|0000000389.02|1',
    '1004527389921|2|9CE4RT2KM50|71|2025-04-07|2025-04-07|48|11|{64455}|LT|1396204471|0000000047.71|1',
    'TRAILER|ZC5Y25|RECORD_COUNT|[48213]',
  ].join('\n'),
});

// ── 3. Monthly CCLF load log, text layer (decoy only) ──
const loadLog = lines({
  id: 's94-loadlog',
  kind: 's94-cclf-monthly-load-log-text',
  before: 'ETL run log — monthly CCLF package P.A4187.ACO.ZCY25.D250614 — unzipped and loaded',
  text: [
    'CCLF1 Part A claims header ........ records [31207]   rejects 0',
    'CCLF2 Part A revenue center ....... records 212,480   rejects 0',
    'CCLF5 Part B physician ............ records [64612]   rejects 14 (blank HCPCS)',
    'CCLF6 Part B DME .................. records [10449]   rejects 0',
    'CCLF8 beneficiary demographics .... records [18472]   (one per assigned beneficiary)',
    'CCLF9 MBI crosswalk ............... records 611',
    'Run by svc_cclf_etl on etl02, job id [40715], finished 06/14 04:31 CT',
  ].join('\n'),
});

// ── 4. Quarterly beneficiary assignment list, table (decoy only) ──
const assignList = table({
  id: 's94-qalr',
  kind: 's94-beneficiary-assignment-list-grid',
  caption: 'Quarterly assignment list report, Q2 PY2025 — assigned beneficiaries — page 3',
  headers: ['MBI', 'Name', 'DOB', 'Sex', 'ZIP', 'County FIPS', 'Assigning TIN', 'Assigning NPI', 'Step', 'HCC RAF'],
  rows: [
    [
      '4AY1QJ6MN20',
      'ABERNATHY, LOIS',
      '1944-02-17',
      'F',
      '[64632]',
      '[29117]',
      'XX-XXX4471',
      '1285716603',
      '1',
      '1.214',
    ],
    [
      '1RU5KP8TG46',
      'BECKER, HAROLD',
      '1951-09-30',
      'M',
      '[64468]',
      '[29147]',
      'XX-XXX5528',
      '1922041375',
      '1',
      '0.884',
    ],
    [
      '7DG3XE2WC71',
      'CASTILLO, RAMONA',
      '1948-06-05',
      'F',
      '[64131]',
      '[29095]',
      'XX-XXX6630',
      '1447390258',
      '2',
      '1.602',
    ],
    [
      '2HN8RM5YF33',
      'DUNLAP, EUGENE',
      '1939-12-11',
      'M',
      '[64772]',
      '[29217]',
      'XX-XXX7043',
      '1669803427',
      '1',
      '2.071',
    ],
    [
      '9DT4WA7PQ05',
      'ESPINOZA, CARMEN',
      '1955-01-23',
      'F',
      '[66102]',
      '[20209]',
      'XX-XXX0187',
      '1508826139',
      '1',
      '0.931',
    ],
    [
      '5KC2JD9VH18',
      'FOLEY, MARGARET',
      '1946-08-14',
      'F',
      '[64730]',
      '[29013]',
      'XX-XXX6630',
      '1447390258',
      '1',
      '1.118',
    ],
    ['3WE6NT1RA59', 'GRAVES, OTIS', '1950-04-02', 'M', '[64503]', '[29021]', 'XX-XXX1902', '1790264318', '2', '1.377'],
  ],
});

// ── 5. Assignment change summary, text layer (decoy only) ──
const assignChanges = lines({
  id: 's94-qalrchg',
  kind: 's94-assignment-change-summary-text',
  before: 'Assignment changes, Q2 vs Q1 PY2025 — prepared for the operations meeting',
  text: [
    'Assigned beneficiaries Q2: [18472] (Q1: [18106])',
    'Newly assigned: 1,214   No longer assigned: 848   Net change: +366',
    'Top reason for loss: plurality of primary care moved to a non-participant TIN, mostly in ZIPs [64055] and [64050]',
    'Deceased during the quarter: 171; moved out of the service area (mostly to [65802], Springfield): 63',
    'Prospective benchmark file request #[52146] submitted in ACO-MS on 07/02',
  ].join('\n'),
});

// ── 6. Part B spend by service, table ──
const spendReport = table({
  id: 's94-spend',
  kind: 's94-partb-spend-by-service-grid',
  caption: 'Part B spend by service, assigned beneficiaries, Jan–Jun PY2025 (CCLF5, allowed)',
  headers: ['Code', 'Short descriptor', 'Lines', 'Benes', 'Allowed', 'Util / 1,000', 'Δ vs PY2024'],
  rows: [
    ['{99214}', 'Office/outpt visit est, moderate', '[21477]', '9,880', '$2,766,012', '1,163', '+4%'],
    ['{99213}', 'Office/outpt visit est, low', '[14390]', '7,412', '$1,312,407', '779', '−6%'],
    ['{36415}', 'Routine venipuncture', '[11663]', '8,105', '$34,989', '631', '+1%'],
    ['{99497}', 'Advance care planning, first 30 min', '1,904', '1,877', '$164,528', '103', '+22%'],
    ['{64445}', 'Inj anes agent, sciatic nerve, single', '611', '402', '$53,854', '33.1', '+18%'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '74', '71', '$45,316', '4.0', '+31%'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '19', '19', '$10,429', '1.0', '+12%'],
    ['{64632}', 'Destruction, plantar common digital nerve', '288', '141', '$29,272', '15.6', '+44%'],
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', '96', '38', '$20,592', '5.2', '−3%'],
    ['{64483}', 'Inj foramen epidural lumbar/sacral, single', '522', '317', '$146,103', '28.3', '+9%'],
  ],
});

// ── 7. Analyst notes on the spend report, text layer ──
const spendNotes = lines({
  id: 's94-spendnotes',
  kind: 's94-spend-variance-analyst-notes-text',
  before: 'Analyst notes — Part B spend drivers, H1 PY2025',
  text: [
    '1. Sciatic neuroplasty ({64712}) grew 31% on a small base; 52 of 74 lines came from one out-of-network orthopedic group in [64152].',
    '2. Podiatry billed {64632} for 141 beneficiaries; most had {64455} injections in the prior 90 days, and excision ({28080}) was rare.',
    '3. Sciatic blocks ({64445}) track joint replacement volume: 88% were billed the same day as {27447} or {27130}.',
    '4. Facial chemodenervation {64612} is flat; the drug line J0585 is billed separately and is the larger dollar line.',
    '5. Lumbar plexus neuroplasty {64714} is billed almost only at POS 24; 19 lines, all from NPI 1730588214.',
  ].join('\n'),
});

// ── 8. High-cost specialist leakage report, table ──
const leakage = table({
  id: 's94-leak',
  kind: 's94-high-cost-specialist-leakage-grid',
  caption: 'Specialist leakage — allowed paid to non-participant TINs, assigned beneficiaries, rolling 12 months',
  headers: [
    'Rank',
    'Rendering NPI',
    'Specialty',
    'Practice ZIP',
    'Network',
    'CPT',
    'Benes',
    'Allowed out',
    '% of spec.',
  ],
  rows: [
    ['1', '1730588214', 'Orthopedic surgery', '[66211]', 'Non-participant', '{64712}', '58', '$284,110', '71%'],
    ['2', '1396204471', 'Podiatry', '[66104]', 'Non-participant', '{64632}', '141', '$96,402', '64%'],
    ['3', '1588329146', 'Neurology', '[64111]', 'Non-participant', '{64612}', '38', '$81,077', '58%'],
    ['4', '1902773518', 'Anesthesiology (pain)', '[64086]', 'Non-participant', '{64483}', '203', '$188,930', '47%'],
    ['5', '1457380022', 'Pain management', '[64055]', 'Preferred (pending)', '{64445}', '162', '$41,560', '39%'],
    ['6', '1164598830', 'Physical medicine & rehab', '[64506]', 'Non-participant', '{95886}', '77', '$19,003', '33%'],
    ['7', '1740299361', 'Neurosurgery', '[64132]', 'Non-participant', '{64714}', '12', '$38,640', '88%'],
  ],
});

// ── 9. Leakage memo to the network committee, text layer ──
const leakageMemo = lines({
  id: 's94-leakmemo',
  kind: 's94-network-committee-leakage-memo-text',
  before: 'To: Network Development Committee   From: Director of Network Performance   Re: Specialist leakage, Q2',
  text: [
    'The largest single leak is sciatic nerve neuroplasty, CPT {64712}, done by a Leawood group (ZIP [66211]) that is not a participant.',
    'We propose a preferred-specialist agreement with Northland Orthopedics, 8700 N Oak Trfy, Kansas City MO [64155], for {64712}, {64714} and {64445}.',
    'Podiatry leakage is concentrated in Morton neuroma care: {64455} first, then a {64632} series, often 3 to 7 sessions per foot.',
    'Letters of intent go out by certified mail from our office, PO Box [64714], Kansas City MO [64171].',
    'From August 1 referral coordinators will see an in-network alternative for {64632} and {64612} on the worklist.',
  ].join('\n'),
});

// ── 10. Care coordinator worklist, table ──
const worklist = table({
  id: 's94-worklist',
  kind: 's94-care-coordinator-worklist-grid',
  caption: 'My worklist — RN care coordinator — Northland pod — 23 open',
  headers: ['Task #', 'Beneficiary', 'Trigger', 'Svc', 'Svc date', 'Due', 'Priority'],
  rows: [
    ['[64712]', 'ABERNATHY, LOIS', 'Specialist claim, out of network', '{64632}', '05/21', '06/04', 'Med'],
    ['[40858]', 'BECKER, HAROLD', 'ED visit, no PCP follow-up', '{99284}', '05/28', '06/04', 'High'],
    ['[40863]', 'CASTILLO, RAMONA', 'Post-discharge TCM window', '{99496}', '05/30', '06/06', 'High'],
    ['[40871]', 'DUNLAP, EUGENE', 'New pain procedure series', '{64445}', '05/19', '06/09', 'Med'],
    ['[40902]', 'FOLEY, MARGARET', 'Annual wellness visit overdue', 'G0439', '—', '06/30', 'Low'],
    ['[40917]', 'GRAVES, OTIS', 'Botulinum series, neurology (non-participant)', '{64612}', '05/22', '06/12', 'Low'],
    ['[40933]', 'HOLLIS, VERA', 'Nerve surgery scheduled out of network', '{64712}', '06/10 (sched)', '06/07', 'High'],
  ],
});

// ── 11. Care coordinator's call note, text layer ──
const callNote = lines({
  id: 's94-callnote',
  kind: 's94-coordinator-outreach-call-note-text',
  before: 'Outreach note — HOLLIS, VERA — 06/03 10:42 — telephone',
  text: [
    'Reached pt. Scheduled for sciatic neuroplasty {64712} on 06/10 with a non-participant surgeon in Leawood KS [66211].',
    'Offered the in-network surgeon at Northland Orthopedics (ZIP [64155]); pt prefers to keep her date.',
    'Pt asks whether the nerve block ({64445}) is billed separately — told yes, by anesthesia.',
    'Home address confirmed: 411 Cedar St, Smithville MO [64089]; mobile on file.',
    'Follow-up call task #[40934] set for 06/12. Time 18 min (not counted toward {99490} this month; CCM consent on file).',
  ].join('\n'),
});

// ── 12. ACO board dashboard tiles, text layer ──
const boardTiles = lines({
  id: 's94-boardtiles',
  kind: 's94-aco-board-dashboard-tiles-text',
  before: 'Board of Managers — Performance Dashboard — data through the June CCLF package',
  text: [
    'Assigned lives [18472]   ▲ 2.0% vs Q1',
    'Expenditure per capita (annualized) $11,482   Benchmark $12,063   Savings rate 4.8%',
    'ED visits / 1,000: 612   Readmissions: 14.9%   AWV completion: 51%',
    'Top leakage services: {64712} sciatic neuroplasty · {64632} digital nerve destruction · {64483} TFESI',
    'Quality: 5 of 6 eCQMs at or above the 40th percentile; CAHPS vendor survey ref [22650]',
  ].join('\n'),
});

// ── 13. Board KPI trend, table ──
const boardKpi = table({
  id: 's94-boardkpi',
  kind: 's94-board-kpi-trend-grid',
  caption: 'Board dashboard — cost and utilization trend (per 1,000 assigned unless noted)',
  headers: ['Measure', 'PY2023', 'PY2024', 'PY2025 YTD', 'Target', 'Status'],
  rows: [
    ['Total expenditure per capita ($)', '[11906]', '[11634]', '[11482]', '[11300]', 'Amber'],
    ['Part B physician per capita ($)', '3,918', '4,044', '4,102', '3,950', 'Red'],
    ['Assigned beneficiaries', '[17220]', '[17855]', '[18472]', '—', '—'],
    ['Peripheral nerve procedures ({64445}, {64712}, {64714}) per 1,000', '41.2', '44.9', '48.6', '40.0', 'Red'],
    ['ED visits per 1,000', '655', '631', '612', '600', 'Amber'],
  ],
});

// ── 14. CCLF data-use attestation, text layer (decoy only) ──
const attestation = lines({
  id: 's94-attest',
  kind: 's94-cclf-data-use-attestation-text',
  before: 'Annual attestation regarding use of CMS Claim and Claim Line Feed (CCLF) data',
  text: [
    'I attest that Missouri River Valley Care Partners ACO (ACO ID A4187) receives beneficiary-identifiable claims data under DUA [28145].',
    'The data are stored only in the ACO data warehouse at 1520 Genessee St, Suite 410, Kansas City MO [64102].',
    'Cell sizes of 1 to 10 are suppressed in any report shared outside the ACO, as the DUA requires.',
    'Data custodian: Priya Natarajan, MPH; CMS custodian record [51214].',
    'Questions to CMS, 7500 Security Blvd, Baltimore MD [21244]-1850.',
    'Signed electronically 07/15/2025; attestation receipt [70941].',
  ].join('\n'),
});

// ── 15. DUA signer roster, table (decoy only) ──
const duaRoster = table({
  id: 's94-duaroster',
  kind: 's94-dua-addendum-signer-roster-grid',
  caption: 'Individuals with access to CCLF data under the DUA (addendum list)',
  headers: ['Name', 'Role', 'Organization', 'DUA #', 'Training cert', 'Access ends'],
  rows: [
    ['Priya Natarajan', 'Data custodian', 'MRVCP ACO', '[28145]', '[30610]', '12/31/2025'],
    ['Marcus Oyelaran', 'Analyst', 'MRVCP ACO', '[28145]', '[30644]', '12/31/2025'],
    ['Jill Brandt', 'RN care coordinator', 'Northland Family Medicine', '[28145]', '[30652]', '12/31/2025'],
    ['Tom Reinholt', 'Vendor analyst', 'Prairie Analytics LLC', '[28145]', '[30705]', '09/30/2025'],
  ],
});

// ── 16. SQL against the CCLF tables, text layer ──
const sqlQuery = lines({
  id: 's94-sql',
  kind: 's94-cclf-warehouse-sql-query-text',
  before: 'leakage_sciatic.sql — run against the warehouse copy of the CCLF tables',
  text: [
    'SELECT b.bene_mbi_id, b.bene_zip_cd, l.clm_line_hcpcs_cd, SUM(l.clm_line_alowd_chrg_amt) AS allowed',
    'FROM cclf5_partb_line l JOIN cclf8_bene_demo b ON b.bene_mbi_id = l.bene_mbi_id',
    "WHERE l.clm_line_hcpcs_cd IN ('{64712}', '{64714}', '{64445}', '{64632}')",
    "  AND l.clm_line_from_dt BETWEEN '2025-01-01' AND '2025-06-30'",
    "  AND b.bene_zip_cd IN ('[64445]', '[64468]')  -- Nodaway County",
    "  AND l.clm_adjsmt_type_cd <> '1'  -- drop cancels",
    'GROUP BY 1, 2, 3 HAVING SUM(l.clm_line_alowd_chrg_amt) > 150',
    'LIMIT [10000];',
  ].join('\n'),
});

// ── 17. The query's result grid, table ──
const sqlResult = table({
  id: 's94-sqlres',
  kind: 's94-sql-result-grid',
  caption: 'Result: 6 rows (1.8 s)',
  headers: ['bene_mbi_id', 'bene_zip_cd', 'clm_line_hcpcs_cd', 'allowed'],
  rows: [
    ['6WP2HG7NA38', '[64445]', '{64712}', '1224.76'],
    ['6WP2HG7NA38', '[64445]', '{64445}', '176.28'],
    ['4AY1QJ6MN20', '[64468]', '{64632}', '711.48'],
    ['8KM3VX5DW19', '[64468]', '{64714}', '548.90'],
    ['1RU5KP8TG46', '[64445]', '{64445}', '528.84'],
    ['2HN8RM5YF33', '[64468]', '{64632}', '609.84'],
  ],
});

// ── 18. Quality-gap report, table ──
const qualityGaps = table({
  id: 's94-qgap',
  kind: 's94-quality-gap-report-grid',
  caption: 'Open quality gaps — Prairie Hills RHC — as of 06/30',
  headers: ['Beneficiary', 'Measure', 'Gap', 'Last qualifying item', 'Item date', 'PCP clinic ZIP'],
  rows: [
    [
      'ABERNATHY, LOIS',
      'Quality ID 001 Diabetes: HbA1c poor control',
      'No HbA1c this PY',
      '{83036}',
      '2024-08-14',
      '[64632]',
    ],
    [
      'BECKER, HAROLD',
      'Quality ID 236 Controlling high blood pressure',
      'Last BP 152/94',
      '{99214}',
      '2025-02-03',
      '[64468]',
    ],
    ['DUNLAP, EUGENE', 'Quality ID 134 Depression screening', 'Not screened', '{96127}', '2023-11-02', '[64772]'],
    ['FOLEY, MARGARET', 'Quality ID 112 Breast cancer screening', 'Due', '{77067}', '2022-05-10', '[64730]'],
    ['GRAVES, OTIS', 'Quality ID 113 Colorectal cancer screening', 'Due', '{45378}', '2014-09-22', '[64503]'],
    ['ISAACS, RUTH', 'Quality ID 318 Falls: screening for fall risk', 'Not screened', '—', '—', '[64429]'],
    ['JENKINS, LEROY', 'Quality ID 438 Statin therapy for CVD', 'No statin fill', '{80061}', '2025-01-09', '[64601]'],
  ],
});

// ── 19. Patient gap letter, text layer (decoy only) ──
const gapLetter = lines({
  id: 's94-gapletter',
  kind: 's94-quality-gap-patient-letter-text',
  before: 'Letter — care reminder',
  text: [
    'Missouri River Valley Care Partners · PO Box [64714] · Kansas City, MO [64171]',
    'Ruth Isaacs, 208 W 3rd St, Cameron MO [64429]',
    'Our records show you may be due for a fall-risk check and a flu shot. Your clinic, Prairie Hills Rural Health',
    'Clinic, (816) 632-0148, can help you schedule both at your next visit.',
    'Reference [42465] — please bring this letter with you.',
  ].join('\n'),
});

// ── 20. ACO participant TIN list, table (decoy only) ──
const participants = table({
  id: 's94-tinlist',
  kind: 's94-aco-participant-tin-list-grid',
  caption: 'ACO Participant List PY2025 (as certified in ACO-MS) — 6 TINs',
  headers: ['#', 'TIN', 'Legal business name', 'ACO-MS record', 'Practice ZIP', 'County FIPS', 'Joined'],
  rows: [
    ['1', 'XX-XXX4471', 'Northland Family Medicine, PC', '[20641]', '[64118]', '[29047]', '2019'],
    ['2', 'XX-XXX1902', 'Prairie Hills Rural Health Clinic, LLC', '[20806]', '[64429]', '[29049]', '2019'],
    ['3', 'XX-XXX6630', 'Cass County Internal Medicine Associates', '[20857]', '[64701]', '[29037]', '2021'],
    ['4', 'XX-XXX0187', 'Wyandotte Community Physicians, PA', '[21039]', '[66112]', '[20209]', '2022'],
    ['5', 'XX-XXX5528', 'Nodaway Valley Family Practice', '[21085]', '[64468]', '[29147]', '2023'],
    ['6', 'XX-XXX7043', 'Vernon County Medical Group', '[21153]', '[64772]', '[29217]', '2024'],
  ],
});

// ── 21. Shared-savings distribution, table (decoy only) ──
const distribution = table({
  id: 's94-ssdist',
  kind: 's94-shared-savings-distribution-grid',
  caption: 'PY2024 shared savings distribution — approved by the Board 09/18/2025',
  headers: ['Participant', 'Assigned benes', 'Quality adj.', 'Share %', 'Distribution', 'Vendor #', 'Remit ZIP'],
  rows: [
    ['Northland Family Medicine, PC', '6,212', '0.98', '33.6%', '$612,440', '[64612]', '[64118]'],
    ['Prairie Hills RHC, LLC', '2,905', '1.00', '15.7%', '$286,115', '[51084]', '[64429]'],
    ['Cass County IM Associates', '3,344', '0.97', '18.1%', '$329,302', '[51137]', '[64701]'],
    ['Wyandotte Community Physicians', '2,118', '0.95', '11.5%', '$208,844', '[51275]', '[66112]'],
    ['Nodaway Valley FP', '1,602', '1.00', '8.7%', '$158,011', '[51389]', '[64468]'],
    ['Vernon County Medical Group', '1,107', '0.99', '6.0%', '$109,310', '[51468]', '[64772]'],
    ['ACO operations reserve', '—', '—', '6.4%', '$115,978', '—', '—'],
  ],
});

// ── 22. Settlement note, text layer (decoy only) ──
const settlement = lines({
  id: 's94-settle',
  kind: 's94-shared-savings-settlement-note-text',
  before: 'Finance note — PY2024 settlement and distribution',
  text: [
    'CMS settlement report PY2024, ACO A4187: benchmark expenditure $198.4M; earned shared savings $1,819,999.',
    'Settlement letter ref [33016] dated 08/22/2025; CMS payment received in EFT batch [71338].',
    'Distribution method approved under policy FIN-[12060] (assigned lives 60%, quality 40%).',
    'Checks for participants without EFT are mailed from PO Box [64714], Kansas City MO [64171].',
  ].join('\n'),
});

// ── 23. Spend report CSV export, text layer ──
const spendCsv = lines({
  id: 's94-spendcsv',
  kind: 's94-spend-by-hcpcs-csv-export-text',
  before: 'spend_by_hcpcs_H1.csv (opened in a text viewer)',
  text: [
    'hcpcs,descriptor,lines,benes,allowed,util_per_1000,top_practice_zip',
    '{64445},"Inj anes sciatic nrv, single",611,402,[53854].22,33.1,[64055]',
    '{64712},"Neuroplasty sciatic nerve",74,71,[45316].40,4.0,[66211]',
    '{64632},"Destr plantar dig nerve",288,141,[29272].16,15.6,[66104]',
    '{64612},"Chemodenerv facial unilat",96,38,[20592].00,5.2,[64111]',
    '{64714},"Neuroplasty lumbar plexus",19,19,[10429].10,1.0,[64132]',
    '{99214},"Office est moderate",[21477],9880,2766012.55,1163,[64118]',
  ].join('\n'),
});

// ── 24. Leakage API response, JSON text layer ──
const leakJson = lines({
  id: 's94-leakjson',
  kind: 's94-leakage-api-json-response-text',
  before: 'GET /api/v2/leakage?py=2025&spec=48 — response body (pretty-printed)',
  text: [
    '{ "acoId": "A4187", "runId": "[61062]", "asOf": "2025-06-30",',
    '  "items": [ { "npi": "1396204471", "practiceZip": "[66104]", "hcpcs": "{64632}", "benes": 141 },',
    '    { "npi": "1396204471", "practiceZip": "[66104]", "hcpcs": "{64455}", "benes": 96 },',
    '    { "npi": "1284401193", "practiceZip": "[64086]", "hcpcs": "{28080}", "benes": 11 } ],',
    '  "suppressed": { "reason": "cell < 11", "count": 4 }, "requestId": "[83045]" }',
  ].join('\n'),
});

// ── 25. HIE ADT alert with procedures, HL7 text layer ──
const adtAlert = lines({
  id: 's94-adt',
  kind: 's94-hie-adt-alert-hl7-pr1-text',
  before: 'ADT alert feed — HIE notification to care coordination (HL7 v2.5.1, one message)',
  text: [
    'MSH|^~\\&|HIE|MOHIN|ACOCC|MRVCP|20250611083012||ADT^A03|[80425]|P|2.5.1',
    'PID|1||2QR7TD4HJ61^^^CMS^MB||ABERNATHY^LOIS||19440217|F|||RR 2 BOX 14^^CHULA^MO^[64635]',
    'PV1|1|O|SJMC^OR3|||1730588214^KLINE^ANDREW||||||||||||[43088]',
    'PR1|1|C4|{64712}^NEUROPLASTY SCIATIC NERVE^C4|||20250611073000',
    'PR1|2|C4|{64445}^INJ ANES SCIATIC NRV SNGL^C4|||20250611071500',
    'DG1|1||G57.01^Lesion of sciatic nerve, right lower limb^I10',
  ].join('\n'),
});

// ── 26. Participant claim copy, X12 837P text layer ──
const claimCopy = lines({
  id: 's94-837p',
  kind: 's94-participant-837p-claim-copy-text',
  before: 'Participant claims copy (837P) — Cass County Internal Medicine Associates — one claim, segments only',
  text: [
    'NM1*85*2*CASS COUNTY INTERNAL MEDICINE ASSOC*****XX*1447390258~',
    'N4*HARRISONVILLE*MO*[64701]~',
    'NM1*IL*1*FOLEY*MARGARET****MI*5KC2JD9VH18~',
    'N4*BUTLER*MO*[64730]~',
    'CLM*CCIM[40988]*294.00***11:B:1*Y*A*Y*Y~',
    'SV1*HC:{64445}:RT*210.00*UN*1***1~',
    'SV1*HC:{76942}*84.00*UN*1***1~',
    'NM1*PR*2*MEDICARE PART B WPS*****PI*[05302]~',
  ].join('\n'),
});

// ── 27. QRDA Category I excerpt, XML text layer ──
const qrda = lines({
  id: 's94-qrda',
  kind: 's94-qrda-cat1-patient-excerpt-xml-text',
  before: 'QRDA Category I excerpt — patient-level quality file from Prairie Hills RHC',
  text: [
    '<patientRole><id extension="3WE6NT1RA59" root="2.16.840.1.113883.4.927"/>',
    '<addr use="HP"><city>Wheeling</city><state>MO</state><postalCode>[64612]</postalCode></addr>',
    '<encounter classCode="ENC" moodCode="EVN"><id root="1.3.6.1.4.1.[41072]" extension="[30302]"/>',
    '<code code="{99214}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4"/>',
    '<procedure classCode="PROC" moodCode="EVN"><code code="{45378}" codeSystem="2.16.840.1.113883.6.12"/>',
    '<code code="{96127}" codeSystem="2.16.840.1.113883.6.12" displayName="Brief behavioral assessment"/>',
  ].join('\n'),
});

// ── 28. 360X closed-loop referral, FHIR XML text layer ──
const referral = lines({
  id: 's94-360x',
  kind: 's94-closed-loop-referral-servicerequest-xml-text',
  before: 'Closed-loop referral (360X) to an in-network specialist — ServiceRequest excerpt, XML',
  text: [
    '<ServiceRequest><identifier><value value="REF-[72217]"/></identifier>',
    '<code><coding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64632}"/></coding></code>',
    '<reasonCode><coding><system value="http://hl7.org/fhir/sid/icd-10-cm"/><code value="G57.62"/></coding></reasonCode>',
    '<performer><display value="Prairie Podiatry, 1200 N Main St, Liberty MO [64068]"/></performer>',
    '<note><text value="Had {64455} x2 out of network; prefers Liberty office. Consider {28080} if no relief."/></note>',
    '<requester><display value="Jill Brandt RN, worklist task [64712]"/></requester></ServiceRequest>',
  ].join('\n'),
});

// ── 29. Medicare PFS locality reference, table ──
const pfsRef = table({
  id: 's94-pfs',
  kind: 's94-pfs-locality-payment-reference-grid',
  caption: 'Medicare PFS 2025 — Missouri locality 02 (Metropolitan Kansas City) — payment amounts',
  headers: ['Proc', 'Mod', 'Non-fac', 'Facility', 'Global', 'MUE'],
  rows: [
    ['{64712}', '', 'NA', '598.41', '090', '1'],
    ['{64714}', '', 'NA', '531.77', '090', '1'],
    ['{64445}', '', '139.02', '86.75', '000', '1'],
    ['{64632}', '', '141.88', '93.10', '010', '1'],
    ['{64612}', '', '178.34', '155.20', '010', '2'],
    ['{64455}', '', '62.09', '31.44', '000', '1'],
    ['{95886}', '26', '—', '88.15', 'ZZZ', '4'],
  ],
});

// ── 30. Preferred-specialist steering list, table ──
const steering = table({
  id: 's94-steer',
  kind: 's94-preferred-specialist-steering-grid',
  caption: 'Preferred specialist list for referral coordinators — by billed service',
  headers: ['Billed code', 'Service', 'Preferred practice', 'Office ZIP', 'Wait (days)', 'Referral fax'],
  rows: [
    ['{64712}', 'Sciatic nerve decompression', 'Northland Orthopedics', '[64155]', '21', '816-555-0132'],
    ['{64714}', 'Lumbar plexus decompression', 'Northland Orthopedics', '[64155]', '30', '816-555-0132'],
    ['{64445}', 'Sciatic block (with surgery)', 'Northland Anesthesia Group', '[64155]', '—', '816-555-0140'],
    ['{64632}', 'Morton neuroma destruction', 'Prairie Podiatry', '[64068]', '9', '816-555-0177'],
    ['{64612}', 'Botulinum, blepharospasm / hemifacial spasm', 'Liberty Neurology', '[64068]', '35', '816-555-0191'],
    ['{64483}', 'Lumbar transforaminal epidural', "Lee's Summit Spine & Pain", '[64086]', '12', '816-555-0164'],
  ],
});

// ── 31. CCLF data-issue log, table ──
const issueLog = table({
  id: 's94-issues',
  kind: 's94-cclf-data-issue-log-grid',
  caption: 'CCLF data issues log — open and recently closed',
  headers: ['Ticket', 'File', 'Issue', 'Rows affected', 'Status'],
  rows: [
    ['[64445]', 'CCLF5', 'HCPCS {64714} lines without a modifier; CMS confirms expected', '19', 'Closed'],
    ['[64502]', 'CCLF8', 'BENE_ZIP_CD blank, imputed from county FIPS [29047]', '212', 'Open'],
    ['[64519]', 'CCLF5', 'Duplicate {64632} lines after adjustment (CLM_ADJSMT_TYPE_CD 2)', '14', 'Fixed in ETL'],
    ['[64537]', 'CCLF9', 'MBI crosswalk chain of 3 for one beneficiary', '1', 'Open'],
    ['[64548]', 'CCLF1', 'Claims with a thru date in the run-out month dropped by a filter', '[12184]', 'Fixed in ETL'],
  ],
});

// ── 32. CCLF-to-CMS reconciliation note, text layer ──
const recon = lines({
  id: 's94-recon',
  kind: 's94-cclf-expenditure-reconciliation-note-text',
  before: 'Reconciliation: CCLF totals vs the CMS expenditure report, PY2024 final',
  text: [
    'CCLF5 claim lines counted: 604,118; CMS-reported Part B lines: 603,902 (difference 216).',
    'Part B allowed per capita: CCLF $4,044 vs CMS $4,051; the gap is lines for {64712} and {64714} adjusted after run-out.',
    'Assigned beneficiaries at final: [17855] (CCLF8) vs [17861] (CMS); 6 late-reported deaths.',
    'CMS report ID [44127], received in ACO-MS 05/30.',
  ].join('\n'),
});

// ── 33. Clinical committee minutes, text layer ──
const minutes = lines({
  id: 's94-minutes',
  kind: 's94-clinical-utilization-committee-minutes-text',
  before: 'Clinical Quality & Utilization Committee — minutes, 07/09/2025 — 11 members present',
  text: [
    'Item 4: Dr. Halvorsen presented the nerve-procedure dashboard. Sciatic blocks billed as {64445} are mostly appropriate (with TKA/THA).',
    'Morton neuroma: the committee asked whether serial alcohol injections ({64632}) before excision ({28080}) are evidence-based.',
    'Facial chemodenervation (CPT {64612}) stays with neurology; no action.',
    'Motion: steer {64712} and {64714} referrals to Northland Orthopedics pending contract; carried 9–1.',
    'Next meeting at Prairie Hills RHC, 310 Walnut St, Cameron MO [64429].',
  ].join('\n'),
});

// ── 34. Pre-visit checklist, table ──
const checklist = table({
  id: 's94-previsit',
  kind: 's94-previsit-wellness-checklist-grid',
  caption: 'Pre-visit checklist — items due this year — ISAACS, RUTH',
  headers: ['Item', 'What', 'Last done', 'Covered?'],
  rows: [
    ['G0439', 'Annual wellness visit, subsequent', '2024-05-02', 'Yes'],
    ['{99497}', 'Advance care planning', 'never', 'Yes, no cost share with AWV'],
    ['{77067}', 'Screening mammogram', '2022-05-10', 'Yes'],
    ['{82043}', 'Urine albumin, quantitative', '2024-01-18', 'Yes'],
    ['{90662}', 'Influenza vaccine, high dose', '2024-10-03', 'Yes'],
    ['{96127}', 'Depression screen', '—', 'Yes'],
  ],
});

// ── 35. Board cost drivers, table ──
const drivers = table({
  id: 's94-drivers',
  kind: 's94-board-cost-driver-grid',
  caption: 'Where the Part B increase came from — top 6 drivers, PY2025 YTD vs PY2024',
  headers: ['Driver', 'Δ allowed', 'Share of increase', 'Owner'],
  rows: [
    ['{99214}', '+$61,380', '39%', 'Primary care'],
    ['{64483}', '+$28,411', '18%', 'Network'],
    ['{64712}', '+$10,730', '7%', 'Network'],
    ['{64632}', '+$8,920', '6%', 'Network / podiatry'],
    ['{64445}', '+$8,215', '5%', 'Ortho bundle'],
    ['{99497}', '+$6,004', '4%', 'Primary care'],
  ],
});

// ── 36. Data-sharing preference log, table (decoy only) ──
const preferences = table({
  id: 's94-prefs',
  kind: 's94-data-sharing-preference-log-grid',
  caption: 'Beneficiary data-sharing preferences (from CMS via 1-800-MEDICARE) — suppress from CCLF extracts',
  headers: ['MBI', 'Beneficiary ZIP', 'Preference', 'Effective', 'CMS batch', 'Our case #'],
  rows: [
    ['1KT4VG6HA92', '[64063]', 'Decline', '2025-04-01', '[11145]', '[70118]'],
    ['6NR2FC8TE45', '[64111]', 'Decline', '2025-04-01', '[11145]', '[70120]'],
    ['4PW9DU3XM67', '[64601]', 'Allow (reversed)', '2025-05-01', '[11276]', '[70131]'],
    ['8GJ5YE1QK03', '[66104]', 'Decline', '2025-06-01', '[11343]', '[70146]'],
  ],
});

// ── 37. Specialist scorecard, text layer ──
const scorecard = lines({
  id: 's94-scorecard',
  kind: 's94-specialist-utilization-scorecard-text',
  before: 'Specialist scorecard — Podiatry — NPI 1396204471 — Kansas City KS',
  text: [
    'Office: 3420 State Ave, Kansas City KS [66102]. Non-participant. Assigned beneficiaries seen: 141.',
    'Per 1,000 assigned: {64632} 15.6 (network median 3.1); {64455} 11.2 (4.0); {28080} 0.6 (0.9).',
    'Average destruction sessions per foot before excision: 4.8. Share of {64632} with {76942} billed: 71%.',
    'Same-day E/M: {99213}-25 on 62% of procedure visits.',
    'Peer group: 14 podiatrists in ZIPs [66101]–[66112] and [64105].',
  ].join('\n'),
});

// ── 38. Coordinator's secure message to a PCP, text layer ──
const secureMsg = lines({
  id: 's94-securemsg',
  kind: 's94-coordinator-secure-message-to-pcp-text',
  before: 'Secure message — from Jill Brandt RN to Dr. Amos Pruitt (Northland Family Medicine)',
  text: [
    'Dr. Pruitt, Ms. Abernathy (ZIP [64632]) has had three neurolytic injections, {64632}, at a Kansas City KS podiatry office.',
    'She asks about surgery; the in-network podiatrist can see her in 9 days. Okay to send the referral (task [64712])?',
    'Also due: ACP ({99497}) at her AWV, and her last A1c ({83036}) was 08/2024.',
  ].join('\n'),
});

export const sealed94: Snippet[] = [
  ...cclf5Grid,
  ...cclf5Delimited,
  ...loadLog,
  ...assignList,
  ...assignChanges,
  ...spendReport,
  ...spendNotes,
  ...leakage,
  ...leakageMemo,
  ...worklist,
  ...callNote,
  ...boardTiles,
  ...boardKpi,
  ...attestation,
  ...duaRoster,
  ...sqlQuery,
  ...sqlResult,
  ...qualityGaps,
  ...gapLetter,
  ...participants,
  ...distribution,
  ...settlement,
  ...spendCsv,
  ...leakJson,
  ...adtAlert,
  ...claimCopy,
  ...qrda,
  ...referral,
  ...pfsRef,
  ...steering,
  ...issueLog,
  ...recon,
  ...minutes,
  ...checklist,
  ...drivers,
  ...preferences,
  ...scorecard,
  ...secureMsg,
];
