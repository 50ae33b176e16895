import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 119 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s119-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (64704, 64708, 64713, 64455, 64450, 64615, 95874, 95886, 95910, 76942, 99213 ...) are labelled as codes too. About
 * two fifths of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as Colorado ZIPs, MRNs,
 * account, auth, case, message, query and pool ids. The five known codes' digits come back as decoys: two patient
 * MRNs, a statement number, a statement remit PO box, a charge-hold rule id, a group number, a FHIR requisition id,
 * a payer reference in a CSV export, a utilization-management PO box and a workers' comp policy number.
 *
 * Family: the clinician's EHR in-basket at a pain and peripheral-nerve practice: the staff message list pane and
 * folder tree, a message detail header, billing staff messages about held charges, the charge review hold grid,
 * system hold message and folder list, coding team queries (prose, response options, CCI edit table, response log),
 * prior auth messages (prose, auth grid, X12 278 response, payer determination letter PDF, pool CSV export), the
 * surgery scheduling request form, its procedure lines and pre-op checklist, results and order messages (HL7 ORU
 * EMG/NCS, imaging result, cosign orders, FHIR ServiceRequest JSON, HL7 DFT charge message), an Rx refill request and
 * patient advice requests quoting the bill with the attached statement and billing's reply, a sticky note, a denial
 * work queue message, a referral, the thread history pane, a provider reply, a telephone encounter, an encounter list,
 * in-basket search results, a workers' comp adjuster message, a charge correction grid and a procedure-day list.
 * Built on real public layouts: the Epic In Basket list and detail panes (folders with counts, received/from/
 * patient/subject columns), Epic charge review and authorization/certification activities, an X12 278 response
 * (BHT, HCR, SV1, N4), HL7 v2.5 ORU^R01 and v2.3 DFT^P03 (FT1) messages, a FHIR R4 ServiceRequest, and a patient
 * statement (date, description, code, charges, insurance paid, adjustments, you owe). The others are written the way
 * those pages read, with no single source.
 *
 * 327 labelled tokens over 40 shapes: 147 codes, 180 decoys, 71 of the decoys in KNOWN_10K.
 */

// ── 1. In-basket list pane, Staff Message folder (grid) ──
const listPane = table({
  id: 's119-list',
  kind: 's119-inbasket-staff-message-list-pane-grid',
  caption: 'In Basket — Staff Message (14 unread) — Dr. Priya Ranganathan',
  headers: ['', 'Received', 'From', 'Patient', 'MRN', 'Subject'],
  rows: [
    [
      '!',
      '03/09/2026 08:14',
      'Tallis, Monica (Billing)',
      'Okafor, Daniel',
      'E[40093]',
      'Charge held - {64712} RT missing op note',
    ],
    ['', '03/09/2026 07:52', 'Cho, Brandon (PA team)', 'Meyer, Joan', 'E[31064]', 'PA denied {64714}, peer to peer?'],
    [
      '',
      '03/08/2026 16:40',
      'Coding Team Pool',
      'Salas, Ruth',
      'E[55113]',
      'Query #[21057]: laterality for {64632} x2',
    ],
    ['', '03/08/2026 15:03', 'Front Desk Aurora', 'Whitcomb, Lee', 'E[64445]', 'Pt asking about bill'],
    ['', '03/08/2026 11:26', 'Surgery Scheduling', 'Okafor, Daniel', 'E[40093]', 'Case #[71236] needs CPT confirm'],
  ],
});

// ── 2. In-basket folder tree with counts, text ──
const folders = lines({
  id: 's119-folders',
  kind: 's119-inbasket-folder-tree-counts-text',
  before: 'My Messages',
  text: [
    'Charge Review (6)   Cosign - Clinic Orders (3)   Results (22)',
    'Staff Message (14)   Patient Advice Request (9)   Rx Request (4)',
    'Pool: FRPN CODING QUERIES [10133] (2)   Pool: FRPN PRIOR AUTH [10148] (7)',
    'Last refreshed 03/09/2026 08:20 · session [80014]-A · Englewood clinic',
  ].join('\n'),
});

// ── 3. Message detail header pane, text ──
const detailHeader = lines({
  id: 's119-dethdr',
  kind: 's119-inbasket-message-detail-header-text',
  before: 'Staff Message',
  text: [
    'From: Tallis, Monica (Billing Office)   To: Ranganathan, Priya MD   Sent: 03/09/2026 08:14',
    'Patient: Okafor, Daniel · DOB 07/21/1968 · MRN E[40093] · Acct [70089]',
    'Encounter: 03/04/2026 Front Range ASC Littleton · CSN 4410872235 · HAR [20123]',
    'Message #[30143] · Priority: High · Reply requested by 03/11/2026',
  ].join('\n'),
});

// ── 4. Staff message about a held charge, prose text ──
const chargeMsg = lines({
  id: 's119-chgmsg',
  kind: 's119-billing-staff-message-charge-prose-text',
  before: 'Dr. R — charge question',
  text: [
    'Hi Dr. R, the 3/4 charges for Mr. Okafor are sitting in hold. You entered {64712}-RT and {64445}-RT on the same line group.',
    'Coding says the sciatic block by the surgeon is bundled into {64712}, so unless anesthesia did it we drop {64445}.',
    'Also the op note is still unsigned, which is why the claim (batch [41204]) could not drop on Friday.',
    'Can you sign the note and tell me if the block stays? Thanks, Monica x[41131]',
  ].join('\n'),
});

// ── 5. Charge review hold grid (abbreviated headers) ──
const holdGrid = table({
  id: 's119-hold',
  kind: 's119-charge-review-hold-grid',
  caption: 'Charge Review — Held charges for CSN 4410872235 (3)',
  headers: ['Svc Dt', 'Proc', 'Mod', 'Qty', 'Dx', 'Amt', 'Hold Rsn', 'Chg ID'],
  rows: [
    ['03/04/2026', '{64712}', 'RT', '1', 'G57.01', '$2,318.00', 'DOC-UNSIGNED', 'C-[60119]'],
    ['03/04/2026', '{64445}', 'RT 59', '1', 'G57.01', '$612.00', 'NCCI-BUNDLE', 'C-[60122]'],
    ['03/04/2026', '{76942}', '26', '1', 'G57.01', '$148.00', 'NCCI-BUNDLE', 'C-[60128]'],
  ],
});

// ── 6. Charge review hold message body (system-generated), text ──
const holdNotice = lines({
  id: 's119-holdmsg',
  kind: 's119-charge-review-hold-system-message-text',
  before: 'Charge Review: action needed',
  text: [
    'This charge session was held by rule CR-[64612] (procedure billed with unsigned operative documentation).',
    'Procedure {64712} Neuroplasty major peripheral nerve, sciatic · Provider NPI 1457382910',
    'Secondary edit: NCCI column 2 code {64445} with column 1 {64712}, modifier indicator 1.',
    'Hold placed 03/05/2026 06:00 by batch job CHGHLD[10161]; release by signing or routing to pool [10133].',
  ].join('\n'),
});

// ── 7. Coding query from the coding team, prose ──
const codingQuery = lines({
  id: 's119-cq',
  kind: 's119-coding-team-query-prose-text',
  before: 'Coding Query #21057 — Salas, Ruth — DOS 03/02/2026',
  text: [
    'Dr. Ranganathan, your procedure note documents alcohol neurolysis of the 2nd and 3rd common digital nerves, left foot.',
    'The order was placed as {64632} x1. Since each nerve is a separate unit, should we code {64632} x2 with LT?',
    'If the 3rd interspace was only injected with steroid (no neurolytic agent), it would be {64455} instead.',
    'Please respond in the query; we cannot bill until it is closed (account [40107], due 03/12/2026).',
  ].join('\n'),
});

// ── 8. Coding query response options, checkbox list text ──
const cqOptions = lines({
  id: 's119-cqopt',
  kind: 's119-coding-query-response-options-text',
  before: 'Provider response (choose one)',
  text: [
    '[ ] Two nerves destroyed with neurolytic agent — bill {64632} LT x 2',
    '[ ] One nerve destroyed; one injected with anesthetic/steroid — {64632} LT, {64455} LT',
    '[ ] One nerve only — bill as ordered: {64632} LT x 1',
    '[ ] Other / clinically undetermined (explain)   Query template v[50042]',
  ].join('\n'),
});

// ── 9. Prior auth team staff message, prose ──
const paMsg = lines({
  id: 's119-pamsg',
  kind: 's119-prior-auth-staff-message-prose-text',
  before: 'RE: PA denied 64714, peer to peer?',
  text: [
    'Dr. R — Rocky Mountain Health Alliance denied the lumbar plexus neuroplasty ({64714}) for Joan Meyer, ref [55045]-PA.',
    'Reason: no documented 6 weeks of conservative care. They will allow a peer-to-peer until 03/13; line is 800-555-0199 opt 3.',
    'The sciatic neuroplasty {64712} on the same case was approved under auth [31153]. Group # [64632], member ID RMH8830217.',
    'If you want to drop {64714} and just do {64712}, I can tell scheduling today. — Brandon',
  ].join('\n'),
});

// ── 10. Prior auth status grid in the referral/auth activity ──
const authGrid = table({
  id: 's119-auth',
  kind: 's119-prior-auth-status-grid',
  caption: 'Authorizations/Certifications — Meyer, Joan (E31064)',
  headers: ['Auth #', 'Payer', 'Svc', 'Units', 'Status', 'From', 'To'],
  rows: [
    ['[31153]', 'RMHA Commercial', '{64712}', '1', 'Approved', '03/01/2026', '05/30/2026'],
    ['[55045]', 'RMHA Commercial', '{64714}', '1', 'Denied', '—', '—'],
    ['[31161]', 'RMHA Commercial', '{64445}', '1', 'Not required', '03/01/2026', '05/30/2026'],
    ['[24118]', 'RMHA Commercial', '{95907}, {95886}', '1 each', 'Approved', '01/15/2026', '04/15/2026'],
  ],
});

// ── 11. X12 278 response pasted into the PA message, text ──
const x278 = lines({
  id: 's119-x278',
  kind: 's119-prior-auth-x12-278-response-text',
  before: 'Payer response (278) attached by PA team',
  text: [
    'BHT*0007*11*PA[41302]*20260306*1412~',
    'NM1*X3*2*ROCKY MOUNTAIN HEALTH ALLIANCE*****PI*[80247]~',
    'HCR*A3*[55045]*N1~',
    'SV1*HC:{64714}*0*UN*1~',
    'HCR*A1*[31153]~',
    'SV1*HC:{64712}:RT*0*UN*1~',
    'N4*ENGLEWOOD*CO*[80110]~',
  ].join('\n'),
});

// ── 12. Surgery scheduling request form, text ──
const surgReq = lines({
  id: 's119-surgreq',
  kind: 's119-surgery-scheduling-request-form-text',
  before: 'Surgery Scheduling Request — Case #71236',
  text: [
    'Patient: Okafor, Daniel   MRN: E[40093]   Home ZIP: [80021]',
    'Primary procedure: Neuroplasty, sciatic nerve, right   CPT: {64712}   Laterality: Right',
    'Secondary: Sciatic nerve block, single shot (anesthesia)   CPT: {64445}   Performed by: Anesthesia',
    'Location: Front Range ASC, 7600 S Broadway, Littleton CO [80123]   Room: OR 2',
    'Requested date: 04/08/2026   Case length: 120 min   Auth: [31153] on file',
    'Equipment: nerve stimulator, microscope   Vendor rep: none   Case #[71236]',
  ].join('\n'),
});

// ── 13. Surgery scheduling procedure grid (no header wording on the code column) ──
const surgGrid = table({
  id: 's119-surggrid',
  kind: 's119-surgery-case-procedure-lines-grid',
  caption: 'Case procedures — #71236',
  headers: ['Seq', '', 'Procedure description', 'Side', 'Surgeon'],
  rows: [
    ['1', '{64712}', 'NEUROPLASTY SCIATIC NERVE', 'R', 'Ranganathan'],
    ['2', '{64704}', 'NEUROPLASTY NERVE HAND OR FOOT', 'R', 'Ranganathan'],
    ['3', '{64445}', 'NJX AA&/STRD SCIATIC NRV', 'R', 'Anes: Kowalczyk'],
  ],
});

// ── 14. Results message: EMG/NCS report, HL7 ORU text ──
const oru = lines({
  id: 's119-oru',
  kind: 's119-results-emg-ncs-hl7-oru-text',
  before: 'Result Note — EMG/NCS lower extremity',
  text: [
    'MSH|^~\\&|NEUROLAB|FRPN|EPIC|FRPN|202603021015||ORU^R01|[90175]|P|2.5.1',
    'PID|1||E[31064]^^^FRPN^MR||MEYER^JOAN||19570312|F|||412 Elm Ct^^Westminster^CO^[80031]',
    'OBR|1|ORD[30153]|NL[30151]|{95910}^NCS 7-8 STUDIES^CPT|||20260302',
    'OBR|2|ORD[30153]|NL[30152]|{95886}^EMG EA EXTREMITY COMPLETE^CPT|||20260302',
    'OBX|1|TX|IMP||Right sciatic neuropathy at the sciatic notch; candidate for {64712} per referring note.',
  ].join('\n'),
});

// ── 15. Order message: cosign clinic orders, text ──
const cosign = lines({
  id: 's119-cosign',
  kind: 's119-cosign-clinic-orders-message-text',
  before: 'Cosign - Clinic Orders (3)',
  text: [
    'Order #[20089]: PR CHEMODENERVATION FACIAL NERVE UNILATERAL (CPT® {64612}) — ordered by Ellis, Kara PA-C 03/06/2026',
    'Order #[20093]: PR NEEDLE EMG GUIDANCE CHEMODENERVATION (CPT® {95874}) — ordered by Ellis, Kara PA-C 03/06/2026',
    'Order #[20099]: onabotulinumtoxinA 100 unit inj (J0585) NDC [00023]-1145-01 — ordered by Ellis, Kara PA-C',
    'Pt: Chen, Howard · MRN E[10075] · Aurora clinic, 1444 S Potomac St, Aurora CO [80012]',
  ].join('\n'),
});

// ── 16. FHIR ServiceRequest JSON behind the order (debug view), text ──
const fhir = lines({
  id: 's119-fhir',
  kind: 's119-order-fhir-servicerequest-json-text',
  before: 'ServiceRequest (R4) — raw',
  text: [
    '"resourceType": "ServiceRequest", "id": "sr-[20133]", "status": "active", "intent": "order",',
    '"code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}",',
    '"display": "Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral" } ] },',
    '"subject": { "reference": "Patient/e[10075]" }, "requisition": { "value": "REQ-[64714]" },',
    '"orderDetail": [ { "text": "Left hemifacial spasm; with {95874} guidance" } ], "quantityQuantity": { "value": 1 }',
  ].join('\n'),
});

// ── 17. Rx refill request mentioning past procedures, text ──
const refill = lines({
  id: 's119-refill',
  kind: 's119-rx-refill-request-message-text',
  before: 'Rx Request — Whitcomb, Lee',
  text: [
    'Medication: gabapentin 300 mg capsule, take 1 cap TID · NDC [68180]-0191-01 · Qty 90 · Refills 0',
    'Pharmacy: King Soopers #[41062], 9551 W 104th Ave, Westminster CO [80021] · Ph 303-555-0118',
    'Pt comment: "Still using this after the foot nerve procedure in Jan (the {64632} on my statement). Running out Friday."',
    'Last filled 02/07/2026 · Last visit 01/22/2026 (procedure {64632} LT, f/u {99213}) · Protocol: PDMP reviewed',
  ].join('\n'),
});

// ── 18. Patient advice request quoting the bill, prose text ──
const advice = lines({
  id: 's119-advice',
  kind: 's119-patient-advice-request-bill-quote-text',
  before: 'Patient Advice Request — Subject: Question about my bill',
  text: [
    'Hello Dr. R, I got a statement for my January visit and I do not understand two lines. It says',
    '"01/22/26 PR DESTR NEUROLYTIC PLANTAR DIG NERVE {64632} $780.00" and "01/22/26 OFFICE VISIT {99213} $210.00".',
    'I thought the visit was part of the injection? My insurance member ID is RMH7719034 and the group is [80216].',
    'Also the statement number is [64712] and it says pay by 3/20. Can someone call me? Lee Whitcomb',
  ].join('\n'),
});

// ── 19. Statement excerpt the patient attached (portal image OCR), grid ──
const stmt = table({
  id: 's119-stmt',
  kind: 's119-patient-portal-attached-statement-grid',
  caption: 'Front Range Pain & Peripheral Nerve — Patient Statement — Stmt # 64712 — Acct 40091',
  headers: ['Date', 'Description', 'Code', 'Charges', 'Ins Paid', 'Adj', 'You Owe'],
  rows: [
    ['01/22/26', 'DESTR NEUROLYTIC PLANTAR DIG NERVE', '{64632}', '780.00', '402.16', '210.84', '167.00'],
    ['01/22/26', 'OFFICE/OUTPT VISIT EST', '{99213}', '210.00', '0.00', '0.00', '210.00'],
    ['01/22/26', 'ULTRASOUND GUIDANCE NEEDLE', '{76942}', '160.00', '0.00', '160.00', '0.00'],
    ['', 'Remit to PO Box [64712], Denver CO [80217]-0712', '', '', '', 'Total due', '377.00'],
  ],
});

// ── 20. Billing reply to the patient's advice request, prose ──
const billReply = lines({
  id: 's119-billreply',
  kind: 's119-billing-reply-to-patient-portal-text',
  before: 'RE: Question about my bill — from Aurora Billing Office',
  text: [
    'Hi Lee, the visit ({99213}) was billed with modifier 25 because Dr. R also evaluated your back that day.',
    'Your plan denied it as included with the nerve procedure ({64632}); we have appealed under claim [80078]-01.',
    'Please hold off paying the $210.00 until you hear from us. Your account number is [40091].',
    'Billing Office, 1444 S Potomac St, Suite 200, Aurora CO [80014] · Mon–Fri 8–4:30',
  ].join('\n'),
});

// ── 21. Sticky note on the patient (sidebar), text ──
const sticky = lines({
  id: 's119-sticky',
  kind: 's119-chart-sticky-note-text',
  before: 'Sticky Note (private) — Ranganathan, Priya',
  text: [
    'Okafor: RT sciatic neurolysis {64712} 4/8 ASC. Auth [31153]. Anes doing block ({64445}), NOT me.',
    'Meyer: P2P for {64714} by 3/13, ref [55045]. If lost, book {64712} only.',
    'Chen: Botox facial L {64612} q12wk, next due ~4/1; PA # [24131] good thru 9/30.',
    'Call back Sandra at Sedgwick (WC) re claim [10113] for Okafor.',
  ].join('\n'),
});

// ── 22. Denial follow-up message from the billing work queue, grid ──
const denials = table({
  id: 's119-denial',
  kind: 's119-denial-workqueue-message-grid',
  caption: 'Staff Message from WQ 1180 Pain Denials — 3 claims need provider input',
  headers: ['Claim', 'DOS', 'CPT/HCPCS', 'CARC', 'Payer', 'Bal'],
  rows: [
    ['[80078]-01', '01/22/2026', '{99213}-25', 'CO-97', 'RMHA', '$210.00'],
    ['[80082]-01', '02/11/2026', '{64612}, J0585 x60', 'CO-50', 'Centennial Care', '$1,164.20'],
    ['[80096]-02', '02/18/2026', '{64445}', 'CO-197', 'Sedgwick WC', '$612.00'],
    ['[90222]-01', '02/25/2026', '{20610}', 'CO-16', 'Medicare', '$118.40'],
  ],
});

// ── 23. Charge review folder list (the "hold" messages), grid ──
const chgFolder = table({
  id: 's119-chgfold',
  kind: 's119-charge-review-folder-list-grid',
  caption: 'Charge Review (6)',
  headers: ['Svc date', 'Patient', 'Procedures', 'Reason', 'Session'],
  rows: [
    ['03/04/2026', 'Okafor, Daniel', '{64712}-RT, {64445}-RT, {76942}-26', 'Unsigned note; CCI', '[60031]'],
    ['03/02/2026', 'Salas, Ruth', '{64632}-LT', 'Open coding query [21057]', '[60039]'],
    ['02/27/2026', 'Chen, Howard', '{64612}-LT, {95874}', 'Drug units > MUE', '[60050]'],
    ['02/26/2026', 'Navarro, Ines', '{64714}', 'No auth on file', '[60052]'],
    ['02/25/2026', 'Brandt, Olaf', '{64450}, {64455}', 'Dx not covered (LCD [33818])', '[60055]'],
  ],
});

// ── 24. Coding team CCI/MUE query table, grid ──
const cciQuery = table({
  id: 's119-cci',
  kind: 's119-coding-team-cci-edit-query-grid',
  caption: 'Coding Team — edit review for Dr. Ranganathan, week of 03/02/2026',
  headers: ['Col 1', 'Col 2', 'Ind', 'Suggested', 'Query'],
  rows: [
    ['{64712}', '{64445}', '1', 'Drop col 2 unless separate provider', '[21063]'],
    ['{64712}', '{64704}', '1', '59/XS if different nerve, same op', '[21064]'],
    ['{64612}', '{95874}', '0', 'Bill both', '—'],
    ['{64714}', '{64712}', '1', 'Separate incisions documented? add XS', '[21068]'],
  ],
});

// ── 25. Coding query audit/response log, grid ──
const cqLog = table({
  id: 's119-cqlog',
  kind: 's119-coding-query-response-log-grid',
  caption: 'My Coding Queries — last 30 days',
  headers: ['Query #', 'Pt MRN', 'DOS', 'Original', 'Final', 'Closed'],
  rows: [
    ['[21057]', 'E[55113]', '03/02/2026', '{64632} x1', '{64632} x2 LT', 'Open'],
    ['[21047]', 'E[30098]', '02/19/2026', '{64640}', '{64632}', '02/21/2026'],
    ['[21038]', 'E[10075]', '02/11/2026', '{64615}', '{64612}', '02/12/2026'],
    ['[21028]', 'E[41089]', '02/04/2026', '{64447}', '{64445}', '02/05/2026'],
  ],
});

// ── 26. Referral received message, text ──
const referral = lines({
  id: 's119-referral',
  kind: 's119-incoming-referral-message-text',
  before: 'Referral Received — Navarro, Ines',
  text: [
    'Referral #[70131] from Dr. Amal Haddad, Cherry Creek Orthopedics, 3773 Cherry Creek N Dr, Denver CO [80209]',
    'Reason: L lumbosacral plexopathy after pelvic fracture; requests eval for plexus neuroplasty ({64714}).',
    'Visits authorized: 2 ({99204}, {99214}) · Ref auth [70138] · Expires 06/30/2026 · MRN E[60061]',
    'Prior workup: MRI pelvis 11/2025 (acc [90035]), EMG {95886} 12/2025 at Littleton Neuro.',
  ].join('\n'),
});

// ── 27. Imaging order result acknowledgment, text ──
const imagingResult = lines({
  id: 's119-imgres',
  kind: 's119-results-imaging-order-ack-text',
  before: 'Results — MR LUMBAR PLEXUS W WO CONTRAST — Final',
  text: [
    'Accession: [90191] · Ordered 02/20/2026 · Resulted 02/24/2026 15:41 · Order #[20041]',
    'Impression: thickening of the left L4 root at the plexus; correlate clinically before {64714}.',
    'Performing site: Englewood Imaging, 3601 S Clarkson St, Englewood CO [80113]',
    'Billed as {72197}; technical by Englewood Imaging, professional read by Radiology Partners ([20062]).',
  ].join('\n'),
});

// ── 28. Message thread / history pane, grid ──
const thread = table({
  id: 's119-thread',
  kind: 's119-message-thread-history-pane-grid',
  caption: 'Conversation — Okafor, Daniel — 5 messages',
  headers: ['When', 'Who', 'Msg', 'Text (preview)'],
  rows: [
    ['03/05 06:00', 'Charge Review', '[30110]', 'Session held: {64712} unsigned documentation'],
    ['03/05 09:12', 'Tallis, M', '[30112]', 'Routed to Dr. R for signature'],
    ['03/09 08:14', 'Tallis, M', '[30143]', 'Block {64445} bundled? please advise'],
    ['03/09 10:02', 'Ranganathan, P', '[30146]', 'Signed. Anes did the block, drop {64445} from my session'],
  ],
});

// ── 29. Provider reply in the thread, prose ──
const reply = lines({
  id: 's119-reply',
  kind: 's119-provider-reply-staff-message-text',
  before: 'Reply to Tallis, Monica',
  text: [
    'Monica — note signed. Kowalczyk did the popliteal/sciatic block for post-op pain, so drop {64445} from my session;',
    "anesthesia will bill it on their side with 59. Keep {64712}-RT and the ultrasound {76942}-26 off too (that's theirs).",
    'The ASC facility claim goes out separately from their billing office (fed tax ID ends 0089, site [10121]).',
  ].join('\n'),
});

// ── 30. In-basket CSV export of pool messages, text ──
const csv = lines({
  id: 's119-csv',
  kind: 's119-inbasket-pool-export-csv-text',
  before: 'Export — FRPN PRIOR AUTH pool — 03/09/2026',
  text: [
    'msg_id,received,patient_mrn,cpt,payer,status,payer_ref',
    '[41170],2026-03-06,E[31064],{64714},RMHA,DENIED,[55045]',
    '[41172],2026-03-06,E[31064],{64712},RMHA,APPROVED,[31153]',
    '[41174],2026-03-07,E[10075],{64612},Centennial Care,PENDING,CC-[64445]',
    '[41177],2026-03-08,E[60061],{64714};{99204},Sedgwick WC,SUBMITTED,[88203]',
  ].join('\n'),
});

// ── 31. Payer authorization letter attached to the PA message (PDF text layer) ──
const paLetter = lines({
  id: 's119-paletter',
  kind: 's119-payer-auth-determination-letter-pdf-text',
  before: 'Attachment: RMHA_Determination_55045.pdf (page 1 of 2)',
  text: [
    'Rocky Mountain Health Alliance · Utilization Management · PO Box [64714] · Denver, CO [80238]',
    'Re: Joan Meyer   Member ID: RMH4402196   Case: [55045]   Date: 03/06/2026',
    'Requested service: Neuroplasty; lumbar plexus (CPT {64714}) — NOT MEDICALLY NECESSARY',
    'Approved service: Neuroplasty; sciatic nerve (CPT {64712}) — authorization [31153], 1 unit',
    'Clinical policy applied: UM-[40120] Peripheral Nerve Decompression, rev. 01/2026',
  ].join('\n'),
});

// ── 32. HL7 DFT charge message behind the charge session, text ──
const dft = lines({
  id: 's119-dft',
  kind: 's119-charge-session-hl7-dft-text',
  before: 'Interface message (DFT^P03) — troubleshooting view',
  text: [
    'MSH|^~\\&|EPIC|FRPN|PMS|FRPN|202603051200||DFT^P03|[70213]|P|2.3',
    'FT1|1|[60119]||20260304|20260304|CG|{64712}^NEUROPLASTY SCIATIC^CPT|||1|||||||||G57.01|||||RT',
    'FT1|2|[60122]||20260304|20260304|CG|{64445}^NJX SCIATIC NERVE^CPT|||1|||||||||G57.01|||||RT~59',
    'PV1|1|O|ASC^OR2^^[80123]||||1457382910^RANGANATHAN^PRIYA',
  ].join('\n'),
});

// ── 33. Encounter list pane in the chart review sidebar, grid ──
const encounters = table({
  id: 's119-enc',
  kind: 's119-chart-review-encounter-list-grid',
  caption: 'Chart Review — Encounters — Chen, Howard',
  headers: ['Date', 'Type', 'Dept', 'Provider', 'Procedures'],
  rows: [
    ['02/27/2026', 'Procedure visit', 'FRPN AURORA', 'Ellis, K', '{64612} LT; {95874}'],
    ['12/05/2025', 'Procedure visit', 'FRPN AURORA', 'Ellis, K', '{64612} LT'],
    ['09/12/2025', 'Office visit', 'FRPN ENGLEWOOD', 'Ranganathan, P', '{99204}'],
    ['09/12/2025', 'Scan', 'HIM', '—', 'Outside records, doc [10089]'],
  ],
});

// ── 34. Telephone encounter / patient call message, text ──
const phone = lines({
  id: 's119-phone',
  kind: 's119-patient-call-telephone-message-text',
  before: 'Telephone Encounter — Salas, Ruth — 03/08/2026 14:22',
  text: [
    'Pt called: numbness 2nd toe since the injection 3/2. Asking if normal after the alcohol shot ({64632}).',
    'Also asks whether the second nerve will be a separate charge; told her the coding team is reviewing.',
    'Callback 720-555-0164 · Prefers text · Address on file 1188 Ash St, Broomfield CO [80020]',
    'Routed to Dr. R and pool [10133] (ref query [21057]). — Dana, MA',
  ].join('\n'),
});

// ── 35. Surgery pre-op checklist message from the scheduler, text ──
const preop = lines({
  id: 's119-preop',
  kind: 's119-surgery-preop-checklist-message-text',
  before: 'Pre-op checklist — Case #71236 — Okafor, Daniel — DOS 04/08/2026',
  text: [
    '[x] Auth verified: RMHA [31153] covers {64712} RT, 1 unit, valid to 05/30/2026',
    '[x] Anesthesia consult booked 04/01 (Front Range Anesthesia group [88417]); block {64445} billed by anesthesia',
    '[ ] H&P within 30 days — PCP Dr. Ortiz, fax sent 03/09, confirmation [52804]',
    '[ ] Labs: BMP, CBC (order #[36615]), pt on apixaban — hold 48 h per cardiology',
    '[x] Implant/supply: none; nerve wrap on consignment, lot [19364] if needed (then add {64727}?)',
    '[x] Patient portal instructions sent, msg [44719]; arrival 06:00 at 7600 S Broadway, Littleton CO [80123]',
    '[ ] Post-op visit booked 04/22 (global, {99024}) · Work comp claim [10113] notified',
  ].join('\n'),
});

// ── 36. In-basket search results, grid ──
const search = table({
  id: 's119-search',
  kind: 's119-inbasket-search-results-grid',
  caption: 'Search In Basket: "neuroplasty" — 8 results (Done messages included)',
  headers: ['Folder', 'Date', 'Patient', 'Subject / first line', 'ID'],
  rows: [
    ['Staff Message', '03/09/2026', 'Okafor, D', 'Charge held - {64712} RT missing op note', '[30143]'],
    ['Charge Review', '03/05/2026', 'Okafor, D', 'Session held: {64712}', '[30110]'],
    ['Staff Message', '03/06/2026', 'Meyer, J', 'PA denied {64714}, approved {64712}', '[41243]'],
    ['Result Note', '03/02/2026', 'Meyer, J', 'EMG: candidate for neuroplasty', '[57320]'],
    ['Referral', '02/26/2026', 'Navarro, I', 'Plexus neuroplasty eval ({64714})', '[57288]'],
    ['Done', '11/14/2025', 'Pruitt, Al', 'Neuroplasty {64708} vs {64712}? coding reply', '[29963]'],
    ['Done', '10/02/2025', 'Pruitt, Al', 'Op note addendum for {64713} (brachial plexus)', '[29517]'],
  ],
});

// ── 37. Patient Advice Request folder list pane, grid ──
const parList = table({
  id: 's119-parlist',
  kind: 's119-patient-advice-request-list-pane-grid',
  caption: 'Patient Advice Request (9)',
  headers: ['Received', 'Patient', 'MRN', 'Subject', 'Msg #'],
  rows: [
    ['03/08 21:47', 'Whitcomb, Lee', 'E[64445]', 'Question about my bill', '[44702]'],
    ['03/08 19:10', 'Chen, Howard', 'E[10075]', 'Botox next appt / is {64612} covered this year', '[44698]'],
    ['03/08 12:33', 'Salas, Ruth', 'E[55113]', 'Toe numb after shot', '[44690]'],
    ['03/07 09:05', 'Brandt, Olaf', 'E[72516]', 'Bill says {64455} twice?', '[44671]'],
    ['03/06 17:58', 'Ibarra, Gloria', 'E[50099]', 'FMLA form for surgery 4/15', '[44663]'],
  ],
});

// ── 38. Workers' comp adjuster message forwarded by the front desk, text ──
const wcMsg = lines({
  id: 's119-wc',
  kind: 's119-workers-comp-adjuster-forwarded-message-text',
  before: 'FW: Okafor, Daniel — WC claim — from Front Desk Englewood',
  text: [
    'From: Sandra Pike, Sedgwick CMS, PO Box [14451], Lexington KY [40512]-4451',
    'Claim [10113] / employer Alpine Freight, policy WC-[64632]-07. DOI 08/19/2025.',
    'We received the request for {64712} (right sciatic neuroplasty). Please send the op plan and the EMG ({95910}, {95886}).',
    'Per the Colorado fee schedule, bill on a CMS-1500 with the WC claim number in box 11; bill review by Mitchell, ref [71015].',
    'Prior payment history: 09/2025 {99204}; 10/2025 {64445} (diagnostic block) and {76942}; 12/2025 {99214}.',
  ].join('\n'),
});

// ── 39. Charge correction request from billing, grid ──
const correction = table({
  id: 's119-corr',
  kind: 's119-charge-correction-request-grid',
  caption: 'Charge correction requests awaiting provider approval',
  headers: ['Chg ID', 'Pt', 'DOS', 'Billed', 'Change to', 'Why', 'Claim'],
  rows: [
    ['C-[60119]', 'Okafor', '03/04/2026', '{64712}-RT', 'no change', 'note signed', 'hold'],
    ['C-[60122]', 'Okafor', '03/04/2026', '{64445}-RT-59', 'void', 'anesthesia bills block', 'hold'],
    ['C-[58831]', 'Salas', '03/02/2026', '{64632}-LT x1', '{64632}-LT x2', 'query [21057]', '—'],
    ['C-[58796]', 'Brandt', '02/25/2026', '{64455} x2', '{64455}, {64450}', 'one was a sural block', '[81402]-01'],
    ['C-[58770]', 'Chen', '02/27/2026', 'J0585 x100', 'J0585 x60 + JW x40', 'waste documented', '[80082]-01'],
  ],
});

// ── 40. Procedure day schedule message (tomorrow's list), grid ──
const dayList = table({
  id: 's119-daylist',
  kind: 's119-procedure-day-schedule-message-grid',
  caption: "Tomorrow's procedure list — Aurora procedure room — 03/10/2026",
  headers: ['Time', 'Patient', 'MRN', 'Planned', 'PA', 'Appt'],
  rows: [
    ['07:30', 'Chen, Howard', 'E[10075]', '{64612} L + {95874}', 'CC [24131]', '[38462]'],
    ['08:15', 'Brandt, Olaf', 'E[72516]', '{64450} sural, {64455}', 'n/a', '[38467]'],
    ['09:00', 'Kaye, Miriam', 'E[52277]', '{64632} RT 3rd web', 'not req', '[38471]'],
    ['09:45', 'Duval, Rene', 'E[52309]', '{64615} (migraine)', 'RMHA [31198]', '[38474]'],
  ],
});

export const sealed119: Snippet[] = [
  ...listPane,
  ...folders,
  ...detailHeader,
  ...chargeMsg,
  ...holdGrid,
  ...holdNotice,
  ...codingQuery,
  ...cqOptions,
  ...paMsg,
  ...authGrid,
  ...x278,
  ...surgReq,
  ...surgGrid,
  ...oru,
  ...cosign,
  ...fhir,
  ...refill,
  ...advice,
  ...stmt,
  ...billReply,
  ...sticky,
  ...denials,
  ...chgFolder,
  ...cciQuery,
  ...cqLog,
  ...referral,
  ...imagingResult,
  ...thread,
  ...reply,
  ...csv,
  ...paLetter,
  ...dft,
  ...encounters,
  ...phone,
  ...preop,
  ...search,
  ...parList,
  ...wcMsg,
  ...correction,
  ...dayList,
];
