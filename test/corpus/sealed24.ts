import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 24 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on
 * these snippets. Its page shapes (`kind`, prefixed `s24-`) appear in no other corpus file. Score it once; do not edit
 * a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as ZIPs, accounts, MRNs, case numbers, lots, item numbers and amounts;
 * the five known numbers also appear as decoys (account, order number, MRN, amount, phone extension).
 *
 * Family: the provider side, clinical and patient-facing — operative and procedure note templates, anesthesia
 * records, pain-clinic flowsheets, order entry and order sets, surgical scheduling boards, consent forms, discharge
 * instructions, patient portal bills and estimates (Good Faith Estimate), a patient-facing cost estimator, a CDI
 * physician query, coding education slides and graded worksheets, a specialty society coding FAQ, clinic KPI
 * dashboards, supply, pharmacy and implant logs, a research coverage analysis and sponsor invoice, referral letters and
 * worklists, a toxin-clinic slot board, an op-note addendum and a patient GFE request form.
 * Built on real public layouts: the standard operative report headings (pre/postoperative diagnosis, procedure,
 * anesthesia, EBL, specimens, implants, findings, description), the ASRA-style regional anesthesia procedure record
 * (time-out, guidance, needle, local, aspiration), the CMS Good Faith Estimate template Part 2 (co-provider and
 * co-facility itemization by service code), the AHIMA/ACDIS compliant multiple-choice query template, the Epic
 * SmartText/SmartList template syntax (`***` wildcards, `{a/b:***}` lists) and its Sign Orders dialog, a MyChart-style
 * hospital account charge drilldown and estimate-vs-bill comparison, a GS1 UDI implant scan record, and the
 * clinical-trial coverage analysis schedule-of-events grid with R/S billing designations. The others are written the
 * way those pages read, with no single source.
 *
 * 311 labelled tokens over 31 shapes: 129 codes, 182 decoys, 63 of the decoys in KNOWN_10K.
 */

// ── 1. Operative report, full narrative (standard op-report headings), as the EHR note viewer shows it ──
const opReport: Snippet[] = lines({
  id: 's24-opnote',
  kind: 's24-op-report-sciatic-neurolysis-narrative',
  text: [
    'OPERATIVE REPORT — Mercy Orthopedic & Spine Surgery Center, 2200 Wexford Blvd, Columbus OH [43221]',
    'Patient: HALVERSON, DANA M   MRN: M[29716]   Acct: [64712]-03   DOB: 04/19/1968',
    'Date of Service: 09/14/2026   Room: OR 4   Case #: [15302]',
    'Surgeon: R. Okafor, MD   Assistant: T. Brandt, PA-C   Anesthesia: J. Lindqvist, MD',
    'Preoperative Diagnosis: Right sciatic nerve entrapment at the sciatic notch (deep gluteal syndrome), G57.01',
    'Postoperative Diagnosis: Same',
    'Procedure(s): 1. Right sciatic nerve neuroplasty (external neurolysis) at the sciatic notch — CPT {64712}-RT',
    '2. Release of piriformis tendon — included, not separately reported',
    'Anesthesia: General LMA; popliteal sciatic block by anesthesia service for post-op pain ({64445}, see separate note)',
    'EBL: 50 mL   Fluids: 1,200 mL LR   Specimens: none   Drains: none   Complications: none',
    'Indications: 58-year-old with 14 months of right buttock and posterior thigh pain; EMG/NCS 06/02/2026 (study [54230])',
    'consistent with proximal sciatic neuropathy; two diagnostic blocks gave temporary relief.',
    'Findings: a fibrous band from the piriformis compressed the nerve with epineurial scarring over 4 cm.',
    'Description: ... The sciatic nerve was freed circumferentially from the notch to the quadratus femoris, completing',
    'neuroplasty of the sciatic nerve ({64712}). Nerve stimulation at the end of the case was normal.',
    'Implants: AxoGuard Nerve Protector 2.0 x 4 cm, REF AGP-2040, lot [52185]   Counts correct x2.',
    'Disposition: PACU, stable.',
    'Electronically signed: R. Okafor, MD 09/14/2026 17:42   Dictation ID [73610]   Job [60418]',
  ].join('\n'),
});

// ── 2. Anesthesia record, regional block procedure section (ASRA-style fields) ──
const anesBlock: Snippet[] = lines({
  id: 's24-anesblk',
  kind: 's24-anes-record-periph-block-section',
  before: 'ANESTHESIA RECORD',
  text: [
    'REGIONAL ANESTHESIA PROCEDURE   Pt: HALVERSON, DANA   MRN M[29716]   Case [15302]   OR 4   ASA II',
    'Block: popliteal sciatic, single shot   Side: Right   Requested by surgeon for post-op pain: Yes',
    'Time-out 07:12   Block start 07:14   End 07:22   Sedation: midazolam 2 mg',
    'Position: prone   Prep: chlorhexidine   Sterile technique: mask, gloves, sterile probe cover',
    'Guidance: ultrasound, image archived (accession [93155])   Nerve stimulator: not used',
    'Needle: 22G 80 mm echogenic, lot [31208]   Local: ropivacaine 0.5% 20 mL, lot [45617]',
    'Adjunct: dexamethasone 4 mg preservative-free   Aspiration negative every 5 mL; no paresthesia',
    'Charge: {64445}-RT  (not included in anesthesia time; documented separately from the anesthetic)',
    'Post-block check 07:40: sensory loss tibial and common peroneal distributions, motor 2/5 plantarflexion',
    'Performed by: J. Lindqvist, MD   Provider # [62741]   Pager [46211]',
  ].join('\n'),
});

// ── 3. Pain-clinic procedure response flowsheet (diagnostic block diary) ──
const painFlow = table({
  id: 's24-painflow',
  kind: 's24-pain-clinic-relief-diary-flowsheet',
  caption: 'Interventional Pain — Procedure Response Flowsheet — RUIZ, ALMA',
  headers: ['Date', 'Procedure', 'CPT', 'Side', 'Pre NRS', 'Post NRS 30 min', '% relief 6 h', 'Diary', 'Order #'],
  rows: [
    ['09/02/2026', 'Sciatic nerve block, diagnostic', '{64445}', 'L', '7', '2', '80%', 'Y', '[52988]'],
    ['09/16/2026', 'Sciatic nerve block, confirmatory', '{64445}', 'L', '7', '3', '70%', 'Y', '[55140]'],
    ['10/07/2026', 'Neurolytic inj, plantar digital n., 3rd IS', '{64632}', 'R', '6', '6', 'n/a', 'N', '[59380]'],
    ['10/21/2026', 'Neurolytic inj, plantar digital n., 3rd IS', '{64632}-RT', 'R', '5', '2', '50%', 'Y', '[64714]'],
    [
      '11/04/2026',
      'Chemodenervation facial n., onabotulinumtoxinA 50 u',
      '{64612}',
      'L',
      '—',
      '—',
      '—',
      '—',
      '[51407]',
    ],
    ['11/18/2026', 'Surgical consult (neuroplasty) — no procedure', '', '', '6', '', '', '', '[61730]'],
  ],
});

// ── 4. CPOE "Sign Orders" confirmation dialog ──
const signOrders: Snippet[] = lines({
  id: 's24-signorders',
  kind: 's24-cpoe-sign-orders-confirm-dialog',
  text: [
    'Sign Orders (4) — RUIZ, ALMA   MRN [40277]   Enc [26944]',
    'PROCEDURES',
    '  ✓ PR NERVE BLOCK SCIATIC SINGLE (CPT® {64445})  Left  Priority: Routine  Expected: 12/02/2026  Order [87530]',
    '      Assoc. Dx: M54.32 Sciatica, left side   Auth #: [38420]   Class: Clinic Performed',
    '  ✓ PR DESTR NEUROLYTIC AGENT PLANTAR COMMON DIGITAL NRV (CPT® {64632})  Right  Qty 1  Order [87531]',
    '  ✓ PR CHEMODENERVATION FACIAL NERVE MUSCLES UNILAT  CPT {64612}  Left  Qty 1  Order [30436]',
    '      Linked medication: onabotulinumtoxinA 100 unit vial, NDC 0023-1145-01, dispense 1 vial — Rx [38266]',
    '  ✓ REFERRAL TO PERIPHERAL NERVE SURGERY  Ref # [32585]  Reason: eval for sciatic neuroplasty ({64712})',
    'Interaction check: 0 alerts   Pharmacy verify queue: [18576]',
    'Sign   |   Sign & Hold   |   Cancel',
  ].join('\n'),
});

// ── 5. Perioperative order set, printed with checkboxes ──
const orderSet: Snippet[] = lines({
  id: 's24-orderset',
  kind: 's24-periop-order-set-print-checkboxes',
  text: [
    'ORDER SET: ORTHO/NERVE PERIOPERATIVE — REGIONAL ANALGESIA   Version [13355] rev 7   Printed 09/13/2026 14:05',
    'Patient: KOWALCZYK, PIOTR   MRN [68503]   Scheduled: 09/15/2026 0730   OR Case [41826]',
    'PRE-OP',
    '[x] NPO after midnight   [x] CBC, BMP within 30 days   [ ] Type & screen',
    'PROCEDURE',
    '[x] Neuroplasty; lumbar plexus — {64714}   Side: ☑ R ☐ L   Consent on chart',
    '[ ] Neuroplasty; sciatic nerve — {64712}',
    'REGIONAL ANESTHESIA (anesthesia to select)',
    '[ ] Popliteal sciatic nerve block, single injection, ultrasound guided — {64445}   Side: ☐ R ☐ L',
    '[x] Post-op analgesia per Acute Pain Service, pump # [29601]',
    'Pharmacy: cefazolin 2 g IV within 60 min of incision (formulary item [11209])',
    'Order set ID [15872]   Owner: Periop P&T   Last reviewed 03/2026   Questions: ext. [64612]',
  ].join('\n'),
});

// ── 6. OR scheduler, week view, room rows with case tiles ──
const orWeek = table({
  id: 's24-orweek',
  kind: 's24-or-scheduler-week-view-room-tiles',
  caption: 'Surgical Scheduling — Week of 10/05/2026 — Main OR + Block Room (tile: start · surgeon · procedure · case)',
  headers: ['Room', 'Mon 10/05', 'Tue 10/06', 'Wed 10/07', 'Thu 10/08'],
  rows: [
    [
      'OR 4',
      '0730 Okafor · NEUROPLASTY SCIATIC NERVE RT ({64712}) · #[71286]',
      '0800 Okafor · NEUROPLASTY LUMBAR PLEXUS ({64714}) · #[36147]',
      'Block — Okafor (released)',
      '0730 Brandt · HARDWARE REMOVAL · #[72118]',
    ],
    [
      'OR 6',
      '1030 Singh · ALCOHOL NEUROLYSIS PLANTAR DIGITAL N LT ({64632}) · #[01274]',
      '—',
      '1300 Singh · CHEMODENERVATION FACIAL N ({64612}) · #[97513]',
      '0900 Singh · NEUROPLASTY SCIATIC N LT ({64712}) · #[78309]',
    ],
    [
      'Block Rm',
      '0700 Lindqvist · POP SCIATIC BLOCK ({64445}) for #[71286]',
      '0730 Lindqvist · SCIATIC BLK {64445} for #[36147]',
      '',
      '0830 Lindqvist · SCIATIC BLK {64445} x1 for #[78309]',
    ],
  ],
});

// ── 7. Consent forms (chemodenervation; regional anesthesia), PDF text ──
const consent: Snippet[] = lines({
  id: 's24-consent',
  kind: 's24-consent-form-procedure-billing-box',
  text: [
    'UNIVERSITY EYE & FACIAL PLASTICS — CONSENT FOR BOTULINUM TOXIN INJECTION (BLEPHAROSPASM / HEMIFACIAL SPASM)',
    'Patient name: Ngozi Adeyemi   Date of birth: 02/11/1957   Medical record #: [56733]',
    'I authorize Dr. Helena Marsh and assistants to perform chemodenervation of muscles supplied by the facial nerve,',
    'left side. Billing code(s) for this procedure: CPT {64612}; drug: J0585 (onabotulinumtoxinA, per unit).',
    'Risks include drooping eyelid, dry eye, double vision, bruising, and temporary facial weakness.',
    'If my insurance requires prior authorization, reference # [08879] was approved on 09/30/2026.',
    'Questions: (608) 555-0190, option 3, or 1 S Park St, Madison WI [53715].',
    'Patient signature ____________  Date ______   Witness ____________   Form UEF-[26251] (rev. 04/2025)',
    'CONSENT FOR REGIONAL ANESTHESIA (NERVE BLOCK)   Patient ID [91548]   Encounter [72608]',
    'Procedure: ultrasound-guided sciatic nerve block (CPT {64445}) for pain control after your surgery.',
    'Alternatives: general anesthesia alone; IV and oral pain medicine.',
  ].join('\n'),
});

// ── 8. Discharge / after-visit instructions, patient-facing ──
const discharge: Snippet[] = lines({
  id: 's24-dc',
  kind: 's24-discharge-instructions-after-procedure',
  text: [
    'DISCHARGE INSTRUCTIONS — Lakeview Pain & Spine, 880 Harbor Rd Ste 210, Traverse City MI [49684]',
    'You had: left sciatic nerve block with steroid (procedure code {64445}) on 11/02/2026.',
    'Your leg may feel numb or weak for up to 12 hours. Use crutches and do not drive today.',
    'Call 231-555-0144 if numbness lasts longer than 24 hours or you have a fever over 101°F.',
    'Follow-up: 11/16/2026 at 9:40 AM with Dr. Patel (visit # [28240]).',
    'Procedures today: {64445} LT — Injection, anesthetic agent and/or steroid; sciatic nerve, single injection',
    'Medications given: bupivacaine 0.25% 10 mL; dexamethasone 10 mg',
    'Billing questions: Patient Financial Services 1-800-555-0177, account [58336]',
    'Pharmacy on file: Meijer #[43631], Traverse City MI [49686]',
  ].join('\n'),
});

// ── 9. Good Faith Estimate, Part 2 co-provider/co-facility itemization (CMS template) ──
const gfe = table({
  id: 's24-gfe',
  kind: 's24-gfe-co-provider-itemized-table',
  caption:
    'GOOD FAITH ESTIMATE — Co-provider / co-facility estimates. Primary service: right sciatic nerve neuroplasty, 10/05/2026',
  headers: ['Provider / facility', 'NPI', 'Service location', 'Service code', 'Description', 'Qty', 'Estimated cost'],
  rows: [
    [
      'Mercy Orthopedic & Spine Surgery Center',
      '1326049981',
      '2200 Wexford Blvd, Columbus OH [43221]',
      'CPT {64712}',
      'Neuroplasty; sciatic nerve (facility)',
      '1',
      '$6,420.00',
    ],
    [
      'Richard Okafor, MD',
      '1861592047',
      '2200 Wexford Blvd, Columbus OH [43221]',
      '{64712}-RT',
      'Neuroplasty; sciatic nerve',
      '1',
      '$2,875.00',
    ],
    [
      'Central Ohio Anesthesia Associates',
      '1093817264',
      '4500 Sawmill Rd, Columbus OH [43220]',
      '{64445}',
      'Injection, anesthetic agent; sciatic nerve, single',
      '1',
      '$612.00',
    ],
    [
      'Central Ohio Anesthesia Associates',
      '1093817264',
      '4500 Sawmill Rd, Columbus OH [43220]',
      'ASA crosswalk',
      'Anesthesia, base + time (est. 14 units)',
      '14',
      '$1,316.00',
    ],
    ['Total estimated cost', '', '', '', '', '', '$11,223.00'],
  ],
});
const gfeFooter: Snippet[] = lines({
  id: 's24-gfefoot',
  kind: 's24-gfe-co-provider-itemized-table',
  text: [
    'GFE # [87065]   Patient: HALVERSON, DANA   Estimate date: 09/01/2026',
    'If you are billed $400 or more above this estimate you may start a dispute; keep GFE [87065] and this page.',
  ].join('\n'),
});

// ── 10. Patient portal: hospital account, visit charges expanded ──
const portalCharges = table({
  id: 's24-portalchg',
  kind: 's24-portal-hospital-account-charge-drilldown',
  caption: 'Billing › Hospital account 4402917735 › Visit 09/14/2026 Mercy Orthopedic › Charges',
  headers: ['Date', 'Description', 'Code', 'Qty', 'Charges', 'Insurance paid', 'Adjustments', 'You owe'],
  rows: [
    ['09/14/2026', 'HC NEUROPLASTY SCIATIC NERVE', '{64712}', '1', '$6,420.00', '$3,912.40', '$1,807.60', '$700.00'],
    ['09/14/2026', 'HC NERVE BLOCK SCIATIC SINGLE', '{64445}', '1', '$980.00', '$598.00', '$382.00', '$0.00'],
    ['09/14/2026', 'HC OR TIME LEVEL 3 EA 15 MIN', '0360', '4', '$2,140.00', '$1,310.20', '$829.80', '$0.00'],
    ['09/14/2026', 'HC SUPPLY NERVE PROTECTOR', 'C1763', '1', '$3,050.00', '$1,860.00', '$1,190.00', '$0.00'],
    ['09/30/2026', 'CONTRACTUAL ADJ — BCBS claim [64714]', '', '', '', '', '-$4,209.40', ''],
    ['10/12/2026', 'PAYMENT — THANK YOU (confirmation [45175])', '', '', '', '', '', '-$200.00'],
    [
      '11/04/2026',
      'HC CHEMODENERVATION FACIAL NERVE UNILAT',
      '{64612}',
      '1',
      '$1,150.00',
      '$0.00',
      '$0.00',
      '$1,150.00',
    ],
  ],
});

// ── 11. Patient-facing cost estimator, out-of-pocket breakdown ──
const estimator: Snippet[] = lines({
  id: 's24-estim',
  kind: 's24-estimator-oop-breakdown-steps',
  text: [
    "Cost Estimator › Foot & Ankle › Morton's neuroma injection (alcohol / neurolytic)",
    'You searched: {64632}',
    'Procedure code: CPT® {64632} — Destruction by neurolytic agent; plantar common digital nerve',
    'Provider: Northside Podiatry Group · 4.6 mi from [48823]',
    'Estimated total cost: $486   Your plan pays: $0 (deductible not met)',
    'Step 1 — Deductible: $486 of your remaining $1,310 applies   Step 2 — Coinsurance: 0%',
    'Other providers near [48823]: Lakeshore Foot Care $410 · Meridian Ortho $615',
    'Estimate based on [10442] paid claims for {64632} in your network, 01/2025–12/2025. Estimate ID [80447]',
    'Cost Estimator › Neurology › Botox for eyelid spasm (blepharospasm)',
    'Procedure code: {64612} + drug J0585 (per unit, about 100 units)   Estimated total: $1,936   Group [70776]',
  ].join('\n'),
});

// ── 12. CDI physician query, compliant multiple-choice template ──
const cdiQuery: Snippet[] = lines({
  id: 's24-cdi',
  kind: 's24-cdi-query-ahima-radio-template',
  text: [
    'CLINICAL DOCUMENTATION QUERY — Procedure Specificity   Query ID [60337]   Account [99453]',
    'To: Dr. R. Okafor   From: L. Chen, RN, CCDS   Sent: 09/15/2026 08:12   Response due: 48 hours',
    'Clinical indicators: op note states "decompression, right hip"; implant log lists nerve protector lot [52185];',
    'brief op note lists "neurolysis".  Based on your clinical judgment, please clarify the procedure performed:',
    '○ External neuroplasty (neurolysis) of the sciatic nerve at the sciatic notch',
    '○ Neuroplasty of the lumbar plexus',
    '○ Exploration of nerve only, without neuroplasty   ○ Other: ______   ○ Unable to determine',
    'Coding impact (coder use only — hidden from provider view): {64712} vs {64714}; nerve protector not separately coded',
    'Provider response: ● External neuroplasty of the sciatic nerve — addendum 09/15/2026 10:47',
    'Final code: {64712}-RT   Closed by L. Chen   Worklist [88234]',
  ].join('\n'),
});

// ── 13. Coding education deck, presenter view with speaker notes ──
const slides: Snippet[] = lines({
  id: 's24-slides',
  kind: 's24-coding-ed-speaker-notes-pane',
  text: [
    'Slide 14 of 32 — Nerve procedures: neuroplasty vs destruction vs injection',
    '• Neuroplasty (decompression or freeing of a nerve) — {64712} sciatic nerve; {64714} lumbar plexus',
    '• Destruction by neurolytic agent — {64632} plantar common digital nerve; report once per nerve',
    '• Injection, anesthetic/steroid, sciatic, single — {64445}; imaging guidance included',
    '• Chemodenervation, facial nerve — {64612} is unilateral; bilateral: modifier 50',
    'SPEAKER NOTES',
    'Ask the room: surgeon documents "neurolysis" of the sciatic nerve during hip arthroscopy — do we add {64712}?',
    'Remind them the anesthesiologist reports {64445} only when the surgeon requests the block for post-op pain.',
    'Poll, last session (n = 43): 68% picked {64714} for a sciatic case. CEU index [29151], 1.0 CEU',
    'Next: Slide 15 — modifier practice.   Recording ID [13646]',
  ].join('\n'),
});

// ── 14. LMS graded case-study worksheet ──
const worksheet = table({
  id: 's24-lmsws',
  kind: 's24-lms-case-study-coding-worksheet',
  caption: 'CPC Prep — Module 9 Nervous System — Case Study Worksheet (graded)',
  headers: ['Case', 'Scenario', 'Your code(s)', 'Key', 'Points'],
  rows: [
    [
      '9-1',
      'Ultrasound-guided single-shot sciatic block for post-op analgesia, requested by the surgeon',
      '{64445}',
      '{64445}',
      '2/2',
    ],
    ['9-2', 'Alcohol injection, third intermetatarsal neuroma, right foot', '{64632}-RT', '{64632}-RT', '2/2'],
    [
      '9-3',
      'Botox 40 units, left orbicularis oculi for blepharospasm',
      '{64612}-LT, J0585 x40',
      '{64612}, J0585 x40, JW for waste',
      '1/2',
    ],
    ['9-4', 'Open decompression of the sciatic nerve at the sciatic notch', '{64714}', '{64712}', '0/2'],
    ['9-5', 'EOB for claim [77696]: which line was bundled?', 'Line 2', 'Line 2 — {64445} with {64712}', '2/2'],
    ['Score', 'Attempt [39025] · submitted 10/14/2026', '', '', '7/10'],
  ],
});

// ── 15. Specialty society coding FAQ, numbered Q&A ──
const societyFaq: Snippet[] = lines({
  id: 's24-socfaq',
  kind: 's24-society-coding-faq-numbered-qa',
  text: [
    'Regional Anesthesia Coding FAQ — Practice Management Committee   FAQ set [82201]   Logged in: member [55248]',
    'Q7. May the anesthesiologist report {64445} when the block is the primary anesthetic?',
    'A7. No. When the block is the anesthetic for the surgery its work is part of the anesthesia service. Report',
    '{64445} only when the surgeon requests the block for postoperative pain and the anesthetic is general.',
    'Q8. The surgeon performs a neuroplasty of the sciatic nerve ({64712}) and asks for a popliteal block. Is 59 needed on {64445}?',
    'A8. Check the current NCCI quarter and the payer policy before appending 59 or XU.',
    'Q9. Can ultrasound guidance be billed with {64445}?',
    'A9. No. Imaging guidance is included in the single-injection code.',
    'Q10. How many units of {64632} for two interspaces on the same foot?',
    'A10. Report {64632} once per nerve; the second interspace is a second nerve (59 or XS on the second line).',
    'Questions: coding@example-society.org · fax 202-555-0108 · Suite 300, Washington DC [20005]',
  ].join('\n'),
});

// ── 16. Clinic KPI: provider scorecard by CPT, plus the header tiles ──
const scorecard = table({
  id: 's24-scorecard',
  kind: 's24-pain-clinic-provider-scorecard-table',
  caption: 'Interventional Pain — Provider Scorecard, Q3 2026 (procedure volume by CPT)',
  headers: ['Provider', 'CPT', 'Description', 'Q3 cases', 'Q2 cases', 'Gross charges', 'Avg days to schedule'],
  rows: [
    ['Patel, A', '{64445}', 'Inj, sciatic nerve, single', '214', '188', '[91437].00', '6'],
    ['Patel, A', '{64632}', 'Destr neurolytic plantar digital nerve', '61', '57', '[22344].50', '9'],
    ['Patel, A', '{64612}', 'Chemodenerv facial nerve unilat', '12', '9', '8840.00', '14'],
    ['Okafor, R', '{64712}', 'Neuroplasty sciatic nerve', '18', '21', '[53064].00', '31'],
    ['Okafor, R', '{64714}', 'Neuroplasty lumbar plexus', '4', '6', '[12950].00', '38'],
    ['Lindqvist, J', '{64445}', 'Inj, sciatic nerve, single', '322', '301', '[64712].00', '3'],
    ['Clinic total', '', '', '631', '582', '196041.50', ''],
  ],
});
const scoreTiles: Snippet[] = lines({
  id: 's24-scoretiles',
  kind: 's24-pain-clinic-provider-scorecard-table',
  text: [
    'No-show rate 7.4%   Same-day adds 38   Prior auth pending 17',
    'Top procedure: {64445} (536 cases)   Slowest to schedule: {64714}',
    'Report ID [06397] · refreshed 10/02/2026 06:00 · cost center [41062]',
  ].join('\n'),
});

// ── 17. Block cart supply usage log, scanned at point of use ──
const supplyLog = table({
  id: 's24-supply',
  kind: 's24-supply-usage-lot-log',
  caption: 'Regional Block Cart — Supply Usage Log, week of 10/05/2026',
  headers: ['Date', 'Case #', 'Item #', 'Description', 'Lot', 'Exp', 'Qty', 'Linked procedure', 'Chargeable'],
  rows: [
    [
      '10/05',
      '[71286]',
      '[33617]',
      'Needle, echogenic 22G 80 mm',
      '[49950]A',
      '2028-03',
      '1',
      '{64445} RT',
      'N (bundled)',
    ],
    ['10/06', '[36147]', '[33617]', 'Needle, echogenic 22G 80 mm', '[49950]A', '2028-03', '1', '{64445}', 'N'],
    [
      '10/06',
      '[36147]',
      '[58806]',
      'Ropivacaine 0.5% 30 mL vial',
      'RP[06339]',
      '2027-11',
      '1',
      '{64445}',
      'Y — J2795 x150',
    ],
    ['10/07', '[01274]', '[54868]', 'Dehydrated alcohol 1 mL amp', 'DA[78555]', '2027-06', '2', '{64632} LT', 'N'],
    ['10/07', '[97513]', '[95439]', 'Tuberculin syringe 1 mL 30G', '—', '—', '2', '{64612}', 'N'],
    ['10/08', '[78309]', '[33617]', 'Needle, echogenic 22G 80 mm', '[49951]B', '2028-04', '1', '{64445} LT', 'N'],
  ],
});

// ── 18. Clinic pharmacy botulinum toxin vial and waste log ──
const toxinLog = table({
  id: 's24-toxin',
  kind: 's24-pharmacy-toxin-vial-waste-log',
  caption: 'Clinic Pharmacy — Botulinum Toxin Vial Log (single-dose vials; waste documented with JW, none with JZ)',
  headers: ['Date', 'MRN', 'Vial lot', 'Units drawn', 'Units given', 'Units wasted', 'Procedure', 'Dispense #', 'RPh'],
  rows: [
    ['11/04', '[56733]', 'C6142C3', '100', '50', '50 (JW)', '{64612} LT', '[91548]', 'KM'],
    ['11/04', '[40277]', 'C6142C3', '100', '100', '0 (JZ)', 'both sides: {64612}-50', '[91530]', 'KM'],
    ['11/05', '[64632]', 'C6188C1', '200', '155', '45 (JW)', '{64612}-RT', '[91531]', 'DW'],
    ['11/06', '[72608]', 'C6188C1', '100', '25', '75 (JW)', '{64612}', '[91532]', 'DW'],
  ],
});

// ── 19. Implant record with GS1 UDI scan ──
const implant: Snippet[] = lines({
  id: 's24-implant',
  kind: 's24-implant-udi-scan-record',
  text: [
    'IMPLANT RECORD — Case [15302] — HALVERSON, DANA — OR 4 — 09/14/2026',
    'Procedure: Neuroplasty; sciatic nerve, right ({64712}-RT)',
    'UDI scanned: (01)00850003563079(17)280331(10)[52185]',
    'Item: AxoGuard Nerve Protector 2.0 cm x 4 cm   Mfr: Axogen   Qty 1   Wasted 0   Site: right sciatic nerve',
    'Supply charge: CDM 2780014 (rev 0278)   Registry submission # [29637]',
    'Case [36147] — 10/06/2026 — Procedure {64714} — no implants used',
  ].join('\n'),
});

// ── 20. Clinical-trial coverage analysis, schedule of events with billing designations ──
const soe = table({
  id: 's24-soe',
  kind: 's24-trial-soe-billing-designation-grid',
  caption:
    'Coverage Analysis — Protocol NEURO-RFX-301 (NCT06114572) — Schedule of Events (R = research/sponsor, S = standard of care)',
  headers: ['Item / procedure', 'CPT/HCPCS', 'Screening', 'Day 0', 'Wk 6', 'Wk 12', 'Justification'],
  rows: [
    ['Diagnostic sciatic nerve block', '{64445}', 'S', '', '', '', 'Routine to confirm candidacy'],
    [
      'Study procedure: neuroplasty, sciatic nerve',
      '{64712}',
      '',
      'S',
      '',
      '',
      'Standard treatment; wrap is investigational',
    ],
    ['Investigational nerve wrap', 'C9399', '', 'R', '', '', 'Sponsor-supplied under IDE'],
    ['Repeat sciatic block for breakthrough pain', '{64445}', '', '', 'S', 'S', 'If clinically indicated'],
    ['Neuroplasty, lumbar plexus (plexus involvement only)', '{64714}', '', 'S', '', '', 'SOC alternative'],
    ['Study EMG/NCS', '—', 'R', '', '', 'R', 'Sponsor pays, budget line [08356]'],
    ['Exclusion: facial chemodenervation ({64612}) within 90 days', '', 'R', '', '', '', 'Eligibility check only'],
    ['Participant stipend', '', '', 'R', 'R', 'R', 'ClinCard, budget line [60912]'],
  ],
});
const soeFooter: Snippet[] = lines({
  id: 's24-soefoot',
  kind: 's24-trial-soe-billing-designation-grid',
  text: [
    'IRB # [28099]   Research account [90726]   PI: R. Okafor, MD',
    'Claims for S items: {64712} with modifier Q1 and condition code 30; research diagnosis Z00.6 secondary.',
  ].join('\n'),
});

// ── 21. Physician referral letter (consult request) ──
const referral: Snippet[] = lines({
  id: 's24-refletter',
  kind: 's24-physician-referral-letter-consult-request',
  text: [
    'LAKEVIEW PAIN & SPINE · 880 Harbor Rd Ste 210 · Traverse City, MI [49684] · Fax 231-555-0145',
    'November 18, 2026',
    'Richard Okafor, MD, Peripheral Nerve Surgery, 2200 Wexford Blvd, Columbus, OH [43221]',
    'RE: Alma Ruiz   DOB 07/03/1971   Our MRN [40277]   Priority Health member ID 830211754',
    'Dear Dr. Okafor,',
    'Thank you for seeing Ms. Ruiz, 55, with left deep gluteal syndrome. Two diagnostic sciatic nerve blocks',
    '(CPT {64445}, 09/02 and 09/16) each gave 70–80% relief for the duration of the local anesthetic.',
    'She also has a right third-interspace Morton neuroma treated with neurolytic injections ({64632} x2), partial benefit.',
    'I would value your opinion on sciatic neuroplasty ({64712}). Her plan requires prior authorization for {64712};',
    'our referral # is [32585] and the auth request is pending as case [38420]. MR neurography 08/2026, accession [73986].',
    'Sincerely, Anjali Patel, MD   Direct line 231-555-0140 ext. [64714]',
    'cc: Dr. L. Hughes, 410 Front St, Suttons Bay, MI [49682]',
  ].join('\n'),
});

// ── 22. EHR procedure note templates (SmartText with *** wildcards and {list:***} SmartLists) ──
const templates: Snippet[] = lines({
  id: 's24-tmpl',
  kind: 's24-procedure-note-template-wildcards',
  text: [
    '.PAINSCIATICBLK — SCIATIC NERVE BLOCK PROCEDURE NOTE (SmartText ID [46394])',
    'Procedure: {Left/Right:***} sciatic nerve block, single injection ({64445}), {with/without:***} steroid',
    'Approach: {popliteal/subgluteal/parasacral:***} under ultrasound guidance (included in {64445})',
    'Medication: *** mL of *** %, dexamethasone *** mg   Complications: {None/***}',
    'Billing: {64445}-{LT/RT:***}   Dx: ***',
    '.BOTOXFACIAL — CHEMODENERVATION PROCEDURE NOTE (SmartText ID [46395])',
    'Procedure: chemodenervation, muscles of the facial nerve, {unilateral/bilateral:***} ({64612}{/-50:***})',
    'Toxin: onabotulinumtoxinA *** units; waste *** units (JW)   Template owner: Pain Build · ver [31776]',
  ].join('\n'),
});

// ── 23. Pre-anesthesia evaluation, plan section ──
const preop: Snippet[] = lines({
  id: 's24-preanes',
  kind: 's24-anes-preop-eval-plan-section',
  text: [
    'PRE-ANESTHESIA EVALUATION   Pt: KOWALCZYK, PIOTR   MRN [68503]   Case [41826]   Surgeon: Okafor',
    'Planned procedure: Neuroplasty; lumbar plexus, right ({64714})',
    'Wt 92 kg  Ht 180 cm  BMI 28.4  ASA III  Mallampati II  NPO since 2200',
    'PMH: OSA on CPAP, T2DM (A1c 7.1), CAD s/p PCI 2019; clopidogrel held 5 days',
    'Plan: GA/ETT. No neuraxial. Peripheral sciatic block ({64445}) not useful for this site; APS consult for PCA.',
    'Consent for anesthesia discussed; Polish interpreter ID [29544]',
    'Labs: K 4.2, Cr 1.1, Glu 162; ECG 09/10 NSR (ECG # [57093])',
    'Attending: J. Lindqvist, MD   Pager [16077]   Eval time 06:41',
  ].join('\n'),
});

// ── 24. Patient portal: estimate vs final bill comparison ──
const estVsBill = table({
  id: 's24-estbill',
  kind: 's24-portal-estimate-vs-final-compare',
  caption: 'MyHealth › Billing › Compare your estimate with your bill (visit 11/04/2026, Neuro-Ophthalmology)',
  headers: ['Service', 'Code', 'Estimated', 'Billed', 'Difference', 'Why it changed'],
  rows: [
    ['Chemodenervation, facial nerve, left', '{64612}', '$1,150.00', '$1,150.00', '$0.00', '—'],
    ['Botulinum toxin A, per unit', 'J0585', '$1,900.00 (100 u)', '$950.00 (50 u)', '-$950.00', 'Fewer units used'],
    ['Clinic visit', 'G0463', '$240.00', '$240.00', '$0.00', '—'],
    ['Added: chemodenervation, right side', '{64612}-50', '—', '$575.00', '+$575.00', 'Both sides treated'],
    ['Payment plan', '', '', '', '', 'Plan ID [09578], 6 monthly payments'],
  ],
});
const estVsBillNote: Snippet[] = lines({
  id: 's24-estbillnote',
  kind: 's24-portal-estimate-vs-final-compare',
  text: [
    'Estimate # [18605]   Bill account [99017]',
    'Your estimate listed {64612} once; your bill lists {64612} with modifier 50 because both sides were treated.',
  ].join('\n'),
});

// ── 25. Chemodenervation injection site record ──
const siteMap: Snippet[] = lines({
  id: 's24-sitemap',
  kind: 's24-chemodenerv-injection-site-record',
  text: [
    'INJECTION SITE RECORD — blepharospasm — ADEYEMI, NGOZI — MRN [56733]',
    'L orbicularis oculi pretarsal upper 2 sites x 2.5 u · lateral canthus 1 x 5 u · lower lid 2 x 2.5 u',
    'R same pattern, total 25 u per side, 50 u given',
    'Vial lot C6142C3 · NDC 0023-1145-01 · Exp 2027-08 · photo ID [50317]',
    'Billing: {64612}-50 x1; J0585 x100 (50 given, 50 JW)   Dx G24.5',
  ].join('\n'),
});

// ── 26. PACU handoff (anesthesia to PACU RN), SBAR ──
const pacuHandoff: Snippet[] = lines({
  id: 's24-pacu',
  kind: 's24-anes-pacu-handoff-sbar',
  text: [
    'S: HALVERSON, DANA, 58F, PACU bay 7, s/p R sciatic neuroplasty ({64712}) — case [15302]',
    'B: GA/LMA, uneventful. R popliteal sciatic block placed 07:14 ({64445}), ropivacaine 0.5% 20 mL',
    'A: BP 128/74, HR 72, SpO2 97% RA, pain 0/10, R foot insensate as expected',
    'R: Expect block to last 12–18 h; fall precautions; discharge when Aldrete ≥ 9. Call ext. [41826]',
    'Handoff by J. Lindqvist, MD to K. Moss, RN 09:58   Phone log [68830]',
  ].join('\n'),
});

// ── 27. Referral intake worklist (specialty clinic) ──
const refWorklist = table({
  id: 's24-refwq',
  kind: 's24-referral-intake-worklist-grid',
  caption: 'Peripheral Nerve Clinic — Referral Intake Worklist (incoming, not yet scheduled)',
  headers: ['Referral #', 'Received', 'Patient ZIP', 'Requested service', 'Req. code', 'Auth status', 'Days waiting'],
  rows: [
    ['[32585]', '11/18/2026', '[49684]', 'Consult for sciatic neuroplasty', '{64712}', 'Pending ([38420])', '2'],
    ['[32207]', '11/17/2026', '[44870]', 'Lumbar plexus neuroplasty eval', '{64714}', 'Not required', '3'],
    ['[32211]', '11/16/2026', '[18693]', 'Morton neuroma neurolysis', '{64632}', 'Approved ([26944])', '4'],
    ['[32230]', '11/15/2026', '[29151]', 'Sciatic block, diagnostic', '{64445}', 'Denied — resubmit', '5'],
    ['[32244]', '11/14/2026', '[64445]', 'Hemifacial spasm — Botox', '{64612}', 'Pending', '6'],
  ],
});

// ── 28. Research sponsor invoiceable items (trial billing, after coverage analysis) ──
const sponsorInvoice = table({
  id: 's24-sponsorinv',
  kind: 's24-trial-sponsor-invoiceable-items',
  caption: 'NEURO-RFX-301 — Sponsor invoice, period 10/01–10/31/2026 (research-designated items only)',
  headers: ['Subject', 'Visit', 'Item', 'Related SOC procedure', 'Amount', 'Invoice line'],
  rows: [
    ['301-[04512]', 'Screening', 'Study EMG/NCS', 'before {64445} (SOC, billed to insurance)', '$410.00', '[52185]'],
    ['301-[04519]', 'Day 0', 'Nerve wrap handling fee', 'with {64712} (SOC)', '$250.00', '[52462]'],
    ['301-[04519]', 'Wk 6', 'Study coordinator time', '—', '$180.00', '[52463]'],
    ['301-[04527]', 'Day 0', 'Nerve wrap handling fee', 'with {64714} (SOC alternative)', '$250.00', '[52464]'],
  ],
});

// ── 29. Chemodenervation clinic day board (scheduling, vial reservation per slot) ──
const toxinClinicDay = table({
  id: 's24-toxday',
  kind: 's24-toxin-clinic-day-slot-board',
  caption: 'Neuro-Ophthalmology Toxin Clinic — Thursday 11/05/2026 — Dr. Marsh (slots, vial reservations)',
  headers: ['Slot', 'Patient', 'MRN', 'Procedure', 'Units ordered', 'Vial reserved', 'Status'],
  rows: [
    ['08:00', 'A. N.', '[56733]', 'Chemodenervation facial n. LT {64612}', '50', 'Res [70214] · C6142C3', 'Checked in'],
    [
      '08:20',
      'B. O.',
      '[57402]',
      'Chemodenervation facial n. bilat {64612}-50',
      '100',
      'Res [70215] · C6142C3',
      'Roomed',
    ],
    [
      '08:40',
      'C. T.',
      '[64632]',
      'Chemodenervation facial n. RT {64612}-RT',
      '155',
      'Res [70216] · C6188C1',
      'Scheduled',
    ],
    ['09:00', 'D. W.', '[58119]', 'Hemifacial spasm, LT — {64612}', '30', 'Res [70217] · C6188C1', 'Auth pending'],
    ['09:20', 'E. R.', '[40277]', 'New pt consult — no injection', '—', '—', 'Scheduled'],
    ['09:40', 'F. K.', '[59027]', 'Plantar digital neurolysis (Dr. Patel overflow) {64632}', '—', 'n/a', 'Scheduled'],
  ],
});

// ── 30. Op-note addendum written after the CDI query (coding clarification) ──
const opAddendum: Snippet[] = lines({
  id: 's24-opadd',
  kind: 's24-op-note-addendum-after-query',
  text: [
    'ADDENDUM to Operative Report of 09/14/2026 — HALVERSON, DANA — MRN M[29716] — Query [60337]',
    'Procedure performed: external neuroplasty of the right sciatic nerve at the sciatic notch ({64712}-RT).',
    'The lumbar plexus was not explored; neuroplasty of the lumbar plexus ({64714}) was not performed.',
    'The popliteal sciatic block ({64445}) was placed by anesthesia and is documented in their record.',
    'Revised procedure line for abstracting: {64712} RT x1   Addendum ID [31904]   Signed 09/15/2026 10:47',
  ].join('\n'),
});

// ── 31. Patient portal: request a Good Faith Estimate (uninsured / self-pay) form ──
const gfeRequest: Snippet[] = lines({
  id: 's24-gferq',
  kind: 's24-portal-gfe-request-form',
  text: [
    'Request a Good Faith Estimate — for patients who are uninsured or not using insurance',
    'Service you are scheduling (name or code, if your doctor gave you one): {64445}',
    'We found: Injection of numbing medicine or steroid near the sciatic nerve, one injection — CPT {64445}',
    'Also commonly scheduled with it: {64712} Neuroplasty (nerve release), sciatic nerve',
    'Your ZIP code: [49686]   Preferred location: Traverse City (within 25 miles of [49684])',
    'Date of birth: 07/03/1971   Phone: 231-555-0188   Request # [20817]',
    'We will send your estimate within 3 business days. Questions: 1-800-555-0177, ext. [40512]',
  ].join('\n'),
});

export const sealed24: Snippet[] = [
  ...opReport,
  ...anesBlock,
  ...painFlow,
  ...signOrders,
  ...orderSet,
  ...orWeek,
  ...consent,
  ...discharge,
  ...gfe,
  ...gfeFooter,
  ...portalCharges,
  ...estimator,
  ...cdiQuery,
  ...slides,
  ...worksheet,
  ...societyFaq,
  ...scorecard,
  ...scoreTiles,
  ...supplyLog,
  ...toxinLog,
  ...implant,
  ...soe,
  ...soeFooter,
  ...referral,
  ...templates,
  ...preop,
  ...estVsBill,
  ...estVsBillNote,
  ...siteMap,
  ...pacuHandoff,
  ...refWorklist,
  ...sponsorInvoice,
  ...toxinClinicDay,
  ...opAddendum,
  ...gfeRequest,
];
