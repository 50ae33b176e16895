import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 57 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s57-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, and so are the five-digit ASA crosswalk anesthesia codes (01xxx, 00xxx) where the page bills
 * or cross-walks them. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, MRNs, case, badge, tray, lot, REF and invoice numbers, CBSA codes and counts. The five known codes' digits come
 * back as decoys: a case number, an MRN, a tray id, a lot, a badge, a PO box, an invoice suffix and a CBSA-like field.
 *
 * Family: ambulatory surgery centers and anesthesia groups: the ASC case schedule and OR status board, anesthesia
 * records with base and time units, the ASA crosswalk listing, a post-op pain nerve block log and note (64445 sciatic,
 * 64447 femoral, 64415 interscalene, 59/XU, +76942), medical-direction concurrency reports (QK/QY/QX/AA), UB-04 facility
 * and CMS-1500 professional lines, implant and supply logs, the Medicare ASC payment rate table (addendum AA), a block
 * time utilization dashboard, a peer-review incident form, a surgeon preference card, a chemodenervation (64612)
 * procedure room schedule, an 837P anesthesia claim, HL7 and JSON scheduling feeds, a denial letter, NCCI edit pairs,
 * a CDM lookup, plus the decoy-only pages around them: sterile processing tray tracking, staff roster with badge
 * numbers, a vendor invoice and the center's locations.
 * Built on real public layouts: CMS ASC addendum AA (HCPCS code, short descriptor, subject to multiple procedure
 * discounting, payment indicator, payment weight, payment rate, copayment), the ASA relative value guide crosswalk
 * listing (CPT, anesthesia code, base units), UB-04 form locators 42–47, CMS-1500 item 24 A–J, the X12 837P anesthesia
 * loop (SV1 with MJ minutes) and HL7 v2 SIU AIS segments. The others are written the way those pages read, with no
 * single source.
 *
 * 373 labelled tokens over 33 shapes: 159 codes, 214 decoys, 70 of the decoys in KNOWN_10K.
 */

// ── 1. ASC case schedule (day view), table ──
const caseSched = table({
  id: 's57-sched',
  kind: 's57-asc-daily-case-schedule-grid',
  caption: 'Riverside Surgery Center — Case Schedule — Tue 11/18/2025 — OR 1–4 + Proc Rm',
  headers: ['Rm', 'Time', 'Case #', 'MRN', 'Surgeon', 'Procedure', 'CPT', 'Anes', 'Block'],
  rows: [
    [
      'OR 1',
      '07:30',
      '[64712]',
      '[38311]',
      'Alvarez',
      'Sciatic neuroplasty, L thigh',
      '{64712}',
      'GA',
      'Sciatic (post-op)',
    ],
    [
      'OR 1',
      '09:45',
      '[25118]',
      '[41197]',
      'Alvarez',
      'Knee scope, partial medial menisc.',
      '{29881}',
      'GA',
      'Adductor canal',
    ],
    [
      'OR 2',
      '07:30',
      '[25119]',
      '[44881]',
      'Kim',
      'Rotator cuff repair, arthroscopic',
      '{29827}',
      'GA',
      'Interscalene',
    ],
    ['OR 2', '10:15', '[25120]', '[47041]', 'Kim', 'Carpal tunnel release', '{64721}', 'MAC/Bier', '—'],
    ['OR 3', '08:00', '[25121]', '[52391]', 'Osei', 'Lumbar plexus neuroplasty', '{64714}', 'GA', '—'],
    [
      'OR 3',
      '11:00',
      '[25122]',
      '[29513]',
      'Osei',
      'Morton neuroma, neurolytic destruction',
      '{64632}',
      'MAC',
      'Ankle',
    ],
    ['Proc', '13:00', '[25123]', '[55360]', 'Patel', 'Botox blepharospasm', '{64612}', 'Local', '—'],
  ],
});

// ── 2. OR status board (wall display), text layer ──
const orBoard = lines({
  id: 's57-orboard',
  kind: 's57-or-status-board-display-text',
  before: 'OR STATUS — live — refreshed 09:52',
  text: [
    'OR 1  ● IN PROCEDURE  Case [25118]  Alvarez  {29881} L knee  est. end 10:40',
    'OR 2  ● CLOSING       Case [25119]  Kim  RCR + block {64415}  PACU bay 3',
    'OR 3  ○ TURNOVER      next: Case [25122]  Osei  {64632} R foot  tray [64632] ready? N',
    'PACU  bays 1–6: 4 occupied · pt [38311] Phase I, sciatic cath? no — single shot {64445}',
    'Pre-op holding: ext. [22006] for charge RN · family waiting room code 4417',
  ].join('\n'),
});

// ── 3. Anesthesia record header (intra-op), text layer ──
const anesRec = lines({
  id: 's57-anesrec',
  kind: 's57-anesthesia-record-header-text',
  before: 'ANESTHESIA RECORD — Riverside Surgery Center — page 1 of 2',
  text: [
    'Patient: Duarte, Luis   MRN [38311]   DOB 02/14/1961   Case [64712]   ASA PS 2',
    'Procedure: neuroplasty sciatic nerve, left — surgical CPT {64712} — anesthesia code {01250}',
    'Anes start 07:18  ready 07:41  incision 07:52  end 09:31  → 133 min = 8.9 time units (15-min units)',
    'Base units 4 (ASA RVG) + time 8.9 + phys status 0 = 12.9 units; qualifying circumstance none ({99100} n/a, age 64)',
    'Post-op pain: sciatic single injection, US-guided, requested by surgeon: {64445}-59 with {76942}',
    'CRNA: M. Fields (QX)   Medically directed by: Dr. R. Banerjee   Ratio 1:3   Room OR 1',
  ].join('\n'),
});

// ── 4. Anesthesia billing abstract with units, table ──
const anesUnits = table({
  id: 's57-anesunits',
  kind: 's57-anesthesia-units-abstract-table',
  caption: 'Anesthesia charge abstract — batch [31803] — DOS 11/18/2025',
  headers: ['Case', 'Surg proc', 'Anes code', 'Base', 'Min', 'Time u', 'Mods', 'Payer ID'],
  rows: [
    ['[64712]', '{64712}', '{01250}', '4', '133', '8.9', 'QX', '[87400]'],
    ['[25118]', '{29881}', '{01400}', '4', '58', '3.9', 'QX', '[87400]'],
    ['[25119]', '{29827}', '{01630}', '5', '142', '9.5', 'QY', '[60370]'],
    ['[25121]', '{64714}', '{00630}', '8', '97', '6.5', 'AA', '[60370]'],
    ['[25122]', '{64632}', '{01470}', '3', '41', '2.7', 'QK', '[87400]'],
    ['[25120]', '{64721}', '{01810}', '3', '36', '2.4', 'QZ', '[28191]'],
  ],
});

// ── 5. ASA crosswalk listing (CPT → anesthesia code), table ──
const crosswalk = table({
  id: 's57-xwalk',
  kind: 's57-asa-crosswalk-listing-table',
  caption: 'Crosswalk — surgical code to anesthesia code and base units (group reference, 2025)',
  headers: ['CPT', 'Descriptor', 'Anesthesia Code', 'Base Units'],
  rows: [
    ['{64445}', 'Inj anes sciatic nerve single', 'block only — no anes code', '—'],
    ['{64612}', 'Chemodenerv muscle facial nerve', '{00300}', '5'],
    ['{64632}', 'Destroy plantar digit nerve', '{01470}', '3'],
    ['{64712}', 'Revise sciatic nerve', '{01250}', '4'],
    ['{64714}', 'Revise lumbar plexus', '{00630}', '8'],
    ['{64721}', 'Carpal tunnel surgery', '{01810}', '3'],
    ['{29881}', 'Knee arthroscopy/surgery', '{01400}', '4'],
  ],
});

// ── 6. Post-op pain nerve block log, table ──
const blockLog = table({
  id: 's57-blocklog',
  kind: 's57-acute-pain-block-log-grid',
  caption: 'Acute Pain Service — Peripheral Nerve Block Log — week of 11/17/2025',
  headers: ['Date', 'MRN', 'Block', 'Code', 'Mod', 'US', 'Side', 'Bupi lot', 'Attending'],
  rows: [
    ['11/17', '[41197]', 'Adductor canal / femoral', '{64447}', '59', '{76942}', 'L', '[20662]', 'Banerjee'],
    ['11/17', '[44881]', 'Interscalene', '{64415}', 'XU', '{76942}', 'R', '[20662]', 'Banerjee'],
    ['11/18', '[38311]', 'Sciatic (popliteal)', '{64445}', '59', '{76942}', 'L', '[21416]', 'Nwosu'],
    ['11/18', '[29513]', 'Sciatic, subgluteal', '{64445}', 'XU', '{76942}', 'R', '[21416]', 'Nwosu'],
    ['11/19', '[59622]', 'Femoral cath, continuous', '{64448}', '59', '{76942}', 'R', '[64445]', 'Banerjee'],
    ['11/19', '[61146]', 'Sciatic cath, continuous', '{64446}', '59', '{76942}', 'R', '[64445]', 'Banerjee'],
  ],
});

// ── 7. Block procedure note, text layer ──
const blockNote = lines({
  id: 's57-blocknote',
  kind: 's57-nerve-block-procedure-note-text',
  before: 'Procedure Note — Regional Anesthesia — signed 11/18/2025 07:14',
  text: [
    'Indication: post-operative analgesia at surgeon request (Dr. Alvarez), separate from the GA anesthetic.',
    'Block: left popliteal sciatic, single injection. Code {64445} with modifier 59; US guidance {76942} billed, image saved.',
    'Needle 22G 100 mm; 20 mL ropivacaine 0.5% (lot [64712]-B, exp 06/2026), negative aspiration q5 mL.',
    'No paresthesia. Sensory block T+15 min. Patient tolerated well; handed to OR 1 team, room ext. [10658].',
    'Billing note: not a femoral block — do not report {64447}; not continuous, so not {64446}.',
  ].join('\n'),
});

// ── 8. Medical direction / concurrency report, table ──
const concurrency = table({
  id: 's57-concur',
  kind: 's57-medical-direction-concurrency-report',
  caption: 'Concurrency report — Dr. R. Banerjee — 11/18/2025 — max concurrent 3 (QK)',
  headers: ['Start', 'End', 'Case ID', 'CRNA', 'ASA', 'Surg CPT', 'Modifier', 'Overlap'],
  rows: [
    ['07:18', '09:31', '[64712]', 'Fields', '{01250}', '{64712}', 'QK / QX', '3'],
    ['07:25', '10:02', '[25119]', 'Ngata', '{01630}', '{29827}', 'QK / QX', '3'],
    ['07:49', '09:40', '[25121]', 'Rowe', '{00630}', '{64714}', 'QK / QX', '3'],
    ['10:10', '10:55', '[25122]', 'Fields', '{01470}', '{64632}', 'QY / QX', '2'],
    ['13:00', '13:20', '[25123]', '—', '{00300}', '{64612}', 'AA (personally performed)', '1'],
  ],
});

// ── 9. Concurrency exceptions narrative, text layer ──
const concurNote = lines({
  id: 's57-concurnote',
  kind: 's57-medical-direction-exception-text',
  before: 'Compliance review — medical direction (7 steps) — exceptions found',
  text: [
    'Case [25121] (lumbar plexus neuroplasty, {64714}): attending absent at emergence; downgrade QK to QZ/AD.',
    'Case [25118] knee scope {29881}: pre-op evaluation signed after induction — ticket [30341] opened.',
    'Block placed by attending while directing 3 rooms ({64445} on [38311]): block time excluded from concurrency.',
    'Report pulled from AIMS export job [45602]; 41 cases, 3 exceptions; next audit cycle [11499].',
  ].join('\n'),
});

// ── 10. UB-04 facility claim lines (FL 42–47), text layer ──
const ub04 = lines({
  id: 's57-ub04',
  kind: 's57-ub04-asc-facility-lines-text',
  before: 'UB-04 (CMS-1450) — Riverside Surgery Center LLC — TOB 0831 — FL 5 fed tax no. on file',
  text: [
    'FL 1  Riverside Surgery Center, 400 Mill Race Rd, Granville OH [43024]',
    'FL 3a PAT CNTL # [64714]-02   FL 3b MED REC # [52391]',
    '42 REV  43 DESCRIPTION                     44 HCPCS/RATES  45 SERV DATE  46 UNITS  47 TOTAL CHARGES',
    '0360    OR SERVICES                         {64714}         111825        1         8,410.00',
    '0490    AMBULATORY SURG CARE                {64714}         111825        1         1,220.00',
    '0278    OTHER IMPLANTS (nerve wrap)         C1763           111825        1         2,960.00',
    '0370    ANESTHESIA                                          111825        1         0.00',
    '0001    TOTAL CHARGES                                                              [12590].00',
  ].join('\n'),
});

// ── 11. CMS-1500 professional lines (item 24), table ──
const cms1500 = table({
  id: 's57-1500',
  kind: 's57-cms1500-anesthesia-item24-rows',
  caption: 'CMS-1500 — Riverside Anesthesia Associates — patient acct [47846] — box 32 ZIP [43024]',
  headers: ['24A DOS', '24B POS', '24D CPT/HCPCS', 'Modifier', '24E', '24F $ Charges', '24G Days/Units', '24J NPI'],
  rows: [
    ['11/18/25', '24', '{01250}', 'QK', 'A', '1,290.00', '133', '1447298810'],
    ['11/18/25', '24', '{01250}', 'QX', 'A', '0.00', '133', '1093882215'],
    ['11/18/25', '24', '{64445}', '59 LT', 'B', '410.00', '1', '1447298810'],
    ['11/18/25', '24', '{76942}', '26', 'B', '120.00', '1', '1447298810'],
  ],
});

// ── 12. Implant log (REF / lot / SKU), table ──
const implants = table({
  id: 's57-implant',
  kind: 's57-implant-and-tissue-log-table',
  caption: 'Implant / Tissue Log — Case [25121] — OR 3 — scanned at point of use',
  headers: ['Item', 'Manufacturer', 'REF', 'Lot', 'SKU', 'Qty', 'Proc'],
  rows: [
    ['NeuraWrap nerve protector 10mm', 'Integra', 'NW[10020]', '[65791]', '[33903]', '1', '{64714}'],
    ['AxoGuard nerve protector', 'AxoGen', 'AGP[13002]', '[16715]', '[33915]', '1', '{64712}'],
    ['Suture anchor 4.75', 'Arthrex', 'AR-[12251]', '[64612]', '[34666]', '2', '{29827}'],
    ['Meniscal repair device', 'Smith+Nephew', '[72202]', '[53771]', '[34702]', '1', '{29881}'],
  ],
});

// ── 13. Supply charge capture, text layer ──
const supplies = lines({
  id: 's57-supply',
  kind: 's57-supply-charge-capture-text',
  before: 'Supply capture',
  text: [
    'Supply capture — Case [25122] — Morton neuroma, R foot — picker: L. Tran',
    'Primary procedure: {64632} x1 (neurolytic agent, plantar common digital nerve)',
    'Dehydrated alcohol 1 mL amp — NDC [76045]-0101-10 — lot [24343] — qty 2',
    'Bupivacaine 0.5% 30 mL — NDC [00409]-1163-01 — lot [89730] — qty 1',
    'Stimulating needle 22G 50 mm — SKU [57455] — qty 1 — par location bin [19273]',
    'Supplies bundled into the ASC facility fee for {64632}; do not bill separately.',
  ].join('\n'),
});

// ── 14. Medicare ASC payment addendum AA, table ──
const addendumAA = table({
  id: 's57-aa',
  kind: 's57-asc-addendum-aa-payment-table',
  caption: 'Addendum AA — Final ASC Covered Surgical Procedures for CY 2025 (excerpt)',
  headers: [
    'HCPCS Code',
    'Short Descriptor',
    'Subject to Multiple Procedure Discounting',
    'Payment Indicator',
    'Payment Weight',
    'Payment Rate',
  ],
  rows: [
    ['{64445}', 'N block inj sciatic sng', 'Y', 'P3', '1.2604', '$68.90'],
    ['{64612}', 'Destroy nerve face muscle', 'Y', 'P3', '1.6017', '$87.55'],
    ['{64632}', 'Destroy plantar digit nerve', 'Y', 'A2', '4.8761', '$266.52'],
    ['{64712}', 'Revision of sciatic nerve', 'Y', 'G2', '55.2301', '$3,018.77'],
    ['{64714}', 'Revise low back nerve(s)', 'Y', 'G2', '55.2301', '$3,018.77'],
    ['{64721}', 'Carpal tunnel surgery', 'Y', 'G2', '31.0418', '$1,696.71'],
  ],
});

// ── 15. ASC wage-adjusted rate worksheet (CBSA), table ──
const wageAdj = table({
  id: 's57-wage',
  kind: 's57-asc-wage-adjusted-rate-worksheet',
  caption: 'Medicare ASC rate worksheet — wage adjustment by CBSA — labor share 50%',
  headers: ['Code', 'National rate', 'CBSA', 'Wage index', 'Adjusted', 'Site ZIP'],
  rows: [
    ['{64712}', '3,018.77', '[18140]', '0.9782', '2,985.87', '[43024]'],
    ['{64712}', '3,018.77', '[17140]', '0.9310', '2,914.63', '[45202]'],
    ['{64445}', '68.90', '[18140]', '0.9782', '68.15', '[43024]'],
    ['{64632}', '266.52', '[10420]', '0.8875', '251.53', '[44308]'],
    ['{64612}', '87.55', '[10420]', '0.8875', '83.46', '[44308]'],
  ],
});

// ── 16. Block-time utilization dashboard, table ──
const blockTime = table({
  id: 's57-blocktime',
  kind: 's57-block-time-utilization-dashboard',
  caption: 'Block Utilization — Q3 2025 — release at 72 h — target 75%',
  headers: ['Surgeon', 'Alloc hrs', 'Used hrs', 'Util %', 'Cases', 'Top code', 'Turnover (min)', 'Cost ctr'],
  rows: [
    ['Alvarez', '192', '171', '89%', '118', '{29881}', '24', '[36134]'],
    ['Kim', '160', '131', '82%', '74', '{29827}', '27', '[36134]'],
    ['Osei', '96', '58', '60%', '51', '{64632}', '19', '[36774]'],
    ['Patel (proc rm)', '48', '44', '92%', '163', '{64612}', '11', '[37564]'],
    ['Total', '496', '404', '81%', '406', '—', '21', 'dept [38970]'],
  ],
});

// ── 17. Peer-review / quality incident form, text layer ──
const incident = lines({
  id: 's57-incident',
  kind: 's57-peer-review-incident-form-text',
  before: 'CONFIDENTIAL — Peer Review / Quality Improvement — privileged under state law',
  text: [
    'Event #: QI-2025-[39707]   Date of event: 11/18/2025   Location: PACU bay 2',
    'Procedure(s): {64445} (sciatic block, pre-incision) followed by {64712}; anesthesia {01250}',
    'Description: transient foot drop noted at discharge; block vs surgical traction unclear.',
    'Reviewer: Dr. H. Lindqvist (ID [40506])   Category: nerve injury — possible   Severity: 2',
    'Also review prior case [64445] (same surgeon, 09/2025) for trend. Committee meets 12/04.',
  ].join('\n'),
});

// ── 18. Surgeon preference card, text layer ──
const prefCard = lines({
  id: 's57-prefcard',
  kind: 's57-surgeon-preference-card-text',
  before: 'PREFERENCE CARD — Dr. A. Osei — Podiatry / Foot & Ankle — rev. 08/2025',
  text: [
    'Procedures on this card: {64632}, {28080}, {64455}',
    'Card #: PC-[41962]   Linked procedures: {64632} · {28080} · {64455}',
    'Position: supine, bump under ipsilateral hip; thigh tourniquet 250 mmHg (not for {64632} alone)',
    'Gloves: 7.5 Biogel ×2 — item [42646] · Tray: Foot minor tray [43270] · Mini C-arm',
    'Meds: 1% lido plain 10 mL; dehydrated alcohol 4% (pharmacy compounds; order set [46295])',
  ].join('\n'),
});

// ── 19. Chemodenervation procedure room schedule, table ──
const chemoRoom = table({
  id: 's57-chemo',
  kind: 's57-chemodenervation-procedure-room-schedule',
  caption: 'Procedure Room B — Neurology / Oculoplastics — Thu 11/20/2025',
  headers: ['Time', 'Patient', 'Acct', 'Indication', 'Procedure code(s)', 'Guidance', 'Toxin units', 'Vial lot'],
  rows: [
    ['08:00', 'Ferris, D.', '[48644]', 'Blepharospasm', '{64612}', '—', '35', 'C[49549]'],
    ['08:20', 'Ito, K.', '[50259]', 'Hemifacial spasm', '{64612}', '—', '25', 'C[49549]'],
    ['08:40', 'Lamb, R.', '[51038]', 'Cervical dystonia', '{64616}', '{95874}', '200', 'C[49551]'],
    ['09:20', 'Moss, J.', '[51683]', 'Chronic migraine', '{64615}', '—', '155', 'C[49551]'],
    ['09:50', 'Quinn, P.', '[53012]', 'UE spasticity', '{64642} {64643}', '{95873}', '300', 'D[10241]'],
    ['10:40', 'Roy, S.', '[64712]', 'Blepharospasm, bilat', '{64612}-50', '—', '40', 'C[49549]'],
  ],
});

// ── 20. 837P anesthesia claim, X12 text ──
const x837 = lines({
  id: 's57-837p',
  kind: 's57-837p-anesthesia-claim-x12',
  before: 'ISA*00*          *00*          *ZZ*RIVANES        *ZZ*OHMCR          *251119*0412*^*00501*',
  text: [
    'NM1*85*2*RIVERSIDE ANESTHESIA ASSOCIATES*****XX*1447298810~N3*PO BOX [64714]~N4*NEWARK*OH*[43055]~',
    'NM1*IL*1*DUARTE*LUIS****MI*1EG4TE5MK73~N4*HEBRON*OH*[43025]~',
    'CLM*[54652]A*1290***24:B:1*Y*A*Y*Y~DTP*472*D8*20251118~',
    'LX*1~SV1*HC:{01250}:QK*1290*MJ*133***1~NTE*ADD*SURG PROC {64712} NEUROPLASTY SCIATIC~',
    'LX*2~SV1*HC:{64445}:59:LT*410*UN*1***2~',
    'LX*3~SV1*HC:{76942}:26*120*UN*1***2~REF*6R*[55951]~SE*31*[56693]~',
  ].join('\n'),
});

// ── 21. HL7 SIU scheduling message (AIS with CPT), text ──
const hl7 = lines({
  id: 's57-hl7',
  kind: 's57-hl7-siu-surgery-booking-message',
  before: 'Inbound HL7 feed — ORSCHED',
  text: [
    'MSH|^~\\&|ORSCHED|RSC|PM|RSC|20251114083012||SIU^S12|MSG[58184]|P|2.5.1',
    'SCH|[25123]^ORSCHED|||||BOOKED|||20^MIN|^^20^20251120080000',
    'PID|1||[55360]^^^RSC^MR||ROY^SARAH||19580321|F|||12 ELM ST^^ALEXANDRIA^OH^[43001]',
    'AIS|1||{64612}^CHEMODENERVATION FACIAL NERVE MUSCLES^C4|20251120080000|||20^MIN',
    'AIS|2||{95874}^NEEDLE EMG GUIDANCE^C4|20251120080000|||5^MIN',
    'AIG|1||[58732]^PROC RM B^L',
  ].join('\n'),
});

// ── 22. Patient price estimate, JSON ──
const estimate = lines({
  id: 's57-estimate',
  kind: 's57-asc-price-estimate-json',
  before: 'Estimate API response',
  text: [
    'GET /api/v2/estimates/EST-[62544] → 200 OK',
    '{ "estimateId": "EST-[62544]", "facilityZip": "[43024]", "payerPlanId": "[63244]",',
    '  "lines": [ { "code": "{64712}", "codeType": "CPT", "facility": 3018.77, "professional": 812.40 },',
    '             { "code": "{01250}", "codeType": "CPT", "units": 12.9, "professional": 1290.00 },',
    '             { "code": "{64445}", "codeType": "CPT", "facility": 0, "professional": 410.00 } ],',
    '  "deductibleRemaining": 1850, "oopMax": 6000, "cdm": "[64098]" }',
  ].join('\n'),
});

// ── 23. Prior authorization denial letter, text ──
const denial = lines({
  id: 's57-denial',
  kind: 's57-asc-prior-auth-denial-letter',
  before: 'Letter',
  text: [
    'Buckeye Health Plan — Utilization Management — PO Box [64612], Columbus, OH [43216]',
    'Re: Member ID 8830417265, reference # UM-[64871]-25',
    'We reviewed the request for chemodenervation of the facial nerve muscles ({64612}) and injection code {64615}.',
    'Your request for {64612} is approved for 1 session. The request for {64615} is denied: fewer than 15 headache days a month.',
    'Neuroplasty, lumbar plexus ({64714}) at the ASC is not a covered site; resubmit for outpatient hospital.',
    'Appeal within 60 days to Appeals Unit, PO Box [66461], Cincinnati OH [45263].',
  ].join('\n'),
});

// ── 24. Pre-op booking request form, text ──
const booking = lines({
  id: 's57-booking',
  kind: 's57-surgery-booking-request-form-text',
  before: 'ASC Booking Request — fax to scheduling (614) 555-0143 — complete all fields',
  text: [
    'Surgeon: Dr. J. Alvarez   Office acct [67128]   Requested date: 12/02/2025',
    'Proc 1: {64712}   Side: L   Est. time: 90 min',
    'Proc 2: {64445}   (by anesthesia — post-op pain)',
    'Anesthesia: GA + block   Implant request: AxoGuard, REF AGP[13002]',
    'Patient ZIP: [43055]   Home health agency ID [67922]   Interpreter: no',
  ].join('\n'),
});

// ── 25. CDM lookup (charge description master), table ──
const cdm = table({
  id: 's57-cdm',
  kind: 's57-asc-cdm-lookup-results',
  caption: 'CDM search: "nerve" — 5 results — facility RSC',
  headers: ['CDM #', 'Description', 'Rev', 'HCPCS', 'Price', 'Dept'],
  rows: [
    ['[68666]', 'NEUROPLASTY SCIATIC', '0360', '{64712}', '8410.00', '[70230]'],
    ['[68665]', 'NEUROPLASTY LUMBAR PLEXUS', '0360', '{64714}', '8410.00', '[70230]'],
    ['[68671]', 'NEUROLYTIC PLANTAR DIGITAL', '0361', '{64632}', '1940.00', '[70230]'],
    ['[68712]', 'NB SCIATIC SINGLE', '0370', '{64445}', '610.00', '[71199]'],
    ['[68715]', 'CHEMODENERV FACIAL', '0761', '{64612}', '640.00', '[71882]'],
  ],
});

// ── 26. Coding query worklist (vague headers), table ──
const worklist = table({
  id: 's57-worklist',
  kind: 's57-coding-query-worklist-vague',
  caption: 'Coder worklist — holds — sort: age',
  headers: ['Ref', 'Item', 'Value', 'Note'],
  rows: [
    ['[72521]', 'Code', '{64445}', 'laterality? op note says L, block note says R'],
    ['[72522]', 'Code', '{64632}', 'units: 2 nerves injected — 1 or 2 lines?'],
    ['[72530]', 'Acct', '[73254]', 'self-pay, estimate [74019] not signed'],
    ['[72533]', 'Code', '{01470}', 'confirm crosswalk for {64632}'],
    ['[72542]', 'Code', '{64612}', 'bilateral — 50 or RT/LT per payer'],
    ['[72541]', 'Batch', '[74591]', 'held: NPI mismatch'],
  ],
});

// ── 27. NCCI PTP edit pairs reference, table ──
const ncci = table({
  id: 's57-ncci',
  kind: 's57-ncci-edit-pairs-reference',
  caption: 'PTP edits (practitioner) — queried 11/19/2025',
  headers: ['Column 1', 'Column 2', 'Effective', 'Deletion', 'Modifier ind', 'Rationale'],
  rows: [
    ['{64712}', '{64445}', '20110101', '*', '1', 'Misuse of column two code with column one code'],
    ['{64714}', '{64445}', '20110101', '*', '1', 'Misuse of column two code with column one code'],
    ['{64612}', '{95874}', '20130101', '*', '1', 'Standards of medical/surgical practice'],
    ['{64632}', '{64455}', '20200101', '*', '0', 'Mutually exclusive procedures'],
  ],
});

// ── 28. PACU discharge summary, text ──
const pacu = lines({
  id: 's57-pacu',
  kind: 's57-pacu-discharge-summary-text',
  before: 'PACU Discharge Summary — Phase II — Aldrete 10/10',
  text: [
    'Pt had knee scope ({29881}) under GA with adductor canal block, coded {64447} by APS.',
    'Pain 2/10 at discharge. Block expected to wear off in 12–18 h; given card with APS pager [75321].',
    'Discharged 11:42 to spouse; home ZIP [43062]; follow-up 11/25 with Dr. Alvarez.',
    'Rx sent to pharmacy NCPDP [75994]; no narcotic refill.',
  ].join('\n'),
});

// ── 29. Quality measure denominators list, text ──
const quality = lines({
  id: 's57-quality',
  kind: 's57-asc-quality-measure-code-list',
  before: 'ASC-20 / internal measure: regional block complication rate — denominator codes',
  text: [
    'Denominator (any of): {64415}, {64445}, {64446}, {64447}, {64448}',
    'Exclusions: cases with {64712} or {64714} (surgical nerve work), pediatric < 12 y',
    'Q3 2025: 1,149 blocks in denominator; numerator 3; measure run [11499]',
    'Data pulled from registry extract [76698], site ID [77504]',
  ].join('\n'),
});

// ── 30. Sterile processing tray tracking (decoy only), table ──
const spd = table({
  id: 's57-spd',
  kind: 's57-sterile-processing-tray-tracking',
  caption: 'SPD Tray Tracking — Riverside Surgery Center — sterilizer 2 — load [78029]',
  headers: ['Tray ID', 'Tray name', 'Load', 'Cycle', 'BI lot', 'Status', 'Case'],
  rows: [
    ['[64632]', 'Foot minor', '[78029]', '134 °C 4 min', '[78688]', 'Released', '[25122]'],
    ['[64633]', 'Foot minor #2', '[78029]', '134 °C 4 min', '[78688]', 'Quarantine', '—'],
    ['[20114]', 'Knee arthroscopy', '[78030]', '134 °C 4 min', '[79463]', 'Released', '[25118]'],
    ['[20118]', 'Shoulder scope', '[78030]', '134 °C 4 min', '[79463]', 'Released', '[25119]'],
  ],
});

// ── 31. Staff roster with badge numbers (decoy only), table ──
const roster = table({
  id: 's57-roster',
  kind: 's57-staff-roster-badge-list',
  caption: 'Staff roster — perioperative services — November 2025',
  headers: ['Name', 'Role', 'Badge', 'Ext', 'Home ZIP', 'BLS exp'],
  rows: [
    ['Fields, Marla', 'CRNA', '[80332]', '4412', '[43024]', '03/2026'],
    ['Ngata, Tevita', 'CRNA', '[81107]', '4413', '[43055]', '07/2026'],
    ['Rowe, Ann', 'CRNA', '[64445]', '4414', '[43062]', '01/2026'],
    ['Tran, Linh', 'SPD tech', '[81985]', '4420', '[43001]', '11/2026'],
    ['Banerjee, Rohit', 'Anesthesiologist', '[82892]', '4401', '[43016]', '05/2026'],
    ['Nwosu, Chidi', 'Anesthesiologist', '[83015]', '4402', '[43081]', '02/2027'],
    ['Okafor, Bea', 'Charge RN', '[92046]', '4430', '[43082]', '09/2026'],
    ['Lindqvist, Hans', 'Medical director', '[83019]', '4400', '[43054]', '12/2026'],
  ],
});

// ── 32. Vendor invoice (decoy only), text ──
const invoice = lines({
  id: 's57-invoice',
  kind: 's57-vendor-invoice-text',
  before: 'Accounts payable — scanned invoice',
  text: [
    'INVOICE — Midwest Surgical Supply — remit to PO Box [83578], Indianapolis IN [46206]',
    'Invoice no. [84293]-[64714]   Date 11/10/2025   Terms net 30   Customer [85097]',
    'Ship to: Riverside Surgery Center, 400 Mill Race Rd, Granville OH [43024]',
    'Item [85834]  Stimuplex needle 22G 50mm  qty 50  unit 18.40  ext 920.00',
    'Item [86674]  Echogenic cath kit 19G    qty 10  unit 96.00  ext 960.00',
    'PO [88159]   Total due 1,880.00   freight 42 lbs   carrier PRO [88907]',
  ].join('\n'),
});

// ── 33. Center locations (decoy only), text ──
const locations = lines({
  id: 's57-locations',
  kind: 's57-asc-locations-footer-text',
  before: 'Our centers',
  text: [
    'Riverside Surgery Center · 400 Mill Race Rd · Granville, OH [43024]',
    'Riverside North ASC · 7700 Sawmill Pkwy · Powell, OH [43065]',
    'Riverside Pain & Block Clinic · 90 Licking View Dr · Heath, OH [43056]',
    'Billing office · PO Box [93406] · Columbus, OH [43218] · Tax ID on request',
    'Dock deliveries: 400 Mill Race Rd rear, receiving code [31247], after-hours [31248]',
  ].join('\n'),
});

export const sealed57: Snippet[] = [
  ...caseSched,
  ...orBoard,
  ...anesRec,
  ...anesUnits,
  ...crosswalk,
  ...blockLog,
  ...blockNote,
  ...concurrency,
  ...concurNote,
  ...ub04,
  ...cms1500,
  ...implants,
  ...supplies,
  ...addendumAA,
  ...wageAdj,
  ...blockTime,
  ...incident,
  ...prefCard,
  ...chemoRoom,
  ...x837,
  ...hl7,
  ...estimate,
  ...denial,
  ...booking,
  ...cdm,
  ...worklist,
  ...ncci,
  ...pacu,
  ...quality,
  ...spd,
  ...roster,
  ...invoice,
  ...locations,
];
