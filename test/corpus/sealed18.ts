import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 18 (issue 11). sealed16 and sealed17 are used for tuning; this set is the blind one after them.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s18-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Decoys reuse those digits, and about a third of the
 * others are numbers of the 10,000-code synthetic set (KNOWN_10K) used as submitter and payer ids, CDM and GL
 * numbers, department codes, case numbers, ZIPs, amounts in cents and counts. No other five-digit CPT code appears
 * in a coding context.
 *
 * 337 labelled tokens in 36 shapes: 142 codes, 195 decoys (25 reuse the five known codes' digits, 83 are in
 * KNOWN_10K).
 *
 * Shapes built on real public layouts (segment order, field and column names; our codes swapped in): X12 837I
 * (005010X223A2: CLM, SV2 revenue code + HC composite), X12 271 (005010X279A1: EB with the EB13 procedure composite,
 * HSD, MSG), X12 835 with ">" as component separator (CLP, SVC, CAS, REF*6R, LQ, PLB), HL7 v2 DFT^P03 shown in an
 * interface engine's field grid (FT1-7 transaction code, FT1-25 procedure code, FT1-26 modifier), HL7 v2 OML^O21
 * (ORC/OBR-4 with C4 and an alternate CDM identifier) and SIU^S14 (SCH, AIS-3 service, AIL, AIP), FHIR R4
 * ClaimResponse as XML (item.adjudication, addItem.productOrService, preAuthRef, processNote), UB-04 form locators
 * 42–47 (charges split into dollars and cents), CMS ASC Addendum AA columns (payment indicator, multiple-procedure
 * discounting, payment weight), the CMS practitioner MUE table columns (values, MAI, rationale), the CMS NCCI PTP
 * table columns (column 1/2, * prior to 1996, effective and deletion dates, modifier 0/1/9, rationale), the CMS PFS
 * Look-Up Tool CSV download (year, HCPCS, modifier, MAC, locality), the Medicare Coverage Database article
 * (contractor table with contract numbers, Group 1 paragraph and codes table), and an ERA PDF remit (MRN-style
 * service lines with CARC/RARC rows and PLB). The others (277CA rejection list, OR board, auth inquiry card, P2P
 * note, denial side panel, quiz feedback, newsletter Q&A, op-note footer, audit compare, provider-manual appendix,
 * charge review cards, benefits panel, coding history, CDM paste, PA list PDF layer, appeal letter, A/R notes,
 * fee-change notice, budget variance, enrollment grid, case request form, EFT reassociation) are written the way
 * those pages read, with no single public source.
 */

// ── X12 837I outpatient hospital claim, raw (clearinghouse "view file", one <pre> text node) ──
const x837i: Snippet[] = [
  {
    id: 's18-837i-raw',
    kind: 's18-x12-837i-sv2-revenue-lines',
    text: [
      'ST*837*0917*005010X223A2~',
      'BHT*0019*00*[72481]*20261118*1402*CH~',
      'NM1*41*2*LAKESIDE MEDICAL CENTER*****46*[33295]~',
      'PER*IC*PATIENT ACCOUNTS*TE*2185550142~',
      'NM1*40*2*NORTHSTAR CLEARINGHOUSE*****46*[12389]~',
      'HL*1**20*1~',
      'NM1*85*2*LAKESIDE MEDICAL CENTER*****XX*1427839015~',
      'N3*400 E THIRD ST~',
      'N4*DULUTH*MN*[55805]~',
      'REF*EI*416008931~',
      'HL*2*1*22*0~',
      'SBR*P*18*GRP[64632]******CI~',
      'NM1*IL*1*NYBERG*ASTRID****MI*XQM[64612]A~',
      'NM1*PR*2*NORTH WOODS HEALTH PLAN*****PI*[87741]~',
      'CLM*LMC[46097]*4470***13:A:1**A*Y*Y~',
      'DTP*434*RD8*20261112-20261112~',
      'HI*ABK:G5701~',
      'LX*1~',
      'SV2*0360*HC:{64712}:RT*2450*UN*1~',
      'DTP*472*D8*20261112~',
      'LX*2~',
      'SV2*0360*HC:{64714}:RT*1980*UN*1~',
      'LX*3~',
      'SV2*0370*HC:{64445}*40*UN*1~',
      'LX*4~',
      'SV2*0272**92*UN*2~',
      'SE*31*0917~',
    ].join('\n'),
  },
];

// ── X12 271 eligibility response, raw, with procedure-level EB loops ──
const x271: Snippet[] = [
  {
    id: 's18-271-raw',
    kind: 's18-x12-271-eb13-procedure-benefits',
    text: [
      'ST*271*0004*005010X279A1~',
      'BHT*0022*11*[21367]*20261120*0815~',
      'HL*1**20*1~',
      'NM1*PR*2*PRAIRIE STATE HEALTH*****PI*[52623]~',
      'HL*2*1*21*1~',
      'NM1*1P*2*CEDAR RAPIDS SPINE AND PAIN*****XX*1356820147~',
      'HL*3*2*22*0~',
      'TRN*2*[93304]*9CRSPINE~',
      'NM1*IL*1*DVORAK*PAVEL****MI*PSH-[64445]-201~',
      'N4*CEDAR RAPIDS*IA*[52402]~',
      'DMG*D8*19590214*M~',
      'EB*1*IND*30*PS*PRAIRIE GOLD PPO~',
      'EB*C*IND*30***23*1500~',
      'EB*A*IND*30***27**.2~',
      'EB*CB*IND*BF*****1*Y*Y*HC:{64632}~',
      'MSG*PRIOR AUTHORIZATION REQUIRED FOR ALL SITES OF SERVICE~',
      'EB*CB*IND*BF*****1*Y*Y*HC:{64612}~',
      'HSD*VS*1*DA*84~',
      'MSG*LIMIT 1 SESSION PER 84 DAYS~',
      'EB*1*IND*BF*****1*N*Y*HC:{64445}~',
      'MSG*NO AUTH REQUIRED IN OFFICE POS 11 CALL 8005550199 EXT [30103]~',
      'SE*22*0004~',
    ].join('\n'),
  },
];

// ── HL7 v2 DFT^P03 shown in an interface engine's field grid (Seg.Field | Name | Value) ──
const dftGrid: Snippet[] = table({
  id: 's18-dftgrid',
  kind: 's18-hl7-dft-field-grid',
  caption: 'Message 7 of 12 — DFT^P03 — Control ID 20261118093415',
  headers: ['Field', 'Name', 'Value'],
  rows: [
    ['PID-3', 'Patient Identifier List', 'E[64714]^^^LMC^MR'],
    ['PID-18', 'Patient Account Number', '[88872]'],
    ['PV1-3', 'Assigned Patient Location', 'PAIN^PR2^^[40716]'],
    ['FT1-4', 'Transaction Date', '20261118'],
    ['FT1-6', 'Transaction Type', 'CG'],
    ['FT1-7', 'Transaction Code', '[55044]^NEUROPLASTY SCIATIC^LMCCDM'],
    ['FT1-10', 'Transaction Quantity', '1'],
    ['FT1-13', 'Department Code', '[40716]^PAIN MGMT CLINIC'],
    ['FT1-19', 'Diagnosis Code - FT1', 'G57.01^Lesion of sciatic nerve, right lower limb^I10'],
    ['FT1-25', 'Procedure Code', '{64712}^Neuroplasty major peripheral nerve, sciatic^CPT'],
    ['FT1-26', 'Procedure Code Modifier', 'RT^Right side^CPT'],
    ['FT1-7 (2)', 'Transaction Code', '[55045]^SCIATIC NERVE BLOCK^LMCCDM'],
    ['FT1-25 (2)', 'Procedure Code', '{64445}^Injection, anesthetic agent; sciatic nerve, single^CPT'],
  ],
});

// ── FHIR R4 ClaimResponse as XML (payer API sandbox response pane), one line per text node ──
const fhirCrXml: Snippet[] = lines({
  id: 's18-crxml',
  kind: 's18-fhir-claimresponse-xml-adjudication',
  before: 'Response 200 OK · application/fhir+xml',
  text: [
    '<ClaimResponse xmlns="http://hl7.org/fhir">',
    '  <id value="cr-[61330]"/>',
    '  <identifier><system value="https://payer.example.org/claim-number"/><value value="[20364]-A"/></identifier>',
    '  <status value="active"/>',
    '  <outcome value="partial"/>',
    '  <item>',
    '    <itemSequence value="1"/>',
    '    <adjudication><category><coding><code value="submitted"/></coding></category><amount><value value="2450.00"/></amount></adjudication>',
    '    <adjudication><category><coding><code value="benefit"/></coding></category><amount><value value="1187.40"/></amount></adjudication>',
    '  </item>',
    '  <addItem>',
    '    <itemSequence value="2"/>',
    '    <productOrService><coding><system value="http://www.ama-assn.org/go/cpt"/><code value="{64714}"/></coding></productOrService>',
    '    <modifier><coding><code value="RT"/></coding></modifier>',
    '    <net><value value="812.05"/><currency value="USD"/></net>',
    '  </addItem>',
    '  <preAuthRef value="PA-[64632]-11"/>',
    '  <processNote><text value="Line 3 {64445} denied: bundled into {64712} (NCCI). Ref [58069]."/></processNote>',
    '  <insurer><reference value="Organization/[87741]"/></insurer>',
    '</ClaimResponse>',
  ].join('\n'),
});

// ── CMS ASC Addendum AA, web table ──
const ascAA: Snippet[] = table({
  id: 's18-ascaa',
  kind: 's18-asc-addendum-aa-indicators',
  caption:
    'ADDENDUM AA.—FINAL ASC COVERED SURGICAL PROCEDURES FOR CY 2027 (Including Surgical Procedures for Which Payment is Packaged)',
  headers: [
    'HCPCS Code',
    'Short Descriptor',
    'Subject to Multiple Procedure Discounting',
    'CY 2027 Comment Indicator',
    'CY 2027 Payment Indicator',
    'CY 2027 Payment Weight',
    'CY 2027 Payment',
  ],
  rows: [
    ['{64445}', 'N block inj sciatic sng', 'Y', '', 'P3', '0.4122', '$ 229.87'],
    ['{64612}', 'Destroy nerve face muscle', 'Y', '', 'P3', '0.3385', '$ 188.77'],
    ['{64632}', 'N block inj common digit', 'Y', '', 'P3', '0.2460', '$ 137.18'],
    ['{64712}', 'Revision of sciatic nerve', 'Y', '', 'A2', '44.1016', '$ 2,459.31'],
    ['{64714}', 'Revise low back nerve(s)', 'Y', 'NP', 'G2', '31.8804', '$ 1,777.82'],
  ],
});

// ── CMS practitioner MUE table (xlsx opened in the browser viewer) ──
const mue: Snippet[] = table({
  id: 's18-mue',
  kind: 's18-mue-practitioner-xlsx-viewer',
  caption: 'MCR_MUE_PractitionerServices_Eff_01-01-2027.xlsx — Sheet1',
  headers: ['HCPCS/CPT Code', 'Practitioner Services MUE Values', 'MUE Adjudication Indicator', 'MUE Rationale'],
  rows: [
    ['{64445}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
    ['{64612}', '1', '2 Date of Service Edit: Policy', 'Nature of Service/Procedure'],
    ['{64632}', '2', '3 Date of Service Edit: Clinical', 'Clinical: Data'],
    ['{64712}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
    ['{64714}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
  ],
});

// ── CMS NCCI PTP practitioner table (quarterly file, tab-delimited text opened in the browser) ──
const ptp: Snippet[] = table({
  id: 's18-ptp',
  kind: 's18-ncci-ptp-quarterly-columns',
  caption: 'Practitioner PTP Edits v331r0 — ccipra-v331r0-f4',
  headers: [
    'Column 1',
    'Column 2',
    '* = In existence prior to 1996',
    'Effective Date',
    'Deletion Date *=no data',
    'Modifier 0=not allowed 1=allowed 9=not applicable',
    'PTP Edit Rationale',
  ],
  rows: [
    ['{64712}', '{64445}', '', '20090101', '*', '1', 'Misuse of Column Two code with Column One code'],
    ['{64712}', '{64714}', '', '20110401', '*', '1', 'Mutually exclusive procedures'],
    ['{64714}', '{64445}', '', '20090101', '*', '1', 'Misuse of Column Two code with Column One code'],
    ['{64632}', '{64445}', '', '20130101', '20140630', '9', 'CPT Manual or CMS manual coding instructions'],
    ['{64612}', '{64632}', '', '20170101', '*', '0', 'Standards of medical / surgical practice'],
  ],
});

// ── Chargemaster export pasted into a ticket <pre> (tab separated), one line per node ──
const cdm: Snippet[] = lines({
  id: 's18-cdmtsv',
  kind: 's18-cdm-tab-export-in-ticket',
  before: 'INC-3318 · Pricing review for pain clinic CDM lines (pasted from Excel)',
  text: [
    'CDM_NO\tDESCRIPTION\tREV_CD\tCPT_HCPCS\tMOD\tPRICE_CENTS\tGL_ACCT\tDEPT',
    '[61330]\tNEUROPLASTY SCIATIC NERVE\t0360\t{64712}\t\t[98629]\t[41796]\t[40721]',
    '[61331]\tNEUROPLASTY LUMBAR PLEXUS\t0360\t{64714}\t\t[76561]\t[41796]\t[40721]',
    '[61332]\tINJ SCIATIC NERVE SINGLE\t0510\t{64445}\t\t[84372]\t[41797]\t[40721]',
    '[61333]\tCHEMODENERV FACIAL NERVE UNI\t0510\t{64612}\t\t[65871]\t[41797]\t[40721]',
    '[61334]\tDESTR PLANTAR DIGITAL NERVE\t0510\t{64632}\t\t[70238]\t[41797]\t[40721]',
    '[61335]\tSUPPLY TRAY NERVE BLOCK\t0272\t\t\t4500\t[41799]\t[40721]',
    'Rows: 6 · Exported by kjohansen 11/19/2026 · Facility [55044]',
  ].join('\n'),
});

// ── Clearinghouse 277CA rejection summary (web list, one row per div) ──
const rej277: Snippet[] = lines({
  id: 's18-277rej',
  kind: 's18-277ca-rejection-summary-rows',
  before: 'Rejected Claims — Batch 22344 — Received 11/20/2026 06:12',
  text: [
    'Patient: NYBERG, ASTRID · Payer ID [87741] · Claim LMC[46097] · Billed $4,470.00',
    "A7:145 Entity's policy number — Subscriber ID XQM[64612]A not found",
    'Patient: DVORAK, PAVEL · Payer ID [52623] · Claim CRS[64714] · Billed $1,325.00',
    'A3:21 Missing/invalid information — Line 2 procedure {64632} modifier "F9" invalid for this procedure',
    'Patient: OYELARAN, FUNMI · Payer ID [60135] · Claim CRS[31108] · Billed $2,980.00',
    'A7:454 Procedure code {64714} requires date of service span; Line 1 units 2 exceed allowed 1',
    'A7:562 Billing provider ZIP [52402] must be 9 digits (ZIP+4)',
  ].join('\n'),
});

// ── Surgical scheduling board (day view, one line per case card) ──
const board: Snippet[] = lines({
  id: 's18-board',
  kind: 's18-surgery-board-day-timeline',
  before: 'Lakeside Surgery Center · Thu 11/26/2026 · OR 4 (Dr. Okafor)',
  text: [
    '07:30  Case [20364]  HARPER, LENA  MRN [93304]',
    '       R sciatic neuroplasty — {64712}-RT — 120 min — Auth PA-[64632]-11 ✓',
    '09:45  Case [20367]  NYBERG, ASTRID  MRN [93311]',
    '       L lumbar plexus neurolysis ({64714}-LT) + sciatic block {64445} — 150 min',
    '12:30  Case [20368]  TURNER, GLEN  MRN [93318]',
    '       Plantar digital nerve destruction {64632} x2 — 45 min — Pre-op call 555-0142',
    '13:30  Block  Room turnover / equipment hold #[36507]',
  ].join('\n'),
});

// ── Prior-auth inquiry response card (payer portal, description list) ──
const authCard: Snippet[] = [
  ...table({
    id: 's18-authcard',
    kind: 's18-auth-inquiry-response-card',
    caption: 'Authorization Inquiry Result · Status: CERTIFIED IN TOTAL',
    headers: ['Field', 'Value'],
    rows: [
      ['Certification Number', 'A2611-[64445]'],
      ['Tracking Number', '[53756]'],
      ['Service Type', '7 – Anesthesia'],
      ['Procedure Code', '{64445}'],
      ['Procedure Code', '{64612} (modifier 50)'],
      ['Quantity', '1 Visit'],
      ['Requesting Provider ZIP', '[50309]'],
      ['Servicing Facility ID', '[17928]'],
      ['Event Dates', '12/01/2026 – 02/28/2027'],
    ],
  }),
];

// ── Physician advisor peer-to-peer note (prose in an UM system note) ──
const p2p: Snippet[] = [
  {
    id: 's18-p2p-1',
    kind: 's18-physician-advisor-p2p-note',
    text:
      'P2P completed 11/21 with Dr. Okafor (ext [45012]). Request is for {64712} on the right with possible {64714}; ' +
      'conservative care since 03/2026 documented. I explained that {64714} is not supported by the EMG findings. ' +
      'Agreed to approve {64712}-RT only, 1 unit, and withdraw {64714}. Case [31108] updated; member ID ending [64632].',
  },
  {
    id: 's18-p2p-2',
    kind: 's18-physician-advisor-p2p-note',
    text:
      'Addendum: the sciatic block (CPT {64445}) at the same session is bundled and not separately authorized. ' +
      'Letter template [26700] sent to fax queue [39618].',
  },
];

// ── Denial work queue detail side panel (label / value list) ──
const denialPanel: Snippet[] = table({
  id: 's18-dwq',
  kind: 's18-denial-wq-detail-sidepanel',
  caption: 'Denial Detail — WQ 3410 Pain Mgmt Denials',
  headers: ['', ''],
  rows: [
    ['Claim #', '[73553]'],
    ['Invoice', '[64714]-02'],
    ['Payer', 'Prairie State Health ([52623])'],
    ['Line CPT', '{64714} LT'],
    ['CARC / RARC', 'CO-197 / N54'],
    ['Denied Amt', '1,980.00'],
    ['Related line', '{64445}'],
    ['Remark', 'Precert on file covers {64712} only; request retro auth for {64714}'],
    ['Deposit batch', '[90034]'],
    ['Days in WQ', '12'],
  ],
});

// ── Coding education quiz, drag-and-drop match, feedback view ──
const quiz: Snippet[] = lines({
  id: 's18-quiz',
  kind: 's18-coding-quiz-dragdrop-feedback',
  before: 'Module 7 · Nerve procedures · Your score: 3 / 4',
  text: [
    '✓ "Open decompression of the right sciatic nerve" → {64712}-RT',
    '✓ "Chemodenervation, facial nerve muscles, bilateral" → {64612}-50',
    '✗ "Destruction of plantar common digital nerve, two nerves" → you chose {64445}; correct: {64632} ×2',
    '✓ "Neuroplasty of lumbar plexus" → {64714}',
    'Attempt ID [42843] · Learner [11310] · Submitted 11/22/2026',
  ].join('\n'),
});

// ── Payer newsletter "Coding Corner" Q&A ──
const coding: Snippet[] = [
  {
    id: 's18-corner-1',
    kind: 's18-payer-newsletter-coding-corner',
    text:
      'Q: Our office billed {64712} and {64445} together and the block line denied. Why?' +
      ' A: The sciatic block is bundled when performed by the surgeon. Report {64712} alone, and see Policy [19276].',
  },
  {
    id: 's18-corner-2',
    kind: 's18-payer-newsletter-coding-corner',
    text:
      'Q: Can {64612} be reported twice for both sides? A: No. {64612} is reported once with modifier 50 for ' +
      'bilateral injection. Questions? Call Provider Services at 800-555-0131, option 4, or write to PO Box [28988], ' +
      'Des Moines, IA [50306].',
  },
  {
    id: 's18-corner-3',
    kind: 's18-payer-newsletter-coding-corner',
    text: 'Reminder: codes {64712}–{64714} require precertification effective January 1 (Bulletin No. [38613]).',
  },
];

// ── Dictated op-note footer with coded summary ──
const opFooter: Snippet[] = lines({
  id: 's18-opfoot',
  kind: 's18-op-note-dictated-footer',
  before: 'ESTIMATED BLOOD LOSS: 25 mL. The patient tolerated the procedure well.',
  text: [
    'PROCEDURE CODES: {64712}-RT; {64445}-59-RT (separate preoperative block by anesthesia, per request)',
    'D: 11/26/2026 14:02  T: 11/26/2026 16:40  Job #: [67965]  Doc ID: DX-[64714]',
    'cc: Dr. Pham, Cedar Rapids Neurology, 1200 1st Ave NE, Cedar Rapids IA [52402]',
  ].join('\n'),
});

// ── Coding audit, pre/post comparison table ──
const audit: Snippet[] = table({
  id: 's18-audit',
  kind: 's18-audit-prepost-code-compare',
  caption: 'Q3 2026 Pain Service Audit · Sample of 30 encounters · Auditor: R. Flores, CPC, CPMA',
  headers: ['Enc #', 'DOS', 'Billed CPT', 'Audited CPT', 'Δ wRVU', 'Finding', '$ Impact'],
  rows: [
    ['E-[64632]', '07/14/2026', '{64714}', '{64712}', '+1.20', 'Documentation supports sciatic, not plexus', '+312'],
    ['[78494]', '07/21/2026', '{64445}', '{64445}', '0.00', 'Agree', '0'],
    ['[78502]', '08/02/2026', '{64632} x3', '{64632} x2', '-1.23', 'Third nerve not documented', '-206'],
    ['[78510]', '08/19/2026', '{64612}-50', '{64612}', '0.00', 'Modifier 50 not applicable', '-118'],
  ],
});

// ── Provider manual appendix with code ranges ──
const manual: Snippet[] = lines({
  id: 's18-manual',
  kind: 's18-provider-manual-appendix-ranges',
  before: 'Appendix F — Services Requiring Notification (Commercial and Exchange), page 212',
  text: [
    'F.4 Peripheral nerve surgery',
    '    {64712} through {64714} — neuroplasty, major peripheral nerve (notification 5 business days prior)',
    '    {64632} — destruction by neurolytic agent, plantar common digital nerve (limit 3 per foot per year)',
    'F.5 Chemodenervation: {64612} (see also drug policy RX-[34296])',
    'Fax notifications to 866-555-0190; Form PN-[23552] rev. 10/2026',
    'Providers in ZIP codes [50301] – [50399] submit through the Central Iowa portal.',
  ].join('\n'),
});

// ── ERA/remit PDF text layer, service lines wrapped across two lines ──
const eraPdf: Snippet[] = lines({
  id: 's18-erapdf',
  kind: 's18-era-pdf-wrapped-service-lines',
  before: 'REMITTANCE ADVICE  PAYEE: CEDAR RAPIDS SPINE AND PAIN  NPI 1356820147  CHECK/EFT # 85561',
  text: [
    'NAME DVORAK, PAVEL  HIC PSH-[64445]-201  ACNT CRS[64714]  ICN 2326330123891',
    'SERV DATE   POS NOS PROC    MODS   BILLED   ALLOWED  DEDUCT  COINS   PROV PD',
    '1112 111226 11  1   {64632}  F9     450.00   137.18   0.00    27.44   109.74',
    '   CO-45 312.82   RARC N130',
    '1112 111226 11  1   {64445}         380.00     0.00   0.00     0.00     0.00',
    '   CO-97 380.00   REM M15',
    'CLAIM TOTALS          830.00   137.18            27.44   109.74',
    'PROVIDER ADJ DETAILS: PLB REASON CODE WO  FCN [47131]  AMOUNT -25.00',
  ].join('\n'),
});

// ── CMS PFS Look-Up Tool, "Download results" CSV opened as text ──
const pfsCsv: Snippet[] = lines({
  id: 's18-pfscsv',
  kind: 's18-pfs-lookup-csv-download',
  before: 'PFS_Search_Results_2027.csv',
  text: [
    '"YEAR","HCPCS","MOD","MAC","LOCALITY","NON-FACILITY PRICE","FACILITY PRICE","PROC STAT","GLOBAL"',
    '"2027","{64712}","","[05102]","00","","894.37","A","090"',
    '"2027","{64714}","","[05102]","00","","812.05","A","090"',
    '"2027","{64445}","","[05102]","00","118.42","63.12","A","000"',
    '"2027","{64445}","26","[01182]","18","","58.90","A","000"',
    '"2027","{64632}","","[12402]","01","181.66","79.54","A","010"',
  ].join('\n'),
});

// ── EHR charge review queue card (pending charges before release) ──
const chargeReview: Snippet[] = lines({
  id: 's18-chgrev',
  kind: 's18-ehr-charge-review-card-stack',
  before: 'Charge Review · Pain Clinic · 4 sessions pending',
  text: [
    'TURNER, GLEN · HAR [68969] · 11/27/2026 · Dr. Okafor',
    '  {64632} ×2  Destruction plantar digital nerve  $900.00  ⚠ Missing laterality (LT/RT/T-modifier)',
    '  Visit note: Session [64612] · signed 11/27 16:02',
    'OYELARAN, FUNMI · HAR [68974] · 11/27/2026 · Dr. Okafor',
    '  {64612}-50  Chemodenervation facial nerve  $620.00  ✓ Ready',
    '  Edit [35549]: Units for {64612}-50 must be 1',
    'Released today: 17 · Held: 4 · Cost center [42110]',
  ].join('\n'),
});

// ── Eligibility benefits screen: "Procedure coverage" panel on a payer portal ──
const benefits: Snippet[] = table({
  id: 's18-benefits',
  kind: 's18-eligibility-procedure-panel-rows',
  caption: 'Benefits & Eligibility · Member PSH-[64445]-201 · Plan Prairie Gold PPO · Group [21367]',
  headers: ['Procedure', 'In-Network', 'Out-of-Network', 'Prior Auth', 'Notes'],
  rows: [
    ['{64445} Injection, sciatic nerve', '20% after deductible', '40% after deductible', 'No', 'Office POS 11'],
    ['{64632} Destruction, plantar digital nerve', '20% after deductible', 'Not covered', 'Yes', 'Limit 3 per foot'],
    ['{64712} Neuroplasty, sciatic nerve', '20% after deductible', '40% after deductible', 'Yes', 'Ref [19276]'],
    ['Deductible met', '$1,250 of $1,500', '$0 of $3,000', '', 'Embedded; resets 01/01'],
  ],
});

// ── Audit log of code edits on an encounter (EHR "history" tab) ──
const editLog: Snippet[] = lines({
  id: 's18-editlog',
  kind: 's18-encounter-code-edit-history',
  before: 'Encounter 94288 · Coding History',
  text: [
    '11/27/2026 08:14  coder.rflores  changed CPT {64714} → {64712}  reason: documentation',
    '11/27/2026 08:15  coder.rflores  added modifier RT to line 1 ({64712})',
    '11/27/2026 08:16  system  claim edit [35549] cleared',
    '11/27/2026 08:20  coder.rflores  removed {64445} (bundled; NCCI PTP 1 not met)',
    '11/27/2026 09:02  billing.mjones  released to batch [97509] · 3 lines · 2,450.00',
  ].join('\n'),
});

// ── X12 835 with ">" as the component separator, multiple SVC loops and a PLB, raw ──
const x835gt: Snippet[] = [
  {
    id: 's18-835gt',
    kind: 's18-x12-835-gt-component-svc',
    text: [
      'ISA*00*          *00*          *ZZ*PRAIRIESTATE   *ZZ*CRSPINE        *261201*0600*^*[00501]*000004471*0*P*>~',
      'ST*835*4471~',
      'BPR*I*1299.58*C*ACH*CCP*01*073000228*DA*4417220981*1420917364**01*073923033*DA*3308817*20261203~',
      'TRN*1*[85561]*1420917364~',
      'N1*PR*PRAIRIE STATE HEALTH~',
      'N4*DES MOINES*IA*[50306]~',
      'N1*PE*CEDAR RAPIDS SPINE AND PAIN*XX*1356820147~',
      'CLP*CRS[31108]*1*2980*1324.58*310**12*2326333012210*11~',
      'NM1*QC*1*OYELARAN*FUNMI****MI*PSH-[63402]-01~',
      'SVC*HC>{64712}>RT*2450*1187.40**1~',
      'DTM*472*20261119~',
      'CAS*CO*45*952.60~',
      'CAS*PR*2*310~',
      'REF*6R*[64714]~',
      'SVC*HC>{64445}*380*0**1~',
      'CAS*CO*97*380~',
      'REF*6R*[64715]~',
      'LQ*HE*M15~',
      'SVC*HC>{64632}>F9*150*137.18**1*HC>{64632}>F8~',
      'CAS*CO*45*12.82~',
      'REF*6R*[64716]~',
      'PLB*1356820147*20261231*WO>[47131]*25~',
      'SE*21*4471~',
    ].join('\n'),
  },
];

// ── HL7 v2 OML^O21 order with several OBR segments, raw (interface message viewer) ──
const oml: Snippet[] = [
  {
    id: 's18-oml',
    kind: 's18-hl7-oml-o21-multi-obr',
    text: [
      'MSH|^~\\&|EPIC|LMC|PAINSCHED|LMC|20261119101522||OML^O21^OML_O21|[83313]|P|2.5.1',
      'PID|1||E[64714]^^^LMC^MR||HARPER^LENA||19680422|F|||1100 OLENTANGY RIVER RD^^COLUMBUS^OH^[43212]',
      'PV1|1|O|PAIN^PR2^^[40716]||||1184729305^OKAFOR^DANIEL',
      'ORC|NW|ORD[72486]|||SC',
      'OBR|1|ORD[72486]||{64445}^INJ ANES SCIATIC NRV SINGLE^C4|||20261201',
      'ORC|NW|ORD[72487]|||SC',
      'OBR|2|ORD[72487]||{64712}^NEUROPLASTY SCIATIC^C4^[55044]^NEUROPLASTY SCIATIC^99LMCCDM|||20261201',
      'NTE|1||Right side. Auth on file through 12/31, units 1, ref [64632].',
    ].join('\n'),
  },
];

// ── MCD billing-and-coding article: contractor table and Group 1 codes table ──
const mcdContractor: Snippet[] = table({
  id: 's18-mcdcon',
  kind: 's18-mcd-article-contractor-group-tables',
  caption: 'Billing and Coding: Peripheral Nerve Decompression (A59014) — Contractor Information',
  headers: ['Contractor Name', 'Contract Type', 'Contract Number', 'Jurisdiction', 'State(s)'],
  rows: [
    ['Wisconsin Physicians Service Insurance Corporation', 'A and B MAC', '[05101] - MAC A', 'J - 05', 'Iowa'],
    ['Wisconsin Physicians Service Insurance Corporation', 'A and B MAC', '[05102] - MAC B', 'J - 05', 'Iowa'],
    ['Wisconsin Physicians Service Insurance Corporation', 'A and B MAC', '[05201] - MAC A', 'J - 05', 'Kansas'],
    ['Wisconsin Physicians Service Insurance Corporation', 'A and B MAC', '[05202] - MAC B', 'J - 05', 'Kansas'],
  ],
});
const mcdGroup: Snippet[] = [
  {
    id: 's18-mcdgrp-para',
    kind: 's18-mcd-article-contractor-group-tables',
    text:
      'Group 1 Paragraph: Neuroplasty of the sciatic nerve ({64712}) or lumbar plexus ({64714}) is covered only ' +
      'when the indications in LCD L[39014] are met. Do not report {64445} separately by the operating surgeon. See Article A[59014].',
  },
  ...table({
    id: 's18-mcdgrp',
    kind: 's18-mcd-article-contractor-group-tables',
    caption: 'Group 1 Codes: (3 Codes)',
    headers: ['Code', 'Description'],
    rows: [
      ['{64712}', 'Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve'],
      ['{64714}', 'Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus'],
      ['{64445}', 'Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve'],
    ],
  }),
];

// ── Prior-auth code list PDF, text layer of a three-column page (one line per row of columns) ──
const paPdf: Snippet[] = lines({
  id: 's18-papdf',
  kind: 's18-pa-list-pdf-three-column-layer',
  before: 'Musculoskeletal Program — Codes Requiring Prior Authorization — Effective 01/01/2027 — Page 14 of 31',
  text: [
    'Pain Management                 Peripheral Nerve                 Chemodenervation',
    '{64445}  Sciatic nerve block    {64712}  Neuroplasty sciatic     {64612}  Facial nerve muscles',
    '{64632}  Plantar digital nerve  {64714}  Neuroplasty lumbar plx  ',
    '* Office (POS 11) exempt for {64445}. Requests: fax 888-555-0177, Attn: Unit [60139].',
    'Document No. MSK-[64612]-27 · Revised 11/15/2026 · 2026 Prairie State Health, 1301 Grand Ave, Des Moines IA [50309]',
  ].join('\n'),
});

// ── Second-level appeal letter (letter body, one paragraph per <p>) ──
const appeal: Snippet[] = [
  {
    id: 's18-appeal-addr',
    kind: 's18-second-level-appeal-letter',
    text: 'Prairie State Health · Provider Appeals, Second Level · PO Box [14079] · Des Moines, IA [50306]-4079',
  },
  {
    id: 's18-appeal-re',
    kind: 's18-second-level-appeal-letter',
    text: 'RE: Member PSH-[64445]-201, Claim 2326330123891, Patient Acct CRS[64714], First-level ref AP-[51692]',
  },
  {
    id: 's18-appeal-body',
    kind: 's18-second-level-appeal-letter',
    text:
      'We request reconsideration of the denial of {64445} (sciatic nerve block) billed with {64632}. The block was ' +
      'performed at a separate session for post-operative pain, not as the anesthetic for {64632}, as the enclosed ' +
      'procedure notes show; modifier 59 was appended. The allowable under your fee schedule is 63.12, and 18 ' +
      'pages of records are enclosed.',
  },
  {
    id: 's18-appeal-sig',
    kind: 's18-second-level-appeal-letter',
    text: 'Sincerely, Marta Jones, CPC · Billing Office, Cedar Rapids Spine and Pain · Tax ID xx-xxx7364 · Fax 319-555-0166',
  },
];

// ── A/R follow-up notes thread on an account (collector notes, newest first) ──
const arNotes: Snippet[] = lines({
  id: 's18-arnotes',
  kind: 's18-ar-followup-note-thread',
  before: 'Account CRS31108 · Balance 1,552.68 · Follow-up due 12/10/2026',
  text: [
    '12/03 mjones: Called payer, rep Dana, call ref [92292]. Line {64632}-F9 paid; {64445} still denied CO-97.',
    '12/03 mjones: Rep says {64445} needs modifier XU, not 59. Corrected claim to go out with freq code 7.',
    '11/28 mjones: Per portal claim in process, 14 days. Balance 1,552.68. Next touch in 10 days.',
    '11/21 auto: Claim accepted by clearinghouse, batch [22344], payer ID [52623].',
    '11/20 auto: 277CA reject A7:454 on {64714} corrected (units 1) and resubmitted.',
  ].join('\n'),
});

// ── UB-04 form locators 42–47 as an HTML grid in a claim-image viewer (charges split into dollars | cents) ──
const ub04: Snippet[] = table({
  id: 's18-ub04',
  kind: 's18-ub04-fl42-47-grid-split-cents',
  caption: 'UB-04 image · Pat. Cntl # LMC46097 · Type of Bill 0131',
  headers: [
    '42 REV. CD.',
    '43 DESCRIPTION',
    '44 HCPCS / RATE / HIPPS CODE',
    '45 SERV. DATE',
    '46 SERV. UNITS',
    '47 TOTAL CHARGES',
    '',
  ],
  rows: [
    ['0360', 'OR SERVICES', '{64712}RT', '111226', '1', '2450', '00'],
    ['0360', 'OR SERVICES', '{64714}RT', '111226', '1', '1980', '00'],
    ['0370', 'ANESTHESIA', '{64445}', '111226', '1', '40', '00'],
    ['0272', 'STERILE SUPPLY', '', '111226', '2', '92', '00'],
    ['0001', 'PAGE 1 OF 1', '', 'CREATION DATE 111826', 'TOTALS', '[10226]', '00'],
  ],
});

// ── Payer 90-day fee change notice, table in a portal message ──
const feeNotice: Snippet[] = table({
  id: 's18-feenotice',
  kind: 's18-fee-change-90day-notice-table',
  caption: 'Notice of Fee Schedule Amendment · Agreement No. 36507-PSH · Effective 03/01/2027',
  headers: ['CPT®', 'Mod', 'Current Allowable', 'New Allowable', 'Change', 'Place of Service'],
  rows: [
    ['{64445}', '', '$118.42', '$112.50', '-5.0%', 'Office (11)'],
    ['{64445}', '26', '$63.12', '$60.00', '-4.9%', 'Facility (22, 24)'],
    ['{64632}', '', '$181.66', '$181.66', '0.0%', 'Office (11)'],
    ['{64612}', '', '$188.77', '$175.00', '-7.3%', 'Office (11)'],
    ['{64712}', '', '$894.37', '$920.00', '+2.9%', 'Facility (22, 24)'],
    ['Contract ID', '', '[36507]', '', '', 'Tax ID xx-xxx7364'],
  ],
});

// ── HL7 v2 SIU^S14 appointment modification, raw (interface engine message pane) ──
const siu: Snippet[] = [
  {
    id: 's18-siu',
    kind: 's18-hl7-siu-s14-ais-modification',
    text: [
      'MSH|^~\\&|OPTIME|LSC|SCHED|LSC|20261124143005||SIU^S14|[20367]|P|2.5',
      'SCH|[20367]^OPTIME|[20367]^CASE||||ROUTINE|||150|MIN|^^150^20261126094500^20261126121500',
      'PID|1||E[65871]^^^LSC^MR||NYBERG^ASTRID||19710902|F|||22 LAKE AVE^^DULUTH^MN^[55805]',
      'RGS|1|U',
      'AIS|1|U|{64714}^NEUROPLASTY LUMBAR PLEXUS^CPT4|20261126094500|||150|MIN',
      'AIS|2|A|{64445}^INJ SCIATIC NERVE SINGLE^CPT4|20261126093000|||15|MIN',
      'AIL|1|U|LSC^OR4^^[21940]',
      'AIP|1|U|1184729305^OKAFOR^DANIEL|SURG',
    ].join('\n'),
  },
];

// ── Department budget variance report by CPT (finance portal, HTML table) ──
const variance: Snippet[] = table({
  id: 's18-variance',
  kind: 's18-dept-volume-budget-variance',
  caption:
    'Dept 40716 Pain Management Clinic · Cost Center 42110 · FY2027 Period 05 (Nov) · Volume and Net Revenue by CPT',
  headers: ['CPT', 'Description', 'Budget Vol', 'Actual Vol', 'Var %', 'Net Revenue ($)', 'GL Account'],
  rows: [
    ['{64445}', 'Sciatic nerve block', '120', '134', '+11.7%', '[15677]', '[41797]'],
    ['{64612}', 'Chemodenervation, facial', '40', '36', '-10.0%', '6798', '[41797]'],
    ['{64632}', 'Plantar digital nerve destruction', '30', '41', '+36.7%', '[32199]', '[41797]'],
    ['{64712}', 'Neuroplasty, sciatic', '8', '6', '-25.0%', '[53640]', '[41796]'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '4', '5', '+25.0%', '[40885]', '[41796]'],
    ['Total', '', '202', '222', '+9.9%', '114870', ''],
  ],
});

// ── Clearinghouse payer enrollment status grid (EDI enrollment page; payer ids, tracking numbers, no codes) ──
const enroll: Snippet[] = table({
  id: 's18-enroll',
  kind: 's18-clearinghouse-enrollment-status-grid',
  caption: 'Enrollments · Cedar Rapids Spine and Pain · TIN xx-xxx7364 · 9 of 9',
  headers: ['Payer', 'Payer ID', 'Transaction', 'Status', 'Tracking #', 'Updated'],
  rows: [
    ['Prairie State Health', '[52623]', '835 ERA', 'Approved', 'ENR-[66203]', '11/02/2026'],
    ['Prairie State Health', '[52623]', '270/271', 'Approved', 'ENR-[66204]', '11/02/2026'],
    ['Aetna', '[60054]', '835 ERA', 'Pending signature', 'ENR-[66211]', '11/28/2026'],
    ['UnitedHealthcare', '[87726]', '835 ERA', 'Approved', 'ENR-[66219]', '10/14/2026'],
    ['Cigna', '[62308]', '835 ERA', 'Rejected – NPI mismatch', 'ENR-[66227]', '11/30/2026'],
    ['Wellmark BCBS Iowa', '[88008]', '837P', 'Not required', '', ''],
    ['WPS Medicare J5 Part B', '[05102]', '835 ERA', 'Approved', 'ENR-[64712]', '09/09/2026'],
    ['Iowa Medicaid', 'IAMCD', '835 ERA', 'Approved', 'ENR-[66240]', '08/21/2026'],
  ],
});

// ── OR case request form (web form fields as label + value) ──
const caseReq: Snippet[] = table({
  id: 's18-casereq',
  kind: 's18-or-case-request-form-fields',
  caption: 'Surgical Case Request · Lakeside Surgery Center · Submitted by clinic scheduler',
  headers: ['Field', 'Entry'],
  rows: [
    ['Primary CPT', '{64714}'],
    ['Laterality', 'Left'],
    ['Secondary CPT', '{64445} (pre-incision block by surgeon)'],
    ['Est. case minutes', '150'],
    ['Preferred date', '12/10/2026'],
    ['Insurance auth #', 'A2611-[64714]'],
    ['Patient ZIP', '[55811]'],
    ['Callback', '218-555-0162 ext [20418]'],
    ['Implant / vendor PO', 'PO-[71642]'],
    ['Request ID', '[33910]'],
  ],
});

// ── ERA / EFT reassociation list (practice management "unmatched deposits" screen, one row per div) ──
const reassoc: Snippet[] = lines({
  id: 's18-reassoc',
  kind: 's18-era-eft-reassociation-list',
  before: 'Unmatched ERA / EFT · Bank acct ending 0981 · Last import 12/04/2026 07:10',
  text: [
    'EFT 12/03  TRN [85561]  $1,299.58  Payer [52623]  ERA ✓ matched to batch [97514]',
    'EFT 12/03  TRN [85573]  $620.00   Payer [88008]  ERA missing — 3 days',
    'EFT 12/02  TRN [85590]  $2,118.40  Payer [05102]  ERA ✓  (ERA lines: {64712}-RT, {64445}, PLB L6 interest)',
    'EFT 12/01  TRN [85602]  $109.74   Payer [52623]  ERA ✓  (ERA line: {64632}-F9)',
    'Lockbox deposit 12/01  Item [64612]  $45.00 patient check #[10473]',
    'Suspense account [21904] · Unposted total $620.00',
  ].join('\n'),
});

export const sealed18: Snippet[] = [
  ...reassoc,
  ...enroll,
  ...caseReq,
  ...variance,
  ...ub04,
  ...feeNotice,
  ...siu,
  ...x835gt,
  ...oml,
  ...mcdContractor,
  ...mcdGroup,
  ...paPdf,
  ...appeal,
  ...arNotes,
  ...x837i,
  ...x271,
  ...dftGrid,
  ...fhirCrXml,
  ...ascAA,
  ...mue,
  ...ptp,
  ...cdm,
  ...rej277,
  ...board,
  ...authCard,
  ...p2p,
  ...denialPanel,
  ...quiz,
  ...coding,
  ...opFooter,
  ...audit,
  ...manual,
  ...eraPdf,
  ...pfsCsv,
  ...chargeReview,
  ...benefits,
  ...editLog,
];
