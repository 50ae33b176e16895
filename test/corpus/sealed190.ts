import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 190 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s190-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64447, 64450, 64455, 64640, 64713, 64716–64719, 76942, 95874, 95886, 95910, 95911, 20552,
 * E/M 99203–99214). Codes appear bare, with modifiers glued on (`64612LT`, `64714-51`, `64632-LT`), inside X12
 * SV1/SVC composites (`HC:64445:RT`), in CSV rows, in prose, in chat and on a check-box encounter form.
 * Decoys are what this world really shows: payer ids of the clearinghouse payer list (00430, 00932, 02202, 38336,
 * 60054, 87726, 36273), patient account numbers glued to a prefix (HB10447), upload/batch ids, X12 control numbers
 * and the ISA version 00501, the submitter id CH00417, an EFT number PBC50113, ZIPs of Spokane and of payers and
 * of the clearinghouse, PO boxes, group numbers, a Julian receipt date, enrollment, ticket, chat-session, tracking,
 * recovery, invoice, article and policy numbers, and five-digit dollar totals in CSV and report rows. About a third
 * of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K): the practice ZIP 99201, the Aetna payer
 * id 60054, group numbers 10147 and 20266, account numbers HB10513, the EFT PBC50113 and ACH90242, the 835 ST
 * control 30092, a recovery ref, an eviCore case, a payer policy number, an MAC FCN, a tracking number, a
 * statement pay link code, a ledger EFT, help articles 20411/20412, a Medigap policy and a form revision. The five
 * known codes' digits come back as decoys: upload (batch) id 64445 and the practice's PO Box 64445, the Aetna
 * check/EFT trace number 64612, support ticket 64712, a chat session id and an enrollment reference 64714, and the
 * clearinghouse customer account and PO box 64632.
 *
 * Family: a solo physician doing her own billing through a low-cost web clearinghouse and practice-management
 * portal (Office Ally-style) for her peripheral-nerve and pain practice. One (fictional) story: Ingrid Halvorsen,
 * MD, of Halvorsen Nerve & Pain, PLLC (Spokane, WA) bills March 2026 through "ClaimHarbor Practice Mate": a sciatic
 * and lumbar plexus neuroplasty (Premera, rejected at upload for "1.0" units, resent, then underpaid and appealed),
 * a facial chemodenervation (Medicare, then a Medigap secondary), a Morton's neuroma neurolysis (Regence 277CA
 * laterality rejection, corrected claim), a sciatic block with bundled ultrasound (Aetna) and a consult (UHC).
 * Pages: the claim entry screen (header fields, service-line grid, validation banner, CPT autocomplete, procedure
 * code library, code-pair checker), saved claims, the batch upload report and history, the 837P file viewer, 999
 * raw and readable, 277CA readable and grid, the rejection worklist, ERA inbox, ERA claim detail, raw 835, PLB
 * panel, a printed standard paper remit, ERA CSV download, her billing notebook, tracking spreadsheet, its CSV
 * export and her fee schedule tab, payer portal claim status, eligibility (271), prior-auth code lookup, the MAC
 * portal's claim status, the support chat, a ticket e-mail, the payer list, ERA enrollment status, a patient
 * statement and ledger, a procedure analysis report, the home dashboard, the clearinghouse invoice, her encounter
 * form, a corrected (frequency 7) claim, an underpayment appeal letter, a help article and help search results,
 * and a secondary claim screen.
 * Built on real public layouts: Office Ally's Service Center (online CMS-1500 entry with boxes 1a–33 and lines
 * 24A–24J, "File Upload Report", 999/277CA and ERA listings by payer id, payer list with enrollment and ERA
 * columns), X12 005010X222A1 837P, 005010X231A1 999, 277CA STC category codes (A1/A2/A3/A7) and 005010X221A1 835
 * segments (BPR, TRN, CLP, SVC, CAS, PLB), the Medicare standard paper remittance column layout, Noridian Medicare
 * Portal claim status, Availity-style claim status and eligibility results, payer "is prior authorization
 * required?" code lookups, NCCI PTP edit tables, Google Sheets grids and CSV previews, and help-center search
 * results. The others are written the way those pages read, with no single source.
 *
 * 360 labelled tokens over 44 shapes: 170 codes (108 of them the five known codes), 190 decoys, 70 of the decoys
 * in KNOWN_10K.
 */

// ── 1. Claim entry screen, header fields (text layer of the CMS-1500 style form) ──
const entryHeader = lines({
  id: 's190-entryhead',
  kind: 's190-claim-entry-screen-header-fields-text',
  before: 'ClaimHarbor Practice Mate — Professional Claim Entry (CMS-1500 02/12) — New claim',
  text: [
    'Payer: PREMERA BLUE CROSS   Payer ID: [00430]   Claim type: Original (1)',
    '1a. Insured ID: PBC882140611   4. Insured: BRUNNER, WALTER J   Group no.: [10147]',
    '5. Patient address: 2214 E Ermina Ave, Spokane, WA [99207]   Phone: (509) 555-0188',
    '26. Patient account no.: HB[10447]   27. Accept assignment: Yes   28. Total charge: 3640.00',
    '32. Service facility: Riverside Surgery Center, 1120 N Division St, Spokane, WA [99202]',
    '33. Billing provider: Halvorsen Nerve & Pain, PLLC, 801 W Riverside Ave Ste 410, Spokane, WA [99201]-0505',
  ].join('\n'),
});

// ── 2. Claim entry screen, service line grid (24A–24J) ──
const entryLines = table({
  id: 's190-entrylines',
  kind: 's190-claim-entry-screen-service-line-grid',
  caption: '24. Service lines (up to 6)   [+ Add line]   [Copy line]',
  headers: [
    '#',
    'DOS from',
    'DOS to',
    'POS',
    'CPT/HCPCS',
    'Mod 1',
    'Mod 2',
    'Dx ptr',
    'Charges',
    'Units',
    'Rendering NPI',
  ],
  rows: [
    ['1', '03/03/2026', '03/03/2026', '24', '{64712}', 'RT', '', 'A', '1850.00', '1', '1487650231'],
    ['2', '03/03/2026', '03/03/2026', '24', '{64714}', 'RT', '51', 'B', '1790.00', '1', '1487650231'],
    ['3', '', '', '', '', '', '', '', '', '', ''],
  ],
});

// ── 3. Claim entry validation messages (red banner after "Check claim") ──
const validation = lines({
  id: 's190-validate',
  kind: 's190-claim-entry-validation-messages-text',
  before: 'Please correct the following before saving:',
  text: [
    'ERROR Line 2: Procedure {64714} with modifier 51 — Box 24G units must be 1; found 1.0 (decimal not allowed).',
    'WARNING Line 1: {64712} is an open procedure; global period 090 — verify no E/M billed in global.',
    'ERROR Box 5: Patient ZIP [99207] does not match city/state on file (Spokane, WA [99207] OK) — re-validate.',
    'ERROR Box 11: Insured group number [10147] must be alphanumeric for payer [00430]; leave blank if none.',
    'INFO Line 2: Payer edit — {64714} and {64712} same session: NCCI column 1/2 pair? Check modifier 59/XS.',
    'WARNING Box 21: ICD indicator 0; diagnosis G57.01 reported with {64712} — laterality RT matches.',
  ].join('\n'),
});

// ── 4. CPT lookup autocomplete under the procedure box ──
const lookup = lines({
  id: 's190-cptlookup',
  kind: 's190-claim-entry-cpt-autocomplete-dropdown-text',
  before: 'CPT/HCPCS: 6471',
  text: [
    '{64712}  Neuroplasty major peripheral nerve; sciatic nerve',
    '{64713}  Neuroplasty major peripheral nerve; brachial plexus',
    '{64714}  Neuroplasty major peripheral nerve; lumbar plexus',
    '{64716}  Neuroplasty and/or transposition; cranial nerve (specify)',
    '{64718}  Neuroplasty and/or transposition; ulnar nerve at elbow',
    '{64719}  Neuroplasty and/or transposition; ulnar nerve at wrist',
  ].join('\n'),
});

// ── 5. Saved / unsubmitted claims list ──
const savedClaims = table({
  id: 's190-saved',
  kind: 's190-saved-claims-list-grid',
  caption: 'Claims — Saved (not yet sent)   Select all   Send selected',
  headers: ['', 'Patient acct', 'Patient', 'DOS', 'Payer', 'First CPT', 'Total', 'Status'],
  rows: [
    ['☐', 'HB[10447]', 'BRUNNER, WALTER', '03/03/26', 'Premera ([00430])', '{64712}', '3640.00', 'Errors (2)'],
    ['☐', 'HB[10512]', 'OKAFOR, DANA', '03/04/26', 'Medicare WA ([02202])', '{64612}', '412.00', 'Ready'],
    ['☐', 'HB[10513]', 'LINDQVIST, ROSA', '03/04/26', 'Regence BS ([00932])', '{64632}', '688.00', 'Ready'],
    ['☐', 'HB[10519]', 'PRUITT, EUGENE', '03/05/26', 'Aetna ([60054])', '{64445}', '540.00', 'Ready'],
    ['☐', 'HB[10520]', 'TENNEY, HAROLD', '03/05/26', 'UHC ([87726])', '{99204}', '310.00', 'Ready'],
  ],
});

// ── 6. Batch upload report (text returned after sending the batch) ──
const uploadReport = lines({
  id: 's190-upload',
  kind: 's190-batch-upload-report-text',
  before: 'FILE UPLOAD REPORT — ClaimHarbor',
  text: [
    'Submitter: Halvorsen Nerve & Pain PLLC   Submitter ID: CH[00417]   Upload ID [64445]',
    'File name: HALV_0305_01.837   Received 03/05/2026 14:12:07 PT   Size 9,214 bytes',
    'Claims in file: 5   Accepted to clearinghouse: 4   Rejected at front end: 1   Total charges: 5590.00',
    'Rejected: acct HB[10447] BRUNNER — line 2 {64714}-51 units 1.0 invalid (see claim entry)',
    'Accepted: HB[10512] OKAFOR {64612}-LT; HB[10513] LINDQVIST {64632}-LT; HB[10519] PRUITT {64445}-RT',
    'Accepted: HB[10520] TENNEY {99204}   Next step: payer acknowledgements (999/277CA) in 24–48 h',
  ].join('\n'),
});

// ── 7. Batch summary grid on the Upload Reports page ──
const uploadGrid = table({
  id: 's190-uploadgrid',
  kind: 's190-batch-upload-history-grid',
  caption: 'Upload history — last 30 days',
  headers: ['Upload ID', 'Date', 'File', 'Claims', 'Accepted', 'Rejected', 'Charges'],
  rows: [
    ['[64445]', '03/05/2026', 'HALV_0305_01.837', '5', '4', '1', '5590.00'],
    ['[64398]', '02/26/2026', 'HALV_0226_01.837', '7', '7', '0', '6122.00'],
    ['[64311]', '02/19/2026', 'HALV_0219_02.837', '2', '2', '0', '1120.00'],
    ['[64310]', '02/19/2026', 'HALV_0219_01.837', '6', '5', '1', '[10814].00'],
  ],
});

// ── 8. 837P file viewer (raw X12 shown in the browser) ──
const x837 = lines({
  id: 's190-x837',
  kind: 's190-x12-837p-file-viewer-text',
  before: 'View file: HALV_0305_01.837',
  text: [
    'ISA*00*          *00*          *ZZ*CH[00417]        *ZZ*CLAIMHARBOR    *260305*1412*^*[00501]*000004711*0*P*:~',
    'GS*HC*CH[00417]*CLAIMHARBOR*20260305*1412*4711*X*005010X222A1~ST*837*[00019]*005010X222A1~',
    'NM1*85*2*HALVORSEN NERVE AND PAIN PLLC*****XX*1487650231~N4*SPOKANE*WA*[99201]~',
    'CLM*HB[10512]*412***11:B:1*Y*A*Y*Y~HI*ABK:G51.31~LX*1~SV1*HC:{64612}:LT*412*UN*1***1~',
    'CLM*HB[10513]*688***11:B:1*Y*A*Y*Y~LX*1~SV1*HC:{64632}:LT*520*UN*1***1~LX*2~SV1*HC:{64455}:LT*168*UN*1***1~',
    'CLM*HB[10519]*540***11:B:1*Y*A*Y*Y~LX*1~SV1*HC:{64445}:RT*540*UN*1***1~SE*61*[00019]~',
  ].join('\n'),
});

// ── 9. 999 acknowledgement, raw view ──
const ack999raw = lines({
  id: 's190-999raw',
  kind: 's190-x12-999-acknowledgement-raw-text',
  before: '999 Implementation Acknowledgment — Upload 64445 — received 03/05/2026 14:20',
  text: [
    'ST*999*[00231]*005010X231A1~AK1*HC*4711*005010X222A1~',
    'AK2*837*[00019]*005010X222A1~IK5*A~',
    'AK9*A*1*1*1~SE*6*[00231]~',
    'Trace: GS06 4711 / ST02 [00019] / upload [64445]   Status: ACCEPTED',
  ].join('\n'),
});

// ── 10. 999 human-readable report (the clearinghouse renders the rejected one) ──
const ack999 = table({
  id: 's190-999grid',
  kind: 's190-999-acknowledgement-readable-report-grid',
  caption: '999 Report — Medicare WA (Noridian JF) — Upload 64310 — PARTIALLY ACCEPTED',
  headers: ['Transaction set', 'Segment', 'Position', 'Element', 'Error', 'Bad value'],
  rows: [
    ['ST02 [00014]', 'SV1', '0047', 'SV101-2', 'I12 Code value not valid', '{64640}:LT:RT'],
    ['ST02 [00014]', 'NM1', '0032', 'NM109', '7 Invalid code value', '1487650231'],
    ['ST02 [00015]', '—', '—', '—', 'Accepted', '—'],
  ],
});

// ── 11. 277CA claim acknowledgement, readable text ──
const ack277 = lines({
  id: 's190-277ca',
  kind: 's190-277ca-claim-acknowledgement-readable-text',
  before: '277CA Claim Acknowledgement — Payer: REGENCE BLUESHIELD ([00932] in ClaimHarbor payer list)',
  text: [
    'Patient: LINDQVIST, ROSA   Acct HB[10513]   DOS 03/04/2026   Billed 688.00',
    'Claim status: A3:21 — Acknowledgement/Returned as unprocessable claim — Missing or invalid information',
    'Line 1 {64632}-LT: STC A7:454 Procedure code for services rendered — laterality conflicts with Dx M79.672? ',
    'Line 2 {64455}-LT: STC A3:21 — rejected with claim',
    'Payer claim control no.: none assigned   Batch ref [20138]   Report date 03/06/2026',
  ].join('\n'),
});

// ── 12. 277CA summary grid (all claims in the batch) ──
const ack277grid = table({
  id: 's190-277grid',
  kind: 's190-277ca-batch-summary-grid',
  caption: '277CA results for upload 64445',
  headers: ['Acct', 'Patient', 'Payer', 'Payer ID', 'Status', 'Payer claim #', 'Lines'],
  rows: [
    ['HB[10512]', 'OKAFOR', 'Medicare WA', '[02202]', 'A1:20 Accepted', '26065001234501', '{64612}'],
    ['HB[10513]', 'LINDQVIST', 'Regence', '[00932]', 'A3:21 Rejected', '—', '{64632}, {64455}'],
    ['HB[10519]', 'PRUITT', 'Aetna', '[60054]', 'A2:20 Accepted for adjudication', 'EJ8M2K4Q', '{64445}'],
    ['HB[10520]', 'TENNEY', 'UHC', '[87726]', 'A1:19 Accepted', '7Q4410933', '{99204}'],
  ],
});

// ── 13. Rejection worklist ("Claims needing attention") ──
const worklist = table({
  id: 's190-worklist',
  kind: 's190-rejected-claims-worklist-grid',
  caption: 'Claims needing attention (3)   Fix & resend',
  headers: ['Acct', 'Source', 'Message', 'CPT', 'Age'],
  rows: [
    ['HB[10447]', 'Front end', 'Units invalid on line 2', '{64714}', '1 d'],
    ['HB[10513]', '277CA', 'A7:454 procedure/laterality', '{64632}-LT', '0 d'],
    ['HB[10388]', '999', 'I12 invalid SV101', '{64640}', '16 d'],
  ],
});

// ── 14. ERA list (remittances received) ──
const eraList = table({
  id: 's190-eralist',
  kind: 's190-era-inbox-list-grid',
  caption: 'ERA — Electronic Remittance Advice (835)   Filter: last 60 days',
  headers: ['Received', 'Payer', 'Payer ID', 'Check/EFT #', 'Check date', 'Amount', 'Claims'],
  rows: [
    ['03/20/2026', 'Medicare WA', '[02202]', '0031457812', '03/19/2026', '318.22', '1'],
    ['03/24/2026', 'Aetna', '[60054]', '[64612]', '03/23/2026', '402.10', '1'],
    ['03/27/2026', 'Premera', '[00430]', 'PBC[50113]', '03/26/2026', '1363.04', '1'],
    ['03/27/2026', 'UHC', '[87726]', 'ACH[90242]', '03/26/2026', '171.40', '1'],
  ],
});

// ── 15. ERA viewer — claim detail service lines (Premera) ──
const eraDetail = table({
  id: 's190-eradetail',
  kind: 's190-era-viewer-claim-detail-grid',
  caption: 'ERA detail — PREMERA BLUE CROSS — EFT PBC50113 — Patient BRUNNER, WALTER — Acct HB10447',
  headers: ['DOS', 'Proc', 'Mod', 'Units', 'Billed', 'Allowed', 'Deduct', 'Coins', 'Paid', 'Adj codes'],
  rows: [
    ['03/03/26', '{64712}', 'RT', '1', '1850.00', '1288.40', '0.00', '257.68', '1030.72', 'CO-45 561.60'],
    ['03/03/26', '{64714}', 'RT 51', '1', '1790.00', '415.40', '0.00', '83.08', '332.32', 'CO-45 1374.60'],
    ['', 'Claim total', '', '', '3640.00', '1703.80', '0.00', '340.76', '1363.04', 'PR-2 340.76'],
  ],
});

// ── 16. ERA raw 835 view (Aetna, check number that happens to read 64612) ──
const x835 = lines({
  id: 's190-x835',
  kind: 's190-x12-835-era-raw-viewer-text',
  before: 'ERA raw view — AETNA — 835 — TRN 64612',
  text: [
    'ST*835*[30092]~BPR*I*402.1*C*ACH*CCP*01*125000024*DA*0048813*1066033492**01*091000019*DA*7731102*20260323~',
    'TRN*1*[64612]*1066033492~REF*EV*CH[00417]~N1*PR*AETNA~N3*PO BOX 981106~N4*EL PASO*TX*[79998]~',
    'CLP*HB[10519]*1*540*402.1*0*CI*EJ8M2K4Q01*11*1~NM1*QC*1*PRUITT*EUGENE~',
    'SVC*HC:{64445}:RT*540*402.1**1~DTM*472*20260305~CAS*CO*45*137.9~AMT*B6*402.1~',
    'SVC*HC:{76942}*0*0**1~CAS*CO*97*0~LQ*HE*M15~SE*19*[30092]~',
  ].join('\n'),
});

// ── 17. ERA provider-level adjustments (PLB) panel ──
const plb = lines({
  id: 's190-plb',
  kind: 's190-era-provider-level-adjustment-panel-text',
  before: 'Provider adjustments (PLB) — Medicare WA — EFT 0031457812',
  text: [
    'WO  Overpayment recovery   FCN 26021004417702   Amount -94.18   (original claim HB[10311], {64632} paid twice)',
    'L6  Interest               Amount 1.12',
    'Net provider adjustment: -93.06   Remaining recoupment balance: 0.00   Recovery ref [50274]',
  ].join('\n'),
});

// ── 18. Printed standard paper remittance (Medicare SPR style, PDF text layer) ──
const spr = lines({
  id: 's190-spr',
  kind: 's190-era-print-standard-paper-remit-text',
  before: 'NORIDIAN HEALTHCARE SOLUTIONS  MEDICARE PART B  JF  PO BOX 6000  FARGO ND  58108-6000',
  text: [
    'HALVORSEN NERVE & PAIN PLLC   801 W RIVERSIDE AVE STE 410   SPOKANE WA [99201]-0505   PROVIDER # 1487650231',
    'PERF PROV  SERV DATE   POS NOS PROC MODS  BILLED ALLOWED DEDUCT COINS  GRP/RC-AMT  PROV PD',
    'NAME OKAFOR, DANA      HIC 6KT4WE2MN73   ACNT HB[10512]  ICN 26065001234501  ASG Y MOA MA01',
    '1487650231 0304 030426 11  1 {64612}LT      412.00  397.78   0.00  79.56   CO-45 14.22   318.22',
    'PT RESP 79.56    CLAIM TOTALS  412.00  397.78  0.00  79.56  14.22  318.22   NET 318.22',
    'REM: N130 — Consult plan benefit documents. Julian receipt date [26065].',
  ].join('\n'),
});

// ── 19. Her billing notebook (OneNote-style page) ──
const notebook = lines({
  id: 's190-notebook',
  kind: 's190-physician-billing-notebook-page-text',
  before: 'Billing notebook — March 2026 — (my notes, not for staff)',
  text: [
    'Mar 5 — sent batch [64445]. Brunner bounced: units "1.0" on the {64714} line. Fix: type 1, not 1.0. Resent.',
    'Premera paid {64712} at 1288.40 = 135% of Medicare, OK. But {64714} allowed 415.40 — 51 cut applied twice? Appeal.',
    'Rosa L.: Regence rejected {64632} LT — they want the Dx on the left foot M79.672, I pointed to right. My bad.',
    'Aetna bundled {76942} into {64445} (CO-97). Correct since 2020 — stop billing US guidance with nerve blocks!',
    'Dana O. {64612} x 2 per year for hemifacial spasm, next due Sept. Botox J0585 100 u — bill the wastage JW.',
    'Support ticket [64712] still open re: Molina ERA enrollment. Called 3/12, ref [20563].',
    'Remember: {64713} is brachial plexus, not lumbar. I almost keyed it on Tenney — lumbar plexus is {64714}.',
    'To do: Regence wants {64455} and {64632} on separate feet or it bundles — ask Kayla if 59 or XS works.',
    'Tenney (UHC) 3/5 was the consult {99204}; surgery {64714} booked 4/14, PA via eviCore case [50381].',
  ].join('\n'),
});

// ── 20. Her tracking spreadsheet (Google Sheets grid) ──
const sheet = table({
  id: 's190-sheet',
  kind: 's190-physician-claims-tracking-spreadsheet-grid',
  caption: 'HNP claims 2026 — tab "Mar"',
  headers: ['A Acct', 'B DOS', 'C Payer', 'D CPT', 'E Billed', 'F Sent', 'G 999', 'H 277CA', 'I Paid', 'J Note'],
  rows: [
    ['HB[10447]', '3/3', 'Premera', '{64712}-RT', '1850', '3/6', 'A', 'A1', '1030.72', 'underpaid?'],
    ['HB[10447]', '3/3', 'Premera', '{64714}-51', '1790', '3/6', 'A', 'A1', '332.32', ''],
    ['HB[10512]', '3/4', 'Medicare', '{64612}LT', '412', '3/5', 'A', 'A1', '318.22', ''],
    ['HB[10513]', '3/4', 'Regence', '{64632}', '520', '3/5', 'A', 'A3 rej', '', 'fix Dx'],
    ['HB[10513]', '3/4', 'Regence', '{64455}', '168', '3/5', 'A', 'A3 rej', '', ''],
    ['HB[10519]', '3/5', 'Aetna', '{64445}', '540', '3/5', 'A', 'A2', '402.10', 'chk [64612]'],
    ['HB[10520]', '3/5', 'UHC', '{99204}', '310', '3/5', 'A', 'A1', '171.40', ''],
  ],
});

// ── 21. Same sheet exported to CSV, shown in a text preview ──
const sheetCsv = lines({
  id: 's190-sheetcsv',
  kind: 's190-spreadsheet-csv-export-preview-text',
  before: 'HNP_claims_2026_Q1.csv — preview (first rows)',
  text: [
    'acct,dos,payer,payer_id,cpt,mod,billed,paid,zip',
    'HB[10388],2026-02-17,Medicare WA,[02202],{64640},LT,300,0,[99223]',
    'HB[10401],2026-02-19,Molina WA,[38336],{64445},RT,540,212.18,[99205]',
    'HB[10402],2026-02-19,L&I,LNI,{64712},LT,1850,1503.11,[99016]',
    'HB[10409],2026-02-24,Premera,[00430],{64612},RT,412,298.40,[99208]',
    'HB[10416],2026-02-26,Regence,[00932],{20552},,160,96.20,[99212]',
    'TOTAL,,,,,,[14212].50,,',
  ].join('\n'),
});

// ── 22. Fee schedule tab of her workbook ──
const feeSheet = table({
  id: 's190-fees',
  kind: 's190-physician-fee-schedule-workbook-grid',
  caption: 'HNP fee schedule 2026 (charge = ~2.2 × Medicare WA locality 02)',
  headers: ['CPT', 'Short desc', 'Global', 'Medicare 2026', 'My charge', 'Premera contract'],
  rows: [
    ['{64445}', 'Sciatic nerve block, single', '000', '96.71', '540.00', '130.56'],
    ['{64455}', 'Plantar common digital nerve inj', '000', '41.02', '168.00', '55.38'],
    ['{64612}', 'Chemodenervation facial nerve, unilat', '010', '109.77', '412.00', '148.19'],
    ['{64632}', 'Destruction plantar common digital nerve', '010', '118.20', '520.00', '159.57'],
    ['{64712}', 'Neuroplasty sciatic nerve', '090', '954.37', '1850.00', '1288.40'],
    ['{64714}', 'Neuroplasty lumbar plexus', '090', '1230.83', '1790.00', '1661.62'],
    ['{64447}', 'Femoral nerve block, single', '000', '88.14', '480.00', '118.99'],
    ['{64450}', 'Other peripheral nerve block', '000', '62.30', '300.00', '84.11'],
    ['{64640}', 'Destruction, other peripheral nerve', '010', '142.66', '300.00', '192.59'],
    ['{20552}', 'Trigger point inj, 1–2 muscles', '000', '48.95', '160.00', '66.08'],
    ['{99214}', 'Office visit, est., moderate', 'XXX', '127.19', '250.00', '171.71'],
  ],
});

// ── 23. Payer portal claim status (Premera / Availity-style claim status result) ──
const portalStatus = lines({
  id: 's190-portalstatus',
  kind: 's190-payer-portal-claim-status-result-text',
  before: 'Claim Status Inquiry — Results (1)',
  text: [
    'Payer: Premera Blue Cross   Member: BRUNNER, WALTER   Subscriber ID PBC882140611   Group [10147]',
    'Claim # 26E0711893   Status: Finalized/Paid   Received 03/09/2026   Check/EFT PBC[50113] 03/26/2026',
    'Line 1  {64712}  RT   Billed $1,850.00  Allowed $1,288.40  Paid $1,030.72',
    'Line 2  {64714}  RT,51  Billed $1,790.00  Allowed $415.40  Paid $332.32   Multiple procedure reduction 50%',
    'Questions? Provider Services 877-342-5258, option 3. Correspondence: PO Box [91059], Seattle, WA [98111]',
  ].join('\n'),
});

// ── 24. Eligibility & benefits (271 rendered in the clearinghouse) ──
const elig = lines({
  id: 's190-elig',
  kind: 's190-eligibility-271-benefits-view-text',
  before: 'Eligibility & Benefits — Regence BlueShield — Service type 30 Health Benefit Plan Coverage',
  text: [
    'Subscriber: LINDQVIST, ROSA   ID RGS440917723   Group [20266]   Plan: Regence Innova PPO   Active 01/01/2026',
    'Address on file: 4419 N Maple St, Spokane, WA [99205]   DOB 06/14/1961',
    'Deductible (in-network, individual): 2500.00  Met: 1911.62  Remaining: 588.38',
    'Out-of-pocket max: 7500.00   Coinsurance: 20%   Office visit copay: 30.00',
    'Message: Procedure-level benefits not returned for {64632}; call 1-866-240-9580 with trace [58108].',
  ].join('\n'),
});

// ── 25. Payer portal prior-authorization requirement lookup ──
const paLookup = lines({
  id: 's190-palookup',
  kind: 's190-payer-portal-prior-auth-code-lookup-text',
  before: 'Does this code need prior authorization? — Enter CPT/HCPCS: 64714',
  text: [
    '{64714}  Neuroplasty, lumbar plexus — Prior authorization REQUIRED (outpatient facility) — Vendor: eviCore',
    '{64712}  Neuroplasty, sciatic nerve — Prior authorization REQUIRED when POS 22 or 24',
    '{64445}  Injection, sciatic nerve, single — Not required',
    '{64612}  Chemodenervation, facial nerve — Not required; drug J0585 subject to medical benefit drug policy',
    '{64632}  Destruction by neurolytic agent, plantar common digital nerve — Not required (limit 4 per foot per year)',
    '{64455}  Injection, plantar common digital nerve(s) — Not required',
    'List effective 01/01/2026, policy 11.01.[50558]; last updated 02/27/2026. Results for plan group [20266] only.',
  ].join('\n'),
});

// ── 26. Medicare MAC portal claim status (Noridian Medicare Portal-style) ──
const macPortal = table({
  id: 's190-macportal',
  kind: 's190-mac-portal-claim-status-grid',
  caption: 'Noridian Medicare Portal — Claim Status — Line detail',
  headers: ['Line', 'From', 'Proc', 'Mod', 'Billed', 'Allowed', 'Paid', 'Status', 'CARC/RARC'],
  rows: [
    ['1', '03/04/2026', '{64612}', 'LT', '412.00', '397.78', '318.22', 'Paid', '45'],
    ['—', '02/17/2026', '{64640}', 'LT', '300.00', '0.00', '0.00', 'Rejected', 'CO-16 / MA130'],
    ['—', '01/22/2026', '{64632}', 'LT', '520.00', '118.20', '94.18', 'Adjusted (recoup)', 'FCN [70412]'],
  ],
});

// ── 27. Clearinghouse support chat transcript ──
const chat = lines({
  id: 's190-chat',
  kind: 's190-clearinghouse-support-chat-transcript-text',
  before: 'ClaimHarbor Support Chat — Session [64714] — 03/12/2026',
  text: [
    'Kayla (Support): Hi Dr. Halvorsen, thanks for waiting. I have ticket [64712] open here — Molina ERA, right?',
    'Dr. Halvorsen: Yes. Also my upload [64445] rejected {64714} for units. The screen said 1.0?',
    'Kayla (Support): Our front end rejects decimals in SV104. Enter 1. The {64712} line was fine.',
    'Dr. Halvorsen: And Molina payer ID is [38336]? My ERAs are going to my old clearinghouse.',
    'Kayla (Support): Correct, [38336]. ERA enrollment form sent; tracking # [30343]. Allow 10–15 business days.',
    'Dr. Halvorsen: One more — the 999 rejected {64640} with "LT:RT". Can I send both sides on one line?',
    'Kayla (Support): Medicare wants two lines, one LT and one RT, or modifier 50 per their policy. Anything else?',
  ].join('\n'),
});

// ── 28. Support ticket email notification ──
const ticketEmail = lines({
  id: 's190-ticket',
  kind: 's190-support-ticket-email-notification-text',
  before:
    'From: support@claimharbor.example  Subject: [Ticket #64712] Update: ERA enrollment — Molina Healthcare of WA',
  text: [
    'Ticket #[64712] — Status: Waiting on payer',
    'Dear Ingrid Halvorsen, the ERA enrollment for TIN ending 7513 / payer [38336] was submitted on 03/12/2026.',
    'Payer reference [20563]. Mailing address on the form: 801 W Riverside Ave Ste 410, Spokane, WA [99201].',
    'Your claims (e.g. {64445} DOS 02/19/2026) will keep routing through us; only the 835 changes.',
    'Reply above this line. ClaimHarbor, PO Box [64632], Dept 2210, Clearwater, FL [33766].',
  ].join('\n'),
});

// ── 29. Payer list search results ──
const payerList = table({
  id: 's190-payerlist',
  kind: 's190-clearinghouse-payer-list-search-grid',
  caption: 'Payer list — search "wa"',
  headers: ['Payer name', 'Payer ID', 'Claims', 'ERA', 'Enrollment', 'Secondary', 'Notes'],
  rows: [
    ['Medicare Part B WA (Noridian JF)', '[02202]', 'Free', 'Yes', 'Required', 'Yes', 'Crossover'],
    ['Premera Blue Cross', '[00430]', 'Free', 'Yes', 'Required', 'Yes', ''],
    ['Regence BlueShield of WA', '[00932]', 'Free', 'Yes', 'Required', 'Yes', ''],
    ['Molina Healthcare of WA', '[38336]', 'Free', 'Yes', 'Required', 'No', 'Medicaid MCO'],
    [
      'WA Dept of Labor & Industries',
      'LNI01',
      'Paper only',
      'No',
      '—',
      'No',
      'Mail: PO Box [44291], Olympia, WA [98504]',
    ],
  ],
});

// ── 30. ERA enrollment status page ──
const enrollment = table({
  id: 's190-enroll',
  kind: 's190-era-enrollment-status-grid',
  caption: 'My enrollments',
  headers: ['Payer', 'Payer ID', 'Type', 'Submitted', 'Status', 'Reference'],
  rows: [
    ['Medicare WA', '[02202]', 'ERA', '11/04/2025', 'Approved', '[17552]'],
    ['Premera', '[00430]', 'ERA', '11/04/2025', 'Approved', 'ENR-[64714]'],
    ['Molina WA', '[38336]', 'ERA', '03/12/2026', 'Pending', '[20563]'],
  ],
});

// ── 31. Patient statement generated by the PM portal (PDF text layer) ──
const statement = lines({
  id: 's190-stmt',
  kind: 's190-patient-statement-pdf-text',
  before: 'STATEMENT — Halvorsen Nerve & Pain, PLLC — Statement date 04/01/2026',
  text: [
    'Remit to: Halvorsen Nerve & Pain, PLLC, PO Box [64445], Spokane, WA [99220]',
    'BRUNNER, WALTER J   Account HB[10447]   2214 E Ermina Ave, Spokane, WA [99207]',
    '03/03/26  {64712}  Neuroplasty, sciatic nerve   1850.00   Ins paid 1030.72   Adj 561.60   You owe 257.68',
    '03/03/26  {64714}  Neuroplasty, lumbar plexus   1790.00   Ins paid 332.32    Adj 1374.60   You owe 83.08',
    'Amount due: 340.76   Pay online: pay.claimharbor.example/p/[31044] (practice code)',
  ].join('\n'),
});

// ── 32. Patient ledger screen ──
const ledger = table({
  id: 's190-ledger',
  kind: 's190-patient-ledger-transactions-grid',
  caption: 'Patient ledger — OKAFOR, DANA — Acct HB10512',
  headers: ['Date', 'Type', 'Code', 'Description', 'Charge', 'Payment', 'Adj', 'Balance'],
  rows: [
    ['09/08/2025', 'Charge', '{64612}', 'Chemodenervation facial n., RT', '412.00', '', '', '412.00'],
    ['09/08/2025', 'Charge', 'J0585', 'OnabotulinumtoxinA 100 u', '690.00', '', '', '1102.00'],
    ['10/02/2025', 'Ins pmt', '{64612}', 'Medicare ERA EFT [80340]', '', '318.22', '14.22', '769.56'],
    ['03/04/2026', 'Charge', '{64612}', 'Chemodenervation facial n., LT', '412.00', '', '', '1181.56'],
  ],
});

// ── 33. Reports: charges and collections by CPT ──
const cptReport = table({
  id: 's190-cptreport',
  kind: 's190-charges-collections-by-cpt-report-grid',
  caption: 'Report: Procedure analysis 01/01/2026–03/31/2026 (provider: Halvorsen)',
  headers: ['CPT', 'Count', 'Charges', 'Payments', 'Adjustments', 'Avg paid'],
  rows: [
    ['{64445}', '14', '7560.00', '3107.42', '3941.14', '221.96'],
    ['{64455}', '9', '1512.00', '402.06', '976.40', '44.67'],
    ['{64612}', '6', '2472.00', '1789.10', '226.02', '298.18'],
    ['{64632}', '8', '4160.00', '1066.34', '2790.50', '133.29'],
    ['{64712}', '4', '7400.00', '4611.02', '2184.60', '1152.76'],
    ['{64714}', '2', '3580.00', '664.64', '2749.20', '332.32'],
    ['{64640}', '3', '900.00', '0.00', '0.00', '0.00'],
    ['{64450}', '5', '1500.00', '421.55', '991.20', '84.31'],
    ['{99214}', '41', '[10250].00', '4388.81', '4960.12', '107.04'],
    ['Total', '84', '[36934].00', '[16029].39', '[17828].98', '—'],
  ],
});

// ── 34. Home dashboard tiles ──
const dashboard = lines({
  id: 's190-dash',
  kind: 's190-practice-portal-home-dashboard-tiles-text',
  before: 'Welcome back, Ingrid — Halvorsen Nerve & Pain (Account [64632])',
  text: [
    'Claims needing attention: 3   Unread ERAs: 2   Unread 277CA: 1   Open tickets: 1 (#[64712])',
    'A/R 0–30: 4,812.20   31–60: 1,190.00   61–90: 300.00   90+: 688.00',
    'Top denied code this month: {64640} (999 I12)   Top paid code: {64712}',
    'Account [64632] · Plan: Free claims + ERA · Last login 03/27/2026 from Spokane, WA [99201]',
  ].join('\n'),
});

// ── 35. Clearinghouse monthly invoice (PDF text layer) ──
const invoice = lines({
  id: 's190-invoice',
  kind: 's190-clearinghouse-monthly-invoice-pdf-text',
  before: 'ClaimHarbor, Inc. — INVOICE',
  text: [
    'Invoice no. [70845]   Invoice date 04/01/2026   Customer account [64632]   Terms: auto-pay card ending 4417',
    'Bill to: Halvorsen Nerve & Pain, PLLC, 801 W Riverside Ave Ste 410, Spokane, WA [99201]',
    'Professional claims to free payers (31) ..... 0.00   Paper claims printed & mailed (L&I, 2) ..... 7.00',
    'Eligibility requests (12) ..... 0.00   Patient statements (9 × 0.59) ..... 5.31   Total due: 12.31',
    'Remit to: ClaimHarbor, Inc., PO Box [64632], Dept 2210, Clearwater, FL [33766]   Tax ID 59-3319840',
  ].join('\n'),
});

// ── 36. Her superbill / encounter form (PDF she prints) ──
const superbill = lines({
  id: 's190-superbill',
  kind: 's190-encounter-form-superbill-pdf-text',
  before: 'HALVORSEN NERVE & PAIN, PLLC — ENCOUNTER FORM — Spokane, WA 99201',
  text: [
    'OFFICE VISITS  ☐ {99203}  ☐ {99204}  ☐ {99213}  ☐ {99214}  ☐ 25 modifier',
    'NERVE BLOCKS  ☐ {64445} sciatic  ☐ {64447} femoral  ☐ {64450} other peripheral  ☐ {64455} plantar digital',
    'NEUROLYSIS / DESTRUCTION  ☐ {64632} plantar digital  ☐ {64640} other peripheral',
    'CHEMODENERVATION  ☐ {64612} facial, unilat (add J0585 units ___ , JW wastage ___)',
    'SURGERY (ASC)  ☐ {64712} sciatic  ☐ {64713} brachial plexus  ☐ {64714} lumbar plexus',
    'EMG/NCS  ☐ {95886}  ☐ {95910}  ☐ {95911}   Side: ☐ LT ☐ RT ☐ 50   Form rev. [20138]',
  ].join('\n'),
});

// ── 37. Corrected claim (frequency 7) entry, text layer ──
const corrected = lines({
  id: 's190-corrected',
  kind: 's190-corrected-claim-replacement-entry-text',
  before: 'Corrected claim — resubmission of Regence claim (Box 22)',
  text: [
    '22. Resubmission code: 7 (Replacement)   Original ref. no.: RG[26064]-773   Acct HB[10513]',
    '21. Diagnosis A: M79.671 (pain in right foot) → corrected to M79.672 (left foot); B: G57.62',
    '24 line 1: 03/04/2026  POS 11  {64632}  LT  A  520.00  1',
    '24 line 2: 03/04/2026  POS 11  {64455}  LT  A  168.00  1  — NCCI: {64455} bundles into {64632} same nerve? Leave, payer decides',
    'Claim note (NTE): CORRECTED DX LATERALITY; PRIOR 277CA A7:454 BATCH [20138]',
  ].join('\n'),
});

// ── 38. Appeal letter she wrote for the underpaid Premera claim ──
const appeal = lines({
  id: 's190-appeal',
  kind: 's190-underpayment-appeal-letter-text',
  before: 'April 2, 2026 — Premera Blue Cross, Provider Appeals, PO Box 91102, Seattle, WA 98111',
  text: [
    'Re: BRUNNER, WALTER   ID PBC882140611   Claim 26E0711893   DOS 03/03/2026   EFT PBC[50113]',
    'Dear Appeals Reviewer: line 1, CPT {64712}-RT (neuroplasty, sciatic nerve), was allowed at the contract rate.',
    'Line 2, {64714}-51 (neuroplasty, lumbar plexus), was allowed at 415.40. Exhibit B, section 4 pays a second',
    'procedure at 50% of the contract rate (1661.62 × 50% = 830.81); the claim took 50% of that again. Please',
    'reprocess line 2 ({64714}) at 830.81 and pay the difference less coinsurance.',
    'Sincerely, Ingrid Halvorsen, MD   NPI 1487650231   Suite 410, Spokane, WA [99201]   Encl.: ERA, op note',
  ].join('\n'),
});

// ── 39. Clearinghouse help-center article on front-end rejections ──
const kbArticle = lines({
  id: 's190-kb',
  kind: 's190-clearinghouse-help-article-text',
  before: 'Help Center › Claims › Why was my claim rejected at upload? (Article [20411])',
  text: [
    'Units (24G / SV104): whole numbers only. "1.0" is rejected. Example: {64712} × 1 is entered as 1.',
    'Bilateral services: most payers want modifier 50 on one line (e.g. {64612}-50) or LT and RT on two lines;',
    'never "LT:RT" on a single line — the payer 999 returns I12 for SV101, as seen with {64640}.',
    'Imaging guidance: {76942} with {64445}–{64448} is bundled since 2020 and will deny CO-97.',
    'Still stuck? Open a ticket or chat, Mon–Fri 6–5 PT. Mail: ClaimHarbor, PO Box [64632], Clearwater, FL [33766].',
  ].join('\n'),
});

// ── 40. Help-center search results ──
const helpSearch = lines({
  id: 's190-helpsearch',
  kind: 's190-help-center-search-results-text',
  before: 'Search results for "64445 rejected" (4)',
  text: [
    'Why was my claim rejected at upload? — …blocks such as {64445} with {76942}… — Article [20411]',
    'Reading your 277CA: A3 vs A7 — …line-level rejection of {64632}-LT for laterality… — Article [20412]',
    'Batch [64445]: user upload report (private to your account) — 03/05/2026',
    'ERA enrollment by payer: Molina WA ([38336]) — Article [30726]',
  ].join('\n'),
});

// ── 41. ERA viewer CSV download, previewed ──
const eraCsv = lines({
  id: 's190-eracsv',
  kind: 's190-era-csv-download-preview-text',
  before: 'era_export_2026-03.csv',
  text: [
    'payer_id,check_no,check_date,acct,proc,mod,billed,allowed,paid,carc',
    '[02202],0031457812,20260319,HB[10512],{64612},LT,412.00,397.78,318.22,CO45',
    '[60054],[64612],20260323,HB[10519],{64445},RT,540.00,402.10,402.10,CO45',
    '[60054],[64612],20260323,HB[10519],{76942},,0.00,0.00,0.00,CO97',
    '[00430],PBC[50113],20260326,HB[10447],{64712},RT,1850.00,1288.40,1030.72,CO45',
    '[00430],PBC[50113],20260326,HB[10447],{64714},RT|51,1790.00,415.40,332.32,CO45',
    '[87726],ACH[90242],20260326,HB[10520],{99204},,310.00,214.25,171.40,PR3',
  ].join('\n'),
});

// ── 42. Secondary (Medicare → Medigap crossover) claim screen, text layer ──
const secondary = lines({
  id: 's190-secondary',
  kind: 's190-secondary-claim-cob-entry-text',
  before: 'Create secondary claim from ERA — OKAFOR, DANA — primary Medicare WA',
  text: [
    'Secondary payer: AARP Medicare Supplement (UHC)   Payer ID [36273]   Crossover: not automatic for this plan',
    '11d. Other insured policy: AMS[40133]    Claim filing indicator: CI',
    'Line 1  {64612}-LT  Billed 412.00  Primary allowed 397.78  Primary paid 318.22  Pt resp 79.56 (PR-2)',
    'Attach primary ERA? Yes — EFT 0031457812, ICN 26065001234501',
  ].join('\n'),
});

// ── 43. Code-pair edit checker (clearinghouse "Code Check" tool, results grid) ──
const codeCheck = table({
  id: 's190-codecheck',
  kind: 's190-code-pair-edit-checker-results-grid',
  caption: 'Code Check — NCCI PTP edits for the codes you entered (practitioner, 2026 Q1)',
  headers: ['Column 1', 'Column 2', 'Modifier allowed', 'Effective', 'Result'],
  rows: [
    ['{64712}', '{64714}', '1 (59/XS)', '20060101', 'Edit exists — bypass only with documentation'],
    ['{64445}', '{76942}', '0', '20200101', 'Column 2 never paid with column 1'],
    ['{64632}', '{64455}', '1 (59/XS/LT/RT)', '20090101', 'Edit exists'],
    ['{64612}', '{95874}', '1', '20140101', 'Edit exists'],
    ['{64714}', '{99214}', '1 (25/57)', '19960101', 'Global surgery — E/M same day needs 57'],
    ['{64640}', '{64450}', '1', '20110101', 'Edit exists'],
  ],
});

// ── 44. Procedure code library (her saved favourites under claim entry) ──
const library = table({
  id: 's190-library',
  kind: 's190-claim-entry-procedure-code-library-grid',
  caption: 'Procedure code library (used to fill charges and default modifiers)',
  headers: ['Code', 'Default mod', 'Description', 'Charge', 'Default Dx', 'Active'],
  rows: [
    ['{64445}', 'RT', 'SCIATIC NERVE BLOCK SINGLE', '540.00', 'G57.01', 'Y'],
    ['{64612}', 'LT', 'CHEMODENERV FACIAL UNILAT', '412.00', 'G51.31', 'Y'],
    ['{64632}', 'LT', 'DESTR PLANTAR DIGITAL NERVE', '520.00', 'G57.62', 'Y'],
    ['{64712}', 'RT', 'NEUROPLASTY SCIATIC', '1850.00', 'G57.01', 'Y'],
    ['{64714}', '', 'NEUROPLASTY LUMBAR PLEXUS', '1790.00', 'G54.1', 'Y'],
    ['{64713}', '', 'NEUROPLASTY BRACHIAL PLEXUS', '1790.00', 'G54.0', 'N'],
  ],
});

export const sealed190: readonly Snippet[] = [
  ...entryHeader,
  ...entryLines,
  ...validation,
  ...lookup,
  ...savedClaims,
  ...uploadReport,
  ...uploadGrid,
  ...x837,
  ...ack999raw,
  ...ack999,
  ...ack277,
  ...ack277grid,
  ...worklist,
  ...eraList,
  ...eraDetail,
  ...x835,
  ...plb,
  ...spr,
  ...notebook,
  ...sheet,
  ...sheetCsv,
  ...feeSheet,
  ...portalStatus,
  ...elig,
  ...paLookup,
  ...macPortal,
  ...chat,
  ...ticketEmail,
  ...payerList,
  ...enrollment,
  ...statement,
  ...ledger,
  ...cptReport,
  ...dashboard,
  ...invoice,
  ...superbill,
  ...corrected,
  ...appeal,
  ...kbArticle,
  ...helpSearch,
  ...eraCsv,
  ...secondary,
  ...codeCheck,
  ...library,
];
