import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 41 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s41-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (imaging, guidance, anesthesia, sedation and pain-procedure codes). About a third of the
 * decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as accession numbers, study ids, RBM case and
 * auth numbers, CDM items, contrast lots, DAP readings, ZIPs and claim numbers. The five known codes' digits come back
 * as decoys: a DAP reading and a claim-number suffix (64712), an appeals PO box (64714), a contrast lot (64445), a
 * PACS study id (64612) and an IR case number (64632). Other hard decoys: the 10008 inside a DICOM SOP class UID, a
 * five-digit run inside a study instance UID, the DICOM port 11112, NDC labeller codes (50419, 63323, 67684), a
 * Medicare carrier number, and requested-procedure ids in the 7xxxx range; hard codes: CPT values inside DICOM code
 * sequences and HL7 OBR fields, codes with -26/-TC appended, ranges (64490–64495), codes in free-text notes and
 * comment columns.
 *
 * Family: imaging and image-guided procedure administration: RIS technologist worklist, PACS study browser, imaging
 * orders and an HL7 ORM order message, an MR neurography protocol sheet, radiology benefit manager (RBM) request
 * screen, approval and adverse-determination letters, auth look-up, program code list and peer-to-peer note,
 * imaging-center and pain-ASC schedules, ultrasound-guided block documentation (sciatic, adductor canal/iPACK, Morton
 * neuroma neurolysis, EMG-guided facial chemodenervation) with guidance codes beside block codes and the anesthesia
 * charge entry, fluoroscopy dose and contrast logs, a DICOM header dump and modality worklist fields, radiology charge
 * capture, the 26/TC split (fee look-up and billing memo), teleradiology reading queue and final report, RADPEER peer
 * review log, QA committee minutes, IR procedure log, CT exam completion panel and a professional denials queue.
 * Built on real public layouts: dcmdump output and the DICOM PS3.6 data dictionary (AccessionNumber 0008,0050, StudyID
 * 0020,0010, ProcedureCodeSequence 0008,1032, RequestedProcedureCodeSequence 0032,1064, coding scheme C4), the
 * Modality Worklist C-FIND keys (PS3.4 annex K), HL7 v2.3 ORM^O01 segments (MSH, PID, PV1, ORC, OBR, OBX, DG1, IN1),
 * the Medicare physician fee schedule look-up (HCPCS, MOD, PCTC IND, carrier, locality), ACR RADPEER scores (1, 2a/2b,
 * 3a/3b), the FDA 5-4-2 NDC format, UB-04 revenue codes (0250, 0350, 0370, 0636, 0761) and CARC denial codes (CO-16,
 * CO-50, CO-97, CO-197). The others are written the way those pages read, with no single source.
 *
 * 359 labelled tokens over 32 shapes: 156 codes, 203 decoys, 69 of the decoys in KNOWN_10K.
 */

// ── 1. RIS technologist worklist, MRI rooms, table ──
const risWorklist = table({
  id: 's41-riswl',
  kind: 's41-ris-technologist-exam-worklist-rows',
  caption: 'Tech Worklist — MRI — Northside Imaging Pavilion — 10/14/2025 — filtered: MR1, MR2',
  headers: ['Appt', 'Accession', 'Patient', 'Procedure', 'CPT', 'Auth #', 'Status', 'Rm', 'Tech note'],
  rows: [
    ['07:00', '[24188]', 'Whitcomb, Lena', 'MRI L-SPINE WO CONTRAST', '{72148}', 'EV-[33797]', 'Arrived', 'MR1', ''],
    [
      '07:45',
      '[24191]',
      'Dasgupta, Arun',
      'MR NEUROGRAPHY LUMBOSACRAL PLEXUS WO/W',
      '{72197}',
      'EV-[34102]',
      'Protocoled',
      'MR2',
      'see protocol sheet',
    ],
    ['08:30', '[24203]', 'Ferreira, Joao', 'MRI KNEE RT WO', '{73721}', 'not required', 'Scheduled', 'MR1', ''],
    ['09:15', '[24207]', 'Kowalczyk, Anna', 'MRI BRAIN WO/W', '{70553}', 'EV-[36413]', 'Scheduled', 'MR2', 'IV 22G'],
    [
      '10:00',
      '[24215]',
      'Osei, Kwame',
      'MRI PELVIS WO',
      '{72195}',
      'EV-[38950]',
      'Scheduled',
      'MR1',
      'post-op L sciatic neurolysis {64712} 09/02 — metal screen done',
    ],
    ['10:45', '[24219]', 'Lindgren, Marit', 'MRI THIGH LT WO/W', '{73720}', 'EV-[39481]', 'On hold — auth', 'MR2', ''],
  ],
});

// ── 2. PACS study browser for one patient, table ──
const pacsList = table({
  id: 's41-pacs',
  kind: 's41-pacs-study-browser-rows',
  caption: 'PACS — Study List — Patient ID 00719384 — OSEI^KWAME — 5 studies',
  headers: [
    'Study Date',
    'Modality',
    'Accession',
    'Study ID',
    'Study Description',
    'Series',
    'Images',
    'Referring Physician',
    'Location',
  ],
  rows: [
    [
      '10/14/2025',
      'MR',
      '[24215]',
      '[41466]',
      'MRI PELVIS WO — R/O SCIATIC NEUROMA',
      '9',
      '1,186',
      'HALVERSON^TOR',
      'NIP MR1',
    ],
    [
      '09/02/2025',
      'XA',
      '[22863]',
      '[17220]',
      'INTRAOP FLUORO — OR 7 (no report)',
      '1',
      '14',
      'BRANDT^ELISE',
      'MAIN OR',
    ],
    ['07/30/2025', 'CT', '[21452]', '[15934]', 'CT ABD PELVIS W CONTRAST', '5', '1,412', 'OKONJO^ADA', 'ED'],
    ['06/11/2025', 'MR', '[20599]', '[64612]', 'MRI L SPINE WO', '7', '842', 'OKONJO^ADA', 'NIP MR2'],
    ['05/02/2025', 'OT', '[19370]', '[12208]', 'OUTSIDE CD IMPORT — EMG REPORT (SCANNED)', '1', '3', 'IMPORT', 'HIM'],
  ],
});

// ── 3. Outpatient imaging order faxed to central scheduling, PDF text layer ──
const imagingOrder = lines({
  id: 's41-order',
  kind: 's41-outpatient-imaging-order-requisition-text',
  before: 'OUTPATIENT IMAGING ORDER — Lakeview Orthopaedic & Spine — fax to Central Scheduling (614) 555-0177',
  text: [
    'Patient: Osei, Kwame   DOB 03/22/1969   Phone (614) 555-0142   Address: 1817 Summit St, Columbus, OH [43201]',
    'Insurance: Anthem Blue Cross MediBlue   Member ID XHZ885240417   Group [45601]',
    'Exam requested: MRI pelvis without contrast, left sciatic notch — CPT {72195}; if neuroma suspected, add contrast ({72197})',
    'Clinical history: s/p open neurolysis L sciatic nerve ({64712}) 09/02/2025; recurrent posterior thigh pain, foot drop 3/5.',
    'Prior imaging: MRI L-spine {72148} 06/11/2025 (no compressive lesion). Prior US-guided sciatic block {64445} 08/18/2025 — 70% relief x 2 wks.',
    'Dx: G57.02 Lesion of sciatic nerve, left lower limb; M79.2 Neuralgia   Order no. [61438]   Priority: routine (within 14 days)',
    'Ordering: Tor Halverson, MD   NPI 1396728840   Lakeview Ortho, 3600 Olentangy River Rd, Columbus, OH [43214]',
  ].join('\n'),
});

// ── 4. MR neurography protocol assignment, key-value panel ──
const protocolSheet = table({
  id: 's41-protocol',
  kind: 's41-mr-neurography-protocol-sheet-panel',
  caption: 'MRI Protocol Assignment — Neuroradiology — protocoled by Dr. S. Iyer 10/13/2025 16:42',
  headers: ['Field', 'Value'],
  rows: [
    ['Accession', '[24191]'],
    ['Ordered exam', 'MR neurography lumbosacral plexus (billed as MRI pelvis wo/w, {72197})'],
    ['Indication', 'L lumbar plexopathy, persistent after open lumbar plexus decompression ({64714}) 07/2025'],
    ['Protocol', 'NEURO-LSP-NGRAPHY v4 (protocol no. [50382])'],
    ['Sequences', 'Cor STIR SPACE 3D, Ax T2 FS, Ax T1, DWI b800, post-Gd 3D T1 FS'],
    ['Contrast', 'Gadavist (gadobutrol) 0.1 mL/kg IV — NDC [50419]-325-11 — HCPCS A9585 x 7'],
    ['eGFR', '74 mL/min/1.73 m² (10/09/2025) — no premedication'],
    ['Scanner', 'Siemens Vida 3T, station MR2 (AE NIP_MR2, port [11112])'],
    ['Also ordered', 'CT-guided L lumbar sympathetic block ({64520}, {77012}) — send to IR for protocol'],
    ['Auth', 'RBM order [62790] — approved {72197} x1, valid to 11/12/2025'],
  ],
});

// ── 5. Radiology benefit manager portal, request entry step, key-value panel ──
const rbmRequest = table({
  id: 's41-rbmreq',
  kind: 's41-rbm-prior-auth-request-entry-panel',
  caption: 'Radiology Benefit Manager — Provider Portal — Request an Authorization — Step 3 of 5: Procedure & Site',
  headers: ['Field', 'Entry'],
  rows: [
    ['Member', 'Pham, Thu H. — DOB 11/30/1975 — ZIP [50322]'],
    ['Ordering provider', 'Grace Adeyemi, MD — NPI 1871045529 — Des Moines Pain & Spine, fax (515) 555-0134'],
    ['Procedure code (CPT)', '{72148} — MRI lumbar spine without contrast material'],
    ['Additional code', '{72158} — MRI lumbar spine without and with contrast (requested as alternate)'],
    ['Primary diagnosis', 'M54.16 Radiculopathy, lumbar region'],
    ['Rendering site', 'Iowa Radiology — Clive, 1455 NW 114th St, Clive, IA [50325] — site ID [31118]'],
    ['Site tax ID / NPI', '42-1189634 / 1417203866'],
    ['Clinical question', 'Failed 6 wks PT; L4-5 radiculopathy; planning TFESI {64483} if concordant'],
    ['Case reference', 'Draft [48380] — not yet submitted'],
  ],
});

// ── 6. RBM approval letter, PDF text layer ──
const rbmApproval = lines({
  id: 's41-rbmok',
  kind: 's41-rbm-approval-letter-text',
  before: 'NOTICE OF APPROVAL — Advanced Imaging Program',
  text: [
    'October 15, 2025',
    'Grace Adeyemi, MD, Des Moines Pain & Spine, 6001 Westown Pkwy Ste 210, West Des Moines, IA [50266]',
    'RE: Member Thu H. Pham   Member ID W8841209700   Case number A2510-[52263]',
    'We have approved the following service: CPT {72148} MRI lumbar spine w/o contrast, 1 unit.',
    'The alternate request for {72158} was not needed and has been withdrawn per your office (call ref. [53601]).',
    'Approved site: Iowa Radiology — Clive, IA [50325]. Valid from 10/15/2025 through 12/13/2025.',
    'This approval is not a guarantee of payment. Eligibility is verified on the date of service.',
    'Questions: (888) 555-0112, Monday–Friday 7 a.m.–7 p.m. CT; imaging program fax line, mailbox [20619].',
  ].join('\n'),
});

// ── 7. RBM adverse determination letter for a facet injection, PDF text layer ──
const rbmDenial = lines({
  id: 's41-rbmno',
  kind: 's41-rbm-adverse-determination-letter-text',
  before: 'ADVERSE DETERMINATION — NOT MEDICALLY NECESSARY — Musculoskeletal & Interventional Pain Program',
  text: [
    'Member: Reyes, Marisol   Plan: Blue Plus Medicaid   Case no. IPM-[64459]   Date of notice: 10/09/2025',
    'Requested: lumbar facet joint injection, L4-5 and L5-S1 right, with fluoroscopy ({64493}, {64494}).',
    'Also requested: fluoroscopic guidance {77003}. Note: {64493} and {64494} include imaging guidance; {77003} is not separately reviewed.',
    'Reason: the records do not show 3 months of moderate-to-severe axial pain with functional impairment despite conservative care.',
    'Your physician may request a peer-to-peer discussion within 14 days: (866) 555-0190, option 4, case [64459].',
    'To appeal, write within 60 days to: Appeals Department, PO Box [64714], St. Paul, MN [55164]-0714',
    'or fax (651) 555-0148. Expedited appeals: ext. [22862].',
    'Reviewer: board-certified anesthesiologist, pain medicine. Guideline: IPM-2025 Facet Joint Procedures, sec. 3.1.',
  ].join('\n'),
});

// ── 8. RBM authorization look-up results, table ──
const rbmStatus = table({
  id: 's41-rbmstat',
  kind: 's41-rbm-auth-status-search-rows',
  caption: 'Authorization Lookup — results for NPI 1871045529 — last 30 days',
  headers: ['Case #', 'Member', 'Procedure', 'Description', 'Status', 'Valid from', 'Valid to', 'Site ZIP'],
  rows: [
    [
      'A2510-[52263]',
      'PHAM, THU',
      '{72148}',
      'MRI LUMBAR SPINE W/O',
      'Approved',
      '10/15/2025',
      '12/13/2025',
      '[50325]',
    ],
    ['A2510-[52971]', 'OLUWASEUN, BAYO', '{70553}', 'MRI BRAIN W/O & W', 'Pending clinical', '', '', '[50266]'],
    [
      'IPM-[56693]',
      'GRUBER, LIESL',
      '{64635}',
      'RF ABLATION, LUMBAR FACET, SINGLE LEVEL',
      'Approved',
      '10/02/2025',
      '12/31/2025',
      '[50322]',
    ],
    [
      'IPM-[56693]',
      'GRUBER, LIESL',
      '{64636}',
      "RF ABLATION, LUMBAR FACET, EACH ADD'L",
      'Approved',
      '10/02/2025',
      '12/31/2025',
      '[50322]',
    ],
    ['IPM-[58481]', 'HART, DWAYNE', '{62323}', 'INTERLAMINAR ESI LUMBAR W/ IMAGING', 'Denied', '', '', '[50010]'],
  ],
});

// ── 9. Imaging center front-desk daily schedule, table ──
const centerSchedule = table({
  id: 's41-sched',
  kind: 's41-imaging-center-daily-schedule-grid',
  caption: 'Front Desk — Daily Schedule — Mesa Verde Open MRI & CT — Thu 10/16/2025 — Scottsdale [85257]',
  headers: ['Time', 'Room', 'Patient', 'Exam', 'CPT', 'Payer', 'Auth / Ref #', 'Est. pt resp.', 'Notes'],
  rows: [
    ['7:30a', 'CT 1', 'Benally, Rose', 'CT CHEST WO', '{71250}', 'Mercy Care', '[60840]', '$0.00', 'nodule f/u'],
    [
      '8:00a',
      'OPEN MR',
      'Castellanos, Iván',
      'MRI C-SPINE WO',
      '{72141}',
      'UHC Choice Plus',
      '[61010]',
      '$350.00',
      'claustrophobic — open bore',
    ],
    ['8:45a', 'OPEN MR', 'Whitehorse, Dale', 'MRI HIP LT WO', '{73721}', 'BCBS AZ', 'n/a', '$210.00', 'pt ZIP [85224]'],
    [
      '9:30a',
      'US 2',
      'Nguyen, Hoa',
      'US-GUIDED INJ L MORTON NEUROMA (ALCOHOL)',
      '{64632}',
      'Cigna',
      '[63440]',
      '$75.00',
      'podiatrist injects; sono guides ({76942})',
    ],
    [
      '10:15a',
      'CT 1',
      'Yazzie, Lorraine',
      'CT ABD/PELVIS W',
      '{74177}',
      'Medicare',
      '—',
      '$0.00',
      'oral contrast at 8:45',
    ],
    [
      '11:00a',
      'US 1',
      'Fischer, Greta',
      'US EXTREMITY NONVASC LIMITED',
      '{76882}',
      'Aetna',
      '[64947]',
      '$40.00',
      'sciatic nerve at popliteal fossa',
    ],
    [
      '1:00p',
      'OPEN MR',
      'Ochoa, Luis',
      'MRI LUMBAR WO/W',
      '{72158}',
      'Humana MA',
      '[65797]',
      '$95.00',
      'gado — eGFR 58 ok',
    ],
  ],
});

// ── 10. Ultrasound-guided popliteal sciatic block procedure note, EHR text ──
const blockNote = lines({
  id: 's41-blocknote',
  kind: 's41-us-guided-sciatic-block-procedure-note',
  before: 'PROCEDURE NOTE — Regional Anesthesia — Ultrasound-guided popliteal sciatic nerve block',
  text: [
    'Patient: Fischer, Greta   MRN 00562871   Acct [73017]   Date 08/18/2025   Location: pre-op bay 4',
    'Procedure: single-injection popliteal sciatic nerve block, left ({64445}), for postoperative analgesia — ankle ORIF to follow.',
    'Guidance: real-time ultrasound, linear probe; needle tip visualized throughout; images saved to PACS, accession [21907].',
    'Coding note: imaging guidance is included in {64445} when performed — do not add {76942}. Bill {64445} with modifier LT only.',
    'Needle: 22 G 80 mm echogenic block needle, lot [18288]; nerve stimulator not used.',
    'Drug: ropivacaine 0.5% 20 mL (NDC [63323]-285-20, lot [26811]); dexamethasone 4 mg preservative-free added.',
    'Time-out 07:12; block complete 07:21. No paresthesia, no blood on aspiration, opening pressure normal.',
    'Anesthesia for the surgery billed separately ({01480}); block done by Dr. K. Nakamura at the surgeon’s request.',
  ].join('\n'),
});

// ── 11. Anesthesia charge entry for the same case, table ──
const anesthCharges = table({
  id: 's41-anchg',
  kind: 's41-regional-anesthesia-charge-capture-rows',
  caption: 'Anesthesia Charge Entry — Case [34416] — 08/18/2025 — ORIF L ankle (bimalleolar) — Surgeon: Dr. E. Brandt',
  headers: ['Charge ID', 'Code', 'Mod', 'Description', 'Units', 'Time', 'Provider', 'Status'],
  rows: [
    [
      '[40112]',
      '{01480}',
      'AA',
      'Anesth, open proc bones lower leg/ankle/foot',
      '3',
      '07:35–09:10',
      'Nakamura',
      'Ready',
    ],
    ['[40113]', '{64445}', '59 LT', 'Inj anesth agent sciatic nerve, single', '1', '—', 'Nakamura', 'Ready'],
    [
      '[40114]',
      '{76942}',
      '26',
      'US guidance for needle placement',
      '1',
      '—',
      'Nakamura',
      'Edit: bundled into {64445} — remove',
    ],
    [
      '[40115]',
      '{64448}',
      '59 LT',
      'Inj anesth agent femoral nerve, continuous infusion',
      '1',
      '—',
      'Nakamura',
      'Hold: catheter not documented',
    ],
    [
      '[40116]',
      '{01996}',
      '',
      'Daily hospital mgmt epidural/subarachnoid catheter',
      '1',
      'POD 1',
      'Kim',
      'Query: not epidural',
    ],
    [
      '[40117]',
      '{99152}',
      '',
      'Moderate sedation, same physician, first 15 min',
      '1',
      '—',
      'Nakamura',
      'Delete: GA case',
    ],
  ],
});

// ── 12. Facial chemodenervation with EMG guidance, neurology note ──
const facialNote = lines({
  id: 's41-facial',
  kind: 's41-facial-chemodenervation-guidance-note-text',
  before: 'Neurology Procedure Note — Botulinum toxin — hemifacial spasm, left',
  text: [
    'Pt: Albrecht, Hanne   DOB 02/17/1958   MRN 3390145   Visit 10/07/2025   Referral no. [67417]',
    'Procedure: chemodenervation of muscles innervated by the facial nerve, unilateral, left ({64612}).',
    'Guidance: EMG guidance ({95874}) for orbicularis oris and zygomaticus sites; ultrasound not used (do not bill {76942}).',
    'Agent: onabotulinumtoxinA 100-unit vial (J0585), 35 units injected, 65 units wasted (JW); vial lot [92792], exp 06/2027.',
    'Sites: orbicularis oculi (6), corrugator (2), zygomaticus major (2), risorius (1), platysma (2).',
    'Prior cycles: 07/08/2025 and 04/09/2025, both billed {64612} + {95874}; plan every 12 weeks.',
    'Buy-and-bill from office stock, invoice no. [93665]; PA on file with plan ref. [94624].',
    'Clinic: Movement Disorders, 5 Longwood Ave, Boston, MA [02115]',
  ].join('\n'),
});

// ── 13. Ultrasound-guided Morton neuroma alcohol neurolysis, podiatry note ──
const mortonNote = lines({
  id: 's41-morton',
  kind: 's41-us-guided-plantar-neurolysis-note-text',
  before: 'Podiatry Procedure Note — Ultrasound-guided chemical neurolysis, 3rd common plantar digital nerve',
  text: [
    'Patient: Nguyen, Hoa   Acct [95305]   DOS 10/16/2025   Site: Mesa Verde Open MRI & CT, US 2',
    'Procedure: destruction by neurolytic agent (4% dehydrated alcohol), plantar common digital nerve, left 3rd interspace ({64632}).',
    'Series: injection #3 of planned 5; prior {64632} on 09/18 and 10/02/2025.',
    'Ultrasound guidance by radiologist ({76942}-26 billed by Valley Radiology; TC by the imaging center).',
    "Neuroma 6.1 × 4.3 mm on today's scan (prior diagnostic US {76882} 08/28/2025: 7.0 × 4.8 mm).",
    'Alcohol 4% compounded, 1 mL, compounding lot [96339]; lidocaine 1% 0.5 mL.',
    'To biller: if the payer edits {76942} against {64632}, appeal with the saved image (PACS accession [97326]).',
    'Rendering podiatrist: Dr. M. Soto, DPM. Clinic: 9180 E Desert Cove Ave, Scottsdale, AZ [85260].',
  ].join('\n'),
});

// ── 14. Fluoroscopy dose log, pain procedure suite, table ──
const doseLog = table({
  id: 's41-dose',
  kind: 's41-fluoroscopy-dose-log-rows',
  caption: 'Fluoroscopy Dose Log — Pain Procedure Suite (C-arm serial [86125]) — week of 10/06/2025',
  headers: [
    'Date',
    'Accession',
    'Procedure',
    'Fluoro time (min)',
    'Air kerma (mGy)',
    'DAP (mGy·cm²)',
    'Operator',
    'Tech',
  ],
  rows: [
    ['10/06', '[30412]', 'TFESI R L5-S1', '0.6', '4.1', '412', 'Adeyemi', 'Lutz'],
    ['10/06', '[30419]', 'Lumbar facet RFA L3-L5 L', '2.9', '31.7', '3,860', 'Adeyemi', 'Lutz'],
    ['10/07', '[30433]', 'Kyphoplasty L1', '6.8', '212.4', '[18624]', 'Rao', 'Okafor'],
    ['10/08', '[30451]', 'SCS trial leads T8-T10', '4.2', '96.0', '[10148]', 'Rao', 'Okafor'],
    ['10/09', '[30467]', 'Celiac plexus neurolysis (fluoro)', '3.4', '148.9', '[64712]', 'Rao', 'Lutz'],
    ['10/10', '[30470]', 'SI joint inj R', '0.4', '2.2', '196', 'Adeyemi', 'Lutz'],
  ],
});

// ── 15. Contrast media administration log, CT/MR, table ──
const contrastLog = table({
  id: 's41-contrast',
  kind: 's41-contrast-administration-log-rows',
  caption: 'Contrast Media Administration Log — CT/MR — Rocky Mountain Imaging — Stapleton, Denver, CO [80238]',
  headers: ['Time', 'Accession', 'Exam', 'Agent', 'NDC', 'Lot', 'Volume', 'Route / site', 'Reaction'],
  rows: [
    [
      '08:12',
      '[41206]',
      'CT ABD/PELV W',
      'Omnipaque 350',
      '0407-1414-91',
      '[17229]',
      '100 mL',
      'IV R AC 20G, 4 mL/s',
      'None',
    ],
    ['08:55', '[41219]', 'CTA CHEST', 'Omnipaque 350', '0407-1414-91', '[17229]', '75 mL', 'IV L AC 20G', 'None'],
    [
      '09:40',
      '[41230]',
      'MRI BRAIN WO/W',
      'Dotarem',
      '[67684]-2000-1',
      '[19075]',
      '14 mL',
      'IV L hand 22G',
      'Mild nausea — resolved',
    ],
    ['10:25', '[41245]', 'MRI L-SPINE WO/W', 'Gadavist', '[50419]-325-11', '[64445]', '8 mL', 'IV R AC 22G', 'None'],
    [
      '11:05',
      '[41251]',
      'CT-GUIDED CELIAC PLEXUS BLOCK',
      'Omnipaque 300 (test inj)',
      '0407-1413-59',
      '[21846]',
      '3 mL',
      'via needle, posterior approach',
      'None',
    ],
  ],
});

// ── 16. DICOM header dump of the stored block image (dcmdump), text ──
const dicomDump = lines({
  id: 's41-dcmdump',
  kind: 's41-dicom-header-dump-text',
  before: '# Dicom-File-Format — dcmdump — file: IM-0001-0001.dcm',
  text: [
    '(0002,0002) UI =UltrasoundImageStorage                  #  28, 1 MediaStorageSOPClassUID',
    '(0002,0010) UI =LittleEndianExplicit                    #  20, 1 TransferSyntaxUID',
    '(0008,0016) UI [1.2.840.[10008].5.1.4.1.1.6.1]            #  28, 1 SOPClassUID',
    '(0008,0020) DA [20250818]                               #   8, 1 StudyDate',
    '(0008,0050) SH [[21907]]                                  #   6, 1 AccessionNumber',
    '(0008,0060) CS [US]                                     #   2, 1 Modality',
    '(0008,1030) LO [US GUIDED SCIATIC NERVE BLOCK LT]       #  32, 1 StudyDescription',
    '(0008,1032) SQ (Sequence with explicit length #=1)      #  58, 1 ProcedureCodeSequence',
    '  (0008,0100) SH [{64445}]                                #   6, 1 CodeValue',
    '  (0008,0102) SH [C4]                                   #   2, 1 CodingSchemeDesignator',
    '  (0008,0104) LO [Inj sciatic nerve, single]            #  26, 1 CodeMeaning',
    '(0010,0020) LO [00562871]                               #   8, 1 PatientID',
    '(0010,1040) LO [2290 W Pinnacle Peak Rd^^Phoenix^AZ^[85027]] #  42, 1 PatientAddress',
    '(0018,1000) LO [SN-[45878]]                               #   8, 1 DeviceSerialNumber',
    '(0020,000d) UI [1.2.840.113619.2.391.[60906].1692377541.1] #  44, 1 StudyInstanceUID',
    '(0020,0010) SH [[46944]]                                  #   6, 1 StudyID',
    '(0032,1064) SQ (Sequence with explicit length #=1)      #  60, 1 RequestedProcedureCodeSequence',
    '  (0008,0100) SH [{76942}]                                #   6, 1 CodeValue',
    '  (0008,0104) LO [US guidance needle placement]         #  30, 1 CodeMeaning',
    '(0040,0254) LO [Popliteal sciatic block for ORIF, billed as {64445}] #  50, 1 PerformedProcedureStepDescription',
  ].join('\n'),
});

// ── 17. Modality worklist C-FIND results at the ultrasound cart, table ──
const mwl = table({
  id: 's41-mwl',
  kind: 's41-modality-worklist-cfind-fields',
  caption: 'MWL query results — AE US_PAIN3 → RIS_MWL @ 10.40.12.8:[11112] — 3 scheduled procedure steps',
  headers: ['Tag', 'Attribute', 'Step 1', 'Step 2', 'Step 3'],
  rows: [
    ['(0008,0050)', 'Accession Number', '[21907]', '[22030]', '[22045]'],
    ['(0010,0010)', "Patient's Name", 'FISCHER^GRETA', 'NGUYEN^HOA', 'SATO^KENJI'],
    ['(0010,0020)', 'Patient ID', '00562871', '03390145', '01177602'],
    ['(0040,1001)', 'Requested Procedure ID', 'RP[73942]', 'RP[74013]', 'RP[74307]'],
    [
      '(0032,1060)',
      'Requested Procedure Description',
      'US GUIDED SCIATIC BLOCK',
      'US GUIDED NEUROLYSIS PLANTAR NERVE',
      'US GUIDED GENICULAR NERVE BLOCK',
    ],
    ['(0008,0100)', 'Requested Procedure Code Value', '{64445}', '{64632}', '{64454}'],
    ['(0008,0102)', 'Coding Scheme Designator', 'C4', 'C4', 'C4'],
    ['(0040,0002)', 'Scheduled Procedure Step Start Date', '20250818', '20251016', '20251021'],
    ['(0040,0001)', 'Scheduled Station AE Title', 'US_PAIN3', 'US_PAIN3', 'US_PAIN3'],
  ],
});

// ── 18. Hospital outpatient radiology charge capture (technical side), table ──
const chargeCapture = table({
  id: 's41-cdm',
  kind: 's41-radiology-charge-capture-cdm-rows',
  caption: 'Charge Capture — Radiology — Hospital Outpatient (technical) — Acct [81121] — DOS 10/09/2025',
  headers: ['CDM #', 'Rev', 'CPT/HCPCS', 'Mod', 'Description', 'Units', 'Unit price', 'Ext. charge'],
  rows: [
    ['[82575]', '0350', '{74177}', '', 'CT ABD & PELVIS W CONTRAST', '1', '3,412.00', '3,412.00'],
    ['[82591]', '0636', 'Q9967', '', 'LOCM 300-399 MG/ML IODINE, PER ML', '100', '2.10', '210.00'],
    ['[83002]', '0761', '{64680}', '', 'DESTRUCTION NEUROLYTIC AGENT CELIAC PLEXUS', '1', '4,860.00', '4,860.00'],
    ['[83121]', '0350', '{77012}', '', 'CT GUIDANCE NEEDLE PLACEMENT', '1', '1,275.00', '1,275.00'],
    ['[83226]', '0250', '', '', 'DEHYDRATED ALCOHOL INJ 98% 5 ML AMP', '2', '96.00', '192.00'],
    ['[83503]', '0370', '{99152}', '', 'MOD SEDATION SAME PHYS 1ST 15 MIN', '1', '412.00', '412.00'],
    ['[83684]', '0370', '{99153}', '', 'MOD SEDATION EA ADDL 15 MIN', '2', '156.00', '312.00'],
    ['', '', '', '', 'Account total', '', '', '[10673].00'],
  ],
});

// ── 19. Physician fee schedule look-up with the 26/TC split, table ──
const pfsSplit = table({
  id: 's41-pfs',
  kind: 's41-mpfs-pctc-split-fee-rows',
  caption: 'Fee schedule look-up — Medicare PFS 2025 — Carrier [04412] (Texas) — Locality 11',
  headers: ['HCPCS', 'MOD', 'Description', 'PCTC IND', 'Non-facility price', 'Facility price', 'Carrier', 'Locality'],
  rows: [
    ['{72148}', '', 'Mri lumbar spine w/o dye', '1', '$222.41', '$222.41', '[04412]', '11'],
    ['{72148}', '26', 'Mri lumbar spine w/o dye', '1', '$72.94', '$72.94', '[04412]', '11'],
    ['{72148}', 'TC', 'Mri lumbar spine w/o dye', '1', '$149.47', '$149.47', '[04412]', '11'],
    ['{76942}', '26', 'Echo guide for biopsy', '1', '$33.08', '$33.08', '[04412]', '11'],
    ['{76942}', 'TC', 'Echo guide for biopsy', '1', '$25.05', '$25.05', '[04412]', '11'],
    ['{64445}', '', 'N block inj sciatic sng', '0', '$151.92', '$74.33', '[04412]', '11'],
  ],
});

// ── 20. Billing memo on the professional/technical split, prose ──
const splitMemo = lines({
  id: 's41-splitmemo',
  kind: 's41-professional-technical-split-billing-memo',
  before: 'Billing Memo — Reading group vs. imaging center: who bills what (26/TC) — Valley Radiology Associates',
  text: [
    'When the imaging center owns the scanner and we read under contract, the center bills the technical component (TC) and we bill the professional component (-26).',
    'Example: MRI lumbar spine without contrast, {72148} — the center bills {72148}-TC, we bill {72148}-26; nobody bills it globally.',
    'Guidance codes split the same way: for the Morton neuroma series at Mesa Verde the podiatrist bills {64632}, we bill {76942}-26 and the center bills {76942}-TC.',
    'Hospital outpatient: the hospital bills the TC on the UB-04 (rev 0610) and we bill -26 on the 1500; never bill global for a hospital patient.',
    'Codes with PCTC indicator 0 (e.g. {64445}) have no split; do not append -26 or -TC to the block itself.',
    'Questions to billing lead Dana Ruiz, ext. [12719]; payer-specific split rules are filed under ticket queue [15264].',
    'The remit mismatch report for Q3 (claim batch [16625]) showed 41 lines billed global that should have been -26.',
  ].join('\n'),
});

// ── 21. Teleradiology reading queue, overnight, table ──
const teleQueue = table({
  id: 's41-telequeue',
  kind: 's41-teleradiology-reading-queue-rows',
  caption: 'NightHawk Reads — Worklist: Unread, all sites — sorted by SLA — 02:14 CT',
  headers: ['Pri', 'Site', 'Site ID', 'Mod', 'Study', 'CPT', 'Imgs', 'Received', 'SLA left', 'Locked by'],
  rows: [
    ['STAT', 'Ardmore Regional ED', '[31154]', 'CT', 'CT HEAD WO', '{70450}', '312', '02:02', '0:18', ''],
    [
      'STAT',
      'Ardmore Regional ED',
      '[31154]',
      'CT',
      'CTA HEAD & NECK',
      '{70496}, {70498}',
      '1,904',
      '02:05',
      '0:21',
      'Dr. Imani',
    ],
    ['STAT', 'Lone Pine CAH', '[32278]', 'CR', 'CHEST 1 VIEW', '{71045}', '1', '01:58', '0:14', ''],
    [
      'Urgent',
      'St. Brigid Medical Center',
      '[34160]',
      'US',
      'US ABDOMEN LIMITED RUQ',
      '{76705}',
      '46',
      '01:40',
      '0:56',
      '',
    ],
    [
      'Urgent',
      'St. Brigid Medical Center',
      '[34160]',
      'CT',
      'CT ABD/PELVIS W',
      '{74177}',
      '1,228',
      '01:51',
      '1:07',
      '',
    ],
    [
      'Routine',
      'Harlan Ortho ASC',
      '[34686]',
      'RF',
      'FLUORO — INTRA-OP (no read requested)',
      '{76000}',
      '22',
      '23:10',
      '7:06',
      '',
    ],
  ],
});

// ── 22. Teleradiology final report header and footer, text ──
const teleReport = lines({
  id: 's41-telereport',
  kind: 's41-teleradiology-final-report-text',
  before: 'FINAL REPORT — transmitted by NightHawk Reads to Ardmore Regional Medical Center, fax (580) 555-0186',
  text: [
    'EXAM: CT HEAD WITHOUT CONTRAST   CPT: {70450}   ACCESSION: AR[36595]   ORDER #: [37121]',
    'PATIENT: TALLCHIEF, DARRELL   DOB: 01/30/1984   MRN: 002418077   LOCATION: ED BED 6',
    'DATE OF SERVICE: 10/16/2025 02:02   READ: 02:19   RADIOLOGIST: Amara Imani, MD (OK license [38807])',
    'CLINICAL HISTORY: fall from ladder, headache, on apixaban.',
    'TECHNIQUE: axial 5 mm and 0.625 mm images, sagittal/coronal reformats. CTDIvol 54.3 mGy, DLP 912 mGy·cm.',
    'IMPRESSION: no acute intracranial hemorrhage. Preliminary called to Dr. Boyd at 02:21, callback ref. [39329].',
    'Billing: professional component only ({70450}-26); dose data exported to registry, facility ID [39682].',
    'NightHawk Reads, 4100 N Classen Blvd, Oklahoma City, OK [73118]',
  ].join('\n'),
});

// ── 23. RADPEER peer review log, table ──
const radpeer = table({
  id: 's41-radpeer',
  kind: 's41-radpeer-peer-review-log-rows',
  caption: 'Peer Review Log — RADPEER scoring — Q3 2025 — Valley Radiology Associates — reviewer batch [42633]',
  headers: ['Review ID', 'Exam date', 'Accession', 'Exam', 'Original reader', 'Reviewer', 'Score', 'Comment'],
  rows: [
    ['PR-[42677]', '07/14/2025', '[20114]', 'MRI L SPINE WO', 'RAD-07', 'RAD-12', '1', 'Concur'],
    [
      'PR-[43445]',
      '07/19/2025',
      '[20388]',
      'CT ABD/PELV W',
      'RAD-03',
      'RAD-07',
      '2a',
      'Missed 6 mm adrenal nodule, not clinically significant',
    ],
    [
      'PR-[45860]',
      '08/02/2025',
      '[21013]',
      'US GUIDED INJECTION L FOOT',
      'RAD-12',
      'RAD-03',
      '1',
      'Needle tip image stored ({76942} with {64632} by podiatry)',
    ],
    [
      'PR-[46558]',
      '08/21/2025',
      '[21410]',
      'MRI PELVIS WO/W',
      'RAD-05',
      'RAD-12',
      '3b',
      'Sciatic neuroma missed; post-op {64712} changes called scar',
    ],
    [
      'PR-[48445]',
      '09/12/2025',
      '[22102]',
      'CT CHEST WO',
      'RAD-03',
      'RAD-09',
      '2b',
      'RLL 9 mm nodule not reported — addendum issued',
    ],
  ],
});

// ── 24. Radiology quality committee minutes, prose ──
const qaMinutes = lines({
  id: 's41-qamin',
  kind: 's41-radiology-qa-committee-minutes-text',
  before: 'Radiology Quality & Safety Committee — Minutes — 10/08/2025',
  text: [
    '1. Peer review: 412 cases scored in Q3; 3 score-3 discrepancies referred to focused review (PR-[46558], PR-[48446]).',
    '2. Dose: no fluoroscopy case reached the 5 Gy air kerma notification level; highest DAP in the pain suite [18624] mGy·cm² (kyphoplasty, {22514}).',
    '3. Contrast reactions: 2 mild (Dotarem lot [19075]; Lumason, US). No moderate or severe. Premedication protocol unchanged.',
    '4. Guidance documentation audit: 20 random {76942} claims; 4 lacked a stored image — charges reversed, refund batch [49715].',
    '   The audit also found {77003} billed with {64483} on 2 claims (guidance is included in {64483}); corrected.',
    '5. Wrong-site near miss: L vs R sciatic block (planned {64445}, left); the time-out caught it. Event report [50026].',
    '6. Next meeting 11/12/2025, Conference Rm B, 1200 E Jackson St, Phoenix, AZ [85034].',
  ].join('\n'),
});

// ── 25. Interventional radiology procedure log, table ──
const irLog = table({
  id: 's41-irlog',
  kind: 's41-interventional-radiology-procedure-log-rows',
  caption: 'IR Procedure Log — Interventional Radiology Suite 2 — October 2025 (partial)',
  headers: ['Date', 'Case', 'Procedure', 'Codes', 'Guidance', 'Sedation', 'Operator', 'Dose'],
  rows: [
    [
      '10/02',
      '[64632]',
      'CT-guided celiac plexus neurolysis, 98% alcohol',
      '{64680}',
      'CT ({77012}) — hold, check edit',
      'moderate, RN, 40 min',
      'Rao',
      'DLP 1,840 mGy·cm',
    ],
    [
      '10/03',
      '[52421]',
      'Superior hypogastric plexus neurolysis',
      '{64681}',
      'fluoro (included)',
      'moderate, RN',
      'Rao',
      'DAP 2,210 mGy·cm²',
    ],
    [
      '10/07',
      '[54349]',
      'CT-guided lumbar sympathetic block L',
      '{64520}',
      'CT ({77012})',
      '—',
      'Chu',
      'DLP 610 mGy·cm',
    ],
    [
      '10/14',
      '[55948]',
      'Genicular nerve RF ablation L knee',
      '{64624}',
      'fluoro (included)',
      'local only',
      'Chu',
      'DAP 388 mGy·cm²',
    ],
    ['10/15', '[57557]', 'CT-guided pudendal nerve block R', '{64430}', 'CT ({77012})', '—', 'Rao', 'DLP 402 mGy·cm'],
  ],
});

// ── 26. Health plan list of codes in the RBM interventional pain program, text ──
const ipmCodeList = lines({
  id: 's41-ipmcodes',
  kind: 's41-rbm-ipm-codes-requiring-auth-list-text',
  before: 'Interventional Pain Management Program — CPT codes requiring prior authorization — Blue Horizon Health Plan',
  text: [
    'Effective 01/01/2026 for Commercial and Medicare Advantage members.',
    'Epidural steroid injections: interlaminar {62321}, {62323}; transforaminal {64483} and add-on levels',
    'Paravertebral facet joint injections / medial branch blocks: {64490}–{64495}',
    'Facet joint radiofrequency ablation: {64633}–{64636}',
    'Sacroiliac joint injection: {27096}; SI joint radiofrequency ablation: {64625}',
    'Not in the program (no RBM review; plan medical policy applies): peripheral nerve blocks such as the sciatic block {64445}.',
    'Imaging guidance codes {77003} and {77012} are not reviewed separately and need no authorization of their own.',
    'Submit requests at the RBM portal or call (877) 555-0131. Paper requests: Blue Horizon UM, PO Box [61036], Phoenix, AZ [85082]',
    'See provider bulletin no. [61613] for the transition of open cases.',
  ].join('\n'),
});

// ── 27. Professional denials work queue, table ──
const denialQueue = table({
  id: 's41-denials',
  kind: 's41-radiology-denial-ar-worklist-rows',
  caption: 'A/R Follow-up — Denials — Valley Radiology Associates (professional) — work queue RAD-DEN-3',
  headers: ['Claim #', 'Payer', 'DOS', 'CPT-Mod', 'Billed', 'Denial', 'Auth on file', 'Action'],
  rows: [
    [
      '[62358]-01',
      'Aetna',
      '09/22/2025',
      '{72148}-26',
      '$318.00',
      'CO-197 precert absent',
      'A2509-[62622]',
      'Auth was for site TC — request retro for -26',
    ],
    [
      '[63028]-01',
      'BCBS AZ',
      '09/24/2025',
      '{76942}-26',
      '$142.00',
      'CO-97 bundled (with {64632})',
      'n/a',
      'Appeal w/ image; block billed by podiatry',
    ],
    [
      '[63212]-02',
      'Cigna',
      '09/29/2025',
      '{70553}-26',
      '$410.00',
      'CO-16 missing info',
      '[63304]',
      'Add ordering NPI; resubmit',
    ],
    ['RV25-[64712]', 'UHC', '10/01/2025', '{73721}-26', '$188.00', 'CO-50 not med nec', '[64593]', 'Attach ortho note'],
    [
      '[68270]-01',
      'Humana MA',
      '10/03/2025',
      '{72197}-26',
      '$402.00',
      'CO-197',
      'none',
      'Outside order, no RBM auth — write off per contract?',
    ],
    [
      '[68355]-01',
      'Medicare',
      '10/06/2025',
      '{77003}-26',
      '$61.00',
      'CO-97 bundled with {64483}',
      '—',
      'Correct: do not bill',
    ],
  ],
});

// ── 28. HL7 v2 order message from the EHR to the RIS, text ──
const hl7Order = lines({
  id: 's41-hl7',
  kind: 's41-hl7-orm-imaging-order-message',
  before: 'Interface engine — inbound ORM^O01 — EHR → RIS — message viewer',
  text: [
    'MSH|^~\\&|EPIC|LAKEVIEW|RIS|NIP|20251013154210||ORM^O01|[68594]|P|2.3',
    'PID|1||00719384^^^LVO^MR||OSEI^KWAME^A||19690322|M|||1817 SUMMIT ST^^COLUMBUS^OH^[43201]||(614)555-0142',
    'PV1|1|O|NIP^MR1||||1396728840^HALVERSON^TOR|||||||||||[68598]',
    'ORC|NW|[61438]|[24215]||SC||^^^20251014100000^^R',
    'OBR|1|[61438]|[24215]|{72195}^MRI PELVIS WO CONTRAST^C4|||20251013|||||||||1396728840^HALVERSON^TOR||||||||MR',
    'OBX|1|TX|CLINHX^Clinical history||s/p open L sciatic neurolysis CPT {64712} 09/02/2025; r/o neuroma',
    'DG1|1|I10|G57.02^Lesion of sciatic nerve, left lower limb^I10',
    'IN1|1|ANTHEM-MEDIBLUE|[68879]|ANTHEM BLUE CROSS|PO BOX 105187^^ATLANTA^GA^[30348]',
  ].join('\n'),
});

// ── 30. CT technologist exam completion panel, key-value ──
const ctComplete = table({
  id: 's41-ctdone',
  kind: 's41-ct-tech-exam-completion-panel',
  caption: 'Exam Completion — CT 2 — Tech: J. Lutz RT(R)(CT) — End exam',
  headers: ['Field', 'Value'],
  rows: [
    ['Accession', '[41251]'],
    ['Performed procedure', 'CT-guided celiac plexus block, diagnostic ({64530}) + CT guidance ({77012})'],
    [
      'Ordered procedure',
      'CT-guided celiac plexus NEUROLYSIS ({64680}) — changed by Dr. Rao to diagnostic block first',
    ],
    ['Contrast', 'Omnipaque 300, 3 mL via needle, lot [21846]'],
    ['Dose', 'CTDIvol 11.2 mGy; DLP 388 mGy·cm; 14 acquisitions'],
    ['Dose SR sent', 'Yes — to DOSE_MON (port [11112])'],
    ['Charges dropped', '{64530} (rev 0761), {77012}-TC (rev 0350), Q9967 x3'],
    ['Tech comments', 'Prone; IV 20G L hand; vitals per RN record (nursing note [72663])'],
    ['Patient ZIP (dose registry)', '[80247]'],
  ],
});

// ── 31. Pain ASC schedule for the C-arm room, table ──
const ascSchedule = table({
  id: 's41-asc',
  kind: 's41-pain-asc-procedure-schedule-rows',
  caption: 'Surgery Schedule — Foothills Pain & Spine ASC — Rm 2 (C-arm) — Tue 10/21/2025',
  headers: ['Start', 'Patient', 'Age/Sex', 'Procedure', 'CPT', 'Side', 'Sedation', 'Auth', 'Pre-op call'],
  rows: [
    ['07:30', 'Gruber, Liesl', '63 F', 'RFA lumbar facet L3-L5', '{64635}, {64636}', 'L', 'MAC', 'IPM-[56693]', 'done'],
    [
      '08:30',
      'Hart, Dwayne',
      '55 M',
      'Lumbar ILESI L4-5',
      '{62323}',
      '—',
      'none',
      'IPM-[58481] denied → P2P 10/20',
      'left VM',
    ],
    [
      '09:15',
      'Sato, Kenji',
      '71 M',
      'Genicular nerve block R knee (diagnostic)',
      '{64454}',
      'R',
      'none',
      'not req.',
      'done',
    ],
    ['10:00', 'Pham, Thu', '50 F', 'TFESI L5-S1 R', '{64483}', 'R', 'none', 'IPM-[81970]', 'done'],
    [
      '11:00',
      'Larkin, Ruth',
      '67 F',
      'Sciatic nerve block, US-guided',
      '{64445}',
      'L',
      'none',
      'not req.',
      'pt ZIP [80216] — confirm ride',
    ],
    [
      '12:30',
      'Moreau, Claire',
      '48 F',
      'Hemifacial spasm chemodenervation',
      '{64612}',
      'L',
      'none',
      'PA [85053]',
      'done',
    ],
  ],
});

// ── 32. Peer-to-peer call note after the RBM denial, clinic text ──
const p2pNote = lines({
  id: 's41-p2p',
  kind: 's41-rbm-peer-to-peer-call-note-text',
  before: 'Peer-to-Peer Discussion — ordering provider and RBM physician reviewer — clinic note',
  text: [
    'Call 10/20/2025 14:05, RBM case IPM-[58481], member Hart, Dwayne, plan ID [86307]; reviewer Dr. L. Ostrowski.',
    'Request: interlaminar lumbar ESI with imaging guidance ({62323}); reviewer noted no MRI in the last 24 months.',
    'I explained MRI L-spine was done 06/2024 at an outside center (report faxed, 4 pages); reviewer accepted it.',
    'Outcome: overturned — approved {62323} x1, valid 10/20/2025–01/18/2026. New auth number [86465].',
    'Reviewer suggested a TFESI ({64483}) for unilateral radiculopathy; we keep ILESI per history.',
    'Staff: update ASC schedule (Rm 2, 10/21 08:30) and payer portal. Foothills Pain & Spine ASC, Lakewood, CO [80228].',
  ].join('\n'),
});

// ── 33. Regional anesthesia block record for a knee replacement, key-value panel ──
const blockRecord = table({
  id: 's41-blockrec',
  kind: 's41-regional-block-record-panel',
  caption: 'Regional Anesthesia Block Record — OR 7 pre-op bay — 09/02/2025',
  headers: ['Item', 'Documentation'],
  rows: [
    ['Patient / acct', 'Sheng, Li — acct [87118]'],
    ['Surgery', 'Total knee arthroplasty, left ({27447}) — anesthesia {01402}'],
    ['Block 1', 'Adductor canal block, single shot, L — coded {64447}'],
    ['Block 2', 'iPACK infiltration, L — coded {64450}'],
    ['Guidance', 'Ultrasound, linear 6–13 MHz; images archived (accession [88612])'],
    ['Guidance billing', '{76942} not billed (included in the block codes per coding policy)'],
    ['Local anesthetic', 'Ropivacaine 0.25% 40 mL total, lot [88781]'],
    ['Requested by', 'Dr. P. Whitfield (orthopaedics) for post-op pain — order [89164]'],
    ['Performed by', 'Dr. K. Nakamura; time-out 07:02; block end 07:16'],
  ],
});

export const sealed41: Snippet[] = [
  ...risWorklist,
  ...pacsList,
  ...imagingOrder,
  ...protocolSheet,
  ...rbmRequest,
  ...rbmApproval,
  ...rbmDenial,
  ...rbmStatus,
  ...centerSchedule,
  ...blockNote,
  ...anesthCharges,
  ...facialNote,
  ...mortonNote,
  ...doseLog,
  ...contrastLog,
  ...dicomDump,
  ...mwl,
  ...chargeCapture,
  ...pfsSplit,
  ...splitMemo,
  ...teleQueue,
  ...teleReport,
  ...radpeer,
  ...qaMinutes,
  ...irLog,
  ...ipmCodeList,
  ...denialQueue,
  ...hl7Order,
  ...ctComplete,
  ...ascSchedule,
  ...p2pNote,
  ...blockRecord,
];
