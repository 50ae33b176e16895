import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 79 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s79-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, inmate, booking, referral, UR case, claim, van, badge, item, invoice and PO numbers. The five known codes'
 * digits come back as decoys: a booking number, a state DOC number, a federal (BOP-style) register number, a county
 * contract number, a vendor number, a PO box, a grievance number, a sick-call request number, a commissary item
 * number, a transport van number, a hospital claim number and a bill-to account.
 *
 * Family: correctional health care (jail and prison medical vendors) around a county jail system and a state prison
 * region: an off-site specialty referral queue (inmate and booking numbers, facility codes, requested procedures with
 * CPT) and its request form, a utilization review committee log with its determination letter and XML export, a
 * hospital claim repricing report (Medicaid-rate repricing by CPT) with its batch summary, CSV export and rate lookup,
 * a sick-call triage log, a transport and security escort schedule and post orders (van numbers, officer badge
 * numbers), a scheduler's email thread, a county contract's cap and per-diem exhibit and its clauses, a grievance
 * response as prose, a pharmacy keep-on-person (KOP) list, an outside provider's invoice with its audit and the
 * county AP voucher, an X12 837P and an HL7 SIU message, an outside consult report, an off-site utilization dashboard,
 * a vendor quarterly report, a medical director's weekly report, a list of procedures needing UR, a release
 * (continuity of care) summary, a catastrophic case tracker, a chronic care clinic schedule, and decoy-only pages (a
 * housing roster, a commissary order summary, a booking intake sheet, a hospital guard detail log).
 * Built on real public layouts: the NCCHC-style sick-call (health services request) triage log, the Federal Bureau
 * of Prisons utilization review worksheet levels (medically necessary emergent / non-emergent, medically acceptable
 * not always necessary, limited medical value) and its alternative treatment plan, a state-statute Medicaid-rate
 * hospital repricing report (claim, revenue code, procedure, billed vs. Medicaid allowable), an X12 837P (NM1, N4,
 * CLM, SV1 segments), an HL7 v2.5.1 SIU^S12 scheduling message (MSH, SCH, PID, AIS, AIL), NDC 5-4-2 product codes on
 * a KOP medication list, and BOP register numbers (five digits, dash, three). The others are written the way those
 * pages read, with no single source.
 *
 * 363 labelled tokens over 36 shapes: 142 codes, 221 decoys, 72 of the decoys in KNOWN_10K.
 */

// ── 1. Off-site specialty referral queue, table ──
const referralQueue = table({
  id: 's79-refq',
  kind: 's79-offsite-specialty-referral-queue-grid',
  caption: 'Off-Site Specialty Referral Queue — Maple Ridge County Justice Center (MRJC) — open items',
  headers: ['Ref #', 'Inmate', 'Booking', 'Fac', 'Requested procedure', 'CPT', 'Specialty', 'Priority', 'Status'],
  rows: [
    [
      '[40277]',
      'HOLLIS, D',
      '[25118]',
      'MRJC-M',
      'Sciatic neuroplasty',
      '{64712}',
      'Neurosurgery',
      'Routine',
      'UR pending',
    ],
    [
      '[40283]',
      'VANCE, T',
      '[25131]',
      'MRJC-M',
      'Sciatic nerve block',
      '{64445}',
      'Pain Mgmt',
      'Urgent',
      'Scheduled 11/04',
    ],
    [
      '[40291]',
      'OKONKWO, R',
      '2025-[10877]',
      'MRJC-A',
      'Lumbar plexus neuroplasty',
      '{64714}',
      'Neurosurgery',
      'Routine',
      'Approved',
    ],
    [
      '[40302]',
      'PRATT, L',
      '[25164]',
      'MRJC-W',
      'Chemodenervation, facial',
      '{64612}',
      'Neurology',
      'Routine',
      'ATP issued',
    ],
    [
      '[40318]',
      'DUNMORE, K',
      '[25170]',
      'MRJC-M',
      'Morton neuroma neurolysis',
      '{64632}',
      'Podiatry',
      'Routine',
      'Awaiting consult',
    ],
    [
      '[40322]',
      'REYES, A',
      '[25177]',
      'MRJC-A',
      'Carpal tunnel release',
      '{64721}',
      'Ortho hand',
      'Routine',
      'UR pending',
    ],
    ['[40339]', 'MOSS, J', '[25182]', 'MRJC-M', 'MRI L-spine w/o', '{72148}', 'Radiology', 'Urgent', 'Scheduled 11/06'],
    [
      '[40341]',
      'FINCH, B',
      '[25190]',
      'MRJC-W',
      'EMG/NCS lower ext',
      '{95886}',
      'Neurology',
      'Routine',
      'Returned — incomplete',
    ],
  ],
});

// ── 2. Off-site consultation request form, text layer ──
const referralForm = lines({
  id: 's79-refform',
  kind: 's79-offsite-consultation-request-form-text',
  before: 'KEYSTONE CORRECTIONAL HEALTH — Request for Off-Site Specialty Consultation / Procedure',
  text: [
    'Referral no. [40291]   Facility: MRJC Annex (A)   Inmate: OKONKWO, Raymond   Booking 2025-[10877]',
    'Jail ID [58971]   DOB 03/14/1979   Classification: Medium   Expected release: unknown (pretrial)',
    'Requesting clinician: P. Alvarez, NP   Site medical director: M. Ferrante, MD',
    'Procedure requested: neuroplasty, lumbar plexus — CPT {64714}   Dx: G54.1',
    'Conservative care to date: gabapentin 600 mg TID x 10 wks, PT x 6; prior diagnostic block {64445} 08/2025 (relief 4 h)',
    'Preferred provider: Central Ohio Neurosurgical Assoc., 3525 Olentangy River Rd, Columbus OH [43214]',
    'Security level for transport: 2 officers, full restraints   Hospital watch if admitted: yes',
  ].join('\n'),
});

// ── 3. Utilization review committee log, table ──
const urLog = table({
  id: 's79-urlog',
  kind: 's79-utilization-review-committee-log-grid',
  caption: 'Utilization Review Committee — weekly log — week of 10/27/2025',
  headers: ['Case', 'Pt ID', 'Svc', 'Description', 'Criteria level', 'Decision', 'Reviewer'],
  rows: [
    [
      'UR-[77118]',
      '[58971]',
      '{64714}',
      'Neuroplasty, lumbar plexus',
      'Med. necessary, non-emergent',
      'Approve',
      'Ferrante',
    ],
    [
      'UR-[77123]',
      '[61402]',
      '{64712}',
      'Neuroplasty, sciatic',
      'Med. acceptable, not always necessary',
      'ATP: PT + block',
      'Ferrante',
    ],
    ['UR-[77131]', '[63817]', '{64612}', 'Chemodenervation, facial n.', 'Limited medical value', 'Deny', 'Ng'],
    [
      'UR-[77140]',
      '[59204]',
      '{29881}',
      'Knee arthroscopy/menisectomy',
      'Med. acceptable, not always necessary',
      'Defer to release',
      'Ng',
    ],
    [
      'UR-[77146]',
      '[62290]',
      '{66984}',
      'Cataract extraction w/ IOL',
      'Med. necessary, non-emergent',
      'Approve',
      'Ferrante',
    ],
    ['UR-[77152]', '[60035]', '{64445}', 'Sciatic nerve inj., single', 'Med. necessary, non-emergent', 'Approve', 'Ng'],
  ],
});

// ── 4. UR determination / alternative treatment plan letter, text layer ──
const urLetter = lines({
  id: 's79-urletter',
  kind: 's79-ur-determination-atp-letter-text',
  before: 'Notice of Utilization Review Determination — Alternative Treatment Plan',
  text: [
    'Case UR-[77123]   Patient ID [61402]   Facility: Maple Ridge County Justice Center, Main (M)',
    'The committee reviewed the request for open neuroplasty of the sciatic nerve ({64712} was written on the request) and',
    'the records from the outside consult dated 10/09/2025.',
    'Determination: an alternative treatment plan is approved: physical therapy x 8 visits ({97110}) and one ultrasound-',
    'guided sciatic block, {64445}, before surgery is reconsidered. A repeat request for {64712} may be filed after 60 days.',
    'The patient may appeal to the regional medical director, Keystone Correctional Health, PO Box [43262], Columbus OH [43224].',
  ].join('\n'),
});

// ── 5. Hospital claim repricing report (Medicaid-rate), table ──
const repricing = table({
  id: 's79-reprice',
  kind: 's79-hospital-claim-medicaid-repricing-grid',
  caption: 'Inmate hospital claim repricing — state Medicaid rate — Central Ohio Regional Hospital — batch [33606]',
  headers: ['Claim #', 'DOS', 'Rev', 'Proc', 'Billed', 'Medicaid allowable', 'Repriced', 'Savings'],
  rows: [
    ['CORH-[88036]', '10/02/2025', '0360', '{64712}', '18,440.00', '1,402.16', '1,402.16', '17,037.84'],
    ['CORH-[88036]', '10/02/2025', '0370', '{01250}', '3,210.00', '412.80', '412.80', '2,797.20'],
    ['CORH-[88041]', '10/05/2025', '0450', '{99284}', '2,865.00', '226.41', '226.41', '2,638.59'],
    ['CORH-[88041]', '10/05/2025', '0350', '{70450}', '4,120.00', '118.37', '118.37', '4,001.63'],
    ['CORH-[88057]', '10/09/2025', '0361', '{64445}', '2,970.00', '188.22', '188.22', '2,781.78'],
    ['CORH-[88057]', '10/09/2025', '0402', '{76942}', '1,140.00', '61.90', '61.90', '1,078.10'],
    ['CORH-[64612]', '10/14/2025', '0360', '{64714}', '21,005.00', '1,588.04', '1,588.04', '19,416.96'],
    ['CORH-[88073]', '10/16/2025', '0301', '{80053}', '496.00', '10.56', '10.56', '485.44'],
  ],
});

// ── 6. Repricing batch summary, text layer ──
const repriceSummary = lines({
  id: 's79-repsum',
  kind: 's79-repricing-batch-summary-text',
  before: 'Batch summary and notes to county auditor',
  text: [
    'Batch [33606]: 14 claims, 41 lines; billed $87,310.00; repriced to the Medicaid rate $6,142.97 (7.0% of charges).',
    'Largest reductions: {64714} (claim CORH-[64612]) and {64712} (claim CORH-[88036]), both billed at full chargemaster.',
    'Line CORH-[88073] lab panel {80053} repriced at the state clinical lab fee schedule.',
    'Provider disputes: 1 (anesthesia {01250} units). Remit to hospital lockbox, Dept [78123], Cincinnati OH [45215].',
  ].join('\n'),
});

// ── 7. Sick-call triage log, table (decoy only) ──
const sickCall = table({
  id: 's79-sickcall',
  kind: 's79-sick-call-triage-log-grid',
  caption: 'Health Services Requests (sick call) — triage log — Unit 4 — 10/30/2025',
  headers: ['HSR #', 'Inmate #', 'Housing', 'Complaint', 'Triage', 'Seen', 'Disposition'],
  rows: [
    ['[71637]', '[58971]', '4B-12', 'Low back / leg pain', 'Routine', '10/30 0815', 'NP list; refer chronic care'],
    ['[71638]', '[63101]', '4A-03', 'Toothache', 'Routine', '10/30 0840', 'Dental list'],
    ['[64612]', '[59921]', '4B-07', 'Chest pain', 'Emergent', '10/30 0612', 'ECG, sent to ED via EMS'],
    ['[71640]', '[62918]', '4C-21', 'Rash, itching', 'Routine', '10/31 0905', 'OTC hydrocortisone'],
    ['[71641]', '[61402]', '4B-12', 'Med refill — gabapentin', 'Routine', '10/30 1010', 'Provider renewal'],
    ['[71644]', '[60770]', '4A-16', 'Glasses broken', 'Non-urgent', '—', 'Optometry wait list'],
  ],
});

// ── 8. Transport and security escort schedule, table ──
const transport = table({
  id: 's79-transport',
  kind: 's79-transport-security-escort-schedule-grid',
  caption: 'Medical Transport & Escort Schedule — Tue 11/04/2025 — confidential, do not post in housing',
  headers: ['Trip', 'Inmate', 'Destination', 'Appt', 'Van', 'Escort badges', 'Restraints', 'Proc'],
  rows: [
    ['T-01', '[60035]', 'Central Ohio Regional — Pain Ctr', '0800', '[21186]', '[31158] / [31209]', 'Full', '{64445}'],
    ['T-02', '[63817]', 'OSU Neurology (outpt)', '0930', '[21186]', '[31158] / [31209]', 'Full', '{95907}'],
    [
      'T-03',
      '[62290]',
      'Eye Surgery Ctr of Dublin',
      '1015',
      '[64445]',
      '[28799] / [32607]',
      'Leg irons only',
      '{66984}',
    ],
    ['T-04', '[58971]', 'Central Ohio Neurosurgical', '1300', '[21186]', '[31158] / [33130]', 'Full', '{64714}'],
    ['T-05', '[59204]', 'Mount Carmel Imaging', '1400', '[21190]', '[28799] / [34295]', 'Full', '{73721}'],
  ],
});

// ── 9. Escort post orders, text layer (decoy only) ──
const postOrders = lines({
  id: 's79-postorders',
  kind: 's79-hospital-escort-post-orders-text',
  before: 'Post Orders — Off-Site Medical Escort (Sheriff’s Office, Corrections Division)',
  text: [
    'Assigned vehicle: Van [21186] (cage, 6 seats); backup van [21190] parked bay 3; fuel card ending 4471.',
    'Lead officer badge [31158] carries the trip packet; second officer badge [31209] keeps the restraint keys.',
    'Radio check with Central Control on channel 4 at departure, arrival and every 30 minutes at the hospital.',
    'Hospital address: 1492 Emerald Pkwy, Columbus OH [43214]; enter through the ED security entrance only.',
    'If the inmate is admitted, call the watch commander (ext. [40672]) to start a hospital guard detail.',
  ].join('\n'),
});

// ── 10. County contract cap and per-diem table, table ──
const contractCap = table({
  id: 's79-cap',
  kind: 's79-county-contract-cap-perdiem-grid',
  caption: 'Exhibit D — Compensation — Inmate Health Services Agreement, County contract no. [64714]',
  headers: ['Component', 'Rate', 'Basis', 'Cap / threshold', 'Notes'],
  rows: [
    ['Base per diem', '$5.92', 'per inmate per day, ADP 900–1,100', '—', 'Adjusted quarterly'],
    ['ADP variance', '$2.14', 'per inmate per day above 1,100', '—', 'Below 900: credit $1.80'],
    ['Off-site care pool', '—', 'shared risk', '$[75000] per contract year', 'Vendor pays first dollar up to pool'],
    [
      'Catastrophic stop-loss',
      '—',
      'per inmate per year',
      '$[35000]',
      'Trauma, burns, {64712}/{64714} surgery counted',
    ],
    ['Pharmacy (HIV, HCV)', 'pass-through', 'at cost', '—', 'Excluded from pool'],
    ['Dialysis', '$[12834] per month', 'per patient', '—', 'Outpatient {90999} billed to county'],
  ],
});

// ── 11. Contract language, text layer ──
const contractText = lines({
  id: 's79-contract',
  kind: 's79-inmate-health-contract-clauses-text',
  before: 'Inmate Health Services Agreement — Article 7 (Off-site care)',
  text: [
    '7.2 The Contractor shall obtain utilization review approval before any non-emergent off-site procedure, including',
    'but not limited to neuroplasty ({64712}, {64714}), chemodenervation ({64612}) and peripheral nerve injections ({64445}).',
    '7.3 Hospital claims shall be repriced to the state Medicaid rate before payment; savings reports are due by the 15th.',
    '7.4 Invoices shall reference County contract no. [64714] and vendor no. [64445] and be mailed to PO Box [36686],',
    'Marysville OH [43040].',
  ].join('\n'),
});

// ── 12. Grievance response, prose text layer ──
const grievance = lines({
  id: 's79-grievance',
  kind: 's79-inmate-grievance-response-prose-text',
  before: 'Inmate Grievance — Medical — Response of the Health Services Administrator',
  text: [
    'Grievance no. [64632]   Inmate: HOLLIS, Darnell   Inmate no. [61402]   Housing 4B-12',
    'You state that the outside surgeon told you that you need surgery on the nerve in your leg and that the jail is',
    'refusing it. The record shows the surgeon recommended a sciatic nerve decompression, billed as CPT {64712}, on',
    '10/09/2025. The UR committee (case UR-[77123]) approved physical therapy and a nerve block ({64445}) first.',
    'Your request for {64712} can be resubmitted after the block. This grievance is partially granted.',
    'You may appeal within 5 days to the Jail Administrator, 411 Courthouse Sq, Marysville OH [43040].',
  ].join('\n'),
});

// ── 13. Pharmacy KOP list, table (decoy only) ──
const kopList = table({
  id: 's79-kop',
  kind: 's79-pharmacy-kop-medication-list-grid',
  caption: 'Keep-On-Person (KOP) medication list — Unit 4 — cycle fill 11/01/2025',
  headers: ['Inmate #', 'Cell', 'Medication', 'NDC', 'Qty', 'KOP', 'Rx #'],
  rows: [
    ['[61402]', '4B-12', 'Gabapentin 300 mg cap', '[00093]-0433-01', '90', 'No (DOT)', '8140227'],
    ['[63101]', '4A-03', 'Ibuprofen 400 mg tab', '[00904]-5852-61', '30', 'Yes', '8140231'],
    ['[62918]', '4C-21', 'Hydrocortisone 1% cream', '[00168]-0015-31', '1', 'Yes', '8140235'],
    ['[59921]', '4B-07', 'Lisinopril 10 mg tab', '[68180]-0513-01', '30', 'Yes', '8140240'],
    ['[60770]', '4A-16', 'Metformin 500 mg tab', '[65862]-0008-01', '60', 'Yes', '8140244'],
    ['[58971]', '4B-12', 'Duloxetine 30 mg cap', '[00378]-5370-77', '30', 'No (DOT)', '8140248'],
  ],
});

// ── 14. Outside-provider invoice audit, table ──
const invoiceAudit = table({
  id: 's79-invaudit',
  kind: 's79-outside-provider-invoice-audit-grid',
  caption: 'Invoice audit — Central Ohio Neurosurgical Assoc. — invoice [52436] — vendor [64445]',
  headers: ['Line', 'DOS', 'Billed code', 'Units', 'Billed', 'Allowed', 'Variance', 'Finding'],
  rows: [
    ['1', '10/09/2025', '{99204}', '1', '410.00', '134.22', '275.78', 'OK at Medicaid rate'],
    ['2', '10/09/2025', '{95886}', '1', '620.00', '97.10', '522.90', 'OK'],
    ['3', '10/09/2025', '{95910}', '1', '540.00', '118.40', '421.60', 'OK'],
    ['4', '10/21/2025', '{64712}', '1', '3,950.00', '801.16', '3,148.84', 'No UR approval on file'],
    ['5', '10/21/2025', '{64714}', '1', '3,400.00', '0.00', '3,400.00', 'Bundled with line 4 (NCCI)'],
    ['6', '10/21/2025', '{64445}', '1', '480.00', '0.00', '480.00', 'Inclusive to surgery'],
    ['7', '11/04/2025', '{99213}', '1', '190.00', '62.70', '127.30', 'OK'],
  ],
});

// ── 15. Invoice audit findings, text layer ──
const auditFindings = lines({
  id: 's79-auditnotes',
  kind: 's79-invoice-audit-findings-text',
  before: 'Auditor findings — neurosurgery invoice',
  text: [
    'Line 4: surgery code {64712} billed for DOS 10/21 although UR case [77123] approved only PT and a block; hold pending',
    'medical director review. Line 5: {64714} on the same session as {64712} is not separately payable.',
    'Line 6: the pre-op sciatic block ({64445}) is inclusive to the surgery. Vendor remit address PO Box [64632],',
    'Worthington OH [43085]. Net recommended payment $1,213.18 of $9,590.00 billed; audit ref [50706].',
  ].join('\n'),
});

// ── 16. Housing roster, table (decoy only) ──
const housing = table({
  id: 's79-housing',
  kind: 's79-facility-housing-roster-grid',
  caption: 'Housing Roster — Unit 4B — 0600 count — 10/31/2025',
  headers: ['Cell', 'Inmate #', 'Name', 'Class.', 'Booked', 'Bond', 'Case no.'],
  rows: [
    ['4B-07', '[59921]', 'ASHBY, Keon', 'Med', '09/12/2025', '$25,000', '25CR[11479]'],
    ['4B-08', '[62003]', 'BELL, Marcus', 'Min', '10/20/2025', '$2,500', '25TRC[20575]'],
    ['4B-09', '[60419]', 'CRUZ, Hector', 'Med', '08/30/2025', 'Hold — ICE', '—'],
    ['4B-12', '[61402]', 'HOLLIS, Darnell', 'Med', '07/18/2025', '$50,000', '25CR[09327]'],
    ['4B-12', '[58971]', 'OKONKWO, Raymond', 'Med', '06/02/2025', 'No bond', '25CR[07744]'],
    ['4B-14', '[63377]', 'TATE, Jerome', 'Max', '10/03/2025', '$150,000', '25CR[10643]'],
  ],
});

// ── 17. Commissary order summary, text layer (decoy only) ──
const commissary = lines({
  id: 's79-commissary',
  kind: 's79-commissary-order-summary-text',
  before: 'Commissary Order Summary — delivery Thursday 11/06/2025 — Unit 4B',
  text: [
    'Order [89362]   Inmate [61402] HOLLIS   Account balance before order $42.18',
    '  Item [64714] Ramen noodles, chicken (x6)   $2.70',
    '  Item [20829] Instant coffee 4 oz           $4.95',
    '  Item [20844] Writing tablet + 2 envelopes  $3.10',
    'Order [89363]   Inmate [58971] OKONKWO   Indigent kit (hygiene) — no charge',
    'Vendor: Summit Commissary Services, warehouse ZIP [43123]; batch [12097]; 48 orders this unit',
  ].join('\n'),
});

// ── 18. X12 837P from the outside provider, text layer ──
const x12 = lines({
  id: 's79-x12',
  kind: 's79-x12-837p-outside-provider-claim-text',
  before: '837P received from clearinghouse — raw segments',
  text: [
    'NM1*85*2*CENTRAL OHIO NEUROSURGICAL ASSOC*****XX*1417093358~',
    'N4*WORTHINGTON*OH*[43085]~',
    'NM1*IL*1*OKONKWO*RAYMOND****MI*MRJC[58971]~',
    'CLM*KCH[56894]*3400***22:B:1*Y*A*Y*Y~',
    'SV1*HC:{64714}*3400*UN*1***1~',
    'SV1*HC:{64445}*480*UN*1***1~',
  ].join('\n'),
});

// ── 19. HL7 SIU^S12 off-site appointment message, text layer ──
const hl7 = lines({
  id: 's79-hl7',
  kind: 's79-hl7-siu-offsite-appointment-text',
  before: 'Interface log — SIU^S12 from specialty scheduling',
  text: [
    'MSH|^~\\&|SCHED|CORH|EHR|KCH|20251031153012||SIU^S12|[97247]|P|2.5.1',
    'SCH|[40283]^KCH|[14831]^CORH|||||PROC^Procedure|||20|min',
    'PID|1||[60035]^^^MRJC^PI||VANCE^TERRELL||19880702|M',
    'AIS|1|A|{64445}^Inj sciatic nerve single^C4|20251104080000|||20|min',
    'AIL|1|A|PAIN^^^CORH|Pain Center 2nd floor, ZIP [43214]',
  ].join('\n'),
});

// ── 20. Referral JSON export, text layer ──
const refJson = lines({
  id: 's79-json',
  kind: 's79-referral-json-export-text',
  before: 'GET /api/offsite/referrals?facility=MRJC-W (pretty-printed)',
  text: [
    '{ "referralId": "[40302]",',
    '  "inmateId": "[65671]", "bookingNo": "[25164]", "facility": "MRJC-W",',
    '  "procedure": { "cpt": "{64612}", "desc": "Chemodenervation, facial nerve, unilateral" },',
    '  "alternate": { "cpt": "{64615}" },',
    '  "urCase": "UR-[77131]", "decision": "ATP", "zip": "[43040]" }',
  ].join('\n'),
});

// ── 21. UR case XML, text layer ──
const urXml = lines({
  id: 's79-xml',
  kind: 's79-ur-case-xml-text',
  before: 'UR case file (XML export for the state audit)',
  text: [
    '<UrCase id="[77152]" patient="[60035]" site="MRJC-M">',
    '  <Request cpt="{64445}" priority="urgent" referral="[40283]"/>',
    '  <Request cpt="{76942}" priority="urgent"/>',
    '  <History cpt="{64632}" date="2024-03-11" facility="[39541]"/>',
    '  <Decision level="2" reviewer="[44614]">approve</Decision>',
    '</UrCase>',
  ].join('\n'),
});

// ── 22. Repricing CSV export, text layer ──
const repriceCsv = lines({
  id: 's79-csv',
  kind: 's79-repricing-csv-export-text',
  before: 'reprice_batch_export.csv',
  text: [
    'claim_no,dos,proc,billed,medicaid_rate,zip,inmate',
    'CORH-[88036],2025-10-02,{64712},[18440].00,1402.16,[43214],[61402]',
    'CORH-[88057],2025-10-09,{64445},2970.00,188.22,[43214],[60035]',
    'CORH-[64612],2025-10-14,{64714},[21005].00,1588.04,[43214],[58971]',
    'CORH-[88080],2025-10-18,{64632},1860.00,144.95,[43214],[60419]',
    'CORH-[88091],2025-10-22,{20610},740.00,66.31,[43214],[62003]',
  ].join('\n'),
});

// ── 23. Outside specialist consult report, text layer ──
const consult = lines({
  id: 's79-consult',
  kind: 's79-outside-specialist-consult-report-text',
  before: 'Central Ohio Neurosurgical Assoc. — Consultation report (copy to jail medical)',
  text: [
    'Patient: HOLLIS, Darnell   DOB 05/22/1986   Referred by Keystone Correctional Health, referral [40277]',
    'EMG/NCS today ({95886} with {95910}) show a sciatic neuropathy at the notch; MRI ({72148}) shows no disc herniation.',
    'Recommendation: sciatic nerve decompression, {64712}; consider lumbar plexus exploration ({64714}) if findings warrant.',
    'A diagnostic sciatic nerve block, {64445}, may be done first at the pain center.',
    'Follow-up in 4 weeks. Office: 3525 Olentangy River Rd, Columbus OH [43214].',
  ].join('\n'),
});

// ── 24. Off-site utilization dashboard, table ──
const dashboard = table({
  id: 's79-dash',
  kind: 's79-offsite-utilization-dashboard-grid',
  caption: 'Off-site utilization — YTD through October 2025 — all county sites',
  headers: ['Item', 'Description', 'Trips', 'Cost YTD', 'Per 1,000 ADP'],
  rows: [
    ['{64445}', 'Sciatic nerve injection', '14', '$2,635', '13.1'],
    ['{64712}', 'Neuroplasty, sciatic', '3', '$4,206', '2.8'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '2', '$3,176', '1.9'],
    ['{64632}', 'Plantar digital nerve neurolysis', '4', '$580', '3.7'],
    ['{64612}', 'Chemodenervation, facial', '1', '$211', '0.9'],
    ['{99284}', 'ED visit, high', '96', '$21,735', '89.7'],
    ['{71046}', 'Chest X-ray, 2 views', '41', '$1,107', '38.3'],
  ],
});

// ── 25. Booking intake sheet, text layer (decoy only) ──
const booking = lines({
  id: 's79-booking',
  kind: 's79-booking-intake-sheet-text',
  before: 'Booking Sheet — Maple Ridge County Sheriff’s Office',
  text: [
    'Booking no. [64712]   Booked 10/29/2025 2214   Arresting agency ORI OH0800000, officer badge [32212]',
    'Name: PRATT, Leon   Address: 88 W Fifth St Apt 3, Marysville OH [43040]   Jail ID [65671]',
    'Charge: ORC 2913.02 theft, case 25CR[12333]   Bond $5,000 (10%)   Property bag [27013]',
    'Receiving screening completed by RN badge [23246]; no acute medical needs; meds: none reported',
  ].join('\n'),
});

// ── 26. Hospital guard log, table (decoy only) ──
const guardLog = table({
  id: 's79-guard',
  kind: 's79-hospital-guard-detail-log-grid',
  caption: 'Hospital guard detail — CORH room 6214 — bed watch, one inmate',
  headers: ['Shift', 'Officer', 'Badge', 'Relieved by', 'Relief badge', 'Notes'],
  rows: [
    ['0600–1400', 'Sgt. Rowe', '[29148]', 'Ofc. Lind', '[31209]', 'Pt to OR 0930, back 1240'],
    ['1400–2200', 'Ofc. Lind', '[31209]', 'Ofc. Ames', '[34223]', 'Visitor denied'],
    ['2200–0600', 'Ofc. Ames', '[34223]', 'Sgt. Rowe', '[29148]', 'Quiet; restraint check q2h'],
  ],
});

// ── 27. Accounts payable voucher, table ──
const apVoucher = table({
  id: 's79-ap',
  kind: 's79-county-ap-medical-voucher-grid',
  caption: 'County Auditor — AP voucher — Inmate medical (fund 1000-410)',
  headers: ['Vendor #', 'Payee', 'Invoice', 'PO', 'Memo', 'Amount'],
  rows: [
    ['[64445]', 'Central Ohio Neurosurgical', '[52436]', '[25978]', 'svc {64712} DOS 10/21 — held', '$0.00'],
    ['[46716]', 'Central Ohio Regional Hosp', '[33606]', '[25978]', 'Repriced batch, 14 claims', '$6,142.97'],
    ['[46725]', 'Dublin Eye Surgery Ctr', '[79714]', '[26012]', 'svc {66984} DOS 11/04', '$612.44'],
    ['[47434]', 'Mid-Ohio Ambulance', '[80383]', '[26012]', 'ALS transport ×2', '$1,120.00'],
  ],
});

// ── 28. Medical director weekly report, text layer ──
const mdReport = lines({
  id: 's79-mdreport',
  kind: 's79-medical-director-weekly-report-text',
  before: 'Site Medical Director — weekly report to the Sheriff and County Administrator',
  text: [
    'Average daily population 1,014; sick-call requests 312; ED sends 6; admissions 2 (CORH).',
    'Off-site surgery this week: one {64712} and one lumbar plexus case ({64714}) at Central Ohio Neurosurgical.',
    'Pain procedures: 3 sciatic blocks ({64445}), 1 digital nerve neurolysis ({64632}); chemodenervation {64612} denied.',
    'Stop-loss watch: inmate [61402] at $31,870 toward the $35,000 threshold.',
  ].join('\n'),
});

// ── 29. Procedures requiring prior UR approval, list ──
const urList = lines({
  id: 's79-urlist',
  kind: 's79-procedures-requiring-ur-approval-list-text',
  before: 'Policy J-D-08 Attachment A — Procedures requiring Utilization Review before scheduling',
  text: [
    '• {64712} Neuroplasty, major peripheral nerve; sciatic',
    '• {64714} Neuroplasty; lumbar plexus',
    '• {64718} / {64721} Ulnar nerve at elbow / carpal tunnel release',
    '• {64445} Sciatic nerve injection (except when ordered by the ED)',
    '• {64632} Destruction by neurolytic agent; plantar common digital nerve',
    '• {64612} Chemodenervation, facial nerve — cosmetic indications are never approved',
    '• {29881}, {27447} Knee arthroscopy, total knee arthroplasty',
    '• {43239}, {45378} EGD with biopsy, colonoscopy (screening defers to release)',
  ].join('\n'),
});

// ── 30. Continuity-of-care / release summary, text layer ──
const release = lines({
  id: 's79-release',
  kind: 's79-continuity-of-care-release-summary-text',
  before: 'Continuity of Care — Release Health Summary (give copy to releasee)',
  text: [
    'Name: OKONKWO, Raymond   Jail ID [58971]   Release date 11/20/2025   Forwarding ZIP [43229]',
    'Procedures done while in custody: lumbar plexus neuroplasty {64714} (11/10/2025); sciatic block {64445} (08/2025).',
    'Pending at release: follow-up visit, and nerve conduction recheck ({95910}) in 3 months.',
    'Community clinic: Southeast Healthcare, 16 W Long St, Columbus OH [43215]; Medicaid application ref [57009].',
  ].join('\n'),
});

// ── 31. State prison catastrophic case tracker, table ──
const catastrophic = table({
  id: 's79-cat',
  kind: 's79-state-prison-catastrophic-case-tracker-grid',
  caption: 'State DRC — Region 2 — catastrophic / high-cost case tracker',
  headers: ['DOC #', 'Reg. no.', 'Institution', 'Admit', 'Proc', 'Charges', 'Status'],
  rows: [
    ['A[64712]', '—', 'Marion CI', '10/12/2025', '{64714}', '$22,410', 'Discharged to infirmary'],
    ['A[71653]', '—', 'Noble CI', '10/19/2025', '{47562}', '$31,050', 'Inpatient day 2'],
    ['R[68840]', '—', 'Pickaway CI', '10/20/2025', '{27447}', '$48,200', 'Pending UR retro'],
    ['—', '[64714]-061', 'Federal hold (USMS)', '10/23/2025', '{64712}', '$19,800', 'Bill to USMS'],
    ['A[73843]', '—', 'Marion CI', '10/25/2025', '{44970}', '$26,330', 'Discharged'],
  ],
});

// ── 32. Outside provider invoice (as received), text layer ──
const providerInvoice = lines({
  id: 's79-provinv',
  kind: 's79-outside-provider-invoice-text',
  before: 'INVOICE — Central Ohio Neurosurgical Associates, Inc.',
  text: [
    'Invoice [52436]   Date 11/01/2025   Bill to: Keystone Correctional Health, Acct [64712]',
    'Patient: OKONKWO, Raymond (jail ID [58971])   Authorization no. UR-[77118]',
    '10/09/2025  Office consult, new patient            {99204}   $410.00',
    '10/09/2025  Needle EMG w/ NCS                        {95886}   $620.00',
    '10/21/2025  Neuroplasty, lumbar plexus               {64714}   $3,400.00',
    'Please remit to PO Box [64632], Worthington, OH [43085]. Terms net 30. Fed tax id 31-1184225.',
  ].join('\n'),
});

// ── 33. Telehealth / chronic care clinic schedule, table ──
const chronicCare = table({
  id: 's79-ccc',
  kind: 's79-chronic-care-telehealth-clinic-schedule-grid',
  caption: 'Chronic care & telehealth clinic — MRJC — Wed 11/05/2025',
  headers: ['Time', 'Inmate #', 'Clinic', 'Provider', 'Svc', 'Room'],
  rows: [
    ['0800', '[61402]', 'Pain follow-up (tele)', 'Dr. Ames (CORH)', '{99214}', 'Tele 1'],
    ['0820', '[59921]', 'Hypertension', 'P. Alvarez, NP', '{99213}', 'Exam 2'],
    ['0840', '[60770]', 'Diabetes', 'P. Alvarez, NP', '{99213}', 'Exam 2'],
    ['0900', '[62918]', 'Psychiatry (tele)', 'Dr. Osei', '{90834}', 'Tele 2'],
    ['0930', '[63817]', 'Neuro f/u: {64612} denied, discuss', 'Dr. Ferrante', '{99214}', 'Exam 1'],
  ],
});

// ── 34. Medicaid rate lookup used by the repricer, table ──
const rateLookup = table({
  id: 's79-ratelookup',
  kind: 's79-medicaid-rate-lookup-grid',
  caption: 'Repricer reference — state Medicaid professional and outpatient rates, eff. 07/01/2025',
  headers: ['Code', 'Short description', 'Prof. rate', 'OPPS-equivalent', 'PA flag'],
  rows: [
    ['{64712}', 'Revise sciatic nerve', '$801.16', '$1,402.16', 'Y'],
    ['{64714}', 'Revise low back nerve(s)', '$712.88', '$1,588.04', 'Y'],
    ['{64445}', 'N block inj sciatic sng', '$96.31', '$188.22', 'N'],
    ['{64632}', 'Destroy plantar common nerve', '$88.40', '$144.95', 'N'],
    ['{64612}', 'Destroy nerve face muscle', '$121.05', '$211.30', 'Y'],
    ['{64450}', 'N block other peripheral', '$61.77', '$188.22', 'N'],
    ['{62323}', 'Njx interlaminar lmbr/sac', '$142.60', '$712.35', 'Y'],
    ['{99284}', 'Emergency dept visit mod mdm', '$97.58', '$226.41', 'N'],
    ['{70450}', 'Ct head/brain w/o dye', '$38.12', '$118.37', 'N'],
  ],
});

// ── 35. Off-site scheduler email thread, text layer ──
const schedEmail = lines({
  id: 's79-schedmail',
  kind: 's79-offsite-scheduler-email-thread-text',
  before: 'RE: RE: November off-site slots — Central Ohio Neurosurgical / CORH Pain Center',
  text: [
    'From: Tasha Brown (KCH off-site scheduler)   To: CORH Pain Center scheduling',
    'Confirming Tue 11/4: Vance 8:00 for the sciatic block ({64445}) — van [21186], 2 officers; please have',
    'the ultrasound ({76942}) room ready since he comes in restraints.',
    'Okonkwo is the lumbar plexus case, {64714} on our approval, 1:00 pm at the Olentangy office, not the hospital.',
    'Can you also hold a December slot for Hollis? If the block helps, the surgeon will request {64712} again.',
    'Pratt: {64612} was denied by our UR, please cancel his neurology procedure slot (keep the visit, {99214}).',
    'Our trip sheet no. is [41950]; the jail lobby phone changed, the fax is unchanged. Thanks — Tasha',
  ].join('\n'),
});

// ── 36. Vendor quarterly off-site report to the county, table ──
const quarterly = table({
  id: 's79-quarterly',
  kind: 's79-vendor-quarterly-offsite-report-grid',
  caption: 'Keystone Correctional Health — Q3 2025 report to the County — off-site procedures by code',
  headers: ['HCPCS/CPT', 'Count', 'Billed', 'Paid (Medicaid rate)', 'Counted to pool'],
  rows: [
    ['{64445}', '11', '$32,670', '$2,070', 'Yes'],
    ['{64712}', '2', '$36,880', '$2,804', 'Yes'],
    ['{64714}', '1', '$21,005', '$1,588', 'Stop-loss'],
    ['{64632}', '3', '$5,580', '$435', 'Yes'],
    ['{64721}', '2', '$9,120', '$1,011', 'Yes'],
    ['{43239}', '4', '$14,400', '$1,732', 'Yes'],
    ['{45378}', '3', '$10,950', '$1,120', 'Yes'],
    ['{93000}', '58', '$8,700', '$493', 'No (on-site)'],
    ['Report ref', '[51288]', '—', '—', '—'],
  ],
});

export const sealed79: Snippet[] = [
  ...referralQueue,
  ...referralForm,
  ...urLog,
  ...urLetter,
  ...repricing,
  ...repriceSummary,
  ...sickCall,
  ...transport,
  ...postOrders,
  ...contractCap,
  ...contractText,
  ...grievance,
  ...kopList,
  ...invoiceAudit,
  ...auditFindings,
  ...housing,
  ...commissary,
  ...x12,
  ...hl7,
  ...refJson,
  ...urXml,
  ...repriceCsv,
  ...consult,
  ...dashboard,
  ...booking,
  ...guardLog,
  ...apVoucher,
  ...mdReport,
  ...urList,
  ...release,
  ...catastrophic,
  ...providerInvoice,
  ...chronicCare,
  ...rateLookup,
  ...schedEmail,
  ...quarterly,
];
