import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 109 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s109-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * MAC contract numbers, office and practice ZIPs, LCD and article ids, change request and transmittal numbers, batch,
 * case, ticket, event, message and edit numbers, PO boxes and amounts. The five known codes' digits come back as
 * decoys (12 times): a beneficiary's ZIP, a Medicare Secondary Payer group number, the reopenings PO box (form and
 * directory), a webinar event number (slides, calendar, listserv), a front-end batch number (report and inbox), an ADR
 * case number, an EDI agreement tracking number and a portal ticket.
 *
 * Family: a Medicare Administrative Contractor (a fictional J5 Part B MAC, "TGHA") as a peripheral-nerve and pain
 * practice meets it. The provider portal: eligibility summary, preventive services, MSP panel, claim status results
 * and line detail, remittance retrieval, claim correction, reopening tracker, secure message inbox and a claims CSV
 * export. The website's tools: fee schedule lookup (entry, results, indicator detail, CSV download), LCD and article
 * search results, code lookup, an LCD's document information and contract-number table, a billing and coding
 * article's Group 1 text and code grid, and its revision history. Education: webinar slides as text and a slide
 * table with no header row, an Ask-the-Contractor teleconference transcript, an FAQ page and an event calendar.
 * Reopening: the written clerical reopening form. EDI: the enrollment form, an 837P companion-guide example, a 277CA,
 * a formatted front-end edit report and an 835. Medical review: an ADR letter and its claim enclosure, a TPE round 1
 * results letter and its claim findings, and the MAC's published TPE results by code. A listserv e-mail, a standard
 * paper remittance (SPR) text layer and a mailing-address directory.
 * Built on real public layouts: the MAC provider portals' eligibility (preventive next-eligible dates, MSP records),
 * claim status line detail and claim correction screens; the standard paper remittance (PERF PROV, SERV DATE, POS,
 * NOS, PROC, MODS, BILLED, ALLOWED, DEDUCT, COINS, GRP/RC-AMT, PROV PD); the MACs' Physician Fee Schedule lookup (year,
 * contractor, locality, code range; par/non-par, facility/non-facility, limiting charge, global and policy
 * indicators) and its carrier/locality CSV download; the Medicare Coverage Database LCD and billing-and-coding article
 * pages (Document Information, Contractor Information with contract numbers, CPT/HCPCS Codes Group 1 Paragraph and
 * Codes, Revision History table); X12 837P SV1, 277CA STC/SVC and 835 CLP/SVC/CAS segment layouts with the contract
 * number as receiver and payer id; the Part B ADR letter (response due, auto-denial reason code 56900) and TPE results
 * letters (claims reviewed, error rate, next round). The others are written the way those pages read, with no single
 * source.
 *
 * 392 labelled tokens over 40 shapes: 206 codes (121 of them the five known codes), 186 decoys, 65 of the decoys in
 * KNOWN_10K.
 */

// ── 1. Portal eligibility inquiry, beneficiary summary, text layer (decoy only) ──
const eligSummary = lines({
  id: 's109-eligsum',
  kind: 's109-mac-portal-eligibility-beneficiary-summary-text',
  before: 'TGHA Provider Gateway › Eligibility › Results',
  text: [
    'Beneficiary: HARLAN, DORIS E   MBI: 4TQ7-KW2-RN58   DOB: 02/14/1949   Sex: F',
    'Address on file: 118 Maple Ave, Elmo, MO [64445]   Date of death: none',
    'Mailing address (SSA): PO Box 212, Clearmont, MO [64432]   Inquiring location: Columbia, MO [65201]',
    'Part A effective 03/01/2014   Part B effective 03/01/2014   Inquiring provider contract [05302] (Missouri Part B)',
    'Part B deductible 2026: $283.00   Remaining: $0.00   Blood deductible remaining: 3 units',
    'Medicare Advantage: no enrollment on file for the dates requested. Hospice: none. Home health: none.',
    'Therapy (KX threshold) PT/SLP combined applied: $612.40   OT applied: $0.00   Inquiry ref [31847]',
  ].join('\n'),
});

// ── 2. Portal eligibility, preventive services next eligible dates, table ("HCPCS" header) ──
const eligPrev = table({
  id: 's109-eligprev',
  kind: 's109-mac-portal-eligibility-preventive-next-eligible-grid',
  caption: 'Preventive services — next eligible dates',
  headers: ['HCPCS', 'Description', 'Technical', 'Professional'],
  rows: [
    ['G0439', 'Annual wellness visit, subsequent', '—', '04/02/2026'],
    ['{77067}', 'Screening mammography, bilateral', '01/01/2027', '01/01/2027'],
    ['{82270}', 'Blood, occult, by peroxidase activity, feces', 'Eligible', 'Eligible'],
    ['{81528}', 'Colorectal cancer screening, multitarget stool DNA', '11/05/2028', '—'],
    ['{76706}', 'Ultrasound, abdominal aortic aneurysm screening', 'Once per lifetime; used', 'Used 07/19/2019'],
    ['{71271}', 'CT thorax, low dose for lung cancer screening', 'Eligible', 'Eligible'],
    ['{80061}', 'Lipid panel (cardiovascular screening blood tests)', '09/01/2030', '—'],
    ['{77080}', 'Bone mass measurement, DXA, axial skeleton', '06/15/2027', '06/15/2027'],
    ['{90732}', 'Pneumococcal polysaccharide vaccine, 23-valent', 'Received 10/2017', '—'],
  ],
});

// ── 3. Portal eligibility, Medicare Secondary Payer panel, text layer (decoy only) ──
const eligMsp = lines({
  id: 's109-eligmsp',
  kind: 's109-mac-portal-eligibility-msp-record-text',
  before: 'Medicare Secondary Payer (MSP) information',
  text: [
    'MSP type: 12 — Working aged, employer group health plan   Effective: 06/01/2021   Termination: 12/31/2025',
    'Insurer: Plains Mutual Insurance Co., PO Box 4410, Topeka, KS [66610]',
    'Policy number: PMI-[40731]-22   Group number: [64714]   Subscriber: HARLAN, WENDELL (spouse)',
    'Primary payer claims address: PO Box [20461], Topeka, KS [66601]   Insurer phone: 785-555-0190',
    'Prior record: type 43, disability, large group health plan, 2014–2021, Cornhusker Benefit Trust, Lincoln, NE [68504]',
    'Record last updated by the BCRC 01/08/2026, document [52073]; contact the BCRC to change MSP records.',
  ].join('\n'),
});

// ── 4. Portal claim status search results, table ("HCPCS (ln 1)" header) ──
const statusList = table({
  id: 's109-statuslist',
  kind: 's109-mac-portal-claim-status-search-results-grid',
  caption: 'Claim status — 5 claims found for NPI 1457398821, DOS 03/01/2026 to 03/31/2026',
  headers: ['ICN', 'DOS', 'HCPCS (ln 1)', 'Billed', 'Status', 'Reason', 'Check/EFT'],
  rows: [
    ['0226071402180', '03/12/2026', '{64712}', '$2,215.00', 'Finalized/Payment', 'F1:65', '0027418839'],
    ['0226072214406', '03/13/2026', '{64632}', '$410.00', 'Finalized/Denial', 'F2:88', '—'],
    ['0226074110372', '03/16/2026', '{64612}', '$395.00', 'Pended', 'P1:20', '—'],
    ['0226078306915', '03/19/2026', '{99204}', '$260.00', 'Finalized/Payment', 'F1:65', '0027421187'],
    ['0226081127734', '03/20/2026', '{64445}', '$325.00', 'Additional documentation requested', 'P2:21', '—'],
  ],
});

// ── 5. Portal claim status line detail, table ("Proc" header) ──
const statusLines = table({
  id: 's109-statusline',
  kind: 's109-mac-portal-claim-status-line-detail-grid',
  caption: 'ICN 0226071402180 — line detail',
  headers: ['Ln', 'From', 'Proc', 'Mod', 'Units', 'Billed', 'Allowed', 'Paid', 'CARC', 'RARC'],
  rows: [
    ['1', '03/12/2026', '{64712}', 'RT', '1', '$1,450.00', '$618.22', '$494.58', 'CO-45', ''],
    ['2', '03/12/2026', '{64445}', '59', '1', '$325.00', '$0.00', '$0.00', 'CO-97', 'M15'],
    ['3', '03/12/2026', '{76942}', '', '1', '$180.00', '$0.00', '$0.00', 'CO-97', 'M15'],
    ['4', '03/10/2026', '{99204}', '57', '1', '$260.00', '$167.31', '$133.85', 'CO-45', ''],
  ],
});

// ── 6. Portal remittance retrieval list, table (decoy only) ──
const remitList = table({
  id: 's109-remitlist',
  kind: 's109-mac-portal-remittance-retrieval-list-grid',
  caption: 'Remittance advice — PTAN 0P4471 — last 90 days',
  headers: ['Payment #', 'Paid date', 'Amount', 'Claims', 'Doc #', ''],
  rows: [
    ['0027418839', '04/02/2026', '$4,118.62', '11', '[29416]', 'Download SPR'],
    ['0027421187', '04/09/2026', '$2,406.75', '7', '[29455]', 'Download SPR'],
    ['[40522] (paper check, re-issued)', '04/14/2026', '$131.17', '1', '[29462]', 'Download SPR'],
    ['0027433208', '04/16/2026', '$0.00 (offset)', '3', '[29508]', 'Download SPR'],
    ['0027440511', '04/23/2026', '$3,882.40', '9', '[29470]', 'Download SPR'],
    ['0027446093', '04/30/2026', '$1,207.19', '4', '[29522]', 'Download SPR'],
  ],
});

// ── 7. Standard paper remittance (SPR), text layer ──
const spr = lines({
  id: 's109-spr',
  kind: 's109-mac-standard-paper-remittance-text',
  before: 'MEDICARE PART B — PROVIDER REMITTANCE ADVICE',
  text: [
    'TGHA PART B MISSOURI   PO BOX 3127   OMAHA NE [68104]-3127',
    'MID-MISSOURI NERVE & PAIN LLC   2200 BLUFF RD STE 300   COLUMBIA MO [65201]-4412',
    'PROVIDER #: 0P4471   PAGE #: 1 OF 2   DATE: 04/02/26   CHECK/EFT #: 0027418839',
    'PERF PROV  SERV DATE    POS NOS PROC  MODS  BILLED  ALLOWED DEDUCT COINS  GRP/RC-AMT   PROV PD',
    'NAME HARLAN, DORIS  MID 4TQ7KW2RN58  ACNT HD3318  ICN 0226071402180  ASG Y  MOA MA01',
    '1679220041 0312 031226 22  1 {64712} RT    1450.00  618.22  0.00  123.64  CO-45  831.78   494.58',
    '1679220041 0312 031226 22  1 {64445} 59     325.00    0.00  0.00    0.00  CO-97  325.00     0.00',
    '1679220041 0312 031226 22  1 {76942}        180.00    0.00  0.00    0.00  CO-97  180.00     0.00',
    '1679220041 0310 031026 11  1 {99204} 57     260.00  167.31  0.00   33.46  CO-45   92.69   133.85',
    'NAME ORTEGA, LUIS  MID 7HK2QM4TV61  ACNT LO5520  ICN 0226072214406  ASG Y  MOA MA01',
    '1679220041 0313 031326 11  1 {64632} LT     410.00    0.00  0.00    0.00  CO-50  410.00     0.00',
    'NAME DUVALL, ROGER  MID 9PX3TN8WK22  ACNT HD3341  ICN 0226069904418  ASG Y  MOA MA01',
    '1679220041 0305 030526 11  1 {64612} 50     395.00  212.64  0.00   42.53  CO-45  182.36   170.11',
    '1679220041 0305 030526 11  1 {95874}         96.00   61.05  0.00   12.21  CO-45   34.95    48.84',
    'PROV ADJ DETAILS: PLB REASON CODE  FCN  HIC  AMOUNT   WO 0226051208833 4TQ7KW2RN58 -12.40',
    'TOTALS: # OF CLAIMS 11   BILLED AMT [12680].00   ALLOWED AMT 5148.27   PROV PD AMT 4118.62',
  ].join('\n'),
});

// ── 8. Portal claim correction (online clerical reopening) screen, text layer ──
const correction = lines({
  id: 's109-correct',
  kind: 's109-mac-portal-claim-correction-screen-text',
  before: 'Claim Correction — ICN 0226075530218 — finalized 03/27/2026',
  text: [
    'Line 1   Procedure code   Original: {64714}   Corrected: {64712}',
    'Line 1   Modifier 1       Original: (blank)   Corrected: RT',
    'Line 2   Procedure code   Original: {64445}   Corrected: (no change)   Units 2 → 1',
    'Line 3   Procedure code   Original: {64448}   Corrected: {64447}   (single injection, no catheter left)',
    'Provider: PTAN 0P4471 · Contract [05302] · Correction type: line-level change, no new lines added',
    'Reason: keying error; the operative report documents neuroplasty of the sciatic nerve, not the lumbar plexus.',
    'Submitted 04/03/2026 14:12 CT. Correction request [38812] created; allow 30 days for the adjusted remittance.',
  ].join('\n'),
});

// ── 9. Written clerical reopening request form, PDF text layer ──
const reopenForm = lines({
  id: 's109-reopenform',
  kind: 's109-mac-written-clerical-reopening-form-text',
  before: 'Part B Reopening Request Form — use for clerical errors and minor omissions only',
  text: [
    'TGHA Part B Reopenings, PO Box [64712], Omaha, NE [68104] · Fax 1-877-555-0198 · Form TGHA-B-[10418] Rev. 01/2026',
    'Do not use this form to appeal a medical necessity denial or a claim that was rejected as unprocessable.',
    '1. Beneficiary name: ORTEGA, LUIS     2. MBI: 7HK2-QM4-TV61     3. ICN: 0226072214406',
    '4. Date(s) of service: 03/13/2026     5. Provider NPI / PTAN: 1457398821 / 0P4471',
    '6. Line #: 1   Procedure code billed: {64455}   Procedure code should be: {64632}',
    '7. Units billed: 2   Units should be: 1     8. Modifier billed: none   Modifier should be: LT',
    '9. Explanation: an injection ({64455}) was keyed by mistake; alcohol neurolysis, {64632}, was performed.',
    '10. Requester: Renee Falk, billing manager, 2200 Bluff Rd Ste 300, Columbia, MO [65201]   Phone 573-555-0114',
  ].join('\n'),
});

// ── 10. Portal reopening status tracker, table ("Change requested" header) ──
const reopenTrack = table({
  id: 's109-reopentrack',
  kind: 's109-mac-portal-reopening-status-tracker-grid',
  caption: 'Reopenings — submitted in the last 120 days',
  headers: ['Control #', 'ICN', 'Received', 'Change requested', 'Status'],
  rows: [
    ['[38812]', '0226075530218', '04/03/2026', 'Proc {64714} to {64712}, add RT', 'Completed 04/17/2026'],
    ['[38840]', '0226072214406', '04/06/2026', 'Line 1 {64455} to {64632}, units 2 to 1', 'In process'],
    ['[38851]', '0226069901455', '04/07/2026', 'Add modifier XU to {64445}', 'Dismissed — not a clerical error'],
    ['[38873]', '0226083317290', '04/10/2026', 'DOS on {64612} 03/02 to 03/03', 'Completed 04/21/2026'],
    ['[38902]', '0226086412008', '04/14/2026', 'Units on {95874} 4 to 2', 'Received'],
  ],
});

// ── 11. Fee schedule lookup entry screen, text layer ──
const feeEntry = lines({
  id: 's109-feeentry',
  kind: 's109-mac-fee-schedule-lookup-entry-screen-text',
  before: 'Physician Fee Schedule Lookup — select year, contractor and locality, then enter one code or a range',
  text: [
    'Year: 2026 (effective 01/01/2026)   Contractor: [05302] Missouri',
    'Locality: 02 Metropolitan Kansas City   (01 Metropolitan St. Louis, 99 Rest of Missouri)',
    'HCPCS code from: {64702}   to: {64727}   Modifier: All',
    'Or a single code: {64445}   Show: Facility and non-facility   Include: Policy indicators',
    'Codes in the range that are not on the fee schedule (status B, C, I, N) are listed without a fee.',
    'Data as of 03/12/2026 · file PFALL26B, [40523] records for this contractor · Conversion factor 33.4009',
  ].join('\n'),
});

// ── 12. Fee schedule lookup results, table ("HCPCS" header) ──
const feeResults = table({
  id: 's109-feeres',
  kind: 's109-mac-fee-schedule-lookup-results-grid',
  caption: '2026 — Contractor 05302 — Locality 02 — codes 64702 to 64727',
  headers: ['HCPCS', 'Mod', 'Par Fac', 'Par Non-Fac', 'Non-Par Fac', 'Lmt Chg Fac', 'Global'],
  rows: [
    ['{64704}', '', '$291.18', 'NA', '$276.62', '$318.12', '090'],
    ['{64708}', '', '$548.07', 'NA', '$520.67', '$598.77', '090'],
    ['{64712}', '', '$618.22', 'NA', '$587.31', '$675.40', '090'],
    ['{64713}', '', '$702.54', 'NA', '$667.41', '$767.52', '090'],
    ['{64714}', '', '$579.90', 'NA', '$550.91', '$633.54', '090'],
    ['{64718}', '', '$606.45', 'NA', '$576.13', '$662.55', '090'],
    ['{64721}', '', '$455.36', '$512.90', '$432.59', '$497.48', '090'],
    ['{64727}', '', '$54.10', 'NA', '$51.40', '$59.10', 'ZZZ'],
  ],
});

// ── 13. Fee schedule lookup, indicator detail for one code, text layer ──
const feeDetail = lines({
  id: 's109-feedet',
  kind: 's109-mac-fee-schedule-indicator-detail-text',
  before: 'Policy indicators',
  text: [
    '{64712} Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve   Status: A   Global: 090',
    'Multiple procedure: 2   Bilateral surgery: 1   Assistant at surgery: 2   Co-surgeons: 0   Team: 0',
    'Bilateral indicator 1: report both sides on one line with modifier 50; payment is 150% of the fee.',
    'Pre-op 0.10   Intra-op 0.80   Post-op 0.10   Locality 02 of contractor [05302]; file PFALL26A record [40915].',
  ].join('\n'),
});

// ── 14. Fee schedule download, CSV text layer ──
const feeCsv = lines({
  id: 's109-feecsv',
  kind: 's109-mac-fee-schedule-download-csv-text',
  before: 'PFS_2026_J5B.csv',
  text: [
    'YEAR,CARRIER,LOCALITY,HCPCS,MOD,NON_FAC_FEE,FAC_FEE,PCTC_IND,STATUS,MULT_SURG,BILT_SURG,GLOBAL',
    '2026,[05302],02,{64445},,201.44,86.73,0,A,2,1,000',
    '2026,[05302],02,{64612},,158.62,119.05,0,A,2,1,010',
    '2026,[05302],02,{64632},,147.80,63.12,0,A,2,1,010',
    '2026,[05302],02,{64712},,,618.22,0,A,2,1,090',
    '2026,[05202],00,{64712},,,592.18,0,A,2,1,090',
    '2026,[05402],00,{64612},,151.07,113.40,0,A,2,1,010',
    '2026,[05102],00,{64714},,,561.37,0,A,2,1,090',
    '2026,[05102],00,{95874},,61.05,61.05,0,A,0,0,ZZZ',
  ].join('\n'),
});

// ── 15. LCD and article search results, table (decoy heavy) ──
const lcdSearch = table({
  id: 's109-lcdsearch',
  kind: 's109-mac-lcd-article-search-results-grid',
  caption: 'Search results for "nerve" — LCDs and billing and coding articles, J5 Part B, active',
  headers: ['Document ID', 'Title', 'Type', 'Effective', 'Codes matched'],
  rows: [
    ['L[39240]', 'Peripheral Nerve Blocks', 'LCD', '02/01/2026', '14'],
    [
      'A[59802]',
      'Billing and Coding: Peripheral Nerve Blocks',
      'Article',
      '01/01/2026',
      '{64445}, {64446}, {64450} +9',
    ],
    ['L[38809]', 'Botulinum Toxins', 'LCD', '10/01/2025', '3'],
    ['A[58423]', 'Billing and Coding: Botulinum Toxins', 'Article', '01/01/2026', '{64612}, {64615}, {64616} +7'],
    ['L[34859]', 'Nerve Conduction Studies and Electromyography', 'LCD', '11/14/2024', '22'],
    ['L[38801]', 'Facet Joint Interventions for Pain Management', 'LCD', '11/11/2024', '8'],
    [
      'A[58405]',
      'Billing and Coding: Facet Joint Interventions',
      'Article',
      '01/01/2026',
      '{64490}, {64633}, {64635} +5',
    ],
    ['A[57464]', 'Billing and Coding: Nerve Conduction Studies and EMG', 'Article', '01/01/2026', '{95907}–{95913}'],
  ],
});

// ── 16. Code lookup result (which LCDs/articles carry a code), text layer ──
const codeLookup = lines({
  id: 's109-codelookup',
  kind: 's109-mac-ncd-lcd-code-lookup-result-text',
  before: 'Coverage code lookup — enter a CPT/HCPCS code',
  text: [
    'You searched: {64612} — Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
    'National Coverage Determinations: none found for this code.',
    'L[38809] Botulinum Toxins (LCD) — covered indications include blepharospasm and hemifacial spasm',
    'A[58423] Billing and Coding: Botulinum Toxins — Group 1 Codes; effective 01/01/2026',
    'Other codes in the same group: {64615}, {64616}, {64617}, {64642}–{64647}',
  ].join('\n'),
});

// ── 17. Billing and coding article, Group 1 paragraph and code list, text layer ──
const articleBtx = lines({
  id: 's109-artbtx',
  kind: 's109-mac-billing-article-group-paragraph-codes-text',
  before: 'A58423 Billing and Coding: Botulinum Toxins — CPT/HCPCS Codes',
  text: [
    'Group 1 Paragraph: Report the injection with one of the codes below and the drug with J0585, J0586, J0587 or',
    'J0588; report discarded drug with modifier JW. For bilateral facial injection append modifier 50 to {64612}.',
    'Group 1 Codes: (11 Codes)',
    '{64612} Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
    '{64615} Chemodenervation of muscle(s); muscle(s) innervated by facial, trigeminal, cervical spinal and',
    '{64616} Chemodenervation of muscle(s); neck muscle(s), excluding muscles of the larynx, unilateral',
    'Group 2 Paragraph: Needle guidance is reported with {95873} or {95874}, not both, once per session.',
  ].join('\n'),
});

// ── 18. Billing and coding article, Group 1 codes, table ("Code" header) ──
const articleNb = table({
  id: 's109-artnb',
  kind: 's109-mac-billing-article-group-codes-grid',
  caption: 'A59802 Billing and Coding: Peripheral Nerve Blocks — Group 1 Codes: (7 Codes)',
  headers: ['Code', 'Description'],
  rows: [
    ['{64445}', 'Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve, single injection'],
    ['{64446}', 'Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve, continuous infusion by catheter'],
    ['{64447}', 'Injection(s), anesthetic agent(s) and/or steroid; femoral nerve, single injection'],
    ['{64450}', 'Injection(s), anesthetic agent(s) and/or steroid; other peripheral nerve or branch'],
    ['{64455}', 'Injection(s), anesthetic agent(s) and/or steroid; plantar common digital nerve(s)'],
    ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve'],
    ['{64640}', 'Destruction by neurolytic agent; other peripheral nerve or branch'],
  ],
});

// ── 19. LCD document information, text layer (decoy heavy) ──
const lcdInfo = lines({
  id: 's109-lcdinfo',
  kind: 's109-mac-lcd-document-information-text',
  before: 'Local Coverage Determination (LCD) — Document Information',
  text: [
    'LCD ID: L[39240]   Original ICD-9 LCD ID: Not Applicable   LCD Title: Peripheral Nerve Blocks',
    'Proposed LCD in Comment Period: N/A   Source Proposed LCD: DL[39240]',
    'Original Effective Date: for services performed on or after 02/01/2026   Revision Ending Date: N/A',
    'Revision Effective Date: 03/01/2026 (R2)   Other versions: L[39240] R1, 02/01/2026 – 02/28/2026',
    'Comment period for DL[39240]: 08/14/2025 – 09/28/2025; open meeting 08/28/2025, webinar event [20508]',
    'Related articles: A[59802] (billing and coding), A[59803] (response to comments)',
    'CPT codes, descriptions and other data only are copyright 2025 American Medical Association.',
  ].join('\n'),
});

// ── 20. LCD contractor information, contract number table (decoy only) ──
const lcdContracts = table({
  id: 's109-lcdcontract',
  kind: 's109-mac-lcd-contractor-contract-number-grid',
  caption: 'Contractor Information — TGHA, LLC',
  headers: ['Contract Type', 'Contract Number', 'Jurisdiction', 'State(s)'],
  rows: [
    ['A and B MAC', '[05101] - MAC A', 'J - 05', 'Iowa'],
    ['A and B MAC', '[05102] - MAC B', 'J - 05', 'Iowa'],
    ['A and B MAC', '[05201] - MAC A', 'J - 05', 'Kansas'],
    ['A and B MAC', '[05202] - MAC B', 'J - 05', 'Kansas'],
    ['A and B MAC', '[05301] - MAC A', 'J - 05', 'Missouri - Entire State'],
    ['A and B MAC', '[05302] - MAC B', 'J - 05', 'Missouri - Entire State'],
    ['A and B MAC', '[05401] - MAC A', 'J - 05', 'Nebraska'],
    ['A and B MAC', '[05402] - MAC B', 'J - 05', 'Nebraska'],
  ],
});

// ── 21. Billing and coding article revision history, table ──
const articleRev = table({
  id: 's109-artrev',
  kind: 's109-mac-billing-article-revision-history-grid',
  caption: 'Revision History Information',
  headers: ['Revision History Date', 'Revision History Number', 'Revision History Explanation', 'Reasons for Change'],
  rows: [
    [
      '03/01/2026',
      'R5',
      'Typographical error in the Group 1 descriptor for {64446} corrected; no change in coverage (CR [14012]).',
      'Typographical Error',
    ],
    [
      '01/01/2026',
      'R4',
      'Annual CPT/HCPCS update: descriptor for {64445} revised; Group 1 Paragraph clarified.',
      'Revisions Due To CPT/HCPCS Code Changes',
    ],
    [
      '10/01/2025',
      'R3',
      'Group 2 ICD-10 codes G57.61 and G57.62 added for {64632} per CR [13926].',
      'Revisions Due To ICD-10-CM Code Changes',
    ],
    [
      '07/17/2025',
      'R2',
      'Moved {64455} and {64632} from Group 2 to Group 1 Codes; typographical errors corrected.',
      'Other (Clarification)',
    ],
    ['02/01/2025', 'R1', 'Article created per Transmittal R[12877]CP (CR [13618]).', 'Creation of Uniform LCDs'],
  ],
});

// ── 22. Provider education webinar slides, text layer ──
const slides = lines({
  id: 's109-slides',
  kind: 's109-mac-education-webinar-slides-text',
  before: 'Peripheral Nerve Procedures: Documentation and Billing — TGHA Provider Outreach and Education',
  text: [
    'Slide 1 · Webinar event [64612] · April 22, 2026 · Presented by the J5 Part B POE team',
    'Slide 3 · Sources: LCD L[39240], article A[59802], CMS IOM 100-04 chapter 12, CR [13618]',
    'Slide 6 · Sciatic neuroplasty {64712}: 90-day global; RT or LT, or modifier 50 on one line',
    'Slide 7 · A block by the operating surgeon ({64445}) on the day of surgery is part of the global package',
    'Slide 9 · Post-op sciatic block ({64445} or {64446}) by anesthesia at the surgeon’s request: append 59 or XU',
    'Slide 11 · Morton’s neuroma: injection {64455}, neurolysis {64632}, excision {28080} — one per interspace',
    'Slide 12 · Top denial in Q1: {64632} units greater than the nerves documented (CARC 151)',
    'Slide 14 · Lumbar plexus neuroplasty {64714} is rarely billed; expect a prepayment review',
    'Slide 15 · CE certificate: course code [20477]; questions to POE, PO Box 3127, Omaha NE [68104]',
  ].join('\n'),
});

// ── 23. Webinar slide table with no header row ──
const slideTable = table({
  id: 's109-slidetab',
  kind: 's109-mac-education-slide-scenario-table-no-header',
  caption: 'Slide 10 · Which code?',
  headers: ['', '', ''],
  rows: [
    ['Scenario', 'Code', 'Modifier'],
    ['Open release of the sciatic nerve at the hip', '{64712}', 'RT / LT'],
    ['Lumbar plexus neurolysis, retroperitoneal approach', '{64714}', '—'],
    ['Single-shot sciatic block for post-op pain, by anesthesia', '{64445}', '59 or XU'],
    ['Botulinum toxin to orbicularis oculi, both sides', '{64612}', '50'],
    ['Alcohol injection, third interspace, right foot', '{64632}', 'RT'],
    ['Brachial plexus neuroplasty', '{64713}', 'RT / LT'],
  ],
});

// ── 24. Ask-the-Contractor teleconference transcript, text layer ──
const act = lines({
  id: 's109-act',
  kind: 's109-mac-ask-the-contractor-teleconference-transcript-text',
  before: 'J5 Part B Ask-the-Contractor Teleconference — Transcript — March 18, 2026',
  text: [
    'Operator: the next call is 05/13/2026, event [51101], dial-in 1-866-555-0172, participant code [38277].',
    'Operator: the replay is available for 30 days at 1-866-555-0172, access code [29415].',
    'Caller (Springfield, MO): Our surgeon did a sciatic neuroplasty, {64712}, and anesthesia placed a catheter, {64446}.',
    'The anesthesia line for {64446} denied. Is a continuous block ever payable with {64712}?',
    'TGHA: Yes, when a different provider places it for post-op pain at the surgeon’s request; add 59 or XU.',
    'A single-shot block would be {64445} instead. Please send the claim number through the portal and we’ll look.',
    'Caller (Hays, KS): For botulinum to both sides of the face, do we bill {64612} twice or one line with 50?',
    'TGHA: One line, {64612}-50, one unit. Two lines with RT and LT will deny as a duplicate.',
    'Caller (Ames, IA): We got ADRs on fourteen {64632} claims, and the letters list a reason code [56900]. What is it?',
    'TGHA: [56900] is the auto-denial when records do not arrive within 45 days. Mail to our ZIP [68103], or use esMD.',
  ].join('\n'),
});

// ── 25. MAC FAQ page, text layer ──
const faq = lines({
  id: 's109-faq',
  kind: 's109-mac-provider-faq-page-text',
  before: 'Frequently Asked Questions — Surgery and Peripheral Nerve Procedures',
  text: [
    'Q: May {64712} and {64708} be billed for the same leg on the same day?',
    'A: Not for the same nerve; NCCI bundles {64708} into {64712}. A different nerve needs documentation and 59.',
    'Q: Is a sciatic nerve block payable to the surgeon who performs the neuroplasty?',
    'A: No. The surgeon’s {64445} is included in the global surgical package of the major procedure.',
    'Q: How many units of {64632} may be reported?',
    'A: One unit per nerve destroyed; a second interspace in the same foot goes on a separate line with 59.',
    'Q: When is lumbar plexus neuroplasty ({64714}) the right code rather than {64712}?',
    'A: When the op note describes exploration and release of the plexus itself, usually retroperitoneally.',
    'FAQ ID [20743] · Last reviewed 02/26/2026 · Applies to Part B contracts [05102], [05202], [05302], [05402]',
  ].join('\n'),
});

// ── 26. Provider education event calendar, table ──
const events = table({
  id: 's109-events',
  kind: 's109-mac-education-event-calendar-grid',
  caption: 'Upcoming J5 Part B education events',
  headers: ['Date', 'Event', 'Topic', 'Event ID', 'Register'],
  rows: [
    ['04/22/2026', 'Webinar', 'Peripheral nerve procedures: {64712}, {64714}, {64632}', '[64612]', 'Open'],
    ['05/06/2026', 'Webinar', 'Facet joint RF ablation {64633}–{64636} after the LCD revision', '[51092]', 'Open'],
    ['05/13/2026', 'Ask-the-Contractor', 'Part B open forum', '[51101]', 'Open'],
    ['05/20/2026', 'Workshop (Des Moines)', 'TPE: what reviewers look for in {64483} records', '[51106]', 'Waitlist'],
    ['06/03/2026', 'Webinar', 'E/M with a minor procedure: {99213} and modifier 25', '[51125]', 'Opens 05/01'],
    ['06/17/2026', 'Webinar', 'Botulinum toxin billing: {64612}, {64616}, J0585 and JW', '[51132]', 'Opens 05/15'],
    [
      '07/08/2026',
      'Virtual office hours',
      'Nerve blocks after LCD L[39240]: {64445}, {64447}',
      '[51141]',
      'Opens 06/01',
    ],
    [
      '08/05/2026',
      'Workshop (Topeka, KS [66612])',
      'Global surgery: {64712}, {64714}, {99024}',
      '[51188]',
      'Opens 07/01',
    ],
  ],
});

// ── 27. EDI enrollment form, text layer (decoy heavy) ──
const ediEnroll = lines({
  id: 's109-edienroll',
  kind: 's109-mac-edi-enrollment-form-text',
  before: 'TGHA EDI Enrollment Form — Part B — return with the signed EDI Registration',
  text: [
    'Section A. Provider: Mid-Missouri Nerve & Pain LLC   NPI 1457398821   PTAN 0P4471   Contract number: [05302]',
    'Mailing address: 2200 Bluff Rd Ste 300, Columbia, MO [65201]   Contact: Renee Falk, 573-555-0114',
    'Section B. Submitter: ClaimBridge Inc. (clearinghouse)   Submitter ID: CB[40388]   Network service vendor: none',
    'Clearinghouse address: 4800 NW Prairie View Rd, Kansas City, MO [64152]   Phone 816-555-0135',
    'Transactions: [x] 837P   [x] 835   [x] 276/277   [ ] 270/271 (through a HETS network service vendor)',
    'Test files: 2 accepted (batches [30952] and [30968]); production approved for 837P on 02/19/2026',
    'Section C. For TGHA use: agreement tracking no. [64632]   received 02/11/2026   activated 02/19/2026',
    'Return to TGHA EDI Operations, PO Box 7308, Omaha, NE [68103]   Fax 1-877-555-0163',
  ].join('\n'),
});

// ── 28. 837P companion guide example, X12 text layer ──
const x837 = lines({
  id: 's109-x837',
  kind: 's109-mac-edi-837p-companion-guide-example-x12',
  before: 'Companion Guide, Appendix B: 837P example with three service lines',
  text: [
    'ISA*00*          *00*          *ZZ*123456789      *ZZ*[05302]          *260312*1412*^*[00501]*000000101*1*T*:~',
    'GS*HC*123456789*[05302]*20260312*1412*101*X*005010X222A1~',
    'NM1*40*2*TGHA PART B MISSOURI*****46*[05302]~',
    'NM1*85*2*ABC PAIN CLINIC*****XX*1234567893~',
    'N4*ANYTOWN*MO*[64101]~',
    'NM1*PR*2*TGHA PART B MISSOURI*****PI*[05302]~',
    'CLM*PATACCT01*1955***22:B:1*Y*A*Y*Y~',
    'SV1*HC:{64712}:RT*1450*UN*1***1~',
    'SV1*HC:{64445}:59*325*UN*1***1:2~',
    'SV1*HC:{76942}*180*UN*1***1~',
  ].join('\n'),
});

// ── 29. 277CA claim acknowledgment, X12 text layer ──
const x277 = lines({
  id: 's109-x277',
  kind: 's109-mac-edi-277ca-acknowledgment-x12',
  before: '277CA received 03/13/2026 — batch 4417',
  text: [
    'BHT*0085*08*[20575]*20260313*0602*TH~',
    'NM1*PR*2*TGHA PART B MISSOURI*****PI*[05302]~',
    'NM1*41*2*CLAIMBRIDGE INC*****46*CB[40388]~',
    'TRN*1*[70942]~',
    'NM1*QC*1*ORTEGA*LUIS****MI*7HK2QM4TV61~',
    'TRN*2*LO5520~',
    'STC*A3:21:PR*20260313*U*410~',
    'SVC*HC:{64632}:LT*410*****2~',
    'STC*A7:453*20260313*U*410~',
    'REF*FJ*1~',
    'NM1*QC*1*DUVALL*ROGER****MI*9PX3TN8WK22~',
    'STC*A2:20:PR*20260313*WQ*395~',
    'REF*1K*0226074110372~',
    'SVC*HC:{64612}:50*395*****1~',
  ].join('\n'),
});

// ── 30. Front-end edit (claims acknowledgement) report, formatted text layer ──
const frontEnd = lines({
  id: 's109-frontend',
  kind: 's109-mac-edi-front-end-edit-report-text',
  before: 'TGHA EDI GATEWAY — FRONT-END EDIT REPORT — RUN 03/13/26 06:02',
  text: [
    'SUBMITTER CB[40388]   RECEIVER [05302]   BATCH [64714]   CLAIMS 42   ACCEPTED 40   REJECTED 2',
    'INTERCHANGE 000004417   FILE [88017]   FORMAT 005010X222A1   RECEIVED 03/12/26 23:48',
    'ACCT LO5520   MBI 7HK2QM4TV61   DOS 031326   LN 01   PROC {64632}   MOD LT   UNITS 2',
    '   EDIT [31406] UNITS EXCEED MAXIMUM FOR PROCEDURE — CLAIM REJECTED, CORRECT AND RESUBMIT',
    'ACCT HD3352   MBI 2WJ6RA5XY07   DOS 031026   LN 02   PROC {64612}   MOD 50   UNITS 2',
    '   EDIT [31412] BILATERAL MODIFIER WITH UNITS GREATER THAN 1',
    'ACCT HD3360   MBI 5CU8FE2LM40   DOS 031126   LN 01   PROC 6471    MOD RT   UNITS 1',
    '   EDIT [30118] INVALID PROCEDURE CODE FOR DATE OF SERVICE',
    'ACCT HD3371   MBI 8NV4KC6PT19   DOS 031226   LN 03   PROC {64714}   MOD 50   UNITS 1',
    '   EDIT [31855] MODIFIER 50 NOT ALLOWED WITH THIS PROCEDURE — LINE REJECTED',
    'END OF REPORT — [00042] RECORDS',
  ].join('\n'),
});

// ── 31. 835 electronic remittance, X12 text layer ──
const x835 = lines({
  id: 's109-x835',
  kind: 's109-mac-edi-835-remittance-x12',
  before: '835 — check/EFT 0027418839 — 04/02/2026',
  text: [
    'N1*PR*TGHA PART B MISSOURI~',
    'N4*OMAHA*NE*681043127~',
    'REF*2U*[05302]~',
    'N1*PE*MID-MISSOURI NERVE AND PAIN*XX*1457398821~',
    'N4*COLUMBIA*MO*[65201]~',
    'CLP*HD3318*1*2215*628.43*157.10*MB*0226071402180*22*1~',
    'SVC*HC:{64712}:RT*1450*494.58**1~',
    'CAS*CO*45*831.78~',
    'SVC*HC:{64445}:59*325*0**1~',
    'CAS*CO*97*325~',
    'LQ*HE*M15~',
    'SVC*HC:{76942}*180*0**1~',
    'CAS*CO*97*180~',
    'SVC*HC:{99204}:57*260*133.85**1~',
    'PLB*0P4471*20261231*WO:0226051208833*12.40~',
  ].join('\n'),
});

// ── 32. Medical review ADR letter, text layer ──
const adr = lines({
  id: 's109-adr',
  kind: 's109-mac-medical-review-adr-letter-text',
  before: 'ADDITIONAL DOCUMENTATION REQUEST — Medical Review, Part B',
  text: [
    'Letter date: 04/06/2026   Case number: [64632]   Page 1 of 3',
    'Mid-Missouri Nerve & Pain LLC, 2200 Bluff Rd Ste 300, Columbia, MO [65201]',
    'Your claims are selected for targeted review of {64712} (neuroplasty, sciatic nerve); the enclosed list shows 6 claims.',
    'Selection reason: your billing of {64712} per beneficiary is above the J5 peer rate (data analysis report [31920]).',
    'Send for each: the operative report, the history and physical, imaging, and notes for any {64445} on that date.',
    'Records must be received within 45 days of this letter. If not, the claim denies with reason code [56900].',
    'Mail: TGHA Medical Review Part B, PO Box [10473], Omaha, NE [68103]. esMD: content type 1, recipient J5 Part B [05302].',
    'Fax: 1-877-555-0199 with cover sheet form [20605]. If a billing agent files your {64712} claims, send them this letter.',
    'Attach a copy of this letter as the first page of each response (barcode [27734]).',
  ].join('\n'),
});

// ── 33. ADR claim enclosure list, table ("HCPCS" header) ──
const adrList = table({
  id: 's109-adrlist',
  kind: 's109-mac-medical-review-adr-claim-enclosure-grid',
  caption: 'Enclosure: claims selected for review — case 64632',
  headers: ['ICN', 'Beneficiary', 'DOS', 'HCPCS', 'Billed', 'Due'],
  rows: [
    ['0226071402180', 'HARLAN, D', '03/12/2026', '{64712}', '$1,450.00', '05/21/2026'],
    ['0226081544203', 'PRUITT, G', '03/20/2026', '{64712}', '$1,450.00', '05/21/2026'],
    ['0226083055612', 'KOONTZ, M', '03/23/2026', '{64712} {64445}', '$1,775.00', '05/21/2026'],
    ['0226088420197', 'BELL, A', '03/26/2026', '{64714}', '$1,380.00', '05/21/2026'],
    ['0226090116745', 'SOTO, R', '03/30/2026', '{64712}-50', '$2,175.00', '05/21/2026'],
    ['0226091903366', 'ABBOTT, J', '03/31/2026', '{64712} {99204}-57', '$1,710.00', '05/21/2026'],
  ],
});

// ── 34. TPE round 1 results letter, text layer ──
const tpeLetter = lines({
  id: 's109-tpeletter',
  kind: 's109-mac-tpe-round-results-letter-text',
  before: 'Targeted Probe and Educate (TPE) — Results of Round 1',
  text: [
    'Dear Provider: TGHA has completed round 1 of the TPE review of CPT code {64632} for PTAN 0P4471.',
    'We reviewed 20 claims; 9 were denied in full or in part. Claim error rate: 41.2% ($3,114.88 of $7,562.10).',
    'Most common errors: units of {64632} exceeded the nerves documented; no record of a failed {64455} series.',
    'Education: your one-on-one session is on 06/02/2026; call 1-866-555-0181 and give TPE ID [47150].',
    'The sample was drawn from dates of service 01/01/2026 – 02/28/2026 (sample ID [61744]).',
    'Round 2 starts no sooner than 45 days after the session; 20 to 40 claims for {64632} will be selected.',
    'Resources: L[39240] Peripheral Nerve Blocks and A[59802] Billing and Coding: Peripheral Nerve Blocks.',
    'Questions: TGHA Medical Review Part B, PO Box [10473], Omaha, NE [68103].',
  ].join('\n'),
});

// ── 35. TPE claim-level findings, table ("Code billed" header) ──
const tpeFindings = table({
  id: 's109-tpefind',
  kind: 's109-mac-tpe-claim-findings-grid',
  caption: 'Attachment A — claim-level findings (round 1)',
  headers: ['#', 'ICN', 'DOS', 'Code billed', 'Units', 'Decision', 'Reason / education'],
  rows: [
    ['1', '0226011204418', '01/08/2026', '{64632}', '2', 'Partial', 'One nerve documented; 1 unit allowed'],
    ['2', '0226013317026', '01/13/2026', '{64632}', '1', 'Allowed', ''],
    ['3', '0226018850311', '01/20/2026', '{64632}', '1', 'Denied', 'No prior {64455} or conservative care noted'],
    [
      '4',
      '0226022106694',
      '01/27/2026',
      '{64632}',
      '1',
      'Denied',
      'Unsigned procedure note; signature attestation not sent',
    ],
    ['5', '0226025540127', '02/02/2026', '{64632} {64455}', '1, 1', 'Partial', '{64455} same interspace, same day'],
    ['6', '0226031927500', '02/10/2026', '{64632}', '3', 'Denied', 'Records not received ([56900])'],
    ['7', '0226033710458', '02/16/2026', '{64632}', '1', 'Allowed', 'Education given by phone, call ref [77314]'],
  ],
});

// ── 36. MAC's published TPE results by code, table ("CPT/HCPCS" header) ──
const tpeResults = table({
  id: 's109-tperesults',
  kind: 's109-mac-medical-review-tpe-results-by-code-grid',
  caption: 'J5 Part B TPE results — quarter ending 03/31/2026',
  headers: ['CPT/HCPCS', 'State', 'Providers reviewed', 'Claims reviewed', 'Claim error rate'],
  rows: [
    ['{64632}', 'Missouri', '7', '138', '37.0%'],
    ['{64712}', 'Missouri, Kansas', '4', '61', '18.4%'],
    ['{64633}–{64636}', 'Iowa', '12', '287', '22.6%'],
    ['{64483}', 'Nebraska', '9', '191', '15.2%'],
    ['{20610}', 'All J5 states', '21', '402', '11.9%'],
    ['{64612}', 'Kansas', '3', '44', '9.1%'],
    ['{64445}', 'Iowa, Nebraska', '5', '96', '14.6%'],
  ],
});

// ── 37. Listserv e-mail, text layer ──
const listserv = lines({
  id: 's109-listserv',
  kind: 's109-mac-listserv-email-text',
  before: 'From: TGHA J5 Part B News <news@j5b.example.com>   To: J5B-NEWS list',
  text: [
    'Subject: J5 Part B: bill bilateral {64612} on one line; article A[59802] revised',
    'Effective for claims received on or after 05/04/2026, two lines of {64612} with RT and LT will deny as a duplicate.',
    'Report {64612}-50 with one unit. See MLN Matters MM[13926] and CR [13926] for the quarterly update.',
    'Billing and Coding: Peripheral Nerve Blocks (A[59802]) now lists {64446} in Group 1.',
    'Register for webinar event [64612] (April 22): peripheral nerve procedures, {64712} to {64632}.',
    'You are subscribed to J5B-NEWS (message [43107]). To leave the list, reply UNSUBSCRIBE.',
    'Sent to 18,204 subscribers of J5B-NEWS · issue [26114] · archived on the Listserv page.',
    'TGHA, LLC · 1900 Farnam St · Omaha, NE [68102] · A CMS contracted Medicare Administrative Contractor',
  ].join('\n'),
});

// ── 38. Portal secure message inbox, table ("Subject" header) ──
const inbox = table({
  id: 's109-inbox',
  kind: 's109-mac-portal-secure-message-inbox-grid',
  caption: 'Message center — 7 messages',
  headers: ['Received', 'From', 'Subject', 'Ticket', 'Read'],
  rows: [
    ['04/17/2026', 'Reopenings', 'Reopening completed: {64714} corrected to {64712}', '[38812]', 'Yes'],
    ['04/15/2026', 'Customer Service', 'Re: fee for {64445} in locality 02', '[64612]', 'Yes'],
    ['04/09/2026', 'Medical Review', 'ADR issued for 6 claims ({64712})', '[70984]', 'Yes'],
    ['04/02/2026', 'Provider Enrollment', 'Revalidation due date posted', '[71015]', 'No'],
    ['03/31/2026', 'Customer Service', 'Re: [71079] — why {99204} paid but {64712} pended', '[71079]', 'Yes'],
    ['03/30/2026', 'EDI', 'Front-end rejects on batch [64714]: {64632} units', '[71036]', 'No'],
    ['03/24/2026', 'EDI', 'Your 835 enrollment is active; receiver ID [05302]', '[70511]', 'Yes'],
  ],
});

// ── 39. Portal claims search export, CSV text layer ──
const claimsCsv = lines({
  id: 's109-claimscsv',
  kind: 's109-mac-portal-claims-export-csv-text',
  before: 'claim_status_export_20260420.csv',
  text: [
    'ICN,CONTRACT,DOS,LINE,HCPCS,MOD1,UNITS,BILLED,STATUS,CARC',
    '0226071402180,[05302],20260312,1,{64712},RT,1,1450.00,PAID,45',
    '0226071402180,[05302],20260312,2,{64445},59,1,325.00,DENIED,97',
    '0226074110372,[05302],20260316,1,{64612},50,1,395.00,PENDED,',
    '0226078306915,[05302],20260319,1,{99204},,1,260.00,PAID,45',
    '0226088420197,[05302],20260326,1,{64714},LT,1,1380.00,ADR,',
    '0226072214406,[05302],20260313,1,{64632},LT,1,410.00,DENIED,50',
    '0226069904418,[05302],20260305,2,{95874},,1,96.00,PAID,45',
  ].join('\n'),
});

// ── 40. MAC mailing addresses directory, table (decoy only) ──
const directory = table({
  id: 's109-directory',
  kind: 's109-mac-part-b-mailing-address-directory-grid',
  caption: 'J5 Part B mailing addresses',
  headers: ['Send', 'Address', 'City, State ZIP'],
  rows: [
    ['Paper claims (CMS-1500)', 'PO Box 3127', 'Omaha, NE [68104]'],
    ['Reopenings (written)', 'PO Box [64712]', 'Omaha, NE [68104]'],
    ['ADR and TPE responses', 'PO Box [10473]', 'Omaha, NE [68103]'],
    ['Voluntary refunds', 'PO Box [44920]', 'Kansas City, MO [64145]'],
    ['Overpayment and offset questions', 'PO Box [44931]', 'Kansas City, MO [64145]-0931'],
    ['Written inquiries', 'PO Box [20621]', 'Omaha, NE [68154]'],
    ['Provider enrollment', 'PO Box 6608', 'Des Moines, IA [50306]'],
    ['MSP records (BCRC, not TGHA)', 'PO Box 138897', 'Oklahoma City, OK [73125]'],
    ['EDI enrollment forms', 'PO Box 7308', 'Omaha, NE [68103]'],
  ],
});

export const sealed109: Snippet[] = [
  ...eligSummary,
  ...eligPrev,
  ...eligMsp,
  ...statusList,
  ...statusLines,
  ...remitList,
  ...spr,
  ...correction,
  ...reopenForm,
  ...reopenTrack,
  ...feeEntry,
  ...feeResults,
  ...feeDetail,
  ...feeCsv,
  ...lcdSearch,
  ...codeLookup,
  ...articleBtx,
  ...articleNb,
  ...lcdInfo,
  ...lcdContracts,
  ...articleRev,
  ...slides,
  ...slideTable,
  ...act,
  ...faq,
  ...events,
  ...ediEnroll,
  ...x837,
  ...x277,
  ...frontEnd,
  ...x835,
  ...adr,
  ...adrList,
  ...tpeLetter,
  ...tpeFindings,
  ...tpeResults,
  ...listserv,
  ...inbox,
  ...claimsCsv,
  ...directory,
];
