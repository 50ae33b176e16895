import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 206 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s206-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64727, 64708, 64447, 64448, 64450, 64483, 64635, 64640, 64582, 01250, 95886, 95910, 95874,
 * 95940, 76942, 97110, 97140, 99204, 99214), also when a member quotes them in a letter or a chat. About a third of
 * the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs (Indianapolis, Noblesville area,
 * Chicago), a PO box, appeal case numbers, CRM call references, a scan batch, a fax job, a peer-to-peer call log id,
 * letter template ids, a policy committee reference, an internal reference, DOI tracking and IRO certification
 * numbers, an IRO reviewer id, an invoice number and cost center, an EOB remark number, a dispute queue and dispute
 * id, a line item control number, a JSON group number, an HL7 message control id and document id, prior-year case
 * numbers, a statement number, a chat ticket, a mail job, IRO case numbers, market-conduct sample numbers and
 * exception ids, a portal document id, a phone extension, a hospital account and a vendor number. The five known
 * codes' digits come back as decoys: the appeals P.O. box (64445), a surgeon scheduler's phone extension and a DOI
 * complaint number (64712), the state external-review file number (64714: DOI e-mail, request form, IRO XML, IRO
 * decision, implementation ticket, IRO invoice) and a CRM call reference (64714), a follow-up ticket (64632), an
 * implementation ticket and a claims-config ticket (64612), a
 * provider-directory data ticket (64445), an ASC case log number in an HL7 op note (64712), and a search hit on
 * "ext. 64712" that the search page itself says is not a procedure.
 *
 * Family: a commercial health plan's member grievance and appeals unit. One (fictional) story at Wabash Meridian
 * Health Plan, Inc. (Indianapolis, an Indiana HMO): member Dale M. Prescott's pre-service appeal of a denied right
 * sciatic neuroplasty (64712, with 64727) after two sciatic blocks (64445) — appeal request form, his OCR'd letter,
 * the surgeon's letter of medical necessity, acknowledgment, call notes, case header and activity timeline, medical
 * director review, peer-to-peer note, the cited medical policy, the uphold letter, the state external review request,
 * the DOI's IRO assignment e-mail, the IRO case file manifest (XML), exhibit index and decision (overturned), the
 * overturn implementation ticket, the outbound X12 278, the claims history and EOB attached to the case, the op note
 * arriving by HL7 MDM, a member chat about the facility bill and the member portal's appeal cards. Around it, the
 * unit's other cases: an anesthesia balance-bill grievance after a 64445 block (intake, resolution letter), a facial
 * chemodenervation 64612 per-side frequency claim dispute and its reprocessed 835, a Morton's neuroma 64632 units
 * appeal (analyst worksheet, nurse–coder e-mail thread, partial-overturn letter), a quality-of-care grievance over a
 * 64714 referral that became a state DOI complaint (case JSON, DOI notice, the plan's response), an expedited
 * hospital appeal fax, and the unit's management pages (weekly A&G log, supervisor work-queue dashboard, TAT
 * compliance report, case search results, committee minutes, the annual state grievance report CSV, the IRO fee
 * invoice, the regulator's market-conduct file-review worksheet and the letter template library).
 * Built on real public layouts: health plan appeal/grievance request forms and acknowledgment letters, adverse
 * benefit determination and final internal appeal notices with ACA external-review rights and language taglines
 * (29 CFR 2560.503-1 / 45 CFR 147.136 content), state external review request forms and DOI assignment notices to
 * IROs, IRO decision letters (reviewer credentials, "overturned/upheld", binding), state DOI consumer complaint
 * portal notices and company responses, NAIC market conduct examination file-review worksheets, ASC X12 278 and 835
 * segments, HL7 v2 MDM^T02, member EOBs, payer provider claim dispute forms, and CRM interaction histories. The others
 * are written the way those pages read, with no single source.
 *
 * 394 labelled tokens over 43 shapes: 158 codes (100 of them the five known codes), 236 decoys, 78 of the decoys in
 * KNOWN_10K, 22 decoys reusing the known codes' digits.
 */

// ── 1. Member appeal request form (plan's fillable PDF), text layer ──
const appealForm = lines({
  id: 's206-apform',
  kind: 's206-member-appeal-request-form-text',
  before: 'Wabash Meridian Health Plan — Member Appeal / Grievance Request Form (WMH-AG-01 rev. 07/2025)',
  text: [
    'Mail to: Appeals & Grievances, P.O. Box [64445], Indianapolis, IN [46282]-4445   Fax: 1-866-555-0181',
    'Member name: Dale M. Prescott   Member ID: WMH884127093   Group no.: [52384]   DOB: 04/11/1968',
    'Address: 4417 Bluff Crest Dr, Indianapolis, IN [46227]   Phone: (317) 555-0148',
    'Type of request: [X] Appeal of a denied service  [ ] Grievance (complaint)  [ ] Expedited (urgent)',
    'Reference / authorization no. on your letter: PA-26-[31047]   Date of letter: 02/03/2026',
    'Service or item you are appealing: surgery on my right sciatic nerve, code {64712} (neuroplasty)',
    'Doctor / facility: Dr. Anika Sorensen, Crossroads Nerve & Spine, 9002 N Meridian St, Indianapolis [46260]',
    'Why do you disagree? I did 10 weeks of therapy and 2 injections ({64445}) and still cannot sit to drive.',
  ].join('\n'),
});

// ── 2. The member's own appeal letter, scanned and OCR'd (text layer) ──
const memberLetter = lines({
  id: 's206-memletter',
  kind: 's206-member-handwritten-appeal-letter-ocr',
  before: 'Attachment 2 of 6 — scanned 02/14/2026 09:12 — batch [70413]',
  text: [
    'Dale Prescott',
    '4417 Bluff Crest Dr.',
    'Indianapolis IN [46227]',
    'To the Appeals Dept., P.O. Box [64445]',
    'Re: denial PA-26-[31047], my member number WMH884127093',
    'I am writing to appeal your letter saying the operation (code {64712}) is not medically necessary.',
    'Your letter says I needed 6 weeks of PT. I went 10 weeks to Eastside Therapy (they billed {97110}',
    'and {97140} every visit, you paid them) and had two sciatic nerve blocks, the {64445} shots, in',
    'November and December. Dr. Sorensen says the nerve is trapped by scar from my 2019 hip surgery.',
    'I have worked at the distribution center on Route 67 for 22 years, employee no. [30781]. I cannot',
    'sit through a shift. Please look at it again. — Dale',
  ].join('\n'),
});

// ── 3. Surgeon's letter of medical necessity in support of the appeal ──
const lmn = lines({
  id: 's206-lmn',
  kind: 's206-surgeon-letter-of-medical-necessity-text',
  before: 'CROSSROADS NERVE & SPINE — 9002 N Meridian St, Suite 310, Indianapolis, IN 46260',
  text: [
    'RE: Dale M. Prescott, DOB 04/11/1968, Member ID WMH884127093, your reference PA-26-[31047]',
    'Requested services: CPT {64712}-RT, neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve,',
    'with {64727} (internal neurolysis, operating microscope) if intraneural fibrosis is found.',
    'Mr. Prescott has deep gluteal syndrome with post-surgical sciatic entrapment confirmed by MR neurography',
    '(02/2026) and electrodiagnostic studies ({95886}, {95910}) showing a right sciatic mononeuropathy.',
    'Conservative care since 10/2025: PT x 10 weeks; gabapentin; ultrasound-guided sciatic blocks {64445}',
    'x 2 (11/18/2025, 12/22/2025) with 80% relief for 6–8 hours each, supporting a peripheral generator.',
    'Your policy MP-NEU-[12398] requires 6 weeks of conservative care; he has had more than 12.',
    'Please direct the peer-to-peer request to my office at (317) 555-0172, ext. [64712] (surgery scheduler).',
  ].join('\n'),
});

// ── 4. Appeal acknowledgment letter (plan to member) ──
const ackLetter = lines({
  id: 's206-ack',
  kind: 's206-appeal-acknowledgment-letter-text',
  before: 'Wabash Meridian Health Plan, Inc. • 5510 W. 86th Street • Indianapolis, IN 46278',
  text: [
    'February 16, 2026',
    'Dale M. Prescott, 4417 Bluff Crest Dr, Indianapolis, IN [46227]',
    'Appeal number: AG26-[20549]     Member ID: WMH884127093     Group: [52384]',
    'We received your appeal on February 14, 2026 about the denial of the following service:',
    '   Procedure code {64712} — Neuroplasty, sciatic nerve (right)   Requested by: Anika Sorensen, MD',
    'A physician who was not involved in the first decision will review your appeal. We will send you our',
    'decision within 30 calendar days (by March 16, 2026). Questions? Call 1-800-555-0199 (TTY 711) and',
    'give your appeal number. Send added records to P.O. Box [64445], Indianapolis, IN [46282]-4445.',
    'Wabash Meridian Health Plan, Inc. is an Indiana HMO. Form AG-ACK-[10481] (rev. 01/2026)',
  ].join('\n'),
});

// ── 5. Grievance & appeals log (weekly work list), grid ──
const gaLog = table({
  id: 's206-galog',
  kind: 's206-grievance-appeals-log-grid',
  caption: 'A&G Log — week of 02/16/2026 — Commercial fully insured + ASO',
  headers: ['Case #', 'Rcvd', 'Type', 'Member ZIP', 'Issue', 'Codes', 'Due', 'Owner'],
  rows: [
    ['AG26-[20549]', '02/14', 'Pre-svc appeal', '[46227]', 'Med nec denial', '{64712}', '03/16', 'R. Kincaid RN'],
    ['AG26-[20551]', '02/14', 'Post-svc appeal', '[46143]', 'Freq limit', '{64612}-RT/LT', '04/15', 'T. Aguilar'],
    ['AG26-[20559]', '02/15', 'Grievance', '[46259]', 'Balance bill, anesth', '{64445}', '03/17', 'M. Ostrander'],
    ['AG26-[20565]', '02/16', 'Post-svc appeal', '[47401]', 'Units > MUE', '{64632} x3', '04/17', 'T. Aguilar'],
    [
      'AG26-[20571]',
      '02/16',
      'Grievance (QOC)',
      '[46073]',
      'Wait time / referral',
      '{64714}',
      '03/18',
      'R. Kincaid RN',
    ],
    ['AG26-[20575]', '02/17', 'Expedited appeal', '[46038]', 'Inpt LOS', '—', '02/20', 'On-call MD'],
    ['AG26-[20583]', '02/18', 'Grievance', '[46278]', 'ID card not rcvd', '—', '03/20', 'Intake'],
  ],
});

// ── 6. Member services call notes (CRM interaction history) ──
const callNotes = lines({
  id: 's206-calls',
  kind: 's206-member-services-crm-call-notes',
  before: 'Interaction history — Prescott, Dale M — WMH884127093 — sorted newest first',
  text: [
    '02/24/2026 14:02  Inbound  Agent 4471 (J. Pham)  Ref# [64714]  Mbr asked status of appeal AG26-[20549];',
    '  advised in review with medical director, decision due 03/16. Mbr asked if code {64712} "needs auth',
    '  again" after appeal — advised no new PA if overturned; auth PA-26-[31047] would be reopened.',
    '02/10/2026 10:47  Inbound  Agent 3308 (K. Beal)  Ref# [88431]  Mbr disputes denial of sciatic nerve',
    '  surgery. Explained appeal rights, mailed form WMH-AG-01 to [46227] address; offered oral appeal —',
    '  mbr prefers to write. Also asked why {64445} block on 12/22 processed as in-network: it was.',
    '01/29/2026 16:15  Outbound  UM nurse  Ref# [88437]  Left VM: PA for {64712} pended for clinicals.',
  ].join('\n'),
});

// ── 7. Appeals case management system: case header panel ──
const caseHeader = lines({
  id: 's206-casehdr',
  kind: 's206-appeals-system-case-header-panel',
  before: 'AppealTrack ▸ Cases ▸ AG26-20549',
  text: [
    'Case AG26-[20549]   Status: In Clinical Review   Priority: Standard pre-service   Clock day 9 of 30',
    'Member: PRESCOTT, DALE M   Plan: WMH Choice HMO 2500   Group [52384] – Hollister Logistics LLC',
    'Line of business: Commercial fully insured (IN)   Funding: FI   Original decision: PA-26-[31047] DENY',
    'Disputed service(s): {64712} RT × 1 (POS 22)   {64727} × 1   Provider NPI 1588844102   TIN xx-xxx4417',
    'Original reviewer: Dr. L. Havili (PM&R)   Criteria: MP-NEU-[12398] §3.2   Reviewer must differ: ✓',
  ].join('\n'),
});

// ── 8. Case activity timeline, grid ──
const timeline = table({
  id: 's206-timeline',
  kind: 's206-appeal-case-activity-timeline-grid',
  caption: 'Activity — AG26-20549',
  headers: ['Date', 'Activity', 'By', 'Detail'],
  rows: [
    ['02/14/2026', 'Case opened', 'Intake', 'Scan batch [70413]; 6 attachments'],
    ['02/16/2026', 'Ack letter sent', 'System', 'Letter AG-ACK-[10481] to [46227]'],
    ['02/17/2026', 'Records requested', 'R. Kincaid RN', 'Op/clinic notes, EMG {95886}, blocks {64445}'],
    ['02/23/2026', 'Records received', 'Fax srv', 'Fax job [77565], 41 pp'],
    ['02/25/2026', 'Assigned MD', 'Queue', 'Dr. P. Venkataraman (neurosurgery) – review of {64712}'],
    ['03/02/2026', 'P2P held', 'Dr. Venkataraman', 'Call log [41201]; see note'],
    ['03/04/2026', 'Decision: UPHOLD', 'Dr. Venkataraman', 'Letter AG-UPH-[10482]; ext. review rights'],
  ],
});

// ── 9. Medical director appeal review form ──
const mdReview = lines({
  id: 's206-mdreview',
  kind: 's206-medical-director-appeal-review-form-text',
  before: 'PHYSICIAN APPEAL REVIEW — CONFIDENTIAL PEER REVIEW DOCUMENT (IC 34-30-15)',
  text: [
    'Case: AG26-[20549]   Reviewer: P. Venkataraman, MD, Board certified Neurological Surgery   Lic. 01058834A',
    'Question: Is open neuroplasty of the right sciatic nerve (CPT {64712}) with possible internal neurolysis',
    '({64727}) medically necessary for this member per MP-NEU-[12398]?',
    'Records reviewed: clinic notes 10/2025–02/2026; PT notes (22 visits, {97110}/{97140}); EMG/NCS ({95886},',
    '{95910}); MR neurography pelvis; procedure notes for sciatic blocks {64445} × 2 with ultrasound ({76942}',
    'not separately billed). Criteria 3.2(a) met. 3.2(b) "≥ 50% relief from diagnostic block" met.',
    '3.2(c) "imaging showing a compressive lesion" — neurography read as "equivocal T2 signal", not met.',
    'Determination: UPHOLD denial of {64712}. {64727} moot. Suggest repeat imaging or CT-guided block.',
  ].join('\n'),
});

// ── 10. Peer-to-peer conversation note ──
const p2p = lines({
  id: 's206-p2p',
  kind: 's206-peer-to-peer-call-note-text',
  before: 'Peer-to-peer — call log [41201] — 03/02/2026 07:40–07:52',
  text: [
    'Participants: Dr. Venkataraman (WMH) / Dr. Sorensen (treating). Case AG26-[20549].',
    'Dr. S: diagnostic {64445} twice gave near-complete relief; a distal {64450} block would not test the',
    'proximal site. Offers intraop nerve monitoring ({95940}) — not a criteria issue.',
    'Dr. V: policy 3.2(c) needs imaging evidence; suggests re-read of neurography by MSK radiology.',
    'Dr. S will submit addendum read; understands uphold today and member may request external review.',
    'Follow-up ticket [64632] created for radiology addendum intake (A&G queue).',
  ].join('\n'),
});

// ── 11. Medical policy excerpt cited in the decision ──
const policy = lines({
  id: 's206-policy',
  kind: 's206-medical-policy-excerpt-cited-text',
  before: 'Medical Policy MP-NEU-12398 — Peripheral Nerve Decompression and Neurolysis — Effective 01/01/2026',
  text: [
    '3.2 Open neuroplasty of a major peripheral nerve of the leg ({64708}, {64712}) or lumbar plexus ({64714})',
    '    is considered medically necessary when ALL of the following are met:',
    '    (a) ≥ 6 weeks of conservative management (e.g., PT, {97110}, medications) without adequate response;',
    '    (b) ≥ 50% pain relief from an image-guided diagnostic block of the target nerve ({64445}, {64447});',
    '    (c) imaging or electrodiagnostic evidence of focal compression at the level to be decompressed.',
    '3.5 Chemodenervation of facial nerve muscles ({64612}) is limited to 1 session per side per 84 days.',
    '3.6 Destruction, plantar common digital nerve ({64632}): up to 3 sessions per foot per 12 months.',
    'Policy history: [10488] created 2019; revised 2024 (added {64727}); Committee ref MPC-[50874].',
  ].join('\n'),
});

// ── 12. Appeal decision letter, adverse (uphold) ──
const upholdLetter = lines({
  id: 's206-uphold',
  kind: 's206-adverse-appeal-decision-letter-text',
  before: 'NOTICE OF APPEAL DECISION — Wabash Meridian Health Plan — March 4, 2026',
  text: [
    'Appeal number: AG26-[20549]   Member: Dale M. Prescott   Claim/authorization: PA-26-[31047]',
    'Service: Neuroplasty of the right sciatic nerve (procedure code {64712}), requested 01/27/2026',
    'Decision: We have UPHELD our decision to deny this service.',
    'Reason: Our Medical Policy MP-NEU-[12398], section 3.2(c), requires imaging or nerve-test evidence of',
    'compression at the site of surgery. The records did not show this. Reviewer: board-certified neurosurgeon.',
    'Diagnosis code(s): G57.01, M79.2   Denial code: MN-[30093]   Internal reference: [46394]-AGU',
    'YOUR RIGHT TO AN EXTERNAL REVIEW: You may ask the Indiana Department of Insurance for a review by an',
    'Independent Review Organization within 120 days. Mail: 311 W. Washington St., Suite 103, Indianapolis,',
    'IN [46204]. You may also call our Appeals unit at 1-800-555-0199. Language assistance: ATTENTION …',
  ].join('\n'),
});

// ── 13. State external review request form (member-completed) ──
const extReq = lines({
  id: 's206-extreq',
  kind: 's206-state-external-review-request-form-text',
  before: 'State Form 55421 — REQUEST FOR EXTERNAL REVIEW (IC 27-8-29) — Indiana Department of Insurance',
  text: [
    'Section A. Covered person: Dale M. Prescott   Address: 4417 Bluff Crest Dr   City/ZIP: Indianapolis [46227]',
    'Section B. Health plan: Wabash Meridian Health Plan   Plan ID / group: [52384]   Member ID WMH884127093',
    'Section C. Final adverse determination date: 03/04/2026   Plan appeal / grievance no.: AG26-[20549]',
    'Section D. Service denied (include procedure code if known): right sciatic nerve decompression, {64712}',
    'Section E. Type: [X] Standard  [ ] Expedited   Treating provider: Anika Sorensen MD, NPI 1588844102',
    "Section F. Authorized representative: none   DOI use only — file no. [64714]   Rec'd 03/19/2026",
  ].join('\n'),
});

// ── 14. DOI assignment of the external review to an IRO (e-mail as shown in webmail) ──
const iroAssign = lines({
  id: 's206-iroassign',
  kind: 's206-doi-iro-assignment-email-text',
  before: 'From: externalreview@idoi.in.gov   To: appeals@wabashmeridian.com; intake@lakeshoreir.com',
  text: [
    'Subject: External Review Assignment — DOI File [64714] — Prescott / Wabash Meridian — STANDARD',
    'The Department has determined the request is eligible and assigned it by rotation to:',
    '  Lakeshore Independent Review, LLC, 4750 N Sheridan Rd, Ste 900, Chicago, IL [60640] (IRO cert. [22302])',
    'Plan: within 5 business days send the IRO all documents used in the final adverse determination for',
    'AG26-[20549] (CPT {64712}, {64727}). The IRO decision is due within 15 business days of assignment.',
    'Plan IRO fee per 760 IAC 1-59: invoice to follow. DOI tracking [98138].',
  ].join('\n'),
});

// ── 15. Case file manifest sent to the IRO, XML as shown in the secure portal viewer ──
const iroXml = lines({
  id: 's206-iroxml',
  kind: 's206-iro-case-file-manifest-xml-text',
  before: 'Lakeshore IR Secure Upload ▸ Case LIR-26-[40204] ▸ manifest.xml (view)',
  text: [
    '<caseFile iroCase="LIR-26-[40204]" stateFile="[64714]" planCase="AG26-[20549]" type="standard">',
    '  <member id="WMH884127093" zip="[46227]" group="[52384]"/>',
    '  <dispute><service code="{64712}" modifier="RT" units="1" pos="22"/><service code="{64727}" units="1"/>',
    '  </dispute>',
    '  <doc seq="4" title="EMG/NCS report ({95886}, {95910})" pages="6" sha1="ad41…"/>',
    '  <doc seq="7" title="Procedure notes, sciatic block {64445} x2" pages="4" batch="[70413]"/>',
    '  <doc seq="9" title="Medical Policy MP-NEU-[12398]" pages="11"/>',
    '</caseFile>',
  ].join('\n'),
});

// ── 16. IRO decision letter (overturn), PDF text layer ──
const iroDecision = lines({
  id: 's206-irodec',
  kind: 's206-iro-external-review-decision-letter-text',
  before: 'LAKESHORE INDEPENDENT REVIEW, LLC — NOTICE OF EXTERNAL REVIEW DECISION — April 7, 2026',
  text: [
    'IRO case: LIR-26-[40204]   State file: [64714]   Health plan: Wabash Meridian Health Plan (appeal AG26-[20549])',
    'Reviewer: Board-certified in neurological surgery, in active practice, with no conflict of interest.',
    'Service at issue: open neuroplasty, right sciatic nerve (CPT {64712}), with internal neurolysis ({64727}).',
    "DECISION: The health plan's determination is OVERTURNED.",
    'Rationale: Two diagnostic sciatic blocks ({64445}) each produced >80% relief; EMG/NCS ({95886}) shows a',
    'right sciatic mononeuropathy sparing the peroneal-innervated short head proximal branches, localizing the',
    'lesion to the gluteal segment. Criterion 3.2(c) accepts electrodiagnostic evidence; it is met.',
    'References: Peer-reviewed literature list, items 1–7. Reviewer ID R-[15314]. This decision is binding on the plan.',
  ].join('\n'),
});

// ── 17. Overturn implementation task (work ticket to UM and claims) ──
const overturnTask = lines({
  id: 's206-overturn',
  kind: 's206-overturn-implementation-ticket-text',
  before: 'ServiceDesk ▸ A&G Implementation ▸ Ticket [64612]',
  text: [
    'Ticket [64612]  Opened 04/07/2026 16:20 by R. Kincaid  Due 04/08/2026 (1 business day, IC 27-8-29)',
    'Action: reverse PA-26-[31047] DENY → APPROVE. Codes {64712}-RT x1 and {64727} x1, POS 22, valid 04/08–10/08.',
    'New auth no.: PA-26-[31902]  Facility: Meridian Crossing Surgery Center (ASC), ZIP [46260]',
    'Notify member (letter AG-OVR-[10491]) and provider by phone. Close AG26-[20549] as "Overturned – IRO".',
    'Linked: DOI file [64714]; IRO invoice INV-[71036] to Finance cost center [31044].',
  ].join('\n'),
});

// ── 18. X12 278 response shown in the UM system's raw viewer ──
const x278 = lines({
  id: 's206-x278',
  kind: 's206-x12-278-auth-response-raw-viewer',
  before: 'UM ▸ PA-26-31902 ▸ Outbound 278 (ASC X12N 005010X217) — raw',
  text: [
    'ISA*00*          *00*          *ZZ*WABASHMER      *ZZ*CROSSRDSNRV    *260408*0915*^*[00501]*000031902*0*P*:~',
    'BHT*007*11*AG2620549*20260408*0915~',
    'HCR*A1*PA2631902~',
    'SV1*HC:{64712}:RT*0*UN*1***1~',
    'SV1*HC:{64727}*0*UN*1***1~',
    'N3*9002 N MERIDIAN ST STE 310~N4*INDIANAPOLIS*IN*[46260]~',
  ].join('\n'),
});

// ── 19. Claims history printout attached to the case (grid) ──
const claimHist = table({
  id: 's206-claimhist',
  kind: 's206-case-claims-history-printout-grid',
  caption: 'Claims history — WMH884127093 — DOS 10/01/2025–02/28/2026 — printed for AG26-20549',
  headers: ['Claim no.', 'DOS', 'Provider', 'Proc', 'Mod', 'Billed', 'Paid', 'Status'],
  rows: [
    ['202533871064', '11/18/2025', 'Crossroads Nerve & Spine', '{64445}', 'RT', '$640.00', '$281.14', 'PAID'],
    ['202536071090', '12/22/2025', 'Crossroads Nerve & Spine', '{64445}', 'RT', '$640.00', '$281.14', 'PAID'],
    ['202536071091', '12/22/2025', 'Meridian Anesthesia Assoc', '{01250}', 'QK', '$1,120.00', '$0.00', 'DENIED'],
    ['202601570059', '01/15/2026', 'Eastside Therapy', '{97110}', 'GP', '$180.00', '$64.12', 'PAID'],
    ['202601570060', '01/15/2026', 'Eastside Therapy', '{97140}', 'GP', '$150.00', '$51.20', 'PAID'],
    ['202604170227', '02/10/2026', 'Crossroads Nerve & Spine', '{99214}', '25', '$310.00', '$118.40', 'PAID'],
  ],
});

// ── 20. Member EOB page attached by the member, text layer ──
const eob = lines({
  id: 's206-eob',
  kind: 's206-member-eob-attachment-text',
  before: 'EXPLANATION OF BENEFITS — THIS IS NOT A BILL — Wabash Meridian Health Plan',
  text: [
    'Dale M Prescott   Member ID WMH884127093   Group [52384]   Statement date 01/05/2026   Page 2 of 3',
    'Claim 202536071091  Meridian Anesthesia Assoc  Received 12/29/2025',
    '  12/22/2025  Anesthesia for procedure on nerves, hip/upper leg ({01250})  Billed $1,120.00  Plan paid $0.00',
    '  Remark N-[20354]: Anesthesia is not covered for a peripheral nerve block ({64445}) done without sedation need.',
    'Claim 202536071090  Crossroads Nerve & Spine',
    '  12/22/2025  Injection, sciatic nerve {64445}  Billed $640.00  Allowed $351.43  You owe $70.29',
    'Questions? 1-800-555-0199. To appeal, write to P.O. Box [64445], Indianapolis, IN [46282]-4445 within 180 days.',
  ].join('\n'),
});

// ── 21. Anesthesia balance-bill grievance (second story): intake form ──
const grvIntake = lines({
  id: 's206-grvintake',
  kind: 's206-oral-grievance-intake-form-text',
  before: 'ORAL GRIEVANCE INTAKE — taken by phone — Case AG26-20559',
  text: [
    'Caller: Sharon Lusk (member)  ID WMH771204586  Address ZIP [46259]  Callback (317) 555-0110',
    'Complaint: received bill from Meridian Anesthesia Assoc. for $1,120 for anesthesia during sciatic nerve',
    'block ({64445}) on 01/06/2026; says nobody told her an anesthesiologist would be involved.',
    'Account no. on bill: MAA-[88016]-02   Provider statement dated 02/09/2026   Amount $1120.00',
    'Related claims: 202601270212 (block, paid) and 202601270213 (anesthesia {01250}, denied, PR-204).',
    'Category: Billing / balance billing (NSA?)  Route to: Provider Relations + A&G   Ack due: 5 business days',
  ].join('\n'),
});

// ── 22. Anesthesia grievance resolution letter ──
const grvResolution = lines({
  id: 's206-grvres',
  kind: 's206-grievance-resolution-letter-text',
  before: 'Wabash Meridian Health Plan — Grievance Resolution — March 12, 2026',
  text: [
    'Dear Ms. Lusk: This letter is about your grievance AG26-[20559] received February 15, 2026.',
    'What we found: The anesthesia charge (code {01250}) on claim 202601270213 was denied because our',
    'records showed the nerve block ({64445}) was done under ultrasound ({76942}) without sedation.',
    'Meridian Anesthesia Associates is in our network. Under its contract it may not bill you for a',
    'service we deny as not medically necessary. We contacted them (provider relations case PR-[30093]);',
    'they agreed to remove the $1,120.00 balance from account MAA-[88016]-02. Your grievance is resolved.',
    'If you are not satisfied, you may contact the Indiana Department of Insurance, 311 W. Washington St.,',
    'Indianapolis, IN [46204], or call 1-800-622-4461.',
  ].join('\n'),
});

// ── 23. Facial chemodenervation claim appeal (third story): provider dispute form ──
const provDispute = lines({
  id: 's206-provdisp',
  kind: 's206-provider-claim-dispute-form-text',
  before: 'WMH Provider Claim Dispute / Appeal Form — submitted via provider portal 02/14/2026 11:03',
  text: [
    'Provider: Northside Neurology & Movement Disorders  NPI 1902276631  TIN 35-1874459  Contact: Dana Rios CPC',
    'Patient: Marisol Quintero  ID WMH663019725  Claim no.: 202602861040  DOS 01/28/2026',
    'Billed: {64612}-RT, {64612}-LT ({95874} needle EMG guidance), J0585 x 60 units',
    'Denial: CO-119 on line 2 "benefit maximum reached" — plan applied 84-day limit across both sides.',
    'Argument: policy MP-NEU-[12398] §3.5 limits {64612} to one session PER SIDE per 84 days. Last RT/LT',
    'sessions 10/29/2025 (claim 202530261052). Please reprocess line 2. Attached: notes, prior EOB.',
    'Internal routing: dispute type CLM-APPL  queue PD-[28143]  dispute ID D-[30374]',
  ].join('\n'),
});

// ── 24. Claims reprocessing result after the dispute (provider 835 fragment, remit viewer) ──
const x835 = lines({
  id: 's206-x835',
  kind: 's206-x12-835-reprocessed-remit-viewer',
  before: 'Remit viewer ▸ EFT TRN 1WMH-0307-[71301] ▸ claim 202602861040 (reprocessed)',
  text: [
    'CLP*202602861040*1*1425*1003.82*0*12*2026028610401A~',
    'REF*F8*202602861040~',
    'SVC*HC:{64612}:RT*250*187.22**1~',
    'SVC*HC:{64612}:LT*250*187.22**1~CAS*CO*45*62.78~',
    'SVC*HC:{95874}*120*64.10**2~',
    'REF*6R*[31012]~',
    'N1*PE*NORTHSIDE NEUROLOGY*XX*1902276631~N4*INDIANAPOLIS*IN*[46240]~',
  ].join('\n'),
});

// ── 25. Morton's neuroma units appeal (fourth story): appeal analyst worksheet ──
const unitsWorksheet = table({
  id: 's206-unitsws',
  kind: 's206-appeal-analyst-units-worksheet-grid',
  caption: 'AG26-20565 — analyst worksheet — Whitfield, Gary — L foot — 64632 sessions, rolling 12 months',
  headers: ['Session', 'DOS', 'Claim', 'Line code', 'Units billed', 'Units allowed', 'Note'],
  rows: [
    ['1', '03/11/2025', 'WMH-25-[44206]', '{64632}-LT', '1', '1', 'Paid'],
    ['2', '06/10/2025', 'WMH-25-[44215]', '{64632}-LT', '1', '1', 'Paid'],
    ['3', '09/16/2025', 'WMH-25-[44224]', '{64632}-LT', '1', '1', 'Paid'],
    ['4', '01/20/2026', 'WMH-26-[44239]', '{64632}-LT', '3', '0', 'MUE 1 + freq 3/12 mo'],
    ['—', '01/20/2026', 'WMH-26-[44239]', '{76942}', '1', '0', 'Bundled w/ {64632} (NCCI)'],
  ],
});

// ── 26. Appeals work queue dashboard (supervisor view) ──
const queue = table({
  id: 's206-queue',
  kind: 's206-appeals-work-queue-dashboard-grid',
  caption: 'A&G Supervisor Dashboard — Open cases by clock — refreshed 03/09/2026 08:00',
  headers: ['Case', 'Type', 'Member', 'Disputed', 'Days open', 'Days left', 'Flag'],
  rows: [
    ['AG26-[20549]', 'Pre-svc', 'Prescott, D', '{64712}, {64727}', '23', '7', ''],
    ['AG26-[20551]', 'Post-svc', 'Quintero, M', '{64612}', '23', '37', 'Prov dispute D-[30374] linked'],
    ['AG26-[20565]', 'Post-svc', 'Whitfield, G', '{64632}', '21', '39', ''],
    ['AG26-[20571]', 'QOC grv', 'Rhodes, T', '{64714} referral', '21', '9', 'QI referral'],
    ['AG26-[20605]', 'Pre-svc', 'Ngata, L', '{64447}, {64448}', '6', '24', ''],
    ['AG26-[20612]', 'Expedited', 'Duarte, F', '{64483}', '0.4d', '2.6d', '⚠ 72-hr clock'],
  ],
});

// ── 27. Turnaround-time compliance report (monthly), grid ──
const tatReport = table({
  id: 's206-tat',
  kind: 's206-turnaround-time-compliance-report-grid',
  caption: 'TAT Compliance — February 2026 — Commercial (IN) — report id RPT-[50606]',
  headers: ['Category', 'Cases', 'Median days', 'Within std', '%', 'Top code'],
  rows: [
    ['Pre-service appeal (30 d)', '47', '18', '46', '97.9%', '{64712}'],
    ['Post-service appeal (60 d)', '212', '31', '209', '98.6%', '{64612}'],
    ['Expedited appeal (72 h)', '9', '1.1', '9', '100%', '{64483}'],
    ['Grievance (20 bus. d)', '138', '11', '131', '94.9%', '—'],
    ['External review requested', '6', '—', '6', '100%', '{64714}'],
  ],
});

// ── 28. Case API JSON, shown in a browser dev tool / API console ──
const caseJson = lines({
  id: 's206-json',
  kind: 's206-appeals-case-api-json-text',
  before: 'GET /api/v2/ag/cases/AG26-20571 → 200 OK (application/json)',
  text: [
    '{ "caseId": "AG26-[20571]", "caseType": "GRIEVANCE_QOC", "received": "2026-02-16",',
    '  "member": { "id": "WMH550182334", "zip": "[46073]", "groupNo": "[52419]" },',
    '  "allegation": "Waited 9 weeks for referral to lumbar plexus surgeon; directory listed wrong office",',
    '  "services": [ { "cpt": "{64714}", "status": "APPROVED", "authNo": "PA-26-[28290]" },',
    '                { "cpt": "{99204}", "status": "NO_AUTH_REQUIRED" } ],',
    '  "qiReferral": { "id": "QI-[16168]", "provider": "Hoosier Peripheral Nerve Institute", "zip": "[46032]" },',
    '  "letterTemplate": "AG-GRV-[10493]", "ownerId": 4471 }',
  ].join('\n'),
});

// ── 29. HL7 v2 MDM message carrying the op note back to the plan's case file (interface viewer) ──
const hl7 = lines({
  id: 's206-hl7',
  kind: 's206-hl7-mdm-op-note-interface-viewer',
  before: 'Interface Monitor ▸ Inbound ▸ CROSSRDS_MDM ▸ msg 2026-05-14 10:22',
  text: [
    'MSH|^~\\&|CRSEHR|CROSSRDS|WMHCASE|WABASH|20260514102211||MDM^T02|MSG[30654]|P|2.5.1',
    'PID|1||WMH884127093^^^WMH||PRESCOTT^DALE^M||19680411|M|||4417 BLUFF CREST DR^^INDIANAPOLIS^IN^[46227]',
    'TXA|1|OP|TX|20260512||||||||DOC[88508]||||||AU',
    'OBX|1|TX|OPNOTE||PROCEDURE: Right sciatic neuroplasty at the gluteal level ({64712}); internal',
    'OBX|2|TX|OPNOTE||neurolysis under the operating microscope ({64727}). Auth PA-26-[31902]. EBL 50 mL.',
    'OBX|3|TX|OPNOTE||Findings: dense scar band at the piriformis, 2 cm; nerve flattened. Case # [64712] (ASC log).',
  ].join('\n'),
});

// ── 30. Annual grievance report to the state, CSV export as previewed on screen ──
const stateCsv = lines({
  id: 's206-statecsv',
  kind: 's206-state-annual-grievance-report-csv-text',
  before: 'Export preview: IDOI_GRV_2025_WMH.csv (first 8 rows) — NAIC company code 95617',
  text: [
    'naic_co,file_no,recv_dt,type,reason_cd,cpt,member_zip,disposition,days',
    '[95617],AG25-[18225],2025-03-04,APPEAL_PRE,MN,{64712},[46227],UPHELD,27',
    '[95617],AG25-[18290],2025-03-19,APPEAL_POST,FREQ,{64612},[47906],OVERTURNED,41',
    '[95617],AG25-[18344],2025-04-02,GRIEVANCE,BAL_BILL,{64445},[46143],RESOLVED,9',
    '[95617],AG25-[19051],2025-06-30,APPEAL_POST,UNITS,{64632},[47401],PARTIAL,52',
    '[95617],AG25-[19223],2025-07-21,APPEAL_PRE,MN,{64714},[46038],OVERTURNED,22',
    '[95617],AG25-[19389],2025-08-08,APPEAL_POST,CODING,{64640},[46259],UPHELD,38',
    '[95617],AG25-[20010],2025-11-14,EXT_REVIEW,MN,{64712},[46278],OVERTURNED,19',
  ].join('\n'),
});

// ── 31. Member portal chat transcript about an appeal ──
const chat = lines({
  id: 's206-chat',
  kind: 's206-member-portal-chat-transcript',
  before: 'Secure chat — transcript emailed to member 05/20/2026 — Chat ID [31402]',
  text: [
    'Dale P. (10:02): hi, surgery went fine. but I got a bill from the surgery center for $4,870',
    "Ava (WMH Support) (10:03): I'm sorry to hear that, Dale. Can you give me the claim or statement number?",
    'Dale P. (10:04): statement 26-[50099] from Meridian Crossing Surgery Center, it says code {64712} pending',
    'Ava (WMH Support) (10:06): Thanks. I see the facility claim for {64712} is still processing under the',
    'approval from your external review (auth PA-26-[31902]). You should not pay until you get your EOB.',
    'Ava (WMH Support) (10:07): I opened a follow-up, ticket [41173], and you can call us at 1-800-555-0199.',
  ].join('\n'),
});

// ── 32. Internal e-mail thread: appeals nurse asks the coding auditor ──
const emailThread = lines({
  id: 's206-email',
  kind: 's206-internal-email-thread-nurse-coder-text',
  before: 'Outlook — RE: AG26-20565 Whitfield units question — Inbox (A&G)',
  text: [
    'From: Priya Dorsey, CPC (Payment Integrity)  Sent: Tue 3/3/2026 2:14 PM',
    'Tammy — {64632} is per nerve, but the MUE is 1 per date (MAI 2), so 3 units on one line will deny.',
    'If the podiatrist treated 3 interspaces she should bill {64632}-T2, {64632}-T3 and {64632}-T4 style lines',
    'on a corrected claim (freq code 7). Our §3.6 cap is 3 sessions per foot per 12 months, not units.',
    "Also the {76942} on that claim is bundled, correct per NCCI; don't overturn that line.",
    '> From: Tammy Aguilar  Sent: Tue 3/3/2026 11:40 AM',
    '> Priya, member says she had 3 neuromas injected on 1/20 (claim WMH-26-[44239], DOS 1/20). Was the',
    "> 3-unit denial right? Dr's office zip is [47401] if you need the locality. Case AG26-[20565].",
  ].join('\n'),
});

// ── 33. IRO case file index (exhibit list), PDF text layer ──
const exhibitIndex = table({
  id: 's206-exhibits',
  kind: 's206-external-review-exhibit-index-grid',
  caption: 'EXHIBIT INDEX — LIR-26-40204 — submitted by Wabash Meridian Health Plan 03/26/2026',
  headers: ['Exh.', 'Description', 'Date(s)', 'Bates'],
  rows: [
    ['A', 'Prior authorization request for {64712}/{64727}', '01/27/2026', 'WMH-[00001]–WMH-[00014]'],
    ['B', 'Initial adverse determination PA-26-[31047]', '02/03/2026', 'WMH-[00015]–WMH-[00018]'],
    ['C', 'Sciatic nerve block notes ({64445} ×2)', '11/18/2025; 12/22/2025', 'WMH-[00019]–WMH-[00026]'],
    ['D', 'Member appeal letter; surgeon LMN', '02/14/2026', 'WMH-[00027]–WMH-[00035]'],
    ['E', 'Final adverse determination AG26-[20549]', '03/04/2026', 'WMH-[00036]–WMH-[00041]'],
  ],
});

// ── 34. Appeals system search results ──
const search = lines({
  id: 's206-search',
  kind: 's206-appeals-system-search-results-list',
  before: 'Search cases: "64712" — 5 results (codes, case text, attachments)',
  text: [
    'AG26-[20549]  PRESCOTT, DALE M  Pre-svc appeal  Closed – Overturned (IRO)  Disputed: {64712}, {64727}',
    'AG25-[18225]  LINDQVIST, ROSE  Pre-svc appeal  Closed – Upheld  Disputed: {64712}  ZIP [46227]',
    'AG25-[20010]  BEAUCHAMP, ARLO  External review  Closed – Overturned  Disputed: {64712}-LT',
    'AG26-[20583]  — matched attachment text: "…phone ext. [64712] …" (not a procedure)  ',
    'CMP-[64712]  DOI complaint  Closed  — matched complaint number',
  ].join('\n'),
});

// ── 35. Grievance & appeals committee minutes (quarterly QI subcommittee), text layer ──
const minutes = lines({
  id: 's206-minutes',
  kind: 's206-ga-committee-minutes-text',
  before: 'Member Grievance & Appeals Subcommittee — Minutes — Q1 2026 — Meeting no. 26-01',
  text: [
    '4. Trend review. Overturn rate on pre-service appeals for peripheral nerve decompression ({64708},',
    '   {64712}, {64714}) was 44% (8 of 18); 3 overturns cited EMG evidence not recognized under MP-NEU-[12398].',
    '   Action: Medical Policy Committee (MPC-[50874]) to clarify that §3.2(c) accepts electrodiagnostic findings.',
    '5. Facial chemodenervation ({64612}) post-service appeals: 21 of 26 overturned, all per-side frequency edits.',
    '   Claims config ticket CFG-[64612] to split the 84-day counter by RT/LT. Owner: Claims Ops.',
    "6. Morton's neuroma: unit denials on {64632} — coding education letter to 14 podiatry groups (mail",
    '   job [31152]); corrected claim volume to be tracked.',
    '7. External reviews: 6 filed, 4 overturned (3 × {64712}, 1 × {64714}); IRO fees $3,900 total.',
  ].join('\n'),
});

// ── 36. State DOI consumer complaint notice to the plan (portal message) ──
const doiNotice = lines({
  id: 's206-doinotice',
  kind: 's206-doi-consumer-complaint-notice-text',
  before: 'Indiana Department of Insurance — Consumer Services — Company Complaint Portal — Notice',
  text: [
    'Complaint no.: CMP-[64712]   Company: Wabash Meridian Health Plan, Inc. (NAIC [95617])',
    'Complainant: Tamika Rhodes, Noblesville, IN [46060]   Analyst: J. Whitcomb, ext. [30819]',
    'Summary: Consumer states she waited more than 9 weeks for a surgeon consultation and an authorization',
    'for lumbar plexus decompression (CPT {64714}) and that the online directory showed a closed office.',
    'Please provide within 20 days: a complete response, copies of all grievance correspondence (your file',
    'AG26-[20571]), the authorization record, and the directory record for the listed provider at ZIP [46032].',
  ].join('\n'),
});

// ── 37. Plan's response to the DOI complaint (letter) ──
const doiResponse = lines({
  id: 's206-doiresp',
  kind: 's206-plan-response-to-doi-complaint-letter-text',
  before: 'Wabash Meridian Health Plan, Inc. — Regulatory Affairs — April 2, 2026',
  text: [
    'Re: Complaint No. CMP-[64712] — Tamika Rhodes — Member ID WMH550182334',
    '1. Chronology. Ms. Rhodes was referred 12/08/2025 for evaluation of lumbar plexus entrapment. A request',
    '   for {64714} with intraoperative monitoring ({95940}) was received 02/18/2026 and approved 02/20/2026',
    '   (PA-26-[28290]), within our 2-business-day standard. The consultation ({99204}) required no authorization.',
    '2. Directory. The directory listing for Hoosier Peripheral Nerve Institute (ZIP [46032]) still showed a',
    '   second office that closed 11/2025. It was corrected 03/03/2026 (data ticket PD-[64445]).',
    '3. Grievance AG26-[20571] was resolved 03/11/2026; a QI referral QI-[16168] remains open.',
    'Contact: Regulatory Affairs, 5510 W. 86th Street, Indianapolis, IN [46278].',
  ].join('\n'),
});

// ── 38. IRO invoice to the plan ──
const iroInvoice = table({
  id: 's206-iroinv',
  kind: 's206-iro-review-fee-invoice-grid',
  caption: 'Lakeshore Independent Review, LLC — INVOICE INV-71036 — Bill to: Wabash Meridian Health Plan, Attn A&G',
  headers: ['Line', 'IRO case', 'State file', 'Review type', 'Specialty', 'Amount'],
  rows: [
    ['1', 'LIR-26-[40204]', '[64714]', 'Standard – med nec ({64712})', 'Neurosurgery', '$650.00'],
    ['2', 'LIR-26-[40211]', '[64739]', 'Standard – med nec ({64714})', 'Neurosurgery', '$650.00'],
    ['3', 'LIR-26-[40250]', '[64802]', 'Standard – exp/inv ({64582})', 'Neurology', '$725.00'],
    ['', 'Remit to: PO Box [60686], Chicago, IL [60640]', '', 'Terms net 30', 'Fed ID 36-4471190', '$2,025.00'],
  ],
});

// ── 39. Market-conduct exam file-review sample (regulator's spreadsheet as shown in browser) ──
const mcSample = table({
  id: 's206-mcexam',
  kind: 's206-market-conduct-exam-file-review-grid',
  caption: 'IDOI Market Conduct Examination of Wabash Meridian — Appeals sample, 2025 — Worksheet G-3',
  headers: ['Sample #', 'Plan file', 'Proc', 'Ack ≤ 5d', 'Decision ≤ std', 'IRO notice', 'Exception'],
  rows: [
    ['[10006]', 'AG25-[18225]', '{64712}', 'Y', 'Y', 'Y', ''],
    ['[10007]', 'AG25-[18290]', '{64612}-LT', 'Y', 'N (66 d)', 'N/A', 'EX-[22073]'],
    ['[10008]', 'AG25-[19051]', '{64632}', 'N (8 d)', 'Y', 'N/A', 'EX-[22074]'],
    ['[10009]', 'AG25-[19223]', '{64714}', 'Y', 'Y', 'Y', ''],
    ['[10010]', 'AG25-[19389]', '{64640}', 'Y', 'Y', 'Missing lang. tagline', 'EX-[22075]'],
  ],
});

// ── 40. Member portal "My appeals" status cards ──
const portal = lines({
  id: 's206-portal',
  kind: 's206-member-portal-appeal-status-cards',
  before: 'myWabash ▸ Claims & Coverage ▸ My appeals and complaints',
  text: [
    'Appeal AG26-[20549] · Surgery: nerve release, right leg (code {64712}) · Status: Decided – Approved after',
    'external review · Updated Apr 8, 2026 · View letter (PDF, 212 KB) · Doc ID [77236]',
    'Grievance AG26-[20583] · ID card not received · Status: Resolved · New card mailed to ZIP [46278]',
    'Appeal AG25-[18225] · Surgery (code {64712}) · Status: Closed – Decision upheld · Sep 2025',
  ].join('\n'),
});

// ── 41. Expedited appeal fax cover sheet from a hospital UR office ──
const faxCover = lines({
  id: 's206-faxcover',
  kind: 's206-expedited-appeal-fax-cover-text',
  before: 'FAX — URGENT / EXPEDITED APPEAL — Riverbend Methodist Hospital Utilization Review',
  text: [
    'To: Wabash Meridian A&G — Expedited   Fax: 1-866-555-0181   From: UR RN Kelsey Marr, ext. [44093]',
    'Date: 03/08/2026 21:40   Pages: 14 incl. cover   Hospital account [20694]-IP',
    'Patient: Felipe Duarte   WMH ID WMH309985117   Inpatient since 03/06; denial ref PA-26-[33188]',
    'Requested: lumbar medial branch RF ablation {64635} — NOT what we need; correction: denied service is',
    'transforaminal epidural {64483} L5-S1 prior to discharge, attending attests delay jeopardizes function.',
    'Return fax to 317-555-0177, Riverbend Methodist, 2001 W. 86th St, Indianapolis, IN [46260].',
  ].join('\n'),
});

// ── 42. Letter template library (A&G correspondence admin screen) ──
const templates = table({
  id: 's206-templates',
  kind: 's206-letter-template-library-admin-grid',
  caption: 'Correspondence Admin ▸ A&G templates (state: IN, LOB: commercial)',
  headers: ['Template ID', 'Name', 'Sample merge text', 'Reading level', 'Last approved'],
  rows: [
    [
      'AG-ACK-[10481]',
      'Appeal acknowledgment',
      'We received your appeal about code «CPT» (e.g. {64712}).',
      '6.8',
      '01/12/2026',
    ],
    [
      'AG-UPH-[10482]',
      'Appeal decision – upheld',
      'Procedure code «CPT» ({64445}) remains denied…',
      '7.4',
      '01/12/2026',
    ],
    [
      'AG-OVR-[10491]',
      'Appeal decision – overturned',
      'We approved «CPT» ({64612}) as of «DATE».',
      '6.1',
      '01/12/2026',
    ],
    [
      'AG-GRV-[10493]',
      'Grievance resolution',
      'Mail: P.O. Box [64445], Indianapolis, IN [46282]-4445',
      '7.0',
      '11/03/2025',
    ],
    [
      'AG-EXT-[10497]',
      'External review rights',
      '311 W. Washington St., Indianapolis, IN [46204]',
      '8.2',
      '11/03/2025',
    ],
  ],
});

// ── 43. Morton's neuroma appeal decision letter (partial overturn) ──
const partialLetter = lines({
  id: 's206-partial',
  kind: 's206-partial-overturn-decision-letter-text',
  before: 'Wabash Meridian Health Plan — Notice of Appeal Decision — March 20, 2026 — to provider and member',
  text: [
    'Appeal: AG26-[20565]   Patient: Gary Whitfield   Claim WMH-26-[44239]   Date of service 01/20/2026',
    "Line 1, {64632}-LT × 3 units: PARTIALLY OVERTURNED. We will allow 1 unit now. This is the member's",
    '4th session on the left foot in 12 months; policy §3.6 allows 3. One session was counted in error',
    '(03/11/2025 was the right foot, {64632}-RT), so this session is within the limit.',
    'The other 2 units may be billed as separate lines on a corrected claim (use the claim frequency code 7).',
    'Line 2, {76942}: UPHELD — included in {64632} under national correct coding edits.',
    'Provider: Wabash Valley Foot & Ankle, 210 S. College Ave, Bloomington, IN [47401]; vendor no. [71015]',
  ].join('\n'),
});

export const sealed206: readonly Snippet[] = [
  ...appealForm,
  ...memberLetter,
  ...lmn,
  ...ackLetter,
  ...gaLog,
  ...callNotes,
  ...caseHeader,
  ...timeline,
  ...mdReview,
  ...p2p,
  ...policy,
  ...upholdLetter,
  ...extReq,
  ...iroAssign,
  ...iroXml,
  ...iroDecision,
  ...overturnTask,
  ...x278,
  ...claimHist,
  ...eob,
  ...grvIntake,
  ...grvResolution,
  ...provDispute,
  ...x835,
  ...unitsWorksheet,
  ...queue,
  ...tatReport,
  ...caseJson,
  ...hl7,
  ...stateCsv,
  ...chat,
  ...emailThread,
  ...exhibitIndex,
  ...search,
  ...minutes,
  ...doiNotice,
  ...doiResponse,
  ...iroInvoice,
  ...mcSample,
  ...portal,
  ...faxCover,
  ...templates,
  ...partialLetter,
];
