import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 16 (issue 11). `sealed15.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s16-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Many decoys reuse those digits; about a third of the
 * others are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, ids, counts, amounts without a
 * point, record and policy numbers, so the 10k score means something. No other five-digit CPT code appears in a
 * coding context (it would be unknown to KNOWN_5 and so an unfair miss).
 *
 * 336 labelled tokens (141 codes, 195 decoys; 62 decoys are KNOWN_10K numbers other than the five, 14 more reuse the
 * five codes' digits) in 37 page shapes.
 *
 * (Its writer recalled these layouts; no public document was fetched for them.)
 * Shapes built on real public document layouts (column, field and segment names; our codes swapped in): the CMS NCCI
 * add-on code edit file (Table 1 columns), the CMS OPPS Addendum J complexity-adjustment code-pair file, the CMS Part
 * B National Summary Data File, the AMA RUC database code record, a CPT Editorial Panel summary of panel actions, a
 * DOJ False Claims Act settlement press release, a federal district court slip opinion (ECF header, Bluebook
 * citations), an Aetna-style Clinical Policy Bulletin "Code Information" section, a FHIR R4 transaction Bundle
 * (entry.request), the X12 278 response as a clearinghouse readable print (HCR action, HSD, REF*BB), an X12 837P with
 * 2400 HCP repricing segments, ajv JSON-schema error output, a deposition transcript (page:line numbering), a CMS
 * Open Payments search result and a CMS-1500 print-image text file. The other shapes (telephone encounter note,
 * reconsideration wizard review step, EHR favorites admin grid, payer utilization dashboard, locum timesheet,
 * malpractice application, encyclopedia article, ASC block-swap request, PLB adjustment detail, corrected-claim
 * checklist, coder job posting, PACU tracking board, correspondence scan log, EHR best-practice advisory, bulk rebill
 * job log, supply par-level report, financial assistance application, collection placement file, IBNR lag triangle,
 * kiosk check-in receipt, after-visit summary, portal document download list) are written the way those pages read,
 * with no single public source.
 */

// ── CMS NCCI add-on code edits, Table 1 file opened as a grid ─────────────────────────────────────────────────
const addon: Snippet[] = [
  ...table({
    id: 's16-aoc',
    kind: 's16-ncci-addon-code-edits',
    caption: 'AOC_V2027Q1_Table1 — Add-on Codes with Specified Primary Codes (edit type 1)',
    headers: [
      'Add-on Code',
      'AOC Eff Date',
      'AOC Del Date',
      'Primary Code',
      'Primary Eff Date',
      'Primary Del Date',
      'AOC Edit Type',
    ],
    rows: [
      ['{64612}', '20270101', '*', '{64712}', '20100101', '*', '1'],
      ['{64612}', '20270101', '*', '{64714}', '20100101', '*', '1'],
      ['{64612}', '20270101', '*', '{64632}', '20180101', '*', '1'],
      ['{64612}', '20270101', '*', '{64445}', '20100101', '20261231', '1'],
    ],
  }),
  ...lines({
    id: 's16-aoc-notes',
    kind: 's16-ncci-addon-code-edits',
    before: 'Change report, version 2027Q1',
    text: [
      'Rows added this quarter: 4 · Rows deleted: 1 · Total rows in Table 1: [27104]',
      'Deleted: primary code {64445} for add-on {64612}, deletion date 20261231.',
      'Questions: NCCI contractor mailbox, reference ticket [10147].',
    ].join('\n'),
  }),
];

// ── CMS OPPS Addendum J, complexity-adjusted C-APC code pairs ─────────────────────────────────────────────────
const capc: Snippet[] = [
  ...table({
    id: 's16-capc',
    kind: 's16-capc-complexity-pairs',
    caption: 'Addendum J — Code Pairs Qualifying for Complexity Adjustment (CY 2027 OPPS/ASC Final Rule, CMS-1834-FC)',
    headers: [
      'Primary HCPCS',
      'Primary SI',
      'Secondary HCPCS',
      'Secondary SI',
      'Primary C-APC',
      'Complexity Adjusted C-APC',
      'Pair Frequency',
    ],
    rows: [
      ['{64712}', 'J1', '{64714}', 'Q1', '5432', '5433', '[30092]'],
      ['{64714}', 'J1', '{64632}', 'T', '5432', '5433', '[10133]'],
      ['{64632}', 'J1', '{64445}', 'N', '5443', '5444', '[00214]'],
      ['{64445}', 'J1', '{64612}', 'T', '5442', '5443', '[14712]'],
    ],
  }),
];

// ── CMS Part B National Summary Data File, CSV in a spreadsheet ───────────────────────────────────────────────
const partB: Snippet[] = [
  ...table({
    id: 's16-bnsd',
    kind: 's16-partb-national-summary',
    caption: 'BETOS P6A — Part B National Summary Data File, CY 2025 (all carriers)',
    headers: ['HCPCS', 'MODIFIER', 'DESCRIPTION', 'ALLOWED SERVICES', 'ALLOWED CHARGES', 'PAYMENT AMOUNT'],
    rows: [
      ['{64712}', '', 'Neuroplasty sciatic nerve', '[48116]', '29418532.07', '22935411.80'],
      ['{64714}', '', 'Neuroplasty lumbar plexus', '[02097]', '1411882.15', '1093220.61'],
      ['{64632}', 'RT', 'Destr nerve plantar digit', '[85103]', '9120044.39', '7101225.18'],
      ['{64632}', 'LT', 'Destr nerve plantar digit', '[81062]', '8806311.02', '6855190.76'],
      ['{64445}', '', 'N block inj sciatic sng', '[64445]', '6123981.44', '4788120.93'],
      ['{64612}', '', 'Destroy nerve face muscle', '[12168]', '3318790.55', '2593306.21'],
    ],
  }),
];

// ── AMA RUC database, single code record view ────────────────────────────────────────────────────────────────
const ruc: Snippet[] = [
  ...lines({
    id: 's16-ruc',
    kind: 's16-ruc-database-record',
    before: 'RUC Database Online — Code Detail',
    text: [
      'CPT Code: {64712}',
      'Long Descriptor: Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
      'Tracking Number: [64712]-T3 · Specialty Society: AAOS, ASPS',
      'RUC Meeting: April 2026 · Issue: Neuroplasty family ({64712}, {64714})',
      'Survey respondents: 61 · Median intra-service time: 90 min · Work RVU recommended: 12.14',
      'Reference service key reference code: {64714} (RVW 12.88) · Survey ID [19050]',
      'Global period: 090 · Site of service: facility 98% · Utilization (Medicare 2025): [80145]',
    ].join('\n'),
  }),
];

// ── DOJ False Claims Act settlement press release ─────────────────────────────────────────────────────────────
const doj: Snippet[] = [
  {
    id: 's16-doj-p1',
    kind: 's16-doj-fca-press-release',
    text: 'FOR IMMEDIATE RELEASE · Press Release Number: 26-[10161] · Pain Management Group Agrees to Pay $2.4 Million to Resolve False Claims Act Allegations',
  },
  {
    id: 's16-doj-p2',
    kind: 's16-doj-fca-press-release',
    text: 'The settlement resolves allegations that, between January 2021 and June 2025, the practice billed Medicare and TRICARE for sciatic nerve blocks under CPT code {64445} when providers had instead administered trigger point injections, and billed {64632} for digital nerve injections that the medical records did not support.',
  },
  {
    id: 's16-doj-p3',
    kind: 's16-doj-fca-press-release',
    text: 'The civil settlement includes the resolution of claims brought under the qui tam provisions by a former billing manager. The case is captioned United States ex rel. Doe v. Lakeshore Pain Associates, No. 3:23-cv-[00148] (N.D. Ohio). The whistleblower will receive $432,000.',
  },
  {
    id: 's16-doj-p4',
    kind: 's16-doj-fca-press-release',
    text: 'The investigation was conducted by HHS-OIG and the Defense Criminal Investigative Service, Toledo office, 420 Madison Ave, Toledo, OH [43604]. Tips: 1-800-HHS-TIPS.',
  },
];

// ── Federal district court opinion (slip opinion text) ────────────────────────────────────────────────────────
const opinion: Snippet[] = [
  {
    id: 's16-op-cap',
    kind: 's16-court-opinion-slip',
    text: 'Case 2:24-cv-[02133]-MJP   Document 58   Filed 10/14/26   Page 7 of 31',
  },
  {
    id: 's16-op-b1',
    kind: 's16-court-opinion-slip',
    text: 'Relator alleges that Defendants systematically upcoded open neuroplasty of the sciatic nerve, CPT {64712}, by appending modifier 59 to unbundled nerve blocks ({64445}) performed in the same session. See Am. Compl. ¶¶ 44–61. Defendants respond that the blocks were separately documented postoperative analgesia.',
  },
  {
    id: 's16-op-b2',
    kind: 's16-court-opinion-slip',
    text: 'Under Rule 9(b), a relator must plead "the who, what, when, where, and how." Cafasso v. Gen. Dynamics C4 Sys., Inc., 637 F.3d 1047, 1055 (9th Cir. 2011); see also United States v. Corinthian Colls., 655 F.3d 984, 992 (9th Cir. 2011); 2019 WL 3011145, at *4 (D. Or. July 9, 2019).',
  },
  {
    id: 's16-op-b3',
    kind: 's16-court-opinion-slip',
    text: 'The complaint identifies twelve representative claims, including claim no. 2023-[64714]-A billed on March 3, 2023 for {64714} and {64445}, with the dates, amounts ($1,912.00), and the NPI of the rendering surgeon. That is enough.',
  },
  {
    id: 's16-op-fn',
    kind: 's16-court-opinion-slip',
    text: '4 The parties agree that code {64612} (chemodenervation of muscles innervated by the facial nerve) is not at issue; the relator withdrew those allegations. Dkt. No. 41 at 3; Bates No. LPA-[60038].',
  },
];

// ── Aetna-style Clinical Policy Bulletin, "Code Information" section ──────────────────────────────────────────
const cpb: Snippet[] = [
  ...lines({
    id: 's16-cpb',
    kind: 's16-cpb-code-information',
    before: 'Number: 0772 Policy History Last Review 09/18/2026',
    text: [
      'Code Information',
      'CPT codes covered if selection criteria are met:',
      '{64712} Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
      '{64714}     lumbar plexus',
      'CPT codes not covered for indications listed in the CPB:',
      '{64632} Destruction by neurolytic agent; plantar common digital nerve',
      'Other CPT codes related to the CPB:',
      '{64445}, {64612}',
      'ICD-10 codes covered if selection criteria are met: G57.00 – G57.93',
      'Policy reference: CPB 0772 replaces CPB 0514; appendix document ID [72052] lists HCPCS.',
    ].join('\n'),
  }),
];

// ── FHIR R4 transaction Bundle (POST Claim + Procedure), raw JSON in a REST client ────────────────────────────
const txBundle: Snippet[] = [
  {
    id: 's16-txb',
    kind: 's16-fhir-transaction-bundle',
    text: [
      '{',
      '  "resourceType": "Bundle",',
      '  "type": "transaction",',
      '  "entry": [',
      '    {',
      '      "fullUrl": "urn:uuid:proc-[48053]",',
      '      "resource": {',
      '        "resourceType": "Procedure",',
      '        "status": "completed",',
      '        "code": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}", "display": "Neuroplasty lumbar plexus" } ] },',
      '        "subject": { "reference": "Patient/[55117]" },',
      '        "performedDateTime": "2026-11-24"',
      '      },',
      '      "request": { "method": "POST", "url": "Procedure" }',
      '    },',
      '    {',
      '      "resource": {',
      '        "resourceType": "Claim",',
      '        "identifier": [ { "system": "urn:oid:1.2.3.4", "value": "[43087]" } ],',
      '        "item": [',
      '          { "sequence": 1, "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}" } ] }, "modifier": [ { "text": "RT" } ], "unitPrice": { "value": 2650.00 } },',
      '          { "sequence": 2, "productOrService": { "coding": [ { "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}" } ] }, "quantity": { "value": 1 }, "unitPrice": { "value": 410.00 } }',
      '        ],',
      '        "insurance": [ { "sequence": 1, "focal": true, "coverage": { "reference": "Coverage/[72088]" } } ]',
      '      },',
      '      "request": { "method": "PUT", "url": "Claim?identifier=urn:oid:1.2.3.4|[43087]" }',
      '    }',
      '  ]',
      '}',
    ].join('\n'),
  },
];

// ── X12 278 response, clearinghouse readable print ────────────────────────────────────────────────────────────
const resp278: Snippet[] = [
  ...lines({
    id: 's16-278p',
    kind: 's16-x12-278-response-print',
    before: 'Health Care Services Review — Response (278) · Printed 11/30/2026',
    text: [
      'UMO: SUMMIT HEALTH PLAN OF OREGON    Payer ID: [93021]',
      'Requester: CASCADE NERVE & PAIN CLINIC   Provider ID (SV): [97117]',
      'Address: 2300 NW Everett St, Portland, OR [97210]-3104',
      'Subscriber: TANAKA, MIRA   Member ID: SHP[64632]K1   Group: [80098]',
      'Certification number (REF*BB): 26A[98125]',
      'Service 1  Procedure: HC {64632} RT   Qty: 1 UN   Action: A1 Certified in total',
      'Service 2  Procedure: HC {64632} LT   Qty: 1 UN   Action: A4 Pended',
      'Service 3  Procedure: HC {64612}      Qty: 2 UN   Action: A3 Not certified — Reason 0U Additional patient information required',
      'Health care services delivery (HSD): VS 2 per 30 days',
      'Trace (TRN*2): [30143]-CASCADE   Contact: UM line 503-555-0147 ext [19077]',
    ].join('\n'),
  }),
];

// ── ajv JSON-schema validation output in a CI / pre-submission checker ────────────────────────────────────────
const ajv: Snippet[] = [
  {
    id: 's16-ajv',
    kind: 's16-ajv-validation-output',
    text: [
      'claims-batch-[20092].json invalid',
      '[',
      '  {',
      '    instancePath: "/claims/3/lines/0/procedureCode",',
      '    schemaPath: "#/definitions/line/properties/procedureCode/enum",',
      '    keyword: "enum",',
      '    params: { allowedValues: ["{64712}", "{64714}", "{64632}", "{64445}", "{64612}"] },',
      '    message: "must be equal to one of the allowed values"',
      '  },',
      '  {',
      '    instancePath: "/claims/3/billingProvider/zip",',
      '    schemaPath: "#/definitions/address/properties/zip/pattern",',
      '    keyword: "pattern",',
      '    params: { pattern: "^[0-9]{5}(-[0-9]{4})?$" },',
      '    message: "must match pattern", data: "[76102]-88"',
      '  },',
      '  {',
      '    instancePath: "/claims/7/lines/1/units",',
      '    keyword: "maximum",',
      '    params: { comparison: "<=", limit: 99 },',
      '    message: "must be <= 99", data: [64612]',
      '  }',
      ']',
    ].join('\n'),
  },
];

// ── Deposition transcript (page:line numbered), billing expert ────────────────────────────────────────────────
const depo: Snippet[] = [
  ...lines({
    id: 's16-depo',
    kind: 's16-deposition-transcript',
    before: 'Page 112',
    text: [
      ' 1      Q.   Ms. Alvarez, please look at Exhibit 7, MVH [00119].',
      ' 2   Can you tell me what code was billed on line 3?',
      ' 3      A.   Line 3 is {64632}, the destruction of the',
      ' 4   common digital nerve.',
      ' 5      Q.   And line 4?',
      ' 6      A.   {64632} again, with the LT modifier.',
      ' 7      Q.   Is the number at the top, [64632], the code?',
      " 8      A.   No, that is the practice's batch number. It",
      ' 9   happens to be the same digits. The codes are in the',
      '10   procedure column.',
      '11      Q.   Would you have billed {64445} for the block?',
      '12      A.   Only if it was documented as separate. Here I',
      '13   would report {64632} and nothing else.',
      '14      Q.   The invoice total was [13500], correct? Thirteen',
      '15   thousand five hundred?',
      '16      A.   $13,500, yes.',
      '17      Q.   Let me hand you Exhibit 42, Bates stamped MVH-[20941]',
      '18   through MVH-[20947]. Do you recognize it?',
      '19      A.   It is the remittance for the same claims. The',
      '20   payer paid {64632} on both lines and denied nothing.',
      '21      Q.   The check number there, [33871], that is the',
      "22   payer's check, not a code?",
      '23      A.   Correct.',
    ].join('\n'),
  }),
];

// ── CMS Open Payments general payment record ──────────────────────────────────────────────────────────────────
const openPay: Snippet[] = [
  ...table({
    id: 's16-openpay',
    kind: 's16-open-payments-record',
    caption: 'Open Payments Search Tool — General Payments, Program Year 2025',
    headers: ['Record ID', 'Physician', 'City', 'State', 'ZIP', 'Manufacturer', 'Nature of Payment', 'Amount'],
    rows: [
      ['1110147', 'OKAFOR, DANIEL', 'COLUMBUS', 'OH', '[43023]', 'NeuroFlex Devices', 'Food and Beverage', '$34.12'],
      ['1110148', 'OKAFOR, DANIEL', 'COLUMBUS', 'OH', '[43023]', 'NeuroFlex Devices', 'Consulting Fee', '$[64712]'],
      ['1110149', 'OKAFOR, DANIEL', 'COLUMBUS', 'OH', '[43023]-1187', 'Sciatix Inc', 'Travel and Lodging', '$1,288.40'],
    ],
  }),
  {
    id: 's16-openpay-detail',
    kind: 's16-open-payments-record',
    text: 'Context of payment: speaker fee for a dinner program on neurolytic destruction ({64632}) outcomes. Product: NeuroFlex RF Probe, NDC/device id [06155]. Dispute status: none.',
  },
];

// ── EHR telephone encounter note (patient calls about the code on a pre-service estimate) ────────────────────
const phoneNote: Snippet[] = [
  {
    id: 's16-tel-1',
    kind: 's16-telephone-encounter-note',
    text: [
      'Telephone Encounter · 11/30/2026 10:42 AM · Caller: patient (verified DOB, ZIP [48038])',
      'Reason for call: Billing question',
      'Pt states her plan (member ID ending [12056]) asked for the procedure code for her 12/09 surgery. Gave CPT {64712} (sciatic neuroplasty, right) per surgeon posting.',
      'Pt also asked about the nerve block listed on estimate #[63073]; advised anesthesia bills {64445} separately under its own tax ID.',
      'Callback number 419-555-0163. Pt to call plan back, ref # [91084]. Routed to PA team pool [10097].',
      'Signed: R. Moss, Patient Access Rep II',
    ].join('\n'),
  },
];

// ── Payer portal: claim reconsideration wizard, step 3 "Review and submit" ───────────────────────────────────
const reconWizard: Snippet[] = [
  ...lines({
    id: 's16-recon',
    kind: 's16-reconsideration-wizard-review',
    before: 'Step 3 of 3 · Review and submit',
    text: [
      'Original claim number: CLM-[55102]-07 · Date of service: 11/02/2026',
      'Reason for request: Coding/bundling disagreement',
      'Line(s) disputed: 2 — {64445} denied CO-97 as included in {64712}',
      'Requested correction: append modifier 59 to {64445}; no change to line 1 {64712}-RT',
      'Attachments (2): op_note_[45073].pdf · block_record.pdf',
      'Submitter: Riverbend Billing, TIN ending 4102, payer-assigned submitter [34102]',
      'Contact ZIP: [45012] · Phone: 513-555-0120',
      'Confirmation will show a case number like RC-[97229]; keep it for follow-up.',
    ].join('\n'),
  }),
];

// ── EHR build: provider procedure favorites list (admin grid) ─────────────────────────────────────────────────
const favorites: Snippet[] = [
  ...table({
    id: 's16-fav',
    kind: 's16-ehr-favorites-admin',
    caption: 'Preference List Editor — Provider: NAKAMURA, KEN (1457389021) — Procedure favorites',
    headers: ['Seq', 'Pref Item ID', 'Display Name', 'Proc Code', 'Default Mod', 'Dept', 'Last Edited By'],
    rows: [
      ['1', '[10174]', 'Sciatic neuroplasty', '{64712}', 'RT', '[30017]', 'jlowe'],
      ['2', '[10113]', 'Lumbar plexus neuroplasty', '{64714}', '', '[30017]', 'jlowe'],
      ['3', '[33047]', 'Digital nerve neurolysis', '{64632}', '', '[30017]', 'mpatel'],
      ['4', '[33057]', 'Sciatic block (single)', '{64445}', '', '[30052]', 'mpatel'],
      ['5', '[64714]', 'Facial chemodenervation', '{64612}', '', '[30052]', 'jlowe'],
    ],
  }),
];

// ── Payer analytics: top procedures by volume dashboard tiles and table ───────────────────────────────────────
const util: Snippet[] = [
  ...lines({
    id: 's16-util-tiles',
    kind: 's16-utilization-top-codes',
    before: 'Provider Performance Insights — Q3 2026',
    text: [
      'Members attributed: [27160]',
      'Claims processed: [70212]',
      'Top procedure: {64632} (digital nerve destruction)',
      'Avg days to pay: 14 · Clean claim rate 96.2%',
    ].join('\n'),
  }),
  ...table({
    id: 's16-util',
    kind: 's16-utilization-top-codes',
    caption: 'Top 5 procedure codes by allowed amount',
    headers: ['Rank', 'Procedure', 'Services', 'Allowed ($)', 'Peer median ($)', 'Variance'],
    rows: [
      ['1', '{64632} Destr nerve plantar digital', '[10023]', '1882110', '1704500', '+10.4%'],
      ['2', '{64712} Neuroplasty sciatic', '412', '[97059]', '[88200]', '+10.6%'],
      ['3', '{64445} N block sciatic single', '1940', '[64445]', '[61902]', '+4.0%'],
      ['4', '{64714} Neuroplasty lumbar plexus', '77', '[56093]', '[51330]', '+9.6%'],
      ['5', '{64612} Chemodenerv facial', '655', '[81107]', '[83640]', '-3.0%'],
    ],
  }),
];

// ── Locum tenens surgeon timesheet with procedure tally ───────────────────────────────────────────────────────
const timesheet: Snippet[] = [
  ...table({
    id: 's16-locum',
    kind: 's16-locum-timesheet',
    caption: 'Weekly Timesheet — Assignment #55044 — Week ending 11/28/2026',
    headers: ['Date', 'Facility', 'Hours', 'Cases', 'Procedures performed', 'Call'],
    rows: [
      ['11/23', 'Mercy Valley ASC', '10', '3', '{64712} x2, {64445} x1', 'N'],
      ['11/24', 'Mercy Valley ASC', '8', '2', '{64714}; {64632}-RT', 'Y'],
      ['11/25', 'Mercy Valley Main OR', '11', '4', '{64632} RT/LT, {64612}', 'N'],
    ],
  }),
  ...lines({
    id: 's16-locum-foot',
    kind: 's16-locum-timesheet',
    text: [
      'Assignment #[55044] · Agency job order [20122] · Facility cost center [45037]',
      'Physician signature ____  Facility approver ____  Submit to timesheets@agency by Monday noon.',
    ].join('\n'),
  }),
];

// ── Professional liability insurance application, procedure volume section ───────────────────────────────────
const malpractice: Snippet[] = [
  ...lines({
    id: 's16-pli',
    kind: 's16-malpractice-application',
    before: 'Physicians Professional Liability Application — Section 6: Scope of Practice',
    text: [
      'Policy no. (if renewal): PL-[60122]-OH   Practice ZIP: [44145]',
      'List procedures you performed in the last 12 months, with annual volume:',
      'a. Neuroplasty, sciatic nerve ({64712}) — 38 per year',
      'b. Neuroplasty, lumbar plexus ({64714}) — 6 per year',
      'c. Neurolytic destruction, plantar digital nerves {64632} — 210 per year',
      'd. Chemodenervation, facial nerve muscles (CPT {64612}) — 44 per year',
      'Do you perform any procedure under general anesthesia in an office setting?  ☐ Yes  ☒ No',
      'Prior carrier: Great Lakes Mutual, policy [19119], limits 1M/3M, retro date 07/01/2019',
      'Mailing address: 7100 Brecksville Rd, Independence, OH [44131]-5380',
    ].join('\n'),
  }),
];

// ── Encyclopedia-style article with inline citations ──────────────────────────────────────────────────────────
const encyclopedia: Snippet[] = [
  {
    id: 's16-enc-1',
    kind: 's16-encyclopedia-article',
    text: "Morton's neuroma is a benign neuroma of an intermetatarsal plantar nerve.[3] When conservative care fails, options include alcohol sclerosing injections and radiofrequency ablation; in the United States these are billed as chemical or thermal neurolysis of the plantar common digital nerve (CPT {64632}).[4]",
  },
  {
    id: 's16-enc-2',
    kind: 's16-encyclopedia-article',
    text: 'A 2019 cohort of [12097] patients reported symptom resolution in 71% after neurectomy.[5] Nerve blocks of the sciatic nerve ({64445}) are sometimes used for postoperative analgesia.[6]',
  },
  {
    id: 's16-enc-refs',
    kind: 's16-encyclopedia-article',
    text: [
      'References',
      '4. ^ "Coding neurolytic procedures of the foot". AAPC Knowledge Center. Retrieved 12 March 2024.',
      '5. ^ Bennett GL, et al. "Outcomes of neurectomy". Foot Ankle Int. 40 (4): 401–9. doi:10.1177/107110071882. PMID 30585084.',
      '6. ^ Hadzic A (2017). Textbook of Regional Anesthesia. McGraw-Hill. pp. 512–19. ISBN 978-0-071-[71759]-2.',
    ].join('\n'),
  },
];

// ── ASC block swap / add-on case request form (scheduling) ────────────────────────────────────────────────────
const blockSwap: Snippet[] = [
  ...lines({
    id: 's16-swap',
    kind: 's16-asc-block-swap-request',
    before: 'Lakeview Surgery Center — Block Release / Add-on Case Request',
    text: [
      'Requesting surgeon: Dr. A. Whitfield   Block owner: Podiatry group [27049]',
      'Releasing: Thu 12/10 OR 2, 07:30–11:30 (block ID [63094])',
      'Add-on case: PATEL, R · MRN [90201] · Est. 45 min',
      'Procedure: neurolysis plantar digital nerve, left ({64632}-LT)',
      'Second procedure: {64632}-RT, staged 2 weeks later, same block template',
      'Anesthesia: ankle block by surgeon, no separate {64445}',
      'Equipment: RF generator #[02176], cryo unit not needed',
      'Approved: ☐ OR manager  ☐ Anesthesia  Fax back to ext. [41071]',
    ].join('\n'),
  }),
];

// ── Payer PLB provider-level adjustment detail screen (835) ───────────────────────────────────────────────────
const plb: Snippet[] = [
  ...table({
    id: 's16-plb',
    kind: 's16-plb-adjustment-detail',
    caption: 'Provider Adjustments (PLB) — Check/EFT TRN 1Z77310449 · Fiscal period end 12/31/2026',
    headers: ['Adj Reason', 'Reference ID', 'Amount', 'Applies to claim', 'Orig. line'],
    rows: [
      ['WO Overpayment recovery', 'CL-[44018]', '-412.50', '2226298440181', '{64445} 59'],
      ['FB Forwarding balance', '[80110]', '-1,210.00', '2226301119020', '{64712} RT'],
      ['L6 Interest owed', '[00186]', '12.44', '2226305907704', ''],
      ['72 Authorized return', 'REF [64612]', '-96.00', '2226310270135', '{64612}'],
    ],
  }),
];

// ── Claim correction checklist (billing office handout) ───────────────────────────────────────────────────────
const correction: Snippet[] = [
  ...lines({
    id: 's16-fix',
    kind: 's16-claim-correction-checklist',
    before: 'Before you resubmit — corrected claim checklist (freq. code 7)',
    text: [
      '☐ Original claim ICN in box 22 (e.g. 202633045870), not the patient account number.',
      '☐ Procedure line changed? Report the full claim again, e.g. {64712}-RT plus {64445}-59, not only the line that changed.',
      '☐ Bilateral {64632}: two lines RT/LT, 1 unit each, unless the payer wants 50 on one line.',
      '☐ Units: {64612} is reported once per session, not per muscle.',
      '☐ Billing provider ZIP+4 must match enrollment: ours is [43215]-2712.',
      '☐ Do not put the patient account number (e.g. ACCT [64714]) in box 22; payers reject it.',
      '☐ Attach the op note when the change is to {64714}.',
    ].join('\n'),
  }),
];

// ── Job board posting for a procedural coder ──────────────────────────────────────────────────────────────────
const jobPost: Snippet[] = [
  ...lines({
    id: 's16-job',
    kind: 's16-job-posting-coder',
    before: 'Careers · Revenue Cycle',
    text: [
      'Coding Specialist II – Pain & Peripheral Nerve (Remote)  Req #[25871]',
      'Location: Grand Rapids, MI [49503] · Remote eligible in MI, OH, IN',
      'You will abstract and code procedures such as neurolytic destruction ({64632}), sciatic neuroplasty ({64712}, {64714}) and peripheral blocks ({64445}).',
      'Experience with chemodenervation ({64612}) edits and NCCI is a plus.',
      'Salary: $[58000] – $[71500] depending on credential',
      'Posted 11/27/2026 · 143 applicants · Job ID [88416]',
      'Apply by 12/15 · Recruiter: T. Banks, ext. [11702] · EOE · Facility code [27932]',
    ].join('\n'),
  }),
];

// ── PACU patient tracking board (recovery status) ─────────────────────────────────────────────────────────────
const pacu: Snippet[] = [
  ...table({
    id: 's16-pacu',
    kind: 's16-pacu-tracking-board',
    caption: 'PACU Tracker — Main Campus — 11/30/2026 13:05',
    headers: ['Bay', 'Patient', 'Case #', 'Procedure', 'Surgeon', 'In PACU', 'Aldrete', 'Status'],
    rows: [
      ['P4', 'RUIZ, M', '[26614]', 'Neuroplasty sciatic RT ({64712})', 'Okafor', '12:31', '8', 'Phase II'],
      ['P5', 'LIN, S', '[26618]', 'Plantar digital neurolysis {64632}', 'Whitfield', '12:40', '9', 'Ready d/c'],
      ['P6', 'ABBOTT, J', '[26621]', 'Lumbar plexus neuroplasty', 'Okafor', '12:58', '6', 'Phase I'],
      ['P7', 'DIAZ, K', '[26629]', 'Sciatic block {64445} + ORIF', 'Meyer', '13:02', '7', 'Phase I'],
    ],
  }),
];

// ── Mailroom correspondence scan log (payer letters) ──────────────────────────────────────────────────────────
const mailroom: Snippet[] = [
  ...table({
    id: 's16-mail',
    kind: 's16-correspondence-scan-log',
    caption: 'Correspondence Imaging — Batch 11/30 AM — indexed by D. Cole',
    headers: ['Image ID', 'Received', 'Payer', 'Letter type', 'Claim / Acct', 'Codes cited', 'Route to'],
    rows: [
      ['[38817]', '11/27', 'Buckeye Mutual', 'Medical records request', 'ACCT [72631]', '{64712}', 'HIM'],
      [
        '[38818]',
        '11/27',
        'Summit HP',
        'Denial – not medically necessary',
        'ACCT [72655]',
        '{64632}, {64632}',
        'Appeals',
      ],
      ['[38819]', '11/28', 'TRICARE East', 'Overpayment notice', 'ACCT [72680]', '', 'Refunds'],
      ['[38822]', '11/28', 'Great Lakes WC', 'Fee schedule reduction', 'ACCT [64632]', '{64445}', 'Posting'],
    ],
  }),
];

// ── EHR best-practice advisory pop-up when ordering ───────────────────────────────────────────────────────────
const bpa: Snippet[] = [
  {
    id: 's16-bpa-1',
    kind: 's16-ehr-bpa-alert',
    text: 'Prior authorization may be required. The order for procedure {64714} (neuroplasty, lumbar plexus) is for a patient covered by Summit Health Plan, which lists {64714} and {64712} on its prior-authorization list effective 01/01/2027.',
  },
  {
    id: 's16-bpa-2',
    kind: 's16-ehr-bpa-alert',
    text: 'No authorization on file for this encounter (CSN [58663]). Acknowledge reason: ○ Auth pending ○ Urgent/emergent ○ Payer not requiring auth. Alert ID [90706] · Displayed 3 times for this patient.',
  },
];

// ── Bulk rebill job log (PM system batch utility) ─────────────────────────────────────────────────────────────
const rebill: Snippet[] = [
  {
    id: 's16-rebill',
    kind: 's16-bulk-rebill-job-log',
    text: [
      '2026-11-30 06:00:02 JOB [51734] START rebill_by_rule rule=MOD59_ADD',
      '2026-11-30 06:00:02 criteria: payer in (BMH, SHP) and dos >= 2026-09-01 and proc = {64445} and linked_proc in ({64712},{64714})',
      '2026-11-30 06:00:09 selected [18436] candidate lines, excluded 212 (already modified)',
      '2026-11-30 06:01:44 updated line acct=[72631] seq=2 proc {64445} mods: "" -> "59"',
      '2026-11-30 06:01:44 updated line acct=[72655] seq=3 proc {64445} mods: "" -> "59"',
      '2026-11-30 06:14:10 claims regenerated: 1,406; batch file 837P_[61258].txt; bytes 4,801,226',
      '2026-11-30 06:14:10 JOB [51734] END rc=0 elapsed=848s',
      '2026-11-30 06:14:11 notify: queue RB-[75201] owner=billing-ops; next run job [51735] scheduled 2026-12-01 06:00',
    ].join('\n'),
  },
];

// ── Supply chain par-level report for a procedure room ────────────────────────────────────────────────────────
const par: Snippet[] = [
  ...table({
    id: 's16-par',
    kind: 's16-supply-par-report',
    caption: 'Par Level Report — Procedure Room 3 (cost center 7410) — Lawson item master',
    headers: ['Item #', 'Description', 'UOM', 'Par', 'On hand', 'Reorder', 'Vendor #', 'Used for'],
    rows: [
      ['[31874]', 'RF probe 22G 100mm 10mm tip', 'EA', '12', '4', 'Y', '[76250]', '{64632}'],
      ['[31876]', 'Dehydrated alcohol 98% 1 mL amp', 'BX', '6', '7', 'N', '[76251]', '{64632}'],
      ['[40533]', 'Stimulating needle 100mm', 'EA', '20', '9', 'Y', '[68419]', '{64445}'],
      ['[64712]', 'Nerve wrap 2.5 x 20 mm', 'EA', '4', '2', 'Y', '[68419]', 'Neuroplasty'],
    ],
  }),
];

// ── PM system CMS-1500 print image (text file sent to a paper-claims vendor) ──────────────────────────────────
const printImage: Snippet[] = [
  {
    id: 's16-1500-print',
    kind: 's16-cms1500-print-image',
    text: [
      '                                                            SUMMIT HEALTH PLAN',
      '                                                            PO BOX [30412]',
      '                                                            PORTLAND OR [97294]',
      ' X                                                                   SHP[64632]K1',
      ' TANAKA MIRA                   06 14 1971 F  TANAKA MIRA',
      ' 88 SE ALDER ST                    X        88 SE ALDER ST',
      ' PORTLAND                       OR           PORTLAND                  OR',
      ' [97214]        503 5550191                   [97214]        503 5550191',
      '',
      ' 11 02 26 11 02 26 24    {64632}  RT           A      960 00    1     1386729405',
      ' 11 02 26 11 02 26 24    {64632}  LT           A      880 00    1     1386729405',
      ' 11 02 26 11 02 26 24    {64445}               A      310 00    1     1386729405',
      ' 93-1188402       X   CASC[41337]    X      2150 00',
      '                                    CASCADE NERVE & PAIN CLINIC',
      '                                    2300 NW EVERETT ST',
      '                                    PORTLAND OR 972103104',
    ].join('\n'),
  },
];

// ── Hospital financial assistance application (charity care), filled PDF form as text ────────────────────────
const fap: Snippet[] = [
  ...lines({
    id: 's16-fap',
    kind: 's16-financial-assistance-application',
    before: 'Financial Assistance Application — Mercy Valley Health (please print)',
    text: [
      'Guarantor account no.: [58241]   Hospital account(s): [58247], [58250]',
      'Household size: 4   Annual gross household income: $[52870]',
      'Monthly rent/mortgage: $1,350   Other medical debt: $[11640] (Valley Ortho)',
      'Home address: 1418 Fremont Ave, Toledo, OH [43607]',
      'Service you are applying for: scheduled foot surgery 12/14 (procedure code {64632} on my estimate) and anesthesia',
      'Employer: Lucas County Schools, employee no. [20575]',
      'Office use only: FPL 185% · Discount tier B · Approved by [51960] on ____',
    ].join('\n'),
  }),
];

// ── Collection agency placement file (fixed columns, pipe-delimited) ──────────────────────────────────────────
const placement: Snippet[] = [
  ...lines({
    id: 's16-coll',
    kind: 's16-collections-placement-file',
    before: 'PLACEMENT_MVH_20261130.txt — 4 accounts',
    text: [
      'ACCT|NAME|ZIP|DOS|PROC|BAL_CENTS|LAST_PMT|CLIENT',
      '[58302]|HOLLIS R|[43611]|20260412|{64712}|[41822]|20260601|MVH01',
      '[58319]|NGUYEN T|[43623]|20260519|{64445}|[38750]|NONE|MVH01',
      '[58344]|BRANDT L|[43560]|20260602|{64632}|[96420]|20260715|MVH01',
      '[58361]|OWUSU A|[43537]|20260630|{64612}|[27050]|NONE|MVH01',
      'TRAILER|COUNT=4|TOTAL_CENTS=204042',
    ].join('\n'),
  }),
];

// ── AMA CPT code change application (public summary of panel action) ─────────────────────────────────────────
const cptCcp: Snippet[] = [
  ...lines({
    id: 's16-ccp',
    kind: 's16-cpt-code-change-proposal',
    before: 'CPT Editorial Panel — Summary of Panel Actions, February 2027',
    text: [
      'Tab 31 · Neuroplasty of Peripheral Nerves · Tracking no. ED091',
      'Codes affected: {64712}, {64714}',
      'Panel action: Revised {64712} to clarify that release of the sciatic nerve at the piriformis is included; accepted editorial revision to {64714} descriptor.',
      'Requestor: AAOS · CPT Advisor comment period closed 01/09/2027 · Interested parties: 14',
      'Related: no change to {64445}; RUC review requested for April 2027 meeting.',
      'CCP log no. [26233] · Staff contact ext. [73315]',
    ].join('\n'),
  }),
];

// ── Actuarial claims lag triangle (IBNR) with a carve-out row ─────────────────────────────────────────────────
const lag: Snippet[] = [
  ...table({
    id: 's16-lag',
    kind: 's16-ibnr-lag-triangle',
    caption: 'Paid claims lag triangle ($) — Peripheral nerve carve-out — as of 10/31/2026',
    headers: ['Incurred month', 'Lag 0', 'Lag 1', 'Lag 2', 'Lag 3', 'Completion factor'],
    rows: [
      ['2026-06', '[18214]', '[46930]', '[12877]', '3114', '0.982'],
      ['2026-07', '[21408]', '[51266]', '[10392]', '', '0.951'],
      ['2026-08', '[17743]', '[48801]', '', '', '0.874'],
      ['Carve-out codes {64712}/{64714}, {64632}', '', '', '', '', ''],
    ],
  }),
];

// ── Patient self check-in kiosk receipt ───────────────────────────────────────────────────────────────────────
const kiosk: Snippet[] = [
  ...lines({
    id: 's16-kiosk',
    kind: 's16-kiosk-checkin-receipt',
    before: 'Welcome, MIRA! You are checked in.',
    text: [
      'Appointment #[73940] · 12/09/2026 7:15 AM',
      'Visit: Procedure – Foot (neurolysis, CPT {64632})',
      'Copay collected: $0.00 · Deductible remaining: $1,250',
      'Queue number: A-17 · Please take a seat in Waiting Area 2',
      'Questions? Call 503-555-0191 · Kiosk [10488]',
    ].join('\n'),
  }),
];

// ── X12 837P with PPO repricing (HCP) segments, raw from a repricer's outbound file ──────────────────────────
const hcp: Snippet[] = [
  {
    id: 's16-837-hcp',
    kind: 's16-x12-837p-hcp-repriced',
    text: [
      'CLM*ACCT[58302]*2750***22:B:1*Y*A*Y*Y~',
      'REF*9A*RP[76384]~',
      'REF*9C*[66210]~',
      'HI*ABK:G5701~',
      'LX*1~',
      'SV1*HC:{64712}:RT*2400*UN*1***1~',
      'DTP*472*D8*20260412~',
      'REF*6R*[00001]~',
      'HCP*03*2400*1512.40*[66210]*0.63~',
      'LX*2~',
      'SV1*HC:{64445}*350*UN*1***1~',
      'DTP*472*D8*20260412~',
      'REF*6R*[00002]~',
      'HCP*03*350*0*[66210]***N1~',
      'NM1*PR*2*BUCKEYE MUTUAL HEALTH*****PI*[31274]~',
    ].join('\n'),
  },
];

// ── After-visit summary (AVS) printout, patient copy ──────────────────────────────────────────────────────────
const avs: Snippet[] = [
  ...lines({
    id: 's16-avs',
    kind: 's16-after-visit-summary',
    before: 'AFTER VISIT SUMMARY — Cascade Nerve & Pain Clinic — 11/30/2026',
    text: [
      'Today you saw Dr. Whitfield for: Morton neuroma, left foot',
      "What's next: Procedure 12/09/2026 7:15 AM, Suite 210 — nerve ablation, left foot",
      'Your plan may need this code for approval: {64632}',
      'Your pharmacy: Fremont Drug, 4411 SE Hawthorne Blvd, Portland OR [97215]',
      'Visit ID (CSN): [54213] · MyChart activation code: 7KQ2M-[60510]-XRT',
      'Weight 71.4 kg · BP 128/76 · Pulse 72',
      'Billing questions: 503-555-0102, option 3 · Guarantor [97225]',
    ].join('\n'),
  }),
];

// ── Payer portal secure file download list (remits, reports, letters) ────────────────────────────────────────
const downloads: Snippet[] = [
  ...table({
    id: 's16-dl',
    kind: 's16-portal-file-download-list',
    caption: 'Document Center — Files available for Tax ID ending 4102 (last 30 days)',
    headers: ['File name', 'Type', 'Posted', 'Size (bytes)', 'Downloaded by'],
    rows: [
      ['ERA_835_[60477]_20261130.zip', '835', '11/30/2026', '[48213]', '—'],
      ['ERA_835_[60478]_20261123.zip', '835', '11/23/2026', '[31955]', 'jlowe'],
      ['PA_LETTER_{64632}_APPROVED_TANAKA.pdf', 'Letter', '11/20/2026', '[87340]', 'mpatel'],
      ['FEE_SCHEDULE_2027_LOC_[20466].csv', 'Fee schedule', '11/15/2026', '2410988', 'jlowe'],
      ['PROVIDER_RECON_[52318].pdf', 'Report', '11/02/2026', '[15233]', '—'],
    ],
  }),
];

export const sealed16: Snippet[] = [
  ...addon,
  ...capc,
  ...partB,
  ...ruc,
  ...doj,
  ...opinion,
  ...cpb,
  ...txBundle,
  ...resp278,
  ...ajv,
  ...depo,
  ...openPay,
  ...phoneNote,
  ...reconWizard,
  ...favorites,
  ...util,
  ...timesheet,
  ...malpractice,
  ...encyclopedia,
  ...blockSwap,
  ...plb,
  ...correction,
  ...jobPost,
  ...pacu,
  ...mailroom,
  ...bpa,
  ...rebill,
  ...par,
  ...printImage,
  ...fap,
  ...placement,
  ...cptCcp,
  ...lag,
  ...kiosk,
  ...hcp,
  ...avs,
  ...downloads,
];
