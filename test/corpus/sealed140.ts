import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 140 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s140-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (E/M, NCS/EMG, other nerve blocks and neuroplasties, PT, intraoperative monitoring, and a few
 * large-claim procedures). The decoys are the fund office's own numbers: employer account numbers, ZIPs of members,
 * providers and the fund office, PO boxes, PPO repricing references, batch, call, referral, appeal-file, audit-job,
 * invoice, vendor and check numbers, X12 control and trace numbers, a payer id, stop-loss policy and claim-file
 * numbers, trustee resolution numbers, a union book number, a dial-in access code and amounts written without a
 * thousands separator in CSV and JSON. About a third of them are numbers of the synthetic 10,000-code set
 * (KNOWN_10K): employer accounts, member and provider ZIPs, the fund office ZIP, PPO refs, vendor and invoice numbers,
 * a call reference, a payroll register page, a trustee resolution, the consultant's engagement number, a case
 * management file, a statement number, an access code and a CSV amount. The five known codes' digits come back as
 * decoys: the member's ZIP (Elmo, MO 64445) and the contributions lockbox PO box 64445, the liability insurer's claim
 * number HO-64445-27, the claims PO box 64612, check numbers 64712 and 64714 in the monthly check register, the
 * positive pay file, the 835 TRN segment, the EOB and the JSON export, and a 270/271 trace number 64632.
 *
 * Family: a (fictional) union (Taft-Hartley) multiemployer health and welfare fund, the Heartland Building Trades
 * H&W Fund of Kansas City (Iron Workers Local 396, Laborers Local 264, Operating Engineers Local 101), around its
 * members' peripheral-nerve procedures. One ironworker's sciatic neuroplasty (after a sciatic block) is denied because
 * his employer stopped reporting his hours, so his hour bank fell short; a payroll audit finds the hours and the
 * trustees grant his appeal. His spouse's Morton's neuroma injections, a laborer's daughter's facial
 * chemodenervation and an operating engineer's lumbar plexus neuroplasty (the year's stop-loss claimant) run
 * alongside. Pages: the fund office's claim adjudication screen (header, service lines, examiner notes), eligibility
 * inquiry, member hour bank ledger, employer monthly contribution report, pend report, call log, the 837P in, the
 * 835 and a 271 out, a UB-04 text layer, the PPO's repricing worksheet, return CSV and contract rate exhibit, the
 * utilization review certification, the trustees' meeting agenda, claims-cost-by-procedure exhibit, consultant
 * narrative, large claimant report, appeals docket and minutes, the summary plan description's schedule of benefits,
 * covered-expenses article and ERISA facts page, the member's appeal letter and the trustees' decision letter, the
 * self-pay notice and quarterly hour bank statement, the delinquency notice and payroll audit schedule, the
 * subrogation agreement, the stop-loss 50% notice, reimbursement request and carrier statement, the member EOB, the
 * monthly check register and its positive pay file, a claims audit sample, a JSON feed, an e-mail and a newsletter.
 * Built on real public layouts: Taft-Hartley fund SPDs (schedule of benefits with PPO / non-PPO columns, hour bank
 * rules of so many hours a month with a bank maximum and self-pay of the shortfall, the ERISA "general information"
 * page with plan number 501), employer monthly remittance report forms (hours, class and per-fund rates per
 * employee), trustees' meeting minutes and consultants' experience exhibits, specific stop-loss notice and
 * reimbursement forms (12/15 contract, 50% notification), X12 837P/835/271 segments and the UB-04 form locators, bank
 * positive pay issue files, and TPA green-screen claim systems. The others are written the way those pages read,
 * with no single source.
 *
 * 381 labelled tokens over 42 shapes: 172 codes, 209 decoys, 74 of the decoys in KNOWN_10K.
 */

// ── 1. Fund office claim adjudication screen, header block (green-screen text) ──
const adjHeader = lines({
  id: 's140-adjhead',
  kind: 's140-fund-claim-adjudication-screen-header-text',
  before: 'HBTF CLAIMS SYSTEM — CLAIM ADJUDICATION (CLMADJ01)   User KMORALES   10/04/2027 09:14',
  text: [
    'Claim 2705-004418   Batch [27139]   Rcvd 05/27/2027   Type PROF   Source EDI 837P   Status REPROCESS',
    'Member LINDGREN, TRAVIS R   ID HB0031742   Rel 01 SELF   DOB 08/14/1979   Local IW 396   Class A1',
    'Addr 311 Cedar Ln, Elmo, MO [64445]   Last employer rpt KESSLER STEEL ERECTORS INC   Acct [41306]',
    'Elig TERM 05/01/2027 (BANK 96.0 < 130.0) — OVERRIDE 09/15/2027 per Trustees, appeal A27-0311',
    'Prov VARGA, ELENA MD   NPI 1467550321   TIN 43-1876520   Network HHN PPO T1   Pay-to ZIP [64111]',
    'Proc {64712} RT   Dx G57.01, W10.1XXD   Precert UR-27-[40617] approved 05/12/2027 (subject to elig)',
    'Accum Ded 500.00/500.00   OOP 1,002.70/4,000.00   TPL flag Y (subrogation agreement rcvd 06/21/2027)',
  ].join('\n'),
});

// ── 2. Claim adjudication screen, service line grid ──
const adjLines = table({
  id: 's140-adjlines',
  kind: 's140-fund-claim-adjudication-service-lines-grid',
  caption: 'SERVICE LINES — Claim 2705-004418 — F5 Reprice  F7 Override  F9 Notes',
  headers: ['Ln', 'DOS', 'POS', 'Proc', 'Mod', 'Units', 'Billed', 'Allowed', 'Coins', 'Paid', 'PPO Ref', 'Msg'],
  rows: [
    [
      '1',
      '05/19/2027',
      '22',
      '{64712}',
      'RT',
      '1',
      '4,860.00',
      '0.00',
      '0.00',
      '0.00',
      '[10317]',
      '217 DENIED — NOT ELIGIBLE ON DOS',
    ],
    [
      '1R',
      '05/19/2027',
      '22',
      '{64712}',
      'RT',
      '1',
      '4,860.00',
      '2,114.60',
      '422.92',
      '1,691.68',
      '[10317]',
      'REPROCESSED — APPEAL A27-0311',
    ],
  ],
});

// ── 3. Claim examiner notes log ──
const notesLog = lines({
  id: 's140-notes',
  kind: 's140-claim-examiner-notes-log-text',
  before: 'CLAIM NOTES — 2705-004418 — newest last',
  text: [
    '05/28/2027 KMORALES  Pended E17: elig term 05/01. Bank 96 hrs. Kessler Steel acct [41306] no report rcvd for 02/27, 03/27.',
    '05/28/2027 KMORALES  Denied {64712}-RT, EOB msg 217 not eligible on DOS. Facility claim 2705-004419 denied same reason.',
    '06/03/2027 DBRUNO    Member called (call ref [30340]); says he worked Feb/Mar for Kessler light duty. Referred to Contributions.',
    '07/22/2027 APATEL    Appeal rcvd from member, logged A27-0311; on docket for 09/14 Trustees meeting.',
    '08/19/2027 CONTRIB   Payroll audit of acct [41306] (Schenk & Riley job [20417]): 312 unreported hrs for Lindgren 02-03/27.',
    '09/15/2027 APATEL    Trustees granted appeal. Elig restored 05/01/2027. Reprocess {64712} and UB 0360/{64712}.',
    '10/04/2027 KMORALES  Reprocessed; pays 1,691.68 to Varga, check [64714] on 10/06 run. Spouse claim {64632}-LT 05/04 also released.',
  ].join('\n'),
});

// ── 4. Member hour bank ledger (hours by employer contribution report) ──
const hourBank = table({
  id: 's140-hourbank',
  kind: 's140-member-hour-bank-ledger-grid',
  caption: 'HOUR BANK LEDGER — LINDGREN, TRAVIS R — HB0031742 — Local IW 396 — 130.0 hrs/coverage month, max 780.0',
  headers: ['Work Mo', 'Employer', 'Acct', 'Local', 'Hrs Rptd', 'Rate', 'H&W Contrib', 'Cov Mo', 'Bank Bal', 'Elig'],
  rows: [
    ['10/2026', 'PRAIRIE IRON WORKS LLC', '[30781]', 'IW 396', '168.0', '8.20', '1,377.60', '12/2026', '358.0', 'ELIG'],
    [
      '11/2026',
      'KESSLER STEEL ERECTORS INC',
      '[41306]',
      'IW 396',
      '144.0',
      '8.20',
      '1,180.80',
      '01/2027',
      '372.0',
      'ELIG',
    ],
    [
      '12/2026',
      'KESSLER STEEL ERECTORS INC',
      '[41306]',
      'IW 396',
      '96.0',
      '8.20',
      '787.20',
      '02/2027',
      '338.0',
      'ELIG',
    ],
    [
      '01/2027',
      'KESSLER STEEL ERECTORS INC',
      '[41306]',
      'IW 396',
      '18.0',
      '8.50',
      '153.00',
      '03/2027',
      '226.0',
      'ELIG',
    ],
    [
      '02/2027',
      'KESSLER STEEL ERECTORS INC',
      '[41306]',
      'IW 396',
      '0.0 NO RPT',
      '8.50',
      '0.00',
      '04/2027',
      '96.0',
      'ELIG',
    ],
    [
      '03/2027',
      'KESSLER STEEL ERECTORS INC',
      '[41306]',
      'IW 396',
      '0.0 NO RPT',
      '8.50',
      '0.00',
      '05/2027',
      '96.0',
      'TERM',
    ],
    [
      '02/2027 ADJ',
      'KESSLER STEEL ERECTORS INC (audit [20417])',
      '[41306]',
      'IW 396',
      '168.0',
      '8.50',
      '1,428.00',
      '04/2027',
      '264.0',
      'ADJ',
    ],
    [
      '03/2027 ADJ',
      'KESSLER STEEL ERECTORS INC (audit [20417])',
      '[41306]',
      'IW 396',
      '144.0',
      '8.50',
      '1,224.00',
      '05/2027',
      '278.0',
      'ELIG',
    ],
  ],
});

// ── 5. Employer monthly contribution report (remittance form) ──
const contribReport = table({
  id: 's140-contrib',
  kind: 's140-employer-monthly-contribution-report-grid',
  caption:
    'EMPLOYER MONTHLY CONTRIBUTION REPORT — Work month 04/2027 — Kessler Steel Erectors Inc — Employer Acct 41306 — due 05/15/2027',
  headers: [
    'Line',
    'SSN (last 4)',
    'Name',
    'Local',
    'Class',
    'Dispatch No.',
    'Hours',
    'H&W 8.50',
    'Pension 6.10',
    'Annuity 3.00',
    'Total',
  ],
  rows: [
    [
      '1',
      'xxx-xx-4471',
      'LINDGREN, TRAVIS R',
      '396',
      'JW',
      '[31208]',
      '160.0',
      '1,360.00',
      '976.00',
      '480.00',
      '2,816.00',
    ],
    [
      '2',
      'xxx-xx-0913',
      'HAYES, CODY J',
      '396',
      'JW',
      '[31211]',
      '172.0',
      '1,462.00',
      '1,049.20',
      '516.00',
      '3,027.20',
    ],
    [
      '3',
      'xxx-xx-2288',
      'MORENO, LUIS A',
      '396',
      'AP2',
      '[31240]',
      '152.0',
      '1,292.00',
      '927.20',
      '456.00',
      '2,675.20',
    ],
    ['Total', '', '3 employees', '', '', '', '484.0', '4,114.00', '2,952.40', '1,452.00', '8,518.40'],
    ['Remit', 'Check no. [10487]', 'dated 05/12/2027', '', '', '', '', '', '', '', '8,518.40'],
  ],
});

// ── 6. Eligibility inquiry screen ──
const eligInquiry = lines({
  id: 's140-eliginq',
  kind: 's140-fund-eligibility-inquiry-screen-text',
  before: 'ELGINQ — ELIGIBILITY INQUIRY — HEARTLAND BUILDING TRADES H&W FUND — 06/03/2027 10:41',
  text: [
    'Participant: LINDGREN, TRAVIS R   HB0031742   Local IW 396   Plan A1 (Active Journeyman)   ZIP [64445]',
    'Dependents: 02 LINDGREN, ANGELA M (spouse) DOB 03/22/1981   03 LINDGREN, OWEN T (child) DOB 11/02/2012',
    'Bank hours: 96.0   Required per month: 130.0   Max bank: 780.0   Self-pay shortfall: 34.0 hrs x $8.50 = $289.00',
    'Coverage: 04/2027 ELIG   05/2027 TERM (no rpt 02/27, 03/27 from acct [41306])   06/2027 ELIG (04/27 rpt 160.0 hrs)',
    'Claims on hold for elig: 2705-004418 ({64712} RT, $4,860.00) · 2705-004419 (UB 0360 {64712}, $18,740.00)',
    '   · 2705-002761 ({64632} LT, spouse, 05/04/2027, $395.00)',
    'Contributions Dept referral CD-[11364] opened 06/03/2027; self-pay offer letter mailed to ZIP [64445] address',
  ].join('\n'),
});

// ── 7. Incoming professional claim, X12 837P (EDI viewer) ──
const x837 = lines({
  id: 's140-x837',
  kind: 's140-fund-inbound-x12-837p-claim-text',
  before: 'EDI Inbox > 837P > file HBTF_0526_1412.x12 (raw segments)',
  text: [
    'ISA*00*          *00*          *ZZ*CROSSRDSORTHO  *ZZ*HBTHWFUND      *270526*1412*^*[00501]*000004418*0*P*:~',
    'GS*HC*CROSSRDSORTHO*HBTHWFUND*20270526*1412*[31915]*X*005010X222A1~',
    'ST*837*0001*005010X222A1~BHT*0019*00*4418*20270526*1412*CH~',
    'NM1*85*2*CROSSROADS ORTHOPEDIC AND NERVE SURGERY*****XX*1467550321~N3*4320 WORNALL RD STE 210~',
    'N4*KANSAS CITY*MO*[64111]~REF*EI*431876520~',
    'NM1*IL*1*LINDGREN*TRAVIS*R***MI*HB0031742~N3*311 CEDAR LN~N4*ELMO*MO*[64445]~',
    'CLM*VAR27051901*4860***22:B:1*Y*A*Y*Y~REF*G1*UR-27-[40617]~HI*ABK:G5701*ABF:W101XXD~',
    'LX*1~SV1*HC:{64712}:RT*4860*UN*1***1~DTP*472*D8*20270519~',
    'SE*24*0001~GE*1*[31915]~IEA*1*000004418~',
  ].join('\n'),
});

// ── 8. Outbound remittance, X12 835 ──
const x835 = lines({
  id: 's140-x835',
  kind: 's140-fund-outbound-x12-835-remittance-text',
  before: 'EDI Outbox > 835 > HBTF_ERA_20271006.x12',
  text: [
    'ST*835*[60117]*005010X221A1~BPR*I*1691.68*C*CHK************20271006~TRN*1*[64714]*1486012345~',
    'N1*PR*HEARTLAND BUILDING TRADES H&W FUND~N3*PO BOX [64612]~N4*KANSAS CITY*MO*[64141]~',
    'N1*PE*CROSSROADS ORTHOPEDIC AND NERVE SURGERY*XX*1467550321~',
    'CLP*VAR27051901*1*4860*1691.68*422.92*12*2705004418~NM1*QC*1*LINDGREN*TRAVIS****MI*HB0031742~',
    'SVC*HC:{64712}:RT*4860*1691.68**1~DTM*472*20270519~CAS*CO*45*2745.4~CAS*PR*2*422.92~AMT*B6*2114.6~',
    'LQ*HE*N640~SE*19*[60117]~',
  ].join('\n'),
});

// ── 9. PPO repricing worksheet ──
const reprice = table({
  id: 's140-reprice',
  kind: 's140-ppo-network-repricing-worksheet-grid',
  caption:
    'HEARTLAND HEALTH NETWORK (HHN) — PPO REPRICING WORKSHEET — Client 0417 Heartland Building Trades H&W Fund — access fee 2% of savings',
  headers: ['HHN Ref', 'Fund Claim', 'Patient', 'DOS', 'Code', 'Billed', 'Basis', 'Allowed', 'Savings', 'Access Fee'],
  rows: [
    [
      '[10317]',
      '2705-004418',
      'LINDGREN T',
      '05/19/2027',
      '{64712}-RT',
      '4,860.00',
      'HHN Prof FS 2027',
      '2,114.60',
      '2,745.40',
      '54.91',
    ],
    [
      '[10315]',
      '2705-004419',
      'LINDGREN T',
      '05/19/2027',
      '0360 / {64712}',
      '18,740.00',
      'OP case rate grp 6',
      '7,412.80',
      '11,327.20',
      '226.54',
    ],
    [
      '[10362]',
      '2704-001906',
      'LINDGREN A',
      '04/06/2027',
      '{64632}-LT',
      '395.00',
      'HHN Prof FS 2027',
      '148.20',
      '246.80',
      '4.94',
    ],
    [
      '[10386]',
      '2703-002251',
      'ORTIZ K',
      '03/15/2027',
      '{64612}',
      '410.00',
      'HHN Prof FS 2027',
      '176.44',
      '233.56',
      '4.67',
    ],
    [
      '[10386]',
      '2703-002251',
      'ORTIZ K',
      '03/15/2027',
      'J0585 x 50',
      '1,150.00',
      'ASP + 6%',
      '698.50',
      '451.50',
      '9.03',
    ],
    [
      '[10394]',
      '2706-003370',
      'DELANEY M',
      '06/22/2027',
      '{64714}',
      '6,240.00',
      'HHN Prof FS 2027',
      '2,961.30',
      '3,278.70',
      '65.57',
    ],
    [
      '[10437]',
      '2703-000815',
      'LINDGREN T',
      '03/04/2027',
      '{64445}-RT',
      '620.00',
      'HHN Prof FS 2027',
      '212.35',
      '407.65',
      '8.15',
    ],
    [
      '[10437]',
      '2703-000815',
      'LINDGREN T',
      '03/04/2027',
      '{76942}',
      '240.00',
      'Bundled — guidance included in {64445}',
      '0.00',
      '240.00',
      '0.00',
    ],
  ],
});

// ── 10. PPO repricing return file, CSV ──
const repriceCsv = lines({
  id: 's140-repricecsv',
  kind: 's140-ppo-repricing-return-file-csv-text',
  before: 'SFTP /hhn/out/0417/REPRICE_20270611.csv',
  text: [
    'HHN_REF,CLIENT,FUND_CLM,LN,PROC,MOD,REV,BILLED,ALLOWED,SAVINGS,FEE,METHOD,PROV_ZIP',
    '[10317],0417,2705004418,1,{64712},RT,,4860.00,2114.60,2745.40,54.91,FS,[64111]',
    '[10315],0417,2705004419,3,{64712},RT,0360,[18740].00,7412.80,[11327].20,226.54,CR6,[64111]',
    '[10362],0417,2704001906,1,{64632},LT,,395.00,148.20,246.80,4.94,FS,[66211]',
    '[10386],0417,2703002251,1,{64612},,,410.00,176.44,233.56,4.67,FS,[64112]',
    '[10394],0417,2706003370,1,{64714},,,6240.00,2961.30,3278.70,65.57,FS,[66112]',
    '[10437],0417,2703000815,1,{64445},RT,,620.00,212.35,407.65,8.15,FS,[64157]',
    '[10437],0417,2703000815,2,{76942},,,240.00,0.00,240.00,0.00,NCCI,[64157]',
    '# rows 7  billed_total [31505].00  allowed_total [13025].69',
  ].join('\n'),
});

// ── 11. Trustees' meeting report: claims cost by procedure ──
const costByProc = table({
  id: 's140-costproc',
  kind: 's140-trustees-report-claims-cost-by-procedure-grid',
  caption:
    'Board of Trustees, September 14, 2027 — Exhibit 4: Peripheral nerve procedures, plan year to date 01/01–08/31/2027 (incurred, paid through 08/31)',
  headers: [
    'CPT',
    'Description',
    'Claimants',
    'Services',
    'Billed',
    'Allowed',
    'Fund Paid',
    'Allowed/Svc',
    '2026 Allowed/Svc',
  ],
  rows: [
    ['{64445}', 'Sciatic nerve block, single', '14', '19', '$11,780', '$4,034', '$3,227', '$212', '$205'],
    ['{64447}', 'Femoral nerve block, single', '9', '11', '$6,710', '$2,266', '$1,813', '$206', '$199'],
    ['{64450}', 'Other peripheral nerve block', '22', '31', '$9,455', '$3,410', '$2,728', '$110', '$106'],
    ['{64632}', 'Neurolysis, plantar common digital nerve', '11', '26', '$10,270', '$3,853', '$3,082', '$148', '$145'],
    ['{64612}', 'Chemodenervation, facial nerve', '6', '17', '$6,970', '$2,999', '$2,399', '$176', '$171'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '3', '3 (1 denied)', '$14,580', '$4,230', '$3,384', '$2,115', '$2,040'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '1', '1', '$6,240', '$2,961', '$2,369', '$2,961', '—'],
    ['{64718}', 'Neuroplasty, ulnar nerve at elbow', '4', '4', '$12,960', '$5,512', '$4,410', '$1,378', '$1,341'],
    [
      '{64721}',
      'Neuroplasty, median nerve at carpal tunnel',
      '17',
      '19',
      '$45,220',
      '$19,152',
      '$15,322',
      '$1,008',
      '$982',
    ],
    ['{95907}–{95913}', 'Nerve conduction studies', '41', '41', '$29,930', '$12,341', '$9,873', '$301', '$293'],
    ['{95886}', 'Needle EMG with NCS, complete', '38', '38', '$15,580', '$6,710', '$5,368', '$177', '$170'],
    ['Total', '', '—', '210', '$169,695', '$67,468', '$53,975', '', ''],
  ],
});

// ── 12. Consultant's narrative in the trustees' report ──
const consultantNarr = lines({
  id: 's140-consnarr',
  kind: 's140-trustees-report-consultant-narrative-text',
  before: 'Ridgeline Benefit Consultants — Quarterly Report to the Board of Trustees — Section 3: Procedure review',
  text: [
    'Peripheral nerve procedures cost the Fund $67,468 in allowed charges through August, up 9.4% on 2026.',
    'Carpal tunnel release ({64721}) is still the largest line: 19 services, $19,152 allowed, nearly all at HHN ASCs.',
    'Sciatic neuroplasty (CPT {64712}) rose from one case in 2026 to three; one was denied for eligibility and is on',
    "today's appeal docket (A27-0311). If the appeal is granted, about $7,622 of paid claims will land in September.",
    'Lumbar plexus neuroplasty, {64714}, occurred once, but the episode (inpatient stay, {95940} monitoring, rehab)',
    'reached $118,904 paid through August and will pass the $125,000 specific deductible (policy [70418]) in September.',
    'We recommend review of {64632} after the third injection per nerve, matching the SPD limit, and of {64612}',
    'when billed more often than every 12 weeks. Engagement [20855]; Ridgeline, Overland Park, KS [66210].',
  ].join('\n'),
});

// ── 13. Trustees' meeting agenda ──
const agenda = lines({
  id: 's140-agenda',
  kind: 's140-board-of-trustees-meeting-agenda-text',
  before: 'HEARTLAND BUILDING TRADES HEALTH AND WELFARE FUND — REGULAR MEETING OF THE BOARD OF TRUSTEES',
  text: [
    'Tuesday, September 14, 2027, 9:30 a.m. — Fund Office, 1709 Wyandotte St, Kansas City, MO [64102], Board Room B',
    '1. Call to order; roll of Union and Employer Trustees; approval of minutes of June 8, 2027',
    "2. Administrator's report: eligibility, hour bank, self-pay; delinquent employers (accts [41306], [40523])",
    '3. Consultant: claims experience, Exhibit 4 peripheral nerve procedures ({64445} to {64721}, NCS/EMG)',
    '4. Stop-loss: 50% notice on claimant 2 ({64714} episode); renewal quote, Meridian Excess policy [70418]',
    '5. PPO: HHN access fee audit; repricing file error log (batch [27139])',
    '6. Appeals (executive session): A27-0311, A27-0314, A27-0322, A27-0327',
    '7. Counsel: subrogation matter, Lindgren (premises liability); collection suit, Kessler Steel acct [41306]',
    'Dial-in 1-816-555-0170, access code [66093]#. Next meeting December 7, 2027.',
  ].join('\n'),
});

// ── 14. Trustees' meeting minutes ──
const minutes = lines({
  id: 's140-minutes',
  kind: 's140-board-of-trustees-meeting-minutes-text',
  before: 'MINUTES — Board of Trustees — September 14, 2027 — approved December 7, 2027',
  text: [
    'Present: Union Trustees R. Malloy (IW 396), D. Fenske (LiUNA 264), P. Grady (IUOE 101); Employer Trustees',
    'J. Whitt, C. Oyelaran, S. Brandt. Also present: Fund Administrator A. Patel, Counsel M. Ruiz, Consultant L. Chen.',
    'Consultant reviewed Exhibit 4. Trustee Grady asked why {64721} costs more at hospital outpatient departments.',
    'Motion (Whitt/Malloy) to require precertification of {64632} after three injections per nerve per plan year',
    'and of {64612} more often than every 12 weeks, effective 01/01/2028. Carried 6-0. Resolution 2027-[11421].',
    'Stop-loss: Administrator reported the {64714} claimant at $118,904 paid; renewal with Meridian Excess accepted,',
    'specific deductible $125,000, no laser. Resolution 2027-[11422].',
    'Delinquency: Kessler Steel Erectors (acct [41306]) owes $5,304.00 plus liquidated damages; counsel to file suit.',
    'Executive session 11:05–11:40. Appeal A27-0311 (sciatic neuroplasty {64712}, eligibility) GRANTED; see letter.',
  ].join('\n'),
});

// ── 15. Summary plan description, schedule of benefits ──
const spdSchedule = table({
  id: 's140-spdsched',
  kind: 's140-spd-schedule-of-medical-benefits-grid',
  caption: 'SUMMARY PLAN DESCRIPTION — Schedule of Benefits, Plan A1 (Active Participants), effective January 1, 2027',
  headers: ['Covered Service', 'HHN PPO Provider', 'Non-PPO Provider', 'Limits and Notes'],
  rows: [
    ['Calendar-year deductible', '$500 individual / $1,000 family', '$1,000 / $2,000', 'Applies to all services below'],
    ['Office visit, specialist', '80% after deductible', '60% after deductible', 'e.g. CPT {99204}, {99214}'],
    [
      'Nerve conduction studies and EMG',
      '80% after deductible',
      '60% after deductible',
      '{95907}–{95913} with {95886}: one set per 12 months unless precertified',
    ],
    [
      'Peripheral nerve block injections',
      '80% after deductible',
      '60% after deductible',
      'Single-injection blocks ({64445}, {64447}, {64450}); imaging guidance not paid separately',
    ],
    [
      'Neurolytic destruction, digital nerve of foot',
      '80% after deductible',
      '60% after deductible',
      'CPT {64632}: 3 per nerve per plan year',
    ],
    [
      'Chemodenervation (botulinum toxin)',
      '80% after deductible',
      'Not covered',
      '{64612}, {64615}: medical diagnoses only; no cosmetic use',
    ],
    [
      'Nerve decompression / neuroplasty',
      '80% after deductible',
      '60% after deductible',
      'Precertification required: {64712}, {64713}, {64714}, {64718}, {64721}',
    ],
    ['Out-of-pocket maximum', '$4,000 individual / $8,000 family', 'No maximum', 'Excludes non-PPO balance bills'],
  ],
});

// ── 16. SPD section text: covered medical expenses, nerve procedures ──
const spdText = lines({
  id: 's140-spdtext',
  kind: 's140-spd-covered-expenses-section-text',
  before: 'ARTICLE V. MEDICAL BENEFITS — Section 5.14 Nerve Procedures (page 38)',
  text: [
    '(a) The Plan covers diagnostic nerve blocks, for example a single sciatic nerve block (CPT {64445}), when',
    'ordered to diagnose or treat a documented nerve injury. Guidance by ultrasound ({76942}) is part of the block.',
    '(b) Neuroplasty (surgical release) of a major peripheral nerve, such as the sciatic nerve ({64712}) or the',
    'lumbar plexus ({64714}), is covered only if precertified by the Utilization Review Organization after at least',
    '6 weeks of conservative care, unless there is progressive motor loss shown on EMG ({95886}).',
    "(c) Injections to destroy a Morton's neuroma ({64632}) are limited to 3 per nerve per Plan Year.",
    '(d) Chemodenervation of the facial nerve ({64612}) is covered for blepharospasm and hemifacial spasm.',
    'Send claims to the Fund Office, PO Box [64612], Kansas City, MO [64141]; payor ID [44182] for EDI.',
  ].join('\n'),
});

// ── 17. SPD plan facts page ──
const spdFacts = lines({
  id: 's140-spdfacts',
  kind: 's140-spd-plan-administration-facts-text',
  before: 'GENERAL INFORMATION REQUIRED BY ERISA',
  text: [
    'Name of Plan: Heartland Building Trades Health and Welfare Plan. Plan Number: 501. EIN: 43-6071422.',
    'Plan Sponsor and Administrator: Board of Trustees, 1709 Wyandotte St, Kansas City, MO [64102].',
    'Type of Plan: multiemployer (Taft-Hartley) welfare plan, self-funded, with specific stop-loss insurance.',
    'Collective bargaining agreements: Iron Workers Local 396, Laborers Local 264, Operating Engineers Local 101.',
    'A participating employer list (by employer account, e.g. [30781], [40523], [50274]) is available on request.',
    'Claims and appeals: Fund Office, PO Box [64612], Kansas City, MO [64141]; phone 816-555-0142.',
    'Agent for service of legal process: Fund Counsel, Ruiz & Okafor LLP, 911 Main St, Kansas City, MO [64105].',
  ].join('\n'),
});

// ── 18. Member's appeal letter to the Board of Trustees ──
const appealLetter = lines({
  id: 's140-appeal',
  kind: 's140-member-appeal-letter-to-trustees-text',
  before: 'Travis R. Lindgren, 311 Cedar Ln, Elmo, MO 64445 — July 18, 2027',
  text: [
    'To the Board of Trustees, Heartland Building Trades H&W Fund, PO Box [64612], Kansas City, MO [64141]',
    'Re: Appeal of denial, claims 2705-004418 and 2705-004419, member ID HB0031742, Local 396',
    'On May 19 Dr. Varga did surgery to free up my sciatic nerve (her bill says {64712}, right side).',
    'The Fund denied it saying I had no coverage in May because my hour bank was short. I worked for Kessler',
    'Steel in February and March on light duty in their shop, about 40 hours a week. Kessler did not send in',
    'my hours. I did not know until I got the denial. My pay stubs for those months are attached (9 pages).',
    'I also had the nerve block {64445} in March which was paid, so I do not see how I was covered then and not in May.',
    "Please also release my wife's foot injection ({64632}) from May 4. You can reach me at 660-555-0187.",
    'Travis Lindgren, Elmo, MO [64445], Iron Workers Local 396 book no. [28814]',
  ].join('\n'),
});

// ── 19. Trustees' decision letter on the appeal ──
const decision = lines({
  id: 's140-decision',
  kind: 's140-trustees-appeal-decision-letter-text',
  before: 'HEARTLAND BUILDING TRADES HEALTH AND WELFARE FUND — 1709 Wyandotte St, Kansas City, MO 64102',
  text: [
    'September 15, 2027   CERTIFIED MAIL 9407 1118 9876 5432 1012 34   Mr. Travis R. Lindgren, 311 Cedar Ln, Elmo, MO [64445]',
    'Re: Appeal A27-0311 — Decision of the Board of Trustees',
    'At its meeting of September 14, 2027 the Board reviewed your appeal of the denial of claims for neuroplasty',
    'of the sciatic nerve (CPT {64712}) and the related outpatient facility charges on May 19, 2027.',
    'A payroll audit (job [20417]) found that your employer, account [41306], did not report 312 hours you worked',
    'in February and March 2027. With those hours your bank was 264.0 hours for April and 278.0 for May.',
    'Decision: GRANTED. Your eligibility for May 2027 is restored and the claims will be reprocessed; your',
    "spouse's claim for {64632} on May 4, 2027 will also be paid. This decision is final under Section 9.06 of the Plan.",
    'For the Board: R. Malloy, Chair, and J. Whitt, Secretary. Questions: 816-555-0142, ref. appeal file [31077].',
  ].join('\n'),
});

// ── 20. Appeals docket for executive session ──
const docket = table({
  id: 's140-docket',
  kind: 's140-trustees-appeals-docket-grid',
  caption: 'APPEALS DOCKET — Executive Session — September 14, 2027 — CONFIDENTIAL (PHI)',
  headers: ['Appeal', 'Member (last 4)', 'Local', 'Issue', 'Codes', 'Amount at Issue', 'Staff Recommendation'],
  rows: [
    [
      'A27-0311',
      '1742',
      'IW 396',
      'Eligibility — hour bank short; employer acct [41306] delinquent',
      '{64712}-RT; UB 0360',
      '$7,622',
      'Grant',
    ],
    [
      'A27-0314',
      '0588',
      'LiUNA 264',
      '4th neuroma injection, same nerve, plan year',
      '{64632}-RT',
      '$119',
      'Deny (SPD 5.14(c))',
    ],
    [
      'A27-0322',
      '2206',
      'IUOE 101',
      'Non-PPO surgeon balance bill',
      '{64721}, {64718}',
      '$2,340',
      'Deny; refer to HHN',
    ],
    [
      'A27-0327',
      '0915',
      'IW 396',
      'Botox for migraine billed as facial',
      '{64612} vs {64615}',
      '$611',
      'Reprocess as {64615}',
    ],
  ],
});

// ── 21. Stop-loss 50% notice to the carrier ──
const slNotice = lines({
  id: 's140-slnotice',
  kind: 's140-stop-loss-large-claim-notice-text',
  before: 'MERIDIAN EXCESS RISK — SPECIFIC STOP-LOSS: NOTICE OF POTENTIAL CLAIM (50% OF SPECIFIC DEDUCTIBLE)',
  text: [
    'Policyholder: Heartland Building Trades H&W Fund   Policy no. [70418]   Policy period 01/01/2027–12/31/2027',
    'Specific deductible: $125,000   Contract basis: 12/15   Notice threshold: $62,500   Date of notice: 07/20/2027',
    'Claimant: 2 (Delaney, M., employee)   Local IUOE 101   Employer acct [40523]   ZIP [66102]',
    'Diagnosis: S34.4XXA injury of lumbosacral plexus (ATV accident, not work-related; no other coverage)',
    'Key procedures: {64714} neuroplasty lumbar plexus 06/22/2027; {95940} intraoperative monitoring; {99223}, {99233}',
    'Paid to date: $71,946.18   Pending: $23,810.00   Projected episode: $140,000–$150,000',
    'Case management: HHN CM file [50015]; inpatient rehab at Wyandotte Regional, Kansas City, KS [66112].',
  ].join('\n'),
});

// ── 22. Stop-loss reimbursement request, itemized claims ──
const slItems = table({
  id: 's140-slitems',
  kind: 's140-stop-loss-reimbursement-request-itemized-grid',
  caption:
    'SPECIFIC REIMBURSEMENT REQUEST — Policy 70418 — Claimant 2 — submitted 10/08/2027 — paid claims 06/22/2027–09/30/2027',
  headers: ['Fund Claim', 'Provider', 'DOS', 'Code / Rev', 'Billed', 'Paid', 'Check No.'],
  rows: [
    ['2706-003370', 'Varga, Elena MD', '06/22/2027', '{64714}', '$6,240.00', '$2,369.04', '[64652]'],
    [
      '2706-003371',
      'Wyandotte Regional Med Ctr',
      '06/21–07/03/2027',
      'DRG 041 / rev 0360 {64714}',
      '$212,480.00',
      '$96,412.50',
      '[64653]',
    ],
    ['2706-003372', 'Neuromonitoring Partners', '06/22/2027', '{95940} x 6', '$3,960.00', '$1,188.00', '[64655]'],
    ['2707-000418', 'Wyandotte Regional Rehab', '07/03–07/24/2027', 'rev 0118', '$58,200.00', '$35,640.00', '[64688]'],
    [
      '2708-001227',
      'KC Spine & Nerve PT',
      '08/02–09/24/2027',
      '{97110}, {97140}, {97530}',
      '$6,410.00',
      '$2,884.50',
      '[64701]',
    ],
    ['2709-000612', 'Varga, Elena MD', '09/08/2027', '{99214}; {95886}', '$980.00', '$410.12', '[64706]'],
    ['2707-002140', 'Various (Rx, DME)', '06/22–09/30/2027', '—', '$4,015.77', '$2,476.39', 'various'],
    ['Total', '', '', '', '$292,285.77', '$141,380.55', 'Excess over $125,000: $16,380.55'],
  ],
});

// ── 23. Stop-loss carrier's reimbursement statement ──
const slStatement = lines({
  id: 's140-slstmt',
  kind: 's140-stop-loss-carrier-reimbursement-statement-text',
  before: 'Meridian Excess Risk Insurance Co. — Specific Claim Reimbursement Statement',
  text: [
    'Policy [70418]   Claim file SP-27-[50015]   Claimant 2   Statement date 11/02/2027',
    'Eligible paid claims submitted: $141,380.55   Ineligible: $0.00 (all within 12/15 contract period)',
    'Less specific deductible: $125,000.00   Reimbursement due: $16,380.55   Wire ref. [88217] to Fund acct ...0447',
    'Reviewed: lumbar plexus neuroplasty {64714} (surgeon and facility), monitoring {95940}, PT {97110}/{97530}.',
    'Note: rev 0118 rehab days reviewed against HHN per diem; no adjustment. Examiner: T. Kowalczyk, ext. 4412.',
    'Remit questions to Meridian Excess, 400 Locust St, Des Moines, IA [50309].',
  ].join('\n'),
});

// ── 24. Monthly check register ──
const checkRegister = table({
  id: 's140-checkreg',
  kind: 's140-fund-monthly-check-register-grid',
  caption: 'CHECK REGISTER — Claims Account (UMB ...0447) — October 2027 — run 10/06/2027',
  headers: ['Check No.', 'Date', 'Vendor No.', 'Payee', 'Claims', 'Amount', 'Status'],
  rows: [
    [
      '[64706]',
      '10/06/2027',
      '[30165]',
      'Crossroads Orthopedic & Nerve Surgery (Varga)',
      '2709-000612',
      '$410.12',
      'Cleared 10/12',
    ],
    ['[64707]', '10/06/2027', '[30143]', 'Blue Valley Foot & Ankle', '2705-002761', '$118.56', 'Cleared 10/14'],
    [
      '[64708]',
      '10/06/2027',
      '[40250]',
      'Plaza Neurology Associates',
      '2709-001602 ({64612} + J0585)',
      '$699.95',
      'Cleared 10/13',
    ],
    ['[64709]', '10/06/2027', '[20827]', 'Northland Neurology', '2709-002018', '$264.80', 'Outstanding'],
    ['[64710]', '10/06/2027', '[20088]', 'HHN (access fees, Sept)', 'INV [50293]', '$1,962.40', 'Cleared 10/08'],
    [
      '[64711]',
      '10/06/2027',
      '[20092]',
      'Keystone Medical Review (UR fees)',
      'INV K-[30092]',
      '$2,450.00',
      'Cleared 10/11',
    ],
    ['[64712]', '10/06/2027', '[30118]', 'Crossroads Surgical Hospital', '2705-004419', '$5,930.24', 'Cleared 10/15'],
    ['[64713]', '10/06/2027', '[30118]', 'Crossroads Surgical Hospital', '2708-003041', '$2,208.16', 'Cleared 10/15'],
    [
      '[64714]',
      '10/06/2027',
      '[30165]',
      'Crossroads Orthopedic & Nerve Surgery',
      '2705-004418',
      '$1,691.68',
      'Cleared 10/18',
    ],
    ['[64715]', '10/06/2027', '—', 'VOID (printer jam)', '', '$0.00', 'Void'],
    ['[64716]', '10/06/2027', '[40612]', 'KC Spine & Nerve PT', '2709-002270', '$644.00', 'Outstanding'],
    ['Total', '11 items', '', '', '', '$16,379.91', ''],
  ],
});

// ── 25. Positive pay file to the bank ──
const positivePay = lines({
  id: 's140-pospay',
  kind: 's140-bank-positive-pay-issue-file-csv-text',
  before: 'UMB Positive Pay upload — HBTF_PP_20271006.csv — 11 items',
  text: [
    'ACCOUNT,CHECK_NO,ISSUE_DATE,AMOUNT,PAYEE,VOID',
    '9870010447,[64706],20271006,410.12,CROSSROADS ORTHOPEDIC & NERVE SURGERY,N',
    '9870010447,[64707],20271006,118.56,BLUE VALLEY FOOT & ANKLE,N',
    '9870010447,[64712],20271006,5930.24,CROSSROADS SURGICAL HOSPITAL,N',
    '9870010447,[64713],20271006,2208.16,CROSSROADS SURGICAL HOSPITAL,N',
    '9870010447,[64714],20271006,1691.68,CROSSROADS ORTHOPEDIC & NERVE SURGERY,N',
    '9870010447,[64715],20271006,0.00,VOID,Y',
    '...',
    'TRAILER,11,[16379].91',
  ].join('\n'),
});

// ── 26. Member explanation of benefits (reprocessed claim) ──
const eob = lines({
  id: 's140-eob',
  kind: 's140-fund-member-explanation-of-benefits-text',
  before: 'EXPLANATION OF BENEFITS — THIS IS NOT A BILL — Heartland Building Trades H&W Fund',
  text: [
    'Travis R Lindgren, 311 Cedar Ln, Elmo MO [64445]      Statement date 10/06/2027      Member ID HB0031742',
    'Patient: Travis (self)   Provider: Elena Varga MD   Claim 2705-004418 (REPROCESSED after appeal A27-0311)',
    'Service 05/19/2027 Neuroplasty, sciatic nerve ({64712}-RT)   Billed $4,860.00   PPO discount $2,745.40',
    '   Allowed $2,114.60   Deductible $0.00   Your coinsurance 20% $422.92   Plan paid $1,691.68 (check [64714])',
    'Remark 217R: Eligibility reinstated by the Board of Trustees; earlier denial of 05/28/2027 is void.',
    'Year to date: deductible $500.00 of $500.00 met; out-of-pocket $1,002.70 of $4,000.00.',
    'Questions: Fund Office, PO Box [64612], Kansas City, MO [64141], 816-555-0142, Mon–Fri 8–4:30.',
  ].join('\n'),
});

// ── 27. Utilization review precertification letter ──
const precert = lines({
  id: 's140-precert',
  kind: 's140-utilization-review-precertification-letter-text',
  before: 'KEYSTONE MEDICAL REVIEW, INC. — Utilization Review Organization for the Heartland Building Trades H&W Fund',
  text: [
    'May 12, 2027   Reference UR-27-[40617]   Fax to Crossroads Orthopedic & Nerve Surgery, 816-555-0261',
    'Member: Travis R Lindgren   ID HB0031742   DOB 08/14/1979   Group: HBTF Plan A1',
    'Requested: CPT {64712} neuroplasty, major peripheral nerve, sciatic, right; POS 22; DOS 05/19/2027',
    'Clinical: EMG/NCS 02/11/2027 ({95886}, {95910}) shows sciatic neuropathy at sciatic notch; failed PT and',
    'diagnostic block {64445} on 03/04/2027 with 80% temporary relief. Meets Plan criteria 5.14(b).',
    'Determination: CERTIFIED for 1 unit, valid 05/12/2027–08/10/2027. Certification is not a guarantee of',
    'payment; benefits depend on eligibility on the date of service. Reviewer: K. Ambrose, RN; MD advisor [12043].',
  ].join('\n'),
});

// ── 28. Member services call log ──
const callLog = lines({
  id: 's140-calllog',
  kind: 's140-fund-member-services-call-log-text',
  before: 'CALL TRACKING — HB0031742 LINDGREN — all calls',
  text: [
    '06/03/2027 10:38  In  [30340]  Member. Asked why {64712} surgery denied. Explained bank 96 < 130 hrs. Sent to Contributions.',
    '06/03/2027 10:52  Out [30341]  Kessler Steel payroll (Donna). Says Feb/Mar reports "in the mail". Acct [41306].',
    '06/21/2027 14:07  In  [30562]  Attorney office (Hale & Price) re subrogation agreement; faxed to 816-555-0300.',
    '07/06/2027 09:15  In  [30719]  Spouse Angela. Foot injection {64632} LT of 05/04 on hold. Explained appeal rights.',
    '09/16/2027 11:20  Out [31088]  Member told appeal granted; reprocessing {64712} and facility claim in 10/06 check run.',
  ].join('\n'),
});

// ── 29. Delinquency notice to the employer ──
const delinquency = lines({
  id: 's140-delinq',
  kind: 's140-delinquent-employer-contribution-notice-text',
  before: 'HEARTLAND BUILDING TRADES H&W FUND — CONTRIBUTIONS DEPARTMENT — NOTICE OF DELINQUENCY',
  text: [
    'August 24, 2027   Kessler Steel Erectors, Inc., 1440 Fairfax Trafficway, Kansas City, KS [66104]',
    'Employer account: [41306]   Collective bargaining agreement: Iron Workers Local 396   Audit job [20417]',
    'Our payroll audit found contributions not reported for work months 02/2027 and 03/2027: 624.0 hours',
    'for 2 employees, contributions due $5,304.00 (H&W at $8.50 per hour).',
    'Under Article VI of the Trust Agreement and ERISA section 502(g)(2) you owe liquidated damages of 20%',
    '($1,060.80), interest at 10% per year, and audit fees of $1,875.00. Remit to the Contributions Lockbox,',
    'PO Box [64445], Kansas City, MO [64141], by September 10, 2027, or Fund Counsel will file suit.',
  ].join('\n'),
});

// ── 30. Payroll audit findings ──
const auditFindings = table({
  id: 's140-audit',
  kind: 's140-payroll-audit-findings-schedule-grid',
  caption:
    'Schenk & Riley CPAs — Payroll compliance audit, Kessler Steel Erectors Inc (acct 41306), period 01/2026–06/2027',
  headers: ['Employee (last 4)', 'Work Mo', 'Hours per payroll', 'Hours reported', 'Unreported', 'H&W due', 'Source'],
  rows: [
    ['4471 Lindgren', '02/2027', '168.0', '0.0', '168.0', '$1,428.00', 'Payroll reg. pg [10561]'],
    ['4471 Lindgren', '03/2027', '144.0', '0.0', '144.0', '$1,224.00', 'Payroll reg. pg [10562]'],
    ['0913 Hayes', '02/2027', '160.0', '0.0', '160.0', '$1,360.00', 'Payroll reg. pg [10561]'],
    ['0913 Hayes', '03/2027', '152.0', '0.0', '152.0', '$1,292.00', 'Payroll reg. pg [10562]'],
    ['Total', '', '624.0', '0.0', '624.0', '$5,304.00', 'Job [20417]'],
  ],
});

// ── 31. Quarterly hour bank statement mailed to the member ──
const bankStatement = lines({
  id: 's140-bankstmt',
  kind: 's140-member-quarterly-hour-bank-statement-text',
  before: 'YOUR HOUR BANK STATEMENT — Quarter ending June 30, 2027 — keep with your pay stubs',
  text: [
    'TRAVIS R LINDGREN   311 CEDAR LN   ELMO MO [64445]-2210   Participant HB0031742   Local 396',
    'Hours reported by your employers this quarter:  04/2027 Kessler Steel (acct [41306]) 160.0   05/2027 0.0   06/2027 0.0',
    'Hours used for coverage: 130.0 per month   Bank at 06/30/2027: 126.0   Coverage paid through: 06/30/2027',
    'Check these hours against your pay stubs. If an employer did not report hours you worked, call us within',
    '60 days. Employer hours missing for 02/2027 and 03/2027 are under audit (job [20417]).',
    'Fund Office, PO Box [64612], Kansas City, MO [64141]   816-555-0142   Statement [80419]',
  ].join('\n'),
});

// ── 32. Self-pay offer notice ──
const selfPay = lines({
  id: 's140-selfpay',
  kind: 's140-hour-bank-self-pay-shortfall-notice-text',
  before: 'NOTICE OF LOSS OF ELIGIBILITY AND SELF-PAY OPTION',
  text: [
    'June 3, 2027   Travis R Lindgren, 311 Cedar Ln, Elmo, MO [64445]',
    'Your hour bank had 96.0 hours on the May 2027 eligibility date; 130.0 are required. Coverage ended 04/30/2027.',
    'You may self-pay the 34.0-hour shortfall ($289.00) within 30 days to continue coverage for May 2027.',
    'Claims held: {64712} surgery of 05/19/2027 and related hospital charges; spouse {64632} of 05/04/2027.',
    'Pay by check to HBTF Self-Pay, PO Box [64445], Kansas City, MO [64141]; write member ID HB0031742.',
    'If you do not self-pay you may elect COBRA; the COBRA notice (form [31240]-C) will follow separately.',
  ].join('\n'),
});

// ── 33. Subrogation / reimbursement agreement ──
const subro = lines({
  id: 's140-subro',
  kind: 's140-fund-subrogation-reimbursement-agreement-text',
  before:
    'SUBROGATION AND REIMBURSEMENT AGREEMENT — required by Section 11.02 of the Plan before third-party-related claims are paid',
  text: [
    'Participant: Travis R Lindgren (HB0031742)   Date of injury: 12/12/2026   Fall from deck stairs at 18 Birch Ct, Maryville',
    'Liable party insurer: Show-Me Mutual Insurance, claim no. HO-[64445]-27, adjuster R. Dunn',
    'Claims paid or pending that relate to the injury:',
    '  02/11/2027 {99204} $198.40 · {95910} $311.26 · {95886} $176.90   (Northland Neurology)',
    '  03/04/2027 {64445}-RT nerve block $212.35 allowed ({76942} bundled, $0)',
    '  05/19/2027 {64712}-RT neuroplasty $2,114.60 allowed; facility 0360/{64712} $7,412.80 allowed',
    'The participant and counsel (Hale & Price LLC, Maryville, MO [64468]) agree to repay the Fund from any recovery.',
  ].join('\n'),
});

// ── 34. Fund newsletter article for members ──
const newsletter = lines({
  id: 's140-newsletter',
  kind: 's140-fund-member-newsletter-article-text',
  before: 'HEARTLAND BENEFITS NEWS — Fall 2027 — Page 2',
  text: [
    'CHECK YOUR HOURS — IT CAN SAVE YOUR COVERAGE',
    'This summer a Local 396 member had nerve surgery denied because his employer never sent in two months of',
    'hours. The Trustees fixed it on appeal, but he waited four months. Compare your quarterly statement with your stubs.',
    'NEW FOR 2028: PRECERTIFICATION FOR REPEAT NERVE INJECTIONS',
    "Starting January 1, Morton's neuroma injections (CPT {64632}) after the third per nerve, and Botox for facial",
    'spasm ({64612}) more often than every 12 weeks, need precertification. Call Keystone at 1-800-555-0199.',
    'Nerve surgery such as {64712}, {64714} and carpal tunnel release ({64721}) already requires precertification.',
    'Retiree meeting: October 19, Laborers Hall, 3505 Independence Ave, Kansas City, MO [64124]. Issue no. [27093].',
  ].join('\n'),
});

// ── 35. Consultant's e-mail to the administrator ──
const email = lines({
  id: 's140-email',
  kind: 's140-consultant-email-to-fund-administrator-text',
  before: 'From: Lena Chen <lchen@ridgelinebc.example> To: Anil Patel Subject: RE: stop-loss renewal + claimant 2',
  text: [
    'Anil — Meridian wants the claimant detail before they quote. Claimant 2 is the lumbar plexus case:',
    '{64714} on 6/22 (Varga), inpatient 6/21–7/3 at Wyandotte (DRG 041), then rehab rev 0118 through 7/24.',
    'Codes on the episode: {64714}, {95940}, {99223}, then {97110}/{97530} in PT. Paid $118,904 thru 8/31.',
    'They asked if there is any laser risk for 2028. I told them the surgery is done and follow-up is',
    'office visits ({99214}) and maybe EMG ({95886}). Policy [70418], renewal file [20855]-R.',
    'Also: HHN ref [10315] had the {64712} facility line priced at the prof fee schedule. Fixed on 6/14.',
    '— Lena, Ridgeline Benefit Consultants, 7300 W 110th St, Overland Park, KS [66210]',
  ].join('\n'),
});

// ── 36. Monthly large claim report for the trustees ──
const largeClaims = table({
  id: 's140-largeclaims',
  kind: 's140-monthly-large-claimant-report-grid',
  caption: 'LARGE CLAIMANT REPORT — claimants over $25,000 paid, plan year 2027 — paid through 08/31/2027',
  headers: [
    'Claimant',
    'Status',
    'Local',
    'Diagnosis group',
    'Key procedures',
    'Paid YTD',
    '% of spec ded',
    'Stop-loss',
  ],
  rows: [
    ['1', 'Active', 'LiUNA 264', 'Cardiac', '{33533}, {93458}', '$88,412', '71%', 'Notified 05/2027'],
    [
      '2',
      'Active',
      'IUOE 101',
      'Nerve injury, lumbosacral plexus',
      '{64714}; {95940}; rehab',
      '$118,904',
      '95%',
      'Notified 07/20/2027, policy [70418]',
    ],
    ['3', 'Spouse', 'IW 396', 'Oncology', '{19303}, {96413}', '$52,660', '42%', '—'],
    ['4', 'Active', 'IW 396', 'Orthopedic', '{27447}, {97110}', '$31,240', '25%', '—'],
  ],
});

// ── 37. Claims data warehouse export (JSON) sent to the consultant ──
const jsonExport = lines({
  id: 's140-json',
  kind: 's140-claims-data-warehouse-json-export-text',
  before: 'ridgeline_feed/hbtf/claims_2027-10.json (first records)',
  text: [
    '{"fund":"HBTF","plan":"A1","claim":"2705004418","line":1,"member":"HB0031742","memberZip":"[64445]",',
    ' "employerAcct":"[41306]","local":"IW396","proc":"{64712}","mod":["RT"],"pos":"22","billed":4860.00,',
    ' "allowed":2114.60,"paid":1691.68,"checkNo":"[64714]","paidDate":"2027-10-06","ppoRef":"[10317]"},',
    '{"fund":"HBTF","plan":"A1","claim":"2705004419","line":3,"member":"HB0031742","rev":"0360","proc":"{64712}",',
    ' "billed":[18740].00,"allowed":7412.80,"paid":5930.24,"checkNo":"[64712]","ppoRef":"[10315]"},',
    '{"fund":"HBTF","plan":"A1","claim":"2705002761","line":1,"member":"HB0031742-02","proc":"{64632}","mod":["LT"],',
    ' "billed":395.00,"allowed":148.20,"paid":118.56,"checkNo":"[64707]","provZip":"[66211]"}',
  ].join('\n'),
});

// ── 38. Claims pended for eligibility report ──
const pendReport = table({
  id: 's140-pend',
  kind: 's140-claims-pended-for-eligibility-report-grid',
  caption: 'PEND REPORT E17 (NOT ELIGIBLE / HOURS NOT REPORTED) — as of 06/30/2027',
  headers: ['Claim', 'Member', 'Local', 'Employer Acct', 'DOS', 'Proc', 'Billed', 'Days Pended'],
  rows: [
    ['2705-002761', 'HB0031742-02', 'IW 396', '[41306]', '05/04/2027', '{64632}-LT', '$395.00', '52'],
    ['2705-004418', 'HB0031742', 'IW 396', '[41306]', '05/19/2027', '{64712}-RT', '$4,860.00', '34'],
    ['2705-004419', 'HB0031742', 'IW 396', '[41306]', '05/19/2027', '0360 / {64712}', '$18,740.00', '34'],
    ['2706-000955', 'HB0040218', 'IW 396', '[41306]', '06/02/2027', '{99213}', '$165.00', '21'],
    ['2706-001877', 'HB0027705', 'LiUNA 264', '[50274]', '06/09/2027', '{64450}', '$290.00', '14'],
  ],
});

// ── 39. Facility claim form (UB-04 text layer) ──
const ub04 = lines({
  id: 's140-ub04',
  kind: 's140-ub04-outpatient-facility-claim-form-text',
  before: 'UB-04 CMS-1450 — image text layer — Fund claim 2705-004419',
  text: [
    '1 CROSSROADS SURGICAL HOSPITAL  4330 WORNALL RD  KANSAS CITY MO [64111]   4 TYPE OF BILL 0131',
    '8 LINDGREN, TRAVIS R   9 311 CEDAR LN  ELMO  MO  [64445]   10 BIRTHDATE 08141979   11 SEX M',
    '42 REV  43 DESCRIPTION                      44 HCPCS/RATE   45 SERV DATE   46 UNITS   47 TOTAL CHARGES',
    '0360  OR SERVICES                           {64712}RT       051927         1          11,420.00',
    '0370  ANESTHESIA                                            051927         1          2,310.00',
    '0710  RECOVERY ROOM                                         051927         1          1,960.00',
    '0250  PHARMACY                                              051927         14         1,650.00',
    '0272  STERILE SUPPLIES                                      051927         1          1,400.00',
    '0001  TOTAL                                                                           18,740.00',
    '50 PAYER HEARTLAND BUILDING TRADES H&W   51 HEALTH PLAN ID [44182]   63 TREATMENT AUTH UR-27-[40617]',
  ].join('\n'),
});

// ── 40. PPO contract rate exhibit ──
const rateExhibit = table({
  id: 's140-rates',
  kind: 's140-ppo-network-contract-rate-exhibit-grid',
  caption: 'HHN Participating Provider Agreement — Exhibit B-2: Professional rates, nervous system procedures, 2027',
  headers: ['CPT/HCPCS', 'Short descriptor', 'Office rate', 'Facility rate', 'Global days', 'Notes'],
  rows: [
    ['{64445}', 'N block inj sciatic sng', '$238.60', '$212.35', '000', 'Imaging included'],
    ['{64447}', 'N block inj fem single', '$230.15', '$206.00', '000', ''],
    ['{64632}', 'N block inj plantar digit', '$148.20', '$121.05', '010', 'Per nerve; RT/LT'],
    ['{64612}', 'Destroy nerve face muscle', '$176.44', '$151.70', '010', 'Bill drug separately (J0585)'],
    ['{64712}', 'Revision of sciatic nerve', '—', '$2,114.60', '090', 'Facility only'],
    ['{64714}', 'Revise low back nerve(s)', '—', '$2,961.30', '090', 'Facility only'],
    ['{64718}', 'Revise ulnar nerve at elbow', '—', '$1,378.20', '090', ''],
    ['{64721}', 'Carpal tunnel surgery', '$1,062.40', '$1,008.10', '090', 'Office rate for WALANT only'],
    ['{95910}', 'Nrv cndj test 7-8 studies', '$311.26', '—', 'XXX', ''],
  ],
});

// ── 41. External claims audit sample ──
const claimsAudit = table({
  id: 's140-claimsaudit',
  kind: 's140-external-claims-audit-sample-grid',
  caption: 'Claims Audit of Heartland Building Trades H&W Fund — stratified sample, 01/01/2027–06/30/2027 — Appendix C',
  headers: ['Sample #', 'Claim', 'Proc', 'Paid', 'Finding', 'Impact'],
  rows: [
    ['S-014', '2703-000815', '{64445}-RT / {76942}', '$169.88', 'Correct; {76942} denied as bundled', '$0.00'],
    ['S-027', '2704-001906', '{64632}-LT', '$118.56', 'Correct; count 1 of 3 for nerve', '$0.00'],
    ['S-031', '2703-002251', '{64612}', '$141.15', 'Correct; J0585 50 units at ASP', '$0.00'],
    [
      'S-044',
      '2705-004418',
      '{64712}-RT',
      '$0.00',
      'Eligibility denial — appeal pending; employer acct [41306] under audit',
      'n/a',
    ],
    ['S-052', '2706-003370', '{64714}', '$2,369.04', 'Correct; stop-loss notice timely (policy [70418])', '$0.00'],
    ['S-058', '2706-001422', '{64721}', '$1,214.40', 'Overpaid: non-PPO rate used for HHN provider', '$407.92'],
  ],
});

// ── 42. Eligibility response to a provider, X12 271 ──
const x271 = lines({
  id: 's140-x271',
  kind: 's140-fund-x12-271-eligibility-response-text',
  before: 'EDI 270/271 log > response to KC Spine & Nerve PT, 08/02/2027 07:58',
  text: [
    'TRN*2*[64632]*9KCSPINE1~NM1*PR*2*HEARTLAND BUILDING TRADES H&W FUND*****PI*[44182]~',
    'NM1*IL*1*DELANEY*MARCUS****MI*HB0038816~N3*2215 N 11TH ST~N4*KANSAS CITY*KS*[66102]~',
    'EB*1*IND*30**A1~DTP*346*D8*20270101~EB*C*IND*30***23*500~EB*A*IND*30****.2~',
    'EB*B*IND*PT*HC:{97110}*****VS*40~MSG*PT 40 VISITS PER PLAN YEAR; 6 USED~',
    'EB*CB*IND*1*HC:{64714}~MSG*PRECERT REQUIRED, KEYSTONE REF UR-27-[41877]~',
  ].join('\n'),
});

export const sealed140: Snippet[] = [
  ...adjHeader,
  ...adjLines,
  ...notesLog,
  ...hourBank,
  ...contribReport,
  ...eligInquiry,
  ...x837,
  ...x835,
  ...reprice,
  ...repriceCsv,
  ...costByProc,
  ...consultantNarr,
  ...agenda,
  ...minutes,
  ...spdSchedule,
  ...spdText,
  ...spdFacts,
  ...appealLetter,
  ...decision,
  ...docket,
  ...slNotice,
  ...slItems,
  ...slStatement,
  ...checkRegister,
  ...positivePay,
  ...eob,
  ...precert,
  ...callLog,
  ...delinquency,
  ...auditFindings,
  ...bankStatement,
  ...selfPay,
  ...subro,
  ...newsletter,
  ...email,
  ...largeClaims,
  ...jsonExport,
  ...pendReport,
  ...ub04,
  ...rateExhibit,
  ...claimsAudit,
  ...x271,
];
