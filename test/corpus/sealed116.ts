import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 116 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s116-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * the plan's ZIPs, committee meeting, materials-packet and disclosure-form numbers, employee and reviewer ids, saved
 * searches and search record counts, reference-manager ids, a claim-line count and an allowed amount, claim-edit rule
 * ids, policy-system policy ids and task ids, crosswalk rows, a public comment id, a PDF form number, an archived
 * policy number, and a test claim's ZIP and clearinghouse claim id. The five known codes' digits come back as decoys:
 * a meeting dial-in access code, a committee action's work item and a policy-system task id, a podiatry consultant's
 * contract number, a policy FAQ article id and a specialty society's PO box, an assessment document id, an
 * independent review organisation's PO box and a test claim's group number, a public comment id, and the
 * provider-services PO box in a provider notice.
 *
 * Family: a commercial payer's medical policy development and technology assessment around peripheral-nerve policies
 * (sciatic and lumbar plexus neuroplasty, endoscopic sciatic decompression, Morton neuroma treatments, facial-nerve
 * chemodenervation, sciatic nerve blocks): the medical policy committee's agenda (header and items grid), minutes,
 * action items and attendance roster; an evidence review / technology assessment (cover page, search and PRISMA
 * counts, literature summary table with reference-manager ids and PMIDs, GRADE summary of findings, conclusions, a
 * claims utilization table); the draft policy's coverage criteria and coding section (grid and code list); an external
 * physician reviewer's letter and response form; the annual review checklist; the coding team's policy-to-code
 * crosswalk (grid, CSV export, change log); a specialty society's public comment letter and the comment disposition
 * grid; the policy management system's work queue, task detail, version history, version compare view and XML
 * export; the provider notification draft and its affected-codes table; the published policy PDF as text (header and
 * footer, background, policy criteria, rationale, references, coding tables with and without a header, policy
 * history); a FHIR PlanDefinition published for prior-authorization look-up; a configuration test claim (X12 837P); and
 * the public policy library's search results.
 * Built on real public layouts: the BCBSA Evidence Street / medical policy reference manual policy format (Policy,
 * Policy Guidelines, Rationale, References, Codes table "Codes | Number | Description", Policy History), Aetna
 * Clinical Policy Bulletins' "CPT codes covered if selection criteria are met" lists, UnitedHealthcare medical policy
 * "Applicable Codes" and "Policy History/Revision Information" tables, the CMS LCD public comment summary and
 * response, a PRISMA 2020 flow's counts, a GRADE summary-of-findings table, a FHIR R4 PlanDefinition, and the X12
 * 837P SBR / N4 / SV1 segments. Names, addresses, policy numbers, PMIDs and amounts are invented; the others are
 * written the way those pages read, with no single source.
 *
 * 371 labelled tokens over 40 shapes: 193 codes, 178 decoys, 63 of the decoys in KNOWN_10K.
 */

// ── 1. Medical policy committee agenda, header and items, text layer ──
const agendaHeader = lines({
  id: 's116-agenda',
  kind: 's116-mpc-agenda-header-text',
  before: 'Prairie Crest Health Plan — Medical Policy Committee (MPC) — AGENDA',
  text: [
    'Meeting no. [40086] · Thursday, March 12, 2026 · 7:30–9:30 a.m. CT',
    'Location: Board Room 4B, 11 Regency Pkwy, Omaha, NE [68154]; dial-in 1-402-555-0188, access code [64712]#',
    'Quorum: 7 of 11 voting physicians. Materials packet MPC-[30109] posted to the committee site.',
    '1. Call to order; conflict-of-interest statements',
    '2. Approval of minutes, meeting [40079] (December 11, 2025)',
    '4. New policy: endoscopic sciatic nerve decompression (deep gluteal syndrome), {64712} and unlisted {29999}',
    '5. Annual review: chemodenervation, facial nerve ({64612}); no criteria change proposed',
    "6. Annual review: Morton's neuroma treatments — alcohol neurolysis {64632}, steroid injection {64455}",
    '7. Coding update only: sciatic nerve block {64445} moves to the Peripheral Nerve Blocks policy',
    'Agenda requests: Medical Policy, PO Box [45192], Omaha, NE [68103], by February 27.',
    'Next meeting: no. [40093], Thursday, June 11, 2026, same location.',
  ].join('\n'),
});

// ── 2. Committee agenda items, table ("Codes under review") ──
const agendaItems = table({
  id: 's116-agendaitems',
  kind: 's116-mpc-agenda-items-grid',
  caption: 'Agenda items for decision',
  headers: ['#', 'Topic', 'Policy No.', 'Type', 'Presenter', 'Codes under review', 'Packet pg'],
  rows: [
    [
      '3',
      'Peripheral Nerve Decompression and Neurolysis',
      'MP-7.01.112',
      'Revision',
      'Dr. Okafor',
      '{64712}, {64713}, {64714}, {64708}',
      '4',
    ],
    [
      '4',
      'Endoscopic Sciatic Nerve Decompression',
      'MP-7.01.168 (new)',
      'New',
      'Dr. Lindqvist',
      '{64712} w/ {29999}',
      '19',
    ],
    [
      '5',
      'Chemodenervation (Botulinum Toxins)',
      'MP-5.01.22',
      'Annual',
      'K. Brandt, PharmD',
      '{64612}, {64615}, {64616}',
      '41',
    ],
    [
      '6',
      'Interdigital (Morton) Neuroma',
      'MP-7.01.94',
      'Annual',
      'Dr. Haddad, DPM',
      '{64632}, {64455}, {28080}',
      '58',
    ],
    ['7', 'Peripheral Nerve Blocks for Pain', 'MP-6.01.37', 'Coding only', 'R. Vance, CPC', '{64445}–{64448}', '73'],
  ],
});

// ── 3. Committee minutes, text layer ──
const minutes = lines({
  id: 's116-minutes',
  kind: 's116-mpc-minutes-text',
  before: 'MINUTES — Medical Policy Committee — March 12, 2026',
  text: [
    'Item 3 — Dr. Okafor summarized evidence review ER-[21047]; no new randomized trials since the 2025 review.',
    'Open sciatic neuroplasty ({64712}) remains medically necessary for documented entrapment after failed conservative care.',
    'Lumbar plexus neuroplasty, CPT {64714}, keeps the same criteria; motion Dr. Reyes, second Dr. Tanaka.',
    'Vote: 8 in favor, 0 opposed, 1 abstained (Dr. Lindqvist, disclosure form [10221] on file).',
    'Item 6 — alcohol sclerosing injections billed as {64632} remain investigational; steroid injection {64455} stays covered.',
    'Dr. Haddad noted some offices report the alcohol series with {64640}; Coding to add a policy guideline.',
    'Action: Coding to end-date the PA requirement on {64445} in the crosswalk by 04/01/2026 (work item [64714]).',
    'When reported with modifier 59, {64445} stays payable for a separate postoperative block; no change.',
    'Guests: three members of the public on the line; public comment docket [73511] opened for item 6.',
    'Minutes approved as amended at meeting [40091]; recorded by J. Pruitt, Medical Policy Coordinator.',
  ].join('\n'),
});

// ── 4. Minutes action items, table ("Related code(s)") ──
const actionItems = table({
  id: 's116-actions',
  kind: 's116-mpc-minutes-action-items-grid',
  caption: 'Action items',
  headers: ['Action item', 'Owner', 'Due', 'PMS task', 'Related code(s)'],
  rows: [
    [
      'Draft coding section for MP-7.01.168',
      'Coding (R. Vance)',
      '03/27/2026',
      'T-[77124]',
      '{64712}; unlisted {29999}',
    ],
    ['Send draft to external reviewer (hip arthroscopy)', 'J. Pruitt', '03/20/2026', 'T-[77126]', '—'],
    ['Update crosswalk: remove PA', 'R. Vance', '04/01/2026', 'T-[77131]', '{64445}, {64446}'],
    ['Post Morton neuroma policy for 45-day comment', 'Provider Comms', '04/15/2026', 'T-[77142]', '{64632}'],
    ['Confirm botulinum units edit with Pharmacy', 'K. Brandt', '04/10/2026', 'T-[77146]', '{64612}'],
  ],
});

// ── 5. Committee attendance roster, table (decoy only) ──
const roster = table({
  id: 's116-roster',
  kind: 's116-mpc-attendance-roster-grid',
  caption: 'Attendance',
  headers: ['Member', 'Role', 'Specialty', 'Emp. ID', 'Ext.', 'Present'],
  rows: [
    ['Maya Okafor, MD', 'Chair', 'Physical Med & Rehab', '[20013]', '4471', 'Y'],
    ['Daniel Reyes, MD', 'Voting', 'Neurosurgery', '[30146]', '4402', 'Y'],
    ['Ken Tanaka, MD', 'Voting', 'Anesthesiology / Pain', '[30163]', '4419', 'Y'],
    ['Erik Lindqvist, MD', 'Voting (recused item 4)', 'Orthopaedics', '[55114]', '4430', 'Y'],
    ['Samira Haddad, DPM', 'Ad hoc consultant', 'Podiatry', 'Contract [64632]', '—', 'Y (phone)'],
    ['Rachel Vance, CPC', 'Non-voting', 'Coding', '[20019]', '4488', 'Y'],
    ['Jo Pruitt', 'Recorder', 'Medical Policy', '[21228]', '4460', 'Y'],
    ['Guest: L. Ferris, MD (IRO)', 'Non-voting', 'Orthopaedics', 'Vendor [26551]', '—', 'Y'],
  ],
});

// ── 6. Technology assessment cover page, text layer ──
const taCover = lines({
  id: 's116-tacover',
  kind: 's116-tech-assessment-cover-page-text',
  before: 'EVIDENCE REVIEW / TECHNOLOGY ASSESSMENT',
  text: [
    'Endoscopic Decompression of the Sciatic Nerve for Deep Gluteal Syndrome',
    'Assessment no. TA-[21084] · Requested by MPC meeting [40079] · Completed 02/20/2026 · Version 1.1',
    'Procedures assessed: endoscopic sciatic neurolysis, reported with {64712} or unlisted hip arthroscopy {29999}',
    'Comparators: open neuroplasty of the sciatic nerve; conservative care; diagnostic sciatic nerve block ({64445})',
    'Prepared by: Clinical Evidence Unit, Prairie Crest Health Plan, 11 Regency Pkwy, Omaha, NE [68154]',
    'Vendor evidence report no. [15874] consulted under licence; not reproduced here.',
    'Internal document [64445] — confidential, for committee use; do not distribute outside the plan.',
  ].join('\n'),
});

// ── 7. Assessment search strategy and PRISMA counts, text layer ──
const prisma = lines({
  id: 's116-prisma',
  kind: 's116-tech-assessment-search-prisma-text',
  before: 'Methods — literature search',
  text: [
    'Databases: MEDLINE (PubMed), Embase, Cochrane CENTRAL; saved search [88102] re-run 01/31/2026.',
    'Records identified: [12168] (PubMed 6,402; Embase 5,566; CENTRAL 200); after duplicates removed: [10237]',
    'Screened on title and abstract: [10237]; excluded: [10109]; full texts assessed: 128; included: 14',
    'Claims data searched for the same period: {64712}, {64714}, {64999} and {29999}, 2021–2025 (see Table 6).',
    'Grey literature: ISHA consensus statement; ClinicalTrials.gov NCT05518812 (recruiting, n = 120).',
  ].join('\n'),
});

// ── 8. Literature summary table (reference-manager ids, PMIDs), table ──
const litTable = table({
  id: 's116-littable',
  kind: 's116-evidence-literature-summary-grid',
  caption: 'Table 2. Summary of included studies',
  headers: ['RefID', 'Author, year', 'Design', 'N', 'Intervention', 'Follow-up', 'Key outcome', 'PMID'],
  rows: [
    [
      '[10314]',
      'Martin 2011',
      'Prosp. case series',
      '35',
      'Endoscopic decompression',
      '12 mo',
      'mHHS +23.7',
      '21216581',
    ],
    [
      '[10322]',
      'Park 2016',
      'Retro. cohort',
      '60',
      'Open neuroplasty ({64712}) vs endoscopic',
      '24 mo',
      'VAS −4.1 vs −4.3',
      '27346578',
    ],
    [
      '[10342]',
      'Ham 2018',
      'Case series',
      '26',
      'Endoscopic (billed {29999})',
      '24 mo',
      'Return to sport 81%',
      '29452915',
    ],
    ['[10349]', 'Kay 2021', 'Systematic review', '1,016', 'Open and endoscopic', 'varied', 'Low certainty', '33811234'],
    [
      '[10361]',
      'Filler 2019',
      'RCT',
      '48',
      'Sciatic block {64445} before surgery',
      '6 mo',
      'Block predicted response',
      '30980140',
    ],
    ['[10452]', 'Hernando 2015', 'Case series', '35', 'Endoscopic', '12 mo', 'mHHS +24.3', '26116478'],
    ['[10394]', 'Aguilar 2022', 'Case series', '40', 'Endoscopic', '18 mo', 'Reoperation 7.5%', '35120467'],
  ],
});

// ── 9. GRADE summary of findings by indication, table ──
const grade = table({
  id: 's116-grade',
  kind: 's116-evidence-grade-summary-of-findings-grid',
  caption: 'Table 4. Certainty of evidence (GRADE) by indication',
  headers: ['Indication', 'Code(s)', 'Studies (RefID)', 'Participants', 'Certainty', 'Evidence statement'],
  rows: [
    [
      'Deep gluteal syndrome, endoscopic release',
      '{29999} / {64712}',
      '3 ([10314], [10342], [10394])',
      '101',
      'Very low',
      'Insufficient',
    ],
    [
      'Sciatic entrapment, open neuroplasty',
      '{64712}',
      '2 ([10322], [10433])',
      '97',
      'Low',
      'Sufficient with criteria',
    ],
    ['Lumbar plexus entrapment', '{64714}', '1 ([10436])', '11', 'Very low', 'Insufficient'],
    ['Diagnostic sciatic block', '{64445}', '1 ([10361])', '48', 'Low', 'Supports use as a criterion'],
  ],
});

// ── 10. Assessment conclusions, text layer ──
const conclusions = lines({
  id: 's116-concl',
  kind: 's116-tech-assessment-conclusions-text',
  before: 'Conclusions',
  text: [
    'For open neuroplasty of the sciatic nerve (CPT {64712}) the evidence is sufficient to show improved pain and function',
    'in patients with imaging-confirmed entrapment; the draft therefore keeps {64712} medically necessary with criteria.',
    'Endoscopic decompression has no comparative trials; when performed it is reported with {29999}, and some',
    'surgeons bill {64712} with modifier 22 instead. Either way the committee should treat it as investigational.',
    'Evidence for lumbar plexus neuroplasty ({64714}) is limited to case reports and one small series (RefID [10436]).',
    'Assessment file TA-[21084] closes with this report; the next scheduled search is 01/2027.',
  ].join('\n'),
});

// ── 11. Claims utilization table in the assessment ("Proc" header), table ──
const utilization = table({
  id: 's116-util',
  kind: 's116-tech-assessment-claims-utilization-grid',
  caption: 'Table 6. Plan utilization, commercial lines of business, calendar 2025',
  headers: ['Proc', 'Yr', 'Claim lines', 'Members', 'Allowed ($)', 'Avg/line'],
  rows: [
    ['{64712}', '2025', '412', '377', '263410.18', '639.35'],
    ['{64714}', '2025', '9', '9', '5130.00', '570.00'],
    ['{64632}', '2025', '1920', '611', '[84208].60', '43.86'],
    ['{64455}', '2025', '[12238]', '7980', '1076338.90', '87.97'],
    ['{64445}', '2025', '[21241]', '[18972]', '2314022.75', '108.95'],
    ['{64612}', '2025', '812', '301', '[81102].44', '99.88'],
    ['{64640}', '2025', '233', '188', '[26417].09', '113.38'],
    ['Total', '2025', '[36865]', '—', '3850629.96', '—'],
  ],
});

// ── 12. Draft coverage criteria, text layer ──
const draftCriteria = lines({
  id: 's116-draftcrit',
  kind: 's116-draft-coverage-criteria-text',
  before: 'DRAFT v0.3 — MP-7.01.168 Endoscopic and Open Decompression of the Sciatic Nerve — not for distribution',
  text: [
    'I. Open neuroplasty of the sciatic nerve is considered medically necessary when ALL of the following are met:',
    '   a. clinical findings of sciatic entrapment at the greater sciatic notch or in the deep gluteal space;',
    '   b. MRI or MR neurography excludes lumbar radiculopathy and intrapelvic mass;',
    '   c. a positive diagnostic sciatic nerve block ({64445}) with at least 50% pain relief; and',
    '   d. at least 3 months of failed conservative care, including physical therapy.',
    'II. Endoscopic decompression of the sciatic nerve is considered investigational.',
    'III. Neuroplasty of the lumbar plexus ({64714}) is medically necessary only when I.a–I.d are met for the plexus.',
    '[Reviewer note, R. Vance: endoscopic release goes to {29999}, never {64712} — see PMS comment [88132].]',
  ].join('\n'),
});

// ── 13. Draft coding section, table ("CPT®" header) ──
const draftCoding = table({
  id: 's116-draftcoding',
  kind: 's116-draft-coding-section-grid',
  caption: 'Coding section (draft) — prepared by Coding and Reimbursement',
  headers: ['CPT®', 'Descriptor', 'Draft position', 'Coder note'],
  rows: [
    ['{64712}', 'Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve', 'MN when I met', 'Bill RT/LT'],
    ['{64714}', 'Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus', 'MN when III met', '—'],
    ['{64727}', 'Internal neurolysis, requiring use of operating microscope', 'MN with primary', 'Add-on only'],
    ['{29999}', 'Unlisted procedure, arthroscopy', 'INV for sciatic release', 'Op note required'],
    [
      '{64445}',
      'Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve',
      'MN (criterion I.c)',
      'Not paid with {64712} same day, same surgeon',
    ],
  ],
});

// ── 14. Draft coding code list (CPT, HCPCS, ICD-10), text layer ──
const draftCodeList = lines({
  id: 's116-codelist',
  kind: 's116-draft-coding-code-list-text',
  before: 'Coding — codes are listed for reference only; listing a code does not imply coverage.',
  text: [
    'CPT codes covered if selection criteria are met: {64712}, {64714}, {64727}',
    'CPT codes covered if criterion I.c is met: {64445}',
    'CPT codes not covered for indications listed in this policy: {29999}, {64999}',
    'Other neuroplasty codes not addressed: {64702}–{64708}, {64713}, {64716}–{64726}',
    'HCPCS: none.  ICD-10-CM: G57.00–G57.03 lesion of sciatic nerve; M54.30–M54.32 sciatica',
  ].join('\n'),
});

// ── 15. External physician reviewer letter, text layer ──
const reviewerLetter = lines({
  id: 's116-revletter',
  kind: 's116-external-physician-reviewer-letter-text',
  before: 'Independent Physician Review — Medical Review Partners, LLC',
  text: [
    'Case [55118] · Reviewer ID [33047] · Policy MP-7.01.168 draft v0.3 · Received 03/18/2026',
    'Specialty: orthopaedic surgery, hip arthroscopy; board certified (ABOS); no conflicts declared.',
    'A1. Yes. An ultrasound-guided sciatic nerve block ({64445} with {76942}) and ≥50% relief is the usual pre-operative test.',
    'A2. I agree endoscopic decompression stays investigational; it is reported with {29999}, though I have seen',
    '{64712}-22 billed for it, which the plan should deny. A3. Lumbar plexus neuroplasty ({64714}) is rare in my practice.',
    'Invoice [84127], reviewer fee $450, payable to Medical Review Partners, PO Box [64445], Lincoln, NE [68501].',
  ].join('\n'),
});

// ── 16. External reviewer response form, table ──
const reviewerForm = table({
  id: 's116-revform',
  kind: 's116-external-reviewer-response-form-grid',
  caption: 'Reviewer response form — questions from the Medical Policy Committee',
  headers: ['Q#', 'Question', 'Reviewer response', 'Agree w/ draft?'],
  rows: [
    [
      '4',
      'Is the microscope add-on appropriate with {64712}?',
      'Yes; {64727} is reasonable when the op note documents internal neurolysis.',
      'Yes',
    ],
    ['5', 'Any other codes to add?', 'Consider {64708} when a branch, not the trunk, is released.', 'N/A'],
    ['6', 'Frequency limits?', 'One {64712} per side per lifetime is too strict; allow one revision.', 'Partly'],
    ['7', 'References to add', 'Hernando 2015 (PMID 26116478); ISHA consensus 2023', 'N/A'],
  ],
});

// ── 17. Annual review checklist, table ──
const checklist = table({
  id: 's116-checklist',
  kind: 's116-annual-review-checklist-grid',
  caption: 'Annual review checklist — MP-7.01.94 Interdigital (Morton) Neuroma — review year 2026',
  headers: ['Step', 'Checklist item', 'Done', 'Initials', 'Notes'],
  rows: [
    ['1', 'Literature search updated', '☑', 'JP', 'PubMed 02/02/2026, saved search [88105], 37 hits'],
    [
      '2',
      'CPT/HCPCS codes validated against 2026 code set',
      '☑',
      'RV',
      'No change to {64632}; {64455} descriptor same',
    ],
    ['3', 'Deleted / new codes reviewed', '☑', 'RV', '{64640} retained; no Category III code applies'],
    ['4', 'Crosswalk matched to policy', '☐', 'RV', 'Crosswalk row [30308] still shows PA on {64632}'],
    ['5', 'Regulatory check (NCD / LCD)', '☑', 'JP', 'No NCD; LCD L[35136] silent on alcohol neurolysis'],
    ['6', 'Provider notice needed?', '☑', 'JP', 'No criteria change; FAQ article [64632] updated instead'],
    ['7', 'Policy library link checked', '☑', 'JP', 'Link /doc/[40176] resolves; 1,412 views since 02/2025'],
  ],
});

// ── 18. Coding team's policy-to-code crosswalk, table ("Code" header) ──
const crosswalk = table({
  id: 's116-xwalk',
  kind: 's116-policy-code-crosswalk-grid',
  caption: 'Policy-to-code crosswalk (Coding & Reimbursement) — filter: peripheral nerve',
  headers: ['Policy #', 'Code', 'Type', 'Coverage', 'PA req', 'Edit/Rule', 'Eff', 'Term'],
  rows: [
    ['MP-7.01.112', '{64712}', 'CPT', 'MN w/ criteria', 'Y', 'R-[45228]', '01/01/2019', '—'],
    ['MP-7.01.112', '{64714}', 'CPT', 'MN w/ criteria', 'Y', 'R-[45228]', '01/01/2019', '—'],
    ['MP-7.01.112', '{64727}', 'CPT', 'Add-on', 'N', '—', '01/01/2019', '—'],
    ['MP-5.01.22', '{64612}', 'CPT', 'MN w/ criteria', 'Y', 'R-[45237]', '07/01/2017', '—'],
    ['MP-7.01.94', '{64632}', 'CPT', 'Investigational', 'N (deny)', 'R-[45249]', '10/01/2020', '—'],
    ['MP-7.01.94', '{64455}', 'CPT', 'MN', 'N', '—', '10/01/2020', '—'],
    ['MP-6.01.37', '{64445}', 'CPT', 'MN', 'Y', 'R-[45260]', '01/01/2021', '03/31/2026'],
  ],
});

// ── 19. Crosswalk CSV export, text layer ──
const crosswalkCsv = lines({
  id: 's116-xwalkcsv',
  kind: 's116-crosswalk-csv-export-text',
  before: 'xwalk_export_2026-03-16.csv',
  text: [
    'policy_id,policy_no,code,code_type,position,pa_flag,rule_id,eff_dt,term_dt,last_upd_by',
    '[40114],MP-7.01.112,{64712},CPT,MN,Y,[45228],2019-01-01,,rvance',
    '[40114],MP-7.01.112,{64714},CPT,MN,Y,[45228],2019-01-01,,rvance',
    '[40114],MP-7.01.112,{64713},CPT,NA,N,,2019-01-01,2022-12-31,rvance',
    '[40176],MP-7.01.94,{64632},CPT,INV,N,[45249],2020-10-01,,dmoss',
    '[40176],MP-7.01.94,{64455},CPT,MN,N,,2020-10-01,,dmoss',
    '[40199],MP-6.01.37,{64445},CPT,MN,Y,[45260],2021-01-01,2026-03-31,rvance',
    '[40204],MP-5.01.22,{64612},CPT,MN,Y,[45237],2017-07-01,,kbrandt',
  ].join('\n'),
});

// ── 20. Crosswalk change log, text layer ──
const changeLog = lines({
  id: 's116-xwalklog',
  kind: 's116-crosswalk-change-log-text',
  before: 'Change log — crosswalk',
  text: [
    '2026-03-16 10:05  rvance  row [30339]  MP-7.01.168  {64712}  new row (draft)  ref T-[77124]',
    '2026-03-16 10:06  rvance  row [30341]  MP-7.01.168  {29999}  new row (draft)  position INV',
    '2026-03-13 09:14  rvance  row [30312]  MP-6.01.37  {64445}  pa_flag Y→N  term_dt 2026-03-31  ref T-[77131]',
    '2026-03-13 09:20  rvance  row [30313]  MP-6.01.37  {64446}  pa_flag Y→N  ref T-[77131]',
    '2026-02-27 16:02  dmoss   row [30308]  MP-7.01.94  {64632}  position MN→INV (per MPC [40079])',
    '2026-01-05 11:41  system  annual code load 2026: 0 rows changed for {64712}, {64714}, {64612}',
  ].join('\n'),
});

// ── 21. Specialty society public comment letter, text layer ──
const commentLetter = lines({
  id: 's116-pcletter',
  kind: 's116-specialty-society-comment-letter-text',
  before: 'Nebraska Podiatric Medical Association',
  text: [
    '1600 S 70th St, Suite 201, Lincoln, NE [68506] · (402) 555-0119',
    'Re: Proposed policy MP-7.01.94, Treatment of Interdigital (Morton) Neuroma — notice [40120], comments due 04/15/2026',
    'The Association opposes classifying chemical neurolysis (CPT code {64632}) as investigational.',
    'Serial 4% alcohol injections ({64632}, three to seven sessions) avoid excision ({28080}) in most published patients.',
    'We ask that the steroid injection, {64455}, stay payable with an E/M visit on the same date ({99213}-25).',
    'Cryoablation of the digital nerve is reported with {64640}, not {64632}, and the policy should say so.',
    'Executive Director, PO Box [64632], Lincoln, NE [68501]; member practices: 212.',
    'Submitted through the plan comment portal, confirmation no. [73820], 03/30/2026 4:41 p.m.',
  ].join('\n'),
});

// ── 22. Public comment disposition grid, table ──
const commentGrid = table({
  id: 's116-pcgrid',
  kind: 's116-public-comment-disposition-grid',
  caption: 'Public comment summary and plan response — comment period 03/01/2026–04/15/2026',
  headers: ['Comment ID', 'Submitted by', 'Section', 'Summary of comment', 'Plan response'],
  rows: [
    [
      'PC-[50154]',
      'Nebraska Podiatric Medical Assn',
      'Policy II',
      'Remove investigational status for {64632}',
      'Not accepted; evidence is of very low certainty',
    ],
    ['PC-[50163]', 'Iowa Foot & Ankle Society', 'Coding', 'Add {64640} for cryoablation', 'Accepted; added as INV'],
    ['PC-[50164]', 'Member (name withheld)', 'Background', 'Requests wider coverage', 'Noted'],
    [
      'PC-[64612]',
      'State oculoplastic surgeons chapter',
      'MP-5.01.22 coding',
      'Allow bilateral {64612} with modifier 50',
      'Accepted; guideline text updated',
    ],
    ['PC-[50175]', 'Regional anesthesia group, Omaha', 'MP-6.01.37', 'Supports ending PA on {64445}', 'Noted'],
  ],
});

// ── 23. Policy management system work queue, table ──
const workQueue = table({
  id: 's116-queue',
  kind: 's116-policy-mgmt-work-queue-grid',
  caption: 'My work queue — PolicyTrack — 6 items',
  headers: ['Task', 'Policy', 'Step', 'Assigned to', 'Due', 'Status', 'Ref'],
  rows: [
    ['[77124]', 'MP-7.01.168', 'Coding section', 'R. Vance', '03/27/2026', 'In progress', 'MPC [40086]'],
    ['[77126]', 'MP-7.01.168', 'External review', 'J. Pruitt', '03/20/2026', 'Waiting on IRO', 'Case [55118]'],
    ['[77131]', 'MP-6.01.37', 'Crosswalk update', 'R. Vance', '04/01/2026', 'Done', '{64445} PA end-date'],
    ['[77142]', 'MP-7.01.94', 'Public comment', 'Provider Comms', '04/15/2026', 'Open', 'Notice [40120]'],
    ['[64714]', 'MP-7.01.112', 'Annual review sign-off', 'M. Okafor', '03/31/2026', 'Open', '—'],
    ['[77146]', 'MP-5.01.22', 'Pharmacy edit check', 'K. Brandt', '04/10/2026', 'Open', 'units edit {64612}'],
  ],
});

// ── 24. Policy management task detail, text layer ──
const taskDetail = lines({
  id: 's116-task',
  kind: 's116-policy-mgmt-task-detail-text',
  before: 'PolicyTrack › Tasks › Detail',
  text: [
    'Task ID: [77124]    Workflow: New policy (WF-[12220])    Priority: Normal',
    'Policy: MP-7.01.168 Endoscopic and Open Decompression of the Sciatic Nerve (policy id [40237])',
    'Instructions: build coding table; confirm {64712} descriptor for 2026; list {29999} as INV for endoscopic release.',
    'Linked records: evidence review TA-[21084]; MPC meeting [40086]; crosswalk rows [30338], [30341]',
    'Comment (R. Vance, 03/16): bilateral is RT {64712} and LT {64712} on two lines; add-on {64727} listed too.',
    'Attachments: draft_v0.3.docx (doc [52065]), coding_worksheet.xlsx (doc [52066])',
  ].join('\n'),
});

// ── 25. Policy management version history, table ──
const versions = table({
  id: 's116-versions',
  kind: 's116-policy-mgmt-version-history-grid',
  caption: 'Version history — MP-7.01.168',
  headers: ['Ver.', 'Date', 'Author', 'Change summary', 'Doc ID', 'State'],
  rows: [
    ['0.1', '02/24/2026', 'J. Pruitt', 'Initial draft from TA-[21084]', '[52051]', 'Superseded'],
    ['0.2', '03/06/2026', 'M. Okafor', 'Added criterion I.c (diagnostic block, {64445})', '[52056]', 'Superseded'],
    ['0.3', '03/16/2026', 'R. Vance', 'Coding: added {64727}; {29999} INV', '[52065]', 'Current draft'],
    ['1.0', '05/01/2026', '—', 'Publish (scheduled)', '[52098] (reserved)', 'Scheduled'],
  ],
});

// ── 26. Policy management version compare (redline), text layer ──
const compare = lines({
  id: 's116-compare',
  kind: 's116-policy-mgmt-version-compare-text',
  before: 'Compare versions',
  text: [
    'v0.2 (doc [52056]) → v0.3 (doc [52065]) · 3 changes',
    '− Coding: CPT {64712} only.',
    '+ Coding: CPT {64712}; add-on {64727}; unlisted {29999} (investigational when used for endoscopic release).',
    '− I.c positive diagnostic block',
    '+ I.c positive diagnostic sciatic nerve block ({64445}) with at least 50% relief for the duration of the anesthetic',
    '+ Note: {64445} on the same date as {64712} by the operating surgeon is not separately reimbursed.',
  ].join('\n'),
});

// ── 27. Policy metadata XML export, text layer ──
const policyXml = lines({
  id: 's116-xml',
  kind: 's116-policy-metadata-xml-export-text',
  before: 'export/policy/40237.xml',
  text: [
    '<policy id="[40237]" number="MP-7.01.168" status="draft" version="0.3">',
    '  <title>Endoscopic and Open Decompression of the Sciatic Nerve</title>',
    '  <committee meeting="[40086]" assessment="TA-[21084]"/>',
    '  <code system="CPT" value="{64712}" position="MN"/>',
    '  <code system="CPT" value="{64727}" position="MN" addOn="true"/>',
    '  <code system="CPT" value="{29999}" position="INV"/>',
    '  <owner dept="Medical Policy" costCenter="[21228]"/>',
    '  <workflow id="WF-[12220]" openTask="[77124]"/>',
  ].join('\n'),
});

// ── 28. Provider notification draft, text layer ──
const notice = lines({
  id: 's116-notice',
  kind: 's116-provider-notification-draft-text',
  before: 'DRAFT — for Legal and Provider Relations review',
  text: [
    'Provider Notice PN-2026-[33123] · Medical policy update · 90-day notice',
    'Effective for dates of service on and after July 1, 2026, Prairie Crest Health Plan will apply new policy MP-7.01.168.',
    'Open neuroplasty of the sciatic nerve (CPT {64712}) will require prior authorization and must meet the policy criteria.',
    'Endoscopic decompression of the sciatic nerve, whether billed as {29999} or {64712}, is investigational and not covered.',
    'Prior authorization for sciatic nerve block {64445} ends April 1, 2026; no other change to that policy.',
    'Questions: Provider Services, 1-800-555-0172, or PO Box [64712], Omaha, NE [68103].',
    'Applies to fully insured groups and to ASO groups that adopt plan policy (e.g., group [81427], group [81433]).',
    'Distribution list [33131]; network bulletin issue [70090].',
  ].join('\n'),
});

// ── 29. Provider notification affected codes, table ("Procedure code") ──
const noticeCodes = table({
  id: 's116-noticecodes',
  kind: 's116-provider-notification-affected-codes-grid',
  caption: 'Codes affected by this notice',
  headers: ['Procedure code', 'Description', 'What changes', 'Effective'],
  rows: [
    ['{64712}', 'Neuroplasty; sciatic nerve', 'Prior authorization required', '07/01/2026'],
    ['{64714}', 'Neuroplasty; lumbar plexus', 'Prior authorization required', '07/01/2026'],
    ['{29999}', 'Unlisted arthroscopy (endoscopic sciatic release)', 'Not covered (investigational)', '07/01/2026'],
    ['{64445}', 'Sciatic nerve block, single injection', 'Prior authorization removed', '04/01/2026'],
    ['{64446}', 'Sciatic nerve block, continuous infusion', 'Prior authorization removed', '04/01/2026'],
  ],
});

// ── 30. Published policy PDF header and footer, text layer (decoy heavy) ──
const pdfHeader = lines({
  id: 's116-pdfhead',
  kind: 's116-published-policy-pdf-header-footer-text',
  before: 'Prairie Crest Health Plan   Medical Policy   MP-7.01.94',
  text: [
    'Treatment of Interdigital (Morton) Neuroma',
    'Original effective date: 10/01/2020   Revised: 05/01/2026   Next review: 02/2027',
    'Document [40176]-R6   Page 1 of 9',
    '© 2026 Prairie Crest Health Plan, 11 Regency Pkwy, Omaha, NE [68154]. CPT® © American Medical Association.',
    'Printed 05/02/2026 — uncontrolled when printed — form MP-[10394]',
    'Questions: Medical Policy Services, PO Box [31478], Omaha, NE [68103] · fax (402) 555-0150',
  ].join('\n'),
});

// ── 31. Published policy PDF background, text layer ──
const pdfBackground = lines({
  id: 's116-pdfbg',
  kind: 's116-published-policy-pdf-background-text',
  before: 'Background',
  text: [
    'Morton neuroma is perineural fibrosis of a plantar common digital nerve, most often in the third interspace.',
    'Conservative care includes wider shoes, metatarsal pads and corticosteroid injection (CPT {64455}).',
    'Chemical neurolysis with dehydrated alcohol ({64632}) is given as a series of 3 to 7 injections, 1 to 2 weeks apart.',
    'Surgical excision ({28080}) and cryoablation or radiofrequency ablation ({64640}) are other options.',
  ].join('\n'),
});

// ── 32. Published policy PDF criteria (chemodenervation policy), text layer ──
const pdfCriteria = lines({
  id: 's116-pdfcrit',
  kind: 's116-published-policy-pdf-criteria-text',
  before: 'MP-5.01.22 Chemodenervation (Botulinum Toxins) — Policy',
  text: [
    'I. Chemodenervation of muscles innervated by the facial nerve ({64612}) is medically necessary for blepharospasm',
    '   or hemifacial spasm when the member is 12 years or older.',
    'II. Bilateral treatment is reported as {64612} with modifier 50; toxin units are reported with J0585 or J0586.',
    'III. Repeat treatment is medically necessary no more often than every 12 weeks.',
    'IV. Chronic migraine prophylaxis ({64615}) and cervical dystonia ({64616}) are addressed in sections V and VI.',
    'Policy guideline: needle EMG guidance ({95874}) is separately reported; {95873} is not reported with it.',
  ].join('\n'),
});

// ── 33. Published policy PDF rationale, text layer ──
const pdfRationale = lines({
  id: 's116-pdfrat',
  kind: 's116-published-policy-pdf-rationale-text',
  before: 'Rationale',
  text: [
    'A 2023 systematic review of 12 case series found 64% of patients satisfied after alcohol neurolysis ({64632}).',
    'Musson et al. reported that 22% needed excision within one year (Cureus 2021;13(6):e[15530]).',
    'No trial compared alcohol neurolysis with excision ({28080}) or with steroid injection ({64455}).',
    'Lu et al. pooled ultrasound-guided injections (Medicine 2019;98(12):e[14929]) with similar limits.',
    'Because certainty is very low, {64632} remains investigational; {64455} remains medically necessary.',
  ].join('\n'),
});

// ── 34. Published policy PDF references, text layer (decoy only) ──
const pdfRefs = lines({
  id: 's116-pdfrefs',
  kind: 's116-published-policy-pdf-references-text',
  before: 'References',
  text: [
    "1. Gurdezi S, White T, Ramesh P. Alcohol injection for Morton's neuroma: a five-year follow-up. Foot Ankle Int. 2013;34(8):1064-1067.",
    '2. Musson RE, Sawhney JS, Lamb L, et al. Ultrasound guided alcohol ablation of Morton neuroma. Cureus. 2021;13(6):e[15530].',
    '3. Lu VM, Puffer RC, Everson MC, et al. Treating Morton neuroma by injection. Medicine (Baltimore). 2019;98(12):e[14929].',
    '4. Prairie Crest Health Plan. Evidence review TA-[21089]: Interdigital neuroma treatments. Omaha, NE; 2025.',
    '5. Noridian Healthcare Solutions. LCD L[35136]: Peripheral Nerve Blocks. Accessed February 2026.',
    "6. Thomson CE, Gibson JN, Martin D. Interventions for Morton's neuroma. Cochrane Database Syst Rev. 2004;(3):CD003118.",
    '7. Nwawka OK, Kim M, Tsai J. Outcomes of ultrasound-guided alcohol neurolysis of interdigital neuroma. Cureus. 2022;14(3):e[23417].',
    '8. Choi JY, Lee HI, Hong WH, et al. Corticosteroid injection for Morton neuroma. Medicine (Baltimore). 2020;99(8):e[19255].',
  ].join('\n'),
});

// ── 35. Published policy PDF coding table ("Codes | Number | Description"), table ──
const pdfCoding = table({
  id: 's116-pdfcoding',
  kind: 's116-published-policy-pdf-coding-grid',
  caption: 'Codes',
  headers: ['Codes', 'Number', 'Description'],
  rows: [
    ['CPT', '{28080}', 'Excision, interdigital (Morton) neuroma, single, each'],
    [
      '',
      '{64455}',
      "Injection(s), anesthetic agent(s) and/or steroid; plantar common digital nerve(s) (eg, Morton's neuroma)",
    ],
    ['', '{64632}', 'Destruction by neurolytic agent; plantar common digital nerve'],
    ['', '{64640}', 'Destruction by neurolytic agent; other peripheral nerve or branch'],
    ['HCPCS', '', 'No specific codes'],
    ['ICD-10-CM', 'G57.60–G57.63', 'Lesion of plantar nerve'],
  ],
});

// ── 36. Published chemodenervation policy coding table with no header row, table ──
const pdfCodingBare = table({
  id: 's116-pdfcodingbare',
  kind: 's116-published-policy-pdf-coding-noheader-grid',
  caption: 'The following codes apply to this policy:',
  headers: ['', ''],
  rows: [
    [
      '{64612}',
      'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral (eg, for blepharospasm, hemifacial spasm)',
    ],
    [
      '{64615}',
      'Chemodenervation of muscle(s); muscle(s) innervated by facial, trigeminal, cervical spinal and accessory nerves, bilateral (eg, for chronic migraine)',
    ],
    ['{64616}', 'Chemodenervation of muscle(s); neck muscle(s), excluding muscles of the larynx, unilateral'],
    ['{67345}', 'Chemodenervation of extraocular muscle'],
    ['{95874}', 'Needle electromyography for guidance in conjunction with chemodenervation'],
    ['J0585', 'Injection, onabotulinumtoxinA, 1 unit'],
  ],
});

// ── 37. Published policy PDF history, table ──
const pdfHistory = table({
  id: 's116-pdfhist',
  kind: 's116-published-policy-pdf-history-grid',
  caption: 'Policy History',
  headers: ['Date', 'Action', 'Description'],
  rows: [
    ['10/01/2020', 'New policy', 'Alcohol neurolysis ({64632}) investigational; approved MPC [40002]'],
    ['11/2021', 'Annual review', 'No change; references updated'],
    ['02/2023', 'Coding update', 'Added {64455} and {28080} to the coding section'],
    ['02/2025', 'Annual review', 'Literature updated through 12/2024 (TA-[21063]); no change'],
    ['05/01/2026', 'Revision', 'Cryoablation ({64640}) added as investigational after comment PC-[50163]'],
  ],
});

// ── 38. FHIR PlanDefinition published for prior-authorization look-up, text layer ──
const fhir = lines({
  id: 's116-fhir',
  kind: 's116-fhir-plandefinition-policy-json-text',
  before: 'GET /fhir/PlanDefinition/mp-7-01-168',
  text: [
    '{ "resourceType": "PlanDefinition", "id": "mp-7-01-168", "version": "0.3", "status": "draft",',
    '  "meta": { "versionId": "[31907]", "lastUpdated": "2026-03-16T14:02:11Z" },',
    '  "identifier": [{ "system": "urn:prairiecrest:policy-id", "value": "[40237]" }],',
    '  "action": [{ "title": "Prior authorization required", "code": [{ "coding": [',
    '    { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" },',
    '    { "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}" } ] }],',
    '    "documentation": [{ "type": "documentation", "url": "https://policies.prairiecrest.example/doc/[52065]" }] }] }',
  ].join('\n'),
});

// ── 39. Configuration test claim (X12 837P) for the new policy, text layer ──
const testClaim = lines({
  id: 's116-testclaim',
  kind: 's116-policy-config-test-claim-x12-text',
  before: 'UAT test case — expect line 1 to pend for prior authorization',
  text: [
    'Test case TC-[97037] · policy MP-7.01.168 · config release [12287]',
    'NM1*85*2*OMAHA ORTHOPAEDIC ASSOCIATES*****XX*1417093382~',
    'N4*OMAHA*NE*[68114]~',
    'SBR*P*18*[64445]******CI~',
    'NM1*IL*1*UATMEMBER*ALPHA****MI*PCH000123401~',
    'N3*2210 S 84TH ST~',
    'N4*OMAHA*NE*[68144]~',
    'NM1*PR*2*PRAIRIE CREST HEALTH PLAN*****PI*[47198]~',
    'CLM*TC[97037]*2175***22:B:1*Y*A*Y*Y~',
    'REF*D9*[26540]~',
    'SV1*HC:{64712}:RT*1850*UN*1***1~',
    'SV1*HC:{64445}*325*UN*1***1~',
    'Result: line 1 pended (rule R-[45228], no PA on file); line 2 denied CO-97, bundled into {64712}.',
  ].join('\n'),
});

// ── 40. Public policy library search results, table ──
const librarySearch = table({
  id: 's116-library',
  kind: 's116-policy-library-search-results-grid',
  caption: 'Medical policy library — search results for "sciatic" — 5 policies',
  headers: ['Policy', 'Title', 'Last reviewed', 'Effective', 'Document', 'Where it matched'],
  rows: [
    [
      'MP-7.01.112',
      'Peripheral Nerve Decompression and Neurolysis',
      '03/2026',
      '01/01/2019',
      'PDF [41208] (312 KB)',
      'Coding: {64712}',
    ],
    [
      'MP-7.01.168',
      'Endoscopic and Open Decompression of the Sciatic Nerve',
      'new',
      '07/01/2026',
      'PDF [41219] (188 KB)',
      'Policy, Coding: {64712}',
    ],
    [
      'MP-6.01.37',
      'Peripheral Nerve Blocks for Pain',
      '03/2026',
      '01/01/2021',
      'PDF [41233]',
      'Coding: {64445}–{64448}',
    ],
    ['MP-7.01.94', 'Treatment of Interdigital (Morton) Neuroma', '02/2026', '10/01/2020', 'PDF [40176]', 'References'],
    [
      'AR-[31417]',
      'Archived: Piriformis Syndrome Treatments',
      '2019',
      'Retired 12/31/2019',
      'PDF [38052]',
      'Title, Policy',
    ],
  ],
});

export const sealed116: Snippet[] = [
  ...agendaHeader,
  ...agendaItems,
  ...minutes,
  ...actionItems,
  ...roster,
  ...taCover,
  ...prisma,
  ...litTable,
  ...grade,
  ...conclusions,
  ...utilization,
  ...draftCriteria,
  ...draftCoding,
  ...draftCodeList,
  ...reviewerLetter,
  ...reviewerForm,
  ...checklist,
  ...crosswalk,
  ...crosswalkCsv,
  ...changeLog,
  ...commentLetter,
  ...commentGrid,
  ...workQueue,
  ...taskDetail,
  ...versions,
  ...compare,
  ...policyXml,
  ...notice,
  ...noticeCodes,
  ...pdfHeader,
  ...pdfBackground,
  ...pdfCriteria,
  ...pdfRationale,
  ...pdfRefs,
  ...pdfCoding,
  ...pdfCodingBare,
  ...pdfHistory,
  ...fhir,
  ...testClaim,
  ...librarySearch,
];
