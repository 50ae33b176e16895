import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 90 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s90-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (codes in rule lists, and codes a member reads off her statements, included). About a third
 * of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs, case, claim, record-request,
 * lead, debtor and internal provider numbers, patient accounts, employee and vendor numbers, a submitter id, a
 * magistrate case number and an offset amount. The five known codes' digits come back as decoys: a hotline tip
 * number, a payer PO box, a prepayment review reference, an overpayment id and its 835 PLB reference, a refund check
 * number, a record-copy vendor account, a rule's suppressed vendor id, an investigator's employee number, a
 * prior-authorization number and a federal prisoner register number.
 *
 * Family: payer special investigations units (SIU) and fraud, waste and abuse analytics around a podiatry and
 * peripheral-nerve practice (repeated neurolytic plantar-nerve destruction, sciatic / lumbar plexus neuroplasty
 * billed for office injections, bilateral chemodenervation billed twice): an SIU case file summary and subject list
 * (case numbers, provider TINs, ZIPs), a case activity log, an outlier report of providers by CPT frequency per
 * beneficiary with its analyst notes, a comparative billing report, a peer-group profile, a prepayment review letter
 * as prose with its documentation-request claim listing, a data-mining rule specification (prose, JSON, XML, CSV code
 * list), a prepay edit work queue and a suspended 837P claim, a clinical review worksheet, a medical record request
 * log and letter, an overpayment demand letter with its claim lines, sample selection and extrapolation
 * methodology, an 835 offset remittance, a provider education letter and checklist, a hotline tip intake form and
 * tip log, a member verification-of-services letter, a link analysis of shared identifiers, a law-enforcement
 * referral form, a recovery tracking spreadsheet and its CSV export, a monthly SIU status memo, and decoy-only pages (an investigator caseload
 * roster, a federal criminal docket excerpt with case ids).
 * Built on real public layouts: the CMS Program Integrity Manual targeted prepayment review / additional
 * documentation request letter (chapter 3) and statistical sampling for overpayment estimation (chapter 8, RAT-STATS,
 * strata, lower limit of the one-sided 90% confidence interval), the MAC initial overpayment demand letter (claim
 * listing by ICN, DOS, HCPCS, paid, overpaid; interest, rebuttal and redetermination rights), the CMS Comparative
 * Billing Report table (your value, state, nation, significantly higher), X12 835 PLB WO offset and 837P loop 2400
 * segments, and a CM/ECF criminal docket report (case number, register number, filed / # / docket text). The others
 * are written the way those pages read, with no single source.
 *
 * 391 labelled tokens over 35 shapes: 166 codes, 225 decoys, 77 of the decoys in KNOWN_10K.
 */

// ── 1. SIU case file summary, text layer ──
const caseSummary = lines({
  id: 's90-casesum',
  kind: 's90-siu-case-file-summary-text',
  before: 'Special Investigations Unit — Case File Summary — CONFIDENTIAL',
  text: [
    'SIU Case No. SIU-25-[30412]   Opened 03/04/2025   Lead investigator: R. Kowalczyk (CFE)',
    'Subject provider: Three Rivers Foot & Nerve Associates, LLC   TIN 25-1847736   Group NPI 1326049917',
    'Practice address: 2100 Smallman St, Suite 300, Pittsburgh, PA [15222]; satellite in Hermitage, PA [16148]',
    'Source: data-mining lead (rule NRV-07) and hotline tip [64714] received 02/11/2025',
    'Allegation: repeated alcohol neurolysis billed as {64632} at 6–9 sessions per foot per year, and sciatic neuroplasty',
    '({64712}) billed for office visits where only an injection was documented.',
    'Exposure (24-month lookback): 1,214 lines, paid $418,907.16; members affected: 287',
    'Member ZIPs most affected: [16148] (118), [15222] (77), [16134] (51), [16125] (41)',
    'Related cases: SIU-23-[41120] (closed, education), SIU-24-[18310] (rendering NPI overlap)',
  ].join('\n'),
});

// ── 2. SIU case subjects and linked entities, table ──
const caseSubjects = table({
  id: 's90-subjects',
  kind: 's90-siu-case-subjects-grid',
  caption: 'Case subjects and linked entities',
  headers: ['Role', 'Name', 'TIN / NPI', 'Address', 'ZIP', 'Linked case'],
  rows: [
    ['Subject (group)', 'Three Rivers Foot & Nerve Assoc.', 'TIN ***7736', '2100 Smallman St Ste 300', '[15222]', '—'],
    ['Rendering', 'Vell, Marcus T., DPM', 'NPI 1598203344', '3345 E State St', '[16148]', '—'],
    ['Rendering', 'Harrow, Ines, MD', 'NPI 1740588162', '2100 Smallman St Ste 300', '[15222]', 'SIU-24-[18310]'],
    ['Billing agent', 'ClaimRight Billing Svcs', 'TIN ***0519', 'PO Box [47712]', '[15250]', '—'],
    [
      'Mgmt. company',
      'Allegheny Podiatric Mgmt LLC',
      'TIN ***2210',
      '500 Grant St Ste 2900',
      '[15219]',
      'SIU-23-[41120]',
    ],
  ],
});

// ── 3. SIU case activity log, table ──
const activityLog = table({
  id: 's90-activity',
  kind: 's90-siu-case-activity-log-grid',
  caption: 'Case activity log',
  headers: ['Date', 'Activity', 'By', 'Ref', 'Hrs'],
  rows: [
    ['03/04/2025', 'Case opened from lead NRV-07', 'RK', 'Lead [50348]', '0.5'],
    ['03/06/2025', 'Claims pull, DOS 01/2023–12/2024, {64632} {64640} {64455}', 'DA', 'Query [52218]', '2.0'],
    ['03/12/2025', 'Records requested, 40-claim probe', 'RK', 'MRR batch [71301]', '1.0'],
    ['04/02/2025', 'Clinical review: {64712} not supported on 17 of 19', 'JL', 'Worksheet [27301]', '6.5'],
    ['04/15/2025', 'Prepay edit placed on {64632} {64712} {64714}', 'RK', 'Edit [10412]', '0.5'],
    ['05/20/2025', 'Referral to OIG drafted', 'RK', 'Ref [20354]', '3.0'],
  ],
});

// ── 4. Outlier report, providers by CPT frequency per beneficiary, table ──
const outlier = table({
  id: 's90-outlier',
  kind: 's90-outlier-frequency-per-bene-grid',
  caption: 'Outlier report — services per beneficiary, podiatry and pain peer groups, CY2024 (z ≥ 3.0)',
  headers: ['Rank', 'Prov #', 'Provider', 'Proc', 'Benes', 'Svcs', 'Svcs/bene', 'Peer mean', 'Z'],
  rows: [
    ['1', '[83102]', 'Vell, M (DPM)', '{64632}', '212', '1,604', '7.57', '1.84', '9.2'],
    ['2', '[83413]', 'Harrow, I (MD)', '{64712}', '41', '118', '2.88', '1.02', '7.9'],
    ['3', '[80632]', 'Okun, P (DPM)', '{64455}', '388', '2,911', '7.50', '2.10', '6.4'],
    ['4', '[83102]', 'Vell, M (DPM)', '{64714}', '19', '44', '2.32', '1.00', '6.1'],
    ['5', '[81977]', 'Brandt, L (DPM)', '{11721}', '905', '5,870', '6.49', '3.95', '3.6'],
    ['6', '[82245]', 'Sato, K (MD)', '{64445}', '172', '630', '3.66', '1.21', '3.3'],
    ['7', '[80541]', 'Nwosu, E (DO)', '{64612}', '66', '304', '4.61', '2.40', '3.1'],
  ],
});

// ── 5. Outlier report analyst notes, text layer ──
const outlierNotes = lines({
  id: 's90-outnotes',
  kind: 's90-outlier-report-narrative-text',
  before: 'Analyst notes — outlier report, podiatry and pain peer groups',
  text: [
    'Peer group: specialty 48 (podiatry), Western PA, 1,117 rendering NPIs, 96,402 members with any foot service.',
    'Vell billed the plantar digital neurolysis code {64632} on 212 members, an average of 7.6 sessions each; the peer',
    'mean is 1.8. The series usually runs 3 to 7 injections; more than 7 per foot in 12 months is outside LCD L[33791].',
    'Harrow reported sciatic neuroplasty {64712} in POS 11 (office) on 41 members; peers bill it almost only in POS 22/24.',
    'Okun bills {64455} with {20550} on the same day on 71% of visits.',
    'Suggested action: open a case on Vell and Harrow (ZIP [15222]); watch list for Okun (ZIP [15108]).',
  ].join('\n'),
});

// ── 6. Comparative billing report, table ──
const cbr = table({
  id: 's90-cbr',
  kind: 's90-comparative-billing-report-grid',
  caption: 'Comparative Billing Report — your practice compared with your state and the nation',
  headers: ['Metric', 'HCPCS', 'Your value', 'State', 'Nation', 'Significantly higher?'],
  rows: [
    ['Average allowed services per beneficiary', '{64632}', '7.57', '1.92', '1.70', 'Yes'],
    ['Average allowed services per beneficiary', '{64455}', '2.10', '2.05', '1.88', 'No'],
    ['Percent of beneficiaries with 8 or more services', '{64632}', '41.0%', '3.2%', '2.6%', 'Yes'],
    ['Allowed amount per beneficiary', '{64632}', '1,149.43', '291.52', '258.10', 'Yes'],
    ['Average allowed services per beneficiary', '{64640}', '1.00', '1.31', '1.22', 'No'],
    ['Total allowed amount', 'All', '[98114].22', '—', '—', '—'],
  ],
});

// ── 7. Peer group profile, top procedures, table ──
const peerProfile = table({
  id: 's90-peer',
  kind: 's90-peer-group-top-procedures-grid',
  caption: 'Peer group profile — podiatry, Western PA — top procedures by allowed dollars, CY2024',
  headers: ['CPT', 'Description', 'Lines', 'Allowed $', 'Providers billing', '% of peer total'],
  rows: [
    ['{99213}', 'Office visit est., low MDM', '[39905]', '3,022,540', '1,090', '30.4%'],
    ['{11721}', 'Debride nail, 6 or more', '[48210]', '1,402,118', '842', '14.1%'],
    ['{64455}', 'Inj plantar common digital nerve', '[10332]', '688,030', '402', '6.9%'],
    ['{64632}', 'Destr neurolytic plantar dig nerve', '4113', '624,530', '96', '6.3%'],
    ['{20550}', 'Inj tendon sheath/ligament', '[14988]', '590,224', '511', '5.9%'],
    ['{11055}', 'Paring, 1 lesion', '[21177]', '412,660', '615', '4.2%'],
  ],
});

// ── 8. Prepayment review letter, text layer ──
const prepayLetter = lines({
  id: 's90-prepay',
  kind: 's90-prepayment-review-letter-text',
  before: 'Notice of Targeted Prepayment Review',
  text: [
    'Three Rivers Foot & Nerve Associates, LLC, 2100 Smallman St, Suite 300, Pittsburgh, PA [15222]',
    'Provider number [37416]   Review reference PPR-[64712]',
    'Dear Provider: our data analysis shows that you bill destruction of the plantar common digital nerve ({64632}) at',
    'a rate well above your peers. Effective 05/01/2025, claims billing {64632}, {64640}, {64712} or {64714} will be',
    'suspended and you will receive a request for records. Submit the procedure note, the diagnostic workup and the',
    'prior injection history ({64455} or {20550}) for each date of service.',
    'Records must reach us within 45 days at PO Box [64445], Pittsburgh, PA [15250]; fax 412-555-0187.',
    'If the error rate stays above 20% after three rounds of 20 to 40 claims, we may refer the matter to our SIU.',
  ].join('\n'),
});

// ── 9. Additional documentation request claim listing, table ──
const adrListing = table({
  id: 's90-adr',
  kind: 's90-prepay-adr-claim-listing-grid',
  caption: 'Additional documentation requested — claims pended',
  headers: ['Claim #', 'Member ID', 'Pt acct', 'DOS', 'Svc', 'Units', 'Billed', 'Due by'],
  rows: [
    ['[52612]', 'XPA884120337', '[30509]', '05/02/2025', '{64632}', '1', '195.00', '06/16/2025'],
    ['[52618]', 'XPA884120337', '[30509]', '05/16/2025', '{64632}', '1', '195.00', '06/30/2025'],
    ['[52640]', 'XPA771902265', '[41866]', '05/07/2025', '{64712}', '1', '1,240.00', '06/21/2025'],
    ['[52659]', 'XPA310057719', '[44173]', '05/09/2025', '{64445}', '1', '310.00', '06/23/2025'],
    ['[52671]', 'XPA310057719', '[44173]', '05/09/2025', '{20550}', '1', '98.00', '06/23/2025'],
    ['[52702]', 'XPA902448816', '[38113]', '05/12/2025', '{64714}', '1', '1,380.00', '06/26/2025'],
  ],
});

// ── 10. Data-mining rule specification, text layer ──
const ruleSpec = lines({
  id: 's90-rulespec',
  kind: 's90-data-mining-rule-spec-text',
  before: 'FWA Analytics — Rule Specification NRV-07 (v3) — Peripheral nerve destruction and neuroplasty',
  text: [
    'Purpose: flag rendering providers whose nerve destruction or neuroplasty per beneficiary exceeds peer norms.',
    'Inclusion codes (professional claims, allowed > 0): {64632}, {64640}, {64455}, {64712}, {64714}, {64708}.',
    'Threshold T1: more than 7 units of {64632} per member per foot (RT/LT) in a rolling 365 days.',
    'Threshold T2: {64712} or {64714} with place of service 11 — any occurrence.',
    'Threshold T3: provider z-score of 3.0 or more within the podiatry peer group and at least 30 members.',
    'Output table FWA_LEADS_NRV07, lead sequence starts at [50001]; runs monthly on the 3rd.',
    'Owner: analytics team, cost center [74420]; change ticket [61587].',
  ].join('\n'),
});

// ── 11. Rule specification as JSON, text layer ──
const ruleJson = lines({
  id: 's90-rulejson',
  kind: 's90-rule-spec-json-text',
  before: 'rules/nrv-07.json',
  text: [
    '{',
    '  "ruleId": "NRV-07",',
    '  "version": 3,',
    '  "codes": ["{64632}", "{64640}", "{64455}"],',
    '  "neuroplastyCodes": ["{64712}", "{64714}", "{64708}"],',
    '  "maxUnitsPerMemberYear": 7,',
    '  "posExcluded": ["22", "24"],',
    '  "leadSeqStart": [50001],',
    '  "owner": "analytics", "costCenter": "[74420]"',
    '}',
  ].join('\n'),
});

// ── 12. Rule specification as XML, text layer ──
const ruleXml = lines({
  id: 's90-rulexml',
  kind: 's90-rule-spec-xml-text',
  before: 'Rule export — CHM-02 (XML)',
  text: [
    '<rule id="CHM-02" version="2">',
    '  <description>Bilateral chemodenervation billed as two lines, one per side</description>',
    '  <codeList name="chemo">',
    '    <code>{64612}</code>',
    '    <code>{64615}</code>',
    '    <code>{64616}</code>',
    '    <code>{95874}</code>',
    '  </codeList>',
    '  <threshold metric="linesPerDay" op="gt" value="1"/>',
    '  <suppress vendorId="[64612]" reason="vendor test records"/>',
    '  <leadQueue costCenter="[74420]" seq="[60122]"/>',
    '</rule>',
  ].join('\n'),
});

// ── 13. Rule code list as CSV, text layer ──
const ruleCsv = lines({
  id: 's90-rulecsv',
  kind: 's90-rule-code-list-csv-text',
  before: 'nrv07_codes.csv',
  text: [
    'code,short_desc,max_units_365,peer_mean,added',
    '{64632},DESTR NEUROLYTIC PLANTAR DIG NRV,7,1.84,2021-01-04',
    '{64640},DESTR NEUROLYTIC OTHER PERIPH NRV,4,1.22,2021-01-04',
    '{64455},INJ PLANTAR COMMON DIG NRV,5,2.10,2021-01-04',
    '{64712},NEUROPLASTY SCIATIC NERVE,1,1.02,2023-07-01',
    '{64714},NEUROPLASTY LUMBAR PLEXUS,1,1.00,2023-07-01',
    '{64708},NEUROPLASTY OTHER PERIPH NERVE,2,1.05,2023-07-01',
    '{28080},EXC MORTON NEUROMA,1,1.01,2024-02-15',
  ].join('\n'),
});

// ── 14. Prepay edit work queue (claims system reviewer screen), table ──
const editQueue = table({
  id: 's90-editq',
  kind: 's90-prepay-edit-work-queue-grid',
  caption: 'Prepay edit queue NRV-07 — pended lines — reviewer view',
  headers: ['Line', 'Item', 'Units', 'POS', 'Edit', 'Lead', 'Reviewer', 'Decision'],
  rows: [
    ['[52702]-1', '{64714}', '1', '11', 'T2', '[50113]', 'JL', 'Deny — not supported'],
    ['[52702]-2', '{64445}', '1', '11', 'T1-assoc', '[50113]', 'JL', 'Allow'],
    ['[52718]-1', '{64632}', '1', '11', 'T1', '[50121]', 'JL', 'Deny — 8th session'],
    ['[52730]-1', '{64712}', '1', '11', 'T2', '[50139]', 'MR', 'Pend for records'],
    ['[52731]-1', '{99213}', '1', '11', '—', '—', 'MR', 'Allow'],
    ['[52741]-1', '{64640}', '2', '11', 'T1', '[50153]', 'MR', 'Deny — units'],
  ],
});

// ── 15. Suspended 837P claim, loop 2300/2400 segments, text layer ──
const x12Claim = lines({
  id: 's90-837p',
  kind: 's90-837p-prepay-suspended-claim-text',
  before: 'Suspended claim — raw 837P segments (prepay edit NRV-07)',
  text: [
    'CLM*[52702]*1690***11:B:1*Y*A*Y*Y~',
    'REF*G1*PA[64632]~',
    'HI*ABK:G5761~',
    'NM1*82*1*VELL*MARCUS****XX*1598203344~',
    'N4*HERMITAGE*PA*[16148]~',
    'LX*1~',
    'SV1*HC:{64714}*1380*UN*1***1~',
    'DTP*472*D8*20250512~',
    'LX*2~',
    'SV1*HC:{64445}:59*310*UN*1***1~',
  ].join('\n'),
});

// ── 16. Clinical review worksheet, text layer ──
const clinicalReview = lines({
  id: 's90-review',
  kind: 's90-clinical-review-findings-text',
  before: 'Clinical Review Worksheet — reviewer JL — claim-by-claim findings',
  text: [
    'Claim [52640], DOS 05/07/2025: billed {64712} (sciatic neuroplasty). The note describes a 3 mL injection at the',
    'ankle, no incision. Not supported; the documented service fits {64455} at most.',
    'Claim [52612], DOS 05/02/2025: {64632} RT, session 8 of 8 since 06/2024; no re-evaluation after session 7. Deny.',
    'Claims [52659] and [52671], DOS 05/09/2025: {64445} and {20550}; the tendon sheath injection is not documented.',
    'Allow {64445}, deny {20550}.',
    'Claim [52702], DOS 05/12/2025: lumbar plexus neuroplasty ({64714}) in an office; op note template reused. Deny.',
    'Reviewer: J. Lindqvist, RN, CPC; license RN[48817]; reviewed at the SIU office, Pittsburgh PA [15222].',
  ].join('\n'),
});

// ── 17. Medical record request log, table ──
const mrrLog = table({
  id: 's90-mrrlog',
  kind: 's90-medical-record-request-log-grid',
  caption: 'Medical record request log — open SIU cases',
  headers: ['Req #', 'Case', 'Provider', 'Claim lines', 'Sent', 'Received', 'Copy vendor'],
  rows: [
    ['[71301]', 'SIU-25-[30412]', 'Three Rivers F&N', '{64632} ×22', '03/12', '04/09', 'V-[38806]'],
    ['[71305]', 'SIU-25-[30412]', 'Three Rivers F&N', '{64712} ×19', '03/12', '04/11', 'V-[38806]'],
    ['[71321]', 'SIU-25-[30058]', 'Okun Podiatry', '{64455} ×30', '03/20', '—', 'direct'],
    ['[71340]', 'SIU-25-[30097]', 'Nwosu Neurology', '{64612} ×15', '03/28', '04/30', 'V-[64714]'],
    ['[71351]', 'SIU-25-[30058]', 'Okun Podiatry', '{20550} ×30', '03/20', '—', 'direct'],
  ],
});

// ── 18. Medical record request letter, text layer ──
const mrrLetter = lines({
  id: 's90-mrrletter',
  kind: 's90-medical-record-request-letter-text',
  before: 'Request for Medical Records — Special Investigations Unit',
  text: [
    'Request no. [71340]   Please reply to SIU, PO Box [64445], Pittsburgh, PA [15250]',
    'We are reviewing services billed by Dr. Eze Nwosu, DO, 4815 Liberty Ave, Pittsburgh, PA [15224].',
    'For each listed date, send the procedure note for chemodenervation ({64612}), the EMG guidance report if {95874}',
    'was billed, and the drug log. If the visit was also billed as {99214}, include that note.',
    'Copying charges will be paid at the state rate to your copy vendor account [64714] on file.',
  ].join('\n'),
});

// ── 19. Overpayment demand letter, text layer ──
const demandLetter = lines({
  id: 's90-demand',
  kind: 's90-overpayment-demand-letter-text',
  before: 'Initial Overpayment Demand — Notice of Overpayment',
  text: [
    'Date of notice: 08/14/2025   Overpayment ID: OP-[64712]   Debtor no. [44712]   Provider TIN 25-1847736',
    'Dear Provider: a post-payment review of 40 sampled claim lines found that services billed as {64632} beyond the',
    'seventh session and all services billed as {64712} in the office were not supported.',
    'The sample overpayment was extrapolated to the universe of 1,214 lines; the overpayment demanded is $184,022.60.',
    'Interest accrues at 11.375% per annum from day 31. Mail payment to PO Box [64445], Pittsburgh, PA [15250].',
    'You may send a rebuttal within 15 days or request a redetermination within 120 days of this notice.',
    'Lines billed as {64714} and {64445} were found supported and are not part of the demand.',
  ].join('\n'),
});

// ── 20. Overpayment claim lines (Enclosure A), table ──
const demandLines = table({
  id: 's90-demandlines',
  kind: 's90-overpayment-claim-lines-grid',
  caption: 'Enclosure A — Sampled claim lines',
  headers: ['Sample #', 'ICN', 'DOS', 'Billed code', 'Mod', 'Paid', 'Overpaid', 'Reason'],
  rows: [
    ['3', '2225041301772', '01/17/2024', '{64632}', 'RT', '151.84', '151.84', 'Session 9 in 12 mo'],
    ['7', '2225041301810', '02/21/2024', '{64632}', 'LT', '151.84', '151.84', 'No neuroma dx'],
    ['11', '2225050902214', '03/05/2024', '{64712}', '', '1,096.40', '1,096.40', 'Injection only documented'],
    ['12', '2225050902215', '03/05/2024', '{64445}', '59', '86.20', '0.00', 'Supported'],
    ['19', '2225061703381', '05/14/2024', '{64712}', '', '1,096.40', '1,096.40', 'POS 11, no op note'],
    ['26', '2225070805127', '06/11/2024', '{64632}', 'RT', '151.84', '75.92', 'Units reduced'],
    ['33', '2225081904460', '07/30/2024', '{64714}', '', '1,148.71', '0.00', 'Supported'],
    ['Total (40)', '', '', '', '', '[22604].38', '[10877].96', ''],
  ],
});

// ── 21. Probe sample selection, table ──
const sampleSel = table({
  id: 's90-sample',
  kind: 's90-audit-sample-selection-grid',
  caption: 'Probe sample — claim lines selected (stratified random)',
  headers: ['Sample #', 'Random #', 'Frame row', 'Code', 'Paid'],
  rows: [
    ['1', '[58204]', '17', '{64632}', '151.84'],
    ['2', '[61177]', '388', '{64632}', '151.84'],
    ['3', '[70265]', '512', '{64632}', '151.84'],
    ['31', '[14402]', '1131', '{64712}', '1,096.40'],
    ['32', '[29018]', '1150', '{64714}', '1,148.71'],
    ['33', '[37566]', '1174', '{64712}', '1,096.40'],
  ],
});

// ── 22. Statistical sampling methodology (Enclosure B), text layer ──
const methodology = lines({
  id: 's90-method',
  kind: 's90-extrapolation-methodology-text',
  before: 'Statistical Sampling Methodology — Enclosure B',
  text: [
    'Universe: 1,214 paid lines for {64632}, {64712} and {64714}, DOS 01/01/2023–12/31/2024; frame file FR-[20412].',
    'Strata: 1 = {64632} (1,126 lines); 2 = {64712} and {64714} (88 lines).',
    'Random numbers generated with RAT-STATS 2019, seed [48213]; sample size 40 (30 + 10).',
    'Point estimate $221,406.11; lower limit of the one-sided 90% confidence interval $184,022.60 (amount demanded).',
    'Stratum 2 universe paid [97731].40; sample paid [10877].96.',
  ].join('\n'),
});

// ── 23. 835 remittance with overpayment offset, text layer ──
const x12Remit = lines({
  id: 's90-835',
  kind: 's90-835-recoupment-remit-text',
  before: '835 remittance — overpayment offset (segments, ISA/GS trimmed)',
  text: [
    'BPR*H*0*C*NON************20250902~',
    'TRN*1*[83140]*1251847736~',
    'N1*PR*ALLEGHENY VALLEY HEALTH PLAN~',
    'N3*PO BOX [64445]~',
    'N4*PITTSBURGH*PA*[15250]~',
    'CLP*[52612]*22*195*-151.84**12*2225041301772*11~',
    'SVC*HC:{64632}:RT*195*-151.84**1~',
    'CLP*[52640]*22*1240*-1096.40**12*2225050902214*11~',
    'SVC*HC:{64712}*1240*-1096.40**1~',
    'PLB*1326049917*20251231*WO:OP[64712]*-[60204].00~',
  ].join('\n'),
});

// ── 24. Provider education letter, text layer ──
const eduLetter = lines({
  id: 's90-edu',
  kind: 's90-provider-education-letter-text',
  before: 'Provider Education — Billing for Botulinum Toxin Chemodenervation',
  text: [
    'Dear Dr. Nwosu: this letter is educational and does not start an overpayment or a review.',
    'Our review of 15 claims found chemodenervation of the facial nerve ({64612}) billed twice on the same day, once',
    'with RT and once with LT. {64612} is a unilateral code; for both sides report it once with modifier 50.',
    'EMG guidance ({95874}) is not reported with {64615} for chronic migraine, but may be with {64612} when documented.',
    'Do not report an office visit such as {99213} on the injection day unless a separate problem is addressed (-25).',
    'Questions: Provider Education Unit, 1 Penn Center, Suite 1100, Pittsburgh, PA [15276]; reference EDU-[55138].',
  ].join('\n'),
});

// ── 25. Documentation checklist enclosed with the education letter, list ──
const eduChecklist = lines({
  id: 's90-educheck',
  kind: 's90-education-documentation-checklist-text',
  before: 'Documentation checklist',
  text: [
    '• Neurolytic destruction, plantar common digital nerve ({64632}): neuroma diagnosis, failed conservative care,',
    '  number of prior sessions and response to each.',
    '• Nerve block before neurolysis ({64455}): drug, volume and response documented.',
    '• Neuroplasty ({64712}, {64714}, {64708}): operative report, anesthesia, facility; not an office injection.',
    '• Chemodenervation ({64612}): muscles injected, units per muscle, drug wastage (JW/JZ).',
    '• Keep records 7 years; send copies to PO Box [64445] only when asked.',
  ].join('\n'),
});

// ── 26. Hotline tip intake form, text layer ──
const tipIntake = lines({
  id: 's90-tip',
  kind: 's90-hotline-tip-intake-form-text',
  before: 'Fraud Hotline — Tip Intake (phone) — caller identity protected',
  text: [
    'Tip no. HT-[64714]   Received 02/11/2025 10:42   Channel: phone   Intake: T. Greer (ext. 4417)',
    'Caller: member (anonymity requested)   Caller ZIP [16125]   Member ID on file: yes',
    'Subject: podiatrist in Hermitage, "Dr. Vell", 3345 E State St, Hermitage PA [16148]',
    'Allegation: her statements show nerve surgery on both feet (code {64712}) on days she only got a shot.',
    'She also read code {64632} nine times on statements covering one year. Her account # at the practice: [30509]',
    'Routed to: SIU queue NW-PA   Linked case: SIU-25-[30412] (added 03/04/2025)',
  ].join('\n'),
});

// ── 27. Hotline tip log, table ──
const tipLog = table({
  id: 's90-tiplog',
  kind: 's90-hotline-tip-log-grid',
  caption: 'Hotline tips — weekly log — NW Pennsylvania queue',
  headers: ['Tip #', 'Date', 'Caller type', 'Subject ZIP', 'Issue', 'Disposition'],
  rows: [
    ['HT-[64714]', '02/11', 'Member', '[16148]', 'Statement shows {64712}, not done', 'Linked to case'],
    ['HT-[64731]', '02/12', 'Employee', '[15222]', 'Told to bill {64632} for every visit', 'Linked to case'],
    ['HT-[64760]', '02/12', 'Member', '[15001]', 'Identity theft, no services', 'To member services'],
    ['HT-[64802]', '02/13', 'Provider', '[15108]', 'Competitor bills {64455} + {20550} daily', 'Watch list'],
    ['HT-[64815]', '02/14', 'Member', '[16101]', 'Botox {64612} billed twice same day', 'Education'],
    ['HT-[64839]', '02/14', 'Anonymous', '[15219]', 'Kickbacks for referrals', 'To compliance'],
  ],
});

// ── 28. Member verification of services letter, text layer ──
const verification = lines({
  id: 's90-verify',
  kind: 's90-member-service-verification-letter-text',
  before: 'Verification of Services — please reply within 30 days',
  text: [
    'Member: J. Pasternak   ID XPA884120337   Mailing ZIP [16125]',
    'Our records show Dr. Marcus T. Vell billed the services below. Please tell us whether you received each one.',
    '  05/02/2025  Injection destroying a nerve in the foot, right (code {64632})  claim [52612]   ☐ Yes ☐ No',
    '  05/16/2025  Same service, right foot (code {64632})  claim [52618]   ☐ Yes ☐ No',
    '  03/05/2024  Nerve release surgery, hip/thigh (code {64712})  claim [41975]   ☐ Yes ☐ No',
    'Return in the enclosed envelope to SIU, PO Box [64445], Pittsburgh PA [15250]. Reference VS-[22415].',
  ].join('\n'),
});

// ── 29. Link analysis of shared identifiers, table ──
const linkAnalysis = table({
  id: 's90-links',
  kind: 's90-link-analysis-shared-identifiers-grid',
  caption: 'Link analysis — identifiers shared with the subject',
  headers: ['Entity', 'Shared identifier', 'Value', 'Also used by', 'Top code billed'],
  rows: [
    ['Three Rivers F&N', 'Pay-to address', 'PO Box [33108], [15230]', 'Okun Podiatry', '{64632}'],
    ['Okun Podiatry', 'Pay-to address', 'PO Box [33108], [15230]', 'Three Rivers F&N', '{64455}'],
    ['Harrow Neuro', 'Bank account', 'acct ending 0519', 'ClaimRight Billing', '{64714}'],
    ['ClaimRight Billing', 'Phone', '412-555-0190', 'Allegheny Pod. Mgmt', '—'],
    ['Allegheny Pod. Mgmt', 'Suite', '500 Grant St Ste 2900, [15219]', 'Three Rivers F&N', '—'],
    ['Nwosu Neurology', 'Submitter ID', '[46282]', 'ClaimRight Billing', '{64612}'],
  ],
});

// ── 30. Referral to law enforcement, text layer ──
const referral = lines({
  id: 's90-referral',
  kind: 's90-law-enforcement-referral-form-text',
  before: 'Referral to HHS-OIG / Law Enforcement — SIU Referral Form',
  text: [
    'Referring entity: Allegheny Valley Health Plan SIU, 5 PPG Place, Pittsburgh, PA [15222]',
    'Subject: Three Rivers Foot & Nerve Associates, LLC; TIN 25-1847736; rendering NPI 1598203344',
    'Scheme: nerve surgery codes {64712}/{64714} billed for office injections; neurolysis {64632} repeated beyond the',
    'frequency limit of LCD L[33791].',
    'Prior actions: education 2023 (EDU-[55138]); prepay review 05/2025 (PPR-[64712]); case SIU-25-[30412].',
    'OIG hotline complaint H-25-[40417] filed 05/22/2025; plan loss $418,907.16 paid.',
    'Lines of business: Medicare Advantage and commercial (largest group [71236], a school district).',
  ].join('\n'),
});

// ── 31. Recovery tracking spreadsheet, table ──
const recoverySheet = table({
  id: 's90-recovery',
  kind: 's90-recovery-tracking-sheet-grid',
  caption: 'Recovery tracking — SIU overpayments — FY2025',
  headers: ['Case', 'Provider', 'Issue codes', 'Identified', 'Recovered', 'Method', 'Check / ref', 'Balance', 'Status'],
  rows: [
    [
      'SIU-25-[30412]',
      'Three Rivers F&N',
      '{64632} {64712}',
      '184022.60',
      '[60204].00',
      'Offset',
      'PLB WO',
      '123818.60',
      'Open',
    ],
    ['SIU-24-[18310]', 'Harrow Neuro', '{64714}', '[42310].18', '[42310].18', 'Check', '[64712]', '0.00', 'Closed'],
    ['SIU-25-[30058]', 'Okun Podiatry', '{64455} {20550}', '[18455].00', '0.00', '—', '—', '[18455].00', 'Appeal L1'],
    ['SIU-25-[30097]', 'Nwosu Neurology', '{64612}', '0.00', '0.00', '—', '—', '0.00', 'Education only'],
    [
      'SIU-23-[41120]',
      'Allegheny Pod. Mgmt',
      '{11721} {11055}',
      '[76500].00',
      '[76500].00',
      'Settlement',
      '[20871]',
      '0.00',
      'Closed',
    ],
  ],
});

// ── 32. Recovery export as CSV, text layer ──
const recoveryCsv = lines({
  id: 's90-reccsv',
  kind: 's90-recovery-export-csv-text',
  before: 'recoveries_2025Q3.csv',
  text: [
    'case_id,claim_icn,line,hcpcs,recouped,date,check_no',
    'SIU-25-[30412],2225041301772,1,{64632},151.84,2025-09-02,',
    'SIU-25-[30412],2225050902214,1,{64712},1096.40,2025-09-02,',
    'SIU-24-[18310],2224110700581,2,{64714},1148.71,2025-07-18,[64712]',
    'SIU-24-[18310],2224110700581,3,{64445},86.20,2025-07-18,[64712]',
    'SIU-25-[30058],2225031100412,1,{64455},74.10,2025-08-22,[31087]',
  ].join('\n'),
});

// ── 33. Investigator caseload roster, table (decoy only) ──
const caseload = table({
  id: 's90-caseload',
  kind: 's90-investigator-caseload-roster-grid',
  caption: 'SIU investigator caseload — as of 09/30/2025',
  headers: ['Emp #', 'Investigator', 'Credential', 'Open cases', 'Oldest case', 'Office ZIP', 'Supervisor'],
  rows: [
    ['[64445]', 'Kowalczyk, Renata', 'CFE, AHFI', '14', 'SIU-24-[18310]', '[15222]', '[20089]'],
    ['[20089]', 'Ferris, Dana', 'CFE (supv.)', '3', 'SIU-23-[41120]', '[15222]', '—'],
    ['[31562]', 'Greer, Tanya', 'Intake', '0', '—', '[15222]', '[20089]'],
    ['[38948]', 'Lindqvist, Jo', 'RN, CPC', '9', 'SIU-25-[30058]', '[16501]', '[20089]'],
    ['[40392]', 'Abara, Chidi', 'AHFI', '17', 'SIU-24-[17702]', '[17101]', '[20089]'],
    ['[45066]', 'Moreno, Luis', 'Data analyst', '—', '—', '[15222]', '[20089]'],
  ],
});

// ── 34. Federal criminal docket excerpt, text layer (decoy only) ──
const docket = lines({
  id: 's90-docket',
  kind: 's90-federal-court-docket-excerpt-text',
  before: 'U.S. District Court, Western District of Pennsylvania (Pittsburgh) — CRIMINAL DOCKET',
  text: [
    'CRIMINAL DOCKET FOR CASE #: 2:25-cr-[00187]-MRH-1',
    'Related case: 2:24-cv-[01412]-WSS (qui tam, unsealed 06/02/2025); magistrate no. 2:25-mj-[00641]',
    'Defendant (1): Marcus T. Vell   Register No. [64712]-068   Residence: Sewickley, PA [15143]',
    'Date Filed   #   Docket Text',
    '07/08/2025   1   INDICTMENT as to Marcus T. Vell (1) count(s) 1-12, 13. (Attachments: # 1 Criminal Cover Sheet)',
    '07/15/2025   9   ORDER setting conditions of release; $50,000 unsecured bond.',
    '08/01/2025   14   Motion for Protective Order re discovery (Bates TRFN-[00001] to TRFN-[18604])',
    '09/22/2025   27   Notice of related civil case 2:24-cv-[01412]; restitution sought by the plan $418,907.16',
  ].join('\n'),
});

// ── 35. Case closing / status memo, text layer ──
const statusMemo = lines({
  id: 's90-memo',
  kind: 's90-siu-case-status-memo-text',
  before: 'SIU monthly status memo to the Compliance Committee',
  text: [
    'SIU-25-[30412] (Three Rivers): demand issued for $184,022.60; offset of [60204].00 taken on the 09/02 remit.',
    'Prepay edit stays on {64632} and {64712}; denial rate since May is 78% on 143 lines.',
    'SIU-25-[30058] (Okun): {64455} billed with {20550} on most visits; redetermination pending, balance [18455].00.',
    'SIU-25-[30097] (Nwosu): education only; chemodenervation {64612} now billed once with modifier 50.',
    'New leads this month from NRV-07: [50113] to [50121]; from CHM-02: none.',
  ].join('\n'),
});

export const sealed90: Snippet[] = [
  ...caseSummary,
  ...caseSubjects,
  ...activityLog,
  ...outlier,
  ...outlierNotes,
  ...cbr,
  ...peerProfile,
  ...prepayLetter,
  ...adrListing,
  ...ruleSpec,
  ...ruleJson,
  ...ruleXml,
  ...ruleCsv,
  ...editQueue,
  ...x12Claim,
  ...clinicalReview,
  ...mrrLog,
  ...mrrLetter,
  ...demandLetter,
  ...demandLines,
  ...sampleSel,
  ...methodology,
  ...x12Remit,
  ...eduLetter,
  ...eduChecklist,
  ...tipIntake,
  ...tipLog,
  ...verification,
  ...linkAnalysis,
  ...referral,
  ...recoverySheet,
  ...recoveryCsv,
  ...caseload,
  ...docket,
  ...statusMemo,
];
