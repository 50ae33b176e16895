import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 10 (issue 11). `sealed9.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a first score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s10-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Many decoys reuse those digits; about a third of the
 * others are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, ids, batch and control numbers,
 * ledger and cost-centre accounts, amounts in cents and counts. No other five-digit CPT code appears in a coding
 * context (it would be unknown to KNOWN_5 and so an unfair miss).
 *
 * Shapes built on real public document layouts (segment order, field and element names; our codes swapped in),
 * written from the published specifications, not copied from a fetched page: HL7 v2.5 DFT^P11 (EVN, PID, PV1, FT1
 * with FT1-7 transaction code, FT1-25 procedure code, FT1-26 modifiers), the Da Vinci PAS Claim request JSON (Claim
 * with item.productOrService, modifier, supportingInfo, serviceItemRequestType extension), the X12 837P loop 2400
 * shown as a claim editor's element grid (SV101 composite, DTP*472, REF*6R, REF*G1), a pain/anesthesia
 * quality-registry CSV export, the CMS MPFS national payment amount compared across two years (non-facility /
 * facility), a Medi-Cal-style Treatment Authorization Request (TAR control number, provider number, service lines
 * with units authorised), and the NCCI/MUE-driven external audit worksheet. The other shapes (provider-manual index
 * page, procedure time-out checklist, prior-auth case timeline, curl transcript against a payer code-lookup API,
 * charge-hold queue, clinical-criteria checklist, procedure order label, amended-note diff, coding educator's social
 * thread, procedure month calendar, general-ledger journal entry, CDM XML export, payer reprocessing letter, benefits
 * accumulators, payer digest email, EHR chart-search results, interface code map, device vendor invoice, provider
 * refund check stub, LMS quiz answer key) are written the way those pages read, with no single public source.
 */

// ── HL7 v2.5 DFT^P11 with FT1 procedure fields, as an interface engine's message viewer shows it (one <pre>) ──
const dftP11: Snippet[] = [
  {
    id: 's10-dft-p11-a',
    kind: 's10-hl7-dft-p11',
    text: [
      'MSH|^~\\&|EPICCHG|LAKESHORE|PBCORE|LSB|20261112083145||DFT^P11^DFT_P11|[70526]|P|2.5',
      'EVN|P11|20261112083145',
      'PID|1||MRN[48119]^^^LSH^MR||QUINTERO^ALMA^R||19590308|F|||77 HARBOR LN^^MUSKEGON^MI^[49441]-2210',
      'PV1|1|O|PAIN^PRC2^01^LSH||||1457390021^NAKASHIMA^KEN|||||||||||[91230]',
      'FT1|1|||20261111|20261112|CG|[31207]^NEUROLYSIS SCIATIC OR^LSHCDM|||1|2487.00||||||||||1457390021||||{64712}^NEUROPLASTY MAJOR PERIPH NERVE SCIATIC^C4|RT',
      'FT1|2|||20261111|20261112|CG|[38350]^FLUORO GUIDANCE^LSHCDM|||1|318.00||||||||||1457390021||||{64445}^INJ ANES SCIATIC NERVE SINGLE^C4',
      'FT1|3|||20261111|20261112|CG|[29424]^SUPPLY KIT NEURO^LSHCDM|||2|96.00',
      'ZFT|1|COSTCTR|[53000]|GL|[61174]',
    ].join('\n'),
  },
  {
    id: 's10-dft-p11-b',
    kind: 's10-hl7-dft-p11',
    text: [
      'MSH|^~\\&|EPICCHG|LAKESHORE|PBCORE|LSB|20261113101502||DFT^P11^DFT_P11|[70527]|P|2.5',
      'PID|1||MRN[51506]^^^LSH^MR||BAPTISTE^ROLAND||19471122|M',
      'FT1|1|||20261113|20261113|CG|[31208]^NEUROPLASTY LUMBAR PLX CDM^LSHCDM|||1|1904.00||||||||||1457390021||||{64714}^NEUROPLASTY LUMBAR PLEXUS^C4|50',
      'FT1|2|||20261113|20261113|CG|[31209]^DESTRUCTION PLANTAR DIG NERVE CDM^LSHCDM|||1|611.00||||||||||1457390021||||{64632}^DESTR NEUROLYTIC PLANTAR COMMON DIGITAL NERVE^C4|LT',
    ].join('\n'),
  },
];

// ── Da Vinci PAS Claim request (prior-auth submission), pretty-printed JSON in a developer sandbox ──
const pasClaim: Snippet[] = [
  {
    id: 's10-pas-claim-json',
    kind: 's10-fhir-pas-claim-request',
    text: [
      '{',
      '  "resourceType": "Claim",',
      '  "id": "pas-req-[43848]",',
      '  "identifier": [{ "system": "http://example.org/PATIENT_EVENT_TRACE_NUMBER", "value": "[64612]" }],',
      '  "use": "preauthorization",',
      '  "provider": { "reference": "Organization/org-[31943]" },',
      '  "insurer": { "identifier": { "value": "[60054]" } },',
      '  "supportingInfo": [{ "sequence": 1, "category": { "coding": [{ "code": "patientEvent" }] }, "timingPeriod": { "start": "2026-12-02" } }],',
      '  "item": [',
      '    { "sequence": 1, "category": { "coding": [{ "code": "1" }] },',
      '      "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}" }] },',
      '      "modifier": [{ "coding": [{ "code": "RT" }] }], "quantity": { "value": 1 },',
      '      "locationCodeableConcept": { "coding": [{ "code": "11" }] }, "net": { "value": 611.00, "currency": "USD" } },',
      '    { "sequence": 2,',
      '      "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}" }] },',
      '      "quantity": { "value": 1 }, "net": { "value": 450.0, "currency": "USD" },',
      '      "extension": [{ "url": "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-serviceItemRequestType", "valueCodeableConcept": { "coding": [{ "code": "1" }] } }] }',
      '  ],',
      '  "patient": { "reference": "Patient/[35932]" }',
      '}',
    ].join('\n'),
  },
];

// ── 837P loop 2400 in a clearinghouse claim editor: one grid row per segment, one column per element ──
const editorGrid: Snippet[] = table({
  id: 's10-837-grid',
  kind: 's10-x12-element-grid',
  caption: 'Claim editor · Batch [26251] · Claim 3 of 14 · Loop 2400 Service Line',
  headers: ['Seg', 'E01', 'E02', 'E03', 'E04', 'E05', 'E07'],
  rows: [
    ['LX', '1', '', '', '', '', ''],
    ['SV1', 'HC:{64712}:RT', '2487', 'UN', '1', '22', '1:2'],
    ['DTP', '472', 'D8', '20261111', '', '', ''],
    ['REF', '6R', '[64712]', '', '', '', ''],
    ['LX', '2', '', '', '', '', ''],
    ['SV1', 'HC:{64612}', '402', 'UN', '1', '22', '1'],
    ['REF', '6R', '[17724]', '', '', '', ''],
    ['LX', '3', '', '', '', '', ''],
    ['SV1', 'HC:{64445}:59', '450', 'UN', '1', '', '2'],
    ['REF', 'G1', '[88587]', '', '', '', ''],
    ['NM1', '82', '1', 'NAKASHIMA', 'KEN', '', ''],
    ['N4', 'MUSKEGON', 'MI', '[49444]', '', '', ''],
  ],
});

// ── Quality-registry CSV export (anesthesia / pain registry style), shown raw in a file preview ──
const registryCsv: Snippet[] = lines({
  id: 's10-registry-csv',
  kind: 's10-registry-csv-export',
  text: [
    'CaseID,FacilityID,ProcDate,AnesStart,PrimaryCPT,SecondaryCPT,ASA,PatientZip,BlockType,Complication',
    '[72196],[10318],2026-10-04,0812,{64445},,2,[49007],sciatic single,N',
    '[72197],[10318],2026-10-04,0930,{64445},{64612},3,[49441],sciatic single,N',
    '[72198],[10318],2026-10-05,0745,{64632},,1,[49417],plantar neurolysis,N',
    '[72199],[10322],2026-10-05,1102,{64714},,2,[49007],,Y',
    '[72200],[10322],2026-10-06,1340,{64712},{64445},3,[40747],,N',
  ].join('\n'),
});

// ── CMS MPFS national payment amount, year-over-year comparison (look-up tool "compare years" export) ──
const pfsCompare: Snippet[] = table({
  id: 's10-pfs-yoy',
  kind: 's10-pfs-year-compare',
  caption: 'National Payment Amount — CY 2026 vs CY 2027 (proposed) — Locality 00 national',
  headers: ['HCPCS', 'Mod', 'CY2026 Non-Fac', 'CY2027 Non-Fac', 'Change %', 'CY2026 Fac', 'CY2027 Fac', 'Change %'],
  rows: [
    ['{64445}', '', '$171.46', '$168.92', '-1.48', '$76.11', '$74.90', '-1.59'],
    ['{64612}', '', '$224.03', '$219.57', '-1.99', '$155.40', '$152.66', '-1.76'],
    ['{64632}', '', '$181.37', '$177.20', '-2.30', '$116.82', '$114.43', '-2.05'],
    ['{64712}', '', 'NA', 'NA', '', '$628.90', '$617.35', '-1.84'],
    ['{64714}', '26', 'NA', 'NA', '', '$561.04', '$550.71', '-1.84'],
  ],
});
const pfsCompareNote: Snippet[] = lines({
  id: 's10-pfs-yoy-note',
  kind: 's10-pfs-year-compare',
  text: [
    'Conversion factor CY 2027 (proposed) 33.4009; file PPRRVU27 rows [16937]; locality 99 national.',
    'Payment amounts for {64712} and {64714} are shown facility-only (non-facility NA).',
    'Footnote 3: {64612} is a bilateral-indicator 1 code; report modifier 50 when performed bilaterally.',
  ].join('\n'),
});

// ── Back-of-book index page of a payer provider manual (PDF text layer, two columns merged) ──
const manualIndex: Snippet[] = lines({
  id: 's10-manual-index',
  kind: 's10-manual-index-page',
  text: [
    'INDEX — Provider Reference Manual 2027 (Form PRM-[68697]) ........ N',
    'Nerve block, sciatic, single injection ({64445}) .................. 212',
    'Nerve destruction, plantar digital ({64632}) ....................... 214',
    'Neuroplasty, sciatic nerve — see {64712} ............................ 219',
    'Neuroplasty, lumbar plexus ({64714}), prior auth required ........... 219–220',
    'Neurology claims mailing address: PO Box [31065], Lansing MI [48909] . 8',
    'Chemodenervation, muscles innervated by facial nerve, {64612} ....... 231',
    'Claims, timely filing ([90396] — old form number retired) ........... 44',
  ].join('\n'),
});

// ── Universal protocol time-out checklist in the EHR intraprocedure navigator ──
const timeout: Snippet[] = lines({
  id: 's10-timeout',
  kind: 's10-procedure-timeout-checklist',
  text: [
    'TIME-OUT  11/12/2026 08:41  Room PRC2  Case [57085]',
    '✔ Patient identity confirmed (name, DOB, MRN [48119])',
    '✔ Procedure: {64445} sciatic nerve block, single injection — RIGHT',
    '✔ Planned next: {64712} open sciatic neurolysis if block relieves pain (separate session)',
    '✔ Site marked by: K. Nakashima MD   Badge [23695]',
    '✔ Consent form version [20503] signed 11/10/2026',
    '✔ Implant lot checked: LOT [83570]-A exp 2028-04',
    'Anticoag held x 5 days · Allergies: NKDA · Fire risk score 1',
  ].join('\n'),
});

// ── Prior-auth case timeline on a utilization-management portal (activity feed) ──
const paTimeline: Snippet[] = lines({
  id: 's10-pa-timeline',
  kind: 's10-pa-case-timeline',
  text: [
    'Case UM-2026-[44818] · Member ID ****[05287] · Program: Pain Management (eviCore-style)',
    '11/03 09:12  Request created by office (fax [26879]) for {64714} ×1, bilateral',
    '11/03 09:13  Auto-check: {64714} requires clinical review; {64445} no auth required',
    '11/04 14:40  Clinical received — 17 pages, document [81806]',
    '11/05 10:02  Reviewer RN queue [33529] → MD review',
    '11/06 16:55  Determination: APPROVED {64714}-50, units 1, valid 11/10–02/08',
    '11/06 16:56  Auth number issued: [64714]-A',
    '11/06 16:58  Letter mailed to 2200 Lakeshore Dr, Muskegon MI [49441]',
  ].join('\n'),
});

// ── Terminal transcript: curl against a payer's code-lookup API (developer onboarding page) ──
const curl: Snippet[] = [
  {
    id: 's10-curl-1',
    kind: 's10-curl-api-transcript',
    text: [
      '$ curl -s "https://api.example-payer.com/v2/procedures/{64612}/coverage?planId=[82814]&state=MI" \\',
      '    -H "X-Client-Id: [57948]"',
      '{"procedureCode":"{64612}","description":"Chemodenervation of muscle(s); muscle(s) innervated by facial nerve",',
      ' "priorAuthRequired":true,"planId":"[82814]","effective":"2026-01-01","requestId":"[13704]"}',
      '$ curl -s "https://api.example-payer.com/v2/procedures/{64632}/coverage?planId=[82814]&state=MI"',
      '{"procedureCode":"{64632}","priorAuthRequired":false,"planId":"[82814]","maxUnitsPerDay":2,"requestId":"[13705]"}',
      '$ echo $?',
      '0',
    ].join('\n'),
  },
];

// ── Charge-hold queue (hospital PB billing): held charges with hold reasons ──
const chargeHold: Snippet[] = table({
  id: 's10-hold',
  kind: 's10-charge-hold-queue',
  caption: 'Charge Hold Queue — Dept PAIN CLINIC ([53846]) — 6 items',
  headers: ['Hold #', 'Acct', 'Svc Date', 'Proc', 'Mod', 'Qty', 'Amt (¢)', 'Hold Reason', 'Owner'],
  rows: [
    ['[92102]', '[11137]', '11/10', '{64445}', '', '1', '[45000]', 'Missing dx pointer', 'jtr'],
    ['[92103]', '[11137]', '11/10', '{64612}', '50', '1', '[40200]', 'Bilateral needs 2 lines?', 'jtr'],
    ['[92104]', '[36731]', '11/11', '{64712}', 'RT', '1', '248700', 'No auth on file', 'mkw'],
    ['[92105]', '[64632]', '11/11', '{64632}', '', '2', '[61100]', 'Units > MUE', 'mkw'],
    ['[92106]', '[42370]', '11/12', '{64714}', '', '1', '190400', 'Provider not credentialed', 'ops'],
  ],
});

// ── Payer clinical-criteria checklist (policy PDF turned into a reviewer form) ──
const criteria: Snippet[] = lines({
  id: 's10-criteria',
  kind: 's10-clinical-criteria-checklist',
  text: [
    'Criteria Set CS-[39097] Peripheral Nerve Procedures (rev. 2026-07)',
    'Applies to: {64712}, {64714}, {64632}',
    '☐ 1. Pain ≥ 6 months despite conservative care (PT ≥ 6 wks, meds)',
    '☐ 2. Diagnostic block ({64445}) with ≥ 50% relief documented',
    '☐ 3. For {64632}: plantar neuroma confirmed by imaging or exam',
    '☐ 4. No more than 3 sessions of {64632} per foot per 12 months',
    'Reviewer note: criteria do not apply to {64612} (see CS-[39098]).',
    'Questions: UM line 800-555-0147 ext. [18787]',
  ].join('\n'),
});

// ── Procedure order label printed from the EHR (thermal label text rendered on screen) ──
const orderLabel: Snippet[] = lines({
  id: 's10-label',
  kind: 's10-procedure-order-label',
  text: [
    'LAKESHORE HEALTH  ORD#[75255]',
    'QUINTERO, ALMA R  F 67y  MRN [48119]',
    'PROC: {64632} LT  NEUROLYSIS PLANTAR DIG N',
    'DX: G57.62  AUTH: [64632]-77',
    'LOC: PRC2  ENC [86125]  11/12/26 0841',
    '*[75255]*',
    'ADD-ON: {64445} SCIATIC BLK  PRIORITY R  ROUTE TO PRC2  BIN [68212]',
  ].join('\n'),
});

// ── Amended-note diff view (chart correction: struck text vs added text) ──
const amendDiff: Snippet[] = lines({
  id: 's10-amend',
  kind: 's10-amended-note-diff',
  text: [
    'Amendment #2 to note [58584] by K. Nakashima MD, 11/14/2026 10:22 (reason: coding correction)',
    '− Procedure performed: {64714} neuroplasty, lumbar plexus',
    '+ Procedure performed: {64712} neuroplasty, sciatic nerve, right',
    '  Anesthesia: {64445} single-shot sciatic block by Dr. Ferris',
    '− Charge line [12834] voided',
    '+ Charge line [12841] created',
    '  Co-signed: A. Ferris MD (NPI …[73762]) · Audit trail id [99289]',
  ].join('\n'),
});

// ── A coding educator's social-media thread (post + replies, as a web view) ──
const social: Snippet[] = lines({
  id: 's10-social',
  kind: 's10-social-post-thread',
  text: [
    '@CodeWithDana · 2h',
    'Quick tip 🧵 {64612} is per side — bilateral facial nerve chemodenervation gets modifier 50, not 2 units.',
    'Also: {64632} is reported per nerve, so 2 nerves = 2 units. #MedicalCoding',
    '♡ 1,248  ↻ 312  💬 48',
    'Reply @painbiller: what about {64712}/{64714} on the same day?',
    'Reply @CodeWithDana: {64712}/{64714} together → check NCCI, usually an edit.',
    'Reply @spamacct99: DM me for ZIP [90210] coding jobs!!',
    'Views [21934]',
  ].join('\n'),
});

// ── Month calendar of procedure days (scheduler's month view: one cell per day) ──
const calendar: Snippet[] = table({
  id: 's10-cal',
  kind: 's10-procedure-month-calendar',
  caption: 'December 2026 — Dr. Nakashima — Procedure Room PRC2',
  headers: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
  rows: [
    ['1', '2 · 08:00 {64445} Baptiste', '3', '4 · 07:30 {64712} Quintero', '5'],
    ['8', '9 · 10:00 {64632} x2 Lee', '10 · OFF (CME)', '11 · 13:00 {64714} Ortiz', '12'],
    ['15 · Room maint. WO [80893]', '16 · 09:00 {64612} Hale', '17', '18', '19 · on-call pager [67888]'],
  ],
});

// ── General ledger journal entry (finance system) with charge memo text ──
const journal: Snippet[] = table({
  id: 's10-gl',
  kind: 's10-gl-journal-entry',
  caption: 'Journal Entry JE-2026-11-[06185] · Posted 11/30/2026 · Source PBCORE',
  headers: ['Line', 'Account', 'Dept', 'Debit', 'Credit', 'Memo'],
  rows: [
    ['1', '[41546]', '[53846]', '', '2,487.00', 'Pro fee rev {64712} Quintero'],
    ['2', '[12001]', '[53846]', '2,487.00', '', 'AR patient [48119]'],
    ['3', '[41546]', '[53846]', '', '450.00', 'Pro fee rev {64445}'],
    ['4', '[41590]', '[53846]', '611.00', '', 'Contractual adj'],
    ['5', '[64612]', '[56235]', '120.00', '', 'Reclass — suspense acct'],
  ],
});

// ── CDM export as XML (chargemaster system download) ──
const cdmXml: Snippet[] = [
  {
    id: 's10-cdm-xml',
    kind: 's10-cdm-xml-export',
    text: [
      '<ChargeMaster facility="[47173]" effective="2027-01-01">',
      '  <Item chargeCode="[30712]" revCode="0360" glAccount="[43086]">',
      '    <Description>NEUROPLASTY SCIATIC NERVE</Description>',
      '    <HCPCS>{64712}</HCPCS><Price cents="[24870]"/>',
      '  </Item>',
      '  <Item chargeCode="[77655]" revCode="0361" glAccount="[43086]">',
      '    <Description>NEUROLYTIC PLANTAR DIGITAL NERVE</Description>',
      '    <HCPCS>{64632}</HCPCS><Modifier>LT</Modifier><Price cents="[61100]"/>',
      '  </Item>',
      '  <Item chargeCode="[77656]" revCode="0250" glAccount="[43090]">',
      '    <Description>NERVE BLOCK TRAY</Description><HCPCS/><Price cents="9600"/>',
      '  </Item>',
      '  <Item chargeCode="[77657]" revCode="0361" glAccount="[43086]">',
      '    <Description>CHEMODENERVATION FACIAL NERVE</Description><HCPCS>{64612}</HCPCS>',
      '  </Item>',
      '</ChargeMaster>',
    ].join('\n'),
  },
];

// ── Payer reprocessing letter: claims adjusted after a system error (letter + list) ──
const reprocessing: Snippet[] = lines({
  id: 's10-reproc',
  kind: 's10-payer-reprocessing-letter',
  text: [
    'Great Lakes Community Health Plan · PO Box [30338] · Grand Rapids, MI [49501]-3033',
    'Re: Claims reprocessed — Project [79078]',
    'Between 08/01/2026 and 09/30/2026 claims for {64632} were paid at one unit regardless of the units billed.',
    'We have reprocessed the claims below; no action is needed. Claims with {64445} on the same date were not affected.',
    'Claim 2026-[09491]  DOS 08/14  {64632} ×2  add’l paid $114.43',
    'Claim 2026-[09877]  DOS 09/02  {64632} ×3  add’l paid $228.86',
    'Claim 2026-[10145]  DOS 09/19  {64632}-TA ×2  add’l paid $114.43',
    'Questions? Provider Services 1-866-555-0142 ext [42370], reference [64632]-RP.',
  ].join('\n'),
});

// ── Benefits accumulator screen (member deductible / OOP, with service-level visit limits) ──
const accum: Snippet[] = table({
  id: 's10-accum',
  kind: 's10-benefits-accumulator',
  caption: 'Accumulators · Member [94378]-01 · Group [63560] · Plan year 2026',
  headers: ['Benefit', 'Network', 'Limit', 'Used', 'Remaining', 'Applies to'],
  rows: [
    ['Deductible', 'INN', '$1,500', '$1,212', '$288', 'All'],
    ['Out-of-pocket', 'INN', '$6,000', '$2,940', '$3,060', 'All'],
    ['Nerve destruction', 'INN', '4 sessions', '2', '2', '{64632}'],
    ['Chemodenervation', 'INN', '4 per yr', '1', '3', '{64612}'],
    ['Nerve decompression', 'INN', '1 per lifetime', '0', '1', '{64712}, {64714}'],
    ['Lifetime max', 'OON', '$1,000,000', '$16,165', '', 'All (accum id [16165])'],
  ],
});

// ── Payer bulletin "coding corner" article delivered as plain-text email (short paragraphs, list of codes) ──
const emailDigest: Snippet[] = lines({
  id: 's10-digest',
  kind: 's10-weekly-digest-email',
  text: [
    'From: provider-news@glchp.example · Digest #[71472] · unsubscribe ref [66328]',
    'CODING CORNER',
    'Effective 1/1/2027, report {64712} and {64714} only with imaging guidance documented in the note.',
    'Codes affected:',
    '  * {64712} — neuroplasty, sciatic nerve',
    '  * {64714} — neuroplasty, lumbar plexus',
    'Range {64712}-{64714} is also on the 2027 prior-auth list (PA list version [97603]).',
    'Remittance questions: EFT trace prefix [95198], call 616-555-0190 (PIN [10318]).',
  ].join('\n'),
});

// ── NCCI-style audit worksheet produced by an outside reviewer (findings with dollar impact) ──
const auditWs: Snippet[] = table({
  id: 's10-audit-ws',
  kind: 's10-external-audit-worksheet',
  caption: 'External Coding Review · Engagement [35151] · Sample 40 claims · Page 2',
  headers: ['Sample #', 'Claim #', 'Billed', 'Supported', 'Finding', '$ Impact'],
  rows: [
    ['11', '[87769]', '{64714}-50', '{64714}', 'Bilateral not documented', '-275.35'],
    ['12', '[87770]', '{64612}', '{64612}', 'Agree', '0.00'],
    ['13', '[87771]', '{64632} ×3', '{64632} ×2', 'Third nerve not named', '-57.22'],
    ['14', '[87772]', '{64445}', '—', 'Block by anesthesia, not billable by surgeon', '-74.90'],
    ['15', '[64445]', '{64712}', '{64712}-RT', 'Laterality missing', '0.00'],
  ],
});

// ── Full-text chart search results in the EHR (query, hit list with highlighted excerpts) ──
const chartSearch: Snippet[] = lines({
  id: 's10-chart-search',
  kind: 's10-ehr-chart-search-results',
  text: [
    'Chart Search: "64712"   Patient: QUINTERO, ALMA  MRN [47210]   5 results',
    'Procedure Note · 11/12/2026 · Nakashima — …neuroplasty, sciatic nerve ({64712}) performed under fluoroscopy…',
    'Orders · 11/03/2026 — PROC ORDER [52118]: {64712} RT, dx G57.02…',
    'Billing Note · 11/13/2026 — …charge for {64712} held pending auth [64712]-B…',
    'Scanned Document · 10/29/2026 — Referral fax page 3 of 7, fax id [60931]',
    'Telephone Encounter · 10/28/2026 — pt called re: address change to 14 Pine St, Holland MI [49423]',
    'Showing hits in [33874] indexed documents (index built 11/30 02:00)',
  ].join('\n'),
});
chartSearch[0]!.text = chartSearch[0]!.text.replace('"64712"', '"{64712}"');

// ── Charge interface code map (interface engine config screen: source code → billing code) ──
const codeMap: Snippet[] = table({
  id: 's10-codemap',
  kind: 's10-interface-code-map',
  caption: 'Interface ORTHO→PB · Map table PROC_XWALK · Version [18240]',
  headers: ['Map ID', 'Source Proc', 'Source Desc', 'Target CPT', 'Target Mod', 'Rev', 'Active'],
  rows: [
    ['[74103]', 'NEU-SCI', 'Sciatic neurolysis open', '{64712}', '', '0360', 'Y'],
    ['[74104]', 'NEU-LUM', 'Lumbar plexus neurolysis', '{64714}', '', '0360', 'Y'],
    ['[74105]', 'BLK-SCI', 'Sciatic single shot', '{64445}', '', '0370', 'Y'],
    ['[74106]', 'NEU-PLT-L', 'Plantar neurolysis left', '{64632}', 'LT', '0361', 'Y'],
    ['[74107]', 'NEU-PLT-R', 'Plantar neurolysis right', '{64632}', 'RT', '0361', 'N'],
    ['[74108]', '[26490]', 'Legacy Botox facial (numeric src)', '{64612}', '', '0361', 'Y'],
  ],
});

// ── State Medicaid Treatment Authorization Request (TAR), portal print view ──
const tar: Snippet[] = lines({
  id: 's10-tar',
  kind: 's10-medicaid-tar-form',
  text: [
    'TREATMENT AUTHORIZATION REQUEST — TAR Control No. [58022]-[91417]-0',
    'Provider No. [12406]  Medi-Plan Region 3  Field Office [38071]',
    'Recipient ID 9112-[44529]-X  Patient Acct [69920]',
    'Line 1  Svc Code {64632}  Modifier LT  Units 2  Approved ☑  Units auth 2',
    'Line 2  Svc Code {64632}  Modifier RT  Units 1  Approved ☑  Units auth 1',
    'Line 3  Svc Code {64445}  Units 1  Deferred — send op note',
    'Line 4  Svc Code {64612}  Modifier 50  Units 1  Denied — criteria not met (reason code [80455])',
    'Consultant ID [15930]  Date 11/21/2026  Valid thru 05/20/2027',
  ].join('\n'),
});

// ── Device vendor invoice to the ASC (catalog numbers, lot numbers, and a billing-reference column) ──
const deviceInvoice: Snippet[] = table({
  id: 's10-device-inv',
  kind: 's10-device-vendor-invoice',
  caption:
    'NeuroAxis Medical · Invoice INV-[27718] · Bill to: Lakeshore ASC, 900 Beach Rd, Muskegon MI [49441] · Terms Net 30',
  headers: ['Catalog #', 'Description', 'Lot', 'Qty', 'Unit Price', 'Ext', 'Billing ref (CPT)'],
  rows: [
    ['[36182]', 'Nerve wrap, 25 mm', 'L[49913]', '1', '4,120.00', '4,120.00', '{64712}'],
    ['[36183]', 'Nerve wrap, 40 mm', 'L[63057]', '1', '4,380.00', '4,380.00', '{64714}'],
    ['[71804]', 'Introducer needle 14G', 'L[85516]', '4', '62.00', '248.00', ''],
    ['[93021]', 'Cryo probe, neurolysis', 'L[20874]', '2', '310.00', '620.00', '{64632}'],
  ],
});
const deviceInvoiceFoot: Snippet[] = lines({
  id: 's10-device-inv-foot',
  kind: 's10-device-vendor-invoice',
  text: [
    'Remit to: NeuroAxis Medical, Dept [41362], Chicago IL [60673]-1362',
    'PO [57290] · Rep: T. Alvarez · Case date 11/11/2026 · Procedure billed by facility as {64712}-RT',
    'Billing reference column is informational only; the facility assigns codes. Tax ID ••-•••[88142]',
  ].join('\n'),
});

// ── Provider refund check stub (voluntary refund to a payer, remittance detail printed under the check) ──
const refundStub: Snippet[] = lines({
  id: 's10-refund',
  kind: 's10-provider-refund-stub',
  text: [
    'LAKESHORE PAIN ASSOCIATES PC · Operating Acct ••[37115] · Check No. [29046]',
    'Pay to: Great Lakes Community Health Plan, Refund Unit, PO Box [81377], Detroit MI [48232]',
    'Reason: duplicate payment / services billed under wrong code',
    'Claim [53602]-01   Member ••[90714]   DOS 07/08/2026   Billed {64714}   Should be {64712}   Refund $10.33',
    'Claim [53602]-02   Member ••[90714]   DOS 07/08/2026   {64445} paid twice   Refund $74.90',
    'Claim [17532]-01   Member ••[62289]   DOS 08/21/2026   {64632} ×2 paid ×3   Refund $57.22',
    'Claim [46011]-01   Member ••[78830]   DOS 09/03/2026   {64612}-50 paid as 2 lines   Refund $152.66',
    'Total refund $294.11 · Batch [14756] · Prepared by: R. Oyelaran ext. [55903]',
  ].join('\n'),
});

// ── Coding educator's answer key page (quiz review with rationale, web course LMS) ──
const answerKey: Snippet[] = lines({
  id: 's10-answer-key',
  kind: 's10-lms-answer-key',
  text: [
    'Module 7 Review · Course ID [23367] · Attempt 2 · Score 8/10',
    'Q3 ✔ Your answer: {64445}. A single injection sciatic block is coded once, regardless of volume.',
    'Q4 ✘ Your answer: {64632} ×1. Correct: {64632} ×2 — the code is reported per nerve.',
    'Q5 ✔ Your answer: {64712}. Sciatic nerve neurolysis; {64714} is lumbar plexus.',
    'Q6 ✔ Distractor explained: "[86442]" in the stem was the patient’s ZIP, not a code.',
    'Q7 ✘ Your answer: {64612} ×2. Correct: {64612}-50. Learner id [31590], session [67174].',
  ].join('\n'),
});

export const sealed10: Snippet[] = [
  ...dftP11,
  ...pasClaim,
  ...editorGrid,
  ...registryCsv,
  ...pfsCompare,
  ...pfsCompareNote,
  ...manualIndex,
  ...timeout,
  ...paTimeline,
  ...curl,
  ...chargeHold,
  ...criteria,
  ...orderLabel,
  ...amendDiff,
  ...social,
  ...calendar,
  ...journal,
  ...cdmXml,
  ...reprocessing,
  ...accum,
  ...emailDigest,
  ...auditWs,
  ...chartSearch,
  ...codeMap,
  ...tar,
  ...deviceInvoice,
  ...deviceInvoiceFoot,
  ...refundStub,
  ...answerKey,
];
