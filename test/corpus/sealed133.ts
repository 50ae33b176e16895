import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 133 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s133-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, state license numbers, board certificate numbers, practitioner and file ids, report run ids, indicator ids,
 * truncated MRNs, committee agenda items and policy numbers. The five known codes' digits come back as decoys: the
 * medical staff office's PO box, a Wisconsin license number, a professional liability policy number, a DOP form
 * number, a privilege-request ticket, a warehouse report run id and change request, the last five digits of MRNs in
 * a case log and an FPPE review, a credentialing file id and a hospital group number.
 *
 * Family: a hospital medical staff office's clinical privileging and professional practice evaluation around pain
 * and peripheral-nerve proceduralists (anesthesiology pain medicine, podiatry, neurology, plastic/peripheral nerve
 * surgery): a delineation-of-privileges (DOP) form (header, core and special privilege grids with CPT codes and case
 * minimums in requested / recommended / granted columns, qualification criteria, signature page), the credentials
 * file checklist and primary-source verification log (NPI, DEA, Wisconsin license, board certificates, NPDB), OPPE
 * reports (header, case volume by CPT from the enterprise data warehouse, indicator scorecard, chair determination),
 * an FPPE plan and case review, a proctoring log and proctor evaluation form, credentials committee, MEC and board
 * consent agenda minutes, the reappointment application (practice, liability claims), a privilege-request e-mail
 * thread and the office's reply, the physician's uploaded case-log attestation (CSV, grid, signature block), the
 * hospital's privileging criteria web page and FAQ, the warehouse SQL extract, report parameters screen, HL7 v2 BAR
 * PR1 feed and FHIR Procedure extract behind the OPPE counts, a credentialing system privilege status screen and XML
 * export, a temporary privileges request, a privilege change letter, the OR scheduling privilege lookup, the DOP
 * revision history, an FPPE tracking dashboard, a focused review referral form and the credentials committee agenda
 * packet index.
 * Built on real public layouts: the criteria-based delineation-of-privileges forms hospitals publish (the
 * "Qualifications / Core privileges / Special non-core privileges" sections with Requested and Recommended columns,
 * e.g. pain medicine and podiatry DOPs), the Joint Commission MS.08.01.01/MS.08.01.03 FPPE and OPPE report sections,
 * the NAMSS credentials file checklist items (license, DEA, board, NPDB, hospital affiliations, liability), the HL7
 * v2.5 BAR^P01 PR1 segment, FHIR R4 Procedure.code, and medical staff committee minutes in the
 * "Item / Discussion / Action" form. The others are written the way those pages read, with no single source.
 *
 * 393 labelled tokens over 40 shapes: 213 codes, 180 decoys, 67 of the decoys in KNOWN_10K. The five known codes
 * appear 118 times as codes and 29 times as decoys.
 */

// ── 1. Delineation of privileges form header, PDF text layer ──
const dopHeader = lines({
  id: 's133-dophdr',
  kind: 's133-dop-form-header-text',
  before: 'ST. ANSGAR REGIONAL MEDICAL CENTER — MEDICAL STAFF SERVICES',
  text: [
    'DELINEATION OF CLINICAL PRIVILEGES — INTERVENTIONAL PAIN MEDICINE & PERIPHERAL NERVE PROCEDURES',
    'Form MSS-[64612] (rev. 09/2026)   Page 1 of 6',
    '4100 Regent Street, Madison, WI [53705]  ·  Mail: PO Box [64712], Madison, WI [53708]',
    'Applicant: ______________________   Dept: Anesthesiology / Pain   ☐ Initial  ☐ Reappointment  ☐ Modification',
    'Return completed form to Medical Staff Services, Attn: Credentialing, mail stop [18054]; fax 608-555-0190.',
    'Questions: Credentialing Specialist, ext. 4417, or msso@stansgar.example.org (ref. form [64612]).',
    '*MSS-DOP-PAIN*  barcode 20261014-[38217]  OnBase doc type [11624]',
  ].join('\n'),
});

// ── 2. DOP core privileges, table with requested / recommended / granted columns ──
const dopCore = table({
  id: 's133-dopcore',
  kind: 's133-dop-core-privileges-grid',
  caption: 'SECTION B. CORE PRIVILEGES — Peripheral nerve procedures. Applicant checks Req.; Dept Chair checks Rec.',
  headers: ['CPT', 'Procedure', 'Min. cases / 24 mo', 'Req.', 'Rec.', 'Granted'],
  rows: [
    ['{64445}', 'Injection, anesthetic agent; sciatic nerve, single', '10', '☒', '☒', '☒'],
    ['{64446}', 'Sciatic nerve, continuous infusion by catheter', '5', '☒', '☒', '☒'],
    ['{64447}', 'Femoral nerve, single', '10', '☒', '☒', '☒'],
    ['{64450}', 'Other peripheral nerve or branch', '10', '☒', '☒', '☒'],
    ['{64415}', 'Brachial plexus, single', '10', '☐', '', ''],
    ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve', '5', '☒', '☒', '☐ see FPPE'],
    ['{64640}', 'Destruction by neurolytic agent; other peripheral nerve or branch', '5', '☒', '☒', '☒'],
  ],
});

// ── 3. DOP special (non-core) privileges, table with codes in a list cell ──
const dopSpecial = table({
  id: 's133-dopspec',
  kind: 's133-dop-special-privileges-grid',
  caption:
    'SECTION C. SPECIAL NON-CORE PRIVILEGES (each requires the criteria listed; FPPE of 3 cases on initial grant)',
  headers: ['Special privilege', 'CPT code(s)', 'Criteria / case minimum', 'Requested', 'Recommended', 'Granted'],
  rows: [
    [
      'Neuroplasty, major peripheral nerve (open)',
      '{64712}, {64713}, {64714}',
      'Fellowship in peripheral nerve surgery OR 15 cases in last 24 mo',
      'Y',
      'Y',
      'Y — FPPE',
    ],
    [
      'Chemodenervation, facial / head & neck',
      '{64612}, {64615}, {64616}',
      '10 cases; EMG guidance competency for {95874}',
      'Y',
      'Y w/ condition',
      'Pending',
    ],
    [
      'Peripheral neurostimulator lead, percutaneous',
      '{64555} / {64590}',
      '5 cases + device vendor training',
      'N',
      '—',
      '—',
    ],
    ['Radiofrequency ablation, genicular nerves', '{64624}', '10 cases, fluoro-guided', 'Y', 'Y', 'Y'],
    ['Spinal cord stimulator trial', '{63650}', '10 trials; ASIPP/NANS course', 'N', '—', '—'],
  ],
});

// ── 4. DOP qualifications and current competence, text layer ──
const dopCriteria = lines({
  id: 's133-dopcrit',
  kind: 's133-dop-qualifications-criteria-text',
  before: 'SECTION A. QUALIFICATIONS',
  text: [
    'Education: MD/DO with ACGME- or AOA-accredited residency in anesthesiology, PM&R or neurology, and ACGME pain fellowship.',
    'Board: ABA/ABPMR/ABPN subspecialty certification in Pain Medicine, or achieved within 5 yrs of completing training.',
    'Current competence (initial): documentation of at least 40 nerve block / neurolysis procedures in the past 24 months,',
    'of which at least 10 sciatic blocks ({64445} or {64446}) and 5 neurolytic destructions ({64632}, {64640}).',
    'Reappointment: 20 cases from the core list in 24 months; volume is pulled from EDW report [40092] where available.',
    'Applicants performing procedures only at other facilities must submit a case log attestation (Form MSS-[41046]).',
    'Podiatrists requesting {64632} must hold ABFAS certification and meet DPM criteria in Form MSS-[41062].',
  ].join('\n'),
});

// ── 5. DOP signature / acknowledgement page, text layer (decoy heavy) ──
const dopSign = lines({
  id: 's133-dopsign',
  kind: 's133-dop-signature-acknowledgement-text',
  before: 'SECTION D. ACKNOWLEDGEMENT OF PRACTITIONER',
  text: [
    'I have requested only those privileges for which by education, training, current experience and demonstrated',
    'performance I am qualified to perform, and that I wish to exercise at St. Ansgar Regional Medical Center.',
    'Signed: Priya Ramanathan, MD   Date: 10/14/2026   Practitioner ID [40102]',
    'Department Chair recommendation: ☒ Recommend all requested ☐ Recommend with modification (see attached)',
    'Chair: Daniel Hoeft, MD   Date: 10/21/2026   Credentials file [64632]',
    'MSS use only: scanned to OnBase doc [72045]; batch [72077]',
  ].join('\n'),
});

// ── 6. Credentials file checklist, table (identifiers, decoys only) ──
const credChecklist = table({
  id: 's133-credck',
  kind: 's133-credentials-file-checklist-grid',
  caption: 'CREDENTIALS FILE CHECKLIST — Ramanathan, Priya MD — Reappointment cycle 2027–2029',
  headers: ['Item', 'Number / ID', 'Source', 'Verified', 'By', 'Expires'],
  rows: [
    ['NPI', '1457392810', 'NPPES', '10/02/2026', 'KJ', 'n/a'],
    ['WI medical license', '[64612]-20', 'WI DSPS', '10/02/2026', 'KJ', '10/31/2027'],
    ['IL medical license (inactive)', '036.[14322]', 'IDFPR', '10/02/2026', 'KJ', '07/31/2026'],
    ['DEA', 'FR4821937 (WI)', 'DEA CSA online', '10/03/2026', 'KJ', '05/31/2028'],
    ['ABA Anesthesiology', 'Cert #[51047]', 'ABA', '10/03/2026', 'KJ', 'MOCA current'],
    ['ABA Pain Medicine', 'Cert #[51109]', 'ABA', '10/03/2026', 'KJ', '12/31/2030'],
    ['CAQH ProView', '14820733', 'CAQH', '10/01/2026', 'MT', 'attest 12/2026'],
    ['Prof. liability', 'Policy PL-[64714]', 'Carrier COI', '10/04/2026', 'MT', '01/01/2027'],
    ['NPDB continuous query', 'Report [55406]', 'NPDB', '10/01/2026', 'MT', 'enrolled'],
    ['Peer reference #1 (Hoeft)', 'Req. [29384]', 'e-mail', '10/06/2026', 'KJ', 'n/a'],
    ['Peer reference #2 (Adeyemi)', 'Req. [29391]', 'e-mail', 'pending', 'KJ', 'n/a'],
    ['TB / health screen', 'Empl. health [13408]', 'Occ Health', '09/28/2026', 'MT', '09/28/2027'],
    ['Medicare PTAN / WI Medicaid', 'PTAN WP[30752] / 40277155', 'PECOS', '10/02/2026', 'KJ', 'n/a'],
  ],
});

// ── 7. Primary source verification log, text layer ──
const psvLog = lines({
  id: 's133-psv',
  kind: 's133-primary-source-verification-log-text',
  before: 'PSV activity log — file 64632',
  text: [
    '10/01/2026 09:12 MT  NPDB query submitted, DCN 5500000127934612; result: no reports. Saved as attachment [72083].',
    '10/02/2026 14:40 KJ  WI DSPS license lookup: [64612]-20, active, no discipline. Screenshot [72088].',
    '10/03/2026 08:05 KJ  ABA verification letter received for certificates [51047] and [51109].',
    '10/03/2026 11:30 KJ  Hospital affiliation: UW Health, 600 Highland Ave, Madison WI [53792], verified by letter.',
    '10/04/2026 16:02 MT  OIG LEIE / SAM exclusion checks clear; ticket [23044].',
  ].join('\n'),
});

// ── 8. OPPE report header, PDF text layer ──
const oppeHeader = lines({
  id: 's133-oppehdr',
  kind: 's133-oppe-report-header-text',
  before: 'Ongoing Professional Practice Evaluation (OPPE)',
  text: [
    'Practitioner: Ramanathan, Priya MD   Dept: Anesthesiology – Pain Medicine   Prov ID [40102]',
    'Evaluation period: 01/01/2026 – 06/30/2026   Report run [64714]   Source: EDW (Caboodle) PROC_FACT',
    'Report definition: OPPE_PAIN_v3   Run by: QUALITY\\svc_oppe   Distribution list [40134]',
    'Cases attributed by primary surgeon/proceduralist on the surgical case record; CPT from coded professional claim.',
    'Printed 07/02/2026 14:05 by user [48213]   Page 1 of 4   CONFIDENTIAL — Wis. Stat. 146.38 peer review',
  ].join('\n'),
});

// ── 9. OPPE case volume by CPT, warehouse table (odd headers) ──
const oppeVolume = table({
  id: 's133-oppevol',
  kind: 's133-oppe-volume-by-cpt-grid',
  caption: 'Table 1. Procedure volume by CPT, current vs prior period (EDW)',
  headers: ['CPT_CD', 'PROC_DESC', 'CUR_PRD_N', 'PRI_PRD_N', 'PEER_MEDIAN', 'PRIV_STATUS'],
  rows: [
    ['{64445}', 'N BLOCK INJ SCIATIC SNGL', '38', '41', '22', 'Granted'],
    ['{64447}', 'N BLOCK INJ FEMORAL SINGLE', '27', '30', '19', 'Granted'],
    ['{64450}', 'N BLOCK OTHER PERIPHERAL', '64', '58', '40', 'Granted'],
    ['{64632}', 'DESTR NROLYTC AGT PLANTAR DIG', '4', '2', '6', 'FPPE'],
    ['{64640}', 'DESTR NROLYTC AGT OTH PRPH', '11', '9', '7', 'Granted'],
    ['{64624}', 'DESTR NEUROLYTIC GENICULAR', '19', '12', '14', 'Granted'],
    ['{64712}', 'NEUROPLASTY SCIATIC NERVE', '0', '0', '3', 'Not granted'],
  ],
});

// ── 10. OPPE indicator scorecard, table (indicator ids and counts, decoy heavy) ──
const oppeIndicators = table({
  id: 's133-oppeind',
  kind: 's133-oppe-indicator-scorecard-grid',
  caption: 'Table 2. Indicators (target / actual) — green = within target',
  headers: ['Ind. #', 'Indicator', 'Numerator', 'Denom.', 'Rate', 'Target', 'Flag'],
  rows: [
    ['[31045]', 'Unplanned admission after outpatient procedure', '1', '163', '0.6%', '<2%', 'G'],
    ['[31047]', 'Local anesthetic systemic toxicity events', '0', '163', '0.0%', '0', 'G'],
    ['[31064]', 'Post-block neuropathy reported > 6 wks', '1', '38', '2.6%', '<3%', 'G'],
    ['[31075]', 'Time-out documentation complete', '161', '163', '98.8%', '100%', 'Y'],
    ['[31287]', 'Medical record delinquency (H&P > 30 days)', '2', '—', '—', '0', 'Y'],
  ],
});

// ── 11. OPPE department chair determination, text layer ──
const oppeChair = lines({
  id: 's133-oppechair',
  kind: 's133-oppe-chair-determination-text',
  before: 'Section 4. Department Chair review and determination',
  text: [
    'Volume adequate for all core privileges. Low volume for plantar digital neurolysis ({64632}: 4 cases) is noted;',
    'FPPE for {64632} remains open until 3 cases are reviewed. No volume for sciatic neuroplasty {64712} this period;',
    'recommend the practitioner relinquish {64712}/{64714} at reappointment unless a case log from another facility is provided.',
    'Indicator [31075] (time-out) flagged yellow: 2 of 163 cases, both {64450} in clinic procedure room B.',
    '☒ Continue privileges without change  ☐ FPPE required  ☐ Refer to Peer Review Committee (case [70130])',
  ].join('\n'),
});

// ── 12. FPPE plan, text layer ──
const fppePlan = lines({
  id: 's133-fppeplan',
  kind: 's133-fppe-plan-text',
  before: 'FOCUSED PROFESSIONAL PRACTICE EVALUATION — PLAN',
  text: [
    'Practitioner: Thomas Okafor, DPM   Dept: Surgery – Podiatry   FPPE #[20122]   Reason: ☒ new privilege ☐ concern',
    'Privilege(s) under review: neurolytic destruction, plantar common digital nerve (CPT {64632}).',
    'Method: concurrent proctoring of first 3 cases, then retrospective chart review of next 5 (target 8 cases).',
    'Proctor(s): Lisa Brandt, DPM (ID [40158]); alternate Ahmed Yusuf, MD (pain).',
    'Timeframe: 90 days from grant (11/01/2026) or 8 cases, whichever later; extend once by MEC action.',
    'Success criteria: correct level/agent documented, no nerve injury, imaging saved to PACS accession [77080].',
  ].join('\n'),
});

// ── 13. FPPE case review, table ──
const fppeCases = table({
  id: 's133-fppecases',
  kind: 's133-fppe-case-review-grid',
  caption: 'FPPE #20122 case review summary',
  headers: ['#', 'DOS', 'MRN (last 5)', 'Proc', 'Type', 'Reviewer', 'Meets std?'],
  rows: [
    ['1', '11/04/2026', '[18105]', '{64632} RT', 'Concurrent', 'LB', 'Yes'],
    ['2', '11/11/2026', '[27208]', '{64632} LT, {64632} RT', 'Concurrent', 'LB', 'Yes'],
    ['3', '11/18/2026', '[34138]', '{64632}-LT', 'Concurrent', 'AY', 'Yes — note late'],
    ['4', '12/02/2026', '[52114]', '{64640}', 'Retrospective', 'LB', 'Yes'],
    [
      '5',
      '12/09/2026',
      '[64445]',
      '{64632}, {28080}',
      'Retrospective',
      'LB',
      'Refer — Morton neuroma excision same toe',
    ],
  ],
});

// ── 14. Proctoring log, table (no header on the procedure column) ──
const proctorLog = table({
  id: 's133-proctor',
  kind: 's133-proctoring-log-grid',
  caption: 'Proctoring log — Vasquez, Elena MD (Neurology) — chemodenervation',
  headers: ['Date', 'Pt acct', '', 'Side', 'Proctor', 'Conc/Retro', 'Score (1-5)'],
  rows: [
    ['09/08/2026', '[81067]', '{64612}', 'L', 'R. Chen MD', 'C', '5'],
    ['09/15/2026', '[81072]', '{64612}-RT', 'R', 'R. Chen MD', 'C', '4'],
    ['09/29/2026', '[81108]', '{64615}', 'bilat', 'R. Chen MD', 'C', '5'],
    ['10/06/2026', '[82419]', '{64612}, {95874}', 'L', 'K. Olsen MD', 'R', '5'],
    ['10/20/2026', '[82436]', '{64616}', 'n/a', 'K. Olsen MD', 'R', '4'],
  ],
});

// ── 15. Proctor evaluation form, text layer ──
const proctorEval = lines({
  id: 's133-proctoreval',
  kind: 's133-proctor-evaluation-form-text',
  before: 'PROCTOR EVALUATION FORM (complete one per case; return within 7 days)',
  text: [
    'Practitioner proctored: Elena Vasquez, MD     Proctor: Richard Chen, MD     Case date: 09/15/2026',
    'Procedure (name and CPT): chemodenervation, facial nerve, unilateral — {64612} right, hemifacial spasm',
    'Account [81072]   Location: Neurology Procedure Clinic, 1 S. Park St, Madison WI [53715]',
    'Indication appropriate ☒  Technique ☒  Dose/dilution documented ☒  Complications: none',
    'Comments: good EMG localization; would not have done anything different. Agree {64612} x1 unit coded correctly.',
    'Proctor attests no direct patient care was provided. Form MSS-[41084].',
  ].join('\n'),
});

// ── 16. Credentials committee minutes, text layer ──
const credMinutes = lines({
  id: 's133-credmin',
  kind: 's133-credentials-committee-minutes-text',
  before:
    'CREDENTIALS COMMITTEE — MINUTES — October 27, 2026, 07:00, Board Room 2 — CONFIDENTIAL peer review (Wis. Stat. 146.38)',
  text: [
    'Present: D. Hoeft (chair), M. Lindqvist, S. Adeyemi, K. Olsen, J. Patel; MSS: K. Jorgensen. Quorum met.',
    'Item 4.2 Ramanathan, P. (reappt.) — file complete; OPPE run [64714] reviewed. Chair notes no {64712}/{64714} in 24 mo.',
    'Discussion: applicant asks to keep neuroplasty privileges; will supply case log from Meriter (est. 6 cases of {64712}).',
    'Action: recommend reappointment, all core; special privilege {64712}–{64714} held pending case log. Motion SA, 2nd JP, carried.',
    'Item 4.5 Okafor, T. DPM — new special privilege {64632}; FPPE #[20122] opened. Recommend grant. Carried.',
    'Item 4.7 Vasquez, E. MD — request {64612} and {64615}: 5 proctored cases complete. Recommend grant. Carried.',
    'Next meeting 11/24/2026. Minutes filed as doc [88102].',
  ].join('\n'),
});

// ── 17. Medical executive committee minutes, text layer ──
const mecMinutes = lines({
  id: 's133-mecmin',
  kind: 's133-mec-minutes-text',
  before: 'MEDICAL EXECUTIVE COMMITTEE — November 3, 2026 — Item / Discussion / Action',
  text: [
    'Credentials report (Dr. Hoeft): 14 reappointments, 3 initial appointments, 2 privilege modifications.',
    'Dr. Okafor (Podiatry): grant neurolytic destruction plantar common digital nerve, CPT {64632}, with FPPE. APPROVED.',
    'Dr. Vasquez (Neurology): grant chemodenervation {64612}, {64615} per DOP section C. APPROVED.',
    'DOP revision: pain medicine form MSS-[64612] adds genicular and SI joint RFA ({64624}, {64625}) and drops {64680}. APPROVED.',
    'Policy MS-[23077] Proctoring revised; effective 01/01/2027. Forward to Board consent agenda item [12092].',
  ].join('\n'),
});

// ── 18. Board of directors consent agenda, table ──
const boardAgenda = table({
  id: 's133-board',
  kind: 's133-board-consent-agenda-grid',
  caption: 'Board of Directors — Consent Agenda — Medical Staff appointments and privileges — 11/19/2026',
  headers: ['Practitioner', 'Specialty', 'Action', 'Privileges', 'Term'],
  rows: [
    [
      'Ramanathan, Priya MD',
      'Pain Med',
      'Reappoint',
      'Core pain; special {64624}; {64712}/{64714} held',
      '12/2026–11/2028',
    ],
    ['Okafor, Thomas DPM', 'Podiatry', 'Modify', 'Add {64632} (FPPE)', 'n/a'],
    ['Vasquez, Elena MD', 'Neurology', 'Modify', 'Add {64612}, {64615}', 'n/a'],
    [
      'Lindqvist, Marcus MD',
      'Plastic Surg',
      'Reappoint',
      'Core + {64712}, {64713}, {64714}, {64708}',
      '12/2026–11/2028',
    ],
    [
      'Hale, Jordan CRNA',
      'AHP',
      'Initial',
      'Regional blocks incl. {64445}, {64447} under supervision',
      '12/2026–11/2028',
    ],
  ],
});

// ── 19. Reappointment application, practice and insurance section, text layer ──
const reappPractice = lines({
  id: 's133-reapp',
  kind: 's133-reappointment-application-practice-text',
  before: 'REAPPOINTMENT APPLICATION — Part II: Practice information',
  text: [
    'Primary office: Capital Pain & Nerve Center, 5102 Anchor Dr, Suite 220, Madison, WI [53718]',
    'Billing address: PO Box [44093], Madison, WI [53744]-4093   Tax ID 39-1827364',
    "Other facility privileges: Meriter Hospital, 202 S Park St, Madison WI [53715]; SSM St. Mary's, Madison [53715]",
    'Professional liability carrier: ProAssurance   Policy no. PL-[64714]   Limits $1,000,000 / $3,000,000',
    'Wisconsin Injured Patients and Families Compensation Fund participant no. [18128]',
    'Secondary office: 1 Fen Oak Ct, Madison WI [53718]; satellite clinic 2 S. Carroll St, Madison WI [53703]',
    'Hospital group number for payroll-deducted dues: [64445]; dues $350 paid 09/30/2026.',
    'Other states licensed: IL 036.[14322] (inactive), MN [56730] (active)   CME hours past 24 mo: 62.5',
  ].join('\n'),
});

// ── 20. Reappointment application, liability claims history, table (decoy only) ──
const reappClaims = table({
  id: 's133-reappclaims',
  kind: 's133-reappointment-liability-claims-grid',
  caption: 'Part IV. Professional liability claims — list every claim, open or closed, in the past 10 years',
  headers: ['Claim no.', 'Carrier', 'Date of incident', 'Allegation', 'Status', 'Paid'],
  rows: [
    ['[61104]', 'ProAssurance', '03/2019', 'Nerve injury after block', 'Closed, no payment', '$0'],
    ['WCA-[23016]', 'Wis. Fund', '03/2019', 'Same incident (Fund notice)', 'Closed', '$0'],
    ['[77123]', 'MedPro', '08/2022', 'Delayed diagnosis', 'Dismissed', '$0'],
  ],
});

// ── 21. Privilege-request e-mail thread, text layer ──
const requestEmail = lines({
  id: 's133-reqmail',
  kind: 's133-privilege-request-email-thread-text',
  before: 'Subject: RE: Privilege request — neuroplasty sciatic / lumbar plexus [Ticket #64612]',
  text: [
    'From: Marcus Lindqvist MD <mlindqvist@capitalnerve.example.com>   Sent: Tue 10/6/2026 9:41 PM',
    "Hi Kari — I'd like to add {64712} and {64714} to my privileges at St. Ansgar; I already do them at Meriter.",
    "Also want to make sure {64708} (other peripheral nerve neuroplasty) is on the list, it wasn't on the old form.",
    'I can send my case log — about 13 cases of {64712} and 6 of {64714} in the last 2 years. Who signs off, Hoeft?',
    '> From: Kari Jorgensen <kjorgensen@stansgar.example.org>  Mon 10/5/2026 3:18 PM',
    '> Dr. L, your reappointment packet is due 11/1. The pain DOP (MSS-[64612]) lists {64712}-{64714} as special privileges.',
    '> Ticket #[64612] — please keep this number in the subject line.',
    '> Kari Jorgensen, CPMSM | Medical Staff Services | PO Box [64712], Madison, WI [53708] | ext. 4417',
  ].join('\n'),
});

// ── 22. Medical staff office reply e-mail, text layer ──
const msoReply = lines({
  id: 's133-msoreply',
  kind: 's133-mso-reply-email-text',
  before: 'From: Kari Jorgensen, CPMSM — Credentialing Specialist — Wed 10/7/2026 8:02 AM',
  text: [
    'Good morning Dr. Lindqvist,',
    'Thanks! Neuroplasty of the sciatic nerve ({64712}) and lumbar plexus ({64714}) are both in Section C of the DOP.',
    "{64708} isn't on the pain form — it's on the plastic surgery DOP (MSS-[41089]); I've attached that page too.",
    'For the case log, please use the attestation template: date, last 5 of MRN, CPT, facility, your role.',
    'Upload it to the portal under request [91084], or fax to 608-555-0190. Meriter verification goes to their MSO,',
    'PO Box [44074], Madison WI [53708]. Dr. Hoeft signs as chair; then Credentials 10/27 and MEC 11/3.',
    'Kari Jorgensen | Medical Staff Services | St. Ansgar Regional Medical Center | ext. 4417',
  ].join('\n'),
});

// ── 23. Case-log attestation uploaded as CSV, text layer ──
const caseLogCsv = lines({
  id: 's133-logcsv',
  kind: 's133-case-log-attestation-csv-text',
  before: 'lindqvist_caselog_2024-2026.csv (uploaded 10/09/2026)',
  text: [
    'DOS,MRN_LAST5,CPT,MOD,FACILITY,ROLE',
    '10/17/2024,[58024],{64712},RT,Meriter,Primary',
    '11/02/2024,[60120],{64712},LT,Meriter,Primary',
    '01/15/2025,[61129],{64714},,Meriter,Primary',
    '03/22/2025,[64632],{64712},RT,Meriter,Primary',
    '05/08/2025,[70090],"{64712},{64704}",LT,UW Health,Co-surgeon',
    '09/30/2025,[71100],{64714},,Meriter,Primary',
    '02/11/2026,[72040],{64713},RT,Meriter,Primary',
    '03/05/2026,[74101],{64712},LT,Meriter,Primary',
    '03/26/2026,[76215],{64708},RT,SSM St Marys,Primary',
  ].join('\n'),
});

// ── 24. Case-log attestation as rendered in the portal, table (odd headers) ──
const caseLogGrid = table({
  id: 's133-loggrid',
  kind: 's133-case-log-attestation-grid',
  caption: 'Case Log Attestation — Lindqvist, Marcus MD — uploaded 10/09/2026 — 24 rows (showing 6)',
  headers: ['Date', 'Pt ID (last 5)', 'Procedure performed', 'Facility', 'Role'],
  rows: [
    ['04/03/2026', '[80054]', 'Sciatic neurolysis/neuroplasty, {64712}', 'Meriter', 'Primary'],
    ['04/24/2026', '[80098]', 'L plexus neuroplasty ({64714})', 'Meriter', 'Primary'],
    ['05/19/2026', '[81031]', '{64712} + {64445} (block by anesth)', 'Meriter', 'Primary'],
    ['06/02/2026', '[81116]', 'Common peroneal release {64708}', 'Meriter', 'Primary'],
    ['07/14/2026', '[88016]', 'Carpal tunnel {64721}', "SSM St. Mary's", 'Primary'],
    ['08/25/2026', '[90141]', 'Sciatic neuroplasty rev. ({64712}-22)', 'Meriter', 'Primary'],
  ],
});

// ── 25. Case-log attestation signature block, text layer ──
const caseLogSign = lines({
  id: 's133-logsign',
  kind: 's133-case-log-attestation-signature-text',
  before: 'ATTESTATION',
  text: [
    'I attest that the cases listed above (24 total: {64712} x 13, {64714} x 6, {64713} x 2, {64708} x 2, {64721} x 1)',
    'were performed by me as primary or co-surgeon between 10/01/2024 and 09/30/2026, and that the list is complete.',
    'Verified against Meriter OR system by: J. Schmitt, Meriter MSO, verification no. [45100], 10/16/2026.',
    'Signature: /s/ Marcus Lindqvist, MD   NPI 1730481295   WI lic. [45003]-20',
  ].join('\n'),
});

// ── 26. Hospital privileging criteria web page, text layer ──
const criteriaPage = lines({
  id: 's133-critweb',
  kind: 's133-privileging-criteria-web-page-text',
  before: 'stansgar.example.org › For Providers › Medical Staff › Privileging Criteria › Pain & Peripheral Nerve',
  text: [
    'Privileging criteria: Pain Medicine and Peripheral Nerve Procedures (approved by MEC 11/03/2026)',
    'Core privileges include ultrasound- or fluoroscopy-guided peripheral nerve blocks (e.g., CPT {64445}–{64450}),',
    'neurolytic destruction of peripheral nerves ({64632}, {64640}) and image guidance billed with them ({76942}, {77002}).',
    'Special privileges require additional documentation: open neuroplasty of the sciatic nerve or lumbar plexus',
    '({64712}, {64714}), chemodenervation of the facial nerve ({64612}) and peripheral nerve stimulation ({64555}, {64590}).',
    'Download the DOP (PDF, 412 KB), form MSS-[64612]. Mail applications to Medical Staff Services, PO Box [64712],',
    'Madison, WI [53708]. Page ID [20041] · last reviewed 11/2026.',
  ].join('\n'),
});

// ── 27. Privileging criteria FAQ, text layer ──
const criteriaFaq = lines({
  id: 's133-critfaq',
  kind: 's133-privileging-criteria-faq-text',
  before: 'Frequently asked questions — privileging',
  text: [
    'Q: My cases were done at an ambulatory surgery center. Do they count toward the {64445} minimum?',
    'A: Yes. Submit a case log attestation signed by the ASC administrator; ASC cases are not in our EDW counts.',
    'Q: I do Botox for blepharospasm ({64612}) in clinic. Is that a special privilege?',
    'A: Yes — chemodenervation ({64612}, {64615}, {64616}) is in Section C even when performed in an office-based clinic.',
    "Q: Does {64632} cover a Morton's neuroma alcohol injection series? A: Yes, one code per injection session.",
    'Q: When anesthesia places my popliteal block their claim line reads XU {64445}. Does it count toward my minimum? A: No, only cases you perform.',
    'Q: Who do I call? A: Medical Staff Services, 608-555-0188, or write to PO Box [64712], Madison, WI [53708].',
  ].join('\n'),
});

// ── 28. Data warehouse SQL extract behind the OPPE volume, text layer ──
const warehouseSql = lines({
  id: 's133-sql',
  kind: 's133-warehouse-sql-extract-text',
  before: 'OPPE_PAIN_v3.sql — owner: Quality Analytics — last modified 08/14/2026',
  text: [
    '-- Peripheral nerve and pain procedure volume by practitioner; request RITM[64714] (M. Tran)',
    'SELECT p.PROV_ID, f.CPT_CD, COUNT(DISTINCT f.SURG_CASE_ID) AS CASE_N',
    'FROM EDW.PROC_FACT f JOIN EDW.PROV_DIM p ON p.PROV_KEY = f.PRIM_PROV_KEY',
    "WHERE f.CPT_CD IN ('{64445}','{64446}','{64447}','{64450}','{64632}','{64640}','{64624}')",
    "   OR f.CPT_CD IN ('{64712}','{64713}','{64714}','{64612}','{64615}','{64616}')",
    "   OR f.CPT_CD BETWEEN '{64400}' AND '{64489}'  -- somatic nerve injections",
    '  AND f.SVC_DT BETWEEN @start AND @end AND f.DEPT_ID IN ([10112], [10120])',
    'GROUP BY p.PROV_ID, f.CPT_CD;',
  ].join('\n'),
});

// ── 29. Warehouse report parameters screen, text layer ──
const reportParams = lines({
  id: 's133-params',
  kind: 's133-warehouse-report-parameters-screen-text',
  before: 'Report Manager › OPPE Procedure Volume › Run with parameters',
  text: [
    'Practitioner (PROV_ID): [40102]   ☐ All pain medicine',
    'Department(s): [10112] Anesthesiology-Pain;  [10120] Podiatry',
    'Service date from: 01/01/2026   to: 06/30/2026',
    'CPT filter (comma separated): {64445},{64446},{64447},{64450},{64632},{64640},{64712},{64714}',
    'Include codes: {64612} {64615} ☒   Exclude: {77002} {76942} (guidance) ☒',
    'Output: PDF + Excel   Previous run id [64714] (07/02/2026)   Job queue [91117]',
  ].join('\n'),
});

// ── 30. HL7 v2 BAR^P01 feed into the warehouse, text layer ──
const hl7Bar = lines({
  id: 's133-hl7',
  kind: 's133-hl7-bar-pr1-feed-text',
  before: 'Interface engine message viewer — channel SURG_TO_EDW — message 3 of 12',
  text: [
    'MSH|^~\\&|OPTIME|STANSGAR|EDW|STANSGAR|20260519143022||BAR^P01|[58047]|P|2.5',
    'PID|1||0081030^^^SAMRN^MR||NORDSTROM^ERIK^J||19580214|M|||811 Oak St^^Madison^WI^[53719]',
    'PV1|1|O|MOR^OR07^01||||1730481295^LINDQVIST^MARCUS',
    'PR1|1|CPT4|{64712}^NEUROPLASTY MAJOR PERIPHERAL NERVE SCIATIC^CPT4|Neuroplasty sciatic|20260519094500|P|||||1730481295^LINDQVIST',
    'PR1|2|CPT4|{64445}^N BLOCK INJ SCIATIC SNGL^CPT4||20260519090500|A|||||1902364418^WEBER^ANNA',
    'GT1|1||NORDSTROM^ERIK^J||811 Oak St^^Madison^WI^[53719]|608-555-0121',
    'IN1|1|[66241]|[39508]|WPS HEALTH INSURANCE|PO BOX [59214]^^MADISON^WI^[53708]||||GRP[73094]',
    'ZSC|SURG_CASE_ID|[72019]|ROOM|OR07',
  ].join('\n'),
});

// ── 31. FHIR Procedure extract, JSON text layer ──
const fhirProc = lines({
  id: 's133-fhir',
  kind: 's133-fhir-procedure-extract-json-text',
  before: 'GET /fhir/R4/Procedure?performer=Practitioner/pr-40102&date=ge2026-01-01',
  text: [
    '{ "resourceType": "Procedure", "id": "proc-[45115]", "status": "completed",',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}",',
    '    "display": "Destruction by neurolytic agent; plantar common digital nerve" } ] },',
    '  "identifier": [ { "system": "urn:stansgar:surg-log", "value": "[86107]" } ],',
    '  "subject": { "reference": "Patient/pt-[52015]" }, "performedDateTime": "2026-03-12T10:22:00-05:00",',
    '  "extension": [ { "url": "https://stansgar.example.org/fhir/surg-case", "valueString": "[72030]" } ] },',
    '{ "resourceType": "Procedure", "id": "proc-[45121]", "code": { "coding": [ { "code": "{64445}" } ] } }',
  ].join('\n'),
});

// ── 32. Credentialing system privilege status screen, table ──
const privStatus = table({
  id: 's133-privstat',
  kind: 's133-credentialing-privilege-status-grid',
  caption: 'Provider › Privileges › Current — Okafor, Thomas DPM (Provider # 40120)',
  headers: ['Priv. code', 'Privilege', 'CPT', 'Status', 'Granted', 'Expires', 'FPPE'],
  rows: [
    ['POD-01', 'Podiatry core — forefoot', '{28080}, {28296}', 'Active', '12/01/2024', '11/30/2026', '—'],
    [
      'POD-12',
      'Neurolytic destr. plantar dig. nerve',
      '{64632}',
      'Active – Provisional',
      '11/01/2026',
      '11/30/2028',
      'Open #[20122]',
    ],
    ['POD-13', 'Nerve block, ankle/foot', '{64450}', 'Active', '12/01/2024', '11/30/2026', '—'],
    ['POD-14', 'Sciatic (popliteal) block', '{64445}', 'Requested', '—', '—', '—'],
    ['POD-22', 'Tarsal tunnel release', '{28035}', 'Active', '12/01/2024', '11/30/2026', '—'],
  ],
});

// ── 33. Temporary privileges request, text layer ──
const tempPriv = lines({
  id: 's133-temppriv',
  kind: 's133-temporary-privileges-request-text',
  before: 'REQUEST FOR TEMPORARY PRIVILEGES — important patient care need (MS Bylaws Art. 6.4)',
  text: [
    'Practitioner: Anna Weber, MD (regional anesthesia, locum via Staff Care; assignment no. [34106])',
    'Agency: Staff Care, 5001 Statesman Dr, Irving, TX [75063]; agency COI policy [92213]',
    'Privileges requested for 30 days: {64445}, {64446}, {64447}, {64415} — see attached core DOP page.',
    'Reason: coverage of orthopedic block service while Dr. Ramanathan on leave 12/01–12/30/2026.',
    'Verified: current WI license [52055]-20, DEA, NPDB query [55425], no pending challenge. CEO approval ☒',
    'Approved by: CEO J. Martens and MEC President, 11/24/2026. Tracking [91152].',
  ].join('\n'),
});

// ── 34. Privilege change notification letter, text layer ──
const changeLetter = lines({
  id: 's133-letter',
  kind: 's133-privilege-change-letter-text',
  before: 'St. Ansgar Regional Medical Center · Medical Staff Services · PO Box 64712 · Madison, WI 53708',
  text: [
    'November 20, 2026',
    'Priya Ramanathan, MD, Capital Pain & Nerve Center, 5102 Anchor Dr, Suite 220, Madison, WI [53718]',
    'Re: Reappointment and clinical privileges, term 12/01/2026 – 11/30/2028 (file [64632])',
    'Dear Dr. Ramanathan: On November 19, 2026 the Board of Directors approved your reappointment and the privileges',
    'recommended by the MEC. Your special privileges for neuroplasty (CPT {64712}, {64714}) are held in abeyance pending',
    'receipt of the case log discussed at Credentials Committee; all other requested privileges, including {64624}, are granted.',
    'Please keep this letter with your records. Letter ref. [83522]; cc: Dept. Chair, OR Scheduling.',
    'Medical Staff Services · 4100 Regent Street · Madison, WI [53705] · PO Box [64712] · Madison, WI [53708]',
  ].join('\n'),
});

// ── 35. OR scheduling privilege lookup, table ──
const orLookup = table({
  id: 's133-orlookup',
  kind: 's133-or-scheduling-privilege-lookup-grid',
  caption: 'OR Scheduling — privilege check before booking (Surgeon: LINDQVIST, MARCUS)',
  headers: ['Booked proc.', 'Code', 'Privileged?', 'Note'],
  rows: [
    ['NEUROPLASTY SCIATIC NERVE', '{64712}', 'YES', 'Granted 12/01/2026'],
    ['NEUROPLASTY LUMBAR PLEXUS', '{64714}', 'YES', ''],
    ['NEUROLYSIS, OTHER PERIPH NERVE', '{64708}', 'YES', ''],
    ['SCIATIC BLOCK (by anesthesia)', '{64445}', 'N/A', 'Anesthesia privileges apply'],
    ['NERVE REPAIR W/ CONDUIT', '{64910}', 'NO', 'Call MSS ext 4417; case [70148] on hold'],
  ],
});

// ── 36. DOP revision history, table ──
const dopRevisions = table({
  id: 's133-doprev',
  kind: 's133-dop-revision-history-grid',
  caption: 'Form MSS-64612 revision history',
  headers: ['Rev.', 'Date', 'Change', 'Approved', 'Doc ID'],
  rows: [
    [
      '7',
      '09/2026',
      'Added genicular / SI jt RFA {64624}/{64625}; removed {64680} (moved to IR DOP)',
      'MEC 11/03/2026',
      '[88129]',
    ],
    ['6', '03/2024', 'Chemodenervation {64612}–{64616} moved from core to special', 'MEC 04/02/2024', '[88065]'],
    ['5', '01/2022', 'Added {64712}, {64714} neuroplasty; min. 15 cases', 'MEC 02/01/2022', '[88051]'],
    ['4', '2020', 'Code update {64632}/{64640} (neurolytic)', 'MEC', '[27036]'],
  ],
});

// ── 37. Credentialing system XML export, text layer ──
const credXml = lines({
  id: 's133-xml',
  kind: 's133-credentialing-xml-export-text',
  before: 'privileges_export_20261201.xml',
  text: [
    '<Practitioner id="[40102]" npi="1457392810" fileNo="[64632]">',
    '  <License state="WI" number="[64612]-20" expires="2027-10-31"/>',
    '  <Privilege code="PAIN-SC-03" status="Abeyance"><Cpt>{64712}</Cpt><Cpt>{64714}</Cpt></Privilege>',
    '  <Privilege code="PAIN-C-01" status="Active"><Cpt>{64445}</Cpt><Cpt>{64446}</Cpt><Cpt>{64450}</Cpt></Privilege>',
    '  <Privilege code="PAIN-C-07" status="Active" cpt="{64632}" caseMin="5" fppeId="[20133]"/>',
    '  <Address zip="[53718]" type="office"/>',
    '</Practitioner>',
  ].join('\n'),
});

// ── 38. FPPE tracking dashboard, table (decoy heavy) ──
const fppeDashboard = table({
  id: 's133-fppedash',
  kind: 's133-fppe-tracking-dashboard-grid',
  caption: 'FPPE tracking — open plans — Medical Staff Services — as of 12/04/2026',
  headers: ['FPPE #', 'Practitioner', 'Prov #', 'Privilege', 'Cases done / req.', 'Due'],
  rows: [
    ['[20122]', 'Okafor, T. DPM', '[40120]', 'Neurolytic plantar dig. nerve {64632}', '5 / 8', '01/30/2027'],
    ['[20133]', 'Ramanathan, P. MD', '[40102]', 'Neurolytic plantar dig. nerve', '4 / 3 (retro)', 'Closed'],
    ['[20139]', 'Vasquez, E. MD', '[40145]', 'Chemodenervation facial {64612}', '5 / 5', 'To Cred 12/22'],
    ['[20141]', 'Lindqvist, M. MD', '[40150]', 'Neuroplasty sciatic / L plexus', '0 / 3', '03/01/2027'],
    ['[20147]', 'Hale, J. CRNA', '[40163]', 'Sciatic block {64445} (supervised)', '2 / 10', '02/28/2027'],
  ],
});

// ── 39. Focused review referral form, text layer ──
const referralForm = lines({
  id: 's133-referral',
  kind: 's133-focused-review-referral-form-text',
  before: 'PEER REVIEW REFERRAL / EVENT-TRIGGERED FPPE',
  text: [
    'Referral no. [70130]   Date received 12/10/2026   Source: ☐ OPPE  ☒ Incident report [71144]  ☐ Patient complaint',
    'Practitioner: Thomas Okafor, DPM   Privilege involved: plantar common digital nerve neurolysis ({64632})',
    'Event: 12/09/2026, MRN ending [64445], {64632} performed with {28080} excision on the same interspace; pathology pending.',
    'Question for reviewer: was chemical neurolysis indicated before excision? Compare with DOP Section C criteria.',
    'Assigned reviewer: Lisa Brandt, DPM   Due 01/08/2027   Route: Surgery Peer Review Committee agenda item [12120]',
    'RL6 event [95218] linked; pathology accession S26-[19475]; blinded copy to reviewer, original in file [64632].',
  ].join('\n'),
});

// ── 40. Credentials committee agenda packet index, table ──
const credAgenda = table({
  id: 's133-credagenda',
  kind: 's133-credentials-committee-agenda-packet-grid',
  caption: 'Credentials Committee 10/27/2026 — agenda packet index (items 4.1–4.8)',
  headers: ['Item', 'Practitioner', 'File #', 'Type', 'Privileges at issue', 'Pkt pg'],
  rows: [
    ['4.1', 'Adeyemi, Samuel MD', '[57018]', 'Reappt', 'Core anesthesia', '3'],
    ['4.2', 'Ramanathan, Priya MD', '[64632]', 'Reappt', 'Core pain; special {64712} {64714} {64624}', '9'],
    ['4.3', 'Hale, Jordan CRNA', '[62430]', 'Initial AHP', 'Blocks {64445} {64447} {64415} (supervised)', '21'],
    ['4.5', 'Okafor, Thomas DPM', '[63018]', 'Modification', '{64632}', '34'],
    ['4.6', 'Weber, Anna MD', '[67119]', 'Temp (locum)', '{64445}, {64446}', '41'],
    ['4.7', 'Vasquez, Elena MD', '[68244]', 'Modification', '{64612} {64615}', '47'],
    ['4.8', 'Lindqvist, Marcus MD', '[42716]', 'Reappt', 'Core + {64712}/{64713}/{64714}/{64708}', '55'],
  ],
});

export const sealed133: Snippet[] = [
  ...dopHeader,
  ...dopCore,
  ...dopSpecial,
  ...dopCriteria,
  ...dopSign,
  ...credChecklist,
  ...psvLog,
  ...oppeHeader,
  ...oppeVolume,
  ...oppeIndicators,
  ...oppeChair,
  ...fppePlan,
  ...fppeCases,
  ...proctorLog,
  ...proctorEval,
  ...credMinutes,
  ...mecMinutes,
  ...boardAgenda,
  ...reappPractice,
  ...reappClaims,
  ...requestEmail,
  ...msoReply,
  ...caseLogCsv,
  ...caseLogGrid,
  ...caseLogSign,
  ...criteriaPage,
  ...criteriaFaq,
  ...warehouseSql,
  ...reportParams,
  ...hl7Bar,
  ...fhirProc,
  ...privStatus,
  ...tempPriv,
  ...changeLetter,
  ...orLookup,
  ...dopRevisions,
  ...credXml,
  ...fppeDashboard,
  ...referralForm,
  ...credAgenda,
];
