import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 91 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s91-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, referral, authorization, obligation-document, vendor, check and encounter numbers, health record numbers,
 * odometer readings and whole-dollar amounts. The five known codes' digits come back as decoys: a tribal enrollment
 * number, a PRC vendor number, a budget line in whole dollars, a clinic PO box, a patient health record number, a
 * CHR van's odometer reading, a fiscal intermediary's provider-adjustment reference and an enrollment number on the
 * tribe's verification list. Some odometer readings and counts happen to be real CPT numbers; they are decoys, as a
 * coder reads them.
 *
 * Family: rural and tribal health around an Indian Health Service service unit and a tribally operated (P.L. 93-638)
 * clinic that refers out through Purchased/Referred Care (PRC): a PRC referral and authorization screen and its CPT
 * lines, a PRC payment ledger, an all-inclusive rate (AIR) encounter note, the clinic's superbill, a referral letter
 * to an off-site pain specialist written as prose, an eligibility and residency worksheet (tribal enrollment numbers,
 * PRC delivery area ZIPs), a 638 annual funding agreement budget excerpt, a Medicaid cross-billing (recoupment)
 * report, the fiscal intermediary's 837P / 835 / CSV files, an HL7 referral message, a PRC portal JSON response, a
 * cross-billing XML export, PRC review committee minutes, a medical priority worksheet, a 72-hour emergency
 * notification log, coding audit and A/R aging grids, and decoy-only pages (a clinic directory with road directions,
 * a community health representative's visit log, an enrollment verification list, patient travel vouchers, an AIR
 * collections summary, an alternate resources screen).
 * Built on real public layouts: the IHS PRC eligibility rules (42 CFR 136.23 residency in the PRC delivery area,
 * 136.61 payer of last resort, the 72-hour emergency notice) and the PRC medical priority levels I–V; the RPMS PRC
 * referral and purchase-order data items (referral number, priority, vendor, object class 25.3, MLR estimate); the
 * Title I annual funding agreement budget (Secretarial amount, tribal shares, contract support costs); AIR billing
 * with a T1015 encounter line and an E/M detail line as several state Medicaid programs ask; X12 837P / 835 (prior
 * authorization in REF*G1, PLB adjustments); HL7 v2.5 REF^I12 (RF1, PID, DG1, PR1). The others are written the way
 * those pages read, with no single source. Clinic, tribe, vendor and people are invented; town ZIPs are real.
 *
 * 373 labelled tokens over 32 shapes: 144 codes, 229 decoys, 78 of the decoys in KNOWN_10K.
 */

// ── 1. PRC referral and authorization screen, text layer ──
const prcReferral = lines({
  id: 's91-prcref',
  kind: 's91-prc-referral-authorization-screen-text',
  before: 'Purchased/Referred Care — Referral & Authorization — Sweetgrass Creek Service Unit',
  text: [
    'Referral no. 2025-[00873]   Status: AUTHORIZED   Medical priority: II (acute, preventive)',
    'Patient HRN [41207]   Enrollment no. SCO-[64632]   PRCDA resident: Y (Todd Co., ZIP [57555])',
    'Refer to: Black Hills Pain & Spine, 2820 Mt Rushmore Rd, Rapid City SD [57701]   Vendor no. [30126]',
    'Reason: R sciatica after fall on ice, failed 8 wks PT and NSAIDs; MRI L-spine on file',
    'Requested: {99204} new pt eval; {64445} sciatic nerve block w/ {76942} US guidance',
    'If block relieves only briefly: {64712} sciatic neuroplasty (needs PRC committee review)',
    'Authorization no. A25-[14227]   Expires 12/31/2025   Est. cost at MLR $425.70',
  ].join('\n'),
});

// ── 2. PRC referral CPT lines, table ──
const prcLines = table({
  id: 's91-prclines',
  kind: 's91-prc-referral-cpt-lines-grid',
  caption: 'Referral detail — requested services',
  headers: ['Ln', 'CPT', 'Description', 'Units', 'MLR est.', 'Auth #'],
  rows: [
    ['1', '{99204}', 'Office/outpatient visit, new, moderate', '1', '$168.40', 'A25-[14227]'],
    ['2', '{64445}', 'Inj anesthetic/steroid, sciatic nerve, single', '1', '$196.10', 'A25-[14227]'],
    ['3', '{76942}', 'US guidance for needle placement', '1', '$61.20', 'A25-[14227]'],
    ['4', '{64712}', 'Neuroplasty, sciatic nerve (held for committee)', '1', 'pending', '—'],
    ['5', '{72148}', 'MRI lumbar spine w/o contrast (outside read)', '1', '$221.75', 'A25-[14237]'],
    ['6', '{64632}', 'Destruction, neurolytic, plantar common digital nerve, L', '1', '$158.30', 'A25-[14241]'],
  ],
});

// ── 3. PRC payment ledger, table ──
const ledger = table({
  id: 's91-ledger',
  kind: 's91-prc-payment-ledger-grid',
  caption: 'PRC payment ledger — FY2025 — object class 25.3',
  headers: ['Doc #', 'Vendor', 'Vendor #', 'Svc', 'DOS', 'Obligated', 'Paid'],
  rows: [
    ['[50921]', 'Black Hills Pain & Spine', '[30126]', '{64445}', '06/12/2025', '412.00', '196.10'],
    ['[50918]', 'Black Hills Pain & Spine', '[30126]', '{99204}', '06/12/2025', '245.00', '168.40'],
    ['[50934]', 'Monument Health Rapid City', '[30143]', '{64712}', '08/04/2025', '12,450.00', '1,412.60'],
    ['[50950]', 'Prairie Neurology', '[64612]', '{64612}', '08/19/2025', '520.00', '301.77'],
    ['[50961]', 'Sanford Foot & Ankle', '[30156]', '{64632}', '09/02/2025', '380.00', '158.30'],
    ['[50968]', 'Black Hills Pain & Spine', '[30126]', '{64714}', '09/23/2025', '4,870.00', '2,911.45'],
    ['[50972]', 'Rapid City Medical Imaging', '[30163]', '{72148}', '05/28/2025', '610.00', '221.75'],
  ],
});

// ── 4. AIR encounter note, text layer ──
const airNote = lines({
  id: 's91-airnote',
  kind: 's91-ihs-air-encounter-note-text',
  before: 'Sweetgrass Creek Tribal Health Center (638) — Outpatient encounter',
  text: [
    'Encounter [88041]   Clinic: Primary care   Provider: K. Two Bulls, FNP   Visit type: follow-up',
    'S: R buttock/leg pain since fall in Feb; back from Black Hills Pain 06/12 after sciatic block, 60% relief x 3 wks.',
    'Outside MRI ({72148}, April) reviewed: L5-S1 disc bulge, no cord or cauda equina findings.',
    'A/P: Sciatica R. Outside procedure {64445} done under PRC; f/u visit only today. Discussed {64712} if it recurs.',
    'Billing: one AIR encounter for the day (T1015 with {99213} as detail line); outside CPT not billed here.',
    'PRC referral 2025-[00873] remains open; CHR home visit ordered; pt ZIP [57555].',
  ].join('\n'),
});

// ── 5. Tribal clinic superbill, table ──
const superbill = table({
  id: 's91-superbill',
  kind: 's91-tribal-clinic-superbill-grid',
  caption: 'Sweetgrass Creek Tribal Health Center — Encounter form — Pain & musculoskeletal',
  headers: ['', 'Service', 'Code', 'Fee'],
  rows: [
    ['☐', 'New pt, straightforward', '{99202}', '95.00'],
    ['☐', 'New pt, low', '{99203}', '140.00'],
    ['☒', 'Est pt, low', '{99213}', '110.00'],
    ['☐', 'Est pt, moderate', '{99214}', '160.00'],
    ['☐', 'Est pt, high', '{99215}', '215.00'],
    ['☐', 'Trigger point inj, 1–2 muscles', '{20552}', '75.00'],
    ['☐', 'Joint inj, small, w/o US', '{20600}', '60.00'],
    ['☐', 'Joint inj, major, w/o US', '{20610}', '90.00'],
    ['☐', 'Sciatic nerve block', '{64445}', '210.00'],
    ['☐', 'Peripheral nerve block, other', '{64450}', '150.00'],
    ['☐', 'Plantar digital nerve inj (Morton)', '{64455}', '95.00'],
    ['☐', 'Neurolysis, plantar digital nerve', '{64632}', '180.00'],
    ['☐', 'Botulinum, facial nerve muscles, unilat', '{64612}', '260.00'],
    ['☐', 'Depression screen (PHQ-9)', '{96127}', '15.00'],
    ['☐', 'Venipuncture', '{36415}', '12.00'],
    ['☐', 'Vaccine admin, first', '{90471}', '25.00'],
    ['', 'HRN / Encounter no.', '[41207] / [88041]', ''],
  ],
});

// ── 6. Referral letter to off-site pain specialist, prose ──
const referralLetter = lines({
  id: 's91-refletter',
  kind: 's91-pain-specialist-referral-letter-prose',
  before: 'Sweetgrass Creek Tribal Health Center · Rosebud, South Dakota · Purchased/Referred Care',
  text: [
    'Black Hills Pain & Spine, Attn: Dr. Marisol Keene, 2820 Mt Rushmore Rd, Suite 300, Rapid City, SD [57701]',
    'Re: Ella R. (HRN [41207]), DOB 04/17/1968 — PRC referral 2025-[00873], authorization A25-[14227]',
    'Dear Dr. Keene, thank you for seeing Ms. R. for right-sided sciatica after a fall on ice in February.',
    'Eight weeks of therapy have not helped. We are authorizing an evaluation ({99204}) and a sciatic nerve block',
    '({64445}), with ultrasound guidance ({76942}) if you use it. If you feel she needs open neuroplasty of the sciatic',
    'nerve ({64712}), please call first: that needs PRC committee approval and a new authorization number.',
    'She also has a left Morton neuroma; we would fund a trial of alcohol neurolysis, {64632}, under the same referral',
    'only after a diagnostic injection. Please bill the IHS fiscal intermediary, never the patient, and quote A25-[14227].',
  ].join('\n'),
});

// ── 7. Eligibility and residency worksheet, text layer (decoy only) ──
const eligibility = lines({
  id: 's91-elig',
  kind: 's91-prc-eligibility-residency-worksheet-text',
  before: 'PRC Eligibility Determination — 42 CFR 136.23 — benefits office worksheet',
  text: [
    'Applicant: Ella R.   HRN [41207]   Request received 05/30/2025   ASUFAC 315610',
    'Tribal enrollment no. [64632] (Sweetgrass Creek Oyate)   CDIB on file: Y',
    'Residence: 114 Eagle Feather Dr, Mission SD [57555]   County: Todd (in PRCDA)',
    'Prior address within 180 days: Valentine NE [69201] — Cherry Co., contiguous county, verified',
    'Employer: Winner school district, ZIP [57580]   Student/transient exception: n/a',
    'Service unit: Rosebud; home facility ZIP [57570]',
    'Determination: ELIGIBLE. Emergency notice within 72 hours still required. Reviewer ID [20599]',
  ].join('\n'),
});

// ── 8. PRCDA residency ZIP table (decoy only) ──
const zipTable = table({
  id: 's91-prcdazip',
  kind: 's91-service-unit-prcda-zip-grid',
  caption: 'PRC delivery area — ZIP codes by county (service unit desk copy)',
  headers: ['County', 'State', 'ZIP', 'Community', 'PRCDA', 'Road miles to clinic'],
  rows: [
    ['Todd', 'SD', '[57555]', 'Mission', 'Yes', '6'],
    ['Todd', 'SD', '[57570]', 'Rosebud', 'Yes', '0'],
    ['Todd', 'SD', '[57572]', 'St. Francis', 'Yes', '11'],
    ['Todd', 'SD', '[57566]', 'Parmelee', 'Yes', '24'],
    ['Mellette', 'SD', '[57579]', 'White River', 'Yes', '38'],
    ['Tripp', 'SD', '[57580]', 'Winner', 'Yes', '47'],
    ['Gregory', 'SD', '[57528]', 'Colome', 'Yes', '55'],
    ['Jackson', 'SD', '[57543]', 'Kadoka', 'Contiguous', '88'],
    ['Cherry', 'NE', '[69201]', 'Valentine', 'Contiguous', '41'],
    ['Pennington', 'SD', '[57701]', 'Rapid City', 'No', '228'],
  ],
});

// ── 9. 638 annual funding agreement budget excerpt, table (decoy only) ──
const budget = table({
  id: 's91-afabudget',
  kind: 's91-638-funding-agreement-budget-grid',
  caption: 'Annual Funding Agreement — Attachment B — Budget excerpt, whole dollars (Title I, P.L. 93-638)',
  headers: ['Line', 'Program / object class', 'Secretarial amount', 'Tribal shares', 'CSC', 'Total'],
  rows: [
    ['1', 'PRC — medical services (25.3)', '1846200', '[64612]', '—', '1910812'],
    ['2', 'PRC — patient travel (21.0)', '[88050]', '[12434]', '—', '100484'],
    ['3', 'CHR program — personnel (11.1)', '412600', '[30171]', '—', '442771'],
    ['4', 'CHR — vehicles and fuel (26.0)', '[41252]', '4150', '—', '[45402]'],
    ['5', 'Contract support costs — indirect', '—', '—', '318440', '318440'],
    ['6', 'Contract support costs — direct (fringe)', '—', '—', '[71229]', '[71229]'],
    ['7', 'Pre-award and start-up', '—', '—', '[15000]', '[15000]'],
  ],
});

// ── 10. Medicaid cross-billing (recoupment) report, table ──
const crossBill = table({
  id: 's91-xbill',
  kind: 's91-medicaid-cross-billing-recoupment-grid',
  caption: 'PRC payments for patients Medicaid-eligible on the date of service — vendor to bill Medicaid, refund PRC',
  headers: ['Acct', 'Patient HRN', 'DOS', 'Billed code', 'Medicaid ID', 'PRC paid', 'Recoup status'],
  rows: [
    ['[20516]', '[41207]', '06/12/2025', '{64445}', '107744213', '196.10', 'Vendor rebilling Medicaid'],
    ['[20516]', '[41207]', '06/12/2025', '{76942}', '107744213', '61.20', 'Vendor rebilling Medicaid'],
    ['[20522]', '[39118]', '07/08/2025', '{64632}', '110293384', '158.30', "Refund rec'd"],
    ['[20527]', '[40276]', '07/15/2025', '{64612}', '108822019', '301.77', 'Open 45 days'],
    ['[20531]', '[41207]', '08/04/2025', '{64712}', '107744213', '1,412.60', 'Appeal — retro eligibility disputed'],
    ['[20546]', '[39960]', '08/21/2025', '{20610}', '107005872', '88.14', "Refund rec'd"],
    ['[20566]', '[42081]', '09/10/2025', '{64714}', '111480233', '2,911.45', 'Open'],
    ['[20573]', '[64445]', '09/30/2025', '{99243}', '106633190', '145.62', 'Open'],
  ],
});

// ── 11. Clinic directory with road directions, text layer (decoy only) ──
const directory = lines({
  id: 's91-directory',
  kind: 's91-clinic-directory-road-directions-text',
  before: 'Finding us — Sweetgrass Creek health facilities',
  text: [
    'Main clinic: 1 Health Center Dr, Rosebud SD [57570]. From Mission take US-83 south 3 mi, then BIA Route 1 west 7 mi.',
    'Mailing address: PO Box [64714], Rosebud SD [57570]-0410 (do not send claims here)',
    'Parmelee satellite: BIA Route 7, half a mile past the water tower, Parmelee SD [57566]; open Tue and Thu.',
    'Spring Creek health station: [24910] Spring Creek Rd; look for the blue roof after the cattle guard.',
    'Antelope community room: [30725] US-18, Mission SD [57555]; CHR office in back.',
    'Dialysis (contract): 112 Elm St, Winner SD [57580]; clinic van leaves Rosebud 6:15 am.',
  ].join('\n'),
});

// ── 12. Community health representative visit log, table (decoy only) ──
const chrLog = table({
  id: 's91-chrlog',
  kind: 's91-chr-daily-visit-log-grid',
  caption: 'Community Health Representative — daily visit log — Parmelee district — van 4',
  headers: ['Time', 'Client HRN', 'Visit type', 'BP', 'Odometer out', 'Odometer in', 'Miles'],
  rows: [
    ['08:10', '[39118]', 'Home visit — med check', '138/86', '[64445]', '[64463]', '18'],
    ['09:05', '[41207]', 'Transport to clinic', '—', '[64463]', '[64487]', '24'],
    ['10:40', '[40276]', 'Diabetic foot check', '142/90', '[64487]', '[64499]', '12'],
    ['13:15', '[42081]', 'Health ed — fall prevention', '124/78', '[64499]', '[64530]', '31'],
  ],
});

// ── 13. X12 837P from the off-site specialist to the PRC fiscal intermediary, text layer ──
const x12Claim = lines({
  id: 's91-837p',
  kind: 's91-prc-fi-837p-claim-text',
  before: '837P (trimmed) — Black Hills Pain & Spine to IHS PRC fiscal intermediary',
  text: [
    'NM1*85*2*BLACK HILLS PAIN AND SPINE*****XX*1730481926~',
    'N4*RAPID CITY*SD*[57701]~',
    'NM1*IL*1*R*ELLA****MI*SCO[41207]~',
    'NM1*PR*2*IHS PRC FISCAL INTERMEDIARY*****PI*[86001]~',
    'CLM*BHPS[71250]*657***11:B:1*Y*A*Y*Y~',
    'REF*G1*A25-[14227]~',
    'SV1*HC:{64445}:RT*310*UN*1***1~',
    'SV1*HC:{76942}*102*UN*1***1~',
    'SV1*HC:{99204}:25*245*UN*1***1~',
  ].join('\n'),
});

// ── 14. X12 835 remittance from the fiscal intermediary, text layer ──
const x12Remit = lines({
  id: 's91-835',
  kind: 's91-prc-fi-835-remittance-text',
  before: '835 (trimmed) — PRC fiscal intermediary remittance to vendor',
  text: [
    'TRN*1*[77121]*1860123456~',
    'N1*PE*BLACK HILLS PAIN AND SPINE*XX*1730481926~',
    'CLP*BHPS[71250]*1*657*425.7**13*25163000871~',
    'REF*G1*A25-[14227]~',
    'SVC*HC:{64445}:RT*310*196.1**1~',
    'CAS*CO*45*113.9~',
    'SVC*HC:{76942}*102*61.2**1~',
    'SVC*HC:{99204}:25*245*168.4**1~',
    'PLB*[30126]*20251231*WO:[64712]*-40~',
  ].join('\n'),
});

// ── 15. HL7 v2.5 referral message, text layer ──
const hl7 = lines({
  id: 's91-hl7',
  kind: 's91-hl7-ref-i12-outbound-referral-text',
  before: 'HL7 v2.5 REF^I12 — outbound referral from the clinic EHR to the pain clinic interface',
  text: [
    'MSH|^~\\&|RPMS-EHR|SCTHC|RHAPSODY|BHPS|20250530141200||REF^I12|[61119]|P|2.5',
    'RF1|A^Accepted|2^Priority II|RS^Specialty|O^Outpatient|2025-[00873]',
    'PID|1||[41207]^^^SCTHC^MR||R^ELLA||19680417|F|||114 EAGLE FEATHER DR^^MISSION^SD^[57555]',
    'DG1|1||M54.41^Sciatica, right side^I10',
    'PR1|1||{64445}^Injection sciatic nerve^C4|||20250612',
    'PR1|2||{64712}^Neuroplasty sciatic nerve^C4',
    'PR1|3||{76942}^Ultrasound guidance needle placement^C4',
    'PR1|4||{99204}^New patient visit^C4',
  ].join('\n'),
});

// ── 16. PRC web portal authorization detail, JSON ──
const portalJson = lines({
  id: 's91-json',
  kind: 's91-prc-portal-authorization-json-text',
  before: 'PRC vendor portal — authorization detail (JSON, pretty-printed)',
  text: [
    '{',
    '  "authorizationNumber": "A25-[14241]",',
    '  "referralNumber": "2025-[00884]",',
    '  "vendor": { "name": "Sanford Foot & Ankle", "vendorNo": "[30156]", "zip": "[57105]" },',
    '  "patient": { "hrn": "[39118]", "enrollmentNo": "[10482]" },',
    '  "medicalPriority": "II",',
    '  "lines": [',
    '    { "cpt": "{64632}", "modifier": "LT", "units": 1, "mlrEstimate": 158.3 },',
    '    { "cpt": "{64455}", "modifier": "LT", "units": 1, "mlrEstimate": 64.85 },',
    '    { "cpt": "{99203}", "units": 1, "mlrEstimate": 112.4 }',
    '  ],',
    '  "obligationDoc": "[50961]", "expires": "2025-12-31"',
    '}',
  ].join('\n'),
});

// ── 17. Cross-billing XML export to the state Medicaid encounter file, text layer ──
const crossXml = lines({
  id: 's91-xml',
  kind: 's91-medicaid-air-encounter-xml-text',
  before: 'Cross-billing export (XML) — tribal clinic to state Medicaid encounter file',
  text: [
    '<Encounter id="[88064]" dos="2025-08-12">',
    '  <Provider npi="1386920417" zip="[57570]"/>',
    '  <Member medicaidId="108822019" tribalEnrollment="[64632]"/>',
    '  <Rate type="AIR">741.00</Rate>',
    '  <Line seq="1"><Proc>T1015</Proc><Units>1</Units></Line>',
    '  <Line seq="2"><Proc>{99213}</Proc><Units>1</Units></Line>',
    '  <Line seq="3"><Proc>{64612}</Proc><Mod>RT</Mod><Units>1</Units></Line>',
    '  <Line seq="4"><Proc>{64450}</Proc><Mod>LT</Mod><Units>1</Units></Line>',
    '  <Line seq="5"><Proc>{20552}</Proc><Units>1</Units></Line>',
    '  <Submitter id="[77163]"/>',
    '</Encounter>',
  ].join('\n'),
});

// ── 18. PRC review committee minutes, prose ──
const minutes = lines({
  id: 's91-minutes',
  kind: 's91-prc-review-committee-minutes-text',
  before: 'PRC Review Committee — minutes — weekly meeting',
  text: [
    'Present: CEO, clinical director, PRC supervisor, benefits coordinator. Quorum met.',
    '1. Referral 2025-[00873] (HRN [41207]): Dr. Keene requests sciatic neuroplasty {64712}. Approved, priority II.',
    '2. Referral 2025-[00891] (HRN [40276]): lumbar plexus neuroplasty, CPT {64714}, deferred as priority IV; re-review in 30 days.',
    '3. Referral 2025-[00894] (HRN [39960]): repeat sciatic block {64445} x2 approved; a third needs PT notes.',
    '4. Referral 2025-[00902]: chemodenervation for hemifacial spasm ({64612}) approved; drug billed separately.',
    '5. Referral 2025-[00911]: Morton neuroma neurolysis, 3 sessions of {64632}; patient now Medicaid-eligible, vendor bills Medicaid first.',
    '6. Standing approval for in-area vendors renewed: {64445}, {64450}, {20610} and {62323} need no committee review.',
  ].join('\n'),
});

// ── 19. Medical priority worksheet, table ──
const priority = table({
  id: 's91-priority',
  kind: 's91-prc-medical-priority-worksheet-grid',
  caption: 'Medical priority determination — referrals pending obligation',
  headers: ['Referral', 'Item', 'Requested service', 'Priority', 'Decision', 'Est. MLR'],
  rows: [
    ['2025-[00873]', '{64712}', 'Sciatic neuroplasty', 'II', 'Fund', '1,412.60'],
    ['2025-[00891]', '{64714}', 'Lumbar plexus neuroplasty', 'IV', 'Defer', '2,118.20'],
    ['2025-[00894]', '{64445}', 'Sciatic nerve block', 'II', 'Fund', '196.10'],
    ['2025-[00902]', '{64612}', 'Chemodenervation, facial n.', 'II', 'Fund', '301.77'],
    ['2025-[00911]', '{64632}', 'Neurolysis, plantar digital n.', 'III', 'Alt. resource', '158.30'],
    ['2025-[00918]', '{62323}', 'Lumbar interlaminar ESI', 'III', 'Fund', '412.90'],
    ['2025-[00926]', '{64493}', 'Lumbar facet inj, 1 level', 'III', 'Fund', '351.70'],
    ['2025-[00927]', '{97110}', 'PT — therapeutic exercise', 'III', 'Fund', '31.20/unit'],
    ['2025-[00934]', '{95886}', 'Needle EMG w/ NCS, 5+ muscles', 'II', 'Fund', '98.40'],
  ],
});

// ── 20. Fiscal intermediary vendor payment file, CSV ──
const fiCsv = lines({
  id: 's91-csv',
  kind: 's91-fi-vendor-payment-csv-text',
  before: 'FI payment file — vendor remittance detail (CSV export)',
  text: [
    'vendor_no,auth_no,dos,cpt,billed,mlr_allowed,paid',
    '[30126],A25-[14227],2025-06-12,{64445},310.00,196.10,196.10',
    '[30126],A25-[14227],2025-06-12,{76942},102.00,61.20,61.20',
    '[30143],A25-[14243],2025-08-04,{64712},[12450].00,1412.60,1412.60',
    '[64612],A25-[14242],2025-08-19,{64612},520.00,301.77,301.77',
    '[30156],A25-[14241],2025-09-02,{64632},380.00,158.30,158.30',
  ].join('\n'),
});

// ── 21. AIR collections summary by payer, table (decoy only) ──
const airSummary = table({
  id: 's91-airsum',
  kind: 's91-air-collections-by-payer-grid',
  caption: 'Third-party collections — encounters by payer — quarter ending June 30 (whole dollars)',
  headers: ['Payer', 'Payer ID', 'Encounters', 'Rate', 'Billed', 'Collected'],
  rows: [
    ['SD Medicaid', '[46217]', '2418', 'AIR 741.00', '1791738', '1702151'],
    ['Medicare Part B', '[03402]', '612', 'AIR 741.00', '453492', '410215'],
    ['Wellmark BCBS of SD', '[88008]', '148', 'fee schedule', '[61172]', '[44106]'],
    ['Avera Health Plans', '[54108]', '37', 'fee schedule', '[15520]', '[10982]'],
    ['VA community care (reimb. agreement)', 'VA-RB', '21', 'AIR 741.00', '[15561]', '[15561]'],
  ],
});

// ── 22. Specialist consult and procedure report, text layer ──
const consult = lines({
  id: 's91-consult',
  kind: 's91-outside-pain-procedure-report-text',
  before: 'Black Hills Pain & Spine — procedure / consult report — faxed to referring clinic',
  text: [
    'Patient: Ella R.   Referring: Sweetgrass Creek THC   PRC auth A25-[14227]   Our acct [71250]',
    'Procedures performed 06/12/2025: right sciatic nerve block, subgluteal approach, US-guided.',
    'Imaging reviewed: lumbar MRI ({72148}) from Rapid City Medical Imaging.',
    'CPT: {64445}-RT, {76942}; E/M {99204}-25 same day.',
    'Plan: if relief < 3 months, consider {64712} (open neuroplasty); will need a new PRC authorization.',
    'Left foot: Morton neuroma, 3rd interspace; diagnostic injection {64455} first, then a {64632} series.',
    'Office: 2820 Mt Rushmore Rd Ste 300, Rapid City SD [57701]. Fax notes to the PRC office, not the patient.',
  ].join('\n'),
});

// ── 23. Alternate resources screening, text layer (decoy only) ──
const altResources = lines({
  id: 's91-altres',
  kind: 's91-alternate-resources-screening-text',
  before: 'Alternate Resources Screening (PRC is payer of last resort) — benefits coordinator',
  text: [
    'Medicaid (SD DSS): case no. [30547], approved 07/01/2025, retro to 05/01/2025; local office Winner SD [57580]',
    'Medicare: none (age 57)   VA: not a veteran   Workers comp: no (fall at home)',
    'Private: spouse employer plan, Wellmark group no. [18622], terminated 03/31/2025',
    'Marketplace: not enrolled; application assistance booked with the benefits coordinator',
    'Mailing: PO Box 118, Mission SD [57555]',
    'Result: PRC secondary before 05/01, Medicaid primary after. Screening no. [11872]',
  ].join('\n'),
});

// ── 24. Tribal enrollment verification list, table (decoy only) ──
const enrollment = table({
  id: 's91-enroll',
  kind: 's91-tribal-enrollment-verification-grid',
  caption: 'Enrollment office — verification of membership — requests from PRC',
  headers: ['Request', 'Applicant', 'Enrollment no.', 'Census roll no.', 'District', 'Verified'],
  rows: [
    ['[10433]', 'R., Ella', '[64632]', '[38215]', 'Parmelee', 'Yes'],
    ['[10437]', 'L., Marcus', '[41862]', '[38901]', 'Antelope', 'Yes'],
    ['[10442]', 'W., Daisy', 'pending', '—', 'Spring Creek', 'Descendant only'],
    ['[10451]', 'H., Tobias', '[27745]', '[12068]', 'Rosebud', 'Yes'],
    ['[10468]', 'B., Loretta', '[64712]', '[05561]', 'He Dog', 'Yes'],
  ],
});

// ── 25. PRC purchase order / obligation document, text layer ──
const obligation = lines({
  id: 's91-po',
  kind: 's91-prc-obligation-purchase-order-text',
  before: 'Purchase order / obligation — Purchased/Referred Care (printed)',
  text: [
    'Document no. [50934]   FY 2025   Object class 25.3   Referral 2025-[00873]   Patient HRN [41207]',
    'Vendor: Monument Health Rapid City Hospital, 353 Fairmont Blvd, Rapid City SD [57701]   Vendor no. [30143]',
    'Line 1  {64712}  Neuroplasty, sciatic nerve, open, RT   MLR est. 1,412.60',
    'Line 2  {01250}  Anesthesia, nerves/muscles of upper leg   MLR est. 388.00',
    'Line 3  {64445}  Post-op sciatic block by anesthesia, if done   MLR est. 196.10',
    'Total obligated [12450].00; CEO signature required above [10000].00. PRC supervisor ID [20599]',
  ].join('\n'),
});

// ── 26. Coding audit worklist, table ──
const audit = table({
  id: 's91-audit',
  kind: 's91-tribal-clinic-coding-audit-grid',
  caption: 'Coding audit — monthly sample — procedures documented in clinic notes',
  headers: ['Enc #', 'Provider', 'Proc', 'Where done', 'Finding'],
  rows: [
    ['[88041]', 'Two Bulls FNP', '{64445}', 'Outside (PRC)', 'Correctly not billed by clinic'],
    ['[88046]', 'Two Bulls FNP', '{20552}', 'Clinic', 'OK'],
    ['[88095]', 'Dr. Whitehorse', '{64612}', 'Clinic', 'Drug units missing on claim'],
    ['[88094]', 'Dr. Whitehorse', '{64455}', 'Clinic', 'Laterality missing'],
    ['[88102]', 'Dr. Whitehorse', '{64632}', 'Clinic', 'Note supports {64455} only'],
    ['[88115]', 'Two Bulls FNP', '{99214}', 'Clinic', 'Downcode to {99213}'],
    ['[88120]', 'Dr. Whitehorse', '{20610}', 'Clinic', 'OK'],
  ],
});

// ── 27. Telehealth follow-up from the specialist, prose without coding verbs ──
const telehealth = lines({
  id: 's91-tele',
  kind: 's91-telehealth-pain-followup-note-text',
  before: 'Telehealth follow-up — pain specialist to tribal clinic (video) — progress note',
  text: [
    'Patient at the clinic telehealth room with an RN presenter; distant site Rapid City SD [57701].',
    'Doing well after the sciatic nerve block in June; pain 3/10, now walking to the mailbox and back.',
    'Left foot pain persists. Plan three {64632} neurolysis injections at our office, two weeks apart.',
    'Right leg: no need for {64712} at this point. Repeat {64445} only if pain returns above 6/10.',
    'If the numbness on the sole spreads, ask PRC for nerve studies ({95886}) before any neurolysis.',
    'Family reports eyelid and cheek twitching: to Prairie Neurology for possible {64612}.',
    'Next video visit in 6 weeks. Telehealth room booking no. [61133].',
  ].join('\n'),
});

// ── 28. PRC patient travel vouchers, table (decoy only) ──
const travel = table({
  id: 's91-travel',
  kind: 's91-prc-patient-travel-voucher-grid',
  caption: 'PRC patient travel — vouchers issued (mileage)',
  headers: ['Voucher', 'Destination', 'Dest. ZIP', 'Round-trip miles', 'Amount'],
  rows: [
    ['[71212]', 'Rapid City', '[57701]', '456', '186.96'],
    ['[71213]', 'Sioux Falls', '[57105]', '612', '250.92'],
    ['[71268]', 'Sioux Falls', '[57105]', '612', '250.92'],
    ['[71270]', 'Winner', '[57580]', '94', '38.54'],
    ['[71272]', 'Valentine NE', '[69201]', '82', '33.62'],
  ],
});

// ── 29. Third-party A/R aging, table ──
const aging = table({
  id: 's91-aging',
  kind: 's91-third-party-ar-aging-grid',
  caption: 'Accounts receivable aging — third-party claims for clinic services',
  headers: ['Claim', 'Payer', 'Item', 'DOS', 'Age (days)', 'Balance'],
  rows: [
    ['[91408]', 'SD Medicaid', 'T1015 / {99213}', '07/02/2025', '94', '741.00'],
    ['[91409]', 'SD Medicaid', 'T1015 / {64450}', '07/09/2025', '87', '741.00'],
    ['[91412]', 'Medicare B', '{99214}', '07/21/2025', '75', '131.46'],
    ['[91450]', 'Wellmark', '{20610}', '08/01/2025', '64', '118.00'],
    ['[91451]', 'SD Medicaid', 'T1015 / {64612}', '08/12/2025', '53', '741.00'],
    ['[91454]', 'SD Medicaid', 'T1015 / {64455}', '08/27/2025', '38', '741.00'],
  ],
});

// ── 30. PRC quarterly utilization, table ──
const utilization = table({
  id: 's91-util',
  kind: 's91-prc-quarterly-utilization-grid',
  caption: 'PRC utilization — top outside procedures — third quarter (obligations in whole dollars)',
  headers: ['Procedure', 'Description', 'Referrals', 'Funded', 'Deferred', 'Obligated'],
  rows: [
    ['{64445}', 'Sciatic nerve block', '14', '12', '2', '2353'],
    ['{64712}', 'Sciatic neuroplasty', '3', '2', '1', '[24900]'],
    ['{64632}', 'Plantar digital neurolysis', '9', '7', '0', '1108'],
    ['{64612}', 'Facial n. chemodenervation', '6', '6', '0', '1811'],
    ['{64714}', 'Lumbar plexus neuroplasty', '1', '0', '1', '0'],
    ['{62323}', 'Lumbar interlaminar ESI', '11', '10', '1', '4129'],
    ['{64483}', 'Lumbar TFESI, single level', '8', '7', '1', '3290'],
    ['{72148}', 'MRI lumbar w/o contrast', '22', '20', '2', '4435'],
    ['{27447}', 'Total knee arthroplasty', '5', '3', '2', '[58210]'],
    ['{66984}', 'Cataract w/ IOL', '12', '12', '0', '[12684]'],
  ],
});

// ── 31. Deferred services report to the Area office, text layer ──
const deferred = lines({
  id: 's91-deferred',
  kind: 's91-prc-deferred-services-report-text',
  before: 'PRC deferred services — unmet need report to the Area office',
  text: [
    'Deferred 07/10: HRN [40276], lumbar plexus neuroplasty {64714}, priority IV, est. 2,118.20',
    'Deferred 07/24: HRN [38852], total knee {27447}, priority III, category funds exhausted',
    'Deferred 08/14: HRN [42081], {64714} with {64712}, staged; re-request with updated EMG',
    'Deferred 09/02: HRN [43317], hearing aids, priority IV',
    'Held pending PT notes: {64493} x2 and {64635} lumbar radiofrequency ablation (same patient)',
    'Area reference no. [11834]; next report due with the quarterly obligation report.',
  ].join('\n'),
});

// ── 32. Emergency 72-hour notification log, table ──
const notifications = table({
  id: 's91-notify',
  kind: 's91-prc-emergency-72-hour-notice-log-grid',
  caption: 'Emergency notifications — 72-hour rule — log',
  headers: ['Notice', 'Facility', 'Received', 'Detail', 'On time?', 'Outcome'],
  rows: [
    ['[14280]', 'Winner Regional', '07/03 02:14', '{99284}', 'Yes', 'Pay, priority I'],
    ['[14281]', 'Monument Health RC', '07/11 16:40', '{99285}, {70450}', 'Yes', 'Pay'],
    [
      '[14283]',
      "Avera St. Mary's Pierre",
      '07/19 09:05',
      '{27818}; {64445} popliteal block',
      'No (5 days)',
      'Deny, late',
    ],
    ['[14284]', 'Cherry County Hospital', '08/02 23:30', '{99283}', 'Yes', 'Alt. resource: Medicaid'],
    ['[14285]', 'Winner Regional', '08/20 11:12', '{99284}, {12002}', 'Yes', 'Pay'],
  ],
});

export const sealed91: Snippet[] = [
  ...prcReferral,
  ...prcLines,
  ...ledger,
  ...airNote,
  ...superbill,
  ...referralLetter,
  ...eligibility,
  ...zipTable,
  ...budget,
  ...crossBill,
  ...directory,
  ...chrLog,
  ...x12Claim,
  ...x12Remit,
  ...hl7,
  ...portalJson,
  ...crossXml,
  ...minutes,
  ...priority,
  ...fiCsv,
  ...airSummary,
  ...consult,
  ...altResources,
  ...enrollment,
  ...obligation,
  ...audit,
  ...telehealth,
  ...travel,
  ...aging,
  ...utilization,
  ...deferred,
  ...notifications,
];
