import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 56 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s56-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, also when they stand bare in a volume list, sit inside X12/HL7/JSON/XML, or are quoted by a
 * patient in a referral letter. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K)
 * used as patient, claim, case, visit, log and SKU numbers, lots, catalog numbers and a fee-file row count. The five
 * known codes' digits come back as decoys: patient numbers on a day sheet, a shoe fitter certificate, an ankle-brace
 * SKU, a cryoprobe lot, a remit PO box, a shoe store number, an orthotic cast ID and a retail item number.
 *
 * Family: podiatry and foot & ankle surgery practices: Morton's neuroma care (64632 destruction of the plantar common
 * digital nerve, 64455 injections, 28080 excision), tarsal tunnel and peripheral nerve decompression (28035, 64704,
 * 64708, with 64712 weighed and left off), a podiatry superbill and day sheet, routine foot care with Q7/Q8/Q9 class
 * findings and a 61-day tracker, diabetic shoe and insert orders (A5500/A5512 with units), a DME orthotics ledger with
 * SKUs, a wound-care flowsheet, an ASC case schedule with popliteal sciatic blocks (64445) by anesthesia, the block
 * record, post-op and decompression op notes, an NCS/EMG report, a podiatric residency case log, a payer LCD billing
 * article excerpt and a neurolysis medical policy, an 835 remit with podiatry denials and a denial work queue, a
 * neurolysis prior auth and its determination letter, a patient statement, a member EOB, a fee compare, a chart audit,
 * HL7 DFT, JSON and XML charge/case exports, a coder query thread, plus the decoy-only pages around them: shoe store
 * locator, orthotic lab casting order, retail price list, intake demographics, recall list, lockbox deposit batch and
 * an SPD tray list.
 * Built on real public layouts: CMS-1500 item 24 (24A–24J), the Medicare routine foot care class findings (Class A/B/C
 * and Q7/Q8/Q9), the MAC LCD billing-and-coding article structure (Group 1 codes, article text, revision history), the
 * X12 835 TRN/N1/N4/CLP/SVC/CAS/LQ segments as text, HL7 v2 DFT^P03 FT1 segments, and a payer UM determination
 * letter. The others are written the way those pages read, with no single source.
 *
 * 380 labelled tokens over 39 shapes: 162 codes, 218 decoys, 78 of the decoys in KNOWN_10K.
 */

// ── 1. Podiatry superbill (check-box encounter form), table ──
const superbill = table({
  id: 's56-sb',
  kind: 's56-podiatry-superbill-checkbox-form',
  caption: 'Encounter Form — Three Rivers Foot & Ankle — Pittsburgh PA [15213] — form rev 2025-03',
  headers: ['✓', 'Code', 'Description', 'Fee', 'Dx'],
  rows: [
    ['☐', '{99203}', 'New pt, low MDM', '165.00', ''],
    ['☒', '{99213}', 'Est pt, low MDM', '110.00', 'G57.62'],
    ['☐', '{11721}', 'Debride nails, 6 or more', '62.00', ''],
    ['☐', '{11056}', 'Paring, 2–4 lesions', '58.00', ''],
    ['☒', '{64455}', 'Inj, plantar common digital nerve(s)', '140.00', 'G57.62'],
    ['☐', '{64632}', 'Destruction, plantar common digital nerve', '410.00', ''],
    ['☒', '{73630}', 'X-ray foot, 3 views', '78.00', 'G57.62'],
    ['☐', '{20550}', 'Inj tendon sheath / ligament', '95.00', ''],
    ['', 'Acct', 'Pt acct [40700]', 'Chart [20645]', ''],
  ],
});

// ── 2. Day sheet (practice-management end of day), table ──
const daySheet = table({
  id: 's56-day',
  kind: 's56-podiatry-day-sheet-grid',
  caption: 'Day Sheet — 11/18/2025 — Location 02 (Bethel Park) — batch [27854]',
  headers: ['Pt #', 'Patient', 'Proc', 'M1', 'Units', 'Chg', 'Ins', 'Ref #'],
  rows: [
    ['[30009]', 'Kowalski, D', '{64632}', 'RT', '1', '410.00', 'HGHMK', '[88527]'],
    ['[30009]', 'Kowalski, D', '{76942}', '', '1', '120.00', 'HGHMK', '[88527]'],
    ['[31392]', 'Bauer, L', '{11721}', 'Q8', '1', '62.00', 'MCR', '[88531]'],
    ['[31392]', 'Bauer, L', '{11056}', 'Q8', '1', '58.00', 'MCR', '[88531]'],
    ['[32142]', 'Ferris, M', '{64455}', 'LT', '1', '140.00', 'UPMC', '[88540]'],
    ['[64712]', 'Holt, R', '{99214}', '25', '1', '165.00', 'AETNA', '[88544]'],
    ['[64712]', 'Holt, R', '{64632}', 'LT', '1', '410.00', 'AETNA', '[88544]'],
    ['', 'Totals', '17 visits', '', '24', '3,918.00', '', ''],
  ],
});

// ── 3. Routine foot care note with class findings (Q7/Q8/Q9), text ──
const rfcNote = lines({
  id: 's56-rfc',
  kind: 's56-routine-foot-care-class-findings-note',
  before: 'Progress Note — Routine foot care — at-risk foot (Medicare)',
  text: [
    'Pt 81 y/o F, PAD, last seen 08/19/2025 (61 days). PCP Dr. Ahn, NPI on file; last PCP visit 10/02/2025.',
    'Class B findings: absent DP pulse bilat, absent PT pulse bilat → 2 Class B = Q8.',
    'Class C findings: claudication, temperature change (cold feet), edema — noted, Q9 not needed.',
    'Procedures: mechanical debridement of nails 1–10 ({11721}-Q8) and paring of 3 lesions ({11056}-Q8).',
    'Pt lives at 212 Orchard Ln, Canonsburg PA [15317]; caregiver phone on file; MBI verified.',
    'Return 9–10 weeks. Do not bill {11719} with {11721} same nails. Visit #[42698] in the RFC tracker.',
  ].join('\n'),
});

// ── 4. Payer LCD billing article excerpt (routine foot care / neuroma), text ──
const lcdArticle = lines({
  id: 's56-lcd',
  kind: 's56-lcd-billing-article-excerpt-text',
  before: 'Billing and Coding: Routine Foot Care (A57049) — Article Text',
  text: [
    'Article ID A[57049], related LCD L[33636] (Routine Foot Care). Original effective date 10/01/2015.',
    'Group 1 Codes: {11055} {11056} {11057} {11719} {11720} {11721} G0127 — routine foot care services.',
    'Modifiers Q7, Q8 and Q9 indicate the class findings; the claim must list the name and NPI of the MD/DO.',
    'Services for Morton’s neuroma are not routine foot care; destruction of the plantar common digital nerve',
    '({64632}) is covered under the neurolysis policy, not this article; report once per nerve per session.',
    'Injections ({64455}) are limited to 3 per 6-month period. Chemodenervation ({64612}) is not a foot service.',
    'Revision history: R7 (01/01/2025) added ICD-10 list update; document ID [10628] retired.',
  ].join('\n'),
});

// ── 5. Diabetic shoe and insert order (HCPCS with units), table ──
const shoeOrder = table({
  id: 's56-shoe',
  kind: 's56-diabetic-shoe-insert-order-form',
  caption: 'Therapeutic Shoe Order — Order # [70016] — ship to: Canonsburg PA [15317]',
  headers: ['HCPCS', 'Mod', 'Qty', 'Item', 'Size', 'Stock #'],
  rows: [
    ['A5500', 'KX RT', '1', 'Depth shoe, extra width', '8 WW', '[70948]'],
    ['A5500', 'KX LT', '1', 'Depth shoe, extra width', '8 WW', '[70948]'],
    ['A5512', 'KX', '3', 'Multi-density insert, heat molded', '8', '[71684]'],
    ['A5513', 'KX', '0', 'Custom insert (not ordered)', '—', '[72329]'],
    ['Fitting', '', '', 'Fitter cert # [64445]', '', ''],
    ['Foot exam', '', '', 'Certifying MD exam on {99214} visit 10/02', '', ''],
  ],
});

// ── 6. DME orthotics ledger with SKUs, table ──
const dmeLedger = table({
  id: 's56-dme',
  kind: 's56-dme-orthotics-ledger-skus',
  caption: 'DME Inventory Ledger — Nov 2025 — supplier acct [36426]',
  headers: ['SKU', 'Item', 'HCPCS', 'Lot', 'In', 'Out', 'Unit cost', 'PO'],
  rows: [
    ['PF-[30759]', 'Night splint, dorsal', 'L4396', '[22780]', '12', '4', '38.40', '[40002]'],
    ['CAM-[31477]', 'Walking boot, tall', 'L4361', '[23513]', '10', '6', '61.10', '[40002]'],
    ['ANK-[64714]', 'Ankle brace, lace-up', 'L1906', '[24175]', '20', '9', '14.75', '[40019]'],
    ['TL-[33572]', 'Toe crest pad', 'A9270', '[11371]', '30', '12', '2.10', '[40019]'],
    ['SH-[34235]', 'Post-op shoe', 'L3260', '[24897]', '25', '11', '7.90', '[40026]'],
    ['', 'Dispense fee billed with', '{97760}', '', '', '', '', ''],
  ],
});

// ── 7. Wound-care flowsheet, table ──
const woundFlow = table({
  id: 's56-wound',
  kind: 's56-wound-care-flowsheet-rows',
  caption: 'Wound Flowsheet — L plantar 1st MPJ ulcer (Wagner 2) — encounter [46168]',
  headers: ['Date', 'L × W × D (cm)', 'Tissue', 'Procedure', 'Sq cm', 'Offload', 'Product lot'],
  rows: [
    ['10/21', '2.1 × 1.8 × 0.4', 'slough 40%', 'Debr subQ {11042}', '3.8', 'TCC {29445}', '—'],
    ['10/28', '1.9 × 1.6 × 0.3', 'slough 20%', 'Selective debr {97597}', '3.0', 'TCC {29445}', '—'],
    ['11/04', '1.6 × 1.3 × 0.2', 'granular', 'Skin sub {15275}', '2.1', 'CAM boot', 'Q4186 lot [46812]'],
    ['11/11', '1.2 × 1.0 × 0.1', 'granular', 'Skin sub {15275}', '1.2', 'CAM boot', 'Q4186 lot [47561]'],
    ['11/18', '0.6 × 0.5 × 0.1', 'epithelial', 'Unna boot {29580}', '0.3', 'CAM boot', '—'],
  ],
});

// ── 8. ASC case schedule for foot surgery with blocks by anesthesia, table ──
const ascSched = table({
  id: 's56-asc',
  kind: 's56-asc-foot-surgery-case-schedule',
  caption: 'Southpointe Surgery Center — OR Schedule — Thu 11/20/2025 — Podiatry block room 3',
  headers: ['Time', 'Case', 'Patient', 'Surgeon', 'Procedure', 'CPT', 'Anes', 'Block'],
  rows: [
    [
      '07:30',
      '[50690]',
      'Ferris, M',
      'Dr. Okoro',
      'Excision Morton neuroma L 3rd IS',
      '{28080}',
      'MAC',
      '{64445} pop sciatic',
    ],
    ['08:45', '[50703]', 'Nash, T', 'Dr. Okoro', 'Tarsal tunnel release R', '{28035}', 'MAC', '{64445} + {64447}'],
    ['10:15', '[50711]', 'Gupta, S', 'Dr. Lenz', 'Bunionectomy w/ 1st MT osteotomy', '{28296}', 'GA', '{64445}'],
    ['12:00', '[50724]', 'Reyes, A', 'Dr. Lenz', 'Hammertoe 2nd, 3rd', '{28285} ×2', 'MAC', 'ankle blk by surgeon'],
    ['13:30', '[50736]', 'Holt, R', 'Dr. Okoro', 'Common peroneal decompression', '{64708}', 'GA', '{64445}'],
    ['15:00', '[51453]', 'Lowe, K', 'Dr. Lenz', 'Achilles repair', '{27650}', 'GA', '{64445} cath {64446}'],
  ],
});

// ── 9. Anesthesia regional block record, text ──
const blockRecord = lines({
  id: 's56-blk',
  kind: 's56-anesthesia-popliteal-block-record-text',
  before: 'Regional Anesthesia Procedure Record — Southpointe Surgery Center',
  text: [
    'Case [50690] · Ferris, M · L foot, excision of neuroma · Surgeon Dr. Okoro · Anesthesiologist Dr. Pryce',
    'Block: popliteal sciatic, single shot, US-guided. Billed {64445}-LT; surgeon requested for post-op analgesia.',
    'US guidance {76942} not separately reported (bundled per payer). Images archived, study [98465].',
    'Anesthesia for the case: {01480} (MAC), base 3 units; block separately reportable with 59/XU.',
    'Ropivacaine 0.5% 20 mL, lot [88066]; needle 22G 80 mm; no paresthesia; sensory block at 15 min.',
    'Case [50736] Holt: same block {64445}-RT plus saphenous (adductor canal) {64447}-RT.',
  ].join('\n'),
});

// ── 10. Post-op note (Morton neuroma excision), text ──
const postOp = lines({
  id: 's56-postop',
  kind: 's56-podiatry-post-op-note-text',
  before: 'Operative Report — Southpointe Surgery Center — DOS 11/20/2025',
  text: [
    'Preoperative diagnosis: Morton’s neuroma, L 3rd intermetatarsal space (G57.62). Failed 3 injections ({64455}).',
    'Failed alcohol sclerosing series and one cryoablation ({64632}, 07/2025) — neuroma recurrent on US.',
    'Procedure: excision of neuroma, L 3rd IS, dorsal approach ({28080}-LT). Deep transverse ligament released.',
    'Specimen: neuroma 1.6 cm to pathology, accession S25-[69056]. EBL minimal. Tourniquet 32 min at 250 mmHg.',
    'Anesthesia: MAC with popliteal sciatic block by anesthesia ({64445}); local infiltration by surgeon.',
    'Disposition: post-op shoe, WBAT heel. Follow-up 1 week in clinic, global period 90 days.',
  ].join('\n'),
});

// ── 11. Tarsal tunnel / peripheral nerve decompression op note, text ──
const tarsalOp = lines({
  id: 's56-tt',
  kind: 's56-tarsal-tunnel-decompression-op-note',
  before: 'Operative Note — Peripheral nerve decompression, R lower extremity',
  text: [
    'Procedures: 1) tarsal tunnel release, R ({28035}); 2) neurolysis medial and lateral plantar nerves ({64704} x2);',
    '3) common peroneal nerve decompression at fibular head ({64708}). Sciatic neuroplasty ({64712}) was not done.',
    'Indication: positive Tinel at tarsal tunnel, NCS [54300] showed prolonged medial plantar latency.',
    'Surgeon note to coder: {64704} per nerve released in the foot; do not add {64712} — no popliteal fossa exploration.',
    'Implants: none. Nerve wrap lot [74395] opened, not used (wasted).',
  ].join('\n'),
});

// ── 12. Nerve conduction / EMG report (tarsal tunnel workup), text ──
const ncsReport = lines({
  id: 's56-ncs',
  kind: 's56-ncs-emg-tarsal-tunnel-report',
  before: 'Electrodiagnostic Report — Tri-State Neurodiagnostics — study 54300',
  text: [
    'Referring: Dr. Okoro (podiatry). Question: R tarsal tunnel vs. L5 radiculopathy.',
    'Studies performed: NCS 8 studies ({95910}); needle EMG one extremity ({95885}).',
    'Medial plantar distal latency 6.8 ms (nl < 6.1); lateral plantar 7.2 ms; sural normal.',
    'Impression: findings consistent with R tarsal tunnel syndrome; no radiculopathy.',
    'Lab location: 400 Penn Center Blvd, Pittsburgh PA [15235]. Tech ID [57521].',
  ].join('\n'),
});

// ── 13. Neuroma injection / sclerosing series log, table ──
const injLog = table({
  id: 's56-inj',
  kind: 's56-neuroma-injection-series-log',
  caption: 'Neuroma Treatment Log — Ferris, M — L 3rd IS — chart [20645]',
  headers: ['#', 'Date', 'Agent', 'Lot', 'Code', 'Guidance', 'Pain (0–10)'],
  rows: [
    ['1', '03/04/2025', 'Dexamethasone 4 mg + lido', '[56297]', '{64455}', 'landmark', '7 → 5'],
    ['2', '04/01/2025', 'Dexamethasone 4 mg + lido', '[56297]', '{64455}', 'landmark', '6 → 5'],
    ['3', '04/29/2025', '4% dehydrated alcohol', '[40689]', '{64632}', 'US {76942}', '6 → 3'],
    ['4', '05/27/2025', 'Cryoablation probe', '[64632]', '{64632}', 'US', '5 → 2'],
    ['5', '09/16/2025', 'Dexamethasone 4 mg + lido', '[72494]', '{64455}', 'landmark', '8 → 7'],
  ],
});

// ── 14. 835 remittance with podiatry denials (segments as text), text ──
const remit835 = lines({
  id: 's56-835',
  kind: 's56-x12-835-podiatry-denials-text',
  before: '835 Health Care Claim Payment/Advice — viewed as text',
  text: [
    'TRN*1*0059085330*1251234567~',
    'N1*PE*THREE RIVERS FOOT AND ANKLE*XX*1588776655~N4*PITTSBURGH*PA*[15213]~',
    'CLP*[88527]*1*530*0*0*12*1125324000101~',
    'SVC*HC:{64632}:RT*410*0**1~CAS*CO*97*410~',
    'SVC*HC:{76942}*120*0**1~CAS*CO*97*120~',
    'CLP*[88531]*1*120*85.12*0*MB*1125324000102~',
    'SVC*HC:{11721}:Q8*62*44.31**1~SVC*HC:{11056}:Q8*58*40.81**1~',
    'CLP*[88540]*4*140*0*0*12*1125324000115~SVC*HC:{64455}:LT*140*0**1~CAS*CO*119*140~LQ*HE*N362~',
  ].join('\n'),
});

// ── 15. Remit denial work queue (portal table), table ──
const denialQueue = table({
  id: 's56-denq',
  kind: 's56-podiatry-denial-work-queue',
  caption: 'Denial Work Queue — Podiatry — payer: Highmark — as of 11/24/2025',
  headers: ['Claim', 'Line', 'Item', 'CARC', 'RARC', 'Note', 'Owner'],
  rows: [
    ['[88527]', '1', '{64632}', '97', 'M80', 'Denied as incidental to the E/M; appeal with op note', 'JM'],
    ['[88540]', '1', '{64455}', '119', 'N362', 'Max 3 inj / 6 mo reached', 'JM'],
    ['[88602]', '2', '{11721}', '50', 'N115', 'Class findings not documented (needs Q8)', 'TR'],
    ['[88615]', '1', '{28080}', '16', 'MA130', 'Missing NPI of surgeon', 'TR'],
    ['[89253]', '1', '{64445}', '4', 'N519', 'Block billed by surgeon — should be anesthesia', 'JM'],
  ],
});

// ── 16. Prior authorization request for neurolysis, text ──
const priorAuth = lines({
  id: 's56-pa',
  kind: 's56-neurolysis-prior-auth-request-form',
  before: 'Outpatient Prior Authorization Request — Musculoskeletal / Pain',
  text: [
    'Member ID: HGM[59915]  Group: [24127]  Member ZIP: [15317]',
    'Requested service(s): {64632} x 1 unit, LT, 3rd interspace; alternative {64640} if policy requires.',
    'Diagnosis: G57.62 Morton’s neuroma, left. Conservative care: orthotics, 3 injections ({64455}) since 03/2025.',
    'Site of service: office (POS 11). Rendering NPI 1588776655, Tax ID on file. Fax to 1-800-555-0148.',
    'Prior case # on file: [61824] (denied 06/2025, peer-to-peer not held).',
  ].join('\n'),
});

// ── 17. Prior authorization determination letter, text ──
const paLetter = lines({
  id: 's56-pal',
  kind: 's56-prior-auth-determination-letter',
  before: 'Utilization Management — Determination Notice',
  text: [
    'Reference #: UM-2025-[20103]   Date: 11/26/2025',
    'We approved: destruction by neurolytic agent, plantar common digital nerve (CPT {64632}), 1 unit, left.',
    'We did not approve: {64640} (other peripheral nerve) — the nerve treated is the plantar common digital nerve.',
    'Approval valid 11/26/2025–02/24/2026 at Three Rivers Foot & Ankle, 500 Main St, Bethel Park PA [15102].',
    'Questions: call Member Services; TTY 711. Letter ID [84121].',
  ].join('\n'),
});

// ── 18. Patient statement, table ──
const statement = table({
  id: 's56-stmt',
  kind: 's56-podiatry-patient-statement',
  caption: 'Statement — Account [63503] — Statement date 12/01/2025 — Remit to PO Box [64445], Pittsburgh PA [15264]',
  headers: ['Date', 'Description', 'Code', 'Charges', 'Ins paid', 'Adj', 'You owe'],
  rows: [
    ['09/16/2025', 'Nerve injection', '{64455}', '140.00', '96.20', '23.80', '20.00'],
    ['11/04/2025', 'Office visit', '{99213}', '110.00', '71.30', '18.70', '20.00'],
    ['11/04/2025', 'Nerve destruction', '{64632}', '410.00', '0.00', '0.00', '0.00'],
    ['11/04/2025', 'X-ray foot', '{73630}', '78.00', '41.10', '16.90', '20.00'],
    ['', 'Pending insurance — claim [88527]', '', '', '', '', ''],
    ['', 'Mail payments to PO Box [64445]', 'Pittsburgh PA [15264]', '', '', '', ''],
  ],
});

// ── 19. CMS-1500 item 24 lines for a neuroma patient, table ──
const cms1500 = table({
  id: 's56-1500',
  kind: 's56-cms1500-item24-podiatry-lines',
  caption: 'CMS-1500 (02/12) — Patient acct no. (26) [64234] — Fed tax ID on file — Bethel Park PA [15102]',
  headers: ['24A DOS', '24B POS', '24D Procedure', 'Modifier', '24E Ptr', '24F $', '24G Units', '24J NPI'],
  rows: [
    ['11/04/25', '11', '{99214}', '25', 'A', '165 00', '1', '1588776655'],
    ['11/04/25', '11', '{64632}', 'LT', 'A', '410 00', '1', '1588776655'],
    ['11/04/25', '11', '{76942}', '', 'A', '120 00', '1', '1588776655'],
    ['11/04/25', '11', 'J1100', '', 'A', '12 00', '4', '1588776655'],
  ],
});

// ── 20. Podiatric residency case log, table ──
const caseLog = table({
  id: 's56-res',
  kind: 's56-podiatric-residency-case-log',
  caption: 'PRR Case Log — PGY-2 — Allegheny podiatric residency — resident ID [64994]',
  headers: ['Log #', 'Date', 'Procedure', 'CPT', 'Category', 'Role', 'Attending'],
  rows: [
    ['[65851]', '11/20/25', 'Neuroma excision', '{28080}', 'Soft tissue', 'First assist', 'Okoro'],
    ['[65852]', '11/20/25', 'Tarsal tunnel release', '{28035}', 'Soft tissue', 'Surgeon', 'Okoro'],
    ['[65860]', '11/20/25', 'Plantar nerve neurolysis', '{64704}', 'Soft tissue', 'Surgeon', 'Okoro'],
    ['[65873]', '11/21/25', 'Cryoablation of neuroma', '{64632}', 'Other', 'Surgeon', 'Lenz'],
    ['[65880]', '11/21/25', 'Popliteal block (observed)', '{64445}', 'Other', 'Observer', 'Pryce'],
    [
      '[65881]',
      '11/24/25',
      'Sciatic nerve neurolysis, popliteal fossa',
      '{64712}',
      'Other',
      'Second assist',
      'Marsh (plastics)',
    ],
    ['[65890]', '11/24/25', 'Austin bunionectomy', '{28296}', 'Forefoot', 'Surgeon', 'Lenz'],
  ],
});

// ── 21. HL7 DFT charge messages from the ASC, text ──
const hl7 = lines({
  id: 's56-hl7',
  kind: 's56-hl7-dft-asc-charges-text',
  before: 'Interface engine — outbound DFT^P03 — Southpointe ASC → billing',
  text: [
    'MSH|^~\\&|SPASC|SOUTHPOINTE|BILL|TRFA|202511201530||DFT^P03|[83038]|P|2.5.1',
    'PID|1||[67128]^^^SPASC^MR||FERRIS^MARY||19620411|F|||88 ELM ST^^MCMURRAY^PA^[15317]',
    'FT1|1|||20251120|20251120|CG|{28080}^EXC NEUROMA^CPT||1|||||||||G57.62|||||{28080}^^CPT|LT',
    'FT1|2|||20251120|20251120|CG|{64445}^POP SCIATIC BLK^CPT||1|||||||||G57.62|||||{64445}^^CPT|LT',
    'FT1|3|||20251120|20251120|CG|[67877]^ROPIVACAINE 0.5% 30ML^CDM||1',
  ].join('\n'),
});

// ── 22. JSON charge capture payload (clinic app), text ──
const jsonCharge = lines({
  id: 's56-json',
  kind: 's56-json-charge-capture-payload',
  before: 'POST /v2/encounters/charges — request body (debug view)',
  text: [
    '{ "encounterId": "[95319]", "patient": { "mrn": "[69237]", "zip": "[15102]" },',
    '  "lines": [ { "cpt": "{64632}", "mod": ["LT"], "units": 1, "icd": ["G57.62"] },',
    '             { "cpt": "{76942}", "units": 1 },',
    '             { "hcpcs": "J2001", "units": 2, "ndc": "[63323]-0492-27" },',
    '             { "cpt": "{64455}", "mod": ["RT"], "units": 1, "note": "R 2nd IS" } ],',
    '  "chargeBatch": "[14368]", "location": "BP-02" }',
  ].join('\n'),
});

// ── 23. XML case export for foot surgery (ASC registry), text ──
const xmlExport = lines({
  id: 's56-xml',
  kind: 's56-asc-case-registry-xml-export',
  before: 'ASC quality registry — case export (XML)',
  text: [
    '<Case id="[50703]" facilityId="[75120]"><Patient zip="[15243]"/>',
    '  <Procedure seq="1"><Code system="CPT">{28035}</Code><Side>R</Side></Procedure>',
    '  <Procedure seq="2"><Code system="CPT">{64704}</Code><Units>2</Units></Procedure>',
    '  <Anesthesia type="MAC"><Block><Code system="CPT">{64445}</Code><By>ANES</By></Block></Anesthesia>',
    '  <Implant lot="[48757]" qty="0"/></Case>',
  ].join('\n'),
});

// ── 24. Coder query / free-text message to the podiatrist, text ──
const coderQuery = lines({
  id: 's56-query',
  kind: 's56-coder-query-message-thread',
  before: 'Inbox — Coding query — re: Holt, R — DOS 11/20/2025',
  text: [
    'Dr. Okoro — the op note says "common peroneal and sciatic decompression". Was the sciatic nerve released',
    'in the popliteal fossa? If yes we add {64712}; if not, {64708} alone. Please addend. (query [16903])',
    'Reply: only the peroneal at the fibular head. Leave {64712} off. Block was anesthesia’s {64445}.',
    'Coder: thanks — billing {64708}-RT only; anesthesia bills {64445} on their claim, acct [23648].',
  ].join('\n'),
});

// ── 25. Member EOB (payer portal), table with vague headers ──
const eob = table({
  id: 's56-eob',
  kind: 's56-member-eob-podiatry-claim',
  caption: 'Explanation of Benefits — Claim [78382] — Provider: Three Rivers Foot & Ankle — Member ZIP [15317]',
  headers: ['Ref', 'Service', 'Billed', 'Allowed', 'Plan paid', 'You owe', 'Note'],
  rows: [
    ['{64632}', 'Nerve destruction', '410.00', '0.00', '0.00', '0.00', 'A1'],
    ['{76942}', 'Imaging guidance', '120.00', '0.00', '0.00', '0.00', 'A1'],
    ['{99214}', 'Office visit', '165.00', '118.40', '88.40', '30.00', ''],
    ['', 'A1: service needs prior approval; ref [84362]', '', '', '', '', ''],
  ],
});

// ── 26. Fee schedule comparison (practice owner), table with vague headers ──
const feeCompare = table({
  id: 's56-fee',
  kind: 's56-payer-fee-compare-item-value',
  caption: 'Payer fee compare — podiatry top codes — 2026 — locality 99 (PA)',
  headers: ['Item', 'Value', 'MCR', 'HGHMK', 'UPMC', 'Vol 2025'],
  rows: [
    ['{64632}', 'Destr plantar dig nerve', '187.12', '205.00', '196.50', '142'],
    ['{64455}', 'Inj plantar dig nerve', '58.30', '66.00', '61.20', '388'],
    ['{28080}', 'Excision neuroma', '612.44', '680.00', '655.10', '31'],
    ['{28035}', 'Tarsal tunnel release', '640.18', '702.00', '690.00', '12'],
    ['{64704}', 'Neuroplasty nerve, foot', '420.10', '455.00', '449.00', '15'],
    ['{11721}', 'Debride 6+ nails', '52.60', '48.00', '50.10', '2140'],
    ['Total RVU file', 'PPRRVU25_OCT rows [10006]', '', '', '', ''],
  ],
});

// ── 27. Chart audit worksheet (billed vs supported), table ──
const audit = table({
  id: 's56-audit',
  kind: 's56-chart-audit-billed-vs-supported',
  caption: 'External audit — podiatry — sample of 10 — audit # [79940]',
  headers: ['Sample', 'Pt #', 'Billed', 'Supported', 'Finding'],
  rows: [
    ['1', '[30009]', '{64632}', '{64632}', 'Agree'],
    ['2', '[80011]', '{64632} x2', '{64632}', 'One unit: same nerve both sessions same day'],
    ['3', '[80781]', '{64445}', '{64455}', 'Wrong code — ankle-level digital nerve inj, not sciatic'],
    ['4', '[81559]', '{64714}', '{64712}', 'Lumbar plexus code chosen in error; sciatic neuroplasty'],
    ['5', '[82453]', '{64612}', '—', 'Chemodenervation of facial muscles billed on podiatry claim; void'],
    ['6', '[83052]', '{11721}-Q7', '{11721}-Q8', 'Two Class B findings documented'],
  ],
});

// ── 28. PCP referral letter (prose), text ──
const referral = lines({
  id: 's56-ref',
  kind: 's56-pcp-referral-letter-podiatry',
  before: 'Referral letter — Family Medicine of Peters Twp → Podiatry',
  text: [
    'Dear Dr. Okoro, I am referring Mary Ferris (DOB 04/11/1962) for recurrent forefoot pain, L, for about a year.',
    'She has had injections elsewhere and asked about cryoablation (she called it "{64632}") or surgery.',
    'Please also assess for tarsal tunnel; her gabapentin was stopped. Our referral number is [17860].',
    'Office: 3 Gallery Dr, McMurray PA [15317]. Phone (724) 555-0192.',
  ].join('\n'),
});

// ── 29. Ambulatory surgery op log summary (monthly), list text ──
const monthly = lines({
  id: 's56-month',
  kind: 's56-monthly-foot-surgery-volume-list',
  before: 'Podiatry service line — November 2025 volume (by code, no labels)',
  text: [
    '{28080} ...... 7',
    '{28035} ...... 3',
    '{64704} ...... 5',
    '{64632} ...... 22',
    '{64445} ...... 19 (anesthesia, not our RVUs)',
    '{28296} ...... 11',
    'Report run id [54319] · dashboard tile [94462]',
  ].join('\n'),
});

// ── 30. Shoe store locator (decoy-only), table ──
const storeLocator = table({
  id: 's56-store',
  kind: 's56-comfort-shoe-store-locator',
  caption: 'Find a store — Diabetic & comfort footwear — within 25 miles of [15213]',
  headers: ['Store', 'Address', 'City', 'ZIP', 'Store #', 'Miles'],
  rows: [
    ['Walk Well Shoes', '1600 Washington Rd', 'Upper St. Clair', '[15241]', '[85762]', '6.1'],
    ['FootSolutions', '301 Mall Blvd', 'Monroeville', '[15146]', '[86485]', '11.4'],
    ['Good Feet Store', '8000 McKnight Rd', 'Pittsburgh', '[15237]', '[87191]', '9.8'],
    ['Shoe Box of Sewickley', '412 Beaver St', 'Sewickley', '[15143]', '[64612]', '14.2'],
    ['Comfort Step', '77 Trinity Point Dr', 'Washington', '[15301]', '[87814]', '24.9'],
  ],
});

// ── 31. Orthotic lab order with lot and casting numbers (decoy-only), text ──
const labOrder = lines({
  id: 's56-olab',
  kind: 's56-orthotic-lab-casting-order',
  before: 'Custom Orthotic Prescription — Lab copy',
  text: [
    'Lab acct [23235]   Rx # [90013]   Casting method: foam box   Cast ID L-[64632] / R-[64633]',
    'Shell: polypropylene 4 mm, rearfoot post 4° varus, met pad at 3rd IS (neuroma), top cover EVA.',
    'Ship to: Three Rivers Foot & Ankle, 500 Main St, Bethel Park PA [15102]. Batch [81485].',
    'Resin lot [48607] · Top cover lot [52299] · Turnaround 10 business days.',
  ].join('\n'),
});

// ── 32. Clinic price list of non-CPT items (decoy-only), table ──
const priceList = table({
  id: 's56-price',
  kind: 's56-clinic-retail-price-list',
  caption: 'Retail / self-pay items — not billed to insurance — price list 2026',
  headers: ['Item #', 'Item', 'Price', 'Tax code'],
  rows: [
    ['[92814]', 'Silicone toe sleeve', '12.00', '[10400]'],
    ['[93406]', 'Urea 40% cream 7 oz', '24.00', '[10400]'],
    ['[94008]', 'Compression socks, 15–20', '29.00', '[10400]'],
    ['[94739]', 'Metatarsal pad (pair)', '8.00', '[10400]'],
    ['[64712]', 'Over-the-counter arch support', '45.00', '[10400]'],
  ],
});

// ── 33. Nail / RFC tracker by visit (Medicare frequency), table ──
const rfcTracker = table({
  id: 's56-rfct',
  kind: 's56-rfc-frequency-tracker-grid',
  caption: 'RFC Tracker — at-risk feet — Medicare (61-day rule)',
  headers: ['Visit', 'Pt #', 'Last', 'Days', 'Class', 'Svc', 'Svc 2'],
  rows: [
    ['[42698]', '[31392]', '08/19', '61', 'Q8', '{11721}', '{11056}'],
    ['[42712]', '[95441]', '09/05', '63', 'Q7', '{11720}', '—'],
    ['[42730]', '[96170]', '09/12', '62', 'Q9', '{11721}', '{11055}'],
    ['[42751]', '[96824]', '09/30', '60', 'none', 'hold', '—'],
  ],
});

// ── 34. Neurolysis policy criteria (payer medical policy), text ──
const policy = lines({
  id: 's56-pol',
  kind: 's56-payer-neurolysis-medical-policy-text',
  before: 'Medical Policy MP-97436: Neurolysis and Cryoablation of Peripheral Nerves',
  text: [
    'Coverage: chemical or thermal neurolysis of the plantar common digital nerve ({64632}) is medically necessary',
    'when a neuroma is confirmed and at least 3 months of conservative care, including 2 injections ({64455}), failed.',
    'Cryoablation reported with {64632}: medically necessary under the same criteria; {64640} for other nerves.',
    'Not medically necessary: neurolysis of the sciatic nerve ({64712} is open neuroplasty, not neurolysis).',
    'Codes: {64632}, {64455}, {64640}, {76942}. Effective 01/01/2026. Policy file [98046].',
  ].join('\n'),
});

// ── 35. New-patient intake / demographics (decoy-only), text ──
const intake = lines({
  id: 's56-intake',
  kind: 's56-new-patient-intake-demographics',
  before: 'New Patient Registration — Three Rivers Foot & Ankle — kiosk summary',
  text: [
    'Name: Tomasz Kowalski   DOB 07/30/1958   Chart [53904]   Guarantor acct [42365]',
    'Address: 1140 Greentree Rd, Apt 3, Pittsburgh PA [15205]   Prior address ZIP [15220] (moved 2024)',
    'Secondary address (winter): 880 Gulf Blvd, Indian Rocks Beach FL [33785]',
    'Primary: Highmark Freedom Blue PPO · Group [14888] · Subscriber ID suffix [14379]',
    'Secondary: AARP Medicare Supplement · Plan G · Member [23170] (last 5 shown)',
    'Employer (retired): US Steel Clairton Works, Clairton PA [15025]',
    'Emergency contact: daughter, Kansas City MO [64109]',
  ].join('\n'),
});

// ── 36. Recall / appointment reminder list (decoy-only), table ──
const recall = table({
  id: 's56-recall',
  kind: 's56-rfc-recall-appointment-list',
  caption: 'Recall list — routine foot care due in December — export [36353]',
  headers: ['Appt #', 'Patient #', 'City', 'ZIP', 'Due', 'Reminder ID'],
  rows: [
    ['[11988]', '[53008]', 'Bethel Park', '[15102]', '12/02', '[96763]'],
    ['[11989]', '[30656]', 'South Park', '[15129]', '12/04', '[83797]'],
    ['[11992]', '[54900]', 'Library', '[15129]', '12/05', '[50298]'],
    ['[12004]', '[48117]', 'Finleyville', '[15332]', '12/09', '[82766]'],
    ['[12010]', '[60907]', 'Venetia', '[15367]', '12/11', '[87509]'],
    ['[12017]', '[76281]', 'Bridgeville', '[15017]', '12/16', '[47133]'],
  ],
});

// ── 37. Lockbox deposit batch (decoy-only), table ──
const lockbox = table({
  id: 's56-lockbox',
  kind: 's56-lockbox-deposit-batch-detail',
  caption: 'Lockbox deposit — PNC — batch [67354] — 11/25/2025',
  headers: ['Item', 'Check #', 'Payer', 'Payer ID', 'Patient acct', 'Amount'],
  rows: [
    ['1', '[18688]', 'Highmark BCBS', '[54771]', '[63503]', '96.20'],
    ['2', '[18989]', 'UPMC Health Plan', '[23281]', '[20135]', '61.20'],
    ['3', '[17344]', 'Aetna', '[60054]', '[54539]', '118.40'],
    ['4', '[89591]', 'Self-pay (Kowalski)', '—', '[73073]', '20.00'],
    ['5', '[35510]', 'Mutual of Omaha supp', '[71412]', '[48166]', '44.31'],
  ],
});

// ── 38. Surgery scheduling packet (posting sheet), text ──
const posting = lines({
  id: 's56-post',
  kind: 's56-surgery-posting-sheet-text',
  before: 'Surgery Posting Sheet — faxed to Southpointe Surgery Center',
  text: [
    'Patient: Nash, Theresa   Posting # [33820]   Pre-cert # [47609]   Pre-op lab accession [86200]',
    'Procedure(s): R tarsal tunnel release {28035}; neurolysis medial/lateral plantar nerves {64704} x2',
    'Anesthesia: MAC + regional per anesthesia (popliteal {64445} / adductor canal) — anesthesia to bill',
    'Equipment: mini C-arm, bipolar, 3.5 loupes. Vendor rep: none. Tray request [69934].',
    'Pre-op: H&P by PCP within 30 days; EKG (age 68). Ride: husband, cell ext [29976].',
  ].join('\n'),
});

// ── 39. Sterile processing tray / implant catalog list (decoy-only), table ──
const trays = table({
  id: 's56-spd',
  kind: 's56-spd-foot-tray-instrument-list',
  caption: 'SPD tray build — Podiatry forefoot set — tray ID [70835]',
  headers: ['Catalog #', 'Description', 'Qty', 'Lot / serial', 'Bin'],
  rows: [
    ['[55473]', 'Freer elevator, 7 in', '1', '[69657]', 'A-2'],
    ['[46858]', 'Senn retractor, sharp', '2', '[83873]', 'A-3'],
    ['[54683]', 'Beaver handle + 64 blade', '1', '[83733]', 'B-1'],
    ['[83640]', 'Neuroma hook (Weitlaner mini)', '1', '[19681]', 'B-4'],
    ['[65604]', 'Sagittal saw blade 9 × 25 mm', '2', '[20021]', 'C-1'],
    ['[30305]', 'K-wire 0.062 in, 6 in', '6', '[84489]', 'C-2'],
  ],
});

export const sealed56: Snippet[] = [
  ...superbill,
  ...daySheet,
  ...rfcNote,
  ...lcdArticle,
  ...shoeOrder,
  ...dmeLedger,
  ...woundFlow,
  ...ascSched,
  ...blockRecord,
  ...postOp,
  ...tarsalOp,
  ...ncsReport,
  ...injLog,
  ...remit835,
  ...denialQueue,
  ...priorAuth,
  ...paLetter,
  ...statement,
  ...cms1500,
  ...caseLog,
  ...hl7,
  ...jsonCharge,
  ...xmlExport,
  ...coderQuery,
  ...eob,
  ...feeCompare,
  ...audit,
  ...referral,
  ...monthly,
  ...storeLocator,
  ...labOrder,
  ...priceList,
  ...rfcTracker,
  ...policy,
  ...intake,
  ...recall,
  ...lockbox,
  ...posting,
  ...trays,
];
