import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 65 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s65-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * scene, pickup and destination ZIPs, county FIPS codes, an odometer reading, a fleet work order and vendor number,
 * dispatcher employee ids, an ED visit number, a remit trace number and a CAD call number; the digits of an undotted
 * ICD-10 code in X12 (S72002A) are decoys too. The five known codes' digits come back as decoys: an incident (run)
 * number, a patient account / claim control number, a billing PO box, a collections account, a PCS form control
 * number, a fire-district agreement number, a CAD call number, a coder queue number, a fleet work order, a dispatcher
 * employee id and a transfer-centre reference.
 *
 * Family: ambulance, EMS and emergency-department billing around peripheral nerve blocks and nerve procedures, set in
 * rural eastern Oklahoma (a county EMS service transporting to Tulsa trauma centres): an ePCR run report with
 * NEMSIS-style fields, its mileage tab and billing tab, a CMS-1500 ambulance claim, an 837P ambulance claim, a
 * physician certification statement, an ED physician charge-capture screen and procedure notes (femoral, sciatic and
 * fascia-iliaca blocks for hip and ankle fractures, laceration repair), an 837P, an HL7 charge message and a JSON
 * charge payload from the ED group, an 835 remit, an ED coder's worklist and queries, a denial worklist, an ED
 * facility level grid and worksheet, trauma registry CSV and procedure pages, a hip-fracture block protocol with a
 * billing appendix, a door-to-block audit, an interfacility transfer request, a hospital charge master excerpt, a
 * productivity report, a payer fee schedule lookup, a coding audit, a coder's quick-reference list, a fire-district
 * billing contract summary, a state Medicaid ambulance fee schedule by county code, a NEMSIS XML export, an EMS
 * billing QA review, dispatch CAD log lines, a ZIP-based rural / super-rural lookup page and its help text, and
 * decoy-only pages (a Medicare ambulance remit, a fleet maintenance log, a dispatch centre shift roster, a supply
 * order).
 * Built on real public layouts: NEMSIS v3 element names (eResponse.03 incident number, eResponse.04 response number,
 * eResponse.13 unit, eScene.19 incident postal code, eDisposition.07 destination ZIP, eTimes), the CMS-1500 with the
 * pickup ZIP in item 23 for ambulance claims, the 837P 5010 loop 2300 CR1 / CRC*07 ambulance segments with loops
 * 2310E / 2310F pickup and drop-off N4, the CMS ambulance fee schedule ZIP file (ZIP, state, carrier, locality, rural
 * indicator R / B), the CMS physician certification statement, an ED facility level grid in the ACEP style
 * (interventions → levels 1–5), NTDS-style trauma registry fields, an HL7 v2 DFT^P03 FT1 segment and an 835 SVC loop.
 * The others are written the way those pages read, with no single source.
 *
 * 387 labelled tokens over 38 shapes: 158 codes, 229 decoys, 82 of the decoys in KNOWN_10K.
 */

// ── 1. ePCR run report header, NEMSIS-style fields, text layer ──
const epcrHeader = lines({
  id: 's65-epcr',
  kind: 's65-epcr-run-report-header-text',
  before: 'McIntosh County EMS — Patient Care Report — FINAL — page 1 of 4',
  text: [
    'eResponse.03 Incident Number: 25-[64712]   eResponse.04 Response Number: [31884]',
    'eResponse.13 Unit: Medic 14   eResponse.14 Call sign: M14   Crew: Hale (P), Dunn (EMT-I)',
    'eScene.19 Incident ZIP: [74432]   Scene: private residence, 2210 N Main St, Eufaula',
    'eDisposition.07 Destination ZIP: [74136]   Destination: Saint Francis Hospital (Level II trauma), Tulsa',
    'Odometer at scene: [48213].4   Odometer at destination: [48297].1   Loaded miles: 83.7',
    'Patient home ZIP: [74426]   Primary payer: Medicare Part B   Secondary: SoonerCare',
  ].join('\n'),
});

// ── 2. ePCR mileage and times tab, table (decoy only) ──
const epcrMileage = table({
  id: 's65-epcrmiles',
  kind: 's65-epcr-times-mileage-tab-grid',
  caption: 'Times / Mileage',
  headers: ['Event', 'Time', 'Odometer', 'Location ZIP'],
  rows: [
    ['Unit notified (eTimes.03)', '13:42:10', '[48205].0', '[74432]'],
    ['Arrived on scene (eTimes.06)', '13:51:44', '[48213].4', '[74432]'],
    ['Left scene (eTimes.09)', '14:12:30', '[48213].4', '—'],
    ['Arrived destination (eTimes.11)', '15:29:02', '[48297].1', '[74136]'],
    ['Back in service (eTimes.13)', '17:02:47', '[48380].9', '[74432]'],
  ],
});

// ── 3. ePCR billing tab, text layer (decoy only) ──
const epcrBilling = lines({
  id: 's65-epcrbill',
  kind: 's65-epcr-billing-tab-text',
  before: 'Billing tab — reviewed by billing office',
  text: [
    'Run 25-[64712]   Level of service: ALS1 emergency (A0427-RH)   Mileage: A0425 x 84',
    'Point of pickup ZIP [74432] — rural (B, super rural per CMS ZIP file)',
    'Patient account [64714] created 03/15/2025; guarantor ZIP [74426]',
    'Medical necessity: fall, shortened externally rotated left leg, unable to bear weight',
    'Signature on file: patient unable; facility rep signed at destination, receipt [58102]',
  ].join('\n'),
});

// ── 4. CMS-1500 ambulance claim, text layer ──
const cms1500 = lines({
  id: 's65-hcfa',
  kind: 's65-cms1500-ambulance-claim-text',
  before: 'CMS-1500 (02/12) — print image — McIntosh County EMS',
  text: [
    '5. Patient address: 2210 N Main St, Eufaula OK [74432]',
    '17b. NPI 1598765432 (ordering: ED medical director, on-line medical control)',
    '21. ICD-10: A S72.002A   B W19.XXXA   C Y92.009',
    '23. Prior authorization number: [74432] (ZIP code of point of pickup)',
    '24. 03 14 25 | 41 | A0427 | RH | 1,450.00 | 1 | A',
    '24. 03 14 25 | 41 | A0425 | RH | 1,092.00 | 84 | A',
    '26. Patient account no. [64714]   28. Total charge 2,542.00',
    '33. Billing provider: McIntosh County EMS, PO Box [64632], Tulsa OK [74153]',
  ].join('\n'),
});

// ── 5. 837P ambulance claim, loop 2300 CR1 / CRC and 2310E / 2310F, text layer ──
const x12Amb = lines({
  id: 's65-837amb',
  kind: 's65-837p-ambulance-claim-loops-text',
  before: '837P outbound batch — claim 1 of 12 (ISA/GS trimmed)',
  text: [
    'NM1*85*2*MCINTOSH COUNTY EMS*****XX*1730229914~',
    'N4*TULSA*OK*741530112~',
    'CLM*[64714]*2542***41:B:1*Y*A*Y*Y~',
    'CR1*LB*142**A*DH*84~',
    'CRC*07*Y*04*09~',
    'HI*ABK:S[72002]A*ABF:W19XXXA~',
    'NM1*PW*2~',
    'N3*2210 N MAIN ST~',
    'N4*EUFAULA*OK*[74432]~',
    'NM1*45*2*SAINT FRANCIS HOSPITAL~',
    'N4*TULSA*OK*[74136]~',
    'SV1*HC:A0427:RH*1450*UN*1***1~',
    'SV1*HC:A0425:RH*1092*UN*84***1~',
    'NM1*PR*2*NOVITAS OK PART B*****PI*[04312]~',
  ].join('\n'),
});

// ── 6. Physician certification statement (return trip to SNF), text layer (decoy only) ──
const pcs = lines({
  id: 's65-pcs',
  kind: 's65-physician-certification-statement-text',
  before: 'PHYSICIAN CERTIFICATION STATEMENT — non-emergency ambulance transport',
  text: [
    'Origin: Saint Francis Hospital, 6161 S Yale Ave, Tulsa OK [74136]',
    'Destination: Lakeside Nursing Center, 1101 Lakeshore Dr, Eufaula OK [74432]',
    'Bed confined: ☒ unable to get up from bed without assistance ☒ unable to ambulate ☒ unable to sit in a chair',
    'Condition: post-op day 3 left hip hemiarthroplasty, weight bearing as tolerated, needs two-person transfer',
    'Certifying physician: R. Anand, DO   Oklahoma license no. [21093]   NPI 1265540093',
    'PCS form control [64612]   Signed 03/17/2025 13:05   Valid for this date of service only',
  ].join('\n'),
});

// ── 7. ED physician charge-capture screen, table ──
const edCharge = table({
  id: 's65-edcharge',
  kind: 's65-ed-physician-charge-capture-grid',
  caption: 'Charge capture — Emergency Medicine — Reyes, M. MD — shift 03/14 07:00–19:00',
  headers: ['Bed', 'Svc', 'Description', 'Mod', 'Qty', 'Dx'],
  rows: [
    ['R4', '{99285}', 'ED visit, high MDM', '25', '1', 'S72.002A'],
    ['R4', '{64447}', 'Femoral nerve block, single injection', 'LT', '1', 'S72.002A'],
    ['R7', '{99284}', 'ED visit, moderate MDM', '25', '1', 'S82.851A'],
    ['R7', '{64445}', 'Sciatic nerve block (popliteal), single', 'RT', '1', 'S82.851A'],
    ['R7', '{27818}', 'Closed tx trimalleolar fx w/ manipulation', '54 RT', '1', 'S82.851A'],
    ['H2', '{99283}', 'ED visit, low MDM', '25', '1', 'S01.81XA'],
    ['H2', '{12013}', 'Simple repair face 2.6–5.0 cm', '', '1', 'S01.81XA'],
    ['R2', '{99291}', 'Critical care, first 30–74 min', '', '1', 'S72.001A'],
    ['R2', '{64450}', 'Fascia iliaca block (other peripheral nerve)', 'RT', '1', 'S72.001A'],
    ['R2', '{76942}', 'US guidance, needle placement', '26', '1', 'S72.001A'],
  ],
});

// ── 8. ED procedure notes, text layer ──
const edProcNotes = lines({
  id: 's65-edproc',
  kind: 's65-ed-procedure-note-text',
  before: 'ED procedure notes (signed) — charge line shown under each note',
  text: [
    'R4 — Ultrasound-guided femoral nerve block, left, 20 mL 0.5% ropivacaine, no complications.',
    '     Charge: {64447}-LT (imaging guidance is included, not billed separately)',
    'R7 — Popliteal sciatic block before reduction of right trimalleolar fracture-dislocation.',
    '     Billed as {64445}; closed reduction billed as {27818}; procedural sedation not used.',
    'R2 — Fascia iliaca compartment block, right, image retained to PACS accession [72519].',
    '     Report {64450} and {76942}-26; pain 9/10 → 3/10 at 30 minutes.',
    'H2 — 3.4 cm forehead laceration, single layer, {12013}; tetanus given.',
  ].join('\n'),
});

// ── 9. ED coder worklist, table ──
const coderWorklist = table({
  id: 's65-edwork',
  kind: 's65-ed-coder-worklist-grid',
  caption: 'Pro-fee coding worklist — Emergency — pending (sorted by age)',
  headers: ['Queue #', 'Arrival', 'Dispo', 'E/M', 'Proc', 'Edit', 'Age'],
  rows: [
    ['[64445]', '03/14 13:20', 'Admit', '{99285}', '{64447}', 'Dx pointer missing', '4d'],
    ['[51870]', '03/14 15:02', 'Admit', '{99291}', '{64450} {76942}', 'CC time < 30 min?', '4d'],
    ['[51873]', '03/14 16:45', 'Home', '{99284}', '{64445} {27818}', 'NCCI pair — mod 59?', '4d'],
    ['[51877]', '03/14 18:10', 'Home', '{99283}', '{12013}', '', '3d'],
    ['[51902]', '03/15 02:31', 'Transfer', '{99285}', '{64448}', 'Catheter left in — verify', '3d'],
    ['[51911]', '03/15 09:14', 'Home', '—', '{64632}', 'Wrong queue: podiatry clinic', '3d'],
    ['[51918]', '03/15 10:40', 'Home', '—', '{64612}', 'Wrong queue: neurology clinic', '2d'],
  ],
});

// ── 10. ED coder queries and notes, text layer ──
const coderNotes = lines({
  id: 's65-edquery',
  kind: 's65-ed-coder-query-notes-text',
  before: 'Coder notes / physician queries — week of March 10',
  text: [
    'Queue [51870]: fascia iliaca documented; I coded {64450} with {76942}. Dr. Ibarra, please confirm image saved.',
    'Queue [51873]: {64445} and {27818} same side, same session — block was for post-reduction pain, append 59.',
    'Queue [51902]: note says catheter left in place; that is {64448}, not {64447}. Query sent.',
    'Queues [51911] / [51918]: {64632} and {64612} are clinic charges (podiatry, neurology); moved to clinic queue.',
    'Reminder: we do not code {64712} or {64714} from the ED queue; those come through the OR pro-fee queue.',
  ].join('\n'),
});

// ── 11. ED facility level grid (points / acuity), table ──
const facilityGrid = table({
  id: 's65-edlevel',
  kind: 's65-ed-facility-level-points-grid',
  caption: 'ED facility E/M level assignment — interventions and points (hospital policy, ACEP-style)',
  headers: ['Level', 'Code', 'Points', 'Acuity', 'Typical interventions'],
  rows: [
    ['1', '{99281}', '0–9', 'ESI 5', 'Recheck, suture removal'],
    ['2', '{99282}', '10–19', 'ESI 5', 'One simple diagnostic test, OTC med'],
    ['3', '{99283}', '20–29', 'ESI 4', 'Two diagnostics, oral meds, simple splint'],
    ['4', '{99284}', '30–44', 'ESI 3', 'IV meds, three or more diagnostics, nerve block assist'],
    ['5', '{99285}', '45+', 'ESI 2', 'Multiple IV meds, CT, ortho consult, regional block prep'],
    ['CC', '{99291}', 'time based', 'ESI 1', 'Critical care ≥ 30 min (facility), add {99292} each 30'],
  ],
});

// ── 12. ED facility level worksheet for one encounter, text layer ──
const facilityWorksheet = lines({
  id: 's65-edlevelws',
  kind: 's65-ed-facility-level-worksheet-text',
  before: 'Facility level worksheet — bed R4 — arrival by ground ambulance (McIntosh Co. EMS)',
  text: [
    'Triage ESI 2   Arrival 13:20   Interventions counted by nursing:',
    '  IV start + IV analgesia (2 doses) .......... 10',
    '  XR pelvis {72170} and XR hip {73502} ......... 6',
    '  CT head without contrast {70450} ............. 8',
    '  Nerve block setup/monitoring (physician bills {64447}) ... 10',
    '  Ortho consult, admit coordination .......... 14',
    'Total 48 points → Level 5, facility {99285}; visit number [73320]',
  ].join('\n'),
});

// ── 13. Trauma registry export, CSV text layer ──
const registryCsv = lines({
  id: 's65-tregcsv',
  kind: 's65-trauma-registry-export-csv-text',
  before: 'Trauma registry — quarterly export (CSV, first rows)',
  text: [
    'INC_KEY,ARR_DATE,INJ_ZIP,EMS_RUN,ISS,ED_DISP,PROC_CPT_1,PROC_CPT_2,PROC_CPT_3',
    '[24417],2025-03-14,[74432],25-[64712],9,OR,{64447},{27236},',
    '[24418],2025-03-14,[74467],25-[11068],5,HOME,{64445},{27818},',
    '[24431],2025-03-15,[74937],25-[02277],22,OR,{27228},{64712},{64445}',
    '[24440],2025-03-16,[73005],25-[09381],14,ICU,{64450},{27245},',
    '[24452],2025-03-17,[74056],25-[13960],17,OR,{64714},{27218},{64447}',
  ].join('\n'),
});

// ── 14. Trauma registry procedures page, table ──
const registryProcs = table({
  id: 's65-tregproc',
  kind: 's65-trauma-registry-procedures-grid',
  caption: 'Registry abstract — Procedures (hospital stay)',
  headers: ['Registry #', 'Proc date', 'Procedure', 'CPT', 'Location', 'OR case'],
  rows: [
    ['[24431]', '03/15/2025', 'Popliteal sciatic block, ED', '{64445}', 'ED', '—'],
    ['[24431]', '03/16/2025', 'ORIF acetabulum, posterior wall/column', '{27228}', 'OR', '[88715]'],
    ['[24431]', '03/16/2025', 'Sciatic nerve neuroplasty (same incision)', '{64712}', 'OR', '[88715]'],
    ['[24452]', '03/17/2025', 'Femoral nerve block, ED', '{64447}', 'ED', '—'],
    ['[24452]', '03/18/2025', 'Open tx pelvic ring, posterior', '{27218}', 'OR', '[88740]'],
    ['[24452]', '03/18/2025', 'Lumbar plexus neuroplasty', '{64714}', 'OR', '[88740]'],
  ],
});

// ── 15. Fire-district billing contract summary, text layer ──
const fireContract = lines({
  id: 's65-firecontract',
  kind: 's65-fire-district-billing-contract-summary-text',
  before: 'Contract summary — ambulance billing services — Eufaula Rural Fire Protection District',
  text: [
    'Agreement no. FD-[64612]   Term 01/01/2025–12/31/2027   Vendor no. with county [40191]',
    'Service area ZIPs: [74432], [74426], [74459], [74469] (McIntosh County FIPS [40091])',
    'Fee: 6.5% of net collections; no fee on SoonerCare crossover under $25',
    'Scope: HCPCS A0425–A0434 transports only. Vendor does not bill ED or physician services',
    '  (e.g. {64445} or {64447} performed at the receiving hospital are billed by that hospital).',
    'Deposits to lockbox PO Box [64632], Tulsa OK [74153]; monthly report by the 10th.',
  ].join('\n'),
});

// ── 16. State Medicaid ambulance fee schedule by county code, table (decoy only) ──
const medicaidFees = table({
  id: 's65-mcdfee',
  kind: 's65-medicaid-ambulance-fee-schedule-county-grid',
  caption: 'SoonerCare ground ambulance fee schedule by county (effective 07/01/2024)',
  headers: ['County', 'County code', 'Area', 'A0427 ALS1-E', 'A0429 BLS-E', 'A0425 per mile'],
  rows: [
    ['Canadian', '[40017]', 'Urban', '412.66', '328.19', '7.44'],
    ['Cimarron', '[40025]', 'Super rural', '489.30', '389.15', '9.81'],
    ['Le Flore', '[40079]', 'Rural', '461.12', '366.71', '8.93'],
    ['McIntosh', '[40091]', 'Rural', '461.12', '366.71', '8.93'],
    ['Major', '[40093]', 'Super rural', '489.30', '389.15', '9.81'],
    ['Payne', '[40119]', 'Urban', '412.66', '328.19', '7.44'],
    ['Pushmataha', '[40127]', 'Super rural', '489.30', '389.15', '9.81'],
    ['Seminole', '[40133]', 'Rural', '461.12', '366.71', '8.93'],
    ['Washita', '[40149]', 'Rural', '461.12', '366.71', '8.93'],
  ],
});

// ── 17. Dispatch CAD log lines, text layer (decoy only) ──
const cadLog = lines({
  id: 's65-cad',
  kind: 's65-dispatch-cad-log-text',
  before: 'CAD incident history — Medic 14',
  text: [
    '13:41:52 NEW CALL [64445]  FALL W/ INJURY  2210 N MAIN ST EUFAULA [74432]',
    '13:42:10 DISP M14 STA 3  /  E31 STA 3 (lift assist)',
    '13:51:44 ONSC M14   odo [48213]',
    '14:12:30 ENRT HOSP SFH TULSA [74136]   pt 1   priority 2',
    '15:29:02 AT HOSP M14   odo [48297]   linked call [64451] closed',
    '17:02:47 AVAIL M14   next call [64459] holding (lift assist, no transport)',
  ].join('\n'),
});

// ── 18. ZIP-based rural / super-rural lookup page, table (decoy only) ──
const zipLookup = table({
  id: 's65-ziprural',
  kind: 's65-ambulance-zip-rural-lookup-grid',
  caption: 'Ambulance fee schedule — ZIP code lookup results (CY 2025, quarter 1)',
  headers: ['ZIP', 'State', 'Carrier', 'Locality', 'Rural indicator'],
  rows: [
    ['[74432]', 'OK', '[04312]', '00', 'B'],
    ['[74426]', 'OK', '[04312]', '00', 'R'],
    ['[74136]', 'OK', '[04312]', '00', '(urban)'],
    ['[73933]', 'OK', '[04312]', '00', 'B'],
    ['[74937]', 'OK', '[04312]', '00', 'R'],
    ['[73104]', 'OK', '[04312]', '00', '(urban)'],
  ],
});

// ── 19. ZIP lookup help text, text layer (decoy only) ──
const zipHelp = lines({
  id: 's65-ziphelp',
  kind: 's65-zip-lookup-help-text',
  before: 'How to use the ZIP lookup',
  text: [
    'Enter the ZIP of the point of pickup, not the patient home ZIP or the destination.',
    'Example: a pickup in Boise City ([73933]) shows indicator B (super rural); add the bonus to the base rate.',
    'Example: a pickup in Eufaula ([74432]) is also B this year; Checotah ([74426]) is R only.',
    'ZIP+4 is not needed. Entries such as [74136]-2207 are matched on the first five digits.',
  ].join('\n'),
});

// ── 20. Fleet maintenance log, table (decoy only) ──
const fleetLog = table({
  id: 's65-fleet',
  kind: 's65-ems-fleet-maintenance-log-grid',
  caption: 'Fleet maintenance log — March',
  headers: ['Unit', 'Work order', 'Odometer', 'Service', 'Vendor #', 'Cost'],
  rows: [
    ['Medic 14', '[64714]', '[48380]', 'Oil, filters, brake pads front', '[20371]', '612.40'],
    ['Medic 12', '[31766]', '[91244]', 'Rear module A/C compressor', '[20371]', '1,880.00'],
    ['Medic 16', '[31771]', '[27730]', 'Cot mount inspection', '[23190]', '0.00'],
    ['Rescue 3', '[31790]', '[66018]', 'Tires (4), alignment', '[20480]', '1,214.76'],
    ['Supervisor 1', '[31802]', '[40523]', 'Light bar replacement', '[20371]', '745.00'],
  ],
});

// ── 21. Dispatch centre shift roster, table (decoy only) ──
const shiftRoster = table({
  id: 's65-roster',
  kind: 's65-dispatch-center-shift-roster-grid',
  caption: 'Communications Center — B shift roster',
  headers: ['Employee ID', 'Name', 'Position', 'Console', 'Hours', 'Home station ZIP'],
  rows: [
    ['[17204]', 'Watts, Dana', 'Shift supervisor', 'C1', '06:00–18:00', '[74432]'],
    ['[17288]', 'Tiger, Marcus', 'Dispatcher II', 'C2', '06:00–18:00', '[74467]'],
    ['[64612]', 'Bearpaw, Lena', 'Dispatcher I', 'C3', '06:00–18:00', '[74401]'],
    ['[17351]', 'Ruiz, Ana', 'Call taker', 'C4', '10:00–22:00', '[74426]'],
    ['[17390]', 'Cole, Jesse', 'Trainee', 'C3 (shadow)', '06:00–18:00', '[74459]'],
  ],
});

// ── 22. ED physician group 837P service lines, text layer ──
const x12Ed = lines({
  id: 's65-837ed',
  kind: 's65-837p-ed-physician-claim-text',
  before: '837P — Green Country Emergency Physicians — claim detail (ISA/GS trimmed)',
  text: [
    'CLM*[51870]*2185***23:B:1*Y*A*Y*Y~',
    'HI*ABK:S[72001]A~',
    'LX*1~',
    'SV1*HC:{99291}*1420*UN*1***1~',
    'LX*2~',
    'SV1*HC:{64450}:RT*410*UN*1***1~',
    'LX*3~',
    'SV1*HC:{76942}:26*155*UN*1***1~',
    'NM1*77*2*SAINT FRANCIS HOSPITAL*****XX*1184632077~',
    'N4*TULSA*OK*[74136]~',
    'NM1*PR*2*BCBS OKLAHOMA*****PI*[00840]~',
  ].join('\n'),
});

// ── 23. ED charge-capture JSON payload, text layer ──
const edJson = lines({
  id: 's65-edjson',
  kind: 's65-ed-charge-capture-json-text',
  before: 'Charge router — request body (JSON) for bed R7',
  text: [
    '"queueId": "[51873]",',
    '"providerId": "[31457]",',
    '"charges": [{"cpt": "{99284}", "mod": ["25"]}, {"cpt": "{64445}", "mod": ["RT", "59"]},',
    '            {"cpt": "{27818}", "mod": ["54", "RT"]}],',
    '"placeOfService": "23", "facilityZip": "[74136]"',
  ].join('\n'),
});

// ── 24. HL7 v2 DFT^P03 charge message, text layer ──
const hl7Dft = lines({
  id: 's65-hl7dft',
  kind: 's65-hl7-dft-ed-charge-message-text',
  before: 'Interface engine — outbound DFT^P03 (ED pro-fee charges)',
  text: [
    'MSH|^~\\&|EDIS|SFH|PROFEE|GCEP|20250314161200||DFT^P03|[82094]|P|2.5.1',
    'PID|1||[88210]^^^SFH^MR||WALTERS^EDNA||19380211|F|||2210 N MAIN ST^^EUFAULA^OK^[74432]',
    'FT1|1|||20250314||CG|{64447}^FEMORAL NERVE BLOCK^CPT||1|||||||||S72.002A|[31457]',
    'FT1|2|||20250314||CG|{99285}^ED VISIT HIGH^CPT||1|||||||||S72.002A|[31457]',
    'FT1|3|||20250314||CG|{64445}^SCIATIC NERVE BLOCK^CPT||1|||||||||S82.851A|[31457]',
  ].join('\n'),
});

// ── 25. 835 remittance, ED physician claims, text layer ──
const era835 = lines({
  id: 's65-835',
  kind: 's65-835-ed-remit-svc-loop-text',
  before: '835 — BCBS Oklahoma — payment to Green Country Emergency Physicians',
  text: [
    'TRN*1*[73617]*1731249088~',
    'CLP*[51873]*1*1590*612.18*40*12*25073114~',
    'SVC*HC:{99284}:25*690*298.40**1~',
    'SVC*HC:{64445}:RT:59*480*201.02**1~',
    'SVC*HC:{27818}:54:RT*420*112.76**1~',
    'CLP*[51902]*1*2030*0*0*12*25073120~',
    'SVC*HC:{64448}:LT*640*0**1~',
    'CAS*CO*97*640~',
  ].join('\n'),
});

// ── 26. ED denial worklist, table ──
const denials = table({
  id: 's65-eddeny',
  kind: 's65-ed-denial-worklist-grid',
  caption: 'Denials — Emergency pro-fee — open',
  headers: ['Claim', 'Billed code', 'Payer', 'CARC', 'Reason', 'Owner'],
  rows: [
    ['[51902]', '{64448}', 'BCBS OK', '97', 'Bundled into inpatient global of surgeon?', 'Coder'],
    ['[51930]', '{64447}', 'Medicare', 'B20', 'Billed by anesthesia same day', 'Coder'],
    ['[51944]', '{76942}', 'Aetna', '97', 'Guidance with {64445} is not separately paid', 'Coder'],
    ['[51957]', '{99285}', 'SoonerCare', '16', 'Missing referring NPI', 'Biller'],
    ['[51960]', '{64445}', 'UHC', '59', 'Processed under another provider', 'Biller'],
    ['[51971]', '{12013}', 'Self pay', '—', 'Sent to collections agency, acct [64632]', 'Biller'],
  ],
});

// ── 27. ED hip-fracture block protocol with billing appendix, text layer ──
const blockProtocol = lines({
  id: 's65-protocol',
  kind: 's65-ed-hip-fracture-block-protocol-text',
  before: 'ED Clinical Pathway — Hip fracture analgesia — Appendix C: documentation and billing',
  text: [
    'C.1 Fascia iliaca compartment block is reported with {64450}; add {76942} when an image is stored.',
    'C.2 A single-shot femoral nerve block is {64447}. Imaging guidance is included; do not report {76942}.',
    'C.3 If a femoral catheter is left for infusion, report {64448} instead of {64447}, never both.',
    'C.4 Ankle fracture-dislocation: a popliteal sciatic block is {64445}; the reduction is coded separately.',
    'C.5 PENG and other hip-capsule blocks: use {64450} until a specific code exists.',
    'C.6 The department does not perform {64712}, {64714} or {64632}; if seen on an ED charge, route to coding.',
  ].join('\n'),
});

// ── 28. Door-to-block audit (QI), table ──
const doorToBlock = table({
  id: 's65-d2b',
  kind: 's65-ed-door-to-block-audit-grid',
  caption: 'Hip fracture QI — door-to-block time — Q1',
  headers: ['Pt', 'Arrival mode', 'Door-to-block (min)', 'Block', 'Item', 'Registry #'],
  rows: [
    ['1', 'Ground ALS', '42', 'Femoral', '{64447}', '[24417]'],
    ['2', 'Ground ALS', '67', 'Fascia iliaca', '{64450}', '[24440]'],
    ['3', 'Walk-in', '118', 'Femoral + catheter', '{64448}', '[24462]'],
    ['4', 'Ground BLS', '55', 'Femoral', '{64447}', '[24475]'],
    ['5', 'Air', '31', 'Sciatic (ipsilateral ankle fx)', '{64445}', '[24488]'],
    ['6', 'Ground ALS', '—', 'None (declined)', '—', '[24491]'],
  ],
});

// ── 29. Interfacility transfer request, text layer ──
const transfer = lines({
  id: 's65-transfer',
  kind: 's65-interfacility-transfer-request-text',
  before: 'Transfer Center — request for transfer — accepted',
  text: [
    'Transfer ref [64445]   Sending: Lake Area Hospital ED, Eufaula OK [74432]',
    'Receiving: Saint Francis Hospital, Tulsa OK [74136]   Accepting: ortho trauma on call',
    'Dx: posterior wall acetabular fracture with foot drop; sciatic nerve injury suspected.',
    'Done at sending ED: sciatic block {64445} at 14:10 (documented), CT pelvis {72192}.',
    'Anticipated at receiving: ORIF with possible sciatic neuroplasty ({64712}).',
    'Transport: McIntosh Co. EMS Medic 12, run 25-[02277], ETA 75 min.',
  ].join('\n'),
});

// ── 30. Hospital charge master excerpt, table ──
const cdm = table({
  id: 's65-cdm',
  kind: 's65-hospital-chargemaster-excerpt-grid',
  caption: 'Charge description master — nerve procedures (all departments)',
  headers: ['CDM', 'Description', 'Code', 'Rev', 'Dept', 'Price'],
  rows: [
    ['[45102]', 'NERVE BLOCK SCIATIC SINGLE', '{64445}', '0450', 'ED', '1,240.00'],
    ['[45103]', 'NERVE BLOCK FEMORAL SINGLE', '{64447}', '0450', 'ED', '1,180.00'],
    ['[45104]', 'NERVE BLOCK FEMORAL CONT', '{64448}', '0450', 'ED', '1,530.00'],
    ['[45105]', 'NERVE BLOCK OTHER PERIPH', '{64450}', '0450', 'ED', '860.00'],
    ['[46210]', 'NEUROPLASTY SCIATIC', '{64712}', '0360', 'OR', '6,410.00'],
    ['[46211]', 'NEUROPLASTY LUMBAR PLEXUS', '{64714}', '0360', 'OR', '6,120.00'],
    ['[47330]', 'DESTR PLANTAR DIG NERVE', '{64632}', '0510', 'Podiatry', '720.00'],
    ['[47512]', 'CHEMODENERV FACIAL NERVE', '{64612}', '0510', 'Neurology', '940.00'],
  ],
});

// ── 31. Physician productivity report, table ──
const productivity = table({
  id: 's65-rvu',
  kind: 's65-employed-physician-productivity-grid',
  caption: 'Employed physician productivity — procedures — Q1 (count and wRVU)',
  headers: ['Billed code', 'Specialty', 'Count', 'wRVU each', 'wRVU total'],
  rows: [
    ['{64445}', 'Emergency Med', '38', '1.34', '50.92'],
    ['{64447}', 'Emergency Med', '61', '1.34', '81.74'],
    ['{64450}', 'Emergency Med', '47', '0.75', '35.25'],
    ['{64712}', 'Ortho trauma', '6', '8.17', '49.02'],
    ['{64714}', 'Ortho trauma', '2', '7.48', '14.96'],
    ['{64632}', 'Podiatry', '29', '1.23', '35.67'],
    ['{64612}', 'Neurology', '33', '1.53', '50.49'],
  ],
});

// ── 32. NEMSIS XML export, text layer ──
const nemsisXml = lines({
  id: 's65-nemsis',
  kind: 's65-nemsis-xml-export-text',
  before: 'State EMS data submission — PCR export (XML excerpt)',
  text: [
    '<eResponse.03>25-[64712]</eResponse.03>',
    '<eResponse.04>[31884]</eResponse.04>',
    '<eScene.19>[74432]</eScene.19>',
    '<eScene.21>[40091]</eScene.21>',
    '<eDisposition.07>[74136]</eDisposition.07>',
    '<eVitals.06>148</eVitals.06>',
    '<eDisposition.06>[40143]</eDisposition.06>',
  ].join('\n'),
});

// ── 33. EMS billing QA review, text layer ──
const billingQa = lines({
  id: 's65-billqa',
  kind: 's65-ems-billing-qa-review-text',
  before: 'Billing QA — runs flagged before submission',
  text: [
    'Run 25-[64712]: pickup ZIP [74432] on claim matches ePCR; PCS not required (emergency). Pass.',
    'Run 25-[11068]: destination ZIP [74467] but odometer shows [48522] → [48561], 39 miles; ok.',
    'Run 25-[09381]: narrative lists "ED did nerve block {64447}" — not ours, remove from billing notes.',
    'Run 25-[13960]: origin ZIP blank; scene was Pawhuska [74056]. Fix item 23 and resubmit.',
  ].join('\n'),
});

// ── 34. Payer fee schedule for the employed group, table ──
const groupFees = table({
  id: 's65-groupfee',
  kind: 's65-employed-group-payer-fee-schedule-grid',
  caption: 'SoonerCare physician fee schedule lookup — selected procedures',
  headers: ['Proc', 'Short description', 'Non-facility', 'Facility', 'PA required'],
  rows: [
    ['{64445}', 'N block inj sciatic sng', '119.68', '64.12', 'No'],
    ['{64447}', 'N block inj fem single', '104.77', '58.30', 'No'],
    ['{64448}', 'N block inj fem cont inf', '—', '66.91', 'No'],
    ['{64450}', 'N block other peripheral', '98.53', '46.02', 'No'],
    ['{64712}', 'Revise sciatic nerve', '—', '501.46', 'Yes'],
    ['{64714}', 'Revise low back nerve(s)', '—', '448.93', 'Yes'],
    ['{64632}', 'N block inj common digit', '142.87', '76.55', 'No'],
    ['{64612}', 'Destroy nerve face muscle', '178.40', '152.66', 'Yes'],
  ],
});

// ── 35. ED coding audit findings, table ──
const codingAudit = table({
  id: 's65-audit',
  kind: 's65-ed-coding-audit-findings-grid',
  caption: 'Quarterly pro-fee coding audit — Emergency — sample of charts with findings',
  headers: ['Chart', 'Coded', 'Audited', 'Finding', 'Coder ID'],
  rows: [
    ['[60318]', '{64447}', '{64448}', 'Catheter documented; infusion code applies', '[70211]'],
    ['[60322]', '{64450} {76942}', '{64450}', 'No stored image; drop guidance', '[70211]'],
    ['[60327]', '{64445}', '{64445}', 'Agree', '[70245]'],
    ['[60335]', '{64712}', '—', 'OR service in ED queue; void ED line', '[70245]'],
    ['[60341]', '{64632}', '—', 'Podiatry clinic charge, re-route', '[70211]'],
    ['[60350]', '{99285}', '{99284}', 'MDM moderate, not high', '[70268]'],
    ['[60356]', '{64612}', '—', 'Neurology clinic charge, re-route', '[70268]'],
  ],
});

// ── 36. ED coding quick-reference list, text layer ──
const tipSheet = lines({
  id: 's65-tips',
  kind: 's65-ed-nerve-block-quick-reference-list-text',
  before: 'Nerve blocks in the ED — coder quick reference (laminated card)',
  text: [
    '• {64445}  sciatic nerve, single injection (popliteal or subgluteal)',
    '• {64446}  sciatic nerve, continuous infusion',
    '• {64447}  femoral nerve, single injection',
    '• {64448}  femoral nerve, continuous infusion',
    '• {64450}  other peripheral nerve: fascia iliaca, PENG, ankle, digital',
    '• {64415}  brachial plexus, single (shoulder dislocation)',
    '• {64418}  suprascapular nerve',
    'Not ED codes: {64712}, {64714} (OR neuroplasty); {64632} (podiatry); {64612} (neurology)',
  ].join('\n'),
});

// ── 37. Medicare ambulance remittance detail, table (decoy only) ──
const ambRemit = table({
  id: 's65-ambremit',
  kind: 's65-medicare-ambulance-remit-detail-grid',
  caption: 'Remittance detail — Novitas — McIntosh County EMS — check dated 04/02/2025',
  headers: ['Run', 'HCPCS', 'Mod', 'Pickup ZIP', 'Allowed', 'Paid', 'CARC'],
  rows: [
    ['25-[14077]', 'A0427', 'RH', '[74426]', '522.14', '409.36', '45'],
    ['25-[14077]', 'A0425', 'RH', '[74426]', '8.95 x 22', '154.38', '45'],
    ['25-[14081]', 'A0429', 'RH', '[74469]', '436.78', '342.43', '45'],
    ['25-[14102]', 'A0427', 'RN', '[74401]', '522.14', '0.00', 'CO-16'],
    ['25-[14118]', 'A0433', 'RH', '[74820]', '1,008.20', '790.43', '45'],
    ['25-[14126]', 'A0425', 'RH', '[74501]', '8.95 x 61', '428.01', '45'],
  ],
});

// ── 38. EMS supply order confirmation, text layer (decoy only) ──
const supplyOrder = lines({
  id: 's65-supply',
  kind: 's65-ems-supply-order-confirmation-text',
  before: 'Order confirmation — medical supply distributor',
  text: [
    'PO [30126]   Ordered by: Station 3 supply officer   Ship via ground',
    'Item [52218]  IV start kit, 50/cs  qty 4',
    'Item [52234]  Cervical collar, adjustable  qty 10',
    'Item [52240]  Traction splint, adult  qty 1',
    'Item [52247]  Pelvic binder  qty 2',
    'Ship to: McIntosh County EMS Station 3, Eufaula OK [74432]   Bill to account [30182]',
  ].join('\n'),
});

export const sealed65: Snippet[] = [
  ...epcrHeader,
  ...epcrMileage,
  ...epcrBilling,
  ...cms1500,
  ...x12Amb,
  ...pcs,
  ...edCharge,
  ...edProcNotes,
  ...coderWorklist,
  ...coderNotes,
  ...facilityGrid,
  ...facilityWorksheet,
  ...registryCsv,
  ...registryProcs,
  ...fireContract,
  ...medicaidFees,
  ...cadLog,
  ...zipLookup,
  ...zipHelp,
  ...fleetLog,
  ...shiftRoster,
  ...x12Ed,
  ...edJson,
  ...hl7Dft,
  ...era835,
  ...denials,
  ...blockProtocol,
  ...doorToBlock,
  ...transfer,
  ...cdm,
  ...productivity,
  ...nemsisXml,
  ...billingQa,
  ...groupFees,
  ...codingAudit,
  ...tipSheet,
  ...ambRemit,
  ...supplyOrder,
];
