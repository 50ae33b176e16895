import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 141 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s141-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. The decoys are what staffing paperwork is full of: agency assignment, job order, timesheet,
 * invoice, customer, purchase order, voucher and bill-code numbers, practice claim and patient account numbers,
 * Missouri ZIPs (the 64xxx range that northwest Missouri shares with the nerve codes), PO boxes, license, board
 * certificate, BNDD and NAIC numbers, privileges application and request ids, a malpractice policy number,
 * Julian-date batch and check-run numbers, payer employer group numbers, prior-auth numbers, HL7 message and FHIR
 * claim identifiers. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K): the
 * hospital's (Trenton) and the agency's (Kansas City) ZIPs, the payer's Jefferson City ZIP, a job order number, a
 * patient account, a claim number, an insurance policy group number, two employer group numbers, the malpractice
 * policy, the agency's invoice number, a payer policy number and a check run. The five known codes' digits come back
 * as decoys: the agency assignment number, a timesheet id, a purchase order number, the payer's PO box, a patient's
 * ZIP (Elmo, Missouri), a privileges application id, a payer credentialing file number, a records-request reference
 * and an insurance certificate number.
 *
 * Family: locum tenens and physician staffing around a (fictional) pain and peripheral-nerve practice in St.
 * Joseph, Missouri (Loess Hills Pain & Nerve Center) and a rural critical access hospital's pain clinic (Grand River
 * Valley Hospital, Trenton): the staffing agency's assignment confirmation (letter, schedule and rate grid,
 * provider profile), weekly timesheets (grid, approval email, portal CSV), the practice's fee-for-time (Q6) and
 * reciprocal-billing (Q5) logs, claims billed under the absent physician (CMS-1500 text layer, 837P segments, charge
 * entry screen, 835 remittance, claim status and denial screen, FHIR Claim), the billing manager's Q5/Q6 memo, the
 * credentialing packet checklist, the hospital's temporary privileges request, delineation of privileges, proctoring
 * form and medical staff office email, the agency's invoice (header and lines) and the practice's AP voucher, the
 * hospital's coverage calendar, clinic schedule and HL7 scheduling message, the locum's case log, the clinic
 * superbill the locum marks, a payer's enrollment letter, locum FAQ and enrollment status lookup, the agency's certificate of insurance, a recruiter chat, a referring
 * office fax, the compensation reconciliation, a compliance audit worksheet, the extension addendum, a peer
 * reference form and medical executive committee minutes.
 * Built on real public layouts: the CMS-1500 (02/12) form's item 24 lines with modifiers in 24D and item 19 notes,
 * the X12 837P (CLM, SV1 "HC:code:mod", NM1*82) and 835 (CLP, SVC, CAS) segments, HL7 v2 SIU^S12 with AIS
 * procedure codes in the C4 coding system, FHIR R4 Claim item.productOrService with the AMA CPT system, Medicare's
 * Claims Processing Manual chapter 1 section 30.2.10–11 record of substitute services (the log the practice keeps),
 * Joint Commission-style temporary privileges and delineation-of-privileges forms, the ACORD 25 certificate of
 * liability insurance, staffing agencies' assignment confirmations and weekly timesheets, and a commercial payer's
 * locum tenens enrollment letter. The others are written the way those pages read, with no single source.
 *
 * 396 labelled tokens over 39 shapes: 219 codes, 177 decoys, 58 of the decoys in KNOWN_10K.
 */

// ── 1. Agency assignment confirmation letter, text layer ──
const confirmLetter = lines({
  id: 's141-confirm',
  kind: 's141-agency-assignment-confirmation-letter-text',
  before: 'PRAIRIE CROSSING LOCUM TENENS, INC. — PHYSICIAN ASSIGNMENT CONFIRMATION',
  text: [
    'Assignment no. ASG-[64712]   Job order JO-[22178]   Issued 02/14/2025',
    'Client: Loess Hills Pain & Nerve Center, LLC, 3302 Frederick Ave, Suite 200, St. Joseph, MO [64506]-2931',
    'Provider: Gideon Achterberg, MD (Neurological Surgery; peripheral nerve fellowship)   Provider id P-[40859]',
    'Coverage for: Anjali Marwood, MD, on medical leave 03/03/2025 through 04/25/2025 (54 days)',
    'Scope: clinic and procedures as listed in Exhibit A, including sciatic nerve blocks ({64445}), plantar digital',
    'neurolysis ({64632}), facial chemodenervation ({64612}) and neuroplasty ({64712}, {64714}) at the client’s sites.',
    'Secondary site: Grand River Valley Hospital Pain Clinic, 1200 E 9th St, Trenton, MO [64683] (Fridays and call).',
    'Return signed copy to Prairie Crossing, 8401 NW Prairie View Rd, Kansas City, MO [64152]. Ref. [30782].',
  ].join('\n'),
});

// ── 2. Exhibit A, schedule and rates grid ──
const confirmRates = table({
  id: 's141-rates',
  kind: 's141-agency-assignment-exhibit-rate-grid',
  caption: 'Exhibit A to Assignment ASG-64712 — Schedule, duties and rates',
  headers: ['Site', 'Days', 'Duties / expected procedures', 'Rate', 'Bill code'],
  rows: [
    [
      'Loess Hills, St. Joseph',
      'Mon–Thu',
      'Clinic; {64445}, {64447}, {64632}, {64455}, {64612}',
      '$2,400/day',
      'BC-[10266]',
    ],
    ['Loess Hills OR (Heartland ASC)', 'Tue AM', 'Neuroplasty {64712}, {64714}', '$2,400/day', 'BC-[10266]'],
    [
      'Grand River Valley Hosp.',
      'Fri',
      'Pain clinic; {64445} with {76942}, {64483}, {20552}',
      '$2,400/day',
      'BC-[10282]',
    ],
    ['Grand River Valley Hosp.', 'Call (weekday)', 'Inpatient consults, ED calls', '$600/24 h', 'BC-[10283]'],
    ['All', 'Overtime', 'Beyond 10 h/day, pre-approved', '$195/h', 'BC-[10290]'],
  ],
});

// ── 3. Agency provider profile sent to the client, text layer ──
const providerProfile = lines({
  id: 's141-profile',
  kind: 's141-agency-provider-profile-summary-text',
  before: 'PROVIDER PROFILE — CONFIDENTIAL — prepared for Loess Hills Pain & Nerve Center',
  text: [
    'Gideon Achterberg, MD   Board certified ABNS   Licenses: MO 2019031447 (active), KS 04-[38215] (active)',
    'Home base: Lakewood, CO [80226]   Available 03/01/2025 onward   Prairie Crossing provider id P-[40859]',
    'Procedure volume, last 24 months (self-reported, from case logs):',
    '  Neuroplasty, sciatic nerve ({64712}): 31   Neuroplasty, lumbar plexus ({64714}): 9',
    '  Sciatic nerve block, single injection ({64445}): 212   Femoral nerve block ({64447}): 96',
    '  Neurolysis, plantar common digital nerve — CPT {64632}: 44   Facial nerve chemodenervation {64612}: 58',
  ].join('\n'),
});

// ── 4. Weekly timesheet, grid (agency portal view) ──
const timesheet = table({
  id: 's141-timesheet',
  kind: 's141-locum-weekly-timesheet-grid',
  caption: 'Weekly Time Record — Assignment ASG-64712 — Week ending 03/09/2025 — Timesheet TS-64612',
  headers: ['Date', 'Site', 'In', 'Out', 'Hours', 'Procedures (CPT)', 'Call', 'Notes'],
  rows: [
    [
      '03/03/2025',
      'Loess Hills',
      '07:30',
      '17:15',
      '9.25',
      '{64445} x2, {64632}, {99204}, {99214} x6',
      '—',
      'Orientation AM',
    ],
    ['03/04/2025', 'Heartland ASC', '06:45', '15:30', '8.75', '{64712}-RT, {64721}-LT', '—', 'Case [12907]'],
    ['03/05/2025', 'Loess Hills', '07:30', '17:40', '10.0', '{64612} x2, {64445}, {64455}', '—', ''],
    ['03/06/2025', 'Loess Hills', '07:30', '16:50', '9.25', '{64632}, {64447}, {20552}', '—', ''],
    [
      '03/07/2025',
      'Grand River Valley',
      '08:00',
      '17:00',
      '9.0',
      '{64445}/{76942}, {64483}',
      '24 h',
      'Trenton [64683]',
    ],
    ['Totals', '', '', '', '46.25', '', '1', 'TS-[64612]'],
  ],
});

// ── 5. Timesheet approval email from the practice administrator ──
const tsEmail = lines({
  id: 's141-tsemail',
  kind: 's141-timesheet-approval-email-text',
  before: 'From: Renée Calloway <rcalloway@loesshillspain.example> To: timesheets@prairiecrossing.example',
  text: [
    'Subject: RE: TS-[64612] Achterberg wk ending 3/9 — approved with one correction',
    'Approved 46.25 h and 1 weekday call. Correction: on 3/6 the {64447} was a {64445} (sciatic, popliteal approach);',
    'our charge entry shows {64445}-LT on account [21244]. No change to hours.',
    'Also, Dr. Achterberg did the {64712} on 3/4 at Heartland ASC; please don’t list the {64721} as his, Dr. Osei',
    'did that one. Please send the corrected TS before the invoice run (your AP ref [47226]).',
    'Renée Calloway, Practice Administrator, Loess Hills Pain & Nerve Center, St. Joseph, MO [64506]',
  ].join('\n'),
});

// ── 6. Agency portal timesheet export, CSV text ──
const tsCsv = lines({
  id: 's141-tscsv',
  kind: 's141-agency-portal-timesheet-csv-text',
  before: 'export_timesheets_ASG64712_P40859_2025-03.csv',
  text: [
    'ts_id,work_date,site_zip,hours,call_units,proc_codes,approved_by',
    '[64612],2025-03-03,[64506],9.25,0,"{64445};{64445};{64632};{99204}",RCALLOWAY',
    '[64612],2025-03-07,[64683],9.00,1,"{64445};{76942};{64483}",LPETTIBONE',
    '[64618],2025-03-10,[64506],9.50,0,"{64612};{64612};{64632}",RCALLOWAY',
    '[64618],2025-03-11,[64506],10.25,0,"{64714};{64712}-LT",RCALLOWAY',
  ].join('\n'),
});

// ── 7. Practice's substitute physician log, fee-for-time (Q6) ──
const q6Log = table({
  id: 's141-q6log',
  kind: 's141-substitute-physician-q6-service-log-grid',
  caption:
    'Record of services furnished by a substitute physician under a fee-for-time compensation arrangement (modifier Q6) — regular physician A. Marwood, MD',
  headers: ['DOS', 'Patient acct', 'CPT', 'Mod', 'Substitute', 'Substitute NPI', 'Day # of 60', 'Claim no.'],
  rows: [
    ['03/03/2025', '[21038]', '{64445}', 'Q6', 'G. Achterberg, MD', '1285716490', '1', '[30139]'],
    ['03/03/2025', '[21071]', '{64632}', 'Q6', 'G. Achterberg, MD', '1285716490', '1', '[30146]'],
    ['03/04/2025', '[19240]', '{64712}', 'RT Q6', 'G. Achterberg, MD', '1285716490', '2', '[30152]'],
    ['03/05/2025', '[21118]', '{64612}', 'RT Q6', 'G. Achterberg, MD', '1285716490', '3', '[30161]'],
    ['03/05/2025', '[21118]', '{64612}', 'LT Q6', 'G. Achterberg, MD', '1285716490', '3', '[30161]'],
    ['03/11/2025', '[18918]', '{64714}', 'Q6', 'G. Achterberg, MD', '1285716490', '9', '[30200]'],
    ['03/11/2025', '[20025]', '{64712}', 'LT Q6', 'G. Achterberg, MD', '1285716490', '9', '[30204]'],
  ],
});

// ── 8. Reciprocal billing (Q5) log, the week before the leave ──
const q5Log = table({
  id: 's141-q5log',
  kind: 's141-reciprocal-billing-q5-log-grid',
  caption:
    'Reciprocal billing arrangement — Riverbluff Neurosurgery (P. Esterhuizen, MD) covering A. Marwood, MD, 02/24–02/28/2025',
  headers: ['Date', 'Acct', 'Service', 'Modifier', 'Covering MD', 'Billed under', 'Claim'],
  rows: [
    ['02/24/2025', '[20932]', '{99213}', 'Q5', 'Esterhuizen', 'Marwood', '[29916]'],
    ['02/25/2025', '[19803]', '{64445}', 'Q5', 'Esterhuizen', 'Marwood', '[29922]'],
    ['02/26/2025', '[21004]', '{64632} (2nd interspace, L)', 'Q5 LT', 'Esterhuizen', 'Marwood', '[29931]'],
    ['02/27/2025', '[16046]', '{64612}', 'Q5', 'Esterhuizen', 'Marwood', '[29940]'],
    ['02/28/2025', '[19803]', 'Post-op check, no charge (global of {64712} on 02/10)', '—', 'Esterhuizen', '—', '—'],
  ],
});

// ── 9. CMS-1500 claim under the absent physician, PDF text layer ──
const cms1500 = lines({
  id: 's141-cms1500',
  kind: 's141-cms1500-claim-absent-physician-text',
  before: 'HEALTH INSURANCE CLAIM FORM APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
  text: [
    '5. PATIENT’S ADDRESS  418 N 2ND ST   CITY ELMO   STATE MO   ZIP CODE [64445]   TELEPHONE (660) 555 0184',
    '11. INSURED’S POLICY GROUP OR FECA NUMBER  [44835]',
    '19. ADDITIONAL CLAIM INFORMATION  Q6 SUBSTITUTE G ACHTERBERG MD NPI 1285716490 FEE-FOR-TIME',
    '21. ICD Ind 0  A. G57.02  B. M79.2',
    '24. 1  03 04 25  03 04 25  24  {64712}  RT Q6   A   1875 00  1  NPI 1609843275',
    '24. 2  03 04 25  03 04 25  24  {64445}  59 RT Q6   B   310 00  1  NPI 1609843275',
    '26. PATIENT’S ACCOUNT NO. [19240]   28. TOTAL CHARGE $ 2185 00   30. Rsvd for NUCC Use',
    '32. HEARTLAND AMBULATORY SURGERY CENTER 5026 FAIRVIEW BLVD ST JOSEPH MO [64506]',
    '33. LOESS HILLS PAIN & NERVE CENTER LLC 3302 FREDERICK AVE STE 200 ST JOSEPH MO [64506] 2931',
  ].join('\n'),
});

// ── 10. The same claim as X12 837P, segments ──
const x837 = lines({
  id: 's141-837p',
  kind: 's141-x12-837p-q6-claim-segments-text',
  before: 'ISA*00*          *00*          *ZZ*LOESSHILLS     *ZZ*HPHP0001       *250312*0914*^*00501*000030152*0*P*:~',
  text: [
    'NM1*85*2*LOESS HILLS PAIN & NERVE CENTER*****XX*1932571046~N3*3302 FREDERICK AVE STE 200~N4*ST JOSEPH*MO*645062931~',
    'CLM*[30152]*2185***24:B:1*Y*A*Y*Y~',
    'NTE*ADD*Q6 SUBSTITUTE ACHTERBERG GIDEON NPI 1285716490~',
    'NM1*82*1*MARWOOD*ANJALI****XX*1609843275~',
    'LX*1~SV1*HC:{64712}:RT:Q6*1875*UN*1***1~DTP*472*D8*20250304~',
    'LX*2~SV1*HC:{64445}:59:RT:Q6*310*UN*1***2~DTP*472*D8*20250304~',
    'NM1*77*2*HEARTLAND AMBULATORY SURGERY CENTER*****XX*1447290385~N4*ST JOSEPH*MO*[64506]~',
    'SE*38*0001~GE*1*1~IEA*1*000030152~',
  ].join('\n'),
});

// ── 11. Practice management charge entry screen, grid ──
const chargeEntry = table({
  id: 's141-charge',
  kind: 's141-pm-charge-entry-locum-screen-grid',
  caption: 'Charge Entry — Acct 21118 — Rendering: MARWOOD, ANJALI (billing under Q6) — Batch 25069',
  headers: ['Line', 'DOS', 'Proc', 'M1', 'M2', 'M3', 'Dx ptr', 'Units', 'Charge'],
  rows: [
    ['1', '03/05/25', '{64612}', 'RT', 'Q6', '', 'A', '1', '525.00'],
    ['2', '03/05/25', '{64612}', 'LT', 'Q6', '', 'A', '1', '525.00'],
    ['3', '03/05/25', 'J0585', '', 'Q6', '', 'A', '50', '340.00'],
    ['4', '03/05/25', '{95874}', '', 'Q6', '', 'A', '1', '210.00'],
    ['5', '03/05/25', '{99214}', '25', 'Q6', '', 'A', '1', '245.00'],
  ],
});

// ── 12. 835 remittance for the Q6 claims, segments ──
const x835 = lines({
  id: 's141-835',
  kind: 's141-x12-835-remit-q6-segments-text',
  before: 'ST*835*0112~BPR*I*2946.18*C*ACH*CCP*01*101000695*DA*4471902*1430567789**01*101100029*DA*77013320*20250402~',
  text: [
    'TRN*1*7752088410*1430567789~N1*PR*HEARTLAND PRAIRIE HEALTH PLAN~N4*JEFFERSON CITY*MO*[65102]~',
    'CLP*[30152]*1*2185*1493.52*0*12*2250631040118*24*1~NM1*QC*1*DUNAWAY*LEROY~',
    'SVC*HC:{64712}:RT:Q6*1875*1288.40**1~DTM*472*20250304~CAS*CO*45*586.60~AMT*B6*1288.40~',
    'SVC*HC:{64445}:59:RT:Q6*310*205.12**1~DTM*472*20250304~CAS*CO*45*104.88~',
    'CLP*[30161]*1*1845*1452.66*0*12*2250631040177*11*1~',
    'SVC*HC:{64612}:RT:Q6*525*401.23**1~SVC*HC:{64612}:LT:Q6*525*401.23**1~SVC*HC:{95874}:Q6*210*88.15**1~',
    'CLP*[30200]*4*1650*0*0*12*2250631040212*24*1~CAS*CO*B7*1650~LQ*HE*N290~SVC*HC:{64714}:Q6*1650*0**1~',
  ].join('\n'),
});

// ── 13. Billing manager's memo on Q5 / Q6, email text ──
const billingMemo = lines({
  id: 's141-memo',
  kind: 's141-billing-manager-q5-q6-memo-email-text',
  before:
    'From: Dwight Haskins, Billing Manager  Subject: How we bill Dr. Marwood’s patients while she is out (read before 3/3)',
  text: [
    '1. Everything Dr. Achterberg does from 3/3 to 4/25 goes out under Dr. Marwood’s NPI with modifier Q6 on every line,',
    '   e.g. {64445}-Q6, {64632}-Q6, {64612}-RT-Q6. Put Q6 last when a line also needs RT/LT, 59 or 25.',
    '2. Dr. Esterhuizen’s week (2/24–2/28) was reciprocal, not paid per diem: use Q5, not Q6 (the {64445} on 2/25 = Q5).',
    '3. The 60-day clock: day 1 is 3/3; day 54 is 4/25. Anything after that needs him enrolled and billing under his own',
    '   NPI. If the leave is extended past 5/1, tell me before scheduling the {64714} on acct [18918]’s second side.',
    '4. Surgeries with a global ({64712}, {64714} are 90-day; {64632} is 10-day): Q6 goes on the surgery line only.',
    '   Post-op visits in the global are {99024}, no charge.',
    '5. Medicaid and two commercial plans (group [51629], group [43057]) want the locum credentialed. See the checklist.',
    'Questions: ext. 2217. Log every Q6 line in the substitute log (S:\\Billing\\Locum\\log_[25062].xlsx).',
  ].join('\n'),
});

// ── 14. Payer portal claim status / denial detail, grid ──
const denialScreen = table({
  id: 's141-denial',
  kind: 's141-payer-portal-claim-status-denial-grid',
  caption: 'Heartland Prairie Health Plan — Provider Portal — Claim Status — Billing NPI 1932571046',
  headers: ['Claim #', 'Member ID', 'DOS', 'Procedure', 'Billed', 'Paid', 'Status', 'Reason'],
  rows: [
    ['[30152]', 'HPH8841207', '03/04/2025', '{64712}-RT-Q6', '$1,875.00', '$1,288.40', 'Paid', '—'],
    ['[30161]', 'HPH7710032', '03/05/2025', '{64612}-RT-Q6', '$525.00', '$401.23', 'Paid', '—'],
    [
      '[30200]',
      'HPH5523380',
      '03/11/2025',
      '{64714}-Q6',
      '$1,650.00',
      '$0.00',
      'Denied',
      'B7 / N290: substitute not on file for group [43057]',
    ],
    [
      '[30204]',
      'HPH6019945',
      '03/11/2025',
      '{64712}-LT-Q6',
      '$1,875.00',
      '—',
      'Pended',
      'Records requested, ref [64714]',
    ],
    ['[31046]', 'HPH8841207', '03/18/2025', '{64445}-Q6', '$310.00', '$205.12', 'Paid', '—'],
  ],
});

// ── 15. FHIR R4 Claim (payer API), JSON text ──
const fhirClaim = lines({
  id: 's141-fhir',
  kind: 's141-fhir-claim-q6-json-text',
  before: 'GET /fhir/r4/Claim/clm-30204  Accept: application/fhir+json',
  text: [
    '{ "resourceType": "Claim", "id": "clm-[30204]", "status": "active", "use": "claim",',
    '  "identifier": [{ "system": "urn:oid:2.16.840.1.113883.3.4471.2", "value": "[30204]" }],',
    '  "provider": { "identifier": { "system": "http://hl7.org/fhir/sid/us-npi", "value": "1609843275" } },',
    '  "item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt",',
    '      "code": "{64712}", "display": "Neuroplasty, major peripheral nerve; sciatic nerve" }] },',
    '    "modifier": [{ "coding": [{ "code": "LT" }] }, { "coding": [{ "code": "Q6" }] }],',
    '    "servicedDate": "2025-03-11", "locationAddress": { "city": "St. Joseph", "postalCode": "[64506]" },',
    '    "net": { "value": 1875.00, "currency": "USD" } }],',
    '  "supportingInfo": [{ "sequence": 1, "category": { "text": "substitute-physician" }, "valueString":',
    '    "Achterberg G, NPI 1285716490, fee-for-time, assignment [64712]" }] }',
  ].join('\n'),
});

// ── 16. Agency credentialing packet checklist, text layer (decoy heavy) ──
const credChecklist = lines({
  id: 's141-credcheck',
  kind: 's141-credentialing-packet-checklist-text',
  before: 'PRAIRIE CROSSING LOCUM TENENS — CREDENTIALING PACKET CHECKLIST — Provider P-40859 Achterberg, Gideon',
  text: [
    '[x] Signed application (client: Grand River Valley Hospital, app id GRV-[64632])   Coordinator: M. Oyelaran',
    '[x] CAQH ProView id 16843327, attested 02/10/2025   [x] NPDB query, report no. 5500001938471226',
    '[x] MO license 2019031447 verified 02/11/2025   [x] KS license 04-[38215]   [x] BNDD (MO) no. [27981]',
    '[x] DEA FA4917263, schedules 2–5   [x] Board cert. ABNS, cert. no. [11456], verified via certifacts',
    '[x] COI — Prairie Crossing occurrence policy PCL-[13119] (see ACORD 25)   [x] TB test 01/28/2025',
    '[x] Case log, 24 mo., incl. {64712}/{64714} counts   [ ] Peer reference #3 (request [26384]) outstanding',
    '[x] Delineation of privileges signed (pain medicine + peripheral nerve surgery sheets, form [12974])',
  ].join('\n'),
});

// ── 17. Hospital temporary privileges request, form text layer ──
const tempPriv = lines({
  id: 's141-temppriv',
  kind: 's141-hospital-temporary-privileges-request-text',
  before: 'GRAND RIVER VALLEY HOSPITAL — REQUEST FOR TEMPORARY CLINICAL PRIVILEGES (Medical Staff Bylaws Art. 5.6)',
  text: [
    'Applicant: Gideon Achterberg, MD   Application GRV-[64632]   Sponsoring department: Surgery / Pain Clinic',
    'Basis: [ ] pending complete application   [x] important patient care, treatment and service need',
    'Period requested: 03/07/2025 to 04/25/2025 (not to exceed 120 days)   Covering for: A. Marwood, MD',
    'Privileges requested (CPT for reference): peripheral nerve blocks {64445}, {64447}, {64450} with US',
    'guidance {76942}; transforaminal epidural {64483}; neurolysis {64632}; chemodenervation {64612};',
    'neuroplasty sciatic {64712} and lumbar plexus {64714} (OR, with anesthesia); trigger points {20552}/{20553}.',
    'Facility: 1200 E 9th St, Trenton, MO [64683]   Medical Staff Office fax (660) 555-0230   Req. no. [17966]',
  ].join('\n'),
});

// ── 18. Delineation of privileges, pain medicine sheet, grid ──
const dop = table({
  id: 's141-dop',
  kind: 's141-delineation-of-privileges-pain-grid',
  caption: 'Delineation of Privileges — Pain Medicine / Peripheral Nerve — Form 12974 rev. 2024',
  headers: ['Req', 'Procedure', 'CPT', 'Min. cases / 2 yrs', 'Applicant count', 'Dept chair'],
  rows: [
    ['X', 'Sciatic nerve block, single', '{64445}', '10', '212', 'Approve'],
    ['X', 'Femoral nerve block, single', '{64447}', '10', '96', 'Approve'],
    ['X', 'Neurolysis, plantar common digital nerve', '{64632}', '5', '44', 'Approve'],
    ['X', 'Chemodenervation, facial nerve muscles', '{64612}', '10', '58', 'Approve'],
    ['X', 'Neuroplasty, sciatic nerve', '{64712}', '5', '31', 'Approve w/ proctor'],
    ['X', 'Neuroplasty, lumbar plexus', '{64714}', '3', '9', 'Approve w/ proctor'],
    ['', 'Spinal cord stimulator trial', '{63650}', '10', '0', 'Not requested'],
    ['X', 'RF ablation, lumbar facet', '{64635}, {64636}', '10', '0', 'Deny — no cases'],
  ],
});

// ── 19. Medical staff office email granting temporary privileges ──
const msoEmail = lines({
  id: 's141-msoemail',
  kind: 's141-medical-staff-office-approval-email-text',
  before:
    'From: Lorna Pettibone, CPMSM, Medical Staff Office, Grand River Valley Hospital  Subject: Temp privileges GRV-64632',
  text: [
    'Dr. Achterberg’s temporary privileges (app GRV-[64632], req. [17966]) were granted by the CEO on the',
    'recommendation of the Chief of Staff on 03/06/2025, for 03/07–04/25/2025. Granted as requested except RF ablation',
    '({64635}/{64636}) and the SCS trial ({63650}). Proctoring: first two neuroplasties ({64712} or {64714}) by Dr. Jessup;',
    'FPPE file no. [23152]. Please have him badge in at Facilities, 1200 E 9th St, Trenton [64683], before his 3/7 clinic.',
  ].join('\n'),
});

// ── 20. Proctoring / FPPE form for the locum's first cases, grid ──
const fppe = table({
  id: 's141-fppe',
  kind: 's141-fppe-proctoring-record-grid',
  caption: 'Focused Professional Practice Evaluation — Temporary privileges — FPPE 23152 — Proctor: H. Jessup, MD',
  headers: ['Case', 'Date', 'MRN', 'Procedure (CPT)', 'Indication', 'Rating', 'Comments'],
  rows: [
    ['1', '03/14/2025', 'GR0020577', '{64712} RT', 'Sciatic entrapment, piriformis', 'Meets', 'Good exposure'],
    ['2', '03/21/2025', 'GR0020635', '{64714}', 'Lumbar plexus scar', 'Meets', 'EBL 40 mL'],
    ['3', '03/21/2025', 'GR0020647', '{64445} + {76942}', 'Post-op analgesia', 'Meets', 'Not required; observed'],
  ],
});

// ── 21. Agency invoice header, PDF text layer (decoy heavy) ──
const invoiceHead = lines({
  id: 's141-invhead',
  kind: 's141-agency-invoice-header-text',
  before: 'PRAIRIE CROSSING LOCUM TENENS, INC.  8401 NW Prairie View Rd, Kansas City, MO 64152  FEIN 43-1876502',
  text: [
    'INVOICE   No. [28995]   Date 03/20/2025   Terms Net 30   Customer no. C-[11584]',
    'Bill to: Loess Hills Pain & Nerve Center, LLC, Attn: Accounts Payable, PO Box 8812, St. Joseph, MO [64508]',
    'Your PO: PO-[64714]   Assignment: ASG-[64712]   Provider: Achterberg, Gideon MD (P-[40859])',
    'Service period 03/03/2025 – 03/16/2025   Timesheets TS-[64612], TS-[64618]',
    'Remit to: Prairie Crossing Locum Tenens, Dept. [41975], PO Box 219288, Kansas City, MO [64121]-9288',
    'Amount due: $27,798.05   Questions: billing@prairiecrossing.example or (816) 555-0167',
  ].join('\n'),
});

// ── 22. Agency invoice line items, grid ──
const invoiceLines = table({
  id: 's141-invlines',
  kind: 's141-agency-invoice-line-items-grid',
  caption: 'Invoice 28995 — Detail',
  headers: ['Item', 'Description', 'Qty', 'Rate', 'Amount', 'GL hint'],
  rows: [
    ['BC-[10266]', 'Clinic/OR day, Loess Hills (3/3–3/6, 3/10–3/13)', '8', '2,400.00', '19,200.00', '6120'],
    ['BC-[10282]', 'Pain clinic day, Grand River Valley (3/7, 3/14)', '2', '2,400.00', '4,800.00', '6120'],
    ['BC-[10283]', 'Weekday call, 24 h (3/7, 3/14)', '2', '600.00', '1,200.00', '6125'],
    ['TR-[10222]', 'Airfare DEN–MCI round trip (receipt [74433])', '1', '412.60', '412.60', '6410'],
    ['TR-[10229]', 'Lodging, Drury Inn St. Joseph, 13 nights (folio [90240])', '13', '119.00', '1,547.00', '6410'],
    ['TR-[10238]', 'Rental car, 14 days (agreement [21591])', '1', '638.45', '638.45', '6410'],
  ],
});

// ── 23. Practice accounts payable voucher, text layer ──
const apVoucher = lines({
  id: 's141-apvoucher',
  kind: 's141-practice-ap-voucher-approval-text',
  before: 'LOESS HILLS PAIN & NERVE CENTER — A/P VOUCHER',
  text: [
    'Voucher [14979]   Vendor 0317 Prairie Crossing Locum Tenens   Vendor ZIP [64152]   Invoice [28995]',
    'PO-[64714] (blanket, locum coverage for A. Marwood, not to exceed $120,000)   Received to date: $27,798.05',
    'GL 6120-200 Physician contract labor 24,000.00 / 6125-200 Call 1,200.00 / 6410-200 Travel 2,598.05',
    'Offset: Grand River Valley PSA reimbursement, 2 clinic days + 2 call, HOSP AR inv. [51102] ($6,000.00)',
    'Approved R. Calloway 03/24/2025; check run [25083] (Julian date), ACH trace 101000690512238',
  ].join('\n'),
});

// ── 24. Hospital pain clinic coverage calendar, grid ──
const coverageCal = table({
  id: 's141-calendar',
  kind: 's141-hospital-coverage-calendar-grid',
  caption: 'Grand River Valley Hospital — Pain Clinic & Surgery Coverage — March 2025 — posted by Medical Staff Office',
  headers: ['Week of', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Call (Fri 7a–Sat 7a)'],
  rows: [
    ['03/03', '—', '—', '—', '—', 'Achterberg (locum) — blocks {64445}, ESI {64483}', 'Achterberg'],
    ['03/10', '—', 'OR: Jessup', '—', '—', 'Achterberg — OR {64712} (proctored); clinic PM {64612} x3', 'Achterberg'],
    ['03/17', '—', '—', '—', '—', 'Achterberg — OR {64714} (proctored), {64445} + US', 'Achterberg'],
    ['03/24', '—', 'OR: Jessup', '—', '—', 'Achterberg — clinic; {64445} x2, {20552}', 'Jessup'],
    ['Notes', 'Clinic phone (660) 555-0244', '', '', '', 'Locum pager [41084]', 'Answering svc: GRVH operator'],
  ],
});

// ── 25. Hospital pain clinic daily schedule, grid ──
const clinicSchedule = table({
  id: 's141-clinicsched',
  kind: 's141-pain-clinic-daily-schedule-grid',
  caption: 'Pain Clinic — Provider: ACHTERBERG, GIDEON (LOCUM) — Friday 03/14/2025 — Dept 4410',
  headers: ['Time', 'Patient', 'MRN', 'Visit type', 'Planned CPT', 'Auth #', 'Payer'],
  rows: [
    ['07:30', 'OR — see OR schedule', 'GR0020577', 'Surgery', '{64712}-RT', '[88103]', 'Heartland Prairie'],
    ['13:00', 'Harlan, B.', 'GR0018263', 'Procedure', '{64612} (bilat.), J0585', 'PA[19396]', 'MO HealthNet'],
    ['13:30', 'Yoder, E.', 'GR0020811', 'Procedure', '{64612}', '—', 'Medicare'],
    ['14:00', 'Pruitt, D.', 'GR0015406', 'New patient', '{99204}', '—', 'Medicare'],
    ['14:45', 'Ochoa, R.', 'GR0019004', 'Procedure', '{64612}, {95874}', '[88175]', 'Heartland Prairie'],
    ['15:30', 'Greer, T.', 'GR0017228', 'Follow-up', '{99213}', '—', 'Self-pay'],
  ],
});

// ── 26. HL7 v2 SIU^S12 scheduling message from the hospital, text ──
const hl7Siu = lines({
  id: 's141-hl7',
  kind: 's141-hl7-siu-s12-schedule-message-text',
  before: 'Interface engine — outbound to Loess Hills PM (msg 4 of 9)',
  text: [
    'MSH|^~\\&|GRVH_SCHED|GRVH|LHPN_PM|LHPN|202503101422||SIU^S12|MSG[22575]|P|2.5.1',
    'SCH|[22575]^GRVH|||||ROUTINE|||||^^60^20250321073000|||||||||ACHTERBERG^GIDEON^^^MD',
    'PID|1||GR0020635^^^GRVH^MR||KESSLER^DONNA||19610722|F|||77 LOCUST ST^^GALT^MO^[64641]',
    'AIS|1||{64714}^NEUROPLASTY LUMBAR PLEXUS^C4|20250321073000|||120|min',
    'AIS|2||{64445}^N BLOCK INJ SCIATIC SNG^C4|20250321070000|||15|min',
    'AIP|1||1285716490^ACHTERBERG^GIDEON^^^MD^^^NPI|SURG||',
    'AIL|1||OR2^^^GRVH^^^^^TRENTON MO [64683]|',
  ].join('\n'),
});

// ── 27. Locum's personal case log, grid ──
const caseLog = table({
  id: 's141-caselog',
  kind: 's141-locum-personal-case-log-grid',
  caption:
    'Case log — G. Achterberg, MD — Assignment ASG-64712 (Loess Hills / Grand River Valley) — for board MOC and next credentialing',
  headers: ['Entry', 'Date', 'Site', 'Procedure', 'CPT', 'Side', 'Complication'],
  rows: [
    ['118', '03/03/25', 'LH clinic', 'Sciatic block, popliteal, US', '{64445} + {76942}', 'L', 'None'],
    ['119', '03/03/25', 'LH clinic', 'Alcohol neurolysis 3rd interspace', '{64632}', 'R', 'None'],
    ['120', '03/04/25', 'Heartland ASC', 'Sciatic neuroplasty', '{64712}', 'R', 'None'],
    ['121', '03/05/25', 'LH clinic', 'Facial chemodenervation, EMG-guided', '{64612} x2', 'Bilat', 'Mild ptosis L'],
    ['122', '03/11/25', 'Heartland ASC', 'Lumbar plexus neuroplasty', '{64714}', 'L', 'None'],
    ['123', '03/14/25', 'GRVH OR2', 'Sciatic neuroplasty (proctored)', '{64712}', 'R', 'None'],
    ['124', '03/21/25', 'GRVH OR2', 'Lumbar plexus neuroplasty (proctored)', '{64714}', 'L', 'None'],
  ],
});

// ── 28. Payer's locum tenens enrollment letter, text layer ──
const enrollLetter = lines({
  id: 's141-enroll',
  kind: 's141-payer-locum-enrollment-letter-text',
  before: 'HEARTLAND PRAIRIE HEALTH PLAN — Provider Network Management — PO Box 64632, Jefferson City, MO 65102-4632',
  text: [
    'March 19, 2025   Re: Locum tenens notification no. LT-[24377]   Group: Loess Hills Pain & Nerve Center (TIN ending 6502)',
    'Dear Ms. Calloway: We received your notice that Gideon Achterberg, MD will substitute for Anjali Marwood, MD',
    'from 03/03/2025 to 04/25/2025. Under our Locum Tenens Policy (PNM-[12340]) you may bill his services under',
    'Dr. Marwood’s NPI with modifier Q6 for up to 60 consecutive days, except for employer group [43057] (state',
    'employee ASO), which requires the substitute to be credentialed before services are rendered. Claim [30200]',
    '({64714}-Q6, 03/11/2025) was therefore denied; please do not resubmit it under Dr. Marwood. Once credentialing',
    'file CR-[64612] is complete, services on or after the effective date, such as {64712} and {64445}, may be billed',
    'under Dr. Achterberg’s own NPI without Q6. Send questions to PO Box [64632], Jefferson City, MO [65102]-4632.',
  ].join('\n'),
});

// ── 29. Payer's locum tenens FAQ page, text ──
const payerFaq = lines({
  id: 's141-faq',
  kind: 's141-payer-locum-tenens-faq-text',
  before: 'Heartland Prairie Health Plan › Providers › Policies › Locum Tenens and Reciprocal Billing FAQ',
  text: [
    'Q: Which modifier do I use? A: Q5 for a reciprocal billing arrangement, Q6 for a fee-for-time (locum) arrangement.',
    'Q: Do surgical codes with a global period, such as {64712} or {64714}, qualify? A: Yes, on the date of the',
    '   procedure; post-operative care in the global ({99024}) is not separately billed by either physician.',
    'Q: Can a locum bill bilateral chemodenervation {64612}? A: Yes, report {64612}-RT-Q6 and {64612}-LT-Q6.',
    'Q: Our locum also covers the hospital pain clinic. A: Hospital-based professional claims for {64445} with',
    '   {76942} follow the same rule. Facility (UB-04) claims are not affected. Policy PNM-[12340], rev. [24027].',
  ].join('\n'),
});

// ── 30. ACORD 25 certificate of liability insurance, text layer (decoy heavy) ──
const acord = lines({
  id: 's141-acord',
  kind: 's141-acord25-certificate-of-insurance-text',
  before: 'ACORD 25 (2016/03) CERTIFICATE OF LIABILITY INSURANCE  DATE (MM/DD/YYYY) 02/18/2025',
  text: [
    'PRODUCER: Midlands Professional Risk, 4600 Madison Ave, Kansas City, MO [64112]   NAIC # [10677]',
    'INSURED: Prairie Crossing Locum Tenens, Inc., 8401 NW Prairie View Rd, Kansas City, MO [64152]',
    'INSURER A: Keystone Physicians Mutual   NAIC # [33050]',
    'A  PROFESSIONAL LIABILITY (occurrence)  POLICY PCL-[13119]-25  02/01/2025–02/01/2026  $1,000,000 / $3,000,000',
    'DESCRIPTION: Gideon Achterberg, MD, locum tenens, neurological surgery incl. peripheral nerve procedures; tail',
    'not required. Locations: Loess Hills Pain & Nerve Center, St. Joseph, MO [64506]; Grand River Valley Hospital,',
    'Trenton, MO [64683]. Certificate no. [64445]-2025   CERTIFICATE HOLDER: Grand River Valley Hospital, Med Staff Office',
  ].join('\n'),
});

// ── 31. Recruiter chat with the locum, text ──
const chat = lines({
  id: 's141-chat',
  kind: 's141-recruiter-locum-chat-text',
  before: 'Prairie Crossing app — Messages — Shayla Brandt (Recruiter) ↔ Dr. Achterberg',
  text: [
    'Shayla 9:02 AM: Grand River wants to add a 2nd OR Friday in April. They have 2 x {64712} and a {64714} waiting',
    'Dr. A 9:10 AM: Fine if the proctor signs off after 3/21. Also the {64612} list there is long, 6 a session max',
    'Shayla 9:11 AM: Noted. Your job order for April is JO-[22178] extension, new TS numbers start at [64619]',
    'Dr. A 9:15 AM: Lodging folio [90240] still has my card on it, can you fix? Also mileage to Trenton (zip [64683])',
    'Shayla 9:20 AM: Yes, 96 mi each way at 0.70. I’ll add to invoice [29055]. Any {64445} volume at GRVH?',
    'Dr. A 9:22 AM: ~8 a Friday, mostly {64445} with US for foot and ankle, plus a few {64455} for neuromas',
  ].join('\n'),
});

// ── 32. Referring office notification fax, text layer ──
const referralFax = lines({
  id: 's141-fax',
  kind: 's141-referring-office-coverage-fax-text',
  before: 'FAX — Loess Hills Pain & Nerve Center — To: Nodaway Family Medicine, Maryville MO — Pages: 1',
  text: [
    'Dr. Marwood is on leave 3/3–4/25/2025. Gideon Achterberg, MD (locum) will see her referrals and perform',
    'scheduled procedures: sciatic nerve blocks ({64445}), Morton’s neuroma neurolysis (CPT {64632}), Botox for',
    'hemifacial spasm / blepharospasm ({64612}), and sciatic nerve neuroplasty ({64712}). Referrals for lumbar plexus',
    'surgery ({64714}) will be triaged by Dr. Osei. Fax referrals to (816) 555-0199; our fax ref. [17095].',
    'Our address is unchanged: 3302 Frederick Ave, Ste 200, St. Joseph, MO [64506].',
  ].join('\n'),
});

// ── 33. Locum compensation reconciliation (cost vs. Q6 collections), grid ──
const reconciliation = table({
  id: 's141-recon',
  kind: 's141-locum-cost-vs-collections-reconciliation-grid',
  caption: 'Locum coverage reconciliation — A. Marwood leave — through 03/31/2025 — Finance committee packet',
  headers: ['CPT', 'Description', 'Q6 lines', 'Charges', 'Collected', 'Pending'],
  rows: [
    ['{64445}', 'Sciatic n. block', '26', '8,060.00', '4,307.52', '1,230.72'],
    ['{64632}', 'Neurolysis, plantar digital n.', '11', '4,235.00', '2,207.26', '0.00'],
    ['{64612}', 'Chemodenervation, facial n.', '22', '11,550.00', '7,221.14', '802.46'],
    ['{64712}', 'Neuroplasty, sciatic n.', '4', '7,500.00', '2,576.80', '1,875.00'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '2', '3,300.00', '0.00', '1,650.00 (denied [30200])'],
    ['All E/M ({99202}–{99215})', 'Office visits', '118', '27,140.00', '14,018.33', '3,912.00'],
    ['Total', '', '183', '61,785.00', '30,331.05', '9,470.18'],
  ],
});

// ── 34. Compliance audit of Q6 claims, worksheet grid ──
const auditSheet = table({
  id: 's141-audit',
  kind: 's141-compliance-q6-audit-worksheet-grid',
  caption: 'Compliance review CR-2025-04 — Sample of 6 Q6 claims — Reviewer: T. Lindqvist, CPC, CPMA',
  headers: ['Sample', 'Claim', 'DOS', 'Code billed', 'Code supported', 'Q6 within 60 days', 'Finding'],
  rows: [
    ['1', '[30152]', '03/04/2025', '{64712}-RT-Q6', '{64712}-RT', 'Yes (day 2)', 'Supported'],
    [
      '2',
      '[30161]',
      '03/05/2025',
      '{64612}-RT/LT-Q6',
      '{64612} x2',
      'Yes (day 3)',
      'Supported; EMG {95874} documented',
    ],
    ['3', '[30200]', '03/11/2025', '{64714}-Q6', '{64714}', 'Yes (day 9)', 'Payer rule: ASO group needs credentialing'],
    [
      '4',
      '[31046]',
      '03/18/2025',
      '{64445}-Q6',
      '{64445} + {76942}',
      'Yes (day 16)',
      'Under-coded: US guidance image saved',
    ],
    [
      '5',
      '[31177]',
      '03/20/2025',
      '{64632}-Q6',
      '{64455}',
      'Yes (day 18)',
      'Over-coded: injection only, no neurolytic agent',
    ],
    ['6', '[29931]', '02/26/2025', '{64632}-Q5-LT', '{64632}-LT', 'n/a (Q5)', 'Supported'],
  ],
});

// ── 35. Assignment extension addendum, email text ──
const extension = lines({
  id: 's141-extension',
  kind: 's141-assignment-extension-addendum-email-text',
  before:
    'From: Shayla Brandt, Prairie Crossing  To: Renée Calloway  Subject: Addendum 1 to ASG-64712 (extension request)',
  text: [
    'Dr. Marwood’s return moved to 05/19/2025, so we drafted Addendum 1 to ASG-[64712] extending Dr. Achterberg',
    'through 05/16/2025. Same rates; new PO needed (your PO-[64714] ceiling is $120,000). Addendum ref. [63099].',
    'Dwight flagged that day 60 falls on 05/01/2025: from 05/02 his services can’t go out as Q6, so the {64712}',
    'and {64714} cases booked for 05/06 and 05/13 need his own enrollment (Heartland Prairie file CR-[64612], Medicare',
    'PECOS application pending). Clinic blocks ({64445}, {64632}) after 05/01 same issue. Please confirm by 04/04.',
  ].join('\n'),
});

// ── 36. Peer reference request / response form, text layer ──
const peerRef = lines({
  id: 's141-peerref',
  kind: 's141-peer-reference-questionnaire-text',
  before: 'CONFIDENTIAL PEER REFERENCE — Prairie Crossing credentialing on behalf of Grand River Valley Hospital',
  text: [
    'Request no. [26384]   Applicant: Gideon Achterberg, MD   Reference: Priya Venkataraman, MD, Aurora, CO [80045]',
    'Q4. Have you directly observed the applicant perform the following? Sciatic nerve neuroplasty ({64712}): Yes,',
    '    about 10 cases.  Lumbar plexus neuroplasty ({64714}): Yes, 2 cases.  Sciatic nerve block ({64445}): Yes, many.',
    'Q5. Chemodenervation of facial nerve muscles ({64612}): Not observed.  Digital nerve neurolysis ({64632}): Not observed.',
    'Q9. Rating (1–5): clinical judgment 5, technical skill 5, communication 4.   Returned 03/04/2025, fax ref [57052].',
  ].join('\n'),
});

// ── 37. Hospital medical executive committee minutes, text layer ──
const mecMinutes = lines({
  id: 's141-mec',
  kind: 's141-medical-executive-committee-minutes-text',
  before:
    'GRAND RIVER VALLEY HOSPITAL — MEDICAL EXECUTIVE COMMITTEE — Minutes of April 8, 2025 (Confidential, peer review)',
  text: [
    '4.2 Temporary privileges report. G. Achterberg, MD (locum, Prairie Crossing) — app GRV-[64632]. FPPE [23152]:',
    '    two proctored cases ({64712} on 3/14, {64714} on 3/21) rated "meets"; proctoring closed. Motion to extend',
    '    temporary privileges to 05/16/2025 pending full application; carried 7–0.',
    '4.3 Pain clinic volume, Q1: {64445} 61, {64612} 38, {64632} 9, ESI 44. Board asked whether locum coverage',
    '    can continue past May; CFO to report cost per clinic day (AP vendor [45100]).',
  ].join('\n'),
});

// ── 38. Payer provider enrollment status lookup, grid ──
const enrollStatus = table({
  id: 's141-enrollstatus',
  kind: 's141-payer-enrollment-status-lookup-grid',
  caption: 'Provider Enrollment Status — search: ACHTERBERG — Heartland Prairie / MO HealthNet / Medicare (PECOS)',
  headers: ['Payer', 'Application', 'Received', 'Status', 'Effective', 'Location ZIP', 'Notes'],
  rows: [
    [
      'Heartland Prairie',
      'CR-[64612]',
      '03/21/2025',
      'In committee',
      '—',
      '[64506]',
      'Q6 allowed ≤60 days except group [43057]',
    ],
    ['MO HealthNet', 'MHN-[27178]', '03/12/2025', 'Approved', '03/03/2025', '[64506]', 'Retro to first DOS'],
    [
      'Medicare (J5 MAC)',
      'PECOS ENR [20362]',
      '03/28/2025',
      'Developing',
      '—',
      '[64506]',
      'Reassignment to group pending',
    ],
  ],
});

// ── 39. Practice superbill used by the locum, clinic encounter form grid ──
const superbill = table({
  id: 's141-superbill',
  kind: 's141-clinic-superbill-locum-encounter-form-grid',
  caption: 'LOESS HILLS PAIN & NERVE CENTER — ENCOUNTER FORM — Provider: MARWOOD (Q6 — LOCUM: ACHTERBERG) — Enc. 3317',
  headers: ['✓', 'Procedure', 'CPT', 'Fee', '✓', 'Visit', 'CPT', 'Fee'],
  rows: [
    ['✓', 'Sciatic nerve block', '{64445}', '310', '', 'New pt, low', '{99203}', '190'],
    ['', 'Femoral nerve block', '{64447}', '295', '', 'New pt, moderate', '{99204}', '285'],
    ['', 'Plantar digital n. injection', '{64455}', '160', '', 'Est pt, moderate', '{99214}', '245'],
    ['', 'Plantar digital n. neurolysis', '{64632}', '385', '', 'Post-op (global)', '{99024}', '0'],
    ['', 'Chemodenervation, facial n. (per side)', '{64612}', '525', '', 'Prolonged, each 15', '{99417}', '95'],
    ['✓', 'US guidance, nerve', '{76942}', '180', '', 'Modifier Q6 (all lines)', '', ''],
    ['Acct', '[19240]', 'Date 03/18/2025', 'Claim [31046]', 'Dx', 'G57.02', 'Payer ZIP', '[65102]'],
  ],
});

export const sealed141: Snippet[] = [
  ...confirmLetter,
  ...confirmRates,
  ...providerProfile,
  ...timesheet,
  ...tsEmail,
  ...tsCsv,
  ...q6Log,
  ...q5Log,
  ...cms1500,
  ...x837,
  ...chargeEntry,
  ...x835,
  ...billingMemo,
  ...denialScreen,
  ...fhirClaim,
  ...credChecklist,
  ...tempPriv,
  ...dop,
  ...msoEmail,
  ...fppe,
  ...invoiceHead,
  ...invoiceLines,
  ...apVoucher,
  ...coverageCal,
  ...clinicSchedule,
  ...hl7Siu,
  ...caseLog,
  ...enrollLetter,
  ...payerFaq,
  ...acord,
  ...chat,
  ...referralFax,
  ...reconciliation,
  ...auditSheet,
  ...extension,
  ...peerRef,
  ...mecMinutes,
  ...enrollStatus,
  ...superbill,
];
