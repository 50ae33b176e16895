import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 160 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s160-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. The decoys are what investor materials are full of: the SEC commission file number and an
 * S-1 file number, headquarters, bank, venue, transfer agent and PO box ZIPs, a CUSIP's leading digits,
 * conference-call, replay and webinar ids and passcodes, webcast event ids, newswire release and gallery ids,
 * transcript service and API ids, analyst report, ticket, distribution and FINRA CRD numbers, Medicare administrative
 * contractor numbers, a billing article id, procedure and allowed-service counts and revenue in thousands written
 * without separators in tables, model exports and CSVs, inline XBRL context ids, case, CID and comment-letter
 * references, product catalog numbers and a transfer agent account. About a third of them (53 of 140) are numbers
 * of the synthetic 10,000-code set (KNOWN_10K). The five known codes' digits come back as decoys 39 times: the
 * commission file number (on the cover, XBRL, exhibits, 8-K, comment letter, deck and call), the conference id, the
 * lockbox PO box, an analyst report number, a newswire release id, webcast event ids, the investor day registration
 * code, a sales office ZIP, a qui tam case number, a Medicare allowed-services count, model row ids, a survey panel
 * id, a webcast question queue number, an IR ticket number and a regulations.gov tracking number.
 *
 * Family: a (fictional) peripheral-nerve device company, Veralis Neuro, Inc. (Nasdaq: VRNU), whose four products
 * ride on five CPT codes (NerveGuard wrap for neuroplasty 64712/64714, CryoVera cryoneurolysis 64632, SciaSite
 * catheter for the sciatic block 64445, FaciaTrace EMG guidance for facial chemodenervation 64612), and its investor
 * materials: the Q3 2026 earnings call (operator introduction, CEO and CFO prepared remarks, analyst Q&A, the
 * transcript service's header and its JSON API view, the webcast's submitted-questions panel), the 10-K (cover page,
 * business section on coverage and reimbursement, the coding and payment table, risk factors, MD&A procedure table,
 * exhibit index, legal proceedings), the Q3 10-Q (inline XBRL source, subsequent-events note), an 8-K on the proposed
 * physician fee schedule, the company's response to an SEC comment letter, the investor day (title slide, market
 * slide, reimbursement pathway table, speaker notes, coding appendix, registration email), a sell-side initiation
 * (first page, utilization-by-code table, CMS Part B summary CSV extract, channel-check survey, model export CSV,
 * disclosures), the Q3 press release (body, procedure table, boilerplate and contacts), the quarterly supplemental
 * KPI table, a healthcare conference fireside chat (transcript, agenda grid), the IR site (FAQ page, coding and
 * reimbursement accordion, events calendar, reply to a shareholder's emailed question), a coding guide posted to
 * the IR site and the company's comment letter to CMS (8-K exhibit).
 * Built on real public layouts: earnings call transcripts as the transcript services print them (header block,
 * "Operator:" lines, speaker names with titles, the question-and-answer session), SEC filings as EDGAR renders them
 * (10-K cover page with commission file number and IRS employer id, Item 1 "Coverage and Reimbursement", Item 1A,
 * Item 3, exhibit index, inline XBRL source with contextRef, CORRESP/UPLOAD letters), Business Wire style press
 * releases (dateline, highlights, "About", contacts, source line), sell-side initiation reports
 * (rating box, price target, analyst certification, FINRA disclosures), the CMS Medicare Part B National Summary
 * Data File columns, medtech investor day decks and IR site FAQ pages. The others are written the way those pages
 * read, with no single source.
 *
 * 375 labelled tokens over 42 shapes: 235 codes, 140 decoys, 53 of the decoys in KNOWN_10K.
 */

// ── 1. Earnings call, operator introduction (decoy heavy) ──
const opIntro = lines({
  id: 's160-opintro',
  kind: 's160-earnings-call-operator-introduction-text',
  before: 'Veralis Neuro, Inc. (VRNU) Q3 2026 Earnings Conference Call — November 5, 2026, 4:30 PM ET',
  text: [
    'Operator: Good afternoon and welcome to the Veralis Neuro third quarter 2026 earnings conference call.',
    'At this time all participants are in a listen-only mode. If you dialed in, your conference ID is [64612].',
    'A replay will be available through November 19 at 1-877-660-6853 (international 1-201-612-7415),',
    'replay passcode [13742]. The webcast archive is event [64714] on the Investors section of our website.',
    'I would now like to turn the call over to Priya Anand of Lakeshore IR. Please go ahead.',
    "Priya Anand: Thank you. Joining me are Dr. Renata Solberg, CEO, and Miles Okafor, CFO. Today's release",
    'was furnished on Form 8-K under Commission File Number 001-[64712], and the slides are posted as presentation [30425].',
  ].join('\n'),
});

// ── 2. CEO prepared remarks ──
const ceo = lines({
  id: 's160-ceo',
  kind: 's160-earnings-call-ceo-prepared-remarks-text',
  before: 'Dr. Renata Solberg, Chief Executive Officer',
  text: [
    'Thank you, Priya. Revenue for the third quarter was $41.8 million, up 27% from a year ago, and every one of',
    'our four franchises grew. Let me take them in the order of the codes our surgeons bill.',
    'NerveGuard, our wrap for neuroplasty, is billed under CPT {64712} for the sciatic nerve and {64714} for the',
    'lumbar plexus. We treated about 3,940 NerveGuard patients, and {64712} cases grew faster than {64714}.',
    "CryoVera, for Morton's neuroma, is billed by podiatrists under {64632}; volume reached 5,410 procedures.",
    'SciaSite catheters, used with the single-shot sciatic block {64445} before foot and ankle surgery, were',
    'placed in about 11,200 cases. And FaciaTrace, the EMG guidance system for facial chemodenervation, code',
    '{64612}, had its best quarter with 2,960 procedures across 412 accounts.',
    'On reimbursement, the CY2027 proposed rule keeps {64712} and {64714} flat and trims {64632} by about 3%.',
  ].join('\n'),
});

// ── 3. CFO prepared remarks ──
const cfo = lines({
  id: 's160-cfo',
  kind: 's160-earnings-call-cfo-prepared-remarks-text',
  before: 'Miles Okafor, Chief Financial Officer',
  text: [
    'Thanks, Renata. NerveGuard revenue was $17.9 million; roughly 72% of those cases are coded {64712}',
    'and the rest {64714}, and our average selling price held at $4,550 per wrap.',
    'CryoVera revenue was $9.6 million. Probe ASP declined slightly as offices shifted {64632} cases to',
    'the non-facility setting, where the physician payment is about $171 versus $98 in facility.',
    'SciaSite contributed $8.4 million. Remember the catheter is not separately paid; the anesthesiologist bills',
    '{64445}, or {64446} when it is a continuous infusion, and the hospital absorbs our device.',
    'FaciaTrace was $5.9 million. Gross margin was 78.4%; operating expenses were $38.2 million.',
    'We are raising full-year revenue guidance to $162 to $166 million. Our lockbox remains PO Box [64445],',
    'Minneapolis, and the 10-Q will be filed under file no. 001-[64712] by November 12.',
  ].join('\n'),
});

// ── 4. Analyst Q&A ──
const qa = lines({
  id: 's160-qa',
  kind: 's160-earnings-call-analyst-qa-text',
  before: 'Question-and-Answer Session',
  text: [
    'Operator: Our first question comes from Tom Brennan with Harbridge Securities. Your line is open.',
    'Tom Brennan: On the RUC, is {64712} actually on the RAW screen, or only {64714}? And what is the downside?',
    'Renata Solberg: Both {64712} and {64714} were flagged as potentially misvalued in the April 2026 meeting.',
    'The specialty societies surveyed them; the worst case we model is a 9% cut in work RVUs starting 2028.',
    'Tom Brennan: And on {64632}, are you seeing payers push cryo toward {64640} or unlisted {64999}?',
    'Renata Solberg: No. Our guidance has always been {64632} for the plantar common digital nerve only.',
    'Operator: Next, Alicia Wu, Northfield Capital Markets.',
    'Alicia Wu: Can you size the {64445} pull-through? My checks say {64445} plus {76942} for ultrasound.',
    'Miles Okafor: Most of our accounts bill {64445} with {76942}; about a third of the blocks are continuous',
    'and go to {64446}. For FaciaTrace, {64612} is billed with {95874} for the needle EMG guidance.',
  ].join('\n'),
});

// ── 5. Transcript service header block ──
const tsHeader = lines({
  id: 's160-tshead',
  kind: 's160-transcript-service-header-block-text',
  before: 'CALL TRANSCRIPT — Corrected',
  text: [
    'VRNU - Q3 2026 Veralis Neuro Inc Earnings Call   EVENT DATE/TIME: NOVEMBER 05, 2026 / 9:30PM GMT',
    'Event ID: [16071]-2026   Transcript ID: 3,118,442   Pages: 14   Word count: 8,912',
    'Ticker: VRNU.OQ   Exchange: NASDAQ GS   CUSIP: [92337]N104   Market cap at event: $1.21B',
    'Corporate participants: Priya Anand (Lakeshore IR); Renata Solberg, MD (CEO); Miles Okafor (CFO)',
    'Conference call participants: Tom Brennan (Harbridge); Alicia Wu (Northfield); Sam Ortega (Crestline)',
    'Keywords: NerveGuard, CryoVera, RUC, {64712}, {64714}, {64632}, RAW screen, guidance raise',
    'Refinitiv StreetEvents subscriber [30412] · licensed seat [12211] · export job [88107]',
  ].join('\n'),
});

// ── 6. Transcript API JSON view ──
const tsJson = lines({
  id: 's160-tsjson',
  kind: 's160-transcript-api-json-view-text',
  before: 'GET /v2/transcripts/VRNU/2026Q3?format=json',
  text: [
    '{ "symbol": "VRNU", "quarter": 3, "year": 2026, "eventId": "[64714]", "conferenceId": "[64612]",',
    '  "speakers": [{ "name": "Renata Solberg", "role": "CEO" }, { "name": "Miles Okafor", "role": "CFO" }],',
    '  "content": [',
    '    { "speaker": "Renata Solberg", "text": "NerveGuard is billed under CPT {64712} for the sciatic nerve and {64714} for the lumbar plexus." },',
    '    { "speaker": "Renata Solberg", "text": "CryoVera ... billed by podiatrists under {64632}; volume reached 5,410 procedures." },',
    '    { "speaker": "Miles Okafor", "text": "the anesthesiologist bills {64445}, or {64446} when it is a continuous infusion" },',
    '    { "speaker": "Tom Brennan", "text": "is {64712} actually on the RAW screen, or only {64714}?" }',
    '  ], "wordCount": 8912, "requestId": "[40527]", "cacheTtl": [86400], "rateLimitRemaining": [12338] }',
  ].join('\n'),
});

// ── 7. Webcast submitted-questions panel (chat) ──
const webcastQs = lines({
  id: 's160-webq',
  kind: 's160-webcast-submitted-questions-panel-text',
  before: 'Ask a question — Veralis Neuro Q3 2026 — Webcast event 64714 — Submitted questions (moderator view)',
  text: [
    '16:41  guest_[55393] (Crestline): Is the {64632} cut in the proposed rule work RVU or practice expense?',
    '16:43  guest_[30353]: what % of NerveGuard is {64712} vs {64714} — pls repeat',
    '16:44  moderator: answered live — ~72% {64712}, ~28% {64714}',
    '16:47  guest_[21870] (buy side): any commercial payer still requiring prior auth for {64612}?',
    '16:52  guest_[12585]: FaciaTrace coding — is {95874} allowed with {64612} by all MACs? (queue #[64712])',
    '16:55  moderator: closed; replay passcode [13742]; 6 questions unanswered forwarded to IR',
  ].join('\n'),
});

// ── 8. 10-K cover page ──
const tenKCover = lines({
  id: 's160-10kcover',
  kind: 's160-10k-cover-page-text',
  before: 'UNITED STATES SECURITIES AND EXCHANGE COMMISSION — Washington, D.C. 20549 — FORM 10-K',
  text: [
    'ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934',
    'For the fiscal year ended December 31, 2025   Commission File Number 001-[64712]',
    'VERALIS NEURO, INC. (Exact name of registrant as specified in its charter)',
    'Delaware   47-3318206 (I.R.S. Employer Identification No.)',
    '6440 Flying Cloud Drive, Suite 300, Eden Prairie, Minnesota [55344]   (952) 555-0143',
    'Securities registered pursuant to Section 12(b): Common Stock, $0.001 par value   VRNU   The Nasdaq Global Select Market',
    'Mailing address for filings: Attn: General Counsel, P.O. Box [46055], Minneapolis, Minnesota [55401]',
  ].join('\n'),
});

// ── 9. 10-K Item 1 coverage and reimbursement ──
const tenKReimb = lines({
  id: 's160-10kreimb',
  kind: 's160-10k-business-coverage-and-reimbursement-text',
  before: 'Item 1. Business — Coverage and Reimbursement',
  text: [
    'Our products are used in procedures that physicians report using Current Procedural Terminology (CPT)',
    'codes maintained by the American Medical Association. Procedures using NerveGuard are generally reported',
    'with CPT code {64712} (neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve) or CPT code',
    '{64714} (neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus). CryoVera procedures are',
    'reported with CPT code {64632} (destruction by neurolytic agent; plantar common digital nerve). SciaSite',
    'is used during procedures reported with CPT code {64445} (injection(s), anesthetic agent(s) and/or steroid;',
    'sciatic nerve, single injection) and, for continuous infusion by catheter, CPT code {64446}. FaciaTrace is',
    'used in procedures reported with CPT code {64612} together with CPT code {95874} or {95873} for guidance.',
    'Medicare coverage for these procedures is determined by the MACs; for example, Novitas (jurisdiction H,',
    'contractor number [12502]) and Noridian (JE, [01112]) have not issued LCDs limiting {64632} or {64712}.',
  ].join('\n'),
});

// ── 10. 10-K coding and payment table ──
const tenKTable = table({
  id: 's160-10ktable',
  kind: 's160-10k-procedure-coding-payment-grid',
  caption: 'Medicare national average payment, calendar year 2026 (unadjusted for geography)',
  headers: ['Product', 'CPT code', 'Physician (facility)', 'Physician (non-facility)', 'ASC', 'HOPD (APC)'],
  rows: [
    ['NerveGuard', '{64712}', '$742', 'N/A', '$3,088', '$5,214 (5432)'],
    ['NerveGuard', '{64714}', '$655', 'N/A', '$3,088', '$5,214 (5432)'],
    ['CryoVera', '{64632}', '$98', '$171', '$412', '$802 (5431)'],
    ['SciaSite', '{64445}', '$61', '$88', 'Packaged', 'Packaged'],
    ['SciaSite', '{64446}', '$104', 'N/A', 'Packaged', 'Packaged'],
    ['FaciaTrace', '{64612}', '$129', '$196', '$195', '$384 (5442)'],
  ],
});

// ── 11. 10-K risk factors ──
const riskFactors = lines({
  id: 's160-risk',
  kind: 's160-10k-risk-factors-text',
  before: 'Item 1A. Risk Factors — Risks Related to Reimbursement',
  text: [
    'Changes in the valuation of the CPT codes used to report procedures with our products could reduce demand.',
    'In 2026 the AMA/Specialty Society RVS Update Committee identified CPT codes {64712} and {64714} through its',
    'Relativity Assessment Workgroup screen. If CMS adopts lower values for {64712} or {64714}, surgeons may',
    'choose lower-cost alternatives or perform fewer neuroplasty procedures, which would harm NerveGuard sales.',
    'We have no control over CPT coding. The CPT Editorial Panel could revise or delete {64632}, or create a',
    'new code for cryoneurolysis that is valued below {64632}; a Category III code would not be paid by many',
    'payers. Some commercial payers classify procedures reported with {64640} as experimental when performed',
    'with cryoablation, and could extend that policy to {64632}.',
    'In addition, if payers bundle {64445} into the global surgical package of the foot or ankle procedure, or',
    'require prior authorization for {64612} at each session, utilization of SciaSite and FaciaTrace could fall.',
  ].join('\n'),
});

// ── 12. 10-K MD&A procedure volume table (in units, no separators as some filers print them) ──
const mdaTable = table({
  id: 's160-mda',
  kind: 's160-10k-mdna-procedure-volume-grid',
  caption: 'Procedures by CPT code (estimated from unit shipments), years ended December 31',
  headers: ['Procedure (CPT)', '2025', '2024', 'Change', '% change'],
  rows: [
    ['Neuroplasty, sciatic ({64712})', '8,415', '6,620', '1,795', '27.1%'],
    ['Neuroplasty, lumbar plexus ({64714})', '3,520', '3,102', '418', '13.5%'],
    ['Neurolysis, plantar digital ({64632})', '16,171', '12,480', '3,691', '29.6%'],
    ['Sciatic nerve block ({64445})', '[37130]', '[30870]', '6,260', '20.3%'],
    ['Facial chemodenervation ({64612})', '8,510', '6,240', '2,270', '36.4%'],
  ],
});

// ── 13. Inline XBRL source of the Q3 10-Q ──
const ixbrl = lines({
  id: 's160-ixbrl',
  kind: 's160-10q-inline-xbrl-source-text',
  before: 'view-source:https://www.sec.gov/Archives/edgar/data/vrnu-20260930.htm',
  text: [
    '<ix:nonNumeric name="dei:SecurityExchangeName" contextRef="c-1">NASDAQ</ix:nonNumeric>',
    '<ix:nonNumeric name="dei:EntityFileNumber" contextRef="c-1">001-[64712]</ix:nonNumeric>',
    '<ix:nonNumeric name="dei:EntityAddressPostalZipCode" contextRef="c-1">[55344]</ix:nonNumeric>',
    '<ix:nonFraction name="us-gaap:Revenues" contextRef="c-[10117]" unitRef="usd" scale="3" decimals="-3">[41812]</ix:nonFraction>',
    '<ix:nonFraction name="vrnu:SciaSiteCasesPerformed" contextRef="c-[10139]" unitRef="case">[11200]</ix:nonFraction>',
    '<p>Procedures using NerveGuard are generally reported with CPT code {64712} or CPT code {64714}.</p>',
    '<p>CryoVera procedures are reported with CPT code {64632} (destruction by neurolytic agent).</p>',
  ].join('\n'),
});

// ── 14. 10-K exhibit index ──
const exhibits = table({
  id: 's160-exhibits',
  kind: 's160-10k-exhibit-index-grid',
  caption: 'Item 15. Exhibits — Incorporated by Reference',
  headers: ['Exhibit', 'Description', 'Form', 'File No.', 'Exhibit', 'Filing Date'],
  rows: [
    ['3.1', 'Amended and Restated Certificate of Incorporation', 'S-1/A', '333-[26641]', '3.1', '3/2/2021'],
    ['10.4', 'Supply Agreement with Cryotek GmbH (CryoVera probes)', '10-Q', '001-[64712]', '10.1', '8/9/2023'],
    [
      '10.9#',
      'Reimbursement consulting agreement (coding hotline for {64445}, {64612})',
      '8-K',
      '001-[64712]',
      '10.2',
      '1/7/2025',
    ],
    ['10.12', 'Lease, 6440 Flying Cloud Drive, Eden Prairie, MN [55344]', '10-K', '001-[64712]', '10.12', '2/26/2025'],
    ['21.1', 'Subsidiaries of the Registrant', '', '', '', ''],
  ],
});

// ── 15. 10-K legal proceedings ──
const legal = lines({
  id: 's160-legal',
  kind: 's160-10k-legal-proceedings-text',
  before: 'Item 3. Legal Proceedings',
  text: [
    'In May 2025 a qui tam complaint was unsealed in the U.S. District Court for the District of Minnesota,',
    'Case No. 0:24-cv-[64445], alleging that our reimbursement hotline advised customers to report {64712}',
    'for procedures that should have been reported as {64708} or {64722}. We believe the allegations lack merit.',
    "A related civil investigative demand, CID No. [23417], from the U.S. Attorney's Office asks for records of",
    'coding advice concerning {64632} and {64640} from January 2021 through the present.',
  ].join('\n'),
});

// ── 16. 10-Q subsequent events note ──
const tenQ = lines({
  id: 's160-10q',
  kind: 's160-10q-subsequent-events-note-text',
  before: 'Note 14. Subsequent Events',
  text: [
    'On October 21, 2026, the Company entered into a settlement in principle of Case No. 0:24-cv-[64445] for',
    '$2.4 million, without admission of liability, and a five-year corporate integrity agreement covering the',
    "reimbursement hotline's advice on CPT codes {64712}, {64714} and {64632}. On November 1, 2026, CMS",
    'published the CY2027 physician fee schedule final rule (CMS-1832-F), adopting the values proposed for',
    "{64445} and {64612}. The Company's office at 1200 Main Street, Elmo, Missouri [64445] was closed.",
  ].join('\n'),
});

// ── 17. 8-K Item 8.01 ──
const eightK = lines({
  id: 's160-8k',
  kind: 's160-8k-item-801-other-events-text',
  before: 'FORM 8-K CURRENT REPORT — Item 8.01 Other Events',
  text: [
    'Date of Report (Date of earliest event reported): July 15, 2026   Commission File Number: 001-[64712]',
    'On July 14, 2026, CMS released the CY2027 Medicare Physician Fee Schedule proposed rule (CMS-1832-P).',
    'The proposed rule would reduce the non-facility practice expense RVUs for CPT code {64632} by',
    'approximately 3% and would maintain the current work RVUs for CPT codes {64712}, {64714} and {64445}.',
    'It would also add {64612} to the list of services eligible for audio-video supervision. Comments are due',
    'September 10, 2026. Item 9.01 Exhibit 99.1: company comment letter (to be furnished). Filer ID [32519].',
  ].join('\n'),
});

// ── 18. SEC comment letter and response (CORRESP) ──
const corresp = lines({
  id: 's160-corresp',
  kind: 's160-sec-comment-letter-response-text',
  before: 'CORRESP — Veralis Neuro, Inc. — Response to Staff Comment Letter dated June 3, 2026',
  text: [
    'Re: Veralis Neuro, Inc. Form 10-K for the Fiscal Year Ended December 31, 2025, Filed February 25, 2026,',
    'File No. 001-[64712]',
    'Comment 2. You disclose that procedures using NerveGuard are reported with CPT codes {64712} and {64714}.',
    'Please quantify the percentage of revenue attributable to procedures reported under each code.',
    'Response: In 2025, approximately 71% of NerveGuard revenue related to procedures reported with {64712}',
    'and 29% to {64714}. In future filings we will also disclose the share of CryoVera revenue from {64632}',
    'procedures in the non-facility setting. Office of Industrial Applications and Services, ref. [86142].',
  ].join('\n'),
});

// ── 19. Investor day title slide ──
const idTitle = lines({
  id: 's160-idtitle',
  kind: 's160-investor-day-title-slide-text',
  before: 'Slide 1',
  text: [
    'VERALIS NEURO 2026 INVESTOR DAY',
    'June 11, 2026 · 8:00 AM – 12:30 PM ET · 75 Rector Street, 4th Floor, New York, NY [10006]',
    'Livestream registration code [64632] · Dial-in access [38154]',
    'Nasdaq: VRNU · Restoring function to the peripheral nerve: {64712} · {64714} · {64632} · {64445} · {64612}',
    'Forward-looking statements: see slide 2 and our Form 10-K (File No. 001-[64712]).',
  ].join('\n'),
});

// ── 20. Investor day market opportunity slide ──
const idMarket = lines({
  id: 's160-idmarket',
  kind: 's160-investor-day-market-opportunity-slide-text',
  before: 'Slide 9 — A $3.1B U.S. opportunity, one code at a time',
  text: [
    'U.S. annual procedures (2025 est.)   Addressable   Penetration',
    'Sciatic neuroplasty  CPT {64712}   ~ 61K   17%',
    'Lumbar plexus neuroplasty  CPT {64714}   ~ 19K   21%',
    "Morton's neuroma neurolysis  CPT {64632}   ~ 148K   13%",
    'Sciatic / popliteal block  CPT {64445}   ~ 1.1M   4%',
    'Facial chemodenervation  CPT {64612}   ~ 210K   4%',
    'Source: CMS Part B National Summary 2024, company estimates; commercial = 2.4x Medicare for {64632}, {64445}',
  ].join('\n'),
});

// ── 21. Investor day reimbursement pathway table ──
const idPathway = table({
  id: 's160-idpathway',
  kind: 's160-investor-day-reimbursement-pathway-slide-grid',
  caption: 'Slide 14 — Established codes, established payment',
  headers: ['Franchise', 'Code(s)', 'Coverage', 'Site of service', 'Next catalyst'],
  rows: [
    ['NerveGuard', '{64712} / {64714}', 'Established; no LCD', 'HOPD, ASC', 'RUC survey 2026'],
    ['CryoVera', '{64632}', 'Covered; 2 payers non-cover cryo', 'Office, ASC', 'PFS PE refinement'],
    ['SciaSite', '{64445}, {64446}', 'Covered (packaged device)', 'HOPD, ASC', 'ASC list add {64446}'],
    ['FaciaTrace', '{64612} + {95874}', 'Covered', 'Office', 'NCCI edit review'],
    ['Pipeline: PNS lead', '{64555} → {64596}', 'New 2025 codes', 'Office, ASC', 'IDE G-260118'],
  ],
});

// ── 22. Investor day speaker notes ──
const idNotes = lines({
  id: 's160-idnotes',
  kind: 's160-investor-day-speaker-notes-text',
  before: 'Speaker notes — Janelle Fitch, VP Market Access — slides 14–17',
  text: [
    'Key message: we do not need a new code. Every NerveGuard case already maps to {64712} or {64714}.',
    'If asked about {64713} (brachial plexus): off-label for us, do not discuss.',
    'CryoVera: stress that {64632} is per nerve, so two interspaces on the same foot is {64632} x 2 with 59/XS.',
    'SciaSite: the block is {64445}; the catheter only helps when the surgeon orders {64446}. Avoid promising',
    'separate payment. FaciaTrace: {64612} is unilateral; bilateral is {64612}-50 for most payers.',
    'Do not quote the MAC numbers or the hotline case counts ([14208] calls in 2025) on stage.',
  ].join('\n'),
});

// ── 23. Investor day coding appendix ──
const idAppendix = lines({
  id: 's160-idappendix',
  kind: 's160-investor-day-appendix-coding-slide-text',
  before: "Appendix A — Coding reference (for illustration only; coding is the provider's responsibility)",
  text: [
    '{64712}  Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    '{64714}  Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
    "{64632}  Destruction by neurolytic agent; plantar common digital nerve (Morton's neuroma)",
    '{64445}  Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve, single injection',
    '{64446}  … sciatic nerve, continuous infusion by catheter (including catheter placement)',
    '{64612}  Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
    '{95874}  Needle electromyography for guidance in conjunction with chemodenervation',
    'CPT® 2026 American Medical Association. Job [77516] · v3 · MKT-[64714] rev B',
  ].join('\n'),
});

// ── 24. Investor day registration confirmation email ──
const idEmail = lines({
  id: 's160-idemail',
  kind: 's160-investor-day-registration-email-text',
  before: 'From: Veralis Neuro Investor Relations <ir@veralisneuro.example> — Subject: Your Investor Day registration',
  text: [
    'Dear Sam Ortega, thank you for registering for Veralis Neuro 2026 Investor Day.',
    'Registration code: [64632]   Confirmation no. [52871]',
    'Location: 75 Rector Street, New York, NY [10006]. Photo ID required at the lobby desk.',
    'Agenda highlights: 9:10 Reimbursement 101 — why {64712}, {64714} and {64632} are stable codes.',
    'Virtual attendees: webinar ID 912 [40163] 7712, passcode [38154].',
    'Questions: ir@veralisneuro.example · (952) 555-0188 · unsubscribe ref [23990]',
  ].join('\n'),
});

// ── 25. Sell-side initiation, first page ──
const noteFirst = lines({
  id: 's160-notefirst',
  kind: 's160-analyst-initiation-first-page-text',
  before: 'HARBRIDGE SECURITIES — Equity Research — Medical Technology — November 18, 2026',
  text: [
    'Veralis Neuro (VRNU) — Initiating at Outperform, PT $38: Five Codes, One Nerve Story',
    'Report no. [64632] · Tom Brennan, CFA · Ana Ruiz (Associate)',
    "We initiate with an Outperform. VRNU's revenue rides on five established CPT codes, and our work on",
    "Medicare claims says the company's share of {64632} (29% of 2024 Medicare volume) is understated by consensus.",
    'Key debate: the RUC review of {64712}/{64714}. We model a 9% work RVU cut in 2028; NerveGuard still grows',
    'double digits because {64712} site-of-service is shifting to the ASC. Upside: SciaSite attach to {64445}.',
    'Price target derivation on p. 14; disclosures p. 22. Bloomberg: VRNU US. Harbridge ticket [10176].',
  ].join('\n'),
});

// ── 26. Analyst utilization-by-code table ──
const noteUtil = table({
  id: 's160-noteutil',
  kind: 's160-analyst-note-utilization-by-code-grid',
  caption: 'Figure 7: Medicare Part B utilization of VRNU-relevant codes, 2022–2024 (allowed services)',
  headers: ['HCPCS', 'Descriptor', '2022', '2023', '2024', "CAGR '22-'24", 'VRNU share 2024e'],
  rows: [
    ['{64712}', 'Neuroplasty sciatic', '7,912', '8,418', '9,104', '7.3%', '21%'],
    ['{64714}', 'Neuroplasty lumbar plexus', '2,301', '2,388', '2,467', '3.5%', '26%'],
    ['{64632}', 'Neurolysis plantar digital', '[38415]', '[41206]', '[44980]', '8.2%', '29%'],
    ['{64445}', 'Sciatic block, single', '212,560', '226,903', '240,114', '6.3%', '3%'],
    ['{64446}', 'Sciatic block, continuous', '[31822]', '[33470]', '[35106]', '5.0%', '9%'],
    ['{64612}', 'Chemodenerv. facial, unilat.', '[61347]', '[63118]', '[64445]', '2.6%', '4%'],
    ['Total', '', '', '', '', '', 'Source: CMS, Harbridge'],
  ],
});

// ── 27. CMS Part B National Summary CSV extract (appendix of the note) ──
const partBCsv = lines({
  id: 's160-partbcsv',
  kind: 's160-analyst-note-part-b-summary-csv-text',
  before: 'Appendix 3: raw extract, CMS Part B National Summary Data File, CY2024 (csv)',
  text: [
    'HCPCS,MODIFIER,ALLOWED SERVICES,ALLOWED CHARGES,PAYMENT AMOUNT',
    '{64712},,9104,6312420.18,4937803.52',
    '{64714},,2467,1497112.06,1172640.44',
    '{64632},,[44980],5968311.77,4649602.15',
    '{64632},59,[12099],1603228.40,1251740.03',
    '{64445},,240114,17286011.90,13516412.85',
    '{64612},,[64445],9618200.50,7519630.68',
    '{64612},50,[10198],2871040.12,2244706.47',
  ].join('\n'),
});

// ── 28. Channel check survey table ──
const survey = table({
  id: 's160-survey',
  kind: 's160-analyst-channel-check-survey-grid',
  caption: 'Figure 11: Harbridge survey of 64 foot & ankle surgeons and podiatrists (October 2026)',
  headers: ['Question', 'Code in question', 'Yes', 'No', 'n'],
  rows: [
    ['Do you bill cryoneurolysis of the interdigital nerve as', '{64632}', '81%', '19%', '58'],
    ['Has a payer denied the code in the last 12 months?', '{64632}', '22%', '78%', '58'],
    ['Do you order a continuous sciatic catheter with', '{64446}', '34%', '66%', '41'],
    ['Will a 9% cut to the sciatic neuroplasty code change your use?', '{64712}', '12%', '88%', '37'],
    ['Panel id / fielding ref', '', '', '', '[64712]'],
  ],
});

// ── 29. Analyst model export CSV ──
const modelCsv = lines({
  id: 's160-modelcsv',
  kind: 's160-analyst-model-export-csv-text',
  before: 'VRNU_model_Nov2026.xlsx — sheet "Rev build" exported as CSV ($000 unless noted)',
  text: [
    'row_id,line_item,cpt,Q3-25A,Q4-25A,Q1-26A,Q2-26A,Q3-26A,Q4-26E',
    '[64714],NerveGuard procedures,{64712},2104,2190,2301,2655,2837,2920',
    '[64715],NerveGuard procedures,{64714},893,901,928,1020,1103,1130',
    '[64716],CryoVera procedures,{64632},4101,4420,4630,5102,5410,5620',
    '[64717],SciaSite cases,{64445},9420,9610,[10150],[10880],[11200],[11550]',
    '[64718],FaciaTrace procedures,{64612},2210,2350,2480,2740,2960,3080',
    '[64720],Total revenue,,[32914],[34662],[36120],[39077],[41812],[43350]',
  ].join('\n'),
});

// ── 30. Analyst disclosures page ──
const disclosures = lines({
  id: 's160-disc',
  kind: 's160-analyst-note-disclosures-text',
  before: 'Important Disclosures — Harbridge Securities LLC — Research Compliance',
  text: [
    'Analyst certification: Tom Brennan (FINRA CRD [51287]) certifies that the views on VRNU and on the',
    'reimbursement of CPT {64712} and {64632} expressed herein accurately reflect his personal views.',
    'Harbridge has received compensation for investment banking services from VRNU in the past 12 months.',
    'Rating distribution as of 09/30/2026: Outperform 58% (IB 21%), Market Perform 38%, Underperform 4%.',
    'Mailing: Harbridge Securities LLC, Research Compliance, PO Box [10185], New York, NY [10019].',
    'Report no. [64632]; distribution id [22768]; CPT® is a registered trademark of the AMA.',
  ].join('\n'),
});

// ── 31. Press release body ──
const prBody = lines({
  id: 's160-prbody',
  kind: 's160-press-release-body-text',
  before: 'Veralis Neuro Reports Third Quarter 2026 Financial Results and Raises Full-Year Guidance',
  text: [
    'EDEN PRAIRIE, Minn.--(BUSINESS WIRE)--Nov. 5, 2026-- Veralis Neuro, Inc. (Nasdaq: VRNU), a medical',
    'technology company focused on the peripheral nerve, today reported financial results for the quarter.',
    'Third quarter highlights: revenue of $41.8 million, up 27%; NerveGuard procedures (CPT {64712}, {64714})',
    'of approximately 3,940, up 31%; CryoVera procedures (CPT {64632}) of 5,410, up 32%.',
    '"Proposed 2027 Medicare rates keep {64712} and {64714} stable," said Renata Solberg, MD, CEO.',
    'Conference call: today at 4:30 p.m. ET; dial 1-877-660-6853, conference ID [64612].',
    'Business Wire release [64714]-0501 · Smart Brief · Multimedia gallery id [20955]',
  ].join('\n'),
});

// ── 32. Press release procedure table ──
const prTable = table({
  id: 's160-prtable',
  kind: 's160-press-release-procedure-table-grid',
  caption: 'Procedure volumes (approximate, unaudited)',
  headers: ['Product (CPT code)', 'Q3 2026', 'Q3 2025', 'Nine months 2026', 'Nine months 2025'],
  rows: [
    ['NerveGuard ({64712})', '2,837', '2,104', '7,793', '5,812'],
    ['NerveGuard ({64714})', '1,103', '893', '3,051', '2,620'],
    ['CryoVera ({64632})', '5,410', '4,101', '[15142]', '[11906]'],
    ['SciaSite ({64445})', '[11200]', '9,420', '[32230]', '[27011]'],
    ['FaciaTrace ({64612})', '2,960', '2,210', '8,180', '6,254'],
  ],
});

// ── 33. Press release boilerplate and contacts ──
const prBoiler = lines({
  id: 's160-prboiler',
  kind: 's160-press-release-boilerplate-contacts-text',
  before: 'About Veralis Neuro',
  text: [
    'Veralis Neuro develops devices used in neuroplasty ({64712}, {64714}), cryoneurolysis ({64632}), sciatic',
    'nerve block ({64445}) and facial chemodenervation ({64612}). Headquarters: Eden Prairie, MN [55344].',
    'Investor Contact: Priya Anand, Lakeshore IR, 1 Post Office Square, Boston, MA [02109], ir@veralisneuro.example',
    'Media Contact: Dale Kirsch, (952) 555-0191 · Source: Veralis Neuro, Inc. · Release ID [64714]-0501',
    'View source version on businesswire.com: https://www.businesswire.com/news/home/20261105/',
  ].join('\n'),
});

// ── 34. Quarterly supplemental KPI table ──
const kpi = table({
  id: 's160-kpi',
  kind: 's160-quarterly-supplemental-kpi-grid',
  caption: 'Supplemental KPIs — Q3 2026',
  headers: ['KPI', 'Code', 'Q3 2026', 'Q2 2026', 'Definition'],
  rows: [
    ['Active NerveGuard accounts', '{64712}/{64714}', '1,186', '1,141', 'Ordered in trailing 90 days'],
    ['CryoVera installed consoles', '{64632}', '2,044', '1,962', 'Consoles at customer sites'],
    ['SciaSite attach rate', '{64445}', '4.6%', '4.4%', 'SciaSite cases / Medicare {64445} est.'],
    ['FaciaTrace utilization / account / month', '{64612}', '2.4', '2.3', 'Procedures per active account'],
    ['Reimbursement hotline calls (YTD)', '', '[11046]', '7,318', 'Calls to 1-855-VERALIS'],
  ],
});

// ── 35. Fireside chat transcript ──
const fireside = lines({
  id: 's160-fireside',
  kind: 's160-conference-fireside-chat-transcript-text',
  before: 'Harbridge 12th Annual Global Healthcare Conference — Fireside chat with Veralis Neuro — Sept 9, 2026',
  text: [
    'Tom Brennan: Renata, people hear "five codes" and think concentration risk. Talk me through it.',
    'Renata Solberg: Each code has its own payer dynamics. {64445} is a block every anesthesiologist knows;',
    'the debate is only whether our catheter shifts it to {64446}. {64632} is podiatry in the office.',
    'Tom Brennan: And the neuroplasty codes, sixty-four seven twelve and fourteen?',
    'Renata Solberg: Right, {64712} and {64714}. Surgeons also use {64708} for other nerves in the leg, but',
    'NerveGuard is labeled for sciatic and lumbar plexus, so we stay with those two codes.',
    'Tom Brennan: FaciaTrace is the odd one out. Why {64612}?',
    "Renata Solberg: Because the EMG guidance code {95874} travels with {64612}, and that's where we add value.",
    'Webcast replay: event [64714]-HB, available 90 days · Room Back Bay B, Boston, MA [02116]',
  ].join('\n'),
});

// ── 36. Conference agenda grid ──
const agenda = table({
  id: 's160-agenda',
  kind: 's160-conference-agenda-presenting-companies-grid',
  caption: 'Day 2 — Tuesday, September 9 — Medical Devices Track',
  headers: ['Time (ET)', 'Company', 'Ticker', 'Format', 'Room', 'Webcast ID'],
  rows: [
    ['8:00 AM', 'Tendra Medical', 'TNDR', 'Presentation', 'Back Bay A', '[64702]'],
    ['8:40 AM', 'Veralis Neuro', 'VRNU', 'Fireside (codes {64712}/{64632} focus)', 'Back Bay B', '[64714]'],
    ['9:20 AM', 'Corvana Spine', 'CRVS', 'Fireside', 'Back Bay B', '[64722]'],
    ['10:00 AM', 'Lumenta Ortho', 'LMTO', 'Presentation', 'Back Bay A', '[64760]'],
    ['Venue', 'Boston Marriott Copley Place, 110 Huntington Ave', 'Boston, MA', '[02116]', '', ''],
  ],
});

// ── 37. IR FAQ page ──
const irFaq = lines({
  id: 's160-irfaq',
  kind: 's160-ir-website-faq-page-text',
  before: 'Investors › Resources › Investor FAQs',
  text: [
    'Q: Which CPT codes are associated with Veralis Neuro products?',
    'A: NerveGuard: {64712}, {64714}. CryoVera: {64632}. SciaSite: {64445} (and {64446} for catheter infusion).',
    'FaciaTrace: {64612}, typically with {95874}. See our 10-K, Item 1, "Coverage and Reimbursement."',
    'Q: Who is the transfer agent? A: Equiniti Trust Company, P.O. Box [64854], St. Paul, MN [55164]-0854.',
    'Q: Where is the company located? A: 6440 Flying Cloud Drive, Suite 300, Eden Prairie, MN [55344].',
    'Q: What is the CUSIP? A: [92337]N104. Q: When does the fiscal year end? A: December 31.',
    'Q: How do I request printed materials? Call (952) 555-0188 or write to IR, PO Box [64445], Minneapolis.',
  ].join('\n'),
});

// ── 38. IR coding and reimbursement accordion ──
const irAccordion = table({
  id: 's160-iraccordion',
  kind: 's160-ir-coding-reimbursement-accordion-grid',
  caption: 'Reimbursement at a glance (expand each product)',
  headers: ['Product', 'Physician code', 'Add-on / companion', 'Typical modifier', '2026 Medicare (physician)'],
  rows: [
    ['NerveGuard — sciatic', '{64712}', '—', 'RT / LT', '$742'],
    ['NerveGuard — lumbar plexus', '{64714}', '—', 'RT / LT', '$655'],
    ['CryoVera', '{64632}', '{64632} per additional nerve', '59 / XS, T1–T9', '$171 office'],
    ['SciaSite', '{64445} or {64446}', '{76942} ultrasound', 'RT / LT', '$88 office'],
    ['FaciaTrace', '{64612}', '{95874} EMG guidance', '50 if bilateral', '$196 office'],
  ],
});

// ── 39. IR events calendar ──
const irEvents = table({
  id: 's160-irevents',
  kind: 's160-ir-events-calendar-grid',
  caption: 'Events & Presentations',
  headers: ['Date', 'Event', 'Webcast', 'Materials'],
  rows: [
    ['Nov 5, 2026', 'Q3 2026 Earnings Call (conf. ID [64612])', 'Event [64714]', 'Release · Slides · Transcript'],
    ['Sep 9, 2026', 'Harbridge Global Healthcare Conference', 'Event [64714]-HB', 'Replay'],
    ['Jul 15, 2026', 'Form 8-K: CMS proposed rule ({64632} PE cut)', '', 'PDF'],
    ['Jun 11, 2026', 'Investor Day, New York, NY [10006]', 'Event [61733]', 'Deck · Replay'],
    ['Aug 6, 2026', 'Q2 2026 Earnings Call (conf. ID [12318])', 'Event [61702]', 'Release · Slides'],
  ],
});

// ── 40. IR email alert and reply to a shareholder contact form ──
const irReply = lines({
  id: 's160-irreply',
  kind: 's160-ir-shareholder-inquiry-reply-email-text',
  before: 'Re: Ticket #64712 — Question about CPT codes in 10-K',
  text: [
    'Hi Mr. Delacroix, thanks for writing to Veralis Neuro Investor Relations (ticket [64712]).',
    'You asked whether "{64632}" on page 12 of the 10-K is a product number. It is not; {64632} is the CPT code',
    'physicians use for neurolysis of the plantar common digital nerve, and CryoVera is used in those procedures.',
    'Our product catalog numbers look like CV-[20410] (CryoVera 2.0 probe) and NG-[18335] (NerveGuard, 3 cm).',
    'Your account with the transfer agent is [70962]; please contact them at (800) 468-9716 for statements.',
    'Best regards, Investor Relations · Eden Prairie, MN [55344]',
  ].join('\n'),
});

// ── 41. Reimbursement guide posted on IR site (PDF text layer) ──
const guide = lines({
  id: 's160-guide',
  kind: 's160-reimbursement-guide-pdf-text',
  before: 'CryoVera® Coding & Reimbursement Guide 2026 — MKT-0412 rev D',
  text: [
    'Physician coding, office (POS 11):',
    '  {64632}   Destruction by neurolytic agent; plantar common digital nerve        $171.22',
    '  {64632}-59 second interspace, same foot                                        $171.22',
    '  {20550}   Injection(s); single tendon sheath, or ligament, aponeurosis (if separate)  $62.10',
    'Diagnosis: G57.61 / G57.62 Lesion of plantar nerve. LCD: none. Billing article A[58749] is not for {64632}.',
    'Hotline: 1-855-VERALIS · reimbursement@veralisneuro.example · guide request form [31640]',
  ].join('\n'),
});

// ── 42. Company comment letter to CMS (posted as Exhibit 99.1) ──
const cmsLetter = lines({
  id: 's160-cmsletter',
  kind: 's160-company-comment-letter-to-cms-text',
  before: 'Exhibit 99.1 — Comment letter — Submitted electronically via regulations.gov — Docket CMS-2026-0101',
  text: [
    'Re: CMS-1832-P; Medicare and Medicaid Programs; CY 2027 Payment Policies Under the Physician Fee Schedule',
    'Dear Administrator: Veralis Neuro appreciates the opportunity to comment on the proposed practice expense',
    'inputs for CPT code {64632}. CMS proposes to reduce the clinical labor time for {64632} from 27 to 19',
    'minutes and to remove supply item SD120. The cryoprobe is a single-use supply and should be retained.',
    "We also support CMS's proposal to maintain the RUC-recommended work RVUs for {64712} and {64714}, and",
    'ask that {64446} be added to the ASC covered procedures list. Tracking number [64612]-mq4d-0ww1.',
    'Sincerely, Janelle Fitch, VP Market Access · 6440 Flying Cloud Drive, Eden Prairie, MN [55344]',
  ].join('\n'),
});

export const sealed160: Snippet[] = [
  ...opIntro,
  ...ceo,
  ...cfo,
  ...qa,
  ...tsHeader,
  ...tsJson,
  ...webcastQs,
  ...tenKCover,
  ...tenKReimb,
  ...tenKTable,
  ...riskFactors,
  ...mdaTable,
  ...ixbrl,
  ...exhibits,
  ...legal,
  ...tenQ,
  ...eightK,
  ...corresp,
  ...idTitle,
  ...idMarket,
  ...idPathway,
  ...idNotes,
  ...idAppendix,
  ...idEmail,
  ...noteFirst,
  ...noteUtil,
  ...partBCsv,
  ...survey,
  ...modelCsv,
  ...disclosures,
  ...prBody,
  ...prTable,
  ...prBoiler,
  ...kpi,
  ...fireside,
  ...agenda,
  ...irFaq,
  ...irAccordion,
  ...irEvents,
  ...irReply,
  ...guide,
  ...cmsLetter,
];
