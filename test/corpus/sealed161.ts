import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 161 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s161-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * flag, post, notification, badge, tag, listing and question ids, a moderator's and a member's numbers, a reputation
 * score, a claim number, an ERA control number, a reconsideration form number, an LCD id, payer policy and document
 * control numbers, a clearinghouse edit number and a CEU certificate number. The five known codes' digits come back
 * as decoys: the clinic's ZIP (Maryvale, MO 64445), a member's number and a forum user id, a claim number quoted in
 * the posting rules and in an edited title, a question id and the payer's PO box (64632), a poll id, a ZIP in a
 * flagged post and a PO box in a pasted 837 (64714), and a payer medical policy number (64612).
 *
 * Family: an online community of medical coders (a fictional forum and Q&A site, "CodeCommons", with its Pain
 * Management & Peripheral Nerve subforum) around one running case, a sciatic neuroplasty at a fictional Missouri
 * pain clinic (Bluestem Pain & Nerve, Maryvale, MO) whose same-day sciatic block a fictional payer denied: the
 * subforum thread list, the opening post, quoted replies, the Q&A version with votes and an accepted answer,
 * comments under an answer, user signatures with credentials and member numbers, the moderator's pinned post and its
 * edit log, the report queue, search results (simple and advanced), a private message and the inbox list, a poll
 * (ballot and results), the weekly digest email (HTML table and plain-text part), the reply-notification email, the
 * user profile page, its activity feed and badges, the leaderboard, the member directory, the notification drop-down,
 * a tag wiki page, related threads, the community wiki cheat sheet, a pasted X12 837 snippet and a
 * pasted remit table in posts, a payer-policy PDF attachment text layer, the raw Markdown source of a post, the
 * thread's RSS feed and JSON API view, the printer-friendly and mobile views, the live chat room, a chapter webinar
 * announcement and its CEU certificate, a job-board post, bookmarks, a duplicate-question banner and the forum rules.
 * Built on real public layouts: Discourse (topic list with replies/views/activity columns, quoted "user said:" blocks,
 * /t/slug/id.json and /latest.rss, pinned topics, flag review queue, user summary and badges, polls), Stack Exchange
 * (vote count, accepted-answer tick, comments, "This question already has an answer here", tag wiki, reputation
 * leaderboard), phpBB/vBulletin signatures and private messages, Discourse and Substack-style weekly digest emails,
 * and the AAPC forum and local-chapter pages (credentials after names, member ID, CEU index numbers). The others are
 * written the way those pages read, with no single source.
 *
 * 375 labelled tokens over 43 shapes: 245 codes, 130 decoys, 45 of the decoys in KNOWN_10K.
 */

// ── 1. Subforum thread list (Discourse-style topic list) ──
const threadList = table({
  id: 's161-threadlist',
  kind: 's161-subforum-thread-list-grid',
  caption: 'CodeCommons › Specialty Coding › Pain Management & Peripheral Nerve — Latest',
  headers: ['Topic', 'Replies', 'Views', 'Activity'],
  rows: [
    ['📌 READ FIRST: posting rules, no PHI, no claim numbers in titles', '0', '[20147] views', 'Jan 2025'],
    ['{64712} with {64445} same day — CO-97 bundling denial, appeal?', '23', '1.8k', '2h'],
    ['Bilateral {64714}: modifier 50 or RT/LT on two lines?', '9', '742', '6h'],
    ['{64632} after 3 alcohol injections — payer says "experimental"', '14', '1.1k', '1d'],
    ['Botox for hemifacial spasm: {64612} units vs J0585 units', '31', '[10412]', '2d'],
    ['US guidance {76942} with {64445}, separately payable?', '6', '388', '3d'],
    ['Tarsal tunnel release: {28035} or {64704}?', '4', '[12044]', '5d'],
    ['Appeal letter templates (members share, no PHI)', '58', '[13972] views', '2w'],
  ],
});

// ── 2. Opening post of the thread, text layer ──
const openingPost = lines({
  id: 's161-openpost',
  kind: 's161-thread-opening-post-text',
  before: '64712 with 64445 same day — CO-97 bundling denial, appeal? | kwinslow_CPC | Oct 14, 2026',
  text: [
    'Hi all, long-time lurker. Our surgeon did an open sciatic neuroplasty ({64712}-RT) and the anesthesiologist',
    'billed a single-shot sciatic block ({64445}-RT, 59) for post-op pain on the same DOS, 10/02/2026.',
    'Payer (Prairie Heartland Health, payer ID [47198]) paid {64712} at $612.40 and denied {64445} CO-97, "included in primary".',
    'Our claim # is redacted per the rules, ICN ends in ...[30148]. The block was requested by the surgeon,',
    "documented separately, different provider (anesthesia group TIN). Isn't that exactly what the NCCI",
    'policy manual allows for post-op pain blocks? Anesthesia billed {01250} with GA as the anesthetic.',
    'Any appeal language that worked for you? Clinic is in Maryvale, MO [64445], if regional LCDs matter.',
  ].join('\n'),
});

// ── 3. Quoted replies in the thread ──
const quotedReply = lines({
  id: 's161-quoted',
  kind: 's161-thread-quoted-reply-text',
  before: 'Reply #4 | dmorrell_CPC_CPMA | Oct 14, 2026',
  text: [
    'kwinslow_CPC said:',
    '> Payer paid {64712} at $612.40 and denied {64445} CO-97, "included in primary".',
    'Classic. NCCI lists {64445} as column 2 to {64712} with a modifier indicator of 1, so the 59 (or XU) is',
    'allowed IF the block is for post-op pain and not the surgical anesthetic. The op note has to say GA was the',
    'anesthetic. If the block was the anesthetic, it is bundled, period — and report {01250} only.',
    'mhalvorsen said:',
    '> Did you try XU instead of 59 on {64445}?',
    'Prairie Heartland does not care which, in my experience. Our ticket with them (case [41022]) took 6 weeks.',
  ].join('\n'),
});

// ── 4. Q&A version: question with votes ──
const qaQuestion = lines({
  id: 's161-qaq',
  kind: 's161-qa-question-with-votes-text',
  before: 'CodeCommons Q&A › Asked Oct 15, 2026 · Modified today · Viewed 2,406 times',
  text: [
    '▲ 17 ▼   Is a post-op sciatic block ({64445}) separately reportable with open sciatic neuroplasty ({64712})?',
    'Tags: cpt-{64445}  cpt-{64712}  ncci  modifier-59  anesthesia',
    'Surgeon performs {64712} under general; anesthesia places a sciatic catheter? No — single shot, so not {64446}.',
    'Question id [64632] · asked by kwinslow_CPC (rep 1,284) · 3 answers · bounty +50',
  ].join('\n'),
});

// ── 5. Q&A accepted answer ──
const qaAnswer = lines({
  id: 's161-qaa',
  kind: 's161-qa-accepted-answer-text',
  before: '3 Answers   Sorted by: Highest score (default)',
  text: [
    '▲ 29 ▼ ✔ Accepted   Yes, with conditions. Per the NCCI Policy Manual ch. II, a post-op pain block such as',
    '{64445} may be reported separately by the anesthesia provider when GA is the anesthetic for {64712} and the',
    'block is requested by the surgeon for post-op pain. Append 59 or XU. If the block IS the anesthetic, report',
    'only the anesthesia code ({01250}). Imaging guidance ({76942}) is bundled into {64445} since 2016, do not add it.',
    'answered Oct 15, 2026 by tpereira_CPC_CANPC (rep [12161]) · edited Oct 16 · share · follow · flag',
  ].join('\n'),
});

// ── 6. Comments under the accepted answer ──
const qaComments = lines({
  id: 's161-qacomments',
  kind: 's161-qa-answer-comments-text',
  before: 'Add a comment',
  text: [
    '4  Worth adding: {64446} (continuous) has its own edit pair with {64712}. – mhalvorsen Oct 15 at 19:02',
    '2  Appealed with this wording, {64445}-XU paid $88.17 on reprocessing. Thank you! – kwinslow_CPC Oct 29',
    '1  @kwinslow_CPC what was the reprocessed ICN? mine for a {64714} case is stuck – rjoshi Oct 29',
    "   @rjoshi ends ...[50163], but please don't post full ICNs here (rule 3). – dmorrell_CPC_CPMA Oct 30",
  ].join('\n'),
});

// ── 7. User signatures ──
const signatures = lines({
  id: 's161-sigs',
  kind: 's161-user-signature-block-text',
  before: '__________________',
  text: [
    'Kara Winslow, CPC, CRC — Bluestem Pain & Nerve, Maryvale MO — Member ID [51873]',
    'Dana Morrell, CPC, CPMA, CANPC | AAPC ID 01184562 | Chapter [30088] Kansas City Northland',
    'T. Pereira, CPC, CANPC, CPB — "If it isn\'t documented, it didn\'t happen." — member #[20168]',
    "Raj Joshi, CCS-P | pain & neuro coding since 2009 | fav code: {64714} (don't ask)",
  ].join('\n'),
});

// ── 8. Moderator pinned post ──
const pinned = lines({
  id: 's161-pinned',
  kind: 's161-moderator-pinned-post-text',
  before: '📌 Pinned globally by moderator lbrandt_CPC_CPCI — READ FIRST',
  text: [
    '1. No PHI. No patient names, DOBs, full claim numbers or member IDs. "Claim [64712] denied" is not allowed',
    '   when [64712] is your claim number — write "claim ending ...712" instead, or we cannot tell it from the code.',
    '2. Put the CPT code(s) in the title: e.g. "{64632} vs {28080} for Morton neuroma" not "help!! denial".',
    '3. For chemodenervation say the muscles: {64612} facial nerve, {64615} migraine, {64616} neck, {64642} limbs.',
    '4. Quote the NCCI edit pair when asking about bundling, e.g. {64712}/{64445}, with the quarter (2026 Q4).',
    'Moderator team: lbrandt (member [80161]), dmorrell (member [40117]). Forum ID [10229].',
  ].join('\n'),
});

// ── 9. Moderator edit log of the thread ──
const editLog = table({
  id: 's161-editlog',
  kind: 's161-moderator-post-edit-history-grid',
  caption: 'Edit history — post #1 of topic 88214',
  headers: ['Rev', 'When', 'By', 'Change'],
  rows: [
    ['1', '2026-10-14 08:12', 'kwinslow_CPC', 'Original: "claim [64445] denied" in title'],
    ['2', '2026-10-14 08:40', 'lbrandt (mod)', 'Title: claim number removed; now "{64712} with {64445} same day"'],
    ['3', '2026-10-14 09:05', 'lbrandt (mod)', 'Body: ICN [30148] cut to last five, member ID [51873] redacted'],
    ['4', '2026-10-16 13:22', 'kwinslow_CPC', 'Added anesthesia code {01250}; fixed {64446} → {64445}'],
    ['5', '2026-10-30 07:51', 'lbrandt (mod)', 'Reply #21: ICN [50163] removed (rule 3)'],
  ],
});

// ── 10. Flag / report queue ──
const reportQueue = table({
  id: 's161-flags',
  kind: 's161-moderation-flag-review-queue-grid',
  caption: 'Review › Flagged posts (4 pending)',
  headers: ['Flag id', 'Post', 'Reason', 'Excerpt', 'Flags'],
  rows: [
    ['[70130]', 'Re: {64632} experimental', 'Possible PHI', '"pt DOB 3/4/51 ZIP [64714] …"', '2'],
    ['[70137]', 'Bilateral {64714}', 'Spam', '"cheap CEUs at …"', '5'],
    ['[70131]', 'Re: {64612} units', 'Off-topic', '"anyone know a {99214} audit tool?"', '1'],
    ['[70215]', 'Re: {64712}/{64445}', 'Full claim no.', '"claim [10088] denied 10/21"', '1'],
  ],
});

// ── 11. Search results list ──
const searchResults = lines({
  id: 's161-search',
  kind: 's161-forum-search-results-list-text',
  before: 'Search: 64712 — 38 results in Pain Management & Peripheral Nerve',
  text: [
    '{64712} with {64445} same day — CO-97 bundling denial, appeal? … kwinslow_CPC · Oct 14, 2026 · 23 replies',
    '… neuroplasty {64712} vs decompression {64708} when the op note says "sciatic" … · rjoshi · Mar 2, 2026',
    '… our member number [64712] kept showing up in searches for the code, so I changed … · mhalvorsen · 2025',
    '… {64712} and {64714} at the same session, use 59? no, different anatomic sites … · tpereira · Aug 2024',
    '… UHC policy 2024T[04360]: {64712} needs PA in MO, {64718} does not … · dmorrell · Jun 2024',
  ].join('\n'),
});

// ── 12. Advanced search filter summary ──
const advSearch = lines({
  id: 's161-advsearch',
  kind: 's161-advanced-search-filter-summary-text',
  before: 'Advanced search',
  text: [
    'Keywords: "{64632}" OR "{64640}" · in: titles and posts · category: Pain Management & Peripheral Nerve',
    'Posted by: any · Posted after: 2025-01-01 · Min. replies: 3 · Tag: cpt-{64632} · Status: solved',
    'Saved search #[60127] · email me new results weekly · 12 matches (searched [26481] posts, 0.21 s)',
  ].join('\n'),
});

// ── 13. Private message ──
const privateMsg = lines({
  id: 's161-pm',
  kind: 's161-private-message-text',
  before: 'Private message · From: dmorrell_CPC_CPMA · To: kwinslow_CPC · Oct 21, 2026 21:14',
  text: [
    'Subject: your {64712}/{64445} appeal',
    "Kara — saw your post. Prairie Heartland's appeal address is PO Box [64632], Topeka, KS [66601]-4632 for",
    'professional claims, not the Jefferson City one. Put "{64445}-XU post-op pain per surgeon request" in box 19',
    'equivalent on the reconsideration form (form PH-[20225], ref [27736]). Attach the anesthesia record and the op note.',
    "Also they pay {76942} never with {64445}, don't bother. Call me at 816-555-0143 if you want. — Dana",
  ].join('\n'),
});

// ── 14. Inbox list ──
const inbox = table({
  id: 's161-inbox',
  kind: 's161-private-message-inbox-list-grid',
  caption: 'Messages › Inbox (3 unread)',
  headers: ['From', 'Subject', 'Date'],
  rows: [
    ['dmorrell_CPC_CPMA', 'your {64712}/{64445} appeal', 'Oct 21'],
    ['tpereira_CPC_CANPC', 'Re: {64632} LCD L[33904]?', 'Oct 18'],
    ['system', 'Your badge "Nerve Center" for 10 accepted answers on {64612}', 'Oct 11'],
    ['rjoshi', 'ICN [50163] question, sorry!', 'Oct 29'],
  ],
});

// ── 15. Poll: ballot form ──
const pollBallot = lines({
  id: 's161-pollballot',
  kind: 's161-poll-ballot-form-text',
  before: 'Poll: How do you report a bilateral sciatic neuroplasty? (closes Nov 15, 2026)',
  text: [
    '○  {64712}-50 x1, one line',
    '○  {64712}-RT and {64712}-LT, two lines',
    '○  {64712} x2 with 59 on the second line',
    '○  {64712}-50 with 2 units (our payer wants this, I know)',
    '○  Other (explain in a reply) — poll id [64714]',
  ].join('\n'),
});

// ── 16. Poll: results table ──
const pollResults = table({
  id: 's161-pollresults',
  kind: 's161-poll-results-grid',
  caption: 'Poll results · 214 voters · closed',
  headers: ['Option', 'Votes', '%'],
  rows: [
    ['{64712}-50 x1, one line', '87', '41%'],
    ['{64712}-RT and {64712}-LT, two lines', '96', '45%'],
    ['{64712} x2 with 59 on line 2', '12', '6%'],
    ['{64712}-50 with 2 units', '11', '5%'],
    ['Other', '8', '3%'],
  ],
});

// ── 17. Weekly digest email, HTML table ──
const digestTable = table({
  id: 's161-digesttable',
  kind: 's161-weekly-digest-email-top-threads-grid',
  caption: 'CodeCommons weekly digest — Pain Management & Peripheral Nerve — week of Oct 19, 2026',
  headers: ['Popular this week', 'Replies', 'Likes'],
  rows: [
    ['{64712} with {64445} same day — CO-97 bundling denial, appeal?', '23', '41'],
    ['Bilateral {64714}: modifier 50 or RT/LT?', '9', '12'],
    ['Cryoablation of genicular nerves: {64624} or 0441T… wait, {64640}?', '17', '20'],
    ['{64632} after 3 alcohol injections — "experimental"', '14', '9'],
    ['2027 CPT preview: new nerve codes?', '44', '[10125]'],
  ],
});

// ── 18. Weekly digest email, plain-text part ──
const digestText = lines({
  id: 's161-digesttext',
  kind: 's161-weekly-digest-email-plain-text',
  before: 'From: CodeCommons Digest <digest@codecommons.example>  Subject: This week: 64712 bundling, bilateral 64714',
  text: [
    'Hi Kara, here is what you missed in Pain Management & Peripheral Nerve ([11287] members).',
    '* Solved: post-op sciatic block {64445}-XU paid with {64712} after appeal (23 replies)',
    '* Hot: chemodenervation {64612} vs {64615} for a patient with both blepharospasm and migraine',
    '* New in the wiki: peripheral nerve cheat sheet, now with {64454} and {64624}',
    'You are receiving this because you follow the tag cpt-{64712}. Unsubscribe: member [51873], list [30218].',
    'CodeCommons LLC, 4410 Main St, Suite 200, Kansas City, MO [64111]',
  ].join('\n'),
});

// ── 19. Reply notification email ──
const replyAlert = lines({
  id: 's161-replyalert',
  kind: 's161-reply-notification-email-text',
  before: 'Subject: [CodeCommons] tpereira_CPC_CANPC replied to "64712 with 64445 same day"',
  text: [
    'tpereira_CPC_CANPC replied to your topic:',
    '"Yes, with conditions. … a post-op pain block such as {64445} may be reported separately when GA is the',
    'anesthetic for {64712} …"',
    'Visit topic: https://codecommons.example/t/[88214]/4',
    'Notification [50199] · You are watching this topic · CodeCommons, Kansas City, MO [64111]',
  ].join('\n'),
});

// ── 20. User profile page ──
const profile = lines({
  id: 's161-profile',
  kind: 's161-user-profile-page-text',
  before: 'kwinslow_CPC',
  text: [
    'Kara Winslow · CPC, CRC · Coding Lead, Bluestem Pain & Nerve · Maryvale, MO [64445]',
    'Member #[51873] · Profile views [11043] · Joined Mar 2019 · Last seen 2h ago · Reputation [10193] · Trust level 3 (Regular)',
    'About: 12 yrs in pain management. Mostly {64490}–{64495} facets, {64633}/{64635} RFA, and now nerve surgery',
    '({64712}, {64714}, {64708}) since our new peripheral nerve surgeon started. Chapter [30088] past president.',
    'Top tags: cpt-{64712} (41 posts), cpt-{64445} (33), cpt-{64633} (19), ncci (18)',
  ].join('\n'),
});

// ── 21. Activity feed on the profile ──
const activity = lines({
  id: 's161-activity',
  kind: 's161-user-activity-feed-text',
  before: 'Activity · All · Topics · Replies · Likes',
  text: [
    'Replied in "Bilateral {64714}: modifier 50 or RT/LT?" — "we do RT/LT, Prairie pays both at 100/50" · 6h',
    'Liked a post by tpereira_CPC_CANPC in "{64712} with {64445} same day" · 1d',
    'Accepted an answer in "Is a post-op sciatic block separately reportable?" (question [64632]) · 2w',
    'Created topic "{64632} after 3 alcohol injections" · 3w · 14 replies',
    'Edited tag wiki cpt-{64612} (revision [20291]), +2 rep · 1mo',
  ].join('\n'),
});

// ── 22. Badges ──
const badges = table({
  id: 's161-badges',
  kind: 's161-user-badges-grid',
  caption: 'Badges (14)',
  headers: ['Badge', 'Earned for', 'Awarded'],
  rows: [
    ['Nerve Center', '10 accepted answers tagged cpt-{64612}', 'Oct 11, 2026'],
    ['Good Answer', 'Answer score 25+ on "{64712} vs {64708}"', 'Mar 3, 2026'],
    ['Great Question', '"Is {64445} payable with {64712}?"', 'Oct 20, 2026'],
    ['Yearling', 'Member for a year (member [51873])', 'Mar 2020'],
    ['Pundit', '10 comments with score 5+', 'badge id [40174]'],
  ],
});

// ── 23. Leaderboard ──
const leaderboard = table({
  id: 's161-leaderboard',
  kind: 's161-reputation-leaderboard-grid',
  caption: 'Top users this quarter — Pain Management & Peripheral Nerve',
  headers: ['#', 'User', 'Member no.', 'Answers', 'Reputation', 'Top tag'],
  rows: [
    ['1', 'tpereira_CPC_CANPC', '[20168]', '212', '[12161]', 'cpt-{64445}'],
    ['2', 'dmorrell_CPC_CPMA', '[40117]', '188', '[10264]', 'cpt-{64633}'],
    ['3', 'kwinslow_CPC', '[51873]', '97', '[10193]', 'cpt-{64712}'],
    ['4', 'rjoshi', '[57318]', '61', '4,022', 'cpt-{64714}'],
    ['5', 'mhalvorsen', '[38817]', '44', '3,915', 'cpt-{64445}'],
  ],
});

// ── 24. Member directory ──
const directory = table({
  id: 's161-directory',
  kind: 's161-member-directory-grid',
  caption: 'Member directory · filter: specialty = Pain / Neuro · state = MO, KS',
  headers: ['Name', 'Credentials', 'City', 'ZIP', 'Member #', 'Specialty codes'],
  rows: [
    ['Kara Winslow', 'CPC, CRC', 'Maryvale, MO', '[64445]', '[51873]', '{64712}, {64445}, {64633}'],
    ['Dana Morrell', 'CPC, CPMA, CANPC', 'Gladstone, MO', '[64118]', '[40117]', '{01250}, {64445}, {64447}'],
    ['Raj Joshi', 'CCS-P', 'Overland Park, KS', '[66210]', '[57318]', '{64714}, {63650}'],
    ['Ana Lutz', 'CPC', 'Harrisonville, MO', '[64701]', '[90246]', '{64612}, {64615}, {64616}'],
  ],
});

// ── 25. Notification drop-down ──
const notifications = lines({
  id: 's161-notif',
  kind: 's161-notification-dropdown-list-text',
  before: 'Notifications',
  text: [
    '💬 tpereira_CPC_CANPC  {64712} with {64445} same day…',
    '❤️ rjoshi liked your post in Bilateral {64714}: modifier 50…',
    '🏅 You earned "Great Question" for question #[64632]',
    '📦 Your data export (job [77102]) is ready to download',
    '🗳️ Poll "bilateral {64712}" closed: 214 votes',
    '🔔 New topic in a watched tag: "{64612} with EMG guidance {95874}?"',
  ].join('\n'),
});

// ── 26. Tag page / tag wiki ──
const tagWiki = lines({
  id: 's161-tagwiki',
  kind: 's161-tag-wiki-page-text',
  before: 'Tag: cpt-64445 · 612 questions · 148 watchers',
  text: [
    'About this tag: use for questions about CPT {64445}, injection(s), anesthetic agent(s) and/or steroid;',
    'sciatic nerve, single injection, including imaging guidance. For the continuous catheter use cpt-{64446}.',
    'Often asked with: cpt-{64712} · cpt-{64447} · cpt-{01250} · modifier-59 · ncci',
    'Do NOT use for ZIP code [64445] (Maryvale, MO) local chapter questions — use tag chapter-[30088].',
    'Tag wiki revision [20291] by kwinslow_CPC · tag id [40255]',
  ].join('\n'),
});

// ── 27. Related threads sidebar ──
const related = lines({
  id: 's161-related',
  kind: 's161-related-threads-sidebar-text',
  before: 'Related',
  text: [
    '12  {64445} + {64447} same leg, one or two blocks?',
    '8   {64712} denied "not medically necessary" — what LCD?',
    '31  Botox for hemifacial spasm: {64612} units vs J0585 units',
    '5   Is {64714} ever done outpatient?',
    '3   Morton neuroma: {28080} then {64632}, same year OK?',
  ].join('\n'),
});

// ── 28. Community wiki cheat sheet ──
const wikiSheet = table({
  id: 's161-wikisheet',
  kind: 's161-community-wiki-cheat-sheet-grid',
  caption: 'Community wiki — Peripheral nerve procedures cheat sheet (edit 47, last by dmorrell_CPC_CPMA)',
  headers: ['CPT', 'What', 'Watch out for', 'Commonly paired'],
  rows: [
    ['{64445}', 'Sciatic nerve block, single', 'Bundled as anesthetic; 59/XU if post-op', '{64447}, {64712}'],
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', '50 not allowed: RT/LT lines', 'J0585, {95874}'],
    ['{64632}', 'Neurolytic destruction, plantar common digital nerve', 'Once per site/session', '{76942}? no'],
    ['{64712}', 'Neuroplasty, sciatic nerve', 'Not with {64445} as anesthetic', '{01250}, {64445}'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'Rare; check op note', '{64712}'],
    ['{64708}', 'Neuroplasty, other major nerve', 'Use only when no specific code', '{64727}'],
  ],
});

// ── 29. Pasted X12 837P snippet in a post (code block) ──
const x12Paste = lines({
  id: 's161-x12paste',
  kind: 's161-post-pasted-x12-837-code-block-text',
  before: 'rjoshi: here is what we sent (PHI stripped), tell me what is wrong:',
  text: [
    'CLM*XXXX7712*1142.50***22:B:1*Y*A*Y*Y~',
    'HI*ABK:G5710*ABF:M5416~',
    'LX*1~',
    'SV1*HC:{64714}:RT*998.20*UN*1***1~',
    'DTP*472*D8*20261008~',
    'LX*2~',
    'SV1*HC:{64445}:59:RT*144.30*UN*1***1~',
    'NM1*85*2*MIDLANDS NERVE CTR*****XX*1999999984~ N3*PO BOX [64714]~ N4*LIBERTY*MO*[64068]~',
    'NM1*PR*2*PRAIRIE HEARTLAND HEALTH*****PI*[47198]~',
  ].join('\n'),
});

// ── 30. Pasted remit lines in a post (table) ──
const remitPaste = table({
  id: 's161-remitpaste',
  kind: 's161-post-pasted-remit-lines-grid',
  caption: 'kwinslow_CPC: the ERA lines, pasted from our PM system',
  headers: ['Line', 'Proc', 'Mod', 'Billed', 'Allowed', 'Paid', 'CARC', 'Ctrl #'],
  rows: [
    ['1', '{64712}', 'RT', '1,180.00', '612.40', '489.92', 'CO-45', '[50113]'],
    ['2', '{64445}', '59 RT', '240.00', '0.00', '0.00', 'CO-97', '[50122]'],
    ['3', '{76942}', '', '95.00', '0.00', '0.00', 'CO-97', '[50117]'],
  ],
});

// ── 31. Payer policy PDF attachment, text layer ──
const policyPdf = lines({
  id: 's161-policypdf',
  kind: 's161-attached-payer-policy-pdf-text',
  before: 'Attachment: PHH_MedPolicy_NerveProcedures_2026.pdf (412 KB) — posted by dmorrell_CPC_CPMA',
  text: [
    'Prairie Heartland Health  Medical Policy MP-[64612]  Peripheral Nerve Procedures  Effective 07/01/2026',
    'Covered when criteria met: neuroplasty {64712}, {64714}, {64708}; nerve blocks {64445}, {64447}, {64450}.',
    'Not covered (investigational): neurolytic destruction of plantar digital nerve {64632} by alcohol injection,',
    'cryoablation {64640} for Morton neuroma. Chemodenervation {64612}: see MP-[40203].',
    'Page 3 of 11   Policy Dept., PO Box [64632], Topeka, KS [66601]   Doc ctl [90140]   Bulletin PB-[23315]',
  ].join('\n'),
});

// ── 32. Raw Markdown source of a post (editor) ──
const markdownSrc = lines({
  id: 's161-markdown',
  kind: 's161-post-markdown-editor-source-text',
  before: 'Editing reply #9 — Markdown',
  text: [
    '| Code | Mod | Units | Note |',
    '|---|---|---|---|',
    '| `{64714}` | RT | 1 | lumbar plexus |',
    '| `{64714}` | LT | 1 | second line, 59 not needed |',
    '> **Quote from payer rep:** "bill {64714}-50 with 1 unit" (call ref [80024])',
    '[upload|bilat_lumbar_plexus_op_note_redacted.pdf] (upload id [60011])',
  ].join('\n'),
});

// ── 33. RSS feed of the thread ──
const rss = lines({
  id: 's161-rss',
  kind: 's161-thread-rss-feed-xml-text',
  before: 'https://codecommons.example/t/88214.rss',
  text: [
    '<item><title>{64712} with {64445} same day — CO-97 bundling denial, appeal?</title>',
    '<dc:creator>tpereira_CPC_CANPC</dc:creator><description>Yes, with conditions. A post-op block such',
    'as {64445} may be reported separately when GA is the anesthetic for {64712} … append 59 or XU.</description>',
    '<link>https://codecommons.example/t/[88214]/4</link><guid isPermaLink="false">post-[70059]</guid>',
    '<category>cpt-{64445}</category><category>cpt-{64712}</category><pubDate>Thu, 15 Oct 2026</pubDate></item>',
  ].join('\n'),
});

// ── 34. JSON API view of the thread ──
const jsonApi = lines({
  id: 's161-json',
  kind: 's161-thread-json-api-view-text',
  before: 'GET /t/88214.json',
  text: [
    '{"id":[88214],"title":"{64712} with {64445} same day — CO-97 bundling denial, appeal?",',
    ' "tags":["cpt-{64712}","cpt-{64445}","ncci"],"posts_count":24,"views":1806,"like_count":41,',
    ' "post_stream":{"posts":[{"id":[70027],"user_id":[64712],"username":"kwinslow_CPC","post_number":1},',
    '  {"id":[70029],"user_id":[20168],"cooked":"<p>… such as {64445} may be reported separately …</p>"}]},',
    ' "category_id":[10229],"accepted_answer":{"post_number":4,"username":"tpereira_CPC_CANPC"}}',
  ].join('\n'),
});

// ── 35. Printer-friendly view ──
const printView = lines({
  id: 's161-print',
  kind: 's161-thread-printer-friendly-text',
  before: 'CodeCommons — printable version — https://codecommons.example/t/88214/print',
  text: [
    'Topic: {64712} with {64445} same day — CO-97 bundling denial, appeal? (23 replies)',
    '#1 kwinslow_CPC, 10/14/2026: … sciatic neuroplasty ({64712}-RT) … sciatic block ({64445}-RT, 59) …',
    '#4 tpereira_CPC_CANPC, 10/15/2026 [accepted]: … report only the anesthesia code ({01250}) …',
    '#19 kwinslow_CPC, 10/29/2026: Update — reprocessed, {64445}-XU allowed $88.17, paid $70.54.',
    'Printed 11/02/2026 by member [51873] · page 1 of 4 · CodeCommons, Kansas City, MO [64111]',
  ].join('\n'),
});

// ── 36. Mobile app view (compact) ──
const mobile = lines({
  id: 's161-mobile',
  kind: 's161-thread-mobile-app-view-text',
  before: '‹ Pain & Peripheral Nerve',
  text: [
    'Bilateral {64714}: modifier 50 or RT/LT on two lines?',
    'rjoshi · 6h · 9 replies · 742 views',
    'Surgeon did {64714} both sides, payer rep said "{64714}-50 x1", clearinghouse edit [45109] rejects it.',
    '↳ kwinslow_CPC: RT/LT, two lines, Prairie pays 100/50. Same as we do for {64712}.',
    '♥ 12   ↩ Reply   ⋯   post [70066]',
  ].join('\n'),
});

// ── 37. Live chat room transcript ──
const chat = lines({
  id: 's161-chat',
  kind: 's161-live-chat-room-transcript-text',
  before: '#pain-and-nerve · live chat · Thursday',
  text: [
    '[10:02] ana_lutz: anyone billing {64612} with {64615} same day? different indication',
    '[10:03] tpereira: yes, 59 on {64615}, docs must separate muscles. not with {64616} though',
    '[10:03] ana_lutz: thx. units for J0585 split by code, right',
    '[10:04] rjoshi: ok who is member [64445]? it shows up in every search for the block code',
    "[10:05] dmorrell: @rjoshi that is a ZIP in MO, Kara's clinic, not a member. {64445} is the sciatic block :)",
    '[10:06] kwinslow: can confirm, Maryvale [64445]. ok back to {64632} appeals',
    '[10:07] lbrandt: reminder: office hours Thu 2 pm, voice room code [62930], bring your {64640} questions',
  ].join('\n'),
});

// ── 38. Chapter webinar announcement ──
const webinar = lines({
  id: 's161-webinar',
  kind: 's161-chapter-webinar-announcement-text',
  before: 'Events › Kansas City Northland chapter',
  text: [
    'Webinar: "Nerve blocks and neuroplasty: {64445}–{64448}, {64712}–{64714} and NCCI" — Nov 12, 2026, 6 pm CT',
    'Speaker: Dana Morrell, CPC, CPMA, CANPC. 1.0 CEU (index no. [90177]). Chapter [30088] members free.',
    'Location for in-person: Gladstone Library, 100 E 70th St, Gladstone, MO [64118], room B.',
    'Zoom passcode [40417]; registration closes Nov 10; event id [60227]; questions to the chapter secretary.',
  ].join('\n'),
});

// ── 39. CEU certificate ──
const ceuCert = lines({
  id: 's161-ceucert',
  kind: 's161-ceu-certificate-text',
  before: 'CERTIFICATE OF ATTENDANCE',
  text: [
    'This certifies that Kara Winslow, CPC, CRC (member [51873]) attended',
    '"Nerve blocks and neuroplasty: {64445}–{64448}, {64712}–{64714} and NCCI"',
    'on 11/12/2026 for 1.0 CEU. Index no. [90177]. Certificate no. [80238]. Verification code [58291].',
    'Kansas City Northland chapter [30088] · Gladstone, MO [64118]',
  ].join('\n'),
});

// ── 40. Job board post ──
const jobPost = lines({
  id: 's161-job',
  kind: 's161-job-board-post-text',
  before: 'Jobs › Remote / Missouri',
  text: [
    'Pain Management Coder II — Bluestem Pain & Nerve — Maryvale, MO [64445] (hybrid) — Req #[64614]',
    'Must know: facet and RFA {64490}–{64495}/{64633}–{64636}, nerve blocks {64445}–{64450}, neuroplasty {64712}.',
    'Nice to have: chemodenervation {64612}/{64615}, SCS {63650}/{63685}, CANPC. Pay $26–$31/hr.',
    'Apply by 12/01/2026. Posted by kwinslow_CPC (member [51873]). Listing id [20266]. Employer id [31524].',
  ].join('\n'),
});

// ── 41. Bookmarks ──
const bookmarks = table({
  id: 's161-bookmarks',
  kind: 's161-saved-bookmarks-grid',
  caption: 'Bookmarks (5)',
  headers: ['Saved post', 'Note', 'Remind me'],
  rows: [
    ['{64712} with {64445} same day #4', 'appeal wording', '—'],
    ['Wiki: Peripheral nerve cheat sheet', 'check {64632} row', 'Jan 2, 2027'],
    ['2027 CPT preview thread', 'new {64625}?', 'Jan 1, 2027'],
    ['PH appeals: PO Box [64632]', 'address for recon', '—'],
  ],
});

// ── 42. Duplicate-question banner ──
const duplicate = lines({
  id: 's161-duplicate',
  kind: 's161-qa-duplicate-question-banner-text',
  before: 'Closed · Duplicate',
  text: [
    'This question already has an answer here:',
    '  Is a post-op sciatic block ({64445}) separately reportable with open sciatic neuroplasty ({64712})? (3 answers)',
    'Closed 2 days ago by dmorrell_CPC_CPMA, tpereira_CPC_CANPC. Original question [64632], this one [70072].',
    'Original title: "claim [64445] — {64445} + {64712}, denied, help"',
  ].join('\n'),
});

// ── 43. Forum rules / FAQ page ──
const rulesFaq = lines({
  id: 's161-rules',
  kind: 's161-forum-rules-faq-page-text',
  before: 'CodeCommons FAQ — Community guidelines',
  text: [
    'Q: Can I post CPT descriptors? A: Short paraphrases only. "{64712} sciatic neuroplasty" is fine; pasting',
    'the full AMA descriptor table for {64400}–{64999} is not (copyright).',
    'Q: Why was my post edited? A: A moderator removed an identifier, e.g. a member ID or a 5-digit claim suffix',
    'like [50163]. We keep the codes, e.g. {64445}, and remove anything that could identify a patient or payer account.',
    'Q: How do I get support? A: support@codecommons.example, or write to CodeCommons LLC, Kansas City, MO [64111].',
  ].join('\n'),
});

export const sealed161: Snippet[] = [
  ...threadList,
  ...openingPost,
  ...quotedReply,
  ...qaQuestion,
  ...qaAnswer,
  ...qaComments,
  ...signatures,
  ...pinned,
  ...editLog,
  ...reportQueue,
  ...searchResults,
  ...advSearch,
  ...privateMsg,
  ...inbox,
  ...pollBallot,
  ...pollResults,
  ...digestTable,
  ...digestText,
  ...replyAlert,
  ...profile,
  ...activity,
  ...badges,
  ...leaderboard,
  ...directory,
  ...notifications,
  ...tagWiki,
  ...related,
  ...wikiSheet,
  ...x12Paste,
  ...remitPaste,
  ...policyPdf,
  ...markdownSrc,
  ...rss,
  ...jsonApi,
  ...printView,
  ...mobile,
  ...chat,
  ...webinar,
  ...ceuCert,
  ...jobPost,
  ...bookmarks,
  ...duplicate,
  ...rulesFaq,
];
