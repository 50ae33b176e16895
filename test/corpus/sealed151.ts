import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 151 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s151-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs (Long Island City, Mineola), bill ids, check and voucher numbers, a police report number, an NAIC number,
 * scan batch, ride booking and interpreter references, telephone extensions, a reviewer's and a physician's license
 * numbers, an arbitrator panel number, a filing-fee check, GL accounts, a reserve reason code and cost center, a
 * bill-review job, invoice and document ids, PIP balances in a CSV and the $50,000 limit written 50000.00. The five
 * known codes' digits come back as decoys: the clearinghouse payer id and an ASC case number (64712), the IME
 * vendor's file number (64714), the no-fault unit's PO box (64632), a check number and EFT trace (64612), and a
 * denial id, a verification request reference and a reserve batch number (64445). X12 version 00501 is a decoy.
 *
 * Family: auto insurance no-fault / personal injury protection (PIP) claims handling around peripheral-nerve injuries
 * after a car crash, one fictional New York-style case (sciatic neuropathy, hemifacial spasm, plantar digital
 * neuroma): the insurer's claim summary screen, injury and treatment log, claim diary, reserve worksheet, PIP limit
 * tracker, XML export and payment ledger (grid and CSV); the NF-2 application; the provider's NF-3 verification of
 * treatment (text layer and service-line grid), bill cover letter, X12 837P, narrative report and operative report;
 * the IME scheduling letter, the IME vendor's daily schedule and the IME report; the fee schedule lookup grid, ground
 * rules, calculator form and search results list; the additional-verification letter; the peer review report and
 * UR determination grid; the NF-10 denial (text layer and IME cut-off bill lines) and the insurer's denial register;
 * the AR-1 arbitration request, amounts in dispute, hearing calendar, award text and award summary; the applicant
 * attorney's demand letter; the explanation of review and X12 835; the adjuster's email and a provider portal's bill
 * status grid and secure chat; the award interest and attorney-fee worksheet.
 * Built on real public layouts: the New York no-fault forms of 11 NYCRR 65 (NF-2 application, NF-3 verification of
 * treatment by attending physician with its box 15 service lines and "fee schedule treatment code" column, NF-10
 * denial of claim form with its numbered boxes and check-box reasons), the AAA New York no-fault AR-1 request for
 * arbitration and its award format ("I, the undersigned arbitrator … award"), the NYS Workers' Compensation Board
 * medical fee schedule (surgery section with relative value, FUD and region columns, ground rules), X12 837P/835 with
 * the auto-accident CLM11 and AM filing indicator, and claim-system screens, ledgers and IME letters written the way
 * insurers' and vendors' pages read, with no single source.
 *
 * 383 labelled tokens over 40 shapes: 172 codes, 211 decoys, 68 of the decoys in KNOWN_10K.
 */

// One case throughout: Renata Vasquez-Holm, eligible injured person (EIP), DOB 07/22/1983, rear-ended and
// side-struck on 03/14/2026 on Northern Blvd, Queens. Insurer Bridgewater Mutual Auto Insurance Co. (BMA), no-fault
// claim NF-26-27316, policy BMA-PA-7730419-02, PIP basic limit $50,000. Providers: Astoria Neuro & Pain Medicine, PC
// (Leonard Szabo, MD), Queensboro Nerve Surgery, PLLC (Priya Raman, MD), Steinway Physical Therapy, PC. IME: Howard
// Kessel, MD (neurology) 06/18/2026. Peer review of 64714: ClearPath Medical Review, 10/19/2026. Denial 10/26/2026.
// AR-1 filed 01/12/2027 (AAA 17-27-1402-6618), award 05/03/2027.
//
// Bills (NY WC fee schedule, region IV, used for no-fault):
//   04/02/2026 99204 $228.40 (Szabo)            04/09/2026 95913 $402.60, 95886 x2 $171.36 (Szabo)
//   04/23/2026 64445 $196.58 + 76942 $92.16     05/07/2026 64612 $248.92 (Szabo)
//   05/21/2026 64632 $187.44 (Szabo)            07/08/2026 64712-RT $1,486.20 (Raman)
//   09/16/2026 64714 $1,312.75 (Raman) — denied on peer review, awarded at arbitration
//   PT (Steinway): 97110 x2 $55.48, 97140 $25.96, 97112 $28.12 per visit; denied from 07/01/2026 on IME cut-off.

// ── 1. Insurer PIP claim file summary screen, text layer ──
const claimSummary = lines({
  id: 's151-claimsum',
  kind: 's151-pip-claim-file-summary-screen-text',
  before: 'ClaimCenter — No-Fault / PIP — Claim Summary',
  text: [
    'Claim NF-26-[27316]   Line: Personal Injury Protection   Status: Open   Adjuster: T. Brennan (x [40135])',
    'Insured: Marcus Holm   Policy BMA-PA-7730419-02   Eff 11/02/2025–11/02/2026   Garaging ZIP [11105]',
    'EIP: Renata Vasquez-Holm   DOB 07/22/1983   Address: 24-16 31st St, Apt 3F, Astoria, NY [11102]',
    'Loss date 03/14/2026 22:40   Loss location: Northern Blvd & 48th St, Queens, NY [11101]   Police rpt 2026-114-[20143]',
    'Coverage: Basic PIP $50,000 | OBEL $25,000 | APIP: none   Reserve (medical): $[18500] → $24,000 on 07/10/2026',
    'NF-2 received 03/30/2026 (timely, 16 days)   Lost wages: none claimed   Mileage: 4 trips',
    'Open bills: 3 | Denied bills: 5 | Arbitrations: 1 (AAA 17-27-1402-6618)   SIU referral: No',
    'Last activity: award payment {64714} $1,386.27 (principal + interest), chk [70084], 05/24/2027',
  ].join('\n'),
});

// ── 2. Injury / treatment log in the claim file, table ──
const injuryLog = table({
  id: 's151-injlog',
  kind: 's151-pip-injury-treatment-log-grid',
  caption: 'Injury & Treatment Log — NF-26-27316 — EIP R. Vasquez-Holm',
  headers: ['DOS', 'Provider', 'CPT', 'ICD-10', 'Billed', 'Status', 'Bill #'],
  rows: [
    ['04/02/2026', 'Szabo, L. MD', '{99204}', 'S74.01XA, G57.01', '$228.40', 'Paid', '[20156]'],
    ['04/09/2026', 'Szabo, L. MD', '{95913}, {95886} x2', 'G57.01', '$573.96', 'Paid', '[20161]'],
    ['04/23/2026', 'Szabo, L. MD', '{64445}, {76942}', 'G57.01, M79.2', '$288.74', 'Paid', '[20171]'],
    ['05/07/2026', 'Szabo, L. MD', '{64612}-LT', 'G51.3, S04.52XA', '$248.92', 'Paid', '[20219]'],
    ['05/21/2026', 'Szabo, L. MD', '{64632}-RT', 'G57.61, S97.81XA', '$187.44', 'Paid', '[20252]'],
    ['07/08/2026', 'Raman, P. MD', '{64712}-RT', 'S74.01XA, G57.01', '$1,486.20', 'Paid', '[31206]'],
    ['07/14/2026', 'Steinway PT', '{97110} x2, {97140}, {97112}', 'S74.01XA', '$109.56', 'Denied (IME)', '[31207]'],
    ['09/16/2026', 'Raman, P. MD', '{64714}', 'S34.4XXA, G54.1', '$1,312.75', 'Denied (peer)', '[31388]'],
  ],
});

// ── 3. NF-2 application for motor vehicle no-fault benefits, text layer (decoy heavy) ──
const nf2 = lines({
  id: 's151-nf2',
  kind: 's151-nf2-application-for-benefits-text',
  before: 'NEW YORK MOTOR VEHICLE NO-FAULT INSURANCE LAW — APPLICATION FOR MOTOR VEHICLE NO-FAULT BENEFITS',
  text: [
    'YOUR NAME: Renata Vasquez-Holm   PHONE: (718) 555-0163   ADDRESS: 24-16 31st St Apt 3F, Astoria NY [11102]',
    'POLICYHOLDER: Marcus Holm   POLICY NUMBER: BMA-PA-7730419-02   CLAIM NUMBER: NF-26-[27316]',
    'DATE OF ACCIDENT: 03/14/2026   TIME: 10:40 PM   PLACE: Northern Blvd at 48 St, Queens [11101]',
    '9. WHAT ARE YOUR INJURIES? numbness R leg and foot, L face twitching, low back pain radiating',
    '13. WERE YOU TREATED IN A HOSPITAL? Mount Olive Hospital ER, 1740 Linden Ave, Queens NY [11377] (released)',
    '16. EMPLOYER: Ravenswood Bakery Supply, 35-20 Vernon Blvd, LIC NY [11106]   LOST TIME: none',
    'FOR INSURER USE: Date rec’d 03/30/2026   Batch [10524]   Scan ID [53318]',
  ].join('\n'),
});

// ── 4. NF-3 verification of treatment by attending physician, text layer ──
const nf3 = lines({
  id: 's151-nf3',
  kind: 's151-nf3-verification-of-treatment-text',
  before: 'VERIFICATION OF TREATMENT BY ATTENDING PHYSICIAN OR OTHER PROVIDER OF HEALTH SERVICE (NF-3)',
  text: [
    'NAME, ADDRESS OF INSURER: Bridgewater Mutual Auto Ins. Co., No-Fault Unit, PO Box [64632], Latham NY [12110]',
    'POLICYHOLDER: Marcus Holm   POLICY NO.: BMA-PA-7730419-02   DATE OF ACCIDENT: 03/14/2026   CLAIM NO.: [27316]',
    'PATIENT: Renata Vasquez-Holm   DOB 07/22/1983   SEX: F   OCCUPATION: warehouse clerk',
    '1. DIAGNOSIS AND CONCURRENT CONDITIONS: G57.01 lesion of sciatic nerve, right; G51.3 clonic hemifacial spasm',
    '2. IF TREATMENT IS FOR CONDITION CAUSED BY ACCIDENT, DESCRIBE: rear/side impact, knee struck console',
    '15. DATE OF SERVICE  PLACE OF SERVICE  DESCRIPTION OF TREATMENT  FEE SCHEDULE TREATMENT CODE  CHARGES',
    '    04/23/26  11  Sciatic nerve block, US guided   {64445}  $196.58   /  {76942}  $92.16',
    '    05/07/26  11  Chemodenervation, facial nerve, L   {64612}  $248.92',
    '    05/21/26  11  Neurolysis, plantar common digital nerve, R 3rd interspace   {64632}  $187.44',
    '16. TOTAL CHARGES TO DATE $1,527.46   IF PROVIDER OF SERVICE IS A PROFESSIONAL CORPORATION: Astoria Neuro & Pain',
    '20. IS PATIENT STILL UNDER YOUR CARE? YES   ESTIMATED DURATION: 12 wks; referred for {64712} (Dr. P. Raman)',
    'PROVIDER’S TAX ID 11-3984417   Office: 30-12 Steinway St, Astoria NY [11103]   Ph (718) 555-0190',
  ].join('\n'),
});

// ── 5. NF-3 service lines as the provider's billing software prints them, table ──
const nf3Lines = table({
  id: 's151-nf3lines',
  kind: 's151-nf3-service-lines-grid',
  caption: 'NF-3 Box 15 — Queensboro Nerve Surgery, PLLC — Patient acct [31590]',
  headers: ['Date of Service', 'POS', 'Description of Treatment', 'Fee Schedule Treatment Code', 'Charges'],
  rows: [
    ['07/08/2026', '22', 'Neuroplasty, sciatic nerve, right', '{64712}', '$1,486.20'],
    ['07/08/2026', '22', 'Intraop nerve monitoring (billed by monitoring co.)', '—', '$0.00'],
    ['07/22/2026', '11', 'Post-op visit, global', '{99024}', '$0.00'],
    ['09/16/2026', '22', 'Neuroplasty, lumbar plexus', '{64714}', '$1,312.75'],
    ['10/02/2026', '11', 'Post-op visit, global period 90 days', '{99024}', '$0.00'],
  ],
});

// ── 6. Provider billing cover letter to insurer, text layer ──
const coverLetter = lines({
  id: 's151-cover',
  kind: 's151-provider-bill-cover-letter-text',
  before: 'QUEENSBORO NERVE SURGERY, PLLC  31-18 37th Ave, Suite 402, Long Island City, NY 11101',
  text: [
    'September 28, 2026   VIA CERTIFIED MAIL 7022 1670 0001 3394 [20217]',
    'Bridgewater Mutual Auto Insurance Co., No-Fault Unit, PO Box [64632], Latham, NY [12110]-0632',
    'Re: Assignor Renata Vasquez-Holm   Claim No. NF-26-[27316]   DOA 03/14/2026',
    'Enclosed please find our NF-3 and the operative report for neuroplasty of the lumbar plexus (CPT {64714})',
    'performed 09/16/2026, billed at $1,312.75 under the Workers’ Compensation fee schedule, region IV.',
    'Please note this is a distinct procedure from the sciatic neuroplasty ({64712}-RT) of 07/08/2026, paid',
    'by your check no. [64612]. An executed NF-AOB is on file. Our internal reference: QNS-[31388].',
    'Kindly remit within 30 days of receipt per 11 NYCRR 65-3.8. Questions: Billing, (718) 555-0177 ext. [21044]',
  ].join('\n'),
});

// ── 7. X12 837P submitted through the clearinghouse, text layer ──
const x837 = lines({
  id: 's151-837',
  kind: 's151-x12-837p-auto-claim-text',
  before: 'Clearinghouse archive — file QNS_0930.837 — payer: BRIDGEWATER MUTUAL AUTO (payer id 64712)',
  text: [
    'ISA*00*          *00*          *ZZ*QNSPLLC        *ZZ*BRWMUTAUTO     *260930*1412*^*[00501]*000000912*0*P*:~',
    'NM1*PR*2*BRIDGEWATER MUTUAL AUTO INS*****PI*[64712]~',
    'NM1*85*2*QUEENSBORO NERVE SURGERY PLLC*****XX*1457382916~',
    'N4*LONG ISLAND CITY*NY*[11101]~',
    'CLM*QNS[31388]*1312.75***22:B:1*Y*A*Y*Y*P*AA:::NY~',
    'DTP*439*D8*20260314~',
    'REF*Y4*NF2627316~',
    'HI*ABK:S344XXA*ABF:G541~',
    'SV1*HC:{64714}*1312.75*UN*1***1:2~',
    'DTP*472*D8*20260916~',
    'NTE*ADD*DISTINCT FROM HC {64712} RT 07/08/26~',
  ].join('\n'),
});

// ── 8. Independent medical exam scheduling letter, text layer ──
const imeLetter = lines({
  id: 's151-imeletter',
  kind: 's151-ime-scheduling-letter-text',
  before: 'MERIDIAN IME SERVICES, INC. — on behalf of Bridgewater Mutual Auto Insurance Co.',
  text: [
    'Date: 06/01/2026   Our file: MIS-[64714]   Carrier claim: NF-26-[27316]',
    'Renata Vasquez-Holm, 24-16 31st St Apt 3F, Astoria, NY [11102]',
    'RE: Independent Medical Examination — Neurology — Howard Kessel, MD',
    'You are required to appear on 06/18/2026 at 10:15 AM at 1 Penn Plaza, Suite 2040, New York, NY [10119]',
    'The examination is requested under the mandatory personal injury protection endorsement. Please bring photo',
    'ID, a list of medications and any diagnostic films (EMG/NCV of 04/09/2026, MRI lumbar spine).',
    'Failure to appear may result in the denial of all benefits retroactive to the date of loss.',
    'Transportation: call Ride-Line (212) 555-0148, booking code [50121]. Interpreter (Spanish) arranged, ref [11222].',
    'Copy: Astoria Neuro & Pain Medicine, PC; Queensboro Nerve Surgery, PLLC; Gideon Marsh, Esq.',
  ].join('\n'),
});

// ── 9. IME vendor's appointment schedule, table ──
const imeSchedule = table({
  id: 's151-imesched',
  kind: 's151-ime-vendor-appointment-schedule-grid',
  caption: 'Meridian IME — Dr. H. Kessel — 1 Penn Plaza Ste 2040 — Thursday 06/18/2026',
  headers: ['Time', 'Examinee', 'Carrier', 'Carrier claim', 'MIS file', 'Specialty', 'Status'],
  rows: [
    ['09:30', 'L. Okonkwo', 'Hudson Plains Mutual', 'HP-[30111]', 'MIS-[64705]', 'Neuro', 'Attended'],
    ['10:15', 'R. Vasquez-Holm', 'Bridgewater Mutual', 'NF-26-[27316]', 'MIS-[64714]', 'Neuro', 'Attended'],
    ['11:00', 'D. Pereira', 'Bridgewater Mutual', 'NF-26-[61187]', 'MIS-[64721]', 'Neuro', 'No-show (1st)'],
    ['11:45', 'S. Halvorsen', 'Crestline Auto', 'CA-[40014]', 'MIS-[64733]', 'Neuro', 'Rescheduled'],
  ],
});

// ── 10. IME report, findings and answers to carrier questions, text layer ──
const imeReport = lines({
  id: 's151-imereport',
  kind: 's151-ime-report-findings-text',
  before: 'INDEPENDENT NEUROLOGICAL EXAMINATION — Howard Kessel, MD — Examinee: Renata Vasquez-Holm — 06/18/2026',
  text: [
    'Records reviewed: NF-3s of Dr. Szabo (04/02, 04/09, 04/23, 05/07, 05/21/2026); EMG/NCV report ({95913}, {95886}).',
    'The claimant received a right sciatic nerve block ({64445}) with ultrasound guidance on 04/23/2026 with',
    'transient relief, chemodenervation of the left facial nerve ({64612}) on 05/07/2026 with good response, and',
    'neurolysis of the right third plantar common digital nerve (CPT {64632}) on 05/21/2026.',
    'DIAGNOSIS: right sciatic neuropathy at the piriformis, causally related; left hemifacial spasm, causally related.',
    'Q1. Is further physical therapy necessary? No. PT ({97110}, {97140}, {97112}) has reached maximal benefit.',
    'Q2. Is a repeat neurolytic injection ({64632}) necessary? No; the plantar neuroma symptoms have resolved.',
    'Q3. Is surgical referral reasonable? Yes. Neuroplasty of the sciatic nerve ({64712}) is reasonable and',
    'necessary given the EMG findings. Repeat chemodenervation (CPT {64612}) every 12 weeks remains reasonable.',
    'Examination time 45 min. Meridian file MIS-[64714]. I declare under penalty of perjury … Kessel, NY lic. [20196]',
  ].join('\n'),
});

// ── 11. Workers' compensation fee schedule lookup (used for no-fault), table ──
const feeLookup = table({
  id: 's151-feelookup',
  kind: 's151-wc-fee-schedule-surgery-lookup-grid',
  caption: 'NYS WCB Medical Fee Schedule — Surgery — Nervous System — Region IV (NYC)',
  headers: ['Code', 'Description', 'Relative Value', 'FUD', 'Assist', 'Region IV Fee'],
  rows: [
    ['{64445}', 'Injection, anes agent; sciatic nerve, single', '0.76', '0', 'N', '$196.58'],
    ['{64447}', 'Injection, anes agent; femoral nerve, single', '0.71', '0', 'N', '$184.37'],
    ['{64612}', 'Chemodenervation, muscle(s) innervated by facial nerve, unilat', '0.96', '10', 'N', '$248.92'],
    ['{64632}', 'Destruction, neurolytic; plantar common digital nerve', '0.72', '10', 'N', '$187.44'],
    ['{64712}', 'Neuroplasty, major peripheral nerve; sciatic nerve', '5.70', '90', 'Y', '$1,486.20'],
    ['{64714}', 'Neuroplasty, major peripheral nerve; lumbar plexus', '5.03', '90', 'Y', '$1,312.75'],
    ['{64718}', 'Neuroplasty and/or transposition; ulnar nerve at elbow', '4.91', '90', 'Y', '$1,281.02'],
  ],
});

// ── 12. Fee schedule ground rules, text layer ──
const groundRules = lines({
  id: 's151-groundrules',
  kind: 's151-fee-schedule-surgery-ground-rules-text',
  before: 'Surgery Ground Rules — Section 3 (Nervous System) — effective for dates of service on or after 04/01/2026',
  text: [
    '3.4 Neuroplasty codes {64702}–{64727} include the external neurolysis and any transposition; internal',
    'neurolysis with operating microscope is reported with add-on {64727} and is not separately payable with {64712}',
    'or {64714} when the microscope is used only for magnification.',
    '3.5 Injection of an anesthetic agent (e.g., {64445}, {64447}, {64450}) includes imaging guidance except',
    'ultrasound, which may be reported with {76942} when a permanent image is recorded.',
    '3.6 Chemodenervation of the facial nerve, {64612}, is reported once per side per session; the drug is billed',
    'separately (J0585). Destruction by neurolytic agent, code {64632}, is reported once per nerve per session.',
    '3.7 The follow-up day (FUD) values in column 4 apply. Claims for services within the FUD period ({99024})',
    'are not payable. See Ground Rule 1.10 for the conversion factor of region IV (zip codes [10001]–[11697]).',
  ].join('\n'),
});

// ── 13. Fee calculator web tool, form and result, text layer ──
const feeCalc = lines({
  id: 's151-feecalc',
  kind: 's151-fee-schedule-calculator-web-form-text',
  before: 'No-Fault Fee Calculator (adjuster desktop tool) — BMA Medical Bill Review',
  text: [
    'Fee schedule: [NY WC Medical]   Version: 2026-04   Region: [IV]   Provider ZIP: [11101]',
    'Procedure code: {64714} ▾   Modifier: [  ]   Units: [1]   Multiple procedure: [No]',
    'Result: {64714} Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
    'Relative value 5.03   Region IV schedule amount $1,312.75   FUD 90   Assistant surgeon: allowed',
    'Billed $1,312.75   Allowed $1,312.75   Reduction $0.00   Bill ID [31388]   Claim [27316]',
    'Global check: {64712}-RT on 07/08/2026 (FUD 90 → 10/06/2026). Different anatomic site: no NCCI edit.',
  ].join('\n'),
});

// ── 14. Fee schedule search results list, text layer ──
const feeSearch = lines({
  id: 's151-feesearch',
  kind: 's151-fee-schedule-search-results-list-text',
  before: 'Search fee schedule: "nerve" — 6 of 212 results — Region IV',
  text: [
    '{64712}  Neuroplasty, major peripheral nerve; sciatic nerve  ·  Surgery  ·  $1,486.20',
    '{64713}  Neuroplasty, major peripheral nerve; brachial plexus  ·  Surgery  ·  $1,721.94',
    '{64714}  Neuroplasty, major peripheral nerve; lumbar plexus  ·  Surgery  ·  $1,312.75',
    '{64445}  Injection(s), anesthetic agent(s); sciatic nerve, single  ·  Surgery  ·  $196.58',
    '{64632}  Destruction by neurolytic agent; plantar common digital nerve  ·  Surgery  ·  $187.44',
    '{64612}  Chemodenervation of muscle(s); facial nerve, unilateral  ·  Surgery  ·  $248.92',
  ].join('\n'),
});

// ── 15. Verification request letter (additional verification within 15 days), text layer ──
const verifReq = lines({
  id: 's151-verif',
  kind: 's151-additional-verification-request-letter-text',
  before: 'BRIDGEWATER MUTUAL AUTO INSURANCE CO. — NO-FAULT UNIT — PO BOX 64632 — LATHAM NY 12110',
  text: [
    'October 9, 2026   Claim: NF-26-[27316]   Bill rec’d: 09/30/2026   Bill ID: [31388]',
    'To: Queensboro Nerve Surgery, PLLC, 31-18 37th Ave Ste 402, Long Island City NY [11101]',
    'RE: Additional verification — CPT {64714} DOS 09/16/2026, $1,312.75',
    'To verify this claim we request: (1) the operative report for 09/16/2026; (2) the pre-operative EMG supporting a',
    'lumbar plexus lesion distinct from the sciatic lesion treated under {64712} on 07/08/2026; (3) office notes',
    '08/01/2026–09/15/2026. Payment of this bill is delayed pending receipt. A follow-up request will be sent on',
    '11/09/2026 if not received. Reference VR-[64445]. Examiner: T. Brennan, (518) 555-0122 ext [40135].',
  ].join('\n'),
});

// ── 16. Peer review / utilization review report, text layer ──
const peerReview = lines({
  id: 's151-peer',
  kind: 's151-peer-review-utilization-report-text',
  before: 'CLEARPATH MEDICAL REVIEW — PEER REVIEW (RETROSPECTIVE) — Review ID CPR-2026-10-4471',
  text: [
    'Claimant: R. Vasquez-Holm   Carrier: Bridgewater Mutual   Claim: NF-26-[27316]   DOL 03/14/2026',
    'Service under review: CPT {64714}, neuroplasty of the lumbar plexus, DOS 09/16/2026, billed $1,312.75',
    'Reviewer: Anil Deshmukh, MD, board-certified neurological surgery, NY license [22457]',
    'Records: op report 07/08/2026 (CPT {64712} RT), op report 09/16/2026, EMG 04/09/2026, IME 06/18/2026.',
    'The EMG of 04/09/2026 ({95913}) localized the lesion to the sciatic nerve at the sciatic notch; it did not',
    'show denervation in L2–L4 innervated muscles. No repeat EMG after the 07/08/2026 neuroplasty ({64712}) is in',
    'the record. The lumbar plexus procedure ({64714}) is therefore not supported as medically necessary.',
    'Nor is there documentation of a trial of a lumbar plexus block ({64449}) before surgery.',
    'Determination: NOT MEDICALLY NECESSARY. Earlier services ({64445}, {64612}, {64632}) were not reviewed.',
    'Review fee invoice [30237]; turnaround 9 days. Reviewer attestation signed 10/19/2026.',
  ].join('\n'),
});

// ── 17. Utilization review determination summary, table ──
const urSummary = table({
  id: 's151-ursum',
  kind: 's151-utilization-review-determination-grid',
  caption: 'UR Determination Summary — NF-26-27316 — ClearPath CPR-2026-10-4471',
  headers: ['Line', 'DOS', 'Procedure', 'Billed', 'Determination', 'Criteria', 'Case no.'],
  rows: [
    ['1', '09/16/2026', '{64714}', '$1,312.75', 'Not medically necessary', 'ODG Hip & Pelvis; AANEM', '[41206]'],
    ['2', '07/08/2026', '{64712}-RT', '$1,486.20', 'Not reviewed (paid)', '—', '[41206]'],
    ['3', '07/14/2026', '{97110}, {97140}, {97112}', '$109.56', 'Not reviewed (IME cut-off)', '—', '[41206]'],
    ['4', '10/02/2026', '{99024}', '$0.00', 'Global, no charge', '—', '[41206]'],
  ],
});

// ── 18. NF-10 denial of claim form, text layer ──
const nf10 = lines({
  id: 's151-nf10',
  kind: 's151-nf10-denial-of-claim-form-text',
  before: 'NEW YORK MOTOR VEHICLE NO-FAULT INSURANCE LAW — DENIAL OF CLAIM FORM (NF-10)',
  text: [
    '1. INSURER: Bridgewater Mutual Auto Insurance Co., PO Box [64632], Latham NY [12110]   NAIC [20138]',
    '2. POLICYHOLDER: Marcus Holm   3. POLICY NUMBER: BMA-PA-7730419-02   4. DATE OF ACCIDENT: 03/14/2026',
    '5. CLAIM NUMBER: NF-26-[27316]   6. INJURED PERSON: Renata Vasquez-Holm',
    '7. APPLICANT FOR BENEFITS: Queensboro Nerve Surgery, PLLC (assignee)',
    '8. PERIOD OF BILL: 09/16/2026   9. AMOUNT OF CLAIM: $1,312.75   10. DATE BILL RECEIVED: 09/30/2026',
    '11. DATE ADDITIONAL VERIFICATION REQUESTED: 10/09/2026   RECEIVED: 10/16/2026',
    '12. AMOUNT OF CLAIM DENIED: $1,312.75   DATE OF DENIAL: 10/26/2026',
    '[X] Health service was not medically necessary, based on peer review of Dr. A. Deshmukh dated 10/19/2026:',
    '    CPT {64714} (neuroplasty, lumbar plexus) for DOS 09/16/2026. A copy of the peer review is enclosed.',
    'If you disagree you may request arbitration with the American Arbitration Association. Denial ID [64445].',
  ].join('\n'),
});

// ── 19. NF-10 for physical therapy after IME cut-off, partial-denial table ──
const nf10Pt = table({
  id: 's151-nf10pt',
  kind: 's151-nf10-ime-cutoff-bill-lines-grid',
  caption: 'NF-10 attachment — Steinway Physical Therapy, PC — IME cut-off effective 07/01/2026',
  headers: ['Bill ID', 'DOS', 'Code', 'Units', 'Billed', 'Denied', 'Reason'],
  rows: [
    ['[31207]', '07/14/2026', '{97110}', '2', '$55.48', '$55.48', 'IME 06/18/2026 — no further PT'],
    ['[31207]', '07/14/2026', '{97140}', '1', '$25.96', '$25.96', 'IME 06/18/2026 — no further PT'],
    ['[31207]', '07/14/2026', '{97112}', '1', '$28.12', '$28.12', 'IME 06/18/2026 — no further PT'],
    ['[31244]', '07/21/2026', '{97110}', '2', '$55.48', '$55.48', 'IME 06/18/2026 — no further PT'],
    ['[31244]', '07/21/2026', '{97140}', '1', '$25.96', '$25.96', 'IME 06/18/2026 — no further PT'],
  ],
});

// ── 20. Insurer's denial register, table ──
const denialLog = table({
  id: 's151-denlog',
  kind: 's151-no-fault-denial-register-grid',
  caption: 'Denial Register — Latham No-Fault Unit — October 2026 (timeliness: 30 days from receipt / verification)',
  headers: ['Denial ID', 'Claim', 'Provider', 'CPT(s)', 'Received', 'Denied', 'Days', 'Basis'],
  rows: [
    ['[64445]', 'NF-26-[27316]', 'Queensboro Nerve Surg', '{64714}', '10/16/2026', '10/26/2026', '10', 'Peer'],
    ['[64446]', 'NF-26-[61187]', 'Bay Ridge Pain PC', '{64483}, {77003}', '10/02/2026', '10/27/2026', '25', 'IME NS'],
    ['[64449]', 'NF-26-[58810]', 'Flushing Rehab PT', '{97110}, {97530}', '09/29/2026', '10/28/2026', '29', 'Fee'],
    ['[64452]', 'NF-26-[62204]', 'Kew Gardens Neuro', '{95886}, {95911}', '10/05/2026', '10/29/2026', '24', 'Peer'],
  ],
});

// ── 21. AR-1 request for arbitration, text layer ──
const ar1 = lines({
  id: 's151-ar1',
  kind: 's151-ar1-arbitration-request-form-text',
  before: 'AMERICAN ARBITRATION ASSOCIATION — NEW YORK NO-FAULT CONCILIATION & ARBITRATION — REQUEST FOR ARBITRATION',
  text: [
    'APPLICANT: Queensboro Nerve Surgery, PLLC, 31-18 37th Ave Ste 402, Long Island City NY [11101]',
    'ATTORNEY: Law Office of Gideon Marsh, PC, 200 Old Country Rd Ste 540, Mineola NY [11501]   Atty ID [50043]',
    'RESPONDENT: Bridgewater Mutual Auto Insurance Co.   CLAIM NO.: NF-26-[27316]   POLICY: BMA-PA-7730419-02',
    'ASSIGNOR / EIP: Renata Vasquez-Holm   DATE OF ACCIDENT: 03/14/2026',
    'TYPE OF BENEFIT: Health service   AMOUNT IN DISPUTE: $1,312.75   DATES OF SERVICE: 09/16/2026',
    'ISSUE: denial on peer review (medical necessity) of neuroplasty, lumbar plexus — CPT code {64714}',
    'Filing fee $40.00 paid; check [10553]. Request received 01/12/2027. AAA case 17-27-1402-6618.',
  ].join('\n'),
});

// ── 22. Arbitration amounts-in-dispute schedule (e-filing portal), table ──
const ar1Amounts = table({
  id: 's151-ar1amts',
  kind: 's151-arbitration-amounts-in-dispute-grid',
  caption: 'AAA ModriaNF e-filing — Case 17-27-1402-6618 — Amounts in Dispute',
  headers: ['From', 'To', 'Service', 'Amount', 'Status', 'Denial basis'],
  rows: [
    [
      '09/16/2026',
      '09/16/2026',
      'Neuroplasty, lumbar plexus ({64714})',
      '$1,312.75',
      'Denied',
      'Peer review 10/19/2026',
    ],
    ['07/08/2026', '07/08/2026', 'Neuroplasty, sciatic ({64712}-RT)', '$1,486.20', 'Paid', 'n/a — not in dispute'],
  ],
});

// ── 23. Arbitration award, text layer ──
const award = lines({
  id: 's151-award',
  kind: 's151-arbitration-award-text',
  before: 'AAA Case No. 17-27-1402-6618 — Applicant’s File No. GM-[31502] — Insurer’s Claim File No. NF-26-27316',
  text: [
    'ARBITRATION AWARD. I, Celeste Amato, the undersigned arbitrator, having been designated by the AAA … award:',
    '1. Hearing held on 04/21/2027 via video. Applicant appeared by Gideon Marsh, Esq.; respondent by Ellis Kahn, Esq.',
    '2. The applicant seeks $1,312.75 for neuroplasty of the lumbar plexus (CPT code {64714}) on 09/16/2026.',
    '3. Respondent relies on the peer review of Dr. Deshmukh, who found that the EMG billed under {95913}',
    'did not localize a plexus lesion. Applicant’s rebuttal from Dr. Raman explains that the 07/08/2026 sciatic',
    'neuroplasty ({64712}) revealed scarring extending proximally, and that CPT {64714} addressed a separate site.',
    '4. I find the rebuttal persuasive; the peer reviewer did not address the intraoperative findings of 07/08/2026.',
    'AWARD: Respondent shall pay $1,312.75, plus interest at 2% per month from 01/12/2027, plus an attorney’s fee',
    'of 20% of the total, subject to a maximum of $1,360.00, and shall reimburse the $40 filing fee. Award ID [64745].',
    'Dated 05/03/2027. Celeste Amato, Arbitrator, AAA panel no. [11272].',
  ].join('\n'),
});

// ── 24. Arbitration award summary box on the AAA portal, table ──
const awardBox = table({
  id: 's151-awardbox',
  kind: 's151-arbitration-award-summary-grid',
  caption: 'Case 17-27-1402-6618 — Award summary',
  headers: ['Medical', 'Claimed', 'Awarded', 'Interest from', 'Fee', 'Disposition'],
  rows: [
    ['{64714} 09/16/2026', '$1,312.75', '$1,312.75', '01/12/2027', '20% (max $1,360)', 'Award in favor of applicant'],
  ],
});

// ── 25. Arbitration hearing calendar (AAA), table ──
const hearingCal = table({
  id: 's151-hearingcal',
  kind: 's151-arbitration-hearing-calendar-grid',
  caption: 'NY No-Fault Hearing Calendar — Arbitrator C. Amato — 04/21/2027 — Room V-3',
  headers: ['Time', 'Case', 'Applicant', 'Respondent', 'Amount', 'Issue'],
  rows: [
    ['10:00', '17-27-1402-6618', 'Queensboro Nerve Surgery', 'Bridgewater Mutual', '$1,312.75', 'Med nec ({64714})'],
    ['10:30', '17-27-1398-2217', 'Bay Ridge Pain PC', 'Bridgewater Mutual', '$2,406.10', 'IME no-show'],
    ['11:00', '17-27-1411-0953', 'Kew Gardens Neuro', 'Crestline Auto', '$873.24', 'Fee schedule ({95886})'],
    ['11:30', '17-27-1420-3381', 'Ridgewood Surgical', 'Hudson Plains', '$3,118.60', 'Med nec ({64718}, {64721})'],
  ],
});

// ── 26. Applicant attorney's pre-arbitration demand letter, text layer ──
const demand = lines({
  id: 's151-demand',
  kind: 's151-attorney-demand-letter-text',
  before: 'LAW OFFICE OF GIDEON MARSH, PC — 200 Old Country Road, Suite 540, Mineola, New York 11501',
  text: [
    'December 4, 2026   Our file GM-[31502]   Your claim NF-26-[27316]   Your denial ID [64445] dated 10/26/2026',
    'Dear Claims Examiner Brennan: We represent Queensboro Nerve Surgery, PLLC, assignee of Renata Vasquez-Holm.',
    'Your carrier paid the sciatic neuroplasty (CPT {64712}) without objection but denied the lumbar plexus',
    'neuroplasty (CPT {64714}) on a peer review that ignores the operative findings. The peer reviewer also',
    'faults the absence of a diagnostic lumbar plexus block ({64449}) that no guideline requires.',
    'Demand is made for $1,312.75 plus statutory interest. Absent payment by 01/04/2027 we will file an AR-1.',
    'Please direct all communications to this office, tel. (516) 555-0188, fax (516) 555-0189, ext. [22310].',
  ].join('\n'),
});

// ── 27. Insurer's payment ledger, table ──
const ledger = table({
  id: 's151-ledger',
  kind: 's151-pip-payment-ledger-grid',
  caption: 'Payment Ledger — NF-26-27316 — PIP (Basic $50,000)',
  headers: ['Pay date', 'Check/EFT', 'Payee', 'Bill ID', 'CPT', 'Billed', 'Paid', 'Remaining PIP'],
  rows: [
    ['05/04/2026', '[64588]', 'Astoria Neuro & Pain', '[20156]', '{99204}', '$228.40', '$228.40', '$49,771.60'],
    [
      '05/11/2026',
      '[64601]',
      'Astoria Neuro & Pain',
      '[20161]',
      '{95913}, {95886}',
      '$573.96',
      '$573.96',
      '$49,197.64',
    ],
    [
      '05/26/2026',
      '[64603]',
      'Astoria Neuro & Pain',
      '[20171]',
      '{64445}, {76942}',
      '$288.74',
      '$288.74',
      '$48,908.90',
    ],
    ['06/09/2026', '[64607]', 'Astoria Neuro & Pain', '[20219]', '{64612}', '$248.92', '$248.92', '$48,659.98'],
    ['06/23/2026', '[64609]', 'Astoria Neuro & Pain', '[20252]', '{64632}', '$187.44', '$187.44', '$48,472.54'],
    ['08/06/2026', '[64612]', 'Queensboro Nerve Surg', '[31206]', '{64712}', '$1,486.20', '$1,486.20', '$46,986.34'],
    ['05/24/2027', '[70084]', 'Gideon Marsh, PC', '[31388]', '{64714}', '$1,312.75', '$1,386.27', '$45,600.07'],
  ],
});

// ── 28. Payment ledger CSV export, text layer ──
const ledgerCsv = lines({
  id: 's151-ledgercsv',
  kind: 's151-pip-payment-ledger-csv-text',
  before: 'Export: NF2627316_payments.csv',
  text: [
    'claim_no,pay_dt,chk_no,payee_tin,bill_id,proc_cd,mod,billed_amt,paid_amt,pip_remaining,payee_zip',
    'NF-26-[27316],2026-05-26,[64603],113984417,[20171],{64445},,196.58,196.58,[48908].90,[11103]',
    'NF-26-[27316],2026-05-26,[64603],113984417,[20171],{76942},,92.16,92.16,[48908].90,[11103]',
    'NF-26-[27316],2026-06-09,[64607],113984417,[20219],{64612},LT,248.92,248.92,[48659].98,[11103]',
    'NF-26-[27316],2026-06-23,[64609],113984417,[20252],{64632},RT,187.44,187.44,[48472].54,[11103]',
    'NF-26-[27316],2026-08-06,[64612],472205318,[31206],{64712},RT,1486.20,1486.20,[46986].34,[11101]',
    'NF-26-[27316],2027-05-24,[70084],113306621,[31388],{64714},,1312.75,1386.27,[45600].07,[11501]',
    '# PIP basic limit [50000].00; paid to date 4399.93; export run id [30092]',
  ].join('\n'),
});

// ── 29. Explanation of review (EOR) sent with payment, text layer ──
const eor = lines({
  id: 's151-eor',
  kind: 's151-no-fault-explanation-of-review-text',
  before: 'BRIDGEWATER MUTUAL — EXPLANATION OF REVIEW — Payee: Queensboro Nerve Surgery, PLLC',
  text: [
    'Claim NF-26-[27316]   Patient VASQUEZ-HOLM, RENATA   DOA 03/14/2026   Bill [31206]   Check [64612]',
    'Line  DOS         Code       Mod  Units  Billed     Fee Sched  Allowed    Reason',
    '1     07/08/2026  {64712}    RT   1      1,486.20   1,486.20   1,486.20   FS01',
    '2     07/08/2026  {64727}         1      312.40     0.00       0.00       GR3.4',
    'FS01 = paid at NY WC fee schedule, region IV. GR3.4 = internal neurolysis add-on not separately payable.',
    'Bill review vendor: Medata Review, job [30163]. Appeal within 45 days: PO Box [64632], Latham NY [12110].',
  ].join('\n'),
});

// ── 30. X12 835 remittance from the insurer, text layer ──
const x835 = lines({
  id: 's151-835',
  kind: 's151-x12-835-auto-remit-text',
  before: 'ERA received 08/07/2026 — BRIDGEWATER MUTUAL AUTO — EFT trace 64612',
  text: [
    'BPR*I*1486.2*C*ACH*CCP*01*021000021*DA*44018876*1113990417**01*026009593*DA*7730419*20260806~',
    'TRN*1*[64612]*1113990417~',
    'N1*PR*BRIDGEWATER MUTUAL AUTO INS CO~',
    'N4*LATHAM*NY*[12110]~',
    'CLP*QNS[31206]*1*1798.6*1486.2**AM*NF2627316*22~',
    'SVC*HC:{64712}:RT*1486.2*1486.2**1~',
    'SVC*HC:{64727}*312.4*0**1~',
    'CAS*CO*97*312.4~',
  ].join('\n'),
});

// ── 31. Adjuster's claim diary notes, text layer ──
const diary = lines({
  id: 's151-diary',
  kind: 's151-adjuster-claim-diary-notes-text',
  before: 'Claim NF-26-27316 — Notes (newest first) — filter: all',
  text: [
    '05/24/2027 TBRENNAN  Award paid: {64714} $1,312.75 + int $73.52 (ck [70084]); atty fee separate voucher [70130].',
    '05/03/2027 TBRENNAN  AAA award rec’d, arb Amato found for applicant on {64714}. No master arbitration — below $5K.',
    '10/26/2026 TBRENNAN  NF-10 issued on {64714} per CPR peer; timely (day 10 after verif rec’d).',
    '08/06/2026 TBRENNAN  Paid {64712}-RT per FS, denied add-on {64727} (GR 3.4). Reserve to $24,000.',
    '06/26/2026 TBRENNAN  IME Kessel: cut off PT and repeat {64632} eff 07/01; surgery ({64712}) causally related, OK.',
    '06/01/2026 TBRENNAN  IME set via Meridian file [64714] for 06/18. EIP lives in [11102]; Penn Plaza OK by subway.',
    '04/28/2026 TBRENNAN  Rec’d NF-3 Szabo: {64445} US guided + {76942}. In FS. Approve.',
  ].join('\n'),
});

// ── 32. Adjuster email to IME vendor / provider, text layer ──
const email = lines({
  id: 's151-email',
  kind: 's151-adjuster-email-thread-text',
  before: 'From: Tessa Brennan <tbrennan@bridgewatermutual.example> To: scheduling@meridianime.example',
  text: [
    'Subject: RE: Addendum request — Vasquez-Holm — MIS-[64714] / NF-26-[27316]',
    'Hi Jordan — can Dr. Kessel do a records addendum? Provider has now billed a lumbar plexus neuroplasty',
    '({64714}) on 09/16. We need his opinion on whether that is related, same as he gave on {64712} in June.',
    'Please also confirm his fee for the addendum; last invoice was #[30145] for the 06/18 exam.',
    '> On Oct 1, 2026, Jordan Pike wrote: Dr. Kessel’s exam report is attached (12 pp). Re {64612}: he',
    '> supports repeat chemodenervation every 12 weeks. Our tax ID for the 1099 is on invoice [30145].',
    'Thanks, Tessa | No-Fault Unit | Bridgewater Mutual | (518) 555-0122 ext [40135]',
  ].join('\n'),
});

// ── 33. Provider portal claim status, table ──
const portal = table({
  id: 's151-portal',
  kind: 's151-provider-portal-no-fault-claim-status-grid',
  caption: 'Bridgewater Provider Connect — Bill status — TIN ***4417 — Claim NF-26-27316',
  headers: ['Bill ID', 'DOS', 'Procedure', 'Billed', 'Status', 'Status date', 'Check #'],
  rows: [
    ['[20161]', '04/09/2026', '{95913} / {95886}', '$573.96', 'Paid', '05/11/2026', '[64601]'],
    ['[20171]', '04/23/2026', '{64445} / {76942}', '$288.74', 'Paid', '05/26/2026', '[64603]'],
    ['[20219]', '05/07/2026', '{64612}', '$248.92', 'Paid', '06/09/2026', '[64607]'],
    ['[20252]', '05/21/2026', '{64632}', '$187.44', 'Paid', '06/23/2026', '[64609]'],
    ['[20307]', '08/13/2026', '{64612}', '$248.92', 'Pending verification', '08/27/2026', '—'],
  ],
});

// ── 34. Operative report attached to the bill, text layer ──
const opReport = lines({
  id: 's151-opreport',
  kind: 's151-operative-report-attachment-text',
  before: 'QUEENSBORO NERVE SURGERY, PLLC — OPERATIVE REPORT — Patient: Vasquez-Holm, Renata — MRN 31590',
  text: [
    'DATE OF SURGERY: 07/08/2026   SURGEON: Priya Raman, MD   FACILITY: Queens Crossing ASC, Flushing NY [11354]',
    'PREOPERATIVE DIAGNOSIS: right sciatic neuropathy (G57.01) following motor vehicle collision 03/14/2026',
    'PROCEDURE: Neuroplasty of the right sciatic nerve at the sciatic notch (CPT {64712}-RT).',
    'FINDINGS: dense epineural scarring extending proximally toward the lumbosacral trunk, beyond this exposure.',
    'Internal neurolysis under the operating microscope was performed ({64727}). Estimated blood loss 50 mL.',
    'PLAN: if proximal symptoms persist at 8 weeks, consider staged exploration of the lumbar plexus ({64714}).',
    'ASC case no. [64712]-OR   Dictated 07/08/2026 16:20, transcribed job [21936], signed 07/09/2026.',
  ].join('\n'),
});

// ── 35. PIP benefits exhaustion tracker, table ──
const exhaust = table({
  id: 's151-exhaust',
  kind: 's151-pip-limit-exhaustion-tracker-grid',
  caption: 'PIP Limit Tracker — priority of payment per 11 NYCRR 65-3.15 — NF-26-27316',
  headers: ['As of', 'Basic limit', 'Paid medical', 'Paid lost wages', 'Pending bills', 'Remaining'],
  rows: [
    ['06/30/2026', '[50000].00', '1,527.46', '0.00', '0.00', '[48472].54'],
    ['08/31/2026', '[50000].00', '3,013.66', '0.00', '248.92', '[46986].34'],
    ['05/31/2027', '[50000].00', '4,399.93', '0.00', '248.92', '[45600].07'],
  ],
});

// ── 36. Reserve worksheet, text layer (decoy heavy) ──
const reserve = lines({
  id: 's151-reserve',
  kind: 's151-claim-reserve-worksheet-text',
  before: 'Reserve Worksheet — PIP medical — NF-26-27316 — Supervisor approval required above $20,000',
  text: [
    'Prior reserve: $[18500].00   Requested: $[24000].00   Change: +$5,500.00   Reason code R-[11245]',
    'Basis: surgery paid ({64712}, $1,486.20); second surgery billed ({64714}, $1,312.75) — denial likely',
    'to be arbitrated; ongoing chemodenervation ({64612}) q12 wks × 4 = $995.68; future PT denied.',
    'Cost center [40086]   Unit: Latham No-Fault [10304]   Approved by: M. Ferraro 07/10/2026   Batch [64445]',
  ].join('\n'),
});

// ── 37. Claim system XML export, text layer ──
const claimXml = lines({
  id: 's151-claimxml',
  kind: 's151-claim-system-xml-export-text',
  before: 'GET /claims/NF-26-27316/bills?format=xml',
  text: [
    '<claim id="NF-26-[27316]" lob="PIP" lossDate="2026-03-14" garagingZip="[11105]">',
    '  <bill id="[31206]" provider="QNS" dos="2026-07-08"><line code="{64712}" mod="RT" billed="1486.20"/>',
    '    <line code="{64727}" billed="312.40" allowed="0.00" reason="GR3.4"/></bill>',
    '  <bill id="[31388]" provider="QNS" dos="2026-09-16"><line code="{64714}" billed="1312.75"',
    '    denialId="[64445]" basis="PEER"/><arbitration aaa="17-27-1402-6618" awardId="[64745]"/></bill>',
    '  <bill id="[20307]" provider="ANP" dos="2026-08-13"><line code="{64612}" mod="LT" billed="248.92"/></bill>',
    '  <payee zip="[11103]" checkNo="[64609]"/><payee zip="[11501]" checkNo="[70084]"/>',
    '</claim>',
  ].join('\n'),
});

// ── 38. Interest and attorney fee calculation worksheet, text layer ──
const interest = lines({
  id: 's151-interest',
  kind: 's151-award-interest-attorney-fee-worksheet-text',
  before: 'Award Payment Worksheet — AAA 17-27-1402-6618 — per 11 NYCRR 65-3.9 / 65-4.6',
  text: [
    'Principal (CPT {64714}, DOS 09/16/2026): $1,312.75',
    'Interest 2%/mo simple from 01/12/2027, tolled to 03/01/2027 (applicant’s adjournment request):',
    '03/01/2027–05/24/2027, 84 days: $1,312.75 × 0.02 × 84/30 = $73.52.   Principal + interest = $1,386.27 (check [70084])',
    'Attorney fee 20% × $1,386.27 = $277.25 (under the $1,360 cap), voucher [70130]; filing fee $40, voucher [70137]',
    'GL accounts: [50139] PIP medical / [50153] PIP interest / [50162] claimant attorney fees',
  ].join('\n'),
});

// ── 39. Provider portal secure chat about the repeat chemodenervation bill pending verification, text layer ──
const chat = lines({
  id: 's151-chat',
  kind: 's151-provider-portal-secure-chat-text',
  before: 'Bridgewater Provider Connect — Secure message — Bill 20307',
  text: [
    'Astoria Neuro & Pain (Maribel) 08/20 2:14 PM: Why is bill [20307] pending? It is {64612} LT, same as May.',
    'BMA No-Fault (Tessa) 08/20 3:02 PM: We need the EMG-guided injection note and the Botox lot number.',
    'Also confirm whether {95874} was done; it was not on the NF-3 but is in the note.',
    'Astoria Neuro & Pain (Maribel) 08/21 9:40 AM: No {95874}, guidance was by landmarks. Note uploaded, doc [30198].',
    'BMA No-Fault (Tessa) 08/21 10:05 AM: Thanks. Still missing the lot number; bill [20307] stays pending (NF-26-[27316]).',
  ].join('\n'),
});

// ── 40. Treating physician's narrative report to the insurer (billed as a special report), text layer ──
const narrative = lines({
  id: 's151-narrative',
  kind: 's151-treating-physician-narrative-report-text',
  before: 'ASTORIA NEURO & PAIN MEDICINE, PC — NARRATIVE REPORT — Re: Renata Vasquez-Holm — Claim NF-26-27316',
  text: [
    'Ms. Vasquez-Holm was first seen 04/02/2026 ({99204}). Electrodiagnosis on 04/09/2026 ({95913}, {95886} × 2)',
    'showed a right sciatic neuropathy. She had a sciatic nerve block on 04/23/2026 ({64445} with {76942}),',
    'chemodenervation of the left facial nerve on 05/07/2026 (CPT code {64612}) and a neurolytic injection of the',
    'right third common digital nerve on 05/21/2026 ({64632}-RT). Surgery by Dr. Raman followed ({64712}).',
    'I recommend continued chemodenervation ({64612}) every 12 weeks. This report is billed under {99080}.',
    'Leonard Szabo, MD   NYS lic. [23317]   30-12 Steinway St, Astoria NY [11103]',
  ].join('\n'),
});

export const sealed151: Snippet[] = [
  ...claimSummary,
  ...injuryLog,
  ...nf2,
  ...nf3,
  ...nf3Lines,
  ...coverLetter,
  ...x837,
  ...imeLetter,
  ...imeSchedule,
  ...imeReport,
  ...feeLookup,
  ...groundRules,
  ...feeCalc,
  ...feeSearch,
  ...verifReq,
  ...peerReview,
  ...urSummary,
  ...nf10,
  ...nf10Pt,
  ...denialLog,
  ...ar1,
  ...ar1Amounts,
  ...award,
  ...awardBox,
  ...hearingCal,
  ...demand,
  ...ledger,
  ...ledgerCsv,
  ...eor,
  ...x835,
  ...diary,
  ...email,
  ...portal,
  ...opReport,
  ...exhaust,
  ...reserve,
  ...claimXml,
  ...interest,
  ...chat,
  ...narrative,
];
