import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 30 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s30-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as account numbers, case and ticket ids, ZIPs, extensions, meeting
 * passcodes, SMS short codes, counts and amounts.
 *
 * Family: messaging and collaboration around the revenue cycle: web e-mail threads with forwarded denials and quoted
 * replies, an inbox list, Teams and Slack channel threads and a bot's alert card, a calendar invite for a coding
 * huddle, a web spreadsheet with cell comments, Confluence-style coding tips and a payer matrix, SharePoint lists and a
 * document library, fax cover sheets and a fax inbox, patient SMS reminders, secure provider-to-payer messages,
 * voicemail transcriptions and a voicemail inbox, call logs with call reference numbers, a Salesforce-style case page
 * and its activity list, to-do lists, kanban cards, Planner task details, meeting minutes, OCR of sticky notes and a
 * whiteboard, and the browser's own find bar and history list.
 * Built on real public layouts: the Outlook on the web reading pane (From/Sent/To/Subject block of a forwarded
 * message, "On … wrote:" quoting), a Teams channel post with replies, a Slack thread, an Outlook calendar invite with a
 * Teams join block (meeting ID, passcode, dial-in, phone conference ID), Google Sheets' grid with A1 column letters and
 * comment threads, a Confluence page with info panels and a table, a SharePoint list view (ID, Title, Modified,
 * Modified By), a fax cover sheet's fields, RingCentral-style fax and call logs, a Salesforce Lightning case record
 * (Case Number, Status, Priority, Case Origin, Subject, Description), a Trello/Jira card, Microsoft Planner's task pane,
 * the Availity secure messaging inbox and Chrome's find bar and History page. The others are written the way those
 * pages read, with no single source.
 *
 * 326 labelled tokens over 30 shapes: 129 codes, 197 decoys, 69 of the decoys in KNOWN_10K.
 */

// ── 1. Outlook on the web, forwarded payer denial with the original message below ──
const mailForward = lines({
  id: 's30-owafwd',
  kind: 's30-webmail-forwarded-denial',
  before: 'FW: Denial - Acct 20362 - DOS 10/14/2026',
  text: [
    'Marisol Vega <mvega@lakeshoreortho.org>',
    'Tue 11/24/2026 9:12 AM',
    'To: Coding Review Team',
    'Cc: Tyrell Banks',
    'Hi all — can someone look at this before Thursday? They denied the {64712} as not medically necessary but the op note clearly documents sciatic compression. Acct [20362], balance $4,118.00.',
    'Thanks, Marisol',
    'Marisol Vega | Patient Accounts Supervisor | Lakeshore Orthopedic Partners',
    '2200 N Lakeview Pkwy, Ste 410, Columbus OH [43023] | Ph 614-555-0184 ext [41522]',
    '________________________________',
    'From: noreply@claims.midwestunitedhealth.com',
    'Sent: Monday, November 23, 2026 4:47 PM',
    'To: billing@lakeshoreortho.org',
    'Subject: Claim Determination Notice - Ref [88127]',
    'Claim ID: 26318400219   Member ID: MUH77104482   Patient Acct: [20362]',
    'Line 1  CPT {64712}  Billed $3,480.00  Allowed $0.00  CARC 50  RARC N115',
    'Line 2  CPT {64445}  Billed $638.00  Allowed $212.40  Paid $169.92',
    'Line 3  CPT {64445}-59  Billed $638.00  Allowed $0.00  CARC 97  Group CO',
    'Check/EFT trace: 1T83176004   Payment date 11/20/2026   Provider #: [47219]-01',
    'To request reconsideration, reply within 180 days or mail to PO Box [72133], Dayton OH [45401].',
  ].join('\n'),
});

// ── 2. Outlook on the web, quoted reply chain ("On … wrote:" with > quoting) ──
const mailQuoted = lines({
  id: 's30-owaquote',
  kind: 's30-webmail-quoted-reply-chain',
  before: 'RE: RE: 64612 bilateral? (Dr. Okafor blepharospasm)',
  text: [
    'Yes — bill {64612}-50 once, 1 unit, not two lines. J0585 units go on their own line (we had 100 units, 0 wasted).',
    '— Priya',
    'On Mon, Nov 23, 2026 at 3:05 PM Dana Whitfield <dwhitfield@lakeshoreortho.org> wrote:',
    '> So for acct [31816] do I put {64612} RT and {64612} LT? The payer portal shows the old claim [55683] rejected.',
    '> Also the patient moved, new ZIP is [28206].',
    '>> On Mon, Nov 23, 2026 at 11:40 AM Priya Raman wrote:',
    '>> Facial nerve chemodenervation is per side. Check if their policy wants -50 or RT/LT. Policy #[17405] on their site.',
    '>> Sent from my iPhone',
  ].join('\n'),
});

// ── 3. Outlook on the web, inbox message list ──
const inboxList = table({
  id: 's30-inbox',
  kind: 's30-webmail-inbox-list',
  caption: 'Focused  Other   Filter',
  headers: ['', 'From', 'Subject', 'Preview', 'Received'],
  rows: [
    [
      '',
      'Midwest United Health',
      'Claim Determination Notice - Ref [88127]',
      'Claim ID: 26318400219 Line 1 CPT {64712}…',
      'Mon 4:47 PM',
    ],
    ['📎', 'Priya Raman', 'RE: {64612} bilateral? (Dr. Okafor)', 'Yes — bill {64612}-50 once, 1 unit…', 'Mon 3:22 PM'],
    [
      '',
      'Kronos Workforce',
      'Timecard approval due - Badge [10527]',
      'Your timecard for period ending 11/21…',
      'Mon 8:00 AM',
    ],
    [
      '',
      'Tyrell Banks',
      'Lumbar plexus - need op note',
      'Can you pull the note for {64714} on acct [63358]? Payer wants…',
      'Fri 2:14 PM',
    ],
    ['', 'IT Service Desk', 'INC0051126 resolved', 'Your ticket regarding Epic printer queue…', 'Fri 10:02 AM'],
    [
      '',
      'Fax Server',
      'Fax received from 6145550122 (4 pages)',
      'Job [92733] received at 11/20/2026 3:51 PM',
      'Thu 3:51 PM',
    ],
    [
      '',
      'Aetna Provider Services',
      'ERA available - Check# [60419]',
      'Payee: Lakeshore Orthopedic Partners, amount $[18322].40…',
      'Thu 7:30 AM',
    ],
    [
      '❗',
      'Kevin Chen',
      'wiki edit - {64632} units',
      'Changed the BCBS max for {64632} to 2 per the Nov bulletin (2611-B)…',
      'Wed 5:06 PM',
    ],
    ['', 'DocuSign', 'Completed: BAA - Vendor [39017]', 'All parties have completed Envelope ID 7F3A…', 'Wed 1:12 PM'],
    [
      '',
      'Payroll',
      'Your pay statement for 11/20/2026',
      'Net pay deposited to the account ending 4471. Employee ID [30592]…',
      'Wed 6:00 AM',
    ],
  ],
});

// ── 4. Microsoft Teams channel post with replies ──
const teamsThread = lines({
  id: 's30-teams',
  kind: 's30-teams-channel-thread',
  before: 'Revenue Integrity > Coding Questions',
  text: [
    'Tyrell Banks  11/24 10:03 AM',
    'Morning. Anyone know if Cigna is bundling {64445} into the anesthesia for the foot cases now? Got three back on the [77612] batch.',
    '👍 3   ❤ 1',
    '3 replies from Priya and Dana',
    'Priya Raman  11/24 10:11 AM',
    "Not bundling, they want the block documented separately. Post-op pain block by the surgeon's request. Add the note and resubmit.",
    'Dana Whitfield  11/24 10:15 AM',
    'Same thing on our side, 7 of 12 came back. Acct numbers in the sheet, tab "Nov blocks", rows 40-52.',
    'Tyrell Banks  11/24 10:17 AM',
    '@Dana Whitfield thanks. Also {64632} x 3 units on acct [45139] — is that 3 units or 3 lines?',
    'Priya Raman  11/24 10:20 AM',
    'For {64632} it is each nerve so 3 units with the same DOS is fine. Edited',
    'Kevin Chen  11/24 10:34 AM',
    'FYI BCBS caps it at 2 now. Bulletin [24680] from 11/01. Acct [45152] came back with unit 3 denied.',
    'Tyrell Banks  11/24 10:36 AM',
    '🙏 ok so acct [45139] = {64632} x2 paid + 1 unit write off?',
    'Priya Raman  11/24 10:38 AM',
    'Appeal the third if the note shows a separate interspace. Reply',
  ].join('\n'),
});

// ── 5. Slack thread in #denials ──
const slackThread = lines({
  id: 's30-slack',
  kind: 's30-slack-denials-thread',
  before: '# denials-triage',
  text: [
    'jmorales  9:41 AM',
    'heads up — Aetna ERA [21725] posted, 14 denials, mostly CO-4 on {64714}/{64712} with -59',
    'kchen  9:44 AM',
    'the {64714} ones are from Dr. Lindqvist, the 59 should be XS per their policy',
    'jmorales  9:45 AM',
    ':eyes: will fix. claim [30764] and [68274] resubmitted already, others pending',
    'kchen  9:52 AM',
    'also pls do not use {64712}-59 on the same side as {64714}, the plexus release includes it per the op note language',
    'jmorales  9:53 AM',
    'got it. ETA eod. total at risk $[12651]',
    '2 replies   Last reply today at 9:53 AM',
  ].join('\n'),
});

// ── 6. Teams bot adaptive card: denial alert ──
const botCard = lines({
  id: 's30-bot',
  kind: 's30-teams-bot-alert-card',
  before: 'Denial Alerts Bot  APP  11/24 6:00 AM',
  text: [
    '⚠ High-dollar denial',
    'Payer: BCBS of Ohio',
    'Account: [52135]',
    'Procedure: {64714} Neurolysis; lumbar plexus',
    'Billed: $5,912.00',
    'Reason: CO-197 Precertification absent',
    'Auth on file: A-[90105] (expired 09/30/2026)',
    'Work queue: WQ 3308',
    '[View in Epic]  [Assign to me]  [Snooze]',
  ].join('\n'),
});

// ── 7. Outlook calendar invite, coding huddle with Teams join block ──
const invite = lines({
  id: 's30-invite',
  kind: 's30-calendar-invite-coding-huddle',
  before: 'Coding huddle: nerve procedures (64712 / 64714 / 64445)',
  text: [
    'Wed 11/25/2026 8:30 AM - 9:00 AM',
    'Organizer: Priya Raman',
    'Required: Coding Review Team; Tyrell Banks; Dana Whitfield',
    'Location: Conf Rm 4B / Microsoft Teams Meeting',
    'Bldg 2 badge access code [74408] after 8:00 AM. Parking lot C.',
    'Agenda: 1) {64712} vs {64714} same session  2) {64445} with general anesthesia  3) {64612} RT/LT vs -50',
    'Please bring 2 examples each. Sheet link in the channel.',
    '________________________________________________________________________________',
    'Microsoft Teams Need help?',
    'Join the meeting now',
    'Meeting ID: 231 448 905 117',
    'Passcode: Zk3mQ9',
    'Dial in by phone',
    'Find a local number | Reset dial-in PIN',
    '+1 614-555-0100,,[62827]# United States, Columbus',
    'Phone conference ID: 628 273 604#',
  ].join('\n'),
});

// ── 8. Web spreadsheet grid (Google Sheets, "Nov blocks" tab) ──
const sheetGrid = table({
  id: 's30-sheet',
  kind: 's30-websheet-denial-tracker-grid',
  caption: 'Nov blocks',
  headers: ['', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
  rows: [
    ['1', 'Acct', 'DOS', 'CPT', 'Mod', 'Units', 'Billed', 'Denial', 'Notes'],
    ['40', '[14288]', '10/02/2026', '{64445}', '', '1', '638.00', 'CO-97', 'bundled w/ anes'],
    ['41', '[19299]', '10/02/2026', '{64445}', 'RT', '1', '638.00', 'CO-97', ''],
    ['42', '[40514]', '10/06/2026', '{64632}', '', '3', '1,194.00', 'CO-4', 'units?'],
    ['43', '[46678]', '10/07/2026', '{64712}', '59', '1', '3,480.00', 'CO-4', 'change to XS'],
    ['44', '[51614]', '10/07/2026', '{64714}', '', '1', '5,912.00', 'CO-197', 'auth exp'],
    ['45', '[53000]', '10/09/2026', '{64612}', '50', '1', '845.00', 'CO-16', 'missing J0585 NDC'],
    ['46', '[57775]', '10/13/2026', '{64445}', 'LT', '1', '638.00', 'paid', 'after appeal'],
    ['47', '[61805]', '10/14/2026', '{64712}', '', '1', '3,480.00', 'CO-50', 'fwd to Marisol'],
    ['48', '[62093]', '10/15/2026', '{64445}', '', '1', '638.00', 'CO-97', ''],
    ['49', '[62140]', '10/16/2026', '{64714}', 'XS', '1', '5,912.00', 'paid', 'ck [60419]'],
    ['50', '[66518]', '10/20/2026', '{64632}', '', '2', '796.00', 'paid', ''],
    ['51', '[67024]', '10/21/2026', '{64612}', 'RT', '1', '422.50', 'CO-16', 'ZIP on claim [43032]?'],
    ['52', 'TOTAL', '', '', '', '10', '[20123]', '', '=SUM(G40:G51)'],
  ],
});

// ── 9. Web spreadsheet comment threads (right-hand comment pane) ──
const sheetComments = lines({
  id: 's30-shcom',
  kind: 's30-websheet-cell-comments',
  before: 'Comments  All comments  For you',
  text: [
    'Dana Whitfield  10:24 AM Nov 24',
    'G52: total does not match the ERA — ERA says [20211]. Difference is row 42?',
    'Tyrell Banks  10:31 AM Nov 24',
    '+Priya Raman row 42 is {64632} x3, should it be 1,194 or 398 each?',
    'Priya Raman  10:40 AM Nov 24',
    '398 x 3 is right. The {64632} fee is per nerve. Resolved',
    'Kevin Chen  11:02 AM Nov 24',
    'D44: do we need {64714} with LT? It was only done on the left. Assigned to Dana Whitfield',
    'Dana Whitfield  11:09 AM Nov 24',
    'No laterality on {64714} for this payer, leave blank. Re-opened: C41 acct [19299] has {64445}-RT but chart says left.',
  ].join('\n'),
});

// ── 10. Confluence page: coding tips ──
const wikiTips = lines({
  id: 's30-wiki',
  kind: 's30-wiki-coding-tips-page',
  before: 'Revenue Cycle / Coding / Peripheral Nerve Procedures — Tips',
  text: [
    'Created by Priya Raman, last updated by Kevin Chen on Nov 20, 2026 • 4 minute read',
    'ℹ Info: This page replaces the old tip sheet (page id [84117]). Ask in #coding-questions before changing it.',
    'Open neurolysis',
    '• Sciatic nerve: {64712}. Look for "external neurolysis", "release of scar" in the op note.',
    '• Lumbar plexus: {64714}. Do not add {64712} when the sciatic release is part of the same exposure.',
    'Tip: the open neurolysis family {64712}-{64714} is per nerve/plexus, not per incision. Search the page for "{64714}" before adding a second line.',
    'Blocks and destruction',
    '• Sciatic single-shot block ({64445}) — separately reportable only when the surgeon asks for post-op pain control.',
    '• Morton neuroma alcohol injections → {64632}, per nerve, up to 3 per session by most payers.',
    '• Blepharospasm Botox: {64612} per side; pair with J0585 and the NDC [00023]-1145-01.',
    'Related pages: Modifier 59 vs X{EPSU} (page [84236]) • Payer grids • Prior auth fax numbers',
    'Like  Be the first to like this   3 comments',
    'Kevin Chen: the NDC in the last bullet is for the 100-unit vial, 200-unit is different. Reply',
  ].join('\n'),
});

// ── 11. Confluence table: payer rules matrix ──
const wikiMatrix = table({
  id: 's30-wikimx',
  kind: 's30-wiki-payer-rules-table',
  caption: 'Payer quick reference (updated monthly)',
  headers: ['Code', 'Medicare', 'MUH Commercial', 'BCBS OH', 'Aetna', 'Notes'],
  rows: [
    ['{64712}', 'No PA', 'PA required', 'PA required', 'No PA', 'LCD L[35457] n/a'],
    ['{64714}', 'No PA', 'PA required', 'PA required (fax 855-482-2210)', 'PA required', ''],
    ['{64445}', 'No PA', 'No PA', 'No PA', 'bundles w/ anes', 'see thread 11/24'],
    ['{64632}', 'max 3 units', 'max 3 units', 'max 2 units', 'max 3 units', 'policy CP-[31203]'],
    ['{64612}', '-50 not allowed, use RT/LT', '-50', 'RT/LT', '-50', 'J0585 NDC req'],
  ],
});

// ── 12. SharePoint list view: Appeals tracker ──
const spList = table({
  id: 's30-splist',
  kind: 's30-sharepoint-appeals-list',
  caption: 'Appeals Tracker   + New  Edit in grid view  Share  Export',
  headers: ['ID', 'Title', 'Payer', 'CPT', 'Amount', 'Payer Ref', 'Status', 'Modified', 'Modified By'],
  rows: [
    [
      '412',
      'Acct [20362] sciatic neurolysis',
      'MUH',
      '{64712}',
      '$3,480.00',
      '[48915]',
      'Drafting',
      '2 hours ago',
      'Marisol Vega',
    ],
    [
      '411',
      'Acct [63358] plexus release',
      'BCBS OH',
      '{64714}',
      '$5,912.00',
      '[57022]',
      'Submitted',
      'Yesterday',
      'Tyrell Banks',
    ],
    [
      '409',
      'Acct [45139] neuroma x3',
      'Aetna',
      '{64632}',
      '$1,194.00',
      'AE-[30218]',
      'Won',
      'November 18',
      'Dana Whitfield',
    ],
    ['405', 'Batch [77612] blocks', 'Cigna', '{64445}', '$4,466.00', '', 'Submitted', 'November 16', 'Tyrell Banks'],
    [
      '398',
      'Acct [31816] blepharospasm',
      'Anthem',
      '{64612}',
      '$845.00',
      '[48213]',
      'Lost',
      'November 2',
      'Priya Raman',
    ],
  ],
});

// ── 13. SharePoint document library ──
const spDocs = table({
  id: 's30-spdocs',
  kind: 's30-sharepoint-document-library',
  caption: 'Documents > Appeals > 2026 > November',
  headers: ['Name', 'Modified', 'Modified By', 'File size', 'Sharing'],
  rows: [
    ['Appeal_{64712}_acct[20362]_MUH.docx', 'November 24', 'Marisol Vega', '41.2 KB', 'Shared'],
    ['OpNote_acct[63358]_10-07.pdf', 'November 23', 'Tyrell Banks', '318 KB', 'Private'],
    ['Cigna_{64445}_blocks_batch[77612].xlsx', 'November 16', 'Tyrell Banks', '[22859] bytes', 'Shared'],
    ['Aetna-policy-CP[31203]-neuroma.pdf', 'November 12', 'Dana Whitfield', '1.1 MB', 'Shared'],
    ['LMN template {64612} RT-LT.docx', 'October 30', 'Priya Raman', '28 KB', 'Shared'],
  ],
});

// ── 14. Fax cover sheet (outgoing, to payer utilization management) ──
const faxCover = lines({
  id: 's30-faxcov',
  kind: 's30-fax-cover-sheet',
  before: 'LAKESHORE ORTHOPEDIC PARTNERS — FAX',
  text: [
    'To: BCBS of Ohio — Utilization Management     From: Tyrell Banks',
    'Fax: 1-855-482-2210                         Fax: 614-555-0199',
    'Phone:                                      Phone: 614-555-0184 x[41522]',
    'Date: 11/24/2026                            Pages (incl. cover): 9',
    'Dept/Mail stop: UM [60170]-02 Attn: Retro Review',
    'Re: Retro auth request — Member MBX889204471 — CPT {64714} — DOS 10/07/2026',
    '☐ Urgent  ☑ For Review  ☐ Please Comment  ☐ Please Reply',
    'Comments: Enclosed op note, H&P and imaging for lumbar plexus neurolysis. Prior auth A-[90105] expired 09/30.',
    'Please reference our case # [36888] in any reply.',
    'Enclosures: Op note (3)  H&P (2)  MRI L-spine report (2)  Claim copy, acct [63358], billed $5,912.00 for {64714}',
    'Provider: Anders Lindqvist, MD  NPI 1467203958  Lakeshore Orthopedic Partners, Columbus OH [43016]',
    'CONFIDENTIALITY NOTICE: This facsimile contains protected health information…',
  ].join('\n'),
});

// ── 15. Fax inbox list (RingCentral-style) ──
const faxInbox = table({
  id: 's30-faxin',
  kind: 's30-fax-inbox-list',
  caption: 'Fax  Inbox  Sent  Failed',
  headers: ['', 'From', 'Date/Time', 'Pages', 'Status', 'Fax ID'],
  rows: [
    ['☐', '(855) 482-2210', '11/24/2026 1:14 PM', '3', 'Unread', '[93636]'],
    ['☐', 'BCBS OH UM', '11/24/2026 12:02 PM', '2', 'Read', '[93605]'],
    ['☐', '(800) 555-0166 Aetna PA {64632}', '11/23/2026 4:40 PM', '5', 'Read', '[93512]'],
    ['☐', 'Cigna Appeals', '11/23/2026 9:18 AM', '12', 'Read', '[93205]'],
    ['☐', 'Dr Okafor office', '11/20/2026 3:51 PM', '4', 'Read', '[92733]'],
    ['☐', '(614) 555-0122 Dr Okafor {64612} LMN', '11/19/2026 10:05 AM', '2', 'Read', '[92718]'],
    ['☐', 'Anthem UM', '11/18/2026 2:47 PM', '6', 'Forwarded', '[92604]'],
    ['☐', '(614) 555-0190', '11/17/2026 8:12 AM', '1', 'Read', '[92477]'],
  ],
});

// ── 16. Patient SMS reminders (texting platform conversation view) ──
const sms = lines({
  id: 's30-sms',
  kind: 's30-patient-sms-reminders',
  before: 'Conversation with (614) 555-0137  •  Patient: R. Alvarez',
  text: [
    'From [86759]: Lakeshore Ortho: Reminder of your appointment Thu 11/26 at 7:30 AM at 2200 N Lakeview Pkwy, Columbus OH [43023]. Reply C to confirm, R to reschedule.',
    'C',
    'From [86759]: Thank you, you are confirmed. Please arrive 30 min early. Nothing to eat after midnight.',
    'From [86759]: Your estimate for procedure {64445} (nerve block) is $127.38 after insurance. Pay now: lsop.co/p/[47165]',
    'is that the same as the shot from last time?',
    'From [86759]: A team member will call you. Msg&data rates may apply. Reply STOP to opt out, HELP for help.',
    'STOP',
    'From [86759]: You are unsubscribed from Lakeshore Ortho alerts. No more messages will be sent. Reply START to resubscribe.',
    'From [54231]: Your verification code for the Lakeshore patient portal is [80957]. It expires in 10 minutes.',
    'From [86759]: Lakeshore Ortho: Your statement is ready. Amount due $127.38, account ending 2093. Pay by 12/15 at lsop.co/p/[47188] or call 614-555-0150.',
    'From [86759]: Payment received, thank you. Confirmation [60733].',
  ].join('\n'),
});

// ── 17. Secure provider-to-payer message (Availity-style messaging inbox, one message open) ──
const payerMsg = lines({
  id: 's30-secmsg',
  kind: 's30-secure-payer-message',
  before: 'Messaging > Inbox > Claim inquiry',
  text: [
    'Message ID: [73608]-2026-11   Status: Responded   Category: Claim Status/Inquiry',
    'Payer: Midwest United Health   Provider: Lakeshore Orthopedic Partners   Tax ID: XX-XXX6218',
    'Submitted by: mvega 11/24/2026 9:31 AM',
    'Claim number 26318400219, patient account [20362]. Line 1 {64712} denied CARC 50. Op note attached (2 pages). Please reprocess or advise appeal route.',
    'Payer response 11/25/2026 2:02 PM (rep ID K7-[35503]):',
    'Thank you for contacting MUH. Line 1 procedure code {64712} requires clinical review. Submit a Level 1 appeal with the operative report. Reference # [48909]. Timely filing for appeals is 180 days from the EOB date.',
    'Attachments: opnote_[20362].pdf (212 KB)',
    'Tracking #: [41966]   Provider address: 2200 N Lakeview Pkwy, Columbus, OH [43016]   Rendering NPI 1467203958',
    'Reply  Close message  (messages are kept 90 days; [12] unread in folder)',
  ].join('\n'),
});

// ── 18. Voicemail transcription (e-mailed from the phone system) ──
const voicemail = lines({
  id: 's30-vm',
  kind: 's30-voicemail-transcription',
  before: 'Voice Message from BCBS OHIO (8554822210) to ext 41522 — Duration 0:52',
  text: [
    'Transcription (may contain errors):',
    '"Hi this is Jolene from Blue Cross utilization management calling for Tyrell regarding the retro authorization request for procedure code {64714} date of service October seventh.',
    'The case number on our end is [36888] … sorry, that was your reference, ours is 5 7 oh … ours is [57022].',
    'We need the imaging report that was referenced. You can fax it to 855-482-2210 or upload it in the portal.',
    'Call back at 800-555-0142 option 3 and give extension [65717]. Thanks bye."',
    'Voice Message from (614) 555-0137 to ext [41522] — Duration 0:21',
    '"Yeah hi this is Rosa Alvarez, my account is [14288], I got a bill for the nerve block and it says {64445} on it, I thought that was part of the surgery. My zip is [33801] if you need it. Call me back please."',
    'Was this transcription useful?  Yes  No',
  ].join('\n'),
});

// ── 19. Voicemail inbox list ──
const vmInbox = table({
  id: 's30-vmin',
  kind: 's30-voicemail-inbox-list',
  caption: 'Voicemail  Mailbox [41522]  3 new',
  headers: ['From', 'Received', 'Duration', 'Transcript preview'],
  rows: [
    [
      'BCBS OHIO (855) 482-2210',
      'Today 11:47 AM',
      '0:52',
      'Hi this is Jolene from Blue Cross … procedure code {64714} …',
    ],
    [
      'Unknown (614) 555-0137',
      'Today 8:02 AM',
      '0:21',
      "…calling about my bill it says {64445} on it and I don't know…",
    ],
    [
      'Dr Okafor office',
      'Yesterday 4:15 PM',
      '1:10',
      "Calling for Priya about the Botox patient, they'll need {64612} on both sides…",
    ],
    [
      'Ext [42533] Jamie Ross',
      'Yesterday 9:30 AM',
      '0:18',
      "Hey it's Jamie, the Aetna check for [12140] dollars posted…",
    ],
  ],
});

// ── 20. Call log with call reference numbers ──
const callLog = table({
  id: 's30-calls',
  kind: 's30-payer-call-log',
  caption: 'Payer Call Log — Nov 2026 — T. Banks',
  headers: ['Date', 'Payer', 'Rep', 'Call Ref #', 'Acct', 'CPT', 'Outcome', 'Hold'],
  rows: [
    ['11/20', 'Cigna', 'Marcus', 'CR-[72581]-1120', '[57775]', '{64445}', 'Reprocess, 14 days', '32 min'],
    ['11/21', 'BCBS OH', 'Jolene', '[57022]', '[63358]', '{64714}', 'Need imaging', '18 min'],
    ['11/23', 'Aetna', 'D. Kim', '[98264]', '[45139]', '{64632} x3', 'Paid 11/22 chk [12140]', '9 min'],
    ['11/24', 'MUH', 'online', 'msg [73608]', '[20362]', '{64712}', 'Appeal lvl 1', '—'],
    ['11/24', 'Anthem', 'Raj', 'Ref [48213] 2026', '[31816]', '{64612}-50', 'Upheld, use RT/LT', '41 min'],
    ['11/24', 'UHC', 'Tasha', 'I-[39028]', '[66518]', '{64632} x2', 'Paid, no action', '6 min'],
    ['11/25', 'Cigna', 'IVR', 'Ref [58823]', '[62093]', '{64445}', 'In process, 30 days', '—'],
    ['11/25', 'Medicare J15', 'IVR', 'conf [10764]', '[67024]', '{64612} RT', 'RTP, fix ZIP [43032]', '3 min'],
    ['11/25', 'Humana', 'Lee', '[58831]', '[62101]', '', 'Elig. verified, copay $40, ded met', '12 min'],
  ],
});

// ── 21. Salesforce-style CRM case record (highlights panel and details) ──
const crmCase: Snippet[] = [
  {
    id: 's30-crm-subject',
    kind: 's30-crm-case-record',
    text: 'Patient disputes bill for {64445} - acct [14288]',
    before: 'Case 00048364 Subject',
    after: 'Priority High',
  },
  {
    id: 's30-crm-acct',
    kind: 's30-crm-case-record',
    text: '[14288]',
    before: 'Account Number',
    after: 'Contact Name',
  },
  {
    id: 's30-crm-zip',
    kind: 's30-crm-case-record',
    text: 'Mailing Address 88 Hollow Creek Dr, Lakeland FL [33812]',
    before: 'Contact Details',
    after: 'Case Origin Phone',
  },
  {
    id: 's30-crm-desc',
    kind: 's30-crm-case-record',
    text: 'Pt called (see call [83049]) saying she was told the block was included. Statement shows {64445} sciatic nerve block $638.00 and anesthesia. Coding confirmed block ordered by surgeon for post-op pain. Offered payment plan, 12 months.',
    before: 'Description',
    after: 'Web Email',
  },
  {
    id: 's30-crm-guarantor',
    kind: 's30-crm-case-record',
    text: 'Guarantor ID [71904]   HAR [55817]   Balance $638.00',
    before: 'Billing',
    after: 'Statement Date',
  },
  {
    id: 's30-crm-post',
    kind: 's30-crm-case-record',
    text: 'Jamie Ross — Nov 24, 2026 at 10:14 AM: @Priya Raman can you confirm the {64445} was ordered by Dr. Lindqvist? Pt says nobody told her. Statement [90412].',
    before: 'Chatter  Post  Poll  Question',
    after: 'Like  Comment',
  },
  {
    id: 's30-crm-related',
    kind: 's30-crm-case-record',
    text: 'Related case [00048]-211 merged; prior complaint ref [39462].',
    before: 'Internal Comments',
  },
];

// ── 22. CRM case activity history (related list) ──
const crmActivity = table({
  id: 's30-crmact',
  kind: 's30-crm-activity-related-list',
  caption: 'Activity History (5)',
  headers: ['Subject', 'Name', 'Task', 'Due Date', 'Assigned To', 'Last Modified'],
  rows: [
    ['Call: pt re {64445} charge', 'R. Alvarez', '✓', '11/24/2026', 'Jamie Ross', '11/24/2026 10:12'],
    ['Email: itemized statement acct [14288]', 'R. Alvarez', '', '11/24/2026', 'Jamie Ross', '11/24/2026 10:30'],
    ['Task: coding review {64445} vs anes bundling', '', '✓', '11/25/2026', 'Priya Raman', '11/25/2026 08:55'],
    ['Payment plan set up, plan ID [25559]', 'R. Alvarez', '✓', '11/25/2026', 'Jamie Ross', '11/25/2026 09:41'],
    ['Letter: payment plan terms, batch [87046]', 'R. Alvarez', '', '11/26/2026', 'Mail Center', '11/26/2026 07:15'],
    ['Call: pt returned call, conf [60733]', 'R. Alvarez', '✓', '11/26/2026', 'Jamie Ross', '11/26/2026 11:03'],
  ],
});

// ── 23. Personal to-do list (Microsoft To Do style) ──
const todo = lines({
  id: 's30-todo',
  kind: 's30-todo-list',
  before: 'My Day  Tuesday, November 24',
  text: [
    '○ Pull op note acct [63358] for {64714} appeal  ★',
    '○ Call Cigna re batch [77612] ({64445} x7)  Due Today',
    '○ Fix mod on {64712}-59 → XS (rows 43, 47)',
    '✓ Send Priya the {64632} units question — done',
    '○ Timecard badge [10527]',
    '○ Renew CPC before 12/31, need 6 CEUs, member # [01395]',
    '○ Follow up Anthem ref [48213] / {64612} RT + {64612} LT corrected claim',
  ].join('\n'),
});

// ── 24. Kanban board cards (Jira/Trello style) ──
const kanban = lines({
  id: 's30-kanban',
  kind: 's30-kanban-board-cards',
  before: 'RCM Denials Board   To Do | In Progress | Waiting on Payer | Done',
  text: [
    'TO DO (4)',
    'RCM-2084 Update charge master description for {64632}',
    'RCM-[20844] Appeal {64712} underpayment acct [61805]   📎 2  💬 5   TB',
    'IN PROGRESS (2)',
    'RCM-[20851] Retro auth {64714} BCBS OH (case [57022])   due Nov 27   TB',
    'RCM-[20862] Edit: hard stop if {64445} billed with anes and no surgeon order   PR',
    'WAITING ON PAYER (1)',
    'RCM-[20799] Cigna reprocess {64445} batch [77612]   14 days',
    'RCM-[20804] UHC: {64632} per nerve units, verify ack [39028]   KC',
    'DONE (2)',
    'RCM-[20689] ZIP+4 scrub for [43016]-2210 addresses  ✓',
    'RCM-[20710] {64612} RT/LT vs 50 — payer grid published  ✓',
  ].join('\n'),
});

// ── 25. Microsoft Planner task details pane ──
const planner = lines({
  id: 's30-planner',
  kind: 's30-planner-task-details',
  before: 'Coding Huddle Follow-ups',
  text: [
    'Update the lumbar plexus tip on the wiki',
    'Bucket: Wiki   Progress: In progress   Priority: Medium',
    'Start date 11/25/2026   Due date 12/04/2026',
    'Notes: After the huddle we agreed {64714} and {64712} on the same side need the op note to show two separate releases. Update page [84117].',
    'Checklist 1/3',
    '✓ Draft wording (Kevin)',
    '○ Add example with acct [46678] ({64712}-XS)',
    '○ Get sign-off from compliance (ticket RQ-[66664])',
    'Attachments: huddle-notes-1125.docx',
    'Comments: Kevin Chen 11/26 — draft in page history v23, diff vs v22. Compliance ticket is RQ-[66664], SLA 5 days.',
  ].join('\n'),
});

// ── 26. Meeting minutes (Word online / OneNote page) ──
const minutes = lines({
  id: 's30-minutes',
  kind: 's30-meeting-minutes',
  before: 'Coding Huddle — Minutes — 11/25/2026',
  text: [
    'Attendees: P. Raman (chair), K. Chen, T. Banks, D. Whitfield, M. Vega. Absent: J. Ross',
    '1. Open neurolysis same session ({64712}, {64714}): agreed — report both only with distinct incisions documented. 9 of the 14 Aetna denials on ERA [21725] fall here.',
    '2. Sciatic block (CPT {64445}) with GA: bill when surgeon orders for post-op pain; Cigna reprocess expected (call ref CR-[72581]). Est. recovery $4,466.',
    '3. Chemodenervation facial nerve, {64612}: Anthem wants RT/LT, MUH wants -50. Grid on wiki. Waste J0585 on JW line.',
    '4. Destruction, plantar digital nerve: {64632} per nerve; max units differ by payer (BCBS 2).',
    'Action items: KC update wiki page [84117]; TB retro auth case [57022]; DW correct rows 41/43 in sheet.',
    'Metrics: Oct denials 212 of 2,904 claims; dollars denied $[61407]; recovered $[38115] (62%). Nov MTD 7.8%.',
    'Cost center [10425] (Ortho PB) vs [10431] (Pain clinic): blocks move to [10431] from 01/01.',
    'Next huddle 12/09/2026 8:30 AM, Conf Rm 4B. Minutes approved by P.R.',
  ].join('\n'),
});

// ── 27. OCR of sticky notes (photo attached in a chat, text extracted) ──
const stickyOcr = lines({
  id: 's30-sticky',
  kind: 's30-sticky-note-ocr',
  before: 'Text extracted from IMG_4471.jpg',
  text: [
    'CALL JOLENE BCBS',
    'ext [65717]',
    'case# [57022]',
    '{64714} retro - need MRI rpt',
    '—',
    'botox pt {64612} x2 sides',
    'RT/LT not 50 !!',
    'acct 3l816',
    'pin [70529]',
    'HAR [55817] bal $638',
    'BCBS fax 855 482 2210 / ref [57109]',
    'chk [12140] posted 11/22 - tell Jamie',
    'CEU quiz due 12/31 (code [27318])',
  ].join('\n'),
});

// ── 28. OCR of a whiteboard in the coding room ──
const whiteboardOcr = lines({
  id: 's30-wboard',
  kind: 's30-whiteboard-ocr',
  before: 'Whiteboard capture 11/25 (Office Lens)',
  text: [
    'NERVE CODES - WEEK OF 11/23',
    '{64712} sciatic - open  ->  w/ {64714}? only if 2 incisions',
    '{64445} block  |  Cigna batch [77612]  |  7 / 12 back',
    '{64632} per nerve (x3 max, BCBS x2)',
    'GOAL: denials < 5% | Nov so far 7.8% | $ at risk [38453]',
    'Q4 target [95220] clean claims',
    'YTD posted $[81590]k  |  AR > 90: [13402] accts?? (ask KC)',
    'Top denials: CO-97 ({64445}) 12 | CO-4 (mods) 9 | CO-197 ({64714}) 4',
    'Parking: room 204B code for door [24422]',
  ].join('\n'),
});

// ── 29. Browser find bar (Chrome) over a remit page, and the page text it reports ──
const findBar: Snippet[] = [
  {
    id: 's30-find-box',
    kind: 's30-browser-find-bar',
    text: '{64714}',
    before: 'Find in page',
    after: '2/5',
  },
  {
    id: 's30-find-box2',
    kind: 's30-browser-find-bar',
    text: '[20362]',
    before: 'Find in page',
    after: '0/0',
  },
  {
    id: 's30-find-zip',
    kind: 's30-browser-find-bar',
    text: '[43032]',
    before: 'Find in page',
    after: '1/1',
  },
  {
    id: 's30-find-match',
    kind: 's30-browser-find-bar',
    text: 'SVC LN 2  {64714}  DOS 100726  CHG 5912.00  ALLOW 0.00  CO 197  PT ACCT [63358]',
    before: 'SVC LN 1  99213-25',
  },
];

// ── 30. Browser History page (chrome://history) ──
const history = lines({
  id: 's30-hist',
  kind: 's30-browser-history-list',
  before: 'History   Search history',
  text: [
    'Today - Tuesday, November 24, 2026',
    '10:44 AM  CPT® {64712} Neurolysis sciatic nerve - Coding Reference   codingref.example.com',
    '10:41 AM  Search: {64714} vs {64712} same session - Google Search   google.com',
    '10:30 AM  Claim Status - Claim 26318400219 … Acct [20362]   portal.midwestunitedhealth.com',
    '10:12 AM  Aetna Clinical Policy Bulletin 0300: Neuroma treatment {64632}   aetna.com',
    '9:58 AM  Anthem Medical Policy SURG-[00112] chemodenervation {64612}   anthem.com',
    '9:41 AM  Case 00048364 | Salesforce   lakeshore.lightning.force.com',
    '9:20 AM  Sheets - Nov blocks - denial tracker   docs.google.com/spreadsheets/d/1xQ…/edit#gid=[81233]',
    'Yesterday - Monday, November 23, 2026',
    '4:50 PM  Availity Essentials | Messaging | [73608]-2026-11   apps.availity.com',
    '3:10 PM  {64445} sciatic nerve block billing with anesthesia - Reddit r/MedicalCoding   reddit.com',
    '2:55 PM  Lakeshore Ortho - Epic Hyperspace Web - HAR [55817]   epic.lakeshore.local',
    '1:20 PM  ZIP code [43032] - Columbus OH lookup - USPS   tools.usps.com',
    '1:05 PM  Inbox (412) - mvega@lakeshoreortho.org - Outlook   outlook.office.com/mail/inbox/id/AAQk[40712]…',
    '11:02 AM  CMS NCCI PTP edits Q4 2026 - column 2 {64712}   cms.gov',
  ].join('\n'),
});

export const sealed30: Snippet[] = [
  ...mailForward,
  ...mailQuoted,
  ...inboxList,
  ...teamsThread,
  ...slackThread,
  ...botCard,
  ...invite,
  ...sheetGrid,
  ...sheetComments,
  ...wikiTips,
  ...wikiMatrix,
  ...spList,
  ...spDocs,
  ...faxCover,
  ...faxInbox,
  ...sms,
  ...payerMsg,
  ...voicemail,
  ...vmInbox,
  ...callLog,
  ...crmCase,
  ...crmActivity,
  ...todo,
  ...kanban,
  ...planner,
  ...minutes,
  ...stickyOcr,
  ...whiteboardOcr,
  ...findBar,
  ...history,
];
