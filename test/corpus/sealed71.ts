import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 71 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s71-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, MRNs, lot, catalog and model numbers, claim and account numbers, step counts and charges. The five known codes'
 * digits come back as decoys: a device lot, a rep-app case id, a PO box, a supply-log entry, a sterile tray id, a recall
 * lot, an invoice number, a vendor number, a patient account, a diary participant id and a preference-card tray.
 *
 * Family: interventional spine and neuromodulation centers and their device vendors: spinal cord stimulator trial and
 * implant scheduling, a device rep's case log (model, lot and serial numbers) and its JSON export, radiofrequency
 * ablation and genicular-nerve pages (64633–64636, 64624, 64454), peripheral nerve stimulation and sciatic neurolysis
 * where a pain practice meets the known codes, a prior authorization packet checklist and request lines, a device
 * invoice and a bill-only PO, an implant log, an intrathecal pump refill log, a pain-diary CSV export and an outcomes
 * registry, a procedure consent, LCD-style coverage excerpts and a commercial policy code list, claims in X12 837P, an
 * HL7 SIU surgical booking, an ePA XML request, and decoy-only pages (a sterile processing count sheet, a case cart pick
 * list, a device recall notice, a loaner-set shipping notice, a manufacturer implant registration form), with a
 * scheduler chat hand-off, a vendor reimbursement FAQ and a coder query as prose.
 * Built on real public layouts: a Medicare LCD (Coverage Indications, Limitations and/or Medical Necessity) and its
 * Billing and Coding Article "Group 1 Codes" table (Code, Description), the X12 005010X222A1 837P (CLM, SV1 HC:
 * composites), HL7 v2.5.1 SIU^S12 (SCH, PID, AIS, AIG), an FDA-style urgent medical device recall letter (affected
 * REF and lot list, acknowledgement form), a hospital bill-only purchase order for consigned implants, and an SPD
 * instrument count sheet. The others are written the way those pages read, with no single source.
 *
 * 406 labelled tokens over 37 shapes: 171 codes, 235 decoys, 79 of the decoys in KNOWN_10K.
 */

// ── 1. SCS trial schedule, table ──
const trialSchedule = table({
  id: 's71-trialsched',
  kind: 's71-scs-trial-schedule-grid',
  caption: 'Neuromodulation trials and implants — next 3 weeks',
  headers: ['Patient', 'MRN', 'Date', 'Vendor / rep', 'CPT', 'Auth #', 'Psych clr'],
  rows: [
    ['Harlan, D.', '[40433]', '11/18/2025', 'Sentra / K. Ruiz', '{63650} ×2', 'pending', 'Yes'],
    ['Okonkwo, P.', '[28148]', '11/19/2025', 'Corvale / B. Tran', '{63650}', 'A[61144]', 'Yes'],
    ['Mays, R.', '[57820]', '11/20/2025', 'Sentra / K. Ruiz', '{63650} ×2', 'UM-[92544]', 'Yes'],
    ['Greer, T.', '[13619]', '11/24/2025', 'Corvale / B. Tran', '{64555} (PNS, sciatic)', '[77224]', 'n/a'],
    ['Albright, K.', '[58012]', '11/20/2025', 'Corvale / B. Tran', '{64575} {64712}', '[40514]', 'n/a'],
    ['Pruitt, J.', '[31064]', '12/02/2025', 'Sentra / K. Ruiz', '{63650}', 'VA CCN referral', 'Sched 11/26'],
  ],
});

// ── 2. SCS pathway reference for schedulers, text layer ──
const pathway = lines({
  id: 's71-pathway',
  kind: 's71-scs-trial-to-implant-pathway-text',
  before: 'Spinal cord stimulator pathway — front desk & scheduling reference',
  text: [
    'Step 1  Consult and imaging review (lumbar MRI {72148} within 12 months)',
    'Step 2  Behavioral health clearance {90791}, with testing {96130} when the payer asks for it',
    'Step 3  Trial: percutaneous leads, {63650} once per lead array, 5–7 days, rep present',
    'Step 4  Trial ≥50% relief → implant: {63650} + {63685}, or paddle {63655} + {63685}',
    'Step 5  Programming {95972} at 2 weeks, then {95971} as needed',
    'Pulling the trial leads in clinic is not billed separately (no {63661} for a trial pull).',
    'Scheduling fax queue [12441]; surgery scheduler ext. 2204',
  ].join('\n'),
});

// ── 3. Device rep case log, table ──
const repLog = table({
  id: 's71-replog',
  kind: 's71-device-rep-case-log-grid',
  caption: 'Case log — K. Ruiz (Sentra Neuromodulation) — November',
  headers: ['Date', 'Acct', 'Surgeon', 'Case type', 'Proc', 'Model', 'Lot', 'Serial'],
  rows: [
    ['11/03', '[28337]', 'Vance', 'Trial (2 leads)', '{63650}', '[38210]', '[64712]', '—'],
    ['11/05', '[28337]', 'Vance', 'Perm implant', '{63650} {63685}', '[97715]', '[21177]', 'NRX2210947'],
    ['11/10', '[55114]', 'Osei', 'Paddle implant', '{63655} {63685}', '[38455]', '[21180]', 'NRX2210951'],
    ['11/12', '[55114]', 'Osei', 'IPG replacement', '{63685}', '[97715]', '—', 'NRX2211006'],
    ['11/17', '[28337]', 'Vance', 'Lead revision', '{63663}', '[38210]', '[21204]', '—'],
    ['11/20', '[61203]', 'Patel', 'Explant', '{63661} {63688}', '—', '—', 'NRX1987420'],
  ],
});

// ── 4. Rep app case log export, JSON ──
const repJson = lines({
  id: 's71-repjson',
  kind: 's71-rep-case-log-json-export-text',
  before: 'GET /api/v2/caselog?rep=kruiz&month=2025-11 — response body',
  text: [
    '[ { "caseId": [64445], "facility": "Riverside Pain ASC", "facilityZip": "[74133]",',
    '    "procedureCodes": ["{63650}", "{63685}"], "hcpcs": ["C1820", "C1778"],',
    '    "implants": [ { "model": "[97715]", "lot": null, "serial": "NRX2210947" },',
    '                  { "model": "[38210]", "lot": "[21177]", "qty": 2 } ],',
    '    "billOnlyPo": "[58047]", "invoiceNo": [64712], "repId": [31192] },',
    '  { "caseId": [57710], "facility": "Riverside Pain ASC", "facilityZip": "[74133]",',
    '    "procedureCodes": ["{64575}", "{64712}"], "side": "RT", "implants": [ { "model": "[40266]", "lot": "[12099]" } ] } ]',
  ].join('\n'),
});

// ── 5. RFA patient information page, text layer ──
const rfaInfo = lines({
  id: 's71-rfainfo',
  kind: 's71-rfa-patient-information-page-text',
  before: 'Radiofrequency Ablation (RFA) — What to expect | Green Country Spine & Neuromodulation',
  text: [
    'Medial branch RFA treats facet joint pain. Your statement will show {64635} for the first lumbar joint and {64636} for each additional joint.',
    'Neck or mid-back procedures appear as {64633} and {64634}.',
    'Before RFA most plans require two diagnostic medial branch blocks ({64493}, {64494}) with at least 80% relief.',
    'Knee pain? Genicular nerve RFA ({64624}) follows a genicular nerve block ({64454}).',
    'Billing questions: 918-555-0190, or write to PO Box [64632], Tulsa, OK [74101].',
    'Our office: 6565 S Yale Ave, Suite 1010, Tulsa, OK [74136]',
  ].join('\n'),
});

// ── 6. Genicular RFA operative report, text layer ──
const genicularOp = lines({
  id: 's71-genop',
  kind: 's71-genicular-rfa-operative-report-text',
  before: 'OPERATIVE REPORT — Genicular nerve radiofrequency ablation, right knee',
  text: [
    'MRN [48450]   DOS 11/12/2025   Surgeon: A. Vance, MD   Facility: Riverside Pain ASC',
    'Procedure: RF ablation of the superolateral, superomedial and inferomedial genicular nerves, right.',
    'Indication: diagnostic genicular nerve block on 10/08/2025 ({64454}) gave 85% relief for 6 hours.',
    'Technique: 18 G 10 cm cannulae, 10 mm active tip, 80 °C for 90 s ×2 per site; cannula lot [28684].',
    'Generator: Aurelis RF-4, serial RFG-[13086]; grounding pad lot [28701].',
    'Coding: {64624}-RT, imaging included. EBL nil. Supply log entry [64714].',
    'Local anesthesia only; time-out 07:42; nursing record [45073].',
  ].join('\n'),
});

// ── 7. Prior authorization packet checklist, text layer ──
const paChecklist = lines({
  id: 's71-pachk',
  kind: 's71-prior-auth-packet-checklist-text',
  before: 'Prior authorization packet — Spinal cord stimulator (trial and permanent) — checklist',
  text: [
    '☐ Cover sheet with payer fax, member ID, our TIN and group NPI; payer fax queue [43467]',
    '☐ Requested services: trial {63650} (2 units) and, after success, the permanent system',
    '☐ Device HCPCS: L8680 ×16, L8687 (facility: C1778, C1820; trial C1897)',
    '☐ Behavioral health evaluation ({90791}) dated within 12 months',
    '☐ Imaging: MRI report ({72148}); CT myelogram if hardware limits MRI',
    '☐ Six months of conservative care: PT notes, medication list, prior epidural injections ({62323})',
    '☐ For PNS requests add the diagnostic sciatic block ({64445}) result and the relief diary',
    '☐ Mail originals to UM Dept., PO Box [21957], Oklahoma City, OK [73126]',
  ].join('\n'),
});

// ── 8. Prior authorization request lines, table ──
const paLines = table({
  id: 's71-palines',
  kind: 's71-prior-auth-request-lines-grid',
  caption: 'Authorization request — service lines',
  headers: ['Line', 'Svc', 'Mod', 'Units', 'Dx', 'Status', 'Ref'],
  rows: [
    ['1', '{63650}', '', '2', 'M96.1, G89.4', 'Approved', '[61266]'],
    ['2', '{95972}', '', '1', 'M96.1', 'Approved', '[61266]'],
    ['3', '{64712}', 'RT', '1', 'G57.01', 'Pended – clinicals', '[61336]'],
    ['4', '{64445}', 'RT', '1', 'G57.01', 'No auth required', '—'],
    ['5', '{64714}', 'RT', '1', 'G54.1', 'Pended – peer-to-peer', '[61368]'],
    ['6', '{64632}', 'LT', '1', 'G57.62', 'Approved', '[61371]'],
  ],
});

// ── 9. Device invoice, table ──
const invoiceLines = table({
  id: 's71-invlines',
  kind: 's71-device-vendor-invoice',
  caption: 'Sentra Neuromodulation — Invoice detail — Bill to: Riverside Pain ASC',
  headers: ['Item', 'Catalog #', 'Description', 'Lot / Serial', 'Qty', 'Unit price', 'Ext.'],
  rows: [
    ['1', '[97715]', 'Rechargeable IPG, 16 channel', 'NRX2210947', '1', '23,800.00', '23,800.00'],
    ['2', '[38210]', 'Percutaneous lead, 8 contact, 60 cm', '[21177]', '2', '3,950.00', '7,900.00'],
    ['3', '[38902]', 'Twist-lock anchor (2/box)', '[21190]', '1', '310.00', '310.00'],
    ['4', '[97745]', 'Patient remote', 'PP0044721', '1', '1,250.00', '1,250.00'],
    ['5', '[97755]', 'Recharger kit', 'RC0031190', '1', '975.00', '975.00'],
    ['', '', 'Invoice total', '', '', '', '[34235].00'],
  ],
});

// ── 10. Device invoice header, text layer ──
const invoiceHead = lines({
  id: 's71-invhead',
  kind: 's71-device-vendor-invoice',
  before: 'INVOICE — Sentra Neuromodulation, Inc.',
  text: [
    'Invoice no. [64712]   Invoice date 11/06/2025   Terms: Net 45',
    'Customer no. [28337]   Customer PO [58047] (bill-only)   Sales rep no. [20023]',
    'Bill to: Riverside Pain ASC, 8801 S 101st E Ave, Tulsa, OK [74133]',
    'Case date 11/05/2025   Surgeon A. Vance   Procedure {63650} / {63685}',
    'Remit to: Sentra Neuromodulation, Dept [27499], Dallas, TX [75284]',
  ].join('\n'),
});

// ── 11. Bill-only purchase order, text layer ──
const billOnlyPo = lines({
  id: 's71-billpo',
  kind: 's71-bill-only-purchase-order-text',
  before: 'BILL-ONLY PURCHASE ORDER — consigned implant used in case (not for shipment)',
  text: [
    'PO number: [58047]   Date: 11/05/2025   Vendor no. [64632]   Vendor: Sentra Neuromodulation',
    'Ship to / bill to: Riverside Pain ASC, 8801 S 101st E Ave, Tulsa OK [74133]',
    'Case [57709]   Surgeon: A. Vance   Procedure: SCS permanent implant ({63650}, {63685})',
    'Line 1  REF [97715]  IPG  SN NRX2210947  1 EA  $23,800.00',
    'Line 2  REF [38210]  Lead  LOT [21177]  2 EA  $3,950.00',
    'Charge codes: CDM [27533] (→ C1820) and [27538] (→ C1778)',
    'Approved: Materials Management, cost center [61050]',
  ].join('\n'),
});

// ── 12. Implant log, table ──
const implantLog = table({
  id: 's71-implog',
  kind: 's71-asc-implant-log-grid',
  caption: 'Implant log — Riverside Pain ASC — OR 2',
  headers: ['Date', 'Patient', 'Mfr', 'REF', 'LOT', 'SN', 'Procedure', 'Code'],
  rows: [
    ['11/05', 'Mays R', 'Sentra', '[97715]', '—', 'NRX2210947', 'SCS IPG', '{63685}'],
    ['11/05', 'Mays R', 'Sentra', '[38210]', '[21177]', '—', 'SCS leads ×2', '{63650}'],
    ['11/07', 'Cole D', 'Corvale', '[40266]', '[12097]', '—', 'PNS lead, sciatic', '{64555}'],
    ['11/07', 'Cole D', 'Corvale', '[40270]', '—', 'CV0088412', 'PNS receiver', '{64590}'],
    [
      '11/20',
      'Albright K',
      'Corvale',
      '[40266]',
      '[12099]',
      '—',
      'PNS lead, open + sciatic neurolysis',
      '{64575} {64712}',
    ],
    ['11/19', 'Fenn L', 'Halvard', '[86882]', '—', 'HP0193307', 'Intrathecal pump', '{62362}'],
    ['11/19', 'Fenn L', 'Halvard', '[86890]', '[15003]', '—', 'IT catheter', '{62350}'],
  ],
});

// ── 13. Pain diary export, CSV ──
const diaryCsv = lines({
  id: 's71-diary',
  kind: 's71-pain-diary-csv-export-text',
  before: 'Export: pain_diary_2025-11.csv (outcomes app) — preview',
  text: [
    'participant_id,proc_cpt,proc_date,day,nrs_avg,nrs_worst,steps,sleep_hrs,pgic',
    '[64612],{63650},2025-11-03,1,4,6,[10452],6.5,',
    '[64612],{63650},2025-11-03,3,3,5,[12834],7.0,',
    '[64612],{63650},2025-11-03,6,2,4,[14270],7.5,6',
    '[57949],{64624},2025-11-12,1,5,7,8120,5.5,',
    '[57949],{64624},2025-11-12,14,2,3,[11015],7.0,6',
    '[58012],{64445},2025-11-10,1,6,8,4210,5.0,',
    '[58012],{64712},2025-11-20,7,3,5,9350,6.5,5',
    '[58012],{64712},2025-11-20,21,2,4,[11870],7.0,6',
    '[59306],{64714},2025-11-20,10,4,6,[10236],6.0,',
  ].join('\n'),
});

// ── 14. Outcomes registry summary, table ──
const outcomes = table({
  id: 's71-outcomes',
  kind: 's71-outcomes-registry-summary-grid',
  caption: 'Outcomes registry — 6-month results by procedure',
  headers: ['Procedure', 'Proc. ref', 'n', 'NRS base', 'NRS 6 mo', 'ODI base', 'ODI 6 mo', '≥50% relief'],
  rows: [
    ['SCS, percutaneous', '{63650}', '41', '7.6', '3.1', '52', '31', '71%'],
    ['Lumbar MB RFA', '{64635}', '118', '6.8', '3.6', '41', '28', '58%'],
    ['Genicular RFA', '{64624}', '64', '6.5', '3.2', '—', '—', '61%'],
    ['Sciatic neuroplasty', '{64712}', '9', '7.1', '2.8', '48', '24', '78%'],
    ['Lumbar plexus neuroplasty', '{64714}', '3', '7.4', '4.0', '50', '35', '67%'],
    ['Morton neuroma, chemical neurolysis', '{64632}', '17', '6.2', '2.4', '—', '—', '76%'],
    ['Hemifacial spasm, BoNT', '{64612}', '22', '—', '—', '—', '—', 'n/a'],
  ],
});

// ── 15. Procedure consent, text layer ──
const consent = lines({
  id: 's71-consent',
  kind: 's71-scs-trial-informed-consent-text',
  before: 'INFORMED CONSENT — Spinal Cord Stimulator Trial',
  text: [
    'Patient: Ronald Mays   MRN [57820]   DOB 03/14/1961   Address: 4410 E 91st St, Tulsa OK [74137]',
    'Procedure: percutaneous placement of temporary spinal cord stimulator leads (CPT {63650}) under fluoroscopy.',
    'Risks include bleeding, infection, spinal fluid leak, headache, nerve injury, lead movement and failure to relieve pain.',
    'The leads stay in place about 7 days. A company representative (vendor badge [40417]) may be present to program the device.',
    'I agree to the disposal of the trial leads after removal.   Witness ID [28004]',
    'Form CNS-[10195] rev. 08/2025',
  ].join('\n'),
});

// ── 16. LCD coverage excerpt, text layer ──
const lcdCoverage = lines({
  id: 's71-lcd',
  kind: 's71-lcd-scs-coverage-indications-text',
  before: 'Local Coverage Determination — Spinal Cord Stimulators for Chronic Pain — Coverage Indications, Limitations',
  text: [
    'LCD ID L[39407]   Original effective date 02/12/2023   Revision effective date 11/01/2025',
    'A trial ({63650}) is required before permanent implantation ({63650}, {63655}, {63685}).',
    'A trial is successful when there is at least 50% pain reduction and an improvement in function.',
    'Revision or replacement ({63663}, {63688}) is covered when the original implant met this policy.',
    'Analysis and programming ({95970}–{95972}) are reasonable and necessary after implantation.',
    'Related Billing and Coding Article A[58277]; contractor numbers [04412] and [04512].',
  ].join('\n'),
});

// ── 17. LCD billing article Group 1 codes, table ──
const lcdCodes = table({
  id: 's71-lcdcodes',
  kind: 's71-lcd-article-group-one-codes-grid',
  caption: 'Group 1 Codes (CPT/HCPCS)',
  headers: ['Code', 'Description'],
  rows: [
    ['{63650}', 'Percutaneous implantation of neurostimulator electrode array, epidural'],
    ['{63655}', 'Laminectomy for implantation of neurostimulator electrodes, plate/paddle, epidural'],
    ['{63661}', 'Removal of spinal neurostimulator electrode percutaneous array(s)'],
    ['{63663}', 'Revision including replacement, percutaneous array(s)'],
    ['{63685}', 'Insertion or replacement of spinal neurostimulator pulse generator or receiver'],
    ['{63688}', 'Revision or removal of implanted spinal neurostimulator pulse generator or receiver'],
  ],
});

// ── 18. SPD instrument count sheet, table (decoy only) ──
const spdTray = table({
  id: 's71-spd',
  kind: 's71-sterile-processing-count-sheet-grid',
  caption: 'SPD count sheet — neuromodulation trays',
  headers: ['Tray ID', 'Instrument', 'Catalog no.', 'Qty', 'Count in', 'Count out'],
  rows: [
    ['[64612]', 'Kerrison rongeur 3 mm 40°', '[28185]', '1', '1', '1'],
    ['[64612]', 'Penfield dissector #4', '[28191]', '1', '1', '1'],
    ['[64612]', 'Leksell rongeur, curved', '[28223]', '1', '1', '1'],
    ['[40971]', 'Weitlaner retractor, 4×4 blunt', '[42119]', '2', '2', '2'],
    ['[40971]', 'Tunneling tool, 35 cm', '[28232]', '1', '1', '1'],
    ['[40971]', 'Metzenbaum scissors 7"', '[13284]', '1', '1', '1'],
    ['[40971]', 'Bipolar forceps, bayonet', '[35733]', '1', '1', '1'],
  ],
});

// ── 19. Device recall notice, text layer (decoy only) ──
const recall = lines({
  id: 's71-recall',
  kind: 's71-device-recall-notice-letter-text',
  before: 'URGENT: MEDICAL DEVICE RECALL — voluntary field action — intrathecal catheter kits',
  text: [
    'To: Risk Manager / Materials Management, Riverside Pain ASC, Tulsa OK [74133]',
    'Affected product: IT catheter kit, REF [86890] and REF [86891], distributed 03/2025–08/2025.',
    'Affected lots: [15002], [15003], [15017], [15024], [64445]',
    'Quarantine affected units and return the acknowledgement form; customer account [48887].',
    'Returns: Halvard Pump, 2100 Lake Dr, Suite 300, Eden Prairie, MN [55344]   RMA [29014]',
    'Implanted patients: no explant is recommended; keep the routine refill schedule.',
    'Shipped from distribution centers in Memphis, TN [38118] and Reno, NV [89506].',
  ].join('\n'),
});

// ── 20. X12 837P, segment view ──
const x12 = lines({
  id: 's71-x12',
  kind: 's71-x12-837p-neuromodulation-claim-text',
  before: '837P — outbound batch to clearinghouse (segment view)',
  text: [
    'ST*837*[20451]*005010X222A1~',
    'NM1*85*2*GREEN COUNTRY SPINE*****XX*1093817425~',
    'N4*TULSA*OK*[74136]~',
    'NM1*87*2~',
    'N4*TULSA*OK*[74104]~',
    'CLM*[57710]A*[18450]***24:B:1*Y*A*Y*Y~',
    'SV1*HC:{63650}*4200*UN*1***1~',
    'SV1*HC:{63685}*[14250]*UN*1***1~',
    'CLM*[58012]B*3590***24:B:1*Y*A*Y*Y~',
    'SV1*HC:{64712}:RT*2850*UN*1***1~',
    'SV1*HC:{64445}:RT:59*740*UN*1***1~',
    'CLM*[59214]C*1130***24:B:1*Y*A*Y*Y~',
    'SV1*HC:{64632}:LT*610*UN*1***1~',
    'SV1*HC:{64445}:RT*520*UN*1***1~',
    'SE*52*[20451]~',
  ].join('\n'),
});

// ── 21. HL7 SIU^S12 surgical booking, text layer ──
const hl7 = lines({
  id: 's71-hl7',
  kind: 's71-hl7-siu-surgical-booking-text',
  before: 'Interface monitor — inbound SIU^S12 (surgical booking)',
  text: [
    'MSH|^~\\&|CASEMGR|RIVERSIDE|EHR|GCSN|20251104101500||SIU^S12|[82799]|P|2.5.1',
    'SCH|[33176]^CASEMGR||||||SCSTRIAL^Spinal cord stim trial|||60|min',
    'PID|1||[57820]^^^GCSN^MR||MAYS^RONALD||19610314|M|||4410 E 91st St^^Tulsa^OK^[74137]',
    'AIS|1||{63650}^Perc implant neurostim electrode array epidural^CPT|20251120073000|||60|min',
    'MSH|^~\\&|CASEMGR|RIVERSIDE|EHR|GCSN|20251104101722||SIU^S12|[82801]|P|2.5.1',
    'PID|1||[58012]^^^GCSN^MR||ALBRIGHT^KAREN||19730922|F',
    'AIS|1||{64575}^Open implant neurostim electrode periph nerve^CPT|20251120073000|||90|min',
    'AIS|2||{64712}^Neuroplasty major periph nerve sciatic^CPT',
    'AIS|3||{64445}^Inj anes sciatic nerve single (post-op analgesia)^CPT',
    'AIG|1||[31148]^OSEI^KWAME^^^MD',
  ].join('\n'),
});

// ── 22. ePA request, XML view ──
const epaXml = lines({
  id: 's71-epa',
  kind: 's71-epa-request-xml-text',
  before: 'ePA submission — request body (XML view)',
  text: [
    '<AuthRequest submissionId="[91152]" payerId="[87726]">',
    '  <Member id="W2938471" zip="[74105]"/>',
    '  <Service line="1" cpt="{64624}" modifier="RT" units="1"/>',
    '  <Service line="2" cpt="{64454}" modifier="LT" units="1"/>',
    '  <Service line="3" cpt="{64632}" modifier="LT" units="1" note="second neuroma treatment"/>',
    '  <Facility npi="1548293107" zip="[74133]" pos="24"/>',
    '  <Requester providerId="[32757]" name="A. Vance"/>',
    '</AuthRequest>',
  ].join('\n'),
});

// ── 23. Case cart pick list, table (decoy only) ──
const pickList = table({
  id: 's71-pick',
  kind: 's71-case-cart-pick-list-grid',
  caption: 'Case cart pick list — SCS permanent implant — OR 1',
  headers: ['Bin', 'Item no.', 'Description', 'Qty', 'Picked'],
  rows: [
    ['A-14', '[28287]', 'Drape, C-arm', '1', '✓'],
    ['A-15', '[28290]', 'Gown, surgical XL', '4', '✓'],
    ['B-02', '[13826]', 'Tuohy epidural needle 14 G', '2', '✓'],
    ['C-21', '[97715]', 'IPG (consigned, bill-only)', '1', 'rep'],
    ['C-22', '[38210]', 'Lead, 8 contact (consigned)', '2', 'rep'],
    ['D-07', '[11619]', 'Bupivacaine 0.25% 30 mL', '2', '✓'],
    ['D-09', '[11364]', 'Cefazolin 2 g vial', '1', '✓'],
  ],
});

// ── 24. Programming visit note, text layer ──
const programming = lines({
  id: 's71-prog',
  kind: 's71-neurostimulator-programming-note-text',
  before: 'Neuromodulation clinic — device programming visit',
  text: [
    'MRN [57820]   Device: Sentra rechargeable IPG, REF [97715], implanted 11/05/2025',
    'Programs: P1 tonic 50 Hz 300 µs; P2 high frequency [10000] Hz 30 µs 2.1 mA; P3 burst 40 Hz',
    'Impedances all under 1200 Ω, no open contacts. Patient reports 70% relief, NRS 2/10.',
    'Complex programming, more than 3 parameters adjusted: bill {95972}. Next visit {95971} in 3 months.',
    'Charging 25 min every 3 days; remote SN PP0044721; rep on site K. Ruiz.',
    'Next visit at the Broken Arrow clinic (ZIP [74012]).',
  ].join('\n'),
});

// ── 25. PNS / sciatic clinic plan, text layer ──
const pnsPlan = lines({
  id: 's71-pnsplan',
  kind: 's71-peripheral-nerve-stim-clinic-plan-text',
  before: 'Clinic note — right sciatic neuropathic pain (piriformis) — assessment and plan',
  text: [
    'Failed conservative care; diagnostic sciatic nerve block {64445} on 10/06 gave 90% relief for 8 hours.',
    'Plan: percutaneous PNS lead trial ({64555}) versus open sciatic neurolysis at the notch (CPT {64712}) with open lead placement ({64575}).',
    'If MR neurography ({72195}) shows lumbar plexus entrapment, Dr. Osei will consider {64714} instead.',
    'Patient lives in Joplin, MO [64801]; 2 h drive, prefers a single-stage procedure.',
  ].join('\n'),
});

// ── 26. Procedure charge ticket, table ──
const chargeTicket = table({
  id: 's71-ticket',
  kind: 's71-procedure-charge-ticket-grid',
  caption: 'Green Country Spine — procedure charge ticket',
  headers: ['✓', 'Proc', 'Description', 'Fee', 'Units'],
  rows: [
    ['', '{62323}', 'Interlaminar ESI, lumbar, w/ imaging', '1,150', ''],
    ['✓', '{64635}', 'RF destruction, lumbar facet, single', '2,410', '1'],
    ['✓', '{64636}', 'RF destruction, lumbar facet, each add’l', '1,060', '2'],
    ['', '{64624}', 'RF genicular nerve branches', '2,290', ''],
    ['', '{64445}', 'Sciatic nerve block, single', '520', ''],
    ['', '{64632}', 'Plantar digital nerve destruction', '610', ''],
    ['', '{64612}', 'Chemodenervation, facial nerve, unilat', '790', ''],
  ],
});

// ── 27. Denials worklist, table ──
const denials = table({
  id: 's71-denials',
  kind: 's71-neuromod-denials-worklist-grid',
  caption: 'Denials worklist — neuromodulation & nerve procedures',
  headers: ['Claim #', 'Acct', 'DOS', 'Svc', 'CARC', 'Billed', 'Owner'],
  rows: [
    ['CLM-[48124]', '[64714]', '10/14/25', '{63650}', 'CO-197', '4,200.00', 'JM'],
    ['CLM-[48135]', '[43225]', '10/16/25', '{64624}', 'CO-50', '2,290.00', 'JM'],
    ['CLM-[48151]', '[43239]', '10/21/25', '{64714}', 'CO-4', '3,120.00', 'RT'],
    ['CLM-[48156]', '[43253]', '10/22/25', '{64632}', 'CO-151', '610.00', 'RT'],
    ['CLM-[48158]', '[43256]', '10/27/25', '{64636}', 'CO-119', '1,060.00', 'JM'],
    ['CLM-[48177]', '[43818]', '11/03/25', '{64445}', 'CO-97', '520.00', 'JM'],
    ['CLM-[48170]', '[45201]', '10/30/25', '{63685}', 'CO-16', '[14250].00', 'RT'],
  ],
});

// ── 28. Surgeon preference card, text layer ──
const prefCard = lines({
  id: 's71-prefcard',
  kind: 's71-surgeon-preference-card-text',
  before: 'Preference card — Dr. A. Vance — SCS paddle via laminotomy',
  text: [
    'Procedure: {63655} (+ {63685} when the IPG goes in the same session)   Position: prone, Wilson frame',
    'Tray: neuromodulation paddle tray, SPD ID [64612]; add tunneling tool',
    'Gloves: 7.5 (REF [42675]) double   Meds: cefazolin 2 g; vancomycin powder 1 g in pocket',
    'Implants: rep brings REF [38455] paddle and REF [97715] IPG; bill-only PO required',
    'Closing: 2-0 Vicryl, 3-0 Monocryl, skin glue; dressing silver hydrofiber',
  ].join('\n'),
});

// ── 29. Payer portal authorization detail, text layer ──
const authDetail = lines({
  id: 's71-authdet',
  kind: 's71-payer-portal-authorization-detail-text',
  before: 'Provider portal — Authorization detail',
  text: [
    'Reference number [61144]   Status: Approved (partial)   Group [57587]',
    'Member: MAYS, RONALD   ID ***4471   Servicing facility Riverside Pain ASC ([74133])',
    'Approved: {63650} × 2 units, 11/20/2025–12/19/2025',
    'Pending: {63685} — submit the trial outcome (≥50% relief) to convert to permanent',
    'Letter mailed to the provider at PO Box [35094], Tulsa, OK [74170]',
  ].join('\n'),
});

// ── 30. Patient statement, table ──
const statement = table({
  id: 's71-stmt',
  kind: 's71-patient-statement-activity-grid',
  caption: 'Statement — account activity',
  headers: ['Date', 'Item', 'Description', 'Charges', 'Ins. paid', 'Adj', 'You owe'],
  rows: [
    ['10/08/25', '{64454}', 'Genicular nerve block', '740.00', '412.55', '255.00', '72.45'],
    ['11/12/25', '{64624}', 'Genicular RFA, right knee', '2,290.00', '1,188.30', '801.70', '300.00'],
    ['11/24/25', '{64632}', 'Plantar nerve destruction, left', '610.00', '331.12', '190.00', '88.88'],
    ['11/24/25', '{64445}', 'Sciatic nerve block, right', '520.00', '284.90', '160.00', '75.10'],
    ['11/30/25', 'PMT', 'Payment, check [10818]', '', '', '', '-150.00'],
  ],
});

// ── 31. OR schedule board, table ──
const orBoard = table({
  id: 's71-orboard',
  kind: 's71-asc-or-schedule-board-grid',
  caption: 'Riverside Pain ASC — OR board — Thursday',
  headers: ['Room', 'Time', 'Patient', 'Surgeon', 'Procedure', 'Billed code', 'Rep / vendor'],
  rows: [
    ['OR 1', '07:30', 'Mays, R (MRN [57820])', 'Vance', 'SCS trial', '{63650}', 'Sentra'],
    ['OR 1', '09:00', 'Nash, P', 'Vance', 'IPG replacement', '{63685}', 'Corvale'],
    ['OR 2', '07:30', 'Albright, K', 'Osei', 'Sciatic neurolysis + PNS lead', '{64712} {64575}', 'Corvale'],
    ['OR 2', '10:00', 'Dunn, S', 'Osei', 'Lumbar plexus neuroplasty', '{64714}', '—'],
    ['Proc rm', '13:00', 'Kemp, A', 'Patel', 'Lumbar MB RFA L3–S1', '{64635} {64636} ×2', 'Aurelis RF'],
    ['Proc rm', '14:15', 'Ibarra, M', 'Patel', 'Sciatic block + foot neuroma', '{64445} {64632}', '—'],
    ['Proc rm', '15:00', 'Holt, B', 'Patel', 'BoNT, hemifacial spasm', '{64612}', 'Pharmacy'],
  ],
});

// ── 32. Coding query to the surgeon, text layer ──
const codingQuery = lines({
  id: 's71-query',
  kind: 's71-coder-query-neurolysis-text',
  before: 'Coding query to Dr. Osei — Albright, K — DOS 11/20',
  text: [
    'The op note describes open exposure of the sciatic nerve with external neurolysis and placement of a PNS lead.',
    'We coded {64575} for the lead and {64712} for the neuroplasty; please confirm the neurolysis was a distinct service.',
    'If the nerve was only exposed to place the lead, {64712} should come off the claim.',
    'Case ID [57757]; reply in the work queue by 11/25.',
  ].join('\n'),
});

// ── 33. Intrathecal pump refill log, table ──
const pumpLog = table({
  id: 's71-pump',
  kind: 's71-intrathecal-pump-refill-log-grid',
  caption: 'Intrathecal pump refill log — November',
  headers: ['Date', 'MRN', 'Pump SN', 'Drug / conc.', 'Drug lot', 'Vol (mL)', 'Next refill', 'CPT'],
  rows: [
    ['11/03', '[48462]', 'HP0193307', 'Morphine 25 mg/mL', '[15917]', '20', '01/28/26', '{62370}'],
    ['11/10', '[28160]', 'HP0177215', 'Bupivacaine / fentanyl', '[16188]', '20', '02/04/26', '{95990}'],
    ['11/17', '[13640]', 'HP0181146', 'Baclofen 2000 mcg/mL', '[16471]', '40', '03/12/26', '{62369}'],
    ['11/24', '[57534]', 'HP0169920', 'Ziconotide 25 mcg/mL', '[18126]', '20', '12/22/25', '{62370}'],
  ],
});

// ── 34. Commercial payer policy code list, text layer ──
const payerPolicy = lines({
  id: 's71-policy',
  kind: 's71-commercial-policy-peripheral-nerve-codes-text',
  before: 'Clinical Policy Bulletin — Peripheral Nerve Procedures for Pain — Coding',
  text: [
    'CPT codes covered if selection criteria are met:',
    '{64445} Injection, anesthetic agent(s) and/or steroid; sciatic nerve, single injection',
    '{64632} Destruction by neurolytic agent; plantar common digital nerve',
    '{64640} Destruction by neurolytic agent; other peripheral nerve or branch',
    '{64712} Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    '{64714} Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
    'Not covered for the indications listed: {64624} after total knee arthroplasty; {64612} for low back pain',
    'Policy number [39645]   Last review 09/2025',
  ].join('\n'),
});

// ── 35. Scheduler hand-off in secure chat, text layer ──
const schedChat = lines({
  id: 's71-chat',
  kind: 's71-scheduler-secure-chat-handoff-text',
  before: 'Secure chat — #asc-scheduling — Wednesday 4:52 PM',
  text: [
    'Dana: Thu OR 2 is Osei — {64712} with the PNS lead for Albright, then {64714} for Dunn. Dunn auth still pending, ref [61368].',
    'Dana: Patel proc room — 3 RFAs, then {64445} + {64632} for Ibarra, then {64612} for Holt (pharmacy brings the toxin).',
    'Luis: Sentra rep needs PO [58047] signed before 7; Corvale set is on the loading dock, box 3 of 4.',
    'Luis: Holt moved from 14:15 to 15:00, callback number ext. 4471, pager [31064].',
  ].join('\n'),
});

// ── 36. Vendor reimbursement FAQ (PNS), text layer ──
const pnsFaq = lines({
  id: 's71-pnsfaq',
  kind: 's71-vendor-pns-reimbursement-faq-text',
  before: 'Corvale Neuro — Reimbursement FAQ — peripheral nerve stimulation (physician and ASC)',
  text: [
    'Q: Can the diagnostic sciatic block be billed on the day of the PNS lead? A: Report {64445} only when it is a separate, documented diagnostic service.',
    'Q: Our surgeon also frees the nerve. A: External neurolysis of the sciatic nerve is {64712}; lumbar plexus neurolysis is {64714}. Both need their own documentation.',
    'Q: Is {64632} ever paired with PNS? A: Not on the same nerve; plantar digital neurolysis is a separate episode.',
    'Reimbursement hotline case no. format: RH-[40218]. Guide ref. [30617].',
  ].join('\n'),
});

// ── 37. Loaner set shipping notice, text layer (decoy only) ──
const loanerShip = lines({
  id: 's71-loaner',
  kind: 's71-loaner-set-shipping-notice-text',
  before: 'Loaner set shipping notice — Corvale Neuro distribution center',
  text: [
    'Ship to: Riverside Pain ASC, Attn SPD, 8801 S 101st E Ave, Tulsa OK [74133]',
    'Ship from: Corvale DC, 1400 Airport Rd, Memphis TN [38118]   Order [62247]   Sales order [71930]',
    'Set ID [33805] (PNS instrument set, 4 boxes, 31 lb)   Case date 11/20   Return by 11/24',
    'Carrier: FedEx Priority Overnight, tracking 7741 9920 1186   Dock appointment 06:30',
    'Return label enclosed; account [45902]; questions: loaner desk ext. [10326]',
  ].join('\n'),
});

// ── 38. Manufacturer implant registration form, text layer (decoy only) ──
const deviceReg = lines({
  id: 's71-devreg',
  kind: 's71-manufacturer-implant-registration-form-text',
  before: 'Implant registration (tracking per 21 CFR 821) — Sentra Neuromodulation',
  text: [
    'Patient: Ronald Mays   Patient ZIP [74137]   Date of implant 11/05/2025',
    'Generator: model [97715] SN NRX2210947   Lead 1: model [38210] lot [21177]   Lead 2: model [38210] lot [21177]',
    'Implanting facility: Riverside Pain ASC, account [28337], ZIP [74133]',
    'Implanting physician: A. Vance, Sentra physician ID [70344]   Follow-up clinic ZIP [74136]',
    'Registration no. [86117]   Submitted by rep badge [40417]',
  ].join('\n'),
});

export const sealed71: Snippet[] = [
  ...trialSchedule,
  ...pathway,
  ...repLog,
  ...repJson,
  ...rfaInfo,
  ...genicularOp,
  ...paChecklist,
  ...paLines,
  ...invoiceLines,
  ...invoiceHead,
  ...billOnlyPo,
  ...implantLog,
  ...diaryCsv,
  ...outcomes,
  ...consent,
  ...lcdCoverage,
  ...lcdCodes,
  ...spdTray,
  ...recall,
  ...x12,
  ...hl7,
  ...epaXml,
  ...pickList,
  ...programming,
  ...pnsPlan,
  ...chargeTicket,
  ...denials,
  ...prefCard,
  ...authDetail,
  ...statement,
  ...orBoard,
  ...codingQuery,
  ...pumpLog,
  ...payerPolicy,
  ...schedChat,
  ...pnsFaq,
  ...loanerShip,
  ...deviceReg,
];
