import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 103 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s103-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * MAC appeal and QIC case numbers, ZIPs, Bates pages, a hearing conference code, a CMS form number and a portal
 * account. The five known codes' digits come back as decoys: a patient account and medical record number, a
 * beneficiary's ZIP, a QIC case id, a MAC page number, an OMHA correspondence id, another beneficiary's ZIP, a fax job
 * number and a PO box.
 *
 * Family: Medicare Part B claim appeals through every level, for denied nerve procedures of a pain and peripheral
 * nerve practice: the MAC redetermination request (CMS-20027) and its cover letter, the MAC's redetermination notice,
 * line decision table and a dismissal notice, the MAC portal's appeal status and detail screens, the remittance (X12
 * 835) that started it, the Medicare Summary Notice and a beneficiary's letter about it, the QIC reconsideration
 * request (CMS-20033), the QIC case file index, decision, services table and status inquiry page, the OMHA-100 request
 * for an ALJ hearing and its multiple-claim attachment, the OMHA e-Appeal portal screens, a notice of hearing, an ALJ
 * docket list, the practice's hearing prep checklist, the ALJ decision and its exhibit list with Bates-like pages, the
 * operative report filed as evidence, the Medicare Appeals System record, a request for Council review (DAB-101), a
 * CMS referral to the Council and the Council's decision, a practice's appeals tracker (grid and CSV), an
 * amount-in-controversy worksheet, a denial and overturn report by code, JSON / XML (esMD) / HL7 records, an internal
 * email thread, and decoy-only pages (a fax cover sheet, an appeal mailing address list, a deadline calendar).
 * Built on real public layouts: the CMS-20027 and CMS-20033 forms (numbered items: beneficiary, Medicare number, item
 * or service, date received, notice date, contractor, overpayment, why you disagree, additional information,
 * requester), the Medicare Redetermination Notice (summary of the facts, decision, explanation, who is responsible,
 * what to do next), the Medicare Summary Notice claim table (service provided & billing code, amount charged, approved,
 * maximum you may be billed, see notes), the OMHA-100 / OMHA-100A items (appellant, QIC appeal number, items or
 * services, dates, amount in controversy), an OMHA Notice of Hearing and ALJ decision (issues, findings of fact,
 * exhibit list), the DAB-101, and the X12 835 CLP / SVC / CAS segments. Names, addresses, appeal numbers and amounts
 * are invented; the others are written the way those pages read, with no single source.
 *
 * 336 labelled tokens over 40 shapes: 144 codes, 192 decoys, 64 of the decoys in KNOWN_10K.
 */

// ── 1. CMS-20027 Medicare Redetermination Request Form, text layer ──
const cms20027 = lines({
  id: 's103-20027',
  kind: 's103-cms20027-redetermination-request-form-text',
  before: 'MEDICARE REDETERMINATION REQUEST FORM — 1st LEVEL OF APPEAL',
  text: [
    "1. Beneficiary's name: Harold J. Pruett",
    '2. Medicare number: 4TR9-HK2-WD61',
    '3. Item or service you wish to appeal: Neuroplasty, sciatic nerve {64712}, and operating microscope {69990}',
    '4. Date the service or item was received: 03/11/2025',
    '5. Date of the initial determination notice: 04/02/2025   ICN 2225092318450',
    '6. Name of the Medicare contractor that made the determination: WPS Government Health Administrators, J5 Part B',
    '7. Does this appeal involve an overpayment?  ☐ Yes  ☒ No',
    '8. I do not agree with the determination of my claim because: decompression was necessary after 9 months of',
    '   failed conservative care, a diagnostic sciatic block ({64445}) gave 80% relief, and EMG ({95886}) shows slowing at the notch.',
    '10. Additional information Medicare should consider: op note, MRI, EMG/NCS report, office notes (17 pages)',
    "11. Requester's name: Blue River Pain & Nerve Center, LLC (provider)   Patient account no. [64714]",
    "    Requester's address: 4801 Main St, Suite 600, Kansas City, MO [64152]   Phone (816) 555-0190",
    'Form CMS-[20027] (12/10)   Page 1 of 1',
  ].join('\n'),
});

// ── 2. Redetermination cover letter, text layer ──
const coverLetter = lines({
  id: 's103-rdcover',
  kind: 's103-redetermination-cover-letter-text',
  before: 'Blue River Pain & Nerve Center, LLC — Appeals Department',
  text: [
    'WPS Government Health Administrators, J5 Part B Redeterminations, P.O. Box [14172], Omaha, NE [68114]',
    'Re: Redetermination request — beneficiary H. Pruett — DOS 03/11/2025 — ICN 2225092318450',
    'We billed {64712} for an open decompression of the sciatic nerve at the sciatic notch. The line was denied',
    'CO-50 (not deemed a medical necessity) under LCD L[38227]; the add-on {69990} was denied as bundled.',
    'The patient had a diagnostic {64445} on 01/14/2025 with complete relief for 6 hours, documented in the record.',
    'Neither {64714} nor any other plexus procedure was performed; the operative report supports {64712} alone.',
    'Please direct correspondence to our appeals desk, suite 600, Kansas City, MO [64152], fax (816) 555-0199.',
  ].join('\n'),
});

// ── 3. Medicare Redetermination Notice (MAC decision letter), text layer ──
const mrn = lines({
  id: 's103-mrn',
  kind: 's103-mac-redetermination-notice-text',
  before: 'MEDICARE REDETERMINATION NOTICE — WPS Government Health Administrators',
  text: [
    'Appeal number: RD-5B-[30917]-25   Date of notice: 07/08/2025   Beneficiary: Harold J. Pruett',
    'Summary of the facts: a claim for sciatic neuroplasty ({64712}) and microscope ({69990}) was received 03/19/2025.',
    'The claim was denied on 04/02/2025. Your request for redetermination was received 05/27/2025.',
    'Decision: UNFAVORABLE. Explanation: the records do not show imaging or electrodiagnostic evidence of entrapment',
    'as required by LCD L[38227] and billing article A[58756]; the diagnostic injection ({64445}) alone is not enough.',
    'Code {69990} is not separately payable with {64712} per the NCCI policy manual.',
    'Who is responsible: the provider (GA modifier absent; no valid ABN). Amount at issue: $2,486.00',
    'If you disagree, request a reconsideration within 180 days; mail it to the QIC at P.O. Box [45301], Jacksonville, FL [32231].',
  ].join('\n'),
});

// ── 4. Redetermination notice line decision table, table ──
const mrnLines = table({
  id: 's103-mrnlines',
  kind: 's103-redetermination-line-decision-grid',
  caption: 'Services at issue and decision',
  headers: ['Line', 'Date of service', 'Proc', 'Billed', 'Decision', 'Allowed', 'Remark'],
  rows: [
    ['1', '03/11/2025', '{64712}', '2,150.00', 'Unfavorable', '0.00', 'MA130, N386'],
    ['2', '03/11/2025', '{69990}', '336.00', 'Unfavorable', '0.00', 'N20'],
    ['3', '03/11/2025', '{99214}-25', '198.00', 'Favorable', '119.41', '—'],
    ['4', '01/14/2025', '{64445}', '410.00', 'Not at issue', '—', 'Paid on ICN 2225014400870'],
  ],
});

// ── 5. MAC portal appeal status list, table ──
const portalStatus = table({
  id: 's103-portal',
  kind: 's103-mac-portal-appeal-status-grid',
  caption: 'WPS Portal — Appeals — Redetermination status (last 120 days)',
  headers: ['Appeal #', 'ICN', 'DOS', 'HCPCS', 'Received', 'Status', 'Decision'],
  rows: [
    ['[30917]', '2225092318450', '03/11/2025', '{64712}', '05/27/2025', 'Closed', 'Unfavorable'],
    ['[31044]', '2225097702110', '03/20/2025', '{64632}', '06/02/2025', 'Closed', 'Partially favorable'],
    ['[31388]', '2225121506630', '04/15/2025', '{64612}', '06/18/2025', 'In process', '—'],
    ['[31402]', '2225121506640', '04/29/2025', '{64612}', '06/18/2025', 'In process', '—'],
    ['[32160]', '2225133009120', '05/02/2025', '{64445}', '07/01/2025', 'Dismissed', 'No signature'],
    ['[32479]', '2225140077310', '05/09/2025', '{64714}', '07/10/2025', 'Received', '—'],
    ['[33601]', '2225163311870', '06/12/2025', '{64712} {64704}', '08/08/2025', 'Received', '—'],
    ['[33742]', '2225181920040', '06/30/2025', '{64455}', '08/22/2025', 'Received', '—'],
  ],
});

// ── 6. MAC portal appeal detail screen, text layer ──
const portalDetail = lines({
  id: 's103-portaldet',
  kind: 's103-mac-portal-appeal-detail-text',
  before: 'Appeal Detail',
  text: [
    'Appeal Number [31044]   Level: Redetermination   Contractor: J5 Part B   Submitted via portal upload',
    'Beneficiary: Ruth A. Kessinger   Provider NPI 1427083156   PTAN 0045719',
    'ICN 2225097702110   Line 1: {64632}-RT  units 2   Line 2: {64632}-LT  units 1',
    'Decision: Partially favorable — right foot allowed; left foot denied, same-day limit for {64632} exceeded.',
    'Letter available: Redetermination_[31044].pdf (4 pages)   Mailed to ZIP [64152]',
  ].join('\n'),
});

// ── 7. X12 835 remittance that triggered the appeal, text layer ──
const era835 = lines({
  id: 's103-835',
  kind: 's103-x12-835-denial-remit-text',
  before: '835 ERA — WPS J5 Part B — check/EFT trace (segments as received)',
  text: [
    'TRN*1*EFT[88134]*1391835011~',
    'N1*PE*BLUE RIVER PAIN AND NERVE CENTER*XX*1427083156~',
    'N4*KANSAS CITY*MO*[64152]~',
    'CLP*BRPN[64714]*1*2684*119.41*0*MB*2225092318450*11*1~',
    'SVC*HC:{64712}*2150*0**1~',
    'CAS*CO*50*2150~',
    'SVC*HC:{69990}*336*0**1~',
    'CAS*CO*97*336~',
    'SVC*HC:{99214}:25*198*119.41**1~',
    'LQ*HE*N386~',
  ].join('\n'),
});

// ── 8. Medicare Summary Notice a beneficiary brought in, table ──
const msn = table({
  id: 's103-msn',
  kind: 's103-medicare-summary-notice-claim-grid',
  caption: 'Your Claims & Costs This Period — Blue River Pain & Nerve Center, (816) 555-0190',
  headers: [
    'Service Provided & Billing Code',
    'Service Approved?',
    'Amount Provider Charged',
    'Medicare-Approved Amount',
    'Maximum You May Be Billed',
    'See Notes Below',
  ],
  rows: [
    ['Destruction of nerve, foot ({64632}-RT)', 'Yes', '$640.00', '$131.02', '$26.20', 'A'],
    ['Destruction of nerve, foot ({64632}-LT)', 'No', '$640.00', '$0.00', '$0.00', 'B, C'],
    ['Ultrasound guidance for needle placement ({76942})', 'No', '$112.00', '$0.00', '$0.00', 'B'],
    ['Office visit, established ({99213})', 'Yes', '$142.00', '$90.05', '$18.01', 'A'],
    ['Notes: C — you can appeal by 10/19/2025; mail to P.O. Box [14172], Omaha, NE [68114]', '', '', '', '', ''],
  ],
});

// ── 9. CMS-20033 Reconsideration Request Form, text layer ──
const cms20033 = lines({
  id: 's103-20033',
  kind: 's103-cms20033-reconsideration-request-form-text',
  before: 'MEDICARE RECONSIDERATION REQUEST FORM — 2nd LEVEL OF APPEAL',
  text: [
    "1. Beneficiary's name: Harold J. Pruett   2. Medicare number: 4TR9-HK2-WD61",
    '3. Item or service you wish to appeal: CPT {64712} sciatic neuroplasty (line 1); {69990} (line 2)',
    '4. Date the service or item was received: 03/11/2025',
    '5. Date of the redetermination notice: 07/08/2025 (appeal no. RD-5B-[30917]-25)',
    '6. Name of the Medicare contractor that made the redetermination: WPS GHA, J5 Part B',
    '8. I do not agree with the redetermination decision because: nerve conduction ({95910}) and MRI neurography',
    '   were in the record (pages 9–14); the denial letter did not address them.',
    '9. Additional information: neurography report; peer-reviewed literature on piriformis-level decompression',
    '11. Requester: Blue River Pain & Nerve Center, LLC, 4801 Main St, Suite 600, Kansas City, MO [64152]',
    'Form CMS-[20033] (12/10)',
  ].join('\n'),
});

// ── 10. QIC case file index, table ──
const qicIndex = table({
  id: 's103-qicidx',
  kind: 's103-qic-case-file-index-grid',
  caption: 'C2C Innovative Solutions — Part B QIC — Case File Index — Appeal 1-2840193377',
  headers: ['Tab', 'Document', 'Source', 'Date', 'Pages', 'Bates'],
  rows: [
    ['1', 'Request for reconsideration (CMS-[20033])', 'Appellant', '09/02/2025', '3', 'QIC [00101]–[00103]'],
    ['2', 'Redetermination notice', 'MAC', '07/08/2025', '4', 'QIC [00104]–[00107]'],
    ['3', 'Claim history, ICN 2225092318450, lines {64712}, {69990}', 'MAC', '04/02/2025', '2', 'QIC [00108]–[00109]'],
    ['4', 'Operative report, sciatic decompression', 'Appellant', '03/11/2025', '5', 'QIC [00110]–[00114]'],
    ['5', 'Procedure note, sciatic nerve block {64445}', 'Appellant', '01/14/2025', '2', 'QIC [00115]–[00116]'],
    ['6', 'EMG/NCS report ({95886}, {95910})', 'Appellant', '12/09/2024', '6', 'QIC [00117]–[00122]'],
    ['7', 'LCD L[38227] and article A[58756] (printouts)', 'QIC', '09/15/2025', '22', 'QIC [00123]–[00144]'],
  ],
});

// ── 11. QIC reconsideration decision letter, text layer ──
const qicDecision = lines({
  id: 's103-qicdec',
  kind: 's103-qic-reconsideration-decision-text',
  before: 'MEDICARE RECONSIDERATION DECISION — Part B QIC — Appeal number 1-2840193377',
  text: [
    'Case ID [64632]   Decision date 11/06/2025   Appellant: Blue River Pain & Nerve Center, LLC',
    'Issue: whether Medicare covers neuroplasty of the sciatic nerve, CPT {64712}, and the microscope, {69990}.',
    'The physician reviewer (board-certified neurosurgeon) found the EMG (Bates [00117]–[00122]) consistent with',
    'entrapment, but the record lacks the 6 weeks of documented therapy the LCD requires before {64712}.',
    'Decision: UNFAVORABLE for {64712}; UNFAVORABLE for {69990} (not separately payable).',
    'Amount remaining in controversy: $2,486.00, which meets the ALJ threshold of $190 for calendar year 2025.',
    'To appeal, file an OMHA-100 with OMHA Central Operations, 200 Public Square, Suite 1260, Cleveland, OH [44114]-2316.',
  ].join('\n'),
});

// ── 12. QIC decision, services table (second beneficiary), table ──
const qicLines = table({
  id: 's103-qiclines',
  kind: 's103-qic-decision-services-grid',
  caption: 'Reconsideration — Kessinger — services reviewed',
  headers: ['Service', 'Billing code', 'DOS', 'Units', 'QIC decision', 'Liability'],
  rows: [
    ['Neurolytic destruction, plantar digital nerve, left', '{64632}-LT', '03/20/2025', '1', 'Favorable', '—'],
    ['Ultrasound needle guidance', '{76942}', '03/20/2025', '1', 'Unfavorable', 'Provider (§1879)'],
    ['Injection, anesthetic, other peripheral nerve', '{64450}', '02/11/2025', '1', 'Not appealed', '—'],
  ],
});

// ── 13. OMHA-100 Request for ALJ Hearing, text layer ──
const omha100 = lines({
  id: 's103-omha100',
  kind: 's103-omha100-alj-hearing-request-text',
  before: 'REQUEST FOR ADMINISTRATIVE LAW JUDGE (ALJ) HEARING OR REVIEW OF DISMISSAL (OMHA-100)',
  text: [
    'Appellant: Blue River Pain & Nerve Center, LLC   Address: 4801 Main St, Suite 600, Kansas City, MO [64152]',
    'Beneficiary: Harold J. Pruett   Medicare number 4TR9-HK2-WD61   Beneficiary ZIP [64712]',
    'QIC appeal number: 1-2840193377   Date of QIC decision: 11/06/2025',
    'Item(s) or service(s): {64712} sciatic neuroplasty; {69990} operating microscope   Dates of service: 03/11/2025',
    'Amount in controversy: $2,486.00   Is this request for expedited hearing? No',
    'I disagree with the QIC decision because: the QIC file (Bates [00101]–[00144]) has no therapy notes; 15 pages are',
    '   attached with a good cause statement for filing them now.',
    'Send copies to: the beneficiary and the QIC (C2C, Jacksonville, FL [32231]).',
  ].join('\n'),
});

// ── 14. OMHA-100A multiple claim attachment, table ──
const omha100a = table({
  id: 's103-omha100a',
  kind: 's103-omha100a-multiple-claim-attachment-grid',
  caption: 'OMHA-100A — Multiple Claim Attachment — Appellant: Blue River Pain & Nerve Center',
  headers: ['Beneficiary', 'QIC appeal no.', 'DOS', 'Item or service', 'Billed', 'Amount in controversy'],
  rows: [
    ['Pruett, Harold', '1-2840193377', '03/11/2025', '{64712}, {69990}', '2,486.00', '2,486.00'],
    ['Kessinger, Ruth', '1-2840217705', '03/20/2025', '{76942}', '112.00', '112.00'],
    ['Aldana, Marisol', '1-2840244120', '04/15/2025', '{64612} x2 sessions (04/15, 04/29)', '1,120.00', '1,120.00'],
    ['Voss, Bernard', '1-2840251983', '05/09/2025', '{64714}', '2,310.00', '2,310.00'],
    ['Total (aggregated per 42 CFR 405.1006)', '', '', '', '6,028.00', '6,028.00'],
  ],
});

// ── 15. OMHA e-Appeal portal, my appeals list, table ──
const eAppealList = table({
  id: 's103-eappeal',
  kind: 's103-omha-e-appeal-my-appeals-grid',
  caption: 'OMHA e-Appeal Portal — My Appeals',
  headers: ['ALJ appeal number', 'Appellant', 'Level', 'Status', 'Filed', 'Correspondence ID'],
  rows: [
    ['3-1209384756', 'Blue River Pain & Nerve Center', 'ALJ', 'Assigned to ALJ', '12/01/2025', '[52913]'],
    ['3-1209384802', 'Blue River Pain & Nerve Center', 'ALJ', 'Docketed', '12/01/2025', '[52914]'],
    ['3-1209390117', 'Blue River Pain & Nerve Center', 'ALJ', 'Pending assignment', '12/03/2025', '[64445]'],
    ['3-1211774430', 'Blue River Pain & Nerve Center', 'Review of dismissal', 'Closed', '12/19/2025', '[53660]'],
    ['3-1213620551', 'Blue River Pain & Nerve Center', 'ALJ', 'Pending assignment', '02/10/2026', '[54118]'],
  ],
});

// ── 16. OMHA e-Appeal filing review screen, text layer ──
const eAppealReview = lines({
  id: 's103-eareview',
  kind: 's103-omha-e-appeal-filing-review-text',
  before: 'e-Appeal — Review and Submit — Step 5 of 5',
  text: [
    'Appeal type: Request for ALJ hearing (Part B)   Submitter account [71926]   Representative: none',
    'Items or services on appeal (as entered): {64612}; second session ({64612}-76) entered on a separate line',
    'Uploaded: QIC_decision_Aldana.pdf (9 pages), records_Aldana.pdf (41 pages), OMHA-100A.pdf',
    'Amount in controversy entered: 1120.00 — meets threshold   Beneficiary ZIP [66062]',
    'Note from OMHA: claims for {64612} with {64615} on one date are reviewed together.',
  ].join('\n'),
});

// ── 17. Notice of hearing, text layer ──
const hearingNotice = lines({
  id: 's103-hearing',
  kind: 's103-omha-notice-of-hearing-text',
  before: 'NOTICE OF HEARING — Office of Medicare Hearings and Appeals',
  text: [
    'ALJ Appeal No. 3-1209384756   Appellant: Blue River Pain & Nerve Center   Beneficiary: H. Pruett',
    'Your hearing will be held by telephone on 03/17/2026 at 10:00 a.m. Central; call-in code [80431], PIN 4471.',
    'Issues: (1) whether the sciatic neuroplasty billed as {64712} was reasonable and necessary; (2) whether',
    '{69990} is separately payable; (3) whether the appellant is liable under section 1879 of the Act.',
    'Exhibits 1–9 (Bates [00101]–[00214]) are in the administrative record; new evidence must be filed by 03/03/2026.',
    'Respond on the Response to Notice of Hearing form, fax (216) 555-0143, or mail to Cleveland, OH [44114].',
  ].join('\n'),
});

// ── 18. ALJ docket list for a hearing day, table ──
const docket = table({
  id: 's103-docket',
  kind: 's103-alj-hearing-docket-list-grid',
  caption: 'ALJ Team 4 — Telephone hearing docket — 03/17/2026',
  headers: ['Time (CT)', 'ALJ appeal no.', 'Appellant', 'Svc', 'AIC', 'Conference line'],
  rows: [
    ['9:00', '3-1208810043', 'Heartland Orthopedic Group', '{27447}', '1,980.00', '[80431]'],
    ['10:00', '3-1209384756', 'Blue River Pain & Nerve Center', '{64712} / {69990}', '2,486.00', '[80431]'],
    ['11:00', '3-1209384802', 'Blue River Pain & Nerve Center', '{64714}', '2,310.00', '[80431]'],
    ['1:30', '3-1209411968', 'Prairie Foot & Ankle, PC', '{64632} x3', '393.06', '[80432]'],
    ['2:30', '3-1209502215', 'Midwest Neurology Assoc.', '{95910}, {95886}', '611.40', '[80432]'],
  ],
});

// ── 19. ALJ decision, findings, text layer ──
const aljDecision = lines({
  id: 's103-aljdec',
  kind: 's103-alj-decision-findings-text',
  before: 'DECISION — ALJ Appeal No. 3-1209384756 — Findings of Fact and Analysis',
  text: [
    '1. On 03/11/2025 the appellant performed an open decompression of the right sciatic nerve (Exh. 4, p. [00123]).',
    '2. The appellant billed the service as CPT {64712} with {69990}; both lines were denied (Exh. 3).',
    '3. The beneficiary received a diagnostic sciatic block, {64445}, on 01/14/2025 with full temporary relief (Exh. 5).',
    '4. Physical therapy notes for 8 weeks were submitted with good cause at the ALJ level (Exh. 9, [00200]–[00214]).',
    'Analysis: LCD L[38227] is not binding on the ALJ, but I give it substantial deference under 42 CFR 405.1062.',
    'Conclusion: Medicare covers {64712} (FAVORABLE). The microscope, {69990}, remains not separately payable.',
    'The contractor is directed to process the claim in accordance with this decision. Correspondence ID [52913].',
  ].join('\n'),
});

// ── 20. ALJ exhibit list with Bates-like pages, table ──
const exhibitList = table({
  id: 's103-exhibits',
  kind: 's103-alj-exhibit-list-bates-grid',
  caption: 'EXHIBIT LIST — ALJ Appeal No. 3-1209384756',
  headers: ['Exh.', 'Description', 'First page', 'Last page', 'Pages'],
  rows: [
    ['1', 'Request for hearing (OMHA-100) and QIC decision', '[00101]', '[00107]', '7'],
    ['2', 'Redetermination notice and request', '[00108]', '[00118]', '11'],
    ['3', 'Claim detail: {64712}, {69990}, {99214}', '[00119]', '[00121]', '3'],
    ['4', 'Operative report', '[00122]', '[00126]', '5'],
    ['5', 'Sciatic block note ({64445}) and EMG/NCS', '[00127]', '[00134]', '8'],
    ['6', 'LCD L[38227], billing article A[58756]', '[00135]', '[00156]', '22'],
    ['7', 'Medicare claim history', '[00157]', '[00180]', '24'],
    ['8', 'QIC case file', '[00181]', '[00199]', '19'],
    ['9', 'PT notes (submitted with good cause)', '[00200]', '[00214]', '15'],
    ['10', 'MAC portal print of claim lines (MAC numbering WPS [64612]–[64613])', '—', '—', '2'],
  ],
});

// ── 21. Medicare Appeals System (MAS) appeal record screen, text layer ──
const mas = lines({
  id: 's103-mas',
  kind: 's103-medicare-appeals-system-record-text',
  before: 'Medicare Appeals System — Appeal Record (read-only view)',
  text: [
    'Appeal ID 1-2840251983   Level QIC   Jurisdiction J5   Contractor workload [05302]',
    'Beneficiary: Bernard Voss   State MO   ZIP [64445]   Date received 09/24/2025',
    'Claim line 1: HCPCS {64714}   Billed 2310.00   Decision code UNF   Reviewer specialty: neurosurgery',
    'Claim line 2: HCPCS {64445}   Billed 410.00   Decision code NAI (not at issue)',
    'Forwarded to OMHA 12/01/2025, ALJ appeal 3-1209384802, transmittal [66387]',
    'Related: MAC appeal [32479] (redetermination, unfavorable); QIC case [64697]',
  ].join('\n'),
});

// ── 22. DAB-101 Request for Review by the Medicare Appeals Council, text layer ──
const dab101 = lines({
  id: 's103-dab101',
  kind: 's103-dab101-council-review-request-text',
  before: 'REQUEST FOR REVIEW OF ADMINISTRATIVE LAW JUDGE (ALJ) MEDICARE DECISION/DISMISSAL (DAB-101)',
  text: [
    'Appellant: Blue River Pain & Nerve Center, LLC   ALJ appeal number 3-1209384802   Beneficiary: B. Voss',
    'Item or service: lumbar plexus neuroplasty, CPT {64714}, DOS 05/09/2025   ALJ decision date 04/22/2026',
    'I disagree with the ALJ decision because the ALJ applied the sciatic criteria of the LCD to {64714}, which the',
    'LCD does not list; the plexus procedure is not the same service as {64712}.',
    'Send to: Medicare Appeals Council, MS 6127, Cohen Building Room G-644, 330 Independence Ave SW, Washington, DC [20201]',
    'Fax (202) 565-0227   Appellant ZIP [64152]   Pages attached: 14',
  ].join('\n'),
});

// ── 23. CMS referral to the Council (own-motion review), text layer ──
const cmsReferral = lines({
  id: 's103-referral',
  kind: 's103-cms-council-referral-memo-text',
  before: 'AGENCY REFERRAL — Request for own-motion review (42 CFR 405.1110)',
  text: [
    'To: Medicare Appeals Council   From: CMS, Center for Program Integrity, Appeals Referral Unit   Ref. no. [27148]',
    'Re: ALJ Appeal No. 3-1209384756 (favorable). CMS refers this decision as containing an error of law:',
    'the ALJ found {64712} covered without the conservative-care duration the LCD requires, and ordered payment',
    'although the therapy notes (Exh. 9) begin after the procedure date. CMS does not contest the {69990} finding.',
    'The referral is timely (within 60 days). Copies: appellant, Kansas City, MO [64152]; QIC, Jacksonville, FL [32231].',
  ].join('\n'),
});

// ── 24. Practice appeals tracker spreadsheet, table ──
const tracker = table({
  id: 's103-tracker',
  kind: 's103-practice-appeals-tracker-grid',
  caption: 'Appeals tracker — Medicare Part B — nerve procedures — shared workbook, tab "Open"',
  headers: ['#', 'Patient', 'DOS', 'CPT', 'Level', 'Appeal / case #', 'AIC', 'Next deadline', 'Owner'],
  rows: [
    ['1041', 'Pruett', '03/11/25', '{64712}', 'Council', '3-1209384756', '2486', '06/01/26', 'JL'],
    ['1042', 'Kessinger', '03/20/25', '{64632}', 'QIC done', '[64681]', '640', '—', 'JL'],
    ['1043', 'Aldana', '04/15/25', '{64612}', 'ALJ', '3-1209390117', '1120', '03/30/26', 'MT'],
    ['1044', 'Voss', '05/09/25', '{64714}', 'Council', '3-1209384802', '2310', '06/21/26', 'MT'],
    ['1045', 'Oyelaran', '06/03/25', '{64445}', 'Redet', '[33512]', '410', '10/01/25', 'JL'],
    ['1046', 'Brandt', '06/10/25', '{64640}', 'Redet', '[33570]', '520', '10/08/25', 'JL'],
    ['1047', 'Nakamura', '06/12/25', '{64712} + {64704}', 'Redet', '[33601]', '2338', '10/10/25', 'MT'],
  ],
});

// ── 25. Appeals tracker CSV export, text layer ──
const trackerCsv = lines({
  id: 's103-trackercsv',
  kind: 's103-appeals-tracker-csv-export-text',
  before: 'appeals_open_export.csv (first lines)',
  text: [
    'row,patient,dos,cpt,level,case_no,aic,payer_zip',
    '1045,Oyelaran,2025-06-03,{64445},REDET,[33512],410.00,[68114]',
    '1046,Brandt,2025-06-10,{64640},REDET,[33570],520.00,[68114]',
    '1047,Nakamura,2025-06-12,{64712},REDET,[33601],2150.00,[68114]',
    '1047,Nakamura,2025-06-12,{64704},REDET,[33601],188.00,[68114]',
    '1048,Fairley,2025-06-30,{64455},REDET,[33742],96.00,[68114]',
    '1049,Oyelaran,2025-07-01,{64445},REDET,[33788],410.00,[68114]',
  ].join('\n'),
});

// ── 26. Amount-in-controversy aggregation worksheet, table ──
const aicWorksheet = table({
  id: 's103-aic',
  kind: 's103-amount-in-controversy-aggregation-grid',
  caption: 'AIC worksheet — aggregate claims for ALJ threshold (same beneficiary, common issue)',
  headers: ['ICN', 'DOS', 'Billed code', 'Charge', 'Paid', 'Coinsurance', 'AIC'],
  rows: [
    ['2225121506630', '04/15/2025', '{64612}', '560.00', '0.00', '0.00', '560.00'],
    ['2225121506640', '04/29/2025', '{64612}', '560.00', '0.00', '0.00', '560.00'],
    ['2225133009550', '05/13/2025', '{64615}', '610.00', '0.00', '0.00', '610.00'],
    ['Total across 3 claims', '', '', '1730.00', '', '', '1730.00'],
    ['Practice-wide open AIC (all levels)', '', '', '', '', '', '[11523].46'],
  ],
});

// ── 27. Appeal software JSON record, text layer ──
const appealJson = lines({
  id: 's103-json',
  kind: 's103-appeal-software-json-record-text',
  before: 'GET /api/appeals/7781 (response body, pretty-printed)',
  text: [
    '"appealLevel": "ALJ",',
    '"caseNumber": "[54118]",',
    '"procedureCode": "{76942}",',
    '"linkedProcedure": "{64632}",',
    '"modifiers": ["LT"],',
    '"amountInControversyCents": "[11200]",',
    '"remitZip": "[68114]",',
    '"deniedCodes": ["{76942}"]',
  ].join('\n'),
});

// ── 28. esMD submission metadata XML for an appeal upload, text layer ──
const esmd = lines({
  id: 's103-esmd',
  kind: 's103-esmd-appeal-submission-xml-text',
  before: 'esMD submission — document metadata (XML excerpt)',
  text: [
    '<Submission contentType="Second Level Appeal" recipient="Part B QIC" batch="[41187]">',
    '  <ClaimId>2225140077310</ClaimId>',
    '  <CaseId>[64697]</CaseId>',
    '  <Line dos="2025-05-09" hcpcs="{64714}" billed="2310.00"/>',
    '  <Line dos="2025-05-09" hcpcs="{64445}" billed="410.00"/>',
    '  <Attachment pages="37" bates="[00301]-[00337]"/>',
    '</Submission>',
  ].join('\n'),
});

// ── 29. HL7 DFT charge message re-sent after favorable decision, text layer ──
const hl7 = lines({
  id: 's103-hl7',
  kind: 's103-hl7-dft-rebill-after-decision-text',
  before: 'Interface log — DFT^P03 re-sent for effectuated ALJ decision',
  text: [
    'MSH|^~\\&|PMS|BRPNC|CLRHSE|WPS|20260512081500||DFT^P03|[39118]|P|2.5.1',
    'PID|1||[64714]^^^BRPN||PRUETT^HAROLD^J||19470822|M|||RR 2^^HARLOW^MO^[64712]',
    'FT1|1|||20250311||CG|{64712}^NEUROPLASTY SCIATIC NERVE|||1|2150.00',
    'FT1|2|||20250311||CG|{69990}^OPERATING MICROSCOPE|||1|336.00',
    'NTE|1||Effectuation of ALJ decision, correspondence [52913]',
  ].join('\n'),
});

// ── 30. Operative report excerpt filed as evidence, text layer ──
const opNote = lines({
  id: 's103-opnote',
  kind: 's103-appeal-evidence-operative-excerpt-text',
  before: 'Exhibit 4 — Operative Report (excerpt)',
  text: [
    'MRN [64714]   Bates [00122]   Surgeon: K. Adeyemi, MD',
    'PROCEDURE: Open decompression and neuroplasty of the right sciatic nerve at the sciatic notch.',
    'CPT: {64712}. Microscope used for the neurolysis ({69990}). No internal neurolysis ({64727}).',
    'INDICATIONS: 9 months of right buttock and leg pain; diagnostic block {64445} with complete relief.',
  ].join('\n'),
});

// ── 31. Appeals staff email thread, text layer ──
const email = lines({
  id: 's103-email',
  kind: 's103-appeals-staff-email-thread-text',
  before: 'RE: Voss — Council or not? (internal)',
  text: [
    'MT: The ALJ lumped the {64714} plexus work in with the sciatic criteria. I think that is our Council argument.',
    'JL: Agreed. For the record, the 05/09 claim had {64714} and the pre-op {64445}; only the plexus line is at issue.',
    'MT: Aldana is different, the two {64612} sessions were 14 days apart, the QIC called the second one frequency.',
    'JL: Also, Brandt ({64640}) redet went out today by fax, job [64445], 23 pages to (414) 555-0172.',
    'MT: Remember the Council deadline is 60 days from 04/22; I put it on the calendar as case [27148] follow-up.',
  ].join('\n'),
});

// ── 32. Fax cover sheet, text layer (decoy only) ──
const faxCover = lines({
  id: 's103-fax',
  kind: 's103-appeal-fax-cover-sheet-text',
  before: 'FAX — Blue River Pain & Nerve Center — Appeals',
  text: [
    'To: WPS J5 Part B Redeterminations   Fax: (414) 555-0172   From: J. Lindqvist, (816) 555-0199',
    'Pages (incl. cover): 23   Fax job [64445]   Date: 10/02/2025',
    'Re: Redetermination request, internal case [33570], remit ZIP [68114]',
    'Confidential: contains protected health information. If received in error call (816) 555-0190.',
    'Sender address: 4801 Main St, Suite 600, Kansas City, MO [64152]-2215',
  ].join('\n'),
});

// ── 33. Appeal mailing address list, table (decoy only) ──
const addresses = table({
  id: 's103-addr',
  kind: 's103-appeal-mailing-address-directory-grid',
  caption: 'Where to send Part B appeals (J5) — desk reference',
  headers: ['Level', 'Entity', 'Address', 'City', 'ZIP', 'Fax'],
  rows: [
    ['Redetermination', 'WPS GHA J5 Part B', 'P.O. Box [14172]', 'Omaha, NE', '[68114]', '(414) 555-0172'],
    [
      'Reconsideration',
      'C2C Innovative Solutions',
      'P.O. Box [45301]',
      'Jacksonville, FL',
      '[32231]',
      '(904) 555-0121',
    ],
    [
      'ALJ hearing',
      'OMHA Central Operations',
      '200 Public Square, Suite 1260',
      'Cleveland, OH',
      '[44114]-2316',
      '(216) 555-0143',
    ],
    [
      'Council review',
      'Medicare Appeals Council',
      'MS 6127, 330 Independence Ave SW',
      'Washington, DC',
      '[20201]',
      '(202) 565-0227',
    ],
    ['Overpayment / recoupment', 'WPS GHA Overpayments', 'P.O. Box [64445]', 'Omaha, NE', '[68103]', '(414) 555-0188'],
  ],
});

// ── 34. Appeal deadline calendar, table (decoy only) ──
const deadlines = table({
  id: 's103-deadlines',
  kind: 's103-appeal-deadline-calendar-grid',
  caption: 'Deadline calendar — appeals desk — Q2 2026',
  headers: ['Due', 'Case', 'Action', 'Days left', 'Reminder id'],
  rows: [
    ['03/30/2026', '[52914]', 'Response to notice of hearing', '12', '[90217]'],
    ['04/01/2026', '[33601]', 'Nakamura reconsideration request due', '14', '[90218]'],
    ['04/14/2026', '[53660]', 'Review of dismissal follow-up', '27', '[90219]'],
    ['05/15/2026', '[33742]', 'Fairley redetermination decision expected', '58', '[90220]'],
  ],
});

// ── 35. Redetermination dismissal notice, text layer ──
const dismissal = lines({
  id: 's103-dismiss',
  kind: 's103-redetermination-dismissal-notice-text',
  before: 'NOTICE OF DISMISSAL — Redetermination — WPS Government Health Administrators, J5 Part B',
  text: [
    'Appeal number RD-5B-[32160]-25   Date of notice: 07/21/2025   Beneficiary: Lorraine Oyelaran',
    'Your request for redetermination of the claim for CPT {64445} (DOS 05/02/2025, ICN 2225133009120) is dismissed.',
    'Reason: the request was not signed by the appellant or an authorized representative (42 CFR 405.952).',
    'You may ask us to vacate this dismissal within 6 months, or ask the QIC to review the dismissal within 60 days.',
    'If you ask us to vacate it, include the signed request and the notes for {64445} and the visit billed as {99203}.',
    'Correspondence: P.O. Box [14172], Omaha, NE [68114]   Fax (414) 555-0172   Document control no. [60417]',
  ].join('\n'),
});

// ── 36. ALJ hearing preparation checklist, text layer ──
const hearingPrep = lines({
  id: 's103-prep',
  kind: 's103-alj-hearing-prep-checklist-text',
  before: 'Hearing prep — Voss — ALJ appeal 3-1209384802 — 03/17/2026, 11:00 CT',
  text: [
    '☑ Witness: Dr. Adeyemi (treating surgeon) by phone; conference line [80431]',
    '☑ Theory: {64714} is a lumbar plexus decompression; the LCD criteria written for {64712} do not fit it.',
    '☐ Point the ALJ to the pre-op block note ({64445}), Exh. 5, first page Bates [00127].',
    '☐ Rebut the QIC reviewer, who compared it to {64713} (brachial plexus) — wrong region entirely.',
    '☐ Confirm nothing was billed as unlisted ({64999}). AIC $2,310.00, well over $190.',
    '☐ Exhibit index received from OMHA, correspondence [52914]; record runs Bates [00101]–[00188].',
  ].join('\n'),
});

// ── 37. Medicare Appeals Council action, text layer ──
const councilAction = lines({
  id: 's103-council',
  kind: 's103-council-action-on-referral-text',
  before: 'DEPARTMENTAL APPEALS BOARD — MEDICARE APPEALS COUNCIL — Decision of Medicare Appeals Council',
  text: [
    'Docket No. M-26-3318   ALJ Appeal No. 3-1209384756   Appellant: Blue River Pain & Nerve Center, LLC',
    "The Council has considered CMS's referral (ref. [27148]) and the appellant's exceptions received 06/01/2026.",
    'The ALJ found that the sciatic neuroplasty, {64712}, was reasonable and necessary. The EMG at Exh. 5 (page',
    '[00131]) and the therapy notes at Exh. 9 (pages [00200]–[00214]) support that finding; two notes predate surgery.',
    'The Council adopts the ALJ decision. The operating microscope ({69990}) is not separately payable.',
    'Copies: appellant, Kansas City, MO [64152]; WPS J5 Part B, contractor [05302]; C2C, Jacksonville, FL [32231].',
  ].join('\n'),
});

// ── 38. QIC appeal status inquiry page, table ──
const qicStatus = table({
  id: 's103-qicstatus',
  kind: 's103-qic-appeal-status-inquiry-grid',
  caption: 'Part B QIC — Appeal Status Inquiry — results for appellant NPI 1427083156',
  headers: ['Appeal number', 'Beneficiary', 'Received', 'Status', 'Letter date', 'Case ID', 'Appellant ZIP'],
  rows: [
    ['1-2840193377', 'PRUETT, H', '09/04/2025', 'Closed – decision mailed', '11/06/2025', '[64632]', '[64152]'],
    ['1-2840217705', 'KESSINGER, R', '09/09/2025', 'Closed – decision mailed', '11/14/2025', '[64681]', '[64152]'],
    ['1-2840244120', 'ALDANA, M', '09/19/2025', 'Closed – decision mailed', '11/21/2025', '[64683]', '[64152]'],
    ['1-2840251983', 'VOSS, B', '09/24/2025', 'Forwarded to OMHA', '11/25/2025', '[64697]', '[64152]'],
    ['1-2840260014', 'NAKAMURA, T', '12/08/2025', 'In review', '—', '[64738]', '[64152]'],
  ],
});

// ── 39. Denial and overturn report by code, table ──
const overturn = table({
  id: 's103-overturn',
  kind: 's103-denial-overturn-report-by-code-grid',
  caption: 'Medicare Part B denials and appeal outcomes by code — calendar 2025',
  headers: [
    'Code',
    'Short description',
    'Denied lines',
    'Appealed',
    'Overturned',
    'Overturn %',
    'Billed under appeal $',
  ],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic', '6', '6', '3', '50%', '[12900]'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '2', '2', '0', '0%', '4620'],
    ['{64632}', 'Destr plantar dig nerve', '14', '9', '5', '56%', '5760'],
    ['{64445}', 'Inj sciatic nerve, single', '11', '4', '1', '25%', '1640'],
    ['{64612}', 'Chemodenerv facial nerve', '7', '7', '4', '57%', '3920'],
    ['{64615}', 'Chemodenerv migraine', '3', '3', '2', '67%', '1830'],
    ['{64640}', 'Destr other peripheral nerve', '5', '2', '0', '0%', '1040'],
    ['{69990}', 'Operating microscope', '6', '6', '0', '0%', '2016'],
    ['{76942}', 'US guidance', '9', '3', '1', '33%', '336'],
    ['Total', '', '63', '42', '16', '38%', '[34062]'],
  ],
});

// ── 40. Beneficiary's letter about a Medicare Summary Notice, text layer ──
const beneLetter = lines({
  id: 's103-beneletter',
  kind: 's103-beneficiary-msn-appeal-letter-text',
  before: 'Letter received with a copy of the Medicare Summary Notice (scanned)',
  text: [
    'To Medicare: I am Ruth Kessinger, 118 Pine St, Raymore, MO [64083]. I want to appeal part of my summary notice.',
    'The doctor treated both of my feet the same day. The right foot ({64632}-RT on the notice) was approved',
    'but the left foot, listed as {64632}-LT, was not, and neither was the ultrasound, {76942}.',
    'My neighbor says the doctor can appeal for me. Please send the answer to the address above, ZIP [64083].',
  ].join('\n'),
});

export const sealed103: Snippet[] = [
  ...cms20027,
  ...coverLetter,
  ...mrn,
  ...mrnLines,
  ...portalStatus,
  ...portalDetail,
  ...era835,
  ...msn,
  ...cms20033,
  ...qicIndex,
  ...qicDecision,
  ...qicLines,
  ...omha100,
  ...omha100a,
  ...eAppealList,
  ...eAppealReview,
  ...hearingNotice,
  ...docket,
  ...aljDecision,
  ...exhibitList,
  ...mas,
  ...dab101,
  ...cmsReferral,
  ...tracker,
  ...trackerCsv,
  ...aicWorksheet,
  ...appealJson,
  ...esmd,
  ...hl7,
  ...opNote,
  ...email,
  ...faxCover,
  ...addresses,
  ...deadlines,
  ...dismissal,
  ...hearingPrep,
  ...councilAction,
  ...qicStatus,
  ...overturn,
  ...beneLetter,
];
