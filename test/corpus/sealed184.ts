import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 184 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s184-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64447, 64448, 64450, 64615, 64640, 64708, 64713, 64999, 01250, 76942, 95874, 95886 …),
 * including codes with modifiers attached ({64712}-RT, {64714}-80, {64612}-50), codes inside routing-rule keyword
 * strings, X12 SV1 composites and HL7 OBX values. OCR-garbled codes (6463Z, 6471Z, 9587A) are not five-digit runs and
 * carry no label. The decoys are what a fax office really shows: fax server job ids (a sequential counter that
 * happens to run through 646xx–649xx), line speed (14400 bps), rule, policy, archive-volume and build ids, payer case,
 * reference, UR, tracking, auth and batch numbers, payer ids, order, case, account and conference ids, X12 control
 * numbers, an HL7 message control id, PO boxes and ZIPs, a CMS form number, denial reason and reviewer codes. About a
 * third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K), used as ZIPs, an archive volume,
 * payer form and cover-form numbers, a message id, a claim number, an adjuster id, a fax error code, a retention
 * policy id, a TTI sender id, job and order ids and auth numbers. The five known codes' digits come back as decoys: inbound and
 * outbound fax job numbers (and the job's TIFF file name), an HL7 message control id, the payer's PO boxes, a payer
 * fax tracking number (and the tracker's "Payer ref" cell holding it), a sender's TX# in a TTI header, a payer cover
 * batch number, a fax cover-page id, our own PA reference number and a webhook callback sequence.
 *
 * Family: the e-fax inbox and fax-based prior authorization at a pain and peripheral-nerve practice: the fax
 * server's inbound queue and routing rules, OCR text of incoming payer fax forms and determinations (with OCR noise),
 * outgoing fax cover sheets and transmission reports, the indexing screen that files faxes to charts, and the staff's
 * tracking spreadsheet of pending authorizations. One (fictional) story: Cottonwood Pain & Nerve Center, Halstead
 * Crossing, KS, one Wednesday in June 2026 on its PA-NEURO fax queue — Darla Voss's right sciatic neuroplasty and
 * block (Bluestem Community Care; the re-fax fails, the portal takes it, the determination comes back by fax),
 * Marcus Ybarra's lumbar plexus neuroplasty (Heartland Plains Health approves, surgery moves, an extension is faxed),
 * Ellen Fairchild's facial chemodenervation (Sunflower Advantage denies, peer-to-peer, appeal), Gordon Tebbe's
 * Morton neuroma neurolysis (a workers' compensation request for information) and Ruth Haldane's femoral block
 * referral that arrives in an 11-page misfax.
 * Pages: the fax server inbound queue, routing rules console, event log, DID mapping, XML job metadata, failed and
 * confirmed transmission reports, e-mail notification, a cloud e-fax webhook, the monthly dashboard, archive keyword
 * search; OCR text layers of a payer PA request form, approval, denial (with appeal-rights page and the policy
 * excerpt), request for information, peer-to-peer notice, receipt acknowledgement, inbound cover sheet, TTI header
 * lines, a handwritten referral, a payer's PA code list and a service-line determination table; OCR field review and
 * duplicate detection screens; outgoing cover sheet, retro-auth letter, extension form and appeal cover; the EHR
 * indexing form, patient search, batch split, HL7 MDM, orders-pending-auth worklist and surgical auth checklist; a
 * 278 response printout; the tracker spreadsheet (pending sheet, CSV export, cell comments, pivot, payer fax
 * directory, data-validation list) and the staff's team chat.
 * Built on real public layouts: OpenText RightFax FaxUtil inbox columns and its inbound routing rules, the classic
 * fax-machine "TRANSMISSION REPORT" / "TX RESULT OK" confirmation and TTI page-header lines, payers' fax PA request
 * forms and the Medicare Advantage denial notice (CMS-10003-NDMCP) with its appeal-rights page, EHR fax inbox
 * document-indexing screens (athenahealth / eClinicalWorks style document classification and patient match), HL7
 * v2.5.1 MDM^T02, X12 005010X217 278 response segments, cloud-fax webhook JSON (eFax/Fax.Plus style), Excel
 * trackers with PivotTables, comments and data-validation lists. The others are written the way those pages read,
 * with no single source.
 *
 * 350 labelled tokens over 44 shapes: 162 codes (97 of them the five known codes), 188 decoys, 63 of the decoys in
 * KNOWN_10K, 23 decoys reusing the five known codes' digits.
 */

// ── 1. Fax server inbound queue (RightFax-style FaxUtil inbox grid) ──
const inboundQueue = table({
  id: 's184-inq',
  kind: 's184-fax-server-inbound-queue-grid',
  caption: 'ClearLine Fax Server 9 — Inbox: PA-NEURO (shared) — 23 items, 9 unread',
  headers: ['', 'Received', 'From (CSID)', 'ANI', 'Pgs', 'Job ID', 'Routed by', 'Status'],
  rows: [
    ['●', '06/03/26 08:12', 'HEARTLAND PLAINS UM', '8005550143', '4', '[64712]', 'DID 5541', 'New'],
    ['●', '06/03/26 08:40', 'SUNFLOWER ADV PA', '8885550176', '3', '[64719]', 'DID 5541', 'New'],
    ['', '06/03/26 09:02', 'BLUESTEM CCC', '8665550120', '3', '[64723]', 'OCR rule R-07', 'Indexed'],
    ['', '06/03/26 09:15', '7855550188', '7855550188', '11', '[64730]', 'DID 5540', 'Needs split'],
    ['●', '06/03/26 09:31', 'TALLOWGRASS CLAIMS', '3165550161', '2', '[64741]', 'OCR rule R-11', 'New'],
    ['', '06/03/26 10:04', 'HEARTLAND PLAINS UM', '8005550143', '5', '[64752]', 'DID 5541', 'Filed'],
  ],
});

// ── 2. Routing rules (admin console text) ──
const routingRules = lines({
  id: 's184-rules',
  kind: 's184-fax-routing-rules-console-text',
  before: 'ClearLine Admin › Inbound Routing › Rules (evaluated top to bottom, first match wins)',
  text: [
    'R-03  IF DID = 5540                       THEN route to FRONT-DESK   owner: T. Whitfield',
    'R-05  IF CSID contains "HEARTLAND"        THEN route to PA-NEURO     notify: ralvarado@cottonwoodpain.example',
    'R-07  IF OCR page 1 contains "AUTHORIZATION" AND ("{64445}" OR "{64447}" OR "{64450}") THEN PA-NEURO, tag BLOCK',
    'R-08  IF OCR page 1 contains "{64712}" OR "{64714}" OR "{64708}"   THEN PA-NEURO, tag SURGICAL, priority High',
    'R-09  IF OCR page 1 contains "{64612}" OR "{64615}" OR "J0585"       THEN PA-NEURO, tag CHEMODENERV',
    'R-10  IF OCR page 1 contains "{64632}" OR "{64640}"                  THEN PA-NEURO, tag NEUROLYSIS',
    'R-11  IF CSID contains "TALLOWGRASS" OR ANI = 3165550161 THEN WC-QUEUE   (rule id [10504], created 2024)',
    'R-99  DEFAULT                              THEN route to UNSORTED    retention 30 d   policy [20265]',
  ].join('\n'),
});

// ── 3. Fax server event log ──
const eventLog = lines({
  id: 's184-evlog',
  kind: 's184-fax-server-event-log-text',
  before: 'Event Viewer — ClearLine Inbound — Filter: 06/03/2026',
  text: [
    '2026-06-03 08:12:07  INFO  RX start  port 3  DID 5541  ANI 8005550143  job [64712]',
    '2026-06-03 08:12:58  INFO  RX done   job [64712]  pages 4  [14400] bps  ECM on  file \\\\fx01\\in\\[64712].tif',
    '2026-06-03 08:13:02  INFO  OCR job [64712] engine 2  conf 0.81  rule R-08 matched token "{64712}"',
    '2026-06-03 09:15:40  WARN  RX partial  job [64730]  page 11 T.30 DCN early  remote 7855550188',
    '2026-06-03 09:31:11  INFO  OCR job [64741]  rule R-11 matched CSID  queue WC-QUEUE  msgid [33023]',
  ].join('\n'),
});

// ── 4. Incoming payer PA request form, OCR text layer (noisy) ──
const paFormOcr = lines({
  id: 's184-paform',
  kind: 's184-payer-pa-request-form-ocr-text',
  before: 'OCR text — job 64723 — page 1 of 3 — BLUESTEM COMMUNITY CARE OF KANSAS',
  text: [
    'BLUESTEM COMMUNITY CARE   Prior Authorizat1on Request - Outpatient Procedures   Form UM-[14031] (rev 01/26)',
    'Fax completed form to: 1-866-555-0120   Mail: PO Box [64632], Wichita KS [67223]-4632',
    'Member Name: VOSS, DARLA J     Member ID: 7O0418832     DOB: O4/19/1968',
    'Requesting Provider: Kanwar, Priya MD   NPI 1487726350   Tax ID 48-1172604',
    'Servicing Facility: Cottonwood Pain & Nerve Center ASC, 1180 Prairie Ash Dr Ste 210, Halstead Crossing KS [67401]',
    'CPT/HCPCS   Units   ICD-10',
    '{64712}-RT   1   G57.01  M54.31',
    '{64445}  RT  1   G57.01',
    'C0mments: failed 6 wk PT ({97110}) + 2 sciatic blocks 03/2026, EMG/NCS ({95886}, {95910}) attached',
  ].join('\n'),
});

// ── 5. Approval determination, OCR text ──
const approvalOcr = lines({
  id: 's184-approve',
  kind: 's184-payer-approval-determination-ocr-text',
  before: 'OCR text — job 64752 — HEARTLAND PLAINS HEALTH — Utilization Management',
  text: [
    'NOTICE OF APPROVAL     Case #: HP-26-[48036]     Date: 06/02/2026',
    'Re: YBARRA, MARCUS    Member ID: HPH 5520193 01    Group: [51244]',
    'The following service(s) have been APPROVED as requested:',
    'Procedure: {64714}  Neuroplasty; lumbar plexus      Units: 1   Setting: Outpatient hospital',
    'Assistant: {64714}-80 NOT approved (not medically necessary for this procedure)',
    'Not requested / not reviewed: {64999}. Intraoperative monitoring ({95940}, {95941}) does not require authorization.',
    'Auth #: A2606O2-[11984]    Valid: 06/15/2026 - 09/12/2026',
    'This approval is not a guarantee of payment. Questions: UM Dept, PO Box [66682], Topeka KS [66607]',
  ].join('\n'),
});

// ── 6. Denial letter, OCR text ──
const denialOcr = lines({
  id: 's184-denial',
  kind: 's184-payer-adverse-determination-letter-ocr-text',
  before: 'OCR text — job 64719 — SUNFLOWER ADVANTAGE (HMO) — page 1 of 3',
  text: [
    'NOTICE OF DENIAL OF MEDICAL COVERAGE   Reference: SFA-0603-[27634]',
    'Member: FAIRCHILD, ELLEN R    Plan: Sunflower Advantage Select (HMO)   ID: SA8830147',
    'We denied the following request: Chemodenervation, facial nerve, unilateral (CPT {64612}) with',
    'EMG guidance (CPT {95874}) and onabotulinumtoxinA J0585 x 50 units, requested 05/28/2026.',
    'Why we denied: Records do not show a trial of 0ral medication. See policy MP-[62210] section 4.',
    'You may ask for a peer-to-peer review within 14 days by calling 1-888-555-0176 ext. [40474].',
    'Appeals: Sunflower Advantage Appeals, PO Box [64445], Lenexa KS [66219]',
  ].join('\n'),
});

// ── 7. Request for additional information (pend) fax ──
const pendOcr = lines({
  id: 's184-pend',
  kind: 's184-payer-request-for-information-ocr-text',
  before: 'OCR text — job 64861 — TALLOWGRASS CLAIMS SERVICES — Workers Compensation',
  text: [
    'REQUEST FOR ADDITIONAL INF0RMATION — UR #[77362]',
    'Claimant: TEBBE, GORDON   Claim No: WC-2025-[03114]-KS   Employer: Plains Grain Co-op   DOI 11/07/2025',
    'Treatment requested: destruction by neurolytic agent, plantar common digital nerve, CPT 6463Z',
    'Please send: office notes since 01/2026, imaging report, and number of prior {64632} injections.',
    'Reply by fax 316-555-0161 within 5 business days or request will be closed. Adjuster ID [50489]',
  ].join('\n'),
});

// ── 8. Outgoing fax cover sheet ──
const coverOut = lines({
  id: 's184-coverout',
  kind: 's184-outgoing-fax-cover-sheet-text',
  before: 'COTTONWOOD PAIN & NERVE CENTER — FAX',
  text: [
    '1180 Prairie Ash Dr, Suite 210 · Halstead Crossing, KS [67401] · Ph 785-555-0100 · Fax 785-555-0199',
    'To: Heartland Plains Health — Utilization Management   Fax: 800-555-0144',
    'From: Renee Alvarado, Prior Authorization   Date: 06/03/2026   Pages (incl. cover): 3',
    'Re: Authorization update / extension of dates — YBARRA, MARCUS — CPT {64714} — your case HP-26-[48036]',
    'Our reference: CPNC-PA-[64612]   Please fax determination to 785-555-0199 (attn PA desk)',
    'CONFIDENTIALITY NOTICE: This facsimile contains protected health information...',
  ].join('\n'),
});

// ── 9. Transmission report (outgoing) ──
const txReport = lines({
  id: 's184-txrep',
  kind: 's184-fax-transmission-confirmation-report-text',
  before: '*** TRANSMISSION REPORT ***   ClearLine Fax Server 9   Jun-03-2026 10:22',
  text: [
    'JOB NO.         [64632]',
    'DEPT.           PA-NEURO (user ralvarado)',
    'DESTINATION     18005550144',
    'REMOTE CSID     HPH UM FAX 2',
    "ST. TIME        06/03 10:19       USAGE TIME  02'41",
    'PAGES           3                 RESULT      OK',
    'SUBJECT         YBARRA M  {64714}  case [48036]',
  ].join('\n'),
});

// ── 10. Transmission error report ──
const txError = lines({
  id: 's184-txerr',
  kind: 's184-fax-transmission-error-report-text',
  before: 'ClearLine — Failed Transmissions — last 24 h',
  text: [
    'Job [64630]  To 8885550177  Sunflower Adv Appeals  0/6 pgs  Result: BUSY (retry 3 of 3)  Attn: [22574]',
    'Job [64628]  To 8665550121  Bluestem UM  2/14 pgs  Result: E-[00387] remote disconnected  Subject: Voss {64712}',
    'Job [64629]  To 3165550162  Tallowgrass UR  0/3  Result: NO ANSWER   Subject: Tebbe RFI reply UR [77362]',
  ].join('\n'),
});

// ── 11. Indexing screen (file fax to chart) ──
const indexScreen = lines({
  id: 's184-index',
  kind: 's184-ehr-document-indexing-form-text',
  before: 'Meridian EHR › Document Management › Index Fax   (job 64752, 5 pages)',
  text: [
    'Patient: YBARRA, MARCUS   MRN 00418227   Acct [26189]',
    'Document type: Prior Auth - Approval ▾      Category: Insurance/Authorizations',
    'Document date: 06/02/2026   Received: 06/03/2026 10:04   Source fax job: [64752]',
    'Link to order: ORD-[93279] — Neuroplasty lumbar plexus ({64714}) — Dr. O. Lasseter',
    'Payer auth #: A2606O2-[11984]   Units: 1   Auth CPT(s): {64714}',
    'Route to: Surgical scheduling (Jess K.)   ☐ Mark as reviewed   [ File ]  [ Split ]  [ Reject ]',
  ].join('\n'),
});

// ── 12. Indexing patient-search results grid ──
const indexSearch = table({
  id: 's184-idxsearch',
  kind: 's184-indexing-patient-search-results-grid',
  caption: 'Find patient: "voss"  — 3 matches',
  headers: ['Name', 'DOB', 'MRN', 'ZIP', 'Last visit', 'Open orders'],
  rows: [
    ['VOSS, DARLA J', '04/19/1968', '00391046', '[67654]', '05/21/2026', '{64712}-RT, {64445}'],
    ['VOSS, DARLENE', '12/02/1941', '00102558', '[67506]', '11/14/2024', '—'],
    ['VOSSLER, KIRK', '07/30/1979', '00455120', '[66933]', '02/09/2026', '{64640} x2'],
  ],
});

// ── 13. Staff tracking spreadsheet of pending authorizations ──
const tracker = table({
  id: 's184-tracker',
  kind: 's184-pending-auth-tracking-spreadsheet-grid',
  caption: 'PA Tracker 2026.xlsx — sheet "Pending" — filter: Status ≠ Closed',
  headers: ['Row', 'Pt', 'Payer', 'CPT', 'DOS', 'Faxed', 'Fax job', 'Payer ref', 'Status', 'F/U'],
  rows: [
    ['14', 'Voss D', 'Bluestem', '{64712}-RT', '06/24', '5/29', '[64628]', 'pending', 'Re-fax (failed)', '6/4'],
    ['15', 'Voss D', 'Bluestem', '{64445}', '06/24', '5/29', '[64628]', 'pending', 'Re-fax', '6/4'],
    ['16', 'Ybarra M', 'Heartland', '{64714}', '06/15', '5/27', '[64590]', 'HP-26-[48036]', 'APPROVED', '—'],
    [
      '17',
      'Fairchild E',
      'Sunflower Adv',
      '{64612}, {95874}',
      '06/10',
      '5/28',
      '[64597]',
      'SFA-0603-[27634]',
      'DENIED → P2P',
      '6/5',
    ],
    ['18', 'Tebbe G', 'Tallowgrass WC', '{64632}', '06/18', '5/30', '[64604]', 'UR [77362]', 'RFI due 6/9', '6/8'],
    ['19', 'Haldane R', 'Heartland', '{64447}', '06/11', '6/1', '[64631]', '[64445]', 'Faxed, no ack', '6/4'],
    ['20', 'Ostrander P', 'Medicare (no PA)', '{64640}', '06/12', '—', '—', 'n/a', 'No PA req', '—'],
    [
      '21',
      'Kessler A',
      'Heartland',
      '{64448} + {76942}',
      '06/16',
      '6/2',
      'portal',
      'HP-26-[48511]',
      'In review',
      '6/5',
    ],
    ['22', 'Marchetti L', 'Bluestem', '{64612}-LT', '06/22', '6/2', '[64638]', 'pending', "Faxed, ack rec'd", '6/6'],
    [
      '23',
      'Pruitt H',
      'Sunflower Adv',
      '{64714}',
      '07/08',
      '6/3',
      'portal',
      'SFA-0603-[28811]',
      'Pended - need MRI',
      '6/10',
    ],
    [
      '24',
      'Dunleavy C',
      'Heartland',
      '{64632} x3 (series)',
      '06/25',
      '6/3',
      'portal',
      'HP-26-[48590]',
      'Submitted',
      '6/6',
    ],
  ],
});

// ── 14. Tracker CSV export ──
const trackerCsv = lines({
  id: 's184-trackcsv',
  kind: 's184-tracker-csv-export-text',
  before: 'PA_Tracker_Pending_2026-06-03.csv (opened in Notepad)',
  text: [
    'row,patient,mrn,payer,payer_id,cpt,units,dos,fax_job,status',
    '14,"Voss, Darla",00391046,Bluestem,[68069],{64712},1,2026-06-24,[64628],pending',
    '15,"Voss, Darla",00391046,Bluestem,[68069],{64445},1,2026-06-24,[64628],pending',
    '16,"Ybarra, Marcus",00418227,Heartland Plains,[47164],{64714},1,2026-06-15,[64590],approved',
    '17,"Fairchild, Ellen",00377014,Sunflower Advantage,[95452],{64612},1,2026-06-10,[64597],denied',
    '18,"Tebbe, Gordon",00299861,Tallowgrass WC,,{64632},3,2026-06-18,[64604],rfi',
    '19,"Haldane, Ruth",00455907,Heartland Plains,[47164],{64447},1,2026-06-11,[64631],faxed',
    '21,"Kessler, Anton",00461338,Heartland Plains,[47164],{64448},1,2026-06-16,,in review',
    '21,"Kessler, Anton",00461338,Heartland Plains,[47164],{76942},1,2026-06-16,,in review',
    '22,"Marchetti, Lena",00470215,Bluestem,[68069],{64612},1,2026-06-22,[64638],pending',
    '23,"Pruitt, Harold",00388740,Sunflower Advantage,[95452],{64714},1,2026-07-08,,pended',
  ].join('\n'),
});

// ── 15. Tracker cell comments / notes column ──
const trackerNotes = lines({
  id: 's184-tracknotes',
  kind: 's184-tracker-cell-comment-thread-text',
  before: 'Comments — PA Tracker 2026.xlsx — cell I17',
  text: [
    'Renee Alvarado 6/3 9:48: Sunflower denied {64612} — no oral med trial. Dr K says pt failed clonazepam 2024, in old chart.',
    'Renee Alvarado 6/3 9:50: correction, denied {64612} AND {95874}. J0585 also denied. P2P line ext [40474].',
    'Tomas Whitfield 6/3 10:31: old chart scan is fax job [13598] from 2024, indexed under wrong MRN, fixed.',
    '@Renee Alvarado 6/3 11:02 Dr Kanwar: schedule P2P, also ask if {64615} would be covered instead (no).',
  ].join('\n'),
});

// ── 16. Tracker pivot summary ──
const trackerPivot = table({
  id: 's184-pivot',
  kind: 's184-tracker-pivot-table-by-cpt-grid',
  caption: 'Sheet "Summary" — PivotTable: count of Row by CPT and Status (Q2 2026)',
  headers: ['CPT', 'Approved', 'Denied', 'Pending', 'No PA req', 'Grand Total'],
  rows: [
    ['{64445}', '31', '2', '4', '12', '49'],
    ['{64447}', '9', '0', '1', '6', '16'],
    ['{64612}', '11', '3', '1', '0', '15'],
    ['{64632}', '7', '1', '2', '0', '10'],
    ['{64712}', '4', '1', '2', '0', '7'],
    ['{64714}', '2', '0', '0', '0', '2'],
    ['{64448}', '5', '0', '1', '3', '9'],
    ['{64450}', '3', '0', '0', '8', '11'],
    ['{64640}', '6', '1', '1', '4', '12'],
    ['{64708}', '1', '0', '1', '0', '2'],
    ['Grand Total', '79', '8', '13', '33', '133'],
  ],
});

// ── 17. Handwritten referral order, OCR text ──
const referralOcr = lines({
  id: 's184-referral',
  kind: 's184-handwritten-referral-order-ocr-text',
  before: 'OCR text — job 64730 — pages 1-3 of 11 (confidence low) — from 785-555-0188',
  text: [
    'PRAIRIE FAMILY MEDICINE  ·  212 W Elm  ·  Marquette KS [67464]',
    'REFERRAL / 0RDER   Pt: Haldane, Ruth   DOB 3/8/57   Ins: Heartland Plains  grp [51244]',
    'Dx: femoral neuropathy L  — pls eval & treat, ? femoral n block ({64447}) vs EMG',
    'Prior tx: PT x8 wks ({97110}/{97140}), gabapentin. NCS ({95909}) 2/2026 at Salina Regional.',
    'Auth # if needed: ________   Ref # [31473]    Signed: J. Mwangi APRN',
    'pg 4-11: unrelated pt (KLINE, B) - lab results - MISFAX',
  ].join('\n'),
});

// ── 18. Peer-to-peer notice, OCR text ──
const p2pOcr = lines({
  id: 's184-p2p',
  kind: 's184-peer-to-peer-scheduling-notice-ocr-text',
  before: 'OCR text — job 64902 — SUNFLOWER ADVANTAGE — Peer to Peer',
  text: [
    'PEER-T0-PEER CONVERSATION SCHEDULED   Ref SFA-0603-[27634]',
    'Physician: Priya Kanwar MD   Reviewer: Medical Director, Neurology   Date: 06/05/2026 12:30 CT',
    'Service under review: {64612} unilateral facial chemodenervation; {95874} needle EMG guidance',
    'Dial-in 1-877-555-0109, conference ID [85702]#. If you cannot attend, fax 888-555-0177 with times.',
  ].join('\n'),
});

// ── 19. TTI fax header lines across pages ──
const ttiHeaders = lines({
  id: 's184-tti',
  kind: 's184-fax-page-header-tti-lines-text',
  before: 'Fax image text layer — top-of-page header lines (TTI) as transmitted',
  text: [
    'JUN-02-2026 16:41  FROM:HEARTLAND PLAINS UM   8005550143   TO:7855550199   P.1/5   ID:[72368]',
    'Jun 02 2026 04:55PM  SUNFLOWER ADV PA  8885550176  p.2  Job [64719]  SFA-0603-[27634]',
    '06/03/2026 09:02 8665550120 BLUESTEM CCC PAGE 001/003 TX#[64445]',
    '05/30/2026 11:17 TALLOWGRASS CLAIMS SVC #[64714] P.002/002',
  ].join('\n'),
});

// ── 20. Payer fax receipt acknowledgment, OCR ──
const ackOcr = lines({
  id: 's184-ack',
  kind: 's184-payer-fax-receipt-acknowledgement-ocr-text',
  before: 'OCR text — job 64960 — HEARTLAND PLAINS HEALTH',
  text: [
    'FAX RECEIPT ACKNOWLEDGEMENT — this is not a determination',
    'We received 6 page(s) from 7855550199 on 06/01/2026 at 15:02 CT. Tracking #: [64445]',
    'Member: HALDANE, RUTH   Services: {64447} x1, {76942} x1   Standard review: decision within 7 calendar days',
    'To check status: provider portal or IVR 1-800-555-0143 option 3, enter tracking number [64445].',
  ].join('\n'),
});

// ── 21. Email notification of new fax ──
const emailNotify = lines({
  id: 's184-email',
  kind: 's184-new-fax-email-notification-text',
  before: 'Outlook — Inbox — PA-NEURO shared mailbox',
  text: [
    'From: ClearLine Fax Server <noreply-fax@cottonwoodpain.example>',
    'Subject: New fax received (job [64861]) from TALLOWGRASS CLAIMS — 2 pages',
    'Received 06/03/2026 13:44 on DID 5541. OCR preview: "REQUEST FOR ADDITIONAL INF0RMATION — UR #[77362] ... CPT 6463Z"',
    'Attachment: [64861]_TALLOWGRASS.pdf (188 KB). Do not reply to this message. Server node FX01 build [20661].',
  ].join('\n'),
});

// ── 22. DID to queue mapping grid ──
const didMap = table({
  id: 's184-did',
  kind: 's184-fax-did-number-mapping-grid',
  caption: 'ClearLine Admin › Phone Numbers (DIDs) — carrier trunk SIP-2',
  headers: ['DID', 'Full number', 'Queue', 'Cover ID', 'Notes'],
  rows: [
    ['5540', '785-555-0198', 'FRONT-DESK', '[17462]', 'referrals, records'],
    ['5541', '785-555-0199', 'PA-NEURO', '[64612]', 'printed on all PA forms'],
    ['5542', '785-555-0197', 'BILLING', '[39679]', 'EOBs, payer correspondence'],
  ],
});

// ── 23. OCR field extraction review screen ──
const ocrReview = table({
  id: 's184-ocrrev',
  kind: 's184-ocr-field-extraction-review-grid',
  caption: 'Smart Capture › Review extracted fields — job 64719 (Sunflower Advantage, denial) — confidence < 90%',
  headers: ['Field', 'Extracted', 'Conf.', 'Suggested', 'Accept'],
  rows: [
    ['Reference no.', 'SFA-0603-[27634]', '97%', '—', '✔'],
    ['Procedure code 1', '{64612}', '94%', '—', '✔'],
    ['Procedure code 2', '9587A', '61%', '{95874}', '☐'],
    ['Policy no.', 'MP-[62210]', '88%', '—', '✔'],
    ['Payer ZIP', '[66219]', '99%', '—', '✔'],
  ],
});

// ── 24. Staff chat ──
const staffChat = lines({
  id: 's184-chat',
  kind: 's184-staff-team-chat-text',
  before: 'Teams — #prior-auth — Wednesday',
  text: [
    'Tomas W 9:17 AM: 11-pager from Prairie Family Med (job [64730]) has two pts in it, splitting now',
    "Renee A 9:19 AM: pages 1-3 are Haldane, that's the femoral block referral. needs PA for {64447} w/ Heartland",
    "Tomas W 9:21 AM: k. pages 4-11 are someone else's labs, I'll fax back to them. their fax 785-555-0188",
    'Renee A 9:40 AM: also Voss {64712} re-fax failed again lol. Bluestem fax line is down, trying portal',
    'Renee A 9:41 AM: ok portal took it. Bluestem ref [73845] for {64712}-RT and {64445}',
    'Jess K 10:12 AM: Ybarra moved to 9/28, can someone extend auth? it only lists {64714}, no assist',
    'Renee A 10:15 AM: extension faxed, job [64632]. fyi Heartland never approves {64714}-80 anyway',
    'Tomas W 10:20 AM: Dunleavy referral said "{64632} x3" but the order in Meridian says {64640}? which one',
    'Renee A 10:22 AM: Morton neuroma = {64632}. the {64640} was last year. fixing the tracker',
  ].join('\n'),
});

// ── 25. Payer medical policy excerpt faxed back ──
const policyOcr = lines({
  id: 's184-policy',
  kind: 's184-faxed-medical-policy-excerpt-ocr-text',
  before: 'OCR text — job 64719 — page 3 of 3 — attachment to denial',
  text: [
    'MEDICAL POLICY MP-[62210]  Chemodenervation for Facial Movement Disorders   Effective 01/01/2026',
    '4. Criteria. Chemodenervation of muscles innervated by the facial nerve ({64612}) is medically',
    'necessary for hemifacial spasm when (a) diagnosis by neurologist; (b) trial of one oral agent ...',
    'Codes: {64612}, {64615} (chronic migraine, see MP-[29513]), {95873}, {95874}; J0585, J0586, J0587',
    '5. Not medically necessary: {64612} for synkinesis after Bell palsy without functional impairment, or repeated sooner than every 12 weeks.',
    'Sunflower Advantage · 9100 Renner Blvd · Lenexa KS [66219] · Page 3',
  ].join('\n'),
});

// ── 26. Retro authorization request letter (outgoing) ──
const retroLetter = lines({
  id: 's184-retro',
  kind: 's184-retro-authorization-request-letter-text',
  before: 'Letter — faxed 06/03/2026 — Cottonwood Pain & Nerve Center',
  text: [
    'Heartland Plains Health, Utilization Management, PO Box [66682], Topeka, KS [66607]',
    'RE: Retro-authorization request — OSTRANDER, PAULA — DOS 05/19/2026 — claim [82727]',
    'Dear Reviewer: On 05/19 Dr. Lasseter performed a sciatic nerve block (CPT {64445}) with ultrasound',
    'guidance ({76942}) at the time of an urgent visit ({99214}-25). Because the patient was in acute pain, prior',
    'authorization could not be obtained. We ask retro review; notes and the block procedure report are enclosed.',
  ].join('\n'),
});

// ── 27. Auth date-of-service extension form ──
const extForm = lines({
  id: 's184-ext',
  kind: 's184-auth-extension-request-form-text',
  before: 'Heartland Plains — Authorization Update / Extension Request (fax to 800-555-0144)',
  text: [
    'Existing auth #: A2606O2-[11984]    Case: HP-26-[48036]',
    'Change requested: ☒ Extend dates  ☐ Add code  ☐ Change facility',
    'Approved code(s): {64714}   New DOS: 09/28/2026 (surgeon leave)   New end date: 10/31/2026',
    'Add code (if any): ________   Facility NPI / ZIP: 1922045871 / [67401]',
  ].join('\n'),
});

// ── 28. Payer PA code list faxed (auth matrix) ──
const authMatrix = table({
  id: 's184-matrix',
  kind: 's184-faxed-payer-pa-code-list-ocr-grid',
  caption: 'OCR table — Bluestem Community Care — Services Requiring Prior Authorization — eff 04/01/2026 — p.7',
  headers: ['Code', 'Description', 'PA required', 'Fax line'],
  rows: [
    ['{64445}', 'lnj anes sciatic nrv', 'Y (after 2nd/yr)', '866-555-0120'],
    ['{64447}', 'lnj anes femoral nerve', 'Y (after 2nd/yr)', '866-555-0120'],
    ['{64612}', 'Destroy nerve face muscle', 'Y', '866-555-0125'],
    ['{64632}', 'N block inj common digit', 'Y', '866-555-0120'],
    ['6471Z', 'Revise sciatic nerve', 'Y', '866-555-0120'],
    ['{64714}', 'Revise low back nerve(s)', 'Y', '866-555-0120'],
  ],
});

// ── 29. Fax batch split screen ──
const splitScreen = lines({
  id: 's184-split',
  kind: 's184-fax-batch-split-screen-text',
  before: 'Meridian EHR › Document Management › Split fax job 64730 (11 pages)',
  text: [
    'Part 1: pages 1–3  → HALDANE, RUTH (MRN 00455907)  type: Referral/Order  order for {64447}',
    'Part 2: pages 4–11 → ☐ not our patient — return to sender (785-555-0188)   return log [24587]',
    'Suggested by OCR: "KLINE, B", ZIP [67464], lab accession [38864]  → no match in Meridian',
  ].join('\n'),
});

// ── 30. HL7 MDM^T02 from indexing to EHR ──
const hl7Mdm = lines({
  id: 's184-hl7',
  kind: 's184-hl7-mdm-document-notification-text',
  before: 'Interface monitor — outbound MDM to Meridian chart — message view',
  text: [
    'MSH|^~\\&|CLEARLINE|CPNC|MERIDIAN|CPNC|202606031004||MDM^T02|[64712]|P|2.5.1',
    'PID|1||00418227^^^CPNC^MR||YBARRA^MARCUS||19740211|M|||88 Cedar Ct^^Halstead Crossing^KS^[67401]',
    'TXA|1|PA^Prior Auth Approval|AP|20260602||||||||FAXJOB-[64752]||||||AU',
    'OBX|1|TX|AUTHCPT^Authorized CPT||{64714}||||||F',
    'OBX|2|TX|AUTHNO^Payer auth number||A2606O2-[11984]||||||F',
  ].join('\n'),
});

// ── 31. Fax job XML metadata ──
const jobXml = lines({
  id: 's184-jobxml',
  kind: 's184-fax-job-xml-metadata-text',
  before: '\\\\fx01\\in\\64719.xml',
  text: [
    '<FaxJob id="[64719]" direction="in" did="5541" ani="8885550176" pages="3" received="2026-06-03T08:40:12">',
    '  <Ocr engine="2" confidence="0.88"><Match rule="R-09" token="{64612}"/><Match rule="R-09" token="J0585"/></Ocr>',
    '  <Route queue="PA-NEURO" tag="CHEMODENERV" ruleId="[10504]"/><Archive volume="[15039]"/>',
    '</FaxJob>',
  ].join('\n'),
});

// ── 32. Cloud e-fax webhook JSON (overflow line) ──
const webhookJson = lines({
  id: 's184-webhook',
  kind: 's184-cloud-efax-webhook-json-text',
  before: 'Overflow e-fax (cloud) → webhook payload (debug log)',
  text: [
    '{ "event": "fax.received", "fax_id": "f_[41182]qz", "to": "+17855550199", "from": "+18005550143",',
    '  "num_pages": 2, "status": "success", "callback_seq": [64632],',
    '  "ocr_snippet": "AUTH APPROVED CPT {64447} 1 UNIT HALDANE", "account_id": "[88742]" }',
  ].join('\n'),
});

// ── 33. X12 278 response shown beside the fax (portal copy) ──
const x12 = lines({
  id: 's184-x12',
  kind: 's184-x12-278-response-printout-text',
  before: 'Bluestem portal — "View 278 response" — printed and faxed to PA desk by portal admin',
  text: [
    'ST*278*[40088]*005010X217~BHT*0007*11*[73845]*20260603*0941~',
    'HCR*A4*[73845]~',
    'SV1*HC:{64712}:RT*0*UN*1~',
    'SV1*HC:{64445}:RT*0*UN*1~',
    'SE*22*[40088]~',
  ].join('\n'),
});

// ── 34. EHR orders-pending-auth worklist ──
const ordersWorklist = table({
  id: 's184-worklist',
  kind: 's184-ehr-orders-pending-authorization-worklist-grid',
  caption: 'Meridian EHR › Worklists › Orders Pending Authorization (12)',
  headers: ['Order #', 'Patient', 'Procedure', 'Ordering', 'Auth status', 'Linked fax'],
  rows: [
    ['[93279]', 'Ybarra, Marcus', '{64714} Neuroplasty lumbar plexus', 'Lasseter', 'Authorized', '[64752]'],
    ['[93302]', 'Voss, Darla', '{64712} Neuroplasty sciatic, RT', 'Kanwar', 'Submitted', '[64628]'],
    ['[93303]', 'Voss, Darla', '{64445} Sciatic nerve block, RT', 'Kanwar', 'Submitted', '[64628]'],
    ['[93311]', 'Fairchild, Ellen', '{64612} Chemodenervation facial, LT', 'Kanwar', 'Denied', '[64719]'],
    ['[93340]', 'Tebbe, Gordon', '{64632} Neurolysis digital nerve', 'Lasseter', 'Info requested', '[64861]'],
  ],
});

// ── 35. Inbound payer cover sheet ──
const coverIn = lines({
  id: 's184-coverin',
  kind: 's184-inbound-payer-fax-cover-ocr-text',
  before: 'OCR text — job 64752 — page 1 of 5 (cover)',
  text: [
    'HEARTLAND PLAINS HEALTH  Utilization Management  |  3400 SW Van Buren, Topeka KS [66611]',
    'TO: Cottonwood Pain & Nerve   FAX: 785-555-0199   FROM: UM Nurse Reviewer K. Brandt, RN',
    'Pages: 5   Case HP-26-[48036]   Batch [64714]   Re: determination letter enclosed',
    'If received in error call 800-555-0143 and destroy. Form UM-FX-[12448]',
  ].join('\n'),
});

// ── 36. Payer fax directory (staff's reference sheet) ──
const faxDirectory = table({
  id: 's184-faxdir',
  kind: 's184-payer-fax-number-directory-grid',
  caption: 'PA Tracker 2026.xlsx — sheet "Payer fax #s" (verify yearly!)',
  headers: ['Payer', 'Payer ID', 'PA fax', 'What goes there', 'Mail / appeals'],
  rows: [
    [
      'Heartland Plains',
      '[47164]',
      '800-555-0144',
      'all outpatient procedures incl {64712}, {64714}',
      'PO Box [66682], Topeka [66607]',
    ],
    [
      'Sunflower Advantage',
      '[95452]',
      '888-555-0176',
      'Part B procedures; chemodenerv {64612} → 888-555-0179',
      'PO Box [64445], Lenexa [66219]',
    ],
    [
      'Bluestem CCC',
      '[68069]',
      '866-555-0120',
      'blocks {64445}/{64447} after 2nd per year',
      'PO Box [64632], Wichita [67223]',
    ],
    ['Tallowgrass (WC)', 'n/a', '316-555-0161', 'UR requests, RFI replies', 'PO Box 3308, Wichita [67201]'],
  ],
});

// ── 37. Monthly fax volume dashboard ──
const dashboard = lines({
  id: 's184-dash',
  kind: 's184-fax-volume-dashboard-text',
  before: 'ClearLine Reports › Dashboard › May 2026',
  text: [
    'Inbound pages: [14503]   Outbound pages: 6,912   Failed outbound jobs: 211 (3.1%)',
    'PA-NEURO queue: 1,284 jobs, median time to index 2 h 14 m; OCR keyword top hits: {64445} (318), {64612} (96)',
    'Top senders: 8005550143 HEARTLAND (412), 8885550176 SUNFLOWER (297), 8665550120 BLUESTEM (188)',
    'Storage used: [57912] MB of 102,400 MB   License seats 12/15   Report id [22005]',
  ].join('\n'),
});

// ── 38. Appeal fax cover (outgoing) ──
const appealCover = lines({
  id: 's184-appeal',
  kind: 's184-appeal-fax-cover-and-letter-text',
  before: 'Outgoing fax — to Sunflower Advantage Appeals 888-555-0177 — 6 pages',
  text: [
    'RE: Expedited reconsideration — FAIRCHILD, ELLEN R — ref SFA-0603-[27634]',
    'Request: {64612} (left facial nerve chemodenervation) and {95874}; J0585 50 units, DOS 06/10/2026',
    'Basis: patient tried clonazepam (2024) and carbamazepine (2025) — pages 3-5 (old chart, fax job [13598])',
    'Appeal address on file: PO Box [64445], Lenexa KS [66219]. Our ref CPNC-APL-[30777].',
  ].join('\n'),
});

// ── 39. Tracker data validation list ──
const validation = lines({
  id: 's184-validation',
  kind: 's184-spreadsheet-data-validation-list-text',
  before: 'Data Validation — Settings — Allow: List — Source (column D "CPT", sheet Pending)',
  text: [
    '{64445},{64447},{64448},{64450},{64612},{64615},{64632},{64640},{64712},{64713},{64714},{64708},{28080}',
    'Input message: "Pick the CPT from the order; add modifier in column E, not here (e.g. RT for {64712})."',
  ].join('\n'),
});

// ── 40. Duplicate-fax detection screen ──
const dupCheck = table({
  id: 's184-dup',
  kind: 's184-duplicate-fax-detection-grid',
  caption: 'Smart Capture › Possible duplicates (same sender, same patient, < 48 h)',
  headers: ['Job', 'Sender', 'Patient', 'Key text', 'Similarity', 'Action'],
  rows: [
    ['[64752]', 'HEARTLAND', 'YBARRA M', 'APPROVED {64714} case [48036]', '—', 'Keep'],
    ['[64760]', 'HEARTLAND', 'YBARRA M', 'APPROVED {64714} case [48036]', '99%', 'Delete dup'],
    ['[64902]', 'SUNFLOWER', 'FAIRCHILD E', 'P2P {64612} conf [85702]', '—', 'Keep'],
  ],
});

// ── 41. Denial letter page 2 (appeal rights, OCR) ──
const denialPage2 = lines({
  id: 's184-denial2',
  kind: 's184-denial-appeal-rights-page-ocr-text',
  before: 'OCR text — job 64719 — page 2 of 3',
  text: [
    'Y0UR RIGHT TO APPEAL. If you want a fast decision because waiting could seriously harm your health...',
    'Form CMS-[10003]-NDMCP (Exp. 02/28/2027)   OMB No. 0938-1211',
    'Requested items reviewed: Line 1 {64612}  Line 2 {95874}  Line 3 J0585  (reviewer code MDR-[11498])',
    'Line 1 was reviewed as {64612}-LT (left). A request for {64612}-50 or the right side needs a new request.',
  ].join('\n'),
});

// ── 42. Fax archive keyword search ──
const archiveSearch = table({
  id: 's184-archive',
  kind: 's184-fax-archive-ocr-keyword-search-grid',
  caption: 'Fax Archive › Search: OCR text contains "64612" · 01/01/2026–06/03/2026 · showing 5 of 17',
  headers: ['Job', 'Received', 'From', 'Pgs', 'OCR text (match highlighted)'],
  rows: [
    ['[64719]', '06/03/26', 'SUNFLOWER ADV PA', '3', '…unilateral (CPT {64612}) with EMG guidance (CPT {95874})…'],
    ['[64902]', '06/03/26', 'SUNFLOWER ADV PA', '1', '…Service under review: {64612} unilateral facial…'],
    ['[61277]', '04/22/26', 'BLUESTEM CCC', '2', '…APPROVED {64612} LT x1 auth BCC-[90369]…'],
    ['[58840]', '02/11/26', 'HEARTLAND PLAINS UM', '4', '…{64612}, {64615} require PA for all members…'],
    ['[57118]', '01/06/26', '7855550188', '1', '…pls see pt for hemifacial spasm, botox {64612}? …'],
  ],
});

// ── 43. Multi-line determination table, OCR ──
const bluestemDetermination = table({
  id: 's184-bccdet',
  kind: 's184-payer-determination-service-lines-ocr-grid',
  caption: 'OCR table — job 64980 — Bluestem Community Care — Determination for VOSS, DARLA J — ref 73845',
  headers: ['Ln', 'Service', 'Mod', 'Units', 'Decision', 'Auth / Reason'],
  rows: [
    ['1', '{64712}', 'RT', '1', 'APPROVED', 'BCC-[90266] 06/24-08/23/26'],
    ['2', '{64445}', 'RT', '1', 'APPROVED', 'BCC-[90267] 06/24-08/23/26'],
    ['3', '{01250}', '', '1', 'NO AUTH REQ', 'anesthesia — PA not required'],
    ['4', '{76942}', '', '1', 'DENIED', 'D[04417] — bundled, see NCCI'],
    ['5', '{95886}', '', '1', 'PREV. APPROVED', 'BCC-[88742] (03/2026)'],
  ],
});

// ── 44. Surgery scheduler's authorization checklist ──
const schedChecklist = lines({
  id: 's184-schedcheck',
  kind: 's184-surgery-scheduling-auth-checklist-text',
  before: 'Meridian EHR › Surgical Case Request › Insurance & Authorization checklist — YBARRA, MARCUS',
  text: [
    'Case #[35365]   Surgeon: Lasseter   Location: Halstead Crossing Surgical Hospital OR 2   New date: 09/28/2026',
    'Booked procedures: {64714} neuroplasty lumbar plexus (primary); {64999} unlisted, per surgeon note (?)',
    '☑ Auth on file: A2606O2-[11984] for {64714} x1, valid through 09/12/2026 → extension faxed 06/03 (fax job [64632])',
    '☐ Auth for {64999}: call Heartland, unlisted codes need records + comparison code (surgeon suggests {64712})',
    '☑ Benefits: deductible met; coins 20%   Facility ZIP [67401]   Pre-op fax to PCP: 785-555-0188',
  ].join('\n'),
});

export const sealed184: Snippet[] = [
  ...inboundQueue,
  ...routingRules,
  ...eventLog,
  ...paFormOcr,
  ...approvalOcr,
  ...denialOcr,
  ...pendOcr,
  ...coverOut,
  ...txReport,
  ...txError,
  ...indexScreen,
  ...indexSearch,
  ...tracker,
  ...trackerCsv,
  ...trackerNotes,
  ...trackerPivot,
  ...referralOcr,
  ...p2pOcr,
  ...ttiHeaders,
  ...ackOcr,
  ...emailNotify,
  ...didMap,
  ...ocrReview,
  ...staffChat,
  ...policyOcr,
  ...retroLetter,
  ...extForm,
  ...authMatrix,
  ...splitScreen,
  ...hl7Mdm,
  ...jobXml,
  ...webhookJson,
  ...x12,
  ...ordersWorklist,
  ...coverIn,
  ...faxDirectory,
  ...dashboard,
  ...appealCover,
  ...validation,
  ...dupCheck,
  ...denialPage2,
  ...archiveSearch,
  ...bluestemDetermination,
  ...schedChecklist,
];
