import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 114 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s114-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * the hospital's ZIP, a payer ID, payer plan codes, a company number, cost centers, statistic ids, report, query,
 * refresh and dashboard ids, supply item numbers, OR case log numbers, journal entry, ticket, contract and
 * fee-schedule ids, a CIP project, an HL7 control id, FHIR resource ids, a weighted-RVU total and a CCR written to
 * five decimals. The five known codes' digits come back as decoys: a GL account (anesthesia professional fees), a
 * supply item number (stimulating needle), a cost recalculation batch, a change ticket, a report number, a board
 * document id and a warehouse row count.
 *
 * Family: hospital cost accounting and service-line profitability around a pain and peripheral-nerve service line:
 * the cost accounting system's procedure cost detail by CPT (direct labor, supplies, direct and indirect overhead),
 * an activity drill-down with cost centers and GL accounts, the charge-code cost standard screen and its XML export,
 * time standards, the GL-to-cost-component map, a chargemaster crosswalk, service-line P&L by procedure and by payer,
 * a contribution margin report (PDF text) and a CPT-by-payer margin matrix, RVU allocation statistics and their load
 * file, the cost-to-charge ratio table and a costing method note, a department cost center roll-up, hierarchy tree
 * and operating statement, supply cost per case by item number and by procedure, the finance analyst's variance
 * commentary and e-mail, a budget workbook export (CSV) and volume tab, a budget assumptions memo, a board finance
 * committee slide and its appendix, a data warehouse extract definition (SQL), field spec and job log, encounter-level
 * drill-down, an HL7 v2 DFT charge feed and a FHIR ChargeItem into the cost system, an 835 net revenue true-up,
 * expected reimbursement by contract, the service-line grouper's rule table, a cost model to GL reconciliation, a
 * dashboard, a help desk ticket and a report footer.
 * Built on real public layouts: the Medicare cost report CMS-2552-10 Worksheet C Part I (line numbers, total cost in
 * column 1, total charges in column 8, the ratio in column 9), the CMS Physician Fee Schedule RVU file (work, practice
 * expense and malpractice RVUs), the patient-level cost categories of hospital decision-support systems (variable and
 * fixed direct labor, supply and other, indirect), the HFMA contribution margin definition (net revenue less variable
 * direct cost), the HL7 v2.5.1 DFT^P03 FT1 segment (transaction code, department, performed by, procedure code in
 * FT1-25 with its modifier), the FHIR R4 ChargeItem resource and the X12 835 CLP / SVC / CAS segments. Names,
 * numbers and amounts are invented; the others are written the way those pages read, with no single source.
 *
 * 351 labelled tokens over 40 shapes: 149 codes, 202 decoys, 75 of the decoys in KNOWN_10K.
 */

// ── 1. Procedure cost detail by CPT (activity-based costing), grid ──
const procCost = table({
  id: 's114-proccost',
  kind: 's114-abc-procedure-cost-detail-by-cpt-grid',
  caption:
    'Procedure Cost Detail — Pain & Peripheral Nerve — FY2026 YTD through P07 — Lakeshore Regional Medical Center',
  headers: [
    'CPT',
    'Procedure',
    'Cases',
    'Direct labor',
    'Supplies',
    'Direct OH',
    'Indirect OH',
    'Total cost',
    'Cost/case',
  ],
  rows: [
    [
      '{64712}',
      'Neuroplasty, sciatic nerve',
      '38',
      '$61,204',
      '$22,930',
      '$18,118',
      '$29,870',
      '$132,122',
      '$3,476.89',
    ],
    ['{64714}', 'Neuroplasty, lumbar plexus', '11', '$19,822', '$7,106', '$5,840', '$9,610', '$42,378', '$3,852.55'],
    [
      '{64445}',
      'Inj anes sciatic nerve, single',
      '214',
      '$30,388',
      '$9,844',
      '$6,206',
      '$12,840',
      '$59,278',
      '$277.00',
    ],
    [
      '{64632}',
      'Neurolytic destr, plantar digital n',
      '96',
      '$11,520',
      '$3,264',
      '$2,112',
      '$5,280',
      '$22,176',
      '$231.00',
    ],
    ['{64612}', 'Chemodenerv, facial n, unilat', '57', '$6,270', '$1,140', '$1,425', '$3,420', '$12,255', '$215.00'],
    ['{64455}', 'Inj plantar common digital n', '41', '$3,936', '$943', '$738', '$1,804', '$7,421', '$181.00'],
    ['{64447}', 'Inj anes femoral nerve, single', '63', '$8,442', '$2,394', '$1,323', '$3,276', '$15,435', '$245.00'],
    ['Total', '', '520', '$141,582', '$47,621', '$35,762', '$66,100', '$291,065', '$559.74'],
  ],
});

// ── 2. Activity drill-down for one procedure: cost centers and GL accounts, grid (decoy heavy) ──
const activity = table({
  id: 's114-activity',
  kind: 's114-abc-activity-cost-drilldown-grid',
  caption: 'Activity drill-down — CPT 64712 Neuroplasty, sciatic nerve — standard cost version FY26v3',
  headers: ['Activity', 'Cost center', 'GL acct', 'Driver', 'Units/case', 'Rate', 'Cost/case'],
  rows: [
    ['Pre-op holding, RN', '[71040] Pre-Op/Phase II', '[60110]', 'Minutes', '45', '$1.42', '$63.90'],
    ['OR time, first 30 min', '[71080] Ambulatory OR', '[60110]', 'OR minutes', '30', '$18.60', '$558.00'],
    ['OR time, ea addl 15 min', '[71080] Ambulatory OR', '[60130]', 'OR minutes', '66', '$16.10', '$1,062.60'],
    ['Sciatic block by anesthesia ({64445})', '[72010] Anesthesiology', '[64612]', 'Case', '1', '$212.00', '$212.00'],
    ['Surgical supplies (pick list)', '[71080] Ambulatory OR', '[62100]', 'Items', '14', '—', '$603.42'],
    ['PACU Phase I', '[71030] PACU', '[60110]', 'Minutes', '60', '$1.61', '$96.60'],
    ['Sterile processing', '[73057] SPD', '[60140]', 'Trays', '2', '$41.30', '$82.60'],
    ['Indirect: facilities, IT, admin', 'Various', '[69100]', 'Sq ft / FTE', '—', '—', '$797.77'],
  ],
});

// ── 3. Cost standard maintenance screen, text layer ──
const costStandard = lines({
  id: 's114-stdmaint',
  kind: 's114-cost-standard-maintenance-screen-text',
  before: 'Cost Accounting > Standards > Charge Code Standard — edit',
  text: [
    'Charge code 4100218   Rev code 0360   CPT/HCPCS {64712}   Mod RT   Price $7,420.00',
    'Cost model ABC-FY26 v3   Status: Approved by K. Lindqvist 02/14/2026',
    'Department [71080] Ambulatory Surgery OR   Company [10120]   Entity LRMC',
    'Linked procedures: {64708}, {64727} (microscope add-on has its own standard)',
    'Last recalculated by batch [64712] on 03/02/2026 02:14 — 1,862 charge codes processed',
    'Comment: the sciatic block ({64445}) is costed in [72010] Anesthesiology, not in this standard.',
  ].join('\n'),
});

// ── 4. Service-line P&L by procedure, grid ("Proc" header) ──
const pnlProc = table({
  id: 's114-pnlproc',
  kind: 's114-service-line-pnl-by-procedure-grid',
  caption: 'Service Line P&L — Pain & Peripheral Nerve (SL 31) — FY2026 YTD P07 — by primary procedure',
  headers: [
    'Proc',
    'Description',
    'Cases',
    'Gross chgs',
    'Net rev',
    'Direct cost',
    'Contrib margin',
    'CM %',
    'Net margin',
  ],
  rows: [
    ['{64712}', 'NEUROPLASTY SCIATIC NERVE', '38', '$281,960', '$166,410', '$102,252', '$64,158', '38.6%', '$34,288'],
    ['{64714}', 'NEUROPLASTY LUMBAR PLEXUS', '11', '$83,270', '$41,980', '$32,768', '$9,212', '21.9%', '-$398'],
    ['{64445}', 'NJX AA&/STRD SCIATIC NRV', '214', '$253,376', '$118,914', '$46,438', '$72,476', '60.9%', '$59,636'],
    ['{64632}', 'DSTRJ NEUROLYTIC PLANTAR NRV', '96', '$98,880', '$39,552', '$16,896', '$22,656', '57.3%', '$17,376'],
    ['{64612}', 'CHEMODENERV MUSC FACIAL NRV', '57', '$74,670', '$31,236', '$8,835', '$22,401', '71.7%', '$18,981'],
    ['{64615}', 'CHEMODENERV MIGRAINE', '122', '$159,820', '$70,150', '$18,910', '$51,240', '73.0%', '$43,920'],
    ['{64624}', 'DSTRJ NEUROLYTIC GENICULAR', '47', '$117,030', '$52,170', '$24,534', '$27,636', '53.0%', '$21,100'],
  ],
});

// ── 5. Service-line P&L by payer, grid (decoy only) ──
const pnlPayer = table({
  id: 's114-pnlpayer',
  kind: 's114-service-line-pnl-by-payer-grid',
  caption: 'Service Line P&L — Pain & Peripheral Nerve — by payer plan',
  headers: ['Payer', 'Plan code', 'Fin class', 'Cases', 'Net revenue', 'Direct cost', 'CM', 'Net margin'],
  rows: [
    ['Medicare Part B (NGS J6)', '[10112]', 'MC', '498', '$214,660', '$118,020', '$96,640', '$51,204'],
    ['Medicare Advantage — Humana', '[11040]', 'MA', '141', '$66,120', '$33,480', '$32,640', '$19,880'],
    ['Aetna Commercial (payer ID [60054])', '[20122]', 'CO', '176', '$118,330', '$41,805', '$76,525', '$58,470'],
    ['WI Medicaid / BadgerCare', '[20134]', 'MD', '88', '$22,480', '$20,770', '$1,710', '-$7,060'],
    ['Workers compensation', '[31074]', 'WC', '29', '$31,890', '$6,905', '$24,985', '$21,940'],
    ['Self-pay', '[90105]', 'SP', '16', '$2,110', '$3,790', '-$1,680', '-$2,950'],
  ],
});

// ── 6. Contribution margin report by procedure and payer, PDF text layer ──
const cmReport = lines({
  id: 's114-cmrpt',
  kind: 's114-contribution-margin-report-pdf-text',
  before: 'LAKESHORE HEALTH — CONTRIBUTION MARGIN REPORT',
  text: [
    'Report ID CM-[41062]          Service line: Pain & Peripheral Nerve (SL 31)          Page 2 of 6',
    'Period FY2026 P01–P07 (Jul 2025 – Jan 2026)    Cost model FY26v3    Run 02/18/2026 07:40',
    'Procedure {64712}  NEUROPLASTY SCIATIC NERVE',
    '   Medicare      14 cases   Net rev $38,102   Var cost $27,449   CM $10,653   CM/case $760.93',
    '   Commercial    17 cases   Net rev $71,880   Var cost $33,331   CM $38,549   CM/case $2,267.59',
    'Procedure {64445}  NJX AA&/STRD SCIATIC NRV — add-on guidance {76942} reported on 61% of cases',
    '   Medicare      92 cases   Net rev $40,664   Var cost $17,112   CM $23,552   CM/case $256.00',
    'Procedure {64632}  DSTRJ NEUROLYTIC PLANTAR COMMON DIGITAL NRV',
    'Source: EPSi cost model, warehouse load [20122]; CONFIDENTIAL — internal use only',
  ].join('\n'),
});

// ── 7. Contribution margin per case, CPT by payer matrix (no header on the code column) ──
const cmMatrix = table({
  id: 's114-cmmatrix',
  kind: 's114-contribution-margin-cpt-payer-matrix-grid',
  caption: 'Contribution margin per case by payer group — FY2026 YTD',
  headers: ['', 'Medicare', 'Medicaid', 'Commercial', 'Work comp', 'Self-pay', 'All'],
  rows: [
    ['{64712}', '$760.93', '-$412.10', '$2,267.59', '$3,010.00', '—', '$1,688.37'],
    ['{64714}', '$402.55', '—', '$1,460.20', '—', '—', '$837.45'],
    ['{64445}', '$256.00', '$44.80', '$512.36', '$588.00', '-$96.00', '$338.67'],
    ['{64632}', '$198.40', '$12.75', '$361.02', '—', '-$140.00', '$236.00'],
    ['{64612}', '$318.22', '$96.15', '$502.70', '—', '—', '$393.00'],
  ],
});

// ── 8. RVU-based allocation statistics, grid ──
const rvuStats = table({
  id: 's114-rvustat',
  kind: 's114-rvu-allocation-statistics-grid',
  caption: 'RVU allocation statistics — Pain Procedure Suite — FY2026 budget basis (CMS PFS RVU file, facility PE)',
  headers: [
    'Stat ID',
    'CPT/HCPCS',
    'Mod',
    'Work RVU',
    'PE RVU',
    'MP RVU',
    'Total RVU',
    'Volume',
    'Weighted',
    '% of CC',
  ],
  rows: [
    ['ST-[31062]', '{64445}', '', '1.00', '0.39', '0.09', '1.48', '262', '387.76', '14.2%'],
    ['ST-[31063]', '{64447}', '', '1.10', '0.36', '0.10', '1.56', '74', '115.44', '4.2%'],
    ['ST-[31065]', '{64455}', '', '0.75', '0.30', '0.06', '1.11', '48', '53.28', '2.0%'],
    ['ST-[31066]', '{64632}', 'T2', '1.23', '0.62', '0.12', '1.97', '112', '220.64', '8.1%'],
    ['ST-[31069]', '{64612}', '', '1.41', '0.86', '0.12', '2.39', '66', '157.74', '5.8%'],
    ['ST-[31071]', '{64615}', '', '1.85', '0.95', '0.17', '2.97', '140', '415.80', '15.3%'],
  ],
});

// ── 9. RVU statistic load file, CSV text layer ──
const rvuCsv = lines({
  id: 's114-rvucsv',
  kind: 's114-rvu-statistic-load-csv-text',
  before: 'stat_load_FY26_rvu.csv',
  text: [
    'stat_code,cost_center,cpt_hcpcs,modifier,rvu_total,volume,weighted_rvu,fiscal_year',
    'RVU-PAIN,[71085],{64445},,1.48,262,387.76,2026',
    'RVU-PAIN,[71085],{64632},T2,1.97,112,220.64,2026',
    'RVU-PAIN,[71085],{64612},,2.39,66,157.74,2026',
    'RVU-OR,[71080],{64712},RT,14.62,41,599.42,2026',
    'RVU-OR,[71080],{64714},LT,13.90,12,166.80,2026',
    'RVU-OR,[71080],*ALL,,,6113,[12034].58,2026',
  ].join('\n'),
});

// ── 10. Cost-to-charge ratio table (cost report Worksheet C), grid (decoy only) ──
const ccrTable = table({
  id: 's114-ccr',
  kind: 's114-cost-to-charge-ratio-table-grid',
  caption: 'Cost-to-charge ratios — FY2025 Medicare cost report (CMS-2552-10, Worksheet C, Part I) — RCC costing',
  headers: [
    'WS C line',
    'Cost center',
    'Dept no.',
    'Total cost (col 1)',
    'Total charges (col 8)',
    'CCR (col 9)',
    'Rev codes',
  ],
  rows: [
    ['50', 'Operating room', '[71080]', '$18,422,610', '$71,902,288', '0.[25621]', '0360–0369'],
    ['51', 'Recovery room', '[71030]', '$4,106,332', '$13,182,055', '0.[31151]', '0710–0719'],
    ['53', 'Anesthesiology', '[72010]', '$1,877,040', '$17,967,480', '0.[10447]', '0370–0379'],
    ['54', 'Radiology — diagnostic', '[74013]', '$9,330,518', '$51,474,120', '0.[18126]', '0320–0329'],
    ['71', 'Medical supplies charged to patients', '[62100]', '$6,914,006', '$23,979,870', '0.[28833]', '0270–0272'],
    ['73', 'Drugs charged to patients', '[73100]', '$12,660,734', '$38,013,120', '0.[33306]', '0250, 0636'],
    ['90', 'Clinic', '[71142]', '$5,218,400', '$11,870,214', '0.[43962]', '0510–0519'],
  ],
});

// ── 11. CCR method note, text layer ──
const ccrNote = lines({
  id: 's114-ccrnote',
  kind: 's114-ccr-costing-method-note-text',
  before: 'Method note — procedures without a cost standard',
  text: [
    'Where no standard exists, cost = charges × departmental CCR (ratio-of-cost-to-charges method).',
    'Example: {64632} billed in rev code 0361 at $2,140.00 × 0.[25621] = $548.29 estimated cost.',
    'CCRs come from the as-filed FY2025 cost report (CCN 520089, filed 11/26/2025); refresh after the NPR.',
    'Botulinum toxin (J0585) is costed at the drugs CCR and kept out of the {64612} procedure cost.',
    'Questions: Decision Support, 1 Lakeshore Pkwy, Madison, WI [53718].',
  ].join('\n'),
});

// ── 12. Department cost center roll-up, grid (decoy only) ──
const rollup = table({
  id: 's114-rollup',
  kind: 's114-department-cost-center-rollup-grid',
  caption: 'Cost center roll-up — Perioperative & Procedural Services — FY2026 YTD P07',
  headers: ['Level', 'Cost center', 'Name', 'Direct exp YTD', 'Allocated in', 'Fully loaded', 'Var to budget'],
  rows: [
    ['L2', '[70100]', 'Perioperative & Procedural Services', '$38,114,520', '$9,870,331', '$47,984,851', '-$612,400'],
    ['L3', '[71085]', 'Pain Procedure Suite', '$2,914,330', '$801,226', '$3,715,556', '-$41,260'],
    ['L3', '[71080]', 'Ambulatory Surgery OR', '$11,402,118', '$3,118,904', '$14,521,022', '-$286,115'],
    ['L3', '[71030]', 'PACU', '$2,450,007', '$612,480', '$3,062,487', '$18,340'],
    ['L3', '[71040]', 'Pre-Op / Phase II', '$1,733,612', '$401,955', '$2,135,567', '$9,120'],
    ['L3', '[72010]', 'Anesthesiology', '$1,106,240', '$288,010', '$1,394,250', '-$52,780'],
    ['L3', '[71142]', 'Pain Clinic (E&M)', '$1,884,905', '$520,114', '$2,405,019', '$12,005'],
  ],
});

// ── 13. Cost center hierarchy as an indented tree, text layer ──
const ccTree = lines({
  id: 's114-cctree',
  kind: 's114-cost-center-hierarchy-tree-text',
  before: 'Cost center hierarchy (reporting tree RPT-SL)',
  text: [
    'LRMC Lakeshore Regional Medical Center — company [10120]',
    '└─ [70100] Perioperative & Procedural Services',
    '   ├─ [71085] Pain Procedure Suite: blocks {64445}, {64447}; neurolysis {64632}; chemodenervation {64612}',
    '   ├─ [71080] Ambulatory Surgery OR: neuroplasty {64712}, {64714}',
    '   ├─ [71030] PACU   ├─ [71040] Pre-Op / Phase II   └─ [72010] Anesthesiology',
    '└─ [71142] Pain Clinic (E&M) — rolls to Ambulatory Services, not to [70100]',
  ].join('\n'),
});

// ── 14. Cost center operating statement with GL accounts, grid (decoy only) ──
const ccStatement = table({
  id: 's114-ccstmt',
  kind: 's114-cost-center-operating-statement-grid',
  caption: 'Operating statement — cost center 71085 Pain Procedure Suite — January 2026 (P07)',
  headers: ['Account', 'Description', 'Actual', 'Budget', 'Variance', 'Prior yr'],
  rows: [
    ['[60110]', 'Salaries — RN', '$118,402', '$112,900', '-$5,502', '$104,877'],
    ['[60130]', 'Salaries — tech', '$41,206', '$42,880', '$1,674', '$39,910'],
    ['[60510]', 'Benefits', '$44,130', '$43,280', '-$850', '$40,066'],
    ['[62100]', 'Medical/surgical supplies', '$61,044', '$53,900', '-$7,144', '$49,812'],
    ['[62300]', 'Drugs', '$88,275', '$81,000', '-$7,275', '$72,114'],
    ['[64612]', 'Purchased svcs — anesthesia pro fees', '$22,500', '$22,500', '$0', '$21,000'],
    ['[68100]', 'Depreciation — equipment', '$9,640', '$9,640', '$0', '$8,212'],
  ],
});

// ── 15. Supply cost per case with item numbers, grid ──
const supplyItems = table({
  id: 's114-supitems',
  kind: 's114-supply-cost-per-case-item-grid',
  caption: 'Supply cost per case — CPT 64712 Neuroplasty, sciatic nerve (RT/LT) — 38 cases — Jul 2025 to Jan 2026',
  headers: ['Item no.', 'Description', 'Mfr cat #', 'UOM', 'Unit cost', 'Avg qty/case', 'Cost/case', 'Pref card'],
  rows: [
    ['[40118]', 'Pack, lower extremity, custom', 'DYNJ904417', 'EA', '$148.20', '1.00', '$148.20', 'Okafor'],
    ['[64632]', 'Needle, stimulating, 22G x 100 mm', '4894251', 'EA', '$31.40', '1.00', '$31.40', 'Anesthesia'],
    ['[31046]', 'Nerve stimulator, handheld, disposable', '8-9041', 'EA', '$86.75', '1.00', '$86.75', 'Okafor'],
    ['[26072]', 'Nerve wrap, collagen, 2.5 cm', 'NW2540', 'EA', '$1,480.00', '0.05', '$77.89', 'Okafor'],
    ['[55116]', 'Suture, nylon 4-0 PS-2', '1667H', 'BX/36', '$3.12', '2.00', '$6.24', 'Okafor'],
    ['[18104]', 'Dressing, foam, 4 x 4 in', '661000', 'EA', '$7.95', '2.00', '$15.90', 'Okafor'],
    ['[12104]', 'Drape, operating microscope', '2340712', 'EA', '$24.60', '0.80', '$19.68', 'Okafor'],
    ['[47331]', 'Vessel loop, maxi, yellow', 'VL-2Y', 'PK/2', '$4.15', '2.00', '$8.30', 'Pham'],
  ],
});

// ── 16. Supply cost per case summary by procedure, grid ("Procedure" header) ──
const supplySummary = table({
  id: 's114-supsum',
  kind: 's114-supply-cost-per-case-summary-grid',
  caption: 'Supply cost per case by procedure vs peer benchmark (median) — FY2026 YTD',
  headers: ['Procedure', 'Cases', 'Supply $/case', 'Peer median', 'Variance', 'Top cost item'],
  rows: [
    ['{64712} Neuroplasty sciatic', '38', '$603.42', '$488.00', '-$115.42', 'Item [26072] nerve wrap'],
    ['{64714} Neuroplasty lumbar plexus', '11', '$646.00', '$602.00', '-$44.00', 'Item [40118] LE pack'],
    ['{64445} Sciatic block, single', '214', '$46.00', '$41.50', '-$4.50', 'Item [64632] stim needle'],
    ['{64632} Neurolysis plantar digital', '96', '$34.00', '$36.20', '$2.20', 'Item [33049] alcohol 98% 5 mL'],
    ['{64612} Chemodenerv facial', '57', '$20.00', '$18.75', '-$1.25', 'Item [51089] EMG needle 37 mm'],
    ['{64455} Plantar digital n inj', '41', '$23.00', '$22.10', '-$0.90', 'Item [12055] 27G needle'],
  ],
});

// ── 17. Finance analyst's variance commentary, text layer ──
const commentary = lines({
  id: 's114-varcomm',
  kind: 's114-finance-analyst-variance-commentary-text',
  before: 'Pain & Peripheral Nerve — January (P07) variance commentary — prepared by R. Haddad, Sr. Financial Analyst',
  text: [
    'Volume: sciatic blocks ({64445}) ran 31 over budget YTD (214 vs 183) after the second regional anesthesiologist started.',
    'Neuroplasty cost per case rose 9.4% on {64712}: OR time averaged 118 min against a 96-min standard,',
    'and two cases used the collagen nerve wrap (item [26072], $1,480 each).',
    'Lumbar plexus neuroplasty (CPT {64714}) is only 11 cases; one $9,804 outlier drives the whole variance.',
    'Supplies on account [62100] are $7,144 unfavourable for the month; $3,900 is the stimulating needle (item [64632]).',
    'Chemodenervation {64612} holds a 71.7% CM; the drug sits in pharmacy cost center [73100], not in procedure cost.',
    'Net revenue per case for {64632} fell to $412 after the BadgerCare fee update of 01/01/2026.',
    'No change to indirect allocation; the RVU statistics (stat set [31062]) refresh in P09.',
  ].join('\n'),
});

// ── 18. Variance commentary e-mail reply, text layer ──
const varEmail = lines({
  id: 's114-varmail',
  kind: 's114-variance-commentary-email-reply-text',
  before: 'From: Haddad, Rania  To: Vance, Marcus (Director, Pain Service Line)  Sent: Thu 2/19/2026 4:12 PM',
  text: [
    'Subject: RE: P07 flash — why is {64712} cost per case up?',
    'Short version: longer OR time on the sciatic neuroplasties, plus the nerve wrap.',
    'I pulled every {64712} case since July (38). The two longest were OR case log [48116] (164 min) and [48133] (151 min).',
    'If the sciatic block ({64445}) moves to the block room before the patient enters the OR we save about 12 OR minutes.',
    'Also: 7 of the RT {64445} lines on neuroplasty days denied as bundled, so their net revenue is $0.',
    'Lumbar plexus ({64714}) I would leave alone until we have more than 11 cases.',
    'Rania Haddad | Decision Support | 608-555-0187 | 1 Lakeshore Pkwy, Madison, WI [53718]',
  ].join('\n'),
});

// ── 19. Budget workbook export, CSV text layer ──
const budgetCsv = lines({
  id: 's114-budcsv',
  kind: 's114-budget-workbook-csv-export-text',
  before: 'FY27_Budget_PainPN_v4.xlsx — sheet "Rev_Exp_Detail" exported as CSV',
  text: [
    'entity,cost_center,account,cpt,line_desc,fy27_volume,fy27_rate,fy27_amount,fy26_proj_amount',
    'LRMC,[71085],[40110],{64445},Sciatic nerve block single,276,1184.00,326784.00,287904.00',
    'LRMC,[71085],[40110],{64632},Neurolysis plantar digital n,96,1030.00,[98880].00,[94760].00',
    'LRMC,[71085],[40110],{64612},Chemodenervation facial unilat,62,1310.00,[81220].00,[74670].00',
    'LRMC,[71080],[40110],{64712},Neuroplasty sciatic,40,7420.00,296800.00,281960.00',
    'LRMC,[71080],[40110],{64714},Neuroplasty lumbar plexus,12,7570.00,[90840].00,[83270].00',
    'LRMC,[71085],[62100],,Medical/surgical supplies,,,[72410].00,[66980].00',
  ].join('\n'),
});

// ── 20. Budget workbook volume tab, grid ("HCPCS" header) ──
const budgetVolume = table({
  id: 's114-budvol',
  kind: 's114-budget-workbook-volume-tab-grid',
  caption: 'FY27 Budget — Volume tab — Pain & Peripheral Nerve',
  headers: ['Ln', 'HCPCS', 'Description', 'FY26 proj', 'FY27 bud', 'Growth', 'Driver / note'],
  rows: [
    ['10', '{64445}', 'Sciatic block, single', '366', '390', '6.6%', 'Block room opens Oct 2026'],
    ['11', '{64447}', 'Femoral block, single', '108', '116', '7.4%', 'Same as line 10'],
    ['12', '{64448}', 'Femoral block, continuous', '22', '30', '36.4%', 'Catheter program'],
    ['20', '{64632}', 'Neurolysis, plantar digital', '164', '168', '2.4%', 'Podiatry referrals flat'],
    ['30', '{64712}', 'Neuroplasty, sciatic', '65', '68', '4.6%', 'Dr. Pham 0.5 FTE from Jan'],
    ['31', '{64714}', 'Neuroplasty, lumbar plexus', '19', '19', '0.0%', 'Hold'],
    ['40', '{64612}', 'Chemodenervation, facial', '98', '104', '6.1%', 'Per neurology'],
  ],
});

// ── 21. Board finance committee slide, text ──
const boardSlide = lines({
  id: 's114-board',
  kind: 's114-board-finance-committee-slide-text',
  before: 'Finance Committee of the Board — March 12, 2026 — Agenda item 4b',
  text: [
    'Pain & Peripheral Nerve Service Line: FY26 YTD performance',
    '• Volume +14% vs prior year (1,284 procedures); contribution margin $3.1M, 38.2% of net revenue',
    '• Margin leaders: sciatic nerve blocks (CPT {64445}) and facial chemodenervation (CPT {64612})',
    '• Watch item: sciatic neuroplasty (CPT {64712}) cost per case up 9% on OR time and implant use',
    '• Ask: approve $412K capital for a dedicated block room (CIP project [38122])',
    'Slide 7 of 14  |  Document [64714]-FC  |  Confidential — prepared for the Finance Committee',
  ].join('\n'),
});

// ── 22. Board slide appendix, grid (abbreviated headers, code inside the label) ──
const boardAppendix = table({
  id: 's114-boardapx',
  kind: 's114-board-slide-appendix-procedure-grid',
  caption: 'Appendix B — top procedures by contribution margin',
  headers: ['Procedure', 'Vol', 'NR/case', 'Cost/case', 'CM/case', 'vs PY'],
  rows: [
    ['Sciatic nerve block ({64445})', '366', '$556', '$277', '$279', '▲'],
    ['Chemodenervation, migraine ({64615})', '209', '$575', '$155', '$420', '▲'],
    ['Chemodenervation, facial ({64612})', '98', '$548', '$215', '$333', '▬'],
    ['Genicular RFA ({64624})', '80', '$1,110', '$522', '$588', '▲'],
    ['Plantar digital neurolysis ({64632})', '164', '$412', '$231', '$181', '▼'],
    ['Sciatic neuroplasty ({64712})', '65', '$4,379', '$3,477', '$902', '▼'],
  ],
});

// ── 23. Data warehouse extract definition, SQL text layer ──
const dwSql = lines({
  id: 's114-dwsql',
  kind: 's114-data-warehouse-extract-sql-text',
  before: 'Extract definition SL_PAIN_PN_COST.sql (rev 6)',
  text: [
    '-- Extract SL_PAIN_PN_COST: owner Decision Support, change ticket DS-[64445], approved 01/30/2026',
    'SELECT c.encounter_id, c.service_date, c.cpt_code, c.modifier_1, c.payer_plan_id,',
    '       cd.direct_labor, cd.direct_supply, cd.direct_other, cd.indirect_cost, r.net_revenue',
    '  FROM dw.fact_charge_line c JOIN dw.fact_cost_detail cd ON cd.charge_line_key = c.charge_line_key',
    " WHERE (c.cpt_code IN ('{64712}','{64714}','{64445}','{64632}','{64612}','{64455}','{64640}')",
    "        OR c.cpt_code BETWEEN '{64400}' AND '{64530}')",
    "   AND c.cost_center_id IN ('[71085]','[71080]','[72010]') AND c.company_id = [10120]",
    '   AND c.post_period BETWEEN 202507 AND 202606;',
  ].join('\n'),
});

// ── 24. Data warehouse extract field specification, grid ──
const dwSpec = table({
  id: 's114-dwspec',
  kind: 's114-data-warehouse-extract-field-spec-grid',
  caption: 'SL_PAIN_PN_COST — field specification',
  headers: ['#', 'Field', 'Type', 'Source', 'Example', 'Notes'],
  rows: [
    ['1', 'ENCOUNTER_ID', 'VARCHAR(12)', 'ADT', 'LR0012458830', ''],
    ['4', 'CPT_CODE', 'CHAR(5)', 'Charge line (CDM)', '{64712}', 'Line-level procedure, not the principal'],
    ['5', 'MODIFIER_1', 'CHAR(2)', 'Charge line', 'RT', ''],
    ['7', 'COST_CENTER_ID', 'CHAR(5)', 'GL', '[71080]', 'Performing department'],
    ['8', 'GL_ACCOUNT', 'CHAR(5)', 'GL', '[62100]', 'Supply lines only'],
    ['9', 'PAYER_PLAN_ID', 'CHAR(5)', 'Registration', '[10112]', 'Maps to financial class'],
    ['12', 'PAT_ZIP5', 'CHAR(5)', 'Patient address', '[53719]', 'First five only'],
    ['18', 'CASE_WEIGHT', 'DECIMAL(9,4)', 'RVU stat', '14.6200', 'Total RVU of {64712} with RT'],
  ],
});

// ── 25. Data warehouse extract job log, text layer ──
const dwLog = lines({
  id: 's114-dwlog',
  kind: 's114-data-warehouse-extract-job-log-text',
  before: 'ds-etl02: /var/log/ds/SL_PAIN_PN_COST.log',
  text: [
    '2026-02-18 02:00:04 INFO  job SL_PAIN_PN_COST (run [51092]) started by scheduler NIGHTLY_DS',
    '2026-02-18 02:01:37 INFO  dw.fact_charge_line: [64632] rows read, 2,118 rows matched the CPT filter',
    "2026-02-18 02:01:38 WARN  2 rows with cpt_code '{64713}' have no cost standard; costed by RCC at 0.[25621]",
    "2026-02-18 02:01:38 WARN  1 row with cpt_code '{64722}' outside service line map; kept, flagged SL=99",
    '2026-02-18 02:03:55 INFO  wrote /ds/extracts/sl_pain_pn_cost_202601.csv (2,118 rows, 1.4 MB)',
    '2026-02-18 02:04:16 INFO  run [51092] finished OK in 00:04:12',
  ].join('\n'),
});

// ── 26. GL account to cost component mapping, grid (decoy only) ──
const glMap = table({
  id: 's114-glmap',
  kind: 's114-gl-account-cost-component-mapping-grid',
  caption: 'GL account mapping — cost components and ABC drivers (cost model FY26v3)',
  headers: ['GL account', 'Account description', 'Cost component', 'Fixed/Var', 'ABC driver'],
  rows: [
    ['[60110]', 'Salaries — RN', 'Direct labor', 'Variable', 'Patient minutes'],
    ['[60130]', 'Salaries — technician', 'Direct labor', 'Variable', 'Patient minutes'],
    ['[60510]', 'Employee benefits', 'Direct labor', 'Variable', 'Follows salaries'],
    ['[62100]', 'Medical/surgical supplies', 'Direct supply', 'Variable', 'Item pick list'],
    ['[62150]', 'Implantables and neurostimulators', 'Direct supply', 'Variable', 'Item pick list'],
    ['[64612]', 'Purchased svcs — anesthesia pro fees', 'Direct other', 'Fixed', 'Cases'],
    ['[68100]', 'Depreciation — equipment', 'Direct other', 'Fixed', 'Room minutes'],
    ['[69100]', 'Allocated overhead (from step-down)', 'Indirect', 'Fixed', 'Sq ft / FTE'],
  ],
});

// ── 27. Chargemaster to cost crosswalk, grid ──
const cdmXwalk = table({
  id: 's114-cdmxw',
  kind: 's114-chargemaster-cpt-cost-crosswalk-grid',
  caption: 'CDM crosswalk — Pain & Peripheral Nerve charge codes with cost standards',
  headers: ['Charge code', 'Charge description', 'Rev', 'CPT', 'Price', 'Std cost', 'Dept'],
  rows: [
    ['4100218', 'NEUROPLASTY SCIATIC NERVE', '0360', '{64712}', '$7,420.00', '$3,476.89', '[71080]'],
    ['4100226', 'NEUROPLASTY LUMBAR PLEXUS', '0360', '{64714}', '$7,570.00', '$3,852.55', '[71080]'],
    ['4200115', 'NERVE BLOCK SCIATIC SINGLE', '0361', '{64445}', '$1,184.00', '$277.00', '[71085]'],
    ['4200131', 'NERVE BLOCK FEMORAL SINGLE', '0361', '{64447}', '$1,184.00', '$245.00', '[71085]'],
    ['4200149', 'US GUIDANCE NEEDLE PLACEMENT', '0402', '{76942}', '$612.00', '$88.40', '[74013]'],
    ['4200204', 'NEUROLYSIS PLANTAR DIGITAL NRV', '0361', '{64632}', '$1,030.00', '$231.00', '[71085]'],
    ['4200212', 'CHEMODENERVATION FACIAL UNILAT', '0361', '{64612}', '$1,310.00', '$215.00', '[71085]'],
  ],
});

// ── 28. Encounter-level cost drill-down, grid ──
const encounters = table({
  id: 's114-enc',
  kind: 's114-encounter-cost-drilldown-grid',
  caption: 'Encounters — neuroplasty (64712, 64714) — FY2026 YTD — sorted by cost',
  headers: ['Encounter', 'DOS', 'Proc', 'Mod', 'Payer', 'OR case', 'Cost', 'Net rev', 'Margin'],
  rows: [
    ['LR0012458830', '01/14/2026', '{64712}', 'RT', 'AETNA COMM', '[48116]', '$5,912.40', '$3,912.64', '-$1,999.76'],
    ['LR0012461177', '01/21/2026', '{64712}', 'LT', 'MEDICARE', '[48133]', '$5,488.10', '$2,720.15', '-$2,767.95'],
    ['LR0012397402', '11/05/2025', '{64712}', 'RT', 'WORK COMP', '[47720]', '$4,102.77', '$7,110.00', '$3,007.23'],
    ['LR0012361958', '09/30/2025', '{64714}', 'LT', 'BADGERCARE', '[47388]', '$9,804.22', '$2,310.48', '-$7,493.74'],
  ],
});

// ── 29. HL7 v2 charge feed into the cost system, text layer ──
const hl7Dft = lines({
  id: 's114-dft',
  kind: 's114-hl7-dft-charge-feed-to-cost-system-text',
  before: 'Interface engine — outbound DFT to cost accounting (channel CA_CHG_OUT) — message view',
  text: [
    'MSH|^~\\&|EPIC|LRMC|EPSI|DS|20260114163205||DFT^P03|[91226]|P|2.5.1',
    'PV1|1|O|[71080]^OR07^01||||1184420^OKAFOR^CHIDI^^^^MD',
    'FT1|1|88123401||20260114|20260114|CG|4100218^NEUROPLASTY SCIATIC NERVE^LRCDM|||1|7420.00|7420.00|[71080]|||||||1184420^OKAFOR^CHIDI|||||{64712}^NEUROPLASTY SCIATIC NERVE^C4|RT',
    'FT1|2|88123402||20260114|20260114|CG|4200115^NERVE BLOCK SCIATIC SINGLE^LRCDM|||1|1184.00|1184.00|[72010]|||||||2207716^LINDGREN^ERIK|||||{64445}^NJX AA&/STRD SCIATIC NRV^C4|RT',
    'FT1|3|88123403||20260114|20260114|CG|2720119^NEEDLE STIM 22G 100MM^LRCDM|||1|96.00|96.00|[71080]|||||||||||||',
  ].join('\n'),
});

// ── 30. FHIR ChargeItem feeding the cost model, JSON text layer ──
const fhirCharge = lines({
  id: 's114-fhirci',
  kind: 's114-fhir-chargeitem-cost-feed-json-text',
  before: 'GET /fhir/R4/ChargeItem?account=LR0012470213 — entry 1',
  text: [
    '{ "resourceType": "ChargeItem", "id": "ci-[55117]", "status": "billed",',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}",',
    '    "display": "Destruction by neurolytic agent; plantar common digital nerve" } ] },',
    '  "extension": [ { "url": "https://fhir.lakeshorehealth.org/cost-center", "valueString": "[71085]" } ],',
    '  "quantity": { "value": 2 }, "priceOverride": { "value": 2060.00, "currency": "USD" },',
    '  "occurrenceDateTime": "2026-01-21", "subject": { "reference": "Patient/[88131]" } }',
  ].join('\n'),
});

// ── 31. Net revenue true-up against 835 remittances, X12 text layer ──
const remit835 = lines({
  id: 's114-835',
  kind: 's114-net-revenue-remit-835-trueup-text',
  before: 'Net revenue true-up — 835 lines matched to cost records — January 2026 — Aetna',
  text: [
    'N1*PR*AETNA*XV*[60054]~',
    'N1*PE*LAKESHORE REGIONAL MEDICAL CENTER*XX*1427051183~',
    'CLP*LR0012458830*1*8604*3912.64**12*1926014883201~',
    'SVC*HC:{64712}:RT*7420*3912.64**1~',
    'CAS*CO*45*3507.36~',
    'SVC*HC:{64445}:RT*1184*0**1~',
    'CAS*CO*97*1184~',
    'Matched to cost record LR0012458830: cost $5,912.40, net revenue $3,912.64, margin -$1,999.76 (item [26072] used)',
  ].join('\n'),
});

// ── 32. Procedure time standards, grid ("Code" header) ──
const timeStds = table({
  id: 's114-timestd',
  kind: 's114-procedure-time-standards-grid',
  caption: 'Time standards used for labor costing (minutes per case)',
  headers: ['Code', 'Room type', 'Setup', 'Procedure', 'Cleanup', 'RN/case', 'Time study'],
  rows: [
    ['{64712}', 'OR', '25', '96', '20', '2.0', 'TS-[21046], 04/2025'],
    ['{64714}', 'OR', '25', '110', '20', '2.0', 'TS-[21046], 04/2025'],
    ['{64445}', 'Block room', '8', '15', '5', '1.0', 'TS-[21057], 06/2025'],
    ['{64632}', 'Procedure rm', '6', '12', '5', '1.0', 'TS-[21061], 06/2025'],
    ['{64612}', 'Procedure rm', '5', '20', '5', '1.0', 'TS-[21061], 06/2025'],
  ],
});

// ── 33. Cost model to GL reconciliation, text layer ──
const recon = lines({
  id: 's114-recon',
  kind: 's114-cost-model-gl-reconciliation-text',
  before: 'Monthly reconciliation — cost model FY26v3 to general ledger — P07',
  text: [
    'Cost center [71085] Pain Procedure Suite: GL expense 412,880.16; costed to patients 405,611.05; unreconciled 7269.11 (1.8%)',
    'Cost center [71080] Ambulatory Surgery OR: GL expense 1,634,902.40; costed 1,617,116.62; unreconciled [17785].78 (1.1%)',
    'Largest unreconciled item: GL [64612] anesthesia pro fees posted 01/31 after the cost run (JE [20088]).',
    'Threshold is 2.0% per cost center; both within tolerance. Reviewed by K. Lindqvist.',
  ].join('\n'),
});

// ── 34. Service-line dashboard tiles, text layer ──
const dashboard = lines({
  id: 's114-dash',
  kind: 's114-service-line-dashboard-tiles-text',
  before: 'Service Line Performance — Pain & Peripheral Nerve',
  text: [
    'FY26 YTD  |  Cases 1,284  |  CM 38.2%  |  Cost/case $1,164  |  Net rev/case $1,884',
    'Top 5 by CM $:  {64445} · {64615} · {64612} · {64624} · {64632}',
    'Watch list:  {64714} (net margin negative)  ·  {64712} (cost/case +9.4%)',
    'Data as of 02/18/2026 06:00  |  Refresh [91103]  |  Dashboard [12115]',
  ].join('\n'),
});

// ── 35. Report footer and run metadata, text layer (decoy only) ──
const footer = lines({
  id: 's114-footer',
  kind: 's114-cost-report-footer-run-metadata-text',
  before: 'End of report',
  text: [
    'Report: Service Line P&L by Procedure    Report no. [64445]    Owner: Decision Support',
    'Run by RHADDAD 02/18/2026 07:42 on DSAPP02    Query [33064]    Rows 2,118',
    'Cost model FY26v3  ·  Statistics set [31062]  ·  CCR set FY25-AF',
    'Lakeshore Regional Medical Center, 1 Lakeshore Pkwy, Madison, WI [53718] — CONFIDENTIAL',
  ].join('\n'),
});

// ── 36. Service-line definition rules with code ranges, grid ──
const slRules = table({
  id: 's114-slrules',
  kind: 's114-service-line-definition-rules-grid',
  caption: 'Service line grouper — SL 31 Pain & Peripheral Nerve — rule table',
  headers: ['Rule', 'Criterion', 'Codes / values', 'Assigns to'],
  rows: [
    ['SL31-01', 'Primary CPT in range', '{64400}–{64489}', 'Nerve blocks'],
    ['SL31-02', 'Primary CPT in range', '{64600}–{64681}', 'Destruction and chemodenervation'],
    [
      'SL31-03',
      'Primary CPT in range',
      '{64702}–{64727} except {64721}',
      'Neuroplasty (carpal tunnel goes to Hand SL 27)',
    ],
    ['SL31-04', 'Primary CPT in list', '{64555}, {64575}, {64590}, {64595}', 'Neurostimulation'],
    ['SL31-05', 'Performing cost center', '[71085] or [71142]', 'Pain — all other'],
    ['SL31-06', 'Exclude', 'MS-DRG 939–941; cost center [71300]', 'Inpatient carve-out'],
  ],
});

// ── 37. Payer contract expected reimbursement model, grid ──
const expReimb = table({
  id: 's114-expreimb',
  kind: 's114-payer-expected-reimbursement-model-grid',
  caption: 'Expected reimbursement vs standard cost — contract model FY26',
  headers: ['Payer', 'Contract', 'Method', 'CPT', 'Expected', 'Std cost', 'Margin'],
  rows: [
    ['Medicare', 'OPPS CY2026', 'APC 5432', '{64712}', '$2,720.15', '$3,476.89', '-$756.74'],
    ['Aetna', 'CT-[20013]', '% of charges 52.7%', '{64712}', '$3,912.64', '$3,476.89', '$435.75'],
    ['Medicare', 'OPPS CY2026', 'APC 5442', '{64445}', '$512.40', '$277.00', '$235.40'],
    ['Humana MA', 'CT-[20018]', 'Medicare + 2%', '{64632}', '$431.02', '$231.00', '$200.02'],
    ['BadgerCare', 'Fee schedule [40093]', 'FFS', '{64612}', '$188.55', '$215.00', '-$26.45'],
  ],
});

// ── 38. Decision support help desk ticket, text layer ──
const ticket = lines({
  id: 's114-ticket',
  kind: 's114-decision-support-ticket-text',
  before: 'Decision Support request — Service Desk',
  text: [
    'Ticket DS-[41121]   Opened 02/09/2026 by M. Vance (Pain SL)   Priority 3   Assigned: K. Lindqvist',
    'Issue: chemodenervation {64612} cases show $0 supply cost since P05.',
    'Cause: the pick list was remapped from cost center [71085] to pharmacy [73100] with the J0585 charge.',
    'Fix: pick list for {64612} re-linked; cost recalc batch [70115] ran 02/11. {64615} had the same fault and is fixed.',
    'Related: DS-[64445] (extract change). Closed 02/12/2026.',
  ].join('\n'),
});

// ── 39. Budget assumptions memo, text layer ──
const budgetMemo = lines({
  id: 's114-budmemo',
  kind: 's114-budget-assumptions-memo-text',
  before: 'FY27 budget assumptions — Pain & Peripheral Nerve — draft for the service line director',
  text: [
    'Volume: +6% on nerve blocks ({64445}, {64447}, {64448}) once the block room opens; neuroplasty flat.',
    'Rate: CY2026 OPPS for Medicare; commercial +3.0% on renewal of contract CT-[20013].',
    'Supplies: 4.5% inflation; the GPO tier change on item [64632] is already in the base.',
    'Labor: 1.0 FTE CRNA added in cost center [72010]; merit 3.0% from the first full pay period.',
  ].join('\n'),
});

// ── 40. Cost standard export, XML text layer ──
const stdXml = lines({
  id: 's114-stdxml',
  kind: 's114-cost-standard-activity-xml-text',
  before: 'cost_standards_FY26v3.xml (excerpt)',
  text: [
    '<CostStandard chargeCode="4100218" cpt="{64712}" modifier="RT" version="FY26v3">',
    '  <Activity code="OR-MIN" costCenter="[71080]" glAccount="[60110]" units="96" />',
    '  <Activity code="BLOCK" costCenter="[72010]" glAccount="[64612]" units="1" relatedCpt="{64445}" />',
    '  <Supply item="[40118]" qty="1" unitCost="148.20" />',
    '  <Supply item="[26072]" qty="0.05" unitCost="1480.00" />',
    '</CostStandard>',
  ].join('\n'),
});

export const sealed114: Snippet[] = [
  ...procCost,
  ...activity,
  ...costStandard,
  ...pnlProc,
  ...pnlPayer,
  ...cmReport,
  ...cmMatrix,
  ...rvuStats,
  ...rvuCsv,
  ...ccrTable,
  ...ccrNote,
  ...rollup,
  ...ccTree,
  ...ccStatement,
  ...supplyItems,
  ...supplySummary,
  ...commentary,
  ...varEmail,
  ...budgetCsv,
  ...budgetVolume,
  ...boardSlide,
  ...boardAppendix,
  ...dwSql,
  ...dwSpec,
  ...dwLog,
  ...glMap,
  ...cdmXwalk,
  ...encounters,
  ...hl7Dft,
  ...fhirCharge,
  ...remit835,
  ...timeStds,
  ...recon,
  ...dashboard,
  ...footer,
  ...slRules,
  ...expReimb,
  ...ticket,
  ...budgetMemo,
  ...stdXml,
];
