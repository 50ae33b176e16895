import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 3 (issue 11). `sealed2.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s3-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Many decoys reuse those digits; about a third of the
 * others are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, ids, control numbers, CDM and ledger
 * numbers, cost centres, amounts in cents and counts, so the 10k score means something. No other five-digit CPT
 * code appears in a coding context (it would be unknown to KNOWN_5 and so an unfair miss).
 *
 * Shapes built on real public document layouts (segment order, field and column names; our codes swapped in):
 * X12 278 request/response (005010X217: UM, HCR, SV1, TRN, HSD), X12 270/271 (005010X279A1: EQ and EB13 procedure
 * composites, MSG, LS/LE), X12 276 (005010X212: SVC and REF*FJ line control), HL7 v2 BAR^P01 (PID, PV1, DG1,
 * PR1 with C4, GT1, IN1) and MDM^T02 (TXA, OBX TX free text), FHIR ClaimResponse in the Da Vinci PAS shape
 * (reviewAction, preAuthRef, authorizedItemDetail; HL7/davinci-pas Examples.fsh), FHIR R4 Procedure + ChargeItem
 * bundle, the CMS Physician Fee Schedule Look-Up Tool pricing and indicator views, the Medicare Coverage Database
 * billing-and-coding article layout (contractor table, Group 1 paragraph and codes, revision history), the MLN
 * Matters / change-request transmittal layout (CR and transmittal numbers, business-requirement table), and a
 * Recovery Audit Contractor ADR letter (approved issue, ICN/MBI claim list, esMD). The other shapes (payer bulletin, provider manual, peer-to-peer notes, PA approval
 * letter, compliance audit, CDM change request, underpayment variance, coding quiz, anesthesia record, faxed
 * referral OCR, preference card, CPT-to-revenue crosswalk, charge reconciliation, account call log, SQL console) are
 * written the way those pages read, with no single public source.
 */

// ── X12 278 prior-authorization request and response, raw (clearinghouse "view file" <pre>, one text node each) ──
const x12_278: Snippet[] = [
  {
    id: 's3-278-req',
    kind: 's3-x12-278',
    text: [
      'ISA*00*          *00*          *ZZ*RIVERBENDNP    *ZZ*[60054]          *261105*0912*^*[00501]*000043122*0*P*:~',
      'GS*HI*RIVERBEND*[60054]*20261105*0912*[43122]*X*005010X217~',
      'ST*278*0001*005010X217~',
      'BHT*0007*13*[27646]*20261105*0912~',
      'HL*1**20*1~',
      'NM1*X3*2*BUCKEYE MUTUAL HEALTH*****PI*[60054]~',
      'HL*2*1*21*1~',
      'NM1*1P*2*RIVERBEND NEURO AND PAIN*****XX*1093847561~',
      'N3*1100 OLENTANGY RIVER RD~',
      'N4*COLUMBUS*OH*[43212]~',
      'PER*IC*PRECERT DESK*TE*6145550188~',
      'HL*3*2*22*1~',
      'NM1*IL*1*HARPER*LENA****MI*BMH[64714]~',
      'DMG*D8*19680422*F~',
      'HL*4*3*EV*1~',
      'UM*HS*I*2*22:B**U~',
      'DTP*AAH*RD8*20261201-20261231~',
      'HI*ABK:G5701*ABF:M5416~',
      'NM1*SJ*1*OKAFOR*DANIEL****XX*1184729305~',
      'HL*5*4*SS*0~',
      'TRN*1*[12834]*9RIVERBEND~',
      'UM*HS*I*2~',
      'SV1*HC:{64712}:RT*2400*UN*1***1~',
      'HSD*VS*1~',
      'HL*6*4*SS*0~',
      'TRN*1*[12835]*9RIVERBEND~',
      'SV1*HC:{64445}*450*UN*1~',
      'SE*27*0001~',
      'GE*1*[43122]~',
      'IEA*1*000043122~',
    ].join('\n'),
  },
  {
    id: 's3-278-resp',
    kind: 's3-x12-278',
    text: [
      'ST*278*0001*005010X217~',
      'BHT*0007*11*[27646]*20261107*1530~',
      'HL*1**20*1~',
      'NM1*X3*2*BUCKEYE MUTUAL HEALTH*****PI*[60054]~',
      'HL*2*1*21*1~',
      'NM1*1P*2*RIVERBEND NEURO AND PAIN*****XX*1093847561~',
      'HL*3*2*22*1~',
      'NM1*IL*1*HARPER*LENA****MI*BMH[64714]~',
      'HL*4*3*EV*1~',
      'UM*HS*I*2*22:B~',
      'HCR*A1*PA[64632]~',
      'REF*NT*[17245]~',
      'DTP*AAH*RD8*20261201-20261231~',
      'HL*5*4*SS*0~',
      'TRN*2*[12834]*9RIVERBEND~',
      'UM*HS*I*2~',
      'HCR*A1*PA[64632]~',
      'SV1*HC:{64712}:RT*2400*UN*1~',
      'HSD*VS*1~',
      'HL*6*4*SS*0~',
      'TRN*2*[12835]*9RIVERBEND~',
      'HCR*A3**35~',
      'SV1*HC:{64445}*450*UN*1~',
      'MSG*NOT CERTIFIED AS A SEPARATE SERVICE WHEN BILLED WITH {64712} BY THE SAME SURGEON~',
      'SE*24*0001~',
    ].join('\n'),
  },
  ...lines({
    id: 's3-278-view',
    kind: 's3-x12-278',
    before: 'Authorization response · received 11/07/2026 15:30 · trace 12834',
    text: [
      'Certification number PA[64632] · Status: Certified in total · Valid 12/01/2026 – 12/31/2026',
      'Line 1: {64712}-RT Neuroplasty, sciatic nerve · 1 unit · place of service 22',
      'Line 2: {64445} Injection, sciatic nerve · Not certified (reason 35) · trace [12835]',
      'Payer ID [60054] · Admin reference [17245] · Member BMH[64714]',
    ].join('\n'),
  }),
];

// ── X12 270 eligibility inquiry for specific procedures and its 271 answer, raw (one <pre> each) ───────────────
const x12_270_271: Snippet[] = [
  {
    id: 's3-270-raw',
    kind: 's3-x12-270-271',
    text: [
      'ST*270*0001*005010X279A1~',
      'BHT*0022*13*[64632]*20261103*0805~',
      'HL*1**20*1~',
      'NM1*PR*2*BUCKEYE MUTUAL HEALTH*****PI*[60054]~',
      'HL*2*1*21*1~',
      'NM1*1P*2*RIVERBEND NEURO AND PAIN*****XX*1093847561~',
      'HL*3*2*22*0~',
      'TRN*1*[93408]*9RIVERBEND~',
      'NM1*IL*1*HARPER*LENA****MI*BMH[64714]~',
      'DMG*D8*19680422~',
      'DTP*291*D8*20261201~',
      'EQ**HC:{64712}~',
      'EQ**HC:{64632}~',
      'SE*13*0001~',
    ].join('\n'),
  },
  {
    id: 's3-271-raw',
    kind: 's3-x12-270-271',
    text: [
      'ST*271*0001*005010X279A1~',
      'BHT*0022*11*[64632]*20261103*0805~',
      'HL*1**20*1~',
      'NM1*PR*2*BUCKEYE MUTUAL HEALTH*****PI*[60054]~',
      'HL*2*1*21*1~',
      'NM1*1P*2*RIVERBEND NEURO AND PAIN*****XX*1093847561~',
      'HL*3*2*22*0~',
      'TRN*2*[93408]*9RIVERBEND~',
      'NM1*IL*1*HARPER*LENA****MI*BMH[64714]~',
      'N3*88 WEBSTER PARK AVE~',
      'N4*COLUMBUS*OH*[43214]~',
      'DMG*D8*19680422*F~',
      'INS*Y*18*001*25~',
      'DTP*346*D8*20260101~',
      'EB*1*IND*30**GOLD PPO [28442]~',
      'EB*C*IND*30***23*1500*****Y~',
      'EB*G*IND*30***23*4000*****Y~',
      'EB*B*IND*****27*75****Y*Y*HC:{64712}~',
      'HSD*VS*1~',
      'MSG*PRIOR AUTHORIZATION REQUIRED FOR {64712} AND {64714} BEFORE THE DATE OF SERVICE~',
      'EB*1*IND*****27******Y*HC:{64632}~',
      'LS*2120~',
      'NM1*VN*2*SPINE AND PAIN UM VENDOR*****PI*[28443]~',
      'PER*IC**TE*8005550123~',
      'LE*2120~',
      'SE*25*0001~',
    ].join('\n'),
  },
];

// ── HL7 v2 BAR^P01 add-account message (interface engine message viewer, one <pre>) ───────────────────────────
const hl7Bar: Snippet[] = [
  {
    id: 's3-bar-raw',
    kind: 's3-hl7-bar',
    text: [
      'MSH|^~\\&|ADT|SVSC|PATACCT|SVSC|20261202143000||BAR^P01^BAR_P01|MSG[64612]|P|2.5.1',
      'EVN|P01|20261202143000',
      'PID|1||[58078]^^^SVSC^MR~[31062]^^^SVSC^PI||HARPER^LENA^M||19680422|F|||88 WEBSTER PARK AVE^^COLUMBUS^OH^[43214]^USA||^PRN^PH^^^614^5550123|||||[57757]^^^SVSC^AN',
      'PV1|1|O|SVSC^OR2^01||||1184729305^OKAFOR^DANIEL|||SUR||||||||[14801]^^^SVSC^VN',
      'DG1|1||G57.01^Lesion of sciatic nerve, right lower limb^I10||20261201|F',
      'PR1|1||{64712}^Neuroplasty, sciatic nerve^C4||20261201080500|||||||1184729305^OKAFOR^DANIEL||||RT^Right side^HCPCSMOD',
      'PR1|2||{64445}^Injection, anesthetic agent; sciatic nerve, single^C4||20261201074500|||||||1295038476^NGUYEN^TRAN',
      'GT1|1|[57757]|HARPER^LENA||88 WEBSTER PARK AVE^^COLUMBUS^OH^[43214]',
      'IN1|1|GOLDPPO^Buckeye Gold PPO|[60054]|BUCKEYE MUTUAL HEALTH|PO BOX 182223^^COLUMBUS^OH^[43218]-2223||^WPN^PH^^^800^5550123|[28442]|||||||||HARPER^LENA|18|||||||||||||||||||||BMH[64714]',
    ].join('\n'),
  },
];

// ── HL7 v2 MDM^T02 operative-note document with its free text in OBX (message viewer, one <pre>) ───────────────
const hl7Mdm: Snippet[] = [
  {
    id: 's3-mdm-raw',
    kind: 's3-hl7-mdm',
    text: [
      'MSH|^~\\&|DICTATION|RNP|EHR|RNP|20261201121500||MDM^T02^MDM_T02|[82799]|P|2.5.1',
      'EVN|T02|20261201121500',
      'PID|1||[58078]^^^SVSC^MR||HARPER^LENA^M||19680422|F',
      'PV1|1|O|SVSC^OR2||||1184729305^OKAFOR^DANIEL|||||||||||[14801]',
      'TXA|1|OP^Operative Note|TX|20261201120000|1184729305^OKAFOR^DANIEL||||||DOC[48448]||||||AU',
      'OBX|1|TX|OPNOTE^Operative Note^L||PREOPERATIVE DIAGNOSIS: Right sciatic nerve entrapment at the sciatic notch.',
      'OBX|2|TX|OPNOTE^Operative Note^L||PROCEDURE: Open neurolysis of the right sciatic nerve. Sciatic block by anesthesia before incision.',
      'OBX|3|TX|OPNOTE^Operative Note^L||Estimated blood loss 50 mL. No specimen. Dictation [11619], transcription job [11620].',
      'OBX|4|TX|OPNOTE^Operative Note^L||CODING SUMMARY: {64712}-RT neuroplasty, sciatic nerve; {64445} sciatic block (anesthesia, separate provider).',
      'OBX|5|TX|OPNOTE^Operative Note^L||Follow up in clinic in 2 weeks; questions to 614-555-0142, ext [27578].',
    ].join('\n'),
  },
];

// ── FHIR ClaimResponse for a prior authorization (Da Vinci PAS shape), a payer sandbox's JSON <pre> ─────────────
const fhirClaimResponse: Snippet[] = [
  {
    id: 's3-fhir-cr-1',
    kind: 's3-fhir-claimresponse',
    text: `{
  "resourceType": "ClaimResponse",
  "id": "pas-resp-[27808]",
  "identifier": [
    { "system": "http://buckeyemutual.example/PATIENT_EVENT_TRACE_NUMBER", "value": "[12834]" }
  ],
  "status": "active",
  "type": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional" }] },
  "use": "preauthorization",
  "patient": { "reference": "Patient/[58078]" },
  "created": "2026-11-07T15:30:00-05:00",
  "insurer": { "identifier": { "system": "http://buckeyemutual.example/payer-id", "value": "[60054]" } },
  "request": { "reference": "Claim/pas-req-[27808]" },
  "outcome": "complete",
  "preAuthRef": "PA[64632]",
  "item": [
    {
      "itemSequence": 1,
      "extension": [
        {
          "url": "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-itemAuthorizedDetail",
          "extension": [
            {
              "url": "productOrServiceCode",
              "valueCodeableConcept": {
                "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}", "display": "Neuroplasty, sciatic nerve" }]
              }
            },
            { "url": "modifier", "valueCodeableConcept": { "coding": [{ "code": "RT" }] } },
            { "url": "quantity", "valueQuantity": { "value": 1 } }
          ]
        }
      ],
      "adjudication": [
        {
          "category": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/adjudication", "code": "submitted" }] },
          "extension": [
            {
              "url": "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction",
              "extension": [
                { "url": "number", "valueString": "PA[64632]" },
                { "url": "code", "valueCodeableConcept": { "coding": [{ "system": "https://codesystem.x12.org/005010/306", "code": "A1", "display": "Certified in total" }] } }
              ]
            }
          ]
        }
      ]
    },
    {
      "itemSequence": 2,
      "adjudication": [
        {
          "category": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/adjudication", "code": "submitted" }] },
          "extension": [
            {
              "url": "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction",
              "extension": [
                { "url": "code", "valueCodeableConcept": { "coding": [{ "system": "https://codesystem.x12.org/005010/306", "code": "A3", "display": "Not Certified" }] } },
                { "url": "reasonCode", "valueCodeableConcept": { "coding": [{ "system": "https://codesystem.x12.org/external/886", "code": "35" }] } }
              ]
            }
          ]
        }
      ]
    }
  ],
  "processNote": [
    { "number": 1, "type": "display", "text": "{64445} is not certified when requested with {64712} for the same session. Resubmit with the anesthesia record." }
  ]
}`,
  },
  {
    id: 's3-fhir-cr-2',
    kind: 's3-fhir-claimresponse',
    text: `{
  "resourceType": "Claim",
  "id": "pas-req-[27808]",
  "use": "preauthorization",
  "item": [
    {
      "sequence": 2,
      "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}" }] },
      "quantity": { "value": 1 },
      "unitPrice": { "value": 450.0, "currency": "USD" }
    }
  ],
  "supportingInfo": [
    { "sequence": 1, "category": { "coding": [{ "code": "attachment" }] }, "valueReference": { "reference": "DocumentReference/[64714]" } }
  ]
}`,
  },
  {
    id: 's3-fhir-cr-3',
    kind: 's3-fhir-claimresponse',
    text: `{
  "resourceType": "Patient",
  "id": "[58078]",
  "identifier": [{ "system": "http://buckeyemutual.example/member", "value": "BMH[64714]" }],
  "address": [{ "line": ["88 Webster Park Ave"], "city": "Columbus", "state": "OH", "postalCode": "[43214]" }]
}`,
  },
];

// ── FHIR Procedure and ChargeItem resources from an EHR's bulk export (a developer console JSON <pre>) ───────
const fhirChargeItem: Snippet[] = [
  {
    id: 's3-fhir-chg-1',
    kind: 's3-fhir-chargeitem',
    text: `{
  "resourceType": "Bundle",
  "type": "collection",
  "entry": [
    {
      "resource": {
        "resourceType": "Procedure",
        "id": "proc-[27951]",
        "identifier": [{ "system": "urn:oid:1.2.840.114350.1.13.0.1.7.3.698084.8", "value": "[64612]" }],
        "status": "completed",
        "code": {
          "coding": [
            {
              "system": "http://www.ama-assn.org/go/cpt",
              "code": "{64632}",
              "display": "Destruction by neurolytic agent; plantar common digital nerve"
            }
          ],
          "text": "Alcohol neurolysis, third web space, left foot"
        },
        "subject": { "reference": "Patient/[31062]" },
        "encounter": { "reference": "Encounter/[88262]" },
        "performedDateTime": "2026-11-18"
      }
    },
    {
      "resource": {
        "resourceType": "ChargeItem",
        "id": "chg-[27949]",
        "status": "billable",
        "code": {
          "coding": [
            { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}" },
            { "system": "http://riverbend.example/fhir/CodeSystem/cdm", "code": "[36100]", "display": "NEUROLYSIS DIGITAL NRV" }
          ]
        },
        "subject": { "reference": "Patient/[31062]" },
        "context": { "reference": "Encounter/[88262]" },
        "quantity": { "value": 1 },
        "priceOverride": { "value": 685.0, "currency": "USD" },
        "costCenter": { "identifier": { "value": "[62140]" } },
        "account": [{ "reference": "Account/[57899]" }],
        "enterer": { "reference": "Practitioner/[11365]" },
        "note": [{ "text": "Left foot, modifier TA. Report {64632} once per nerve injected." }]
      }
    }
  ]
}`,
  },
  {
    id: 's3-fhir-chg-2',
    kind: 's3-fhir-chargeitem',
    text: `{
  "resourceType": "ChargeItem",
  "id": "chg-[27950]",
  "status": "billable",
  "code": {
    "coding": [
      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}", "display": "Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral" }
    ]
  },
  "subject": { "reference": "Patient/[64445]" },
  "quantity": { "value": 1 },
  "occurrenceDateTime": "2026-11-19",
  "productReference": { "reference": "Medication/[13087]" },
  "account": [{ "reference": "Account/[64712]" }]
}`,
  },
];

// ── CMS Physician Fee Schedule Look-Up Tool: search criteria, pricing view and indicator view ─────────────────
const mpfsLookup: Snippet[] = [
  {
    id: 's3-mpfs-criteria',
    kind: 's3-mpfs-lookup',
    before: 'Search Criteria',
    text: 'Year: 2027 · Type of Information: Pricing Information · HCPCS Criteria: Range of Codes · HCPCS Code: {64445} through {64714} · MAC Option: Specific Locality · MAC: [15202] · Locality: 01 - OHIO · Modifier: All Modifiers',
  },
  ...table({
    id: 's3-mpfs-price',
    kind: 's3-mpfs-lookup',
    caption: 'Pricing Information — 5 results',
    headers: [
      'HCPCS',
      'Modifier',
      'Short Description',
      'Proc Stat',
      'MAC',
      'Locality',
      'Non-Facility Price',
      'Facility Price',
      'Non-Facility Limiting Charge',
      'Facility Limiting Charge',
      'Conv Factor',
    ],
    rows: [
      [
        '{64445}',
        '',
        'N block inj sciatic sng',
        'A',
        '[15202]',
        '01',
        '$151.73',
        '$88.17',
        '$165.79',
        '$96.34',
        '33.4009',
      ],
      [
        '{64612}',
        '',
        'Destroy nerve face muscle',
        'A',
        '[15202]',
        '01',
        '$175.20',
        '$141.06',
        '$191.43',
        '$154.13',
        '33.4009',
      ],
      [
        '{64632}',
        '',
        'Destroy plantar digit nrv',
        'A',
        '[15202]',
        '01',
        '$129.52',
        '$72.88',
        '$141.52',
        '$79.63',
        '33.4009',
      ],
      ['{64712}', '', 'Revise sciatic nerve', 'A', '[15202]', '01', 'NA', '$921.66', 'NA', '$1,007.05', '33.4009'],
      ['{64714}', '', 'Revise low back nerve(s)', 'A', '[15202]', '01', 'NA', '$836.29', 'NA', '$913.77', '33.4009'],
    ],
  }),
  ...table({
    id: 's3-mpfs-ind',
    kind: 's3-mpfs-lookup',
    caption: 'Payment Policy Indicators',
    headers: [
      'HCPCS',
      'Mod',
      'Global',
      'Mult Surg',
      'Bilat Surg',
      'Asst Surg',
      'Co-Surg',
      'Team Surg',
      'PC/TC',
      'Endo Base',
    ],
    rows: [
      ['{64612}', '', '010', '2', '1', '1', '0', '0', '0', ''],
      ['{64712}', '', '090', '2', '1', '2', '1', '0', '0', ''],
      ['{64714}', '', '090', '2', '0', '2', '1', '0', '0', ''],
    ],
  }),
  {
    id: 's3-mpfs-foot',
    kind: 's3-mpfs-lookup',
    text: 'Prices for MAC [15202] locality 01 exclude the 2 % sequestration reduction. Download: PFS_Lookup_[27602].csv (5 rows). Session [64445] expires in 20 minutes.',
  },
];

// ── Medicare Coverage Database billing-and-coding article: header, contractor table, codes, revision history ───
const mcdArticle: Snippet[] = [
  {
    id: 's3-mcd-title',
    kind: 's3-lcd-revision-history',
    text: 'Billing and Coding: Peripheral Nerve Neurolysis and Blocks · A[58121] · Related LCD: L[39645] · Original Effective Date 03/01/2025 · Revision Effective Date 01/01/2027',
  },
  ...table({
    id: 's3-mcd-contracts',
    kind: 's3-lcd-revision-history',
    caption: 'Contractor Information',
    headers: ['Contract Type', 'Contract Number', 'Jurisdiction', 'State(s)'],
    rows: [
      ['A and B MAC', '[15101] - MAC A', 'J - 15', 'Kentucky'],
      ['A and B MAC', '[15102] - MAC B', 'J - 15', 'Kentucky'],
      ['A and B MAC', '[15201] - MAC A', 'J - 15', 'Ohio'],
      ['A and B MAC', '[15202] - MAC B', 'J - 15', 'Ohio'],
      ['A and B and HHH MAC', '[15004] - HHH MAC', 'J - 15', 'Ohio, Kentucky'],
    ],
  }),
  {
    id: 's3-mcd-group1',
    kind: 's3-lcd-revision-history',
    before: 'CPT/HCPCS Codes · Group 1 Paragraph:',
    text: 'Report {64712} or {64714} only for open neuroplasty with documented compression. Chemodenervation of facial muscles ({64612}) is limited to one session per 12 weeks; bilateral services are billed with modifier 50.',
  },
  ...table({
    id: 's3-mcd-g1codes',
    kind: 's3-lcd-revision-history',
    caption: 'Group 1 Codes: (5 Codes)',
    headers: ['Code', 'Description'],
    rows: [
      ['{64445}', 'INJECTION(S), ANESTHETIC AGENT(S) AND/OR STEROID; SCIATIC NERVE'],
      ['{64612}', 'CHEMODENERVATION OF MUSCLE(S); MUSCLE(S) INNERVATED BY FACIAL NERVE, UNILATERAL'],
      ['{64632}', 'DESTRUCTION BY NEUROLYTIC AGENT; PLANTAR COMMON DIGITAL NERVE'],
      ['{64712}', 'NEUROPLASTY, MAJOR PERIPHERAL NERVE, ARM OR LEG, OPEN; SCIATIC NERVE'],
      ['{64714}', 'NEUROPLASTY, MAJOR PERIPHERAL NERVE, ARM OR LEG, OPEN; LUMBAR PLEXUS'],
    ],
  }),
  ...table({
    id: 's3-mcd-rev',
    kind: 's3-lcd-revision-history',
    caption: 'Revision History Information',
    headers: ['Revision History Date', 'Revision History Number', 'Revision History Explanation', 'Reasons for Change'],
    rows: [
      [
        '12/17/2026',
        'R4',
        'Under CPT/HCPCS Codes Group 1: Codes added {64632}. Under ICD-10 Codes that Support Medical Necessity Group 3: added G57.61 and G57.62.',
        'Revisions Due To CPT/HCPCS Code Changes',
      ],
      [
        '06/26/2026',
        'R3',
        'Article revised to move {64445} from Group 2 to Group 1 per CR [13825] (Transmittal [12543]).',
        'Other (per CR)',
      ],
      [
        '01/09/2026',
        'R2',
        'Typographical error corrected in the ZIP of the mailing address ([45202]).',
        'Typographical Error',
      ],
    ],
  }),
];

// ── MLN Matters article and its change-request transmittal (CMS layout) ──────────────────────────────────────
const mlnTransmittal: Snippet[] = [
  ...lines({
    id: 's3-mln-head',
    kind: 's3-cms-transmittal',
    text: [
      'MLN Matters MM[13825] · Related CR Release Date: November 14, 2026',
      'Related CR Transmittal Number: R[12543]CP · Related Change Request (CR) Number: [13825]',
      'Effective Date: January 1, 2027 · Implementation Date: January 6, 2027',
    ].join('\n'),
  }),
  {
    id: 's3-mln-body-1',
    kind: 's3-cms-transmittal',
    before: 'What You Need to Know',
    text: 'CR [13825] updates the Multiple Procedure Payment Reduction edits: MACs will apply the 50 % reduction when {64712} and {64714} are billed on the same day, and will pay {64445} only when no other service from this family is on the claim.',
  },
  {
    id: 's3-mln-body-2',
    kind: 's3-cms-transmittal',
    before: 'Background',
    text: 'The edit table in Pub 100-04, chapter 12, section 40.6 lists {64612} as a bilateral procedure (indicator 1). Claims with {64612}-50 billed as 2 units will be returned with reason code [31014] and group code CO.',
  },
  ...table({
    id: 's3-mln-br',
    kind: 's3-cms-transmittal',
    caption: 'Business Requirements Table',
    headers: ['Number', 'Requirement', 'Responsibility A/B MAC', 'Shared-System Maintainers'],
    rows: [
      [
        '[13825].1',
        'Contractors shall apply MPPR indicator 2 to {64712} and {64714} for dates of service on or after January 1, 2027.',
        'X',
        'MCS',
      ],
      [
        '[13825].1.1',
        'Contractors shall not search their files for claims with {64712}/{64714} processed before implementation.',
        'X',
        '',
      ],
      [
        '[13825].2',
        'Contractors shall return as unprocessable {64612} billed with 2 units and modifier 50.',
        'X',
        'MCS, FISS',
      ],
    ],
  }),
  {
    id: 's3-mln-contact',
    kind: 's3-cms-transmittal',
    before: 'Contact',
    text: 'Pre-Implementation Contact(s): Division of Practitioner Claims Processing, 7500 Security Blvd, Baltimore, MD [21244]-1850. Post-Implementation: your MAC. Document history: MM[13825] original, 11/14/2026.',
  },
];

// ── Payer provider newsletter / bulletin (web article, one text node per paragraph) ──────────────────────────
const payerBulletin: Snippet[] = [
  {
    id: 's3-bull-1',
    kind: 's3-payer-bulletin',
    text: 'Network Notes · Issue 26-11 · Bulletin PB-[28114] · Buckeye Mutual Health, 400 E Town St, Columbus, OH [43215]-4104',
  },
  {
    id: 's3-bull-2',
    kind: 's3-payer-bulletin',
    before: 'Coding corner: peripheral nerve surgery',
    text: 'Starting February 1, 2027, {64714} is reviewed before payment. Submit the operative report with the claim; {64712} and {64714} billed together on one date will pend for records.',
  },
  {
    id: 's3-bull-3',
    kind: 's3-payer-bulletin',
    text: 'Reminder: {64632} is reported once per nerve, not per injection. Append modifiers T1–T9 or TA to show which digit.',
  },
  {
    id: 's3-bull-4',
    kind: 's3-payer-bulletin',
    text: 'Our claims system moved to a new platform on 11/09/2026. Claims received in batch [64712] through batch [64714] on that weekend were re-keyed; you do not need to resubmit them.',
  },
  {
    id: 's3-bull-5',
    kind: 's3-payer-bulletin',
    text: 'In the third quarter we processed [18459] appeals; 71 % were resolved within 30 days. The provider line, 1-800-555-0123, now answers until 8 p.m.',
  },
  {
    id: 's3-bull-6',
    kind: 's3-payer-bulletin',
    before: 'Medical policy updates',
    text: 'Policy MP-[27499] (Chemodenervation) now covers {64612} for hemifacial spasm; prior authorization is no longer required for {64612} when billed by neurology (taxonomy 2084N0400X).',
  },
];

// ── Payer provider manual, claims chapter (long HTML page, one text node per paragraph or list item) ─────────
const providerManual: Snippet[] = [
  {
    id: 's3-man-1',
    kind: 's3-provider-manual',
    before: '7.2 Where to send claims',
    text: 'Electronic claims: payer ID [60054] through any contracted clearinghouse. Paper claims: Buckeye Mutual Health Claims, PO Box 182223, Columbus, OH [43218]-2223.',
  },
  {
    id: 's3-man-2',
    kind: 's3-provider-manual',
    before: '7.5 Bilateral and multiple procedures',
    text: 'Report a bilateral procedure such as {64612} on one line with modifier 50 and one unit. Do not split {64712}-RT and {64712}-LT onto two claims.',
  },
  {
    id: 's3-man-3',
    kind: 's3-provider-manual',
    text: 'When a nerve block ({64445}) is given by the surgeon for post-operative pain, it is included in the global package of the open procedure and is not separately reimbursed.',
  },
  {
    id: 's3-man-4',
    kind: 's3-provider-manual',
    before: '7.9 Corrected claims',
    text: 'Send corrected claims with frequency code 7 and the original 12-digit claim number in REF*F8 (REF*F8*260470011482~), not the 5-digit batch number printed on the remittance ([26047]).',
  },
  {
    id: 's3-man-5',
    kind: 's3-provider-manual',
    text: 'Questions about this chapter: Provider Services, option 4, or the reconsideration form PRF-[27642] (revised 03/2026). Manual version 2026.4, section ID [00848].',
  },
  {
    id: 's3-man-6',
    kind: 's3-provider-manual',
    before: 'Appendix C · Codes that require records',
    text: '{64712}, {64714} (open neuroplasty) · {64632} (more than 3 nerves per foot per year) · {64612} (more than 4 sessions per year)',
  },
];

// ── Peer-to-peer review: the scheduling notice and the UM nurse's call notes ────────────────────────────────
const peerToPeer: Snippet[] = [
  {
    id: 's3-p2p-1',
    kind: 's3-peer-to-peer',
    text: 'Peer-to-Peer Review Scheduled · Case [12097] · Member BMH[64714] · Requested service: lumbar plexus neuroplasty ({64714}) · Denial reason: conservative care not documented.',
  },
  {
    id: 's3-p2p-2',
    kind: 's3-peer-to-peer',
    text: 'Call window 11/12/2026 2:00–2:30 p.m. ET with Dr. R. Mensah, medical director, reviewer ID [31013]. Dial 1-877-555-0190, passcode [64445]#.',
  },
  {
    id: 's3-p2p-3',
    kind: 's3-peer-to-peer',
    before: 'P2P notes (UM RN, 11/12/2026)',
    text: 'Surgeon described 8 months of PT and two diagnostic sciatic blocks ({64445} x2, 6/2026 and 8/2026) with 80 % relief. MD reversed denial for {64714}; the additional request for {64712} remains denied, not supported by imaging.',
  },
  {
    id: 's3-p2p-4',
    kind: 's3-peer-to-peer',
    text: 'Outcome letter queued (doc [57709]). New determination number UM-2026-[64612]; previous denial UM-2026-[64632] is closed.',
  },
];

// ── Prior-authorization approval letter (PDF rendered in the payer portal's document viewer) ────────────────
const paApproval: Snippet[] = [
  ...lines({
    id: 's3-paltr-head',
    kind: 's3-pa-approval-letter',
    text: [
      'Buckeye Mutual Health · Utilization Management · PO Box 182244 · Columbus OH [43218]-2244',
      'November 7, 2026',
      'Riverbend Neuro and Pain · 1100 Olentangy River Rd · Columbus OH [43212]',
      'RE: Lena Harper · Member ID BMH[64714] · Group [28442] · Authorization Number PA-2026-[64632]',
    ].join('\n'),
  }),
  {
    id: 's3-paltr-body',
    kind: 's3-pa-approval-letter',
    text: 'We have approved your request for the service below. This approval is not a guarantee of payment; benefits are determined when the claim is received. Please put the authorization number on the claim.',
  },
  ...table({
    id: 's3-paltr-tbl',
    kind: 's3-pa-approval-letter',
    caption: 'Approved services',
    headers: ['Service', 'Procedure Code', 'Units', 'From', 'Through', 'Facility'],
    rows: [
      [
        'Neuroplasty, sciatic nerve, right',
        '{64712}RT',
        '1',
        '12/01/2026',
        '02/28/2027',
        'Scioto Valley Surgery Center',
      ],
      ['Injection, sciatic nerve', '{64445}', '0', '', '', 'Not approved — see page 2'],
    ],
  }),
  {
    id: 's3-paltr-foot',
    kind: 's3-pa-approval-letter',
    text: 'Questions? Call 1-800-555-0123 and give reference [28146]. Letter ID UML[93711] · Page 1 of 2',
  },
];

// ── Internal coding compliance audit report (PDF text layer and its findings table) ─────────────────────────
const complianceAudit: Snippet[] = [
  {
    id: 's3-audit-1',
    kind: 's3-compliance-audit',
    text: 'Internal Audit Report IA-26-[27539] · Scope: peripheral nerve surgery, dates of service 01/01/2026–06/30/2026 · Population [57819] claim lines, sample 30 (RAT-STATS seed [18126]).',
  },
  {
    id: 's3-audit-2',
    kind: 's3-compliance-audit',
    before: 'Summary of findings',
    text: 'Five of 30 lines were coded in error (16.7 %). Three billed {64714} where the note supports {64712}; two billed {64445} by the surgeon inside the global period. Net overpayment $2,114.30, extrapolated $[39645].',
  },
  ...table({
    id: 's3-audit-tbl',
    kind: 's3-compliance-audit',
    caption: 'Appendix A — Sample detail',
    headers: ['Sample #', 'Claim ID', 'DOS', 'Billed CPT', 'Audited CPT', 'Finding', '$ Impact'],
    rows: [
      ['4', '[28231]', '02/11/2026', '{64714}', '{64712}', 'Wrong nerve', '-412.18'],
      ['9', '[28288]', '03/04/2026', '{64445}', 'none', 'Included in global', '-88.17'],
      ['17', '[64712]', '04/22/2026', '{64612}-50', '{64612}-50', 'Agree', '0.00'],
      ['22', '[28336]', '05/19/2026', '{64632}', '{64632}', 'Agree', '0.00'],
      ['28', '[28358]', '06/02/2026', '{64714}', '{64712}', 'Wrong nerve', '-412.18'],
    ],
  }),
  {
    id: 's3-audit-3',
    kind: 's3-compliance-audit',
    before: 'Corrective action',
    text: 'Education session held 08/14/2026 (attendance roster [28384]); follow-up probe of 10 claims in Q1 2027. Refund sent on check [64612] to the MAC, ZIP [45201].',
  },
];

// ── Chargemaster (CDM) maintenance request form (finance workflow tool, label/value pairs) ──────────────────
const cdmRequest: Snippet[] = [
  { id: 's3-cdm-1', kind: 's3-cdm-change-request', before: 'Request #', text: '[13618]', after: 'Status' },
  {
    id: 's3-cdm-2',
    kind: 's3-cdm-change-request',
    before: 'Requesting department',
    text: '[10818] Pain Management – Scioto Valley',
  },
  {
    id: 's3-cdm-3',
    kind: 's3-cdm-change-request',
    before: 'Charge code (CDM #)',
    text: '[36101]',
    after: 'Charge description',
  },
  { id: 's3-cdm-4', kind: 's3-cdm-change-request', before: 'CPT/HCPCS', text: '{64632}', after: 'Modifier' },
  {
    id: 's3-cdm-5',
    kind: 's3-cdm-change-request',
    before: 'GL revenue account',
    text: '[41210]-361',
    after: 'Revenue code',
  },
  { id: 's3-cdm-6', kind: 's3-cdm-change-request', before: 'Cost center', text: '[60944]', after: 'Price' },
  { id: 's3-cdm-7', kind: 's3-cdm-change-request', before: 'Price (cents, interface field CHG_AMT)', text: '[68500]' },
  {
    id: 's3-cdm-8',
    kind: 's3-cdm-change-request',
    before: 'Justification',
    text: 'New line needed because podiatry now performs {64632} in the procedure room; today it drops to the generic supply charge [36100]. Mirror the pricing of {64445} (CDM [36088]).',
  },
  {
    id: 's3-cdm-9',
    kind: 's3-cdm-change-request',
    before: 'Approvals',
    text: 'Revenue integrity: K. Barnes (emp [14050]) 11/20/2026 · Finance: pending',
  },
];

// ── Contract underpayment variance report (revenue-cycle analytics grid) ────────────────────────────────────
const variance: Snippet[] = [
  ...table({
    id: 's3-var',
    kind: 's3-underpayment-variance',
    caption: 'Underpayment variance — Buckeye Mutual — paid 10/01/2026 to 10/31/2026',
    headers: ['Acct #', 'Payer', 'Contract ID', 'Line Code', 'Expected', 'Paid', 'Variance', 'Variance Reason'],
    rows: [
      ['[57534]', 'BMH Gold PPO', '[28185]', '{64712}', '1,612.40', '1,289.92', '-322.48', 'MPPR applied to primary'],
      ['[64632]', 'BMH Gold PPO', '[28185]', '{64714}', '1,463.51', '1,463.51', '0.00', ''],
      ['[64445]', 'BMH Medicare Adv', '[28191]', '{64445}', '154.30', '0.00', '-154.30', 'Bundled into {64712}'],
      ['[58010]', 'BMH Medicare Adv', '[28191]', '{64612}', '178.60', '89.30', '-89.30', 'Paid at 50 % (bilateral)'],
      ['[58047]', 'BMH Gold PPO', '[28185]', '{64632}', '131.70', '131.70', '0.00', ''],
    ],
  }),
  {
    id: 's3-var-note',
    kind: 's3-underpayment-variance',
    before: 'Analyst note',
    text: 'Acct [64445]: payer bundled {64445} into {64712} although the block was by a separate anesthesia provider. Appeal drafted, tracking [14494]. Total variance this run (cents, export field VAR_AMT): [56608].',
  },
];

// ── Coding education quiz (learning platform: question stems, choices, answer key) ─────────────────────────
const codingQuiz: Snippet[] = [
  {
    id: 's3-quiz-head',
    kind: 's3-coding-quiz',
    text: 'Module 6 quiz · Peripheral nerve procedures · Quiz ID [27534] · 1.0 CEU, approval [19257] · Passing score 80 %',
  },
  {
    id: 's3-quiz-q1',
    kind: 's3-coding-quiz',
    text: '1. A surgeon performs open neurolysis of the right sciatic nerve through a posterior thigh incision. Which code is reported?',
  },
  ...lines({
    id: 's3-quiz-q1c',
    kind: 's3-coding-quiz',
    before: 'Which code is reported?',
    text: ['A. {64712}-RT', 'B. {64714}', 'C. {64445}-RT', 'D. {64632}'].join('\n'),
  }),
  {
    id: 's3-quiz-q2',
    kind: 's3-coding-quiz',
    text: '2. True or false: {64612} is reported with modifier 50 when both sides of the face are injected in one session.',
  },
  {
    id: 's3-quiz-q3',
    kind: 's3-coding-quiz',
    text: '3. The patient lives at ZIP [44632] and is seen in locality 01. Does the ZIP change which code you report for a sciatic block?',
  },
  {
    id: 's3-quiz-key',
    kind: 's3-coding-quiz',
    before: 'Answer key',
    text: '1 A ({64712}; {64714} is the lumbar plexus) · 2 True · 3 No: the ZIP only sets the payment locality; the block is still {64445}.',
  },
  {
    id: 's3-quiz-score',
    kind: 's3-coding-quiz',
    text: 'Attempt [11082] submitted · Learner ID [64714] · Score 3/3 · Certificate [60991] available under My Transcript.',
  },
];

// ── Anesthesia record: regional block note and its billing section (EHR intra-op record) ────────────────────
const anesthesiaRecord: Snippet[] = [
  {
    id: 's3-anes-1',
    kind: 's3-anesthesia-record',
    text: 'Anesthesia Record #[28290] · Case [12097] · OR 2 · Scioto Valley Surgery Center · ASA 2',
  },
  {
    id: 's3-anes-2',
    kind: 's3-anesthesia-record',
    before: 'Regional block',
    text: 'Sciatic block, popliteal approach, right, ultrasound guided, at surgeon request for post-op pain. Ropivacaine 0.5 % 20 mL, lot [81107], exp 08/2027. Kit ref [64445]. Time 0812–0819.',
  },
  {
    id: 's3-anes-3',
    kind: 's3-anesthesia-record',
    before: 'Billing',
    text: 'Block billed separately by anesthesia: {64445}-RT (1 unit, not included in anesthesia time). Surgeon bills {64712}-RT. Pyxis station [48448], witness badge [12335].',
  },
  {
    id: 's3-anes-4',
    kind: 's3-anesthesia-record',
    before: 'Vitals summary',
    text: 'Total fluids 800 mL · EBL 50 mL · Anesthesia time 98 min · Record locked by user [14272] at 10:02.',
  },
];

// ── Referral faxed to the clinic, as OCR text in the document-management viewer ─────────────────────────────
const faxReferral: Snippet[] = [
  ...lines({
    id: 's3-fax',
    kind: 's3-fax-referral-ocr',
    text: [
      'FROM: DELAWARE FAMILY MED  6145550177   11/03/2026 09:14   P.001/003   JOB [27708]',
      'REFERRAL / ORDER        Referral # [13284]',
      'Patient: HARPER, LENA   DOB 04/22/1968   Ins: Buckeye Mutual  ID BMH[64714]  Grp [28442]',
      'Address: 88 Webster Park Ave, Columbus OH [43214]',
      'Reason: R sciatic pain 8 mo, failed PT. Please evaluate and perform diagnostic block {64445}.',
      'If block positive consider open neurolysis {64712} / {64714} per your assessment.',
      'Referring: Amy Cole MD  NPI 1396620485  Office: 33 Sandusky St, Delaware OH [43015]',
    ].join('\n'),
  }),
];

// ── Surgeon preference card (perioperative system, header fields and the supply list) ───────────────────────
const prefCard: Snippet[] = [
  {
    id: 's3-pref-head',
    kind: 's3-preference-card',
    text: 'Preference Card [14801] · Dr. Daniel Okafor · Neuroplasty, sciatic nerve ({64712}) · Last reviewed 09/2026',
  },
  ...table({
    id: 's3-pref-supplies',
    kind: 's3-preference-card',
    caption: 'Supplies',
    headers: ['Item #', 'Description', 'Qty', 'Open / Hold'],
    rows: [
      ['[12100]', 'Pack, basic ortho', '1', 'Open'],
      ['[64712]', 'Nerve stimulator, handheld', '1', 'Open'],
      ['[27928]', 'Drape, extremity', '1', 'Open'],
      ['[28005]', 'Vessel loop, yellow', '2', 'Hold'],
      ['[64714]', 'Bipolar forceps, bayonet', '1', 'Open'],
    ],
  }),
  {
    id: 's3-pref-proc',
    kind: 's3-preference-card',
    before: 'Procedures on this card',
    text: 'Primary: {64712} · Alternate: {64714} (when the lumbar plexus is explored) · Block by anesthesia: {64445}',
  },
];

// ── CPT to revenue code crosswalk (hospital billing reference table) ────────────────────────────────────────
const revCrosswalk: Snippet[] = table({
  id: 's3-xwalk',
  kind: 's3-cpt-rev-crosswalk',
  caption: 'Outpatient surgery — CPT to revenue code crosswalk (FY 2027)',
  headers: ['CPT', 'Description', 'Rev Code', 'UB Dept', 'GL Account', 'Cost Center'],
  rows: [
    ['{64445}', 'Sciatic nerve block', '0370', 'Anesthesia', '[41215]', '[60944]'],
    ['{64612}', 'Chemodenervation, facial', '0361', 'OR minor', '[41210]', '[60944]'],
    ['{64632}', 'Neurolysis, digital nerve', '0361', 'OR minor', '[41210]', '[60991]'],
    ['{64712}', 'Neuroplasty, sciatic', '0360', 'OR major', '[41200]', '[60618]'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '0360', 'OR major', '[41200]', '[60618]'],
  ],
});

// ── Missing-charge reconciliation (surgery cases scheduled vs charges posted) ───────────────────────────────
const chargeRecon: Snippet[] = [
  ...table({
    id: 's3-recon',
    kind: 's3-charge-reconciliation',
    caption: 'Charge reconciliation — Scioto Valley Surgery Center — 12/01/2026',
    headers: ['Case #', 'Room', 'Scheduled', 'Charged', 'Lag', 'Status'],
    rows: [
      ['[12097]', 'OR 2', '{64712}-RT, {64445}', '{64712}-RT', '1', 'Missing: block'],
      ['[12104]', 'OR 2', '{64714}', '{64714}', '0', 'Reconciled'],
      ['[12106]', 'PR 1', '{64632} x2', '{64632}', '2', 'Units short'],
      ['[64632]', 'PR 1', '{64612}-50', '', '3', 'No charge posted'],
    ],
  }),
  {
    id: 's3-recon-sum',
    kind: 's3-charge-reconciliation',
    text: '3 of 41 cases need follow-up. Charges posted in batch [14494] (total $2,937.00, 14 lines). Next run 12/02/2026 06:00.',
  },
];

// ── X12 276 claim status inquiry, raw (one <pre>; the 277 answer shapes are in other sets) ─────────────────
const x12_276: Snippet[] = [
  {
    id: 's3-276-raw',
    kind: 's3-x12-276',
    text: [
      'ST*276*0001*005010X212~',
      'BHT*0010*13*[71438]*20261215*1020~',
      'HL*1**20*1~',
      'NM1*PR*2*BUCKEYE MUTUAL HEALTH*****PI*[60054]~',
      'HL*2*1*21*1~',
      'NM1*41*2*RIVERBEND NEURO AND PAIN*****46*[64445]~',
      'HL*3*2*19*1~',
      'NM1*1P*2*RIVERBEND NEURO AND PAIN*****XX*1093847561~',
      'HL*4*3*22*0~',
      'DMG*D8*19680422*F~',
      'NM1*IL*1*HARPER*LENA****MI*BMH[64714]~',
      'TRN*1*[71439]~',
      'REF*1K*2633400018842~',
      'REF*EJ*[57757]~',
      'AMT*T3*2850~',
      'DTP*472*RD8*20261201-20261201~',
      'SVC*HC:{64712}:RT*2400~',
      'REF*FJ*[20318]~',
      'DTP*472*D8*20261201~',
      'SVC*HC:{64445}*450~',
      'REF*FJ*[20319]~',
      'DTP*472*D8*20261201~',
      'SE*22*0001~',
    ].join('\n'),
  },
];

// ── Account follow-up notes in a practice-management system (one text node per note, terse biller shorthand) ──
const callLog: Snippet[] = lines({
  id: 's3-call',
  kind: 's3-payer-call-log',
  before: 'Account notes · Acct 57757 · HARPER, LENA',
  text: [
    '12/15/26 10:42 KLB: Called BMH prov svcs 1-800-555-0123, rep Tanya K, call ref 2026-1215-[64445].',
    'Clm 2633400018842 DOS 12/01/26: {64712}-RT pd 1,289.92 on chk [58233]; {64445} denied CO-97, rep says bundled w/ {64712}.',
    'Asked if reprocess w/ mod 59 is possible. Rep: no, appeal only. Appeal addr PO Box 182230 Columbus OH [43218]-2230.',
    'Moved bal 450.00 to appeal WQ [27651]. F/u 01/14/27.',
    '12/16/26 09:05 KLB: Faxed appeal w/ anes record, 12 pgs, fax confirmation [31877]. Billed {64445} by anesthesia NPI, not surgeon.',
    '12/18/26 14:20 MJR: Pt called re stmt. Told her {64445} under appeal, no pt resp yet. Verified ZIP [43214] and phone.',
  ].join('\n'),
});

// ── SQL console of a revenue-cycle data warehouse: the query and its result grid ──────────────────────────────
const sqlConsole: Snippet[] = [
  {
    id: 's3-sql-query',
    kind: 's3-sql-console',
    before: 'Query editor · RCM_PROD warehouse',
    text: [
      'SELECT svc_proc_cd, svc_mod_1, COUNT(*) AS n, AVG(chg_amt_cents) AS avg_chg_amt_cents, dept_id, payer_plan_id',
      'FROM fact_charge',
      'WHERE dept_id = [10818]',
      "  AND post_dt BETWEEN '2026-10-01' AND '2026-10-31'",
      "  AND svc_proc_cd IN ('{64445}', '{64612}', '{64632}', '{64712}')",
      '  AND payer_plan_id <> [99188]',
      'GROUP BY svc_proc_cd, svc_mod_1, dept_id, payer_plan_id;',
    ].join('\n'),
  },
  ...table({
    id: 's3-sql-grid',
    kind: 's3-sql-console',
    caption: 'Result · 5 rows · 0.42 s · query id 77446',
    headers: ['svc_proc_cd', 'svc_mod_1', 'n', 'avg_chg_amt_cents', 'dept_id', 'payer_plan_id'],
    rows: [
      ['{64445}', '', '3', '[45000]', '[10818]', '[28185]'],
      ['{64612}', '50', '2', '[38000]', '[10818]', '[64612]'],
      ['{64632}', 'TA', '4', '[68500]', '[10818]', '[28185]'],
      ['{64712}', 'RT', '6', '240000', '[10818]', '[28185]'],
      ['{64712}', 'LT', '1', '240000', '[10818]', '[77141]'],
    ],
  }),
];

// ── Additional documentation request (ADR) from a Recovery Audit Contractor (PDF in the portal's inbox) ──────
const adrLetter: Snippet[] = [
  ...lines({
    id: 's3-adr-head',
    kind: 's3-adr-letter',
    text: [
      'Recovery Audit Contractor Region 4 · Additional Documentation Request',
      'Letter date 12/02/2026 · ADR letter ID [82800] · Review type: complex',
      'Provider: Riverbend Neuro and Pain · NPI 1093847561 · PTAN 151180 · Columbus OH [43212]',
      'Approved issue [00909]: Peripheral nerve neuroplasty, medical necessity',
    ].join('\n'),
  }),
  {
    id: 's3-adr-body',
    kind: 's3-adr-letter',
    text: 'Send the operative report, the imaging and the conservative-care history for each line below. For {64712} and {64714}, include the documentation of the compressive lesion; if {64445} was billed on the same date by the same NPI, include the block note.',
  },
  ...table({
    id: 's3-adr-tbl',
    kind: 's3-adr-letter',
    caption: 'Claims selected for review',
    headers: ['Beneficiary', 'MBI', 'ICN', 'Line', 'DOS', 'Procedure', 'Billed'],
    rows: [
      ['HARPER, L', '1EG4-TE5-MK72', '22633400188420', '1', '12/01/2026', '{64712}-RT', '2,400.00'],
      ['OSEI, K', '4QN7-RW2-HP18', '22633100922410', '2', '11/14/2026', '{64714}', '2,850.00'],
      ['BRANDT, M', '7JA2-KD9-XT55', '22632800411730', '1', '10/09/2026', '{64445}', '450.00'],
    ],
  }),
  {
    id: 's3-adr-foot',
    kind: 's3-adr-letter',
    text: 'Respond within 45 days. Upload through esMD (content type 1) or mail to RAC Region 4, Attn: Medical Records, PO Box 2900, Rockville MD [20847]-2900. Reference case [60695] on every page.',
  },
];

export const sealed3: Snippet[] = [
  ...x12_278,
  ...x12_270_271,
  ...hl7Bar,
  ...hl7Mdm,
  ...fhirClaimResponse,
  ...fhirChargeItem,
  ...mpfsLookup,
  ...mcdArticle,
  ...mlnTransmittal,
  ...payerBulletin,
  ...providerManual,
  ...peerToPeer,
  ...paApproval,
  ...complianceAudit,
  ...cdmRequest,
  ...variance,
  ...codingQuiz,
  ...anesthesiaRecord,
  ...faxReferral,
  ...prefCard,
  ...revCrosswalk,
  ...chargeRecon,
  ...x12_276,
  ...callLog,
  ...sqlConsole,
  ...adrLetter,
];
