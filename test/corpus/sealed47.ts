import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 47 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s47-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, including the leading-zero anesthesia codes (01402, 01250, …). About a third of the decoys
 * are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs, case ids, pagers, extensions, cost centres,
 * session ids, lot numbers and report numbers. The five known codes' digits come back as decoys: a pager on an
 * anesthesiology dashboard, a resident id on a milestone report, a simulation-lab consumables lot, a complication
 * registry case number and a claim ICN suffix in a compliance review. Five-digit NDC labeller segments (00023, 00259)
 * are decoys.
 *
 * Family: academic medicine and graduate medical education: ACGME case log entry, role and defined-category reports,
 * national case-log percentiles and the case-log help page; pain, regional anesthesia, podiatry and neurology
 * (chemodenervation) procedure logs; teaching-physician billing rules, scenario matrix, op-note attestation and the
 * modifier 82 attestation; anesthesia medical-direction concurrency; GME coordinator dashboard, rotation schedule,
 * faculty verification queue and case-log CSV export; milestones narrative and DOPS form; simulation-lab log;
 * grand-rounds and M&M slides as text; residency handbook supervision policy, program letter of agreement,
 * graduation requirements and PEC minutes; department wRVU attribution, compliance review sample and summary memo,
 * complication registry, OR teaching board, acute pain service list, procedure certification card, housestaff
 * roster, duty-hour violation report and CME attendance summary.
 * Built on real public layouts: the ACGME Case Log System case entry (Case ID, Procedure Date, Institution,
 * Attending, Patient Type, Resident Role: Surgeon Chief / Surgeon Junior / Teaching Assistant / First Assistant),
 * its Experience-by-Role and Defined Category Minimum reports and the national case-log percentile tables; the
 * Medicare Claims Processing Manual chapter 12 §100 teaching-physician rules (key and critical portions, minor
 * procedures, modifiers GC, GE and 82, anesthesia medical direction AA / QK / QX / QY); Milestones 2.0 sub-competency
 * labels; CPME 320 podiatric procedure categories; the 11-digit NDC. The others are written the way those pages
 * read, with no single source.
 *
 * 347 labelled tokens over 37 shapes: 152 codes, 195 decoys, 62 of the decoys in KNOWN_10K.
 */

// ── 1. ACGME Case Log System, add-case screen (neurosurgery), key-value panel ──
const caseEntry = table({
  id: 's47-caseentry',
  kind: 's47-acgme-case-log-add-case-panel',
  caption: 'ACGME Case Log System — Add Case — Neurological Surgery — Resident: Okafor, Chinedu (PGY-5)',
  headers: ['Field', 'Entry'],
  rows: [
    ['Case ID', '[40565]'],
    ['Procedure Date', '09/18/2025'],
    ['Institution', 'Redbud University Medical Center (Site 1)'],
    ['Attending', 'Harlan, Whitney'],
    ['Patient Type', 'Adult'],
    ['Resident Role', 'Surgeon Chief'],
    ['CPT Code (primary)', '{64712} Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve'],
    ['Additional CPT Codes', '{64727} Internal neurolysis, requiring use of operating microscope'],
    ['Area / Type', 'Peripheral Nerve / Neurolysis'],
    ['Comments', 'Deep gluteal syndrome, L. Diagnostic block {64445} done in pain clinic 08/02, 90% relief.'],
    ['Status', 'Saved — entry #[31691] — awaiting attending verification'],
  ],
});

// ── 2. ACGME report: resident experience by role, table ──
const byRole = table({
  id: 's47-byrole',
  kind: 's47-acgme-experience-by-role-report',
  caption:
    'Resident Experience Report by Role — Okafor, Chinedu — Reporting period 07/01/2021 to 10/15/2025 — Program 1603921123',
  headers: ['CPT Code', 'Description', 'Surgeon Chief', 'Surgeon Junior', 'Teaching Assistant', 'Total'],
  rows: [
    ['{64712}', 'Neuroplasty; sciatic nerve', '6', '3', '1', '10'],
    ['{64714}', 'Neuroplasty; lumbar plexus', '1', '2', '0', '3'],
    ['{64721}', 'Neuroplasty; median nerve at carpal tunnel', '19', '14', '6', '39'],
    ['{63047}', 'Laminectomy, facetectomy and foraminotomy; lumbar', '58', '41', '12', '111'],
    ['Total', 'All procedures, all roles', '1,212', '884', '141', '2,237'],
  ],
});

// ── 3. ACGME defined category minimum report, table ──
const minimums = table({
  id: 's47-minimums',
  kind: 's47-acgme-defined-category-minimum-report',
  caption: 'Defined Category Minimum Report — Neurological Surgery — Graduating residents 2026 — run [23633]',
  headers: ['Defined Category', 'Codes counted (examples)', 'Minimum', 'Okafor', 'Reyes-Tan', 'Met'],
  rows: [
    ['Adult spine — lumbar decompression', '{63047}, {63030}', '50', '185', '142', 'Y / Y'],
    ['Peripheral nerve', '{64712}, {64714}, {64721}', '20', '86', '17', 'Y / N'],
    ['Pain — neurostimulation', 'SCS, intrathecal pump', '10', '12', '9', 'Y / N'],
    ['Cranial — supratentorial tumor', '{61510}', '35', '78', '61', 'Y / Y'],
    ['Pediatric — shunt', 'insertion, revision', '10', '13', '10', 'Y / Y'],
  ],
});

// ── 4. ACGME national case-log percentiles, PDF text layer ──
const national = lines({
  id: 's47-national',
  kind: 's47-acgme-national-case-log-percentiles-text',
  before: 'Neurological Surgery — Case Logs National Data Report — Academic Year 2024-2025',
  text: [
    'Programs: 117   Residents completing program: 231   Report [51372]',
    'Peripheral nerve (counted codes include {64712}, {64714}, …): mean 41.6, SD 24.9',
    'Percentiles: 10th 14 · 30th 24 · 50th 36 · 70th 51 · 90th 77',
    'Add-on {64727} is counted with its primary procedure and is not a separate case.',
    'Pain (neurostimulation, intrathecal pump): mean 18.3; 50th percentile 14',
    'Data as of 08/01/2025. ACGME, 401 North Michigan Avenue, Suite 2000, Chicago, IL [60611]',
  ].join('\n'),
});

// ── 5. Pain medicine fellowship procedure log, table ──
const painLog = table({
  id: 's47-painlog',
  kind: 's47-pain-fellowship-procedure-log',
  caption: 'Pain Medicine Fellowship — Procedure Log — Fellow: Delacroix, Anaïs MD — AY 2025-26 — Redbud Pain Center',
  headers: ['Date', 'Case #', 'Procedure', 'CPT', 'Guidance', 'Level / side', 'Fellow role', 'Faculty'],
  rows: [
    [
      '07/08/2025',
      '[44983]',
      'Lumbar medial branch block, diagnostic',
      '{64493}',
      'Fluoro',
      'L4-5, L5-S1 R',
      'Performed',
      'Ng',
    ],
    ['07/09/2025', '[45017]', 'Transforaminal ESI, lumbar', '{64483}', 'Fluoro', 'L5 L', 'Performed', 'Ng'],
    [
      '07/22/2025',
      '[45183]',
      'Plantar common digital nerve, alcohol neurolysis',
      '{64632}',
      'US',
      '3rd web space L',
      'Performed',
      'Abara',
    ],
    ['07/24/2025', '[45230]', 'Sciatic nerve block, subgluteal, steroid', '{64445}', 'US', 'R', 'Performed', 'Ng'],
    ['08/26/2025', '[45810]', 'Celiac plexus neurolysis', '{64680}', 'CT', '—', 'Assisted', 'Ostrowski'],
    [
      '09/11/2025',
      '[46003]',
      'Facial n. chemodenervation (neurology clinic)',
      '{64612}',
      'EMG',
      'L',
      'Observed',
      'Varga',
    ],
  ],
});

// ── 6. Regional anesthesiology & acute pain medicine fellowship block tally, table ──
const blockTally = table({
  id: 's47-blocktally',
  kind: 's47-raapm-fellowship-block-tally',
  caption:
    'Regional Anesthesiology & Acute Pain Medicine Fellowship — Block Tally — Whitcombe, Jonah — thru 10/31/2025',
  headers: ['Block', 'CPT', 'Single-shot', 'Catheter', 'Total', 'Target', 'Last case #'],
  rows: [
    ['Interscalene / supraclavicular', '{64415} / {64416}', '61', '18', '79', '40', '[27472]'],
    ['Femoral / adductor canal', '{64447} / {64448}', '48', '21', '69', '40', '[27534]'],
    ['Popliteal / subgluteal sciatic', '{64445} / {64446}', '57', '25', '82', '40', '[27548]'],
    ['TAP, bilateral', '{64488}', '17', '2', '19', '15', '[27516]'],
  ],
});

// ── 7. Teaching physician billing rules, reference page, prose ──
const tpRules = lines({
  id: 's47-tprules',
  kind: 's47-teaching-physician-rules-reference-text',
  before: 'Compliance Office — Teaching Physician Rules: Surgical, High-Risk and Other Complex Procedures',
  text: [
    'Source: Medicare Claims Processing Manual, Pub. 100-04, Chapter 12, §100.1.2 (updated by CR [13165]).',
    'The teaching physician must be present during all critical and key portions of the procedure and immediately available during the entire procedure.',
    'Minor procedures (5 minutes or less, e.g., a simple suture): the teaching physician must be present for the entire procedure.',
    'Example 1: a PGY-3 performs an ultrasound-guided sciatic block ({64445}) for post-op analgesia; the attending must be present for the needle placement and injection.',
    'Example 2: the attending documents presence for exposure and neurolysis of the sciatic nerve ({64712}); closure by the resident alone is acceptable.',
    'Anesthesia: a teaching anesthesiologist directing two concurrent resident cases may bill full base units, e.g. {01402} with modifier AA and GC.',
    'Questions: Compliance hotline ext. [26583] · 1000 N Lincoln Blvd, Suite 300, Oklahoma City, OK [73104]',
  ].join('\n'),
});

// ── 8. GME coordinator dashboard, case-log compliance, table ──
const dashboard = table({
  id: 's47-dashboard',
  kind: 's47-gme-coordinator-case-log-dashboard',
  caption: 'GME Coordinator Dashboard — Case Log Compliance — Anesthesiology — week of 10/20/2025',
  headers: ['Resident', 'PGY', 'Cases logged (AY)', 'Last entry', 'Days since', 'Pager', 'Coordinator note'],
  rows: [
    ['Patel, Rohan', 'CA-2', '284', '10/17/2025', '3', '[64445]', 'OK'],
    [
      'Lindgren, Maja',
      'CA-2',
      '197',
      '10/02/2025',
      '18',
      '[52765]',
      'Reminder sent; APS list shows {64445} x3 unlogged',
    ],
    ['Oyelaran, Tobi', 'CA-3', '412', '10/19/2025', '1', '[52781]', 'OK'],
    [
      'Castellanos, Iris',
      'CA-1',
      '96',
      '09/26/2025',
      '24',
      '[52803]',
      'Escalated to APD; missing {64447} / {64448} catheters',
    ],
    ['Whitcombe, Jonah', 'Fellow', '318', '10/20/2025', '0', '[52845]', 'OK'],
    ['Sorensen, Kai', 'CA-3', '377', '10/16/2025', '4', '[52892]', 'OK'],
    ['Adeyemi, Funmi', 'CA-1', '88', '10/08/2025', '12', '[52912]', 'Reminder sent'],
    ['Program office', '', '', '', '', 'ext. [12224]', 'Case logs due Friday 17:00'],
  ],
});

// ── 9. Pain fellowship rotation schedule, table ──
const rotations = table({
  id: 's47-rotations',
  kind: 's47-fellowship-rotation-schedule',
  caption: 'Pain Medicine Fellowship — Rotation Schedule AY 2025-26 (blocks 1–6)',
  headers: ['Block', 'Dates', 'Rotation', 'Site', 'ZIP', 'Procedure focus', 'Site contact'],
  rows: [
    ['1', '07/01–07/27', 'Interventional clinic', 'Redbud Pain Center', '[73104]', '{64493}', 'x[27112]'],
    ['2', '07/28–08/24', 'VA Pain', 'OKC VA Medical Center', '[73104]', '{64633} RFA', 'x[55252]'],
    ['3', '08/25–09/21', 'Neurology / EMG', 'Redbud Neurology, Edmond', '[73034]', '{64612}', 'x[27190]'],
    [
      '4',
      '09/22–10/19',
      'Acute pain service',
      'Redbud University Medical Center',
      '[73104]',
      '{64445}, catheters',
      'pager [27205]',
    ],
    ['5', '10/20–11/16', 'Community pain', 'Crossroads Spine, Tulsa', '[74104]', 'SCS trials, ESIs', '(918) 555-0176'],
    ['6', '11/17–12/14', 'Podiatry / foot pain', 'Redbud Foot & Ankle, Norman', '[73069]', '{64632}', 'x[27233]'],
  ],
});

// ── 10. Milestones narrative from the clinical competency committee, text ──
const milestones = lines({
  id: 's47-milestones',
  kind: 's47-milestones-ccc-narrative-text',
  before: 'Clinical Competency Committee — Milestones 2.0 — Anesthesiology — Mid-year review',
  text: [
    'Resident: Lindgren, Maja (CA-2)   Resident ID [64714]   Evaluation period 07/01/2025–12/31/2025',
    'PC4 Peri-procedural care / regional anesthesia: Level 3.0. Logged 31 blocks including 14 popliteal/subgluteal sciatic ({64445}) and 6 femoral catheters.',
    'Faculty comment (eval #[88556]): "Scanned and placed {64445} x2 independently on 9/16; needed help with in-plane visualization at BMI 44."',
    'Faculty comment (eval #[88591]): "Good consent discussion before TAP blocks ({64488}); prepared lipid emulsion without prompting."',
    'MK1 Foundational knowledge: Level 3.0. ICS2: Level 3.5. PBLI1: Level 3.0 (case log not current — see dashboard).',
    'Rotation codes: ANES-APS [30418], ANES-OR [30422]. Committee vote 9-0; reviewed by PD 01/14/2026.',
  ].join('\n'),
});

// ── 11. Simulation center procedural skills session log, table ──
const simLog = table({
  id: 's47-simlog',
  kind: 's47-simulation-lab-session-log',
  caption: 'Simulation Center — Procedural Skills Lab — Session Log — Intern Boot Camp 2025 — Room 2B',
  headers: ['Session ID', 'Station', 'Task trainer / model', 'Mapped CPT', 'Learners', 'Faculty', 'Consumables lot'],
  rows: [
    ['[38122]', 'Airway', 'Airway management trainer, adult', '{31500}', '12', 'Patel', 'ETT lot [21879]'],
    ['[38123]', 'Central line', 'US central line torso', '{36556}', '12', 'Morrow', 'Kit lot [64632]'],
    ['[38124]', 'Arterial line', 'Radial artery arm', '—', '12', 'Morrow', 'Kit lot [21902]'],
    ['[38125]', 'Lumbar puncture', 'LP simulator, adult', '{62270}', '10', 'Varga', 'Tray lot [22013]'],
    ['[38126]', 'Paracentesis / thoracentesis', 'US abdomen/chest phantom', '{49083}', '10', 'Ibe', 'Tray lot [22047]'],
    ['[38127]', 'Nerve block', 'Gel phantom, sciatic / brachial plexus', '{64445}', '8', 'Ng', 'Needle lot [22068]'],
    ['[38129]', 'Laceration repair', 'Pig foot', '{12001}', '14', 'Ibe', 'Suture lot [22071]'],
  ],
});

// ── 12. Neurosurgery grand rounds, slides as text ──
const grandRounds = lines({
  id: 's47-grandrounds',
  kind: 's47-grand-rounds-slides-text',
  before: 'Neurosurgery Grand Rounds — Thursday 07:00 — Stanton Young Auditorium',
  text: [
    'Slide 1: Sciatic Nerve Entrapment Beyond the Spine — W. Harlan, MD — CME activity [46279], 1.0 AMA PRA Category 1',
    'Slide 9: Our series 2016–2024: 41 open sciatic neurolyses ({64712}) and 6 lumbar plexus decompressions ({64714})',
    'Slide 10: Diagnostic sciatic block ({64445}) predicted response in 33 of 41 (PPV 0.80)',
    'Slide 14: Coding pearls — {64712} is per nerve; add {64727} only when the microscope is documented',
    'Slide 22: Questions — Dept. office, 1000 N Lincoln Blvd, Suite 4000, Oklahoma City [73104]; pager [27318]',
    'Slide 23: CME credit — text code [71847] to (405) 555-0148 before 09:00',
  ].join('\n'),
});

// ── 13. Anesthesiology M&M conference, slides as text ──
const mm = lines({
  id: 's47-mm',
  kind: 's47-mm-conference-slides-text',
  before: 'Morbidity & Mortality Conference — Anesthesiology — October 2025',
  text: [
    'Case 2 of 4 — Safety event report #[53929] — Classification: local anesthetic systemic toxicity (LAST)',
    '62 y/o F, 58 kg, for R TKA; pre-op popliteal sciatic block ({64445}) + adductor canal ({64447}) by CA-2, attending present',
    'Ropivacaine 0.5% 30 mL + 0.5% 15 mL = 225 mg (3.9 mg/kg); lot [54118], exp 03/2027',
    'At 6 min: perioral numbness, then tonic-clonic seizure → midazolam, 20% lipid emulsion 1.5 mL/kg, recovered',
    'Billing: blocks not billed separately (primary anesthetic per surgeon); anesthesia {01402} only, AA GC',
    'Systems fix: weight-based dose card in every block cart; cart ID [54175]; pharmacy ext. [54190]',
  ].join('\n'),
});

// ── 14. Residency handbook, procedural supervision section, text ──
const handbook = lines({
  id: 's47-handbook',
  kind: 's47-residency-handbook-supervision-text',
  before: 'Anesthesiology Residency Handbook 2025–2026 — Section 6.4 Procedural Supervision and Certification',
  text: [
    'Residents may perform under indirect supervision, once certified after 5 observed procedures: arterial line, ultrasound-guided central venous catheter, endotracheal intubation.',
    'Always under direct supervision: peripheral nerve blocks ({64415}–{64448}), all neuraxial blocks, and any neurolytic procedure ({64632}).',
    'Lumbar plexus and paravertebral catheters require a regional faculty member in the room.',
    'Certification is recorded in MedHub; the program coordinator audits quarterly (form GME-[13729]).',
    'GME Office: 940 NE 13th St, Nicholson Tower, Suite 4500, Oklahoma City, OK [73104] · ext. [27071]',
  ].join('\n'),
});

// ── 15. Internal audit of resident-assisted neurosurgery cases, sample table ──
const auditSample = table({
  id: 's47-audit',
  kind: 's47-compliance-review-resident-case-sample',
  caption:
    'Internal Audit [42779] — Teaching Physician Compliance — Neurosurgery — DOS 01/01–06/30/2025 — 30-claim sample',
  headers: ['Sample', 'Claim ICN', 'DOS', 'CPT billed', 'Mod', 'TP present key/critical?', 'Finding', 'Overpayment'],
  rows: [
    ['1', '2025041-[38978]', '01/09/2025', '{64712}', 'GC', 'Yes — attestation', 'Supported', '$0.00'],
    ['2', '2025048-[39012]', '01/17/2025', '{64714}', 'GC 82', 'Yes', '82 not supported: resident present', '$341.18'],
    ['3', '2025063-[39147]', '02/03/2025', '{64721}', 'GC', 'No statement', 'Attestation missing', '$612.40'],
    [
      '4',
      '2025077-[64612]',
      '02/20/2025',
      '{63047}',
      'GC',
      'Yes — template only',
      'Template not specific',
      '$1,402.66',
    ],
    [
      '5',
      '2025131-[39330]',
      '04/11/2025',
      '{64708} {64727}',
      'GC',
      'Yes',
      'Add-on: microscope not documented',
      '$214.75',
    ],
    [
      '6',
      '2025160-[39345]',
      '05/09/2025',
      '{64445}',
      'GC',
      'Unclear (pain clinic)',
      'Minor procedure, presence not shown',
      '$88.12',
    ],
  ],
});

// ── 16. Compliance review summary memo, text ──
const auditMemo = lines({
  id: 's47-auditmemo',
  kind: 's47-compliance-review-summary-memo-text',
  before: 'MEMORANDUM — Office of Clinical Compliance — Privileged & Confidential',
  text: [
    'To: Chair, Department of Neurosurgery   From: Compliance Audit   Re: Audit [42779], resident-assisted cases',
    'Of 30 sampled claims, 24 were supported. Errors: 2 missing attestations, 1 modifier 82 billed with a qualified resident present ({64714}).',
    'One {64727} add-on lacked documentation of the operating microscope; refund with the {64708} line it was billed on.',
    'The {64445} pain-clinic block is a minor procedure: presence for the whole procedure must be stated.',
    'Extrapolated overpayment: $18,462.00 (sample error rate 11.4%). Voluntary refund to Novitas (JH), PO Box 3110, Mechanicsburg, PA [17055].',
    'Corrective action: attestation smart-phrase per procedure; re-audit of 20 claims in Q1 2026, cost center [42909].',
  ].join('\n'),
});

// ── 17. Operative report with teaching physician attestation, EHR text ──
const opNote = lines({
  id: 's47-opnote',
  kind: 's47-op-report-teaching-attestation-text',
  before: 'OPERATIVE REPORT — Redbud University Medical Center — Neurosurgery',
  text: [
    'Patient: Brandvold, Keith   MRN 00482913   FIN [77390]   DOS 09/18/2025   OR 14',
    'Procedures: 1. Left sciatic nerve neurolysis at the sciatic notch, open (CPT {64712}). 2. Internal neurolysis under microscope (CPT {64727}).',
    'Surgeon: Whitney Harlan, MD   Resident: Chinedu Okafor, MD (PGY-5)   Assistant: none (qualified resident present)',
    'Anesthesia: general, {01250}; no regional block.   EBL 50 mL.   Specimens: none.   Case # [77504]',
    'Dictated by C. Okafor, MD, job no. [71503]; reviewed and signed by W. Harlan, MD.',
    'Teaching physician attestation: I was present for the key and critical portions (exposure below piriformis through completion of neurolysis) and immediately available throughout. — W. Harlan, 09/18/2025 10:41',
  ].join('\n'),
});

// ── 18. Assistant-at-surgery modifier 82 attestation, key-value panel ──
const mod82 = table({
  id: 's47-mod82',
  kind: 's47-modifier-82-assistant-attestation-panel',
  caption: 'Assistant-at-Surgery Attestation — Modifier 82 (no qualified resident available) — Teaching hospital',
  headers: ['Item', 'Entry'],
  rows: [
    ['Patient account', '[77907]'],
    ['Date of service', '10/02/2025'],
    ['Primary surgeon', 'L. Haddad, MD (Neurosurgery)'],
    ['Assistant', 'M. Quarles, MD (Neurosurgery faculty) — modifier 82'],
    ['Procedures assisted', '{64714} lumbar plexus neuroplasty, open; {63047} laminectomy L4-5'],
    [
      'Reason no qualified resident',
      'Only PGY-5 on post-call rest (ACGME duty hours); PGY-2 not qualified for {64714}',
    ],
    ['Program director sign-off', 'Dr. A. Sato, 10/03/2025'],
    ['Claim / encounter no.', 'ENC [58817] — professional claim held for this form'],
    ['Billing office', '1000 N Lincoln Blvd, Oklahoma City, OK [73104], ext. [77967]'],
  ],
});

// ── 19. Anesthesia medical direction concurrency log, table ──
const concurrency = table({
  id: 's47-concurrency',
  kind: 's47-anesthesia-medical-direction-concurrency-log',
  caption: 'Anesthesia Medical Direction Log — Dr. R. Ng — 10/14/2025 — Main OR',
  headers: ['Room', 'In', 'Out', 'Anes code', 'With', 'Modifier', 'Block CPT', 'Acct'],
  rows: [
    ['OR 3', '07:32', '10:05', '{01402}', 'Resident Patel', 'AA GC', '{64447}', '[81688]'],
    ['OR 5', '07:40', '09:58', '{01250}', 'Resident Lindgren', 'AA GC', '{64445}', '[81702]'],
    ['OR 7', '10:20', '12:44', '{01630}', 'CRNA Byers', 'QK', '—', '[81733]'],
    ['OR 3', '10:35', '13:10', '{01480}', 'CRNA Tull', 'QK', '—', '[82196]'],
    ['Summary', '', '', '', 'Max concurrency 2 residents / 2 CRNAs', '', '', 'Cost center [82384]'],
  ],
});

// ── 20. Faculty case verification queue, table ──
const verifyQueue = table({
  id: 's47-verify',
  kind: 's47-faculty-case-verification-queue',
  caption: 'New Innovations — Procedure Logger — Items awaiting your verification (Dr. W. Harlan) — 5 items',
  headers: ['Log ID', 'Trainee', 'Date', 'Procedure', 'Codes', 'Role claimed', 'Action'],
  rows: [
    ['[83045]', 'Okafor, C.', '09/18/2025', 'Sciatic neurolysis, L', '{64712}, {64727}', 'Primary', 'Verify / Reject'],
    ['[83061]', 'Okafor, C.', '09/22/2025', 'Ulnar transposition', '{64718}', 'Primary', 'Verify / Reject'],
    ['[83077]', 'Reyes-Tan, L.', '09/23/2025', 'Lumbar plexus neurolysis', '{64714}', 'Assistant', 'Verify / Reject'],
    ['[83103]', 'Reyes-Tan, L.', '09/25/2025', 'Carpal tunnel release', '{64721}', 'Primary', 'Verify / Reject'],
    ['[84944]', 'Nakashima, E.', '09/30/2025', 'Common peroneal neurolysis', '{64708}', 'Assistant', 'Verify / Reject'],
  ],
});

// ── 21. Case log CSV export opened in a browser tab, text ──
const csvExport = lines({
  id: 's47-csv',
  kind: 's47-case-log-csv-export-text',
  before: 'caselog_export_Okafor_2025-10-15.csv',
  text: [
    'CaseID,ProcDate,Role,Site,Attending,CPT1,CPT2,CPT3,PtAge',
    '[86725],2025-08-04,Surgeon Chief,RUMC,Harlan,{64712},{64727},,47',
    '[86751],2025-08-11,Surgeon Junior,RUMC,Haddad,{64714},,,58',
    '[86790],2025-08-19,Surgeon Chief,VAMC,Sato,{64721},,,66',
    '[87103],2025-08-27,Teaching Assistant,RUMC,Harlan,{64718},,,39',
    '[87129],2025-09-03,Surgeon Chief,RUMC,Sato,{63047},,,71',
  ].join('\n'),
});

// ── 22. Department wRVU attribution with resident supervision, table ──
const wrvu = table({
  id: 's47-wrvu',
  kind: 's47-department-wrvu-teaching-attribution',
  caption: 'Department of Anesthesiology — Pain Division — wRVU by CPT — FY2025 Q1 — faculty practice plan',
  headers: ['Cost center', 'Faculty', 'CPT', 'Units', 'wRVU', 'With resident/fellow (GC)', 'Payer mix'],
  rows: [
    ['[88877]', 'Ng, R.', '{64445}', '112', '168.00', '71%', 'Medicare 44%'],
    ['[88931]', 'Abara, K.', '{64632}', '18', '21.06', '50%', 'Comm 61%'],
    ['[88931]', 'Abara, K.', '{64635}', '74', '281.94', '58%', 'Medicare 49%'],
    ['[88902]', 'Ostrowski, P.', '{63650}', '22', '156.20', '82%', 'Comm 55%'],
    ['[88902]', 'Ostrowski, P.', '{64680}', '9', '23.94', '100%', 'Medicare 67%'],
    ['Division total', '', '', '1984', '[12480].55', '', ''],
  ],
});

// ── 23. Podiatric residency procedure log export, table ──
const podiatry = table({
  id: 's47-podiatry',
  kind: 's47-podiatry-residency-procedure-log',
  caption: 'Podiatric Medicine & Surgery Residency — Procedure Log — Amberley, T. (PGY-2) — CPME 320 categories',
  headers: ['Log #', 'Date', 'Category', 'Procedure', 'CPT', 'Role', 'Site ZIP'],
  rows: [
    [
      '[89253]',
      '08/06/2025',
      '3 Other soft tissue foot',
      'Excision interdigital neuroma, 3rd interspace',
      '{28080}',
      'First Assistant',
      '[73069]',
    ],
    [
      '[89281]',
      '08/13/2025',
      '6 Other podiatric procedures',
      'Alcohol sclerosing injection, plantar digital nerve',
      '{64632}',
      'First Assistant',
      '[73069]',
    ],
    [
      '[89302]',
      '08/13/2025',
      '6 Other podiatric procedures',
      'Corticosteroid injection, plantar common digital nerve',
      '{64455}',
      'First Assistant',
      '[73069]',
    ],
    ['[89347]', '08/20/2025', '1 Digital', 'Hammertoe correction, 2nd digit', '{28285}', 'Second Assistant', '[73112]'],
    [
      '[89360]',
      '08/27/2025',
      '2 First ray',
      'Bunionectomy, distal metatarsal osteotomy',
      '{28296}',
      'First Assistant',
      '[73120]',
    ],
    [
      '[89388]',
      '09/03/2025',
      '5 Reconstructive rearfoot/ankle',
      'Tarsal tunnel release',
      '{28035}',
      'Second Assistant',
      '[73112]',
    ],
  ],
});

// ── 24. Neurology residency botulinum toxin clinic log, table ──
const botox = table({
  id: 's47-botox',
  kind: 's47-neurology-chemodenervation-clinic-log',
  caption: 'Neurology Residency — Botulinum Toxin Clinic — Procedure Log — 09/25/2025 PM — Attending Dr. E. Varga',
  headers: ['Indication', 'CPT', 'Guidance', 'Drug / NDC', 'Units inj / waste', 'Resident', 'Visit no.'],
  rows: [
    [
      'Hemifacial spasm, L',
      '{64612}',
      '—',
      'onabotulinumtoxinA [00023]-1145-01',
      '25 / 75',
      'Mehta (PGY-3)',
      '[90617]',
    ],
    [
      'Blepharospasm, bilateral',
      '{64612}-50',
      '—',
      'onabotulinumtoxinA [00023]-1145-01',
      '40 / 60',
      'Mehta (PGY-3)',
      '[90633]',
    ],
    [
      'Chronic migraine',
      '{64615}',
      '—',
      'onabotulinumtoxinA [00023]-3921-02',
      '155 / 45',
      'Fuentes (PGY-4)',
      '[90658]',
    ],
    [
      'Cervical dystonia',
      '{64616}',
      'EMG',
      'incobotulinumtoxinA [00259]-1620-01',
      '120 / 80',
      'Fuentes (PGY-4)',
      '[90869]',
    ],
    [
      'UE spasticity, post-stroke',
      '{64642}',
      'E-stim',
      'incobotulinumtoxinA [00259]-1620-01',
      '200 / 0',
      'Mehta (PGY-3)',
      '[90704]',
    ],
    ['Sialorrhea', '{64611}', 'US', 'incobotulinumtoxinA [00259]-1610-01', '100 / 0', 'Fuentes (PGY-4)', '[90714]'],
  ],
});

// ── 25. Resident procedure certification card, table ──
const certCard = table({
  id: 's47-certcard',
  kind: 's47-resident-procedure-certification-card',
  caption: 'Procedure Certification — Castellanos, Iris (CA-1) — status as of 10/20/2025',
  headers: ['Procedure', 'CPT', 'Supervised required', 'Logged', 'Certified by', 'Date', 'Cert #'],
  rows: [
    ['Endotracheal intubation', '{31500}', '5', '38', 'Dr. Ng', '08/04/2025', '[91241]'],
    ['Arterial line', '{36620}', '5', '17', 'Dr. Morrow', '08/22/2025', '[91288]'],
    ['Central venous catheter, US', '{36556}', '5', '6', 'Dr. Morrow', '10/01/2025', '[91468]'],
    ['Lumbar epidural, labor', '{62326}', '10', '4', '—', '—', 'pending'],
    ['Sciatic block, popliteal', '{64445}', '10', '3', '—', '—', 'pending'],
  ],
});

// ── 26. Direct observation of procedural skills (DOPS), form text ──
const dops = lines({
  id: 's47-dops',
  kind: 's47-direct-observation-procedural-skills-text',
  before: 'Direct Observation of Procedural Skills (DOPS) — Regional Anesthesia',
  text: [
    'Form ID [93897]   Trainee: Patel, Rohan (CA-2)   Assessor: Dr. R. Ng   Date 10/14/2025   Setting: OR 5 block room',
    'Procedure observed: ultrasound-guided popliteal sciatic block, right, single shot (CPT {64445})',
    'Difficulty: average. Times previously performed by trainee: 19 (per case log).',
    'Consent / time-out / asepsis: meets expectations. Sonoanatomy and needle visualization: above expectations.',
    'Entrustment: 4 — may perform with indirect supervision for this block; not yet for catheters ({64446}).',
    'Linked case # [81702]; evaluation stored in MedHub, form version [94063].',
  ].join('\n'),
});

// ── 27. Program evaluation committee minutes, text ──
const pecMinutes = lines({
  id: 's47-pec',
  kind: 's47-program-evaluation-committee-minutes-text',
  before: 'Neurosurgery Residency — Program Evaluation Committee — Minutes, 10/07/2025',
  text: [
    'Present: Sato (PD), Harlan, Haddad, Okafor (chief), coordinator Villarreal. Meeting ID [95609].',
    'Item 3, case volume: PGY-4 median for peripheral nerve ({64712}, {64714}, …) is 17, below the national 30th percentile.',
    'Action: add VA peripheral nerve clinic Mondays; lumbar plexus cases ({64714}) to be booked with a chief resident present.',
    'Item 4: residents log the diagnostic {64445} block only if they performed it; observed blocks are not logged.',
    'Item 6: budget — new operating microscope approved, requisition [95672]; cost center [42909].',
    'Next meeting 01/13/2026, 2nd floor conference room, ext. [96475].',
  ].join('\n'),
});

// ── 28. Case log help page, question and answer text ──
const helpFaq = lines({
  id: 's47-help',
  kind: 's47-case-log-help-faq-text',
  before: 'Case Log System — Help — Frequently Asked Questions (Residents)',
  text: [
    'Q: I did the diagnostic sciatic block before the neurolysis. Should I log {64445}? A: Only if you performed it as a resident.',
    'Q: {64714} is not in my favourites list. A: Search by code or by the keywords "lumbar plexus" and add it.',
    'Q: Where does the add-on {64727} go? A: Enter it as an additional code on the same case as its primary procedure.',
    'Q: My Case ID was rejected. A: Case IDs must not contain PHI; use an internal number such as [97082].',
    'Q: Who do I contact? A: Your program coordinator first; then the Case Log help desk, Chicago, IL [60611].',
  ].join('\n'),
});

// ── 29. Department complication registry, table ──
const complications = table({
  id: 's47-complications',
  kind: 's47-department-complication-registry',
  caption: 'Neurosurgery Quality — Complication Registry — Q3 2025 — for M&M selection',
  headers: ['Case #', 'Procedure', 'CPT', 'Resident level', 'Complication', 'Clavien-Dindo', 'M&M'],
  rows: [
    ['[64712]', 'Lumbar laminectomy L3-5', '{63047}', 'PGY-3', 'Incidental durotomy', 'I', '10/09'],
    ['[97666]', 'Sciatic neurolysis', '{64712}', 'PGY-5', 'Wound dehiscence', 'IIIa', '10/09'],
    ['[97702]', 'Lumbar plexus decompression', '{64714}', 'PGY-4', 'Transient femoral neuropraxia', 'I', '—'],
    ['[97731]', 'Ulnar transposition', '{64718}', 'PGY-2', 'Hematoma, evacuated', 'IIIb', '10/23'],
    ['[98011]', 'Supratentorial tumor', '{61510}', 'PGY-6', 'None (death unrelated)', 'V', '10/23'],
  ],
});

// ── 30. OR teaching board, table ──
const orBoard = table({
  id: 's47-orboard',
  kind: 's47-or-teaching-board',
  caption: 'OR Status Board — Main OR — 10/14/2025 — Teaching cases',
  headers: ['Room', 'Time', 'Case #', 'Surgeon / resident', 'Procedure', 'Sched. CPT', 'Anesthesia / block'],
  rows: [
    ['3', '07:30', '[99362]', 'Ferris / Patel (ortho)', 'TKA R', '{27447}', 'GA + adductor canal'],
    ['5', '07:30', '[99382]', 'Harlan / Okafor', 'Sciatic neurolysis R', '{64712}', 'GA'],
    ['7', '10:15', '[99407]', 'Kwan / Duarte', 'Shoulder arthroscopy, RCR', '{29827}', 'GA + interscalene'],
    ['3', '10:30', '[99415]', 'Ferris / Patel (ortho)', 'Ankle ORIF', '{27822}', 'GA + popliteal {64445}'],
    ['9', '12:00', '[99428]', 'Haddad / Reyes-Tan', 'Lumbar plexus decompression L', '{64714}', 'GA'],
  ],
});

// ── 31. Program letter of agreement with a participating site, text ──
const pla = lines({
  id: 's47-pla',
  kind: 's47-program-letter-of-agreement-text',
  before: 'Program Letter of Agreement — Pain Medicine Fellowship — Participating Site',
  text: [
    'Participating site: Crossroads Spine & Pain, 6565 S Yale Ave, Suite 1100, Tulsa, OK [74136]',
    'Site director: M. Kettering, MD. Duration: 10/20/2025–11/16/2025 (block 5).',
    'Educational objectives: fellows perform, under direct supervision, SCS trials ({63650}), RFA ({64635}) and epidural steroid injections ({62323}).',
    'Fellows will not bill independently; the site bills the teaching physician service with modifier GC.',
    'Site liaison: (918) 555-0176 ext. [51415]. Program office: 1000 N Lincoln Blvd, Oklahoma City [73104].',
  ].join('\n'),
});

// ── 32. Pain fellowship graduation requirements list, text ──
const gradReq = lines({
  id: 's47-gradreq',
  kind: 's47-fellowship-graduation-requirements-text',
  before: 'Pain Medicine Fellowship — Program Graduation Requirements (beyond ACGME minimums)',
  text: [
    '• 50 neurolytic procedures: RFA ({64633}–{64636}) or chemical ({64632})',
    '• 25 peripheral nerve blocks, including sciatic ({64445}), femoral and adductor canal',
    '• 10 neurostimulation cases (trials and implants) and 5 intrathecal pump refills',
    '• 1 grand rounds presentation and 1 M&M case; QI project registered with GME (project [63077])',
    '• Log closed and signed by 06/01; coordinator office Room 4510, ext. [63571]',
  ].join('\n'),
});

// ── 33. Teaching physician scenario matrix (compliance intranet), table ──
const tpMatrix = table({
  id: 's47-tpmatrix',
  kind: 's47-teaching-physician-scenario-matrix',
  caption: 'Teaching Physician Billing — Scenario Matrix — Compliance intranet, rev. [65245]',
  headers: ['Scenario', 'Example code', 'Teaching physician presence', 'Modifier', 'Billable?'],
  rows: [
    ['Major surgery, single case', '{64712}', 'Key and critical portions; immediately available', 'GC', 'Yes'],
    ['Minor procedure (≤ 5 min)', '{20552}', 'Entire procedure', 'GC', 'Yes'],
    ['Nerve block by resident, post-op pain', '{64445}', 'Needle placement and injection', 'GC', 'Yes'],
    ['Chemodenervation, facial nerve', '{64612}', 'Entire procedure (under 5 min per site)', 'GC', 'Yes'],
  ],
});

// ── 34. Acute pain service rounding list, table ──
const apsList = table({
  id: 's47-aps',
  kind: 's47-acute-pain-service-rounding-list',
  caption: 'Acute Pain Service — Rounding List — 10/15/2025 AM — Fellow Whitcombe, Resident Lindgren',
  headers: ['Bed', 'Pt', 'Catheter / block (CPT)', 'POD', 'Infusion', 'Pump serial', 'Plan'],
  rows: [
    ['7E-12', 'K.B.', 'Femoral catheter ({64448})', '1', 'Ropi 0.2% 8 mL/h', 'SN [67723]', 'Continue'],
    ['7E-19', 'D.R.', 'Popliteal sciatic catheter ({64446})', '2', 'Ropi 0.2% 6 mL/h', 'SN [67745]', 'Remove today'],
    ['8W-03', 'A.N.', 'Paravertebral catheter', '1', 'Ropi 0.2% 10 mL/h', 'SN [67760]', 'Continue'],
    ['8W-21', 'L.T.', 'Interscalene catheter ({64416})', '0', 'Ropi 0.2% 5 mL/h', 'SN [67991]', 'Home with pump'],
    ['ICU-4', 'M.O.', 'Single-shot subgluteal sciatic {64445} (post-op rescue)', '1', '—', '—', 'Sign off'],
    ['', '', 'APS pager [68258] · Pharmacy pump desk ext. [68275]', '', '', '', ''],
  ],
});

// ── 35. Housestaff contact roster, table ──
const roster = table({
  id: 's47-roster',
  kind: 's47-housestaff-contact-roster',
  caption: 'Housestaff Contact Roster — Neurosurgery & Anesthesiology — October 2025 — internal use only',
  headers: ['Name', 'Program', 'PGY', 'Pager', 'Badge #', 'Mail stop'],
  rows: [
    ['Okafor, Chinedu', 'Neurosurgery', '5', '[27340]', '[40219]', 'NT-4000'],
    ['Reyes-Tan, Lucia', 'Neurosurgery', '4', '[27352]', '[40237]', 'NT-4000'],
    ['Nakashima, Eri', 'Neurosurgery', '2', '[27369]', '[41590]', 'NT-4000'],
    ['Patel, Rohan', 'Anesthesiology', 'CA-2', '[64445]', '[39812]', 'OU-1140'],
    ['Lindgren, Maja', 'Anesthesiology', 'CA-2', '[52765]', '[39826]', 'OU-1140'],
    ['Castellanos, Iris', 'Anesthesiology', 'CA-1', '[52803]', '[43107]', 'OU-1140'],
    ['Whitcombe, Jonah', 'RAAPM fellow', 'PGY-5', '[52845]', '[38551]', 'OU-1140'],
    ['Sorensen, Kai', 'Anesthesiology', 'CA-3', '[52892]', '[39857]', 'OU-1140'],
    ['Adeyemi, Funmi', 'Anesthesiology', 'CA-1', '[52912]', '[43152]', 'OU-1140'],
    ['Villarreal, Ana', 'Coordinator', '—', 'ext. [27015]', '[20764]', 'NT-4000'],
  ],
});

// ── 36. Duty hour violation report (residency management system), table ──
const dutyHours = table({
  id: 's47-dutyhours',
  kind: 's47-duty-hour-violation-report',
  caption: 'Duty Hours — Violations Report — Anesthesiology — Block 4 (09/22–10/19/2025)',
  headers: ['Ticket', 'Resident', 'Rotation', 'Rule', 'Hours logged', 'Resident reason', 'PD review'],
  rows: [
    [
      '[33418]',
      'Lindgren, M.',
      'ANES-APS [30418]',
      '24+4 exceeded',
      '29.5',
      'Late femoral catheter, handoff delayed',
      'Excused',
    ],
    ['[33426]', 'Castellanos, I.', 'ANES-OR [30422]', '80-hr average', '81.3', 'Covering sick call', 'Excused'],
    ['[33451]', 'Patel, R.', 'ANES-OR [30422]', '8 h off between shifts', '6.5', 'Stayed for M&M prep', 'Counselled'],
    ['[33490]', 'Adeyemi, F.', 'ANES-OB [30447]', '1 day off in 7', '0 days off', 'Swapped weekend call', 'Counselled'],
    ['[33477]', 'Oyelaran, T.', 'ANES-ICU [30437]', '24+4 exceeded', '28.7', 'Unstable patient, continuity', 'Excused'],
  ],
});

// ── 37. CME attendance summary for grand rounds, text ──
const cmeSummary = lines({
  id: 's47-cme',
  kind: 's47-cme-grand-rounds-attendance-summary-text',
  before: 'Office of CME — Regularly Scheduled Series — Attendance Summary',
  text: [
    'Series: Neurosurgery Grand Rounds   Session 10/02/2025   Activity ID [46279]   Credit: 1.0 AMA PRA Category 1',
    'Text-in code: [71847]   Physicians claiming credit: 47   Residents: 18   Other learners: 9',
    'Speaker: W. Harlan, MD — "Sciatic Nerve Entrapment Beyond the Spine" — no relevant financial relationships',
    'Commercial support: none. Catering PO [70339] charged to cost center [42909].',
    'Accredited provider: Redbud University Office of CME, 1000 N Lincoln Blvd, Oklahoma City, OK [73104]',
  ].join('\n'),
});

export const sealed47: Snippet[] = [
  ...caseEntry,
  ...byRole,
  ...minimums,
  ...national,
  ...painLog,
  ...blockTally,
  ...tpRules,
  ...dashboard,
  ...rotations,
  ...milestones,
  ...simLog,
  ...grandRounds,
  ...mm,
  ...handbook,
  ...auditSample,
  ...auditMemo,
  ...opNote,
  ...mod82,
  ...concurrency,
  ...verifyQueue,
  ...csvExport,
  ...wrvu,
  ...podiatry,
  ...botox,
  ...certCard,
  ...dops,
  ...pecMinutes,
  ...helpFaq,
  ...complications,
  ...orBoard,
  ...pla,
  ...gradReq,
  ...tpMatrix,
  ...apsList,
  ...roster,
  ...dutyHours,
  ...cmeSummary,
];
