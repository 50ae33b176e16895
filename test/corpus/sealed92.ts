import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 92 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s92-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * case and patient account numbers, tray ids, authorization, query and claim numbers, pagers and extensions, group
 * numbers, ZIPs and PO boxes, catalog and sterilizer-load numbers, charge-master and message-control ids. The five
 * known codes' digits come back as decoys: a patient account (twice), a global-tracker account, a scrubber claim number, a
 * prior-case reference, a resident's pager, an instrument tray id (twice, plus once on a scheduling form), a payer PO
 * box, a tray catalog number and a stimulator lot number (in the implant log and in its UDI scan).
 *
 * Family: neurosurgery and peripheral nerve surgery charge review at a fictional Columbus, Ohio neurosurgery group
 * and its hospital: an operative log (case numbers, OR rooms, accounts) and the periop status board, a surgeon's
 * charge ticket (header, procedure lines with assistant-surgeon and bilateral modifiers, coder remarks), a
 * global-period tracker and an EHR global-period advisory, an NCCI procedure-to-procedure review worksheet for nerve
 * decompression and neurolysis pairs with the analyst's prose notes (codes without a coding verb), a co-surgeon
 * documentation query as prose and its query tracker, a nerve stimulator implant log (models, lots, serials), UDI
 * barcode scans and a device-registry XML export, a surgical scheduling request form, its queue and a scheduling
 * JSON payload (procedure, estimated minutes, tray ids), a prior-auth request letter, an X12 278 request and an auth
 * status board, an HL7 charge message and a CSV charge export, an operative report header, a fee schedule indicator
 * lookup, a claim scrubber modifier worklist, an assistant-surgeon denial appeal, a wRVU report, resident case log
 * entries, a case costing grid, a pre-op fax cover, a modifier quick-reference list, a surgeon preference card, a
 * device rep's confirmation email, and decoy-only pages (an instrument tray list, a call schedule and its notes).
 * Built on real public layouts: the CMS NCCI PTP edit table (column 1, column 2, effective date, modifier
 * indicator), the CMS physician fee schedule RVU file indicator fields (assistant, co-surgery, bilateral, global days,
 * multiple procedure), GS1 UDI human-readable strings (AIs 01, 17, 10, 21), the X12 278 request (BHT, NM1, UM, HI,
 * SV1), HL7 v2 DFT^P03 (FT1-7 charge code, FT1-25 procedure code), an ACGME-style case log entry (case id, role,
 * codes) and a hospital operative report header. The others are written the way those pages read, with no single
 * source.
 *
 * 371 labelled tokens over 36 shapes: 156 codes, 215 decoys, 72 of the decoys in KNOWN_10K.
 */

// ── 1. Neurosurgery operative log (perioperative system daily log), table ──
const orLog = table({
  id: 's92-orlog',
  kind: 's92-neurosurgery-operative-log-grid',
  caption: 'Neurosurgery — Operative Log — Main OR — Wednesday',
  headers: ['Case #', 'OR', 'Surgeon', 'Procedure', 'CPT', 'In', 'Out', 'Acct'],
  rows: [
    ['[31877]', 'OR 7', 'Lindqvist', 'L4-5 laminectomy w/ foraminotomy', '{63047}', '07:32', '09:41', '[72319]'],
    ['[31878]', 'OR 7', 'Lindqvist', 'L sciatic nerve neurolysis, gluteal', '{64712}', '10:05', '12:20', '[72363]'],
    [
      '[31879]',
      'OR 8',
      'Adeyemi',
      'ACDF C5-6 w/ cage and plate',
      '{22551} {22853} {22845}',
      '07:40',
      '11:02',
      '[72331]',
    ],
    ['[31880]', 'OR 8', 'Adeyemi', 'R lumbar plexus decompression', '{64714}', '11:45', '14:10', '[72342]'],
    ['[31881]', 'OR 9', 'Okonkwo', 'Bilat carpal tunnel release', '{64721}-50', '08:00', '09:15', '[64712]'],
    ['[31882]', 'OR 9', 'Okonkwo', 'Morton neuroma excision, 3rd web', '{28080}', '09:50', '10:40', '[72386]'],
    ['[31883]', 'OR 10', 'Lindqvist', 'VNS generator + lead', '{64568}', '13:00', '14:55', '[72402]'],
    ['[31884]', 'OR 10', 'Vasquez-Hale', 'Microvascular decompression CN VII', '{61458}', '15:20', '19:05', '[72415]'],
  ],
});

// ── 2. OR status board, text layer ──
const orBoard = lines({
  id: 's92-orboard',
  kind: 's92-or-status-board-text',
  before: 'Periop status board — neuro rooms — refreshed every 2 min',
  text: [
    'OR 7  IN PROCEDURE  case [31878]  Lindqvist  sciatic neurolysis  est. end 12:30',
    'OR 8  CLOSING       case [31879]  Adeyemi  ACDF C5-6  next: [31880]',
    'OR 9  TURNOVER      next case [31882]  tray [64632] missing from SPD — called ext [43262]',
    'OR 10 DELAYED       case [31883]  pt in pre-op bay 14, device rep en route (Medtronic [97715] IPG)',
    'Holding: [31884]  MVD  consent signed 06:50  anesthesia pager [20417]',
  ].join('\n'),
});

// ── 3. Surgeon's charge ticket, header block, text layer ──
const ticketHead = lines({
  id: 's92-tickethead',
  kind: 's92-surgeon-charge-ticket-header-text',
  before: 'Olentangy Neurosurgical Associates — Surgical Charge Ticket',
  text: [
    'Ticket no. [50914]   DOS 11/12/2025   Place of service 22 (Olentangy Regional, OR 7)',
    'Patient acct [72363]   FIN 2025-1188473   Ins: Anthem BCBS OH, group [43023]',
    'Surgeon: K. Lindqvist, MD   NPI 1730518846   Assistant: R. Beaumont, MD (mod 80)',
    'Facility: 3535 Olentangy River Rd, Columbus OH [43214]   Surgeon office ZIP [43085]',
  ].join('\n'),
});

// ── 4. Surgeon's charge ticket, procedure lines, table ──
const ticketLines = table({
  id: 's92-ticket',
  kind: 's92-surgeon-charge-ticket-lines-grid',
  caption: 'Procedures (surgeon to complete, coder to verify)',
  headers: ['Ln', 'Proc', 'Mod 1', 'Mod 2', 'Units', 'Dx ptr', 'Billed by'],
  rows: [
    ['1', '{64712}', 'LT', '', '1', 'A', 'Lindqvist'],
    ['2', '{64712}', 'LT', '80', '1', 'A', 'Beaumont'],
    ['3', '{64727}', '', '', '1', 'A', 'Lindqvist'],
    ['4', '{64445}', 'LT', '59', '1', 'A', 'Lindqvist (post-op analgesia?)'],
    ['5', '{95940}', '', '', '6', 'A', 'Neuromonitoring (not ours)'],
    ['6', '{69990}', '', '', '1', 'A', 'Lindqvist'],
  ],
});

// ── 5. Charge ticket, coder remarks, text layer ──
const ticketRemarks = lines({
  id: 's92-ticketrmk',
  kind: 's92-charge-ticket-coder-remarks-text',
  before: 'Coder remarks (ticket returned to surgeon)',
  text: [
    'Line 4: a block placed by the operating surgeon is bundled into {64712}; please confirm anesthesia placed it.',
    'Line 6: {69990} is not separately reportable with {64727}; removed.',
    'Line 2: payer allows assistant at surgery on this code; keep 80, not AS.',
    'Resubmit by Friday; batch [20917], coder ID [37150].',
  ].join('\n'),
});

// ── 6. Global-period tracker, table ──
const globalTracker = table({
  id: 's92-global',
  kind: 's92-global-period-tracker-grid',
  caption: 'Global surgery tracker — open globals — Lindqvist / Adeyemi / Okonkwo',
  headers: ['Pt acct', 'Surgery date', 'Index proc', 'Global', 'Global ends', 'Post-op visits', 'Billable visit?'],
  rows: [
    ['[71550]', '08/27/2025', '{64712}', '090', '11/25/2025', '{99024} ×3', 'No'],
    ['[71605]', '09/03/2025', '{64714}', '090', '12/02/2025', '{99024} ×2', 'Only w/ mod 24'],
    ['[71689]', '10/08/2025', '{64632}', '010', '10/18/2025', '{99024} ×1', 'Closed'],
    ['[71713]', '10/15/2025', '{64612}', '010', '10/25/2025', '—', 'Closed'],
    ['[71733]', '10/22/2025', '{64445}', '000', '10/22/2025', '—', 'n/a'],
    ['[71790]', '10/29/2025', '{63047}', '090', '01/27/2026', '{99024} ×1', 'No'],
    ['[64714]', '11/05/2025', '{64590}', '010', '11/15/2025', '{99024} ×1', 'No'],
  ],
});

// ── 7. Global-period alert in the EHR, text layer ──
const globalAlert = lines({
  id: 's92-globalalert',
  kind: 's92-global-period-ehr-alert-text',
  before: 'BestPractice advisory — visit may fall in a global period',
  text: [
    'This patient had a sciatic neuroplasty ({64712}) on 08/27/2025 with a 90-day global ending 11/25/2025.',
    "Today's visit was entered as {99214}. If it is routine post-op care, change it to {99024}.",
    'If the visit is for an unrelated problem, keep the E/M and add modifier 24 with a different diagnosis.',
    'Patient account [71550]   Visit CSN [83417]   Dept ID [10116]',
  ].join('\n'),
});

// ── 8. NCCI PTP edit review worksheet (nerve decompression / neurolysis pairs), table ──
const ncciSheet = table({
  id: 's92-ncci',
  kind: 's92-ncci-ptp-edit-review-worksheet-grid',
  caption: 'NCCI procedure-to-procedure edits — nerve decompression & neurolysis — quarterly review',
  headers: ['Column 1', 'Column 2', 'Mod. ind.', 'Effective', 'Our finding'],
  rows: [
    ['{64712}', '{64445}', '1', '20110101', 'Surgeon block bundled; 59 only if separate session'],
    ['{64712}', '{64714}', '1', '19960101', 'Different nerves; XS if separate incisions'],
    ['{64721}', '{20526}', '1', '20020101', 'Never with same-side release'],
    ['{64718}', '{64719}', '1', '19990101', 'Separate sites only'],
    ['{28080}', '{64632}', '1', '20090101', 'Same web space = no'],
    ['{64632}', '{64455}', '1', '20090101', 'Injection bundled into destruction'],
    ['{64704}', '{64702}', '1', '19960101', 'Same digit = no'],
    ['{61458}', '{64612}', '9', '—', 'No edit; different sessions'],
  ],
});

// ── 9. NCCI review notes, prose without coding verbs, text layer ──
const ncciNotes = lines({
  id: 's92-nccinotes',
  kind: 's92-ncci-review-analyst-notes-text',
  before: 'Analyst notes to the quarterly NCCI review (neurosurgery)',
  text: [
    'Sciatic neuroplasty and a sciatic block the same day: {64712} over {64445} is a 1-indicator pair, so a',
    'distinct-procedure modifier is only defensible when the block was a separate encounter. Eleven of our',
    'eighteen pairs last quarter lacked that note. Lumbar plexus {64714} with sciatic {64712} passes with XS.',
    'Morton neuroma: excision {28080} and neurolysis {64632} of the same interspace never both stand.',
    'Claims touched in this review: [40318] through [40341]; sample pulled from remit batch [88117].',
  ].join('\n'),
});

// ── 10. Co-surgeon documentation query, prose, text layer ──
const coSurgQuery = lines({
  id: 's92-cosurgq',
  kind: 's92-co-surgeon-documentation-query-text',
  before: 'Provider documentation query — co-surgery (modifier 62)',
  text: [
    'Dr. Adeyemi, Dr. Lindqvist: for case [31880] on 11/12/2025 (acct [72342]) both of you submitted {64714}-62.',
    'For co-surgery each surgeon must dictate the distinct part of the procedure he or she performed;',
    "only Dr. Adeyemi's note is signed. Dr. Lindqvist, please add an addendum describing your portion.",
    'If Dr. Lindqvist acted as assistant, the line should be {64714}-80 instead, and the 62 removed.',
    'The payer (Medical Mutual, claim [61187]) will pend both lines until the notes match.',
    'Query ID [58204]; please answer within 7 days. CDI ext [42319].',
  ].join('\n'),
});

// ── 11. Co-surgeon query tracker, table ──
const coSurgTracker = table({
  id: 's92-cosurgtrack',
  kind: 's92-co-surgeon-query-tracker-grid',
  caption: 'Open co-surgery / assistant queries',
  headers: ['Query ID', 'Case', 'Surgeons', 'Code(s)', 'Issue', 'Days open'],
  rows: [
    ['[58204]', '[31880]', 'Adeyemi / Lindqvist', '{64714}-62', 'Second op note missing', '3'],
    ['[58199]', '[31611]', 'Lindqvist / Beaumont', '{63047}-62, {63048}-62', 'Levels differ between notes', '9'],
    ['[58183]', '[31540]', 'Okonkwo / PA Reyes', '{64712}-AS', 'AS vs 80', '14'],
    ['[58170]', '[31502]', 'Vasquez-Hale / ENT', '{61458}', 'ENT billed {69990} too', '21'],
  ],
});

// ── 12. Nerve stimulator implant log, table ──
const implantLog = table({
  id: 's92-implant',
  kind: 's92-nerve-stimulator-implant-log-grid',
  caption: 'Implant log — neurostimulators and leads — neuro OR',
  headers: ['Date', 'Case', 'Device', 'Model', 'Lot', 'Serial', 'Svc', 'Side'],
  rows: [
    ['11/05', '[31702]', 'Intellis IPG', '[97715]', '[64612]', 'NLA804417H', '{63685}', '—'],
    ['11/05', '[31702]', 'Percutaneous lead', '977A260', '[38813]', 'VAB071134V', '{63650}', '—'],
    ['11/07', '[31744]', 'SenTiva VNS generator', 'M1000', '210771', '[88342]', '{64568}', 'L'],
    ['11/10', '[31796]', 'InterStim Micro', '[97810]', '[43291]', 'NLN117702S', '{64590}', '—'],
    ['11/10', '[31796]', 'Tined lead', '978B128', '[27617]', 'NLN203391V', '{64581}', 'R'],
    ['11/12', '[31883]', 'PNS lead (sciatic)', 'SPR-[50133]', '[44096]', '—', '{64555}', 'L'],
  ],
});

// ── 13. Implant UDI scans, text layer ──
const udiScans = lines({
  id: 's92-udi',
  kind: 's92-implant-udi-barcode-scan-text',
  before: 'Scanned at point of use (GS1 UDI, human-readable)',
  text: [
    '(01)00763000962170(17)280131(10)[64612](21)NLA804417H',
    '(01)00763000371873(17)271031(10)[38813](21)VAB071134V',
    '(01)05425025750221(17)270630(10)[88342]',
    'Scanned by RN badge [30416] at 11:14; implant charge line linked to {63685}.',
  ].join('\n'),
});

// ── 14. Implant registry export, XML, text layer ──
const implantXml = lines({
  id: 's92-implantxml',
  kind: 's92-implant-registry-xml-text',
  before: 'Device registry submission (XML)',
  text: [
    '<ImplantEvent caseId="[31796]" facilityZip="[43214]">',
    '  <Device model="[97810]" lot="[43291]" serial="NLN117702S" procedure="{64590}"/>',
    '  <Device model="978B128" lot="[27617]" serial="NLN203391V" procedure="{64581}"/>',
    '  <Explant reason="battery" priorCase="[29045]" procedure="{64595}"/>',
    '</ImplantEvent>',
  ].join('\n'),
});

// ── 15. Surgical scheduling request, form, text layer ──
const schedForm = lines({
  id: 's92-schedform',
  kind: 's92-surgical-scheduling-request-form-text',
  before: 'Surgical Scheduling Request — Neurosurgery — fax or submit in portal',
  text: [
    'Request no.: [66019]   Surgeon: Okonkwo   Requested date: 12/03/2025   Facility: Olentangy ASC',
    'Procedure: Right sciatic nerve neuroplasty, posterior approach   CPT: {64712}   Laterality: RT',
    'Secondary: internal neurolysis, microscope   CPT: {64727}',
    'Estimated minutes: 150   Anesthesia: general + block (anes to bill {64445})',
    'Trays: [22140] Peripheral nerve set, [22147] Micro set, [64632] Zeiss scope drape kit',
    'Patient ZIP [43035]   Auth ref pending   Scheduler callback ext [43262]',
  ].join('\n'),
});

// ── 16. Scheduling request queue, table ──
const schedQueue = table({
  id: 's92-schedq',
  kind: 's92-scheduling-request-queue-grid',
  caption: 'Scheduling requests awaiting block time — neuro',
  headers: ['Req #', 'Surgeon', 'Procedure', 'CPT', 'Est min', 'Tray IDs', 'Room'],
  rows: [
    ['[66019]', 'Okonkwo', 'Sciatic neuroplasty', '{64712} {64727}', '150', '[22140] [22147]', 'ASC 2'],
    ['[66022]', 'Adeyemi', 'Lumbar plexus neurolysis', '{64714}', '180', '[22140]', 'OR 8'],
    ['[66025]', 'Okonkwo', 'Morton neuroma destruction', '{64632}', '45', '[22167]', 'ASC 1'],
    ['[66031]', 'Lindqvist', 'VNS replacement', '{61885}', '75', '[22190]', 'OR 10'],
    ['[66034]', 'Vasquez-Hale', 'MVD, hemifacial spasm', '{61458}', '240', '[22174] [22147]', 'OR 10'],
    ['[66040]', 'Adeyemi', 'Ulnar transposition', '{64718}', '90', '[22140]', 'ASC 2'],
  ],
});

// ── 17. Scheduling system JSON payload, text layer ──
const schedJson = lines({
  id: 's92-schedjson',
  kind: 's92-scheduling-api-json-text',
  before: 'POST /surgery/requests — body (pretty-printed)',
  text: [
    '"requestId": "[66025]",',
    '"surgeonId": "[41172]",',
    '"procedures": [{"cpt": "{64632}", "side": "L", "estMinutes": 45}],',
    '"trayIds": ["[22167]"],',
    '"patientZip": "[43224]",',
    '"priorCase": "[64714]"',
  ].join('\n'),
});

// ── 18. Prior-auth request letter, text layer ──
const paLetter = lines({
  id: 's92-paletter',
  kind: 's92-prior-auth-request-letter-text',
  before: 'Olentangy Neurosurgical Associates — Request for Prior Authorization',
  text: [
    'To: Utilization Management, CareSource, PO Box [64445], Dayton OH [45401]',
    'Member ID 109442871   Group [43021]   Patient: J. Whitford, DOB 03/14/1971',
    'We request authorization for right sciatic nerve neuroplasty, CPT {64712}, with internal neurolysis ({64727}),',
    'planned at Olentangy ASC (ZIP [43214]) on 12/03/2025. Conservative care since March has failed: two sciatic',
    'nerve blocks ({64445} on 05/02 and 07/11), gabapentin, and 12 weeks of physical therapy.',
    'EMG/NCS ({95886}, {95910}) shows a focal sciatic lesion at the sciatic notch.',
    'Please fax your determination to 614-555-0178, attention case [66019].',
  ].join('\n'),
});

// ── 19. X12 278 prior-auth request, text layer ──
const x12278 = lines({
  id: 's92-x278',
  kind: 's92-x12-278-prior-auth-request-text',
  before: '278 request sent via clearinghouse (segments, one per line)',
  text: [
    'BHT*0007*13*[66019]*20251114*1022~',
    'NM1*X3*2*CARESOURCE*****PI*[31114]~',
    'NM1*IL*1*WHITFORD*JANE****MI*109442871~',
    'N4*WESTERVILLE*OH*[43081]~',
    'UM*HS*I*2*24:B~',
    'HI*BF:G5701~',
    'SV1*HC:{64712}:RT*0*UN*1~',
    'SV1*HC:{64727}*0*UN*1~',
  ].join('\n'),
});

// ── 20. Prior-auth status, table ──
const paStatus = table({
  id: 's92-pastatus',
  kind: 's92-prior-auth-status-board-grid',
  caption: 'Authorization status — neurosurgery cases next 30 days',
  headers: ['Auth #', 'Payer', 'Service', 'Units', 'Status', 'Valid thru'],
  rows: [
    ['[90345]', 'CareSource', '{64712} {64727}', '1', 'Pended — clinicals', '—'],
    ['[90355]', 'Anthem', '{64714}', '1', 'Approved', '02/28/2026'],
    ['[90360]', 'Medical Mutual', '{64590}', '1', 'Approved', '01/31/2026'],
    ['[90376]', 'Aetna', '{64612}', '4', 'Approved', '05/31/2026'],
    ['[90381]', 'UHC', '{63685}', '1', 'Peer-to-peer 11/19', '—'],
    ['[90394]', 'Humana MA', '{61885}', '1', 'Not required', '—'],
  ],
});

// ── 21. HL7 DFT charge message from the OR system, text layer ──
const hl7Dft = lines({
  id: 's92-hl7dft',
  kind: 's92-hl7-dft-surgeon-charge-message-text',
  before: 'Interface monitor — DFT^P03 outbound to professional billing',
  text: [
    'MSH|^~\\&|PERIOP|ORMC|PB|ONA|20251112143012||DFT^P03|[86212]|P|2.3',
    'PID|1||[72363]^^^ORMC^FIN||WHITFORD^JANE||19710314|F|||5560 Sunbury Rd^^Westerville^OH^[43081]',
    'FT1|1|||20251112||CG|[30777]^NEUROPLASTY SCIATIC||||1||||||||||||||{64712}^Neuroplasty sciatic^C4|LT',
    'FT1|2|||20251112||CG|[30777]^NEUROPLASTY SCIATIC||||1||||||||||||||{64712}^Neuroplasty sciatic^C4|80',
    'FT1|3|||20251112||CG|[30788]^NEUROLYSIS INTERNAL||||1||||||||||||||{64727}^Internal neurolysis^C4',
  ].join('\n'),
});

// ── 22. Professional charge export, CSV, text layer ──
const chargeCsv = lines({
  id: 's92-csv',
  kind: 's92-professional-charge-export-csv-text',
  before: 'charges_neuro_20251112.csv (opened as text)',
  text: [
    'acct,dos,cpt,mod1,mod2,units,charge,rendering_npi',
    '[72363],2025-11-12,{64712},LT,,1,[11480].00,1730518846',
    '[72363],2025-11-12,{64712},LT,80,1,[11480].00,1598067322',
    '[72342],2025-11-12,{64714},RT,62,1,9875.00,1487730165',
    '[64712],2025-11-12,{64721},50,,1,3420.00,1275649081',
    '[72386],2025-11-12,{28080},LT,,1,2110.00,1275649081',
  ].join('\n'),
});

// ── 23. Operative report header, procedures performed, text layer ──
const opHeader = lines({
  id: 's92-ophead',
  kind: 's92-operative-report-procedures-header-text',
  before: 'OPERATIVE REPORT — Olentangy Regional Medical Center',
  text: [
    'MRN [88042]   Case [31878]   Date 11/12/2025   Room OR 7',
    'PREOPERATIVE DIAGNOSIS: Left sciatic neuropathy at the sciatic notch (piriformis entrapment).',
    'PROCEDURES: 1. Left sciatic nerve neuroplasty ({64712}). 2. Internal neurolysis under microscope ({64727}).',
    'ASSISTANT: R. Beaumont, MD — no qualified resident available (see {64712}-80 attestation).',
    'IMPLANTS: none.   EBL 50 mL.   Specimens: none.',
  ].join('\n'),
});

// ── 24. Assistant / co-surgeon / bilateral indicator lookup (fee schedule RVU file fields), table ──
const mpfsIndicators = table({
  id: 's92-mpfs',
  kind: 's92-mpfs-surgery-indicator-lookup-grid',
  caption: 'Fee schedule indicators for the codes on this week’s tickets',
  headers: ['HCPCS', 'Mod', 'Asst surg', 'Co-surg', 'Bilat surg', 'Glob days', 'Mult proc'],
  rows: [
    ['{64712}', '', '1', '1', '1', '090', '2'],
    ['{64714}', '', '1', '1', '0', '090', '2'],
    ['{64445}', '', '1', '0', '1', '000', '2'],
    ['{64632}', '', '1', '0', '1', '010', '2'],
    ['{64612}', '', '1', '0', '1', '010', '2'],
    ['{64721}', '', '1', '0', '1', '090', '2'],
    ['{63047}', '', '2', '1', '0', '090', '2'],
    ['{64727}', '', '0', '0', '0', 'ZZZ', '0'],
  ],
});

// ── 25. Claim scrubber bilateral / modifier edit worklist, table ──
const scrubber = table({
  id: 's92-scrub',
  kind: 's92-claim-scrubber-modifier-worklist-grid',
  caption: 'Scrubber holds — modifier edits — neurosurgery',
  headers: ['Claim #', 'Line', 'Item', 'Mod', 'Edit', 'Suggested fix'],
  rows: [
    ['[52237]', '1', '{64721}', 'RT, LT', 'Bilateral as two lines', 'One line, mod 50'],
    ['[52241]', '2', '{64445}', '59', 'PTP pair with line 1', 'Confirm separate session'],
    ['[52244]', '1', '{64632}', '—', 'Laterality missing', 'Add T3/T4 or RT/LT'],
    ['[52251]', '1', '{64612}', '50', 'Unilateral code', 'Drop 50, units 1'],
    ['[64714]', '1', '{64714}', '80', 'Asst surgeon on global pt', 'OK — indicator allows'],
    ['[52263]', '3', '{69990}', '—', 'Not payable with line 1', 'Delete'],
  ],
});

// ── 26. Global surgery / assistant denial appeal letter, text layer ──
const appeal = lines({
  id: 's92-appeal',
  kind: 's92-assistant-surgeon-denial-appeal-text',
  before: 'Appeal — first level — Anthem Blue Cross and Blue Shield',
  text: [
    'Claim [61204] for DOS 09/03/2025 was denied for the assistant surgeon line, {64714}-80.',
    'Lumbar plexus neuroplasty is a deep retroperitoneal exposure; the operative note documents why an',
    'assistant physician was needed and that no qualified resident was available at Olentangy Regional.',
    'Please reprocess. Correspondence: Anthem, PO Box 105187, Atlanta GA [30348].',
    'Our remit address: Olentangy Neurosurgical Associates, PO Box [43260], Columbus OH [43260]-0712.',
  ].join('\n'),
});

// ── 27. wRVU productivity report by surgeon, table ──
const wrvu = table({
  id: 's92-wrvu',
  kind: 's92-surgeon-wrvu-productivity-grid',
  caption: 'Surgeon productivity — October — Lindqvist',
  headers: ['Code', 'Description', 'Count', 'wRVU each', 'Total'],
  rows: [
    ['{63047}', 'Laminectomy lumbar, 1 level', '11', '15.37', '169.07'],
    ['{63048}', 'Each addl level', '6', '3.47', '20.82'],
    ['{64712}', 'Neuroplasty, sciatic', '4', '8.17', '32.68'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '1', '7.48', '7.48'],
    ['{64568}', 'Cranial nerve neurostim implant', '2', '9.00', '18.00'],
    ['{99024}', 'Post-op visit', '38', '0.00', '0.00'],
  ],
});

// ── 28. ACGME-style resident case log entries, text layer ──
const caseLog = lines({
  id: 's92-reslog',
  kind: 's92-resident-case-log-entries-text',
  before: 'Resident case log — PGY-4 — neurosurgery — entries this week',
  text: [
    '11/10  Case ID [31796]  Role: Surgeon Chief  Codes: {64590}, {64581}  Site 2',
    '11/12  Case ID [31878]  Role: Assistant  Codes: {64712}, {64727}  Site 1',
    '11/12  Case ID [31884]  Role: Surgeon Junior  Codes: {61458}, {61781}  Site 1',
    'Running total, peripheral nerve category: 23   Program ID [16011]',
  ].join('\n'),
});

// ── 29. Case cost summary, table ──
const caseCost = table({
  id: 's92-casecost',
  kind: 's92-case-cost-contribution-grid',
  caption: 'Case costing — neuro service line — stimulator and nerve cases',
  headers: ['Case', 'Billed code', 'Implant cost', 'Supply cost', 'OR min', 'Contribution'],
  rows: [
    ['[31702]', '{63685}', '[23870].00', '1410.00', '96', '[14205].00'],
    ['[31744]', '{64568}', '[31550].00', '880.00', '115', '-2210.00'],
    ['[31796]', '{64590}', '[18960].00', '640.00', '70', '[52211].00'],
    ['[31878]', '{64712}', '0.00', '525.00', '135', '[20145].00'],
    ['[31882]', '{28080}', '0.00', '210.00', '50', '3410.00'],
  ],
});

// ── 30. Pre-op fax cover, text layer ──
const faxCover = lines({
  id: 's92-fax',
  kind: 's92-preop-clearance-fax-cover-text',
  before: 'FAX — Olentangy Neurosurgical Associates — Pre-operative clearance request',
  text: [
    'To: Dr. P. Nakamura, Westerville Family Practice, 300 Polaris Pkwy Suite [41005], Westerville OH [43081]',
    'From: surgery scheduler, ext [43262]   Pages: 4   Job [77021]',
    'Re: patient Whitford, surgery 12/03 (sciatic neuroplasty, {64712}) — H&P and clearance within 30 days.',
    'Please also send the last A1c and any cardiology note. Reply fax 614-555-0178.',
  ].join('\n'),
});

// ── 31. Instrument tray list, table (decoy only) ──
const trayList = table({
  id: 's92-trays',
  kind: 's92-instrument-tray-list-grid',
  caption: 'Sterile processing — neuro instrument trays — count sheets',
  headers: ['Tray ID', 'Set name', 'Pieces', 'Catalog #', 'Last load', 'Home'],
  rows: [
    ['[22140]', 'Peripheral nerve set', '64', '[60214]', '[58812]', 'Core B'],
    ['[22147]', 'Micro set (Rhoton)', '38', '[60228]', '[58812]', 'Core B'],
    ['[22167]', 'Foot / neuroma set', '41', '[60233]', '[58840]', 'ASC'],
    ['[22174]', 'Retrosigmoid crani set', '112', '[60241]', '[58851]', 'Core A'],
    ['[22190]', 'VNS / stimulator set', '29', '[64445]', '[58851]', 'Core A'],
    ['[64632]', 'Zeiss scope drape kit (loaner)', '1', '[30612]', '—', 'Vendor'],
  ],
});

// ── 32. Neurosurgery call schedule, table (decoy only) ──
const callSched = table({
  id: 's92-call',
  kind: 's92-neurosurgery-call-schedule-grid',
  caption: 'Neurosurgery call — week of Nov 17',
  headers: ['Day', 'Attending', 'Pager', 'Resident', 'Pager', 'OR desk ext'],
  rows: [
    ['Mon', 'Lindqvist', '[47719]', 'Shah (PGY-4)', '[47731]', '[43262]'],
    ['Tue', 'Adeyemi', '[47722]', 'Kim (PGY-2)', '[47734]', '[43262]'],
    ['Wed', 'Okonkwo', '[47725]', 'Shah (PGY-4)', '[47731]', '[43262]'],
    ['Thu', 'Vasquez-Hale', '[47729]', 'Torres (PGY-3)', '[64714]', '[43262]'],
    ['Fri–Sun', 'Lindqvist', '[47719]', 'Kim (PGY-2)', '[47734]', '[43262]'],
  ],
});

// ── 33. Call schedule notes, text layer (decoy only) ──
const callNotes = lines({
  id: 's92-callnotes',
  kind: 's92-call-schedule-notes-text',
  before: 'Call notes — read before your shift',
  text: [
    'Trauma activations page the neuro resident first ([47740] group page), then the attending.',
    'Outside hospital transfers go through the transfer center, ext [46233] (24/7).',
    'Physician parking badge renewals: security office, bldg 3, room 104, ext [10214].',
    'Holiday swaps must be in QGenda by 11/30; questions to the chief resident, pager [47731].',
  ].join('\n'),
});

// ── 34. Modifier quick reference for surgeons, bulleted list, text layer ──
const modifierList = lines({
  id: 's92-modlist',
  kind: 's92-surgical-modifier-quick-reference-list-text',
  before: 'Neurosurgery billing tips — modifiers (pinned in the surgeons’ lounge)',
  text: [
    '• Assistant surgeon, MD/DO: 80 (82 only when no qualified resident), e.g. {64714}-80',
    '• Assistant at surgery, PA or NP: AS, e.g. {64712}-AS',
    "• Co-surgeons: 62 on both surgeons' lines; each dictates his or her own portion ({63047}-62)",
    '• Bilateral: one line with 50, e.g. {64721}-50 or {64445}-50',
    '• Foot digital nerves: T-modifiers with {64632}, one unit per nerve destroyed',
    '• Unrelated visit inside a global: 24 ({99213}-24); post-op care is {99024}',
    '• Planned return or lead revision in the global: 58 or 78, e.g. {63663}-58',
    'Questions: coding desk ext [43262] or the PB coding inbox',
  ].join('\n'),
});

// ── 35. Surgeon preference card, table (mostly decoys) ──
const prefCard = table({
  id: 's92-prefcard',
  kind: 's92-surgeon-preference-card-grid',
  caption: 'Preference card — Lindqvist — sciatic nerve neuroplasty, prone',
  headers: ['Item', 'Mfr / catalog', 'Qty', 'Open / hold'],
  rows: [
    ['Procedures linked to card', '{64712}, {64727}', '—', '—'],
    ['Bipolar forceps, bayonet 8 in', '[80181]', '1', 'Open'],
    ['Handheld nerve stimulator', '[25012]', '1', 'Open'],
    ['Vessel loops, yellow maxi', '[31145]', '2', 'Open'],
    ['Nerve wrap 4 cm', 'AGW-[30320]', '1', 'Hold'],
    ['Prone positioning kit', '[41926]', '1', 'Open'],
  ],
});

// ── 36. Device rep case confirmation email, text layer ──
const repEmail = lines({
  id: 's92-repemail',
  kind: 's92-device-rep-case-confirmation-email-text',
  before: 'Re: Intellis case 11/05 — product confirmation',
  text: [
    'Confirming product for Dr. Lindqvist, case [31702]: Intellis IPG model [97715] and two 977A260 leads.',
    'Your billing office tells me the surgeon reports {63685} and {63650}; I do not advise on coding.',
    'Bill-only PO for consigned stock: PO [45570], Medtronic, 710 Medtronic Pkwy, Minneapolis MN [55432].',
    'Replacement stock ships to the receiving dock, ZIP [43214]; tracking ticket [20398].',
  ].join('\n'),
});

export const sealed92: Snippet[] = [
  ...orLog,
  ...orBoard,
  ...ticketHead,
  ...ticketLines,
  ...ticketRemarks,
  ...globalTracker,
  ...globalAlert,
  ...ncciSheet,
  ...ncciNotes,
  ...coSurgQuery,
  ...coSurgTracker,
  ...implantLog,
  ...udiScans,
  ...implantXml,
  ...schedForm,
  ...schedQueue,
  ...schedJson,
  ...paLetter,
  ...x12278,
  ...paStatus,
  ...hl7Dft,
  ...chargeCsv,
  ...opHeader,
  ...mpfsIndicators,
  ...scrubber,
  ...appeal,
  ...wrvu,
  ...caseLog,
  ...caseCost,
  ...faxCover,
  ...trayList,
  ...callSched,
  ...callNotes,
  ...modifierList,
  ...prefCard,
  ...repEmail,
];
