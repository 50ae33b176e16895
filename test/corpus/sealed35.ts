import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 35 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s35-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, payer ids, claim, batch, account and denial ids, row counts, tab badges and page totals.
 *
 * Family: the widgets of modern revenue-cycle and EHR SaaS apps, as their text nodes read: typeahead and autocomplete
 * dropdowns (code search results with descriptions, payer search), removable chips and multi-select pills,
 * breadcrumbs, tabs with count badges, toasts and snackbars, inline validation and helper text under inputs,
 * placeholders and pre-filled values, tooltips, key-value detail drawers (definition lists), kanban cards, activity
 * feeds and audit timelines, notification bells, pagination counters, virtualized grids with pinned columns and a
 * column picker, filter bars and saved views, command palettes, diff views of an edited charge, accessible labels
 * read as text, and mobile cards that stack label over value.
 * Built on real public layouts: the Carbon data-table pagination bar ("Items per page", "1–25 of N items", "page 1 of
 * N pages"), AG Grid's pinned (frozen) columns and Columns Tool Panel, the WAI-ARIA Authoring Practices combobox
 * (listbox of options, "N results available") and tabs patterns, Material chips and snackbars (a removable chip's
 * "Remove …" label, an "Undo" action), the CMS Physician Fee Schedule look-up results (code, modifier, short
 * descriptor, status, global, RVUs) and the X12 835 remittance fields a posting grid shows (CARC, check/EFT trace,
 * payer claim control number). The others are written the way those apps read, with no single source.
 *
 * 328 labelled tokens over 32 shapes: 143 codes, 185 decoys, 63 of the decoys in KNOWN_10K.
 */

// ── 1. Code search typeahead on a charge line (combobox listbox) ──
const codeTypeahead = lines({
  id: 's35-codeta',
  kind: 's35-code-typeahead-dropdown-text',
  before: 'Add charge — Encounter ENC-48823 · Procedure code',
  text: [
    '6471',
    '6 results available. Use up and down arrows to review.',
    '{64712} Neuroplasty, major peripheral nerve, open; sciatic nerve',
    '{64713} Neuroplasty, major peripheral nerve, open; brachial plexus',
    '{64714} Neuroplasty, major peripheral nerve, open; lumbar plexus',
    '{64716} Neuroplasty and/or transposition; cranial nerve (specify)',
    '{64718} Neuroplasty and/or transposition; ulnar nerve at elbow',
    '{64719} Neuroplasty and/or transposition; ulnar nerve at wrist',
    'Recently used on this account: {64445} · {64447} · {99214}',
    'Press Enter to search all code sets for “6471” · index build [25870]',
    'Not finding it? Search the full 2025 fee schedule ([30778] rows) or enter an unlisted code {64999}.',
  ].join('\n'),
});

// ── 2. Payer search typeahead on the coverage form ──
const payerTypeahead = lines({
  id: 's35-payerta',
  kind: 's35-payer-typeahead-dropdown-text',
  before: 'Primary payer — type a payer name or electronic payer ID',
  text: [
    'aet',
    'Aetna (all plans) — Payer ID [60054] — P.O. Box 981106, El Paso, TX [79998]',
    'Aetna Better Health of Texas — Payer ID [38692] — Dallas, TX [75253]',
    'Aetna Medicare Advantage — Payer ID [60054] — claims mailed to Lexington, KY [40512]',
    'Meritain Health (an Aetna company) — Payer ID [64158] — Amherst, NY [14226]',
    'Showing 4 of 311 matches · last synced with the clearinghouse payer list 3 hours ago (list v[24142])',
  ].join('\n'),
});

// ── 3. Removable code chips on a charge-entry screen ──
const codeChips = lines({
  id: 's35-chips',
  kind: 's35-removable-code-chips-text',
  before: 'Procedures on this claim (drag to reorder, × to remove)',
  text: [
    '{64712} ×',
    '{64445} ×',
    '{76942} ×',
    '{64712}-59 ×',
    'Diagnosis pointers: A · B   Linked to claim CLM-[52596]',
    'Suggested from the op note: {64714}  +  Add',
    'Suggested from the op note: {01250}  +  Add',
    'Line group [15481] · 4 of 12 procedure slots used',
    'Drop a code here or paste from the op note (note [36914])',
  ].join('\n'),
});

// ── 4. Filter bar with filter chips and a saved view ──
const filterBar = lines({
  id: 's35-filterbar',
  kind: 's35-filter-bar-chips-saved-view-text',
  before: 'Denials worklist · Filters',
  text: [
    'Saved view: Sciatic blocks — TX — last 90 days ▾',
    'CPT is {64445}, {64446} ×',
    'CPT is not {64447} ×',
    'Payer ID is [60054] ×',
    'Payer ID is [87726] ×',
    'Service ZIP starts with 752 ×',
    'Facility ZIP is [76133] ×',
    'Batch is [44173] ×',
    'Denial reason is CO-197 (precertification absent) ×',
    'Clear all · Save as new view · 1,284 matching claims',
  ].join('\n'),
});

// ── 5. Breadcrumb trails across the app ──
const breadcrumbs = lines({
  id: 's35-crumbs',
  kind: 's35-breadcrumb-trails-text',
  text: [
    'Home / Claims / CLM-2025-[31842] / Line 2 / {64714}',
    'Home / Worklists / Denials / Account [44986] / Charge {64632}',
    'Home / Fee schedules / Medicare 2025 / Locality 18 / {64445}',
    'Home / Payers / Aetna ([60054]) / Policies / Peripheral nerve surgery',
    'Home / Reports / Scheduled / Report [27633] / Run history',
    'Coding / Encounters / [64712] / Review',
    'Coding / Code sets / CPT / Nervous system / {64612}',
    'Patients / Okafor, Chidi (MRN 00483120) / Encounters / ENC-[56339]',
  ].join('\n'),
});

// ── 6. Tab strip with count badges ──
const tabs = lines({
  id: 's35-tabs',
  kind: 's35-tab-strip-badges-text',
  before: 'Revenue cycle · Work queues',
  text: [
    'All [31473]   Unbilled [12449]   Coding hold 612   Denied 2,408   Appealed 377',
    'Claim [58500] — Summary | Lines (3) | Remits (1) | Attachments (2) | History',
    'Line 1 · {64712}   Line 2 · {64445}   Line 3 · {99203}-57',
    'Open tabs: CLM-[33022]  ·  CLM-[33025]  ·  Code {64632}  ·  Payer [62308]',
    'Unread [10463]',
  ].join('\n'),
});

// ── 7. Toasts and snackbars, stacked bottom-right ──
const toasts = lines({
  id: 's35-toasts',
  kind: 's35-toast-snackbar-stack-text',
  text: [
    'Charge {64712} added to encounter ENC-[55674].  Undo',
    'Removed {64445} from claim [52014].  Undo',
    'Claim [52014] submitted to the clearinghouse in batch [77660].',
    'Code {64622} was deleted 01/01/2012 — use {64635} or {64636}.',
    'Export finished: [31842] rows written to denials_q3.csv',
    'Saved. Fee for {64612} updated to $412.60 for schedule [20265].',
    'Could not reach payer [61101] — eligibility will retry in 5 minutes.',
    'Appeal letter for {64714} queued for fax to (859) 455-8650, job [90782].',
    '3 charges moved to Coding hold (reason [40473]).',
  ].join('\n'),
});

// ── 8. Charge form: inline validation and helper text under inputs ──
const chargeValidation = lines({
  id: 's35-chargeval',
  kind: 's35-charge-form-inline-validation-text',
  before: 'Edit charge line 2',
  text: [
    'Procedure code *',
    '{64632}',
    '✓ Valid CPT · Global 010 · requires laterality modifier (LT / RT)',
    'Prior authorization number',
    '[64714]',
    '⚠ This looks like a procedure code. Authorization numbers from this payer are 10 characters (e.g. A123456789).',
    'Units',
    '2',
    '✕ Units exceed the MUE of 1 for {64445}. Split the line or add modifier 59 / XS.',
    'Service facility ZIP',
    '[75010]',
    '✕ ZIP [75010] is outside the contracted service area of payer [84980].',
    'Referring provider NPI — helper: 10 digits, no dashes',
    'Ordering code (optional) — helper: the code the referral names, e.g. {64612}',
  ].join('\n'),
});

// ── 9. New-claim form: placeholders and pre-filled values ──
const prefill = lines({
  id: 's35-prefill',
  kind: 's35-input-placeholder-prefill-form-text',
  before: 'New professional claim · pre-filled from appointment APT-17463',
  text: [
    'Billing provider ZIP',
    '[43215]-4412',
    'Pay-to ZIP (placeholder)',
    'e.g. [90210]',
    'Patient account number',
    '[45703]',
    'CPT / HCPCS',
    'e.g. {99213}',
    'CPT / HCPCS',
    '{64714}',
    'Place of service',
    '22 — On campus outpatient hospital',
    'Payer claim control number (for corrected claims)',
    '[88129]',
    'Search codes…',
    '{64712}',
  ].join('\n'),
});

// ── 10. Tooltips and hover cards ──
const tooltips = lines({
  id: 's35-tips',
  kind: 's35-code-tooltip-hovercard-text',
  text: [
    '{64445} — Injection, anesthetic agent(s) and/or steroid; sciatic nerve. Work RVU 1.00 · global 000',
    '{64612} — Chemodenervation of muscles innervated by the facial nerve, unilateral. Bilateral: report with 50.',
    'Claim [45523] — last touched by jmorales 3 h ago',
    'Payer [87726] — UnitedHealthcare commercial · timely filing 90 days',
    'Why is this red? Billed $4,860.00 exceeds the 2025 allowable for {64712} at locality 99 by 212 %.',
    'Batch [49719]: 41 claims, 2 rejected (277CA)',
    'Denial [58402] is linked to this line — open it in the board',
    'Bundled: {64448} is included in {27447} when given for post-op pain by the surgeon.',
    'ZIP [80238] maps to CBSA [19740] (Denver-Aurora-Lakewood)',
  ].join('\n'),
});

// ── 11. Claim detail drawer: definition list, dt then dd ──
const drawer = lines({
  id: 's35-drawer',
  kind: 's35-claim-detail-drawer-dl-text',
  before: 'Claim details ✕',
  text: [
    'Claim ID',
    'CLM-[36720]',
    'Payer',
    'Cigna ([62308])',
    'Procedure',
    '{64714}',
    'Secondary procedure',
    '{64712}',
    'Anesthesia',
    '{01250}',
    'Service ZIP',
    '[30338]',
    'Member ZIP',
    '[30342]',
    'Original claim',
    '[35366]',
    'Remit trace',
    'EFT [14032]',
    'Billed',
    '$12,480.00',
  ].join('\n'),
});

// ── 12. Denials kanban board cards ──
const denialKanban = lines({
  id: 's35-denkanban',
  kind: 's35-denial-kanban-cards-text',
  before: 'Denials board · To review (14) · Appeal drafted (6) · Waiting on payer (9) · Resolved',
  text: [
    'DEN-[58397] · {64445} · Aetna · $188.20 · 12 d',
    'CO-197 precert absent · assigned to R. Patel',
    'DEN-[41182] · {64612}-LT · BCBS TX · $412.60 · 3 d',
    'DEN-[64632] · {64633} · Humana · $960.00 · 21 d',
    'Claim [38249] · lines {64712}, {64714} · UHC · $9,820.00 · 8 d',
    'Acct [15040] · {20552} · Cigna · $96.00 · 45 d — past appeal window',
    'Payer ref [21605] · {95874} · Medicare JH · $48.30 · 2 d',
  ].join('\n'),
});

// ── 13. Claim activity feed / audit timeline ──
const activity = lines({
  id: 's35-activity',
  kind: 's35-claim-activity-timeline-text',
  before: 'Activity · newest first',
  text: [
    'Today 10:42 · J. Morales changed the code on line 2 from {64713} to {64712}',
    'Today 10:41 · J. Morales opened the op note (document [47166])',
    'Yesterday · System: claim [44773] accepted by the payer (277CA, ICN [70406])',
    'Yesterday · A. Chen added modifier RT to {64712}',
    'Oct 14 · Scrubber edit [11499]: {64445} and {64712} on the same day need modifier 59',
    'Oct 14 · Charge captured from the scheduling system (case [72407])',
    'Oct 12 · Prior auth PA-[61420] attached (valid to 01/08/2026)',
    'Oct 12 · Eligibility checked: active, deductible met $1,500.00, payer [60054]',
  ].join('\n'),
});

// ── 14. Notification bell panel ──
const bell = lines({
  id: 's35-bell',
  kind: 's35-notification-bell-panel-text',
  before: 'Notifications (5 new) · Mark all as read',
  text: [
    'Payer requested medical records for claim [57118] ({64714}) — due in 10 days',
    'Your export "Q3 denials" (31,842 rows) is ready to download',
    'You were mentioned by K. Duarte on account [46474]: "can you check the {64632} units?"',
    'Fee schedule [23114] (Medicare 2026 proposed) imported — [13599] rows changed',
    'Coding rule updated: {64612} now requires a facial-nerve diagnosis on the line',
    'Remit ERA [90389] posted — 214 lines, 3 unmatched',
    'Batch [87115] rejected by the clearinghouse: 2 claims missing a service ZIP',
  ].join('\n'),
});

// ── 15. Worklist pagination footers and counters ──
const pagination = lines({
  id: 's35-pages',
  kind: 's35-worklist-pagination-footer-text',
  text: [
    'Items per page: 25 ▾   1–25 of [31842] items   page 1 of 1,274 pages',
    'Showing 26–50 of [10463] claims',
    'Showing 1–10 of [12502] results for “{64445}”',
    '25 selected · Select all [20662] claims? · Clear selection',
    'Go to page 1274 · Next ›',
    'Rows [57913]–[57936] of [81500] (virtualized; scroll to load more)',
    'Showing 1–3 of 3 codes matching “{64612}”',
  ].join('\n'),
});

// ── 16. Virtualized grid, pinned (frozen) left columns ──
const gridPinned = table({
  id: 's35-gridpin',
  kind: 's35-grid-pinned-left-columns',
  caption: 'Charge review grid — pinned columns',
  headers: ['', 'Claim #', 'Patient', 'Account'],
  rows: [
    ['☐', '[53289]', 'Okafor, C.', '[99171]'],
    ['☐', '[53290]', 'Lindqvist, H.', '[26190]'],
    ['☐', '[53291]', 'Reyes, G.', '[34405]'],
    ['☐', '[53298]', 'Tran, M.', '[64712]'],
    ['☐', '[53302]', 'Abdi, F.', '[42650]'],
  ],
});

// ── 17. Same grid, the scrolling (unpinned) columns as a separate grid body ──
const gridScroll = table({
  id: 's35-gridscroll',
  kind: 's35-grid-scrolling-columns',
  caption: 'Charge review grid — scrolling columns',
  headers: ['DOS', 'CPT', 'Mod', 'Units', 'Billed', 'Payer ID', 'Svc ZIP', 'Status'],
  rows: [
    ['10/02/2025', '{64712}', 'RT', '1', '$4,860.00', '[60054]', '[77029]', 'Ready'],
    ['10/02/2025', '{64445}', '59', '1', '$910.00', '[60054]', '[77029]', 'Edit'],
    ['10/03/2025', '{64612}', 'LT', '1', '$412.60', '[87726]', '[78270]', 'Ready'],
    ['10/06/2025', '{64632}', '', '2', '$1,245.00', '[84980]', '[75006]', 'Hold'],
    ['10/07/2025', '{64714}', '', '1', '$7,350.00', '[62308]', '[79414]', 'Ready'],
    ['10/07/2025', '{64455}', 'RT', '1', '$310.00', '[61101]', '[76133]', 'Ready'],
    ['10/08/2025', '{64612}', 'RT', '1', '$412.60', '[39026]', '[75081]', 'Denied'],
  ],
});

// ── 18. Column picker (tool panel) with sample values ──
const columnPicker = lines({
  id: 's35-colpick',
  kind: 's35-grid-column-picker-panel-text',
  before: 'Columns (9 of 23 shown) · Search columns',
  text: [
    '☑ CPT — sample: {64712}',
    '☑ Payer ID — sample: [60054]',
    '☐ Secondary CPT — sample: {64445}',
    '☐ Service facility ZIP — sample: [44074]',
    '☐ Clearinghouse batch — sample: [25153]',
    '☑ Pinned: Claim # — sample: [53289]',
    '☐ Revenue code — sample: 0360',
    'Reset to default view [19273] · Apply',
  ].join('\n'),
});

// ── 19. Saved views manager ──
const savedViews = table({
  id: 's35-views',
  kind: 's35-saved-views-manager-table',
  caption: 'Saved views · Shared with team · New view',
  headers: ['View', 'Filters', 'Owner', 'Rows', 'Last run'],
  rows: [
    ['Sciatic blocks TX', 'CPT {64445} · State TX', 'R. Patel', '[14504]', 'Today'],
    ['Neurolysis open', 'CPT {64712}, {64714}', 'J. Morales', '212', 'Yesterday'],
    ['Facial chemodenervation', 'CPT {64612}, {64615}', 'A. Chen', '1,027', 'Oct 11'],
    ['Aetna aged 60+', 'Payer [60054] · age > 60', 'K. Duarte', '[11987]', 'Oct 10'],
    ['Zip [85296] clinic', 'ZIP [85296]', 'K. Duarte', '[10958]', 'Oct 09'],
    ['RF ablation', 'CPT {64633}–{64636}', 'R. Patel', '3,118', 'Oct 02'],
  ],
});

// ── 20. Command palette (⌘K) ──
const palette = lines({
  id: 's35-palette',
  kind: 's35-command-palette-results-text',
  before: '⌘K  Type a command or search…',
  text: [
    '> {64612}',
    'Codes',
    '{64612} Chemodenervation, facial nerve muscles, unilateral',
    '{64615} Chemodenervation for chronic migraine',
    'Claims',
    'Claim [64612] · Lindqvist, H. · $412.60',
    'Accounts',
    'Account 00664612 · Lindqvist, H.',
    'Actions',
    'Add {64612} to the open encounter ENC-[55064]',
    'Go to batch [56022]',
  ].join('\n'),
});

// ── 21. Diff view of an edited charge ──
const diff = lines({
  id: 's35-diff',
  kind: 's35-charge-edit-diff-view-text',
  before: 'Compare versions · v3 (J. Morales, 10:42) ← v2 (import, Oct 14)',
  text: [
    '  Claim: CLM-[36720]',
    '- CPT: {64713}',
    '+ CPT: {64712}',
    '- Modifier: —',
    '+ Modifier: RT',
    '- Linked auth: [64712]',
    '+ Linked auth: PA-[61420]',
    '- Service ZIP: [30098]',
    '+ Service ZIP: [30010]',
    '  Units: 1',
    '+ Add-on: {64714}',
  ].join('\n'),
});

// ── 22. Accessible labels read as text (aria-label, visually hidden spans) ──
const aria = lines({
  id: 's35-aria',
  kind: 's35-aria-labels-read-as-text',
  text: [
    'Remove code {64712}',
    'Remove code {64445}',
    'Remove filter Payer ID [60054]',
    'Remove filter ZIP [75253]',
    'Select claim [44613]',
    'Expand details for code {64714}',
    'Sort by CPT, ascending',
    'Edit units for {64632}, currently 2',
    'Open account [48039] in a new tab',
    'Dismiss notification about batch [77660]',
    'Code {64612} has 2 warnings',
    'Download remittance [90391] as PDF',
  ].join('\n'),
});

// ── 23. Mobile card layout, label stacked over value ──
const mobileCards = lines({
  id: 's35-mobile',
  kind: 's35-mobile-stacked-claim-cards-text',
  before: 'My worklist ☰',
  text: [
    'CLAIM',
    '[50490]',
    'CPT',
    '{64712}',
    'DOS',
    '10/02/2025',
    'ZIP',
    '[98103]',
    'BALANCE',
    '$3,212.40',
    'CLAIM',
    '[51244]',
    'CPT',
    '{64445}',
    'PAYER ID',
    '[87726]',
    'CODE',
    '{64632}',
    'ACCOUNT',
    '[17001]',
    'CLAIM',
    '[51409]',
    'CPT',
    '{64714}',
    'ZIP',
    '[98115]',
  ].join('\n'),
});

// ── 24. Code look-up results (fee schedule search) ──
const lookup = table({
  id: 's35-lookup',
  kind: 's35-code-lookup-search-results',
  caption: 'Code look-up · results for "sciatic" · 2025 · locality 99 (rest of Texas)',
  headers: ['Code', 'Mod', 'Short descriptor', 'Status', 'Global', 'Work RVU', 'Non-facility $'],
  rows: [
    ['{64445}', '', 'N block inj sciatic sng', 'A', '000', '1.00', '$120.14'],
    ['{64446}', '', 'N blk inj sciatic cont inf', 'A', '000', '1.54', '$128.77'],
    ['{64712}', '', 'Revise sciatic nerve', 'A', '090', '8.01', 'NA'],
    ['{64786}', '', 'Remove sciatic nerve lesion', 'A', '090', '15.37', 'NA'],
    ['{64714}', '', 'Revise low back nerve(s)', 'A', '090', '7.15', 'NA'],
    ['{64858}', '', 'Suture sciatic nerve', 'A', '090', '22.14', 'NA'],
  ],
});

// ── 25. Prior-auth kanban board ──
const authKanban = lines({
  id: 's35-authkanban',
  kind: 's35-prior-auth-kanban-cards-text',
  before: 'Prior authorizations · Needed · Submitted · Pended · Approved · Denied',
  text: [
    'Needed · Tran, M. · {64632} × 2 · Humana · surgery 11/04',
    'Submitted · Okafor, C. · {64714} · Cigna · ref [62617]',
    'Pended · Reyes, G. · {64445} · Aetna · case [33765] · clinicals requested',
    'Approved · Abdi, F. · {64612} · BCBS TX · auth [41975] valid to 12/31',
    '  ↳ fax confirmation [70918] · 2 pages · sent to the surgeon’s office',
    'Denied · Lindqvist, H. · {64712} · UHC · letter [59252]',
    'Not required · Park, S. · {64455} · Medicare',
  ].join('\n'),
});

// ── 26. Fee schedule audit log ──
const feeAudit = table({
  id: 's35-feeaudit',
  kind: 's35-fee-schedule-audit-log',
  caption: 'Audit log · Fee schedule "Commercial 2025" (ID 22006)',
  headers: ['When', 'User', 'Item', 'Field', 'Old value', 'New value'],
  rows: [
    ['10/14 09:02', 'kduarte', '{64445}', 'Fee', '$188.20', '$191.07'],
    ['10/14 09:02', 'kduarte', '{64712}', 'Fee', '$1,912.44', '$1,960.00'],
    ['10/14 09:03', 'kduarte', 'Row [18634]', 'Code', '{64713}', '{64714}'],
    ['10/13 16:40', 'system', 'Import [29058]', 'Rows', '[26558]', '[26571]'],
    ['10/13 16:40', 'system', '{64612}', 'Status', 'Active', 'Active (no change)'],
    ['10/12 11:15', 'rpatel', 'Schedule', 'Payer ID', '[60054]', '[62308]'],
    ['10/12 11:15', 'rpatel', 'Schedule', 'Locality ZIP', '[77421]', '[78124]'],
  ],
});

// ── 27. NCCI pair editor with multi-select pills ──
const ncciPills = lines({
  id: 's35-ncci',
  kind: 's35-ncci-pair-editor-pills-text',
  before: 'Edit rule · Column 1 / Column 2 pairs',
  text: [
    'Column 1 code: {64712} ▾',
    'Column 2 codes: {64445} ×  {64450} ×  {76942} ×  {95874} ×',
    'Modifier indicator: 1 (a modifier is allowed)',
    'Effective: 01/01/2025 · Rule ID [37465] · Owner group [16530]',
    'Add code… (type 5 digits) — e.g. {64714}',
    'Conflicts with rule [37467] (column 1 {64714}, column 2 {64445}).',
  ].join('\n'),
});

// ── 28. Empty states and no-results messages ──
const empty = lines({
  id: 's35-empty',
  kind: 's35-empty-state-no-results-text',
  text: [
    'No codes match “[64990]”. Did you mean {64999} (unlisted procedure, nervous system)?',
    'No claims for account [13003] in the last 90 days.',
    'No remits yet for batch [77660] — payers usually respond within 14 days.',
    'Nothing in Coding hold. Last cleared by A. Chen (hold [21142]).',
    'No fee for {64612} in schedule [20265]; the Medicare fee will be used.',
    'This view has no rows. Try removing the filter “ZIP is [55116]”.',
    'No payer found with ID [62309]. Check the five-character payer ID on the member card.',
  ].join('\n'),
});

// ── 29. Remit posting grid with an expanded row ──
const posting = table({
  id: 's35-posting',
  kind: 's35-remit-posting-grid-expanded',
  caption: 'ERA 90389 · check/EFT trace 93328 · Aetna (60054) · 10/20/2025',
  headers: ['Payer claim #', 'Line', 'Proc', 'Billed', 'Paid', 'Adj', 'CARC', 'Patient resp'],
  rows: [
    ['[24587]', '1', '{64712}', '$4,860.00', '$1,529.95', '$2,947.56', 'CO-45', '$382.49'],
    ['[24587]', '2', '{64445}', '$910.00', '$150.56', '$721.80', 'CO-45', '$37.64'],
    ['[24587]', '3', '{76942}', '$180.00', '$0.00', '$180.00', 'CO-97', '$0.00'],
    ['[24611]', '1', '{64612}', '$412.60', '$0.00', '$412.60', 'CO-16', '$0.00'],
    ['↳ RARC N382 · resubmit with the facial-nerve diagnosis · claim [24611]', '', '', '', '', '', '', ''],
    ['[24612]', '1', '{99214}-25', '$210.00', '$96.40', '$89.50', 'PR-2', '$24.10'],
  ],
});

// ── 30. Eligibility side panel, key-value ──
const eligibility = lines({
  id: 's35-elig',
  kind: 's35-eligibility-side-panel-kv-text',
  before: 'Eligibility (270/271) · checked 10/20/2025 08:14',
  text: [
    'Payer: UnitedHealthcare · Payer ID [87726]',
    'Member ID: 964712003 · Subscriber: self',
    'Group: [32244]',
    'Plan ZIP: [28223]',
    'Subscriber ZIP: [28226] · Relationship: self',
    'Deductible: $1,500.00 · met $1,117.51',
    'Prior auth required for: {64712}, {64714}, {64632}',
    'No auth needed for: {64445} (office), {20552}',
    'Trace number: [84173]-1020 · Service type 30',
  ].join('\n'),
});

// ── 31. Sticky encounter header bar ──
const stickyHeader = lines({
  id: 's35-sticky',
  kind: 's35-encounter-sticky-header-bar-text',
  text: [
    'Okafor, Chidi · 58 y · MRN 00483120 · ENC-[56339] · DOS 10/02/2025 · Valley Neuro ASC',
    'Primary: Aetna PPO ([60054]) · Secondary: Medicare JH ([04412])',
    'Codes: {64712}-RT · {64445}-59 · {76942} · Anes {01250}',
    'Facility ZIP [75063] · Referral REF-[45132] · Case [72407]',
    'Guarantor account [83570] · Self-pay balance $382.49',
  ].join('\n'),
});

// ── 32. Inline cell editor popover in the grid ──
const cellEditor = lines({
  id: 's35-celledit',
  kind: 's35-grid-cell-editor-popover-text',
  before: 'Edit cell · CPT (row 4 of 31842)',
  text: [
    'Current value: {64632}',
    'New value: 6463█',
    'Matches: {64632} Destruction by neurolytic agent, plantar common digital nerve',
    'Matches: {64633} Destruction by neurolytic agent, paravertebral facet, cervical/thoracic, single',
    'Matches: {64634} … each additional facet joint',
    'Matches: {64635} Destruction by neurolytic agent, paravertebral facet, lumbar/sacral, single',
    'Esc to cancel · Enter to save · applies to claim [34405] only',
    'Last edited by kduarte · revision [40187]',
  ].join('\n'),
});

export const sealed35: Snippet[] = [
  ...codeTypeahead,
  ...payerTypeahead,
  ...codeChips,
  ...filterBar,
  ...breadcrumbs,
  ...tabs,
  ...toasts,
  ...chargeValidation,
  ...prefill,
  ...tooltips,
  ...drawer,
  ...denialKanban,
  ...activity,
  ...bell,
  ...pagination,
  ...gridPinned,
  ...gridScroll,
  ...columnPicker,
  ...savedViews,
  ...palette,
  ...diff,
  ...aria,
  ...mobileCards,
  ...lookup,
  ...authKanban,
  ...feeAudit,
  ...ncciPills,
  ...empty,
  ...posting,
  ...eligibility,
  ...stickyHeader,
  ...cellEditor,
];
