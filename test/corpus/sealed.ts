import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set (issue 11). Written, with its labels, BEFORE the redesigned detector was run on it, and committed
 * before any tuning. Its page shapes (`kind`, prefixed `s-`) appear nowhere in the tuning set. It is scored once, at
 * the end; do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Known codes: 64712 64714 64632 64445 64612. Every other five-digit token is a decoy, many of them the same digits.
 */

// ── X12 835 remittance, raw interchange in a <pre> (one text node) ──────────────────────────────────────
const x12_835: Snippet[] = [
  {
    id: 's-835-raw-1',
    kind: 's-x12-835',
    text: [
      'ISA*00*          *00*          *ZZ*[64714]          *ZZ*MOPAYER01      *261012*0930*^*[00501]*000064612*0*P*:~',
      'GS*HP*[64714]*MOPAYER01*20261012*0930*[64632]*X*005010X221A1~',
      'ST*835*[64445]~',
      'BPR*I*1289.92*C*ACH*CCP*01*101000695*DA*646127731*1436210912**01*101000019*DA*4471290*20261014~',
      'TRN*1*[64712]*1436210912~',
      'REF*EV*[64612]~',
      'DTM*405*20261012~',
      'N1*PR*SHOW-ME HEALTH PLAN~',
      'N3*1200 GRAND BLVD~',
      'N4*KANSAS CITY*MO*641082213~',
      'REF*2U*[64445]~',
      'N1*PE*LAKESIDE ORTHOPEDIC SURGERY*XX*1548293710~',
      'N4*KANSAS CITY*MO*[64111]~',
      'LX*1~',
      'CLP*PCN[64714]*1*2450*1289.92*310.52*12*6463200123456*11*1~',
      'NM1*QC*1*DOE*JANE****MI*W284664612~',
      'SVC*HC:{64712}:RT*1450*812.40**1~',
      'DTM*472*20261002~',
      'CAS*CO*45*637.60~',
      'REF*6B*[64712]~',
      'SVC*HC:{64445}*700*310.52**1~',
      'CAS*PR*1*77.63~',
      'SVC*HC:{64632}*300*0**1~',
      'CAS*CO*97*300~',
      'LQ*HE*N130~',
      'SE*24*[64445]~',
      'GE*1*[64632]~',
      'IEA*1*000064612~',
    ].join(''),
  },
  {
    // The same kind of file, one segment per line with the component separator `>` and element separator `*`.
    id: 's-835-raw-2',
    kind: 's-x12-835',
    text: [
      'ST*835*[64632]~',
      'TRN*1*[64445]*1911223344~',
      'N4*LEES SUMMIT*MO*[64086]~',
      'CLP*[64612]A*2*1800*0*1800*HM*647125500811*11*1~',
      'SVC*HC>{64612}>59*900*0**2~',
      'CAS*CO*16*900~',
      'SVC*HC>{64714}*900*0**1~',
      'CAS*CO*50*900~',
      'PLB*1548293710*20261231*WO>[64445]*-125~',
      'SE*9*[64632]~',
    ].join('\n'),
  },
];

// ── HL7 v2 ORM^O01 order messages in a log viewer ───────────────────────────────────────────────────────
const hl7Orm: Snippet[] = [
  {
    id: 's-orm-1',
    kind: 's-hl7-orm',
    text: [
      'MSH|^~\\&|EPIC|KCMC|RADIS|KCMC|202610020814||ORM^O01|647120093|P|2.5.1',
      'PID|1||[64445]^^^KCMC^MR||DOE^JANE^Q||19710314|F|||4500 MAIN ST^^KANSAS CITY^MO^[64111]||(816)555-0142|||||64632118',
      'PV1|1|O|PAIN^202^1|||||1548293710^ALVAREZ^MARIA|||||||||||[64714]',
      'ORC|NW|[64612]|[64712]||SC',
      'OBR|1|[64612]|[64712]|{64612}^CHEMODENERVATION FACIAL NERVE^C4|||202610020800',
      'DG1|1||G51.3^CLONIC HEMIFACIAL SPASM^I10',
    ].join('\r'),
  },
  {
    id: 's-orm-2',
    kind: 's-hl7-orm',
    text: [
      'MSH|^~\\&|CERNER|STLUKE|PAINMGMT|STLUKE|202610051200||ORM^O01|MSG[64632]|P|2.3',
      'PID|1||M[64714]^^^SLH||ROE^RICHARD||19580722|M|||12 OAK LN^^INDEPENDENCE^MO^[64050]',
      'ORC|NW|ORD[64445]|||SC||^^^20261006',
      'OBR|1|ORD[64445]||{64445}^INJ ANES SCIATIC NRV^CPT4^[64445]^SCIATIC BLOCK^L|||202610060700',
      'OBR|2|ORD[64446]||[64714]^NEUROLYSIS SACRAL^L^{64714}^NEUROPLASTY SACRAL^C4',
    ].join('\n'),
  },
];

// ── FHIR Claim resource shown as JSON (developer sandbox page, one <pre>) ───────────────────────────────
const fhirClaim: Snippet[] = [
  {
    id: 's-fhir-claim-1',
    kind: 's-fhir-claim',
    text: `{
  "resourceType": "Claim",
  "id": "clm-[64712]",
  "identifier": [{ "system": "https://payer.example.org/claim", "value": "[64714]" }],
  "status": "active",
  "type": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional" }] },
  "patient": { "reference": "Patient/[64445]" },
  "billablePeriod": { "start": "2026-10-02" },
  "provider": { "reference": "Organization/[64632]" },
  "insurance": [{ "sequence": 1, "focal": true, "coverage": { "reference": "Coverage/[64612]" } }],
  "item": [
    {
      "sequence": 1,
      "productOrService": {
        "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}", "display": "Neuroplasty; sciatic nerve" }]
      },
      "modifier": [{ "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "RT" }] }],
      "locationAddress": { "city": "Kansas City", "state": "MO", "postalCode": "[64111]" },
      "net": { "value": 1450.0, "currency": "USD" }
    },
    {
      "sequence": 2,
      "productOrService": {
        "coding": [{ "code": "{64445}", "system": "http://www.ama-assn.org/go/cpt" }]
      },
      "udi": [{ "reference": "Device/[64714]" }],
      "net": { "value": [64445], "currency": "USD" }
    },
    {
      "sequence": 3,
      "revenue": { "coding": [{ "system": "https://www.nubc.org/CodeSystem/RevenueCodes", "code": "0360" }] },
      "productOrService": {
        "coding": [{ "system": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": "{64632}" }]
      }
    }
  ]
}`,
  },
  {
    // A resource summary table rendered from the same JSON.
    id: 's-fhir-claim-2',
    kind: 's-fhir-claim',
    text: '{ "system": "urn:oid:2.16.840.1.113883.6.12", "code": "{64714}" }, { "system": "urn:oid:2.16.840.1.113883.4.642.3.1", "code": "[64714]" }',
  },
];

// ── CDA procedure section (C-CDA on FHIR-less portal, XML shown in <pre>) ───────────────────────────────
const cda: Snippet[] = [
  {
    id: 's-cda-1',
    kind: 's-cda',
    text: `<section>
  <templateId root="2.16.840.1.113883.10.20.22.2.7.1" extension="2014-06-09"/>
  <id root="2.16.840.1.113883.19.5" extension="[64612]"/>
  <entry>
    <procedure classCode="PROC" moodCode="EVN">
      <id root="1.3.6.1.4.1.[22812].11.2016" extension="[64712]"/>
      <code code="{64712}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT-4" displayName="Neuroplasty, sciatic nerve"/>
      <performer><assignedEntity><addr><postalCode>[64111]</postalCode></addr></assignedEntity></performer>
    </procedure>
  </entry>
  <entry>
    <procedure classCode="PROC" moodCode="EVN">
      <code codeSystemName="HCPCS" codeSystem="2.16.840.1.113883.6.285" code="{64632}"/>
      <targetSiteCode code="[64445]" codeSystem="2.16.840.1.113883.6.96"/>
    </procedure>
  </entry>
  <entry>
    <observation classCode="OBS" moodCode="EVN">
      <code code="[64714]" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC"/>
      <value xsi:type="PQ" value="[64612]" unit="mg"/>
    </observation>
  </entry>
</section>`,
  },
];

// ── CMS locality / GPCI file rendered as a table ────────────────────────────────────────────────────────
const locality: Snippet[] = table({
  id: 's-loc',
  kind: 's-cms-locality',
  caption: 'Medicare Physician Fee Schedule Locality Configuration, CY 2026',
  headers: ['Medicare Admin Contractor', 'Locality Number', 'State', 'Fee Schedule Area', 'Counties'],
  rows: [
    ['[05302]', '02', 'MISSOURI', 'METROPOLITAN KANSAS CITY', 'CLAY, JACKSON, PLATTE'],
    ['[05302]', '01', 'MISSOURI', 'METROPOLITAN ST. LOUIS', 'ST. CHARLES, ST. LOUIS, ST. LOUIS CITY'],
    ['[05302]', '99', 'MISSOURI', 'REST OF MISSOURI', 'ALL OTHER COUNTIES'],
    ['[05202]', '00', 'KANSAS', 'STATEWIDE', 'ALL COUNTIES'],
    ['[64612]', '01', 'MOCK STATE', 'TEST AREA', 'NONE'],
    ['[12502]', '01', 'MARYLAND', 'BALTIMORE/SURR. CNTYS', 'ANNE ARUNDEL, BALTIMORE'],
  ],
});

const gpci: Snippet[] = table({
  id: 's-gpci',
  kind: 's-cms-locality',
  headers: ['Carrier', 'Locality', 'Locality Name', 'PW GPCI', 'PE GPCI', 'MP GPCI'],
  rows: [
    ['[05302]', '02', 'Metropolitan Kansas City', '1.000', '0.963', '1.091'],
    ['[64714]', '01', 'Metropolitan St. Louis', '1.000', '0.959', '1.091'],
    ['[05302]', '99', 'Rest of Missouri', '1.000', '0.881', '1.077'],
  ],
});

// ── NCCI procedure-to-procedure edit table ──────────────────────────────────────────────────────────────
const ncci: Snippet[] = table({
  id: 's-ncci',
  kind: 's-ncci-ptp',
  caption: 'Practitioner PTP Edits v32.3 effective October 1, 2026',
  headers: ['Column 1', 'Column 2', '*=In existence prior to 1996', 'Effective Date', 'Deletion Date', 'Modifier'],
  rows: [
    ['{64712}', '{64714}', '', '20020101', '*', '1'],
    ['{64712}', '{64445}', '', '20060101', '*', '1'],
    ['{64714}', '{64612}', '*', '19960101', '*', '1'],
    ['{64632}', '{64445}', '', '20210101', '*', '0'],
    ['{64445}', '{64612}', '', '20180701', '20191231', '9'],
  ],
});

const ncciMue: Snippet[] = table({
  id: 's-mue',
  kind: 's-ncci-ptp',
  headers: ['HCPCS/CPT Code', 'Practitioner Services MUE Values', 'MUE Adjudication Indicator', 'MUE Rationale'],
  rows: [
    ['{64612}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
    ['{64632}', '2', '3 Date of Service Edit: Clinical', 'Clinical: Data'],
    ['{64445}', '1', '2 Date of Service Edit: Policy', 'Nature of Service/Procedure'],
  ],
});

// ── Denial letter (prose) ───────────────────────────────────────────────────────────────────────────────
const denial: Snippet[] = [
  {
    id: 's-den-1',
    kind: 's-denial-letter',
    text: 'Show-Me Health Plan · P.O. Box [64612] · Kansas City, MO [64171]-0612',
  },
  {
    id: 's-den-2',
    kind: 's-denial-letter',
    text: 'RE: Notice of Adverse Benefit Determination   Member: Jane Doe   Member ID: W64714802   Claim: 647120114   Provider No. [64445]',
  },
  {
    id: 's-den-3',
    kind: 's-denial-letter',
    text: 'We reviewed the claim you submitted for services on October 2, 2026. The service billed under CPT {64712} (neuroplasty, sciatic nerve) is not covered because the records do not document failed conservative treatment. Procedure {64445} on the same date was paid.',
  },
  {
    id: 's-den-4',
    kind: 's-denial-letter',
    text: 'You may appeal within 180 days. Mail your appeal to Appeals Unit, Dept. [64632], PO Box 419003, Kansas City MO [64141]. Refer to case [64714] in all correspondence.',
  },
  {
    id: 's-den-5',
    kind: 's-denial-letter',
    text: 'If you believe {64612} should be covered, ask your provider to submit the chart notes with modifier 59 and the reference number RN [64612].',
  },
  {
    id: 's-den-6',
    kind: 's-denial-letter',
    text: 'Questions? Call Member Services at 1-800-555-0199 (TTY 711), 8 a.m. to 8 p.m. Plan code [64445]. Form HP-[64632] (rev. 10/26)',
  },
];

// ── Remittance advice PDF, text layer (one line per span) ───────────────────────────────────────────────
const remitPdf: Snippet[] = lines({
  id: 's-rapdf',
  kind: 's-remit-pdf',
  before: 'MEDICARE REMITTANCE ADVICE',
  text: [
    'WISCONSIN PHYSICIANS SERVICE   P.O. BOX [64714]   OMAHA NE [68501]',
    'PROVIDER # [64632]  PAGE #: 1 OF 3  DATE: 10/14/2026  CHECK/EFT #: 644451007',
    'PERF PROV  SERV DATE    POS NOS PROC  MODS  BILLED  ALLOWED  DEDUCT  COINS  GRP/RC-AMT  PROV PD',
    'NAME DOE, JANE   HIC 1EG4TE5MK72   ACNT [64612]-01   ICN 0226647120114   ASG Y  MOA MA01',
    '1548293710 1002 100226 11 1 {64712} RT 1450.00 812.40 0.00 162.48 CO-45 637.60 649.92',
    '1548293710 1002 100226 11 1 {64445}    700.00 310.52 0.00 62.10 CO-45 389.48 248.42',
    '1548293710 1002 100226 11 1 {64632}    300.00 0.00 0.00 0.00 CO-97 300.00 0.00',
    'PT RESP 224.58   CLAIM TOTALS 2450.00 1122.92 0.00 224.58 1327.08 898.34',
    'ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00  NET 898.34',
    'CLAIM INFORMATION FORWARDED TO: SHOW-ME SUPPLEMENTAL [64445]',
    'TOTAL CLAIMS 1  BILLED AMT 2450.00  NET AMT 898.34  CHECK AMT [12500].00',
  ].join('\n'),
});

// ── Data dictionary page (warehouse documentation) ──────────────────────────────────────────────────────
const dictionary: Snippet[] = table({
  id: 's-dd',
  kind: 's-data-dictionary',
  caption: 'CLM_LINE_FACT: one row per adjudicated claim line',
  headers: ['Column', 'Data type', 'Length', 'Sample value', 'Notes'],
  rows: [
    ['CLM_LN_SK', 'NUMBER', '18', '[64712]', 'Surrogate key'],
    ['BILL_PROV_ZIP5', 'CHAR', '5', '[64111]', 'Billing provider ZIP'],
    ['LN_PROC_CD', 'CHAR', '5', '{64712}', 'CPT/HCPCS procedure on the line'],
    ['RNDR_TXNMY', 'CHAR', '10', '208VP0014X', 'Rendering taxonomy'],
    ['SRC_SYS_ID', 'NUMBER', '5', '[10442]', 'Source system'],
    ['PLAN_BNFT_PKG', 'CHAR', '5', '[64632]', 'Benefit package'],
    ['ADJD_AMT_CENTS', 'NUMBER', '9', '[81240]', 'Allowed amount in cents'],
  ],
});

const dictionaryFields: Snippet[] = [
  { id: 's-dd-f1', kind: 's-data-dictionary', before: 'Field: MBR_SFX_ID  Example:', text: '[64714]' },
  { id: 's-dd-f2', kind: 's-data-dictionary', before: 'Field: HCPCS_CD  Example:', text: '{64714}' },
  {
    id: 's-dd-f3',
    kind: 's-data-dictionary',
    text: 'RVNU_CNTR_CD (e.g. 0360) and HCPCS_CD (e.g. {64445}) come from the UB-04 line.',
  },
];

// ── Eligibility / benefits response page (271 rendered for a portal) ────────────────────────────────────
const eligibility: Snippet[] = [
  { id: 's-elig-1', kind: 's-eligibility', before: 'Subscriber', text: 'DOE, JANE  Suffix 01  Sub ID XQW[64712]' },
  { id: 's-elig-2', kind: 's-eligibility', before: 'Group / Plan', text: 'Grp [64445] · Silver HMO [64632]' },
  { id: 's-elig-3', kind: 's-eligibility', before: 'Payer', text: 'Show-Me Health Plan (EDI [64714])' },
  { id: 's-elig-4', kind: 's-eligibility', before: 'Coverage dates', text: '01/01/2026 – 12/31/2026 · Tier [64612]' },
  {
    id: 's-elig-5',
    kind: 's-eligibility',
    text: 'Service type 30 (Health Benefit Plan Coverage): Active. In-network deductible $1,500 remaining $[64612] per 1,000 visits.',
  },
  {
    id: 's-elig-6',
    kind: 's-eligibility',
    text: 'Prior authorization is required for {64612} and {64632} when performed in an office setting.',
  },
  { id: 's-elig-7', kind: 's-eligibility', before: 'PCP', text: 'Dr. Maria Alvarez  NPI 1548293710  Site [64445]' },
  { id: 's-elig-8', kind: 's-eligibility', before: 'Transaction', text: 'TRN [64632]-7 · Resp. 10/14/2026 09:30' },
];

const eligibilityTable: Snippet[] = table({
  id: 's-elig-tbl',
  kind: 's-eligibility',
  headers: ['Benefit', 'Network', 'Coverage level', 'Amount', 'Plan Yr Accum', 'Accum ID'],
  rows: [
    ['Deductible', 'IN', 'Individual', '$1,500', '[64445]', '[64714]'],
    ['Out of pocket', 'IN', 'Family', '$12,000', '[64612]', '[53102]'],
    ['Coinsurance', 'OUT', 'Individual', '40%', '0', '[53107]'],
  ],
});

// ── EHR charge review grid ──────────────────────────────────────────────────────────────────────────────
const chargeReview: Snippet[] = table({
  id: 's-chg',
  kind: 's-ehr-charge-review',
  caption: 'Charge Review — Pain Management — Pending (4)',
  headers: ['', 'FIN', 'Svc Dt', 'CDM', 'CPT', 'Mod 1', 'Qty', 'Dx 1', 'HAR', 'Rndr'],
  rows: [
    ['☐', '[64714]', '10/02/26', '[30412]', '{64712}', 'RT', '1', 'G57.01', '[64445]', 'ALVAREZ'],
    ['☐', '[64714]', '10/02/26', '[30415]', '{64445}', '', '1', 'G57.01', '[64445]', 'ALVAREZ'],
    ['☐', '[71203]', '10/03/26', '[30412]', '{64612}', '50', '2', 'G51.3', '[82231]', 'NGUYEN'],
    ['☐', '[71377]', '10/05/26', '[64714]', '{64632}', 'LT', '1', 'M54.16', '[82290]', 'PATEL'],
  ],
});

const chargeReviewDetail: Snippet[] = [
  { id: 's-chg-d1', kind: 's-ehr-charge-review', before: 'Charge ID', text: '[64632]' },
  { id: 's-chg-d2', kind: 's-ehr-charge-review', before: 'Guarantor', text: '[64612]' },
  {
    id: 's-chg-d3',
    kind: 's-ehr-charge-review',
    before: 'Edit',
    text: 'CCI: {64445} is a component of {64712}; override with 59/XS?',
  },
  { id: 's-chg-d4', kind: 's-ehr-charge-review', before: 'Hosp Svc', text: 'PMG [64714]' },
  { id: 's-chg-d5', kind: 's-ehr-charge-review', before: 'Rev Loc', text: '[64445]' },
  {
    id: 's-chg-d6',
    kind: 's-ehr-charge-review',
    text: 'Coder note: changed {64714} to {64712}-RT per op report; added +{64445} for the block.',
  },
];

// ── Prior-authorization request form (payer portal, label/value pairs) ──────────────────────────────────
const priorAuth: Snippet[] = [
  { id: 's-pa-1', kind: 's-prior-auth-form', before: 'Request tracking ID', text: '[64712]' },
  { id: 's-pa-2', kind: 's-prior-auth-form', before: 'Servicing provider TIN', text: '644450912' },
  { id: 's-pa-3', kind: 's-prior-auth-form', before: 'Requested service (CPT/HCPCS)', text: '{64612}' },
  { id: 's-pa-4', kind: 's-prior-auth-form', before: 'Additional codes', text: '{64632}, {64714}' },
  { id: 's-pa-5', kind: 's-prior-auth-form', before: 'Units', text: '2' },
  { id: 's-pa-6', kind: 's-prior-auth-form', before: 'Facility ZIP', text: '[64086]' },
  {
    id: 's-pa-7',
    kind: 's-prior-auth-form',
    before: 'Ordering clinician',
    text: 'Maria Alvarez, MD · Office ext. [64445]',
  },
  { id: 's-pa-8', kind: 's-prior-auth-form', before: 'Reviewer', text: 'RN Case Mgr #[64714]' },
  {
    id: 's-pa-9',
    kind: 's-prior-auth-form',
    text: 'Decision: Approved for {64612} x 2 units between 10/01/2026 and 12/30/2026. Auth [64612]-A. Episode [64632].',
  },
  {
    id: 's-pa-10',
    kind: 's-prior-auth-form',
    before: 'Place of service',
    text: '22 · Outpatient hospital, Loc [64714]',
  },
];

// ── LCD / billing article page ──────────────────────────────────────────────────────────────────────────
const article: Snippet[] = [
  {
    id: 's-lcd-1',
    kind: 's-billing-article',
    text: 'Billing and Coding: Botulinum Toxins (A564612) · Contractor Number [05302] · Jurisdiction J5',
  },
  {
    id: 's-lcd-2',
    kind: 's-billing-article',
    text: 'Report {64612} once per session, regardless of the number of muscles injected. Append modifier 50 to {64632} only when performed bilaterally.',
  },
  {
    id: 's-lcd-3',
    kind: 's-billing-article',
    text: 'Group 1 Paragraph: The following CPT codes are covered when billed with a diagnosis from Group 1: {64612}, {64632}, {64445} and {64714}.',
  },
  {
    id: 's-lcd-4',
    kind: 's-billing-article',
    text: 'Revision History Date 10/01/2026, Revision History Number R[64445]: added +{64445}; removed L[64714] reference.',
  },
  {
    id: 's-lcd-5',
    kind: 's-billing-article',
    text: 'Document Note: this article supplements LCD L[64712]. Original ICD-10 effective date 10/01/2015. Page [64632] of the printed manual.',
  },
];

const articleTable: Snippet[] = table({
  id: 's-lcd-tbl',
  kind: 's-billing-article',
  caption: 'CPT/HCPCS Codes — Group 1 Codes',
  headers: ['Code', 'Description'],
  rows: [
    ['{64612}', 'CHEMODENERVATION OF MUSCLE(S); MUSCLE(S) INNERVATED BY FACIAL NERVE, UNILATERAL'],
    ['{64632}', 'DESTRUCTION BY NEUROLYTIC AGENT; PLANTAR COMMON DIGITAL NERVE'],
    ['{64445}', 'INJECTION(S), ANESTHETIC AGENT(S) AND/OR STEROID; SCIATIC NERVE'],
  ],
});

const articleIcd: Snippet[] = table({
  id: 's-lcd-icd',
  kind: 's-billing-article',
  headers: ['ICD-10-CM Codes', 'Description', 'Article ID'],
  rows: [
    ['G24.3', 'Spasmodic torticollis', 'A[64612]'],
    ['G51.3', 'Clonic hemifacial spasm', '[64612]'],
  ],
});

// ── Claim history grid on a payer portal (identifiers in every column but one) ─────────────────────────
const claimHistory: Snippet[] = table({
  id: 's-hist',
  kind: 's-payer-claim-history',
  caption: 'Claims for provider group 1548293710 · last 90 days',
  headers: ['Claim ID', 'Pt Acct', 'DOS', 'Billing Prov Loc', 'Line Svc', 'Billed', 'Paid', 'Remit Seq', 'Status'],
  rows: [
    ['[64712]', '[41180]', '10/02/26', '[64111]', '{64712}', '$1,450.00', '$649.92', '[64445]', 'Paid'],
    ['[64714]', '[41180]', '10/02/26', '[64111]', '{64445}', '$700.00', '$248.42', '[64445]', 'Paid'],
    ['[64733]', '[41185]', '10/03/26', '[64114]', '{64612}', '$900.00', '$0.00', '[64446]', 'Denied'],
    ['[64741]', '[41202]', '10/05/26', '[64111]', '{64632}', '$300.00', '$0.00', '[64446]', 'Denied'],
    ['[64745]', '[41217]', '10/06/26', '[64086]', '{64714}', '$1,800.00', '$1,021.30', '[64452]', 'Paid'],
    ['[64750]', '[41233]', '10/07/26', '[64111]', '{64612}', '$900.00', '$412.00', '[64452]', 'In process'],
    ['[64612]', '[41240]', '10/08/26', '[64114]', '{64445}', '$700.00', '$0.00', '[64452]', 'Pended'],
    ['[64632]', '[41251]', '10/09/26', '[64111]', '{64712}', '$1,450.00', '$0.00', '[64460]', 'Pended'],
  ],
});

// ── The same 835 shown as a parsed table by a clearinghouse viewer ──────────────────────────────────────
const x12Parsed: Snippet[] = table({
  id: 's-835-tbl',
  kind: 's-x12-835',
  caption: 'ERA detail: claim PCN64714',
  headers: ['Segment', 'Element', 'Name', 'Value'],
  rows: [
    ['TRN', '02', 'Check or EFT trace number', '[64712]'],
    ['REF', '02', 'Receiver identifier', '[64612]'],
    ['N4', '03', 'Payee postal code', '[64111]'],
    ['CLP', '07', 'Payer claim control number', '[64632]'],
    ['SVC', '01-2', 'Adjudicated procedure code', '{64712}'],
    ['SVC', '01-2', 'Adjudicated procedure code', '{64445}'],
    ['REF', '02', 'Line item control number', '[64712]'],
    ['SE', '02', 'Transaction set control number', '[64445]'],
  ],
});

// ── ASC payment addendum (CMS addendum AA) ──────────────────────────────────────────────────────────────
const ascAddendum: Snippet[] = table({
  id: 's-asc',
  kind: 's-asc-addendum',
  caption: 'ADDENDUM AA.—Final ASC Covered Surgical Procedures for CY 2026',
  headers: [
    'HCPCS Code',
    'Short Descriptor',
    'Subject to Multiple Procedure Discounting',
    'Payment Indicator',
    'Payment Weight',
    'Payment',
  ],
  rows: [
    ['{64612}', 'Destroy nerve face muscle', 'Y', 'P3', '0.9913', '$[54012]'],
    ['{64632}', 'N block inj common digit', 'Y', 'P3', '0.3391', '$184.62'],
    ['{64712}', 'Revise sciatic nerve', 'Y', 'A2', '32.11', '$2,410.90'],
    ['{64714}', 'Revise low back nerve(s)', 'Y', 'A2', '32.1100', '$2,410.90'],
    ['{64445}', 'N block inj sciatic sng', 'Y', 'P3', '1.1290', '$612.44'],
  ],
});

// ── Patient billing statement (patient portal) ──────────────────────────────────────────────────────────
const statement: Snippet[] = [
  {
    id: 's-stmt-1',
    kind: 's-patient-statement',
    text: 'Statement date 10/20/2026 · Guarantor account [64612] · Amount due $224.58',
  },
  {
    id: 's-stmt-2',
    kind: 's-patient-statement',
    text: 'Pay online at mybill.example.org with access code [64714] or call 816-555-0100.',
  },
  { id: 's-stmt-3', kind: 's-patient-statement', before: 'Visit', text: '10/02/2026 Lakeside Surgery Center [64445]' },
  {
    id: 's-stmt-4',
    kind: 's-patient-statement',
    text: '10/02/2026  Neuroplasty sciatic nerve ({64712})  $1,450.00  Insurance paid $649.92  You owe $162.48',
  },
  {
    id: 's-stmt-5',
    kind: 's-patient-statement',
    text: 'Remit to: Lakeside Ortho, Dept [64632], PO Box 219150, Kansas City MO [64121]-9150',
  },
  {
    id: 's-stmt-6',
    kind: 's-patient-statement',
    text: 'Financial assistance application ID FA [64714] · Payment plan [64445] (6 of 12)',
  },
];

// ── The ORM messages as a parsed table in an interface-engine viewer ────────────────────────────────────
const hl7Parsed: Snippet[] = table({
  id: 's-orm-tbl',
  kind: 's-hl7-orm',
  headers: ['Seg', 'Field', 'Component', 'Value', 'Coding system'],
  rows: [
    ['MSH', '10', '1', 'MSG[64632]', ''],
    ['PID', '3', '1', '[64445]', ''],
    ['PID', '11', '5', '[64111]', ''],
    ['ORC', '2', '1', '[64612]', ''],
    ['ORC', '3', '1', '[64712]', ''],
    ['OBR', '4', '1', '{64612}', 'C4'],
    ['OBR', '4', '1', '{64445}', 'CPT4'],
    ['PV1', '19', '1', '[64714]', ''],
  ],
});

// ── FHIR Claim items as a table (sandbox "table view") ──────────────────────────────────────────────────
const fhirParsed: Snippet[] = table({
  id: 's-fhir-tbl',
  kind: 's-fhir-claim',
  headers: [
    'item.sequence',
    'productOrService.coding.system',
    'productOrService.coding.code',
    'locationAddress.postalCode',
    'udi.reference',
  ],
  rows: [
    ['1', 'http://www.ama-assn.org/go/cpt', '{64712}', '[64111]', 'Device/[64714]'],
    ['2', 'http://www.ama-assn.org/go/cpt', '{64445}', '[64111]', 'Device/[64632]'],
    ['3', 'https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets', '{64632}', '[64086]', ''],
  ],
});

export const sealed: Snippet[] = [
  ...hl7Parsed,
  ...fhirParsed,
  ...claimHistory,
  ...x12Parsed,
  ...ascAddendum,
  ...statement,
  ...x12_835,
  ...hl7Orm,
  ...fhirClaim,
  ...cda,
  ...locality,
  ...gpci,
  ...ncci,
  ...ncciMue,
  ...denial,
  ...remitPdf,
  ...dictionary,
  ...dictionaryFields,
  ...eligibility,
  ...eligibilityTable,
  ...chargeReview,
  ...chargeReviewDetail,
  ...priorAuth,
  ...article,
  ...articleTable,
  ...articleIcd,
];
