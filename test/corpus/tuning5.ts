import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * TUNING set 5 (issue 11, third pass): page shapes the corpus lacked, written with their labels BEFORE the detector
 * ran on them; the first score is in the closing note and in detect-corpus.test.ts. Decoys reuse the five real codes'
 * digits and numbers of the 10,000-code synthetic set (69865, 94321, 71339, 74522, 87241, 93327, 88898, 66664, 43162,
 * 39319, 98608, 54783, 58299, 67759, 72755, 89267, 99051, 11409, 52276, 42201, 10553, 68627, 22095, 26795), which
 * only the 10,000-code run knows. Tuned on freely from then on.
 */

// ── A tab-separated export opened as text (<pre>) ───────────────────────────────────────────────────────────
const tsvText: Snippet[] = [
  {
    id: 't5-tsv-1',
    kind: 't5-tsv-plain-text',
    text: [
      'acct_no\tline\tproc\tmod\tunits\tpayer_id\tzip',
      '[69865]\t1\t{64712}\tRT\t1\t[94321]\t[64111]',
      '[69865]\t2\t{64445}\t\t1\t[94321]\t[64111]',
      '[71339]\t1\t{64612}\t50\t1\t[87241]\t[64132]',
    ].join('\n'),
  },
];

// ── A payer's provider bulletin (prose, code lists, descriptions after codes) ─────────────────────────────
const bulletin: Snippet[] = lines({
  id: 't5-bulletin',
  kind: 't5-provider-bulletin',
  text: [
    'Provider Bulletin [93327] · November 2026 · Provider services 1-800-555-0142',
    'Effective January 1, codes {64712} and {64714} require prior authorization for all commercial plans.',
    '{64632} destruction by neurolytic agent, plantar common digital nerve: limited to two units per foot per date.',
    'Claims submitted under contract [88898] before December 15 will be reprocessed automatically.',
    'Questions? Write to PO Box [66664], Jefferson City MO [65102].',
    'The edit applies when {64445} is billed on the same date as {64712} by the same surgeon.',
  ].join('\n'),
});

// ── A coding forum thread (posts, user names, post numbers) ──────────────────────────────────────────────
const forum: Snippet[] = [
  {
    id: 't5-forum-1',
    kind: 't5-coding-forum',
    text: 'Post #[43162] by coder_kat » Mon Nov 23, 2026 — Has anyone had {64612} denied when billed bilaterally with 50?',
  },
  {
    id: 't5-forum-2',
    kind: 't5-coding-forum',
    text: 'Re: Post #[43162] — We bill {64612}-50 with 1 unit and it pays. Our member ID [39319] is not relevant here, sorry.',
  },
  {
    id: 't5-forum-3',
    kind: 't5-coding-forum',
    text: 'Joined: [98608] posts · Location: Springfield MO [65804]',
  },
  {
    id: 't5-forum-4',
    kind: 't5-coding-forum',
    text: 'I would code {64714} here, not {64712}, since only the lumbar plexus was freed.',
  },
];

// ── An RCM denial work queue (grid) ──────────────────────────────────────────────────────────────────────
const workQueue: Snippet[] = table({
  id: 't5-wq',
  kind: 't5-rcm-work-queue',
  headers: ['Account', 'Payer ID', 'CPT', 'Denial', 'Balance', 'Assigned'],
  rows: [
    ['[54783]', '[58299]', '{64712}', 'CO-197', '$1,450.00', 'jsmith'],
    ['[64714]', '[67759]', '{64445}', 'CO-97', '$700.00', 'jsmith'],
    ['[72755]', '[64612]', '{64632}-T5', 'PR-204', '$300.00', 'akim'],
    ['[89267]', '[58299]', '{64612}', 'CO-4', '$900.00', 'akim'],
  ],
});

// ── An itemized patient statement (text layer, code then description) ──────────────────────────────────────
const itemized: Snippet[] = lines({
  id: 't5-item',
  kind: 't5-itemized-statement',
  text: [
    'Statement date 11/20/2026   Guarantor [99051]   Page 1 of 1',
    '10/02/2026  {64712}  NEUROPLASTY MAJOR PERIPH NERVE     $1,450.00',
    '10/02/2026  {64445}  INJ ANES SCIATIC NERVE SINGLE       $700.00',
    '10/02/2026  [11409]  RECOVERY ROOM PER HOUR               $310.00',
    'Payments received: check [52276]   -$420.00',
  ].join('\n'),
});

// ── A knowledge-base article with a bulleted code list ────────────────────────────────────────────────────
const kb: Snippet[] = [
  {
    id: 't5-kb-1',
    kind: 't5-kb-article',
    text: 'KB article [42201] · Last reviewed 10/2026 · Owner: Revenue Integrity',
  },
  { id: 't5-kb-2', kind: 't5-kb-article', text: '• {64612} – chemodenervation, facial nerve muscles, unilateral' },
  { id: 't5-kb-3', kind: 't5-kb-article', text: '• {64632} – neurolytic destruction, plantar common digital nerve' },
  {
    id: 't5-kb-4',
    kind: 't5-kb-article',
    text: 'Do not pair {64445} with {64712} when the block is the anesthetic. See ticket INC-[10553] for the history.',
  },
];

// ── A prior-authorization decision notice (letter, reference numbers beside codes) ─────────────────────────
const paNotice: Snippet[] = [
  {
    id: 't5-pa-1',
    kind: 't5-pa-decision-notice',
    text: 'Reference [68627] · Member [22095] · Requesting provider NPI 1548293710',
  },
  {
    id: 't5-pa-2',
    kind: 't5-pa-decision-notice',
    text: 'Approved: {64714} (neuroplasty, lumbar plexus), 1 unit, from 11/01/2026 to 01/31/2027.',
  },
  {
    id: 't5-pa-3',
    kind: 't5-pa-decision-notice',
    text: 'Denied: {64632} x 4 units. Reason [26795]: exceeds the frequency limit.',
  },
  {
    id: 't5-pa-4',
    kind: 't5-pa-decision-notice',
    text: 'To appeal, call 1-800-555-0199 and quote case [64445].',
  },
];

// ── Batch 2 (written after batch 1 was tuned on, labels again before the first run) ─────────────────────────

// ── OR booking board (one line per case) ─────────────────────────────────────────────────────────────────
const orBoard: Snippet[] = lines({
  id: 't5-orb',
  kind: 't5-or-booking-board',
  text: [
    'OR 3 · 07:30 · Case [64714] · Dr Lee · Procedure: {64712}-RT · Anesthesia: block',
    'OR 3 · 09:15 · Case [74522] · Dr Lee · Procedure: {64632} x2 · Room turnover 20 min',
    'OR 5 · 10:40 · Case [88898] · Dr Ames · Add-on +{64445} · Pager [43162]',
  ].join('\n'),
});

// ── A JSON API log shown raw (not FHIR: keys name the fields) ──────────────────────────────────────────────
const apiLog: Snippet[] = [
  {
    id: 't5-api-1',
    kind: 't5-json-api-log',
    text: '2026-11-30T09:14:02Z POST /claims 201 {"claimId":"[64712]","cpt":"{64445}","modifier":"59","zip":"[64111]","units":1}',
  },
  {
    id: 't5-api-2',
    kind: 't5-json-api-log',
    text: '2026-11-30T09:14:03Z GET /claims/[64712]/lines 200 {"lines":[{"lineNo":1,"procCode":"{64712}","npi":"1548293710"}]}',
  },
];

// ── A coding audit findings table ─────────────────────────────────────────────────────────────────────────
const auditFindings: Snippet[] = table({
  id: 't5-aud',
  kind: 't5-coding-audit-findings',
  headers: ['Finding #', 'Provider #', 'Billed CPT', 'Correct CPT', 'Variance'],
  rows: [
    ['[71339]', '[64612]', '{64714}', '{64712}', '-$212.00'],
    ['[71340]', '[98608]', '{64445}', '{64445}-59', '$0.00'],
    ['[71341]', '[98608]', '{64612}', '{64612}-50', '$94.00'],
  ],
});

// ── SMS and push notifications (decoys: claim and reference numbers, short codes) ───────────────────────────
const sms: Snippet[] = [
  {
    id: 't5-sms-1',
    kind: 't5-sms-notification',
    text: 'Lakeside Health: your claim [64712] was processed. Ref [64445]. Reply STOP to [64612] to opt out.',
  },
  {
    id: 't5-sms-2',
    kind: 't5-sms-notification',
    text: 'Your verification code is [64632]. It expires in 10 minutes.',
  },
];

// ── A textbook exercise with its answer key ──────────────────────────────────────────────────────────────
const exercise: Snippet[] = [
  {
    id: 't5-ex-1',
    kind: 't5-coding-textbook',
    text: 'Exercise 7.4 (page 212). A patient has a sciatic nerve block for postoperative pain after a sciatic neuroplasty.',
  },
  {
    id: 't5-ex-2',
    kind: 't5-coding-textbook',
    text: 'Answer key: {64712}, {64445}-59. The block is separately reportable because it was not the anesthetic.',
  },
  {
    id: 't5-ex-3',
    kind: 't5-coding-textbook',
    text: 'Why not {64714}? Because only the sciatic nerve was freed. ISBN 978-1-[64445]-212-7',
  },
];

// ── A denial e-mail with a text table of lines ─────────────────────────────────────────────────────────────
const denialMail: Snippet[] = lines({
  id: 't5-dm',
  kind: 't5-denial-email-lines',
  text: [
    'From: claims@showmehp.example · Claim [58299] · Patient acct [54783]',
    'Line 1   {64712}   RT   1   $1,450.00   CO-50',
    'Line 2   {64445}        1     $700.00   CO-97',
    'Please resubmit line 2 with documentation. Call center hours 8-5, ext. [10553].',
  ].join('\n'),
});

// ── Batch 3 (written after batch 2 was tuned on; labels before the first run): numbers with a label no list knows
// and words after them that are not a procedure's description, and codes beside them ───────────────────────────

// ── A provider directory card ────────────────────────────────────────────────────────────────────────────
const directory: Snippet[] = lines({
  id: 't5-dir',
  kind: 't5-provider-directory',
  text: [
    'Lakeside Pain Clinic · Suite 200 · Provider ID [66672] · Taxonomy 208VP0014X',
    'Clinic [86163] Riverside Campus · 4400 Broadway, Kansas City MO [64111]',
    'Services: nerve blocks ({64445}), neuroplasty ({64712}, {64714}), Botox for facial spasm ({64612})',
  ].join('\n'),
});

// ── A surgical supply order (catalog numbers with descriptions) ─────────────────────────────────────────────
const supply: Snippet[] = lines({
  id: 't5-sup',
  kind: 't5-supply-order',
  text: [
    'PO [52895] · Vendor Medline · Ship to OR core, Lakeside Surgery Center',
    'Catalog [33529] nerve block tray, sterile   qty 10   $412.00',
    'Catalog [48448] peripheral nerve stimulator needle   qty 20   $388.00',
    'For cases coded {64445} and {64712} this month.',
  ].join('\n'),
});

// ── An EHR problem list and order list ────────────────────────────────────────────────────────────────────
const problems: Snippet[] = lines({
  id: 't5-prob',
  kind: 't5-ehr-problem-list',
  text: [
    'Problem [25923] low back pain with sciatica (M54.41) · onset 03/2026',
    'Problem [62162] facial spasm, hemifacial (G51.3) · onset 2024',
    'Order [61839] nerve conduction study, lower limbs · status final',
    'Planned procedure: {64714} lumbar plexus neuroplasty, right · surgeon Dr Lee',
  ].join('\n'),
});

// ── A payer fee-schedule notice ───────────────────────────────────────────────────────────────────────────
const feeNotice: Snippet[] = [
  {
    id: 't5-fee-1',
    kind: 't5-fee-schedule-notice',
    text: 'Fee schedule [75099] takes effect January 1. Rates for {64712} and {64714} rise 2.1%; {64632} is unchanged.',
  },
  {
    id: 't5-fee-2',
    kind: 't5-fee-schedule-notice',
    text: 'Contract addendum [83428] applies to Lakeside Pain only. Bulletin [16271] has the full table.',
  },
];

export const tuning5: Snippet[] = [
  ...tsvText,
  ...bulletin,
  ...forum,
  ...workQueue,
  ...itemized,
  ...kb,
  ...paNotice,
  ...orBoard,
  ...apiLog,
  ...auditFindings,
  ...sms,
  ...exercise,
  ...denialMail,
  ...directory,
  ...supply,
  ...problems,
  ...feeNotice,
];
