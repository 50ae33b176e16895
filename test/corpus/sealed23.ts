import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 23 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on
 * these snippets. Its page shapes (`kind`, prefixed `s23-`) appear in no other corpus file. Score it once; do not edit
 * a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as ZIPs, accounts, ids, counts and amounts; the five known numbers also
 * appear as decoys (a payer ID, a case number, a PO box, a batch, a claim-number prefix).
 *
 * Family: payer-side and clearinghouse back office — clearinghouse front-end rejection reports, 999 and 277CA
 * acknowledgement viewers (as text and as tables), 835 PLB provider-level adjustments, line-level remittance
 * reconciliation, Excel pivots and VLOOKUP sheets pasted into web tables, utilization-management queues and case
 * timelines, contract rate exhibits, credentialing privilege delineation, medical-policy coding appendices, claim-edit
 * go-live bulletins, newsletter tables of contents, appeal forms, RAT-STATS audit samples, RAC ADR enclosures,
 * overpayment notices, payer chat transcripts, portal prior-auth code look-ups, clearinghouse payer lists and support
 * tickets, and emails between billers. Built on real public layouts: the X12 999 (AK1/AK2/IK3/IK4/IK5/AK9) and 277CA
 * (HL levels, STC category:status, TRN, SVC) segment structures, the 835 PLB segment with its adjustment reason codes
 * (WO, L6, FB, 72), the CMS-20033 Medicare Redetermination Request Form fields, the California DMHC Provider Dispute
 * Resolution Request form fields, the RAT-STATS sample worksheet columns, the MAC overpayment voluntary refund form
 * fields, and Excel's pivot-table paste ("Row Labels", "Grand Total"). The others are written the way those pages
 * read, with no single source.
 *
 * 334 labelled tokens over 28 shapes: 130 codes, 204 decoys, 66 of the decoys in KNOWN_10K (six of them the five known
 * numbers used as a payer ID, case number, PO box, accounts and a fax extension).
 */

// ── 1. Clearinghouse front-end rejection report, fixed-width print ──
const chReject: Snippet[] = lines({
  id: 's23-chrej',
  kind: 's23-ch-frontend-rejection-report-txt',
  text: [
    'RUN DATE 05/12/2026      CLEARINGHOUSE FRONT-END REJECTION REPORT              PAGE 1 OF 2',
    'SUBMITTER ID: [31336]    BATCH: 0512-[04139]    FILE: 837P_0512_A.TXT    CLAIMS IN FILE: 212',
    'PAYER: SUMMIT HEALTH PLAN (PAYER ID [62609])',
    'PCN            PATIENT            DOS       LN  CPT    MOD  REJ   MESSAGE',
    'ACT[77224]      HALVORSEN, K       05/02/26  01  {64712}  RT   R412  RENDERING NPI NOT ON FILE WITH PAYER',
    'ACT[77224]      HALVORSEN, K       05/02/26  02  {64445}  RT   R412  RENDERING NPI NOT ON FILE WITH PAYER',
    'ACT[80956]      OYELARAN, T        05/05/26  01  {64632}       E107  FOOT MODIFIER (T1-T9,TA) REQUIRED',
    'ACT[12942]      NAKASHIMA, R       05/06/26  03  {64612}  50   E220  MOD 50 INVALID - BILL RT/LT ON 2 LINES',
    'ACT[17706]      PELLETIER, J       05/07/26  01  {64714}       E031  SUBSCRIBER ZIP 5850 INVALID (4 DIGITS)',
    'E107: For {64632} append the foot modifier for the digit treated; see payer edit guide rev [13932].',
    'TOTAL CLAIMS REJECTED: 4     TOTAL LINES: 5     TOTAL CHARGES REJECTED: [10951].00',
    'EDI SUPPORT 800-555-0142 EXT [40117]   SUBMITTER: 1450 LARCH LN, BISMARCK ND [58501]',
  ].join('\n'),
});

// ── 2. 999 implementation acknowledgment, IK3/IK4 error grid (clearinghouse viewer table) ──
const ack999Grid = table({
  id: 's23-999grid',
  kind: 's23-x12-999-ik-segment-error-grid',
  caption: '999 Implementation Acknowledgment — Group Control 58004 — 3 transaction sets — 2 rejected',
  headers: ['ST Control #', 'Segment', 'Position', 'Loop', 'Element', 'Error', 'Bad Value', 'Description'],
  rows: [
    ['[21720]', 'SV1', '14', '2400', 'SV101-2', '7', 'HC:{64714}:XY', 'Invalid code value (modifier)'],
    ['[21720]', 'SV1', '22', '2400', 'SV104', '8', '1.5.', 'Invalid data element format'],
    ['[21721]', 'NM1', '31', '2310B', 'NM109', '6', '[44534]', 'Invalid character in data element'],
    ['[21721]', 'N4', '9', '2010AA', 'N403', '7', '[58501]', 'ZIP not valid for state MN'],
    ['[21722]', 'SV1', '17', '2400', 'SV101-4', '7', 'HC:{64632}:T6:T6', 'Repeated modifier'],
    ['[21722]', 'CLM', '3', '2300', 'CLM02', '8', '[12044]..18', 'Invalid decimal'],
  ],
});

// ── 3. 999 summary, text view ──
const ack999Text: Snippet[] = lines({
  id: 's23-999txt',
  kind: 's23-x12-999-ack-summary-text',
  text: [
    '999 ACKNOWLEDGMENT — RECEIVED 05/12/2026 14:22   Interchange sender: NORTHGATEBIL',
    'AK1  Functional ID: HC   GS06 Group Control #: [58004]   Version: 005010X222A1',
    'AK9  P — Partially accepted   Sets included: 3   received: 3   accepted: 1',
    'ST [21720]  IK5*R*I5  Rejected — SV101-2 HC:{64714}:XY, modifier XY not valid',
    'ST [21721]  IK5*R*I5  Rejected — NM109 value [44534] is not a 10-digit NPI',
    'ST [21722]  IK5*E     Accepted with errors — T6 repeated on {64632} line',
    'Original file: 837P_0512_A.TXT   Trace [65836]',
  ].join('\n'),
});

// ── 4. 277CA rendered as an indented HL tree (text) ──
const ack277Tree: Snippet[] = lines({
  id: 's23-277tree',
  kind: 's23-x12-277ca-hl-tree-indent',
  text: [
    '▾ HL1 Information Source: SUMMIT HEALTH PLAN   NM1*PR*2*SUMMIT HEALTH PLAN*****PI*[62609]',
    '  ▾ HL2 Information Receiver: NORTHGATE BILLING SVC   NM1*41 ...*46*[31336]',
    '      TRN*2*[47384]   STC*A1:19:PR*20260513*WQ*8412',
    '    ▾ HL3 Billing Provider: LAKEVIEW NEUROSURGERY ASSOC   QTY*QA*3   QTY*QC*1   AMT*YY*1260',
    '      ▾ HL4 Patient: BRANDT, LEONORA   Member ID ZSH[66674]-01',
    '          TRN*2*ACT[77996]   REF*1K*SH26-[90101]   STC*A7:21*20260513*U*1260',
    '          SVC*HC:{64445}:RT*520*****1   STC*A7:453   DTP*472*D8*20260505',
    '          SVC*HC:{64712}:RT*740*****1   STC*A7:145:82   DTP*472*D8*20260505',
    '      ▾ HL5 Patient: KOWALCZYK, ADAM   Member ID ZSH[39763]-02',
    '          TRN*2*ACT[08042]   REF*1K*SH26-[90102]   STC*A2:20*20260513*WQ*3100',
    '          SVC*HC:{64714}*3100*****1',
  ].join('\n'),
});

// ── 5. 277CA claim-level acknowledgement grid (clearinghouse UI) ──
const ack277Grid = table({
  id: 's23-277grid',
  kind: 's23-277ca-claim-ack-status-grid',
  caption: 'Claim Acknowledgements (277CA) — Payer: Summit Health Plan — 05/13/2026',
  headers: ['Patient Acct #', 'Payer Claim #', 'Billed', 'Status', 'Cat:Status:Entity', 'Svc Line', 'Message'],
  rows: [
    ['[77996]', 'SH26-[90101]', '1,260.00', 'Rejected', 'A7:21', '{64445}', 'Missing/invalid information'],
    ['[77996]', 'SH26-[90101]', '', '', 'A7:145:82', '{64712}', 'Entity specialty/taxonomy'],
    ['[08042]', 'SH26-[90102]', '3,100.00', 'Accepted', 'A2:20', '{64714}', 'Accepted for adjudication'],
    ['[35176]', 'SH26-[90103]', '410.00', 'Accepted', 'A2:20', '{64612}', ''],
    ['[36111]', '', '1,120.00', 'Rejected', 'A3:116', '', 'Claim submitted to the incorrect payer'],
  ],
});

// ── 6. Line-level remittance posting reconciliation (spreadsheet view) ──
const eraLines = table({
  id: 's23-eravar',
  kind: 's23-era-line-posting-variance-xlsx',
  caption: 'ERA_vs_Posting_MAY26.xlsx — Sheet1 (filter: Variance <> 0)',
  headers: [
    'EFT Trace',
    'Pt Acct',
    'DOS',
    'CPT',
    'Mod',
    'Units',
    'Billed',
    'Expected',
    'ERA Paid',
    'Posted',
    'Variance',
    'Batch',
  ],
  rows: [
    [
      '[88044]',
      '[49581]',
      '04/21/26',
      '{64714}',
      '',
      '2',
      '6200.00',
      '1402.84',
      '701.42',
      '701.42',
      '-701.42',
      '[37974]',
    ],
    ['[88044]', '[53124]', '04/22/26', '{64445}', '59', '1', '520.00', '85.72', '0.00', '0.00', '-85.72', '[37974]'],
    [
      '[88044]',
      '[53124]',
      '04/22/26',
      '{64712}',
      'RT',
      '1',
      '2900.00',
      '1880.14',
      '1880.14',
      '1780.14',
      '-100.00',
      '[37974]',
    ],
    [
      '[89010]',
      '[54297]',
      '04/24/26',
      '{64612}',
      'LT',
      '1',
      '410.00',
      '230.53',
      '230.53',
      '0.00',
      '-230.53',
      '[37973]',
    ],
    ['[89010]', '[33019]', '04/24/26', '{64714}', '', '1', '3100.00', '701.42', '701.42', '0.00', '-701.42', '[37973]'],
    [
      '[89010]',
      '[64712]',
      '04/25/26',
      '{64632}',
      'T2',
      '1',
      '480.00',
      '212.60',
      '199.85',
      '199.85',
      '-12.75',
      '[37973]',
    ],
  ],
});

// ── 7. Excel pivot table pasted into a web page (denials by code) ──
const pivotCodes = table({
  id: 's23-pivot1',
  kind: 's23-excel-pivot-paste-denials-by-code',
  caption: 'Q2 denials — pivot pasted from Denials_Q2.xlsx (Count of Line ID)',
  headers: ['Row Labels', 'CO-16', 'CO-97', 'CO-197', 'CO-151', 'Grand Total'],
  rows: [
    ['{64445}', '2', '9', '', '1', '12'],
    ['{64612}', '1', '', '4', '', '5'],
    ['{64632}', '3', '', '', '', '3'],
    ['{64712}', '', '1', '2', '', '3'],
    ['{64714}', '1', '', '', '6', '7'],
    ['Grand Total', '7', '10', '6', '7', '30'],
  ],
});
const pivotPayers = table({
  id: 's23-pivot2',
  kind: 's23-excel-pivot-paste-denials-by-code',
  caption: 'Sum of Billed / Sum of Paid by payer',
  headers: ['Row Labels', 'Sum of Billed', 'Sum of Paid', 'Count of Claim ID'],
  rows: [
    ['Summit Health Plan', '[48450].5', '[29424]', '37'],
    ['Prairie Mutual', '[30212]', '[11942].35', '21'],
    ['Medicare JF', '[56015].4', '[18203].8', '44'],
    ['Grand Total', '134672.5', '[59570].15', '102'],
  ],
});

// ── 8. VLOOKUP sheet pasted with generic column headers and #N/A cells ──
const vlookup = table({
  id: 's23-vlk',
  kind: 's23-excel-vlookup-paste-na-cells',
  caption: 'pasted from Fee_check.xlsx',
  headers: ['Column1', 'Column2', 'Column3', 'Column4', 'Column5'],
  rows: [
    ['Claim ID', 'CPT', 'Paid', 'VLOOKUP Fee', 'Diff'],
    ['[67654]', '{64712}', '1880.14', '1880.14', '0'],
    ['[67655]', '{64714}', '701.42', '#N/A', '#N/A'],
    ['[67656]', '{64445}', '85.72', '85.72', '0'],
    ['[67657]', '{64632}', '199.85', '212.6', '-12.75'],
    ['[67659]', '{64612}', '230.53', '#N/A', '#N/A'],
    ['[67660]', '{64445}', '0', '85.72', '-85.72'],
    ['', '', '', 'fee tab rows', '[10006]'],
  ],
});

// ── 9. Utilization-management intake queue ──
const umQueue = table({
  id: 's23-umq',
  kind: 's23-um-intake-queue-sla-grid',
  caption: 'UM Intake — Outpatient Surgical — 14 open (3 expedited)',
  headers: [
    'Case #',
    'Received',
    'Member ID',
    'Requesting Prov',
    'Svc Code(s)',
    'Units',
    'Review Type',
    'SLA Due',
    'Assigned',
  ],
  rows: [
    [
      '[83143]',
      '05/10 08:12',
      'SHP[34195]',
      'Lakeview Neuro',
      '{64712}, {64445}',
      '1, 1',
      'Standard',
      '05/17 08:12',
      'L. Pratt RN',
    ],
    ['[83142]', '05/10 09:55', 'SHP[20900]', 'Red River Pain', '{64632}', '2', 'Standard', '05/17 09:55', 'Unassigned'],
    ['[83155]', '05/11 12:47', 'SHP[21907]', 'Red River Pain', '{64445}', '1', 'Standard', '05/18 12:47', 'Unassigned'],
    [
      '[64445]',
      '05/11 07:02',
      'SHP[15777]',
      'Fargo Face & Neuro',
      '{64612}',
      '1',
      'Expedited',
      '05/14 07:02',
      'M. Yoon RN',
    ],
    ['[83150]', '05/11 10:30', 'SHP[26558]', 'Lakeview Neuro', '{64714}', '1', 'Retro', '06/10 10:30', 'MD review'],
  ],
});

// ── 10. UM case event timeline ──
const umTimeline: Snippet[] = lines({
  id: 's23-umtl',
  kind: 's23-um-case-event-timeline',
  text: [
    'Case [83143]   Member SHP[34195]   Requested: {64712} (RT), {64445}   Site: ASC',
    '05/10 08:12  Intake        Fax received, 14 pages, from Lakeview Neuro (fax ref [71762])',
    '05/10 08:40  RN review     Criteria set NRV-[39763] applied; {64712} meets 1.a–1.c',
    '05/10 08:41  RN review     {64445} — no auth required when billed with {64712} same DOS',
    '05/11 13:55  MD review     Dr. Ferreira: approve {64712} x1; 12-week PT documented',
    '05/11 14:03  Determination Approved — Auth # A26-[58709]   valid 05/15–08/13',
    '05/11 14:05  Letter        Provider letter queued, batch [92061]',
  ].join('\n'),
});

// ── 11. Contract exhibit: fixed rates by place of service ──
const rateExhibitHead: Snippet[] = lines({
  id: 's23-exh',
  kind: 's23-contract-exhibit-pos-rate-matrix',
  text: [
    'EXHIBIT A-2 — PROFESSIONAL SERVICES COMPENSATION',
    'Participating Provider Agreement No. [52363]   Provider Group ID [10019]   Effective 07/01/2026',
    'Rates below replace the percentage-of-Medicare methodology for the listed codes only.',
  ].join('\n'),
});
const rateExhibit = table({
  id: 's23-exh-t',
  kind: 's23-contract-exhibit-pos-rate-matrix',
  caption: 'Table 2. Fixed fee by place of service (USD)',
  headers: ['CPT/HCPCS', 'Description', 'POS 11', 'POS 22', 'POS 24', 'Basis'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic nerve', 'n/a', '1,655.00', '1,655.00', 'Fixed'],
    ['{64714}', 'Neuroplasty, lumbar plexus', 'n/a', '1,590.00', '1,590.00', 'Fixed'],
    ['{64445}', 'Njx aa&/strd sciatic nrv', '142.10', '96.40', '96.40', '125% MPFS'],
    ['{64632}', 'Destr plantar common digital nerve', '268.00', '211.00', '211.00', 'Fixed'],
    ['{64612}', 'Chemodenerv musc facial nerve', '255.75', '219.20', '219.20', '120% MPFS'],
  ],
});

// ── 12. Credentialing: delineation of clinical privileges ──
const privileges: Snippet[] = lines({
  id: 's23-priv',
  kind: 's23-credentialing-privilege-delineation-form',
  text: [
    'DELINEATION OF CLINICAL PRIVILEGES — PERIPHERAL NERVE SURGERY & PAIN MEDICINE',
    'Applicant: Priya Raman, MD    Medical Staff ID [14874]    Facility: Northgate Surgical Center, Fargo ND [58103]',
    'Req Grant  Procedure (CPT)                                                      Cases / 24 mo',
    '[x]  [x]   Neuroplasty, major peripheral nerve, open; sciatic nerve ({64712})   14',
    '[x]  [x]   Neuroplasty, open; lumbar plexus ({64714})                          6',
    '[x]  [ ]   Destruction by neurolytic agent; plantar common digital nerve ({64632})   2 — FPPE required',
    '[x]  [x]   Injection, anesthetic agent/steroid; sciatic nerve — {64445}          31',
    '[ ]  [ ]   Chemodenervation, facial nerve muscles, unilateral — {64612}         0',
    'Proctor: J. Lindqvist, MD (ID [14881])   Committee action 06/02/2026, minute item [24003]',
  ].join('\n'),
});

// ── 13. Payer medical policy, coding appendix ──
const medpol: Snippet[] = lines({
  id: 's23-medpol',
  kind: 's23-medpol-coding-appendix-covered-noncovered',
  text: [
    'APPENDIX B — CODING INFORMATION      Policy # NRV-[39763]      Page 11 of 14',
    'CPT® codes considered medically necessary when the criteria in Section I are met:',
    '{64712}  Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    '{64714}  Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
    'CPT® codes considered experimental/investigational for the indications in Section II:',
    '{64632}  Destruction by neurolytic agent; plantar common digital nerve',
    'HCPCS: J0585 Injection, onabotulinumtoxinA, 1 unit (report with {64612} when criteria in III.b are met)',
    'Codes {64712}–{64714} require documentation of failed conservative therapy of at least 12 weeks.',
    'History: revised 04/01/2026 per Provider Bulletin [50506]; prior version archived as NRV-[39761].',
  ].join('\n'),
});

// ── 14. Payer bulletin: new claim edits going live ──
const editGoLive = table({
  id: 's23-golive',
  kind: 's23-bulletin-claim-edit-golive-table',
  caption: 'Provider Bulletin 50506 — New payment integrity edits effective 08/01/2026 (90-day notice)',
  headers: ['Edit ID', 'Code(s) affected', 'What the edit does', 'Effective'],
  rows: [
    [
      'PI-[20476]',
      '{64445}',
      'Denies as incidental when billed with {64712} or {64714} by the same provider, same DOS, unless modifier 59/XU',
      '08/01/2026',
    ],
    [
      'PI-[20477]',
      '{64612}',
      'Limits to 1 unit per side per DOS; bilateral requires RT and LT on separate lines',
      '08/01/2026',
    ],
    ['PI-[20478]', '{64632}', 'Requires a foot modifier (T1–T9, TA); max 4 per foot per 12 months', '08/01/2026'],
    ['PI-[20479]', 'All', 'Rejects claims with a 5-digit service-facility ZIP when ZIP+4 is on file', '09/01/2026'],
  ],
});

// ── 15. Provider newsletter, table of contents with teasers ──
const newsletterToc: Snippet[] = lines({
  id: 's23-toc',
  kind: 's23-newsletter-issue-toc-teasers',
  text: [
    'PROVIDER PULSE — Summer 2026 — Issue No. 31      In this issue',
    'p. 2  Claim edits coming Aug. 1: what changes for {64445} blocks billed with neuroplasty',
    'p. 3  Reminder: chemodenervation ({64612}) is per side — bill RT and LT separately',
    'p. 4  Podiatry corner: foot modifiers on {64632} and why claims are rejecting',
    'p. 5  New mailing address for paper claims: PO Box [64445], Bismarck ND [58506]',
    'p. 6  Network news: 412 new providers; Prairie region now covers 17 counties',
    'p. 7  UM intake fax moves to ext. [44718]; Bismarck office ZIP [58106]',
    'p. 8  Coding Q&A: Is {64714} reportable with {64712} at the same session?',
  ].join('\n'),
});

// ── 16. CMS-20033 Medicare Redetermination Request Form, filled ──
const redet: Snippet[] = [
  {
    id: 's23-cms20033-1',
    kind: 's23-cms20033-redetermination-request-fields',
    text: [
      'MEDICARE REDETERMINATION REQUEST FORM — 1st LEVEL OF APPEAL',
      "1. Beneficiary's name (First, Middle, Last): Leonora M. Brandt",
      '2. Medicare number: 1EG4-TE5-MK72',
      '3. Item or service you wish to appeal: CPT {64612}-LT, chemodenervation of muscle(s) innervated by facial nerve, unilateral',
      '4. Date the service or item was received: 03/17/2026',
      '5. Date of the initial determination notice: 04/02/2026 (ICN 2226092300418)',
      '7. Additional information Medicare should consider: {64612}-RT (line 1) paid; line 2 {64612}-LT denied as',
      '   duplicate (CARC 18). Service was bilateral; op note attached (fax pages 2–9).',
      "8. Requester's name: Northgate Billing Svc for Lakeview Neurosurgery Associates (PTAN [41711])",
      "10. Requester's address: 1450 Larch Ln, Suite 200, Bismarck ND [58501]",
      'Send to: Medicare Part B Redeterminations, PO Box 6783, Fargo ND [58108]-6783',
    ].join('\n'),
  },
];

// ── 17. California DMHC provider dispute resolution request form ──
const pdr: Snippet[] = lines({
  id: 's23-pdr',
  kind: 's23-ca-pdr-provider-dispute-form',
  text: [
    'PROVIDER DISPUTE RESOLUTION REQUEST — Golden Vale Health Plan',
    'PROVIDER NAME: Sierra Nerve & Spine Medical Group   PROVIDER TAX ID #: 94-3328401',
    'PROVIDER ADDRESS: 2200 J St, Sacramento CA [95816]   PROVIDER TYPE: [x] MD',
    'CONTACT: R. Quiroga, ext. [57702]   PROVIDER ID (plan): GV[90052]',
    'CLAIM INFORMATION   [x] Single   [ ] Multiple "LIKE" claims (attach spreadsheet)   Number of claims: 1',
    'Patient Name: T. Oyelaran   Health Plan ID: GVH[75340]   Patient Account Number: [80956]',
    'Original Claim ID: GV-[85083]   Service "From/To" Date: 05/05/2026   Original Claim Amount Billed: $480.00',
    'Original Claim Amount Paid: $0.00',
    'DISPUTE TYPE: [x] Claim   [ ] Appeal of Medical Necessity / UM Decision   [ ] Request for Reimbursement of Overpayment',
    'DESCRIPTION OF DISPUTE: {64632}-T2 denied for missing foot modifier; T2 was on the claim. Corrected claim',
    'ref [46473] shows {64632} T2 (left foot, third digit).',
    'EXPECTED OUTCOME: Reprocess {64632}-T2 at contracted rate $211.00.',
    'Mail to: Golden Vale Health Plan, Provider Disputes, PO Box [27607], Los Angeles CA [90051]',
  ].join('\n'),
});

// ── 18. 835 PLB provider-level adjustments rendered as a table ──
const plb = table({
  id: 's23-plb',
  kind: 's23-835-plb-provider-adjustment-table',
  caption: 'Provider Level Adjustments (PLB) — check/EFT 88044 — FYE 12/31/2026',
  headers: ['PLB Reason', 'Reference ID', 'Amount', 'Fiscal Period', 'Note'],
  rows: [
    ['WO — Overpayment recovery', 'OP-[25787]', '-85.72', '20261231', 'Recoup SH26-[90101] line {64445}'],
    ['WO — Overpayment recovery', 'OP-[25788]', '-701.42', '20261231', 'MUE: {64714} 2nd unit'],
    ['L6 — Interest owed', '[72613]', '3.18', '20261231', 'Prompt pay, 4 days'],
    ['FB — Forwarding balance', 'FB[98102]', '-412.50', '20261231', ''],
    ['CS — Adjustment', 'CS[16340]', '-25.00', '20261231', 'Capitation withhold'],
    ['72 — Authorized return', '[40293]', '-1,880.14', '20261231', 'Provider refund, {64712} billed twice'],
  ],
});

// ── 19. Overpayment notice with offset schedule ──
const overpay: Snippet[] = lines({
  id: 's23-opn',
  kind: 's23-overpayment-notice-offset-schedule',
  text: [
    'NOTICE OF OVERPAYMENT AND INTENT TO OFFSET      Reference PI-2026-[69503]',
    'Summit Health Plan, Payment Integrity Unit, PO Box [30437], Bismarck ND [58502]',
    'Our post-payment review found CPT {64445} billed with {64712} by the same surgeon on the same date.',
    'Per our reimbursement policy the injection is included in the neuroplasty; the amounts below were paid in error.',
    'Claim SH26-[90101]   DOS 01/14/2026   {64445}   paid $85.72   overpaid $85.72',
    'Claim SH26-[90215]   DOS 02/03/2026   {64445}-59   paid $85.72   overpaid $85.72',
    'Claim SH26-[91007]   DOS 02/19/2026   {64714} x2   paid $1,402.84   overpaid $701.42',
    'Offset schedule: if not repaid by 07/15/2026, 100% of remittances from 07/16 until recovered (offset batch [88584]).',
    'Questions: call 800-555-0199 and give reference [69503].',
    'To repay by check: Summit Health Plan Lockbox [91263], Minneapolis MN [55480]. Write [69503] on the check.',
  ].join('\n'),
});

// ── 20. MAC voluntary refund form (provider-initiated overpayment return) ──
const refund: Snippet[] = lines({
  id: 's23-refund',
  kind: 's23-mac-voluntary-refund-form-fields',
  text: [
    'OVERPAYMENT REFUND FORM — TO BE COMPLETED BY PROVIDER/SUPPLIER',
    'Provider/Supplier Name: Lakeview Neurosurgery Associates   PTAN: [41711]   NPI: 1457392018',
    'Check Number: [10233]   Check Amount: $1,880.14   Check Date: 05/20/2026',
    'Refund information — Claim #: 2226091300847   Beneficiary: Larsen   MBI: 4RT7-JK2-WQ11',
    'Service from/to: 01/09/2026   HCPCS/CPT: {64712}   Amount of refund: $1,880.14',
    'Reason for refund: 01 Duplicate   (line billed twice on separate claims; {64712}-RT paid on both)',
    'Do you have a Corporate Integrity Agreement? No   Internal tracking # [52029]',
    'Mail to: Overpayment Recovery, PO Box 6702, Fargo ND [58108]',
    'Provider address: 1450 Larch Ln, Suite 200, Bismarck ND [58504]   Contact ext. [30412]',
  ].join('\n'),
});

// ── 21. RAT-STATS audit sample worksheet ──
const ratstatsHead: Snippet[] = lines({
  id: 's23-rat',
  kind: 's23-ratstats-audit-sample-worksheet',
  text: [
    'RAT-STATS 2019 Single Stage Random Numbers — Audit: Neuroplasty & nerve blocks 2025',
    'Universe: [42640] claim lines   Sample size: 30   Seed: [59832]   Frame low: 1   Frame high: [42640]',
  ].join('\n'),
});
const ratstats = table({
  id: 's23-rat-t',
  kind: 's23-ratstats-audit-sample-worksheet',
  caption: 'Sample worksheet (first 6 of 30)',
  headers: [
    'Sample #',
    'Random #',
    'Claim ID',
    'Line',
    'Billed CPT',
    'Audited CPT',
    'Paid',
    'Audited Paid',
    'Overpayment',
  ],
  rows: [
    ['1', '[18969]', '[95177]', '1', '{64714}', '{64712}', '701.42', '701.42', '0.00'],
    ['2', '[02134]', '[95210]', '2', '{64445}', 'none — incidental', '85.72', '0.00', '85.72'],
    ['3', '[40754]', '[96120]', '1', '{64712}', '{64712}', '1,880.14', '1,880.14', '0.00'],
    ['4', '[27311]', '[96288]', '1', '{64632}', '{64632}', '199.85', '199.85', '0.00'],
    ['5', '[33702]', '[97007]', '3', '{64612}', '{64612}', '230.53', '115.27', '115.26'],
    ['6', '[07016]', '[97579]', '1', '{64714}', 'Unsupported', '701.42', '0.00', '701.42'],
  ],
});

// ── 22. RAC additional documentation request, claim enclosure ──
const racAdr: Snippet[] = lines({
  id: 's23-adr',
  kind: 's23-rac-adr-claim-enclosure-list',
  text: [
    'ENCLOSURE A — CLAIMS SELECTED FOR COMPLEX REVIEW     ADR Letter ID [92944]-C     Page 1 of 1',
    'Approved issue 0147: Open neuroplasty, major peripheral nerve (CPT {64712}, {64714}) — medical necessity',
    '#  Claim Number (ICN)   Bene Last Name  DOS         CPT      Billed     Paid',
    '1  2226091300847        LARSEN          01/09/2026  {64714}   3,100.00   701.42',
    '2  2226091400215        BRANDT          01/14/2026  {64712}   2,900.00   1,880.14',
    '3  2226103302110        OKONKWO         04/13/2026  {64712}   2,900.00   1,880.14',
    'Records due within 45 days. Upload via esMD, content type 1, RAC ID [21025]; or mail to PO Box [93799].',
    'Provider: Lakeview Neurosurgery Associates   Provider ID [20983]   Bismarck ND [58501]   Fax [71205] pages max',
  ].join('\n'),
});

// ── 23. Payer portal chat transcript, emailed to the user ──
const chat: Snippet[] = lines({
  id: 's23-chat',
  kind: 's23-chat-transcript-email-export',
  text: [
    'Subject: Your chat transcript — Session [73561]',
    'Chat started 05/14/2026 10:02 AM CT   Agent: Dana R. (agent ID [40756])',
    '10:02 AM  You: Hi, status on claim SH26-[86053], DOS 05/02. The {64445} line denied.',
    '10:03 AM  Dana R.: Thank you. Can you verify the billing provider ZIP?',
    '10:03 AM  You: [58501]',
    '10:05 AM  Dana R.: Line 2 ({64445}) denied CO-97, incidental to {64712} on line 1.',
    '10:06 AM  You: The block was done by anesthesia, separate TIN. Should it go on its own claim with 59?',
    '10:07 AM  Dana R.: Yes, a separate claim from the anesthesia group with XU. Call ref [61744].',
    '10:08 AM  You: And {64712}-RT paid at 1,880.14?',
    '10:08 AM  Dana R.: Correct, paid 05/09 on EFT [88044].',
    'Chat ended 10:11 AM. Tell us how we did: survey [30588]',
  ].join('\n'),
});

// ── 24. Provider portal: prior-auth requirement look-up results ──
const paLookupHead: Snippet[] = lines({
  id: 's23-pachk',
  kind: 's23-portal-pa-code-check-results',
  text: [
    'Does this service need prior authorization?',
    'Showing 2 results for "{64712}" — plan: Commercial HMO — member ZIP [58103]',
    'Search again: CPT/HCPCS code (5 characters), e.g. {64445}',
  ].join('\n'),
});
const paLookup = table({
  id: 's23-pachk-t',
  kind: 's23-portal-pa-code-check-results',
  caption: 'Results',
  headers: ['Code', 'Description', 'Auth required?', 'Reviewed by', 'Line of business', 'Notes'],
  rows: [
    ['{64712}', 'Revision of sciatic nerve', 'Yes', 'Summit UM', 'Commercial HMO', 'Outpatient only'],
    ['{64712}', 'Revision of sciatic nerve', 'Yes', 'Summit UM', 'Medicare Advantage', 'See policy NRV-[39763]'],
    ['{64714}', 'Revise low back nerve(s)', 'Yes', 'Summit UM', 'Commercial HMO', ''],
    ['{64632}', 'N block inj common digit', 'No', '—', 'All', 'Max 4 per foot / 12 mo'],
    [
      '{64612}',
      'Destroy nerve face muscle',
      'Yes',
      'PharmaReview',
      'All',
      'Drug J0585 also reviewed; vendor fax ext. [64632]',
    ],
  ],
});

// ── 25. Emails between billers: answers inline under the quoted questions ──
const billerEmail: Snippet[] = lines({
  id: 's23-mail',
  kind: 's23-biller-email-inline-answers',
  text: [
    'From: Tamsin Okafor <tokafor@northgatebilling.com>',
    'Subject: RE: Summit denials batch [37974] — answers inline',
    'My answers are below each question in CAPS.',
    '> 1. Acct [49581]: {64714} x2 denied for units. Rebill 1 unit?',
    'YES — REBILL {64714} X1, APPEAL 2ND UNIT WITH OP NOTE (DIFFERENT LEVEL).',
    '> 2. Acct [53124]: they bundled {64445} into {64712}. Write off?',
    "NO. BLOCK WAS ANESTHESIA'S. MOVE {64445} TO THEIR CLAIM, TIN ENDS [44717]? CHECK W/ CREDENTIALING.",
    '> 3. Acct [54297]: {64612}-LT posted 0.00 but ERA shows 230.53.',
    'POSTING ERROR, SEE BATCH [37973] LINE 14.',
    '> 4. Acct [64712]: is this the foot one?',
    'YES, {64632}-T2. VARIANCE 12.75 IS THE NEW FEE, NOT AN UNDERPAYMENT.',
  ].join('\n'),
});

// ── 26. Clearinghouse payer list, enrollment grid ──
const payerList = table({
  id: 's23-payers',
  kind: 's23-ch-payer-list-enrollment-grid',
  caption: 'Payer List — search "prairie" OR state ND — 6 payers',
  headers: ['Payer ID', 'Payer Name', 'Claims', 'ERA', 'Eligibility', 'Enrollment Req.', 'State'],
  rows: [
    ['[62609]', 'Summit Health Plan', 'Yes', 'Yes', 'Yes', 'ERA only', 'ND'],
    ['[64612]', 'Prairie Mutual Benefit Assn', 'Yes', 'No', 'Yes', 'No', 'ND'],
    ['[87043]', 'Red River Employee Trust (TPA)', 'Yes', 'Yes', 'No', 'Claims & ERA', 'ND'],
    ['[36990]', 'Dakota Farm Bureau Health', 'Yes', 'Yes', 'Yes', 'No', 'ND/SD'],
    ['SX[12503]', 'Prairie Rural Cooperative Plan', 'Yes', 'No', 'No', 'Claims', 'ND'],
    ['[60054]', 'Heartland Plains HMO', 'Yes', 'Yes', 'Yes', 'No', 'ND/MN'],
    ['[38217]', 'Prairie Teachers Health Trust', 'Yes', 'Yes', 'No', 'ERA only', 'ND'],
    ['[99560]', 'Northern Plains Workers Comp', 'Paper', '—', '—', '—', 'ND'],
  ],
});

// ── 27. Clearinghouse support ticket, timeline ──
const ticket: Snippet[] = lines({
  id: 's23-ticket',
  kind: 's23-ch-support-ticket-timeline',
  text: [
    'Ticket #[95806] — Rejections on SV101 — Status: Pending Customer — Priority: P3',
    'Created 05/15/2026 09:14 by Northgate Billing (Submitter [31336])   Linked tickets: [73214], [24904]',
    '[05/15 09:14] Customer: 17 claims rejected "SV101-2 invalid" on the {64714} lines, file 837P_0512_A.',
    '[05/15 11:40] Support (Mike T.): Modifier XY is not a valid HCPCS modifier; the payer 999 (GS06 [58004]) points at',
    '              HC:{64714}:XY. Did you mean XU? Fix the charge and resend; no payer enrollment issue.',
    '[05/15 13:02] Customer: Our CDM had XY on {64714} and {64712} since the [04139] batch. Fixed.',
    '[05/16 08:30] Support: Resubmission batch 0516-[04151] accepted at the clearinghouse, 17 of 17.',
  ].join('\n'),
});

// ── 28. Claim editing: clinical edit line detail (payer-side) ──
const clinicalEdit: Snippet[] = lines({
  id: 's23-cedit',
  kind: 's23-clinical-edit-rebundle-line-detail',
  text: [
    'Clinical Edit Detail — Claim SH26-[86053] — Provider Lakeview Neurosurgery Assoc — edit library 2026.Q2 build [24683]',
    'Line 1  {64712}  RT  1 unit   $2,900.00   ALLOWED',
    'Line 2  {64445}  RT  1 unit   $520.00     DENIED       Rule INC-UNB: procedure incidental to {64712}, same DOS',
    'Line 3  {64714}  LT  2 units  $6,200.00   UNITS CUT 1  Rule MUE-DOS: MUE 1, MAI 2',
    'Line 4  J0585        100 u    $640.00     DENIED       Rule DRG-CODE: drug requires {64612} on claim',
    'Reviewer override requested by K. Imhoff (user [65007]); status: open',
    'Edit hits this claim: 2   Library rules active: [15882]   Payer profile [92512]',
  ].join('\n'),
});

export const sealed23: Snippet[] = [
  ...chReject,
  ...ack999Grid,
  ...ack999Text,
  ...ack277Tree,
  ...ack277Grid,
  ...eraLines,
  ...pivotCodes,
  ...pivotPayers,
  ...vlookup,
  ...umQueue,
  ...umTimeline,
  ...rateExhibitHead,
  ...rateExhibit,
  ...privileges,
  ...medpol,
  ...editGoLive,
  ...newsletterToc,
  ...redet,
  ...pdr,
  ...plb,
  ...overpay,
  ...refund,
  ...ratstatsHead,
  ...ratstats,
  ...racAdr,
  ...chat,
  ...paLookupHead,
  ...paLookup,
  ...billerEmail,
  ...payerList,
  ...ticket,
  ...clinicalEdit,
];
