import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 201 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s201-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, also where they sit in SQL literals, JSON, HL7/X12 segments, a unit test, a search box or
 * an API path. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as customer
 * ZIPs (Minneapolis, Austin, Overland Park), a CRM account id, a dashboard report job, render and call counts in query
 * and admin grids, an encounter number, Bates numbers, an 837 line-item control number, an API request id, API
 * partner ids, release-note and Zendesk ticket numbers, a PO number, a workpaper template id, a legal hold id, a
 * notice id, a notary id, a help article id, a cost center, an AMA contract reference, royalty report numbers, a
 * portal confirmation number, quote SKUs and an ACH reference. The five known codes' digits come back as decoys: the
 * vendor's AMA licensee id / customer number 64612 (letter, report form, portal CSV, invoice, certificate, amendment,
 * portal), a royalty report number and an API partner id 64714, a CRM account and a Zendesk ticket 64445, a claim
 * draft number, a PO box and a Zendesk ticket 64712, an HL7 message control id and a Zendesk ticket 64632.
 *
 * Family: an AMA CPT license audit of a (fictional) health-IT vendor that ships CPT content in its products, Corvane
 * Health Systems, Inc. (Madison, WI: Corvane PM, Corvane Chart, the ChargeIQ charge-capture app, Code Finder and the
 * Connect API), audited for license years 2023–2025 by a (fictional) accounting firm for the AMA: the AMA audit notice
 * letter, the auditor's kickoff e-mail thread and PBC request list, the distribution license terms and Exhibit B
 * royalty schedule, a quarterly royalty report form and the licensing portal's CSV upload preview and dashboard, a
 * CRM seat export, the admin console's active-user dashboard, a warehouse SQL worksheet, product screens that show
 * codes (ChargeIQ charge screen, Code Finder results and detail panel, PM charge entry, superbill template builder,
 * About screen, EULA click-through, app store listing), an 837P in the claim scrubber and an HL7 DFT in the interface
 * engine, a Connect API JSON response and the developer portal's partner keys, the CPT data-file load log and the AMA
 * data file itself, release notes, the auditor's sample and reconciliation workpapers, findings table and narrative,
 * a screenshot exhibit, the AMA true-up invoice, the audit committee memo, the remediation plan, a Jira story, a
 * Slack war room, a pull-request diff, the customer notice e-mail, the letter to an API partner, the officer's
 * certificate, a help-center article, the Zendesk licensing queue, the license amendment and a renewal quote.
 * Built on real public layouts: the AMA's CPT distribution license terms and required product notice (the "CPT ©
 * American Medical Association" copyright and FAR/DFARS paragraph shown in About screens), AMA CPT data files
 * (LONGULT.txt / MEDU.txt, code TAB descriptor), Big Four / CPA royalty-audit deliverables (PBC request lists with
 * Bates ranges, sample selection and reconciliation workpapers with tickmarks, findings tables), Salesforce report
 * CSV exports, Snowflake worksheets, Jenkins console output, Mirth Connect message browser (HL7 v2.5.1 DFT^P03 FT1),
 * X12 5010 837P in an EDI viewer, REST JSON from a developer portal, Jira stories, Slack channels, GitHub PR diffs,
 * Zendesk views, Apple App Store listings and SaaS renewal quotes. The others are written the way those pages read,
 * with no single source.
 *
 * 355 labelled tokens over 44 shapes: 157 codes (99 of them the five known codes), 198 decoys, 66 of the decoys in
 * KNOWN_10K, 24 decoys reusing the five known codes' digits.
 */

// ── 1. AMA audit notice letter, text layer (decoy heavy) ──
const auditNotice = lines({
  id: 's201-auditnotice',
  kind: 's201-ama-audit-notice-letter-text',
  before: 'AMERICAN MEDICAL ASSOCIATION — CPT® Licensing & Compliance',
  text: [
    'AMA Plaza | 330 N. Wabash Ave., Suite [39300] | Chicago, IL [60611]-5885 | Our ref.: CMP-2026-[00413]',
    'February 9, 2026   VIA EMAIL AND OVERNIGHT COURIER',
    'Ms. Renata Solberg, General Counsel, Corvane Health Systems, Inc.',
    '1 Junction Court, Suite 400, Madison, WI [53703]',
    'Re: Notice of Audit — CPT® Distribution License Agreement No. DLA-[41084] (Licensee ID [64612])',
    'Dear Ms. Solberg: Pursuant to Section 9.2 (Records; Audit) of the Agreement, the AMA will audit the royalty reports',
    'for license years 2023 through 2025. The audit will be performed by Brennan Whitfield LLP, 200 S. Wacker Drive,',
    'Suite 3100, Chicago, IL [60606], under engagement no. BW-[26143].',
    'Our review of public materials indicates that ChargeIQ displays CPT descriptors (e.g., {64712} and {64445} in the',
    'ChargeIQ App Store screenshots) to users who do not appear to be reported on your quarterly royalty reports.',
    'cc: D. Marchetti, Brennan Whitfield LLP (engagement [26143]); AMA Contract Administration',
  ].join('\n'),
});

// ── 2. Auditor kickoff e-mail thread, text layer ──
const kickoff = lines({
  id: 's201-kickoff',
  kind: 's201-auditor-kickoff-email-thread-text',
  before: 'From: Dana Marchetti <dmarchetti@brennanwhitfield.com>',
  text: [
    'Sent: Tuesday, March 3, 2026 10:14 AM   To: Renata Solberg; Owen Pratt (VP Finance)',
    'Subject: RE: AMA CPT audit — Corvane — kickoff / engagement [26143]',
    'Renata, attached is the PBC list. Fieldwork is booked for the week of April 13 at your Madison office ([53703]).',
    'We will need system-generated user counts for every product that renders CPT descriptors, including the',
    'mobile app and the Connect API. For the screen walk-through please have a test tenant ready with a',
    'pain-practice charge set ({64445}, {64447}, {64450}, {64612}, {64632}).',
    'Our SFTP drop folder is /inbound/corvane/[88158]; files are purged after 90 days.',
    '> On Mon, Mar 2, 2026, Renata Solberg wrote:',
    '> We can confirm Corvane reported 1,916 users for Q4 2025 under royalty report RR-[64714].',
    '> Dial-in for Thursday: 1-866-555-0142, access code [40219]#',
  ].join('\n'),
});

// ── 3. PBC (prepared-by-client) request list, table ──
const pbc = table({
  id: 's201-pbc',
  kind: 's201-pbc-document-request-grid',
  caption: 'Brennan Whitfield LLP — Prepared-by-Client (PBC) Request List — Corvane Health Systems — AMA CPT audit',
  headers: ['#', 'Request', 'Period', 'Owner', 'Due', 'Status', 'Bates range'],
  rows: [
    [
      '1',
      'Executed CPT Distribution License Agreement DLA-[41084] and all amendments',
      'All',
      'Legal',
      '03/13/2026',
      'Received',
      'CORV_AUD_[00001]–[00064]',
    ],
    [
      '2',
      'Quarterly royalty reports and AMA portal confirmations',
      'Q1 2023–Q4 2025',
      'Finance',
      '03/13/2026',
      'Received',
      'CORV_AUD_[00065]–[00212]',
    ],
    [
      '3',
      'Monthly active user extracts by product and tenant (system-generated)',
      '2023–2025',
      'Data Eng.',
      '03/20/2026',
      'Partial',
      'CORV_AUD_[00213]–[00219]',
    ],
    [
      '4',
      'Screenshots of every screen that shows a CPT code with its descriptor (e.g., ChargeIQ charge picker showing {64712})',
      'Current',
      'Product',
      '03/27/2026',
      'Open',
      '—',
    ],
    [
      '5',
      'Connect API partner list, key issuance log and call volumes',
      '2023–2025',
      'Platform',
      '03/27/2026',
      'Open',
      '—',
    ],
    [
      '6',
      'General ledger detail for royalty expense account [20291]',
      '2023–2025',
      'Finance',
      '03/20/2026',
      'Received',
      'CORV_AUD_[00220]–[00301]',
    ],
  ],
});

// ── 4. Distribution license agreement excerpt, text layer ──
const agreement = lines({
  id: 's201-agreement',
  kind: 's201-distribution-license-terms-text',
  before: 'CPT® DISTRIBUTION LICENSE AGREEMENT — Agreement No. DLA-41084 — Page 3 of 22',
  text: [
    '1.4 "CPT" means Current Procedural Terminology, the codes, descriptors and guidelines (for example, code {99213}',
    'and its descriptor) published by the AMA, in any medium, including the AMA data files.',
    '1.9 "End User" means each individual person authorized by Licensee or a Customer to access CPT in a Licensed Product.',
    '1.11 "Licensed Product" means the products registered in Exhibit A: PR-[20157] (Corvane PM) and PR-[20168] (Corvane Chart).',
    '4.1 Licensee shall pay the royalties in Exhibit B for each End User, reported quarterly within 30 days of quarter end.',
    '4.3 Display of codes without descriptors (e.g., "{64712}" alone on a claim screen) is royalty-bearing at the Category 3 rate.',
    "9.2 Audit. Upon thirty (30) days' notice, AMA or its designee may audit Licensee's records. Notices to: AMA,",
    '330 N. Wabash Ave., Suite [39300], Chicago, IL [60611], Attn: CPT Contract Administration.',
    '9.3 If an audit reveals an underpayment of five percent (5%) or more, Licensee shall reimburse the cost of the audit.',
  ].join('\n'),
});

// ── 5. Exhibit B royalty schedule, table ──
const royaltySchedule = table({
  id: 's201-exb',
  kind: 's201-royalty-schedule-exhibit-b-grid',
  caption: 'Exhibit B — Royalty Schedule (per End User per year, reported and paid quarterly) — effective 01/01/2023',
  headers: ['Category', 'Content displayed', 'Example display', 'Royalty / user / yr', 'Minimum annual'],
  rows: [
    [
      '1',
      'Codes with long descriptors',
      '{64712} Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
      '$12.50',
      '$25,000',
    ],
    ['2', 'Codes with short or medium descriptors', '{64632} N BLOCK PLANTAR DIGIT', '$9.75', '$15,000'],
    ['3', 'Codes only (no descriptors)', '{64445}', '$4.40', '$5,000'],
  ],
});

// ── 6. Quarterly royalty report form, PDF text layer ──
const royaltyForm = lines({
  id: 's201-rrform',
  kind: 's201-quarterly-royalty-report-form-text',
  before: 'CPT® ROYALTY REPORT — Distribution Licensees — Form DL-Q (rev. 2022)',
  text: [
    'Licensee: Corvane Health Systems, Inc.   Licensee ID: [64612]   Agreement: DLA-[41084]',
    'Reporting period: Q3 2024 (07/01/2024–09/30/2024)   Report no. RR-[52125]   Due: 10/30/2024',
    'Product: Corvane PM      Category 1   End Users: 1,184   Rate: $3.125/qtr   Royalty: $3,700.00',
    'Product: Corvane Chart   Category 1   End Users: 604     Rate: $3.125/qtr   Royalty: $1,887.50',
    'Product: ChargeIQ        Category 1   End Users: 0 (see note)                Royalty: $0.00',
    'Note: ChargeIQ users access CPT only through Corvane PM credentials; counted under Corvane PM.',
    'Remit to: American Medical Association, Dept. CH [10433], Palatine, IL [60055]-0433   ACH ref. [70229]',
    'Certified by: Owen Pratt, VP Finance   Date: 10/28/2024   Signature on file',
  ].join('\n'),
});

// ── 7. Licensing portal royalty upload, CSV preview ──
const portalCsv = lines({
  id: 's201-portalcsv',
  kind: 's201-royalty-portal-upload-csv-text',
  before: 'AMA Licensing Portal › Royalty reports › Upload file › corvane_rr_2025Q4.csv (preview)',
  text: [
    'licensee_id,report_period,product_reg,category,end_users,rate_qtr,royalty_usd',
    '[64612],2025Q4,PR-[20157],1,1312,3.125,4100.00',
    '[64612],2025Q4,PR-[20168],1,604,3.125,1887.50',
    '[64612],2025Q4,PR-[20144],1,0,3.125,0.00',
    '# validation: 3 rows, end_users=1916, royalty_usd=5987.50, prior period royalty_usd=[10018].75, upload_id=[45202]',
  ].join('\n'),
});

// ── 8. CRM report export, CSV text ──
const crm = lines({
  id: 's201-crm',
  kind: 's201-crm-customer-seat-export-csv-text',
  before: 'Salesforce report: Active Accounts by Product (Corvane) — exported 03/16/2026 — 412 rows',
  text: [
    'Account ID,Account Name,Billing City,State,ZIP,Product,Contracted Seats,Go-Live',
    'ACC-[41045],Heartland Pain & Spine,Overland Park,KS,[66211],PM+ChargeIQ,38,2022-05-01',
    'ACC-[41063],Lakeshore Neurology Associates,Milwaukee,WI,[53226],PM,22,2021-11-15',
    'ACC-[41070],Prairie Foot & Ankle,Sioux Falls,SD,[57105],PM+ChargeIQ,9,2023-02-01',
    'ACC-[41089],Front Range Interventional Pain,Centennial,CO,[80112],PM+ChargeIQ+Chart,61,2020-08-17',
    'ACC-[64445],Blue Heron Facial Plastics,Minneapolis,MN,[55424],Chart,7,2024-06-03',
    'ACC-[41103],Summit Billing Partners (RCM),Omaha,NE,[68145],Code Finder,140,2023-09-12',
    'ACC-[41122],Ozark Hand & Nerve Center,Springdale,AR,[72758],PM+Chart,17,2019-04-22',
    'ACC-[41130],Capitol Pain Institute,Austin,TX,[78756],PM+ChargeIQ,44,2022-10-03',
  ].join('\n'),
});

// ── 9. Admin console active-user dashboard, text ──
const identity = lines({
  id: 's201-identity',
  kind: 's201-identity-active-user-dashboard-text',
  before: 'Corvane Admin Console › Identity › Active users (unique, 30-day) — tenant: ALL — as of 12/31/2025',
  text: [
    'Corvane PM 1,312 · ChargeIQ (iOS/Android) 2,047 · Corvane Chart 604 · Code Finder paid 188 / trial 3,410',
    'Top code lookups this month: {64445} (8,112) · {64612} (6,904) · {64450} (5,377) · {64712} (1,877)',
    'Searches with no match: "{64712} bilateral" (41) · "{64445} US guided" (17)',
    'Report job [70137] · refreshed 01/02/2026 06:00 CT · filter: excluding internal tenants [90001], [90002]',
  ].join('\n'),
});

// ── 10. Data warehouse SQL worksheet with results, text ──
const sql = lines({
  id: 's201-sql',
  kind: 's201-telemetry-sql-worksheet-text',
  before: 'Snowflake worksheet: AUDIT_2026 / usage_by_product.sql — role ANALYST_RO',
  text: [
    '-- PBC #3: unique users who rendered a CPT descriptor, by product, Q4 2025; spot-check codes from walk-through',
    'SELECT product, count(distinct user_id) AS users, count(*) AS renders FROM telemetry.code_render_events',
    "WHERE event_ts >= '2025-10-01' AND tenant_id NOT IN ([90001], [90002])  -- internal QA tenants",
    "  AND cpt_code IN ('{64445}','{64447}','{64450}','{64612}','{64632}','{64712}','{64714}')",
    'GROUP BY 1 ORDER BY 1;',
    'PRODUCT      USERS   RENDERS',
    'CHARGEIQ     2047    [88241]',
    'CHART        604     [30199]',
    'CODEFINDER   3598    [41176]',
    'PM           1312    [52211]',
  ].join('\n'),
});

// ── 11. ChargeIQ mobile charge capture screen, text ──
const chargeIq = lines({
  id: 's201-chargeiq',
  kind: 's201-chargeiq-mobile-charge-screen-text',
  before: 'ChargeIQ 26.1 (iPhone) — Today’s charges — Dr. A. Kessler — Heartland Pain & Spine',
  text: [
    'MRN [40212] · Lindqvist, Marta · DOB 04/19/1961 · Enc 2026-[00388]',
    '★ Favorites',
    '{64445}  Injection, anesthetic agent; sciatic nerve, single  ✓ added',
    '{76942}  Ultrasonic guidance for needle placement  ✓ added',
    '{64447}  Injection, anesthetic agent; femoral nerve, single',
    '{64632}  Destruction by neurolytic agent; plantar common digital nerve',
    'Selected: {64445}-RT, {76942}   Dx: M54.31   POS 24',
    'Location: Overland Park ASC · Claim draft CD-[64712] · Send to PM ›',
  ].join('\n'),
});

// ── 12. Code Finder search results, text ──
const finderSearch = lines({
  id: 's201-finder',
  kind: 's201-code-finder-search-results-text',
  before: 'Corvane Code Finder — Search: "sciatic" — 5 results — Free trial (12 days left)',
  text: [
    '{64445} Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve, single injection',
    '{64446} …; sciatic nerve, continuous infusion by catheter (including catheter placement)',
    '{64712} Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    '{64786} Excision of neuroma; sciatic nerve',
    '{64858} Suture of sciatic nerve',
    'Session [30220] · Trial tenant T-[88103] · Upgrade to keep access',
  ].join('\n'),
});

// ── 13. Code Finder code detail panel, text ──
const finderDetail = lines({
  id: 's201-finderdetail',
  kind: 's201-code-finder-code-detail-panel-text',
  before: 'Code Finder › Nervous System › Chemodenervation',
  text: [
    'Code: {64612}',
    'Long descriptor: Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral (eg, for blepharospasm, hemifacial spasm)',
    'Status: Active · Global: 010 · Add-on: No',
    'See also: {64615} (chronic migraine), {64616} (neck muscles), {64611} (parotid and submandibular glands)',
    'Bilateral: report {64612} with modifier 50 · Guidance: {95874} (needle EMG)',
    'Viewed by trial user #[70090] on 02/14/2026 (evidence CORV_AUD_[00376])',
  ].join('\n'),
});

// ── 14. PM charge entry grid ──
const chargeEntry = table({
  id: 's201-chargeentry',
  kind: 's201-pm-charge-entry-grid',
  caption: 'Corvane PM — Charge Entry — Batch 26031 — Front Range Interventional Pain',
  headers: ['Ln', 'DOS', 'CPT/HCPCS', 'Mod', 'Dx ptr', 'Units', 'Charge', 'Rendering NPI'],
  rows: [
    ['1', '03/02/2026', '{64612}', 'RT', 'A', '1', '$410.00', '1639204481'],
    ['2', '03/02/2026', '{64612}', 'LT', 'A', '1', '$410.00', '1639204481'],
    ['3', '03/02/2026', '{95874}', '', 'A', '1', '$96.00', '1639204481'],
    ['4', '03/02/2026', 'J0585', 'JZ', 'A', '100', '$612.00', '1639204481'],
    ['5', '03/04/2026', '{64632}', '', 'B', '2', '$372.00', '1982711530'],
    ['6', '03/04/2026', '{64445}', 'RT', 'C', '1', '$268.00', '1982711530'],
    ['7', '03/04/2026', '{64447}', 'RT', 'C', '1', '$244.00', '1982711530'],
  ],
});

// ── 15. Claim scrubber EDI viewer, 837P ──
const x12 = lines({
  id: 's201-x12',
  kind: 's201-claim-scrubber-x12-viewer-text',
  before: 'Corvane PM › Claim Scrubber › EDI view (837P) — Front Range Interventional Pain',
  text: [
    'ISA*00*          *00*          *ZZ*CORVANE        *ZZ*AVAILITY       *260305*0912*^*[00501]*000007713*0*P*:~',
    'GS*HC*CORVANE*AVAILITY*20260305*0912*7713*X*005010X222A1~',
    'N3*9780 E ARAPAHOE RD~',
    'N4*CENTENNIAL*CO*[80112]~',
    'CLM*PT[88412]*1288***11:B:1*Y*A*Y*Y~',
    'SV1*HC:{64612}:RT*410*UN*1***1~',
    'SV1*HC:{64612}:LT*410*UN*1***1~',
    'SV1*HC:{95874}*96*UN*1***1~',
    'SV1*HC:{64632}*372*UN*2***2~',
    'REF*6R*LN-[41243]~',
  ].join('\n'),
});

// ── 16. Interface engine HL7 DFT message browser ──
const hl7 = lines({
  id: 's201-hl7',
  kind: 's201-interface-engine-hl7-dft-log-text',
  before: 'Mirth Connect — Channel "ChargeIQ→PM DFT" — Message browser — Message ID 551204',
  text: [
    'MSH|^~\\&|CHARGEIQ|HPS|CORVPM|HPS|20260302141522||DFT^P03|CIQ[64632]|P|2.5.1',
    'PID|1||[40212]^^^HPS^MR||LINDQVIST^MARTA||19610419|F|||8120 W 135TH ST^^OVERLAND PARK^KS^[66222]',
    'FT1|1|||20260302|20260302|CG|{64445}^N BLOCK INJ SCIATIC SNG^C4|||1|||||||24||||M54.31^^I10|||||||RT',
    'FT1|2|||20260302|20260302|CG|{76942}^ECHO GUIDE FOR BIOPSY^C4|||1|||||||24||||M54.31^^I10',
    'Response: MSA|AA|CIQ[64632]',
  ].join('\n'),
});

// ── 17. Connect API JSON response ──
const apiJson = lines({
  id: 's201-apijson',
  kind: 's201-connect-api-json-response-text',
  before: 'GET https://api.corvane.com/connect/v2/cpt/64712?descriptor=long → 200 OK (partner key pk_live_…9f2c)',
  text: [
    '{',
    '  "code": "{64712}",',
    '  "descriptor_long": "Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve",',
    '  "descriptor_short": "REVISION OF SCIATIC NERVE",',
    '  "global_days": "090",',
    '  "related": ["{64708}", "{64713}", "{64714}"],',
    '  "partner_id": "[35114]",',
    '  "request_id": "req_[45022]_8c1e",',
    '  "copyright": "CPT © 2025 American Medical Association"',
    '}',
  ].join('\n'),
});

// ── 18. Developer portal partner/key admin grid ──
const devPortal = table({
  id: 's201-devportal',
  kind: 's201-developer-portal-partner-keys-grid',
  caption: 'Corvane Developer Portal — Connect API — Partners & keys (admin view)',
  headers: ['Partner ID', 'Partner', 'Plan', 'Keys', 'Calls Q4 2025', 'Descriptor scope', 'Sublicense on file'],
  rows: [
    ['[35114]', 'Brightline Scheduling Inc.', 'Growth', '2', '4118902', 'long', 'No'],
    ['[35121]', 'MedPayCalc LLC', 'Enterprise', '4', '6902115', 'long', 'No'],
    ['[35146]', 'Northlake Health Analytics', 'Sandbox', '1', '[41320]', 'short', 'n/a'],
    ['[35151]', 'Caretrail Health (patient estimates)', 'Enterprise', '3', '2204518', 'long', 'Signed 02/2025'],
    ['[64714]', 'Quillpoint PT Billing', 'Growth', '1', '[88267]', 'codes only', 'No'],
  ],
});

// ── 19. CI content-pipeline console log ──
const loadLog = lines({
  id: 's201-loadlog',
  kind: 's201-cpt-data-file-load-log-text',
  before: 'jenkins » content-pipeline » cpt-annual-load #412 » Console Output',
  text: [
    '[2025-09-03 02:14:07] Reading /mnt/ama/2026/LONGULT.txt, MEDU.txt, SHORTU.txt (release 20250901)',
    '[2025-09-03 02:14:09] Parsed [10929] rows; added 270, deleted 112, revised 38',
    '[2025-09-03 02:14:09] WARN revised descriptor: {64612} — invalidate cache key cpt:long:{64612}',
    '[2025-09-03 02:14:10] WARN code {64632} short descriptor length 28 > 24, truncated for ChargeIQ list view',
    '[2025-09-03 02:14:10] INFO cross-check: {64712}, {64714} unchanged (global 090)',
    '[2025-09-03 02:14:12] Published content bundle cpt-2026.1 (sha 9c41e0), build [52264]',
  ].join('\n'),
});

// ── 20. AMA data file opened in a text editor ──
const dataFile = lines({
  id: 's201-datafile',
  kind: 's201-ama-longult-data-file-text',
  before: 'LONGULT.txt (AMA CPT 2026 data file, tab-delimited) — Notepad++ — lines 8841–8848',
  text: [
    '{64445}\tInjection(s), anesthetic agent(s) and/or steroid; sciatic nerve, single injection',
    '{64446}\tInjection(s), anesthetic agent(s) and/or steroid; sciatic nerve, continuous infusion by catheter (including catheter placement)',
    '{64447}\tInjection(s), anesthetic agent(s) and/or steroid; femoral nerve, single injection',
    '{64448}\tInjection(s), anesthetic agent(s) and/or steroid; femoral nerve, continuous infusion by catheter (including catheter placement)',
    '{64449}\tInjection(s), anesthetic agent(s) and/or steroid; lumbar plexus, posterior approach, continuous infusion by catheter',
    '{64450}\tInjection(s), anesthetic agent(s) and/or steroid; other peripheral nerve or branch',
    '{64451}\tInjection(s), anesthetic agent(s) and/or steroid; nerves innervating the sacroiliac joint, with image guidance',
    '{64454}\tInjection(s), anesthetic agent(s) and/or steroid; genicular nerve branches, including imaging guidance, when performed',
  ].join('\n'),
});

// ── 21. Product release notes for the annual CPT update ──
const releaseNotes = lines({
  id: 's201-relnotes',
  kind: 's201-product-release-notes-cpt-update-text',
  before: 'Corvane 26.1 Release Notes — CPT® 2026 annual code update (GA 12/08/2025)',
  text: [
    'Content: CPT 2026 data loaded (270 new, 112 deleted, 38 revised), effective for dates of service on or after 01/01/2026.',
    'Revised descriptors you may notice in pain and neurology charge sets: {64612}, {64632}.',
    'New ChargeIQ quick-pick "Foot neuroma": {64632}, {64455}, {28080}.',
    'Charge sets: the default ChargeIQ set "Pain – blocks" now lists {64445}, {64447}, {64448}, {64449} and {64450}.',
    'Fixed: ChargeIQ favorites lost {64445}-RT/-LT modifier pairs after upgrade (CIQ-[45137]).',
    'Fixed: Superbill PDF cut off descriptors for {64714} and {64712} on letter paper (PM-[45148]).',
    'Known issue: Code Finder search for "lumbar plexus" does not return {64714} in trial tenants (CF-[45160]).',
    'Server build [52264] · iOS 26.1.0 · Android 26.1.0',
  ].join('\n'),
});

// ── 22. ChargeIQ About screen with the AMA notice ──
const about = lines({
  id: 's201-about',
  kind: 's201-about-screen-copyright-notice-text',
  before: 'ChargeIQ › Settings › About',
  text: [
    'ChargeIQ 26.1.0 (build [52264]) · Content bundle cpt-2026.1',
    'CPT® is a registered trademark of the American Medical Association. CPT © 2025 American Medical Association.',
    'Fee schedules, relative value units, conversion factors and/or related components are not assigned by the AMA.',
    'Device [16219]-A4 · Tenant [41089] · Support: 1-800-555-0199',
  ].join('\n'),
});

// ── 23. EULA click-through modal ──
const eula = lines({
  id: 's201-eula',
  kind: 's201-eula-clickthrough-modal-text',
  before: 'Before you continue — End User License Agreement for CPT® content (version 2026-04)',
  text: [
    'By clicking "I accept", you agree that CPT codes and descriptors (e.g., "{64445} Injection, anesthetic agent;',
    'sciatic nerve") are licensed, not sold, and may be used only for your internal business use in the United States.',
    'Acceptance record: user [40286] · tenant [41045] · 04/22/2026 09:41 CT · IP 10.44.8.17',
  ].join('\n'),
});

// ── 24. Auditor's sample selection workpaper, table ──
const sample = table({
  id: 's201-sample',
  kind: 's201-audit-sample-selection-workpaper-grid',
  caption: 'WP 4.2 — Sample of customer tenants (random, seed 4471) — reported vs. observed users, Q4 2025',
  headers: [
    'Sample #',
    'Tenant ID',
    'Customer',
    'ZIP',
    'Reported users',
    'Observed users (auth log)',
    'Variance',
    'Tickmark',
  ],
  rows: [
    ['1', '[41045]', 'Heartland Pain & Spine', '[66211]', '38', '71', '33', 'ⓐ ChargeIQ-only not counted'],
    ['2', '[41063]', 'Lakeshore Neurology Associates', '[53226]', '22', '22', '0', '✓'],
    ['3', '[41070]', 'Prairie Foot & Ankle', '[57105]', '9', '14', '5', 'ⓐ'],
    ['4', '[41089]', 'Front Range Interventional Pain', '[80112]', '61', '118', '57', 'ⓐ'],
    ['5', '[41103]', 'Summit Billing Partners', '[68145]', '140', '212', '72', 'ⓑ shared logins'],
    ['6', '[41122]', 'Ozark Hand & Nerve Center', '[72758]', '17', '17', '0', '✓'],
  ],
});

// ── 25. Findings table with the codes seen in the walk-through ──
const findings = table({
  id: 's201-findings',
  kind: 's201-audit-findings-underreporting-grid',
  caption: 'Table 2. Unreported End Users and royalty due by product, license years 2023–2025 (draft 05/08/2026)',
  headers: [
    'Product',
    'Category',
    'Reported user-yrs',
    'Audited user-yrs',
    'Unreported',
    'Royalty due',
    'Codes observed',
  ],
  rows: [
    ['Corvane PM', '1', '3,590', '3,702', '112', '$1,400.00', '{64712}, {64714} (long)'],
    ['ChargeIQ', '1', '0', '5,611', '5,611', '$70,137.50', '{64445}, {64612}, {76942} (long)'],
    ['Code Finder (trial)', '1', '0', '8,214', '8,214', '$102,675.00', '{64446}, {64612} (long)'],
    ['Connect API', '4', '—', '31,862 (000 calls)', '31,862', '$27,082.70', '{64712}, {64632} (long)'],
  ],
});

// ── 26. Audit report findings narrative, PDF text ──
const narrative = lines({
  id: 's201-narrative',
  kind: 's201-audit-report-findings-narrative-text',
  before: 'DRAFT — Report of Independent Accountants on Royalty Compliance — Section 3, Findings',
  text: [
    'Finding 1. ChargeIQ renders long descriptors to clinicians who sign in with ChargeIQ-only credentials. In our',
    'walk-through on April 14, 2026, a ChargeIQ-only user (user [40286]) selected {64445} and saw the full descriptor',
    'without a Corvane PM session. In the Heartland tenant ([41045]), 33 such users entered {64445}-RT and {76942}.',
    'Finding 2. Code Finder trial accounts display long descriptors, e.g. for {64612}; 8,214 trial user-years were not reported.',
    'Finding 3. Connect API partners receive long descriptors (e.g. GET /cpt/{64712}) without the sublicense of Section 3.4.',
    'Finding 4. The AMA notice is missing from ChargeIQ Android builds before build [45010] (Exhibit 7, CORV_AUD_[00377]).',
    'Total underpayment: $201,295.20 (17.4% of royalties paid); under Section 9.3 the audit cost is reimbursable.',
  ].join('\n'),
});

// ── 27. Exhibit: screenshot OCR text layer ──
const exhibit = lines({
  id: 's201-exhibit',
  kind: 's201-audit-exhibit-screenshot-ocr-text',
  before: 'Exhibit 7 — Screenshot, ChargeIQ Android 25.4.2, captured 04/14/2026 10:52',
  text: [
    '9:52 ▾ ◉ 78%',
    'Search codes: nerve blo',
    '{64445} Injection(s), anesthetic agent(s) and/or ste…',
    '{64447} Injection(s), anesthetic agent(s) and/or ste…',
    '{64450} Injection(s), anesthetic agent(s) and/or ste…',
    '{64415} Injection(s), anesthetic agent(s) and/or ste…',
    '{64417} Injection(s), anesthetic agent(s) and/or ste…',
    '{64418} Injection(s), anesthetic agent(s) and/or ste…',
    '[No copyright notice displayed on this screen — see Finding 4]',
    'CONFIDENTIAL — SUBJECT TO NDA                    CORV_AUD_[00377]',
  ].join('\n'),
});

// ── 28. AMA true-up invoice, PDF text ──
const invoice = lines({
  id: 's201-invoice',
  kind: 's201-ama-true-up-invoice-text',
  before: 'AMERICAN MEDICAL ASSOCIATION — INVOICE',
  text: [
    'Invoice No. [70213]   Invoice date: 06/30/2026   Customer no. [64612]   Terms: Net 30',
    'Bill to: Corvane Health Systems, Inc., Attn: Accounts Payable, 1 Junction Court, Suite 400, Madison, WI [53703]',
    'Description: CPT royalty true-up per audit settlement, license years 2023–2025, Agreement DLA-[41084]',
    'Royalties $201,295.20   Audit cost reimbursement $38,400.00   Interest (1%/mo.) $9,812.14',
    'Amount due $249,507.34   Your PO no. [45215]',
    'Remit to: American Medical Association, Dept. CH [10433], Palatine, IL [60055]-0433',
  ].join('\n'),
});

// ── 29. Remediation plan tracker, table ──
const remediation = table({
  id: 's201-remediation',
  kind: 's201-remediation-plan-tracker-grid',
  caption: 'Corvane — CPT License Remediation Plan v1.3 (submitted to AMA 06/12/2026)',
  headers: ['ID', 'Finding', 'Action', 'Owner', 'Target date', 'Evidence', 'Status'],
  rows: [
    [
      'R-1',
      '1',
      'Count ChargeIQ-only identities as End Users; add to quarterly report',
      'Finance / Data Eng.',
      '07/31/2026',
      'Jira CMP-[41302]',
      'In progress',
    ],
    [
      'R-2',
      '2',
      'Hide long descriptors for trial tenants; show code only (e.g. {64612})',
      'Product',
      '06/30/2026',
      'Release 26.3 notes',
      'Done',
    ],
    [
      'R-3',
      '3',
      'Sublicense addendum with each Connect API partner, or downgrade to codes-only scope',
      'Legal / Platform',
      '09/30/2026',
      'Partner list; Zendesk ticket [64445]',
      'In progress',
    ],
    [
      'R-4',
      '4',
      'Add AMA notice to Android About screen and every code picker footer',
      'Mobile',
      '06/30/2026',
      'Build [45010]+',
      'Done',
    ],
    [
      'R-5',
      '—',
      'Quarterly self-audit: auth-log users vs. reported; variance > 2% escalates',
      'Compliance',
      'Quarterly',
      'WP template [16237]',
      'Not started',
    ],
  ],
});

// ── 30. Jira story for descriptor gating ──
const jira = lines({
  id: 's201-jira',
  kind: 's201-jira-remediation-ticket-text',
  before: 'CF-45183 · Trial tenants: show CPT codes without descriptors',
  text: [
    'Type: Story   Priority: Highest   Labels: ama-audit, licensing   Epic: CMP-[41302]',
    'As a compliance officer I need trial tenants to see codes without long descriptors so trial use is not Category 1.',
    'AC1. In a trial tenant, searching "sciatic" returns {64445}, {64446}, {64712} with text "Descriptor available with subscription".',
    'AC2. Code detail for {64612} shows code, status and global days only.',
    'AC3. Paid tenants (e.g. tenant [41103]) unchanged.',
    'AC4. Telemetry event code_render.descriptor_level = none|short|long logged per render.',
    'Links: blocks CF-[45160]; relates to Zendesk #[64632]',
  ].join('\n'),
});

// ── 31. Slack war-room channel ──
const slack = lines({
  id: 's201-slack',
  kind: 's201-slack-compliance-channel-text',
  before: '#ama-audit-warroom (private) — Thursday, April 16',
  text: [
    'Owen Pratt  9:12 AM  auditors want the raw auth logs for tenants [41045] and [41089], not our rollup',
    'Priya Anand  9:14 AM  ok. heads up: ChargeIQ-only users at [41089] are 57 people, mostly MAs doing {64612}/{64632} charge entry',
    'Priya Anand  9:15 AM  also their favorites have {64450} and {64445} with RT/LT pinned so they never open PM',
    'Renata Solberg  9:20 AM  do not delete anything. legal hold LH-[26236] covers all telemetry since 2023',
    'Marcus Lee  9:31 AM  connect API: Quillpoint (partner [64714]) is codes-only scope, should be out of Finding 3',
    'Marcus Lee  9:40 AM  fwiw the android build without the notice is [45008], fixed in [45010]',
    'Priya Anand  9:42 AM  for the record, exhibit 7 screenshot shows {64445}, {64447}, {64450} and {64415} with descriptors',
    'Owen Pratt  9:43 AM  👍 also zendesk [64632] asks if {64612}-50 is still ok after 26.3, someone pls answer',
  ].join('\n'),
});

// ── 32. Pull request diff ──
const diff = lines({
  id: 's201-diff',
  kind: 's201-git-diff-descriptor-gating-text',
  before: 'corvane/code-finder · PR #2291 "Gate long descriptors by tenant plan" · Files changed (3)',
  text: [
    '--- a/src/descriptor/gate.ts',
    '+++ b/src/descriptor/gate.ts',
    '@@ -12,7 +12,11 @@ export function descriptorFor(code: string, plan: Plan) {',
    "+  if (plan.tier === 'trial') return { code, text: null, level: 'none' };",
    '--- a/test/gate.test.ts',
    "+  const trial = plan({ tenantId: [88103], tier: 'trial' });",
    "+  it('hides the long descriptor of {64712} for trial tenants', () => {",
    "+    expect(descriptorFor('{64712}', trial).text).toBeNull();",
    "+    expect(descriptorFor('{64445}', paid).level).toBe('long');",
  ].join('\n'),
});

// ── 33. Customer notice e-mail ──
const customerNotice = lines({
  id: 's201-custnotice',
  kind: 's201-customer-notice-email-text',
  before:
    'From: Corvane Customer Success <notices@corvane.com> · Subject: Action required: CPT® license terms in ChargeIQ',
  text: [
    'Dear Corvane customer,',
    'Corvane licenses CPT® content from the American Medical Association. Beginning with release 26.3 (June 30, 2026):',
    '• Every ChargeIQ user will be asked once to accept the CPT end-user terms before the code picker opens.',
    '• ChargeIQ-only users now count toward your licensed users. Your account (ACC-[41045]) shows 71 active users vs. 38 contracted.',
    '• Code Finder trial accounts will show codes such as {64712} without descriptors.',
    'Nothing changes in how you bill: {64445}-RT, or {64612} with modifier 50, are submitted exactly as before.',
    'Questions? Reply to this email or call 1-800-555-0199, option 4. Notice ID N-2026-[16241]',
    'Corvane Health Systems, Inc. · 1 Junction Court, Suite 400 · Madison, WI [53703]',
  ].join('\n'),
});

// ── 34. Letter to an API partner ──
const partnerLetter = lines({
  id: 's201-partnerletter',
  kind: 's201-api-partner-sublicense-notice-letter-text',
  before: 'Corvane Health Systems, Inc. — Legal Department — July 8, 2026',
  text: [
    'MedPayCalc LLC, Attn: Legal, 1100 Peachtree St NE, Suite 200, Atlanta, GA [30309]',
    'Re: Connect API Partner Agreement No. CAPI-[35121] — CPT® sublicense addendum required',
    'Your integration requests long descriptors (descriptor=long) for codes such as {64445} and {64632}.',
    'Under our agreement with the AMA, access after September 30, 2026 requires the enclosed Sublicense Addendum.',
    'If you do not sign, your keys will be limited to codes-only scope on October 1, 2026 (a response will read "{64632}" with no text).',
    'Please return the signed addendum to Corvane Legal, PO Box [64712], Madison, WI [53744].',
  ].join('\n'),
});

// ── 35. Officer's certificate of user counts ──
const certificate = lines({
  id: 's201-certificate',
  kind: 's201-officer-certificate-user-count-text',
  before: 'OFFICER’S CERTIFICATE OF END USER COUNTS — Exhibit D to Settlement Agreement',
  text: [
    'I, Owen Pratt, Vice President, Finance of Corvane Health Systems, Inc. (Licensee ID [64612]), certify that:',
    '(a) the End User counts reported for Q2 2026 (report no. RR-[52129]) were derived from system authentication logs;',
    '(b) ChargeIQ-only users (2,211) and Code Finder paid users (196) are included;',
    '(c) Connect API partners without a sublicense were limited to codes-only scope on 10/01/2026.',
    'Subscribed and sworn before me on October 14, 2026. Notary Public, Dane County, Wisconsin. Notary ID [52138]',
  ].join('\n'),
});

// ── 36. Help center article ──
const help = lines({
  id: 's201-help',
  kind: 's201-help-center-article-text',
  before: 'Corvane Help Center › Code Finder › Why does a code show "Descriptor available with subscription"?',
  text: [
    'Since release 26.3, trial accounts see CPT codes without their descriptors. For example, searching "facial nerve"',
    'shows {64612} and {64615} with the descriptor hidden. Paid subscribers see short and long descriptors.',
    'Tip: to jump to a code, type all five digits (e.g. {64632}). To browse, open Nervous System › Introduction/Injection',
    '({64400}–{64530}).',
    'Article ID [40393] · Updated 07/02/2026 · 12 of 15 found this helpful',
  ].join('\n'),
});

// ── 37. Support ticket queue, table ──
const zendesk = table({
  id: 's201-zendesk',
  kind: 's201-support-ticket-queue-grid',
  caption: 'Zendesk — Views › Licensing questions (unsolved) — 6 tickets',
  headers: ['ID', 'Subject', 'Requester', 'Organization', 'Updated', 'Priority'],
  rows: [
    [
      '#[64632]',
      'Is {64612}-50 still OK after the update?',
      'J. Okafor',
      'Blue Heron Facial Plastics',
      'Today 09:02',
      'Normal',
    ],
    [
      '#[64712]',
      'Descriptors gone in Code Finder trial',
      'ops@summitbilling.com',
      'Summit Billing Partners',
      'Yesterday',
      'High',
    ],
    [
      '#[45223]',
      'Why must ChargeIQ users accept a license?',
      'M. Haines',
      'Heartland Pain & Spine',
      'Yesterday',
      'Normal',
    ],
    ['#[45227]', 'Favorites missing {64445} RT/LT after 26.3', 'A. Kessler', 'Heartland Pain & Spine', 'Jul 1', 'High'],
    ['#[45237]', 'API returns text:null for {64632}', 'dev@quillpoint.io', 'Quillpoint PT Billing', 'Jun 30', 'Urgent'],
    [
      '#[45248]',
      'User count on renewal quote Q-[26280] looks high',
      'CFO',
      'Front Range Interventional Pain',
      'Jun 29',
      'Normal',
    ],
  ],
});

// ── 38. Audit committee memo ──
const memo = lines({
  id: 's201-memo',
  kind: 's201-board-audit-committee-memo-text',
  before:
    'MEMORANDUM — To: Audit Committee of the Board · From: O. Pratt, VP Finance · Re: AMA CPT royalty audit — reserve',
  text: [
    '1. Exposure. The auditor’s draft (05/08/2026) computes $201,295 in unpaid royalties plus $38,400 audit cost and interest.',
    '2. Accounting. We recorded a reserve of $250,000 in Q1 2026 to GL account [20291] (accrued royalties), cost center [41371].',
    '3. Go-forward cost. Counting ChargeIQ-only users adds about $27,600 per year; AMA invoice [70213] expected in Q3.',
    'Attachments: WP 4.2 summary; Exhibit 7 (ChargeIQ screen listing {64445} with descriptors); remediation plan v1.3',
  ].join('\n'),
});

// ── 39. License amendment ──
const amendment = lines({
  id: 's201-amendment',
  kind: 's201-license-amendment-text',
  before: 'AMENDMENT NO. 3 TO CPT® DISTRIBUTION LICENSE AGREEMENT NO. DLA-41084',
  text: [
    'This Amendment No. 3 is effective July 1, 2026 between the American Medical Association, 330 N. Wabash Ave.,',
    'Suite [39300], Chicago, IL [60611] ("AMA") and Corvane Health Systems, Inc., Madison, WI [53703] ("Licensee").',
    '1. Exhibit A is amended to add: PR-[20175] Corvane Code Finder; PR-[20193] Corvane Connect API.',
    '2. Exhibit B is amended to add Category 4, machine-to-machine delivery (e.g., a response containing "{64714}" and its long descriptor).',
    '3. Trial accounts that display codes only (e.g., "{64714}" without any descriptor) are royalty-bearing at the Category 3 rate.',
    'Licensee ID [64612] · AMA contract administration ref. CA-[26251]',
  ].join('\n'),
});

// ── 40. Superbill template builder, table ──
const superbill = table({
  id: 's201-superbill',
  kind: 's201-superbill-template-builder-grid',
  caption: 'Corvane PM › Setup › Superbill templates › "Pain – Procedures" (Heartland Pain & Spine) — edit',
  headers: ['Section', 'Order', 'Code', 'Display text', 'Default mod', 'Fee', 'Fee schedule'],
  rows: [
    ['Nerve blocks', '1', '{64445}', 'Sciatic nerve block, single', 'RT', '$268.00', 'Commercial 2026'],
    ['Nerve blocks', '2', '{64447}', 'Femoral nerve block, single', 'RT', '$244.00', 'Commercial 2026'],
    ['Nerve blocks', '3', '{64450}', 'Other peripheral nerve block', '', '$198.00', 'Commercial 2026'],
    ['Guidance', '4', '{76942}', 'US guidance, needle placement', '26', '$92.00', 'Commercial 2026'],
    ['Neurolysis', '5', '{64632}', 'Plantar digital nerve neurolysis', '', '$186.00', 'Commercial 2026'],
    ['Chemodenervation', '6', '{64612}', 'Facial nerve chemodenervation, unilat.', 'RT', '$318.00', 'Commercial 2026'],
    ['Nerve blocks', '9', '{64455}', 'Plantar common digital nerve injection', '', '$142.00', 'Commercial 2026'],
    ['Chemodenervation', '10', '{95874}', 'Needle EMG guidance', '', '$96.00', 'Commercial 2026'],
    ['Surgery', '7', '{64712}', 'Sciatic neuroplasty', '', '$1,940.00', 'Commercial 2026'],
    ['Surgery', '8', '{64714}', 'Lumbar plexus neuroplasty', '', '$2,180.00', 'Commercial 2026'],
  ],
});

// ── 41. User-count reconciliation workpaper, table ──
const recon = table({
  id: 's201-recon',
  kind: 's201-user-count-reconciliation-grid',
  caption: 'WP 5.1 — Reconciliation of reported End Users to authentication log, by quarter (all tenants)',
  headers: [
    'Quarter',
    'Royalty report',
    'Reported (PM+Chart)',
    'ChargeIQ-only',
    'Code Finder trial',
    'Audited total',
    'Variance %',
  ],
  rows: [
    ['2023Q1', 'RR-[16045]', '1,541', '402', '0', '1,943', '26.1%'],
    ['2023Q3', 'RR-[16123]', '1,602', '488', '1,120', '3,210', '100.4%'],
    ['2024Q1', 'RR-[35202]', '1,690', '531', '1,406', '3,627', '114.6%'],
    ['2024Q3', 'RR-[52125]', '1,788', '577', '1,872', '4,237', '137.0%'],
    ['2025Q1', 'RR-[52213]', '1,840', '612', '2,014', '4,466', '142.7%'],
    ['2025Q4', 'RR-[64714]', '1,916', '694', '2,102', '4,712', '145.9%'],
  ],
});

// ── 42. AMA licensing portal dashboard ──
const portal = lines({
  id: 's201-portal',
  kind: 's201-licensing-portal-dashboard-text',
  before: 'AMA Licensing Portal — Welcome, Owen Pratt (Corvane Health Systems, Inc.)',
  text: [
    'Licensee ID [64612] · Agreement DLA-[41084] · Status: Under audit',
    'Reports due: Q3 2026 royalty report — due 10/30/2026 — Start report',
    'Last submitted: RR-[52129] (Q2 2026) on 07/24/2026 · Confirmation [91226]',
    'Open items: Invoice [70213] ($249,507.34) — due 07/30/2026 · Audit case CMP-2026-[00413]',
    'Registered products: PR-[20157] Corvane PM · PR-[20168] Corvane Chart · PR-[20144] ChargeIQ · PR-[20175] Code Finder · PR-[20193] Connect API',
  ].join('\n'),
});

// ── 43. App store listing ──
const appStore = lines({
  id: 's201-appstore',
  kind: 's201-app-store-listing-text',
  before: 'App Store › ChargeIQ — Charge Capture for Pain & Neuro › Corvane Health Systems, Inc.',
  text: [
    '4.6 ★ 1.2K Ratings · Medical · Version 26.3.0 · Size 88.4 MB',
    'Capture procedure charges at the point of care: tap a favorite like {64445} or {64612}, add RT/LT or 50, send to Corvane PM.',
    'Search more than 10,000 CPT® codes by number or keyword — "{64632}" or "plantar digital".',
    "What's New 26.3.0: accept the CPT end-user terms once. Favorites for {64447} and {64450} keep their modifiers.",
    'Seller: Corvane Health Systems, Inc. · Madison, WI [53703] · © 2026 Corvane. CPT © 2025 American Medical Association.',
    'drkessler_ops ★★★★★ "Our MAs use this all day for {64445} blocks, way faster than the PM screen."',
  ].join('\n'),
});

// ── 44. Customer renewal quote ──
const quote = lines({
  id: 's201-quote',
  kind: 's201-renewal-quote-order-form-text',
  before: 'Corvane Health Systems — Renewal Quote — Front Range Interventional Pain',
  text: [
    'Quote Q-[26280] · Valid through 08/31/2026 · Sales rep: T. Brandvold',
    'Customer ACC-[41089] · 9780 E Arapahoe Rd, Centennial, CO [80112]',
    'SKU [30145] Corvane PM subscription — 61 named users — $89.00/user/mo',
    'SKU [30150] ChargeIQ add-on — 118 users (57 billed last term) — $22.00/user/mo',
    'SKU [30156] CPT® royalty pass-through — 179 End Users × $12.50/yr — $2,237.50',
    'SKU [30163] Code Finder seats — 0',
    'Payment terms Net 30 · Remit: Corvane Health Systems, PO Box [64712], Madison, WI [53744]',
  ].join('\n'),
});

export const sealed201: readonly Snippet[] = [
  ...auditNotice,
  ...kickoff,
  ...pbc,
  ...agreement,
  ...royaltySchedule,
  ...royaltyForm,
  ...portalCsv,
  ...crm,
  ...identity,
  ...sql,
  ...chargeIq,
  ...finderSearch,
  ...finderDetail,
  ...chargeEntry,
  ...x12,
  ...hl7,
  ...apiJson,
  ...devPortal,
  ...loadLog,
  ...dataFile,
  ...releaseNotes,
  ...about,
  ...eula,
  ...sample,
  ...findings,
  ...narrative,
  ...exhibit,
  ...invoice,
  ...remediation,
  ...jira,
  ...slack,
  ...diff,
  ...customerNotice,
  ...partnerLetter,
  ...certificate,
  ...help,
  ...zendesk,
  ...memo,
  ...amendment,
  ...superbill,
  ...recon,
  ...portal,
  ...appStore,
  ...quote,
];
