import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 158 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s158-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (E/M, anesthesia 0xxxx, nerve conduction, imaging guidance, physical therapy) are labelled as codes too. About a
 * third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K): registry patient ids, an encounter
 * number repeated across the CSV, charge extract, FHIR feed, QRDA view and evidence table, the registry account
 * number, the registry's Omaha ZIP, a value-set expansion id and a cost episode id. The five known codes' digits come
 * back as decoys: the registry's PO box and an invoice number, a patient ZIP, a registry patient id and a support
 * ticket, an upload batch id and a targeted review request id, an encounter number and patient control numbers on
 * a remittance, an attestation confirmation number and data validation sample ids.
 *
 * Family: MIPS / Quality Payment Program reporting through a (fictional) qualified clinical data registry for a
 * (fictional) pain and peripheral-nerve practice in Kansas City: measure specifications (a QCDR neuroplasty outcome
 * measure, its denominator and exclusion code tables, its flow algorithm and release notes, the CMS MIPS CQM
 * specifications of Quality #130 and #477, the CMS QCDR measure inventory row, a value-set CSV), the registry's data
 * submission template (data dictionary, the practice's CSV file, the EHR charge extract, a FHIR feed and a QRDA I
 * view), the upload error report, processing log and upload history, the practice's measure performance dashboard
 * (tiles, CPT breakdown, clinician table, monthly scorecard email), the patient-level drill-down (list, one
 * patient's panel, gap worklist CSV), improvement activities attestation (form, evidence table, confirmation
 * screen), the final feedback report (summary, quality table, cost patient-level CSV) and the remittance carrying
 * the adjustment, a targeted review request, its service-center email thread and decision letter, the registry's
 * data validation audit, support chat and invoice, and the consultant's memo with its action table.
 * Built on real public layouts: the CMS MIPS CQM measure specification PDFs (numbered header, "Patient encounter
 * during the performance period (CPT or HCPCS):" comma-run lists, Performance Met / Not Met quality data codes),
 * the CMS QCDR measure specifications spreadsheet columns, VSAC value-set expansion exports, QCDR/registry CSV
 * submission templates and their error reports, HL7 QRDA Category I procedure entries (CPT OID
 * 2.16.840.1.113883.6.12), FHIR R4 Procedure resources, the QPP performance feedback page (final score, category
 * scores, payment adjustment) and patient-level cost CSV, the QPP targeted review request form, X12 835 with CARC
 * 144 incentive adjustment, and improvement activity inventory ids (IA_PSPA_6 …). The others are written the way
 * those pages read, with no single source.
 *
 * 391 labelled tokens over 40 shapes: 240 codes, 151 decoys, 51 of the decoys in KNOWN_10K.
 */

// Case: Bluestem Pain & Nerve Center, LLC (TIN 43-1877205), Kansas City, MO; clinicians M. Halvorsen MD
// (anesthesiology/pain), T. Reyes DO (PM&R), K. Lindqvist DPM, A. Forde NP. Registry: Heartland Interventional Pain
// Registry (HIPR), a QCDR, PO Box 64714, Omaha, NE. Performance year 2025; final score 82.36; adjustment +1.92% in 2027.

// ── 1. QCDR measure specification, narrative PDF text layer ──
const specHipr3 = lines({
  id: 's158-spechipr3',
  kind: 's158-qcdr-measure-specification-narrative-text',
  before: 'Heartland Interventional Pain Registry — 2025 QCDR Measure Specifications',
  text: [
    'HIPR 3: Pain Interference Improvement After Peripheral Nerve Decompression',
    'Measure type: Patient-Reported Outcome   High priority: Yes   Inverse: No   Proportional: Yes',
    'Description: Percentage of patients aged 18 years and older who underwent neuroplasty of a major peripheral',
    'nerve or plexus (CPT {64708}, {64712}, {64713} or {64714}) and whose PROMIS Pain Interference T-score fell by',
    '5 or more points at the 90-day (±30 days) follow-up.',
    'Denominator: patients ≥ 18 years on date of service AND neuroplasty reported with {64712} (sciatic nerve),',
    '{64713} (brachial plexus), {64714} (lumbar plexus) or {64708} (other major peripheral nerve, arm or leg).',
    'Bilateral {64712} billed as two lines (RT and LT) is one eligible instance. Add-on {64727} does not qualify alone.',
    'Numerator: Performance Met HIPR3a; Denominator Exception HIPR3b; Performance Not Met HIPR3c.',
    'Questions: measures@hipr.example or HIPR Measures Desk, PO Box [64714], Omaha, NE [68154].',
  ].join('\n'),
});

// ── 2. QCDR denominator code table ──
const denomTable = table({
  id: 's158-denomtbl',
  kind: 's158-qcdr-denominator-code-table',
  caption:
    'HIPR 14 — Avoidance of New Opioid Prescription After Peripheral Nerve Procedure — Table 1: Denominator codes',
  headers: ['Code', 'Code system', 'Descriptor (short)', 'Status 2025'],
  rows: [
    ['{64445}', 'CPT', 'Inj anes sciatic nrv single', 'Continued'],
    ['{64447}', 'CPT', 'Inj anes femoral nrv single', 'Continued'],
    ['{64450}', 'CPT', 'Inj anes other peripheral nrv', 'Continued'],
    ['{64454}', 'CPT', 'Inj anes genicular nrv branches', 'Continued'],
    ['{64455}', 'CPT', 'Inj anes plantar common digital nrv', 'Continued'],
    ['{64624}', 'CPT', 'Destruction genicular nrv branches', 'Added'],
    ['{64632}', 'CPT', 'Destruction plantar common digital nrv', 'Continued'],
    ['{64640}', 'CPT', 'Destruction other peripheral nrv', 'Continued'],
    ['{64712}', 'CPT', 'Neuroplasty sciatic nerve', 'Continued'],
    ['{64714}', 'CPT', 'Neuroplasty lumbar plexus', 'Continued'],
  ],
});

// ── 3. Denominator exclusion code table ──
const exclTable = table({
  id: 's158-excltbl',
  kind: 's158-qcdr-denominator-exclusion-codes-table',
  caption: 'HIPR 14 — Table 2: Denominator exclusions (any of the following on the same date or within 30 days)',
  headers: ['Exclusion', 'Codes', 'Window'],
  rows: [
    ['Concurrent open surgery on the same limb', '{27447}, {27130}, {28296}', 'Same date'],
    ['Hospice services', 'G9687 or {99377}, {99378}', 'Performance period'],
    ['Active cancer pain management', 'G9688', 'Any'],
    ['Unlisted nervous system procedure', '{64999}', 'Same date'],
  ],
});

// ── 4. QCDR measure flow algorithm, text layer ──
const flow = lines({
  id: 's158-flow',
  kind: 's158-measure-flow-algorithm-text',
  before: 'HIPR 14 Measure Flow — Sample calculation',
  text: [
    'Start → Patient age ≥ 18 on date of service? → No: not in eligible population',
    'Yes → Procedure code {64445}, {64447}, {64450}, {64454}, {64455}, {64624}, {64632}, {64640}, {64712} or {64714}? → No: stop',
    'Yes → Exclusion (Table 2)? → Yes: remove from denominator (d)',
    'No → New opioid prescription within 7 days after procedure? → No: Performance Met HIPR14a (a)',
    'Sample: eligible population 318 encounters; exclusions 9; Met 282; Not Met 27 → rate = 282 / (318 − 9) = 91.26%',
  ].join('\n'),
});

// ── 5. QCDR measure release notes ──
const releaseNotes = lines({
  id: 's158-relnotes',
  kind: 's158-qcdr-measure-release-notes-text',
  before: 'HIPR 2025 Measure Release Notes (v2025.1, posted 11/22/2024)',
  text: [
    'HIPR 3 — Added {64708} to the denominator; removed {64722} (decompression, unspecified nerve).',
    'HIPR 5 — Denominator now {64632} or {64455}; chemical neurolysis billed as {64640} on the foot moves to HIPR 14.',
    'HIPR 11 — Renamed "Toxin Dose and Muscle Documentation"; denominator {64612}, {64615}, {64616}.',
    'HIPR 14 — Genicular destruction {64624} added after 2024 field test (registry study no. [43959]).',
    'Retired: HIPR 7 (fluoroscopy time, {77002}/{77003}) — topped out.',
  ].join('\n'),
});

// ── 6. CMS MIPS CQM specification #130, PDF text layer ──
const q130 = lines({
  id: 's158-q130',
  kind: 's158-mips-cqm-spec-130-denominator-text',
  before: 'Quality ID #130 (NQF 0419): Documentation of Current Medications in the Medical Record',
  text: [
    '2025 COLLECTION TYPE: MIPS CLINICAL QUALITY MEASURES (CQMS)',
    'DENOMINATOR: All visits for patients aged 18 years and older',
    'Denominator Criteria (Eligible Cases): Patients aged ≥ 18 years on date of encounter',
    'AND',
    'Patient encounter during the performance period (CPT or HCPCS): {90791}, {90792}, {90837},',
    '{92002}, {92004}, {97161}, {97162}, {97163},',
    '{99202}, {99203}, {99204}, {99205}, {99212}, {99213}, {99214}, {99215}, G0101, G0108, G0270',
    'NUMERATOR: Performance Met: G8427   Denominator Exception: G8430   Performance Not Met: G8428',
    'CPT only copyright 2024 American Medical Association. All rights reserved.   Version 9.0   Page 2 of 9',
  ].join('\n'),
});

// ── 7. CMS MIPS CQM specification #477, PDF text layer ──
const q477 = lines({
  id: 's158-q477',
  kind: 's158-mips-cqm-spec-477-anesthesia-text',
  before: 'Quality ID #477: Multimodal Pain Management — 2025 COLLECTION TYPE: MIPS CQMS',
  text: [
    'DENOMINATOR: Patients, aged 18 years and older, undergoing selected surgical procedures that were performed under',
    'anesthesia and in which multimodal pain management is appropriate',
    'Patient procedure during the performance period (CPT): {00400}, {01400}, {01402},',
    '{01480}, {01610}, {01630}, {01710}, {01810}',
    'AND NOT DENOMINATOR EXCLUSION: Emergent cases: G9643',
    'NUMERATOR NOTE: a single-injection block ({64415}, {64445}, {64447}) given with an opioid-sparing adjunct counts as',
    'one of the two modalities when documented by the anesthesia care team.',
  ].join('\n'),
});

// ── 8. CMS QCDR measure inventory spreadsheet row(s) ──
const inventory = table({
  id: 's158-inventory',
  kind: 's158-cms-qcdr-measure-inventory-table',
  caption: '2025 QCDR Measure Specifications — Heartland Interventional Pain Registry',
  headers: ['QCDR Measure ID', 'Measure Title', 'Denominator', 'Inverse', 'High Priority', 'Measure Type'],
  rows: [
    [
      'HIPR3',
      'Pain Interference Improvement After Peripheral Nerve Decompression',
      'Patients ≥18 with neuroplasty: {64708}, {64712}, {64713}, {64714}',
      'No',
      'Yes',
      'PRO-PM',
    ],
    [
      'HIPR5',
      'Function After Plantar Digital Neurolysis',
      'Patients ≥18 with {64632} or {64455}',
      'No',
      'Yes',
      'PRO-PM',
    ],
    [
      'HIPR11',
      'Toxin Dose and Muscle Documentation',
      'Chemodenervation encounters: {64612}, {64615}, {64616}',
      'No',
      'No',
      'Process',
    ],
    [
      'HIPR14',
      'Avoidance of New Opioid Prescription After Peripheral Nerve Procedure',
      'See Table 1; includes {64445}, {64632}, {64712}, {64714}',
      'No',
      'Yes',
      'Process',
    ],
  ],
});

// ── 9. Value-set expansion CSV (VSAC-style export) ──
const valueSet = lines({
  id: 's158-valueset',
  kind: 's158-value-set-expansion-csv-text',
  before: 'HIPR14_Denominator_Procedures_expansion.csv',
  text: [
    '# Value set: Peripheral Nerve Procedures (HIPR14), OID 2.16.840.1.113762.1.4.1248.77, expansion id [20366]',
    'Code,Description,CodeSystem,CodeSystemVersion,CodeSystemOID',
    '{64445},"Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve",CPT,2025,2.16.840.1.113883.6.12',
    '{64447},"Injection(s), anesthetic agent(s) and/or steroid; femoral nerve",CPT,2025,2.16.840.1.113883.6.12',
    '{64450},"Injection(s), anesthetic agent(s) and/or steroid; other peripheral nerve or branch",CPT,2025,2.16.840.1.113883.6.12',
    '{64632},"Destruction by neurolytic agent; plantar common digital nerve",CPT,2025,2.16.840.1.113883.6.12',
    '{64712},"Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve",CPT,2025,2.16.840.1.113883.6.12',
    '{64714},"Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus",CPT,2025,2.16.840.1.113883.6.12',
    '# expansion [20366] retrieved 2024-12-02; steward HIPR; 4 more rows below the fold',
  ].join('\n'),
});

// ── 10. Registry data submission template, data dictionary table ──
const dictionary = table({
  id: 's158-dict',
  kind: 's158-registry-submission-data-dictionary-table',
  caption: 'HIPR Data Submission Template v2025.2 — Field definitions',
  headers: ['#', 'Field', 'Format', 'Required', 'Example'],
  rows: [
    ['1', 'TIN', '9 digits, no dash', 'Y', '431877205'],
    ['3', 'PatientID', 'Practice id, up to 20 characters', 'Y', 'BPN-[40093]'],
    ['6', 'PatientZip', '5 digits', 'N', '[64086]'],
    ['7', 'EncounterNumber', 'Numeric, up to 12', 'Y', '[90299]'],
    ['9', 'CPT', '5 characters (Category I)', 'Y', '{64712}'],
    ['10', 'AnesthesiaCPT', '5 digits; only for #477', 'Cond.', '{01630}'],
    ['11', 'Mod1', '2 characters', 'N', 'RT'],
    ['13', 'PerformanceCode', 'Registry or QDC code', 'Y', 'HIPR3a / G8427'],
  ],
});

// ── 11. Practice's submission CSV, text layer ──
const submission = lines({
  id: 's158-subcsv',
  kind: 's158-registry-submission-csv-text',
  before: 'BPN_HIPR_2025_full_v2.csv',
  text: [
    'TIN,NPI,PatientID,DOB,Sex,PatientZip,EncounterNumber,EncounterDate,CPT,Mod1,MeasureID,PerformanceCode',
    '431877205,1487630291,BPN-[40093],1961-07-22,F,[64086],[90299],2025-03-14,{64712},RT,HIPR3,HIPR3a',
    '431877205,1639204477,BPN-[41840],1957-11-03,M,[64445],[90412],2025-04-02,{64714},,HIPR14,HIPR14a',
    '431877205,1750388216,BPN-[42677],1970-02-16,F,[66062],[90588],2025-04-09,{64632},,HIPR5,HIPR5c',
    '431877205,1487630291,BPN-[43089],1949-05-30,M,[64055],[90603],2025-04-11,{64612},LT,HIPR11,HIPR11a',
    '431877205,1639204477,BPN-[44405],1966-09-12,F,[66212],[90712],2025-05-06,{99204},,130,G8427',
    '431877205,1487630291,BPN-[45342],1978-01-25,M,[64151],[90803],2025-05-13,{64445},,HIPR14,HIPR14b',
  ].join('\n'),
});

// ── 12. EHR charge extract feeding the registry, table ──
const charges = table({
  id: 's158-charges',
  kind: 's158-ehr-charge-extract-for-registry-table',
  caption: 'Charge extract for registry feed — DOS 03/01/2025–05/31/2025 — Bluestem Pain & Nerve Center',
  headers: ['Enc #', 'DOS', 'Rendering', 'CPT', 'Mod', 'Units', 'Charge', 'Payer'],
  rows: [
    ['[90299]', '03/14/2025', 'Halvorsen', '{64712}', 'RT', '1', '2,480.00', 'Medicare B'],
    ['[90412]', '04/02/2025', 'Reyes', '{64714}', '', '1', '2,215.00', 'Medicare B'],
    ['[90588]', '04/09/2025', 'Lindqvist', '{64632}', 'T5', '1', '412.00', 'Medicare B'],
    ['[90603]', '04/11/2025', 'Halvorsen', '{64612}', 'LT', '1', '388.00', 'Medicare B'],
    ['[90603]', '04/11/2025', 'Halvorsen', 'J0585', 'JZ', '50', '461.50', 'Medicare B'],
    ['[90803]', '05/13/2025', 'Halvorsen', '{64445}', 'RT', '1', '356.00', 'Medicare B'],
    ['[90815]', '05/14/2025', 'Reyes', '{95909}', '', '1', '298.00', 'Medicare B'],
  ],
});

// ── 13. FHIR Procedure feed from the EHR to the registry, JSON text ──
const fhir = lines({
  id: 's158-fhir',
  kind: 's158-registry-fhir-procedure-feed-json-text',
  before: 'GET /fhir/r4/Procedure?patient=BPN-40093&date=2025-03-14',
  text: [
    '{ "resourceType": "Procedure", "id": "proc-[90299]-1", "status": "completed",',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}",',
    '    "display": "Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve" } ] },',
    '  "subject": { "reference": "Patient/BPN-[40093]" }, "encounter": { "reference": "Encounter/[90299]" },',
    '  "bodySite": [ { "text": "right sciatic nerve" } ], "performedDateTime": "2025-03-14T09:30:00-05:00",',
    '  "extension": [ { "url": "https://hipr.example/fhir/StructureDefinition/add-on", "valueCode": "{64727}" } ] }',
  ].join('\n'),
});

// ── 14. QRDA Category I view, XML text ──
const qrda = lines({
  id: 's158-qrda',
  kind: 's158-qrda-category-i-xml-text',
  before: 'QRDA I — patient BPN-40093 — generated for HIPR by EHR export',
  text: [
    '<patientRole><id root="2.16.840.1.113883.3.249.5.2" extension="BPN-[40093]"/>',
    '  <addr use="HP"><city>Lee\'s Summit</city><state>MO</state><postalCode>[64086]</postalCode></addr>',
    '<procedure classCode="PROC" moodCode="EVN"><templateId root="2.16.840.1.113883.10.20.24.3.64" extension="2021-08-01"/>',
    '  <code code="{64712}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT" displayName="Neuroplasty sciatic"/>',
    '  <effectiveTime><low value="20250314093000-0500"/></effectiveTime></procedure>',
    '<encounter classCode="ENC" moodCode="EVN"><id root="1.3.6.1.4.1.115" extension="[90299]"/>',
    '  <code code="{99214}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT"/></encounter>',
    '<procedure classCode="PROC" moodCode="EVN"><code code="{64445}" codeSystem="2.16.840.1.113883.6.12"/></procedure>',
  ].join('\n'),
});

// ── 15. Registry upload error report, table ──
const errors = table({
  id: 's158-errors',
  kind: 's158-registry-upload-error-report-table',
  caption: 'Upload error report — batch 52232 — BPN_HIPR_2025_full_v2.csv — 43 rejected rows, 17 warnings',
  headers: ['Row', 'Field', 'Submitted value', 'Code', 'Message'],
  rows: [
    ['212', 'CPT', '{64714}', 'E-214', 'CPT not in HIPR5 denominator (expected {64632} or {64455})'],
    ['388', 'PatientZip', '[64445]', 'W-031', 'ZIP outside registry service area; row accepted with warning'],
    ['391', 'EncounterNumber', '[90299]', 'E-117', 'Duplicate encounter number for HIPR3 (first seen on row 2)'],
    ['702', 'CPT', '{64612}', 'E-219', 'Mod1 required for HIPR11 (RT, LT or 50)'],
    ['815', 'CPT', '{64640}', 'E-230', 'Same patient, date and code submitted twice for HIPR14'],
    ['933', 'PerformanceCode', 'HIPR3b', 'E-241', 'Exception HIPR3b requires Mod1 78 on {64712} or {64714}'],
    ['1044', 'PatientID', 'BPN-[47080]', 'E-120', 'PatientID not found in registry roster for TIN'],
    ['1310', 'CPT', '{64722}', 'E-214', 'Code retired from HIPR3 in 2025; see release notes'],
  ],
});

// ── 16. Registry processing log, text ──
const uploadLog = lines({
  id: 's158-uplog',
  kind: 's158-registry-processing-log-text',
  before: 'hipr-ingest.log — tenant bluestem-pain',
  text: [
    '2026-02-18 09:14:02 INFO  batch=[52232] received BPN_HIPR_2025_full_v2.csv rows=2914 size=411KB user=m.okafor',
    '2026-02-18 09:14:11 WARN  batch=[52232] row=388 PatientZip=[64445] outside service area',
    '2026-02-18 09:14:19 ERROR batch=[52232] row=212 CPT={64714} measure=HIPR5 not in denominator',
    '2026-02-18 09:14:23 ERROR batch=[52232] row=702 CPT={64612} measure=HIPR11 missing Mod1',
    '2026-02-18 09:15:40 INFO  batch=[52232] accepted=2871 rejected=43 warnings=17',
  ].join('\n'),
});

// ── 17. Registry portal upload history, table ──
const history = table({
  id: 's158-uphist',
  kind: 's158-registry-portal-upload-history-table',
  caption: 'My Uploads — Performance Year 2025',
  headers: ['Batch', 'Uploaded', 'File', 'Rows', 'Accepted', 'Rejected', 'Status'],
  rows: [
    ['[49602]', '07/15/2025', 'BPN_HIPR_2025_Q1Q2.csv', '1388', '1301', '87', 'Superseded'],
    ['[51762]', '02/03/2026', 'BPN_HIPR_2025_full.csv', '2907', '2790', '117', 'Superseded'],
    ['[52232]', '02/18/2026', 'BPN_HIPR_2025_full_v2.csv', '2914', '2871', '43', 'Final'],
    ['[64632]', '02/19/2026', 'BPN_IA_evidence.zip', '—', '—', '—', 'Attachment'],
  ],
});

// ── 18. Measure performance dashboard, tiles text ──
const tiles = lines({
  id: 's158-tiles',
  kind: 's158-dashboard-measure-tiles-text',
  before: 'Bluestem Pain & Nerve Center — Measure Performance — PY 2025 — data through 12/31/2025',
  text: [
    'HIPR 3 · Pain interference after neuroplasty   78.4%   58 / 74   Decile 7',
    'Top procedures: {64712} (41) · {64714} (19) · {64708} (9) · {64713} (5)',
    'HIPR 5 · Function after plantar digital neurolysis   64.0%   32 / 50   Codes: {64632} ×44, {64455} ×6',
    'HIPR 11 · Toxin dose documentation   96.3%   77 / 80   Codes: {64612} ×52, {64615} ×21, {64616} ×7',
    'HIPR 14 · Opioid avoidance after nerve procedure   91.3%   282 / 309',
    'Last upload: batch [52232] (02/18/2026) · Registry account [88376] · Submitted to CMS 03/12/2026',
  ].join('\n'),
});

// ── 19. Dashboard CPT breakdown, table ──
const breakdown = table({
  id: 's158-breakdown',
  kind: 's158-dashboard-cpt-breakdown-table',
  caption: 'HIPR 14 — Eligible encounters by procedure code',
  headers: ['CPT', 'Description', 'Eligible', 'Excluded', 'Met', 'Not met', 'Rate'],
  rows: [
    ['{64445}', 'Sciatic nerve block', '46', '1', '41', '4', '91.1%'],
    ['{64447}', 'Femoral nerve block', '38', '0', '36', '2', '94.7%'],
    ['{64450}', 'Other peripheral nerve block', '52', '2', '47', '3', '94.0%'],
    ['{64454}', 'Genicular nerve block', '27', '0', '25', '2', '92.6%'],
    ['{64455}', 'Plantar digital nerve block', '6', '0', '6', '0', '100%'],
    ['{64624}', 'Genicular RFA', '14', '1', '12', '1', '92.3%'],
    ['{64632}', 'Plantar digital neurolysis', '44', '2', '39', '3', '92.9%'],
    ['{64640}', 'Other peripheral nerve destruction', '31', '1', '27', '3', '90.0%'],
    ['{64712}', 'Neuroplasty, sciatic', '41', '1', '33', '7', '82.5%'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '19', '1', '16', '2', '88.9%'],
  ],
});

// ── 20. Dashboard clinician table ──
const clinicians = table({
  id: 's158-clin',
  kind: 's158-dashboard-clinician-comparison-table',
  caption: 'Clinician comparison — HIPR measures — PY 2025',
  headers: ['Clinician', 'NPI', 'HIPR 3', 'HIPR 5', 'HIPR 11', 'HIPR 14', 'Highest-volume code'],
  rows: [
    ['Miriam Halvorsen, MD', '1487630291', '81.0%', '—', '96.3%', '90.4%', '{64712} (29)'],
    ['Tomas Reyes, DO', '1639204477', '72.7%', '—', '—', '93.5%', '{64714} (14)'],
    ['Karin Lindqvist, DPM', '1750388216', '—', '64.0%', '—', '92.9%', '{64632} (44)'],
    ['Anjali Forde, NP', '1962075530', '—', '—', '—', '88.0%', '{64450} (25)'],
  ],
});

// ── 21. Monthly scorecard email to clinicians ──
const scorecard = lines({
  id: 's158-scorecard',
  kind: 's158-clinician-scorecard-email-text',
  before: 'From: Maya Okafor <mokafor@bluestempain.example> Subject: MIPS scorecard — November 2025',
  text: [
    'Team — HIPR 3 is at 77% year to date. The gap is almost all follow-up PROMIS not captured after {64712}.',
    'Dr. Reyes: 4 of your {64714} cases from September have no 90-day score yet (encounters [91206], [91233], [91352], [91377]).',
    'Dr. Lindqvist: HIPR 5 needs the foot function index at the visit after {64632}; the scheduler now books it.',
    'Reminder: a {64612} without RT/LT on the charge is rejected by the registry (batch [50951] lost 9 rows that way).',
    'Front desk: PROMIS tablets are at both sites (Wornall, MO [64111] and Overland Park, KS [66211]).',
  ].join('\n'),
});

// ── 22. Patient-level drill-down list, table ──
const drill = table({
  id: 's158-drill',
  kind: 's158-dashboard-patient-drilldown-table',
  caption: 'HIPR 3 — Patients in denominator — filter: Not met',
  headers: ['Patient', 'DOB', 'DOS', 'CPT', 'Mod', 'Encounter', 'Status', 'Reason'],
  rows: [
    ['BPN-[41840]', '11/03/1957', '04/02/2025', '{64714}', '', '[90412]', 'Not met', 'No 90-day PROMIS'],
    ['BPN-[46265]', '06/18/1952', '06/20/2025', '{64712}', 'LT', '[64712]', 'Not met', 'T-score −2'],
    ['BPN-[47588]', '12/09/1968', '07/08/2025', '{64712}', 'RT', '[91007]', 'Not met', 'No 90-day PROMIS'],
    ['BPN-[48499]', '03/27/1975', '08/19/2025', '{64708}', '', '[91152]', 'Not met', 'Baseline missing'],
    ['BPN-[49089]', '10/01/1960', '09/04/2025', '{64714}', '', '[91206]', 'Not met', 'No 90-day PROMIS'],
    ['BPN-[64445]', '02/14/1981', '09/22/2025', '{64713}', '', '[91290]', 'Not met', 'T-score −1'],
  ],
});

// ── 23. One patient's drill-down panel, text ──
const panel = lines({
  id: 's158-panel',
  kind: 's158-patient-drilldown-detail-panel-text',
  before: 'Patient BPN-46265 · F · 73 y · Medicare Part B · Attributed: Miriam Halvorsen, MD',
  text: [
    'Address on file: 1207 NE Barry Rd, Kansas City, MO [64155]',
    'Index procedure: 06/20/2025  {64712}-LT  Neuroplasty, sciatic nerve, open  Encounter [64712]',
    'Also on date: {64727} (microdissection, add-on) · anesthesia {01250} by CRNA',
    'Baseline PROMIS PI 8a T-score 66.2 (06/02/2025, encounter [63999])',
    'Follow-up 09/15/2025 T-score 64.2 (Δ −2.0) → HIPR3c Performance Not Met',
    'Prior: 11/2024 sciatic nerve block {64445} ×1, lumbar transforaminal epidural {64483} ×2',
  ].join('\n'),
});

// ── 24. Gap worklist CSV export ──
const gaps = lines({
  id: 's158-gaps',
  kind: 's158-gap-closure-worklist-csv-text',
  before: 'Export: HIPR_open_gaps_2025-11-30.csv',
  text: [
    'PatientID,Measure,IndexDOS,IndexCPT,Clinician,WindowCloses,Action,Phone',
    'BPN-[47588],HIPR3,2025-07-08,{64712},Halvorsen,2025-11-05,Call for PROMIS (window closed),816-555-0170',
    'BPN-[49089],HIPR3,2025-09-04,{64714},Reyes,2025-12-03,Schedule 90-day visit,913-555-0114',
    'BPN-[50026],HIPR5,2025-09-10,{64632},Lindqvist,2025-12-09,FFI at post-op visit,816-555-0133',
    'BPN-[64445],HIPR3,2025-09-22,{64713},Halvorsen,2025-12-21,Schedule 90-day visit,660-555-0102',
  ].join('\n'),
});

// ── 25. Improvement activities attestation form, text ──
const iaForm = lines({
  id: 's158-iaform',
  kind: 's158-improvement-activities-attestation-form-text',
  before: 'HIPR Portal › Improvement Activities › Attest (TIN ending 7205)',
  text: [
    '☑ IA_PSPA_6 Consultation of the Prescription Drug Monitoring Program (High)',
    '   Evidence: PDMP query logged before each procedure in {64445}, {64632}, {64712}, {64714} (sample of 20 charts)',
    '☑ IA_BE_6 Regularly assess patient experience of care through surveys (Medium) — vendor survey id [56449]',
    '☑ IA_PM_16 Implementation of medication management practice improvements (Medium)',
    '   Continuous 90 days: 03/01/2025 – 05/29/2025   Clinicians covered: 4 of 4',
    '☐ IA_AHE_1 Enhance engagement of Medicaid and other underserved populations (not selected)',
    'Attestation reference will be issued on submit. Registry account [88376].',
  ].join('\n'),
});

// ── 26. Improvement activity evidence table ──
const iaEvidence = table({
  id: 's158-iaevid',
  kind: 's158-improvement-activity-evidence-table',
  caption: 'Improvement activity evidence retained for 6 years (audit file)',
  headers: ['Activity', 'Evidence document', 'Doc no.', 'Period', 'Example encounter'],
  rows: [
    ['IA_PSPA_6', 'PDMP query log export, MO/KS', '[57314]', '03/01–05/29/2025', '[90299] ({64712}-RT)'],
    ['IA_PSPA_6', 'Policy: PDMP before neurolysis', '[57861]', '03/01/2025', '[90588] ({64632})'],
    ['IA_BE_6', 'Survey vendor quarterly report', '[56449]', 'Q2 2025', '—'],
    ['IA_PM_16', 'Medication reconciliation audit', '[58267]', '03/01–05/29/2025', '[90603] ({64612}-LT)'],
  ],
});

// ── 27. IA attestation confirmation screen ──
const iaConfirm = lines({
  id: 's158-iaconf',
  kind: 's158-ia-attestation-confirmation-screen-text',
  before: 'Attestation submitted',
  text: [
    'Thank you. Your improvement activities attestation for PY 2025 was received on 03/04/2026 at 4:12 PM CT.',
    'Confirmation number: IA-[64612]    Registry account: [88376]    TIN: ***-**7205',
    'Activities: IA_PSPA_6 (High), IA_BE_6 (Medium), IA_PM_16 (Medium) — 40 of 40 points (small practice weighting)',
    'Forwarded to CMS with QCDR submission [52232] on 03/12/2026.',
  ].join('\n'),
});

// ── 28. Final feedback report summary, text ──
const feedback = lines({
  id: 's158-feedback',
  kind: 's158-qpp-final-feedback-summary-text',
  before: 'QPP · Performance Feedback · 2025 Final Feedback · Bluestem Pain & Nerve Center, LLC',
  text: [
    'Final score: 82.36 / 100    Payment adjustment for 2027: +1.92%    Reporting as: Group (TIN 43-1877205)',
    'Quality 27.9 / 30 (weight 30%) · Cost 12.6 / 30 · Improvement Activities 40 / 40 · Promoting Interoperability 88 / 100',
    'Quality submitted by QCDR: Heartland Interventional Pain Registry (submission [52232]); 5 measures submitted',
    'Practice address on file: 4120 Wornall Terrace, Suite 300, Kansas City, MO [64111]',
    'Targeted review window closes 10/09/2026. Feedback id [73124].',
  ].join('\n'),
});

// ── 29. Final feedback quality measures table ──
const fbQuality = table({
  id: 's158-fbqual',
  kind: 's158-qpp-feedback-quality-measures-table',
  caption: 'Quality — measures submitted — collection type QCDR measures and MIPS CQMs',
  headers: ['Measure', 'Submitted by', 'Submission', 'Performance rate', 'Points', 'Note'],
  rows: [
    ['HIPR3', 'QCDR', '[52232]', '77.33%', '6.9', ''],
    ['HIPR14', 'QCDR', '[52232]', '91.26%', '8.4', ''],
    ['HIPR11', 'QCDR', '[52232]', '—', '0', 'Not scored: submission [52232] row set missing (see targeted review)'],
    ['130', 'MIPS CQM', '[52232]', '97.91%', '9.2', ''],
    ['477', 'MIPS CQM', '[52197]', '84.00%', '6.8', 'Anesthesia encounters {01400}, {01630} only'],
  ],
});

// ── 30. Patient-level cost measure CSV (feedback download) ──
const costCsv = lines({
  id: 's158-cost',
  kind: 's158-feedback-patient-level-cost-csv-text',
  before: 'PY2025_TIN431877205_Episode_Based_Cost_Patient_Level.csv',
  text: [
    'MEASURE,EPISODE_ID,TRIGGER_DATE,TRIGGER_CODE,ATTRIBUTED_NPI,OBSERVED_COST,EXPECTED_COST,RISK_SCORE',
    'Low Back Pain,[34373],2025-02-11,{99204},1639204477,[11064].42,9874.10,1.84',
    'Low Back Pain,[35433],2025-03-07,{99214},1639204477,6120.55,8003.91,1.12',
    'Low Back Pain,[36196],2025-05-20,{99203},1962075530,[12927].08,[10592].77,2.05',
    'TPCC,[37496],2025-01-09,{99205},1487630291,[21583].60,[19861].13,2.63',
    '# Services in episode [36196] include {64483}, {62323} and {64640}; grouped at 90 days',
  ].join('\n'),
});

// ── 31. Remittance carrying the MIPS adjustment, X12 835 text ──
const remit = lines({
  id: 's158-remit',
  kind: 's158-remit-835-mips-adjustment-text',
  before: '835 — Medicare Part B — check EFT 2027-02-05',
  text: [
    'N1*PE*BLUESTEM PAIN AND NERVE CENTER*XX*1487630291~N4*KANSAS CITY*MO*[64111]~',
    'CLP*BPN[64712]*1*2480*641.87**MB*2227012345678~DTM*232*20270112~',
    'SVC*HC:{64712}:RT*2480*641.87**1~CAS*CO*45*1850.16~CAS*CO*144*-12.03~',
    'SVC*HC:{64727}*375*0**0~CAS*CO*97*375~LQ*HE*M144~',
    'CLP*BPN[64445]*1*356*108.44**MB*2227012345690~SVC*HC:{64445}:RT*356*108.44**1~CAS*CO*45*249.60~CAS*CO*144*-2.04~',
  ].join('\n'),
});

// ── 32. Targeted review request form, text ──
const trForm = lines({
  id: 's158-trform',
  kind: 's158-qpp-targeted-review-request-form-text',
  before: 'QPP · Targeted Review · New request · Performance year 2025',
  text: [
    'Request ID: TR25-[64632]   Submitted: 08/21/2026 by Maya Okafor (Security Official)',
    'Issue category: Quality — measure data submitted by a third-party intermediary not used in scoring',
    'Detail: HIPR 11 (80 chemodenervation encounters, {64612} ×52, {64615} ×21, {64616} ×7) shows "not scored"',
    'although the registry confirms the rows were in submission [52232]. HIPR 3 rate should also count',
    'bilateral {64712} as one instance; the feedback counts two for patient BPN-[47588].',
    'Supporting documents: registry receipt (PDF), upload log, batch [52232] summary, TR attachment [64948]',
  ].join('\n'),
});

// ── 33. Service-center email thread, text ──
const trEmail = lines({
  id: 's158-tremail',
  kind: 's158-qpp-service-center-email-thread-text',
  before: 'Subject: RE: QPP Targeted Review TR25-64632 — Bluestem Pain & Nerve Center',
  text: [
    'From: QPP Service Center  Sent: 09/02/2026  Case: QPP-[71552]',
    'We need the registry to confirm that HIPR11 rows for CPT {64612} carry Mod1 (RT/LT/50).',
    'Please also send one de-identified example of a bilateral {64712} counted twice.',
    '> From: Maya Okafor  Sent: 08/28/2026',
    '> Attached: registry letter; rows 702–781 were corrected and resent in batch [52232]. The lost rows were',
    '> only in batch [51762]. Example: encounter [64712] (RT and LT lines of {64712} on 06/20/2025).',
  ].join('\n'),
});

// ── 34. Targeted review decision letter, text ──
const trDecision = lines({
  id: 's158-trdecision',
  kind: 's158-qpp-targeted-review-decision-letter-text',
  before: 'CENTERS FOR MEDICARE & MEDICAID SERVICES — Targeted Review Determination',
  text: [
    'Request TR25-[64632] · Case QPP-[71552] · TIN 43-1877205 · Date 10/30/2026',
    'Finding: APPROVED IN PART. HIPR 11 data from submission [52232] will be scored (77 / 80, 96.25%).',
    'HIPR 3: the measure specification counts bilateral {64712} (RT and LT) as one eligible instance; the',
    'recalculated rate is 58 / 74 (78.38%). Claims for {64612} submitted without modifiers remain excluded.',
    'Revised final score: 86.10. Revised 2027 payment adjustment: +2.07%. Mail: QPP, PO Box [21152], Baltimore, MD [21244].',
  ].join('\n'),
});

// ── 35. Registry data validation audit letter, text ──
const audit = lines({
  id: 's158-audit',
  kind: 's158-qcdr-data-validation-audit-request-text',
  before: 'Heartland Interventional Pain Registry — Data Validation (42 CFR 414.1400) — Sample notice',
  text: [
    'Your TIN was selected for the PY 2025 QCDR data validation sample. Please upload the records below by 04/15/2026.',
    'Sample [64612]-A: BPN-[41840], DOS 04/02/2025, {64714}, HIPR14 — op note, PDMP log, discharge prescriptions',
    'Sample [64612]-B: BPN-[42677], DOS 04/09/2025, {64632}, HIPR5 — procedure note, foot function index',
    'Sample [64612]-C: BPN-[43089], DOS 04/11/2025, {64612}-LT, HIPR11 — toxin log with units per muscle',
    'Sample [64612]-D: BPN-[45342], DOS 05/13/2025, {64445}, HIPR14 — exception reason documented',
    'Secure upload reference [60486]. Questions: validation@hipr.example',
  ].join('\n'),
});

// ── 36. Registry support chat, text ──
const chat = lines({
  id: 's158-chat',
  kind: 's158-registry-support-chat-text',
  before: 'HIPR Support chat · ticket 64445 · 02/18/2026',
  text: [
    'Maya (Bluestem): hi, batch [52232] rejected row 212, it is a {64714} we sent under HIPR5 by mistake',
    'Derek (HIPR Support): right, HIPR5 only takes {64632} or {64455}. Move that row to HIPR14 and resend',
    'Maya (Bluestem): and row 388? the ZIP [64445] is right, the patient lives up in Andrew County',
    'Derek (HIPR Support): that one is a warning only, it was accepted. Ticket [64445] stays open until resend',
    'Derek (HIPR Support): also your {64612} lines need RT or LT, {64612}-50 is fine for bilateral',
  ].join('\n'),
});

// ── 37. Registry invoice, text ──
const invoice = lines({
  id: 's158-invoice',
  kind: 's158-registry-participation-invoice-text',
  before: 'Heartland Interventional Pain Registry — INVOICE',
  text: [
    'Invoice no. [64714]-25   Date 01/06/2026   Customer [88376] Bluestem Pain & Nerve Center, LLC',
    'Bill to: 4120 Wornall Terrace, Suite 300, Kansas City, MO [64111]',
    'PY 2025 QCDR reporting, group of 4 eligible clinicians .................... $2,950.00',
    'Add-on: HIPR 3 PROMIS collection module ................................... $600.00',
    'Remit to: HIPR, PO Box [64714], Omaha, NE [68154]   Terms: net 30   PO [69349]',
  ].join('\n'),
});

// ── 38. Consultant's memo, text ──
const memo = lines({
  id: 's158-memo',
  kind: 's158-consultant-mips-memo-text',
  before:
    'MEMORANDUM — To: M. Halvorsen, MD; M. Okafor — From: Prairie Health Advisory — Re: PY 2025 MIPS and PY 2026 plan',
  text: [
    'After the targeted review (TR25-[64632]) your 2025 final score is 86.10 and the 2027 adjustment +2.07%.',
    'HIPR 3 is your weakest outcome measure. 16 of 74 neuroplasty cases ({64712} 8, {64714} 3, {64708} 3, {64713} 2) were not',
    'met, mostly for missing follow-up PROMIS. The fix is scheduling, not coding: book the 90-day visit when {64712} or {64714} is scheduled.',
    'HIPR 14 is near topped out. Consider replacing it with HIPR 11, which also counts {64612} and {64615}.',
    'Coding note: {64727} is reported with the neuroplasty but never qualifies alone; we saw it billed with {64722}.',
    'Cost: three Low Back Pain episodes exceeded expected cost; episode [36196] carried {64483} ×2 and {62323}.',
    'Our engagement no. [74055]; invoice follows under separate cover.',
  ].join('\n'),
});

// ── 39. Consultant's action table ──
const memoTable = table({
  id: 's158-memotbl',
  kind: 's158-consultant-action-plan-table',
  caption: 'Attachment A — PY 2026 action plan',
  headers: ['#', 'Measure', 'Codes affected', 'Action', 'Owner', 'Due'],
  rows: [
    ['1', 'HIPR 3', '{64712}, {64714}, {64708}, {64713}', 'Auto-book 90-day PROMIS visit', 'Front desk', '01/15/2026'],
    ['2', 'HIPR 5', '{64632}, {64455}', 'FFI at first post-op visit', 'Dr. Lindqvist', '01/31/2026'],
    ['3', 'HIPR 11', '{64612}, {64615}, {64616}', 'Charge edit: RT/LT/50 required', 'Billing', '02/01/2026'],
    ['4', 'HIPR 14', '{64445}, {64447}, {64450}', 'Keep; PDMP check stays in IA_PSPA_6', 'Dr. Forde', 'Ongoing'],
    ['5', 'Cost', '{64483}, {62323}', 'Review repeat epidurals in LBP episodes', 'Dr. Reyes', '03/31/2026'],
  ],
});

// ── 40. Registry PY 2026 measure selection screen, text ──
const selection = lines({
  id: 's158-select',
  kind: 's158-registry-measure-selection-screen-text',
  before: 'HIPR Portal › PY 2026 › Select measures (choose at least 6, one outcome)',
  text: [
    '☑ HIPR3  Pain Interference After Neuroplasty — outcome — your 2025 volume: {64712} 41, {64714} 19',
    '☑ HIPR5  Function After Plantar Digital Neurolysis — outcome — {64632} 44, {64455} 6',
    '☑ HIPR11 Toxin Dose Documentation — process — {64612} 52, {64615} 21, {64616} 7',
    '☐ HIPR14 Opioid Avoidance (topped out, capped at 7 points) — {64445} 46, {64450} 52',
    '☑ 130 Documentation of Current Medications — {99202}–{99215}, {97161}–{97163}',
    'Account [88376] · selection saved 01/09/2026 · confirmation [77760]',
  ].join('\n'),
});

export const sealed158: Snippet[] = [
  ...specHipr3,
  ...denomTable,
  ...exclTable,
  ...flow,
  ...releaseNotes,
  ...q130,
  ...q477,
  ...inventory,
  ...valueSet,
  ...dictionary,
  ...submission,
  ...charges,
  ...fhir,
  ...qrda,
  ...errors,
  ...uploadLog,
  ...history,
  ...tiles,
  ...breakdown,
  ...clinicians,
  ...scorecard,
  ...drill,
  ...panel,
  ...gaps,
  ...iaForm,
  ...iaEvidence,
  ...iaConfirm,
  ...feedback,
  ...fbQuality,
  ...costCsv,
  ...remit,
  ...trForm,
  ...trEmail,
  ...trDecision,
  ...audit,
  ...chat,
  ...invoice,
  ...memo,
  ...memoTable,
  ...selection,
];
