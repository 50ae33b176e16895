import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 31 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s31-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Any CPT code a coder would look up is labelled a code,
 * known or not, including the wrong options of an exam question, a misprint quoted in an errata list and the ends of
 * a code range. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs,
 * case, account and chart numbers, exam-item, ticket and requisition ids, exam forms, index and certificate numbers,
 * an ISBN group, SIS user ids, salaries, prices, counts and a build number. The five known codes' digits also appear
 * as decoys: an exam item id, a subscriber number, a job code, a ticket, an SIS user id, a promo code glued to a word
 * and an exam code.
 *
 * Family: education, publishing and the coding profession: coding textbook chapters, end-of-chapter review
 * exercises, answer keys and back-of-book indexes, publisher errata and a publisher web-store order, certification
 * exam-prep items with answer rationales, practice-exam score reports and an exam appointment confirmation, CEU
 * webinar slides, caption transcripts and certificates, coding newsletters (Q&A column and issue contents),
 * consultant blog posts and their comments, podcast transcripts and show notes, job postings and job-board result
 * lists, professional-association chapter pages and member CEU trackers, conference agendas, encoder and CAC vendor
 * marketing pages, release notes and edit change logs, course catalogs, LMS grade books and discussion posts, a
 * coder's personal study notes, a flashcard deck export and an audit training worksheet. Built on real public
 * layouts: the CPC-style exam item (stem, options A–D, rationale), the CEU certificate (index number, approved
 * provider, CEU count), the SRT caption file (cue number, timestamps, text), the NCCI PTP edit table (column 1,
 * column 2, modifier indicator, effective date), Elsevier textbook ISBNs (978-0-443-NNNNN-N) as they appear in a
 * catalog, an errata list and an order, a Workday-style requisition (R-number, pay range, hub ZIP), a Banner-style
 * catalog entry (CRN, five-digit term code), a Canvas grade book export (SIS User ID, Section, assignment columns)
 * and the Anki text export header. The others are written the way those pages read, with no single source.
 *
 * 323 labelled tokens over 33 shapes: 128 codes, 195 decoys, 69 of the decoys in KNOWN_10K.
 */

// ── 1. Textbook chapter, body prose (e-book reader, one paragraph per node) ──
const chapterProse: Snippet[] = [
  {
    id: 's31-txt-p1',
    kind: 's31-textbook-chapter-body-prose',
    before: 'Chapter 14  Nervous System  14.6 Neuroplasty, Destruction, and Nerve Blocks',
    text: 'Neuroplasty (exploration, neurolysis, or nerve decompression) is reported from the range {64702}–{64727}. Read the descriptors closely: {64712} describes the sciatic nerve, while {64714} is the lumbar plexus. Internal neurolysis under the operating microscope is an add-on; it is never reported alone.',
    after: 'Figure 14-22',
  },
  {
    id: 's31-txt-p2',
    kind: 's31-textbook-chapter-body-prose',
    before: 'Figure 14-22 Exposure of the sciatic nerve through a posterior gluteal approach.',
    text: 'Do not confuse destruction with injection. An anesthetic injected around the sciatic nerve is {64445}; destruction by a neurolytic agent is found in the {64600} series, for example {64632} for a plantar common digital nerve. Chemodenervation of muscles innervated by the facial nerve, unilateral, is {64612}.',
    after: 'CODING TIP',
  },
  {
    id: 's31-txt-p3',
    kind: 's31-textbook-chapter-body-prose',
    before: 'CODING TIP',
    text: 'Students often pick {64722} (decompression, unspecified nerve) when the note names the nerve. Always search the index under the nerve first. Work the case in Appendix C (Case ID [27641]) and submit it through the companion site with access code EVOLVE-[40592].',
    after: '14.7 Neurostimulators',
  },
];

// ── 2. Chapter review exercises (PDF workbook, one line per div) ──
const review = lines({
  id: 's31-rev',
  kind: 's31-textbook-end-of-chapter-review',
  before: 'CHAPTER 14 REVIEW  Fill in the blank or assign the CPT code(s). Append modifiers where appropriate.',
  text: [
    '1. Code {64447} reports a single-injection nerve block of the ______ nerve.',
    '2. Which modifier is appended to {64714} when the right side is treated? ______',
    '3. True or False: {64727} may be reported alone. ______',
    '4. Dr. Patel performs open neurolysis of the left sciatic nerve (patient account [27499]). ______',
    '5. Ultrasound-guided popliteal sciatic block, single shot (encounter [71384]): ______ + ______',
    '6. A neurolytic injection of 2 plantar common digital nerves, same foot. How many units of {64632}? ______',
    '7. Which code describes chemodenervation of the neck muscles for cervical dystonia? ______',
    '8. Botulinum toxin for blepharospasm of the right eyelid muscles (MRN [40561]): ______-RT',
    '9. Case 14-9 (chart [58046], DOS 03/11/2026): TAP block, bilateral, by injection. ______',
  ].join('\n'),
});

// ── 3. Answer key at the back of the book (table) ──
const answerKey = table({
  id: 's31-key',
  kind: 's31-textbook-answer-key-table',
  caption: 'Answers to Chapter 14 Review (instructor edition, p. 611)',
  headers: ['Exercise', 'Answer', 'Reference'],
  rows: [
    ['1', 'femoral', 'p. 402'],
    ['2', 'RT', 'p. 405'],
    ['3', 'False (add-on code)', 'p. 406'],
    ['4', '{64712}-LT', 'p. 405'],
    ['5', '{64445}, {76942}', 'p. 403'],
    ['6', '2 units', 'p. 408'],
    ['7', '{64616}', 'p. 409'],
    ['8', '{64612}-RT (and the drug, J0585)', 'p. 409'],
    ['9', '{64488}', 'p. 404'],
  ],
});

// ── 4. CPC exam-prep items (practice exam, stem then options A–D) ──
const mcq = lines({
  id: 's31-mcq',
  kind: 's31-exam-prep-multiple-choice-item',
  before: 'CPC Practice Exam B — Section 5: Surgery (Nervous System)   Time remaining 01:42:10',
  text: [
    'Question 37 of 100    Item ID [57756]    Flag for review',
    'A patient with Morton neuroma of the left foot receives an injection of ethyl alcohol into the third common digital nerve. Which code is reported?',
    'A. {64455}    B. {64632}    C. {64640}    D. {28080}',
    'Question 38 of 100    Item ID [64712]',
    'A surgeon releases scar tissue from the lumbar plexus through an open approach on the right side. Select the correct code.',
    'A. {64714}-RT',
    'B. {64712}-RT',
    'C. {64713}-RT',
    'D. {64722}-RT',
    'Question 39 of 100    Item ID [28113]',
    '{64612} is performed on both sides of the face in one session. Which modifier is appended?   A. 50   B. RT   C. 59   D. XS',
  ].join('\n'),
});

// ── 5. Answer rationales (exam-prep review screen, one paragraph per node) ──
const rationale: Snippet[] = [
  {
    id: 's31-rat-1',
    kind: 's31-exam-prep-answer-rationale',
    before: 'Question 37  Your answer: A  Correct answer: B',
    text: 'Rationale: The neurolytic agent (ethyl alcohol) destroys the nerve, so look in the index under Destruction, Nerve, Plantar Common Digital, which directs you to {64632}. {64455} is an injection of an anesthetic or steroid, not a neurolytic agent. {64640} is for other peripheral nerves and {28080} is excision of a Morton neuroma.',
    after: 'Question 38',
  },
  {
    id: 's31-rat-2',
    kind: 's31-exam-prep-answer-rationale',
    before: 'Question 38  Your answer: A  Correct answer: A',
    text: 'Rationale: In the CPT Index see Neuroplasty, Lumbar Plexus → {64714}. Modifier RT identifies the side. Difficulty index 0.62 (answered by [12542] candidates since release).',
    after: 'Question 39',
  },
  {
    id: 's31-rat-3',
    kind: 's31-exam-prep-answer-rationale',
    before: 'Question 39  Your answer: A  Correct answer: A',
    text: 'Rationale: {64612} is a unilateral code; for both sides append modifier 50 and report one unit. Item written 2019, revised for form [28114]. Report a problem with this item: ticket [81407].',
  },
];

// ── 6. Practice-exam score report (LMS results table) ──
const scoreReport = table({
  id: 's31-scr',
  kind: 's31-practice-exam-score-report-table',
  caption: 'Score Report — Candidate ID 01524336 — CPC Practice Exam B — Attempt 2 of 3',
  headers: ['Section', 'Exam form', 'Items', 'Correct', 'Score', 'Missed items (review)'],
  rows: [
    ['Surgery: Nervous System', '[28113]', '12', '9', '75%', '{64632}, {64636}'],
    ['Surgery: Musculoskeletal', '[28113]', '15', '12', '80%', 'Items 44, 51, 58'],
    ['Evaluation & Management', '[28114]', '10', '8', '80%', 'Items 71, 74'],
    ['Anesthesia', '[28114]', '6', '4', '67%', '{01996}'],
    ['Total (purchase order [36512])', '', '100', '77', '77%', 'Time used: 4h 12m'],
  ],
});

// ── 7. CEU webinar slides (PDF text layer of the handout) ──
const slides = lines({
  id: 's31-sld',
  kind: 's31-ceu-webinar-slide-handout',
  before: 'Genicular, SI Joint and Facet RFA: Coding the 2020+ Codes — Live webinar, approved for 1.5 CEUs',
  text: [
    'Slide 9 of 42',
    'Genicular nerves: {64454} (injection, with imaging) vs {64624} (destruction by neurolytic agent)',
    '• Both include imaging guidance — do not add a fluoroscopy or ultrasound guidance code',
    '• Bilateral? Report once with modifier 50',
    'Slide 10 of 42',
    'SI joint: {64451} injection / {64625} RFA — CT or fluoroscopy included',
    'Webinar ID [84126]    Handout © 2026 Coding Education Partners, Dallas TX [75201]    Do not distribute (license [19064])',
  ].join('\n'),
});

// ── 8. Webinar recording, caption transcript (SRT cues shown as lines) ──
const captions = lines({
  id: 's31-srt',
  kind: 's31-webinar-caption-transcript',
  before: 'Transcript — Auto-generated captions (edited)',
  text: [
    '214',
    '00:31:02,140 --> 00:31:05,880',
    'so the question from Dana in chat is, if I have {64445} and the ultrasound,',
    '215',
    '00:31:05,880 --> 00:31:09,410',
    'do I bill {76942} with it, and the answer is yes, as long as there is a permanent image',
    '216',
    '00:31:09,410 --> 00:31:13,020',
    'and someone asked about {64612}, the chemodenervation, can you bill EMG guidance with it,',
    '217',
    '00:31:13,020 --> 00:31:16,700',
    'yes, one guidance code. Okay, the recording goes up under event [84126] tomorrow, and the quiz code is [30917],',
    '218',
    '00:31:16,700 --> 00:31:19,950',
    "so I'll move on. Slide 31, that's the {64712} case.",
  ].join('\n'),
});

// ── 9. CEU certificate of attendance (PDF text layer) ──
const certificate = lines({
  id: 's31-cert',
  kind: 's31-ceu-certificate-of-attendance',
  before: 'CERTIFICATE OF ATTENDANCE',
  text: [
    'This certifies that  Maria L. Okafor, CPC, CRC  Member ID 01189274',
    'attended the live webinar "Coding {64400}–{64530}: Nerve Blocks Without the Guesswork"',
    'on February 11, 2026, 1:00–2:30 PM CT, and is awarded 1.5 Continuing Education Units.',
    'AAPC Index Number: [13618]    Certificate No. [27777]',
    'AHIMA Approved Provider  Program ID [31062]    Category: Coding',
    'Coding Education Partners, 1601 Elm St, Suite 300, Dallas, TX [75201]',
    'Retain this certificate for 2 years; CEU audit reference [13619].',
  ].join('\n'),
});

// ── 10. Coding newsletter, Q&A column (one paragraph per node) ──
const qa: Snippet[] = [
  {
    id: 's31-qa-q1',
    kind: 's31-newsletter-qa-column',
    before: 'ASK THE EXPERT  Readers ask, our coding editor answers.',
    text: 'Q: Our neurologist injects botulinum toxin into the orbicularis oculi on both sides for blepharospasm. We billed {64612} x 2 and it denied. What should we do? — K.R., Akron, OH [44313]',
    after: 'A: Report',
  },
  {
    id: 's31-qa-a1',
    kind: 's31-newsletter-qa-column',
    before: 'Akron, OH 44313',
    text: 'A: Report {64612} once with modifier 50 (one unit); most payers, Medicare included, do not accept two lines or 2 units for a bilateral code reported this way. The drug goes on its own line (J0585 per unit, with the wastage on a second line with JW). If EMG guidance was used, add {95874}; do not report the chronic migraine code.',
    after: 'Q: A surgeon',
  },
  {
    id: 's31-qa-q2',
    kind: 's31-newsletter-qa-column',
    before: 'do not report the chronic migraine code.',
    text: 'Q: A surgeon performed an open sciatic neurolysis ({64712}) at the same session as a hip arthroscopy ({29862}). Is the neurolysis bundled? Our encoder shows a CCI edit. — Subscriber #[64445], Kansas City, MO [64111]',
    after: 'A: Yes',
  },
  {
    id: 's31-qa-a2',
    kind: 's31-newsletter-qa-column',
    before: 'Kansas City, MO 64111',
    text: 'A: Yes. The pair has a modifier indicator of 1, so it can be unbundled only when the neurolysis is a separate, distinct procedure (e.g., a separate incision); then append XS or 59 to {64712}. Neurolysis done only to expose the joint is not separately reportable.',
  },
];

// ── 11. Newsletter issue contents and masthead (list of divs) ──
const issue = lines({
  id: 's31-iss',
  kind: 's31-newsletter-issue-contents',
  before: 'Neuro & Pain Coding Alert  Vol. 19, No. 3  March 2026',
  text: [
    'IN THIS ISSUE',
    'Page 17 — Morton neuroma: {64455} or {64632}? How to read the op note',
    'Page 19 — Lumbar plexus neurolysis ({64714}) finally gets a payer policy',
    'Page 21 — Reader Q&A: bilateral chemodenervation and the 2 units trap',
    'Page 23 — 2026 MPFS: nerve block RVUs compared, locality by locality',
    'Subscription #[58198]-NPC  Customer No. [70342]  Renews 04/30/2026  Print + digital, $349/yr',
    'Reprints and permissions: request form [33907]',
    'Editorial office: 2222 Sedwick Dr, Suite 101, Durham, NC [27713]  Customer service ext. [27709]',
  ].join('\n'),
});

// ── 12. Coding consultant's blog post (paragraphs and a bullet list) ──
const blog: Snippet[] = [
  {
    id: 's31-blog-1',
    kind: 's31-consultant-blog-post',
    before:
      '5 Nerve Procedure Codes I Find Wrong in Every Pain Management Audit — Posted January 28, 2026 by Renee Dubois, CPC, CPMA',
    text: 'After thirty-one audits last year, the same five errors showed up. The biggest? Coders reaching for "{64445}" when the op note says "continuous catheter placed." That is {64446}, and the daily management afterwards is not another block.',
    after: '1. Sciatic',
  },
  {
    id: 's31-blog-2',
    kind: 's31-consultant-blog-post',
    before: 'not another block.',
    text: '1. Sciatic block coded twice. One session, one unit, no matter how many needle passes.',
    after: '2. Facial',
  },
  {
    id: 's31-blog-3',
    kind: 's31-consultant-blog-post',
    before: '1. Sciatic block coded twice.',
    text: '2. Facial chemodenervation with the wrong code. {64612} is muscles innervated by the facial nerve (blepharospasm, hemifacial spasm); the migraine protocol and the neck have their own codes.',
    after: '3. Neurolysis',
  },
  {
    id: 's31-blog-4',
    kind: 's31-consultant-blog-post',
    before: 'the neck have their own codes.',
    text: 'Need help? Book a 30-minute audit review at my Raleigh office (4101 Lake Boone Trail, Raleigh NC [27607]). Engagements start at $[12500] for a 10-provider group. Use code NERVE[64712] for 10% off my on-demand course.',
  },
];

// ── 13. Comments under the blog post ──
const comments: Snippet[] = [
  {
    id: 's31-cmt-1',
    kind: 's31-blog-comment-thread',
    before: '14 Comments',
    text: 'Tasha M. · February 2, 2026 at 9:14 am\nGreat post! Question on #1 — our anesthesiologists do the catheter in pre-op and then bill {01996} the next day. Is {64446} still ok if the surgeon is a different group?',
    after: 'Reply',
  },
  {
    id: 's31-cmt-2',
    kind: 's31-blog-comment-thread',
    before: 'Reply',
    text: 'Renee Dubois (author) · February 2, 2026 at 11:40 am\n@Tasha yes — the catheter goes to whoever places it; daily management is for the days after, never the day of placement.',
    after: 'Reply',
  },
  {
    id: 's31-cmt-3',
    kind: 's31-blog-comment-thread',
    before: 'Reply',
    text: 'codingcat_[28336] · February 5, 2026 at 7:02 pm\nwe got a denial on {64632} x3 last week (3 nerves, 2 feet). payer wanted RT/LT and T-modifiers. claim #[50217] if anyone at that payer reads this lol',
    after: 'Reply',
  },
];

// ── 14. Podcast episode transcript (speaker turns) ──
const podcast = lines({
  id: 's31-pod',
  kind: 's31-podcast-episode-transcript',
  before: 'The Code Break Podcast — Episode 112: "Nerve Codes That Hurt" — Full transcript',
  text: [
    "JEN: Welcome back. So today's listener question is from a coder in zip code [55401], Minneapolis, hi!",
    'MARCUS: Hi! And her question is the classic one, sixty-four-seven-twelve versus sixty-four-seven-fourteen.',
    'JEN: Right, so for the show notes, {64712} is sciatic, {64714} is lumbar plexus. Different nerve, different code.',
    'MARCUS: And people get burned because the op note says "lumbosacral". I\'ve seen {64714} denied with diagnosis G57.01.',
    'JEN: Which is sciatic nerve lesion, so the payer is right. OK, our sponsor this week gave us a code, SAVE26, for their encoder trial.',
    "MARCUS: And a correction from episode 110: I said {64632} was per foot. It's per nerve. Thank you to everyone who emailed. We passed [25000] downloads, by the way.",
  ].join('\n'),
});

// ── 15. Podcast show notes (web page with timestamps and links) ──
const showNotes = lines({
  id: 's31-notes',
  kind: 's31-podcast-show-notes',
  before: 'Episode 112 · 38 min · Released 02/18/2026',
  text: [
    '00:00 Intro and listener mail',
    '03:45 {64712} vs {64714}: sciatic or lumbar plexus?',
    '12:10 Why the microscope add-on gets denied without a microscope note',
    '21:30 Sponsor: CodeSure Encoder (free trial, promo SAVE26)',
    '24:05 Correction on {64632} units (episode 110)',
    'Links: AMA CPT Assistant, Nov 2019 (genicular and SI joint codes); CMS NCCI PTP edits, Practitioner, version 32.1',
    'This episode: [18342] plays in the first week',
    'Download MP3 (36.4 MB) · Episode ID [27538] · Transcript ID [27539]',
  ].join('\n'),
});

// ── 16. Job posting for a coder (careers site, Workday-style) ──
const job = lines({
  id: 's31-job',
  kind: 's31-job-posting-coder',
  before: 'Careers  ›  Revenue Cycle  ›  Professional Fee Coder II – Pain Management (Remote)',
  text: [
    'Job Requisition ID: R-[28589]    Posted 3 days ago    Full time    Job code [64714] (Coder II)',
    'Location: Remote (must reside in NC, SC, GA or TN) — Hub office: 1000 Blythe Blvd, Charlotte, NC [28203]',
    'Pay range: $[57948] – $[71200] annually, based on experience (Grade [00312] / Band C)',
    'What you will do: assign CPT, HCPCS and ICD-10-CM codes to interventional pain procedures: nerve blocks, RFA and chemodenervation ({64612}, {64616}).',
    'Required: CPC or CCS-P; 2+ years coding pain or neurosurgery; coding test of 25 charts with 95% accuracy.',
    'Preferred: experience with {64712}/{64714} neuroplasty cases and with 3M or Optum encoders.',
    'Apply by 03/31/2026 (posting [28590] closes then) · Cost center [41870] · Department Pro Fee Coding · Recruiter ext. [40112] · reference Req. [28589] when you call.',
  ].join('\n'),
});

// ── 17. Job board search results (table) ──
const jobBoard = table({
  id: 's31-jbd',
  kind: 's31-job-board-results-table',
  caption: 'Showing 1–10 of 214 jobs for "medical coder" within 50 miles of 30301',
  headers: ['Job title', 'Employer', 'Location', 'Salary', 'Job #', 'Posted'],
  rows: [
    [
      'Coding Specialist II – Pain',
      'Piedmont Spine Partners',
      'Atlanta, GA [30308]',
      '$[52000]–$[64500]',
      '[57819]',
      '2d',
    ],
    ['Remote Outpatient Coder (CPC)', 'Sunbelt Health', 'Marietta, GA [30060]', '$24–$31/hr', '[57820]', '5d'],
    [
      'Surgical Coder – Neuro/Ortho (64xxx, 2xxxx)',
      'Northside Ortho',
      'Sandy Springs, GA [30328]',
      '$[61120] yearly',
      '[40277]',
      '1w',
    ],
    [
      'Medical Coder – Orthopedics',
      'Resurgens-area Ortho Group',
      'Kennesaw, GA [30144]',
      '$[55380]–$[63750]',
      '[40352]',
      '1d',
    ],
    ['Coding Auditor – CPMA', 'Peachtree Revenue Group', 'Alpharetta, GA [30005]', 'Not listed', '[57948]', '3w'],
    [
      'Pro Fee Coder (CPT {64445}, {64447} blocks)',
      'Anesthesia Assoc. of GA',
      'Decatur, GA [30033]',
      '$[58010]',
      '[40278]',
      'today',
    ],
    [
      'HIM Coding Educator',
      'Emory-area Teaching Hospital',
      'Atlanta, GA [30322]',
      '$[68400]–$[82900]',
      '[40311]',
      '4d',
    ],
    [
      'Coder I (entry level, CPC-A welcome)',
      'Gwinnett Family Medicine',
      'Lawrenceville, GA [30046]',
      '$19–$22/hr',
      '[57821]',
      '6d',
    ],
    ['Risk Adjustment Coder (CRC)', 'Clearview Health Plan', 'Duluth, GA [30096]', '$[54750]', '[63018]', '2w'],
  ],
});

// ── 18. Professional-association local chapter page (meeting notice) ──
const chapter = lines({
  id: 's31-chp',
  kind: 's31-association-chapter-meeting-page',
  before: 'Tampa Bay Local Chapter · Chapter #[00487] · Meetings · Officers · Newsletter',
  text: [
    'March Meeting — Thursday, March 19, 2026, 6:00 PM',
    'Location: St. Joseph’s Education Center, 3001 W Dr Martin Luther King Jr Blvd, Tampa, FL [33607]',
    'Topic: "Neurolysis vs. Neuroplasty: {64632}, {64712} and Friends" — speaker Alan Ruiz, CPC, CPCO',
    'CEUs: 1.0 (Index # [58276] — pending)   Cost: free for members, $10 guests',
    'Parking: garage B, validation code [33604] at the front desk.',
    'Last month: 41 attendees; scholarship fund now at $[11081]. Raffle: 2026 CPT Professional Edition.',
    'April meeting: Tampa General Hospital, 1 Tampa General Cir, Tampa, FL [33606]',
    'Mail scholarship donations to: Treasurer, PO Box [26817], Tampa, FL [33622]-6817',
  ].join('\n'),
});

// ── 19. Member CEU tracker (spreadsheet view on the association's member page) ──
const ceuLog = table({
  id: 's31-ceu',
  kind: 's31-member-ceu-tracker-table',
  caption: 'My CEUs — Cycle 01/01/2025 – 12/31/2026 — Required 36.0 (CPC) — Earned 22.5',
  headers: ['Date', 'Activity', 'Provider', 'Index / Approval #', 'CEUs', 'Status'],
  rows: [
    [
      '02/11/2026',
      'Webinar: Coding {64400}–{64530} nerve blocks',
      'Coding Education Partners',
      '[13618]',
      '1.5',
      'Verified',
    ],
    ['01/15/2026', 'Chapter meeting: E/M office visit refresher', 'Tampa Bay chapter', '[58275]', '1.0', 'Verified'],
    [
      '12/03/2025',
      'Quiz: Neuro & Pain Coding Alert Vol. 18 No. 12',
      'Neuro & Pain Coding Alert',
      '[27533]',
      '0.5',
      'Pending',
    ],
    ['10/22/2025', 'Regional conference, day 1', 'Sunshine Coding Conf.', '[28145]', '7.0', 'Verified'],
    ['10/23/2025', 'Regional conference, day 2', 'Sunshine Coding Conf.', '[28146]', '6.0', 'Verified'],
    ['08/14/2025', 'Workshop: Compliance plans for small practices', 'State HIMA', '[71520]', '2.0', 'Verified'],
    ['07/09/2025', 'Podcast quiz: The Code Break ep. 98', 'The Code Break Podcast', '[40226]', '0.5', 'Verified'],
    ['06/12/2025', 'Webinar: Modifier 25 and 59 in 2025', 'Coding Education Partners', '[13544]', '1.0', 'Verified'],
    ['05/20/2025', 'Local chapter meeting (May)', 'Tampa Bay chapter', '[58119]', '1.0', 'Verified'],
    [
      '05/02/2025',
      'Self-study: ICD-10-CM guidelines FY2025',
      'Online vendor',
      '[90311]',
      '3.0',
      'Rejected (duplicate)',
    ],
  ],
});

// ── 20. Conference agenda (table) ──
const agenda = table({
  id: 's31-agd',
  kind: 's31-conference-agenda-table',
  caption: 'Regional Coding Conference 2026 — Day 2 — Hyatt Regency, 265 Peachtree St NE, Atlanta, GA 30303',
  headers: ['Time', 'Session #', 'Session', 'Track', 'Room', 'CEU'],
  rows: [
    ['8:00–9:00', '[14040]', 'Keynote: The 2027 CPT Code Set — What the Panel Accepted', 'General', 'Regency V', '1.0'],
    [
      '9:15–10:15',
      '[14047]',
      'Nerve Blocks & Neurolysis: {64445} and {64632} Case by Case',
      'Pain/Neuro',
      'Hanover C',
      '1.0',
    ],
    ['9:15–10:15', '[14048]', 'Knee Surgery Bundling: Arthroplasty and Arthroscopy', 'Ortho', 'Hanover D', '1.0'],
    [
      '10:30–11:30',
      '[14049]',
      'Peripheral Nerve Decompression: Sciatic, Lumbar Plexus, Carpal Tunnel',
      'Pain/Neuro',
      'Hanover C',
      '1.0',
    ],
    ['10:30–11:30', '[14050]', 'Auditing E/M Under MDM', 'Audit', 'Regency VI', '1.0'],
    ['1:00–2:00', '[14052]', 'Botox Billing: {64612}-50 and the J-Code', 'Pain/Neuro', 'Hanover C', '1.0'],
  ],
});

// ── 21. Encoder vendor marketing page (hero, feature blocks, customer quote) ──
const marketing: Snippet[] = [
  {
    id: 's31-mkt-1',
    kind: 's31-encoder-vendor-marketing-page',
    before: 'CodeSure Encoder  Product  Pricing  Customers  Request a demo',
    text: 'Stop guessing between {64712} and {64714}. CodeSure walks your coders from the op note to the right neuroplasty code in three clicks, with NCCI edits, MUEs and payer policies checked before the claim leaves.',
    after: 'Trusted by',
  },
  {
    id: 's31-mkt-2',
    kind: 's31-encoder-vendor-marketing-page',
    before: 'Stop guessing.',
    text: 'Trusted by 1,200+ facilities · [28459] coders log in every day · [97782] code look-ups in the last hour',
    after: 'Features',
  },
  {
    id: 's31-mkt-3',
    kind: 's31-encoder-vendor-marketing-page',
    before: 'Features',
    text: '“Our pain clinic’s denials on {64632} dropped 38% in the first quarter.” — Director of Coding, Lakeview Pain Institute, Columbus, OH [43224]',
    after: 'Pricing',
  },
  {
    id: 's31-mkt-4',
    kind: 's31-encoder-vendor-marketing-page',
    before: 'Pricing',
    text: 'Professional: $1,490/user/yr · Enterprise (50+ users): from $[48448]/yr · Education licence for CPC prep schools: quote EDU-[31776] · HQ: 900 Nicollet Mall, Minneapolis, MN [55402]',
  },
];

// ── 22. CAC release notes (vendor support portal) ──
const release = lines({
  id: 's31-rel',
  kind: 's31-cac-release-notes',
  before: 'Computer-Assisted Coding — Release Notes',
  text: [
    'Version 26.1.0 (build 26.1.[12097]) — released 01/09/2026',
    'NEW  2026 CPT code set loaded (effective 01/01/2026); deleted codes flagged in the work queue.',
    'NEW  NLP now suggests {64454} / {64624} for "genicular" procedure notes instead of the unlisted-nerve codes.',
    'FIX  ENC-[27712]: suggestion of {64714} for notes that only mention "lumbar plexus block".',
    'FIX  ENC-[64612]: modifier 50 dropped from {64612} when the note says "bilateral orbicularis oculi".',
    'FIX  ENC-[27746]: work queue counter showed [99999] when more than 10,000 accounts were pending.',
    'FIX  ENC-[27751]: audit trail export timed out for facilities with more than [40000] encounters.',
    'FIX  ENC-[27768]: encoder pane lost the selected guideline tab after a session timeout.',
    'Upgrade path: supported from 25.4 builds 25.4.[11830] and later; older builds must install 25.4 first.',
    'KNOWN ISSUE  ENC-[27760]: the microscope add-on may be suggested without a microscope keyword.',
  ].join('\n'),
});

// ── 23. Encoder edit-library change log (table without a caption) ──
const editLog = table({
  id: 's31-edl',
  kind: 's31-encoder-edit-changelog-table',
  headers: ['Edit ID', 'Column 1', 'Column 2', 'Modifier ind.', 'Change', 'Effective'],
  rows: [
    ['[57898]', '{64712}', '{64704}', '1', 'Added', '01/01/2026'],
    ['[57899]', '{64714}', '{64722}', '1', 'Added', '01/01/2026'],
    ['[58078]', '{64632}', '{64455}', '1', 'Unchanged', '04/01/2025'],
    ['[58121]', '{64445}', '{76942}', '9', 'Deleted', '01/01/2026'],
  ],
});

// ── 24. College course catalog entry (Banner-style) ──
const catalog = lines({
  id: 's31-cat',
  kind: 's31-course-catalog-entry',
  before: 'Health Information Technology (HIT) — Course Descriptions',
  text: [
    'HIT 2410  CPT Coding II: Surgery and Procedures  (3 credits)',
    'Assignment of CPT Category I codes from the integumentary system through the nervous system ({10004}–{64999}), with modifiers and NCCI edits. Prerequisite: HIT 1310 with C or better.',
    'Term [20263] (Spring 2026)   CRN [40918]   Online, asynchronous   Instructor: S. Haddad',
    'Term [20264] (Summer 2026)   CRN [40277]   Hybrid, Tue 6:00–8:50 PM, Bldg 11 Rm 204',
    'Term [20271] (Fall 2026)   CRN [41207]   Online, asynchronous   Seats: 35',
    'HIT 2420  CPT Coding III: Radiology, Pathology, Medicine  (3 credits)   Term [20271]   CRN [41219]',
    'Required text: Step-by-Step Medical Coding, 2026 ed., ISBN 978-0-443-[27927]-6. Course fee $85.',
    'Campus: 1 College Park Dr, Columbus, OH [43215]',
  ].join('\n'),
});

// ── 25. LMS grade book export (Canvas-style) ──
const gradebook = table({
  id: 's31-grd',
  kind: 's31-lms-gradebook-table',
  caption: 'HIT-2410-OL1 Gradebook (export 03/02/2026)',
  headers: ['Student', 'SIS User ID', 'Section', 'Ch14 Quiz (20)', 'Case Set 3: 64xxx (50)', 'Current Score'],
  rows: [
    ['Alvarez, Dana', '[28004]', '[40918]', '18', '44', '88.4%'],
    ['Brooks, Tyrell', '[28014]', '[40918]', '15', '39', '77.9%'],
    ['Chen, Lily', '[28037]', '[40918]', '20', '50', '98.0%'],
    ['Diaz, Marco', '[64632]', '[40918]', '16', '41', '82.6%'],
    ['Evans, Kayla', '[31450]', '[40918]', '12', '35', '70.1%'],
    ['Foster, Jalen', '[31466]', '[40918]', '19', '47', '93.5%'],
    ['Garcia, Ana', '[31502]', '[40918]', '17', '45', '89.0%'],
    ['Hughes, Brianna', '[31519]', '[40919]', '14', '38', '76.2%'],
    ['Ibrahim, Yusuf', '[31533]', '[40919]', '18', '46', '90.7%'],
    ['Jones, Carter', '[31548]', '[40919]', '0', '0', '0% (withdrawn)'],
    ['Test Student', '[99999]', '[40918]', '0', '0', '0%'],
  ],
});

// ── 26. LMS discussion board post and instructor reply ──
const discussion: Snippet[] = [
  {
    id: 's31-dsc-1',
    kind: 's31-lms-discussion-post',
    before: 'Week 9 Discussion: Nervous System Coding — Reply to classmates by Sunday 11:59 PM',
    text: 'Dana Alvarez\nFor case 3 I put {64712}-LT because the op note says "neurolysis of the sciatic nerve at the sciatic notch". I almost picked {64708} (other major peripheral nerve) but the sciatic has its own code. Also the patient\'s zip was [60617] and I wondered if that matters for anything lol.',
    after: 'Reply',
  },
  {
    id: 's31-dsc-2',
    kind: 's31-lms-discussion-post',
    before: 'Reply',
    text: 'Prof. Haddad (Instructor)\nGood catch, Dana. The ZIP ([60617]) only matters for the MPFS locality, not the code. Everyone: case 4 is {64714}, NOT the sciatic code; re-read the descriptor.',
  },
];

// ── 27. A coder's personal study notes (notes app, one line per div) ──
const studyNotes = lines({
  id: 's31-stn',
  kind: 's31-coder-personal-study-notes',
  before: 'CPC study — nerve stuff!!  (edited Mar 4)',
  text: [
    '{64712} = sciatic neurolysis OPEN (not injection!!)',
    '{64714} lumbar plexus / {64713} brachial plexus — "plexus" = 6471x',
    'blocks: {64445} sciatic single, catheter is the next code',
    'bilat botox face → {64612}-50 (NOT x2!!)  drug J0585',
    'exam 04/18 @ testing ctr, 5500 Sepulveda Blvd, Culver City [90230], seat [02280]',
    'chapter [00487] meeting 3/19 = 1 CEU. practice tests: A 71%, B 77%, C ?  goal 70+. voucher code [57586], member renewal $205 due',
  ].join('\n'),
});

// ── 28. Flashcard deck export (Anki-style tab-separated front/back) ──
const flashcards = lines({
  id: 's31-fc',
  kind: 's31-flashcard-deck-export',
  before: '#separator:tab  #html:false  #deck:CPC::Nervous System',
  text: [
    'Open neurolysis, sciatic nerve\t{64712}',
    'Open neurolysis, lumbar plexus\t{64714}',
    '{64632}\tDestruction by neurolytic agent; plantar common digital nerve',
    '{64445}\tInjection, anesthetic/steroid; sciatic nerve, single',
    'Deck stats: 214 cards · [11364] reviews · shared deck id [40035]',
  ].join('\n'),
});

// ── 29. Audit training worksheet (case scenario, coder vs. auditor) ──
const audit = table({
  id: 's31-aud',
  kind: 's31-audit-training-worksheet-table',
  caption: 'CPMA Practice Audit — Workshop 3 — Provider: Dr. B. Nwosu (NPI 1558374920) — 10 encounters',
  headers: ['Enc. #', 'Acct', 'Claim #', 'DOS', 'Billed', 'Audited', 'Finding', 'Dollar impact'],
  rows: [
    ['2', '[27948]', '[70215]', '01/06/2026', '{64446}', '{64445}', 'No catheter documented', '-41.28'],
    ['3', '[28190]', '[70231]', '01/07/2026', '{64612} x2', '{64612}-50', 'Units/modifier', '-88.14'],
    ['4', '[28231]', '[70236]', '01/08/2026', '{64712}-LT', '{64712}-LT, {64727}', 'Under-coded add-on', '+102.37'],
    ['5', '[28287]', '[70240]', '01/09/2026', '{99214}-25', '{99213}-25', 'MDM low', '-34.60'],
  ],
});

// ── 30. Publisher errata page (table) ──
const errata = table({
  id: 's31-err',
  kind: 's31-publisher-errata-table',
  caption: 'Errata — Step-by-Step Medical Coding, 2026 Edition (ISBN 978-0-443-27927-6) — last updated 02/20/2026',
  headers: ['Page', 'Location', 'Reads', 'Should read'],
  rows: [
    ['403', 'Exercise 14.12, answer', '{64447}', '{64445}'],
    ['405', 'Table 14-3, row 4', 'Lumbar plexus: {64713}', 'Lumbar plexus: {64714}'],
    ['611', 'Answer key, item 6', '1 unit', '2 units'],
    ['WB 88', 'Workbook case ID', 'Case [27641]', 'Case [27642]'],
    ['ii', 'Copyright page, ISBN of the workbook', '978-0-443-[27928]-3', '978-0-443-[27931]-3'],
  ],
});

// ── 31. Back-of-book index (two-column index, one entry per line) ──
const bookIndex = lines({
  id: 's31-idx',
  kind: 's31-textbook-back-of-book-index',
  before: 'INDEX  N',
  text: [
    'Nerve block. See Injection, nerve',
    'Neurolysis',
    '   lumbar plexus, {64714}, 405',
    '   sciatic nerve, {64712}, 405, 611',
    'Neuroma, Morton',
    '   destruction, 408. See also Destruction, Nerve',
    'Neuroplasty, {64702}–{64727}, 404–406',
  ].join('\n'),
});

// ── 32. Publisher web store order confirmation (textbooks and code books) ──
const order = lines({
  id: 's31-ord',
  kind: 's31-publisher-store-order-confirmation',
  before: 'Thank you for your order! A copy has been sent to m.okafor@example.com',
  text: [
    'Order number: [80744]-[21906]    Order date: 01/05/2026    Customer #: [31208]',
    '1 × Step-by-Step Medical Coding, 2026 Edition  ISBN 978-0-443-[27927]-6   $129.95',
    '1 × Workbook for Step-by-Step Medical Coding  ISBN 978-0-443-[27928]-3   $64.95',
    '1 × CPT 2026 Professional Edition (AMA)  Item OP[05426]   [15499] reward points used',
    'Ship to: Maria Okafor, 418 Harbor View Dr, Apt 2B, Tampa, FL [33629]',
    'Return authorization: RMA-[55120] (ship from warehouse [17055], Linn, MO)',
    'Promo applied: STUDENT[20261] (–20%)    Tracking: 1Z999AA10123456784',
  ].join('\n'),
});

// ── 33. Certification exam appointment confirmation (testing vendor e-mail) ──
const appointment = lines({
  id: 's31-apt',
  kind: 's31-exam-appointment-confirmation',
  before: 'Your exam appointment is confirmed',
  text: [
    'Exam: Certified Professional Coder (CPC)    Exam code [64445]-CPC-ENG',
    'Confirmation number: [47319]    Candidate ID: AAPC-01189274',
    'Date and time: Saturday, April 18, 2026, 8:00 AM PT    Duration: 4 hours',
    'Test center #[91642]: Culver City Testing, 5500 Sepulveda Blvd, Suite 210, Culver City, CA [90230]',
    'Allowed: CPT Professional Edition (any year-matched printing), ICD-10-CM, HCPCS Level II. No loose notes.',
    'Booking reference [62018]    Proctor station [40983]',
    'To reschedule, call 1-800-555-0142 and quote site ID [91642] at least 48 hours ahead.',
  ].join('\n'),
});

export const sealed31: Snippet[] = [
  ...chapterProse,
  ...review,
  ...answerKey,
  ...mcq,
  ...rationale,
  ...scoreReport,
  ...slides,
  ...captions,
  ...certificate,
  ...qa,
  ...issue,
  ...blog,
  ...comments,
  ...podcast,
  ...showNotes,
  ...job,
  ...jobBoard,
  ...chapter,
  ...ceuLog,
  ...agenda,
  ...marketing,
  ...release,
  ...editLog,
  ...catalog,
  ...gradebook,
  ...discussion,
  ...studyNotes,
  ...flashcards,
  ...audit,
  ...errata,
  ...bookIndex,
  ...order,
  ...appointment,
];
