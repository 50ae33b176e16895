import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 84 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s84-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, deleted ones included (an update worksheet still names them as codes). About a third of the
 * decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as cost centers, charge numbers, change and
 * ticket numbers, OR cases, message control ids, ZIPs, vendor numbers and dollar amounts. The five known codes' digits
 * come back as decoys: a neurodiagnostics cost center (and its GL account), a supply-line charge number, a supply
 * catalog number, a vendor number, a patient ZIP (in an email and in an 837I N4 segment), a Revenue Integrity cost
 * center, a price-estimate number and a GL reconciling item.
 *
 * Family: hospital chargemaster (CDM) maintenance and the annual code-update project, around a hospital pain
 * management department: CDM line-item and payer-override screens (charge numbers, revenue codes, HCPCS/CPT, price),
 * a department CDM extract, an annual CPT update impact worksheet and memo (deleted, new, revised codes mapped to CDM
 * lines), a deleted-code crosswalk, a department charge-request form and its lines, a CDM change log and audit detail,
 * price transparency machine-readable file excerpts (CSV, JSON, and the CSV in a spreadsheet), a revenue integrity
 * reconciliation of documented procedures with no CDM charge and its summary, a charge interface error queue, an
 * email thread between the CDM analyst and the pain department manager, a general-ledger department map, an HL7 DFT
 * charge message, an 837I claim and UB-04 preview, an OPPS Addendum B excerpt, a price review, an NCCI PTP edit
 * check, a paper charge ticket, CDM CSV / XML exports, a service-desk ticket, a dashboard, and decoy-only pages (a
 * supply item master, a department cost-center roster, a GL posting summary).
 * Built on real public layouts: the CMS hospital price transparency template v2 (CSV header rows and column names
 * such as code|1, code|1|type, standard_charge|gross; the JSON standard_charge_information / code_information
 * objects), the OPPS Addendum B columns (HCPCS code, short descriptor, SI, APC, relative weight, payment rate), the
 * NCCI PTP edit table columns, UB-04 form locators 42–47, HL7 v2 DFT^P03 FT1 segments (transaction code in FT1-7,
 * department in FT1-13, procedure code in FT1-25) and X12 837I SV2 segments. The CDM screens, worksheet, forms, logs
 * and emails are written the way those pages read, with no single source; rates, APC weights and prices are made up.
 *
 * 391 labelled tokens over 33 shapes: 168 codes, 223 decoys, 81 of the decoys in KNOWN_10K.
 */

// ── 1. CDM line item screen (charge line detail), definition list ──
const lineDetail = lines({
  id: 's84-linedetail',
  kind: 's84-cdm-charge-line-detail-screen-text',
  before: 'Chargemaster Maintenance — Charge Line Detail (view only)',
  text: [
    'Charge number: [36184]   Status: Active   Effective: 07/01/2024',
    'Description: NEUROPLASTY SCIATIC NERVE   Short: NEUROPLSTY SCIATIC',
    'Revenue code: 0360   Department: [61480] Pain Management Center   Revenue GL: 4010-[61480]',
    'HCPCS/CPT: {64712}   Modifier: none   Charge type: hard-coded',
    'Price: $4,812.00   Cost: $1,190.40   Last price change: 07/01/2024 (request [30558])',
    'Linked supply charges: [36185], [36190]   Charge router: OR case close',
  ].join('\n'),
});

// ── 2. CDM payer-specific HCPCS override screen, text layer ──
const overrides = lines({
  id: 's84-override',
  kind: 's84-cdm-payer-code-override-screen-text',
  before: 'Charge line — payer-specific code overrides',
  text: [
    'Charge [36188]  INJ ANES SCIATIC NERVE SNGL   Rev 0361   Default code {64445}',
    'Financial class Medicare: bill {64445}, units 1, no override of rev code',
    'Financial class Medicaid (MO HealthNet): bill {64445} with modifier RT/LT from order',
    'Workers comp (MO fee schedule, hospital outpatient): bill {64445}; attach op note',
    'Override table last edited by ktran, request [30581]',
  ].join('\n'),
});

// ── 3. CDM extract for the department, table ──
const cdmExtract = table({
  id: 's84-extract',
  kind: 's84-cdm-department-extract-grid',
  caption: 'CDM extract — Pain Management Center — active and inactive lines',
  headers: ['Charge #', 'Charge description', 'Rev', 'HCPCS/CPT', 'Mod', 'Price', 'Status'],
  rows: [
    ['[36180]', 'INJ ANES GREATER OCCIPITAL', '0361', '{64405}', '', '612.00', 'A'],
    ['[36181]', 'INJ ANES OTHER PERIPH NERVE', '0361', '{64450}', '', '598.00', 'A'],
    ['[36184]', 'NEUROPLASTY SCIATIC NERVE', '0360', '{64712}', '', '4812.00', 'A'],
    ['[36186]', 'NEUROPLASTY LUMBAR PLEXUS', '0360', '{64714}', '', '4455.00', 'A'],
    ['[36188]', 'INJ ANES SCIATIC NERVE SNGL', '0361', '{64445}', '', '702.00', 'A'],
    ['[36191]', 'DESTR NEUROLYT PLANTAR DIG NRV', '0361', '{64632}', '', '1164.00', 'A'],
    ['[36193]', 'CHEMODENERV FACIAL NERVE UNI', '0361', '{64612}', '', '985.00', 'A'],
    ['[36195]', 'RFA GENICULAR NERVES', '0361', '{64624}', '', '3240.00', 'A'],
    ['[36197]', 'INJ EPIDURAL LUMBAR W IMG', '0361', '{62323}', '', '2106.00', 'A'],
    ['[36199]', 'US GUIDE NEEDLE PLACEMENT', '0402', '{76942}', '', '310.00', 'A'],
    ['[36202]', 'NEUROPLASTY SCIATIC BILAT', '0360', '{64712}', '50', '[10818].00', 'I'],
  ],
});

// ── 4. Annual CPT update impact worksheet, table ──
const impact = table({
  id: 's84-impact',
  kind: 's84-annual-cpt-update-impact-worksheet-grid',
  caption: 'Annual CPT update — impact worksheet — Pain Management Center',
  headers: ['Status', 'Code', 'Descriptor (abbrev.)', 'Replaced by', 'CDM lines hit', 'Action', 'Owner'],
  rows: [
    ['D', '{64402}', 'Inj anes facial nerve', '{64999} (unlisted)', '[36177]', 'Inactivate 12/31', 'KT'],
    ['D', '{64410}', 'Inj anes phrenic nerve', '{64999}', '[36178]', 'Inactivate 12/31', 'KT'],
    ['D', '{64413}', 'Inj anes cervical plexus', '{64999}', '[36179]', 'Inactivate 12/31', 'KT'],
    ['N', '{64454}', 'Inj genicular nerve branches', '—', 'none', 'Build new line', 'RM'],
    ['N', '{64625}', 'RF ablation SI joint nerves', '—', 'none', 'Build new line', 'RM'],
    ['R', '{64445}', 'Inj anes sciatic nerve single', '—', '[36188]', 'Description only', 'KT'],
    ['R', '{64632}', 'Destr neurolytic plantar dig nerve', '—', '[36191]', 'Review units', 'KT'],
    ['R', '{64612}', 'Chemodenerv muscle facial nerve uni', '—', '[36193]', 'Description only', 'KT'],
    ['—', '{64712}', 'Neuroplasty sciatic nerve', 'no change', '[36184], [36202]', 'None', '—'],
    ['—', '{64714}', 'Neuroplasty lumbar plexus', 'no change', '[36186]', 'Dept asks to inactivate', 'KT'],
  ],
});

// ── 5. Annual update memo, text layer ──
const updateMemo = lines({
  id: 's84-memo',
  kind: 's84-annual-code-update-memo-text',
  before: 'Memo: Annual HCPCS/CPT update — chargemaster actions due before January 1',
  text: [
    'The AMA data file lists three deleted, two new and three revised codes that touch Pain Management lines.',
    'Deleted {64402}, {64410} and {64413} must be inactivated on 12/31; cases after that date go to {64999}.',
    'New codes {64454} and {64625} need charge lines; proposed charge numbers [36203] and [36204].',
    'Descriptor-only revisions: {64445}, {64612}, {64632}. No price change is proposed for these.',
    'The department also asks to inactivate the lumbar plexus neuroplasty line; we will keep {64714} open until volume is confirmed.',
    'Questions to the CDM coordinator or the Revenue Integrity queue, ticket [48817].',
  ].join('\n'),
});

// ── 6. Deleted-code crosswalk across departments, table ──
const crosswalk = table({
  id: 's84-xwalk',
  kind: 's84-deleted-code-crosswalk-grid',
  caption: 'Deleted-code crosswalk — all departments (pain rows highlighted)',
  headers: ['Old', 'New', 'Dept', 'Cost ctr', 'Charge #', 'Eff.'],
  rows: [
    ['{64402}', '{64999}', 'Pain', '[61480]', '[36177]', '01/01'],
    ['{64413}', '{64999}', 'Pain', '[61480]', '[36179]', '01/01'],
    ['{64508}', '{64999}', 'Pain', '[61480]', '[36176]', '01/01'],
    ['{64550}', 'none', 'Rehab', '[62210]', '[41852]', '01/01'],
    ['{20552}', 'revised text', 'Pain', '[61480]', '[36170]', '01/01'],
  ],
});

// ── 7. Department charge-request form, text layer ──
const requestForm = lines({
  id: 's84-reqform',
  kind: 's84-department-charge-request-form-text',
  before: 'CDM Add / Change / Inactivate Request — Form RI-12',
  text: [
    'Requesting department: Pain Management Center   Cost center: [61480]   Requested by: D. Alvarez, Manager',
    'Request type: ☑ Add  ☐ Change  ☐ Inactivate   Requested effective date: 01/01',
    'Procedure: genicular nerve block (diagnostic), done before RFA   Billed code: {64454}',
    'Suggested revenue code: 0361   Modifiers: RT/LT   Expected annual volume: 140',
    'Proposed price: $1,080.00 (same as the {64450} line, charge [36181])',
    'Drug billed separately? ☑ Yes — bupivacaine via pharmacy line [25022]',
    'Approvals: CDM analyst K. Tran   Finance: pending   Compliance review no. [72261]',
  ].join('\n'),
});

// ── 8. Charge-request detail lines, table ──
const requestLines = table({
  id: 's84-reqlines',
  kind: 's84-charge-request-detail-lines-grid',
  caption: 'Request RI-12 — lines requested',
  headers: ['Line', 'Action', 'Svc', 'Description', 'Rev', 'Price', 'Existing chg #'],
  rows: [
    ['1', 'Add', '{64454}', 'GENICULAR NERVE INJ', '0361', '1080.00', '—'],
    ['2', 'Add', '{64625}', 'RFA SI JOINT NERVES', '0361', '3410.00', '—'],
    ['3', 'Add', '{64451}', 'INJ SI JOINT NERVES W IMG', '0361', '1195.00', '—'],
    ['4', 'Change', '{64632}', 'DESTR NEUROLYT PLANTAR DIG', '0361', '1164.00', '[36191]'],
    ['5', 'Change', '{64445}', 'INJ SCIATIC NRV SINGLE', '0361', '702.00', '[36188]'],
    ['6', 'Inactivate', '{64402}', 'INJ FACIAL NERVE', '0361', '—', '[36177]'],
    ['7', 'Inactivate', '{64714}', 'NEUROPLASTY LUMBAR PLEXUS', '0360', '—', '[36186]'],
  ],
});

// ── 9. CDM change log, table ──
const changeLog = table({
  id: 's84-chglog',
  kind: 's84-cdm-change-log-grid',
  caption: 'CDM change log — November',
  headers: ['Date', 'Change #', 'Charge #', 'Field', 'Old value', 'New value', 'User'],
  rows: [
    ['11/18', '[50311]', '[36177]', 'Status', 'Active', 'Inactive 12/31', 'ktran'],
    ['11/18', '[50312]', '[36178]', 'Status', 'Active', 'Inactive 12/31', 'ktran'],
    ['11/19', '[50315]', '[36191]', 'HCPCS', '{64640}', '{64632}', 'ktran'],
    ['11/19', '[50316]', '[36193]', 'Description', 'CHEMODENERV FACIAL', 'CHEMODENERV FACIAL NERVE UNI', 'ktran'],
    ['11/20', '[50319]', '[36203]', 'New line', '—', '{64454} / 0361 / 1080.00', 'rmeyer'],
    ['11/20', '[50320]', '[36204]', 'New line', '—', '{64625} / 0361 / 3410.00', 'rmeyer'],
    ['11/21', '[50322]', '[36188]', 'Rev code', '0360', '0361', 'ktran'],
    ['11/22', '[50324]', '[64714]', 'Price', '2,940.00', '3,020.00', 'rmeyer'],
  ],
});

// ── 10. Change audit detail, text layer ──
const changeAudit = lines({
  id: 's84-audit',
  kind: 's84-cdm-change-audit-detail-text',
  before: 'Audit trail — charge line change detail',
  text: [
    'Change [50315] on charge [36191] by ktran, 11/19 10:42',
    'HCPCS field: was {64640}, now {64632} — reason: line mapped to the wrong nerve since go-live',
    'Claims since go-live carrying the old code: 37 (account list attached to ticket [48822])',
    'Change [50324] on charge [64714] (supply line, OR tray) — price only, no code on this line',
  ].join('\n'),
});

// ── 11. Price transparency MRF, CSV (CMS template), text layer ──
const mrfCsv = lines({
  id: 's84-mrfcsv',
  kind: 's84-price-transparency-mrf-csv-text',
  before: 'standardcharges.csv (first rows, opened in a text viewer)',
  text: [
    'hospital_name,last_updated_on,version,hospital_location,hospital_address,license_number|MO',
    'Riverbluff Regional Medical Center,2025-07-01,2.2.0,St. Joseph,"4100 N Belt Hwy, St. Joseph, MO [64506]",[32119]',
    'description,code|1,code|1|type,code|2,code|2|type,modifiers,setting,standard_charge|gross,standard_charge|discounted_cash,payer_name,plan_name,standard_charge|negotiated_dollar,standard_charge|methodology',
    'NEUROPLASTY SCIATIC NERVE,{64712},CPT,[36184],CDM,,outpatient,4812.00,3368.40,Blue KC,PPO,2886.10,fee schedule',
    'NEUROPLASTY LUMBAR PLEXUS,{64714},CPT,[36186],CDM,,outpatient,4455.00,3118.50,Blue KC,PPO,2673.00,fee schedule',
    'INJ ANES SCIATIC NERVE SNGL,{64445},CPT,[36188],CDM,,outpatient,702.00,491.40,Aetna,Commercial,421.20,fee schedule',
    'DESTR NEUROLYT PLANTAR DIG NRV,{64632},CPT,[36191],CDM,RT,outpatient,1164.00,814.80,Cigna,OAP,698.40,fee schedule',
    'CHEMODENERV FACIAL NERVE UNI,{64612},CPT,0361,RC,,both,985.00,689.50,Home State Health,Medicaid,512.20,fee schedule',
    'MAJOR JOINT REPLACEMENT W/O MCC,470,MS-DRG,,,inpatient,,,UnitedHealthcare,Choice Plus,[31291].00,case rate',
  ].join('\n'),
});

// ── 12. Price transparency MRF, JSON, text layer ──
const mrfJson = lines({
  id: 's84-mrfjson',
  kind: 's84-price-transparency-mrf-json-text',
  before: 'standardcharges.json (excerpt, pretty-printed)',
  text: [
    '"hospital_name": "Riverbluff Regional Medical Center",',
    '"license_information": {"license_number": "[32119]", "state": "MO"},',
    '"hospital_address": ["4100 N Belt Hwy, St. Joseph, MO [64506]"],',
    '"standard_charge_information": [{',
    '  "description": "NEUROPLASTY SCIATIC NERVE",',
    '  "code_information": [{"code": "{64712}", "type": "CPT"}, {"code": "[36184]", "type": "CDM"}],',
    '  "standard_charges": [{"setting": "outpatient", "gross_charge": 4812.00, "discounted_cash": 3368.40,',
    '    "payers_information": [{"payer_name": "Blue KC", "plan_name": "PPO", "standard_charge_dollar": 2886.10}]}]',
    '}, {"description": "CHEMODENERV FACIAL NERVE UNI",',
    '  "code_information": [{"code": "{64612}", "type": "CPT"}, {"code": "[36193]", "type": "CDM"}]',
    '}, {"description": "INJ ANES SCIATIC NERVE SNGL", "code_information": [{"code": "{64445}", "type": "CPT"}]',
    '}, {"description": "RFA GENICULAR NERVES", "code_information": [{"code": "{64624}", "type": "CPT"}],',
    '  "standard_charges": [{"setting": "outpatient", "minimum": 1620.00, "maximum": [10251].00}]}',
  ].join('\n'),
});

// ── 13. MRF opened in a spreadsheet, table ──
const mrfSheet = table({
  id: 's84-mrfsheet',
  kind: 's84-price-transparency-mrf-spreadsheet-grid',
  caption: 'standardcharges.csv — filtered to Pain Management descriptions',
  headers: [
    'description',
    'code|1',
    'code|1|type',
    'code|2',
    'code|2|type',
    'setting',
    'standard_charge|gross',
    'payer_name',
    'standard_charge|negotiated_dollar',
  ],
  rows: [
    ['INJ ANES OTHER PERIPH NERVE', '{64450}', 'CPT', '[36181]', 'CDM', 'outpatient', '598.00', 'Blue KC', '358.80'],
    ['RFA GENICULAR NERVES', '{64624}', 'CPT', '[36195]', 'CDM', 'outpatient', '3240.00', 'Aetna', '1944.00'],
    ['NEUROPLASTY SCIATIC NERVE', '{64712}', 'CPT', '[36184]', 'CDM', 'outpatient', '4812.00', 'Cigna', '2887.20'],
    [
      'NEUROPLASTY SCIATIC NERVE',
      '{64712}',
      'CPT',
      '[36184]',
      'CDM',
      'outpatient',
      '4812.00',
      'Home State Health',
      '1122.75',
    ],
    ['BOTULINUM TOXIN A PER UNIT', 'J0585', 'HCPCS', '[25118]', 'CDM', 'both', '38.10', 'Blue KC', '22.86'],
    [
      'INJ ANES SCIATIC NERVE SNGL',
      '{64445}',
      'CPT',
      '0361',
      'RC',
      'outpatient',
      '702.00',
      'UnitedHealthcare',
      '449.28',
    ],
    ['CHEMODENERV FACIAL NERVE UNI', '{64612}', 'CPT', '[36193]', 'CDM', 'both', '985.00', 'Aetna', '591.00'],
  ],
});

// ── 14. Revenue integrity reconciliation: procedures with no CDM charge, table ──
const recon = table({
  id: 's84-recon',
  kind: 's84-revenue-integrity-missing-charge-recon-grid',
  caption: 'Revenue integrity — documented procedures with no matching CDM charge (Pain Mgmt, October)',
  headers: ['OR case', 'Svc date', 'Documented procedure', 'CPT per op note', 'Charge found', 'Est. missed', 'Reason'],
  rows: [
    ['[70441]', '10/02', 'Genicular nerve block', '{64454}', 'No', '1080.00', 'No CDM line yet'],
    ['[70458]', '10/03', 'SI joint RF ablation', '{64625}', 'No', '3410.00', 'No CDM line yet'],
    ['[70502]', '10/09', 'Sciatic neuroplasty', '{64712}', 'No', '4812.00', 'Router skipped (case not closed)'],
    ['[70517]', '10/10', 'Plantar digital neurolysis x2', '{64632}', '1 of 2', '1164.00', 'Units defaulted to 1'],
    ['[70563]', '10/15', 'Facial chemodenervation', '{64612}', 'No', '985.00', 'Line not open to clinic dept'],
    ['[70588]', '10/17', 'Facial nerve block', '{64402}', 'No', '—', 'Deleted code on op note template'],
    ['[70601]', '10/22', 'Sciatic block for post-op pain', '{64445}', 'No', '702.00', 'Billed by anesthesia? check'],
    ['[70622]', '10/27', 'Lumbar plexus neuroplasty', '{64714}', 'Yes', '—', 'Cleared'],
  ],
});

// ── 15. Reconciliation summary, text layer ──
const reconSummary = lines({
  id: 's84-reconsum',
  kind: 's84-reconciliation-summary-text',
  before: 'Reconciliation summary — Pain Management Center — October',
  text: [
    'Cases in procedure log: 412   Cases with all expected charges: 389   Exceptions: 23',
    'Estimated missed gross charges: $[41301] (prior month: $[38915])',
    'Top exception codes: {64454} (no line, 9 cases), {64625} (no line, 4), {64712} (router timing, 3).',
    'Lost-charge report run [88015], matched against claim batch [55147].',
    'After the January build the two new lines should clear most of these.',
  ].join('\n'),
});

// ── 16. Email thread, CDM analyst and pain department manager, text layer ──
const email = lines({
  id: 's84-email',
  kind: 's84-cdm-analyst-manager-email-thread-text',
  before: 'Outlook — RE: new charges for genicular and SI procedures',
  text: [
    'From: Kim Tran (CDM Analyst)   To: Dana Alvarez (Manager, Pain Management)',
    'Dana, your request came through. I built the genicular block as {64454} on charge [36203], and the SI RFA under {64625}.',
    'Before I release them: does Dr. Okonjo still use {64632} for the foot cases, or {64640} now?',
    'Also the op note template still lists {64402}; that code goes away on 01/01 and any case after that will hit the edit.',
    'Thanks, Kim — Revenue Integrity, ext. [41170]',
    'From: Dana Alvarez — Kim, he uses {64632} for the Morton neuroma injections, sometimes two units.',
    "Sciatic neuroplasty is rare, maybe 3 a month, and we don't do the lumbar plexus one ({64714}) at all anymore.",
    'Please inactivate that line. Our cost center is still [61480] on the request, right?',
    'A patient from ZIP [64445] called: the estimator quoted her the old sciatic block price.',
  ].join('\n'),
});

// ── 17. Email reply with quoted text, text layer ──
const emailReply = lines({
  id: 's84-reply',
  kind: 's84-cdm-email-reply-quoted-text',
  before: 'RE: RE: new charges for genicular and SI procedures',
  text: [
    'Kim Tran wrote: Inactivating [36186] ({64714}) effective 12/31. The estimator reads the CDM nightly.',
    '> he uses {64632} for the Morton neuroma injections, sometimes two units',
    'Then the line needs the MUE check: {64632} takes RT and LT on separate lines, one unit each.',
    'Estimate no. [64612] for the sciatic block will be reissued today; estimator ticket [48824].',
    'Cost center [61480] is right. Finance moved the clinic side to [61485] last year, so check the next request.',
  ].join('\n'),
});

// ── 18. General-ledger department map, table ──
const glMap = table({
  id: 's84-glmap',
  kind: 's84-general-ledger-department-map-grid',
  caption: 'General ledger — department / cost center map for charge posting',
  headers: ['Cost center', 'Department', 'Revenue GL', 'Rev codes', 'Sample code'],
  rows: [
    ['[61480]', 'Pain Management Center', '4010-[61480]', '0360, 0361, 0402', '{64445}'],
    ['[61320]', 'Ambulatory Surgery', '4010-[61320]', '0360, 0370', '{64712}'],
    ['[62210]', 'Physical Therapy', '4010-[62210]', '0420, 0424', '{97110}'],
    ['[63040]', 'Radiology — Diagnostic', '4010-[63040]', '0320', '{72100}'],
    ['[63090]', 'Ultrasound', '4010-[63090]', '0402', '{76942}'],
    ['[64712]', 'Neurodiagnostics (EEG/EMG)', '4010-[64712]', '0740, 0922', '{95910}'],
  ],
});

// ── 19. Supply item master, table (decoy only) ──
const itemMaster = table({
  id: 's84-itemmaster',
  kind: 's84-supply-item-master-grid',
  caption: 'Materials management — item master — pain procedure supplies',
  headers: ['Item #', 'Description', 'Mfr', 'Mfr catalog', 'Vendor #', 'UOM', 'Unit cost', 'Charge #'],
  rows: [
    ['[40317]', 'NEEDLE SPINAL 22G 3.5IN QUINCKE', 'BD', '405181', '[10097]', 'BX/25', '48.20', '—'],
    ['[40322]', 'NEEDLE STIMUPLEX 21G 100MM', 'B Braun', '4894260', '[10112]', 'BX/25', '162.50', '—'],
    ['[40356]', 'KIT RF GENICULAR PROBE 100MM', 'Avanos', 'PRK-[64632]', '[10174]', 'EA', '420.00', '[25104]'],
    ['[40371]', 'TRAY NERVE BLOCK CONTINUOUS', 'Teleflex', 'AB-[20517]', '[10112]', 'EA', '58.75', '[25107]'],
    ['[40388]', 'DRESSING TRANSPARENT 4X4.75', '3M', '1626W', '[10097]', 'BX/50', '21.05', '—'],
    ['[40402]', 'LEAD SCS TRIAL 8-CONTACT', 'Medtronic', '977A260', '[64714]', 'EA', '1,850.00', '[25110]'],
  ],
});

// ── 20. Department cost-center roster, table (decoy only) ──
const ccRoster = table({
  id: 's84-ccroster',
  kind: 's84-department-cost-center-roster-grid',
  caption: 'Finance — department cost center roster (clinical support)',
  headers: ['Cost center', 'Name', 'Director', 'Location', 'Phone ext', 'FTE budget'],
  rows: [
    ['[61480]', 'Pain Management Center', 'D. Alvarez', 'MOB 2 Ste 300, St. Joseph [64506]', '[41172]', '6.4'],
    ['[61320]', 'Ambulatory Surgery Center', 'P. Greer', 'North campus, St. Joseph [64505]', '[41310]', '22.0'],
    ['[61355]', 'Anesthesia', 'R. Nwosu', 'Main OR, St. Joseph [64506]', '[41290]', '14.5'],
    ['[62210]', 'Physical Therapy', 'L. Baird', 'Rehab annex, Savannah [64485]', '[41455]', '11.0'],
    ['[64445]', 'Revenue Integrity', 'K. Tran (acting)', 'Admin bldg, St. Joseph [64501]', '[41170]', '4.0'],
    ['[63090]', 'Ultrasound', 'M. Ochs', 'Imaging, St. Joseph [64506]', '[41520]', '7.2'],
  ],
});

// ── 21. HL7 DFT charge message from the pain clinic, text layer ──
const hl7 = lines({
  id: 's84-hl7',
  kind: 's84-hl7-dft-charge-message-text',
  before: 'Interface monitor — inbound DFT^P03 from pain clinic documentation',
  text: [
    'MSH|^~\\&|PAINDOC|RRMC|HIS|RRMC|20251015134501||DFT^P03|[77120]|P|2.3',
    'PID|1||[88213]^^^RRMC^MR||MEADOWS^JANICE||19580412|F|||22 CEDAR LN^^SAVANNAH^MO^[64485]',
    'FT1|1|||20251015|20251015|CG|[36188]^INJ ANES SCIATIC NERVE SNGL|||1|702.00||[61480]||||||||||||{64445}^INJ ANES SCIATIC NRV^CPT|RT',
    'FT1|2|||20251015|20251015|CG|[36199]^US GUIDE NEEDLE PLACEMENT|||1|310.00||[63090]||||||||||||{76942}^US GUIDE NEEDLE^CPT',
    'FT1|3|||20251015|20251015|CG|[36191]^DESTR NEUROLYT PLANTAR DIG NRV|||2|1164.00||[61480]||||||||||||{64632}^DESTR PLANTAR DIG^CPT|RT',
  ].join('\n'),
});

// ── 22. Charge interface error queue (codes with no CDM line), table ──
const errorQueue = table({
  id: 's84-errq',
  kind: 's84-charge-interface-error-queue-grid',
  caption: 'Charge interface — error queue (unmatched or blocked charge codes)',
  headers: ['Msg ctrl ID', 'Acct', 'Svc date', 'Sending code', 'Proc', 'Error'],
  rows: [
    ['[77141]', 'H004512876', '10/16', 'PAIN-GNB', '{64454}', 'Charge code not on CDM'],
    ['[77152]', 'H004513340', '10/16', 'PAIN-SIRFA', '{64625}', 'Charge code not on CDM'],
    ['[77160]', 'H004513877', '10/17', '[36177]', '{64402}', 'Charge line inactive'],
    ['[77188]', 'H004514021', '10/20', '[36191]', '{64632}', 'Units exceed MUE'],
    ['[77190]', 'H004514021', '10/20', '[36193]', '{64612}', 'Dept not allowed on line'],
    ['[77203]', 'H004514260', '10/21', '[36184]', '{64712}', 'OK on resubmit'],
  ],
});

// ── 23. X12 837I claim detail, text layer ──
const x12 = lines({
  id: 's84-x12',
  kind: 's84-837i-outpatient-claim-segments-text',
  before: '837I outbound — claim detail (one segment per line)',
  text: [
    'CLM*[60338]A*1012.00***13:A:1**A*Y*Y~',
    'NM1*IL*1*MEADOWS*JANICE****MI*XKC884120317~',
    'N4*SAVANNAH*MO*[64485]~',
    'LX*1~',
    'SV2*0361*HC:{64445}:RT*702*UN*1~',
    'LX*2~',
    'SV2*0402*HC:{76942}*310*UN*1~',
    'NM1*PR*2*BLUE KC*****PI*[47171]~',
    'N4*ELMO*MO*[64445]~',
  ].join('\n'),
});

// ── 24. UB-04 line preview, table ──
const ub04 = table({
  id: 's84-ub04',
  kind: 's84-ub04-service-line-preview-grid',
  caption: 'Claim scrubber — UB-04 preview, form locators 42–47',
  headers: [
    '42 Rev. cd.',
    '43 Description',
    '44 HCPCS / Rate / HIPPS code',
    '45 Serv. date',
    '46 Serv. units',
    '47 Total charges',
  ],
  rows: [
    ['0361', 'INJ ANES SCIATIC NERVE SNGL', '{64445}RT', '101525', '1', '702 00'],
    ['0402', 'US GUIDE NEEDLE PLACEMENT', '{76942}', '101525', '1', '310 00'],
    ['0361', 'DESTR NEUROLYT PLANTAR DIG NRV', '{64632}RT', '101525', '2', '2328 00'],
    ['0360', 'NEUROPLASTY SCIATIC NERVE', '{64712}', '101525', '1', '4812 00'],
    ['0001', 'TOTAL', '', '', '', '8152 00'],
  ],
});

// ── 25. OPPS Addendum B excerpt, table ──
const addendumB = table({
  id: 's84-addb',
  kind: 's84-opps-addendum-b-excerpt-grid',
  caption: 'OPPS Addendum B (excerpt) — pulled for the CDM price review',
  headers: [
    'HCPCS Code',
    'Short Descriptor',
    'SI',
    'APC',
    'Relative Weight',
    'Payment Rate',
    'Minimum Unadjusted Copayment',
  ],
  rows: [
    ['{64405}', 'N block inj occipital', 'T', '5442', '8.1731', '$742.31', '$148.47'],
    ['{64445}', 'N block inj sciatic sng', 'T', '5442', '8.1731', '$742.31', '$148.47'],
    ['{64450}', 'N block other peripheral', 'T', '5442', '8.1731', '$742.31', '$148.47'],
    ['{64454}', 'Njx aa&/strd gnclr nrv brnch', 'T', '5443', '9.5150', '$864.18', '$172.84'],
    ['{64612}', 'Destroy nerve face muscle', 'T', '5441', '3.0142', '$273.76', '$54.76'],
    ['{64632}', 'N block inj common digit', 'T', '5441', '3.0142', '$273.76', '$54.76'],
    ['{64712}', 'Revision of sciatic nerve', 'J1', '5432', '63.6520', '$5,781.27', '$1,156.26'],
    ['{64714}', 'Revise low back nerve(s)', 'J1', '5432', '63.6520', '$5,781.27', '$1,156.26'],
  ],
});

// ── 26. CDM price review against OPPS, table ──
const priceReview = table({
  id: 's84-price',
  kind: 's84-cdm-price-review-grid',
  caption: 'Price review — Pain Management lines vs OPPS payment and peer median',
  headers: ['Proc', 'Our price', '% of OPPS', 'Peer median', 'Proposed', 'FY volume', 'FY gross'],
  rows: [
    ['{64445}', '702.00', '95%', '815.00', '780.00', '96', '[67392]'],
    ['{64450}', '598.00', '81%', '760.00', '720.00', '118', '[70564]'],
    ['{64632}', '1164.00', '425%', '940.00', '1164.00', '41', '[47724]'],
    ['{64612}', '985.00', '360%', '1020.00', '985.00', '22', '[21670]'],
    ['{64712}', '4812.00', '83%', '6150.00', '5900.00', '31', '149172'],
    ['{64624}', '3240.00', '—', '3600.00', '3400.00', '64', '207360'],
  ],
});

// ── 27. NCCI PTP edit check for new lines, table ──
const ncci = table({
  id: 's84-ncci',
  kind: 's84-ncci-ptp-edit-check-grid',
  caption: 'NCCI hospital outpatient PTP edits — checked before releasing the new lines',
  headers: [
    'Column 1',
    'Column 2',
    '*=in existence prior to 1996',
    'Effective Date',
    'Deletion Date *=no data',
    'Modifier 0=not allowed 1=allowed 9=not applicable',
  ],
  rows: [
    ['{64454}', '{64450}', '', '20200101', '*', '1'],
    ['{64454}', '{76942}', '', '20200101', '*', '0'],
    ['{64625}', '{77003}', '', '20200101', '*', '0'],
    ['{64712}', '{64445}', '', '20190101', '*', '1'],
    ['{64632}', '{64455}', '', '20170101', '*', '1'],
  ],
});

// ── 28. Paper procedure charge ticket, table ──
const chargeTicket = table({
  id: 's84-ticket',
  kind: 's84-pain-procedure-charge-ticket-grid',
  caption: 'Pain Management Center — procedure charge ticket (nurse completes)',
  headers: ['✓', 'Item', 'Chg #', 'Qty'],
  rows: [
    ['☐', 'Sciatic nerve block {64445}', '[36188]', ''],
    ['☐', 'Plantar digital neurolysis {64632}', '[36191]', 'RT / LT'],
    ['☐', 'Facial chemodenervation {64612}', '[36193]', ''],
    ['☐', 'Occipital nerve block {64405}', '[36180]', ''],
    ['☐', 'Genicular block {64454}', 'new', ''],
    ['☐', 'Trigger point 1–2 muscles {20552}', '[36170]', ''],
    ['☐', 'US guidance {76942}', '[36199]', ''],
  ],
});

// ── 29. CDM CSV export, text layer ──
const cdmCsv = lines({
  id: 's84-cdmcsv',
  kind: 's84-cdm-csv-export-text',
  before: 'cdm_export_pain.csv (as downloaded)',
  text: [
    'CHG_NO,DEPT,REV_CD,CPT_HCPCS,MOD1,DESC,PRICE,EFF_DT,STATUS',
    '[36184],[61480],0360,{64712},,NEUROPLASTY SCIATIC NERVE,4812.00,20240701,A',
    '[36186],[61480],0360,{64714},,NEUROPLASTY LUMBAR PLEXUS,4455.00,20240701,I',
    '[36188],[61480],0361,{64445},,INJ ANES SCIATIC NERVE SNGL,702.00,20250101,A',
    '[36191],[61480],0361,{64632},RT,DESTR NEUROLYT PLANTAR DIG NRV,1164.00,20251119,A',
    '[36193],[61480],0361,{64612},,CHEMODENERV FACIAL NERVE UNI,985.00,20250101,A',
    '[36203],[61480],0361,{64454},,GENICULAR NERVE INJ,1080.00,20260101,P',
  ].join('\n'),
});

// ── 30. CDM-to-supply interface XML, text layer ──
const cdmXml = lines({
  id: 's84-cdmxml',
  kind: 's84-cdm-supply-link-xml-text',
  before: 'CDM outbound to materials management (XML)',
  text: [
    '<ChargeLine chargeNo="[36195]" dept="[61480]" rev="0361">',
    '  <Hcpcs>{64624}</Hcpcs><Price>3240.00</Price>',
    '  <LinkedSupply item="[40356]" chargeNo="[25104]"/>',
    '</ChargeLine>',
    '<ChargeLine chargeNo="[36204]" dept="[61480]" rev="0361" status="pending">',
    '  <Hcpcs>{64625}</Hcpcs><Price>3410.00</Price>',
    '</ChargeLine>',
  ].join('\n'),
});

// ── 31. Service desk request for the CDM build, text layer ──
const serviceTicket = lines({
  id: 's84-sntix',
  kind: 's84-service-desk-cdm-build-request-text',
  before: 'Service desk — Revenue Integrity request',
  text: [
    'Number: RITM0048817   State: Closed complete   Ticket ref [48817]',
    'Short description: build CDM lines for {64454} and {64625}; inactivate {64402}, {64410}',
    'Requested for: Dana Alvarez (cost center [61480])   Assignment group: Revenue Integrity',
    'Work notes: test charge posted to TST patient [99120]; dropped to the claim with 0361 and {64454}.',
    'Close notes: moved to production 12/29; change log entries [50319] and [50320].',
  ].join('\n'),
});

// ── 32. Revenue integrity dashboard, text layer ──
const dashboard = lines({
  id: 's84-dash',
  kind: 's84-revenue-integrity-dashboard-text',
  before: 'Revenue Integrity dashboard — month to date',
  text: [
    'Lag days (service to charge post): 1.8   Late charges: 146   Work queue [10449]',
    'Top CDM edit: "HCPCS required for rev code 0361" (12), most on {64454} and {64625} before the build',
    'Inactive charge code hits: 8, all on {64402}',
    'Units over MUE: 5 ({64632} x2 on one line)',
    'Credit balance from price correction on {64712}: $[12834] across 17 accounts',
  ].join('\n'),
});

// ── 33. GL charge posting summary, text layer (decoy only) ──
const glPosting = lines({
  id: 's84-glpost',
  kind: 's84-gl-charge-posting-summary-text',
  before: 'GL posting summary — charge interface batch',
  text: [
    'Batch [55147]   Posted 10/31   Source: HIS charge interface   Journal [90034]',
    'DR 1200-[00010] Patient AR      $1,523,352.00',
    'CR 4010-[61480] Pain Mgmt revenue      $318,442.00',
    'CR 4010-[61320] ASC revenue      $1,204,910.00',
    'Reconciling item [64632]: suspended charges, $9,870.00, cleared 11/04',
    'Prepared by employee [20768]; approved by controller, employee [20192]',
  ].join('\n'),
});

export const sealed84: Snippet[] = [
  ...lineDetail,
  ...overrides,
  ...cdmExtract,
  ...impact,
  ...updateMemo,
  ...crosswalk,
  ...requestForm,
  ...requestLines,
  ...changeLog,
  ...changeAudit,
  ...mrfCsv,
  ...mrfJson,
  ...mrfSheet,
  ...recon,
  ...reconSummary,
  ...email,
  ...emailReply,
  ...glMap,
  ...itemMaster,
  ...ccRoster,
  ...hl7,
  ...errorQueue,
  ...x12,
  ...ub04,
  ...addendumB,
  ...priceReview,
  ...ncci,
  ...chargeTicket,
  ...cdmCsv,
  ...cdmXml,
  ...serviceTicket,
  ...dashboard,
  ...glPosting,
];
