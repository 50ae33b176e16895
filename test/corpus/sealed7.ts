import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 7 (issue 11). `sealed6.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s7-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Some decoys reuse those digits; about a third of the
 * decoys are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, account, batch and control numbers,
 * CDM and ledger numbers, contract ids, amounts in cents and counts. No other five-digit CPT code appears in a coding
 * context (it would be unknown to KNOWN_5 and so an unfair miss).
 *
 * Shapes built on real public document layouts (segment, field and column names, line order; our codes swapped in):
 * X12 835 as one wrapped raw line (ISA/GS/ST, BPR, TRN, CLP, CAS, SVC with HC: composite, DTM*472, AMT*B6, PLB),
 * HL7 v2 ACK with MSA/ERR answering a DFT^P03 (FT1-25 procedure code), FHIR R4 CoverageEligibilityResponse
 * (insurance.item.productOrService, benefit, authorizationRequired), the CMS NCCI PTP quarterly change file
 * (Column 1 / Column 2 / effective / deletion date / modifier indicator), the CMS ASC payment system pricer
 * output (payment indicator, wage-adjusted rate, multiple-procedure discount), AMA CPT errata and technical
 * corrections text, hospital price-transparency "shoppable services" pages (45 CMS-specified plus 255 hospital
 * shoppable services), Medicaid MCO prior-authorization grids by plan, and MAC "Ask-the-Contractor"
 * teleconference Q&A transcripts. The other shapes (ERA balancing report, regional block procedure note, charge
 * correction form, auth extension request, fee benchmark table, denial pivot, charge-rule pull-request diff,
 * diagnosis–procedure linkage grid, coder flashcards, physician office voicemail log) are written the way those pages
 * read, with no single public source.
 */

// ── X12 835 shown raw in a clearinghouse "view file" pane: one long line wrapped by the browser, segments ending in ~ ──
const x835: Snippet[] = lines({
  id: 's7-x835',
  kind: 's7-x12-835-wrapped-raw',
  text: [
    'ISA*00*          *00*          *ZZ*[31135]         *ZZ*RIVERNEURO     *261118*0912*^*[00501]*000048812*0*P*:~GS*HP*[31135]*RIVERNEURO*20261118*0912*[48812]*X*005010X221A1~ST*835*[41173]~BPR*I*2214.37*C*ACH*CCP*01*041000124*DA*5591023*1870541235**01*071000013*DA*88210447*20261120~TRN*1*0000903318*1870541235~',
    'N1*PR*LAKESHORE HEALTH PLAN~N3*PO BOX 6120~N4*DAYTON*OH*454016120~N1*PE*RIVERBEND NEURO AND PAIN*XX*1184729305~LX*1~CLP*HL-[22073]*1*3010*1439.61*187.95*12*2611180044712*11*1~NM1*QC*1*HARPER*LENA~',
    'SVC*HC:{64712}:RT*2400*1216.80**1~DTM*472*20261101~CAS*CO*45*1183.20~AMT*B6*1216.80~SVC*HC:{64445}:RT:51*610*222.81**1~DTM*472*20261101~CAS*CO*45*387.19~AMT*B6*222.81~',
    'CLP*DO-[64714]*1*1840*774.76*0*12*2611180044713*11*1~NM1*QC*1*OKAFOR*DANIEL~SVC*HC:{64632}:50*1840*774.76**2~DTM*472*20261103~CAS*CO*45*1065.24~SVC*HC:{64612}*720*0**1~CAS*CO*97*720~LQ*HE*N390~',
    'PLB*1184729305*20261231*WO:0226287700455*-42.10*L6:[51463]*3.80~SE*38*[41173]~GE*1*[48812]~IEA*1*000048812~',
  ].join('\n'),
});

// ── HL7 v2 ACK^P03 from the billing engine, with ERR segments echoing the rejected FT1 fields ──
const hl7Ack: Snippet[] = lines({
  id: 's7-hl7ack',
  kind: 's7-hl7-dft-ack',
  before: 'Interface monitor — outbound DFT^P03 — response received',
  text: [
    'MSH|^~\\&|CHGENG|RBN|EPICADT|RBN|202611181402||ACK^P03^ACK|ACK[82278]|P|2.5.1',
    'MSA|AE|DFT[82278]|Charge rejected: FT1-25 {64714} requires FT1-26 modifier for laterality',
    'ERR||FT1^1^25|207^Application internal error^HL[70357]|E||||FT1-25 {64714} billed without RT/LT; dept [12236] PAIN PROC',
    'ERR||FT1^2^7|103^Table value not found^HL[70357]|E||||FT1-7 transaction code [36005] not in CDM for proc {64612}',
    'ERR||PID^1^18|101^Required field missing^HL[70357]|W||||Account number [92413] not registered for DOS 20261117',
    'NTE|1||Resend with FT1-25 {64714}^NEUROPLASTY LUMBAR PLEXUS^C4 and FT1-26 LT; FT1-10 quantity 1',
  ].join('\n'),
});

// ── FHIR R4 CoverageEligibilityResponse viewed in a payer API sandbox ──
const fhirCer: Snippet[] = lines({
  id: 's7-fhircer',
  kind: 's7-fhir-coverage-eligibility-response',
  text: [
    '{',
    '  "resourceType": "CoverageEligibilityResponse",',
    '  "id": "cer-[61481]",',
    '  "identifier": [{ "system": "https://lakeshorehp.example/eligibility", "value": "[71236]" }],',
    '  "insurer": { "reference": "Organization/payer-[64632]" },',
    '  "insurance": [{',
    '    "coverage": { "reference": "Coverage/LHP-[32020]" },',
    '    "item": [',
    '      { "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" }] },',
    '        "authorizationRequired": true, "authorizationUrl": "https://lakeshorehp.example/pa?code={64712}",',
    '        "benefit": [{ "type": { "text": "copay" }, "allowedMoney": { "value": 75, "currency": "USD" } }] },',
    '      { "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}", "display": "Injection, anesthetic agent; sciatic nerve, single" }] },',
    '        "authorizationRequired": false, "network": { "text": "in" }, "unit": { "text": "[42002] plan year units remaining" } },',
    '      { "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}" }] }, "modifier": [{ "text": "50" }],',
    '        "authorizationRequired": true, "excluded": false }',
    '    ]',
    '  }],',
    '  "disposition": "Policy is currently in effect. Plan zip [43215], group [81807]."',
    '}',
  ].join('\n'),
});

// ── CMS NCCI PTP quarterly change report (practitioner), additions and deletions, as an HTML table ──
const ptpChanges: Snippet[] = table({
  id: 's7-ptpchg',
  kind: 's7-ncci-ptp-change-file',
  caption: 'NCCI PTP Edits — Practitioner — Quarterly Changes — Version 2027Q1 — File [91012]',
  headers: [
    'Column 1',
    'Column 2',
    '* = In existence prior to 1996',
    'Effective Date',
    'Deletion Date',
    'Modifier 0=not allowed 1=allowed 9=not applicable',
    'PTP Edit Rationale',
    'Action',
  ],
  rows: [
    ['{64712}', '{64445}', '', '20270101', '*', '1', 'Misuse of column two code with column one code', 'Add'],
    ['{64714}', '{64445}', '', '20270101', '*', '1', 'Standards of medical / surgical services', 'Add'],
    ['{64712}', '{64714}', '', '20040401', '20261231', '9', 'Mutually exclusive procedures', 'Delete'],
    ['{64632}', '{64612}', '', '20270101', '*', '0', 'CPT Manual or CMS manual coding instructions', 'Add'],
    ['{64612}', '{64445}', '', '20110101', '*', '1', 'Standards of medical / surgical services', 'Modifier change'],
  ],
});

// ── CMS ASC pricer output (web pricer), one claim line per block ──
const ascPricer: Snippet[] = lines({
  id: 's7-ascpricer',
  kind: 's7-asc-pricer-output',
  text: [
    'ASC FEE SCHEDULE PRICER — CY 2027 — CARRIER [15202] LOCALITY 00 — CBSA [18140] COLUMBUS, OH — WAGE INDEX 0.9711',
    'LINE 1  HCPCS {64712}  MOD RT  PI G2  UNITS 1  NATIONAL RATE $2,318.44  WAGE ADJ $2,284.92  DISCOUNT N  PAYMENT $2,284.92',
    'LINE 2  HCPCS {64445}  MOD RT  PI P3  UNITS 1  NATIONAL RATE $74.16  WAGE ADJ $73.10  DISCOUNT Y (50%)  PAYMENT $36.55',
    'LINE 3  HCPCS {64632}  MOD 50  PI P3  UNITS 1  NATIONAL RATE $118.21  WAGE ADJ $116.55  BILAT 150%  PAYMENT $174.83',
    'CLAIM TOTAL $2,496.30  BENE COINS $499.26  PROGRAM PAYMENT $1,997.04  REQUEST ID [52125]',
  ].join('\n'),
});

// ── AMA CPT errata and technical corrections, web text ──
const errata: Snippet[] = lines({
  id: 's7-errata',
  kind: 's7-cpt-errata',
  text: [
    'CPT® 2027 Professional Edition — Errata and Technical Corrections — posted 11/02/2026',
    'Page 471, code {64712}: the descriptor should read "Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve". Effective immediately.',
    'Page 472, code {64714}: the parenthetical following {64714} should read "(For neuroplasty of lumbar plexus, use {64714})" — delete the reference to [64741], which is not a code.',
    'Page 468, codes {64632}, {64612}: move the bullet (●) from {64632} to {64612}; no descriptor change.',
    'Appendix A, page 912: example for modifier 50 should cite {64445} (bilateral sciatic block), not {64612}.',
    'Index, page 1184, "Nerve, Sciatic — Neuroplasty": change "[64172]" to {64712}.',
    'Errata reference ER-[21944]; report further errors to CPT Customer Service, Chicago IL [60611].',
  ].join('\n'),
});

// ── Hospital price-transparency "shoppable services" consumer page (table per service) ──
const shoppable: Snippet[] = table({
  id: 's7-shop',
  kind: 's7-shoppable-services-page',
  caption:
    'Mercy Valley Hospital — Shoppable Services — Pain Management — prices as of 11/01/2026 — facility ID [41650]',
  headers: [
    'Service',
    'CPT/HCPCS',
    'Gross charge',
    'Discounted cash price',
    'Lakeshore PPO',
    'Buckeye Medicaid',
    'De-identified min',
    'De-identified max',
    'Location ZIP',
  ],
  rows: [
    [
      'Sciatic nerve block, single injection',
      '{64445}',
      '$1,240.00',
      '$620.00',
      '$412.18',
      '$96.40',
      '$96.40',
      '$880.00',
      '[43213]',
    ],
    [
      'Botox injection of facial nerve muscles',
      '{64612}',
      '$980.00',
      '$490.00',
      '$301.77',
      '$74.90',
      '$74.90',
      '$702.55',
      '[43213]',
    ],
    [
      'Nerve release, sciatic (outpatient surgery)',
      '{64712}',
      '$14,880.00',
      '$7,440.00',
      '$6,112.09',
      '$1,408.33',
      '$1,408.33',
      '$9,950.00',
      '[71675]',
    ],
    [
      'Nerve destruction, foot (plantar digital nerve)',
      '{64632}',
      '$615.00',
      '$307.50',
      '$188.12',
      '$51.02',
      '$51.02',
      '$444.10',
      '[43213]',
    ],
    [
      'Lumbar plexus release, package [30412] (all-inclusive)',
      '{64714}',
      '$16,200.00',
      '$8,100.00',
      'N/A',
      'N/A',
      '$7,200.00',
      '$11,400.00',
      '[71675]',
    ],
  ],
});

// ── Medicaid MCO prior-authorization grid by plan (PDF table opened in the browser) ──
const paGrid: Snippet[] = table({
  id: 's7-pagrid',
  kind: 's7-pa-plan-matrix',
  caption: 'Ohio Medicaid Managed Care — Prior Authorization Requirements by Plan — Pain/Neurology — Rev. [11878]',
  headers: ['Code', 'Description', 'Buckeye', 'CareSource', 'Molina', 'UHC CP', 'AmeriHealth', 'Notes'],
  rows: [
    ['{64445}', 'Inj sciatic nerve single', 'N', 'N', 'Y', 'N', 'N', 'Molina: PA after 4 units/yr'],
    ['{64612}', 'Chemodenervation facial muscles', 'Y', 'Y', 'Y', 'Y', 'Y', 'Drug J0585 also requires PA'],
    ['{64632}', 'Destruction plantar common digital nerve', 'Y', 'N', 'Y', 'N', 'Y', 'See bulletin [21569]'],
    ['{64712}', 'Neuroplasty sciatic nerve', 'Y', 'Y', 'Y', 'Y', 'Y', 'Fax [61767] form to plan UM'],
    ['{64714}', 'Neuroplasty lumbar plexus', 'Y', 'Y', 'N', 'Y', 'Y', 'Same as {64712}'],
  ],
});

// ── MAC "Ask-the-Contractor" teleconference Q&A transcript ──
const actQa: Snippet[] = lines({
  id: 's7-actqa',
  kind: 's7-mac-teleconference-qa',
  text: [
    'Jurisdiction 15 Part B Ask-the-Contractor Teleconference — Nerve Procedures — Question and Answer Summary',
    'Q1: We billed {64712}-RT and {64445}-RT on the same day and the block line denied. Is the block separately payable?',
    "A1: Report {64712} with RT; {64445} performed by the surgeon for postoperative pain is bundled per the NCCI PTP edit. When a separate anesthesia provider performs {64445} at the surgeon's request, append 59 or XU.",
    'Q2: Our PTAN is [32340]. Claims for {64632}-50 rejected with CO-16. What is missing?',
    'A2: Bill {64632} on one line with modifier 50 and 1 unit. Check the ZIP [45202] of the service location on the claim.',
    'Q3: Can {64612} and {64632} be reported together?',
    'A3: Yes. {64612} and {64632} treat different anatomic sites; no PTP edit exists between them.',
    'Q4: Is there a frequency limit for {64612}?',
    'A4: See LCD L[33646] and Article A[56473]; the utilization guidelines allow one session per 84 days.',
    'Ticket [72133] was opened for the remaining questions; follow-up session [51273] is scheduled for 01/14/2027.',
  ].join('\n'),
});

// ── Clearinghouse ERA balancing report (payment vs. claim totals per check) ──
const eraBalance: Snippet[] = lines({
  id: 's7-erabal',
  kind: 's7-era-balancing-report',
  text: [
    'ERA BALANCING REPORT   Submitter [91621]   Run 11/20/2026 06:15   Payer LAKESHORE HEALTH PLAN ([31474])',
    'Check/EFT 0000903318  BPR amount 2214.37  Sum CLP paid 2256.47  PLB -42.10  Status BALANCED',
    '  Claim HL-[22073]  Svc lines 2  Procs {64712}, {64445}  Paid 1439.61  Line sum 1439.61  OK',
    '  Claim DO-[64714]  Svc lines 2  Procs {64632}, {64612}  Paid 774.76   Line sum 774.76   OK',
    'Check/EFT 0000903401  BPR amount 512.40  Sum CLP paid 523.90  PLB 0.00  Status OUT OF BALANCE (diff 1150 cents)',
    '  Claim SP-[52283]  Svc lines 1  Procs {64714}  Paid 523.90  Line sum 512.40  ERR: SVC {64714}-LT-80 paid [52390] cents vs AMT*B6 [51240]',
    'Totals: [12373] ERAs this month, 2 out of balance. Deposit account [61146].',
  ].join('\n'),
});

// ── Regional anesthesia block procedure note with billing footer (EHR note print) ──
const blockNote: Snippet[] = lines({
  id: 's7-blocknote',
  kind: 's7-regional-block-note',
  text: [
    'REGIONAL ANESTHESIA PROCEDURE NOTE   Pt: HARPER, LENA   MRN [82490]   CSN 88104471   Rm OR 12',
    'Indication: post-op analgesia for right sciatic neuroplasty ({64712}) at surgeon request (Dr. Vance).',
    'Procedure: ultrasound-guided popliteal sciatic single-shot block, right. Needle 22G 100 mm. Lot [41491].',
    'Medication: ropivacaine 0.5% 20 mL. No paresthesia, negative aspiration. Time out 07:42.',
    'Billing: {64445}-RT-59, 1 unit. Ultrasound guidance included in {64445}. Separately reported from the anesthetic.',
    'Anesthesia provider NPI 1558301142   Dept [22334]   Signed 11/01/2026 08:05',
  ].join('\n'),
});

// ── Late charge / charge correction request form (web form rendered as label–value lines) ──
const chargeCorr: Snippet[] = lines({
  id: 's7-chgcorr',
  kind: 's7-charge-correction-form',
  text: [
    'CHARGE CORRECTION REQUEST #CC-[42339]',
    'Hospital account: [81470]   Guarantor: [61659]   Service date: 11/03/2026',
    'Original charge: CDM 3600418  CPT {64632}  Units 2  Mod (none)  Amount $1,230.00',
    'Corrected charge: CDM 3600418  CPT {64632}  Units 1  Mod 50  Amount $922.50',
    'Add charge: CDM 3600427  CPT {64612}  Units 1  Mod (none)  Amount $980.00',
    'Credit charge: CDM 3600433  CPT {64445}  Reason: documented as {64632} only',
    'Cost center [32578]   Requested by: J. Ramos, coder   Approved: pending',
  ].join('\n'),
});

// ── Prior-authorization extension request (payer portal, submitted summary) ──
const paExt: Snippet[] = lines({
  id: 's7-paext',
  kind: 's7-pa-extension-request',
  text: [
    'Authorization Extension Request — Submitted',
    'Original auth #: A2611-[72289]   Member ID: LHP*****[11544]   Plan: Lakeshore PPO',
    'Approved service: {64612} chemodenervation, facial nerve muscles — 2 units, 08/01/2026 – 10/31/2026',
    'Requested change: extend end date to 01/31/2027; add {64612} 1 unit; no change to {64632}-50 line',
    'Reason: session 2 rescheduled (patient illness). Units used: 1 of 2.',
    'Servicing location ID [51762]   Facility ZIP [43214]   Reference [92292]',
    'Decision expected within 72 hours. Questions: fax 614-555-0148, cite ref above.',
  ].join('\n'),
});

// ── Fee benchmark table: commercial contract rates as % of Medicare (finance dashboard export) ──
const benchmark: Snippet[] = table({
  id: 's7-bench',
  kind: 's7-fee-benchmark-table',
  caption:
    'Payer rate benchmark — Contract [21423] Lakeshore PPO vs 2027 MPFS (locality 00, OH) — cents shown where noted',
  headers: [
    'Proc',
    'Medicare non-fac',
    'Medicare fac',
    'Payer rate',
    '% of Medicare',
    'Payer rate (cents)',
    'Volume FY26',
    'Rank',
  ],
  rows: [
    ['{64712}', 'NA', '$524.67', '$812.43', '154.8%', '[81243]', '212', '4'],
    ['{64714}', 'NA', '$493.38', '$744.10', '150.8%', '[74410]', '96', '7'],
    ['{64445}', '$154.65', '$65.47', '$127.30', '194.4%', '[12730]', '1184', '1'],
    ['{64612}', '$133.27', '$90.85', '$141.02', '155.2%', '[14102]', '[11222]', '2'],
    ['{64632}', '$107.22', '$65.13', '$96.80', '148.6%', '9680', '438', '3'],
  ],
});

// ── Denial analytics pivot table (rows: procedure, columns: CARC), exported to HTML ──
const pivot: Snippet[] = table({
  id: 's7-pivot',
  kind: 's7-denial-pivot',
  caption: 'Denials by Procedure × CARC — Q3 2026 — filter: Dept [22334] PAIN, Payer group ALL — counts',
  headers: ['Row Labels', 'CO-4', 'CO-16', 'CO-97', 'CO-197', 'PR-204', 'Grand Total', 'Denied $'],
  rows: [
    ['{64445}', '3', '11', '[21234]', '0', '2', '[21250]', '$2,704,118'],
    ['{64612}', '0', '4', '0', '19', '6', '29', '$28,441'],
    ['{64632}', '8', '1', '0', '7', '0', '16', '$9,870'],
    ['{64712}', '0', '2', '0', '5', '0', '7', '$16,802'],
    ['(blank)', '0', '[41031]', '0', '0', '0', '[41031]', '$0'],
    ['Grand Total', '11', '[41049]', '[21234]', '31', '8', '[62327]', '$2,759,231'],
  ],
});

// ── Pull-request diff in the hospital's charge-rule repository (code review page) ──
const prDiff: Snippet[] = lines({
  id: 's7-prdiff',
  kind: 's7-charge-rule-pr-diff',
  text: [
    'rules/pain/nerve.yaml  +6 −3   PR #[31683] "Laterality edits for nerve procedures" — reviewer: J. Ramos',
    '@@ -41,9 +41,12 @@ edits:',
    '-  - id: NERVE-[51987]',
    '+  - id: NERVE-[51988]',
    '     when: { cpt: [{64712}, {64714}], modifier_missing: [RT, LT, 50] }',
    '     action: hold   # coder review queue [71858]',
    '+  - id: NERVE-[51989]',
    '+    when: { cpt: {64632}, units_gt: 1, modifier_missing: [50] }',
    '+    action: hold',
    '-    bypass_payers: [[62419], [87726]]',
    '+    bypass_payers: [[62419], [87726], [31859]]',
    'Comment (J. Ramos): {64445} should also need laterality — add it to the first rule.',
  ].join('\n'),
});

// ── Diagnosis–procedure linkage grid on the EHR charge entry screen (one row per charge line) ──
const dxLink: Snippet[] = table({
  id: 's7-dxlink',
  kind: 's7-dx-procedure-linkage-grid',
  caption: 'Charge Entry — Visit 11/05/2026 — Acct [72415] — Dx pointers A–D',
  headers: [
    'Ln',
    'Proc',
    'Desc',
    'Mod 1',
    'Mod 2',
    'Dx A',
    'Dx B',
    'Ptr',
    'Units',
    'Charge',
    'Rendering',
    'POS',
    'Ref #',
  ],
  rows: [
    [
      '1',
      '{64714}',
      'NEUROPLASTY LUMBAR PLEXUS',
      'LT',
      '',
      'G57.02',
      'M54.17',
      'AB',
      '1',
      '2,250.00',
      'VANCE',
      '24',
      '[92148]',
    ],
    [
      '2',
      '{64445}',
      'INJ SCIATIC NERVE SINGLE',
      'LT',
      '59',
      'G57.02',
      '',
      'A',
      '1',
      '610.00',
      'PATEL',
      '24',
      '[92149]',
    ],
    ['3', '{64612}', 'CHEMODENERV MUSC FACIAL', '', '', 'G51.31', '', 'A', '1', '980.00', 'VANCE', '11', '[92150]'],
    ['4', '{64632}', 'DESTR PLANTAR DIG NERVE', 'RT', '', 'G57.61', '', 'A', '1', '615.00', 'VANCE', '11', '[92151]'],
  ],
});

// ── Coder education flashcards (study app, one card per line: front | back) ──
const flash: Snippet[] = lines({
  id: 's7-flash',
  kind: 's7-coder-flashcards',
  text: [
    'Deck: Nervous System — Peripheral (CPC prep) — 24 cards — deck id [42479]',
    'Card 1 | Front: Open neuroplasty of the sciatic nerve? | Back: {64712}',
    'Card 2 | Front: Which code is reported for neuroplasty of the lumbar plexus? | Back: {64714} (global 90 days)',
    'Card 3 | Front: {64445} — what is injected, and where? | Back: anesthetic agent, sciatic nerve, single injection',
    'Card 4 | Front: Is ultrasound guidance separately reportable with {64445}? | Back: No, it is included (since 2020).',
    'Card 5 | Front: Unilateral facial chemodenervation code? | Back: {64612}; bilateral append 50',
    'Card 6 | Front: {64632} describes what? | Back: Destruction by neurolytic agent; plantar common digital nerve',
    'Card 7 | Front: {64712}/{64714} — add-on or primary? | Back: both primary; neither is an add-on',
    'Your score: 6/7   Streak 12 days   Points [11371]   Learner #[81663]',
  ].join('\n'),
});

// ── Front-desk voicemail / message log (practice management "Phone messages" list) ──
const voicemail: Snippet[] = lines({
  id: 's7-vm',
  kind: 's7-office-voicemail-log',
  text: [
    '11/18 08:02  From: (614) 555-0192  Pt: OKAFOR, DANIEL  DOB 04/12/1971  Acct [64714]',
    '  "Got a bill for the foot nerve thing, code {64632}, says 2 units but it was both feet in one visit. Please call back."',
    '11/18 08:40  From: Lakeshore Health Plan rep Tasha  Ref [21695]',
    '  Needs op note for {64712} DOS 11/01 (claim HL-[22073]); fax to 866-555-0134 attn appeals unit [31292].',
    '11/18 09:15  From: pharmacy, Buckeye Specialty Rx  Order [82659]',
    '  Botox 100U for 11/24 injection ({64612}) shipped to 1100 Olentangy River Rd, Columbus [43212]; tracking ends [61907].',
    '11/18 10:30  From: Dr. Vance (cell)  Re: add-on block',
    '  "Bill {64445} for Harper too, I did the block myself before closing." — routed to coding, task [12542]',
  ].join('\n'),
});

// ── Secondary claim COB worksheet (billing system, primary paid → secondary due) ──
const cob: Snippet[] = table({
  id: 's7-cob',
  kind: 's7-cob-secondary-worksheet',
  caption: 'COB Worksheet — Claim [32172] — Primary: Medicare (paid 11/20) — Secondary: Buckeye Medigap plan [81007]',
  headers: [
    'Line',
    'HCPCS',
    'Mod',
    'Billed',
    'Pri allowed',
    'Pri paid',
    'Pri adj CO',
    'Pt resp',
    'Sec expected',
    'Sec payer line id',
  ],
  rows: [
    ['1', '{64712}', 'RT', '2400.00', '812.43', '649.94', '1587.57', '162.49', '162.49', '[71366]'],
    ['2', '{64445}', 'RT 51', '610.00', '127.30', '101.84', '482.70', '25.46', '25.46', '[71369]'],
    ['3', '{64714}', 'LT 80', '310.00', '96.11', '76.89', '213.89', '19.22', '19.22', '[71370]'],
    ['Tot', '', '', '3320.00', '1035.84', '828.67', '2284.16', '207.17', '207.17', 'batch [91454]'],
  ],
});

// ── Internal memo: annual code update for the pain physicians (intranet news page) ──
const memo: Snippet[] = lines({
  id: 's7-memo',
  kind: 's7-annual-code-update-memo',
  text: [
    'TO: Pain & Neurosurgery physicians   FROM: Coding Integrity   RE: 2027 CPT changes   Memo [42169]',
    'No descriptor changes this year for {64445}, {64612} or {64632}; the ASC payment indicator for {64632} moves from P3 to P2.',
    'Neuroplasty codes {64712} through {64714} now need laterality on every claim: document right/left in the op note.',
    'Reminder: {64712} is reported once per nerve, not per incision. {64714} is never reported with {64712} on the same side.',
    'Medicare units: report {64632}-50 on one line; commercial plans may want two lines, {64632}-RT and {64632}-LT.',
    'Questions: extension [52389] or room [11737], Building C (ZIP [43215]-4182).',
  ].join('\n'),
});

// ── Payer dispute log (provider relations spreadsheet rendered as a web grid) ──
const disputes: Snippet[] = table({
  id: 's7-dispute',
  kind: 's7-payer-dispute-log',
  caption: 'Provider Disputes — Lakeshore Health Plan — open items — owner: Provider Relations',
  headers: ['Dispute #', 'Claim', 'DOS', 'CPT', 'Issue', 'Expected', 'Paid', 'Variance (¢)', 'Contract §', 'Status'],
  rows: [
    [
      '[21003]',
      '2611180044712',
      '11/01/26',
      '{64712}-RT',
      'Paid at out-of-network rate',
      '$812.43',
      '$608.02',
      '[20441]',
      '4.2(b)',
      'Escalated',
    ],
    [
      '[21004]',
      '2611180044713',
      '11/03/26',
      '{64632}-50',
      'Bilateral not applied (paid 100%)',
      '$145.20',
      '$96.80',
      '4840',
      '4.2(d)',
      'Open',
    ],
    [
      '[21007]',
      '2611180044713',
      '11/03/26',
      '{64612}',
      'CO-97 bundled into {64632}; no PTP edit',
      '$141.02',
      '$0.00',
      '[14102]',
      '6.1',
      'Open',
    ],
    [
      '[21008]',
      '2611190051880',
      '11/05/26',
      '{64714}-LT',
      'Fee schedule [61336] loaded late',
      '$744.10',
      '$692.33',
      '5177',
      'Exh. B',
      'Resolved',
    ],
  ],
});

// ── Clearinghouse payer-ID directory (payer list search results, with claims mailing addresses) ──
const payerIds: Snippet[] = table({
  id: 's7-payerid',
  kind: 's7-payer-id-directory',
  caption: 'Payer ID lookup — results for "ohio" — 6 payers — ERA / EFT / claim status enrollment',
  headers: ['Payer name', 'Payer ID', 'Claims address', 'City', 'State', 'ZIP', 'ERA', 'Secondary ID'],
  rows: [
    ['Lakeshore Health Plan', '[31135]', 'PO Box 6120', 'Dayton', 'OH', '[45401]', 'Enroll', '[45412]'],
    ['Buckeye Community Health Plan', '[68069]', 'PO Box 3060', 'Farmington', 'MO', '[63640]', 'Yes', ''],
    ['CareSource Ohio', '[31114]', 'PO Box 8730', 'Dayton', 'OH', '[45401]', 'Yes', '[44098]'],
    ['Molina Healthcare of Ohio', '[20149]', 'PO Box [22712]', 'Long Beach', 'CA', '[90801]', 'Yes', ''],
    ['UnitedHealthcare Community Plan', '[87726]', 'PO Box 5240', 'Kingston', 'NY', '[12402]', 'Yes', '[96385]'],
    ['Medical Mutual of Ohio', '[29076]', 'PO Box 6018', 'Cleveland', 'OH', '[44101]', 'Yes', ''],
  ],
});

// ── EHR encounter header banner + planned procedures (surgery encounter, text of the banner strip) ──
const banner: Snippet[] = lines({
  id: 's7-banner',
  kind: 's7-ehr-encounter-banner',
  text: [
    'OKAFOR, DANIEL  M  55 y  MRN [30418]  FIN [77521]-0  Attending VANCE, M  Unit ASC-2 Bay 04',
    'Allergies: NKDA   Code status: Full   Isolation: none   Wt 84 kg   Ins: Lakeshore PPO ([31135])',
    'Home: 2210 Sawmill Pkwy, Lewis Center OH [43035]  Ph 614-555-0177  PCP GRANT, A  Emergency contact ext [20981]',
    'Planned: {64632} bilateral (50) — destruction plantar digital nerve; {64612} deferred to clinic',
    'Auth: [27305]-LHP (approved {64632} x1, exp 12/31/2026)  Case [44261]  Surgeon pref card [68830]',
  ].join('\n'),
});

// ── Bank ACH detail with CCD+ remittance addenda (treasury portal), matched to ERAs ──
const achAddenda: Snippet[] = lines({
  id: 's7-ach',
  kind: 's7-ach-ccd-addenda',
  text: [
    'Business Online Banking — Account ****[38817] — Incoming ACH detail — 11/20/2026',
    'Company: LAKESHORE HP  Co ID 1870541235  SEC CCD  Amount $2,214.37  Trace 071000013883104',
    'Addenda: TRN*1*0000903318*1870541235\\  Entry desc HCCLAIMPMT  Batch [00417]',
    'Company: BUCKEYE HP  Co ID 1431784119  SEC CCD  Amount $512.40  Trace 071000013883201',
    'Addenda: TRN*1*0000903401*1431784119\\  Entry desc HCCLAIMPMT  Batch [00418]  Posting ref [46902]',
    'Daily total 2: $2,726.77   Ledger account [10230]   Branch ZIP [43219]',
  ].join('\n'),
});

// ── Insurance card scan (front/back OCR text shown in the registration document viewer) ──
const cardScan: Snippet[] = lines({
  id: 's7-card',
  kind: 's7-insurance-card-scan',
  text: [
    'LAKESHORE HEALTH PLAN   PPO   Member: DANIEL OKAFOR   Member ID: LHP58204113-01',
    'Group No. [70593]   Plan code [36411]   Eff 01/01/2026   RxBIN 610014  RxPCN LHPRX  RxGRP [59338]',
    'Copays: PCP $25  SPEC $60  ER $250  Urgent $75   Network: OhioChoice',
    'Providers: submit claims electronically, payer ID [31135], or mail to PO Box 6120, Dayton OH [45401]-6120',
    'Prior authorization: 1-800-555-0143 or lakeshorehp.example/pa  Pharmacy help desk ext [40217]',
  ].join('\n'),
});

// ── Payer mass-adjustment (claim reprocessing) project notice, portal news item ──
const massAdj: Snippet[] = lines({
  id: 's7-massadj',
  kind: 's7-mass-adjustment-notice',
  text: [
    'Claim Reprocessing Project [88306] — Nerve procedure bilateral pricing — posted 11/16/2026',
    'Issue: from 07/01/2026 to 10/15/2026 claims for {64632} with modifier 50 and for {64612}-50 paid at 100% instead of 150%.',
    'Also affected: {64445}-50 (anesthetic injection, sciatic, bilateral) billed by ASCs under contract [47720] or [47719].',
    'Not affected: {64712} and {64714}, which were priced correctly with RT/LT.',
    'Approximately 18,530 claims in Ohio and 6,120 in Kentucky will be adjusted automatically; no action needed.',
    'Adjusted claims will show on the ERA with claim frequency 7 and remark codes MA67 and N689; the project number [88306] is in REF*F8.',
    'Questions: Provider Services, 1-888-555-0119, option 4; Ohio region office ZIP [45342].',
  ].join('\n'),
});

// ── Drug-units and wastage calculator for chemodenervation visits (pharmacy/billing tool output) ──
const drugCalc: Snippet[] = lines({
  id: 's7-drugcalc',
  kind: 's7-drug-wastage-calculator',
  text: [
    'Chemodenervation billing calculator — visit 11/24/2026 — Pt OKAFOR, DANIEL — Rx order [73120]',
    'Procedure: {64612} (facial nerve muscles, unilateral) x1   Laterality: LT',
    'Drug: onabotulinumtoxinA 100 unit vial  NDC [00023]-1145-01  (11-digit 00023114501)  Lot C5821A',
    'Administered 35 units (J0585 x 35)   Discarded 65 units (J0585-JW x 65)   Vials 1',
    'Second procedure: {64612}-50 not applicable — other side not treated this visit; next session per 84-day rule.',
    'Charge lines: {64612}-LT $980.00 | J0585 x35 $164.50 ([16450] cents) | J0585-JW x65 $305.50',
    'Inventory location [40388]   Cabinet ZIP [43212]   Pharmacist ID [83917]',
  ].join('\n'),
});

export const sealed7: Snippet[] = [
  ...x835,
  ...hl7Ack,
  ...fhirCer,
  ...ptpChanges,
  ...ascPricer,
  ...errata,
  ...shoppable,
  ...paGrid,
  ...actQa,
  ...eraBalance,
  ...blockNote,
  ...chargeCorr,
  ...paExt,
  ...benchmark,
  ...pivot,
  ...prDiff,
  ...dxLink,
  ...flash,
  ...voicemail,
  ...cob,
  ...memo,
  ...disputes,
  ...payerIds,
  ...banner,
  ...achAddenda,
  ...cardScan,
  ...massAdj,
  ...drugCalc,
];
