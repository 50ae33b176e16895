import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 122 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s122-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * NAIC company codes, consumer and insurer ZIPs, medical policy and form numbers, decision case numbers, document ids,
 * a state company id and a member-months count. The five known codes' digits come back as decoys: a DOI complaint
 * number, an IRO case number, insurer PO boxes, a certificate of authority number, a SERFF state tracking number, a
 * physician license number, a withdrawn form number, a market conduct sample claim number, an arbitration dispute
 * number and claim batch, an agent file reference and an employer group number.
 *
 * Family: state insurance regulators and consumer protection around disputes over peripheral-nerve procedures: a
 * Department of Insurance online complaint portal (intake steps for the insurer and the problem, the consumer's
 * narrative, the confirmation screen, the complaint file's summary panel, activity log and documents tab, an e-mail
 * notice), the insurer's response letter to the regulator with its claim history and 835 remittance attachments, the
 * DOI closing letter and its internal disposition coding, an external review (IRO) request form, the IRO decision
 * letter (header, rationale, certification footer) and the DOI's XML case transmittal to the IRO, the regulator's
 * published external review decision database (search results, case detail, CSV export, open-data JSON record) and its
 * annual statistics by carrier, SERFF rate-and-form filing pages (filing summary header, form schedule, supporting
 * document schedule, a medical policy exhibit's coding section and criteria, objection correspondence, a rate
 * filing's utilization exhibit, the filing company list), a market conduct examination report (cover, claim sample
 * results, exception detail, a finding), surprise-billing arbitration under state law (request form, published award
 * summary, an award text, statistics by code) and a company license lookup with NAIC codes.
 * Built on real public layouts, from memory: the Texas Department of Insurance online complaint form and its "Notice
 * of Independent Review Decision" letters (IRO certificate number, description of the service in dispute, upheld or
 * overturned, source of screening criteria), the TDI LHL009 IRO request form, the New York DFS External Appeal
 * Database (case number, decision year, agent, diagnosis, treatment, decision, gender and age range), SERFF Filing
 * Access (SERFF, state and company tracking numbers, TOI and Sub-TOI, the Form Schedule and Supporting Document
 * Schedules columns, objection letters), NAIC Market Regulation Handbook claim sample tables (population, sample size,
 * exceptions, exception ratio) as Colorado Division of Insurance exam reports print them, Texas Insurance Code
 * chapter 1467 out-of-network arbitration, and the X12 835 CLP/SVC/CAS/REF segments. The insurers, people and numbers
 * are invented; the others are written the way those pages read, with no single source.
 *
 * 354 labelled tokens over 40 shapes: 147 codes, 207 decoys, 74 of the decoys in KNOWN_10K.
 */

// ── 1. DOI consumer complaint portal, intake form step 2 ("About the insurer"), text layer ──
const intakeInsurer = lines({
  id: 's122-intakeins',
  kind: 's122-doi-complaint-intake-insurer-step-text',
  before: 'Texas Department of Insurance — File a complaint online — Step 2 of 5: About the company',
  text: [
    'Company name: Lone Star Benefit Life Insurance Company   NAIC company code: [60054]',
    'Type of insurance: Health — individual/family (ACA marketplace)   Policy or certificate no.: LSB-[20144]-01',
    'Group no. (if employer plan): n/a   HIOS plan ID: [33602]TX0460001-01   Member ID: XLS884120377',
    'Claim number(s): 2025-118-[40147] and 2025-118-[40150]   Date of denial letter: 09/22/2025',
    "Company's mailing address: PO Box [64445], Dallas, TX [75222]",
    'Your ZIP code: [78748]   County: Travis',
  ].join('\n'),
});

// ── 2. DOI complaint intake, step 3 ("What is the problem") field/value grid ──
const intakeProblem = table({
  id: 's122-intakeprob',
  kind: 's122-doi-complaint-intake-problem-field-grid',
  caption: 'Step 3 of 5: Tell us about the problem',
  headers: ['Question', 'Your answer'],
  rows: [
    ['Reason for complaint', 'Claim denied — not medically necessary'],
    ['Service or procedure (and code, if known)', 'Sciatic nerve decompression, CPT {64712}'],
    ['Other codes on the bill (optional)', '{64445}, {76942}'],
    ['Earlier treatment (optional)', 'Two sciatic blocks, {64445}, in April and May'],
    ['Date of service', '06/14/2025'],
    ['Amount in dispute', '$11,480.00'],
    ['Provider name and ZIP', 'Hill Country Peripheral Nerve Surgery, [78756]'],
    ['Did you file an internal appeal?', 'Yes — appeal no. AP-[31154], upheld 10/30/2025'],
  ],
});

// ── 3. Complaint intake, consumer narrative box, text layer ──
const intakeNarrative = lines({
  id: 's122-narr',
  kind: 's122-doi-complaint-consumer-narrative-text',
  before: 'Step 4 of 5: Describe your complaint in your own words (4,000 characters max)',
  text: [
    'My surgeon did a neuroplasty of the sciatic nerve ({64712}) after two years of pain and a failed injection.',
    'Lone Star paid the nerve block ({64445} on the EOB) but denied the surgery itself as "experimental."',
    'The EOB says the code {64712} is "not covered under medical policy MP-[47105]" which I cannot find anywhere.',
    "My doctor's office says they also tried billing the lumbar plexus code {64714} by mistake and corrected it.",
    'The second EOB lists the line as "RT {64712}  Neuroplasty  $9,860.00  Denied" with reason code N386.',
    'I called member services (ref [83208]) three times. I owe $11,480 and the bill is now at collections.',
  ].join('\n'),
});

// ── 4. Complaint submission confirmation screen, text layer (decoy heavy) ──
const intakeConfirm = lines({
  id: 's122-confirm',
  kind: 's122-doi-complaint-submitted-confirmation-text',
  before: 'Thank you. Your complaint has been received.',
  text: [
    'Your complaint number is CP-2025-[64712]. Keep it for your records.',
    'Confirmation code [52147] was also sent to the e-mail address you gave us.',
    'Uploaded: 3 files (EOB_Sept2025.pdf, denial_letter.pdf, appeal_decision.pdf), 2.4 MB total.',
    'Mail paper records to: Consumer Protection MC 111-1A, PO Box [12030], Austin, TX [78711]-2030.',
    'Questions? Call the Consumer Help Line, 800-252-3439, and give your complaint number and ZIP code [78748].',
  ].join('\n'),
});

// ── 5. Complaint file view, summary panel (key/value, no header) ──
const fileSummary = table({
  id: 's122-filesum',
  kind: 's122-doi-complaint-file-summary-panel-grid',
  caption: 'Complaint file CP-2025-64712 — Summary',
  headers: ['', ''],
  rows: [
    ['Complainant', 'R. Villarreal, Austin, TX [78748]'],
    ['Respondent', 'Lone Star Benefit Life Ins. Co. (NAIC [60054], TDI co. ID [24166])'],
    ['Line / coverage', 'Accident & Health — individual'],
    ['Reason code(s)', 'Claim handling: denial of claim; Medical necessity [20267]'],
    ['Procedure(s) at issue', '{64712} neuroplasty, sciatic; {64445} (paid)'],
    ['Analyst', 'D. Okafor, unit [31049]'],
    ['Status', 'Open — awaiting company response (due 11/24/2025)'],
  ],
});

// ── 6. Complaint file activity log, table ──
const fileActivity = table({
  id: 's122-fileact',
  kind: 's122-doi-complaint-file-activity-log-grid',
  caption: 'Activity',
  headers: ['Date', 'Activity', 'By', 'Doc #'],
  rows: [
    ['11/03/2025', 'Complaint received online', 'System', '[88044]'],
    ['11/04/2025', 'Assigned to analyst', 'Supervisor [31049]', '—'],
    ['11/04/2025', 'Inquiry sent to company; response due in 15 days', 'D. Okafor', '[88049]'],
    [
      '11/21/2025',
      'Company response received (denial of {64712} upheld, records attached)',
      'Company portal',
      '[88064]',
    ],
    ['12/02/2025', 'Referred for external review eligibility check', 'D. Okafor', '[88092]'],
    ['12/19/2025', 'IRO decision received: overturned', 'HHS Unit', '[88095]'],
    ['12/30/2025', 'Company reports claim 2025-118-[40150] reprocessed; {64712} paid', 'Company portal', '[88103]'],
    ['01/08/2026', 'Closed — recovery $7,412.66; closing letter mailed to ZIP [78748]', 'D. Okafor', '[88106]'],
  ],
});

// ── 7. Insurer response letter to the DOI, PDF text layer ──
const insurerResponse = lines({
  id: 's122-insresp',
  kind: 's122-insurer-response-letter-to-doi-text',
  before: 'Lone Star Benefit Life Insurance Company — Regulatory Complaints — PO Box 64445, Dallas, TX 75222',
  text: [
    'November 20, 2025                                        Our file: RC-[70478]   Your file: CP-2025-[64712]',
    'Re: Complainant R. Villarreal; policy LSB-[20144]-01; claims 2025-118-[40147], 2025-118-[40150]',
    'The member underwent neuroplasty of the sciatic nerve, CPT {64712}, with an intraoperative block {64445}.',
    'The claim line for {64445} was paid at the in-network rate of $212.40 on 07/09/2025.',
    'The line for {64712} was denied under Medical Policy MP-[47105] (Peripheral Nerve Decompression), which',
    'limits coverage to documented entrapment with electrodiagnostic findings ({95910} or {95886}) on file.',
    'A corrected claim that replaced {64714} with {64712} was received 07/30/2025 and processed under the same policy.',
    'Company contact: Regulatory Complaints Analyst, 972-555-0181, NAIC [60054].',
  ].join('\n'),
});

// ── 8. Insurer response attachment, claim history table ("CPT/HCPCS" header) ──
const responseClaims = table({
  id: 's122-respclaims',
  kind: 's122-insurer-response-claim-history-attachment-grid',
  caption: 'Attachment B — Claim history for member XLS884120377, DOS 06/14/2025',
  headers: ['Claim #', 'Ln', 'CPT/HCPCS', 'Mod', 'Billed', 'Allowed', 'Status', 'Remark'],
  rows: [
    ['2025-118-[40147]', '1', '{64714}', 'RT', '$9,860.00', '$0.00', 'Denied', 'N/A — replaced by corrected claim'],
    ['2025-118-[40147]', '2', '{64445}', '59', '$620.00', '$212.40', 'Paid', 'CARC 45'],
    ['2025-118-[40147]', '3', '{76942}', '', '$410.00', '$0.00', 'Denied', 'CARC 97 — bundled into {64445}'],
    ['2025-118-[40150]', '1', '{64712}', 'RT', '$9,860.00', '$0.00', 'Denied', 'CARC 50 — MP-[47105]'],
    ['2025-118-[40150]', '2', '{69990}', '', '$1,000.00', '$0.00', 'Denied', 'CARC 50'],
  ],
});

// ── 9. Insurer response attachment, 835 remittance excerpt (X12 text) ──
const response835 = lines({
  id: 's122-resp835',
  kind: 's122-insurer-response-835-remittance-excerpt-text',
  before: 'Attachment C — Electronic remittance advice (ANSI 835), check/EFT trace 1TRC0918',
  text: [
    'CLP*2025-118-[40150]*4*[10860]*0**12*LSB[83301]~',
    'SVC*HC:{64712}:RT*9860*0**1~',
    'DTM*472*20250614~',
    'CAS*CO*50*9860~',
    'REF*6R*[20288]~',
    'SVC*HC:{69990}*1000*0**1~',
    'CAS*CO*50*1000~',
    'LQ*HE*N386~',
    'CLP*2025-118-[40147]*1*[11430]*212.4*0*12*LSB[83296]~',
    'SVC*HC:{64445}:59*620*212.4**1~',
    'REF*6R*[20294]~',
  ].join('\n'),
});

// ── 10. DOI closing letter to complainant, text layer ──
const closingLetter = lines({
  id: 's122-closing',
  kind: 's122-doi-complaint-closing-letter-text',
  before: 'Texas Department of Insurance, Consumer Protection, 1601 Congress Ave., Austin, TX 78701',
  text: [
    'January 8, 2026                                   Complaint no. CP-2025-[64712]',
    'R. Villarreal, 4410 Manchaca Rd, Apt 212, Austin, TX [78745]',
    'We have completed our review of your complaint against Lone Star Benefit Life Insurance Company.',
    'The independent review organization reversed the denial of the sciatic neuroplasty (CPT {64712}).',
    'The company reprocessed claim 2025-118-[40150] on 12/30/2025 and paid $7,412.66 to your provider.',
    'The microscope add-on ({69990}) remains denied as a separate contractual bundling issue, not medical necessity.',
    'If you disagree with that, you may file a new complaint; refer to file CP-2025-[64712] and your ZIP [78748].',
    'Disposition: Question of fact — company position reversed; amount recovered $7,412.66. File closed.',
  ].join('\n'),
});

// ── 11. Complaint disposition summary table on the closing screen (decoy only) ──
const dispositionCodes = table({
  id: 's122-dispo',
  kind: 's122-doi-complaint-disposition-coding-grid',
  caption: 'Closing disposition (internal)',
  headers: ['Field', 'Code', 'Meaning'],
  rows: [
    ['Reason', '[20267]', 'Medical necessity'],
    ['Disposition', '[20291]', 'Company position overturned'],
    ['Recovery type', '[20315]', 'Claim paid'],
    ['Coverage type', '[20321]', 'Individual A&H'],
    ['Recovery amount', '$7,412.66', '—'],
  ],
});

// ── 12. Request for external review (IRO) form, filled, text layer ──
const iroRequest = lines({
  id: 's122-iroreq',
  kind: 's122-external-review-request-form-filled-text',
  before: 'LHL009 Request for a Review by an Independent Review Organization — Section 3: Health care service',
  text: [
    'Health plan or insurer: Lone Star Benefit Life Insurance Company   NAIC no.: [60054]',
    'Service denied: neuroplasty, sciatic nerve, right (CPT code {64712}), surgery date 06/14/2025',
    'Related services on the same claim, if any: {69990}',
    'Denial (adverse determination) reference: UR-[47098]; appeal decision letter dated 10/30/2025',
    'Treating physician: A. Lindqvist, MD, license no. Q[64632], phone 512-555-0114',
    'Patient ZIP: [78748]   This is a request for an expedited review: No',
  ].join('\n'),
});

// ── 13. IRO decision letter header block, text layer ──
const iroHeader = lines({
  id: 's122-iroheader',
  kind: 's122-iro-decision-letter-header-text',
  before: 'Notice of Independent Review Decision',
  text: [
    'IRO CERTIFICATE #: [52215]         IRO case no.: [64714]-2025',
    'TDI tracking no.: HWCN-[83083]     Date notice sent to all parties: 12/18/2025',
    'Description of the service in dispute: Right sciatic nerve neuroplasty ({64712}) with operating microscope ({69990})',
    'Reviewer: board-certified orthopedic surgeon, licensed in Texas, 20 years in peripheral nerve surgery',
    'Decision: Overturned (disagree) as to {64712}; upheld (agree) as to {69990}',
  ].join('\n'),
});

// ── 14. IRO decision letter, analysis and rationale, text layer ──
const iroRationale = lines({
  id: 's122-irorat',
  kind: 's122-iro-decision-rationale-text',
  before: 'Analysis and explanation of the decision, including clinical basis, findings and conclusions',
  text: [
    'The patient is a 52-year-old with right sciatic neuropathy after hip arthroplasty, confirmed by EMG ({95886}).',
    'A diagnostic sciatic block ({64445}) on 04/02/2025 gave 80% relief for six hours, localising the lesion.',
    'Conservative care, including gabapentin and physical therapy ({97110} x 24 visits), failed.',
    'Repeat blocks were billed on 05/06/2025 ({64445}) and an ultrasound guidance line ({76942}) each time.',
    'The carrier cited policy MP-[47105], which requires electrodiagnostic confirmation; that was present.',
    'External neurolysis of the sciatic nerve is therefore medically necessary; {64712} is the correct code.',
    'Lumbar plexus neuroplasty ({64714}) was neither performed nor at issue, and is not addressed.',
    'The microscope add-on is a bundling question outside the scope of a medical necessity review.',
  ].join('\n'),
});

// ── 15. IRO decision letter, sources and certification footer (decoy heavy) ──
const iroFooter = lines({
  id: 's122-irofoot',
  kind: 's122-iro-decision-letter-certification-footer-text',
  before: 'Description and source of the screening criteria or other clinical basis used to make the decision',
  text: [
    'ODG — Official Disability Guidelines, Hip & Pelvis chapter, edition 2025; peer-reviewed literature (3 refs).',
    'I certify that no conflict of interest exists. Reviewer ID [95806].',
    'Prairie Peer Review, Inc., 8700 Research Blvd, Suite 300, Austin, TX [78758]; fax 512-555-0190.',
    'Page 3 of 3 — IRO case no. [64714]-2025 — Doc [95811]',
  ].join('\n'),
});

// ── 16. Regulator's published external review decision database, search results grid ──
const decisionSearch = table({
  id: 's122-decsearch',
  kind: 's122-external-review-decision-database-results-grid',
  caption: 'External Appeal Database — search: "nerve" — 9 results',
  headers: ['Case No.', 'Year', 'Insurer/Plan', 'Diagnosis', 'Treatment', 'Decision'],
  rows: [
    ['[20918]', '2025', 'Empire Valley HMO', 'Peripheral nerve injury', 'Sciatic neuroplasty ({64712})', 'Overturned'],
    ['[20932]', '2025', 'Hudson Mutual', 'Morton neuroma', 'Neurolytic injection {64632} x3', 'Upheld'],
    ['[20942]', '2025', 'Hudson Mutual', 'Hemifacial spasm', 'Botulinum toxin, facial nerve ({64612})', 'Overturned'],
    [
      '[20945]',
      '2024',
      'Adirondack Health Plan',
      'Lumbosacral plexopathy',
      'Lumbar plexus neuroplasty {64714}',
      'Upheld',
    ],
    [
      '[20985]',
      '2024',
      'Empire Valley HMO',
      'Post-op pain',
      'Continuous sciatic catheter {64446}',
      'Overturned in part',
    ],
    ['[20990]', '2024', 'Tri-County EPO', 'Piriformis syndrome', 'Sciatic nerve block {64445}', 'Upheld'],
    ['[20996]', '2023', 'Hudson Mutual', 'Meralgia paresthetica', 'Neurolysis {64640}', 'Upheld'],
    ['[21007]', '2023', 'Tri-County EPO', 'Chronic migraine / facial synkinesis', '{64612}, {64615}', 'Overturned'],
    ['[21017]', '2023', 'Adirondack Health Plan', 'Interdigital neuroma', 'Excision of neuroma {28080}', 'Upheld'],
  ],
});

// ── 17. Decision database case detail page, label/value text layer ──
const decisionDetail = lines({
  id: 's122-decdetail',
  kind: 's122-external-review-decision-case-detail-text',
  before: 'External Appeal Database — Case detail',
  text: [
    'Case Number: [20942]   Decision Year: 2025   Appeal Type: Medical necessity   Agent: IPRO',
    'Health Plan: Hudson Mutual Insurance Company   NAIC: [73230]',
    'Gender: F   Age Range: 41-50   Diagnosis: Hemifacial spasm (G51.31)',
    'Treatment: Chemodenervation of facial nerve, unilateral (CPT {64612}), onabotulinumtoxinA 30 units',
    'Summary: The plan denied {64612} as not medically necessary after two prior series billed under {64612} and {64615}.',
    'The reviewer found a documented 70% reduction in spasm frequency and recommended continued treatment every 12 weeks.',
    'Decision: Overturned. Days to decision: 21. Reference no. [64612] in the agent file.',
  ].join('\n'),
});

// ── 18. Decision database CSV export, text layer ──
const decisionCsv = lines({
  id: 's122-deccsv',
  kind: 's122-external-review-decision-csv-export-text',
  before: 'external_appeals_2023_2025_nerve.csv',
  text: [
    'case_number,decision_year,plan_naic,diagnosis_category,treatment_code,treatment,decision,days',
    '[20918],2025,[31199],Neurological,{64712},Neuroplasty sciatic,Overturned,28',
    '[20932],2025,[73230],Musculoskeletal,{64632},Neurolytic destr plantar digital,Upheld,30',
    '[20942],2025,[73230],Neurological,{64612},Chemodenervation facial,Overturned,21',
    '[20945],2024,[31246],Neurological,{64714},Neuroplasty lumbar plexus,Upheld,33',
    '[20990],2024,[40309],Pain,{64445},Inj sciatic nerve,Upheld,19',
    '[21007],2023,[40309],Neurological,{64615},Chemodenervation for migraine,Overturned,26',
    '[21017],2023,[31246],Musculoskeletal,{28080},Excision interdigital neuroma,Upheld,30',
  ].join('\n'),
});

// ── 19. Decision database open-data API record, JSON text layer ──
const decisionJson = lines({
  id: 's122-decjson',
  kind: 's122-external-review-open-data-json-record-text',
  before: 'GET /resource/external-appeals.json?case_number=20932',
  text: [
    '{ "case_number": "[20932]", "decision_year": "2025", "plan_naic": "[73230]",',
    '  "treatment": "Destruction by neurolytic agent, plantar common digital nerve", "cpt": "{64632}",',
    '  "units_requested": "3", "prior_treatments": ["{20550}", "{64455}"],',
    '  "decision": "Upheld", "agent": "MRIoA", "record_id": "[83015]" }',
  ].join('\n'),
});

// ── 20. Annual external review statistics by carrier, table (decoy heavy, NAIC codes) ──
const reviewStats = table({
  id: 's122-revstats',
  kind: 's122-external-review-annual-statistics-by-carrier-grid',
  caption: 'Table 4. External review decisions by carrier, calendar year 2025',
  headers: ['Carrier', 'NAIC code', 'Reviews', 'Overturned', 'Upheld', '% overturned'],
  rows: [
    ['Lone Star Benefit Life Insurance Co.', '[60054]', '118', '47', '71', '39.8%'],
    ['Brazos Health Plan, Inc.', '[95171]', '64', '22', '42', '34.4%'],
    ['Gulf Coast Mutual Health Ins. Co.', '[70670]', '212', '61', '151', '28.8%'],
    ['Pecos Valley HMO', '[95840]', '37', '15', '22', '40.5%'],
    ['Front Range Mutual Health Ins. Co.', '[31199]', '51', '19', '32', '37.3%'],
    ['Trinity Life & Health Assurance Co.', '[68372]', '9', '2', '7', '22.2%'],
    ['All carriers', '—', '1,904', '611', '1,293', '32.1%'],
  ],
});

// ── 21. SERFF filing summary header, text layer ──
const serffHeader = lines({
  id: 's122-serffhdr',
  kind: 's122-serff-filing-summary-header-text',
  before: 'SERFF Filing Access — Filing at a glance',
  text: [
    'SERFF Tr Num: LSBL-134218877   State Tr Num: [64632]   Company Tr Num: LSB-MP-2025-[14030]',
    'Company: Lone Star Benefit Life Insurance Company   NAIC Co Code: [60054]   Group Code: 1207',
    'TOI: H16I Individual Health — Major Medical   Sub-TOI: H16I.005A Individual — PPO',
    'Filing Type: Form   Date Submitted: 08/04/2025   Disposition: Filed 09/12/2025',
    'Product Name: Lone Star Select PPO   Project Name/Number: MP Nerve 2026/[11573]   Reviewer: H. Nguyen',
    'Filing Description: revised medical policy exhibit adding coverage criteria for CPT {64712} and {64714}.',
    'Domicile: Texas   Company address: 5400 LBJ Fwy, Dallas, TX [75240]',
  ].join('\n'),
});

// ── 22. SERFF form schedule, table ──
const serffForms = table({
  id: 's122-serffforms',
  kind: 's122-serff-form-schedule-grid',
  caption: 'Form Schedule',
  headers: ['Item No.', 'Schedule Item Status', 'Form Name', 'Form Number', 'Edition Date', 'Form Type', 'Action'],
  rows: [
    ['1', 'Filed 09/12/2025', 'Individual PPO Policy', 'LSB-IND-PPO-[70069]', '01/2026', 'POL', 'Revised'],
    ['2', 'Filed 09/12/2025', 'Schedule of Benefits', 'LSB-SOB-[70074]', '01/2026', 'SOB', 'Revised'],
    ['3', 'Filed 09/12/2025', 'Medical Policy Exhibit — Nerve Procedures', 'LSB-MPX-[70073]', '01/2026', 'OTH', 'New'],
    ['4', 'Withdrawn', 'Prior Authorization List Rider', 'LSB-PAR-[64712]', '01/2026', 'END', 'New'],
    ['5', 'Filed 09/12/2025', 'Medical Policy Exhibit — Chemodenervation', 'LSB-MPX-[70081]', '01/2026', 'OTH', 'New'],
    ['6', 'Filed 09/12/2025', 'Outline of Coverage', 'LSB-OOC-[70088]', '01/2026', 'OOC', 'Revised'],
  ],
});

// ── 23. SERFF supporting documentation / exhibit list, table ──
const serffExhibits = table({
  id: 's122-serffexh',
  kind: 's122-serff-supporting-documentation-exhibit-list-grid',
  caption: 'Supporting Document Schedules',
  headers: ['Satisfied - Item', 'Comments', 'Attachment(s)'],
  rows: [
    ['Exhibit A — Statement of variability', 'Bracketed text explained', 'ExA_variability.pdf'],
    ['Exhibit C — Medical policy MP-[47105]', 'Criteria for {64712}, {64714}, {64708}', 'ExC_MP[47105]_rev3.pdf'],
    ['Exhibit D — Medical policy MP-[47119]', 'Chemodenervation incl. {64612}, {64615}', 'ExD_MP[47119].pdf'],
    ['Exhibit E — Prior authorization code list', 'Adds {64632} and {64445} (ambulatory setting)', 'ExE_PAlist.xlsx'],
    ['Readability Certificate', 'Flesch score 52.4', 'readability_[31102].pdf'],
  ],
});

// ── 24. Medical policy exhibit PDF, applicable codes section, text layer ──
const exhibitCodes = lines({
  id: 's122-exhcodes',
  kind: 's122-serff-medical-policy-exhibit-applicable-codes-text',
  before: 'Exhibit C — Medical Policy MP-47105 — Peripheral Nerve Decompression and Neuroplasty — Page 6 of 9',
  text: [
    'CODING',
    'The following codes are subject to this policy when billed for decompression of a named nerve:',
    'CPT    {64708}  Neuroplasty, major peripheral nerve, arm or leg, open; other than specified',
    'CPT    {64712}  Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    'CPT    {64713}  Neuroplasty, major peripheral nerve, arm or leg, open; brachial plexus',
    'CPT    {64714}  Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
    'Add-on {64727}  Internal neurolysis, requiring use of operating microscope (not covered, see Section IV)',
    'Form LSB-MPX-[70073] (01/2026)                                              SERFF state tracking [64632]',
  ].join('\n'),
});

// ── 25. Medical policy exhibit, coverage criteria prose, text layer ──
const exhibitCriteria = lines({
  id: 's122-exhcrit',
  kind: 's122-serff-medical-policy-exhibit-criteria-text',
  before: 'III. COVERAGE CRITERIA',
  text: [
    'A. Sciatic nerve neuroplasty ({64712}) is medically necessary when ALL of the following are met:',
    '   1. Electrodiagnostic study ({95907}–{95913} or {95886}) shows focal sciatic conduction block; and',
    '   2. A diagnostic sciatic nerve block (CPT {64445}) produced at least 50% temporary relief; and',
    '   3. Six weeks of conservative therapy have failed.',
    'B. Lumbar plexus neuroplasty ({64714}) requires imaging evidence of plexus compression.',
    'C. Neurolytic destruction of plantar common digital nerves ({64632}) is limited to 3 injections per foot per year.',
    'Exhibit C page 7 — Form LSB-MPX-[70073]',
  ].join('\n'),
});

// ── 26. SERFF objection letter and company response (correspondence), text layer ──
const serffObjection = lines({
  id: 's122-serffobj',
  kind: 's122-serff-objection-and-response-correspondence-text',
  before: 'Filing Correspondence — Objection Letter 1 — Objection Letter Status: Pending Industry Response',
  text: [
    'Objection 1 — Exhibit C, Medical Policy MP-[47105] (Form LSB-MPX-[70073])',
    'Comments: The limit of one neuroplasty per nerve per lifetime for {64712} appears to conflict with 28 TAC §21.3051.',
    'Please also explain why the add-on {64727} is excluded while {69990} is not listed at all.',
    'Response 1 (08/29/2025): The lifetime limit on {64712} has been removed; see revised page 6.',
    'The company notes {64714} is reviewed under the same criteria; no change to the PA list (Exhibit E).',
    'Reviewer: Life/Health Forms, Austin, TX [78714]-9104   Response letter id [52225]',
  ].join('\n'),
});

// ── 27. SERFF rate filing, utilization trend exhibit (CPT category rows), table ──
const rateExhibit = table({
  id: 's122-rateexh',
  kind: 's122-serff-rate-filing-utilization-exhibit-grid',
  caption: 'Exhibit 7 — Professional utilization and unit cost by service category, experience period 2024',
  headers: ['Service category', 'CPT range', 'Services per 1,000', 'Avg allowed', 'PMPM', 'Trend'],
  rows: [
    ['Office E&M', '{99202}–{99215}', '4,812.6', '$118.04', '$47.34', '4.1%'],
    ['Nerve blocks', '{64400}–{64530}', '38.2', '$241.90', '$0.77', '6.8%'],
    ['Nerve decompression', '{64702}–{64727}', '2.1', '$1,884.12', '$0.33', '3.0%'],
    ['Chemodenervation', '{64612}–{64647}', '6.4', '$512.77', '$0.27', '9.2%'],
    ['Member months', '', '[94105]', '', '', ''],
  ],
});

// ── 28. SERFF filing company list (multi-company filing), table (decoy only) ──
const serffCompanies = table({
  id: 's122-serffcos',
  kind: 's122-serff-filing-companies-grid',
  caption: 'Filing Company Information',
  headers: ['Company Name', 'NAIC CoCode', 'FEIN', 'State of Domicile', 'Company Type', 'State ID'],
  rows: [
    ['Lone Star Benefit Life Insurance Company', '[60054]', '75-1184022', 'TX', 'Life, Accident & Health', '[24166]'],
    ['Lone Star Benefit HMO, Inc.', '[95171]', '75-2870314', 'TX', 'HMO', '[24176]'],
    ['Lone Star Benefit Insurance Co. of Oklahoma', '[12216]', '73-1520988', 'OK', 'Life, Accident & Health', '—'],
  ],
});

// ── 29. Market conduct examination report, claim sample results table ──
const mceSample = table({
  id: 's122-mcesample',
  kind: 's122-market-conduct-exam-claim-sample-results-grid',
  caption: 'Table 12. Paid and denied claims — sample results (review period 01/01/2023 – 12/31/2024)',
  headers: ['Population', 'Population size', 'Sample size', 'Number of exceptions', 'Exception ratio'],
  rows: [
    ['Paid claims', '[47056]', '109', '4', '3.7%'],
    ['Denied claims', '[13705]', '109', '17', '15.6%'],
    ['Denied claims — medical necessity (nerve procedures)', '612', '50', '11', '22.0%'],
    ['Claims subject to prior authorization', '[20522]', '109', '6', '5.5%'],
    ['Provider appeals (grievances)', '3418', '79', '9', '11.4%'],
  ],
});

// ── 30. Market conduct exam, exceptions detail table ("Proc." header) ──
const mceExceptions = table({
  id: 's122-mceexc',
  kind: 's122-market-conduct-exam-exception-detail-grid',
  caption: 'Appendix C — Denied claims exceptions (nerve procedures subsample)',
  headers: ['Sample #', 'Claim no.', 'DOS', 'Proc.', 'Billed', 'Exception', 'Std.'],
  rows: [
    ['7', 'C23-[88222]', '03/07/2023', '{64712}', '$8,240.00', 'Denial letter lacked clinical basis', 'D-6'],
    ['12', 'C23-[88227]', '05/18/2023', '{64632}', '$612.00', 'Frequency limit not in filed form', 'D-2'],
    ['19', 'C23-[88233]', '08/02/2023', '{64612}', '$1,145.00', 'No IRO rights notice', 'D-6'],
    ['23', 'C24-[88242]', '01/29/2024', '{64714}', '$9,120.00', 'Decision after 30 days', 'D-4'],
    ['31', 'C24-[64445]', '04/11/2024', '{64445}', '$540.00', 'Reviewer not a same-specialty peer', 'D-6'],
    ['44', 'C24-[88258]', '09/23/2024', '{64712} {64727}', '$10,320.00', 'Applied unfiled criteria', 'D-2'],
    ['47', 'C24-[88263]', '10/15/2024', '{64632}', '$612.00', 'Frequency limit not in filed form', 'D-2'],
    [
      '49',
      'C24-[88270]',
      '11/04/2024',
      '{64615} rebilled as {64612}',
      '$1,320.00',
      'Claim not acknowledged within 15 days',
      'D-1',
    ],
    ['50', 'C24-[88276]', '12/12/2024', '{64708}', '$7,980.00', 'Denial letter lacked clinical basis', 'D-6'],
  ],
});

// ── 31. Market conduct exam, finding narrative, PDF text layer ──
const mceFinding = lines({
  id: 's122-mcefind',
  kind: 's122-market-conduct-exam-finding-narrative-text',
  before: 'Standard D-2: The regulated entity uses only forms and criteria filed with and approved by the Division',
  text: [
    'Finding 4. In 6 of 50 sampled denials the Company applied a frequency limit to CPT {64632}',
    '(three injections per foot per year) that did not appear in any form on file (SERFF state tracking [64632]).',
    'In sample 44, the denial of {64712} cited an internal criterion requiring failure of two sciatic blocks ({64445}).',
    'Recommendation: the Company should file all medical policy criteria and re-adjudicate the 612 affected claims.',
    'Examiner-in-charge: M. Trujillo, CIE. Examination no. [24223]; Company NAIC code [31199].',
  ].join('\n'),
});

// ── 32. Market conduct exam report cover page and standards summary (decoy heavy) ──
const mceCover = lines({
  id: 's122-mcecover',
  kind: 's122-market-conduct-exam-report-cover-text',
  before: 'Colorado Division of Insurance — Market Conduct Examination Report',
  text: [
    'Front Range Mutual Health Insurance Company   NAIC [31199]   Group 4711',
    '7800 E Orchard Rd, Greenwood Village, CO [80111]',
    'Examination period: January 1, 2023 through December 31, 2024   Exam no. [24223]',
    'Conducted at 1560 Broadway, Suite 850, Denver, CO [80202]; report adopted by Final Agency Order O-25-0418.',
    'Total penalty: $48,500; 9 of 31 standards failed; prior exam no. [20175] (2019).',
  ].join('\n'),
});

// ── 33. Surprise billing (state balance-billing law) arbitration request portal, text layer ──
const arbRequest = lines({
  id: 's122-arbreq',
  kind: 's122-surprise-billing-arbitration-request-form-text',
  before: 'Request for Arbitration — Out-of-Network Claim Dispute Resolution (Texas Insurance Code Chapter 1467)',
  text: [
    'Requesting party: Provider   Facility-based physician: Yes   TIN **-***7712   NPI 1447290318',
    'Health benefit plan issuer: Gulf Coast Mutual Health Ins. Co.   NAIC [70670]',
    'Claim no.: GCM-[83204]-A   Group no.: [64714]   Date of service: 02/11/2025   Patient ZIP: [77030]',
    'Services in dispute (CPT): {64445}, {76942}; billed $2,140.00; issuer paid $318.26',
    'Batched claims: 11 claims for {64445} with the same issuer and similar dates (batch [64612])',
    'Arbitration request no. assigned after submission; fee $394 per claim.',
  ].join('\n'),
});

// ── 34. Surprise billing arbitration decisions summary table ──
const arbSummary = table({
  id: 's122-arbsum',
  kind: 's122-surprise-billing-arbitration-decisions-summary-grid',
  caption: 'Arbitration awards — out-of-network facility-based physician claims, Q1 2025 (published summary)',
  headers: ['Dispute #', 'Service code(s)', 'Billed', 'Provider offer', 'Issuer offer', 'Award', 'Prevailing party'],
  rows: [
    ['ARB-[79257]', '{64445}', '$2,140.00', '$1,610.00', '$318.26', '$1,610.00', 'Provider'],
    ['ARB-[79260]', '{64445} {76942}', '$2,550.00', '$1,790.00', '$402.12', '$402.12', 'Issuer'],
    ['ARB-[79266]', '{64712}', '$11,200.00', '$8,400.00', '$2,944.80', '$8,400.00', 'Provider'],
    ['ARB-[64612]', '{64612}', '$1,280.00', '$960.00', '$388.40', '$960.00', 'Provider'],
    ['ARB-[79274]', '{01710}', '$3,360.00', '$2,100.00', '$744.00', '$744.00', 'Issuer'],
    ['ARB-[79281]', '{64447}', '$1,980.00', '$1,450.00', '$366.10', '$1,450.00', 'Provider'],
    ['ARB-[79286]', '{64632} x2', '$1,040.00', '$780.00', '$210.56', '$210.56', 'Issuer'],
    ['ARB-[79290]', '{64714}', '$[12600].00', '$9,300.00', '$3,102.40', '$9,300.00', 'Provider'],
  ],
});

// ── 35. Arbitration decision (award) text, PDF text layer ──
const arbDecision = lines({
  id: 's122-arbdec',
  kind: 's122-surprise-billing-arbitration-award-text',
  before: 'Arbitration Decision and Award — Arbitration no. ARB-79266',
  text: [
    'The disputed service is open neuroplasty of the sciatic nerve (CPT {64712}) by an out-of-network surgeon at an in-network facility.',
    "The issuer's offer of $2,944.80 equals 250% of the Medicare rate for {64712} in locality 99 (Austin).",
    "The provider's offer of $8,400.00 is supported by FAIR Health 80th percentile data for {64712} in ZIP prefix 787.",
    'The arbitrator selects the provider offer. Award: $8,400.00, payable within 30 days. Arbitrator no. [31317].',
    'Filed with the Department 04/22/2025, doc [79278]; parties: Gulf Coast Mutual (NAIC [70670]) and Hill Country Nerve PLLC.',
  ].join('\n'),
});

// ── 36. Arbitration statistics by CPT code, annual report table ──
const arbStats = table({
  id: 's122-arbstats',
  kind: 's122-surprise-billing-arbitration-statistics-by-code-grid',
  caption: 'Figure 9 (table view). Most-disputed professional services, 2025',
  headers: ['Rank', 'Code', 'Requests', 'Closed', 'Median award', 'Provider prevailed'],
  rows: [
    ['1', '{99285}', '[14030]', '[12880]', '$612.00', '61%'],
    ['14', '{64445}', '1904', '1822', '$1,240.00', '58%'],
    ['22', '{64447}', '1118', '1090', '$1,190.00', '55%'],
    ['58', '{64712}', '212', '198', '$6,900.00', '64%'],
    ['61', '{64612}', '187', '176', '$840.00', '49%'],
    ['73', '{64632}', '141', '139', '$402.00', '52%'],
    ['90', '{64714}', '96', '88', '$7,350.00', '66%'],
    ['All services', '', '[52030]', '[47198]', '$702.00', '57%'],
  ],
});

// ── 37. Company profile lookup (NAIC code, license numbers), text layer (decoy only) ──
const companyProfile = lines({
  id: 's122-coprofile',
  kind: 's122-doi-company-profile-license-lookup-text',
  before: 'Company Lookup — Lone Star Benefit Life Insurance Company',
  text: [
    'NAIC company code: [60054]   NAIC group code: 1207   TDI company no.: [24166]',
    'Certificate of authority no.: [64445]   Issued: 03/14/1988   Status: Active',
    'Texas registered office: 2110 Lamar Blvd, Austin, TX [78705]; agent for service file no. [18362]',
    'Home office: 5400 LBJ Fwy, Suite 1200, Dallas, TX [75240]',
    'Mailing: PO Box [64445], Dallas, TX [75222]   Complaints: PO Box [64612], Dallas, TX [75222]',
    'Complaint index 2025: 1.42 (Justified complaints: 38; Texas A&H premium in 000s: [95840])',
  ].join('\n'),
});

// ── 38. Complaint portal e-mail notification, text ──
const portalEmail = lines({
  id: 's122-email',
  kind: 's122-doi-complaint-portal-email-notification-text',
  before: 'From: noreply@tdi.texas.gov  Subject: Update on your complaint CP-2025-64712',
  text: [
    'Dear R. Villarreal,',
    'Lone Star Benefit Life has responded to your complaint CP-2025-[64712]. The response (doc [88064]) says',
    'it denied CPT {64712} under its medical policy and paid the nerve block billed as {64445}.',
    'You may ask for an independent review. Sign in to view the full response. Portal ID [20600].',
    'Texas Department of Insurance, PO Box [12030], Austin, TX [78711]-2030 — Do not reply to this message.',
  ].join('\n'),
});

// ── 39. Complaint file documents tab (uploads list), table ──
const fileDocs = table({
  id: 's122-filedocs',
  kind: 's122-doi-complaint-file-documents-tab-grid',
  caption: 'Documents (6)',
  headers: ['Doc ID', 'Name', 'Uploaded by', 'Date', 'Pages'],
  rows: [
    ['[88044]', 'Complaint form (system copy)', 'System', '11/03/2025', '4'],
    ['[88064]', 'Company response + Att. A–C (claims {64712}, {64445})', 'Company', '11/21/2025', '23'],
    ['[88092]', 'IRO eligibility worksheet', 'D. Okafor', '12/02/2025', '2'],
    ['[88095]', 'IRO decision, case [64714]-2025', 'IRO', '12/19/2025', '3'],
    ['[88103]', 'Corrected EOB — {64712} line paid', 'Complainant', '01/05/2026', '2'],
    ['[88106]', 'Closing letter', 'D. Okafor', '01/08/2026', '2'],
  ],
});

// ── 40. IRO case transmittal from the DOI, XML text layer ──
const iroXml = lines({
  id: 's122-iroxml',
  kind: 's122-iro-case-assignment-transmittal-xml-text',
  before: 'iro_assignment_64714-2025.xml',
  text: [
    '<IROAssignment caseNo="[64714]-2025" iroCert="[52215]" assigned="2025-12-03">',
    '  <Carrier naic="[60054]">Lone Star Benefit Life Insurance Company</Carrier>',
    '  <Service cpt="{64712}" modifier="RT" dos="2025-06-14">Neuroplasty, sciatic nerve</Service>',
    '  <Service cpt="{69990}" dos="2025-06-14">Operating microscope</Service>',
    '  <PriorService cpt="{64445}" dos="2025-04-02"/>',
    '  <Patient zip="[78748]" ageBand="50-59"/><Complaint ref="CP-2025-[64712]"/>',
    '</IROAssignment>',
  ].join('\n'),
});

export const sealed122: Snippet[] = [
  ...intakeInsurer,
  ...intakeProblem,
  ...intakeNarrative,
  ...intakeConfirm,
  ...fileSummary,
  ...fileActivity,
  ...insurerResponse,
  ...responseClaims,
  ...response835,
  ...closingLetter,
  ...dispositionCodes,
  ...iroRequest,
  ...iroHeader,
  ...iroRationale,
  ...iroFooter,
  ...decisionSearch,
  ...decisionDetail,
  ...decisionCsv,
  ...decisionJson,
  ...reviewStats,
  ...serffHeader,
  ...serffForms,
  ...serffExhibits,
  ...exhibitCodes,
  ...exhibitCriteria,
  ...serffObjection,
  ...rateExhibit,
  ...serffCompanies,
  ...mceSample,
  ...mceExceptions,
  ...mceFinding,
  ...mceCover,
  ...arbRequest,
  ...arbSummary,
  ...arbDecision,
  ...arbStats,
  ...companyProfile,
  ...portalEmail,
  ...fileDocs,
  ...iroXml,
];
