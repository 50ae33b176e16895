import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 101 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s101-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, NAIC codes, recovery, refund, debt and account numbers, check numbers, record counts and five-digit amounts.
 * The five known codes' digits come back as decoys: a no-fault policy number, a liability policy number, a vendor
 * recovery id, a vendor reference, a patient control number on an 835, a refund number, a CSV recovery id, a
 * coverage-discovery case reference and a practice PO box. Some recovery and refund numbers run in sequence right
 * next to real code numbers (a refund log numbered 64445–64449): a coder reads them by their column, not as codes.
 *
 * Family: Medicare Secondary Payer (MSP) and coordination-of-benefits recovery around a pain and peripheral-nerve
 * practice in western New York: a BCRC conditional payment letter and its payment summary, the MSPRP case page and
 * claims listing with disputes, a final demand with the procurement-cost worksheet, the MSP questionnaire at
 * registration and the other-insurance panel, a commercial payer's COB recovery vendor (worklist, overpayment notice,
 * fixed-width file layout and records, CSV export, coverage-discovery JSON, e-mail with the analyst), an "other
 * insurance" investigation letter and accident questionnaire, New York no-fault (NF-3, NF-10), workers' compensation
 * (case setup, explanation of review, an ORM notice naming the Section 111 RRE id), an attorney lien request with an
 * itemized statement, an 835 with MSP denials, a reversal and PLB offsets, a Medicare standard paper remit, an 837P
 * secondary claim, a MAC voluntary refund form and a MAC MSP overpayment letter, HL7 insurance segments, and the
 * practice's refund log, credit balance report and front-desk rule.
 * Built on real public layouts: the BCRC Conditional Payment Letter and Final Demand (case id, debtor, PO Box 138832
 * Oklahoma City), the 42 CFR 411.37 procurement-cost steps, the CMS model MSP questionnaire (Parts I–VI), the MSPRP
 * claims listing (dispute check boxes by line), the New York NF-3 item 15 treatment grid and the NF-10 denial, the
 * X12 835 (CLP, CAS OA-22, PLB WO/L6) and 837P COB loops (2320 SBR/AMT, 2430 SVD), the Medicare SPR column row (REND
 * PROV … PROV PD), a MAC voluntary refund form with MSP reason codes, and HL7 v2 IN1/FT1. The others are written the
 * way those pages read, with no single source.
 *
 * 345 labelled tokens over 40 shapes: 138 codes, 207 decoys, 78 of the decoys in KNOWN_10K.
 */

// ── 1. BCRC conditional payment letter, text layer (decoy only) ──
const cpl = lines({
  id: 's101-cpl',
  kind: 's101-bcrc-conditional-payment-letter-text',
  before: 'Benefits Coordination & Recovery Center — Conditional Payment Letter',
  text: [
    'Medicare Case ID: 202506140038127   Date of this letter: 09/22/2025',
    'Beneficiary: Doris M. Kowalczyk   Medicare Number: 5TG7-QR2-JK41   Date of incident: 06/14/2025',
    'Beneficiary address: 118 Cleveland Dr, Cheektowaga, NY [14215]',
    'Type of insurance: No-Fault and Liability (automobile)   Insurer: Erie Insurance Exchange, NAIC [26263]',
    'Interim total of conditional payments: $14,391.06 — see the enclosed Payment Summary Form (3 pages).',
    'To dispute a claim, use the MSPRP or write to Medicare — NGHP, PO Box 138832, Oklahoma City, OK [73113]',
    'Copy to attorney of record: Brennan & Sayre LLP, 50 Fountain Plaza, Suite 1400, Buffalo, NY [14202]',
  ].join('\n'),
});

// ── 2. Payment Summary Form enclosed with the letter, table ──
const paymentSummary = table({
  id: 's101-cpsf',
  kind: 's101-conditional-payment-summary-form-grid',
  caption: 'Payment Summary Form — conditional payments related to the case',
  headers: ['ICN', 'Provider', 'From', 'Thru', 'Proc', 'Total charges', 'Reimbursed', 'Cond. pymt', 'Dx'],
  rows: [
    [
      '2225175312840',
      'NIAGARA FRONTIER PAIN',
      '07/08/2025',
      '07/08/2025',
      '{99204}',
      '310.00',
      '171.40',
      '171.40',
      'S34.21XA',
    ],
    [
      '2225190447120',
      'NIAGARA FRONTIER PAIN',
      '07/22/2025',
      '07/22/2025',
      '{64445}',
      '650.00',
      '88.63',
      '88.63',
      'M54.31',
    ],
    [
      '2225211033605',
      'NIAGARA FRONTIER PAIN',
      '08/12/2025',
      '08/12/2025',
      '{64712}',
      '2450.00',
      '498.22',
      '498.22',
      'G57.02',
    ],
    [
      '2225211033606',
      'NIAGARA FRONTIER PAIN',
      '08/12/2025',
      '08/12/2025',
      '{76942}',
      '310.00',
      '54.19',
      '54.19',
      'G57.02',
    ],
    [
      '2225226871102',
      'KALEIDA HLTH BUFFALO GEN',
      '06/14/2025',
      '06/16/2025',
      '',
      '[41877].50',
      '[12304].18',
      '[12304].18',
      'S32.009A',
    ],
    [
      '2225233310918',
      'WNY IMAGING GROUP',
      '06/20/2025',
      '06/20/2025',
      '{72148}',
      '1210.00',
      '231.07',
      '231.07',
      'M54.16',
    ],
    [
      '2225245519330',
      'NIAGARA FRONTIER PAIN',
      '09/02/2025',
      '09/02/2025',
      '{64714}',
      '2210.00',
      '441.07',
      '441.07',
      'M54.16',
    ],
    ['Total', '', '', '', '', '[49217].50', '[13788].76', '[13788].76', ''],
  ],
});

// ── 3. MSPRP claims listing with dispute check boxes, table ──
const msprpClaims = table({
  id: 's101-msprp',
  kind: 's101-msprp-claims-listing-dispute-grid',
  caption: 'MSPRP — Claims Listing — select the lines you dispute as unrelated to the incident',
  headers: ['Dispute', 'ICN', 'Line', 'From', 'HCPCS', 'Mod', 'Paid', 'Related?', 'Reason'],
  rows: [
    ['☐', '2225190447120', '1', '07/22/2025', '{64445}', 'RT', '88.63', 'Y', ''],
    ['☐', '2225211033605', '1', '08/12/2025', '{64712}', 'RT', '498.22', 'Y', ''],
    ['☐', '2225245519330', '1', '09/02/2025', '{64714}', '', '441.07', 'Y', ''],
    ['☒', '2225262201010', '1', '09/16/2025', '{64632}', 'LT', '96.31', 'N', 'Morton neuroma, pre-existing'],
    ['☒', '2225262201010', '2', '09/16/2025', '{76942}', '', '31.12', 'N', 'Goes with line 1'],
    ['☒', '2225270055418', '1', '09/24/2025', '{64612}', '', '188.42', 'N', 'Hemifacial spasm, unrelated'],
    ['☒', '2225270055418', '2', '09/24/2025', '{95874}', '', '42.60', 'N', 'EMG guidance for line 1'],
  ],
});

// ── 4. MSPRP case information page, text layer (decoy only) ──
const msprpCase = lines({
  id: 's101-msprpcase',
  kind: 's101-msprp-case-information-text',
  before: 'Medicare Secondary Payer Recovery Portal — Case Information',
  text: [
    'Case ID: 202506140038127   Case status: Conditional payment notice issued   Debtor: Beneficiary',
    'Date of incident: 06/14/2025   ICD-10 on the case: S32.009A, S34.21XA, M54.16',
    'Insurer: Erie Insurance Exchange   NAIC [26263]   Policy No. Q[64632]-07',
    'Insurer claim number: [30586]-AU   Adjuster: K. Morrow',
    'Representative: Brennan & Sayre LLP (attorney), proof of representation received 08/04/2025, ZIP [14202]',
    'Disputes pending: 2 (submitted 10/02/2025, dispute reference [58305])   Last refreshed 10/01/2025',
  ].join('\n'),
});

// ── 5. Final demand letter, text layer (decoy only) ──
const finalDemand = lines({
  id: 's101-demand',
  kind: 's101-bcrc-final-demand-letter-text',
  before: 'MEDICARE SECONDARY PAYER — FINAL DEMAND',
  text: [
    'Case ID 202506140038127   Debtor: Doris M. Kowalczyk   Settlement date: 02/18/2026',
    'Total settlement: $85,000.00   Procurement costs reported: $28,611.50',
    'Total conditional payments related to the case after disputes: $13,156.82',
    'Amount of this demand: $8,728.23 (see the enclosed procurement cost calculation)',
    'Pay on Pay.gov with debt number [70409], or mail a check to Medicare — NGHP, PO Box 138832, Oklahoma City, OK [73113]-8832',
    'Interest accrues from the date of this letter; after 120 days the debt may be referred to Treasury (ref [31153]).',
  ].join('\n'),
});

// ── 6. Procurement cost worksheet, table (decoy only) ──
const procurement = table({
  id: 's101-proc',
  kind: 's101-procurement-cost-worksheet-grid',
  caption: 'Procurement cost calculation (42 CFR 411.37) — attorney closing worksheet',
  headers: ['Step', 'Item', 'Amount', 'Source'],
  rows: [
    ['1', 'Total settlement (award)', '[85000].00', 'Release dated 02/18/2026'],
    ['1', 'Procurement costs (fee + costs)', '[28611].50', 'Closing statement'],
    ['1', 'Ratio of costs to award', '0.3366', '—'],
    ['2', 'Conditional payments (final)', '[13156].82', 'Final payment summary'],
    ['2', 'Medicare share of costs', '4428.59', 'Payments × ratio'],
    ['3', 'Medicare demand', '8728.23', 'Payments − share'],
    ['—', 'Held in escrow', '[10314].00', 'IOLA trust account [41563]'],
  ],
});

// ── 7. MSP questionnaire at registration, text layer (decoy only) ──
const mspq = lines({
  id: 's101-mspq',
  kind: 's101-msp-questionnaire-registration-text',
  before: 'Medicare Secondary Payer Questionnaire — completed at check-in, signed by patient',
  text: [
    'PART I — Black lung benefits? No.  Government research grant? No.  VA authorization? No.',
    'PART III — Injury due to an accident? Yes, 06/14/2025, automobile.',
    '   No-fault insurer: Erie Insurance, 100 Erie Insurance Pl, Erie PA [16530]; claim no. [30586]-AU',
    '   Liability insurer of the other driver: GEICO General (NAIC [35882]), policy 4412-[64445]-90',
    'PART IV — Patient employed? No (retired 03/2025).  Spouse employed? Yes, Lakeview Tool & Die, Buffalo NY [14225]',
    '   Group health plan through spouse: Highmark BCBS WNY, group [18829], 20 or more employees: Yes',
    'PART V / VI — ESRD: No.  Disability: not applicable (age 72).',
  ].join('\n'),
});

// ── 8. Other-insurance panel in the registration system, table (decoy only) ──
const otherIns = table({
  id: 's101-coverages',
  kind: 's101-registration-other-insurance-panel-grid',
  caption: 'Coverages — Kowalczyk, Doris M — payer order after MSP questionnaire',
  headers: ['Order', 'Payer', 'NAIC / payer id', 'Policy #', 'Claim #', 'Group #', 'Claims ZIP'],
  rows: [
    ['1 (MVA 06/14/2025)', 'Erie Insurance Exchange (PIP)', '[26263]', 'Q[64632]-07', '[30586]-AU', '—', '[16530]'],
    ['1 (not accident)', 'Highmark BCBS WNY', '[55252]', 'YRK884017', '—', '[18829]', '[14240]'],
    ['2', 'Medicare Part B (NGS)', '[13102]', '5TG7-QR2-JK41', '—', '—', '[46206]'],
    ['3 (liability)', 'GEICO General Ins Co', '[35882]', '4412-[64445]-90', '0534-[21188]', '—', '[20076]'],
  ],
});

// ── 9. COB recovery vendor worklist, table ──
const vendorWorklist = table({
  id: 's101-vendorwl',
  kind: 's101-cob-recovery-vendor-worklist-grid',
  caption: 'Recovery portal — open overpayment inventory — Niagara Frontier Pain & Nerve',
  headers: ['Recovery ID', 'Claim #', 'Member', 'DOS', 'Svc', 'Paid', 'Primary found', 'Reason', 'Due'],
  rows: [
    [
      '[64712]',
      'HM2522104310',
      'K*****CZYK, D',
      '08/12/2025',
      '{64712}',
      '1612.40',
      'Erie (PIP)',
      'MVA, no-fault primary',
      '11/30/2025',
    ],
    [
      '[64713]',
      'HM2522104320',
      'K*****CZYK, D',
      '08/12/2025',
      '{76942}',
      '188.00',
      'Erie (PIP)',
      'MVA, no-fault primary',
      '11/30/2025',
    ],
    [
      '[71941]',
      'HM2519011770',
      'O****Z, R',
      '07/15/2025',
      '{64445}',
      '402.10',
      'Zurich (WC)',
      'Work injury',
      '11/30/2025',
    ],
    [
      '[71942]',
      'HM2519011780',
      'O****Z, R',
      '07/15/2025',
      '{64450}',
      '188.30',
      'Zurich (WC)',
      'Work injury',
      '11/30/2025',
    ],
    [
      '[72315]',
      'HM2526200900',
      'P*****K, E',
      '09/19/2025',
      '{64612}',
      '688.00',
      'Medicare',
      'Retired, Medicare primary',
      '12/15/2025',
    ],
    [
      '[72316]',
      'HM2526200910',
      'P*****K, E',
      '09/19/2025',
      '{95874}',
      '102.40',
      'Medicare',
      'Retired, Medicare primary',
      '12/15/2025',
    ],
    [
      '[73044]',
      'HM2527704150',
      'S*******I, A',
      '10/04/2025',
      '{64632}',
      '214.00',
      'Aetna (own GHP)',
      'Other group plan',
      '12/15/2025',
    ],
  ],
});

// ── 10. COB overpayment notice from the vendor, text layer ──
const overpayNotice = lines({
  id: 's101-opnotice',
  kind: 's101-cob-overpayment-notice-letter-text',
  before: 'Overpayment notification — coordination of benefits — on behalf of Highmark BCBS WNY',
  text: [
    'Provider: Niagara Frontier Pain & Nerve, PLLC   TIN XX-XXX4417   Vendor reference [64712]',
    'Another carrier is primary for the claims below. Refund within 45 days or the amount will be offset from future payments.',
    'Claim HM2522104310, DOS 08/12/2025, sciatic neuroplasty (CPT {64712}), paid $1,612.40; other carrier Erie, claim [30586]-AU.',
    'Claim HM2519011770, DOS 07/15/2025, {64445} and {64450}, paid $590.40; workers compensation carrier Zurich, claim 9870-[41141].',
    'Send refunds to Recovery Dept., PO Box [31127], Pittsburgh PA [15230], and quote overpayment batch [86234].',
  ].join('\n'),
});

// ── 11. Payer "other insurance" investigation letter, text layer ──
const investigation = lines({
  id: 's101-oiletter',
  kind: 's101-payer-other-insurance-investigation-letter-text',
  before: 'Highmark BCBS WNY — Other Insurance / Accident Investigation — provider copy',
  text: [
    'Member: Raymond Ortiz   ID YRK771203   Group [27533]',
    'We received claims that may be related to an injury on 07/02/2025. They are pended until the member answers:',
    '  07/15/2025  {64445}  Injection, anesthetic agent, sciatic nerve, single',
    '  07/15/2025  {64450}  Injection, anesthetic agent, other peripheral nerve',
    '  07/29/2025  {64714}  Neuroplasty, lumbar plexus',
    '  08/05/2025  {99214}  Office visit, established',
    "If the injury happened at work, bill the workers' compensation carrier. Questionnaires go to PO Box 80, Buffalo NY [14240]-0080.",
  ].join('\n'),
});

// ── 12. Member accident questionnaire, text layer (decoy only) ──
const accidentQ = lines({
  id: 's101-accq',
  kind: 's101-member-accident-questionnaire-text',
  before: 'Accident / Injury Questionnaire — please answer every question and return in 30 days',
  text: [
    '1. Date of accident: 07/02/2025   2. Where: at work, Lakeview Tool & Die, 2300 Walden Ave, Buffalo NY [14225]',
    "3. Workers' compensation claim filed? Yes. WCB case G3318620, carrier Zurich American, claim 9870-[41141]",
    '4. Attorney? No   5. Motor vehicle involved? No   6. Employer WC policy no. WC [86117]-2',
    '7. Your mailing ZIP: [14211]   Signature: R. Ortiz   Date: 08/20/2025',
  ].join('\n'),
});

// ── 13. NY no-fault NF-3, item 15 treatment grid, table ──
const nf3 = table({
  id: 's101-nf3',
  kind: 's101-ny-nf3-treatment-item15-grid',
  caption: 'NF-3 Verification of Treatment by Attending Physician — 15. report of services rendered',
  headers: [
    'Date of service',
    'Place of service incl. zip code',
    'Description of treatment or health service rendered',
    'Fee schedule treatment code',
    'Charges',
  ],
  rows: [
    ['07/08/2025', 'Amherst NY [14226]', 'Initial evaluation, moderate complexity', '{99204}', '247.16'],
    ['07/22/2025', 'Amherst NY [14226]', 'Sciatic nerve block, single injection', '{64445}', '311.40'],
    ['07/22/2025', 'Amherst NY [14226]', 'Ultrasound needle guidance', '{76942}', '102.63'],
    ['08/12/2025', 'Williamsville NY [14221] (ASC)', 'Neuroplasty, sciatic nerve', '{64712}', '1248.90'],
    ['09/02/2025', 'Williamsville NY [14221] (ASC)', 'Neuroplasty, lumbar plexus', '{64714}', '1104.22'],
  ],
});

// ── 14. NF-10 denial of claim, text layer ──
const nf10 = lines({
  id: 's101-nf10',
  kind: 's101-ny-nf10-partial-denial-text',
  before: 'NF-10 Denial of Claim Form — New York Motor Vehicle No-Fault Insurance Law',
  text: [
    'Insurer: Erie Insurance Exchange   NAIC [26263]   Policy number Q[64632]-07   Claim number [30586]-AU',
    'Applicant: Niagara Frontier Pain & Nerve, 3980 Sheridan Dr, Amherst NY [14226], assignee of Doris M. Kowalczyk',
    'Amount of claim: $1,104.22 for {64714} on 09/02/2025 — denied: IME of 08/28/2025 found no further treatment necessary.',
    'Also denied: {64632} on 09/16/2025, not causally related to the accident (pre-existing Morton neuroma).',
    'Basic economic loss paid to date: [41330].12 of [50000].00; arbitration request goes to AAA, Buffalo NY [14203].',
  ].join('\n'),
});

// ── 15. Workers' comp explanation of review, table ──
const wcEor = table({
  id: 's101-wceor',
  kind: 's101-wc-explanation-of-review-grid',
  caption: 'Explanation of Review — Zurich American Insurance Co — bill review by CorVel',
  headers: ['Ln', 'DOS', 'Billed code', 'Mod', 'Units', 'Charge', 'Fee sched.', 'Allowed', 'Reason'],
  rows: [
    ['1', '07/15/2025', '{64445}', 'RT', '1', '650.00', '287.51', '287.51', '—'],
    ['2', '07/15/2025', '{64450}', 'RT', '1', '420.00', '176.03', '176.03', '—'],
    ['3', '07/15/2025', '{76942}', '', '1', '210.00', '98.44', '0.00', 'Bundled per NY WC ground rules'],
    ['4', '07/29/2025', '{64714}', '', '1', '2210.00', '1188.60', '1188.60', 'C-4 AUTH on file'],
    ['5', '08/05/2025', '{99214}', '25', '1', '280.00', '132.89', '132.89', '—'],
  ],
});

// ── 16. Workers' comp case setup notes, text layer ──
const wcSetup = lines({
  id: 's101-wcsetup',
  kind: 's101-wc-case-setup-billing-notes-text',
  before: "Workers' compensation case setup — billing notes — Ortiz, Raymond",
  text: [
    'WCB case G3318620   Date of injury 07/02/2025   Body part: low back, right sciatic distribution',
    'Carrier: Zurich American Insurance Co, claim 9870-[41141]; bills to PO Box [66926], Schaumburg IL [60196]',
    'Employer: Lakeview Tool & Die, 2300 Walden Ave, Buffalo NY [14225]; employer policy WC [86117]-2',
    'C-4 AUTH for lumbar plexus neuroplasty {64714} sent 07/18/2025, approved 07/24/2025 (authorization [39180])',
  ].join('\n'),
});

// ── 17. Attorney request for records and lien amount, text layer ──
const attorney = lines({
  id: 's101-atty',
  kind: 's101-attorney-lien-request-letter-text',
  before: 'Brennan & Sayre LLP — request for itemized bill and lien amount',
  text: [
    'Re: our client Doris Kowalczyk, date of loss 06/14/2025, our file [22849]',
    'Please send an itemized statement with CPT codes, what Medicare and Erie (PIP) paid, and any balance you claim.',
    'Your office did the sciatic neuroplasty ({64712}) and the lumbar plexus neuroplasty ({64714}); the defense IME disputes the second.',
    'Please confirm the plantar digital nerve neurolysis ({64632}) and the facial chemodenervation ({64612}) were unrelated.',
    'Reply to 50 Fountain Plaza, Suite 1400, Buffalo NY [14202] before the settlement conference of 02/10/2026.',
  ].join('\n'),
});

// ── 18. Itemized statement for the attorney, table ──
const itemized = table({
  id: 's101-itemized',
  kind: 's101-itemized-statement-for-attorney-grid',
  caption: 'Itemized statement — Kowalczyk, Doris M — accident-related and unrelated services',
  headers: ['DOS', 'CPT', 'Description', 'Charge', 'Medicare paid', 'PIP paid', 'Balance'],
  rows: [
    ['07/08/2025', '{99204}', 'New patient visit', '310.00', '171.40', '75.76', '0.00'],
    ['07/22/2025', '{64445}', 'Sciatic nerve block', '650.00', '88.63', '222.77', '0.00'],
    ['07/22/2025', '{76942}', 'US guidance', '310.00', '0.00', '102.63', '0.00'],
    ['08/12/2025', '{64712}', 'Neuroplasty, sciatic', '2450.00', '498.22', '750.68', '0.00'],
    ['09/02/2025', '{64714}', 'Neuroplasty, lumbar plexus', '2210.00', '441.07', 'Denied', '0.00'],
    ['09/16/2025', '{64632}', 'Plantar digital neurolysis (unrelated)', '640.00', '96.31', '—', '0.00'],
    ['09/24/2025', '{64612}', 'Chemodenervation, facial (unrelated)', '855.00', '188.42', '—', '0.00'],
  ],
});

// ── 19. 835 with MSP denials, a reversal and PLB offsets, text layer ──
const era835 = lines({
  id: 's101-835',
  kind: 's101-835-msp-reversal-plb-offset-text',
  before: '835 ERA — NGS Medicare Part B — segments one per line',
  text: [
    'N1*PR*NATIONAL GOVERNMENT SERVICES~',
    'N4*INDIANAPOLIS*IN*[46206]~',
    'CLP*[20448]*4*2760*0**MB*2225280914560*24~',
    'SVC*HC:{64712}:RT*2450*0**1~',
    'CAS*OA*22*2450~',
    'SVC*HC:{76942}*310*0**1~',
    'CAS*OA*22*310~',
    'CLP*[64714]*22*-650*-88.63**MB*2225190447120*11~',
    'SVC*HC:{64445}:RT*-650*-88.63**1~',
    'PLB*1396012281*20251231*WO:2225211033605*498.22*L6*-3.18~',
  ].join('\n'),
});

// ── 20. Medicare standard paper remit, MSP secondary claims, table ──
const spr = table({
  id: 's101-spr',
  kind: 's101-medicare-spr-msp-secondary-grid',
  caption: 'Medicare Part B Standard Paper Remittance — claims processed as secondary (MSP)',
  headers: [
    'REND PROV',
    'SERV DATE',
    'POS',
    'NOS',
    'PROC',
    'MODS',
    'BILLED',
    'ALLOWED',
    'DEDUCT',
    'COINS',
    'GRP/RC-AMT',
    'PROV PD',
  ],
  rows: [
    ['NF0114422', '0919 091925', '11', '1', '{64612}', '', '590.00', '214.77', '0.00', '0.00', 'OA23 176.48', '38.29'],
    ['NF0114422', '0919 091925', '11', '1', '{95874}', '', '98.00', '42.60', '0.00', '0.00', 'OA23 35.80', '6.80'],
    ['NF0114422', '1004 100425', '11', '1', '{64632}', 'LT', '640.00', '161.09', '0.00', '0.00', 'OA23 161.09', '0.00'],
    ['NF0114422', '1014 101425', '24', '1', '{64445}', 'RT', '650.00', '102.55', '0.00', '0.00', 'OA23 80.12', '22.43'],
    ['NF0114422', '1014 101425', '24', '1', '{64447}', 'RT', '620.00', '96.10', '0.00', '0.00', 'OA23 96.10', '0.00'],
  ],
});

// ── 21. MAC voluntary refund form, text layer ──
const refundForm = lines({
  id: 's101-refundform',
  kind: 's101-mac-voluntary-refund-form-text',
  before: 'Medicare Part B Voluntary Refund Form — typed by the practice',
  text: [
    'Provider: Niagara Frontier Pain & Nerve, PLLC   NPI 1396012281   PTAN NF0114422   Practice ZIP [14226]',
    'Check number [10342]   Check amount $586.85   Check date 11/03/2025',
    'Beneficiary: Doris M Kowalczyk   MBI 5TG7-QR2-JK41   ICN 2225211033605   DOS 08/12/2025   CPT {64712}   $498.22',
    'Second claim: ICN 2225190447120   DOS 07/22/2025   CPT {64445}   $88.63',
    'Reason for refund: 09 — MSP no-fault insurance (primary payer Erie Insurance, NAIC [26263])',
    'Mail to NGS, Attn: Overpayment Recovery, PO Box 6118, Indianapolis IN [46206]-6118; replies to our PO Box [64612], Buffalo NY',
  ].join('\n'),
});

// ── 22. Practice refund log, table ──
const refundLog = table({
  id: 's101-refundlog',
  kind: 's101-practice-refund-log-grid',
  caption: 'Refund log — COB / MSP — Q4',
  headers: ['Refund #', 'Payer', 'Claim', 'DOS', 'Item', 'Amount', 'Check #', 'Reason'],
  rows: [
    ['[64445]', 'Medicare B', '2225211033605', '08/12/2025', '{64712}', '498.22', '[10342]', 'MSP no-fault'],
    ['[64446]', 'Medicare B', '2225190447120', '07/22/2025', '{64445}', '88.63', '[10342]', 'MSP no-fault'],
    ['[64447]', 'Highmark BCBS WNY', 'HM2519011770', '07/15/2025', '{64445}', '402.10', 'offset', 'WC primary'],
    ['[64448]', 'Highmark BCBS WNY', 'HM2519011780', '07/15/2025', '{64450}', '188.30', 'offset', 'WC primary'],
    ['[64449]', 'Aetna', 'EA7112059400', '10/04/2025', '{64632}', '214.00', '[10361]', 'Other GHP primary'],
  ],
});

// ── 23. COB recovery file layout (fixed width), table ──
const fileLayout = table({
  id: 's101-layout',
  kind: 's101-cob-recovery-file-layout-spec-grid',
  caption: 'COB recovery file — detail record layout (fixed width, fields separated by one space)',
  headers: ['Field', 'Name', 'Start', 'End', 'Len', 'Type', 'Example'],
  rows: [
    ['1', 'Record type', '1', '1', '1', 'A', 'D'],
    ['2', 'Recovery ID', '3', '7', '5', 'N', '[70520]'],
    ['3', 'Member ID', '9', '17', '9', 'AN', 'YRK771203'],
    ['4', 'Claim number', '19', '30', '12', 'AN', 'HM2519011770'],
    ['5', 'Service date', '32', '39', '8', 'CCYYMMDD', '20250715'],
    ['6', 'Procedure code (CPT/HCPCS)', '41', '45', '5', 'AN', '{64445}'],
    ['7', 'Paid amount', '47', '55', '9', 'N, 2 implied decimals', '000040210'],
    ['8', 'Other carrier NAIC', '57', '61', '5', 'N', '[16535]'],
    ['9', 'Other carrier ZIP', '63', '67', '5', 'N', '[60196]'],
    ['10', 'Coverage type', '69', '70', '2', 'A', 'WC'],
  ],
});

// ── 24. COB recovery file records, text layer ──
const fileRecords = lines({
  id: 's101-records',
  kind: 's101-cob-recovery-fixed-width-records-text',
  before: 'COBREC_20251101.TXT — opened in the file viewer',
  text: [
    'H COBREC 20251101 NIAGARA FRONTIER PAIN 1396012281',
    'D [70520] YRK771203 HM2519011770 20250715 {64445} 000040210 [16535] [60196] WC',
    'D [70521] YRK771203 HM2519011780 20250715 {64450} 000018830 [16535] [60196] WC',
    'D [70522] YRK902215 HM2522104310 20250812 {64712} 000161240 [26263] [16530] NF',
    'D [70523] YRK610044 HM2527704150 20251004 {64632} 000021400 [60054] [06156] GH',
    'D [70524] YRK610044 HM2527704160 20251004 {95874} 000010240 [60054] [06156] GH',
    'T [00005] 000251920',
  ].join('\n'),
});

// ── 25. Recovery vendor CSV export, text layer ──
const csv = lines({
  id: 's101-csv',
  kind: 's101-recovery-vendor-csv-export-text',
  before: 'open_recoveries.csv (downloaded from the vendor portal)',
  text: [
    'recovery_id,claim_no,dos,cpt,mod,paid,other_payer,other_payer_naic,payer_zip,status',
    '[72315],HM2526200900,2025-09-19,{64612},,688.00,MEDICARE B,,[46206],OPEN',
    '[72316],HM2526200910,2025-09-19,{95874},,102.40,MEDICARE B,,[46206],OPEN',
    '[73044],HM2527704150,2025-10-04,{64632},LT,214.00,AETNA LIFE,[60054],[06156],DISPUTED',
    '[73051],HM2528001020,2025-10-07,{64714},,1188.60,ZURICH AMERICAN,[16535],[60196],REFUNDED',
    '[73052],HM2528001030,2025-10-07,{64445},LT,287.51,ZURICH AMERICAN,[16535],[60196],REFUNDED',
    '[64612],HM2530100070,2025-10-28,{20552},,96.12,ERIE INS EXCH,[26263],[16530],OPEN',
  ].join('\n'),
});

// ── 26. E-mail between the recovery analyst and the practice, text layer ──
const email = lines({
  id: 's101-email',
  kind: 's101-recovery-analyst-email-thread-text',
  before: 'RE: Overpayment batch — Niagara Frontier Pain & Nerve (thread, newest last)',
  text: [
    'From: Tasha Greer, Recovery Analyst — Recovery [72315] (DOS 09/19, CPT {64612}) is open: our records say Medicare is primary.',
    'From: Lena Pawlak — Medicare paid secondary (OA-23) because your plan is primary: her spouse still works at Lakeview, 20+ employees.',
    "From: Tasha Greer — Understood. I'll close [72315] and [72316] once you send the MSP questionnaire and the Medicare remit.",
    'From: Lena Pawlak — Attached. Also [73044] is the plantar neurolysis ({64632}); Aetna termed her on 06/30/2025, member ZIP [14223].',
    'From: Tasha Greer — Please do not refund [73051] or [73052] twice: those ({64714}, {64445}) were offset on check [88094].',
    'Tasha Greer | COB Recovery | PO Box [31127], Pittsburgh PA [15230]',
  ].join('\n'),
});

// ── 27. Liability / WC insurer ORM notice with the Section 111 RRE id, text layer (decoy only) ──
const orm = lines({
  id: 's101-orm',
  kind: 's101-insurer-orm-section111-notice-text',
  before: 'Zurich North America — Notice of Ongoing Responsibility for Medicals (ORM)',
  text: [
    'Claimant: Raymond Ortiz   Medicare beneficiary: Yes   Date of injury: 07/02/2025',
    'Section 111 Responsible Reporting Entity (RRE) ID: [38113]   Claim no. 9870-[41141]',
    'ORM accepted for lumbar and right sciatic nerve injury; ORM termination date not yet reported.',
    'Bills to Zurich American Insurance Co (NAIC [16535]), PO Box [66926], Schaumburg IL [60196]',
    'Bill review by CorVel, electronic payer id [25133]; claims office fax ext. 4471',
  ].join('\n'),
});

// ── 28. MAC MSP overpayment (GHP primary) claim detail, table ──
const macOverpay = table({
  id: 's101-macop',
  kind: 's101-mac-msp-ghp-overpayment-detail-grid',
  caption: 'Overpayment detail — Medicare paid primary, group health plan primary per CWF',
  headers: ['AR #', 'ICN', 'Bene', 'DOS', 'HCPCS', 'Overpayment', 'Reason'],
  rows: [
    ['[31013]', '2225262311410', 'PIETRZAK, E', '09/19/2025', '{64612}', '412.80', 'MSP GHP — working aged'],
    ['[31013]', '2225262311410', 'PIETRZAK, E', '09/19/2025', '{95874}', '82.03', 'MSP GHP — working aged'],
    ['[31022]', '2225277090551', 'SZYMANSKI, A', '10/04/2025', '{64632}', '161.09', 'MSP GHP — working aged'],
    ['[31022]', '2225277090551', 'SZYMANSKI, A', '10/04/2025', '{99213}', '92.36', 'MSP GHP — working aged'],
  ],
});

// ── 29. MAC MSP overpayment letter, text layer (decoy only) ──
const macLetter = lines({
  id: 's101-macletter',
  kind: 's101-mac-msp-overpayment-letter-text',
  before: 'National Government Services — Overpayment notification — Medicare Secondary Payer',
  text: [
    'Overpayment: $748.28   Reason: Medicare paid primary; group health plan (20+ employees) is primary.',
    'Accounts receivable numbers: [31013], [31022]   Interest accrues from day 31 at the current rate.',
    'Recoupment (offset) from your payments begins on day 41 unless paid in full or a redetermination is filed.',
    'Pay by check to NGS, Overpayment Recovery, PO Box 6474, Indianapolis IN [46207]',
    "Group health plan on file: Highmark BCBS WNY, group [18829] (spouse's employer)",
  ].join('\n'),
});

// ── 30. HL7 insurance update after the questionnaire, text layer ──
const hl7 = lines({
  id: 's101-hl7',
  kind: 's101-hl7-adt-in1-ft1-cob-update-text',
  before: 'ADT^A08 insurance update after the MSP questionnaire — segments one per line',
  text: [
    'MSH|^~\\&|REG|NFPN|PM|NFPN|20251104101500||ADT^A08|[88431]|P|2.5.1',
    'PID|1||MRN0045522^^^NFPN||KOWALCZYK^DORIS^M||19530311|F|||118 CLEVELAND DR^^CHEEKTOWAGA^NY^[14215]',
    'IN1|1|NF|[26263]|ERIE INSURANCE EXCHANGE|100 ERIE INSURANCE PL^^ERIE^PA^[16530]|||||||||||||||||||1|||||||||||||Q[64632]-07',
    'IN1|2|BCB|[55252]|HIGHMARK BCBS WNY|PO BOX 80^^BUFFALO^NY^[14240]||[18829]|||||||||||||||2',
    'IN1|3|MCB|[13102]|MEDICARE PART B NGS|PO BOX 6178^^INDIANAPOLIS^IN^[46206]|||||||||||||||||||3',
    'FT1|1|||20250812|20250812|CG|{64712}^NEUROPLASTY SCIATIC NERVE^CPT|||1||2450.00',
    'FT1|2|||20250902|20250902|CG|{64714}^NEUROPLASTY LUMBAR PLEXUS^CPT|||1||2210.00',
  ].join('\n'),
});

// ── 31. Coverage discovery JSON (COB API), text layer ──
const json = lines({
  id: 's101-json',
  kind: 's101-coverage-discovery-json-response-text',
  before: 'Coverage discovery API response (pretty-printed JSON)',
  text: [
    '"caseRef": "[64714]",',
    '"memberZip": "[14223]",',
    '"otherCoverage": [{ "payer": "AETNA LIFE", "naic": "[60054]", "group": "[86739]", "termDate": "2025-06-30" }],',
    '"impactedClaims": [',
    '  { "claim": "HM2527704150", "cpt": "{64632}", "paid": 214.00 },',
    '  { "claim": "HM2526200900", "cpt": "{64612}", "paid": 688.00 },',
    '  { "claim": "HM2528001020", "cpt": "{64714}", "paid": 1188.60 }',
    '],',
  ].join('\n'),
});

// ── 32. Recovery case XML export, text layer ──
const xml = lines({
  id: 's101-xml',
  kind: 's101-recovery-case-xml-export-text',
  before: 'Case management export (XML)',
  text: [
    '<RecoveryCase id="[51454]" type="LIABILITY" status="FINAL_DEMAND">',
    '  <Debtor role="BENEFICIARY" zip="[14215]"/>',
    '  <Insurer naic="[35882]" policy="4412-[64445]-90"/>',
    '  <Line icn="2225211033605" proc="{64712}" paid="498.22"/>',
    '  <Line icn="2225245519330" proc="{64714}" paid="441.07"/>',
    '  <Line icn="2225190447120" proc="{64445}" paid="88.63"/>',
    '  <Line icn="2225262201010" proc="{64632}" paid="96.31" disputed="Y"/>',
    '  <Demand amount="8728.23" debtNumber="[70409]"/>',
    '</RecoveryCase>',
  ].join('\n'),
});

// ── 33. Practice credit balance report, table ──
const creditBal = table({
  id: 's101-credits',
  kind: 's101-ar-credit-balance-cob-report-grid',
  caption: 'A/R credit balances caused by coordination of benefits — review before refund',
  headers: ['Acct', 'Patient', 'DOS', 'Svc', 'Payer that overpaid', 'Credit', 'Primary per COB', 'Action'],
  rows: [
    ['[44061]', 'Kowalczyk, D', '08/12/2025', '{64712}', 'Medicare B', '-498.22', 'Erie PIP', 'Refund form sent'],
    ['[44061]', 'Kowalczyk, D', '07/22/2025', '{64445}', 'Medicare B', '-88.63', 'Erie PIP', 'Refund form sent'],
    ['[39871]', 'Ortiz, R', '07/15/2025', '{64445} {64450}', 'Highmark', '-590.40', 'Zurich WC', 'Await offset'],
    [
      '[51106]',
      'Pietrzak, E',
      '09/19/2025',
      '{64612}',
      'Highmark',
      '-688.00',
      'Highmark is primary',
      'Dispute recovery',
    ],
    ['[48809]', 'Szymanski, A', '10/04/2025', '{64632}', 'Aetna', '-214.00', 'Highmark', 'Refund to Aetna'],
  ],
});

// ── 34. 837P to Medicare as secondary payer, text layer ──
const x12secondary = lines({
  id: 's101-837',
  kind: 's101-837p-medicare-secondary-cob-loops-text',
  before: '837P claim to Medicare as secondary — loops 2000B, 2300, 2320, 2400, 2430',
  text: [
    'SBR*S*18*******MB~',
    'NM1*PR*2*MEDICARE PART B*****PI*[13102]~',
    'CLM*[51106]*688***11:B:1*Y*A*Y*Y~',
    'SBR*P*18*[18829]******BL~',
    'AMT*D*412.80~',
    'NM1*PR*2*HIGHMARK BCBS WNY*****PI*[55252]~',
    'SV1*HC:{64612}*590*UN*1***1~',
    'SVD*[55252]*354.10*HC:{64612}**1~',
    'CAS*PR*2*88.52~',
    'SV1*HC:{95874}*98*UN*1***1~',
    'SVD*[55252]*58.70*HC:{95874}**1~',
  ].join('\n'),
});

// ── 35. Payer claim status portal, pended for COB, table ──
const claimStatus = table({
  id: 's101-status',
  kind: 's101-payer-claim-status-cob-pend-grid',
  caption: 'Claim status — pended: coordination of benefits information needed',
  headers: ['Claim #', 'DOS', 'Proc', 'Billed', 'Status', 'Pend reason'],
  rows: [
    ['HM2519011770', '07/15/2025', '{64445}', '650.00', 'Pended', 'Accident questionnaire not returned'],
    ['HM2519011780', '07/15/2025', '{64450}', '420.00', 'Pended', 'Accident questionnaire not returned'],
    ['HM2521004410', '07/29/2025', '{64714}', '2210.00', 'Pended', 'Possible workers compensation'],
    ['HM2521704990', '08/05/2025', '{99214}', '280.00', 'Pended', 'Possible workers compensation'],
    ['HM2530100070', '10/28/2025', '{20552}', '180.00', 'Paid', '—'],
    ['HM2531100120', '11/07/2025', '{20553}', '210.00', 'Denied', 'Other carrier primary — submit EOB'],
  ],
});

// ── 36. Recovery analyst's quarterly memo, list ──
const memo = lines({
  id: 's101-memo',
  kind: 's101-quarterly-cob-recovery-memo-list-text',
  before: 'Q3 COB recoveries at pain practices — procedures with the most dollars recovered',
  text: [
    '1. {64712} neuroplasty, sciatic — 14 recoveries',
    '2. {64714} — 9 recoveries, mostly workers compensation',
    '3. {64445} — 31 recoveries (small dollars, high count)',
    '4. {64632} — 12 recoveries',
    '5. {64612} billed with {95874} — 8 recoveries',
    '6. {62323} — 22 recoveries',
    '7. {64493} / {64494} — 17 recoveries',
    'Most frequent other carrier claims ZIP: [16530] (Erie)',
  ].join('\n'),
});

// ── 37. Front-desk MSP rule, prose without a coding verb ──
const frontDesk = lines({
  id: 's101-frontdesk',
  kind: 's101-front-desk-msp-reask-rule-text',
  before: 'Front desk policy — when to ask the MSP questions again',
  text: [
    'Ask the accident questions again before any injury-related procedure: sciatic neuroplasty {64712}, lumbar plexus {64714}, sciatic block {64445}.',
    'For chemodenervation ({64612}) and plantar neurolysis ({64632}) the accident part rarely applies; ask Part IV (employment, group plan) only.',
    'Keep the signed questionnaire 10 years; scan it as document type MSPQ.',
    'Mail returned questionnaires to our billing office, PO Box [64612], Buffalo NY [14240].',
  ].join('\n'),
});

// ── 38. Dispute letter to the BCRC from the practice, text layer ──
const dispute = lines({
  id: 's101-dispute',
  kind: 's101-practice-cp-dispute-letter-text',
  before: 'Niagara Frontier Pain & Nerve — letter to the BCRC supporting the beneficiary’s dispute',
  text: [
    'Re: Medicare Case ID 202506140038127, Doris M. Kowalczyk',
    'The following services on the Payment Summary Form are not related to the 06/14/2025 accident:',
    'ICN 2225262201010: plantar digital nerve neurolysis, CPT {64632} with ultrasound guidance {76942} (Morton neuroma, diagnosed 2023).',
    'ICN 2225270055418: chemodenervation of the facial nerve, CPT {64612}, with EMG guidance {95874} (hemifacial spasm since 2021).',
    'Office visit {99213} on 09/24/2025 was for the same unrelated problem.',
    'Records enclosed; our return address is 3980 Sheridan Dr, Amherst NY [14226].',
  ].join('\n'),
});

// ── 39. Payer letter asking the member to update other coverage, text layer (decoy only) ──
const memberLetter = lines({
  id: 's101-memberltr',
  kind: 's101-member-cob-update-request-letter-text',
  before: 'Highmark BCBS WNY — Please tell us about any other health coverage',
  text: [
    'Edward Pietrzak, 42 Losson Rd, Cheektowaga NY [14227]   Member ID YRK610044   Group [18829]',
    'Our records show you may have Medicare and coverage through your spouse. Until you answer, claims may be denied.',
    'Answer online, by phone, or mail the form to COB Unit, PO Box [89417], Pittsburgh PA [15222]-0417.',
    'Reference number for this request: [52731]   Letter code COB-Q1   Page 1 of 2',
  ].join('\n'),
});

// ── 40. Incoming recovery and refund checks log, table ──
const checksLog = table({
  id: 's101-checks',
  kind: 's101-recovery-checks-received-log-grid',
  caption: 'Checks received for accident and COB accounts — posting log',
  headers: ['Batch', 'Check #', 'From', 'Amount', 'Applied to', 'Note'],
  rows: [
    ['[27908]', '[53690]', 'Erie Insurance Exchange (PIP)', '750.68', 'DOS 08/12 {64712}', 'NF-3 paid at fee schedule'],
    [
      '[27908]',
      '[53691]',
      'Erie Insurance Exchange (PIP)',
      '222.77',
      'DOS 07/22 {64445}, {76942}',
      'Partial; interest to follow',
    ],
    ['[27915]', '[82604]', 'Zurich American / CorVel', '1188.60', '{64714} per EOR line 4', 'WC'],
    ['[27915]', '[82611]', 'Zurich American / CorVel', '463.54', 'Lines 1–2 ({64445}, {64450})', 'WC'],
    ['[27922]', 'EFT', 'Highmark BCBS WNY', '[12850].44', 'Bulk payment, offsets listed on remit', 'See PLB'],
    ['[27930]', '[20774]', 'Brennan & Sayre LLP (trust)', '0.00', 'No lien on {64632} / {64612}', 'Letter only'],
  ],
});

export const sealed101: Snippet[] = [
  ...cpl,
  ...paymentSummary,
  ...msprpClaims,
  ...msprpCase,
  ...finalDemand,
  ...procurement,
  ...mspq,
  ...otherIns,
  ...vendorWorklist,
  ...overpayNotice,
  ...investigation,
  ...accidentQ,
  ...nf3,
  ...nf10,
  ...wcEor,
  ...wcSetup,
  ...attorney,
  ...itemized,
  ...era835,
  ...spr,
  ...refundForm,
  ...refundLog,
  ...fileLayout,
  ...fileRecords,
  ...csv,
  ...email,
  ...orm,
  ...macOverpay,
  ...macLetter,
  ...hl7,
  ...json,
  ...xml,
  ...creditBal,
  ...x12secondary,
  ...claimStatus,
  ...memo,
  ...frontDesk,
  ...dispute,
  ...memberLetter,
  ...checksLog,
];
