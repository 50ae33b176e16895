import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 2 (issue 11). The first sealed set (`sealed.ts`) was scored and looked at, so it is tuning data now.
 * This one was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts) and never ran it on these snippets. Its page shapes (`kind`, prefixed `s2-`) appear nowhere in
 * the tuning set nor in `sealed.ts`. Score it once; do not edit a snippet to make the detector pass, and say so in
 * the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Many decoys reuse those digits; many others are numbers
 * of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, ids, amounts, counts and dates, so the 10k score means
 * something.
 *
 * Shapes built on real public documents (layouts, segment order, field names; our codes swapped in): X12 837I
 * (005010X223A2), 277CA (005010X214), 999 (005010X231A1), HL7 v2 SIU^S12 and ADT^A08 with PR1/IN1, FHIR Coverage and
 * ServiceRequest, the CMS ZIP-to-carrier-locality file (ZIP5 layout), OPPS Addendum B, the CMS-1500 and UB-04 forms.
 * References read: CMS ZIP5 record layout (ZIP5lyout.txt in cms.gov End-of-Year-Zip-Code.zip), Da Vinci PDex
 * Coverage examples (hl7.org/fhir/us/davinci-pdex), HL7 v2 SIU_S12 / AIS structures (HL7/v2ig), public 277CA test
 * interchanges, the X12 835/837/999 implementation-guide segment layouts, NUCC 1500 and NUBC UB-04 form locators.
 */

// ── X12 837I institutional claim, raw interchange in a <pre> (one text node, one segment per line) ──────────
const x12_837i: Snippet[] = [
  {
    id: 's2-837i-raw-1',
    kind: 's2-x12-837i',
    text: [
      'ISA*00*          *00*          *ZZ*[66101]          *ZZ*[00147]          *261003*1412*^*[00501]*000012105*0*P*:~',
      'GS*HC*[66101]*[00147]*20261003*1412*[20267]*X*005010X223A2~',
      'ST*837*0001*005010X223A2~',
      'BHT*0019*00*[64632]*20261003*1412*CH~',
      'NM1*41*2*LAKESIDE SURGERY CENTER*****46*[66101]~',
      'PER*IC*BILLING OFFICE*TE*8165550142~',
      'NM1*40*2*SHOW-ME HEALTH PLAN*****46*[00147]~',
      'HL*1**20*1~',
      'PRV*BI*PXC*261QA1903X~',
      'NM1*85*2*LAKESIDE SURGERY CENTER*****XX*1548293710~',
      'N3*4500 MAIN ST~',
      'N4*KANSAS CITY*MO*[64132]~',
      'REF*EI*431234567~',
      'HL*2*1*22*0~',
      'SBR*P*18*[64445]*SILVER HMO*****CI~',
      'NM1*IL*1*DOE*JANE****MI*XQW[64712]~',
      'N3*12 OAK LN~',
      'N4*INDEPENDENCE*MO*[64050]~',
      'DMG*D8*19710314*F~',
      'NM1*PR*2*SHOW-ME HEALTH PLAN*****PI*[00147]~',
      'CLM*[64714]A*2450***13:A:1**A*Y*Y~',
      'DTP*434*RD8*20261002-20261002~',
      'CL1*2*1*01~',
      'REF*G1*[64612]~',
      'REF*D9*[26276]~',
      'HI*ABK:G5701~',
      'HI*BH:11:D8:20261002~',
      'HI*BE:A3:::[12500]~',
      'NM1*71*1*ALVAREZ*MARIA****XX*1548293710~',
      'LX*1~',
      'SV2*0360*HC:{64712}:RT*1450*UN*1~',
      'DTP*472*D8*20261002~',
      'REF*6R*[64712]~',
      'LX*2~',
      'SV2*0370*HC:{64445}*700*UN*1~',
      'DTP*472*D8*20261002~',
      'REF*6R*[64445]~',
      'LX*3~',
      'SV2*0361*HC:{64632}:59*300*UN*1~',
      'LX*4~',
      'SV2*0636*HC:J0585*150*UN*100~',
      'SE*42*0001~',
      'GE*1*[20267]~',
      'IEA*1*000012105~',
    ].join('\n'),
  },
  {
    // A second claim from the same file, shown by a clearinghouse "view segment" panel that wraps at `~`.
    id: 's2-837i-raw-2',
    kind: 's2-x12-837i',
    text: 'CLM*[66089]*900***13:A:1**A*Y*Y~REF*G1*[64632]~HI*ABK:G513~LX*1~SV2*0510*HC:{64612}:50*900*UN*2~DTP*472*D8*20261003~REF*6R*[10174]~',
  },
  {
    id: 's2-837i-raw-3',
    kind: 's2-x12-837i',
    text: [
      'CLM*[12184]*3200***13:A:1**A*Y*Y~',
      'HI*ABK:M5416~',
      'LX*1~',
      'SV2*0360*HC:{64714}*1800*UN*1~',
      'LX*2~',
      'SV2*0360*HC:{64712}:LT*1450*UN*1~',
      'LX*3~',
      'SV2*0361*HC:{64632}:XS*300*UN*1~',
      'LX*4~',
      'SV2*0370*HC:{64445}:59*700*UN*1~',
    ].join('\n'),
  },
];

// ── X12 277CA claim acknowledgment, raw (one <pre>, segment separator `~` + newline, component `>`) ─────────
const x12_277ca: Snippet[] = [
  {
    id: 's2-277ca-raw-1',
    kind: 's2-x12-277ca',
    text: [
      'ISA*00*          *00*          *ZZ*[00147]          *ZZ*[66101]          *261004*0615*^*[00501]*000026279*0*P*>~',
      'GS*HN*[00147]*[66101]*20261004*0615*[26279]*X*005010X214~',
      'ST*277*0001*005010X214~',
      'BHT*0085*08*[64445]*20261004*0615*TH~',
      'HL*1**20*1~',
      'NM1*AY*2*SHOW-ME CLEARINGHOUSE*****46*[00147]~',
      'TRN*1*[64612]~',
      'DTP*050*D8*20261004~',
      'DTP*009*D8*20261004~',
      'HL*2*1*21*1~',
      'NM1*41*2*LAKESIDE SURGERY CENTER*****46*[66101]~',
      'TRN*2*[20267]~',
      'STC*A1>19>PR*20261004*WQ*2450~',
      'QTY*90*1~',
      'AMT*YU*2450~',
      'HL*3*2*19*1~',
      'NM1*85*2*LAKESIDE SURGERY CENTER*****XX*1548293710~',
      'TRN*1*0~',
      'REF*TJ*431234567~',
      'HL*4*3*PT~',
      'NM1*QC*1*DOE*JANE****MI*XQW[64712]~',
      'TRN*2*[64714]A~',
      'STC*A7>21*20261004*U*2450~',
      'REF*1K*2627900112345~',
      'REF*D9*[26276]~',
      'DTP*472*RD8*20261002-20261002~',
      'SVC*HC>{64712}>RT*1450*****1~',
      'STC*A7>454*20261004*U*1450~',
      'REF*FJ*[64712]~',
      'DTP*472*D8*20261002~',
      'SVC*HC>{64445}*700*****1~',
      'STC*A3>145>QC*20261004~',
      'REF*FJ*[64445]~',
      'DTP*472*D8*20261002~',
      'HL*5*3*PT~',
      'NM1*QC*1*ROE*RICHARD****MI*XQW[66097]~',
      'TRN*2*[66089]~',
      'STC*A2>20*20261004*WQ*900~',
      'REF*1K*2627900112346~',
      'SVC*HC>{64612}>50*900*****2~',
      'STC*A2>20*20261004~',
      'SVC*HC>{64632}*300*****1~',
      'STC*A2>20*20261004~',
      'SE*45*0001~',
      'GE*1*[26279]~',
      'IEA*1*000026279~',
    ].join('\n'),
  },
];

// ── X12 999 implementation acknowledgment, raw, and the clearinghouse's plain-language reading of it ──────
const x12_999: Snippet[] = [
  {
    id: 's2-999-raw-1',
    kind: 's2-x12-999',
    text: [
      'ISA*00*          *00*          *ZZ*[00147]          *ZZ*[66101]          *261003*1415*^*[00501]*000064714*0*P*:~',
      'GS*FA*[00147]*[66101]*20261003*1415*[10174]*X*005010X231A1~',
      'ST*999*0001*005010X231A1~',
      'AK1*HC*[20267]*005010X223A2~',
      'AK2*837*0001*005010X223A2~',
      'IK3*N4*12*2010BA*8~',
      'CTX*CLM01:[64714]A~',
      'IK4*3*116*7*[64132]~',
      'IK5*R*5~',
      'AK9*R*1*1*0~',
      'SE*9*0001~',
      'GE*1*[10174]~',
      'IEA*1*000064714~',
    ].join('\n'),
  },
  ...lines({
    id: 's2-999-rpt',
    kind: 's2-x12-999',
    before: 'Acknowledgment report · 999 received 10/03/2026 14:15',
    text: [
      'Functional group [20267] (837 institutional): REJECTED, 0 of 1 transaction sets accepted',
      'Transaction set 0001, claim [64714]A: segment N4 in loop 2010BA, element N403 (postal code) value [64132] is not valid for the state given',
      'Interchange control 000064714 · group control [10174] · sender [66101] · receiver [00147]',
      'Fix the subscriber address and resubmit the whole batch; no claims from file LSC_[26276]_01.837 reached the payer.',
    ].join('\n'),
  }),
];

// ── HL7 v2 SIU^S12 surgical scheduling message (interface-engine message viewer, one <pre>) ───────────────
const hl7Siu: Snippet[] = [
  {
    id: 's2-siu-raw-1',
    kind: 's2-hl7-siu',
    text: [
      'MSH|^~\\&|OPTIME|KCMC|CHGCAP|KCMC|20260928101500||SIU^S12|SIU[40118]|P|2.5.1',
      'SCH|[64445]^OPTIME|[10147]^KCMC|||||SURG^Surgery^L|ELECTIVE|90|min|^^90^20261002080000^20261002093000|||||[30111]^SCHEDULER^ANNA|^WPN^PH^^^816^5550142',
      'PID|1||[64714]^^^KCMC^MR||DOE^JANE^Q||19710314|F|||4500 MAIN ST^^KANSAS CITY^MO^[64157]',
      'PV1|1|O|OR^04^A^KCMC||||1548293710^ALVAREZ^MARIA|||SUR||||||||[64632]^^^KCMC^VN',
      'RGS|1|A',
      'AIS|1|A|{64712}^NEUROPLASTY MAJOR PERIPHERAL NERVE^CPT|20261002080000|0|min|90|min',
      'AIS|2|A|{64445}^NBLK INJ SCIATIC SINGLE^CPT4|20261002093000|0|min|15|min',
      'AIS|3|A|[30118]^SCIATIC NEUROPLASTY (CASE TYPE)^OPTIME|20261002080000|0|min|90|min',
      'NTE|1||Implant tray [50041] on hold; C-arm in room by 0730.',
      'AIL|1|A|OR04^^^KCMC|^OPERATING ROOM 4',
      'AIP|1|A|1548293710^ALVAREZ^MARIA|SUR^Surgeon',
    ].join('\n'),
  },
  {
    // An S14 (modification) for the same case, shown by a log tail with one segment per line.
    id: 's2-siu-raw-2',
    kind: 's2-hl7-siu',
    text: [
      'MSH|^~\\&|OPTIME|KCMC|CHGCAP|KCMC|20260930161200||SIU^S14|SIU[40133]|P|2.5.1',
      'SCH|[64445]^OPTIME|[10147]^KCMC|||||SURG^Surgery^L|ELECTIVE|120|min',
      'AIS|1|A|{64712}^NEUROPLASTY MAJOR PERIPHERAL NERVE^C4|20261002080000|0|min|120|min',
      'AIS|2|D|{64445}^NBLK INJ SCIATIC SINGLE^C4',
      'AIS|3|A|{64714}^NEUROPLASTY LUMBAR PLEXUS^C4|20261002100000|0|min|30|min',
    ].join('\n'),
  },
];

// ── HL7 v2 ADT^A08 with procedures (PR1) and insurance (IN1), one <pre> ───────────────────────────────────
const hl7Adt: Snippet[] = [
  {
    id: 's2-adt-raw-1',
    kind: 's2-hl7-adt-pr1',
    text: [
      'MSH|^~\\&|ADT|STLUKE|CODING|STLUKE|202610021630||ADT^A08^ADT_A01|[80014]|P|2.5.1',
      'EVN|A08|202610021630|||[60038]^CODER^KIM',
      'PID|1||[64612]^^^SLH^MR||DOE^JANE||19710314|F|||4500 MAIN ST^^KANSAS CITY^MO^[64157]||^PRN^PH^^^816^5550142|||||[66089]^^^SLH^AN',
      'PV1|1|O|SDS^12^1||||1548293710^ALVAREZ^MARIA|||SUR||||||||[64445]^^^SLH^VN',
      'PR1|1||{64712}^Neuroplasty major peripheral nerve^C4|Sciatic neuroplasty|20261002081500|P',
      'PR1|2||{64445}^Injection anesthetic sciatic nerve^CPT|Sciatic block|20261002080000|A',
      'PR1|3||01NG0ZZ^Release Sciatic Nerve, Open Approach^I10P||20261002081500|P',
      'IN1|1|[30145]^SILVER HMO|[00147]|SHOW-ME HEALTH PLAN|PO BOX 419003^^KANSAS CITY^MO^[64141]|||[64632]|LAKESIDE EMPLOYEES',
      'GT1|1|[64714]|DOE^JANE||4500 MAIN ST^^KANSAS CITY^MO^[64157]',
    ].join('\n'),
  },
];

// ── FHIR Coverage resource (payer developer sandbox, JSON in a <pre>) ─────────────────────────────────────
const fhirCoverage: Snippet[] = [
  {
    id: 's2-fhir-cov-1',
    kind: 's2-fhir-coverage',
    text: `{
  "resourceType": "Coverage",
  "id": "cov-[64612]",
  "text": { "status": "generated", "div": "<div xmlns=\\"http://www.w3.org/1999/xhtml\\"><p>Coverage for Jane Doe - Subscriber ID: [64714], Show-Me Health Plan, group [64632]</p></div>" },
  "identifier": [{ "system": "https://showme.example.org/member-id", "value": "XQW[64712]" }],
  "status": "active",
  "subscriberId": "[64714]",
  "beneficiary": { "reference": "Patient/[64445]" },
  "relationship": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship", "code": "self" }] },
  "period": { "start": "2026-01-01", "end": "2026-12-31" },
  "payor": [{ "identifier": { "system": "https://showme.example.org/payer-id", "value": "[00147]" }, "display": "Show-Me Health Plan" }],
  "class": [
    { "type": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "group" }] }, "value": "[64632]", "name": "Lakeside Employees" },
    { "type": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "plan" }] }, "value": "[12105]", "name": "Silver HMO" },
    { "type": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "rxgroup" }] }, "value": "[64445]" }
  ],
  "network": "[66118]",
  "costToBeneficiary": [{ "type": { "coding": [{ "code": "copay" }] }, "valueMoney": { "value": 40, "currency": "USD" } }]
}`,
  },
  // The sandbox's "table view" of the same resource.
  ...table({
    id: 's2-fhir-cov-tbl',
    kind: 's2-fhir-coverage',
    headers: ['class.type.code', 'class.value', 'class.name'],
    rows: [
      ['group', '[64632]', 'Lakeside Employees'],
      ['plan', '[12105]', 'Silver HMO'],
      ['rxgroup', '[64445]', ''],
      ['subgroup', '[64612]', 'Kansas City office'],
    ],
  }),
];

// ── FHIR ServiceRequest resources (an EHR's FHIR explorer, JSON in a <pre>) ──────────────────────────────
const fhirServiceRequest: Snippet[] = [
  {
    id: 's2-fhir-sr-1',
    kind: 's2-fhir-servicerequest',
    text: `{
  "resourceType": "ServiceRequest",
  "id": "[64714]",
  "identifier": [
    { "type": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "PLAC" }] }, "value": "[64445]" }
  ],
  "requisition": { "value": "REQ-[10160]" },
  "status": "active",
  "intent": "order",
  "code": {
    "coding": [
      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}", "display": "Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral" }
    ]
  },
  "quantityQuantity": { "value": 2 },
  "subject": { "reference": "Patient/[64632]" },
  "requester": { "reference": "Practitioner/[15046]" },
  "performer": [{ "reference": "Organization/[64712]" }],
  "insurance": [{ "reference": "Coverage/cov-[64612]" }],
  "reasonCode": [{ "coding": [{ "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G51.3" }] }],
  "note": [{ "text": "Bilateral. Bill {64612} with modifier 50 once, per payer policy." }]
}`,
  },
  {
    id: 's2-fhir-sr-2',
    kind: 's2-fhir-servicerequest',
    text: `{
  "resourceType": "ServiceRequest",
  "id": "sr-[20088]",
  "status": "completed",
  "intent": "order",
  "code": {
    "coding": [
      { "system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": "{64632}" },
      { "system": "http://loinc.org", "code": "[64445]-3", "display": "Nerve block panel" }
    ]
  },
  "orderDetail": [{ "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}", "display": "Injection, anesthetic agent; sciatic nerve, single" }] }],
  "locationReference": [{ "reference": "Location/[64157]" }],
  "occurrenceDateTime": "2026-10-05T07:30:00-05:00"
}`,
  },
];

// ── CMS ZIP code to carrier locality file (ZIP5 layout): raw fixed-width lines and a table viewer ─────────
// Real layout: State 1-2, ZIP 3-7, Carrier 8-12, Locality 13-14, rural flags, +4 flag, Part B indicator, filler,
// Year/Quarter (YYYYQ) 76-80. In the raw record ZIP, carrier and locality run together into one long number.
const zipCarrierRaw: Snippet[] = lines({
  id: 's2-zip5-raw',
  kind: 's2-cms-zip-carrier',
  before: 'ZIP5_OCT2026.txt',
  text: [
    `MO641110530202  Z9 0 ${' '.repeat(53)}[20264]`,
    `MO641320530202  Z9 0 ${' '.repeat(53)}[20264]`,
    `MO644450530299R Z9 0 ${' '.repeat(53)}[20264]`,
    `KS661010520200  Z9 0 ${' '.repeat(53)}[20264]`,
  ].join('\n'),
});

const zipCarrierTable: Snippet[] = table({
  id: 's2-zip5-tbl',
  kind: 's2-cms-zip-carrier',
  caption: 'Zip Code to Carrier Locality File — revised 10/2026',
  headers: ['STATE', 'ZIP CODE', 'CARRIER', 'LOCALITY', 'RURAL IND', 'LAB CB LOCALITY', 'PLUS FOUR FLAG'],
  rows: [
    ['MO', '[64111]', '[05302]', '02', '', 'Z9', '0'],
    ['MO', '[64132]', '[05302]', '02', '', 'Z9', '0'],
    ['MO', '[64157]', '[05302]', '02', '', 'Z9', '0'],
    ['MO', '[64445]', '[05302]', '99', 'R', 'Z9', '0'],
    ['MO', '[64632]', '[05302]', '99', 'R', 'Z9', '1'],
    ['KS', '[66101]', '[05202]', '00', '', 'Z9', '0'],
    ['NE', '[68104]', '[05402]', '00', '', 'Z9', '0'],
  ],
});

// ── OPPS Addendum B (CMS hospital outpatient payment by HCPCS) ──────────────────────────────────────────
const oppsAddendumB: Snippet[] = table({
  id: 's2-oppsb',
  kind: 's2-opps-addendum-b',
  caption: 'Addendum B.—Final OPPS Payment by HCPCS Code for CY 2026',
  headers: [
    'HCPCS Code',
    'Short Descriptor',
    'CI',
    'SI',
    'APC',
    'Relative Weight',
    'Payment Rate',
    'National Unadjusted Copayment',
    'Minimum Unadjusted Copayment',
  ],
  rows: [
    ['{64612}', 'Destroy nerve face muscle', '', 'T', '5442', '8.7210', '782.41', '', '156.49'],
    ['{64632}', 'N block inj common digit', '', 'T', '5441', '3.3902', '304.16', '', '60.84'],
    ['{64445}', 'N block inj sciatic sng', '', 'T', '5442', '8.7210', '782.41', '', '156.49'],
    ['{64712}', 'Revise sciatic nerve', '', 'J1', '5432', '112.5389', '[10097].42', '', '[20019].49'],
    ['{64714}', 'Revise low back nerve(s)', 'CH', 'J1', '5432', '112.5389', '[10097].42', '', '[20019].49'],
  ],
});

// ── Surgical scheduling board (OR schedule, one row per case) ───────────────────────────────────────────
const orSchedule: Snippet[] = table({
  id: 's2-orsched',
  kind: 's2-surgical-schedule',
  caption: 'OR Schedule — Main OR — Fri 10/02/2026',
  headers: ['Rm', 'Start', 'Case #', 'Patient', 'MRN', 'Procedure', 'CPT', 'Surgeon', 'Est min', 'Pref Card', 'Status'],
  rows: [
    [
      'OR 4',
      '0730',
      '[26282]',
      'DOE, J',
      '[64714]',
      'Sciatic neuroplasty, right',
      '{64712}-RT',
      'Alvarez',
      '90',
      '[64445]',
      'In Room',
    ],
    [
      'OR 4',
      '0930',
      '[26283]',
      'ROE, R',
      '[64612]',
      'Sciatic nerve block, post-op pain',
      '{64445}',
      'Alvarez',
      '15',
      '[30118]',
      'Scheduled',
    ],
    [
      'OR 6',
      '0800',
      '[26284]',
      'POE, E',
      '[66097]',
      'Chemodenervation, facial, bilateral',
      '{64612}-50',
      'Nguyen',
      '30',
      '[64612]',
      'Pre-op',
    ],
    [
      'OR 6',
      '0900',
      '[26251]',
      'LEE, K',
      '[64632]',
      'Lumbar plexus neuroplasty + digital nerve',
      '{64714}, {64632}',
      'Patel',
      '120',
      '[12140]',
      'Delayed',
    ],
  ],
});

const orScheduleDetail: Snippet[] = [
  {
    id: 's2-orsched-d1',
    kind: 's2-surgical-schedule',
    before: 'Case 26282 · Booking',
    text: 'Booked procedure: Neuroplasty, sciatic nerve ({64712}) · Laterality: Right · Anesthesia: General + regional',
  },
  { id: 's2-orsched-d2', kind: 's2-surgical-schedule', before: 'Pager', text: '[40106]' },
  { id: 's2-orsched-d3', kind: 's2-surgical-schedule', before: 'Implant log', text: 'Lot [50041] · Ref [64714]' },
  {
    id: 's2-orsched-d4',
    kind: 's2-surgical-schedule',
    text: 'Add-on for case [26283]: regional block by anesthesia, charge +{64445} on the anesthesia record.',
  },
];

// ── Appeal letter written by the practice to the payer (prose) ──────────────────────────────────────────
const appealLetter: Snippet[] = [
  {
    id: 's2-appeal-1',
    kind: 's2-appeal-letter',
    text: 'Lakeside Orthopedic Surgery · 4500 Main Street, Suite 210 · Kansas City, MO [64132]-1847 · Tel (816) 555-0100',
  },
  {
    id: 's2-appeal-2',
    kind: 's2-appeal-letter',
    text: 'Show-Me Health Plan, Provider Appeals, P.O. Box [64612], Kansas City, MO [64141]',
  },
  {
    id: 's2-appeal-3',
    kind: 's2-appeal-letter',
    text: 'RE: Level 1 appeal · Patient Jane Doe · Member ID XQW[64712] · Claim 646320114 · Your reference [20088] · DOS 10/02/2026',
  },
  {
    id: 's2-appeal-4',
    kind: 's2-appeal-letter',
    text: 'We are writing to appeal the denial of CPT {64712}-RT (neuroplasty, sciatic nerve), denied with CARC 50. The enclosed operative report documents six months of failed conservative care and EMG findings of sciatic entrapment.',
  },
  {
    id: 's2-appeal-5',
    kind: 's2-appeal-letter',
    text: 'The sciatic block ({64445}) was performed at the surgeon’s request for postoperative pain and is separately reportable with modifier 59; it was not the anesthetic for the procedure.',
  },
  {
    id: 's2-appeal-6',
    kind: 's2-appeal-letter',
    text: 'Please reprocess the claim and pay {64712} and {64445} at the contracted rate under agreement [30009], effective 01/01/2026.',
  },
  {
    id: 's2-appeal-6b',
    kind: 's2-appeal-letter',
    text: 'Your policy NEU-[12060] lists {64712} and {64714} as covered when conservative care has failed for six weeks; the record shows six months.',
  },
  {
    id: 's2-appeal-7',
    kind: 's2-appeal-letter',
    text: 'Enclosures: operative report (4 pages), EMG report, denial letter dated 10/14/2026 (letter ID [64714]). Provider No. [64445] · Group NPI 1548293710.',
  },
];

// ── Clearinghouse rejection report (front-end edits), a grid ───────────────────────────────────────────
const rejections: Snippet[] = table({
  id: 's2-rej',
  kind: 's2-clearinghouse-rejections',
  caption: 'Rejected claims — batch 20267 — 10/03/2026',
  headers: ['Batch ID', 'Pt Control #', 'Payer ID', 'Edit', 'Message', 'Ln', 'Proc', 'Billed'],
  rows: [
    [
      '[20267]',
      '[64714]A',
      '[00147]',
      'A7:454',
      'Procedure code {64712} requires a laterality modifier (RT/LT) for this payer',
      '1',
      '{64712}',
      '1450.00',
    ],
    ['[20267]', '[66089]', '[00147]', 'A7:562', 'Rendering provider NPI not on file', '1', '{64612}', '900.00'],
    [
      '[20267]',
      '[12184]',
      '[62308]',
      'A3:145',
      'Subscriber ZIP [64132] does not match payer file',
      '1',
      '{64445}',
      '700.00',
    ],
    ['[20271]', '[64445]', '[64612]', 'A6:153', 'Payer ID [64612] is inactive; use [00147]', '2', '{64632}', '300.00'],
  ],
});

// ── EHR audit trail (access and charge events), one line per event ──────────────────────────────────────
const auditLog: Snippet[] = lines({
  id: 's2-audit',
  kind: 's2-ehr-audit-log',
  before: 'Audit Trail — Encounter 64714 — filtered: Charges, Orders, Notes',
  text: [
    '2026-10-02 16:28:44  USR [40118] (KIM, L)  LOGIN  ws KCMC-PC-[30145]  session [10120]',
    '2026-10-02 16:29:02  USR [40118]  DOC_VIEW  Note [64632] (Operative Report)  event [60054]',
    '2026-10-02 16:31:07  USR [40118]  CHG_POST  Enc [64714]  line 3  CPT {64612}-50  units 2',
    '2026-10-02 16:32:11  USR [40118]  CHG_MOD  Enc [64714]  modifier RT -> LT on {64712}',
    '2026-10-02 16:33:40  USR [40118]  CHG_ADD  Enc [66097]  proc {64445} (source: op note)  event [60060]',
    '2026-10-02 16:35:19  USR [15001] (ALVAREZ, M)  ORDER_SIGN  Ord [64445]  dept [10133]',
    '2026-10-02 16:40:58  SYS  BILL_IND  Hosp Acct [64612]  1 -> 3  job [99012]',
    '2026-10-02 16:44:12  USR [40118]  CHG_DEL  Enc [64714]  proc {64714} (duplicate of {64712})  reason 12',
    '2026-10-02 16:45:30  USR [40118]  CODE_REVIEW_DONE  Enc [64714]  final: {64712}-RT, {64445}-59, {64612}-50',
  ].join('\n'),
});

// ── Charge export as CSV (a spreadsheet export opened as text, one <pre>) ───────────────────────────────
const chargeCsv: Snippet[] = [
  {
    id: 's2-csv-1',
    kind: 's2-csv-export',
    text: [
      'enc_csn,har,svc_date,dept_id,cpt,mod1,units,charge_cents,rev_code,pat_zip',
      '[64714],[64445],2026-10-02,[10120],{64712},RT,1,145000,0360,[64157]',
      '[64714],[64445],2026-10-02,[10120],{64445},,1,[70000],0370,[64157]',
      '[66097],[64612],2026-10-03,[10133],{64612},50,2,[90000],0510,[64132]',
      '[66097],[64612],2026-10-03,[10133],{64632},,1,[64512],0510,[64132]',
    ].join('\n'),
  },
  {
    // A payer's fee-schedule download, also CSV, with the code column second.
    id: 's2-csv-2',
    kind: 's2-csv-export',
    text: [
      'CONTRACT_ID,PROC_CD,MOD,DESC,ALLOWED_CENTS,EFF_DT,REGION_ZIP',
      '[30009],{64612},,CHEMODENERV FACIAL NRV UNI,[41260],20260101,[64132]',
      '[30009],{64632},,DESTR NEUROLYTIC PLANTAR DIG,[18462],20260101,[64132]',
      '[30009],{64714},,NEUROPLASTY LUMBAR PLEXUS,[21118],20260101,[66101]',
      '[30009],{64445},,INJ AA&/STRD SCIATIC NRV,[64612],20260101,[66101]',
    ].join('\n'),
  },
];

// ── Payer prior-authorization code list (a table and its intro) ─────────────────────────────────────────
const paCodeList: Snippet[] = [
  {
    id: 's2-palist-1',
    kind: 's2-pa-code-list',
    text: 'Prior Authorization Code List, Commercial and Medicare Advantage, effective January 1, 2027. Codes added this quarter: {64632}, {64714}. Code removed: {64445}.',
  },
  {
    id: 's2-palist-2',
    kind: 's2-pa-code-list',
    text: 'Request authorization through the provider portal or by phone at 1-800-555-0100, option 3, extension [64632]. Fax clinicals to 816-555-0199. Program ID [20024].',
  },
  ...table({
    id: 's2-palist-tbl',
    kind: 's2-pa-code-list',
    caption: 'Neurology and pain management — list version 26210',
    headers: ['Code', 'Description', 'Line of business', 'Managed by', 'Site of care review', 'Effective'],
    rows: [
      ['{64612}', 'Chemodenervation, facial nerve muscles, unilateral', 'Commercial', 'Plan', 'Yes', '01/01/2027'],
      ['{64632}', 'Destruction by neurolytic agent, plantar digital nerve', 'Commercial', 'Vendor', 'No', '01/01/2027'],
      ['{64712}', 'Neuroplasty, sciatic nerve', 'Commercial', 'Plan', 'Yes', '07/01/2026'],
      ['{64714}', 'Neuroplasty, lumbar plexus', 'Commercial', 'Plan', 'Yes', '01/01/2027'],
      [
        '{64612}',
        'Chemodenervation, facial nerve muscles, unilateral',
        'Medicare Advantage',
        'Plan',
        'No',
        '01/01/2027',
      ],
      [
        '{64445}',
        'Injection, anesthetic agent; sciatic nerve, single',
        'Medicare Advantage',
        'Vendor',
        'No',
        '01/01/2027',
      ],
      ['{64712}', 'Neuroplasty, sciatic nerve', 'Medicare Advantage', 'Plan', 'Yes', '07/01/2026'],
      ['{64714}', 'Neuroplasty, lumbar plexus', 'Medicare Advantage', 'Plan', 'Yes', '01/01/2027'],
    ],
  }),
];

// ── Paper superbill (encounter form) rendered in the practice's scanning viewer ─────────────────────────
const superbill: Snippet[] = [
  {
    id: 's2-sb-1',
    kind: 's2-superbill',
    text: 'LAKESIDE PAIN & NEUROLOGY · 4500 Main St · Kansas City MO [64157] · Tax ID 43-1234567 · Group NPI 1548293710',
  },
  {
    id: 's2-sb-2',
    kind: 's2-superbill',
    text: 'Acct # [66085]   Ticket # [12140]   Ins. copay $40   Form SB-[20013] (rev 03/26)',
  },
  ...table({
    id: 's2-sb-tbl',
    kind: 's2-superbill',
    caption: 'NERVE PROCEDURES',
    headers: ['', 'CPT', 'Description', 'Fee'],
    rows: [
      ['☑', '{64612}', 'Chemodenervation, facial nerve, unilat', '$450'],
      ['☐', '{64632}', 'Neurolytic destruction, plantar digital nerve', '$300'],
      ['☑', '{64445}', 'Injection, sciatic nerve, single', '$700'],
      ['☐', '{64712}', 'Neuroplasty, sciatic nerve', '$1,450'],
      ['☐', '{64714}', 'Neuroplasty, lumbar plexus', '$1,800'],
    ],
  }),
  {
    id: 's2-sb-3',
    kind: 's2-superbill',
    before: 'Return visit / Notes',
    text: '2 wks. Repeat {64612} in 12 wks if response good. Referral # [64445] on file.',
  },
  {
    id: 's2-sb-4',
    kind: 's2-superbill',
    before: 'Modifiers',
    text: '☑ 50 bilateral ({64612})   ☐ RT ☐ LT ({64712}, {64445})   ☐ 59/XS',
  },
];

// ── EFT/ERA enrollment form on a payer portal (label/value pairs; no codes on this page) ─────────────────
const eraEnrollment: Snippet[] = [
  { id: 's2-era-1', kind: 's2-era-enrollment', before: 'Payer ID', text: '[00147]' },
  { id: 's2-era-2', kind: 's2-era-enrollment', before: 'Trading partner ID', text: '[64612]' },
  { id: 's2-era-3', kind: 's2-era-enrollment', before: 'Provider TIN', text: '43-1234567 (suffix [64445])' },
  { id: 's2-era-4', kind: 's2-era-enrollment', before: 'Remit-to ZIP+4', text: '[64132]-1847' },
  { id: 's2-era-5', kind: 's2-era-enrollment', before: 'Account number (last five)', text: '•••• [64714]' },
  { id: 's2-era-6', kind: 's2-era-enrollment', before: 'Submitter ID', text: '[66101]' },
  {
    id: 's2-era-7',
    kind: 's2-era-enrollment',
    text: 'Enrollment tracking number [50030] · submitted 10/01/2026 · status: pending bank verification',
  },
  {
    id: 's2-era-8',
    kind: 's2-era-enrollment',
    text: 'ERAs will be delivered to clearinghouse receiver [64632] starting with check run [26282] (Julian).',
  },
];

// ── UB-04 claim form, form-locator view in a billing system ─────────────────────────────────────────────
const ub04Fields: Snippet[] = [
  { id: 's2-ub-fl3a', kind: 's2-ub04-form', before: '3a PAT. CNTL #', text: '[64714]A' },
  { id: 's2-ub-fl3b', kind: 's2-ub04-form', before: 'b. MED. REC. #', text: '[64612]' },
  {
    id: 's2-ub-fl1',
    kind: 's2-ub04-form',
    before: '1',
    text: 'LAKESIDE SURGERY CENTER 4500 MAIN ST KANSAS CITY MO [64132]',
  },
  { id: 's2-ub-fl57', kind: 's2-ub04-form', before: '57 OTHER PRV ID', text: '[64445]' },
  { id: 's2-ub-fl60', kind: 's2-ub04-form', before: "60 INSURED'S UNIQUE ID", text: 'XQW[64712]' },
  { id: 's2-ub-fl62', kind: 's2-ub04-form', before: '62 INSURANCE GROUP NO.', text: '[64632]' },
  { id: 's2-ub-fl63', kind: 's2-ub04-form', before: '63 TREATMENT AUTHORIZATION CODES', text: '[64612]' },
  { id: 's2-ub-fl64', kind: 's2-ub04-form', before: '64 DOCUMENT CONTROL NUMBER', text: '[26276]' },
];

const ub04Lines: Snippet[] = table({
  id: 's2-ub-ln',
  kind: 's2-ub04-form',
  headers: [
    '42 REV. CD.',
    '43 DESCRIPTION',
    '44 HCPCS / RATE / HIPPS CODE',
    '45 SERV. DATE',
    '46 SERV. UNITS',
    '47 TOTAL CHARGES',
  ],
  rows: [
    ['0360', 'OR SERVICES', '{64712}RT', '100226', '1', '1450 00'],
    ['0370', 'ANESTHESIA', '{64445}', '100226', '1', '700 00'],
    ['0361', 'OR SERVICES MINOR', '{64632}XS', '100226', '1', '300 00'],
    ['0120', 'ROOM-BOARD/SEMI', '1250.00', '100226', '1', '1250 00'],
    ['0001', 'TOTAL', '', '', '', '3700 00'],
  ],
});

// ── CMS-1500 print preview (text layer, one line per row of the form) ───────────────────────────────────
const cms1500: Snippet[] = lines({
  id: 's2-1500',
  kind: 's2-cms1500-form',
  before: 'HEALTH INSURANCE CLAIM FORM · APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
  text: [
    "1a. INSURED'S I.D. NUMBER  XQW[64712]",
    "5. PATIENT'S ADDRESS  4500 MAIN ST  KANSAS CITY  MO  ZIP CODE [64157]  TELEPHONE (816) 555-0142",
    "11. INSURED'S POLICY GROUP OR FECA NUMBER  [64632]",
    '17. NAME OF REFERRING PROVIDER  DN  ALVAREZ MARIA  17a. 0B [64445]  17b. NPI 1548293710',
    '23. PRIOR AUTHORIZATION NUMBER  [64612]A',
    '1  10 02 26  10 02 26  22     {64712}  RT        A   1450 00  1   NPI 1548293710',
    '2  10 02 26  10 02 26  22     {64445}            A    700 00  1   NPI 1548293710',
    '3  10 03 26  10 03 26  11     {64612}  50        B    900 00  2   NPI 1548293710',
    "25. FEDERAL TAX I.D. NUMBER 431234567 EIN   26. PATIENT'S ACCOUNT NO. [64714]   28. TOTAL CHARGE $ 3050 00",
    '32. SERVICE FACILITY LOCATION  LAKESIDE SURGERY CENTER  KANSAS CITY MO [64132]-1847  32b. ZZ [66089]',
    '33. BILLING PROVIDER INFO & PH # (816) 555-0100  LAKESIDE ORTHOPEDIC  KANSAS CITY MO [64111]',
  ].join('\n'),
});

// ── Workers' compensation explanation of review (bill review vendor, PDF text layer) ───────────────────
const wcEor: Snippet[] = lines({
  id: 's2-eor',
  kind: 's2-workcomp-eor',
  before: 'EXPLANATION OF REVIEW',
  text: [
    'Claim # WC-[26251]-MO   Employer: Acme Freight, Riverside MO [64150]   Date of injury 08/14/2026',
    'Bill ID [68150]   Received [26276] (Julian)   Jurisdiction MO   Reviewer [30097]',
    'Ln  DOS       Code   Mod  Units  Billed    Fee sched  Allowed  Reason',
    '1   10/02/26  {64712}  RT   1      1450.00   1211.37    1211.37  R1',
    '2   10/02/26  {64445}       1       700.00    233.10     233.10  R1',
    '3   10/02/26  {64632}       1       300.00      0.00       0.00  97',
    'R1 Reduced to the Missouri fee schedule. 97 Included in the allowance for {64712}.',
    'PPO network [20122] savings $108.00   Total allowed $1,444.47   Pay to TIN 43-1234567',
  ].join('\n'),
});

// ── CDI / coding query sent to the surgeon (prose and a check-box form) ─────────────────────────────────
const cdiQuery: Snippet[] = [
  {
    id: 's2-cdi-1',
    kind: 's2-cdi-query',
    text: 'Query ID [64612] · Encounter [64714] · To: Maria Alvarez, MD · From: K. Lee, CCS (pager [40106])',
  },
  {
    id: 's2-cdi-2',
    kind: 's2-cdi-query',
    text: 'The operative report documents a sciatic nerve block and an external neurolysis of the sciatic nerve. Please clarify whether the block was given for postoperative pain management (separately reportable as {64445}) or as the anesthetic for {64712}.',
  },
  {
    id: 's2-cdi-3',
    kind: 's2-cdi-query',
    text: '☐ Postoperative pain block, code {64445} with modifier 59   ☐ Anesthetic for the procedure, do not report {64445}   ☐ Unable to determine',
  },
  {
    id: 's2-cdi-5',
    kind: 's2-cdi-query',
    text: 'Also: the note says "lumbar plexus freed". If a separate neuroplasty was done, {64714} can be added; if not, only {64712} is coded.',
  },
  {
    id: 's2-cdi-4',
    kind: 's2-cdi-query',
    text: 'Please respond by 10/06/2026. Template QT-[20033] · Routing queue [64445] · Escalation after 2 business days.',
  },
];

// ── Quality measure specification (MIPS claims measure, denominator coding) ─────────────────────────────
const measureSpec: Snippet[] = [
  {
    id: 's2-mips-1',
    kind: 's2-measure-spec',
    text: 'DENOMINATOR: All patients aged 18 years and older with a nerve procedure. Denominator Criteria (Eligible Cases): Patient encounter during the performance period (CPT or HCPCS): {64612}, {64632}, {64445}, {64712}, {64714}',
  },
  {
    id: 's2-mips-2',
    kind: 's2-measure-spec',
    text: 'AND NOT DENOMINATOR EXCLUSION: Telehealth modifier: 95, GQ, GT, FQ, FR. Submit the quality-data code on the same claim as {64712} or {64714}.',
  },
  {
    id: 's2-mips-3',
    kind: 's2-measure-spec',
    text: 'Benchmark: [10147] eligible clinicians reported this measure; decile 10 at 100%. Measure steward ID [20040], version 10.1.',
  },
  {
    id: 's2-mips-4',
    kind: 's2-measure-spec',
    text: 'Rationale: Nerve procedures such as sciatic neuroplasty ({64712}) and chemodenervation ({64612}) carry a risk of new motor deficit that should be documented.',
  },
];

// ── Payment posting batch (practice-management screen) ──────────────────────────────────────────────────
const paymentPosting: Snippet[] = table({
  id: 's2-post',
  kind: 's2-payment-posting',
  caption: 'Payment batch 26279 · Deposit 10/14/2026 · Lockbox 64199',
  headers: ['Check/EFT #', 'Payer', 'Acct', 'DOS', 'Proc', 'Billed', 'Paid', 'Adj', 'CARC', 'Post Ref'],
  rows: [
    ['[50066]', 'SHOW-ME HP', '[64714]', '10/02/26', '{64712}-RT', '1450.00', '649.92', '637.60', 'CO-45', '[12184]'],
    ['[50066]', 'SHOW-ME HP', '[64714]', '10/02/26', '{64445}', '700.00', '248.42', '389.48', 'CO-45', '[12185]'],
    ['[50066]', 'SHOW-ME HP', '[66097]', '10/03/26', '{64612}-50', '900.00', '0.00', '900.00', 'CO-16', '[12186]'],
    ['[64445]', 'MO MEDICAID', '[64632]', '10/05/26', '{64632}', '300.00', '[11240]', '0.00', '', '[64612]'],
  ],
});

// ── Coding chat in an EHR in-basket (short informal messages) ───────────────────────────────────────────
const inbasket: Snippet[] = [
  {
    id: 's2-chat-1',
    kind: 's2-inbasket-chat',
    text: 'Kim L. 9:14 AM: can you look at enc [64714]? Dr A wants {64712} but the note reads like {64714} to me',
  },
  {
    id: 's2-chat-2',
    kind: 's2-inbasket-chat',
    text: 'Raj P. 9:16 AM: agree on {64714}. also drop the block, anesthesia already billed it under their TIN',
  },
  {
    id: 's2-chat-3',
    kind: 's2-inbasket-chat',
    text: 'Kim L. 9:17 AM: ok. fyi my new ext is [64445], old one [12105] is gone',
  },
  {
    id: 's2-chat-4',
    kind: 's2-inbasket-chat',
    text: 'Raj P. 9:21 AM: also 3 charges stuck on HAR [64612] and [64632], both {64612}-50, payer wants 2 units not 50',
  },
  {
    id: 's2-chat-5',
    kind: 's2-inbasket-chat',
    text: 'Kim L. 9:25 AM: fixed. and the {64632} on Dr Patel’s list, bill it with {64714} or alone?',
  },
  { id: 's2-chat-6', kind: 's2-inbasket-chat', text: 'Raj P. 9:26 AM: alone, {64632} x3 units, one per nerve' },
];

// ── Coding Q&A column (a coding society's newsletter, question and answer prose) ────────────────────────
const codingQa: Snippet[] = [
  {
    id: 's2-qa-1',
    kind: 's2-coding-qa',
    text: 'Question: Our surgeon performed an external neurolysis of the sciatic nerve and, at the end of the case, a single-shot sciatic block for postoperative pain. Do we report {64712} and {64445}?',
  },
  {
    id: 's2-qa-2',
    kind: 's2-coding-qa',
    text: 'Answer: Report {64712} for the neuroplasty. The block is reported separately ({64445}) only when it is requested for postoperative pain and is not the anesthetic for the procedure; append modifier 59 or XU to {64445}.',
  },
  {
    id: 's2-qa-3',
    kind: 's2-coding-qa',
    text: 'If the same surgeon also freed the lumbar plexus, {64714} is reported in addition; do not report {64712} twice for the two sites on the same nerve.',
  },
  {
    id: 's2-qa-4',
    kind: 's2-coding-qa',
    text: 'Question: A patient receives chemodenervation of the facial nerve muscles on both sides. How many units? Answer: Code {64612} with modifier 50, one line, per the payer’s bilateral rules; some payers want {64612}-RT and {64612}-LT on two lines.',
  },
  {
    id: 's2-qa-5',
    kind: 's2-coding-qa',
    text: 'Question: Is {64632} reported per nerve? Answer: {64632} is reported once per nerve treated; three nerves, three units.',
  },
  {
    id: 's2-qa-5b',
    kind: 's2-coding-qa',
    text: 'Question: Can {64445} be billed by the surgeon? Answer: Yes, when the surgeon performs the block for postoperative pain and does not also bill the anesthesia. NCCI pairs {64712} and {64445}, so append modifier 59 to {64445}.',
  },
  {
    id: 's2-qa-6',
    kind: 's2-coding-qa',
    text: 'Submitted by a reader in Overland Park, KS [66213]. Newsletter issue [20122], page 14. Member number [64714].',
  },
];

// ── State Medicaid physician fee schedule, PDF text layer (one line per code, two fee columns) ───────────
const feeSchedulePdf: Snippet[] = lines({
  id: 's2-mcdfee',
  kind: 's2-medicaid-fee-pdf',
  before: 'MO HEALTHNET PHYSICIAN FEE SCHEDULE · EFFECTIVE 07/01/2026 · PAGE 212',
  text: [
    'PROC  MOD  DESCRIPTION                                  NON-FAC   FAC     PA',
    '{64445}       N BLOCK INJ SCIATIC SNG                      142.36    71.20   N',
    '{64612}       DESTROY NERVE FACE MUSCLE                    188.14   141.06   Y',
    '{64612}  50   DESTROY NERVE FACE MUSCLE BILAT              282.21   211.59   Y',
    '{64632}       N BLOCK INJ COMMON DIGIT                      98.40    61.15   N',
    '{64712}       REVISE SCIATIC NERVE                            0.00   712.44   Y',
    '{64714}       REVISE LOW BACK NERVE(S)                        0.00   655.18   Y',
    'MO HealthNet Division · P.O. Box 6500 · Jefferson City MO [65102]-6500 · Bulletin [20098]',
  ].join('\n'),
});

// ── Denials analytics by procedure (revenue-cycle dashboard table) ──────────────────────────────────────
const denialsDashboard: Snippet[] = table({
  id: 's2-dnl',
  kind: 's2-denials-dashboard',
  caption: 'Top denied procedures · Q3 2026 · all payers',
  headers: ['Procedure', 'Denied lines', 'Denied $', 'Top CARC', 'Top payer', 'Overturn %'],
  rows: [
    ['{64712}', '41', '$59,450', '50', 'Show-Me HP ([00147])', '62%'],
    ['{64612}', '37', '$33,300', '16', 'MO HealthNet', '81%'],
    ['{64445}', '22', '$15,400', '97', 'Show-Me HP ([00147])', '18%'],
    ['{64632}', '9', '$2,700', '197', 'Cigna ([62308])', '44%'],
    ['{64714}', '4', '$7,200', '50', 'Aetna ([60054])', '50%'],
  ],
});

// ── Charge router rule editor (EHR build screen: rules written in a small DSL) ──────────────────────────
const chargeRules: Snippet[] = lines({
  id: 's2-rules',
  kind: 's2-charge-router-rules',
  before: 'Charge Router · Rule set PAIN-OP · v14',
  text: [
    'Rule [40086]: IF cpt IN ({64712}, {64714}) AND pos = 22 THEN route TO wq [64445] (Ortho facility)',
    'Rule [40091]: IF cpt = {64445} AND ordering_dept = ANES THEN hold 2 days; set mod 59',
    'Rule [40093]: IF cpt = {64612} AND units > 1 AND mod IS EMPTY THEN append 50; units := 1',
    'Rule [40102]: IF payer_id = [00147] AND cpt = {64632} THEN require auth_number',
    'Rule [40106]: IF dept_id = [64612] THEN route TO wq [64714] (Pain clinic, cost center [64632])',
  ].join('\n'),
});

// ── Coder training slides (a compliance deck exported to HTML, one text node per bullet) ────────────────
const trainingSlides: Snippet[] = lines({
  id: 's2-slides',
  kind: 's2-training-slides',
  before: 'Nerve procedures: coding update 2026 · Slide 7',
  text: [
    'Neuroplasty: {64712} sciatic nerve · {64714} lumbar plexus',
    'Injections: {64445} sciatic nerve, single injection',
    'Chemodenervation: {64612} facial nerve muscles (unilateral; use 50 or RT/LT per payer)',
    'Neurolytic destruction: {64632} plantar common digital nerve, per nerve',
    'Common errors: {64445} billed with {64712} as the anesthetic; {64612} billed with 2 units for a bilateral service',
    'Common errors: {64714} and {64712} on the same nerve; {64632} without a laterality or toe modifier',
    'Audit results Q3: 212 of 230 claims correct (92%). Sample ID [20061]. Auditor [30103].',
    'NCCI pairs to watch: {64712}/{64445}, {64714}/{64445}, {64712}/{64714}',
    'Questions: coding-education ext. [12097] · Room [10006] (Education Center, 2nd floor)',
    'Slide 8 · Modifiers: {64712}-RT / {64712}-LT; {64612}-50 (1 unit); {64445}-59 when the block is for post-op pain; {64632}-T5',
    'Slide 9 · Prior auth now required: {64612} (all plans), {64714} (Medicare Advantage). Not required: {64445}.',
  ].join('\n'),
});

// ── Prior-authorization status list on a payer portal (one row per request) ─────────────────────────────
const paStatus: Snippet[] = table({
  id: 's2-pastat',
  kind: 's2-pa-status-list',
  caption: 'Authorizations · Lakeside Orthopedic · last 30 days',
  headers: ['Auth #', 'Member', 'Service', 'Units', 'From', 'To', 'Status', 'Case'],
  rows: [
    ['[64712]A', 'DOE, JANE', '{64712} Neuroplasty sciatic', '1', '10/01/26', '12/30/26', 'Approved', '[30143]'],
    [
      '[64714]B',
      'ROE, RICHARD',
      '{64612}-50 Chemodenervation facial',
      '1',
      '10/01/26',
      '03/31/27',
      'Approved',
      '[30150]',
    ],
    [
      '[64752]',
      'POE, EMMA',
      '{64714} Neuroplasty lumbar plexus',
      '1',
      '10/10/26',
      '01/08/27',
      'Pended: clinicals',
      '[64612]',
    ],
    ['[64761]', 'LEE, KIM', '{64632} x3 Neurolytic plantar digital', '3', '10/12/26', '01/10/27', 'Denied', '[64445]'],
    ['[64770]', 'DOE, JANE', '{64445} Sciatic block', '1', '10/01/26', '12/30/26', 'Not required', ''],
  ],
});

// ── Email thread with a payer's provider representative (webmail, quoted replies) ───────────────────────
const emailThread: Snippet[] = [
  {
    id: 's2-mail-1',
    kind: 's2-email-thread',
    text: 'Subject: RE: Ticket [64632] - sciatic neuroplasty denials (Tax ID ending [34567])',
  },
  {
    id: 's2-mail-2',
    kind: 's2-email-thread',
    text: 'Hi Kim, I checked the 14 claims on your spreadsheet. The {64712} lines denied because the claims went out without RT/LT; the {64445} lines followed the primary line. Please correct and resubmit as frequency 7.',
  },
  {
    id: 's2-mail-3',
    kind: 's2-email-thread',
    text: 'For {64612} bilateral, our system wants one line with modifier 50 and 1 unit. {64714} does not need a modifier.',
  },
  {
    id: 's2-mail-4',
    kind: 's2-email-thread',
    text: 'Dana Whitfield | Provider Network Consultant | Show-Me Health Plan | 1200 Grand Blvd, Kansas City, MO [64106] | Direct 816-555-0177 | Provider group [64445]',
  },
  {
    id: 's2-mail-5',
    kind: 's2-email-thread',
    text: '> On Oct 20, Kim Lee wrote: attached are the claims for group [64445], all denied CO-4. Most are {64712}-RT from our ASC (site [64714]).',
  },
  {
    id: 's2-mail-6',
    kind: 's2-email-thread',
    text: '>> Also: are {64632} and {64714} on the new prior-auth list? Our scheduler booked two {64714} cases for November.',
  },
];

export const sealed2: Snippet[] = [
  ...x12_837i,
  ...x12_277ca,
  ...x12_999,
  ...hl7Siu,
  ...hl7Adt,
  ...fhirCoverage,
  ...fhirServiceRequest,
  ...zipCarrierRaw,
  ...zipCarrierTable,
  ...oppsAddendumB,
  ...orSchedule,
  ...orScheduleDetail,
  ...appealLetter,
  ...rejections,
  ...auditLog,
  ...chargeCsv,
  ...paCodeList,
  ...superbill,
  ...eraEnrollment,
  ...ub04Fields,
  ...ub04Lines,
  ...cms1500,
  ...wcEor,
  ...cdiQuery,
  ...measureSpec,
  ...paymentPosting,
  ...inbasket,
  ...codingQa,
  ...feeSchedulePdf,
  ...denialsDashboard,
  ...chargeRules,
  ...trainingSlides,
  ...paStatus,
  ...emailThread,
];
