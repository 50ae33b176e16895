import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 191 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s191-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * a payer recoupment reference, a prior complaint number, case-management document numbers, an SIU ticket, a
 * certified-mail number group, a notary commission, an X12 SE control number, an EFT trace and an 835 remark code, a
 * refund check number, a Bates page, a fund code, a payment check and receipt number, a CME activity id, agenda item
 * ids, other licensees' license numbers and ZIPs, an NPDB report id and entity number, a JSON record id and docket
 * document ids. The respondent's license number, the board's and practice's ZIPs, Bates ranges and the penalty amounts
 * are outside it. The five known codes' digits come back as decoys: the complaint confirmation number (and the
 * document number it keeps), a payer SIU referral number, the investigator's badge number, the subpoena number, the
 * board's PO box, the consent order number, the docket number, a fine invoice number, a billing monitor's engagement
 * number, a CME certificate number and a helpdesk ticket.
 *
 * Family: a (fictional) state medical board's complaint investigation and disciplinary order against a pain and
 * peripheral-nerve physician: the public online complaint form and its acknowledgment letter, a payer SIU referral,
 * the intake triage worksheet and case-management timeline, investigator emails and chat, the records subpoena duces
 * tecum with its Attachment A and the custodian's certification, the evidence/exhibit index, the practice's billing
 * ledger export, the payer's claims CSV, an 837P and an 835 fragment shown on screen, an ambulatory surgery centre
 * case log, an HL7 DFT charge message, the investigator's billing analysis (frequency table, fee comparison with a
 * cut-off cell, POS mismatch list), an operative note and a clinic procedure note from the subpoenaed charts, the
 * investigative report, the respondent's interview transcript and his counsel's response letter, the expert
 * reviewer's engagement letter, case-by-case worksheet, report narrative and summary table, the statement of charges,
 * the consent order (findings, terms, practice restriction schedule), the fine invoice and receipt, the billing
 * monitor's quarterly report, the CME certificate, the board meeting agenda and minutes, the press release /
 * newsletter disciplinary summary, the public license lookup (search results, profile card, board actions JSON
 * from the open-data API, docket XML), and the National Practitioner Data Bank report text.
 * Built on real public layouts: state medical board online complaint forms and "complaint received" letters (Texas
 * Medical Board, Medical Board of California), subpoena duces tecum forms with a numbered Attachment A and the
 * custodian-of-records declaration, investigator billing analyses shaped like OIG/Medicare CERT audit frequency
 * tables, X12 837P SV1 and 835 SVC segments, HL7 v2 DFT^P03 FT1 segments, board "Statement of Charges" and
 * "Consent Order" PDFs with numbered findings (Maryland and Washington boards), public board meeting agendas with
 * consent calendars, DocFinder/Certification-lookup license profile pages with "Board Actions" sections, a
 * Socrata-style open-data JSON export and the NPDB Adverse Action report. The others are written the way those pages
 * read, with no single source.
 *
 * 390 labelled tokens over 44 shapes: 222 codes (158 of them the five known codes), 168 decoys, 59 of the decoys in
 * KNOWN_10K, 30 of them the five known codes' digits.
 */

// ── 1. Public online complaint form, submitted view (text layer) ──
const complaintForm = lines({
  id: 's191-complaint',
  kind: 's191-online-complaint-form-submission-text',
  before: 'Vermillion Board of Medical Practice — File a Complaint Against a Physician — Submission receipt',
  text: [
    'Confirmation no. [64712]   Submitted 03/11/2024 09:42   Category: Billing / Fraud; Quality of care',
    'Your name: Carla J. Wendt   Address: 1457 Orchard Ln, Calder, VM [58074]   Phone: (605) 448-2193',
    'Physician: Gregory L. Haskett, MD   License no. (if known): [47102]',
    'Practice address: 880 Riverside Pkwy, Ste 210, Calder, VM [58062]',
    'Describe what happened: My explanation of benefits shows "{64712} open neurolysis sciatic nerve" for',
    'a visit on 10/02/2023 that took fifteen minutes in the exam room. I had a shot in my hip with an',
    'ultrasound, no surgery, no stitches. The same EOB had {64445} and {76942} too. My insurance paid',
    '$1,184.60 and I owe $412.30. I asked the office and they said the code is correct.',
    'Have you contacted the insurer? Yes — Prairie Crest Health Plan, claim [24286]-114507 (see upload)',
  ].join('\n'),
});

// ── 2. Complaint acknowledgment letter ──
const ackLetter = lines({
  id: 's191-ack',
  kind: 's191-complaint-acknowledgment-letter-text',
  before: 'VERMILLION BOARD OF MEDICAL PRACTICE',
  text: [
    'PO Box [64612] · Hadley, VM [58033]-4612 · 2100 Capitol Mall, Suite 400 · Hadley, VM [58033]',
    'March 13, 2024',
    'Ms. Carla J. Wendt, 1457 Orchard Ln, Calder, VM [58074]',
    'RE: Complaint No. [64712] — Gregory L. Haskett, MD (License MD [47102])',
    'Dear Ms. Wendt: The Board has received your complaint. It has been assigned to the Investigations',
    'Unit under file INV-24-[30104]. Please refer to this number in any correspondence. Investigations of',
    'billing matters usually take 6 to 12 months. The Board cannot obtain refunds or resolve fee disputes.',
    'Sincerely, Complaint Intake Unit · (605) 773-4410 · complaints@vbmp.vm.gov',
  ].join('\n'),
});

// ── 3. Payer SIU referral letter to the board ──
const siuReferral = lines({
  id: 's191-siu',
  kind: 's191-payer-siu-referral-to-board-letter-text',
  before: 'PRAIRIE CREST HEALTH PLAN — Special Investigations Unit — 400 W. Bluff St, Calder, VM 58070',
  text: [
    'April 2, 2024   Our referral SIU-2024-[64445]   Your file INV-24-[30104]',
    'Provider: Gregory L. Haskett, MD · NPI 1720468813 · TIN 84-2219067 · Haskett Nerve & Pain Center, PLLC',
    'Data mining flagged the provider as the plan’s highest biller of {64712} and {64714} in 2022–2023: 41',
    'and 18 services, all place of service 11 (office). No facility claim from a hospital or ASC was found',
    'for any of these dates. In the same period the provider billed {64632} 212 times for 37 members',
    '(up to 9 per member per year) and {64612} with modifier 50 for members with a migraine diagnosis.',
    'A sample of 20 records was requested; 14 describe an ultrasound-guided injection, i.e. {64445} with',
    '{76942}, not an open neuroplasty. Overpayment identified: $48,917.22; recoupment letter ref. [58011].',
  ].join('\n'),
});

// ── 4. Intake triage worksheet (table) ──
const triage = table({
  id: 's191-triage',
  kind: 's191-complaint-intake-triage-worksheet-grid',
  caption: 'Intake Triage Worksheet — Complaint No. assigned at intake — Reviewer: S. Pacheco, RN',
  headers: ['Allegation', 'Codes / refs cited', 'Source', 'Priority', 'Route'],
  rows: [
    ['Billed open surgery for injection', '{64712}, {64445}, {76942}', 'Patient complaint', '2 - High', 'INV'],
    ['Open lumbar plexus neuroplasty in office', '{64714}', 'SIU referral [64445]', '2 - High', 'INV'],
    ['Excess neurolysis, digital nerves', '{64632} x up to 9/yr', 'SIU referral', '3 - Med', 'INV + expert'],
    ['Facial chemodenervation billed for migraine', '{64612}-50 (vs {64615})', 'SIU referral', '3 - Med', 'INV'],
    ['Prior complaint on file', 'Complaint [52113] (2019, closed, no action)', 'Board database', '—', 'Note'],
  ],
});

// ── 5. Case management timeline (dashboard table) ──
const caseTimeline = table({
  id: 's191-casemgmt',
  kind: 's191-case-management-system-activity-grid',
  caption: 'CMS Case 2024-MED-0412 · Haskett, Gregory L. · Status: Open — Investigation · Assigned: D. Whitfield',
  headers: ['Date', 'Activity', 'By', 'Doc #', 'Note'],
  rows: [
    ['03/11/2024', 'Complaint received (web)', 'System', '[64712]', 'Auto-ack'],
    ['04/02/2024', 'Referral received', 'Intake', '[10083]', 'Payer SIU'],
    ['04/18/2024', 'Subpoena duces tecum issued', 'Whitfield', 'SDT-[64714]', 'Records 2022–2023'],
    ['05/20/2024', 'Records received, 3 boxes + USB', 'Whitfield', '[10097]', 'Bates HAS [00001]–[04877]'],
    ['07/09/2024', 'Billing analysis completed', 'Whitfield', '[10112]', 'Codes {64712} {64714} {64632} {64612}'],
    ['08/01/2024', 'Sent to expert reviewer', 'Whitfield', 'ER-[20083]', 'Due 10/01'],
  ],
});

// ── 6. Investigator email thread ──
const emails = lines({
  id: 's191-email',
  kind: 's191-investigator-email-thread-text',
  before: 'Outlook — Inbox — RE: 2024-MED-0412 Haskett — claims pull',
  text: [
    'From: Whitfield, Dana <dana.whitfield@vbmp.vm.gov>   Sent: Tue 6/11/2024 2:07 PM',
    'To: Ruiz, Tomas (Prairie Crest SIU)   Subject: RE: 2024-MED-0412 Haskett — claims pull',
    'Tomas — thanks for the file. Can you re-run it with the modifiers in their own column? In your CSV the',
    '{64712} lines show "59" in some rows and nothing in others, and I need to know which {64445} lines were',
    'billed the same day. Also please add line-level POS. My badge no. is [64714] if security asks at the front desk.',
    '> On 6/10/2024 Ruiz, Tomas wrote: Attached claims for 2022-01-01 to 2023-12-31, CPT in ({64712},{64714},',
    '> {64632},{64612},{64445},{64615}), rendering NPI 1720468813. Password by separate email. Ticket [30065].',
    'Dana Whitfield | Investigator III | Vermillion Board of Medical Practice | PO Box [64612], Hadley VM [58033]',
  ].join('\n'),
});

// ── 7. Subpoena duces tecum, body text ──
const subpoena = lines({
  id: 's191-sdt',
  kind: 's191-subpoena-duces-tecum-form-text',
  before: 'BEFORE THE VERMILLION BOARD OF MEDICAL PRACTICE — SUBPOENA DUCES TECUM',
  text: [
    'In the Matter of: Gregory L. Haskett, M.D., License No. [47102]    Case No. 2024-MED-0412    SDT No. [64714]',
    'TO: Custodian of Records, Haskett Nerve & Pain Center, PLLC, 880 Riverside Pkwy, Ste 210, Calder, VM [58062]',
    'YOU ARE COMMANDED to produce the records described in Attachment A at the Board office, 2100 Capitol',
    'Mall, Suite 400, Hadley, VM [58033], on or before May 20, 2024, at 10:00 a.m., pursuant to VM Code § 36-4-[31112].',
    'Failure to comply may result in a referral to the Attorney General for enforcement.',
    'Issued April 18, 2024 by order of the Executive Director.  Service by certified mail no. 7022 [30118] 0004 8814 2290',
  ].join('\n'),
});

// ── 8. Subpoena Attachment A ──
const attachmentA = lines({
  id: 's191-atta',
  kind: 's191-subpoena-attachment-a-records-list-text',
  before: 'ATTACHMENT A — Records to be produced (period January 1, 2022 through December 31, 2023)',
  text: [
    '1. The complete medical record of each patient listed in Attachment B (patient key sealed) for every date',
    '   of service on which CPT {64712}, {64714}, {64632}, {64612} or {64615} was billed by any payer.',
    '2. For each such date: procedure notes, ultrasound or fluoroscopy images and reports ({76942}, {77002}),',
    '   consent forms, sedation records, implant/supply logs, pathology, and the charge ticket (superbill).',
    '3. Day sheets and practice management ledgers showing {64445}, {64447}, {64450} and {64455} billed on',
    '   the same dates, with modifiers (e.g. 59, XS, RT/LT, 50) as transmitted.',
    '4. Botulinum toxin purchase invoices and lot logs (J0585, J0586) supporting every {64612} and {64615}.',
    '5. Scheduling records showing room assignment (procedure room vs. exam room) and OR/ASC bookings.',
  ].join('\n'),
});

// ── 9. Custodian of records certification ──
const custodian = lines({
  id: 's191-custodian',
  kind: 's191-custodian-of-records-declaration-text',
  before: 'DECLARATION OF CUSTODIAN OF RECORDS — Case No. 2024-MED-0412',
  text: [
    'I, Renee Ashby, am the practice administrator and a duly authorized custodian of the records of Haskett',
    'Nerve & Pain Center, PLLC, 880 Riverside Pkwy, Ste 210, Calder, VM [58062]. The accompanying records,',
    'Bates numbered HAS [00001] through HAS [04877], are true copies, prepared in the ordinary course of business.',
    'Records for CPT {64632} dates in 2022 are partly on paper (Bates HAS [03110]–[03480]).',
    'No ASC or hospital operative records exist for dates billed as {64712} or {64714}; all were office visits.',
    'Signed May 17, 2024, Calder, Vermillion.  Notary commission no. [80123]',
  ].join('\n'),
});

// ── 10. Exhibit index (table) ──
const exhibitIndex = table({
  id: 's191-exhibits',
  kind: 's191-investigation-exhibit-index-grid',
  caption: 'Investigative Report — Index of Exhibits',
  headers: ['Ex.', 'Description', 'Bates / Doc', 'Pages'],
  rows: [
    ['1', 'Complaint and attachments', 'Doc [64712]', '6'],
    ['2', 'Prairie Crest SIU referral and claims CSV', 'Doc [10083]', '41'],
    ['3', 'Subpoena duces tecum and return', 'SDT [64714]', '9'],
    ['4', 'Medical records, Patients A–T', 'HAS [00001]–[04877]', '4,872'],
    ['5', 'Operative/procedure notes billed as {64712}', 'HAS [01204]–[01377]', '174'],
    ['6', 'Ledger export, procedure codes {64445}–{64722}', 'HAS [04720]–[04812]', '93'],
    ['7', 'Interview transcript, Dr. Haskett', 'Doc [20124]', '38'],
    ['8', 'Expert reviewer report', 'ER-[20083]', '22'],
  ],
});

// ── 11. Practice billing ledger export (table) ──
const ledger = table({
  id: 's191-ledger',
  kind: 's191-practice-management-ledger-export-grid',
  caption: 'Haskett Nerve & Pain Center — Transaction Detail by Patient — Patient C (acct redacted)',
  headers: ['DOS', 'Acct', 'CPT', 'Mod', 'Units', 'Charge', 'Ins Paid', 'POS'],
  rows: [
    ['10/02/2023', '[40112]', '{99214}', '25', '1', '$245.00', '$118.22', '11'],
    ['10/02/2023', '[40112]', '{64712}', '59', '1', '$2,850.00', '$712.40', '11'],
    ['10/02/2023', '[40112]', '{64445}', 'RT', '1', '$480.00', '$96.81', '11'],
    ['10/02/2023', '[40112]', '{76942}', '', '1', '$260.00', '$57.17', '11'],
    ['11/06/2023', '[40112]', '{64714}', '', '1', '$3,400.00', '$804.66', '11'],
    ['11/06/2023', '[40112]', '{64632}', 'T5', '1', '$690.00', '$121.05', '11'],
    ['11/06/2023', '[40112]', '{64632}', 'T6', '1', '$690.00', '$121.05', '11'],
  ],
});

// ── 12. Payer claims CSV, shown in a text viewer ──
const claimsCsv = lines({
  id: 's191-csv',
  kind: 's191-payer-claims-extract-csv-text',
  before: 'PCHP_SIU_Haskett_2022_2023.csv (preview, first rows)',
  text: [
    'claim_id,line,member_key,dos,cpt,mod1,mod2,units,billed,allowed,paid,pos,zip',
    '2327510133771,1,M0417,2023-10-02,{64712},59,,1,2850.00,812.40,712.40,11,[58074]',
    '2327510133771,2,M0417,2023-10-02,{64445},RT,,1,480.00,96.81,96.81,11,[58074]',
    '2331010147002,1,M0288,2023-11-06,{64714},,,1,3400.00,904.66,804.66,11,[58077]',
    '2331010147002,2,M0288,2023-11-06,{64632},T5,,1,690.00,121.05,121.05,11,[58077]',
    '2312220008415,1,M0951,2023-05-01,{64612},50,,2,1100.00,288.52,230.82,11,[58062]',
    '2312220008415,2,M0951,2023-05-01,J0585,,,155,1240.00,871.81,697.45,11,[58062]',
  ].join('\n'),
});

// ── 13. X12 837P fragment shown in a claim viewer ──
const x837 = lines({
  id: 's191-837',
  kind: 's191-x12-837p-claim-viewer-text',
  before: 'EDI Viewer — 837P — ICN 2223510133771 — Sample claim from Exhibit 2',
  text: [
    'NM1*85*2*HASKETT NERVE & PAIN CENTER PLLC*****XX*1720468813~N3*880 RIVERSIDE PKWY STE 210~',
    'N4*CALDER*VM*580692214~REF*EI*842219067~',
    'CLM*PCN[60113]*3835***11:B:1*Y*A*Y*Y~HI*ABK:M5431*ABF:G5701~',
    'LX*1~SV1*HC:{64712}:59*2850*UN*1***1~DTP*472*D8*20231002~',
    'LX*2~SV1*HC:{64445}:RT*480*UN*1***1~DTP*472*D8*20231002~',
    'LX*3~SV1*HC:{76942}*260*UN*1***1~DTP*472*D8*20231002~',
    'LX*4~SV1*HC:{99214}:25*245*UN*1***2~DTP*472*D8*20231002~SE*38*[60122]~',
  ].join('\n'),
});

// ── 14. X12 835 fragment ──
const x835 = lines({
  id: 's191-835',
  kind: 's191-x12-835-remittance-viewer-text',
  before: 'EDI Viewer — 835 — Check/EFT trace from Prairie Crest Health Plan',
  text: [
    'TRN*1*EFT[70016]*1840000001~N1*PE*HASKETT NERVE & PAIN CENTER PLLC*XX*1720468813~',
    'CLP*PCN[60113]*1*3835*984.60*412.30*12*2223510133771*11*1~',
    'SVC*HC:{64712}:59*2850*712.4**1~CAS*CO*45*2037.6~AMT*B6*812.4~',
    'SVC*HC:{64445}:RT*480*96.81**1~CAS*CO*45*383.19~',
    'SVC*HC:{76942}*260*57.17**1~CAS*CO*45*202.83~LQ*HE*N[70027]~',
    'SVC*HC:{99214}:25*245*118.22**1~CAS*PR*2*126.78~',
  ].join('\n'),
});

// ── 15. ASC case log, none for respondent ──
const ascLog = table({
  id: 's191-asc',
  kind: 's191-ambulatory-surgery-center-case-log-grid',
  caption: 'Calder Surgery Center — Case log query: surgeon = HASKETT — 01/01/2022 to 12/31/2023',
  headers: ['Case #', 'Date', 'Procedure', 'CPT', 'Anes', 'OR'],
  rows: [
    ['[40016]', '03/14/2022', 'Lumbar sympathetic block, fluoro', '{64520}', 'MAC', '3'],
    ['[40031]', '06/20/2022', 'Genicular nerve RFA, L knee', '{64624}', 'MAC', '3'],
    ['[40052]', '02/27/2023', 'Sciatic nerve block, US-guided (pre-op, Dr. Ng)', '{64445}', 'Regional', '1'],
    ['Query returned 3 rows. No cases with CPT {64712}, {64714} or {64708}.', '', '', '', '', ''],
  ],
});

// ── 16. HL7 DFT charge message from EHR interface log ──
const hl7 = lines({
  id: 's191-hl7',
  kind: 's191-hl7-dft-charge-interface-log-text',
  before: 'Interface engine — channel EHR_TO_PM_CHARGES — message view',
  text: [
    'MSH|^~\\&|NERVEEHR|HNPC|PMSYS|HNPC|20231002143355||DFT^P03|MSG[70053]|P|2.5.1',
    'PID|1||MRN[70062]^^^HNPC||PATIENT^C||19640311|F|||1457 ORCHARD LN^^CALDER^VM^[58074]',
    'FT1|1|||20231002||CG|{64712}^NEUROPLASTY SCIATIC NERVE^CPT|||1||||||||||||1215^HASKETT^GREGORY|{64712}^59',
    'FT1|2|||20231002||CG|{64445}^INJ ANES SCIATIC NERVE^CPT|||1|||||||||||||1215^HASKETT|{64445}^RT',
    'FT1|3|||20231002||CG|{76942}^US GUIDE NEEDLE PLACEMENT^CPT|||1',
    'ZCH|1|ROOM^EXAM 4|DUR^15MIN|TEMPLATE^US_SCIATIC_INJ_V2|ID^[70064]',
  ].join('\n'),
});

// ── 17. Billing analysis — frequency table ──
const freq = table({
  id: 's191-freq',
  kind: 's191-investigator-billing-analysis-frequency-grid',
  caption: 'Billing Analysis, Table 1 — Services billed by respondent, all payers, 2022–2023',
  headers: ['CPT', 'Short descriptor', 'Services', 'Patients', 'Peer median / 1,000 pts', 'Respondent / 1,000 pts'],
  rows: [
    ['{64712}', 'Neuroplasty; sciatic nerve', '63', '49', '0.1', '14.6'],
    ['{64714}', 'Neuroplasty; lumbar plexus', '27', '25', '0.0', '6.3'],
    ['{64632}', 'Destruction, plantar common digital nerve', '318', '52', '1.2', '73.6'],
    ['{64612}', 'Chemodenervation, facial nerve, unilat.', '144', '61', '2.9', '33.3'],
    ['{64615}', 'Chemodenervation for chronic migraine', '6', '4', '9.8', '1.4'],
    ['{64445}', 'Inj. anesthetic; sciatic nerve, single', '402', '188', '3.1', '93.1'],
    ['{76942}', 'US guidance, needle placement', '571', '240', '11.5', '132.2'],
  ],
});

// ── 19. Billing analysis — fee comparison with a cut-off cell ──
const feeCompare: Snippet[] = [
  {
    id: 's191-fee-cut1',
    kind: 's191-billing-analysis-fee-comparison-cutoff-cell',
    text: '{64712}',
    columnHeader: 'Billed',
    before: 'Table 3 — Billed vs. supported service (sample of 20 records)',
    after: '64445 + 76942',
    row: ['Patient C', '64712', '64445 + 76942', '$712.40', '$154.00', '$558.40'],
    column: ['64712', '64712', '64714', '64714'],
    headers: ['Patient', 'Billed', 'Supported by record', 'Paid', 'Supported value', 'Difference'],
  },
  {
    id: 's191-fee-cut2',
    kind: 's191-billing-analysis-fee-comparison-cutoff-cell',
    text: '{64445} + {76942}',
    columnHeader: 'Supported by record',
    before: 'Patient C 64712',
    after: '$712.40',
    row: ['Patient C', '64712', '64445 + 76942', '$712.40', '$154.00', '$558.40'],
    column: ['64445 + 76942', '64445 + 76942', '64445', '64447 + 76942'],
    headers: ['Patient', 'Billed', 'Supported by record', 'Paid', 'Supported value', 'Difference'],
  },
  {
    id: 's191-fee-cut3',
    kind: 's191-billing-analysis-fee-comparison-cutoff-cell',
    text: '{64714}',
    columnHeader: 'Billed',
    before: 'Patient F',
    after: '6444…',
    row: ['Patient F', '64714', '6444…', '$804.66', '$96.81', '$707.85'],
    column: ['64712', '64712', '64714', '64714'],
    headers: ['Patient', 'Billed', 'Supported by record', 'Paid', 'Supported value', 'Difference'],
  },
];

// ── 20. POS mismatch list (dashboard export) ──
const posList = lines({
  id: 's191-pos',
  kind: 's191-place-of-service-mismatch-exception-list-text',
  before: 'Exceptions report: open surgical codes billed with POS 11 — respondent — sorted by DOS',
  text: [
    '2022-02-14  PT-A  {64712}-59  POS 11  no OR/ASC record  room: EXAM 2  ref [80012]',
    '2022-05-09  PT-D  {64714}     POS 11  no OR/ASC record  room: EXAM 4  ref [80015]',
    '2022-09-19  PT-G  {64712}     POS 11  no OR/ASC record  room: PROC 1  ref [80022]',
    '2023-03-06  PT-K  {64712}-RT  POS 11  no OR/ASC record  room: EXAM 4  ref [80032]',
    '2023-10-02  PT-C  {64712}-59  POS 11  no OR/ASC record  room: EXAM 4  ref [81220]',
    '… 85 more rows (export to CSV)',
  ].join('\n'),
});

// ── 21. Operative note from the subpoenaed chart (PDF text layer) ──
const opNote = lines({
  id: 's191-opnote',
  kind: 's191-subpoenaed-procedure-note-pdf-text',
  before: 'HAS 01262 — Haskett Nerve & Pain Center — PROCEDURE NOTE',
  text: [
    'Patient: C.W.   DOB 03/11/1964   MRN [70062]   DOS 10/02/2023   Room: Exam 4',
    'PROCEDURE: Ultrasound-guided sciatic nerve hydrodissection, right (neurolysis).',
    'CPT: {64712}-59, {64445}-RT, {76942}    Dx: M54.31, G57.01',
    'With the patient prone, the sciatic nerve was visualized at the subgluteal level. A 22 g spinal needle was',
    'advanced in plane and 20 mL of 0.25% bupivacaine with 40 mg triamcinolone was injected around the nerve.',
    'No incision was made. Estimated blood loss: none. Time: 15 min. Patient discharged ambulatory.',
    'Electronically signed G. Haskett, MD 10/02/2023 14:31   Template US_SCIATIC_INJ_V2   Bates HAS [01262]',
  ].join('\n'),
});

// ── 22. Clinic note, digital nerve neurolysis series ──
const clinicNote = lines({
  id: 's191-clinic',
  kind: 's191-subpoenaed-clinic-progress-note-text',
  before: "HAS 03122 — Progress note — Morton's neuroma, left foot",
  text: [
    'Interval: returns for alcohol neurolysis #7 this year, 3rd/4th interspace. Pain 6/10 (was 7/10).',
    'Plan: repeat {64632} today (T5). Prior injections 01/09, 02/06, 03/06, 04/10, 05/08, 06/12 — all {64632}.',
    'Discussed surgical excision ({28080}); patient declines. Orthotics not documented.',
    'Bates HAS [03122]   Scanned from paper chart; billing sticker reads "{64632} x1, {20550} x0"',
  ].join('\n'),
});

// ── 23. Investigative report narrative ──
const invReport = lines({
  id: 's191-invreport',
  kind: 's191-investigative-report-narrative-text',
  before: 'INVESTIGATIVE REPORT — Case No. 2024-MED-0412 — Investigator D. Whitfield',
  text: [
    'Summary: Of 90 services billed as open neuroplasty ({64712} or {64714}), none has an operative report,',
    'anesthesia record, or facility claim. In 71 the note describes a percutaneous injection, which would',
    'be reported as {64445} (or {64447} for the femoral nerve) with {76942}. In 19 no procedure note exists.',
    'The respondent stated that "hydrodissection is a neurolysis" and that his billing consultant advised',
    'that {64712} was "the closest code." No unlisted code ({64999}) was considered.',
    'Chemodenervation: 138 of 144 services billed {64612}-50 carry a migraine diagnosis (G43.709);',
    'CPT directs {64615} for chronic migraine. Neurolysis {64632} was repeated up to nine times a year.',
    'Investigator badge [64714]; report filed to the Board 09/04/2024; file INV-24-[30104].',
  ].join('\n'),
});

// ── 24. Interview transcript ──
const interview = lines({
  id: 's191-interview',
  kind: 's191-respondent-interview-transcript-text',
  before: 'TRANSCRIPT OF INTERVIEW — Gregory L. Haskett, M.D. — 08/14/2024 — Page 17',
  text: [
    '14  Q. (Whitfield) Doctor, the ledger shows {64712} billed on October 2nd. Tell me what you did.',
    '15  A. I freed the sciatic nerve from adhesions with fluid. That is a neurolysis.',
    '16  Q. Was there an incision?  A. No. It’s done through a needle.',
    '17  Q. The descriptor of {64712} is "neuroplasty (exploration, neurolysis or nerve decompression); sciatic',
    '18     nerve." Did you read the CPT guidance that {64712} is an open procedure?',
    '19  A. My consultant told me {64712} was fine with a 59. We also billed {64445} for the block itself.',
    '20  MS. KETTERING: Objection; he’s answered. Exhibit [20124] is the consultant’s memo.',
  ].join('\n'),
});

// ── 25. Respondent's counsel response letter ──
const counselLetter = lines({
  id: 's191-counsel',
  kind: 's191-respondent-counsel-response-letter-text',
  before: 'MARSH KETTERING LLP · 301 Main Street, Suite 900 · Hadley, VM 58030',
  text: [
    'September 20, 2024 — VIA EMAIL AND FIRST-CLASS MAIL — Board PO Box [64612], Hadley, VM [58033]',
    'Re: Case No. 2024-MED-0412; Gregory L. Haskett, M.D., License No. [47102]; Your file INV-24-[30104]',
    'Dr. Haskett has voluntarily stopped billing {64712} and {64714} as of June 1, 2024, and has refunded',
    '$48,917.22 to Prairie Crest (check no. [30143]). He relied in good faith on a coding consultant, whose',
    'written advice that ultrasound hydrodissection "may be reported as {64712}-59" is enclosed.',
    'As to {64632}, repeat neurolysis of an interdigital neuroma is within the standard of care.',
    'As to {64612}, the modifier 50 errors were clerical and have been corrected to {64615}.',
  ].join('\n'),
});

// ── 26. Expert reviewer engagement letter ──
const expertEngage = lines({
  id: 's191-engage',
  kind: 's191-expert-reviewer-engagement-letter-text',
  before: 'VERMILLION BOARD OF MEDICAL PRACTICE — Expert Reviewer Engagement',
  text: [
    'August 1, 2024   Lena Ostrander, MD (PM&R, Pain Medicine)   Reviewer ID ER-[20083]',
    'Case No. 2024-MED-0412 — 20 patient records, Bates HAS [00001]–[04877] (USB, encrypted)',
    'Questions: (1) Did the respondent’s care meet the standard of care? (2) Do the records support the',
    'codes billed, in particular {64712}, {64714}, {64632} and {64612}? (3) Is repeated neurolysis',
    'at the frequency shown in Table 1 medically indicated?',
    'Fee: $350/hour, not to exceed $7,000 without approval. Purchase order PO [52012]. Vendor no. [52016].',
  ].join('\n'),
});

// ── 27. Expert case-by-case worksheet (table) ──
const expertWorksheet = table({
  id: 's191-ews',
  kind: 's191-expert-case-review-worksheet-grid',
  caption: 'Expert Review Worksheet — Reviewer L. Ostrander — one row per record',
  headers: ['Pt', 'Bates', 'Billed', 'Documented', 'SOC met?', 'Coding supported?'],
  rows: [
    ['A', 'HAS [00114]', '{64712}-59, {64445}', 'US sciatic injection', 'Yes', 'No — {64445} only'],
    ['C', 'HAS [01262]', '{64712}-59, {64445}-RT, {76942}', 'US hydrodissection', 'Yes', 'No — {64445}, {76942}'],
    ['D', 'HAS [01377]', '{64714}', 'Lumbar plexus block', 'Yes', 'No — {64999} or block'],
    ['G', 'HAS [02015]', '{64712}', 'No note', 'Cannot assess', 'No'],
    ['K', 'HAS [03122]', '{64632} x7', 'Alcohol neurolysis series', 'No', 'Partly (first 3)'],
    ['M', 'HAS [03690]', '{64612}-50', 'Botox 155 U migraine', 'Yes', 'No — {64615}'],
  ],
});

// ── 28. Expert report narrative ──
const expertReport = lines({
  id: 's191-expertrpt',
  kind: 's191-expert-reviewer-report-narrative-text',
  before: 'EXPERT REVIEWER REPORT — Lena Ostrander, MD — Page 6 of 22',
  text: [
    'Opinion 2. Neuroplasty of the sciatic nerve (CPT {64712}) is an open operation: an incision, exposure of',
    'the nerve and its release from scar, ordinarily in an operating room under anesthesia. A needle',
    'hydrodissection, however useful, is not that operation. The appropriate report is {64445} with {76942},',
    'or, if the physician believes no code describes the service, the unlisted code {64999}.',
    'Opinion 3. Alcohol neurolysis of a common digital nerve ({64632}) may be repeated, but seven or more',
    'sessions a year without documented reassessment, orthotics or surgical referral ({28080}) is a',
    'departure from the standard of care. Opinion 4. {64612} describes facial nerve muscles, unilateral;',
    'the migraine protocol is {64615}. Reviewer ID ER-[20083].',
  ].join('\n'),
});

// ── 29. Expert summary table ──
const expertSummary = table({
  id: 's191-expsum',
  kind: 's191-expert-report-findings-summary-grid',
  caption: 'Appendix 1 — Summary of findings',
  headers: ['Issue', 'Code(s)', 'Records', 'Departure', 'Severity'],
  rows: [
    ['Open neuroplasty billed, none performed', '{64712}, {64714}', '14 of 20', 'Yes (billing/records)', 'Significant'],
    ['Repeat digital neurolysis', '{64632}', '5 of 20', 'Yes (care)', 'Moderate'],
    ['Chemodenervation code', '{64612} vs {64615}', '4 of 20', 'Yes (billing)', 'Minor'],
    ['Nerve block documentation', '{64445}, {64447}', '20 of 20', 'No', '—'],
  ],
});

// ── 30. Statement of charges ──
const charges = lines({
  id: 's191-charges',
  kind: 's191-statement-of-charges-numbered-text',
  before: 'STATE OF VERMILLION — BOARD OF MEDICAL PRACTICE — STATEMENT OF CHARGES — Docket No. [64445]',
  text: [
    '1. Respondent holds license MD [47102], issued 06/01/2004, and practises pain medicine in Calder, VM [58062].',
    '2. Between January 2022 and December 2023 Respondent billed CPT code {64712} (neuroplasty, sciatic nerve)',
    '   on at least 63 occasions and CPT code {64714} (neuroplasty, lumbar plexus) on at least 27 occasions',
    '   when the records show that no open neuroplasty was performed.',
    '3. Respondent billed CPT code {64632} up to nine times per patient per year without documented indication.',
    '4. Respondent billed CPT code {64612} with modifier 50 for migraine chemodenervation.',
    '5. Counts I–III: VM Code § 36-4-[31112](a)(7) (fraudulent billing), (a)(12) (inadequate records).',
  ].join('\n'),
});

// ── 31. Consent order — findings ──
const orderFindings = lines({
  id: 's191-cofind',
  kind: 's191-consent-order-findings-of-fact-text',
  before: 'CONSENT ORDER — In the Matter of Gregory L. Haskett, M.D.',
  text: [
    'Order No. [64632]   Case No. 2024-MED-0412   Docket No. [64445]',
    'FINDINGS OF FACT',
    '4. On 90 dates of service Respondent billed open neuroplasty codes ({64712}, {64714}) for percutaneous',
    '   ultrasound-guided injections, which should have been reported as {64445} and {76942}.',
    '5. On 138 dates Respondent billed {64612}-50 where {64615} applied.',
    '6. Respondent repaid Prairie Crest Health Plan $48,917.22 on 09/18/2024.',
    'CONCLUSIONS OF LAW: The conduct violates § 36-4-[31112](a)(7) and (a)(12).',
  ].join('\n'),
});

// ── 32. Consent order — terms and conditions ──
const orderTerms = lines({
  id: 's191-coterms',
  kind: 's191-consent-order-terms-and-conditions-text',
  before: 'ORDER — IT IS HEREBY ORDERED:',
  text: [
    'A. Respondent is REPRIMANDED.',
    'B. Respondent shall pay a civil penalty of $[25000] and investigative costs of $[18450] within 90 days.',
    'C. For two years Respondent shall retain a Board-approved billing monitor, who shall review 10% of',
    '   claims each quarter, including every claim with CPT {64632}, {64612}, {64615} or {64445}.',
    'D. Respondent shall not perform or bill {64712}, {64714}, {64708} or {64722} except in a licensed',
    '   hospital or ambulatory surgical center with an operative report.',
    'E. Within 6 months, Respondent shall complete 12 hours of CME in procedural coding and 8 in ethics.',
  ].join('\n'),
});

// ── 33. Practice restriction schedule (table) ──
const restriction = table({
  id: 's191-restrict',
  kind: 's191-consent-order-practice-restriction-schedule-grid',
  caption: 'Schedule 1 to Consent Order — Restricted procedures',
  headers: ['CPT', 'Description', 'Restriction', 'Monitor review'],
  rows: [
    ['{64712}', 'Neuroplasty; sciatic nerve', 'Hospital/ASC only; op report', '100%'],
    ['{64714}', 'Neuroplasty; lumbar plexus', 'Hospital/ASC only; op report', '100%'],
    ['{64708}', 'Neuroplasty; other major peripheral nerve', 'Hospital/ASC only', '100%'],
    ['{64632}', 'Neurolysis, plantar common digital nerve', 'Max 3/yr/site w/o 2nd opinion', '100%'],
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', 'Dx must match', '25%'],
  ],
});

// ── 34. Fine invoice and receipt ──
const invoice = lines({
  id: 's191-invoice',
  kind: 's191-civil-penalty-invoice-and-receipt-text',
  before: 'VBMP Finance — INVOICE',
  text: [
    'Invoice no. [64712]   Date 12/09/2024   Customer no. [90012]   Case 2024-MED-0412',
    'Bill to: Gregory L. Haskett, MD, 880 Riverside Pkwy, Ste 210, Calder, VM [58062]',
    'Civil penalty, Consent Order [64632] ........ $25,000.00',
    'Investigative costs (incl. expert ER-[20083]) ........ $18,450.00',
    'Remit to: VBMP, PO Box [64612], Hadley, VM [58033]   Fund [90034] / Cost center [90103]',
    'RECEIPT: Paid 02/27/2025 by check [10023], amount [43450].00   Receipt no. [90105]',
  ].join('\n'),
});

// ── 35. Billing monitor quarterly report (table) ──
const monitor = table({
  id: 's191-monitor',
  kind: 's191-billing-monitor-quarterly-report-grid',
  caption: 'Billing Monitor Quarterly Report — Q2 2025 — Monitor: Clearwater Compliance Partners',
  headers: ['CPT', 'Claims billed', 'Reviewed', 'Errors', 'Error rate', 'Comment'],
  rows: [
    ['{64445}', '61', '61', '1', '1.6%', 'Missing laterality'],
    ['{64632}', '22', '22', '0', '0%', 'All ≤ 3/yr'],
    ['{64615}', '31', '31', '2', '6.5%', 'Units > 200 on 2'],
    ['{64612}', '4', '4', '0', '0%', 'Blepharospasm dx'],
    ['{64712}', '0', '—', '—', '—', 'None billed'],
    ['Engagement no.', '[64445]', '', '', '', 'Next report due 10/15/2025'],
  ],
});

// ── 36. CME certificate ──
const cme = lines({
  id: 's191-cme',
  kind: 's191-cme-completion-certificate-text',
  before: 'CERTIFICATE OF COMPLETION',
  text: [
    'Gregory L. Haskett, MD has completed "Coding Peripheral Nerve Procedures: {64400}–{64999}" (12 AMA PRA',
    'Category 1 Credits™), including modules on {64445}–{64455} blocks, {64632}–{64640} neurolysis, and',
    'open neuroplasty ({64702}–{64727}).   Certificate no. [64714]   Activity ID [47137]   Completed 04/30/2025',
  ].join('\n'),
});

// ── 37. Board meeting agenda ──
const agenda = lines({
  id: 's191-agenda',
  kind: 's191-board-meeting-agenda-text',
  before: 'VERMILLION BOARD OF MEDICAL PRACTICE — Regular Meeting — Friday, December 6, 2024, 8:30 a.m.',
  text: [
    'Location: 2100 Capitol Mall, Conference Room A, Hadley, VM [58033]   Teams meeting ID 284 [71123] 906',
    '1. Call to order; roll call   2. Approval of minutes of October 4, 2024',
    '6. CONSENT CALENDAR — Stipulated orders (no discussion unless pulled):',
    '   6.1  Haskett, Gregory L., MD [47102] — Consent Order; reprimand, penalty, billing monitor (item [70137])',
    '   6.2  Ortega, Luis M., MD [40086] — Surrender of license (item [70147])',
    '7. Licensure: applicants for interview; 8. Rules: proposed rule 36-4-[31112] amendments (comment to 1/15)',
    'Executive session under § 1-25-2(3) may be held. Public comment sign-up closes 8:15 a.m.',
  ].join('\n'),
});

// ── 38. Board meeting minutes ──
const minutes = lines({
  id: 's191-minutes',
  kind: 's191-board-meeting-minutes-text',
  before: 'MINUTES — Regular Meeting — December 6, 2024 — Draft, subject to approval',
  text: [
    'Item 6.1 (Haskett, [47102]) was pulled from the consent calendar at the request of Dr. Ibarra.',
    'Dr. Ibarra asked why the order restricts {64712} and {64714} but not {64445}. Staff counsel explained that',
    'the charges concern the open codes; injections ({64445}, {64447}) were documented and coded correctly.',
    'Dr. Yoon noted the repeated {64632} findings and asked that the monitor review every {64632} claim.',
    'Motion (Yoon/Ibarra) to approve Consent Order [64632] as presented. Carried 9-0-1 (Chen recused).',
  ].join('\n'),
});

// ── 39. Press release / newsletter disciplinary summary ──
const newsletter = lines({
  id: 's191-newsletter',
  kind: 's191-board-newsletter-disciplinary-actions-text',
  before: 'Board Bulletin — Winter 2025 — Disciplinary Actions',
  text: [
    'HASKETT, Gregory L., MD, Calder, VM [58062], License [47102]. Consent Order [64632], 12/06/2024. Reprimand;',
    '$25,000 civil penalty; two-year billing monitor; restriction on open neuroplasty. The Board found that',
    'Dr. Haskett billed open nerve surgery (CPT {64712}, {64714}) for office ultrasound-guided injections.',
    'ORTEGA, Luis M., MD, Pell City, VM [58003], License [40086]. Voluntary surrender, 12/06/2024.',
  ].join('\n'),
});

// ── 40. License lookup search results ──
const lookupResults = table({
  id: 's191-lookup',
  kind: 's191-public-license-lookup-search-results-grid',
  caption: 'License Lookup — Results for last name "Haskett" — 3 records',
  headers: ['Name', 'License #', 'Type', 'Status', 'City / ZIP', 'Board Action'],
  rows: [
    ['Haskett, Gregory L', '[47102]', 'MD', 'Active — Restricted', 'Calder [58062]', 'Yes'],
    ['Haskett, Anne M', '[47118]', 'PA-C', 'Active', 'Calder [58062]', 'No'],
    ['Haskett, Paul R', '[30150]', 'DO', 'Expired', 'Brinton [58046]', 'No'],
  ],
});

// ── 41. License profile card ──
const profile = lines({
  id: 's191-profile',
  kind: 's191-public-license-profile-card-text',
  before: 'Licensee Profile — Gregory L. Haskett, MD',
  text: [
    'License: MD [47102]   Status: Active with conditions   Issued: 06/01/2004   Expires: 06/30/2026',
    'Practice location: Haskett Nerve & Pain Center, PLLC, 880 Riverside Pkwy Ste 210, Calder, VM [58062]',
    'Specialty (self-reported): Pain Medicine; Physical Medicine & Rehabilitation',
    'Board Actions (1): 12/06/2024 — Consent Order no. [64632] — Reprimand; civil penalty; practice restriction:',
    'open neuroplasty procedures (CPT {64712}, {64714}, {64708}, {64722}) only in a hospital or ASC. View PDF',
    'Malpractice payments (10 yrs): 0   Criminal convictions: none reported   NPDB report [20061]',
  ].join('\n'),
});

// ── 42. Open-data JSON export of board actions ──
const actionsJson = lines({
  id: 's191-json',
  kind: 's191-board-actions-open-data-json-text',
  before: 'GET https://data.vm.gov/resource/bmp-actions.json?license_no=47102',
  text: [
    '[{"record_id":"[52029]","license_no":"[47102]","name":"HASKETT, GREGORY L","profession":"MD",',
    '  "city":"CALDER","zip":"[58062]","action_date":"2024-12-06","order_no":"[64632]",',
    '  "action_type":"REPRIMAND;PENALTY;RESTRICTION","penalty_amt":"[25000]",',
    '  "restricted_cpt":["{64712}","{64714}","{64708}","{64722}"],',
    '  "monitor_cpt":["{64632}","{64612}","{64615}","{64445}"],"docket":"[64445]"}]',
  ].join('\n'),
});

// ── 43. Docket XML for e-filing ──
const docketXml = lines({
  id: 's191-docketxml',
  kind: 's191-board-efiling-docket-xml-text',
  before: 'eFiling — docket export — Haskett',
  text: [
    '<docket no="[64445]" case="2024-MED-0412" board="VBMP" licensee="[47102]">',
    '  <entry seq="14" date="2024-12-06" type="ORDER" doc="[20092]">Consent Order [64632] entered</entry>',
    '  <entry seq="15" date="2024-12-09" type="INVOICE" doc="[20098]">Invoice [64712], penalty and costs</entry>',
    '  <issue cpt="{64712}" count="63"/><issue cpt="{64714}" count="27"/><issue cpt="{64632}" count="318"/>',
    '</docket>',
  ].join('\n'),
});

// ── 44. Staff chat and NPDB report ──
const chat = lines({
  id: 's191-chat',
  kind: 's191-board-staff-teams-chat-text',
  before: 'Teams — Investigations Unit chat',
  text: [
    'Dana W 10:14  the Haskett USB won’t mount, IT ticket INC[64612] opened',
    'Marcus (IT) 10:31  fixed, was BitLocker — key in the ticket',
    'Dana W 10:33  thx. expert wants the {64632} notes split by patient, doing that now',
    'Sofia P 10:40  fyi the SIU says 2 of the {64714} claims were actually {64447} femoral blocks',
  ].join('\n'),
});

const npdb = lines({
  id: 's191-npdb',
  kind: 's191-npdb-adverse-action-report-text',
  before: 'NATIONAL PRACTITIONER DATA BANK — Adverse Action Report — Report Type: Initial',
  text: [
    'DCN: 5500000124411880   Entity no. [80053]   Date submitted: 12/20/2024   Reporting entity: Vermillion Board of Medical Practice',
    'Subject: HASKETT, GREGORY L   License: MD [47102], VM   Work address ZIP: [58062]',
    'Basis for action: Fraud — unspecified; Substandard or inadequate care',
    'Narrative: The Board found that the subject billed open neuroplasty (CPT codes {64712} and {64714}) for',
    'office needle injections and billed {64612} bilaterally for migraine. Reprimand, $25,000 penalty.',
  ].join('\n'),
});

export const sealed191: readonly Snippet[] = [
  ...complaintForm,
  ...ackLetter,
  ...siuReferral,
  ...triage,
  ...caseTimeline,
  ...emails,
  ...subpoena,
  ...attachmentA,
  ...custodian,
  ...exhibitIndex,
  ...ledger,
  ...claimsCsv,
  ...x837,
  ...x835,
  ...ascLog,
  ...hl7,
  ...freq,
  ...feeCompare,
  ...posList,
  ...opNote,
  ...clinicNote,
  ...invReport,
  ...interview,
  ...counselLetter,
  ...expertEngage,
  ...expertWorksheet,
  ...expertReport,
  ...expertSummary,
  ...charges,
  ...orderFindings,
  ...orderTerms,
  ...restriction,
  ...invoice,
  ...monitor,
  ...cme,
  ...agenda,
  ...minutes,
  ...newsletter,
  ...lookupResults,
  ...profile,
  ...actionsJson,
  ...docketXml,
  ...chat,
  ...npdb,
];
