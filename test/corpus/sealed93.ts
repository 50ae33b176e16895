import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 93 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s93-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (the 2025 telehealth visit codes, e-consult, RTM, E/M, imaging and procedure codes). About a
 * third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs, payer ids, visit ids,
 * license and letter-of-qualification numbers, step counts, minutes, referral, order and ticket numbers. Some decoys
 * are also real CPT numbers: Washington ZIPs 98003 and 98007, and support tickets numbered in the 64xxx range. The
 * five known codes' digits come back as decoys: a visit id in the waiting-room queue (and in the claims API), a
 * message thread, a board application number, the clinic's PO box, a support ticket (and its links), an RTM device
 * serial, an employer group number (once in a patient's own words, once in an XML feed and a 271 grid), an RTM
 * claim batch and a clinician payout batch.
 *
 * Family: virtual-first clinics and telehealth platforms for pain and headache care: a virtual visit after-visit
 * summary and order list (referrals to in-person procedures with CPT), a virtual waiting-room queue (visit ids, state
 * of licensure, patient ZIP), an interstate licensure tracker, a renewal reminder and a state board lookup, an
 * interprofessional e-consult record and its billing worklist, a remote therapeutic monitoring (RTM) adherence log and
 * monthly billing summary, a referral packet to a partner procedure center (cover sheet, procedure list, HL7 and XML
 * feeds, booking confirmation, referral board), a platform claims export as CSV and JSON and an 837P, a patient
 * message thread as prose, a payer telehealth policy excerpt with its code appendix, a clinician schedule, a
 * superbill, a Good Faith Estimate, a utilization report, a 271 eligibility grid, a clinician payout statement,
 * a partner procedure menu with its booking rules, and decoy-only pages (an RTM device shipment tracker, a
 * support-ticket page and queue, a licensure tracker, reminder and board lookup, a visit-start location check).
 * Built on real public layouts: the AMA 2025 telehealth code set as payers publish it (98000–98015 audio-video and
 * audio-only, 98016 check-in, modifiers 95 / 93, POS 02 / 10), the RTM family (98975–98981) with its 16-of-30-days
 * rule, the interprofessional consultation codes (99446–99449, 99451, 99452), the CMS standard Good Faith Estimate
 * form (convening provider, item / service code, estimated charge), X12 837P segments (CLM, HI, SV1, REF*G1), an HL7
 * v2.5.1 REF^I12 referral with PR1 segments, the IMLC letter-of-qualification pathway and a state board license
 * lookup. The others are written the way those pages read, with no single source.
 *
 * 381 labelled tokens over 37 shapes: 149 codes, 232 decoys, 71 of the decoys in KNOWN_10K.
 */

// ── 1. Virtual visit after-visit summary, text layer ──
const avs = lines({
  id: 's93-avs',
  kind: 's93-virtual-visit-summary-text',
  before: 'Ridgeline Virtual Pain & Headache — After-Visit Summary',
  text: [
    'Visit ID TV-[20466]   Video visit, 38 min   Patient located in Aurora, CO [80014]',
    'Clinician: Priya Natarajan, MD (CO license DR.0061234)   Room code [30167]',
    'Today: follow-up of right-sided sciatica and chronic migraine, 11 headache days last month',
    'Billed as {99214} with modifier 95, POS 10 (patient home)',
    'Plan: in-person right sciatic nerve block, CPT {64445}, at Front Range Spine & Nerve ASC',
    'If relief is short-lived, a surgical consult for sciatic neuroplasty ({64712}) was discussed',
    'Partner site: 7800 E Orchard Rd, Greenwood Village, CO [80111]; secure fax ref [58616]',
    'Next virtual follow-up in 6 weeks; message us in the app, thread [64632]',
  ].join('\n'),
});

// ── 2. After-visit order list, table ──
const orders = table({
  id: 's93-orders',
  kind: 's93-after-visit-orders-grid',
  caption: 'Orders placed this visit',
  headers: ['Order #', 'Type', 'Code', 'Description', 'Performed at', 'Status'],
  rows: [
    [
      '[41579]',
      'Procedure referral',
      '{64445}',
      'Injection, anesthetic agent; sciatic nerve, single',
      'Front Range Spine & Nerve ASC',
      'Sent',
    ],
    ['[41574]', 'Imaging', '{72148}', 'MRI lumbar spine w/o contrast', 'Partner imaging — Englewood', 'Auth pending'],
    ['[41575]', 'Therapy', '{97161}', 'PT evaluation, low complexity (virtual)', 'Ridgeline PT', 'Scheduled'],
    ['[41576]', 'Device', '{98977}', 'RTM device supply, musculoskeletal', 'Aurora fulfillment', 'Kit queued'],
    [
      '[41577]',
      'Procedure referral',
      '{64615}',
      'Chemodenervation for chronic migraine',
      'Front Range Spine & Nerve ASC',
      'Needs PA',
    ],
    ['[41578]', 'Lab', '{80307}', 'Drug screen, presumptive', 'Quest PSC', 'Ordered'],
  ],
});

// ── 3. Telehealth virtual waiting room, table (decoy only) ──
const queue = table({
  id: 's93-queue',
  kind: 's93-telehealth-visit-queue-grid',
  caption: 'Virtual waiting room — Pain & Headache pod — 7 waiting',
  headers: ['Visit ID', 'Patient', 'Located in', 'ZIP', 'Licensed clinician', 'Wait', 'Reason'],
  rows: [
    ['[20462]', 'M. Lucero', 'NM', '[87505]', 'Dr. Natarajan (NM)', '4 min', 'Migraine follow-up'],
    ['[31877]', 'T. Brandt', 'CO', '[80631]', 'Dr. Natarajan (CO)', '7 min', 'Sciatica, new'],
    ['[20467]', 'A. Okoye', 'AZ', '[85257]', 'Dr. Halvorsen (AZ)', '9 min', 'Post-block check'],
    ['[20465]', 'R. Sato', 'WA', '[98103]', 'NP Whitcomb (WA)', '12 min', 'RTM review'],
    ['[64712]', 'J. Park', 'UT', '[84117]', 'Dr. Halvorsen (UT)', '15 min', 'Hemifacial spasm'],
    ['[73027]', 'D. Ferris', 'OR', '[97202]', 'NP Whitcomb (OR)', '18 min', 'Medication refill'],
    ['[39260]', 'L. Ortiz', 'TX', '[75023]', '— (no TX license on shift)', '21 min', 'Reroute'],
  ],
});

// ── 4. Interstate licensure tracker, table (decoy only) ──
const licTracker = table({
  id: 's93-lic',
  kind: 's93-interstate-licensure-tracker-grid',
  caption: 'Clinician licensure — Natarajan, Priya MD — IMLC participant',
  headers: ['State', 'Pathway', 'License no.', 'Board app #', 'Issued', 'Expires', 'Fee'],
  rows: [
    ['CO', 'SPL (home state)', 'DR.0061234', '—', '2016', '04/30/2027', '$550'],
    ['AZ', 'IMLC', '[62193]', '[20630]', '2022', '07/12/2026', '$500'],
    ['UT', 'IMLC', '[13872]-1205', '[20632]', '2022', '01/31/2026', '$210'],
    ['WA', 'IMLC', 'MD.[60913]', '[20636]', '2023', '11/18/2026', '$600'],
    ['OR', 'IMLC', 'MD[39441]', '[20638]', '2023', '03/31/2027', '$475'],
    ['NM', 'IMLC', '[44718]', '[64632]', '2024', '06/30/2026', '$400'],
    ['TX', 'Full license (pending)', '—', '[28113]', '—', '—', '$817'],
  ],
});

// ── 5. Licensure renewal reminder email, text layer (decoy only) ──
const licMail = lines({
  id: 's93-licmail',
  kind: 's93-licensure-renewal-reminder-text',
  before: 'From: credentialing team — Subject: renewals due next quarter',
  text: [
    'Hi Priya — the Utah renewal for license [13872]-1205 closes 01/31; the fee is $210 and CME attestation is 40 hours.',
    'Washington wants a new address of record; we used 1600 Broadway, Suite 1350, Denver, CO [80202] again.',
    'IMLC letter of qualification [27049] is still valid, so the Texas application [28113] is the only full-license track.',
    'The Texas JP exam is booked for 02/14 at the testing center, 333 Guadalupe St, Austin, TX [78701].',
    'Please mail the notarized form to PO Box [64714], Denver, CO [80264] — not to the Broadway office.',
  ].join('\n'),
});

// ── 6. Interprofessional e-consult record, text layer ──
const econsult = lines({
  id: 's93-econ',
  kind: 's93-econsult-interprofessional-record-text',
  before: 'Interprofessional e-consult — Pain Medicine — consultant written report',
  text: [
    'E-consult request [51862] from Dr. Amy Feld (primary care, Pueblo, CO [81003])',
    'Question: 52-year-old with L5 radicular pain, failed PT, MRI shows foraminal narrowing; next step?',
    'Time spent reviewing records: 24 minutes; no patient contact; written report returned within 48 h',
    'Recommendation: diagnostic sciatic nerve block ({64445}) only if a piriformis pattern; otherwise a transforaminal ESI ({64483})',
    'If injections fail, refer for surgical evaluation; neuroplasty ({64712}) is not first-line here',
    'Consultant reports {99451}; the requesting clinician reports {99452} for the referral service',
    'Codes {99446}–{99449} were not used: there was no verbal component to the consult',
  ].join('\n'),
});

// ── 7. E-consult billing worklist, table ──
const econBill = table({
  id: 's93-econbill',
  kind: 's93-econsult-billing-worklist-grid',
  caption: 'E-consult billing worklist — week of 10/06',
  headers: ['Consult #', 'Requesting practice', 'Svc', 'Minutes', 'Payer ID', 'Status'],
  rows: [
    ['[51862]', 'Pueblo Family Medicine', '{99451}', '24', '[04112]', 'Ready'],
    ['[51863]', 'Pueblo Family Medicine', '{99452}', '16', '[04112]', 'Ready'],
    ['[51870]', 'Mesa Primary Care', '{99449}', '32', '[87726]', 'Hold: verbal part not documented'],
    ['[51877]', 'Tucson Community Health', '{99451}', '11', '[03102]', 'Ready'],
    ['[51881]', 'Logan Internal Medicine', '{99446}', '8', '[60054]', 'Ready'],
  ],
});

// ── 8. RTM adherence log, table (decoy only) ──
const rtmLog = table({
  id: 's93-rtmlog',
  kind: 's93-rtm-daily-adherence-log-grid',
  caption: 'Remote therapeutic monitoring — home exercise and activity — T. Brandt',
  headers: ['Date', 'Source', 'Steps', 'Exercise sets', 'Pain (0–10)'],
  rows: [
    ['10/01', 'Band', '[10438]', '3/3', '6'],
    ['10/02', 'Band', '[12058]', '3/3', '5'],
    ['10/03', 'App (manual)', '8,210', '2/3', '6'],
    ['10/04', 'Band', '[11067]', '3/3', '4'],
    ['10/05', 'Band', '[13490]', '3/3', '4'],
  ],
});

// ── 9. RTM monthly billing summary, text layer ──
const rtmBill = lines({
  id: 's93-rtmbill',
  kind: 's93-rtm-monthly-billing-summary-text',
  before: 'RTM billing summary — October — T. Brandt — program: low back pain',
  text: [
    'Device kit [47730] shipped 09/28 to Greeley, CO [80634]; setup and education completed 10/01 ({98975})',
    'Days with transmitted data: 24 of 31 — device supply {98977} (musculoskeletal) is met',
    'Treatment management: 20 min on 10/09 ({98980}) and 22 min on 10/23 ({98981} x1)',
    'Interactive communication with the patient on 10/09 by video visit [31877] and on 10/23 by phone',
    'Not billable this month: {98976} (respiratory) and {98978} (CBT) — wrong device type',
    'Program account [38422]; e-consult and RTM lines go out together in claim batch [64714]',
  ].join('\n'),
});

// ── 10. Referral packet cover sheet, text layer ──
const refCover = lines({
  id: 's93-refcover',
  kind: 's93-referral-packet-cover-sheet-text',
  before: 'Referral packet — to partner procedure center — page 1 of 6',
  text: [
    'To: Front Range Spine & Nerve ASC, scheduling, 7800 E Orchard Rd Ste 200, Greenwood Village, CO [80111]',
    'From: Ridgeline Virtual Pain & Headache, PO Box [64714], Denver, CO [80264]',
    'Patient: Thomas Brandt, DOB 03/11/1973, Greeley, CO [80634]',
    'Requested: right sciatic nerve block under ultrasound, CPT {64445} with {76942}; dx M54.31',
    'Prior auth: not required for {64445} under this plan; still required for {64712} if surgery follows',
    'The virtual visit notes (visit [31877]) and e-consult [51862] are attached',
    'Callback: referral desk, ext. 4410; secure fax ref [58616]',
  ].join('\n'),
});

// ── 11. Referral packet procedure list, table ──
const refProc = table({
  id: 's93-refproc',
  kind: 's93-referral-packet-procedure-grid',
  caption: 'Section 2 — Procedures requested',
  headers: ['#', 'Procedure', 'CPT/HCPCS', 'Side', 'Units', 'Auth / ref no.'],
  rows: [
    ['1', 'Sciatic nerve block, single injection', '{64445}', 'RT', '1', 'not req.'],
    ['2', 'Ultrasound guidance for needle placement', '{76942}', '—', '1', 'not req.'],
    ['3', 'Neuroplasty, sciatic nerve (only if block positive)', '{64712}', 'RT', '1', 'PA-[30658]'],
    ['4', 'Destruction, plantar common digital nerve (Morton neuroma)', '{64632}', 'LT', '1', 'PA-[30659]'],
  ],
});

// ── 12. Partner center booking confirmation, text layer ──
const booking = lines({
  id: 's93-booking',
  kind: 's93-partner-center-booking-confirmation-text',
  before: 'Front Range Spine & Nerve ASC — booking confirmation (to referring clinic)',
  text: [
    'Case [73126] booked for 10/21, 7:30 am arrival, Dr. K. Whitaker',
    'Procedure: sciatic nerve block {64445}, right, with ultrasound',
    'Second case [73128]: left foot neurolysis {64632}, held for auth PA-[30659]',
    'Facility fee estimate on file; patient responsibility after deductible about $312',
    'Parking: garage entrance on Orchard Rd, Suite 200; our partner account with Ridgeline is [43093]',
  ].join('\n'),
});

// ── 13. Platform claims export, CSV text layer ──
const csv = lines({
  id: 's93-csv',
  kind: 's93-platform-claims-export-csv-text',
  before: 'claims_export_2025-10.csv (first rows)',
  text: [
    'claim_id,visit_id,dos,pos,cpt,mod,units,charge,payer_id,patient_zip',
    'C-[91613],[20466],2025-10-09,10,{99214},95,1,185.00,[87726],[80014]',
    'C-[91614],[31877],2025-10-09,10,{98006},95,1,210.00,[60054],[80634]',
    'C-[91615],[20467],2025-10-09,10,{98980},,1,52.00,[03102],[85257]',
    'C-[91616],[20465],2025-10-10,02,{99213},93,1,120.00,[62308],[98103]',
    'C-[91617],[73027],2025-10-10,10,{99215},95,1,260.00,[60054],[97202]',
  ].join('\n'),
});

// ── 14. Platform claims API, JSON text layer ──
const json = lines({
  id: 's93-json',
  kind: 's93-platform-claims-export-json-text',
  before: 'GET /v2/claims?status=submitted — response (pretty-printed)',
  text: [
    '{ "claimId": "C-[91619]", "visitId": "[64712]", "placeOfService": "10",',
    '  "lines": [ { "cpt": "{99204}", "modifiers": ["95"], "units": 1, "charge": 240.0 },',
    '             { "cpt": "{96127}", "modifiers": ["95"], "units": 2, "charge": 30.0 } ],',
    '  "payer": { "id": "[87726]", "name": "UnitedHealthcare" }, "patient": { "state": "UT", "zip": "[84078]" },',
    '  "referrals": [ { "cpt": "{64612}", "to": "Wasatch Neuro Procedure Center", "zip": "[84057]" } ],',
    '  "batchId": "[58841]", "clearinghouseTrace": "[77129]" }',
  ].join('\n'),
});

// ── 15. Patient message thread, prose ──
const messages = lines({
  id: 's93-msgs',
  kind: 's93-patient-app-message-thread-text',
  before: 'Messages — Ridgeline app — conversation with Care Team',
  text: [
    'Patient (10/12, 8:02 pm): Hi, the surgery center sent an estimate that lists {64445} and {76942}. What are those?',
    'Care team (10/13, 9:15 am): {64445} is the code for the sciatic nerve block Dr. Natarajan ordered; {76942} is the ultrasound guidance.',
    'Patient: Ok. Also my zip changed, I moved to [80123] (Littleton). Does the referral still work?',
    'Care team: Yes, we updated it. Your new order number is [41581] and the surgery center case number stays [73126].',
    'Patient: And the nerve surgery one, {64712} — do I need that?',
    'Care team: Only if the block helps and then wears off; Dr. Natarajan will go over it at your next video visit ([20477]).',
    'Patient: Thanks. My insurance card says group [64445] — is that the same thing as the code?',
    'Care team: No, that is your employer group number; it just happens to match. Nothing to do.',
  ].join('\n'),
});

// ── 16. Payer telehealth policy excerpt, text layer ──
const policy = lines({
  id: 's93-policy',
  kind: 's93-payer-telehealth-policy-excerpt-text',
  before: 'Commercial Reimbursement Policy — Telehealth and Virtual Care Services',
  text: [
    'Policy number RP-[10284], effective 01/01/2025, replaces RP-[10194]',
    'Synchronous audio-video visits: {98000}–{98007}, and {99202}–{99205}, {99212}–{99215} when billed with modifier 95.',
    'Audio-only services: {98008}–{98015} with modifier 93; codes {99441}–{99443} were deleted and will deny.',
    'The brief virtual check-in {98016} and e-visits {99421}–{99423} are covered when patient-initiated.',
    'Interprofessional consultations {99446}–{99449}, {99451} and {99452} are covered once per 7 days per patient.',
    'Remote therapeutic monitoring {98975}, {98977}, {98980} and {98981} requires 16 days of data in 30.',
    'Not payable as telehealth: nerve blocks ({64445}, {64405}), neuroplasty ({64712}, {64714}) and chemodenervation ({64612}, {64615}).',
    'Questions: Provider Services, PO Box [30391], Atlanta, GA [30374]',
  ].join('\n'),
});

// ── 17. Payer policy appendix of eligible codes, table ──
const policyGrid = table({
  id: 's93-polgrid',
  kind: 's93-payer-policy-eligible-code-grid',
  caption: 'Appendix A — Telehealth code list (excerpt)',
  headers: ['Proc', 'Short descriptor', 'Audio-video', 'Audio-only', 'POS 02/10'],
  rows: [
    ['{98000}', 'Synch A/V new, straightforward', 'Yes', 'No', 'Yes'],
    ['{98005}', 'Synch A/V est, low', 'Yes', 'No', 'Yes'],
    ['{98013}', 'Synch audio-only est, low', 'No', 'Yes', 'Yes'],
    ['{99451}', 'Interprof e-consult, written report', 'n/a', 'n/a', 'n/a'],
    ['{98980}', 'RTM treatment mgmt, first 20 min', 'Yes', 'Yes', 'n/a'],
    ['{64445}', 'N block inj sciatic sng', 'No', 'No', 'Excluded'],
    ['{64714}', 'Neuroplasty lumbar plexus', 'No', 'No', 'Excluded'],
  ],
});

// ── 18. RTM device shipment tracker, table (decoy only) ──
const shipments = table({
  id: 's93-ship',
  kind: 's93-rtm-device-shipment-tracker-grid',
  caption: 'RTM kit shipments — fulfillment partner — last 7 days',
  headers: ['Shipment', 'Kit SKU', 'Serial', 'Ship-to ZIP', 'Carrier', 'Status'],
  rows: [
    ['SH-[27638]', 'MSK-BAND-2', '[72914]', '[80634]', 'UPS Ground', 'Delivered'],
    ['SH-[27633]', 'MSK-BAND-2', '[72977]', '[85296]', 'UPS Ground', 'In transit'],
    ['SH-[27634]', 'HDX-DIARY', '[40218]', '[98003]', 'USPS Priority', 'Delivered'],
    ['SH-[27635]', 'MSK-BAND-2', '[64612]', '[97006]', 'UPS Ground', 'Exception: address'],
    ['SH-[27636]', 'MSK-BAND-2', '[73005]', '[84074]', 'FedEx Home', 'Label created'],
  ],
});

// ── 19. Support ticket detail, text layer (decoy only) ──
const ticket = lines({
  id: 's93-ticket',
  kind: 's93-platform-support-ticket-thread-text',
  before: 'Ridgeline Connect Support — Ticket detail',
  text: [
    'Ticket #[64445] — "Video freezes at 30 seconds" — Priority: High — Opened 10/14 10:22',
    'Reporter: NP Whitcomb (clinician), Portland, OR [97201]; patient side in Salem, OR [97301]',
    'Client log: ICE failed, socket error [10061] (connection refused) on the TURN relay',
    'Our media servers use UDP ports [10000]–[20000]; the clinic firewall only opened 3478 and 443.',
    'App build [24117], Chrome 129; related tickets [58814] and [58812] closed as duplicates',
    'Resolution: firewall rule added by clinic IT; credit of 1 visit applied to account [33152]',
  ].join('\n'),
});

// ── 20. Support ticket queue, table (decoy only) ──
const tickets = table({
  id: 's93-tickets',
  kind: 's93-support-ticket-queue-grid',
  caption: 'Open tickets — Tier 2 — sorted by age',
  headers: ['Ticket', 'Account', 'Category', 'Site ZIP', 'Age (h)', 'Linked'],
  rows: [
    ['[64448]', '[33152]', 'A/V quality', '[97201]', '3', '[64445]'],
    ['[64451]', '[33150]', 'Login / MFA', '[80247]', '6', '—'],
    ['[64457]', '[41205]', 'RTM kit sync', '[84010]', '11', 'SH-[27635]'],
    ['[64460]', '[41208]', 'Claims export', '[80202]', '19', '—'],
    ['[64463]', '[33152]', 'Billing question', '[97201]', '26', '[64445]'],
  ],
});

// ── 21. HL7 v2 referral to the partner center, text layer ──
const hl7 = lines({
  id: 's93-hl7',
  kind: 's93-hl7-ref-referral-message-text',
  before: 'Interface log — outbound REF^I12 to partner procedure center',
  text: [
    'MSH|^~\\&|RIDGELINE|RVPH|FRSN_ASC|FRSN|20251013091512||REF^I12|[94066]|P|2.5.1',
    'PID|1||RV[30819]^^^RIDGELINE^MR||BRANDT^THOMAS||19730311|M|||1422 23rd Ave^^Greeley^CO^[80634]',
    'PR1|1||{64445}^Sciatic nerve block single^C4||20251021',
    'PR1|2||{76942}^US guidance needle placement^C4||20251021',
    'PR1|3||{64712}^Neuroplasty sciatic nerve^C4||',
    'AUT|CHOICE-PLUS|[87726]|UnitedHealthcare|||||||PA[30658]',
    'PRD|RP|NATARAJAN^PRIYA^^^MD|1600 Broadway Ste 1350^^Denver^CO^[80202]',
  ].join('\n'),
});

// ── 22. X12 837P telehealth claim, text layer ──
const x12 = lines({
  id: 's93-x12',
  kind: 's93-837p-telehealth-claim-segments-text',
  before: 'Outbound 837P — batch view — claim 2 of 14 (envelope trimmed)',
  text: [
    'NM1*85*2*RIDGELINE VIRTUAL PAIN AND HEADACHE PC*****XX*1215983047~',
    'N4*DENVER*CO*802021350~',
    'CLM*C[91616]*120***02:B:1*Y*A*Y*Y~',
    'REF*G1*[30663]~',
    'HI*ABK:M5431*ABF:G4452~',
    'SV1*HC:{99213}:93*120*UN*1***1~',
    'SV1*HC:{96127}:93*15*UN*1***1~',
    'NM1*PR*2*CIGNA*****PI*[62308]~',
    'N4*SEATTLE*WA*[98103]~',
  ].join('\n'),
});

// ── 23. Clinician virtual clinic schedule, table ──
const schedule = table({
  id: 's93-sched',
  kind: 's93-clinician-virtual-schedule-grid',
  caption: 'Dr. Natarajan — virtual clinic — Tue 10/14 (MT)',
  headers: ['Time', 'Visit', 'Pt state', 'Type', 'Svc', 'Post-visit referral'],
  rows: [
    ['08:00', '[20490]', 'CO', 'New, video', '{98002}', '{64445} to Front Range ASC'],
    ['08:40', '[20491]', 'AZ', 'Est, video', '{99214}', '—'],
    ['09:00', '[20495]', 'UT', 'Est, audio-only', '{98013}', '{64612} to Wasatch Neuro'],
    ['09:30', '[20497]', 'NM', 'Est, video', '{99215}', '{64405} occipital block, Santa Fe'],
    ['10:00', '[20498]', 'CO', 'E-consult reply', '{99451}', '—'],
    ['10:30', '[20501]', 'WA', 'RTM review', '{98980}', '{64632} podiatry partner, Bellevue'],
  ],
});

// ── 24. Telehealth superbill, table ──
const superbill = table({
  id: 's93-superbill',
  kind: 's93-virtual-visit-superbill-grid',
  caption: 'Superbill — telehealth visits — for patient reimbursement request',
  headers: ['Date', 'Billed code', 'Mod', 'Description', 'Dx', 'Fee'],
  rows: [
    ['10/09/2025', '{99204}', '95', 'New patient, moderate MDM, video', 'G43.709', '$240.00'],
    ['10/09/2025', '{96127}', '95', 'Brief emotional/behavioral assessment x2', 'F41.1', '$30.00'],
    ['10/23/2025', '{99214}', '95', 'Established, moderate MDM, video', 'G43.709', '$185.00'],
    ['10/23/2025', '{98016}', '', 'Brief virtual check-in', 'G43.709', '$25.00'],
  ],
});

// ── 25. Superbill footer, text layer ──
const superbillFoot = lines({
  id: 's93-sbfoot',
  kind: 's93-virtual-superbill-footer-text',
  before: 'Provider and payment information',
  text: [
    'Rendering: Priya Natarajan MD, NPI 1396724851; place of service 10; patient in Littleton, CO [80123]',
    'Pay-to: Ridgeline Virtual Pain & Headache PC, PO Box [64714], Denver CO [80264]; TIN ending 4471',
    'Referred procedures (billed separately by the facility): {64445} right and {76942}',
    'Statement [15530], account [38422]',
  ].join('\n'),
});

// ── 26. Headache care plan narrative, text layer ──
const carePlan = lines({
  id: 's93-careplan',
  kind: 's93-headache-care-plan-narrative-text',
  before: 'Assessment and plan (video visit) — chronic migraine, hemifacial spasm, occipital neuralgia',
  text: [
    'Chronic migraine, 18 headache days a month, failed topiramate and propranolol; CGRP antibody started today.',
    'Left hemifacial spasm: referred for botulinum toxin chemodenervation, {64612}, at Wasatch Neuro Procedure Center.',
    'If migraine stays above 15 days a month at 3 months, add onabotulinumtoxinA per PREEMPT ({64615}).',
    'Greater occipital nerve block ({64405}) can be done at the same session for the occipital neuralgia.',
    'She lives 140 miles from the center (Vernal, UT [84078]); offered the closer site in Orem, UT [84057].',
    'Follow-up by video in 4 weeks; headache diary in the app (diary id [51203]).',
  ].join('\n'),
});

// ── 27. Referral XML feed, text layer ──
const xml = lines({
  id: 's93-xml',
  kind: 's93-referral-xml-export-text',
  before: 'referral_export.xml — partner feed (excerpt)',
  text: [
    '<Referral id="[71443]" created="2025-10-14T09:41:00-06:00">',
    '  <Patient mrn="RV[30822]" state="UT" postalCode="[84078]"/>',
    '  <Service system="CPT" code="{64612}" laterality="L" units="1"/>',
    '  <Service system="CPT" code="{64405}" laterality="B" units="2"/>',
    '  <Service system="CPT" code="{95874}" units="1" note="EMG guidance"/>',
    '  <Facility npi="1558403192" name="Wasatch Neuro Procedure Center" zip="[84057]"/>',
    '  <Payer id="[87726]" plan="Choice Plus" group="[64712]"/>',
    '</Referral>',
  ].join('\n'),
});

// ── 28. Good Faith Estimate, table ──
const gfe = table({
  id: 's93-gfe',
  kind: 's93-good-faith-estimate-grid',
  caption: 'Good Faith Estimate — scheduled service at a partner center',
  headers: ['Provider', 'Item', 'Description', 'Qty', 'Estimated charge'],
  rows: [
    ['Front Range Spine & Nerve ASC', '{64445}', 'Sciatic nerve block, single', '1', '$640.00'],
    ['Front Range Spine & Nerve ASC', '{76942}', 'Ultrasound guidance', '1', '$180.00'],
    ['K. Whitaker MD (professional)', '{64445}', 'Nerve block, professional component', '1', '$312.00'],
    ['Ridgeline Virtual (co-provider)', '{99214}', 'Pre-procedure video visit', '1', '$185.00'],
    ['Total', '', '', '', '$1,317.00'],
  ],
});

// ── 29. Good Faith Estimate notice, text layer ──
const gfeNotice = lines({
  id: 's93-gfenote',
  kind: 's93-good-faith-estimate-notice-text',
  before: 'Your Good Faith Estimate — read this page',
  text: [
    'GFE # [42618] issued 10/14/2025 to Thomas Brandt, Littleton, CO [80123]',
    'If you are billed $400 or more above this estimate you may start a dispute within 120 days.',
    'Convening provider: Front Range Spine & Nerve ASC, 7800 E Orchard Rd, Greenwood Village CO [80111]',
  ].join('\n'),
});

// ── 30. Utilization by code, table ──
const utilization = table({
  id: 's93-util',
  kind: 's93-platform-utilization-by-code-grid',
  caption: 'Q3 utilization — virtual pain and headache service line',
  headers: ['CPT', 'Description', 'Visits', 'Minutes', 'Paid', 'Avg paid'],
  rows: [
    ['{99214}', 'Est, moderate', '4112', '[98046]', '$492,618', '$119.80'],
    ['{98006}', 'Synch A/V est, moderate', '1820', '[43512]', '$198,380', '$109.00'],
    ['{99204}', 'New, moderate', '960', '[38400]', '$201,600', '$210.00'],
    ['{98980}', 'RTM mgmt, first 20 min', '1410', '[28200]', '$69,090', '$49.00'],
    ['{99451}', 'E-consult report', '388', '8148', '$14,744', '$38.00'],
    ['{64445}', 'Referred out (partner-billed)', '212', '—', '—', '—'],
    ['{64612}', 'Referred out (partner-billed)', '37', '—', '—', '—'],
  ],
});

// ── 31. Real-time eligibility (271) grid, table ──
const eligibility = table({
  id: 's93-elig',
  kind: 's93-telehealth-eligibility-response-grid',
  caption: 'Real-time eligibility (271) — telehealth benefits',
  headers: ['Member', 'Payer ID', 'Group', 'Member ZIP', 'Svc type', 'Service ref', 'Copay'],
  rows: [
    ['Brandt, T', '[87726]', '[70241]', '[80123]', 'Telemedicine', '{98002}', '$0'],
    ['Park, J', '[87726]', '[64712]', '[84078]', 'Telemedicine', '{99214}', '$25'],
    ['Okoye, A', '[03102]', '—', '[85257]', 'Telemedicine', '{98980}', '20% coins'],
    ['Sato, R', '[62308]', '[52206]', '[98103]', 'Telemedicine', '{99213}', '$15'],
    ['Lucero, M', '[60054]', '[86091]', '[87505]', 'Surgical', '{64445}', 'Deductible applies'],
  ],
});

// ── 32. State medical board license lookup, text layer (decoy only) ──
const board = lines({
  id: 's93-board',
  kind: 's93-state-board-license-lookup-text',
  before: 'Arizona Medical Board — License lookup result',
  text: [
    'Licensee: Priya Natarajan, MD   License number [62193]   Status: Active',
    'Issue date 07/13/2022   Expiration 07/12/2026   Board actions: none',
    'Address of record: 1600 Broadway, Suite 1350, Denver, CO [80202]',
    'Licensed through IMLC letter of qualification [27049]; verification receipt [85384]',
  ].join('\n'),
});

// ── 33. Clinician payout statement, text layer ──
const payout = lines({
  id: 's93-payout',
  kind: 's93-clinician-payout-statement-text',
  before: 'Ridgeline Connect — contractor clinician payout — October 1–15',
  text: [
    'Payout batch [64612]   Contractor ID [20858]   Direct deposit to account ending 0197',
    'Video visits completed: 112 at $62 = $6,944; audio-only: 9 at $40 = $360',
    'E-consult written reports ({99451}): 14 at $30; RTM management minutes: 460 (rate card tier 2)',
    'Adjustments: visit [20465] reassigned to NP Whitcomb (WA license); visit [39260] voided (no TX license)',
    'Year-to-date gross: $61,208; 1099 mailing ZIP [80206]',
  ].join('\n'),
});

// ── 34. Partner referral status board, table ──
const refBoard = table({
  id: 's93-refboard',
  kind: 's93-partner-referral-status-board-grid',
  caption: 'Referrals to in-person partners — open',
  headers: ['Referral', 'Patient ZIP', 'Partner', 'Code', 'Sent', 'Status'],
  rows: [
    ['[71440]', '[80123]', 'Front Range Spine & Nerve ASC', '{64445}', '10/13', 'Booked 10/21'],
    ['[71441]', '[85296]', 'Desert Sky Procedure Center', '{64714}', '10/13', 'Surgeon review'],
    ['[71443]', '[84078]', 'Wasatch Neuro Procedure Center', '{64612}', '10/14', 'Auth submitted'],
    ['[71446]', '[84078]', 'Wasatch Neuro Procedure Center', '{64405}', '10/14', 'Auth submitted'],
    ['[71448]', '[98007]', 'Eastside Foot & Ankle', '{64632}', '10/14', 'Awaiting records'],
    ['[71450]', '[87505]', 'Santa Fe Pain Procedures', '{64712}', '10/15', 'Declined — out of network'],
  ],
});

// ── 35. Visit-start location check, text layer (decoy only) ──
const locCheck = lines({
  id: 's93-loccheck',
  kind: 's93-visit-start-location-attestation-text',
  before: 'Before your visit — confirm where you are right now',
  text: [
    'You are in: Colorado   Street: 1422 23rd Ave   City: Greeley   ZIP [80631]',
    'Callback number if the video drops: 970-555-0148   Nearest ER: North Colorado Medical Center, ZIP [80631]',
    'Clinicians licensed where you are: 6 available; estimated wait 7 minutes; room code [30167]',
  ].join('\n'),
});

// ── 36. Partner procedure menu shown after a virtual visit, table ──
const menu = table({
  id: 's93-menu',
  kind: 's93-partner-procedure-menu-grid',
  caption: 'Book in person — procedures our partner centers take from virtual referrals',
  headers: ['Service', 'What it is', 'Where offered', 'Self-pay price', 'Typical wait'],
  rows: [
    ['{64445}', 'Sciatic nerve block', 'Denver, Phoenix, Salt Lake City', '$640', '1–2 weeks'],
    ['{64405}', 'Greater occipital nerve block', 'All partner sites', '$410', '1 week'],
    ['{64615}', 'Botulinum toxin for chronic migraine', 'Denver, Salt Lake City', '$1,150 + drug', '3–4 weeks'],
    ['{64612}', 'Botulinum toxin for hemifacial spasm', 'Salt Lake City, Orem', '$980 + drug', '3–4 weeks'],
    ['{64632}', 'Morton neuroma neurolysis', 'Bellevue, Phoenix', '$520', '2 weeks'],
    ['{64633}', 'Cervical facet radiofrequency ablation', 'Denver, Phoenix', '$1,900', '4 weeks'],
    ['{20553}', 'Trigger point injections, 3+ muscles', 'All partner sites', '$260', '1 week'],
    ['{64714}', 'Lumbar plexus neuroplasty (surgical)', 'Phoenix', 'Quote after consult', '6–8 weeks'],
  ],
});

// ── 37. Partner procedure menu booking rules, text layer ──
const menuRules = lines({
  id: 's93-menurules',
  kind: 's93-partner-procedure-booking-rules-text',
  before: 'Booking rules for virtual clinicians',
  text: [
    'Book {64712} and {64714} only after an in-person surgeon review; the video visit alone is not enough.',
    'For {64632} the partner wants a weight-bearing foot X-ray ({73630}) from the last 6 months.',
    'Occipital blocks ({64405}) may be paired with trigger points ({20552} or {20553}) on the same day.',
    'Questions go to the partner desk, ext. 4412; never put a patient phone number in the booking note.',
  ].join('\n'),
});

export const sealed93: Snippet[] = [
  ...avs,
  ...orders,
  ...queue,
  ...licTracker,
  ...licMail,
  ...econsult,
  ...econBill,
  ...rtmLog,
  ...rtmBill,
  ...refCover,
  ...refProc,
  ...booking,
  ...csv,
  ...json,
  ...messages,
  ...policy,
  ...policyGrid,
  ...shipments,
  ...ticket,
  ...tickets,
  ...hl7,
  ...x12,
  ...schedule,
  ...superbill,
  ...superbillFoot,
  ...carePlan,
  ...xml,
  ...gfe,
  ...gfeNotice,
  ...utilization,
  ...eligibility,
  ...board,
  ...payout,
  ...refBoard,
  ...locCheck,
  ...menu,
  ...menuRules,
];
