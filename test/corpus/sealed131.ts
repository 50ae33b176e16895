import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 131 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s131-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked,
 * `[64712]` anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for
 * codes (64727, 76942, 64455, 95874, 64708, 64713, 64615, 64616, 64454, 64446, 64447, 64400, 64530, 28080, 99213,
 * 99214) are labelled as codes too, including codes an editor typed wrongly (a wrong code is still a code). About a
 * third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as dictation job numbers, client
 * account numbers, practice and site ZIPs, QA batch, invoice, document and case ids, line counts and mail codes. The
 * five known codes' digits come back as decoys: a dictation job number, an MTSO invoice number, the MTSO's remit PO
 * box, a QA batch id (also a FHIR identifier and a pay deduction line), HL7 message control ids, a TXA document id,
 * an EHR document id, a platform support ticket and a purchase-order number.
 *
 * Family: medical transcription, dictation and speech-recognition editing around procedure notes at a pain and
 * peripheral-nerve practice and its hospital: the dictation system's job list, phone prompt card, author/worktype
 * code card, a job XML export and a CSV export; the transcription editor's job header, a draft operative note, a
 * draft nerve-block note, the raw speech-recognition draft, the blank/flag list and the transcriptionist's worklist;
 * the QA reviewer's error log, accuracy scorecard and feedback e-mail; the MTSO's invoice header and line-count
 * charges, line count by author, TAT compliance report, services-agreement rate exhibit and an MT's pay statement;
 * HL7 v2 MDM^T02, ORU^R01 and DFT^P03 messages and the interface engine's log; a FHIR DocumentReference; the EHR's
 * signature queue, note preview and revision audit trail; the coder's charge review, her query to the dictating
 * surgeon and his addendum; a style guide excerpt on typing codes and numbers, the client account specifics, the
 * author's normal template and speech-recognition auto-text list; the OR's missing-dictation report, the HIM
 * delinquent-records notice, a platform support ticket, a practice manager's memo on saying codes and a
 * transcriptionists' forum thread on whether to type dictated codes.
 * Built on real public layouts: the dictation job list and job properties of front-end dictation systems (job
 * number, author id, worktype, location, length, TAT, status, as in Dolbey Fusion and Nuance eScription screens), the
 * telephone dictation prompt cards hospitals post ("enter your author ID followed by the pound sign", keypad
 * functions), the AHDI Book of Style rules on numbers and the AHDI-style weighted QA categories (critical, major,
 * minor) with 65-character line counts, the HL7 v2.5 MDM^T02 TXA/OBX document layout with LOINC 11504-8 and 28570-0,
 * the FT1 segment of DFT^P03, the FHIR R4 DocumentReference context.event coding, the Epic In Basket transcription
 * signing folder, and the AHIMA/ACDIS compliant query form (multiple choice with "other"). The others are written
 * the way those pages read, with no single source.
 *
 * 363 labelled tokens over 40 shapes: 159 codes, 204 decoys, 73 of the decoys in KNOWN_10K. 109 of the codes are
 * the five known codes; their digits come back 12 times as decoys.
 */

// ── 1. Dictation system job list, grid (decoy heavy: job numbers, author ids, worktypes) ──
const jobList = table({
  id: 's131-joblist',
  kind: 's131-dictation-system-job-list-grid',
  caption: 'Job List — Site: LRMC / GRPN — Filter: Status = All, Dictated or Recalled 12/01/2026–12/02/2026 — 9 jobs',
  headers: ['Job #', 'Author ID', 'Author', 'WT', 'Pt MRN', 'Dict. Date', 'Length', 'TAT (hrs)', 'Lines', 'Status'],
  rows: [
    ['[71236]', '[10443]', 'MEHTA, ANIL R', '32', 'M00418827', '12/01/2026 07:42', '03:18', '24', '61', 'Completed'],
    ['[71237]', '[10443]', 'MEHTA, ANIL R', '32', 'M00902215', '12/01/2026 07:49', '02:51', '24', '54', 'Completed'],
    ['[71240]', '[10517]', 'BRINK, THOMAS J', '31', 'M00377106', '12/01/2026 11:05', '07:44', '24', '148', 'In QA'],
    ['[71244]', '[10517]', 'BRINK, THOMAS J', '31', 'M00511940', '12/01/2026 15:26', '06:02', '24', '', 'Transcribing'],
    [
      '[71251]',
      '[10389]',
      'VOS, KAREN L (DPM)',
      '33',
      'M00620451',
      '12/01/2026 16:10',
      '01:47',
      '48',
      '',
      'Awaiting MT',
    ],
    [
      '[64445]',
      '[10443]',
      'MEHTA, ANIL R',
      '32',
      'M00088013',
      '09/22/2026 07:31',
      '02:12',
      '24',
      '49',
      'Recalled - correction',
    ],
    [
      '[71262]',
      '[10602]',
      'OKAFOR, LISA N',
      '35',
      'M00734662',
      '12/02/2026 08:15',
      '01:36',
      '24',
      '',
      'On Hold - Blank',
    ],
    ['[71263]', '[10602]', 'OKAFOR, LISA N', '20', 'M00734662', '12/02/2026 08:19', '00:41', '48', '', 'Awaiting MT'],
    [
      '[71270]',
      '[10389]',
      'VOS, KAREN L (DPM)',
      '33',
      'M00118265',
      '12/02/2026 09:02',
      '02:26',
      'STAT 4',
      '',
      'Transcribing',
    ],
  ],
});

// ── 2. Dictation phone prompts card, text layer ──
const phonePrompts = lines({
  id: 's131-prompts',
  kind: 's131-dictation-phone-prompt-card-text',
  before: 'LAKESHORE REGIONAL MEDICAL CENTER — DICTATION SYSTEM QUICK CARD (telephone)',
  text: [
    'Dial in: 616-555-0188 (outside) or ext. 4-DICT (inside). Facility code for LRMC is [49503], GRPN clinic is [49546].',
    '"Please enter your author ID followed by the pound sign." Example: [10443]#',
    '"Enter worktype." 31 Operative note, 32 Procedure note, 33 Podiatry procedure, 35 Chemodenervation, 20 Clinic',
    '"Enter patient MRN or account number." Then press 2 to begin recording.',
    'At the end of every procedure note say "Codes" and the CPT, e.g. "codes {64445}, {76942}, left."',
    '1 Pause  2 Record  3 Rewind 3 sec  44 Go to beginning  5 End and new job  8 Disconnect  9 Mark STAT',
    'Your job number is read back to you; write it down for questions. Help desk: Dictation Support x[40217].',
  ].join('\n'),
});

// ── 3. Author and worktype code card, grid ──
const authorCard = table({
  id: 's131-authorcard',
  kind: 's131-author-worktype-code-card-grid',
  caption: 'Grand River Pain & Peripheral Nerve — Author IDs and worktypes (pin to the dictation station)',
  headers: ['Author ID', 'Provider', 'Default WT', 'Location', 'Usual procedures (say code at end)'],
  rows: [
    ['[10443]', 'Anil R. Mehta, MD', '32 Procedure', 'LRMC Pain Suite', 'Pop sciatic block {64445}; fem {64447}'],
    [
      '[10517]',
      'Thomas J. Brink, MD',
      '31 Operative',
      'LRMC OR 6',
      'Neuroplasty sciatic {64712}, lumbar plexus {64714}',
    ],
    ['[10389]', 'Karen L. Vos, DPM', '33 Podiatry', 'GRPN clinic', 'Neurolysis plantar digital n. {64632}'],
    [
      '[10602]',
      'Lisa N. Okafor, MD',
      '35 Chemodenerv',
      'GRPN clinic',
      'Facial n. chemodenervation {64612} w/ EMG {95874}',
    ],
    ['[10718]', 'Jenna Kuiper, PA-C', '20 Clinic', 'GRPN clinic', 'E/M only'],
  ],
});

// ── 4. Transcription editor job header, text layer ──
const editorHeader = lines({
  id: 's131-edhdr',
  kind: 's131-transcription-editor-job-header-text',
  before: 'Fusion Text Editor 9.4 — Job Properties',
  text: [
    'Job: [71240]   Author: [10517] BRINK, THOMAS J   WT: 31 OPERATIVE REPORT   Loc: LRMC-OR6',
    'Patient: HOLWERDA, DALE   MRN: M00377106   Acct: 4412098817   DOS: 12/01/2026',
    'Client: LRMC (acct [48910])   Template: OP_BRINK_v3   Voice file: 07:44   Due: 12/02/2026 11:05',
    'Keywords from author: neuroplasty, sciatic, {64712}, {64714}   CC: Dr. M. Sytsma, 1200 E Paris Ave SE, Grand Rapids MI [49546]',
  ].join('\n'),
});

// ── 5. Draft operative note in the editor, text layer ──
const draftOp = lines({
  id: 's131-draftop',
  kind: 's131-editor-draft-operative-note-text',
  before: 'OPERATIVE REPORT (DRAFT — NOT SIGNED)',
  text: [
    'PREOPERATIVE DIAGNOSIS: Right sciatic neuropathy with perineural scarring following hamstring avulsion repair.',
    'PROCEDURE PERFORMED: 1. External neurolysis (neuroplasty) of the right sciatic nerve, CPT {64712}.',
    '2. Neuroplasty of the right lumbar plexus via retroperitoneal approach, CPT {64714}, modifier 59.',
    'ANESTHESIA: General, with preoperative right popliteal sciatic block by Dr. Mehta (billed separately, {64445}).',
    'The sciatic nerve was traced from the sciatic notch to the popliteal fossa and freed circumferentially.',
    'Operating microscope was used for the internal portion; bill the add-on {64727} as well.',
    'ESTIMATED BLOOD LOSS: 150 mL.  SPECIMENS: None.  DRAINS: 10 French Jackson-Pratt.',
    'CODES: {64712}-RT, {64714}-59, {64727}.  Dictated but not read.  D: 12/01/2026 11:05  T: 12/01/2026 18:40  Job [71240]',
  ].join('\n'),
});

// ── 6. Draft procedure note, ultrasound-guided sciatic block, text layer ──
const draftBlock = lines({
  id: 's131-draftblk',
  kind: 's131-editor-draft-nerve-block-note-text',
  before: 'PROCEDURE NOTE (DRAFT) — Job 71236 — Author 10443',
  text: [
    'PROCEDURE: Left popliteal sciatic nerve block, single injection, with ultrasound guidance.',
    'INDICATION: Postoperative analgesia, left ankle ORIF. Requested by Dr. Veldman, orthopedics.',
    'Under real-time ultrasound the sciatic nerve was seen at the bifurcation and 20 mL of 0.5% ropivacaine was placed.',
    'Images were saved to the permanent record (study [40112]).',
    'Bill {64445} with ultrasound {76942}; no separate E/M. Modifier LT on {64445}.',
    'The patient tolerated the procedure well. Dr. Mehta was present for the entire procedure. Job [71236]',
  ].join('\n'),
});

// ── 7. Speech-recognition raw draft before editing, text layer ──
const asrDraft = lines({
  id: 's131-asr',
  kind: 's131-speech-recognition-raw-draft-text',
  before: 'Front-end SR draft — confidence shown in brackets where < 0.80 — Job 71251 — WT 33',
  text: [
    'procedure neurolytic destruction of the third interspace common digital nerve right foot period',
    'CPT {64632} comma R T new paragraph after sterile prep with alcohol and local anesthetic',
    '4% dehydrated alcohol 0.5 mL was injected at the dorsal approach period repeat in the second interspace',
    'code {64632} times two units new paragraph patient to return in 2 weeks [0.61]',
    'oh and bill the injection {64455} no scratch that not the injection just the {64632}',
    'end of dictation job [71251] author [10389] thank you',
  ].join('\n'),
});

// ── 8. Editor flags and blanks sent back to the author, grid ──
const flags = table({
  id: 's131-flags',
  kind: 's131-editor-blank-flag-list-grid',
  caption: 'Flags on this job (3) — resolve before release',
  headers: ['Flag', 'Audio pos.', 'Text', 'MT comment'],
  rows: [
    ['Blank', '01:12', 'CPT ___ (sounds like {64612} or {64615})', 'Dictated code unclear; worktype is 35, facial'],
    ['Verify', '01:29', 'Botox 25 units to the right orbicularis', 'Units vs. lot number [30817]?'],
    ['Blank', '01:33', 'EMG guidance {95874}', 'Author said "EMG guidance" only; code from template'],
  ],
});

// ── 9. Transcriptionist worklist in the editor, grid ──
const mtWorklist = table({
  id: 's131-mtwork',
  kind: 's131-transcriptionist-worklist-grid',
  caption: 'My Work — MT ID 2284 (R. Sanchez) — queue: LRMC Pain/Ortho',
  headers: ['Job ID', 'Client', 'Acct', 'WT', 'Pri', 'Min', 'Due (ET)'],
  rows: [
    ['[71251]', 'Grand River Pain & Periph Nerve', '[48910]-02', '33', 'R', '1.8', '12/03 16:10'],
    ['[64445]', 'Grand River Pain & Periph Nerve', '[48910]-02', '32', 'R', '2.2', '12/03 07:31'],
    ['[71262]', 'Grand River Pain & Periph Nerve', '[48910]-02', '35', 'R', '1.6', '12/03 08:15'],
    ['[71270]', 'Grand River Pain & Periph Nerve', '[48910]-02', '33', 'S', '2.4', '12/02 13:02'],
    ['[52207]', 'Lakeshore Regional Med Ctr', '[48910]-01', '31', 'R', '6.9', '12/03 10:20'],
  ],
});

// ── 10. QA reviewer error log, grid ──
const qaLog = table({
  id: 's131-qalog',
  kind: 's131-qa-reviewer-error-log-grid',
  caption: 'QA Error Log — Reviewer: D. Ruiter, CHDS — Batch QA-64632 — 11/16/2026–11/30/2026',
  headers: ['Job', 'MT', 'Error category', 'As typed', 'Corrected to', 'Pts'],
  rows: [
    ['[70941]', '2284', 'Critical: wrong code', 'CPT {64616}', 'CPT {64612}', '3'],
    ['[70948]', '2284', 'Major: number transposed', 'bill {64454} w/ US', 'bill {64445} w/ US', '2'],
    ['[70959]', '1907', 'Major: omission', 'neuroplasty sciatic nerve', 'neuroplasty sciatic nerve, {64712}', '2'],
    ['[70984]', '1907', 'Minor: format', 'CPT: 64-714', 'CPT {64714}', '1'],
    ['[71015]', '2311', 'Critical: wrong side', 'left {64632}', 'right {64632}', '3'],
    ['[71036]', '2311', 'Minor: spacing', 'Grand Rapids, MI[49546]', 'Grand Rapids, MI [49546]', '0.5'],
    ['[71043]', '2284', 'Minor: punctuation', '{64445},{76942}', '{64445}, {76942}', '0.5'],
  ],
});

// ── 11. QA accuracy scorecard, grid ──
const qaScores = table({
  id: 's131-qascore',
  kind: 's131-qa-accuracy-scorecard-grid',
  caption: 'Accuracy scorecard, November 2026 — target 98.0% (AHDI weighted, 65-char lines incl. spaces)',
  headers: ['MT ID', 'Name', 'Lines audited', 'Lines produced', 'Error pts', 'Score'],
  rows: [
    ['2284', 'Sanchez, R.', '1,450', '[38214]', '6.5', '98.9%'],
    ['1907', 'Hoekstra, M.', '1,212', '[29806]', '3.0', '99.4%'],
    ['2311', 'Bui, T.', '980', '[21457]', '3.5', '99.1%'],
    ['2402', 'Lindemulder, A. (new)', '2,004', '[11063]', '14.0', '97.2% — coaching'],
  ],
});

// ── 12. QA feedback e-mail to the transcriptionist, text layer ──
const qaMail = lines({
  id: 's131-qamail',
  kind: 's131-qa-feedback-email-text',
  before: 'From: QA Team <qa@greatlakesmt.com>  To: R. Sanchez  Subject: Job 70941 — critical error (code)',
  text: [
    'Hi Rosa, on job [70941] (Dr. Okafor, WT 35) the dictated code was {64612}, chemodenervation of the facial nerve.',
    'It was typed as {64616}, which is a different procedure entirely; the coder caught it before the claim dropped.',
    'Reminder from the account specifics: type codes exactly as dictated, and flag rather than guess.',
    'If Dr. Okafor also says "the bilateral one" she means {64612} with modifier 50; never change it to {64615}.',
    'Your score for the batch is 98.9%. Thanks! — Dana, QA Lead, ext. [30217]',
  ].join('\n'),
});

// ── 13. MTSO invoice header, text layer (decoy heavy) ──
const invHeader = lines({
  id: 's131-invhdr',
  kind: 's131-mtso-invoice-header-text',
  before: 'GREAT LAKES MEDICAL TRANSCRIPTION, LLC — INVOICE',
  text: [
    'Great Lakes Medical Transcription, LLC · 2130 Jolly Rd, Suite 4 · Okemos, MI [48864] · Tax ID 38-4417720',
    'Invoice No. [64712]   Invoice date: 12/01/2026   Terms: Net 30',
    'Bill to: Grand River Pain & Peripheral Nerve, PC, 4100 Lake Dr SE, Suite 200, Grand Rapids, MI [49546]',
    'Client No. [48910]   Account No. [48910]-02   Service period: 11/01/2026–11/30/2026',
    'Remit to: Great Lakes Medical Transcription, PO Box [64632], Lansing, MI [48901]-4632',
  ].join('\n'),
});

// ── 14. MTSO invoice lines by worktype, grid ──
const invLines = table({
  id: 's131-invlines',
  kind: 's131-mtso-invoice-line-count-grid',
  caption: 'Charges by worktype (65-character line, spaces counted)',
  headers: ['WT', 'Description', 'Jobs', 'Lines', 'Rate/line', 'Amount'],
  rows: [
    ['31', 'Operative reports', '44', '[10504]', '$0.13', '$1,365.52'],
    ['32', 'Procedure notes', '301', '[17580]', '$0.12', '$2,109.60'],
    ['33', 'Podiatry procedures', '98', '5,128', '$0.12', '$615.36'],
    ['35', 'Chemodenervation notes', '61', '3,011', '$0.12', '$361.32'],
    ['20', 'Clinic notes', '620', '[24480]', '$0.11', '$2,692.80'],
    ['', 'STAT surcharge (14 jobs)', '', '', '', '$70.00'],
    ['', 'Total', '1,124', '[60703]', '', '$7,214.60'],
  ],
});

// ── 15. MTSO line count report by author, grid ──
const lineCount = table({
  id: 's131-linecount',
  kind: 's131-mtso-author-line-count-report-grid',
  caption: 'Line Count Detail by Author — Client 48910 — Nov 2026',
  headers: ['Author', 'Author ID', 'Jobs', 'Audio min', 'Gross lines', 'Billable lines'],
  rows: [
    ['Mehta, Anil R', '[10443]', '301', '688', '[17922]', '[17580]'],
    ['Brink, Thomas J', '[10517]', '44', '312', '[10616]', '[10504]'],
    ['Vos, Karen L', '[10389]', '98', '171', '5,240', '5,128'],
    ['Okafor, Lisa N', '[10602]', '61', '104', '3,107', '3,011'],
    ['Kuiper, Jenna', '[10718]', '620', '1,310', '[24996]', '[24480]'],
  ],
});

// ── 16. TAT compliance report, grid ──
const tatReport = table({
  id: 's131-tat',
  kind: 's131-turnaround-time-compliance-grid',
  caption: 'TAT compliance — LRMC contract 52141 — Nov 2026',
  headers: ['Worktype', 'Contract TAT', 'Jobs', 'Within TAT', '%', 'Late job #s'],
  rows: [
    ['31 Operative', '24 h', '44', '43', '97.7%', '[70855]'],
    ['32 Procedure', '24 h', '301', '299', '99.3%', '[70897], [71099]'],
    ['33 Podiatry', '48 h', '98', '98', '100%', ''],
    ['35 Chemodenerv.', '24 h', '61', '59', '96.7%', '[70941] (blank), [71087]'],
  ],
});

// ── 17. HL7 v2 MDM^T02 message back to the EHR, text layer ──
const mdm = lines({
  id: 's131-mdm',
  kind: 's131-hl7-mdm-t02-transcribed-document-text',
  before: 'Outbound interface GLMT_TO_EPIC — message 12 of 40',
  text: [
    'MSH|^~\\&|GLMT|GLMT_OKEMOS|EPIC|LRMC|20261201184112||MDM^T02^MDM_T02|GLMT[64612]|P|2.5.1',
    'EVN|T02|20261201184112',
    'PID|1||M00377106^^^LRMC^MR||HOLWERDA^DALE^A||19580614|M|||812 Fuller Ave NE^^Grand Rapids^MI^[49503]',
    'PV1|1|O|LRMC-OR6^^^LRMC||||[10517]^BRINK^THOMAS^J^^^MD',
    'TXA|1|OP^Operative Report|TX|20261201110500|[10517]^BRINK^THOMAS^J|||||GLMT^[71240]||DOC[64714]||||AU||||',
    'OBX|1|TX|[11504]-8^Surgical operation note^LN|1|PROCEDURE PERFORMED: 1. External neurolysis of the right sciatic nerve, CPT {64712}.||||||F',
    'OBX|2|TX|[11504]-8^Surgical operation note^LN|2|2. Neuroplasty of the right lumbar plexus, CPT {64714}.||||||F',
    'OBX|9|TX|[11504]-8^Surgical operation note^LN|9|CODES: {64712}-RT, {64714}-59, {64727}.||||||F',
  ].join('\n'),
});

// ── 18. HL7 v2 ORU^R01 with coded procedure OBX, text layer ──
const oru = lines({
  id: 's131-oru',
  kind: 's131-hl7-oru-r01-procedure-note-text',
  before: 'Raw message (Rhapsody message viewer) — ORU^R01 — Procedure note, Job 71236',
  text: [
    'MSH|^~\\&|GLMT|GLMT_OKEMOS|EPIC|GRPN|20261201093015||ORU^R01|GLMT[71236]|P|2.3',
    'PID|1||M00418827^^^LRMC^MR||TERPSTRA^JOAN||19641102|F|||2291 Burton St SE^^Grand Rapids^MI^[49506]',
    'OBR|1|[71236]|[71236]|[28570]-0^Procedure note^LN|||20261201074200|||||||||[10443]^MEHTA^ANIL^R',
    'OBX|1|CE|CPT^Procedure code^L|1|{64445}^Injection anesthetic agent sciatic nerve single^C4||||||F',
    'OBX|2|CE|CPT^Procedure code^L|2|{76942}^US guidance needle placement^C4||||||F',
    'OBX|3|TX|[28570]-0^Procedure note^LN|3|Bill {64445} with ultrasound {76942}; modifier LT on {64445}.||||||F',
  ].join('\n'),
});

// ── 19. Interface engine message log, grid ──
const ifaceLog = table({
  id: 's131-iflog',
  kind: 's131-interface-engine-message-log-grid',
  caption: 'Channel GLMT_TO_EPIC — last 6 messages',
  headers: ['Control ID', 'Type', 'Job', 'Received', 'ACK', 'Error text'],
  rows: [
    ['GLMT[64612]', 'MDM^T02', '[71240]', '12/01 18:41:12', 'AA', ''],
    ['GLMT[71236]', 'ORU^R01', '[71236]', '12/01 09:30:15', 'AA', ''],
    [
      'GLMT[71237]',
      'ORU^R01',
      '[71237]',
      '12/01 09:44:50',
      'AE',
      'OBX-5 CE value {64445}-LT not in table; resend as {64445}',
    ],
    ['GLMT[71251]', 'MDM^T02', '[71251]', '12/02 10:02:33', 'AR', 'PID-3 MRN not found (M00620451)'],
    ['GLMT[71252]', 'MDM^T02', '[71251]', '12/02 10:15:07', 'AA', 'Resent after MRN merge'],
  ],
});

// ── 20. EHR signature queue of pending notes, grid ──
const sigQueue = table({
  id: 's131-sigq',
  kind: 's131-ehr-signature-queue-pending-notes-grid',
  caption: 'In Basket › Sign Transcriptions (5) — Brink, Thomas J, MD',
  headers: ['Patient', 'MRN', 'Note type', 'Service date', 'Procedure', 'Received', 'Doc ID'],
  rows: [
    [
      'Holwerda, Dale',
      'M00377106',
      'Operative Report',
      '12/01/2026',
      'Neuroplasty sciatic ({64712}) + lumbar plexus ({64714})',
      '12/01 18:41',
      '[64714]',
    ],
    [
      'Schaafsma, Gerrit',
      'M00511940',
      'Operative Report',
      '12/01/2026',
      'NEUROPLASTY, SCIATIC NERVE',
      '12/02 11:20',
      '[88172]',
    ],
    [
      'Brouwer, Anne',
      'M00299104',
      'Operative Report',
      '11/24/2026',
      '{64708} / {64712} revision',
      '11/25 09:02',
      '[87955]',
    ],
    [
      'DeJong, Pete',
      'M00404418',
      'Addendum',
      '11/20/2026',
      'Addendum: code clarified to {64714}',
      '11/30 14:10',
      '[87831]',
    ],
    [
      'Kamps, Lori',
      'M00810047',
      'Operative Report',
      '11/19/2026',
      'Sciatic n. decompression, {64712}',
      '11/20 08:47',
      '[87620]',
    ],
  ],
});

// ── 21. EHR note preview pane, text layer ──
const notePreview = lines({
  id: 's131-preview',
  kind: 's131-ehr-transcribed-note-preview-text',
  before: 'Preview — Procedure Note — Transcribed 12/03/2026 — Status: Pended, awaiting signature',
  text: [
    'Author: Karen L. Vos, DPM   Transcriptionist: RS/2284   Job #: [71270]   D: 12/02/2026   T: 12/02/2026',
    'Procedure: Neurolytic destruction, right 3rd and 2nd interspace common digital nerves (CPT {64632} x2).',
    'Prior treatment: three cortisone injections ({64455}) and a neuroma excision considered ({28080}).',
    'Electronically signed: pending.  Cc: Grand River Pain & Peripheral Nerve, 4100 Lake Dr SE, Grand Rapids, MI [49546]',
  ].join('\n'),
});

// ── 22. Coder query to the dictating physician, text layer ──
const coderQuery = lines({
  id: 's131-query',
  kind: 's131-coder-query-to-dictating-physician-text',
  before: 'Documentation Clarification Query — Query ID 53108 — to: Thomas J. Brink, MD — re: Holwerda, Dale',
  text: [
    'Dr. Brink, the operative report for 12/01/2026 (Job [71240]) lists CPT {64712} and {64714}.',
    'The body describes release of the sciatic nerve at the notch and along the thigh, but the lumbar plexus',
    'portion reads "explored retroperitoneally, no release needed." Please clarify whether a neuroplasty of the',
    'lumbar plexus ({64714}) was performed, or whether the exposure was part of {64712}.',
    'The note also says "Dr. Mehta\'s block billed separately ({64445})"; that is his charge and not yours.',
    'Options: [ ] {64714} performed, addendum to follow  [ ] Exploration only, remove {64714}  [ ] Other: ______',
    'Please respond in Epic within 7 days. — Marcy Dykstra, CPC, Coding, ext. [31477]',
  ].join('\n'),
});

// ── 23. Physician response and addendum, text layer ──
const addendum = lines({
  id: 's131-addendum',
  kind: 's131-physician-query-response-addendum-text',
  before: 'ADDENDUM to Operative Report of 12/01/2026 — dictated 12/03/2026, WT 31, Job 71288',
  text: [
    'In response to coding query [53108]: the lumbar plexus was explored but no release was performed.',
    'Please remove {64714}. The procedure is external neuroplasty of the right sciatic nerve, {64712}, with',
    'microscope ({64727}). Thomas J. Brink, MD   D: 12/03/2026 08:02   T: 12/03/2026 09:15   Job [71288]',
  ].join('\n'),
});

// ── 24. Style guide excerpt on typing codes and numbers, text layer ──
const styleGuide = lines({
  id: 's131-style',
  kind: 's131-transcription-style-guide-codes-numbers-text',
  before: 'Great Lakes MT Style Guide, rev. 11 (follows the AHDI Book of Style) — 4.7 Procedure codes and numbers',
  text: [
    '4.7.1 Type CPT codes as five digits with no spaces or hyphens: CPT {64712}, not CPT 64-712 or 647 12.',
    '4.7.2 Modifiers follow a hyphen with no space: {64445}-LT, {64714}-59. Do not type "modifier" unless dictated.',
    '4.7.3 Several codes: separate with commas: {64632}, {64455}. Do not add "and".',
    '4.7.4 When the author says "sixty-four six twelve," type {64612}; if in doubt, leave a blank and flag.',
    '4.7.5 ZIP codes: one space after the state abbreviation, no comma before the ZIP: Grand Rapids, MI [49503].',
    '4.7.6 Never insert a code the author did not say, even from a template (see QA category "Critical").',
    '4.7.7 Lot numbers, accession numbers and job numbers are typed as dictated, e.g. lot C[40771] is not a code.',
  ].join('\n'),
});

// ── 25. Client account specifics (instructions for MTs), text layer ──
const acctSpecifics = lines({
  id: 's131-acctspec',
  kind: 's131-client-account-specific-instructions-text',
  before: 'Account Specifics — Grand River Pain & Peripheral Nerve (client 48910, sub-account 02)',
  text: [
    'Client [48910]-02. Default header: GRAND RIVER PAIN & PERIPHERAL NERVE, 4100 Lake Dr SE, Grand Rapids, MI [49546].',
    'Dr. Mehta (ID [10443]) dictates the codes in the body ("bill {64445} with ultrasound" becomes "Bill {64445} with ultrasound {76942}.").',
    'Dr. Vos (ID [10389]) says "CPT six four six three two times two"; type CPT {64632} x2.',
    'Dr. Okafor dictates EMG guidance as "plus ninety-five eight seventy-four": type {95874}.',
    'Dr. Brink wants a CODES: line at the bottom of op notes, e.g. CODES: {64712}-RT, {64714}.',
    'Do not use the practice PO box for anything clinical (PO Box [49605], Grand Rapids, MI [49516]).',
  ].join('\n'),
});

// ── 26. Charge capture from dictated notes, coder's grid ──
const chargeCapture = table({
  id: 's131-charge',
  kind: 's131-coder-charge-capture-from-dictation-grid',
  caption: 'Charge Review — transcribed procedure notes, 12/01/2026 — Coder: M. Dykstra',
  headers: ['Job', 'Pt', 'Provider', 'Dictated', 'Coded', 'Mod', 'Units', 'Note'],
  rows: [
    ['[71236]', 'Terpstra, J', 'Mehta', '{64445}, {76942}', '{64445}', 'LT', '1', 'US images saved; {76942} OK'],
    ['[71237]', 'Vander Ark, S', 'Mehta', '"bill {64445} w/ US"', '{64445}', 'RT', '1', 'Resent HL7 ([71237])'],
    [
      '[71240]',
      'Holwerda, D',
      'Brink',
      '{64712}, {64714}, {64727}',
      '{64712}, {64727}',
      'RT',
      '1',
      'Query [53108] open',
    ],
    ['[71251]', 'Bosma, E', 'Vos', 'CPT {64632} x2', '{64632}', 'RT', '2', ''],
    ['[71262]', 'Zwiers, H', 'Okafor', '(blank)', '{64612}', '', '1', 'MT flag resolved by author'],
    ['[71263]', 'Zwiers, H', 'Okafor', '', '{99214}', '25', '1', 'Same-day E/M'],
  ],
});

// ── 27. Procedure note normal template (author's macro), text layer ──
const template = lines({
  id: 's131-template',
  kind: 's131-procedure-note-normal-template-text',
  before: 'Normal / Template: "FACIAL CHEMO" — Author 10602 Okafor — WT 35 — last edited 09/14/2026',
  text: [
    'PROCEDURE: Chemodenervation of the ___ facial nerve branches, unilateral, with EMG guidance.',
    'CPT: {64612}, {95874}.  HCPCS: J0585 x ___ units.  Lot no. ___  Exp. ___',
    'Agent: onabotulinumtoxinA 100 units reconstituted in 2 mL preservative-free saline.',
    'Muscles: orbicularis oculi ___ units, zygomaticus ___ units, platysma ___ units.',
    'If bilateral, change to {64612}-50 (do not use {64615}, that is for chronic migraine).',
  ].join('\n'),
});

// ── 28. FHIR DocumentReference JSON as posted to the EHR, text layer ──
const fhirDoc = lines({
  id: 's131-fhir',
  kind: 's131-fhir-documentreference-procedure-note-json-text',
  before: 'POST /fhir/R4/DocumentReference — request body (logged)',
  text: [
    '{ "resourceType": "DocumentReference", "id": "glmt-[71262]", "status": "current", "docStatus": "preliminary",',
    '  "type": { "coding": [ { "system": "http://loinc.org", "code": "[28570]-0", "display": "Procedure note" } ] },',
    '  "author": [ { "reference": "Practitioner/[10602]", "display": "Lisa N. Okafor, MD" } ],',
    '  "context": { "event": [ { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}" },',
    '    { "system": "http://www.ama-assn.org/go/cpt", "code": "{95874}" } ] } ],',
    '  "identifier": [ { "system": "urn:glmt:job", "value": "[71262]" }, { "system": "urn:glmt:batch", "value": "[64632]" } ] }',
  ].join('\n'),
});

// ── 29. Dictation job XML export, text layer ──
const jobXml = lines({
  id: 's131-jobxml',
  kind: 's131-dictation-job-xml-export-text',
  before: 'export_jobs_20261202.xml',
  text: [
    '<Job><JobNumber>[71251]</JobNumber><AuthorID>[10389]</AuthorID><WorkType>33</WorkType>',
    '  <SiteCode>[49546]</SiteCode><DictLengthSec>107</DictLengthSec><Priority>R</Priority>',
    '  <UserField1>CPT {64632}</UserField1><UserField2>RT x2</UserField2></Job>',
    '<Job><JobNumber>[71262]</JobNumber><AuthorID>[10602]</AuthorID><WorkType>35</WorkType>',
    '  <SiteCode>[49546]</SiteCode><DictLengthSec>96</DictLengthSec><Priority>R</Priority>',
    '  <UserField1>{64612}</UserField1><UserField2>EMG</UserField2></Job>',
  ].join('\n'),
});

// ── 30. Job list CSV export, text layer ──
const jobCsv = lines({
  id: 's131-jobcsv',
  kind: 's131-dictation-job-list-csv-export-text',
  before: 'joblist_GRPN_2026-12.csv',
  text: [
    'JobNo,AuthorID,WT,MRN,DictDate,LengthSec,Lines,MT,Status,Keyword',
    '[71236],[10443],32,M00418827,2026-12-01,198,61,2284,COMPLETE,{64445}',
    '[71237],[10443],32,M00902215,2026-12-01,171,54,2284,COMPLETE,{64445}',
    '[71240],[10517],31,M00377106,2026-12-01,464,148,1907,QA,{64712}',
    '[71251],[10389],33,M00620451,2026-12-01,107,47,2284,COMPLETE,{64632}',
    '[71262],[10602],35,M00734662,2026-12-02,96,40,2284,HOLD,',
  ].join('\n'),
});

// ── 31. Hospital OR cases vs. dictations reconciliation, grid ──
const orRecon = table({
  id: 's131-orrecon',
  kind: 's131-or-case-missing-dictation-report-grid',
  caption: 'LRMC Perioperative Services — Cases without a dictated op note > 24 h — run 12/03/2026 06:00',
  headers: ['Case #', 'Surgeon', 'Room', 'Date', 'Scheduled proc (CPT)', 'Dictated?', 'Days'],
  rows: [
    ['[80144]', 'Brink, T', 'OR 6', '11/30', '{64714} NEUROPLASTY LUMBAR PLEXUS', 'No', '3'],
    ['[80152]', 'Brink, T', 'OR 6', '12/01', '{64712}', 'Yes — job [71240]', '0'],
    ['[80157]', 'Brink, T', 'OR 6', '12/01', '{64712}; {64727}', 'In progress (job [71244])', '1'],
    ['[80163]', 'Mehta, A', 'Block rm', '12/02', '{64445} +{76942}', 'No', '1'],
  ],
});

// ── 32. HIM delinquent records letter to the physician, text layer ──
const himLetter = lines({
  id: 's131-himletter',
  kind: 's131-him-delinquent-records-notice-text',
  before:
    'Lakeshore Regional Medical Center · Health Information Management · 100 Michigan St NE, Grand Rapids, MI 49503',
  text: [
    'December 3, 2026    Thomas J. Brink, MD, Provider No. [20873]',
    'Our records show the following transcribed reports awaiting your signature for more than 14 days:',
    'Kamps, Lori — Operative Report, DOS 11/19/2026 (sciatic neuroplasty, {64712}) — document [87620]',
    'Brouwer, Anne — Operative Report, DOS 11/24/2026 ({64708}, {64712}) — document [87955]',
    'Also one unsigned block note from the OR for case [80163] ({64445}), routed to Dr. Mehta in error.',
    'Per Medical Staff Bylaws Art. 7, privileges are suspended at 30 days. HIM, Mail Code [49042], ext. [46120].',
  ].join('\n'),
});

// ── 33. Transcription platform support ticket, text layer ──
const ticket = lines({
  id: 's131-ticket',
  kind: 's131-transcription-platform-support-ticket-text',
  before: 'Support Portal › Ticket #64714 › HL7 results rejected for code with modifier',
  text: [
    'Ticket [64714]   Opened 12/01/2026 10:02 by J. Meekhof (LRMC Interfaces)   Priority: High   Site ID [49503]',
    'ORU for job [71237] was rejected (AE): the editor put "{64445}-LT" into OBX-5, and Epic expects the bare code.',
    'Please strip modifiers into OBX-6 or a separate OBX before sending. Other codes seen with this: {64712}-RT, {64632}-RT.',
    'Vendor reply: build 9.4.[20617] adds a setting to split modifiers; related to ticket [63301].',
  ].join('\n'),
});

// ── 34. EHR document audit trail, grid ──
const auditTrail = table({
  id: 's131-audit',
  kind: 's131-ehr-document-revision-audit-trail-grid',
  caption: 'Document 87831 — revision history',
  headers: ['Ver', 'Date/time', 'User', 'Action', 'Change'],
  rows: [
    ['1', '11/21/2026 07:10', 'GLMT interface', 'Created (MDM T02)', 'CODES: {64712}, {64713}'],
    ['2', '11/24/2026 13:55', 'MDYKSTRA', 'Coding query [52977]', 'Asked whether {64713} should read {64714}'],
    ['3', '11/30/2026 14:10', 'TBRINK', 'Addendum (MDM T08)', 'Code clarified to {64714}; {64713} removed'],
    ['4', '11/30/2026 14:12', 'TBRINK', 'Signed', 'Job [70887] closed'],
  ],
});

// ── 35. Speech-recognition custom vocabulary and auto-text, grid (no header on first column) ──
const srVocab = table({
  id: 's131-srvocab',
  kind: 's131-speech-recognition-autotext-vocabulary-grid',
  caption: 'Author profile 10443 (Mehta) › Auto-text and word list',
  headers: ['', 'Spoken form', 'Written form', 'Added'],
  rows: [
    ['1', 'bill the pop block', 'Bill {64445} with ultrasound {76942}.', '06/02/2026'],
    ['2', 'sixty four four forty five', '{64445}', '06/02/2026'],
    ['3', 'femoral block code', '{64447}', '06/02/2026'],
    ['4', 'continuous sciatic', '{64446}', '08/19/2026'],
    ['5', 'dictation desk', 'Dictation Support, ext. [40217]', '08/19/2026'],
  ],
});

// ── 36. Practice manager memo on dictating codes, text layer ──
const memo = lines({
  id: 's131-memo',
  kind: 's131-practice-manager-dictation-memo-text',
  before: 'MEMO — To: all providers — From: Sue Timmer, Practice Manager — Re: saying codes in dictation',
  text: [
    'Billing has asked that every procedure note end with the codes, said slowly, one digit at a time.',
    'Last month we had "six four six one two" typed as {64616} and "six four four four five" typed as {64454}.',
    'Common ones: {64445} sciatic block, {64447} femoral block, {64712} sciatic neuroplasty, {64714} lumbar plexus,',
    '{64632} plantar digital neurolysis, {64612} facial chemodenervation. Codes {64400}–{64530} are all blocks.',
    'Questions to billing at 4100 Lake Dr SE, Suite 200, Grand Rapids [49546], or ext. [20345].',
  ].join('\n'),
});

// ── 37. HL7 v2 DFT^P03 charge message from the coding module, text layer ──
const dft = lines({
  id: 's131-dft',
  kind: 's131-hl7-dft-p03-charge-from-transcription-text',
  before: 'Outbound GLMT_CODING_TO_PB — DFT^P03 — Job 71251 — coder-approved charges',
  text: [
    'MSH|^~\\&|GLMT_CAC|GLMT_OKEMOS|EPIC_PB|GRPN|20261202142210||DFT^P03|GLMTC[70229]|P|2.3',
    'PID|1||M00620451^^^LRMC^MR||BOSMA^ELLEN||19710320|F|||45 Oakwood Dr^^Hudsonville^MI^[49426]',
    'FT1|1|||20261201||CG|{64632}^DESTRUCTION NEUROLYTIC PLANTAR DIGITAL NERVE^CPT|||2||||||GRPN^[49546]|||M79.671|[10389]^VOS^KAREN||||{64632}^^CPT|RT',
    'FT1|2|||20261201||CG|{99213}^OFFICE O/P EST LOW 20 MIN^CPT|||1||||||GRPN^[49546]|||M79.671|[10389]^VOS^KAREN||||{99213}^^CPT|25',
  ].join('\n'),
});

// ── 38. Transcriptionist production and pay statement, grid ──
const payStmt = table({
  id: 's131-paystmt',
  kind: 's131-transcriptionist-production-pay-statement-grid',
  caption: 'Production statement — MT ID 2284 — pay period 11/16/2026–11/30/2026',
  headers: ['Client acct', 'Account name', 'Jobs', 'Lines', 'Cents/line', 'Earned'],
  rows: [
    ['[48910]-01', 'Lakeshore Regional Med Ctr (OR)', '38', '9,802', '8.0', '$784.16'],
    ['[48910]-02', 'Grand River Pain & Periph Nerve', '211', '[12466]', '7.5', '$934.95'],
    ['[48124]-01', 'Fairlane Ortho Associates (Dearborn)', '64', '4,118', '7.5', '$308.85'],
    ['', 'QA deduction (batch [64632], 6.5 pts)', '', '', '', '−$15.00'],
    ['', 'Period total', '313', '[26386]', '', '$2,012.96'],
  ],
});

// ── 39. MTSO services agreement rate exhibit, text layer ──
const rateExhibit = lines({
  id: 's131-rateexh',
  kind: 's131-mtso-services-agreement-rate-exhibit-text',
  before:
    'EXHIBIT B — PRICING — Medical Transcription Services Agreement No. 60511 between Great Lakes Medical Transcription, LLC and Grand River Pain & Peripheral Nerve, PC',
  text: [
    '1. Line definition: 65 characters including spaces and carriage returns; headers and footers are not counted.',
    '2. Rates: procedure and clinic notes $0.12 per line; operative reports $0.13; STAT (4 h) surcharge $5.00 per job.',
    '3. Codes dictated by the author (e.g. {64712}, {64445}) are typed as dictated and counted as ordinary characters.',
    '4. Client number [48910]; sub-accounts -01 (LRMC OR) and -02 (clinic). Invoices under PO [64612] until 06/30/2027.',
    '5. Notices: Great Lakes Medical Transcription, 2130 Jolly Rd, Suite 4, Okemos, MI [48864]; and the Practice at',
    '   4100 Lake Dr SE, Suite 200, Grand Rapids, MI [49546], Attn: Practice Manager.',
  ].join('\n'),
});

// ── 40. Transcriptionists' forum thread on typing dictated codes, text layer ──
const forum = lines({
  id: 's131-forum',
  kind: 's131-transcriptionist-forum-thread-text',
  before: 'MT Exchange › Forums › Style & Grammar › "bill 64445 with ultrasound" — do we type the code? (thread 18830)',
  text: [
    'Posted by pinkpaws_MT (Thread [18830], post #1): my pain doc ends every note with "bill {64445} with ultrasound".',
    'Do I type that sentence verbatim or drop it? Account specs say nothing. He also says "six four seven one two" on op notes.',
    'Re: by KeyboardQueen, CMT, AHDI-F: Type it as dictated, {64445}, no spaces. The coders on our side want it in the note.',
    'Re: by lurkingMT: our QA dinged me for typing {64612} when the doc said "sixty-four six twelve" and meant {64615}. Flag it!',
    'Re: by pinkpaws_MT: thanks! fwiw our platform is on build 9.4.[20617] and the spell checker underlines every code lol',
    'Re: by Moderator: moved from General to Style & Grammar. See the sticky on numbers (post [18201]). Members online: 214',
  ].join('\n'),
});

export const sealed131: Snippet[] = [
  ...jobList,
  ...phonePrompts,
  ...authorCard,
  ...editorHeader,
  ...draftOp,
  ...draftBlock,
  ...asrDraft,
  ...flags,
  ...mtWorklist,
  ...qaLog,
  ...qaScores,
  ...qaMail,
  ...invHeader,
  ...invLines,
  ...lineCount,
  ...tatReport,
  ...mdm,
  ...oru,
  ...ifaceLog,
  ...sigQueue,
  ...notePreview,
  ...coderQuery,
  ...addendum,
  ...styleGuide,
  ...acctSpecifics,
  ...chargeCapture,
  ...template,
  ...fhirDoc,
  ...jobXml,
  ...jobCsv,
  ...orRecon,
  ...himLetter,
  ...ticket,
  ...auditTrail,
  ...srVocab,
  ...memo,
  ...dft,
  ...payStmt,
  ...rateExhibit,
  ...forum,
];
