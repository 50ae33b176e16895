import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 143 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s143-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (other nerve blocks and catheters, facet and genicular radiofrequency ablation, ultrasound
 * guidance, moderate sedation, EMG guidance for chemodenervation, an anesthesia code).
 * Decoys: sample, audit, tracer, tracker, event, note, memo, report, ESC submission and message ids; badge numbers,
 * department ids and cost centers, chargemaster numbers, drug lot numbers, Pyxis stations, phone extensions, ZIP
 * codes in addresses, the CMS-2567 and HL7 PID, a state facility id and complaint intake number, a survey event id,
 * a tax-ID tail, a SharePoint folder and a PACS accession. About a third are numbers of the synthetic 10,000-code
 * set (KNOWN_10K): the hospital's ZIP, the state agency's PO box ZIP, the HIM report job number, the policy-library
 * id, a consent form revision, an EHR change request, the ESC submission id, a tracer number, a chart-audit number,
 * an RCA number and a tax-ID tail. The five known codes' digits come back as decoys: the Joint Commission
 * organization id (64612), a phone extension and the block room's department id / cost center (64712), a vendor
 * contract and the state complaint intake number (64714), the state survey agency's facility id (64445) and a local
 * anesthetic / lipid emulsion lot number (64632B).
 *
 * Family: accreditation and regulatory surveys around the Pain & Regional Anesthesia Service of a (fictional)
 * Missouri hospital, Osage Valley Medical Center: the internal survey-day e-mail, the command-center chat and the
 * surveyor's document request list; a Joint Commission-style individual tracer worksheet (header, patient path,
 * standards and elements of performance checklist), the Summary of Survey Findings (requirements for improvement),
 * its findings list with SAFER placement and the Evidence of Standards Compliance; the state survey agency's
 * Statement of Deficiencies on Form CMS-2567 (header block, deficiency text by tag, continuation footer), the
 * hospital's plan of correction and its monitoring grid, the agency's acceptance letter and the CMS-2567B revisit;
 * the procedural sedation policy, the peripheral nerve block policy and its policy-library page, the sedation audit
 * tool, nerve block audit results and the LAST kit check log; the medical record audit sample list by procedure code
 * (grid, CSV export, the SQL report definition, the sampling memo, a FHIR Procedure, an HL7 charge message, the
 * chargemaster excerpt and the coding validation results); the block note of the traced patient, a near-miss event
 * report and its RCA action plan, privilege delineation, OPPE and competency rosters; the survey-readiness
 * dashboard (tiles, metrics by code, open items) and the board quality report (narrative, scorecard, minutes).
 * Built on real public layouts: Form CMS-2567 (X1–X5 boxes, ID prefix tag, "This STANDARD is not met as evidenced
 * by", continuation footer with Event ID and Facility ID) and CMS-2567B, the Appendix A tags (A-0466,
 * A-1003, A-1005), Joint Commission Summary of Survey Findings (standard, EP, observation in individual tracer at a
 * site, SAFER matrix placement, ESC with who/what/when/how and measure of success), tracer worksheets of the kind
 * survey-readiness consultants publish, PolicyStat-style policy pages, Epic-style report exports, FHIR R4 Procedure,
 * HL7 v2 DFT^P03 FT1 segments and hospital chargemaster listings. The others are written the way those pages read.
 *
 * 383 labelled tokens over 42 shapes: 235 codes, 148 decoys, 51 of the decoys in KNOWN_10K.
 */

// ── 1. Internal e-mail on survey day (decoy heavy) ──
const surveyEmail = lines({
  id: 's143-email',
  kind: 's143-survey-day-internal-email-text',
  before: 'Outlook — Inbox — Accreditation',
  text: [
    'From: Lisa Haverkamp, Accreditation Manager <lhaverkamp@ovmc.org>   Sent: Tue 3/16/2027 7:41 AM',
    'To: PRAS Leadership; Periop Directors; HIM; Quality   Subject: FW: Unannounced survey — HCO ID [64612] — TODAY',
    'The Joint Commission team posted on the extranet at 7:30. Three surveyors, four days. Command center is',
    'Conference Room B (ext. [64712]). Event notice no. [20598]; our program is HAP, two sites (main campus,',
    'Callaway Ridge, MO [65032], and the Pain & Spine Center, 18 Kestrel Ct, Fulton Mill, MO [65251]).',
    'PRAS: please pull the last 30 days of blocks and sedation cases by CPT today, at least {64445}, {64447},',
    '{64415}, {64448} and the clinic chemodenervation list ({64612}). HIM has the report (job [31449]).',
    'Do NOT print the list with patient names; use the de-identified copy in the survey SharePoint, folder [10866].',
  ].join('\n'),
});

// ── 2. Survey command-center chat (Teams), text layer ──
const chat = lines({
  id: 's143-chat',
  kind: 's143-survey-command-center-chat-text',
  before: 'Microsoft Teams — TJC Survey 2027 — Command Center — Today',
  text: [
    'Angela Moreau 9:02 AM  Dr. Marsh wants a tracer on a block patient in preop. Anyone going to OR today with a block?',
    'Tom Reinholt 9:04 AM  Room 3 at 9:30: popliteal sciatic, right, {64445} + US {76942}, then ankle ORIF.',
    'Lisa Haverkamp 9:05 AM  Perfect. Bed 14, account ends [44017]. Make sure the site mark is visible.',
    'Priya Venkataraman 10:47 AM  She asked for the sedation competency file for Pain & Spine. Badge [27480] RN is out.',
    'HIM - Dana 11:15 AM  Sample list sent: 40 rows, {64445} x 12, {64447} x 9, {64612} x 6, {64632} x 4.',
    'Angela Moreau 11:16 AM  Also add the two neuroplasty cases with blocks ({64712} and {64714}).',
    'Lisa Haverkamp 2:31 PM  Surveyor flagged the time-out for the 9:30 block. Open item [36575] in the tracker.',
  ].join('\n'),
});

// ── 3. Surveyor document request list, text layer ──
const docRequest = lines({
  id: 's143-docreq',
  kind: 's143-surveyor-document-request-list-text',
  before: 'Survey Activity — Document List (first hour) — Osage Valley Medical Center',
  text: [
    '1. List of operative and other invasive procedures performed in the last 30 days, incl. outside the OR',
    '   (HIM pulled by CPT: nerve blocks {64415}–{64448}, RFA, genicular RFA, chemodenervation {64612}).',
    '2. Procedural sedation: policy, privileges list, and the last quarter of sedation cases ({99152}/{99153}).',
    '3. Infection control surveillance data; 4. Performance improvement data for the last 12 months.',
    '5. Organization chart; medical staff bylaws and rules (rev. 11/2026, document [12335]).',
    '6. Contracted services list (anesthesia group, Tax ID ending [76302]; ultrasound vendor contract [64714]).',
  ].join('\n'),
});

// ── 4. Individual tracer worksheet, header block ──
const tracerHead = lines({
  id: 's143-tracerhead',
  kind: 's143-individual-tracer-worksheet-header-text',
  before: 'INDIVIDUAL PATIENT TRACER WORKSHEET — Pain & Regional Anesthesia Service',
  text: [
    'Tracer no. TR-[27490]   Unit: Preop Holding / Block Room 3   Date: 03/17/2027   Surveyor: E. Marsh, MD',
    'Patient: "Patient A" (71 F)   Bed 14   Attending: T. Reinholt, MD (Anesthesiology)',
    'Procedure traced: popliteal-sciatic nerve block, ultrasound-guided, single shot (CPT {64445}-RT with {76942})',
    'Surgery to follow: R ankle ORIF under general anesthesia; anesthesia code {01480}',
    'Standards touched: UP.01.01.01; UP.01.02.01; UP.01.03.01; PC.03.01.03; RC.02.01.03; MM.01.01.03',
    'Mock-survey cross reference: readiness tracer [11460] (02/09/2027), same unit',
  ].join('\n'),
});

// ── 5. Tracer patient path, table ──
const tracerPath = table({
  id: 's143-tracerpath',
  kind: 's143-tracer-patient-path-grid',
  caption: 'Patient path — what the surveyor followed',
  headers: ['Step', 'Location / time', 'Observed or reviewed', 'Std / EP', 'Met?'],
  rows: [
    ['1', 'Preop 07:52', 'Order "PNB popliteal sciatic RT ({64445})" signed by attending', 'PC.01.03.01', 'Met'],
    ['2', 'Preop 08:10', 'Pre-anesthesia evaluation 03/16 14:20 covers GA and block', 'PC.03.01.03 EP 1', 'Met'],
    [
      '3',
      'Block room 09:31',
      'Site mark present; time-out called before needle, no block side in script',
      'UP.01.03.01 EP 1',
      'Not met',
    ],
    ['4', 'Block room 09:33', 'Bupivacaine 0.5% lot [64632]B exp 09/2028; Pyxis station [10866]', 'MM.01.01.03', 'Met'],
    [
      '5',
      'Block room 09:44',
      'Block note lists {64445}-RT and {76942}; image archived (study [52219])',
      'RC.02.01.03',
      'Met',
    ],
    ['6', 'PACU 11:58', 'Post-anesthesia evaluation, motor block documented', 'PC.03.01.07', 'Met'],
  ],
});

// ── 6. Standards and EP checklist, table ──
const epChecklist = table({
  id: 's143-epcheck',
  kind: 's143-standards-ep-checklist-grid',
  caption: 'Tracer checklist — standards and elements of performance (EPs), Pain & Regional Anesthesia',
  headers: ['Standard', 'EP', 'Requirement (abridged)', 'Evidence reviewed', 'Score'],
  rows: [
    ['UP.01.01.01', '1', 'Pre-procedure verification process', '5 block records: {64445} x3, {64447} x2', 'Met'],
    ['UP.01.03.01', '1', 'Time-out before the procedure', '1 observed ({64445}-RT), 4 records', 'Not met'],
    ['PC.03.01.03', '1', 'Pre-sedation or pre-anesthesia assessment', '6 RFA cases {64635} with {99152}', 'Met'],
    [
      'PC.03.01.03',
      '8',
      'Reassessment immediately before sedation',
      '2 of 6 missing, chemodenervation {64612}',
      'Partial',
    ],
    ['HR.01.06.01', '5', 'Staff competency assessed', 'Sedation RN file, badge [27480]', 'Partial'],
  ],
});

// ── 7. Summary of Survey Findings, text layer ──
const findings = lines({
  id: 's143-findings',
  kind: 's143-summary-of-survey-findings-report-text',
  before:
    'The Joint Commission — Summary of Survey Findings — Osage Valley Medical Center — Hospital Accreditation Program',
  text: [
    'Organization Identification Number: [64612]   Survey dates: 03/16/2027 – 03/19/2027   Event: [20598]',
    'Program: Hospital Accreditation   Standard: UP.01.03.01   EP 1   SAFER: Moderate / Pattern',
    'Observation: Observed in Individual Tracer at Osage Valley Medical Center (2400 Bluestem Parkway,',
    'Callaway Ridge, MO, [65032]) site. For a patient receiving a right popliteal sciatic block in the block room,',
    "the time-out did not include laterality of the block. The organization's case log (CPT {64445}, {64447})",
    'listed 212 single-injection blocks in 30 days; staff stated the block time-out script is the OR script.',
    'Standard: PC.03.01.03   EP 8   SAFER: Low / Limited   Observed at OVMC Pain & Spine Center (18 Kestrel',
    'Ct, Fulton Mill, MO, [65251]) site: 2 of 6 records of chemodenervation ({64612}) with moderate sedation',
    'lacked reassessment immediately before sedation. Standard: MS.06.01.05 EP 2: a CRNA placed a continuous',
    'femoral catheter ({64448}) without the privilege being granted. Report ID [33580]; posted 03/19/2027.',
  ].join('\n'),
});

// ── 8. Findings list with SAFER placement, table ──
const findingsList = table({
  id: 's143-findinglist',
  kind: 's143-findings-list-safer-placement-grid',
  caption: 'Requirements for Improvement — findings list (export from the accreditation extranet)',
  headers: ['Standard', 'EP', 'SAFER', 'CMS tag', 'Site', 'Tracer', 'Procedure in observation'],
  rows: [
    ['UP.01.03.01', '1', 'Moderate / Pattern', 'A-0955', 'Main', 'TR-[27490]', 'Popliteal sciatic block {64445}'],
    ['PC.03.01.03', '8', 'Low / Limited', 'A-1003', 'Pain & Spine', 'TR-[27491]', 'Chemodenervation {64612}'],
    ['MS.06.01.05', '2', 'Moderate / Limited', 'A-0363', 'Main', 'TR-[27493]', 'Femoral catheter {64448}'],
    ['HR.01.06.01', '5', 'Low / Pattern', 'A-0397', 'Pain & Spine', 'TR-[27491]', 'Sedation for RFA {64635}'],
    ['RC.01.01.01', '19', 'Low / Limited', 'A-0438', 'Main', 'TR-[27496]', 'Neuroplasty {64714}, block note unsigned'],
    ['EC.02.06.01', '1', 'Low / Limited', 'A-0701', 'Main', 'Building tour', '—'],
  ],
});

// ── 9. Evidence of Standards Compliance, text layer ──
const esc = lines({
  id: 's143-esc',
  kind: 's143-evidence-of-standards-compliance-text',
  before: 'Evidence of Standards Compliance (ESC) — due 60 days from report posting — UP.01.03.01 EP 1',
  text: [
    'Who: Regional anesthesia lead (T. Reinholt, MD); block room charge RN; Director, Surgical Services.',
    'What: New block-specific time-out (site, side, nerve, catheter Y/N) built into the block note for all',
    'peripheral nerve blocks and catheters ({64415}–{64448}) and fascial plane blocks.',
    'When: Education 04/05–04/16/2027; EHR build live 04/19/2027 (change request [21067]).',
    'How: Direct observation of 10 blocks per week in the block room and PACU; chart audit of 30 records',
    'a month drawn from the HIM report by CPT (e.g. {64445}-RT/-LT, {64447}, {64612} with sedation).',
    'Measure of Success: 90% or better for four consecutive months; numerator/denominator reported monthly.',
    'ESC submission ID [81048]; contact Angela Moreau, RN, Director of Quality, ext. [64712].',
  ].join('\n'),
});

// ── 10. CMS-2567 header block, text layer ──
const cms2567Head = lines({
  id: 's143-2567head',
  kind: 's143-cms-2567-header-block-text',
  before: 'DEPARTMENT OF HEALTH AND HUMAN SERVICES — CENTERS FOR MEDICARE & MEDICAID SERVICES — FORM APPROVED',
  text: [
    'STATEMENT OF DEFICIENCIES AND PLAN OF CORRECTION   (X1) PROVIDER/SUPPLIER/CLIA IDENTIFICATION NUMBER: 260174',
    '(X2) MULTIPLE CONSTRUCTION  A. BUILDING ____  B. WING ____   (X3) DATE SURVEY COMPLETED  C  05/13/2027',
    'NAME OF PROVIDER OR SUPPLIER: OSAGE VALLEY MEDICAL CENTER',
    'STREET ADDRESS, CITY, STATE, ZIP CODE: 2400 BLUESTEM PARKWAY, CALLAWAY RIDGE, MO [65032]',
    'Validation survey following accreditation survey; complaint MO00187712 (intake [64714]) investigated concurrently.',
  ].join('\n'),
});

// ── 11. CMS-2567 deficiency text by tag, text layer ──
const cms2567Body = lines({
  id: 's143-2567body',
  kind: 's143-cms-2567-deficiency-text-by-tag',
  before:
    '(X4) ID PREFIX TAG — SUMMARY STATEMENT OF DEFICIENCIES (EACH DEFICIENCY MUST BE PRECEDED BY FULL REGULATORY OR LSC IDENTIFYING INFORMATION)',
  text: [
    'A 1003  PRE-ANESTHESIA EVALUATION  CFR(s): 482.52(b)(1)',
    'This STANDARD is not met as evidenced by: Based on record review, policy review and interview, the hospital',
    'failed to ensure a pre-anesthesia evaluation was performed within 48 hours before regional anesthesia for 3',
    'of 10 sampled patients (#4, #7, #9). Review of the hospital\'s list titled "Regional Anesthesia Procedures by',
    'CPT, 03/01/27-05/10/27" (codes {64415} through {64448}) showed 231 procedures. Findings include:',
    '1. Patient #4 had a right popliteal sciatic nerve block ({64445}) on 04/22/27 at 7:58 AM. The',
    'pre-anesthesia evaluation was dated 04/20/27 at 2:10 AM, 53 hours before the block.',
    '2. Patient #7 had a continuous femoral nerve catheter ({64448}) placed 04/29/27; the only pre-anesthesia',
    "evaluation in the record was for the surgeon's neuroplasty ({64712}) case booked the week before.",
    'A 1005  POST-ANESTHESIA EVALUATION  CFR(s): 482.52(b)(3): Patient #9 ({64445} and {64447}, 05/03/27) had',
    'no post-anesthesia evaluation before discharge from PACU at 4:12 PM. Staff A, RN, confirmed it.',
  ].join('\n'),
});

// ── 12. CMS-2567 continuation page and footer, text layer ──
const cms2567Cont = lines({
  id: 's143-2567cont',
  kind: 's143-cms-2567-continuation-sheet-footer-text',
  before: 'PRINTED: 05/21/2027   FORM APPROVED OMB NO. 0938-0391',
  text: [
    'A 0466  INFORMED CONSENT FORM  CFR(s): 482.24(c)(4)(v)  Based on record review and interview the hospital',
    'failed to ensure consent forms named the block for 2 of 10 patients; Patient #2\'s form read "anesthesia"',
    'for a sciatic neuroplasty ({64712}) with popliteal block ({64445}); Patient #6 ({64714}) the same.',
    'FORM CMS-2567(02-99) Previous Versions Obsolete   Event ID: 7KQ411   Facility ID: [64445]',
    'If continuation sheet Page 4 of 11',
  ].join('\n'),
});

// ── 13. Plan of correction, table ──
const poc = table({
  id: 's143-poc',
  kind: 's143-plan-of-correction-grid',
  caption:
    "PROVIDER'S PLAN OF CORRECTION (EACH CORRECTIVE ACTION SHOULD BE CROSS-REFERENCED TO THE APPROPRIATE DEFICIENCY)",
  headers: ['ID PREFIX TAG', "PROVIDER'S PLAN OF CORRECTION", '(X5) COMPLETION DATE'],
  rows: [
    [
      'A 1003',
      'Block order set now requires a pre-anesthesia evaluation dated within 48 h for {64415}-{64448} and {64450}.',
      '06/01/2027',
    ],
    [
      'A 1003',
      'Monitoring: 30 records/month from the HIM report (job [31449]), {64445} and {64448} first, to Anesthesia QI.',
      '06/01/2027',
    ],
    [
      'A 1005',
      'PACU discharge hard stop without post-anesthesia evaluation after {64445}, {64447}, {64446}.',
      '05/28/2027',
    ],
    [
      'A 0466',
      'Consent form rev. [12034]: block type and side written out; example for {64712} + {64445}.',
      '06/15/2027',
    ],
    ['A 0466', 'Consent audit of all neuroplasty ({64712}, {64714}) and {64632} cases through 09/2027.', '09/30/2027'],
  ],
});

// ── 14. PoC monitoring grid ──
const pocMonitor = table({
  id: 's143-pocmon',
  kind: 's143-poc-monitoring-results-grid',
  caption: 'Plan of correction monitoring — reported to Quality Council and Medical Executive Committee',
  headers: ['Measure', 'Codes sampled', 'Target', 'Jun', 'Jul', 'Aug', 'Sep'],
  rows: [
    ['Pre-anesthesia eval within 48 h', '{64445}, {64448}', '100%', '28/30', '30/30', '30/30', '30/30'],
    ['Post-anesthesia eval before PACU discharge', '{64445}, {64446}', '100%', '29/30', '30/30', '30/30', '30/30'],
    ['Consent names block and side', '{64712}, {64714}, {64632}', '95%', '6/7', '5/5', '8/8', '6/6'],
    ['Sedation reassessment', '{64612} + {99152}', '95%', '11/12', '12/12', '10/10', '9/9'],
  ],
});

// ── 15. State agency acceptance letter, text layer ──
const acceptLetter = lines({
  id: 's143-accept',
  kind: 's143-state-agency-poc-acceptance-letter-text',
  before: 'Missouri Department of Health & Senior Services — Section for Health Standards and Licensure',
  text: [
    'PO Box 570, Jefferson City, MO [65102]-0570   Phone 573-751-6303',
    'June 4, 2027   CERTIFIED MAIL 7022 2410 0001 3377 6645',
    'Ms. Karen Dietz, CEO, Osage Valley Medical Center, 2400 Bluestem Parkway, Callaway Ridge, MO [65032]',
    'RE: CCN 260174; Facility ID [64445]; Event ID 7KQ411; Intake [64714]',
    'Your plan of correction for the survey completed May 13, 2027 is acceptable. A revisit may be made to verify',
    'that the deficiencies cited at A-1003, A-1005 and A-0466 have been corrected. Please keep the audit results',
    'for peripheral nerve blocks (e.g. {64445}) available for the surveyor. Reference [21124].',
  ].join('\n'),
});

// ── 16. CMS-2567B revisit report, text layer ──
const revisit = lines({
  id: 's143-revisit',
  kind: 's143-cms-2567b-post-certification-revisit-text',
  before: 'POST-CERTIFICATION REVISIT REPORT — FORM CMS-2567B',
  text: [
    '(Y1) Provider / Supplier / CLIA / Identification Number: 260174   (Y3) Date of Revisit: 08/10/2027',
    'Name of Facility: OSAGE VALLEY MEDICAL CENTER   Street Address, City, State, Zip Code: 2400 BLUESTEM PKWY,',
    'CALLAWAY RIDGE, MO [65032]',
    'ID Prefix A1003  Correction Completed 06/01/2027   ID Prefix A1005  Correction Completed 05/28/2027',
    'ID Prefix A0466  Correction Completed 06/15/2027   Reviewed: 20 records ({64445} x 9, {64447} x 6, {64448} x 5)',
    'Event ID: 7KQ412   Facility ID: [64445]   Reviewed by: J. Walters, HFES, surveyor no. [37510]',
  ].join('\n'),
});

// ── 17. Procedural sedation policy, text layer ──
const sedationPolicy = lines({
  id: 's143-sedpolicy',
  kind: 's143-procedural-sedation-policy-text',
  before: 'Osage Valley Medical Center — Policy ANES-104 — Moderate Procedural Sedation by Non-Anesthesiologists',
  text: [
    'I. SCOPE. Applies to moderate sedation in the Pain & Spine Center and the block room, including sedation',
    'for radiofrequency ablation ({64635}; add-on {64636}), genicular RFA ({64624}),',
    'chemodenervation with EMG guidance ({64612}, {95874}) and neurolysis of a plantar digital nerve ({64632}).',
    'II. DOCUMENTATION AND CHARGING. The physician documents intraservice time; initial 15 minutes {99152}',
    '(same physician, patient 5 years or older), each additional 15 minutes {99153}; when a second provider',
    'sedates, {99156}/{99157}. Do not report sedation with codes that include it.',
    'III. Pre-sedation reassessment is documented immediately before the first medication (TJC PC.03.01.03 EP 8).',
    'Approvals: Anesthesia Dept 02/2027; Pharmacy & Therapeutics 02/2027; MEC 03/2027. Document no. [11452].',
  ].join('\n'),
});

// ── 18. Nerve block policy, text layer ──
const blockPolicy = lines({
  id: 's143-blockpolicy',
  kind: 's143-peripheral-nerve-block-policy-text',
  before: 'Policy ANES-117 — Peripheral Nerve Blocks and Continuous Catheters: Verification, Site Marking, Time-out',
  text: [
    '1. Purpose. Standardize verification for regional anesthesia performed outside the operating room.',
    '2. Procedures covered: single-injection blocks (CPT {64415}, {64417}, {64445}, {64447}, {64450}),',
    '   continuous catheters ({64416}, {64446}, {64448}) and fascial plane blocks. Ultrasound guidance',
    '   ({76942}) is documented with a stored image.',
    '3. Site marking: the proceduralist marks the side for every lateral block ({64445}-RT/-LT).',
    '4. Time-out: performed at the bedside before needle insertion and repeated if the side changes.',
    '5. Exceptions: emergent blocks (hip fracture, {64447}) still require a time-out; side read from the consent.',
  ].join('\n'),
});

// ── 19. Policy library page, text layer ──
const policyPage = lines({
  id: 's143-policypage',
  kind: 's143-policy-library-metadata-page-text',
  before: 'Policy library — Osage Valley Medical Center',
  text: [
    'Status: Active   Policy ID [11445]   Origination: 08/2019   Last approved: 04/2027   Next review: 04/2029',
    'Owner: Thomas Reinholt: Regional Anesthesia Lead   Area: Anesthesia   Applicability: OVMC, Pain & Spine',
    'References: CMS A-1003, A-1005; TJC UP.01.03.01, PC.03.01.03; ASRA checklist',
    'Attachments: Nerve block audit tool v3 ({64415}–{64448}) · Block time-out card · Sedation audit tool ({99152})',
    'Approval signatures: Venkataraman, Priya (MEC) 04/14/2027 · Moreau, Angela (Quality) 04/12/2027',
    'Views: 1,204   Acknowledgments: 183 of 190   Revision history: [10433] → [11445]',
  ].join('\n'),
});

// ── 20. Sedation audit tool, blank form text layer ──
const sedAudit = lines({
  id: 's143-sedaudit',
  kind: 's143-sedation-audit-tool-form-text',
  before: 'MODERATE SEDATION RECORD AUDIT TOOL — Quality Department',
  text: [
    'Auditor: ________  Date: ________  Record no.: ________  Location: □ Pain & Spine  □ Block room',
    'Procedure CPT: ________ (e.g. {64635}, {64624}, {64612} with {95874})   Sedation CPT: □ {99152} □ {99153} □ {99156}',
    '1. Pre-sedation assessment incl. ASA class and airway (Y/N)      2. Reassessment immediately before (Y/N)',
    '3. Monitoring every 5 min, capnography (Y/N)      4. Recovery criteria met (Aldrete 9 or better) (Y/N)',
    'Form QI-[30017] rev. 03/2027; return to Quality, ext. [64712]',
  ].join('\n'),
});

// ── 21. Nerve block audit results, table ──
const blockAudit = table({
  id: 's143-blockaudit',
  kind: 's143-nerve-block-audit-results-grid',
  caption: 'Nerve block chart audit — June 2027 — 5 of 30 shown',
  headers: ['Audit #', 'DOS', 'CPT', 'Site marked', 'Time-out w/ side', 'Pre-eval < 48 h', 'Post eval', 'Consent'],
  rows: [
    ['[23331]', '06/02/2027', '{64445}-RT', 'Y', 'Y', 'Y', 'Y', 'Y'],
    ['[23332]', '06/02/2027', '{64447}-LT', 'Y', 'Y', 'Y', 'Y', 'Y'],
    ['[23333]', '06/03/2027', '{64448}-RT', 'Y', 'N', 'Y', 'Y', 'Y'],
    ['[23334]', '06/08/2027', '{64445}-LT', 'Y', 'Y', 'N (51 h)', 'Y', 'Y'],
    ['[23335]', '06/09/2027', '{64445}-RT, {64447}-RT', 'Y', 'Y', 'Y', 'Y', 'N'],
  ],
});

// ── 22. LAST kit check log, table (decoy heavy) ──
const lastKit = table({
  id: 's143-lastkit',
  kind: 's143-last-rescue-kit-check-log-grid',
  caption: 'Local anesthetic systemic toxicity (LAST) rescue kit — monthly check — Block Room 3',
  headers: ['Date', 'Item', 'Lot', 'Exp', 'Checked by (badge)', 'Pyxis'],
  rows: [
    ['03/01/2027', 'Lipid emulsion 20% 500 mL', '[64632]B', '11/2027', '[27480]', '[10866]'],
    ['03/01/2027', 'Bupivacaine 0.5% 30 mL (quarantine check)', 'HX[42888]', '09/2028', '[27480]', '[10866]'],
    ['05/03/2027', 'Lipid emulsion 20% 500 mL', '[71847]A', '02/2028', '[31584]', '[10866]'],
  ],
});

// ── 23. Medical record audit sample list by procedure code, table ──
const sampleList = table({
  id: 's143-sample',
  kind: 's143-medical-record-audit-sample-list-grid',
  caption: 'Survey sample — invasive procedures outside the OR, 02/15/2027 – 03/15/2027 (de-identified, 7 of 40 rows)',
  headers: ['#', 'Sample ID', 'DOS', 'CPT', 'Mod', 'Description', 'Proceduralist', 'Location'],
  rows: [
    ['1', 'S-[40117]', '02/16/2027', '{64445}', 'RT', 'Inj anes sciatic nrv single', 'Reinholt', 'Block room'],
    ['2', 'S-[40118]', '02/16/2027', '{64447}', 'LT', 'Inj anes femoral nrv single', 'Reinholt', 'Block room'],
    ['3', 'S-[40121]', '02/18/2027', '{64612}', '50', 'Chemodnrv musc facial nrv', 'Okoye', 'Pain & Spine'],
    ['4', 'S-[40126]', '02/22/2027', '{64632}', 'LT', 'Destroy plantar digit nerve', 'Baptiste (DPM)', 'Pain & Spine'],
    ['5', 'S-[40130]', '02/23/2027', '{64712}', 'RT', 'Neuroplasty sciatic nerve', 'Halvorsen', 'OR 6 / block'],
    ['6', 'S-[40134]', '02/25/2027', '{64714}', '', 'Neuroplasty lumbar plexus', 'Halvorsen', 'OR 6 / block'],
    ['7', 'S-[40150]', '03/09/2027', '{64445}', 'LT', 'Inj anes sciatic nrv single', 'Reinholt', 'Block room'],
  ],
});

// ── 24. Sample list CSV export, text layer ──
const sampleCsv = lines({
  id: 's143-samplecsv',
  kind: 's143-audit-sample-csv-export-text',
  before: 'survey_sample_2027-03-16.csv',
  text: [
    'sample_id,dos,cpt,modifier,units,dept_id,proceduralist_npi_last4,charge',
    '[40117],2027-02-16,{64445},RT,1,[64712],4471,612.00',
    '[40121],2027-02-18,{64612},50,1,[61207],9038,884.00',
    '[40126],2027-02-22,{64632},LT,1,[61207],2290,455.00',
    '[40130],2027-02-23,{64712},RT,1,[61102],6612,2480.00',
    '[40137],2027-03-01,{64448},RT,1,[64712],1187,744.00',
  ].join('\n'),
});

// ── 25. SQL report definition, text layer ──
const sql = lines({
  id: 's143-sql',
  kind: 's143-him-report-sql-definition-text',
  before: 'Report: SURVEY_INVASIVE_OUTSIDE_OR (HIM) — definition',
  text: [
    '-- Report [31449]: invasive procedures outside the OR for survey sampling; owner HIM Data Services',
    'SELECT s.sample_id, p.proc_date, p.cpt_code, p.modifier, p.dept_id FROM proc_charges p',
    '  JOIN survey_sample s ON s.enc_id = p.enc_id',
    "WHERE p.cpt_code IN ('{64415}','{64445}','{64447}','{64448}')",
    "   OR p.cpt_code IN ('{64612}','{64632}','{64712}','{64714}')",
    '  AND p.dept_id IN ([64712], [61207], [61102])  -- block room, Pain & Spine, OR 6',
    "  AND p.proc_date BETWEEN '2027-02-15' AND '2027-03-15';",
  ].join('\n'),
});

// ── 26. Sampling methodology memo, text layer ──
const memo = lines({
  id: 's143-memo',
  kind: 's143-sampling-methodology-memo-text',
  before: 'MEMO — To: Accreditation Steering Group — From: HIM Director — Re: survey sampling by procedure code',
  text: [
    'The survey sample is drawn from charges, not the schedule, so blocks done in PACU are included.',
    'Department IDs: [64712] block room, [61207] Pain & Spine Center, [61102] OR 6 (neuroplasty with block).',
    'In 30 days we billed {64445} 88 times, {64447} 61, {64415} 54, {64448} 17 and {64416} 12; clinic',
    '{64612} 23, {64632} 9; neuroplasty {64712} 4 and {64714} 2. We take every neuroplasty and a random',
    'tenth of the blocks (seed [24176]). The ultrasound code {76942} is not a sampling key, it rides with the block.',
    'Memo no. HIM-[12056]; questions to D. Ferris, ext. [61733].',
  ].join('\n'),
});

// ── 27. FHIR Procedure for a sampled case, text layer ──
const fhir = lines({
  id: 's143-fhir',
  kind: 's143-fhir-procedure-json-view-text',
  before: 'GET /fhir/R4/Procedure?encounter=Encounter/enc-40117',
  text: [
    '{ "resourceType": "Procedure", "id": "proc-[40117]-1", "status": "completed",',
    '  "identifier": [{ "system": "urn:oid:1.2.840.114350.1.13.55", "value": "[61208]" }],',
    '  "code": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}",',
    '    "display": "Injection, anesthetic agent; sciatic nerve, single" }] },',
    '  "bodySite": [{ "coding": [{ "system": "http://snomed.info/sct", "code": "24028007" }], "text": "Right" }],',
    '  "performedDateTime": "2027-02-16T07:58:00-06:00",',
    '  "extension": [{ "url": "urn:ovmc:dept", "valueString": "[64712]" }, { "url": "urn:ovmc:guidance", "valueString": "{76942}" }] }',
  ].join('\n'),
});

// ── 28. HL7 v2 charge message (DFT^P03), text layer ──
const hl7 = lines({
  id: 's143-hl7',
  kind: 's143-hl7-dft-charge-message-text',
  before: 'Interface monitor — outbound charges — message 2027031710181123',
  text: [
    'MSH|^~\\&|ANES|OVMC|PB|OVMC|20270317101811||DFT^P03|[88092]|P|2.5.1',
    'PID|1||00418827^^^OVMC^MR||PATIENT^A||19551104|F|||2400 BLUESTEM PKWY^^CALLAWAY RIDGE^MO^[65032]',
    'FT1|1|||20270317093100||CG|[40205]^PNB SCIATIC POPLITEAL^CDM|||1|||[64712]||||||||||||{64445}^Inj anes sciatic nrv^C4|RT',
    'FT1|2|||20270317093100||CG|[12287]^ANES ORIF ANKLE^CDM|||1|||[61102]||||||||||||{01480}^Anesth lower leg bone^C4|',
  ].join('\n'),
});

// ── 29. Chargemaster excerpt, table ──
const cdm = table({
  id: 's143-cdm',
  kind: 's143-chargemaster-excerpt-grid',
  caption: 'Chargemaster (CDM) — Anesthesia / Pain — lines reviewed for the survey sample',
  headers: ['CDM #', 'Description', 'Rev', 'CPT/HCPCS', 'Dept', 'Price'],
  rows: [
    ['[40205]', 'PNB SCIATIC POPLITEAL', '0370', '{64445}', '[64712]', '$612.00'],
    ['[40207]', 'PNB FEMORAL SINGLE', '0370', '{64447}', '[64712]', '$598.00'],
    ['[40208]', 'US GUIDE NEEDLE', '0402', '{76942}', '[64712]', '$214.00'],
    ['[40212]', 'CHEMODENERV FACIAL', '0510', '{64612}', '[61207]', '$884.00'],
    ['[40215]', 'NEUROLYSIS PLANTAR DIG', '0510', '{64632}', '[61207]', '$455.00'],
    ['[12287]', 'ANES ORIF ANKLE', '0370', '{01480}', '[61102]', '$1,960.00'],
  ],
});

// ── 30. Coding validation audit results, table ──
const codingAudit = table({
  id: 's143-codingaudit',
  kind: 's143-coding-validation-audit-results-grid',
  caption: 'Coding validation — survey sample records (HIM compliance, 03/2027)',
  headers: ['Sample ID', 'Coded', 'Auditor', 'Variance', 'Comment'],
  rows: [
    ['[40117]', '{64445}-RT, {76942}', '{64445}-RT, {76942}', 'None', 'Image stored'],
    ['[40121]', '{64612}-50', '{64612}-50, {95874}', 'Add', 'EMG guidance documented, not coded'],
    [
      '[40130]',
      '{64712}-RT, {64445}-59',
      '{64712}-RT, {64445}-XU',
      'Modifier',
      'Block by anesthesia, separate provider',
    ],
    ['[40134]', '{64714}', '{64714}, {64448}', 'Add', 'Femoral catheter for postop pain'],
    ['[40126]', '{64632}-LT', '{64632}-LT', 'None', 'Podiatry, 2nd interspace'],
  ],
});

// ── 31. Block procedure note of the traced patient, text layer ──
const blockNote = lines({
  id: 's143-blocknote',
  kind: 's143-regional-block-procedure-note-text',
  before: 'Anesthesia — Regional Block Procedure Note — 03/17/2027 09:31',
  text: [
    'Block: right popliteal sciatic, single injection, ultrasound-guided. Indication: postoperative analgesia,',
    'requested by Dr. Halvorsen (surgeon) for ankle ORIF. Consent signed 08:05. Site marked: Yes.',
    'Time-out 09:30 documented (patient, procedure, site). Sedation: midazolam 1 mg. Needle: 22 G 80 mm.',
    'Local anesthetic: bupivacaine 0.5% 20 mL, lot [64632]B. Image saved to PACS (accession [52219]).',
    'Charges: {64445}-RT x1; {76942}-26 x1. Billed separately from anesthesia {01480} (postop pain block).',
    'Complications: none. T. Reinholt, MD. Note ID [87207].',
  ].join('\n'),
});

// ── 32. Near-miss safety event report, text layer ──
const eventReport = lines({
  id: 's143-event',
  kind: 's143-safety-event-near-miss-report-text',
  before: 'Patient Safety Event Report — Near miss — submitted 02/03/2027',
  text: [
    'Event no. [18233]   Type: Procedure — wrong side (near miss)   Location: Block room   Harm: None (reached? No)',
    'Scheduled: LT popliteal sciatic block ({64445}-LT) before L bunionectomy (podiatry); consent and mark LEFT.',
    'Block cart set up on the RIGHT from the previous patient ({64447}-RT). Time-out started without side; RN stopped',
    'the process ("Stop the line"). Block done LEFT at 10:12. Reporter: RN, badge [31584]. Manager review [21492].',
    'Classification: Precursor safety event; linked to RCA² no. [93041].',
  ].join('\n'),
});

// ── 33. RCA action plan, table ──
const rca = table({
  id: 's143-rca',
  kind: 's143-rca-action-plan-grid',
  caption: 'RCA² action plan — near miss, wrong-side nerve block',
  headers: ['Action', 'Strength', 'Applies to', 'Owner', 'Due', 'Measure'],
  rows: [
    [
      'Block time-out card with side read from the consent',
      'Intermediate',
      '{64445}, {64447}',
      'Reinholt',
      '04/30/2027',
      'Obs. 10/week',
    ],
    ['Cart reset checklist between patients', 'Weaker', 'All lateral blocks', 'Block RN lead', '03/31/2027', 'Audit'],
    [
      'Hard stop: side required in the block order',
      'Stronger',
      '{64445}-RT/-LT, {64448}',
      'IS (ticket [21067])',
      '04/19/2027',
      '0 orders w/o side',
    ],
    [
      'Share lessons with podiatry ({64632}) and neurology ({64612})',
      'Weaker',
      'Pain & Spine',
      'Venkataraman',
      '05/15/2027',
      'Attendance',
    ],
  ],
});

// ── 34. Privilege delineation form, table ──
const privileges = table({
  id: 's143-privileges',
  kind: 's143-privilege-delineation-form-grid',
  caption: 'Delineation of privileges — Anesthesiology, regional and pain — Anesthesiology staff',
  headers: ['Privilege', 'Codes (for reference)', 'Requested', 'Criteria met', 'Granted'],
  rows: [
    ['Core: single-injection peripheral blocks', '{64415}, {64417}, {64445}, {64447}, {64450}', 'X', 'Y', 'X'],
    ['Continuous peripheral catheters', '{64416}, {64446}, {64448}', 'X', 'Y', 'X'],
    ['Chemodenervation (facial nerve)', '{64612}', '', '', ''],
  ],
});

// ── 35. OPPE report, table ──
const oppe = table({
  id: 's143-oppe',
  kind: 's143-oppe-physician-report-grid',
  caption: 'OPPE — Reinholt, Thomas, MD — 10/2026 – 03/2027 — Department of Anesthesiology',
  headers: ['Indicator', 'Procedure', 'Volume', 'Events', 'Rate', 'Target', 'Flag'],
  rows: [
    ['Block volume', '{64445}', '141', '—', '—', '≥ 20', ''],
    ['Block volume', '{64447}', '97', '—', '—', '≥ 20', ''],
    ['Catheter volume', '{64448}', '22', '—', '—', '≥ 5', ''],
    ['Time-out compliance (observed)', 'all blocks', '38', '1', '97.4%', '100%', 'Review'],
    ['Peer review cases', 'case [93041]', '1', '—', '—', '—', 'Closed'],
  ],
});

// ── 36. Competency roster, table (decoy heavy) ──
const competency = table({
  id: 's143-competency',
  kind: 's143-staff-competency-roster-grid',
  caption: 'Competency roster — block room and Pain & Spine — as of 03/15/2027',
  headers: ['Badge', 'Name', 'Role', 'US-guided block assist', 'Sedation RN', 'ACLS exp', 'Cost center'],
  rows: [
    ['[27480]', 'Marisa Lund', 'RN', '11/2026', 'Missing', '08/2028', '[64712]'],
    ['[31584]', 'Derek Ngata', 'RN', '01/2027', '01/2027', '02/2029', '[64712]'],
    ['[31583]', 'Hana Okoye-Bell', 'RN', '—', '12/2026', '10/2027', '[61207]'],
    ['[22587]', 'Lucas Ferreira', 'CRNA', '09/2026', 'N/A', '06/2028', '[61102]'],
  ],
});

// ── 37. Survey readiness dashboard tiles, text layer ──
const dashboard = lines({
  id: 's143-dashboard',
  kind: 's143-survey-readiness-dashboard-tiles-text',
  before: 'Survey Readiness — Pain & Regional Anesthesia — refreshed 06/30/2027 06:00',
  text: [
    'TJC RFIs open: 0 of 5 (ESC accepted 05/10/2027)   CMS PoC: accepted 06/04/2027   CMS revisit: pending',
    'Block time-out with side: 96% (n = 214)   Pre-anesthesia eval within 48 h: 98.6%   Consent names block: 94%',
    'Top codes this month: {64445} 88 · {64447} 61 · {64415} 54 · {64612} 23 · {64448} 17 · {64632} 9',
    'Neuroplasty with block: {64712} 4 · {64714} 2 (all audited)   Sedation cases ({99152}): 71',
    'Tracer of the week: TR-[27496]   Open items: 7   Data source: report [31449], warehouse job [20830]',
  ].join('\n'),
});

// ── 38. Readiness metrics by code, table ──
const metricsByCode = table({
  id: 's143-metrics',
  kind: 's143-readiness-metrics-by-procedure-code-grid',
  caption: 'Compliance by procedure code — Q2 2027 (chart audit)',
  headers: ['CPT', 'Description', 'Audited', 'Time-out w/ side', 'Pre-eval 48 h', 'Post eval', 'Consent'],
  rows: [
    ['{64445}', 'Sciatic, single', '90', '97%', '99%', '100%', '96%'],
    ['{64447}', 'Femoral, single', '60', '98%', '100%', '100%', '95%'],
    ['{64448}', 'Femoral, continuous', '17', '94%', '100%', '100%', '94%'],
    ['{64612}', 'Chemodenervation, facial', '23', 'N/A', 'N/A', 'N/A', '100%'],
    ['{64632}', 'Neurolysis, plantar digital', '9', '100%', 'N/A', 'N/A', '89%'],
    ['{64712}', 'Neuroplasty, sciatic', '4', '100%', '100%', '100%', '100%'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '2', '100%', '100%', '100%', '100%'],
  ],
});

// ── 39. Open items tracker, table ──
const tracker = table({
  id: 's143-tracker',
  kind: 's143-readiness-open-items-tracker-grid',
  caption: 'Survey readiness tracker — open items',
  headers: ['Item', 'Finding', 'Standard / tag', 'Owner', 'Due', 'Status'],
  rows: [
    [
      '[36575]',
      'Time-out without side, block room ({64445})',
      'UP.01.03.01 / A-0955',
      'Reinholt',
      '04/19/2027',
      'Closed',
    ],
    ['[36581]', 'Sedation reassessment, {64612} clinic', 'PC.03.01.03 EP 8', 'Venkataraman', '05/15/2027', 'Open'],
    [
      '[36591]',
      'CRNA catheter privilege ({64448})',
      'MS.06.01.05 / A-0363',
      'Med Staff Office',
      '04/01/2027',
      'Closed',
    ],
    ['[36596]', 'Consent form wording ({64712}, {64714})', 'A-0466', 'HIM / Risk', '06/15/2027', 'In progress'],
    ['[36603]', 'Sedation RN competency, badge [27480]', 'HR.01.06.01 EP 5', 'Nurse educator', '04/30/2027', 'Open'],
  ],
});

// ── 40. Board quality report narrative, text layer ──
const boardReport = lines({
  id: 's143-board',
  kind: 's143-board-quality-report-narrative-text',
  before: 'Report to the Board Quality & Patient Safety Committee — September 2027 — Item 4: Regulatory surveys',
  text: [
    'The Joint Commission granted accreditation effective 03/20/2027 after acceptance of our ESC (submission',
    '[81048]). The state validation survey (Event 7KQ411) cited three standards, all tied to regional anesthesia:',
    'pre- and post-anesthesia evaluation for nerve blocks and consent wording. Blocks are high volume (sciatic',
    'nerve block, CPT {64445}, averages 88 a month), so small documentation gaps show up as a "pattern".',
    'Since June, audits of {64445}, {64447} and {64448} records are at 100% for evaluation timing. Consent audits',
    'for neuroplasty ({64712}, {64714}) and podiatric neurolysis ({64632}) reached 100% in August.',
    'Cost of corrective actions to date: $18,400 (EHR build, education). Board resolution 2027-19 pending.',
  ].join('\n'),
});

// ── 41. Board quality scorecard, table ──
const scorecard = table({
  id: 's143-scorecard',
  kind: 's143-board-quality-scorecard-grid',
  caption: 'Board scorecard — Surgical & Procedural Services — FY2027',
  headers: ['Measure', 'Scope', 'Q1', 'Q2', 'Q3', 'Goal', 'Trend'],
  rows: [
    ['Wrong-site procedures (incl. near miss)', 'All invasive', '1', '0', '0', '0', '▼'],
    ['Block time-out with side', 'Nerve blocks ({64415}–{64448})', '88%', '96%', '99%', '90%', '▲'],
    ['Sedation adverse events per 1,000', 'Moderate sedation ({99152})', '0.0', '1.4', '0.0', '< 2.0', '—'],
    ['Consent names procedure', '{64712}, {64714}, {64632}', '71%', '92%', '100%', '95%', '▲'],
    ['Survey deficiencies open', 'TJC [64612] / CMS 260174', '8', '3', '0', '0', '▼'],
  ],
});

// ── 42. Quality committee minutes, text layer ──
const minutes = lines({
  id: 's143-minutes',
  kind: 's143-quality-council-minutes-text',
  before: 'Quality Council — Minutes — 10/21/2027 — Board Room 2',
  text: [
    'Present: K. Dietz (CEO), A. Moreau, P. Venkataraman, T. Reinholt, L. Haverkamp, D. Ferris. Quorum: yes.',
    '3. Regulatory: CMS-2567B revisit 08/10/2027 found all tags corrected; 20 block records reviewed. Dr.',
    'Reinholt asked that continuous catheter codes {64416} and {64446} join the monthly audit.',
    '4. Dr. Venkataraman: chemodenervation ({64612}) sedation reassessment at 9/9; will drop to quarterly audit.',
    '5. HIM: the sample report (job [31449]) will add {64624} and {64635} for the next mock survey in 2028.',
    'Motion to accept the PoC monitoring report: Moreau / Ferris, carried. Next meeting 11/18/2027. File [12098].',
  ].join('\n'),
});

export const sealed143: Snippet[] = [
  ...surveyEmail,
  ...chat,
  ...docRequest,
  ...tracerHead,
  ...tracerPath,
  ...epChecklist,
  ...findings,
  ...findingsList,
  ...esc,
  ...cms2567Head,
  ...cms2567Body,
  ...cms2567Cont,
  ...poc,
  ...pocMonitor,
  ...acceptLetter,
  ...revisit,
  ...sedationPolicy,
  ...blockPolicy,
  ...policyPage,
  ...sedAudit,
  ...blockAudit,
  ...lastKit,
  ...sampleList,
  ...sampleCsv,
  ...sql,
  ...memo,
  ...fhir,
  ...hl7,
  ...cdm,
  ...codingAudit,
  ...blockNote,
  ...eventReport,
  ...rca,
  ...privileges,
  ...oppe,
  ...competency,
  ...dashboard,
  ...metricsByCode,
  ...tracker,
  ...boardReport,
  ...scorecard,
  ...minutes,
];
