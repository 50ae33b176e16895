import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 124 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s124-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too: the distractors of a multiple-choice item are codes, and so are the ends of a code range. About
 * a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as testing-center and mailing
 * ZIPs, course reference numbers, student and SIS ids, item-bank, attempt, assignment, post, chart and order numbers,
 * forum view counts, CEU index numbers and test-center site ids. The five known codes' digits come back as decoys: an association member
 * number, a course reference number (CRN), a candidate id, a test-taker id, a store order number, the PO boxes of a
 * customer service and a credentialing office, a forum thread id and a prior-authorization number in a training 837.
 *
 * Family: medical coding education and certification preparation around a peripheral-nerve chapter: a practice-exam
 * item with its a–d choices, its answer rationale, the post-exam review grid and an official score report; a coding
 * textbook's chapter exercise, answer key, case study and CPT-index excerpt; an association learning portal's CEU quiz
 * page, completion certificate and CEU transcript; a coding bootcamp's LMS gradebook, gradebook CSV export, assignment
 * page, SpeedGrader feedback, section list, quiz item analysis, announcement, syllabus schedule, capstone mock-audit
 * scoring grid and study-plan tracker; exam registration and online-proctoring confirmations, a test-center locator,
 * a test-center check-in roster, a store receipt and a retake letter; study-group forum posts, a reply and a thread list; a flashcard set, an Anki
 * export and a deck's study statistics; an item-bank JSON record and a QTI XML item; classroom exercises on an HL7 v2
 * DFT message, an X12 837P and a FHIR Claim; an exam blueprint and a modifier cheat sheet.
 * Built on real public layouts: the AAPC CPC practice exam (100 items, four choices a–d, rationale after each), the
 * Canvas LMS gradebook, its CSV export ("Assignment name (id)" headers, Points Possible row) and SpeedGrader comments,
 * Moodle's quiz statistics response analysis, a community college class schedule (Class Nbr/CRN), Pearson VUE and
 * Prometric confirmation e-mails, Quizlet term/definition sets, Anki's tab-separated export header (#separator,
 * #deck), IMS QTI 2.1 assessmentItem XML, phpBB topic lists and posts, the CPT Professional index ("Neuroplasty ...
 * Sciatic Nerve"), textbook workbook exercise and answer-key pages, HL7 v2.5.1 DFT^P03 FT1 segments, X12 837P
 * CLM/SV1/REF segments and the FHIR R4 Claim resource. The others are written the way those pages read, with no single
 * source.
 *
 * 370 labelled tokens over 40 shapes: 210 codes, 160 decoys; 51 of the decoys are in KNOWN_10K beyond the five known
 * codes, 67 counting the 16 decoys that reuse the known codes' digits.
 */

// ── 1. Practice exam item with a–d choices, text layer (each choice its own line) ──
const examItem = lines({
  id: 's124-item',
  kind: 's124-cpc-practice-exam-mcq-item-text',
  before: 'CPC® Practice Exam B — Surgery: Nervous System — 4 h 00 m remaining',
  text: [
    'Question 41 of 100 · Item ID [40285] · ☐ Flag for review',
    'A patient with a Morton neuroma of the third intermetatarsal space, left foot, returns for the third in a series',
    'of alcohol sclerosing injections into the plantar common digital nerve. Which CPT® code is reported?',
    'a. {64455}',
    'b. {64632}',
    'c. {64640}',
    'd. {28080}',
    '◀ Previous   Next ▶   Review all',
  ].join('\n'),
});

// ── 2. Practice exam answer rationale, text layer ──
const rationale = lines({
  id: 's124-ratl',
  kind: 's124-practice-exam-answer-rationale-text',
  before: 'Review mode — Practice Exam B, attempt 2',
  text: [
    'Q41 — Correct answer: b. {64632}',
    'Rationale: Destruction by a neurolytic agent (alcohol) of the plantar common digital nerve is reported with',
    '{64632}. Injection of an anesthetic or steroid alone, with no neurolysis, is {64455}; {64640} is for other',
    'peripheral nerves or branches, and {28080} is open excision of the neuroma.',
    'Guideline reference: CPT® Nervous System, Destruction by Neurolytic Agent, codes {64600}–{64681}.',
    'Your answer: a. {64455} (incorrect) · Time on item 01:42 · Attempt no. [61582]',
  ].join('\n'),
});

// ── 3. Post-exam review grid, your answer against the key ──
const reviewGrid = table({
  id: 's124-review',
  kind: 's124-practice-exam-review-answers-grid',
  caption: 'Practice Exam B — item review (items 38–44 of 100)',
  headers: ['Q#', 'Your Ans.', 'Correct', 'Domain', 'Result'],
  rows: [
    ['38', 'c — {64713}', 'c — {64713}', 'Surgery: Nervous System', '✓'],
    ['39', 'a — {64708}', 'b — {64712}', 'Surgery: Nervous System', '✗'],
    ['40', 'd — {64714}', 'd — {64714}', 'Surgery: Nervous System', '✓'],
    ['41', 'a — {64455}', 'b — {64632}', 'Surgery: Nervous System', '✗'],
    ['42', 'b — {64612}', 'b — {64612}', 'Surgery: Nervous System', '✓'],
    ['43', 'c — {64445}', 'c — {64445}', 'Anesthesia / Surgery', '✓'],
    ['44', '— (skipped)', 'a — {64447}', 'Anesthesia / Surgery', '✗'],
  ],
});

// ── 4. Official exam score report, text layer (decoy heavy) ──
const scoreReport = lines({
  id: 's124-score',
  kind: 's124-certification-exam-score-report-text',
  before: 'Certification Examination Score Report — CONFIDENTIAL',
  text: [
    'Candidate: Rosalind Teague · Member ID: [64714]',
    'Examination: Certified Professional Coder (CPC) · Exam date: 03/14/2026 · Form 26B',
    'Test site: Holladay Learning Annex, 4760 S Highland Dr, Holladay, UT [84117]',
    'Result: PASS · Overall 74% (passing standard 70%)',
    'Section performance — Surgery, nervous system: 14 of 18 · Anesthesia: 6 of 8 · E/M: 9 of 10',
    'Score report no. [17726] · Mailed to 2210 W Fort St, Boise, ID [83702]',
    'Registration no. [41207] · Questions about this report: Member Services, PO Box [41219], Salt Lake City, UT [84120]',
  ].join('\n'),
});

// ── 5. Textbook chapter exercise, text layer ──
const chapterExercise = lines({
  id: 's124-chex',
  kind: 's124-textbook-chapter-exercise-text',
  before: 'Chapter 13 — Nervous System · Exercise 13.4 Neuroplasty, Nerve Blocks and Neurolysis',
  text: [
    'Directions: assign the CPT code(s) and any modifiers. Hint: neuroplasty codes run {64702}–{64727}.',
    '1. Open neuroplasty of the right sciatic nerve for entrapment by scar tissue: __________',
    '6. Single-injection sciatic nerve block for postoperative pain, given by the anesthesiologist (compare {64446}): ____',
    '9. Which code is NOT a neuroplasty? a) {64712}  b) {64714}  c) {64718}  d) {64612}',
    '10. True or false: {64632} is reported once per nerve injected. ____',
    'Page 412 · Workbook ISBN 978-0-323-[61184]-7',
  ].join('\n'),
});

// ── 6. Textbook answer key, table ("Answer" header) ──
const answerKey = table({
  id: 's124-key',
  kind: 's124-textbook-answer-key-grid',
  caption: 'Answers to Exercise 13.4 (Instructor resources)',
  headers: ['Exercise', 'Answer', 'Page ref.'],
  rows: [
    ['13.4-1', '{64712}-RT', 'p. 410'],
    ['13.4-2', '{64714}', 'p. 410'],
    ['13.4-3', '{64713}, {64727}', 'p. 411'],
    ['13.4-4', '{64721}-LT', 'p. 411'],
    ['13.4-5', '{64632} × 2', 'p. 414'],
    ['13.4-6', '{64445}', 'p. 417'],
    ['13.4-7', '{64612}', 'p. 419'],
    ['13.4-8', '{64448}', 'p. 417'],
    ['13.4-9', 'd', 'p. 419'],
    ['13.4-10', 'True ({64632} per nerve)', 'p. 414'],
  ],
});

// ── 7. Textbook case study (operative report) with the instructor's answer, text layer ──
const caseStudy = lines({
  id: 's124-case',
  kind: 's124-textbook-case-study-op-report-text',
  before: 'Case Study 13-7 — Operative Report (adapted for instruction; names and numbers are fictitious)',
  text: [
    'Patient: Training, Patient F · MRN [72039] · Acct [72044] · Date of surgery 06/02/20XX',
    'Facility: Westbrook Surgical Center, 400 Elm Ave, Dayton, OH [45402]',
    'Procedure: Open neurolysis of the left sciatic nerve at the sciatic notch; loupe magnification only.',
    'Findings: dense scar encasing the nerve from prior hip arthroplasty; nerve freed circumferentially for 6 cm.',
    'Instructor answer: {64712}-LT. Do not add {64727}: no operating microscope was used.',
    'Students often pick {64708}; the sciatic nerve has its own code.',
  ].join('\n'),
});

// ── 8. CPT index excerpt as printed in the code book, text layer ──
const cptIndex = lines({
  id: 's124-index',
  kind: 's124-cpt-book-index-excerpt-text',
  before: 'Index — N',
  text: [
    'Neuroplasty',
    '  Cranial Nerve ............ {64716}',
    '  Digital Nerve ............ {64702}-{64704}',
    '  Peripheral Nerve ......... {64708}-{64714}, {64718}-{64721}',
    '  Lumbar Plexus ............ {64714}',
    '  Sciatic Nerve ............ {64712}',
    'Nerve Block — See Injection, Nerve',
    '  Sciatic .................. {64445}-{64446}',
    'Chemodenervation',
    '  Facial Muscle ............ {64612}',
    'Destruction, Nerve',
    '  Plantar Common Digital ... {64632}',
  ].join('\n'),
});

// ── 9. Association learning portal CEU quiz page, text layer ──
const ceuQuiz = lines({
  id: 's124-ceuq',
  kind: 's124-ceu-quiz-question-page-text',
  before: 'Learning Center › My Courses › CEU Quizzes',
  text: [
    'Quiz: "Nerve Destruction and Chemodenervation: 2026 Update" · 1.0 CEU · Course # [26786]',
    'Question 3 of 10',
    'A physician injects botulinum toxin into the orbicularis oculi on both sides for benign essential',
    'blepharospasm. How is the injection procedure reported?',
    '○ {64612} × 1',
    '○ {64612}-50',
    '○ {64615}',
    '○ {64612} × 2',
    'Need help? Learning Center, 2233 S. Presidents Dr., Suite F, Salt Lake City, UT [84120]',
  ].join('\n'),
});

// ── 10. CEU quiz completion certificate, text layer ──
const ceuCert = lines({
  id: 's124-cert',
  kind: 's124-ceu-completion-certificate-text',
  before: 'Certificate of Completion',
  text: [
    'This certifies that Dana Whitaker, CPC, Member #[64612], has completed',
    '"Nerve Destruction and Chemodenervation: 2026 Update" — approved for 1.0 Core A CEU, index no. [43709]',
    'Score: 9/10 (90%). Missed item: Q3 — correct response {64612}-50.',
    'Date completed: 02/11/2026 · Verification code [55759] · Keep this certificate for four years.',
  ].join('\n'),
});

// ── 11. CEU transcript, table (activity titles carry codes) ──
const ceuTranscript = table({
  id: 's124-ceut',
  kind: 's124-ceu-transcript-grid',
  caption: 'My CEU transcript — cycle 01/2025–12/2026 — 22.5 of 36 CEUs',
  headers: ['Activity', 'Index #', 'CEUs', 'Completed', 'Status'],
  rows: [
    ['Webinar: Nerve Blocks After Surgery — {64445} to {64448}', '[31020]', '1.0', '01/09/2026', 'Approved'],
    ['Quiz: Neuroplasty Coding Pitfalls', '[39125]', '0.5', '01/22/2026', 'Approved'],
    ['Article quiz: When {64612} Meets {64615}', '[48644]', '1.0', '02/03/2026', 'Approved'],
    ['Local chapter meeting — Boise, ID', '[18203]', '1.0', '02/10/2026', 'Pending'],
    ['Workshop: Foot & Ankle Coding ({64632}, {28080})', '[22736]', '2.0', '02/28/2026', 'Approved'],
    ['Podcast: Chemodenervation Documentation ({64612}, {95874})', '[40177]', '0.5', '03/04/2026', 'Approved'],
    ['Regional conference, Denver, CO', '[40182]', '6.0', '03/19/2026', 'Pending'],
  ],
});

// ── 12. LMS gradebook grid (student ids, CRNs) ──
const gradebook = table({
  id: 's124-grade',
  kind: 's124-lms-gradebook-grid',
  caption: 'HIM 215 Procedural Coding II — Gradebook — All sections',
  headers: ['Student', 'ID', 'SIS ID', 'Section', 'Quiz 7: Nervous Sys. (20)', 'Lab 7 (25)', 'Total'],
  rows: [
    ['Alvarez, Maria', '[80480]', '[20451]', 'HIM 215-01 · CRN [64714]', '18', '23', '88.4%'],
    ['Brandt, Owen', '[80497]', '[20517]', 'HIM 215-01 · CRN [64714]', '14', '19', '76.0%'],
    ['Chu, Lena', '[80512]', '[21031]', 'HIM 215-02 · CRN [31618]', '20', '25', '97.1%'],
    ['Dossou, Kofi', '[80533]', '[21389]', 'HIM 215-02 · CRN [31618]', '16', 'Missing', '61.5%'],
    ['Eriksen, Tove', '[80567]', '[22005]', 'HIM 215-02 · CRN [31618]', '19', '22', '90.2%'],
  ],
});

// ── 13. LMS assignment page, text layer ──
const assignment = lines({
  id: 's124-assign',
  kind: 's124-lms-assignment-page-text',
  before: 'HIM 215 › Assignments › Module 7',
  text: [
    'Assignment 7.3: Peripheral Nerve Coding Scenarios',
    'Course: HIM 215 Procedural Coding II — Section 02 (CRN [31618])',
    'Assignment ID [52314] · Due Mar 20 by 11:59pm · Points 25 · Submitting a text entry box or a file upload',
    'For each scenario assign the CPT code(s) and modifiers. Scenarios 1–4 are neuroplasty ({64702}–{64727});',
    'scenarios 5–8 are nerve blocks ({64445}–{64450}) and neurolysis.',
    'Reminder: {64714} is the lumbar plexus, not the sciatic nerve ({64712}). Read the op note twice.',
    'Rubric: 3 pts per correct code, 1 pt per modifier. Late work loses 10% a day.',
  ].join('\n'),
});

// ── 14. SpeedGrader feedback on a submission, text layer ──
const feedback = lines({
  id: 's124-fdbk',
  kind: 's124-lms-submission-feedback-comments-text',
  before: 'Assignment 7.3 — Submission details',
  text: [
    'Student [14252] · Attempt 2 · Submitted Mar 19 at 10:14pm',
    'Scenario 2: you coded {64708}; the op note names the sciatic nerve, so the answer is {64712}. −3',
    "Scenario 5: {64445} correct. Don't add {76942} unless the report says the ultrasound image was saved. ✓",
    'Scenario 7: {64632} × 3? Only two nerves were injected, so 2 units. −1',
    'Scenario 8: {64612} correct — nice catch on leaving off modifier 50.',
    'Score: 21/25 · Comment by Prof. L. Okafor · Rubric [52314]-R',
  ].join('\n'),
});

// ── 15. College class schedule: course sections (decoy heavy) ──
const sections = table({
  id: 's124-sect',
  kind: 's124-class-schedule-course-sections-grid',
  caption: 'Spring 2026 class schedule — Health Information Management',
  headers: ['Course', 'Sect', 'Class Nbr', 'Title', 'Days/Times', 'Seats'],
  rows: [
    ['HIM 215', '01', '[64714]', 'Procedural Coding II', 'Online (asynchronous)', '2 of 24'],
    ['HIM 215', '02', '[31618]', 'Procedural Coding II', 'TuTh 6:00–8:45 pm', '0 of 24'],
    ['HIM 216', '01', '[58499]', 'Coding Practicum', 'Sa 9:00 am–12:00 pm', '7 of 18'],
    ['HIM 220', '01', '[33902]', 'Certification Review (CPC/CCS)', 'Online', '11 of 30'],
    ['HIM 220', '02', '[64445]', 'Certification Review (CPC/CCS)', 'We 6:00–9:00 pm', '4 of 30'],
    ['HIM 110', '01', '[33517]', 'Medical Terminology', 'MoWe 10:00–11:15 am', '0 of 35'],
    ['HIM 110', '03', '[33524]', 'Medical Terminology', 'Online', '12 of 35'],
    ['HIM 130', '01', '[14608]', 'Anatomy for Coders', 'TuTh 1:00–2:15 pm', '5 of 28'],
  ],
});

// ── 16. Moodle-style quiz statistics: response analysis, table ──
const itemAnalysis = table({
  id: 's124-ianal',
  kind: 's124-lms-quiz-response-analysis-grid',
  caption: 'Quiz 7: Nervous System — Statistics — Response analysis (43 attempts)',
  headers: ['Q#', 'Question ID', 'Key', 'Response', 'Count', 'Freq.'],
  rows: [
    ['4', '[38029]', '{64712}', '{64712}', '31', '72%'],
    ['', '', '', '{64708}', '9', '21%'],
    ['', '', '', '{64714}', '3', '7%'],
    ['5', '[38031]', '{64612}', '{64612}', '28', '65%'],
    ['', '', '', '{64615}', '11', '26%'],
    ['', '', '', '{64616}', '4', '9%'],
    ['6', '[38036]', '{64632}', '{64455}', '17', '40%'],
    ['', '', '', '{64632}', '26', '60%'],
  ],
});

// ── 17. Exam registration confirmation e-mail, text layer ──
const registration = lines({
  id: 's124-reg',
  kind: 's124-exam-registration-confirmation-email-text',
  before: 'Subject: Your CPC® exam appointment is confirmed',
  text: [
    'Candidate: Jordan Pike · Candidate ID: [64632]',
    'Exam: Certified Professional Coder (CPC) · Delivery: test center · Language: English',
    'Date and time: Saturday, April 18, 2026, 8:30 AM MDT (arrive 30 minutes early)',
    'Location: Mountain West Testing Center, 6965 Union Park Ctr, Ste 210, Midvale, UT [84047]',
    'Booking no. [79186] · Attempts remaining on voucher: 2',
    'Mailing address on file: 1184 N 400 W, Layton, UT [84041]',
    'Bring your CPT®, ICD-10-CM and HCPCS Level II code books; handwritten notes in them are allowed, loose pages are not.',
    'To reschedule, reply to this e-mail or call 800-555-0123 and quote reference [15995].',
  ].join('\n'),
});

// ── 18. Online proctoring appointment confirmation, text layer ──
const proctoring = lines({
  id: 's124-proc',
  kind: 's124-online-proctoring-confirmation-text',
  before: 'Your proctored session is booked',
  text: [
    'Order #[66127] · Exam: CCS Practice Simulation (proctored) · Duration 4 h',
    'Start: 03/28/2026 7:00 PM CDT · Check-in opens 15 minutes before',
    'Test-taker ID [64445] · Institution: Summit Coding Academy (institution code [24317])',
    'Billing address: 412 Oak Hollow Rd, Franklin, TN [37064]',
    'Payment: Visa ending 4417 · Amount $37.50',
    'Run the system check before exam day; your check code is [71474].',
  ].join('\n'),
});

// ── 19. Test-center locator results, table ("ZIP" header) ──
const locator = table({
  id: 's124-locate',
  kind: 's124-test-center-locator-results-grid',
  caption: 'Test centers within 25 miles of 84105',
  headers: ['Site ID', 'Test Center', 'Address', 'City', 'ZIP', 'Dist.', 'Next available'],
  rows: [
    [
      '[66145]',
      'Wasatch Testing Center #4523',
      '2469 E Fort Union Blvd',
      'Cottonwood Heights, UT',
      '[84121]',
      '6.1 mi',
      'Apr 4',
    ],
    ['[66104]', 'Holladay Learning Annex', '4760 S Highland Dr', 'Holladay, UT', '[84117]', '4.0 mi', 'Apr 11'],
    ['[70151]', 'Mountain West Testing Center', '6965 Union Park Ctr', 'Midvale, UT', '[84047]', '9.8 mi', 'Apr 18'],
    ['[62289]', 'SLCC Testing Services', '4600 S Redwood Rd', 'Taylorsville, UT', '[84123]', '8.7 mi', 'Apr 2'],
    ['[28804]', 'Davis Tech Assessment Center', '550 E 300 S', 'Kaysville, UT', '[84037]', '22.3 mi', 'Mar 31'],
  ],
});

// ── 20. Study-group forum post, text layer ──
const forumPost = lines({
  id: 's124-post',
  kind: 's124-study-group-forum-post-text',
  before: 'CPC Study Group › Surgery: Nervous System',
  text: [
    'Re: {64712} vs {64708} — which one on the CPC??',
    'Post #[46735] by codingmom2B » Tue Feb 10, 2026 9:42 pm',
    'I keep missing the sciatic neuroplasty questions. If the note says "neurolysis of sciatic nerve at the hip"',
    "is that {64712} or {64708}? My book's practice test key says {64712} but the rationale mentions {64727} too???",
    'Joined: Sep 2025 · Posts: 212 · Location: Tulsa, OK [74105]',
  ].join('\n'),
});

// ── 21. Forum reply quoting the question, text layer ──
const forumReply = lines({
  id: 's124-reply',
  kind: 's124-study-group-forum-reply-quote-text',
  before: 'Reply #4 by kbcoder_CPC',
  text: [
    'codingmom2B wrote: is that {64712} or {64708}?',
    "It's {64712}. {64708} is only for a nerve that doesn't have its own code, and {64727} is the add-on for",
    'internal neurolysis with the operating microscope, so only if the scope is documented.',
    "Same logic for blocks: sciatic = {64445}, femoral = {64447}. Don't overthink it on exam day.",
    'CPC, CPC-I · study group leader, local chapter [27538] · thread [64714] · 17 likes',
  ].join('\n'),
});

// ── 22. Forum topic list, table (views without thousands separator) ──
const topics = table({
  id: 's124-topics',
  kind: 's124-forum-topic-list-grid',
  caption: 'CPC Study Group — Surgery: Nervous System — 1,204 topics',
  headers: ['Topics', 'Started by', 'Replies', 'Views', 'Last post'],
  rows: [
    ['{64612} bilateral — modifier 50 or x2?', 'kbcoder_CPC', '23', '[10557]', 'Today 8:02 am'],
    ['Nerve block ({64445}) by the surgeon — bundled?', 'ptcoder88', '41', '[12370]', 'Yesterday'],
    ['Morton neuroma: {64632} vs {64455} vs {28080}', 'footnotes', '17', '[10964]', 'Mar 1'],
    ['Ch. 13 workbook answer key errata (2026 ed.)', 'instructor_lo', '8', '[11194]', 'Feb 27'],
    ['Lumbar plexus {64714} — anyone seen it in real life?', 'newbie_coder', '12', '[10412]', 'Feb 19'],
    ['Passed today!! 78% — nerve questions were brutal', 'rt_coder', '56', '[19022]', 'Feb 14'],
    ['Is {64727} ever on the exam or just in real life?', 'codingmom2B', '9', '[12866]', 'Feb 11'],
  ],
});

// ── 23. Flashcard set, term / definition table (code on either side) ──
const flashcards = table({
  id: 's124-cards',
  kind: 's124-flashcard-set-term-definition-grid',
  caption: 'Flashcards: CPC nerve codes (48 terms) · created by lena_chu',
  headers: ['Term', 'Definition'],
  rows: [
    ['{64712}', 'Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve'],
    ['Neuroplasty; lumbar plexus', '{64714}'],
    ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve'],
    ['Sciatic nerve block, single injection', '{64445}'],
    ['{64446}', 'Sciatic nerve, continuous infusion by catheter (includes catheter placement)'],
    ['{64612}', 'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral'],
    ['Chemodenervation for chronic migraine', '{64615}'],
    ['{64455}', 'Injection, anesthetic/steroid; plantar common digital nerve(s) (e.g., Morton neuroma)'],
  ],
});

// ── 24. Anki deck export, tab-separated text ──
const ankiExport = lines({
  id: 's124-anki',
  kind: 's124-anki-deck-tsv-export-text',
  before: 'CPC Prep__Nervous System.txt',
  text: [
    '#separator:tab',
    '#html:false',
    '#deck:CPC Prep::Nervous System',
    '#tags column:3',
    '{64712}\tNeuroplasty — sciatic nerve\tch13 neuroplasty',
    '{64714}\tNeuroplasty — lumbar plexus\tch13 neuroplasty',
    'Sciatic block, single shot\t{64445}\tch13 blocks',
    '{64632}\tNeurolytic destruction — plantar common digital nerve\tch13 destruction',
    '{64612}\tChemodenervation — facial nerve muscles, one side\tch13 chemodenervation',
  ].join('\n'),
});

// ── 25. Flashcard deck study statistics, text layer ──
const deckStats = lines({
  id: 's124-dstat',
  kind: 's124-flashcard-deck-study-stats-text',
  before: 'Statistics — Deck: Nerve codes (CPC)',
  text: [
    'Cards: 48 · Deck id [35134] · Due today: 12 · New: 0',
    'Most missed this week: {64714} (lumbar plexus), {64632}, {64612}',
    'Reviews all time: [10238] · Average answer time 6.4 s',
    'Last session: 38 cards, 86% correct; lapses on {64445} vs {64446}.',
  ].join('\n'),
});

// ── 26. Item-bank record exported as JSON, text layer ──
const itemJson = lines({
  id: 's124-ijson',
  kind: 's124-item-bank-json-record-text',
  before: 'GET /api/v1/banks/cpc-surgery-nervous/items?rev=3',
  text: [
    '{',
    '  "item_id": [59059],',
    '  "bank": "CPC-Surgery-Nervous", "bank_id": [12120],',
    '  "stem": "Open neuroplasty of the sciatic nerve is reported with which code?",',
    '  "choices": { "a": "{64708}", "b": "{64712}", "c": "{64713}", "d": "{64714}" },',
    '  "key": "b", "key_code": "{64712}",',
    '  "distractor_notes": "{64708} unspecified nerve; {64713} brachial plexus; {64714} lumbar plexus",',
    '  "author_id": [42106], "course_section": "HIM215-02", "p_value": 0.72',
    '}',
  ].join('\n'),
});

// ── 27. QTI 2.1 assessment item XML, text layer ──
const qti = lines({
  id: 's124-qti',
  kind: 's124-qti-assessment-item-xml-text',
  before: 'item_53272.xml',
  text: [
    '<assessmentItem identifier="item_[53272]" title="Chemodenervation, facial nerve" adaptive="false">',
    '  <correctResponse><value>ChoiceB</value></correctResponse>',
    '  <prompt>Botulinum toxin to the left orbicularis oculi and zygomaticus for hemifacial spasm:</prompt>',
    '  <simpleChoice identifier="ChoiceA">{64615}</simpleChoice>',
    '  <simpleChoice identifier="ChoiceB">{64612}</simpleChoice>',
    '  <simpleChoice identifier="ChoiceC">{64616}</simpleChoice>',
    '  <simpleChoice identifier="ChoiceD">{64642}</simpleChoice>',
    '  <modalFeedback identifier="ChoiceB">{64612} is unilateral; one side, no modifier 50.</modalFeedback>',
  ].join('\n'),
});

// ── 28. Bootcamp syllabus weekly schedule, table ("CPT range" header) ──
const syllabus = table({
  id: 's124-sylb',
  kind: 's124-bootcamp-syllabus-weekly-schedule-grid',
  caption: 'Summit Coding Academy — CPC Bootcamp, Cohort 14 — Weeks 9–12',
  headers: ['Wk', 'Dates', 'Topic', 'CPT range', 'Assessment'],
  rows: [
    ['9', 'Mar 9–13', 'Nervous system I: injections and nerve blocks', '{64400}–{64489}', 'Quiz 9'],
    ['10', 'Mar 16–20', 'Nervous system II: neurostimulators, destruction', '{64553}–{64681}', 'Lab 10'],
    ['11', 'Mar 23–27', 'Neuroplasty and nerve repair', '{64702}–{64727}, {64831}–{64911}', 'Assignment 11.2'],
    ['12', 'Mar 30–Apr 3', 'Eye and ear', '{65091}–{69990}', 'Midterm 2'],
  ],
});

// ── 29. Exam-prep modifier cheat sheet, table ──
const cheatSheet = table({
  id: 's124-cheat',
  kind: 's124-exam-prep-modifier-cheat-sheet-grid',
  caption: 'Cheat sheet: nerve codes and the modifiers the exam likes',
  headers: ['Scenario', 'Code + mod', 'Why'],
  rows: [
    ['Botox to both sides of the face', '{64612}-50', 'Code is unilateral'],
    ['Sciatic block for post-op pain, separate from the anesthetic', '{64445}-59 (or XU)', 'Distinct service'],
    ['Morton neuroma, 2nd and 3rd interspaces, left', '{64632}-LT × 2', 'One unit per nerve'],
    ['Sciatic neuroplasty, planned return to OR', '{64712}-58', 'Staged procedure'],
    ['Lumbar plexus neuroplasty, assistant surgeon', '{64714}-80', 'Assistant at surgery'],
  ],
});

// ── 30. Certification exam content blueprint, table ──
const blueprint = table({
  id: 's124-blue',
  kind: 's124-certification-exam-blueprint-grid',
  caption: 'CPC exam content outline — items by section (100 items, 4 hours)',
  headers: ['Section', 'Items', 'Sample code families'],
  rows: [
    ['Surgical procedures: nervous system', '7', 'neuroplasty {64712}, blocks {64445}, chemodenervation {64612}'],
    ['Anesthesia', '8', '{01480}, {01996}, time and base units'],
    ['Evaluation and management', '10', '{99202}–{99215}, {99221}'],
    ['Medicine', '6', 'nerve conduction {95907}–{95913}, needle EMG {95886}'],
  ],
});

// ── 31. Association store receipt: exam package order, text layer (decoy heavy) ──
const receipt = lines({
  id: 's124-rcpt',
  kind: 's124-exam-package-store-receipt-text',
  before: 'Thank you for your order',
  text: [
    'Order #[64712] · Placed 01/05/2026 · Student membership no. [23325]',
    'CPC exam, online, 2 attempts ................ $499.00 · SKU [89204]',
    'Practice exams bundle (3) ................... $120.00 · SKU [89213]',
    'Ship code books to: 88 Larkspur Ln, Aurora, CO [80016] · Invoice [90214]',
    'Bill to: Summit Coding Academy, Accounts Payable, 1601 Wazee St, Denver, CO [80202]',
    'Customer Service, PO Box [64445], Salt Lake City, UT [84164]',
  ].join('\n'),
});

// ── 32. Canvas gradebook CSV export, text layer (assignment ids in the headers) ──
const gradeCsv = lines({
  id: 's124-gcsv',
  kind: 's124-lms-gradebook-csv-export-text',
  before: '2026-03-21T0412_Grades-HIM_215.csv',
  text: [
    'Student,ID,SIS User ID,Section,Quiz 7: Nervous System ([63243]),Lab 7 ([63244]),Current Score',
    '    Points Possible,,,,20.00,25.00,(read only)',
    '"Alvarez, Maria",[80480],[20451],HIM 215-01,18.00,23.00,88.40',
    '"Chu, Lena",[80512],[21031],HIM 215-02,20.00,25.00,97.10',
    '"Dossou, Kofi",[80533],[21389],HIM 215-02,16.00,,61.50',
    '"Eriksen, Tove",[80567],[22005],HIM 215-02,19.00,22.00,90.20',
    '"Brandt, Owen",[80497],[20517],HIM 215-01,14.00,19.00,76.00',
  ].join('\n'),
});

// ── 33. HIT lab exercise on an HL7 v2 DFT^P03 charge message, text layer ──
const hl7Lab = lines({
  id: 's124-hl7',
  kind: 's124-hit-lab-hl7-dft-exercise-text',
  before: 'Lab 9 — Reading charge messages. Find the CPT code in FT1-25 of each FT1 segment.',
  text: [
    'MSH|^~\\&|SIMEHR|SUMMITLAB|BILLING|SUMMITLAB|202603101422||DFT^P03|MSG[40911]|T|2.5.1',
    'PID|1||[77618]^^^SIMEHR^MR||TRAINING^PATIENT^A||19700101|F',
    'PV1|1|O|SURG^OR2^^SUMMITLAB||||[27314]^OKAFOR^LINDA^^^^MD',
    'FT1|1||B[59768]|20260310||CG|CHG2210^NERVE BLOCK^LOCAL|||1|||||||||||||||{64445}^SCIATIC NERVE BLOCK^C4|RT',
    'FT1|2||B[59768]|20260310||CG|CHG3318^CHEMODENERV^LOCAL|||1|||||||||||||||{64612}^CHEMODENERV FACIAL NRV^C4|LT',
    'Your answers: FT1 #1 = ________  FT1 #2 = ________  (batch [59768], patient [77618])',
  ].join('\n'),
});

// ── 34. Billing course exercise on an X12 837P, text layer ──
const x12Lab = lines({
  id: 's124-837',
  kind: 's124-billing-course-837p-exercise-text',
  before: 'Exercise 14.2 — Locate the procedure codes in loop 2400 and the billing provider ZIP in loop 2010AA.',
  text: [
    'NM1*85*2*FRONT RANGE NEUROSURGERY*****XX*1234567893~',
    'N3*1601 WAZEE ST~',
    'N4*DENVER*CO*[80216]~',
    'SBR*P*18*[56102]******CI~',
    'NM1*IL*1*TRAINING*PATIENT****MI*XJK4410982~',
    'N3*77 MAPLE CT~',
    'N4*LITTLETON*CO*[80120]~',
    'CLM*[26333]*1450***11:B:1*Y*A*Y*Y~',
    'REF*G1*[64632]~',
    'LX*1~',
    'SV1*HC:{64712}:LT*1200*UN*1***1~',
    'LX*2~',
    'SV1*HC:{64445}*250*UN*1***1~',
    'Answer key: the 2400 loops carry {64712}-LT and {64445}; the billing provider ZIP is [80216]; REF*G1 is the prior',
    'authorization number ([64632]), not a code.',
  ].join('\n'),
});

// ── 35. Interoperability module exercise on a FHIR Claim, text layer ──
const fhirLab = lines({
  id: 's124-fhir',
  kind: 's124-fhir-claim-exercise-json-text',
  before: 'Module 6, Exercise 3: one item in this Claim was not performed. Which one?',
  text: [
    '{ "resourceType": "Claim", "id": "training-[44367]", "status": "active", "use": "claim",',
    '  "patient": { "reference": "Patient/[23871]" },',
    '  "provider": { "display": "Buckeye Foot & Ankle", "address": { "city": "Columbus", "postalCode": "[43224]" } },',
    '  "item": [',
    '    { "sequence": 1, "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}" } ] },',
    '      "quantity": { "value": 2 } },',
    '    { "sequence": 2, "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64455}" } ] } }',
    '  ] }',
    'Answer: item 2 ({64455}) — the note documents alcohol neurolysis only, which {64632} already covers.',
  ].join('\n'),
});

// ── 36. Capstone mock-audit scoring grid (chart numbers beside codes) ──
const mockAudit = table({
  id: 's124-audit',
  kind: 's124-capstone-mock-audit-scoring-grid',
  caption: 'Capstone mock audit — outpatient surgery charts — student: L. Chu',
  headers: ['Chart', 'Student coded', 'Auditor', 'Match', 'Pts'],
  rows: [
    ['[91031]', '{64712}-RT', '{64712}-RT', 'Y', '5/5'],
    ['[91038]', '{64708}', '{64714}', 'N', '0/5'],
    ['[91045]', '{64632} × 2', '{64632} × 2', 'Y', '5/5'],
    ['[91052]', '{64445}, {76942}', '{64445}', 'Partial', '3/5'],
    ['[91066]', '{64612}-50', '{64612}-50', 'Y', '5/5'],
    ['[91073]', '{64447}, {01400}', '{64447}', 'Partial', '3/5'],
    ['[91080]', '{64455} × 2', '{64632} × 2', 'N', '0/5'],
  ],
});

// ── 37. Study-plan progress tracker, table ──
const studyPlan = table({
  id: 's124-plan',
  kind: 's124-study-plan-practice-test-tracker-grid',
  caption: 'My study plan — target exam date 04/18/2026',
  headers: ['Practice test', 'Attempt', 'Date', 'Score', 'Missed codes'],
  rows: [
    ['Exam A', '[36328]', '02/07/2026', '64%', '{64714}, {64612}, {64455}'],
    ['Exam B', '[36773]', '02/21/2026', '69%', '{64712}, {64447}'],
    ['Exam C', '[37436]', '03/07/2026', '75%', '{64632}'],
    ['Nervous system mini-test', '[37502]', '03/12/2026', '90%', '—'],
    ['Exam D (timed, proctored)', '[38044]', '04/04/2026', '—', 'Scheduled'],
  ],
});

// ── 38. Retake eligibility letter, text layer (decoys only) ──
const retakeLetter = lines({
  id: 's124-retake',
  kind: 's124-exam-retake-eligibility-letter-text',
  before: 'Credentialing Department',
  text: [
    'Re: CPC examination of April 18, 2026 — Candidate ID [57455]',
    'Your score of 66% did not meet the passing standard of 70%. Your package includes one free retake within 12 months.',
    'Your rescore request no. [45602] was received on 04/29/2026; rescoring did not change the result.',
    'Credentialing Department, PO Box [64612], Salt Lake City, UT [84158]',
  ].join('\n'),
});

// ── 39. Instructor announcement in the LMS, text layer ──
const announcement = lines({
  id: 's124-annc',
  kind: 's124-lms-instructor-announcement-text',
  before: 'Announcements › HIM 215 — All Sections',
  text: [
    'Posted Mar 12, 2026 by Prof. L. Okafor to sections [64714] and [31618]',
    'Quiz 7, Q6 was regraded: both b ({64632}) and d ({64632} × 2) now get credit, since the stem did not say how many nerves.',
    'Q4 stays as keyed: sciatic neuroplasty is {64712}, and {64708} was not accepted.',
    'Practice exam C opens Friday and uses the 2026 code set; its {64612} and {64615} items are new, so bring the 2026 books.',
  ].join('\n'),
});

// ── 40. Test-center check-in roster for an exam session, table (decoy heavy) ──
const checkIn = table({
  id: 's124-roster',
  kind: 's124-exam-day-check-in-roster-grid',
  caption: 'Session roster — Sat 04/18/2026 08:30 — Mountain West Testing Center, Midvale, UT 84047 — Room B',
  headers: ['Seat', 'Candidate ID', 'Name', 'Exam', 'Appt no.', 'ID checked', 'Status'],
  rows: [
    ['B-01', '[64632]', 'Pike, Jordan', 'CPC', '[79186]', '✓ DL', 'Checked in 08:02'],
    ['B-02', '[57455]', 'Lindqvist, Marta', 'CPC', '[79190]', '✓ Passport', 'Checked in 08:05'],
    ['B-03', '[90233]', 'Nakamura, Ellen', 'CCS', '[79204]', '✓ DL', 'Checked in 08:11'],
    ['B-04', '[90247]', 'Ortiz, Samuel', 'COC', '[79211]', '—', 'No show'],
    ['B-05', '[90262]', 'Quinn, Harper', 'CPC', '[79215]', '✓ State ID', 'Late arrival 08:41 — seated'],
    ['B-06', '[90281]', 'Reyes, Dana', 'CRC', '[79226]', '✓ DL', 'Checked in 08:14'],
  ],
});

export const sealed124: Snippet[] = [
  ...examItem,
  ...rationale,
  ...reviewGrid,
  ...scoreReport,
  ...chapterExercise,
  ...answerKey,
  ...caseStudy,
  ...cptIndex,
  ...ceuQuiz,
  ...ceuCert,
  ...ceuTranscript,
  ...gradebook,
  ...assignment,
  ...feedback,
  ...sections,
  ...itemAnalysis,
  ...registration,
  ...proctoring,
  ...locator,
  ...forumPost,
  ...forumReply,
  ...topics,
  ...flashcards,
  ...ankiExport,
  ...deckStats,
  ...itemJson,
  ...qti,
  ...syllabus,
  ...cheatSheet,
  ...blueprint,
  ...receipt,
  ...gradeCsv,
  ...hl7Lab,
  ...x12Lab,
  ...fhirLab,
  ...mockAudit,
  ...studyPlan,
  ...retakeLetter,
  ...announcement,
  ...checkIn,
];
