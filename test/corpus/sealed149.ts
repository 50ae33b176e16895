import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 149 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s149-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (ranges such as 64400–64999 count both ends; a code named only to say "not this one" is still
 * a code). The decoys are attendee, venue, exhibitor and hotel ZIPs, a PO box, a group discount code, a deck id, poll
 * and report ids, a webinar passcode, a resource id, a CEU index / approval number, member ids, course ids,
 * certificate, invoice, PO, quote, contract, hotline case and ticket numbers, badge ids in a lead-scan CSV, survey
 * respondent and collector ids, a blog permalink id, a MAC article and LCD id, an NPI fragment, a CME activity id,
 * form and planner ids, a call-for-presentations submission and reviewer batch, post-test item ids, a handout version,
 * an 837P claim submitter id, line item control number and ZIP, a CMS-1500 patient account number, a newsletter
 * record id, an exam voucher and CEU log ids. About a third of them are numbers of the synthetic 10,000-code set
 * (KNOWN_10K). The five known codes' digits come back as decoys 23 times: the association's PO box 64612, the group
 * code and an exhibitor's PO box 64714, the ZIPs 64632 (a podiatry practice) and 64445 (a medical group), a lead
 * badge id 64612, a certificate number 64445, a member id 64445, a CME claim reference, a hotel confirmation number and
 * an 837P line item control number 64712, and a blog permalink id 64714.
 *
 * Family: coding and reimbursement conferences and continuing education around peripheral-nerve and pain coding,
 * all around one (fictional) Heartland Pain & Nerve Coding Summit 2027 in Kansas City (Sept 16–18) run by a
 * fictional Midwest Coding Educators Association, and one attendee, a coding lead at a Topeka spine and nerve
 * clinic: the day-1 agenda grid and program-book session abstracts, the brochure registration page, a session's
 * slide deck (PDF text layer), its speaker notes and comparison slide, speaker handouts (chemodenervation code table,
 * case scenarios and answer key, NCCI PTP pairs, a MAC billing-article excerpt, a fee schedule CSV, an 837P and a
 * CMS-1500 example), the pre-summit webinar (saved chat, Q&A report CSV, registration report CSV, polling report),
 * the CEU certificate, CEU transcript, CME credit claim, session sign-in sheet and CEU verification admin log, the
 * exhibitor lead-scan CSV, a sales rep's follow-up email and the exhibitor directory, the evaluation survey export
 * and its board summary, the conference app's session screen, a faculty disclosure form, a call-for-presentations
 * receipt, a post-test result grid, hotel confirmation and registration invoice, the post-conference newsletter, a
 * speaker's social post, a blog recap with its comments, an "ask the speaker" email and a study group's chat and
 * flashcard export.
 * Built on real public layouts: Zoom webinar reports (saved chat "hh:mm:ss From X to Everyone:", Q&A, registration
 * and polling report CSV columns), survey tool response exports (Respondent ID, Collector ID, Start/End Date), trade
 * show lead-retrieval exports (badge id, contact, rating, notes), the CMS NCCI PTP file columns (column 1/2,
 * effective and deletion date, modifier indicator, rationale), the CMS physician fee schedule short descriptors and
 * global days, MAC billing-article "Group 1 Codes / Group 1 Paragraph" sections, the X12 837P 2300/2400 segments
 * (CLM, HI, LX, SV1 with HC: qualifier, DTP*472, REF*6R, N4), the CMS-1500 items 21–33, WhatsApp chat exports and
 * the ACCME faculty disclosure form. The others are written the way those pages read, with no single source.
 *
 * 395 labelled tokens over 41 shapes: 267 codes, 128 decoys, 42 of the decoys in KNOWN_10K.
 */

// ── 1. Conference agenda, day 1, grid ──
const agenda = table({
  id: 's149-agenda',
  kind: 's149-conference-agenda-day-grid',
  caption: 'Heartland Pain & Nerve Coding Summit 2027 — Day 1, Thursday, September 16 — Riverfront Convention Center',
  headers: ['Time', 'Room', 'Session', 'Title', 'Speaker', 'CEU'],
  rows: [
    [
      '8:00–9:15',
      'Ballroom A',
      'GS-01',
      'Keynote: the 2027 nerve procedure code set — what moved since {64445}–{64448} were revalued',
      'O. Haverkamp, MD',
      '1.25',
    ],
    [
      '9:30–10:30',
      '2104',
      'B-11',
      'Neuroplasty in the ASC: {64712}, {64713}, {64714} and when {64708} applies',
      'M. Dent, CPC',
      '1.0',
    ],
    [
      '9:30–10:30',
      '2106',
      'B-12',
      'Genicular nerve RFA ({64624}) vs. {64640}: documentation that survives audit',
      'P. Raman, RHIA',
      '1.0',
    ],
    [
      '10:45–11:45',
      'Ballroom A',
      'GS-02',
      'Chemodenervation: {64612}, {64615}, {64616} and the EMG guidance add-ons {95873}/{95874}',
      'T. Lusk, CPC',
      '1.0',
    ],
    ['1:00–2:00', '2104', 'B-21', 'Morton neuroma: neurolysis {64632} or excision {28080}?', 'M. Dent, CPC', '1.0'],
    [
      '2:15–3:15',
      '2106',
      'B-22',
      'Lower-extremity blocks {64445}/{64446} with ultrasound {76942}: bundled or not',
      'O. Haverkamp, MD',
      '1.0',
    ],
    [
      '3:30–4:30',
      'Exhibit Hall C',
      'EX-1',
      'Exhibitor theater: PNS systems and {64555}',
      'Sponsor: NeuroVale Medical',
      '0',
    ],
  ],
});

// ── 2. Session abstracts, program book text layer ──
const abstracts = lines({
  id: 's149-abstracts',
  kind: 's149-session-abstracts-program-book-text',
  before: 'Session abstracts — HPNCS 2027 (listed by session code)',
  text: [
    'B-11  Neuroplasty in the ASC. Decompression of the sciatic nerve ({64712}) and of the lumbar plexus ({64714})',
    '      is rare enough that most coders meet it once a year. We walk through three op notes, when the open',
    '      release belongs to {64708} (other major peripheral nerve), and why {64721} is never a default for the wrist.',
    'B-12  Genicular RFA. Payers moved from {64640} to {64624} for the knee; we compare LCD L[38801] requirements.',
    'B-21  Morton neuroma. A podiatry practice billed {64632} x 3 sessions per foot; the MAC disagreed. Learn how',
    '      the descriptor ("plantar common digital nerve") limits the code and when excision ({28080}) or {64776} fits.',
    'B-22  Blocks below the knee. Single-shot {64445} versus the continuous infusion {64446}; popliteal vs. adductor',
    '      canal ({64447}); and the NCCI pair with {76942}. Abstract ref. no. [20417]; reviewed by the program committee.',
  ].join('\n'),
});

// ── 3. Brochure registration page, text layer (decoy heavy) ──
const brochure = lines({
  id: 's149-brochure',
  kind: 's149-brochure-registration-page-text',
  before: 'REGISTER — Heartland Pain & Nerve Coding Summit 2027',
  text: [
    'Early bird (by July 31): member $695, non-member $845; pre-conference workshop W-1 "Nerve codes boot camp" $195',
    'Group rate: 3+ coders from one practice, use group code HPN27-[64714] at checkout (save $20 each)',
    'Venue: Riverfront Convention Center, 301 W. Pershing Rd, Kansas City, MO [64108]',
    'Hotel block: Pershing Grand Hotel, $189/night, block code [31405] (cut-off August 20, 2027)',
    "Mail checks to MCEA, PO Box [64612], Lee's Summit, MO [64063]; phone 816-555-0137",
    'Approved for 14.0 CEUs (index pending) and up to 12.5 AMA PRA Category 1 Credits™',
    'Cancellation: full refund less $75 until 8/15/2027. Sessions B-11 ({64712}/{64714}) and B-21 ({64632}) seat 120.',
  ].join('\n'),
});

// ── 4. Slide deck, PDF text layer (B-11) ──
const deck = lines({
  id: 's149-deck',
  kind: 's149-slide-deck-pdf-text-layer',
  before: 'B-11_Dent_Neuroplasty_ASC_FINAL.pdf — page 7 of 38',
  text: [
    'Neuroplasty codes at a glance',
    '• {64708} Neuroplasty, major peripheral nerve, arm or leg, open; other than specified',
    '• {64712} … sciatic nerve',
    '• {64713} … brachial plexus',
    '• {64714} … lumbar plexus',
    '• {64718} ulnar nerve at elbow   • {64719} ulnar nerve at wrist   • {64721} median nerve at carpal tunnel',
    'Global period: 090 for all of the above   |   Add {69990} only when the payer allows the microscope',
    'HPNCS 2027 · Session B-11 · Slide 7 · © M. Dent   Do not reproduce   Deck ID [40736]',
  ].join('\n'),
});

// ── 5. Slide speaker notes ──
const notes = lines({
  id: 's149-notes',
  kind: 's149-slide-speaker-notes-text',
  before: 'Speaker notes — slide 12',
  text: [
    'Say: the op note said "sciatic nerve freed from scar at the piriformis" — that is {64712}, not {64708}.',
    'Ask the room how many would add {64714} when the same incision continues into the lumbar plexus. (Answer: separate',
    'anatomic site, separate code; no NCCI edit between {64712} and {64714} — check the current quarter.)',
    'If time: the case where the ASC billed {64712}-50 and was paid 150%; Medicare wants RT/LT on two lines.',
    'Timer: 4 min. Poll Q3 goes here (poll ID [52135]).',
  ].join('\n'),
});

// ── 6. Slide comparison table ──
const slideTable = table({
  id: 's149-slidetable',
  kind: 's149-slide-comparison-table',
  caption: 'Slide 19 — Neurolysis vs. neuroplasty vs. neurectomy (wRVU illustrative)',
  headers: ['Procedure', 'Code', 'Typical site', 'Global', 'wRVU*'],
  rows: [
    ['Neurolysis, chemical', '{64632}', 'Plantar common digital nerve', '010', '1.23'],
    ['Neurolysis, RF genicular', '{64624}', 'Genicular nerve branches', '010', '2.50'],
    ['Neuroplasty, sciatic', '{64712}', 'Sciatic nerve', '090', '8.28'],
    ['Neuroplasty, lumbar plexus', '{64714}', 'Lumbar plexus', '090', '7.38'],
    ['Excision of neuroma, digital', '{64776}', 'Digital nerve, one or both', '090', '5.72'],
  ],
});

// ── 7. Speaker handout code table (chemodenervation) ──
const handoutChemo = table({
  id: 's149-hochemo',
  kind: 's149-speaker-handout-code-table',
  caption: 'Handout 4 — Chemodenervation and guidance (T. Lusk) — verify against your 2027 code book',
  headers: ['CPT', 'Short descriptor', 'Units', 'Add-on?', 'Typical drug'],
  rows: [
    ['{64612}', 'Chemodenerv, facial nerve, unilateral', '1 per side', 'No', 'J0585 / J0586'],
    ['{64615}', 'Chemodenerv, for chronic migraine', '1', 'No', 'J0585 (155 U)'],
    ['{64616}', 'Chemodenerv, neck muscle(s), excl. larynx', '1', 'No', 'J0585 / J0587'],
    ['{64642}', 'Chemodenerv, one extremity, 1–4 muscles', '1', 'No', 'J0585'],
    ['{64643}', 'each additional extremity, 1–4 muscles', '1–3', 'Yes (+{64642})', 'J0585'],
  ],
});

// ── 8. Handout case scenarios, text layer ──
const cases = lines({
  id: 's149-cases',
  kind: 's149-handout-case-scenarios-text',
  before: 'Handout 2 — Case scenarios (answers on page 6)',
  text: [
    'Case 1. 58-year-old, persistent sciatic neuropathy after hip arthroplasty; open release of the sciatic nerve at',
    'the sciatic notch. Code: ________   (hint: not {64708})',
    'Case 2. Alcohol neurolysis of the third common digital nerve, left foot, second session in 30 days. {64632}-LT',
    'with -58 or -79? Discuss.',
    'Case 3. Ultrasound-guided popliteal sciatic block for postop pain by the surgeon, who also did the bunionectomy',
    '({28296}). Is {64445} separately reportable? What if the anesthesiologist placed it ({64445} with {76942})?',
    'Case 4. Botulinum toxin to the orbicularis oculi and zygomaticus, right side only: {64612}-RT, J0585 x 20 U.',
    'Case 5. Lumbar plexus neuroplasty ({64714}) performed with a psoas release on the same side — one code or two?',
    'Practice set HPN-CS-[22847] · page 5 of 6',
  ].join('\n'),
});

// ── 9. Handout answer key grid ──
const answerKey = table({
  id: 's149-answers',
  kind: 's149-handout-answer-key-grid',
  caption: 'Handout 2 — Answer key (page 6)',
  headers: ['Case', 'Primary code(s)', 'Modifier(s)', 'Also report', 'Rationale'],
  rows: [
    ['1', '{64712}', 'RT', '—', 'Descriptor names the sciatic nerve'],
    ['2', '{64632}', 'LT, 58', '—', 'Staged per op plan; 010 global'],
    ['3a', '—', '—', '—', '{64445} bundled into {28296} when the surgeon places it (NCCI policy manual ch. II)'],
    ['3b', '{64445}', 'XU or 59', '{76942}', 'Separate anesthesia provider'],
    ['4', '{64612}', 'RT', 'J0585 x 20', '—'],
    ['5', '{64714}', 'LT', '{64708} only if a distinct nerve', 'Query the surgeon'],
  ],
});

// ── 10. Handout NCCI PTP pairs ──
const ncci = table({
  id: 's149-ncci',
  kind: 's149-handout-ncci-pairs-table',
  caption: 'Handout 5 — Selected NCCI PTP edits (practitioner), 2027 Q3 — from the CMS public file',
  headers: ['Column 1', 'Column 2', 'Effective', 'Deletion', 'Modifier ind.', 'PTP edit rationale'],
  rows: [
    ['{64712}', '{64708}', '20010101', '*', '1', 'Misuse of column two code with column one code'],
    ['{64714}', '{64722}', '20020101', '*', '1', 'Standards of medical / surgical practice'],
    ['{64632}', '{64455}', '20100101', '*', '1', 'Mutually exclusive procedures'],
    ['{64445}', '{64450}', '20090101', '*', '1', 'Standards of medical / surgical practice'],
    ['{64615}', '{64612}', '20130101', '*', '0', 'CPT Manual or CMS manual coding instructions'],
  ],
});

// ── 11. Webinar chat transcript (saved chat.txt) ──
const chat = lines({
  id: 's149-webchat',
  kind: 's149-webinar-chat-transcript-text',
  before: 'Pre-summit webinar 8/12/2027 — "Neuroplasty vs. neurolysis" — meeting_saved_chat.txt',
  text: [
    '13:04:11 From Janelle Okafor to Everyone: Is {64632} per nerve or per session? Our podiatrist does 2 interspaces',
    '13:04:40 From Marisol Dent (Host) to Everyone: per nerve — 2 interspaces = {64632} x 2 (59 or XS on the 2nd line)',
    '13:06:02 From Ray Ibsen to Everyone: our clinic ZIP is [64632] so the PM system keeps autocompleting it lol',
    "13:07:15 From Dee Carranza to Everyone: payer denied {64712} with M54.31 — said sciatica isn't an entrapment dx",
    '13:08:30 From Marisol Dent (Host) to Everyone: appeal with G57.01 if the op note shows it; template is resource [31833]',
    '13:10:49 From Tom Whelan to Everyone: anyone code {64714} this year? I have seen it twice in 10 years',
    '13:11:02 From Priya Raman to Everyone: twice here too; once it was really {64712} + {64708} after the audit',
    '13:12:37 From Janelle Okafor to Everyone: link for part 2? — Host: same link, passcode [27461]',
    '13:13:20 From Ray Ibsen to Everyone: {64445} w/ {76942} — do you need the image saved?',
    '13:13:58 From Marisol Dent (Host) to Everyone: yes, permanently recorded image + needle placement note for {76942}',
  ].join('\n'),
});

// ── 12. Webinar Q&A report, CSV ──
const qaCsv = lines({
  id: 's149-qacsv',
  kind: 's149-webinar-qa-report-csv',
  before: 'Question and Answer Report — Webinar ID 845 2217 9043 — Topic: Neuroplasty vs. neurolysis',
  text: [
    '#,Question,Asker Name,Asker Email,Answer(s)',
    '1,"Does {64712} include the nerve stimulator used for localization?",Dee Carranza,dcarranza@example.org,"Yes, included"',
    '2,"Can {64632} be billed with an E/M {99213} same day?",Tom Whelan,twhelan@example.org,"Only if separate; 25 on {99213}"',
    '3,"Payer wants {64455} not {64632} for steroid — right?",Ray Ibsen,ray@ozarkfoot.example,"Yes: {64455} steroid; {64632} neurolysis"',
    '4,"Is {64612} bilateral 50 or RT/LT?",Janelle Okafor,jokafor@prairiespine.example,"Most MACs {64612}-50; some plans RT + LT"',
    '5,"CEU certificate index?",Janelle Okafor,jokafor@prairiespine.example,"Emailed after the survey; index no. [20651]"',
  ].join('\n'),
});

// ── 13. Webinar registration report, CSV (decoy heavy) ──
const regCsv = lines({
  id: 's149-regcsv',
  kind: 's149-webinar-registration-report-csv',
  before: 'Registration Report — Webinar 845 2217 9043 — exported 08/13/2027',
  text: [
    'First Name,Last Name,Email,Organization,Zip/Postal Code,Job Title,Registration Time,Approval Status',
    'Janelle,Okafor,jokafor@prairiespine.example,Prairie Spine & Nerve Clinic,[66606],Coding Lead,08/01/2027 09:12,approved',
    'Ray,Ibsen,ray@ozarkfoot.example,Ozark Foot & Ankle,[64632],Billing Manager,08/02/2027 14:40,approved',
    'Dee,Carranza,dcarranza@example.org,Flint Hills Ortho ASC,[66502],Coder,08/03/2027 11:05,approved',
    'Tom,Whelan,twhelan@example.org,St. Brendan Medical Group,[64445],Auditor,08/05/2027 16:22,approved',
    'Leah,Morrow,lmorrow@example.org,Plains Neuro Associates,[68131],CPC-A,08/09/2027 08:03,approved',
    '# Custom question "Which codes should we cover?" top answers: {64632} (41), {64712} (22), {64445} (19)',
  ].join('\n'),
});

// ── 14. Webinar polling report ──
const poll = lines({
  id: 's149-poll',
  kind: 's149-webinar-polling-report-text',
  before: 'Polling Report — Poll 3 — "Sciatic nerve release at the piriformis: which code?"',
  text: [
    'Launched 13:21, 212 of 248 participants answered',
    'A. {64708} — 38 (18%)',
    'B. {64712} — 151 (71%)  ✓ correct',
    'C. {64714} — 14 (7%)',
    'D. {64702} — 9 (4%)',
    'Poll ID [52135] · Report [73385] · Webinar 845 2217 9043',
  ].join('\n'),
});

// ── 15. CEU certificate of attendance ──
const certificate = lines({
  id: 's149-cert',
  kind: 's149-ceu-certificate-text',
  before: 'CERTIFICATE OF ATTENDANCE',
  text: [
    'Midwest Coding Educators Association certifies that',
    'Janelle Okafor, CPC, CRC   Member ID [31062]',
    'attended the Heartland Pain & Nerve Coding Summit 2027, September 16–18, 2027, Kansas City, MO [64108]',
    'and is awarded 14.0 continuing education units (CEUs).',
    'Sessions: GS-01, B-11 Neuroplasty ({64712}/{64714}), B-21 Morton neuroma ({64632}), B-22 Blocks ({64445})',
    'Approval no. [23974]   Certificate no. [64445]   Keep for four years in case of audit.',
  ].join('\n'),
});

// ── 16. CEU transcript, table ──
const transcript = table({
  id: 's149-transcript',
  kind: 's149-ceu-transcript-table',
  caption: 'My CEU transcript — Janelle Okafor — renewal cycle 2026–2027',
  headers: ['Date', 'Course ID', 'Title', 'Provider', 'CEUs', 'Status'],
  rows: [
    [
      '08/12/2027',
      '[41461]',
      'Webinar: Neuroplasty vs. neurolysis ({64712}, {64714}, {64632})',
      'MCEA',
      '1.0',
      'Verified',
    ],
    ['09/16/2027', '[41822]', 'HPNCS 2027 — Day 1 (incl. B-11, B-12)', 'MCEA', '5.0', 'Verified'],
    ['09/17/2027', '[41823]', 'HPNCS 2027 — Day 2: chemodenervation {64612}/{64615}', 'MCEA', '5.0', 'Verified'],
    ['09/18/2027', '[41824]', 'HPNCS 2027 — Day 3: nerve blocks {64445}–{64448} audit lab', 'MCEA', '4.0', 'Pending'],
    ['03/02/2027', '[12977]', 'Local chapter: E/M documentation refresher', 'KC Chapter', '2.0', 'Verified'],
  ],
});

// ── 17. CME credit claim form ──
const cme = lines({
  id: 's149-cme',
  kind: 's149-cme-credit-claim-form-text',
  before: 'AMA PRA Category 1 Credit™ claim — HPNCS 2027 — physician / NP / PA attendees',
  text: [
    'Name: Owen Haverkamp, MD   NPI on file (last 5): [71367]',
    'Credits claimed: 12.5 of 12.5   Activity ID [22382]',
    'What will you change? "Stop billing {64640} for genicular RFA; use {64624}, and {64454} for the diagnostic block."',
    '"Document image retention for {76942} on every {64445} and {64447}."',
    'Jointly provided by MCEA and Western Plains AHEC. Claim ref. [64712]',
  ].join('\n'),
});

// ── 18. Exhibitor lead-scan export, CSV ──
const leads = lines({
  id: 's149-leads',
  kind: 's149-exhibitor-lead-scan-csv',
  before: 'Lead Retrieval Export — Booth 412 — NeuroVale Medical — HPNCS 2027',
  text: [
    'Badge ID,First,Last,Company,City,State,Zip,Scanned,Rating,Notes',
    '[64612],Tom,Whelan,St. Brendan Medical Group,Savannah,MO,[64445],09/16 15:42,Hot,"PNS trial then implant ({64555} then {64590})"',
    '[64613],Ray,Ibsen,Ozark Foot & Ankle,Nevada,MO,[64632],09/16 15:58,Warm,"cryo for Morton neuroma — bills {64632}? wants letter"',
    '[70946],Janelle,Okafor,Prairie Spine & Nerve Clinic,Topeka,KS,[66606],09/17 10:11,Warm,"{64445}/{64446} + {76942} a lot"',
    '[70955],Leah,Morrow,Plains Neuro Associates,Omaha,NE,[68131],09/17 10:30,Cold,"none"',
    '[71002],Dee,Carranza,Flint Hills Ortho ASC,Manhattan,KS,[66502],09/17 11:47,Hot,"{64712} 2–3/yr; wants {64714} payment data"',
  ].join('\n'),
});

// ── 19. Exhibitor rep follow-up notes (email) ──
const repNotes = lines({
  id: 's149-repnotes',
  kind: 's149-exhibitor-followup-email-text',
  before: 'From: Kyle Brandt (NeuroVale) — To: Sales Central — Subject: HPNCS follow-ups',
  text: [
    'Whelan (St. Brendan, ZIP [64445]): 6 PNS trials last quarter, all billed {64555}; wants our guide for {64590}/{64595}.',
    'Carranza (Flint Hills ASC): neuroplasty volume small — {64712} about 3/yr. Not a fit; add to newsletter.',
    'Ibsen (Ozark F&A): is cryoablation of the interdigital nerve {64632} or {64640}? Sent to hotline, case [47216].',
    'Quote Q-[30377] sent to Whelan: 2 trial kits @ $1,180; PO expected under their contract [58130].',
  ].join('\n'),
});

// ── 20. Exhibitor directory ──
const directory = table({
  id: 's149-directory',
  kind: 's149-exhibitor-directory-table',
  caption: 'Exhibitor directory — Exhibit Hall C',
  headers: ['Booth', 'Exhibitor', 'Address', 'Products / topics'],
  rows: [
    [
      '412',
      'NeuroVale Medical',
      '1200 Innovation Dr, Suite 300, Minneapolis, MN [55447]',
      'Peripheral nerve stimulation ({64555}, {64590})',
    ],
    ['318', 'CodeRight Audit Partners', 'PO Box [64714], Independence, MO [64055]', 'Pain-management coding audits'],
    [
      '305',
      'ClaimSmith RCM',
      '88 Market St, Overland Park, KS [66210]',
      'Denial management; {64632} podiatry audit bundle',
    ],
    ['220', 'Ridgeview Surgical Supply', '4400 Commerce Pkwy, Clinton, MO [64735]', 'RF generators, cryo probes'],
    [
      '208',
      'Heartland Coding Books',
      '15 N. Main, Appleton City, MO [64724]',
      '2027 code books; nerve chapter quick ref {64400}–{64999}',
    ],
  ],
});

// ── 21. Attendee evaluation survey, response export CSV ──
const surveyCsv = lines({
  id: 's149-survey',
  kind: 's149-evaluation-survey-export-csv',
  before: 'HPNCS 2027 evaluation — responses export (CSV)',
  text: [
    'Respondent ID,Collector ID,Start Date,End Date,Session attended,Speaker (1-5),Most useful takeaway,Zip code',
    '[11849],[40018],09/18/2027 16:02,09/18/2027 16:09,B-11,5,"Finally clear on {64712} vs {64708}",[66606]',
    '[11850],[40018],09/18/2027 16:05,09/18/2027 16:14,B-21,4,"{64632} per nerve, not per session",[64632]',
    '[11857],[40018],09/18/2027 16:20,09/18/2027 16:23,B-22,3,"wanted more on {64446}/{64448} continuous",[68131]',
    '[11861],[40003],09/19/2027 08:41,09/19/2027 08:55,GS-02,5,"{64615} vs {64612}: never both for migraine",[66502]',
    '[11874],[40003],09/19/2027 21:10,09/19/2027 21:12,B-12,2,"room too cold; slides for {64624} unreadable",[64445]',
  ].join('\n'),
});

// ── 22. Evaluation summary for the board ──
const evalSummary = lines({
  id: 's149-evalsum',
  kind: 's149-evaluation-summary-report-text',
  before: 'Summary of attendee evaluations — prepared for the MCEA board, 9/30/2027',
  text: [
    'Responses: 186 of 311 attendees (60%). Overall rating 4.4 / 5.',
    'Top-rated session: B-11 (neuroplasty, {64712}/{64714}) 4.8. Lowest: B-12 (genicular RFA, {64624}) 3.1.',
    'Requested for 2028: PNS implants ({64555}, {64590}), TAP blocks, and facet RFA {64633}–{64636}.',
    'Survey collector [40018] closed 9/28; incentive draw winner: respondent [11857].',
  ].join('\n'),
});

// ── 23. Post-conference blog recap ──
const blog = lines({
  id: 's149-blog',
  kind: 's149-blog-recap-post-text',
  before: 'The Coding Desk — "5 things I learned at the Heartland Pain & Nerve Coding Summit" — Sept 21, 2027',
  text: [
    '1. Neuroplasty is about the nerve, not the approach. If the op note names the sciatic nerve, it is {64712},',
    '   even when the surgeon calls it a "piriformis release". Lumbar plexus? {64714}. Everything else major: {64708}.',
    '2. Morton neuroma alcohol injections: {64632} per nerve. Steroid only? That is {64455}. Cryo is still a debate.',
    '3. Facial chemodenervation {64612} is per side; migraine protocol is {64615} and you never add {64612} to it.',
    '4. Blocks by the surgeon are bundled. Blocks by anesthesia: {64445} + {76942}, image saved.',
    '5. Kansas City in September is lovely. See you in Omaha next year (Sept 14–16, 2028).',
    'Posted in Conferences, Pain coding · Permalink thecodingdesk.example/?p=[64714] · 14 comments',
  ].join('\n'),
});

// ── 24. Blog comments thread ──
const comments = lines({
  id: 's149-comments',
  kind: 's149-blog-comments-thread-text',
  before: 'Comments (14)',
  text: [
    'Dee C. — Sept 21, 2027 at 9:12 pm: Great recap! Our MAC still wants {64632} with 59 on the second nerve, not XS.',
    'The Coding Desk (author) — Sept 22: @Dee C. some MACs accept either; check billing article A[56877].',
    'Ray I. — Sept 22: Cryo for neuroma: our payer took {64640} with a letter, denied {64632}. Ticket [83647], FYI.',
    'Leah M. — Sept 23: Was {64624} covered in B-12? Missed it. — Reply: yes, slides in the portal, course [41822].',
    'Tom W. — Sept 24: For {64445} by anesthesia, do you need a separate order from the surgeon? Asking for our ASC.',
  ].join('\n'),
});

// ── 25. Study-group chat (WhatsApp export) ──
const studyChat = lines({
  id: 's149-study',
  kind: 's149-study-group-chat-export-text',
  before: 'WhatsApp Chat with CPC study group KC',
  text: [
    '[9/25/27, 10:02:14 AM] Janelle: ok quiz me. sciatic nerve release?',
    '[9/25/27, 10:02:40 AM] Marcus: {64712}. lumbar plexus?',
    '[9/25/27, 10:02:51 AM] Janelle: {64714}. morton neuroma alcohol?',
    "[9/25/27, 10:03:30 AM] Marcus: {64632} x each nerve. and if it's just lidocaine+kenalog {64455}",
    '[9/25/27, 10:04:02 AM] Bri: reminder mock exam Oct 9, library branch, 7401 Wornall Rd, KC [64114]. bring the 2027 book',
    '[9/25/27, 10:05:11 AM] Marcus: bilateral facial botox?',
    '[9/25/27, 10:05:30 AM] Janelle: {64612}-50 for medicare, RT+LT for BCBS',
    '[9/25/27, 10:06:45 AM] Bri: popliteal block by anesthesia w/ US = {64445} + {76942}. by the podiatrist = nothing',
    '[9/25/27, 10:07:10 AM] Marcus: my exam voucher # is [48377], is that the one from the summit raffle?',
  ].join('\n'),
});

// ── 26. Flashcard set export ──
const flashcards = table({
  id: 's149-flash',
  kind: 's149-study-flashcard-set-export',
  caption: 'Flashcard set "Nerve codes — HPNCS 2027" (export: term TAB definition)',
  headers: ['Term', 'Definition'],
  rows: [
    ['{64712}', 'Neuroplasty, major peripheral nerve, open; sciatic nerve'],
    ['{64714}', 'Neuroplasty; lumbar plexus'],
    ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve'],
    ['{64445}', 'Injection, anesthetic agent(s) and/or steroid; sciatic nerve, single'],
    ['{64612}', 'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral'],
    ['Which code for median nerve at carpal tunnel?', '{64721}'],
    ['{64446}', 'Sciatic nerve, continuous infusion by catheter'],
  ],
});

// ── 27. Hotel confirmation email (decoy only) ──
const hotel = lines({
  id: 's149-hotel',
  kind: 's149-hotel-confirmation-email-text',
  before: 'Pershing Grand Hotel — Your reservation is confirmed',
  text: [
    'Confirmation number: [64712]-KC   Guest: Janelle Okafor   Group: HPNCS 2027 (block code [31405])',
    'Arrival: Wed 09/15/2027   Departure: Sat 09/18/2027   3 nights @ $189.00 + tax',
    'Hotel address: 2300 Main St, Kansas City, MO [64108]   Tel 816-555-0190',
    'Loyalty no. [51457]   Billing address on file: 1400 SW Topeka Blvd, Topeka, KS [66612]',
  ].join('\n'),
});

// ── 28. Registration invoice ──
const invoice = lines({
  id: 's149-invoice',
  kind: 's149-registration-invoice-text',
  before: 'INVOICE — Midwest Coding Educators Association',
  text: [
    'Invoice [23577]   Date: 07/28/2027   Terms: Net 30   PO number: [44324]',
    'Bill to: Prairie Spine & Nerve Clinic, Attn: Accounts Payable, 1400 SW Topeka Blvd, Topeka, KS [66612]',
    'Line 1  HPNCS 2027 full registration (member) — J. Okafor ........ $695.00',
    'Line 2  Pre-conference workshop W-1 "Nerve codes boot camp: {64400}–{64530} blocks" ........ $195.00',
    'Line 3  Group discount HPN27-[64714] (3 attendees) ........ -$60.00',
    "Total due: $830.00   Remit to: MCEA, PO Box [64612], Lee's Summit, MO [64063]",
  ].join('\n'),
});

// ── 29. Session sign-in sheet ──
const signIn = table({
  id: 's149-signin',
  kind: 's149-session-sign-in-sheet-table',
  caption: 'Session B-21 sign-in (for CEU verification) — Morton neuroma',
  headers: ['#', 'Name', 'Credential', 'Member ID', 'Organization ZIP', 'Initials'],
  rows: [
    ['1', 'Ray Ibsen', 'CPC', '[30762]', '[64632]', 'RI'],
    ['2', 'Janelle Okafor', 'CPC, CRC', '[31062]', '[66606]', 'JO'],
    ['3', 'Dee Carranza', 'CCS-P', '[33216]', '[66502]', 'DC'],
    ['4', 'Leah Morrow', 'CPC-A', '[34298]', '[68131]', 'LM'],
  ],
});

// ── 30. Conference app, session detail screen ──
const app = lines({
  id: 's149-app',
  kind: 's149-conference-app-session-screen-text',
  before: 'HPNCS 2027 app — Agenda › Thursday › Session detail',
  text: [
    'GS-02 · 10:45 AM – 11:45 AM · Ballroom A · 1.0 CEU',
    'Chemodenervation: {64612}, {64615}, {64616} and the EMG guidance add-ons',
    'Speaker: Terrence Lusk, CPC — payer coding policy, Great Plains Health Plan',
    'Objectives: (1) choose between {64612} and {64615}; (2) report {95873} or {95874}, never both; (3) J0585 units.',
    '♥ 212 attendees added this · Session ID [60411] · Rate this session',
  ].join('\n'),
});

// ── 31. Faculty disclosure form ──
const disclosure = lines({
  id: 's149-disclosure',
  kind: 's149-faculty-disclosure-form-text',
  before: 'Faculty disclosure of relevant financial relationships (Standards for Integrity and Independence)',
  text: [
    'Name: Owen Haverkamp, MD   Sessions: GS-01, B-22   Form no. [62241]',
    'Ineligible company: NeuroVale Medical — role: consultant (PNS, {64555}) — ended 01/2026',
    'Mitigation: content on {64445}/{64446}/{64447} peer reviewed by the planning committee; no product names.',
    'Signed 06/14/2027. Planner ID [53037].',
  ].join('\n'),
});

// ── 32. Call for presentations, submission receipt ──
const submission = lines({
  id: 's149-submission',
  kind: 's149-call-for-presentations-receipt-text',
  before: 'Call for presentations — submission received',
  text: [
    'Submission #[20374] — "Morton neuroma: neurolysis {64632} or excision {28080}?"',
    'Track: Surgical & podiatric coding   Format: 60-min breakout   Submitter: Marisol Dent, CPC, CPMA',
    'Codes covered (required field): {64632}, {28080}, {64776}, {64455}',
    'Reviewer scores 4 / 5 / 4 (reviewer batch [21975]). Status: accepted as B-21.',
  ].join('\n'),
});

// ── 33. Post-test results grid ──
const postTest = table({
  id: 's149-posttest',
  kind: 's149-post-test-results-grid',
  caption: 'Post-test results — Day 3 audit lab — Janelle Okafor — score 3/5',
  headers: ['Q', 'Your answer', 'Correct answer', 'Result', 'Item ID'],
  rows: [
    ['1', '{64445}', '{64445}', '✓', '[81231]'],
    ['2', '{64446}', '{64448}', '✗', '[81232]'],
    ['4', '{64632}-LT', '{64632}-LT', '✓', '[81234]'],
    ['5', '{64712}', '{64708}', '✗', '[81235]'],
    ['6', '{64612}-50', '{64612}-50', '✓', '[81236]'],
  ],
});

// ── 34. Payer policy excerpt quoted in a handout ──
const policy = lines({
  id: 's149-policy',
  kind: 's149-handout-payer-policy-excerpt-text',
  before: 'Handout 3 — Payer policy excerpt (quoted from a public MAC billing article; abridged)',
  text: [
    'Group 1 Codes: {64454} Injection(s), anesthetic agent(s) and/or steroid; genicular nerve branches',
    '{64624} Destruction by neurolytic agent, genicular nerve branches including imaging guidance, when performed',
    'Group 1 Paragraph: report {64624} once per knee; {64640} is not to be used for genicular nerves.',
    'ICD-10-CM codes that support medical necessity: M17.11, M17.12, M17.0   Article A[57765]',
    'Related LCD L[39240] · Revision effective 10/01/2026',
  ].join('\n'),
});

// ── 35. Fee schedule handout, CSV ──
const feeCsv = lines({
  id: 's149-fees',
  kind: 's149-handout-fee-schedule-csv',
  before: 'Handout 1 — 2027 national payment (non-facility / facility), illustrative — CSV',
  text: [
    'HCPCS,MOD,DESCRIPTION,NF PAYMENT,F PAYMENT,GLOBAL',
    '{64445},,N block inj sciatic sng,148.92,71.44,000',
    '{64446},,N blk inj sciatic cont inf,NA,84.10,000',
    '{64632},,N block inj common digit,120.35,73.02,010',
    '{64612},,Destroy nerve face muscle,192.40,151.88,010',
    '{64712},,Revise sciatic nerve,NA,588.31,090',
    '{64714},,Revise low back nerve,NA,534.76,090',
    '{64712},50,Revise sciatic nerve,NA,882.47,090',
    '# handout version [20008] - not for billing',
  ].join('\n'),
});

// ── 36. X12 837P example in a handout ──
const x12 = lines({
  id: 's149-x12',
  kind: 's149-handout-837p-example-text',
  before: 'Handout 6 — 837P example, Case 1 (sciatic neuroplasty), loop 2300/2400',
  text: [
    'CLM*PSN[70526]*2140***24:B:1*Y*A*Y*Y~',
    'HI*ABK:G5701~',
    'LX*1~',
    'SV1*HC:{64712}:RT*2140*UN*1***1~',
    'DTP*472*D8*20270611~',
    'REF*6R*[64712]~',
    'LX*2~',
    'SV1*HC:{69990}*310*UN*1***1~',
    'N4*TOPEKA*KS*[66606]~',
  ].join('\n'),
});

// ── 37. CMS-1500 example in a handout ──
const cms1500 = lines({
  id: 's149-cms1500',
  kind: 's149-handout-cms1500-example-text',
  before: 'Handout 6 — CMS-1500 (02/12) example, Case 2, items 21 to 33',
  text: [
    '21. ICD Ind. 0   A. G57.62   B. M79.672',
    '24A 06/02/27  B 11  D {99213} 25  E A  F 110 00  G 1  J 1245319876',
    '24A 06/02/27  B 11  D {64632} LT  E A  F 175 00  G 1  J 1245319876',
    '24A 06/30/27  B 11  D {64632} LT 58  E A  F 175 00  G 1  J 1245319876',
    '26. Patient account no. OZ-[52679]   28. Total charge 460 00',
    '32. Ozark Foot & Ankle ASC, 200 E. Walnut St, Nevada, MO [64632]',
  ].join('\n'),
});

// ── 38. Post-conference newsletter email ──
const newsletter = lines({
  id: 's149-newsletter',
  kind: 's149-post-conference-newsletter-email-text',
  before: 'From: MCEA Events <events@mcea.example> — Subject: Thank you for attending HPNCS 2027!',
  text: [
    'Your certificate (14.0 CEUs) is ready — download it with your member ID.',
    'Slides are live: B-11 Neuroplasty {64712}/{64714} · B-21 {64632} · GS-02 chemodenervation {64612}',
    'Errata: Handout 1 listed a non-facility payment for {64446} (facility only); slide 19 wRVU for {64714} is illustrative.',
    'Save the date: HPNCS 2028, Omaha, NE [68102], Sept 14–16, 2028.',
    "You received this because you registered (record [43496]). Unsubscribe · MCEA, PO Box [64612], Lee's Summit, MO [64063]",
  ].join('\n'),
});

// ── 39. Speaker's social post ──
const social = lines({
  id: 's149-social',
  kind: 's149-speaker-social-post-text',
  before: 'Marisol Dent, CPC, CPMA · Coding educator · 3d',
  text: [
    'What a week at #HPNCS2027 in Kansas City! 280 coders in the room for neuroplasty ({64712}, {64714}) at 9:30 am.',
    'Biggest "aha": half the room had been coding piriformis releases to {64708}. Read the descriptor!',
    'Thanks to every coder who asked about {64632} vs {64640} — slides are in the member portal.',
    'Photo: Ballroom A, 301 W. Pershing Rd, KC [64108]   #medicalcoding #CPC #paincoding',
  ].join('\n'),
});

// ── 40. "Ask the speaker" follow-up email ──
const askSpeaker = lines({
  id: 's149-ask',
  kind: 's149-ask-the-speaker-email-text',
  before: 'Re: Question from B-22 (blocks) — Owen Haverkamp, MD to Janelle Okafor',
  text: [
    '> Our anesthesiologist places a popliteal catheter on day 0 and the surgeon asks for a bolus on day 2.',
    '> Is the day-0 catheter {64446} and the day-2 bolus anything?',
    'Janelle — day 0 is {64446}; later catheter management is an inpatient E/M ({99231}–{99233}) when documented,',
    'not {01996} (epidural only) and not a second {64446}. A bolus through the catheter is not a new {64445}.',
    'Portal question ticket [62878]. — O.H., Plains Pain Institute, 5100 W 95th St, Prairie Village, KS [66207]',
  ].join('\n'),
});

// ── 41. CEU verification admin log ──
const ceuLog = table({
  id: 's149-ceulog',
  kind: 's149-ceu-verification-admin-log',
  caption: 'MCEA admin — CEU verification log — HPNCS 2027 — filter: B-sessions',
  headers: ['Log ID', 'Member ID', 'Session', 'Topic codes', 'Scan in', 'Scan out', 'Credited'],
  rows: [
    ['[90443]', '[31062]', 'B-11', '{64712} {64714} {64708}', '09:28', '10:31', '1.0'],
    ['[90445]', '[30762]', 'B-21', '{64632} {28080}', '12:57', '14:02', '1.0'],
    ['[90446]', '[33216]', 'B-22', '{64445} {64446} {76942}', '14:20', '14:51', '0.0 (left early)'],
    ['[90447]', '[64445]', 'B-22', '{64445} {64446} {76942}', '14:12', '15:16', '1.0'],
  ],
});

export const sealed149: Snippet[] = [
  ...agenda,
  ...abstracts,
  ...brochure,
  ...deck,
  ...notes,
  ...slideTable,
  ...handoutChemo,
  ...cases,
  ...answerKey,
  ...ncci,
  ...chat,
  ...qaCsv,
  ...regCsv,
  ...poll,
  ...certificate,
  ...transcript,
  ...cme,
  ...leads,
  ...repNotes,
  ...directory,
  ...surveyCsv,
  ...evalSummary,
  ...blog,
  ...comments,
  ...studyChat,
  ...flashcards,
  ...hotel,
  ...invoice,
  ...signIn,
  ...app,
  ...disclosure,
  ...submission,
  ...postTest,
  ...policy,
  ...feeCsv,
  ...x12,
  ...cms1500,
  ...newsletter,
  ...social,
  ...askSpeaker,
  ...ceuLog,
];
