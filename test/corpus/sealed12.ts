import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 12 (issue 11). `sealed11.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s12-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Decoys reuse those digits and numbers of the 10,000-code
 * synthetic set (KNOWN_10K) as ZIPs, ids, counts, byte sizes, CDM and ledger numbers, so the 10k score means something.
 *
 * Shapes built on real public layouts (field, segment and column names; our codes swapped in): the Mirth Connect
 * message browser showing an HL7 v2 DFT^P03 (FT1-7 charge code vs FT1-25 procedure code), a FHIR R4 ValueSet
 * `$expand` response and a CodeSystem `$lookup` Parameters response, a C-CDA Procedures section as rendered by the
 * CDA stylesheet, the medicare.gov Procedure Price Lookup page, a CMS-1500-box-to-837P-loop crosswalk table from a
 * payer companion guide, the Optum/Change Healthcare Professional Claims v3 JSON request (serviceLines[].
 * professionalService.procedureIdentifier / procedureCode), the AMA CPT data files (ConsumerDescriptor /
 * ClinicianDescriptor with Concept Ids), an APCD Common Data Layout medical-claims record (MC0xx fields), the
 * OpenEMR Fee Sheet, an HL7 v2 MFN^M04 charge-master update (MFE, CDM, PRC segments), an iCalendar (RFC 5545) VEVENT
 * and a `pdftk dump_data_fields` dump of a prior-auth PDF form. The rest (EHR procedure picker, clearinghouse file
 * manager, EDI editor with a line-number gutter, co-surgeon split worksheet, payer bulletin RSS feed, Slack denial
 * bot, web search results) are written the way those pages read, with no single public source.
 */

// ── Mirth Connect message browser: HL7 v2 DFT^P03 (raw ER7 view) ──
const mirth: Snippet[] = lines({
  id: 's12-mirth',
  kind: 's12-mirth-message-browser',
  text: [
    'Channel: DFT_Inbound_ChargeRouter   Server: mirth-prd-02   Showing 1 - 25 of 1,842 messages',
    'Id [40213]   Connector: Source   Status: TRANSFORMED   Received: 2027-01-14 09:12:44   Response: AA',
    'MSH|^~\\&|PAINEHR|SUMMIT^[46027]|CHGRTR|HB|20270114091244||DFT^P03|MSG[31307]|P|2.5.1',
    'PID|1||[23078]^^^SUMMIT^MR||KOVAC^ELENA||19620304|F|||44 Birch Ln^^Carmel^IN^[46032]',
    'PV1|1|O|PAIN^PROC2^^SUMMIT||||1508811234^OSEI^KWAME||||||||||||V[64831]',
    'FT1|1|[50632]|B[10237]|20270113|20270114|CG|[52015]^NRV BLK SCIATIC^99CDM||NERVE BLOCK SCIATIC|1|482.00|||||PAIN^PROC2|||G57.31|1508811234^OSEI^KWAME|||||{64445}^Injection anesthetic sciatic nerve^C4|RT',
    'Id [40214]   Connector: Source   Status: ERROR   Received: 2027-01-14 09:13:02   Response: AE',
    'FT1|1|[50633]|B[10237]|20270113|20270114|CG|[52020]^NRV DESTR PLANTAR^99CDM||DESTR PLANTAR DIGITAL NRV|1|655.00|||||PAIN^PROC2|||G57.61|1508811234^OSEI^KWAME|||||{64632}^Destruction plantar common digital nerve^C4|',
    'Errors tab: FT1-26 modifier missing for {64632} (laterality required by route CR-[14204]); message held in queue',
  ].join('\n'),
});

// ── FHIR R4 ValueSet $expand response (payer prior-auth code list published as a ValueSet) ──
const valueSet: Snippet[] = lines({
  id: 's12-vs',
  kind: 's12-fhir-valueset-expansion',
  text: [
    'GET https://fhir.prairiehp.example/r4/ValueSet/pa-pain-nerve/$expand?count=50',
    '{',
    '  "resourceType": "ValueSet",',
    '  "id": "[74020]",',
    '  "meta": { "versionId": "[13242]", "lastUpdated": "2027-01-02T06:00:00Z" },',
    '  "url": "https://fhir.prairiehp.example/ValueSet/pa-pain-nerve",',
    '  "publisher": "Prairie Health Plan, 1200 Farnam St, Omaha NE [68102]",',
    '  "expansion": {',
    '    "timestamp": "2027-01-05T08:00:00-06:00",',
    '    "total": 5,',
    '    "contains": [',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}", "display": "Injection, anesthetic agent; sciatic nerve" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}", "display": "Neuroplasty; sciatic nerve" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}", "display": "Neuroplasty; lumbar plexus" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}", "display": "Destruction; plantar common digital nerve" },',
    '      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}", "display": "Chemodenervation; facial nerve, unilateral" }',
    '    ]',
    '  },',
    '  "identifier": [ { "system": "urn:oid:2.16.840.1.113883.3.7788", "value": "[35175]" } ]',
    '}',
  ].join('\n'),
});

// ── FHIR CodeSystem $lookup response (terminology server console) ──
const lookup: Snippet[] = lines({
  id: 's12-lkp',
  kind: 's12-fhir-lookup-parameters',
  text: [
    'GET /fhir/CodeSystem/$lookup?system=http://www.ama-assn.org/go/cpt&code={64714}&property=parent',
    'HTTP/1.1 200 OK   X-Request-Id: [56045]   Content-Length: [11133]',
    '{ "resourceType": "Parameters", "parameter": [',
    '  { "name": "name", "valueString": "CPT" },',
    '  { "name": "version", "valueString": "2027" },',
    '  { "name": "display", "valueString": "Neuroplasty (exploration, neurolysis or nerve decompression); lumbar plexus" },',
    '  { "name": "property", "part": [ { "name": "code", "valueCode": "parent" }, { "name": "value", "valueCode": "1006100" } ] },',
    '  { "name": "property", "part": [ { "name": "code", "valueCode": "concept-id" }, { "name": "value", "valueString": "1008231" } ] },',
    '  { "name": "property", "part": [ { "name": "code", "valueCode": "seq" }, { "name": "value", "valueInteger": [21487] } ] }',
    '] }',
    'GET /fhir/CodeSystem/$validate-code?url=http://www.ama-assn.org/go/cpt&code={64612}   → result: true   (request [58817])',
  ].join('\n'),
});

// ── C-CDA Procedures section rendered by the CDA stylesheet (HIE document viewer) ──
const ccdaView: Snippet[] = table({
  id: 's12-ccda',
  kind: 's12-ccda-viewer-procedures',
  caption:
    'Continuity of Care Document — PROCEDURES (2.16.840.1.113883.10.20.22.2.7.1) — Author: Summit Neuro Pain, IN [46032]',
  headers: ['Procedure', 'Code', 'Code System', 'Date', 'Performer', 'Location'],
  rows: [
    [
      'Neuroplasty, sciatic nerve, right',
      '{64712}',
      'CPT-4',
      'Sep 14, 2026',
      'Osei, Kwame MD',
      'Summit ASC, Carmel IN [46032]',
    ],
    ['Sciatic nerve block', '{64445}', 'CPT-4', 'Aug 02, 2026', 'Osei, Kwame MD', 'Suite [20229], Carmel IN'],
    [
      'Electrical stimulation, unattended',
      'G0283',
      'HCPCS',
      'Jul 11, 2026',
      'Park, Dana DO',
      'Neuro Lab, Fishers IN [46037]',
    ],
    [
      'Chemodenervation, facial nerve, left',
      '{64612}',
      'CPT-4',
      'Jun 03, 2026',
      'Osei, Kwame MD',
      'Summit Neuro Pain, Suite 200',
    ],
    ['Repair of sciatic nerve (history)', '44558001', 'SNOMED CT', '2019', 'Outside records', 'Rm [35680], Eskenazi'],
  ],
});

// ── medicare.gov Procedure Price Lookup result page ──
const ppl: Snippet[] = lines({
  id: 's12-ppl',
  kind: 's12-cms-procedure-price-lookup',
  text: [
    'Procedure Price Lookup for Outpatient Services',
    'Search: "sciatic nerve"   3 results   ZIP code for estimate: [44242]',
    'Neuroplasty of sciatic nerve ({64712})',
    'Ambulatory Surgical Center: Total cost $1,612 · Doctor fee $594 · Facility fee $1,018 · You pay $322',
    'Hospital Outpatient Department: Total cost $2,740 · Doctor fee $594 · Facility fee $2,146 · You pay $548',
    'Injection of anesthetic agent, sciatic nerve, single injection (CPT code {64445})',
    'National averages; costs shown are for calendar year 2027. Page id [84024]. Share: medicare.gov/procedure-price-lookup (link copied)',
    'Lumbar plexus neuroplasty {64714}: This procedure is not typically done in an Ambulatory Surgical Center.',
  ].join('\n'),
});

// ── Payer companion guide: CMS-1500 box to 837P loop/segment crosswalk ──
const crosswalk: Snippet[] = table({
  id: 's12-xw',
  kind: 's12-1500-to-837-crosswalk',
  caption: 'Appendix C – CMS-1500 (02/12) to 837P 005010X222A1 Crosswalk (Example claim values)',
  headers: ['1500 Box', 'Field Name', '837P Loop', 'Segment/Element', 'Example Value'],
  rows: [
    ['5', 'Patient Address (ZIP)', '2010CA', 'N403', '[45159]'],
    ['11', 'Insured Group Number', '2000B', 'SBR03', 'GRP[62065]'],
    ['24D', 'Procedures, Services, or Supplies (CPT/HCPCS)', '2400', 'SV101-2', '{64712}'],
    ['24D', 'Modifier', '2400', 'SV101-3', 'RT'],
    ['24F', 'Charges', '2400', 'SV102', '1250.00'],
    ['23', 'Prior Authorization Number', '2300', 'REF02 (G1)', 'PA[60228]'],
    ['26', "Patient's Account No.", '2300', 'CLM01', 'ACCT[91227]'],
    ['32', 'Service Facility Location (ZIP+4)', '2310C', 'N403', '[46032]-4417'],
    ['33b', 'Billing Provider Other ID', '2010AA', 'REF02 (G2)', '[81007]'],
  ],
}).concat(
  lines({
    id: 's12-xw-note',
    kind: 's12-1500-to-837-crosswalk',
    text: [
      'Note: when 24D carries {64714} or {64712} with modifier 50, report one line; do not split into RT and LT lines.',
      'Payer ID [37283] (commercial) / [37284] (Medicare Advantage). Questions: EDI Support, option 2.',
    ].join('\n'),
  }),
);

// ── Optum / Change Healthcare Professional Claims v3 JSON request (developer sandbox) ──
const claimsApi: Snippet[] = lines({
  id: 's12-capi',
  kind: 's12-claims-api-json-request',
  text: [
    'POST /medicalnetwork/professionalclaims/v3/validation',
    '{ "controlNumber": "003501234", "tradingPartnerServiceId": "[87040]",',
    '  "submitter": { "organizationName": "SUMMIT NEURO PAIN", "contactInformation": { "name": "Billing", "phoneNumber": "3175550199" } },',
    '  "subscriber": { "memberId": "204548812", "paymentResponsibilityLevelCode": "P", "firstName": "ELENA", "lastName": "KOVAC",',
    '    "address": { "address1": "44 Birch Ln", "city": "Carmel", "state": "IN", "postalCode": "[46032]" } },',
    '  "claimInformation": { "patientControlNumber": "[71207]", "claimChargeAmount": "1844.00", "placeOfServiceCode": "24",',
    '    "serviceLines": [',
    '      { "serviceDate": "20270113", "professionalService": { "procedureIdentifier": "HC", "procedureCode": "{64712}",',
    '          "procedureModifiers": ["RT"], "lineItemChargeAmount": "1250.00", "measurementUnit": "UN", "serviceUnitCount": "1" } },',
    '      { "serviceDate": "20270113", "professionalService": { "procedureIdentifier": "HC", "procedureCode": "{64445}",',
    '          "lineItemChargeAmount": "594.00", "measurementUnit": "UN", "serviceUnitCount": "1" }, "providerControlNumber": "[30255]" } ] },',
    '  "billing": { "providerType": "BillingProvider", "npi": "1508811234", "employerId": "331301234",',
    '    "address": { "address1": "9800 Meridian St", "city": "Carmel", "state": "IN", "postalCode": "460324417" } } }',
  ].join('\n'),
});

// ── AMA CPT data files (tab-delimited ConsumerDescriptor / ClinicianDescriptor as opened in a text viewer) ──
const cptDataFile: Snippet[] = lines({
  id: 's12-amadf',
  kind: 's12-cpt-data-file-descriptors',
  text: [
    'ClinicianDescriptor.txt — 2027 CPT Professional Data Files (Concept Id, CPT Code, Clinician Descriptor Id, Clinician Descriptor)',
    '1021386\t{64445}\t[10024]\tInjection of anesthetic agent into sciatic nerve',
    '1021387\t{64445}\t[10025]\tInjection of steroid into sciatic nerve',
    '1021433\t{64612}\t[10261]\tChemodenervation of muscles innervated by facial nerve, one side',
    '1021462\t{64632}\t[10380]\tDestruction of plantar common digital nerve by neurolytic agent',
    '1021508\t{64712}\t[10466]\tRelease of scar tissue from sciatic nerve',
    '1021510\t{64714}\t[10471]\tRelease of scar tissue from lumbar plexus',
    'Lines: [10682]   Encoding: UTF-8   File size: [94009] bytes',
  ].join('\n'),
});

// ── APCD Common Data Layout: medical-claims record viewer (state all-payer claims database submitter portal) ──
const apcd: Snippet[] = table({
  id: 's12-apcd',
  kind: 's12-apcd-submission-record',
  caption: 'File MC_[65091]_202701.txt — record 412 of 9,880 — validation: 2 warnings',
  headers: ['Element', 'Data Element Name', 'Value', 'Edit'],
  rows: [
    ['MC001', 'Payer', '[43080]', 'OK'],
    ['MC004', 'Payer Claim Control Number', 'PCN-[72052]-03', 'OK'],
    ['MC017', 'Member ZIP Code', '[46032]', 'OK'],
    ['MC055', 'Procedure Code', '{64714}', 'OK'],
    ['MC056', 'Procedure Modifier - 1', '22', 'OK'],
    ['MC061', 'Quantity', '1', 'OK'],
    ['MC062', 'Charge Amount', '[24031]', 'WARN: implied decimal (240.31)'],
    ['MC077', 'Rendering Provider ZIP', '[46037]', 'OK'],
    ['MC094', 'Type of Claim', '001', 'OK'],
  ],
}).concat(
  lines({
    id: 's12-apcd-foot',
    kind: 's12-apcd-submission-record',
    text: 'Top MC055 values in this file: {64445} (1,604 lines) · {64714} (212) · {64712} (198) · Submitter [57786]',
  }),
);

// ── OpenEMR Fee Sheet ──
const feeSheet: Snippet[] = table({
  id: 's12-oemr',
  kind: 's12-openemr-fee-sheet',
  caption: 'Fee Sheet for KOVAC, ELENA (PID [23078]) on 2027-01-13 — Encounter [12060]',
  headers: [
    'Type',
    'Code',
    'Modifiers',
    'Description',
    'Price',
    'Units',
    'Justify',
    'Provider/Warehouse',
    'Auth',
    'Delete',
  ],
  rows: [
    [
      'CPT4',
      '{64712}',
      'RT',
      'NEUROPLASTY MAJOR PERIPHERAL NERVE SCIATIC',
      '1250.00',
      '1',
      'G57.01',
      'Osei, Kwame',
      '☑',
      '☐',
    ],
    ['CPT4', '{64445}', '59', 'N BLOCK INJ SCIATIC SNG', '594.00', '1', 'G57.01', 'Osei, Kwame', '☑', '☐'],
    ['ICD10', 'G57.01', '', 'Lesion of sciatic nerve, right lower limb', '', '', '', '', '☑', '☐'],
    [
      'CPT4',
      '{64632}',
      'LT',
      'DSTRJ NEUROLYTIC AGENT PLANTAR COMMON DIGITAL NRV',
      '655.00',
      '1',
      'G57.62',
      'Osei, Kwame',
      '☑',
      '☐',
    ],
  ],
}).concat(
  lines({
    id: 's12-oemr-foot',
    kind: 's12-openemr-fee-sheet',
    text: [
      'Price Level: Standard   Facility: Summit Neuro Pain (POS 11)   Billing Facility: Summit Neuro Pain (Fac ID [82139])',
      'Search codes: "6471" → {64712} Neuroplasty sciatic · {64714} Neuroplasty lumbar plexus · 2 matches',
    ].join('\n'),
  }),
);

// ── HL7 v2 MFN^M04 charge-master update (interface engine test panel) ──
const mfn: Snippet[] = lines({
  id: 's12-mfn',
  kind: 's12-hl7-mfn-m04-cdm',
  text: [
    'MSH|^~\\&|CDMMGR|HB|PAINEHR|SUMMIT|20270102060000||MFN^M04^MFN_M04|[93207]|P|2.5.1',
    'MFI|CDM^Charge Description Master^HL7[70175]||UPD|||AL',
    'MFE|MAD|[42058]|20270101|[42058]^NRV DESTR PLANTAR^99CDM|CE',
    'CDM|[42058]^NRV DESTR PLANTAR^99CDM||DESTR PLANTAR DIG NRV|Destruction by neurolytic agent, plantar common digital nerve|N||{64632}^Destruction plantar digital nerve^C4|A|[55171]',
    'PRC|[42058]^NRV DESTR PLANTAR^99CDM|SUMMIT|PAIN|O~E|655.00^UP||||||||||||||0360',
    'MFE|MAD|[42062]|20270101|[42062]^CHEMODEN FACIAL UNI^99CDM|CE',
    'CDM|[42062]^CHEMODEN FACIAL UNI^99CDM||CHEMODEN FACIAL UNILAT|Chemodenervation, facial nerve muscles, unilateral|N||{64612}^Chemodenervation facial nerve^CPT4|A|[55172]',
    'PRC|[42062]^CHEMODEN FACIAL UNI^99CDM|SUMMIT|PAIN|O|412.00^UP||||||||||||||0510',
  ].join('\n'),
});

// ── iCalendar (RFC 5545) VEVENT as shown by "view source" of a .ics invite ──
const ics: Snippet[] = lines({
  id: 's12-ics',
  kind: 's12-ics-calendar-raw',
  text: [
    'BEGIN:VEVENT',
    'UID:[20454]-or3-[64599]@summitasc.example',
    'DTSTAMP:20270110T153000Z',
    'DTSTART;TZID=America/Indiana/Indianapolis:20270119T073000',
    'SUMMARY:OR 3 - Osei - R sciatic neuroplasty ({64712}-RT) + sciatic block {64445}',
    'LOCATION:Summit ASC\\, 9800 N Meridian St\\, Carmel IN [46032]',
    'DESCRIPTION:Case [26173] · Auth PA-[75005] approved for {64712}\\nRoom turnover 20 min\\nCall x[13745] if delayed',
    'SEQUENCE:2',
    'END:VEVENT',
  ].join('\n'),
});

// ── pdftk dump_data_fields of a fillable prior-authorization PDF ──
const pdfFields: Snippet[] = lines({
  id: 's12-pdff',
  kind: 's12-pdf-form-fields-dump',
  text: [
    '$ pdftk PA_Request_Pain_Mgmt_filled.pdf dump_data_fields',
    '---',
    'FieldType: Text',
    'FieldName: MemberZip',
    'FieldValue: [60543]',
    '---',
    'FieldType: Text',
    'FieldName: CPT_1',
    'FieldNameAlt: CPT/HCPCS code (line 1)',
    'FieldValue: {64714}',
    '---',
    'FieldType: Text',
    'FieldName: CPT_2',
    'FieldValue: {64612}',
    '---',
    'FieldType: Text',
    'FieldName: CPT_3',
    'FieldValue: {64445}',
    '---',
    'FieldType: Text',
    'FieldName: Units_1',
    'FieldValue: 1',
    '---',
    'FieldType: Text',
    'FieldName: ProvPIN',
    'FieldValue: [01034]',
    '---',
    'FieldType: Text',
    'FieldName: FormRevision',
    'FieldValue: [25193]',
    '---',
    'FieldType: Button',
    'FieldName: Urgent',
    'FieldStateOption: Off',
  ].join('\n'),
});

// ── EHR procedure order picker (search-as-you-type results) ──
const picker: Snippet[] = lines({
  id: 's12-pick',
  kind: 's12-ehr-procedure-picker',
  text: [
    'Order Search: "sciatic"   Filter: Procedures (PROC)   Preference list: PAIN CLINIC [34385]',
    'NERVE BLOCK SCIATIC SINGLE INJ   Proc ID: [52283]   CPT®: {64445}   Dept: PAIN',
    'NEUROPLASTY SCIATIC NERVE   Proc ID: [52291]   CPT®: {64712}   Dept: ORTHO SURG',
    'NEUROPLASTY LUMBAR PLEXUS   Proc ID: [52292]   CPT®: {64714}   Dept: NEURO SURG',
    'DRUG UNCLASSIFIED INJ   Proc ID: [52301]   HCPCS: J3490   Dept: PAIN',
    '4 of 4 results · Last used 01/12/2027 by user [66171]',
  ].join('\n'),
});

// ── Clearinghouse file manager (inbound/outbound EDI files) ──
const fileMgr: Snippet[] = table({
  id: 's12-fm',
  kind: 's12-clearinghouse-file-manager',
  caption: 'File Manager — Submitter ID [50162] — Mailbox: Outbound — 01/14/2027',
  headers: ['File name', 'Type', 'Batch', 'Claims', 'Size (bytes)', 'Status'],
  rows: [
    ['SNP_837P_20270114_0912.txt', '837P', '[76018]', '42', '[36061]', 'Accepted (999 A)'],
    ['SNP_837P_20270114_1405.txt', '837P', '[76019]', '7', '[15075]', 'Rejected (999 R)'],
    ['ERA_[87040]_20270114.835', '835', '[76020]', '118', '[64632]', 'Downloaded'],
    ['RPT_277CA_[76018].txt', '277CA', '[76018]', '42', '[22041]', 'Ready'],
  ],
}).concat(
  lines({
    id: 's12-fm-prev',
    kind: 's12-clearinghouse-file-manager',
    text: [
      'Preview RPT_277CA_[76018].txt (first lines):',
      'CLAIM ACCT[71207] KOVAC ELENA  DOS 01/13/27  LINE 1 {64712} RT  A2:20 ACCEPTED',
      'CLAIM ACCT[71208] RUIZ PAULO  DOS 01/13/27  LINE 1 {64632} LT  A7:454 REJECTED - invalid NPI',
    ].join('\n'),
  }),
);

// ── EDI editor with a line-number gutter (837P opened in a desktop EDI viewer) ──
const ediGutter: Snippet[] = lines({
  id: 's12-gut',
  kind: 's12-edi-editor-line-gutter',
  text: [
    '[00041]  CLM*[71207]*1844***24:B:1*Y*A*Y*Y~',
    '[00042]  HI*ABK:G5701~',
    '[00043]  NM1*82*1*OSEI*KWAME****XX*1508811234~',
    '[00044]  LX*1~',
    '[00045]  SV1*HC:{64712}:RT*1250*UN*1***1~',
    '[00046]  DTP*472*D8*20270113~',
    '[00047]  REF*6R*[40504]~',
    '[00048]  LX*2~',
    '[00049]  SV1*HC:{64445}:59*594*UN*1***1~',
    '[00050]  REF*6R*[40505]~',
    'Ln 45, Col 12   Segment SV1 (Professional Service)   Element SV101-2 Procedure Code = {64712}',
  ].join('\n'),
});

// ── Co-surgeon / assistant fee split worksheet (billing office spreadsheet) ──
const coSurg: Snippet[] = table({
  id: 's12-cos',
  kind: 's12-cosurgeon-split-worksheet',
  caption: 'Co-surgery split — Case [26173] — DOS 01/19/2027 — Allowed basis: Medicare locality 00 (IN)',
  headers: ['Surgeon', 'Role', 'CPT', 'Mod', 'Allowed', 'Split %', 'Expected', 'GL acct'],
  rows: [
    ['Osei, K', 'Co-surgeon', '{64714}', '62', '$1,412.60', '62.5%', '$882.88', '[40703]'],
    ['Lind, M', 'Co-surgeon', '{64714}', '62', '$1,412.60', '62.5%', '$882.88', '[40703]'],
    ['Park, D', 'Assistant', '{64712}', '80', '$1,030.10', '16%', '$164.82', '[40713]'],
    ['Osei, K', 'Primary', '{64445}', '59', '$118.40', '100%', '$118.40', '[40723]'],
  ],
}).concat(
  lines({
    id: 's12-cos-note',
    kind: 's12-cosurgeon-split-worksheet',
    text: [
      'Each co-surgeon reports {64714}-62 on a separate claim; the assistant reports {64712}-80 only when the payer allows assistants.',
      'Posted to date: [13242] cents · Template rev. [16669] · Cost center [30737]',
    ].join('\n'),
  }),
);

// ── Payer bulletin RSS feed (raw XML in the browser) ──
const rss: Snippet[] = lines({
  id: 's12-rss',
  kind: 's12-payer-bulletin-rss',
  text: [
    '<rss version="2.0"><channel><title>Prairie Health Plan – Provider News</title>',
    '<item><title>Prior authorization added for {64712} and {64714} effective March 1</title>',
    '<link>https://providers.prairiehp.example/news/[73059]</link>',
    '<description>Starting 03/01/2027, neuroplasty codes {64712}, {64714} require PA through the musculoskeletal program. Requests received after 02/15 are reviewed under the new criteria.</description>',
    '<guid isPermaLink="false">news-[73059]</guid><pubDate>Tue, 12 Jan 2027 14:00:00 GMT</pubDate></item>',
    '<item><title>Claims mailing address change: P.O. Box [95037], Omaha NE [68103]</title>',
    '<description>Paper claims for {64612} with botulinum toxin must include the NDC. Box [95037] replaces Box [30210].</description>',
    '<guid isPermaLink="false">news-[73060]</guid></item></channel></rss>',
  ].join('\n'),
});

// ── Slack channel with a denial-alert bot ──
const slack: Snippet[] = lines({
  id: 's12-slk',
  kind: 's12-slack-denial-bot',
  text: [
    '#rcm-denials',
    'DenialBot APP 9:41 AM',
    ':red_circle: Claim [71208] (Prairie HP) denied CO-197 on line 1 {64632}-LT — no auth on file. Work queue WQ [45611].',
    ':large_orange_circle: Claim [71310] denied CO-50 for {64445}: payer policy MP-[31075] criteria not met.',
    'Maria T. 9:44 AM',
    'the {64632} one had auth PA-[75005], it was for {64712} though, different code. Rebill {64632} after auth?',
    'Jon R. 9:46 AM',
    'yes, request retro auth for {64632} and hold. also [71310] is a dupe of claim [64714], void that one',
    'DenialBot APP 9:47 AM',
    'Daily total: 14 denials · $[10866] at risk · top CARC 197',
  ].join('\n'),
});

// ── Web search results page (coder looks a code up) ──
const search: Snippet[] = lines({
  id: 's12-srch',
  kind: 's12-web-search-results',
  text: [
    'cpt {64714} vs {64712}                                                   About 12,400 results (0.41 seconds)',
    'CPT® {64714} – Neuroplasty, lumbar plexus – Codify by AAPC',
    'Code {64714} describes open decompression of the lumbar plexus. Compare {64712} (sciatic nerve), ...',
    'Q&A: Is {64712} bilateral? | coding forum · 3 answers',
    'Append modifier 50 to {64712} when both sciatic nerves are decompressed at the same session ...',
    'Summit Neuro Pain – Carmel, IN [46032] – (317) 555-0199 · Open until 5 PM',
    'Ad · Nerve Release Surgery Center · 9800 Meridian St Suite [20229]',
  ].join('\n'),
});

// ── Payer peer-to-peer scheduling portal (utilization management vendor) ──
const p2p: Snippet[] = lines({
  id: 's12-p2p',
  kind: 's12-p2p-scheduling-portal',
  text: [
    'Schedule a Peer-to-Peer Discussion',
    'Case number: UM-[41141]-27   Member ID: PHP[92160]   Determination: Adverse (not medically necessary)',
    'Procedure(s) under review: {64714} Neuroplasty, lumbar plexus; {64712} Neuroplasty, sciatic nerve',
    'Approved in part: {64445} x1 (sciatic block) · Denied: {64714}',
    'Reviewing physician: Dr. A. Grant, Board certified PM&R, license [53121]',
    'Reviewer note: {64712} could be approved if the EMG confirms sciatic entrapment; {64714} lacks imaging.',
    'Available slots (Central): Tue 01/19 10:30 · Tue 01/19 14:00 · Wed 01/20 09:15',
    'Callback number for ordering provider: (317) 555-0199 ext [20621]',
    'Request must be made within 14 days of the determination date (01/12/2027). Reference [61201].',
  ].join('\n'),
});

// ── Coding education: matching exercise (LMS drag-and-drop, text view) ──
const matching: Snippet[] = lines({
  id: 's12-match',
  kind: 's12-code-matching-exercise',
  text: [
    'Module 7 · Nerve procedures · Exercise 7.3 (item bank id [83082])   Score: 8 / 10 points',
    'Match each code to its descriptor:',
    'A. {64445}    1. Neuroplasty; lumbar plexus',
    'B. {64714}    2. Chemodenervation, facial nerve muscles, unilateral',
    'C. {64612}    3. Injection, anesthetic agent; sciatic nerve, single',
    'D. {64632}    4. Destruction by neurolytic agent; plantar common digital nerve',
    'Your answers: A–3 ✓  B–1 ✓  C–4 ✗  D–2 ✗',
    'Feedback: {64612} is reported for facial nerve chemodenervation, not for the plantar nerve; see {64632}.',
    'Attempts used: 2 of 3 · Learner id [35850] · Course [12519]',
  ].join('\n'),
});

// ── Semicolon-delimited CSV export opened in a text editor (EU-locale spreadsheet export) ──
const semiCsv: Snippet[] = lines({
  id: 's12-scsv',
  kind: 's12-semicolon-csv-export',
  text: [
    '"Account";"Visit";"ServiceDate";"ProcCode";"Mod";"Units";"ChargeCents";"PayerPlan";"ZIP"',
    '"[71207]";"[64377]";"2027-01-13";"{64712}";"RT";"1";"125000";"[61428]";"[46032]"',
    '"[71207]";"[64377]";"2027-01-13";"{64445}";"59";"1";"[59400]";"[61428]";"[46032]"',
    '"[71208]";"[64378]";"2027-01-13";"{64632}";"LT";"1";"[65500]";"[62330]";"[46280]"',
    '"[71311]";"[64384]";"2027-01-14";"{64612}";"";"2";"[82400]";"[62330]";"[46220]"',
  ].join('\n'),
});

// ── X12 837P with ^ as the component separator (clearinghouse raw view) ──
const x837caret: Snippet[] = lines({
  id: 's12-837c',
  kind: 's12-x12-837p-caret-sep',
  text: [
    'ISA*00*          *00*          *ZZ*SUMMITNP       *ZZ*[87040]          *270114*0912*{*[00501]*000031307*0*P*^~',
    'GS*HC*SUMMITNP*[87040]*20270114*0912*[31307]*X*005010X222A1~',
    'NM1*85*2*SUMMIT NEURO PAIN*****XX*1508811234~',
    'N4*CARMEL*IN*460324417~',
    'NM1*IL*1*RUIZ*PAULO****MI*PHP[92161]~',
    'N4*INDIANAPOLIS*IN*[46280]~',
    'CLM*[71208]*1310***11^B^1*Y*A*Y*Y~',
    'LX*1~',
    'SV1*HC^{64632}^LT*655*UN*1***1~',
    'LX*2~',
    'SV1*HC^{64632}^RT*655*UN*1***1~',
    'REF*G1*PA[75011]~',
    'REF*EA*[58874]~',
    'SE*31*0001~',
  ].join('\n'),
});

// ── Payer portal online appeal form (level 2) ──
const appealForm: Snippet[] = lines({
  id: 's12-apf',
  kind: 's12-appeal-portal-form',
  text: [
    'Submit a Level 2 Provider Appeal',
    'Original claim number*  [71310]        Claim line(s)*  1',
    'Procedure code on the line: {64445}   Billed: $594.00   Paid: $0.00',
    'Reason for appeal* (2000 characters max; 1,412 remaining)',
    'We request reconsideration of the denial of {64445}. The sciatic block was a separate session from {64712}; records attached.',
    'Attachment control number  [42234]   Pages 11',
    'Provider TIN (last 5)  [55734]   Contact phone  317-555-0199',
  ].join('\n'),
});

// ── ASC case-cart pick list (materials management print) ──
const caseCart: Snippet[] = table({
  id: 's12-cart',
  kind: 's12-case-cart-pick-list',
  caption: 'CASE CART PICK LIST — Case [26173] — OR 3 — Proc: SCIATIC NEUROPLASTY RT (CPT 64712) — Pref card [33400]',
  headers: ['Item #', 'Description', 'Mfr cat #', 'Qty', 'Bin', 'Picked'],
  rows: [
    ['[10628]', 'NEEDLE STIMUPLEX 22G 100MM', 'SPB-[34927]', '1', 'A-14', '☑'],
    ['[11371]', 'BUPIVACAINE 0.5% 30ML', 'NDC 0409-1163-01', '2', 'RX-02', '☑'],
    ['[11834]', 'NERVE WRAP 10MM', 'AX[64712]', '1', 'IMP-07', '☐'],
    ['[12994]', 'DRAPE EXTREMITY', '[29355]', '1', 'C-03', '☑'],
    ['[14366]', 'NERVE STIMULATOR PROBE', '[64445]-S', '1', 'A-16', '☑'],
  ],
}).concat(
  lines({
    id: 's12-cart-foot',
    kind: 's12-case-cart-pick-list',
    text: ['Add-on per surgeon: if lumbar plexus also released ({64714}), pull tray [33582]. Picker id [21679].'].join(
      '\n',
    ),
  }),
);

// ── Fee list with dot leaders (PDF text layer of a small payer's published fee list) ──
const dotLeader: Snippet[] = lines({
  id: 's12-dots',
  kind: 's12-dotleader-fee-list',
  text: [
    'PRAIRIE HEALTH PLAN — PROFESSIONAL FEE LIST — NEUROLOGY/PAIN — Rev. [23569] — Page 14',
    '{64445} ......... Inj anes sciatic nerve single ......... $118.40',
    '{64612} ......... Chemodenerv facial nerve unilat ......... $142.75',
    '{64632} ......... Dstrj neurolytic plantar digit nerve ......... $131.90',
    '{64712} ......... Neuroplasty sciatic nerve ......... $1,030.10',
    '{64714} ......... Neuroplasty lumbar plexus ......... $1,412.60',
    'Codes {64712}–{64714}: bilateral procedures are paid at 150%; report once with modifier 50.',
    'Effective for dates of service on or after 02/01/2027 · Fee schedule ID [90744] · Region 4 ([46000]–[47999])',
  ].join('\n'),
});

// ── Charge-master load script shown in a DB admin tool (SQL) ──
const sqlLoad: Snippet[] = lines({
  id: 's12-sql',
  kind: 's12-sql-insert-script',
  text: [
    '-- cdm_load_2027q1.sql   run by svc_cdm   ticket CHG-[48213]',
    'INSERT INTO cdm_item (chg_code, cpt_hcpcs, rev_code, unit_price_cents, dept) VALUES',
    "  ([42058], '{64632}', '0360', [65500], 'PAIN'),",
    "  ([42062], '{64612}', '0510', [41200], 'PAIN'),",
    "  ([42071], '{64445}', '0360', [11840], 'PAIN'),",
    "  ([42075], '{64712}', '0360', 125000, 'ORTHO');",
    "UPDATE cdm_item SET cpt_hcpcs = '{64714}' WHERE chg_code = [42076];  -- was mis-keyed",
    '(5 rows affected)   Query id [38841]   Elapsed 00:00:00.041',
  ].join('\n'),
});

// ── Pain clinic self-pay price page (clinic website) ──
const selfPay: Snippet[] = lines({
  id: 's12-spay',
  kind: 's12-self-pay-price-menu',
  text: [
    'Self-Pay Procedure Prices — Summit Neuro Pain, Carmel IN [46032]',
    'Sciatic nerve block (CPT® {64445}) — $450',
    'Facial chemodenervation, one side ({64612}) — drug billed separately — $390',
    "Morton's neuroma neurolysis, per foot ({64632}RT / {64632}LT) — $520",
    'Sciatic nerve release surgery ({64712}) — surgeon fee only — $2,400',
    'Prices valid through 12/31/2027. Good Faith Estimate on request: call 317-555-0199 or text [73344]. Financing: merchant no. [58210].',
    'Visit us: 9800 N Meridian St, Suite 200, Carmel IN [46032]-4417',
  ].join('\n'),
});

// ── Internal coding department policy memo (intranet page) ──
const policyMemo: Snippet[] = lines({
  id: 's12-memo',
  kind: 's12-coding-dept-policy-memo',
  text: [
    'Coding Policy CP-[27114]: Laterality and bilateral reporting for nerve procedures (rev. 3)',
    '1. {64712} and {64714} are reported once per side; when both sides are done at one session, report {64712}-50 (Medicare) or {64712}RT + {64712}LT for commercial plans that reject 50.',
    '2. {64632} is reported per nerve; two nerves on one foot = {64632} x2 with 59/XS on the second line.',
    '3. Report {64445} for a single injection; do not report it with {64712}/{64714} on the same nerve the same day unless a different provider placed it for post-op pain.',
    '4. Coding texts print +{64612}; our payers do not treat it as an add-on, so bill it as a primary code.',
    '5. Codes {64712}–{64714} route to the ORTHO pre-bill queue (WQ [36618]).',
    'Approved by the Coding Compliance Committee, meeting [20301]; effective 02/01/2027. Questions: ext. [48850].',
  ].join('\n'),
});

export const sealed12: Snippet[] = [
  ...mirth,
  ...valueSet,
  ...lookup,
  ...ccdaView,
  ...ppl,
  ...crosswalk,
  ...claimsApi,
  ...cptDataFile,
  ...apcd,
  ...feeSheet,
  ...mfn,
  ...ics,
  ...pdfFields,
  ...picker,
  ...fileMgr,
  ...ediGutter,
  ...coSurg,
  ...rss,
  ...slack,
  ...search,
  ...p2p,
  ...matching,
  ...semiCsv,
  ...x837caret,
  ...appealForm,
  ...caseCart,
  ...dotLeader,
  ...sqlLoad,
  ...selfPay,
  ...policyMemo,
];
