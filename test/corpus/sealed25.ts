import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 25 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on
 * these snippets. Its page shapes (`kind`, prefixed `s25-`) appear in no other corpus file. Score it once; do not edit
 * a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as ZIPs, accounts, ids, counts and amounts.
 *
 * Family: developer, analytics and IT tooling around revenue cycle — SQL worksheets and query text, BI dashboards
 * (crosstab, cards, slicers), notebooks with dataframe output, API responses and request lists in browser dev tools,
 * log viewers and search tables, tickets and change requests, chargemaster table diffs, interface-engine dashboards,
 * rule files, team chat, shared sheets, data-quality results and ETL run logs. Built on real public layouts: the
 * Snowflake worksheet result grid with its column-stats pane, the pandas DataFrame / Series text repr
 * (`Name: count, dtype: int64`), the Tableau "View Data"/crosstab layout, the Chrome DevTools Network table columns
 * (Name, Status, Type, Initiator, Size, Time), the Spring Boot default console log line (PID `---` thread logger), the
 * Splunk `stats count by` result table, the daff tabular diff (`@@`, `+++`, `---`, `->`), the Drools DRL rule syntax,
 * the dbt test failure output, the Grafana alert notification (Labels / Annotations / Source), the Prometheus text
 * exposition format, the Great Expectations Data Docs validation table, the Airflow task log and the Mirth Connect
 * dashboard statistics columns (Received, Filtered, Queued, Sent, Errored). The others are written the way those
 * pages read, with no single source.
 *
 * 331 labelled tokens over 29 shapes: 139 codes, 192 decoys, 62 of the decoys in KNOWN_10K.
 */

// ── 1. Snowflake worksheet: result grid plus the column-stats side pane ──
const snowGrid = table({
  id: 's25-snow-grid',
  kind: 's25-snowflake-worksheet-result-grid',
  caption: 'Worksheet: denial_lines_march  ·  RCM_WH (X-Small)  ·  RCM_PROD.CLARITY  ·  Results  5 rows  412ms',
  headers: [
    '',
    'TX_ID',
    'POST_DATE',
    'CPT_CODE',
    'MODIFIER_ONE',
    'PROCEDURE_QUANTITY',
    'AMOUNT',
    'ORIGINAL_PAYOR_ID',
    'POS_ID',
  ],
  rows: [
    ['1', '318840177', '2026-03-02', '{64712}', 'RT', '1', '4326.00', '[51183]', '[10715]'],
    ['2', '318840178', '2026-03-02', '{64612}', 'null', '1', '410.00', '[51183]', '[10715]'],
    ['3', '318840391', '2026-03-03', '{64445}', 'null', '1', '702.00', '[64632]', '[10715]'],
    ['4', '318841006', '2026-03-04', '{64714}', 'LT', '1', '3980.00', '[30115]', '[10713]'],
    ['5', '318841552', '2026-03-05', '{64632}', 'null', '2', '3100.00', '[60028]', '[10713]'],
  ],
});

const snowStats: Snippet[] = lines({
  id: 's25-snow-stats',
  kind: 's25-snowflake-column-stats-pane',
  before: 'Query Details',
  text: [
    'CPT_CODE   VARCHAR   5 distinct · 0% null',
    'Top values: {64445} 1 · {64612} 1 · {64632} 1 · {64712} 1 · {64714} 1',
    'ORIGINAL_PAYOR_ID   NUMBER   4 distinct · 0% null',
    'Min [30115]   Max [64632]',
    'AMOUNT   NUMBER(18,2)   Sum [12518].00   Avg 2503.60',
    'Query ID 01b3c2a4-0306-8b7e-0000-af[80286]c1e2   Bytes scanned 2.1MB',
  ].join('\n'),
});

// ── 2. SQL editor: query text with literal code lists and ids ──
const sqlQuery: Snippet[] = lines({
  id: 's25-sql-text',
  kind: 's25-sql-editor-select-in-literals',
  before: 'denial_lines_march.sql',
  text: [
    '-- RCM-4471: sciatic/lumbar neuroplasty posting without laterality since CDM load batch [45024]',
    'WITH lines AS (',
    '  SELECT t.TX_ID, t.CPT_CODE, t.MODIFIER_ONE, t.AMOUNT, t.ORIGINAL_PAYOR_ID',
    '  FROM CLARITY.CLARITY_TDL_TRAN t',
    "  WHERE t.CPT_CODE IN ('{64712}', '{64714}', '{64632}')",
    '    AND t.SERV_AREA_ID = [10715]',
    '    AND t.ORIGINAL_PAYOR_ID NOT IN ([51183], [64612])  -- Medicaid HMO + workers comp carve-out',
    "    AND t.POST_DATE >= '2026-03-01'",
    "    AND COALESCE(t.MODIFIER_ONE, '') = ''",
    ')',
    "-- {64445} left out on purpose: blocks don't take RT/LT for payer [30115]",
    'SELECT CPT_CODE, COUNT(*) AS n, SUM(AMOUNT) AS charges FROM lines GROUP BY 1 ORDER BY 2 DESC',
    'LIMIT [10000];',
  ].join('\n'),
});

// ── 3. Jupyter notebook: pandas DataFrame repr ──
const nbFrame: Snippet[] = lines({
  id: 's25-nb-df',
  kind: 's25-notebook-pandas-dataframe-repr',
  before: 'In [14]: denials.head(7)',
  text: [
    'Out[14]:',
    '     claim_id  line_no    cpt  mod  units   billed    paid  carc  payer_id  svc_zip',
    '0  26A0318801        1  {64712}   RT      1  4326.00    0.00   197     [87726]    [43215]',
    '1  26A0318801        2  {64445}  NaN      1   702.00    0.00   197     [87726]    [43215]',
    '2  26A0319044        1  {64714}   LT      1  3980.00  812.40    45     [60054]    [43017]',
    '3  26A0319302        1  {64632}  NaN      2  3100.00    0.00    50     [62308]    [45701]',
    '4  26A0319302        2  {64632}   76      1  1550.00    0.00   151     [62308]    [45701]',
    '5  26A0320117        1  {64612}   RT      1   410.00  230.53    45     [39026]    [43962]',
    '6  26A0320560        1  {64445}  NaN      1   702.00    0.00    16     [64714]    [43219]',
  ].join('\n'),
});

// ── 4. Jupyter notebook: code cell and Series / groupby output ──
const nbSeries: Snippet[] = lines({
  id: 's25-nb-series',
  kind: 's25-notebook-value-counts-series',
  before: 'Out[14]: 7 rows × 10 columns',
  text: [
    "In [15]: LATERAL = {'{64712}', '{64714}', '{64632}', '{64612}'}",
    "    ...: denials['needs_lat'] = denials.cpt.astype(str).isin(LATERAL)",
    '    ...: denials.cpt.value_counts()',
    'Out[15]:',
    'cpt',
    '{64445}    212',
    '{64712}     17',
    '{64632}      9',
    '{64714}      4',
    'Name: count, dtype: int64',
    "In [16]: denials.groupby('payer_id').billed.sum().round(0)",
    'Out[16]:',
    'payer_id',
    '[39026]      410.0',
    '[60054]     3980.0',
    '[62308]     [46500].0',
    '[87726]    [12517].0',
    'Name: billed, dtype: float64',
    "In [17]: denials.loc[denials.svc_zip == '[43215]', ['claim_id', 'cpt']].shape",
    'Out[17]: (2, 2)',
  ].join('\n'),
});

// ── 5. Tableau crosstab (View Data / Crosstab export in the browser) ──
const tableau = table({
  id: 's25-tableau',
  kind: 's25-tableau-crosstab-dept-cpt-month',
  caption:
    'Procedure Volume by Department — Sheet: CPT x Month — Data source: rcm_charges_extract (extract refreshed 3/31/2026)',
  headers: ['Department ID', 'CPT Code', 'CPT Short Descriptor', 'Jan 2026', 'Feb 2026', 'Mar 2026', 'Grand Total'],
  rows: [
    ['[10034]', '{64712}', 'NEUROPLASTY SCIATIC NERVE', '4', '6', '3', '13'],
    ['[10034]', '{64714}', 'NEUROPLASTY LUMBAR PLEXUS', '1', '0', '2', '3'],
    ['[10037]', '{64445}', 'N BLOCK INJ SCIATIC SNG', '58', '61', '72', '191'],
    ['[10037]', '{64632}', 'DESTROY PLANTAR DIGIT NERVE', '9', '14', '11', '34'],
    ['[20897]', '{64612}', 'DESTROY NERVE FACE MUSCLE', '22', '19', '25', '66'],
    ['[20897]', '{64445}', 'N BLOCK INJ SCIATIC SNG', '3', '2', '0', '5'],
    ['Grand Total', '', '', '97', '102', '113', '312'],
  ],
});

// ── 6. Power BI report page: cards, slicers, a table visual and a tooltip ──
const powerBi: Snippet[] = lines({
  id: 's25-pbi',
  kind: 's25-powerbi-denials-cards-slicers',
  before: 'Denials Overview  |  Revenue Integrity workspace  |  Data updated 4/1/26',
  text: [
    '1,482',
    'Total denied lines',
    '{64445}',
    'Top denied CPT',
    '[83570]',
    'Claim lines scanned (MTD)',
    'Payer ID',
    '☐ [60054]   ☐ [62308]   ☑ [87726]   ☐ [39026]',
    'Facility ZIP',
    '☑ [43215]   ☐ [43017]   ☐ [45701]',
    'Denials by CPT',
    'CPT   Description                      Denied lines   Denied $',
    '{64445}  N block inj sciatic sng            212          $148,824',
    '{64712}  Neuroplasty sciatic nerve          17           $73,542',
    '{64632}  Destroy plantar digit nerve        9            $27,900',
    'Tooltip — CPT: {64714} | Denied lines: 4 | Denial rate: 21.4% | Top CARC: 197',
  ].join('\n'),
});

// ── 7. Chrome DevTools Network panel, request list ──
const devNet = table({
  id: 's25-devnet',
  kind: 's25-devtools-network-request-table',
  caption: 'Network  ·  Fetch/XHR  ·  Preserve log  ·  Disable cache',
  headers: ['Name', 'Status', 'Type', 'Initiator', 'Size', 'Time'],
  rows: [
    ['lines?claimId=[90600]&include=edits', '200', 'fetch', 'claim-view.js:212', '6.4 kB', '143 ms'],
    ['rate?code={64714}&carrier=[15202]&locality=01&year=2026', '200', 'fetch', 'fee.js:88', '1.1 kB', '96 ms'],
    ['ncci?col1={64712}&col2={64445}&dos=2026-03-02', '200', 'xhr', 'edits.js:41', '812 B', '231 ms'],
    ['coverage?patient=[37162]', '304', 'fetch', 'elig.js:19', '0 B', '38 ms'],
    ['835/[83872]', '404', 'fetch', 'remit.js:77', '0.3 kB', '57 ms'],
    ['codes/{64632}/descriptor', '200', 'fetch', 'lookup.js:9', '0.6 kB', '64 ms'],
    ['upload?batch=[14254]', '(failed)', 'xhr', 'bulk.js:130', '0 B', '[30001] ms'],
  ],
});

// ── 8. DevTools Response tab: GraphQL claims query result ──
const graphql: Snippet[] = lines({
  id: 's25-gql',
  kind: 's25-devtools-graphql-claim-response',
  before: 'Headers  Payload  Preview  Response  Initiator  Timing',
  text: [
    '{"data":{"claim":{',
    '  "id":"CLM-[66232]",',
    '  "patientAccount":"[94257]",',
    '  "billingProvider":{"npi":"1639204771","address":{"city":"Columbus","state":"OH","zip":"[43210]"}},',
    '  "lines":[',
    '    {"seq":1,"procedure":{"system":"CPT","code":"{64712}","modifiers":["RT"]},"units":1,"charge":4326.0},',
    '    {"seq":2,"procedure":{"system":"CPT","code":"{64445}","modifiers":[]},"units":1,"charge":702.0},',
    '    {"seq":3,"procedure":{"system":"HCPCS","code":"J2250"},"units":2,"charge":18.0}',
    '  ],',
    '  "edits":[{"rule":"NCCI-PTP","message":"{64445} is a column 2 code of {64712}; modifier 59/XS needed","severity":"WARN"}],',
    '  "payer":{"name":"UnitedHealthcare","payerId":"[87726]"}',
    '}},"extensions":{"traceId":"[56680]-7f3b","cost":{"requested":[10034]}}}',
  ].join('\n'),
});

// ── 9. Spring Boot application log in a log viewer ──
const appLog: Snippet[] = lines({
  id: 's25-applog',
  kind: 's25-spring-boot-console-log-tail',
  before: 'claims-scrubber-7d9f5b (pod) · Logs · Follow',
  text: [
    '2026-04-02 09:14:07.312  INFO [18244] --- [nio-8080-exec-7] c.o.rcm.scrub.ScrubberService  : claim=CLM-[31068]-A line=1 cpt={64712} mods=RT units=1 edits=0',
    '2026-04-02 09:14:07.318  WARN [18244] --- [nio-8080-exec-7] c.o.rcm.scrub.NcciEditEngine    : PTP hit column1={64712} column2={64445} modInd=1 claim=CLM-[31068]-A',
    '2026-04-02 09:14:09.902 ERROR [18244] --- [nio-8080-exec-3] c.o.rcm.fee.FeeScheduleClient   : GET /fs/v2/rate?code={64632}&carrier=[15202] failed after [30000] ms',
    '2026-04-02 09:14:10.004 DEBUG [18244] --- [   scheduling-1] c.o.rcm.batch.ChargeBatchJob    : batchId=[45701] rowsRead=[11562] rowsSkipped=3',
    '2026-04-02 09:14:12.441  INFO [18244] --- [nio-8080-exec-1] c.o.rcm.scrub.ScrubberService  : claim=CLM-[31066]-A line=2 cpt={64612} mods=LT units=1 edits=1 (MUE 1/day)',
    '2026-04-02 09:14:12.447  INFO [18244] --- [nio-8080-exec-1] c.o.rcm.audit.AuditPublisher   : published 2 events to topic rcm.claims.v1 partition 3 offset [71689]',
  ].join('\n'),
});

// ── 10. Splunk search: stats table ──
const splunk = table({
  id: 's25-splunk',
  kind: 's25-splunk-stats-count-by-table',
  caption:
    'index=rcm sourcetype=clearinghouse:277ca status=rejected | stats count by payer_id, cpt, reject_code | sort -count',
  headers: ['payer_id', 'cpt', 'reject_code', 'count'],
  rows: [
    ['[62308]', '{64632}', 'A7:454', '43'],
    ['[87726]', '{64712}', 'A7:21', '17'],
    ['[60054]', '{64445}', 'A6:562', '11'],
    ['[64445]', '{64714}', 'A7:454', '6'],
    ['[39026]', '{64612}', 'A3:21', '2'],
  ],
});

const splunkEvents: Snippet[] = lines({
  id: 's25-splunk-ev',
  kind: 's25-splunk-raw-event-json-expanded',
  before: 'Events (94)  Patterns  Statistics (5)  Visualization',
  text: [
    '4/2/26 9:31:02.118 AM  { [-]',
    '   claim_id: CLM-[31802]-B',
    '   cpt: {64632}',
    '   host: ch-gw-02',
    '   payer_id: [62308]',
    '   reject_code: A7:454',
    '   reject_text: Procedure code for services rendered; CPT {64632} not valid for DOS per payer file',
    '   submitter_zip: [43219]',
    '   trace_bytes: [19648]',
    '}',
  ].join('\n'),
});

// ── 11. Jira bug ──
const jira: Snippet[] = lines({
  id: 's25-jira',
  kind: 's25-jira-bug-repro-expected-actual',
  before: 'Revenue Cycle Apps / RCM-4471',
  text: [
    'Laterality modifier dropped on neuroplasty charges after CDM load',
    'Type: Bug   Priority: High   Component/s: Charge Router   Fix Version/s: 2026.04   Story Points: 5',
    'Environment: PRD, charge router v3.18.2, CDM batch [45024] (loaded 03/01)',
    'Steps to reproduce:',
    '1. Post a surgical charge for CPT {64712} with RT from OpTime case [82669].',
    '2. Open the HAR in Charge Review; the line shows {64712} with no modifier.',
    'Expected: {64712}-RT on the claim line (same for {64714}-LT and {64632}-RT).',
    'Actual: modifier blank; claim hits payer edit and denies CO-4 (e.g. payer ICN [58985] from payer [60054]).',
    'Not affected: {64445} and {64612} — checked 206 accounts.',
    'Impact: 17 accounts in WQ [41819], about $[58400] at risk.',
    'Comment (D. Okafor): the CDM rows for [36018]/[36019] lost the default-modifier column in the load; see the diff on PR #1882.',
    'Comment (R. Tan): also seen on {64714} for Dublin clinic, ZIP [43017].',
  ].join('\n'),
});

// ── 12. ServiceNow change request for a CDM load ──
const snChange: Snippet[] = lines({
  id: 's25-snchg',
  kind: 's25-servicenow-change-request-cdm-load',
  before: 'Change Request CHG0033687',
  text: [
    'Number: CHG0033687   Type: Normal   State: Scheduled   Risk: Moderate',
    'Configuration item: Epic Resolute HB — CDM   Assignment group: Revenue Integrity Systems',
    'Short description: Restore default modifiers on 2 CDM rows (neuroplasty {64712}/{64714}) and re-release held charges',
    'Implementation plan: 1) Load corrected rows, batch [45025]. 2) Release 17 HARs from WQ [41819]. 3) Run retro bill job.',
    'Backout plan: Reload batch [45024] from snapshot SNAP-[06404] taken before the change window.',
    'Test plan: Post test charge {64712} RT in TST (patient [99001]) and confirm modifier flows; verify {64445} untouched.',
    'Planned start: 2026-04-03 22:00   Planned end: 2026-04-03 23:30   CAB: 04/02, approved by 3 of 3',
    'Related: RCM-4471, INC0087110',
  ].join('\n'),
});

// ── 13. daff tabular diff of a chargemaster extract, in a code review ──
const daff = table({
  id: 's25-daff',
  kind: 's25-daff-cdm-table-diff-review',
  caption: 'cdm/neuro_pain.csv — rendered diff (daff)  ·  PR #1882 Restore default modifiers',
  headers: ['@@', 'charge_code', 'description', 'rev_code', 'cpt', 'default_mod', 'price', 'effective'],
  rows: [
    ['->', '[36018]', 'NEUROPLASTY SCIATIC NERVE', '0360', '{64712}', '->RT', '4120.00->4326.00', '2026-03-01'],
    ['->', '[36019]', 'NEUROPLASTY LUMBAR PLEXUS', '0360', '{64714}', '->LT', '3980.00', '2026-03-01'],
    ['---', '[36020]', 'INJ SCIATIC NRV BLOCK', '0361', '{64445}', '', '702.00', '2025-07-01'],
    ['+++', '[36021]', 'N BLOCK INJ SCIATIC SNG', '0361', '{64445}', '', '737.00', '2026-03-01'],
    ['', '[36022]', 'DESTROY PLANTAR DIGIT NERVE', '0361', '{64632}', '', '3100.00', '2025-07-01'],
    ['+++', '[64612]', 'CHEMODENERV FACIAL NRV UNI', '0361', '{64612}', '', '410.00', '2026-03-01'],
  ],
});

const daffComments: Snippet[] = lines({
  id: 's25-daff-cm',
  kind: 's25-pr-review-comments-on-cdm',
  before: 'Files changed 1  ·  Conversation 4',
  text: [
    'mkoval commented on line 7: new charge code [64612] is the same digits as its CPT ({64612}); the CDM numbering range for 0361 is [36000]–[36999], please renumber.',
    "jlee replied: agreed, I'll use [36023]. Also {64445} replaces [36020] — keep the old row inactive instead of deleting so history reports still join.",
    'ci-bot: cdm-lint passed · 7 rows checked · price file ZIP [43210] facility matches · 0 duplicate CPTs',
    'rtan: {64714} default LT is wrong for bilateral cases; coders add 50 manually — fine for now.',
  ].join('\n'),
});

// ── 14. Drools DRL claim edit rules in a repo viewer ──
const drools: Snippet[] = lines({
  id: 's25-drl',
  kind: 's25-drools-drl-claim-edit-rules',
  before: 'rules/src/main/resources/edits/laterality.drl',
  text: [
    'rule "LAT-001 laterality modifier required"',
    '    salience [10000]',
    '  when',
    '    $l : ClaimLine( cptCode in ("{64712}", "{64714}", "{64632}", "{64612}"),',
    '                    !modifiers.contains("RT"), !modifiers.contains("LT"), !modifiers.contains("50") )',
    '  then',
    '    $l.hold("LAT-001", [41819]);   // WQ id',
    'end',
    'rule "PA-014 prior auth {64612} UHC"',
    '  when',
    '    $c : Claim( payerId == "[87726]" )',
    '    $l : ClaimLine( claim == $c, cptCode == "{64612}", priorAuth == null )',
    '  then',
    '    $l.deny("PA-014");',
    'end',
    'rule "MUE-{64445} one per day"',
    '  when',
    '    $l : ClaimLine( cptCode == "{64445}", units > 1, facilityId != [10713] )',
  ].join('\n'),
});

// ── 15. Teams/Slack engineering channel thread ──
const devChat: Snippet[] = lines({
  id: 's25-chat',
  kind: 's25-eng-channel-thread-pasted-trace',
  before: '#rcm-eng  ·  Thread',
  text: [
    'Priya N  9:42 AM',
    'scrubber is timing out on fee lookups again, only for {64632} it seems? pod restarted 3x',
    'Marco D  9:44 AM',
    '`GET /fs/v2/rate?code={64632}&carrier=[15202]` → 504 after [30000]ms. carrier [15202] file has a bad row for {64632} + mod 76',
    'Priya N  9:45 AM',
    'ah, the descriptor "Destruction by neurolytic agent; plantar common digital nerve" has a tab in it, parser chokes',
    'Anita K (billing)  9:51 AM',
    'from our side: 11 claims stuck, all Dublin ([43017]), all {64632}. also one {64712} but that is a different issue (RCM-4471)',
    'Marco D  9:53 AM',
    'java.lang.NumberFormatException: For input string: "[31068]\\t"',
    '    at c.o.rcm.fee.RateParser.parse(RateParser.java:212)',
    'hotfix in PR #1894, deploy ~10:30. ticket is INC0087111',
  ].join('\n'),
});

// ── 16. Shared spreadsheet: QUERY() formula and pivot table ──
const sheetPivot = table({
  id: 's25-sheet-pivot',
  kind: 's25-sheet-pivot-sum-units-by-cpt',
  caption: 'Denials tracker (shared) — tab "Pivot" — =QUERY(Raw!A:K,"select C, sum(F) where H = \'197\' group by C")',
  headers: ['CPT', 'Payer ID', 'SUM of Units', 'COUNTA of Claim #', 'SUM of Billed'],
  rows: [
    ['{64445}', '[87726]', '212', '198', '148824'],
    ['{64712}', '[87726]', '17', '14', '[73542]'],
    ['{64632}', '[62308]', '18', '9', '[27900]'],
    ['{64714}', '[60054]', '4', '4', '[15920]'],
    ['{64612}', '[39026]', '2', '2', '820'],
    ['Grand Total', '', '253', '227', '266006'],
  ],
});

const sheetRaw = table({
  id: 's25-sheet-raw',
  kind: 's25-sheet-raw-tab-worklist-notes',
  caption: 'Denials tracker (shared) — tab "Raw" — filtered: Owner = AK',
  headers: ['Claim #', 'DOS', 'CPT', 'Mod', 'Payer ID', 'CARC', 'Owner', 'Notes'],
  rows: [
    ['[50015]', '3/2/26', '{64712}', '', '[87726]', '4', 'AK', 'mod dropped (RCM-4471), rebill as {64712}-RT'],
    [
      '[50016]',
      '3/2/26',
      '{64445}',
      '',
      '[87726]',
      '197',
      'AK',
      'auth on file is for {64612}, not the block — call UHC ref [74327]',
    ],
    ['[50231]', '3/5/26', '{64632}', '76', '[62308]', '50', 'AK', 'records sent; fax [43565] pages'],
    ['[50388]', '3/9/26', '{64714}', 'LT', '[60054]', '45', 'AK', 'contract rate loaded 3/15; zip [45701] site'],
  ],
});

// ── 17. Great Expectations Data Docs: validation result table ──
const gx = table({
  id: 's25-gx',
  kind: 's25-great-expectations-validation-table',
  caption: 'Validation Results — suite fct_charge_line.warning — run 20260401T060412Z — 7 of 9 expectations succeeded',
  headers: ['Status', 'Expectation', 'Observed Value'],
  rows: [
    ['✔', 'expect_table_row_count_to_be_between min_value [50000] max_value 150000', '[91664]'],
    [
      '✘',
      'cpt_code values must belong to the set of active CPT codes (ref_cpt_2026)',
      '3 unexpected values; sample: {64632} (2), 6471 (1)',
    ],
    ['✔', 'payer_id values must never be null', '0% unexpected'],
    ['✘', 'svc_zip values must match regex ^\\d{5}$', '14 unexpected; sample: 4321, 432151, OH [43210]-'],
    ['✔', 'units values must be between 1 and 99 where cpt_code = {64445}', '0% unexpected of 212 rows'],
    ['✔', 'expect_column_distinct_values_to_contain_set cpt_code [{64712}, {64714}]', 'contains all'],
  ],
});

// ── 18. dbt test failure output ──
const dbt: Snippet[] = lines({
  id: 's25-dbt',
  kind: 's25-dbt-test-failure-console',
  before: '$ dbt build --select fct_charge_line+',
  text: [
    '06:04:11  41 of 44 START test accepted_values_fct_charge_line_cpt_code__{64712}__{64714}__{64632} .. [RUN]',
    '06:04:12  41 of 44 FAIL 3 accepted_values_fct_charge_line_cpt_code__{64712}__{64714}__{64632} .. [FAIL 3 in 0.82s]',
    '06:04:12  42 of 44 PASS relationships_fct_charge_line_payer_id__payer_id__ref_dim_payer_ ...... [PASS in 0.40s]',
    '06:04:13  Finished running 12 table models, 32 data tests in 0 hours 0 minutes and 19.71 seconds (19.71s).',
    '06:04:13  Failure in test accepted_values_fct_charge_line_cpt_code__{64712}__{64714}__{64632} (models/marts/schema.yml)',
    '06:04:13    Got 3 results, configured to fail if != 0',
    '06:04:13  value_field | n_records:  {64445} | 2   ·   {64612} | 1',
    '06:04:13  Done. PASS=40 WARN=1 ERROR=0 SKIP=0 TOTAL=44 · rows affected: [84351]',
  ].join('\n'),
});

// ── 19. Airflow task log: ETL run summary ──
const airflow: Snippet[] = lines({
  id: 's25-airflow',
  kind: 's25-airflow-task-log-load-summary',
  before: 'DAG rcm_charges_daily · Task load_fact_charge_line · Try 1 · Log',
  text: [
    '[2026-04-01, 06:00:04 UTC] {taskinstance.py:1159} INFO - Dependencies all met for dag_id=rcm_charges_daily',
    '[2026-04-01, 06:02:41 UTC] {extract.py:88} INFO - extracted [91664] rows from CLARITY_TDL_TRAN (post_date=2026-03-31)',
    '[2026-04-01, 06:03:58 UTC] {load.py:142} INFO - inserted=[13885] updated=[77590] rejected=27',
    '[2026-04-01, 06:03:58 UTC] {load.py:150} WARNING - rejects by reason: INVALID_CPT=11 NULL_PAYER=9 BAD_ZIP=7',
    "[2026-04-01, 06:03:58 UTC] {load.py:151} WARNING - INVALID_CPT sample: '6471', '6444', ' {64632}' (leading space)",
    '[2026-04-01, 06:03:59 UTC] {load.py:160} INFO - top cpt by lines: {64445}=212, {64712}=17, {64632}=9',
    '[2026-04-01, 06:04:00 UTC] {taskinstance.py:1400} INFO - Marking task as SUCCESS. batch_id=[53599], duration=236s',
    '[2026-04-01, 06:04:00 UTC] {local_task_job_runner.py:240} INFO - Task exited with return code 0 (pid [38094])',
  ].join('\n'),
});

// ── 20. Grafana alert notification and the Prometheus metric behind it ──
const grafana: Snippet[] = lines({
  id: 's25-grafana',
  kind: 's25-grafana-alert-labels-annotations',
  before: '#rcm-alerts  ·  Grafana  APP',
  text: [
    '[FIRING:1] ClaimRejectSpike rcm-prod (availity {64632} warning)',
    '**Firing**',
    'Value: A=5.3, B=43',
    'Labels:',
    ' - alertname = ClaimRejectSpike',
    ' - cpt = {64632}',
    ' - payer_id = [62308]',
    ' - clearinghouse = availity',
    'Annotations:',
    ' - summary = 277CA rejects for CPT {64632} above 5% over 1h (43 of 812)',
    ' - runbook_url = https://wiki.rcm.local/runbooks/[71852]',
    'Source: https://grafana.rcm.local/alerting/grafana/ce[55590]x/view?orgId=1',
  ].join('\n'),
});

const prom: Snippet[] = lines({
  id: 's25-prom',
  kind: 's25-prometheus-metrics-exposition',
  before: 'GET /actuator/prometheus',
  text: [
    '# HELP claim_line_rejects_total Claim lines rejected by the clearinghouse',
    '# TYPE claim_line_rejects_total counter',
    'claim_line_rejects_total{cpt="{64632}",payer_id="[62308]",reason="A7:454"} 43',
    'claim_line_rejects_total{cpt="{64712}",payer_id="[87726]",reason="A7:21"} 17',
    'claim_line_rejects_total{cpt="{64445}",payer_id="[60054]",reason="A6:562"} 11',
    'claim_lines_submitted_total{clearinghouse="availity"} [56531]',
    'jvm_threads_live_threads [67970]',
    'http_server_requests_seconds_count{method="GET",status="200",uri="/fs/v2/rate"} [64339]',
  ].join('\n'),
});

// ── 21. Mirth Connect dashboard: channel statistics ──
const mirth = table({
  id: 's25-mirth',
  kind: 's25-mirth-dashboard-channel-stats',
  caption: 'Dashboard  ·  Mirth Connect Administrator  ·  server rcm-ie-01',
  headers: ['Status', 'Name', 'Rev Δ', 'Last Deployed', 'Received', 'Filtered', 'Queued', 'Sent', 'Errored'],
  rows: [
    ['Started', 'EPIC_DFT_IN', '0', '2026-03-28 21:14', '[96792]', '[10034]', '0', '[86760]', '0'],
    ['Started', 'DFT_SPLIT_PRO_FAC', '2', '2026-03-30 19:02', '[86760]', '412', '3', '[86345]', '0'],
    ['Paused', 'CLAIM_837P_OUT', '0', '2026-03-28 21:15', '[50555]', '0', '[42598]', '7951', '3'],
    ['Started', 'FEE_LOOKUP_WS', '1', '2026-04-02 10:31', '[66856]', '0', '0', '[66849]', '7'],
  ],
});

const mirthEvents = table({
  id: 's25-mirth-ev',
  kind: 's25-mirth-server-event-log',
  caption: 'Events  ·  filter: level >= WARNING',
  headers: ['ID', 'Level', 'Date & Time', 'Name', 'Attributes'],
  rows: [
    [
      '[46461]',
      'ERROR',
      '2026-04-02 09:14:09',
      'FEE_LOOKUP_WS: HTTP 504',
      'code={64632} carrier=[15202] messageId=[66850]',
    ],
    [
      '[46462]',
      'WARNING',
      '2026-04-02 09:20:40',
      'DFT_SPLIT_PRO_FAC: filter',
      'FT1-25 {64445} with no FT1-26; routed to facility only',
    ],
    ['[46470]', 'ERROR', '2026-04-02 10:02:13', 'CLAIM_837P_OUT: queue', 'queue depth [42598] > threshold [40000]'],
    ['[46471]', 'INFO', '2026-04-02 10:31:00', 'Channel deployed', 'FEE_LOOKUP_WS rev 1 by mdiaz from 10.20.1.7'],
  ],
});

// ── 22. Rhapsody-style message tracking: search results and properties ──
const rhapsody: Snippet[] = lines({
  id: 's25-rhap',
  kind: 's25-rhapsody-message-tracking-properties',
  before: 'Message Tracking  ·  Search: Route = DFT_Pro_Split  ·  Property "ProcCode" = 64612',
  text: [
    'Message ID [37142]   Input Time 02/04/2026 09:12:55   Comm Point EPIC_DFT_TCP   State Completed',
    'Message ID [37143]   Input Time 02/04/2026 09:12:57   Comm Point EPIC_DFT_TCP   State Error',
    'Properties of [37143]:',
    '  ProcCode = {64612}',
    '  ProcModifier = RT',
    '  MRN = E[59331]',
    '  PatientZip = [43215]',
    '  ChargeAmount = 410.00',
    '  BatchNumber = [73905]',
    '  ErrorText = Lookup "PayerMap" returned no row for FT1-14 [64714] (insurance plan id)',
    'Message ID [37150]   Input Time 02/04/2026 09:14:02   ProcCode {64445}   State Completed',
  ].join('\n'),
});

// ── 23. Kibana Discover: one document expanded, table view ──
const kibana = table({
  id: 's25-kibana',
  kind: 's25-kibana-discover-doc-field-table',
  caption: 'Discover · logs-rcm-* · Expanded document · Table  JSON',
  headers: ['Field', 'Value'],
  rows: [
    ['@timestamp', 'Apr 2, 2026 @ 09:14:07.318'],
    ['claim.id', 'CLM-[31068]-A'],
    ['claim.line.cpt', '{64712}'],
    ['claim.line.modifiers', 'RT'],
    ['edit.column1', '{64712}'],
    ['edit.column2', '{64445}'],
    [
      'edit.message',
      'Column 2 code {64445} is bundled into {64712} unless a distinct procedural service modifier is appended',
    ],
    ['host.name', 'claims-scrubber-7d9f5b'],
    ['process.pid', '[18244]'],
    ['client.geo.postal_code', '[43219]'],
    ['http.response.bytes', '[21037]'],
    ['event.sequence', '[82753]'],
  ],
});

export const sealed25: Snippet[] = [
  ...snowGrid,
  ...snowStats,
  ...sqlQuery,
  ...nbFrame,
  ...nbSeries,
  ...tableau,
  ...powerBi,
  ...devNet,
  ...graphql,
  ...appLog,
  ...splunk,
  ...splunkEvents,
  ...jira,
  ...snChange,
  ...daff,
  ...daffComments,
  ...drools,
  ...devChat,
  ...sheetPivot,
  ...sheetRaw,
  ...gx,
  ...dbt,
  ...airflow,
  ...grafana,
  ...prom,
  ...mirth,
  ...mirthEvents,
  ...rhapsody,
  ...kibana,
];
