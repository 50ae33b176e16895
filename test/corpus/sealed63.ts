import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 63 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s63-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64708, 64447, 64615, 64640, 64721 …). About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as encounter, batch, employee, ticket, contract, asset and invoice
 * numbers, ZIPs, counts and prices written without a dollar sign. The five known codes' digits come back as decoys:
 * an employee id, a batch number, a PO box, a ticket number, an asset tag, a contract suffix, a ZIP-like client site
 * field and a chart count.
 *
 * Family: outsourced coding vendors and coding quality assurance: a vendor productivity tracker (charts per hour,
 * encounter ids, batch numbers), a QA audit scorecard (original vs corrected CPT, error category, points), an
 * AHIMA-style audit worksheet, a client feedback log, coder chat and ticket threads about nerve procedures (64712 vs
 * 64708, 64445 vs 64447, 64612 vs 64615, 64632 units), a coding guideline wiki page with examples, an education memo
 * after an audit, a rebuttal form and rebuttal grid, an inter-rater reliability report, an invoice to the client
 * (per-chart rates), a coder onboarding checklist, a work-queue CSV export and grid with data-dictionary column
 * names, a DRG/APC variance report, the interface views a vendor QA desk reads (an 837P segment dump, an HL7 DFT
 * error queue, a JSON and an XML audit export), a denial worklist and a physician query, and the decoy-only pages
 * around them (time sheet with employee ids, VPN/device inventory, vendor SOW with contract numbers).
 * Built on real public layouts: the AHIMA-style coding audit worksheet (record, original code, audited code, variance
 * type, financial impact), a ticketing system's thread view (ticket #, requester, status, public reply / internal
 * note), a CSV export with snake_case columns, the X12 837P SV1 and HI segments, the HL7 v2 DFT^P03 FT1 segment, the
 * APC/DRG variance report of an outpatient audit, and a standard professional-services SOW. The others are written
 * the way those pages read, with no single source.
 *
 * 399 labelled tokens over 33 shapes: 175 codes, 224 decoys, 67 of the decoys in KNOWN_10K.
 */

// ── 1. Vendor productivity tracker, web grid ──
const prodGrid = table({
  id: 's63-prod',
  kind: 's63-vendor-productivity-tracker-grid',
  caption: 'Productivity — Meridian Coding Partners — client: Lakeshore Ortho & Pain — week ending 03/14/2025',
  headers: ['Coder', 'Emp #', 'Batch', 'Charts', 'Hours', 'CPH', 'Top CPT', 'Accuracy'],
  rows: [
    ['R. Delgado', '[40200]', '[64445]', '212', '38.5', '5.5', '{64445}', '97.2%'],
    ['M. Patel', '[41171]', '[64449]', '188', '37.0', '5.1', '{64712}', '95.8%'],
    ['J. Okafor', '[64712]', '[64450]', '241', '40.0', '6.0', '{64632}', '98.1%'],
    ['S. Lindqvist', '[42128]', '[64451]', '96', '20.0', '4.8', '{64612}', '93.4%'],
    ['T. Boateng', '[43871]', '[64452]', '175', '36.0', '4.9', '{20610}', '96.0%'],
  ],
});

// ── 2. Productivity daily summary e-mail, text ──
const prodDaily = lines({
  id: 's63-proddaily',
  kind: 's63-productivity-daily-summary-text',
  before: 'From: ops-lead@meridiancoding.example — Subject: Daily production 03/12',
  text: [
    'Team total: 1,184 charts; backlog [12346] encounters (DOS 02/24–03/07), SLA 72h.',
    'Pain clinic batch [44964] closed at 14:20; 31 charts held for missing op notes.',
    'Slowest queue: peripheral nerve (neuroplasty {64712}, {64708}, {64721}) — averaging 3.2 CPH.',
    'Okafor coded [64632] lines lifetime on this client (no, that is not a CPT, it is the tracker count).',
    'Reminder: client site ID [45821] is the ortho group; site [46770] is the pain group.',
  ].join('\n'),
});

// ── 3. QA audit scorecard, table ──
const qaScore = table({
  id: 's63-qascore',
  kind: 's63-qa-audit-scorecard-grid',
  caption: 'QA Scorecard — Q1 2025 — coder J. Okafor (Emp [64712]) — sample 30 charts',
  headers: ['Enc ID', 'Original CPT', 'Corrected CPT', 'Error category', 'Pts', 'Auditor'],
  rows: [
    ['[47831]', '{64708}', '{64712}', 'Wrong nerve (sciatic)', '-3', 'KH'],
    ['[48869]', '{64447}', '{64445}', 'Wrong nerve (femoral → sciatic)', '-3', 'KH'],
    ['[49987]', '{64615}', '{64612}', 'Indication (blepharospasm, not migraine)', '-3', 'AL'],
    ['[50934]', '{64632} x1', '{64632} x2', 'Units', '-2', 'AL'],
    ['[51859]', '{64714}', '{64714}', 'No error', '0', 'KH'],
    ['[52619]', '{64445}', '{64445}, {76942}', 'Omitted guidance', '-1', 'AL'],
    ['[53607]', '{99214}-25', '{99213}-25', 'E/M level', '-1', 'KH'],
  ],
});

// ── 4. AHIMA-style audit worksheet, PDF text layer ──
const ahimaWs = lines({
  id: 's63-ahima',
  kind: 's63-ahima-audit-worksheet-text',
  before: 'Coding Audit Worksheet — Outpatient/Pro Fee — Reviewer: K. Haas, RHIT, CCS-P',
  text: [
    'Record #: [54696]   Acct: 7712-[55576]   DOS: 02/18/2025   Facility ZIP: [56430]',
    'Original code(s): {64712}   Audited code(s): {64712}, {64708}-59   Variance: missed secondary',
    'Original code(s): {64445}   Audited code(s): {64446}   Variance: catheter left in place (continuous)',
    'Financial impact: +212.40   Points deducted: 2   Sample line [57348]',
    'Reviewer comment: op note documents "neurolysis of sciatic nerve at the sciatic notch" — supports {64712}.',
  ].join('\n'),
});

// ── 5. Client feedback log, table ──
const feedback = table({
  id: 's63-feedback',
  kind: 's63-client-feedback-log-grid',
  caption: 'Client Feedback Log — Lakeshore Ortho & Pain — open items',
  headers: ['Ref', 'Date', 'From', 'Item', 'Vendor response', 'Status'],
  rows: [
    [
      '[58322]',
      '02/27',
      'CBO mgr',
      'Why was {64632} billed with 2 units on one foot?',
      'Two interspaces injected',
      'Closed',
    ],
    [
      '[59149]',
      '03/03',
      'Dr. Amin',
      'Botox for hemifacial spasm should be {64612} not {64615}',
      'Agreed, corrected',
      'Closed',
    ],
    ['[60192]', '03/05', 'Payer liaison', 'Denials on {64714} — lumbar plexus neuroplasty', 'Researching', 'Open'],
    ['[61221]', '03/10', 'CBO mgr', 'Charge lag on site [46770]', 'Backlog [12346] encounters', 'Open'],
  ],
});

// ── 6. Coder chat thread: 64712 vs 64708, team chat view ──
const chatSciatic = lines({
  id: 's63-chat1',
  kind: 's63-coder-chat-thread-neuroplasty',
  before: '#pain-ortho-coders — Today',
  text: [
    'Priya M 9:02 AM: op note says "external neurolysis, sciatic nerve, posterior thigh" — {64712} or {64708}?',
    'Kevin H 9:04 AM: sciatic has its own code, so {64712}... sorry, {64712}. {64708} is the catch-all for other arm/leg nerves.',
    'Priya M 9:05 AM: ok. enc [62185], batch [64449]. Also a tibial release same session?',
    'Kevin H 9:07 AM: then {64708} for the tibial with 59, {64712} primary. Check the NCCI table first.',
    'Priya M 9:09 AM: thx 👍 (queue shows [63031] charts left, ugh)',
  ].join('\n'),
});

// ── 7. Ticket thread: 64445 vs 64447, ticketing system view ──
const ticketBlock = lines({
  id: 's63-tkt1',
  kind: 's63-ticket-thread-nerve-block',
  before: 'Ticket #64073 · Coding question · Priority: Normal · Requester: R. Delgado · Status: Solved',
  text: [
    'R. Delgado (public reply): Anesthesia record says "popliteal sciatic block for post-op pain, single shot". I picked {64447}.',
    'Correction: I picked {64447} — femoral. Should it be {64445}?',
    'K. Haas (internal note): Popliteal approach is still the sciatic nerve → {64445}. Femoral single shot is {64447}.',
    'K. Haas (internal note): If both were done, report {64445} and {64447}; add {76942} only if images are retained.',
    'K. Haas (public reply): Corrected on enc [65090]. Linked to QA item [66236]. Closing.',
  ].join('\n'),
});

// ── 8. Ticket thread: 64612 vs 64615 ──
const ticketBotox = lines({
  id: 's63-tkt2',
  kind: 's63-ticket-thread-chemodenervation',
  before: 'Ticket #67012 · Coding question · Requester: S. Lindqvist · Assigned: Education team',
  text: [
    'S. Lindqvist: Neuro clinic note — onabotulinumtoxinA, 155 units, 31 sites, head and neck, chronic migraine.',
    'S. Lindqvist: Template pre-filled {64612}. I think it should be {64615}?',
    'A. Lutz: Yes. {64615} is migraine specifically. {64612} is facial-nerve muscles (blepharospasm, hemifacial spasm).',
    'A. Lutz: Drug J0585 x155 units, wastage with JW. Do not add {64616} unless cervical dystonia is documented.',
    'S. Lindqvist: fixed on enc [68042]; the template issue is logged as [68927].',
  ].join('\n'),
});

// ── 9. Chat: 64632 units ──
const chatUnits = lines({
  id: 's63-chat2',
  kind: 's63-coder-chat-units-question',
  before: 'Direct message — T. Boateng ↔ K. Haas',
  text: [
    'T. Boateng: podiatry note: alcohol neurolysis 2nd and 3rd interspace, left foot. {64632} x2?',
    'K. Haas: yes, {64632} is per nerve, so 2 units (or {64632} and {64632}-59 if the payer wants lines).',
    'T. Boateng: and the steroid injection at the 3rd interspace two weeks earlier was {64455}, right?',
    'K. Haas: right. Different DOS. For enc [69948] put units 2 on the single line.',
  ].join('\n'),
});

// ── 10. Coding guideline wiki page with examples, text ──
const wiki = lines({
  id: 's63-wiki',
  kind: 's63-coding-guideline-wiki-page',
  before:
    'Confluence › Coding Guidelines › Pain & Peripheral Nerve › Neuroplasty and destruction (last edited by K. Haas)',
  text: [
    'Rule 4.2 — Sciatic neuroplasty: code {64712}. Lumbar plexus neuroplasty: code {64714}. Neither with {64708} for the same nerve.',
    'Example A: "decompression of sciatic nerve at piriformis" → {64712} is wrong if only piriformis release; query.',
    'Example B: Morton neuroma chemical neurolysis, 3rd interspace → {64632} x1; excision instead → {28080}.',
    'Example C: Blepharospasm, bilateral → {64612}-50 (check payer: some want 2 units RT/LT).',
    'Example D: Sciatic block, single injection (popliteal or subgluteal) → {64445}; continuous catheter → {64446}.',
    'Page ID [70113] · Space PAINCODE · Version [71223]',
  ].join('\n'),
});

// ── 11. Wiki quick-reference table with vague headers ──
const wikiTable = table({
  id: 's63-wikitab',
  kind: 's63-wiki-quick-reference-table',
  caption: 'Quick reference — nerve procedures (vendor internal)',
  headers: ['Item', 'Value', 'Ref', 'Notes'],
  rows: [
    ['Sciatic neuroplasty', '{64712}', 'Rule 4.2', 'Not with {64708} same nerve'],
    ['Lumbar plexus neuroplasty', '{64714}', 'Rule 4.2', 'Rare; verify approach'],
    ['Plantar digital nerve destruction', '{64632}', 'Rule 4.5', 'Per nerve'],
    ['Sciatic block, single', '{64445}', 'Rule 5.1', 'Popliteal counts'],
    ['Facial n. chemodenervation', '{64612}', 'Rule 6.3', 'Not migraine'],
    ['Internal charge code (CDM)', '[72094]', 'Rule 1.1', 'Maps to {64712} only at Lakeshore'],
  ],
});

// ── 12. Education memo after an audit, text ──
const eduMemo = lines({
  id: 's63-edumemo',
  kind: 's63-education-memo-after-audit',
  before: 'MEMO — To: Pain/Ortho coding team — From: Education — Re: Q1 audit findings (client 7720)',
  text: [
    'The Q1 external audit sampled [72930] claims across all clients; 40 came from this team.',
    'Finding 1: sciatic neuroplasty reported as {64708} instead of {64712} (6 charts). Re-education required.',
    'Finding 2: migraine chemodenervation reported as {64612} (4 charts). Correct code is {64615}.',
    'Finding 3: {64632} billed once when two interspaces were treated (3 charts) — lost units.',
    'Finding 4: femoral and sciatic single-shot blocks swapped ({64447}/{64445}) on 2 charts.',
    'Attendance is mandatory: Thursday 2 PM, bridge [73948], passcode 0419. Audit ref [74772].',
  ].join('\n'),
});

// ── 13. Rebuttal form (coder disagrees with QA finding), form text ──
const rebuttal = lines({
  id: 's63-rebut',
  kind: 's63-qa-rebuttal-form-text',
  before: 'QA Rebuttal Request — submit within 5 business days of scorecard release',
  text: [
    'Coder: M. Patel    Emp #: [41171]    Scorecard ID: [75633]    Encounter: [76531]',
    'Audited finding: Changed {64714} to {64712}; error category "wrong nerve"; −3 pts.',
    'Rebuttal: The op note states "lumbar plexus exposed via retroperitoneal approach, neurolysis performed". That is',
    'the lumbar plexus, not the sciatic nerve, so the original {64714} stands. See guideline page [70113].',
    'Attachments: op note p.2 (redacted), payer policy L[35456].',
    'Outcome (QA lead): Upheld for coder. Points restored. New ref [77563].',
  ].join('\n'),
});

// ── 14. Rebuttal tracking grid ──
const rebutGrid = table({
  id: 's63-rebutgrid',
  kind: 's63-rebuttal-tracking-grid',
  caption: 'Rebuttals — March 2025',
  headers: ['Rebuttal #', 'Coder', 'Orig', 'QA', 'Final', 'Decision', 'Pts'],
  rows: [
    ['[75633]', 'Patel', '{64714}', '{64712}', '{64714}', 'Upheld', '+3'],
    ['[78275]', 'Okafor', '{64445}', '{64447}', '{64447}', 'Denied', '0'],
    ['[79265]', 'Delgado', '{64632}', '{64640}', '{64632}', 'Upheld', '+2'],
    ['[80293]', 'Lindqvist', '{64612}', '{64615}', '{64615}', 'Denied', '0'],
  ],
});

// ── 15. Inter-rater reliability report, table ──
const irr = table({
  id: 's63-irr',
  kind: 's63-inter-rater-reliability-grid',
  caption: 'Inter-rater reliability — blind double-coding — 20 pain charts — Cohen’s κ 0.81',
  headers: ['Chart', 'Coder A', 'Coder B', 'Gold', 'Agree'],
  rows: [
    ['[81411]', '{64712}', '{64712}', '{64712}', 'Y'],
    ['[82597]', '{64445}', '{64447}', '{64445}', 'N'],
    ['[83497]', '{64612}', '{64612}', '{64612}', 'Y'],
    ['[84421]', '{64632} x2', '{64632} x1', '{64632} x2', 'N'],
    ['[85437]', '{64714}', '{64708}', '{64714}', 'N'],
    ['[86444]', '{64483}', '{64483}', '{64483}', 'Y'],
  ],
});

// ── 16. IRR summary paragraph ──
const irrText = lines({
  id: 's63-irrtext',
  kind: 's63-irr-summary-text',
  before: 'Inter-rater reliability — summary and next steps',
  text: [
    'Disagreements clustered on nerve identity: sciatic vs femoral blocks ({64445} vs {64447}) and neuroplasty ({64714} vs {64708}).',
    'Agreement on chemodenervation ({64612}) and digital nerve destruction codes was high except for units.',
    'Sample pulled from batch [87417] and [88396]; [89351] charts remain unreviewed.',
  ].join('\n'),
});

// ── 17. Invoice to the client (per-chart rates), table ──
const invoice = table({
  id: 's63-invoice',
  kind: 's63-vendor-invoice-per-chart-lines',
  caption: 'INVOICE [90451] — Meridian Coding Partners LLC — Bill to: Lakeshore Ortho & Pain, Client # [91457]',
  headers: ['Service', 'Charts', 'Rate', 'Amount', 'PO'],
  rows: [
    ['Pro-fee coding — E/M', '[10401]', '0.85', '8,834.90', '[92366]'],
    ['Pro-fee coding — procedures', '2,214', '2.10', '4,649.40', '[92366]'],
    ['Retro audit — pain (300-chart sample)', '300', '45.00', '[13500]', '[93276]'],
    ['Denial rework', '[11378]', '4.00', 'see detail', '[93276]'],
    ['Total due', '', '', '[19876].30', ''],
  ],
});

// ── 18. Invoice header and remit-to block, PDF text layer (decoy-only) ──
const invoiceHead = lines({
  id: 's63-invhead',
  kind: 's63-vendor-invoice-header-text',
  before: 'Meridian Coding Partners LLC',
  text: [
    'Remit to: PO Box [64612], Kansas City MO [64121]   Tax ID 84-3155207',
    'Invoice [90451]   Period 03/01/2025–03/31/2025   Terms Net 30   Contract MCP-[64714]',
    'Client: Lakeshore Ortho & Pain, 400 Harbor Way, Ste 210, Port Ellery WI [53593]',
    'Questions: billing@meridiancoding.example or 816-555-0144 ext [20373]',
  ].join('\n'),
});

// ── 19. Coder onboarding checklist, list ──
const onboarding = lines({
  id: 's63-onboard',
  kind: 's63-coder-onboarding-checklist',
  before: 'New coder onboarding — Pain & Ortho pod — complete before production',
  text: [
    '☐ Badge and VPN token issued (asset [21228]); EHR login for client site [45821]',
    '☐ Read wiki pages 4.2 (neuroplasty: {64712}, {64714}) and 5.1 (blocks: {64445} vs {64447})',
    '☐ Shadow 20 charts in batch [22048]; code 10 practice charts incl. one {64632} with units',
    '☐ Pass the 25-question test (80%): chemodenervation {64612}/{64615}/{64616}; neurolysis {64640}',
    '☐ Sign confidentiality agreement; HR file [23138]',
  ].join('\n'),
});

// ── 20. Work-queue CSV export with snake_case columns ──
const wqCsv = lines({
  id: 's63-wqcsv',
  kind: 's63-work-queue-csv-export',
  before: 'wq_export_20250314.csv',
  text: [
    'enc_id,acct_no,dos,svc_cd,svc_units,cdm_cd,wq_id,assigned_emp,fac_zip',
    '[24135],LK-[25123],2025-03-03,{64712},1,[26136],PAIN01,[40200],[53593]',
    '[26863],LK-[28109],2025-03-03,{64445},1,[28945],PAIN01,[41171],[53593]',
    '[29846],LK-[30852],2025-03-04,{64632},2,[31808],PODI02,[64712],[53590]',
    '[32740],LK-[33642],2025-03-05,{64612},1,[34565],NEUR03,[42128],[53593]',
    '[35642],LK-[36493],2025-03-05,{64714},1,[37405],PAIN01,[43871],[53590]',
  ].join('\n'),
});

// ── 21. Work-queue grid with data-dictionary column names ──
const wqGrid = table({
  id: 's63-wqgrid',
  kind: 's63-work-queue-data-dictionary-grid',
  caption: 'WQ 4410 — CODING_PEND — sorted by AGE_DAYS desc',
  headers: ['PAT_ENC_CSN', 'HAR', 'PROC_CODE', 'MOD_1', 'QTY', 'PEND_RSN_C', 'AGE_DAYS'],
  rows: [
    ['[38357]', '[39311]', '{64712}', '', '1', 'Op note unsigned', '9'],
    ['[16242]', '[17222]', '{64445}', 'RT', '1', 'Laterality', '7'],
    ['[18261]', '[19404]', '{64632}', 'LT', '2', 'Units > 1 review', '6'],
    ['[20491]', '[21877]', '{64612}', '50', '1', 'Bilateral payer rule', '4'],
    ['[23559]', '[24701]', '{64714}', '', '1', 'Approach not documented', '3'],
  ],
});

// ── 22. DRG/APC variance report, table ──
const apcVar = table({
  id: 's63-apcvar',
  kind: 's63-drg-apc-variance-report-grid',
  caption: 'Outpatient APC Variance — retro audit — Lakeshore ASC — findings with payment change',
  headers: ['Claim', 'HCPCS billed', 'APC billed', 'HCPCS audited', 'APC audited', 'Variance'],
  rows: [
    ['[40981]', '{64712}', '5432', '{64712}', '5432', '0.00'],
    ['[41733]', '{64708}', '5431', '{64712}', '5432', '+1,906.22'],
    ['[42266]', '{64447}', '5442', '{64445}', '5442', '0.00'],
    ['[43028]', '{64615}', '5441', '{64612}', '5441', '0.00'],
    ['[44310]', '{64632}', '5443', '{64640}', '5443', '0.00'],
    ['IP acct [47300]', '—', '—', 'Inpatient DRG 0520 → 0519', '—', '-[12442].18'],
  ],
});

// ── 23. Variance report notes, text ──
const varNotes = lines({
  id: 's63-varnotes',
  kind: 's63-variance-report-notes-text',
  before: 'Auditor notes — APC variance report',
  text: [
    'Claim [41733]: billed as other-nerve neuroplasty; the note names the sciatic nerve, so {64712} applies (same APC family).',
    'Claim [44310]: destruction of plantar digital nerve is its own code; {64640} is wrong; revert to {64632}.',
    'Claim [43028]: code {64612} confirmed by hemifacial spasm diagnosis; {64615} was a template default.',
    'IP account [47300]: DRG shift not related to coding vendor scope; refer to CDI. Variance total -[12442].18.',
  ].join('\n'),
});

// ── 24. Time sheet with employee ids (decoy-only), table ──
const timesheet = table({
  id: 's63-timesheet',
  kind: 's63-coder-time-sheet-grid',
  caption: 'Time sheet — pay period 03/02–03/15/2025 — cost center [49283]',
  headers: ['Employee', 'Emp ID', 'Reg hrs', 'OT hrs', 'PTO', 'Project code', 'Approver ID'],
  rows: [
    ['Delgado, R.', '[40200]', '76.0', '4.5', '0', '[55109]', '[97052]'],
    ['Patel, M.', '[41171]', '72.0', '0', '8', '[55109]', '[97052]'],
    ['Okafor, J.', '[64712]', '80.0', '6.0', '0', '[55103]', '[97052]'],
    ['Lindqvist, S.', '[42128]', '40.0', '0', '0', '[55104]', '[97910]'],
    ['Boateng, T.', '[43871]', '72.0', '2.0', '8', '[55109]', '[97910]'],
  ],
});

// ── 25. VPN / device inventory (decoy-only), table ──
const devices = table({
  id: 's63-devices',
  kind: 's63-vpn-device-inventory-grid',
  caption: 'IT asset register — remote coders — VPN concentrator vpn2.meridiancoding.example',
  headers: ['Asset tag', 'Device', 'Serial', 'Assigned to', 'VPN profile', 'Ship-to ZIP'],
  rows: [
    ['[21228]', 'Latitude 5440', 'C7X2QK3', '[40200]', 'PAIN-[10443]', '[33642]'],
    ['[64445]', 'Latitude 5440', 'D1M8PZ9', '[41171]', 'PAIN-[10443]', '[30068]'],
    ['[21222]', 'ThinkPad T14', 'PF3XW771', '[64712]', 'PODI-[10444]', '[98946]'],
    ['[21229]', 'Latitude 5440', 'H4T9LL2', '[83332]', 'NEUR-[10445]', '[55819]'],
    ['[21230]', 'Jabra Evolve2', '—', '[85667]', '—', '[58030]'],
    ['[21231]', 'YubiKey 5C', '[25993]', '[42128]', '—', '[94117]'],
  ],
});

// ── 26. Vendor statement of work (decoy-only), text ──
const sow = lines({
  id: 's63-sow',
  kind: 's63-vendor-sow-contract-text',
  before: 'STATEMENT OF WORK No. 3 under Master Services Agreement MSA-95141',
  text: [
    'This SOW (Contract No. [96150]-03) is entered into between Lakeshore Ortho & Pain ("Client") and Meridian Coding',
    'Partners LLC ("Vendor"), 1200 Grand Blvd, Kansas City MO [64108], effective 01/01/2025 for 24 months.',
    '3.1 Volume: Vendor will code an estimated [64632] charts per year at the rates in Exhibit B.',
    '3.4 Accuracy: 95% at CPT level per quarterly audit of 30 charts per coder; credit of 2% of monthly fees if missed.',
    '4.1 Pricing: per-chart rates fixed for 12 months; annual cap [60204].00 on audit services; travel not billable.',
    '5.3 Insurance: cyber liability policy no. CL-[78299] ([80811] limit in thousands); BAA dated 12/12/2024 ref [62481].',
    '7.2 Notices to Client: Attn: Revenue Cycle, 400 Harbor Way, Port Ellery WI [53593]; PO reference [98946].',
  ].join('\n'),
});

// ── 27. QA tool JSON export (API response viewer), text ──
const qaJson = lines({
  id: 's63-qajson',
  kind: 's63-qa-tool-json-export',
  before: 'GET /api/v2/audits/75633/findings — 200 OK',
  text: [
    '{ "finding_id": [62118], "encounter": "[76531]", "original_cpt": "{64714}", "audited_cpt": "{64712}",',
    '  "error_cat": "NERVE", "points": 3, "coder_emp": "[41171]", "batch": "[64449]" },',
    '{ "finding_id": [62119], "encounter": "[65090]", "original_cpt": "{64447}", "audited_cpt": "{64445}",',
    '  "error_cat": "NERVE", "points": 3, "units": 1, "modifier": "RT" }',
  ].join('\n'),
});

// ── 28. X12 837P segment dump in the QA review screen ──
const x12 = lines({
  id: 's63-x12',
  kind: 's63-qa-837p-segment-dump',
  before: 'Outbound claim preview — 837P — CLM 86444',
  text: [
    'NM1*85*2*LAKESHORE ORTHO AND PAIN*****XX*1487654321~N3*400 HARBOR WAY~N4*PORT ELLERY*WI*[53593]~',
    'HI*ABK:G5731~',
    'LX*1~SV1*HC:{64632}:LT*820*UN*2***1~DTP*472*D8*20250304~',
    'LX*2~SV1*HC:{64445}:RT*640*UN*1***1~REF*6R*[27764]~',
  ].join('\n'),
});

// ── 29. HL7 DFT interface error queue ──
const hl7 = lines({
  id: 's63-hl7',
  kind: 's63-hl7-dft-error-queue',
  before: 'Interface error queue — DFT^P03 — coding vendor inbound — 3 messages',
  text: [
    'FT1|1|[55231]||20250305|20250305|CG|[72094]^NEUROPLASTY SCIATIC|||1||||||||||||{64712}^NEUROPLASTY SCIATIC^CPT',
    'ERR: FT1-25 procedure code {64712} not on client fee schedule version [31066]; message held',
    'FT1|1|[55232]||20250305|20250305|CG|[72099]^CHEMODENERV FACIAL|||1||||||||||||{64612}^CHEMODENERV FACIAL^CPT|50',
  ].join('\n'),
});

// ── 30. XML audit export ──
const xml = lines({
  id: 's63-xml',
  kind: 's63-audit-results-xml-export',
  before: '<?xml version="1.0"?><auditExport client="91457">',
  text: [
    '<record id="[81411]"><dos>2025-02-11</dos><cpt>{64712}</cpt><cptAudited>{64712}</cptAudited><zip>[53590]</zip></record>',
    '<record id="[82597]"><cpt units="1">{64447}</cpt><cptAudited units="1">{64445}</cptAudited><batch>[87417]</batch></record>',
    '<record id="[84421]"><cpt units="1">{64632}</cpt><cptAudited units="2">{64632}</cptAudited></record>',
  ].join('\n'),
});

// ── 31. Denial worklist forwarded to the vendor, table ──
const denials = table({
  id: 's63-denials',
  kind: 's63-denial-worklist-vendor-grid',
  caption: 'Denials returned to vendor for recode — week 11',
  headers: ['Claim #', 'Code', 'CARC', 'Remark', 'Payer', 'Note'],
  rows: [
    ['[28456]', '{64714}', 'CO-50', 'N115', 'Cigna', 'Medical necessity; LCD L[35456]'],
    ['[28457]', '{64445}', 'CO-97', 'M80', 'Medicare', 'Bundled into {01402} anesthesia? No — separate provider'],
    ['[28467]', '{64612}', 'CO-4', 'N519', 'BCBS', 'Needs modifier 50 or RT/LT'],
    ['[28466]', '{64640}', 'CO-16', 'MA130', 'Aetna', 'Missing info; payer ICN suffix [64632]'],
  ],
});

// ── 32. Physician query from the vendor coder, text ──
const query = lines({
  id: 's63-query',
  kind: 's63-vendor-physician-query-text',
  before: 'Provider query — sent via client EHR in-basket — Query ID 30218',
  text: [
    'Dr. Amin: your note of 03/04 describes "neurolysis at the sciatic notch and release of the lumbosacral trunk".',
    'Please clarify the nerve(s) treated so we can assign {64712} (sciatic) and/or {64714} (lumbar plexus):',
    '☐ Sciatic nerve only   ☐ Lumbar plexus only   ☐ Both   ☐ Other: ________',
    'Encounter [32417] · Batch [64451] · Response due in 48 h · Coder ext [20367]',
  ].join('\n'),
});

// ── 33. Batch reconciliation (client sends, vendor returns), table (decoy-only) ──
const batchRecon = table({
  id: 's63-batchrec',
  kind: 's63-batch-reconciliation-grid',
  caption: 'Batch reconciliation — SFTP drop /inbound/lakeshore — March 2025',
  headers: ['Batch', 'Received', 'Encounters', 'Coded', 'Held', 'Return file'],
  rows: [
    ['[10195]', '03/03 06:10', '[12431]', '[12402]', '29', 'RET_[67223].txt'],
    ['[14824]', '03/04 06:12', '[17064]', '[17031]', '33', 'RET_[69461].txt'],
    ['[19595]', '03/05 06:09', '[21725]', '[21725]', '0', 'RET_[72074].txt'],
    ['[26383]', '03/06 06:15', '[28699]', '[28650]', '49', 'RET_[74183].txt'],
    ['[30963]', '03/07 06:11', '[33163]', '[33120]', '43', 'RET_[76293].txt'],
  ],
});

export const sealed63: Snippet[] = [
  ...prodGrid,
  ...prodDaily,
  ...qaScore,
  ...ahimaWs,
  ...feedback,
  ...chatSciatic,
  ...ticketBlock,
  ...ticketBotox,
  ...chatUnits,
  ...wiki,
  ...wikiTable,
  ...eduMemo,
  ...rebuttal,
  ...rebutGrid,
  ...irr,
  ...irrText,
  ...invoice,
  ...invoiceHead,
  ...onboarding,
  ...wqCsv,
  ...wqGrid,
  ...apcVar,
  ...varNotes,
  ...timesheet,
  ...devices,
  ...sow,
  ...qaJson,
  ...x12,
  ...hl7,
  ...xml,
  ...denials,
  ...query,
  ...batchRecon,
];
