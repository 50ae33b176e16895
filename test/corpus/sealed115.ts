import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 115 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s115-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (surgical, anesthesia 01xxx, guidance and add-on codes) are labelled as codes too. About a third of the decoys are
 * numbers of the synthetic 10,000-code set (KNOWN_10K) used as patient and registry vendor ZIPs, affiliate
 * and database site ids, local and report case numbers, upload batch ids, source document and encounter ids, HL7
 * control ids, registry record ids, surgeon codes, report and minutes numbers, national case counts and grant numbers.
 * The five known codes' digits come back as decoys: a vendor support ticket, a local case number, a data-request
 * tracking number, the vendor's PO box, a regional registry institution code, a semiannual report number, a
 * neurosurgery database study id and a committee minutes document id.
 *
 * Family: surgical outcome registries and case abstraction around a hospital that sends cases to an NSQIP-style
 * surgical quality registry, a neurosurgery quality-outcomes database (peripheral nerve module) and a regional
 * anesthesia registry: the vendor portal's home page, the surgical clinical reviewer's (SCR) worklist and case notes,
 * the case abstraction form (operative procedure section, other and concurrent procedure grid, anesthesia section,
 * 30-day occurrences, reoperation and readmission detail), the 8-day sampling cycle log, the CPT inclusion list and
 * exclusion list, the operations manual (exclusion criteria, a variable definition, a clarification FAQ), case-finding
 * reconciliation of the OR log against professional billing, a semiannual risk-adjusted report (cover page, observed to
 * expected table, case mix by CPT, outlier case drill-down), a data-quality (inter-rater reliability) audit finding
 * list and its letter, the upload file layout, CSV sample rows, the validation log and the confirmation e-mail, an
 * anesthesia quality XML export, an OR scheduling HL7 v2 SIU feed, a FHIR Procedure resource, an IRB data request form
 * and its cohort definition, a quality committee's minutes and action items, the vendor support ticket thread and
 * knowledge-base article, the neurosurgery database's enrolment form and PRO follow-up grid, the regional anesthesia
 * registry's block record, monthly volume grid and nerve-symptom follow-up grid, and the SCR timeliness dashboard.
 * Built on real public layouts: the ACS NSQIP Participant Use Data File variables (PRNCPTX, CPT, OTHERCPT1–10,
 * CONCPT1–10, ANESTHES and ANESTHES_OTHER, REOPERATION1 with REOPORCPT1 and RETORPODAYS, READMISSION1 with READMPODAYS1
 * and UNPLANNEDREADMISSION1), the ACS NSQIP operations manual's 8-day cycle sampling, CPT inclusion and exclusion lists
 * and "principal anesthesia technique" definition, the ACS NSQIP semiannual report's risk-adjusted model table
 * (observed, expected, O/E, confidence interval, decile, outlier status), the Quality Outcomes Database's baseline and
 * 3- and 12-month patient-reported outcome schedule, a regional anesthesia registry's block record (block, approach,
 * guidance, local anaesthetic, day-1/7/30 follow-up for postoperative neurologic symptoms), the AQI NACOR XML upload
 * record, the HL7 v2.5.1 SIU^S12 message (SCH, PID, AIS, AIG) and the FHIR R4 Procedure resource. The others are
 * written the way those pages read, with no single source.
 *
 * 363 labelled tokens over 40 shapes: 203 codes, 160 decoys, 57 of the decoys in KNOWN_10K.
 */

// ── 1. Registry vendor portal home page, text layer (decoy heavy) ──
const portalHome = lines({
  id: 's115-portal',
  kind: 's115-registry-vendor-portal-home-text',
  before: 'SurgQual Connect — participant portal for the Surgical Quality Registry',
  text: [
    'Welcome, Dana Whitfield, RN, SCR — Lakeshore Regional Medical Center (Site [44176])',
    'Program: Essentials + Orthopaedic and Neurosurgery procedure-targeted modules',
    'Open support tickets: SQ-[64714] (awaiting your reply) · SQ-[71402] (in progress)',
    'News: 2026 CPT update is live; cases with principal {64712} or {64714} now open the Neurosurgery targeted form.',
    'Last semiannual report: January 2026 (operation dates 07/01/2024–06/30/2025), report no. [64714]',
    'Remit participation fees to SurgQual Registry Services, PO Box [64612], Chicago, IL [60695]',
  ].join('\n'),
});

// ── 2. SCR worklist, table ──
const worklist = table({
  id: 's115-worklist',
  kind: 's115-scr-case-worklist-grid',
  caption: 'My cases — Cycle 07 (03/22/2026–03/29/2026) — sorted by 30-day due date',
  headers: ['Case #', 'Surg date', 'Principal CPT', 'Procedure', 'Surgeon', '30-day due', 'Status'],
  rows: [
    ['[31842]', '03/24/2026', '{27134}', 'Revision THA, both components', 'Haskins', '04/23/2026', 'Incomplete'],
    ['[31851]', '03/24/2026', '{64712}', 'Neurolysis sciatic nerve, R', 'Okafor', '04/23/2026', 'Incomplete'],
    ['[31858]', '03/25/2026', '{63047}', 'Lumbar laminectomy L4-5', 'Okafor', '04/24/2026', 'Pending 30-day'],
    ['[31863]', '03/25/2026', '{64714}', 'Lumbar plexus neuroplasty', 'Okafor', '04/24/2026', 'Incomplete'],
    ['[31870]', '03/26/2026', '{27447}', 'TKA left', 'Haskins', '04/25/2026', 'Pending 30-day'],
    ['[31877]', '03/27/2026', '{47562}', 'Lap chole', 'Varga', '04/26/2026', 'Complete'],
    ['[31884]', '03/28/2026', '{49505}', 'Inguinal hernia repair, open', 'Varga', '04/27/2026', 'Excluded'],
  ],
});

// ── 3. Case abstraction form, operative procedure section, text layer ──
const procSection = lines({
  id: 's115-procsec',
  kind: 's115-case-form-operative-procedure-section-text',
  before: 'Case Abstraction — Section 3: Operative Procedure',
  text: [
    'Case Number: [31851]   Hospital ID: [44176]   Form: Neurosurgery targeted 2026.1',
    'Principal Operative Procedure CPT: {64712}   Neuroplasty (exploration, neurolysis or nerve decompression); sciatic nerve',
    'Other Procedure 1 CPT: {64727}   Internal neurolysis, requiring use of operating microscope (List separately)',
    'Other Procedure 2 CPT: (blank)   Other Procedure 3 CPT: (blank)',
    'Concurrent Procedure 1 CPT: (none)   Surgical specialty: Neurosurgery   Elective surgery: Yes',
    'Postoperative diagnosis (ICD-10): G57.01 Lesion of sciatic nerve, right lower limb   Wound class: 1 — Clean',
    'Source: op note [20661] signed 03/24/2026 15:12 by R. Okafor, MD',
  ].join('\n'),
});

// ── 4. Other and concurrent procedures, table (abbreviated headers) ──
const otherConcurrent = table({
  id: 's115-othcon',
  kind: 's115-case-form-other-concurrent-cpt-grid',
  caption: 'Case 31842 — Other and Concurrent Procedures (up to 10 each)',
  headers: ['#', 'Type', 'CPT', 'Description', 'wRVU', 'Team'],
  rows: [
    ['P', 'Principal', '{27134}', 'Revision of total hip arthroplasty; both components', '30.28', 'Orthopaedics'],
    ['O1', 'Other', '{20902}', 'Bone graft, any donor area; major or large', '7.66', 'Orthopaedics'],
    ['C1', 'Concurrent', '{64712}', 'Neuroplasty; sciatic nerve', '8.47', 'Neurosurgery (peripheral nerve)'],
    [
      'C2',
      'Concurrent',
      '{64727}',
      'Internal neurolysis, operating microscope',
      '3.02',
      'Neurosurgery (peripheral nerve)',
    ],
  ],
});

// ── 5. Case abstraction form, anesthesia section, text layer ──
const anesSection = lines({
  id: 's115-anessec',
  kind: 's115-case-form-anesthesia-section-text',
  before: 'Case Abstraction — Section 4: Anesthesia',
  text: [
    'Principal Anesthesia Technique: General',
    'Additional Anesthesia Technique(s): Regional — single-shot sciatic nerve block, CPT {64445}, with US guidance {76942}',
    'Note: the block is performed by the anesthesia team and billed by them; do not enter {64445} as an Other Procedure.',
    'Anesthesia CPT (from anesthesia record): {01215}   Anesthesia for open procedures on hip joint; revision',
    'Anesthesiologist ID [20467]   CRNA ID [20511]   ASA Classification: 3 — Severe systemic disease',
    'Anesthesia start 07:42   Procedure start 08:31   Procedure end 12:06   Duration of operation: 215 min',
  ].join('\n'),
});

// ── 6. 30-day occurrences, table ──
const occurrences = table({
  id: 's115-occur',
  kind: 's115-case-form-30day-occurrences-grid',
  caption: 'Section 6: Postoperative Occurrences (within 30 days of the principal operative procedure) — Case 31842',
  headers: ['Occurrence', 'Y/N', 'Date', 'POD', 'Return to OR CPT / ICD-10', 'Source doc'],
  rows: [
    ['Superficial incisional SSI', 'N', '', '', '', ''],
    ['Deep incisional SSI', 'Y', '04/02/2026', '9', 'T84.51XA', 'Progress note [45201]'],
    ['Unplanned return to OR', 'Y', '04/02/2026', '9', '{27030}', 'Op note [45204]'],
    ['Unplanned readmission', 'Y', '04/05/2026', '12', 'T84.51XA', 'Encounter [45240]'],
    ['Peripheral nerve injury (targeted)', 'Y', '03/24/2026', '0', 'Sciatic; after {64712}', 'Neuro exam [45215]'],
    ['Blood transfusion (72 h)', 'Y', '03/24/2026', '0', '', 'Blood bank [43181]'],
  ],
});

// ── 7. Reoperation and readmission detail, text layer ──
const reopReadm = lines({
  id: 's115-reop',
  kind: 's115-case-form-reoperation-readmission-text',
  before: 'Section 7: Unplanned Reoperation / Readmission detail',
  text: [
    'Unplanned Reoperation 1: Yes   Days from operation: 9   CPT: {27030}   ICD-10: T84.51XA   Related: Yes',
    'Unplanned Reoperation 2: Yes   Days from operation: 14   CPT: {11043} Debridement, muscle and/or fascia',
    'Unplanned Reoperation 3: No',
    'Readmission 1: Yes   Days from operation: 12   Unplanned: Yes   Related: Yes   Suspected reason: deep SSI',
    'Readmitted to Lakeshore West (Site [44159]), encounter [45240]; discharged 04/16/2026',
  ].join('\n'),
});

// ── 8. 8-day cycle sampling log, table ──
const cycles = table({
  id: 's115-cycles',
  kind: 's115-sampling-8day-cycle-log-grid',
  caption: 'Case capture by 8-day cycle, 2026 — Lakeshore Regional (Site 44176)',
  headers: ['Cycle', 'Dates', 'Eligible', 'Sampled', 'Excluded', 'Top exclusion', 'Batch'],
  rows: [
    ['05', '03/06–03/13', '118', '40', '31', '{64445} (anesthesia only)', '[48126]'],
    ['06', '03/14–03/21', '126', '40', '37', '{64612} (office setting)', '[48131]'],
    ['07', '03/22–03/29', '109', '40', '28', '{64445} (anesthesia only)', '[48137]'],
    ['08', '03/30–04/06', '121', '40', '33', '{36561} (port placement)', '[48151]'],
  ],
});

// ── 9. CPT inclusion list, table ──
const inclusion = table({
  id: 's115-incl',
  kind: 's115-cpt-inclusion-list-grid',
  caption: 'CPT Inclusion List 2026 — Neurosurgery (excerpt, page 31 of 88)',
  headers: ['CPT Code', 'CPT Description', 'Surgical Specialty', 'Essentials', 'Targeted'],
  rows: [
    [
      '{64708}',
      'Neuroplasty, major peripheral nerve, arm or leg, open; other than specified',
      'Neurosurgery',
      'Y',
      'N',
    ],
    ['{64712}', 'Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve', 'Neurosurgery', 'Y', 'Y'],
    ['{64713}', 'Neuroplasty, major peripheral nerve, arm or leg, open; brachial plexus', 'Neurosurgery', 'Y', 'Y'],
    ['{64714}', 'Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus', 'Neurosurgery', 'Y', 'Y'],
    ['{64786}', 'Excision of neuroma; sciatic nerve', 'Neurosurgery', 'Y', 'N'],
    ['{63047}', 'Laminectomy, facetectomy and foraminotomy; single segment, lumbar', 'Neurosurgery', 'Y', 'Y'],
  ],
});

// ── 10. CPT exclusion list appendix, text layer ──
const exclusion = lines({
  id: 's115-excl',
  kind: 's115-cpt-exclusion-list-appendix-text',
  before: 'Appendix C — CPT Exclusion List (page 4 of 9)',
  text: [
    '{64400}–{64530}   Introduction/injection of anesthetic agent (nerve block), diagnostic or therapeutic',
    '      includes single-shot and continuous blocks such as {64445}, {64446}, {64447}, {64448}',
    '{64600}–{64681}   Destruction by neurolytic agent; chemodenervation (e.g., {64612}, {64615}, {64632}, {64640})',
    '{64702}, {64704}   Neuroplasty; digital nerve, nerve of hand or foot',
    '{20550}–{20553}   Injection(s); tendon sheath, ligament, trigger point(s)',
    'Appendix C revision [26031]; supersedes revision [25072]. Codes not listed here and not on the inclusion list are out of scope.',
  ].join('\n'),
});

// ── 11. Operations manual, exclusion criteria, text layer ──
const exclCriteria = lines({
  id: 's115-exclcrit',
  kind: 's115-operations-manual-exclusion-criteria-text',
  before: 'Operations Manual 2026 — Chapter 3: Case Selection — 3.4 Exclusion criteria',
  text: [
    '(a) Patients under 18 years of age at the time of surgery.',
    '(b) The principal procedure is not on the CPT Inclusion List, e.g. a stand-alone sciatic block ({64445}) given for',
    '    postoperative pain, or chemodenervation of the facial nerve ({64612}) for hemifacial spasm.',
    '(c) Cases performed in a procedure room or office rather than an operating room, e.g. {64632} for Morton neuroma.',
    '(d) A second case on the same patient within 30 days of a sampled case; only the first is abstracted.',
    'Questions on this section: Clarification [43127] and [43133], both posted on SurgQual Connect.',
  ].join('\n'),
});

// ── 12. Operations manual, variable definition, text layer ──
const varDef = lines({
  id: 's115-vardef',
  kind: 's115-operations-manual-variable-definition-text',
  before: 'Variable: Principal Operative Procedure CPT — PUF name PRNCPTX / CPT — Section 3, page 112',
  text: [
    'Definition: the CPT code that best describes the main operative procedure, taken from the operative report.',
    'Example 1: open sciatic neurolysis with the operating microscope — enter {64712} as principal and {64727} as Other.',
    'Example 2: retroperitoneal exposure and decompression of the lumbar plexus — enter {64714}.',
    'Example 3: the anesthesiologist places a popliteal sciatic block (CPT {64445}) before a {28296} bunion correction;',
    '    the principal CPT is {28296}; the block is captured only as an Additional Anesthesia Technique.',
    'Data element version [26012]; last revised 01/05/2026.',
  ].join('\n'),
});

// ── 13. Operations manual clarification FAQ, text layer ──
const faq = lines({
  id: 's115-faq',
  kind: 's115-operations-manual-clarification-faq-text',
  before: 'Clarifications — Chapter 3 (Operative procedure) — posted by the clinical support team',
  text: [
    'Clarification [43127] (posted 02/10/2026)',
    'Q: The podiatrist did an alcohol neurolysis of the third common digital nerve in the OR with MAC. Is {64632} sampled?',
    'A: No. {64632} is on the exclusion list whatever the setting; do not abstract the case.',
    'Clarification [43133] (posted 02/24/2026)',
    'Q: Sciatic neurolysis ({64712}) and lumbar plexus neuroplasty ({64714}) by the same surgeon — which is principal?',
    'A: Enter the code with the higher work RVU as principal and the other in Other Procedure 1.',
  ].join('\n'),
});

// ── 14. Case-finding reconciliation, OR log against billing, table ──
const reconcile = table({
  id: 's115-recon',
  kind: 's115-case-finding-or-log-billing-reconciliation-grid',
  caption: 'Case-finding reconciliation — OR log vs. professional billing (837P) — week of 03/22/2026',
  headers: ['OR log #', 'Scheduled proc', 'Billed CPT', 'Mod', 'Match', 'SCR action'],
  rows: [
    ['[55403]', 'Neurolysis sciatic nerve R', '{64712}, {64727}', 'RT', 'Yes', 'Sampled as case [31851]'],
    ['[55408]', 'Lumbar plexus decompression', '{64714}', '', 'Yes', 'Sampled as case [31863]'],
    [
      '[55412]',
      'Popliteal block for ORIF ankle',
      '{64445}, {76942}',
      '59',
      'Anes only',
      'Block only; ORIF {27822} sampled',
    ],
    ['[55419]', 'Botox facial nerve', '{64612}', 'LT', 'No OR time', 'Excluded (office)'],
    ['[55424]', 'Morton neuroma excision', '{28080}', 'LT', 'Yes', 'Sampled as case [31890]'],
  ],
});

// ── 15. Semiannual report cover page, text layer (decoy heavy) ──
const sarCover = lines({
  id: 's115-sarcover',
  kind: 's115-semiannual-report-cover-page-text',
  before: 'Surgical Quality Registry — Semiannual Report (risk-adjusted) — CONFIDENTIAL peer review document',
  text: [
    'Hospital: Lakeshore Regional Medical Center, [11400] Euclid Ave, Cleveland, OH [44106]   Site ID [44176]',
    'Report period: operation dates 01/01/2025–12/31/2025   Report no. [53738]   Model build [25114]',
    'Cases in the national cohort: 1,184,220 at 721 hospitals; your hospital: 2,114 Essentials cases',
    'Neurosurgery targeted cohort: 108,652 cases nationally, 412 at your hospital',
    'Prepared by the Registry Data Center, 4800 N Clark St, Chicago, IL [60640]',
  ].join('\n'),
});

// ── 16. Semiannual report, observed/expected table ──
const sarOE = table({
  id: 's115-saroe',
  kind: 's115-semiannual-report-observed-expected-grid',
  caption: 'Table 2. Risk-adjusted results, All Cases and targeted cohorts',
  headers: ['Model', 'N', 'Obs', 'Exp', 'O/E', '95% CI', 'Decile', 'Outlier', 'Natl N'],
  rows: [
    ['All cases — Mortality', '2114', '21', '24.6', '0.85', '0.57–1.27', '3', 'As expected', '1184220'],
    ['All cases — SSI', '2114', '58', '44.1', '1.32', '1.03–1.69', '9', 'Needs improvement', '1184220'],
    ['Neurosurgery — Morbidity', '412', '33', '29.8', '1.11', '0.80–1.53', '7', 'As expected', '108652'],
    [
      'Peripheral nerve ({64708}–{64727}) — Nerve injury',
      '61',
      '4',
      '2.2',
      '1.82',
      '0.71–3.90',
      '9',
      'As expected',
      '[14503]',
    ],
    ['Orthopaedics — Readmission', '688', '41', '38.9', '1.05', '0.78–1.41', '6', 'As expected', '[97256]'],
  ],
});

// ── 17. Semiannual report, case mix by CPT, table (no header on the code column) ──
const caseMix = table({
  id: 's115-casemix',
  kind: 's115-semiannual-report-cpt-case-mix-grid',
  caption: 'Table 5. Case mix, Neurosurgery targeted — ten most frequent principal procedures at your hospital',
  headers: ['', 'Description', 'Your cases', '% yours', 'All sites', '% all sites'],
  rows: [
    ['{63047}', 'Lumbar laminectomy, single segment', '148', '35.9', '[33902]', '31.2'],
    ['{22612}', 'Posterior lumbar arthrodesis', '71', '17.2', '[19272]', '17.7'],
    ['{22551}', 'ACDF, single interspace', '52', '12.6', '[15995]', '14.7'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '23', '5.6', '1204', '1.1'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '9', '2.2', '388', '0.4'],
    ['{64713}', 'Neuroplasty, brachial plexus', '6', '1.5', '917', '0.8'],
  ],
});

// ── 18. Semiannual report, outlier case drill-down, table ──
const sarCases = table({
  id: 's115-sarcases',
  kind: 's115-semiannual-report-outlier-case-list-grid',
  caption: 'Appendix: cases contributing to Peripheral nerve — Nerve injury (observed events)',
  headers: ['Case ID', 'Op date', 'CPT', 'Predicted risk', 'Event', 'Surg code'],
  rows: [
    ['[29513]', '02/18/2025', '{64712}', '3.1%', 'Foot drop, persistent at 30 d', '[10019]'],
    ['[29988]', '05/06/2025', '{64714}', '4.4%', 'Femoral neuropathy', '[10019]'],
    ['[30417]', '08/21/2025', '{64712}', '2.7%', 'Sciatic neuropathy, new', '[10032]'],
    ['[30762]', '11/03/2025', '{27134}', '1.9%', 'Sciatic palsy; concurrent {64712}', '[10061]'],
  ],
});

// ── 19. Inter-rater reliability audit, finding list, table ──
const auditFindings = table({
  id: 's115-irr',
  kind: 's115-data-quality-irr-audit-findings-grid',
  caption: 'Inter-rater reliability audit — Site 44176 — 20 charts reviewed — findings',
  headers: ['Finding', 'Case', 'Variable', 'SCR entry', 'Auditor', 'Category'],
  rows: [
    ['F-01', '[31102]', 'PRNCPTX', '{64714}', '{64712}', 'Major — principal procedure'],
    ['F-02', '[31102]', 'OTHERCPT1', '{64445}', '(none)', 'Major — nerve block entered as procedure'],
    ['F-03', '[31155]', 'CONCPT1', '{64727}', '{64712}', 'Minor — add-on moved to Other'],
    ['F-04', '[31190]', 'ANESTHES_OTHER', 'None', 'Regional', 'Minor — block ({64445}) missed'],
    ['F-05', '[31214]', 'REOPORCPT1', '{27030}', '{27301}', 'Major — return to OR code'],
    ['F-06', '[31227]', 'Case status', 'Sampled', 'Excluded', 'Major — {64632} is on exclusion list'],
  ],
});

// ── 20. IRR audit summary letter, text layer ──
const auditLetter = lines({
  id: 's115-irrletter',
  kind: 's115-data-quality-audit-summary-letter-text',
  before: 'Registry Data Center · 4800 N Clark St · Chicago, IL 60640',
  text: [
    'Dana Whitfield, RN, Surgical Clinical Reviewer, Lakeshore Regional Medical Center, Cleveland, OH [44106]',
    'Re: 2026 inter-rater reliability audit, Site [44176], audit no. [53752]',
    'Overall disagreement rate: 3.1% (threshold 5.0%). Your site passes.',
    'Most errors involved peripheral nerve cases: a sciatic block ({64445}) was entered as a procedure, and {64714}',
    'was chosen as principal when the operative report described sciatic neurolysis ({64712}).',
    'Please correct cases [31102] and [31227] before the 06/15/2026 data lock.',
  ].join('\n'),
});

// ── 21. Upload file layout, table ──
const layout = table({
  id: 's115-layout',
  kind: 's115-registry-upload-file-layout-grid',
  caption: 'Bulk upload file specification v4.2 — comma delimited, one row per case',
  headers: ['Pos', 'Field name', 'Type', 'Len', 'Valid values / notes', 'Example'],
  rows: [
    ['1', 'SITE_ID', 'N', '5', 'Assigned at enrolment', '[44176]'],
    ['2', 'CASE_NO', 'N', '5', 'Local case number, unique per site', '[31851]'],
    ['4', 'PRNCPT', 'C', '5', 'Must be on the CPT Inclusion List', '{64712}'],
    ['5', 'OTHCPT1', 'C', '5', 'Same team; never a nerve block (e.g. not {64445})', '{64727}'],
    ['15', 'CONCPT1', 'C', '5', 'Different team, same operation', '{64714}'],
    ['26', 'ANES_CPT', 'C', '5', 'Anesthesia base code from the anesthesia record', '{01250}'],
    ['31', 'REOP1_CPT', 'C', '5', 'Required when REOP1 = Y', '{27030}'],
    ['44', 'FAC_ZIP', 'C', '5', 'Facility ZIP', '[44106]'],
  ],
});

// ── 22. Upload sample rows, CSV text layer ──
const csv = lines({
  id: 's115-csv',
  kind: 's115-registry-upload-sample-rows-csv-text',
  before: 'lrmc_cycle07_upload.csv (first rows)',
  text: [
    'SITE_ID,CASE_NO,OPDATE,PRNCPT,OTHCPT1,CONCPT1,ANES_PRIN,ANES_ADD,ANES_CPT,ASA,REOP1,REOP1_CPT,FAC_ZIP',
    '[44176],[31842],2026-03-24,{27134},{20902},{64712},GEN,REG,{01215},3,Y,{27030},[44106]',
    '[44176],[31851],2026-03-24,{64712},{64727},,GEN,,{01250},2,N,,[44106]',
    '[44176],[31863],2026-03-25,{64714},,,GEN,REG,{00630},3,N,,[44106]',
    '[44176],[31870],2026-03-26,{27447},,,SPI,REG,{01402},2,N,,[44106]',
    '[44176],[31890],2026-03-28,{28080},,,MAC,REG,{01470},1,N,,[44106]',
  ].join('\n'),
});

// ── 23. Upload validation log, text layer ──
const validation = lines({
  id: 's115-valid',
  kind: 's115-registry-upload-validation-log-text',
  before: 'Upload results — batch detail',
  text: [
    'Batch [48137] received 2026-04-06 09:14 CT — 212 rows, 207 accepted, 5 rejected',
    'Row 37   CASE_NO [31907]  E104 PRNCPT {64445} not on CPT Inclusion List (anesthesia-only procedure)',
    'Row 58   CASE_NO [31922]  E211 OTHCPT2 {64445} is a nerve block; capture under ANES_ADD',
    'Row 91   CASE_NO [31966]  W310 CONCPT1 {64714} equals PRNCPT; check the team',
    'Row 140  CASE_NO [64632]  E020 OPDATE 2026-03-31 is outside cycle 07',
    'Row 177  CASE_NO [32011]  E104 PRNCPT {64612} not on CPT Inclusion List',
    'Row 203  CASE_NO [32040]  E317 FAC_ZIP [44131] does not match SITE_ID [44176]',
  ].join('\n'),
});

// ── 24. Upload confirmation e-mail, text layer ──
const email = lines({
  id: 's115-email',
  kind: 's115-registry-upload-confirmation-email-text',
  before: 'From: SurgQual Data Center <no-reply@surgqual.example> To: dwhitfield@lakeshore.example',
  text: [
    'Subject: Batch [48137] processed — 5 rows rejected (Site [44176])',
    'Your upload batch [48137] for Site [44176] was processed on 04/06/2026.',
    'Cases with principal CPT {64445} or {64612} are out of scope and were rejected (Operations Manual 3.4).',
    'Case [64632] has an operation date outside cycle 07; move it to cycle 08 and resubmit.',
    'Reference [60658]. Do not reply to this message; open a ticket on SurgQual Connect.',
  ].join('\n'),
});

// ── 25. Anesthesia quality registry XML export, text layer ──
const xml = lines({
  id: 's115-xml',
  kind: 's115-anesthesia-quality-registry-xml-export-text',
  before: 'anesthesia_cases_2026-03.xml',
  text: [
    '<AnesthesiaRecord>',
    '  <PracticeID>[46233]</PracticeID> <RecordID>[55463]</RecordID> <FacilityZip>[44106]</FacilityZip>',
    '  <AnesthesiaCPT>{01250}</AnesthesiaCPT>',
    '  <ProcedureCPT>{64712}</ProcedureCPT> <ProcedureCPT>{64727}</ProcedureCPT>',
    '  <PrimaryTechnique>General</PrimaryTechnique> <ASAPhysicalStatus>2</ASAPhysicalStatus>',
    '  <RegionalBlock><CPT>{64445}</CPT><Guidance><CPT>{76942}</CPT></Guidance><Timing>PostOp</Timing></RegionalBlock>',
    '  <Provider role="Anesthesiologist" id="[20467]"/>',
    '</AnesthesiaRecord>',
  ].join('\n'),
});

// ── 26. OR scheduling HL7 v2 SIU feed to the registry case-finding tool, text layer ──
const hl7 = lines({
  id: 's115-hl7',
  kind: 's115-or-scheduling-hl7-siu-feed-text',
  before: 'Interface monitor — ORSCHED → SQREG — message 1 of 2',
  text: [
    'MSH|^~\\&|ORSCHED|LRMC|SQREG|SURGQUAL|20260318061502||SIU^S12|[43239]|P|2.5.1',
    'SCH|[88102]^ORSCHED||||||ELECTIVE|||120|MIN',
    'PID|1||00418822^^^LRMC^MR||DOE^JANE||19610412|F|||18 ELM ST^^CLEVELAND^OH^[44113]',
    'AIS|1|A|{64712}^NEUROPLASTY SCIATIC NERVE^C4|202603240830|||120|MIN',
    'AIS|2|A|{64727}^INTERNAL NEUROLYSIS W MICROSCOPE^C4|202603240830',
    'AIS|3|A|{64445}^INJ ANES SCIATIC NERVE SINGLE^C4|202603240800',
    'AIG|1|A|[20467]^WONG^MEI^ANES',
  ].join('\n'),
});

// ── 27. FHIR Procedure resource, JSON text layer ──
const fhir = lines({
  id: 's115-fhir',
  kind: 's115-fhir-procedure-resource-json-text',
  before: 'GET /fhir/R4/Procedure?patient=418822&date=2026-03-25',
  text: [
    '{ "resourceType": "Procedure", "id": "proc-[55470]", "status": "completed",',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}",',
    '      "display": "Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus" } ] },',
    '  "performedPeriod": { "start": "2026-03-25T08:05:00-04:00", "end": "2026-03-25T11:40:00-04:00" },',
    '  "encounter": { "reference": "Encounter/[43143]" }, "location": { "reference": "Location/or-[53718]" },',
    '  "usedCode": [], "note": [ { "text": "Regional adjunct: lumbar plexus catheter, see {64448} not billed" } ] }',
  ].join('\n'),
});

// ── 28. IRB data request form, text layer ──
const irbForm = lines({
  id: 's115-irb',
  kind: 's115-irb-registry-data-request-form-text',
  before: 'Registry Data Request — to be filed with the IRB application',
  text: [
    'IRB protocol no. [25152]   Data request tracking no. DR-[64445]   Funding: departmental award [17462]',
    'Title: Outcomes of open sciatic and lumbar plexus neuroplasty, 2019–2025',
    'Cohort: registry cases with principal CPT {64712} or {64714} (PRNCPTX), or {64712} in CONCPT1–CONCPT10',
    'Exclude: cases with {64786} (neuroma excision) in any procedure field; cases before 01/01/2019',
    'Variables: PRNCPTX, OTHERCPT1–10, CONCPT1–10, ANESTHES, ANESTHES_OTHER, ASACLAS, all 30-day occurrences',
    'Linkage: regional anesthesia registry, block CPT {64445} or {64446} on the day of surgery',
    'Principal investigator: R. Okafor, MD, Department of Neurosurgery, Cleveland, OH [44106]',
  ].join('\n'),
});

// ── 29. IRB cohort definition, table ("Code(s)" header) ──
const irbCohort = table({
  id: 's115-irbcohort',
  kind: 's115-irb-data-request-cohort-definition-grid',
  caption: 'Attachment B — Cohort definition (protocol 25152)',
  headers: ['Role', 'Code(s)', 'Field searched', 'In/Out'],
  rows: [
    ['Index procedure', '{64712}', 'PRNCPTX', 'In'],
    ['Index procedure', '{64714}', 'PRNCPTX', 'In'],
    ['Concurrent index', '{64712}', 'CONCPT1–CONCPT10', 'In'],
    ['Excluded procedure', '{64786}, {64787}', 'Any CPT field', 'Out'],
    ['Linked block', '{64445} / {64446}', 'Regional registry block CPT', 'Linked'],
  ],
});

// ── 30. Surgical quality committee minutes, text layer ──
const minutes = lines({
  id: 's115-minutes',
  kind: 's115-surgical-quality-committee-minutes-text',
  before: 'Surgical Quality Committee — Minutes — April 14, 2026 — Privileged and confidential (peer review)',
  text: [
    'Present: Dr. Haskins (chair), Dr. Okafor, Dr. Wong (anesthesia), D. Whitfield (SCR), M. Price (quality). Doc [64632].',
    '1. SAR review: SSI O/E 1.32, decile 9, "needs improvement". Three deep SSIs followed revision THA with concurrent {64712}.',
    '2. Peripheral nerve injury: 4 observed vs 2.2 expected; two after sciatic neuroplasty ({64712}), one after {64714}.',
    '3. Dr. Wong: 38 PONS reports in the regional registry this half; two after popliteal sciatic blocks ({64445}).',
    '4. IRR audit passed (3.1%); SCR to correct cases [31102] and [31227] by the June data lock.',
    'Next meeting May 12, 2026, 7:00 am, Board Room B. Minutes filed as QC-[53740].',
  ].join('\n'),
});

// ── 31. Committee action items, table ──
const actions = table({
  id: 's115-actions',
  kind: 's115-quality-committee-action-item-tracker-grid',
  caption: 'Action items carried forward',
  headers: ['#', 'Action', 'Owner', 'Due', 'Status'],
  rows: [
    ['AI-07', 'Chart review of all {64712} cases with nerve injury, 2025', 'Okafor', '05/12/2026', 'Open'],
    ['AI-08', 'Stop entering {64445} as Other Procedure; re-educate', 'Whitfield', '04/30/2026', 'Done'],
    ['AI-09', 'Ask vendor about ticket SQ-[64714] (rejected cases)', 'Whitfield', '04/21/2026', 'Open'],
    ['AI-10', 'SSI bundle for hip revision ({27134}) cases', 'Haskins', '06/09/2026', 'Open'],
  ],
});

// ── 32. Vendor support ticket thread, text layer ──
const ticket = lines({
  id: 's115-ticket',
  kind: 's115-vendor-support-ticket-thread-text',
  before: 'SurgQual Connect › Support › My tickets',
  text: [
    'Ticket SQ-[64714] · Opened 04/07/2026 by D. Whitfield (Site [44176]) · Priority: Normal · Status: Awaiting customer',
    'Subject: Case [31907] rejected with E104 on PRNCPT',
    'D. Whitfield: The op note is a sciatic neurolysis ({64712}) but the upload file had {64445} in PRNCPT. Why?',
    'K. Brandt (Support): Your EHR extract fills PRNCPT from the first billed line; for this case that was {64445}',
    'from the anesthesia claim (837P line SV1*HC:{64445}:59*640*UN*1***1~). Put {64712} in PRNCPT and re-upload',
    'batch [48137] after clearing OTHCPT2. See KB-[33907]. Ticket closes automatically after 7 days without a reply.',
  ].join('\n'),
});

// ── 33. Vendor knowledge-base article, text layer ──
const kb = lines({
  id: 's115-kb',
  kind: 's115-vendor-knowledge-base-article-text',
  before: 'Knowledge Base › Uploads › Errors',
  text: [
    'KB-[33907]: Why was my case rejected with E104 "not on CPT Inclusion List"?',
    'E104 fires when PRNCPT holds a code on the exclusion list, most often a nerve block such as {64445} or {64447},',
    'a chemodenervation such as {64612} or {64615}, or a neurolytic destruction such as {64632}.',
    'Fix the extract so PRNCPT comes from the surgeon\u2019s operative report, not the anesthesia claim.',
    'Applies to upload specification v4.2 and later. Article views: [12185]. Last updated 03/30/2026.',
  ].join('\n'),
});

// ── 34. Neurosurgery quality-outcomes database, baseline enrolment form, text layer ──
const nqodForm = lines({
  id: 's115-nqod',
  kind: 's115-neurosurgery-outcomes-database-enrolment-form-text',
  before: 'Neurosurgical Quality Outcomes Database — Peripheral Nerve Module — Baseline Case Form',
  text: [
    'Site no. [37205]   Patient study ID NQ-[64612]   Consent on file: Yes',
    'Index procedure: {64712} Neuroplasty, sciatic nerve — Right   Add-on: {64727}',
    'Prior procedures: diagnostic sciatic block {64445} on 02/11/2026 (80% relief for 6 h)',
    'Baseline PROs: NRS leg pain 7/10; LEFS 31/80; EQ-5D-5L index 0.61; PROMIS PF 34.2',
    'Electrodiagnostics: NCS/EMG 01/28/2026 ({95910}, {95886}) — sciatic neuropathy at the notch',
    'Coordinating centre: Suite 400, 2525 West End Ave, Nashville, TN [37203]',
  ].join('\n'),
});

// ── 35. Neurosurgery database PRO follow-up grid, table ──
const nqodFollow = table({
  id: 's115-nqodfu',
  kind: 's115-neurosurgery-outcomes-database-pro-followup-grid',
  caption: 'PRO follow-up — Peripheral Nerve Module — Site 37205',
  headers: ['Study ID', 'Index proc', 'Surgery', '3-mo window', '3-mo', '12-mo'],
  rows: [
    ['NQ-[64612]', '{64712}', '03/24/2026', '05/24–07/23/2026', 'Not due', 'Not due'],
    ['NQ-[64598]', '{64714}', '03/25/2026', '05/25–07/24/2026', 'Not due', 'Not due'],
    ['NQ-[63871]', '{64712} + {64727}', '06/12/2025', 'Closed', 'Complete', 'Due 06/12/2026'],
    ['NQ-[63340]', '{64786}', '04/02/2025', 'Closed', 'Complete', 'Complete'],
    ['NQ-[63122]', '{64713}', '02/14/2025', 'Closed', 'Missed', 'Complete'],
  ],
});

// ── 36. Regional anesthesia registry block record, text layer ──
const blockRecord = lines({
  id: 's115-block',
  kind: 's115-regional-anesthesia-registry-block-record-text',
  before: 'Regional Anesthesia Registry — Block Record — Lakeshore Regional Medical Center',
  text: [
    'Institution [64712]   Registry ID RA-[15256]   Surgery: {27447} total knee arthroplasty, left   Anesthesia: {01402}, spinal',
    'Block 1: popliteal sciatic, single injection — CPT {64445} — ultrasound ({76942}), ropivacaine 0.5% 20 mL',
    'Block 2: adductor canal, single injection — CPT {64447} — ultrasound, ropivacaine 0.25% 15 mL',
    'Paresthesia on needling: No   Nerve stimulator: No   Injection pressure monitored: Yes',
    'Follow-up: day 1 normal; day 7 dorsal foot numbness (PONS grade 1); day 30 resolved',
    'Send queries to the coordinating centre, Suite 910, 420 Fort Duquesne Blvd, Pittsburgh, PA [15222]',
  ].join('\n'),
});

// ── 37. Regional anesthesia registry monthly volume, table (no header on the block column) ──
const blockVolume = table({
  id: 's115-blockvol',
  kind: 's115-regional-anesthesia-registry-monthly-volume-grid',
  caption: 'Institution 64712 — blocks entered, March 2026',
  headers: ['', 'Blocks', 'US-guided', 'Catheters', 'PONS day 7'],
  rows: [
    ['{64445} Sciatic (incl. popliteal), single', '86', '86', '—', '2'],
    ['{64446} Sciatic, continuous', '14', '14', '14', '0'],
    ['{64447} Femoral / adductor canal, single', '121', '121', '—', '1'],
    ['{64415} Brachial plexus, single', '97', '97', '—', '1'],
    ['{64488} TAP, bilateral, by injection', '32', '32', '—', '0'],
    ['Total (registry submission [15284])', '350', '350', '14', '4'],
  ],
});

// ── 38. Regional anesthesia registry, nerve symptom follow-up, table ──
const ponsFollow = table({
  id: 's115-pons',
  kind: 's115-regional-anesthesia-registry-nerve-symptom-followup-grid',
  caption: 'Postoperative neurologic symptoms (PONS) — open follow-ups',
  headers: ['Registry ID', 'Block', 'Blk CPT', 'Surgery CPT', 'Day 7', 'Day 30', 'Neurology'],
  rows: [
    ['RA-[15256]', 'Popliteal sciatic', '{64445}', '{27447}', 'Numbness', 'Resolved', 'No'],
    ['RA-[15270]', 'Popliteal sciatic', '{64445}', '{28296}', 'Foot drop', 'Weakness', 'EMG {95886}'],
    ['RA-[15293]', 'Femoral, continuous', '{64448}', '{27447}', 'Thigh numbness', 'Improving', 'No'],
    ['RA-[15298]', 'Interscalene', '{64415}', '{23472}', 'Hoarseness', 'Resolved', 'No'],
  ],
});

// ── 39. SCR timeliness dashboard, table (decoy heavy) ──
const timeliness = table({
  id: 's115-timely',
  kind: 's115-scr-abstraction-timeliness-dashboard-grid',
  caption: 'Abstraction timeliness — cases must be complete 60 days after surgery',
  headers: ['Cycle', 'Assigned', 'Complete ≤60 d', 'Late', 'Oldest open case', 'Batch'],
  rows: [
    ['04', '40', '40', '0', '—', '[48116]'],
    ['05', '40', '39', '1', '[31655] ({64714}, awaiting op note)', '[48126]'],
    ['06', '40', '36', '0', '[31760]', '[48131]'],
    ['07', '40', '12', '0', '[31851]', '[48137]'],
  ],
});

// ── 40. SCR case notes, free text ──
const notes = lines({
  id: 's115-notes',
  kind: 's115-scr-abstractor-case-notes-text',
  before: 'Case 31842 — Reviewer notes (not uploaded)',
  text: [
    '03/28 DW: ortho op note = revision THA {27134}; nerve team note = sciatic neurolysis, coded {64712} + {64727} as concurrent.',
    '03/28 DW: anesthesia record: popliteal sciatic block {64445} in PACU for pain -> Additional anes technique only.',
    '03/29 DW: pro-fee claim has {64712}-RT and {64727}; anesthesia claim has {64445}-59, {76942} and {01215}-QK.',
    '04/02 DW: RTOR POD 9, I&D hip {27030}; cultures MSSA (accession [43262]).',
    '04/06 DW: readmit POD 12 to Lakeshore West, encounter [45240]; second washout POD 14 {11043}.',
    '04/22 DW: 30-day call done, foot drop improving; letter mailed to 18 Elm St, Cleveland OH [44113].',
  ].join('\n'),
});

export const sealed115: Snippet[] = [
  ...portalHome,
  ...worklist,
  ...procSection,
  ...otherConcurrent,
  ...anesSection,
  ...occurrences,
  ...reopReadm,
  ...cycles,
  ...inclusion,
  ...exclusion,
  ...exclCriteria,
  ...varDef,
  ...faq,
  ...reconcile,
  ...sarCover,
  ...sarOE,
  ...caseMix,
  ...sarCases,
  ...auditFindings,
  ...auditLetter,
  ...layout,
  ...csv,
  ...validation,
  ...email,
  ...xml,
  ...hl7,
  ...fhir,
  ...irbForm,
  ...irbCohort,
  ...minutes,
  ...actions,
  ...ticket,
  ...kb,
  ...nqodForm,
  ...nqodFollow,
  ...blockRecord,
  ...blockVolume,
  ...ponsFollow,
  ...timeliness,
  ...notes,
];
