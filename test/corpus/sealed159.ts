import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 159 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s159-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (nerve blocks and catheters, ultrasound and fluoroscopic guidance, other neurolysis and
 * neuroplasty codes, Morton neuroma excision, tendon sheath injection, nerve conduction studies, E/M visits). The
 * decoys: pre-numbered paper charge ticket serials (the pain center's pads run 644xx, so tickets 64445, 64446 and
 * 64451 sit next to the codes they carry), downtime order pad numbers, form and reorder numbers, ZIPs of the
 * clinics, the revenue cycle office and a lockbox, department ids, CDM charge numbers, OR case numbers, scan batch
 * and retention box numbers, interface ports, queue depths and message counts, HL7 message control ids, payer ids in
 * X12 and on a timely-filing tracker, an NDC labeler segment, FHIR identifiers, vendor case, change and bridge ids,
 * cost centers, report ids, and a dollar total printed without a thousands comma in a CSV export. About a third of the
 * decoys are numbers of the synthetic 10,000-code set (KNOWN_10K). The five known codes' digits come back as decoys:
 * ticket serial 64445, a downtime order number, a forms reorder number, a retention box number, an HL7 message control
 * id, a vendor case number, a change request, a FHIR ticket identifier, a lockbox PO box and a chat thread id.
 *
 * Family: EHR downtime and recovery at a (fictional) health system, North Prairie Health in Minneapolis, around its
 * peripheral-nerve procedures (pain center nerve blocks, podiatry neurolysis, neurology facial chemodenervation,
 * ASC neuroplasty, inpatient and ED regional anesthesia). A storage failure took the EHR down from Saturday
 * 10/17/2026 23:40 to Monday 10/19/2026 14:05, and the charge interface to billing stayed down until Tuesday 06:30.
 * Pages: the downtime procedure binder (cover and contents, policy excerpt, blank pain and podiatry charge tickets,
 * the downtime procedure order form), scanned paper charge tickets as OCR text (pain, podiatry, neurology, ASC) and
 * the scan batch cover sheet and indexing screen, the printed downtime schedule, the back-entry charge queue (grid,
 * charge entry screen, CSV export), the CDM lookup, the charge reconciliation report (summary, by-ticket grid,
 * duplicate candidates, correction log), the interface engine's backlog replay log, queue dashboard, error queue, an
 * HL7 DFT^P03 message and a FHIR ChargeItem view, the incident timeline, the ITSM incident record, the post-incident
 * review, the missing-charges audit (worklist, SQL, findings memo), the late-charge 837P and timely-filing tracker,
 * the revenue integrity dashboard and late-charge report, a coder query, on-call pager alerts, and emails and a
 * Teams chat between HIM, revenue integrity and IT.
 * Built on real public layouts: paper superbill / encounter form layouts (checkbox CPT lists by section with fee and
 * modifier blanks), hospital EHR downtime policies and BCA downtime report printouts, HL7 v2.5 DFT^P03 with FT1-25
 * procedure codes, X12 837P (CLM, SV1*HC, DTP*472, NM1*PR with payer id), FHIR R4 ChargeItem JSON, interface engine
 * log lines (timestamp, level, channel), ServiceNow incident forms, and Epic-style charge review work queues and
 * charge entry screens as described in public training material. The others are written the way those pages read,
 * with no single source.
 *
 * 380 labelled tokens over 41 shapes: 193 codes, 187 decoys, 63 of the decoys in KNOWN_10K.
 */

// ── 1. Downtime binder cover and contents, text layer (decoy heavy) ──
const binderCover = lines({
  id: 's159-bindercover',
  kind: 's159-downtime-binder-cover-contents-text',
  before: 'NORTH PRAIRIE HEALTH — EHR DOWNTIME PROCEDURES — REVENUE CYCLE / CHARGE CAPTURE',
  text: [
    'Binder copy 17 of 40 · Policy RC-214 rev. 6 (03/2026) · Owner: Revenue Integrity, 2800 Chicago Ave, Minneapolis MN [55406]',
    'Kept at: Pain Center front desk, 7250 France Ave S, Edina MN [55435] · Check the kit seal no. [20143] monthly',
    'Tab 1  Who to call: IT Service Desk 612-555-0100 · Downtime bridge 612-555-0188, passcode [80078]#',
    'Tab 4  Paper charge tickets: NPH-[20138] Pain Center · NPH-[20139] Foot & Ankle · NPH-[20141] Neuro/Botox',
    'Tab 5  Downtime orders: NPH-[20156] Procedure / regional anesthesia · NPH-[20157] Lab and imaging',
    'Tab 6  Reorder forms from Print Services (reorder no. [64612], 50 sheets/pad, 2-part NCR)',
    'Tab 8  Recovery: tickets to HIM Scanning within 24 h; back-entry of charges within 72 h of recovery',
  ].join('\n'),
});

// ── 2. Policy excerpt, text layer ──
const policy = lines({
  id: 's159-policy',
  kind: 's159-downtime-charge-capture-policy-excerpt-text',
  before: 'POLICY RC-214 — Charge capture during and after EHR downtime — Section 5 Procedure',
  text: [
    '5.1 Every procedure done during downtime is recorded on the paper charge ticket with the CPT code checked',
    '    (e.g. {64445} sciatic nerve block) and laterality; write in any code not preprinted, e.g. {64455}.',
    '5.2 Image guidance is a separate line: ultrasound {76942} or fluoroscopy {77002}; never bundle it by hand.',
    '5.3 ASC cases: the circulator writes the neuroplasty code ({64712}, {64714}, {64718}, {64721}) on the case sheet.',
    '5.4 Chemodenervation ({64612}) tickets list the drug, units and waste (JW) so pharmacy can reconcile.',
    '5.6 After recovery HIM scans tickets to batch type CHGTKT; Revenue Integrity reconciles tickets to the',
    '    back-entry queue before charges drop. Questions: RI mailbox, or HIM ext. 6-[10181] (voicemail box).',
  ].join('\n'),
});

// ── 3. Blank pain center charge ticket, preprinted text layer ──
const painTicketBlank = lines({
  id: 's159-painblank',
  kind: 's159-pain-center-paper-charge-ticket-blank-text',
  before: 'NPH PAIN CENTER — DOWNTIME CHARGE TICKET — form NPH-20138 rev 03/2026',
  text: [
    'Ticket No. [64401]   (pads are pre-numbered; void, do not discard)',
    'Patient label ____________  MRN ________  DOS ___/___/____  Provider ____________  POS 22',
    'NERVE BLOCK, SINGLE   [ ] {64445} Sciatic   [ ] {64447} Femoral   [ ] {64450} Other peripheral',
    'CONTINUOUS CATHETER   [ ] {64446} Sciatic   [ ] {64448} Femoral',
    'GUIDANCE              [ ] {76942} Ultrasound   [ ] {77002} Fluoroscopy',
    'NEUROLYSIS            [ ] {64640} Other peripheral nerve   [ ] {64632} Plantar digital (refer F&A)',
    'OFFICE VISIT          [ ] {99203}  [ ] {99213}  [ ] {99214}   Modifiers: RT LT 50 59 25   Units ___',
  ].join('\n'),
});

// ── 4. Foot & ankle preprinted ticket, table ──
const faTicketGrid = table({
  id: 's159-fagrid',
  kind: 's159-foot-ankle-paper-ticket-preprinted-grid',
  caption: 'NPH FOOT & ANKLE — DOWNTIME CHARGE TICKET (NPH-20139) — check one line per procedure',
  headers: ['✓', 'CPT', 'Description', 'Fee', 'Units', 'Mod'],
  rows: [
    ['[ ]', '{64632}', 'Destruction, neurolytic, plantar common digital nerve', '$286.00', '', 'RT / LT'],
    ['[ ]', '{64455}', 'Injection, plantar common digital nerve(s)', '$148.00', '', 'RT / LT'],
    ['[ ]', '{28080}', 'Excision, interdigital (Morton) neuroma, single', '$1,240.00', '', 'RT / LT'],
    ['[ ]', '{20550}', 'Injection, tendon sheath, ligament, aponeurosis', '$132.00', '', ''],
    ['[ ]', '{99203}', 'New patient visit, low MDM', '$210.00', '', '25'],
    ['[ ]', '{99213}', 'Established visit, low MDM', '$165.00', '', '25'],
    ['Ticket No. FA [30701]', 'Clinic: 3601 Park Center Blvd, St. Louis Park MN [55416]', '', '', '', ''],
  ],
});

// ── 5. Downtime procedure order form, filled, text layer ──
const dtOrder = lines({
  id: 's159-dtorder',
  kind: 's159-downtime-procedure-order-form-filled-text',
  before: 'DOWNTIME ORDER — PROCEDURE / REGIONAL ANESTHESIA — NPH-20156',
  text: [
    'Downtime order no. DT-[64632]   Date/time 10/18/2026 07:50   Unit 5 West, room 5412',
    'Patient: SORENSEN, ELLEN   MRN 4408175   Allergies: NKDA   Wt 71 kg',
    'Order: [X] Peripheral nerve block, single injection, sciatic (popliteal)   CPT if known: {64445}',
    '       [ ] Continuous catheter {64446}   [X] Ultrasound guidance {76942}   [ ] Femoral {64447}',
    'Laterality: [X] Right  [ ] Left   Indication: R bimalleolar ankle fx, ORIF today, postop analgesia',
    'Ordering: J. Whitfield MD (ortho)  Performing: A. Rahman MD (anesthesia)  Anesthesia case [80031]',
    'Enter in EHR on recovery as "Regional block procedure"; scanned copy to HIM, batch type DTORD',
  ].join('\n'),
});

// ── 6. Scanned pain center ticket, OCR text ──
const ocrPain = lines({
  id: 's159-ocrpain',
  kind: 's159-scanned-pain-ticket-ocr-text',
  before: 'Document viewer — CHGTKT — Batch 55463 — page 3 of 41 — OCR text',
  text: [
    'NPH PAlN CENTER — DOWNTIME CHARGE TlCKET   Ticket No. [64445]',
    'Pt HALVORSEN, INGRID  MRN 4471208  DOB 03/14/1957  DOS 10/19/2026  Prov R. Castellanos MD',
    'NERVE BLOCK, SINGLE   [X] {64445} Sciatic  RT   [ ] {64447} Femoral   [ ] {64450} Other peripheral',
    'GUIDANCE   [X] {76942} Ultrasound   [ ] {77002} Fluoroscopy      Units 1     Dx M54.41, G57.01',
    "handwritten: 'also {64448}?' — crossed out, initialled RC",
    'lns: Medica Choice Passport   member ID 81240075301   auth not req.   Scanned 10/20/2026 09:14',
  ].join('\n'),
});

// ── 7. Scanned foot & ankle ticket, OCR text ──
const ocrFoot = lines({
  id: 's159-ocrfoot',
  kind: 's159-scanned-foot-ankle-ticket-ocr-text',
  before: 'Document viewer — CHGTKT — Batch 55463 — page 17 of 41 — OCR text',
  text: [
    'NPH FOOT & ANKLE   DOWNTIME CHARGE TICKET   Ticket No. FA [30711]',
    'VANG, MAI   MRN 3890614   DOS 10/19/26   Dr. P. Lindgren DPM   St. Louis Park MN [55416]',
    '[X] 6463Z Destruction, neurolytic, plantar common digital nerve   LT   3rd interspace   $286.00',
    '    (written beside it in ink: {64632} LT x1)',
    '[ ] {64455} Injection, plantar common digital   [ ] {28080} Excision neuroma',
    '[X] {99213} Established visit   mod 25   $165.00       Total $451.00',
  ].join('\n'),
});

// ── 8. Scanned neurology chemodenervation ticket, OCR text ──
const ocrNeuro = lines({
  id: 's159-ocrneuro',
  kind: 's159-scanned-neuro-botox-ticket-ocr-text',
  before: 'Document viewer — CHGTKT — Batch 55466 — page 6 of 22 — OCR text',
  text: [
    'NPH NEUROLOGY — BOTULINUM TOXIN DOWNTIME TICKET   Ticket No. NB [70114]',
    'LUNDQUIST, PAUL  MRN 6023155  DOS 10/19/2026  Dx G51.3 hemifacial spasm  Prov S. Adeyemi MD',
    'Procedure: {64612} Chemodenervation, facial nerve, unilateral   side: R   $540.00',
    'Drug: J0585 onabotulinumtoxinA   NDC [00023]-1145-01   lot C7102C3   units given 50   JW 0',
    'EMG guidance {95874}: [ ] yes [X] no      Next visit 90 days; repeat {64612} RT',
    'Clinic: 2545 Chicago Ave, Ste 300, Minneapolis MN [55404]',
  ].join('\n'),
});

// ── 9. Scanned ASC case charge sheet, OCR text ──
const ocrAsc = lines({
  id: 's159-ocrasc',
  kind: 's159-scanned-asc-case-charge-sheet-ocr-text',
  before: 'Document viewer — CHGTKT — Batch 55470 — page 2 of 9 — OCR text',
  text: [
    'RIVERSIDE SURGERY CENTER — DOWNTIME CASE CHARGE SHEET   Case [80051]   OR 3',
    'BRANDT, KURT  MRN 7734021  DOS 10/19/2026  Surgeon M. Okafor MD  Anes: general',
    'Procedure(s) performed: Neuroplasty, lumbar plexus, LT        CPT {64714}   $4,120.00',
    'In 08:02  Incision 08:31  Close 10:14  Out 10:26   OR time 144 min (level 3)',
    'Supplies: nerve wrap kit item [27110] x1   microsuture item [27431] x2   (charged by supply scan)',
    'Anesthesia: {01250} upper leg nerves/muscles   Circulator: T. Haugen RN   Page 1 of 1',
  ].join('\n'),
});

// ── 10. Scan batch cover sheet, text layer (decoy heavy) ──
const batchCover = lines({
  id: 's159-batchcover',
  kind: 's159-him-scan-batch-cover-sheet-text',
  before: 'HIM DOCUMENT IMAGING — BATCH COVER SHEET — place on top of stack',
  text: [
    'Batch [55463]   Type CHGTKT (downtime charge tickets)   Dept Pain Center / Foot & Ankle',
    'Pages 41   Tickets 38   Voids 3   Prepared by L. Marsh 10/20/2026 08:40   Scanner HIM-SC-04',
    'Ticket range: pain [64431]–[64470], foot & ankle FA [30701]–FA [30719]',
    'After QA: originals to retention box [64714], Iron Mountain acct [40086], destroy after 10 years',
  ].join('\n'),
});

// ── 11. Scan indexing screen, table ──
const indexing = table({
  id: 's159-indexing',
  kind: 's159-him-scan-indexing-queue-grid',
  caption: 'Indexing queue — Batch 55463 — Doc type CHGTKT — unindexed 3',
  headers: ['Page', 'Ticket', 'MRN', 'Encounter', 'DOS', 'Doc type', 'Indexed by'],
  rows: [
    ['3', '[64445]', '4471208', '3310049281', '10/19/2026', 'CHGTKT', 'lmarsh'],
    ['4', '[64446]', '5102377', '3310049307', '10/19/2026', 'CHGTKT', 'lmarsh'],
    ['9', '[64451]', '6630419', '3310049355', '10/19/2026', 'CHGTKT', 'lmarsh'],
    ['10', '[64452]', '3305581', '3310049362', '10/19/2026', 'CHGTKT', 'jtorres'],
    ['17', 'FA [30711]', '3890614', '3310049410', '10/19/2026', 'CHGTKT', 'jtorres'],
    ['18', 'FA [30713]', '5527306', '3310049428', '10/19/2026', 'CHGTKT', '(unindexed)'],
  ],
});

// ── 12. Printed downtime schedule (BCA report), table ──
const bcaSchedule = table({
  id: 's159-bca',
  kind: 's159-downtime-bca-schedule-printout-grid',
  caption: 'BCA DOWNTIME REPORT — Appointments 10/19/2026 — NPH PAIN CENTER EDINA (dept 10401) — printed 10/18 23:30',
  headers: ['Time', 'Patient', 'MRN', 'Visit type', 'Ordered procedure', 'Provider'],
  rows: [
    [
      '07:30',
      'HALVORSEN, INGRID',
      '4471208',
      'PROC 30',
      'US GUIDED SCIATIC NERVE BLOCK RT ({64445}, {76942})',
      'CASTELLANOS',
    ],
    ['08:00', 'OKONKWO, DAVID', '5102377', 'PROC 30', 'FEMORAL NERVE BLOCK LT ({64447})', 'CASTELLANOS'],
    ['09:00', 'BERGSTROM, ALICE', '6630419', 'PROC 30', 'SUPERFICIAL PERONEAL NERVE BLOCK ({64450})', 'PATEL'],
    ['09:30', 'FARAH, YUSUF', '3305581', 'PROC 30', 'SCIATIC NERVE BLOCK LT ({64445})', 'PATEL'],
    ['10:30', 'KOWALSKI, JEAN', '8810542', 'NEW 60', 'NEW PT EVAL ({99204})', 'CASTELLANOS'],
  ],
});

// ── 13. Back-entry charge queue, table ──
const backQueue = table({
  id: 's159-backqueue',
  kind: 's159-back-entry-charge-work-queue-grid',
  caption: 'Charge Review WQ 4471 — DOWNTIME BACK-ENTRY 10/2026 — 38 items, 6 shown',
  headers: ['Ticket', 'MRN', 'Patient', 'DOS', 'Dept', 'CPT', 'Mod', 'Qty', 'Status'],
  rows: [
    ['[64445]', '4471208', 'HALVORSEN, INGRID', '10/19/2026', '[10401]', '{64445}', 'RT', '1', 'Entered'],
    ['[64446]', '5102377', 'OKONKWO, DAVID', '10/19/2026', '[10401]', '{64447}', 'LT', '1', 'Entered'],
    ['[64452]', '3305581', 'FARAH, YUSUF', '10/19/2026', '[10401]', '{64445}', 'LT', '1', 'Entered — see dup'],
    ['FA [30713]', '5527306', 'NGUYEN, THOMAS', '10/19/2026', '[10412]', '{64632}', 'RT', '1', 'Entered'],
    ['NB [70116]', '2984410', 'MOE, KAREN', '10/19/2026', '[10433]', '{64612}', '50', '1', 'Entered'],
    ['ASC [80051]', '7734021', 'BRANDT, KURT', '10/19/2026', '[10450]', '{64712}', 'LT', '1', 'Entered'],
  ],
});

// ── 14. Charge entry screen, text layer ──
const chargeEntry = lines({
  id: 's159-chgentry',
  kind: 's159-back-entry-charge-entry-screen-text',
  before: 'Charge Entry — Professional — Late charge (downtime) — batch DT1020',
  text: [
    'Patient: HALVORSEN, INGRID   MRN 4471208   Encounter 3310049281   Dept: [10401] NPH PAIN EDINA',
    'Service date: 10/19/2026   Post date: 10/20/2026   Source ticket: [64445]   Late charge reason: DOWNTIME',
    'Line 1  Procedure: {64445}  INJ AA&/STRD SCIATIC NRV   Mod: RT   Qty: 1   Dx: G57.01   Amount: $412.00',
    'Line 2  Procedure: {76942}  US GUIDE NEEDLE PLACEMENT   Mod:      Qty: 1   Dx: G57.01   Amount: $210.00',
    'Billing prov: CASTELLANOS, RAFAEL MD   NPI 1841296047   POS 22   Payer: MEDICA [94265]',
    'Warning: a charge for {64445} on this date may already exist (interface hold). Continue? Y',
  ].join('\n'),
});

// ── 15. Back-entry queue CSV export, text layer ──
const queueCsv = lines({
  id: 's159-queuecsv',
  kind: 's159-back-entry-queue-csv-export-text',
  before: 'wq4471_downtime_backentry_20261022.csv',
  text: [
    'ticket_no,mrn,dos,dept_id,cpt,mod,units,charge_amt,entered_by,status',
    '[64445],4471208,2026-10-19,[10401],{64445},RT,1,412.00,jtorres,ENTERED',
    '[64445],4471208,2026-10-19,[10401],{76942},,1,210.00,jtorres,ENTERED',
    '[64451],6630419,2026-10-19,[10401],{64450},RT,1,265.00,jtorres,NOT ENTERED',
    'FA[30711],3890614,2026-10-19,[10412],{64632},LT,1,286.00,kbui,ENTERED',
    'NB[70114],6023155,2026-10-19,[10433],{64612},RT,1,540.00,kbui,ENTERED',
    'ASC[80049],2217940,2026-10-19,[10450],{64712},RT,1,3860.00,kbui,ENTERED',
    'TOTAL,,,,,,214,[61428].00,,',
  ].join('\n'),
});

// ── 16. CDM lookup, table ──
const cdm = table({
  id: 's159-cdm',
  kind: 's159-cdm-charge-lookup-grid',
  caption: 'CDM lookup — search "nerve" — facility NPH-MPLS — effective 07/01/2026',
  headers: ['CDM #', 'Description', 'CPT/HCPCS', 'Rev', 'Price', 'Cost center'],
  rows: [
    ['[36104]', 'INJ ANES SCIATIC NERVE SINGLE', '{64445}', '0360', '$412.00', '[60118]'],
    ['[36105]', 'INJ ANES FEMORAL NERVE SINGLE', '{64447}', '0360', '$398.00', '[60118]'],
    ['[36118]', 'DESTR NEUROLYTIC PLANTAR DIG NRV', '{64632}', '0510', '$286.00', '[60122]'],
    ['[36140]', 'CHEMODENERV FACIAL NRV UNILAT', '{64612}', '0510', '$540.00', '[60130]'],
    ['[36211]', 'NEUROPLASTY SCIATIC NERVE', '{64712}', '0490', '$3,860.00', '[60154]'],
    ['[36212]', 'NEUROPLASTY LUMBAR PLEXUS', '{64714}', '0490', '$4,120.00', '[60154]'],
  ],
});

// ── 17. Reconciliation summary, text layer ──
const reconSummary = lines({
  id: 's159-reconsum',
  kind: 's159-charge-reconciliation-summary-text',
  before: 'DOWNTIME CHARGE RECONCILIATION — Paper tickets vs charges entered — run 10/23/2026 07:00 — report [70130]',
  text: [
    'Downtime window: 10/17/2026 23:40 to 10/19/2026 14:05 (EHR); charge interface held until 10/20/2026 06:30',
    'Paper charge lines: 214 ($61,428.00)   Entered: 207 ($59,716.00)   Net under-capture: $1,712.00',
    'Missing (5 lines, $1,578.00): {64447} ED, {76942}, {64450}, {99213}, {64612} LT',
    'Miskeyed (2): {64714} entered as {64712} (-$260.00); {64632} units 1 vs 2 (-$286.00)',
    'Duplicate (1): {64445} LT, ticket [64452], back-entered and also posted by interface replay (+$412.00)',
    'Departments: Pain [10401] · Foot & Ankle [10412] · Neurology [10433] · Riverside ASC [10450] · ED [10460]',
  ].join('\n'),
});

// ── 18. Reconciliation by ticket, table ──
const reconGrid = table({
  id: 's159-recongrid',
  kind: 's159-charge-reconciliation-paper-vs-entered-grid',
  caption: 'Detail — exceptions only',
  headers: ['Ticket', 'DOS', 'Paper CPT', 'Entered CPT', 'Paper units', 'Entered units', 'Variance', 'Result'],
  rows: [
    ['ASC [80051]', '10/19/2026', '{64714}-LT', '{64712}-LT', '1', '1', '-$260.00', 'MISKEY'],
    ['FA [30713]', '10/19/2026', '{64632}-RT', '{64632}-RT', '2', '1', '-$286.00', 'UNITS'],
    ['[64452]', '10/19/2026', '{64445}-LT', '{64445}-LT ×2', '1', '2', '+$412.00', 'DUPLICATE'],
    ['[64451]', '10/19/2026', '{64450}-RT', '—', '1', '0', '-$265.00', 'MISSING'],
    ['NB [70116]', '10/19/2026', '{64612}-50', '{64612}-50', '1', '1', '$0.00', 'OK (bilateral)'],
    ['DT-[64632]', '10/18/2026', '{64445}-RT, {76942}', '{64445}-RT, {76942}', '1', '1', '$0.00', 'OK'],
  ],
});

// ── 19. Duplicate candidates (back-entry vs replay), table ──
const dupes = table({
  id: 's159-dupes',
  kind: 's159-reconciliation-duplicate-candidates-grid',
  caption: 'Possible duplicates: same MRN + DOS + CPT from two sources',
  headers: ['Txn ID', 'Source', 'Match key (MRN|DOS|CPT)', 'Amount', 'Posted'],
  rows: [
    ['88104417', 'BACKENTRY/jtorres', '3305581|20261019|{64445}', '412.00', '10/20 10:41'],
    ['88104952', 'IFACE/REPLAY', '3305581|20261019|{64445}', '412.00', '10/20 07:18'],
    ['88104953', 'IFACE/REPLAY', '3305581|20261019|{76942}', '210.00', '10/20 07:18'],
    ['88105120', 'BACKENTRY/kbui', '2984410|20261019|{64612}', '1080.00', '10/21 09:02'],
  ],
});

// ── 20. Charge correction / credit-rebill log, table ──
const corrections = table({
  id: 's159-corr',
  kind: 's159-charge-correction-credit-rebill-log-grid',
  caption: 'Charge corrections — downtime recovery — approved by Revenue Integrity',
  headers: ['Corr #', 'Orig txn', 'Action', 'CPT', 'Amount', 'Reason', 'By'],
  rows: [
    ['[40091]', '88104417', 'Credit', '{64445}-LT', '-412.00', 'Duplicate of replay txn', 'mfoss'],
    ['[40092]', '88105044', 'Credit', '{64712}-LT', '-3860.00', 'Miskey, ticket ASC [80051]', 'mfoss'],
    ['[40093]', '88105044', 'Rebill', '{64714}-LT', '4120.00', 'Correct code per op sheet', 'mfoss'],
    ['[40094]', '88104620', 'Adjust units', '{64632}-RT', '+286.00', '2 interspaces', 'kbui'],
  ],
});

// ── 21. Interface engine backlog replay log, text layer ──
const replayLog = lines({
  id: 's159-replaylog',
  kind: 's159-interface-engine-backlog-replay-log-text',
  before: 'ie-prod-02:/var/log/engine/CH_CHG_OUT.log',
  text: [
    '2026-10-20 06:30:12.004 INFO  [CH_CHG_OUT] outbound connection up, billing host port [10062]',
    '2026-10-20 06:42:00.118 INFO  [CH_CHG_OUT] replay start: held=[18412] msgs, oldest 2026-10-19T14:09:33',
    '2026-10-20 07:18:41.551 INFO  [CH_CHG_OUT] msg 4410381 DFT^P03 MRN 3305581 FT1-25={64445} LT ACK AA',
    '2026-10-20 07:18:41.602 INFO  [CH_CHG_OUT] msg 4410382 DFT^P03 MRN 3305581 FT1-25={76942} ACK AA',
    '2026-10-20 07:19:02.330 WARN  [CH_CHG_OUT] msg 4410419 FT1-25={64714} CDM link missing for dept [10450] -> error queue',
    '2026-10-20 07:19:02.331 WARN  [CH_CHG_OUT] msg 4410420 FT1-25={64632} qty 0 rejected by billing -> error queue',
    '2026-10-20 09:15:47.870 INFO  [CH_CHG_OUT] replay done: sent [18398], errored 14, elapsed 02:33:47',
  ].join('\n'),
});

// ── 22. HL7 DFT^P03 message, text layer ──
const hl7 = lines({
  id: 's159-hl7',
  kind: 's159-hl7-dft-p03-replayed-message-text',
  before: 'Message viewer — CH_CHG_OUT — seq 4410419 — status ERROR',
  text: [
    'MSH|^~\\&|EHR|NPH|BILLING|NPH|20261019141933||DFT^P03|NPH[64714]|P|2.5.1',
    'EVN|P03|20261019141933',
    'PID|1||7734021^^^NPH^MR||BRANDT^KURT||19640902|M|||1180 Xerxes Ave N^^Minneapolis^MN^[55411]',
    'PV1|1|O|RSC^OR3^^NPH||||1457382910^OKAFOR^MICHAEL|||||||||||3310049533',
    'FT1|1|||20261019|20261019|CG|[36212]^NEUROPLASTY LUMBAR PLEXUS|||1|||[10450]|||||G57.02|||||{64714}^Neuroplasty lumbar plexus^C4|LT',
  ].join('\n'),
});

// ── 23. Interface queue dashboard, table (decoy heavy) ──
const queueDash = table({
  id: 's159-qdash',
  kind: 's159-interface-queue-depth-dashboard-grid',
  caption: 'Interface engine — outbound channels — 10/20/2026 06:35 snapshot',
  headers: ['Channel', 'Port', 'Held', 'Sent', 'Errored', 'State'],
  rows: [
    ['CH_CHG_OUT (charges to billing)', '[10062]', '[18412]', '0', '0', 'REPLAYING'],
    ['CH_ADT_OUT (ADT to billing)', '[10074]', '[21307]', '0', '0', 'QUEUED'],
    ['CH_ORM_LAB', '[10088]', '9,114', '9,114', '0', 'UP'],
    ['CH_MDM_HIM (documents)', '[10097]', '[12650]', '0', '3', 'QUEUED'],
  ],
});

// ── 24. Interface error queue, table ──
const errQueue = table({
  id: 's159-errq',
  kind: 's159-interface-error-queue-grid',
  caption: 'Error queue CH_CHG_OUT — 14 messages — assigned: Interface Team',
  headers: ['Seq', 'MRN', 'FT1-25 procedure', 'Error', 'Action'],
  rows: [
    ['4410419', '7734021', '{64714}', 'CDM link missing for dept [10450]', 'Fixed CDM [36212], resent'],
    ['4410420', '5527306', '{64632}', 'FT1-10 quantity 0', 'Edited qty 2, resent'],
    ['4410471', '2984410', '{64612}', 'Modifier 50 not allowed with qty 2', 'Hold for RI'],
    ['4410502', '1920334', '{64447}', 'Encounter closed (ED)', 'Hold for HIM'],
    ['4410533', '6630419', '6445O', 'Invalid procedure code (OCR pasted)', 'Corrected to {64450}'],
  ],
});

// ── 25. FHIR ChargeItem view, text layer ──
const fhir = lines({
  id: 's159-fhir',
  kind: 's159-fhir-chargeitem-json-view-text',
  before: 'GET /fhir/R4/ChargeItem?patient=3890614&entered-date=2026-10-20',
  text: [
    '{ "resourceType": "ChargeItem", "id": "ci-[30711]-1", "status": "billable",',
    '  "identifier": [ { "system": "urn:nph:downtime-ticket", "value": "[64612]" } ],',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}",',
    '      "display": "Destruction by neurolytic agent; plantar common digital nerve" } ] },',
    '  "quantity": { "value": 1 }, "bodysite": [ { "text": "left foot, 3rd interspace" } ],',
    '  "performingOrganization": { "reference": "Organization/[10412]" }, "enteredDate": "2026-10-20" }',
  ].join('\n'),
});

// ── 26. Incident timeline, text layer ──
const timeline = lines({
  id: 's159-timeline',
  kind: 's159-major-incident-timeline-text',
  before: 'INC0081422 — Major incident timeline (all times CT)',
  text: [
    '10/17 23:40  EHR production database unreachable; storage array SN [90173] controller B fault',
    '10/17 23:52  Downtime declared; BCA reports printed; bridge 612-555-0188 code [80078] opened',
    '10/18 07:50  5 West regional block on paper (downtime order DT-[64632], {64445} RT with {76942})',
    '10/19 08:10  Pain Center first paper ticket of the day ({64445} RT, ticket [64445])',
    '10/19 14:05  EHR restored read/write; charge interface to billing still down (CHG[64714] rollback)',
    '10/20 06:30  Billing interface up; replay of [18412] held messages begins 06:42, ends 09:15',
    '10/23 07:00  RI reconciliation: 5 missing, 2 miskeyed, 1 duplicate; audit opened (MCA-[20161])',
  ].join('\n'),
});

// ── 27. ITSM incident record, text layer (decoy heavy) ──
const itsm = lines({
  id: 's159-itsm',
  kind: 's159-itsm-incident-record-form-text',
  before: 'Incident INC0081422 — Priority 1 — Resolved',
  text: [
    'Configuration item: EHR-PRD-DB01   Assignment group: Storage & Infrastructure   Cost center [60038]',
    'Vendor case: [64632] (array vendor)   Change: CHG[64714] (controller firmware rollback)',
    'Related problem: PRB0040093   Major incident manager: D. Ostby   Bridge code [80078]',
    'Business impact: EHR down 38 h 25 m; charge interface down 54 h 50 m; [11840] users affected',
    'Resolution notes: controller B replaced; DB recovered from log shipping; 0 transactions lost',
  ].join('\n'),
});

// ── 28. Post-incident review, text layer ──
const pir = lines({
  id: 's159-pir',
  kind: 's159-post-incident-review-revenue-section-text',
  before: 'Post-Incident Review — INC0081422 — 11/04/2026 — Section 6: Revenue cycle impact',
  text: [
    '6.1 214 paper charge lines over 38 h; peripheral nerve procedures were 61 lines, mostly {64445} (22),',
    '    {64447} (9), {76942} (24), {64632} (3), {64612} (2) and ASC neuroplasty {64712}/{64714} (1 each).',
    '6.2 The duplicate ({64445} LT) came from an EHR charge entered after 14:05 on 10/19 and held at the',
    '    interface; HIM back-entered the same ticket before the replay. Fix: back-entry waits for replay.',
    '6.3 The miskey keyed {64712} for {64714}: the two codes sit next to each other on the ASC sheet.',
    '6.4 Action items tracked in PRB0040093 and RI work plan item [20167]; owner M. Foss, due 12/15/2026.',
  ].join('\n'),
});

// ── 29. Missing-charges audit worklist, table ──
const auditWl = table({
  id: 's159-auditwl',
  kind: 's159-missing-charges-audit-worklist-grid',
  caption: 'Missing charge audit MCA-20161 — scheduled/performed procedures with no charge — DOS 10/17–10/19/2026',
  headers: ['Source ID', 'DOS', 'Dept', 'Documented procedure', 'Expected CPT', 'Charge found', 'Gap'],
  rows: [
    [
      'ED visit [50025]',
      '10/18/2026',
      'ED',
      'Femoral nerve block, hip fx, US-guided',
      '{64447}, {76942}',
      '{76942} only',
      '$398.00',
    ],
    ['Appt [30145]', '10/19/2026', 'Pain', 'Superficial peroneal nerve block RT', '{64450}', 'none', '$265.00'],
    ['Appt [30150]', '10/19/2026', 'Pain', 'Femoral nerve block LT, US', '{64447}, {76942}', '{64447} only', '$210.00'],
    [
      'Appt [30156]',
      '10/19/2026',
      'F&A',
      'Established visit with injection',
      '{99213}-25, {20550}',
      '{20550} only',
      '$165.00',
    ],
    [
      'Appt [30163]',
      '10/19/2026',
      'Neuro',
      'Chemodenervation facial, bilateral',
      '{64612}-RT, {64612}-LT',
      'RT only',
      '$540.00',
    ],
  ],
});

// ── 30. Audit SQL, text layer ──
const auditSql = lines({
  id: 's159-auditsql',
  kind: 's159-missing-charges-audit-sql-query-text',
  before: '-- mca_20161_missing_nerve_charges.sql  (RI analytics, run against reporting db)',
  text: [
    'SELECT p.pat_mrn, p.proc_date, p.dept_id, p.proc_cpt FROM or_and_proc_log p',
    "WHERE p.proc_date BETWEEN '2026-10-17' AND '2026-10-19'",
    "  AND p.proc_cpt IN ('{64445}','{64446}','{64447}','{64448}','{64450}','{64632}','{64612}','{64712}','{64714}')",
    '  AND p.dept_id IN ([10401], [10412], [10433], [10450], [10460])',
    '  AND NOT EXISTS (SELECT 1 FROM hsp_transactions t WHERE t.pat_mrn = p.pat_mrn',
    "    AND t.service_date = p.proc_date AND t.cpt_code = p.proc_cpt AND t.tx_type = 'CHARGE')",
    '-- result 10/26/2026: 5 rows, see worklist; saved as report [70130]-B',
  ].join('\n'),
});

// ── 31. Audit findings memo, text layer ──
const auditMemo = lines({
  id: 's159-auditmemo',
  kind: 's159-missing-charges-audit-findings-memo-text',
  before: 'MEMORANDUM — To: HIM Director, Revenue Cycle VP — From: Revenue Integrity — Re: MCA-20161 findings',
  text: [
    'We reviewed every nerve procedure documented 10/17–10/19/2026 (74 procedures) against posted charges.',
    'Five charges were never captured. The ED femoral block ({64447}) on 10/18 was documented on a downtime',
    'order but no ticket was written; ED does not carry the pain ticket. Neurology billed {64612} RT only for a',
    'bilateral session; the ticket says "both sides", which should be {64612}-50 per payer policy.',
    'All five have been charged as late charges (post date 10/28/2026), inside every payer timely filing limit.',
    'Recommend adding {64447} and {64445} to the ED and inpatient downtime order form as charge lines.',
  ].join('\n'),
});

// ── 32. Late-charge 837P, text layer ──
const x837 = lines({
  id: 's159-x837',
  kind: 's159-late-charge-837p-segments-text',
  before: 'Claim file NPH_837P_20261028_03.txt — claim 2 of 61',
  text: [
    'NM1*85*2*NORTH PRAIRIE HEALTH PHYSICIANS*****XX*1558301924~N3*2800 CHICAGO AVE~N4*MINNEAPOLIS*MN*554062231~',
    'NM1*PR*2*MEDICA*****PI*[94265]~',
    'CLM*6630419-1019*265***22:B:1*Y*A*Y*Y~DTP*472*D8*20261019~',
    'NTE*ADD*LATE CHARGE EHR DOWNTIME TICKET [64451]~',
    'LX*1~SV1*HC:{64450}:RT*265*UN*1***1~',
    'NM1*PR*2*HEALTHPARTNERS*****PI*[94267]~CLM*1920334-1018*398***23:B:1*Y*A*Y*Y~LX*1~SV1*HC:{64447}:LT*398*UN*1***1~',
  ].join('\n'),
});

// ── 33. Timely filing tracker, table ──
const tfTracker = table({
  id: 's159-tf',
  kind: 's159-late-charge-timely-filing-tracker-grid',
  caption: 'Late charges from downtime — timely filing check — 10/28/2026',
  headers: ['Payer', 'Payer ID', 'Claims', 'Codes', 'Earliest DOS', 'TF limit', 'Deadline'],
  rows: [
    ['Medica', '[94265]', '3', '{64450}, {64445}', '10/19/2026', '180 days', '04/17/2027'],
    ['HealthPartners', '[94267]', '1', '{64447}', '10/18/2026', '120 days', '02/15/2027'],
    ['Blue Cross MN', '[00720]', '1', '{64612}', '10/19/2026', '180 days', '04/17/2027'],
    ['Medicare Part B (NGS J6)', '[06102]', '1', '{99213}', '10/19/2026', '1 year', '10/19/2027'],
  ],
});

// ── 34. Revenue integrity dashboard tiles, text layer ──
const riDash = lines({
  id: 's159-ridash',
  kind: 's159-revenue-integrity-dashboard-tiles-text',
  before: 'Revenue Integrity — Downtime recovery dashboard — refreshed 10/27/2026 06:00',
  text: [
    'Tickets received 214 lines / 38 tickets   Back-entered 207   Outstanding 0   Report id [70130]',
    'DNFB held for downtime: $61,428   Released: $59,716   Late charge lag: 3.8 days',
    'Top codes back-entered: {64445} (22)  {76942} (24)  {64447} (9)  {99213} (31)  {64632} (3)',
    'Dashboard owner: mfoss   Data source: CLARITY_RI_DT (job [20174])   Filter: dept in [10401],[10412],[10433],[10450]',
  ].join('\n'),
});

// ── 35. Late-charge report, PDF text layer ──
const lateReport = lines({
  id: 's159-latereport',
  kind: 's159-late-charge-report-pdf-text',
  before: 'NPH Late Charge Report by Post Date — 10/20/2026 to 10/28/2026 — page 1 of 4',
  text: [
    'Post date  Svc date   Dept   MRN       CPT    Mod  Qty  Amount     Lag  Reason',
    '10/20/26   10/19/26   [10401]  4471208   {64445}  RT   1    412.00     1    DOWNTIME',
    '10/20/26   10/18/26   [10460]  4408175   {64445}  RT   1    412.00     2    DOWNTIME',
    '10/21/26   10/19/26   [10412]  5527306   {64632}  RT   2    572.00     2    DOWNTIME/CORR',
    '10/22/26   10/19/26   [10450]  7734021   {64714}  LT   1    4,120.00   3    DOWNTIME/CORR',
    '10/28/26   10/19/26   [10433]  2984410   {64612}  LT   1    540.00     9    MISSING CHG AUDIT',
  ].join('\n'),
});

// ── 36. Coder query to provider, text layer ──
const coderQuery = lines({
  id: 's159-coderquery',
  kind: 's159-coder-query-illegible-ticket-text',
  before: 'Coding query — ASC — to M. Okafor MD — re: downtime case sheet, case 80049',
  text: [
    'Dr. Okafor, the paper case sheet for ESPINOZA, RUTH (MRN 2217940, DOS 10/19/2026, case [80049]) lists',
    'the procedure as "neuroplasty sciatic RT" but the code box reads 6471_ with the last digit smudged.',
    'Your op note describes decompression of the sciatic nerve at the sciatic notch, which supports {64712}.',
    'Please confirm {64712} (sciatic nerve) rather than {64714} (lumbar plexus) or {64713} (brachial plexus).',
    'Reply in the query; do not annotate the scanned ticket. Query no. Q-[40102]. Thank you, K. Bui, CPC',
  ].join('\n'),
});

// ── 37. Pager / on-call alerts, text layer ──
const pager = lines({
  id: 's159-pager',
  kind: 's159-on-call-pager-alert-stream-text',
  before: 'OnCall alerts — Interface Team rotation — 10/19–10/20/2026',
  text: [
    '10/19 14:12 [CRIT] CH_CHG_OUT held queue > 500 (now 612) port [10062] — ack dlund',
    '10/19 22:00 [WARN] CH_CHG_OUT held queue [14075] msgs, billing host still down — ack dlund',
    '10/20 06:31 [INFO] CH_CHG_OUT connected; held [18412]; replay scheduled 06:40',
    '10/20 07:19 [WARN] CH_CHG_OUT errors 2 (FT1-25 {64714} CDM link; FT1-25 {64632} qty 0)',
    '10/20 09:16 [INFO] replay complete [18398] sent / 14 errored — page RI (mfoss) for charge review',
  ].join('\n'),
});

// ── 38. Email HIM → Revenue Integrity, text layer ──
const emailHim = lines({
  id: 's159-emailhim',
  kind: 's159-email-him-to-revenue-integrity-text',
  before: 'From: Lena Marsh (HIM Document Imaging) To: Mari Foss (Revenue Integrity) Sent: Tue 10/20/2026 08:55',
  text: [
    'Subject: Downtime tickets scanned — batches [55463], [55466], [55470]',
    'Mari, all 38 pain/F&A tickets are in batch [55463]; neurology in [55466], ASC case sheets in [55470].',
    'Heads up: ticket [64445] (Halvorsen) has a second code written in and crossed out ({64448}); we indexed as is.',
    'FA [30713] (Nguyen) shows {64632} RT with "x2" in the units box, two interspaces.',
    'Originals are in retention box [64714] until your reconciliation is done. Lena, ext. 6-4410',
  ].join('\n'),
});

// ── 39. Email IT → HIM/RI, quoted reply, text layer ──
const emailIt = lines({
  id: 's159-emailit',
  kind: 's159-email-it-interface-reply-quoted-text',
  before: 'From: Dana Lund (Interface Team) To: Mari Foss; Lena Marsh Sent: Tue 10/20/2026 09:40',
  text: [
    'Subject: RE: Replay done — do not back-enter charges entered in EHR after 14:05 Monday',
    'The replay finished 09:15: [18398] sent, 14 errored. Two of the errors are charges: FT1-25 {64714}',
    '(CDM [36212] had no link for the ASC dept) and {64632} with qty 0. Both resent after the fix.',
    'Anything entered in EHR after 14:05 on 10/19 was held and has now posted, e.g. {64445} LT for MRN 3305581.',
    '> From: Mari Foss  Sent: Tue 10/20/2026 07:05',
    '> Dana, when the replay finishes can you send me the list of FT1-25 codes per dept? We are keying',
    '> {64445}, {64447} and {76942} from paper now. Our lockbox is PO Box [64712], Minneapolis MN [55486].',
  ].join('\n'),
});

// ── 40. Email RI → department managers, text layer ──
const emailRi = lines({
  id: 's159-emailri',
  kind: 's159-email-revenue-integrity-to-dept-managers-text',
  before: 'From: Mari Foss To: Pain, F&A, Neurology, ASC managers Cc: HIM Sent: Fri 10/23/2026 11:20',
  text: [
    'Subject: Downtime charge reconciliation — action needed by Tuesday',
    'Thank you for getting tickets in. Reconciliation found: ticket [64451] ({64450} RT) was never keyed;',
    'case [80051] was keyed {64712} but the case sheet says {64714}; the bilateral {64612} for MRN 2984410',
    'needs modifier 50 or RT/LT lines; and the ED femoral block {64447} (visit [50025]) has no ticket at all.',
    'Please sign the attached attestation (form [20122]) by 10/27. Report: [70130] on the RI SharePoint.',
  ].join('\n'),
});

// ── 41. Teams chat between HIM, RI and IT, text layer ──
const chat = lines({
  id: 's159-chat',
  kind: 's159-teams-chat-him-ri-it-downtime-text',
  before: 'Teams — Downtime Recovery Charges',
  text: [
    'Thread id [64445] · members: HIM imaging, Revenue Integrity, Interface Team',
    'Mari Foss 10:37  anyone keying Farah? ticket [64452], {64445} LT',
    'Jorge Torres 10:38  me, just posted it',
    'Dana Lund 10:40  it was in the replay at 07:18, seq 4410381. you have two now',
    'Mari Foss 10:41  ok credit the back-entry one, I will log it as corr [40091]',
    'Kim Bui 10:52  also FA [30713] went in with 1 unit of {64632}, paper says 2',
    'Lena Marsh 10:55  and the neuro one is {64612}-50 not RT, sheet says both sides',
    'Dana Lund 11:02  fyi the {64714} error was CDM [36212] missing dept [10450], fixed',
  ].join('\n'),
});

export const sealed159: Snippet[] = [
  ...binderCover,
  ...policy,
  ...painTicketBlank,
  ...faTicketGrid,
  ...dtOrder,
  ...ocrPain,
  ...ocrFoot,
  ...ocrNeuro,
  ...ocrAsc,
  ...batchCover,
  ...indexing,
  ...bcaSchedule,
  ...backQueue,
  ...chargeEntry,
  ...queueCsv,
  ...cdm,
  ...reconSummary,
  ...reconGrid,
  ...dupes,
  ...corrections,
  ...replayLog,
  ...hl7,
  ...queueDash,
  ...errQueue,
  ...fhir,
  ...timeline,
  ...itsm,
  ...pir,
  ...auditWl,
  ...auditSql,
  ...auditMemo,
  ...x837,
  ...tfTracker,
  ...riDash,
  ...lateReport,
  ...coderQuery,
  ...pager,
  ...emailHim,
  ...emailIt,
  ...emailRi,
  ...chat,
];
