import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 123 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s123-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * Wisconsin ZIPs, call queue, skill and IVR node ids, referral order codes, visit-type, EAP, appointment, referral,
 * auth, payer, practitioner, template, plan and smart-phrase ids and an X12 control number. The five known codes'
 * digits come back as decoys: the nurse-line extension, the price-estimate queue and IVR node, a CRM case number, a
 * help-desk and a triage ticket, an agent id, a member's group number, a PO box, a referral fax batch, a
 * good-faith-estimate number, a speech-analytics category id and a budget cost center.
 *
 * Family: a health system's patient contact center around its pain and peripheral-nerve service line: a CRM call
 * record header and case-note timeline, a nurse triage protocol note after a nerve block and the day-after call grid,
 * a new-referral scheduling script, the appointment-type build table and its visit-type-to-CPT CSV, an order-to-visit
 * mapping, a price-estimate phone script and estimate screen, a good-faith-estimate text layer, a referral intake work
 * queue and referral fax text layer, an auth status grid, an X12 278 request, an HL7 SIU message, a FHIR
 * ServiceRequest, a patient portal message thread and a help-desk ticket thread, a queue-stats dashboard, an agent
 * scorecard, an IVR menu map and its XML routing export, a speech-analytics CSV export and transcript, a callback
 * queue, a cancellation log, a wrap-up code table, a knowledge-base article, an appointment letter, an SMS reminder
 * template, a QA audit form, a workforce forecast grid, a voicemail transcription list, an online estimate request, a
 * department phone directory and a pre-procedure instruction script.
 * Built on real public layouts: Epic Cadence visit-type build (visit type, EAP/procedure link, length, department),
 * Epic/MyChart patient message threads, Salesforce Health Cloud case records (case number, contact, origin, subject,
 * comments), Genesys/Avaya queue real-time views (offered, handled, abandoned, ASA, AHT, service level), NICE/CallMiner
 * speech-analytics category exports, the CMS No Surprises Act good faith estimate template, an HL7 v2.5 SIU^S12 with
 * AIS-3 universal service id, a FHIR R4 ServiceRequest, and an X12 278 health care services review request (UM, HI,
 * SV1). The others are written the way those pages read, with no single source.
 *
 * 351 labelled tokens over 37 shapes: 149 codes, 202 decoys, 87 of the decoys in KNOWN_10K (27 of them the known
 * codes' own digits, 60 other numbers of the set). 106 code tokens are the five known codes.
 */

// ── 1. CRM call record header, text layer ──
const callHeader = lines({
  id: 's123-callhdr',
  kind: 's123-crm-call-record-header-text',
  before: 'Lakeview Health Patient Access Center — Interaction record',
  text: [
    'Call ID: CL-20260311-0048813 · Interaction 7741902255 · Started 03/11/2026 09:12:44',
    'ANI (callback): 608-555-0193 · DNIS 4417 · Routed queue [53147] PNC Scheduling',
    'Agent: Tamsin Okafor (agent [20417]) · Ext. [64445] · Skill group [53719] Pain/Nerve Procedures',
    'Caller home ZIP on file: [53718] · MRN 00418822 · Preferred callback window 1–3 pm',
    'Reason for call: schedule sciatic nerve block per ortho referral; order lists CPT {64445}',
    'Linked case: CS-[64712] (open) · Wrap-up code [30126] Scheduled-New Procedure',
  ].join('\n'),
});

// ── 2. CRM case note timeline, text layer ──
const caseNotes = lines({
  id: 's123-casenotes',
  kind: 's123-crm-case-comment-timeline-text',
  before: 'Case CS-64712 · Comments (newest last)',
  text: [
    '03/11 09:14 TOKAFOR: Pt called re referral from Dr. Varga (Ortho). Order reads "US-guided sciatic block {64445} w/ {76942}".',
    '03/11 09:16 TOKAFOR: Ins Quartz HMO; Quartz requires no auth for {64445} per payer grid. Scheduled 03/18 0730, Suite B.',
    '03/11 09:19 TOKAFOR: Pt asks if Dr. Lindqvist will also "free up the nerve" - told pt that is surgery ({64712}), separate referral.',
    '03/12 14:02 RNHALVOR: Reviewed. Ortho plans neuroplasty {64712} in April; block is diagnostic only. No change to appt.',
    '03/12 14:05 RNHALVOR: Sent pt prep letter via MyChart (ticket [58830]). Callback # verified 608-555-0193.',
    '03/13 08:40 SYSTEM: Case routed to queue [53147] for reminder call; SLA 48h.',
  ].join('\n'),
});

// ── 3. Nurse triage protocol note after nerve block, text layer ──
const triageNote = lines({
  id: 's123-triage',
  kind: 's123-nurse-triage-post-block-protocol-note-text',
  before: 'Telephone Encounter · Nurse Triage · Protocol: Post Peripheral Nerve Block (Adult) v4',
  text: [
    'Reason for call: numbness R leg 20 hrs after sciatic nerve block ({64445}) performed 03/18 by Dr. Lindqvist.',
    'Disposition per protocol: Home care; call back if numbness persists > 24 hrs or new weakness/fall.',
    'Pt denies fever, redness at site, chest pain. Using crutches as taught. Fall risk reviewed.',
    'Call time 9 min; nurse phone assessment billed {98966} per clinic policy (non-physician, 5-10 min).',
    'Routed to Dr. Lindqvist pool [42231] for FYI. Triage ticket [64632] closed at 11:38.',
    'Pt callback number 608-555-0193 / alt 608-555-0118. Pt ZIP [53718].',
  ].join('\n'),
});

// ── 4. Day-after procedure call grid ──
const dayAfter = table({
  id: 's123-dayafter',
  kind: 's123-post-procedure-day-after-call-worklist',
  caption: 'Post-Procedure Calls — Pain & Peripheral Nerve Center — procedures of 03/18/2026',
  headers: ['Pt', 'Proc', 'Provider', 'Call attempt', 'Outcome', 'Callback #'],
  rows: [
    ['Halvorsen, R', '{64445} RT', 'Lindqvist', '1 · 03/19 09:05', 'Reached - doing well', '608-555-0193'],
    ['Moua, P', '{64632} LT', 'Achebe', '1 · 03/19 09:11', 'LVM, case [41906]', '608-555-0177'],
    ['Brandt, K', '{64612}', 'Achebe', '2 · 03/19 13:40', 'Reached - mild droop, RN to call', '920-555-0144'],
    ['Sorensen, A', '{64455} LT', 'Lindqvist', '1 · 03/19 09:20', 'Reached - no concerns', '608-555-0102'],
    ['Ortiz, L', '{64447}', 'Lindqvist', '3 · 03/19 15:02', 'No answer; letter sent (batch [53761])', '715-555-0190'],
  ],
});

// ── 5. New referral scheduling script, text layer ──
const schedScript = lines({
  id: 's123-schedscript',
  kind: 's123-new-referral-scheduling-decision-script-text',
  before: 'Scheduling Script · PNC-07 · New procedure referral (read each step in order)',
  text: [
    'Step 1. Open the referral and read the CPT on the order. If it is {64445} or {64447}, book visit type BLOCK-US (45 min).',
    'Step 2. If the order reads {64632} or {64455} (foot / Morton neuroma), book FOOT-INJ (30 min), podiatry room only.',
    'Step 3. Botox for facial spasm ({64612}) books CHEMO-FACE (30 min) and needs drug auth; send to queue [54128] first.',
    'Step 4. Surgical neuroplasty ({64712}, {64714}, {64708}) is NOT scheduled here: warm-transfer to Surgery Scheduling, ext. [37204].',
    'Step 5. No CPT on the order? Book a new-patient consult (bills {99204}) and let the physician decide.',
    'Step 6. Read back date, time, arrival 30 min early, driver required after any block. Wrap-up [30126].',
  ].join('\n'),
});

// ── 6. Appointment-type build table ──
const visitTypes = table({
  id: 's123-vtbuild',
  kind: 's123-appointment-type-build-table',
  caption: 'Cadence build — Dept 10450 PAIN PNC MADISON — visit types (prod, as of 2026-02-27)',
  headers: ['Visit Type ID', 'Name', 'Length', 'Linked Proc', 'EAP ID', 'Resource'],
  rows: [
    ['[40118]', 'BLOCK-US SCIATIC', '45', '{64445}', '[70222]', 'PROC SUITE B'],
    ['[40119]', 'BLOCK-US FEMORAL', '45', '{64447}', '[70227]', 'PROC SUITE B'],
    ['[40124]', 'FOOT-INJ NEUROMA', '30', '{64455}', '[70229]', 'POD RM 2'],
    ['[40125]', 'FOOT-NEUROLYSIS', '30', '{64632}', '[70238]', 'POD RM 2'],
    ['[40131]', 'CHEMO-FACE', '30', '{64612}', '[70330]', 'NEURO RM 4'],
    ['[40132]', 'CHEMO-MIGRAINE', '45', '{64615}', '[70347]', 'NEURO RM 4'],
    ['[40140]', 'NEW PT CONSULT', '60', '{99204}', '[70357]', 'EXAM 1-6'],
  ],
});

// ── 7. Visit type to CPT crosswalk CSV export, text layer ──
const vtCsv = lines({
  id: 's123-vtcsv',
  kind: 's123-visit-type-cpt-crosswalk-csv-text',
  before: 'vt_cpt_xwalk_PNC_20260227.csv',
  text: [
    'VT_ID,VT_NAME,DEPT_ID,CPT,CPT_2,DURATION,ACTIVE',
    '[40118],BLOCK-US SCIATIC,[10450],{64445},{76942},45,Y',
    '[40125],FOOT-NEUROLYSIS,[10450],{64632},,30,Y',
    '[40131],CHEMO-FACE,[10450],{64612},,30,Y',
    '[40150],NEUROPLASTY PREOP,[10450],{64712},{64714},30,N',
    '[40151],NCS/EMG,[10453],{95910},{95886},60,Y',
  ].join('\n'),
});

// ── 8. Order-to-visit-type mapping grid ──
const orderMap = table({
  id: 's123-ordermap',
  kind: 's123-orderable-to-visit-type-mapping-grid',
  caption: 'Referral orderables that auto-suggest a visit type (Patient Access Build team)',
  headers: ['Orderable', 'Order Code', 'Proc', 'Suggests VT', 'Notes'],
  rows: [
    ['REF PAIN - SCIATIC BLOCK', 'REF[53591]', '{64445}', '[40118]', 'US guided; add {76942} on charge'],
    ['REF PAIN - NEUROMA', 'REF[53600]', '{64632}', '[40125]', 'Injection first ({64455}) per protocol'],
    ['REF NEURO - HEMIFACIAL SPASM', 'REF[53614]', '{64612}', '[40131]', 'Drug auth by pharmacy'],
    ['REF SURG - NERVE DECOMPRESSION', 'REF[53647]', '{64712}/{64714}', '—', 'Routes to Surgery Sched'],
  ],
});

// ── 9. Price estimate phone script, text layer ──
const priceScript = lines({
  id: 's123-pricescript',
  kind: 's123-price-estimate-phone-script-text',
  before: 'Price Estimate Line · Script PE-3 · Nerve procedures (self-pay and insured)',
  text: [
    '"Thank you for calling the Lakeview Price Estimate Line, this is ___. Do you have the procedure code from your doctor?"',
    'If caller reads a code, repeat it back digit by digit: "six-four-four-four-five, that is {64445}, a sciatic nerve block."',
    'Common codes: {64445} nerve block, {64632} foot nerve destruction, {64612} facial Botox, {64712} nerve surgery.',
    'Self-pay quote for {64445} with ultrasound ({76942}): $1,180 facility + $412 professional. Quote id format PE-#####.',
    'If the caller has no code, give the range for a consult ({99203}-{99205}) and create an estimate request in queue [64612].',
    'Mail written estimates from Lakeview Financial Services, PO Box [64714], Madison, WI [53708]-4714.',
  ].join('\n'),
});

// ── 10. Price estimate result screen ──
const estimate = table({
  id: 's123-estimate',
  kind: 's123-patient-estimate-result-screen',
  caption: 'Patient Estimate PE-88451 · Quartz HMO · deductible met $1,450 of $3,000',
  headers: ['Line', 'Service', 'Code', 'Est. Charge', 'Plan Pays', 'You Pay'],
  rows: [
    ['1', 'Sciatic nerve block, single', '{64445}', '$1,184.00', '$710.40', '$473.60'],
    ['2', 'Ultrasound guidance', '{76942}', '$396.00', '$237.60', '$158.40'],
    ['3', 'Office visit, est.', '{99213}', '$214.00', '$0.00', '$214.00'],
    ['', 'Estimate total', '', '$1,794.00', '$948.00', '$846.00'],
  ],
});

// ── 11. Good faith estimate, PDF text layer ──
const gfe = lines({
  id: 's123-gfe',
  kind: 's123-good-faith-estimate-pdf-text',
  before: 'Good Faith Estimate for Health Care Items and Services (uninsured/self-pay)',
  text: [
    'Patient: Moua, Pa · DOB 04/02/1971 · Address: 2210 Fordem Ave, Madison WI [53704]',
    'Convening provider: Lakeview Pain & Peripheral Nerve Center, NPI 1447281090, TIN 39-1153762',
    'Service: Neurolytic destruction, plantar common digital nerve · Service code {64632} · Qty 1 · $1,020.00',
    'Service: Ultrasound guidance for needle placement · Service code {76942} · Qty 1 · $310.00',
    'Diagnosis: G57.62 Lesion of plantar nerve, left lower limb · Estimate number GFE-[64632]-A',
    'If billed $400 or more above this estimate, you may dispute. Questions: 608-555-0140, ext. [21190].',
  ].join('\n'),
});

// ── 12. Referral intake work queue grid ──
const refQueue = table({
  id: 's123-refwq',
  kind: 's123-referral-intake-work-queue-grid',
  caption: 'WQ 53719 PAIN PNC REFERRALS - INCOMING (17 items, oldest 4d)',
  headers: ['Ref #', 'Received', 'Pt ZIP', 'Ordering Dx', 'Req Svc', 'Status', 'Owner'],
  rows: [
    ['[81472]', '03/07', '[53095]', 'M54.31', '{64445}', 'Auth pending', 'agent [20417]'],
    ['[81480]', '03/07', '[53029]', 'G57.62', '{64632}', 'Ready to sched', 'agent [20433]'],
    ['[81493]', '03/08', '[53718]', 'G51.3', '{64612}', 'Drug auth', 'agent [20417]'],
    ['[81502]', '03/09', '[54174]', 'G57.02', '{64712}', 'Wrong dept - route', 'unassigned'],
    ['[81517]', '03/10', '[53590]', 'M79.2', '{64714} / {64712}', 'Need op consult', 'agent [20452]'],
    ['[81533]', '03/11', '[53121]', 'G43.709', '{64615}', 'Auth pending', 'agent [20433]'],
  ],
});

// ── 13. Referral fax OCR text layer ──
const refFax = lines({
  id: 's123-reffax',
  kind: 's123-referral-fax-ocr-text',
  before: 'Fax received 03/10/2026 16:41 from 920-555-0130 · 3 pages · referral batch 64632',
  text: [
    'FOX VALLEY ORTHOPEDICS · 1800 Appleton Rd, Menasha WI [54952] · Fax 920-555-0130',
    'REFERRAL / ORDER   Patient: Kessler, Dana   DOB 09/14/1962   Ins: Network Health NH0087711',
    'Requested: [X] Consult and treat   [X] Procedure: lumbar plexus neuroplasty (CPT {64714}) and/or sciatic ({64712})',
    'Prior to surgery please perform diagnostic sciatic nerve block {64445}. Dx M79.2, G57.02.',
    'Referring: Dr. P. Varga, NPI 1326044175 · Office contact ext [64612] · Batch ref [64632]',
  ].join('\n'),
});

// ── 14. Auth status grid in referral intake ──
const authGrid = table({
  id: 's123-authgrid',
  kind: 's123-referral-auth-status-grid',
  caption: 'Authorization / Certification — Referral 81472',
  headers: ['Svc', 'Units', 'Payer', 'Auth #', 'Status', 'Eff', 'Exp'],
  rows: [
    ['{64445}', '1', 'Quartz', 'QZ-[50916]', 'Not required', '03/11/26', '—'],
    ['{76942}', '1', 'Quartz', 'QZ-[50916]', 'Not required', '03/11/26', '—'],
    ['{64612}', '1', 'Dean/WPS', 'A[26115]', 'Approved', '03/12/26', '06/12/26'],
    ['{64632}', '2', 'Network Health', 'NH[77012]', 'Pended - clinicals', '', ''],
  ],
});

// ── 15. X12 278 request, text layer ──
const x278 = lines({
  id: 's123-x278',
  kind: 's123-x12-278-referral-review-request-text',
  before: '278 outbound · trace 0311-PAIN-0093 · Network Health',
  text: [
    'ST*278*[10304]*005010X217~BHT*0007*13*0311PAIN0093*20260311*1412~',
    'NM1*X3*2*NETWORK HEALTH PLAN*****PI*[39180]~',
    'UM*HS*I*2*22:B**Y~HI*ABK:G5762~',
    'SV1*HC:{64632}:LT*2040*UN*2~',
    'SV1*HC:{76942}*310*UN*1~',
    'N3*2210 FORDEM AVE~N4*MADISON*WI*[53704]~SE*18*[10304]~',
  ].join('\n'),
});

// ── 16. HL7 SIU scheduling message, text layer ──
const siu = lines({
  id: 's123-siu',
  kind: 's123-hl7-siu-s12-appointment-message-text',
  before: 'Interface monitor · Cadence outbound SIU to procedure-room board',
  text: [
    'MSH|^~\\&|CADENCE|LVH|PROCBOARD|LVH|202603111419||SIU^S12|[77346]|P|2.5',
    'SCH|[40118]-0311-07|||||BLOCK-US^BLOCK-US SCIATIC|||45|MIN|^^45^202603180730',
    'PID|1||00418822^^^LVH^MR||HALVORSEN^RUTH||19580612|F|||18 Oak Ln^^Verona^WI^[53593]',
    'AIS|1||{64445}^SCIATIC NERVE BLOCK SINGLE^CPT|202603180730|||45|MIN',
    'AIS|2||{76942}^US GUIDANCE NEEDLE^CPT|202603180730|||5|MIN',
    'AIL|1||PROCB^PROC SUITE B^^[10450]',
  ].join('\n'),
});

// ── 17. FHIR ServiceRequest JSON, text layer ──
const fhirSr = lines({
  id: 's123-fhirsr',
  kind: 's123-fhir-servicerequest-referral-json-text',
  before: 'GET /fhir/R4/ServiceRequest/ref-81517',
  text: [
    '{ "resourceType": "ServiceRequest", "id": "ref-[81517]", "status": "active", "intent": "order",',
    '  "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}",',
    '    "display": "Neuroplasty; lumbar plexus" }, { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" } ] },',
    '  "subject": { "reference": "Patient/[90371]" }, "requester": { "reference": "Practitioner/[41558]" },',
    '  "note": [ { "text": "Pt prefers callbacks after 3pm; ZIP [53590]" } ] }',
  ].join('\n'),
});

// ── 18. Patient portal message thread, text layer ──
const portalThread = lines({
  id: 's123-portal',
  kind: 's123-patient-portal-message-thread-text',
  before: 'MyChart message · Subject: Question about my bill for the foot injection · Conversation 64632',
  text: [
    'Patient (03/20 7:48 PM): My EOB says code {64632} was denied. The doctor said it was just a shot. Which is right?',
    'Patient Access (03/21 9:02 AM): Hi Pa, thank you for writing. On 03/19 Dr. Achebe did a neurolysis, which is billed as {64632}.',
    'Patient Access (03/21 9:03 AM): Your first visit in January was the injection ({64455}). We have opened billing ticket [46175].',
    'Patient (03/21 11:15 AM): OK. My insurance is Network Health, group [64712]. Do I need to call them?',
    'Patient Access (03/21 1:30 PM): No need. We sent the clinical notes; reply here or call 608-555-0140 opt 3.',
  ].join('\n'),
});

// ── 19. Help-desk ticket thread, text layer ──
const ticket = lines({
  id: 's123-ticket',
  kind: 's123-contact-center-helpdesk-ticket-thread-text',
  before: 'ServiceDesk · Ticket #64712 · Priority P3 · Category: Scheduling build',
  text: [
    'Requester: PAC supervisor (agent [20401]) · Opened 03/04 10:12 · Assigned: Cadence analyst team [37911]',
    'Issue: visit type [40131] CHEMO-FACE still links to {64612} but physicians now also book bilateral; need a 2nd VT?',
    'Analyst reply: bilateral is billed {64612}-50 on one line; no new VT needed. Added note to VT [40131] in build.',
    'Follow-up: also retire VT [40150] (NEUROPLASTY PREOP, {64712}/{64714}) - moved to Surgery Scheduling 02/01.',
    'Resolution: change CR-[59120] migrated to PRD 03/06 02:00. Closing ticket [64712].',
  ].join('\n'),
});

// ── 20. Queue stats dashboard grid ──
const queueStats = table({
  id: 's123-qstats',
  kind: 's123-call-center-queue-stats-dashboard',
  caption: 'Real-time queue view · Patient Access · interval 09:00–09:30 · refreshed 09:31:05',
  headers: ['Queue', 'Name', 'Offered', 'Handled', 'Aband.', 'ASA (s)', 'AHT (s)', 'SL 80/30'],
  rows: [
    ['[53147]', 'PNC Scheduling', '142', '131', '11', '48', '412', '76%'],
    ['[64612]', 'Price Estimates', '38', '36', '2', '22', '506', '89%'],
    ['[54128]', 'Drug Auth / Botox', '19', '17', '2', '61', '655', '68%'],
    ['[53719]', 'Referral Intake', '57', '55', '2', '30', '389', '84%'],
    ['ALL', 'All queues (MTD)', '[31844]', '[30207]', '1637', '41', '438', '81%'],
  ],
});

// ── 21. Agent scorecard grid ──
const scorecard = table({
  id: 's123-scorecard',
  kind: 's123-agent-performance-scorecard-grid',
  caption: 'Agent scorecard · February 2026 · PNC team · top procedure codes scheduled',
  headers: ['Agent ID', 'Calls', 'AHT', 'Hold %', 'QA', 'Top code sched.', ''],
  rows: [
    ['[20417]', '1184', '6:52', '4.1', '94', '{64445}', '{99213}'],
    ['[20433]', '1026', '7:30', '5.6', '91', '{64632}', '{64455}'],
    ['[20452]', '1207', '7:05', '3.9', '96', '{64612}', '{64615}'],
    ['[64632]', '842', '8:11', '7.2', '88', '{99204}', '{64445}'],
  ],
});

// ── 22. IVR menu map, text layer ──
const ivrMap = lines({
  id: 's123-ivrmap',
  kind: 's123-ivr-menu-map-tree-text',
  before: 'IVR map · 608-555-0140 Lakeview Pain & Peripheral Nerve Center · rev 12 · node ids in brackets',
  text: [
    'Main greeting (node [10000]) → language select → "If this is a medical emergency, hang up and dial 911."',
    '  1 Schedule or change a procedure → node [64612] → queue [53147] (PNC Scheduling)',
    '  2 After a nerve block: numbness, pain or questions → node [10112] → Nurse line ext. [64445]',
    '  3 Billing and price estimates → node [10120] → queue [64612] (Price Estimates)',
    '  4 Referring offices and referral status → node [10133] → queue [53719]',
    '  0 Operator → ext. [21190]; after hours → answering service (fax 608-555-0199)',
  ].join('\n'),
});

// ── 23. IVR routing XML export, text layer ──
const ivrXml = lines({
  id: 's123-ivrxml',
  kind: 's123-ivr-routing-xml-export-text',
  before: 'export_routing_PNC_rev12.xml',
  text: [
    '<RoutingPoint id="[64612]" dnis="4417" name="PNC_MAIN_OPT1">',
    '  <Queue id="[53147]" skill="[53719]" priority="5" overflowTo="[53161]" overflowSec="180"/>',
    '  <Prompt file="pnc_opt1_sched.wav" text="To schedule a nerve block or Botox visit, press 1."/>',
    '  <Attribute name="zipLookup" default="[53719]"/>',
    '</RoutingPoint>',
  ].join('\n'),
});

// ── 24. Speech-analytics CSV export, text layer ──
const speechCsv = lines({
  id: 's123-speechcsv',
  kind: 's123-speech-analytics-category-hits-csv-text',
  before: 'speech_category_hits_2026-03-10.csv (NICE Interaction Analytics export)',
  text: [
    'interaction_id,agent_id,queue_id,category_id,category,phrase_hit,cpt_mentioned,talk_sec',
    '7741902255,[20417],[53147],[64714],Procedure code read-back,"six four four four five",{64445},412',
    '7741902301,[20433],[64612],[30517],Price inquiry,"how much is the foot",{64632},506',
    '7741902377,[20452],[54128],[30522],Auth escalation,"botox for my face",{64612},655',
    '7741902410,[20417],[53719],[30529],Wrong department,"nerve surgery",{64712},188',
  ].join('\n'),
});

// ── 25. Speech-analytics transcript excerpt, text layer ──
const transcript = lines({
  id: 's123-transcript',
  kind: 's123-call-transcript-excerpt-text',
  before: 'Transcript · interaction 7741902255 · agent 20417 · auto-redacted',
  text: [
    '00:41 CALLER: the paper from my surgeon says code 6-4-4-4-5, and then it says {64712} further down.',
    '00:52 AGENT: okay, the {64445} is the nerve block, that one I can schedule with us today.',
    '01:05 AGENT: the {64712} is the surgery itself, that is booked by the surgery office, extension [37204].',
    '01:19 CALLER: and my zip is [53718], do you still have me at the Verona address?',
    '01:40 AGENT: I have your case number as [64712]... sorry, CS-[64712], I will note it there.',
  ].join('\n'),
});

// ── 26. Callback queue grid ──
const callbacks = table({
  id: 's123-callbacks',
  kind: 's123-scheduled-callback-queue-grid',
  caption: 'Callback list 64445 · PNC · virtual hold and web requests · 03/11',
  headers: ['Req', 'Callback #', 'Window', 'Topic', 'Code given', 'Attempts'],
  rows: [
    ['[91730]', '608-555-0193', '13:00-15:00', 'Reschedule block', '{64445}', '0'],
    ['[91744]', '414-555-0162', 'ASAP', 'Estimate', '{64632}', '1'],
    ['[91751]', '608-555-0171', '09:00-11:00', 'Botox appt', '{64612} bilat', '0'],
    ['[91768]', '262-555-0150', 'any', 'Surgery question', '{64714}', '2'],
  ],
});

// ── 27. Cancellation / reschedule log grid ──
const cancelLog = table({
  id: 's123-cancel',
  kind: 's123-cancellation-reschedule-log-grid',
  caption: 'Appointment cancellations and reschedules · PNC · week of 03/09',
  headers: ['Appt ID', 'Visit type', 'CPT', 'Orig date', 'Action', 'Reason code', 'By'],
  rows: [
    ['[88102]', 'BLOCK-US SCIATIC', '{64445}', '03/10', 'Resched 03/18', 'PT-[11210] no driver', '[20417]'],
    ['[88115]', 'CHEMO-FACE', '{64612}', '03/11', 'Cancelled', "AUTH-[11214] not rec'd", '[20452]'],
    ['[88131]', 'FOOT-NEUROLYSIS', '{64632}', '03/12', 'Resched 03/19', 'PT-[11210]', '[20433]'],
    ['[88140]', 'NEW PT CONSULT', '{99204}', '03/13', 'No-show', 'NS', 'system'],
  ],
});

// ── 28. Wrap-up / disposition code table ──
const wrapCodes = table({
  id: 's123-wrapup',
  kind: 's123-wrap-up-disposition-code-table',
  caption: 'Wrap-up codes (disposition) — Patient Access — agents pick one per call',
  headers: ['Wrap code', 'Label', 'Counts toward', 'Typical CPT on call'],
  rows: [
    ['[30126]', 'Scheduled - new procedure', 'Conversion', '{64445}, {64632}, {64612}'],
    ['[30131]', 'Rescheduled', 'Retention', 'any'],
    ['[30140]', 'Transferred - surgery sched', 'Transfer', '{64712}, {64714}'],
    ['[30155]', 'Price estimate given', 'Estimate', '{64632}'],
    ['[30162]', 'Nurse triage warm transfer', 'Clinical', 'post {64445}'],
  ],
});

// ── 29. Knowledge-base article, text layer ──
const kbArticle = lines({
  id: 's123-kb',
  kind: 's123-agent-knowledge-base-article-text',
  before: 'KB0031172 · How to schedule Botox (chemodenervation) for hemifacial spasm · Patient Access',
  text: [
    'Applies to: chemodenervation codes {64612}-{64617}, Neurology and Pain PNC. Last reviewed 02/2026 by the Access training team (queue [54128]).',
    'Hemifacial spasm and blepharospasm Botox is {64612} (one side) or {64612} with modifier 50 (both sides).',
    'Chronic migraine Botox is a different code, {64615}; do not book it into CHEMO-FACE.',
    'Drug prior auth is done by Specialty Pharmacy, ext. [64612]; do not schedule until the auth # is in the referral.',
    'Related: KB0031180 (nerve blocks {64445}, {64447}), KB0031191 (Morton neuroma {64455} / {64632}).',
  ].join('\n'),
});

// ── 30. Appointment confirmation letter, text layer ──
const apptLetter = lines({
  id: 's123-apptletter',
  kind: 's123-appointment-confirmation-letter-text',
  before: 'Lakeview Health · Pain & Peripheral Nerve Center · 5200 Research Park Dr, Madison WI 53719',
  text: [
    'Ruth Halvorsen · 18 Oak Ln · Verona, WI [53593]',
    'Your procedure is scheduled for Wednesday, March 18, 2026 at 7:30 AM (arrive 7:00 AM), Procedure Suite B.',
    'Procedure: ultrasound-guided sciatic nerve block (CPT {64445}). You must have a driver; do not eat 6 hours before.',
    'To reschedule call 608-555-0140, option 1, or ext. [64445] from any Lakeview phone.',
    'Letter id LTR-[53252] · Mail stop [10450] · Lakeview Health, PO Box [64714], Madison WI [53708]',
  ].join('\n'),
});

// ── 31. SMS reminder template, text layer ──
const smsTemplate = lines({
  id: 's123-sms',
  kind: 's123-sms-reminder-template-config-text',
  before: 'Reminder templates · channel SMS · template PNC_PROC_72H',
  text: [
    'Template id [70405] · Applies to visit types [40118], [40119], [40125], [40131]',
    'Body: "Lakeview: {PATIENT_FIRST}, your procedure is {APPT_DATE} at {APPT_TIME}. Reply C to confirm, R to reschedule."',
    'Suppress if linked proc in ({64712}, {64714}) (surgery sends its own), or if proc {64612} and drug auth missing.',
    'Short code [73911] · STOP/HELP text per carrier rules · sends 72h and 24h before.',
  ].join('\n'),
});

// ── 32. QA call audit form ──
const qaForm = table({
  id: 's123-qaform',
  kind: 's123-call-quality-audit-form',
  caption: 'QA evaluation · interaction 7741902255 · evaluator agent 20401 · form v[10314]',
  headers: ['#', 'Criterion', 'Pts', 'Score', 'Evaluator comment'],
  rows: [
    ['1', 'Verified two identifiers', '10', '10', 'Name + DOB'],
    ['2', 'Read back procedure and code', '15', '15', 'Read {64445} back correctly; explained {64712} is separate'],
    ['3', 'Confirmed callback number / ZIP', '10', '5', 'Did not confirm ZIP [53718] vs new address'],
    ['4', 'Correct wrap-up', '5', '5', '[30126]'],
    ['5', 'Warm transfer when needed', '10', '10', 'Offered transfer to ext. [37204]'],
  ],
});

// ── 33. Workforce forecast grid ──
const wfm = table({
  id: 's123-wfm',
  kind: 's123-workforce-forecast-interval-grid',
  caption: 'WFM forecast vs actual · PNC scheduling queue 53147 · March 2026 weeks',
  headers: ['Week', 'Fcst calls', 'Actual', 'Fcst AHT', 'Req FTE', 'Sched FTE', 'Note'],
  rows: [
    ['03/02', '3410', '3522', '430', '11.8', '11.0', 'Annual deductible reset calls'],
    ['03/09', '3380', '3291', '425', '11.6', '12.0', ''],
    ['MTD', '[13520]', '[13609]', '428', '—', '—', 'Plan id [53303]'],
    ['Q1', '[41200]', '[40966]', '431', '—', '—', 'Cost ctr [64714]'],
  ],
});

// ── 34. Voicemail transcription list ──
const voicemails = table({
  id: 's123-vm',
  kind: 's123-voicemail-transcription-list',
  caption: 'Voicemail box 64445 (nurse line) · unplayed 4',
  headers: ['Received', 'From', 'Transcription (auto)', 'Len'],
  rows: [
    [
      '03/19 06:12',
      '608-555-0193',
      'Hi this is Ruth, I had the nerve block yesterday, sixty-four four forty-five, my leg is still numb',
      '0:41',
    ],
    ['03/19 07:30', '920-555-0144', 'Calling about the Botox, the {64612}, my eyelid is drooping a little', '0:38'],
    ['03/19 08:02', '414-555-0162', 'Estimate number [88451], I never got it in the mail, my zip is [53215]', '0:29'],
    ['03/19 08:45', '715-555-0190', 'I got a letter about my foot shot, code {64632}, please call me back', '0:22'],
  ],
});

// ── 35. Online estimate request form submission, text layer ──
const webEstimate = lines({
  id: 's123-webest',
  kind: 's123-online-price-estimate-request-submission-text',
  before: 'Web form submission · Request a price estimate · received 03/10 21:44 · routed to queue 64612',
  text: [
    'Name: Dana Kessler · Phone: 920-555-0131 · ZIP: [54952] · Insurance: Network Health',
    'Procedure code(s), if known: {64714}, {64712}',
    'Description: "my surgeon wants to do a nerve release in my hip and back, and a block first ({64445})"',
    'Preferred contact: phone · Request id WEB-[33015] · Assigned to agent [20452]',
  ].join('\n'),
});

// ── 36. Department phone directory ──
const directory = table({
  id: 's123-directory',
  kind: 's123-department-extension-directory-grid',
  caption: 'Internal directory · Pain & Peripheral Nerve service line · 5-digit dialing',
  headers: ['Team', 'Ext.', 'Queue', 'Fax', 'Mail stop', 'Handles'],
  rows: [
    ['Nurse line', '[64445]', '[53161]', '608-555-0191', '[10450]', 'post-block triage'],
    ['Price estimates', '[21190]', '[64612]', '608-555-0192', '[10453]', 'quotes, GFEs'],
    ['Specialty pharmacy (Botox auth)', '[64612]', '[54128]', '608-555-0197', '[10461]', '{64612}, {64615}'],
    ['Surgery scheduling', '[37204]', '[53167]', '608-555-0196', '[10472]', '{64712}, {64714}, {64708}'],
  ],
});

// ── 37. Pre-procedure instruction call script, text layer ──
const prepScript = lines({
  id: 's123-prepscript',
  kind: 's123-pre-procedure-instruction-call-script-text',
  before: 'Pre-procedure call · 2 business days before · PNC RN/LPN',
  text: [
    'Confirm procedure against the schedule: nerve block ({64445}/{64447}), foot neurolysis ({64632}), or facial Botox ({64612}).',
    'Blood thinners: for {64445} and {64447} ask about warfarin, apixaban, clopidogrel; route to MD pool [42231] if yes.',
    'Driver required for all blocks. Not required for {64612} unless the patient was sedated before.',
    'Document in the call note; if patient reports new numbness or infection, reschedule and send to queue [53161].',
    'Nurse call over 5 min may be charged {98966}; over 10 min {98967}. Use smart phrase .PNCPREP ([10466]).',
  ].join('\n'),
});

export const sealed123: Snippet[] = [
  ...callHeader,
  ...caseNotes,
  ...triageNote,
  ...dayAfter,
  ...schedScript,
  ...visitTypes,
  ...vtCsv,
  ...orderMap,
  ...priceScript,
  ...estimate,
  ...gfe,
  ...refQueue,
  ...refFax,
  ...authGrid,
  ...x278,
  ...siu,
  ...fhirSr,
  ...portalThread,
  ...ticket,
  ...queueStats,
  ...scorecard,
  ...ivrMap,
  ...ivrXml,
  ...speechCsv,
  ...transcript,
  ...callbacks,
  ...cancelLog,
  ...wrapCodes,
  ...kbArticle,
  ...apptLetter,
  ...smsTemplate,
  ...qaForm,
  ...wfm,
  ...voicemails,
  ...webEstimate,
  ...directory,
  ...prepScript,
];
