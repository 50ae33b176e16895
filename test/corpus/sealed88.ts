import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 88 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s88-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, payer ids, group numbers, work-queue items, estimate and auth references, extensions, charges and counts. The
 * five known codes' digits come back as decoys: a work-queue item, a group number, a patient ZIP (Elmo, MO), an auth
 * reference, a registrar id, an estimate number, a PO box, a phone extension, a fax job id and a parking permit.
 *
 * Family: patient access and pre-registration centers at a health system (a fictional Kansas City system with
 * Missouri and Kansas campuses): an order-to-schedule work queue (order numbers, CPT, auth status) and its order
 * detail, a pre-registration checklist, an insurance verification coverage screen (payer ids, group numbers,
 * subscriber ids), X12 270/271 eligibility text, a patient estimate built from CPT lines and its cover letter, a
 * financial clearance dashboard, a scheduling call script with the procedure as prose, a referral intake fax and its
 * entered referral record, an ABN and the ABN log, a registration quality audit and scorecard, an auth status log,
 * an X12 278 request, HL7 order and scheduling messages, a FHIR-style JSON order, a payer auth-rule CSV and lookup, a
 * hospital shoppable-services price list, an appointment prep letter, a portal eCheck-in, a Medicare secondary payer
 * questionnaire, a scheduler procedure lookup and protocol, a clearance policy list, an OR board with clearance flags,
 * a front-end denial root-cause report, an estimate worksheet, a financial assistance screen, and decoy-only pages
 * (a department phone directory with extensions and ZIPs, a parking and directions page, a call-centre queue report).
 * Built on real public layouts: the Epic Cadence "orders to be scheduled" work queue and Prelude registration
 * checklist (as shown in public training decks), the X12 270/271 (EQ, EB, REF*6P, N4) and 278 (UM, HI, SV1)
 * segments, the No Surprises Act good faith estimate table (service, code, quantity, expected charge), CMS-R-131
 * (ABN: blanks A to J, options 1 to 3), HL7 v2 ORM^O01 and SIU^S12 (OBR-4, AIS-3), the CMS Medicare secondary payer
 * questionnaire, and a hospital price transparency shoppable services list. The others are written the way those
 * pages read, with no single source.
 *
 * 357 labelled tokens over 39 shapes: 140 codes, 217 decoys, 75 of the decoys in KNOWN_10K.
 */

// ── 1. Order-to-schedule work queue (Cadence-style), table ──
const orderWq = table({
  id: 's88-orderwq',
  kind: 's88-order-to-schedule-work-queue-grid',
  caption: 'Work queue: Central Scheduling — Procedures Needing Scheduling (Interventional / Neuro / Podiatry)',
  headers: ['Item', 'Patient', 'Order', 'Procedure', 'CPT', 'Ordering dept', 'Auth', 'Sched by'],
  rows: [
    [
      '[40308]',
      'Haskins, Vera',
      '[77182]',
      'NERVE BLOCK SCIATIC SINGLE',
      '{64445}',
      'ORTHO FOOT/ANKLE',
      'Not req',
      '03/07',
    ],
    ['[40327]', 'Obi, Marcus', '[77210]', 'NEUROPLASTY SCIATIC NERVE', '{64712}', 'NEUROSURGERY', 'Pending', '03/21'],
    [
      '[64632]',
      'Pelletier, Ann',
      '[77204]',
      'DESTR NEUROLYTIC PLANTAR DIG NERVE',
      '{64632}',
      'PODIATRY',
      'Approved',
      '03/14',
    ],
    [
      '[40341]',
      'Yoon, Daniel',
      '[77231]',
      'CHEMODENERVATION FACIAL NERVE',
      '{64612}',
      'NEUROLOGY',
      'Drug + proc',
      '03/28',
    ],
    [
      '[40347]',
      'Grady, Louise',
      '[77219]',
      'NEUROPLASTY LUMBAR PLEXUS',
      '{64714}',
      'NEUROSURGERY',
      'Peer to peer',
      '04/04',
    ],
    [
      '[40352]',
      'Ferris, Todd',
      '[77238]',
      'MRI LUMBAR SPINE W/O CONTRAST',
      '{72148}',
      'SPINE CENTER',
      'Approved',
      '03/10',
    ],
    ['[40360]', 'Alcott, Rita', '[77233]', 'NCS 5-6 STUDIES + EMG', '{95909} {95886}', 'NEUROLOGY', 'Not req', '03/19'],
    ['[40367]', 'Mendez, Joel', '[77245]', 'INJ TFESI LUMBAR SINGLE', '{64483}', 'PAIN', 'Pending', '03/12'],
  ],
});

// ── 2. Order detail / order comments behind a work queue item, text layer ──
const orderDetail = lines({
  id: 's88-orderdetail',
  kind: 's88-order-detail-comments-text',
  before: 'Order detail — Obi, Marcus — Neurosurgery — Future order, expected within 30 days',
  text: [
    'Order ID [77210]   Status: Signed, needs scheduling   Class: Hospital performed',
    'Procedure: NEUROPLASTY MAJOR PERIPHERAL NERVE, SCIATIC ({64712}); laterality Left',
    'Ordering comments: pt also needs pre-op sciatic block in holding, please link {64445} order [77214].',
    'Scheduling instructions: 120 min OR, main campus; if lumbar plexus exploration is added bill {64714} instead.',
    'Linked referral [30547]; patient prefers calls after 4 pm; home ZIP [64157].',
  ].join('\n'),
});

// ── 3. Pre-registration checklist (Prelude-style), text layer ──
const preregChecklist = lines({
  id: 's88-prereg',
  kind: 's88-pre-registration-checklist-text',
  before: 'Pre-Registration Checklist — HOV Surgery 03/14 — Pelletier, Ann',
  text: [
    '☑ Demographics — 412 Oak St, Elmo, MO [64445]; confirmed by phone with patient',
    '☑ Guarantor — self; guarantor account [51214]',
    '☑ Coverage — BCBS Kansas City PPO, payer [47171], group [64612], verified today',
    '☑ Referral/auth — Auth [88314] approved for {64632} x1 (left foot, 3rd interspace)',
    '☐ MSPQ — not needed (commercial primary)',
    '☐ Estimate given — pending; add excision {28080} to the estimate if the surgeon converts',
    '☑ Consents on file; advance directive none; preferred pharmacy ZIP [64132]',
  ].join('\n'),
});

// ── 4. Insurance verification coverage screen, table (decoy only) ──
const coverageScreen = table({
  id: 's88-coverage',
  kind: 's88-insurance-verification-coverage-grid',
  caption: 'Coverage — verification status — filed coverages for this encounter',
  headers: ['Rank', 'Payer', 'Payer ID', 'Plan', 'Group #', 'Subscriber ID', 'Last verified'],
  rows: [
    ['1', 'BCBS KANSAS CITY', '[47171]', 'Blue Select PPO', '[64612]', 'XKC912204511', '03/02 by [20419]'],
    ['1', 'AETNA', '[60054]', 'Open Access Choice', '[86157]-010-003', 'W287745310', '03/02 by [20419]'],
    ['1', 'UNITEDHEALTHCARE', '[87726]', 'Choice Plus', '[90422]', '947113820', '02/27 by [20433]'],
    ['2', 'UMR', '[39026]', 'Self-funded employer', '[76414]-001', '88203177', '02/27 by [20433]'],
    ['1', 'CIGNA', '[62308]', 'OAP', '[33215]', 'U20498811', '03/01 by [20419]'],
    ['1', 'SUNFLOWER (KANCARE)', '[68069]', 'Medicaid MCO', '—', '7001123940', '03/03 by [20451]'],
  ],
});

// ── 5. X12 270 request and 271 response, text layer ──
const x12Elig = lines({
  id: 's88-x12elig',
  kind: 's88-x12-270-271-eligibility-text',
  before: 'Eligibility — raw transaction view (270 sent / 271 received)',
  text: [
    '270  NM1*PR*2*AETNA*****PI*[60054]~',
    '270  NM1*IL*1*OBI*MARCUS****MI*W287745310~',
    '270  EQ**HC:{64712}~',
    '271  NM1*IL*1*OBI*MARCUS****MI*W287745310~',
    '271  N4*KANSAS CITY*MO*[64157]~',
    '271  REF*6P*[86157]*OPEN ACCESS CHOICE~',
    '271  EB*C*IND*30***23*2500~',
    '271  EB*G*FAM*30***23*[15000]~',
    '271  EB*A*IND*2*C1*OPEN ACCESS CHOICE***.2***Y*Y*HC:{64712}~',
    '271  MSG*PRECERTIFICATION REQUIRED FOR HC {64712} AND HC {64714}~',
  ].join('\n'),
});

// ── 6. Verifier's benefit note, text layer ──
const benefitNote = lines({
  id: 's88-benefitnote',
  kind: 's88-benefit-verification-note-text',
  before: 'Coverage verification comment — Yoon, Daniel — Neurology botulinum series',
  text: [
    'Called UHC provider line, ref# [61853]; spoke with Keisha. Plan Choice Plus, group [90422].',
    'Deductible $3,000 met $1,140; OOP max $7,500. Specialist office 20% after deductible.',
    'Procedure {64612} requires PA through Optum; drug J0585 covered under medical benefit, PA separate.',
    'EMG guidance {95874} does not need PA. Rep could not quote allowed amount.',
    'Will route to auth team queue [30016]. Next dose due window opens 03/28.',
  ].join('\n'),
});

// ── 7. Patient estimate (good-faith-estimate style), table ──
const estimateLines = table({
  id: 's88-estimate',
  kind: 's88-patient-estimate-line-items-grid',
  caption: 'Patient Estimate — Surgical services — Hospital Outpatient — Obi, Marcus',
  headers: ['Line', 'Service', 'Billed code', 'Qty', 'Expected charge', 'Plan pays', 'You pay'],
  rows: [
    ['1', 'Neuroplasty, sciatic nerve', '{64712}', '1', '[14820].00', '9650.10', '2100.00'],
    ['2', 'Injection, anesthetic, sciatic nerve', '{64445}', '1', '1286.00', '815.40', '204.00'],
    ['3', 'Ultrasound guidance, needle placement', '{76942}', '1', '612.00', '371.30', '92.80'],
    ['4', 'OR time, first 30 min (facility)', 'Rev 0360', '1', '4210.00', 'bundled', '—'],
    ['5', 'Recovery room (facility)', 'Rev 0710', '1', '1905.00', 'bundled', '—'],
    ['', 'Total', '', '', '[22833].00', '[10836].80', '2396.80'],
  ],
});

// ── 8. Estimate cover letter, text layer ──
const estimateLetter = lines({
  id: 's88-estletter',
  kind: 's88-patient-estimate-cover-letter-text',
  before: 'Prairie Ridge Health — Patient Financial Services — Your cost estimate',
  text: [
    'Estimate number [64712]   Created 03/03 by Patient Access (Meyer Blvd campus)',
    'Marcus Obi, 8804 N Brighton Ave, Kansas City, MO [64157]',
    'This estimate is for your scheduled surgery (CPT {64712}) and the nerve block your anesthesia team plans ({64445}).',
    'If your surgeon also performs a lumbar plexus release ({64714}) your cost may be higher.',
    'Questions: call 816-276-4100, option 3. Pay a deposit online with account [50366].',
  ].join('\n'),
});

// ── 9. Financial clearance dashboard, table ──
const clearanceDash = table({
  id: 's88-clearance',
  kind: 's88-financial-clearance-dashboard-grid',
  caption: 'Financial Clearance — T-7 days — Surgical and procedural',
  headers: ['Appt', 'Patient', 'Acct', 'Proc', 'Elig', 'Auth', 'Est', 'Status'],
  rows: [
    ['03/12', 'Mendez, J', '[51188]', '{64483}', '✓', 'Pending', '—', 'AT RISK'],
    ['03/14', 'Pelletier, A', '[51214]', '{64632}', '✓', '✓', '✓', 'CLEARED'],
    ['03/14', 'Haskins, V', '[51211]', '{64445} + {28296}', '✓', 'N/A', '✓', 'CLEARED'],
    ['03/21', 'Obi, M', '[50366]', '{64712}', '✓', 'Pending', '✓', 'NOT CLEARED'],
    ['03/28', 'Yoon, D', '[51232]', '{64612}', '✓', 'Drug only', '—', 'NOT CLEARED'],
    ['04/04', 'Grady, L', '[51240]', '{64714}', '✕', '—', '—', 'NOT CLEARED'],
    ['04/04', 'Vance, P', '[51243]', '{66984}', '✓', 'N/A', '✓', 'CLEARED'],
  ],
});

// ── 10. Financial clearance summary tiles, text layer (decoy only) ──
const clearanceTiles = lines({
  id: 's88-cleartiles',
  kind: 's88-financial-clearance-summary-tiles-text',
  before: 'Financial Clearance — week of 03/10 — summary',
  text: [
    'Scheduled encounters: 1,284   Cleared: 1,102 (85.8%)   At risk: 96   Not cleared: 86',
    'Expected charges at risk: $[38442]   Deposits collected: $[18619]   POS goal: $[25000]',
    'Open work queue items: [10432] across all queues (oldest 19 days)',
    'Top denial-avoidance save this week: acct [51188], $[14277] in charges rescheduled for auth',
  ].join('\n'),
});

// ── 11. Scheduling call script, text layer ──
const callScript = lines({
  id: 's88-callscript',
  kind: 's88-scheduling-call-script-text',
  before: 'Central Scheduling — outbound call script — procedure orders',
  text: [
    '"Hi, this is ____ with Prairie Ridge Health Central Scheduling. I am calling about an order from your doctor."',
    'Read the order in plain words, e.g. "a sciatic nerve block ({64445}) before your foot surgery".',
    "For a Morton's neuroma treatment (we schedule it as {64632}) offer the Overland Park clinic first.",
    'For Botox for eyelid spasm ({64612}) confirm the drug has arrived before you book.',
    'Verify address and ZIP (e.g. [66215]) and callback number; read back the date and arrival time.',
    'If the patient asks for cost, transfer to the estimate line, extension [64714].',
  ].join('\n'),
});

// ── 12. Referral intake fax, text layer ──
const referralFax = lines({
  id: 's88-reffax',
  kind: 's88-referral-intake-fax-text',
  before: 'Inbound fax — Referral Intake queue — received 03/04 10:42',
  text: [
    'FROM: Northland Family Eye Care  FAX 816-455-0193  Pages 4  Job [64632]',
    'TO: Prairie Ridge Neuro-Ophthalmology, 8901 NE 81st St, Kansas City MO [64158]',
    'RE: Referral for botulinum toxin, blepharospasm (G24.5), both eyes',
    'Requested: chemodenervation of facial nerve, {64612}-50, with J0585 100 units, every 12 weeks',
    'Patient: Daniel Yoon DOB 07/19/1961   Member ID 947113820   Group [90422]',
    'Prior treatment elsewhere: 4 cycles {64612} at KU, last 11/2024.   Referral # [21776]',
  ].join('\n'),
});

// ── 13. Referral record as entered, two-column table ──
const referralRecord = table({
  id: 's88-refrecord',
  kind: 's88-referral-record-entry-grid',
  caption: 'Referral — Incoming — Neuro-Ophthalmology',
  headers: ['Field', 'Value'],
  rows: [
    ['Referral ID', '[31514]'],
    ['External referral #', '[21776]'],
    ['Referred by (location ZIP)', '[64155]'],
    ['Requested service', '{64612}'],
    ['Additional services', '{95874}; {99204}'],
    ['Visits / units authorized', '4 visits; drug 400 units'],
    ['Payer ID', '[87726]'],
  ],
});

// ── 14. ABN (CMS-R-131), text layer ──
const abnForm = lines({
  id: 's88-abn',
  kind: 's88-abn-cms-r-131-form-text',
  before: 'Advance Beneficiary Notice of Non-coverage (ABN)',
  text: [
    'A. Notifier: Prairie Ridge Neurology, 2300 E Meyer Blvd, Kansas City MO [64132], PO Box [64712]',
    'B. Patient Name: Harold Finch        C. Identification Number: [40977]',
    'D. Chemodenervation, facial nerve, unilateral ({64612}) — hemifacial spasm, cycle 2',
    'E. Reason Medicare May Not Pay: frequency exceeds LCD limit (1 per 84 days)',
    'F. Estimated Cost: $1,060',
    'D. Also: EMG guidance for chemodenervation ({95874})   E. same reason   F. $210',
    'G. OPTIONS: ☒ OPTION 1  ☐ OPTION 2  ☐ OPTION 3     H. Additional information: claim with GA modifier',
  ].join('\n'),
});

// ── 15. ABN log, table ──
const abnLog = table({
  id: 's88-abnlog',
  kind: 's88-abn-tracking-log-grid',
  caption: 'ABN log — Patient Access — February',
  headers: ['ABN #', 'Patient ID', 'Svc', 'Est cost', 'Option', 'Mod', 'Scanned'],
  rows: [
    ['[70520]', '[40977]', '{64612}', '1,060', '1', 'GA', 'Y'],
    ['[70513]', '[41206]', '{64632}', '420', '2', 'GA', 'Y'],
    ['[70526]', '[41233]', '{20610}', '180', '1', 'GA', 'N'],
    ['[70515]', '[41250]', '{64445}', '315', '3', '—', 'Y'],
    ['[70516]', '[41262]', '{95910}', '730', '1', 'GA', 'Y'],
  ],
});

// ── 16. Registration quality audit, table ──
const regAudit = table({
  id: 's88-regaudit',
  kind: 's88-registration-quality-audit-grid',
  caption: 'Registration Quality Audit — random 2% sample — February',
  headers: ['Acct', 'Registrar', 'Error', 'Detail', 'Pts'],
  rows: [
    ['[50871]', '[64714]', 'Wrong payer ID', 'used [60055] for Aetna, should be [60054]', '-5'],
    ['[50902]', '[20419]', 'ZIP mismatch', 'patient ZIP [66215] keyed as [66251]', '-2'],
    ['[50944]', '[20433]', 'Order not linked', 'visit for {64714} had no order attached', '-5'],
    ['[50968]', '[20451]', 'Auth on wrong line', 'auth under {64445}, service done was {64447}', '-3'],
    ['[51013]', '[20419]', 'No MSPQ', 'Medicare pt, neurology visit for {64612}', '-5'],
    ['[51057]', '[64714]', 'None', '—', '0'],
  ],
});

// ── 17. Registrar scorecard, text layer (decoy heavy) ──
const scorecard = lines({
  id: 's88-scorecard',
  kind: 's88-registrar-accuracy-scorecard-text',
  before: 'Registrar accuracy scorecard — February — Central Patient Access',
  text: [
    'Registrar [64714] (T. Nguyen): 212 accounts audited, 4 errors, accuracy 98.1%',
    'Registrar [20419] (K. Bell): 198 audited, 2 errors, accuracy 99.0%',
    'Registrar [20433] (S. Ortiz): 205 audited, 7 errors, accuracy 96.6% — coaching on linking orders to {64714}-type cases',
    'Department goal 98%; bonus pool [15000] split by accuracy tier.',
  ].join('\n'),
});

// ── 18. Prior auth status log, table ──
const authLog = table({
  id: 's88-authlog',
  kind: 's88-prior-auth-status-log-grid',
  caption: 'Authorizations — open and recent — Surgical Scheduling',
  headers: ['Case', 'Payer', 'Requested', 'Units', 'Submitted', 'Status', 'Auth / ref'],
  rows: [
    ['[60712]', 'Aetna', '{64712}', '1', '02/28', 'Pended for clinicals', 'ref [64632]'],
    ['[60713]', 'BCBS KC', '{64632}', '1', '02/20', 'Approved', '[88314]'],
    ['[60721]', 'UHC / Optum', '{64612} + J0585', '1 / 100', '03/04', 'Submitted', 'ref [73424]'],
    ['[60725]', 'Cigna / eviCore', '{64483}', '1', '03/01', 'Approved', '[51962]'],
    ['[60729]', 'Humana', '{64714}', '1', '03/05', 'Peer-to-peer set 03/07', 'ref [22905]'],
  ],
});

// ── 19. X12 278 services review request, text layer ──
const x12Auth = lines({
  id: 's88-x12auth',
  kind: 's88-x12-278-auth-request-text',
  before: '278 request — outbound to UMO (segments shown one per line)',
  text: [
    'UM*HS*I*2*11:B~',
    'NM1*X3*2*OPTUM*****PI*[87726]~',
    'NM1*IL*1*YOON*DANIEL****MI*947113820~',
    'N4*KANSAS CITY*MO*[64158]~',
    'HI*ABK:G245~',
    'SV1*HC:{64612}:50*0*UN*1***1~',
    'SV1*HC:J0585*0*UN*100***1~',
    'TRN*1*[73424]*1431234567~',
  ].join('\n'),
});

// ── 20. HL7 ORM order message, text layer ──
const hl7Orm = lines({
  id: 's88-hl7orm',
  kind: 's88-hl7-orm-procedure-order-text',
  before: 'Interface monitor — inbound ORM^O01 from clinic EHR to scheduling',
  text: [
    'MSH|^~\\&|CLINICEHR|PRH|CADENCE|PRH|202503041015||ORM^O01|[88112]|P|2.3',
    'PID|1||MRN0418822^^^PRH||HASKINS^VERA||19580402|F|||77 W 63RD ST^^KANSAS CITY^MO^[64113]',
    'ORC|NW|[77182]|||||||||1558321190^KRAMER^ELI',
    'OBR|1|[77182]||{64445}^NERVE BLOCK SCIATIC SINGLE^CPT4|||20250304',
    'OBR|2|[77183]||{28296}^BUNIONECTOMY W DISTAL OSTEOTOMY^CPT4|||20250304',
    'DG1|1||M20.12^HALLUX VALGUS LEFT^I10',
  ].join('\n'),
});

// ── 21. HL7 SIU scheduling message, text layer ──
const hl7Siu = lines({
  id: 's88-hl7siu',
  kind: 's88-hl7-siu-surgery-booking-text',
  before: 'Interface monitor — outbound SIU^S12 to OR scheduling',
  text: [
    'MSH|^~\\&|CADENCE|PRH|ORSCHED|PRH|202503051130||SIU^S12|[88139]|P|2.3',
    'SCH|[93001]|[93001]|||||SURG^Surgery||120|MIN',
    'AIS|1|A|{64712}^NEUROPLASTY SCIATIC NERVE^CPT4|202503210730|||120|MIN',
    'AIS|2|A|{64445}^NERVE BLOCK SCIATIC^CPT4|202503210700|||20|MIN',
    'AIL|1|A|MEYER OR 07^^^MEYER||',
    'AIP|1|A|1720448819^DUVALL^NORA|SURGEON',
  ].join('\n'),
});

// ── 22. FHIR-style ServiceRequest JSON (referral portal), text layer ──
const fhirJson = lines({
  id: 's88-fhirjson',
  kind: 's88-fhir-service-request-json-text',
  before: 'Referral portal API — ServiceRequest (pretty-printed)',
  text: [
    '"resourceType": "ServiceRequest", "id": "[40341]",',
    '"code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}" } ] },',
    '"orderDetail": [ { "text": "left 3rd interspace" } ], "quantityQuantity": { "value": 1 },',
    '"subject": { "reference": "Patient/[41206]" },',
    '"performer": [ { "display": "PRH Podiatry Overland Park", "postalCode": "[66215]" } ],',
    '"supportingInfo": [ { "display": "failed {64455} injections x3" } ]',
  ].join('\n'),
});

// ── 23. Payer auth rule CSV (patient access knowledge base export), text layer ──
const authCsv = lines({
  id: 's88-authcsv',
  kind: 's88-payer-auth-rules-csv-text',
  before: 'auth_rules_export.csv (first rows)',
  text: [
    'payer_id,payer_name,code,setting,auth_required,vendor',
    '[47171],BCBS KC,{64632},OFFICE,Y,Blue KC UM',
    '[47171],BCBS KC,{64712},HOPD,Y,Blue KC UM',
    '[60054],AETNA,{64445},ANY,N,',
    '[87726],UHC,{64612},OFFICE,Y,OPTUM',
    '[62308],CIGNA,{64483},ANY,Y,EVICORE',
    '[39026],UMR,{64714},HOPD,Y,UMR CARE MGMT',
  ].join('\n'),
});

// ── 24. Payer auth lookup tool result, table ──
const authLookup = table({
  id: 's88-authlookup',
  kind: 's88-auth-requirement-lookup-result-grid',
  caption: 'Does this need an auth? — lookup results',
  headers: ['Entered', 'Payer', 'Result', 'Submit via', 'Turnaround'],
  rows: [
    ['{64714}', 'Humana MA', 'Required', 'Availity', '14 days'],
    ['{64445}', 'Humana MA', 'Not required', '—', '—'],
    ['{64632}', 'Cigna', 'Not required in office; required at ASC', 'eviCore', '5 days'],
    ['{64612}', 'Medicare (WPS)', 'No PA; check LCD frequency', '—', '—'],
    ['{72148}', 'Aetna', 'Required', 'Carelon', '2 days'],
  ],
});

// ── 25. Shoppable services price list, table ──
const shoppable = table({
  id: 's88-shoppable',
  kind: 's88-shoppable-services-price-list-grid',
  caption: 'Prairie Ridge Medical Center — Shoppable Services — standard charges',
  headers: ['Shoppable service', 'Primary code', 'Gross charge', 'Discounted cash', 'Min negotiated', 'Max negotiated'],
  rows: [
    ['MRI lumbar spine without contrast', '{72148}', '3420.00', '1368.00', '612.00', '2310.00'],
    ['Epidural steroid injection, lumbar', '{62323}', '2980.00', '1192.00', '540.00', '1880.00'],
    ['Nerve block, sciatic', '{64445}', '1286.00', '514.40', '198.00', '902.00'],
    ['Neuroplasty, sciatic nerve', '{64712}', '[14820].00', '5928.00', '3112.00', '9650.10'],
    ['Destruction, plantar digital nerve', '{64632}', '1050.00', '420.00', '161.00', '780.00'],
    ['Cataract removal with IOL', '{66984}', '[12756].00', '5100.00', '2010.00', '7940.00'],
    ['Knee arthroscopy, meniscectomy', '{29881}', '[18310].00', '7324.00', '3045.00', '[11200].00'],
  ],
});

// ── 26. Appointment confirmation and prep letter, text layer ──
const prepLetter = lines({
  id: 's88-prepletter',
  kind: 's88-appointment-prep-letter-text',
  before: 'Appointment confirmation — please bring this letter',
  text: [
    'Confirmation code [57418]   Procedure date: Friday 03/14, arrive 6:45 am',
    'Location: Prairie Ridge Surgery Center, [10550] Quivira Rd, Overland Park, KS [66215]',
    "Your procedure: treatment of a nerve in your foot (Morton's neuroma), CPT {64632}.",
    'Do not eat after midnight if you will also have a nerve block ({64445}).',
    'Parking: surface lot B, free. Questions: 913-541-3300, extension [44179].',
  ].join('\n'),
});

// ── 27. Patient portal eCheck-in, text layer ──
const echeckin = lines({
  id: 's88-echeckin',
  kind: 's88-portal-echeck-in-summary-text',
  before: 'eCheck-In — complete before your visit',
  text: [
    'Visit: Neuro-Ophthalmology, 03/28 9:20 am — Botox injection ({64612})',
    'Insurance on file: UnitedHealthcare Choice Plus, group [90422] — ✓ confirmed',
    'Address on file: 1710 NE Barry Rd, Kansas City MO [64155] — ✓ confirmed',
    'Amount due at visit: $45.00 copay. Hospital account [51232].',
  ].join('\n'),
});

// ── 28. Medicare secondary payer questionnaire, text layer ──
const mspq = lines({
  id: 's88-mspq',
  kind: 's88-medicare-secondary-payer-questionnaire-text',
  before: 'Medicare Secondary Payer Questionnaire — Part III and IV',
  text: [
    'Part IV Q1: Are you currently employed? Yes — Employer: Cerner Park Services, 2800 Rockcreek Pkwy, North Kansas City MO [64117]',
    'Q3: Does your employer have 20 or more employees? Yes   Employer group health plan: Aetna, group [86157]',
    'Policy holder ID W287745310; employer ID [31449]',
    'Result: Medicare is SECONDARY for this visit (order {64712}); bill Aetna primary, payer [60054].',
  ].join('\n'),
});

// ── 29. Financial assistance screening, table (decoy only) ──
const finAssist = table({
  id: 's88-finassist',
  kind: 's88-financial-assistance-screening-grid',
  caption: 'Financial assistance presumptive screen — results',
  headers: ['Acct', 'Household', 'Annual income', 'ZIP', 'FPL %', 'Tier'],
  rows: [
    ['[51240]', '3', '[41650]', '[64130]', '161%', '75% discount'],
    ['[51243]', '1', '[18200]', '[66102]', '121%', '100% charity'],
    ['[51251]', '4', '[96030]', '[66062]', '300%', 'Not eligible'],
    ['[51263]', '2', '[27410]', '[64445]', '134%', '100% charity'],
  ],
});

// ── 30. Department phone directory, table (decoy only) ──
const phoneDir = table({
  id: 's88-phonedir',
  kind: 's88-patient-access-phone-directory-grid',
  caption: 'Patient Access — department directory (internal dial 5 digits)',
  headers: ['Department', 'Location', 'Ext', 'Fax ext', 'Mail ZIP'],
  rows: [
    ['Central Scheduling', 'Meyer Blvd, 1st fl', '[64612]', '[64690]', '[64132]'],
    ['Pre-Registration', 'Meyer Blvd, 1st fl', '[64620]', '[64691]', '[64132]'],
    ['Insurance Verification', 'Remote', '[64625]', '[64692]', '[64132]'],
    ['Financial Counseling', 'Overland Park', '[44173]', '[44151]', '[66215]'],
    ['Auth Team', 'Northland', '[52211]', '[52283]', '[64158]'],
    ['Estimates line', 'Remote', '[64714]', '—', '[64132]'],
  ],
});

// ── 31. Parking and directions page, text layer (decoy only) ──
const parking = lines({
  id: 's88-parking',
  kind: 's88-parking-and-directions-page-text',
  before: 'Visiting Prairie Ridge Medical Center — Parking and Directions',
  text: [
    'Main entrance: 2300 E Meyer Blvd, Kansas City, MO [64132]. Enter from Prospect Ave.',
    'From Kansas (I-435 E): exit Bannister Rd, west 2 miles. GPS users may need ZIP [64131].',
    'Garage A is free for patients; employee permit holders (e.g. permit [64445]) park in Garage C.',
    'Bus: RideKC route 47 stops at the main entrance. Valet: 7 am – 5 pm weekdays.',
    'Mail for patients: Patient Name, c/o Prairie Ridge MC, PO Box [10394], Kansas City MO [64171].',
  ].join('\n'),
});

// ── 32. Call centre queue report, table (decoy only) ──
const callQueue = table({
  id: 's88-callqueue',
  kind: 's88-call-center-queue-report-grid',
  caption: 'Patient Access Contact Center — monthly queue report (export)',
  headers: ['Queue', 'Calls offered', 'Answered', 'Abandon %', 'Avg hold (s)', 'Agents'],
  rows: [
    ['Scheduling', '[41280]', '[38144]', '7.6%', '94', '38'],
    ['Pre-reg', '[13290]', '[12805]', '3.6%', '41', '14'],
    ['Estimates', '5127', '4820', '6.0%', '62', '5'],
    ['All queues', '[59697]', '[55769]', '6.6%', '80', '57'],
  ],
});

// ── 33. Financial clearance escalation email, text layer ──
const escalation = lines({
  id: 's88-escalation',
  kind: 's88-clearance-escalation-email-text',
  before: 'Escalation — not cleared at T-3 — surgical case',
  text: [
    'Case [93001], Obi, Marcus, 03/21 OR 07. Aetna auth for {64712} still pended (ref [64632]).',
    'Clinicals faxed twice; Aetna says the request came in for {64714}, not the sciatic code.',
    'Estimate [64712] given; patient paid deposit $500 on account [50366].',
    'Ask: surgeon office to correct the request to {64712} today or we move the case.',
  ].join('\n'),
});

// ── 34. Procedure lookup used by schedulers (visit type and duration by code), table ──
const procLookup = table({
  id: 's88-proclookup',
  kind: 's88-scheduler-procedure-lookup-grid',
  caption: 'Scheduler reference — procedure to visit type',
  headers: ['Proc', 'Description', 'Visit type', 'Min', 'Where'],
  rows: [
    ['{64445}', 'Sciatic nerve block, single injection', 'PAIN BLOCK', '30', 'Block room / pre-op'],
    ['{64447}', 'Femoral nerve block, single injection', 'PAIN BLOCK', '30', 'Block room / pre-op'],
    ['{64455}', 'Plantar common digital nerve injection', 'POD PROC', '20', 'Podiatry clinic'],
    ['{64632}', 'Destruction, plantar common digital nerve', 'POD PROC', '40', 'Podiatry clinic / ASC'],
    ['{64612}', 'Chemodenervation, facial nerve', 'BOTOX NEURO', '30', 'Neuro-ophth clinic'],
    ['{64615}', 'Chemodenervation for chronic migraine', 'BOTOX NEURO', '30', 'Headache clinic'],
    ['{64712}', 'Neuroplasty, sciatic nerve', 'SURG CASE', '120', 'Main OR'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'SURG CASE', '150', 'Main OR'],
    ['{95886}', 'Needle EMG, each extremity, with NCS', 'EMG', '60', 'EMG lab'],
  ],
});

// ── 35. Visit types that need financial clearance, bulleted list, text layer ──
const clearanceList = lines({
  id: 's88-clearlist',
  kind: 's88-financial-clearance-required-list-text',
  before: 'Patient Access policy PA-12 — services that must be financially cleared 5 days out',
  text: [
    '• Peripheral nerve surgery: {64712}, {64714}, {64718}, {64721}',
    '• Neurolytic destruction: {64632}, {64633}, {64635}',
    '• Chemodenervation with drug: {64612}, {64615}, {64616} (clear the J-code too)',
    '• Advanced imaging: {70553}, {72148}, {73721}',
    '• Not required: single-shot blocks such as {64445} done the same day as surgery',
    'Owner: Director, Patient Access; questions to the policy inbox, ticket prefix PA [10211]',
  ].join('\n'),
});

// ── 36. OR daily schedule with clearance flags, table ──
const orBoard = table({
  id: 's88-orboard',
  kind: 's88-or-schedule-clearance-board-grid',
  caption: 'Tomorrow — Main OR — cases with clearance status (printed 16:00)',
  headers: ['Time', 'Room', 'Case #', 'Patient', 'Procedure', 'Surgeon', 'Cleared'],
  rows: [
    ['07:30', 'OR 07', '[93001]', 'Obi, M', 'Neuroplasty sciatic {64712}, block {64445}', 'Duvall', 'No — auth'],
    ['07:45', 'OR 03', '[93004]', 'Haskins, V', 'Bunionectomy {28296}; block {64445}', 'Kramer', 'Yes'],
    ['09:30', 'OR 07', '[93011]', 'Grady, L', 'Lumbar plexus neuroplasty {64714}', 'Duvall', 'No — elig'],
    ['10:15', 'OR 03', '[93016]', 'Lindqvist, O', 'Excision Morton neuroma {28080}', 'Kramer', 'Yes'],
    ['12:00', 'OR 05', '[93020]', 'Pratt, C', 'Knee scope, meniscectomy {29881}', 'Amadi', 'Yes'],
    ['13:30', 'OR 05', '[93027]', 'Ueda, K', 'Carpal tunnel release {64721}', 'Amadi', 'Yes'],
  ],
});

// ── 37. Auth-related denial root cause report, table ──
const denialReport = table({
  id: 's88-denialrc',
  kind: 's88-front-end-denial-root-cause-grid',
  caption: 'Front-end denials — authorization and eligibility — last quarter',
  headers: ['Claim #', 'DOS', 'Code', 'Payer', 'Denied', 'Root cause'],
  rows: [
    ['[80114]', '11/04', '{64712}', 'Aetna', '9650.10', 'Auth obtained for wrong code'],
    ['[80129]', '11/18', '{64612}', 'UHC', '1060.00', 'Drug auth only, procedure not authorized'],
    ['[80133]', '12/02', '{64632}', 'BCBS KC', '780.00', 'Site changed office to ASC, auth not updated'],
    ['[80151]', '12/09', '{72148}', 'Aetna', '2310.00', 'No auth on file'],
    ['[80167]', '12/16', '{64714}', 'Humana', '[11200].00', 'Auth expired before DOS'],
    ['[80172]', '01/06', '{64445}', 'Cigna', '902.00', 'Termed coverage not caught at pre-reg'],
  ],
});

// ── 38. Scheduling protocol (decision tree) text, text layer ──
const protocol = lines({
  id: 's88-protocol',
  kind: 's88-scheduling-protocol-decision-text',
  before: 'Cadence scheduling protocol — Neurology and Pain procedures — read top to bottom',
  text: [
    'Q1 Is the ordered code {64612} or {64615}? → yes: check drug status, book BOTOX NEURO 30 min.',
    'Q2 Is it {64445} ordered with a surgery? → yes: do not schedule separately; anesthesia adds it to the case.',
    'Q3 Is it {64632} or {64455}? → schedule POD PROC; a third {64455} within 6 months needs MD review.',
    'Q4 Is it {64712} or {64714}? → route to surgical scheduling pool [40400]; do not book from this protocol.',
    'Q5 Anything else → send to the protocol owner with the order number.',
  ].join('\n'),
});

// ── 39. Estimate worksheet (contract modelling), table ──
const estWorksheet = table({
  id: 's88-estwork',
  kind: 's88-estimate-worksheet-benefit-calc-grid',
  caption: 'Estimate worksheet — benefits applied line by line — BCBS KC Blue Select PPO',
  headers: ['Item', 'Allowed', 'To deductible', 'Coinsurance 20%', 'Patient total'],
  rows: [
    ['{64632}', '780.00', '500.00', '56.00', '556.00'],
    ['{64455}', '142.00', '0.00', '28.40', '28.40'],
    ['{99213}', '118.00', '0.00', '0.00', '40.00 copay'],
    ['{28080}', '1,410.00', '0.00', '282.00', '282.00'],
    ['Deposit requested (acct [51214])', '', '', '', '300.00'],
  ],
});

export const sealed88: Snippet[] = [
  ...orderWq,
  ...orderDetail,
  ...preregChecklist,
  ...coverageScreen,
  ...x12Elig,
  ...benefitNote,
  ...estimateLines,
  ...estimateLetter,
  ...clearanceDash,
  ...clearanceTiles,
  ...callScript,
  ...referralFax,
  ...referralRecord,
  ...abnForm,
  ...abnLog,
  ...regAudit,
  ...scorecard,
  ...authLog,
  ...x12Auth,
  ...hl7Orm,
  ...hl7Siu,
  ...fhirJson,
  ...authCsv,
  ...authLookup,
  ...shoppable,
  ...prepLetter,
  ...echeckin,
  ...mspq,
  ...finAssist,
  ...phoneDir,
  ...parking,
  ...callQueue,
  ...escalation,
  ...procLookup,
  ...clearanceList,
  ...orBoard,
  ...denialReport,
  ...protocol,
  ...estWorksheet,
];
