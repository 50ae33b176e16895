import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 173 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s173-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too ({64446} {64455} {64640} {64708} {64713} {76942} {95874} {20550} {20526} {01250}). About a
 * third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as hospital ZIPs, an Excel date
 * serial, a patient account and statement number, CMS complaint numbers, records-request reference numbers, a PR
 * ticket, a TPA contract number, a state PO box number, a license number, a fee schedule id, a newsroom story id, an MRF
 * row number, a subscriber id, a post id, a price-estimate id, a department number and gross charges in a
 * spreadsheet. The five known codes' digits come back as decoys: the article's story id in its URL, short link and
 * JSON-LD, the graphic's asset id, St. Adalbert's chargemaster numbers (64714-0, 64712-4), a CDM number in a cleaning
 * log, the paper's PO box, a newsroom records-request log number, a records-portal reference, a reader comment
 * number, a TV rundown graphic number, a TV story slug and an obituary's PO box.
 *
 * Family: health journalism: a (fictional) regional newspaper's investigation into the prices of peripheral-nerve
 * procedures. The Millbrook Courier (Millbrook, Ohio) prices five codes across nine Miami Valley hospitals' price
 * transparency files: the published article (headline block, body prose, e-edition page text layer, JSON-LD), its
 * sidebars (what the codes mean, price ranges, how we did this), the interactive price-lookup graphic (search and
 * dropdown, result cards, embedded JSON, dot-plot tooltip, embed box), the data reporter's notes, spreadsheet tabs
 * (summary, cleaning log with formulas, pivot), the hospitals' files (v2 tall CSV, JSON, cms-hpt.txt, a chargemaster
 * excerpt, a patient estimator), the data repo's script, public-records request letter, acknowledgment, partial denial,
 * produced claims table and request-tracker portal, a hospital PR statement, a CMS complaint confirmation, the story
 * budget, fact-check sheet and Slack thread, reader comments, a letter to the editor, a photo caption quoting a
 * patient's bill, site search, social thread, the corrections box, a follow-up reader Q&A, the health newsletter and
 * its analytics dashboard, and the partner TV station's segment transcript and rundown.
 * Built on real public layouts: CMS hospital price transparency v2.0 standard-charge templates (tall CSV with
 * code|1/code|1|type/standard_charge|negotiated_dollar columns, the JSON schema, and the cms-hpt.txt discovery file),
 * newspaper article pages with "How we did this" methodology boxes and "Corrections and clarifications" boxes,
 * newsroom interactive price-lookup graphics (ProPublica/KFF-style lookup with ZIP search and result cards), Ohio
 * R.C. 149.43 public records request letters and the GovQA public records portal's "My Requests" list, ENPS newscast
 * rundowns and broadcast transcripts, schema.org NewsArticle JSON-LD, Excel pivot tables and formula bars, USPS
 * periodicals statements in a newspaper masthead, and email newsletter campaign reports. The others are written the
 * way those pages read, with no single source.
 *
 * 361 labelled tokens over 43 shapes: 198 codes (173 of the five known codes), 163 decoys, 55 of the decoys in
 * KNOWN_10K, 26 decoys reusing the five known codes' digits.
 */

// ── 1. Article page: headline, dek, byline block ──
const articleHead = lines({
  id: 's173-arthead',
  kind: 's173-article-headline-byline-block',
  before: 'THE MILLBROOK COURIER · INVESTIGATIONS',
  text: [
    'Same nerve, same surgery, a $31,000 spread: what nine Miami Valley hospitals charge for nerve procedures',
    'Hospitals now must post their prices. The Courier read 9 of those files line by line for five billing codes, from a sciatic nerve block ({64445}) to sciatic nerve surgery ({64712}).',
    'By Dana Whitfield and Marcus Oyelaran | Published April 19, 2026 | Updated April 22, 2026',
    'millbrookcourier.com/news/health/2026/04/19/nerve-procedure-prices-hospitals/[64712]/',
  ].join('\n'),
});

// ── 2. Article body prose ──
const articleBody = lines({
  id: 's173-artbody',
  kind: 's173-article-body-prose',
  before: 'Same nerve, same surgery, a $31,000 spread',
  text: [
    "When Renee Castellano of Huber Springs needed surgery to free her sciatic nerve last fall, her surgeon's office gave her a single number to look up: {64712}.",
    '"I thought a code was a code," said Castellano, 58. "I didn\'t know the price of {64712} depended on which parking lot you pulled into."',
    "At Millbrook Regional Medical Center, the hospital's own price file lists a gross charge of $38,412 for that code. Eight miles away at Sycamore Ridge Surgery Center, the cash price is $7,150.",
    'The spread was narrower, but still wide, for the simplest of the five procedures: a single-shot sciatic nerve block, billed as CPT {64445}, ran from $412 to $3,960.',
    'Some hospitals posted a price for the procedure only when it was paired with an ultrasound guidance code; others listed {64445} with no negotiated rates at all, only the words "N/A."',
    'For facial nerve injections to treat spasm ({64612}), the median negotiated rate across the files was $1,284, though one Anthem plan at Carrow Valley Hospital paid $2,910.',
    'A surgery to decompress the lumbar plexus, {64714}, appeared in only four of the nine files. Saint Adalbert Hospital\'s file listed it under an internal charge number, [64714]-0, that hospital staff later said was "a coincidence of our chargemaster numbering."',
    "Castellano's bill, which she shared with The Courier, showed a charge of $34,880 for {64712} on her account number [20148]. After her insurer's discount she still owed $6,412.",
  ].join('\n'),
});

// ── 3. Sidebar: what the codes mean ──
const sidebarCodes = lines({
  id: 's173-sidecodes',
  kind: 's173-sidebar-what-the-codes-mean-box',
  before: 'SIDEBAR | Decoding the bill',
  text: [
    'Decoding the bill: the five codes we priced',
    '{64445} — Injection of numbing medicine around the sciatic nerve (one shot). Often billed with ultrasound guidance, {76942}, which some hospitals bundle.',
    '{64612} — Chemodenervation (usually Botox) of the muscles served by the facial nerve, one side.',
    "{64632} — Destroying a small nerve in the foot with alcohol or a similar agent, typically for a Morton's neuroma.",
    '{64712} — Open surgery to free the sciatic nerve from scar tissue ("neuroplasty").',
    '{64714} — Open surgery to free the lumbar plexus, the nerve network low in the back and pelvis.',
    "Why five digits? These are CPT codes, maintained by the American Medical Association. Your ZIP code has five digits too; our reporters' is [45402]. Don't confuse them on a price tool.",
  ].join('\n'),
});

// ── 4. Sidebar: price comparison table ──
const sidebarTable = table({
  id: 's173-sidetable',
  kind: 's173-sidebar-price-range-table',
  caption: 'By the numbers: lowest and highest posted cash price, nine hospitals',
  headers: ['Code', 'Procedure', 'Lowest cash price', 'Highest cash price', 'Hospitals posting'],
  rows: [
    ['{64445}', 'Sciatic nerve block', '$412', '$3,960', '9 of 9'],
    ['{64612}', 'Facial nerve chemodenervation', '$690', '$4,105', '8 of 9'],
    ['{64632}', 'Foot nerve destruction', '$540', '$5,218', '7 of 9'],
    ['{64712}', 'Sciatic nerve surgery', '$7,150', '$38,412', '6 of 9'],
    ['{64714}', 'Lumbar plexus surgery', '$8,020', '$36,770', '4 of 9'],
  ],
});

// ── 5. Sidebar: how we did this (methodology) ──
const methodology = lines({
  id: 's173-method',
  kind: 's173-sidebar-how-we-did-this-methodology',
  before: 'How we did this',
  text: [
    'Courier data reporter Marcus Oyelaran downloaded the machine-readable files each hospital must post under the federal price transparency rule (45 CFR Part 180) between Feb. 2 and Feb. 27, 2026.',
    'We kept rows where the billing code type was CPT or HCPCS and the code was {64445}, {64612}, {64632}, {64712} or {64714}. We excluded rows for {64446} (continuous catheter) and {64713} (brachial plexus) though some hospitals grouped them together.',
    'Where a hospital posted a price only for a bundle (for example {64712} with {64708} or an anesthesia base unit), we noted that but did not use it in the ranges.',
    "Three hospitals posted files that failed CMS's validator; we reported them to CMS (complaint numbers [18425] and [18426]) and used the files as posted.",
    'Full data and code: github.com/millbrookcourier/nerve-prices (release v1.2, commit 9f3c2e1). Questions: data@millbrookcourier.com or PO Box [64632], Millbrook, OH [45417].',
  ].join('\n'),
});

// ── 6. Interactive: price lookup search box and dropdown ──
const lookupSearch = lines({
  id: 's173-lookup',
  kind: 's173-interactive-lookup-search-dropdown',
  before: 'Look up a price: choose a procedure and your ZIP code',
  text: [
    'Procedure ▾',
    '  Sciatic nerve block (CPT {64445})',
    '  Facial nerve chemodenervation (CPT {64612})',
    '  Foot nerve destruction (CPT {64632})',
    '  Sciatic nerve surgery (CPT {64712})',
    '  Lumbar plexus surgery (CPT {64714})',
    'Your ZIP code [45433]   Within 25 miles ▾   [ Search ]',
    'Showing hospitals near [45433] (Wright Plains). 7 results. Prices are what each hospital posted, not what you will pay.',
  ].join('\n'),
});

// ── 7. Interactive: result cards ──
const lookupCards = lines({
  id: 's173-cards',
  kind: 's173-interactive-result-card-list',
  before: 'Sciatic nerve surgery (CPT 64712) near 45433',
  text: [
    'Sycamore Ridge Surgery Center · 1900 Stroop Rd, Millbrook, OH [45415] · 6.1 mi',
    '  {64712}  Cash price $7,150  ·  Median negotiated rate $9,880  ·  Gross charge $14,200',
    'Millbrook Regional Medical Center · 1 Prospect Blvd, Millbrook, OH [45417] · 8.4 mi',
    '  {64712}  Cash price $30,730  ·  Median negotiated rate $21,466  ·  Gross charge $38,412',
    'Wright Plains Medical Center · 2200 Kauffman Ave, Fairborn Twp, OH [45324] · 3.0 mi',
    "  CPT {64712} not listed in this hospital's file. Closest listed: {64708} (other major nerve).",
  ].join('\n'),
});

// ── 8. Interactive: embedded JSON dataset in page source ──
const lookupJson = lines({
  id: 's173-lookupjson',
  kind: 's173-interactive-embedded-json-data',
  before: '<script id="nerve-prices-data" type="application/json">',
  text: [
    '{"graphic_id":"[64612]","updated":"2026-04-22","hospitals":[',
    '{"ccn":"360077","name":"Millbrook Regional Medical Center","zip":"[45417]","lat":39.7589,',
    ' "prices":[{"cpt":"{64445}","cash":1210,"gross":3960,"neg_median":860},{"cpt":"{64712}","cash":[30730],"gross":[38412]}]},',
    '{"ccn":"360212","name":"Carrow Valley Hospital","zip":"[45371]","prices":[{"cpt":"{64612}","cash":2016,"neg_max":2910},',
    ' {"cpt":"{64632}","cash":[12360],"note":"includes facility + anesthesia"}]},',
    '{"ccn":"36C001","name":"Sycamore Ridge Surgery Center","zip":"[45415]","prices":[{"cpt":"{64714}","cash":8020}]}]}',
  ].join('\n'),
});

// ── 9. Interactive: dot-plot chart axis labels and tooltip ──
const chartTooltip = lines({
  id: 's173-chart',
  kind: 's173-interactive-dotplot-axis-tooltip',
  before: 'Chart: Gross charge by hospital (each dot is one hospital)',
  text: [
    'Y axis: CPT {64445} | {64612} | {64632} | {64712} | {64714}',
    'X axis: $0   $10,000   $20,000   $30,000   $40,000',
    'Tooltip ▸ Saint Adalbert Hospital — {64714} lumbar plexus neuroplasty — gross charge $36,770 — cash price n/a',
    'Tooltip ▸ Miami Bend Health — {64632} — gross $5,218 — 3 payer rates posted',
    'Source: hospital price transparency files downloaded Feb. 2026. Graphic: Lena Park / The Courier. ID [64612]-v3',
  ].join('\n'),
});

// ── 10. Interactive: embed code box ──
const embedCode = lines({
  id: 's173-embed',
  kind: 's173-interactive-embed-code-share-box',
  before: 'Share this graphic · Embed',
  text: [
    '<iframe src="https://graphics.millbrookcourier.com/2026/nerve-prices/?zip=[45402]&cpt={64712}" width="100%" height="720"></iframe>',
    'Direct link: graphics.millbrookcourier.com/2026/nerve-prices/#cpt={64445}',
    'Partner newsroom license no. [30219] · Asset ID [64612] · Tracking: utm_campaign=[14711]',
  ].join('\n'),
});

// ── 11. Reporter's data notes (markdown) ──
const dataNotes = lines({
  id: 's173-notes',
  kind: 's173-reporter-data-notes-markdown',
  before: '# nerve-prices / NOTES.md (M. Oyelaran)',
  text: [
    '## 2026-02-09 scope',
    '- Final code list: {64445}, {64612}, {64632}, {64712}, {64714}. Dropped {64640} (too many "other nerve" rows, not comparable).',
    '- MRMC file is 4.1 GB, tall CSV, v2.0 template. Filtered with csvgrep on code|1 — 1,212 rows for our five codes.',
    '- St. Adalbert uses chargemaster numbers like [64714]-0 and [64712]-4 in the "description" column. NOT CPT. Real CPT is in code|2. Flag for story.',
    '## 2026-02-14 questions for hospitals',
    '- Carrow Valley lists {64632} at $12,360 cash; is that really one foot nerve injection? ask PR (ticket [50121]).',
    '- Miami Bend: "{64612}x2" rows — bilateral? {64612} is unilateral, so the 2 is units; confirm.',
    '- Wright Plains cms-hpt.txt points to a dead link; file posted at /pricing/[31904]_standardcharges.csv',
  ].join('\n'),
});

// ── 12. Spreadsheet: hospital summary tab ──
const sheetSummary = table({
  id: 's173-sheet',
  kind: 's173-spreadsheet-hospital-summary-tab',
  caption: 'nerve_prices_master.xlsx — tab "summary" (rows 2–8)',
  headers: ['hospital', 'zip', 'cpt', 'gross', 'cash', 'neg_min', 'neg_max', 'n_payers'],
  rows: [
    ['Millbrook Regional MC', '[45417]', '{64712}', '[38412]', '[30730]', '[14880]', '[26300]', '11'],
    ['Millbrook Regional MC', '[45417]', '{64445}', '3960', '1210', '412', '1844', '11'],
    ['Carrow Valley Hospital', '[45371]', '{64632}', '[14180]', '[12360]', '2210', '4875', '6'],
    ['Carrow Valley Hospital', '[45371]', '{64612}', '4105', '2016', '980', '2910', '6'],
    ['Saint Adalbert Hospital', '[45405]', '{64714}', '[36770]', '', '[22450]', '[29980]', '4'],
    ['Sycamore Ridge SC', '[45415]', '{64712}', '[14200]', '7150', '7890', '[11522]', '5'],
    ['Miami Bend Health', '[45373]', '{64632}', '5218', '3100', '540', '2875', '3'],
    ['Miami Bend Health', '[45373]', '{64612}', '3870', '1650', '690', '1902', '3'],
    ['Wright Plains MC', '[45324]', '{64445}', '2480', '990', '515', '1320', '7'],
    ['Wright Plains MC', '[45324]', '{64714}', '[31660]', '[17600]', '[16840]', '[25210]', '7'],
  ],
});

// ── 13. Spreadsheet: raw MRF CSV, CMS v2 tall format ──
const mrfCsv = lines({
  id: 's173-mrfcsv',
  kind: 's173-mrf-tall-csv-v2-text',
  before: 'millbrook-regional_standardcharges.csv (opened in text editor)',
  text: [
    'hospital_name,last_updated_on,version,hospital_location,hospital_address,license_number|OH',
    'Millbrook Regional Medical Center,2026-01-01,2.0.0,Millbrook,"1 Prospect Blvd, Millbrook, OH [45417]",[10226]',
    'description,code|1,code|1|type,code|2,code|2|type,setting,standard_charge|gross,standard_charge|discounted_cash,payer_name,plan_name,standard_charge|negotiated_dollar',
    '"NEUROPLASTY SCIATIC NERVE",{64712},CPT,0360,RC,outpatient,[38412].00,[30730].00,Anthem,Blue Access PPO,[21466].00',
    '"NEUROPLASTY SCIATIC NERVE",{64712},CPT,0360,RC,outpatient,[38412].00,[30730].00,CareSource,Marketplace,[14880].00',
    '"INJ ANES SCIATIC NRV SGL",{64445},CPT,0370,RC,outpatient,3960.00,1210.00,Medical Mutual,SuperMed PPO,860.00',
    '"NEUROPLASTY SCIATIC NERVE",{64712},CPT,0360,RC,outpatient,[38412].00,[30730].00,Medical Mutual,SuperMed PPO,[18305].00',
    '"NEUROPLASTY LUMBAR PLEXUS",{64714},CPT,,,inpatient,[34120].00,,UnitedHealthcare,Choice Plus,[22450].00',
    '"CHEMODENERV FACIAL NRV UNI",{64612},CPT,0510,RC,outpatient,4105.00,2016.00,Anthem,Blue Access PPO,1410.00',
    '"NRV BLK CONT INFUSION SCIATIC",{64446},CPT,0370,RC,outpatient,5120.00,2890.00,Anthem,Blue Access PPO,1975.00',
  ].join('\n'),
});

// ── 14. MRF JSON fragment ──
const mrfJson = lines({
  id: 's173-mrfjson',
  kind: 's173-mrf-json-standard-charge-fragment',
  before: 'carrow-valley_standardcharges.json',
  text: [
    '{"hospital_name":"Carrow Valley Hospital","hospital_address":["400 Ledge Rd, Tipp Corners, OH [45371]"],',
    ' "standard_charge_information":[{"description":"DESTR NEUROLYTIC PLANTAR DIGITAL NRV",',
    '  "code_information":[{"code":"{64632}","type":"CPT"},{"code":"0490","type":"RC"}],',
    '  "standard_charges":[{"setting":"outpatient","gross_charge":[14180],"discounted_cash":[12360],',
    '   "payers_information":[{"payer_name":"Aetna","plan_name":"Open Access","standard_charge_dollar":4875,',
    '   "additional_payer_notes":"paid per fee schedule [20287], 85% of base"}]}]},',
    ' {"description":"CHEMODENERV FACIAL NRV UNI","code_information":[{"code":"{64612}","type":"CPT"}]}]}',
  ].join('\n'),
});

// ── 15. Spreadsheet: formula bar / cleaning log ──
const formulaView = lines({
  id: 's173-formula',
  kind: 's173-spreadsheet-formula-view-cleaning-log',
  before: 'nerve_prices_master.xlsx — tab "cleaning_log"',
  text: [
    'A2: =IF(ISNUMBER(MATCH(C2,{"{64445}","{64612}","{64632}","{64712}","{64714}"},0)),"keep","drop")',
    'B7: =TEXT([45412],"yyyy-mm-dd")  → 2024-04-30 (St. Adalbert "last_updated_on" stored as serial; file is stale)',
    'B8: =DATEVALUE("2026-02-02") → [46055]',
    'Row 311: code|1 = "{64712}-RT" split into cpt {64712} + modifier RT (12 rows fixed)',
    'Row 318: code|1 = "{64445} {76942}" split into {64445} and {76942}; only first kept',
    'Row 402: Wright Plains lists "[64632]" as a charge description number ("CDM [64632] FOOT INJ") with code|1 = {64455}; kept as {64455}, excluded from story',
  ].join('\n'),
});

// ── 16. Spreadsheet: pivot table (payer x code) ──
const pivot = table({
  id: 's173-pivot',
  kind: 's173-spreadsheet-pivot-payer-by-code',
  caption: 'Pivot: median negotiated rate by payer and CPT (all hospitals)',
  headers: ['Row Labels (cpt)', 'Anthem', 'CareSource', 'Medical Mutual', 'UnitedHealthcare', 'Grand Total'],
  rows: [
    ['{64445}', '$1,020', '$610', '$860', '$944', '$842'],
    ['{64612}', '$1,410', '$880', '$1,284', '$1,302', '$1,284'],
    ['{64632}', '$2,440', '$1,090', '$2,210', '(blank)', '$2,210'],
    ['{64712}', '$21,466', '$14,880', '$18,305', '$19,950', '$17,990'],
    ['{64714}', '$24,100', '—', '$22,450', '$23,275', '$23,275'],
    ['Grand Total', '$5,112', '$3,020', '$4,966', '$7,840', '$4,870'],
  ],
});

// ── 17. Hospital cms-hpt.txt ──
const cmsHpt = lines({
  id: 's173-cmshpt',
  kind: 's173-hospital-cms-hpt-txt-file',
  before: 'https://www.wrightplainsmc.org/cms-hpt.txt',
  text: [
    'location-name: Wright Plains Medical Center',
    'source-page-url: https://www.wrightplainsmc.org/patients/price-transparency',
    'mrf-url: https://www.wrightplainsmc.org/pricing/[31904]_standardcharges.csv',
    'contact-name: Revenue Integrity Dept., 2200 Kauffman Ave, Fairborn Twp, OH [45324]',
    'contact-email: pricetransparency@wrightplainsmc.org',
    '',
    'location-name: Wright Plains Outpatient Surgery, 3410 Colonel Glenn Hwy, Beavercreek, OH [45431]',
    'mrf-url: https://www.wrightplainsmc.org/pricing/[31907]_standardcharges.csv',
  ].join('\n'),
});

// ── 18. Public records request letter (Ohio Revised Code 149.43) ──
const recordsRequest = lines({
  id: 's173-prr',
  kind: 's173-public-records-request-letter',
  before: 'THE MILLBROOK COURIER · 110 S. Ludlow St., Millbrook, OH 45402',
  text: [
    'February 20, 2026',
    'Ohio Department of Administrative Services, Office of Public Records, 30 E. Broad St., Columbus, OH [43215]',
    'Re: Public records request under R.C. 149.43 — State employee health plan claims, selected procedures',
    'I request records sufficient to show, for plan years 2023 through 2025, the number of claims and the total allowed amount paid by the State of Ohio employee health plan, by facility, for CPT codes {64445}, {64612}, {64632}, {64712} and {64714}.',
    'I do not seek any patient-identifying information; aggregate counts by facility and code are sufficient. If a cell has fewer than 11 claims, please suppress it rather than withhold the whole record.',
    'Please send records electronically to dwhitfield@millbrookcourier.com. Reply to The Courier, 110 S. Ludlow St., Millbrook, OH [45402]. Our internal request log number is PRR-[64714].',
  ].join('\n'),
});

// ── 19. Agency acknowledgment email ──
const prrAck = lines({
  id: 's173-prrack',
  kind: 's173-records-request-acknowledgment-email',
  before: 'From: DAS Public Records <publicrecords@das.ohio.gov>',
  text: [
    'Date: Fri, Feb 20, 2026 at 3:14 PM · Ticket [27704]',
    'Subject: Acknowledgment — Request # R[30343]-022026',
    'Dear Ms. Whitfield, we received your request for claims data for CPT codes {64445}, {64612}, {64632}, {64712}, and {64714}. It has been assigned reference number R[30343]-022026.',
    'The Department will respond within a reasonable period of time as required by R.C. 149.43(B). Please reference the request number, not your internal number PRR-[64714], in future correspondence.',
  ].join('\n'),
});

// ── 20. Agency response letter (partial denial) ──
const prrResponse = lines({
  id: 's173-prrresp',
  kind: 's173-records-response-letter-partial-denial',
  before: 'STATE OF OHIO · DEPARTMENT OF ADMINISTRATIVE SERVICES · Request R30343-022026',
  text: [
    'Dear Ms. Whitfield: Enclosed please find 1 spreadsheet (4 pages when printed) responsive to your request.',
    'Rows for CPT {64714} at two facilities have been redacted under R.C. 149.43(A)(1)(v) and 45 CFR 164.514 because each reflects fewer than 11 claims.',
    "The Department does not maintain negotiated rates by code; those are held by the plan's third-party administrator under contract no. [15298]. The Department is not the custodian of that record.",
    'Records for CPT {64632} are reported under the TPA\'s grouping "peripheral nerve destruction," which also includes {64640}; we cannot separate them without creating a new record.',
    'You may appeal to the Court of Claims under R.C. 2743.75. Office of Public Records, PO Box [16634], Columbus, OH [43216]-6634.',
  ].join('\n'),
});

// ── 21. Records produced: claims table ──
const prrRecords = table({
  id: 's173-prrtable',
  kind: 's173-records-produced-claims-by-facility-table',
  caption: 'Attachment A — Ohio State Employee Plan, allowed amounts, PY2023–PY2025 (aggregate)',
  headers: ['Facility', 'Facility NPI', 'CPT', 'Claims', 'Total allowed', 'Avg allowed'],
  rows: [
    ['Millbrook Regional MC', '1437102291', '{64445}', '212', '$193,480', '$913'],
    ['Millbrook Regional MC', '1437102291', '{64712}', '14', '$271,620', '$19,401'],
    ['Carrow Valley Hospital', '1093776420', '{64612}', '88', '$112,640', '$1,280'],
    ['Carrow Valley Hospital', '1093776420', '{64632}*', '31', '$68,820', '$2,220'],
    ['Saint Adalbert Hospital', '1568434107', '{64714}', 'REDACTED', 'REDACTED', '—'],
  ],
});

// ── 22. Records request tracking portal ──
const prrPortal = table({
  id: 's173-prrportal',
  kind: 's173-records-portal-request-tracker',
  caption: 'My Requests — Ohio Public Records Center (GovQA)',
  headers: ['Reference #', 'Agency', 'Submitted', 'Status', 'Summary'],
  rows: [
    [
      'R[30343]-022026',
      'Administrative Services',
      '02/20/2026',
      'Closed — Partial',
      'State plan claims, CPT {64445} {64612} {64632} {64712} {64714}',
    ],
    [
      'R[30349]-022426',
      'Department of Health',
      '02/24/2026',
      'Closed — No records',
      'Hospital price transparency complaints (Ohio)',
    ],
    ['R[64445]-031126', 'Medicaid', '03/11/2026', 'In progress', 'Fee schedule history for {64712}, {64714}'],
  ],
});

// ── 23. Hospital PR statement email ──
const prStatement = lines({
  id: 's173-pr',
  kind: 's173-hospital-pr-statement-email',
  before: 'From: Kara Benning, Media Relations, Millbrook Regional Medical Center',
  text: [
    'Subject: RE: Courier inquiry — price file for {64712} [ref MR-[30165]]',
    'Dana, our statement is below. Please use in full.',
    '"The gross charge shown for CPT {64712} is a chargemaster list price that almost no patient pays. Insured patients pay their plan\'s negotiated rate, and uninsured patients qualify for our financial assistance policy."',
    'On background: the cash price for {64445} dropped to $1,210 on Jan. 1. The older file you have (posted 10/2025) shows $1,640.',
    'Kara Benning | 1 Prospect Blvd, Millbrook OH [45417] | 937-555-0188',
  ].join('\n'),
});

// ── 24. Reader comments ──
const comments = lines({
  id: 's173-comments',
  kind: 's173-reader-comments-thread',
  before: 'Comments (214) · Sort by: Top',
  text: [
    'RetiredCoder_OH · 2 days ago — Good story, but you should say that {64445} is usually billed with {76942} for ultrasound, so the "cash price" isn\'t the whole cost.',
    '  ↳ Marcus Oyelaran (Courier staff) · 2 days ago — Fair point. Our methodology box notes it; three hospitals bundle {76942} into the {64445} price.',
    'kettering_mom · 2 days ago — I had {64612} done at Carrow Valley for blepharospasm and paid $300 copay. Numbers mean nothing to real patients.',
    'DaveInXenia · 1 day ago — Correction to my own comment, my ZIP is [45424] not [45385]. Still nothing.',
    'DaveInXenia · 1 day ago — My ZIP is [45385] and the lookup said no hospitals within 25 miles?? Comment #[64712] reported as bug',
    'nerve_pain_survivor · 1 day ago — Had {64714} in 2024. EOB said allowed $22,450. Matches the Medical Mutual number in the chart.',
  ].join('\n'),
});

// ── 25. Corrections box ──
const corrections = lines({
  id: 's173-correct',
  kind: 's173-corrections-box',
  before: 'CORRECTIONS AND CLARIFICATIONS',
  text: [
    'An April 19 story about hospital prices for nerve procedures misstated the code for sciatic nerve surgery in one paragraph. It is CPT {64712}, not {64713}, which is surgery on the brachial plexus in the arm.',
    "The same story's graphic listed Saint Adalbert Hospital's charge number [64714]-0 as a CPT code. The hospital's CPT {64714} row shows a gross charge of $36,770, as the graphic now reflects.",
    'A sidebar gave the ZIP code of Sycamore Ridge Surgery Center as [45414]; it is [45415].',
    'Correction no. [12207] · To report an error, email corrections@millbrookcourier.com',
  ].join('\n'),
});

// ── 26. Newsletter email ──
const newsletter = lines({
  id: 's173-newsletter',
  kind: 's173-newsletter-email-health-brief',
  before: 'The Courier Health Brief · Tuesday, April 21, 2026',
  text: [
    'This week: What your hospital charges for a nerve block ({64445}) depends on where you go. Look up yours →',
    '3 things to know: ① Only 4 of 9 hospitals posted a price for lumbar plexus surgery, CPT {64714}. ② Facial nerve Botox ({64612}) had the narrowest spread. ③ You can ask for a good-faith estimate.',
    'Reader question: "Is {64632} the same as a cortisone shot in the foot?" No — that is usually {20550} or {20526}. Answer inside.',
    'You are receiving this because you subscribed at millbrookcourier.com. Subscriber ID [17286] · Campaign [58219]',
    'The Millbrook Courier, 110 S. Ludlow St., Millbrook, OH [45402] · Unsubscribe · Manage preferences',
  ].join('\n'),
});

// ── 27. TV segment transcript ──
const tvTranscript = lines({
  id: 's173-tv',
  kind: 's173-tv-segment-transcript',
  before: 'WMVX NEWS 7 AT 6 — TRANSCRIPT — April 20, 2026 — Segment 4 "Price Check"',
  text: [
    'ANCHOR (TESS ARNOLD): Tonight, a partnership with The Millbrook Courier finds the same nerve procedure can cost four times as much depending on the hospital.',
    'DANA WHITFIELD (COURIER): We took one code — {64712}, surgery on the sciatic nerve — and found posted prices from about seven thousand to thirty-eight thousand dollars.',
    'ANCHOR: And the simpler nerve block?',
    "WHITFIELD: That's {64445}. Same story, smaller dollars. Four hundred twelve dollars at one place, almost four thousand at another.",
    '[GRAPHIC: "CPT {64712} · $7,150 – $38,412"] [SUPER: Renee Castellano / Huber Springs]',
    '(CAPTION) SAINT ADALBERT HOSPITAL DID NOT RESPOND BY AIRTIME. MILLBROOK REGIONAL SAYS THE [38412] DOLLAR FIGURE IS A LIST PRICE.',
    'ANCHOR: You can look up prices in your ZIP code on our website, wmvx.com/pricecheck.',
    '[END SEG 4 · slug NERVE-[64445]-0420 · TRT 3:05]',
  ].join('\n'),
});

// ── 28. TV rundown sheet ──
const tvRundown = table({
  id: 's173-rundown',
  kind: 's173-tv-newscast-rundown',
  caption: 'WMVX 6PM RUNDOWN 04/20 (ENPS)',
  headers: ['Pg', 'Slug', 'Talent', 'Format', 'Graphic', 'Est'],
  rows: [
    ['B4', 'PRICE CHECK-LEAD', 'TESS', 'VO/SOT', 'OTS "NERVE PRICES" [64632]', '0:35'],
    ['B5', 'PRICE CHECK-PKG', 'DANA (COURIER)', 'PKG', 'FS CPT {64712} RANGE', '2:10'],
    ['B6', 'PRICE CHECK-TAG', 'TESS', 'READER', 'FS LOOKUP URL · ZIP [45417]', '0:20'],
  ],
});

// ── 29. Newsroom Slack thread ──
const slack = lines({
  id: 's173-slack',
  kind: 's173-newsroom-slack-thread',
  before: '#investigations-nerve-prices',
  text: [
    'marcus.o 10:42 AM  St. Adalbert file: description column says "CHG [64712]-4 NEUROLYSIS" and code|1 is blank for 40 rows. Not using those.',
    'dana.w 10:44 AM  so their actual {64712} price is where?',
    'marcus.o 10:45 AM  code|2 has {64712} on 3 rows, gross 29,900. The [64712]-4 thing is just their CDM number lol',
    'lena.p 11:02 AM  graphic build [20410] is up on staging, ZIP default is [45402] — should it be blank?',
    'ed.kowalski 11:10 AM  Blank. And lawyers want "posted price" not "price" everywhere. Also: {64632} or {64640} in the foot sidebar?',
    'marcus.o 11:12 AM  {64632}. {64640} is other peripheral nerve, different thing',
  ].join('\n'),
});

// ── 30. Story budget (newsroom CMS) ──
const budget = table({
  id: 's173-budget',
  kind: 's173-newsroom-story-budget-grid',
  caption: 'Sunday A1 budget — 04/19/2026',
  headers: ['Story ID', 'Slug', 'Reporter', 'Length', 'Art', 'Status'],
  rows: [
    ['[70412]', 'NERVEPRICES-MAIN', 'Whitfield/Oyelaran', '68 in', 'Castellano photo; dot plot', 'Legal read'],
    ['[70413]', 'NERVEPRICES-SIDE-CODES', 'Oyelaran', '14 in', 'Glossary box ({64445}–{64714})', 'Edited'],
    ['[70414]', 'NERVEPRICES-HOWWEDID', 'Oyelaran', '9 in', '—', 'Edited'],
    ['[70415]', 'WEATHER-STORMS', 'Staff', '12 in', 'Radar', 'Moved'],
    ['[70419]', 'AD-HOLD A1 STRIP', 'Adv.', '2 col', 'Order [92806] Miami Valley Ford', 'Placed'],
  ],
});

// ── 31. Social media thread ──
const social = lines({
  id: 's173-social',
  kind: 's173-social-media-thread-posts',
  before: '@MillbrookCourier',
  text: [
    '1/ Same surgery. Same code ({64712}). Posted prices from $7,150 to $38,412 at hospitals a few miles apart. Our investigation: mbrk.cr/[64712]x',
    '2/ A sciatic nerve block ({64445}) — a common, quick procedure — ran from $412 to $3,960.',
    '2b/ Facial nerve Botox for spasm ({64612}) and a foot nerve procedure ({64632}) had narrower ranges. Thread continues ↓',
    '3/ Look up your ZIP: mbrk.cr/prices · 1.2K reposts · 3,410 likes · Post ID [18021]',
  ].join('\n'),
});

// ── 32. E-edition print page text layer ──
const eEdition = lines({
  id: 's173-eedition',
  kind: 's173-e-edition-print-page-text-layer',
  before: 'e-Edition · Sunday, April 19, 2026 · Page A1',
  text: [
    'THE MILLBROOK COURIER  SUNDAY, APRIL 19, 2026  $3.00  VOL. 148, NO. 109',
    'SAME NERVE, SAME SURGERY, A $31,000 SPREAD',
    'Code {64712}: $7,150 at one center, $38,412 at another',
    'By DANA WHITFIELD and MARCUS OYELARAN Courier staff writers',
    'The Millbrook Courier (USPS [36920]) is published daily at 110 S. Ludlow St., Millbrook, OH [45402]. Periodicals postage paid at Millbrook, OH [45401].',
    'Continued on A8 ▸ PRICES       Ad: Miami Valley Ford, 800 Wayne Ave, Millbrook [45410] — 0% APR',
  ].join('\n'),
});

// ── 33. Article metadata JSON-LD ──
const jsonLd = lines({
  id: 's173-jsonld',
  kind: 's173-article-jsonld-metadata',
  before: '<script type="application/ld+json">',
  text: [
    '{"@type":"NewsArticle","headline":"Same nerve, same surgery, a $31,000 spread","identifier":"[64712]",',
    ' "keywords":["hospital prices","CPT {64712}","CPT {64445}","price transparency","Millbrook"],',
    ' "author":[{"@type":"Person","name":"Dana Whitfield","identifier":"staff-[53318]"},{"@type":"Person","name":"Marcus Oyelaran","identifier":"staff-[53374]"}],',
    ' "wordCount":"[2612]","publisher":{"@type":"NewsMediaOrganization","name":"The Millbrook Courier",',
    ' "address":{"postalCode":"[45402]","streetAddress":"110 S. Ludlow St."}},"articleSection":"Health"}',
  ].join('\n'),
});

// ── 34. Letter to the editor ──
const letter = lines({
  id: 's173-letter',
  kind: 's173-letter-to-the-editor',
  before: 'LETTERS | Price story missed the point',
  text: [
    "As a certified coder at a Miami Valley practice for 19 years, I appreciated the Courier's April 19 report but want to add context.",
    "A hospital's price for {64712} is only the facility part. The surgeon bills {64712} separately, the anesthesiologist bills under {01250}, and the pathologist may bill too.",
    'And {64632} is often performed in an office, not a hospital, where none of these files apply.',
    '— Patricia Omondi, CPC, Beavercreek [45434]',
  ].join('\n'),
});

// ── 35. Photo caption with patient's bill ──
const billCaption = lines({
  id: 's173-billcap',
  kind: 's173-photo-caption-patient-bill-excerpt',
  before: 'PHOTO: Renee Castellano at home in Huber Springs holds her hospital bill.',
  text: [
    'Castellano\'s itemized statement, account [20148], shows a line "360 OR SERVICES" and the code {64712} with a charge of $34,880. Her insurer allowed $19,200.',
    'Statement excerpt: DOS 10/14/2025  CPT {64712}RT  NEUROPLASTY SCIATIC  CHG 34,880.00  Patient resp. 6,412.00  Statement # [81066]',
    'Photo by Jaylen Brooks / The Courier · Photo ID [23964]',
  ].join('\n'),
});

// ── 36. Site search results ──
const siteSearch = lines({
  id: 's173-search',
  kind: 's173-site-search-results-page',
  before: 'Search millbrookcourier.com: "64445"',
  text: [
    'Same nerve, same surgery, a $31,000 spread — Apr 19, 2026 — …a sciatic nerve block ({64445}) to sciatic nerve surgery…',
    'Look up a price: hospital nerve procedures — Apr 19, 2026 — Interactive. Sciatic nerve block (CPT {64445})…',
    'Obituaries: Harold J. Price, 84 — Mar 2, 2026 — …memorials to PO Box [64445], Millbrook…',
    'Page 2 of 2 · 3 results for "{64445}"',
  ].join('\n'),
});

// ── 37. Hospital's own patient price estimator (screenshot in story) ──
const estimator = lines({
  id: 's173-estimator',
  kind: 's173-hospital-patient-price-estimator',
  before: 'Carrow Valley Hospital · Patient Estimate Tool',
  text: [
    'Service: Facial nerve injection for spasm (CPT {64612})   Insurance: Self-pay   ZIP [45371]',
    'Facility fee $2,016.00 · Physician fee (estimate) $410.00 · Drug (J0585, 100 units) $1,180.00',
    'Procedure variant: with EMG guidance ({64612} + {95874} needle EMG) adds $236.00',
    'Estimate ID [19443]-CVH · Valid 30 days · This is not a bill. Your actual cost may differ.',
  ].join('\n'),
});

// ── 38. Data repo README / code ──
const repoCode = lines({
  id: 's173-repo',
  kind: 's173-data-repo-readme-and-script',
  before: 'github.com/millbrookcourier/nerve-prices · README.md · filter.py',
  text: [
    'CODES = {"{64445}", "{64612}", "{64632}", "{64712}", "{64714}"}',
    'EXCLUDE_CDM_LIKE = re.compile(r"^\\d{5}-\\d$")  # St. Adalbert CDM numbers such as [64714]-0',
    'df = df[df["code|1"].isin(CODES) & (df["code|1|type"] == "CPT")]',
    '| hospital | file | rows kept |  \n| MRMC | millbrook-regional_standardcharges.csv | 1212 |',
    'Data dictionary: `zip` is the hospital ZIP (e.g. [45417]); `cpt` is the CPT code (e.g. {64632}); `ccn` is the CMS certification number.',
  ].join('\n'),
});

// ── 39. Fact-check checklist ──
const factCheck = table({
  id: 's173-factcheck',
  kind: 's173-fact-check-checklist-table',
  caption: 'FACT CHECK — NERVEPRICES-MAIN (story 70412) — checker: A. Ruiz',
  headers: ['Claim', 'Source', 'Checked by', 'Verified'],
  rows: [
    ['MRMC gross charge for {64712} is $38,412', 'MRMC MRF row [88094]', 'AR', '✔'],
    ['Sycamore Ridge cash price {64712} $7,150', 'SRSC MRF + call to billing 2/26', 'AR', '✔'],
    ['Lowest {64445} is $412 (Miami Bend)', 'MBH MRF row [30528]', 'AR', '✔'],
    ['Castellano owes $6,412', 'Statement #[81066], photo on file', 'AR', '✔'],
    ['{64713} is brachial plexus', 'AMA CPT 2026 book', 'AR', '✔ (after correction)'],
    ['Carrow Valley {64632} cash $12,360', 'CVH JSON file; PR ticket [50121]', 'AR', '? hospital disputes'],
  ],
});

// ── 40. Follow-up reader Q&A ──
const readerQa = lines({
  id: 's173-qa',
  kind: 's173-follow-up-reader-qa-article',
  before: 'You asked: your questions about nerve procedure prices, answered',
  text: [
    'Q: My doctor wrote "{64445} x1, {76942}" on my paperwork. Which one is the procedure? A: {64445} is the nerve block itself; {76942} is the ultrasound used to guide the needle.',
    'Q: I looked up {64714} and got nothing at my hospital. Why? A: Only four of nine hospitals listed {64714}. Ask the billing office for a good-faith estimate, which uninsured patients are entitled to.',
    "Q: Is the Courier's P.O. box really [64632]? A: Yes, a coincidence readers keep pointing out. It is not a code.",
    'Q: Does the price for {64612} include the Botox? A: Usually not. The drug is billed separately, often as J0585.',
  ].join('\n'),
});

// ── 41. CMS complaint confirmation (price transparency) ──
const cmsComplaint = lines({
  id: 's173-cmscomplaint',
  kind: 's173-cms-price-transparency-complaint-confirmation',
  before: 'CMS Hospital Price Transparency — Complaint Submitted',
  text: [
    'Thank you. Your complaint has been received. Complaint number: [18425]',
    'Hospital: Wright Plains Medical Center, Fairborn Twp, OH [45324] · CCN 360158',
    'Issue: MRF link in cms-hpt.txt returns 404; file found at a different URL lacks payer-specific negotiated charges for shoppable services including CPT {64445}.',
  ].join('\n'),
});

// ── 42. Chargemaster (CDM) excerpt the hospital produced ──
const cdm = table({
  id: 's173-cdm',
  kind: 's173-hospital-chargemaster-excerpt-produced',
  caption: 'Saint Adalbert Hospital — Charge Description Master excerpt provided to The Courier, 03/04/2026',
  headers: ['CDM #', 'Description', 'Rev', 'CPT/HCPCS', 'Price', 'Dept'],
  rows: [
    ['[64712]-4', 'NEUROLYSIS SCIATIC OPEN', '0360', '{64712}', '$29,900.00', '[10410]'],
    ['[64714]-0', 'NEUROPLASTY LUMBAR PLEX', '0360', '{64714}', '$36,770.00', '[10410]'],
    ['[28815]-1', 'NRV BLK SCIATIC SGL INJ', '0370', '{64445}', '$2,140.00', '[10520]'],
    ['[31877]-2', 'US GUIDE NEEDLE PLCMT', '0402', '{76942}', '$612.00', '[10780]'],
    ['[41006]-0', 'CHEMODNRV FACIAL UNI', '0510', '{64612}', '$1,880.00', '[10520]'],
  ],
});

// ── 43. Newsletter analytics dashboard ──
const analytics = lines({
  id: 's173-analytics',
  kind: 's173-newsletter-analytics-dashboard',
  before: 'Campaign report · Courier Health Brief · 04/21/2026',
  text: [
    'Campaign [58219] · List "Health Brief" ([38860] subscribers) · Delivered [38102] · Unique opens [17366]',
    'Top link: graphics.millbrookcourier.com/2026/nerve-prices/#cpt={64445} · 2,231 clicks',
    'Opens by ZIP: [45429] 1,120 · [45440] 874 · [45459] 802 · [45405] 611',
    'A/B subject line: "What does {64712} cost near you?" vs "Same surgery, $31,000 spread" — B won',
  ].join('\n'),
});

export const sealed173: readonly Snippet[] = [
  ...articleHead,
  ...articleBody,
  ...sidebarCodes,
  ...sidebarTable,
  ...methodology,
  ...lookupSearch,
  ...lookupCards,
  ...lookupJson,
  ...chartTooltip,
  ...embedCode,
  ...dataNotes,
  ...sheetSummary,
  ...mrfCsv,
  ...mrfJson,
  ...formulaView,
  ...pivot,
  ...cmsHpt,
  ...recordsRequest,
  ...prrAck,
  ...prrResponse,
  ...prrRecords,
  ...prrPortal,
  ...prStatement,
  ...comments,
  ...corrections,
  ...newsletter,
  ...tvTranscript,
  ...tvRundown,
  ...slack,
  ...budget,
  ...social,
  ...eEdition,
  ...jsonLd,
  ...letter,
  ...billCaption,
  ...siteSearch,
  ...estimator,
  ...repoCode,
  ...factCheck,
  ...readerQa,
  ...cmsComplaint,
  ...cdm,
  ...analytics,
];
