import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 170 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s170-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64447, 64455, 64640, 64713, 76942, 77002, 95874, 99214, 20552). Codes
 * appear in prose, with modifiers (-RT, -LT, -59, -25, -50), inside a file name in a DAT load file, in search-term
 * syntax, in pipe-delimited and comma-delimited data, in deposition Q&A and in chat. About a third of the decoys are
 * numbers of the synthetic 10,000-code set (KNOWN_10K) used as five-digit Bates page numbers, the case number,
 * privilege-log ids, batch and QC set names, claim ids in an expert appendix, a RAT-STATS seed, payer and plan ids,
 * a group number, a legal hold id, invoice, matter, seal, index and production set ids, a filing receipt number and
 * ZIPs. The five known codes' digits come back as decoys: the defense firm's file number, the e-discovery vendor's
 * job number, the payer's PO box, a review batch name, a phone extension (in a search-term e-mail, a dtSearch
 * exclusion and a hold notice), a PM-vendor support ticket (in a deposition, a 30(b)(6) notice, a subpoena and an
 * errata sheet), a court-reporter job number and the law firm's lockbox.
 *
 * Family: e-discovery and litigation document productions of a pain practice's billing records, in one (fictional)
 * case, Cardinal Plains Health Plan, Inc. v. Tallgrass Pain & Nerve Institute, LLC, No. 4:26-cv-00412-BCW (W.D. Mo.),
 * where the payer alleges sciatic nerve blocks (64445) were billed as open neurolysis (64712/64714): the production
 * cover letter and volume index, Concordance DAT and Opticon OPT load-file fragments, Bates-stamped production pages
 * (PM charge ledger, CMS-1500 OCR layer, payer EOB, procedure note), a natively produced billing CSV, the privilege
 * log and redaction log, review platform pages (coding panel, search-term hit report, dtSearch saved search,
 * extracted-text viewer with highlights, review batch dashboard, active-learning elusion report), the search-term
 * negotiation e-mail, the deposition exhibit index, transcript page and errata sheet, a 30(b)(6) notice, the
 * plaintiff's expert billing analysis (summary by code, claim-level appendix, opinions) and the rebuttal expert, a
 * meet-and-confer letter, interrogatory answers, requests for admission, a subpoena duces tecum to the PM vendor,
 * the ESI protocol, the CM/ECF docket, the motion to compel and the order, the e-discovery vendor's invoice, the
 * litigation hold notice, a forensic chain-of-custody form, a produced Teams chat, a FRE 502(d) clawback notice, the
 * joint trial exhibit list, a produced claims-data dictionary, a Bates gap QC report, the defense firm's UTBMS
 * invoice and a FRE 1006 summary chart.
 * Built on real public layouts: Concordance/Relativity DAT load files (þ quote and \u0014 field delimiters,
 * BegBates/EndBates/Custodian/NativeLink fields) and Opticon OPT lines (image key, volume, path, doc break, page
 * count), Relativity's coding layout, search terms report and batch pages, dtSearch syntax (w/N, AND NOT), the
 * Sedona-style privilege log columns, PACER CM/ECF civil docket reports, the NUCC CMS-1500 text layer, deposition
 * transcript pages with line numbers and errata sheets, Rule 30(b)(6) notices, Rule 33/36 responses, AO 88B
 * subpoena Schedule A, ESI protocol production-format paragraphs, RAT-STATS sample appendices, ABA UTBMS
 * litigation task codes (L320, A104) on law-firm invoices and e-discovery vendor per-GB invoices. The others are
 * written the way those pages read, with no single source.
 *
 * 354 labelled tokens over 44 shapes: 174 codes (158 of the five known codes), 180 decoys, 60 of the decoys in
 * KNOWN_10K, 14 decoys reusing the five known codes' digits.
 */

// ── 1. Production cover letter, text layer ──
const coverLetter = lines({
  id: 's170-cover',
  kind: 's170-production-cover-letter-text',
  before: 'MERRIWETHER & KLINE LLP — 1200 Main Street, Suite 2100, Kansas City, Missouri',
  text: [
    '1200 Main Street, Suite 2100 | Kansas City, MO [64105] | Our File: [64714].0003',
    'Re: Cardinal Plains Health Plan, Inc. v. Tallgrass Pain & Nerve Institute, LLC, No. 4:26-cv-[00412]-BCW (W.D. Mo.)',
    "Enclosed is Defendant's Fourth Production, volume TPNI_VOL004, Bates TPNI[12218] through TPNI[14687].",
    'The volume contains charge-ledger reports for the 1,874 claims in the sample, including every line billed as',
    '{64712} or {64714}, and the procedure notes for the {64445} injections Plaintiff contends were upcoded.',
    'Encryption key sent separately. Lumen Discovery job no. [64632]; FedEx tracking 7781 2204 9913.',
  ].join('\n'),
});

// ── 2. Production volume index, table ──
const volIndex = table({
  id: 's170-volindex',
  kind: 's170-production-volume-index-grid',
  caption: 'Production Index — Tallgrass Pain & Nerve Institute — Volumes 001–004',
  headers: ['Volume', 'Date', 'Beg Bates', 'End Bates', 'Docs', 'Description'],
  rows: [
    ['TPNI_VOL001', '03/02/2026', 'TPNI[00001]', 'TPNI[03318]', '412', 'Policies; fee schedule; CDM extract'],
    ['TPNI_VOL002', '03/30/2026', 'TPNI[03319]', 'TPNI[08817]', '1,106', 'E-mail, custodians Ruiz, Oyelaran'],
    ['TPNI_VOL003', '04/21/2026', 'TPNI[08818]', 'TPNI[12217]', '96', 'Native billing data (Kareo export)'],
    ['TPNI_VOL004', '05/12/2026', 'TPNI[12218]', 'TPNI[14687]', '1,874', 'Ledgers; notes for {64712}/{64714} lines'],
  ],
});

// ── 3. Concordance DAT load file, text layer ──
const datFile = lines({
  id: 's170-dat',
  kind: 's170-concordance-dat-load-file-text',
  before: 'TPNI_VOL004.dat (opened in Notepad++)',
  text: [
    'þBegBatesþ\u0014þEndBatesþ\u0014þCustodianþ\u0014þDateSentþ\u0014þSubjectþ\u0014þFileNameþ\u0014þNativeLinkþ',
    'þTPNI[12218]þ\u0014þTPNI[12231]þ\u0014þBilling Dept Shareþ\u0014þþ\u0014þþ\u0014þLedger_{64712}_2024Q3.pdfþ\u0014þþ',
    'þTPNI[12232]þ\u0014þTPNI[12232]þ\u0014þRuiz, Danaþ\u0014þ07/18/2024þ\u0014þRE: {64714} vs {64445} - which one?þ\u0014þþ\u0014þþ',
    'þTPNI[12233]þ\u0014þTPNI[12233]þ\u0014þOyelaran, Tundeþ\u0014þ07/19/2024þ\u0014þFW: Cardinal denial {64712}-RTþ\u0014þþ\u0014þþ',
    'þTPNI[12234]þ\u0014þTPNI[12234]þ\u0014þBilling Dept Shareþ\u0014þþ\u0014þþ\u0014þcharges_export.csvþ\u0014þ\\NATIVES\\[00001]\\TPNI[12234].csvþ',
  ].join('\n'),
});

// ── 4. Opticon OPT image cross-reference, text layer ──
const optFile = lines({
  id: 's170-opt',
  kind: 's170-opticon-opt-image-load-file-text',
  before: 'TPNI_VOL004.opt',
  text: [
    'TPNI[12218],TPNI_VOL004,\\IMAGES\\[00001]\\TPNI[12218].tif,Y,,,13',
    'TPNI[12220],TPNI_VOL004,\\IMAGES\\[00001]\\TPNI[12220].tif,,,,',
    'TPNI[12232],TPNI_VOL004,\\IMAGES\\[00001]\\TPNI[12232].tif,Y,,,1',
    'TPNI[13004],TPNI_VOL004,\\IMAGES\\[00002]\\TPNI[13004].tif,Y,,,4',
  ].join('\n'),
});

// ── 5. Bates-stamped PM charge ledger printout, text layer ──
const ledgerPage = lines({
  id: 's170-ledger',
  kind: 's170-bates-stamped-charge-ledger-page-text',
  before: 'Tallgrass Pain & Nerve Institute — Patient Ledger Detail — Printed 04/02/2026',
  text: [
    'Acct [40217]   Pt: [REDACTED-PHI]   Ins: Cardinal Plains PPO   Grp [17385]',
    'DOS        Proc    Mod  Dx        Units  Charge     Paid      Adj',
    '08/14/2024 {64712}  RT  G57.01    1      4,850.00   1,212.40  3,637.60',
    '08/14/2024 {64445}  59  G57.01    1        610.00     148.22    461.78',
    '08/14/2024 {76942}      G57.01    1        280.00      61.05    218.95',
    '09/11/2024 {64714}      G57.11    1      5,275.00       0.00  5,275.00',
    "CONFIDENTIAL – ATTORNEYS' EYES ONLY                                         TPNI[12225]",
  ].join('\n'),
});

// ── 6. Bates-stamped CMS-1500 image text layer ──
const cms1500 = lines({
  id: 's170-hcfa',
  kind: 's170-bates-stamped-cms1500-ocr-text',
  before: 'HEALTH INSURANCE CLAIM FORM APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12',
  text: [
    'CARDINAL PLAINS HEALTH PLAN  PO BOX [64445]  TOPEKA KS [66601]',
    "5. PATIENT'S ADDRESS  [REDACTED]  OLATHE KS [66062]",
    '24A 10 02 24 10 02 24 11   {64712}  RT   A   4850 00  1  1588274410',
    '24A 10 02 24 10 02 24 11   {64445}  59   A    610 00  1  1588274410',
    "25. FEDERAL TAX I.D. 48-1177302   26. PATIENT'S ACCOUNT NO. [40217]   28. TOTAL $ 5460 00",
    '33. TALLGRASS PAIN & NERVE INSTITUTE 8800 W 135TH ST OVERLAND PARK KS [66221]   CPHP-0041187',
  ].join('\n'),
});

// ── 7. Bates-stamped EOB produced by the payer, table ──
const eobPage = table({
  id: 's170-eob',
  kind: 's170-bates-stamped-payer-eob-grid',
  caption: 'Cardinal Plains Health Plan — Provider Explanation of Benefits — CPHP-0041190 — CONFIDENTIAL',
  headers: ['Line', 'Service Date', 'Procedure', 'Billed', 'Allowed', 'Paid', 'Remark'],
  rows: [
    ['1', '10/02/2024', '{64712}-RT', '$4,850.00', '$1,212.40', '$969.92', 'PR1'],
    ['2', '10/02/2024', '{64445}-59', '$610.00', '$148.22', '$118.58', ''],
    ['3', '10/16/2024', '{64632}', '$720.00', '$0.00', '$0.00', 'CO-50 N386'],
    ['4', '10/16/2024', '{99214}-25', '$265.00', '$112.70', '$90.16', ''],
    ['5', '10/30/2024', '{64714}', '$5,275.00', '$0.00', '$0.00', 'CO-197'],
    ['6', '10/30/2024', '{77002}', '$310.00', '$0.00', '$0.00', 'CO-97 M80'],
  ],
});

// ── 8. Bates-stamped procedure note, text layer ──
const opNote = lines({
  id: 's170-opnote',
  kind: 's170-bates-stamped-procedure-note-text',
  before: 'TALLGRASS PAIN & NERVE INSTITUTE — PROCEDURE NOTE',
  text: [
    'MRN [88340]   DOS 10/02/2024   Provider: R. Halloran, MD   Location: Overland Park ASC',
    'Procedure: Right sciatic nerve block, popliteal approach, ultrasound guided.',
    'Charge capture (auto-populated): {64712} RT; {64445}; {76942}',
    'No incision was made. 20 mL 0.25% bupivacaine with 40 mg triamcinolone injected under US guidance.',
    'CONFIDENTIAL – SUBJECT TO PROTECTIVE ORDER (ECF No. 38)                     TPNI[13228]',
  ].join('\n'),
});

// ── 9. Native billing export CSV (produced natively), text layer ──
const nativeCsv = lines({
  id: 's170-native',
  kind: 's170-native-billing-export-csv-text',
  before: 'TPNI12234.csv — opened in review platform native viewer',
  text: [
    'EncounterID,DOS,RenderingNPI,CPT,Mod1,Units,Charge,PayerID,PlaceOfSvc,ZIP',
    '[51173],2024-08-14,1588274410,{64712},RT,1,4850.00,[47218],24,[66221]',
    '[51174],2024-08-14,1588274410,{64445},59,1,610.00,[47218],24,[66221]',
    '[51230],2024-08-21,1588274410,{64632},,1,720.00,[47218],11,[66062]',
    '[51388],2024-09-11,1731550924,{64714},,1,5275.00,[47218],24,[66221]',
    '[51402],2024-09-12,1731550924,{64612},LT,1,540.00,[61338],11,[66221]',
  ].join('\n'),
});

// ── 10. Privilege log, table ──
const privLog = table({
  id: 's170-privlog',
  kind: 's170-privilege-log-grid',
  caption: 'Defendant Tallgrass Pain & Nerve Institute, LLC — Privilege Log (Second Amended) — served 06/03/2026',
  headers: ['Entry', 'Priv ID', 'Date', 'Author', 'Recipients', 'Description', 'Basis'],
  rows: [
    [
      '14',
      'TPNI-PRIV-[00114]',
      '07/22/2024',
      'D. Ruiz',
      'K. Merriwether, Esq.',
      'E-mail requesting legal advice re coding of {64712} vs {64445} for popliteal blocks',
      'AC',
    ],
    [
      '15',
      'TPNI-PRIV-[00117]',
      '07/23/2024',
      'K. Merriwether, Esq.',
      'D. Ruiz; T. Oyelaran',
      'E-mail providing legal advice re payer audit of {64714} claims',
      'AC; WP',
    ],
    [
      '16',
      'TPNI-PRIV-[00148]',
      '08/02/2024',
      'Apex Coding Review (consultant)',
      'K. Merriwether, Esq.',
      'Audit workpaper prepared at direction of counsel, sample of 40 claims',
      'WP (Kovel)',
    ],
    [
      '17',
      'TPNI-PRIV-[00133]',
      '08/09/2024',
      'K. Merriwether, Esq.',
      'T. Oyelaran',
      "Draft letter to Cardinal Plains re recoupment of {64712} claims, with counsel's comments",
      'AC; WP',
    ],
    [
      '18',
      'TPNI-PRIV-[00136]',
      '08/09/2024',
      'D. Ruiz',
      'K. Merriwether, Esq.',
      "Spreadsheet of {64632} and {64640} claims prepared at counsel's request; attachment to TPNI-PRIV-[00133]",
      'WP',
    ],
  ],
});

// ── 11. Redaction log, table ──
const redactLog = table({
  id: 's170-redact',
  kind: 's170-redaction-log-grid',
  caption: 'Redaction Log — Production Volume TPNI_VOL004',
  headers: ['Bates', 'Redaction type', 'Field', 'Reason'],
  rows: [
    ['TPNI[12225]', 'PHI', 'Patient name, DOB', 'HIPAA qualified protective order'],
    ['TPNI[12233]', 'Privilege', 'Para. 2 of e-mail body', 'AC — see Priv Log entry 15'],
    ['TPNI[12240]', 'PHI', 'Member ID, ZIP [66213]', 'HIPAA qualified protective order'],
    ['TPNI[12918]', 'PHI', 'Patient name in op note header', 'HIPAA qualified protective order'],
    ['TPNI[13674]', 'Non-responsive', 'Unrelated payer (BCBSKC) rates', 'Agreed per ESI Protocol 7(c)'],
  ],
});

// ── 12. Review platform coding panel, text layer ──
const codingPanel = lines({
  id: 's170-coding',
  kind: 's170-review-platform-coding-panel-text',
  before: 'Relativity — Workspace: CPHP v TPNI [Defense] — Layout: First Level Review',
  text: [
    'Control Number: TPNI[12232]   Artifact ID 1048832   Batch: FLR_[64612]',
    'Responsiveness: (•) Responsive  ( ) Not Responsive  ( ) Needs Further Review',
    'Issues: [x] Upcoding – {64712}/{64714}   [x] Sciatic block {64445}   [ ] Facial chemodenervation {64612}',
    'Privilege: ( ) None (•) Attorney-Client ( ) Work Product    Confidentiality: AEO',
    'Reviewer comment: Ruiz says the template defaults to {64712} when "sciatic" is picked; hot doc.',
  ].join('\n'),
});

// ── 13. Search term hit report, table ──
const hitReport = table({
  id: 's170-hits',
  kind: 's170-search-term-hit-report-grid',
  caption: 'Search Term Report — Saved search "CPHP Proposed Terms Rd 2" — 412,886 documents searched',
  headers: ['#', 'Term', 'Docs with hits', 'Docs w/ family', 'Unique hits'],
  rows: [
    ['1', '{64712} OR {64714}', '3,118', '4,902', '611'],
    ['2', '{64445} w/10 (sciatic OR popliteal)', '1,876', '2,240', '203'],
    ['3', '"{64632}" OR "{64640}"', '742', '1,011', '88'],
    ['4', 'upcod* OR "bump up" OR downcod*', '96', '180', '41'],
    ['5', '{64612} AND (Botox OR chemodenerv*)', '504', '655', '39'],
    ['6', 'Cardinal w/3 (audit OR recoup*)', '2,207', '3,385', '1,450'],
  ],
});

// ── 14. Search-term negotiation e-mail, text layer ──
const termEmail = lines({
  id: 's170-termmail',
  kind: 's170-search-term-negotiation-email-text',
  before: 'From: Priya Anand <panand@halvorsenreed.com> To: K. Merriwether Subject: CPHP v. TPNI — search terms',
  text: [
    'Kate — your hit report shows term 1 ({64712} OR {64714}) pulling 4,902 with families. That is not',
    'unduly burdensome given that these two codes are the heart of the case. We will agree to drop the',
    'standalone "{64445}" term if you add {64445} w/10 (sciatic OR popliteal) and run it on the Ruiz PST.',
    'Also: the bare number {64712} hits your phone system exports (extension [64712] at the Olathe office).',
    'Please exclude .wav and CDR files from that term. Our matter no. [20449]-007.',
  ].join('\n'),
});

// ── 15. dtSearch saved-search syntax, text layer ──
const dtSearch = lines({
  id: 's170-dtsearch',
  kind: 's170-dtsearch-saved-search-syntax-text',
  before: 'Saved Search: HOT – Coding template — Conditions (dtSearch index "TPNI_Index_v3")',
  text: [
    '({64712} OR {64714} OR "{64712}-RT" OR "{64712}-LT") AND (template OR default OR "pick list")',
    'AND NOT (ext [64712] OR "ext. [64712]")',
    'Field condition: [Custodian] is any of (Ruiz, Oyelaran, Halloran)  Date range: 01/01/2023–12/31/2024',
    'Index build id [15588]   Last run 05/19/2026 11:42   Results: 217',
  ].join('\n'),
});

// ── 16. Document viewer extracted text with hit highlighting, text layer ──
const viewerText = lines({
  id: 's170-viewer',
  kind: 's170-review-viewer-extracted-text-highlights',
  before: 'TPNI12232 — Extracted Text — Persistent highlight set: CPT codes (yellow)',
  text: [
    'From: Dana Ruiz  Sent: Thursday, July 18, 2024 4:12 PM  To: Tunde Oyelaran',
    'Subject: RE: {64714} vs {64445} - which one?',
    '> When Dr. H does the popliteal block the template drops in {64712}. Cardinal paid it, UHC denied.',
    'I think it should be {64445} plus {76942} for the ultrasound. {64712} is an open neurolysis.',
    'Leave it for now, we are behind on the [66232] batch. — D',
  ].join('\n'),
});

// ── 17. Review batch dashboard, table ──
const batchDash = table({
  id: 's170-batches',
  kind: 's170-review-batch-progress-dashboard-grid',
  caption: 'Review Batches — Batch Set: FLR Coding Issues (Reviewer group: Contract Team B)',
  headers: ['Batch', 'Assigned to', 'Docs', 'Reviewed', 'Status'],
  rows: [
    ['FLR_[64612]', 'J. Beaumont', '250', '250', 'Checked in'],
    ['FLR_[64613]', 'M. Tran', '250', '187', 'In progress'],
    ['FLR_[64614]', 'S. Okafor', '250', '0', 'Pending'],
    ['FLR_[64615]', 'R. Duarte', '250', '0', 'Pending'],
    ['QC_[10221]', 'A. Lindqvist (QC)', '600', '412', 'In progress'],
  ],
});

// ── 18. Deposition exhibit list, table ──
const depoExhibits = table({
  id: 's170-depoex',
  kind: 's170-deposition-exhibit-list-grid',
  caption: 'Deposition of Dana Ruiz (Billing Manager) — May 27, 2026 — Exhibit Index',
  headers: ['Ex.', 'Bates range', 'Description', 'Marked'],
  rows: [
    ['Ruiz 4', 'TPNI[12232]', 'E-mail chain, "RE: {64714} vs {64445} - which one?"', '10:42 a.m.'],
    ['Ruiz 5', 'TPNI[12218]–[12231]', 'Ledger, accounts w/ {64712} lines, 2024 Q3', '11:05 a.m.'],
    ['Ruiz 6', 'CPHP-0041187–0041190', 'CMS-1500 and EOB, DOS 10/02/2024', '11:30 a.m.'],
    ['Ruiz 7', 'TPNI[03402]–[03411]', 'Charge capture pick list screenshot (sciatic = {64712})', '1:15 p.m.'],
  ],
});

// ── 19. Deposition transcript excerpt, line-numbered ──
const depoTranscript = lines({
  id: 's170-depo',
  kind: 's170-deposition-transcript-page-text',
  before: 'Page 88 — DANA RUIZ — May 27, 2026',
  text: [
    '4   Q. Look at Exhibit 5, the line for August 14th. What code was billed?',
    '5   A. {64712}, with the RT modifier.',
    '6   Q. And what is {64712}?',
    "7   A. It's a neuroplasty of the sciatic nerve. An open procedure.",
    '8   Q. Was an open procedure performed on that patient that day?',
    '9   A. The note says a popliteal block, so that would be {64445}.',
    '10  Q. Who set up the template so "sciatic" defaulted to {64712}?',
    '11  A. Our Kareo consultant. Ticket [64445], I think, in 2023.',
    '12  Q. Did anyone at Tallgrass ever change it back to {64445}?',
    '13  A. In October 2024, after the Cardinal audit letter. Reference [77218] on the letter.',
    '14  Q. And after that change, how many {64712} lines did you bill per month?',
    '15  A. Maybe two or three. Before, it was fifty, sixty.',
  ].join('\n'),
});

// ── 20. Rule 30(b)(6) notice topics, text layer ──
const notice30b6 = lines({
  id: 's170-30b6',
  kind: 's170-rule-30b6-deposition-notice-topics-text',
  before: "PLAINTIFF'S AMENDED NOTICE OF RULE 30(b)(6) DEPOSITION OF TALLGRASS PAIN & NERVE INSTITUTE, LLC",
  text: [
    'Topic 3. Your policies and procedures for selecting CPT codes {64712}, {64714} and {64445}.',
    'Topic 4. The configuration of the charge capture pick list, including Kareo support ticket [64445].',
    'Topic 7. Your billing of {64632} for destruction of plantar digital nerves and of {64640}.',
    'Topic 9. Chemodenervation billed as {64612} with or without {95874} guidance.',
    'Location: Halvorsen Reed LLP, 4520 Main St., Kansas City, MO [64111].',
  ].join('\n'),
});

// ── 21. Expert billing analysis summary by CPT, table ──
const expertSummary = table({
  id: 's170-expsum',
  kind: 's170-expert-report-summary-by-cpt-grid',
  caption: 'Expert Report of Marisol Vance, CPC, CFE — Table 3: Sampled claim lines by billed CPT code',
  headers: ['Billed CPT', 'Sample lines', 'Supported', 'Not supported', 'Supported code', 'Overpayment'],
  rows: [
    ['{64712}', '212', '9', '203', '{64445}', '$191,408.12'],
    ['{64714}', '88', '6', '82', '{64445}/{64447}', '$84,930.55'],
    ['{64632}', '140', '101', '39', '{64455}', '$14,211.04'],
    ['{64612}', '96', '90', '6', '—', '$1,884.60'],
    ['{64445}', '310', '302', '8', '{20552}', '$406.12'],
  ],
});

// ── 22. Expert appendix: claim-level sample, table ──
const expertAppx = table({
  id: 's170-expappx',
  kind: 's170-expert-appendix-claim-sample-grid',
  caption: 'Appendix C — Claim-level findings (RAT-STATS random sample, seed [10557])',
  headers: ['Sample #', 'Claim ID', 'DOS', 'Billed', 'Finding', 'Correct', 'Bates (record)'],
  rows: [
    ['1', '[71846]', '08/14/2024', '{64712}-RT', 'Not supported', '{64445}', 'TPNI[13228]'],
    ['2', '[72073]', '08/21/2024', '{64632}', 'Supported', '{64632}', 'TPNI[13240]'],
    ['3', '[72246]', '09/11/2024', '{64714}', 'Not supported', '{64447}', 'TPNI[13251]'],
    ['4', '[72466]', '09/12/2024', '{64612}-LT', 'Supported', '{64612}', 'TPNI[13263]'],
  ],
});

// ── 23. Expert report prose, text layer ──
const expertProse = lines({
  id: 's170-expprose',
  kind: 's170-expert-report-opinion-prose-text',
  before: 'IV. OPINIONS',
  text: [
    '31. In my opinion, 203 of the 212 sampled lines billed as CPT {64712} describe a percutaneous sciatic',
    'nerve block, correctly reported with {64445} (and {76942} when ultrasound guidance is documented).',
    '32. Code {64714} (neuroplasty, lumbar plexus) requires an open approach; none of the 82 unsupported',
    'lines documents an incision. I reviewed records at TPNI[13228] through TPNI[14402] and CPHP-0041100 et seq.',
    '33. My hourly rate is $425; invoices through May 31, 2026 total $61,210 (Vance Analytics inv. [10726]).',
  ].join('\n'),
});

// ── 24. Rebuttal expert prose, text layer ──
const rebuttal = lines({
  id: 's170-rebuttal',
  kind: 's170-rebuttal-expert-report-prose-text',
  before: 'REBUTTAL REPORT OF GERALD T. FINCH, MD — Served June 30, 2026',
  text: [
    '12. Ms. Vance treats every {64712}-RT line as a misreported {64445}. Nine records, e.g. TPNI[13302],',
    'document an open exploration with neurolysis, which is what {64712} describes.',
    '13. Her extrapolation uses a universe of [11391] claim lines, but 1,406 of them were billed to plans',
    'other than Cardinal Plains (payer id [61338]); the universe should be [09985] lines.',
    '14. For {64632}, the 39 "unsupported" lines involve alcohol neurolysis, which {64632} includes.',
  ].join('\n'),
});

// ── 25. Meet-and-confer letter, text layer ──
const meetConfer = lines({
  id: 's170-meetconfer',
  kind: 's170-meet-and-confer-letter-text',
  before: 'HALVORSEN REED LLP — 4520 Main Street, Kansas City, Missouri 64111',
  text: [
    'VIA E-MAIL   June 9, 2026   Our ref. [20449]-007',
    "Defendant's privilege log entries 14–16 do not meet Rule 26(b)(5)(A). Entry 16 (TPNI-PRIV-[00148])",
    'is an audit of 40 claims billed under {64712} and {64714}; business audits are not work product.',
    'Further, Volume 4 omits Bates TPNI[13850]–[13865]. Please produce the gap or provide a slip sheet log.',
    'We are available to confer Thursday at 2:00 p.m. Dial-in 1-877-555-0199, code [57341]#.',
  ].join('\n'),
});

// ── 26. Interrogatory answers, text layer ──
const rogs = lines({
  id: 's170-rogs',
  kind: 's170-interrogatory-answers-text',
  before: "DEFENDANT'S OBJECTIONS AND ANSWERS TO PLAINTIFF'S SECOND SET OF INTERROGATORIES",
  text: [
    'INTERROGATORY NO. 8: Identify every claim submitted to Cardinal Plains billing CPT {64712} or {64714}.',
    'ANSWER: Subject to its objections, Defendant refers Plaintiff under Rule 33(d) to TPNI[08818]–[12217].',
    'INTERROGATORY NO. 9: State the number of times {64445} was performed but billed as {64712}.',
    'ANSWER: Defendant objects that the interrogatory assumes a disputed fact. Defendant billed {64712}',
    'only when its providers documented neurolysis. Verified by T. Oyelaran, Administrator.',
  ].join('\n'),
});

// ── 27. Requests for admission, text layer ──
const rfas = lines({
  id: 's170-rfa',
  kind: 's170-requests-for-admission-text',
  before: "PLAINTIFF'S FIRST REQUESTS FOR ADMISSION",
  text: [
    'REQUEST NO. 3: Admit that CPT code {64712} describes an open procedure.',
    'RESPONSE: Admitted.',
    'REQUEST NO. 4: Admit that the document at TPNI[13228] does not document an incision.',
    'REQUEST NO. 5: Admit that you billed {64612}-50 to Cardinal Plains for claim [73957].',
    'RESPONSE: Denied. Claim [73957] was billed {64612}-RT and {64612}-LT on separate lines.',
  ].join('\n'),
});

// ── 28. Subpoena duces tecum Schedule A, text layer ──
const subpoena = lines({
  id: 's170-subpoena',
  kind: 's170-subpoena-duces-tecum-schedule-text',
  before: 'SUBPOENA TO PRODUCE DOCUMENTS — To: Kareo, Inc. (Tebra), 1111 Bayside Dr., Corona del Mar, CA 92625',
  text: [
    'SCHEDULE A — Documents to be produced',
    '1. All support tickets for account no. [43456] (Tallgrass Pain & Nerve Institute), including ticket [64445].',
    '2. Audit trail of changes to the charge capture pick list mapping "sciatic" to CPT {64712} or {64445}.',
    '3. Any fee schedule loaded for Cardinal Plains showing {64712}, {64714}, {64632}, {64612}.',
    'Place of compliance: Veritext, 2 Park Plaza, Irvine, CA [92614]. Date: July 10, 2026 at 10:00 a.m.',
  ].join('\n'),
});

// ── 29. ESI protocol, production fields, text layer ──
const esiProtocol = lines({
  id: 's170-esi',
  kind: 's170-esi-protocol-production-format-text',
  before: 'STIPULATED ORDER GOVERNING THE PRODUCTION OF ELECTRONICALLY STORED INFORMATION (ECF No. 31)',
  text: [
    '7(b) Structured data. Claims data shall be produced as delimited text with fields for claim number,',
    'line number, date of service, CPT/HCPCS, modifiers, units, billed, allowed and paid, e.g.:',
    '     CLM00007731|1|2024-10-02|{64712}|RT|1|4850.00|1212.40|969.92',
    '7(d) Bates numbers: a party prefix and a five-digit page number (TPNI[00001]); Cardinal Plains may use seven digits.',
    '7(e) Search terms shall include, at minimum, CPT codes {64712}, {64714}, {64445}, {64632} and {64612}.',
    '7(c) Images: single-page Group IV TIFF, 300 dpi, Bates endorsed lower right; Opticon .opt and .dat.',
    'Filed 02/17/26 in 4:26-cv-[00412]-BCW   Page 6 of 14',
  ].join('\n'),
});

// ── 30. CM/ECF docket report, table ──
const docket = table({
  id: 's170-docket',
  kind: 's170-cmecf-docket-report-grid',
  caption:
    'U.S. District Court, Western District of Missouri (Kansas City) — CIVIL DOCKET FOR CASE #: 4:26-cv-00412-BCW',
  headers: ['Date Filed', '#', 'Docket Text'],
  rows: [
    [
      '01/09/2026',
      '1',
      'COMPLAINT against Tallgrass Pain & Nerve Institute, LLC. Filing fee $405, receipt number AMOWDC-[10383].',
    ],
    ['02/17/2026', '31', 'STIPULATED ORDER re: ESI Protocol. Signed by Judge Brian C. Whitlock.'],
    [
      '06/19/2026',
      '52',
      'MOTION to Compel Production of Privilege Log Entries 14-16 and Bates TPNI[13850]-[13865] by Cardinal Plains.',
    ],
    [
      '07/08/2026',
      '58',
      'ORDER granting in part [52] motion to compel. Hearing held. (FTR recording no. [00306], Courtroom 7A).',
    ],
    [
      '07/22/2026',
      '61',
      'NOTICE of Service of Expert Report of Marisol Vance (analysis of CPT {64712}, {64714} and {64632} claim lines).',
    ],
  ],
});

// ── 31. Motion to compel excerpt, text layer ──
const motion = lines({
  id: 's170-motion',
  kind: 's170-motion-to-compel-brief-text',
  before: "PLAINTIFF'S SUGGESTIONS IN SUPPORT OF ITS MOTION TO COMPEL (ECF No. 52)",
  text: [
    'Tallgrass billed Cardinal Plains for 1,874 open sciatic neurolysis procedures (CPT {64712}) and lumbar',
    'plexus neuroplasties (CPT {64714}) in two years — more than every hospital in the metro combined. Its own',
    'billing manager wrote that {64712} "is an open neurolysis" (Ex. 4, TPNI[12232]), yet the audit it',
    'commissioned of those same claims (TPNI-PRIV-[00148]) is withheld. See Case 4:26-cv-[00412], ECF 52-4 at 3.',
  ].join('\n'),
});

// ── 32. Court order, text layer ──
const order = lines({
  id: 's170-order',
  kind: 's170-court-discovery-order-text',
  before: 'ORDER — Case 4:26-cv-00412-BCW Document 58 Filed 07/08/26 Page 2 of 5',
  text: [
    'The Apex Coding Review workpaper (TPNI-PRIV-[00148]) was prepared in the ordinary course after',
    "Cardinal Plains' audit letter of June 2024 concerning {64712} and {64714}, and is not work product.",
    'Defendant shall produce it, and documents Bates-numbered TPNI[13850] through TPNI[13865], within 14 days.',
    'Entries TPNI-PRIV-[00114] and -[00117] are protected and need not be produced.',
  ].join('\n'),
});

// ── 33. E-discovery vendor invoice, table ──
const vendorInvoice = table({
  id: 's170-vendorinv',
  kind: 's170-ediscovery-vendor-invoice-grid',
  caption: 'Lumen Discovery LLC — Invoice [64612] — Client: Merriwether & Kline — Matter 64714.0003 — Job 64632',
  headers: ['Service', 'Qty', 'Unit', 'Rate', 'Amount'],
  rows: [
    ['Processing (ingest, dedupe, OCR)', '186.4', 'GB', '$45.00', '$8,388.00'],
    ['Hosting — Relativity, June 2026', '212.9', 'GB/mo', '$12.00', '$2,554.80'],
    ['Production TIFF/endorsement, Vols 001–004 (cumulative)', '[14687]', 'pages', '$0.02', '$293.74'],
    ['OCR of scanned procedure notes (CPT {64712}/{64714} sample)', '[38204]', 'pages', '$0.015', '$573.06'],
    ['Forensic collection, BILL-02 (item E-[00412]-03)', '1', 'device', '$1,450.00', '$1,450.00'],
    ['Project management', '11.5', 'hrs', '$165.00', '$1,897.50'],
  ],
});

// ── 34. Litigation hold notice e-mail, text layer ──
const holdNotice = lines({
  id: 's170-hold',
  kind: 's170-litigation-hold-notice-email-text',
  before: 'From: Tunde Oyelaran (Administrator) Subject: LEGAL HOLD — DO NOT DELETE — Cardinal Plains dispute',
  text: [
    'Effective immediately, preserve all records concerning claims billed with CPT {64712}, {64714},',
    '{64445}, {64632} or {64612}, including Kareo reports, e-mail, Teams chats and text messages.',
    'The auto-delete on the billing share (\\\\tpni-fs01\\billing) is suspended. Hold ID LH-[12373].',
    'Questions: ext. [64712] (Dana Ruiz) or our counsel Kate Merriwether, 816-555-0150.',
  ].join('\n'),
});

// ── 35. Forensic chain of custody form, text layer ──
const custody = lines({
  id: 's170-custody',
  kind: 's170-forensic-chain-of-custody-form-text',
  before: 'LUMEN DISCOVERY — EVIDENCE CHAIN OF CUSTODY',
  text: [
    'Evidence item E-[00412]-03   Description: Dell OptiPlex 7090, billing workstation "BILL-02"',
    'Serial: 7Q3RXK3   Drive: 512 GB NVMe   Image hash (SHA-1) 4f0c1e…a91b',
    'Collected by: R. Sato at 8800 W 135th St, Overland Park, KS [66221] on 04/03/2026 09:14',
    'Evidence item E-[00412]-04   Description: Kareo cloud export, account [43456], 2023-01-01 to 2024-12-31',
    'Lumen case ref LD-[26118]   Custodian: Dana Ruiz (Billing Manager)   Report due 04/10/2026',
    'Released to: Lumen Lab, 1900 Grand Blvd, Kansas City MO [64108]   Seal no. [14252]',
  ].join('\n'),
});

// ── 36. Produced Teams chat export, text layer ──
const teamsChat = lines({
  id: 's170-teams',
  kind: 's170-produced-teams-chat-export-text',
  before: 'TPNI13302 — Microsoft Teams chat export (Billing Team) — 2024-07-22',
  text: [
    '[09:02] Dana Ruiz: cardinal kicked back the {64714} on acct [40217] again',
    '[09:03] Marcus Lee: bill it as {64712} then? they paid those',
    '[09:03] Dana Ruiz: no. lawyers said hold all {64712} until they get back to us',
    '[09:05] Marcus Lee: ok. btw the facial ones are fine, {64612} x2 paid',
    '[09:06] Dana Ruiz: also put acct [40388] and [40391] on hold, both {64714}, payer [47218]',
    '[09:07] Marcus Lee: 👍 the {64445} blocks keep going out normal?',
    '[09:07] Dana Ruiz: yes {64445} + {76942} are fine',
  ].join('\n'),
});

// ── 37. FRE 502(d) clawback letter, text layer ──
const clawback = lines({
  id: 's170-clawback',
  kind: 's170-clawback-notice-letter-text',
  before: 'NOTICE OF INADVERTENT PRODUCTION — Pursuant to Fed. R. Evid. 502(d) and ¶ 12 of the Protective Order',
  text: [
    'Defendant hereby claws back the document produced at TPNI[12233] (a privileged e-mail discussing',
    "counsel's advice about {64712}-RT claims). Please sequester or destroy all copies within 5 business days.",
    "The document was also marked as Ruiz Dep. Ex. 9 and cited in Plaintiff's Suggestions (ECF 52-4) at TPNI[12233].",
    'A replacement slip sheet, TPNI[12233].001, and an updated privilege log entry (No. [00122]) follow.',
  ].join('\n'),
});

// ── 38. Joint trial exhibit list, table ──
const trialExhibits = table({
  id: 's170-trialex',
  kind: 's170-joint-trial-exhibit-list-grid',
  caption: 'JOINT TRIAL EXHIBIT LIST — 4:26-cv-00412-BCW',
  headers: ['PX/DX', 'Beg Bates', 'Description', 'Objection'],
  rows: [
    ['PX-12', 'TPNI[12232]', 'Ruiz e-mail re {64714} vs {64445}', 'None'],
    ['PX-27', 'VANCE_[00001]', 'Vance Table 3 — overpayment by CPT ({64712}, {64714}, {64632})', 'FRE 702, 1006'],
    ['DX-104', 'TPNI[13302]', 'Op note documenting open sciatic neurolysis, {64712}-RT', 'None'],
    ['DX-118', 'CPHP-0052210', 'Cardinal Plains fee schedule excerpt ({64612} $301.16)', '403'],
  ],
});

// ── 39. Claims data field map / data dictionary, table ──
const dataDict = table({
  id: 's170-datadict',
  kind: 's170-produced-claims-data-dictionary-grid',
  caption: 'CPHP Claims Extract — Data Dictionary (produced as CPHP-0060001)',
  headers: ['Field', 'Type', 'Len', 'Example', 'Notes'],
  rows: [
    ['CLM_ID', 'char', '12', 'CP24[11986]-01', 'Claim number + line'],
    ['PROC_CD', 'char', '5', '{64712}', 'CPT/HCPCS as billed'],
    ['PROV_ZIP', 'char', '5', '[66221]', 'Rendering location ZIP'],
    ['PAYER_ID', 'char', '5', '[47218]', 'Cardinal Plains PPO payer id'],
    ['MOD1', 'char', '2', 'RT', 'First modifier, e.g. RT on {64712}'],
    ['PLAN_CD', 'char', '5', '[30117]', 'Benefit plan code (PPO Gold)'],
    ['SUB_ZIP', 'char', '5', '[66213]', 'Subscriber ZIP (redacted to 3 digits in production)'],
    ['ALWD_AMT', 'dec', '9,2', '1212.40', 'Allowed amount'],
  ],
});

// ── 40. Production QC / Bates gap report, text layer ──
const gapReport = lines({
  id: 's170-gap',
  kind: 's170-production-qc-bates-gap-report-text',
  before: 'Production QC Report — TPNI_VOL004 — generated 05/11/2026 18:40',
  text: [
    'Bates range TPNI[12218]–TPNI[14687]   Expected pages 2,470   Imaged pages 2,454',
    'GAP: TPNI[13850] – TPNI[13865] (16 pages) — documents withheld, no slip sheet',
    'Image/text mismatch: TPNI[13004] (OCR text contains "{64712}", image OK)',
    'Endorsement check: OK   Load file row count: 1,874   Production set id [16218]',
  ].join('\n'),
});

// ── 41. Deposition errata sheet, text layer ──
const errata = lines({
  id: 's170-errata',
  kind: 's170-deposition-errata-sheet-text',
  before: 'ERRATA SHEET — Deposition of Dana Ruiz — Taken May 27, 2026 — Job No. [64632]',
  text: [
    'Page 88, Line 11: "Ticket [64445]" should read "Ticket [64454]". Reason: misstated number.',
    'Page 91, Line 3: "{64713}" should read "{64714}". Reason: transcription error.',
    'Page 102, Line 19: "six forty-four forty-five" should read "{64445}". Reason: clarification.',
  ].join('\n'),
});

// ── 42. Law-firm billing invoice (UTBMS task codes), text layer ──
const lawInvoice = lines({
  id: 's170-lawinv',
  kind: 's170-law-firm-invoice-utbms-text',
  before: 'MERRIWETHER & KLINE LLP — Invoice No. [17222] — Client-Matter 64714.0003',
  text: [
    '06/02/26 L320 A104 KM 2.4  Review Vance expert analysis of {64712}/{64714} lines; outline rebuttal.',
    '06/03/26 L330 A103 PS 1.1  Revise privilege log entries 14-16; confer with D. Ruiz re {64445} audit.',
    '06/05/26 L250 A101 KM 0.6  Plan response to interrogatory no. 9 (Ref. [19272]).',
    'Remit to: PO Box [64445], Kansas City, MO [64141]-6445   Tax ID 43-1887120',
  ].join('\n'),
});

// ── 43. Active learning / TAR validation (elusion) report, text layer ──
const tarReport = lines({
  id: 's170-tar',
  kind: 's170-tar-active-learning-elusion-report-text',
  before: 'Active Learning Project: CPHP Responsiveness — Project Validation Statistics',
  text: [
    'Review population: [88517] documents   Coded relevant: 9,412   Relevance rank cutoff: 52',
    'Elusion sample: 1,537 documents from the discard pile (95% confidence, ±2.5% margin), sample id [26471]',
    'Relevant found in sample: 6   Elusion rate: 0.39%   Estimated recall: 91.8%',
    'Relevant docs found in elusion sample mention codes {64632} (4) and {64612} (2); none mention {64712}.',
    'Validation run by A. Lindqvist, 06/14/2026; certified to opposing counsel per ESI Protocol ¶ 9.',
  ].join('\n'),
});

// ── 44. FRE 1006 summary chart (trial demonstrative), text layer ──
const summaryChart = lines({
  id: 's170-chart',
  kind: 's170-fre1006-summary-chart-demonstrative-text',
  before: 'PX-27A — SUMMARY CHART (FRE 1006) — Cardinal Plains payments to Tallgrass by billed code, 2023–2024',
  text: [
    'Billed as {64712} (open sciatic neurolysis) ........ 1,166 lines ........ $1,402,118',
    'Billed as {64714} (open lumbar plexus neurolysis) ...   708 lines ........ $  911,406',
    'Billed as {64445} (sciatic nerve block) ............ 2,950 lines ........ $  402,877',
    'Source: CPHP claims extract CPHP-0060001 (native); TPNI[08818]–TPNI[12217]. Prepared by Vance Analytics, job [31506].',
  ].join('\n'),
});

export const sealed170: Snippet[] = [
  ...coverLetter,
  ...volIndex,
  ...datFile,
  ...optFile,
  ...ledgerPage,
  ...cms1500,
  ...eobPage,
  ...opNote,
  ...nativeCsv,
  ...privLog,
  ...redactLog,
  ...codingPanel,
  ...hitReport,
  ...termEmail,
  ...dtSearch,
  ...viewerText,
  ...batchDash,
  ...depoExhibits,
  ...depoTranscript,
  ...notice30b6,
  ...expertSummary,
  ...expertAppx,
  ...expertProse,
  ...rebuttal,
  ...meetConfer,
  ...rogs,
  ...rfas,
  ...subpoena,
  ...esiProtocol,
  ...docket,
  ...motion,
  ...order,
  ...vendorInvoice,
  ...holdNotice,
  ...custody,
  ...teamsChat,
  ...clawback,
  ...trialExhibits,
  ...dataDict,
  ...gapReport,
  ...errata,
  ...lawInvoice,
  ...tarReport,
  ...summaryChart,
];
