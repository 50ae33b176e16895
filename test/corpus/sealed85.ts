import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 85 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s85-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * encounter, batch, audit, ticket and claim numbers, ZIPs, lockboxes, build numbers, note counts and latencies. LOINC
 * document-type codes (11506-3, 28570-0, 34117-2) and an 11-digit NDC labeller prefix are decoys: a coder reads them
 * as something other than a procedure code. The five known codes' digits come back as decoys: a worklist batch, an
 * override audit id, a feedback ticket, an HL7 message control id, a FHIR encounter id, a model build number, a
 * license seat id, a scribe session id, a vendor invoice, a credit memo and two PO boxes (vendor remit, payer lockbox).
 *
 * Family: computer-assisted coding (CAC) and AI scribe tools reviewed by coders and clinicians at a regional health
 * system (pain, podiatry, neurology and orthopaedic anaesthesia services): a CAC coder worklist (encounters,
 * suggested codes with confidence, accepted / rejected), the NLP evidence panel quoting the note text behind each
 * suggestion, a code editor, an ambient AI scribe's draft note with its suggested-codes sidebar, a coder override
 * audit report, an autonomous-coding vendor's accuracy dashboard (by code, by specialty), a model release note and
 * model card listing newly supported codes, suggestion API responses (JSON, XML), a CSV export, a coder's feedback
 * ticket and its thread, an HL7 v2 DFT and a FHIR Claim export of accepted codes, a dual-coding QA sample, a
 * denial feedback report, a routing-rule configuration screen and its audit log, a CAC-generated physician query,
 * coder productivity and scribe adoption reports, a charge interface error queue, and decoy-only pages (a model
 * version history with build numbers, a user license and seat roster, an order form, a scribe session log, a vendor
 * invoice, an AI-drafted after-visit summary).
 * Built on real public layouts: a CAC worklist and evidence-highlight panel of the kind 3M 360 Encompass and Optum
 * CAC show (encounter queue, suggested code, confidence, source sentence with document and offset), an ambient
 * scribe draft note in SOAP form with a suggested-codes side panel, HL7 v2.5.1 DFT^P03 (MSH, EVN, PID, PV1, FT1,
 * PR1 segments), a FHIR R4 Claim with `http://www.ama-assn.org/go/cpt` codings and a LOINC-typed supporting
 * document, and an autonomous-coding vendor dashboard (automation rate, precision, recall, overrides by code and by
 * specialty). The others are written the way those pages read, with no single source.
 *
 * 390 labelled tokens over 35 shapes: 165 codes, 225 decoys, 75 of the decoys in KNOWN_10K.
 */

// ── 1. CAC coder worklist, table ──
const worklist = table({
  id: 's85-worklist',
  kind: 's85-cac-coder-worklist-grid',
  caption: 'Coding worklist — Outpatient Surgery & Procedures — unassigned (sorted by DOS)',
  headers: ['Enc #', 'DOS', 'Service', 'AI codes', 'Conf', 'Batch', 'Status'],
  rows: [
    ['OP-[31870]', '11/03/2025', 'Pain Mgmt', '{64712}', '0.94', '[64632]', 'Ready to accept'],
    ['OP-[31874]', '11/03/2025', 'Pain Mgmt', '{64714}, {77002}', '0.71', '[64632]', 'Needs review'],
    ['OP-[31902]', '11/04/2025', 'Podiatry', '{64632} ×3', '0.88', '[57412]', 'Ready to accept'],
    ['OP-[31911]', '11/04/2025', 'Anesthesia', '{64445}, {01402}', '0.97', '[57412]', 'Accepted'],
    ['OP-[31925]', '11/05/2025', 'Neurology', '{64612}, {95874}', '0.83', '[57413]', 'Rejected (1)'],
    ['OP-[31930]', '11/05/2025', 'Neurology', '{64615}', '0.91', '[57413]', 'Ready to accept'],
    ['OP-[31947]', '11/06/2025', 'Ortho', '{29881}, {64447}', '0.66', '[57413]', 'Needs review'],
  ],
});

// ── 2. Worklist filter bar and queue counters, text layer (decoy only) ──
const queueBar = lines({
  id: 's85-queuebar',
  kind: 's85-cac-queue-counters-text',
  before: 'Coding worklist — filters',
  text: [
    'Facility: Cedar Valley Surgery Center (ZIP [52402])   Queue: OP-PROC   Coder pool: Tier 2',
    'Open encounters [13091]   Auto-finalized this month [27736]   Held for review 1462',
    'Oldest unbilled DOS 10/21/2025   DNFB $1,184,320   Avg. touch time 2:41',
    'Saved view id [40917]   Last refresh 11/07/2025 08:14 CST',
    'Export job [66918] queued by kmoreno (CSV, current filter)',
  ].join('\n'),
});

// ── 3. Encounter header above the evidence panel, text layer (same page shape as 4) ──
const encHeader = lines({
  id: 's85-enchdr',
  kind: 's85-nlp-evidence-panel-text',
  before: 'Encounter detail',
  text: [
    'Encounter OP-[31874]   FIN 7730045512   MRN 00418833   Guarantor acct [80357]   Pt: HOLLIS, R (62 y, M)',
    'Attending: Nguyen, T MD (prov id [20471])   Location: CVSC OR 3   Payer: Wellmark BCBS',
    'Documents: Op note (LOINC [28570]-0), H&P ([34117]-2), Anesthesia record — 3 of 3 read by NLP',
    'Engine suggestions: {64714} Neuroplasty, lumbar plexus; {77002} Fluoro guidance (needle placement)',
  ].join('\n'),
});

// ── 4. NLP evidence panel, text layer ──
const evidence = lines({
  id: 's85-evidence',
  kind: 's85-nlp-evidence-panel-text',
  before: 'Evidence for suggested codes (click a sentence to jump to the note)',
  text: [
    '▸ {64714} Neuroplasty (exploration, neurolysis or nerve decompression); lumbar plexus — conf 0.71',
    '   “…the lumbar plexus was identified deep to psoas and circumferential neurolysis was carried out…”',
    '   Op note, para 6, chars [10818]–[10903]',
    '▸ {77002} Fluoroscopic guidance for needle placement — conf 0.62',
    '   “…C-arm used to confirm level…”  Op note, para 4.  Competing candidate: {64712} (sciatic) — conf 0.24',
    '▸ Not suggested: {64445} — block documented by anesthesia only (“single-shot sciatic block for post-op pain”)',
  ].join('\n'),
});

// ── 5. Evidence highlights grid (per-sentence view), table ──
const evidenceGrid = table({
  id: 's85-evgrid',
  kind: 's85-nlp-evidence-highlights-grid',
  caption: 'Highlights — selected encounter — Podiatry',
  headers: ['Suggestion', 'Supporting text', 'Section', 'Doc', 'Offset'],
  rows: [
    ['{64632}', 'alcohol sclerosing injection, 3rd interspace, left', 'Procedure', 'PN-[28031]', '412'],
    ['{64632}', 'repeat neurolysis of plantar common digital nerve', 'Procedure', 'PN-[28031]', '1190'],
    ['{76942}', 'ultrasound used to guide needle to the neuroma', 'Procedure', 'PN-[28031]', '1388'],
    ['{64455}', 'prior steroid injection 09/2025 (history only)', 'HPI', 'PN-[27927]', '96'],
    ['{99213}', 'evaluated and injected same day — separate E/M not supported', 'Assessment', 'PN-[28031]', '2044'],
  ],
});

// ── 6. CAC code editor (coder's working claim lines), table ──
const codeEditor = table({
  id: 's85-editor',
  kind: 's85-cac-code-editor-lines-grid',
  caption: 'Code editor — current encounter — professional and facility lines',
  headers: ['Ln', 'Proc', 'Mod', 'Units', 'Dx ptr', 'Source', 'Charge'],
  rows: [
    ['1', '{27447}', 'RT', '1', 'A', 'NLP (0.98)', '[38250].00'],
    ['2', '{64445}', '59', '1', 'A B', 'NLP (0.97)', '1,140.00'],
    ['3', '{01402}', 'AA', '1', 'A', 'Manual', '2,310.00'],
    ['4', '{76942}', '26', '1', 'A', 'NLP (0.55)', '310.00'],
    ['5', '{99238}', '', '1', 'A', 'Deleted by coder', '—'],
  ],
});

// ── 7. Ambient AI scribe draft note, text layer ──
const scribeNote = lines({
  id: 's85-scribe',
  kind: 's85-ambient-scribe-draft-note-text',
  before: 'DRAFT — generated by ambient scribe — review before signing',
  text: [
    'Subjective: 58 y/o F with 3 yrs of left hemifacial spasm, last Botox 08/2025, good response for ~10 weeks.',
    'Lives in Marion, IA [52302]; works nights; asks about moving injections to her Hiawatha clinic ([52233]).',
    'Objective: intermittent synkinetic twitching of L orbicularis oculi and zygomaticus; no weakness.',
    'Procedure: chemodenervation of L facial nerve muscles, onabotulinumtoxinA 30 units, EMG guidance.',
    'NDC [00023]-1145-01, lot C7710C4; 70 units wasted (documented).',
    'Plan: repeat in 12 weeks. Bill {64612} with {95874}; drug on the J code line.',
    'Source: session [64612], 17 min audio; visit id V[72304]; draft not yet signed.',
  ].join('\n'),
});

// ── 8. Scribe suggested-codes sidebar, table ──
const scribeSidebar = table({
  id: 's85-sidebar',
  kind: 's85-scribe-suggested-codes-sidebar-grid',
  caption: 'Suggested codes (AI) — tap to add to charge',
  headers: ['Code', 'Why', 'Add'],
  rows: [
    ['{64612}', 'chemodenervation facial nerve, unilateral', '✓'],
    ['{95874}', 'needle EMG guidance mentioned', '✓'],
    ['{99214}', 'separate E/M? only if significant, separately identifiable', '—'],
    ['{64615}', 'not supported: no migraine protocol in note', '✕'],
  ],
});

// ── 9. Scribe draft for a podiatry visit, with inline code chips, text layer (same page shape as 7) ──
const scribePodiatry = lines({
  id: 's85-scribepod',
  kind: 's85-ambient-scribe-draft-note-text',
  before: 'Draft note — Podiatry — Dr. Achebe — recorded 11/04 10:12',
  text: [
    'A/P: Morton neuroma, left 3rd interspace, failed steroid x2 and orthotics.',
    'Performed: dehydrated alcohol neurolysis, 3rd common digital nerve [chip: {64632}], US-guided [chip: {76942}].',
    'If no relief after series of 3, discuss excision ({28080}).',
    'Follow-up 2 weeks, Hiawatha clinic, 1200 N Center Point Rd, ZIP [52233].',
  ].join('\n'),
});

// ── 10. Coder override audit report, table ──
const overrideAudit = table({
  id: 's85-override',
  kind: 's85-coder-override-audit-report-grid',
  caption: 'Override audit — coder changes to AI-suggested codes — Oct 2025',
  headers: ['Audit id', 'Encounter', 'Coder', 'AI suggested', 'Final', 'Reason', 'When'],
  rows: [
    ['[64714]', 'OP-[30112]', 'kmoreno', '{64712}', '{64708}', 'Wrong nerve (tibial, not sciatic)', '10/02 09:41'],
    ['[64718]', 'OP-[30158]', 'kmoreno', '{64445}', '—', 'Block by anesthesia, not surgeon', '10/02 11:05'],
    ['[64731]', 'OP-[30204]', 'dpatel', '{64632} ×2', '{64632} ×1', 'Units: one interspace', '10/06 14:17'],
    ['[64790]', 'OP-[30377]', 'dpatel', '{64612}', '{64616}', 'Cervical dystonia, not facial', '10/09 08:52'],
    ['[64802]', 'OP-[30419]', 'lwright', '{64721}', '{64718}', 'Ulnar at elbow per op note', '10/13 15:30'],
    ['[64815]', 'OP-[30466]', 'lwright', '{99204}', '{99203}', 'MDM low', '10/14 10:02'],
  ],
});

// ── 11. Override audit summary, text layer ──
const overrideSummary = lines({
  id: 's85-ovsum',
  kind: 's85-override-audit-summary-text',
  before: 'Summary — prepared by Coding Quality',
  text: [
    '1,842 AI-suggested lines reviewed; 211 overridden (11.5%).',
    'Most frequent pair: engine proposed {64712} where the note documents tibial or common peroneal neurolysis ({64708}).',
    'Second: {64445} suggested on the surgeon’s claim when the block was placed by anesthesia (should stay on the anesthesia claim).',
    'Chemodenervation: {64612} vs {64616} confusion in 9 charts, all in neurology clinic.',
    'Recommendation ticket [41205] opened with vendor; next review of audit batch [48448] in January.',
  ].join('\n'),
});

// ── 12. Autonomous coding accuracy dashboard, by code, table ──
const accuracyByCode = table({
  id: 's85-acccode',
  kind: 's85-autocoding-accuracy-by-code-grid',
  caption: 'Autonomous coding — accuracy by code — trailing 90 days',
  headers: ['CPT', 'Encounters', 'Auto-coded', 'Precision', 'Recall', 'Overrides'],
  rows: [
    ['{64445}', '[12341]', '91.2%', '0.981', '0.944', '38'],
    ['{64712}', '412', '63.0%', '0.902', '0.871', '27'],
    ['{64714}', '88', '41.5%', '0.853', '0.790', '12'],
    ['{64632}', '1,206', '84.7%', '0.966', '0.958', '19'],
    ['{64612}', '655', '72.1%', '0.911', '0.902', '31'],
    ['{64483}', '[10203]', '93.8%', '0.988', '0.975', '22'],
    ['{62323}', '[14266]', '94.0%', '0.990', '0.981', '17'],
  ],
});

// ── 13. Accuracy dashboard, by specialty, table ──
const accuracyBySpec = table({
  id: 's85-accspec',
  kind: 's85-autocoding-accuracy-by-specialty-grid',
  caption: 'Accuracy by specialty — trailing 90 days',
  headers: ['Specialty', 'Charts', 'Automation rate', 'Top override', 'Median latency (ms)'],
  rows: [
    ['Anesthesiology', '[28602]', '88%', '{64445}', '[11849]'],
    ['Pain medicine', '[15917]', '79%', '{64712}', '[14049]'],
    ['Podiatry', '6,410', '81%', '{64632}', '9,120'],
    ['Neurology', '4,377', '70%', '{64612}', '[10640]'],
    ['Orthopaedics', '[21566]', '76%', '{29881}', '[12902]'],
  ],
});

// ── 14. Dashboard KPI tiles, text layer (decoy only) ──
const kpiTiles = lines({
  id: 's85-kpi',
  kind: 's85-autocoding-dashboard-kpi-tiles-text',
  before: 'Autonomous Coding Dashboard — Cedar Valley Health — Nov 2025',
  text: [
    'Charts received [76254]',
    'Auto-finalized [58121]  (76.3%)',
    'Sent to coder [18133]',
    'Avg. days DOS → bill 1.8',
    'Denials attributed to coding 412',
    'Hours saved (est.) [11364]',
    'Scribe sessions [35618]',
    'Notes signed without edits [21904]',
  ].join('\n'),
});

// ── 15. Model release note, text layer ──
const releaseNote = lines({
  id: 's85-release',
  kind: 's85-model-release-note-text',
  before: 'Release notes — coding engine 2025.11',
  text: [
    'Engine 2025.11 (build 7.4.[39645]) is live for all tenants as of 11/10.',
    'Newly supported codes for autonomous finalization: {64712}, {64714}, {64632}, {64445} and {64612}.',
    'Also promoted from suggest-only to autonomous: {64455}, {64616}, {64642} and {64643}.',
    'Known issue: {64714} may be suggested for psoas compartment (lumbar plexus) blocks, which are {64450} or {64449}.',
    'Regression fixed from build 7.4.[39512]: laterality modifiers dropped on {64632} lines with units > 1.',
    'Tenant count upgraded: 214. Evaluation set: [24118] notes from 61 sites.',
  ].join('\n'),
});

// ── 16. Release note supported codes table, table ──
const releaseTable = table({
  id: 's85-reltable',
  kind: 's85-release-supported-codes-grid',
  caption: 'Supported codes added in this release',
  headers: ['Item', 'Descriptor (short)', 'Mode', 'Min. confidence', 'Eval charts'],
  rows: [
    ['{64712}', 'Revision of sciatic nerve', 'Autonomous', '0.92', '1430'],
    ['{64714}', 'Revise low back nerve(s)', 'Autonomous', '0.95', '318'],
    ['{64632}', 'Destr plantar digit nerve', 'Autonomous', '0.90', '2675'],
    ['{64445}', 'N block inj sciatic sng', 'Autonomous', '0.90', '[31062]'],
    ['{64612}', 'Destroy nerve face muscle', 'Autonomous', '0.93', '1947'],
    ['{64643}', 'Chemodenerv 1 extrem addl', 'Suggest only', '—', '1212'],
  ],
});

// ── 17. Model card evaluation section, text layer ──
const modelCard = lines({
  id: 's85-modelcard',
  kind: 's85-model-card-evaluation-text',
  before: 'Model card — procedure coding model — evaluation',
  text: [
    'Held-out test set: [24118] outpatient procedure notes, DOS 01/2024–06/2025, 61 facilities in 9 states.',
    'Validation set: [12075] notes (used for threshold tuning only).',
    'Micro-F1 0.947; macro-F1 0.889 over 1318 CPT codes with ≥ 20 test examples.',
    'Lowest F1 among newly supported codes: {64714} (0.81); highest: {64445} (0.97).',
    'Error analysis: {64712} confused with {64708} in 14% of misses; {64632} with {64455} in 9%.',
    'Training data: [93711] de-identified notes; no data from tenant ZIPs [52401] or [52402] was used.',
  ].join('\n'),
});

// ── 18. Suggestion API response (JSON), text layer ──
const apiJson = lines({
  id: 's85-apijson',
  kind: 's85-suggestions-api-json-text',
  before: 'POST /v2/encounters/suggest — 200 OK (response body)',
  text: [
    '{ "encounterId": "[31925]", "tenant": "cvh", "latencyMs": [12840],',
    '  "documents": [{ "id": "doc-[77223]", "type": { "system": "http://loinc.org", "code": "[28570]-0" } }],',
    '  "suggestions": [',
    '    { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}", "confidence": 0.83, "units": 1 },',
    '    { "system": "http://www.ama-assn.org/go/cpt", "code": "{95874}", "confidence": 0.77, "units": 1 },',
    '    { "system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "G51.31", "confidence": 0.95 }',
    '  ], "modelBuild": "7.4.[39645]", "requestId": "r-[82798]" }',
  ].join('\n'),
});

// ── 19. Second API response, rejected alternatives, text layer (same page shape as 18) ──
const apiJson2 = lines({
  id: 's85-apijson2',
  kind: 's85-suggestions-api-json-text',
  before: 'GET /v2/encounters/{id}/suggestions?includeRejected=true',
  text: [
    '"accepted": [ { "code": "{64712}", "score": 0.94, "evidence": [ { "doc": "op-[57708]", "start": 882, "end": 951 } ] } ],',
    '"rejected": [ { "code": "{64714}", "score": 0.31, "reason": "below_threshold" },',
    '              { "code": "{64445}", "score": 0.28, "reason": "performed_by_other_provider" } ],',
    '"auditTrail": { "reviewer": "kmoreno", "reviewerId": "[20471]", "ts": "2025-11-03T16:22:09Z" }',
  ].join('\n'),
});

// ── 20. Suggestion XML export (legacy interface), text layer ──
const xmlExport = lines({
  id: 's85-xml',
  kind: 's85-cac-suggestion-xml-export-text',
  before: 'Legacy CAC export — suggestions.xml',
  text: [
    '<Encounter id="[31947]" facility="CVSC" zip="[52402]">',
    '  <Suggestion codeSystem="CPT" value="{29881}" confidence="0.66" status="pending"/>',
    '  <Suggestion codeSystem="CPT" value="{64447}" confidence="0.58" status="pending"/>',
    '  <Suggestion codeSystem="CPT" value="{64445}" confidence="0.41" status="rejected" by="dpatel"/>',
    '  <Batch ref="[57413]" rows="14"/>',
    '</Encounter>',
  ].join('\n'),
});

// ── 21. CSV export of accepted codes, text layer ──
const csvExport = lines({
  id: 's85-csv',
  kind: 's85-accepted-codes-csv-export-text',
  before: 'accepted_codes_2025-11-07.csv (first rows)',
  text: [
    'enc_id,dos,cpt,mod,units,accepted_by,batch',
    '[31870],2025-11-03,{64712},,1,auto,[64632]',
    '[31902],2025-11-04,{64632},LT,1,auto,[57412]',
    '[31911],2025-11-04,{64445},59,1,kmoreno,[57412]',
    '[31930],2025-11-05,{64615},,1,auto,[57413]',
    '[31933],2025-11-05,{64612},,1,dpatel,[57413]',
  ].join('\n'),
});

// ── 22. Coder feedback ticket, prose, text layer ──
const ticket = lines({
  id: 's85-ticket',
  kind: 's85-coder-feedback-ticket-prose-text',
  before: 'Support portal — new ticket — Category: Coding accuracy',
  text: [
    'Ticket #[64445] — opened by K. Moreno, CPC, Cedar Valley Health (customer no. [86882])',
    'Since the 2025.11 upgrade the engine auto-finalizes sciatic neurolysis as {64712} even when the op note says',
    'the tibial branch was released below the knee. We recode those to {64708}. It also keeps adding the sciatic block',
    '({64445}) to the orthopaedic surgeon’s claim when anesthesia placed it. Examples: OP-[30112], OP-[30158], OP-[31874].',
    'Please turn off autonomous mode for {64712} and {64714} at our tenant until this is fixed.',
  ].join('\n'),
});

// ── 23. Vendor reply thread on the ticket, text layer (same page shape as 22) ──
const ticketThread = lines({
  id: 's85-thread',
  kind: 's85-coder-feedback-ticket-prose-text',
  before: 'Ticket thread — 3 replies',
  text: [
    'Vendor (clinical coding lead): Thanks. We reproduced it on 12 of your charts. Autonomous mode for',
    'the sciatic and lumbar plexus neuroplasty codes is now suggest-only for tenant cvh (change request [77446]).',
    'A patch to build 7.4.[39645] that reads the nerve named in the findings, not the approach, is scheduled.',
    'K. Moreno: Please include {64632} in the regression set — units were dropped again on OP-[31902].',
    'Vendor: Added. Credit memo [64712] issued for 41 charts recoded during the incident window.',
  ].join('\n'),
});

// ── 24. HL7 v2 DFT^P03 export of accepted codes, text layer ──
const hl7 = lines({
  id: 's85-hl7',
  kind: 's85-hl7-dft-accepted-codes-text',
  before: 'Interface engine — outbound DFT^P03 to patient accounting (accepted codes)',
  text: [
    'MSH|^~\\&|CAC|CVH|PATACCT|CVH|20251105143012||DFT^P03|[64445]|P|2.5.1',
    'EVN|P03|20251105143012',
    'PID|1||00418833^^^CVH^MR||HOLLIS^RAY||19630214|M|||14 Ash Ct^^Marion^IA^[52302]',
    'PV1|1|O|CVSC^OR3||||[20471]^NGUYEN^TAM',
    'FT1|1|||20251103||CG|{64714}^NEUROPLASTY LUMBAR PLEXUS^CPT|||1|||||||||||||||{64714}',
    'FT1|2|||20251103||CG|{77002}^FLUORO GUIDE NEEDLE^CPT|||1|||||||||||||||{77002}',
    'PR1|1|CPT|{64714}^NEUROPLASTY LUMBAR PLEXUS^CPT||20251103',
  ].join('\n'),
});

// ── 25. FHIR Claim export, text layer ──
const fhir = lines({
  id: 's85-fhir',
  kind: 's85-fhir-claim-export-json-text',
  before: 'FHIR R4 export — Claim (professional) built from accepted codes',
  text: [
    '"resourceType": "Claim", "id": "cl-[71904]", "status": "draft", "use": "claim",',
    '"supportingInfo": [{ "sequence": 1, "code": { "coding": [{ "system": "http://loinc.org", "code": "[11506]-3" }] } }],',
    '"item": [{ "sequence": 1, "encounter": [{ "reference": "Encounter/enc-[64612]" }],',
    '  "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}" }] },',
    '  "modifier": [{ "coding": [{ "code": "LT" }] }], "quantity": { "value": 1 } },',
    '{ "sequence": 2, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{76942}" }] } }],',
    '"billablePeriod": { "start": "2025-11-04" }, "provider": { "identifier": { "value": "[55463]" } }',
  ].join('\n'),
});

// ── 26. Dual-coding QA sample, table ──
const dualCoding = table({
  id: 's85-dual',
  kind: 's85-dual-coding-qa-sample-grid',
  caption: 'Quality sample — AI vs. coder vs. auditor (blind) — week 45',
  headers: ['Sample', 'Enc', 'AI', 'Coder', 'Auditor', 'Agree'],
  rows: [
    ['1', '[31870]', '{64712}', '{64712}', '{64712}', 'All'],
    ['2', '[31874]', '{64714}', '{64714}', '{64714} {77002}', 'AI+Coder'],
    ['3', '[31911]', '{64445}', '—', '—', 'Coder+Auditor'],
    ['4', '[31925]', '{64612}', '{64612}', '{64612}', 'All'],
    ['5', '[31947]', '{29881}', '{29880}', '{29880}', 'Coder+Auditor'],
    ['6', '[32006]', '{64721}', '{64721}', '{64721}', 'All'],
  ],
});

// ── 27. Denial feedback loop report, table ──
const denials = table({
  id: 's85-denials',
  kind: 's85-denial-feedback-loop-report-grid',
  caption: 'Denials on auto-finalized claims — fed back to the model — Oct 2025',
  headers: ['Claim #', 'Payer', 'Billed code', 'CARC', 'Root cause', 'Remit lockbox'],
  rows: [
    ['[60949]', 'Medicare (WPS)', '{64445}', 'CO-97', 'Bundled with {27447} global', 'PO Box [14049]'],
    ['[60998]', 'Wellmark', '{64632}', 'CO-151', 'Frequency: 3rd session in 30 days', 'Des Moines [50306]'],
    ['[61053]', 'UHC', '{64612}', 'CO-4', 'Modifier 50 expected', 'Atlanta [30348]'],
    ['[61129]', 'Aetna', '{64712}', 'CO-11', 'Dx G57.01 vs. engine-picked G57.91', 'Pittsburgh [15264]'],
    ['[61150]', 'Medicaid MCO', '{99213}', 'CO-B15', 'E/M same day as {64632}', 'PO Box [64445]'],
  ],
});

// ── 28. CAC rule configuration screen, table ──
const rules = table({
  id: 's85-rules',
  kind: 's85-cac-routing-rule-config-grid',
  caption: 'Routing rules — tenant cvh — edit mode',
  headers: ['Rule', 'When engine suggests', 'And', 'Then', 'Owner id'],
  rows: [
    ['R-[57534]', '{64712} or {64714}', 'any confidence', 'Route to Tier 2 queue', '[20471]'],
    ['R-[57590]', '{64445}', 'surgeon is rendering', 'Hold: check anesthesia record', '[20488]'],
    ['R-[57760]', '{64632}', 'units > 1', 'Require laterality + interspace', '[20488]'],
    ['R-[57861]', '{64612}', 'also {64615}', 'Route to neurology coder', '[20503]'],
    ['R-[57905]', '{95874}', 'no chemodenervation line', 'Drop suggestion', '[20503]'],
  ],
});

// ── 29. CDI / coder query generated from a CAC gap, text layer ──
const cdiQuery = lines({
  id: 's85-cdi',
  kind: 's85-cac-generated-physician-query-text',
  before: 'Physician query — generated from CAC documentation gap — please respond in the EHR',
  text: [
    'Dr. Nguyen — for encounter OP-[31874] the coding engine found support for lumbar plexus neuroplasty',
    '({64714}) but the op note also describes exploration of the sciatic nerve at the sciatic notch.',
    'Was a separate sciatic neurolysis performed (which would be reported as {64712})? ☐ Yes ☐ No ☐ Unable to determine',
    'Query id [48886]; response due 11/12/2025. Copy to coding supervisor (ext. 4417).',
  ].join('\n'),
});

// ── 30. Coder productivity report, table ──
const productivity = table({
  id: 's85-prod',
  kind: 's85-coder-productivity-with-assist-grid',
  caption: 'Coder productivity — with CAC assist — October',
  headers: ['Coder', 'Employee #', 'Charts', 'Charts/hr', 'Accept rate', 'Most-edited svc'],
  rows: [
    ['kmoreno', '[40375]', '2,118', '14.2', '86%', '{64712}'],
    ['dpatel', '[40412]', '1,902', '12.8', '81%', '{64612}'],
    ['lwright', '[40588]', '2,006', '13.1', '84%', '{64721}'],
    ['jchoi (new)', '[41093]', '744', '8.9', '92%', '{64445}'],
  ],
});

// ── 31. Model version history, table (decoy only) ──
const versionHistory = table({
  id: 's85-versions',
  kind: 's85-model-version-history-grid',
  caption: 'Coding engine — version history',
  headers: ['Release', 'Build', 'Deployed', 'Training notes', 'Change log ref'],
  rows: [
    ['2025.11', '7.4.[39645]', '11/10/2025', '[93711]', 'CL-[10033]'],
    ['2025.09', '7.3.[38802]', '09/15/2025', '[88274]', 'CL-[10020]'],
    ['2025.09 hotfix', '7.3.[64612]', '09/29/2025', '[88274]', 'CL-[10024]'],
    ['2025.06', '7.2.[36110]', '06/09/2025', '[81107]', 'CL-[10007]'],
  ],
});

// ── 32. User license and seat roster, table (decoy only) ──
const seatRoster = table({
  id: 's85-seats',
  kind: 's85-user-license-seat-roster-grid',
  caption: 'Licensed users — Cedar Valley Health — 38 of 40 seats assigned',
  headers: ['Seat', 'User', 'Role', 'Site', 'Site ZIP', 'Last login'],
  rows: [
    ['[64714]', 'K. Moreno', 'Coder II', 'Main campus', '[52401]', '11/07 07:58'],
    ['[64715]', 'D. Patel', 'Coder II', 'Main campus', '[52401]', '11/07 08:03'],
    ['[64716]', 'L. Wright', 'Coding QA', 'Surgery Ctr', '[52402]', '11/06 16:40'],
    ['[64717]', 'J. Choi', 'Coder I', 'Hiawatha', '[52233]', '11/07 09:12'],
    ['[64719]', 'T. Nguyen MD', 'Clinician (scribe)', 'Surgery Ctr', '[52402]', '11/05 18:22'],
  ],
});

// ── 33. Order form / license agreement excerpt, text layer (decoy only) ──
const orderForm = lines({
  id: 's85-order',
  kind: 's85-license-order-form-text',
  before: 'ORDER FORM — Software subscription (Coding Engine + Ambient Scribe)',
  text: [
    'Customer: Cedar Valley Health, 1026 A Ave NE, Cedar Rapids, IA [52402]   Customer no. [86882]',
    'Vendor: Lumen Autocode, Inc., 535 Mission St, San Francisco, CA [94105]',
    'Quote [57948] valid 30 days. Term 36 months from 01/01/2026.',
    'Coder seats 40 × $1,950/yr; scribe seats 120; per-encounter fee $0.42 above [80000] encounters/month.',
    'Remit to: Lumen Autocode, PO Box [64712], Chicago, IL [60695]   Customer PO [45120]',
  ].join('\n'),
});

// ── 34. Ambient scribe session log, text layer (decoy only) ──
const sessionLog = lines({
  id: 's85-sessions',
  kind: 's85-scribe-session-log-text',
  before: 'Ambient scribe — session log — clinician T. Nguyen — 11/05',
  text: [
    'Session [64612]  08:02–08:19  audio 17:04  tokens [18459]  note drafted 08:20',
    'Session [64620]  08:31–08:44  audio 12:51  tokens [13618]  note drafted 08:45',
    'Session [64637]  09:10–09:38  audio 27:40  tokens [28442]  edits by clinician 6',
    'Device id [77141] (iPhone, app 3.18.2)   Consent on file: yes   Upload latency [12097] ms',
  ].join('\n'),
});

// ── 35. Vendor invoice, text layer (decoy only) ──
const invoice = lines({
  id: 's85-invoice',
  kind: 's85-vendor-usage-invoice-text',
  before: 'Lumen Autocode, Inc. — INVOICE',
  text: [
    'Invoice [64712]-B   Date 11/01/2025   Terms net 45   Customer no. [86882]',
    'Encounters processed (Oct) [81452]; included [80000]; overage 1,452 × $0.42 = $609.84',
    'Credit memo applied: −$1,230.00   Balance due $[19406].57',
    'Remit: PO Box [64712], Chicago, IL [60695]   ACH ref [27503]   Your PO [45120]',
  ].join('\n'),
});

// ── 36. AI-drafted after-visit summary, text layer (decoy only) ──
const avs = lines({
  id: 's85-avs',
  kind: 's85-scribe-after-visit-summary-text',
  before: 'After-visit summary (AI draft, reviewed by clinician) — Cedar Valley Neurology',
  text: [
    'Your next appointment: 02/04/2026 8:40 AM with Dr. Nguyen, confirmation no. [72519]',
    'Clinic: 1160 5th Ave SE, Suite 210, Cedar Rapids, IA [52403] (parking ramp on 12th St)',
    'Pharmacy on file: Hy-Vee #1452, 5050 Edgewood Rd NE, Cedar Rapids, IA [52411]',
    'Your insurance approved the injections: reference [83307], valid through 05/31/2026',
    'Billing questions: Patient Financial Services, PO Box [74518], Cedar Rapids, IA [52406]',
  ].join('\n'),
});

// ── 37. Tenant configuration audit log, text layer ──
const configLog = lines({
  id: 's85-configlog',
  kind: 's85-cac-tenant-config-audit-log-text',
  before: 'Audit log — tenant cvh — configuration changes (UTC)',
  text: [
    '2025-11-10T15:02:11Z uid=[30552] event=[91488] set autonomous_enabled=false code={64712}',
    '2025-11-10T15:02:40Z uid=[30552] event=[91489] set autonomous_enabled=false code={64714}',
    '2025-11-10T15:04:03Z uid=[30552] event=[91490] set min_confidence code={64632} 0.90 -> 0.94',
    '2025-11-10T15:09:55Z sso login from 10.40.2.18:[51622] uid=[30561] event=[91493] result=ok',
    '2025-11-11T07:30:00Z job=feedback-export rows=[41870] bytes=18223341 event=[91502]',
  ].join('\n'),
});

// ── 38. Scribe adoption by clinician, table ──
const adoption = table({
  id: 's85-adoption',
  kind: 's85-scribe-adoption-by-clinician-grid',
  caption: 'Ambient scribe adoption — by clinician — October',
  headers: ['Clinician', 'Cost center', 'Sessions', 'Signed w/o edits', 'Top suggested'],
  rows: [
    ['Nguyen, Tam MD', '[41150]', '388', '61%', '{64714}'],
    ['Achebe, Ngozi DPM', '[41160]', '512', '72%', '{64632}'],
    ['Lindqvist, Eva MD', '[41175]', '296', '58%', '{64612}'],
    ['Romero, Luis MD', '[41190]', '430', '66%', '{64445}'],
    ['Baptiste, Claire PA-C', '[41210]', '205', '49%', '{99213}'],
  ],
});

// ── 39. Interface error queue for accepted codes, table ──
const interfaceErrors = table({
  id: 's85-ifaceerr',
  kind: 's85-charge-interface-error-queue-grid',
  caption: 'Charge interface — rejected messages from CAC — needs work',
  headers: ['Msg ctrl id', 'Encounter', 'Segment', 'Error', 'Value'],
  rows: [
    ['[70318]', '[31955]', 'FT1-7', 'No CDM item mapped to code', '{64714}'],
    ['[70344]', '[31962]', 'FT1-26', 'Modifier 50 not allowed', '{64612}'],
    ['[70392]', '[31978]', 'FT1-10', 'Quantity 3 exceeds MUE', '{64632}'],
    ['[70415]', '[31990]', 'PR1-3', 'Procedure performed by other provider', '{64445}'],
    ['[70461]', '[32011]', 'FT1-7', 'Code inactive for DOS', '{64712}'],
  ],
});

export const sealed85: Snippet[] = [
  ...worklist,
  ...queueBar,
  ...encHeader,
  ...evidence,
  ...evidenceGrid,
  ...codeEditor,
  ...scribeNote,
  ...scribeSidebar,
  ...scribePodiatry,
  ...overrideAudit,
  ...overrideSummary,
  ...accuracyByCode,
  ...accuracyBySpec,
  ...kpiTiles,
  ...releaseNote,
  ...releaseTable,
  ...modelCard,
  ...apiJson,
  ...apiJson2,
  ...xmlExport,
  ...csvExport,
  ...ticket,
  ...ticketThread,
  ...hl7,
  ...fhir,
  ...dualCoding,
  ...denials,
  ...rules,
  ...cdiQuery,
  ...productivity,
  ...versionHistory,
  ...seatRoster,
  ...orderForm,
  ...sessionLog,
  ...invoice,
  ...avs,
  ...configLog,
  ...adoption,
  ...interfaceErrors,
];
