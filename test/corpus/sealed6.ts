import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 6 (issue 11). `sealed5.ts` was scored and becomes tuning data; this set replaces it as the blind one.
 * It was written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on these snippets.
 * Its page shapes (`kind`, prefixed `s6-`) appear in no other corpus file. Score it once; do not edit a snippet to
 * make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Some decoys reuse those digits; about a third of the
 * decoys are numbers of the 10,000-code synthetic set (KNOWN_10K) used as ZIPs, account and batch numbers, CDM and
 * ledger numbers, contract ids, amounts in cents and counts, so the 10k score means something. No other five-digit
 * CPT code appears in a coding context (it would be unknown to KNOWN_5 and so an unfair miss).
 *
 * Shapes built on real public document layouts (field and column names, line order; our codes swapped in): the
 * Medicare Standard Paper Remittance (SPR) text layout (PERF PROV / SERV DATE / POS / NOS / PROC / MODS columns,
 * NAME / HIC / ACNT / ICN / ASG / MOA claim header, CLAIM TOTALS, NET, PLB; as described on the Noridian "Remittance
 * Advice Field Descriptions", CGS "Remittance Advice Instructions Tool" and Palmetto GBA remittance pages), the CMS PFS relative value file PPRRVU (comma-delimited release rows: HCPCS, MOD, DESCRIPTION,
 * STATUS CODE, WORK RVU, …, GLOB DAYS, PRE/INTRA/POST, MULT PROC, BILAT SURG), Federal Register PFS final-rule
 * tables (“CY work RVU recommendations”: HCPCS, descriptor, RUC-recommended and CMS work RVU, CMS time refinement),
 * an X12 837P clearinghouse loop-tree viewer (Loop 2300 CLM, 2400 LX/SV1/DTP, REF*6R), FHIR R4 Invoice
 * (lineItem.chargeItemCodeableConcept, priceComponent), HHS-OIG audit report text (report number A-0x-yy-nnnnn,
 * findings, recommendations), the CMS Medicare Claims Processing Manual chapter text (chapter 12 section numbering,
 * transmittal references), state workers' compensation medical fee schedule tables (code, modifier, description,
 * RVU, maximum fee, follow-up days), and commercial payer reimbursement policy documents (policy number, applicable
 * codes, modifier 50/RT/LT rules, history). The other shapes (hospital-account transaction detail, CPT Assistant-style
 * Q&A, billing-system release notes, payer portal live chat, PWK attachment cover sheet, corrected-claim request
 * form, internal GraphQL response, pain clinic procedure log, EHR billing advisory, referral authorization screen,
 * patient payment receipt, letter of medical necessity) are written the way those pages read, with no single public
 * source.
 */

// ── Medicare Standard Paper Remittance (SPR), printed from the MAC portal as text, one div per line ──
const spr: Snippet[] = lines({
  id: 's6-spr',
  kind: 's6-medicare-spr',
  text: [
    'NOVITAS SOLUTIONS INC                         MEDICARE',
    'PO BOX 3395                                   REMITTANCE',
    'MECHANICSBURG PA [17055]-1849                  ADVICE',
    'RIVERBEND NEURO AND PAIN LLC                  PROVIDER #: 1093847561',
    '1100 OLENTANGY RIVER RD                       PAGE #: 1 OF 2',
    'COLUMBUS OH [43212]-3315                       DATE: 11/12/2026',
    '                                              CHECK/EFT #: 883104471',
    'PERF PROV  SERV DATE   POS NOS PROC  MODS      BILLED   ALLOWED   DEDUCT   COINS  GRP/RC-AMT    PROV PD',
    'NAME HARPER, LENA          MID 1EG4TE5MK73  ACNT [48201]-HL  ICN 0226315402130  ASG Y  MOA MA01',
    '1184729305 1101 110126 11   1 {64712} RT       2400.00    812.43     0.00   162.49  CO-45 1587.57   649.94',
    '1184729305 1101 110126 11   1 {64445} RT 51     610.00    127.30     0.00    25.46  CO-45  482.70   101.84',
    'PT RESP     187.95                  CLAIM TOTALS       3010.00    939.73     0.00   187.95        2070.27   751.78',
    'ADJ TO TOTALS: PREV PD 0.00  INTEREST 0.00  LATE FILING CHARGE 0.00         NET   751.78',
    'NAME OKAFOR, DANIEL         MID 7QW2RR8TK41  ACNT [64714]-DO  ICN 0226315402131  ASG Y  MOA MA01 MA18',
    '1184729305 1103 110326 22   2 {64632} 50       1840.00    498.62     0.00    99.72  CO-45 1341.38   398.90',
    '1184729305 1103 110326 22   1 {64612}          720.00      0.00     0.00     0.00  CO-97  720.00     0.00',
    'REM: N390 M80',
    'TOTALS: # OF  BILLED   ALLOWED   DEDUCT   COINS   TOTAL     PROV PD   PROV    CHECK',
    '        CLAIMS AMT     AMT       AMT      AMT     RC-AMT    AMT       ADJ AMT AMT',
    '        4      5570.00   1437.97   0.00     287.63  3569.95   1150.68   0.00    1150.68',
    'NOVITAS SOLUTIONS INC   PROVIDER #: 1093847561   PAGE #: 2 OF 2   DATE: 11/12/2026',
    'NAME SINGH, PRIYA          MID 3HJ8UA2PX90  ACNT [52718]-PS  ICN 0226315402488  ASG Y  MOA MA01',
    '1558301142 1105 110526 24   1 {64714} LT 80     310.00     96.11     0.00    19.22  CO-45  213.89    76.89',
    '1558301142 1105 110526 24   1 {64445} LT        610.00    127.30   127.30     0.00  PR-1   127.30     0.00',
    'CNTL #: [36180]-2   PT RESP 127.30   CLAIM TOTALS  920.00  223.41  127.30  19.22  310.59  76.89',
    'PROVIDER ADJ DETAILS: PLB REASON CODE  FCN                 HIC          AMOUNT',
    '                      WO               0226287700455  1EG4TE5MK73       -42.10',
  ].join('\n'),
});

// ── CMS PFS relative value file PPRRVU, comma-delimited release rows opened in a browser tab ──
const pprrvu: Snippet[] = lines({
  id: 's6-pprrvu',
  kind: 's6-pprrvu-file',
  text: [
    'PPRRVU27 - RVU27D (October release) - Source file layout in RVUPUF27.pdf',
    'HCPCS,MOD,DESCRIPTION,STATUS CODE,NOT USED FOR MEDICARE PAYMENT,WORK RVU,NON-FAC PE RVU,NON-FAC NA INDICATOR,FACILITY PE RVU,FACILITY NA INDICATOR,MP RVU,NON-FACILITY TOTAL,FACILITY TOTAL,PCTC IND,GLOB DAYS,PRE OP,INTRA OP,POST OP,MULT PROC,BILAT SURG,ASST SURG,CO-SURG,TEAM SURG,ENDO BASE,CONV FACTOR',
    '{64445},,N block inj sciatic sng,A,,1.39,3.12,,0.45,,0.12,4.63,1.96,0,000,0.00,0.00,0.00,2,1,1,0,0,,33.4009',
    '{64612},,Destroy nerve face muscle,A,,1.41,2.47,,1.20,,0.11,3.99,2.72,0,010,0.10,0.80,0.10,2,1,1,0,0,,33.4009',
    '{64632},,N block inj common digit,A,,1.23,1.88,,0.62,,0.10,3.21,1.95,0,010,0.10,0.80,0.10,2,1,1,0,0,,33.4009',
    '{64712},,Neuroplasty sciatic nerve,A,,8.12,NA,NA,6.01,,1.58,NA,15.71,0,090,0.09,0.84,0.07,2,1,2,1,0,,33.4009',
    '{64714},,Neuroplasty lumbar plexus,A,,7.45,NA,NA,5.88,,1.44,NA,14.77,0,090,0.09,0.84,0.07,2,0,2,1,0,,33.4009',
    'Rows 11,204 of [12208] shown. File size [40644] KB - download PPRRVU27_OCT.zip to see all rows.',
  ].join('\n'),
});

// ── Federal Register PFS final rule, work RVU recommendations table (HTML table on federalregister.gov) ──
const fedreg: Snippet[] = [
  ...table({
    id: 's6-fedreg',
    kind: 's6-fedreg-rule-table',
    caption: 'TABLE 19—CY 2027 Work RVUs for New, Revised, and Potentially Misvalued Codes',
    headers: [
      'HCPCS code',
      'Descriptor',
      'Current work RVU',
      'RUC recommended work RVU',
      'CMS work RVU',
      'CMS time refinement',
    ],
    rows: [
      ['{64712}', 'Neuroplasty major peripheral nerve; sciatic nerve', '8.12', '8.00', '7.86', 'Yes'],
      ['{64714}', 'Neuroplasty major peripheral nerve; lumbar plexus', '7.45', '7.45', '7.45', 'No'],
      ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve', '1.23', '1.23', '1.20', 'No'],
    ],
  }),
  {
    id: 's6-fedreg-prose',
    kind: 's6-fedreg-rule-table',
    text: 'For CPT code {64712}, we are proposing a work RVU of 7.86 instead of the RUC-recommended 8.00, based on the reduction in intraservice time from 90 to 75 minutes. The RUC also reviewed CPT codes {64714} and {64445} at the April 2026 meeting; we refer readers to the comment summary at 91 FR [53041].',
    before: '(14) Neuroplasty of Major Peripheral Nerves (CPT codes 64712 and 64714)',
  },
  {
    id: 's6-fedreg-frdoc',
    kind: 's6-fedreg-rule-table',
    text: '[FR Doc. 2026-[24230] Filed 11-1-26; 4:15 pm] BILLING CODE 4120-01-P',
    before: 'Dated: October 28, 2026.',
  },
];

// ── Clearinghouse 837P loop-tree viewer (indented tree, one div per node) ──
const loopViewer: Snippet[] = lines({
  id: 's6-loop',
  kind: 's6-x12-loop-viewer',
  text: [
    'File: RBNP_837P_20261104_[07262].txt   Batch [31101]   Claims 3   Status: Accepted',
    '▾ ISA Interchange Control Header   Control # 000043155',
    '  ▾ GS Functional Group   Group # [43155]',
    '    ▾ 2000A Billing Provider HL',
    '      2010AA NM1*85 RIVERBEND NEURO AND PAIN   N4 COLUMBUS OH [43212]-3315',
    '      ▾ 2000B Subscriber HL   SBR*P*18*GRP[20843]******CI',
    '        2010BB NM1*PR Payer: OHIO VALLEY HEALTH PLAN   PI [88583]',
    '        ▾ 2300 Claim   CLM*RB[61330]*3850***11:B:1*Y*A*Y*Y   Total $3,850.00',
    '            HI ABK:G5781  ABF:M5416',
    '          ▾ 2400 Service Line 1   LX*1',
    '              SV1 Procedure HC:{64712}:RT  Charge 2400  Units 1  Pointer 1:2',
    '              DTP*472 D8 20261104   REF*6R L[59062]A',
    '          ▾ 2400 Service Line 2   LX*2',
    '              SV1 Procedure HC:{64445}:LT:59  Charge 610  Units 1  Pointer 1',
    '              DTP*472 D8 20261104   REF*6R L[59062]B',
    '          ▾ 2400 Service Line 3   LX*3',
    '              SV1 Procedure HC:{64612}  Charge 840  Units 2  Pointer 2',
    '    SE Transaction Set Trailer   Segments 48   ST02 [00811]',
  ].join('\n'),
});

// ── FHIR R4 Invoice resource (pretty-printed JSON in a developer console / integration viewer) ──
const fhirInvoice: Snippet[] = lines({
  id: 's6-fhir-inv',
  kind: 's6-fhir-invoice',
  text: [
    '{',
    '  "resourceType": "Invoice",',
    '  "id": "inv-[72655]",',
    '  "identifier": [{ "system": "urn:oid:2.16.840.1.113883.3.7262.4", "value": "[36611]" }],',
    '  "status": "issued",',
    '  "subject": { "reference": "Patient/[64714]" },',
    '  "date": "2026-11-06",',
    '  "lineItem": [',
    '    { "sequence": 1, "chargeItemCodeableConcept": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}", "display": "Destroy nerve, plantar digital" }] },',
    '      "priceComponent": [{ "type": "base", "amount": { "value": 920.00, "currency": "USD" } }] },',
    '    { "sequence": 2, "chargeItemCodeableConcept": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64445}" }] },',
    '      "priceComponent": [{ "type": "base", "amount": { "value": 610.00, "currency": "USD" } }, { "type": "discount", "code": { "text": "contract [10733]" }, "amount": { "value": -122.00 } }] }',
    '  ],',
    '  "totalNet": { "value": 1408.00, "currency": "USD" },',
    '  "account": { "reference": "Account/HAR-[85748]" },',
    '  "paymentTerms": "Net 30; remit to lockbox [45388]"',
    '}',
  ].join('\n'),
});

// ── Hospital account (HAR) transaction detail grid ──
const har: Snippet[] = table({
  id: 's6-har',
  kind: 's6-har-transactions',
  caption: 'Hospital Account 4400718 — Transaction Detail — Guarantor HARPER,LENA',
  headers: [
    'Post Date',
    'Svc Date',
    'Tx ID',
    'Type',
    'Proc',
    'CPT®/HCPCS',
    'Mod',
    'Qty',
    'Amount',
    'Cost Ctr',
    'Batch',
  ],
  rows: [
    [
      '11/06/26',
      '11/04/26',
      '[90174]',
      'Charge',
      '3600412 NEUROPLASTY SCIATIC',
      '{64712}',
      'RT',
      '1',
      '2,400.00',
      '[46097]',
      'CHG-[17730]',
    ],
    [
      '11/06/26',
      '11/04/26',
      '[90175]',
      'Charge',
      '3600438 NERVE BLOCK SCIATIC',
      '{64445}',
      'RT',
      '1',
      '610.00',
      '[46097]',
      'CHG-[17730]',
    ],
    [
      '11/06/26',
      '11/04/26',
      '[90176]',
      'Charge',
      '3600455 CHEMODENERV FACIAL',
      '{64612}',
      '',
      '2',
      '1,680.00',
      '[46097]',
      'CHG-[17730]',
    ],
    ['11/18/26', '', '[90412]', 'Payment', 'OHIO VALLEY HP EFT', '', '', '', '-1,943.20', '', 'PMT-[22008]'],
    ['11/18/26', '', '[90413]', 'Adjustment', '4010 CONTRACTUAL', '', '', '', '-2,746.80', '', 'PMT-[22008]'],
  ],
});

// ── HHS-OIG audit report (PDF text layer / HTML report page) ──
const oig: Snippet[] = [
  {
    id: 's6-oig-cover',
    kind: 's6-oig-audit-report',
    text: 'Report No. A-05-26-[00031]   November 2026\nMedicare Improperly Paid Physicians for Neuroplasty Services Billed With Nerve Block Injections',
  },
  {
    id: 's6-oig-found',
    kind: 's6-oig-audit-report',
    text: 'Of the 100 sampled claim lines, 41 did not comply with Medicare requirements. For 27 lines the physician billed neuroplasty (CPT code {64712}) and a sciatic nerve block ({64445}) on the same date of service for the same nerve, and the block was integral to the procedure. Medicare paid $[33851] for these lines.',
    before: 'WHAT WE FOUND',
  },
  {
    id: 's6-oig-est',
    kind: 's6-oig-audit-report',
    text: 'On the basis of our sample results, we estimated that Medicare made improper payments of at least $4.2 million for [15662] claim lines during our audit period, submitted by [18645] physicians.',
    before: 'Our objective was to determine whether',
  },
  {
    id: 's6-oig-rec',
    kind: 's6-oig-audit-report',
    text: 'We recommend that CMS direct the MACs to implement a system edit that denies {64445} when billed with {64712} or {64714} by the same provider on the same date without modifier 59 or XS support.',
    before: 'WHAT WE RECOMMEND',
  },
  {
    id: 's6-oig-appx',
    kind: 's6-oig-audit-report',
    text: 'APPENDIX B: STATISTICAL SAMPLING METHODOLOGY\nSampling frame: [68321] claim lines for HCPCS {64712}, {64714} and {64632} with dates of service January 1, 2024, through December 31, 2025, totaling $6,120,432.',
  },
];

// ── CPT Assistant-style coding Q&A newsletter ──
const qa: Snippet[] = [
  {
    id: 's6-qa-q1',
    kind: 's6-cpt-assistant-qa',
    text: 'Question: A patient with recurrent Morton neuroma receives a neurolytic injection to the third common digital nerve of each foot in one session. Is {64632} reported once with modifier 50, or twice?',
    before: 'Coding Brief — Volume 36, Issue 11',
  },
  {
    id: 's6-qa-a1',
    kind: 's6-cpt-assistant-qa',
    text: 'Answer: Code {64632} is reported once per nerve. For the bilateral procedure, report {64632}-50, one unit. Do not report imaging guidance separately; it is included in {64632}.',
    before: 'Question: A patient with recurrent Morton neuroma',
  },
  {
    id: 's6-qa-q2',
    kind: 's6-cpt-assistant-qa',
    text: 'Question: May {64612} be reported per muscle when chemodenervation of the facial muscles is performed on both sides for hemifacial spasm?',
  },
  {
    id: 's6-qa-a2',
    kind: 's6-cpt-assistant-qa',
    text: 'Answer: No. {64612} describes the procedure per side; append modifier 50 when performed bilaterally. See also the article in the March 2019 issue, page 7, and errata reference [24917].',
  },
  {
    id: 's6-qa-ref',
    kind: 's6-cpt-assistant-qa',
    text: 'Subscriber services: call 800-621-8335 or write to Customer Service, PO Box [74560], Chicago IL [60654]. Subscription ID [13675].',
    before: 'CPT Assistant',
  },
];

// ── Billing-system release notes (internal wiki page) ──
const releaseNotes: Snippet[] = lines({
  id: 's6-rel',
  kind: 's6-billing-release-notes',
  text: [
    'RCM Platform 26.11.2 — Release Notes (deployed Nov 9, 2026, build [38609])',
    'Fixed',
    '• BILL-[44736]: Charges for {64712} with modifier RT were dropped from the claim when a second line had the same revenue code.',
    '• BILL-[44790]: The bilateral edit now splits {64632}-50 into RT/LT lines for payers on list PL-[06573].',
    '• BILL-[44812]: ERA auto-posting no longer fails on PLB segments with a negative amount over 99,999.',
    'Changed',
    '• Charge router rule [29714] now routes {64445} and {64632} to the anesthesia work queue.',
    '• Default timely filing limit for contract [79114] changed from 90 to 180 days.',
    'Known issues',
    '• Codes keyed with a leading plus sign, e.g. +{64612}, are rejected by the charge review grid instead of trimmed (BILL-[44901]).',
  ].join('\n'),
});

// ── State workers' compensation medical fee schedule table ──
const wcFee: Snippet[] = table({
  id: 's6-wcfee',
  kind: 's6-state-wc-fee-schedule',
  caption: 'Medical Fee Schedule — Surgery/Nervous System — Effective 01/01/2027 — Conversion factor 61.20',
  headers: ['Code', 'Mod', 'Description', 'RVU', 'Max Fee', 'FUD', 'Assist', 'Notes'],
  rows: [
    ['{64445}', '', 'Inj anes sciatic nerve single', '4.63', '$283.36', '0', 'N', ''],
    ['{64612}', '', 'Chemodenerv muscle face', '3.99', '$244.19', '10', 'N', 'BR'],
    ['{64712}', '', 'Revise sciatic nerve', '15.71', '$961.45', '90', 'Y', 'See Rule [80631]'],
    ['{64714}', '', 'Revise low back nerve(s)', '14.77', '$903.92', '90', 'Y', ''],
    ['{64714}', '80', 'Revise low back nerve(s)', '2.36', '$144.63', '90', '', 'Assistant'],
  ],
});

// ── Letter of medical necessity (provider to payer) ──
const lmn: Snippet[] = [
  {
    id: 's6-lmn-head',
    kind: 's6-medical-necessity-letter',
    text: 'RE: Letter of Medical Necessity\nPatient: Lena Harper   DOB: 04/22/1968\nMember ID: OVH-[27730]-01   Group: [54600]\nRequested service: Neuroplasty of the sciatic nerve, right (CPT {64712})',
    before: 'Ohio Valley Health Plan, Utilization Management, PO Box 1418, Cincinnati OH',
  },
  {
    id: 's6-lmn-body',
    kind: 's6-medical-necessity-letter',
    text: 'Ms. Harper has had sciatic neuropathy at the piriformis for 14 months. Two diagnostic sciatic nerve blocks ({64445}) on 06/12/2026 and 08/20/2026 each gave more than 80 % relief for about six hours. Conservative care, including 24 sessions of physical therapy, has failed. I am requesting authorization for {64712} with modifier RT.',
  },
  {
    id: 's6-lmn-sig',
    kind: 's6-medical-necessity-letter',
    text: 'Daniel Okafor, MD, Riverbend Neuro and Pain, 1100 Olentangy River Rd, Suite 300, Columbus OH [43212]. Phone 614-555-0188, fax 614-555-0190. NPI 1184729305. Tax ID 31-1430309. Practice ID [14303].',
  },
];

// ── Payer portal live chat transcript ──
const livechat: Snippet[] = lines({
  id: 's6-chat',
  kind: 's6-payer-livechat',
  text: [
    'Chat with Provider Services — Session [65548] — 11/19/2026 10:42 AM',
    'Agent (Marisol): Thank you for contacting Ohio Valley Health Plan. May I have the claim number?',
    'You: Claim OV-[31101]-8872, DOS 11/04. Line 3 was denied CO-97.',
    'Agent (Marisol): I see line 3 is {64612} x2. It was denied as bundled into {64712}.',
    'You: They were different nerves, facial vs. sciatic. Can it be reprocessed with modifier 59?',
    'Agent (Marisol): Please submit a corrected claim (frequency 7) with {64612}-59. Reference number for this chat is [51840].',
    'Agent (Marisol): Is there anything else I can help with today?',
    'You: Also, does {64714} need prior auth for this member?',
    'Agent (Marisol): Yes, {64714} and {64712} are both on the PA list for commercial plans. Use portal request type 27.',
  ].join('\n'),
});

// ── PWK claim attachment fax cover sheet (payer form, filled in, shown as a PDF text layer) ──
const pwk: Snippet[] = lines({
  id: 's6-pwk',
  kind: 's6-pwk-cover-sheet',
  text: [
    'CLAIM ATTACHMENT COVER SHEET (PWK)   Fax to 1-877-555-[02920]',
    'Attachment Control Number (PWK06): RB[63271]A',
    'Report Type Code (PWK01): OB - Operative note     Transmission Code (PWK02): FX',
    'Patient Name: HARPER, LENA      Member ID: OVH-[27730]-01',
    'Claim Number (if known): OV-[31101]-8872      Date(s) of Service: 11/04/2026',
    'Procedure code(s) documented: {64712}-RT, {64445}-RT',
    'Billing Provider NPI: 1093847561      Billing Provider ZIP: [43212]-3315',
    'Number of pages including cover: 7      Sender batch: [83650]',
  ].join('\n'),
});

// ── Payer corrected-claim / claim adjustment request web form (label + value pairs) ──
const corrected: Snippet[] = [
  { id: 's6-cc-icn', kind: 's6-corrected-claim-form', text: 'OV-[31101]-8872', before: 'Original claim number (ICN)' },
  {
    id: 's6-cc-freq',
    kind: 's6-corrected-claim-form',
    text: '7 — Replacement of prior claim',
    before: 'Claim frequency code',
  },
  {
    id: 's6-cc-line',
    kind: 's6-corrected-claim-form',
    text: 'Line 3: change {64612} units from 2 to 1 and add modifier 59',
    before: 'Describe the correction',
    after: 'Corrected line(s)',
  },
  {
    id: 's6-cc-old',
    kind: 's6-corrected-claim-form',
    text: '{64612}',
    before: 'Original procedure code',
    after: 'Modifier',
  },
  {
    id: 's6-cc-new',
    kind: 's6-corrected-claim-form',
    text: '{64612}-59',
    before: 'Corrected procedure code / modifier',
    after: 'Units',
  },
  {
    id: 's6-cc-prov',
    kind: 's6-corrected-claim-form',
    text: '[39318]',
    before: 'Provider number (legacy)',
    after: 'Tax ID',
  },
  {
    id: 's6-cc-zip',
    kind: 's6-corrected-claim-form',
    text: '[45202]',
    before: 'Remit-to ZIP code',
    after: 'Contact phone',
  },
  {
    id: 's6-cc-conf',
    kind: 's6-corrected-claim-form',
    text: 'Your request was submitted. Confirmation number CR-[97549]. Allow 30 days for processing.',
  },
];

// ── Internal billing API GraphQL response (developer tools / API explorer) ──
const graphql: Snippet[] = lines({
  id: 's6-gql',
  kind: 's6-graphql-response',
  text: [
    '{ "data": { "encounter": {',
    '    "id": "enc_[92877]",',
    '    "facility": { "name": "Riverbend ASC", "postalCode": "[43219]", "npi": "1558301142" },',
    '    "charges": [',
    '      { "lineNo": 1, "procedureCode": "{64714}", "modifiers": ["LT"], "units": 1, "chargeCents": [98000] },',
    '      { "lineNo": 2, "procedureCode": "{64445}", "modifiers": ["LT", "59"], "units": 1, "chargeCents": [61000] },',
    '      { "lineNo": 3, "procedureCode": "{64632}", "modifiers": [], "units": 1, "chargeCents": [92000] }',
    '    ],',
    '    "payer": { "payerId": "[87229]", "planCode": "[37947]" },',
    '    "totalCents": 251000',
    '} }, "extensions": { "cost": { "requestedQueryCost": 18 }, "traceId": "7f3a-[50482]" } }',
  ].join('\n'),
});

// ── CMS Medicare Claims Processing Manual, chapter text (HTML/PDF) ──
const cmsManual: Snippet[] = [
  {
    id: 's6-iom-head',
    kind: 's6-cms-manual-chapter',
    text: 'Medicare Claims Processing Manual\nChapter 12 - Physicians/Nonphysician Practitioners\nTable of Contents (Rev. [13029], 11-14-26)',
  },
  {
    id: 's6-iom-40',
    kind: 's6-cms-manual-chapter',
    text: '40.7 - Claims for Bilateral Surgeries\n(Rev. [12926], Issued: 10-03-26, Effective: 01-01-27, Implementation: 01-06-27)',
  },
  {
    id: 's6-iom-body',
    kind: 's6-cms-manual-chapter',
    text: 'Codes with a bilateral surgery indicator of "1" (for example, CPT {64632} and {64612}) are paid at 150 percent of the fee schedule amount when billed with modifier 50. For codes with an indicator of "2" or "0", such as {64714}, the bilateral adjustment does not apply.',
    before: 'B. Payment Methodology',
  },
  {
    id: 's6-iom-ex',
    kind: 's6-cms-manual-chapter',
    text: 'EXAMPLE: The physician performs {64712} on the right and left. Report {64712}-50 on one line with 1 unit; do not report {64712}-RT and {64712}-LT on two lines.',
  },
  {
    id: 's6-iom-tr',
    kind: 's6-cms-manual-chapter',
    text: 'Transmittals Issued for this Chapter: R[13029]CP 11/14/2026 Bilateral surgery indicator clarification; R[12926]CP 10/03/2026 Update to Section 40.7',
  },
];

// ── Pain clinic procedure log (nurse-kept grid in the practice management system) ──
const procLog: Snippet[] = table({
  id: 's6-plog',
  kind: 's6-pain-procedure-log',
  caption: 'Procedure Room 2 — Log — Week of 11/02/2026',
  headers: [
    'Date',
    'MRN',
    'Procedure',
    'CPT',
    'Side',
    'Levels',
    'Fluoro sec',
    'Dose mGy',
    'Physician',
    'Charge entered',
  ],
  rows: [
    ['11/02', '[66919]', 'Sciatic N block', '{64445}', 'R', '1', '14', '2.1', 'Okafor', 'Y'],
    ['11/03', '[21456]', 'Digital N neurolysis', '{64632}', 'B', '2', '0', '0', 'Okafor', 'Y'],
    ['11/04', '[66919]', 'Sciatic neuroplasty', '{64712}', 'R', '1', '38', '6.4', 'Okafor', 'N'],
    ['11/05', '[57165]', 'Facial chemodenervation', '{64612}', 'L', '1', '0', '0', 'Singh', 'Y'],
  ],
});

// ── EHR billing best-practice advisory (popup text in the charge-entry activity) ──
const bpa: Snippet[] = [
  {
    id: 's6-bpa-1',
    kind: 's6-ehr-billing-advisory',
    text: 'Billing Advisory (BPA [25773]): This encounter has {64445} and {64712} on the same nerve and date. The nerve block is usually not separately reportable. Remove {64445} or document a distinct anatomic site and add modifier XS.',
    after: 'Remove charge',
  },
  {
    id: 's6-bpa-2',
    kind: 's6-ehr-billing-advisory',
    text: 'Acknowledge reason: [ ] Distinct site documented  [ ] Payer exception (contract [75851])  [ ] Other',
    before: 'Billing Advisory',
  },
  {
    id: 's6-bpa-3',
    kind: 's6-ehr-billing-advisory',
    text: 'Charge {64632} requires laterality. Choose RT, LT or 50 before signing. Rule owner: Revenue Integrity, ext. [41327].',
  },
];

// ── EHR referral / authorization screen (label-value pairs) ──
const referral: Snippet[] = [
  {
    id: 's6-ref-num',
    kind: 's6-referral-auth-screen',
    text: '[96301]',
    before: 'Referral #',
    after: 'Status: Authorized',
  },
  {
    id: 's6-ref-auth',
    kind: 's6-referral-auth-screen',
    text: 'OVH[64632]X',
    before: 'Payer auth #',
    after: 'Auth units',
  },
  { id: 's6-ref-units', kind: 's6-referral-auth-screen', text: '1 of 1 used', before: 'Auth units' },
  {
    id: 's6-ref-proc',
    kind: 's6-referral-auth-screen',
    text: '{64712} NEUROPLASTY, SCIATIC NERVE',
    before: 'Authorized procedures',
    after: 'RT',
  },
  {
    id: 's6-ref-proc2',
    kind: 's6-referral-auth-screen',
    text: '{64445}  INJ ANES SCIATIC NRV SNGL',
    before: 'NEUROPLASTY, SCIATIC NERVE RT',
    after: 'Visits: 2',
  },
  {
    id: 's6-ref-to',
    kind: 's6-referral-auth-screen',
    text: 'Riverbend Neuro and Pain, Columbus OH [43212]',
    before: 'Refer to',
  },
  {
    id: 's6-ref-pcp',
    kind: 's6-referral-auth-screen',
    text: 'PCP panel [33172]',
    before: 'Referring provider',
    after: 'Dept',
  },
  {
    id: 's6-ref-note',
    kind: 's6-referral-auth-screen',
    text: 'Auth covers {64712}/{64445} only; {64714} would need a new request.',
    before: 'Referral notes',
  },
];

// ── Patient payment receipt (front-desk receipt printer / portal PDF) ──
const receipt: Snippet[] = lines({
  id: 's6-rcpt',
  kind: 's6-payment-receipt',
  text: [
    'RIVERBEND NEURO AND PAIN',
    '1100 Olentangy River Rd, Columbus OH [43212]',
    'PAYMENT RECEIPT   Receipt # [78339]',
    'Date 11/19/2026 10:05   Station FD2   Operator jmills',
    'Patient: Lena Harper   Acct [48201]',
    'Applied to DOS 11/04/2026   {64712} RT   $162.49',
    'Applied to DOS 11/04/2026   {64445} RT    $25.46',
    'Visa ****0417   Auth [84319]   Ref [06210]',
    'Total paid $187.95   Balance remaining $0.00',
  ].join('\n'),
});

// ── Commercial payer reimbursement policy (bilateral / modifier policy) ──
const policy: Snippet[] = [
  {
    id: 's6-rp-head',
    kind: 's6-reimbursement-policy',
    text: 'Reimbursement Policy: Bilateral Procedures and Modifiers 50, RT, LT\nPolicy Number: 2027R[05857]   Annual Approval Date: 10/15/2026   Applies to: Commercial, Exchange',
  },
  {
    id: 's6-rp-stmt',
    kind: 's6-reimbursement-policy',
    text: 'Procedures with a CMS bilateral indicator of 1, such as {64632}, must be billed on one line with modifier 50 and one unit. Claims billed with RT and LT on separate lines will be denied with remark code N822. Within {64712}–{64714}, only codes with indicator 1 are eligible for the 150 % adjustment; check the indicator before billing 50.',
    before: 'Reimbursement Guidelines',
  },
  ...table({
    id: 's6-rp-tab',
    kind: 's6-reimbursement-policy',
    caption: 'Applicable codes',
    headers: ['Code', 'Bilateral indicator', 'Reimbursed at', 'Modifier'],
    rows: [
      ['{64445}', '1', '150 %', '50'],
      ['{64612}', '1', '150 %', '50'],
      ['{64714}', '0', '100 %', 'none'],
    ],
  }),
  {
    id: 's6-rp-hist',
    kind: 's6-reimbursement-policy',
    text: 'History: 10/15/2026 annual review, no changes; 04/01/2026 added {64612}; replaces policy [91550] (retired). Questions: provider line 800-555-0134, option 4, or PO Box [47463], Louisville KY [40232].',
  },
];

// ── Clearinghouse loop-tree viewer, an 835 remittance file (same viewer as the 837P above) ──
const loopViewer835: Snippet[] = lines({
  id: 's6-loop835',
  kind: 's6-x12-loop-viewer',
  text: [
    'File: OVHP_835_20261118_[26611].txt   Trace 883104471   Payer ID [31274]   Status: Posted',
    '▾ 1000A Payer   N1*PR OHIO VALLEY HEALTH PLAN   N4 CINCINNATI OH [45202]-1818',
    '▾ 1000B Payee   N1*PE RIVERBEND NEURO AND PAIN   REF*TJ 311430309',
    '  ▾ 2000 Header Number   LX*1',
    '    ▾ 2100 Claim Payment   CLP*RB[61330]*1*3850*1943.2*187.95*12*OV-[31101]-8872*11*1',
    '        NM1*QC HARPER*LENA   MI OVH-[27730]-01',
    '      ▾ 2110 Service Payment 1   SVC*HC:{64712}:RT*2400*1587.57**1',
    '          CAS*CO*45*812.43   REF*6R L[59062]A   AMT*B6 1587.57',
    '      ▾ 2110 Service Payment 2   SVC*HC:{64445}:LT:59*610*355.63**1',
    '          CAS*CO*45*254.37   REF*6R L[59062]B',
    '      ▾ 2110 Service Payment 3   SVC*HC:{64612}*840*0**2',
    '          CAS*CO*97*840   LQ*HE N390   REF*6R [18817]C',
    '  PLB Provider Adjustment   PLB*1093847561*20261231*WO:[70112]*-42.1',
  ].join('\n'),
});

// ── RCM KPI dashboard (tiles and a top-denials list, one div per line) ──
const kpi: Snippet[] = lines({
  id: 's6-kpi',
  kind: 's6-rcm-kpi-dashboard',
  text: [
    'Revenue Cycle Dashboard — Riverbend Neuro and Pain — Oct 2026 (refreshed 11/19 06:00)',
    'Claims submitted [14892]   Clean claim rate 94.1 %   First-pass yield 88.7 %',
    'Gross charges $[26758]k   Net collections $[11935]k   Days in A/R 38.2',
    'Denials [23164] lines   Denied amount $418,704.60',
    'Top denied procedure codes',
    '1. {64712}  412 lines  CO-197 auth missing',
    '2. {64445}  377 lines  CO-97 bundled',
    '3. {64632}  205 lines  CO-4 modifier inconsistent',
    '4. {64612}  96 lines   CO-151 frequency',
    'Top payers by A/R: Ohio Valley HP (ID [88583]) $1.9M; Buckeye Mutual (ID [60054]) $1.1M; Medicare JH (contractor [12502]) $0.8M',
    'Work queue backlog: [10482] accounts over 30 days; [30795] touched this month',
  ].join('\n'),
});

// ── Credit balance / refund queue report ──
const creditBalance: Snippet[] = table({
  id: 's6-cred',
  kind: 's6-credit-balance-report',
  caption: 'Credit Balance Report — Accounts with patient or payer overpayments — Run 11/20/2026',
  headers: [
    'Account',
    'Guarantor ZIP',
    'DOS',
    'Proc',
    'Payer',
    'Credit ($)',
    'Refund to',
    'Refund check #',
    'Age (days)',
  ],
  rows: [
    ['[40193]', '[43085]', '10/02/26', '{64632}', 'Buckeye Mutual', '118.40', 'Payer', '[20447]', '49'],
    ['[40277]', '[43017]-2210', '10/09/26', '{64445}', 'Self-pay', '60.00', 'Patient', '[20448]', '42'],
    ['[40381]', '[43230]', '10/14/26', '{64714}', 'Medicare', '212.77', 'Payer (MSP)', '[20451]', '37'],
    ['[41566]', '[43068]', '10/21/26', '{64612}', 'Ohio Valley HP', '33.09', 'Payer', 'pending', '30'],
  ],
});

// ── Surgery case request form (clinic → OR scheduling, label + value pairs) ──
const caseRequest: Snippet[] = [
  {
    id: 's6-case-num',
    kind: 's6-surgery-case-request',
    text: 'CR-[72918]',
    before: 'Case request #',
    after: 'Requested date',
  },
  { id: 's6-case-mrn', kind: 's6-surgery-case-request', text: '[66919]', before: 'MRN', after: 'Patient' },
  {
    id: 's6-case-proc',
    kind: 's6-surgery-case-request',
    text: 'Neuroplasty, right sciatic nerve at piriformis ({64712}-RT)',
    before: 'Primary procedure',
    after: 'Laterality',
  },
  {
    id: 's6-case-proc2',
    kind: 's6-surgery-case-request',
    text: '{64445}',
    before: 'Secondary procedure CPT',
    after: 'Regional block by anesthesia',
  },
  {
    id: 's6-case-tray',
    kind: 's6-surgery-case-request',
    text: 'Tray [38044] Peripheral Nerve, microscope',
    before: 'Equipment',
    after: 'Implants',
  },
  {
    id: 's6-case-auth',
    kind: 's6-surgery-case-request',
    text: 'OVH[64632]X, valid through 12/31/2026',
    before: 'Authorization',
    after: 'Insurance verified',
  },
  {
    id: 's6-case-loc',
    kind: 's6-surgery-case-request',
    text: 'Riverbend ASC, 2880 Morse Rd, Columbus OH [43231]',
    before: 'Location',
  },
];

// ── Payer contract amendment (PDF text layer) ──
const amendment: Snippet[] = lines({
  id: 's6-amend',
  kind: 's6-contract-amendment',
  text: [
    'AMENDMENT NO. 4 TO PROFESSIONAL SERVICES AGREEMENT No. [30261]',
    'between Ohio Valley Health Plan, Inc. ("Plan") and Riverbend Neuro and Pain, LLC (TIN ending 4309)',
    '1. Exhibit B, Section 3 is amended to add the following services at 135 % of the Medicare fee schedule for locality [15202]:',
    '   CPT {64712}, {64714} (neuroplasty); CPT {64632} (neurolytic destruction, digital nerve).',
    '2. Chemodenervation (CPT {64612}) remains at the rates of Exhibit B-2, Schedule [77410].',
    '3. Services under this Amendment require prior authorization per the Plan Provider Manual.',
    '4. This Amendment is effective January 1, 2027. Notices: Plan Contracting, 4000 Smith Rd, Cincinnati OH [45209].',
    'Plan signature: ______   Provider signature: ______   Document ID [82907]-A4',
  ].join('\n'),
});

// ── Payer IVR claim-status call, transcript saved to the account note ──
const ivr: Snippet[] = lines({
  id: 's6-ivr',
  kind: 's6-ivr-transcript',
  text: [
    'IVR transcript — Ohio Valley HP provider line — call ID [58813]-[20419]',
    'IVR: Please say or enter your 10-digit NPI. Caller: 1093847561',
    'IVR: Enter the member ID. Caller: OVH-[27744]-01',
    'IVR: Enter the date of service as month, day, year. Caller: 11 04 2026',
    'IVR: Enter the billed amount, dollars and cents, without the decimal point. Caller: [24000]',
    'IVR: For a specific service, enter the 5-digit procedure code. Caller: {64712}',
    'IVR: Procedure {64712} was paid on 11/18/2026 in the amount of 1,587 dollars and 57 cents, check number 883104471.',
    'IVR: To hear another line, enter the procedure code now. Caller: {64612}',
    'IVR: Procedure {64612} was denied. Reason code 97. Your reference number is [49276].',
  ].join('\n'),
});

// ── Bank lockbox deposit report (patient and payer paper checks) ──
const lockbox: Snippet[] = table({
  id: 's6-lbx',
  kind: 's6-lockbox-deposit',
  caption: 'Lockbox [45388] — Deposit 11/20/2026 — Batch 0031 — 6 items',
  headers: ['Item', 'Check #', 'Remitter', 'Remitter ZIP', 'Amount', 'Invoice / Acct on stub', 'Image'],
  rows: [
    ['1', '[10492]', 'HARPER LENA', '[43221]', '187.95', '[48201]', 'view'],
    ['2', '[20447]', 'GALLAGHER TPA', '[60181]', '1,204.18', 'CLM 7710-[53618]', 'view'],
    ['3', '[33718]', 'WESTFIELD MUTUAL', '[44251]-9802', '612.00', 'WC [81206]', 'view'],
    ['4', '5021', 'OKAFOR D', '[43026]', '25.00', '[64745]', 'view'],
  ],
});

// ── Laminated coding quick-reference card (PDF) ──
const cheatSheet: Snippet[] = lines({
  id: 's6-card',
  kind: 's6-coding-cheat-sheet',
  text: [
    'PERIPHERAL NERVE PROCEDURES — QUICK REFERENCE (Pain & Neuro, rev. 2027)',
    'Nerve blocks (injection, anesthetic/steroid)',
    '  {64445}  sciatic nerve, single injection',
    'Destruction / chemodenervation',
    '  {64632}  plantar common digital nerve (Morton neuroma) — per nerve',
    '  {64612}  muscles innervated by facial nerve (e.g. blepharospasm) — per side, use 50 if both',
    'Neuroplasty (open)',
    '  {64712}  sciatic nerve      {64714}  lumbar plexus',
    '  Do not report {64445} for a block done by the surgeon during {64712}/{64714}.',
    'Modifiers: RT/LT on {64445} and {64712}; 50 on {64632} and {64612} (bilateral indicator 1).',
    'Form CR-[16820] rev 10/2026 — Coding Compliance ext. [47119] — not a substitute for the CPT codebook',
  ].join('\n'),
});

// ── EHR patient registration / coverage screen (label + value pairs) ──
const registration: Snippet[] = [
  { id: 's6-reg-mrn', kind: 's6-registration-screen', text: '[70384]', before: 'MRN', after: 'HARPER, LENA' },
  {
    id: 's6-reg-addr',
    kind: 's6-registration-screen',
    text: '418 Clover Ln, Westerville OH [43081]-2207',
    before: 'Home address',
  },
  {
    id: 's6-reg-emp',
    kind: 's6-registration-screen',
    text: 'Franklin County Schools, Columbus OH [43215]',
    before: 'Employer',
  },
  {
    id: 's6-reg-grp',
    kind: 's6-registration-screen',
    text: '[86014]',
    before: 'Group number',
    after: 'Plan: OVH PPO Gold',
  },
  { id: 's6-reg-plan', kind: 's6-registration-screen', text: 'OVH PPO Gold (benefit plan [21744])', before: 'Plan' },
  {
    id: 's6-reg-sub',
    kind: 's6-registration-screen',
    text: 'OVH-[27744]-00 (subscriber: Mark Harper)',
    before: 'Subscriber ID',
  },
  {
    id: 's6-reg-payer',
    kind: 's6-registration-screen',
    text: '[35163]',
    before: 'Electronic payer ID',
    after: 'Claims address',
  },
  {
    id: 's6-reg-caddr',
    kind: 's6-registration-screen',
    text: 'PO Box [18233], Dayton OH [45401]-8233',
    before: 'Claims address',
  },
  {
    id: 's6-reg-sched',
    kind: 's6-registration-screen',
    text: '12/03/2026 07:30 Riverbend ASC — {64714} LT (Okafor) — auth pending',
    before: 'Upcoming appointments',
  },
  {
    id: 's6-reg-copay',
    kind: 's6-registration-screen',
    text: 'Specialist $50; outpatient surgery 20 % after deductible; deductible met $1,200.00 (accumulator [52906])',
    before: 'Benefits summary',
  },
];

// ── A second GraphQL query on the same explorer: a claim search ──
const graphql2: Snippet[] = lines({
  id: 's6-gql2',
  kind: 's6-graphql-response',
  text: [
    '{ "data": { "claimSearch": { "totalCount": [11408], "edges": [',
    '  { "node": { "claimId": "clm_[61902]", "status": "DENIED", "lines": [{ "cpt": "{64612}", "denialCode": "CO-97" }], "zip5": "[43219]" } },',
    '  { "node": { "claimId": "clm_[61977]", "status": "PAID", "lines": [{ "cpt": "{64632}", "paidCents": [39890] }], "zip5": "[43235]" } },',
    '  { "node": { "claimId": "clm_[62051]", "status": "PENDED", "lines": [{ "cpt": "{64714}", "pendReason": "ATTACHMENT" }], "zip5": "[43082]" } }',
    '], "pageInfo": { "endCursor": "Y3Vyc29yOjM=", "hasNextPage": true } } } }',
  ].join('\n'),
});

export const sealed6: Snippet[] = [
  ...spr,
  ...pprrvu,
  ...fedreg,
  ...loopViewer,
  ...fhirInvoice,
  ...har,
  ...oig,
  ...qa,
  ...releaseNotes,
  ...wcFee,
  ...lmn,
  ...livechat,
  ...pwk,
  ...corrected,
  ...graphql,
  ...cmsManual,
  ...procLog,
  ...bpa,
  ...referral,
  ...receipt,
  ...policy,
  ...loopViewer835,
  ...kpi,
  ...creditBalance,
  ...caseRequest,
  ...amendment,
  ...ivr,
  ...lockbox,
  ...cheatSheet,
  ...registration,
  ...graphql2,
];
