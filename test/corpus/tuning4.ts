import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * TUNING set 4 (issue 11, generalisation pass): page shapes the corpus lacked, written with their labels before the
 * detector ran on them (first scores in the closing note). Decoys include numbers of the 10,000-code synthetic set
 * (test/corpus/known.ts: 04250, 12311, 20512, 28469, 43817, 52035, 63602, 71942, 83643, 95717…), which only the
 * 10,000-code run knows. Tuned on freely from then on.
 */

// ── X12 277CA claim acknowledgment, shown raw in a clearinghouse viewer (<pre>) ────────────────────────────
const x12_277ca: Snippet[] = [
  {
    id: 't4-277ca-1',
    kind: 't4-x12-277ca',
    text: `ISA*00*          *00*          *ZZ*[43817]          *ZZ*[20512]          *261014*1502*^*[00501]*000000212*0*P*:~
GS*HN*[43817]*[20512]*20261014*1502*212*X*005010X214~
ST*277*0001*005010X214~
BHT*0085*08*[64712]*20261014*1502*TH~
HL*1**20*1~
NM1*PR*2*SHOW-ME HEALTH PLAN*****PI*[64445]~
TRN*1*[64612]~
HL*3*2*19*1~
NM1*85*2*LAKESIDE PAIN*****XX*1548293710~
TRN*1*[71942]~
STC*A1:19:PR*20261014*WQ*1450~
HL*4*3*PT~
NM1*QC*1*DOE*JANE****MI*W2846[64632]~
TRN*2*[64714]~
STC*A3:21:85*20261014*U*1450~
REF*1K*[63602]~
REF*D9*[12311]~
DTP*472*RD8*20261002-20261002~
SVC*HC:{64712}:RT*1450*****1~
STC*A3:454*20261014*U~
REF*FJ*[64445]~
DTP*472*D8*20261002~
SE*21*0001~`,
  },
];

// ── X12 999 implementation acknowledgment (a rejected 837P): no procedure codes at all ─────────────────────
const x12_999: Snippet[] = [
  {
    id: 't4-999-1',
    kind: 't4-x12-999',
    text: `ST*999*[64612]*005010X231A1~
AK1*HC*[64714]*005010X222A1~
AK2*837*[64632]*005010X222A1~
IK3*SV1*22*2400*8~
CTX*CLM01:[64712]~
IK4*1:2*234*7*[64445]~
IK5*R*5~
AK9*R*1*1*0~
SE*8*[64612]~`,
  },
];

// ── HL7 v2 SIU^S12 (scheduling) and ADT^A08 with PR1, raw in an interface-engine log ────────────────────────
const hl7Siu: Snippet[] = [
  {
    id: 't4-siu-1',
    kind: 't4-hl7-siu',
    text: [
      'MSH|^~\\&|CADENCE|KCMC|SURG|KCMC|202610141030||SIU^S12|[64714]|P|2.5.1',
      'SCH|[64612]^KCMC|[64632]^SURG||||ROUTINE^Routine|NERVE^Nerve procedure|60|MIN',
      'PID|1||[64445]^^^KCMC^MR||DOE^JANE||19700101|F|||4500 MAIN ST^^KANSAS CITY^MO^[64111]',
      'PV1|1|O|OR4^^^KCMC||||1548293710^ALVAREZ^MARIA|||||||||||[71942]',
      'RGS|1|A',
      'AIS|1|A|{64712}^NEUROPLASTY SCIATIC^CPT|20261104080000|0|MIN|90|MIN',
      'AIS|2|A|{64445}^SCIATIC BLOCK^C4|20261104073000|0|MIN|15|MIN',
      'AIL|1|A|OR4^^^KCMC|[64714]^OR SUITE',
    ].join('\r'),
  },
];

const hl7Adt: Snippet[] = [
  {
    id: 't4-adt-1',
    kind: 't4-hl7-adt',
    text: [
      'MSH|^~\\&|EPIC|KCMC|HIM|KCMC|202610151200||ADT^A08|[52035]|P|2.5',
      'EVN|A08|202610151200',
      'PID|1||[64632]^^^KCMC^MR~[83643]^^^SSA^SS||DOE^JANE||19700101|F|||4500 MAIN ST^^KANSAS CITY^MO^[64114]',
      'PV1|1|I|4W^412^1|||||||SUR||||||||[64712]|||||||||||||||||||||||||202610140700',
      'IN1|1|PPO^GOLD PPO|[64445]|SHOW-ME HEALTH PLAN|PO BOX 419003^^KANSAS CITY^MO^[64141]||||[64612]',
      'DG1|1||G57.01^Lesion of sciatic nerve, right^I10',
      'PR1|1||{64714}^NEUROPLASTY SACRAL PLEXUS^C4||20261014|A',
      'PR1|2||[64712]^LOCAL NERVE PROC^99KCMC||20261014|A',
    ].join('\r'),
  },
];

// ── FHIR Coverage (eligibility app) and ServiceRequest (order) JSON, pretty-printed ──────────────────────────
const fhirCoverage: Snippet[] = [
  {
    id: 't4-coverage-1',
    kind: 't4-fhir-coverage',
    text: `{
  "resourceType": "Coverage",
  "id": "cov-[64712]",
  "identifier": [{ "system": "https://showme.example.org/member", "value": "[64445]" }],
  "status": "active",
  "subscriberId": "[64612]",
  "class": [
    { "type": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "group" }] },
      "value": "[64632]", "name": "Lakeside Employees [64714]" },
    { "type": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/coverage-class", "code": "plan" }] },
      "value": "[28469]", "name": "Gold PPO" }
  ],
  "payor": [{ "reference": "Organization/[95717]" }],
  "network": "[64111]"
}`,
  },
];

const fhirServiceRequest: Snippet[] = [
  {
    id: 't4-sr-1',
    kind: 't4-fhir-servicerequest',
    text: `{
  "resourceType": "ServiceRequest",
  "identifier": [{ "type": { "text": "Placer" }, "value": "[64714]" }],
  "requisition": { "value": "[64632]" },
  "status": "active",
  "intent": "order",
  "code": {
    "coding": [
      { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}", "display": "Neuroplasty, sciatic nerve" },
      { "system": "http://snomed.info/sct", "code": "[64445]" }
    ]
  },
  "orderDetail": [{ "coding": [{ "system": "https://kcmc.example.org/order-detail", "code": "[64612]" }] }],
  "reasonCode": [{ "coding": [{ "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G57.01" }] }],
  "insurance": [{ "reference": "Coverage/[64445]" }]
}`,
  },
];

// ── CMS OPPS Addendum B (table) ────────────────────────────────────────────────────────────────────────────
const oppsAddendumB: Snippet[] = table({
  id: 't4-addb',
  kind: 't4-opps-addendum-b',
  caption: 'Addendum B.—Final OPPS Payment by HCPCS Code for CY 2027',
  headers: [
    'HCPCS Code',
    'Short Descriptor',
    'CI',
    'SI',
    'APC',
    'Relative Weight',
    'Payment Rate',
    'Minimum Unadjusted Copayment',
  ],
  rows: [
    ['{64445}', 'N block inj sciatic sng', '', 'T', '5442', '7.1234', '$664.87', '$132.98'],
    ['{64612}', 'Destroy nerve face muscle', '', 'T', '5441', '3.0107', '$281.01', '$56.21'],
    ['{64632}', 'N block inj common digit', '', 'T', '5441', '3.0107', '$281.01', '$56.21'],
    ['{64712}', 'Revision of sciatic nerve', '', 'J1', '5432', '61.8721', '$5,775.20', '$1,155.04'],
    ['{64714}', 'Revise low back nerve(s)', 'NI', 'J1', '5432', '61.8721', '$5,775.20', '$1,155.04'],
  ],
});

// ── NCCI MUE table (practitioner services) ─────────────────────────────────────────────────────────────────
const mue: Snippet[] = table({
  id: 't4-mue',
  kind: 't4-ncci-mue',
  caption: 'Practitioner Services MUE Table, effective 01/01/2027',
  headers: ['HCPCS/CPT Code', 'Practitioner Services MUE Values', 'MUE Adjudication Indicator', 'MUE Rationale'],
  rows: [
    ['{64445}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
    ['{64612}', '1', '2 Date of Service Edit: Policy', 'Nature of Service/Procedure'],
    ['{64632}', '2', '3 Date of Service Edit: Clinical', 'Clinical: Data'],
    ['{64712}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
    ['{64714}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
  ],
});

// ── Payer prior-authorization code list (web page, lists under headings) ───────────────────────────────────
const paList: Snippet[] = lines({
  id: 't4-palist',
  kind: 't4-payer-pa-list',
  before: 'Prior authorization requirements — commercial and Medicare Advantage',
  text: `Updated 10/01/2026 · Document [71942] · Page 3 of 9
Nerve procedures
{64612}, {64632}, {64712}, {64714}
Removed from the list effective 01/01/2027: {64445}
Submit requests at least 14 days before the date of service. Fax 1-816-555-0100, attention unit [64632].
Questions: Provider Services, option 4, or write to PO Box [64612], Kansas City, MO [64121]-0612.
Code {64712} requires clinical notes showing 3 months of failed conservative care.`,
});

// ── Provider appeal letter (prose) ─────────────────────────────────────────────────────────────────────────
const appeal: Snippet[] = [
  {
    id: 't4-appeal-1',
    kind: 't4-appeal-letter',
    text: 'RE: Request for reconsideration · Patient: Jane Doe · Member ID W2846[64632] · Claim number [64714] · Date of service 10/02/2026',
  },
  {
    id: 't4-appeal-2',
    kind: 't4-appeal-letter',
    text: 'Dear Appeals Reviewer: We are writing to appeal the denial of CPT {64712} (neuroplasty, sciatic nerve), billed with modifier RT, which was denied as not medically necessary.',
  },
  {
    id: 't4-appeal-3',
    kind: 't4-appeal-letter',
    text: 'The enclosed records show that the patient failed six months of conservative treatment. {64712} was performed after imaging confirmed entrapment, and the sciatic block ({64445}) was separately documented.',
  },
  {
    id: 't4-appeal-4',
    kind: 't4-appeal-letter',
    text: 'Your denial letter dated 10/20/2026 (reference [64612]) cites policy [64445], which does not apply to this service.',
  },
  {
    id: 't4-appeal-5',
    kind: 't4-appeal-letter',
    text: 'Sincerely, Lakeside Pain Associates, 4500 Main St, Suite 210, Kansas City, MO [64111] · Tax ID 43-1231129',
  },
  {
    id: 't4-appeal-6',
    kind: 't4-appeal-letter',
    text: 'We ask that you reprocess {64712}-RT and {64445} and pay the claim per our contract (agreement [64714]).',
  },
];

// ── CSV export shown as a grid (snake_case headers from a data warehouse) ─────────────────────────────────
const csvGrid: Snippet[] = table({
  id: 't4-csvgrid',
  kind: 't4-csv-export-grid',
  caption: 'claims_lines_2026_10.csv — 5 rows',
  headers: ['clm_id', 'line_num', 'hcpcs_cd', 'mdfr_cd1', 'prvdr_zip', 'rndrg_npi', 'pmt_amt'],
  rows: [
    ['[64712]', '1', '{64712}', 'RT', '[64111]', '1548293710', '812.40'],
    ['[64712]', '2', '{64445}', '', '[64111]', '1548293710', '120.00'],
    ['[64714]', '1', '{64612}', '50', '[64114]', '1609847352', '318.60'],
    ['[43817]', '1', '{64632}', '', '[64063]', '1609847352', '190.11'],
    ['[52035]', '1', '{64714}', '', '[64116]', '1548293710', '1048.30'],
  ],
});

// ── The same CSV opened as plain text in the browser ───────────────────────────────────────────────────────
const csvText: Snippet[] = [
  {
    id: 't4-csvtext-1',
    kind: 't4-csv-plain-text',
    text: `clm_id,line_num,hcpcs_cd,mdfr_cd1,prvdr_zip,pmt_amt
[64712],1,{64712},RT,[64111],812.40
[64712],2,{64445},,[64111],120.00
[64714],1,{64612},50,[64114],318.60
[43817],1,{64632},,[64063],190.11`,
  },
];

// ── Charge audit log (EHR, one line per event) ─────────────────────────────────────────────────────────────
const auditLog: Snippet[] = lines({
  id: 't4-audit',
  kind: 't4-charge-audit-log',
  before: 'Charge audit trail — account 64445',
  text: `10/03/2026 09:14:11 JSMITH Charge [64612] created, CPT {64712}, units 1, dept [20512]
10/03/2026 09:15:02 JSMITH Modifier RT added to {64712}
10/04/2026 13:40:55 KRAMER CPT changed from {64714} to {64712}
10/04/2026 13:41:20 KRAMER Session [64632] closed (workstation KC-[64714])
10/05/2026 08:02:37 SYSTEM Batch [64445] released to claim [71942]`,
});

// ── Clearinghouse rejection report (fixed-width text, one line per claim) ──────────────────────────────────
const chReport: Snippet[] = lines({
  id: 't4-chrep',
  kind: 't4-clearinghouse-report',
  before: 'Claim rejection report',
  text: `Submitter [64632]   Batch [64612]   Received 10/14/2026   Claims 12   Accepted 10   Rejected 2
PATIENT NAME     PAT CTL NO   PAYER ID   DOS        AMOUNT    REASON
DOE, JANE        [64445]      [64714]    10/02/26   1450.00   A7:454 Procedure code {64712} invalid for DOS
ROE, RICHARD     [83643]      [64714]    10/03/26    700.00   A3:21 Missing modifier for {64445}`,
});

// ── Member EOB (explanation of benefits, plan portal) ──────────────────────────────────────────────────────
const memberEob: Snippet[] = [
  { id: 't4-eob-1', kind: 't4-member-eob', before: 'Claim number', text: '[64632]' },
  { id: 't4-eob-2', kind: 't4-member-eob', before: 'Group', text: '[64612]' },
  {
    id: 't4-eob-3',
    kind: 't4-member-eob',
    text: 'Nerve block injection ({64445}) · Provider charged $700.00 · Plan discount $420.00 · You owe $56.00',
  },
  {
    id: 't4-eob-4',
    kind: 't4-member-eob',
    text: 'Surgery on nerve — service code {64712} · Amount billed $1,450.00',
  },
  {
    id: 't4-eob-5',
    kind: 't4-member-eob',
    text: 'Mail: Show-Me Health Plan, PO Box [64141], Kansas City MO · Customer service 1-800-555-0142, TTY 711',
  },
  { id: 't4-eob-6', kind: 't4-member-eob', before: 'Statement ID', text: '[63602]' },
];

// ── MAC billing article (CMS MCD, "Group 1 Codes" list, contractor table) ─────────────────────────────────
const article: Snippet[] = [
  {
    id: 't4-art-1',
    kind: 't4-mac-article',
    text: 'Article ID A5[64712] · Contractor Name Wisconsin Physicians Service Insurance Corporation',
  },
  { id: 't4-art-2', kind: 't4-mac-article', before: 'Contract Number', text: '[05102]' },
  { id: 't4-art-3', kind: 't4-mac-article', before: 'Contract Number', text: '[04250]' },
  { id: 't4-art-4', kind: 't4-mac-article', before: 'Group 1 Codes: (5 Codes)', text: '{64612}' },
  { id: 't4-art-5', kind: 't4-mac-article', before: '64612 CHEMODENERVATION OF MUSCLE', text: '{64632}' },
  {
    id: 't4-art-6',
    kind: 't4-mac-article',
    text: 'Group 1 Paragraph: Report {64612} once per side; use modifier 50 for bilateral. Codes {64712} and {64714} are not reported together.',
  },
  { id: 't4-art-7', kind: 't4-mac-article', before: 'Related Local Coverage Document', text: 'L[35456]' },
];

// ── OR schedule board (EHR surgical scheduling grid) ──────────────────────────────────────────────────────
const orBoard: Snippet[] = table({
  id: 't4-orboard',
  kind: 't4-or-schedule',
  caption: 'OR schedule — Tuesday 11/04/2026',
  headers: ['Case', 'Room', 'Start', 'Patient', 'Procedure', 'Pref Card', 'Surgeon'],
  rows: [
    ['[64712]', 'OR4', '07:30', 'DOE, JANE', 'NEUROPLASTY SCIATIC ({64712})', '[64445]', 'ALVAREZ'],
    ['[64714]', 'OR4', '10:00', 'ROE, RICHARD', 'SACRAL PLEXUS NEUROPLASTY ({64714})', '[64445]', 'ALVAREZ'],
    ['[83643]', 'OR2', '08:00', 'POE, ANN', 'SCIATIC BLOCK ({64445})', '[64632]', 'PATEL'],
    ['[95717]', 'PROC1', '13:00', 'LOE, SAM', 'CHEMODENERVATION ({64612})', '[64612]', 'PATEL'],
  ],
});

// ── Second batch (written after the first batch was tuned on, labels again before the first run) ─────────────

// ── Payer portal claim lines with transaction-number columns no list knows ───────────────────────────────────
const portalTcn: Snippet[] = table({
  id: 't4-tcn',
  kind: 't4-medicaid-portal-lines',
  caption: 'MO HealthNet — claim detail',
  headers: ['TCN', 'Ln', 'DOS', 'Proc', 'Mod', 'Billed', 'DCN', 'EOB'],
  rows: [
    ['[28469]', '1', '10/02/26', '{64712}', 'RT', '1450.00', '[43817]', '[00476]'],
    ['[28469]', '2', '10/02/26', '{64445}', '', '700.00', '[64612]', '[00476]'],
    ['[71942]', '1', '10/05/26', '{64632}', 'LT', '300.00', '[63602]', '[00133]'],
    ['[64714]', '1', '10/07/26', '{64714}', '', '1800.00', '[12311]', '[00476]'],
  ],
});

// ── Lab requisition (test codes are a lab's own numbers; LOINC has a check digit) ─────────────────────────
const labReq: Snippet[] = [
  {
    id: 't4-lab-1',
    kind: 't4-lab-requisition',
    text: 'Test code [83643] Lipid panel · LOINC [24403]-9 · Specimen [64612]',
  },
  { id: 't4-lab-2', kind: 't4-lab-requisition', before: 'Order code', text: '[12311]' },
  { id: 't4-lab-3', kind: 't4-lab-requisition', before: 'Billing: CPT', text: '{64445}' },
  { id: 't4-lab-4', kind: 't4-lab-requisition', text: 'Performing lab CLIA 26D[64714]52 · Bill to: client [52035]' },
  { id: 't4-lab-5', kind: 't4-lab-requisition', before: 'Draw station', text: '[64632]' },
];

// ── Spreadsheet view (column letters as headers; the population decides) ─────────────────────────────────────
const sheet: Snippet[] = table({
  id: 't4-sheet',
  kind: 't4-spreadsheet-view',
  headers: ['A', 'B', 'C', 'D', 'E'],
  rows: [
    ['Account', 'Patient', 'Code', 'Units', 'Charge'],
    ['[20512]', 'DOE, JANE', '{64712}', '1', '1450'],
    ['[71188]', 'ROE, RICHARD', '{64445}', '1', '700'],
    ['[71203]', 'POE, ANN', '{64612}', '2', '424'],
    ['[71377]', 'LOE, SAM', '{64632}', '1', '300'],
    ['[64714]', 'COE, KIM', '{64714}', '1', '1800'],
  ],
});

// ── Workers' compensation bill review (explanation of review, lines as text) ────────────────────────────────
const wcReview: Snippet[] = lines({
  id: 't4-wc',
  kind: 't4-workers-comp-eor',
  before: 'EXPLANATION OF REVIEW',
  text: `Bill ID [47910]   Claim [64632]   Employer Lakeside Logistics   Jurisdiction MO
Fee schedule region [64445]   Review date 10/20/2026
Ln 1  10/02/26  {64712}-RT  1  1,450.00  recommended 812.40  reason 45
Ln 2  10/02/26  {64445}     1    700.00  recommended 0.00    reason 97: included in {64712}
Adjuster desk [64612]   Fax 816-555-0111`,
});

// ── Internal coder chat / ticket (informal prose) ─────────────────────────────────────────────────────────
const chat: Snippet[] = [
  {
    id: 't4-chat-1',
    kind: 't4-coder-ticket',
    text: 'Ticket #[52035] — can you check {64712} on acct [20512]? Doc says {64714} but I think it is {64712}-RT.',
  },
  {
    id: 't4-chat-2',
    kind: 't4-coder-ticket',
    text: 'fyi {64445} got bundled again, same as last week on enc [64612]. Payer rep ref [91829].',
  },
  { id: 't4-chat-3', kind: 't4-coder-ticket', text: 'ok changed to {64632}, rebilled. closing [64714].' },
  { id: 't4-chat-4', kind: 't4-coder-ticket', text: 'Assigned to queue [64445] by KRAMER' },
];

// ── UB-04 form as a PDF text layer (form locators) ───────────────────────────────────────────────────────
const ub04: Snippet[] = lines({
  id: 't4-ub04',
  kind: 't4-ub04-text',
  text: `3a PAT CNTL # [83643]   b. MED REC # [64712]   5 FED TAX NO 43-1231129
8 PATIENT NAME DOE, JANE   9 PATIENT ADDRESS 4500 MAIN ST KANSAS CITY MO [64111]
0360  NEUROPLASTY  {64712}RT  100226  1  1450 00
0370  ANESTHESIA   {64445}    100226  1   700 00
0001  TOTAL                             2150 00
50 PAYER NAME SHOW-ME HEALTH   51 HEALTH PLAN ID [64445]   60 INSURED'S UNIQUE ID W2846[64632]`,
});

// ── Eligibility benefits page (271 rendered for people) ──────────────────────────────────────────────────────
const benefits: Snippet[] = [
  {
    id: 't4-ben-1',
    kind: 't4-eligibility-benefits',
    text: 'Group number [64445] · Plan [28469] · Coverage level: Family',
  },
  {
    id: 't4-ben-2',
    kind: 't4-eligibility-benefits',
    text: 'Service type 30 (health benefit plan coverage): Procedure {64712} requires prior authorization.',
  },
  { id: 't4-ben-3', kind: 't4-eligibility-benefits', before: 'Payer ID', text: '[64612]' },
  { id: 't4-ben-4', kind: 't4-eligibility-benefits', before: 'Trading partner', text: '[36196]' },
  {
    id: 't4-ben-5',
    kind: 't4-eligibility-benefits',
    text: 'Deductible met: $1,200.00 of $3,000.00. Out-of-network ZIP [64141].',
  },
];

// ── Hospital price estimator (shoppable services) ────────────────────────────────────────────────────────
const estimator: Snippet[] = [
  {
    id: 't4-est-1',
    kind: 't4-price-estimator',
    text: 'Your estimate for Nerve decompression ({64712}) at Lakeside Surgery Center: $2,140.00',
  },
  { id: 't4-est-2', kind: 't4-price-estimator', text: 'Estimate #[63602] · valid 30 days · file ID [75611]' },
  { id: 't4-est-3', kind: 't4-price-estimator', before: 'Shoppable service', text: '{64445} Nerve block injection' },
  { id: 't4-est-4', kind: 't4-price-estimator', before: 'Facility NPI / location', text: '[64114] Kansas City' },
];

export const tuning4: Snippet[] = [
  ...x12_277ca,
  ...x12_999,
  ...hl7Siu,
  ...hl7Adt,
  ...fhirCoverage,
  ...fhirServiceRequest,
  ...oppsAddendumB,
  ...mue,
  ...paList,
  ...appeal,
  ...csvGrid,
  ...csvText,
  ...auditLog,
  ...chReport,
  ...memberEob,
  ...article,
  ...orBoard,
  ...portalTcn,
  ...labReq,
  ...sheet,
  ...wcReview,
  ...chat,
  ...ub04,
  ...benefits,
  ...estimator,
];
