import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 46 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s46-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (neighbouring nerve codes, deleted and new codes in release notes, anesthesia crosswalk codes such as 01991, lab
 * codes in an order catalog) are labelled as codes too. About a third of the decoys are numbers of the synthetic
 * 10,000-code set (KNOWN_10K) used as procedure record ids, change-request and incident numbers, map row ids, CDM
 * numbers, legacy procedure codes, job ids and a ZIP. The five known codes' digits come back as decoys: a phone
 * extension, a PO box, a change ticket, a contact extension and a legacy procedure code for a foot X-ray. Other hard
 * decoys of the family: LOINC codes with a check digit (28570-0), ICD-10-PCS codes that open with five digits
 * (01593ZZ), NDC labeler codes (00023-1145-01), RxNorm ingredient CUIs, GEM flags (10000) and an Epic-style OID
 * segment; hard codes: bare codes in reviewer prose, codes inside JSON strings and URL query strings, range ends
 * ({64702}–{64727}) and codes under headers such as "Source code", "Code" or "Used with".
 *
 * Family: clinical terminology and mapping tools: the CPT code browser (detail panel, annual change bulletin and
 * build-impact worklist), FHIR terminology-server responses shown in a browser (CodeSystem $lookup, ConceptMap
 * $translate, ValueSet $expand) and the DevTools network list against it, value-set authoring (member grid and
 * definition), crosswalks (CPT→SNOMED CT, CPT↔ICD-10-PCS, chargemaster↔CPT, surgical→anesthesia CPT, HCPCS↔NDC,
 * LOINC document types, RxNorm bindings of an order panel, legacy procedure dictionary conversion), EHR order-catalog
 * and procedure-dictionary maintenance (procedure master record, dictionary search, change request, lab order
 * catalog, clinician search-term synonyms), mapping QA (worklist, reviewer notes, dashboard, loader job log,
 * governance minutes) and the SNOMED CT and ICD-10-CM browsers. Built on real public layouts: the CPT long/medium/
 * short descriptor files and the CPT 2020 nervous-system changes (64400–64450 revised to "Injection(s), anesthetic
 * agent(s) and/or steroid", 64454 and 64624 new, 64402/64410/64413 deleted), FHIR R4 Parameters/ValueSet/ConceptMap
 * resources, the VSAC value-set authoring grid, ICD-10-PCS seven-character codes (root operations Release 01N and
 * Destruction 015), SNOMED CT browser concept panels, LOINC codes with check digits, the CMS General Equivalence
 * Mappings (five-digit flags), the ASA anesthesia crosswalk with base units, the 5-4-2 NDC in 11-digit form, and an
 * Epic-style procedure master (EAP) record. The others are written the way those pages read, with no single source.
 *
 * 347 labelled tokens over 29 shapes: 148 codes, 199 decoys, 66 of the decoys in KNOWN_10K.
 */

// ── 1. CPT code browser, code detail panel ──
const cptDetail = table({
  id: 's46-cptdetail',
  kind: 's46-cpt-browser-code-detail-panel',
  caption: 'CPT® Code Browser — Code detail — CPT 2025 Professional data file (licensed) — Terminology Services',
  headers: ['Field', 'Value'],
  rows: [
    ['Code', '{64712}'],
    ['Status', 'Active (no change for 2025)'],
    ['Long descriptor', 'Neuroplasty (exploration, neurolysis or nerve decompression); sciatic nerve'],
    ['Medium descriptor', 'NEUROPLASTY SCIATIC NERVE'],
    ['Short descriptor', 'REVISION OF SCIATIC NERVE'],
    [
      'Section',
      'Surgery › Nervous System › Neuroplasty (Exploration, Neurolysis or Nerve Decompression) › {64702}–{64727}',
    ],
    ['Concept ID', '1006245'],
    ['Add-on guidance', 'Report {64727} in addition when internal neurolysis needs the operating microscope'],
    ['Local build links', 'EAP [41862] · CDM [36418] · 3 order sets · 2 preference lists'],
    ['Data file', 'LONGULT.txt row [10987] of [11204] · loaded 09/12/2025 by termsvc'],
    ['Licensee', 'Riverbend Health System, 7900 Prospect Ave, Kansas City, MO [64132]'],
  ],
});

// ── 2. Annual code-change bulletin, PDF text layer ──
const bulletin = lines({
  id: 's46-bulletin',
  kind: 's46-cpt-annual-change-bulletin-text',
  before: 'Terminology Services — Annual CPT update bulletin',
  text: [
    'CPT 2020 Code Changes — Nervous System (excerpt) — bulletin TS-[24019], page 3 of 11',
    'Effective 01/01/2020. Deleted codes are invalid for dates of service on or after that date; no grace period.',
    'New: {64454} genicular nerve branches, including imaging guidance; {64624} destruction of genicular nerve branches.',
    'Revised: {64400} through {64450} now read "Injection(s), anesthetic agent(s) and/or steroid"; e.g. {64445} sciatic nerve.',
    'Deleted: {64402} (facial nerve), {64410} (phrenic nerve), {64413} (cervical plexus). Parentheticals updated.',
    'Build impact: 14 procedure records, 3 order sets, 2 preference lists; change request CR-[40117] opened 11/18/2019.',
    'Questions: Terminology Services, ext. [64445], or terminology@riverbend.org',
    'Mail: Terminology Services, PO Box [64712], Kansas City, MO [64171]-4712',
  ].join('\n'),
});

// ── 3. Annual update impact worklist in the EHR build tracker, table ──
const impact = table({
  id: 's46-impact',
  kind: 's46-code-change-build-impact-worklist',
  caption: 'CPT 2020 annual update — impact worklist — Orders & Procedures build team',
  headers: ['Change', 'CPT', 'Proc ID (EAP)', 'Procedure name', 'Records affected', 'Ticket', 'Status'],
  rows: [
    ['Revised', '{64445}', '[41857]', 'SCIATIC NERVE BLOCK SINGLE', '6', 'CR-[40106]', 'Done'],
    ['Deleted', '{64402}', '[41702]', 'FACIAL NERVE BLOCK', '3', 'CR-[40119]', 'Inactivated; redirect to {64999}'],
    ['Deleted', '{64413}', '[41709]', 'CERVICAL PLEXUS BLOCK', '2', 'CR-[40119]', 'Inactivated'],
    ['New', '{64454}', '[43016]', 'GENICULAR NERVE BLOCK W IMAGING', '—', 'CR-[40125]', 'Built, in test'],
    ['New', '{64624}', '[43017]', 'GENICULAR NERVE RFA', '—', 'CR-[40125]', 'Built, in test'],
    ['Unchanged', '{64612}', '[41959]', 'CHEMODENERVATION FACIAL NERVE MUSCLES UNILAT', '0', '—', 'No action'],
  ],
});

// ── 4. Terminology server CodeSystem $lookup, raw response in the browser ──
const lookup = lines({
  id: 's46-lookup',
  kind: 's46-fhir-codesystem-lookup-response',
  before: 'Terminology server — response viewer — CodeSystem $lookup (application/fhir+json)',
  text: [
    'GET /fhir/r4/CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code={64712}&property=parent',
    'HTTP/1.1 200 OK · X-Request-Id: tx-[38215] · 41 ms',
    '{',
    '  "resourceType": "Parameters",',
    '  "parameter": [',
    '    { "name": "name", "valueString": "CPT" },',
    '    { "name": "version", "valueString": "2025" },',
    '    { "name": "display", "valueString": "Neuroplasty (exploration, neurolysis or nerve decompression); sciatic nerve" },',
    '    { "name": "property", "part": [ { "name": "code", "valueCode": "parent" }, { "name": "value", "valueCode": "{64702}-{64727}" } ] }',
    '  ]',
    '}',
    'GET /fhir/r4/CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code={64714}',
    'HTTP/1.1 200 OK · X-Request-Id: tx-[38216] · 37 ms',
    '{ "resourceType": "Parameters", "parameter": [ { "name": "display", "valueString": "Neuroplasty (exploration, neurolysis or nerve decompression); lumbar plexus" } ] }',
  ].join('\n'),
});

// ── 5. ConceptMap $translate CPT → SNOMED CT, raw response ──
const translate = lines({
  id: 's46-translate',
  kind: 's46-fhir-conceptmap-translate-response',
  before: 'Terminology server — response viewer — ConceptMap $translate',
  text: [
    'POST /fhir/r4/ConceptMap/$translate  (url=http://riverbend.org/fhir/ConceptMap/cpt-to-snomed, version 2025.09.1)',
    'source: http://www.ama-assn.org/go/cpt | code: {64445}',
    '{ "resourceType": "Parameters", "parameter": [',
    '  { "name": "result", "valueBoolean": true },',
    '  { "name": "match", "part": [',
    '    { "name": "equivalence", "valueCode": "wider" },',
    '    { "name": "concept", "valueCoding": { "system": "http://snomed.info/sct", "code": "231259009", "display": "Sciatic nerve block (procedure)" } } ] } ] }',
    'ConceptMap group 4 of 9 · element [10582] of [12431] · target row [20718]',
    'source: http://www.ama-assn.org/go/cpt | code: {64612} → 2 matches (wider, related-to); element [10977]',
  ].join('\n'),
});

// ── 6. ValueSet $expand, raw response ──
const expand = lines({
  id: 's46-expand',
  kind: 's46-fhir-valueset-expansion-response',
  before: 'Terminology server — response viewer — ValueSet $expand',
  text: [
    'GET /fhir/r4/ValueSet/rb-periph-nerve-decompression/$expand?count=50&offset=0',
    '{ "resourceType": "ValueSet", "id": "rb-periph-nerve-decompression", "status": "draft",',
    '  "url": "urn:oid:1.2.840.114350.1.13.[30127].2.7.3.698084.55",',
    '  "expansion": { "timestamp": "2025-10-14T08:12:44Z", "total": 4, "offset": 0,',
    '    "contains": [',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64708}", "display": "Neuroplasty, major peripheral nerve, arm or leg, open; other than specified" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}", "display": "Neuroplasty; sciatic nerve" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64713}", "display": "Neuroplasty; brachial plexus" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}", "display": "Neuroplasty; lumbar plexus" }',
    '    ] } }',
  ].join('\n'),
});

// ── 7. Value-set authoring screen, member grid ──
const vsAuthor = table({
  id: 's46-vsauthor',
  kind: 's46-value-set-authoring-member-grid',
  caption:
    'Value Set Authoring — Draft: Peripheral Nerve Decompression Procedures — OID 2.16.840.1.113762.1.4.1240.88 — Steward: Riverbend Quality',
  headers: ['Code', 'Descriptor', 'Code system', 'Version', 'Added by', 'Comment'],
  rows: [
    ['{64712}', 'Neuroplasty; sciatic nerve', 'CPT', '2025', 'kdubois', ''],
    ['{64713}', 'Neuroplasty; brachial plexus', 'CPT', '2025', 'kdubois', ''],
    ['{64714}', 'Neuroplasty; lumbar plexus', 'CPT', '2025', 'kdubois', ''],
    [
      '{64708}',
      'Neuroplasty, major peripheral nerve, arm or leg, open; other than specified',
      'CPT',
      '2025',
      'kdubois',
      'Too broad?',
    ],
    ['01NF0ZZ', 'Release Sciatic Nerve, Open Approach', 'ICD10PCS', '2026', 'mrao', ''],
    ['01N90ZZ', 'Release Lumbar Plexus, Open Approach', 'ICD10PCS', '2026', 'mrao', ''],
    [
      '[01590]ZZ',
      'Destruction of Lumbar Plexus, Open Approach',
      'ICD10PCS',
      '2026',
      'mrao',
      'Wrong root operation — remove',
    ],
    ['', 'Expansion id [20913] · 7 members · draft saved 10/14/2025 14:02', '', '', '', ''],
  ],
});

// ── 8. CPT → SNOMED CT crosswalk table ──
const cptSct = table({
  id: 's46-cptsct',
  kind: 's46-cpt-snomed-crosswalk-rows',
  caption: 'Crosswalk — CPT → SNOMED CT (local map set RB-CPT-SCT, 2025-09 release) — filter: 64*',
  headers: ['Row', 'CPT', 'CPT descriptor', 'SNOMED CT id', 'SNOMED CT FSN', 'Map rule', 'Group/Priority'],
  rows: [
    [
      '[20703]',
      '{64712}',
      'Neuroplasty; sciatic nerve',
      '172880007',
      'Neurolysis of sciatic nerve (procedure)',
      'TRUE',
      '1/1',
    ],
    [
      '[20715]',
      '{64712}',
      'Neuroplasty; sciatic nerve',
      '43264002',
      'Decompression of sciatic nerve (procedure)',
      'TRUE',
      '1/1',
    ],
    [
      '[20717]',
      '{64714}',
      'Neuroplasty; lumbar plexus',
      '419893006',
      'Neurolysis of lumbar plexus (procedure)',
      'TRUE',
      '1/1',
    ],
    [
      '[20718]',
      '{64445}',
      'Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve',
      '231259009',
      'Sciatic nerve block (procedure)',
      'TRUE',
      '1/1',
    ],
    [
      '[20719]',
      '{64612}',
      'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
      '428191000124101',
      'Chemodenervation of facial muscle with botulinum toxin (procedure)',
      'TRUE',
      '1/1',
    ],
    [
      '[20720]',
      '{64632}',
      'Destruction by neurolytic agent; plantar common digital nerve',
      '52734007',
      'Chemical neurolysis of plantar digital nerve (procedure)',
      'TRUE',
      '1/1',
    ],
  ],
});

// ── 9. CPT ↔ ICD-10-PCS crosswalk reference (inpatient coding) ──
const cptPcs = table({
  id: 's46-cptpcs',
  kind: 's46-cpt-icd10pcs-crosswalk-rows',
  caption: 'CPT ↔ ICD-10-PCS procedure crosswalk — inpatient coding reference — FY2026 PCS tables',
  headers: ['CPT', 'CPT short', 'ICD-10-PCS', 'PCS description', 'Fit', 'Note'],
  rows: [
    ['{64712}', 'REVISION OF SCIATIC NERVE', '01NF0ZZ', 'Release Sciatic Nerve, Open Approach', 'Exact', ''],
    ['{64714}', 'REVISION OF LUMBAR PLEXUS', '01N90ZZ', 'Release Lumbar Plexus, Open Approach', 'Exact', ''],
    [
      '{64632}',
      'N BLOCK PLANTAR DIGIT',
      '015G3ZZ',
      'Destruction of Tibial Nerve, Percutaneous Approach',
      'Approximate',
      'Plantar digital nerves are tibial branches',
    ],
    [
      '{64640}',
      'INJECTION TREATMENT OF NERVE',
      '[01583]ZZ',
      'Destruction of Thoracic Nerve, Percutaneous Approach',
      'One-to-many',
      'Body part from the op note',
    ],
    [
      '{64445}',
      'N BLOCK INJ SCIATIC SNG',
      '3E0T3CZ',
      'Introduction of Regional Anesthetic into Peripheral Nerves and Plexi, Percutaneous Approach',
      'Exact',
      'Usually not coded inpatient',
    ],
    [
      '{64612}',
      'DESTROY NERVE FACE MUSCLE',
      '3E023GC',
      'Introduction of Other Therapeutic Substance into Muscle, Percutaneous Approach',
      'Approximate',
      '',
    ],
    [
      '{64714}',
      '',
      '[01593]ZZ',
      'Destruction of Lumbar Plexus, Percutaneous Approach',
      'Not a match',
      'Listed by vendor map; rejected in QA',
    ],
  ],
});

// ── 10. Chargemaster ↔ CPT mapping grid ──
const cdmMap = table({
  id: 's46-cdmmap',
  kind: 's46-chargemaster-cpt-mapping-grid',
  caption: 'Chargemaster ↔ CPT/HCPCS mapping — Surgery, Anesthesia, Pain clinic — effective 01/01/2026',
  headers: ['CDM #', 'Charge description', 'Rev', 'CPT/HCPCS', 'Mod', 'Price', 'Dept'],
  rows: [
    ['[36418]', 'NEUROPLASTY SCIATIC NERVE', '0360', '{64712}', '', '$4,812.00', '360'],
    ['[36419]', 'NEUROPLASTY LUMBAR PLEXUS', '0360', '{64714}', '', '$5,230.00', '360'],
    ['[36422]', 'CHEMODENERV FACIAL MUSC UNILAT', '0761', '{64612}', '', '$1,146.00', '761'],
    ['[36426]', 'NEUROLYTIC PLANTAR DIGITAL NERVE', '0761', '{64632}', '', '$612.00', '761'],
    ['[37104]', 'INJ SCIATIC NERVE SINGLE', '0370', '{64445}', '', '$980.00', '370'],
    ['[37105]', 'US GUIDANCE NEEDLE PLACEMENT', '0402', '{76942}', '', '$412.00', '370'],
    ['[25118]', 'ONABOTULINUMTOXINA PER UNIT', '0636', 'J0585', 'JW', '$7.96', '250'],
    ['[25122]', 'ROPIVACAINE 1 MG', '0636', 'J2795', '', '$0.42', '250'],
  ],
});

// ── 11. Mapping QA worklist ──
const qaWork = table({
  id: 's46-qawork',
  kind: 's46-mapping-qa-worklist-grid',
  caption: 'Mapping QA worklist — CPT→SNOMED and CDM→CPT — open items — reviewer T. Nakamura',
  headers: ['Item', 'Source code', 'Source system', 'Proposed target', 'Issue', 'Claims (12 mo)', 'Ticket'],
  rows: [
    ['QA-[51207]', '{64712}', 'CPT', 'SCT 172880007', 'Two rows at priority 1', '212', 'INC-[77605]'],
    [
      'QA-[51208]',
      '[36426]',
      'CDM',
      '{64632}',
      'CDM text says "plantar digital"; CPT says plantar common digital',
      '41',
      'INC-[77605]',
    ],
    ['QA-[51211]', '{64445}', 'CPT', 'SCT 231259009', 'Equivalence "wider" — should it be "equivalent"?', '1,842', '—'],
    [
      'QA-[51214]',
      '[30219]',
      'Legacy proc',
      '{64445}',
      'Legacy code retired 2019; still on 3 preference lists',
      '0',
      'CHG-[64714]',
    ],
    ['QA-[51216]', '{64612}', 'CPT', 'SCT 428191000124101', 'US extension concept only', '377', '—'],
    [
      'QA-[51219]',
      '{64714}',
      'CPT',
      'PCS [01593]ZZ',
      'Destruction for a release — wrong root operation',
      '6',
      'INC-[77631]',
    ],
  ],
});

// ── 12. Mapping QA reviewer notes, free text ──
const qaNotes = lines({
  id: 's46-qanotes',
  kind: 's46-mapping-qa-reviewer-notes-text',
  before: 'Mapping QA — reviewer notes — batch CPT-SCT 2025-09',
  text: [
    'Reviewed 418 of 612 open rows today. Most sciatic block rows are fine; {64445} maps "wider" because the SNOMED concept has no laterality.',
    'The two priority-1 rows for {64712} (rows [20703] and [20715]) need one demoted; I kept Neurolysis of sciatic nerve as 1/1.',
    'Legacy [30219] should never have reached the preference lists — it was the old proc code for the sciatic block before CPT-based records.',
    'CDM [36426] description is fine; {64632} is the plantar common digital nerve, so no change.',
    'Facial chemodenervation ({64612}) stays on the US extension concept until the international edition has one; noted on INC-[77605].',
    'Lumbar plexus: the vendor proposed [01593]ZZ for {64714}; rejected — the op is a release (01N90ZZ), not a destruction.',
    'Next batch opens Monday: {64640} destruction rows first, then the deleted 2020 codes still in history.',
  ].join('\n'),
});

// ── 13. Clinician search-term / synonym table ──
const synonyms = table({
  id: 's46-synonyms',
  kind: 's46-procedure-search-term-synonym-table',
  caption: 'Procedure search terms — clinician order search index — Orders build — active terms',
  headers: ['Term ID', 'Search term', 'Type', 'Maps to (Proc ID)', 'CPT', 'Hits (90 d)'],
  rows: [
    ['[80213]', 'sciatic neurolysis', 'Synonym', '[41862]', '{64712}', '38'],
    ['[80215]', 'piriformis release', 'Lay term', '[41862]', '{64712}', '9'],
    ['[80231]', 'sciatic block', 'Abbrev', '[41857]', '{64445}', '1204'],
    ['[80232]', 'popliteal block', 'Synonym', '[41857]', '{64445}', '866'],
    ['[80240]', 'botox face', 'Lay term', '[41959]', '{64612}', '231'],
    ['[80255]', 'Morton neuroma alcohol injection', 'Synonym', '[41961]', '{64632}', '44'],
    ['[80260]', 'LP decompression', 'Abbrev', '[41876]', '{64714}', '3'],
  ],
});

// ── 14. EHR procedure master record, edit screen ──
const eap = table({
  id: 's46-eap',
  kind: 's46-ehr-procedure-master-record',
  caption: 'Procedure Master (EAP) — NEUROPLASTY SCIATIC NERVE — Edit mode',
  headers: ['Item', 'Field', 'Value'],
  rows: [
    ['.1', 'Procedure ID', '[41862]'],
    ['.2', 'Name', 'NEUROPLASTY SCIATIC NERVE'],
    ['100', 'Code', '{64712}'],
    ['110', 'Add-on code (when microscope used)', '{64727}'],
    ['200', 'Procedure category', 'Surgery — nervous system'],
    ['300', 'Revenue code', '0360'],
    ['330', 'Linked CDM', '[36418]'],
    ['400', 'Default diagnosis', 'G57.02'],
    ['500', 'Synonyms', 'sciatic neurolysis; piriformis release (term IDs [80213], [80215])'],
    ['600', 'Last changed', '10/14/2025 by TNAKAMU under CR-[40117]'],
    ['610', 'Record status', 'Active; migrated to PRD in package [58224]'],
  ],
});

// ── 15. Procedure dictionary search list ──
const procList = table({
  id: 's46-proclist',
  kind: 's46-procedure-dictionary-search-list',
  caption: 'Procedure dictionary — search: "nerve block" — Anesthesia/Pain',
  headers: ['Proc ID', 'Display name', 'CPT', 'Status', 'Order class', 'Last modified', 'Change #'],
  rows: [
    ['[41857]', 'SCIATIC NERVE BLOCK SINGLE', '{64445}', 'Active', 'Procedure', '10/02/2025', 'CR-[40106]'],
    ['[41874]', 'SCIATIC NERVE BLOCK CONT INFUSION', '{64446}', 'Active', 'Procedure', '10/02/2025', 'CR-[40106]'],
    ['[41880]', 'FEMORAL NERVE BLOCK SINGLE', '{64447}', 'Active', 'Procedure', '10/02/2025', 'CR-[40106]'],
    ['[41881]', 'FEMORAL NERVE BLOCK CONT INFUSION', '{64448}', 'Active', 'Procedure', '10/02/2025', 'CR-[40106]'],
    ['[41890]', 'PERIPHERAL NERVE BLOCK OTHER', '{64450}', 'Active', 'Procedure', '09/11/2025', 'CR-[39870]'],
    ['[41702]', 'FACIAL NERVE BLOCK', '{64402}', 'Inactive (deleted code)', 'Procedure', '01/06/2020', 'CR-[40119]'],
  ],
});

// ── 16. Order-build change request, ticket text ──
const changeReq = lines({
  id: 's46-cr',
  kind: 's46-order-build-change-request-text',
  before: 'Change Request — Orders & Procedures build',
  text: [
    'Number: CR-[40125]    State: Implement    Assignment group: EHR Orders Build    Priority: 3',
    'Short description: Add genicular nerve codes to the Pain order panel; retire the {64402} record',
    'Description: per the CPT 2020 update, new {64454} and {64624} need procedure records and pain-clinic charge lines; facial nerve block {64402} was deleted.',
    'Build: created EAP [43016] and [43017]; linked CDM [37140] and [37141]; preference list [10288] updated for 4 providers.',
    'Testing: ordered in TST on patient ZZTEST, MRN [60012]; charge dropped with {64454}-RT.',
    'Related: CR-[40106] (revised block descriptors); INC-[77631] (lumbar plexus PCS map).',
    'Approver: M. Rao (Terminology Services), CAB 12/19/2019; window 12/31/2019 22:00–02:00.',
  ].join('\n'),
});

// ── 17. Lab order catalog with LOINC and CPT ──
const labCatalog = table({
  id: 's46-labcat',
  kind: 's46-lab-order-catalog-loinc-cpt-grid',
  caption: 'Lab order catalog — pre-procedure panel (regional anesthesia / pain) — LOINC and billing CPT',
  headers: ['Order code', 'Test name', 'Result LOINC', 'Billing CPT', 'Specimen', 'Performing lab'],
  rows: [
    ['[10231]', 'Basic metabolic panel', '[24321]-2', '{80048}', 'Serum', 'Core lab'],
    ['[10244]', 'CBC with automated differential', '[57021]-8', '{85025}', 'Whole blood', 'Core lab'],
    ['[10260]', 'Prothrombin time / INR', '5902-2; [34714]-6', '{85610}', 'Citrated plasma', 'Coagulation'],
    ['[10261]', 'aPTT', '[14979]-9', '{85730}', 'Citrated plasma', 'Coagulation'],
    ['[10302]', 'Hemoglobin A1c', '4548-4', '{83036}', 'Whole blood', 'Core lab'],
    ['[10415]', 'hCG, urine, qualitative', '2106-3', '{81025}', 'Urine', 'Point of care'],
  ],
});

// ── 18. Document type → LOINC map for the HIE feed ──
const docTypes = table({
  id: 's46-doctypes',
  kind: 's46-document-type-loinc-map',
  caption: 'Clinical document types → LOINC Document Ontology — HIE outbound map — v12',
  headers: ['Note type ID', 'Note type', 'LOINC', 'LOINC long name', 'Triggering procedures (CPT)'],
  rows: [
    ['[30511]', 'Regional anesthesia procedure note', '[28570]-0', 'Procedure note', '{64445}'],
    ['[30512]', 'Operative report — peripheral nerve', '[11504]-8', 'Surgical operation note', '{64712}, {64714}'],
    ['[30514]', 'Chemodenervation procedure note', '[28570]-0', 'Procedure note', '{64612}'],
    ['[30520]', 'Pain clinic progress note', '[11506]-3', 'Progress note', '—'],
    ['[30522]', 'History and physical', '[34117]-2', 'History and physical note', '—'],
    ['[30530]', 'Neurolysis procedure note', '[28570]-0', 'Procedure note', '{64632}'],
  ],
});

// ── 19. SNOMED CT browser, concept details ──
const sctBrowser = lines({
  id: 's46-sct',
  kind: 's46-snomed-browser-concept-details',
  before: 'SNOMED CT Browser — International Edition + US Extension — concept details',
  text: [
    'Neurolysis of sciatic nerve (procedure)   SCTID: 172880007',
    'Status: Active · Primitive · Module: SNOMED CT core (900000000000207008) · Effective time: 20020131',
    'Parents: Neurolysis of peripheral nerve (procedure) · Procedure on sciatic nerve (procedure)',
    'Maps (local set RB-CPT-SCT): CPT {64712}, row [20703], group 1, priority 1',
    'Note: CPT {64714} pointed here in the vendor set by mistake (lumbar plexus is not sciatic); see QA-[51219].',
    'Hierarchy: Procedure — [57221] active concepts indexed for search',
    'Feedback: terminology@riverbend.org · Riverbend Health, 7900 Prospect Ave, Kansas City MO [64132]',
  ].join('\n'),
});

// ── 20. ICD-10-CM browser page with GEM rows ──
const icdBrowser = lines({
  id: 's46-icd',
  kind: 's46-icd10cm-browser-code-page',
  before: 'ICD-10-CM FY2026 — Code detail — G57.02',
  text: [
    'G57.02 Lesion of sciatic nerve, left lower limb — billable, FY2026 (10/1/2025 – 9/30/2026)',
    'Approximate synonyms: Sciatic nerve entrapment, left; Piriformis syndrome, left',
    'Procedures billed with this diagnosis here (12 mo): {64712} (148), {64445} (1,214), {64999} (6)',
    'GEM I9→I10: 3550 G5700 [10000] · 3550 G5701 [10000] · 3550 G5702 [10000]',
    'Index: Lesion, nerve, sciatic G57.0- ; Syndrome, piriformis G57.0-',
  ].join('\n'),
});

// ── 21. Anesthesia crosswalk loaded into the charge router ──
const asaXwalk = table({
  id: 's46-asa',
  kind: 's46-anesthesia-crosswalk-router-table',
  caption: 'Anesthesia crosswalk (surgical CPT → anesthesia CPT) — charge router rules — 2025',
  headers: ['Surgical CPT', 'Descriptor', 'Anesthesia CPT', 'Base units', 'Alternate', 'Router rule'],
  rows: [
    ['{64712}', 'Neuroplasty; sciatic nerve', '{01250}', '4', '—', 'AR-[11842]'],
    ['{64714}', 'Neuroplasty; lumbar plexus', '{00630}', '8', '—', 'AR-[11843]'],
    ['{64445}', 'Inj, sciatic nerve, single', '{01991}', '3', '{01992} (prone)', 'AR-[11850]'],
    ['{64612}', 'Chemodenervation facial muscles, unilat', '{00300}', '5', '—', 'AR-[11855]'],
  ],
});

// ── 22. HCPCS ↔ NDC crosswalk for drug billing ──
const ndcXwalk = table({
  id: 's46-ndc',
  kind: 's46-hcpcs-ndc-crosswalk-grid',
  caption: 'HCPCS ↔ NDC crosswalk — pharmacy charge build — 2025 Q4',
  headers: ['HCPCS', 'Descriptor', 'NDC (11-digit)', 'Labeler', 'Billing units / pkg', 'Used with'],
  rows: [
    ['J0585', 'Injection, onabotulinumtoxinA, 1 unit', '[00023]-1145-01', 'Allergan', '100', '{64612}, {64615}'],
    ['J0585', 'Injection, onabotulinumtoxinA, 1 unit', '[00023]-3921-02', 'Allergan', '200', '{64612}'],
    ['J2795', 'Injection, ropivacaine HCl, 1 mg', '[63323]-0285-31', 'Fresenius Kabi', '150', '{64445}'],
    ['J1030', 'Injection, methylprednisolone acetate, 40 mg', '[00009]-3073-01', 'Pfizer', '1', '{64445}'],
    ['J3301', 'Injection, triamcinolone acetonide, NOS, 10 mg', '[00003]-0293-05', 'BMS', '4', '{64632}'],
    ['J3490', 'Dehydrated alcohol 98%, 1 mL (unclassified)', '[17478]-0501-05', 'Akorn', '5', '{64632}'],
  ],
});

// ── 23. Order panel medication components with RxNorm bindings ──
const rxLinks = table({
  id: 's46-rx',
  kind: 's46-order-panel-rxnorm-binding-grid',
  caption: 'Order panel "Regional block — ultrasound guided" — medication components — RxNorm bindings',
  headers: ['ERX', 'Medication', 'RxCUI (ingredient)', 'RxCUI (SCD)', 'Default dose', 'Linked procedure'],
  rows: [
    ['[14022]', 'ropivacaine 0.5% inj', '[35780]', '1727880', '20 mL', 'SCIATIC NERVE BLOCK SINGLE ({64445})'],
    ['[14023]', 'ropivacaine 0.2% infusion', '[35780]', '1727901', '8 mL/h', 'SCIATIC NERVE BLOCK CONT ({64446})'],
    ['[10566]', 'bupivacaine 0.25% inj', '1815', '1725075', '20 mL', 'FEMORAL NERVE BLOCK SINGLE ({64447})'],
    ['[12833]', 'dexamethasone 10 mg/mL inj (perineural)', '3264', '1812194', '4 mg', 'adjuvant, any block'],
    ['[16790]', 'lidocaine 1% inj (skin wheal)', '6387', '1010671', '3 mL', 'any block'],
  ],
});

// ── 24. Terminology loader job log ──
const loadLog = lines({
  id: 's46-loadlog',
  kind: 's46-terminology-loader-job-log',
  before: 'termsvc loader — job log — map set RB-CPT-SCT 2025-09',
  text: [
    '2025-10-13 22:00:04 INFO  start job [58230] file=cpt_sct_map_202509.txt',
    '2025-10-13 22:00:09 INFO  read [12431] rows; header OK (mapId, cptCode, sctId, mapGroup, mapPriority, mapRule)',
    '2025-10-13 22:00:11 WARN  row [10582]: cptCode {64445} sctId 231259009 equivalence wider (kept)',
    '2025-10-13 22:00:11 WARN  row [11077]: cptCode {64714} sctId 419893006 inactive in 20250901 release (kept, flagged)',
    '2025-10-13 22:00:12 ERROR row [11901]: cptCode {64402} not in CPT 2025 (deleted 2020) — row rejected',
    '2025-10-13 22:00:12 ERROR row [11902]: cptCode 6471 invalid length — row rejected',
    '2025-10-13 22:00:14 INFO  loaded [12389] rows, rejected 42, warnings 117; elapsed 10.2 s',
    '2025-10-13 22:00:14 INFO  job [58230] finished rc=0; published 2025.09.1 to tx-a, tx-b',
  ].join('\n'),
});

// ── 25. Legacy procedure dictionary conversion map ──
const legacy = table({
  id: 's46-legacy',
  kind: 's46-legacy-procedure-conversion-map',
  caption: 'Conversion map — legacy procedure dictionary (MT PROC) → new procedure records — wave 2',
  headers: ['Legacy code', 'Legacy mnemonic', 'Legacy description', 'New Proc ID', 'CPT', 'Converted'],
  rows: [
    ['[30219]', 'SCIATBLK', 'SCIATIC NERVE BLOCK', '[41857]', '{64445}', 'Y'],
    ['[30211]', 'SCIATCONT', 'SCIATIC CATHETER INFUSION', '[41874]', '{64446}', 'Y'],
    ['[31502]', 'NRPLSCIAT', 'NEUROPLASTY SCIATIC', '[41862]', '{64712}', 'Y'],
    ['[31503]', 'NRPLLUMB', 'NEUROPLASTY LUMBAR PLEXUS', '[41876]', '{64714}', 'Y'],
    ['[31720]', 'BTXFACE', 'BOTOX FACIAL MUSCLES', '[41959]', '{64612}', 'Y'],
    ['[31744]', 'ALCMORTON', 'ALCOHOL INJ MORTON NEUROMA', '[41961]', '{64632}', 'N — duplicate of [41962]'],
    ['[64612]', 'XRFOOT3', 'X-RAY FOOT 3 VIEWS', '[52210]', '{73630}', 'Y'],
  ],
});

// ── 26. Terminology governance minutes ──
const minutes = lines({
  id: 's46-minutes',
  kind: 's46-terminology-governance-minutes-text',
  before: 'Terminology & Mapping Governance — minutes — 10/16/2025',
  text: [
    'Attendees: M. Rao (chair), T. Nakamura, K. DuBois, HIM coding lead, revenue integrity; bridge ext. [71204]',
    '1. CPT→SNOMED 2025-09 load: [12389] rows live (job [58230]). Open QA items: 23, six of them priority-1 duplicates like {64712}.',
    '2. Facial chemodenervation: keep {64612} on the US extension concept; revisit with the next International release.',
    '3. Revenue integrity asked whether {64632} and {64640} should share CDM [36426]; decision: no, separate lines.',
    '4. Legacy [30219]/[30211] come off preference lists by 10/31 (owner K. DuBois, CR [40131]).',
    '5. AMA data file for the next update expected in September under license agreement [88417].',
    'Action: vendor to fix the {64714} → [01593]ZZ row before the November load.',
  ].join('\n'),
});

// ── 27. Mapping QA dashboard tiles as a table ──
const dashboard = table({
  id: 's46-dash',
  kind: 's46-mapping-qa-dashboard-metrics',
  caption: 'Mapping QA dashboard — RB-CPT-SCT — as of 10/16/2025 06:00',
  headers: ['Metric', 'Value', 'Trend'],
  rows: [
    ['Source codes in scope (CPT 2025)', '[10987]', '—'],
    ['Mapped, reviewed', '[10214]', '+412'],
    ['Mapped, unreviewed', '612', '−418'],
    ['Unmapped', '161', '−3'],
    ['Rows in map set', '[12389]', '+31'],
    ['Top unmapped by claim volume', '{64632} (41 claims), {64999} (6)', ''],
    ['Top duplicate priority-1', '{64712} (rows [20703]/[20715])', ''],
    ['Open tickets', 'INC-[77605], INC-[77631]', ''],
    ['Claims checked (12 mo)', '[48213]', '+1,902'],
  ],
});

// ── 28. Browser DevTools network list against the terminology server ──
const devtools = table({
  id: 's46-devtools',
  kind: 's46-terminology-api-network-list',
  caption: 'DevTools — Network — filter: tx.riverbend.org',
  headers: ['Name', 'Status', 'Type', 'Initiator', 'Size', 'Time'],
  rows: [
    [
      '$lookup?system=http://www.ama-assn.org/go/cpt&code={64612}',
      '200',
      'fetch',
      'orders-search.js:412',
      '1.1 kB',
      '38 ms',
    ],
    ['$lookup?system=…/cpt&code={64632}', '200', 'fetch', 'orders-search.js:412', '1.0 kB', '41 ms'],
    [
      '$validate-code?url=urn:oid:1.2.840.114350.1.13.[30127].2.7.3.698084.55&code={64445}',
      '200',
      'fetch',
      'vs-check.js:88',
      '0.9 kB',
      '52 ms',
    ],
    ['$translate?code={64714}&target=http://snomed.info/sct', '200', 'fetch', 'map-panel.js:207', '1.4 kB', '112 ms'],
    ['wss://tx.riverbend.org:[18443]/events', '101', 'websocket', 'events.js:12', '0 B', 'Pending'],
  ],
});

// ── 29. Value-set definition page (authoring tool) ──
const vsDefinition = lines({
  id: 's46-vsdef',
  kind: 's46-value-set-definition-text',
  before: 'Value set authoring — Definition — Peripheral nerve blocks for the regional anesthesia registry',
  text: [
    'Purpose: find encounters with a single-shot or continuous peripheral nerve block for the weekly registry extract.',
    'Inclusion (CPT): {64445}–{64448}; lumbar plexus catheter {64449}; other peripheral nerve {64450} only with {76942}.',
    'Intensional rule: CPT codes in {64400}–{64489} whose descriptor starts "Injection(s), anesthetic agent(s)".',
    'Expansion 10/14/2025: 31 codes, expansion id [20913]; registry site ID [44182]; extract job [58240].',
    'Steward: Riverbend Quality, 7900 Prospect Ave, Kansas City, MO [64132]; contact ext. [64714].',
  ].join('\n'),
});

export const sealed46: Snippet[] = [
  ...cptDetail,
  ...bulletin,
  ...impact,
  ...lookup,
  ...translate,
  ...expand,
  ...vsAuthor,
  ...cptSct,
  ...cptPcs,
  ...cdmMap,
  ...qaWork,
  ...qaNotes,
  ...synonyms,
  ...eap,
  ...procList,
  ...changeReq,
  ...labCatalog,
  ...docTypes,
  ...sctBrowser,
  ...icdBrowser,
  ...asaXwalk,
  ...ndcXwalk,
  ...rxLinks,
  ...loadLog,
  ...legacy,
  ...minutes,
  ...dashboard,
  ...devtools,
  ...vsDefinition,
];
