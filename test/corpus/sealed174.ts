import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 174 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s174-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * cost centers, CMMS asset tags, PM and work order numbers, Excel serial dates in a CSV export, a capital request
 * and a vendor quote number, an FDA recall event id, a DICOM UID part and a scheduled step id, a patient ZIP in an
 * HL7 PID, a vendor id, a field service report number, a doc number, a PO box and contract numbers. The five known
 * codes' digits come back as decoys: a work order number (also linked as a ticket), a vendor's lockbox PO box, a
 * vendor invoice number, an ultrasound power-on hours meter, a service agreement number, an FDA recall event id, a
 * spare part number, an electrode lot number, an unregistered barcode scan, and a CMMS search for 64445 that finds
 * an asset, a closed work order and an invoice.
 *
 * Family: clinical engineering (biomedical equipment / HTM) around the procedure suites of a (fictional) hospital,
 * Platte Ridge Medical Center in St. Joseph, Missouri, where nerve blocks and neurolysis are done (Pain Procedure
 * Center rooms 1–3, the pre-op regional block bay, main OR 6, the neurology chemodenervation room): the CMMS asset
 * record, work order list and detail, PM schedule grid, electrical safety analyzer CSV, the RF generator's urgent
 * field safety notice, the FDA recall database entry and a MAUDE report, an ECRI-style alert e-mail, the room
 * utilisation dashboard, per-device case log, ultrasound exam log CSV, capital budget request form, volume
 * projection table and committee minutes, the vendor service contract exhibit, vendor invoice, field service report,
 * purchase order, quote, parts search, a Teams chat, an HL7 DFT from the procedure log, a DICOM modality worklist
 * JSON, the CMMS API JSON, PM XML export, device incident report, loaner agreement, barcode inventory scan, risk
 * scoring grid, fixed-asset depreciation grid, replacement plan, MDS2 cybersecurity notice, firmware release notes,
 * CMMS global search, Joint Commission EC PM compliance report, a physician's request e-mail, procedure volume by
 * room report, acceptance inspection checklist, contract renewal comparison, the on-call pager log, the procedure
 * suite status board, the CMMS utilisation rule table (device class to CPT) and the IOM unit's session list.
 * Built on real public layouts: CMMS screens of the TMS / Nuvolo / AIMS kind (asset, work order, PM schedule
 * fields), Fluke ESA-style safety test exports, manufacturers' "URGENT: Medical Device Correction" letters, the
 * FDA Medical Device Recalls database detail page (recall number, event id, product code, reason, action) and the
 * MAUDE MDR detail page (report key, event date, brand, manufacturer narrative), ECRI hazard alert e-mails, capital
 * request forms with volume justification, OEM service agreement equipment schedules and invoices, FSE service
 * reports, HL7 v2.5 DFT^P03 FT1 segments, DICOM MWL JSON (tag-keyed), the MDS2 form, and Joint Commission
 * EC.02.04.01 / EC.02.04.03 PM completion reports. The others are written the way those pages read, with no single
 * source.
 *
 * 399 labelled tokens over 44 shapes: 170 codes (84 of them the five known codes), 229 decoys, 80 of the decoys in
 * KNOWN_10K.
 */

// ── 1. CMMS asset record, form fields as text ──
const assetRecord = lines({
  id: 's174-asset',
  kind: 's174-cmms-asset-record-form',
  before: 'AssetLine CMMS — Asset Detail',
  text: [
    'Asset #: [40219]   Status: In Service   Risk class: High (PM required)',
    'Description: Ultrasound system, regional anesthesia / pain   Model: Sonara PX9   Mfr: Halden Medical Systems',
    'Serial: HX9-2207-1183   Control no.: CE-[18344]   Department: Pain Procedure Center (cost center [61420])',
    'Location: Bldg B, Level 1, PPC Room 1   Site: Platte Ridge Medical Center, St. Joseph, MO [64506]',
    'Primary use (clinical): US guidance for {64445}, {64447}, {64415}, {64632}; needle guidance billed as {76942}',
    'Purchase date: 06/14/2017   Cost: $[84350].00   PO: [40382]   Warranty end: 06/13/2019',
    'Service: Halden ProCare Gold, agreement SA-[64612], coverage 7a–6p M–F, 4-hr response',
    'Power-on hours (last PM): [64445]   Transducers: L12-5 (SN T5-0915), C5-1 (SN T1-2231)',
  ].join('\n'),
});

// ── 2. CMMS work order list, grid ──
const woList = table({
  id: 's174-wolist',
  kind: 's174-cmms-work-order-list-grid',
  caption: 'Open and recent work orders — Pain Procedure Center + Pre-op Block Bay',
  headers: ['WO #', 'Asset', 'Type', 'Problem', 'Opened', 'Status'],
  rows: [
    ['[64632]', '[40260]', 'CM', 'RFG-4 temp reading lags during {64635} lesion, Rm 2', '05/07/2025', 'Waiting parts'],
    ['[71219]', '[52219]', 'CM', 'Nerve stim output erratic at 0.5 mA (block bay)', '05/08/2025', 'In progress'],
    ['[71233]', '[38804]', 'SAF', 'EMG cable frayed — used for {64612} w/ {95874}', '05/12/2025', 'Complete'],
    ['[70212]', '[40260]', 'RECALL', 'FSN-2025-04 firmware upgrade', '04/22/2025', 'Open'],
    ['[71240]', '[29416]', 'CM', 'IOM-8 channel 3 noisy, OR 6 ({64712} case)', '05/15/2025', 'Complete'],
  ],
});

// ── 3. Work order detail, text ──
const woDetail = lines({
  id: 's174-wodetail',
  kind: 's174-cmms-work-order-detail-text',
  before: 'Work Order Detail',
  text: [
    'WO [64632]   Priority 2 – Urgent   Requester: R. Ilg, RN (ext. 4471)   Asset [40260] Calyx RFG-4',
    'Problem: during bilateral L4-5 RF ({64635}, {64636}) the displayed probe temp lagged ~8 s behind actual',
    'Clinical impact: case completed on RF-02 (asset [47731]) in Room 3; no patient harm reported',
    'Labor: 05/07 1.5 h D. Keller (trouble-shoot, reproduce on simulator)   05/08 0.5 h vendor call, case [08817]',
    'Parts: temp sense board P/N [64612]-03 x1, on order PO [40398]   Vendor RMA [55118]',
    'Cross-ref: manufacturer field safety notice FSN-2025-04, FDA recall event [64714]',
  ].join('\n'),
});

// ── 4. PM schedule, month grid ──
const pmGrid = table({
  id: 's174-pmgrid',
  kind: 's174-pm-schedule-month-grid',
  caption: 'PM schedule — June 2025 — Shop: Clinical Engineering (Imaging/Surgical)',
  headers: ['PM #', 'Asset', 'Device', 'Procedure', 'Interval', 'Due'],
  rows: [
    ['PM-[10396]', '[40219]', 'Ultrasound Sonara PX9', 'IPM-US-02', '6 mo', '06/02'],
    ['PM-[10411]', '[31877]', 'Ultrasound Sonara LX (portable)', 'IPM-US-03', '12 mo', '06/09'],
    ['PM-[10434]', '[52219]', 'Nerve stimulator NS-3', 'IPM-NS-01', '12 mo', '06/11'],
    ['PM-[10447]', '[47731]', 'RF generator RFG-4', 'IPM-RF-04', '12 mo', '06/18'],
  ],
});

// ── 5. Electrical safety analyzer export, CSV text ──
const esaCsv = lines({
  id: 's174-esa',
  kind: 's174-esa-safety-test-csv',
  before: 'ESA612_export_PRMC_2025-05.csv',
  text: [
    'AssetID,Device,TestDate,Standard,MainsV,PE_Res_Ohm,EarthLeak_uA,EnclLeak_uA,PatLeak_uA,Result',
    '[40219],Sonara PX9,2025-04-21,NFPA 99,119.8,0.081,112,4,NA,PASS',
    '[40260],Calyx RFG-4,2025-04-22,IEC [62353],120.0,0.112,88,3,9,PASS',
    '[29416],NeuroTrace IOM-8,2025-05-07,IEC [62353],119.6,0.071,204,5,38,PASS',
  ].join('\n'),
});

// ── 6. Manufacturer urgent field safety notice, letter text ──
const fsn = lines({
  id: 's174-fsn',
  kind: 's174-manufacturer-urgent-correction-letter-text',
  before: 'URGENT: MEDICAL DEVICE CORRECTION — Calyx RFG-4 Radiofrequency Lesion Generator',
  text: [
    'Northbeam Neurotherapeutics, Inc. · 200 Forest Park Dr, Marlborough, MA [01752] · FSN-2025-04',
    'April 17, 2025   Attn: Director of Biomedical / Clinical Engineering, Platte Ridge Medical Center',
    'Customer no. [23871]   Affected units at your site: SN RF4-19-0442, RF4-20-0618',
    'Issue: with software 3.2.1, the displayed electrode temperature may lag the measured value by up to 10 s',
    'during ramp in thermal RF of the medial branch nerves. Controlled-temperature lesions may overshoot.',
    'Action: continue use only in manual ramp mode until a Northbeam engineer installs software 3.2.4.',
    'Return the enclosed acknowledgement form by fax to 508-555-0199 or to PO Box [83120], Boston, MA [02241].',
  ].join('\n'),
});

// ── 7. FDA recall database detail page ──
const fdaRecall = lines({
  id: 's174-fdarecall',
  kind: 's174-fda-recall-database-detail',
  before: 'Medical Device Recalls — Class 2 Device Recall Calyx RFG4',
  text: [
    'Date Initiated by Firm  April 17, 2025   Create Date  May 09, 2025',
    'Recall Status  Open, Classified   Recall Number  Z-1418-2025   Event ID  [64714]',
    'Product Classification  Generator, lesion, radiofrequency — Product Code GXD   510(K)Number  K182214',
    'Product  Calyx RFG-4 Radiofrequency Lesion Generator, REF 4100-04, software 3.2.1; UDI-DI 00884412310045',
    'Recalling Firm / Manufacturer  Northbeam Neurotherapeutics, Inc., Marlborough MA [01752]-2210',
    'Quantity in Commerce  612 units   Distribution  US Nationwide, Canada',
  ].join('\n'),
});

// ── 8. MAUDE MDR report detail ──
const maude = lines({
  id: 's174-maude',
  kind: 's174-maude-mdr-report-detail',
  before: 'MAUDE Adverse Event Report: NORTHBEAM NEUROTHERAPEUTICS CALYX RFG-4 GENERATOR',
  text: [
    'MDR Report Key 21904417   Report Number 1226651-2025-[00318]   Device Problem Incorrect Measurement (1383)',
    'Event Date 03/28/2025   Event Type Malfunction   Manufacturer Contact: Regulatory Affairs, Marlborough MA [01752]',
    'Event Description: user facility reported temperature display lag during radiofrequency ablation of',
    'lumbar medial branch nerves (procedure coded {64635}). Physician stopped lesion; no injury.',
    'Manufacturer Narrative: investigation ref. CAPA-[30112]; root cause software timing, see FSN-2025-04.',
  ].join('\n'),
});

// ── 9. ECRI-style alert e-mail ──
const ecri = lines({
  id: 's174-ecri',
  kind: 's174-hazard-alert-email',
  before: 'From: Alerts Tracker <alerts@hazardwatch.example> Subject: [Action Required] Alert A-2025-0511',
  text: [
    'Alert ID: A-2025-0511   Accession [44312]   Type: Recall   Risk: Medium',
    'Device: Radiofrequency lesion generators, Northbeam Calyx RFG-4 (UMDNS [18210])',
    'Your matched inventory (from AssetLine sync): asset [40260] (PPC Rm 2), asset [47731] (PPC Rm 3)',
    'Clinical areas affected: interventional pain — genicular RFA {64624}, facet RFA {64633}–{64636}',
    'Respond by 05/22/2025. Reply to ticket [64632] has been linked automatically. Site code [31408].',
  ].join('\n'),
});

// ── 10. Room utilisation dashboard, tiles ──
const roomDash = lines({
  id: 's174-roomdash',
  kind: 's174-room-utilisation-dashboard-tiles',
  before: 'Procedure Suite Utilization — April 2025 — source: OR/Procedure case log',
  text: [
    'PPC ROOM 1 | 71% prime-time | 212 cases | top CPT {64445} (38), {64447} (31), {64483} (29), {64632} (22)',
    'PPC ROOM 2 | 64% prime-time | 177 cases | top CPT {64635} (41), {64636} (40), {64624} (22)',
    'PPC ROOM 3 | 48% prime-time | 129 cases | top CPT {64633} (26), {64632} (14), {64640} (11)',
    'BLOCK BAY 14 | 96 blocks | {64415} 33 · {64447} 27 · {64445} 19 · {64448} 17',
    'NEURO PROC RM | 58 cases | {64612} 34 · {64615} 24 | EMG guidance {95874} 52',
    'MAIN OR 6 | nerve cases 9 | {64712} 5 · {64714} 2 · {64708} 2 | IOM unit asset [29416]',
  ].join('\n'),
});

// ── 11. Per-device case log, grid ──
const caseLog = table({
  id: 's174-caselog',
  kind: 's174-device-case-log-grid',
  caption: 'Device Case Log — Asset 40219 Sonara PX9 (PPC Room 1) — 05/12/2025–05/16/2025',
  headers: ['Date', 'Case #', 'Room', 'Proceduralist', 'CPT', 'US min'],
  rows: [
    ['05/12', '[25541]', 'PPC 1', 'Dr. Havel', '{64445}-RT', '9'],
    ['05/12', '[25543]', 'PPC 1', 'Dr. Havel', '{64447}, {76942}', '7'],
    ['05/13', '[25560]', 'PPC 1', 'Dr. Osei', '{64632}-T1', '6'],
    ['05/13', '[25562]', 'PPC 1', 'Dr. Osei', '{64445}-LT', '11'],
    ['05/14', '[25579]', 'PPC 1', 'Dr. Havel', '{64450}', '5'],
    ['05/14', '[25581]', 'PPC 1', 'Dr. Osei', '{64632}-T4', '7'],
    ['05/15', '[25596]', 'PPC 1', 'Dr. Osei', '{64632}-T2, {64632}-T3', '12'],
    ['05/15', '[25598]', 'PPC 1', 'Dr. Havel', '{64445}-RT, {64447}-RT', '10'],
    ['05/16', '[25610]', 'PPC 1', 'Dr. Havel', '{64415}', '8'],
    ['05/16', '[25612]', 'PPC 1', 'Dr. Havel', '{64445}-LT', '9'],
  ],
});

// ── 12. Ultrasound exam log export, CSV text ──
const usCsv = lines({
  id: 's174-uscsv',
  kind: 's174-ultrasound-exam-log-csv',
  before: 'Sonara_PX9_HX9-2207-1183_examlog.csv (exported via USB by CE)',
  text: [
    'ExamNo,StartDate,Preset,Transducer,Clips,Operator,ProcCode',
    '[18802],[45787],MSK-Nerve,L12-5,3,MHAVEL,{64445}',
    '[18803],[45787],MSK-Nerve,L12-5,2,MHAVEL,{64447}',
    '[18807],[45792],Foot-Small Parts,L12-5,4,AOSEI,{64632}',
    '[18811],[45792],MSK-Nerve,C5-1,2,MHAVEL,{64445}',
    '[18815],[45796],Neck,L12-5,1,AOSEI,{64415}',
  ].join('\n'),
});

// ── 13. Capital budget request form, text ──
const capForm = lines({
  id: 's174-capform',
  kind: 's174-capital-request-form-text',
  before: 'FY2026 CAPITAL EQUIPMENT REQUEST — Platte Ridge Medical Center',
  text: [
    'Request no. CR-26-[40114]   Department: Pain Procedure Center   Cost center [61420]   GL [17400]',
    'Item: (2) ultrasound systems to replace assets [40219] and [40256] (end of support 12/31/2025); (1) RF generator',
    'Estimated cost: $96,400 each ultrasound; RF generator $38,750; total $231,550 incl. install',
    'Justification: FY2024 volume 2,148 guided procedures; sciatic blocks ({64445}) up 22%, plantar digital',
    'neurolysis ({64632}) up 31% since podiatry joined; facial chemodenervation ({64612}) moved to neuro room.',
    'Open neurolysis of the sciatic nerve ({64712}) and lumbar plexus ({64714}) use IOM in OR 6; not requested.',
    'Prepared by: D. Keller, CBET, Clinical Engineering   Approver: VP Surgical Services',
  ].join('\n'),
});

// ── 14. Capital volume projection, grid ──
const capVol = table({
  id: 's174-capvol',
  kind: 's174-capital-volume-projection-grid',
  caption: 'Attachment B — Procedure volumes by CPT (device-dependent) — actual and projected',
  headers: ['CPT', 'Description', 'Device', 'FY2023', 'FY2024', 'FY2026 proj.'],
  rows: [
    ['{64445}', 'Sciatic nerve block, single', 'Ultrasound', '312', '381', '430'],
    ['{64447}', 'Femoral nerve block, single', 'Ultrasound', '288', '301', '320'],
    ['{64415}', 'Brachial plexus block, single', 'Ultrasound', '240', '262', '280'],
    ['{64632}', 'Neurolysis, plantar common digital nerve', 'Ultrasound', '74', '97', '125'],
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', 'EMG/stim', '118', '126', '130'],
    ['{64635}', 'RF destruction, lumbar facet, single level', 'RF generator', '402', '437', '470'],
    ['{64624}', 'RF destruction, genicular nerves', 'RF generator', '61', '96', '140'],
    ['{64712}', 'Neuroplasty, sciatic nerve', 'IOM (OR 6)', '14', '17', '18'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'IOM (OR 6)', '5', '6', '6'],
  ],
});

// ── 15. Capital committee minutes, text ──
const capMinutes = lines({
  id: 's174-capmin',
  kind: 's174-capital-committee-minutes-text',
  before: 'Capital Allocation Committee — Minutes — May 22, 2025',
  text: [
    '4.3 CR-26-[40114] Pain Procedure Center ultrasound and RF (presented by D. Keller, Clinical Engineering).',
    'Committee asked whether the RF volume ({64635}/{64636}) would hold if the payer policy on repeat RFA changes;',
    'Finance noted {64445} volume rises with the ortho joint program (popliteal sciatic blocks, {64445}-RT/LT). Podiatry growth in {64632} was noted. Vendor quote Q-[55106].',
    'Motion to approve ultrasound x2 (priority score [10620] of 13,000 pts pool) carried; RF generator deferred',
    'until the recall (FDA event [64714]) closes. Next review: July meeting, Rm 2210, Admin Bldg.',
  ].join('\n'),
});

// ── 16. Vendor service contract equipment schedule, grid ──
const contractExhibit = table({
  id: 's174-contract',
  kind: 's174-service-contract-exhibit-grid',
  caption: 'Exhibit A — Covered Equipment — Halden ProCare Agreement SA-64612 — Term 07/01/2024–06/30/2025',
  headers: ['Line', 'Customer asset', 'System', 'Serial', 'Coverage', 'Annual fee'],
  rows: [
    ['1', '[40219]', 'Sonara PX9', 'HX9-2207-1183', 'Gold', '$11,280.00'],
    ['2', '[40256]', 'Sonara PX9', 'HX9-2207-1190', 'Gold', '$11,280.00'],
    ['3', '[31877]', 'Sonara LX', 'HLX-2011-0057', 'Parts only', '$4,915.00'],
    ['4', '—', 'L12-5 transducer (x3)', 'various', 'Probe care', '$10,526.00'],
  ],
});

// ── 17. Vendor invoice, PDF text layer ──
const invoice = lines({
  id: 's174-invoice',
  kind: 's174-vendor-invoice-pdf-text',
  before: 'INVOICE — Halden Medical Systems, Inc.',
  text: [
    'Invoice No. [64714]   Invoice Date 05/19/2025   Customer No. [23871]   PO No. [40398]   Terms Net 45',
    'Bill To: Platte Ridge Medical Center, Accounts Payable, PO Box 1180, St. Joseph, MO [64506]',
    'Remit To: Halden Medical Systems, Inc., PO Box [64445], Chicago, IL [60693]',
    'Line 1  Service call 05/16/2025, asset [40256], probe L12-5 element dropout seen in {64445} case   Labor 2.0 h   $0.00 (contract)',
    'Line 2  Transducer exchange, P/N [31640]-R refurbished   Qty 1   $[10285].00',
    'Subtotal $10,285.00   Tax exempt cert. [41008]   Total due $10,285.00   FEIN 36-4410781',
  ].join('\n'),
});

// ── 18. Field service report, text ──
const fsr = lines({
  id: 's174-fsr',
  kind: 's174-field-service-report-text',
  before: 'Northbeam Field Service Report',
  text: [
    'FSR [70538]   Site [31408] Platte Ridge MC   Engineer: T. Marchetti   Date: 05/22/2025',
    'System: Calyx RFG-4   SN RF4-19-0442   Customer asset [40260]   Reason: FSN-2025-04 (FDA event [64714])',
    'Work performed: installed software 3.2.4; verified temp accuracy at 60/80/90 °C with test load; passed.',
    'Clinician sign-off: ran simulated {64635} protocol (3 lesions, 90 s) — displayed vs. measured within 1 °C.',
    'Travel 1.0 h   Labor 2.5 h   Charge: no charge (field action)   Generator run hours [12733]',
  ].join('\n'),
});

// ── 19. Purchase order, text ──
const po = lines({
  id: 's174-po',
  kind: 's174-purchase-order-text',
  before: 'PURCHASE ORDER — Platte Ridge Medical Center Materials Management',
  text: [
    'PO Number [40398]   Date 05/08/2025   Vendor [10657] Northbeam Neurotherapeutics   Ship Via: FedEx Priority',
    'Ship To: Clinical Engineering, 1800 Faraon Ridge Pkwy, Dock C, St. Joseph, MO [64506]',
    '1  Temperature sense board, RFG-4   Mfr P/N [64612]-03   Qty 1   Unit $1,420.00   Acct [71350]-[61420]',
    'Reference: WO [64632] (asset [40260])',
  ].join('\n'),
});

// ── 20. Vendor quote, grid ──
const quote = table({
  id: 's174-quote',
  kind: 's174-vendor-quote-grid',
  caption: 'Quote Q-55106 — Halden Medical Systems — valid 90 days — for CR-26-40114',
  headers: ['Item', 'Catalog #', 'Description', 'Qty', 'Ext. price'],
  rows: [
    ['1', '[78220]', 'Sonara PX12 system, nerve/MSK package', '2', '$172,800.00'],
    ['2', '[78245]', 'L15-4 linear transducer', '2', '$14,600.00'],
    ['3', '[78251]', 'Needle-guide software (in-plane enhancement)', '2', '$6,400.00'],
    ['4', '[70576]', 'Trade-in credit, Sonara PX9 (assets [40219], [40256])', '-2', '($12,000.00)'],
  ],
});

// ── 21. Parts search results ──
const parts = lines({
  id: 's174-parts',
  kind: 's174-parts-search-results',
  before: 'Parts catalog search: "stimulator cable"  — 4 results',
  text: [
    'Stimuloc NS-3 patient cable, 1.5 m — P/N [52210]-01 — $86.00 — In stock (Kansas City depot, [64120])',
    'Surface electrode, pre-gelled, 50/pk — Lot [64445] — for NS-3 transcutaneous mapping — $19.00',
    'MyoGuide EMG needle cable, for {64612} / {64615} chemodenervation guidance — P/N [38812] — $112.00',
  ].join('\n'),
});

// ── 22. Teams chat thread ──
const chat = lines({
  id: 's174-chat',
  kind: 's174-teams-chat-thread',
  before: 'Chat — PPC Charge Nurse / Clinical Engineering',
  text: [
    'Rachel Ilg 7:42 AM: RF-01 is still tagged out? we have 6 facet RFAs on the board today ({64635} x4, {64633} x2)',
    'Dan Keller 7:44 AM: yes, wo [64632] still waiting on the board. Move them to Rm 3, RF-02 (asset [47731]) is good',
    'Rachel Ilg 7:45 AM: ok. also block bay stim is acting up again, the one with tag [52219]',
    'Dan Keller 7:47 AM: swap in the loaner, serial NS3-L-[20871]. I opened ticket [64632]... sorry, new one is [71262]',
    'Rachel Ilg 7:51 AM: thx. Dr Havel wants to know if the new US is coming before we add more {64445}s',
  ].join('\n'),
});

// ── 23. HL7 DFT charge message from procedure log ──
const hl7 = lines({
  id: 's174-hl7',
  kind: 's174-hl7-dft-charge-message',
  before: 'Interface engine — message viewer — DFT^P03 from ProcLog to billing',
  text: [
    'MSH|^~\\&|PROCLOG|PRMC|HB|PRMC|202505131022||DFT^P03|[88314]|P|2.5',
    'PID|1||MR[40211]^^^PRMC||DOE^JANE||19580214|F|||12 ELM ST^^SAVANNAH^MO^[64485]',
    'FT1|1|||20250513||CG|{64632}^Destruction neurolytic agent plantar digital^CPT4|||1||||PPC1|[61407]',
    'FT1|2|||20250513||CG|{76942}^US guidance needle placement^CPT4|||1||||PPC1|[61407]',
    'ZDV|1|[40219]^Sonara PX9^AssetLine|US-MIN^6',
  ].join('\n'),
});

// ── 24. DICOM modality worklist JSON ──
const mwl = lines({
  id: 's174-mwl',
  kind: 's174-dicom-worklist-json',
  before: 'MWL query response (DICOM JSON) — AE SONARA_PPC2',
  text: [
    '"00080050": {"vr": "SH", "Value": ["A[44807]"]},',
    '"00321064": {"vr": "SQ", "Value": [{"00080100": {"vr": "SH", "Value": ["{64635}"]},',
    '  "00080102": {"vr": "SH", "Value": ["CPT4"]}, "00080104": {"vr": "LO", "Value": ["RF facet L4-5"]}}]},',
    '"0020000D": {"vr": "UI", "Value": ["1.2.840.[10008].5.1.4.31.2025.[70499]"]},',
    '"00400001": {"vr": "AE", "Value": ["SONARA_PPC2"]}, "00400009": {"vr": "SH", "Value": ["SPS[23309]"]}',
  ].join('\n'),
});

// ── 25. CMMS asset API JSON ──
const apiJson = lines({
  id: 's174-api',
  kind: 's174-cmms-asset-api-json',
  before: 'GET /api/v2/assets?tag=52219 — 200 OK',
  text: [
    '{ "assetTag": "[52219]", "model": "Stimuloc NS-3", "manufacturer": "Vectra Regional", "serial": "NS3-1804-[22718]",',
    '  "location": { "site": "PRMC", "zip": "[64506]", "room": "PREOP-BAY14" }, "costCenter": "[61420]",',
    '  "clinicalUse": ["{64445}", "{64447}", "{64415}"], "riskScore": 14,',
    '  "lastPm": { "wo": "[69877]", "date": "2024-06-11", "result": "PASS" } }',
  ].join('\n'),
});

// ── 26. PM schedule XML export ──
const pmXml = lines({
  id: 's174-pmxml',
  kind: 's174-pm-schedule-xml-export',
  before: 'pm_export_2025Q2.xml',
  text: [
    '<pmSchedule site="PRMC" zip="[64506]" generated="2025-05-30">',
    '  <pm id="[10447]" asset="[47731]" proc="IPM-RF-04" due="2025-06-18" meterHrs="[12480]"/>',
    '  <pm id="[10452]" asset="[40260]" proc="IPM-RF-04" due="2025-06-18" hold="recall FDA event [64714]"/>',
    '  <pm id="[10461]" asset="[38804]" proc="IPM-EMG-01" due="2025-06-23" note="used for {64612}/{95874}"/>',
    '</pmSchedule>',
  ].join('\n'),
});

// ── 27. Device-related incident report form ──
const incident = lines({
  id: 's174-incident',
  kind: 's174-device-incident-report-form',
  before: 'Safety Event Report — Medical Device Involved (CE review section)',
  text: [
    'Event no. SE-[31206]   Date/time 05/07/2025 10:14   Location PPC Room 2   Harm: None (reached patient, no harm)',
    'Procedure in progress: RF ablation L4-5 medial branch, CPT {64635}-50 / {64636}-50 (per case log)',
    'Device: Calyx RFG-4, asset [40260], sequestered Y, probe lot [70415] retained with device',
    'Clinical engineering findings: reproduced temp lag on simulator; matches FSN-2025-04. WO [64632].',
    'Reported to FDA via MedWatch 3500A? Not required (malfunction, voluntary). Mfr notified, complaint [30187].',
  ].join('\n'),
});

// ── 28. Loaner agreement ──
const loaner = lines({
  id: 's174-loaner',
  kind: 's174-loaner-agreement-text',
  before: 'Equipment Loan Agreement — Vectra Regional, Inc.',
  text: [
    'Loan no. LN-[20871]   Unit: Stimuloc NS-3 (demo), SN NS3-L-[20871]   Loan period 05/09/2025–06/08/2025',
    'Consignee: Platte Ridge Medical Center, Clinical Engineering, St. Joseph, MO [64506]',
    'Purpose: replacement while customer asset [52219] is repaired under WO [71219] (peripheral blocks, CPT {64445}/{64447})',
    'Return to: Vectra Regional Service, 4410 W. 135th St, Overland Park, KS [66223]   RMA [55118]',
  ].join('\n'),
});

// ── 29. Barcode inventory scan list ──
const scan = lines({
  id: 's174-scan',
  kind: 's174-barcode-inventory-scan-list',
  before: 'Handheld inventory — Round: PPC + Block Bay — 05/20/2025 06:12 — scanned by DK',
  text: [
    '06:12:44  [40219]  OK  PPC-RM1',
    '06:13:02  [40256]  OK  PPC-RM2',
    '06:13:30  [40260]  OUT OF SERVICE (tag)  PPC-RM2',
    '06:14:11  [47731]  OK  PPC-RM3',
    '06:15:48  [64712]  NOT FOUND IN CMMS — unregistered warmer?  PREOP-BAY14',
  ].join('\n'),
});

// ── 30. Equipment risk scoring grid ──
const risk = table({
  id: 's174-risk',
  kind: 's174-equipment-risk-score-grid',
  caption: 'Equipment inclusion / risk scores (Fennigkoh–Smith) — procedure suite devices',
  headers: ['Asset', 'Type', 'Function', 'Risk', 'Maint.', 'Total', 'PM interval'],
  rows: [
    ['[40219]', 'Ultrasound', '6', '3', '3', '12', '6 mo'],
    ['[40260]', 'RF generator', '9', '5', '4', '18', '12 mo'],
    ['[29416]', 'IOM nerve monitor', '8', '4', '4', '16', '6 mo'],
  ],
});

// ── 31. Fixed-asset depreciation grid ──
const depr = table({
  id: 's174-depr',
  kind: 's174-fixed-asset-depreciation-grid',
  caption: 'Fixed Asset Register — Dept 61420 Pain Procedure Center — as of 04/30/2025',
  headers: ['FA #', 'Tag', 'Description', 'In service', 'Cost', 'Accum. depr.', 'NBV'],
  rows: [
    ['FA-[20117]', '[40219]', 'ULTRASOUND SONARA PX9', '07/2017', '84,350.00', '84,350.00', '0.00'],
    ['FA-[20118]', '[40256]', 'ULTRASOUND SONARA PX9', '07/2017', '84,350.00', '84,350.00', '0.00'],
    ['FA-[22906]', '[40260]', 'RF LESION GENERATOR', '03/2019', '36,900.00', '31,365.00', '5,535.00'],
    ['FA-[24413]', '[47731]', 'RF LESION GENERATOR', '11/2020', '37,480.00', '24,987.00', '12,493.00'],
  ],
});

// ── 32. Replacement planning report grid ──
const replace = table({
  id: 's174-replace',
  kind: 's174-replacement-planning-report-grid',
  caption: 'Medical Equipment Replacement Plan FY2026–FY2028 — procedure suites',
  headers: ['Asset', 'Device', 'Age', 'EOS date', 'Uses (CPT)', 'Priority', 'Est. cost'],
  rows: [
    ['[40219]', 'Sonara PX9', '8', '12/31/2025', '{64445}, {64447}, {64632}', '1', '$96,400'],
    ['[40256]', 'Sonara PX9', '8', '12/31/2025', '{64445}, {64635} guidance, {64415}', '1', '$96,400'],
    ['[38804]', 'MyoGuide EMG', '9', '06/30/2026', '{64612}, {64615}', '2', '$18,900'],
    ['[29416]', 'NeuroTrace IOM-8', '6', '—', '{64712}, {64714}, {64708}', '3', '$62,500'],
  ],
});

// ── 33. MDS2 / cybersecurity patch notice ──
const cyber = lines({
  id: 's174-cyber',
  kind: 's174-mds2-cyber-patch-notice',
  before: 'Medical Device Security — Patch Advisory PSA-2025-07 (Halden Sonara family)',
  text: [
    'Affected: Sonara PX9 software 6.1 and earlier (Windows 10 IoT LTSC 2019 base), MDS2 form rev. [10088]',
    'CVE-2025-[21298] (OLE remote code execution) — vendor-validated patch bundle KB[50372] (cumulative)',
    'Network: DICOM port 104, storage SCU to PACS 10.40.12.8:[11112]; no inbound connections required',
    'PRMC assets in scope: [40219], [40256], [31877]. Install window coordinated with PPC schedule (no {64445} or {64632} cases Friday pm).',
  ].join('\n'),
});

// ── 34. RF generator firmware release notes ──
const relnotes = lines({
  id: 's174-relnotes',
  kind: 's174-rf-firmware-release-notes',
  before: 'Calyx RFG-4 Software 3.2.4 — Release Notes (Doc [70611] Rev B)',
  text: [
    'Resolved: temperature display latency during ramp (FSN-2025-04, internal defect [40304]).',
    'New: genicular protocol presets (3 targets, 90 s at 80 °C) for {64624}; cooled-RF preset for knee.',
    'New: facet presets labelled by level for {64633}/{64634} (cervical/thoracic) and {64635}/{64636} (lumbar/sacral).',
    'Known issue [40329]: report export USB fails on FAT32 drives over 32 GB.',
  ].join('\n'),
});

// ── 35. CMMS global search results ──
const search = lines({
  id: 's174-search',
  kind: 's174-cmms-global-search-results',
  before: 'Search AssetLine: "64445"  — 5 matches',
  text: [
    'Asset [64445]  Infusion pump channel, Alaris-type — 4 West (not procedure suite)',
    'WO [64445]  (closed 2022) Bed exit alarm, ICU 7',
    'Invoice [64445]  Stryker-type OR table service, 2023',
    'Text match: capital request CR-26-[40114] — "…sciatic blocks ({64445}) up 22%…"',
    'Vendor remit PO Box [64445] (Halden Medical Systems)',
  ].join('\n'),
});

// ── 36. Joint Commission PM compliance report ──
const tjc = table({
  id: 's174-tjc',
  kind: 's174-tjc-ec-pm-compliance-report',
  caption: 'EC.02.04.03 PM completion — high-risk equipment — Q1 2025',
  headers: ['Dept (CC)', 'High-risk scheduled', 'Completed', '%', 'Overdue WO'],
  rows: [
    ['Pain Procedure Ctr ([61420])', '14', '14', '100', '—'],
    ['Pre-op / Block Bay ([64681])', '9', '8', '89', '[69877]'],
    ['Surgery – Main OR ([64697])', '212', '209', '98.6', '[70115], [70130]'],
    ['Neurology Clinic ([65022])', '6', '6', '100', '—'],
  ],
});

// ── 37. Physician request e-mail ──
const docEmail = lines({
  id: 's174-docemail',
  kind: 's174-physician-request-email',
  before:
    'From: Havel, Martin MD  To: Keller, Dan; Surgical Services Admin  Subject: RE: RF generator / US replacement',
  text: [
    'Dan — for the capital form, our genicular volume ({64624}/{64625}) nearly doubled and we turn away',
    'lumbar RF add-on levels ({64636}) and even {64445} popliteal blocks when Rm 2 is down. Podiatry is doing {64632} in our Room 1 Tuesdays',
    '(that is {64632}, plantar digital neurolysis, usually 2–3 per visit) and the PX9 image is the bottleneck.',
    'Dr. Osei also needs the EMG cart for {64612} twice a month in PPC. Call me at 816-555-0162, pager [47120].',
  ].join('\n'),
});

// ── 38. Procedure volume by room report ──
const volRoom = table({
  id: 's174-volroom',
  kind: 's174-procedure-volume-by-room-report',
  caption: 'Report: Procedure Volume by Room and CPT (Clarity extract) — Jan–Apr 2025',
  headers: ['Room', 'CPT', 'Mod', 'Cases', 'Device asset'],
  rows: [
    ['PPC 1', '{64445}', 'RT/LT', '126', '[40219]'],
    ['PPC 1', '{64632}', 'T1–T4', '41', '[40219]'],
    ['PPC 2', '{64635}', '50', '158', '[40260]'],
    ['PPC 3', '{64640}', '', '37', '[47731]'],
    ['NEURO', '{64612}', 'RT/LT', '44', '[38804]'],
    ['OR 6', '{64712}', '', '6', '[29416]'],
    ['OR 6', '{64714}', '', '2', '[29416]'],
    ['BAY 14', '{64447}', 'RT/LT', '109', '[52219]'],
  ],
});

// ── 39. Acceptance (incoming) inspection checklist ──
const accept = lines({
  id: 's174-accept',
  kind: 's174-acceptance-inspection-checklist',
  before: 'Incoming Inspection / Acceptance Test — New Equipment',
  text: [
    'Receiving no. RCV-[50113]   PO [40382]   Packing slip [81734]   Received 06/10/2017',
    'Device: Sonara PX9   SN HX9-2207-1183   Assigned asset tag [40219]',
    '[x] Electrical safety (NFPA 99) — earth leakage 108 µA   [x] Image QA phantom, L12-5, depth 4 cm',
    '[x] In-service for PPC staff (nerve block workflow, {64445} / {64447} presets)   [x] CMMS record created',
  ].join('\n'),
});

// ── 40. Contract renewal comparison grid ──
const renewal = table({
  id: 's174-renewal',
  kind: 's174-contract-renewal-comparison-grid',
  caption: 'Service contract renewal comparison — ultrasound fleet, procedure suites — FY2026',
  headers: ['Option', 'Vendor', 'Coverage', 'Annual', 'Uptime guar.', 'Contract #'],
  rows: [
    ['A', 'Halden (OEM)', 'Gold, 7a–6p', '$27,485', '97%', 'SA-[64612] renewal'],
    ['B', 'Meridian ISO Services', 'Parts + labor', '$19,750', '95%', 'MIS-[40285]'],
    ['C', 'In-house + parts plan', 'Parts only', '$11,900', '—', 'PP-[70659]'],
  ],
});

// ── 41. On-call pager log ──
const pager = lines({
  id: 's174-pager',
  kind: 's174-oncall-pager-log',
  before: 'CE on-call log — week of 05/05/2025',
  text: [
    '05/07 09:58  page from PPC x4471 — RF gen temp lag, pt on table, {64635} L4-5; switched rooms. WO [64632]',
    '05/08 06:40  page from Pre-op x2210 — stim no output mid {64445} popliteal block; loaner ordered LN-[20871]',
    '05/10 14:05  page from OR 6 x3308 — IOM channel noise before sciatic neurolysis ({64712}); cable swap',
    '05/11 22:17  callback from Northbeam tech line, case [08817]',
  ].join('\n'),
});

// ── 42. Procedure suite day board, grid ──
const dayBoard = table({
  id: 's174-board',
  kind: 's174-procedure-suite-day-board',
  caption: 'Procedure Suite Status Board — Tue 05/13/2025 — equipment column fed from AssetLine',
  headers: ['Time', 'Room', 'Patient', 'Procedure', 'CPT', 'Equipment', 'Status'],
  rows: [
    ['07:30', 'PPC 1', 'D., J.', 'Neurolysis plantar digital nerve, L 3rd web', '{64632}', 'US-01', 'Done'],
    ['08:15', 'PPC 1', 'M., R.', 'Sciatic block, popliteal, R', '{64445}', 'US-01, NS-01', 'Done'],
    ['09:00', 'PPC 1', 'K., L.', 'Sciatic block + saphenous', '{64445}, {64447}', 'US-01', 'In room'],
    ['09:45', 'PPC 1', 'T., A.', 'Plantar digital neurolysis x2', '{64632} x2', 'US-01', 'Pre-op'],
    ['07:30', 'PPC 2', 'H., B.', 'RFA lumbar medial branch L4-5, L5-S1', '{64635}, {64636}', 'RF-02 (moved)', 'Done'],
    ['10:30', 'PPC 2', 'W., S.', 'Sciatic nerve block, R', '{64445}', 'US-02', 'Scheduled'],
    ['08:00', 'NEURO', 'P., C.', 'Chemodenervation facial nerve, R (hemifacial spasm)', '{64612}', 'EMG-01', 'Done'],
    ['08:40', 'NEURO', 'G., E.', 'Chemodenervation facial nerve, L', '{64612}', 'EMG-01', 'Done'],
    ['07:30', 'OR 6', 'F., N.', 'Open neurolysis sciatic nerve, L', '{64712}', 'IOM-01, scope', 'In OR'],
    ['11:00', 'OR 6', 'V., Q.', 'Lumbar plexus decompression', '{64714}', 'IOM-01', 'Scheduled'],
    ['12:30', 'BAY 14', 'R., U.', 'Sciatic block, continuous (catheter)', '{64446}', 'US-03, NS-02', 'Scheduled'],
  ],
});

// ── 43. CMMS utilisation configuration: device class to CPT, grid ──
const utilConfig = table({
  id: 's174-utilcfg',
  kind: 's174-cmms-device-cpt-utilisation-config',
  caption: 'AssetLine › Admin › Utilization Rules — procedures counted against each device class',
  headers: ['Device class', 'UMDNS', 'CPT codes counted', 'Count rule'],
  rows: [
    ['Ultrasound, general purpose', '[15976]', '{64445}, {64447}, {64415}, {64632}, {76942}', 'per case'],
    ['Nerve stimulator, peripheral', '[16195]', '{64445}, {64446}, {64447}, {64448}, {64450}', 'per case'],
    ['Generator, RF lesion', '[18210]', '{64633}–{64636}, {64624}, {64640}, {64632}', 'per lesion level'],
    ['EMG / stim, chemodenervation', '[17478]', '{64612}, {64615}, {95874}', 'per case'],
    ['Monitor, intraoperative nerve', '[18440]', '{64712}, {64714}, {64708}', 'per case'],
  ],
});

// ── 44. IOM unit session list, device screen text ──
const iomSessions = lines({
  id: 's174-iom',
  kind: 's174-iom-unit-session-list',
  before: 'NeuroTrace IOM-8 — Session Manager — Unit PRMC OR6 (asset 29416)',
  text: [
    '2025-04-08 07:52  OR6  Surg: Lutz  Proc: sciatic neurolysis (CPT {64712})  Ch 1-4  412 MB',
    '2025-04-15 12:10  OR6  Surg: Lutz  Proc: lumbar plexus decompression (CPT {64714})  Ch 1-8  1.1 GB',
    '2025-04-29 07:45  OR6  Surg: Ames  Proc: sciatic neurolysis + tibial ({64712}, {64708})  Ch 1-6  655 MB',
    '2025-05-10 07:40  OR6  Surg: Lutz  Proc: sciatic neurolysis ({64712})  Ch 1-4  ABORTED ch3 noise, see WO [71240]',
    '2025-05-13 07:31  OR6  Surg: Lutz  Proc: {64712}  Ch 1-4  in progress   Export dir D:\\IOM\\[25574]',
  ].join('\n'),
});

export const sealed174: readonly Snippet[] = [
  ...assetRecord,
  ...woList,
  ...woDetail,
  ...pmGrid,
  ...esaCsv,
  ...fsn,
  ...fdaRecall,
  ...maude,
  ...ecri,
  ...roomDash,
  ...caseLog,
  ...usCsv,
  ...capForm,
  ...capVol,
  ...capMinutes,
  ...contractExhibit,
  ...invoice,
  ...fsr,
  ...po,
  ...quote,
  ...parts,
  ...chat,
  ...hl7,
  ...mwl,
  ...apiJson,
  ...pmXml,
  ...incident,
  ...loaner,
  ...scan,
  ...risk,
  ...depr,
  ...replace,
  ...cyber,
  ...relnotes,
  ...search,
  ...tjc,
  ...docEmail,
  ...volRoom,
  ...accept,
  ...renewal,
  ...pager,
  ...dayBoard,
  ...utilConfig,
  ...iomSessions,
];
