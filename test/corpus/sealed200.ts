import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 200 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s200-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (the IONM codes 95907–95913, 95925–95940, 92653, 95867, 95870, 95874; the surgeons' nerve
 * codes 64702–64727, 64892/64893, 61458, 63047; the blocks 64447–64449), with modifiers attached (-26, -TC, -LT), in
 * ranges, in X12 and HL7 segments, in CSV, JSON and XML, in checkbox forms, in prose and in cut-off worklist cells.
 * About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as a case request id, a
 * prior-auth number, group numbers, a hospital scheduling id, HL7 message and charge ids, lot and serial numbers, a
 * remote session id, report ids, CNIM certificate numbers, a payer id, a street number, a tech home ZIP, a help-desk
 * ticket, a billing-system edit number, a patient account number, a pay-online code and a peer-to-peer outcome
 * reference. Other decoys are Omaha, Lincoln and Council Bluffs ZIPs, case numbers, PO boxes, policy numbers, a MAC
 * contractor number and a contract number. The five known codes' digits come back as decoys: a surgeon office's fax
 * reference, a schedule-portal incident ticket, a payer records-request reference, a payer denial reference (twice), a
 * Medicare Advantage appeals PO box, a technologist's home ZIP (Elmo, MO), equipment asset tags (and a neighbouring
 * 64713 tag), a peer-to-peer conference access code and a patient account number.
 *
 * Family: an intraoperative neuromonitoring (IONM) vendor covering peripheral-nerve decompression and nerve surgeries.
 * One (fictional) story: Platte River Neuromonitoring, LLC (technical component) and Platte River Neurophysiology
 * Associates, PC (interpreting physicians, professional component), Omaha, monitor a peripheral-nerve surgeon's week at
 * Bellhaven Surgical Hospital: sciatic neurolysis (64712) with NAP recording, lumbar plexus neurolysis (64714), an ulnar
 * revision, a microvascular decompression for hemifacial spasm after years of 64612 injections, and a declined request
 * for a 64632 neurolytic injection; anesthesia's 64445 sciatic block is held until after closure. Pages: the case
 * request web form and fillable PDF request form, the surgeon office fax cover, the surgeon-facing case schedule, the
 * scheduler's weekly e-mail, the ops dashboard cards, the clinical protocol modality matrix, the technologist's case log
 * and pre-op checklist, the tech/reader Teams chat, the remote reading console, two interpreting-physician reports and
 * an addendum, the charge ticket, the 26/TC split summary, the 837P segment view, the CMS-1500 text layer, 835
 * segments, the payer portal remittance detail, a commercial adverse determination letter, a Medicare Advantage notice
 * of denial of payment, the vendor's appeal letter, the payer's IONM medical policy page and prior-auth code lookup,
 * HL7 SIU^S12 and DFT^P03 messages, the case API JSON, a charges CSV export, the report XML export, the technical
 * invoice to the hospital and the services agreement fee exhibit, the billing wiki search results, the surgeon portal
 * case cards, the patient's separate-bill notice and statement, the member EOB, a coder's query e-mail thread, A/R
 * aging by payer, the technologist roster, the equipment asset register, a billing-system support ticket, the monthly
 * KPI dashboard, a peer-to-peer call note and the denial worklist.
 * Built on real public layouts: the NUCC CMS-1500 (02/12) form fields (items 5, 11, 21, 24A–J, 26, 28, 32, 33), X12
 * 5010 837P (NM1/N3/N4/CLM/REF*G1/HI/LX/SV1/NTE) and 835 (CLP/SVC/CAS/N1) segments, HL7 v2.5.1 SIU^S12 (SCH/AIS/AIP)
 * and DFT^P03 (FT1) messages, the CMS Notice of Denial of Medical Coverage (or Payment) provider copy, commercial
 * payers' IONM medical policies (covered indications, 95940 vs G0453, baseline codes with -26/-TC) and their
 * prior-authorization code lookup tools, the MPFS PC/TC split of neurodiagnostic codes, IONM vendors' published case
 * request forms and surgeon schedules, CNIM (ABRET) credential rosters, member EOBs and payer adverse determination
 * letters with peer-to-peer and appeal rights. The others are written the way those pages read, with no single source.
 *
 * 389 labelled tokens over 44 shapes: 236 codes (90 of them the five known codes), 153 decoys, 50 of the decoys in
 * KNOWN_10K (the 11 that reuse the known codes' digits among them).
 */

// ── 1. Surgeon office's IONM case request, web form as submitted (text layer) ──
const caseRequest = lines({
  id: 's200-casereq',
  kind: 's200-ionm-case-request-web-form-text',
  before: 'Platte River Neuromonitoring — New Case Request — Submitted',
  text: [
    'Request ID: CR-[41573]   Submitted 03/02/2026 09:14 by A. Reyes (surgery scheduler)',
    'Facility: Bellhaven Surgical Hospital, 8601 W Dodge Rd, Omaha, NE [68114]   Room: OR 6',
    'Surgeon: Gareth Albrecht, MD   Practice: Heartland Nerve Surgery   Office fax 402-555-0188',
    'Patient: RIEGERT, DALE M   DOB 07/19/1973   Bellhaven MRN 0048213   Home ZIP [68134]',
    'Planned procedure (CPT): {64712} neuroplasty, sciatic nerve, RT, open; add-on {64727} if microscope used',
    'Diagnosis: G57.01 lesion of sciatic nerve, right lower limb; T84.84XA',
    'Modalities requested: [x] Free-run EMG  [x] Triggered EMG / NAP  [x] SSEP LE  [ ] MEP  [ ] BAER',
    'Anesthesia notes: no paralytic after intubation; anesthesia planning {64445} sciatic block - HOLD until after closure',
    'Date of surgery: 03/17/2026 07:30   Est. duration 3 h   Payer: Prairie Crest PPO, group [52612]',
    'Auth #: PCH-[63552]-A (surgery only; IONM auth not required per payer grid)',
  ].join('\n'),
});

// ── 1b. Paper request form (fillable PDF) as faxed back, text layer ──
const requestPdf = lines({
  id: 's200-reqpdf',
  kind: 's200-ionm-request-form-checkbox-pdf-text',
  before: 'PRN IONM REQUEST FORM (fillable PDF) — page 1 of 2 — fax to 402-555-0140',
  text: [
    'Patient: Ostrander, Ruth A   Surgery date: 03/19/2026   Facility: Bellhaven OR 4   Case # (PRN use): [30713]',
    'Procedure (check all planned):',
    '[ ] {64702} digital nerve   [ ] {64704} nerve hand/foot   [x] {64708} other major nerve   [ ] {64712} sciatic',
    '[x] {64714} lumbar plexus   [ ] {64713} brachial plexus   [ ] {64718} ulnar at elbow   [ ] {64721} median, carpal tunnel',
    'Not monitored by PRN (request will be declined): {64632} neurolytic plantar digital; {64612} facial chemodenervation;',
    '{64445} / {64447} / {64448} single-shot or continuous nerve blocks (anesthesia).',
  ].join('\n'),
});

// ── 2. Surgeon office fax cover with a request (text layer) ──
const faxCover = lines({
  id: 's200-faxcover',
  kind: 's200-surgeon-office-fax-cover-text',
  before: 'HEARTLAND NERVE SURGERY',
  text: [
    '[17050] Lakeside Hills Ct, Suite 210, Omaha, NE [68130]   Tel 402-555-0101',
    'FAX   To: PRN Scheduling   Fax: 402-555-0140   Pages: 4 (incl. cover)   Re: IONM request, Ostrander, Ruth',
    'Procedure: lumbar plexus decompression/neurolysis, LT, CPT {64714}; possible {64708} lateral femoral cutaneous',
    'Dr. Albrecht requests saphenous SSEP + quad/adductor EMG. Pt has had {64445}-type blocks w/o relief (x3).',
    'Please call our scheduler, ext. 3, with your case #.   Our ref: HNS-[64712]',
    'CONFIDENTIAL: intended only for the addressee. If received in error call 402-555-0101.',
  ].join('\n'),
});

// ── 3. Surgeon-facing IONM case schedule (grid) ──
const schedule = table({
  id: 's200-sched',
  kind: 's200-surgeon-ionm-case-schedule-grid',
  caption: 'IONM coverage schedule — Heartland Nerve Surgery — week of 03/16/2026',
  headers: ['Date', 'Time', 'Site / Room', 'Patient', 'Procedure', 'CPT', 'Modalities', 'Tech', 'Case #'],
  rows: [
    [
      '03/17',
      '07:30',
      'Bellhaven OR 6',
      'Riegert, D.',
      'Sciatic neurolysis RT',
      '{64712}',
      'EMG, NAP, SSEP',
      'K. Hollis',
      '[30691]',
    ],
    [
      '03/17',
      '12:00',
      'Bellhaven OR 6',
      'Ng, L.',
      'Ulnar transposition revision LT',
      '{64718}',
      'EMG, NCS',
      'K. Hollis',
      '[30695]',
    ],
    [
      '03/18',
      '08:00',
      'MVOC ASC Rm 2',
      'Prochaska, J.',
      "Morton's neuroma RT 3rd web",
      '{64632}',
      'DECLINED',
      '—',
      '[30698]',
    ],
    [
      '03/19',
      '07:30',
      'Bellhaven OR 4',
      'Ostrander, R.',
      'Lumbar plexus neurolysis LT',
      '{64714}',
      'SSEP, EMG',
      'D. Amsel',
      '[30713]',
    ],
    [
      '03/20',
      '07:15',
      'Elkhorn Valley OR 9',
      'Vrba, T.',
      'MVD facial n. RT',
      '{61458}',
      'BAER, LSR, SSEP',
      'D. Amsel',
      '[30721]',
    ],
    [
      '03/20',
      '13:00',
      'Bellhaven OR 6',
      'Duarte, M.',
      'Sciatic neurolysis LT + NAP',
      '{64712}',
      'EMG, NAP',
      'K. Hollis',
      '[30729]',
    ],
    [
      '03/23',
      '09:00',
      'Bellhaven OR 6',
      'Kessel, A.',
      'Common peroneal decompression',
      '{64708}',
      'EMG',
      'K. Hollis',
      '[30733]',
    ],
  ],
});

// ── 4. Scheduler's weekly confirmation e-mail (text) ──
const weeklyEmail = lines({
  id: 's200-weekmail',
  kind: 's200-scheduler-weekly-confirmation-email-text',
  before: 'From: PRN Scheduling <scheduling@platteriverneuro.com>  To: Heartland Nerve Surgery OR team',
  text: [
    'Subject: Week of 3/16 - IONM coverage confirmed (5 cases), 1 declined',
    'Confirmed: Riegert 3/17 ({64712}), Ng 3/17 ({64718}), Ostrander 3/19 ({64714}), Vrba 3/20 ({61458}), Duarte 3/20 ({64712}).',
    'Declined: Prochaska 3/18 - {64632} is a neurolytic injection; no monitoring indicated. Request CR-[41588] closed.',
    'Reminder: anesthesia must hold {64445} / {64447} blocks until after closure on EMG cases.',
    'Next week: two more sciatic neurolysis cases ({64712}) and one lumbar plexus ({64714}); requests to follow.',
    'Day-of changes: 402-555-0140. The schedule portal outage last week is tracked as INC-[64714] (resolved).',
  ].join('\n'),
});

// ── 5. Scheduling dashboard, today's cards (text nodes) ──
const dashboard = lines({
  id: 's200-dash',
  kind: 's200-ionm-scheduling-dashboard-cards-text',
  before: 'PRN Ops Console · Today · Tue Mar 17 · Cases 2 · Techs on site 1 · Remote readers 1',
  text: [
    'CASE [30691] · Bellhaven OR 6 · 07:30 · {64712} RT · Riegert · status: IN ROOM',
    'CASE [30695] · Bellhaven OR 6 · 12:00 · {64718} LT · Ng · status: SCHEDULED',
    'Unassigned requests: 1',
    'CR-[41590] · {64721} carpal tunnel (surgeon asks EMG) · needs clinical review',
    'CR-[41591] · {64612} hemifacial spasm injection, office (EMG guidance only) · auto-declined',
  ].join('\n'),
});

// ── 6. Vendor clinical protocol: modalities by surgical procedure (grid) ──
const matrix = table({
  id: 's200-matrix',
  kind: 's200-procedure-modality-protocol-matrix-grid',
  caption: 'PRN Clinical Protocol CP-07 — Default modalities by surgical procedure (rev. 01/2026)',
  headers: ['Surgical CPT', 'Procedure', 'Default modalities', 'Technical codes', 'Professional'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic', 'Free-run/trig EMG, NAP, LE SSEP', '{95907}–{95913}, {95926}', '{95940}'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'SSEP (saphenous), EMG', '{95926}, {95870}', '{95940}'],
    ['{64718}', 'Ulnar at elbow (revision only)', 'EMG, NCS', '{95909}', '{95940}'],
    ['{61458}', 'MVD, cranial nerve', 'BAER, LSR, SSEP', '{92653}, {95867}, {95938}', '{95940}'],
    ['{64632}', 'Neurolytic, plantar digital', 'None', '—', '—'],
    ['{64612}', 'Chemodenervation, facial', 'None (office EMG guidance {95874} only)', '—', '—'],
  ],
});

// ── 7. Technologist's case log, timeline (text) ──
const techLog = lines({
  id: 's200-techlog',
  kind: 's200-technologist-case-log-timeline-text',
  before: 'PRN Case Log',
  text: [
    'CASE [30691]  RIEGERT, DALE M  Bellhaven OR 6  Surgeon Albrecht  Tech K. Hollis, CNIM cert [20620]',
    '07:02  Pt in room. Electrodes: TA, gastroc, biceps femoris (short head), AH; SSEP PTN bilateral',
    '07:19  Anesthesia: propofol/remi TIVA, rocuronium at induction only. {64445} popliteal block deferred (surgeon + IONM)',
    '07:41  Baselines: PTN SSEP P37 R 39.8 ms / 1.9 uV; L 38.6 ms / 2.2 uV. TOF 4/4.',
    '08:12  Surgeon confirms plan: {64712} neurolysis; graft ({64892}) only if NAP absent across lesion',
    '09:05  Neurolysis at sciatic notch; NAP across lesion recorded, amp 41 uV, CV 48 m/s',
    '09:47  Neurotonic train biceps femoris 6 s; surgeon informed, irrigation. Resolved 09:49.',
    '10:41  Closure complete, monitoring ended. Baseline to closure 3 h 00 min.',
    '10:55  PACU: anesthesia placed {64445} sciatic block for analgesia after IONM release.',
    'Supplies: needle electrodes lot [81712], SSEP stim kit lot [81720]; amplifier S/N CP-[70412]',
  ].join('\n'),
});

// ── 8. Technologist pre-op checklist form (text) ──
const checklist = lines({
  id: 's200-checklist',
  kind: 's200-technologist-preop-checklist-form-text',
  before: 'PRN Pre-op checklist',
  text: [
    'Case [30713] — Ostrander, Ruth — Bellhaven OR 4 — 03/19/2026',
    '[x] Consent for IONM signed   [x] Allergies reviewed (adhesive)   [x] Surgeon confirmed plan: {64714} LT',
    '[ ] Anesthesia briefed: no long-acting paralytic; no {64447} femoral block before closure',
    'Notes: prior lumbar plexus block (CPT {64449}) 01/2026 gave 2 days relief per H&P.',
  ].join('\n'),
});

// ── 9. Tech and remote reading physician chat (text) ──
const chat = lines({
  id: 's200-chat',
  kind: 's200-tech-reader-team-chat-text',
  before: 'Teams · PRN Remote Reading · Bellhaven OR 6',
  text: [
    'K. Hollis 09:44  Dr V, neurotonic discharge in BF short head, case [30691] - you seeing it?',
    'K. Hollis 07:20  Anesthesia wants to do the {64445} now; told them after closure per Dr. A.',
    'Dr. Venkataraman 09:45  Yes. Tell Dr. A. Mild, not sustained. Keep going.',
    'Dr. Venkataraman 10:46  Log my time 07:38-10:41 on the console; billing codes {95940} vs G0453 by payer.',
    'K. Hollis 10:47  Billing asked if the NAP is {95907} or {95908}; it was the tibial and peroneal divisions.',
    'Dr. Venkataraman 10:48  3 studies incl. the sural baseline, so {95908}. Put it in the tech note.',
    'K. Hollis 10:50  PACU doing the {64445} now. Closing case [30691] on my end.',
  ].join('\n'),
});

// ── 10. Remote reading console, session list (text nodes) ──
const console_ = lines({
  id: 's200-console',
  kind: 's200-remote-reading-console-session-list-text',
  before: 'NeuroLink Remote · Reader: P. Venkataraman MD · Sessions today 3',
  text: [
    'Session [52601] · Bellhaven OR 6 · {64712} · Riegert · connected 07:38 · ended 10:41 · 3:03',
    'Session [52603] · Sarpy Ridge OR 2 · {63047} · Lindqvist · connected 08:05 · ended 11:22 · 3:17',
    'Overlap 08:05-10:41: 2 concurrent sessions. Medicare: G0453; commercial per payer rule.',
  ].join('\n'),
});

// ── 11. Interpreting physician's IONM report, PDF text layer ──
const report = lines({
  id: 's200-report',
  kind: 's200-interpreting-physician-ionm-report-text',
  before: 'PLATTE RIVER NEUROPHYSIOLOGY ASSOCIATES, PC — INTRAOPERATIVE NEUROPHYSIOLOGIC MONITORING REPORT',
  text: [
    'Patient: Riegert, Dale M   DOB 07/19/1973   Case [30691]   DOS 03/17/2026   Facility: Bellhaven Surgical Hospital',
    'Surgeon: G. Albrecht, MD   Procedure: right sciatic neurolysis (CPT {64712}) with operating microscope ({64727})',
    'Indication: right sciatic neuropathy after THA; EMG/NCS 11/2025 showed peroneal-predominant axonal loss.',
    'Modalities: lower-extremity SSEP (posterior tibial), free-run and triggered EMG, nerve action potential recording.',
    'Findings: SSEPs stable throughout. NAP across the lesion present (41 uV). Transient neurotonic discharges at 09:47.',
    'Interpretation: no persistent significant change. Remote monitoring 07:38-10:41 (183 min), concurrent with 1 other case.',
    'Codes (professional): {95926}-26, {95908}-26, {95940} x 12 units (commercial) / G0453 (Medicare)',
    'Electronically signed: Priya Venkataraman, MD, D.ABCN  03/17/2026 14:02   Report no. IR-[41616]',
  ].join('\n'),
});

const report2 = lines({
  id: 's200-report2',
  kind: 's200-interpreting-physician-ionm-report-text',
  before: 'PLATTE RIVER NEUROPHYSIOLOGY ASSOCIATES, PC — INTRAOPERATIVE NEUROPHYSIOLOGIC MONITORING REPORT',
  text: [
    'Patient: Ostrander, Ruth A   DOB 02/02/1951   Case [30713]   DOS 03/19/2026   Facility: Bellhaven Surgical Hospital',
    'Surgeon: G. Albrecht, MD   Procedure: left lumbar plexus neurolysis (CPT {64714}); no LFCN release ({64708}) performed',
    'History: lumbar plexus blocks ({64449}) x3 and a femoral block ({64447}) gave short relief only.',
    'Modalities: saphenous and posterior tibial SSEP, free-run and triggered EMG (quadriceps, adductors, iliopsoas).',
    'Findings: saphenous SSEP amplitude fell 55% at 09:12 with retraction; recovered after release. No other changes.',
    'Interpretation: transient, reversible change during {64714} exposure; surgeon notified in real time.',
    'Codes (professional): {95926}-26, G0453 x 10 units (Medicare Advantage)   Report no. IR-[41640]',
  ].join('\n'),
});

// ── 12. Report addendum (text) ──
const addendum = lines({
  id: 's200-addendum',
  kind: 's200-ionm-report-addendum-text',
  before: 'ADDENDUM',
  text: [
    'Addendum to IR-[41616], 03/18/2026: the anesthesia record shows the {64445} sciatic block was placed at 10:55,',
    'after monitoring ended; it did not affect any recorded data. The earlier draft said "pre-op block"; corrected.',
    'Reason for addendum: payer records request, Prairie Crest ref. PQ-[64712]. Addendum ID AD-[41617].',
  ].join('\n'),
});

// ── 13. Charge ticket for one case (grid) ──
const chargeTicket = table({
  id: 's200-charge',
  kind: 's200-ionm-charge-ticket-grid',
  caption: 'PRN Charge Ticket — Case 30691 — Riegert, D. — DOS 03/17/2026',
  headers: ['Line', 'CPT/HCPCS', 'Mod', 'Units', 'Component', 'Billed by', 'Charge'],
  rows: [
    ['1', '{95926}', 'TC', '1', 'Technical', 'PRN LLC', '$640.00'],
    ['2', '{95926}', '26', '1', 'Professional', 'PRN Neurophys PC', '$310.00'],
    ['3', '{95908}', 'TC', '1', 'Technical', 'PRN LLC', '$420.00'],
    ['4', '{95908}', '26', '1', 'Professional', 'PRN Neurophys PC', '$180.00'],
    ['5', '{95940}', '', '12', 'Professional', 'PRN Neurophys PC', '$1,560.00'],
    ['ref', '{64712}', 'RT', '—', 'Surgeon (not PRN)', 'Heartland Nerve Surgery', '—'],
  ],
});

// ── 14. Month summary, professional / technical split by code (grid) ──
const split = table({
  id: 's200-split',
  kind: 's200-professional-technical-split-summary-grid',
  caption: 'March 2026 — Component split by code (PRN LLC bills TC, PRN Neurophysiology Associates PC bills 26)',
  headers: ['Code', 'Description', 'TC lines', 'TC paid', '26 lines', '26 paid', 'Global billed'],
  rows: [
    ['{95907}', 'NCS 1-2 studies', '4', '$1,112.40', '4', '$402.16', '0'],
    ['{95908}', 'NCS 3-4 studies', '11', '$3,870.22', '11', '$1,377.09', '0'],
    ['{95926}', 'SSEP lower limbs', '19', '$6,214.75', '19', '$2,080.50', '0'],
    ['{95940}', 'IONM in OR, per 15 min', 'n/a', 'n/a', '212 units', '$14,209.36', '—'],
  ],
});

// ── 15. X12 837P professional claim as shown in the clearinghouse viewer (text) ──
const x837 = lines({
  id: 's200-x837',
  kind: 's200-x12-837p-ionm-claim-viewer-text',
  before: 'Claim file PRN_PC_20260318_01.837 — segment view',
  text: [
    'NM1*85*2*PLATTE RIVER NEUROPHYSIOLOGY ASSOCIATES PC*****XX*1437261904~',
    'N3*[10730] PACIFIC ST STE 300~N4*OMAHA*NE*[68137]~',
    'CLM*PRN[30691]*2050***22:B:1*Y*A*Y*Y~',
    'REF*G1*PCH-[63552]-A~',
    'HI*ABK:G5701*ABF:T8484XA~',
    'LX*1~SV1*HC:{95926}:26*310*UN*1***1~',
    'LX*2~SV1*HC:{95908}:26*180*UN*1***1~',
    'LX*3~SV1*HC:{95940}*1560*UN*12***1~',
    'NTE*ADD*SURGEON PROC {64712} RT 03/17/2026 BELLHAVEN~',
    'NM1*77*2*BELLHAVEN SURGICAL HOSPITAL*****XX*1982736450~N4*OMAHA*NE*[68114]~',
  ].join('\n'),
});

// ── 16. CMS-1500 PDF text layer (professional claim) ──
const cms1500 = lines({
  id: 's200-cms1500',
  kind: 's200-cms1500-professional-ionm-pdf-text',
  before: 'HEALTH INSURANCE CLAIM FORM  APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
  text: [
    '5. PATIENT ADDRESS  4417 N 52ND ST  OMAHA  NE  [68134]  (402) 555 0172',
    "11. INSURED'S POLICY GROUP OR FECA NUMBER  [52612]   c. PRAIRIE CREST HEALTH PLAN PPO",
    '21. A. G5701   B. T8484XA',
    '24. 03 17 26  03 17 26  22   {95926}  26   A   310 00   1',
    '    03 17 26  03 17 26  22   {95908}  26   A   180 00   1',
    '    03 17 26  03 17 26  22   {95940}       A  1560 00  12',
    "26. PATIENT'S ACCOUNT NO. PRN-[30691]   28. TOTAL CHARGE 2050 00",
    '32. BELLHAVEN SURGICAL HOSPITAL  8601 W DODGE RD  OMAHA NE [68114]',
    '33. PLATTE RIVER NEUROPHYSIOLOGY ASSOC PC  [10730] PACIFIC ST  OMAHA NE [68137]',
  ].join('\n'),
});

// ── 17. X12 835 ERA segments (text) ──
const x835 = lines({
  id: 's200-x835',
  kind: 's200-x12-835-era-ionm-segments-text',
  before: 'ERA PCH_835_20260401 — raw view',
  text: [
    'CLP*PRN[30691]*1*2050*742.18*0*12*PCH26031900441*22~',
    'SVC*HC:{95926}:26*310*141.62**1~DTM*472*20260317~CAS*CO*45*168.38~',
    'SVC*HC:{95908}:26*180*84.91**1~CAS*CO*45*95.09~',
    'SVC*HC:{95940}*1560*515.65**8**12~CAS*CO*151*351.65*4*45*692.70~',
    'N1*PE*PLATTE RIVER NEUROPHYSIOLOGY ASSOCIATES PC*XX*1437261904~N4*OMAHA*NE*[68137]~',
  ].join('\n'),
});

// ── 18. Payer portal remittance, claim detail (grid) ──
const portalRemit = table({
  id: 's200-remit',
  kind: 's200-payer-portal-remit-claim-detail-grid',
  caption: 'Prairie Crest Provider Portal › Remittance › Claim PCH26031900441',
  headers: ['Svc date', 'Proc', 'Mod', 'Units billed', 'Units allowed', 'Billed', 'Allowed', 'Paid', 'Adj codes'],
  rows: [
    ['03/17/2026', '{95926}', '26', '1', '1', '310.00', '141.62', '141.62', 'CO-45'],
    ['03/17/2026', '{95908}', '26', '1', '1', '180.00', '84.91', '84.91', 'CO-45'],
    ['03/17/2026', '{95940}', '', '12', '8', '1,560.00', '515.65', '515.65', 'CO-151, CO-45'],
  ],
});

// ── 19. Commercial payer adverse determination letter (text layer) ──
const denialLetter = lines({
  id: 's200-denial',
  kind: 's200-payer-adverse-determination-letter-text',
  before: 'PRAIRIE CREST HEALTH PLAN · Medical Review',
  text: [
    'PO Box [30147] · Lincoln, NE [68501]',
    'April 9, 2026   Platte River Neurophysiology Associates, PC, [10730] Pacific St, Ste 300, Omaha, NE [68137]',
    'Member: Marco Duarte   Member ID XJP771093355   Claim PCH26032500917   Date of service 03/20/2026   Ref. DN-[64714]',
    'Re: Adverse determination — intraoperative neurophysiologic monitoring',
    "We reviewed CPT {95940} (12 units) and {95907}-26, billed with the surgeon's procedure, CPT {64712} (neuroplasty,",
    'sciatic nerve). Under medical policy MP-[20529], Intraoperative Neurophysiologic Monitoring (rev. 01/2026), IONM is',
    'medically necessary in peripheral nerve surgery only when NAP recording decides between neurolysis and nerve',
    'grafting ({64892}, {64893}). The operative note describes neurolysis only. Reason: not medically necessary (CARC 50).',
    'You may request a peer-to-peer review at 800-555-0117 within 14 days, or appeal in writing within 180 days.',
  ].join('\n'),
});

// ── 20. Medicare Advantage notice of denial of payment, provider copy (text) ──
const maDenial = lines({
  id: 's200-madenial',
  kind: 's200-medicare-advantage-provider-denial-notice-text',
  before: 'CORNHUSKER ADVANTAGE PPO — NOTICE OF DENIAL OF PAYMENT — provider copy — 04/14/2026',
  text: [
    'Enrollee: Ruth Ostrander   Claim CA2026-[20174]-0031   Date of service 03/19/2026',
    'Services denied: G0453 x 10 (remote IONM); {95926}-26; {95926}-TC (billed by Platte River Neuromonitoring LLC)',
    'Reason: the surgical procedure, CPT {64714} (neuroplasty; lumbar plexus), is not on the list of procedures for',
    'which this plan covers IONM; see plan policy UM-NEU-[41882]. Professional and technical components are both denied.',
    'You may not bill the enrollee for these services. Reconsideration within 65 days: Cornhusker Advantage Appeals,',
    'PO Box [64612], Omaha, NE [68103]',
  ].join('\n'),
});

// ── 21. Vendor's appeal letter (text layer) ──
const appeal = lines({
  id: 's200-appeal',
  kind: 's200-ionm-vendor-appeal-letter-text',
  before: 'Platte River Neurophysiology Associates, PC · 10730 Pacific St, Ste 300 · Omaha, NE',
  text: [
    'May 1, 2026   Prairie Crest Health Plan, Appeals, PO Box [30147], Lincoln, NE [68501]',
    'RE: Level 1 appeal — Member Marco Duarte — Claim PCH26032500917 — Your ref. DN-[64714]',
    'Dr. Albrecht performed neurolysis of the left sciatic nerve ({64712}) with intraoperative NAP recording ({95907})',
    'to decide between neurolysis alone and resection with grafting ({64892}/{64893}). The NAP was present, so grafting',
    'was not needed; that the graft was not done does not make the monitoring unnecessary. Please pay {95940} x 12 and',
    '{95907}-26 as billed. Enclosures: op note, IONM report IR-[41702], policy MP-[20529] excerpt. Tracking AP-[10753].',
  ].join('\n'),
});

// ── 22. Payer medical policy excerpt (web page text) ──
const policy = lines({
  id: 's200-policy',
  kind: 's200-payer-medical-policy-ionm-page-text',
  before: 'Prairie Crest Health Plan › Providers › Medical Policies',
  text: [
    'Medical Policy MP-[20529] · Intraoperative Neurophysiologic Monitoring · Effective 01/01/2026',
    'Covered: IONM for spinal cord, brainstem and cranial nerve surgery (e.g. microvascular decompression, {61458}),',
    'brachial plexus surgery ({64713}), and peripheral nerve surgery in which NAP recording decides resection/grafting.',
    'Not medically necessary: carpal tunnel release ({64721}); cubital tunnel decompression ({64718}) unless revision;',
    'neuroma excision; neuroplasty of the sciatic nerve ({64712}) or lumbar plexus ({64714}) without a planned NAP decision.',
    'Chemodenervation ({64612}) and neurolytic destruction ({64632}) are office procedures; IONM does not apply.',
    'Coding: {95940} (in OR) or G0453 (remote); baseline tests {95907}–{95913}, {95925}–{95939} with -26/-TC as applicable.',
    '{95940} and G0453 are not reported by the operating surgeon or the anesthesiologist for their own case.',
  ].join('\n'),
});

// ── 23. Payer prior-authorization code lookup, results (grid) ──
const authLookup = table({
  id: 's200-authlookup',
  kind: 's200-payer-auth-requirement-lookup-grid',
  caption: 'Prairie Crest — Does this code need prior authorization? Results for your search',
  headers: ['Code', 'Description', 'Auth required', 'Reviewer', 'Notes'],
  rows: [
    [
      '{95940}',
      'Continuous intraop neurophysiology monitoring, per 15 min',
      'No',
      '—',
      'Post-service review per MP-[20529]',
    ],
    [
      '{64712}',
      'Neuroplasty, major peripheral nerve; sciatic nerve',
      'Yes',
      'Prairie Crest UM',
      'Site of service review',
    ],
    ['{64714}', 'Neuroplasty, major peripheral nerve; lumbar plexus', 'Yes', 'Prairie Crest UM', ''],
    [
      '{64632}',
      'Destruction by neurolytic agent; plantar common digital nerve',
      'Yes',
      'Prairie Crest UM',
      'Max 4/foot/yr',
    ],
    ['{64445}', 'Injection, anesthetic agent; sciatic nerve, single', 'No', '—', 'POS 22/24 with surgery'],
    ['{64612}', 'Chemodenervation of muscle(s); facial nerve, unilateral', 'Yes', 'Pharmacy + UM', 'With J0585/J0586'],
    ['{64713}', 'Neuroplasty, major peripheral nerve; brachial plexus', 'Yes', 'Prairie Crest UM', ''],
  ],
});

// ── 24. HL7 v2 SIU^S12 from the hospital OR system (text) ──
const siu = lines({
  id: 's200-siu',
  kind: 's200-hl7-siu-or-scheduling-message-text',
  before: 'Interface monitor · inbound BELLHAVEN_OPTIME → PRNSCHED',
  text: [
    'MSH|^~\\&|OPTIME|BELLHAVEN|PRNSCHED|PRN|202603101142||SIU^S12|MSG[88437]|P|2.5.1',
    'SCH|[30729]^PRN|SURG[20845]^BELLHAVEN|||||SURGERY^Surgery|||180|MIN|^^180^202603201300',
    'PID|1||0051120^^^BELLHAVEN^MR||DUARTE^MARCO^A||19800211|M|||2207 S 24TH ST^^OMAHA^NE^[68108]',
    'AIS|1||{64712}^NEUROPLASTY SCIATIC NERVE^CPT|202603201300|||180|MIN',
    'AIS|2||{95940}^IONM CONTINUOUS IN OR^CPT|202603201300|||180|MIN',
    'NTE|1||IONM REQUESTED: EMG + NAP. NO SCIATIC BLOCK ({64445}) PRIOR TO CLOSURE.',
  ].join('\n'),
});

// ── 25. HL7 v2 DFT^P03 charges to the billing system (text) ──
const dft = lines({
  id: 's200-dft',
  kind: 's200-hl7-dft-charge-message-text',
  before: 'Interface monitor · outbound PRNCASE → BILLPRO',
  text: [
    'MSH|^~\\&|PRNCASE|PRN|BILLPRO|PRNBILL|202603201712||DFT^P03|C[52620]|P|2.5.1',
    'PID|1||PRN[41771]^^^PRN^PI||DUARTE^MARCO^A||19800211|M',
    'FT1|1|||20260320||CG|CHG[10750]|||1|||||||||G5702||||{95907}|26',
    'FT1|2|||20260320||CG|CHG[10752]|||1|||||||||G5702||||{95907}|TC',
    'FT1|3|||20260320||CG|CHG[10756]|||12|||||||||G5702||||{95940}|',
    'ZSX|SURGEON_CPT|{64712}|LT',
  ].join('\n'),
});

// ── 26. Case API response, JSON as shown in the developer console (text) ──
const json = lines({
  id: 's200-json',
  kind: 's200-case-api-json-response-text',
  before: 'GET /api/v2/cases/30713 200 OK',
  text: [
    '{',
    '  "caseId": [30713],',
    '  "facility": { "name": "Bellhaven Surgical Hospital", "zip": "[68114]" },',
    '  "patient": { "last": "Ostrander", "zip": "[51503]" },',
    '  "surgeonCpt": ["{64714}", "{64708}"],',
    '  "modalities": ["SSEP_LE", "EMG_FREE", "EMG_TRIG"],',
    '  "billing": { "technical": ["{95926}-TC"], "professional": ["{95926}-26", "G0453"], "payerId": "[41179]" },',
    '  "status": "DENIED_PAYER", "denialRef": "CA2026-[20174]-0031"',
    '}',
  ].join('\n'),
});

// ── 27. Billing export CSV (text) ──
const csv = lines({
  id: 's200-csv',
  kind: 's200-billing-export-csv-text',
  before: 'prn_charges_2026-03.csv',
  text: [
    'case_id,dos,patient_zip,surgeon_cpt,ionm_cpt,mod,units,payer_id,status',
    '[30691],2026-03-17,[68134],{64712},{95926},26,1,[41179],PAID',
    '[30691],2026-03-17,[68134],{64712},{95940},,12,[41179],PARTIAL',
    '[30713],2026-03-19,[51503],{64714},{95926},26,1,[88102],DENIED',
    '[30729],2026-03-20,[68108],{64712},{95907},26,1,[41179],DENIED',
    '[30741],2026-03-24,[68022],{64714},{95926},TC,1,[47064],OPEN',
    '[30741],2026-03-24,[68022],{64714},{95940},,10,[47064],OPEN',
  ].join('\n'),
});

// ── 28. IONM report XML export (text) ──
const xml = lines({
  id: 's200-xml',
  kind: 's200-ionm-report-xml-export-text',
  before: 'IR-41703.xml',
  text: [
    '<ionmReport id="IR-[41703]" caseId="[30721]" dos="2026-03-20">',
    '  <surgery cpt="{61458}" side="R" desc="Microvascular decompression, facial nerve"/>',
    '  <history>Hemifacial spasm since 2019; chemodenervation {64612} every 12 weeks, last 01/06/2026.</history>',
    '  <modality code="{92653}" name="BAER" mod="26"/><modality code="{95867}" name="Cranial nerve EMG (LSR)" mod="26"/>',
    '  <modality code="{95938}" name="SSEP UE+LE" mod="26"/>',
    '  <finding>Lateral spread response abolished after decompression. BAER wave V latency +0.4 ms, stable.</finding>',
    '  <reader npi="1669302814" zip="[68137]"/>',
    '</ionmReport>',
  ].join('\n'),
});

// ── 29. Vendor technical-services invoice to the hospital (grid) ──
const invoice = table({
  id: 's200-invoice',
  kind: 's200-vendor-technical-invoice-to-hospital-grid',
  caption: 'INVOICE PRN-INV-2026-03-118 · Bill to: Bellhaven Surgical Hospital, Accounts Payable · Net 30',
  headers: ['Case', 'DOS', 'Surgeon CPT', 'Technical service', 'Hours', 'Rate', 'Amount'],
  rows: [
    ['[30691]', '03/17/26', '{64712}', 'IONM technologist, in-room', '3.5', '$285.00', '$997.50'],
    ['[30713]', '03/19/26', '{64714}', 'IONM technologist, in-room', '3.0', '$285.00', '$855.00'],
    ['[30729]', '03/20/26', '{64712}', 'IONM technologist, in-room', '3.25', '$285.00', '$926.25'],
  ],
});

// ── 30. Hospital–vendor services agreement, fee exhibit (grid) ──
const exhibit = table({
  id: 's200-exhibit',
  kind: 's200-hospital-vendor-services-fee-exhibit-grid',
  caption:
    'Exhibit B — Fees, Neuromonitoring Services Agreement, Bellhaven Surgical Hospital and PRN (eff. 07/01/2025)',
  headers: ['Service', 'CPT', 'Billing party', 'Rate / basis'],
  rows: [
    ['Technologist, in-room, per hour', '—', 'PRN invoices hospital', '$285.00'],
    ['SSEP, lower limbs', '{95926}', 'Hospital (TC) / PRN PC (26)', 'per MPFS'],
    ['NCS, 3-4 studies', '{95908}', 'Hospital (TC) / PRN PC (26)', 'per MPFS'],
    ['IONM professional, per 15 min', '{95940}', 'PRN PC only', 'PRN bills payer directly'],
    ['Agreement no.', '[20848]', '', 'Vendor no. [41380]'],
  ],
});

// ── 31. Vendor knowledge base search results (text nodes) ──
const kb = lines({
  id: 's200-kb',
  kind: 's200-vendor-knowledge-base-search-results-text',
  before: 'PRN Billing Wiki',
  text: [
    'Search: {64712} ionm — 4 results',
    'Billing IONM with sciatic neuroplasty ({64712}) — Prairie Crest wants NAP documentation … updated 04/10/2026',
    'Remote vs in-room: {95940} or G0453? Payer table by plan … KB-[10520]',
    'Denial playbook: CARC 50 on {95940} after {64712}/{64714} — appeal template AP-T3 …',
    'Sciatic block {64445} before closure flattens EMG — anesthesia talking points …',
    'Do not accept IONM requests for {64632} / {64612} (office procedures) — scheduling policy SP-[10781]',
  ].join('\n'),
});

// ── 32. Surgeon portal, my monitored cases (cards) ──
const portalCases = lines({
  id: 's200-surgportal',
  kind: 's200-surgeon-portal-monitored-cases-cards-text',
  before: 'Heartland Nerve Surgery · Surgeon portal · Dr. Albrecht · My monitored cases',
  text: [
    'Mar 17 · Riegert · {64712} RT · Bellhaven · Report ready (IR-[41616])',
    'Mar 19 · Ostrander · {64714} LT · Bellhaven · Report ready (IR-[41640])',
    'Mar 20 · Duarte · {64712} LT · Bellhaven · Report ready · Payer denial, PRN appealing',
    'Mar 23 · Kessel · {64708} RT · Bellhaven · Scheduled (case [30733])',
    'Apr 06 · Holm · {64712} LT · Bellhaven · Request received (CR-[41642])',
    'Apr 09 · Pierce · {64714} RT · Bellhaven · Request received (CR-[41651])',
    'Apr 02 · Vance · {64713} LT · Elkhorn Valley · Pending request CR-[41612]',
  ].join('\n'),
});

// ── 33. Patient notice letter about a separate bill (text layer) ──
const patientNotice = lines({
  id: 's200-ptnotice',
  kind: 's200-patient-separate-bill-notice-letter-text',
  before: 'Platte River Neuromonitoring · Dear Ruth Ostrander,',
  text: [
    'During your surgery on March 19, 2026 at Bellhaven Surgical Hospital your nerves were monitored by our team.',
    "You may receive a separate bill from us. Your surgeon's procedure (code {64714}) is billed by your surgeon.",
    'Our services: nerve monitoring during surgery (G0453, 10 units) and nerve pathway testing ({95926}).',
    'Your plan denied our claim and we have asked it to reconsider. You owe nothing now. Account no. [88431]',
    'Questions? Patient Billing 402-555-0166, Mon-Fri 8-5. Mail: PO Box [30397], Omaha, NE [68103]',
  ].join('\n'),
});

// ── 34. Member explanation of benefits (text layer) ──
const eob = lines({
  id: 's200-eob',
  kind: 's200-member-eob-ionm-text',
  before: 'Explanation of Benefits · Prairie Crest Health Plan · THIS IS NOT A BILL',
  text: [
    'Claim PCH26032500917 · Provider: Platte River Neurophysiology Associates · Service date 03/20/2026',
    'Service                              Code     Billed      Plan paid   You owe',
    'Nerve monitoring during surgery      {95940}  $1,560.00   $0.00       $0.00',
    'Nerve conduction test                {95907}  $150.00     $0.00       $0.00',
    'Remark N1: not medically necessary. A network provider may not bill you. Group [52612]',
    'Prairie Crest Health Plan, PO Box [30147], Lincoln, NE [68501]',
  ].join('\n'),
});

// ── 35. Coder query e-mail thread (text) ──
const query = lines({
  id: 's200-query',
  kind: 's200-coder-physician-query-email-thread-text',
  before: 'From: Tanya Whitford, CPC <twhitford@platteriverneuro.com>  To: Dr. Venkataraman',
  text: [
    'Subject: RE: Case [30729] (Duarte) — NCS code',
    'Dr. V — the report says NAP recorded across the lesion, 2 nerves. That supports {95907}, not {95908}. Agree?',
    'Also the op note lists {64712}-LT plus {64727} microscope; the payer denied citing only {64712}. Add it to the appeal?',
    '> On 4/10/2026 Dr. Venkataraman wrote: Agree, {95907}. Yes, mention {64727}; it shows a complex dissection.',
    '> Claim in our system: PRN-CLM-[70534]',
  ].join('\n'),
});

// ── 36. A/R aging by payer (grid) ──
const aging = table({
  id: 's200-aging',
  kind: 's200-ionm-ar-aging-by-payer-grid',
  caption: 'A/R Aging by Payer — Platte River Neurophysiology Associates PC — as of 04/30/2026',
  headers: ['Payer', 'Payer ID', 'Open claims', '0-30', '31-60', '61-90', '>90', 'Top denied code'],
  rows: [
    ['Prairie Crest PPO', '[41179]', '14', '$8,210', '$3,455', '$1,120', '$0', '{95940}'],
    ['Cornhusker Advantage PPO', '[88102]', '6', '$2,940', '$1,760', '$0', '$0', 'G0453'],
    ['Medicare Part B (J5 Nebraska)', '[05402]', '22', '$9,884', '$1,306', '$212', '$0', '{95907}'],
  ],
});

// ── 37. Technologist roster and credentials (grid) ──
const roster = table({
  id: 's200-roster',
  kind: 's200-technologist-roster-credentials-grid',
  caption: 'PRN Technologist roster — credentials and March caseload',
  headers: ['Tech', 'Credential', 'Cert no.', 'Exp.', 'Home base ZIP', 'Cases (Mar)'],
  rows: [
    ['Hollis, Kara', 'CNIM', '[20620]', '06/2027', '[68144]', '14'],
    ['Amsel, Derek', 'CNIM, R. EEG T.', '[20628]', '11/2026', '[68022]', '11'],
    ['Oyelaran, Tobi', 'R.NCS.T. (CNIM eligible)', '[21934]', '—', '[64445]', '6'],
  ],
});

// ── 38. Equipment asset log (grid) ──
const assets = table({
  id: 's200-assets',
  kind: 's200-ionm-equipment-asset-log-grid',
  caption: 'Equipment — amplifiers and stimulators — asset register',
  headers: ['Asset tag', 'Model', 'Serial', 'Last PM', 'Location', 'Assigned case'],
  rows: [
    ['[64712]', 'Cascade Elite 32-ch', 'CP-[70412]', '02/11/2026', 'Van 2', '[30691]'],
    ['[64713]', 'Cascade Elite 32-ch', 'CP-[70413]', '02/11/2026', 'Van 2', '[30713]'],
    ['[64714]', 'Endeavor CR 16-ch', 'EN-[81066]', '01/28/2026', 'Bellhaven storage', '[30729]'],
  ],
});

// ── 39. Billing-system support ticket (text) ──
const ticket = lines({
  id: 's200-ticket',
  kind: 's200-billing-system-support-ticket-text',
  before: 'BillPro Support Portal',
  text: [
    'Ticket #[10865] · Priority P2 · Opened by T. Whitford · Product: BillPro PM',
    'Summary: claim scrubber strips modifier 26 from {95926} when surgeon CPT {64714} is entered in Box 19',
    'Steps: create charge {95926}-26; add Box 19 note "SURG CPT {64714} 03/19/26"; run scrubber.',
    'Actual: edit E[30092] fires ("TC/26 conflict") and the line goes out global.',
  ].join('\n'),
});

// ── 40. Monthly operations KPI dashboard (text nodes) ──
const kpi = lines({
  id: 's200-kpi',
  kind: 's200-ionm-operations-kpi-dashboard-text',
  before: 'PRN Ops · March 2026 · Monitored cases 61 (+8%) · Remote reader ratio 2.4 : 1',
  text: [
    'By surgical CPT: {64712} ×9 · {64714} ×4 · {64713} ×3 · {64708} ×5 · {61458} ×6',
    'Declined requests: 7 (top: {64632} ×3, {64721} ×2, {64612} ×2); none for {64445} (anesthesia books its own)',
    'Avg monitored minutes: {64712} 176 · {64714} 151 · {64713} 204',
    'Denial rate by code: {95940} 18% · G0453 9% · {95907} 6% · {95926} 4%',
  ].join('\n'),
});

// ── 41. Peer-to-peer call note (text) ──
const p2p = lines({
  id: 's200-p2p',
  kind: 's200-peer-to-peer-call-note-text',
  before: 'P2P request · Prairie Crest · Claim PCH26032500917 · Scheduled 04/16/2026 15:30 CT',
  text: [
    'Conference line 800-555-0199, access code [64632]#',
    'Reviewer (PM&R) agreed the NAP guided the decision; will overturn {95907}-26.',
    'Reviewer upholds {95940}: one-on-one in-room attendance required; our reader was remote and concurrent with a {63047} case.',
    'Outcome ref P2P-[41824]. Next: rebill per payer instruction, then Level 2 if needed.',
  ].join('\n'),
});

// ── 42. Payer-side denial worklist with cut-off cells (grid) ──
const worklist = table({
  id: 's200-worklist',
  kind: 's200-denial-followup-worklist-grid',
  caption: 'BillPro › Denials › My worklist (T. Whitford)',
  headers: ['Claim', 'Patient', 'DOS', 'Line', 'Denial', 'Assigned', 'Follow-up'],
  rows: [
    ['PCH26032500917', 'Duarte, M', '03/20/26', '{95940} x12 (surg {64712}-LT…', 'CARC 50', 'T. Whitford', '04/30'],
    ['CA2026-[20174]-0031', 'Ostrander, R', '03/19/26', 'G0453 x10 / {95926}-2…', 'CARC 50', 'T. Whitford', '05/05'],
    ['5226079412306', 'Lindqvist, P', '03/17/26', '{95938}-26', 'CO-16 M51', 'J. Ambrose', '04/22'],
    ['PCH26031900441', 'Riegert, D', '03/17/26', '{95940} units 12→8', 'CO-151', 'T. Whitford', 'closed'],
  ],
});

// ── 43. Patient statement (text layer) ──
const statement = lines({
  id: 's200-statement',
  kind: 's200-patient-statement-text',
  before: 'PLATTE RIVER NEUROMONITORING · Patient statement · Statement date 06/02/2026',
  text: [
    'Guarantor: Ruth Ostrander   Account [64445]   Pay online with code [20225]',
    '03/19/26  Nerve pathway testing, SSEP ({95926}-TC)   $640.00   Insurance: appeal in progress',
    '03/19/26  Remote nerve monitoring G0453 x 10           $1,300.00   Insurance: appeal in progress',
    'Balance due from you: $0.00. Remit to: PO Box [30397], Omaha, NE [68103]',
  ].join('\n'),
});

export const sealed200: readonly Snippet[] = [
  ...caseRequest,
  ...requestPdf,
  ...faxCover,
  ...schedule,
  ...weeklyEmail,
  ...dashboard,
  ...matrix,
  ...techLog,
  ...checklist,
  ...chat,
  ...console_,
  ...report,
  ...report2,
  ...addendum,
  ...chargeTicket,
  ...split,
  ...x837,
  ...cms1500,
  ...x835,
  ...portalRemit,
  ...denialLetter,
  ...maDenial,
  ...appeal,
  ...policy,
  ...authLookup,
  ...siu,
  ...dft,
  ...json,
  ...csv,
  ...xml,
  ...invoice,
  ...exhibit,
  ...kb,
  ...portalCases,
  ...patientNotice,
  ...eob,
  ...query,
  ...aging,
  ...roster,
  ...assets,
  ...ticket,
  ...kpi,
  ...p2p,
  ...worklist,
  ...statement,
];
