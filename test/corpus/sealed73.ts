import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 73 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s73-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (anesthesia 01250 included); HCPCS L- and E-codes (L4361, L1832, E0114) have no five-digit
 * run and carry no label. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used
 * as Kansas City area ZIPs, athlete, MRN, ticket, log, claim, asset and registration numbers, street numbers and a
 * deductible. The five known codes' digits come back as decoys: an athlete id, a student-accident policy number, a PO
 * box, an MRN, a patient account, a catastrophic claim number, an equipment asset tag, a vendor item number, a PPE
 * registration number, a tournament match number, an emergency-action-plan reference and an appeals PO box.
 *
 * Family: sports medicine, athletic training and orthopedic urgent care around a Kansas City (MO/KS) high school
 * district, a Division II university and a sports medicine practice with a walk-in ortho clinic: an athletic
 * trainer's daily injury log (athlete ids, jersey numbers, team codes) and injury report, a team physician's clinic
 * schedule and consult note, a walk-in ortho urgent care lobby board, visit summary, self-pay price list, HL7 charge
 * message and remittance CSV, a fracture-care and nerve-block charge sheet, a procedure-room board and block note,
 * a sports surgery OR schedule (procedure and block per case),
 * a school district student-accident (excess coverage) claim form with its itemized bill, EOB and denial letter, an
 * 837P to the student-accident administrator, a catastrophic injury claim summary with its expense ledger, a prior
 * authorization request (XML) and decision, a concussion program roster and clinic note, a DME dispensing log and
 * reorder CSV with HCPCS L-codes, a pre-participation physical event page and registration roster, an injury
 * surveillance JSON export, a sports medicine fellowship procedure log and its totals, and decoy-only pages (a
 * tournament schedule with venue ZIPs, a tournament medical coverage plan, a helmet inventory, an insurance
 * verification roster).
 * Built on real public layouts: the two-part student accident (excess coverage) claim form school districts hand
 * out (school official section, parent section with other insurance, itemized bills and primary EOB attached), the
 * NCAA Catastrophic Injury Insurance Program claim summary (institution, program deductible, eligible expenses over
 * it), the community sports physical night flyer high schools post (state association PPE form, fee, optional ECG),
 * an ACGME-style fellowship case log (procedure, CPT, role, supervisor), X12 837P loops (NM1/N4/SBR/CLM/SV1), HL7 v2
 * DFT^P03 FT1 segments, and a SCAT5 / computerised baseline concussion roster; the tournament venues' addresses and
 * ZIPs are the real Kansas City area complexes. The others are written the way those pages read, with no single source.
 *
 * 366 labelled tokens over 35 shapes: 151 codes, 215 decoys, 77 of the decoys in KNOWN_10K.
 */

// ── 1. Athletic trainer daily injury log, table ──
const atLog = table({
  id: 's73-atlog',
  kind: 's73-athletic-trainer-daily-injury-log-grid',
  caption: 'Athletic Training Room — Daily Injury / Treatment Log — Prairie Creek HS — week of Nov 3',
  headers: ['Date', 'Athlete ID', 'Team', '#', 'Body part', 'Assessment', 'Svc', 'Disposition'],
  rows: [
    ['11/03', '[40311]', 'FB-V', '54', 'R ankle', 'Lat. ankle sprain gr II', '{29540}', 'Practice limited'],
    ['11/03', '[40287]', 'WSOC', '7', 'L knee', 'MCL sprain gr I', '{97110}', 'Modified'],
    ['11/03', '[41155]', 'VB', '12', 'R shoulder', 'RC tendinopathy', '{97140}', 'Full'],
    ['11/04', '[40311]', 'FB-V', '54', 'R ankle', 'Re-eval, swelling down', '{29540}', 'Practice limited'],
    ['11/04', '[42019]', 'XC', '3', 'L forefoot', '3rd web space pain, ? neuroma', 'Eval only', 'Ref team physician'],
    [
      '11/04',
      '[64712]',
      'FB-JV',
      '88',
      'R buttock / post thigh',
      'Deep gluteal pain w/ sitting',
      '{97169}',
      'Ref team physician',
    ],
    ['11/05', '[43508]', 'WBB', '21', 'R wrist', 'FOOSH, snuffbox tender', '—', 'Ref ortho walk-in'],
    ['11/05', '[40199]', 'WR', '—', 'L thumb', 'Taping for competition', '{29280}', 'Full'],
  ],
});

// ── 2. Athletic trainer injury report (SOAP), text layer ──
const atReport = lines({
  id: 's73-atreport',
  kind: 's73-athletic-trainer-injury-report-soap-text',
  before: 'Injury Report — Athletic Training Services — Prairie Creek USD',
  text: [
    'Report no. IR-[20412]   School: Prairie Creek High School, Overland Park KS [66207]',
    'Athlete ID [64712]   Sport: Football (JV), jersey 88   Date of injury: 10/29/2025 (practice)',
    'S: 3 wk of R buttock pain radiating to the posterior thigh, worse sitting through film sessions; no back pain.',
    'O: tender deep to piriformis, seated piriformis stretch test positive, SLR negative, strength 5/5.',
    'A: suspected deep gluteal syndrome. AT evaluation, moderate complexity ({97170}); ther ex ({97110}) x2 sessions.',
    'P: referred to Dr. Anand (team physician), who may try a diagnostic sciatic block or, later, neurolysis ({64712}).',
    'Parent notified; district student-accident claim form given (policy SA-[64445]).',
  ].join('\n'),
});

// ── 3. Team physician clinic schedule, table ──
const clinicSchedule = table({
  id: 's73-tpsched',
  kind: 's73-team-physician-clinic-schedule-grid',
  caption: 'Team Physician Clinic — Dr. Priya Anand, DO — Tuesday — Metcalf Sports Medicine, Suite 300',
  headers: ['Time', 'Patient', 'MRN', 'Team / School', 'Visit', 'Planned proc', 'Room'],
  rows: [
    ['8:00', 'D. Okoro', '[70212]', 'PCHS FB-JV', 'New — deep gluteal pain', '{64445} diagnostic', 'Proc 1'],
    ['8:30', 'M. Reyes', '[70229]', 'PCHS XC', 'New — forefoot', '{64455} vs {64632}', 'Proc 2'],
    ['9:00', 'T. Lindqvist', '[70241]', 'MRSU MBB', 'F/u knee effusion', '{20611}', 'Exam 3'],
    ['9:20', 'A. Bauer', '[71044]', 'MRSU WSOC', 'Concussion f/u', '—', 'Exam 4'],
    ['9:40', 'K. Haddad', '[71102]', 'MRSU Hockey (club)', 'Synkinesis after puck to face', '{64612}', 'Proc 1'],
    ['10:20', 'J. Whitfield', '[64632]', 'PCHS WR', 'Post-op check, clavicle', '—', 'Exam 3'],
    ['10:40', 'S. Pruett', '[72390]', 'Community runner', 'Morton neuroma, 2nd neurolysis', '{64632}', 'Proc 2'],
    ['11:00', 'L. Chen', '[72418]', 'MRSU Baseball', 'Shoulder pain, throwing', '{20610} + {76942}', 'Exam 4'],
  ],
});

// ── 4. Team physician consult note (assessment and plan), text layer ──
const consult = lines({
  id: 's73-consult',
  kind: 's73-team-physician-consult-assessment-plan-text',
  before: 'Metcalf Sports Medicine — Consult note — Assessment and Plan',
  text: [
    'D. Okoro (MRN [70212]), PCHS football: 1. Deep gluteal syndrome, right.',
    '   Diagnostic US-guided sciatic perineural injection today, billed as {64445} with {76942}; 80% relief at 30 min.',
    '   If relief lasts under 6 weeks, refer to Dr. Carr for endoscopic sciatic neurolysis; we will request auth for {64712}.',
    'M. Reyes (MRN [70229]), PCHS cross country: 3rd web space Morton neuroma, left.',
    '   Two steroid injections ({64455}) gave 3 weeks each. Plan: chemical neurolysis, {64632}, series of up to three.',
    '   Metatarsal pad and wider toe box; excision ({28080}) only if neurolysis fails.',
  ].join('\n'),
});

// ── 5. Walk-in ortho urgent care lobby board, table (decoy only) ──
const lobbyBoard = table({
  id: 's73-lobby',
  kind: 's73-walk-in-ortho-lobby-board-grid',
  caption: 'Walk-In Ortho Urgent Care — Olathe — Now serving',
  headers: ['Ticket', 'Patient', 'Arrived', 'Home ZIP', 'Complaint', 'Est. wait', 'Provider'],
  rows: [
    ['[30103]', 'K.M.', '4:02 pm', '[66061]', 'Ankle — basketball', '12 min', 'PA Ruiz'],
    ['[30104]', 'J.T.', '4:10 pm', '[66062]', 'Wrist — skateboard', '20 min', 'PA Ruiz'],
    ['[30105]', 'A.P.', '4:15 pm', '[66085]', 'Finger — volleyball', '25 min', 'Dr. Ng'],
    ['[30106]', 'R.S.', '4:31 pm', '[64145]', 'Knee — soccer', '35 min', 'Dr. Ng'],
    ['[30107]', 'C.D.', '4:40 pm', '[66207]', 'Shoulder — wrestling', '40 min', '—'],
    ['[30108]', 'L.W.', '4:44 pm', '[66053]', 'Collarbone — bike', '45 min', '—'],
  ],
});

// ── 6. Walk-in visit summary / superbill, text layer ──
const visitSummary = lines({
  id: 's73-ucvisit',
  kind: 's73-walk-in-ortho-visit-summary-text',
  before: 'Walk-In Ortho Urgent Care — Visit summary — for billing',
  text: [
    'Encounter [88417]   Ticket [30103]   Patient K.M., 15 y   Guarantor ZIP [66061]',
    'Dx S82.61XA displaced fx lateral malleolus, right; inversion injury, basketball',
    'Services: new patient {99204}-25; ankle 3 views {73610}; popliteal block {64445}-RT for the reduction;',
    '   closed tx distal fibular fx with manipulation {27788}-RT; short leg splint {29515}-RT (not billed, global)',
    'Supplies: L4361 pneumatic boot (see DME log), E0114 crutches   Clinic: [15000] W 119th St, Olathe KS [66062]',
    'Follow-up fracture clinic 1 wk. School secondary claim form given; district policy SA-[64445].',
  ].join('\n'),
});

// ── 7. HL7 DFT charge message from the walk-in clinic, text layer ──
const hl7 = lines({
  id: 's73-hl7',
  kind: 's73-walk-in-hl7-dft-charge-message-text',
  before: 'Interface log — outbound DFT^P03 — walk-in EHR to practice billing',
  text: [
    'MSH|^~\\&|UCEHR|OLATHEWALKIN|PM|METCALF|20251106184500||DFT^P03|[77231]|P|2.5.1',
    'PID|1||[88417]^^^WALKIN^MR||M^K||20100314|F|||^^OLATHE^KS^[66061]',
    'FT1|1||[30103]|20251106||CG|{99204}^OFFICE VISIT NEW MOD^C4||1||||||||||||||25',
    'FT1|2||[30103]|20251106||CG|{73610}^XR ANKLE 3V^C4||1',
    'FT1|3||[30103]|20251106||CG|{64445}^INJ SCIATIC NERVE SINGLE^C4||1||||||||||||||RT',
    'FT1|4||[30103]|20251106||CG|{27788}^CLTX DIST FIB FX W MANJ^C4||1||||||||||||||RT',
  ].join('\n'),
});

// ── 8. Walk-in self-pay price list, table ──
const priceList = table({
  id: 's73-selfpay',
  kind: 's73-walk-in-self-pay-price-list-grid',
  caption: 'Walk-In Ortho — self-pay prices (no appointment, no insurance needed)',
  headers: ['Svc', 'Description', 'Self-pay'],
  rows: [
    ['{99203}', 'New patient visit', '$175'],
    ['{73610}', 'X-ray, ankle, 3 views', '$85'],
    ['{73110}', 'X-ray, wrist, 3 views', '$85'],
    ['{29125}', 'Splint, short arm', '$95'],
    ['{29515}', 'Splint, short leg', '$110'],
    ['{28510}', 'Toe fracture care (not great toe), closed', '$240'],
    ['{64445}', 'Ultrasound-guided nerve block (e.g., sciatic)', '$450'],
    ['{20610}', 'Knee injection / aspiration', '$160'],
    ['{64632}', 'Morton neuroma alcohol injection, per session', '$380'],
  ],
});

// ── 9. Fracture-care and nerve-block charge sheet, table ──
const chargeSheet = table({
  id: 's73-charges',
  kind: 's73-fracture-nerve-block-charge-sheet-grid',
  caption: 'Charge sheet — Procedure room — Metcalf Sports Medicine and Walk-In Ortho — Thursday',
  headers: ['Pt acct', 'CPT', 'Mod', 'Description', 'Units', 'Charge', 'ICD-10'],
  rows: [
    ['[51207]', '{25600}', 'LT', 'Closed tx distal radius fx w/o manip', '1', '1,120.00', 'S52.502A'],
    ['[51207]', '{29125}', 'LT', 'Short arm splint, static', '1', '185.00', 'S52.502A'],
    ['[51213]', '{64415}', 'RT', 'Brachial plexus block, single (interscalene)', '1', '640.00', 'S43.004A'],
    ['[51213]', '{23650}', 'RT', 'Closed tx shoulder dislocation w/ manip', '1', '890.00', 'S43.004A'],
    ['[51213]', '{76942}', '', 'US guidance for needle placement', '1', '310.00', 'S43.004A'],
    ['[51220]', '{64445}', 'RT', 'Sciatic (popliteal) nerve block, single', '1', '610.00', 'S82.851A'],
    ['[51220]', '{64447}', 'RT', 'Femoral nerve block, single', '1', '590.00', 'S82.851A'],
    ['[51224]', '{64445}', 'LT', 'Popliteal sciatic block for reduction', '1', '610.00', 'S82.62XA'],
    ['[51224]', '{27788}', 'LT', 'Closed tx distal fibular fx w/ manip', '1', '1,340.00', 'S82.62XA'],
    ['[64612]', '{29515}', 'LT', 'Short leg splint', '1', '210.00', 'S82.62XA'],
    ['[51231]', '{64612}', '', 'Chemodenervation, facial nerve muscles, unilateral', '1', '720.00', 'G51.4'],
  ],
});

// ── 10. Procedure room board, table ──
const procBoard = table({
  id: 's73-procboard',
  kind: 's73-procedure-room-block-board-grid',
  caption: 'Procedure room 1 — block board',
  headers: ['Bay', 'Patient', 'Block', 'Side', 'Local', 'Status'],
  rows: [
    ['A', 'Okoro, D', '{64445}', 'R', 'Ropi 0.2% 15 mL', 'Done 8:22'],
    ['B', 'Marsh, L', '{64415}', 'L', 'Bupi 0.5% 15 mL', 'Consent signed'],
    ['C', 'Diaz, P', '{64447} + {64445}', 'R', 'Ropi 0.5% 30 mL', 'In bay'],
    ['D', 'Haddad, K', '{64612}', 'L', 'Botulinum toxin 10 U', 'Waiting'],
  ],
});

// ── 10b. Sports surgery OR schedule, table ──
const orSchedule = table({
  id: 's73-orsched',
  kind: 's73-sports-surgery-or-schedule-grid',
  caption: 'Overland Park Surgery Center — OR schedule — sports orthopedics — Monday',
  headers: ['Room', 'Start', 'Surgeon', 'Athlete / team', 'Proc', 'Block', 'Case #'],
  rows: [
    ['OR 4', '07:30', 'Carr', 'Marsh, L — MRSU FB', '{29888} ACL reconstruction', '{64447}', '[36208]'],
    ['OR 4', '10:15', 'Carr', 'Okoro, D — PCHS FB', '{64712} endoscopic sciatic neurolysis', 'GA only', '[36214]'],
    ['OR 5', '07:30', 'Ibsen', 'Diaz, P — club rugby', '{27822} ORIF trimalleolar fx', '{64445} + {64447}', '[36219]'],
    ['OR 5', '11:00', 'Ibsen', 'Lowry, S — MRSU WBB', '{29827} rotator cuff repair', '{64415}', '[36225]'],
    ['OR 6', '08:00', 'Carr', 'Marsh, D — MRSU FB', '{64714} staged lumbar plexus neuroplasty', 'GA only', '[36230]'],
  ],
});

// ── 11. Ultrasound-guided block procedure note, text layer ──
const blockNote = lines({
  id: 's73-blocknote',
  kind: 's73-ultrasound-guided-block-procedure-note-text',
  before: 'PROCEDURE NOTE — Ultrasound-guided lower extremity nerve blocks',
  text: [
    'Patient acct [51220]   MRSU football, right trimalleolar fracture; analgesia before transfer to OR.',
    'Procedure: popliteal sciatic nerve block ({64445}) and adductor canal block ({64447}), with US guidance ({76942}).',
    'Ropivacaine 0.5% 20 mL sciatic / 10 mL adductor canal; image archived, accession [71833].',
    'No paresthesia, no intravascular spread; dense block at 15 min. Tolerated well.',
    'Charge capture: {64445}-RT, {64447}-RT, {76942} — entered by scribe id [50208]',
  ].join('\n'),
});

// ── 12. School district student-accident claim form, text layer ──
const claimForm = lines({
  id: 's73-saclaim',
  kind: 's73-school-student-accident-claim-form-text',
  before: 'Prairie Creek USD 481 — Student Accident Insurance (Excess Coverage) — Claim Form',
  text: [
    'Policy No. SA-[64445]   Group: Interscholastic Athletics, Grades 9–12   Plan year 2025–26',
    'PART A (school official): Prairie Creek High School, [13400] Switzer Rd, Overland Park KS [66213]',
    'Date of accident 11/06/2025   6:40 pm   Activity: varsity football practice (supervised: yes)',
    'PART B (parent/guardian): Student ID [41873]   Primary insurance BCBS KC, group no. [10321]',
    'PART C: attach itemized bills showing CPT and diagnosis codes, and the primary carrier EOB.',
    'Mail to: Claims Dept., PO Box [64712], Kansas City MO [64141]',
  ].join('\n'),
});

// ── 13. Itemized bill attached to the claim, table ──
const itemizedBill = table({
  id: 's73-itemized',
  kind: 's73-student-accident-itemized-bill-grid',
  caption: 'Itemized statement — for student accident claim — guarantor copy',
  headers: ['DOS', 'Item', 'Description', 'Dx', 'Charge', 'Primary paid', 'Balance'],
  rows: [
    ['11/06/25', '{99204}', 'New patient visit, moderate', 'S82.851A', '325.00', '211.40', '113.60'],
    ['11/06/25', '{73610}', 'X-ray ankle 3+ views', 'S82.851A', '148.00', '96.20', '51.80'],
    ['11/06/25', '{64445}', 'Sciatic nerve block', 'S82.851A', '610.00', '402.55', '207.45'],
    ['11/06/25', '{64447}', 'Femoral nerve block', 'S82.851A', '590.00', '389.10', '200.90'],
    ['11/06/25', '{76942}', 'Ultrasound guidance', 'S82.851A', '310.00', '0.00', '310.00'],
    ['11/06/25', 'L4361', 'Walking boot, pneumatic', 'S82.851A', '285.00', '185.25', '99.75'],
    ['11/13/25', '{99024}', 'Post-op follow-up (no charge)', 'S82.851A', '0.00', '0.00', '0.00'],
    ['11/13/25', '{29425}', 'Short leg walking cast', 'S82.851A', '260.00', '169.00', '91.00'],
  ],
});

// ── 14. Student-accident explanation of benefits, table ──
const saEob = table({
  id: 's73-saeob',
  kind: 's73-student-accident-excess-eob-grid',
  caption: 'Explanation of Benefits — Student Accident, excess plan — processed',
  headers: ['Claim no.', 'Line', 'Billed code', 'Billed', 'Prior carrier paid', 'Eligible', 'Plan paid', 'Remark'],
  rows: [
    ['[27063]', '1', '{99204}', '325.00', '211.40', '113.60', '113.60', ''],
    ['[27063]', '2', '{64445}', '610.00', '402.55', '207.45', '207.45', ''],
    ['[27063]', '3', '{64447}', '590.00', '389.10', '200.90', '200.90', ''],
    ['[27063]', '4', '{76942}', '310.00', '0.00', '0.00', '0.00', 'EX21'],
    ['[27063]', '5', 'L4361', '285.00', '185.25', '99.75', '99.75', ''],
    ['[27064]', '1', '{29425}', '260.00', '169.00', '91.00', '91.00', 'Check [80123]'],
  ],
});

// ── 15. Student-accident remark / denial letter, text layer ──
const saLetter = lines({
  id: 's73-saletter',
  kind: 's73-student-accident-remark-letter-text',
  before: 'Student Accident Claims — Notice of partial denial — remark EX21',
  text: [
    'Re: claim [27063], Prairie Creek USD 481, policy SA-[64445], student ID [41873]',
    'Line 4: the provider billed {76942} on the same date as {64445} and {64447}. The primary carrier denied it as',
    'bundled and this plan pays only what the primary carrier considered eligible; balance to patient $0 (provider write-off).',
    'Lines 1–3 and 5 paid at 100% of the balance after primary, check [80123] mailed 12/02/2025.',
    'To appeal, write within 60 days to PO Box [64714], Kansas City MO [64141].',
  ].join('\n'),
});

// ── 16. 837P to the student-accident administrator, text layer ──
const x12 = lines({
  id: 's73-x12',
  kind: 's73-837p-student-accident-secondary-claim-text',
  before: '837P secondary claim — clearinghouse view (ISA/GS trimmed)',
  text: [
    'NM1*41*2*METCALF SPORTS MEDICINE*****46*[31855]~',
    'NM1*40*2*STUDENT ACCIDENT TPA*****46*[60257]~',
    'N4*OVERLAND PARK*KS*[66213]~',
    'SBR*S*18*SA[64445]******CI~',
    'CLM*[51220]*1860***11:B:1*Y*A*Y*Y~',
    'SV1*HC:{64445}:RT*610*UN*1***1~',
    'SV1*HC:{64447}:RT*590*UN*1***1~',
    'SV1*HC:{76942}*310*UN*1***1~',
    'SV1*HC:L4361*285*UN*1***1~',
  ].join('\n'),
});

// ── 17. Catastrophic injury claim summary, text layer ──
const catClaim = lines({
  id: 's73-catclaim',
  kind: 's73-catastrophic-injury-claim-summary-text',
  before: 'Catastrophic Injury Insurance Program — Claim Summary — member institution copy',
  text: [
    'Institution: Missouri River State University (Division II)   Institution no. [20061]',
    'Claim no. CI-[64714]   Student-athlete D. Marsh, football   Date of injury 09/13/2025 (game)',
    'Program deductible [90000]; primary and institution coverage apply first, then eligible expenses over it.',
    'Injury: posterior hip dislocation with traumatic sciatic nerve palsy. Closed reduction under anesthesia ({27252}),',
    '   then sciatic neuroplasty ({64712}) on 10/02 and a staged lumbar plexus neuroplasty ({64714}) on 11/20.',
    'Eligible expenses to date 97,412.66; over deductible 7,412.66. Send bills to Omaha NE [68175], attn. case [30348].',
  ].join('\n'),
});

// ── 18. Catastrophic claim eligible expense ledger, table ──
const catLedger = table({
  id: 's73-catledger',
  kind: 's73-catastrophic-claim-expense-ledger-grid',
  caption: 'Eligible medical expense ledger — catastrophic claim — D. Marsh',
  headers: ['Provider', 'DOS', 'Service', 'Billed', 'Primary paid', 'Applied to deductible', 'Running total'],
  rows: [
    ['MRSU Medical Center ED', '09/13/25', '{99285}', '1,880.00', '1,203.20', '676.80', '676.80'],
    ['MRSU Medical Center OR', '09/13/25', '{27252}', '4,950.00', '3,168.00', '1,782.00', '2,458.80'],
    ['Anesthesia Associates', '10/02/25', '{01250}', '2,340.00', '1,497.60', '842.40', '3,301.20'],
    ['KC Peripheral Nerve Center', '10/02/25', '{64712}', '9,800.00', '6,272.00', '3,528.00', '6,829.20'],
    ['KC Peripheral Nerve Center', '10/02/25', '{95940} x6', '1,920.00', '1,228.80', '691.20', '7,520.40'],
    ['KC Peripheral Nerve Center', '11/20/25', '{64714}', '8,750.00', '5,600.00', '3,150.00', '10,670.40'],
    ['Metcalf Sports Medicine', '10/15–11/30', '{97110} x24', '3,600.00', '2,304.00', '1,296.00', '11,966.40'],
    ['Metcalf Sports Medicine', '11/03/25', '{95886}', '410.00', '262.40', '147.60', '12,114.00'],
  ],
});

// ── 19. Prior authorization request, XML, text layer ──
const paXml = lines({
  id: 's73-paxml',
  kind: 's73-sciatic-neurolysis-prior-auth-request-xml-text',
  before: 'Payer portal — prior authorization request (XML payload)',
  text: [
    '<PriorAuthRequest id="[55102]" payer="BCBSKC" memberZip="[64157]">',
    '  <Service cpt="{64712}" units="1" side="RT" dx="G57.01"/>',
    '  <Service cpt="{29914}" units="1" side="RT" dx="M24.851" note="hip arthroscopy if labral"/>',
    '  <Provider npi="1265498801" taxonomy="207XS0117X" zip="[66211]"/>',
    '  <Facility name="Overland Park Surgery Center" zip="[66210]"/>',
    '</PriorAuthRequest>',
  ].join('\n'),
});

// ── 20. Prior authorization decision letter, text layer ──
const paLetter = lines({
  id: 's73-paletter',
  kind: 's73-prior-auth-decision-letter-text',
  before: 'Utilization Management — Notice of Decision',
  text: [
    'Reference [55102]   Member D. Okoro   Requesting provider: Metcalf Sports Medicine',
    'Approved: CPT {64712} (neuroplasty, major peripheral nerve, sciatic), 1 unit, 12/01/2025–02/28/2026.',
    'Not approved: {29914}; imaging does not show a cam lesion. You may request a peer-to-peer review.',
    'Note: if the surgeon also performs {64714}, a separate request is needed.',
    'Appeals: PO Box [64632], Kansas City MO [64141]   Fax 816-555-0177',
  ].join('\n'),
});

// ── 21. Concussion program roster, table (decoy only) ──
const concussionRoster = table({
  id: 's73-concroster',
  kind: 's73-concussion-program-active-roster-grid',
  caption: 'Concussion Management Program — active cases — Prairie Creek HS',
  headers: ['Athlete ID', 'Team', 'Injury date', 'Baseline ID', 'Post-injury test', 'RTL', 'RTP stage'],
  rows: [
    ['[41873]', 'FB-V', '10/24', '[60252]', '10/27 — 2 composites below baseline', 'Full days', '4'],
    ['[40287]', 'WSOC', '10/30', '[60263]', '11/03 — at baseline', 'Full days', '6 — cleared'],
    ['[42231]', 'CHEER', '11/01', '[61348]', 'Pending', 'Half days', '1'],
    ['[43019]', 'WR', '11/04', '[60291]', 'Pending', 'Home', '1'],
    ['[41122]', 'VB', '10/18', 'No baseline', '10/22 — normative only', 'Full days', '5'],
  ],
});

// ── 22. Concussion clinic follow-up note, text layer ──
const concussionNote = lines({
  id: 's73-concnote',
  kind: 's73-concussion-clinic-follow-up-note-text',
  before: 'Concussion clinic — follow-up — Dr. Anand',
  text: [
    'Athlete ID [41873] (FB-V). SCAT5 symptom severity 14 (baseline 3); VOMS provoked with saccades.',
    'Computerised test repeated; physician interpretation and report {96132}, technician administration {96138}.',
    'Office visit {99214}-25. Vestibular PT referral (evaluation {97162}).',
    'Return to learn: full days with breaks. Return to play: stage 4 of 6, district form RTP-[26031].',
  ].join('\n'),
});

// ── 23. DME dispensing log, table ──
const dmeLog = table({
  id: 's73-dmelog',
  kind: 's73-dme-brace-boot-dispensing-log-grid',
  caption: 'DME dispensing log — Metcalf Sports Medicine — November',
  headers: ['Date', 'Pt acct', 'HCPCS', 'Item', 'Size', 'Vendor item #', 'Fit by', 'Billed to'],
  rows: [
    ['11/03', '[51198]', 'L1832', 'Hinged knee brace, adjustable ROM', 'M', '[11372]', 'ATC Ortiz', 'BCBS KC'],
    ['11/04', '[51203]', 'L1906', 'Ankle brace, lace-up', 'L', '[11385]', 'ATC Ortiz', 'Self-pay'],
    ['11/06', '[51220]', 'L4361', 'Pneumatic walking boot, tall', 'L', '[20425]', 'PA Ruiz', 'Student accident'],
    ['11/06', '[51207]', 'L3908', 'Wrist hand orthosis, prefab', 'S', '[64714]', 'PA Ruiz', 'Medicaid MCO'],
    ['11/07', '[51226]', '{97760}', 'Orthotic fitting and training, 15 min', '—', '—', 'PT Lowe', 'BCBS KC'],
    ['11/07', '[51226]', 'L1833', 'Knee orthosis, post-op', 'L', '[20447]', 'PT Lowe', 'BCBS KC'],
  ],
});

// ── 24. DME reorder CSV, text layer (decoy only) ──
const dmeCsv = lines({
  id: 's73-dmecsv',
  kind: 's73-dme-reorder-export-csv-text',
  before: 'dme_reorder_nov.csv',
  text: [
    'vendor_item,hcpcs,description,on_hand,par,vendor_zip',
    '[11372],L1832,Hinged knee brace M,2,6,[92081]',
    '[11385],L1906,Ankle lace-up L,5,12,[92081]',
    '[20425],L4361,Walking boot tall L,1,8,[37215]',
    '[20447],L1833,Post-op knee L,0,3,[92081]',
    '[64714],L3908,Wrist orthosis S,4,6,[30009]',
  ].join('\n'),
});

// ── 25. Pre-participation physical event page, text layer ──
const ppeEvent = lines({
  id: 's73-ppeevent',
  kind: 's73-sports-physical-event-page-text',
  before: 'Prairie Creek Sports Medicine — Community Sports Physical Night',
  text: [
    'When: Saturday, May 16, 2026, 8:00 am – noon   Where: PCHS Fieldhouse, [13400] Switzer Rd, Overland Park KS [66213]',
    'Cost: $25 (cash or check); proceeds support the athletic training student aide program.',
    'Bring the state association pre-participation physical form with the history page signed by a parent.',
    'These are screening exams and are not billed to insurance. A well visit with your own doctor',
    '({99394} ages 12–17, {99395} ages 18+) also meets the requirement.',
    'Optional ECG screening ({93000}) by our heart-screening partner; sign up with event code [40285].',
  ].join('\n'),
});

// ── 26. Pre-participation physical registration roster, table (decoy only) ──
const ppeRoster = table({
  id: 's73-pperoster',
  kind: 's73-sports-physical-registration-roster-grid',
  caption: 'Sports Physical Night — registrations',
  headers: ['Reg #', 'Student', 'Grade', 'School', 'Home ZIP', 'ECG', 'Cleared'],
  rows: [
    ['[40301]', 'Abara, N.', '9', 'PCHS', '[66213]', 'Yes', 'Yes'],
    ['[40302]', 'Brandt, E.', '10', 'PCHS', '[66221]', 'No', 'Yes'],
    ['[40303]', 'Castillo, M.', '9', 'Prairie Creek MS', '[66085]', 'Yes', 'Refer (murmur)'],
    ['[64714]', 'Dunn, T.', '11', 'PCHS', '[66223]', 'No', 'Yes'],
    ['[40305]', 'Eze, C.', '12', 'PCHS', '[66207]', 'Yes', 'Yes'],
  ],
});

// ── 27. Injury surveillance JSON export, text layer ──
const surveillance = lines({
  id: 's73-isjson',
  kind: 's73-injury-surveillance-json-export-text',
  before: 'Injury surveillance export — record (JSON)',
  text: [
    '{ "athleteId": "[64712]",',
    '  "schoolZip": "[66213]",',
    '  "eventId": "[20472]",',
    '  "sport": "football", "teamCode": "FBJV", "jersey": 88, "timeLossDays": 12,',
    '  "atServices": ["{97170}", "{97110}", "{97140}"],',
    '  "referralProcedure": "{64445}",',
    '  "reportId": "[20412]" }',
  ].join('\n'),
});

// ── 28. Sports medicine fellowship procedure log, table ──
const fellowLog = table({
  id: 's73-fellowlog',
  kind: 's73-sports-medicine-fellowship-procedure-log-grid',
  caption: 'Primary Care Sports Medicine Fellowship — Procedure Log — Fellow J. Okonkwo, MD — 2025–26',
  headers: ['Date', 'Log ID', 'Procedure', 'Code', 'Guidance', 'Role', 'Supervisor', 'Site'],
  rows: [
    ['08/04', '[10431]', 'Knee aspiration / injection', '{20610}', 'Landmark', 'Primary', 'Anand', 'Clinic'],
    ['08/11', '[10436]', 'Subacromial injection', '{20611}', 'US', 'Primary', 'Anand', 'Clinic'],
    ['08/19', '[10441]', 'Popliteal sciatic block', '{64445}', 'US', 'Assist', 'Hale (anesth)', 'ASC'],
    ['08/26', '[10450]', 'Interscalene block', '{64415}', 'US', 'Assist', 'Hale (anesth)', 'ASC'],
    ['09/02', '[10467]', 'Morton neuroma chemical neurolysis', '{64632}', 'US', 'Primary', 'Anand', 'Clinic'],
    ['09/09', '[10471]', 'Chemodenervation, facial (synkinesis)', '{64612}', 'EMG', 'Primary', 'Voss (PM&R)', 'PM&R'],
    ['09/16', '[10498]', 'Endoscopic sciatic neurolysis', '{64712}', '—', 'Observed', 'Carr (ortho)', 'Hospital'],
    ['09/23', '[10501]', 'Tendon sheath injection', '{20550}', 'US', 'Primary', 'Anand', 'Clinic'],
    ['09/30', '[10508]', 'Closed tx metatarsal fx', '{28470}', '—', 'Primary', 'Ng', 'Walk-in'],
    ['10/07', '[10510]', 'Botulinum toxin, CECS, one leg', '{64642}', 'US/EMG', 'Primary', 'Voss (PM&R)', 'PM&R'],
    ['10/14', '[10514]', 'Lumbar plexus neuroplasty', '{64714}', '—', 'Observed', 'Carr (ortho)', 'Hospital'],
    ['10/21', '[10517]', 'Femoral nerve block', '{64447}', 'US', 'Primary', 'Hale (anesth)', 'ED'],
  ],
});

// ── 29. Fellowship procedure totals, text layer ──
const fellowTotals = lines({
  id: 's73-fellowtotals',
  kind: 's73-fellowship-procedure-totals-text',
  before: 'Semi-annual review — procedure totals (fellow ID and program minimums)',
  text: [
    'Fellow ID [30301]. Program minimums: 50 US-guided injections, 10 nerve blocks, 5 closed fracture treatments.',
    'Logged to date: {20610} x41, {20611} x38, {20550}/{20551} x12, {64445} x6, {64415} x4, {64447} x3.',
    'Neurolysis and chemodenervation: {64632} x5, {64612} x2, {64642} x3.',
    'Observed only (not counted toward the nerve-block minimum): {64712} x2, {64714} x1.',
    'Fracture care: {28470} x3, {25600} x2, {27786} x2 — two more needed by June.',
  ].join('\n'),
});

// ── 30. Tournament schedule, table (decoy only) ──
const tournament = table({
  id: 's73-tourney',
  kind: 's73-youth-soccer-tournament-schedule-grid',
  caption: 'Heartland Fall Classic — U16 / U17 Girls — schedule, all venues',
  headers: ['Match', 'Date', 'Kickoff', 'Field', 'Home', 'Away', 'Venue ZIP'],
  rows: [
    ['[21004]', 'Sat 11/15', '8:00', 'OPSC 3', 'KC Fusion 09G', 'Sporting Blue Valley 09G', '[66221]'],
    ['[21007]', 'Sat 11/15', '8:00', 'OPSC 4', 'Toca FC 09G', 'Rush Omaha 09G', '[66221]'],
    ['[21017]', 'Sat 11/15', '10:30', 'Heritage 2', 'KC Athletics 08G', 'Tulsa SC 08G', '[66062]'],
    ['[64612]', 'Sat 11/15', '13:00', 'Swope 7', 'Sporting Academy 08G', 'Springfield 08G', '[64132]'],
    ['[21029]', 'Sun 11/16', '9:00', 'CMNPC 1', 'Final U16', '', '[66111]'],
    ['[21030]', 'Sun 11/16', '11:00', 'CMNPC 1', 'Final U17', '', '[66111]'],
  ],
});

// ── 31. Tournament medical coverage plan, text layer (decoy only) ──
const tourneyMedical = lines({
  id: 's73-tourneymed',
  kind: 's73-tournament-medical-coverage-plan-text',
  before: 'Heartland Fall Classic — athletic trainer coverage and emergency action plan',
  text: [
    'Overland Park Soccer Complex, [13700] Switzer Rd, Overland Park KS [66221]: 2 ATs, AED in the field 6 shed.',
    'Heritage Park, [16050] Pflumm Rd, Olathe KS [66062]: 1 AT. Nearest ER: Olathe Medical Center, [20333] W 151st St.',
    'Swope Soccer Village, Kansas City MO [64132]: 1 AT; EMS staging at the north lot.',
    'Injury report numbers for the weekend start at [50001]; emergency action plan ref EAP-[64612].',
  ].join('\n'),
});

// ── 32. Helmet inventory, table (decoy only) ──
const helmets = table({
  id: 's73-helmets',
  kind: 's73-football-helmet-inventory-recert-grid',
  caption: 'Football equipment inventory — helmets — reconditioning and recertification',
  headers: ['Asset tag', 'Make / model', 'Size', 'Serial', 'Mfg year', 'Last recert', 'Assigned #'],
  rows: [
    ['[20033]', 'Riddell SpeedFlex', 'L', 'RS-2208841', '2021', '2025', '54'],
    ['[20041]', 'Schutt F7 VTD', 'M', 'SC7-1190437', '2022', '2025', '7'],
    ['[20052]', 'Vicis Zero2', 'XL', 'VZ2-0045122', '2023', '2025', '88'],
    ['[64632]', 'Riddell Axiom', 'L', 'RA-0038814', '2024', '2025', '12'],
    ['[20066]', 'Schutt F7 LTD', 'M', 'SC7-1201456', '2019', '2024 (retire 2029)', 'Spare'],
  ],
});

// ── 33. Secondary insurance verification roster, table (decoy only) ──
const insRoster = table({
  id: 's73-insroster',
  kind: 's73-athlete-secondary-insurance-verification-grid',
  caption: 'Athletics — insurance verification before first contest',
  headers: ['Team', 'Athlete ID', 'Jersey', 'Primary carrier', 'Group #', 'Home ZIP', 'Verified'],
  rows: [
    ['FB-V', '[40311]', '54', 'BCBS KC', '[10321]', '[66213]', 'Yes'],
    ['FB-JV', '[64712]', '88', 'Aetna', '[86330]', '[66221]', 'Yes'],
    ['WSOC', '[40287]', '7', 'KanCare (Sunflower)', '—', '[66062]', 'Yes'],
    ['VB', '[41155]', '12', 'None — student accident only', '—', '[66085]', 'Parent form'],
    ['WBB', '[43508]', '21', 'Cigna', '[33261]', '[64145]', 'Yes'],
  ],
});

// ── 34. Walk-in remittance CSV, text layer ──
const remitCsv = lines({
  id: 's73-remitcsv',
  kind: 's73-walk-in-remittance-detail-csv-text',
  before: 'era_detail_walkin.csv (exported from the practice management system)',
  text: [
    'claim_id,line,proc,mod,billed,allowed,paid,patient_zip',
    '[88417],1,{99204},25,325.00,198.40,158.72,[66061]',
    '[88417],2,{73610},RT,148.00,41.10,32.88,[66061]',
    '[88417],3,{64445},RT,610.00,104.62,83.70,[66061]',
    '[88417],4,{27788},RT,1340.00,512.06,409.65,[66061]',
    '[88502],1,{99203},,230.00,141.20,112.96,[64053]',
    '[88502],2,{29125},LT,185.00,72.03,57.62,[64053]',
  ].join('\n'),
});

export const sealed73: Snippet[] = [
  ...atLog,
  ...atReport,
  ...clinicSchedule,
  ...consult,
  ...lobbyBoard,
  ...visitSummary,
  ...hl7,
  ...priceList,
  ...chargeSheet,
  ...procBoard,
  ...orSchedule,
  ...blockNote,
  ...claimForm,
  ...itemizedBill,
  ...saEob,
  ...saLetter,
  ...x12,
  ...catClaim,
  ...catLedger,
  ...paXml,
  ...paLetter,
  ...concussionRoster,
  ...concussionNote,
  ...dmeLog,
  ...dmeCsv,
  ...ppeEvent,
  ...ppeRoster,
  ...surveillance,
  ...fellowLog,
  ...fellowTotals,
  ...tournament,
  ...tourneyMedical,
  ...helmets,
  ...insRoster,
  ...remitCsv,
];
