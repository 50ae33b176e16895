import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 112 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s112-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * provider, member and vendor ZIPs, X12 group control numbers, state file ids, encounter counts, vendor claim and
 * batch numbers, scrubber rule ids, the state's PO box, ticket, case, report and notice numbers. The five known codes' digits
 * come back as decoys: a corrective action plan number, MCO ticket numbers, a companion guide document id,
 * a scrubber rule id, the MCO's provider agreement number, an edit override request number and the PO box of the
 * MCO's encounter team. Five-digit X12 and T-MSIS fillers (the ISA version 00501, ST control numbers, the COT00002
 * and COT00003 record ids) are decoys too.
 *
 * Family: Medicaid managed care encounter data, seen from a managed care organization's encounter team and the
 * state: the MCO's 837P and 837I encounter submissions (2320 AMT*D, 2400 HCP pricing, 2430 SVD/CAS/DTP*573 line
 * adjudication), the state's 999 and 277CA responses, an encounter edit and rejection report, a file status screen in
 * the state's plan portal, a reconciliation dashboard (monthly export, tiles, drill-down by procedure code), the
 * state's encounter companion guide (segment requirements, edit code appendix, HCP pricing table, procedure reporting
 * prose), a delegated MSK/pain vendor's encounter feed (record layout, pipe-delimited sample, load error log) and the
 * subcontractor reconciliation, the quarterly encounter validation study (sample list, record abstraction form,
 * findings by data element, report narrative), a T-MSIS style data quality review, an OT procedure-code profile and
 * COT line records, a state corrective action plan letter and the MCO's CAP tracking log, a compliance assessment
 * table, the encounter team's ticket, SQL paste, JSON payload, state e-mail thread and weekly digest, a void/replace
 * batch, paid-amount variance and timeliness reports, an edit crosswalk, a warehouse XML extract, an edit override
 * request and the CFO's quarterly data certification.
 * Built on real public layouts: the X12 005010X222A1 (837P) and 005010X223A2 (837I) encounter loops as state
 * companion guides profile them (BHT06 = RP, 2320 AMT*D payer paid amount, 2400 HCP repricing, 2430 SVD/CAS/DTP*573),
 * the 005010X214 277CA (TRN, STC, REF*1K, SVC) and 005010X231A1 999 (AK1, AK2, IK3, IK4, IK5) acknowledgements, the
 * T-MSIS OT file record segments (COT00002 claim header, COT00003 line, PROCEDURE-CODE and PROCEDURE-CODE-FLAG) and
 * the CMS T-MSIS data quality checks, CMS EQR Protocol 5 (validation of encounter data: record-to-encounter
 * comparison of data elements), and the 42 CFR 438.606 data certification. The others are written the way such pages
 * read, with no single source.
 *
 * 353 labelled tokens over 40 shapes: 161 codes, 192 decoys, 68 of the decoys in KNOWN_10K. 132 of the codes are the
 * five known codes; their digits come back 11 times as decoys.
 */

// ── 1. 837P encounter file from the MCO to the state, X12 text (2320 AMT*D, 2400 HCP, 2430 SVD/CAS) ──
const enc837p = lines({
  id: 's112-837p',
  kind: 's112-mco-837p-encounter-submission-x12-text',
  before: 'File ENC837P_LCHP_20260310_0004.dat — view as text',
  text: [
    'ISA*00*          *00*          *ZZ*LCHP0417       *ZZ*OHMCDENC       *260310*0215*^*[00501]*000004417*0*P*:~',
    'GS*HC*LCHP0417*OHMCDENC*20260310*0215*[44173]*X*005010X222A1~',
    'ST*837*0001*005010X222A1~BHT*0019*00*LCH260310A*20260310*0215*RP~',
    'NM1*41*2*LAKESHORE COMMUNITY HEALTH PLAN*****46*LCHP0417~PER*IC*ENCOUNTER TEAM*TE*2165550148~',
    'NM1*85*2*NORTHCOAST PAIN AND NERVE CENTER*****XX*1467583920~N3*2500 EUCLID AVE STE 410~N4*CLEVELAND*OH*[44115]~',
    'SBR*P*18*******MC~NM1*IL*1*DOE*JANE****MI*106512349877~N4*PARMA*OH*[44130]~',
    'CLM*LCH2606900081734*1960.00***24:B:1*Y*A*Y*Y~HI*ABK:G5701*ABF:M5431~',
    'SBR*S*18*******MC~CAS*CO*45*1227.44~AMT*D*732.56~OI***Y***Y~NM1*PR*2*LAKESHORE COMMUNITY HEALTH PLAN*****PI*LCHP0417~',
    'LX*1~SV1*HC:{64712}:RT*1480.00*UN*1***1~DTP*472*D8*20260211~REF*6R*000183~HCP*03*612.40*867.60~',
    'SVD*LCHP0417*612.40*HC:{64712}:RT**1~CAS*CO*45*867.60~DTP*573*D8*20260302~',
    'LX*2~SV1*HC:{64445}:59*480.00*UN*1***1~DTP*472*D8*20260211~HCP*03*120.16*359.84~',
    'SVD*LCHP0417*120.16*HC:{64445}:59**1~CAS*CO*45*359.84~DTP*573*D8*20260302~',
    'HL*3*1*22*0~SBR*P*18*******MC~NM1*IL*1*ROE*MARIA****MI*107784410025~N4*EUCLID*OH*[44117]~',
    'CLM*LCH2606900081799*810.00***11:B:1*Y*A*Y*Y~HI*ABK:G5762~NM1*82*1*SZABO*ANNA****XX*1730299144~',
    'NM1*77*2*PARMA FOOT AND ANKLE*****XX*1609938821~N3*5790 PEARL RD~N4*PARMA*OH*[44129]~AMT*D*0~',
    'LX*1~SV1*HC:{64632}:T2*405.00*UN*1***1~SVD*LCHP0417*0*HC:{64632}:T2**1~CAS*CO*16*405.00~',
    'SE*52*0001~GE*1*[44173]~IEA*1*000004417~',
  ].join('\n'),
});

// ── 2. 837I outpatient surgery encounter, X12 text (revenue code lines carry the HCPCS) ──
const enc837i = lines({
  id: 's112-837i',
  kind: 's112-mco-837i-outpatient-encounter-x12-text',
  before: 'ENC837I_LCHP_20260310_0002.dat (segments one per line)',
  text: [
    'GS*HC*LCHP0417*OHMCDENC*20260310*0220*[44179]*X*005010X223A2~',
    'NM1*85*2*LAKEWOOD AMBULATORY SURGERY CENTER*****XX*1982044417~N4*LAKEWOOD*OH*[44107]~',
    'SBR*P*18*******MC~NM1*IL*1*POPE*DARNELL****MI*105550219834~N4*NORTH OLMSTED*OH*[44070]~',
    'CLM*LCH2606800077102*8642.00***83:B:1**A*Y*Y~DTP*434*RD8*20260206-20260206~CL1*3*1*01~',
    'REF*G1*A[26118]~HI*ABK:G5701*ABF:M5431~',
    'AMT*D*2411.09~',
    'LX*1~SV2*0360*HC:{64712}:RT*6120.00*UN*1~DTP*472*D8*20260206~SVD*LCHP0417*1904.22*HC:{64712}:RT*0360*1~',
    'LX*2~SV2*0360*HC:{64714}:RT*1880.00*UN*1~SVD*LCHP0417*0*HC:{64714}:RT*0360*1~CAS*CO*97*1880.00~',
    'LX*3~SV2*0370*HC:{64445}*642.00*UN*1~SVD*LCHP0417*506.87*HC:{64445}*0370*1~DTP*573*D8*20260227~',
    'SE*41*0002~GE*1*[44179]~',
  ].join('\n'),
});

// ── 3. State encounter edit and rejection report, grid ──
const editReport = table({
  id: 's112-editrpt',
  kind: 's112-state-encounter-edit-rejection-report-grid',
  caption: 'Encounter Edit Report — Lakeshore Community Health Plan — File ID 20645 — run 03/11/2026',
  headers: ['TCN', 'MCO Claim ID', 'Ln', 'Proc', 'Mod', 'Edit', 'Edit Description', 'Disp'],
  rows: [
    ['2026070004417001', 'LCH2606900081734', '1', '{64712}', 'RT', '1017', 'Rendering NPI not enrolled on DOS', 'Deny'],
    [
      '2026070004417002',
      'LCH2606900081799',
      '1',
      '{64632}',
      'T2',
      '2047',
      'Procedure/modifier combination invalid',
      'Deny',
    ],
    [
      '2026070004417002',
      'LCH2606900081799',
      '2',
      '{64632}',
      'T3',
      '2047',
      'Procedure/modifier combination invalid',
      'Deny',
    ],
    [
      '2026070004417005',
      'LCH2606900081802',
      '1',
      '{64612}',
      '50',
      '2051',
      'Exact duplicate of TCN 2026050003981044',
      'Deny',
    ],
    [
      '2026070004417009',
      'LCH2606900081823',
      '1',
      '{99213}',
      '25',
      '3104',
      'MCO paid amount missing (2430 SVD02)',
      'Pend',
    ],
    [
      '2026070004417009',
      'LCH2606900081823',
      '2',
      '{64445}',
      '',
      '3104',
      'MCO paid amount missing (2430 SVD02)',
      'Pend',
    ],
    ['2026070004417014', 'LCH2606900081840', '1', '{64714}', 'LT', '0512', 'Diagnosis not payable as primary', 'Deny'],
    ['2026070004417021', 'LCH2606900081877', '1', '{64455}', 'RT', '2060', 'Units exceed daily maximum', 'Deny'],
  ],
});

// ── 4. 277CA claim acknowledgement for encounters, X12 text ──
const ack277 = lines({
  id: 's112-277ca',
  kind: 's112-state-277ca-encounter-acknowledgement-x12-text',
  before: '277CA returned for file ENC837P_LCHP_20260310_0004.dat',
  text: [
    'ST*277*0001*005010X214~BHT*0085*08*[20645]*20260311*0604*TH~',
    'NM1*PR*2*DEPARTMENT OF MEDICAID*****PI*OHMCDENC~TRN*1*[20645]~STC*A1:19:PR*20260311*WQ*[23417].80~',
    'NM1*41*2*LAKESHORE COMMUNITY HEALTH PLAN*****46*LCHP0417~QTY*90*412~QTY*AA*37~',
    'TRN*2*LCH2606900081799~STC*A7:454*20260311*U*810.00~REF*1K*2026070004417002~',
    'SVC*HC:{64632}:T2*405.00*****1~STC*A7:454:PR*20260311*U*405.00~REF*FJ*000211~DTP*472*D8*20260219~',
    'SVC*HC:{64632}:T3*405.00*****1~STC*A7:454:PR*20260311*U*405.00~REF*FJ*000212~',
    'TRN*2*LCH2606900081823~STC*A7:672*20260311*U*612.00~REF*1K*2026070004417009~',
    'SVC*HC:{64445}*480.00*****1~STC*A7:672:PR~DTP*472*D8*20260224~',
    'SE*29*0001~',
  ].join('\n'),
});

// ── 5. 999 implementation acknowledgement, X12 text (decoy only) ──
const ack999 = lines({
  id: 's112-999',
  kind: 's112-state-999-implementation-ack-x12-text',
  before: '999 for interchange 000004418',
  text: [
    'ST*999*[00418]*005010X231A1~AK1*HC*[44180]*005010X222A1~',
    'AK2*837*0003*005010X222A1~IK3*N4*18*2010BA*8~IK4*3*116*7*441~',
    'CTX*CLM01:LCH2606900082017~IK5*R*5~',
    'AK9*R*3*3*2~SE*9*[00418]~',
  ].join('\n'),
});

// ── 6. Encounter reconciliation dashboard, export by month (decoy only) ──
const reconMonth = table({
  id: 's112-reconmo',
  kind: 's112-encounter-reconciliation-monthly-export-grid',
  caption: 'Encounter Reconciliation — Submitted vs Accepted vs Paid — CY2026 (CSV export opened in the browser)',
  headers: ['paid_month', 'mco_paid_claims', 'submitted', 'accepted', 'rejected', 'accept_pct', 'not_yet_submitted'],
  rows: [
    ['2026-01', '[51204]', '[50988]', '[49377]', '1611', '96.8', '216'],
    ['2026-02', '[47330]', '[47102]', '[45508]', '1594', '96.6', '228'],
    ['2026-03', '[52152]', '[38261]', '[36803]', '1458', '96.2', '[13891]'],
    ['YTD', '150686', '136351', '131688', '4663', '96.5', '[14335]'],
  ],
});

// ── 7. Reconciliation dashboard tiles and notes, text layer ──
const reconTiles = lines({
  id: 's112-recontile',
  kind: 's112-encounter-reconciliation-dashboard-tiles-text',
  before: 'Encounter Data Reconciliation Dashboard — Lakeshore Community Health Plan — refreshed 03/14/2026 06:00',
  text: [
    'Submitted 136,351   Accepted 131,688   Rejected 4,663   Lines with $0 MCO paid [12071]',
    'Gap to claims paid: [14335] encounters (9.5%) — target under 2% at 90 days',
    'Member months with at least one encounter: [38812] of [61940] paid capitation months (62.7%)',
    'Delegated vendors: Apex Spine & Pain [10207] submitted / [10120] accepted; VisionFirst 8,912 / 8,904',
    'Top rejected procedure this month: {64632} (418 lines, edit 2047), then {64612} (97 lines, edit 2051)',
    'Dashboard id [20181] · data as of claim cycle 2026-10 · owner: Encounter Data Team (ext. 4471)',
  ].join('\n'),
});

// ── 8. Reconciliation drill-down by procedure code, grid ("CPT/HCPCS" header) ──
const reconProc = table({
  id: 's112-reconproc',
  kind: 's112-encounter-reconciliation-by-procedure-grid',
  caption: 'Drill-down: professional encounters, Q1 2026, procedure codes in family 644xx–647xx',
  headers: ['CPT/HCPCS', 'Paid lines', 'Submitted', 'Accepted', 'Rejected', 'MCO paid $', 'Accept rate'],
  rows: [
    ['{64712}', '214', '211', '188', '23', '$129,876.40', '89.1%'],
    ['{64714}', '37', '37', '31', '6', '$21,190.77', '83.8%'],
    ['{64445}', '1,902', '1,897', '1,861', '36', '$228,615.03', '98.1%'],
    ['{64632}', '1,466', '1,460', '1,042', '418', '$98,214.60', '71.4%'],
    ['{64612}', '388', '386', '289', '97', '$46,902.15', '74.9%'],
    ['{64713}', '12', '12', '12', '0', '$7,711.20', '100.0%'],
    ['{64616}', '44', '44', '40', '4', '$4,380.10', '90.9%'],
    ['{64640}', '512', '509', '497', '12', '$39,400.21', '97.6%'],
  ],
});

// ── 9. State encounter companion guide, segment requirements table ──
const cgSegments = table({
  id: 's112-cgseg',
  kind: 's112-companion-guide-segment-requirements-grid',
  caption: 'Table 7-3. 837P encounter: state-specific requirements (supplements the TR3, does not replace it)',
  headers: ['Loop', 'Segment/Element', 'Name', 'State requirement', 'Example'],
  rows: [
    ['2010AA', 'N4', 'Billing provider city/state/ZIP', 'ZIP+4 required', 'N4*COLUMBUS*OH*432153793~'],
    ['2300', 'CLM01', 'Patient control number', 'MCO internal claim ID; max 20', 'CLM*LCH2606900081734*…'],
    ['2320', 'AMT01=D', 'Payer paid amount', 'MCO claim-level paid; $0 on denied lines', 'AMT*D*732.56~'],
    ['2400', 'SV101-2', 'Procedure code', 'As billed by provider; no MCO recoding', 'SV1*HC:{64712}:RT*1480*UN*1~'],
    ['2400', 'HCP01–HCP03', 'Pricing/repricing', 'Required when MCO priced the line', 'HCP*03*612.40*867.60~'],
    ['2310C', 'N4', 'Service facility ZIP', 'Required when not the billing address', 'N4*LAKEWOOD*OH*[44107]~'],
    ['2400', 'SV104', 'Units', 'One line per nerve or per side; units as billed', 'SV1*HC:{64632}:LT*390*UN*2~'],
    ['2430', 'SVD02', 'Service line paid amount', 'Required on every line', 'SVD*LCHP0417*120.16*HC:{64445}**1~'],
    [
      '2430',
      'SVD03',
      'Paid procedure code',
      'Only when the MCO paid a code other than billed',
      'SVD*LCHP0417*498.20*HC:{64708}**1~',
    ],
    ['2430', 'DTP03 (573)', 'Adjudication date', 'CCYYMMDD, not before 2300 DTP*472', 'DTP*573*D8*20260302~'],
  ],
});

// ── 10. Companion guide edit code table, grid ──
const cgEdits = table({
  id: 's112-cgedits',
  kind: 's112-companion-guide-encounter-edit-code-table',
  caption: 'Appendix C. Encounter edits, dispositions and the loop each edit reads',
  headers: ['Edit', 'Edit description', 'Disposition', 'Loop/Seg', 'Notes for MCOs'],
  rows: [
    ['1017', 'Rendering provider not enrolled on DOS', 'Deny', '2310B NM1', 'Enrollment file refreshed nightly'],
    [
      '2047',
      'Procedure/modifier combination invalid',
      'Deny',
      '2400 SV101',
      'Toe modifiers TA and T1–T9 are not valid with {64632}; use RT/LT',
    ],
    ['2051', 'Exact duplicate', 'Deny', '2300/2400', 'Bilateral {64612} must be one line with 50, not two lines'],
    ['2060', 'Units exceed daily maximum', 'Deny', '2400 SV104', 'MUE values per CMS; {64445} = 1, {64632} = 2'],
    ['3104', 'MCO paid amount missing', 'Pend 30 days', '2430 SVD02', 'Zero is a value; blank is not'],
    ['3120', 'Paid amount exceeds billed', 'Inform', '2430 SVD02', 'Informational through 06/30/2026'],
    ['0512', 'Diagnosis not payable as primary', 'Deny', '2300 HI', 'See ICD-10 list in Appendix F'],
    [
      '2072',
      'Procedure not covered for age',
      'Deny',
      '2400 SV101',
      '{64612}–{64617} under age 18 need the PA number in REF*G1',
    ],
    [
      '2090',
      'Prior authorization number missing',
      'Inform',
      '2300 REF*G1',
      'Applies to {64712}, {64713}, {64714} from 07/01/2026',
    ],
  ],
});

// ── 11. Companion guide prose, PDF text layer ──
const cgProse = lines({
  id: 's112-cgprose',
  kind: 's112-companion-guide-procedure-reporting-prose-text',
  before: '6.4 Reporting procedure codes and MCO payment on encounters',
  text: [
    'MCOs must report in SV101-2 the procedure code the provider billed, even when the MCO paid under a different code.',
    'For example, when a provider bills {64712} and the MCO downcodes payment to {64708}, report {64712} in SV101-2',
    'and {64708} in SVD03-2 of the 2430 loop, with the MCO paid amount in SVD02.',
    'Nerve blocks (CPT {64400}–{64530}) billed by the anesthesia group on the surgery date are reported as separate lines.',
    'Zero-paid lines (bundled, such as a {64445} included in a global surgical package) must still be submitted.',
    'Send test files and questions to the EDI Help Desk, Department of Medicaid, Columbus, OH [43218]-2709.',
    'Department of Medicaid · 837P Encounter Companion Guide · Document [64612] · Version 3.2 · March 2026 · Page 41 of 88',
  ].join('\n'),
});

// ── 12. Delegated vendor encounter feed record layout, grid ──
const feedLayout = table({
  id: 's112-feedlayout',
  kind: 's112-delegated-vendor-encounter-feed-layout-grid',
  caption: 'Subcontractor Encounter Feed Specification v2.1 — Detail record (D), pipe-delimited',
  headers: ['#', 'Field', 'Max len', 'Format', 'Required', 'Description / sample'],
  rows: [
    ['1', 'REC_TYPE', '1', 'X', 'Y', 'Always D'],
    ['2', 'VENDOR_ID', '3', 'X', 'Y', 'APX, VSF, NMT'],
    ['3', 'VENDOR_CLM_ID', '20', 'X', 'Y', 'Vendor claim number, e.g. APX2602-[10276]'],
    ['7', 'PROC_CD', '5', 'X', 'Y', 'CPT/HCPCS as billed, e.g. {64445}'],
    ['8', 'MOD_1', '2', 'X', 'N', 'RT, LT, 50, 59, XS'],
    ['11', 'VENDOR_PAID_AMT', '11', '9(8)V99', 'Y', 'Amount vendor paid provider; 000000000 when denied'],
    ['15', 'SVC_ZIP', '5', '9', 'Y', 'Service location ZIP, e.g. [45237]'],
    ['16', 'VENDOR_PROV_NO', '5', '9', 'Y', 'Vendor’s own provider number, e.g. [40318]'],
    ['18', 'VENDOR_AUTH_NO', '12', 'X', 'N', 'Vendor authorization, e.g. APXA[26031]; blank when none'],
  ],
});

// ── 13. Delegated vendor feed sample rows, pipe-delimited text ──
const feedRows = lines({
  id: 's112-feedrows',
  kind: 's112-delegated-vendor-encounter-feed-pipe-text',
  before: 'APX_LCHP_ENC_20260303.txt',
  text: [
    'H|APX|LCHP|20260303|000412|v2.1',
    'D|APX|APX2602-[10276]|106512349877|20260204|20260204|{64445}|RT||1|485.00|212.18|1467583920|[45237]',
    'D|APX|APX2602-[10277]|106512349877|20260204|20260204|{76942}|26||1|110.00|38.52|1467583920|[45237]',
    'D|APX|APX2602-[10281]|107784410025|20260206|20260206|{64632}|LT||1|390.00|0|1730299144|[45227]',
    'D|APX|APX2602-[10290]|106620004381|20260209|20260209|{64612}|50||1|640.00|301.40|1558822410|[45215]',
    'D|APX|APX2602-[10294]|106620004381|20260209|20260209|{95874}|||1|150.00|64.11|1558822410|[45215]',
    'D|APX|APX2602-[10301]|105550219834|20260210|20260210|{64640}|RT||1|420.00|101.60|1295817736|[45219]',
    'D|APX|APX2602-[10305]|105550219834|20260210|20260210|{64450}|RT||1|260.00|88.40|1295817736|[45219]',
    'T|APX|000412|000409|[88412].90|[38275].17',
  ].join('\n'),
});

// ── 14. Vendor feed load error log, text ──
const feedLog = lines({
  id: 's112-feedlog',
  kind: 's112-vendor-feed-load-error-log-text',
  before: 'encload.log — job ENC_VENDOR_LOAD run 4471',
  text: [
    '2026-03-04 02:11:09 INFO  file APX_LCHP_ENC_20260303.txt header ok, 412 detail records, batch [30302]',
    "2026-03-04 02:11:12 WARN  rec 118 APX2602-[10281]: VENDOR_PAID_AMT '0' with PROC_CD '{64632}' and no denial reason",
    "2026-03-04 02:11:12 ERROR rec 131 APX2602-[10290]: PROC_CD '{64612}' MOD_1 '50' units 2 (expected 1 with 50)",
    "2026-03-04 02:11:13 ERROR rec 207 APX2602-[10347]: PROC_CD '6444' length 4; nearest valid {64445}? sent back to vendor",
    '2026-03-04 02:11:14 INFO  409 records staged to ENC_STG as batch [30307]; outbound 837P build queued for file [20802]',
    '2026-03-04 02:11:15 INFO  trailer count 412 != loaded 409; 3 held in queue ENC-VND-HOLD, ticket ENC-[64714]',
  ].join('\n'),
});

// ── 15. Encounter validation study sample list, grid ──
const evsSample = table({
  id: 's112-evssample',
  kind: 's112-encounter-validation-study-sample-list-grid',
  caption:
    'Quarterly Encounter Validation Study — Q1 2026 sample — Lakeshore Community Health Plan (records due 04/24/2026)',
  headers: ['Sample #', 'TCN', 'Recipient ID', 'DOS', 'Proc', 'Rendering NPI', 'Records rec’d'],
  rows: [
    ['EVS26Q1-0117', '2026040003211458', '106512349877', '01/14/2026', '{64712}', '1467583920', 'Y'],
    ['EVS26Q1-0118', '2026040003211461', '107784410025', '01/16/2026', '{64632}', '1730299144', 'Y'],
    ['EVS26Q1-0126', '2026050003402207', '106620004381', '01/22/2026', '{64612}', '1558822410', 'N'],
    ['EVS26Q1-0131', '2026050003402299', '108201937745', '01/27/2026', '{64445}', '1467583920', 'Y'],
    ['EVS26Q1-0140', '2026060003577010', '104439021176', '02/03/2026', '{20610}', '1295817736', 'Y'],
    ['EVS26Q1-0152', '2026060003577122', '105550219834', '02/11/2026', '{64714}', '1467583920', 'Y'],
    ['EVS26Q1-0158', '2026060003577190', '106620004381', '02/12/2026', '{64615}', '1558822410', 'Y'],
  ],
});

// ── 16. Encounter validation findings by data element, grid ──
const evsFindings = table({
  id: 's112-evsfind',
  kind: 's112-encounter-validation-findings-by-element-grid',
  caption: 'Record-to-encounter comparison (EQR Protocol 5, activity 4) — mismatches only',
  headers: ['Sample #', 'Data element', 'Encounter value', 'Medical record', 'Result', 'Error type'],
  rows: [
    ['EVS26Q1-0117', 'Procedure code', '{64712}', '{64708}', 'Mismatch', 'Higher-level code on encounter'],
    ['EVS26Q1-0118', 'Units', '2', '1', 'Mismatch', 'Units overstated'],
    ['EVS26Q1-0126', 'Procedure code', '{64612}', 'No record', 'Unsupported', 'Record not provided'],
    ['EVS26Q1-0131', 'Procedure code', '{64445}', '{64446}', 'Mismatch', 'Continuous infusion documented'],
    ['EVS26Q1-0144', 'Service facility ZIP', '[44130]', '[44134]', 'Mismatch', 'Provider file stale'],
  ],
});

// ── 17. Encounter validation study report narrative, PDF text ──
const evsNarr = lines({
  id: 's112-evsnarr',
  kind: 's112-encounter-validation-study-report-narrative-text',
  before: '4. Findings: procedure coding accuracy',
  text: [
    'The sample was drawn from [45508] professional encounters accepted in the quarter, stratified by provider type.',
    'Of the 411 sampled professional encounters, the procedure code on the encounter was supported by the record in 372 (90.5%).',
    'Errors clustered in peripheral nerve surgery: six encounters reported {64712} (neuroplasty, sciatic nerve) where the',
    'operative report described an open neurolysis better coded {64708}; two reported {64714} without a retroperitoneal approach.',
    'Podiatry encounters for {64632} were supported, but units were overstated on 14 of 40 sampled lines.',
    'Records were requested from 96 practices; one practice (Cleveland, OH [44105]) returned none, scored as unsupported.',
    'Keystone Quality Review Partners · EQR report no. [31101] · prepared for the Department of Medicaid · Page 12',
  ].join('\n'),
});

// ── 18. T-MSIS style data quality report, grid (decoy heavy) ──
const tmsisDq = table({
  id: 's112-tmsisdq',
  kind: 's112-tmsis-data-quality-measures-grid',
  caption: 'T-MSIS Data Quality Review — OT file — managed care encounter records — reporting period 2026-01',
  headers: ['DQ check', 'Description', 'Numerator', 'Denominator', 'Pct', 'Threshold', 'Status'],
  rows: [
    ['OT.ENC.01', 'Encounter lines with MCO paid amount populated', '[61428]', '[62180]', '98.8%', '≥ 95%', 'Met'],
    ['OT.ENC.04', 'PROCEDURE-CODE valid for date of service', '[61683]', '[62180]', '99.2%', '≥ 99%', 'Met'],
    ['OT.ENC.07', 'Lines with PROCEDURE-CODE-FLAG = 01 (CPT-4)', '[54520]', '[62180]', '87.7%', 'Informational', '—'],
    ['OT.ENC.11', 'Encounter volume vs prior 6-month mean', '[62180]', '[59413]', '104.7%', '80–120%', 'Met'],
    ['OT.ENC.19', 'BILLING-PROV-NPI found in provider file', '[62003]', '[62180]', '99.7%', '≥ 98%', 'Met'],
    [
      'OT.ENC.22',
      'Encounters linked to a capitation payment, same plan and month',
      '[57904]',
      '[62180]',
      '93.1%',
      '≥ 90%',
      'Met',
    ],
    ['OT.ENC.15', 'Duplicate encounter lines (same TCN line)', '[11421]', '[62180]', '18.4%', '≤ 2%', 'Not met'],
  ],
});

// ── 19. T-MSIS OT procedure code profile, grid ("PROCEDURE-CODE" header) ──
const tmsisProc = table({
  id: 's112-tmsisproc',
  kind: 's112-tmsis-ot-procedure-code-profile-grid',
  caption: 'Top procedure codes on encounter lines with MCO-PAID-AMT = 0, plan 4170021800, 2026-01',
  headers: ['PROCEDURE-CODE', 'FLAG', 'Lines', 'Zero-paid lines', 'Pct zero-paid'],
  rows: [
    ['{64445}', '01', '688', '241', '35.0%'],
    ['{64632}', '01', '512', '190', '37.1%'],
    ['{64712}', '01', '71', '9', '12.7%'],
    ['{99213}', '01', '[14005]', '611', '4.4%'],
    ['J0585', '06', '131', '2', '1.5%'],
  ],
});

// ── 20. T-MSIS OT line record, pipe-delimited text ──
const tmsisRec = lines({
  id: 's112-tmsisrec',
  kind: 's112-tmsis-cot-line-record-pipe-text',
  before: 'OT claim file 39_OT_202601_0004.txt — records for TCN 2026040003211458',
  text: [
    'COT[00002]|39|2026040003211458|1|106512349877|20260114|20260114|3|A|1|732.56|1960.00|4170021800|',
    'COT[00003]|39|2026040003211458|1|1|{64712}|01|RT||||1|1480.00|612.40|20260302|1467583920|[44115]|',
    'COT[00003]|39|2026040003211458|1|2|{64445}|01|59||||1|480.00|120.16|20260302|1467583920|[44115]|',
    'COT[00003]|39|2026040003211461|1|1|{64632}|01|LT||||2|780.00|196.80|20260219|1730299144|[44129]|',
    'COT[00002]|39|2026050003402207|1|106620004381|20260209|20260209|3|A|1|301.40|640.00|4170021800|',
    'COT[00003]|39|2026050003402207|1|1|{64612}|01|50||||1|640.00|301.40|20260305|1558822410|[45215]|',
  ].join('\n'),
});

// ── 21. State corrective action plan request letter, PDF text ──
const capLetter = lines({
  id: 's112-capletter',
  kind: 's112-state-corrective-action-plan-letter-text',
  before: 'Department of Medicaid — Bureau of Managed Care Compliance',
  text: [
    'Department of Medicaid, 50 W. Town Street, Suite 400, Columbus, OH [43215]',
    'March 20, 2026   Sent via the MCP portal and certified mail 9589 0710 5270 0411 6470 12',
    'RE: Corrective Action Plan CAP-2026-[64714] — Encounter data completeness and accuracy (Contract Appendix L)',
    'Our Q4 2025 review found that encounters for sciatic nerve blocks ({64445}) and plantar digital nerve destruction',
    '({64632}) submitted by your delegated vendor carried no 2430 SVD loop on 23% of lines.',
    'Lakeshore must submit a CAP within 30 days to Encounter Unit, PO Box [43260], Columbus, OH [43266]-0001.',
    'Basis: Encounter Data Quality Report [10449] (February 27, 2026), pages 4–9, and EVS report [31101].',
    'Prior notice: compliance action [20374] (October 2025). Questions: encounter.unit@medicaid.example.gov',
  ].join('\n'),
});

// ── 22. CAP tracking log, grid ──
const capTrack = table({
  id: 's112-captrack',
  kind: 's112-corrective-action-plan-tracking-grid',
  caption: 'CAP-2026-64714 tracking (MCO Compliance, updated weekly)',
  headers: ['Finding', 'Root cause', 'Corrective action', 'Owner', 'Due', 'Status'],
  rows: [
    [
      'F1 2430 loop missing on vendor lines ({64445}, {64632})',
      'APX feed had no paid amount',
      'Feed v2.1 adds VENDOR_PAID_AMT',
      'Vendor Mgmt',
      '04/30/2026',
      'In progress',
    ],
    [
      'F2 Bilateral {64612} sent as two lines',
      'Claims config split 50',
      'Config change CR-[22150]',
      'Claims Config',
      '05/15/2026',
      'Open',
    ],
    [
      'F3 Duplicates after void/replace',
      'Freq 8 sent before 7',
      'Batch sequencing fix',
      'IT Encounter',
      '04/15/2026',
      'Complete',
    ],
    ['F4 Stale provider ZIPs', 'Provider file lag', 'Nightly NPPES match, CR-[22163]', 'PDM', '06/01/2026', 'Open'],
  ],
});

// ── 23. MCO encounter team ticket, text ──
const ticket = lines({
  id: 's112-ticket',
  kind: 's112-mco-encounter-team-jira-ticket-text',
  before: 'ENCDATA board · Encounter Operations',
  text: [
    'ENCDATA-[12409]  Edit 2047 rejections spike on {64632} with toe modifiers (T1–T9)',
    'Priority: High   Component: 837P outbound   Linked: CAP-2026-[64714], ENCDATA-[12338]',
    'Description: 418 lines rejected in file [20645]; all podiatry, all APX vendor. State wants RT/LT on {64632}, not T-mods.',
    'Comment (M. Okafor): confirmed — companion guide v3.2 appendix C row 2047. Vendor bills {64632}-T2, we pass it through.',
    'Comment (R. Haddad): can we map T1–T4 to LT and T5–T9 to RT in the outbound map only? {64632} stays as billed.',
    'Resolution: outbound crosswalk rule [52021] deployed 03/19; resubmission batch [30468] queued (412 encounters).',
  ].join('\n'),
});

// ── 24. E-mail between the state encounter unit and the MCO encounter team, text ──
const email = lines({
  id: 's112-email',
  kind: 's112-state-mco-encounter-email-thread-text',
  before: 'Inbox — Encounter Data Team',
  text: [
    'From: Priya Natarajan <encounter.unit@medicaid.example.gov>   To: LCHP Encounter Team',
    'Sent: Friday, March 13, 2026 4:12 PM   State case no. [57211]   Attachments: dup_tcns_feb.xlsx',
    'Subject: RE: Feb encounter rejections – edit 2051 on {64612} (your ticket ENC-[64445])',
    'Yes, the duplicate hits are real. Your file sent {64612} twice for the same DOS, once with RT and once with LT.',
    'Per section 6.4, bilateral facial chemodenervation goes on one line: {64612}-50, 1 unit. Please void TCNs',
    '2026050003981044 and 2026050003981045 (frequency 8) and send a replacement (frequency 7) for {64612}-50.',
    '> From: LCHP Encounter Team — Do the same rules apply to {64712} and {64714} with RT/LT? We see edit 2051 there too.',
    '> We also see 2051 where the anesthesia group bills 59 {64445} on the same DOS as the surgeon’s {64712}.',
    'They do not: {64712} and {64714} are paired by side with RT/LT and should not hit 2051. Send me 3 TCNs and I will look.',
    'Lakeshore Community Health Plan · Encounter Data Team · PO Box [64632] · Cleveland, OH [44101] · 216-555-0148',
  ].join('\n'),
});

// ── 25. Void/replace resubmission batch, grid ──
const voidReplace = table({
  id: 's112-voidrepl',
  kind: 's112-encounter-void-replace-batch-grid',
  caption: 'Resubmission batch 30468 — frequency 7 (replace) and 8 (void) — built 03/19/2026',
  headers: ['Original TCN', 'Freq', 'MCO claim', 'Reason', 'Proc (original)', 'Proc (resubmitted)'],
  rows: [
    ['2026050003981044', '8', 'LCH2605100042211', 'Duplicate line (bilateral)', '{64612}-RT', '—'],
    ['2026050003981045', '7', 'LCH2605100042211', 'Bilateral on one line', '{64612}-LT', '{64612}-50'],
    ['2026070004417002', '7', 'LCH2606900081799', 'Toe modifier to side', '{64632}-T2', '{64632}-LT'],
    ['2026070004417014', '7', 'LCH2606900081840', 'Diagnosis corrected', '{64714}-LT', '{64714}-LT'],
    ['2026040003211458', '7', 'LCH2606900081734', 'Paid amount corrected', '{64712}-RT', '{64712}-RT'],
  ],
});

// ── 26. Paid amount variance report (HCP vs SVD vs claims system), grid ──
const paidVariance = table({
  id: 's112-paidvar',
  kind: 's112-encounter-paid-amount-variance-grid',
  caption: 'Paid amount variance: encounter SVD02 vs claims system paid, February adjudications, |variance| > $1',
  headers: ['MCO claim', 'Ln', 'HCPCS', 'Billed', 'HCP02 allowed', 'SVD02 paid', 'Claims sys paid', 'Variance'],
  rows: [
    ['LCH2606900081734', '1', '{64712}', '1480.00', '612.40', '612.40', '642.18', '-29.78'],
    ['LCH2606900081734', '2', '{64445}', '480.00', '120.16', '120.16', '120.16', '0.00'],
    ['LCH2606800077102', '2', '{64714}', '1880.00', '0.00', '0.00', '571.40', '-571.40'],
    ['LCH2606900082233', '1', '{64612}', '640.00', '301.40', '0.00', '301.40', '-301.40'],
    ['LCH2606900082290', '1', '{64640}', '420.00', '98.75', '98.75', '101.60', '-2.85'],
  ],
});

// ── 27. Encounter timeliness report, grid (decoy only) ──
const timeliness = table({
  id: 's112-timely',
  kind: 's112-encounter-submission-timeliness-grid',
  caption: 'Timeliness: days from MCO adjudication to state acceptance (contract standard: 95% within 35 days)',
  headers: ['Adjudication month', 'Encounters', '0–35 days', '36–60', '61–90', '> 90', '% timely'],
  rows: [
    ['Oct 2025', '[50377]', '[48311]', '1,512', '388', '166', '95.9%'],
    ['Nov 2025', '[49012]', '[46630]', '1,802', '411', '169', '95.1%'],
    ['Dec 2025', '[46143]', '[43162]', '2,277', '530', '174', '93.5%'],
    ['Jan 2026', '[51204]', '[48899]', '1,716', '402', '187', '95.5%'],
    ['Feb 2026', '[47318]', '[45022]', '1,734', '400', '162', '95.1%'],
    ['Mar 2026 (to date)', '[38261]', '[36911]', '1,102', '201', '47', '96.5%'],
  ],
});

// ── 28. State encounter portal file submission status screen, grid ──
const portalFiles = table({
  id: 's112-portal',
  kind: 's112-state-encounter-portal-file-status-grid',
  caption: 'MCP Portal › Encounters › File Status — Lakeshore Community Health Plan (plan ID 4170021800)',
  headers: ['File name', 'File ID', 'Received', 'Type', 'Claims', 'Accepted', 'Rejected', 'Status'],
  rows: [
    ['ENC837P_LCHP_20260303_0003.dat', '[20508]', '03/03/2026 02:15', '837P', '[11963]', '[11702]', '261', 'Accepted'],
    ['ENC837P_LCHP_20260310_0004.dat', '[20645]', '03/10/2026 02:16', '837P', '412', '375', '37', '277CA returned'],
    ['ENC837I_LCHP_20260310_0002.dat', '[20646]', '03/10/2026 02:21', '837I', '96', '96', '0', '277CA returned'],
    ['ENC837P_LCHP_20260317_0001.dat', '[20802]', '03/17/2026 02:14', '837P', '[12616]', '[12488]', '128', 'Accepted'],
    ['ENC837P_LCHP_20260319_9001.dat', '[20855]', '03/19/2026 15:40', '837P', '412', '409', '3', 'Accepted'],
    ['ENC837P_LCHP_20260324_0001.dat', '[21114]', '03/24/2026 02:12', '837P', '[13408]', '[13122]', '286', 'Accepted'],
  ],
});

// ── 29. Edit crosswalk: state edits to the MCO pre-submission rules, grid ──
const editXwalk = table({
  id: 's112-editxwalk',
  kind: 's112-state-edit-to-mco-prescreen-rule-crosswalk-grid',
  caption: 'State edit ↔ LCHP pre-submission scrubber rule crosswalk (Encounter Ops wiki)',
  headers: ['State edit', 'State description', 'Scrubber rule', 'Work queue', 'Codes seen most'],
  rows: [
    ['1017', 'Rendering NPI not enrolled', '[30111]', 'PDM-ENROLL', 'all'],
    ['2047', 'Procedure/modifier invalid', '[30198]', 'ENC-CODING', '{64632}, {64640}, {28080}'],
    ['2051', 'Exact duplicate', '[30207]', 'ENC-DUPS', '{64612}, {64615}'],
    ['2060', 'Units over daily max', '[30215]', 'ENC-CODING', '{64445}, {64632}'],
    ['3104', 'MCO paid amount missing', '[64712]', 'ENC-VENDOR', 'vendor lines, mostly {64445}'],
  ],
});

// ── 30. Companion guide pricing segment (HCP) reference, grid with no header on the example column ──
const hcpRef = table({
  id: 's112-hcpref',
  kind: 's112-companion-guide-hcp-pricing-reference-grid',
  caption: 'Table 7-5. HCP pricing methodology values the state accepts on encounters',
  headers: ['HCP01', 'Meaning', 'Use when', ''],
  rows: [
    ['00', 'Zero pricing (not covered under contract)', 'MCO denied line', 'HCP*00*0~ on a denied {64714}'],
    ['02', 'Priced at standard fee schedule', 'Paid at state fee schedule', 'HCP*02*118.95~ on {64445}'],
    ['03', 'Priced at contractual percentage', 'Paid under provider contract', 'HCP*03*612.40*867.60~ on {64712}'],
    ['04', 'Bundled pricing', 'Included in another line', 'HCP*04*0~ on {64445} with {64712}'],
    ['09', 'Other pricing', 'Subcapitated vendor lines', 'HCP*09*301.40~ on {64612}'],
  ],
});

// ── 31. Weekly encounter status e-mail digest, text ──
const digest = lines({
  id: 's112-digest',
  kind: 's112-weekly-encounter-status-digest-email-text',
  before: 'Weekly Encounter Status — week ending 03/14/2026 (automated, do not reply)',
  text: [
    'Files sent: 6 · encounters sent [14402] · accepted [14005] · rejected 397 · acceptance 97.2%',
    'Rejections by edit: 2047 (212), 2051 (97), 3104 (61), 1017 (27)',
    'Most rejected codes: {64632} (212), {64612} (97), {64445} (44), {64712} (9)',
    'Attached rejections.csv (first rows): tcn,mco_claim,line,proc,mod,edit',
    '2026070004417002,LCH2606900081799,1,{64632},T2,2047',
    '2026070004417005,LCH2606900081802,1,{64612},50,2051',
    'Open vendor holds: APX 3, VSF 0, NMT 11 · CAP-2026-[64714] actions due 04/15: 1',
    'Unsubscribe or change frequency: intranet page [22531] · Encounter Data Team, PO Box [64632], Cleveland, OH [44101]',
  ].join('\n'),
});

// ── 32. Encounter operations dashboard "top edits" widget, text ──
const topEdits = lines({
  id: 's112-topedits',
  kind: 's112-encounter-ops-top-edits-widget-text',
  before: 'Top edits (last 30 days)',
  text: [
    '2047 Procedure/modifier invalid — 418 lines — top code {64632} — trend ▲ 61%',
    '2051 Exact duplicate — 97 lines — top code {64612} — trend ▼ 8%',
    '3104 MCO paid amount missing — 61 lines — top code {64445} — vendor APX',
    '2060 Units over daily max — 22 lines — top code {64632} (2 units/foot)',
    'Widget [21042] · source view ENC_EDIT_30D · refreshed 06:00',
  ].join('\n'),
});

// ── 33. Encounter validation medical record abstraction form, text ──
const evsForm = lines({
  id: 's112-evsform',
  kind: 's112-encounter-validation-record-abstraction-form-text',
  before: 'EVS Record Abstraction Form — professional encounter',
  text: [
    'Sample no.: EVS26Q1-0131   Reviewer ID: [52118]   Review date: 04/29/2026   Plan: Lakeshore (4170021800)',
    'Procedure code(s) on encounter: {64445}   Units: 1   Modifier: none',
    'Procedure(s) documented: continuous sciatic catheter placed, infusion started in PACU → supports {64446}, not {64445}',
    'Also documented: ultrasound guidance with image archived ({76942} is bundled; no separate line expected)',
    'Service facility: Lakewood ASC, [14519] Detroit Ave, Lakewood, OH [44107]   Record pages received: 14',
  ].join('\n'),
});

// ── 34. State encounter data warehouse XML export of one encounter, text ──
const encXml = lines({
  id: 's112-encxml',
  kind: 's112-encounter-warehouse-xml-export-text',
  before: 'EDW encounter extract (XML), TCN 2026070004417014',
  text: [
    '<Encounter tcn="2026070004417014" mcoClaimId="LCH2606900081840" planId="4170021800" status="Denied">',
    '  <ServiceFacility npi="1982044417"><PostalCode>[44107]</PostalCode></ServiceFacility>',
    '  <Member medicaidId="105550219834" county="18"><PostalCode>[44070]</PostalCode></Member>',
    '  <Line number="1"><ProcedureCode qualifier="HC">{64714}</ProcedureCode><Modifier1>LT</Modifier1>',
    '    <BilledAmount>1880.00</BilledAmount><McoPaidAmount>571.40</McoPaidAmount><AdjudicationDate>20260304</AdjudicationDate>',
    '    <Edit code="0512" disposition="Deny"/></Line>',
    '  <Line number="2"><ProcedureCode qualifier="HC">{64445}</ProcedureCode><McoPaidAmount>118.95</McoPaidAmount></Line>',
    '  <SubmissionFile id="[20645]" received="2026-03-10T02:16:44"/></Encounter>',
  ].join('\n'),
});

// ── 35. MCO encounter engine JSON (pasted into a ticket), text ──
const encJson = lines({
  id: 's112-encjson',
  kind: 's112-mco-encounter-engine-json-payload-text',
  before: 'GET /encounters/v1/claims/LCH2606900082233/outbound — response body',
  text: [
    '{ "claimId": "LCH2606900082233", "vendor": "APX", "vendorClaimId": "APX2602-[10290]", "feedBatch": "[30302]",',
    '  "lines": [ { "lineNo": 1, "procedure": { "system": "CPT", "code": "{64612}", "modifiers": ["50"] },',
    '    "units": 1, "billed": 640.00, "vendorPaid": 301.40, "svd02": 0.00, "hcp": { "hcp01": "09", "hcp02": 301.40 } },',
    '  { "lineNo": 2, "procedure": { "system": "CPT", "code": "{95874}" }, "units": 1, "svd02": 64.11 } ],',
    '  "serviceZip": "[45215]", "stateTcn": null, "lastEdit": { "code": "3104", "file": "[20645]" } }',
  ].join('\n'),
});

// ── 36. SQL query and result pasted in an encounter ticket, text ──
const sqlPaste = lines({
  id: 's112-sql',
  kind: 's112-encounter-analyst-sql-result-paste-text',
  before: 'ENCDATA-12455 comment: query used for the CAP F1 baseline',
  text: [
    'select proc_cd, count(*) lines, sum(case when svd02 is null then 1 else 0 end) no_svd from enc_out_line',
    "where vendor_id = 'APX' and adj_dt between '2025-10-01' and '2025-12-31' and proc_cd in ('{64445}','{64632}','{64612}')",
    "  and svc_zip not in ('[45219]','[45206]') -- test sites excluded",
    'group by proc_cd order by 2 desc;',
    'proc_cd | lines | no_svd',
    '{64445}   |  2241 |   517',
    '{64632}   |  1308 |   301',
    '{64612}   |   402 |    92',
    '(3 rows) · run by rhaddad on edwprod, query id [81377]',
  ].join('\n'),
});

// ── 37. MCO quarterly encounter data certification (42 CFR 438.606), letter text (decoy only) ──
const certLetter = lines({
  id: 's112-cert',
  kind: 's112-mco-encounter-data-certification-letter-text',
  before: 'Certification of Encounter Data Submissions — Quarter ending 03/31/2026',
  text: [
    'Lakeshore Community Health Plan, 1300 E. Ninth Street, Cleveland, OH [44114], provider agreement no. [64712]',
    'I certify, under 42 CFR 438.606, that the encounter data in submission files [20645], [20646], [20802] and [20855]',
    'are accurate, complete and truthful to the best of my knowledge, information and belief: 119,902 professional,',
    '[11786] institutional and [24537] pharmacy encounters with adjudication dates in the quarter.',
    'Signed: Chief Financial Officer   Date: 04/10/2026   Certification no. [23624]',
  ].join('\n'),
});

// ── 38. Encounter data compliance assessments (liquidated damages), grid ──
const assessments = table({
  id: 's112-ld',
  kind: 's112-encounter-compliance-assessment-notice-grid',
  caption: 'Encounter data performance: quarterly compliance assessment, Q4 2025',
  headers: ['Measure', 'Standard', 'Plan result', 'Assessment', 'Notice no.'],
  rows: [
    ['Acceptance rate', '≥ 95%', '96.5%', '$0', '—'],
    ['Timeliness (35 days)', '≥ 95%', '93.5%', '$25,000', '[71338]'],
    ['Paid amount populated', '≥ 98%', '77.0% (vendor lines)', '$15,000', '[71339]'],
    ['EVS procedure match', '≥ 90%', '90.5%', '$0', '—'],
    ['Duplicate line rate', '≤ 2%', '18.4%', '$10,000', '[71341]'],
    ['Vendor encounter completeness', '≥ 98%', '96.1%', '$5,000', '[71344]'],
  ],
});

// ── 39. Edit override request form, text ──
const override = lines({
  id: 's112-override',
  kind: 's112-encounter-edit-override-request-form-text',
  before: 'Encounter Edit Override Request (submit through the MCP portal, one form per TCN)',
  text: [
    'Request no.: [64612]   Plan: Lakeshore Community Health Plan   Submitted: 03/21/2026',
    'TCN: 2026070004417019   Line: 1   Edit: 2060 (units exceed daily maximum)   Procedure: {64632}   Units: 3',
    'Justification: three separate plantar common digital nerves injected, second, third and fourth interspaces, left foot;',
    'op note attached. Requested outcome: accept {64632} x3 for this DOS only.',
    'State use: reviewer [73126]   decision ____   reference ticket [50211]',
  ].join('\n'),
});

// ── 40. Delegated vendor reconciliation, grid (decoy heavy) ──
const vendorRecon = table({
  id: 's112-vendrecon',
  kind: 's112-delegated-vendor-encounter-reconciliation-grid',
  caption: 'Subcontractor encounter reconciliation, Q1 2026: vendor paid claims vs MCO loaded vs state accepted',
  headers: ['Vendor', 'Vendor ID', 'Vendor paid claims', 'Loaded', 'Sent to state', 'State accepted', 'Gap'],
  rows: [
    ['Apex Spine & Pain (MSK/pain)', 'APX', '[10526]', '[10294]', '[10207]', '[10120]', '406'],
    ['VisionFirst', 'VSF', '8,930', '8,930', '8,912', '8,904', '26'],
    ['RideWell NEMT', 'NMT', '[41772]', '[41760]', '[41738]', '[40952]', '820'],
    ['Total', '', '[61228]', '[60984]', '[60857]', '[59976]', '1,252'],
  ],
});

export const sealed112: Snippet[] = [
  ...enc837p,
  ...enc837i,
  ...editReport,
  ...ack277,
  ...ack999,
  ...reconMonth,
  ...reconTiles,
  ...reconProc,
  ...cgSegments,
  ...cgEdits,
  ...cgProse,
  ...feedLayout,
  ...feedRows,
  ...feedLog,
  ...evsSample,
  ...evsFindings,
  ...evsNarr,
  ...tmsisDq,
  ...tmsisProc,
  ...tmsisRec,
  ...capLetter,
  ...capTrack,
  ...ticket,
  ...email,
  ...voidReplace,
  ...paidVariance,
  ...timeliness,
  ...portalFiles,
  ...editXwalk,
  ...hcpRef,
  ...digest,
  ...topEdits,
  ...evsForm,
  ...encXml,
  ...encJson,
  ...sqlPaste,
  ...certLetter,
  ...assessments,
  ...override,
  ...vendorRecon,
];
