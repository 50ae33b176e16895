import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 8 (issue 11). `sealed7.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s8-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Some decoys reuse those digits; about a third of the
 * decoys are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, account, batch and control numbers,
 * CDM numbers, LOINC attachment codes, Federal Register pages, licence and contract ids and counts. No other
 * five-digit CPT code appears in a coding context (it would be unknown to KNOWN_5 and so an unfair miss).
 *
 * Shapes built on real public document layouts (segment, field and column names, line order; our codes swapped in):
 * X12 277 request for additional information (005010X213: BHT*0085, HL 20/21/19/PT, STC with R4 and LOINC
 * attachment codes, SVC), X12 275 additional information (005010X210: BGN, LX, TRN, STC, CAT, EFI, BIN), HL7 v2
 * batch file of DFT^P03 (FHS/BHS/MSH/FT1/BTS/FTS, FT1-7 transaction code, FT1-25 procedure code), Da Vinci DTR
 * QuestionnaireResponse (HL7/davinci-dtr examples: linkId, answer valueCoding / valueString), FHIR OperationOutcome
 * (issue severity / code / details / expression), QRDA Category I procedure-performed entry (CDA templateId, code
 * with codeSystem 2.16.840.1.113883.6.12), the CMS hospital price-transparency JSON schema v2 (hospital_address,
 * standard_charge_information, code_information, payers_information), the OPPS inpatient-only list table with
 * Federal Register citations, the CMS SNF consolidated-billing annual HCPCS update, the Medicare redetermination
 * notice (MRN: summary of facts, decision, explanation, who to contact), and the MAC Targeted Probe and Educate
 * results letter (PTAN, claims reviewed, error rate, per-claim findings), and FHIR R4 ChargeItemDefinition (code,
 * applicability expression, propertyGroup.priceComponent). The other shapes (EDI validator report, benefits
 * verification worksheet, wiki page with a markdown table, surgery calendar invite, charge lag report,
 * discharged-not-final-billed report, inpatient rounding list, payer fee quote e-mail, coding-hold secure chat export,
 * clinic daily close-out, release-of-information log, pre-procedure checklist, coder's audit rebuttal, contract
 * rate-load log, procedure clinic day sheet) are written the way those pages read, with no single public source.
 */

// ── X12 277 request for additional information, raw (clearinghouse "view file" <pre>) ─────────────────────────────
const x277rfai: Snippet[] = [
  {
    id: 's8-277rfai-raw',
    kind: 's8-x12-277rfai',
    text: [
      'ST*277*0001*005010X213~',
      'BHT*0085*08*[20174]*20261112*1015*DG~',
      'HL*1**20*1~',
      'NM1*PR*2*CASCADE VALLEY HEALTH PLAN*****PI*[93482]~',
      'PER*IC*MEDICAL REVIEW UNIT*TE*5035550142~',
      'HL*2*1*21*1~',
      'NM1*41*2*SUMMIT NERVE AND SPINE*****46*[40086]~',
      'HL*3*2*19*1~',
      'NM1*1P*2*SUMMIT NERVE AND SPINE*****XX*1447281930~',
      'HL*4*3*PT~',
      'NM1*QC*1*VALDEZ*ROSA****MI*CVH[64612]~',
      'TRN*1*[30118]~',
      'STC*R4:[18842]-5:LOINC*20261112~',
      'REF*1K*2026309117402~',
      'REF*EJ*[50025]~',
      'DTP*472*RD8*20261014-20261014~',
      'SVC*HC:{64712}:RT*2850*****1~',
      'STC*R4:[11504]-8:LOINC*20261112~',
      'REF*FJ*[65089]~',
      'DTP*472*D8*20261014~',
      'SVC*HC:{64445}*520*****1~',
      'STC*R4:[28570]-0:LOINC*20261112~',
      'DTP*472*D8*20261014~',
      'SE*24*0001~',
    ].join('\n'),
  },
  ...lines({
    id: 's8-277rfai-view',
    kind: 's8-x12-277rfai',
    before: 'Requests for additional information · Cascade Valley Health Plan',
    text: [
      'Request trace [30118] · received 11/12/2026 · respond by 12/27/2026 (45 days)',
      'Patient VALDEZ, ROSA · acct [50025] · DOS 10/14/2026',
      'Line 1 {64712} RT — send operative note (LOINC [11504]-8)',
      'Line 2 {64445} — send procedure note (LOINC [28570]-0); line control [65089]',
      'Return documents with a 275 or by fax to 503-555-0199, cover sheet ID [71240]',
    ].join('\n'),
  }),
];

// ── X12 275 additional information to support a claim (the answer to the 277 above), raw ──────────────────────────
const x275: Snippet[] = [
  {
    id: 's8-275-raw',
    kind: 's8-x12-275-attachment',
    text: [
      'ST*275*0001*005010X210~',
      'BGN*02*[70137]*20261118~',
      'NM1*PR*2*CASCADE VALLEY HEALTH PLAN*****PI*[93482]~',
      'NM1*41*2*SUMMIT NERVE AND SPINE*****46*[40086]~',
      'NM1*1P*2*SUMMIT NERVE AND SPINE*****XX*1447281930~',
      'NM1*QC*1*VALDEZ*ROSA~',
      'REF*EJ*[50025]~',
      'DTP*472*RD8*20261014-20261014~',
      'LX*1~',
      'TRN*2*[30118]~',
      'STC*R4:[11504]-8:LOINC~',
      'DTP*368*D8*20261118~',
      'CAT*AE*MB~',
      'EFI*05*OPNOTE_[20013].PDF~',
      'BIN*[48211]*JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c...~',
      'SE*16*0001~',
    ].join('\n'),
  },
  ...lines({
    id: 's8-275-confirm',
    kind: 's8-x12-275-attachment',
    before: 'Attachment submitted',
    text: [
      'Attachment control number [70137] accepted 11/18/2026 14:02',
      'Answers request [30118] for claim line 1: {64712}-RT neuroplasty, major peripheral nerve',
      'Document type: operative note (LOINC [11504]-8), 1 file, 48,211 bytes, OPNOTE_[20013].PDF',
      'Line 2 ({64445}) still open: procedure note not attached',
      'Claim lines on file: {64712}-RT $2,850.00 · {64445} $520.00 · patient account [50025] · Oregon ZIP [97223]',
    ].join('\n'),
  }),
];

// ── EDI validator report for an outbound 837P file (the clearinghouse "file check" page, one row per finding) ─────
const validator: Snippet[] = lines({
  id: 's8-validator',
  kind: 's8-edi-validator-report',
  before: 'File check results',
  text: [
    'File 837P_20261118_[10112].edi · 214 segments · 3 errors · 2 warnings · submitter ID [80130]',
    'Line 41  SV1-01-2  Error    Procedure code {64714} cannot be billed with modifier 50 on this payer',
    'Line 41  SV1-01-3  Error    Modifier LT invalid with bilateral code; see line 44',
    'Line 58  SV1-04    Warning  {64632} billed with 4 units; payer unit limit is 2 per date of service',
    'Line 63  REF*6R    Error    Line item control number [65089] duplicates line 47',
    'Line 72  N4-03     Warning  Billing provider ZIP [97301] should be ZIP+4',
    'Line 88  SV1-01-2  Info     Add-on +{64612} follows its primary code on line 87',
    'Line 95  SE-02     Info     Transaction set control number [00148] matches ST-02',
    'Line 102 SV1-01-2  Error    {64445} and {64712} on one claim need distinct diagnosis pointers (HI composite)',
    'Line 117 NM1-09    Error    Referring provider ID [58371] is not a valid NPI (10 digits required)',
    'Line 130 CLM-01    Info     Patient control number MRN[47702] accepted',
  ].join('\n'),
});

// ── HL7 v2 batch file of charge messages (DFT^P03) from a procedure suite's charge system, raw ─────────────────────
const hl7Batch: Snippet[] = [
  {
    id: 's8-hl7batch-raw',
    kind: 's8-hl7-batch-dft',
    text: [
      'FHS|^~\\&|CHGSYS|NORTHLAKE|PBILL|NORTHLAKE|20261118020000||[10006]|',
      'BHS|^~\\&|CHGSYS|NORTHLAKE|PBILL|NORTHLAKE|20261118020000||[10006]-B1|',
      'MSH|^~\\&|CHGSYS|NORTHLAKE|PBILL|NORTHLAKE|20261117231501||DFT^P03|[70055]|P|2.5.1',
      'EVN|P03|20261117231501',
      'PID|1||[88214]^^^NLH^MR||OKONJO^TEMI||19710203|F|||44 BIRCH ST^^DULUTH^MN^[55803]',
      'PV1|1|O|PAIN^PROC2^01||||1275539018^HALVORSEN^ERIK|||||||||||[91377]',
      'FT1|1|||20261117|20261117|CG|[30051]^NERVE BLOCK TRAY^CDM|||1|||PAIN||||||G57.91|1275539018^HALVORSEN^ERIK||||{64445}^INJ ANES SCIATIC NRV^CPT|RT',
      'FT1|2|||20261117|20261117|CG|[36224]^NEUROLYSIS DIGITAL NRV^CDM|||2|||PAIN||||||G57.61|1275539018^HALVORSEN^ERIK||||{64632}^DESTR NEUROLYTIC PLANTAR^CPT|LT',
      'MSH|^~\\&|CHGSYS|NORTHLAKE|PBILL|NORTHLAKE|20261117233012||DFT^P03|[70056]|P|2.5.1',
      'PID|1||[88231]^^^NLH^MR||BERG^ANDERS||19580611|M|||9 ELM CT^^PROCTOR^MN^[55810]',
      'FT1|1|||20261117|20261117|CG|[30068]^BOTULINUM INJ FACE^CDM|||1|||NEURO||||||G51.31|1275539018^HALVORSEN^ERIK||||{64612}^CHEMODENERV MUSC FACE^CPT|',
      'MSH|^~\\&|CHGSYS|NORTHLAKE|PBILL|NORTHLAKE|20261117234540||DFT^P03|[70057]|P|2.5.1',
      'PID|1||[88240]^^^NLH^MR||HARPER^LENA||19680422|F|||1 LAKE AVE^^DULUTH^MN^[55802]',
      'FT1|1|||20261117|20261117|CD|[30068]^BOTULINUM INJ FACE^CDM|||-1|||NEURO||||||G51.31|1275539018^HALVORSEN^ERIK||||{64612}^CHEMODENERV MUSC FACE^CPT|',
      'BTS|3',
      'FTS|1',
    ].join('\n'),
  },
];

// ── Da Vinci DTR QuestionnaireResponse for a prior authorization, shown in the payer portal's "raw JSON" tab ────────
const dtr: Snippet[] = [
  {
    id: 's8-dtr-qr',
    kind: 's8-fhir-dtr-questionnaireresponse',
    text: `{
  "resourceType": "QuestionnaireResponse",
  "id": "qr-[60119]",
  "meta": { "profile": ["http://hl7.org/fhir/us/davinci-dtr/StructureDefinition/dtr-questionnaireresponse-r4"] },
  "questionnaire": "https://fhir.cascadevalley.example/Questionnaire/peripheral-nerve-procedures|2026.2",
  "status": "completed",
  "subject": { "reference": "Patient/cvh-[64612]" },
  "authored": "2026-11-03T09:41:00-08:00",
  "item": [
    { "linkId": "1", "text": "Requested procedure (CPT)",
      "answer": [{ "valueCoding": { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}", "display": "Destruction by neurolytic agent; plantar common digital nerve" } }] },
    { "linkId": "2", "text": "Prior diagnostic blocks in the last 12 months (list codes and dates)",
      "answer": [{ "valueString": "{64445} 08/12/2026; {64445} 10/02/2026, 80% relief for 6 hours" }] },
    { "linkId": "3", "text": "Number of injections planned", "answer": [{ "valueInteger": 2 }] },
    { "linkId": "4", "text": "Site of service ZIP", "answer": [{ "valueString": "[98664]" }] },
    { "linkId": "5", "text": "Ordering provider NPI", "answer": [{ "valueString": "1447281930" }] },
    { "linkId": "6", "text": "Will {64714} be performed in the same session?", "answer": [{ "valueBoolean": false }] },
    { "linkId": "7", "text": "Coverage identifier", "answer": [{ "valueString": "Coverage/[40119]" }] },
    { "linkId": "8", "text": "Requesting practice phone extension", "answer": [{ "valueString": "[42817]" }] }
  ]
}`,
  },
];

// ── FHIR OperationOutcome returned by a payer's claim-submission API, shown in the developer console ───────────────
const opOutcome: Snippet[] = [
  {
    id: 's8-opoutcome',
    kind: 's8-fhir-operationoutcome',
    text: `{
  "resourceType": "OperationOutcome",
  "id": "oo-[15072]",
  "issue": [
    { "severity": "error", "code": "code-invalid",
      "details": { "text": "Claim.item[0].productOrService {64714} is not payable with modifier 50 under plan [90101]" },
      "expression": ["Claim.item[0].productOrService"] },
    { "severity": "warning", "code": "business-rule",
      "details": { "text": "Claim.item[1]: quantity 4 for {64612} exceeds the medically unlikely edit of 1" } },
    { "severity": "error", "code": "not-found", "diagnostics": "Coverage/[40119] not found for patient cvh-[64612]" },
    { "severity": "error", "code": "required",
      "details": { "text": "Claim.item[2].modifier required when {64712} and {64445} are billed on one date" } },
    { "severity": "warning", "code": "business-rule",
      "details": { "text": "Claim.related.claim [41879] was already adjudicated; submit as a replacement" } },
    { "severity": "information", "code": "informational", "diagnostics": "request [26391] took 812 ms" }
  ]
}`,
  },
];

// ── QRDA Category I: procedure-performed entry in a quality-report XML file (CDA), shown raw ───────────────────────
const qrda: Snippet[] = [
  {
    id: 's8-qrda',
    kind: 's8-qrda-cat1',
    text: [
      '<patientRole>',
      '  <id extension="[20122]" root="1.3.6.1.4.1.115.5.7"/>',
      '  <addr use="HP"><streetAddressLine>310 Mill Race Rd</streetAddressLine><city>Eugene</city><state>OR</state><postalCode>[97405]</postalCode></addr>',
      '</patientRole>',
      '<entry>',
      '  <procedure classCode="PROC" moodCode="EVN">',
      '    <templateId root="2.16.840.1.113883.10.20.24.3.64" extension="2021-08-01"/>',
      '    <id root="1.3.6.1.4.1.115" extension="[30009]"/>',
      '    <code code="{64712}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Neuroplasty; sciatic nerve">',
      '      <translation code="178655006" codeSystem="2.16.840.1.113883.6.96" codeSystemName="SNOMED CT"/>',
      '    </code>',
      '    <participant typeCode="DEV"><participantRole><id extension="[80146]" root="2.16.840.1.113883.3.3719"/></participantRole></participant>',
      '    <statusCode code="completed"/>',
      '    <effectiveTime><low value="20260914083000-0700"/><high value="20260914101500-0700"/></effectiveTime>',
      '  </procedure>',
      '</entry>',
      '<entry>',
      '  <procedure classCode="PROC" moodCode="EVN">',
      '    <id root="1.3.6.1.4.1.115" extension="[30010]"/>',
      '    <code code="{64445}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Injection, anesthetic agent; sciatic nerve, single"/>',
      '  </procedure>',
      '</entry>',
      '<entry>',
      '  <procedure classCode="PROC" moodCode="EVN">',
      '    <id root="1.3.6.1.4.1.115" extension="[31764]"/>',
      '    <code code="{64612}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Chemodenervation of muscle(s); muscle(s) innervated by facial nerve"/>',
      '    <performer><assignedEntity><id extension="[52946]" root="2.16.840.1.113883.4.2"/></assignedEntity></performer>',
      '  </procedure>',
      '</entry>',
    ].join('\n'),
  },
];

// ── Hospital price transparency machine-readable file, CMS JSON schema v2, opened in the browser's JSON viewer ────
const mrf: Snippet[] = [
  {
    id: 's8-mrf-json',
    kind: 's8-hpt-mrf-json',
    text: `{
  "hospital_name": "Lakeshore Regional Medical Center",
  "last_updated_on": "2026-07-01",
  "version": "2.0.0",
  "hospital_location": ["Lakeshore Regional Medical Center"],
  "hospital_address": ["2100 Harbor Ave, Marquette, MI [49855]"],
  "license_information": { "license_number": "[90013]", "state": "MI" },
  "standard_charge_information": [
    {
      "description": "NEUROPLASTY SCIATIC NERVE",
      "code_information": [
        { "code": "{64712}", "type": "CPT" },
        { "code": "[36020]", "type": "CDM" },
        { "code": "0360", "type": "RC" }
      ],
      "standard_charges": [
        { "setting": "outpatient", "gross_charge": 8412.00, "discounted_cash": 5046.00, "minimum": 3120.55, "maximum": 7010.25,
          "payers_information": [
            { "payer_name": "Great Lakes Health", "plan_name": "PPO [60188]", "standard_charge_dollar": 4410.80, "methodology": "fee schedule" },
            { "payer_name": "Superior Medicaid", "plan_name": "MCO", "standard_charge_percentage": 62, "methodology": "percent of total billed charges",
              "additional_payer_notes": "Paid at the {64714} rate when billed with modifier 52" }
          ] }
      ]
    },
    {
      "description": "DESTR NEUROLYTIC PLANTAR DIG NRV",
      "code_information": [{ "code": "{64632}", "type": "CPT" }, { "code": "[36118]", "type": "CDM" }],
      "standard_charges": [{ "setting": "outpatient", "gross_charge": 1840.00, "discounted_cash": 1104.00, "minimum": 386.40, "maximum": 1472.00,
        "additional_generic_notes": "Per nerve; a second nerve is billed as a second unit of {64632}" }]
    },
    {
      "description": "INJ ANES SCIATIC NRV",
      "code_information": [{ "code": "{64445}", "type": "HCPCS" }, { "code": "[36021]", "type": "CDM" }],
      "standard_charges": [{ "setting": "both", "gross_charge": 1290.00, "discounted_cash": 774.00, "minimum": 410.22, "maximum": 1032.00 }]
    }
  ]
}`,
  },
];

// ── OPPS inpatient-only list: proposed-rule table with Federal Register prose around it ────────────────────────────
const ipo: Snippet[] = [
  ...lines({
    id: 's8-ipo-prose',
    kind: 's8-ipo-list-table',
    before: 'C. Changes to the Inpatient Only (IPO) List',
    text: [
      'In the CY 2026 OPPS/ASC final rule with comment period (90 FR [52412]), we finalized a 3-year phase-out of the IPO list.',
      'Commenters (for example, comment [10019] on docket CMS-1834-P) asked that {64712} and {64714} be removed from the list for CY 2027.',
      'We agree that {64712} can be performed safely in the hospital outpatient setting and propose to assign it status indicator J1.',
      'The proposed payment rates are in Addendum B (see 91 FR [43118] through [43166]).',
    ].join('\n'),
  }),
  ...table({
    id: 's8-ipo-table',
    kind: 's8-ipo-list-table',
    caption: 'Table 42: Services Proposed for Removal From the IPO List for CY 2027',
    headers: [
      'CY 2027 CPT/HCPCS Code',
      'CY 2027 Long Descriptor',
      'CY 2026 SI',
      'Proposed CY 2027 SI',
      'Proposed CY 2027 APC',
    ],
    rows: [
      ['{64712}', 'Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve', 'C', 'J1', '5432'],
      ['{64714}', 'Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus', 'C', 'J1', '5432'],
    ],
  }),
];

// ── SNF consolidated billing annual update: HCPCS excluded from CB, the CMS text file as shown in the browser ──────
const snfCb: Snippet[] = lines({
  id: 's8-snfcb',
  kind: 's8-snf-cb-exclusion-file',
  before: 'SNF Consolidated Billing — 2027 Annual Update — Major Category I.F',
  text: [
    'Change Request [13402] · Transmittal [12946] · Implementation date: January 5, 2027',
    'HCPCS  SHORT DESCRIPTOR                 ACTION  EFFECTIVE',
    '{64445}  N BLOCK INJ SCIATIC SNG          ADD     01/01/2027',
    '{64612}  DESTROY NERVE FACE MUSCLE        ADD     01/01/2027',
    '{64632}  N BLOCK INJ COMMON DIGIT         DELETE  01/01/2027',
    '{64712}  NEUROPLASTY SCIATIC NERVE        NO CHG  01/01/2026',
    '{64714}  NEUROPLASTY LMBR PLEXUS          NO CHG  01/01/2026',
    'Records in file: [00412] · file CB2027_IF.TXT · checksum [81772]',
    'Questions: SNF billing hotline, or write to 7500 Security Blvd, Baltimore MD [21244]-1850.',
  ].join('\n'),
});

// ── Medicare redetermination notice (MRN) from a MAC, as the PDF text layer reads line by line ──────────────────────
const mrn: Snippet[] = lines({
  id: 's8-mrn',
  kind: 's8-medicare-redetermination-notice',
  before: 'MEDICARE REDETERMINATION NOTICE',
  text: [
    'Appeal number: [90200]-4471-02 · Date of notice: November 20, 2026',
    'Provider: Summit Nerve and Spine · PTAN [40211] · 2345 Larch St, Salem OR [97302]-4410',
    'Summary of the facts: You billed {64714} (neuroplasty, lumbar plexus) and {64445} on 08/12/2026.',
    'Decision: UNFAVORABLE for {64445}; FAVORABLE for {64714}.',
    'Explanation: {64445} is bundled into {64714} when performed by the same physician on the same date (NCCI edit, modifier indicator 1).',
    'Local coverage article A[57826] was used in this decision. Documents reviewed: 14 pages.',
    'If you disagree, you may ask for a reconsideration within 180 days. Reference [21877] on all correspondence.',
  ].join('\n'),
});

// ── MAC Targeted Probe and Educate (TPE) round results letter: prose plus the per-claim findings table ────────────
const tpe: Snippet[] = [
  ...lines({
    id: 's8-tpe-prose',
    kind: 's8-mac-tpe-results-letter',
    before: 'Targeted Probe and Educate — Round 1 Results',
    text: [
      'Provider: Northlake Pain Clinic · PTAN [40203] · Topic: neurolytic destruction, {64632} · Case ID [90291]',
      'We reviewed 20 claims; 7 were denied in full or in part. Payment error rate 34.6% ($[11260] of $[32548] reviewed).',
      'Most errors: the record did not support the number of units of {64632} billed, and {64632} was reported with {64445} without a distinct nerve.',
      'A one-on-one education session is offered; call 855-609-9885 option 3 within 14 days; quote case [90291].',
    ].join('\n'),
  }),
  ...table({
    id: 's8-tpe-table',
    kind: 's8-mac-tpe-results-letter',
    caption: 'Claim-level findings',
    headers: ['Claim #', 'ICN', 'DOS', 'HCPCS', 'Finding', 'Denied amt'],
    rows: [
      ['1', '2226180412700', '06/02/2026', '{64632}', 'Units not supported (billed 3, documented 1)', '$412.10'],
      ['4', '2226181120300', '06/19/2026', '{64445}', 'Bundled; no distinct site documented', '$96.52'],
      ['9', '2226190075400', '07/07/2026', '{64632}', 'Supported', '$0.00'],
      ['13', '2226200933100', '07/21/2026', '{64612}', 'No signed order on file', '$218.40'],
    ],
  }),
];

// ── Front-desk benefits verification worksheet, filled in after a call to the payer (EHR form, label: value) ──────
const bv: Snippet[] = lines({
  id: 's8-bv',
  kind: 's8-benefits-verification-worksheet',
  before: 'Insurance Verification — Pre-Service',
  text: [
    'Payer: Evergreen Mutual · Payer ID [91131] · Group # [00306] · Member ID EVM*****[64712]',
    'Rep: Janelle · Call ref # [65135] · 11/09/2026 2:14 PM',
    'CPT(s) verified: {64712}-RT, {64445}',
    'PA required for {64712}? YES — auth # pending; {64445}: no PA under $1,500',
    'Deductible $2,500 / met $1,840.22 · OOP max $6,000 · Coinsurance 20%',
    'Facility: Riverside ASC, NPI 1629044810, ZIP [98101]-2218 (in network)',
    'Also asked: is {64714} covered if surgeon converts? Yes, same auth if updated within 2 business days.',
  ].join('\n'),
});

// ── Team wiki page (Confluence) with a markdown table pasted as plain text ──────────────────────────────────────────
const wiki: Snippet[] = lines({
  id: 's8-wiki',
  kind: 's8-wiki-markdown-table',
  before: 'Pain Clinic Billing — Nerve procedures cheat table (last edited by M. Ortiz)',
  text: [
    '| CPT | What it is | Bill with | Notes |',
    '|---|---|---|---|',
    '| {64445} | sciatic block, single | RT/LT | never with {64712} same side — see RCM-[21877] |',
    '| {64712} | neuroplasty sciatic | RT/LT | needs op note; PA for BCBS plan [10023] |',
    '| {64632} | plantar digital neurolysis | T-mods | 1 unit per nerve |',
    '| +{64612} | chemodenervation face | — | add-on per payer; Medicaid memo [40002] says no |',
    'Cost center [65022] · Owner ext. [50007] · Page id [20008]',
  ].join('\n'),
});

// ── Surgery calendar invite (Outlook web), subject line and body ────────────────────────────────────────────────────
const invite: Snippet[] = lines({
  id: 's8-invite',
  kind: 's8-outlook-surgery-invite',
  before: 'Calendar · Event',
  text: [
    'OR 4 – Tue 11/24 0730 – VALDEZ, R – {64712}LT + {64445}LT – Dr Halvorsen',
    'Location: Pavilion B, OR 4 · Case # [70016] · Pre-op bed 12',
    'Booked: {64712}-LT neuroplasty sciatic, est. 90 min; block {64445} by anesthesia',
    'Auth: CVH-PA-[14388] (valid through 12/31) · Acct [50101]',
    'Join by phone +1 971-555-0180, conference ID: [41306] 772#',
    'Notes: if frozen section changes plan, add {64714}; rep from vendor [83517] on call',
  ].join('\n'),
});

// ── Charge lag report (practice-management report, one row per posted charge) ─────────────────────────────────────
const lag: Snippet[] = table({
  id: 's8-lag',
  kind: 's8-charge-lag-report',
  caption: 'Charge Lag Detail — posted 11/01/2026 to 11/15/2026 — Location: Pain Center',
  headers: ['Svc Date', 'Post Date', 'Lag (days)', 'Rendering', 'Proc', 'Units', 'Charge', 'Batch'],
  rows: [
    ['10/28/2026', '11/02/2026', '5', 'HALVORSEN E', '{64445}', '1', '610.00', '[80011]'],
    ['10/21/2026', '11/04/2026', '14', 'HALVORSEN E', '{64632}', '2', '1,840.00', '[80021]'],
    ['10/30/2026', '11/05/2026', '6', 'OKAFOR D', '{64712}', '1', '2,400.00', '[80021]'],
    ['09/30/2026', '11/09/2026', '40', 'OKAFOR D', '{64714}', '1', '2,210.00', '[80047]'],
    ['11/06/2026', '11/10/2026', '4', 'LINDQVIST A', '{64612}', '1', '720.00', '[80052]'],
  ],
});

// ── Discharged-not-final-billed (DNFB) report, hospital billing office ─────────────────────────────────────────────
const dnfb: Snippet[] = table({
  id: 's8-dnfb',
  kind: 's8-dnfb-report',
  caption: 'DNFB by hold reason — as of 11/18/2026 06:00',
  headers: ['HAR', 'Patient', 'Disch', 'Days', 'Hold Reason', 'Balance', 'Payer Plan'],
  rows: [
    ['4430017', 'BERG, A', '11/12/2026', '6', 'Coding: {64712} op note unsigned', '$14,210.00', '[10133]'],
    [
      '4430122',
      'OKONJO, T',
      '11/10/2026',
      '8',
      'Auth mismatch: auth lists {64445}, coded {64714}',
      '$9,880.50',
      '[15030]',
    ],
    ['4430209', 'HARPER, L', '11/14/2026', '4', 'Missing modifier on {64632}', '$3,120.00', '[10133]'],
    ['4430311', 'KOWALSKI, M', '11/15/2026', '3', 'Charge review: CDM [36224] vs CPT', '$1,905.75', '[30103]'],
  ],
});

// ── Inpatient rounding list (mobile EHR, one patient per block) ─────────────────────────────────────────────────────
const rounding: Snippet[] = lines({
  id: 's8-rounding',
  kind: 's8-mobile-rounding-list',
  before: 'My Patients · Neurosurgery · 11/25',
  text: [
    '4W-1218 BERG, Anders 68M · MRN [88231] · POD1 s/p {64712} RT',
    '  Pain 3/10, ambulating; d/c planning, home ZIP [55810]',
    '5E-0407 OKONJO, Temi 55F · MRN [88214] · POD2 s/p {64714} + {64445} block',
    '  Bill: {64714} by Dr Okafor; block billed by anesthesia, not us',
    '  To do: confirm {64712} charge dropped (enc [71903]); PT eval tomorrow',
    '6N-1122 HARPER, Lena 58F · MRN [88240] · consult only, no procedure; room phone x[65071]',
  ].join('\n'),
});

// ── Payer fee-schedule quote sent by e-mail to the practice (plain-text e-mail body) ───────────────────────────────
const quote: Snippet[] = lines({
  id: 's8-quote',
  kind: 's8-payer-fee-quote-email',
  before: 'RE: 2027 rates request — Summit Nerve and Spine',
  text: [
    'Per your request of 10/30, here are the 2027 contracted rates for TIN ending 4417, agreement [15125]:',
    '{64712}   $1,142.18',
    '{64714}   $1,044.90',
    '{64445}     $118.37 (non-facility)',
    '{64632}     $201.64 per nerve',
    'These replace the rates in amendment [20013]. Questions: provider relations, 800-555-0143 ext [70137].',
    'Regional office: 1200 Pine St, Portland OR [97204] · request # [30051]',
  ].join('\n'),
});

// ── Coding-hold conversation exported from the EHR secure chat (timestamped lines) ────────────────────────────────
const chat: Snippet[] = lines({
  id: 's8-chat',
  kind: 's8-ehr-secure-chat-export',
  before: 'Secure Chat export · thread "Coding hold acct 50025" · 11/16/2026',
  text: [
    '[09:02] Coder (R. Pham): acct [50025] is on hold — op note says sciatic neurolysis, charge was {64714}',
    '[09:05] Dr Okafor: it was the sciatic, should be {64712}. Sorry.',
    '[09:06] Coder (R. Pham): ok changing {64714} to {64712}-RT, and the block {64445} stays?',
    '[09:09] Dr Okafor: yes keep it, separate site. Pt ZIP [97305] btw if the payer asks',
    '[09:11] Coder (R. Pham): thanks. Corrected charge batch [80130], queue item [44216].',
  ].join('\n'),
});

// ── FHIR ChargeItemDefinition (a price catalogue entry) from a billing system's FHIR API, JSON view ────────────────
const cid: Snippet[] = [
  {
    id: 's8-cid',
    kind: 's8-fhir-chargeitemdefinition',
    text: `{
  "resourceType": "ChargeItemDefinition",
  "id": "cdm-[36224]",
  "url": "https://fhir.northlake.example/ChargeItemDefinition/cdm-[36224]",
  "version": "2027.01",
  "status": "active",
  "title": "Neurolytic destruction, digital nerve, per nerve",
  "description": "Replaces cdm-[36219]; bill with {64632} once per nerve treated",
  "code": { "coding": [
    { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}" },
    { "system": "https://northlake.example/cdm", "code": "[36224]" }
  ] },
  "applicability": [{ "description": "Not with {64445} on the same nerve", "language": "text/fhirpath",
    "expression": "%context.code.coding.where(code='{64445}').empty()" }],
  "propertyGroup": [{ "priceComponent": [
    { "type": "base", "code": { "text": "gross charge, revenue code 0361" }, "amount": { "value": 920.00, "currency": "USD" } },
    { "type": "discount", "code": { "text": "self-pay, contract [47183]" }, "factor": -0.4 }
  ] }]
}`,
  },
];

// ── End-of-day front-desk close-out report (clinic), printed list ──────────────────────────────────────────────────
const closeout: Snippet[] = lines({
  id: 's8-closeout',
  kind: 's8-clinic-daily-closeout',
  before: 'Daily Close-Out — Pain Center — Tue 11/17/2026 — Drawer 2',
  text: [
    'Enc [71846]  BERG A        {64612}          copay $40.00  CC  receipt [26053]',
    'Enc [71851]  OKONJO T      {64445} RT       copay $0.00   —   (Medicaid)',
    'Enc [71858]  HARPER L      {64632} x2       copay $60.00  CHK #[10274]',
    'Enc [71862]  VALDEZ R      {64714} (booked; moved to OR)  no charge today',
    'Voids: receipt [26049] ($25.00, wrong patient) · reprinted as [26054]',
    'Deposit slip [30765] · cash $0.00 · checks $60.00 · cards $40.00 · total receipts 2',
  ].join('\n'),
});

// ── Release-of-information log (HIM), requests for records tied to claim reviews ───────────────────────────────────
const roi: Snippet[] = table({
  id: 's8-roi',
  kind: 's8-roi-request-log',
  caption: 'Release of Information — Requests logged November 2026',
  headers: ['Request #', 'Requester', 'Purpose', 'Records', 'Pages', 'Invoice'],
  rows: [
    ['[25518]', 'Cascade Valley Health Plan', 'Claim review, line {64712}-RT', 'Op note 10/14', '6', '[70412]'],
    ['[25531]', 'Cotiviti (for Evergreen Mutual)', 'DRG/coding validation', 'Full encounter', '212', '[70413]'],
    ['[25540]', 'Noridian JE', 'ADR for {64445}, {64632}', 'Proc notes 08/12, 10/02', '9', 'n/a'],
    ['[25547]', 'Patient (self)', 'Personal', 'Imaging, ZIP [97330] mail', '31', '[70415]'],
    ['[25552]', 'Law office (subpoena [64714])', 'Litigation', 'Records of {64712} surgery 10/14', '44', '[70416]'],
  ],
});

// ── Pre-procedure checklist (nursing, EHR), label/value lines ─────────────────────────────────────────────────────
const preop: Snippet[] = lines({
  id: 's8-preop',
  kind: 's8-preop-checklist',
  before: 'Pre-Procedure Checklist · Procedure Suite 2',
  text: [
    'Patient: OKONJO, Temi · MRN [88214] · Arm band verified ✔',
    'Scheduled procedure: {64445} RT sciatic block, then {64714} (lumbar plexus neuroplasty) if cleared',
    'Consent signed for: {64445}, {64714} · witness badge [30217]',
    'Site marked: right ✔ · NPO since 2200 · weight 74 kg · pager [47391]',
    'Pre-op labs: INR 1.0 (accession [58860]), K 4.1 · ride home: spouse, phone ends 0192',
    'Implant/supply lot: [16604] (tray) · glucose 104 · room 2, bay 4',
    'Time-out 07:41 — surgeon, RN, CRNA agree: {64714} right',
    'Post-procedure: block {64445} done by anesthesia (Dr Kim), charge slip [19783]; surgeon bills {64714} only',
  ].join('\n'),
});

// ── Coder's rebuttal to an external audit finding (letter body, paragraphs rendered as lines) ──────────────────────
const rebuttal: Snippet[] = lines({
  id: 's8-rebuttal',
  kind: 's8-audit-rebuttal',
  before: 'Response to Audit Findings — Engagement 45920',
  text: [
    'Finding 3 (sample item [00117]): The auditor recommends changing {64712} to {64714}.',
    'We disagree. The operative note documents release of the sciatic nerve at the sciatic notch, which is reported with {64712}, not {64714}.',
    'Finding 4 (sample item [00118]): agree. {64632} was billed 2 units; the note supports 1. A corrected claim was sent (ICN 2226300412700).',
    'Finding 5 (sample item [00119]): The add-on +{64612} was not separately reported; no change is needed.',
    'Finding 6 (sample item [00120]): We agree {64445} should carry modifier 59; see attached ticket [38874].',
    'Contact: HIM Coding, 4410 SW Canyon Rd, Beaverton OR [97005], fax 503-555-0176.',
  ].join('\n'),
});

// ── Payer contract rate-load log (contract management system import, one line per row) ────────────────────────────
const rateLoad: Snippet[] = lines({
  id: 's8-rateload',
  kind: 's8-contract-rate-load-log',
  before: 'Import job 62904 · file EVM_2027_PROF_RATES.xlsx · started 11/19/2026 03:10',
  text: [
    'row 2    header OK (Code, Mod, Rate, Eff Date, Schedule)',
    'row 118  {64712}       1142.18  01/01/2027  EVM-27  loaded',
    'row 119  {64712}  50   1713.27  01/01/2027  EVM-27  loaded',
    'row 120  {64714}       1044.90  01/01/2027  EVM-27  loaded',
    'row 121  {64445}  TC   —        01/01/2027  EVM-27  REJECTED: modifier TC not valid for code',
    'row 122  {64612}       96.10    13/01/2027  EVM-27  REJECTED: invalid effective date',
    'row 123  {64632}       201.64   01/01/2027  EVM-27  loaded',
    'summary  data rows 122 · loaded 120 · rejected 2 · agreement [15125] · job id [62904] · user [33580]',
  ].join('\n'),
});

// ── Procedure clinic day sheet (front desk, printed schedule with check-in details) ───────────────────────────────
const daySheet: Snippet[] = table({
  id: 's8-daysheet',
  kind: 's8-procedure-clinic-day-sheet',
  caption: 'Day Sheet — Summit Nerve and Spine, Procedure Room A — Wed 11/18/2026',
  headers: ['Time', 'Patient', 'MRN', 'Home phone', 'Visit / planned CPT', 'Ins / Plan', 'ZIP'],
  rows: [
    ['07:30', 'LUND, Karin', '[58274]', '(503) 555-0117', 'Procedure: {64445} RT', 'Regence [39671]', '[97062]'],
    ['08:15', 'PATEL, Dev', '[58291]', '(971) 555-0162', 'Procedure: {64632} x2 L foot', 'Aetna [46185]', '[97229]'],
    ['09:00', 'OWUSU, Ama', '[58302]', '(503) 555-0191', 'Follow-up after {64712}', 'Medicare', '[97266]'],
    [
      '10:30',
      'BRANDT, Ole',
      '[58317]',
      '(360) 555-0128',
      'Procedure: {64612} bilateral',
      'PacificSource [72948]',
      '[98683]',
    ],
  ],
});

export const sealed8: Snippet[] = [
  ...x277rfai,
  ...x275,
  ...validator,
  ...hl7Batch,
  ...dtr,
  ...opOutcome,
  ...qrda,
  ...mrf,
  ...ipo,
  ...snfCb,
  ...mrn,
  ...tpe,
  ...bv,
  ...wiki,
  ...invite,
  ...lag,
  ...dnfb,
  ...rounding,
  ...quote,
  ...chat,
  ...cid,
  ...closeout,
  ...roi,
  ...preop,
  ...rebuttal,
  ...rateLoad,
  ...daySheet,
];
