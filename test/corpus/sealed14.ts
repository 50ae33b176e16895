import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 14 (issue 11). `sealed13.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s14-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Many decoys reuse those digits; about a third of the
 * others are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, ids, control numbers, CDM and ledger
 * numbers, block ids, amounts in cents and counts, so the 10k score means something. No other five-digit CPT code
 * appears in a coding context (it would be unknown to KNOWN_5 and so an unfair miss).
 *
 * Shapes built on real public layouts (field, element and column names; our codes swapped in): the X12 271 as a
 * clearinghouse prints it in words (005010X279A1 EB/MSG/III), X12 277CA acknowledgement batch summary (005010X214
 * STC categories A1/A3/A7), HL7 v2 ORM^O01 / DFT^P03 lines as an interface engine log greps them, FHIR R4 JSON Patch
 * (RFC 6902) on a Claim, a SQL-on-FHIR ViewDefinition flattening of ExplanationOfBenefit, the CMS PFS data API JSON
 * (hcpcs_cd, nonfac_prc, gpci fields), OIG RAT-STATS random-sample output, PostgreSQL psql expanded display,
 * a payer precertification fax form with checkboxes, the NCCI MUE look-up result (columns as Noridian's MUE tool and
 * the CMS MUE file name them: Practitioner Services MUE Values, MAI, MUE Rationale), the NPPES NPI registry card and
 * a ZIP-to-carrier/locality look-up (the CMS ZIP code to carrier locality file). The other shapes (OR block
 * utilisation report, OR board hover card, denial queue toasts, fax confirmation sheet, practice-exam review, PA list
 * version diff, PA determination summary, CDM JSON lines, benefit accordion, EHR dot-phrase expansion, issue-tracker
 * view, EOB PDF text spans, CSV import column mapper, side-by-side charge review, CPT-to-GL account map, payer
 * newsletter article, appeal letter body) are written the way those pages read, with no single public source.
 */

// ── X12 271 printed in words by a clearinghouse ("Eligibility Response – Detail"), a <pre> per benefit block ──
const readable271: Snippet[] = lines({
  id: 's14-271-print',
  kind: 's14-x12-271-readable-print',
  before: 'Eligibility Response – Detail   Trace # 9ELIG66494',
  text: [
    'Payer: PRAIRIE STATE HEALTH PLAN   Payer ID: [37055]',
    'Subscriber: WEBER, ANNIKA   Member ID: PSH-[41892]   Group: [08723]',
    'Address: 412 LINDEN CT, SPRINGFIELD IL [62788]-1104',
    'Benefit (EB01): Active Coverage   Coverage Level: Individual   Service Type: 98 Professional (Physician) Visit - Office',
    'Benefit (EB01): Co-Insurance   Service Type: 2 Surgical   In Network: Yes   Percent: 20',
    '   Procedure (EB13): HC:{64712}   Authorization Required (EB11): Yes',
    '   Procedure (EB13): HC:{64714}   Authorization Required (EB11): Yes',
    '   Message (MSG): PRECERT VIA PORTAL, REF PROGRAM [01543]',
    'Benefit (EB01): Limitations   Procedure (EB13): HC:{64632}:RT   Quantity: 2 Visits per Calendar Year',
    'Benefit (EB01): Deductible   Amount: $1,500.00   Remaining: $364.27   Accumulator ID: [36427]',
    'Benefit (EB01): Out of Pocket (Stop Loss)   Amount: $6,000.00   Plan Sponsor Zip [55335]',
    'Benefit (EB01): Non-Covered   Procedure (EB13): HC:{64612}   Message (MSG): COSMETIC EXCLUSION UNLESS SPASTICITY DX',
  ].join('\n'),
});

// ── X12 277CA acknowledgement, batch summary report (clearinghouse HTML, one row per claim) ──
const ack277: Snippet[] = table({
  id: 's14-277ca',
  kind: 's14-277ca-batch-summary',
  caption: 'Claim Acknowledgement (277CA) — Batch [21697] — Received 11/28/2026 — 5 claims, 2 rejected',
  headers: ['Patient Ctrl #', 'Payer Claim Ctrl #', 'Status (STC)', 'Line Item Ctrl #', 'Proc', 'Billed'],
  rows: [
    ['PC[58557]', '2026332-[00412]', 'A1:20 Accepted for processing', 'LI[30915]', '{64445}', '412.00'],
    ['PC[58560]', '—', 'A7:454 Procedure code for services rendered', 'LI[30917]', '{64714}-LT', '1,180.00'],
    ['PC[58561]', '2026332-[00414]', 'A1:20 Accepted for processing', 'LI[30918]', '{64632}', '786.50'],
    ['PC[58562]', '—', 'A3:21 Missing or invalid information — Rendering NPI', 'LI[30919]', '{64712}', '960.00'],
    ['PC[72845]', '2026332-[00416]', 'A1:20 Accepted for processing', 'LI[30920]', '+{64612}', '212.00'],
  ],
});

// ── Interface engine log, grep output (file:line: prefix, HL7 v2 ORM^O01 and DFT^P03 segments) ──
const hl7Grep: Snippet[] = [
  {
    id: 's14-hl7grep-1',
    kind: 's14-hl7-interface-log-grep',
    text: [
      '$ grep -n "OBR\\|FT1" /var/log/iface/ortho_out.2026-11-29.log',
      '[18100]:2026-11-29 07:41:12 OUT ORM^O01 MSGID=[44682] OBR|1|ORD[60819]||{64445}^Inj anes sciatic nrv^C4|||20261129',
      '[18105]:2026-11-29 07:41:12 OUT ORM^O01 MSGID=[44682] OBR|2|ORD[60820]||{64714}^Neuroplasty lumbar plexus^C4|||20261129',
      '[18233]:2026-11-29 09:02:55 OUT DFT^P03 MSGID=[44702] FT1|1|||20261129||CG|[26634]^Block supplies^CDM|||1|||||||||||{64712}^Neuroplasty sciatic^CPT4|RT',
      '[18240]:2026-11-29 09:02:55 OUT DFT^P03 MSGID=[44702] FT1|2|||20261129||CG|[26636]^Chemodenervation^CDM|||2|||||||||||{64612}^Chemodenerv facial^CPT4',
      '[18311]:2026-11-29 09:15:03 ERR DFT^P03 MSGID=[44731] AE: FT1-7 [26637] not on chargemaster, port [12349] closed',
    ].join('\n'),
  },
];

// ── FHIR R4 JSON Patch (RFC 6902) on a Claim, as a correction tool shows the diff it will send ──
const jsonPatch: Snippet[] = [
  {
    id: 's14-jsonpatch-1',
    kind: 's14-fhir-json-patch-claim',
    text: [
      'PATCH /Claim/clm-[47420] HTTP/1.1',
      'Content-Type: application/json-patch+json',
      'If-Match: W/"[13851]"',
      '[',
      '  { "op": "test", "path": "/item/0/productOrService/coding/0/code", "value": "{64714}" },',
      '  { "op": "replace", "path": "/item/0/productOrService/coding/0/code", "value": "{64712}" },',
      '  { "op": "add", "path": "/item/0/modifier/-", "value": { "coding": [ { "code": "RT" } ] } },',
      '  { "op": "replace", "path": "/item/1/net/value", "value": [15285] },',
      '  { "op": "add", "path": "/item/2", "value": { "sequence": 3, "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}" } ] }, "locationCodeableConcept": { "text": "POS 22" }, "quantity": { "value": 1 } } },',
      '  { "op": "replace", "path": "/billablePeriod/start", "value": "2026-11-03" },',
      '  { "op": "replace", "path": "/provider/identifier/value", "value": "[64632]" }',
      ']',
    ].join('\n'),
  },
];

// ── SQL-on-FHIR ViewDefinition output: ExplanationOfBenefit flattened to CSV, shown as a grid ──
const eobView: Snippet[] = table({
  id: 's14-eobview',
  kind: 's14-sql-on-fhir-eob-view',
  caption: 'view: eob_item_flat (ViewDefinition v2) — 5 rows',
  headers: ['eob_id', 'item_sequence', 'product_code', 'product_system', 'adjudication_allowed_cents', 'payee_postal'],
  rows: [
    ['eob-[90703]', '1', '{64632}', 'http://www.ama-assn.org/go/cpt', '[38458]', '[27472]'],
    ['eob-[90703]', '2', '{64612}', 'http://www.ama-assn.org/go/cpt', '[11240]', '[27472]'],
    ['eob-[90704]', '1', '{64714}', 'http://www.ama-assn.org/go/cpt', '[64712]', '[46722]'],
    ['eob-[90705]', '1', '{64445}', 'http://www.ama-assn.org/go/cpt', '[18994]', '[64445]'],
  ],
});

// ── CMS Physician Fee Schedule data API, JSON response as the browser's JSON viewer renders raw text ──
const pfsApi: Snippet[] = [
  {
    id: 's14-pfsapi-1',
    kind: 's14-pfs-data-api-json',
    text: [
      '{"meta":{"total_rows":3,"year":"2026","carrier":"[15202]","locality":"99"},"data":[',
      '{"hcpcs_cd":"{64712}","mod":"","proc_stat":"A","sdesc":"Neuroplasty sciatic nerve","nonfac_prc":"[48179]","fac_prc":"[48179]","pctc_ind":"0","glob_days":"090","mult_surg":"2","bilt_surg":"1"},',
      '{"hcpcs_cd":"{64714}","mod":"","proc_stat":"A","sdesc":"Neuroplasty lumbar plexus","nonfac_prc":"","fac_prc":"[39755]","pctc_ind":"0","glob_days":"090","mult_surg":"2","bilt_surg":"0"},',
      '{"hcpcs_cd":"{64632}","mod":"","proc_stat":"A","sdesc":"N block inj plantar digit","nonfac_prc":"[12960]","fac_prc":"[07329]","pctc_ind":"0","glob_days":"010","mult_surg":"2","bilt_surg":"1"}',
      '],"gpci":{"pw_gpci":"1.000","pe_gpci":"0.896","mp_gpci":"0.575","zip_sample":"[59236]"}}',
    ].join('\n'),
  },
];

// ── OR block utilisation report (perioperative analytics page) ──
const orBlock: Snippet[] = table({
  id: 's14-orblock',
  kind: 's14-or-block-utilization',
  caption: 'Block Utilization — Pain & Peripheral Nerve — November 2026',
  headers: ['Block ID', 'Room', 'Surgeon', 'Allocated min', 'Used min', 'Top procedure', 'Cases'],
  rows: [
    ['BLK-[40525]', 'OR 7', 'Tanaka, R', '[14400]', '[12349]', '{64712} neuroplasty sciatic', '18'],
    ['BLK-[40527]', 'OR 7', 'Osei, K', '[10080]', '[09565]', '{64445} sciatic block', '31'],
    ['BLK-[40528]', 'PROC 2', 'Lindqvist, M', '[12960]', '[11693]', '{64632} digital n. inj', '44'],
    ['BLK-[95533]', 'PROC 2', 'Tanaka, R', '[08640]', '[06651]', '{64714} lumbar plexus', '9'],
  ],
});

// ── Denial work queue: toast notifications and the queue header after bulk actions ──
const queueToasts: Snippet[] = [
  {
    id: 's14-toast-1',
    kind: 's14-denial-queue-toasts',
    text: '✓ 3 claims moved to queue [41183] (Coding Review – Neuro). Undo',
    before: 'Denials › CO-4 Modifier inconsistent',
  },
  {
    id: 's14-toast-2',
    kind: 's14-denial-queue-toasts',
    text: '✓ Line 2 recoded from {64714} to {64712}-RT on claim 88-[63506]-02. Resubmission queued.',
  },
  {
    id: 's14-toast-3',
    kind: 's14-denial-queue-toasts',
    text: '⚠ Claim 88-[63507]-01: {64632} billed x2 without 50 or RT/LT — MUE 1. Fix before resubmitting.',
  },
  {
    id: 's14-toast-4',
    kind: 's14-denial-queue-toasts',
    text: 'Queue [41183] · 27 open · oldest 46 days · $[31563] outstanding (thousands)',
  },
  {
    id: 's14-toast-5',
    kind: 's14-denial-queue-toasts',
    text: '✓ Note added: "payer confirms {64445} and {64612} process separately when distinct sessions". Ticket [53785].',
  },
];

// ── Fax transmission confirmation sheet for an appeal packet ──
const faxConfirm: Snippet[] = lines({
  id: 's14-faxconf',
  kind: 's14-fax-transmission-report',
  text: [
    'TRANSMISSION VERIFICATION REPORT',
    'TIME : 11/27/2026 14:22   BATCH [22361]',
    'NAME : LAKESIDE NEUROSURGERY BILLING   FAX : 6085550126   ID : [10265]',
    'SER.# : BROK[97528]',
    'DATE,TIME   FAX NO./NAME   DURATION   PAGE(S)   RESULT   MODE',
    '11/27 14:20   18775550187   00:03:12   14   OK   STANDARD ECM   ACCT [87738]',
    'Cover: Level 1 appeal, claim [70943], DOS 10/02/2026, CPT {64714} and {64445}; op note and LCD excerpt attached.',
    'Job no. [20448]   Dept. code [00813]',
  ].join('\n'),
});

// ── CPC-style practice exam review screen (question, options, your answer, rationale) ──
const examReview: Snippet[] = lines({
  id: 's14-exam',
  kind: 's14-practice-exam-review',
  text: [
    'Question 37 of 100 · Nervous System · Item ID [33630]',
    'A patient undergoes open neuroplasty of the sciatic nerve on the right. Which code is reported?',
    'A. {64712}-RT',
    'B. {64714}-RT',
    'C. {64445}-RT',
    'D. {64632}-RT',
    'Your answer: B   Correct answer: A',
    'Rationale: {64712} describes neuroplasty of the sciatic nerve; {64714} is the lumbar plexus. A sciatic block is an injection, reported with {64445}, not a neuroplasty.',
    'Score so far: 71%   Time left 01:42:55   Attempt [96295]',
  ].join('\n'),
});

// ── Prior-auth code list, version diff (payer PDF "Summary of changes", added/removed) ──
const paDiff: Snippet[] = lines({
  id: 's14-padiff',
  kind: 's14-pa-list-version-diff',
  text: [
    'Prior Authorization Code List — Version 2027.1 compared with 2026.4 (document [35775])',
    'Program: Interventional Pain Management (vendor program ID [81051])',
    'ADDED   {64632}   Destruction by neurolytic agent; plantar common digital nerve   eff. 01/01/2027',
    'ADDED   {64612}   Chemodenervation of muscle(s); muscle(s) innervated by facial nerve   eff. 01/01/2027',
    'REMOVED {64445}   Injection(s), anesthetic agent(s); sciatic nerve, single   eff. 01/01/2027',
    'CHANGED {64712}–{64714}   now require clinical notes with request (was: attestation only)',
    'Questions: Provider Services, PO Box [60003], Chicago IL [60680]-9012',
  ].join('\n'),
});

// ── Chargemaster export as JSON Lines, shown in a viewer ──
const cdmJsonl: Snippet[] = [
  {
    id: 's14-cdmjsonl-1',
    kind: 's14-cdm-json-lines',
    text: [
      '{"charge_code":"[79512]","desc":"NEUROPLASTY SCIATIC","rev_code":"0360","cpt":"{64712}","price_cents":[28811],"dept":"[43167]"}',
      '{"charge_code":"[79514]","desc":"NEUROPLASTY LUMBAR PLEXUS","rev_code":"0360","cpt":"{64714}","price_cents":[34294],"dept":"[43167]"}',
      '{"charge_code":"[79515]","desc":"INJ PLANTAR DIGITAL NERVE","rev_code":"0761","cpt":"{64632}","price_cents":[64612],"dept":"[43170]"}',
      '{"charge_code":"[79516]","desc":"CHEMODENERV FACIAL N","rev_code":"0761","cpt":"{64612}","price_cents":[52437],"dept":"[43170]"}',
      '{"charge_code":"[79517]","desc":"SUPPLY TRAY NERVE BLOCK","rev_code":"0272","cpt":"","price_cents":[05976],"dept":"[43170]"}',
    ].join('\n'),
  },
];

// ── Payer portal benefit accordion ("Outpatient Surgery" panel expanded) ──
const accordion: Snippet[] = lines({
  id: 's14-accordion',
  kind: 's14-benefit-accordion-panel',
  text: [
    '▾ Outpatient Surgery (Plan [23147], Network PPO)',
    'Copay: $250 per visit · Coinsurance: 20% after deductible',
    'Pre-service review required for nerve procedures, including {64712}, {64714} and {64632}.',
    '{64445} single-shot sciatic blocks done with surgery need no separate review.',
    'Chemodenervation ({64612}) is reviewed by the specialty pharmacy program, fax 866-555-0129 (form [02962]).',
    'Benefit period resets 01/01 · Employer group [04577] · Rider [74239]',
    '▸ Durable Medical Equipment',
  ].join('\n'),
});

// ── EHR dot-phrase expansion (.NERVEPROC) in a procedure note, after expansion ──
const dotPhrase: Snippet[] = [
  {
    id: 's14-dot-1',
    kind: 's14-ehr-dotphrase-expansion',
    text: [
      'PROCEDURE NOTE (.NERVEPROC v3, SmartPhrase ID [67889])',
      'Procedure: Injection, anesthetic agent; sciatic nerve, single ({64445}), right.',
      'Indication: post-op analgesia, case [86317].',
      'Technique: ultrasound-guided, 20 mL ropivacaine 0.5%, lot [49806], exp 04/2028.',
      'Also performed: destruction by neurolytic agent, plantar digital nerve, left — {64632}-LT.',
      'Billing: report {64445} with modifier 59 on the same day as the surgical case; anesthesia time not billed by proceduralist.',
      'Signed electronically, pager [35009].',
    ].join('\n'),
  },
];

// ── Issue-tracker view (revenue-cycle project), fields panel and comments ──
const tracker: Snippet[] = [
  {
    id: 's14-tracker-1',
    kind: 's14-issue-tracker-view',
    text: 'RCM-[12344]  Payer rejects {64712} sent with RT glued ("{64712}RT")',
    before: 'Projects / Revenue Cycle / RCM board',
  },
  {
    id: 's14-tracker-2',
    kind: 's14-issue-tracker-view',
    text: 'Story points: 3   Sprint: [26095]   Component: Charge Router',
  },
  {
    id: 's14-tracker-3',
    kind: 's14-issue-tracker-view',
    text: 'Description: Since the 11/15 release the scrubber sends {64712}RT and {64714}LT without a separator; the payer returns CO-4. Expected SV101 HC:{64712}:RT.',
  },
  {
    id: 's14-tracker-4',
    kind: 's14-issue-tracker-view',
    text: 'J. Park commented: affected claims so far: [91451], [91452], [91468]. Also seen on {64632}-50.',
  },
  {
    id: 's14-tracker-5',
    kind: 's14-issue-tracker-view',
    text: 'M. Ruiz commented: same for {64712}/{64714} pairs on one claim — the second line loses its modifier. Codes {64712}-{64714} all affected; {64445} unaffected.',
  },
  {
    id: 's14-tracker-6',
    kind: 's14-issue-tracker-view',
    text: 'Build [57254] deployed to staging; see commit range a1f3…c09e, PR #[10943].',
  },
];

// ── Member EOB PDF text layer: each span is its own text node (PDF.js) ──
const eobSpans: Snippet[] = [
  {
    id: 's14-eobspan-1',
    kind: 's14-eob-pdf-text-spans',
    text: 'Claim number [77637]',
    before: 'Your Explanation of Benefits',
  },
  { id: 's14-eobspan-2', kind: 's14-eob-pdf-text-spans', text: 'Service code', before: 'Date of service 10/14/26' },
  {
    id: 's14-eobspan-3',
    kind: 's14-eob-pdf-text-spans',
    text: '{64714}',
    before: 'Service code',
    after: 'Nerve surgery',
  },
  {
    id: 's14-eobspan-4',
    kind: 's14-eob-pdf-text-spans',
    text: '{64445}',
    before: 'Nerve surgery $1,180.00',
    after: 'Nerve block',
  },
  {
    id: 's14-eobspan-5',
    kind: 's14-eob-pdf-text-spans',
    text: '[64714]',
    before: 'Group number',
    after: 'Page 1 of 2',
  },
  { id: 's14-eobspan-6', kind: 's14-eob-pdf-text-spans', text: 'MADISON WI [53785]-0412', before: 'PO BOX 1188' },
  {
    id: 's14-eobspan-7',
    kind: 's14-eob-pdf-text-spans',
    text: 'Remark [78766]: this amount counted toward your deductible',
  },
];

// ── NPI registry result card (no procedures at all) ──
const npiCard: Snippet[] = lines({
  id: 's14-npi',
  kind: 's14-npi-registry-card',
  text: [
    'NPI 1639245478   Location [24547]   Type 1 Individual   Enumeration date 2014-03-17',
    'Primary practice address: 2200 KENWOOD AVE STE 300, SAINT PAUL MN [55105]-2144',
    'Phone 651-555-0173   Fax 651-555-0199   Suite code [84144]',
    'Taxonomy 208VP0014X Interventional Pain Medicine   License [64612] (MN)',
    'Other identifiers: Medicaid [92157] (MN)   Group PIN [88438]',
  ].join('\n'),
});

// ── psql expanded display (\x on) of a claim line table ──
const psql: Snippet[] = [
  {
    id: 's14-psql-1',
    kind: 's14-psql-expanded-display',
    text: [
      'billing=> \\x on',
      'Expanded display is on.',
      'billing=> SELECT * FROM claim_line WHERE claim_id = [65862];',
      '-[ RECORD 1 ]---+-------------------',
      'claim_id        | [65862]',
      'line_no         | 1',
      'proc_code       | {64712}',
      'modifier_1      | RT',
      'units           | 1',
      'charge_cents    | [96000]',
      'rev_acct        | [40010]',
      '-[ RECORD 2 ]---+-------------------',
      'claim_id        | [65862]',
      'line_no         | 2',
      'proc_code       | {64612}',
      'modifier_1      |',
      'units           | 2',
      'charge_cents    | [42400]',
      'rev_acct        | [40010]',
    ].join('\n'),
  },
];

// ── Fax prior-auth request form with checkboxes (OCR-free, a fillable PDF rendered as text) ──
const paCheckbox: Snippet[] = lines({
  id: 's14-pacheck',
  kind: 's14-pa-checkbox-fax-form',
  text: [
    'OUTPATIENT PROCEDURE PRECERTIFICATION REQUEST — fax to 1-844-555-0145 · Form [14508]',
    'Member ID: QH[56531]   DOB: 02/11/1959   Plan ZIP: [73620]',
    '☒ Initial request   ☐ Extension   ☐ Retro   Reference # (if any): [85606]',
    'Procedure(s) requested (CPT / HCPCS):',
    '☒ {64712}   ☐ {64714}   ☐ {64632}   ☐ Other: _______',
    'Units: 1   Laterality: ☒ Right ☐ Left ☐ Bilateral',
    'Also anticipated same session: {64445} (anesthesia block) — no auth needed per plan?',
    'Requesting provider TIN: XX-XX[29449]   Servicing facility NPI: 1881819094 (site [81910])',
  ].join('\n'),
});

// ── CSV import wizard: column mapping preview (first rows of the uploaded file) ──
const csvMapper: Snippet[] = table({
  id: 's14-csvmap',
  kind: 's14-csv-import-column-mapper',
  caption: 'Import charges — Step 2 of 3: map your columns (showing first 4 rows of charges_1126.csv)',
  headers: [
    'Acct → Account #',
    'Svc → CPT/HCPCS',
    'Mod → Modifier',
    'Qty → Units',
    'Chg → Charge (cents)',
    'Loc → Location',
  ],
  rows: [
    ['[32969]', '{64445}', '', '1', '[41200]', '[21076]'],
    ['[32969]', '{64632}', 'LT', '1', '[78650]', '[21076]'],
    ['[32971]', '{64714}', '', '1', '[99013]', '[21077]'],
    ['[64632]', '{64712}', '50', '1', '[96000]', '[21077]'],
  ],
});

// ── OIG RAT-STATS random-number output, audit sample of claim lines ──
const ratStats: Snippet[] = lines({
  id: 's14-ratstats',
  kind: 's14-ratstats-sample-output',
  text: [
    'RAT-STATS 2019 — Single Stage Random Numbers',
    'Audit: Neuro/pain procedures FY2026   Seed: [16657].0   Frame size: [47022]   Sample size: 30',
    'Order  Value   Claim line   Procedure   Paid',
    '1      [03756]   CL-[62178]-01   {64712}   1,048.22',
    '2      [11802]   CL-[62204]-02   {64612}   188.40',
    '3      [25292]   CL-[62390]-01   {64632}   142.77',
    '4      [39088]   CL-[62514]-03   {64445}   96.10',
    'Population paid: $[53063] thousand   Frame file: frame_[67130].csv',
  ].join('\n'),
});

// ── Coding newsletter, long-form article paragraphs (payer provider newsletter web page) ──
const newsletter: Snippet[] = [
  {
    id: 's14-news-1',
    kind: 's14-payer-newsletter-article',
    text: 'Neuroplasty claims: what we are seeing. Our review of [12870] professional claims from Q3 found that {64712} is reported most often with a sciatic-block code on the same date. When the block is given for post-operative pain, {64445} is separately reportable only when the surgeon did not provide the anesthesia.',
    before: 'Provider Pulse · Issue 45979 · December 2026',
  },
  {
    id: 's14-news-2',
    kind: 's14-payer-newsletter-article',
    text: 'Codes {64712} through {64714} each include neurolysis; do not add {64632} for the same nerve. {64612} remains a per-session code: report units, not each muscle.',
  },
  {
    id: 's14-news-3',
    kind: 's14-payer-newsletter-article',
    text: 'Questions about this article? Call Provider Services or write to us at PO Box [89162], Des Moines IA [50307]. Reference article [97528].',
  },
];

// ── Appeal letter generated by a denial management tool, body paragraphs ──
const appeal: Snippet[] = lines({
  id: 's14-appeal',
  kind: 's14-appeal-letter-body-paragraphs',
  text: [
    'Re: Patient A. Whitfield · Claim [59236] · Member ID ••••[70028] · DOS 09/18/2026',
    'We request reconsideration of the denial of CPT {64714} (neuroplasty, lumbar plexus). The payer applied edit [44150] bundling it into {64712}.',
    'These procedures were performed on different nerves through separate incisions, as the operative report states. Modifier 59 was appended to {64714} and is supported.',
    'Per your policy MP-[42553] section 4, {64712} and {64714} are not mutually exclusive.',
    'Enclosures: operative report (4 pages), NCCI table excerpt, prior authorization [83444].',
  ].join('\n'),
});

// ── Surgical scheduling board, hover card per case (one text node per line of the card) ──
const boardHover: Snippet[] = lines({
  id: 's14-boardhover',
  kind: 's14-or-board-hover-card',
  before: 'OR Board · Main Campus · Tue 12/01',
  text: [
    'Case [71656] · OR 7 · 07:30–09:15 · Tanaka, R',
    'Planned: {64712}-RT Neuroplasty, sciatic nerve; {64445} block by anesthesia',
    'Auth: on file, [87039] (exp 12/31) · Pt class: HOPD',
    'Case [71661] · PROC 2 · 10:00–10:30 · Lindqvist, M',
    'Planned: {64632}-LT, then {64632}-RT if tolerated (staged)',
    'Case [71662] · PROC 2 · 11:00–11:40 · Osei, K',
    'Planned: {64612} x2 units, {64714} deferred to January · Room ext [31208]',
  ].join('\n'),
});

// ── Coder charge review, side-by-side (CAC suggestion vs coder final) ──
const reviewSplit: Snippet[] = table({
  id: 's14-review',
  kind: 's14-charge-review-side-by-side',
  caption: 'Encounter 2026-[80333] · Review 3 of 14 · Coder: mlopez',
  headers: ['Line', 'Suggested', 'Final', 'Mod', 'Dx pointer', 'Reason'],
  rows: [
    ['1', '{64714}', '{64712}', 'RT', 'A', 'Note documents sciatic, not lumbar plexus'],
    ['2', '{64445}', '{64445}', '59', 'B', 'Separate post-op pain block, surgeon-placed'],
    ['3', '{64632}', '—', '', '', 'Deleted: not documented'],
    ['4', '—', '+{64612}', '', 'C', 'Added from procedure log; acct [22641]'],
  ],
});

// ── Prior-auth determination lines in a payer portal (decision summary block) ──
const determination: Snippet[] = lines({
  id: 's14-determ',
  kind: 's14-pa-determination-summary',
  text: [
    'Determination for request [19201]-A · Case manager ext. [46011]',
    'Approved: {64712} x1 (RT), {64445} x1 — valid 12/01/2026–02/28/2027',
    'Partially approved: {64632} x2 requested, x1 approved (plantar digital, LT)',
    'Denied: {64714} — criteria IPM-[27036] not met (no EMG within 6 months)',
    'Not reviewed: {64612} — handled by pharmacy benefit; call PBM, BIN [61014]',
    'You may request a peer-to-peer within 14 days; reference [19201]-A.',
  ].join('\n'),
});

// ── CMS NCCI MUE search tool, result cards (one per code) ──
const mueCards: Snippet[] = lines({
  id: 's14-muecard',
  kind: 's14-ncci-mue-search-result-cards',
  before: 'Search results: 3 records · Quarter 2027 Q1 · Practitioner Services',
  text: [
    'HCPCS/CPT Code: {64712}',
    'Practitioner Services MUE Values: 1 · MUE Adjudication Indicator: 2 Date of Service Edit: Policy · MUE Rationale: Anatomic Consideration',
    'HCPCS/CPT Code: {64714}',
    'Practitioner Services MUE Values: 1 · MUE Adjudication Indicator: 2 Date of Service Edit: Policy · MUE Rationale: Anatomic Consideration',
    'HCPCS/CPT Code: {64632}',
    'Practitioner Services MUE Values: 2 · MUE Adjudication Indicator: 3 Date of Service Edit: Clinical · MUE Rationale: Clinical: Data',
    'Publication [36902] · Row count [12719] · File date 12/15/2026',
  ].join('\n'),
});

// ── Finance: CPT-to-GL revenue account map (hospital finance admin screen) ──
const glMap: Snippet[] = table({
  id: 's14-glmap',
  kind: 's14-gl-revenue-account-map',
  caption: 'Revenue mapping — Entity [02292] — effective FY2027',
  headers: ['CPT', 'Cost center', 'GL revenue acct', 'Contra acct', 'Stat code', 'Notes'],
  rows: [
    ['{64712}', '[51169]', '[45340]', '[45341]', '[05257]', 'Neurosurgery OR'],
    ['{64714}', '[51169]', '[45340]', '[45341]', '[05257]', 'Neurosurgery OR'],
    ['{64445}', '[51871]', '[48937]', '[48938]', '[08074]', 'Anesthesia blocks'],
    ['{64632}', '[54639]', '[50460]', '[50461]', '[13121]', 'Podiatry proc room'],
    ['{64612}', '[54639]', '[50460]', '[50461]', '[15917]', 'Drug billed separately'],
  ],
});

// ── Payer portal: "Find your locality" widget, ZIP results with MPFS locality ──
const zipWidget: Snippet[] = lines({
  id: 's14-zipwidget',
  kind: 's14-zip-locality-widget',
  text: [
    'ZIP codes entered: [17323], [19665], [23869], [28190]',
    'ZIP [17323] → Carrier [12502], Locality 99 (Rest of Pennsylvania)',
    'ZIP [19665] → Carrier [12502], Locality 01 (Metropolitan Philadelphia)',
    'ZIP [23869] → Carrier [11302], Locality 00 (Virginia)',
    'ZIP [28190] → Carrier [11502], Locality 00 (North Carolina)',
    'Price {64712} in these localities · Price {64445} · Clear',
  ].join('\n'),
});

export const sealed14: Snippet[] = [
  ...readable271,
  ...ack277,
  ...hl7Grep,
  ...jsonPatch,
  ...eobView,
  ...pfsApi,
  ...orBlock,
  ...queueToasts,
  ...faxConfirm,
  ...examReview,
  ...paDiff,
  ...cdmJsonl,
  ...accordion,
  ...dotPhrase,
  ...tracker,
  ...eobSpans,
  ...npiCard,
  ...psql,
  ...paCheckbox,
  ...csvMapper,
  ...ratStats,
  ...newsletter,
  ...appeal,
  ...boardHover,
  ...reviewSplit,
  ...determination,
  ...mueCards,
  ...glMap,
  ...zipWidget,
];
