import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 138 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s138-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs of the capital, drafting job and request numbers, a legislator id, a proprietary fund code, an MMIS edit rule
 * and a position number, memo, meeting, document, bulletin and filing ids, witness and lobbyist registration and
 * report ids, a FHIR authorization reference, county FIPS codes in a CSV, group numbers and a PO box. The five known codes' digits come back as decoys: a bill draft
 * request number, a fiscal note number, the insurance department's PO box, a witness registration id, a rule docket
 * number, a news story id, a lobbyist registration number, a group number on an ID card and a Medicaid report id.
 *
 * Family: a (fictional) state legislature and its statutes meeting the CPT codes of a pain and peripheral-nerve
 * practice: an interventional pain prior-authorization and step-therapy bill as introduced (line-numbered text, its
 * schedule of procedures, its XML export) and as amended (committee amendment sheet, engrossed text), the draft
 * cover sheet, the legislative services' section-by-section analysis, the fiscal note (header, cost table by fund,
 * assumptions, utilization by code, state employee plan actuarial estimate), the committee hearing (agenda, witness
 * registration list, a pain society's and a health plan's written testimony, minutes), the bill status page (summary
 * block, history of actions, roll call), the session law chapter and the codified statute page, the insurance
 * department's proposed rule notice, rule text, appendix, comment log and concise explanatory statement, its
 * bulletin to carriers, FAQ, data-call CSV template (with an X12 278 counting example) and prior-auth API FHIR
 * example, a news article and its "bill at a glance" box, a lobbyist's one-pager and disclosure report, the Medicaid
 * agency's legislative report (summary, utilization by code, prior-auth volumes, data appendix CSV) and a health
 * plan's provider bulletin on the new law.
 * Built on real public layouts: state legislature bill pages (Montana LAWS "bill history" actions table with
 * journal pages and votes, Washington's "bill digest" and roll-call pages, Texas drafting numbers such as
 * "89R12345 SCL-D"), line-numbered bill text PDFs with "Section 1." and new-language conventions, the fiscal note
 * form (fiscal impact table by fund for FY, assumptions numbered), state administrative register notices (notice of
 * proposed amendment, hearing, comment deadline, docket), Medicaid agencies' legislatively required reports (tables
 * of claims, unique members and paid amount by procedure code), and the insurance department FAQ and bulletin
 * layouts. The others are written the way those pages read, with no single source.
 *
 * 376 labelled tokens over 40 shapes: 241 codes, 135 decoys, 48 of the decoys in KNOWN_10K.
 */

// ── 1. Bill draft cover sheet, text layer (decoy heavy) ──
const draftCover = lines({
  id: 's138-draftcover',
  kind: 's138-bill-draft-request-cover-sheet-text',
  before: 'LEGISLATIVE SERVICES DIVISION — BILL DRAFT REQUEST',
  text: [
    'LC 0719   Draft request no. [64445]   Drafter: K. Ostrowski   Requested by: Rep. Dana Whitcomb',
    '2027 Regular Session   Preintroduction draft 3 of 3   Job no. 90R[12334] KMO-D',
    'Short title: Interventional pain care access; limit prior authorization and step therapy',
    'Fiscal note probable: YES   Agencies notified: State Auditor (CSI), Dept. of Public Health & Human Services',
    'Return to: Legislative Services, Rm 110, State Capitol, PO Box 201706, Harlow, FR [59620]-1706',
    'Cross ref: prior session LC 1442 (died in committee); related draft request [12389]',
    'Earlier requests on this topic: BR [18225] (2025, withdrawn), BR [22457] (2023, tabled in committee)',
  ].join('\n'),
});

// ── 2. Bill text as introduced, line-numbered PDF text layer ──
const billIntro = lines({
  id: 's138-billintro',
  kind: 's138-bill-text-introduced-line-numbered-text',
  before: 'HOUSE BILL NO. 318 INTRODUCED BY D. WHITCOMB, R. ABERNATHY, L. SANDOVAL',
  text: [
    '1   A BILL FOR AN ACT ENTITLED: "AN ACT LIMITING PRIOR AUTHORIZATION AND STEP THERAPY FOR CERTAIN',
    '2   INTERVENTIONAL PAIN AND PERIPHERAL NERVE PROCEDURES; AMENDING SECTION 33-32-402, FCA; AND PROVIDING',
    '3   AN EFFECTIVE DATE."',
    '4',
    '5   BE IT ENACTED BY THE LEGISLATURE OF THE STATE OF FRANKLIN:',
    '6',
    '7   NEW SECTION. Section 1. Definitions. As used in [sections 1 through 5], the following definitions apply:',
    '8   (1) "Peripheral nerve procedure" means a service reported under current procedural terminology code',
    '9   {64445}, {64447}, {64448}, {64632}, {64640}, {64712}, {64713}, or {64714}, or a successor code.',
    '10  (2) "Step therapy protocol" means a protocol that requires a covered person to use a prescribed',
    '11  treatment other than the one recommended by the treating provider before the health insurance issuer',
    '12  provides coverage for the recommended procedure.',
    '13  NEW SECTION. Section 2. Prior authorization prohibited. (1) A health insurance issuer may not require',
    '14  prior authorization for a single-injection peripheral nerve block reported under CPT code {64445}',
    '15  or {64450} when performed in an office or ambulatory surgical center.',
    '16  (2) A health insurance issuer may not require more than one prior authorization per 12-month period for',
    '17  chemodenervation of the facial nerve, CPT {64612}, for a covered person with hemifacial spasm or blepharospasm.',
    '18  NEW SECTION. Section 3. Step therapy limits. A step therapy protocol may not require more than 6',
    '19  weeks of physical therapy (CPT {97110}, {97140}) before coverage of neuroplasty under {64712} or {64714}.',
  ].join('\n'),
});

// ── 3. Bill schedule of procedures, table (headers as the bill prints them) ──
const billSchedule = table({
  id: 's138-billsched',
  kind: 's138-bill-schedule-of-procedures-grid',
  caption: 'Schedule A — Procedures subject to [section 2] and [section 3] (to be codified at 33-32-409)',
  headers: ['Item', 'CPT®', 'Descriptor (abridged)', 'PA limit', 'Max step'],
  rows: [
    ['1', '{64445}', 'Injection, anesthetic agent; sciatic nerve, single', 'None', 'N/A'],
    ['2', '{64447}', 'Injection; femoral nerve, single', 'None', 'N/A'],
    ['3', '{64632}', 'Destruction by neurolytic agent; plantar common digital nerve', '1 per 12 mo', '6 wks orthotics'],
    [
      '4',
      '{64612}',
      'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
      '1 per 12 mo',
      'N/A',
    ],
    ['5', '{64712}', 'Neuroplasty, major peripheral nerve; sciatic nerve', 'Standard', '6 wks PT'],
    ['6', '{64714}', 'Neuroplasty; lumbar plexus', 'Standard', '6 wks PT'],
    [
      '7',
      '{64633}–{64636}',
      'Destruction by neurolytic agent, paravertebral facet joint nerve(s)',
      'Standard',
      '2 MBB',
    ],
  ],
});

// ── 4. Bill XML export (legislature's download), text layer ──
const billXml = lines({
  id: 's138-billxml',
  kind: 's138-bill-xml-download-text',
  before: 'Download: HB0318_01.xml',
  text: [
    '<bill session="2027" chamber="H" number="318" lc="0719" draftNo="[64445]" version="01">',
    '  <section num="2" type="new"><subsection num="1">A health insurance issuer may not require prior',
    '    authorization for a single-injection peripheral nerve block reported under CPT code <cpt>{64445}</cpt>',
    '    or <cpt>{64450}</cpt> when performed in an office or ambulatory surgical center.</subsection>',
    '  <subsection num="2">... chemodenervation of the facial nerve, CPT <cpt>{64612}</cpt> ...</subsection></section>',
    '  <scheduleRow item="5" code="{64712}" limit="Standard" step="6 wks PT"/>',
    '  <scheduleRow item="6" code="{64714}" limit="Standard" step="6 wks PT"/>',
    '  <fiscalNote ref="FN-[64712]" required="true"/><sponsor legId="[04417]">Whitcomb</sponsor>',
    '</bill>',
  ].join('\n'),
});

// ── 5. Committee amendment sheet, text layer ──
const amendSheet = lines({
  id: 's138-amend',
  kind: 's138-committee-amendment-sheet-text',
  before: 'HB 318 — Amendments to introduced bill (white copy) — Requested by Rep. Abernathy, House Business & Labor',
  text: [
    'Amendment HB031801.AKO   Prepared by: Legislative Services   Job [31044]',
    '1. Page 1, line 9.',
    '   Following: "{64640},"',
    '   Strike: "{64712}, {64713}, or {64714}"',
    '   Insert: "{64712} or {64714}"',
    '2. Page 1, line 15.',
    '   Following: "{64450}"',
    '   Insert: "or {64455}"',
    '3. Page 2, line 19.',
    '   Strike: "6 weeks of physical therapy (CPT {97110}, {97140})"',
    '   Insert: "8 weeks of conservative care, which may include physical therapy"',
  ].join('\n'),
});

// ── 6. Engrossed / amended bill text, line-numbered ──
const billAmended = lines({
  id: 's138-billamended',
  kind: 's138-bill-text-engrossed-amended-text',
  before: 'HOUSE BILL NO. 318 — SECOND READING COPY (YELLOW) — As amended in House Business & Labor 2/11/2027',
  text: [
    '8   (1) "Peripheral nerve procedure" means a service reported under current procedural terminology code',
    '9   {64445}, {64447}, {64448}, {64632}, {64640}, {64712} or {64714}, or a successor code.',
    '14  prior authorization for a single-injection peripheral nerve block reported under CPT code {64445},',
    '15  {64450}, or {64455} when performed in an office or ambulatory surgical center.',
    '19  weeks of conservative care, which may include physical therapy, before coverage of {64712}/{64714}.',
    '22  (4) This section does not apply to a health benefit plan issued under 2-18-701 or to coverage provided',
    '23  under Title 53, chapter 6, except that the department shall report utilization of {64632} and {64612}.',
    '- END -   Legislative Services Division   HB0318.02   Job [31044]',
  ].join('\n'),
});

// ── 7. Section-by-section staff analysis, text layer ──
const staffAnalysis = lines({
  id: 's138-analysis',
  kind: 's138-legislative-staff-bill-analysis-text',
  before: 'BILL ANALYSIS — HB 318 (as introduced) — Prepared for House Business & Labor Committee',
  text: [
    'Section 1 defines "peripheral nerve procedure" by listing eight CPT codes, from the sciatic nerve block',
    '({64445}) to lumbar plexus neuroplasty ({64714}). Naming codes in statute means the list will not follow',
    'annual CPT revisions unless the "successor code" clause is read broadly; e.g. when {64632} was revised in',
    'the past, payers continued to apply old criteria. Staff note: {64713} (brachial plexus) appears in section 1',
    'but not in Schedule A. Section 2 bars prior authorization for office nerve blocks {64445} and {64450}.',
    'Section 3 caps step therapy at 6 weeks of PT before {64712}. Analysis file no. [20138]; staff ext. 4-3064.',
  ].join('\n'),
});

// ── 8. Fiscal note header block, text layer (decoy heavy) ──
const fnHeader = lines({
  id: 's138-fnhead',
  kind: 's138-fiscal-note-header-block-text',
  before: 'Fiscal Note 2029 Biennium',
  text: [
    'Bill # HB0318   Title: Limit prior auth/step therapy for interventional pain   FN no. [64712]',
    'Primary Sponsor: Whitcomb, Dana   Status: As Amended in House Committee   Version 2',
    'Agencies: 4110 State Auditor (CSI); 6901 DPHHS; 6101 Dept. of Administration (State Employee Plan)',
    'Fund: [01100] General Fund; [02034] State Special Revenue; [03580] Federal Special Revenue',
    'Significant Local Gov Impact: No   Technical Concerns: Yes   Long-Term Impacts: Yes',
    'Budget Director: signed 02/02/2027   OBPP tracking [27461]   Agency contact: J. Perrault, Harlow, FR [59620]',
  ].join('\n'),
});

// ── 9. Fiscal impact table (dollars with commas; fund codes) ──
const fnTable = table({
  id: 's138-fntable',
  kind: 's138-fiscal-note-impact-by-fund-grid',
  caption: 'FISCAL SUMMARY',
  headers: ['', 'FY 2028 Difference', 'FY 2029 Difference', 'FY 2030 Difference', 'FY 2031 Difference'],
  rows: [
    ['Expenditures:', '', '', '', ''],
    ['General Fund ([01100])', '$412,880', '$441,782', '$472,706', '$505,796'],
    ['State Special Revenue ([02034])', '$1,106,400', '$1,183,848', '$1,266,717', '$1,355,388'],
    ['Federal Special Revenue ([03580])', '$798,120', '$853,988', '$913,767', '$977,731'],
    ['Revenue: Federal Special Revenue ([03580])', '$798,120', '$853,988', '$913,767', '$977,731'],
    ['Net Impact-General Fund Balance:', '($412,880)', '($441,782)', '($472,706)', '($505,796)'],
    ['Proprietary — State Employee Plan ([06559])', '$78,411', '$83,900', '$89,773', '$96,057'],
  ],
});

// ── 10. Fiscal note assumptions, text layer ──
const fnAssumptions = lines({
  id: 's138-fnassume',
  kind: 's138-fiscal-note-assumptions-text',
  before: 'Assumptions: Department of Public Health & Human Services (Medicaid)',
  text: [
    '3. In FY 2026 Medicaid paid 2,914 claims for {64445} and 611 for {64450}; removing prior authorization is',
    '   expected to raise volume 12%, at an average allowed amount of $118.42 (Medicaid fee schedule).',
    '4. Neuroplasty of the sciatic nerve ({64712}) and lumbar plexus ({64714}) is low volume (fewer than 40',
    '   claims a year); the step therapy limit in Section 3 is assumed to shift 8 cases a year earlier.',
    '5. Chemodenervation {64612} is billed with the drug (J0585); PA frequency change saves 0.25 FTE of',
    '   utilization review staff at $31,840 per year. Position no. [80049] would be repurposed.',
    '6. System changes to the MMIS edit table (rule [45022]) are estimated at 320 contractor hours at $142/hr.',
    '   (vendor change order CO-[24816]; the PA bypass for {64445} and {64450} is a POS-based edit, not a new code).',
  ].join('\n'),
});

// ── 11. Fiscal note utilization by code table ──
const fnUtil = table({
  id: 's138-fnutil',
  kind: 's138-fiscal-note-utilization-by-code-grid',
  caption: 'Table 2. Baseline utilization, affected procedure codes, FY 2026 (Medicaid and State Employee Plan)',
  headers: ['Proc', 'Medicaid clms', 'Medicaid paid', 'SEP clms', 'SEP paid', 'Est. FY28 incr.'],
  rows: [
    ['{64445}', '2,914', '$345,076', '388', '$212,930', '$58,410'],
    ['{64447}', '1,220', '$139,080', '174', '$96,744', '$21,006'],
    ['{64450}', '611', '$38,893', '95', '$17,385', '$6,754'],
    ['{64632}', '142', '$11,218', '61', '$14,457', '$3,102'],
    ['{64612}', '486', '$64,152', '77', '$31,339', '$11,770'],
    ['{64712}', '23', '$16,468', '9', '$14,292', '$4,880'],
    ['{64714}', '11', '$9,614', '4', '$7,708', '$2,610'],
  ],
});

// ── 12. State employee plan actuarial estimate, table ──
const sepActuary = table({
  id: 's138-sepact',
  kind: 's138-state-employee-plan-actuarial-estimate-grid',
  caption: 'Attachment B — Actuarial memo, State Employee Group Benefit Plan (group no. 64632) — PMPM impact',
  headers: ['Provision', 'Codes', 'Members', 'PMPM', 'Annual'],
  rows: [
    ['Sec. 2(1) no PA, nerve block', '{64445}, {64450}, {64455}', '31,204', '$0.11', '$41,189'],
    ['Sec. 2(2) PA once/yr', '{64612}', '31,204', '$0.03', '$11,233'],
    ['Sec. 3 step therapy cap', '{64712} {64714}', '31,204', '$0.02', '$7,489'],
    ['Admin (system, notices)', '—', '—', '—', '$18,500'],
    ['Memo ref. [87038]; prepared 01/29/2027', '', '', '', ''],
  ],
});

// ── 13. Committee hearing agenda, text layer ──
const agenda = lines({
  id: 's138-agenda',
  kind: 's138-committee-hearing-agenda-text',
  before: 'HOUSE BUSINESS AND LABOR COMMITTEE — AGENDA — Tuesday, February 4, 2027, 8:00 A.M., Room 172',
  text: [
    'HEARINGS:',
    'HB 301  Revise insurance producer licensing (Rep. Mercer)',
    'HB 318  Limit prior authorization and step therapy for interventional pain procedures (Rep. Whitcomb)',
    '        Note: proponents please register online; written testimony by 5 p.m. the day before. Meeting ID [59621]',
    "HB 322  Generally revise workers' compensation medical fee schedule (Rep. Tran)",
    'EXECUTIVE ACTION: HB 255, HB 270',
    'Committee secretary: Pam Ruegg, Rm 172, State Capitol, Harlow, FR [59620]; committee file [16030]',
    'Remote testimony via Zoom webinar [87036] 4410 9921; listen at legislature.fr.gov/live, channel 12',
  ].join('\n'),
});

// ── 14. Witness registration list, table ──
const witnesses = table({
  id: 's138-witness',
  kind: 's138-hearing-witness-registration-grid',
  caption: 'Witness registrations — HB 318 — 02/04/2027',
  headers: ['Reg ID', 'Name', 'Representing', 'Position', 'Testify'],
  rows: [
    ['[64632]', 'Marisol Keane, MD', 'Franklin Society of Interventional Pain Physicians', 'Support', 'In person'],
    ['[64637]', 'Greg Halvorsen', 'Franklin Podiatric Medical Assn.', 'Support', 'Written'],
    ['[64641]', 'Teresa Lund', 'Big Sky Mutual Health Plan', 'Oppose', 'In person'],
    ['[64650]', 'Alan Reyes', 'Franklin Assn. of Health Plans', 'Oppose', 'Remote'],
    ['[64652]', 'Jo Ellen Parr', 'self (patient, Kellsburg [59901])', 'Support', 'Remote'],
    ['[64660]', 'Derek Moss', 'Office of the Commissioner of Securities & Insurance', 'Informational', 'In person'],
    ['[64671]', 'Kyle Brandt, DPM', 'self, Cascade Falls podiatry (ZIP [59405])', 'Support', 'Written'],
    ['[64673]', 'Rosa Delgado', 'Franklin Hospital Assn.', 'Support if amended', 'Written'],
    ['[64688]', 'Ben Ostrander', 'National Assn. of Benefits Administrators', 'Oppose', 'Written'],
  ],
});

// ── 15. Pain society written testimony (letter), text layer ──
const painTestimony = lines({
  id: 's138-paintest',
  kind: 's138-pain-society-written-testimony-letter-text',
  before: 'FRANKLIN SOCIETY OF INTERVENTIONAL PAIN PHYSICIANS — 2200 N. Last Chance Gulch, Ste 4, Harlow, FR 59601',
  text: [
    'February 3, 2027',
    'Chair Lindqvist and Members of the House Business and Labor Committee:',
    'I am a board-certified pain physician in Harlow and I write in support of HB 318. Every week my office asks',
    'permission to do a sciatic nerve block (CPT {64445}) that takes ten minutes and costs the plan about $120.',
    'Last year one plan pended 41 of our requests for {64445} and {64447}; the median wait was 9 business days.',
    "For patients with Morton's neuroma we are told to fail orthotics and steroid injections ({20550}) before",
    'neurolysis ({64632}) is approved, even when the podiatrist has documented both. Botulinum toxin for',
    'hemifacial spasm, {64612}, is re-authorized every 90 days although the diagnosis never changes.',
    'Our survey of 26 member practices (n = 1,904 requests) is attached as Exhibit 2. Witness reg. [64632].',
    'Respectfully, Marisol Keane, MD, President',
    'cc: FSIPP Legislative Committee · Exhibit 2 (survey, file [33045]) · Exhibit 3 (payer PA lists, [33046])',
  ].join('\n'),
});

// ── 16. Health plan written testimony (opposition), text layer ──
const planTestimony = lines({
  id: 's138-plantest',
  kind: 's138-health-plan-opposition-testimony-text',
  before: 'Big Sky Mutual Health Plan — Testimony in Opposition to HB 318 — Teresa Lund, VP Government Affairs',
  text: [
    'Prior authorization for peripheral nerve procedures is a small part of our program, but it works.',
    'In 2026 we reviewed 3,318 requests for the codes in Schedule A. For {64712} and {64714}, 31% were',
    'withdrawn or modified after peer-to-peer review, most often because imaging did not support neuroplasty.',
    'Writing CPT codes into statute is a problem: CPT is revised every January. When the AMA deletes or',
    'renumbers a code such as {64632}, the statute will point at nothing until the Legislature returns.',
    'We also note that {64445} is commonly billed with {64448} and {64447} on the same day; section 2 would',
    'remove our only tool to catch unbundling. Plan HQ: 1501 Euclid Ave, Harlow, FR [59602]; NAIC [60093].',
  ].join('\n'),
});

// ── 17. Hearing minutes, text layer ──
const minutes = lines({
  id: 's138-minutes',
  kind: 's138-committee-hearing-minutes-text',
  before: 'MINUTES — HOUSE COMMITTEE ON BUSINESS AND LABOR — February 4, 2027 — Audio [00:42:10] to [01:31:55]',
  text: [
    'Hearing on HB 318. Rep. Whitcomb, HD 52, opened. Exhibit 1 (fiscal note FN [64712]) and Exhibit 2 (FSIPP survey).',
    'Proponents: Dr. Keane (FSIPP) said the block {64445} is denied more than any other code in her office.',
    'Rep. Tran asked why {64612} is in a pain bill. Dr. Keane: facial chemodenervation is done in the same clinics.',
    'Opponents: Ms. Lund (Big Sky Mutual) said {64712}/{64714} reviews save money; Mr. Reyes (FAHP) opposed.',
    'Informational: Mr. Moss (CSI) said the Commissioner would adopt rules by 10/1/2027; CSI file [20175].',
    'Rep. Abernathy closed. Hearing closed at 9:31 a.m. Minutes approved 2/11/2027. Recording [12346].',
  ].join('\n'),
});

// ── 18. Bill status summary block, text layer ──
const statusSummary = lines({
  id: 's138-status',
  kind: 's138-bill-status-summary-block-text',
  before: 'Bill Status — HB 318 — 2027 Regular Session',
  text: [
    'LC Number: LC0719   Draft request: [64445]   Bill type: House Bill   Chapter number: 214',
    'Short title: Limit prior authorization/step therapy for interventional pain procedures (CPT {64445}, {64712})',
    'Primary sponsor: Dana Whitcomb (R) HD 52   Requester: Legislator   Fiscal note: FN[64712] (Version 2)',
    'Current status: Chapter Number Assigned 04/17/2027   Effective date: 01/01/2028',
    'Statutes amended: 33-32-402   New sections codified: 33-32-405 through 33-32-409',
    'Companion: SB 144 (LC 1873)   Secretary of State filing [31052]   Bill text PDF [44102] KB   Subscribe to alerts',
  ].join('\n'),
});

// ── 19. Bill history of actions, table ──
const history = table({
  id: 's138-history',
  kind: 's138-bill-status-history-actions-grid',
  caption: 'Bill Actions',
  headers: ['Action', 'Date', 'Votes Yes', 'Votes No', 'Committee', 'Journal'],
  rows: [
    ['Introduced', '01/22/2027', '', '', '', 'H 418'],
    ['Referred to Committee', '01/22/2027', '', '', '(H) Business and Labor', 'H 418'],
    ['Fiscal Note Requested (FN [64712])', '01/23/2027', '', '', '', ''],
    ['Hearing', '02/04/2027', '', '', '(H) Business and Labor', ''],
    ['Committee Executive Action — Bill Passed as Amended', '02/11/2027', '13', '6', '(H) Business and Labor', 'H 702'],
    ['2nd Reading Passed as Amended (amd HB031801.AKO: strike {64713})', '02/18/2027', '71', '29', '', 'H 871'],
    ['3rd Reading Passed', '02/19/2027', '69', '31', '', 'H 902'],
    ['Transmitted to Senate', '02/20/2027', '', '', '', ''],
    [
      '(S) Hearing — amendment adding {64455} rejected',
      '03/17/2027',
      '',
      '',
      '(S) Business, Labor, and Economic Affairs',
      '',
    ],
    ['Chapter Number Assigned', '04/17/2027', '', '', '', 'Ch. 214'],
  ],
});

// ── 20. Roll call vote page, text layer ──
const rollCall = lines({
  id: 's138-rollcall',
  kind: 's138-roll-call-vote-page-text',
  before: 'HOUSE OF REPRESENTATIVES — VOTE TABULATION — February 18, 2027 1:47 p.m.',
  text: [
    'HB 318 — 2nd Reading Passed as Amended — Vote seq. [20158]   Motion by Rep. Abernathy',
    'Amendment HB031801.AKO: removes {64713} from section 1; adds {64455} to section 2(1).',
    'Yeas: 71   Nays: 29   Excused: 0   Absent: 0',
    'Y Abernathy   Y Baird   N Castellano   Y Dorsey   N Ebeling   Y Fairbanks   ...',
    'Electronic vote record [20158]-H; certified by Chief Clerk of the House.',
    'Legislative day 38 · House Journal ref. H-[26719] · posted 2/18/2027 1:52 p.m. · PDF file [13318]',
  ].join('\n'),
});

// ── 21. Session law chapter (slip law), text layer ──
const sessionLaw = lines({
  id: 's138-chapter',
  kind: 's138-session-law-chapter-slip-text',
  before: 'LAWS OF FRANKLIN 2027 — CHAPTER NO. 214 — [HB 318]',
  text: [
    'AN ACT LIMITING PRIOR AUTHORIZATION AND STEP THERAPY FOR CERTAIN INTERVENTIONAL PAIN AND PERIPHERAL',
    'NERVE PROCEDURES; AMENDING SECTION 33-32-402, FCA; AND PROVIDING AN EFFECTIVE DATE.',
    'Section 1. ... "Peripheral nerve procedure" means a service reported under current procedural terminology',
    'code {64445}, {64447}, {64448}, {64632}, {64640}, {64712} or {64714}, or a successor code.',
    'Section 2. (1) ... CPT code {64445}, {64450}, or {64455} ... (2) ... CPT {64612} ...',
    'Approved April 16, 2027. Filed with Secretary of State April 17, 2027. Document [20196].',
  ].join('\n'),
});

// ── 22. Codified statute page (annotated code online), text layer ──
const statute = lines({
  id: 's138-statute',
  kind: 's138-codified-statute-section-page-text',
  before: 'Franklin Code Annotated 2027 > TITLE 33. INSURANCE > CHAPTER 32. HEALTH CARE UTILIZATION REVIEW > Part 4',
  text: [
    '33-32-406. Prior authorization prohibited for certain nerve blocks. (1) A health insurance issuer may not',
    'require prior authorization for a single-injection peripheral nerve block reported under CPT code {64445},',
    '{64450}, or {64455} when performed in an office or ambulatory surgical center.',
    '(2) A health insurance issuer may not require more than one prior authorization in a 12-month period',
    'for chemodenervation of the facial nerve, CPT {64612}, for a covered person with hemifacial spasm.',
    'History: En. Sec. 2, Ch. 214, L. 2027.',
    'Cross-References: Peripheral nerve procedure defined, 33-32-405. Step therapy, 33-32-407 ({64712}, {64714}).',
  ].join('\n'),
});

// ── 23. Register notice of proposed rule, text layer ──
const regNotice = lines({
  id: 's138-regnotice',
  kind: 's138-administrative-register-proposed-rule-notice-text',
  before: 'FRANKLIN ADMINISTRATIVE REGISTER — Issue No. 14 — July 23, 2027 — Page 1288',
  text: [
    'BEFORE THE COMMISSIONER OF SECURITIES AND INSURANCE, STATE AUDITOR — Docket No. INS-2027-[64714]',
    'In the matter of the adoption of NEW RULES I through VI pertaining to prior authorization and step therapy',
    'for peripheral nerve procedures (Ch. 214, L. 2027, codes {64445} through {64714} as listed in 33-32-405)',
    '1. On August 19, 2027, at 10:00 a.m., a public hearing will be held in Room 260, 840 Helena Ave., Harlow.',
    '2. Concerned persons may submit comments to Kari Nolte, PO Box [64612], Harlow, FR [59604]-4612,',
    '   or by e-mail to csirules@fr.gov, no later than 5:00 p.m., August 27, 2027.',
    '3. The rule implements 33-32-405 through 33-32-409, FCA; AUTH: 33-1-313; IMP: 33-32-406, 33-32-407.',
  ].join('\n'),
});

// ── 24. Proposed rule text, text layer ──
const ruleText = lines({
  id: 's138-ruletext',
  kind: 's138-proposed-rule-text-new-rules-text',
  before: 'NEW RULE II  PRIOR AUTHORIZATION — EXEMPT NERVE BLOCKS',
  text: [
    '(1) An issuer may not pend, delay, or deny a claim for {64445}, {64450}, or {64455} for lack of prior',
    'authorization when the place of service on the claim is 11 (office) or 24 (ambulatory surgical center).',
    '(2) Where {64445} is reported with an add-on or with {64448} on the same date, the issuer may apply its',
    'ordinary bundling edits but may not require prior authorization for either service.',
    'NEW RULE III  STEP THERAPY LIMITS — NEUROPLASTY',
    '(1) For {64712} and {64714}, conservative care of 8 weeks documented in the record satisfies any step.',
    '(2) For neurolytic destruction, plantar common digital nerve ({64632}), documented orthotic use of 6 weeks',
    'and one corticosteroid injection ({20550} or {20526}) satisfies any step therapy protocol.',
  ].join('\n'),
});

// ── 25. Rule appendix table (no header on the code column) ──
const ruleAppendix = table({
  id: 's138-ruleapp',
  kind: 's138-rule-appendix-code-step-table-grid',
  caption: 'APPENDIX A to NEW RULE III — Procedures and maximum step therapy',
  headers: ['', 'Procedure', 'Step the issuer may require', 'Max duration'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic nerve', 'PT ({97110}, {97140}, {97530}) or HEP', '8 weeks'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'PT or chiropractic ({98940}–{98942})', '8 weeks'],
    ['{64632}', 'Neurolysis, plantar common digital', 'Orthotics; 1 injection ({20550})', '6 weeks'],
    ['{64612}', 'Chemodenervation, facial nerve, unilat.', 'None permitted', '—'],
    ['{64640}', 'Neurolysis, other peripheral nerve', 'Diagnostic block ({64450})', '1 block'],
  ],
});

// ── 26. Public comment log with agency response, table ──
const commentLog = table({
  id: 's138-comments',
  kind: 's138-rule-public-comment-response-log-grid',
  caption: "Summary of comments received — Docket INS-2027-64714 — and Commissioner's responses",
  headers: ['No.', 'Commenter', 'Comment (summarized)', 'Response'],
  rows: [
    [
      '1',
      'FAHP',
      'NEW RULE II(1) should let issuers require PA when {64445} is billed more than 4 times in 30 days.',
      'Not adopted; the statute has no frequency exception for {64445}.',
    ],
    [
      '2',
      'FSIPP',
      'Add ultrasound guidance ({76942}) so it is not pended separately from the block.',
      'Adopted in part: guidance billed with an exempt block is not subject to PA.',
    ],
    [
      '3',
      'Big Sky Mutual',
      'Successor codes: ask the Commissioner to publish a crosswalk each January (e.g. if {64632} is revised).',
      'Adopted; see NEW RULE VI. Bulletin ref. [31060].',
    ],
    ['4', 'Podiatric Medical Assn.', 'Clarify that {64632} counts per nerve, not per foot.', 'Adopted.'],
    ['5', 'Anonymous (web form [50042])', 'Opposes the rule.', 'Noted.'],
    [
      '6',
      'Harlow Orthopedic Clinic',
      'Include {64708} and {64718} in NEW RULE III.',
      'Not adopted; outside 33-32-405. Ref [52218].',
    ],
  ],
});

// ── 27. Concise explanatory statement / notice of adoption, text layer ──
const adoption = lines({
  id: 's138-adoption',
  kind: 's138-notice-of-adoption-statement-text',
  before: 'NOTICE OF ADOPTION — Docket INS-2027-64714 — Register Issue No. 20, October 15, 2027, page 1874',
  text: [
    'The Commissioner has adopted NEW RULES I through VI as proposed, with the following changes (new matter',
    'underlined, deleted matter interlined in the printed Register):',
    'NEW RULE II (2) Where {64445} is reported with {76942} or with {64448} on the same date, the issuer may apply',
    'its ordinary bundling edits but may not require prior authorization for either service.',
    'NEW RULE VI (1) By January 15 each year the Commissioner shall publish a bulletin listing any successor',
    'codes to those in 33-32-405 (currently {64445}, {64447}, {64448}, {64632}, {64640}, {64712}, {64714}).',
    'Effective: January 1, 2028. SOS filing nos. [50015] through [50020] (ARM 6.6.6101–6.6.6106).',
    'MAR Notice No. 6-266. Certified to the Secretary of State October 6, 2027; transmittal [31290].',
  ].join('\n'),
});

// ── 28. Insurance department bulletin to carriers, text layer ──
const bulletin = lines({
  id: 's138-bulletin',
  kind: 's138-insurance-department-carrier-bulletin-text',
  before: 'OFFICE OF THE COMMISSIONER OF SECURITIES & INSURANCE — ADVISORY BULLETIN 2027-09',
  text: [
    'TO: All health insurance issuers and utilization review organizations licensed in Franklin',
    'RE: Implementation of Ch. 214, L. 2027 (HB 318) — prior authorization for nerve blocks and step therapy',
    'Beginning with dates of service on or after 1/1/2028, issuers must remove {64445}, {64450} and {64455}',
    'from prior authorization lists for POS 11 and 24 and update provider manuals by 11/30/2027.',
    'Issuers shall certify compliance on Form CSI-PA-7 (filing code [31066]) by December 15, 2027.',
    'Questions: Life & Health Forms, PO Box [64612], Harlow, FR [59604]; 1-800-332-6148. Bulletin no. [12374].',
  ].join('\n'),
});

// ── 29. Insurance department FAQ, text layer ──
const faq = lines({
  id: 's138-faq',
  kind: 's138-insurance-department-faq-page-text',
  before: 'Frequently Asked Questions: Prior Authorization and Step Therapy for Peripheral Nerve Procedures (HB 318)',
  text: [
    'Q: Does the law apply to continuous sciatic catheters?',
    'A: No. Only the single-injection block, CPT {64445}, is exempt. Continuous infusion ({64446}) may still need PA.',
    'Q: My plan asks for PA on {64612} every 90 days. Is that allowed?',
    'A: For dates on or after 1/1/2028, one authorization covers 12 months for hemifacial spasm. Complaint ref [45032].',
    'Q: Is a self-funded employer plan covered?',
    'A: No; ERISA plans are not subject to state law. Check your ID card: "GRP [64632] ASO" means self-funded.',
    'Q: What if my surgeon bills {64712} with {64704} or {64708}?',
    "A: The step therapy limit applies to {64712} and {64714} only; other codes follow the plan's usual rules.",
    'Still have questions? Consumer Services 1-800-332-6148 · Complaint form CSI-[29907] · Page updated 12/01/2027',
  ].join('\n'),
});

// ── 30. Insurance department data call: CSV template with example rows, text layer ──
const dataCall = lines({
  id: 's138-datacall',
  kind: 's138-insurance-data-call-csv-template-text',
  before: 'Attachment 2 to Bulletin 2027-09 — PA_DATA_CALL_2028Q1.csv — one row per issuer, CPT code and month',
  text: [
    'NAIC_CO_CODE,ISSUER,MARKET,CPT,MONTH,PA_REQ,PA_APPROVED,PA_DENIED,PEND_DAYS_MEDIAN,STEP_REQ',
    '[60093],Big Sky Mutual Health Plan,IND,{64445},2028-01,0,0,0,0,N',
    '[60093],Big Sky Mutual Health Plan,SG,{64612},2028-01,14,13,1,3,N',
    '[60093],Big Sky Mutual Health Plan,LG,{64712},2028-01,2,2,0,6,Y',
    '[95731],Franklin State HMO Inc,IND,{64714},2028-01,1,0,1,11,Y',
    '[95731],Franklin State HMO Inc,LG,{64632},2028-01,7,6,1,4,Y',
    '[60217],Harlow Area Health Cooperative,SG,{64640},2028-01,5,5,0,2,Y',
    '[60217],Harlow Area Health Cooperative,SG,{64450},2028-01,0,0,0,0,N',
    '# Requests received as X12 278: count each HI*BO code (e.g. HI*BO:{64445}) once per review event',
    '# e.g. UM*HS*I*3*11:B~HI*BO:{64712}::D8:20280112~SV1*HC:{64712}*0*UN*1~ = 1 request, LG, {64712}',
  ].join('\n'),
});

// ── 31. Prior-auth API example (FHIR JSON) in the department's technical guidance, text layer ──
const fhir = lines({
  id: 's138-fhir',
  kind: 's138-prior-auth-api-fhir-example-text',
  before: 'Technical guidance, section 4: Coverage Requirements Discovery response for an exempt code (example)',
  text: [
    '{ "resourceType": "ClaimResponse", "id": "pa-[20062]", "status": "active", "use": "preauthorization",',
    '  "item": [ { "itemSequence": 1, "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt",',
    '    "code": "{64445}", "display": "Injection, anesthetic agent; sciatic nerve, single" } ] },',
    '    "adjudication": [ { "category": { "text": "No authorization required — 33-32-406 FCA" } } ] },',
    '  { "itemSequence": 2, "productOrService": { "coding": [ { "code": "{64712}" } ] },',
    '    "extension": [ { "url": "http://csi.fr.gov/fhir/step-therapy-max-weeks", "valueInteger": 8 } ] } ],',
    '  "preAuthRef": "[87043]-01", "patient": { "reference": "Patient/[40094]" } }',
  ].join('\n'),
});

// ── 32. News article, text layer ──
const news = lines({
  id: 's138-news',
  kind: 's138-statehouse-news-article-text',
  before: 'Franklin Capitol Bureau > Health > Legislature 2027   https://fcbnews.org/2027/02/19/story-64712',
  text: [
    'House passes bill to curb "prior auth" for pain shots, 69-31',
    'By Rachel Ambrose, Capitol Bureau  Feb 19, 2027 · Updated 6:12 p.m. · Story [64712]',
    'HARLOW — A bill that would bar insurers from requiring advance approval for common nerve blocks cleared the',
    'House on Thursday. House Bill 318 lists procedures by their billing codes, among them {64445}, a single',
    'injection that numbs the sciatic nerve, and {64612}, Botox injections for facial spasms.',
    'An amendment struck brachial plexus surgery (code {64713}) after insurers said it was rarely disputed.',
    "The Legislature's fiscal note estimates a cost of about $412,000 to the general fund in the first year.",
    'Big Sky Mutual, which covers about 61,000 Franklinites, said codes "do not belong in the law books."',
    'Related: Insurers push back on nerve-block bill (story [63918]) · Pain clinics say waits grow (story [62774])',
    'Capitol Bureau, 1 N. Last Chance Gulch, Harlow, FR [59601] · Tips: 406-555-0119 · Corrections policy [19224]',
  ].join('\n'),
});

// ── 33. "Bill at a glance" sidebar box, table ──
const glance = table({
  id: 's138-glance',
  kind: 's138-news-bill-at-a-glance-sidebar-grid',
  caption: 'BILL AT A GLANCE',
  headers: ['', ''],
  rows: [
    ['Bill', 'HB 318, "Interventional pain care access"'],
    ['Sponsor', 'Rep. Dana Whitcomb, R-Harlow'],
    ['What it does', 'No prior auth for nerve blocks ({64445}, {64450}); step therapy capped before {64712}'],
    ['House vote', '69-31 (Feb. 19)'],
    ['Cost', '$412,880 general fund, FY 2028 (fiscal note [64712])'],
    ['Next', 'Senate Business, Labor & Economic Affairs; hearing not yet set'],
  ],
});

// ── 34. Lobbyist one-pager, text layer ──
const onePager = lines({
  id: 's138-onepager',
  kind: 's138-lobbyist-one-pager-talking-points-text',
  before: "SUPPORT HB 318 — Patients shouldn't wait weeks for a 10-minute nerve block",
  text: [
    'THE PROBLEM',
    '• Sciatic nerve block ({64445}): median 9-day PA wait in our survey; 96% eventually approved.',
    '• Morton\'s neuroma neurolysis ({64632}): plans require 3 "steps" that podiatrists already tried.',
    '• Facial chemodenervation (CPT {64612}) re-authorized 4x a year for a lifelong condition.',
    'WHAT HB 318 DOES: ends PA for office blocks {64445}/{64450}; one PA a year for {64612}; caps PT',
    'step therapy before {64712} and {64714} at 6 weeks. No new mandate; no new covered benefit.',
    'Contact: Peak Public Affairs — Lindsey Marsh, lobbyist reg. no. [64714] — 406-555-0148',
    'Paid for by the Franklin Society of Interventional Pain Physicians, Harlow, FR [59635]',
  ].join('\n'),
});

// ── 35. Lobbyist disclosure report (principal's expenditures), table ──
const lobbyReport = table({
  id: 's138-lobbyrpt',
  kind: 's138-lobbyist-principal-disclosure-report-grid',
  caption: 'Form L-5 Principal Quarterly Report — Franklin Society of Interventional Pain Physicians — Q1 2027',
  headers: ['Lobbyist', 'Reg. No.', 'Bill(s)', 'Position', 'Payments', 'Report ID'],
  rows: [
    ['Marsh, Lindsey (Peak Public Affairs)', '[64714]', 'HB 318', 'Support', '$18,000.00', '[70418]'],
    ['Marsh, Lindsey (Peak Public Affairs)', '[64714]', 'SB 144', 'Monitor', '$0.00', '[70418]'],
    ['Keane, Marisol (unpaid)', '[12302]', 'HB 318', 'Support', '$0.00', '[70059]'],
    ['Printing — one-pagers, HB 318 (CPT {64445} handout)', '', '', '', '$612.40', '[70059]'],
    ['Reyes, Alan (FAHP)', '[27305]', 'HB 318; SB 144', 'Oppose', '$22,500.00', '[70421]'],
    ['Lund, Teresa (Big Sky Mutual)', '[16544]', 'HB 318', 'Oppose', '$9,750.00', '[70433]'],
  ],
});

// ── 36. Medicaid agency legislative report, executive summary, text layer ──
const mcdSummary = lines({
  id: 's138-mcdsum',
  kind: 's138-medicaid-legislative-report-summary-text',
  before: 'Report to the Children, Families, Health, and Human Services Interim Committee — pursuant to 33-32-406(4)',
  text: [
    'DPHHS Health Resources Division   Report no. [64445]   September 2028   Page 3 of 22',
    'Franklin Medicaid is not subject to Ch. 214, L. 2027, but section 2(4) asks the Department to report',
    'utilization of neurolytic destruction of the plantar common digital nerve ({64632}) and facial nerve',
    'chemodenervation ({64612}) so the Committee can compare Medicaid with the commercial market.',
    'In SFY 2028, {64632} was billed on 158 claims for 71 members; {64612} on 512 claims for 139 members.',
    'The Department also reports {64445} and {64712}/{64714} for context (Table 3). Data pulled from MMIS',
    'on 08/02/2028, query [31077]; claims with dates of service 7/1/2027–6/30/2028, paid through 7/31/2028.',
    'Prepared under UM contract [18862] and DSS data agreement [38117]; Cogswell Bldg, 1400 Broadway, Harlow, FR [59620]',
  ].join('\n'),
});

// ── 37. Medicaid report utilization by procedure code, table ──
const mcdUtil = table({
  id: 's138-mcdutil',
  kind: 's138-medicaid-report-utilization-by-code-grid',
  caption: 'Table 3. Utilization and expenditures by procedure code, SFY 2027 vs SFY 2028',
  headers: ['Procedure Code', 'Short Description', 'Claims SFY27', 'Claims SFY28', 'Members SFY28', 'Paid SFY28'],
  rows: [
    ['{64445}', 'N BLOCK INJ SCIATIC SNG', '2,914', '3,207', '1,688', '$379,784'],
    ['{64447}', 'N BLOCK INJ FEMORAL SINGLE', '1,220', '1,301', '1,009', '$148,314'],
    ['{64632}', 'N BLOCK PLANTAR DIGIT', '142', '158', '71', '$12,482'],
    ['{64612}', 'DESTROY NERVE FACE MUSCLE', '486', '512', '139', '$67,584'],
    ['{64712}', 'REVISION OF SCIATIC NERVE', '23', '21', '21', '$15,036'],
    ['{64714}', 'REVISE LOW BACK NERVE(S)', '11', '13', '13', '$11,362'],
    ['Total', '', '4,796', '5,212', '—', '$634,562'],
  ],
});

// ── 38. Medicaid prior-authorization volumes by code, table ──
const mcdPa = table({
  id: 's138-mcdpa',
  kind: 's138-medicaid-report-prior-auth-volume-grid',
  caption: 'Table 4. Prior authorization requests (Acumen UM Services contract no. 20122), SFY 2028',
  headers: ['HCPCS/CPT', 'Requests', 'Approved', 'Denied', 'Withdrawn', 'Avg days'],
  rows: [
    ['{64632}', '166', '149', '9', '8', '4.2'],
    ['{64612}', '188', '183', '2', '3', '2.9'],
    ['{64712}', '24', '19', '3', '2', '6.8'],
    ['{64714}', '15', '12', '2', '1', '7.4'],
    ['{64633}-{64636}', '402', '341', '44', '17', '5.1'],
    ['{64445} (no PA since 7/1/2024)', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'],
  ],
});

// ── 39. Medicaid report data appendix, CSV export, text layer ──
const mcdCsv = lines({
  id: 's138-mcdcsv',
  kind: 's138-medicaid-report-data-appendix-csv-text',
  before: 'Appendix C (machine-readable): HB318_util_SFY28.csv',
  text: [
    'SFY,PROC_CD,MOD,PROV_TYPE,CLAIM_CT,MEMBER_CT,PAID_AMT,COUNTY_FIPS',
    '2028,{64445},,MD,3207,1688,379784.00,[30049]',
    '2028,{64612},RT,MD,266,139,[35141].20,[30013]',
    '2028,{64612},LT,MD,246,139,[32442].80,[30013]',
    '2028,{64632},,DPM,158,71,[12482].00,[30111]',
    '2028,{64712},,MD,21,21,[15036].00,[30063]',
    '2028,{64714},,MD,13,13,[11362].00,[30031]',
    '2028,{64447},,CRNA,418,402,[46210].56,[30049]',
    '2028,{64447},,MD,883,607,[98120].44,[30111]',
    '2027,{64632},,DPM,142,66,[11830].25,[30089]',
    '# Report [64445] appendix; suppression: counts under 11 shown as *; FIPS [30049] = Lewis & Clark',
  ].join('\n'),
});

// ── 40. Health plan provider bulletin about the new law, text layer ──
const planBulletin = lines({
  id: 's138-planbulletin',
  kind: 's138-health-plan-provider-bulletin-new-law-text',
  before: 'Big Sky Mutual Provider News — December 2027 — State law changes effective January 1, 2028',
  text: [
    'Franklin HB 318 (Ch. 214, L. 2027): what changes for fully insured Franklin members',
    'Prior authorization removed, POS 11/24: {64445}, {64450}, {64455}. Other places of service: no change.',
    'Chemodenervation, facial nerve ({64612}, with J0585/J0586): one authorization per 12 months.',
    'Neuroplasty {64712} / {64714}: we will accept 8 weeks of documented conservative care in place of',
    'our prior 12-week PT requirement. Continue to submit op notes for {64708} and {64713}.',
    'ASO/self-funded groups (e.g. group [41877], group [31046]) keep their current rules unless the employer opts in.',
    'Modifier 50 is not accepted on neuroplasty; bill RT {64712} and LT {64712} as two lines.',
    'Billing example (no auth number needed, POS 11): line 1 {64612}-RT, line 2 {64612}-LT, J0585 x 50 units.',
    'Example 2: {64445} 59 with {64448} on the same date still follows NCCI; claim [21907] paid both lines.',
    'Questions: Provider Services, PO Box [30781], Harlow, FR [59621]. Bulletin PB-[12397].',
  ].join('\n'),
});

export const sealed138: Snippet[] = [
  ...draftCover,
  ...billIntro,
  ...billSchedule,
  ...billXml,
  ...amendSheet,
  ...billAmended,
  ...staffAnalysis,
  ...fnHeader,
  ...fnTable,
  ...fnAssumptions,
  ...fnUtil,
  ...sepActuary,
  ...agenda,
  ...witnesses,
  ...painTestimony,
  ...planTestimony,
  ...minutes,
  ...statusSummary,
  ...history,
  ...rollCall,
  ...sessionLaw,
  ...statute,
  ...regNotice,
  ...ruleText,
  ...ruleAppendix,
  ...commentLog,
  ...adoption,
  ...bulletin,
  ...faq,
  ...dataCall,
  ...fhir,
  ...news,
  ...glance,
  ...onePager,
  ...lobbyReport,
  ...mcdSummary,
  ...mcdUtil,
  ...mcdPa,
  ...mcdCsv,
  ...planBulletin,
];
