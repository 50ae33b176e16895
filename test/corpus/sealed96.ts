import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 96 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s96-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64430 and 64630 for the pudendal nerve, 64646 / 46505 / 52287 for pelvic chemodenervation,
 * the 97xxx pelvic floor therapy codes, urodynamics, imaging guidance, E/M). About a third of the decoys are numbers
 * of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs, case, account, order, referral, CDM, item, badge and
 * employee numbers. The five known codes' digits come back as decoys: a patient account (on the schedule, the toxin
 * log and inside an 835 patient control number), a payer UM PO box, a prior-auth reference, an appeals PO box, a
 * registry record id, a catheter item and reorder number, an accounts-payable PO box, an employee number and a
 * PA-vendor case number.
 *
 * Family: pelvic pain, urogynecology and pudendal neuralgia clinics (a Kansas City practice with an ASC procedure
 * suite): a procedure-suite schedule (pudendal blocks, neurolysis, deep gluteal / sciatic release, pelvic floor
 * chemodenervation; case numbers, rooms) and the huddle notes on it, a superbill with CPT and modifiers and its
 * patient header, a prior authorization request for pudendal neurolysis and the payer portal's status grid, a pelvic
 * floor physical therapy referral and plan of care, a coding tip sheet and its crosswalk, a patient education handout
 * in prose, a payer denial, its remittance lines and the clinic's appeal, the payer's medical policy (coding table
 * and statement), a research registry export as CSV with its data dictionary, an EHR order detail screen and order
 * history, HL7 / X12 837P and 835 / JSON / XML carriers, a charge master, productivity by code, a botulinum toxin log
 * shared with neurology, a urogynecology day sheet, a procedure note, a surgery booking request, a portal message,
 * and decoy-only pages (a purchase order for speculums and catheters with item numbers, its header, a staff roster,
 * a referral fax cover, a supply-room par list, a patient statement stub).
 * Built on real public layouts: the one-page superbill (checkbox, description, CPT, modifier, fee), the 837P claim
 * and service lines (CLM, REF*G1 prior authorization, HI diagnoses, SV1 with modifiers), the 835 remittance (CLP /
 * SVC / CAS / LQ), an HL7 v2 ORM^O01 order (MSH / PID / ORC / OBR with C4 procedure codes), a REDCap CSV export and its
 * data dictionary (Variable / Field Name, Form Name, Field Type, Choices), a C-CDA plan-of-treatment procedure entry
 * (CPT code system OID), an Epic-style order detail screen, a payer adverse benefit determination letter and a
 * payer medical policy's coding table (CPT, description, coverage), and a Medline-style supply catalog order. The
 * others are written the way those pages read, with no single source.
 *
 * 397 labelled tokens over 38 shapes: 163 codes, 234 decoys, 80 of the decoys in KNOWN_10K.
 */

// ── 1. Procedure suite schedule, table ──
const schedule = table({
  id: 's96-sched',
  kind: 's96-procedure-suite-schedule-grid',
  caption: 'Procedure Suite — Daily Schedule — Mon 09/08',
  headers: ['Case', 'Start', 'Room', 'Patient / Acct', 'Procedure', 'CPT', 'Surgeon / Anes'],
  rows: [
    [
      '[40710]',
      '07:30',
      'PR 2',
      'H., Dana / [58213]',
      'Pudendal nerve block, transgluteal, CT',
      '{64430} {77012}',
      'Rahimi / MAC',
    ],
    [
      '[40711]',
      '08:15',
      'PR 2',
      'W., Celeste / [58228]',
      'Pudendal neurolysis (alcohol), left',
      '{64630}-LT',
      'Rahimi / MAC',
    ],
    [
      '[40712]',
      '09:00',
      'OR 4',
      'B., Marisol / [58258]',
      'Deep gluteal release, sciatic neuroplasty, right',
      '{64712}',
      'Okonkwo / GA',
    ],
    [
      '[40713]',
      '11:30',
      'PR 1',
      'K., Theresa / [64612]',
      'Botox levator ani + obturator internus, EMG',
      '{64646} {95874}',
      'Lindqvist / local',
    ],
    [
      '[40714]',
      '12:15',
      'PR 1',
      'S., Janelle / [58230]',
      'Sciatic nerve block, single shot, US',
      '{64445}',
      'Rahimi / none',
    ],
    [
      '[40715]',
      '13:00',
      'OR 4',
      'A., Rosa / [58231]',
      'Lumbar plexus neuroplasty (genitofemoral)',
      '{64714}',
      'Okonkwo / GA',
    ],
    [
      '[40716]',
      '14:30',
      'PR 3',
      'T., Bethany / [58266]',
      'Superior hypogastric plexus block',
      '{64517}',
      'Rahimi / MAC',
    ],
    [
      '[40717]',
      '15:15',
      'PR 3',
      'G., Yvonne / [58240]',
      'Trigger point inj., pelvic floor, 3 muscles',
      '{20553}',
      'Lindqvist / none',
    ],
    [
      '[40718]',
      '16:00',
      'Pod 6',
      'M., Ray / [58244]',
      'Neurolysis plantar digital nerve (shared room)',
      '{64632}',
      'Feld DPM / local',
    ],
  ],
});

// ── 2. Schedule huddle notes, text layer ──
const huddle = lines({
  id: 's96-huddle',
  kind: 's96-schedule-huddle-notes-text',
  before: 'Charge nurse huddle — procedure suite',
  text: [
    'PR 2 turns over after case [40710] for the C-arm swap; CT slot held until 08:00.',
    'Case [40711]: auth approved {64630} x1 LT only, confirm side at time-out.',
    'OR 4 deep gluteal release ({64712}) needs nerve monitoring; vendor rep badge [22650].',
    'PR 1 sciatic block ({64445}) at 12:15 needs ultrasound cart 2 back from urogyn.',
    'Botox 200 units for PR 1 pulled from Pyxis station [31872]; waste witnessed.',
    'Podiatry borrowed Pod 6 again; their {64632} case bills under their own group.',
    'Family waiting is 3B today. Call-back line ext. 4471.',
  ].join('\n'),
});

// ── 3. Superbill, table ──
const superbill = table({
  id: 's96-superbill',
  kind: 's96-pelvic-pain-superbill-grid',
  caption: 'Crossroads Pelvic Pain Center — Encounter Form',
  headers: ['', 'Description', 'CPT', 'Mod', 'Fee'],
  rows: [
    ['☐', 'New pt, moderate MDM', '{99204}', '', '$310'],
    ['☒', 'Est pt, moderate MDM', '{99214}', '25', '$215'],
    ['☒', 'Pudendal nerve block', '{64430}', 'LT  RT  50', '$520'],
    ['☐', 'Pudendal neurolysis', '{64630}', 'LT  RT', '$980'],
    ['☐', 'Sciatic nerve block, single', '{64445}', 'LT  RT', '$465'],
    ['☐', 'Trigger point, 3+ muscles', '{20553}', '', '$185'],
    ['☐', 'Chemodenervation trunk, 1–5 muscles', '{64646}', '', '$640'],
    ['☐', 'Ultrasound needle guidance', '{76942}', '26', '$120'],
  ],
});

// ── 4. Superbill patient header, text layer ──
const superbillHead = lines({
  id: 's96-sbhead',
  kind: 's96-superbill-patient-header-text',
  before: 'Encounter Form — patient and payer',
  text: [
    'Patient: Dana H.   Acct [58213]   MRN 00738812   DOB 04/11/1986',
    'Address: 1140 W 71st St, Kansas City MO [64114]   Ph 816-555-0147',
    'Primary: Midwest Health Alliance   Member ID MHA 2964410   Group [10147]',
    'Referring: A. Patel MD, NPI 1750331284, Overland Park KS [66211]',
    'Secondary: none on file   Rendering location: procedure suite, Overland Park KS [66215]',
    'Dx: G58.8 pudendal neuralgia; R10.2 pelvic and perineal pain; M62.89',
    'Today: {64430}-LT x1, {99214}-25 x1; copay $50, receipt [20721]',
  ].join('\n'),
});

// ── 5. Prior authorization request, text layer ──
const paRequest = lines({
  id: 's96-pareq',
  kind: 's96-prior-auth-pudendal-neurolysis-request-text',
  before: 'PRIOR AUTHORIZATION REQUEST — Interventional Pain / Nerve Procedures',
  text: [
    'To: Midwest Health Alliance, Utilization Management, PO Box [64445], Kansas City MO [64141]',
    'Member: Celeste W.   ID MHA 3081276-02   DOB 09/02/1979   Member ZIP [66062]',
    'Requesting: N. Rahimi MD, NPI 1083765590, fax 816-555-0199',
    'Service requested: CPT {64630}, destruction by neurolytic agent, pudendal nerve, x1, left',
    'Conservative care: 12 visits of pelvic floor PT; two diagnostic blocks ({64430}) 06/03 and 07/15 with >50% relief',
    'Imaging: {77012} CT guidance; site ASC, facility number [30118]',
    'Facility address: [10550] Quivira Rd, Suite 300, Overland Park KS [66215]',
    'Diagnosis: G58.8 pudendal neuralgia (Nantes criteria 5 of 5)',
    'Request ID [21172] submitted 08/01; not urgent',
  ].join('\n'),
});

// ── 6. Payer portal PA status, table ──
const paStatus = table({
  id: 's96-pastatus',
  kind: 's96-payer-portal-auth-status-grid',
  caption: 'Authorization Inquiry — results for provider',
  headers: ['Reference', 'Service', 'Code', 'Units', 'Status', 'Valid'],
  rows: [
    ['[21172]', 'Pudendal neurolysis, left', '{64630}', '1', 'Pended — clinical', '—'],
    ['[21174]', 'CT guidance', '{77012}', '1', 'Approved', '08/05–11/05'],
    ['[20995]', 'Sciatic neuroplasty', '{64712}', '1', 'Approved', '07/20–10/20'],
    ['[20996]', 'Pelvic floor PT', '{97110}/{97140}', '24', 'Approved', '07/01–12/31'],
    ['[64714]', 'Botox pelvic floor', '{64646}', '1', 'Denied', '—'],
    ['[21230]', 'Lumbar plexus neuroplasty', '{64714}', '1', 'In review', '—'],
  ],
});

// ── 7. Pelvic floor PT referral, text layer ──
const ptReferral = lines({
  id: 's96-ptref',
  kind: 's96-pelvic-floor-pt-referral-text',
  before: 'REFERRAL — Pelvic Floor Physical Therapy',
  text: [
    'To: Prairie Pelvic Health PT, 4801 W 135th St, Suite 240, Leawood KS [66224]',
    'Patient: Dana H., acct [58213], DOB 04/11/1986',
    'Dx: G58.8 pudendal neuralgia; M62.89 pelvic floor hypertonicity; N94.10 dyspareunia',
    'Evaluate and treat: eval ({97162}), manual therapy incl. internal myofascial release ({97140}),',
    'neuromuscular re-education ({97112}) and therapeutic exercise ({97110}); sEMG biofeedback as needed.',
    'Frequency 1x/week for 12 weeks. No strengthening or Kegels until down-training is complete.',
    'Had left pudendal block {64430} on 07/15; may resume internal work 48 hours after any block.',
    'Our clinic ZIP [64111]; payer auth [20996] on file.',
  ].join('\n'),
});

// ── 8. PT plan of care, table ──
const ptPlan = table({
  id: 's96-ptplan',
  kind: 's96-pelvic-pt-plan-of-care-grid',
  caption: 'Plan of Care — certification period 07/01 to 09/30',
  headers: ['Intervention', 'Svc', 'Units/visit', 'Visits', 'Goal'],
  rows: [
    ['Evaluation, moderate complexity', '{97162}', '1', '1', 'Baseline PFDI-20, NRS'],
    ['Manual therapy', '{97140}', '2', '12', 'Reduce levator tone'],
    ['Neuromuscular re-education', '{97112}', '1', '12', 'Down-training'],
    ['Therapeutic exercise', '{97110}', '1', '12', 'Hip and thoracic mobility'],
  ],
});

// ── 9. Coding tip sheet, text layer ──
const tipSheet = lines({
  id: 's96-tips',
  kind: 's96-pelvic-procedure-coding-tip-sheet-text',
  before: 'TIP SHEET — Pelvic pain and pudendal procedures — coding reminders',
  text: [
    '1. A pudendal nerve block is {64430}; report once per side with LT or RT, or 50 when bilateral.',
    '2. Pudendal neurolysis (alcohol, phenol, cryo) is {64630}. Do not pick {64632} from the list: that is the plantar common digital nerve.',
    '3. Pulsed RF of the pudendal nerve has no code of its own; most payers want the unlisted {64999}.',
    '4. {77002} fluoroscopy and {77012} CT are billed separately with a pudendal block; ultrasound is {76942}.',
    '5. Deep gluteal syndrome: code the diagnostic sciatic block as {64445}, single shot, with RT or LT.',
    '6. Open sciatic release is {64712}; lumbar plexus neuroplasty {64714} needs an op note that names the plexus.',
    '7. Botox to levator ani or obturator internus: {64646} for 1–5 trunk muscles, plus {95874} when EMG-guided.',
    '   Never {64612} for the pelvic floor: that code is for facial nerve muscles.',
    '8. Questions go to the coding work queue [10712] or ext. 4471.',
  ].join('\n'),
});

// ── 10. Tip sheet crosswalk, table ──
const crosswalk = table({
  id: 's96-xwalk',
  kind: 's96-tip-sheet-crosswalk-grid',
  caption: 'Quick crosswalk — what to bill and what not to pick',
  headers: ['Scenario', 'Proc', "Don't use"],
  rows: [
    ['Diagnostic pudendal block, CT', '{64430}', '{64450}'],
    ['Pudendal alcohol neurolysis', '{64630}', '{64632}'],
    ['Ilioinguinal block', '{64425}', '{64450}'],
    ['Levator ani Botox, EMG', '{64646}', '{64612}'],
    ['Deep gluteal diagnostic block', '{64445}', '{64450}'],
    ['Deep gluteal release', '{64712}', '{64708}'],
  ],
});

// ── 11. Patient education handout, prose ──
const handout = lines({
  id: 's96-handout',
  kind: 's96-pudendal-block-patient-handout-prose-text',
  before: 'Patient information: your pudendal nerve block',
  text: [
    'The pudendal nerve carries feeling from the area you sit on. A block puts numbing medicine and a little steroid next to it.',
    'Your statement may list the procedure as {64430} and the scan that guides the needle as {77012}; call your plan ahead if unsure.',
    'If the relief lasts only hours, that still tells us a lot. A longer-lasting treatment, neurolysis ({64630}), may be offered later.',
    'Blocks are done at our Overland Park office, [10550] Quivira Rd, Suite 300, Overland Park KS [66215].',
    'Bring a driver. Most people feel numb in the saddle area for 4 to 6 hours.',
    'Billing questions: Patient Accounts, PO Box [14250], Kansas City MO [64170], or 816-555-0120.',
  ].join('\n'),
});

// ── 12. Payer denial letter, text layer ──
const denial = lines({
  id: 's96-denial',
  kind: 's96-payer-adverse-determination-letter-text',
  before: 'Midwest Health Alliance — Notice of Adverse Benefit Determination',
  text: [
    'Claim number 25-[88107]-00   Member Theresa K.   Date of service 08/12/2025',
    'Services denied: CPT {64646} chemodenervation of trunk muscles, 1–5 muscles; CPT {95874} as incidental.',
    'Reason: botulinum toxin for pelvic floor myalgia is investigational under medical policy MP-[30301].',
    'Drug J0585 (200 units) is also denied, group code CO, reason 50, remark N386.',
    'You may appeal within 180 days: Appeals Unit, PO Box [64632], Kansas City MO [64141].',
    'Reviewer: board-certified physiatrist, case [21175].',
  ].join('\n'),
});

// ── 13. Remittance detail, table ──
const remit = table({
  id: 's96-remit',
  kind: 's96-remittance-line-detail-grid',
  caption: 'Remittance detail — claim lines',
  headers: ['Line', 'DOS', 'Billed code', 'Billed', 'Allowed', 'Paid', 'CARC'],
  rows: [
    ['1', '08/12/25', '{64646}', '640.00', '0.00', '0.00', '50'],
    ['2', '08/12/25', '{95874}', '140.00', '0.00', '0.00', '97'],
    ['3', '08/12/25', 'J0585 x200', '1,512.00', '0.00', '0.00', '50'],
    ['4', '08/12/25', '{99214}-25', '215.00', '98.40', '78.72', '45'],
    ['5', '08/12/25', '{20553}', '185.00', '71.10', '56.88', '45'],
  ],
});

// ── 14. Appeal letter, prose ──
const appeal = lines({
  id: 's96-appeal',
  kind: 's96-clinic-appeal-letter-prose-text',
  before: 'Re: First-level appeal, Midwest Health Alliance',
  text: [
    'Re: claim 25-[88107]-00, member MHA 3317720, date of service 08/12/2025, your case [21175].',
    'We ask you to reverse the denial of {64646} and {95874} for Ms. K.',
    'She has refractory levator ani myalgia after 16 PT visits and three sessions of trigger point injections ({20553}).',
    'If the plan believes {64646} is the wrong code: {64612} covers facial nerve muscles and {46505} the internal anal sphincter only; neither fits.',
    'Enclosed: sphincter EMG ({51784}) of 05/30, PT notes, and the text of policy MP-[30301].',
    'Please reply to our billing office, Kansas City MO [64111], attention appeals.',
  ].join('\n'),
});

// ── 15. Research registry CSV export, text layer ──
const registryCsv = lines({
  id: 's96-regcsv',
  kind: 's96-pudendal-registry-redcap-csv-text',
  before: 'PNR_DATA_2025-09-01_1412.csv',
  text: [
    'record_id,redcap_event_name,site_zip,proc_date,cpt_primary,enrolled_by,nrs_pre,nrs_post,relief_pct',
    '[10431],baseline_arm_1,[64112],2025-03-04,{64430},[20346],8,2,75',
    '[10432],baseline_arm_1,[64112],2025-03-06,{64430},[20346],7,3,57',
    '[10433],month_3_arm_1,[64112],2025-06-02,{64630},[20346],8,4,50',
    '[10434],baseline_arm_1,[66211],2025-03-11,{64445},[20357],6,1,83',
    '[10435],baseline_arm_1,[66211],2025-03-20,{64712},[20357],9,5,44',
    '[10436],baseline_arm_1,[66211],2025-03-27,{64714},[20357],8,6,25',
    '[64612],baseline_arm_1,[66211],2025-04-01,{64646},[20371],7,4,43',
    '[10440],month_6_arm_1,[64112],2025-09-01,{64630},[20346],8,3,62',
  ].join('\n'),
});

// ── 16. Registry data dictionary, table ──
const dictionary = table({
  id: 's96-dict',
  kind: 's96-registry-data-dictionary-grid',
  caption: 'Data Dictionary — Pudendal Neuralgia Registry',
  headers: ['Variable / Field Name', 'Form Name', 'Field Type', 'Choices, Calculations, OR Slider Labels'],
  rows: [
    ['record_id', 'enrollment', 'text', 'auto-numbered from [10400]'],
    ['site_zip', 'enrollment', 'text', '[64112] Plaza | [66211] Overland Park'],
    [
      'cpt_primary',
      'procedure',
      'dropdown',
      '{64430}, Pudendal block | {64630}, Pudendal neurolysis | {64445}, Sciatic block | {64712}, Sciatic neuroplasty | {64714}, Lumbar plexus neuroplasty | {64646}, Pelvic floor Botox',
    ],
    ['enrolled_by', 'enrollment', 'text', 'employee number, e.g. [20346]'],
    ['relief_pct', 'outcome', 'calc', 'round(100*(nrs_pre-nrs_post)/nrs_pre)'],
  ],
});

// ── 17. EHR order detail screen, text layer ──
const orderDetail = lines({
  id: 's96-orderdetail',
  kind: 's96-ehr-procedure-order-detail-text',
  before: 'Order Details — NERVE BLOCK, PUDENDAL',
  text: [
    'Order ID 492883117   Status: Signed, pending scheduling',
    'Procedure: NERVE BLOCK PUDENDAL   EAP [18548]   CPT® {64430}',
    'Laterality: Left   Modifiers: LT   Priority: Routine   Class: Ambulatory Procedure',
    'Associated diagnoses: G58.8 Pudendal neuralgia; R10.2 Pelvic and perineal pain',
    'Linked order: CT GUIDANCE NEEDLE PLACEMENT   CPT® {77012}   EAP [18907]',
    'Referral [20997]: Approved, 1 visit   Performing dept ID [10194] (CPPC PROCEDURE SUITE)',
    'Ordering provider: Rahimi, Nadia MD   Expected 09/22/2025   Expires 09/22/2026',
  ].join('\n'),
});

// ── 18. EHR order history, table ──
const orderHistory = table({
  id: 's96-orderhist',
  kind: 's96-ehr-order-history-grid',
  caption: 'Procedures — last 12 months',
  headers: ['Ordered', 'Order', 'Proc code', 'Status', 'Referral #', 'Dept'],
  rows: [
    ['06/03/2025', 'NERVE BLOCK PUDENDAL', '{64430}', 'Completed', '[20802]', 'CPPC PROC'],
    ['07/15/2025', 'NERVE BLOCK PUDENDAL', '{64430}', 'Completed', '[20899]', 'CPPC PROC'],
    ['08/01/2025', 'NEUROLYSIS PUDENDAL', '{64630}', 'Pended (auth)', '[21172]', 'CPPC PROC'],
    ['08/01/2025', 'PT REFERRAL PELVIC FLOOR', '—', 'Sent', '[20996]', 'OUTSIDE'],
    ['09/08/2025', 'NERVE BLOCK SCIATIC', '{64445}', 'Scheduled', '[21402]', 'CPPC PROC'],
    ['09/08/2025', 'US GUIDANCE NEEDLE', '{76942}', 'Scheduled', '—', 'CPPC PROC'],
  ],
});

// ── 19. Supply order lines, table (decoy only) ──
const supplyLines = table({
  id: 's96-supply',
  kind: 's96-speculum-catheter-supply-order-grid',
  caption: 'Order lines — exam and procedure supplies',
  headers: ['Item #', 'Description', 'Mfr #', 'UOM', 'Qty', 'Ext. price'],
  rows: [
    ['[87043]', 'Graves speculum, disposable, small', 'KV-[24401]', 'CS/50', '2', '$118.00'],
    ['[87044]', 'Graves speculum, disposable, medium', 'KV-[24402]', 'CS/50', '4', '$236.00'],
    ['[87046]', 'Pederson speculum, narrow, single use', 'KV-[24407]', 'CS/50', '1', '$61.50'],
    ['DYND[12614]', 'Straight catheter tray, 12 Fr, female', '—', 'CS/20', '3', '$97.80'],
    ['[64714]', 'Intermittent catheter, 14 Fr female, hydrophilic', 'HYD-[14140]', 'BX/30', '5', '$212.50'],
    ['[33120]', 'Spinal needle, 22 g x 5 in', 'BD 405184', 'BX/10', '6', '$148.20'],
    ['[50207]', 'Vaginal dilator set, 4 sizes', 'SOUL-[20433]', 'EA', '8', '$263.60'],
    ['[21088]', 'Lubricating jelly, 4 oz, sterile', '[57514]', 'CS/12', '4', '$44.70'],
    ['[87051]', 'Cotton-tip applicators, 6 in, sterile', 'CTA-[30406]', 'CS/1000', '1', '$38.90'],
    ['[87063]', 'Urine specimen cup, sterile', 'USC-[41127]', 'CS/100', '2', '$31.20'],
  ],
});

// ── 20. Purchase order header, text layer (decoy only) ──
const poHeader = lines({
  id: 's96-pohead',
  kind: 's96-purchase-order-header-text',
  before: 'PURCHASE ORDER',
  text: [
    'PO [40503]   Date 08/18/2025   Buyer: L. Nguyen',
    'Vendor: Great Plains Medical Supply, vendor no. [20023], 1900 Swift Ave, North Kansas City MO [64116]',
    'Ship to: Crossroads Pelvic Pain Center, 4400 Broadway Ste 210, Kansas City MO [64111]',
    'Bill to: Accounts Payable, PO Box [64712], Kansas City MO [64171]',
    'Customer account [30219]   GPO contract [91058]   Terms net 30',
  ].join('\n'),
});

// ── 21. Staff roster, table (decoy only) ──
const roster = table({
  id: 's96-roster',
  kind: 's96-clinic-staff-roster-grid',
  caption: 'Staff roster — pelvic pain and urogynecology',
  headers: ['Emp #', 'Name', 'Role', 'Ext', 'Badge', 'Site ZIP'],
  rows: [
    ['[20346]', 'Rahimi, Nadia MD', 'Physician', '4410', '[71205]', '[64111]'],
    ['[20357]', 'Okonkwo, Felix MD', 'Surgeon', '4412', '[71209]', '[64111]'],
    ['[20371]', 'Lindqvist, Maren DO', 'Urogynecology', '4415', '[71216]', '[66211]'],
    ['[20402]', 'Baptiste, Renée PT, DPT', 'Pelvic floor PT', '4420', '[71213]', '[66211]'],
    ['[64445]', 'Nguyen, Linh', 'Medical assistant', '4430', '[71229]', '[66211]'],
    ['[20466]', 'Ortega, Sam', 'Coder, CPC', '4471', '[71236]', '[64111]'],
    ['[20478]', 'Whitfield, Ana RN', 'Procedure nurse', '4433', '[71241]', '[66211]'],
    ['[20513]', 'Park, June', 'Front desk', '4400', '[71244]', '[64111]'],
  ],
});

// ── 22. HL7 ORM order, text layer ──
const hl7 = lines({
  id: 's96-hl7',
  kind: 's96-hl7-orm-procedure-order-text',
  before: 'Interface engine — outbound ORM to radiology (CT guidance)',
  text: [
    'MSH|^~\\&|EPIC|CPPC|RIS|KCRAD|20250908071500||ORM^O01|[55122]|P|2.3',
    'PID|1||00738812^^^CPPC^MR||H^DANA||19860411|F|||1140 W 71ST ST^^KANSAS CITY^MO^[64114]',
    'PV1|1|O|CPPC PROC^PR2||||1083765590^RAHIMI^NADIA',
    'ORC|NW|[77417]|||SC',
    'OBR|1|[77417]||{64430}^NERVE BLOCK PUDENDAL^C4|||20250922',
    'OBR|2|[77418]||{77012}^CT GUIDANCE NEEDLE PLACEMENT^C4|||20250922',
    'DG1|1||G58.8^PUDENDAL NEURALGIA^I10',
  ].join('\n'),
});

// ── 23. X12 837P claim segments, text layer ──
const x12claim = lines({
  id: 's96-837',
  kind: 's96-837p-neurolysis-claim-segments-text',
  before: '837P — claim loop 2300/2400 (envelope trimmed)',
  text: [
    'CLM*CPPC[58228]A*1455***24:B:1*Y*A*Y*Y~',
    'REF*G1*[21172]~',
    'HI*ABK:G588*ABF:R102~',
    'SV1*HC:{64630}:LT*980*UN*1***1~',
    'SV1*HC:{77012}:26*260*UN*1***1~',
    'SV1*HC:{99214}:25*215*UN*1***2~',
    'NM1*PR*2*MIDWEST HEALTH ALLIANCE*****PI*[47198]~',
    'N4*KANSAS CITY*MO*[64111]~',
  ].join('\n'),
});

// ── 24. X12 835 remittance segments, text layer ──
const x12remit = lines({
  id: 's96-835',
  kind: 's96-835-chemodenervation-denial-segments-text',
  before: '835 — payment and remittance advice (claim loop)',
  text: [
    'N1*PR*MIDWEST HEALTH ALLIANCE~',
    'N4*KANSAS CITY*MO*[64141]~',
    'CLP*CPPC[64612]B*4*1180*0**12*2025224000913~',
    'SVC*HC:{64646}*640*0**1~',
    'CAS*CO*50*640~',
    'SVC*HC:{95874}*140*0**1~',
    'CAS*CO*97*140~',
    'LQ*HE*N386~',
    'N1*PE*CROSSROADS PELVIC PAIN CENTER*XX*1083765590~',
    'N4*KANSAS CITY*MO*[64111]~',
  ].join('\n'),
});

// ── 25. Botulinum toxin log shared with neurology, table ──
const botoxLog = table({
  id: 's96-botox',
  kind: 's96-botulinum-toxin-administration-log-grid',
  caption: 'Botulinum toxin administration and waste log — shared with neurology',
  headers: ['Date', 'Pt acct', 'Lot', 'Units given', 'Units wasted', 'Proc', 'NDC'],
  rows: [
    ['08/12', '[64612]', 'C8120C3', '200', '0', '{64646}', '[00023]-3921-02'],
    ['08/14', '[58303]', 'C8120C3', '100', '0', '{52287}', '[00023]-1145-01'],
    ['08/14', '[57715]', 'C8123C1', '155', '45', '{64615}', '[00023]-3921-02'],
    ['08/15', '[41068]', 'C8123C1', '35', '65', '{64612}', '[00023]-1145-01'],
    ['08/15', '[58241]', 'C8124A2', '100', '0', '{46505}', '[00023]-1145-01'],
  ],
});

// ── 26. PA vendor JSON payload, text layer ──
const paJson = lines({
  id: 's96-pajson',
  kind: 's96-prior-auth-vendor-json-payload-text',
  before: 'POST /v2/authorizations — request body',
  text: [
    '{ "requestId": "[21402]",',
    '  "member": { "id": "MHA2750918", "zip": "[66061]" },',
    '  "services": [ { "code": "{64445}", "modifier": "RT", "units": 1 }, { "code": "{76942}", "units": 1 } ],',
    '  "placeOfService": "24", "facilityId": "[30118]",',
    '  "diagnoses": ["G57.01", "G58.8"],',
    '  "priorProcedures": ["{64430}", "{64430}", "{64712}"],',
    '  "vendorCase": "[64632]" }',
  ].join('\n'),
});

// ── 27. CDA procedure entries, text layer ──
const cda = lines({
  id: 's96-cda',
  kind: 's96-cda-planned-procedure-xml-text',
  before: 'Referral summary (C-CDA) — Plan of Treatment section',
  text: [
    '<procedure classCode="PROC" moodCode="RQO">',
    '  <code code="{64630}" codeSystem="2.16.840.1.113883.6.12" displayName="Destruction neurolytic agent pudendal nerve"/>',
    '  <id root="2.16.840.1.113883.19.5" extension="[21172]"/>',
    '  <performer><addr><postalCode>[64111]</postalCode></addr></performer>',
    '</procedure>',
    '<procedure classCode="PROC" moodCode="RQO">',
    '  <code code="{64714}" codeSystem="2.16.840.1.113883.6.12" displayName="Neuroplasty lumbar plexus"/>',
    '  <id root="2.16.840.1.113883.19.5" extension="[21230]"/>',
    '</procedure>',
  ].join('\n'),
});

// ── 28. Charge master extract, table ──
const cdm = table({
  id: 's96-cdm',
  kind: 's96-procedure-suite-charge-master-grid',
  caption: 'Charge master — procedure suite (rev 036x)',
  headers: ['CDM', 'CPT/HCPCS', 'Description', 'Rev code', 'Charge'],
  rows: [
    ['[30150]', '{64430}', 'NERVE BLOCK PUDENDAL', '0361', '520.00'],
    ['[30151]', '{64630}', 'NEUROLYSIS PUDENDAL', '0361', '980.00'],
    ['[30152]', '{64445}', 'NERVE BLOCK SCIATIC SINGLE', '0361', '465.00'],
    ['[30154]', '{64712}', 'NEUROPLASTY SCIATIC NERVE', '0360', '2,450.00'],
    ['[30155]', '{64714}', 'NEUROPLASTY LUMBAR PLEXUS', '0360', '2,980.00'],
    ['[30163]', '{64646}', 'CHEMODENERV TRUNK 1-5 MUSC', '0361', '640.00'],
    ['[30165]', 'J0585', 'ONABOTULINUMTOXINA 1 UNIT', '0636', '7.56'],
    ['[30171]', 'Q9967', 'CONTRAST LOCM PER ML', '0636', '4.10'],
    ['[30198]', 'A4550', 'SURGICAL TRAY', '0272', '86.00'],
  ],
});

// ── 29. Provider productivity by code, table ──
const productivity = table({
  id: 's96-prod',
  kind: 's96-provider-productivity-by-code-grid',
  caption: 'Productivity — July — procedures',
  headers: ['Provider', 'Item', 'Count', 'wRVU', 'Cost center'],
  rows: [
    ['Rahimi', '{64430}', '38', '1.75', '[61430]'],
    ['Rahimi', '{64630}', '11', '1.84', '[61430]'],
    ['Rahimi', '{64445}', '9', '1.00', '[61430]'],
    ['Okonkwo', '{64712}', '4', '6.14', '[61432]'],
    ['Okonkwo', '{64714}', '2', '6.01', '[61432]'],
    ['Okonkwo', '{64445}', '3', '1.00', '[61432]'],
    ['Lindqvist', '{64646}', '14', '1.58', '[61435]'],
  ],
});

// ── 30. Procedure note, text layer ──
const procNote = lines({
  id: 's96-procnote',
  kind: 's96-ct-pudendal-block-procedure-note-text',
  before: 'PROCEDURE NOTE — CT-guided left pudendal nerve block, transgluteal',
  text: [
    'Case [40710]   Room PR 2   Attending N. Rahimi MD   Acct [58213]',
    'Injectate: bupivacaine 0.25% 6 mL with triamcinolone 40 mg, lot [31402]A; contrast 1 mL, lot [94257]',
    'Needle tip medial to the ischial spine at the sacrospinous ligament; no vascular uptake.',
    'NRS 8 before, 1 at 30 minutes; perineal numbness confirmed.',
    'Codes: {64430}-LT, {77012}-26. Dx G58.8.',
    'Plan: pain diary for 7 days; if relief again short, discuss neurolysis ({64630}) or pulsed RF.',
  ].join('\n'),
});

// ── 31. Patient portal message thread, text layer ──
const portal = lines({
  id: 's96-portal',
  kind: 's96-patient-portal-billing-message-text',
  before: 'MyChart message — Billing question',
  text: [
    'Patient: Hi, my EOB says code {64430} was paid but {77012} was "not covered". My account is [58213].',
    'Patient: I live in ZIP [64114] if that matters for network. EOB reference [88119].',
    'Billing: {77012} was billed by the radiology group, not us; their number is on the EOB.',
    'Billing: Your balance with us is $143.20. You can mail a check to PO Box [14250], Kansas City MO [64170].',
  ].join('\n'),
});

// ── 32. Referral fax cover, text layer (decoy only) ──
const faxCover = lines({
  id: 's96-fax',
  kind: 's96-referral-intake-fax-cover-text',
  before: 'FAX — Crossroads Pelvic Pain Center — Referral Intake',
  text: [
    'From: Northland OB/GYN, 9120 N Oak Trfy, Kansas City MO [64155]   Pages: 7',
    'Patient: Rosa A.   Their MRN [55616]   Their referral no. [12409]',
    'Insurance: Aetna, group [86514], member W2209471',
    'Reason: chronic pelvic pain after sling, suspected pudendal neuralgia; failed 10 PT visits.',
    'Please call our office at 816-555-0133, ext. [40174], with the appointment.',
  ].join('\n'),
});

// ── 33. Urogynecology clinic day sheet, table ──
const urogyn = table({
  id: 's96-urogyn',
  kind: 's96-urogynecology-clinic-day-sheet-grid',
  caption: 'Urogynecology — clinic day sheet',
  headers: ['Time', 'Acct', 'Visit type', 'Service', 'Room'],
  rows: [
    ['08:00', '[58309]', 'Urodynamics, complex', '{51728}', 'UDS'],
    ['09:00', '[58311]', 'Pessary check, nurse visit', 'no charge', 'U2'],
    ['10:00', '[58316]', 'New pt, bladder pain', '{99204}', 'U2'],
    ['10:45', '[58303]', 'Bladder Botox', '{52287}', 'Cysto'],
    ['11:30', '[58320]', 'Sacral neuromodulation test', '{64561}', 'PR 3'],
    ['13:00', '[58321]', 'Phone follow-up', '—', 'Office'],
  ],
});

// ── 34. Deep gluteal surgery booking request, text layer ──
const surgeryRequest = lines({
  id: 's96-surgreq',
  kind: 's96-deep-gluteal-surgery-booking-request-text',
  before: 'Surgery booking request — OR 4',
  text: [
    'Patient Marisol B., acct [58258], home ZIP [66085]. Surgeon Okonkwo.',
    'Procedure: right deep gluteal release with sciatic neuroplasty ({64712}); possible pudendal release via same incision.',
    'If the pudendal release is done, add the unlisted {64999} with an op note comparison to {64712}.',
    'Pre-op sciatic block ({64445}) by anesthesia, not separately billed by surgeon.',
    'Auth [20995] approved for {64712} only. Implant tray [70412], nerve monitoring vendor [70444].',
  ].join('\n'),
});

// ── 35. Supply room bin list, table (decoy only) ──
const bins = table({
  id: 's96-bins',
  kind: 's96-procedure-supply-room-bin-list-grid',
  caption: 'Procedure supply room — par levels',
  headers: ['Bin', 'Item', 'Par', 'On hand', 'Reorder #'],
  rows: [
    ['A-1', 'Speculum, medium', '40', '12', '[87044]'],
    ['A-2', 'Speculum, small', '20', '18', '[87043]'],
    ['B-4', 'Catheter, 14 Fr hydrophilic', '30', '6', '[64714]'],
    ['C-1', 'Spinal needle 22 g', '25', '14', '[33120]'],
    ['C-3', 'Contrast, 10 mL vial', '10', '9', '[80431]'],
    ['D-2', 'Dilator sets', '8', '8', '[50207]'],
  ],
});

// ── 36. Payer medical policy, coding table ──
const policyCodes = table({
  id: 's96-policy',
  kind: 's96-payer-medical-policy-applicable-codes-grid',
  caption: 'Peripheral Nerve Procedures for Chronic Pelvic Pain — Coding Information',
  headers: ['CPT®', 'Description', 'Coverage'],
  rows: [
    ['{64430}', 'Injection, anesthetic agent; pudendal nerve', 'Covered, up to 3 per side per 12 months'],
    ['{64630}', 'Destruction by neurolytic agent; pudendal nerve', 'Covered after 2 positive blocks'],
    ['{64445}', 'Injection, anesthetic agent; sciatic nerve, single', 'Covered for deep gluteal syndrome'],
    ['{64712}', 'Neuroplasty, major peripheral nerve; sciatic nerve', 'Prior authorization required'],
    ['{64714}', 'Neuroplasty, major peripheral nerve; lumbar plexus', 'Prior authorization required'],
    ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve', 'Not covered for pelvic diagnoses'],
    ['{64612}', 'Chemodenervation of muscle(s); facial nerve, unilateral', 'Not covered for pelvic diagnoses'],
    ['{64646}', 'Chemodenervation of trunk muscle(s); 1-5 muscle(s)', 'Investigational for pelvic floor'],
  ],
});

// ── 37. Payer medical policy, header and prose, text layer ──
const policyText = lines({
  id: 's96-policytext',
  kind: 's96-payer-medical-policy-statement-text',
  before: 'Midwest Health Alliance — Medical Policy',
  text: [
    'Policy MP-[30412]   Effective 01/01/2025   Replaces MP-[29877]   Next review 10/2025',
    'A pudendal nerve block ({64430}) is medically necessary when the Nantes criteria are met and imaging guidance is used.',
    'Neurolysis is considered only after two blocks each give at least 50% relief for the duration of the anesthetic.',
    'Botulinum toxin to pelvic floor muscles ({64646}) remains investigational; see MP-[30301].',
    'Questions: Medical Policy Unit, PO Box [14772], Kansas City MO [64141].',
  ].join('\n'),
});

// ── 38. Patient statement remittance stub, text layer (decoy only) ──
const statement = lines({
  id: 's96-statement',
  kind: 's96-patient-statement-remit-stub-text',
  before: 'PATIENT STATEMENT — please detach and return with payment',
  text: [
    'Statement date 09/05/2025   Statement no. [70219]   Account [58213]',
    'Guarantor: Dana H., 1140 W 71st St, Kansas City MO [64114]',
    'Make checks payable to Crossroads Pelvic Pain Center, PO Box [14250], Kansas City MO [64170]',
    'Amount due $143.20 by 09/30/2025   Payment plan no. [33904]',
    'Pay online with code [61773] or call 816-555-0120, Mon–Fri 8 to 5.',
  ].join('\n'),
});

export const sealed96: Snippet[] = [
  ...schedule,
  ...huddle,
  ...superbill,
  ...superbillHead,
  ...paRequest,
  ...paStatus,
  ...ptReferral,
  ...ptPlan,
  ...tipSheet,
  ...crosswalk,
  ...handout,
  ...denial,
  ...remit,
  ...appeal,
  ...registryCsv,
  ...dictionary,
  ...orderDetail,
  ...orderHistory,
  ...supplyLines,
  ...poHeader,
  ...roster,
  ...hl7,
  ...x12claim,
  ...x12remit,
  ...botoxLog,
  ...paJson,
  ...cda,
  ...cdm,
  ...productivity,
  ...procNote,
  ...portal,
  ...faxCover,
  ...urogyn,
  ...surgeryRequest,
  ...bins,
  ...policyCodes,
  ...policyText,
  ...statement,
];
