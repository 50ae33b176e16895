import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 199 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s199-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64447, 64448, 64450, 64640, 64721, 64722, 64633–64636, 95874, 76942, 63650, 63685), also in
 * prose without the word CPT (a hearing transcript), with modifiers attached (X12 `HC:64445:RT`, `64612-50`), in
 * lists, CSV, JSON, XML and HL7. Eight-digit chargemaster numbers that embed a code (21064445) carry no label. About
 * a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as a board book id, the state
 * CON office ZIP, a competitor's ZIP, a facility license number, quote and customer numbers, a hearing docket,
 * data-request and DUA numbers, a strategic plan reference, insurance policy, HL7 control, appointment and MRN ids,
 * a dashboard dataset id, a compliance review and log entry, IT incident numbers, a consent form number, an
 * e-signature action and envelope, a foundation grant and fund, a conflict-of-interest form and CSV dollar amounts.
 * The five known codes' digits come back as decoys: a board book id, the hospital's and the foundation's PO boxes, the
 * new cost center (on the CER, in chat, in the chargemaster request and in a JSON feed), a vendor quote suffix, a
 * recruitment requisition, the CON letter-of-intent tracking number, an IT ticket, a vendor lockbox PO box and a portal
 * doc id.
 *
 * Family: a (fictional) community hospital's board and finance committee approving a new peripheral-nerve and pain
 * procedure program. Laurel Fork Community Hospital (Mount Carey, KY) takes capital expenditure request 30127 from
 * the finance committee's special meeting to the board: board portal meeting list, agenda, finance committee and
 * board minutes, the board resolution, the CER form and its equipment quote attachment, the five-year pro forma by
 * CPT (grid and CSV export), volume projection by capture rate, payer rate assumptions, the service-area ZIP table,
 * the CEO's physician recruitment memo and term sheet, the compliance FMV review, the privileging form; the
 * Certificate of Need track (notice of intent, application utilization table, e-filing XML receipt, newspaper legal
 * notice, staff findings, a competitor's objection letter, hearing transcript, prep invitation); the analyst's
 * email, the launch Teams chat, the chargemaster add request, the charge capture sheet, the go-live tracker, an 837I
 * test claim, HL7 SIU scheduling messages, the payer rate request letter, the vendor quotation, the foundation grant
 * letter, the board slides, the board dashboard tiles and its JSON feed, the budget-vs-actual by CPT, the board
 * portal search results and written consent, and the post-implementation review.
 * Built on real public layouts: board portals (Diligent BoardBook / BoardEffect / OnBoard meeting lists, books,
 * search and e-consent), nonprofit hospital board and committee minutes and resolutions ("WHEREAS … RESOLVED"),
 * hospital capital expenditure request forms (payback, NPV, IRR, approvals), consultant pro formas by CPT, Kentucky
 * OIG Certificate of Need notices of intent, applications and newspaper legal notices, CON staff reports and hearing
 * transcripts (numbered lines), delineation-of-privileges forms, chargemaster add requests (CDM number, revenue
 * code, cost center), Smartsheet trackers, X12 837I (005010X223A2) and HL7 v2.5.1 SIU^S12 messages, Outlook and
 * Teams views, and vendor quotations with a lockbox remit-to. The others are written the way those pages read,
 * with no single source.
 *
 * 351 labelled tokens over 42 shapes: 189 codes (147 of them the five known codes), 162 decoys, 57 of the decoys in
 * KNOWN_10K.
 */

// ── 1. Board portal, meeting list (decoy heavy) ──
const portalMeetings = table({
  id: 's199-portalmtg',
  kind: 's199-board-portal-meeting-list-grid',
  caption: 'TrusteeDesk — Laurel Fork Community Hospital — Upcoming & recent meetings',
  headers: ['Meeting', 'Date', 'Committee', 'Book ID', 'Status'],
  rows: [
    ['Board of Trustees — Regular', '03/24/2026', 'Full Board', 'BK-[40710]', 'Published'],
    ['Finance Committee', '03/10/2026', 'Finance', 'BK-[40719]', 'Published'],
    ['Quality & Medical Staff Committee', '03/03/2026', 'Quality', 'BK-[40695]', 'Published'],
    ['Executive Session', '02/24/2026', 'Full Board', 'BK-[40658]', 'Restricted'],
    ['Finance Committee — Special (Pain Program CER)', '02/17/2026', 'Finance', 'BK-[64712]', 'Archived'],
  ],
});

// ── 2. Board agenda, text layer ──
const agenda = lines({
  id: 's199-agenda',
  kind: 's199-board-agenda-text',
  before: 'LAUREL FORK COMMUNITY HOSPITAL — BOARD OF TRUSTEES — REGULAR MEETING AGENDA',
  text: [
    'Tuesday, March 24, 2026, 5:30 p.m. — Whitley Boardroom, 400 Hospital Drive, Mount Carey, KY [40469]',
    'Remote: Teams meeting ID 231 884 915 602   Passcode 7tQx2s',
    '1. Call to order; confirmation of quorum (R. Pruitt, Chair)',
    '4. Consent agenda: minutes of 02/24/2026 (doc [41782]); medical staff credentials report (doc [41783])',
    '6. Action item: Resolution 2026-07, Peripheral Nerve & Interventional Pain Program; CER #[30127]; CON filing',
    '   Presenters: D. Hollis, CEO; P. Venkataraman, CFO; T. Whitt, VP Operations (tab 6, pp. 41–77)',
    '8. Physician recruitment: Elena Marsh, MD (FMV opinion, engagement [22571]) — executive session',
    'Correspondence to the Board: Board Secretary, PO Box [64445], Mount Carey, KY [40469]',
  ].join('\n'),
});

// ── 3. Finance committee minutes, text layer ──
const finMinutes = lines({
  id: 's199-finmin',
  kind: 's199-finance-committee-minutes-text',
  before: 'FINANCE COMMITTEE — MINUTES — SPECIAL MEETING, FEBRUARY 17, 2026',
  text: [
    'Present: J. Cobb (Chair), R. Pruitt, M. Delacroix, Dr. S. Iyer; staff P. Venkataraman, T. Whitt, K. Ngo',
    'Ms. Venkataraman presented CER #[30127] ($1,486,200) for the peripheral nerve and pain procedure program.',
    'Mr. Whitt explained the volume model: year-one cases are driven by sciatic nerve blocks ({64445}) done under',
    'ultrasound, which is bundled into {64445} itself, so no separate {76942} appears in the model.',
    'Dr. Iyer asked whether open neurolysis ({64712}, {64714}) belongs in the procedure suite; staff confirmed',
    'those cases stay in main OR rooms 3–4 and are counted at 38 cases in year one.',
    'Mr. Cobb questioned the payer mix for facial chemodenervation, {64612}, given prior-authorization denials.',
    'Decision Support will re-run the pro forma (model v4, file [20157]) with a 15% denial sensitivity.',
    'MOTION (Delacroix/Pruitt) to recommend CER #[30127] to the full Board. Carried 4–0.',
  ].join('\n'),
});

// ── 4. Board minutes, text layer ──
const boardMinutes = lines({
  id: 's199-boardmin',
  kind: 's199-board-minutes-text',
  before: 'BOARD OF TRUSTEES — MINUTES OF THE REGULAR MEETING OF MARCH 24, 2026 (APPROVED 04/28/2026)',
  text: [
    'Item 6. Peripheral Nerve & Interventional Pain Program (Resolution 2026-07; CER #[30127]).',
    'Mr. Hollis summarized the proposal: a dedicated procedure suite on 2 West, one recruited physician, and',
    'five anchor procedures: sciatic nerve block {64445}, plantar digital neurolysis {64632}, facial nerve',
    'chemodenervation {64612}, and open neurolysis of the sciatic nerve and lumbar plexus ({64712}, {64714}).',
    'Trustee Bledsoe asked why spinal cord stimulator trials ({63650}) were not included; Dr. Iyer answered',
    'that neuromodulation is a phase-two decision and is not in the pro forma.',
    'The Board noted that the Finance Committee reviewed file [20157] and the denial sensitivity on {64612}.',
    'Resolution 2026-07 adopted: 9 in favor, 0 opposed, 1 abstention (Dr. Farris; conflict form [41203] on file).',
  ].join('\n'),
});

// ── 5. Board resolution, text layer ──
const resolution = lines({
  id: 's199-resol',
  kind: 's199-board-resolution-text',
  before: 'RESOLUTION 2026-07 OF THE BOARD OF TRUSTEES OF LAUREL FORK COMMUNITY HOSPITAL, INC.',
  text: [
    "WHEREAS, residents of the Hospital's primary service area (ZIP codes [40469], [40447], [40456] and [40486])",
    'travel more than 90 miles for peripheral nerve procedures; and',
    'WHEREAS, the Finance Committee on February 17, 2026 recommended Capital Expenditure Request No. [30127];',
    'NOW, THEREFORE, BE IT RESOLVED, that the Board approves capital of $1,486,200 charged to project [26014],',
    'and authorizes the President to file a Certificate of Need application with the Cabinet;',
    'RESOLVED FURTHER, that management shall report to the Board quarterly the volume of each procedure in',
    'Exhibit A (CPT {64445}, {64632}, {64612}, {64712} and {64714}) against the approved pro forma.',
  ].join('\n'),
});

// ── 6. Capital expenditure request form, text layer ──
const cerForm = lines({
  id: 's199-cerform',
  kind: 's199-capital-expenditure-request-form-text',
  before: 'CAPITAL EXPENDITURE REQUEST (CER) — FY2026 — FORM FIN-114',
  text: [
    'CER No.: [30127]    Date submitted: 01/30/2026    Cost center: [64612] Pain & Procedure Suite (new)',
    'Requesting department: Surgical Services    Sponsor: T. Whitt    GL capital account [17150]',
    'Project category: [X] New service  [ ] Replacement  [ ] Regulatory    Project no. [26014]',
    'Total request: $1,486,200   Equipment $912,400   Renovation $498,800   IT/Interfaces $75,000',
    'Primary CPT codes generating revenue: {64445}, {64447}, {64632}, {64612}, {64712}, {64714}, {64721}',
    'Payback (years): 3.4   NPV @ 7%: $1,212,000   IRR: 19.8%   Strategic plan goal ref. SP-[25022]',
    'Approvals: Dept head ✓  VP ✓  CFO ✓  CEO ✓  Finance Committee 02/17/2026  Board 03/24/2026',
  ].join('\n'),
});

// ── 7. CER attachment, equipment and quotes grid ──
const cerEquipment = table({
  id: 's199-cerequip',
  kind: 's199-cer-equipment-quote-grid',
  caption: 'Attachment B — Equipment and vendor quotes',
  headers: ['Line', 'Item', 'Vendor', 'Quote no.', 'Qty', 'Extended'],
  rows: [
    ['1', 'Ultrasound system, linear and curvilinear probes', 'SonoPoint Medical', 'Q-[88064]', '2', '$118,400'],
    ['2', 'Peripheral nerve stimulator, block needle starter kits', 'Regionix', '[45137]', '4', '$9,860'],
    ['3', 'Procedure table, fluoroscopy-compatible', 'Hausler Surgical', 'HS-[64445]-R2', '2', '$71,200'],
    ['4', 'Mini C-arm (extremity)', 'OrthoVue', '[71229]', '1', '$212,600'],
    ['5', 'Operating microscope (nerve surgery)', 'Zeller Optik', 'ZO-2026-[11142]', '1', '$338,500'],
    ['6', 'EMG unit with injection needles', 'NeuroTrace', '[40802]', '1', '$61,840'],
  ],
});

// ── 8. Pro forma by CPT, volume grid ──
const proForma = table({
  id: 's199-proforma',
  kind: 's199-pro-forma-by-cpt-grid',
  caption: 'Exhibit 4 — Five-year pro forma, procedural volume and net revenue per case by CPT (model v4)',
  headers: ['CPT', 'Procedure', 'Y1', 'Y2', 'Y3', 'Y4', 'Y5', 'Net rev/case'],
  rows: [
    ['{64445}', 'Sciatic nerve block, single', '310', '355', '390', '410', '425', '$236'],
    ['{64447}', 'Femoral nerve block, single', '140', '150', '160', '165', '170', '$221'],
    ['{64448}', 'Femoral nerve block, continuous infusion', '40', '45', '50', '50', '55', '$268'],
    ['{64632}', 'Neurolysis, plantar common digital nerve', '96', '120', '138', '150', '158', '$310'],
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', '120', '150', '175', '190', '200', '$412'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '22', '28', '32', '34', '36', '$2,845'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '16', '20', '22', '24', '25', '$3,110'],
    ['{64721}', 'Neuroplasty, median nerve at carpal tunnel', '85', '95', '105', '110', '115', '$1,640'],
    ['{64640}', 'Destruction, other peripheral nerve', '30', '40', '48', '52', '55', '$505'],
  ],
});

// ── 9. Pro forma CSV export, text layer ──
const proFormaCsv = lines({
  id: 's199-pfcsv',
  kind: 's199-pro-forma-csv-export-text',
  before: 'LFCH_PainProgram_ProForma_v4.csv — browser preview',
  text: [
    'cpt,description,y1_cases,y1_gross_charges,y1_net_revenue,y1_direct_cost,y1_contribution',
    '{64445},Sciatic nerve block,310,356500,[73160],[40300],[32860]',
    '{64447},Femoral nerve block,140,154000,[30940],[16520],[14420]',
    '{64632},Plantar digital neurolysis,96,134400,[29760],[14400],[15360]',
    '{64612},Facial chemodenervation,120,276000,[49440],[21600],[27840]',
    '{64712},Neuroplasty sciatic,22,325600,[62590],[37840],[24750]',
    '{64714},Neuroplasty lumbar plexus,16,259200,[49760],[30240],[19520]',
  ].join('\n'),
});

// ── 10. Volume projection method grid ──
const volumes = table({
  id: 's199-volproj',
  kind: 's199-volume-projection-capture-grid',
  caption: 'Exhibit 3 — Volume projection: service-area procedures × capture rate',
  headers: ['CPT', 'Service-area procedures 2025', 'Out-migrating', 'Capture Y1', 'Capture Y3', 'Source'],
  rows: [
    ['{64445}', '1,420', '1,010', '31%', '39%', 'KY discharge data, extract [22613]'],
    ['{64632}', '380', '301', '32%', '46%', 'All-payer claims, request [41569]'],
    ['{64612}', '560', '488', '25%', '36%', 'Medicare LDS, DUA [42631]'],
    ['{64712}', '64', '58', '38%', '55%', 'KY discharge data'],
    ['{64714}', '41', '37', '43%', '59%', 'KY discharge data'],
    ['{64722}', '95', '70', '20%', '30%', 'KY discharge data'],
  ],
});

// ── 11. Payer rate assumptions grid ──
const payerRates = table({
  id: 's199-payrate',
  kind: 's199-payer-rate-assumption-grid',
  caption: 'Exhibit 5 — Payer rate assumptions, facility payment per case',
  headers: ['CPT', 'APC', 'Medicare OPPS', 'Anthem KY', 'Humana MA', 'KY Medicaid MCO', 'Self-pay est.'],
  rows: [
    ['{64445}', '5441', '$288', '$341', '$276', '$198', '$150'],
    ['{64632}', '5442', '$612', '$705', '$590', '$377', '$300'],
    ['{64612}', '5441', '$288', '$355', '$281', '$204', '$150'],
    ['{64712}', '5432', '$5,110', '$5,960', '$4,880', '$2,930', '$1,200'],
    ['{64714}', '5432', '$5,110', '$6,020', '$4,900', '$2,930', '$1,200'],
  ],
});

// ── 12. Physician recruitment memo, text layer ──
const recruitMemo = lines({
  id: 's199-recruit',
  kind: 's199-physician-recruitment-memo-text',
  before: 'MEMORANDUM — CONFIDENTIAL — PREPARED AT THE REQUEST OF COUNSEL',
  text: [
    'To: Board of Trustees (Executive Session)   From: Daniel Hollis, President & CEO   Re: Elena Marsh, MD',
    'Dr. Marsh completes her pain medicine fellowship in June 2026 (University Hospitals, Columbus, OH [43210]).',
    'Her fellowship case log lists 212 sciatic blocks ({64445}), 64 facial chemodenervations ({64612}) and 41',
    'plantar neurolyses ({64632}); open neuroplasty ({64712}, {64714}) stays with Dr. Castellano, already on staff.',
    'Terms: 3-year employment, base $415,000 (independent FMV opinion, engagement [22571]), $58.20 per wRVU',
    'above 7,150 wRVUs; sign-on $40,000; relocation up to $15,000. Recruitment requisition [64632].',
    'Community need: the 2025 medical staff development plan (doc [41797]) shows a deficit of 1.6 FTE in pain.',
  ].join('\n'),
});

// ── 13. Recruitment term sheet grid ──
const termSheet = table({
  id: 's199-terms',
  kind: 's199-recruitment-offer-term-sheet-grid',
  caption: 'Exhibit R-1 — Summary of proposed terms, Elena Marsh, MD',
  headers: ['Term', 'Proposed', 'Benchmark (survey 2025, pain)', 'Note'],
  rows: [
    ['Base salary', '$415,000', '50th pct $438,000', 'Guaranteed years 1–2'],
    ['wRVU threshold', '7,150', '50th pct 7,402', ''],
    ['Anchor procedure wRVUs', '{64445} 1.48; {64612} 1.53; {64632} 1.23', 'MPFS 2026', 'Facility setting'],
    ['Malpractice', 'Claims-made with tail', '', 'Carrier policy [20192]'],
    ['Office', 'Suite 210, 410 Hospital Drive', '', 'Mount Carey, KY [40469]'],
  ],
});

// ── 14. CON notice of intent, text layer ──
const conLoi = lines({
  id: 's199-conloi',
  kind: 's199-con-notice-of-intent-text',
  before: 'COMMONWEALTH OF KENTUCKY — CABINET FOR HEALTH AND FAMILY SERVICES — OFFICE OF INSPECTOR GENERAL',
  text: [
    'Division of Certificate of Need, 275 East Main Street, 5E-A, Frankfort, KY [40621]',
    'NOTICE OF INTENT TO FILE A CERTIFICATE OF NEED APPLICATION',
    'Applicant: Laurel Fork Community Hospital, Inc.   Facility license no. [10271]   Medicare CCN 18-0147',
    'Project: Establish outpatient interventional pain and peripheral nerve procedure services (2 rooms)',
    'Location: 400 Hospital Drive, Mount Carey, KY [40469]',
    'Estimated capital expenditure: $1,486,200   Anticipated filing: 05/15/2026   LOI tracking no. [64714]',
    'Contact: Priya Venkataraman, CFO, (606) 555-0184, PO Box [64445], Mount Carey, KY [40469]',
  ].join('\n'),
});

// ── 15. CON application, projected utilization grid ──
const conUtil = table({
  id: 's199-conutil',
  kind: 's199-con-application-utilization-grid',
  caption: 'Application Section 4.2 — Projected utilization by procedure, first three years of operation',
  headers: ['HCPCS/CPT', 'Service description', 'Yr 1', 'Yr 2', 'Yr 3', 'Room', 'Methodology'],
  rows: [
    ['{64445}', 'Injection, anesthetic; sciatic nerve, single', '310', '355', '390', 'PR-1', 'Exh. 12'],
    ['{64447}', 'Injection, anesthetic; femoral nerve, single', '140', '150', '160', 'PR-1', 'Exh. 12'],
    ['{64448}', 'Femoral nerve, continuous infusion by catheter', '40', '45', '50', 'PR-1', 'Exh. 12'],
    ['{64450}', 'Injection, anesthetic; other peripheral nerve or branch', '60', '70', '80', 'PR-1', 'Exh. 13'],
    ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve', '96', '120', '138', 'PR-2', 'Exh. 12'],
    [
      '{64612}',
      'Chemodenervation; muscles innervated by facial nerve, unilateral',
      '120',
      '150',
      '175',
      'PR-2',
      'Exh. 12',
    ],
    ['{64712}', 'Neuroplasty, major peripheral nerve; sciatic nerve', '22', '28', '32', 'OR', 'Exh. 14'],
    ['{64714}', 'Neuroplasty, major peripheral nerve; lumbar plexus', '16', '20', '22', 'OR', 'Exh. 14'],
    ['{64721}', 'Neuroplasty and/or transposition; median nerve at carpal tunnel', '85', '95', '105', 'OR', 'Exh. 14'],
  ],
});

// ── 16. CON legal notice in the newspaper, text layer ──
const conNotice = lines({
  id: 's199-connotice',
  kind: 's199-con-newspaper-legal-notice-text',
  before: 'The Mount Carey Sentinel — Legal Notices — Thursday, May 21, 2026',
  text: [
    'LEGAL NOTICE   Ad #[41495]',
    'Laurel Fork Community Hospital, Inc., 400 Hospital Drive, Mount Carey, Kentucky [40469], has filed an',
    'application for a Certificate of Need to establish interventional pain and peripheral nerve procedure',
    'services at a capital cost of $1,486,200. Any affected person may request a hearing in writing to the',
    'Office of Inspector General, Division of Certificate of Need, 275 East Main Street, Frankfort, KY [40621].',
  ].join('\n'),
});

// ── 17. CON staff report and findings, text layer ──
const conFindings = lines({
  id: 's199-confind',
  kind: 's199-con-staff-findings-text',
  before: 'STAFF REPORT AND FINDINGS — CON File 071-2026-PN (Laurel Fork Community Hospital)',
  text: [
    'Criterion 1 (State Health Plan): the applicant projects 889 procedures in year one, of which 310 are',
    'sciatic nerve blocks (CPT {64445}) now performed in physician offices 42 miles away.',
    "Staff reviewed the applicant's use of discharge extract [22613] for CPT {64712} and {64714} and finds the",
    'capture rates reasonable. Whitley Valley Pain & Spine (Corbin, KY [40701]) objected, stating that it performs',
    "{64632} and {64612} with unused capacity; the objector's own data show 118 and 204 cases in 2025.",
    'Finding: CONSISTENT with criteria 1–5. Recommendation: APPROVAL. Hearing officer docket [41572].',
  ].join('\n'),
});

// ── 18. Competitor's objection letter, text layer ──
const objection = lines({
  id: 's199-objection',
  kind: 's199-con-objection-letter-text',
  before: 'WHITLEY VALLEY PAIN & SPINE, PLLC — 1180 Cumberland Falls Hwy, Suite 4',
  text: [
    'Corbin, KY [40701]   Tel (606) 555-0113   Fax (606) 555-0114',
    'Re: Opposition to the CON application of Laurel Fork Community Hospital (LOI [64714])',
    'Our practice performed 118 plantar digital neurolysis procedures ({64632}) and 204 facial',
    'chemodenervations ({64612}, most with {95874} needle EMG guidance) in 2025 and can absorb 400 more.',
    "The applicant's 22 sciatic neuroplasties ({64712}) in year one exceed what the three regional surgeons report.",
    'Sincerely, Raymond Oakes, MD, Medical Director — NPI 1639201847',
  ].join('\n'),
});

// ── 19. Email thread, text layer ──
const email = lines({
  id: 's199-email',
  kind: 's199-outlook-email-thread-text',
  before: 'Outlook — RE: Pro forma v4 — denial sensitivity for facial chemo',
  text: [
    'From: Kevin Ngo <kngo@laurelforkhealth.org>   Sent: Thursday, February 19, 2026 8:14 AM',
    'To: Priya Venkataraman; Travis Whitt',
    'Priya, rerun done. With 15% of {64612} claims denied on prior auth and never overturned, Y1 contribution',
    'drops from $27,840 to $20,424. The program still breaks even, in month 21 instead of 19.',
    'I also moved 30 cases from {64445} to {64447} per Dr. Castellano; net effect is under $500.',
    'Model is in the CER [30127] folder on the finance share (IT ticket [64712] granted your access).',
    'Kevin Ngo | Decision Support Analyst | ext. [24416]',
  ].join('\n'),
});

// ── 20. Teams chat, text layer ──
const chat = lines({
  id: 's199-chat',
  kind: 's199-teams-chat-launch-text',
  before: 'Microsoft Teams — Pain Program Launch (group chat)',
  text: [
    'Travis Whitt 10:02 AM  CDM team needs the final code list today for the new procedure rooms',
    'Brenda Lyle 10:04 AM  sending now: {64445} {64447} {64448} {64450} {64632} {64640} {64612} {64712} {64714} {64721}',
    'Brenda Lyle 10:05 AM  bilateral facial chemo is {64612}-50 on one line for Medicare, not two lines',
    'Travis Whitt 10:06 AM  👍 and EMG guidance {95874}?',
    'Brenda Lyle 10:06 AM  add-on, yes. toxin J0585 per unit, pharmacy owns those CDM lines',
    'Travis Whitt 10:09 AM  and the suite charges all drop to cost center [64612], per Finance',
  ].join('\n'),
});

// ── 21. Chargemaster add request grid ──
const cdm = table({
  id: 's199-cdm',
  kind: 's199-chargemaster-add-request-grid',
  caption: 'CDM Add/Change Request CR-2026-118 — Department 2W Pain & Procedure Suite',
  headers: ['CDM #', 'Description (40 char)', 'CPT/HCPCS', 'Mod', 'Rev code', 'Price', 'Cost center'],
  rows: [
    ['21064445', 'NERVE BLOCK SCIATIC SGL', '{64445}', '', '0761', '$1,150.00', '[64612]'],
    ['21064447', 'NERVE BLOCK FEMORAL SGL', '{64447}', '', '0761', '$1,100.00', '[64612]'],
    ['21064632', 'NEUROLYSIS PLANTAR DIG NRV', '{64632}', '', '0761', '$1,400.00', '[64612]'],
    ['21064612', 'CHEMODENERV FACIAL NRV UNI', '{64612}', '', '0761', '$2,300.00', '[64612]'],
    ['21064613', 'CHEMODENERV FACIAL NRV BIL', '{64612}', '50', '0761', '$3,450.00', '[64612]'],
    ['21064712', 'NEUROPLASTY SCIATIC NRV', '{64712}', '', '0360', '$14,800.00', '[40135]'],
    ['21064714', 'NEUROPLASTY LUMBAR PLEXUS', '{64714}', '', '0360', '$16,200.00', '[40135]'],
  ],
});

// ── 22. Service-area ZIP origin grid (decoy heavy) ──
const serviceArea = table({
  id: 's199-svcarea',
  kind: 's199-service-area-zip-origin-grid',
  caption: 'Exhibit 2 — Service area, outpatient pain and nerve procedures by patient ZIP (2025, all providers)',
  headers: ['ZIP', 'Community', 'County FIPS', 'Procedures 2025', 'At LFCH', 'Area'],
  rows: [
    ['[40469]', 'Mount Carey', '[21125]', '412', '0', 'Primary'],
    ['[40447]', 'McKee', '[21109]', '118', '0', 'Primary'],
    ['[40456]', 'Mount Vernon', '[21203]', '196', '0', 'Primary'],
    ['[40486]', 'Tyner', '[21109]', '44', '0', 'Primary'],
    ['[40740]', 'Lily', '[21125]', '87', '0', 'Secondary'],
    ['[40744]', 'London', '[21125]', '305', '0', 'Secondary'],
    ['[40906]', 'Barbourville', '[21121]', '229', '0', 'Secondary'],
  ],
});

// ── 23. X12 837I test claim, text layer ──
const x12 = lines({
  id: 's199-x12',
  kind: 's199-x12-837i-test-claim-text',
  before: 'Clearinghouse test file — go-live readiness — LFCH_837I_TEST_0607.txt',
  text: [
    'ISA*00*          *00*          *ZZ*LFCH180147     *ZZ*CLRHSE01       *260607*0912*^*[00501]*000000118*1*T*:~',
    'ST*837*[35001]*005010X223A2~',
    'CLM*PNTEST0001*3450***13:A:1*Y*A*Y*Y~',
    'N4*MOUNT CAREY*KY*404691187~',
    'LX*1~SV2*0761*HC:{64445}:RT*1150*UN*1~',
    'LX*2~SV2*0761*HC:{64612}:50*3450*UN*1~',
    'LX*3~SV2*0636*HC:J0585*292*UN*50~',
  ].join('\n'),
});

// ── 24. HL7 SIU scheduling messages, text layer ──
const hl7 = lines({
  id: 's199-hl7',
  kind: 's199-hl7-siu-first-cases-text',
  before: 'Interface engine — message viewer — SIU^S12 (first scheduled cases, procedure suite 2W)',
  text: [
    'MSH|^~\\&|CADENCE|LFCH|PROCSUITE|LFCH|20260615071502||SIU^S12|[88102]|P|2.5.1',
    'SCH||[71216]^LFCH|||||ROUTINE^Routine|30|MIN',
    'PID|1||[71205]^^^LFCH^MR||TESTPATIENT^ALPHA||19620311|F|||12 ELM ST^^MOUNT CAREY^KY^[40469]',
    'AIS|1|A|{64445}^NERVE BLOCK SCIATIC SGL^CPT|20260615083000|||30|MIN',
    'AIS|2|A|{64632}^NEUROLYSIS PLANTAR DIG NRV^CPT|20260615093000|||45|MIN',
  ].join('\n'),
});

// ── 25. BI dashboard API JSON, text layer ──
const biJson = lines({
  id: 's199-bijson',
  kind: 's199-bi-volume-api-json-text',
  before: 'GET /api/v2/serviceline/pain/volume?period=2026-Q3 — 200 OK (response preview)',
  text: [
    '{"facility":"LFCH","costCenter":"[64612]","period":"2026-Q3","rows":[',
    '  {"cpt":"{64445}","actual":71,"budget":78,"variance":-7},',
    '  {"cpt":"{64447}","actual":40,"budget":35,"variance":5},',
    '  {"cpt":"{64632}","actual":19,"budget":24,"variance":-5},',
    '  {"cpt":"{64612}","actual":36,"budget":30,"variance":6},',
    '  {"cpt":"{64712}","actual":4,"budget":5,"variance":-1},',
    '  {"cpt":"{64714}","actual":3,"budget":4,"variance":-1}],',
    '  "reportId":"[45205]","generated":"2026-10-03T06:00:12Z"}',
  ].join('\n'),
});

// ── 26. CON e-filing XML, text layer ──
const conXml = lines({
  id: 's199-conxml',
  kind: 's199-con-efiling-xml-text',
  before: 'OIG e-Filing portal — submission receipt — view XML',
  text: [
    '<conApplication fileNo="071-2026-PN" loi="[64714]" submitted="2026-05-15" feeUsd="[25000]">',
    '  <applicant name="Laurel Fork Community Hospital, Inc." licenseNo="[10271]" zip="[40469]"/>',
    '  <service cpt="{64445}" y1="310" y2="355" y3="390"/>',
    '  <service cpt="{64632}" y1="96" y2="120" y3="138"/>',
    '  <service cpt="{64612}" y1="120" y2="150" y3="175"/>',
    '  <service cpt="{64712}" y1="22" y2="28" y3="32"/>',
    '  <service cpt="{64714}" y1="16" y2="20" y3="22"/>',
    '  <receipt id="[41820]" paid="true"/></conApplication>',
  ].join('\n'),
});

// ── 27. Board dashboard KPI tiles, text layer ──
const kpi = lines({
  id: 's199-kpi',
  kind: 's199-board-dashboard-kpi-tiles-text',
  before: 'TrusteeDesk — Strategic Dashboard — Pain & Peripheral Nerve Program (Q3 FY2027)',
  text: [
    'Cases, quarter   173   ▼ vs. budget 176',
    'Top procedure   {64445} sciatic block   71 cases',
    'Denial rate   {64612} 11.2% (prior auth)   {64632} 3.1%',
    'Breakeven tracking   month 17 of 19 projected',
    'Drill-through: dataset [80172] · report [45205] · owner K. Ngo',
  ].join('\n'),
});

// ── 28. Compliance (Stark / FMV) review memo, text layer ──
const compliance = lines({
  id: 's199-compl',
  kind: 's199-compliance-fmv-review-memo-text',
  before: 'COMPLIANCE REVIEW — Physician arrangement — Elena Marsh, MD',
  text: [
    'Review no. [37151]   Reviewer: L. Abernathy, CHC   Date: 03/12/2026',
    '1. Employment exception, 42 CFR 411.357(c): compensation is FMV (opinion [22571]) and not set by referrals.',
    '2. Productivity credit is for personally performed professional services only: {64445}, {64612} and {64632}',
    '   count; {64712} and {64714} count only when Dr. Marsh is surgeon of record.',
    '3. No credit for {95874} technical component or for facility lines (rev code 0761, J0585).',
    'Conclusion: arrangement may proceed. Compliance log entry [20174].',
  ].join('\n'),
});

// ── 29. Press release, text layer ──
const press = lines({
  id: 's199-press',
  kind: 's199-hospital-news-release-text',
  before: 'NEWS RELEASE — FOR IMMEDIATE RELEASE — Laurel Fork Community Hospital',
  text: [
    'MOUNT CAREY, Ky. (June 1, 2026) — Laurel Fork Community Hospital today opened its Peripheral Nerve & Pain',
    'Procedure Center in the West Pavilion, 400 Hospital Drive, Mount Carey, KY [40469].',
    'The center offers ultrasound-guided nerve blocks, nerve decompression surgery and Botox for facial spasm.',
    'Appointments: (606) 555-0190. Media: Jill Harlan. Release no. [26041].',
  ].join('\n'),
});

// ── 30. Delineation of privileges grid ──
const privileges = table({
  id: 's199-privs',
  kind: 's199-delineation-of-privileges-grid',
  caption: 'Delineation of Privileges — Interventional Pain / Peripheral Nerve (approved by MEC 04/09/2026)',
  headers: ['Procedure', 'CPT reference', 'Criteria (initial)', 'Requested', 'Dept chair'],
  rows: [
    ['Peripheral nerve block, lower extremity', '{64445}, {64447}, {64448}', '10 cases in 24 mo', '☑', 'Approved'],
    ['Neurolytic destruction, plantar digital nerve', '{64632}', '5 cases', '☑', 'Approved'],
    ['Chemodenervation, facial nerve (incl. EMG guidance)', '{64612}, {95874}', '10 cases', '☑', 'Approved'],
    ['Open neuroplasty, major peripheral nerve and plexus', '{64712}, {64714}', 'Fellowship + 10 cases', '☐', 'N/A'],
    ['Destruction, paravertebral facet nerve', '{64633}–{64636}', '20 cases', '☑', 'FPPE 6 cases'],
  ],
});

// ── 31. Go-live readiness tracker grid ──
const tracker = table({
  id: 's199-tracker',
  kind: 's199-go-live-readiness-tracker-grid',
  caption: 'Smartsheet — Pain Program Go-Live Readiness (sheet owner T. Whitt)',
  headers: ['Task', 'Owner', 'Status', 'Due', 'Ref'],
  rows: [
    [
      'Payer prior-auth grid for {64612}: Anthem, Humana, WellCare',
      'Access Mgmt',
      'In progress',
      '05/29/26',
      'INC-[30349]',
    ],
    [
      'EHR order panel: {64445} with ultrasound (no separate {76942})',
      'Epic analyst',
      'Complete',
      '05/15/26',
      'INC-[30343]',
    ],
    ['Test claims {64712} / {64714} through clearinghouse', 'PFS', 'Complete', '06/07/26', 'Batch [35001]'],
    ['Consent form, chemodenervation', 'Nursing', 'Complete', '05/20/26', 'Form [11058]'],
    ['Post CON approval letter to TrusteeDesk', 'Board Secretary', 'Complete', '05/30/26', 'Doc [64632]'],
  ],
});

// ── 32. Board slide deck, PDF text layer ──
const slides = lines({
  id: 's199-slides',
  kind: 's199-board-slide-deck-text',
  before: 'Board presentation — Peripheral Nerve & Pain Procedure Program — slide 7 of 18',
  text: [
    'Why these five procedures?',
    '• {64445} sciatic nerve block: highest volume, low capital, feeds the surgical pipeline',
    "• {64632} plantar digital neurolysis: podiatry referrals (Morton's neuroma), office-to-HOPD shift",
    '• {64612} facial chemodenervation: neurology and ophthalmology referrals, toxin billed separately',
    '• {64712} / {64714} open neurolysis: low volume, high margin, uses existing OR time',
    'Source: LFCH Decision Support, pro forma v4 (file [20157])',
  ].join('\n'),
});

// ── 33. Budget vs actual by CPT grid ──
const variance = table({
  id: 's199-bva',
  kind: 's199-budget-variance-by-cpt-grid',
  caption: 'Pain & Procedure Suite — Budget vs. Actual — 6 months ended 12/31/2026',
  headers: ['CPT', 'Revenue GL', 'Cases act.', 'Cases bud.', 'Net rev act.', 'Net rev bud.', 'Var $'],
  rows: [
    ['{64445}', '[40110]', '148', '155', '$34,928', '$36,580', '($1,652)'],
    ['{64447}', '[40110]', '77', '70', '$17,017', '$15,470', '$1,547'],
    ['{64632}', '[40120]', '41', '48', '$12,710', '$14,880', '($2,170)'],
    ['{64612}', '[40120]', '69', '60', '$28,428', '$24,720', '$3,708'],
    ['{64712}', '[40130]', '10', '11', '$28,450', '$31,295', '($2,845)'],
    ['{64714}', '[40130]', '7', '8', '$21,770', '$24,880', '($3,110)'],
  ],
});

// ── 34. Vendor quotation, PDF text layer ──
const quote = lines({
  id: 's199-quote',
  kind: 's199-vendor-quotation-pdf-text',
  before: 'SonoPoint Medical, Inc. — QUOTATION',
  text: [
    'Quote Q-[88064]   Valid through 03/31/2026   Customer no. [71236]',
    'Ship to: Laurel Fork Community Hospital, Materials Mgmt, 400 Hospital Drive, Mount Carey, KY [40469]',
    'Remit to: SonoPoint Medical, Inc., PO Box [64712], Chicago, IL [60673]-4712',
    'Reimbursement note (informational): nerve block codes {64445}–{64448} include imaging guidance;',
    '{76942} is not separately reportable with them.',
  ].join('\n'),
});

// ── 35. Board portal search results, text layer ──
const search = lines({
  id: 's199-search',
  kind: 's199-board-portal-search-results-text',
  before: 'TrusteeDesk search: "pain program" — 5 results',
  text: [
    'Resolution 2026-07 Peripheral Nerve & Interventional Pain Program · Board book BK-[40710] · p. 44',
    'CER #[30127] Attachment B equipment quotes · Finance BK-[64712] · p. 12',
    'Pro forma v4 by CPT ({64445}, {64632}, {64612}, {64712}, {64714}) · Finance BK-[40719] · p. 18',
    'CON notice of intent, LOI [64714] · Board book BK-[40710] · p. 61',
    'Q3 dashboard: {64612} denials 11.2% · Quality BK-[41029] · p. 7',
  ].join('\n'),
});

// ── 36. Unanimous written consent e-signature page, text layer ──
const consent = lines({
  id: 's199-consent',
  kind: 's199-board-written-consent-esign-text',
  before: 'TrusteeDesk — Action by Unanimous Written Consent — e-Signature',
  text: [
    'Action [80238]: Approve an amendment to CER #[30127] adding $62,500 for a second EMG unit used with',
    'facial chemodenervation ({64612} with {95874}) so both procedure rooms can schedule it.',
    'Signatures: 10 of 11 trustees · Opened 07/14/2026 · Closes 07/21/2026 · Envelope [45126]',
  ].join('\n'),
});

// ── 37. Calendar invitation, text layer ──
const invite = lines({
  id: 's199-invite',
  kind: 's199-calendar-invitation-text',
  before: 'Invitation: CON public hearing prep @ Tue Jul 7, 2026 2pm – 3pm (EDT)',
  text: [
    'Where: Admin Conference Room B / Zoom',
    'Join Zoom: https://zoom.us/j/86420731155   Meeting ID: 864 2073 1155   Passcode: [40958]',
    'Agenda: rehearse testimony on {64712}/{64714} volumes; answer the Whitley Valley letter on {64632}',
  ].join('\n'),
});

// ── 38. Payer rate request letter, text layer ──
const rateLetter = lines({
  id: 's199-rateletter',
  kind: 's199-payer-rate-request-letter-text',
  before: 'Laurel Fork Community Hospital — Managed Care Contracting',
  text: [
    'June 3, 2026   Provider Contracting, Anthem Blue Cross and Blue Shield, PO Box [37180], Louisville, KY [40223]',
    'Re: Hospital agreement [41973]; request to add outpatient procedure rates effective 07/01/2026',
    'We ask that the following CPT codes be priced at 185% of the Medicare OPPS rate in our outpatient exhibit:',
    '{64445}, {64447}, {64448}, {64632}, {64612}, {64712}, {64714}.',
    'Our Anthem provider ID is [40651]; tax ID 61-0458812.',
  ].join('\n'),
});

// ── 39. Foundation grant award letter, text layer ──
const grant = lines({
  id: 's199-grant',
  kind: 's199-foundation-grant-award-letter-text',
  before: 'Laurel Fork Hospital Foundation — Grant award letter',
  text: [
    'Grant no. [15159]   April 30, 2026',
    'The Foundation Board approved $250,000 from the Carroll Family Fund (fund [40257]) toward the ultrasound',
    'systems and operating microscope in CER #[30127].',
    'Foundation office: PO Box [64632], Mount Carey, KY [40469]',
  ].join('\n'),
});

// ── 40. Procedure suite charge capture sheet grid ──
const chargeSheet = table({
  id: 's199-charge',
  kind: 's199-procedure-suite-charge-capture-grid',
  caption: 'Procedure Suite 2W — Charge capture sheet (nurse completes; scanned to HIM)',
  headers: ['✓', 'CPT', 'Description', 'Mod', 'Units', 'Supply / drug'],
  rows: [
    ['☐', '{64445}', 'Sciatic nerve block, single injection', 'RT / LT', '1', 'Ropivacaine 0.5%'],
    ['☐', '{64447}', 'Femoral nerve block, single', 'RT / LT', '1', ''],
    ['☐', '{64632}', 'Plantar common digital nerve neurolysis', 'T1–T9', '1', 'Alcohol 4%'],
    ['☐', '{64612}', 'Facial nerve chemodenervation, unilateral', 'RT / LT / 50', '1', 'J0585 units ___'],
    ['☐', '{95874}', 'Needle EMG guidance for chemodenervation', '', '1', ''],
    ['☐', '{64640}', 'Destruction, other peripheral nerve', '', '1', ''],
  ],
});

// ── 41. CON hearing transcript, text layer ──
const transcript = lines({
  id: 's199-transcript',
  kind: 's199-con-hearing-transcript-text',
  before: 'IN THE MATTER OF: LAUREL FORK COMMUNITY HOSPITAL, INC. — CON FILE 071-2026-PN — HEARING — Page 23',
  text: [
    '1   Q. You project 22 cases of {64712} in year one, correct?',
    '2   A. Yes. Twenty-two sciatic neuroplasties, {64712}, and 16 lumbar plexus cases, {64714}.',
    '3   Q. And your hospital performed none of those in 2025?',
    '4   A. Correct. Those patients went to Lexington, the [40536] ZIP code, or to Knoxville.',
    "5   Q. Turning to Applicant's Exhibit 12, page 4, the facial chemodenervation line, {64612} --",
    '6   A. That is 120 cases, 175 by year three.',
    '7   HEARING OFFICER: Exhibit 12 is admitted as filed, receipt [41820].',
  ].join('\n'),
});

// ── 42. Post-implementation review, text layer ──
const pir = lines({
  id: 's199-pir',
  kind: 's199-post-implementation-review-text',
  before: 'Post-Implementation Review — Pain & Peripheral Nerve Program — first 12 months',
  text: [
    'Capital spent $1,471,880 vs. approved $1,486,200 (project [26014] closed 09/30/2026).',
    'Volumes: {64445} 302 vs. 310 plan; {64632} 88 vs. 96; {64612} 131 vs. 120; {64712} 19 vs. 22; {64714} 14 vs. 16.',
    'Prior-auth turnaround for {64612} averaged 11 days; two payers now waive auth for {64445}.',
    'Next: phase-two proposal (spinal cord stimulation {63650}, {63685}) to Finance Committee, BK-[41031].',
  ].join('\n'),
});

export const sealed199: readonly Snippet[] = [
  ...portalMeetings,
  ...agenda,
  ...finMinutes,
  ...boardMinutes,
  ...resolution,
  ...cerForm,
  ...cerEquipment,
  ...proForma,
  ...proFormaCsv,
  ...volumes,
  ...payerRates,
  ...recruitMemo,
  ...termSheet,
  ...conLoi,
  ...conUtil,
  ...conNotice,
  ...conFindings,
  ...objection,
  ...email,
  ...chat,
  ...cdm,
  ...serviceArea,
  ...x12,
  ...hl7,
  ...biJson,
  ...conXml,
  ...kpi,
  ...compliance,
  ...press,
  ...privileges,
  ...tracker,
  ...slides,
  ...variance,
  ...quote,
  ...search,
  ...consent,
  ...invite,
  ...rateLetter,
  ...grant,
  ...chargeSheet,
  ...transcript,
  ...pir,
];
