import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 62 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s62-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, account, chart, case, batch, screening and lot numbers, app ids and attack ids. The five known codes' digits
 * come back as decoys: patient account numbers, a billing PO box, Botox vial lot numbers (C64612C3), a diary app step
 * count, a study screening id, a CDM number and a pharmacy Rx number.
 *
 * Family: headache, migraine and facial-pain clinics: chronic migraine onabotulinumtoxinA (64615 vs 64612 for
 * blepharospasm and hemifacial spasm, J0585 units, the 155-unit PREEMPT sites), occipital, trigeminal and
 * supraorbital nerve blocks (64405, 64400, 64450), sphenopalatine ganglion blocks (64505), sciatic and lumbar plexus
 * procedures for co-morbid pain (64445, 64712, 64714), nerve ablation (64633–64636, and 64632 for a foot neuroma in the
 * same practice), a headache diary printout, an injection-site map, a prior-auth and step-therapy form, a specialty
 * pharmacy vs buy-and-bill order, an infusion-suite schedule (DHE, 96365), a payer denial and appeal, an EOB, a
 * practice day sheet, an EHR order set, a patient portal thread, X12 837P, HL7 ORM, JSON and XML payloads, a CDM
 * extract and a coding audit grid, plus decoy-only pages (a headache diary app export, clinic locations with ZIPs, a
 * research study screening log).
 * Built on real public layouts: CMS-1500 item 24 (24A–24J), the PREEMPT fixed-site injection paradigm table (31 sites,
 * 155 U, seven head/neck muscle groups), a commercial payer's botulinum toxin policy coding section (CPT/HCPCS table,
 * ICD-10 list), the X12 837P SV1/DTP/REF loop, HL7 v2 ORM^O01 OBR segments and a Medicare-style EOB. The others are
 * written the way those pages read, with no single source.
 *
 * 343 labelled tokens over 32 shapes: 141 codes, 202 decoys, 65 of the decoys in KNOWN_10K.
 */

// ── 1. PREEMPT injection paradigm table (procedure note attachment) ──
const preempt = table({
  id: 's62-preempt',
  kind: 's62-preempt-injection-paradigm-table',
  caption: 'OnabotulinumtoxinA 155 U — PREEMPT fixed-site paradigm — lot C[64612]C3 — chart [30065]',
  headers: ['Head/neck area', 'Units per site', 'Sites', 'Total U', 'Billing'],
  rows: [
    ['Corrugator', '5', '2', '10', '{64615} (one session)'],
    ['Procerus', '5', '1', '5', 'incl. in {64615}'],
    ['Frontalis', '5', '4', '20', '—'],
    ['Temporalis', '5', '8', '40', '—'],
    ['Occipitalis', '5', '6', '30', '—'],
    ['Cervical paraspinal', '5', '4', '20', 'not {64616}'],
    ['Trapezius', '5', '6', '30', 'J0585 x 200, JW x 45'],
    ['Total', '', '31', '155', 'vial 200 U lot C[64612]C3, exp 03/2027, NDC [00023]-3921-02'],
  ],
});

// ── 2. Injection-site map legend (diagram text layer) ──
const siteMap = lines({
  id: 's62-sitemap',
  kind: 's62-botox-injection-site-map-legend',
  before: 'Injection site map — front / side / back views — Lakeshore Headache Center',
  text: [
    'Session 6 of chronic migraine protocol · 155 U across 31 sites · CPT {64615} · Acct [43021]',
    'Right eye (blepharospasm, separate dx G24.5): orbicularis oculi 4 sites, 12.5 U — billed {64612}-RT',
    'Left eye not injected today; hemifacial spasm follow-up in 12 weeks ({64612} if injected)',
    'Map ID [20014] · drawn by RN K. Alvarez · wasted 32.5 U documented (JW)',
    'Diagram ref: paradigm sheet rev [10023]; muscle guidance: none (no {95874} today)',
  ].join('\n'),
});

// ── 3. CMS-1500 item 24 lines ──
const cms1500 = table({
  id: 's62-cms1500',
  kind: 's62-cms1500-item24-headache-lines',
  caption: 'CMS-1500 — Patient acct no. (26) [43022] — Lakeshore Headache & Facial Pain, Evanston IL [60201]',
  headers: ['24A DOS', '24B POS', '24D CPT/HCPCS', 'Modifier', '24E Dx ptr', '24F $ Charges', '24G Units', '24J NPI'],
  rows: [
    ['10/06/25', '11', '{64615}', '', 'A', '980 00', '1', '1457382910'],
    ['10/06/25', '11', 'J0585', 'JZ', 'A', '1450 00', '200', '1457382910'],
    ['10/06/25', '11', '{64612}', 'RT', 'B', '410 00', '1', '1457382910'],
    ['10/06/25', '11', '{64405}', '50', 'A', '320 00', '1', '1457382910'],
    ['10/20/25', '22', '{64445}', '', 'C', '690 00', '1', '1457382910'],
    ['', '', 'Shaded: N400023392102 UN200', '', '', '', '', ''],
  ],
});

// ── 4. Payer botulinum toxin policy: coding section ──
const policy = lines({
  id: 's62-policy',
  kind: 's62-payer-botulinum-toxin-policy-coding-section',
  before: 'Medical Policy MP-20024 Botulinum Toxins — Coding Information (effective 01/01/2026)',
  text: [
    'CPT codes covered if selection criteria are met:',
    '{64612} Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral (eg, for blepharospasm, hemifacial spasm)',
    '{64615} Chemodenervation of muscle(s); muscle(s) innervated by facial, trigeminal, cervical spinal and accessory nerves, bilateral (eg, for chronic migraine)',
    '{64616} Chemodenervation of muscle(s); neck muscle(s), excluding muscles of the larynx, unilateral',
    '{95873}, {95874} Guidance for chemodenervation (report with {64612}–{64647} only)',
    'Note: {64615} is reported once per session; do not report {64612} or {64616} for migraine injections.',
    'Policy history: reviewed by committee [10033]; supersedes bulletin [10062]. Page 7 of 19.',
  ].join('\n'),
});

// ── 5. Prior authorization and step therapy form ──
const priorAuth = lines({
  id: 's62-pa',
  kind: 's62-prior-auth-step-therapy-form',
  before: 'PRIOR AUTHORIZATION REQUEST — Chronic Migraine Botulinum Toxin / CGRP — fax to 1-888-555-0172',
  text: [
    'Member: Dorsey, Kaitlyn   Member ID: XHB[43036]   Group: [70017]   Plan ZIP: [43035]',
    'Prescriber: Renata Ilic, MD (Neurology)   Office ZIP [60201]   Contact ext. [20019]',
    'Requested service: onabotulinumtoxinA 155 U q12 wk; administration code: {64615}; drug J0585 x 200',
    'Step therapy tried (≥ 2 classes, 8 wk each): topiramate 100 mg, propranolol 80 mg, erenumab 140 mg (ref [48025]).',
    'Headache days/month (baseline 90-day diary): 22; MIDAS 64; prior nerve blocks {64405} x3 (partial relief).',
    'Also requesting: bilateral greater occipital nerve blocks ({64405}) and SPG block ({64505}) as bridge.',
    'Case # [97006]   Status: pended for clinical notes   Reviewer: [55006]',
  ].join('\n'),
});

// ── 6. Specialty pharmacy vs buy-and-bill order ──
const pharmacyOrder = table({
  id: 's62-spvsbb',
  kind: 's62-specialty-pharmacy-vs-buy-and-bill-order',
  caption: 'Botox sourcing — Q4 2025 — white bag vs buy-and-bill (office manager worksheet)',
  headers: ['Patient', 'Route', 'Rx # / PO', 'Ship-to ZIP', 'Drug line', 'Admin', 'Notes'],
  rows: [
    [
      'Dorsey, K.',
      'Specialty pharmacy (white bag)',
      'Rx [64714]',
      '[60201]',
      'not billed by clinic',
      '{64615}',
      'Arrives 3 days before',
    ],
    ['Patel, R.', 'Buy-and-bill', 'PO [30092]', '[60201]', 'J0585 x 200', '{64615}', 'JW 45 U'],
    ['Hughes, M.', 'Buy-and-bill', 'PO [30098]', '[60015]', 'J0585 x 100', '{64612}', 'Blepharospasm OU'],
    [
      'Lindqvist, A.',
      'Specialty pharmacy',
      'Rx [70028]',
      '[60010]',
      'not billed',
      '{64615} + {64616}',
      'Migraine + cervical dystonia',
    ],
    ['Ortiz, J.', 'Buy-and-bill', 'PO [30104]', '[60201]', 'J0585 x 200', '{64615}', 'Denied PA, hold'],
  ],
});

// ── 7. Infusion-suite schedule (DHE) ──
const infusion = table({
  id: 's62-infusion',
  kind: 's62-infusion-suite-dhe-schedule',
  caption: 'Infusion Suite — Tue 11/18/2025 — chairs 1–4 — DHE inpatient-style protocol (outpatient)',
  headers: ['Chair', 'Time', 'Patient', 'MRN', 'Protocol', 'Charge codes', 'Appt #'],
  rows: [
    ['1', '08:00', 'Wong, E.', '[80011]', 'DHE 1 mg IV q8h day 2', '{96365}, {96375}', '[48039]'],
    [
      '2',
      '08:30',
      'Burke, S.',
      '[80015]',
      'Migraine cocktail (ketorolac, metoclopramide)',
      '{96374}, {96375} x2',
      '[48044]',
    ],
    ['3', '09:00', 'Adeyemi, T.', '[80022]', 'DHE titration + ondansetron', '{96365}, {96366}', '[48050]'],
    ['4', '10:15', 'Costa, L.', '[80032]', 'IV valproate load', '{96365}', '[48053]'],
    ['1', '13:00', 'Wong, E.', '[80011]', 'DHE dose 4 + GON block in clinic', '{96374}; {64405} (Dr. Ilic)', '[48056]'],
  ],
});

// ── 8. Payer denial letter ──
const denial = lines({
  id: 's62-denial',
  kind: 's62-payer-denial-letter-botox',
  before: 'NOTICE OF CLAIM DENIAL — Midwest Health Plan — P.O. Box 64445, Columbus OH 43218',
  text: [
    'Claim number: 2025-1006-[37024]   Patient account: [43022]   Member ZIP: [60201]',
    'Line 1 {64615}: denied CARC 197 — precertification absent. Auth on file covers dates through 09/30/2025.',
    'Line 3 {64612}-RT: denied CARC 11 — diagnosis G43.709 inconsistent with procedure; blepharospasm dx required.',
    'Line 4 {64405}-50: paid. Line 2 J0585: denied, dependent on line 1.',
    'You may appeal within 180 days. Reference appeal kit [20029]. Questions: 1-800-555-0199 option 3.',
  ].join('\n'),
});

// ── 9. Appeal letter (free text) ──
const appeal = lines({
  id: 's62-appeal',
  kind: 's62-appeal-letter-free-text',
  before: 'RE: Level 1 appeal — claim 2025-1006-37024 — Kaitlyn Dorsey',
  text: [
    'We appeal the denial of {64615} for chemodenervation for chronic migraine performed 10/06/2025.',
    'The patient has 22 headache days/month despite three preventive classes; prior auth [97039] was approved 10/02.',
    'Line 3 was coded correctly: the right orbicularis injection treats documented blepharospasm (G24.5), so {64612}',
    'is separate from the migraine paradigm; see the attached injection map and the policy note MP-[20024].',
    'Please reprocess. Our clinic: 1840 Sherman Ave, Suite 300, Evanston, IL [60201]. Tax ID on file.',
  ].join('\n'),
});

// ── 10. EOB ──
const eob = table({
  id: 's62-eob',
  kind: 's62-eob-member-statement-headache',
  caption: 'Explanation of Benefits — claim [55024] — processed 11/03/2025 — THIS IS NOT A BILL',
  headers: ['Service date', 'Service', 'Billed', 'Allowed', 'Plan paid', 'You owe', 'Remark'],
  rows: [
    ['10/14/2025', 'Nerve block, occipital ({64405})', '320.00', '146.22', '116.98', '29.24', 'PR1'],
    ['10/14/2025', 'Nerve block, supraorbital ({64400})', '290.00', '131.50', '105.20', '26.30', ''],
    ['10/20/2025', 'Sciatic nerve block ({64445})', '690.00', '212.40', '169.92', '42.48', ''],
    ['10/20/2025', 'Office visit ({99214})', '245.00', '128.10', '102.48', '25.62', 'Remark [10075]'],
    ['', 'Claim total — member ID ending [43038]', '1545.00', '618.22', '494.58', '123.64', ''],
  ],
});

// ── 11. Practice day sheet ──
const daySheet = table({
  id: 's62-daysheet',
  kind: 's62-practice-day-sheet',
  caption: 'Day Sheet — Lakeshore Headache — 11/17/2025 — Dr. Ilic — batch [90013]',
  headers: ['Time', 'Patient', 'Acct', 'Proc', 'Units', 'Ins', 'Chg'],
  rows: [
    ['08:15', 'Morales, D.', '[64712]', '{64615}', '1', 'BCBS', '980.00'],
    ['08:15', 'Morales, D.', '[64712]', 'J0585', '200', 'BCBS', '1450.00'],
    ['09:00', 'Quinn, P.', '[43039]', '{64405}', '2', 'MCR', '320.00'],
    ['09:30', 'Ferreira, L.', '[43058]', '{64505}', '1', 'AETNA', '410.00'],
    ['10:00', 'Kim, H.', '[43063]', '{64633}', '1', 'UHC', '1210.00'],
    ['10:00', 'Kim, H.', '[43063]', '{64634}', '2', 'UHC', '540.00'],
    ['11:15', 'Novak, J.', '[43079]', '{64632}', '1', 'CIGNA', '515.00'],
    ['13:00', 'Reyes, A.', '[43081]', '{64712}', '1', 'MCR', '1680.00'],
    ['14:00', 'Bianchi, C.', '[43082]', '{64714}', '1', 'HUM', '1420.00'],
    ['Totals', 'visits 9', 'batch [90013]', '', '', '', '8525.00'],
  ],
});

// ── 12. EHR order set (checklist) ──
const orderSet = lines({
  id: 's62-orderset',
  kind: 's62-ehr-headache-procedure-order-set',
  before: 'Order Set: HEADACHE PROCEDURES (NEURO) — version 15003',
  text: [
    '☑ Greater occipital nerve block, bilateral — {64405} x2 (or -50 per payer)',
    '☐ Lesser occipital / auriculotemporal block — {64450}',
    '☐ Supraorbital / supratrochlear block — {64400}',
    '☐ Sphenopalatine ganglion block, transnasal — {64505}',
    '☐ Trigger point injections, 3+ muscles — {20553}',
    '☑ Chemodenervation, chronic migraine, 155 U — {64615}; drug J0585; lot: C[64612]C3',
    '☐ Chemodenervation, facial nerve, unilateral (blepharospasm / hemifacial spasm) — {64612}',
    'Ordering location code [27013] · panel owner: neurology informatics',
  ].join('\n'),
});

// ── 13. Patient portal message thread ──
const portal = lines({
  id: 's62-portal',
  kind: 's62-patient-portal-message-thread',
  before: 'MyLakeshore — Messages — Billing question — thread 52003',
  text: [
    'Patient (11/04 9:12 PM): My statement shows {64615} and {64612} on the same day. Why two shot codes? My zip is [60202].',
    'Billing (11/05 10:03 AM): Hi Ms. Hughes, {64615} is the migraine injections and {64612} is the eyelid (blepharospasm) injection.',
    'Billing: Your plan applied both to your deductible. Your account is [30110]; balance 412.50.',
    'Patient (11/05 11:40 AM): Ok thanks. Also can I get the nerve block again? The occipital one ({64405}) helped for 5 weeks.',
    'Nurse (11/05 2:15 PM): Dr. Ilic placed the order; scheduling ref [20034]. Please keep your diary until then.',
  ].join('\n'),
});

// ── 14. Headache diary printout (clinic copy) ──
const diary = table({
  id: 's62-diary',
  kind: 's62-headache-diary-printout',
  caption: 'Headache Diary — 90 days — patient ID [30112] — printed for visit 11/17/2025',
  headers: ['Week', 'Headache days', 'Migraine days', 'Acute meds (days)', 'Worst pain', 'Procedure / event'],
  rows: [
    ['Aug 4–10', '5', '4', '3', '8/10', '—'],
    ['Sep 8–14', '6', '4', '4', '9/10', 'ED visit, claim [37029]'],
    ['Oct 6–12', '3', '2', '1', '6/10', 'Botox {64615} 10/06'],
    ['Oct 13–19', '2', '1', '1', '5/10', 'GON block {64405} 10/14'],
    ['Nov 3–9', '2', '2', '2', '6/10', 'device sync [46010]'],
  ],
});

// ── 15. Headache diary app export (decoy-only) ──
const appExport = lines({
  id: 's62-appexport',
  kind: 's62-headache-diary-app-csv-export',
  before: 'migrainebuddy_export.csv — user_id,date,attack_id,steps,sleep_min,barometric_pa,zip',
  text: [
    'u[90034],2025-10-01,[10088],6120,412,[10132],[60201]',
    'u[90034],2025-10-02,[10089],[12874],388,[10156],[60201]',
    'u[90034],2025-10-05,[10099],9043,301,[10098],[60202]',
    'u[90034],2025-10-09,[10113],[64445],455,[10121],[60201]',
    'u[90034],2025-10-14,[10122],[11502],420,[10134],[60076]',
    'u[90034],2025-10-21,[10160],[15002],398,[10174],[60015]',
  ].join('\n'),
});

// ── 16. Clinic locations (decoy-only) ──
const locations = table({
  id: 's62-locations',
  kind: 's62-clinic-locations-zip-list',
  caption: 'Our locations — Lakeshore Headache & Facial Pain Center',
  headers: ['Location', 'Address', 'City', 'ZIP', 'Suite / PO box'],
  rows: [
    ['Evanston (main)', '1840 Sherman Ave', 'Evanston, IL', '[60201]', 'Ste 300'],
    ['Deerfield', '450 Lake Cook Rd', 'Deerfield, IL', '[60015]', 'Ste 120'],
    ['Barrington', '27 W Main St', 'Barrington, IL', '[60010]', ''],
    ['Skokie infusion', '9600 Gross Point Rd', 'Skokie, IL', '[60076]', 'Bldg B'],
    ['Oakbrook Terrace', '2 Mid America Plaza', 'Oakbrook Terrace, IL', '[60181]', 'mail drop [20010]'],
    ['Billing office', 'PO Box [64632]', 'Chicago, IL', '[60664]', 'remit lockbox [60004]'],
  ],
});

// ── 17. Research study screening log (decoy-only) ──
const screening = table({
  id: 's62-screening',
  kind: 's62-research-study-screening-log',
  caption: 'Protocol CGRP-PREV-[20040] — Site [97042] — screening log (de-identified)',
  headers: ['Screen ID', 'Visit', 'Monthly MHD', 'Eligible', 'Reason', 'Randomization #'],
  rows: [
    ['[64612]', 'V1', '14', 'Y', '', '[30143]'],
    ['[52015]', 'V1', '6', 'N', 'MHD < 8', ''],
    ['[52016]', 'V1', '18', 'N', 'Botox within 16 wk', ''],
    ['[52020]', 'V1', '11', 'Y', '', '[30146]'],
    ['[52021]', 'V1', '9', 'Y', '', '[30148]'],
    ['[52029]', 'V1', '16', 'Y', '', '[30118]'],
  ],
});

// ── 18. Sphenopalatine ganglion block procedure note ──
const spgNote = lines({
  id: 's62-spg',
  kind: 's62-spg-block-procedure-note',
  before: 'Procedure note — sphenopalatine ganglion block, bilateral — 11/17/2025',
  text: [
    'Procedure: SPG block, transnasal, bilateral ({64505}), Tx360 device lot [27017], 0.5% bupivacaine 0.3 mL each side.',
    'Indication: refractory chronic migraine with cranial autonomic features; bridge until Botox cycle 7.',
    'Pain 7/10 → 3/10 at 15 min. No epistaxis. Also performed: bilateral GON block {64405}.',
    'Coder: SPG via Tx360 is reported once ({64505}), not per side. Acct [43089].',
  ].join('\n'),
});

// ── 19. Trigeminal / supraorbital blocks note ──
const trigeminal = lines({
  id: 's62-trigeminal',
  kind: 's62-trigeminal-branch-block-note',
  before: 'Facial pain clinic — trigeminal branch blocks — Dr. S. Okafor',
  text: [
    'Dx: trigeminal neuralgia V2/V3 right (G50.0), legacy dx field [35010] not used.',
    'Blocks: right supraorbital and supratrochlear ({64400}), right infraorbital ({64400}), auriculotemporal ({64450}).',
    'Fluoroscopy not used. Dexamethasone 4 mg + ropivacaine 0.5%. MRN [80050].',
    'Plan: if relief < 4 wk, consider Gasserian ganglion RF ({61790}) referral to neurosurgery, ZIP [60611].',
  ].join('\n'),
});

// ── 20. Ablation schedule (RF, neuroma) ──
const ablation = table({
  id: 's62-ablation',
  kind: 's62-nerve-ablation-procedure-schedule',
  caption: 'Procedure room 2 — radiofrequency / chemical neurolysis — week of 11/17',
  headers: ['Day', 'Patient', 'Chart', 'Procedure', 'Code', 'Level / site', 'Auth'],
  rows: [
    ['Mon', 'Kim, H.', '[80053]', 'Cervical facet RF, 3rd occipital', '{64633}', 'C2–3 R', '[97052]'],
    ['Mon', 'Kim, H.', '[80053]', 'add-on level', '{64634}', 'C3–4 R', '[97052]'],
    ['Tue', 'Svoboda, M.', '[80079]', 'Lumbar facet RF', '{64635}', 'L4–5 B', '[97059]'],
    ['Tue', 'Svoboda, M.', '[80079]', 'add-on level', '{64636}', 'L5–S1 B', '[97059]'],
    ['Wed', 'Novak, J.', '[80082]', 'Morton neuroma chemical neurolysis', '{64632}', '3rd web space L', '[97061]'],
    ['Thu', 'Allen, T.', '[80096]', 'Occipital nerve RF (other peripheral)', '{64640}', 'GON R', 'pending'],
  ],
});

// ── 21. Neuroma note (foot) ──
const neuroma = lines({
  id: 's62-neuroma',
  kind: 's62-foot-neuroma-neurolysis-note',
  before: 'Podiatry — same practice group — Morton neuroma follow-up',
  text: [
    'Third intermetatarsal space left. Prior injections: 4% alcohol sclerosing x3 ({64632} each, weekly).',
    'Today: fourth injection {64632}; ultrasound guidance not separately reported ({76942} bundled per payer).',
    'If no relief: neurectomy ({28080}). Patient’s shoe size 8; orthotic order [46028].',
    'Home: 92 Oak Ln, Wilmette IL [60091]. Visit # [15031].',
  ].join('\n'),
});

// ── 22. Sciatic / lumbar plexus op note for co-morbid pain ──
const plexusOp = lines({
  id: 's62-plexusop',
  kind: 's62-sciatic-lumbar-plexus-op-note',
  before: 'Operative report — co-morbid lower-extremity neuropathic pain — OR 4 — case 90102',
  text: [
    'Preop: sciatic nerve entrapment (deep gluteal syndrome), right; lumbar plexopathy after retroperitoneal bleed.',
    'Procedure 1: neuroplasty, sciatic nerve, right (CPT {64712}).',
    'Procedure 2: neuroplasty, lumbar plexus ({64714}), via retroperitoneal approach with Dr. Hale.',
    'Anesthesia: GA plus single-shot sciatic block for postop pain ({64445}) by anesthesia, billed separately by them.',
    'EBL 150 mL. Specimens none. Implant log [90106]. Patient acct [64712].',
  ].join('\n'),
});

// ── 23. X12 837P dump ──
const x12 = lines({
  id: 's62-x12',
  kind: 's62-x12-837p-headache-claim-segments',
  before: '837P outbound — batch file LHC_20251107.x12 — loop 2300/2400',
  text: [
    'N4*EVANSTON*IL*[60201]~',
    'CLM*[43022]-1*2430***11:B:1*Y*A*Y*Y~',
    'SV1*HC:{64615}*980*UN*1***1~',
    'DTP*472*D8*20251006~',
    'SV1*HC:J0585:JZ*1450*UN*200***1~',
    'LIN**N4*00023392102~',
    'SV1*HC:{64612}:RT*410*UN*1***2~',
    'SV1*HC:{64405}:50*320*UN*1***1~',
    'REF*G1*[97062]~',
    'SE*[37043]*0001~',
  ].join('\n'),
});

// ── 24. HL7 ORM order messages ──
const hl7 = lines({
  id: 's62-hl7',
  kind: 's62-hl7-orm-procedure-orders',
  before: 'Interface engine — ORM^O01 — NEURO_PROC — 11/14/2025',
  text: [
    'PID|1||[80098]^^^LHC^MR||ALLEN^TOMAS||19710403|M|||22 ELM ST^^SKOKIE^IL^[60077]',
    'ORC|NW|ORD[55052]|||SC',
    'OBR|1|ORD[55052]||{64405}^GREATER OCCIPITAL NERVE BLOCK^CPT4|||20251118',
    'OBR|2|ORD[55056]||{64640}^DESTRUCTION PERIPHERAL NERVE^CPT4|||20251120',
    'OBR|3|ORD[55059]||{64445}^SCIATIC NERVE BLOCK SINGLE^CPT4|||20251120',
    'OBR|4|ORD[55064]||{64714}^NEUROPLASTY LUMBAR PLEXUS^CPT4|||20251201',
    'NTE|1||Auth [97072] on file; ZIP [60077]',
  ].join('\n'),
});

// ── 25. JSON API payload (scheduling / charge service) ──
const json = lines({
  id: 's62-json',
  kind: 's62-json-charge-service-payload',
  before: 'GET /api/v2/encounters/ENC-889231/charges → 200',
  text: [
    '{ "encounterId": "ENC-889231", "patientZip": "[60015]", "account": "[30151]",',
    '  "lines": [ { "cpt": "{64612}", "mod": ["LT"], "units": 1, "cdm": "[27031]" },',
    '             { "cpt": "{64615}", "mod": [], "units": 1, "cdm": "[27036]" },',
    '             { "hcpcs": "J0585", "units": 100, "cdm": "[27050]", "lot": "C[65016]C3" },',
    '             { "cpt": "{64632}", "mod": ["LT"], "units": 1, "cdm": "[27088]" } ],',
    '  "batchId": [90141], "postedBy": "[15040]" }',
  ].join('\n'),
});

// ── 26. XML claim status / attachment ──
const xml = lines({
  id: 's62-xml',
  kind: 's62-xml-claim-status-response',
  before: 'ClaimStatusResponse.xml — clearinghouse 277 rendering',
  text: [
    '<ClaimStatus payerClaimId="[46074]" patientAccount="[43024]" billingZip="[60201]">',
    '  <Line seq="1"><ProcedureCode>{64712}</ProcedureCode><Status>F1 paid</Status></Line>',
    '  <Line seq="2"><ProcedureCode>{64714}</ProcedureCode><Status>F2 denied</Status><Reason>CO-59</Reason></Line>',
    '  <Line seq="3"><ProcedureCode>{64445}</ProcedureCode><Status>P1 pending</Status></Line>',
    '  <TraceNumber>[46099]</TraceNumber><SubmitterId>[46100]</SubmitterId>',
    '</ClaimStatus>',
  ].join('\n'),
});

// ── 27. CDM extract ──
const cdm = table({
  id: 's62-cdm',
  kind: 's62-chargemaster-extract-neuro-procedures',
  caption: 'CDM extract — dept 4410 Neurology Procedures — prices in cents — run [10148]',
  headers: ['CDM_NO', 'CHG_DESC', 'REV_CD', 'CPT_HCPCS', 'STD_PRICE', 'GL_ACCT'],
  rows: [
    ['[27106]', 'CHEMODENERV MIGRAINE BIL', '0510', '{64615}', '[98000]', '[37055]'],
    ['[27107]', 'CHEMODENERV FACIAL N UNI', '0510', '{64612}', '[41000]', '[37055]'],
    ['[64714]', 'NB GREATER OCCIPITAL', '0510', '{64405}', '[32000]', '[37056]'],
    ['[27125]', 'NB SPHENOPALATINE GANG', '0510', '{64505}', '[41000]', '[37056]'],
    ['[27144]', 'NB SCIATIC SINGLE', '0361', '{64445}', '[69000]', '[37065]'],
    ['[27161]', 'DESTR PLANTAR DIG NERVE', '0361', '{64632}', '[51500]', '[37065]'],
    ['[27170]', 'BOTOX PER UNIT', '0636', 'J0585', '790', '[37074]'],
  ],
});

// ── 28. Coding audit grid with vague headers ──
const audit = table({
  id: 's62-audit',
  kind: 's62-coding-audit-vague-grid',
  caption: 'Q3 audit sample — headache clinic — auditor JB',
  headers: ['Item', 'Value', 'Code', 'Ref', 'Finding'],
  rows: [
    ['1', 'Botox chronic migraine', '{64615}', '[90175]', 'Agree'],
    ['2', 'Blepharospasm R', '{64612}', '[90176]', 'Agree, RT missing'],
    ['3', 'GON block bilateral', '{64405}', '[90191]', 'Units 2 vs -50: payer rule'],
    ['4', 'Sciatic block', '{64445}', '[90196]', 'No documentation of guidance; {76942} removed'],
    ['5', 'Sciatic neuroplasty', '{64712}', '[90197]', 'Agree'],
    ['6', 'Plantar nerve destruction', '{64632}', '[90202]', 'Once per date, changed units 2→1'],
    ['7', 'Lumbar plexus neuroplasty', '{64714}', '[90203]', 'Agree'],
  ],
});

// ── 29. Wastage / unit log ──
const wastage = table({
  id: 's62-wastage',
  kind: 's62-botox-unit-wastage-log',
  caption: 'Botulinum toxin vial log — fridge B — November 2025',
  headers: ['Date', 'Vial lot', 'Vial U', 'Used U', 'Wasted U', 'Mod', 'Admin code', 'Log #'],
  rows: [
    ['11/03', 'C[70033]C3', '200', '155', '45', 'JW', '{64615}', '[20062]'],
    ['11/03', 'C[70033]C3', '—', '—', '—', 'JZ', '{64612}', '[20089]'],
    ['11/10', 'C[70056]C3', '200', '195', '5', 'JW', '{64615} + {64616}', '[20093]'],
    ['11/17', 'C[64612]C4', '100', '25', '75', 'JW', '{64612}', '[20099]'],
  ],
});

// ── 30. Referral intake fax ──
const referral = lines({
  id: 's62-referral',
  kind: 's62-referral-intake-fax',
  before: 'REFERRAL — Northshore Primary Care to Lakeshore Headache — fax page 1/3',
  text: [
    'Pt: Allen, Tomas  DOB 04/03/1971  Ins: Medicare  Referral # [97082]  PCP ZIP [60025]',
    'Reason: chronic daily headache, occipital neuralgia. Requesting eval and GON blocks ({64405}).',
    'Also L-sided sciatica; ortho suggested sciatic block {64445} before surgical consult.',
    'Prior imaging: MRI brain 08/2025, accession [15047]; MRI L-spine accession [15048].',
  ].join('\n'),
});

// ── 31. Provider charge review worklist (edits) ──
const worklist = table({
  id: 's62-worklist',
  kind: 's62-charge-review-edit-worklist',
  caption: 'Charge review — edits pending — Lakeshore Headache — 14 items',
  headers: ['Enc', 'Primary', 'Secondary', 'Edit', 'Message', 'Owner'],
  rows: [
    ['[55074]', '{64615}', '{64612}', 'NCCI', '{64612} bundles into {64615} unless modifier 59/XS', 'coder'],
    ['[55094]', '{64405}', '{64450}', 'MUE', '{64450} units 3 > MUE 2', 'coder'],
    ['[55103]', '{64633}', '{64634}', 'LCD', 'Missing MBB x2 documentation', 'RN'],
    ['[55107]', '{64712}', '{64445}', 'Global', 'Block by surgeon within 0-day?', 'coder'],
    ['[55114]', '{64632}', '', 'Freq', 'More than 7 per 12 mo', 'podiatry'],
  ],
});

// ── 32. Infusion order (DHE) nursing protocol text ──
const dheOrder = lines({
  id: 's62-dhe',
  kind: 's62-dhe-infusion-order-protocol-text',
  before: 'Outpatient DHE protocol — standing order — signed by Dr. Ilic',
  text: [
    'Pre-med: ondansetron 4 mg IV push ({96375}); then DHE 0.5 mg in 250 mL NS over 1 h ({96365}).',
    'Each additional hour ({96366}) only if infusion exceeds 90 min total. Drug: J1110 per 1 mg.',
    'Hold if BP > 160/100 or chest pain. Pharmacy verification # [60023]. Room [10007].',
    'Bill hydration {96360} only when ordered separately with a medical reason.',
  ].join('\n'),
});

export const sealed62: Snippet[] = [
  ...preempt,
  ...siteMap,
  ...cms1500,
  ...policy,
  ...priorAuth,
  ...pharmacyOrder,
  ...infusion,
  ...denial,
  ...appeal,
  ...eob,
  ...daySheet,
  ...orderSet,
  ...portal,
  ...diary,
  ...appExport,
  ...locations,
  ...screening,
  ...spgNote,
  ...trigeminal,
  ...ablation,
  ...neuroma,
  ...plexusOp,
  ...x12,
  ...hl7,
  ...json,
  ...xml,
  ...cdm,
  ...audit,
  ...wastage,
  ...referral,
  ...worklist,
  ...dheOrder,
];
