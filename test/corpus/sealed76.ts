import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 76 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s76-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * submitter ids, file ids, ZIPs, record counts, message control ids, grant and ledger numbers and amounts in cents.
 * Placeholder values (99999, 00000), LOINC codes and a five-digit street number are decoys too. The five known codes'
 * digits come back as decoys: a payer claim control number, help-desk and remit PO boxes, portal file ids, a record
 * count, out-of-state patient and member ZIPs, an HL7 visit number, a foundation grant number and a surrogate claim
 * key.
 *
 * Family: all-payer claims databases (APCD), state health data submission and public health reporting: an APCD data
 * submission guide's medical claim file layout (element ids MC001…, lengths, MC058 procedure code) and its notes, a
 * submitter data-quality report (threshold checks by element, lines failing, top values) with its narrative and
 * benchmark, a submission portal's file status and file detail pages, a variance request, a DQ e-mail thread, a
 * pipe-delimited medical claim extract and a CSV research extract, a provider file layout, a state hospital outpatient
 * discharge data layout, sample records (grid and fixed width), edit report and frequencies by principal procedure, a
 * syndromic surveillance ADT feed with its validation log and an ESSENCE query grid, a cancer registry pathology
 * message and a CDA procedure section, a state price transparency report by CPT and region (ZIP3 and ZIP), its
 * methodology, a price API response in JSON, a shoppable-services list, an annual cost report with its code-group
 * appendix, a researcher data request form with its element and code lists, a de-identification memo, and decoy-only
 * pages (a submitter registration page, a data-use agreement funding exhibit, a data release invoice).
 * Built on real public layouts: the APCD Council common data layout and state APCD data submission guides (element
 * id, name, type, length, description, threshold), state APCD data-quality reports, the Texas THCIC outpatient public
 * use data file layout (facility id, patient ZIP, principal and other surgical procedure codes, total charges), the
 * PHIN Messaging Guide for Syndromic Surveillance (HL7 2.5.1 ADT^A04 with PR1 coded in C4), the NAACCR Volume V
 * pathology ORU^R01 (LOINC-coded OBX), an HL7 CDA procedure entry with the CPT code system OID, CIVHC-style medians by
 * region, and the HIPAA Safe Harbor ZIP3 rule. The others are written the way those pages read, with no single source.
 *
 * 341 labelled tokens over 36 shapes: 140 codes, 201 decoys, 75 of the decoys in KNOWN_10K.
 */

// ── 1. Data submission guide, medical claim file layout, table ──
const dsgLayout = table({
  id: 's76-dsglayout',
  kind: 's76-apcd-dsg-medical-claim-layout-grid',
  caption: 'Data Submission Guide — Section 4 — Medical Claim File (MC) layout',
  headers: ['Element', 'Data element name', 'Type', 'Max len', 'Description / valid values', 'Example'],
  rows: [
    ['MC001', 'Submitter ID', 'Text', '6', 'APCD-assigned submitter code; same on every record', '[10442]'],
    ['MC004', 'Payer claim control number', 'Text', '35', 'Unique claim number within submitter', 'CL-2025-[64714]'],
    ['MC017', 'Member ZIP code', 'Text', '9', 'Member residence ZIP; 5 or 9 digits, no dash', '[80524]'],
    ['MC026', 'Service provider ZIP', 'Text', '9', 'ZIP of the service location', '[80110]'],
    ['MC054', 'Revenue code', 'Text', '4', 'NUBC revenue code; institutional claims only', '0360'],
    ['MC058', 'Procedure code', 'Text', '10', 'HCPCS Level I (CPT) or Level II; no modifier, no decimal', '{64712}'],
    ['MC059', 'Procedure modifier 1', 'Text', '2', 'Required when billed', '50'],
    ['MC063', 'Quantity', 'Num', '6', 'Units of service', '1'],
    ['MC064', 'Charge amount', 'Num', '10', 'Whole cents, no decimal point ([12850] = $128.50)', '[24500]'],
    ['MC067', 'Paid amount', 'Num', '10', 'Whole cents; zero for denied lines', '[18420]'],
  ],
});

// ── 2. Data submission guide, procedure code notes, text layer ──
const dsgNotes = lines({
  id: 's76-dsgnotes',
  kind: 's76-apcd-dsg-procedure-code-notes-text',
  before: 'Section 4.3 — Procedure code (MC058) submission notes',
  text: [
    'MC058 carries the CPT or HCPCS code exactly as adjudicated, five characters, left-justified.',
    'Report the base code only: a line billed as {64712}-RT is submitted with MC058 = {64712} and MC059 = RT.',
    'Anesthesia lines keep the anesthesia code (for example {01991}), not the surgical code.',
    'Placeholder values such as [99999] or [00000] fail the validity check and count against the threshold.',
    'Denied lines are still reported: a denied {64445} line keeps its code and a zero paid amount.',
    'Questions: APCD submitter help desk, PO Box [64632], Denver CO [80217].',
  ].join('\n'),
});

// ── 3. Submitter data-quality report, threshold checks, table ──
const dqReport = table({
  id: 's76-dqreport',
  kind: 's76-submitter-dq-threshold-report-grid',
  caption: 'Data Quality Report — Medical Claims — Front Range Health Plan — Q3 2025 file',
  headers: ['Element', 'Validation', 'Threshold', 'Result', 'Lines failing', 'Top value', 'Status'],
  rows: [
    ['MC017', 'Valid ZIP', '99%', '99.6%', '4120', '[80011]', 'Pass'],
    ['MC026', 'Valid ZIP', '98%', '96.2%', '[41908]', '[00000]', 'Fail'],
    ['MC058', 'Populated (professional)', '99%', '99.9%', '812', '{99213}', 'Pass'],
    ['MC058', 'Valid CPT/HCPCS on DOS', '98%', '98.4%', '[17264]', '{64445}', 'Pass'],
    ['MC059', 'Valid modifier', '95%', '97.0%', '[28111]', 'RT', 'Pass'],
    ['MC064', 'Charge ≥ paid', '95%', '91.3%', '[94016]', '—', 'Fail — variance requested'],
    ['MC067', 'Paid amount populated', '99%', '100%', '0', '[15000]', 'Pass'],
  ],
});

// ── 4. Data-quality report narrative, text layer ──
const dqSummary = lines({
  id: 's76-dqsummary',
  kind: 's76-submitter-dq-report-narrative-text',
  before: 'Summary of findings for this submission',
  text: [
    'Submitter [10442] — medical claim file [24617] — 1,204,331 lines received, 1,198,706 accepted.',
    'MC058 procedure code: the most frequent codes were {99213}, {99214}, {36415} and {85025}; the sciatic block {64445} rose to 3,112 lines.',
    'Unexpected: [62780] lines carry MC058 = 6471 (four characters). These look like {64712} cut short in your extract.',
    'Lines with member ZIP [80216] and provider ZIP [81007] outnumber the prior quarter by 40%; confirm the new network.',
    'Next file due 11/30/2025 to SFTP folder /inbound/[10442]/MC.',
  ].join('\n'),
});

// ── 5. Data-quality benchmark, top procedures, table ──
const dqTop = table({
  id: 's76-dqtop',
  kind: 's76-submitter-dq-top-procedures-benchmark-grid',
  caption: 'Benchmark — top procedures by paid amount, your file vs. all submitters',
  headers: ['Rank', 'Svc', 'Your lines', 'Your paid', 'All submitters paid', 'Flag'],
  rows: [
    ['1', '{99214}', '[61044]', '$7.9M', '$88.4M', ''],
    ['2', '{99213}', '[58210]', '$5.2M', '$71.0M', ''],
    ['3', '{27447}', '1,904', '$4.4M', '$39.8M', ''],
    ['4', '{64445}', '3,112', '$0.66M', '$4.1M', 'Up 41% vs Q2'],
    ['5', '{64612}', '1,733', '$0.37M', '$2.9M', ''],
    ['6', '{64712}', '96', '$0.18M', '$1.1M', 'Bilateral (50) on 7 lines'],
  ],
});

// ── 6. Submission portal, file status page, table ──
const portalStatus = table({
  id: 's76-portal',
  kind: 's76-submission-portal-file-status-grid',
  caption: 'Submission portal — My files — last 30 days',
  headers: ['File ID', 'Submitter', 'File type', 'Period', 'Records', 'Received', 'Status'],
  rows: [
    ['[24617]', '[10442]', 'MC — Medical claims', '2025 Q3', '1204331', '10/28/2025', 'Accepted w/ warnings'],
    ['[24618]', '[10442]', 'ME — Member eligibility', '2025 Q3', '[86112]', '10/28/2025', 'Accepted'],
    ['[24619]', '[10442]', 'PV — Provider', '2025 Q3', '[14208]', '10/28/2025', 'Accepted'],
    ['[24620]', '[10442]', 'PC — Pharmacy claims', '2025 Q3', '402119', '10/29/2025', 'Rejected — header'],
    ['[64632]', '[10442]', 'PC — Pharmacy claims (resubmit)', '2025 Q3', '402119', '11/02/2025', 'Processing'],
    ['[24588]', '[10591]', 'MC — Medical claims (TPA)', '2025 Q3', '[64714]', '10/15/2025', 'Accepted'],
    ['[24590]', '[10591]', 'DC — Dental claims', '2025 Q3', '[30728]', '10/15/2025', 'Failed DQ'],
  ],
});

// ── 7. Submission portal, file detail page, text layer ──
const portalDetail = lines({
  id: 's76-portaldetail',
  kind: 's76-submission-portal-file-detail-text',
  before: 'File detail — medical claims resubmission',
  text: [
    'File ID [64612]   Replaces file [24617]   Submitter [10442] (Front Range Health Plan)',
    'Record counts: header 1, detail 1,204,331, trailer 1; trailer count matches.',
    'Warning W-214: 412 lines have procedure code {64445} with place of service 11 and revenue code 0360; confirm.',
    'Error E-101 fixed: MC017 blank on [11982] lines in the original file.',
    'Processing started 11/02/2025 09:14; estimated completion in 3 h. Help desk ticket [40712].',
  ].join('\n'),
});

// ── 8. Variance request letter, text layer ──
const variance = lines({
  id: 's76-variance',
  kind: 's76-apcd-threshold-variance-request-text',
  before: 'Variance request — Front Range Health Plan to the APCD administrator',
  text: [
    'Re: submitter [10442], element MC058, Q3 2025 medical claim file [24617].',
    'We request a one-year variance lowering the MC058 validity threshold from 98% to 95%.',
    'Our behavioral-health vendor sends local codes (e.g. H0031) that fail the check; its lines for {90837} and {90834} pass.',
    'Our surgical lines are clean: {64712}, {64714} and {64445} validate at 99.9%.',
    'The cut-short values (6471, 6444) came from a mapping bug fixed on 10/30; corrected file [64612] was sent on 11/02.',
    'Contact: Claims Data Manager, PO Box [64712], Denver CO [80217].',
  ].join('\n'),
});

// ── 9. DQ e-mail thread, text layer ──
const dqEmail = lines({
  id: 's76-dqemail',
  kind: 's76-apcd-dq-email-thread-text',
  before: 'RE: MC058 warnings on your Q3 medical file',
  text: [
    'APCD DQ analyst: lines 88,120–88,540 in file [24617] have MC058 = 6444; we assume {64445}.',
    'Also, claim CL2025A[64712] shows MC058 {64712} with MC059 = 50; bilateral sciatic neuroplasty is unusual, please confirm.',
    'Submitter: confirmed, both sides were done; one unit with modifier 50 is how we adjudicate.',
    'APCD DQ analyst: thanks. The member ZIP on that claim is [64714], a Missouri ZIP; is the member out of state?',
    'Submitter: yes, a retiree living in Missouri; the ZIP is correct.',
  ].join('\n'),
});

// ── 10. Pipe-delimited medical claim extract, text layer ──
const pipeExtract = lines({
  id: 's76-pipe',
  kind: 's76-apcd-medical-claim-pipe-extract-text',
  before: 'Medical claim extract — pipe-delimited, header row and first detail lines',
  text: [
    'MC001|MC004|MC005|MC017|MC026|MC054|MC058|MC059|MC063|MC064|MC067',
    '[10442]|CL2025A[88123]|1|805241102|[80110]||{64712}|RT|1|245000|184200',
    '[10442]|CL2025A[88123]|2|805241102|[80110]||{64445}||1|[11250]|8810',
    '[10442]|CL2025A[88124]|1|[80634]|[80631]|0360|{64714}||1|984000|612300',
    '[10442]|CL2025A[88125]|1|[81303]|813019104||{64632}|LT|2|[13200]|9624',
    '[10442]|CL2025A[88126]|1|809221577|[80910]||{64612}|50|1|[21477]|[18842]',
    '[10442]|CL2025A[88127]|1|[80123]|801101203||{99214}|25|1|[24511]|[13312]',
  ].join('\n'),
});

// ── 11. CSV research extract (limited data set), text layer ──
const csvExtract = lines({
  id: 's76-csv',
  kind: 's76-research-extract-csv-text',
  before: 'Research extract (limited data set) — CSV, first rows',
  text: [
    'claim_key,line,member_zip3,svc_zip,svc_year,proc_cd,mod1,units,allowed,paid',
    'A0001,1,805,[80524],2024,{64712},,1,1840.50,1472.40',
    'A0001,2,805,[80524],2024,{64445},,1,214.77,171.82',
    'A0002,1,816,[81601],2024,{64632},RT,1,161.09,128.87',
    'A0003,1,800,[80045],2024,{64612},,1,214.77,171.82',
    'A0004,1,802,[80218],2025,{64714},,1,1602.00,1281.60',
    'A0005,1,809,[80920],2025,{20610},,1,98.40,78.72',
  ].join('\n'),
});

// ── 12. Provider file layout, table (decoy only) ──
const pvLayout = table({
  id: 's76-pvlayout',
  kind: 's76-apcd-provider-file-layout-grid',
  caption: 'Provider file (PV) — selected elements',
  headers: ['Element', 'Name', 'Len', 'Example', 'Note'],
  rows: [
    ['PV001', 'Submitter', '6', '[10442]', 'Same as MC001'],
    ['PV002', 'Plan provider ID', '30', 'P-[77124]', 'Links to the rendering provider on MC'],
    ['PV039', 'Provider ZIP', '9', '[80218]', 'Practice location'],
    ['PV040', 'Provider specialty', '50', 'Pain medicine', 'Taxonomy preferred'],
    ['PV045', 'Provider taxonomy', '10', '208VP0014X', ''],
    ['PV050', 'Remit PO Box', '10', '[64632]', 'Remit only; not the practice address'],
  ],
});

// ── 13. Hospital outpatient discharge data, record layout, table ──
const hddLayout = table({
  id: 's76-hddlayout',
  kind: 's76-hospital-outpatient-data-layout-grid',
  caption: 'Outpatient Data — Public Use File — Record Layout',
  headers: ['Position', 'Field', 'Length', 'Description', 'Sample value'],
  rows: [
    ['1–10', 'RECORD_ID', '10', 'Unique record identifier', '2500012345'],
    ['12–16', 'FAC_ID', '5', 'Facility identifier', '[50612]'],
    ['18–22', 'PAT_ZIP', '5', 'Patient ZIP (blank when the ZIP3 population is small)', '[78745]'],
    ['24–26', 'TYPE_OF_BILL', '3', 'UB-04 type of bill', '131'],
    ['28–32', 'PRINC_SURG_PROC_CODE', '5', 'Principal procedure, CPT/HCPCS', '{64721}'],
    ['34–38', 'OTH_SURG_PROC_CODE_1', '5', 'Other procedure 1', '{64445}'],
    ['40–44', 'OTH_SURG_PROC_CODE_2', '5', 'Other procedure 2', '{76942}'],
    ['46–54', 'TOTAL_CHARGES', '9', 'Total charges, whole dollars', '[18240]'],
  ],
});

// ── 14. Hospital outpatient discharge data, sample records, table ──
const hddSample = table({
  id: 's76-hddsample',
  kind: 's76-hospital-outpatient-sample-records-grid',
  caption: 'Sample records (synthetic, for testing the layout)',
  headers: ['Rec', 'Fac', 'Pat ZIP', 'TOB', 'Principal CPT', 'Other proc 1', 'Other proc 2', 'Charges'],
  rows: [
    ['1', '[50612]', '[78745]', '131', '{64721}', '{64445}', '', '[18240]'],
    ['2', '[50612]', '[78704]', '131', '{64712}', '{64445}', '{76942}', '[31650]'],
    ['3', '[47311]', '[76148]', '831', '{64632}', '', '', '4210'],
    ['4', '[47311]', '[77124]', '831', '{64612}', '{95874}', '', '3890'],
    ['5', '[61204]', '[75380]', '131', '{64714}', '{64445}', '', '[28775]'],
    ['6', '[61204]', '[79901]', '131', '{29881}', '{64447}', '', '[22610]'],
  ],
});

// ── 15. Hospital outpatient discharge data, fixed-width sample, text layer ──
const hddFixed = lines({
  id: 's76-hddfixed',
  kind: 's76-hospital-outpatient-fixed-width-records-text',
  before: 'Outpatient public use file — fixed-width sample (fields space-padded)',
  text: [
    '2500019001 [61204] [75380] 131 {64712} {64445}       [12880]',
    '2500019002 [61204] [75087] 131 {64714}             [21340]',
    '2500019003 [47311] [64445] 831 {64632}             3120',
    '2500019004 [50612] [78745] 131 {20610} {76942}       1980',
  ].join('\n'),
});

// ── 16. Hospital outpatient data submission, edit report, table ──
const hddEdits = table({
  id: 's76-hddedits',
  kind: 's76-hospital-outpatient-edit-report-grid',
  caption: 'Outpatient data submission — edit report — Q2 2025',
  headers: ['Edit', 'Description', 'Field', 'Value found', 'Records', 'Severity'],
  rows: [
    ['E102', 'Patient ZIP not valid', 'PAT_ZIP', '[99999]', '41', 'Error'],
    ['E118', 'Facility ID not on file', 'FAC_ID', '[47312]', '1,206', 'Fatal'],
    ['E214', 'Principal procedure missing', 'PRINC_SURG_PROC_CODE', '(blank)', '88', 'Error'],
    ['E231', 'Procedure needs a laterality modifier', 'OTH_SURG_PROC_CODE_1', '{64632}', '17', 'Warning'],
    ['E232', 'Same procedure twice on a record', 'OTH_SURG_PROC_CODE_2', '{64445}', '9', 'Warning'],
    ['E240', 'Total charges over limit', 'TOTAL_CHARGES', '[99998]', '2', 'Review'],
    ['E305', 'Procedure inconsistent with sex', 'PRINC_SURG_PROC_CODE', '{58661}', '1', 'Review'],
  ],
});

// ── 17. Syndromic surveillance ADT^A04 message, text layer ──
const synHl7 = lines({
  id: 's76-synhl7',
  kind: 's76-syndromic-surveillance-adt-message-text',
  before: 'Syndromic surveillance feed — ADT^A04 (HL7 2.5.1), one message',
  text: [
    'MSH|^~\\&|EPIC|MERCY_ED^1234567890^NPI|ESSENCE|CDPHE|20251103141522||ADT^A04^ADT_A01|[70412]|P|2.5.1',
    'EVN||20251103141522|||||MERCY_ED^1234567890^NPI',
    'PID|1||MR[40464]^^^MERCY^MR||~^^^^^^S|||F|||^^DURANGO^CO^[81303]^USA^C|||||||||||||||||N',
    'PV1|1|E|||||||||||||||||[30340]^^^^^^^^^VN|||||||||||||||||||||||||20251103141000',
    'OBX|1|CWE|8661-1^CHIEF COMPLAINT^LN||^^^^^^^^RIGHT LEG PAIN AFTER FALL||||||F',
    'DG1|1||S82.201A^Fracture of shaft of right tibia^I10C|||F',
    'PR1|1||{64445}^INJ ANES SCIATIC NERVE SINGLE^C4|||20251103143000',
    'PR1|2||{76942}^US GUIDE NEEDLE PLACEMENT^C4|||20251103143000',
  ].join('\n'),
});

// ── 18. Syndromic feed validation log, table ──
const synLog = table({
  id: 's76-synlog',
  kind: 's76-syndromic-feed-validation-log-grid',
  caption: 'Syndromic feed — message validation log (facility onboarding)',
  headers: ['Msg control ID', 'Facility', 'Segment', 'Finding', 'Value sent'],
  rows: [
    ['[70412]', 'Mercy ED', 'PR1-3', 'OK', '{64445}^…^C4'],
    ['[70413]', 'Mercy ED', 'PID-11', 'ZIP missing', '—'],
    ['[70415]', 'Animas UC', 'PR1-3', 'Coding system must be C4 for CPT', '{64612}^…^CPT'],
    ['[70416]', 'Animas UC', 'PV1-19', 'Visit number not unique', '[64714]'],
    ['[70420]', 'Animas UC', 'PR1-3', 'OK', '{99284}^…^C4'],
    ['[70421]', 'Mercy ED', 'PID-11', 'ZIP not in state', '[87402]'],
  ],
});

// ── 19. ESSENCE query results, table ──
const essence = table({
  id: 's76-essence',
  kind: 's76-essence-ed-visit-query-grid',
  caption: 'ESSENCE — ED and urgent care visits — query results (patient ZIP, chief complaint)',
  headers: ['Date', 'Hospital', 'Patient ZIP', 'Age group', 'CC', 'Procedure', 'Count'],
  rows: [
    ['11/03', 'Mercy ED', '[81303]', '65+', 'right leg pain after fall', '{64445}', '1'],
    ['11/03', 'Mercy ED', '[81301]', '18–44', 'facial droop', '—', '1'],
    ['11/04', 'Animas UC', '[81122]', '45–64', 'foot pain', '{20550}', '1'],
    ['11/04', 'Animas UC', '[87401]', '45–64', 'migraine', '{64615}', '1'],
    ['11/05', 'Mercy ED', '[81303]', '65+', 'hip fracture', '{64447}', '2'],
  ],
});

// ── 20. Cancer registry electronic pathology report (NAACCR Volume V), text layer ──
const cancerPath = lines({
  id: 's76-cancerpath',
  kind: 's76-cancer-registry-pathology-oru-text',
  before: 'Cancer registry — electronic pathology report (ORU^R01, NAACCR Volume V)',
  text: [
    'MSH|^~\\&|COPATH|VALLEY_LAB|CCR|CDPHE|20251020081502||ORU^R01^ORU_R01|[55213]|P|2.5.1|||||||||VOL_V_50_ORU_R01',
    'PID|1||[30712]^^^VALLEY^MR||DOE^JANE||19580214|F|||12 ELM ST^^GRAND JUNCTION^CO^[81504]',
    'OBR|1||S25-[04417]^VALLEY_LAB|{88305}^Surgical pathology, gross and microscopic^C4|||20251017',
    'OBX|1|TX|[22637]-3^FINAL DIAGNOSIS^LN||Left thigh mass, excision: myxofibrosarcoma, grade 2||||||F',
    'OBX|2|TX|[22636]-5^CLINICAL HISTORY^LN||Thigh mass abutting sciatic nerve; neuroplasty {64712} same session||||||F',
  ].join('\n'),
});

// ── 21. Physician office cancer report, CDA procedure entries, text layer ──
const cancerCda = lines({
  id: 's76-cancercda',
  kind: 's76-cancer-report-cda-procedures-xml-text',
  before: 'Physician office cancer report — CDA procedures section (XML)',
  text: [
    '<id root="2.16.840.1.113883.19.5" extension="[61528]"/>',
    '<code code="{27328}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Excision, tumor, thigh"/>',
    '<code code="{64712}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Neuroplasty, sciatic"/>',
    '<code code="{64445}" codeSystem="2.16.840.1.113883.6.12" displayName="Injection, anesthetic agent; sciatic nerve"/>',
    '<addr><streetAddressLine>PO Box [64714]</streetAddressLine><city>Grand Junction</city><postalCode>[81502]</postalCode></addr>',
    '<effectiveTime value="20251017"/>',
  ].join('\n'),
});

// ── 22. Price transparency report, median paid by CPT and region, table ──
const priceRegion = table({
  id: 's76-priceregion',
  kind: 's76-price-transparency-median-by-region-grid',
  caption: 'Shop for care — median paid amount by procedure and region (commercial, 2024)',
  headers: ['CPT', 'Procedure', 'Region (ZIP3)', 'Claims', 'Median paid', 'IQR'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic nerve', '802 (Denver)', '214', '$1,842', '$1,410–$2,260'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '816 (Glenwood Springs)', '<11', 'suppressed', '—'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '809 (Colorado Springs)', '38', '$1,602', '$1,288–$1,990'],
    ['{64445}', 'Sciatic nerve block, single', '805 (Fort Collins)', '1,906', '$214', '$171–$262'],
    ['{64632}', 'Plantar digital nerve destruction', '815 (Grand Junction)', '122', '$161', '$128–$203'],
    ['{64612}', 'Chemodenervation, facial nerve', '800 (Aurora)', '417', '$215', '$188–$247'],
    ['{99213}', 'Office visit, established, low', '802 (Denver)', '[48213]', '$96', '$84–$112'],
  ],
});

// ── 23. Price transparency detail by service ZIP, table ──
const priceZip = table({
  id: 's76-pricezip',
  kind: 's76-price-transparency-detail-by-zip-grid',
  caption: 'Detail — facility medians by service ZIP',
  headers: ['Billed code', 'Service ZIP', 'Setting', 'Facilities', 'Median paid'],
  rows: [
    ['{64712}', '[80218]', 'HOPD', '3', '$2,310'],
    ['{64712}', '[80110]', 'ASC', '2', '$1,655'],
    ['{64712}', '[80922]', 'ASC', '1', '$1,590'],
    ['{64632}', '[81504]', 'Office', '4', '$149'],
    ['{64612}', '[80045]', 'HOPD', '1', '$301'],
    ['{64445}', '[80634]', 'HOPD', '2', '$236'],
  ],
});

// ── 24. Price report methodology, text layer ──
const priceMethod = lines({
  id: 's76-pricemethod',
  kind: 's76-price-report-methodology-text',
  before: 'About these prices — methodology',
  text: [
    'Prices are allowed amounts from the state APCD for commercial plans, 2024 dates of service.',
    'A code is shown for a region only when it has 11 or more claims; sciatic neuroplasty ({64712}) is suppressed in four rural regions.',
    'Professional and facility payments are added for surgical codes such as {64714}, but not for office procedures like {64632}.',
    'ZIP [81601] and ZIP [81623] are grouped with region 816; ZIP [80424] (Breckenridge) is grouped with 804.',
    'Chemodenervation ({64612}) prices leave out the drug, which is billed on its own line (J0585).',
    'Data request no. [21418]; rebuilt monthly.',
  ].join('\n'),
});

// ── 25. Price API response, JSON, text layer ──
const priceJson = lines({
  id: 's76-pricejson',
  kind: 's76-price-api-json-response-text',
  before: 'Price API response (JSON), one result object',
  text: [
    '{',
    '  "procedure_code": "{64712}",',
    '  "code_type": "CPT",',
    '  "region_zip3": "802",',
    '  "facility_zip": "[80218]",',
    '  "claim_count": 214,',
    '  "median_paid": 1842.00,',
    '  "request_id": "[60513]",',
    '  "related_codes": ["{64445}", "{64714}", "{76942}"]',
    '}',
  ].join('\n'),
});

// ── 26. Annual cost report findings, prose, text layer ──
const costReport = lines({
  id: 's76-costreport',
  kind: 's76-annual-cost-report-findings-text',
  before: 'Annual report — Key findings — peripheral nerve procedures',
  text: [
    'Commercial spending on peripheral nerve procedures reached $41.2 million in 2024.',
    'Neuroplasty of the sciatic nerve, {64712}, had the widest price spread: the 90th percentile was 3.1 times the 10th.',
    'Facial-nerve chemodenervation {64612} is mostly done in offices; median paid $215.',
    'Most of the growth came from ultrasound-guided blocks ({64445} with {76942}) in regions 800 and 802.',
    'Lumbar plexus neuroplasty {64714} remains rare (38 claims statewide).',
    'Source: state APCD, data request [21418]; members in the analysis: [84411].',
  ].join('\n'),
});

// ── 27. Researcher data request form, text layer ──
const requestForm = lines({
  id: 's76-request',
  kind: 's76-researcher-data-request-form-text',
  before: 'Data Request Application — Section C: Study cohort and data elements',
  text: [
    'C1. Principal investigator: R. Alvarez, PhD, University of Colorado; IRB protocol [19337].',
    'C2. Funding: Colorado Health Foundation, grant no. [64612].',
    'C3. Cohort: members 18–64 with a professional claim line where MC058 is {64712}, {64714} or {64632}, 2019–2024.',
    'C4. Comparison group: members with a sciatic nerve block ({64445}) and no neuroplasty within 12 months.',
    'C5. Geography: member ZIP3 only; no five-digit ZIPs requested.',
    'C6. Mailing address for the DUA: [13001] E 17th Pl, Aurora CO [80045].',
  ].join('\n'),
});

// ── 28. Data request, requested elements, table ──
const requestElements = table({
  id: 's76-reqelements',
  kind: 's76-data-request-elements-grid',
  caption: 'Section D — Requested data elements',
  headers: ['Element', 'Name', 'Requested', 'Values', 'Justification'],
  rows: [
    ['MC017', 'Member ZIP', 'ZIP3 only', '—', 'Regional variation'],
    ['MC058', 'Procedure code', 'Yes', '{64712}, {64714}, {64632}', 'Cohort definition'],
    ['MC058', 'Procedure code', 'Yes', '{64445}, {64447}, {64450}', 'Comparison group'],
    ['MC059', 'Modifier 1', 'Yes', 'RT, LT, 50', 'Laterality'],
    ['MC064', 'Charge amount', 'No', '—', 'Not needed'],
    ['PV039', 'Provider ZIP', 'Yes', 'e.g. [80218]', 'Site of care'],
  ],
});

// ── 29. Data request attachment, cohort code list, table ──
const cohortCodes = table({
  id: 's76-cohortcodes',
  kind: 's76-data-request-cohort-code-list-grid',
  caption: 'Attachment 2 — cohort code list',
  headers: ['#', 'Code', 'Description', 'Role'],
  rows: [
    ['1', '{64712}', 'Neuroplasty, sciatic nerve', 'Index procedure'],
    ['2', '{64714}', 'Neuroplasty, lumbar plexus', 'Index procedure'],
    ['3', '{64632}', 'Neurolytic destruction, plantar digital nerve', 'Index procedure'],
    ['4', '{64445}', 'Sciatic nerve block, single injection', 'Comparison'],
    ['5', '{64612}', 'Chemodenervation, facial nerve', 'Negative control'],
    ['6', '{72148}', 'MRI lumbar spine without contrast', 'Covariate (imaging)'],
  ],
});

// ── 30. De-identification memo, prose, text layer ──
const deidMemo = lines({
  id: 's76-deid',
  kind: 's76-deidentification-memo-text',
  before: 'Memorandum — De-identification of the 2024 research extract (HIPAA Safe Harbor review)',
  text: [
    'To: Data Release Committee. From: Privacy Officer. Re: data request [21418].',
    'Safe Harbor requires removing five-digit ZIP codes; we release the first three digits unless the ZIP3 has 20,000 people or fewer.',
    'For example, a member in ZIP [81052] becomes 810; members in restricted ZIP3 areas are coded 000.',
    'Claim control numbers such as CL2025A[88123] are replaced with a random surrogate key, and dates are cut to the year.',
    'Procedure codes are not identifiers under Safe Harbor and are released unchanged, so {64712} and {64632} stay on the lines.',
    'But a rare code in a small region can single out a person: only 4 claims for {64714} came from region 816, so that cell is suppressed.',
    'Provider ZIP [81623] is dropped from the provider file, and remit addresses such as PO Box [64445] are removed.',
  ].join('\n'),
});

// ── 31. APCD submitter registration page, text layer (decoy only) ──
const registration = lines({
  id: 's76-registration',
  kind: 's76-apcd-submitter-registration-text',
  before: 'APCD Submitter Registration — Organization profile',
  text: [
    'Organization: Front Range Health Plan, Inc.   NAIC company code [95811]   FEIN 84-1029384',
    'Submitter ID assigned: [10442]   Covered lives (Colorado): 212,406',
    'Mailing address: PO Box [64712], Denver CO [80217]',
    'Street address: 7800 E Orchard Rd, Suite 300, Greenwood Village CO [80111]',
    'SFTP account: frhp_[20355]   Registration no. [40102]   Effective 01/01/2025',
    'Affiliated submitters: Front Range TPA Services (ID [10591]), Rocky Mountain Dental (ID [10712])',
  ].join('\n'),
});

// ── 32. Data-use agreement, funding exhibit, text layer (decoy only) ──
const duaExhibit = lines({
  id: 's76-dua',
  kind: 's76-data-use-agreement-funding-exhibit-text',
  before: 'Data Use Agreement — Exhibit B: Funding sources and project identifiers',
  text: [
    'Project: Costs of peripheral nerve surgery in Colorado (data request [21418])',
    '1. Colorado Health Foundation, grant no. [64445]',
    '2. University of Colorado internal award [50174], cost center [30118]',
    '3. State public health contract, purchase order [76933]',
    'Data custodian: Analytics Core, [13001] E 17th Pl, Aurora CO [80045]',
    'Destruction due 06/30/2028; certificate of destruction no. [77160]',
  ].join('\n'),
});

// ── 33. Data release invoice, table (decoy only) ──
const invoice = table({
  id: 's76-invoice',
  kind: 's76-data-release-invoice-grid',
  caption: 'Data release invoice — line items',
  headers: ['Line', 'Item', 'Qty', 'Rate', 'Amount', 'GL'],
  rows: [
    ['1', 'Extract programming (hours)', '24', '150.00', '3600.00', '[40235]'],
    ['2', 'Limited data set — medical claims', '1', '1000.00', '1000.00', '[40236]'],
    ['3', 'Linkage to outpatient discharge data', '1', '250.00', '250.00', '[40237]'],
    ['', 'Invoice [33021]   PO [76933]', '', '', 'Total 4850.00', ''],
  ],
});

// ── 34. Cost report appendix, procedure code groups, text layer ──
const codeAppendix = lines({
  id: 's76-appendix',
  kind: 's76-cost-report-code-group-appendix-text',
  before: 'Appendix C — Procedure code groups used in the cost-of-care report',
  text: [
    'Group N1 — Peripheral nerve decompression / neuroplasty',
    '  {64712}  Neuroplasty; sciatic nerve',
    '  {64714}  Neuroplasty; lumbar plexus',
    '  {64721}  Neuroplasty; median nerve at carpal tunnel',
    'Group N2 — Nerve injections and destruction',
    '  {64445}  Injection, anesthetic agent; sciatic nerve, single',
    '  {64632}  Destruction by neurolytic agent; plantar common digital nerve',
    '  {64612}  Chemodenervation of muscle(s); muscle(s) innervated by facial nerve',
    'Codes are matched to the APCD code table, release [26114], by date of service.',
  ].join('\n'),
});

// ── 35. Hospital outpatient public use file, frequencies by principal procedure, table ──
const hddFreq = table({
  id: 's76-hddfreq',
  kind: 's76-hospital-outpatient-procedure-frequency-grid',
  caption: 'Outpatient public use file — records by principal procedure — calendar year 2024',
  headers: ['Proc', 'Short description', 'Records', 'Facilities', 'Mean charges'],
  rows: [
    ['{45378}', 'Colonoscopy, diagnostic', '[42716]', '214', '$3,980'],
    ['{66984}', 'Cataract removal with IOL', '[31207]', '96', '$6,410'],
    ['{64721}', 'Carpal tunnel release', '6,102', '151', '$7,225'],
    ['{64445}', 'Sciatic nerve block, single', '2,877', '88', '$1,640'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '318', '41', '$14,905'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '57', '12', '$16,230'],
    ['All others', '', '[55108]', '', ''],
  ],
});

// ── 36. Price transparency site, list of shoppable services, table ──
const shoppable = table({
  id: 's76-shoppable',
  kind: 's76-price-site-shoppable-services-list-grid',
  caption: 'Services you can compare on this site (nerve and pain procedures)',
  headers: ['Item', 'Service', 'Shown since'],
  rows: [
    ['{64445}', 'Nerve block, sciatic, one injection', '2021'],
    ['{64447}', 'Nerve block, femoral, one injection', '2021'],
    ['{64612}', 'Botox injection for facial nerve muscles', '2022'],
    ['{64632}', 'Nerve destruction for Morton neuroma', '2023'],
    ['{64712}', 'Sciatic nerve release surgery', '2024'],
    ['{64714}', 'Lumbar plexus nerve release surgery', '2024'],
  ],
});

export const sealed76: Snippet[] = [
  ...dsgLayout,
  ...dsgNotes,
  ...dqReport,
  ...dqSummary,
  ...dqTop,
  ...portalStatus,
  ...portalDetail,
  ...variance,
  ...dqEmail,
  ...pipeExtract,
  ...csvExtract,
  ...pvLayout,
  ...hddLayout,
  ...hddSample,
  ...hddFixed,
  ...hddEdits,
  ...synHl7,
  ...synLog,
  ...essence,
  ...cancerPath,
  ...cancerCda,
  ...priceRegion,
  ...priceZip,
  ...priceMethod,
  ...priceJson,
  ...costReport,
  ...requestForm,
  ...requestElements,
  ...cohortCodes,
  ...deidMemo,
  ...registration,
  ...duaExhibit,
  ...invoice,
  ...codeAppendix,
  ...hddFreq,
  ...shoppable,
];
