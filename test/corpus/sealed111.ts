import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 111 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s111-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * client and practice ZIPs, client numbers, invoice, agreement, batch, encounter, query, ticket, employee, account,
 * check, application and fee-schedule ids, payer ids and five-digit amounts in exports. The five known codes' digits
 * come back as decoys: the billing company's remittance PO box, a knowledge base article id, a client support ticket,
 * a lockbox number, a posting batch id, a coder query number, a payer enrollment case number, a credit balance
 * worksheet id and an employee id.
 *
 * Family: an outsourced medical billing company serving pain and peripheral-nerve practices: a client month-end report
 * (cover page, charges by CPT, payments by payer, adjustments by code and CARC, the narrative summary), a charge lag
 * dashboard and coding turnaround tiles and grid, a charge hold queue, denial analytics by code and payer (grid and
 * JSON export), a client onboarding checklist, an EHR charge interface test (HL7 v2 DFT and a FHIR
 * ChargeItem), a fee-schedule load sheet, its CSV load file and a payer contract rate file in XML, a payment-posting
 * exception queue with its 835 segments and the poster's note, a contract underpayment variance grid, an A/R aging
 * export, the billing company's invoice to a client (header, line items, collections backup CSV), the account
 * manager's e-mail to a client, a coder query log and one query message, a credit balance worksheet and a refund
 * letter to a payer, a payer enrollment tracker and its status notes, staff and coder productivity reports, the client
 * portal's report library, a client support ticket thread, and knowledge base articles (header, body, payer rules
 * table, an 837P example).
 * Built on real public layouts: the MGMA/HFMA-style month-end practice management reports (charges, payments and
 * adjustments by CPT and by payer; days in A/R), the X12 835 (CLP, SVC, CAS, REF*6R, LQ) and 837P (CLM, SV1, DTP)
 * segment layouts, the HL7 v2.5 DFT^P03 FT1 segment, the FHIR R4 ChargeItem resource, CARC/RARC group codes
 * (CO-45, CO-97, CO-50, N390), the CMS PECOS/855 enrollment steps and CAQH attestation, and the usual billing-company
 * service agreement fee schedule (percent of collections plus per-claim and statement fees). The others are written
 * the way those pages read, with no single source.
 *
 * 386 labelled tokens over 40 shapes: 192 codes, 194 decoys, 68 of the decoys in KNOWN_10K.
 */

// ── 1. Client month-end report cover page, text layer ──
const meCover = lines({
  id: 's111-mecover',
  kind: 's111-client-month-end-report-cover-text',
  before: 'Harpeth Revenue Partners — Client Month-End Report',
  text: [
    'Client: Cumberland Nerve & Pain Center   Client no. [41207]   Period: March 2026 (posted 03/01–03/31)',
    'Prepared for: Anika Rao, MD, 2009 Mallory Ln, Suite 210, Franklin, TN [37064]',
    'Report ID ME-2026-03-[41207]   Run 04/03/2026 06:12   Page 1 of 14',
    'Charges $412,880.00 · Payments $286,114.52 · Adjustments $131,902.17 · Ending A/R $598,441.06',
    'Claims submitted 1,286 · First-pass acceptance 97.8% · Days in A/R 34.2 · Denial rate 6.1%',
    'Top procedure by charges: {64712} neuroplasty, sciatic nerve (38 units) — detail on page 3',
    'Questions: clientservices@harpethrev.com or Harpeth Revenue Partners, PO Box [64445], Nashville, TN [37230]',
  ].join('\n'),
});

// ── 2. Month-end charges, payments and adjustments by CPT, table ──
const meByCpt = table({
  id: 's111-mecpt',
  kind: 's111-month-end-activity-by-cpt-grid',
  caption: 'Activity by procedure — March 2026 — all providers',
  headers: ['CPT', 'Description', 'Units', 'Charges', 'Payments', 'Adjustments'],
  rows: [
    ['{64712}', 'NEUROPLASTY MAJOR PERIPH NRV SCIATIC', '38', '$93,100.00', '$44,212.60', '$41,930.15'],
    ['{64714}', 'NEUROPLASTY LUMBAR PLEXUS', '6', '$16,200.00', '$6,118.40', '$7,402.22'],
    ['{64708}', 'NEUROPLASTY MAJOR PERIPH NRV ARM/LEG OPEN', '22', '$39,600.00', '$19,880.12', '$15,004.70'],
    ['{64445}', 'INJ AA&/STRD SCIATIC NERVE', '61', '$39,650.00', '$14,902.33', '$18,660.41'],
    ['{64632}', 'DESTRUCTION NEUROLYTIC PLANTAR COMMON DIGITAL NRV', '47', '$23,500.00', '$10,331.90', '$9,845.16'],
    ['{64612}', 'CHEMODENERVATION MUSC INNERVATED FACIAL NRV UNI', '19', '$9,500.00', '$4,018.77', '$4,402.09'],
    ['{64450}', 'INJ AA&/STRD OTHER PERIPHERAL NERVE/BRANCH', '33', '$14,850.00', '$5,990.84', '$6,712.50'],
    ['{76942}', 'US GUIDE NEEDLE PLACEMENT', '58', '$14,500.00', '$3,140.66', '$9,801.03'],
    ['{99204}', 'OFFICE O/P NEW MOD 45 MIN', '74', '$25,160.00', '$12,677.20', '$8,904.31'],
    ['{99213}', 'OFFICE O/P EST LOW 20 MIN', '212', '$36,040.00', '$21,330.45', '$10,117.60'],
    ['Total', '', '1,204', '$412,880.00', '$286,114.52', '$131,902.17'],
  ],
});

// ── 3. Month-end payments by payer, table (decoy heavy) ──
const mePayer = table({
  id: 's111-mepayer',
  kind: 's111-month-end-payments-by-payer-grid',
  caption: 'Payments by payer — March 2026',
  headers: ['Payer', 'Payer ID', 'Claims paid', 'Payments', '% of total'],
  rows: [
    ['Medicare Part B (Palmetto GBA J-J, TN)', '[10312]', '402', '$88,930.41', '31.1%'],
    ['Cigna', '[62308]', '188', '$51,208.77', '17.9%'],
    ['UnitedHealthcare', '[87726]', '171', '$46,015.30', '16.1%'],
    ['Aetna', '[60054]', '96', '$27,440.18', '9.6%'],
    ['Humana Medicare Advantage', '[61101]', '84', '$19,877.02', '6.9%'],
    ['Wellcare (TennCare)', '[14163]', '77', '$9,204.65', '3.2%'],
    ['Patient payments', '—', '—', '$18,240.11', '6.4%'],
  ],
});

// ── 4. Month-end adjustments by code and reason, table ("Proc" header) ──
const meAdj = table({
  id: 's111-meadj',
  kind: 's111-month-end-adjustments-by-code-carc-grid',
  caption: 'Adjustments by procedure and reason (top 10)',
  headers: ['Proc', 'Grp-CARC', 'Reason', 'Lines', 'Adj. amount'],
  rows: [
    ['{64712}', 'CO-45', 'Charge exceeds fee schedule', '31', '$38,204.11'],
    ['{64445}', 'CO-97', 'Included in another service (same-day neuroplasty)', '23', '$14,950.00'],
    ['{64632}', 'CO-119', 'Benefit maximum reached', '4', '$2,000.00'],
    ['{64714}', 'CO-50', 'Not medically necessary', '2', '$5,400.00'],
    ['{64612}', 'CO-16', 'Missing info (NDC for onabotulinumtoxinA)', '3', '$1,500.00'],
    ['{76942}', 'CO-97', 'Bundled into block', '26', '$6,500.00'],
    ['Small balance', 'WO-SB', 'Under $5.00, client policy [40014]', '61', '$142.80'],
  ],
});

// ── 5. Month-end narrative summary, text layer ──
const meNarr = lines({
  id: 's111-menarr',
  kind: 's111-month-end-narrative-summary-text',
  before: 'Summary from your account manager',
  text: [
    'Charges rose 11% over February, led by sciatic neuroplasty ({64712}, 38 units against 29) and the Tuesday block clinic ({64445}, 61 units).',
    'The largest write-off is still CO-97 on {64445} when Dr. Rao also performs {64712} the same day; see KB article [64612] on our site.',
    'Aetna reprocessed 14 claims for {64632} after the fee schedule correction (support ticket [64714]); $3,906.40 came in on 03/28.',
    'Cigna EFT trace ending [70412] ($18,240.11) was posted 04/01 and will show in April.',
    'Humana enrollment for Dr. Whitfield (application [38109]) is pending; her {64612} claims stay on hold until it clears.',
    'Lumbar plexus work ({64714}) is low volume but two of six lines denied CO-50; we have appealed both.',
  ].join('\n'),
});

// ── 6. Charge lag dashboard, table ──
const chargeLag = table({
  id: 's111-lag',
  kind: 's111-charge-lag-by-provider-dashboard-grid',
  caption: 'Charge lag (DOS to charge entry) — rolling 30 days — Cumberland Nerve & Pain Center',
  headers: ['Provider', 'Location', 'Encounters', 'Avg lag', 'Max lag', 'Oldest open enc.', 'Held code'],
  rows: [
    ['Rao, Anika MD', 'Franklin ASC', '96', '4.2 d', '19 d', 'ENC [71476]', '{64712}'],
    ['Rao, Anika MD', 'Franklin office', '188', '1.1 d', '6 d', 'ENC [71529]', '{99204}'],
    ['Greer, Thomas DPM', 'Spring Hill office', '142', '1.6 d', '9 d', 'ENC [71514]', '{64632}'],
    ['Whitfield, Leah MD', 'Franklin office', '57', '6.8 d', '41 d', 'ENC [71196]', '{64612}'],
    ['Osei, Kwame CRNA', 'Franklin ASC', '61', '2.0 d', '8 d', 'ENC [71550]', '{64445}'],
  ],
});

// ── 7. Coding turnaround KPI tiles, text layer ──
const tatTiles = lines({
  id: 's111-tattiles',
  kind: 's111-coding-turnaround-kpi-tiles-text',
  before: 'Coding turnaround — dashboard — week of 03/23/2026',
  text: [
    'Median coding TAT 1.6 days   Target 2.0 days   Encounters coded YTD [12409]   Open in queue 42',
    'Work queue WQ-[10712] Nerve surgery coding · oldest DOS 03/09/2026',
    'Slowest family this week: neuroplasty ({64712}, {64714}), 3.4 days, waiting on operative notes',
    'Fastest: single-shot blocks ({64445}, {64450}), 0.7 days',
    'Pended for provider query: 9 encounters, 6 of them {64632} (interspace not documented)',
  ].join('\n'),
});

// ── 8. Coding turnaround by code family, table ("Codes" header) ──
const tatFamily = table({
  id: 's111-tatfam',
  kind: 's111-coding-turnaround-by-code-family-grid',
  caption: 'Turnaround by code family — Q1 2026',
  headers: ['Code family', 'Codes', 'Encounters', 'Median TAT', '90th pct', 'Pended'],
  rows: [
    ['Neuroplasty', '{64708}, {64712}, {64713}, {64714}', '204', '2.9 d', '7.5 d', '18'],
    ['Nerve blocks, single', '{64445}, {64447}, {64450}', '371', '0.7 d', '2.0 d', '3'],
    ['Neurolysis, chemical', '{64632}, {64640}', '139', '1.2 d', '3.8 d', '11'],
    ['Chemodenervation', '{64612}, {64615}, {64616}', '96', '1.9 d', '5.0 d', '4'],
    ['E/M', '{99202}–{99215}', '2,410', '0.4 d', '1.1 d', '0'],
  ],
});

// ── 9. Charge hold queue, table ──
const holdQueue = table({
  id: 's111-hold',
  kind: 's111-charge-review-hold-queue-grid',
  caption: 'Charge review — held encounters (27)',
  headers: ['Enc #', 'DOS', 'Rendering', 'Proc codes', 'Hold reason', 'Age'],
  rows: [
    ['[71476]', '03/09/2026', 'RAO', '{64712}-RT, {64445}-RT', 'Op note not signed', '19'],
    ['[71196]', '02/14/2026', 'WHITFIELD', '{64612} x1, J0585 x50', 'Payer enrollment pending', '41'],
    ['[71514]', '03/16/2026', 'GREER', '{64632}-T6', 'Query Q-[64632] open', '12'],
    ['[71533]', '03/18/2026', 'RAO', '{64714}', 'Auth # missing (Cigna)', '10'],
    ['[71551]', '03/20/2026', 'RAO', '{64708}-LT {64727}', 'Coder review: add-on support', '8'],
    ['[71557]', '03/21/2026', 'OSEI', '{64445} {76942}', 'Modifier 59/XU review', '7'],
  ],
});

// ── 10. Denials by code and payer, table ──
const denials = table({
  id: 's111-dencp',
  kind: 's111-denial-analytics-by-code-payer-grid',
  caption: 'Denial analytics — by CPT and payer — Jan–Mar 2026',
  headers: ['CPT/HCPCS', 'Payer', 'Denied lines', 'Denied $', 'Top CARC / RARC', 'Overturned'],
  rows: [
    ['{64445}', 'Cigna', '17', '$11,050.00', 'CO-97 / M15', '12%'],
    ['{64445}', 'UnitedHealthcare', '11', '$7,150.00', 'CO-97 / N390', '9%'],
    ['{64712}', 'Aetna', '5', '$12,250.00', 'CO-197 (no auth)', '60%'],
    ['{64632}', 'Medicare Part B', '6', '$3,000.00', 'CO-151 / N362', '33%'],
    ['{64612}', 'Humana MA', '9', '$4,500.00', 'CO-B7 / N570', '0%'],
    ['{64714}', 'Cigna', '2', '$5,400.00', 'CO-50 / N115', 'pending'],
    ['{20552}', 'Wellcare', '4', '$760.00', 'CO-16 / MA130', '100%'],
  ],
});

// ── 11. Denial analytics export, JSON text layer ──
const denialJson = lines({
  id: 's111-denjson',
  kind: 's111-denial-analytics-export-json-text',
  before: 'GET /api/v1/clients/{clientId}/denials?period=2026-03&group=cpt,payer',
  text: [
    '{ "clientId": "[41207]", "period": "2026-03", "generated": "2026-04-03T06:12:44Z", "rows": [',
    '  { "cpt": "{64445}", "mod": "RT", "payerId": "[62308]", "lines": 6, "carc": "97", "deniedAmt": 3900.00 },',
    '  { "cpt": "{64712}", "mod": "RT", "payerId": "[60054]", "lines": 2, "carc": "197", "deniedAmt": 4900.00 },',
    '  { "cpt": "{64612}", "mod": null, "payerId": "[61101]", "lines": 9, "carc": "B7", "deniedAmt": 4500.00 },',
    '  { "cpt": "{64632}", "mod": "T6", "payerId": "[10312]", "lines": 2, "carc": "151", "deniedAmt": 1000.00 }',
    '], "workQueue": "[12544]", "totalDenied": [19210].00 }',
  ].join('\n'),
});

// ── 12. Client onboarding checklist, table (no header on the notes column) ──
const onboarding = table({
  id: 's111-onboard',
  kind: 's111-client-onboarding-checklist-grid',
  caption: 'New client onboarding — Clarksville Foot & Nerve Institute — client no. 41246',
  headers: ['#', 'Task', 'Owner', 'Due', 'Status', ''],
  rows: [
    ['1', 'Signed services agreement, W-9, BAA', 'Sales', '02/02', 'Done', 'MSA-2026-[11752]'],
    ['2', 'Practice address for statements', 'Client', '02/06', 'Done', '1810 Madison St, Clarksville, TN [37042]'],
    ['3', 'Lockbox and deposit account', 'Finance', '02/09', 'Done', 'Lockbox [64632], F&M Bank'],
    ['4', 'Clearinghouse enrollment (837/835)', 'EDI', '02/13', 'In progress', 'Availity customer ID [80468]'],
    [
      '5',
      'Load practice fee schedule',
      'Onboarding',
      '02/16',
      'Blocked',
      'Fees for {64632}, {64445} and {28080} missing',
    ],
    ['6', 'Payer PA rules', 'Onboarding', '02/16', 'Done', 'Cigna requires auth for {64712} and {64714}'],
    ['7', 'EHR charge interface (HL7 DFT) test', 'EDI', '02/20', 'Done', 'Test charges {64632} and {20550} crossed'],
    ['8', 'Go-live and first claim batch', 'All', '03/02', 'Done', 'Batch [44712], 88 claims'],
  ],
});

// ── 13. EHR charge interface test, HL7 v2 DFT text layer ──
const hl7Dft = lines({
  id: 's111-hl7',
  kind: 's111-ehr-charge-interface-hl7-dft-text',
  before: 'Interface test log — inbound DFT^P03 from the client EHR — 02/20/2026',
  text: [
    'MSH|^~\\&|PODEHR|CFNI|HRPBILL|HRP|20260220091512||DFT^P03|MSG[40751]|T|2.5',
    'PID|1||CF000418^^^CFNI^MR||HOLLOWAY^DARNELL||19610412|M|||88 Dover Rd^^Clarksville^TN^[37042]',
    'FT1|1|||20260218|20260218|CG|{64632}^DESTR PLANTAR DIGITAL NRV^CPT||1|||||||||||||||{64632}^^C4|T6',
    'FT1|2|||20260218|20260218|CG|{20550}^INJ TENDON SHEATH/LIGAMENT^CPT||1|||||||||||||||{20550}^^C4|',
    'FT1|3|||20260218|20260218|CG|{99213}^OFFICE VISIT EST^CPT||1|||||||||||||||{99213}^^C4|25',
    'ACK: AA, control id MSG[40751], charges created on encounter [71018]',
  ].join('\n'),
});

// ── 14. EHR charge interface test, FHIR ChargeItem JSON text layer ──
const fhirCharge = lines({
  id: 's111-fhir',
  kind: 's111-ehr-charge-interface-fhir-chargeitem-text',
  before: 'Second EHR (Lakeview Pain Associates) sends FHIR R4 ChargeItem — sample payload',
  text: [
    '{ "resourceType": "ChargeItem", "id": "ci-[82412]", "status": "billable",',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}",',
    '    "display": "Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral" } ] },',
    '  "subject": { "reference": "Patient/[60617]" }, "occurrenceDateTime": "2026-03-11",',
    '  "performingOrganization": { "display": "Lakeview Pain Associates, 4700 N Clark St, Chicago, IL [60640]" },',
    '  "quantity": { "value": 1 }, "account": [ { "reference": "Account/[43825]" } ] }',
  ].join('\n'),
});

// ── 15. Fee-schedule load sheet, table ──
const feeSheet = table({
  id: 's111-feesheet',
  kind: 's111-fee-schedule-load-sheet-grid',
  caption: 'Fee schedule load sheet — Clarksville Foot & Nerve Institute — FS [40706] — effective 03/01/2026',
  headers: ['Code', 'Mod', 'Description', 'Practice fee', 'MPFS TN loc 35 (non-fac)', 'Load status'],
  rows: [
    ['{64632}', '', 'Destruction neurolytic agent, plantar common digital nerve', '$500.00', '$132.41', 'Loaded'],
    ['{64632}', 'T6', 'Same, 2nd/3rd interspace left', '$500.00', '$132.41', 'Loaded'],
    ['{64445}', '', 'Injection, anesthetic, sciatic nerve', '$650.00', '$96.10', 'Loaded 02/18'],
    ['{64712}', 'RT', 'Neuroplasty, sciatic nerve', '$2,450.00', 'facility only', 'Loaded'],
    ['{64455}', '', 'Injection, plantar common digital nerve(s)', '$350.00', '$44.88', 'Loaded'],
    ['{28080}', '', 'Excision, interdigital (Morton) neuroma, single', '$2,100.00', '$612.05', 'Missing fee'],
    ['{64640}', '', 'Destruction neurolytic agent, other peripheral nerve', '$600.00', '$190.77', 'Loaded'],
    ['{64714}', '', 'Neuroplasty, lumbar plexus', '$2,700.00', 'facility only', 'Not needed (podiatry)'],
  ],
});

// ── 16. Fee-schedule load file, CSV text layer ──
const feeCsv = lines({
  id: 's111-feecsv',
  kind: 's111-fee-schedule-load-file-csv-text',
  before: 'CFNI_fee_load_20260301.csv',
  text: [
    'FS_ID,PROC_CD,MOD1,FEE,EFF_DT,TERM_DT,CLIENT',
    '[40706],{64632},,500.00,20260301,,[41246]',
    '[40706],{64455},,350.00,20260301,,[41246]',
    '[40706],{64445},,650.00,20260301,,[41246]',
    '[40706],{64712},RT,2450.00,20260301,,[41246]',
    '[40706],{28080},,2100.00,20260301,,[41246]',
  ].join('\n'),
});

// ── 17. Payer contract rate file, XML text layer ──
const contractXml = lines({
  id: 's111-ratexml',
  kind: 's111-payer-contract-rate-file-xml-text',
  before: 'Cigna professional rate exhibit (Tennessee groups), loaded to contract manager — rates_cigna_tn_2026.xml',
  text: [
    '<RateExhibit contractId="[38096]" payerId="[62308]" effective="2026-01-01" locality="TN">',
    '  <Rate code="{64632}" modifier="" amount="158.89" basis="115% MPFS" />',
    '  <Rate code="{64445}" modifier="" amount="115.32" basis="120% MPFS" />',
    '  <Rate code="{64712}" modifier="RT" amount="1486.00" basis="case rate" />',
    '  <Rate code="{28080}" modifier="" amount="734.46" basis="120% MPFS" />',
    '  <Provider npi="1295738120" tin="62-1847720" zip="[37042]" />',
    '</RateExhibit>',
  ].join('\n'),
});

// ── 18. Payment-posting exception queue, table ──
const postingQ = table({
  id: 's111-postq',
  kind: 's111-payment-posting-exception-queue-grid',
  caption: 'Posting exceptions — ERA auto-post — open (14)',
  headers: ['Batch', 'Deposit', 'Payer', 'Claim', 'Svc line', 'Paid', 'Exception'],
  rows: [
    ['[64712]', '03/27 EFT', 'Cigna', 'CNP-[18212]', '{64712}-RT', '$1,320.44', 'Paid below contract'],
    ['[64712]', '03/27 EFT', 'Cigna', 'CNP-[18212]', '{64445}-RT', '$0.00', 'Denied CO-97'],
    ['[64719]', '03/28 EFT', 'Aetna', 'CNP-[18265]', '{64632}', '$158.12', 'Line not on claim (T6 dropped)'],
    ['[64720]', '03/28 lockbox', 'Patient', 'CNP-[18270]', '—', '$250.00', 'No open balance: credit created'],
    ['[64726]', '03/30 EFT', 'Humana MA', 'CNP-[18307]', '{64612}', '$211.06', 'Provider not enrolled: recoup risk'],
    ['[64726]', '03/30 EFT', 'Humana MA', 'CNP-[18309]', '{99213}', '$0.00', 'Claim not found'],
  ],
});

// ── 19. Posting exception detail, X12 835 text layer ──
const x835 = lines({
  id: 's111-835',
  kind: 's111-posting-exception-835-segments-text',
  before: 'Exception detail — batch 64712 — raw remittance (835) for claim CNP-18212',
  text: [
    'TRN*1*1W4K[48472]*1591287331~',
    'CLP*CNP-[18212]*1*3100*1320.44*0*12*7002782614440*11*1~',
    'NM1*QC*1*WALKER*DONNA****MI*U8864013101~',
    'SVC*HC:{64712}:RT*2450*1320.44**1~',
    'DTM*472*20260310~',
    'CAS*CO*45*1129.56~',
    'REF*6R*L[18212]A~',
    'SVC*HC:{64445}:RT*650*0**1~',
    'CAS*CO*97*650~',
    'LQ*HE*M15~',
  ].join('\n'),
});

// ── 20. Payment poster's exception note, text layer ──
const posterNote = lines({
  id: 's111-postnote',
  kind: 's111-payment-poster-exception-note-text',
  before: 'Notes — claim CNP-18212 — Walker, Donna',
  text: [
    '04/01 KM: Cigna paid {64712}-RT at $1,320.44 against case rate $1,486.00 (contract [38096]); short $165.56.',
    '04/01 KM: line 2 (RT {64445}) denied CO-97, block by surgeon same day. No 59/XU and no separate anesthesia note.',
    '04/01 KM: moved to underpayment WQ [12544]; opened Cigna inquiry [83426], call ref 0401-7711.',
    '04/02 JP: client says CRNA gave the block (NPI on op note) — rebill {64445} under Osei with 59 after fixing rendering.',
  ].join('\n'),
});

// ── 21. Contract underpayment variance, table ──
const variance = table({
  id: 's111-var',
  kind: 's111-contract-underpayment-variance-grid',
  caption: 'Underpayment variance — Cigna — March 2026 remits — all Tennessee clients',
  headers: ['Claim', 'DOS', 'CPT', 'Mod', 'Expected', 'Allowed', 'Variance', 'Status'],
  rows: [
    ['CNP-[18212]', '03/10/2026', '{64712}', 'RT', '$1,486.00', '$1,320.44', '-$165.56', 'Inquiry [83426]'],
    ['CNP-[18240]', '03/12/2026', '{64712}', 'LT', '$1,486.00', '$1,320.44', '-$165.56', 'Inquiry [83426]'],
    ['CFN-[10358]', '03/03/2026', '{64632}', 'T6', '$158.89', '$132.41', '-$26.48', 'Open'],
    ['CFN-[10362]', '03/03/2026', '{64632}', 'T7', '$158.89', '$132.41', '-$26.48', 'Open'],
    ['CFN-[10383]', '03/05/2026', '{28080}', 'T8', '$734.46', '$734.46', '$0.00', 'Closed'],
    ['CNP-[18283]', '03/19/2026', '{64445}', '59', '$115.32', '$98.02', '-$17.30', 'Open'],
  ],
});

// ── 22. A/R aging by payer, export table (decoy only: amounts without separators) ──
const aging = table({
  id: 's111-aging',
  kind: 's111-ar-aging-by-payer-export-grid',
  caption: 'AR_Aging_41207_20260331.xlsx — sheet "By payer"',
  headers: ['Payer', 'Payer ID', '0-30', '31-60', '61-90', '91-120', '120+', 'Total'],
  rows: [
    ['Medicare B', '[10312]', '[64932].18', '9120.40', '3310.00', '880.12', '412.00', '[78654].70'],
    ['Cigna', '[62308]', '[41102].55', '[12034].90', '6120.00', '2210.44', '1904.00', '[63371].89'],
    ['UHC', '[87726]', '[38877].02', '8740.15', '4410.60', '1225.00', '3306.18', '[56558].95'],
    ['Aetna', '[60054]', '[19885].40', '5018.22', '1990.00', '640.00', '0.00', '[27533].62'],
    ['Humana MA', '[61101]', '[14298].30', '6022.10', '4950.00', '3100.00', '5120.00', '[33490].40'],
  ],
});

// ── 23. Client invoice header, text layer ──
const invHeader = lines({
  id: 's111-invhdr',
  kind: 's111-billing-company-client-invoice-header-text',
  before: 'Harpeth Revenue Partners, LLC — 5110 Maryland Way, Suite 300, Brentwood, TN',
  text: [
    'INVOICE   No. HRP-[44739]   Invoice date 04/05/2026   Terms Net 15   Due 04/20/2026',
    'Bill to: Cumberland Nerve & Pain Center, Attn: Practice Administrator, 2009 Mallory Ln, Suite 210, Franklin, TN [37064]',
    'Client no. [41207]   Service agreement MSA-2023-[11750], Schedule B rev. 2   Service period 03/01/2026–03/31/2026',
    'Remit to: Harpeth Revenue Partners, LLC, PO Box [64445], Nashville, TN [37230]-4445',
    'ACH: Pinnacle Bank — put invoice [44739] in the addenda; questions to billing@harpethrev.com, 615-555-0142',
  ].join('\n'),
});

// ── 24. Client invoice line items, table ──
const invLines = table({
  id: 's111-invlines',
  kind: 's111-billing-company-client-invoice-line-items-grid',
  caption: 'Fees for services — March 2026',
  headers: ['Description', 'Basis', 'Qty', 'Rate', 'Amount'],
  rows: [
    ['Percent of net collections, professional', 'Collections $286,114.52', '1', '5.75%', '$16,451.58'],
    ['Per-claim fee, electronic (837P)', 'Claims submitted', '1,286', '$1.10', '$1,414.60'],
    ['Per-claim fee, paper (CMS-1500)', 'Claims mailed', '23', '$3.25', '$74.75'],
    ['Patient statements', 'Statements mailed', '611', '$0.85', '$519.35'],
    ['Credentialing, Humana MA, L. Whitfield MD', 'Application [38109]', '1', '$250.00', '$250.00'],
    [
      'Focused coding audit: neuroplasty ({64712}, {64714}) and blocks ({64445})',
      '25 charts',
      '25',
      '$18.00',
      '$450.00',
    ],
    ['Refund processing, credit worksheet CB-[64612]', 'Refunds issued', '9', '$7.50', '$67.50'],
    ['Total due', '', '', '', '$19,227.78'],
  ],
});

// ── 25. Invoice backup: collections by CPT, CSV text layer ──
const invCsv = lines({
  id: 's111-invcsv',
  kind: 's111-invoice-collections-backup-csv-text',
  before: 'HRP-44739_backup_collections.csv (first rows)',
  text: [
    'post_date,batch,payer_id,claim,cpt,mod,paid,fee_pct,fee',
    '2026-03-04,[64633],[10312],CNP-[18102],{64712},RT,1211.80,5.75,69.68',
    '2026-03-04,[64633],[10312],CNP-[18102],{64445},,91.30,5.75,5.25',
    '2026-03-11,[64688],[87726],CNP-[18150],{64714},,1422.00,5.75,81.77',
    '2026-03-27,[64712],[62308],CNP-[18212],{64712},RT,1320.44,5.75,75.93',
    '2026-03-30,[64726],[61101],CNP-[18307],{64612},,211.06,5.75,12.14',
  ].join('\n'),
});

// ── 26. Account manager's e-mail to a client, text layer ──
const amEmail = lines({
  id: 's111-amemail',
  kind: 's111-account-manager-email-to-client-text',
  before: 'From: Jordan Pike <jpike@harpethrev.com>  To: Dr. Anika Rao; Melissa Tran  Date: Apr 5, 2026 9:14 AM',
  text: [
    'Subject: March month-end, invoice HRP-[44739], and the {64445}/{64712} same-day denials',
    'Hi Dr. Rao and Melissa, attached are the March month-end report (ME-2026-03-[41207]) and our invoice.',
    'One item to flag: Cigna and UHC deny the sciatic block (CPT {64445}) when it is billed with the neuroplasty {64712} on the same date.',
    'When Kwame gives the block for post-op pain, his note must say so; we then bill {64445} under him with modifier 59 and it pays.',
    'When you place it yourself, it is part of the surgical package and we will stop sending it (about $14,950 written off in March).',
    "Separately, Dr. Whitfield's Humana enrollment (case [38109]) is still in review, so her {64612} claims from 02/14 on are held.",
    'Jordan Pike | Account Manager | Harpeth Revenue Partners | 5110 Maryland Way, Suite 300, Brentwood, TN [37027] | 615-555-0142',
  ].join('\n'),
});

// ── 27. Coder query log, table ──
const queryLog = table({
  id: 's111-qlog',
  kind: 's111-coder-query-log-grid',
  caption: 'Provider query log — Cumberland Nerve & Pain / Clarksville Foot & Nerve — March 2026',
  headers: ['Query #', 'Enc', 'DOS', 'Provider', 'Billed', 'Question', 'Answer', 'Final code(s)'],
  rows: [
    [
      'Q-[64629]',
      '[71476]',
      '03/09',
      'Rao',
      '{64712}-RT',
      'Sciatic nerve or lumbar plexus released? Note says both.',
      'Both, separate incisions',
      '{64712}-RT, {64714}-59',
    ],
    [
      'Q-[64630]',
      '[71488]',
      '03/10',
      'Rao',
      '{64445}',
      'Block given by surgeon or CRNA?',
      'CRNA, post-op pain at surgeon request',
      '{64445}-59 (Osei)',
    ],
    ['Q-[64632]', '[71514]', '03/16', 'Greer', '{64632}', 'Which interspace(s)?', 'Open', '—'],
    [
      'Q-[64634]',
      '[71520]',
      '03/17',
      'Whitfield',
      '{64612}',
      'Facial nerve muscles, one side? Also cervical muscles injected?',
      'Left facial only',
      '{64612}',
    ],
    ['Q-[64637]', '[71533]', '03/18', 'Rao', '{64714}', 'Open or endoscopic approach?', 'Open', '{64714}'],
  ],
});

// ── 28. One coder query to the provider, text layer ──
const queryMsg = lines({
  id: 's111-qmsg',
  kind: 's111-coder-query-message-to-provider-text',
  before: 'EHR message — To: Thomas Greer, DPM — From: Coding (Harpeth) — Re: encounter 71514',
  text: [
    'Query Q-[64632] (non-leading, per our coding compliance policy [40086])',
    'Patient: H. Carver   DOS 03/16/2026   Billed: {64632} x1 with no interspace modifier',
    'The note documents alcohol neurolysis "between the 3rd and 4th metatarsals" but does not say which foot.',
    'Please state the foot and interspace(s) treated so we can add T-modifiers or RT/LT to {64632}; if two interspaces were done, {64632} x2.',
    'If a diagnostic block ({64455}) was given first, please say whether it was a separate session.',
    'Reply in this thread; the charge stays on hold (hold code [10720]) until answered.',
  ].join('\n'),
});

// ── 29. Credit balance and refund worksheet, table ──
const creditWs = table({
  id: 's111-credit',
  kind: 's111-credit-balance-refund-worksheet-grid',
  caption: 'Credit balance worksheet CB-64612 — Cumberland Nerve & Pain Center — reviewed 04/02/2026',
  headers: ['Acct', 'Patient', 'DOS', 'CPT', 'Payer', 'Credit', 'Cause', 'Action', 'Refund ck #'],
  rows: [
    [
      '[20421]',
      'Fulton, R',
      '01/12/2026',
      '{64712}',
      'Humana MA',
      '$1,040.22',
      'Paid twice (ICN reprocess)',
      'Refund payer',
      '[10441]',
    ],
    [
      '[20455]',
      'Ngo, L',
      '01/27/2026',
      '{64445}',
      'Cigna',
      '$98.02',
      'Paid after CO-97 appeal lost',
      'Refund payer',
      '[10442]',
    ],
    [
      '[20470]',
      'Keller, J',
      '02/03/2026',
      '{64632}',
      'Patient',
      '$250.00',
      'Copay collected twice',
      'Refund patient',
      '[10443]',
    ],
    [
      '[20488]',
      'Ames, D',
      '02/10/2026',
      '{64612}',
      'Medicare B',
      '$41.16',
      'MSP: Medicare paid as primary',
      'Refund via offset',
      '—',
    ],
    ['[20496]', 'Bell, T', '02/11/2026', '{99213}', 'Patient', '$35.00', 'Unapplied, open DOS 04/08', 'Transfer', '—'],
  ],
});

// ── 30. Refund letter to a payer, text layer ──
const refundLtr = lines({
  id: 's111-refund',
  kind: 's111-overpayment-refund-letter-to-payer-text',
  before: 'Cumberland Nerve & Pain Center (billing by Harpeth Revenue Partners) — April 3, 2026',
  text: [
    'Humana Claims Overpayment Recovery, PO Box [14601], Lexington, KY [40512]-4601',
    'Re: voluntary refund — member R. Fulton, member ID H41580993, claim no. 2026012403917, our ref. [40391]',
    'Enclosed is check no. [10441] for $1,040.22. The service line {64712}-RT (DOS 01/12/2026) was paid twice:',
    'on the original claim and again when the claim was reprocessed; only one payment is due.',
    'Provider TIN 62-1940385, NPI 1508864021; our account [20421]. Questions: Harpeth Revenue Partners, 615-555-0142 ext. 214.',
  ].join('\n'),
});

// ── 31. Payer enrollment tracker, table ──
const enrollTrack = table({
  id: 's111-enroll',
  kind: 's111-payer-enrollment-tracker-grid',
  caption: 'Payer enrollment tracker — new providers and locations',
  headers: ['Payer', 'Provider', 'Type', 'App / case #', 'Submitted', 'Status', 'Effective', 'Notes'],
  rows: [
    [
      'Medicare (855I/855R)',
      'Whitfield, L',
      'Individual + reassign',
      'PECOS [10221]',
      '12/18/2025',
      'Approved',
      '01/01/2026',
      'PTAN on file',
    ],
    ['Humana MA', 'Whitfield, L', 'Join group', '[38109]', '01/09/2026', 'In review', '—', 'Hold {64612} claims'],
    [
      'Cigna',
      'Osei, K (CRNA)',
      'Add to group',
      'Case [64712]',
      '01/20/2026',
      'Approved',
      '03/01/2026',
      'Rebill {64445} lines',
    ],
    ['UHC', 'Greer, T', 'New location', '[14116]', '02/02/2026', 'Returned', '—', 'Missing W-9 page 2'],
    ['Wellcare (TennCare)', 'Greer, T', 'Medicaid MCO', '[11455]', '02/06/2026', 'Approved', '02/01/2026', 'Retro ok'],
    ['Aetna', 'Rao, A', 'Recredential', '[12286]', '03/01/2026', 'CAQH attested', '—', 'CAQH ID on file'],
  ],
});

// ── 32. Enrollment status notes, text layer ──
const enrollNotes = lines({
  id: 's111-enrnotes',
  kind: 's111-payer-enrollment-status-notes-text',
  before: 'Enrollment notes — Whitfield, Leah MD — Humana MA',
  text: [
    '01/09 Submitted Humana provider add, case [38109]; CAQH re-attested same day.',
    '02/12 Humana asks for hospital privileges letter; sent 02/13 by fax to 1-502-555-0110 (cover sheet [40754]).',
    '03/05 Status call, ref [75311]: in committee, 30–45 days. Claims for {64612} and {99204} from 02/14 stay on hold.',
    '03/30 Humana paid one {64612} line anyway (batch [64726]); flagged for possible recoupment.',
  ].join('\n'),
});

// ── 33. Staff productivity report, table ──
const staffProd = table({
  id: 's111-staff',
  kind: 's111-billing-staff-productivity-report-grid',
  caption: 'Staff productivity — week ending 03/27/2026 — Team Nashville',
  headers: ['Employee', 'Emp ID', 'Role', 'Charges entered', 'Lines posted', 'Denials worked', 'QA score'],
  rows: [
    ['K. Moss', '[17412]', 'Payment poster', '—', '2,184', '41', '99.2%'],
    ['D. Alvarez', '[17429]', 'Charge entry', '1,402', '—', '—', '98.7%'],
    ['S. Patel', '[64445]', 'AR / denials', '—', '112', '188', '97.9%'],
    ['R. Lindqvist', '[17445]', 'AR / denials', '—', '96', '203', '98.5%'],
    ['Team total', '', '', '1,402', '2,392', '432', '98.6%'],
  ],
});

// ── 34. Coder productivity by code, table ("Top CPT" and unlabelled count columns) ──
const coderProd = table({
  id: 's111-coderprod',
  kind: 's111-coder-productivity-by-top-code-grid',
  caption: 'Coder productivity and accuracy — March 2026',
  headers: ['Coder', 'Charts', 'Top CPT', '2nd', '3rd', 'Avg min', 'Audit'],
  rows: [
    ['A. Brooks, CPC', '612', '{64445}', '{64712}', '{76942}', '6.1', '96%'],
    ['M. Ferris, CPC, CPMA', '540', '{64632}', '{64455}', '{28080}', '5.4', '98%'],
    ['T. Young, COC', '488', '{64612}', '{64615}', '{95874}', '7.9', '94%'],
    ['J. Ruiz, CPC-A', '301', '{99213}', '{20553}', '{64714}', '4.2', '91%'],
  ],
});

// ── 35. Knowledge base article header, text layer ──
const kbHeader = lines({
  id: 's111-kbhdr',
  kind: 's111-knowledge-base-article-header-text',
  before: 'Harpeth Knowledge Base › Coding › Peripheral nerve procedures',
  text: [
    'Article KB-[64612] · Revision 6 · Owner: Coding Compliance · Last reviewed 03/18/2026 · Views [11364]',
    'Sciatic nerve block ({64445}) on the same day as sciatic neuroplasty ({64712}): when to bill it',
    'Applies to clients [41207], [41246] and Lakeview Pain Associates ([41301]); supersedes KB-[40250].',
  ].join('\n'),
});

// ── 36. Knowledge base article body, text layer ──
const kbBody = lines({
  id: 's111-kbbody',
  kind: 's111-knowledge-base-article-body-text',
  before: 'What to do',
  text: [
    'The neuroplasty codes ({64702}–{64727}) carry a 90-day global; an injection by the surgeon on the day of surgery is included.',
    'Code {64712} for the sciatic nerve and {64714} for the lumbar plexus; do not add {64708} for the same nerve.',
    "If a CRNA or anesthesiologist places the block for post-operative pain at the surgeon's request, bill {64445} with 59 or XU under that provider.",
    'Bill {64712}-RT and {64712}-LT on two lines when both sides are done; Medicare takes {64712}-50 on one line.',
    'For the foot, {64632} is reported per nerve (interspace) with T-modifiers; the diagnostic injection is {64455}.',
    'Facial chemodenervation {64612} is unilateral; add the drug (J0585/J0586) with units and the NDC.',
    'Escalate to Coding Compliance (queue [10774]) if a client asks you to bill otherwise.',
  ].join('\n'),
});

// ── 37. Knowledge base article payer rules table, table (no header on the code column) ──
const kbRules = table({
  id: 's111-kbrules',
  kind: 's111-knowledge-base-payer-rules-table-grid',
  caption: 'Payer rules we have seen (update when a payer changes)',
  headers: ['Payer', '', 'Rule', 'Source'],
  rows: [
    ['Cigna', '{64445} with {64712}', 'Denies CO-97 unless a different rendering provider and 59', 'Policy R[47105]'],
    ['UHC', '{64445}', 'Same as Cigna; XU accepted', 'Reimbursement policy 2026R[12572]'],
    ['Aetna', '{64712}, {64714}', 'Prior auth needed in ASC', 'Precert list, 01/2026'],
    ['Medicare J-J', '{64632}', 'LCD L[35095]: 3 per foot per 12 months', 'Palmetto GBA'],
    ['Humana MA', '{64612}', 'One unit per side per date; NDC required', 'Claims manual ch. 7'],
  ],
});

// ── 38. Knowledge base 837P example, X12 text layer ──
const kb837 = lines({
  id: 's111-kb837',
  kind: 's111-knowledge-base-837p-example-text',
  before: 'Example: CRNA block billed separately (loop 2400)',
  text: [
    'CLM*CNP[18283]*765***24:B:1*Y*A*Y*Y~',
    'LX*1~',
    'SV1*HC:{64445}:59*650*UN*1***1~',
    'DTP*472*D8*20260319~',
    'LX*2~',
    'SV1*HC:{76942}*115*UN*1***1~',
    'NM1*82*1*OSEI*KWAME****XX*1447362095~',
    'NTE*ADD*POSTOP PAIN BLOCK AT SURGEON REQUEST, SEE CLAIM CNP[18212]~',
  ].join('\n'),
});

// ── 39. Client portal report library, text layer (decoy heavy) ──
const portalLib = lines({
  id: 's111-portal',
  kind: 's111-client-portal-report-library-text',
  before: 'Client portal › Reports › March 2026 (6 files)',
  text: [
    'ME_Report_2026-03_[41207].pdf — 1.8 MB — posted 04/03/2026',
    'Denials_by_CPT_Payer_[41207]_202603.xlsx — 212 KB',
    'Invoice_HRP-[44739].pdf — posted 04/05/2026 — due 04/20/2026',
    'Coding_Audit_Neuroplasty_{64712}_{64714}_Q1.pdf — 25 charts reviewed',
    'Credit_Balance_CB-[64612]_20260402.xlsx — 5 accounts',
    'AR_Aging_[41207]_20260331.xlsx — 96 KB',
  ].join('\n'),
});

// ── 40. Client support ticket thread, text layer ──
const ticket = lines({
  id: 's111-ticket',
  kind: 's111-client-support-ticket-thread-text',
  before: 'Support ticket — Cumberland Nerve & Pain Center — priority normal',
  text: [
    'Ticket #[64714] · Opened 02/24/2026 by Melissa Tran · Category: Fee schedule / payer reprocessing',
    'Melissa: Aetna is paying our neurolysis {64632} at $101.60, which looks like the old 2024 rate.',
    'Harpeth (R. Lindqvist): confirmed; Aetna loaded the 2026 exhibit late. Opened provider inquiry [45099] with Aetna.',
    'Harpeth: Aetna reprocessed 14 claims on 03/27, $3,906.40 total, EFT 03/28; posted in batch [64719]. Closing ticket [64714].',
  ].join('\n'),
});

export const sealed111: Snippet[] = [
  ...meCover,
  ...meByCpt,
  ...mePayer,
  ...meAdj,
  ...meNarr,
  ...chargeLag,
  ...tatTiles,
  ...tatFamily,
  ...holdQueue,
  ...denials,
  ...denialJson,
  ...onboarding,
  ...hl7Dft,
  ...fhirCharge,
  ...feeSheet,
  ...feeCsv,
  ...contractXml,
  ...postingQ,
  ...x835,
  ...posterNote,
  ...variance,
  ...aging,
  ...invHeader,
  ...invLines,
  ...invCsv,
  ...amEmail,
  ...queryLog,
  ...queryMsg,
  ...creditWs,
  ...refundLtr,
  ...enrollTrack,
  ...enrollNotes,
  ...staffProd,
  ...coderProd,
  ...kbHeader,
  ...kbBody,
  ...kbRules,
  ...kb837,
  ...portalLib,
  ...ticket,
];
