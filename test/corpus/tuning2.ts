import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * TUNING set 2 (issue 11): page shapes for the evidence model (structured text, whole columns, bound labels).
 * Tuned on freely. Its shapes differ from the sealed set's (`sealed.ts`): 837P not 835, DFT not ORM, EOB not Claim,
 * CCD results not procedure sections, fee-schedule RVU files not locality files, and so on.
 */

// ── X12 837P professional claim, raw (one <pre>) ────────────────────────────────────────────────────────
const x12_837: Snippet[] = [
  {
    id: 't2-837-1',
    kind: 'x12-837p',
    text: [
      'ISA*00*          *00*          *ZZ*SUBMIT[64612]    *ZZ*[64714]          *261003*1411*^*[00501]*000000731*1*P*:~',
      'GS*HC*SUBMIT[64612]*[64714]*20261003*1411*[64632]*X*005010X222A1~',
      'ST*837*[64445]*005010X222A1~',
      'BHT*0019*00*[64712]*20261003*1411*CH~',
      'NM1*41*2*LAKESIDE ORTHOPEDIC*****46*[64612]~',
      'PER*IC*BILLING*TE*8165550142*EX*[64445]~',
      'NM1*40*2*SHOW-ME HEALTH PLAN*****46*[64714]~',
      'HL*1**20*1~',
      'NM1*85*2*LAKESIDE ORTHOPEDIC SURGERY*****XX*1548293710~',
      'N3*4500 MAIN ST~',
      'N4*KANSAS CITY*MO*[64111]~',
      'REF*EI*4364712~',
      'HL*2*1*22*0~',
      'SBR*P*18*[64632]******CI~',
      'NM1*IL*1*DOE*JANE****MI*W284664612~',
      'N4*INDEPENDENCE*MO*[64050]~',
      'CLM*PCN[64714]*2450***11:B:1*Y*A*Y*Y~',
      'REF*G1*[64445]~',
      'HI*ABK:G5701~',
      'LX*1~',
      'SV1*HC:{64712}:RT*1450*UN*1***1~',
      'DTP*472*D8*20261002~',
      'REF*6R*[64712]~',
      'LX*2~',
      'SV1*HC:{64445}*700*UN*1***1~',
      'LX*3~',
      'SV1*HC:{64632}:59*300*UN*1***1~',
      'SE*31*[64445]~',
    ].join(''),
  },
  {
    id: 't2-837-2',
    kind: 'x12-837p',
    text: 'SV1*HC^{64612}^50*900*UN*2***1~SV2*0360*HC^{64714}*1800*UN*1~SV3*AD^D7140*120****1~NM1*DN*1*ALVAREZ*MARIA****XX*1548293710~N4*LEES SUMMIT*MO*[64063]~',
  },
  {
    // Syntax-highlighted viewer: one span per segment.
    id: 't2-837-3',
    kind: 'x12-837p',
    before: 'LX*1~',
    text: 'SV1*HC>{64714}>LT*1800*UN*1***1~',
  },
  { id: 't2-837-4', kind: 'x12-837p', before: 'SV1*HC:64712:RT*1450*UN*1***1~', text: 'REF*6R*[64612]~' },
];

const x12_837Parsed: Snippet[] = table({
  id: 't2-837-tbl',
  kind: 'x12-837p',
  headers: ['Loop', 'Segment', 'Qualifier', 'Value', 'Description'],
  rows: [
    ['1000A', 'NM1-09', '46', '[64612]', 'Submitter identifier'],
    ['2010AA', 'N4-03', '', '[64111]', 'Billing provider ZIP'],
    ['2300', 'CLM-01', '', 'PCN[64714]', 'Patient control number'],
    ['2300', 'REF-02', 'G1', '[64445]', 'Prior authorization'],
    ['2400', 'SV1-01-2', 'HC', '{64712}', 'Procedure code'],
    ['2400', 'SV1-01-2', 'HC', '{64445}', 'Procedure code'],
    ['2400', 'REF-02', '6R', '[64712]', 'Line item control number'],
  ],
});

// ── HL7 v2 DFT^P03 charge messages ──────────────────────────────────────────────────────────────────────
const hl7Dft: Snippet[] = [
  {
    id: 't2-dft-1',
    kind: 'hl7-dft',
    text: [
      'MSH|^~\\&|EPIC|LAKESIDE|PB|LAKESIDE|202610021530||DFT^P03|64445221|P|2.5',
      'EVN|P03|202610021530',
      'PID|1||[64612]^^^LAKESIDE^MR~[64714]^^^SSA^SS||DOE^JANE||19710314|F|||4500 MAIN ST^^KANSAS CITY^MO^[64111]',
      'PV1|1|O|ORTHO^12^1||||1548293710^ALVAREZ^MARIA||||||||||[64632]|||||||||||||||||||||||||202610020800',
      'FT1|1|[64712]||20261002|20261002|CG|[64632]^NEUROPLASTY SCIATIC^L|||1|1450.00||||||||G57.01^^I10|1548293710|||||{64712}^NEUROPLASTY SCIATIC NERVE^CPT|RT',
      'FT1|2|[64714]||20261002|20261002|CG|[64445]^SCIATIC BLOCK^L|||1|700.00|||||||||1548293710|||||{64445}^INJ SCIATIC NERVE^C4',
      'FT1|3|[64445]||20261002|20261002|CG|[30412]^SUPPLY^L|||1|12.00|||||||||||||A4550^SURGICAL TRAY^HCPCS',
      'PR1|1||{64632}^DESTRUCTION PLANTAR DIGITAL NERVE^CPT4|||20261002',
      'PR1|2||[64612]^LOCAL PROCEDURE^99LOC|||20261002',
    ].join('\r'),
  },
  {
    id: 't2-dft-2',
    kind: 'hl7-dft',
    text: 'FT1|1|[64612]||20261005||CG|[64612]^^L|||2|900.00||||||||G51.3^^I10||||||{64612}^CHEMODENERVATION FACIAL^HCPCS|50\nZFT|1|[64612]|[64612]',
  },
];

// ── FHIR ExplanationOfBenefit JSON (CARIN Blue Button shape) ────────────────────────────────────────────
const fhirEob: Snippet[] = [
  {
    id: 't2-eob-1',
    kind: 'fhir-eob',
    text: `{
  "resourceType": "ExplanationOfBenefit",
  "id": "eob-[64714]",
  "identifier": [{ "type": { "coding": [{ "code": "uc" }] }, "system": "https://bluebutton.example.org/claim-id", "value": "[64612]" }],
  "insurer": { "identifier": { "value": "[64445]" } },
  "provider": { "identifier": { "system": "http://hl7.org/fhir/sid/us-npi", "value": "1548293710" } },
  "item": [
    {
      "sequence": 1,
      "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}", "display": "Neuroplasty" }] },
      "servicedDate": "2026-10-02",
      "locationAddress": { "postalCode": "[64111]", "state": "MO" },
      "adjudication": [{ "category": { "coding": [{ "code": "paidtoprovider" }] }, "amount": { "value": 649.92 } }]
    },
    {
      "sequence": 2,
      "productOrService": { "coding": [{ "system": "https://bluebutton.cms.gov/resources/codesystem/hcpcs", "code": "{64445}" }] },
      "revenue": { "coding": [{ "system": "https://www.nubc.org/CodeSystem/RevenueCodes", "code": "0360" }] },
      "adjudication": [{ "amount": { "value": [64632] } }]
    },
    {
      "sequence": 3,
      "productOrService": { "coding": [{ "system": "http://snomed.info/sct", "code": "[64612]" }] }
    }
  ],
  "payment": { "identifier": { "value": "[64632]" }, "amount": { "value": 898.34 } }
}`,
  },
  {
    // Highlighted JSON: the code value in its own span, the key and system before it.
    id: 't2-eob-2',
    kind: 'fhir-eob',
    before: '{ "system": "http://www.ama-assn.org/go/cpt", "code":',
    text: '"{64714}"',
  },
  { id: 't2-eob-3', kind: 'fhir-eob', before: '"identifier": { "value":', text: '"[64714]"' },
];

// ── CCD results section (XML in a <pre>) ────────────────────────────────────────────────────────────────
const ccd: Snippet[] = [
  {
    id: 't2-ccd-1',
    kind: 'xml-ccd',
    text: `<entry><act classCode="ACT" moodCode="EVN">
  <id root="2.16.840.1.113883.19" extension="[64612]"/>
  <code code="{64612}" codeSystem="2.16.840.1.113883.6.12" displayName="Chemodenervation"/>
  <code code="[64714]" codeSystem="2.16.840.1.113883.6.96" displayName="Procedure (SNOMED)"/>
  <addr><streetAddressLine>4500 Main St</streetAddressLine><postalCode>[64111]</postalCode></addr>
  <code code="{64445}" codeSystem="2.16.840.1.113883.6.285"/>
</act></entry>`,
  },
];

// ── CMS physician fee schedule RVU file (PPRRVU) as a table ─────────────────────────────────────────────
const rvu: Snippet[] = table({
  id: 't2-rvu',
  kind: 'cms-pfs-rvu',
  caption: 'PPRRVU26 — National Physician Fee Schedule Relative Value File',
  headers: ['HCPCS', 'MOD', 'DESCRIPTION', 'STATUS CODE', 'WORK RVU', 'NON-FAC PE RVU', 'GLOB DAYS', 'CONV FACTOR'],
  rows: [
    ['{64612}', '', 'Destroy nerve face muscle', 'A', '1.41', '2.19', '010', '33.4009'],
    ['{64632}', '', 'N block inj common digit', 'A', '1.23', '1.87', '010', '33.4009'],
    ['{64712}', '', 'Revise sciatic nerve', 'A', '8.12', 'NA', '090', '33.4009'],
    ['{64714}', '', 'Revise low back nerve(s)', 'A', '7.43', 'NA', '090', '33.4009'],
    ['{64445}', '26', 'N block inj sciatic sng', 'A', '1.00', '2.10', '000', '33.4009'],
  ],
});

const feeLookup: Snippet[] = table({
  id: 't2-fee',
  kind: 'cms-pfs-rvu',
  caption: 'Fee schedule lookup results — Carrier 05302 Locality 02',
  headers: ['Carrier', 'Locality', 'Code', 'Mod', 'Non-facility price', 'Facility price'],
  rows: [
    ['[05302]', '02', '{64612}', '', '$120.45', '$78.20'],
    ['[05302]', '02', '{64712}', '', 'NA', '$521.10'],
    ['[05302]', '02', '{64445}', '26', '$[10412]', '$61.30'],
  ],
});

// ── Payer portal claim lines: headers that name nothing a list knows ────────────────────────────────────
const portalLines: Snippet[] = table({
  id: 't2-lines',
  kind: 'portal-claim-lines',
  headers: ['Ln', 'From', 'Svc Cd', 'Mods', 'Description', 'Units', 'Chg', 'Pd'],
  rows: [
    ['1', '10/02', '{64712}', 'RT', 'Neuroplasty sciatic nerve', '1', '1,450.00', '649.92'],
    ['2', '10/02', '{64445}', '', 'Inj anes sciatic nerve', '1', '700.00', '248.42'],
    ['3', '10/02', '{64632}', '59', 'Destroy plantar digit nerve', '1', '300.00', '0.00'],
  ],
});

const vendorPayments: Snippet[] = table({
  id: 't2-vendor',
  kind: 'ap-vendor-payments',
  caption: 'Accounts payable — October',
  headers: ['Vendor #', 'Vendor', 'Voucher', 'Amount', 'Cost Ctr'],
  rows: [
    ['[64612]', 'Medline Industries', '[88120]', '$4,210.00', '[64714]'],
    ['[64712]', 'Stryker', '[88121]', '$12,500.00', '[64714]'],
    ['[64445]', 'Cardinal Health', '[88125]', '$980.10', '[64632]'],
  ],
});

const unknownHeaders: Snippet[] = table({
  id: 't2-ids',
  kind: 'ehr-worklist',
  headers: ['FIN', 'HAR', 'Enc Type', 'Attending', 'Unit'],
  rows: [
    ['[64612]', '[64714]', 'OP', 'ALVAREZ', '[64445]'],
    ['[71188]', '[81230]', 'OP', 'PATEL', '[64445]'],
    ['[71200]', '[81244]', 'IP', 'NGUYEN', '[64440]'],
  ],
});

// ── EHR encounter summary and coding worklist (prose and label/value) ──────────────────────────────────
const encounter: Snippet[] = [
  { id: 't2-enc-1', kind: 'ehr-encounter', text: 'FIN [64712] · HAR [64445] · MRN [64612]' },
  { id: 't2-enc-2', kind: 'ehr-encounter', text: 'Remit box [64714] · Plan line [64632] · Tax code [64612]' },
  { id: 't2-enc-3', kind: 'ehr-encounter', text: 'Plan: Gold PPO [64714]' },
  { id: 't2-enc-4', kind: 'ehr-encounter', text: 'Pay online with code [64612]' },
  {
    id: 't2-enc-5',
    kind: 'ehr-encounter',
    text: 'Bill {64712}-RT and {64445} on the same claim; append modifier 59 to {64632}.',
  },
  { id: 't2-enc-6', kind: 'ehr-encounter', text: 'Add-on: +{64445} reported with the primary procedure.' },
  { id: 't2-enc-7', kind: 'ehr-encounter', before: 'Procedures', text: '{64712}, {64445}' },
  { id: 't2-enc-8', kind: 'ehr-encounter', before: 'Insurer ID', text: '[64632]' },
  { id: 't2-enc-9', kind: 'ehr-encounter', before: 'Payer ID', text: '[64612]' },
  { id: 't2-enc-10', kind: 'ehr-encounter', before: 'Pre-cert', text: '[64714]' },
  { id: 't2-enc-11', kind: 'ehr-encounter', text: 'Coded as {64714}; the surgeon documented {64712} as well.' },
  { id: 't2-enc-12', kind: 'ehr-encounter', text: 'Denied {64632}: not covered for this diagnosis.' },
  { id: 't2-enc-13', kind: 'ehr-encounter', text: 'Contractor [05302] · Locality 02 · Batch [64612]' },
  { id: 't2-enc-14', kind: 'ehr-encounter', text: 'Control no. [64445] · Voucher [64714] · Cost center [64632]' },
  { id: 't2-enc-15', kind: 'ehr-encounter', text: 'Submit {64612} with the facial nerve diagnosis.' },
  { id: 't2-enc-16', kind: 'ehr-encounter', text: 'Dept [64612] · Bed [64445] · Episode [64714]' },
  { id: 't2-enc-17', kind: 'ehr-encounter', text: 'Charges: {64445} x1, {64612} x2' },
  { id: 't2-enc-18', kind: 'ehr-encounter', text: 'Covers {64712} and {64714} when medically necessary.' },
  { id: 't2-enc-19', kind: 'ehr-encounter', text: 'Svc {64632} on 10/05' },
  { id: 't2-enc-20', kind: 'ehr-encounter', text: 'Hosp acct [64632] · Sched [64714] · Req [64445]' },
];

// ── Remittance text layer of an 835 print (a payer's PDF, not Medicare's) ───────────────────────────────
const payerRemitPdf: Snippet[] = lines({
  id: 't2-rpdf',
  kind: 'remit-pdf-commercial',
  before: 'PROVIDER REMITTANCE ADVICE',
  text: [
    'Payee: Lakeside Orthopedic   Payee ID [64612]   Tax ID 43-6471221',
    'Payment # [64445]   Payment date 10/14/2026   Amount $898.34',
    'Patient: DOE, JANE   Member # W2846   Patient acct [64714]',
    'Claim [64632]  Line 1  {64712} RT  10/02/2026  1,450.00  812.40  649.92  CO45',
    'Claim [64632]  Line 2  {64445}  10/02/2026  700.00  310.52  248.42  CO45',
    'Remark codes: N130  M15   Group [64714]',
  ].join('\n'),
});

// ── X12 271 eligibility response, raw ───────────────────────────────────────────────────────────────────
const x12_271: Snippet[] = [
  {
    // Relabelled by issue 11's fourth pass: a MSG segment's free text is prose, and "REQUIRED FOR 64612" there names
    // the procedure (sealed3's 271 says the same); every other number in it is still decided by the format.
    id: 't2-271-1',
    kind: 'x12-271',
    text: 'ST*271*[64612]*005010X279A1~BHT*0022*11*[64714]*20261014*0930~HL*1**20*1~NM1*PR*2*SHOW-ME HEALTH PLAN*****PI*[64445]~HL*2*1*21*1~NM1*1P*2*LAKESIDE ORTHOPEDIC*****XX*1548293710~HL*3*2*22*0~TRN*2*[64632]*9877281234~NM1*IL*1*DOE*JANE****MI*W2846[64612]~REF*6P*[64712]~N4*KANSAS CITY*MO*[64111]~EB*1*IND*30**GOLD PPO [64714]~EB*C*IND*30***23*1500~MSG*PRIOR AUTH REQUIRED FOR {64612}~SE*14*[64612]~',
  },
];

// ── Claim status (277) results grid ─────────────────────────────────────────────────────────────────────
const claimStatus: Snippet[] = table({
  id: 't2-277',
  kind: 'claim-status-277',
  headers: ['Payer Claim Control #', 'Status Category', 'Status Code', 'Entity', 'Billed Svc', 'Effective'],
  rows: [
    ['[64712]', 'F1 Finalized/Payment', '65', 'PR', '{64712}', '10/14/2026'],
    ['[64714]', 'A7 Rejected', '21', '85', '{64445}', '10/09/2026'],
    ['[64733]', 'P1 Pending', '20', 'PR', '{64632}', '10/11/2026'],
    ['[81002]', 'F2 Finalized/Denial', '88', 'PR', '{64612}', '10/12/2026'],
  ],
});

// ── EHR orders grid ─────────────────────────────────────────────────────────────────────────────────────
const ordersGrid: Snippet[] = table({
  id: 't2-orders',
  kind: 'ehr-orders-grid',
  headers: ['Order #', 'Ordered', 'Procedure', 'Priority', 'Performing Dept', 'Encounter'],
  rows: [
    ['[64612]', '10/01/26', 'INJ SCIATIC NERVE {64445}', 'Routine', '[64120] PAIN CLINIC', '[64714]'],
    ['[64613]', '10/01/26', 'CHEMODENERVATION FACIAL {64612}', 'Routine', '[64120] PAIN CLINIC', '[64714]'],
    ['[64632]', '10/02/26', 'NEUROPLASTY SCIATIC {64712}', 'Urgent', '[64122] OR MAIN', '[64712]'],
    ['[64640]', '10/03/26', 'NEUROPLASTY SACRAL {64714}', 'Routine', '[64122] OR MAIN', '[64445]'],
    ['[64641]', '10/04/26', 'DESTR PLANTAR DIGITAL NERVE {64632}', 'Routine', '[64120] PAIN CLINIC', '[64445]'],
  ],
});

// ── Shipping / store page (general web) ─────────────────────────────────────────────────────────────────
const store: Snippet[] = [
  {
    id: 't2-web-1',
    kind: 'web-store',
    text: 'Order [64712] shipped to Overland Park, KS [66212]. Tracking [64445]-22.',
  },
  { id: 't2-web-2', kind: 'web-store', text: 'Item [64632] · Size M · Qty 2 · SKU BX-[64612]' },
  { id: 't2-web-3', kind: 'web-store', text: 'Use coupon code [64714] at checkout to save 10%.' },
  { id: 't2-web-4', kind: 'web-store', text: 'Store [64612] — 1200 Grand Blvd, Kansas City, MO [64106]' },
  { id: 't2-web-5', kind: 'web-store', text: 'Rewards member since 2019 · Card [64445] · Points [64632]' },
  {
    id: 't2-web-6',
    kind: 'web-store',
    text: 'Population of Lee’s Summit: 101108; Blue Springs: [58603]; Raytown: [29159].',
  },
];

export const tuning2: Snippet[] = [
  ...x12_271,
  ...claimStatus,
  ...ordersGrid,
  ...store,
  ...x12_837,
  ...x12_837Parsed,
  ...hl7Dft,
  ...fhirEob,
  ...ccd,
  ...rvu,
  ...feeLookup,
  ...portalLines,
  ...vendorPayments,
  ...unknownHeaders,
  ...encounter,
  ...payerRemitPdf,
];
