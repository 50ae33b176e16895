import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 195 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s195-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64708, 64713, 64446–64448, 64450, 64454, 64455, 64615, 64624, 64640, 64774, 28080, 76942,
 * 95874), including bare codes with modifiers in clipboard history, codes in card titles, Trello labels named by
 * code, automation rules, URLs (PFS look-up H1=, Codify paths), CSV and JSON exports, an 835 SVC segment and HL7
 * FT1-25. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as the
 * practice's Omaha ZIP and patients' ZIPs, a PO box of the MAC's reopenings unit, a dictation job number, an 835
 * provider control number, a group number on the EOB, a payer medical policy number, a webinar event code, a
 * records-request reference, an MRN in a PID segment, a payer reference, a Tricare reference, Aetna's payer ID and
 * an Omaha west-side street number. The five known codes' digits come back as decoys: the payer's appeals PO box
 * (64632, which the biller even warns herself about) and claims PO box (64712, also in the 835 N3 segment and the
 * EOB header), a payer call reference number (64445), a patient's Missouri ZIP (64445, Elmo MO, in a CSV column,
 * a USPS look-up URL and browser history), a lockbox deposit batch number (64714) and a software vendor's invoice
 * number (64712-B).
 *
 * Family: a medical biller's personal task boards and note apps at a (fictional) pain and peripheral-nerve
 * practice, Loess Hills Pain & Nerve Specialists (Omaha, NE; Dr. Raman, interventional pain, and Dr. Feld,
 * peripheral nerve surgery). One story, March 2027, as billing specialist Dana Kowalczyk keeps it: a sciatic
 * neuroplasty (64712-RT) paid while the intraoperative common peroneal release (64708-59) is denied for no
 * authorization by Great Plains Mutual and appealed; sciatic blocks (64445) denied for a bundled 76942 line and
 * rebilled; a Medicaid MCO asking for records on a lumbar plexus neuroplasty (64714); a Morton's neuroma
 * destruction series (64632) on frequency and unit appeals; and a Medicare hemifacial spasm chemodenervation
 * (64612 RT/LT) whose LT line an interface dedup rule silently dropped. Pages: the Trello board's list columns,
 * card back (description, checklist), activity and comments, custom fields panel, e-mail-to-board card, Butler
 * rules, dashboard label counts, JSON export, attached EOB PDF text layer and "due soon" e-mail digest; Asana My
 * Tasks list, task detail with subtasks, project dashboard widgets, inbox notifications and CSV export; Notion
 * denials database (table, board and timeline views, CSV export), coding cheat sheet page, weekly journal and an
 * appeal letter draft; OneNote payer call notes, a fee comparison table pasted from Excel, the search results pane,
 * an HL7 DFT reject pasted by IT and "Copy text from picture" OCR of a faxed referral; an 835 fragment pasted into
 * Apple Notes; Google Calendar week chips, an Outlook event, an ICS export; Windows Sticky Notes, Google Keep,
 * Todoist Today, Microsoft To Do steps and Outlook flagged e-mail; Chrome bookmarks manager, history page and tab
 * search; Windows clipboard history, Ditto clipboard manager and a TextExpander snippet library.
 * Built on real public layouts: Trello board, card-back, custom fields, Butler rule wording, dashboard view and its
 * JSON export (id, idShort, idList, desc, customFieldItems), Asana list/task pane/dashboard and its CSV export
 * columns (Task ID, Created At, Completed At, Last Modified, Name, Section/Column, Assignee, Due Date, Notes), Notion
 * database views and its "Name <hash>.csv" export, OneNote date-stamped pages and search pane, Google Calendar week
 * view, Outlook event with Teams meeting block, RFC 5545 VEVENT text, Win+V clipboard panel, Chrome's
 * chrome://history and bookmark manager, ASC X12 835 (N1/N3/N4, CLP, SVC, CAS, REF*6R, LQ*HE) and HL7 v2.3 DFT^P03
 * (MSH, PID, FT1, ERR) segments. The others are written the way those apps read, with no single source.
 *
 * 358 labelled tokens over 42 shapes: 208 codes (127 of them the five known codes), 150 decoys, 49 of the decoys in
 * KNOWN_10K, 28 decoys reusing the five known codes' digits.
 */

// ── 1. Trello board, list columns with card titles and badges ──
const trelloBoard = lines({
  id: 's195-trelloboard',
  kind: 's195-trello-board-list-columns-text',
  before: 'Dana — AR & Denials ☆ Workspace: Loess Hills Billing · Board',
  text: [
    'TO WORK (9)',
    '{64712}-RT Brandvold — GPM denied CO-197 no auth · ⏱ Mar 12 · 💬 4 · ☑ 2/5',
    'Feld op 2/18: {64712} + {64708} same session? check NCCI before rebill · 📎 1',
    'Raman — {64445} + {76942} line 2 denied CO-97 (US guidance bundled since 2020) · write off?',
    'Heritage MCO wants op note for {64714} — fax 402-555-0188 · ⏱ Mar 14',
    'Medicare {64612} RT/LT + J0585 — paid 1 line only, reopen? · 💬 2',
    'Call GPM provider line back re call ref #[64445] (promised callback 3/5)',
    'WAITING ON PAYER (6)',
    'Appeal lvl 1 sent 2/27 — {64632} 2nd session within 6 mo, Lindahl · ⏱ Mar 29',
    'Tricare West — {64640} x2 pended for records · ⏱ Mar 20',
    'Haugen {64632} ×2 (2 interspaces) — paid 1 unit, appeal units · ⏱ Apr 1',
    'DONE THIS WEEK (5)',
    'Deposit batch [64714] posted & balanced ($18,412.60)',
    'Refiled {64454} with corrected dx M17.12 → paid',
    '+ Add a card',
  ].join('\n'),
});

// ── 2. Trello card back: description and checklist ──
const trelloCard = lines({
  id: 's195-trellocard',
  kind: 's195-trello-card-back-description-checklist-text',
  before: '64712-RT Brandvold — GPM denied CO-197 no auth · in list TO WORK',
  text: [
    'Labels: GPM · Appeal · Surgery (Feld)    Due: Mar 12, 9:00 AM',
    'Description',
    'Pt: Carl Brandvold · PM acct # [40736] · DOS 02/18/2027 · POS 22 · GPM PPO · claim 2704911873300',
    'Billed: {64712}-RT neuroplasty sciatic $2,840.00; {64708}-59 (common peroneal at fibular head) $1,610.00',
    'Denial: line 2 CO-197 / M62. Auth [66172] on file covers {64712} only — peroneal release not on auth.',
    'Checklist — Appeal (2/5)',
    '☑ Pull auth letter (ref [66172]) from fax inbox',
    '☑ Op note + addendum signed by Feld',
    '☐ Ask Feld: was {64708} planned or intraop finding?',
    '☐ Appeal form GPM-APL-[20188] (rev 01/26)',
    '☐ Mail to GPM Appeals, PO Box [64632], Omaha, NE [68164]',
  ].join('\n'),
});

// ── 3. Trello card activity and comments ──
const trelloActivity = lines({
  id: 's195-trelloactivity',
  kind: 's195-trello-card-activity-comments-text',
  before: 'Activity  Show details',
  text: [
    'Dana Kowalczyk  Mar 3 at 9:14 AM',
    'Called GPM, rep Tia, call ref [64445]. Retro auth not allowed for {64708}; appeal with op note, 180 days.',
    'Dr. Marcus Feld  Mar 4 at 7:02 PM',
    'Peroneal release was intraop — nerve tethered at the fibular head. Addendum dictated, job [30865].',
    'Dana Kowalczyk moved this card from WAITING ON PROVIDER to TO WORK  Mar 5 at 8:31 AM',
    'Dana Kowalczyk attached GPM_auth_[66172].pdf to this card  Mar 5 at 8:33 AM',
    'Monique Rasmussen (coding lead)  Mar 5 at 11:20 AM',
    "If {64708} still denies it's contractual (CO) — do NOT bill the pt. {64712} line paid $1,918.40, leave it.",
  ].join('\n'),
});

// ── 4. Trello card custom fields panel ──
const trelloFields = table({
  id: 's195-trellofields',
  kind: 's195-trello-card-custom-fields-panel-grid',
  caption: 'Custom Fields',
  headers: ['Field', 'Value'],
  rows: [
    ['Payer', 'Great Plains Mutual'],
    ['Payer ID', '[47120]'],
    ['CPT', '{64712}-RT, {64708}-59'],
    ['Billed', '$4,450.00'],
    ['PM acct #', '[40736]'],
    ['Auth #', '[66172]'],
    ['Pt ZIP', '[68028]'],
    ['Days in AR', '23'],
  ],
});

// ── 5. Asana My Tasks list view ──
const asanaList = table({
  id: 's195-asanalist',
  kind: 's195-asana-my-tasks-list-view-grid',
  caption: 'My tasks  List  Board  Calendar  Files',
  headers: ['Task name', 'Due date', 'Projects', 'Section'],
  rows: [
    ['Rebill {64445} without {76942} (Raman, 6 pts)', 'Mar 10', 'Denials — Q1', 'Today'],
    ['Heritage MCO: op note for {64714}, ticket [31176]', 'Mar 14', 'Medicaid MCO follow-up', 'Today'],
    ['Send stmt hold list to front desk (accts [20961], [21179])', 'Mar 11', 'Patient balances', 'Today'],
    ['Reopen Medicare {64612}-LT line', 'Mar 17', 'Medicare', 'Upcoming'],
    ['Update superbill: add {64454}, drop {64450} for genicular', 'Mar 20', 'Templates', 'Later'],
    ['Compare GPM vs Medicare for {64632}, {64445}', 'Mar 31', 'Fee schedule 2027', 'Later'],
    ['Lunch & learn: NCCI for nerve surgery', 'Apr 2', 'Team', 'Later'],
  ],
});

// ── 6. Asana task detail pane with subtasks ──
const asanaTask = lines({
  id: 's195-asanatask',
  kind: 's195-asana-task-detail-pane-subtasks-text',
  before: 'Mark complete   Rebill 64445 without 76942 (Raman, 6 pts)',
  text: [
    'Assignee  Dana K.   Due date  Mar 10   Projects  Denials — Q1   Priority  High',
    'Description',
    'Since 2020 the imaging guidance is included in {64445} (and {64446}–{64448}); our Raman charge template',
    'still drops {76942} on every block. Six claims came back CO-97 / M80. Remove the line and rebill.',
    'Subtasks',
    '☐ Brandt, acct [20961] — DOS 1/22 — {64445}-LT',
    '☐ Oyelaran, acct [21179] — DOS 1/29 — {64445}-RT, {64447}-RT',
    '☐ Pham, acct [22815] — DOS 2/03 — {64445}-RT',
    '☑ Pull list from PM denial report (report ID [17423]) — 6 hits',
    '☐ Ask IT to remove the guidance line from the template (INC0031208)',
    'Dana K. created this task · 8 days ago',
  ].join('\n'),
});

// ── 7. Notion database, table view ──
const notionTable = table({
  id: 's195-notiontable',
  kind: 's195-notion-denials-database-table-view-grid',
  caption: 'Denials tracker  ▦ Table  ▤ Board  ▭ Timeline',
  headers: ['Aa Name', 'Status', 'Payer', 'CPT', 'Amount', 'Follow-up', 'Ref #'],
  rows: [
    [
      'Brandvold',
      'Appeal drafted',
      'Great Plains Mutual',
      '{64712}-RT, {64708}-59',
      '$4,450.00',
      'March 12, 2027',
      '[66172]',
    ],
    ['Lindahl', 'Appeal sent', 'Heritage Plains MCO', '{64632}', '$612.00', 'March 29, 2027', 'HPM-[22457]'],
    ['Ocampo', 'Reopen', 'Medicare (WPS J5)', '{64612}-LT', '$211.36', 'March 17, 2027', ''],
    ['Brandt', 'Rebill', 'Midlands BCBS', '{64445}', '$398.00', 'March 10, 2027', '[51547]'],
    ['Vasquez', 'Not started', 'Heritage Plains MCO', '{64714}', '$3,120.00', 'March 14, 2027', '[31176]'],
    ['Kettering', 'Pended', 'Tricare West', '{64640} ×2', '$744.18', 'March 20, 2027', '[70412]'],
  ],
});

// ── 8. Notion page: personal coding cheat sheet with callouts ──
const notionCheat = lines({
  id: 's195-notioncheat',
  kind: 's195-notion-coding-cheat-sheet-page-text',
  before: "Nerve codes — Dana's cheat sheet  Last edited Feb 26",
  text: [
    '💡 Check the op note for the NERVE, not just the region.',
    '▸ Sciatic block: {64445} single shot, {64446} catheter. US guidance included — never add {76942}.',
    '▸ Femoral: {64447} / {64448}. Adductor canal also goes to {64447}.',
    '▸ Genicular: {64454} (block), {64624} (RF). Old habit {64450} is NOT genicular anymore.',
    "▸ Morton's neuroma: injection {64455}; alcohol/chemical destruction {64632} per nerve; excision {28080}, not {64774}.",
    '▸ Hemifacial spasm Botox: {64612} per side (RT/LT), + {95874} EMG guidance, J0585 units, JW for waste.',
    '▸ Migraine Botox is {64615}, not {64612} — Raman does both, watch the dx.',
    '▸ Neuroplasty: sciatic {64712}, brachial plexus {64713}, lumbar plexus {64714}, other arm/leg nerve {64708}.',
    '⚠ GPM appeals PO Box is [64632] — same digits as the neuroma code, do not let autofill swap them.',
  ].join('\n'),
});

// ── 9. Notion board view, grouped by status ──
const notionBoard = lines({
  id: 's195-notionboard',
  kind: 's195-notion-database-board-view-by-status-text',
  before: 'Denials tracker  ▤ Board  Group by: Status',
  text: [
    'Not started 1',
    'Vasquez · {64714} · $3,120.00 · Heritage Plains MCO',
    'Rebill 1',
    'Brandt · {64445} · $398.00 · Midlands BCBS',
    'Appeal drafted 1',
    'Brandvold · {64712}-RT, {64708}-59 · $4,450.00',
    'Appeal sent 1',
    'Lindahl · {64632} · $612.00 · HPM-[22457]',
    'Hidden groups: Paid (17), Written off (3)',
  ].join('\n'),
});

// ── 10. Notion database exported to CSV ──
const notionCsv = lines({
  id: 's195-notioncsv',
  kind: 's195-notion-database-csv-export-text',
  before: 'Denials tracker 7c1e2a90b4d54f0e9a31c2d6f8e0b7a1.csv',
  text: [
    'Name,Status,Payer,CPT,Amount,Follow-up,Ref #,Patient ZIP',
    'Brandvold,Appeal drafted,Great Plains Mutual,"{64712}-RT, {64708}-59",$4450.00,"March 12, 2027",[66172],[68028]',
    'Lindahl,Appeal sent,Heritage Plains MCO,{64632},$612.00,"March 29, 2027",HPM-[22457],[68510]',
    'Ocampo,Reopen,Medicare (WPS J5),{64612}-LT,$211.36,"March 17, 2027",,[51503]',
    'Brandt,Rebill,Midlands BCBS,{64445},$398.00,"March 10, 2027",[51547],[64445]',
    'Vasquez,Not started,Heritage Plains MCO,{64714},$3120.00,"March 14, 2027",[31176],[68123]',
    'Kettering,Pended,Tricare West,{64640} ×2,$744.18,"March 20, 2027",[70412],[68113]',
  ].join('\n'),
});

// ── 11. OneNote page: payer call notes with date stamps ──
const onenoteCalls = lines({
  id: 's195-onenotecalls',
  kind: 's195-onenote-payer-call-notes-page-text',
  before: 'Billing › Calls › Payer calls — March 2027',
  text: [
    'Tuesday, March 3, 2027   9:02 AM',
    'GPM provider svc 1-800-555-0141 → opt 2 → opt 4. Rep Tia. Call ref [64445].',
    'Claim 2704911873300: {64712}-RT paid $1,918.40; {64708}-59 denied CO-197. Retro auth: no. Appeal to PO Box [64632].',
    'Wednesday, March 4, 2027   10:40 AM',
    'Heritage Plains MCO — hold 38 min. {64714} claim pended for op note + "implant log" (no implant!). Ticket [31176].',
    'Midlands BCBS — rep confirmed {76942} will never pay with {64445}; do not appeal, just rebill clean.',
    'Friday, March 6, 2027   2:15 PM',
    'WPS J5 IVR: Ocampo {64612}-LT not on claim at all → not a reopening, submit new line. IVR ref [71348].',
  ].join('\n'),
});

// ── 12. OneNote page: fee table pasted from Excel ──
const onenoteFees = table({
  id: 's195-onenotefees',
  kind: 's195-onenote-pasted-fee-comparison-grid',
  caption: 'Billing › Rates › Fee schedules 2027 (pasted from GPM exhibit + PFS)',
  headers: ['CPT', 'Mod', 'Description', 'Medicare NE non-fac', 'GPM PPO', 'Our charge'],
  rows: [
    ['{64445}', '', 'Inj sciatic nerve single', '$96.42', '$131.00', '$398.00'],
    ['{64447}', '', 'Inj femoral nerve single', '$89.10', '$120.00', '$372.00'],
    ['{64632}', '', 'Destr plantar common digital nerve', '$112.58', '$154.00', '$612.00'],
    ['{64612}', 'RT/LT', 'Chemodenerv facial nerve unilat', '$105.68', '$148.00', '$411.00'],
    ['{64712}', '', 'Neuroplasty sciatic nerve', '$1,014.22 (fac)', '$1,918.40', '$2,840.00'],
    ['{64714}', '', 'Neuroplasty lumbar plexus', '$981.77 (fac)', '$1,502.00', '$3,120.00'],
    ['{64708}', '', 'Neuroplasty other arm/leg nerve', '$645.31 (fac)', '$889.00', '$1,610.00'],
    ['{64455}', '', 'Inj plantar common digital nerve(s)', '$47.93', '$66.00', '$214.00'],
    ['{95874}', '', 'Needle EMG guidance w/ chemodenervation', '$61.20', '$84.00', '$190.00'],
  ],
});

// ── 13. OneNote search results pane ──
const onenoteSearch = lines({
  id: 's195-onenotesearch',
  kind: 's195-onenote-search-results-pane-text',
  before: 'Search: 64712   All Notebooks ▾',
  text: [
    'Payer calls — March 2027 (Billing › Calls)',
    '… Claim 2704911873300: {64712}-RT paid $1,918.40; {64708}-59 denied CO-197 …',
    'Fee schedules 2027 (Billing › Rates)',
    '… {64712} Neuroplasty sciatic nerve $1,014.22 (fac) …',
    'GPM contacts (Billing › Payers)',
    '… Claims: PO Box [64712], Omaha, NE [68164] · Appeals: PO Box [64632] …',
    'Vendor invoices (Admin)',
    '… CodeRef Pro renewal, invoice [64712]-B, net 30 …',
  ].join('\n'),
});

// ── 14. Google Calendar week view event chips ──
const gcalWeek = lines({
  id: 's195-gcalweek',
  kind: 's195-google-calendar-week-view-chips-text',
  before: 'March 2027  Week 11  Today  < >',
  text: [
    'MON 9  8:30 – 9am  AR huddle (front office)',
    'TUE 10  10 – 10:45am  Call Heritage Plains re {64714} op note (ticket [31176])',
    'WED 11  12 – 1pm  WPS webinar: Part B nerve blocks ({64445}, {64447}) & chemodenervation',
    'THU 12  9am  DUE: GPM appeal Brandvold {64712}/{64708}',
    'FRI 13  2 – 3pm  Dentist — [17055] W Center Rd',
    'FRI 13  3:30pm  Drop appeal at post office, [12105] W Center Rd',
  ].join('\n'),
});

// ── 15. Outlook calendar event detail ──
const outlookEvent = lines({
  id: 's195-outlookevent',
  kind: 's195-outlook-calendar-event-detail-text',
  before: 'Calendar › Event',
  text: [
    'WPS GHA Part B webinar — Peripheral nerve blocks & chemodenervation',
    'Wednesday, March 11, 2027  12:00 PM – 1:00 PM (Central)',
    'Microsoft Teams meeting · Meeting ID: 231 774 902 118 · Passcode: Hq7Vb2',
    'Agenda: 1) {64445}/{64446} and imaging guidance 2) {64612} vs {64615} 3) {95874} with chemodenervation 4) Q&A',
    'Registration confirmation # [88137] · Event code PB-[40295]',
    'Organizer: WPS GHA Provider Outreach & Education, PO Box 8248, Madison, WI [53708]-8248',
  ].join('\n'),
});

// ── 16. Calendar ICS export ──
const ics = lines({
  id: 's195-ics',
  kind: 's195-calendar-ics-vevent-export-text',
  before: 'dana.kowalczyk@loesshillspain.example.ics',
  text: [
    'BEGIN:VEVENT',
    'UID:a4e1f0c2-7d3b-4e19-9c55-0b8d2f6a1e77@google.com',
    'DTSTART;TZID=America/Chicago:20270312T090000',
    'SUMMARY:DUE GPM appeal — Brandvold {64712}-RT / {64708}-59',
    'DESCRIPTION:Mail to GPM Appeals\\, PO Box [64632]\\, Omaha NE [68164]. Auth ref [66172]. Form GPM-APL-[20188].',
    'LOCATION:[17330] Burt St Ste 200\\, Omaha\\, NE [68154]',
    'BEGIN:VALARM',
    'TRIGGER:-PT1D',
    'END:VEVENT',
  ].join('\n'),
});

// ── 17. Windows Sticky Notes ──
const sticky = lines({
  id: 's195-sticky',
  kind: 's195-windows-sticky-notes-text',
  before: 'Sticky Notes  + ⚙',
  text: [
    'GPM appeals → PO Box [64632] (claims box is [64712]!)',
    'Heritage MCO fax 402-555-0188, ticket [31176]',
    "{76942} NEVER with {64445} — tell Raman's MA (Kelsey)",
    'Botox: {64612}-RT/{64612}-LT + {95874}, J0585 units + JW waste',
    'Brandt ZIP typo: lives Elmo MO [64445], PM had [68445] → elig kept failing',
    'Deposit batch [64714] short $12.40?? ask Terri',
    'Haugen moved → [68104], update before the {64632} appeal goes out',
  ].join('\n'),
});

// ── 18. Google Keep notes grid ──
const keep = lines({
  id: 's195-keep',
  kind: 's195-google-keep-notes-grid-text',
  before: 'Keep  Notes  Reminders  Labels: Medicare, Payers',
  text: [
    'Medicare reopen list',
    '☐ Ocampo {64612}-LT (DOS 2/4) — only RT paid → new line, not reopen',
    '☐ Haugen {64632} ×2 (2nd & 3rd interspace LT), paid 1 unit',
    '☑ Kettering {64640} — records sent',
    'Payer IDs',
    'GPM [47120] · Heritage Plains [68069] · Midlands BCBS [00255]',
    'Aetna [60054] · UHC [87726] · Cigna [62308] · Tricare West [99726]',
    'Edited Mar 6',
  ].join('\n'),
});

// ── 19. Todoist Today view ──
const todoist = lines({
  id: 's195-todoist',
  kind: 's195-todoist-today-view-text',
  before: 'Today  Tue Mar 10  · 6 tasks',
  text: [
    'Overdue',
    "○ Send Raman's MA the {64445}/{76942} memo  Yesterday  #Denials",
    'Today',
    '○ Rebill 6 × {64445} without {76942}  p1  #Denials',
    '○ Fax op note for {64714} to Heritage (ticket [31176])  #Medicaid',
    '○ Call pt Brandt: confirm ZIP [64445], Elmo MO  #Eligibility',
    '○ Renew CodeRef Pro, invoice [64712]-B ($1,188)  #Admin',
  ].join('\n'),
});

// ── 20. Microsoft To Do task with steps ──
const msTodo = lines({
  id: 's195-mstodo',
  kind: 's195-microsoft-to-do-task-steps-text',
  before: 'Tasks › Reopen Medicare 64612-LT line',
  text: [
    '+ Step  Find ICN for DOS 2/4 (only RT line on remit)',
    '+ Step  Confirm {64612} allows 2 per day (one per side) on the MUE table',
    '+ Step  Submit LT line as new claim: {64612}-LT, {95874}, J0585 + JW',
    'Due Tue, March 17  ·  Remind me at 9:00 AM',
    'Note: WPS IVR ref [71348]; interface dropped 2nd line (CDM [30672]).',
  ].join('\n'),
});

// ── 21. Chrome bookmarks manager ──
const bookmarks = table({
  id: 's195-bookmarks',
  kind: 's195-chrome-bookmarks-manager-folder-grid',
  caption: 'Bookmarks bar › Billing',
  headers: ['Name', 'URL'],
  rows: [
    [
      'CMS PFS look-up — {64712}',
      'https://www.cms.gov/medicare/physician-fee-schedule/search?Y=0&T=4&HT=0&CT=3&H1={64712}&M=5',
    ],
    ['AAPC Codify — {64632}', 'https://www.aapc.com/codes/cpt-codes/{64632}'],
    ['GPM portal — claim status', 'https://provider.gpmutual.example/claims?payerId=[47120]'],
    ['Heritage ticket [31176]', 'https://portal.heritageplains.example/tickets/[31176]'],
    ['WPS J5 Part B — reopenings', 'https://www.wpsgha.com/wps/portal/mac/site/claims/guides-and-resources/reopenings'],
    ['USPS ZIP lookup — Elmo MO', 'https://tools.usps.com/zip-code-lookup.htm?citybyzipcode&zip=[64445]'],
  ],
});

// ── 22. Chrome history page ──
const history = lines({
  id: 's195-history',
  kind: 's195-chrome-history-page-text',
  before: 'History  Search history',
  text: [
    'Today - Tuesday, March 10, 2027',
    '9:41 AM  CPT® {64445} - Injection, anesthetic agent, sciatic nerve | Codify  aapc.com',
    '9:38 AM  ncci ptp {64712} {64708} modifier indicator - Google Search  google.com',
    '9:20 AM  Ticket [31176] — Heritage Plains Provider Portal  portal.heritageplains.example',
    '9:12 AM  ZIP Code™ by City and State — Elmo, MO [64445]  tools.usps.com',
    '8:55 AM  Reopenings — Part B | WPS GHA  wpsgha.com',
    '8:47 AM  Practitioner fee schedule 2027 — {64632}, {64455} | Nebraska DHHS  dhhs.ne.gov',
  ].join('\n'),
});

// ── 23. Windows clipboard history (Win+V) ──
const winClip = lines({
  id: 's195-winclip',
  kind: 's195-windows-clipboard-history-panel-text',
  before: 'Clipboard  Clear all',
  text: [
    '{64712}-RT',
    '2704911873300',
    'PO Box [64632], Omaha, NE [68164]',
    'Claim line 2 denied CO-197 for {64708}; authorization [66172] covered {64712} only. The op note documents…',
    '[11520] S 216th St, Gretna, NE [68028]',
    '📌 Loess Hills Pain & Nerve Specialists · TIN 47-3318206 · [17330] Burt St Ste 200, Omaha, NE [68154]',
  ].join('\n'),
});

// ── 24. Ditto clipboard manager list ──
const ditto = table({
  id: 's195-ditto',
  kind: 's195-ditto-clipboard-manager-list-grid',
  caption: 'Ditto  Search',
  headers: ['#', 'Clip', 'Copied'],
  rows: [
    ['1', '{64632} ×2 (2nd & 3rd interspace, LT)', '9:58 AM'],
    ['2', 'Acct [20961]', '9:51 AM'],
    ['3', 'J0585 100u + JW 8u, {64612}-RT {64612}-LT {95874}', '9:47 AM'],
    ['4', 'GPM-APL-[20188] rev 01/26', '9:40 AM'],
    ['5', 'Ref [64445] (Tia, GPM)', '9:32 AM'],
    ['6', '{64714} Neuroplasty lumbar plexus', '9:30 AM'],
  ],
});

// ── 25. Trello board JSON export fragment ──
const trelloJson = lines({
  id: 's195-trellojson',
  kind: 's195-trello-board-json-export-text',
  before: 'Menu › Print, export and share › Export as JSON',
  text: [
    '{"id":"65f2c1a9e4b0d3a7c8f10b22","idShort":412,"idList":"65e0aa11c3b0d1a2f4e9c701",',
    ' "name":"{64712}-RT Brandvold — GPM denied CO-197 no auth","due":"2027-03-12T14:00:00.000Z",',
    ' "desc":"Pt: Carl Brandvold · PM acct # [40736] ... Billed: {64712}-RT ... {64708}-59 (common peroneal)",',
    ' "customFieldItems":[{"idCustomField":"cfPayerId","value":{"text":"[47120]"}},{"idCustomField":"cfAuth","value":{"text":"[66172]"}}]},',
    '{"id":"65f2c1a9e4b0d3a7c8f10c90","idShort":431,"name":"Deposit batch [64714] posted & balanced ($18,412.60)","closed":false},',
    '{"id":"65f2c1a9e4b0d3a7c8f10d17","idShort":436,"name":"Refiled {64454} with corrected dx M17.12 → paid"}',
  ].join('\n'),
});

// ── 26. Asana project CSV export ──
const asanaCsv = lines({
  id: 's195-asanacsv',
  kind: 's195-asana-project-csv-export-text',
  before: 'Denials_Q1.csv',
  text: [
    'Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,Due Date,Notes',
    '1206647112034457,2027-03-02,,2027-03-09,Rebill {64445} without {76942} (Raman 6 pts),Today,Dana K.,2027-03-10,"Guidance included in {64445} since 2020"',
    '1206647119981204,2027-03-04,,2027-03-09,Heritage MCO: op note for {64714},Today,Dana K.,2027-03-14,ticket [31176]',
    '1206647120554310,2027-03-05,2027-03-06,2027-03-06,Send stmt hold list to front desk,Today,Dana K.,2027-03-11,"accts [20961], [21179]"',
    '1206647121007782,2027-03-06,,2027-03-06,Reopen Medicare {64612}-LT line,Upcoming,Dana K.,2027-03-17,IVR ref [71348]',
  ].join('\n'),
});

// ── 27. Apple Notes: 835 fragment pasted to decode ──
const notes835 = lines({
  id: 's195-notes835',
  kind: 's195-apple-notes-pasted-835-fragment-text',
  before: '835 from GPM 3/2 — why only one line paid?',
  text: [
    'N1*PR*GREAT PLAINS MUTUAL*XV*[47120]~',
    'N3*PO BOX [64712]~',
    'N4*OMAHA*NE*681640712~',
    'CLP*2704911873300*2*4450*1918.4**12*GPM27061800442*22*1~',
    'SVC*HC:{64712}:RT*2840*1918.4**1~',
    'DTM*472*20270218~',
    'CAS*CO*45*921.6~',
    'REF*6R*[30118]~',
    'SVC*HC:{64708}:59*1610*0**1~',
    'CAS*CO*197*1610~',
    'REF*6R*[30119]~',
    'LQ*HE*M62~',
    '← line 2 = the peroneal release, no auth. M62 = missing auth.',
  ].join('\n'),
});

// ── 28. OneNote page: HL7 DFT pasted by IT ──
const hl7 = lines({
  id: 's195-hl7',
  kind: 's195-onenote-pasted-hl7-dft-charge-reject-text',
  before: 'IT › Charge interface rejects › Ocampo 2/4 (pasted by Jen)',
  text: [
    'MSH|^~\\&|EPIC|LHPNS|PMSYS|LHPNS|20270204153012||DFT^P03|[71406]|P|2.3',
    'PID|1||[50612]^^^LHMRN||OCAMPO^LUZ||19580311|F|||2207 2ND AVE^^COUNCIL BLUFFS^IA^[51503]',
    'FT1|1|||20270204|20270204|CG|[30671]^BOTOX CHEMODENERV FACE UNI|||1||||||||G51.3||RAMAN^PRIYA|||||{64612}|RT',
    'FT1|2|||20270204|20270204|CG|[30672]^BOTOX CHEMODENERV FACE UNI|||1||||||||G51.3||RAMAN^PRIYA|||||{64612}|LT',
    'ERR|^^^207&Application internal error — duplicate procedure code same DOS, FT1 set 2 dropped',
    'Jen: CDM [30671] and [30672] both map to {64612}; the PM dedup rule ate the LT line. Build fix INC0031344.',
  ].join('\n'),
});

// ── 29. Trello card created from a forwarded e-mail ──
const emailCard = lines({
  id: 's195-emailcard',
  kind: 's195-trello-email-to-board-card-text',
  before: 'Card created by email · Mar 5, 2027',
  text: [
    'FW: Heritage Plains Health — Request for records, ticket [31176]',
    'From: Provider Relations <noreply@heritageplains.example>',
    'Records are requested for CPT {64714} billed for date of service 01/14/2027, member ID HP0448127.',
    'Submit the operative report and any implant or device log within 30 days to:',
    'Heritage Plains Health, Attn: Claims Review, PO Box [82174], Lincoln, NE [68501]-2174',
    'Please reference RR-[50393] on every page. Do not reply to this message.',
  ].join('\n'),
});

// ── 30. Trello Butler automation rules ──
const butler = lines({
  id: 's195-butler',
  kind: 's195-trello-butler-automation-rules-text',
  before: 'Automation › Rules',
  text: [
    'when a card with the "Medicare" label is moved into list "WAITING ON PAYER", set due date in 30 days',
    'when the name of a card contains "{64612}", add the red label "Botox — check J0585 units"',
    'when the name of a card contains "{76942}", post comment "Not billable with {64445}–{64448} since 2020"',
    'Card button "Appeal packet": add checklist with items "Auth letter", "Op note", "Form GPM-APL-[20188]"',
    'every Monday at 8:00 am, sort list "TO WORK" by due date',
  ].join('\n'),
});

// ── 31. Notion timeline view ──
const timeline = lines({
  id: 's195-timeline',
  kind: 's195-notion-timeline-view-bars-text',
  before: 'Denials tracker  ▭ Timeline  Weeks · March 2027',
  text: [
    'Brandvold — {64712}/{64708} appeal  ▇▇▇▇▇  Mar 3 → Mar 12',
    'Lindahl — {64632} lvl 1  ▇▇▇▇▇▇▇▇▇▇▇  Feb 27 → Mar 29',
    'Vasquez — {64714} records  ▇▇▇▇▇▇  Mar 5 → Apr 4',
    'Ocampo — {64612}-LT new line  ▇▇  Mar 10 → Mar 17',
    'No date (1): Kettering {64640}',
  ].join('\n'),
});

// ── 32. Asana project dashboard widgets ──
const asanaDash = lines({
  id: 's195-asanadash',
  kind: 's195-asana-project-dashboard-widgets-text',
  before: 'Denials — Q1  Overview  List  Board  Dashboard',
  text: [
    'Incomplete tasks 14 · Completed tasks 31 · Overdue tasks 2',
    'Incomplete tasks by CPT tag',
    '{64445} ▇▇▇▇▇▇ 6   {64612} ▇▇ 2   {64632} ▇▇ 2   {64712} ▇ 1   {64714} ▇ 1',
    'Total $ at risk (custom field): $12,480.00',
    'Upcoming by assignee: Dana K. 9 · Monique R. 3 · Jen (IT) 2',
  ].join('\n'),
});

// ── 33. Trello dashboard view (label counts) ──
const trelloDash = table({
  id: 's195-trellodash',
  kind: 's195-trello-dashboard-view-label-counts-grid',
  caption: 'Dashboard  Cards per label',
  headers: ['Label', 'Cards', 'Oldest due'],
  rows: [
    ['{64445}', '6', 'Mar 10'],
    ['{64712}', '2', 'Mar 12'],
    ['{64714}', '1', 'Mar 14'],
    ['{64612}', '2', 'Mar 17'],
    ['{64632}', '1', 'Mar 29'],
    ['GPM', '4', 'Mar 12'],
    ['No label', '3', '—'],
  ],
});

// ── 34. Notion weekly journal page ──
const journal = lines({
  id: 's195-journal',
  kind: 's195-notion-weekly-journal-page-text',
  before: 'Journal › Week of March 9 — wins / blockers',
  text: [
    "✅ Found why Ocampo's LT line vanished: interface dropped 2nd {64612} (CDM [30672]). IT fix INC0031344.",
    '✅ GPM confirmed auth [66172] exists; only the {64708} line is unauthorized.',
    '⛔ Heritage still wants an "implant log" for {64714} — there is none, sent an attestation.',
    '📌 Ask Monique: add {64455} to the neuroma superbill or keep {64632} only?',
    'Hours 41.5 · Claims worked 63 · Recovered $6,284.11',
  ].join('\n'),
});

// ── 35. Notion page: appeal letter draft ──
const appeal = lines({
  id: 's195-appeal',
  kind: 's195-notion-appeal-letter-draft-page-text',
  before: 'Templates › Appeal — intraop finding (draft for Brandvold)',
  text: [
    'Great Plains Mutual — Appeals Unit',
    'PO Box [64632]',
    'Omaha, NE [68164]-4632',
    'RE: Level 1 appeal · Member: Carl Brandvold · ID GPM8821044 · Claim 2704911873300 · DOS 02/18/2027',
    'We request reconsideration of the denial of CPT {64708} (CARC 197). Authorization [66172] was issued for',
    'neuroplasty of the sciatic nerve, {64712}. During that procedure Dr. Feld found the common peroneal nerve',
    'tethered at the fibular head and released it (operative note, page 2). Because the finding was intraoperative,',
    'authorization for {64708} could not be obtained in advance; see your policy MP-[31062], section 4.',
    'Sincerely, Dana Kowalczyk, CPC · Loess Hills Pain & Nerve Specialists · [17330] Burt St Ste 200 · Omaha, NE [68154]',
  ].join('\n'),
});

// ── 36. Trello attachment preview: payer EOB PDF text layer ──
const eobPdf = lines({
  id: 's195-eobpdf',
  kind: 's195-trello-attachment-eob-pdf-text-layer',
  before: 'EOB_2704911873300.pdf  Preview',
  text: [
    'GREAT PLAINS MUTUAL · PO BOX [64712] · OMAHA NE [68164]   PROVIDER EXPLANATION OF BENEFITS',
    'LOESS HILLS PAIN & NERVE SPEC   NPI 1538227190   EFT TRACE 1RG0098811   03/02/2027',
    'PATIENT BRANDVOLD, CARL   PT ACCT [40736]   CLAIM 2704911873300   GROUP [31020]',
    'DOS       CODE   MOD  UNITS   BILLED     ALLOWED    PT RESP   PAID       ADJ',
    '02/18/27  {64712}  RT   1       2,840.00   1,918.40   0.00      1,918.40   CO-45  921.60',
    '02/18/27  {64708}  59   1       1,610.00   0.00       0.00      0.00       CO-197 1,610.00',
    'M62 Missing/incomplete/invalid treatment authorization code.   Page 1 of 2   Doc [30140]',
  ].join('\n'),
});

// ── 37. OneNote "Copy text from picture" OCR of a faxed referral ──
const ocr = lines({
  id: 's195-ocr',
  kind: 's195-onenote-copy-text-from-picture-ocr-text',
  before: 'Referrals › Lindahl (photo of fax) › Copy Text from Picture',
  text: [
    'PLATTE VALLEY FOOT & ANKLE  2340 N 48th St  Lincoln NE [68504]',
    "REFERRAL  Pt: LINDAHL, ERIK  DOB 07/19/1971  Dx: G57.62 Morton's neuroma L 3rd interspace",
    'Req: alcohol sclerosing inj series ({64632}) x 3 q 2 wk   prior {64455} x2 failed',
    'Ref # [88412]   Fax 402 555 0177   Auth: per Heritage, HPM-[22457]',
    'Signed: T. Okafor DPM   pg 1/1',
  ].join('\n'),
});

// ── 38. TextExpander snippets list ──
const snippets = table({
  id: 's195-snippets',
  kind: 's195-textexpander-snippet-library-grid',
  caption: 'TextExpander  Billing group',
  headers: ['Abbreviation', 'Label', 'Content'],
  rows: [
    [';gpmbox', 'GPM appeals address', 'Great Plains Mutual Appeals, PO Box [64632], Omaha, NE [68164]'],
    [
      ';noguide',
      '{76942} bundling note',
      '{76942} is not separately reportable with {64445}–{64448}; guidance is included in the block code (CPT 2020).',
    ],
    [';botox', 'Botox line set', '{64612}-RT, {64612}-LT, {95874}, J0585 (units), J0585-JW (waste)'],
    [
      ';intraop',
      'Intraop finding appeal',
      'The additional nerve release ({64708}) was an intraoperative finding during the authorized {64712}.',
    ],
    [';addr', 'Practice address', '[17330] Burt St Ste 200, Omaha, NE [68154]'],
    [
      ';wpsreopen',
      'WPS reopening address',
      'WPS GHA, Part B Written Reopenings, PO Box [14148], Madison, WI [53708]-4148',
    ],
  ],
});

// ── 39. Outlook flagged e-mail to-do list ──
const flagged = lines({
  id: 's195-flagged',
  kind: 's195-outlook-flagged-email-todo-list-text',
  before: 'To Do › Flagged email',
  text: [
    'RE: {64632} frequency — Lindahl (Heritage Plains)   Due Fri',
    'CodeRef Pro — Invoice [64712]-B, renewal $1,188.00/yr   Due Mar 31',
    'WPS: acknowledgment of your inquiry [71348]   No date',
    'FW: Tricare West remit — payer ID [99726], EFT enrollment   Due Mar 20',
    'Kelsey: template fixed? no more {76942} on blocks   Due Mar 12',
    'Undeliverable: Ocampo statement — new address on file, Council Bluffs IA [51501]   Due Mar 13',
  ].join('\n'),
});

// ── 40. Trello "due soon" e-mail digest ──
const dueSoon = lines({
  id: 's195-duesoon',
  kind: 's195-trello-due-soon-email-digest-text',
  before: 'Cards due soon on Dana — AR & Denials',
  text: [
    'Raman — {64445} + {76942} line 2 denied CO-97 · due tomorrow at 9:00 AM',
    '{64712}-RT Brandvold — GPM denied CO-197 no auth · due Mar 12 at 9:00 AM',
    'Heritage MCO wants op note for {64714} · due Mar 14 at 9:00 AM',
    'Atlassian · 350 Bush Street, Floor 13, San Francisco, CA [94104], USA · Unsubscribe',
  ].join('\n'),
});

// ── 41. Asana inbox notifications ──
const asanaInbox = lines({
  id: 's195-asanainbox',
  kind: 's195-asana-inbox-notifications-text',
  before: 'Inbox  Activity  Archive',
  text: [
    'Monique R. commented on Reopen Medicare {64612}-LT line: "CDM [30672] fixed — send as a new line, not a reopening."',
    'Jen (IT) completed Interface: 2nd {64612} on same DOS dropped',
    'Monique R. assigned you Compare GPM vs Medicare for {64632}, {64445} · Due Mar 31',
    'Asana added you to project Fee schedule 2027',
  ].join('\n'),
});

// ── 42. Chrome tab search list (tab group) ──
const tabs = lines({
  id: 's195-tabs',
  kind: 's195-chrome-tab-search-group-list-text',
  before: 'Search tabs  Tab group: Brandvold appeal (5)',
  text: [
    'EOB_2704911873300.pdf — Trello',
    'NCCI PTP edits: {64712} column 1 / {64708} column 2 — modifier 1',
    'MP-[31062] Peripheral Nerve Decompression — Great Plains Mutual Medical Policy',
    'Re: auth [66172] Brandvold — Gmail',
    'Pt portal message from Carl B. re ZIP [68028] statement — MyChart',
  ].join('\n'),
});

export const sealed195: readonly Snippet[] = [
  ...trelloBoard,
  ...trelloCard,
  ...trelloActivity,
  ...trelloFields,
  ...asanaList,
  ...asanaTask,
  ...notionTable,
  ...notionCheat,
  ...notionBoard,
  ...notionCsv,
  ...onenoteCalls,
  ...onenoteFees,
  ...onenoteSearch,
  ...gcalWeek,
  ...outlookEvent,
  ...ics,
  ...sticky,
  ...keep,
  ...todoist,
  ...msTodo,
  ...bookmarks,
  ...history,
  ...winClip,
  ...ditto,
  ...trelloJson,
  ...asanaCsv,
  ...notes835,
  ...hl7,
  ...emailCard,
  ...butler,
  ...timeline,
  ...asanaDash,
  ...trelloDash,
  ...journal,
  ...appeal,
  ...eobPdf,
  ...ocr,
  ...snippets,
  ...flagged,
  ...dueSoon,
  ...asanaInbox,
  ...tabs,
];
