import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 189 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s189-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K): the
 * capital's ZIP (the plan's appeals PO box and the DSS compliance unit), the hearing docket number, the X12 278 trace
 * number reused as the FHIR ClaimResponse id, a docket-sheet document id, plan counsel's file reference, the plan's
 * compliance file number, other dockets and a ZIP in the state's report CSV, besides the known codes' digits. The
 * five known codes' digits come back as decoys: the MCO appeals unit's PO box, the internal appeal number, the
 * hearing recording file id and counter line, the legal-aid matter number, a conference-line participant code, a
 * nurse reviewer id, the state's compliance ticket, the ZIP of the legal-aid branch office and two fax job numbers.
 *
 * Family: a state Medicaid fair hearing over a denied peripheral-nerve procedure (State of Chariton, fictional).
 * Bluestem Community Health Plan (an MCO) denied right sciatic neuroplasty ({64712}-RT) for member Renata Solberg,
 * requested by Dr. Tobias Marchetti of Heartland Peripheral Nerve & Pain after two sciatic nerve blocks; the internal
 * appeal upheld the denial; Prairie Rivers Legal Aid asked for a state fair hearing; the Office of Administrative
 * Hearings, Medicaid Hearings Unit, reversed. Pages: the MCO's notice of adverse benefit determination (letter, its
 * services-denied grid, the "your rights" insert), the member's appeal form, the appeal acknowledgement, the
 * peer-to-peer summary and the appeal resolution notice; the state fair hearing request form, the hearing office's
 * acknowledgement, notice of telephone hearing, docket sheet, case search results, case JSON and daily calendar;
 * the agency/MCO evidence packet (exhibit index, prior-auth request form, X12 278 request, provider portal auth
 * status, FHIR ClaimResponse, medical policy text and its coding table, nurse reviewer notes, physician reviewer
 * determination, UM audit trail, claims history, office visit note, EMG/NCS report); the legal-aid side (intake
 * screen, position statement, the state fee schedule excerpt it cites, exhibit list, email thread with plan counsel,
 * records request letter, fax cover); the
 * hearing (transcript pages, recording time index, prehearing conference summary); the ALJ's decision (caption,
 * findings of fact, conclusions, order, certificate of service); the MCO's compliance letter and authorization grid,
 * the state's compliance tracker, the member's portal message and the state's quarterly MCO appeals report CSV.
 * Built on real public layouts: the CMS model Notice of Adverse Benefit Determination and appeal resolution notices
 * (42 CFR 438.404/438.408: "what we decided", "why", "your rights", continuation of benefits), state fair hearing
 * request forms (Ohio JFS 04059-style and Missouri-style hearing request with checkboxes), Texas HHSC and Ohio BSH
 * notices of telephone hearing with docket numbers, OAH docket sheets and case search results pages, the X12 005010X217
 * 278 request, Da Vinci PAS ClaimResponse JSON, MCG/InterQual-style medical policy pages with coding tables,
 * UM system case notes and audit trails, LegalServer intake screens, ALJ decisions (Findings of Fact / Conclusions of
 * Law / Order, 42 CFR 431.246 and 438.424 compliance within 72 hours), and state MCO grievance and appeals quarterly
 * report templates. The others are written the way those pages read, with no single source.
 *
 * 367 labelled tokens over 44 shapes: 192 codes (104 of them the five known codes), 175 decoys, 58 of the decoys
 * in KNOWN_10K, 30 decoys reusing the known codes' digits.
 */

// ── 1. MCO notice of adverse benefit determination, letter text layer ──
const abdLetter = lines({
  id: 's189-abd',
  kind: 's189-mco-adverse-benefit-determination-letter-text',
  before: 'Bluestem Community Health Plan — a Chariton Cares Medicaid health plan',
  text: [
    'Bluestem Community Health Plan · Utilization Management · PO Box [64632] · Kessler City, CH [65102]-4632',
    'NOTICE OF ADVERSE BENEFIT DETERMINATION        Date: April 22, 2026        Reference: UM-2604-[31616]',
    'Renata J. Solberg   1418 Orchard Bend Rd   Linwood, CH [64460]        Member ID: BCH700418263',
    'Dear Renata J. Solberg: We reviewed a request from Tobias Marchetti, MD for: Neuroplasty, major peripheral',
    'nerve, arm or leg, open; sciatic nerve (CPT {64712}), right side, outpatient hospital, 1 unit.',
    'What we decided: We denied this request. Why: Bluestem medical policy MP-[20450] (Peripheral Nerve',
    'Decompression) requires 12 weeks of documented conservative care and imaging or nerve studies that show',
    'entrapment. Your records show 2 nerve blocks ({64445}) but not 12 weeks of physical therapy.',
    'You can ask for a copy of the policy and your records for free. Call Member Services at 1-855-555-0144 (TTY 711).',
  ].join('\n'),
});

// ── 2. ABD services-denied grid ──
const abdGrid = table({
  id: 's189-abdgrid',
  kind: 's189-abd-services-denied-grid',
  caption: 'Services reviewed',
  headers: ['Line', 'Service code', 'Description', 'Units', 'Decision', 'Reason code'],
  rows: [
    ['1', '{64712}-RT', 'Neuroplasty, sciatic nerve', '1', 'Denied', 'MN04'],
    ['2', '{01250}', 'Anesthesia, nerves/muscles of upper leg', '1', 'Denied', 'MN09 (related)'],
    ['3', '{95886}', 'Needle EMG, complete, each extremity', '1', 'Approved', '—'],
  ],
});

// ── 3. "Your rights" insert ──
const rightsInsert = lines({
  id: 's189-rights',
  kind: 's189-abd-your-appeal-rights-insert-text',
  before: 'IMPORTANT: YOUR RIGHT TO APPEAL',
  text: [
    'You have 60 days from the date of this notice to ask Bluestem for an appeal. Mail: Bluestem Appeals Unit,',
    'PO Box [64632], Kessler City, CH [65102]-4632. Fax: 1-877-555-0163. Online: member.bluestemch.example/appeals',
    'If you want your services to continue during the appeal you must ask within 10 days. If we still deny',
    'after the appeal, you can ask for a State Fair Hearing: Chariton Office of Administrative Hearings,',
    'Medicaid Hearings Unit, 301 W. High St, Room 480, Kessler City, CH [65101]. Free legal help: 1-800-555-0171.',
  ].join('\n'),
});

// ── 4. Member's appeal request form (handwritten, OCR text layer) ──
const appealForm = lines({
  id: 's189-appform',
  kind: 's189-mco-member-appeal-request-form-ocr',
  before: 'BLUESTEM MEMBER APPEAL FORM (please print)',
  text: [
    'Member name: RENATA SOLBERG   Member ID: BCH700418263   Phone: (573) 555-0118',
    'Address: 1418 ORCHARD BEND RD  City: LINWOOD  State: CH  ZIP: [64460]',
    'Notice date / reference on your letter: 4/22/26  UM-2604-[31616]',
    'What do you want us to change? Please approve my surgery ({64712}) on my right leg. The shots ({64445})',
    'only helped a week each time. I did PT at Linwood Rehab, they faxed the notes (fax job [58500]).',
    '[X] I want an expedited (fast) appeal   [ ] I want my representative to act for me (attach form)',
  ].join('\n'),
});

// ── 5. Appeal acknowledgement letter ──
const appealAck = lines({
  id: 's189-appack',
  kind: 's189-mco-appeal-acknowledgement-letter-text',
  before: 'Bluestem Community Health Plan — Appeals Unit',
  text: [
    'May 1, 2026   Appeal number: APL-26-[64445]   Original reference: UM-2604-[31616]',
    'We received your appeal on May 1, 2026 about CPT {64712} (neuroplasty, sciatic nerve). Your appeal does not',
    'meet the rules for a fast appeal, so we will decide it within 30 calendar days. A doctor who did not make',
    'the first decision will review it. Send new records to PO Box [64632], Kessler City, CH [65102]-4632.',
  ].join('\n'),
});

// ── 6. Peer-to-peer conversation summary ──
const p2p = lines({
  id: 's189-p2p',
  kind: 's189-peer-to-peer-review-summary-text',
  before: 'PEER-TO-PEER REVIEW SUMMARY — Case APL-26-64445',
  text: [
    'Date/time: 05/19/2026 16:10   Reviewer: L. Haugen, MD (PM&R)   Treating: T. Marchetti, MD   Line id [64712]#',
    'Discussed: right deep gluteal syndrome with sciatic entrapment at piriformis; two US-guided blocks',
    '{64445} with {76942} (02/05 and 03/19/2026), 80% relief x 6-8 days each. MRI pelvis {72195} 01/2026 shows',
    'asymmetric right piriformis. PT 7 visits ({97110}, {97140}) then stopped for pain. Treating MD states',
    'that {64712} is the next step; alternative {64714} not indicated (no plexus findings). Outcome: not overturned.',
  ].join('\n'),
});

// ── 7. Internal appeal resolution notice ──
const appealResolution = lines({
  id: 's189-appres',
  kind: 's189-mco-appeal-resolution-notice-text',
  before: 'NOTICE OF APPEAL RESOLUTION',
  text: [
    'Date: May 28, 2026   Appeal number: APL-26-[64445]   Member: Renata J. Solberg   ID: BCH700418263',
    'You appealed our decision to deny: Neuroplasty, sciatic nerve, right (CPT {64712}-RT).',
    'Services reviewed on appeal: {64712}-RT (denial upheld); {01250} anesthesia (denial upheld, related to line 1).',
    'Decision: We upheld (kept) our decision. Reviewer: board-certified physical medicine and rehabilitation.',
    'Reason: MP-[20450] section 4.2 — conservative therapy of at least 12 weeks, including 6 weeks of supervised',
    'physical therapy, is not documented. Repeat diagnostic block ({64445}) response alone does not meet criteria.',
    'You may ask for a State Fair Hearing within 120 days of this notice. Case file sent to DSS on request ([33405]).',
  ].join('\n'),
});

// ── 8. State fair hearing request form (checkbox form) ──
const hearingRequest = lines({
  id: 's189-hrq',
  kind: 's189-state-fair-hearing-request-form-text',
  before: 'STATE OF CHARITON — REQUEST FOR STATE FAIR HEARING (MEDICAID) — Form DSS-HR-7',
  text: [
    'Section A. Applicant/Recipient: Renata J. Solberg   DOB 03/14/1981   Medicaid ID 700418263   County: Linn (FIPS [29115])',
    'Mailing address: 1418 Orchard Bend Rd, Linwood, CH [64460]   Phone: (573) 555-0118',
    'Section B. Program: [ ] Food [ ] Cash [X] Medicaid managed care  Plan: Bluestem Community Health Plan',
    'Section C. Action I disagree with: denial of surgery CPT {64712} (sciatic nerve) — plan appeal APL-26-[64445]',
    'Section D. Authorized representative: Maya Lindqvist, Prairie Rivers Legal Aid, 500 Court St, Kessler City, CH [65105]',
    'Section E. [X] I want my hearing by telephone   Interpreter: [ ] Yes [X] No   Received stamp: JUN 09 2026 OAH [14837]',
  ].join('\n'),
});

// ── 9. Hearing office acknowledgement ──
const oahAck = lines({
  id: 's189-oahack',
  kind: 's189-hearing-office-acknowledgement-notice-text',
  before: 'CHARITON OFFICE OF ADMINISTRATIVE HEARINGS — MEDICAID HEARINGS UNIT',
  text: [
    'ACKNOWLEDGMENT OF HEARING REQUEST        Docket No. 26-MHU-[38029]        Mailed: 06/11/2026',
    'In re: R. Solberg v. Bluestem Community Health Plan / Department of Social Services',
    'Issue as stated: MCO adverse benefit determination upheld on appeal; service code {64712}',
    'The MCO must send its evidence packet to the Unit and to you at least 5 business days before the hearing.',
    'Correspondence: OAH-MHU, PO Box 1557, Kessler City, CH [65102]-1557. Please put the docket number on all mail.',
  ].join('\n'),
});

// ── 10. Notice of telephone hearing ──
const hearingNotice = lines({
  id: 's189-notice',
  kind: 's189-notice-of-telephone-hearing-text',
  before: 'NOTICE OF TELEPHONE HEARING',
  text: [
    'Docket No.: 26-MHU-[38029]   Appellant: Renata J. Solberg   Respondent: Bluestem Community Health Plan',
    'Hearing date: Thursday, July 16, 2026 at 9:30 a.m. Central   Administrative Law Judge: Deborah K. Ashworth',
    'Call 1-888-555-0190, enter conference ID [43708] and then your participant code [64712]#.',
    'Issue: Whether Bluestem correctly denied prior authorization for CPT {64712} (neuroplasty, sciatic nerve).',
    'Hearing room (if you come in person): 301 W. High St, Room 480, Kessler City, CH [65101]. Notice no. [22737].',
  ].join('\n'),
});

// ── 11. Docket sheet ──
const docket = table({
  id: 's189-docket',
  kind: 's189-oah-docket-sheet-grid',
  caption: 'Docket 26-MHU-38029 — Solberg v. Bluestem CHP — Case events',
  headers: ['Seq', 'Date', 'Event', 'Filed by', 'Doc id'],
  rows: [
    ['1', '06/09/2026', 'Hearing request received (service {64712} denial)', 'Appellant', '[70777]'],
    ['2', '06/11/2026', 'Acknowledgment mailed', 'OAH', '[70791]'],
    ['3', '06/24/2026', 'Notice of telephone hearing', 'OAH', '[71475]'],
    ['4', '07/08/2026', 'Evidence packet, Exhibits A–K (PA request, MP-[20450], notes)', 'Respondent MCO', '[72040]'],
    ['5', '07/13/2026', 'Position statement and Exhibits 1–6', 'Appellant rep.', '[72114]'],
    ['6', '07/16/2026', 'Hearing held; recording MHU_0716_[64714].mp3', 'ALJ', '[72522]'],
    ['7', '08/05/2026', 'Decision: REVERSED — authorize {64712}-RT', 'ALJ', '[73076]'],
    ['8', '08/07/2026', 'MCO compliance letter (auth PA26081102)', 'Respondent MCO', '[74772]'],
  ],
});

// ── 12. Hearing office public case search results ──
const caseSearch = lines({
  id: 's189-search',
  kind: 's189-oah-case-search-results-text',
  before: 'Case Search — Medicaid Hearings Unit — search: "Bluestem" status: all — 3 results',
  text: [
    '26-MHU-[38029]  Solberg, R. v. Bluestem CHP   Filed 06/09/2026   Type: MCO-ABD   Status: Decided 08/05/2026',
    '26-MHU-[38114]  Kessler, A. v. Bluestem CHP   Filed 06/15/2026   Type: MCO-ABD   Status: Withdrawn',
    '26-MHU-[37437]  Oyelaran, T. v. Bluestem CHP  Filed 05/30/2026   Type: MCO-ABD   Status: Scheduled 07/22/2026',
    'Subject (from request): "facial spasm injections {64612} cut from 4 to 2 a year"   Zip: [64504]',
  ].join('\n'),
});

// ── 13. Hearing office case record JSON (on-screen API viewer) ──
const caseJson = lines({
  id: 's189-casejson',
  kind: 's189-oah-case-record-json-viewer',
  before: 'GET /api/v2/cases/26-MHU-38029 → 200 OK',
  text: [
    '{ "docket": "26-MHU-[38029]", "program": "MEDICAID-MC", "mcoId": "BLU", "mcoContract": "CH-MCO-[50559]",',
    '  "appellant": { "name": "Solberg, Renata", "zip": "[64460]" },',
    '  "serviceCodes": [ { "system": "CPT", "code": "{64712}", "modifier": "RT" } ],',
    '  "priorAuthRef": "UM-2604-[31616]", "mcoAppealNo": "APL-26-[64445]",',
    '  "recording": "MHU_0716_[64714].mp3", "outcome": "REVERSED", "complianceTicket": "CMP-[64714]" }',
  ].join('\n'),
});

// ── 14. Daily hearing calendar ──
const calendar = table({
  id: 's189-calendar',
  kind: 's189-oah-daily-hearing-calendar-grid',
  caption: 'Hearing calendar — Thursday, July 16, 2026 — ALJ D. K. Ashworth — Teleconference',
  headers: ['Time', 'Docket', 'Appellant', 'Respondent', 'Issue', 'Conf. ID'],
  rows: [
    ['9:30', '26-MHU-[38029]', 'Solberg, R.', 'Bluestem CHP', 'PA denial {64712}', '[43708]'],
    ['10:45', '26-MHU-[38260]', 'Ruelas, M.', 'Cedar Valley Health Plan', 'PA denial {64632}', '[43711]'],
    ['1:30', '26-MHU-[38306]', 'Tran, Q.', 'DSS Family Support', 'Medicaid spend-down', '[43722]'],
  ],
});

// ── 15. Evidence packet exhibit index ──
const exhibitIndex = table({
  id: 's189-exidx',
  kind: 's189-mco-evidence-packet-exhibit-index-grid',
  caption: "RESPONDENT'S EVIDENCE PACKET — 26-MHU-38029 — Index of Exhibits",
  headers: ['Ex.', 'Description', 'Bates'],
  rows: [
    ['A', 'Prior authorization request, CPT {64712}-RT, rec’d 04/15/2026', 'BCHP 0001–0004'],
    ['B', 'X12 278 request/response, trace [61582]', 'BCHP 0005–0006'],
    ['C', 'Medical policy MP-[20450], Peripheral Nerve Decompression, rev. 01/2026', 'BCHP 0007–0019'],
    ['D', 'Nurse reviewer notes (RN id [64632])', 'BCHP 0020–0023'],
    ['E', 'Physician reviewer determination; denial notice UM-2604-[31616]', 'BCHP 0024–0029'],
    ['F', 'Claims history, 01/2025–06/2026 ({64445} x2, {95886}, {72195})', 'BCHP 0030–0031'],
    ['G', 'Appeal file APL-26-[64445] and resolution notice', 'BCHP 0032–0047'],
  ],
});

// ── 16. Prior authorization request form (fax), text layer ──
const paForm = lines({
  id: 's189-paform',
  kind: 's189-prior-authorization-request-fax-form-text',
  before: 'BLUESTEM CHP — OUTPATIENT PRIOR AUTHORIZATION REQUEST — Fax 1-877-555-0150',
  text: [
    'Member: Solberg, Renata J.   ID: BCH700418263   DOB: 03/14/1981   [ ] Urgent [X] Standard',
    'Requesting/servicing: Tobias Marchetti MD, NPI 1487652039, Tax ID 43-1187702, 2200 W Truman Blvd Ste 110,',
    'Kessler City, CH [65109]   Facility: Capitol Region Medical Center HOPD',
    'CPT/HCPCS: {64712}   Mod: RT   Units: 1   ICD-10: G57.01, M79.2   Date of service: TBD May 2026',
    'Related: anesthesia {01250}; prior treatment {64445} x2 (02/05, 03/19/2026), PT 7 visits, gabapentin, NSAIDs',
    'Alternatives considered: {64708} (n/a — sciatic specified), {64714} (no plexus findings), repeat {64450} (declined).',
    'Fax pages: 14   Sender fax job [64445]   Contact: Ines Albrecht, prior auth coordinator, ext. 2231',
  ].join('\n'),
});

// ── 17. X12 278 request as shown in the clearinghouse viewer ──
const x278 = lines({
  id: 's189-x278',
  kind: 's189-x12-278-request-segment-viewer',
  before: 'Transaction 278 (005010X217) — raw segments',
  text: [
    'ST*278*0001*005010X217~BHT*0007*13*[61582]*20260415*0912~',
    'HL*1**20*1~NM1*X3*2*BLUESTEM COMMUNITY HEALTH PLAN*****PI*[48645]~',
    'HL*2*1*21*1~NM1*1P*1*MARCHETTI*TOBIAS****XX*1487652039~N3*2200 W TRUMAN BLVD STE 110~N4*KESSLER CITY*CH*[65109]~',
    'HL*3*2*22*1~NM1*IL*1*SOLBERG*RENATA*J***MI*BCH700418263~DMG*D8*19810314*F~',
    'HL*4*3*EV*0~TRN*1*[61582]*1431187702~UM*HS*I*2*22:B~HI*ABK:G5701*ABF:M792~',
    'HL*5*4*SS*0~SV1*HC:{64712}:RT**UN*1~HL*6*4*SS*0~SV1*HC:{01250}**MJ*90~SE*16*0001~',
  ].join('\n'),
});

// ── 18. MCO provider portal authorization status ──
const portalStatus = table({
  id: 's189-portal',
  kind: 's189-mco-provider-portal-auth-status-grid',
  caption: 'Bluestem Provider Portal › Authorizations › Search results (member BCH700418263)',
  headers: ['Auth #', 'Submitted', 'Svc', 'Mod', 'Status', 'Decision date', 'Letter'],
  rows: [
    ['PA26041518', '04/15/2026', '{64712}', 'RT', 'Denied', '04/22/2026', 'UM-2604-[31616]'],
    ['PA26013007', '01/30/2026', '{64445}', 'RT', 'Approved', '02/02/2026', 'UM-2601-[29210]'],
    ['PA26031102', '03/11/2026', '{64445}', 'RT', 'Approved', '03/12/2026', 'UM-2603-[30467]'],
    ['PA26081102', '08/06/2026', '{64712}', 'RT', 'Approved — OAH order', '08/07/2026', 'UM-2608-[33903]'],
  ],
});

// ── 19. FHIR ClaimResponse (PAS) in the evidence packet ──
const fhir = lines({
  id: 's189-fhir',
  kind: 's189-fhir-pas-claimresponse-json',
  before: 'Exhibit B-2: Prior authorization response (FHIR ClaimResponse, PAS profile), as exported',
  text: [
    '{ "resourceType": "ClaimResponse", "id": "bchp-cr-[61582]", "outcome": "complete", "use": "preauthorization",',
    '  "item": [ { "itemSequence": 1, "extension": [ { "url": ".../extension-reviewAction",',
    '    "extension": [ { "url": "code", "valueCodeableConcept": { "coding": [ { "code": "A3", "display": "Not Certified" } ] } },',
    '    { "url": "reasonCode", "valueCodeableConcept": { "text": "MP-[20450] criteria 4.2 not met" } } ] } ],',
    '  "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" } ] },',
    '  "modifier": [ { "coding": [ { "code": "RT" } ] } ] } ], "preAuthRef": "UM-2604-[31616]" }',
  ].join('\n'),
});

// ── 20. Medical policy text ──
const policyText = lines({
  id: 's189-policy',
  kind: 's189-mco-medical-policy-criteria-text',
  before:
    'Bluestem Medical Policy MP-20450 — Peripheral Nerve Decompression and Related Procedures — Effective 01/01/2026',
  text: [
    '4.1 Open neuroplasty of a major peripheral nerve of the lower extremity (e.g., {64708}, {64712}) is',
    '    considered medically necessary when ALL of the following are met:',
    '    a. Clinical signs of focal entrapment, AND electrodiagnostic findings ({95907}–{95913}, {95886}) or imaging',
    '       ({72195}, {73718}) consistent with entrapment;',
    '4.2 b. Failure of at least 12 weeks of conservative care, including 6 weeks of supervised physical therapy',
    '       ({97110}, {97112}, {97140}) unless PT is contraindicated or not tolerated (document reason);',
    '    c. Temporary relief from a diagnostic perineural injection ({64445}, {64450}) supports but is not required.',
    '4.3 Lumbar plexus neuroplasty ({64714}) and brachial plexus neuroplasty ({64713}) are reviewed case by case.',
    '4.4 Chemodenervation ({64612}) and neurolytic destruction ({64632}) are addressed in MP-[20460] and MP-[20511].',
  ].join('\n'),
});

// ── 21. Medical policy coding table ──
const policyCodes = table({
  id: 's189-polcodes',
  kind: 's189-mco-medical-policy-coding-table',
  caption: 'Appendix A — Codes applicable to MP-20450 (inclusion does not guarantee coverage)',
  headers: ['Code type', 'Code', 'Description', 'PA required'],
  rows: [
    ['CPT', '{64704}', 'Neuroplasty; nerve of hand or foot', 'Yes'],
    ['CPT', '{64708}', 'Neuroplasty, major peripheral nerve, arm or leg; other than specified', 'Yes'],
    ['CPT', '{64712}', 'Neuroplasty; sciatic nerve', 'Yes'],
    ['CPT', '{64713}', 'Neuroplasty; brachial plexus', 'Yes'],
    ['CPT', '{64714}', 'Neuroplasty; lumbar plexus', 'Yes'],
    ['CPT', '{64445}', 'Injection, anesthetic agent(s); sciatic nerve, single', 'No (office/ASC)'],
    ['CPT', '{64450}', 'Injection, anesthetic agent(s); other peripheral nerve or branch', 'No (office/ASC)'],
    ['CPT', '{95886}', 'Needle EMG, each extremity, complete (5+ muscles)', 'No'],
    ['CPT', '{95910}', 'Nerve conduction studies; 7–8 studies', 'No'],
    ['CPT', '{72195}', 'MRI pelvis without contrast', 'Yes (RBM vendor)'],
    ['CPT', '{97110}', 'Therapeutic exercise, each 15 minutes', 'After 20 visits'],
    ['CPT', '{97140}', 'Manual therapy techniques, each 15 minutes', 'After 20 visits'],
    [
      'CPT',
      '{01250}',
      'Anesthesia for all procedures on nerves, muscles, tendons, fascia, bursae of upper leg',
      'Follows primary',
    ],
    ['ICD-10', 'G57.01', 'Lesion of sciatic nerve, right lower limb', '—'],
  ],
});

// ── 22. Nurse reviewer case notes ──
const rnNotes = lines({
  id: 's189-rnnotes',
  kind: 's189-um-nurse-reviewer-case-notes-text',
  before: 'UM Case UM-2604-31616 — Notes (chronological)',
  text: [
    '04/15/2026 09:14 RN [64632] (C. Velez): Fax rec’d 14 pp, job [64445]. Request {64712}-RT, POS 22, anes {01250}.',
    '04/15/2026 09:31 RN CV: Applied MP-[20450] 4.1–4.2. EMG/NCS 12/2025 ({95886}, {95910}) shows R sciatic',
    '   slowing across sciatic notch. PT: 7 visits 02–03/2026 ({97110} x7, {97140} x5) — < 6 wks supervised.',
    '04/15/2026 09:40 RN CV: Blocks {64445} 02/05 & 03/19 w/ temporary relief. Pended to MD review, queue [55760].',
    '04/17/2026 14:02 RN CV: Outreach to office (Ines, ext 2231) for PT discharge summary — LVM. Call ref [56236].',
    '04/21/2026 17:50 MD [57456]: 4.1(a) met ({95886}/{95910} + {72195}); 4.2(b) not met. Deny {64712}; {01250} related.',
  ].join('\n'),
});

// ── 23. Physician reviewer determination ──
const mdReview = lines({
  id: 's189-mdreview',
  kind: 's189-um-physician-reviewer-determination-text',
  before: 'PHYSICIAN REVIEW — Determination',
  text: [
    'Reviewer: R. Castellano, DO (Anesthesiology/Pain)   Reviewer no. [57456]   Date: 04/21/2026 17:48',
    'Service: {64712} RT   Determination: NOT MEDICALLY NECESSARY   Criteria: MP-[20450] 4.2(b)',
    'Rationale: Conservative care ~9 weeks; PT 7 visits, stopped; no documented contraindication to PT. Diagnostic',
    'blocks ({64445}) show short relief. Recommend completion of PT; consider repeat {64445} or {64450} if needed.',
    'P2P offered: Y   Letter template: ABD-MC-01 ver [01646]',
  ].join('\n'),
});

// ── 24. UM system audit trail ──
const auditTrail = table({
  id: 's189-audit',
  kind: 's189-um-system-audit-trail-grid',
  caption: 'Audit trail — UM-2604-31616 — exported 07/07/2026 for OAH 26-MHU-38029',
  headers: ['Timestamp', 'User', 'Action', 'Detail'],
  rows: [
    ['2026-04-15 09:12', 'EDI', 'Created from 278', 'TRN [61582]; line 1 {64712}:RT'],
    ['2026-04-15 09:40', 'RN[64632]', 'Pend MD', 'Queue [55760]'],
    ['2026-04-21 17:48', 'MD[57456]', 'Determination', 'Deny line 1; line 2 {01250} deny related'],
    ['2026-04-22 06:00', 'BATCH', 'Letter generated', 'UM-2604-[31616] mailed; print job [58057]'],
    ['2026-08-06 16:31', 'APPEALS2', 'Override — OAH order', '{64712}-RT approved; auth PA26081102'],
  ],
});

// ── 25. Claims history printout ──
const claimsHistory = table({
  id: 's189-claims',
  kind: 's189-mco-member-claims-history-grid',
  caption: 'Member claims history — BCH700418263 — 01/01/2025 to 06/30/2026 (Exhibit F)',
  headers: ['DOS', 'ICN', 'Provider', 'Proc', 'Mod', 'Billed', 'Paid', 'Status'],
  rows: [
    ['11/04/2025', '2025308114402', 'Heartland PN&P', '{99204}', '', '$265.00', '$98.14', 'Paid'],
    ['12/09/2025', '2025343100871', 'Capitol Neuro Dx', '{95886}', 'RT', '$410.00', '$87.60', 'Paid'],
    ['12/09/2025', '2025343100872', 'Capitol Neuro Dx', '{95910}', '', '$520.00', '$101.25', 'Paid'],
    ['01/12/2026', '2026012009317', 'Capitol Region MC', '{72195}', '', '$1,850.00', '$212.44', 'Paid'],
    ['02/05/2026', '2026036118830', 'Heartland PN&P', '{64445}', 'RT', '$640.00', '$71.90', 'Paid'],
    ['03/19/2026', '2026078120456', 'Heartland PN&P', '{64445}', 'RT', '$640.00', '$71.90', 'Paid'],
    ['03/19/2026', '2026078120457', 'Heartland PN&P', '{76942}', '', '$180.00', '$24.06', 'Paid'],
    ['02/16/2026', '2026047201113', 'Linwood Rehab', '{97161}', 'GP', '$210.00', '$61.75', 'Paid'],
    ['02/18/2026', '2026049201377', 'Linwood Rehab', '{97110}', 'GP', '$95.00', '$18.22', 'Paid'],
    ['02/18/2026', '2026049201378', 'Linwood Rehab', '{97140}', 'GP', '$90.00', '$16.40', 'Paid'],
    ['04/09/2026', '2026099117204', 'Heartland PN&P', '{99214}', '25', '$190.00', '$66.31', 'Paid'],
    ['05/14/2026', '2026134117920', 'Heartland PN&P', '{99213}', '', '$140.00', '$47.08', 'Paid'],
    [
      '06/02/2026',
      '2026153300018',
      'Capitol Region MC',
      '{64712}',
      'RT',
      '$4,980.00',
      '$0.00',
      'Denied — no auth (CARC 197)',
    ],
  ],
});

// ── 26. Office visit note excerpt ──
const visitNote = lines({
  id: 's189-visit',
  kind: 's189-clinic-office-visit-note-excerpt-text',
  before: 'Heartland Peripheral Nerve & Pain — Progress note 04/09/2026 — T. Marchetti, MD',
  text: [
    'PMH: L Morton neuroma, neurolysis {64632} 2023 (prior plan); hemifacial spasm, Botox {64612} q12 wks, stable.',
    'A/P: 1. Right sciatic neuropathy at the sciatic notch (deep gluteal syndrome), G57.01.',
    'S/p US-guided sciatic nerve block (CPT {64445}) x2 with 80% relief lasting about a week each time.',
    'PT at Linwood Rehab stopped after 7 visits for pain flare (letter from PT attached, Rehab acct [40912]).',
    'Plan: open neuroplasty / decompression of right sciatic nerve, {64712}-RT, at CRMC; PA to be submitted.',
    'Follow-up 6 weeks. Pt lives in Linwood ([64460]); transportation via Chariton Cares NEMT, trip ref [41491].',
  ].join('\n'),
});

// ── 27. EMG/NCS report excerpt ──
const emgReport = lines({
  id: 's189-emg',
  kind: 's189-emg-ncs-report-excerpt-text',
  before: 'Capitol Neurodiagnostics — Electrodiagnostic Consultation — 12/09/2025',
  text: [
    'Studies performed: NCS 7 studies ({95910}); needle EMG right lower extremity with paraspinals ({95886}).',
    'Findings: Reduced R peroneal and tibial CMAP amplitudes; fibrillations in R biceps femoris (short head)',
    'and tibialis anterior, normal paraspinals. Impression: R sciatic neuropathy proximal to the knee.',
    'Lab accreditation no. [10558]   Report id [11195]   Reading physician: P. Adeyemi, MD',
  ].join('\n'),
});

// ── 28. Legal aid intake screen (LegalServer-style) ──
const intake = lines({
  id: 's189-intake',
  kind: 's189-legal-aid-intake-case-screen-text',
  before: 'Prairie Rivers Legal Aid — LegalServer — Matter 26-[64612] — Solberg, Renata',
  text: [
    'Matter/Case ID#: 26-[64612]   Office: Kessler City (main)   Intake date: 06/02/2026   Intake user: jtorres',
    'Legal problem code: 51 Medicaid   Special legal problem: MCO service denial   Funding: LSC, IOLTA [12374]',
    'Client ZIP: [64460]   County: Linn   Household size: 2   Income: 74% FPL   Conflicts checked: [13003]',
    'Problem description: plan denied surgery code {64712} (sciatic nerve release); internal appeal lost 5/28.',
    'Referral: Ferris branch office, 118 Main St, Ferris, CH [64445] (conflict with Kessler City attorney)',
  ].join('\n'),
});

// ── 29. Legal aid position statement ──
const position = lines({
  id: 's189-position',
  kind: 's189-legal-aid-position-statement-text',
  before: "APPELLANT'S POSITION STATEMENT — Docket No. 26-MHU-38029",
  text: [
    '1. Ms. Solberg asks the ALJ to reverse Bluestem’s denial of right sciatic neuroplasty, CPT {64712}.',
    '2. Bluestem’s own policy, MP-[20450] § 4.2(b), excuses the 6-week PT requirement when PT is "not tolerated',
    '   (document reason)". The PT discharge letter (Ex. 3) documents a pain flare after visit 7.',
    '3. Two image-guided sciatic nerve blocks ({64445}, with {76942}) each gave 80% relief, and EMG/NCS ({95886},',
    '   {95910}) localise the lesion proximal to the knee — criterion 4.1(a) is met on Bluestem’s own terms.',
    '4. Repeating {64445} every six weeks, as the reviewer suggests, is not a substitute for decompression.',
    '5. 42 CFR 438.210 bars the MCO from applying criteria more restrictively than fee-for-service Medicaid,',
    '   which covers {64712} (DSS provider bulletin [25153]) with prior authorization but no fixed PT period.',
    '6. The FFS schedule (Ex. 4) lists {64712} at $612.40 and {64708} at $538.19, PA "Y", with no step',
    '   therapy; nerve blocks {64445} and {64450} need no PA at all. Bluestem’s stricter rule is not allowed.',
  ].join('\n'),
});

// ── 29b. Appellant's Ex. 4: state FFS fee schedule excerpt ──
const feeSchedule = table({
  id: 's189-ffs',
  kind: 's189-state-medicaid-ffs-fee-schedule-excerpt-grid',
  caption: 'Chariton Cares Physician Fee Schedule — effective 07/01/2026 — search: "647" (App. Ex. 4)',
  headers: ['Proc', 'Mod', 'Description', 'Fee', 'PA', 'Max units'],
  rows: [
    ['{64704}', '', 'NEUROPLASTY NERVE HAND/FOOT', '$311.62', 'N', '2'],
    ['{64708}', '', 'NEUROPLASTY MAJOR PERIPH NRV', '$538.19', 'Y', '1'],
    ['{64712}', '', 'NEUROPLASTY SCIATIC NERVE', '$612.40', 'Y', '1'],
    ['{64712}', '50', 'NEUROPLASTY SCIATIC NERVE — BILATERAL', '$918.60', 'Y', '1'],
    ['{64713}', '', 'NEUROPLASTY BRACHIAL PLEXUS', '$801.77', 'Y', '1'],
    ['{64714}', '', 'NEUROPLASTY LUMBAR PLEXUS', '$749.05', 'Y', '1'],
    ['{64445}', '', 'N BLOCK INJ SCIATIC SNG', '$71.90', 'N', '1'],
  ],
});

// ── 30. Appellant's exhibit list ──
const appExhibits = table({
  id: 's189-appex',
  kind: 's189-legal-aid-appellant-exhibit-list-grid',
  caption: "Appellant's Exhibits (filed 07/13/2026)",
  headers: ['No.', 'Exhibit', 'Pages', 'Source'],
  rows: [
    ['1', 'Progress note 04/09/2026 (plan for {64712}-RT)', '3', 'Heartland PN&P'],
    ['2', 'EMG/NCS report 12/09/2025 ({95886}, {95910})', '4', 'Capitol Neurodiagnostics, acct [15401]'],
    ['3', 'PT discharge letter, Linwood Rehab', '1', 'Linwood Rehab, fax job [15996]'],
    ['4', 'Chariton Medicaid FFS fee schedule excerpt, code {64712}', '2', 'DSS website'],
    ['5', 'Letter of medical necessity, Dr. Marchetti', '2', 'Heartland PN&P'],
  ],
});

// ── 31. Email thread with plan counsel ──
const emails = lines({
  id: 's189-emails',
  kind: 's189-advocate-plan-counsel-email-thread-text',
  before: 'RE: Solberg 26-MHU-38029 — evidence packet / possible resolution',
  text: [
    'From: Maya Lindqvist <mlindqvist@prla.example>  To: Grant Obuya <gobuya@bluestemch.example>  Jul 10, 2026 3:42 PM',
    'Grant — the packet skips Bates 0020–0023 page 3 (RN notes after 04/17). Also, would Bluestem approve {64712}',
    'now if we send the PT discharge letter? That would let us withdraw. My matter no. is 26-[64612].',
    '> On Jul 10, 2026 11:05 AM, Grant Obuya wrote: Attached is the packet (file EVP_[26334].pdf, our ref [47278]). The plan stands on',
    '> MP-[20450] 4.2(b). We would consider {64445} repeat approval pending PT, not {64712}.',
    'Grant Obuya | Associate Counsel | Bluestem CHP | PO Box [64632], Kessler City, CH [65102]-4632',
  ].join('\n'),
});

// ── 32. Records request letter to the PT provider ──
const recordsRequest = lines({
  id: 's189-records',
  kind: 's189-advocate-records-request-letter-text',
  before: 'PRAIRIE RIVERS LEGAL AID — 500 Court St, Kessler City, CH 65105',
  text: [
    'June 12, 2026   Linwood Rehabilitation, Attn: Medical Records, 22 Depot St, Linwood, CH [64460]',
    'Re: Renata J. Solberg, DOB 03/14/1981 — our file 26-[64612] — authorization enclosed (HIPAA, 45 CFR 164.508)',
    'Please send all therapy notes, 01/2026–present, including billing ({97110}, {97140}) and the discharge summary.',
    'No fee may be charged (Chariton Rev. Stat. 191.227). Reply to fax 573-555-0133 or PO Box 1040, Kessler City, CH [65108].',
  ].join('\n'),
});

// ── 33. Fax cover sheet ──
const faxCover = lines({
  id: 's189-fax',
  kind: 's189-legal-aid-fax-cover-sheet-text',
  before: 'FAX — Prairie Rivers Legal Aid',
  text: [
    'To: OAH Medicaid Hearings Unit   Fax: 573-555-0102   From: M. Lindqvist   Pages (incl. cover): 19',
    'Re: 26-MHU-[38029] Solberg — Appellant’s position statement and Exhibits 1–5 (code at issue: {64712})',
    'TX report: Job [64712]  07/13/2026 14:22  Result OK  Duration 06:41   Station id [16625]',
  ].join('\n'),
});

// ── 34. Prehearing conference summary ──
const prehearing = lines({
  id: 's189-prehearing',
  kind: 's189-prehearing-conference-summary-order-text',
  before: 'PREHEARING CONFERENCE SUMMARY — 26-MHU-38029',
  text: [
    'Held by phone 07/14/2026. Present: ALJ Ashworth; M. Lindqvist (appellant); G. Obuya and RN C. Velez (Bluestem).',
    'Issue narrowed: whether criterion 4.2(b) of MP-[20450] was properly applied to the request for {64712}-RT.',
    'Bluestem withdrew its objection to Appellant Ex. 3. Related anesthesia line {01250} follows the outcome on {64712}.',
    'Witnesses: Dr. Marchetti (by phone, Appellant); Dr. Castellano (Bluestem). Bridge as noticed, ID [43708].',
  ].join('\n'),
});

// ── 35. Hearing transcript page (line-numbered) ──
const transcript = lines({
  id: 's189-transcript',
  kind: 's189-hearing-transcript-page-line-numbered-text',
  before: 'TRANSCRIPT OF RECORDED HEARING — 26-MHU-38029 — Page 14',
  text: [
    '3   ALJ ASHWORTH: Dr. Castellano, your note recommends repeating {64445}. How many times?',
    '4   DR. CASTELLANO: One more, maybe two, while she finishes therapy. Then we look at {64712} again.',
    '5   MS. LINDQVIST: Doctor, is a diagnostic block coded {64445} a treatment for entrapment?',
    '6   DR. CASTELLANO: It can give relief. It does not release the nerve, no.',
    '7   MS. LINDQVIST: And 4.2(b) says PT is excused if not tolerated, with a documented reason?',
    '8   DR. CASTELLANO: It does. I did not have the PT letter in April.',
    '9   ALJ ASHWORTH: Let the record show Appellant Exhibit 3, fax job [15996], is admitted. Recording file',
    '10  MHU_0716_[64714], counter [00710]. Dr. Marchetti, what would the surgery be?',
    '11  DR. MARCHETTI: I would do an open release, {64712} with an RT modifier. Not {64714}, the plexus is fine.',
    '12  ALJ ASHWORTH: And the anesthesia line, {01250}, goes with it?',
    '13  DR. MARCHETTI: Yes, Judge. The blocks, {64445} with ultrasound, {76942}, were to confirm the level.',
  ].join('\n'),
});

// ── 36. Recording time index (hearing log) ──
const recIndex = table({
  id: 's189-recidx',
  kind: 's189-hearing-recording-time-index-grid',
  caption: 'Recording log — MHU_0716_64714.mp3 — 26-MHU-38029',
  headers: ['Counter', 'Speaker', 'Subject'],
  rows: [
    ['[00247]', 'ALJ', 'Opening; parties identified; exhibits A–G and 1–5 offered'],
    ['[00436]', 'Bluestem (Velez)', 'UM timeline; MP-[20450]; request for {64712}-RT'],
    ['[00557]', 'Dr. Marchetti', 'Blocks {64445} x2, EMG ({95886}), PT flare'],
    ['[00710]', 'Dr. Castellano', 'Cross; would approve repeat {64445}'],
    ['[00848]', 'ALJ', 'Record closed; decision to issue by mail'],
  ],
});

// ── 37. ALJ decision: caption, findings of fact, conclusions ──
const decision = lines({
  id: 's189-decision',
  kind: 's189-alj-decision-findings-conclusions-text',
  before: 'STATE OF CHARITON OFFICE OF ADMINISTRATIVE HEARINGS — DECISION AND ORDER',
  text: [
    'RENATA J. SOLBERG, Appellant, v. BLUESTEM COMMUNITY HEALTH PLAN, Respondent.   No. 26-MHU-[38029]',
    'FINDINGS OF FACT',
    '4. On April 15, 2026 the treating physician requested prior authorization for CPT {64712}, modifier RT.',
    '6. Appellant received sciatic nerve blocks (CPT {64445}) on February 5 and March 19, 2026, each with',
    '   temporary relief of about 80 percent, and completed seven physical therapy visits before a pain flare.',
    '7. Respondent’s policy lists neuroplasty codes {64704}, {64708}, {64712}, {64713} and {64714} as needing PA.',
    '8. Physical therapy claims show {97161} on February 16, then {97110} and {97140} on seven dates to March 27.',
    '9. Electrodiagnostic testing (CPT {95886} and {95910}) localised a right sciatic neuropathy proximal to the knee.',
    'CONCLUSIONS OF LAW',
    '3. Respondent’s policy MP-[20450] § 4.2(b) excuses supervised therapy that is not tolerated. The reason is',
    '   documented (App. Ex. 3). The requested neuroplasty ({64712}) is medically necessary (42 CFR 440.230; DSS bulletin [25153]).',
  ].join('\n'),
});

// ── 38. ALJ order block and certificate of service ──
const order = lines({
  id: 's189-order',
  kind: 's189-alj-order-and-certificate-of-service-text',
  before: 'ORDER',
  text: [
    'The adverse benefit determination UM-2604-[31616], upheld in appeal APL-26-[64445], is REVERSED.',
    'Respondent shall authorize CPT {64712}-RT and the related anesthesia service ({01250}) as expeditiously as the',
    'Appellant’s condition requires and no later than 72 hours from receipt of this decision (42 CFR 438.424(a)).',
    'So ordered August 5, 2026.   /s/ Deborah K. Ashworth, Administrative Law Judge   Decision no. [73695]',
    'CERTIFICATE OF SERVICE: mailed to Appellant, 1418 Orchard Bend Rd, Linwood, CH [64460]; M. Lindqvist, PRLA,',
    '118 Main St, Ferris, CH [64445]; Bluestem Appeals, PO Box [64632], Kessler City, CH [65102]; DSS MCO Unit [74195].',
  ].join('\n'),
});

// ── 39. MCO compliance letter ──
const compliance = lines({
  id: 's189-compliance',
  kind: 's189-mco-hearing-decision-compliance-letter-text',
  before: 'Bluestem Community Health Plan — Appeals & Grievances',
  text: [
    'August 7, 2026   To: Chariton DSS, Managed Care Compliance Unit, PO Box 6500, Kessler City, CH [65102]-6500',
    'Re: OAH No. 26-MHU-[38029]; member BCH700418263; your ticket CMP-[64714]',
    'Bluestem received the Decision and Order on August 6, 2026 at 10:14 a.m. On August 6, 2026 at 4:31 p.m. we',
    'authorized CPT {64712} (modifier RT) and {01250}, authorization PA26081102, valid 08/06/2026–02/06/2027,',
    'at Capitol Region Medical Center. Provider and member notified by phone and letter UM-2608-[33903].',
    'Any related claim for {64712} with these dates will not be denied for lack of authorization.',
    'The denied 06/02/2026 claim for {64712} will be reprocessed. Compliance file [46177]; contact G. Obuya.',
  ].join('\n'),
});

// ── 40. Compliance authorization grid (attachment) ──
const complianceGrid = table({
  id: 's189-compgrid',
  kind: 's189-mco-compliance-authorization-detail-grid',
  caption: 'Attachment 1 — Authorization detail, PA26081102',
  headers: ['Line', 'Code', 'Mod', 'Units', 'From', 'To', 'Facility ZIP'],
  rows: [
    ['1', '{64712}', 'RT', '1', '08/06/2026', '02/06/2027', '[65109]'],
    ['2', '{01250}', '', '1', '08/06/2026', '02/06/2027', '[65109]'],
    ['3', '{99024}', '', '3', '08/06/2026', '02/06/2027', '[65109]'],
  ],
});

// ── 41. State compliance tracker dashboard (cells as the state worker sees them) ──
const trackerRow = ['CMP-64714', '26-MHU-38029', 'Bluestem', '64712', '08/05/2026', '08/06/2026', 'Met (<72h)'];
const trackerHeaders = ['Ticket', 'Docket', 'MCO', 'Svc', 'Decided', 'Complied', '72-hr'];
const tracker: Snippet[] = [
  {
    id: 's189-tracker-r1c1',
    kind: 's189-state-hearing-compliance-tracker-dashboard',
    text: 'CMP-[64714]',
    columnHeader: 'Ticket',
    row: trackerRow,
    headers: trackerHeaders,
    column: ['CMP-64714', 'CMP-65248', 'CMP-65200'],
    before: 'Hearing decisions — MCO compliance — Open and closed, Q3 2026',
    after: '26-MHU-38029',
  },
  {
    id: 's189-tracker-r1c4',
    kind: 's189-state-hearing-compliance-tracker-dashboard',
    text: '{64712}',
    columnHeader: 'Svc',
    row: trackerRow,
    headers: trackerHeaders,
    column: ['64712', '64632', '64612'],
    before: 'CMP-64714 26-MHU-38029 Bluestem',
    after: '08/05/2026',
  },
  {
    id: 's189-tracker-r2c1',
    kind: 's189-state-hearing-compliance-tracker-dashboard',
    text: 'CMP-[65248]',
    columnHeader: 'Ticket',
    row: ['CMP-65248', '26-MHU-38260', 'Cedar Valley', '64632', '07/28/2026', '07/30/2026', 'Late'],
    headers: trackerHeaders,
    column: ['CMP-64714', 'CMP-65248', 'CMP-65200'],
    before: 'CMP-64714 26-MHU-38029 Bluestem 64712 08/05/2026 08/06/2026 Met (<72h)',
    after: '26-MHU-38260',
  },
  {
    id: 's189-tracker-r2c4',
    kind: 's189-state-hearing-compliance-tracker-dashboard',
    text: '{64632}',
    columnHeader: 'Svc',
    row: ['CMP-65248', '26-MHU-38260', 'Cedar Valley', '64632', '07/28/2026', '07/30/2026', 'Late'],
    headers: trackerHeaders,
    column: ['64712', '64632', '64612'],
    before: 'CMP-65248 26-MHU-38260 Cedar Valley',
    after: '07/28/2026',
  },
  {
    id: 's189-tracker-r3c4',
    kind: 's189-state-hearing-compliance-tracker-dashboard',
    text: '{64612}',
    columnHeader: 'Svc',
    row: ['CMP-65200', '26-MHU-37437', 'Bluestem', '64612', '08/01/2026', '—', 'Open'],
    headers: trackerHeaders,
    column: ['64712', '64632', '64612'],
    before: 'CMP-65200 26-MHU-37437 Bluestem',
    after: '08/01/2026',
  },
];

// ── 42. Member portal secure message ──
const memberMessage = lines({
  id: 's189-msg',
  kind: 's189-member-portal-secure-message-text',
  before: 'Bluestem Member Portal › Messages › Inbox',
  text: [
    'From: Bluestem Appeals   Subject: Your hearing decision — service approved   08/06/2026 4:40 PM',
    'Hi Renata, the State hearing office reversed our decision. We approved your surgery (procedure code {64712})',
    'at Capitol Region Medical Center. Your approval number is PA26081102. Message ref [80481].',
    'Need a ride? Call Chariton Cares NEMT at 1-866-555-0127; have your ZIP ([64460]) and approval number ready.',
  ].join('\n'),
});

// ── 43. State quarterly MCO appeals and hearings report, CSV shown on screen ──
const reportCsv = lines({
  id: 's189-csv',
  kind: 's189-state-mco-appeals-hearings-quarterly-report-csv',
  before: 'Q3_2026_MCO_Appeals_Hearings_Detail.csv (preview, first rows)',
  text: [
    'mco_contract,mco_name,docket,proc_code,appeal_level,outcome,decision_date,days_to_comply,region_zip3',
    '[50559],Bluestem CHP,26-MHU-[38029],{64712},SFH,Reversed,2026-08-05,1,644',
    '[50559],Bluestem CHP,26-MHU-[37437],{64612},SFH,Pending,,,653',
    '[51684],Cedar Valley HP,26-MHU-[38260],{64632},SFH,Reversed,2026-07-28,2,651',
    '[51684],Cedar Valley HP,26-MHU-[36774],{64445},SFH,Affirmed,2026-07-09,,646',
    '[52310],Ozark Prairie Health,26-MHU-[36329],{64714},SFH,Withdrawn,2026-07-02,,655',
    '[52310],Ozark Prairie Health,26-MHU-[36502],{64708},SFH,Affirmed,2026-07-15,,650',
    '[50559],Bluestem CHP,26-MHU-[38585],{95886},SFH,Reversed,2026-08-12,3,652',
    '[51684],Cedar Valley HP,26-MHU-[39121],{64450},SFH,Dismissed-untimely,2026-08-19,,647',
    '[50559],Bluestem CHP,26-MHU-[39706],{64445},SFH,Reversed,2026-09-02,1,644',
    '[51684],Cedar Valley HP,26-MHU-[38312],{64612},SFH,Reversed,2026-09-10,2,653',
    'Totals: 11 hearings, 6 reversed (55%); file id [45177]; generated 2026-10-14 by MCO Oversight Unit, ZIP [65005]',
  ].join('\n'),
});

export const sealed189: readonly Snippet[] = [
  ...abdLetter,
  ...abdGrid,
  ...rightsInsert,
  ...appealForm,
  ...appealAck,
  ...p2p,
  ...appealResolution,
  ...hearingRequest,
  ...oahAck,
  ...hearingNotice,
  ...docket,
  ...caseSearch,
  ...caseJson,
  ...calendar,
  ...exhibitIndex,
  ...paForm,
  ...x278,
  ...portalStatus,
  ...fhir,
  ...policyText,
  ...policyCodes,
  ...rnNotes,
  ...mdReview,
  ...auditTrail,
  ...claimsHistory,
  ...visitNote,
  ...emgReport,
  ...intake,
  ...position,
  ...feeSchedule,
  ...appExhibits,
  ...emails,
  ...recordsRequest,
  ...faxCover,
  ...prehearing,
  ...transcript,
  ...recIndex,
  ...decision,
  ...order,
  ...compliance,
  ...complianceGrid,
  ...tracker,
  ...memberMessage,
  ...reportCsv,
];
