import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 129 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s129-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (neighbouring nerve codes, anesthesia codes 01180–01999, code-range ends) are labelled as codes too. About a third
 * of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs, fee-schedule row numbers,
 * banner, tracking, ticket, notice, remit line-control and report ids, unit counts and PO boxes. The five known
 * codes' digits come back as decoys: PO boxes of the fiscal agent's claims, adjustments and EDI units, of the PA
 * vendor and of the Medicaid policy office, a fee schedule document id, a manual publication number, a printed form
 * number and a managed care plan's policy number.
 *
 * Family: a fictional state Medicaid agency's (North Prairie DHS) published fee schedules and provider
 * communications around peripheral nerve procedures: the physician fee schedule as a web table, a CSV download, an
 * XLSX viewer grid, an open-data JSON API, an XML feed and a printed PDF text layer; the fee schedule search form,
 * results grid and code detail page; a rate-change provider bulletin and its rate table; a new prior-authorization
 * bulletin and code list; remittance advice banner, claim detail and summary pages and the 835; the provider manual's
 * surgery and anesthesia chapter (nerve procedures, base units, a billing example); the state plan amendment page and
 * CMS-179 transmittal, its public notice, a comment letter, a web comment confirmation, the comment docket and the
 * response table, a fiscal impact table and an RVU rate worksheet; the fee schedule change log and zip readme; the
 * fiscal agent's provider notice and contact directory; a county office directory; the fee schedule landing page and
 * archive; a listserv e-mail, an FAQ, a training calendar, a managed-care PA comparison grid, a PA portal entry
 * screen and decision notice, a claim status inquiry screen and a FHIR CRD coverage-information card.
 * Built on real public layouts: state Medicaid physician fee schedule downloads and lookups (procedure code,
 * modifier, description, non-facility and facility maximum fee, PA indicator, effective and end dates, as the Indiana
 * IHCP, Washington HCA and North Carolina Medicaid schedules publish them), Indiana-style provider bulletins (BT
 * numbers) and paper RA banner pages, the CMS-179 state plan transmittal items and Attachment 4.19-B, SPA public
 * notices and comment-response tables, Socrata open-data JSON rows, an X12 835 (N1/N3/N4, CLP, SVC, CAS, REF*6R,
 * REF*G1) and the Da Vinci CRD coverage-information extension. Names, addresses, ZIPs, phone numbers and ids are
 * invented; the others are written the way those pages read, with no single source.
 *
 * 389 labelled tokens over 40 shapes: 225 codes, 164 decoys, 60 of the decoys in KNOWN_10K. 152 code tokens are the
 * five known codes; their digits come back 20 times as decoys.
 */

// ── 1. Fee schedule web table, nervous system section ──
const feeWeb = table({
  id: 's129-feeweb',
  kind: 's129-physician-fee-schedule-web-table',
  caption:
    'North Prairie Medicaid Physician Fee Schedule — Section 60, Nervous System (64400–64999) — rates as of 07/01/2026',
  headers: ['Procedure Code', 'Modifier', 'Description', 'Effective Date', 'Max Fee', 'PA Required', 'Fac/Non-Fac'],
  rows: [
    ['{64445}', '', 'N block inj sciatic sng', '07/01/2026', '$64.18', 'Y', 'NF'],
    ['{64445}', '', 'N block inj sciatic sng', '07/01/2026', '$41.37', 'Y', 'F'],
    ['{64446}', '', 'N blk inj sciatic cont inf', '07/01/2026', '$72.90', 'Y', 'F'],
    ['{64455}', '', 'N block inj plantar digit', '07/01/2026', '$38.44', 'N', 'NF'],
    ['{64612}', '', 'Destroy nerve face muscle', '07/01/2026', '$118.25', 'N', 'NF'],
    ['{64612}', '50', 'Destroy nerve face muscle', '07/01/2026', '$177.38', 'N', 'NF'],
    ['{64632}', '', 'N block inj common digit', '07/01/2026', '$96.02', 'Y', 'NF'],
    ['{64712}', '', 'Revision of sciatic nerve', '07/01/2026', '$512.67', 'Y', 'F'],
    ['{64713}', '', 'Revision of arm nerve(s)', '07/01/2026', '$498.10', 'N', 'F'],
    ['{64714}', '', 'Revise low back nerve(s)', '07/01/2026', '$455.93', 'Y', 'F'],
  ],
});

// ── 2. The same schedule as the CSV download, one line per record ──
const feeCsv = lines({
  id: 's129-feecsv',
  kind: 's129-fee-schedule-csv-export-lines',
  before: 'NP_PHYS_FS_20260701.csv',
  text: [
    'REC_NO,PROC_CODE,MOD1,MOD2,EFF_DT,END_DT,NF_MAX_FEE,F_MAX_FEE,PA_IND,NOTE',
    '[10358],{64445},,,07/01/2026,12/31/9999,64.18,41.37,Y,',
    '[10359],{64446},,,07/01/2026,12/31/9999,,72.90,Y,FACILITY ONLY',
    '[10360],{64447},,,07/01/2026,12/31/9999,58.20,37.11,N,',
    '[10361],{64455},,,07/01/2026,12/31/9999,38.44,22.06,N,',
    '[10374],{64612},,,07/01/2026,12/31/9999,118.25,96.40,N,',
    '[10375],{64612},50,,07/01/2026,12/31/9999,177.38,144.60,N,BILATERAL 150%',
    '[10381],{64632},,,07/01/2026,12/31/9999,96.02,51.88,Y,1 UNIT PER NERVE',
    '[10394],{64712},,,07/01/2026,12/31/9999,,512.67,Y,',
    '[10395],{64713},,,07/01/2026,12/31/9999,,498.10,N,',
    '[10396],{64714},,,07/01/2026,12/31/9999,,455.93,Y,',
    '[10397],{64999},,,07/01/2026,12/31/9999,BR,BR,Y,MANUALLY PRICED',
  ].join('\n'),
});

// ── 3. XLSX export opened in the browser viewer: merged title row leaves the first columns unheaded ──
const feeXlsx = table({
  id: 's129-feexlsx',
  kind: 's129-fee-schedule-xlsx-viewer-grid',
  caption: 'Physician_FS_SFY27.xlsx — sheet "Surgery 6xxxx" — Print area A1:H2214',
  headers: ['', '', 'M1', 'Short Desc', 'Non-Fac', 'Fac', 'PA?', 'Begin DOS'],
  rows: [
    ['1412', '{64702}', '', 'Revise finger/toe nerve', '$301.12', '$301.12', 'N', '20260701'],
    ['1413', '{64704}', '', 'Revise hand/foot nerve', '$288.40', '$288.40', 'N', '20260701'],
    ['1414', '{64708}', '', 'Revise arm/leg nerve', '$402.55', '$402.55', 'N', '20260701'],
    ['1415', '{64712}', '', 'Revision of sciatic nerve', 'NA', '$512.67', 'Y', '20260701'],
    ['1416', '{64713}', '', 'Revision of arm nerve(s)', 'NA', '$498.10', 'N', '20260701'],
    ['1417', '{64714}', '', 'Revise low back nerve(s)', 'NA', '$455.93', 'Y', '20260701'],
    ['1418', '{64714}', '80', 'Revise low back nerve(s)', 'NA', '$72.95', 'Y', '20260701'],
    ['1419', '{64718}', '', 'Revise ulnar nerve at elbow', '$389.02', '$389.02', 'N', '20260701'],
  ],
});

// ── 4. Fee schedule search page, the form as filled in ──
const search = lines({
  id: 's129-search',
  kind: 's129-fee-schedule-search-form-text',
  before: 'NP Medicaid Provider Portal › Fee Schedules › Search',
  text: [
    'Fee schedule: Physician / Practitioner    Provider type: 20 – Physician (MD/DO)',
    'Procedure code: {64632}    Modifier: (any)    Date of service: 07/15/2026',
    'Or search a range: from {64600} to {64681}    Include end-dated codes: No',
    'Rates shown are the maximum allowable; the lower of billed charges or the rate is paid.',
    'Trouble with the search? Portal help desk 1-800-555-0117, or write Prairie Fiscal Services, PO Box [64712], Lindell, NP [50306].',
  ].join('\n'),
});

// ── 5. Search results grid ──
const results = table({
  id: 's129-results',
  kind: 's129-fee-schedule-search-results-grid',
  caption: '6 results for 64600–64681, date of service 07/15/2026',
  headers: ['Code', 'Description', 'Modifier', 'Rate', 'Rate Type', 'Effective', 'End', 'Notes'],
  rows: [
    [
      '{64612}',
      'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
      '',
      '$118.25',
      'NF',
      '07/01/2026',
      '',
      'Drug billed separately',
    ],
    [
      '{64612}',
      'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
      '',
      '$96.40',
      'FAC',
      '07/01/2026',
      '',
      '',
    ],
    ['{64615}', 'Chemodenervation for chronic migraine', '', '$101.30', 'NF', '07/01/2026', '', 'PA required'],
    [
      '{64616}',
      'Chemodenervation, neck muscle(s), excl. larynx',
      '',
      '$97.85',
      'NF',
      '07/01/2026',
      '',
      'Use {95874} for EMG guidance',
    ],
    [
      '{64632}',
      'Destruction by neurolytic agent; plantar common digital nerve',
      '',
      '$96.02',
      'NF',
      '07/01/2026',
      '',
      'PA required; replaces rate on file [20413]',
    ],
    [
      '{64640}',
      'Destruction by neurolytic agent; other peripheral nerve or branch',
      '',
      '$131.16',
      'NF',
      '07/01/2026',
      '',
      '',
    ],
  ],
});

// ── 6. Result detail page, label/value pairs ──
const detail = lines({
  id: 's129-detail',
  kind: 's129-fee-schedule-code-detail-text',
  before: 'Procedure detail',
  text: [
    'Procedure Code: {64632}',
    'Description: Destruction by neurolytic agent; plantar common digital nerve',
    'Fee Schedule ID: [50327]    Program: Title XIX Medicaid    Benefit plan: Full Coverage',
    'Non-Facility Max Fee: $96.02    Facility Max Fee: $51.88    Global days: 010',
    'Prior Authorization: Required on or after 07/01/2026 (see bulletin BT202614)',
    'Related codes: {64455}, {64640}; do not report with {28080} on the same interspace',
    'Last change: 07/01/2026 rate update, change log entry [20413]',
  ].join('\n'),
});

// ── 7. Provider bulletin on the rate change, text layer ──
const bulletin = lines({
  id: 's129-bulletin',
  kind: 's129-provider-bulletin-rate-change-text',
  before: 'NORTH PRAIRIE HEALTH COVERAGE PROGRAMS — PROVIDER BULLETIN',
  text: [
    'BT202614    June 2, 2026    To all physicians, podiatrists, anesthesia providers and ambulatory surgical centers',
    'Rates change July 1 for select nerve procedure codes',
    'Effective for dates of service on or after July 1, 2026, the North Prairie Department of Human Services (DHS) updates',
    'the maximum fees for the codes in Table 1. The increase for {64712} and {64714} moves these neuroplasty codes to 72%',
    'of the 2026 Medicare rate for the state locality. The non-facility rate for {64632} falls to 68% of Medicare, the method already used for {64455}.',
    'Chemodenervation of the facial nerve, {64612}, is paid at 150% when billed with modifier 50, no longer as two lines.',
    'Claims for dates of service before July 1 will pay at the prior rate; DHS will not mass adjust claims already paid.',
    'Questions about this bulletin: Provider Relations, PO Box [50124], Lindell, NP [50308]-0124, or 1-800-555-0117.',
  ].join('\n'),
});

// ── 8. Bulletin Table 1 ──
const bulletinTable = table({
  id: 's129-bt1',
  kind: 's129-bulletin-rate-change-table',
  caption: 'Table 1 – Maximum fee changes effective 7/1/2026',
  headers: ['Procedure code', 'Description', 'Rate prior to 7/1/2026', 'Rate effective 7/1/2026', 'Change'],
  rows: [
    ['{64712}', 'Neuroplasty; sciatic nerve', '$455.20', '$512.67', '+12.6%'],
    ['{64714}', 'Neuroplasty; lumbar plexus', '$401.18', '$455.93', '+13.6%'],
    [
      '{64632} (non-facility)',
      'Destruction by neurolytic agent; plantar common digital nerve',
      '$118.70',
      '$96.02',
      '−19.1%',
    ],
    ['{64612}-50', 'Chemodenervation, facial nerve, bilateral', '2 × $112.40', '$177.38', 'method'],
    ['{64445}', 'Injection, anesthetic agent; sciatic nerve, single', '$61.05', '$64.18', '+5.1%'],
  ],
});

// ── 9. Remittance advice banner page ──
const raBanner = lines({
  id: 's129-rabanner',
  kind: 's129-remittance-advice-banner-message-text',
  before: 'NORTH PRAIRIE MEDICAID REMITTANCE ADVICE',
  text: [
    'RA NO. 0006184220   RA DATE 06/09/2026   PAYEE ID 0041287   PAGE 1 OF 14',
    '******************************  BANNER MESSAGE  ******************************',
    'ATTENTION PHYSICIANS, PODIATRISTS AND ASC PROVIDERS: EFFECTIVE 07/01/2026 PRIOR',
    'AUTHORIZATION IS REQUIRED FOR CPT {64445} {64632} {64712} AND {64714}. CLAIMS',
    'WITHOUT AN APPROVED PA WILL DENY WITH EOB 4012. RATES FOR {64612} AND {64632} ALSO',
    'CHANGE 07/01/2026; SEE BULLETIN BT202614. SEND PA REQUESTS TO KEYSTONE UM PARTNERS,',
    'PO BOX [64445], LINDELL NP [50313], FAX 1-866-555-0190. BANNER ID [40393].',
  ].join('\n'),
});

// ── 10. Paper remittance advice, claim detail ──
const raDetail = lines({
  id: 's129-radetail',
  kind: 's129-paper-remittance-claim-detail-text',
  before: 'PAID CLAIMS — PHYSICIAN',
  text: [
    'ICN 2226159004120   RECIP ID 440187322501   NAME DOE, JANE   PAT ACCT [40295]',
    'LN DOS-FROM DOS-TO   PROC  MOD UNITS  BILLED  ALLOWED  PAID   EOB',
    '01 06/03/26 06/03/26 {64632} RT   1   250.00   96.02   96.02  0000',
    '02 06/03/26 06/03/26 {64632} LT   1   250.00   48.01   48.01  0112',
    '03 06/03/26 06/03/26 {64455} 59   1    95.00    0.00    0.00  4407',
    'ICN 2226159004121   RECIP ID 440276110902   NAME ROE, RICHARD   PAT ACCT [40296]',
    '01 06/04/26 06/04/26 {64445}      1   310.00   41.37   41.37  0000',
    'EOB 4407 PROCEDURE INCIDENTAL TO ANOTHER PROCEDURE ON SAME DATE. EOB 0112 MULTIPLE PROCEDURE REDUCTION.',
    'TOTAL THIS PAYEE  CLAIMS 2  BILLED 905.00  PAID 185.40  RA SEQ [22841]',
    'PAYEE ADDRESS: 2210 UNIVERSITY AVE STE 400, LINDELL NP [50323]',
  ].join('\n'),
});

// ── 11. New PA requirement bulletin prose ──
const paBulletin = lines({
  id: 's129-pabull',
  kind: 's129-prior-authorization-requirement-bulletin-text',
  before: 'BT202615 — New prior authorization requirements for peripheral nerve procedures',
  text: [
    'Beginning with dates of service on and after July 1, 2026, Keystone UM Partners will review requests for the',
    'peripheral nerve procedures listed below. Neuroplasty of the sciatic nerve (CPT {64712}) and of the lumbar plexus',
    '({64714}) requires PA for all places of service. Neurolytic destruction of a plantar common digital nerve, {64632},',
    'requires PA after the third injection per foot in a rolling 12 months; the first three still need documented',
    'failure of two diagnostic blocks ({64455}). A single-injection sciatic nerve block ({64445}) needs PA only when it is',
    'not billed with a surgical code on the same date. PA is not required for {64612}; it stays on the fee schedule',
    'with a frequency limit. Requests submitted before June 15 will be accepted for the July 1 start. Keystone intake:',
    'PO Box [64445], Lindell, NP [50313]; portal tickets are answered within 2 business days (reference KUM-[30343]).',
  ].join('\n'),
});

// ── 12. PA code list table ──
const paList = table({
  id: 's129-palist',
  kind: 's129-pa-required-code-list-table',
  caption: 'Attachment A — Procedure codes requiring prior authorization, DOS on/after 07/01/2026',
  headers: ['CPT®', 'Description', 'PA effective', 'Review type', 'Criteria'],
  rows: [
    ['{64712}', 'Neuroplasty, major peripheral nerve; sciatic', '07/01/2026', 'Medical necessity', 'KUM-NP-[20476]'],
    ['{64713}', 'Neuroplasty; brachial plexus', '07/01/2026', 'Medical necessity', 'KUM-NP-[20476]'],
    ['{64714}', 'Neuroplasty; lumbar plexus', '07/01/2026', 'Medical necessity', 'KUM-NP-[20476]'],
    ['{64632}', 'Destruction, neurolytic; plantar common digital nerve', '07/01/2026', 'Frequency', 'KUM-NP-[20478]'],
    ['{64445}', 'Injection, sciatic nerve, single', '07/01/2026', 'Stand-alone only', 'KUM-NP-[20471]'],
    ['{64446}', 'Injection, sciatic nerve, continuous infusion', '07/01/2026', 'Stand-alone only', 'KUM-NP-[20471]'],
  ],
});

// ── 13. Provider manual, surgery chapter, PDF text layer ──
const manualSurgery = lines({
  id: 's129-mansurg',
  kind: 's129-provider-manual-surgery-chapter-text',
  before: 'North Prairie Medicaid Provider Manual — Chapter 8: Surgery and Anesthesia',
  text: [
    'Chapter 8 – Surgery and Anesthesia          Revised 07/01/2026          Transmittal [72215]          Page 8-31',
    '8.6 Nerve Procedures',
    '8.6.1 Neuroplasty. Neuroplasty (decompression or freeing of an intact nerve from scar tissue) is covered when',
    'conservative care of at least 12 weeks has failed. Report {64712} for the sciatic nerve and {64714} for the lumbar',
    'plexus; use {64708} for other major peripheral nerves of the arm or leg and {64704} for a nerve of the hand or foot.',
    'Internal neurolysis with the operating microscope is the add-on {64727} and is not separately paid when billed',
    'with {64712} by the same surgeon. Transposition is included.',
    '8.6.2 Neurolytic destruction. CPT {64632} is limited to four units per foot per rolling 12 months. Injections of',
    'anesthetic or steroid into the plantar common digital nerve are {64455} and must precede neurolysis.',
    '8.6.3 Chemodenervation. Facial nerve chemodenervation ({64612}) for blepharospasm or hemifacial spasm is covered;',
    'bill the drug on a separate line with its HCPCS code and NDC. EMG guidance ({95874}) is paid once per session.',
    '8.6.4 Nerve blocks. A sciatic block, single injection ({64445}) or continuous infusion ({64446}), given for',
    'postoperative pain by someone other than the surgeon is payable with modifier 59; by the surgeon it is bundled.',
    'North Prairie DHS, Division of Medical Assistance · 1305 Capitol Ave · Lindell, NP [50319] · Pub. DHS-[64714]-08',
  ].join('\n'),
});

// ── 14. Provider manual, anesthesia base units table ──
const anesUnits = table({
  id: 's129-anesunits',
  kind: 's129-manual-anesthesia-base-unit-table',
  caption: '8.9 Anesthesia for nerve procedures — base units; conversion factor $21.40 per unit, 15-minute time units',
  headers: ['ASA/CPT', 'Anesthesia description', 'Base units', 'Notes'],
  rows: [
    ['{01250}', 'Nerves, muscles, tendons, fascia, bursae of upper leg', '4', 'Open sciatic neuroplasty ({64712})'],
    ['{01320}', 'Nerves, muscles, tendons, fascia, bursae of knee and/or popliteal area', '4', ''],
    ['{01470}', 'Nerves, muscles, tendons, fascia of lower leg, ankle and foot; NOS', '3', 'Digital nerve procedures'],
    ['{01180}', 'Obturator neurectomy; extrapelvic', '3', ''],
    ['{01190}', 'Obturator neurectomy; intrapelvic', '4', 'Lumbar plexus work ({64714})'],
    [
      '{01991}',
      'Diagnostic or therapeutic nerve blocks; other than prone',
      '3',
      'Not with the block itself by same provider',
    ],
    ['{01992}', 'Diagnostic or therapeutic nerve blocks; prone', '5', ''],
  ],
});

// ── 15. Provider manual, anesthesia billing example ──
const anesExample = lines({
  id: 's129-anesex',
  kind: 's129-provider-manual-surgery-chapter-text',
  before: '8.9.3 Billing example',
  text: [
    'Example 8-4: An anesthesiologist provides general anesthesia for a sciatic neuroplasty and places a single-shot',
    'sciatic block for postoperative pain at the surgeon’s request. Line 1: {01250}-AA, 96 minutes (4 base + 6.4 time',
    'units). Line 2: {64445}-59, 1 unit, ICD-10-CM G57.02. The surgeon bills {64712} with no anesthesia modifier.',
    'A CRNA under medical direction bills {01250}-QX and the anesthesiologist {01250}-QK; each is paid 50%.',
    'Do not report {01991} for a block placed for postoperative pain while the patient is under general anesthesia.',
  ].join('\n'),
});

// ── 16. State plan amendment web page ──
const spaPage = lines({
  id: 's129-spa',
  kind: 's129-state-plan-amendment-page-text',
  before: 'Medicaid State Plan › Approved and Pending Amendments',
  text: [
    'SPA NP-26-0014 — Physician Services: Procedure-Specific Rate Adjustments',
    'Status: Submitted to CMS 06/26/2026 · Proposed effective date 07/01/2026 · Plan page Attachment 4.19-B, page 3a',
    'This amendment sets the maximum fee for neuroplasty codes {64712} and {64714} at 72% of the Medicare',
    'facility rate for the state, and reduces the rate for {64632}. The remaining codes keep the 68% method.',
    'Estimated federal budget impact: FFY 2026 −$25,640; FFY 2027 −$102,554. CMS tracking no. [30343].',
    'Documents: CMS-179 transmittal (PDF) · Attachment 4.19-B redline (PDF) · Public notice · Tribal consultation [12040]',
  ].join('\n'),
});

// ── 17. CMS-179 transmittal, form text layer ──
const cms179 = lines({
  id: 's129-cms179',
  kind: 's129-state-plan-amendment-page-text',
  before:
    'DEPARTMENT OF HEALTH AND HUMAN SERVICES — CENTERS FOR MEDICARE & MEDICAID SERVICES — FORM APPROVED OMB No. 0938-0193',
  text: [
    '1. TRANSMITTAL NUMBER  2 6 – 0 0 1 4      2. STATE  NP',
    '3. PROGRAM IDENTIFICATION: TITLE XIX OF THE SOCIAL SECURITY ACT',
    '4. PROPOSED EFFECTIVE DATE  July 1, 2026',
    '5. FEDERAL STATUTE/REGULATION CITATION  42 CFR 447.201–447.205',
    '6. FEDERAL BUDGET IMPACT  a. FFY 2026 $ (25,640)   b. FFY 2027 $ (102,554)',
    '9. SUBJECT OF AMENDMENT: Physician rate adjustment for CPT {64712}, {64714}, {64632}',
    '15. RETURN TO: Medicaid Director, North Prairie DHS, PO Box [64612], Lindell, NP [50305]',
  ].join('\n'),
});

// ── 18. Public notice of the proposed SPA ──
const publicNotice = lines({
  id: 's129-pubnotice',
  kind: 's129-spa-public-notice-text',
  before: 'PUBLIC NOTICE — North Prairie Department of Human Services',
  text: [
    'Notice of proposed change to Medicaid payment rates for physician services (Notice No. [20508])',
    'DHS intends to submit a State Plan Amendment to raise the maximum fee for CPT codes {64712} and {64714} and lower',
    'the non-facility maximum fee for {64632}, effective July 1, 2026. The estimated annual change in aggregate',
    'expenditures is a decrease of $160,241 all funds. Written comments are due by June 19, 2026 and may be sent to',
    'Medicaid Policy Office, Attn: SPA 26-0014, PO Box [64612], Lindell, NP [50305], or by e-mail to the SPA mailbox.',
    'Copies of the proposed pages are available at each county DHS office and at the state library, 400 Oak St., [50309].',
  ].join('\n'),
});

// ── 19. Public comment letter, podiatric association ──
const commentLetter = lines({
  id: 's129-comment',
  kind: 's129-public-comment-letter-text',
  before: 'NORTH PRAIRIE PODIATRIC MEDICAL ASSOCIATION · 725 Mulberry St, Suite 210 · Harlan Falls, NP 50701',
  text: [
    'June 16, 2026',
    'Medicaid Policy Office, Attn: SPA 26-0014, PO Box [64612], Lindell, NP [50305]',
    'Re: Comment on proposed rate for CPT {64632} and prior authorization for plantar digital nerve procedures',
    'On behalf of our 212 members, we ask the Department to withdraw the proposed 19% cut to the non-facility rate for',
    '{64632}. Neurolysis of a Morton’s neuroma is the conservative alternative to excision ({28080}); a lower rate will',
    'push patients toward surgery, which the Department pays at several times the cost. We also note that diagnostic',
    'injections under {64455} were already limited to three per foot in 2024, so the new PA adds burden without',
    'changing practice. We support the increase for {64712} and {64714}.',
    'Sincerely, the Board of Trustees.  Member services: (515) 555-0148 · PO Box [41877], Harlan Falls, NP [50702]',
  ].join('\n'),
});

// ── 20. Online comment form confirmation (anesthesia society) ──
const commentForm = lines({
  id: 's129-commentform',
  kind: 's129-public-comment-web-form-confirmation',
  before: 'Submit a public comment — SPA 26-0014',
  text: [
    'Thank you. Your comment was received on 06/18/2026 at 4:12 PM. Confirmation number: [70218]',
    'Organization: North Prairie Society of Anesthesiologists    ZIP code: [52241]',
    'Comment: Requiring PA for a single-injection sciatic block ({64445}) when it is not billed with surgery will',
    'delay care for patients with acute sciatica seen in pain clinics. Femoral nerve blocks, single ({64447}) or',
    'continuous ({64448}), carry no such rule. We ask DHS to exempt {64445} when billed with {76942} ultrasound guidance.',
    'Attachments: NPSA_comment_0618.pdf (212 KB)    Reference this number in any follow-up: [70218]',
  ].join('\n'),
});

// ── 21. Agency response to comments table ──
const commentResponse = table({
  id: 's129-response',
  kind: 's129-spa-comment-response-table',
  caption: 'Summary of public comments and Department responses, SPA 26-0014',
  headers: ['#', 'Commenter', 'Summary of comment', 'Department response'],
  rows: [
    [
      '1',
      'Podiatric Medical Assn. (ltr 6/16)',
      'Opposes rate cut for {64632}; PA is duplicative of the {64455} limit',
      'No change. The rate aligns with the Medicare relationship.',
    ],
    [
      '2',
      'Society of Anesthesiologists (web [70218])',
      'Exempt {64445} from PA when billed with ultrasound guidance',
      'Partly accepted: PA waived when billed with {01250} or {01470} on the same DOS.',
    ],
    [
      '3',
      'Lindell Neurosurgery Associates',
      'Supports the increase for {64712}/{64714}',
      'Thank you for your comment.',
    ],
    [
      '4',
      'Private citizen, ZIP [50393]',
      'Asks whether Botox for facial spasm ({64612}) will need PA',
      'No PA; frequency limit of 4 sessions per 12 months.',
    ],
  ],
});

// ── 22. Fee schedule change log grid ──
const changeLog = table({
  id: 's129-chglog',
  kind: 's129-fee-schedule-change-log-grid',
  caption: 'Physician fee schedule change log — SFY 2027 (newest first)',
  headers: ['Date', 'Proc', 'Mod', 'Field changed', 'Old value', 'New value', 'Reason / Authority'],
  rows: [
    ['06/30/2026', '{64712}', '', 'PA_IND', 'N', 'Y', 'BT202615'],
    ['06/30/2026', '{64714}', '', 'PA_IND', 'N', 'Y', 'BT202615'],
    ['06/30/2026', '{64632}', '', 'NF_MAX_FEE', '118.70', '96.02', 'SPA 26-0014'],
    ['06/30/2026', '{64612}', '50', 'PRICING_IND', 'L2', 'B150', 'SPA 26-0014'],
    ['06/30/2026', '{64445}', '', 'PA_IND', 'N', 'S (stand-alone)', 'BT202615; comment resp. #2'],
    ['05/14/2026', '{64624}', '', 'END_DT', '12/31/9999', '06/30/2026', 'Coverage policy [10226]'],
    ['01/02/2026', 'ALL', '', 'CF', '36.0411', '36.3325', 'Annual update, ticket [10509]'],
  ],
});

// ── 23. Change log as the readme that ships inside the download zip ──
const readme = lines({
  id: 's129-readme',
  kind: 's129-fee-schedule-zip-readme-text',
  before: 'README_PHYS_FS.txt',
  text: [
    'North Prairie Medicaid Physician Fee Schedule — file version 2026.07.01 (build [10417])',
    'Files: NP_PHYS_FS_20260701.csv ([14212] rows), NP_PHYS_FS_20260701.xlsx, layout.pdf',
    'Changes in this version:',
    '  - PA_IND set to Y for {64712}, {64714}, {64632}; set to S (stand-alone only) for {64445}.',
    '  - NF_MAX_FEE for {64632} lowered to 96.02; {64612} with modifier 50 now priced at 150%.',
    '  - End-dated {64624} (genicular neurolysis moved to the outpatient fee schedule).',
    'Record count by section: anesthesia {00100}-{01999}, 288 rows; surgery {10004}-{69990}, 6,214 rows.',
    'Report file problems to fsdata@np-dhs.example.gov, subject "FS [10417]".',
  ].join('\n'),
});

// ── 24. Fiscal agent provider notice with contacts (decoy heavy) ──
const faNotice = lines({
  id: 's129-fanotice',
  kind: 's129-fiscal-agent-provider-notice-text',
  before: 'PRAIRIE FISCAL SERVICES — North Prairie Medicaid Fiscal Agent — Provider Notice PN-26-031',
  text: [
    'New mailing addresses for paper claims and prior authorization, effective July 1, 2026',
    'CMS-1500 paper claims: Prairie Fiscal Services, PO Box [64712], Lindell, NP [50306]-4712',
    'Adjustments and voids: PO Box [64714], Lindell, NP [50306]-4714',
    'Prior authorization (Keystone UM Partners): PO Box [64445], Lindell, NP [50313]',
    'Claims for nerve procedures such as {64712} or {64632} billed with an attachment go to the CMS-1500 box above.',
    'Courier deliveries only: 2210 University Ave, Dock B, Lindell, NP [50323]',
    'Provider Services 1-800-555-0117 (option 3 for PA status) · EDI help desk 1-800-555-0163 · Trading partner ID [10217]',
  ].join('\n'),
});

// ── 25. Fiscal agent contact directory table ──
const faContacts = table({
  id: 's129-facontacts',
  kind: 's129-fiscal-agent-contact-directory-table',
  caption: 'Who to contact',
  headers: ['Unit', 'Phone', 'Fax', 'Mailing address', 'Hours (CT)'],
  rows: [
    ['Provider Services', '1-800-555-0117', '', 'PO Box [64712], Lindell, NP [50306]', 'M–F 8–5'],
    ['Provider Enrollment', '1-800-555-0129', '1-866-555-0131', 'PO Box [50124], Lindell, NP [50308]', 'M–F 8–4:30'],
    [
      'Prior Authorization (Keystone UM)',
      '1-888-555-0192',
      '1-866-555-0190',
      'PO Box [64445], Lindell, NP [50313]',
      'M–F 7–6',
    ],
    ['Third Party Liability', '1-800-555-0176', '1-866-555-0177', 'PO Box [10195], Lindell, NP [50306]', 'M–F 8–5'],
    ['Paper claims (CMS-1500)', '', '', 'PO Box [64712], Lindell, NP [50306]-4712', ''],
    ['Provider Field Reps (west region)', '1-800-555-0185', '', '118 Main St, Harlan Falls, NP [50702]', 'By appt.'],
  ],
});

// ── 26. 835 electronic remittance, segment text ──
const x835 = lines({
  id: 's129-x835',
  kind: 's129-x12-835-medicaid-remit-segments',
  before: 'ISA*00*          *00*          *ZZ*NPMEDICAID     *ZZ*0041287        *260609*0412*^*00501*000184220*0*P*:~',
  text: [
    'N1*PR*NORTH PRAIRIE MEDICAID~N3*PO BOX [64712]~N4*LINDELL*NP*503064712~',
    'CLP*[40295]*1*595*144.03**MC*2226159004120~',
    'SVC*HC:{64632}:RT*250*96.02**1~DTM*472*20260603~CAS*CO*45*153.98~REF*6R*[10526]~',
    'SVC*HC:{64632}:LT*250*48.01**1~CAS*CO*59*201.99~REF*6R*[10527]~',
    'SVC*HC:{64455}:59*95*0**1~CAS*CO*97*95~LQ*HE*N19~REF*6R*[10531]~',
    'CLP*[40296]*1*310*41.37**MC*2226159004121~SVC*HC:{64445}*310*41.37**1~REF*G1*KUM[10553]~',
  ].join('\n'),
});

// ── 27. Open-data portal API rows (JSON), the fee schedule dataset ──
const openData = lines({
  id: 's129-opendata',
  kind: 's129-open-data-fee-schedule-json-rows',
  before:
    'GET https://data.np.example.gov/resource/medicaid-physician-fee-schedule.json?$where=procedure_code like "647%"',
  text: [
    '[{"procedure_code":"{64712}","modifier":"","effective_date":"2026-07-01T00:00:00.000","max_fee_facility":"512.67",',
    '  "max_fee_nonfacility":null,"pa_required":"Y","fee_schedule_id":"[50327]","row_id":"[10394]"},',
    ' {"procedure_code":"{64713}","modifier":"","effective_date":"2026-07-01T00:00:00.000","max_fee_facility":"498.10",',
    '  "max_fee_nonfacility":null,"pa_required":"N","fee_schedule_id":"[50327]","row_id":"[10395]"},',
    ' {"procedure_code":"{64714}","modifier":"80","effective_date":"2026-07-01T00:00:00.000","max_fee_facility":"72.95",',
    '  "max_fee_nonfacility":null,"pa_required":"Y","fee_schedule_id":"[50327]","row_id":"[10396]"}]',
  ].join('\n'),
});

// ── 28. XML fee file feed for clearinghouses ──
const xmlFeed = lines({
  id: 's129-xml',
  kind: 's129-fee-schedule-xml-feed',
  before: '<?xml version="1.0" encoding="UTF-8"?>',
  text: [
    '<FeeSchedule program="NP-MEDICAID" type="PHYS" version="2026.07.01" build="[10417]">',
    '  <Rate code="{64445}" mod="" pos="11" eff="2026-07-01" amount="64.18" paInd="S"/>',
    '  <Rate code="{64445}" mod="" pos="22" eff="2026-07-01" amount="41.37" paInd="S"/>',
    '  <Rate code="{64612}" mod="50" pos="11" eff="2026-07-01" amount="177.38" paInd="N"/>',
    '  <Rate code="{64632}" mod="" pos="11" eff="2026-07-01" amount="96.02" paInd="Y" maxUnits="4" seq="[60417]"/>',
    '  <Contact unit="EDI" addr="PO Box [64712]" city="Lindell" st="NP" zip="[50306]"/>',
  ].join('\n'),
});

// ── 29. FHIR coverage-requirements (CRD) card for the new PA rule ──
const crd = lines({
  id: 's129-crd',
  kind: 's129-fhir-crd-coverage-information-json',
  before: 'POST /cds-services/np-medicaid-order-sign → 200 OK',
  text: [
    '{ "cards": [ { "summary": "Prior authorization required: CPT {64712} (Neuroplasty, sciatic nerve)",',
    '    "indicator": "warning", "source": { "label": "North Prairie Medicaid CRD" } } ],',
    '  "systemActions": [ { "type": "update", "resource": { "resourceType": "ServiceRequest",',
    '    "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" } ] },',
    '    "extension": [ { "url": "http://hl7.org/fhir/us/davinci-crd/StructureDefinition/ext-coverage-information",',
    '      "extension": [ { "url": "covered", "valueCode": "covered" }, { "url": "pa-needed", "valueCode": "auth-needed" },',
    '        { "url": "coverage-assertion-id", "valueString": "np-[20476]-0071" } ] } ] } } ] }',
  ].join('\n'),
});

// ── 30. PA portal request screen ──
const paPortal = lines({
  id: 's129-paportal',
  kind: 's129-pa-portal-request-entry-screen',
  before: 'Keystone UM Partners — Provider Portal — New Outpatient Request (North Prairie Medicaid)',
  text: [
    'Member ID: 440187322501    Member name: DOE, JANE    DOB: 04/11/1971    Plan: NP Medicaid FFS',
    'Requesting provider NPI: 1548203967    Servicing facility: Lindell Foot & Ankle ASC, ZIP [50314]',
    'Service type: Outpatient surgery    Place of service: 24    Requested start: 07/08/2026',
    'Line 1  CPT/HCPCS: {64632}   Modifier: RT   Units: 1   Diagnosis: G57.61',
    'Line 2  CPT/HCPCS: {64632}   Modifier: LT   Units: 1   Diagnosis: G57.62',
    'Prior diagnostic blocks on file: {64455} × 2 (03/12/2026, 04/09/2026)',
    'Draft saved. Tracking number [30118]; you have 72 hours to attach clinical notes.',
  ].join('\n'),
});

// ── 31. PA decision notice to the provider ──
const paDecision = lines({
  id: 's129-padecision',
  kind: 's129-pa-decision-notice-letter-text',
  before: 'Keystone UM Partners, PO Box 64445, Lindell, NP 50313 — on behalf of North Prairie Medicaid',
  text: [
    'NOTICE OF PRIOR AUTHORIZATION DECISION                          Date: 07/02/2026',
    'PA number: 2618310553    Tracking no.: [30118]    Case [41203]    Member ID: 440187322501',
    'Service: Destruction by neurolytic agent, plantar common digital nerve (CPT {64632}), right and left, 1 unit each',
    'Decision: APPROVED for dates of service 07/08/2026 through 01/08/2027, 2 units total.',
    'Line for {64712} requested on 06/29 under tracking no. [30121] is DENIED: conservative treatment under 12 weeks.',
    'To request reconsideration, write within 30 days to Keystone UM Appeals, PO Box [64445], Lindell, NP [50313],',
    'or call 1-888-555-0192. The member will receive a separate notice with fair hearing rights.',
  ].join('\n'),
});

// ── 32. Fee schedule landing page with the file list ──
const landing = lines({
  id: 's129-landing',
  kind: 's129-fee-schedules-landing-download-list',
  before: 'Provider Resources › Fee Schedules',
  text: [
    'Physician/Practitioner fee schedule, effective 07/01/2026 — XLSX (2.1 MB) · CSV (1.4 MB) · Document ID [64632]',
    'Anesthesia base units and conversion factor, effective 07/01/2026 — PDF (180 KB) · Document ID [64633]',
    'Notice: effective July 1, PA is required for {64712}, {64714}, {64632} and stand-alone {64445}. See BT202615.',
    'Looking for a single code? Use the fee schedule search. Archived schedules (SFY 2019–2026) are in the archive.',
    'Page last updated 06/30/2026 · Content owner: Rate Setting Unit, PO Box [50124], Lindell, NP [50308]',
  ].join('\n'),
});

// ── 33. Provider listserv e-mail ──
const listserv = lines({
  id: 's129-listserv',
  kind: 's129-provider-listserv-email-text',
  before:
    'From: NP Medicaid Provider News <noreply@np-dhs.example.gov>  Subject: Reminder – nerve procedure PA starts July 1',
  text: [
    'Dear provider,',
    'Starting July 1, claims for {64712}, {64714} and {64632} without an approved PA will deny (EOB 4012). Sciatic blocks',
    '({64445}) need PA only when billed without a surgical procedure the same day. Rates for {64612} with modifier 50 and',
    'for {64632} also change July 1; see bulletin BT202614.',
    'You are subscribed to list NP-PHYS ([10216] members). Message ID [31570]. Unsubscribe or manage topics in the Provider Portal.',
    'North Prairie DHS · 1305 Capitol Ave · Lindell, NP [50319]',
  ].join('\n'),
});

// ── 34. FAQ page ──
const faq = lines({
  id: 's129-faq',
  kind: 's129-pa-and-rate-change-faq-text',
  before: 'Frequently asked questions: July 2026 physician rate changes and nerve procedure prior authorization',
  text: [
    'Q: Does the PA for {64445} apply when the block is given at the same surgery as a knee or foot procedure?',
    'A: No. PA is needed only when {64445} is the only surgical code on the claim for that date of service.',
    'Q: We already have an approved PA for {64632} issued in June. Is it still good?',
    'A: Yes, PAs issued before July 1 stay valid through their end date. Keep the PA number for box 23 of the CMS-1500.',
    'Q: Will managed care plans follow the same rule for {64712} and {64714}?',
    'A: Each plan sets its own PA list; see the plan comparison grid. The fee schedule applies to fee-for-service only.',
    'Q: Where do I mail a paper PA request? A: Keystone UM Partners, PO Box [64445], Lindell, NP [50313].',
  ].join('\n'),
});

// ── 35. Rate methodology worksheet (RVU based) ──
const rvu = table({
  id: 's129-rvu',
  kind: 's129-rate-methodology-rvu-worksheet-table',
  caption: 'Attachment 4.19-B rate build — Medicare 2026 RVUs, state GPCI, NP conversion factor 36.3325 × 72% / 68%',
  headers: ['CPT', 'Work RVU', 'Total RVU (NF)', 'Total RVU (F)', '% of Medicare', 'NP NF', 'NP F', 'Worksheet row'],
  rows: [
    ['{64712}', '8.62', 'NA', '19.60', '72%', 'NA', '512.67', '[10304]'],
    ['{64714}', '7.48', 'NA', '17.43', '72%', 'NA', '455.93', '[10305]'],
    ['{64632}', '1.23', '3.89', '2.10', '68%', '96.02', '51.88', '[10306]'],
    ['{64445}', '1.00', '2.60', '1.67', '68%', '64.18', '41.37', '[10307]'],
    ['{64612}', '1.53', '4.79', '3.90', '68%', '118.25', '96.40', '[10308]'],
  ],
});

// ── 36. Fiscal impact table for the SPA, by code (counts are five-digit) ──
const impact = table({
  id: 's129-impact',
  kind: 's129-spa-fiscal-impact-by-code-table',
  caption: 'Estimated annual fiscal impact, based on SFY 2025 paid claims (all funds)',
  headers: ['Code', 'SFY25 units paid', 'SFY25 paid at old rate', 'Projected at new rate', 'Difference'],
  rows: [
    ['{64712}', '1,184', '$538,957', '$607,001', '+$68,044'],
    ['{64714}', '422', '$169,298', '$192,402', '+$23,104'],
    ['{64632}', '[10432]', '$1,238,278', '$1,001,680', '−$236,598'],
    ['{64445}', '[30211]', '$1,844,382', '$1,938,942', '+$94,560'],
    ['{64612}-50', '2,306', '$518,389', '$409,038', '−$109,351'],
    ['Total', '[44555]', '$4,309,304', '$4,149,063', '−$160,241'],
  ],
});

// ── 37. Managed care plan PA comparison grid ──
const mcoGrid = table({
  id: 's129-mco',
  kind: 's129-managed-care-plan-pa-comparison-grid',
  caption: 'Prior authorization for peripheral nerve procedures: fee-for-service and managed care plans, July 2026',
  headers: ['Service', 'Code(s)', 'FFS (Keystone)', 'Prairie Care Plan', 'Heartwell Health', 'Unity Family Health'],
  rows: [
    ['Sciatic neuroplasty', '{64712}', 'PA', 'PA', 'PA', 'Notification only'],
    ['Lumbar plexus neuroplasty', '{64714}', 'PA', 'PA', 'PA (eviCore)', 'PA'],
    ['Morton’s neuroma neurolysis', '{64632}', 'PA after 3rd', 'PA', 'No PA', 'PA, fax 1-877-555-0101'],
    ['Sciatic block, single', '{64445}', 'Stand-alone only', 'No PA', 'No PA', 'No PA'],
    ['Facial chemodenervation', '{64612}, {64615}', 'No PA', 'PA (drug)', 'PA (drug)', 'PA (plan policy UFH-[64612])'],
    [
      'Plan provider services',
      '',
      '1-800-555-0117',
      '1-855-555-0140',
      '1-844-555-0172',
      'PO Box [70130], Lindell NP [50306]',
    ],
  ],
});

// ── 38. Printed fee schedule PDF, fixed-width text layer ──
const pdfPrint = lines({
  id: 's129-pdf',
  kind: 's129-fee-schedule-pdf-print-text-layer',
  before: 'NORTH PRAIRIE MEDICAID — PHYSICIAN FEE SCHEDULE — EFFECTIVE 07/01/2026',
  text: [
    'RUN DATE 06/30/2026   REPORT MR-FS-[20174]                                   PAGE 412 OF 596',
    'PROC   MOD  DESCRIPTION                    NF FEE    FAC FEE  PA  GLOB  BILAT  ASST',
    '{64702}      REVISE FINGER/TOE NERVE          301.12    301.12  N   090   1      0',
    '{64704}      REVISE HAND/FOOT NERVE           288.40    288.40  N   090   1      0',
    '{64708}      REVISE ARM/LEG NERVE             402.55    402.55  N   090   1      2',
    '{64712}      REVISION OF SCIATIC NERVE           NA     512.67  Y   090   1      2',
    '{64713}      REVISION OF ARM NERVE(S)            NA     498.10  N   090   1      2',
    '{64714}      REVISE LOW BACK NERVE(S)            NA     455.93  Y   090   0      2',
    '{64714}  80  REVISE LOW BACK NERVE(S)            NA      72.95  Y   090   0      2',
    'NP DHS RATE SETTING UNIT · PO BOX [50124] · LINDELL NP [50308]         FORM DHS-[64714] (REV. 06/26)',
  ].join('\n'),
});

// ── 39. Provider training calendar ──
const training = lines({
  id: 's129-training',
  kind: 's129-provider-training-webinar-calendar-text',
  before: 'Provider Relations training calendar — summer 2026',
  text: [
    'Jun 23, 10:00 AM CT — Nerve procedure PA: submitting {64712}, {64714} and {64632} requests in the Keystone portal',
    '    Webinar ID [70405]   Passcode [46815]   Seats left: 118',
    'Jun 25, 1:30 PM CT — Anesthesia billing after July 1: {01250}, {01470} and the stand-alone {64445} rule',
    '    Webinar ID [70415]   Passcode [46817]',
    'Jul 9, 9:00 AM CT — In person, Harlan Falls Public Library, 205 Fifth Ave, Harlan Falls, NP [50701]',
    'Registration help: Provider Relations, PO Box [50124], Lindell, NP [50308]; 1-800-555-0117 option 6.',
  ].join('\n'),
});

// ── 40. County DHS office directory, where the proposed SPA pages can be read (decoy only) ──
const counties = table({
  id: 's129-counties',
  kind: 's129-county-dhs-office-directory-table',
  caption: 'Copies of the proposed State Plan pages are available at these county offices during business hours',
  headers: ['County', 'Office address', 'City', 'ZIP', 'Phone'],
  rows: [
    ['Ashby', '214 Courthouse Sq.', 'Greenfield', '[50849]', '(641) 555-0120'],
    ['Blackwater', '1407 Independence Ave, 4th floor', 'Harlan Falls', '[50703]', '(319) 555-0133'],
    ['Clayborne', '300 W 4th St', 'Spencer', '[51301]', '(712) 555-0148'],
    ['Jessup', '855 S Market St, Ste 202B', 'Cedar Bend', '[52240]', '(319) 555-0151'],
    ['Lind', '1305 Capitol Ave, Room [10412]', 'Lindell', '[50319]', '(515) 555-0160'],
    ['Pottsville', '417 E Bluff Blvd', 'Council Ridge', '[51503]', '(712) 555-0174'],
    ['Scott', '600 W 4th St', 'Port Davis', '[52801]', '(563) 555-0189'],
    ['Woodbury', '822 Douglas St, Ste 300', 'Sioux Landing', '[51101]', '(712) 555-0196'],
  ],
});

// ── 41. Public comment docket index ──
const docket = table({
  id: 's129-docket',
  kind: 's129-public-comment-docket-index-table',
  caption: 'SPA 26-0014 comment docket — 7 comments received 05/20/2026–06/19/2026',
  headers: ['Comment ID', 'Received', 'Commenter', 'Topic', 'Codes cited'],
  rows: [
    ['[70209]', '05/22/2026', 'Lindell Neurosurgery Associates', 'Rate increase', '{64712}, {64714}'],
    ['[70213]', '06/02/2026', 'Private citizen', 'Facial spasm coverage', '{64612}'],
    ['L-0031', '06/16/2026', 'NP Podiatric Medical Assn.', 'Rate cut, PA', '{64632}, {64455}, {28080}'],
    ['[70218]', '06/18/2026', 'NP Society of Anesthesiologists', 'PA for blocks', '{64445}, {64447}, {64448}'],
    ['[70220]', '06/18/2026', 'Council Ridge Pain Clinic', 'PA for blocks', '{64445}'],
    ['[70221]', '06/19/2026', 'NP Hospital Assn.', 'ASC vs. hospital rates', '—'],
    ['L-0034', '06/19/2026', 'Heartwell Health (MCO)', 'Alignment of PA lists', 'none'],
  ],
});

// ── 42. Fee schedule archive, file list (decoy heavy) ──
const archive = lines({
  id: 's129-archive',
  kind: 's129-fee-schedules-landing-download-list',
  before: 'Fee Schedules › Archive › Physician/Practitioner',
  text: [
    'SFY 2026 (eff. 07/01/2025) — XLSX 2.0 MB — Document ID [84306] — superseded 06/30/2026',
    'SFY 2026 mid-year update (eff. 01/01/2026, conversion factor only) — PDF — Document ID [84307]',
    'SFY 2025 (eff. 07/01/2024) — XLSX 1.9 MB — Document ID [84211] — 13,982 rows',
    'SFY 2024 (eff. 07/01/2023) — XLSX 1.9 MB — Document ID [84118] — note: {64632} added to PA list then withdrawn',
    'SFY 2019–2023 — ZIP of five files, 7.4 MB — Document ID [83950]',
    'Schedules before SFY 2019 are available by records request, PO Box [50124], Lindell, NP [50308].',
  ].join('\n'),
});

// ── 43. Remittance advice financial summary page ──
const raSummary = lines({
  id: 's129-rasummary',
  kind: 's129-remittance-advice-banner-message-text',
  before: 'REMITTANCE ADVICE — SUMMARY            RA NO. 0006184220   RA DATE 06/09/2026',
  text: [
    'PAYEE: LINDELL FOOT AND ANKLE PC    PAYEE ID 0041287    2210 UNIVERSITY AVE STE 400, LINDELL NP [50311]-2204',
    'CLAIMS PAID        37      AMOUNT   [12406].22',
    'CLAIMS DENIED       4      AMOUNT       0.00     CLAIMS IN PROCESS   2',
    'ADJUSTMENTS         1      AMOUNT    -118.70     (MASS ADJ. PROJECT [61012], RATE CORRECTION {64632})',
    'NET PAYMENT               [12287].52     EFT TRACE 1420084311   CYCLE [61014]',
    'YEAR-TO-DATE 1099 AMOUNT  [84312].19',
  ].join('\n'),
});

// ── 44. MMIS claim status inquiry screen ──
const claimInquiry = lines({
  id: 's129-claimstat',
  kind: 's129-mmis-claim-status-inquiry-screen',
  before: 'NP Medicaid Provider Portal › Claims › Claim Status Inquiry › Result',
  text: [
    'ICN 2226188004417    Status: DENIED    Received 07/06/2026    Batch [27509]',
    'Billing provider: Lindell Neurosurgery Associates    NPI 1730291846    ZIP+4 [50312]-2209',
    'Member ID 440276110902    DOS 07/02/2026    Total billed $2,450.00    Paid $0.00',
    'Line 1  Proc {64712}  Mod —  Units 1  Billed $2,100.00  EOB 4012 Prior authorization required, none on file',
    'Line 2  Proc {64727}  Mod —  Units 1  Billed $350.00  EOB 4407 Incidental to line 1',
    'Resubmit with the PA number in the prior authorization field; see bulletin BT202615. Ref. inquiry [30127].',
  ].join('\n'),
});

export const sealed129: Snippet[] = [
  ...feeWeb,
  ...feeCsv,
  ...feeXlsx,
  ...search,
  ...results,
  ...detail,
  ...bulletin,
  ...bulletinTable,
  ...raBanner,
  ...raDetail,
  ...paBulletin,
  ...paList,
  ...manualSurgery,
  ...anesUnits,
  ...anesExample,
  ...spaPage,
  ...cms179,
  ...publicNotice,
  ...commentLetter,
  ...commentForm,
  ...commentResponse,
  ...changeLog,
  ...readme,
  ...faNotice,
  ...faContacts,
  ...x835,
  ...openData,
  ...xmlFeed,
  ...crd,
  ...paPortal,
  ...paDecision,
  ...landing,
  ...listserv,
  ...faq,
  ...rvu,
  ...impact,
  ...mcoGrid,
  ...pdfPrint,
  ...training,
  ...counties,
  ...docket,
  ...archive,
  ...raSummary,
  ...claimInquiry,
];
