import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 148 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s148-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (blocks, facet and RFA codes, chemodenervation, neuroplasty, tarsal tunnel 28035, EMG
 * guidance, E/M, the anesthesia daily-management code 01996, and code ranges written as ranges). Decoys: the
 * staffing firm's and client's ZIPs, candidate, application-source, offer, scorecard and badge ids, assessment
 * attempt and key versions, marketplace job, proposal, escrow and transaction references, patient MRNs, client cost
 * centres, timesheet and ticket numbers, customer and PO numbers, rate-card job codes and sample seeds; about a third
 * of them are numbers of the synthetic 10,000-code set (KNOWN_10K). Some candidate ids run through 647xx and so look
 * like real neuroplasty codes (64719, 64722, 64726): on an ATS pipeline they are ids. The five known codes' digits
 * come back as decoys: the requisition number 64712, the ATS candidate id 64714, the assessment attempt and QA audit
 * id 64632, the staffing firm's PO box 64445 and a candidate's Missouri ZIP 64445, and the invoice number 64612.
 *
 * Family: hiring and paying a freelance pain / peripheral-nerve coder. A (fictional) staffing firm, Larkspur Revenue
 * Staffing (Renton, WA), fills a 13-week remote contract for Cascade Spine & Nerve Center (Port Alder, WA) with
 * Renata Okafor, CPC, CPMA (Boise, ID), a freelancer on the (fictional) CodeHive marketplace: the job board posting
 * (header, description, requirements, JSON-LD in the page source), a job search results list, a recruiter's InMail,
 * the ATS (candidate header, activity feed, screening answers, pipeline, interview scorecard, JSON API export, offer
 * letter), the coding skills assessment (item text, QTI XML item bank, answer key with the candidate's answers,
 * scoring rubric, score report), the marketplace (profile header, work history, skills grid, the firm's job post,
 * the cover letter, the proposals list, contract terms, fixed-price milestones, messages, work diary, transaction
 * history, earnings summary), the freelancer's weekly timesheet, chart counts by CPT (grid and CSV), her coding
 * worklog, the QA audit (scorecard, chart detail, findings e-mail, rebuttal and auditor response), the master
 * services agreement's rate card and the staffing firm's invoice (header, lines, remittance stub).
 * Built on real public layouts: Indeed and LinkedIn job pages and search cards (pay line, "Posted 3 days ago",
 * applicant counts), schema.org JobPosting JSON-LD as job boards embed it, Greenhouse-style ATS candidate pages,
 * activity feeds, interview kits/scorecards and Harvest API candidate JSON, IMS QTI 2.1 choice items, Upwork-style
 * freelancer profiles (rate, Job Success, hours, work history with client feedback), proposal lists, hourly
 * contract terms, milestones, work diary and transaction history, AAPC-style audit scorecards (CPT / ICD-10 /
 * modifier accuracy over a sample), and a staffing agency's invoice with a detachable remittance stub. The others
 * are written the way those pages read, with no single source.
 *
 * 384 labelled tokens over 42 shapes: 243 codes, 141 decoys, 48 of the decoys in KNOWN_10K.
 */

// ── 1. Job board posting header, text layer ──
const postHeader = lines({
  id: 's148-posthead',
  kind: 's148-job-board-posting-header-text',
  before: 'Find jobs · Company reviews · Salary guide',
  text: [
    'Pain Management Coder – Remote (Peripheral Nerve & Interventional) – Contract',
    'Larkspur Revenue Staffing · 4.1 ★ 212 reviews',
    'Renton, WA [98057] • Remote',
    '$34 - $40 an hour · Contract, Full-time',
    'Licenses: Certified Professional Coder (CPC) (Required) · Specialty: pain, CPT {64400}–{64999}',
    'Req #[64712] · Posted 3 days ago · Employer active 1 day ago · 47 applicants',
    'Hiring office: 1400 Oakesdale Ave SW, Suite 300, Renton, WA [98057]',
  ].join('\n'),
});

// ── 2. Job posting description body, text layer ──
const postBody = lines({
  id: 's148-postbody',
  kind: 's148-job-posting-description-body-text',
  before: 'Full job description',
  text: [
    'About the role',
    'Our client, a six-physician interventional pain and peripheral nerve practice in Port Alder, WA, needs an',
    'experienced coder to code office and ASC encounters from op notes. Typical daily mix:',
    '• Peripheral nerve blocks ({64445}, {64447}, {64450}) and genicular nerve RFA',
    '• Facet injections and radiofrequency ablation ({64493}, {64635})',
    "• Neurolysis of Morton's neuroma ({64632}) and chemodenervation ({64612}, {64615})",
    '• Open neuroplasty: sciatic ({64712}), lumbar plexus ({64714}), median nerve at the carpal tunnel ({64721})',
    'Volume target: 28–32 charts/hour for injections, 6–8/hour for surgical cases. Accuracy ≥ 95% on QA audit.',
    'Client location: 2200 S 19th St, Port Alder, WA [98405] (remote; no travel).',
  ].join('\n'),
});

// ── 3. Job posting requirements bullets, text layer ──
const postReqs = lines({
  id: 's148-postreqs',
  kind: 's148-job-posting-requirements-bullets-text',
  before: 'Requirements',
  text: [
    '• CPC, COC or CCS (AAPC/AHIMA) required; CPMA a plus',
    '• 3+ years coding pain management; you know when {64445} needs -59/XU with {64448} and why',
    '• Working knowledge of NCCI edits (e.g. {77003} is not reported with {64493})',
    '• Comfortable with unlisted {64999} and with chemodenervation units (J0585) alongside {64612}',
    '• Must pass a 25-question coding assessment (80% or better) before the client interview',
    '• Epic and athenaOne; 3M 360 encoder a plus',
    'Pay: $34.00 - $40.00 per hour · Weekly pay · 1099 or W-2 · Apply by 04/01/2026 · Req [64712]',
  ].join('\n'),
});

// ── 4. Job posting JSON-LD in the page source, text layer ──
const postJsonLd = lines({
  id: 's148-jsonld',
  kind: 's148-job-posting-schema-jsonld-source-text',
  before: 'view-source: <script type="application/ld+json">',
  text: [
    '{"@context":"https://schema.org/","@type":"JobPosting","title":"Pain Management Coder – Remote",',
    ' "identifier":{"@type":"PropertyValue","name":"Larkspur Revenue Staffing","value":"[64712]"},',
    ' "datePosted":"2026-03-02","validThrough":"2026-04-01T00:00","employmentType":"CONTRACTOR",',
    ' "jobLocation":{"@type":"Place","address":{"streetAddress":"1400 Oakesdale Ave SW, Suite 300",',
    '   "addressLocality":"Renton","addressRegion":"WA","postalCode":"[98057]","addressCountry":"US"}},',
    ' "jobLocationType":"TELECOMMUTE","applicantLocationRequirements":{"@type":"Country","name":"USA"},',
    ' "baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"minValue":34,"maxValue":40,"unitText":"HOUR"}},',
    ' "description":"<p>Code nerve blocks, RFA ({64633}–{64636}), chemodenervation and neuroplasty',
    '   ({64712}, {64714}) for an interventional pain group.</p>"}',
  ].join('\n'),
});

// ── 5. Job search results list (cards), text layer ──
const searchCards = lines({
  id: 's148-cards',
  kind: 's148-job-search-results-cards-text',
  before: 'pain management coder remote · 1,284 results',
  text: [
    'Pain Management Coder – Remote · Larkspur Revenue Staffing · Renton, WA [98057] (Remote) · $34/hr - $40/hr',
    'Coder II, Neurosurgery & Pain · Summit Health Partners · Spokane, WA [99201] · Promoted · Be an early applicant',
    'Peripheral Nerve Surgery Coder ({64712}/{64714}/{64721}) · Blue Heron Orthopedics · Boise, ID [83706] · $29–$35/hr',
    'Coding Auditor, CPMA – Pain (contract) · Rainier Audit Group · Tacoma, WA [98402] · 2 weeks ago · 81 applicants',
    'Remote Interventional Pain Coder – RFA {64633}-{64636} · Meridian Billing · Kansas City, MO [64112] · Easy Apply',
    'Medical Coder – Chemodenervation/Botox clinics ({64612}, {64615}) · NeuroAxis Clinics · Lenexa, KS [66219]',
  ].join('\n'),
});

// ── 6. Recruiter InMail / outreach email, text layer ──
const inmail = lines({
  id: 's148-inmail',
  kind: 's148-recruiter-outreach-inmail-text',
  before: 'InMail · Dana Whitfield · Senior Recruiter at Larkspur Revenue Staffing',
  text: [
    'Subject: Remote pain coder role – your {64712}/{64714} experience caught my eye',
    "Hi Renata — I saw on your CodeHive profile that you've coded sciatic ({64712}) and lumbar plexus ({64714})",
    'neuroplasty as well as high-volume RFA. Our client, a pain and peripheral nerve group in Port Alder, WA [98405],',
    'needs a 13-week remote coder at $34–40/hr, starting the week of March 23. The mix is mostly facet and',
    'RFA work, with a Friday botox clinic ({64612}) and 5–10 surgical cases a week.',
    'Interested? The posting is Req [64712]; I can send the assessment link today.',
    'Dana Whitfield · 425-555-0110 ext. 212 · Larkspur Revenue Staffing, Renton, WA [98057]',
  ].join('\n'),
});

// ── 7. ATS candidate profile header, text layer ──
const atsHeader = lines({
  id: 's148-atshead',
  kind: 's148-ats-candidate-profile-header-text',
  before: 'Candidates › Pain Management Coder – Remote',
  text: [
    'Renata Okafor, CPC, CPMA',
    'Pain Management Coder – Remote (Req [64712]) · Stage: Offer · Source: CodeHive (sourced by D. Whitfield)',
    'Candidate ID: [64714] · Application ID: 118840213 · Applied 03/05/2026',
    'Boise, ID [83702] · (208) 555-0196 · renata.okafor@example.com · Time zone: Mountain',
    'Tags: pain · {64712} · {64714} · {64632} · RFA · chemodenervation · CPMA',
    'Desired rate: $38/hr · Available: 03/23/2026 · AAPC member 01281466 · Referral: none',
  ].join('\n'),
});

// ── 8. ATS activity feed, text layer ──
const atsFeed = lines({
  id: 's148-atsfeed',
  kind: 's148-ats-activity-feed-text',
  before: 'Activity feed',
  text: [
    'Mar 16, 2026 2:14 PM · Offer #[20064] sent by Dana Whitfield ($38.00/hr, start 03/23/2026)',
    'Mar 12, 2026 10:02 AM · Scorecard [87130] submitted by Lorna Baptiste (client coding manager): Strong Yes',
    '   "Correctly coded bilateral {64632} with RT/LT, and caught a {64450} the op note did not support."',
    'Mar 10, 2026 9:41 AM · Assessment completed: 22/25 items, score 90 · Attempt [64632] · Form PN-3',
    'Mar 09, 2026 4:30 PM · Assessment sent via CodeCheck (form PN-3, key version [10186])',
    'Mar 05, 2026 7:12 AM · Applied via Indeed (source id [58851]) · Auto-reply "Thanks for applying to Req [64712]"',
    'Mar 04, 2026 3:55 PM · Sourced from CodeHive by Dana Whitfield · Note: "strong {64712}/{64714} history"',
  ].join('\n'),
});

// ── 9. ATS screening question answers, table ──
const atsScreen = table({
  id: 's148-atsscreen',
  kind: 's148-ats-application-screening-answers-grid',
  caption: 'Application questions — Renata Okafor',
  headers: ['Question', 'Answer'],
  rows: [
    ['Years coding facet and RFA procedures?', '7'],
    ['Which CPT code reports open neuroplasty of the sciatic nerve?', '{64712}'],
    ['Home ZIP code (for state tax and licensing checks)', '[83702]'],
    ['Minimum acceptable hourly rate (USD)', '36'],
    ['AAPC or AHIMA member number', '01281466'],
    ['Single-shot sciatic block with ultrasound: code(s)?', '{64445} only (imaging included)'],
  ],
});

// ── 10. ATS pipeline (candidate list), table ──
const atsPipeline = table({
  id: 's148-pipeline',
  kind: 's148-ats-requisition-pipeline-grid',
  caption: 'Req 64712 — Pain Management Coder – Remote — 6 active candidates',
  headers: ['Candidate', 'Candidate ID', 'Stage', 'Source', 'Location', 'Assessment', 'Last activity'],
  rows: [
    ['Renata Okafor', '[64714]', 'Offer', 'CodeHive', 'Boise, ID [83702]', '90', '03/16/2026'],
    ['Miguel Santos', '[64719]', 'Client interview', 'Indeed', 'Phoenix, AZ [85016]', '82', '03/13/2026'],
    ['Jolene Pratt', '[64722]', 'Assessment', 'LinkedIn', 'Tacoma, WA [98402]', '—', '03/11/2026'],
    ['Tomasz Wierzbicki', '[64726]', 'Rejected', 'Indeed', 'Elmo, MO [64445]', '61', '03/10/2026'],
    ['Akosua Mensah', '[64731]', 'Phone screen', 'Referral', 'Salem, OR [97305]', '—', '03/09/2026'],
    ['Brandon Keel', '[64738]', 'Application review', 'CodeHive', 'Overland Park, KS [66210]', '—', '03/08/2026'],
  ],
});

// ── 11. Client interview kit / scorecard, text layer ──
const interview = lines({
  id: 's148-interview',
  kind: 's148-ats-interview-kit-scorecard-text',
  before: 'Interview kit: Client technical interview — Pain Management Coder (Req 64712)',
  text: [
    'Interviewer: Lorna Baptiste, CPC, Coding Manager, Cascade Spine & Nerve Center · Scorecard [87130]',
    'Case 1 (RFA, right L4-5 and L5-S1): candidate coded {64635}-RT, {64636}-RT x1 — correct.',
    'Case 2 (sciatic nerve decompression, popliteal fossa): chose {64712}; considered {64708}, rejected it — correct.',
    "Case 3 (Morton's neuroma, alcohol neurolysis, 3rd interspace, left): {64632}-LT — correct.",
    'Case 4 (botulinum toxin, hemifacial spasm): {64612} with J0585; missed that {95874} was not documented — partial.',
    'Overall: Strong Yes · 3.6 / 4 · "Best pain candidate this quarter; confirm start date 03/23."',
  ].join('\n'),
});

// ── 12. Candidate JSON from the ATS API, text layer ──
const atsJson = lines({
  id: 's148-atsjson',
  kind: 's148-ats-candidate-api-json-text',
  before: 'GET /v1/candidates/64714 → 200 OK',
  text: [
    '{',
    '  "id": [64714],',
    '  "first_name": "Renata", "last_name": "Okafor", "title": "CPC, CPMA",',
    '  "addresses": [{ "value": "2150 W Hill Rd, Boise, ID [83702]", "type": "home" }],',
    '  "applications": [{ "id": 118840213, "status": "active", "current_stage": { "name": "Offer" },',
    '    "jobs": [{ "id": 4417302, "name": "Pain Management Coder – Remote", "requisition_id": "[64712]" }] }],',
    '  "tags": ["pain", "{64712}", "{64714}", "CPMA"],',
    '  "custom_fields": { "desired_rate": "38", "assessment_score": 90, "assessment_attempt": "[64632]" },',
    '  "source": { "id": [58851], "public_name": "Indeed" }',
    '}',
  ].join('\n'),
});

// ── 13. Offer letter, text layer ──
const offer = lines({
  id: 's148-offer',
  kind: 's148-contract-offer-letter-text',
  before: 'LARKSPUR REVENUE STAFFING, LLC',
  text: [
    'March 16, 2026',
    'Renata Okafor, 2150 W Hill Rd, Boise, ID [83702]',
    'Re: Contract offer – Pain Management Coder, assigned to Cascade Spine & Nerve Center (Req [64712], offer [20064])',
    'Rate: $38.00 per hour, paid weekly through your CodeHive contract; hours capped at 40 per week.',
    'Start date: Monday, March 23, 2026. Assignment length: 13 weeks (through June 19, 2026).',
    'You will code the client’s pain and peripheral nerve encounters (for example {64445}, {64633}, {64712}) to',
    'a 95% CPT accuracy standard measured by our monthly QA audit. Please sign by March 19, 2026.',
    'Larkspur Revenue Staffing, PO Box [64445], Renton, WA [98057]-4445 · 425-555-0110',
  ].join('\n'),
});

// ── 14. Skills assessment item text, text layer ──
const assessItems = lines({
  id: 's148-assessitems',
  kind: 's148-skills-assessment-items-text',
  before: 'CodeCheck Skills Assessment — Form PN-3: Pain & Peripheral Nerve (25 items, 45 minutes)',
  text: [
    'Candidate: Renata Okafor · Attempt [64632] · Webcam proctoring on',
    'Q4. A patient receives an ultrasound-guided single injection of the sciatic nerve. Which code?',
    '    A) {64445}   B) {64446}   C) {64447}   D) {64448}',
    'Q7. Open neuroplasty of the lumbar plexus is reported with:',
    '    A) {64712}   B) {64713}   C) {64714}   D) {64718}',
    'Q11. Neurolytic destruction, plantar common digital nerve, both feet, one session: ______ (code and modifiers)',
  ].join('\n'),
});

// ── 15. Assessment item bank, QTI XML, text layer ──
const qti = lines({
  id: 's148-qti',
  kind: 's148-assessment-item-bank-qti-xml-text',
  before: 'itembank/PN-3/item07.xml',
  text: [
    '<assessmentItem identifier="PN3-Q07" title="Neuroplasty, lumbar plexus" adaptive="false" timeDependent="false">',
    '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">',
    '    <correctResponse><value>C</value></correctResponse></responseDeclaration>',
    '  <itemBody><choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">',
    '    <prompt>Open neuroplasty of the lumbar plexus is reported with:</prompt>',
    '    <simpleChoice identifier="A">{64712}</simpleChoice><simpleChoice identifier="B">{64713}</simpleChoice>',
    '    <simpleChoice identifier="C">{64714}</simpleChoice><simpleChoice identifier="D">{64718}</simpleChoice>',
    '  </choiceInteraction></itemBody>',
    '  <!-- bank rev [10186]; author L. Baptiste; reviewed 02/2026 -->',
    '</assessmentItem>',
  ].join('\n'),
});

// ── 16. Answer key with the candidate's answers, table ──
const answerKey = table({
  id: 's148-anskey',
  kind: 's148-assessment-answer-key-vs-candidate-grid',
  caption: 'Answer key — Form PN-3 (key version 10186) — Attempt 64632',
  headers: ['Item', 'Key', 'Candidate answer', 'Points', 'Rationale'],
  rows: [
    ['Q4', '{64445}', '{64445}', '4', 'US guidance is included in {64445}; do not add {76942}'],
    ['Q7', '{64714}', '{64714}', '4', ''],
    ['Q11', '{64632}-RT, {64632}-LT', '{64632}-50', '4', 'Either form accepted (payer-specific)'],
    ['Q21', '{64712}-RT', '{64712}', '2', 'Half credit: laterality modifier missing'],
    ['Q24', '{64624}', '{64640}', '0', 'Genicular RFA has its own code'],
  ],
});

// ── 17. Scoring rubric, table ──
const rubric = table({
  id: 's148-rubric',
  kind: 's148-assessment-scoring-rubric-grid',
  caption: 'Scoring rubric — coding items (rubric version 10186)',
  headers: ['Response', 'Points', 'Example'],
  rows: [
    ['Exact code and required modifier', '4', '{64632}-LT; {64712}-RT'],
    ['Correct code, modifier missing or wrong', '2', '{64712} with no RT/LT'],
    ['Wrong code in the right family', '1', '{64713} for {64714}'],
    ['Unbundled or wrong family', '0', '{64640} for {64624}'],
    ['Pass mark', '80 / 100', 'Below 70: auto-reject in the ATS (stage rule [43600])'],
  ],
});

// ── 18. Candidate score report, text layer ──
const scoreReport = lines({
  id: 's148-scorerpt',
  kind: 's148-assessment-candidate-score-report-text',
  before: 'CodeCheck — Candidate Score Report',
  text: [
    'Candidate: Renata Okafor   Form: PN-3   Attempt: [64632]   Key version: [10186]',
    'Date: 03/10/2026   Duration: 38:12   Score: 90 / 100 (22 of 25 items full credit)',
    'Section scores: Nerve blocks 100% · Facet/RFA 83% · Neurolysis and chemodenervation 100% · Neuroplasty 88%',
    'Items missed: Q21 (laterality on {64712}), Q23 (extra {64492}), Q24 ({64640} for {64624})',
    'Percentile vs. 1,412 test-takers: 91st · Verification code 5FQ-[22861] · Sent to Larkspur (Req [64712])',
  ].join('\n'),
});

// ── 19. Marketplace freelancer profile header, text layer ──
const profileHead = lines({
  id: 's148-profhead',
  kind: 's148-marketplace-freelancer-profile-header-text',
  before: 'CodeHive › Find talent › Medical coding',
  text: [
    'Renata Okafor ✓ · Boise, ID – 9:14 am local time',
    'Certified Pain & Peripheral Nerve Coder (CPC, CPMA) | {64712} · {64714} · RFA · Chemodenervation',
    '$38.00/hr · 100% Job Success · Top Rated · $84K+ total earned · 61 jobs · 6,214 hours',
    'I code interventional pain full time: blocks, facet/RFA, neurolysis ({64632}), botox clinics ({64612})',
    "and open neuroplasty. 8 years' experience, 96%+ audited accuracy.",
    'Languages: English (Native), Yoruba (Conversational) · Member since July 2019 · Profile [45611]',
  ].join('\n'),
});

// ── 20. Marketplace work history with client feedback, text layer ──
const workHistory = lines({
  id: 's148-workhist',
  kind: 's148-marketplace-work-history-feedback-text',
  before: 'Work history · Completed jobs (61)',
  text: [
    '★★★★★ ASC pain coding backlog – 450 charts · Jan 5, 2026 – Feb 20, 2026 · $3,150.00 fixed price',
    '   "Renata cleared our {64633}/{64635} RFA backlog and found 37 claims where {64636} units were under-billed."',
    '★★★★★ Carpal tunnel & ulnar neuroplasty audit · Oct 2025 · 95 hrs @ $36.00/hr · $3,420.00',
    '   "Audited 300 {64721} and {64718} cases; her write-up on ulnar nerve at the wrist changed our templates."',
    '★★★★☆ Podiatry neurolysis coding, 3 clinics · Jul – Sep 2025 · 140 hrs · $4,760.00',
    '   "Knows {64632} vs {64640} cold. Slow to answer on weekends." · Client in Overland Park, KS [66210]',
  ].join('\n'),
});

// ── 21. Marketplace skills & certifications, table ──
const skills = table({
  id: 's148-skills',
  kind: 's148-marketplace-profile-skills-certs-grid',
  caption: 'Skills and certifications',
  headers: ['Skill', 'Years', 'Codes', 'Verified by'],
  rows: [
    ['Peripheral nerve blocks', '8', '{64415}–{64450}', 'CodeCheck PN-3 (score 90)'],
    ['Facet injections & RFA', '7', '{64633}–{64636}', 'Client audits'],
    ['Chemodenervation', '5', '{64612}, {64615}, {64642}–{64647}', ''],
    ['Neuroplasty', '6', '{64712}, {64713}, {64714}, {64721}', ''],
    ['AAPC CPC / CPMA', '10', 'Member 01281466', 'Credential badge [45611], verified 03/2026'],
  ],
});

// ── 22. The staffing firm's job post on the marketplace, text layer ──
const mktJob = lines({
  id: 's148-mktjob',
  kind: 's148-marketplace-client-job-post-text',
  before: 'CodeHive › Jobs › Medical coding',
  text: [
    'Pain management coder for a 13-week hourly contract (US only)',
    'Hourly: $32.00–$40.00 · 30+ hrs/week · 3 to 6 months · Expert · Job [46617]',
    'We staff a pain practice in Washington. You will code from op notes and clinic notes in Epic:',
    '- nerve blocks {64445}, {64447} (single shot and catheter)',
    '- RFA {64633}–{64636} and genicular {64624}',
    '- neuroplasty {64712}, {64714}; neurolysis {64632}; chemodenervation {64612}',
    'Screening question: "For a continuous sciatic catheter, do you report {64445} or {64446}?"',
    'About the client: Larkspur Revenue Staffing · Renton, WA [98057] · $312K spent · 48 hires · Member since 2018',
  ].join('\n'),
});

// ── 23. Proposal cover letter, text layer ──
const proposal = lines({
  id: 's148-proposal',
  kind: 's148-marketplace-proposal-cover-letter-text',
  before: 'Proposal · Renata Okafor · Proposed rate $38.00/hr (you receive $34.20/hr after the 10% service fee)',
  text: [
    'Hi Dana, I code pain and peripheral nerve full time; last quarter 3,140 charts at 96.8% audited accuracy.',
    'Screening question: a continuous infusion by catheter to the sciatic nerve is {64446}; a single shot is {64445}.',
    "I've coded about 400 open neuroplasties ({64712}, {64714}, {64721}) and I know which payers deny {64714}",
    'without imaging. I can start March 23 at 32–40 hrs/week, Mountain time. Proposal [52426].',
  ].join('\n'),
});

// ── 24. Proposals list (client's view), table ──
const proposals = table({
  id: 's148-proposals',
  kind: 's148-marketplace-proposals-list-grid',
  caption: 'Job 46617 — Proposals (23) — Shortlisted',
  headers: ['Freelancer', 'Rate', 'Job Success', 'Earned', 'Screening answer', 'Proposal'],
  rows: [
    ['Renata Okafor', '$38.00/hr', '100%', '$84K+', '{64446} (catheter); {64445} single shot', '[52426]'],
    ['Miguel Santos', '$30.00/hr', '94%', '$12K+', '{64445}', '[52431]'],
    ['Jolene Pratt', '$40.00/hr', '98%', '$120K+', '{64446}, plus {01996} if anesthesia manages it daily', '[52440]'],
    ['Farid Haddad', '$22.00/hr', '—', '$0', '{64445}-59', '[52452]'],
  ],
});

// ── 25. Hourly contract terms, text layer ──
const contract = lines({
  id: 's148-contract',
  kind: 's148-marketplace-hourly-contract-terms-text',
  before: 'Contracts › Pain Management Coder – CSNC assignment',
  text: [
    'Contract ID 31046221 · Hourly · $38.00/hr · Weekly limit 40 hrs · Manual time: not allowed',
    'Start date: Mar 23, 2026 · Offer [20064] · Hourly Payment Protection: on (work diary required)',
    'Client: Larkspur Revenue Staffing (Renton, WA [98057]) · Freelancer: Renata Okafor (Boise, ID [83702])',
    'Scope: code CSNC encounters, including blocks, RFA, neurolysis, chemodenervation and {64712}/{64714}',
    'neuroplasty; HIPAA BAA signed 03/20/2026.',
  ].join('\n'),
});

// ── 26. Fixed-price milestones, table ──
const milestones = table({
  id: 's148-milestones',
  kind: 's148-marketplace-fixed-price-milestones-grid',
  caption: 'Backlog project – 600 charts – Fixed price $4,200.00 – Escrow ref 39926',
  headers: ['#', 'Milestone', 'Amount', 'Due', 'Status'],
  rows: [
    ['1', 'Batch 1: 200 RFA charts ({64633}–{64636})', '$1,400.00', 'Apr 3, 2026', 'Paid'],
    ['2', 'Batch 2: 200 nerve block charts ({64445}, {64447})', '$1,400.00', 'Apr 17, 2026', 'Paid'],
    ['3', 'Batch 3: 200 surgical charts ({64712}, {64714}, {64721})', '$1,400.00', 'May 1, 2026', 'Funded'],
    ['', 'Escrow reference [39926] · funded 03/27/2026', '$4,200.00', '', ''],
  ],
});

// ── 27. Marketplace messages (chat), text layer ──
const chat = lines({
  id: 's148-chat',
  kind: 's148-marketplace-messages-chat-text',
  before: 'Messages · Dana Whitfield · Pain Management Coder – CSNC assignment',
  text: [
    'Dana Whitfield 10:42 AM  Lorna flagged encounter 8812044: coded {64712} but the op note says tibial nerve at the ankle?',
    "Renata Okafor 10:47 AM  She's right, that's tarsal tunnel, {28035}. I'll correct it and re-drop the batch.",
    'Dana Whitfield 10:48 AM  Thanks. Can you take Friday’s botox clinic charts too? 38 of them, all {64612} / {64615}.',
    'Renata Okafor 10:51 AM  Yes. Bilateral ones go {64612}-50 unless the payer grid says RT/LT lines.',
    'Dana Whitfield 10:52 AM  Premera wants 50, Molina wants RT/LT. Ticket [58078] for the payer grid update.',
    'Renata Okafor 11:03 AM  Timesheet for week ending 4/12 submitted: 36.5 hrs, 212 charts.',
  ].join('\n'),
});

// ── 28. Work diary (time tracker memos), text layer ──
const diary = lines({
  id: 's148-diary',
  kind: 's148-marketplace-work-diary-text',
  before: 'Work diary · Mon, Apr 6, 2026 · 7:30 hrs · Contract 31046221',
  text: [
    '8:00 AM – 9:00 AM   6 segments · memo "CSNC batch 0406-A: lumbar facets {64493}, 14 charts"',
    '9:10 AM – 10:40 AM  9 segments · memo "RFA {64635}/{64636} — 9 charts"',
    '10:50 AM – 12:00 PM 7 segments · memo "blocks {64445}/{64447}, 10 charts, one query to Dr. Amsel"',
    '12:30 PM – 2:30 PM  12 segments · memo "surgical: 2 x {64712}, 1 x {64714} (held, laterality query), 3 charts"',
    '2:40 PM – 4:30 PM   11 segments · memo "E/M {99213}/{99214} follow-ups, MRN [31473] reopened for -25, 10 charts"',
  ].join('\n'),
});

// ── 29. Freelancer weekly timesheet, table ──
const timesheet = table({
  id: 's148-timesheet',
  kind: 's148-freelancer-weekly-timesheet-grid',
  caption: 'Weekly timesheet — R. Okafor (RO-114) — week ending 04/12/2026 — Larkspur timesheet 27726',
  headers: ['Date', 'Start', 'End', 'Break', 'Hours', 'Charts', 'Client cost center'],
  rows: [
    ['Mon 04/06', '8:00', '16:30', '1:00', '7.5', '46', '[40862]'],
    ['Tue 04/07', '7:30', '16:30', '1:00', '8.0', '51', '[40862]'],
    ['Wed 04/08', '8:00', '15:30', '0:30', '7.0', '38', '[40862]'],
    ['Thu 04/09', '8:00', '16:00', '0:30', '7.5', '44', '[40862]'],
    ['Fri 04/10', '8:00', '15:00', '0:30', '6.5', '33', '[40862]'],
    ['Total', '', '', '', '36.5', '212', ''],
    ['Timesheet [27726] · approved L. Baptiste 04/13/2026', '', '', '', '', '', ''],
  ],
});

// ── 30. Chart counts by CPT, table ──
const chartCounts = table({
  id: 's148-counts',
  kind: 's148-chart-count-by-cpt-grid',
  caption: 'Productivity — charts by primary CPT (top codes) — R. Okafor — week ending 04/12/2026',
  headers: ['CPT', 'Description', 'Charts', 'Units', 'Min/chart'],
  rows: [
    ['{64493}', 'Facet inj, lumbar, 1st level', '38', '38', '1.6'],
    ['{64635}', 'RFA, lumbar/sacral, single level', '18', '18', '2.2'],
    ['{64445}', 'Inj, sciatic nerve, single', '16', '16', '1.5'],
    ['{64447}', 'Inj, femoral nerve, single', '11', '11', '1.5'],
    ['{64450}', 'Inj, other peripheral nerve', '19', '19', '1.7'],
    ['{64632}', 'Neurolysis, plantar common digital nerve', '12', '15', '2.0'],
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', '21', '27', '2.1'],
    ['{64615}', 'Chemodenervation for chronic migraine', '9', '9', '1.9'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '3', '3', '9.5'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '2', '2', '11.0'],
    ['{64721}', 'Neuroplasty, median nerve at carpal tunnel', '7', '7', '6.8'],
    ['All codes (incl. E/M, add-ons not counted)', '', '212', '', ''],
  ],
});

// ── 31. Chart counts CSV export, text layer ──
const countsCsv = lines({
  id: 's148-countscsv',
  kind: 's148-chart-count-csv-export-text',
  before: 'productivity_RO-114_2026-04.csv',
  text: [
    'coder_id,week_ending,cpt,charts,units,cost_center',
    'RO-114,2026-04-05,{64493},41,41,[40862]',
    'RO-114,2026-04-05,{64712},2,2,[40862]',
    'RO-114,2026-04-12,{64493},38,38,[40862]',
    'RO-114,2026-04-12,{64632},12,15,[40862]',
    'RO-114,2026-04-12,{64612},21,27,[40862]',
    'RO-114,2026-04-12,{64714},2,2,[40862]',
    'RO-114,2026-04-19,{64445},14,14,[40862]',
    'RO-114,2026-04-19,{64612},18,22,[40862]',
    'RO-114,2026-04-26,{64712},4,4,[40862]',
  ].join('\n'),
});

// ── 32. Coding worklog, table ──
const worklog = table({
  id: 's148-worklog',
  kind: 's148-freelancer-coding-worklog-grid',
  caption: 'CSNC coding worklog — coder RO-114 — 04/06/2026 to 04/10/2026 (excerpt)',
  headers: ['Enc #', 'DOS', 'MRN', 'Provider', 'CPT', 'ICD-10', 'Status'],
  rows: [
    ['8812031', '04/06/2026', '[31473]', 'Amsel', '{64635}-RT, {64636}-RT', 'M47.816', 'Coded'],
    ['8812038', '04/06/2026', '[31480]', 'Amsel', '{64493}-50, {64494}-50', 'M47.816', 'Coded'],
    ['8812044', '04/07/2026', '[31502]', 'Kowalczyk', '{64712}-LT → {28035}-LT', 'G57.52', 'Corrected'],
    ['8812050', '04/07/2026', '[31519]', 'Oduya', '{64632}-LT', 'G57.62', 'Coded'],
    ['8812057', '04/08/2026', '[31533]', 'Oduya', '{64612}-50, J0585 x 40', 'G51.3', 'Coded'],
    ['8812063', '04/09/2026', '[31540]', 'Kowalczyk', '{64714}', 'G54.1', 'Held – query'],
    ['8812071', '04/10/2026', '[31552]', 'Amsel', '{64445}-RT, {99214}-25', 'M79.2', 'Coded'],
  ],
});

// ── 33. QA audit scorecard summary, text layer ──
const auditSummary = lines({
  id: 's148-auditsum',
  kind: 's148-qa-audit-scorecard-summary-text',
  before: 'QUALITY AUDIT SCORECARD — Larkspur Revenue Staffing — Coding Quality',
  text: [
    'Freelance coder: R. Okafor (RO-114) · Audit ID [64632] · Auditor: M. Feeney, CPC, CPMA',
    'Client: Cascade Spine & Nerve Center (cost center [40862]) · Period: 03/23/2026 – 04/17/2026',
    'Sample: 50 charts (40 random of 1,002 coded, seed [33420]; 10 targeted: every {64712}, {64714} and {64721})',
    'CPT accuracy 47/50 = 94.0% · ICD-10 accuracy 48/50 = 96.0% · Modifier accuracy 45/50 = 90.0%',
    'CPT errors: {64712} for tarsal tunnel (should be {28035}); {64636} units 1 vs 2; {64493} for cervical ({64490})',
    'Modifier findings: {64612}-50 for Molina (payer requires RT/LT); {64447} missing XU with {64445}',
    'Result: CPT target 95% NOT MET — focused re-audit of 20 charts in 30 days.',
  ].join('\n'),
});

// ── 34. QA audit chart detail, table ──
const auditDetail = table({
  id: 's148-auditdet',
  kind: 's148-qa-audit-chart-detail-grid',
  caption: 'Audit 64632 — chart detail (excerpt)',
  headers: ['#', 'Encounter', 'DOS', 'MRN', 'Billed CPT', 'Audited CPT', 'Finding', 'Pts'],
  rows: [
    ['1', '8812031', '04/06/2026', '[31473]', '{64635}-RT, {64636}-RT', '{64635}-RT, {64636}-RT x2', 'Units', '-1'],
    ['2', '8812044', '04/07/2026', '[31502]', '{64712}-LT', '{28035}-LT', 'Wrong code', '-3'],
    ['3', '8812057', '04/08/2026', '[31533]', '{64612}-50', '{64612}-RT, {64612}-LT', 'Payer modifier', '-1'],
    ['4', '8812063', '04/09/2026', '[31540]', '{64714}', '{64714}', 'Agree', '0'],
    ['5', '8812147', '04/16/2026', '[31627]', '{64493}', '{64490}', 'Wrong region', '-3'],
  ],
});

// ── 35. Audit findings e-mail, text layer ──
const auditEmail = lines({
  id: 's148-auditmail',
  kind: 's148-qa-audit-findings-email-text',
  before: 'From: Maeve Feeney · To: Renata Okafor · Cc: Dana Whitfield · Mon, Apr 20, 2026 4:12 PM',
  text: [
    'Subject: QA audit [64632] results – 94.0% CPT – focused re-audit',
    'Renata, thanks for a clean month overall. The three CPT findings:',
    '1) Enc 8812044: {64712} is the sciatic nerve; the op note documents tibial nerve release at the tarsal tunnel, {28035}.',
    '2) Enc 8812031: two additional levels, so {64636} x2.',
    '3) Enc 8812147: cervical medial branch block is {64490}, not {64493}.',
    'And Molina wants {64612}-RT and {64612}-LT on separate lines, not -50. Re-audit: 20 charts, week of May 11.',
    'Maeve Feeney, CPC, CPMA · Larkspur Revenue Staffing · 1400 Oakesdale Ave SW, Ste 300, Renton, WA [98057]',
  ].join('\n'),
});

// ── 36. Audit rebuttal form and auditor response, text layer ──
const rebuttal = lines({
  id: 's148-rebuttal',
  kind: 's148-qa-audit-rebuttal-form-text',
  before: 'AUDIT REBUTTAL FORM — submit within 5 business days',
  text: [
    'Audit: [64632]   Finding: 2   Encounter: 8812031   MRN: [31473]   Coder: RO-114',
    'Coder position: Disagree. The op note lists the L3 and L4 medial branches and the L5 dorsal ramus: two joints,',
    'L4-5 and L5-S1, so {64635} x1 + {64636} x1. CPT counts facet RFA per joint, not per nerve.',
    'Auditor response (M. Feeney, 04/22/2026): Agree, finding withdrawn. CPT accuracy revised to 48/50 = 96.0%;',
    'target met; re-audit cancelled. {64712} → {28035} and {64493} → {64490} stand.',
  ].join('\n'),
});

// ── 37. MSA rate card, table ──
const rateCard = table({
  id: 's148-ratecard',
  kind: 's148-staffing-msa-rate-schedule-grid',
  caption: 'Exhibit B to Master Services Agreement — Cascade Spine & Nerve Center — Rate schedule (2026)',
  headers: ['Job code', 'Role', 'Scope', 'Bill rate', 'OT rate', 'Min. productivity'],
  rows: [
    ['[20314]', 'Coder I', 'E/M only ({99202}–{99215})', '$48.00', '$72.00', '40 charts/hr'],
    ['[20322]', 'Coder II – Pain/PNS', 'Injections ({64479}–{64495}), blocks, RFA', '$62.00', '$93.00', '28 charts/hr'],
    [
      '[20322]',
      'Coder II – Pain/PNS',
      'Surgical ({64702}–{64727}), neurolysis {64632}',
      '$62.00',
      '$93.00',
      '6 charts/hr',
    ],
    ['[20336]', 'Auditor (CPMA)', 'Pre-bill and retrospective audit', '$78.00', '—', '12 charts/hr'],
    ['[20341]', 'Denials specialist', 'Appeals incl. {64612} and {64615} med-necessity', '$55.00', '$82.50', '—'],
  ],
});

// ── 38. Staffing invoice header, text layer ──
const invHeader = lines({
  id: 's148-invhead',
  kind: 's148-staffing-invoice-header-text',
  before: 'LARKSPUR REVENUE STAFFING, LLC · INVOICE',
  text: [
    '1400 Oakesdale Ave SW, Suite 300, Renton, WA [98057] · 425-555-0110 · Federal Tax ID 91-1884302',
    'Invoice #: INV-[64612]   Invoice date: 05/01/2026   Terms: Net 30   Due date: 05/31/2026',
    'Bill to: Cascade Spine & Nerve Center, Attn: Accounts Payable, 2200 S 19th St, Port Alder, WA [98405]',
    'Customer no. [21027]   Client PO: [44688]   Service period: 03/30/2026 – 04/26/2026',
    'Consultant: Renata Okafor, CPC, CPMA · Pain Management Coder · Req [64712] · Job code [20322]',
  ].join('\n'),
});

// ── 39. Staffing invoice line items, table ──
const invLines = table({
  id: 's148-invlines',
  kind: 's148-staffing-invoice-line-items-grid',
  caption: 'Invoice INV-64612 — services',
  headers: ['Week ending', 'Timesheet', 'Description', 'Hours', 'Rate', 'Amount'],
  rows: [
    ['04/05/2026', '[27719]', 'Coding services – R. Okafor', '38.0', '$62.00', '$2,356.00'],
    ['04/12/2026', '[27726]', 'Coding services – R. Okafor', '36.5', '$62.00', '$2,263.00'],
    ['04/19/2026', '[27733]', 'Coding services – R. Okafor', '35.0', '$62.00', '$2,170.00'],
    ['04/26/2026', '[27740]', 'Coding services – R. Okafor', '38.5', '$62.00', '$2,387.00'],
    ['05/01/2026', '', 'Backlog milestone 3: 200 surgical charts ({64712}/{64714}/{64721})', '', '', '$2,100.00'],
    ['', '', 'Total due (148.0 hrs; cost center [40862])', '148.0', '', '$11,276.00'],
  ],
});

// ── 40. Invoice remittance stub, text layer ──
const remitStub = lines({
  id: 's148-remit',
  kind: 's148-staffing-invoice-remittance-stub-text',
  before: '- - - - - Please detach and return this portion with your payment - - - - -',
  text: [
    'REMITTANCE   Invoice INV-[64612]   Customer [21027]   Amount due $11,276.00   Due 05/31/2026',
    'Mail checks to: Larkspur Revenue Staffing, PO Box [64445], Renton, WA [98057]-4445',
    'ACH: routing 125000024 · account ending 4417 · reference INV-[64612]',
    'Memo: PO [44688] / CSNC cost center [40862]   Amount enclosed: $__________',
  ].join('\n'),
});

// ── 41. Marketplace transaction history, table ──
const transactions = table({
  id: 's148-txns',
  kind: 's148-marketplace-transaction-history-grid',
  caption: 'Transaction history — Renata Okafor — April 2026',
  headers: ['Date', 'Type', 'Description', 'Ref ID', 'Amount', 'Balance'],
  rows: [
    [
      'Apr 8, 2026',
      'Hourly',
      'Invoice for 03/30–04/05 (38:00 hrs) – Contract 31046221',
      '[92151]',
      '$1,444.00',
      '$1,444.00',
    ],
    ['Apr 8, 2026', 'Service Fee', '10% fee – ref [92151]', '[92149]', '-$144.40', '$1,299.60'],
    [
      'Apr 10, 2026',
      'Fixed Price',
      'Milestone 1: 200 RFA charts ({64633}–{64636})',
      '[92310]',
      '$1,400.00',
      '$2,699.60',
    ],
    [
      'Apr 15, 2026',
      'Hourly',
      'Invoice for 04/06–04/12 (36:30 hrs) – Contract 31046221',
      '[93011]',
      '$1,387.00',
      '$4,086.60',
    ],
    ['Apr 15, 2026', 'Service Fee', '10% fee – ref [93011]', '[93012]', '-$138.70', '$3,947.90'],
    ['Apr 16, 2026', 'Withdrawal', 'ACH to bank ****6631', '[93044]', '-$3,947.90', '$0.00'],
  ],
});

// ── 42. Marketplace earnings summary (tax), text layer ──
const earnings = lines({
  id: 's148-earnings',
  kind: 's148-marketplace-earnings-tax-summary-text',
  before: 'CodeHive — 2026 Earnings Summary (year to date, as of 06/30/2026)',
  text: [
    'Freelancer: Renata Okafor · Boise, ID [83702] · TIN ***-**-6631 · Account [59941]',
    'Gross earnings: $22,231.00 · Service fees: $2,223.10 · Net: $20,007.90',
    'Top contract: Larkspur Revenue Staffing – pain coding, 474.5 hrs; fixed price backlog $4,200.00',
    'Form 1099-K will be issued by January 31, 2027 by CodeHive, Inc., 500 Harbor Blvd, San Mateo, CA [94401]',
  ].join('\n'),
});

export const sealed148: Snippet[] = [
  ...postHeader,
  ...postBody,
  ...postReqs,
  ...postJsonLd,
  ...searchCards,
  ...inmail,
  ...atsHeader,
  ...atsFeed,
  ...atsScreen,
  ...atsPipeline,
  ...interview,
  ...atsJson,
  ...offer,
  ...assessItems,
  ...qti,
  ...answerKey,
  ...rubric,
  ...scoreReport,
  ...profileHead,
  ...workHistory,
  ...skills,
  ...mktJob,
  ...proposal,
  ...proposals,
  ...contract,
  ...milestones,
  ...chat,
  ...diary,
  ...timesheet,
  ...chartCounts,
  ...countsCsv,
  ...worklog,
  ...auditSummary,
  ...auditDetail,
  ...auditEmail,
  ...rebuttal,
  ...rateCard,
  ...invHeader,
  ...invLines,
  ...remitStub,
  ...transactions,
  ...earnings,
];
