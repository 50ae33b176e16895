import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 81 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s81-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (nerve blocks and neuroplasties, anesthesia codes such as 01402, ED and imaging codes in the
 * public use file). Air ambulance HCPCS codes (A0431, A0436) are not five-digit tokens. About a third of the decoys are
 * numbers of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs, PO boxes, check numbers, plan group numbers,
 * batch numbers, portal user ids, MSA codes and invoice customer numbers. The five known codes' digits come back as
 * decoys: a plan administrator's PO box (also in the 835 N3 segment and the initiation notice), a plan's open
 * negotiation reference, an IDR entity's case number, an invoice number, a claims PO box, a batch number, a practice
 * management claim number, an air ambulance pick-up ZIP, an in-network agreement number, a portal organization id and
 * the IDR entity's document PO box.
 *
 * Family: No Surprises Act federal independent dispute resolution (IDR) and open negotiation between out-of-network
 * providers (an anesthesia and pain group, a peripheral nerve surgery group, an air ambulance operator) and health
 * plans, provider and plan side: the federal IDR portal's dispute record and batched line items, an open negotiation
 * notice with its attachment and the plan's response and counteroffer, a QPA disclosure (statement and by-code grid)
 * and a provider's request for more QPA information, a certified IDR entity's payment determination as prose with its
 * line results, a batching worksheet and batching notes, an IDR fee invoice, an air ambulance batch and QPA note, an
 * anesthesia batch and offer rationale, an eligibility objection and the initiating party's response, a provider
 * group's IDR tracker (grid and CSV), a JSON dispute record, an 835 initial payment, a batch upload XML, a notice of
 * IDR initiation, the provider's written offer, a post-determination payment follow-up and the plan's payment log, a
 * plan's IDR work queue, an open negotiation log, a deadline calendar, a public use file extract, and decoy-only pages
 * (the IDR entity's fee schedule, contact page and invoice, the portal account settings and users, a fee receipt).
 * Built on real public layouts: the standard Open Negotiation Notice (part 1: date furnished, service code, initial
 * payment or notice of denial, offer), the Notice of IDR Initiation, the QPA disclosure of 45 CFR 149.140(d), the
 * federal IDR public use file columns (dispute number, type of dispute, service code, type of service code, place of
 * service, location of service, prevailing party), the CIDRE and administrative fee structure with tiered batched fees,
 * the air ambulance QPA by point-of-pick-up ZIP, and X12 835 segments (N1/N3/N4/REF/CLP/SVC/DTM/CAS). The portal
 * screens and the others are written the way those pages read, with no single source.
 *
 * 352 labelled tokens over 39 shapes: 140 codes, 212 decoys, 78 of the decoys in KNOWN_10K.
 */

// ── 1. Federal IDR portal, dispute record summary, text layer ──
const portalSummary = lines({
  id: 's81-portal',
  kind: 's81-idr-portal-dispute-record-summary-text',
  before: 'Federal IDR Portal — Dispute Details',
  text: [
    'Dispute number: DISP-1184725   Status: Pending payment determination   Type: Batched (5 line items)',
    'Initiating party: Trinity Regional Anesthesia & Pain, PA   Practice ZIP [75240]   Provider TIN ending 8841',
    'Non-initiating party: Bluebonnet Employers Health Plan (self-funded, ERISA) c/o Northbridge Administrators',
    'Plan administrator mailing address: PO Box [64712], Kansas City, MO [64141]',
    'Geographic region (MSA) [19100] Dallas-Fort Worth-Arlington   Insurance market: self-insured group health plan',
    'Open negotiation initiated 02/03/2025, period ended 03/17/2025; IDR initiated 03/20/2025',
    'Selected certified IDR entity: Crestline Dispute Resolution, LLC (entity no. [10287])',
    'Service code in batch: {64445} (all line items)   Related dispute: DISP-1184731 ({64447})',
  ].join('\n'),
});

// ── 2. Federal IDR portal, batched line items, table ──
const portalLines = table({
  id: 's81-portallines',
  kind: 's81-idr-portal-batched-line-items-grid',
  caption: 'Line items (batched)',
  headers: [
    'Line',
    'Claim number',
    'Date of service',
    'Service code',
    'Mod',
    'POS',
    'QPA',
    'Initial payment',
    'Provider offer',
    'Plan offer',
  ],
  rows: [
    ['1', '2504117736201', '01/06/2025', '{64445}', 'RT', '22', '$98.41', '$98.41', '$612.00', '$118.00'],
    ['2', '2504117736318', '01/08/2025', '{64445}', 'LT', '22', '$98.41', '$98.41', '$612.00', '$118.00'],
    ['3', '2504119920377', '01/14/2025', '{64445}', 'RT', '24', '$91.07', '$91.07', '$612.00', '$109.00'],
    ['4', '2504121004687', '01/15/2025', '{64445}', '', '22', '$98.41', '$0.00 (denied)', '$612.00', '$118.00'],
    ['5', '2504123387049', '01/21/2025', '{64445}', 'RT', '22', '$98.41', '$98.41', '$612.00', '$118.00'],
  ],
});

// ── 3. Open negotiation notice (the standard notice form), text layer ──
const onNotice = lines({
  id: 's81-onnotice',
  kind: 's81-open-negotiation-notice-form-text',
  before: 'Open Negotiation Notice — No Surprises Act — standard notice',
  text: [
    'To: Meridian Health Insurance Co., Attn: NSA Open Negotiation, PO Box [30654], Atlanta, GA [30374]',
    'From: North Texas Nerve & Hand Surgery, PLLC, 7150 Greenville Ave Ste 400, Dallas, TX [75231]',
    'This notice starts the 30-business-day open negotiation period for the items and services listed below.',
    'Part 1 — Date item or service was furnished: 12/19/2024   Service code: {64712}   Claim no. 24Z3318840',
    'Initial payment amount or notice of denial of payment: $1,022.16 (remittance of 01/13/2025, check [61307])',
    'Offer for out-of-network rate: $4,850.00 for {64712}; see Attachment A for {64714} and the other items',
    'Patient plan group no. [47310]   Date of notice 02/10/2025   Contact: R. Patel, (214) 555-0143',
  ].join('\n'),
});

// ── 4. Open negotiation notice, Attachment A, table ──
const onItems = table({
  id: 's81-onitems',
  kind: 's81-open-negotiation-items-attachment-grid',
  caption: 'Attachment A — items and services subject to this notice',
  headers: ['Item', 'Claim number', 'Date furnished', 'Code', 'Initial payment', 'Offer', 'Remit check'],
  rows: [
    ['1', '24Z3318840', '12/19/2024', '{64712}', '$1,022.16', '$4,850.00', '[61307]'],
    ['2', '24Z3318841', '12/19/2024', '{64714}', '$861.40', '$3,900.00', '[61307]'],
    ['3', '24Z3402217', '12/23/2024', '{64712}', '$1,022.16', '$4,850.00', '[61388]'],
    ['4', '24Z3402218', '12/23/2024', '{64708}', '$544.90', '$2,600.00', '[61388]'],
    ['5', '24Z3511092', '09/30/2024', '{64721}', '$402.75', '$1,950.00', '[60543]'],
    ['6', '25A0017734', '01/06/2025', '{64718}', '$498.12', '$2,300.00', '[61455]'],
  ],
});

// ── 5. Plan's response to the open negotiation notice, text layer ──
const planResponse = lines({
  id: 's81-planresp',
  kind: 's81-open-negotiation-plan-response-letter-text',
  before: 'Meridian Health Insurance Co. — Response to Open Negotiation Notice',
  text: [
    'Our reference ON-[64714]   Your notice dated 02/10/2025   Provider TIN ending 5302',
    'We reviewed the items in your notice. For CPT {64712} (DOS 12/19/2024 and 12/23/2024) our counteroffer is $1,180.00.',
    'For {64714} we maintain the initial payment of $861.40, which equals the QPA in the geographic region (MSA [19100]).',
    'The items billed as {64708}, {64721} and {64718} are under review; we will answer by 03/07/2025.',
    'Send further correspondence to PO Box [30654], Atlanta, GA [30374], or fax (404) 555-0192.',
    'If no agreement is reached, either party may initiate federal IDR within 4 business days after the period ends.',
  ].join('\n'),
});

// ── 6. QPA disclosure statement, text layer ──
const qpaStatement = lines({
  id: 's81-qpa',
  kind: 's81-qpa-disclosure-statement-text',
  before: 'Qualifying Payment Amount disclosure (45 CFR 149.140(d))',
  text: [
    'Plan: Bluebonnet Employers Health Plan   Group no. [40650]   Claim 2504117736201',
    'The QPA for service code {64445} furnished 01/06/2025 is $98.41; for {64447} it is $87.30.',
    'Each QPA was determined under the methodology of 45 CFR 149.140(c) for the geographic region, MSA [19100].',
    'For anesthesia services ({01402}, {01400}) the QPA is stated as a conversion factor of $62.18 per unit.',
    'None of the contracted rates used were set on a basis other than fee-for-service; modifiers did not change the QPA.',
    'Questions: Northbridge Administrators, 5800 Granite Pkwy Ste 900, Plano, TX [75024]',
    'Claims correspondence: PO Box [64612], Kansas City, MO [64141]',
  ].join('\n'),
});

// ── 7. QPA disclosure, by code, table ──
const qpaGrid = table({
  id: 's81-qpagrid',
  kind: 's81-qpa-disclosure-by-code-grid',
  caption: 'QPA by item or service (claim year 2025)',
  headers: ['CPT/HCPCS', 'Modifier', 'QPA', 'Region (MSA)', 'Market', 'Contracted rates used'],
  rows: [
    ['{64445}', '—', '$98.41', '[19100]', 'Self-insured', '37'],
    ['{64447}', '—', '$87.30', '[19100]', 'Self-insured', '37'],
    ['{64712}', '—', '$1,022.16', '[19100]', 'Large group', '12'],
    ['{64714}', '—', '$861.40', '[19100]', 'Large group', '9'],
    ['{64632}', 'T1', '$121.55', '[26420]', 'Individual', '22'],
    ['{64612}', '—', '$233.09', '[41700]', 'Small group', '18'],
  ],
});

// ── 8. Certified IDR entity's payment determination, prose ──
const determination = lines({
  id: 's81-determ',
  kind: 's81-idr-payment-determination-letter-text',
  before: 'Crestline Dispute Resolution, LLC — Certified IDR Entity — Payment Determination Notice',
  text: [
    'Dispute number DISP-1184725   Entity case no. [64632]-B   Date of determination 05/02/2025',
    'Crestline Dispute Resolution, LLC has reviewed the offers submitted by both parties for the batched items.',
    'For line items 1, 2, 4 and 5 (sciatic nerve block, {64445}), the certified IDR entity selects the offer of the plan.',
    'Line item 3 ({64445}) was furnished at place of service 24; the entity found no material difference in acuity.',
    'The QPA of $98.41 was weighed together with the information on level of training and case complexity.',
    'A line for continuous infusion management ({01996}) was withdrawn from the batch on 04/11/2025 and was not decided.',
    'Any amount owed must be paid within 30 calendar days of this notice.',
    'Crestline Dispute Resolution, LLC, 1201 Elm St Ste 2400, Dallas, TX [75270]',
  ].join('\n'),
});

// ── 9. Determination attachment, results by line, table ──
const determResults = table({
  id: 's81-determres',
  kind: 's81-determination-line-results-grid',
  caption: 'Attachment 1 — Determination by line item',
  headers: ['Line', 'Item', 'Provider offer', 'Plan offer', 'Selected', 'OON rate', 'Amount due'],
  rows: [
    ['1', '{64445}', '$612.00', '$118.00', 'Plan', '$118.00', '$19.59'],
    ['2', '{64445}', '$612.00', '$118.00', 'Plan', '$118.00', '$19.59'],
    ['3', '{64445}', '$612.00', '$109.00', 'Plan', '$109.00', '$17.93'],
    ['4', '{64445}', '$612.00', '$118.00', 'Plan', '$118.00', '$118.00'],
    ['5', '{64445}', '$612.00', '$118.00', 'Plan', '$118.00', '$19.59'],
  ],
});

// ── 10. Batching worksheet, table ──
const batchSheet = table({
  id: 's81-batch',
  kind: 's81-batching-worksheet-grid',
  caption: 'Batching worksheet — same service code, same plan, same 30-business-day window',
  headers: ['Batch #', 'Claim', 'DOS', 'Svc', 'Plan', 'Window start', 'Window end', 'Eligible'],
  rows: [
    ['[20412]', '[88107]', '01/06/2025', '{64445}', 'Bluebonnet', '01/06/2025', '02/14/2025', 'Yes'],
    ['[20412]', '[88154]', '01/08/2025', '{64445}', 'Bluebonnet', '01/06/2025', '02/14/2025', 'Yes'],
    ['[20412]', '[88163]', '01/21/2025', '{64445}', 'Bluebonnet', '01/06/2025', '02/14/2025', 'Yes'],
    ['[20413]', '[88190]', '01/09/2025', '{64447}', 'Bluebonnet', '01/09/2025', '02/20/2025', 'Yes (own batch)'],
    ['[20414]', '[88201]', '01/10/2025', '{64632}', 'Meridian', '01/10/2025', '02/21/2025', 'Yes'],
    ['[20414]', '[88377]', '02/27/2025', '{64632}', 'Meridian', '01/10/2025', '02/21/2025', 'No — outside window'],
    ['[64712]', '[88402]', '01/13/2025', '{64612}', 'Meridian', '01/13/2025', '02/24/2025', 'Yes'],
    ['—', '[88455]', '01/14/2025', '{64612}', 'Bluebonnet', '—', '—', 'No — other plan'],
  ],
});

// ── 11. Batching rules, team notes, text layer ──
const batchNotes = lines({
  id: 's81-batchnotes',
  kind: 's81-batching-rules-notes-text',
  before: 'Batching notes (revenue cycle team wiki)',
  text: [
    '• Only items billed under the same service code share a batch: {64445} and {64447} go in separate disputes.',
    '• Items must fall in the same 30-business-day period; the Q1 window for Bluebonnet opened 01/06/2025.',
    '• Anesthesia: {01402} and {01400} are different codes, so separate batches even though both are knee cases.',
    '• Never batch {64712} with {64714} (North Texas Nerve & Hand had a line knocked out for this).',
    '• Batch numbers come from the tracker; the next free batch number is [20415].',
  ].join('\n'),
});

// ── 12. IDR entity fee invoice, text layer (decoy only) ──
const feeInvoice = lines({
  id: 's81-invoice',
  kind: 's81-idr-fee-invoice-text',
  before: 'Crestline Dispute Resolution, LLC — Invoice',
  text: [
    'Invoice no. [64612]   Invoice date 03/27/2025   Terms: due on receipt',
    'Bill to: Trinity Regional Anesthesia & Pain, PA, [13355] Noel Rd Ste 1100, Dallas, TX [75240]',
    'Re: DISP-1184725 (batched, 5 line items)   Customer no. [40523]',
    'Certified IDR entity fee, batched determination: $268.00   Administrative fee is paid to the Departments separately',
    'Remit to: PO Box [81620], Dallas, TX [75265]   ACH addenda: customer no. [40523]',
  ].join('\n'),
});

// ── 13. IDR entity fee invoice, detail lines, table (decoy only) ──
const feeInvoiceLines = table({
  id: 's81-invlines',
  kind: 's81-idr-fee-invoice-lines-grid',
  caption: 'Invoice detail',
  headers: ['Item', 'Description', 'Dispute', 'Qty', 'Unit', 'Amount'],
  rows: [
    ['[40110]', 'CIDRE fee — batched determination, 2–25 line items', 'DISP-1184725', '1', '$268.00', '$268.00'],
    ['[40120]', 'CIDRE fee — single determination', 'DISP-1184731', '1', '$200.00', '$200.00'],
    ['[40199]', 'Refund — prevailing party (credit applied)', 'DISP-1162044', '1', '($200.00)', '($200.00)'],
  ],
});

// ── 14. Air ambulance batch, table (decoy only: HCPCS A-codes, pick-up ZIPs) ──
const airBatch = table({
  id: 's81-air',
  kind: 's81-air-ambulance-batch-grid',
  caption: 'Air ambulance batch — rotor wing — Heartland LifeFlight v. Prairie States Benefit Trust',
  headers: ['Line', 'Trip #', 'DOS', 'HCPCS', 'Pick-up ZIP', 'Rural', 'Loaded miles', 'QPA', 'Offer'],
  rows: [
    ['1', '[30711]', '02/02/2025', 'A0431', '[64445]', 'Y', '48', '$18,442.90', '$52,300.00'],
    ['2', '[30744]', '02/05/2025', 'A0431', '[64457]', 'Y', '61', '$18,442.90', '$52,300.00'],
    ['3', '[30802]', '02/11/2025', 'A0431', '[66002]', 'N', '33', '$16,905.12', '$52,300.00'],
    ['4', '[30859]', '02/19/2025', 'A0431', '[64468]', 'Y', '57', '$18,442.90', '$52,300.00'],
    ['5', '[30911]', '02/26/2025', 'A0431', '[66048]', 'N', '29', '$16,905.12', '$52,300.00'],
    ['6', '[30711]', '02/02/2025', 'A0436', '[64445]', 'Y', '48', '$1,142.40', '$3,120.00'],
    ['7', '[30744]', '02/05/2025', 'A0436', '[64457]', 'Y', '61', '$1,451.80', '$3,965.00'],
  ],
});

// ── 15. Air ambulance, QPA note, text layer (decoy only) ──
const airNote = lines({
  id: 's81-airnote',
  kind: 's81-air-ambulance-qpa-note-text',
  before: 'Prairie States Benefit Trust — air ambulance QPA explanation',
  text: [
    'For air ambulance services the QPA is based on the ZIP of the point of pick-up and whether it is rural.',
    'Pick-up ZIPs [64445], [64457] and [64468] are rural; [66002] and [66048] fall in an MSA.',
    'Mileage (A0436) is paid per loaded statute mile at the QPA for the rural or urban region.',
    'Trust office: 1100 Main St, Suite 2100, Kansas City, MO [64105]',
  ].join('\n'),
});

// ── 16. Anesthesia batch, table ──
const anesBatch = table({
  id: 's81-anes',
  kind: 's81-anesthesia-batch-grid',
  caption: 'Anesthesia batch — Bluebonnet — total knee arthroplasty cases (base + time units)',
  headers: ['Case', 'DOS', 'CPT', 'Base', 'Time units', 'Total units', 'QPA CF', 'Offer CF', 'Facility ZIP'],
  rows: [
    ['[51207]', '01/07/2025', '{01402}', '7', '8.4', '15.4', '$62.18', '$92.00', '[75231]'],
    ['[51233]', '01/09/2025', '{01402}', '7', '9.1', '16.1', '$62.18', '$92.00', '[75231]'],
    ['[51240]', '01/10/2025', '{01402}', '7', '7.6', '14.6', '$62.18', '$92.00', '[76015]'],
    ['[51298]', '01/15/2025', '{01402}', '7', '10.2', '17.2', '$62.18', '$92.00', '[75231]'],
    ['[51302]', '01/15/2025', '{64445} (separate dispute)', '—', '—', '—', '$98.41', '$612.00', '[75231]'],
  ],
});

// ── 17. Anesthesia offer rationale, text layer ──
const anesNote = lines({
  id: 's81-anesnote',
  kind: 's81-anesthesia-offer-rationale-text',
  before: 'Offer rationale — anesthesia (submitted with the provider offer)',
  text: [
    'Our anesthesiologists personally performed every {01402} case in this batch; no CRNA was medically directed.',
    "The plan's QPA of $62.18 per unit for {01402} leaves out the case-rate contracts that dominate this market.",
    'Four patients also got an adductor canal block, billed separately as {64447}, and one a sciatic block ({64445}).',
    'Facility: Presbyterian Hospital of Dallas, 8200 Walnut Hill Ln, Dallas, TX [75231] (in-network facility).',
    'Market share: the group staffs 14 of the 19 orthopedic rooms at this facility.',
  ].join('\n'),
});

// ── 18. Eligibility objection by the non-initiating party, text layer ──
const objection = lines({
  id: 's81-object',
  kind: 's81-idr-eligibility-objection-text',
  before: 'Non-initiating party — objection to eligibility (submitted through the Federal IDR portal)',
  text: [
    'Dispute DISP-1190318   Initiating party: North Texas Nerve & Hand Surgery, PLLC   Plan: Meridian Health Insurance Co.',
    'The plan objects that the following line items are not eligible for the federal IDR process:',
    '(a) Line 2, {64714}, is batched with {64712}; the items are not billed under the same service code.',
    '(b) Line 5, {64721}: open negotiation was not started within 30 business days of the initial payment (check [60543]).',
    '(c) Line 6, {64718}, was furnished in a physician office (POS 11), not at an in-network facility.',
    '(d) Line 4 was paid at the in-network rate under provider agreement no. [64445]-TX.',
    'The plan does not object to lines 1 and 3 ({64712}, DOS 12/19/2024 and 12/23/2024).',
  ].join('\n'),
});

// ── 19. Initiating party's response to the objection, table ──
const objectionResponse = table({
  id: 's81-objresp',
  kind: 's81-eligibility-objection-response-grid',
  caption: 'Initiating party response to eligibility objection',
  headers: ['Line', 'Billed code', 'Objection', 'Our response', 'Exhibit'],
  rows: [
    ['2', '{64714}', 'Not the same service code as line 1', 'Agree — withdraw and file as its own dispute', '—'],
    ['4', '{64708}', 'Paid at in-network rate (agreement [64445]-TX)', 'Disagree: agreement ended 06/30/2024', 'D'],
    ['5', '{64721}', 'Open negotiation untimely', 'Disagree: check [60543] was reissued and received 01/02/2025', 'C'],
    ['6', '{64718}', 'Not a qualified item (POS 11)', 'Agree — withdraw', '—'],
  ],
});

// ── 20. Provider group's IDR tracker spreadsheet, table ──
const tracker = table({
  id: 's81-tracker',
  kind: 's81-provider-idr-tracker-spreadsheet-grid',
  caption: 'IDR tracker 2025 (shared workbook) — Trinity Regional Anesthesia & Pain',
  headers: [
    'Dispute #',
    'Payer',
    'Proc',
    'Lines',
    'DOS from',
    'QPA',
    'Our offer',
    'Status',
    'Next deadline',
    'PM claim',
  ],
  rows: [
    [
      'DISP-1184725',
      'Bluebonnet',
      '{64445}',
      '5',
      '01/06/2025',
      '$98.41',
      '$612.00',
      'Decided — plan offer',
      'Pay by 06/01',
      '[88107]',
    ],
    [
      'DISP-1184731',
      'Bluebonnet',
      '{64447}',
      '2',
      '01/09/2025',
      '$87.30',
      '$540.00',
      'Decided — our offer',
      'Pay by 06/01',
      '[88190]',
    ],
    [
      'DISP-1187702',
      'Meridian',
      '{64632}',
      '3',
      '01/10/2025',
      '$121.55',
      '$480.00',
      'Offers in',
      'Decision 05/19',
      '[88201]',
    ],
    [
      'DISP-1187745',
      'Meridian',
      '{64612}',
      '2',
      '01/13/2025',
      '$233.09',
      '$690.00',
      'Awaiting fee',
      'Fees due 04/24',
      '[88402]',
    ],
    ['DISP-1188010', 'Bluebonnet', '{01402}', '4', '01/07/2025', '$62.18/u', '$92.00/u', 'Offers in', '—', '[51207]'],
    ['—', 'Lakeview HMO', '{64445}', '1', '02/03/2025', '$104.22', '—', 'Open negotiation', 'ON ends 04/14', '[88551]'],
    [
      '—',
      'Lakeview HMO',
      '{64712}',
      '1',
      '02/04/2025',
      '$1,044.90',
      '—',
      'Open negotiation',
      'ON ends 04/14',
      '[64712]',
    ],
    [
      'DISP-1162044',
      'Prairie States',
      '{64450}',
      '1',
      '10/11/2024',
      '$141.30',
      '$410.00',
      'Closed — ineligible',
      '—',
      '[87040]',
    ],
  ],
});

// ── 21. IDR tracker, CSV export, text layer ──
const trackerCsv = lines({
  id: 's81-csv',
  kind: 's81-idr-tracker-csv-export-text',
  before: 'idr_tracker_export.csv (opened in a text editor)',
  text: [
    'dispute_id,payer,proc,dos,qpa,offer,status,pm_claim,payer_zip',
    'DISP-1184725,Bluebonnet,{64445},2025-01-06,98.41,612.00,decided_plan,[88107],[64141]',
    'DISP-1184731,Bluebonnet,{64447},2025-01-09,87.30,540.00,decided_provider,[88190],[64141]',
    'DISP-1187702,Meridian,{64632},2025-01-10,121.55,480.00,offers_submitted,[88201],[30374]',
    'DISP-1187745,Meridian,{64612},2025-01-13,233.09,690.00,awaiting_fee,[88402],[30374]',
    ',Lakeview HMO,{64712},2025-02-04,1044.90,,open_negotiation,[88560],[73104]',
    'DISP-1190455,Lakeview HMO,{64714},2025-02-04,861.40,3900.00,initiated,[88561],[73104]',
  ].join('\n'),
});

// ── 22. IDR dispute record through a vendor integration, JSON, text layer ──
const portalJson = lines({
  id: 's81-json',
  kind: 's81-idr-dispute-json-record-text',
  before: 'Dispute record (vendor integration, JSON pretty-printed)',
  text: [
    '"disputeNumber": "DISP-1187702",',
    '"initiatingPartyZip": "[75240]",',
    '"nonInitiatingPartyPayerId": "[30154]",',
    '"batched": true,',
    '"lineItems": [',
    '  { "line": 1, "serviceCode": "{64632}", "modifier": "T1", "qpa": 121.55, "offer": 480.00, "claim": "[88201]" },',
    '  { "line": 2, "serviceCode": "{64632}", "modifier": "T2", "qpa": 121.55, "offer": 480.00, "claim": "[88244]" },',
    '  { "line": 3, "serviceCode": "{64632}", "modifier": "T3", "qpa": 121.55, "offer": 480.00, "claim": "[88301]" }',
    '],',
    '"idrEntityId": "[10287]",',
    '"adminFeeReceipt": "[77165]"',
  ].join('\n'),
});

// ── 23. X12 835 initial payment remittance, text layer ──
const remit835 = lines({
  id: 's81-835',
  kind: 's81-835-initial-payment-remit-text',
  before: '835 remittance (initial payment) — Northbridge Administrators — one segment per line',
  text: [
    'N1*PR*NORTHBRIDGE ADMINISTRATORS~',
    'N3*PO BOX [64712]~',
    'N4*KANSAS CITY*MO*[64141]~',
    'REF*2U*[41212]~',
    'N1*PE*TRINITY REGIONAL ANESTHESIA AND PAIN*XX*1730541987~',
    'CLP*[88107]*1*612*98.41**12*2504117736201~',
    'SVC*HC:{64445}:RT*612*98.41**1~',
    'DTM*472*20250106~',
    'CAS*CO*45*513.59~',
    'CLP*[88154]*1*612*98.41**12*2504117736318~',
    'SVC*HC:{64445}:LT*612*98.41**1~',
    'CLP*[88190]*1*540*87.3**12*2504119920455~',
    'SVC*HC:{64447}:RT*540*87.3**1~',
  ].join('\n'),
});

// ── 24. Clearinghouse IDR module, batch upload XML, text layer ──
const batchXml = lines({
  id: 's81-xml',
  kind: 's81-idr-batch-upload-xml-text',
  before: 'Clearinghouse IDR module — batch upload (XML)',
  text: [
    '<IDRBatch batchId="[64712]" payerZip="[30374]" region="[19100]" plan="Meridian">',
    '  <Item line="1" code="{64612}" dos="2025-01-13" claim="[88402]" qpa="233.09" offer="690.00"/>',
    '  <Item line="2" code="{64612}" dos="2025-01-29" claim="[88433]" qpa="233.09" offer="690.00"/>',
    '  <Contact name="M. Ochoa" zip="[75240]"/>',
    '</IDRBatch>',
  ].join('\n'),
});

// ── 25. Certified IDR entity fee schedule page, table (decoy only) ──
const entityFees = table({
  id: 's81-entityfees',
  kind: 's81-idr-entity-fee-schedule-grid',
  caption: 'Crestline Dispute Resolution — fees for disputes initiated in 2025',
  headers: ['Dispute type', 'Line items', 'CIDRE fee', 'Administrative fee (each party)', 'Invoice item'],
  rows: [
    ['Single determination', '1', '$200.00', '$115.00', '[40120]'],
    ['Batched determination', '2–25', '$268.00', '$115.00', '[40110]'],
    ['Batched determination', '26–50', '$294.80', '$115.00', '[40111]'],
    ['Batched determination', '51–75', '$321.60', '$115.00', '[40112]'],
    ['Batched determination', '76 or more', '$348.40', '$115.00', '[40113]'],
    ['Air ambulance, single', '1', '$840.00', '$115.00', '[40130]'],
  ],
});

// ── 26. Certified IDR entity contact page, text layer (decoy only) ──
const entityContact = lines({
  id: 's81-contact',
  kind: 's81-idr-entity-contact-page-text',
  before: 'Contact us — Crestline Dispute Resolution, LLC',
  text: [
    'Headquarters: 1201 Elm St, Suite 2400, Dallas, TX [75270]',
    'Documents and correspondence: PO Box [64714], Dallas, TX [75264]',
    'Payments: PO Box [81620], Dallas, TX [75265]',
    'Austin office: 400 W 15th St, Suite 1100, Austin, TX [78701]',
    'Phone (972) 555-0110, option 3   TTY 711   Fax (972) 555-0119',
    'Federal IDR entity certification no. [10287], certified through 05/2027',
  ].join('\n'),
});

// ── 27. Federal IDR portal, account settings, text layer (decoy only) ──
const accountSettings = lines({
  id: 's81-settings',
  kind: 's81-idr-portal-account-settings-text',
  before: 'Federal IDR Portal — Account settings',
  text: [
    'Organization: Trinity Regional Anesthesia & Pain, PA   Organization ID [64445]',
    'Role: Organization administrator   User ID [30065]   Last sign-in 04/28/2025 09:14 CT',
    'Mailing address: [13355] Noel Rd Ste 1100, Dallas, TX [75240]',
    'Linked TINs: 2 (ending 8841, 2290)   Practice location ZIPs: [75240], [75093]',
    'Session timeout: 30 minutes   Sign-in: Login.gov with two-factor authentication',
    'Email notifications: on (dispute status, fee reminders)   Refund remittance ID [47722]',
  ].join('\n'),
});

// ── 28. Federal IDR portal, organization users, table (decoy only) ──
const accountUsers = table({
  id: 's81-users',
  kind: 's81-idr-portal-account-users-grid',
  caption: 'Users with access to this organization',
  headers: ['Name', 'Role', 'User ID', 'Office ZIP', 'Status'],
  rows: [
    ['M. Ochoa', 'Organization administrator', '[30065]', '[75240]', 'Active'],
    ['R. Kaplan', 'Dispute submitter', '[30118]', '[75240]', 'Active'],
    ['J. Wu (billing vendor)', 'Dispute submitter', '[31977]', '[77079]', 'Active'],
    ['T. Brandt', 'Read only', '[32240]', '[75093]', 'Disabled'],
  ],
});

// ── 29. Notice of IDR initiation, text layer ──
const initiation = lines({
  id: 's81-initiate',
  kind: 's81-notice-of-idr-initiation-text',
  before: 'Notice of IDR Initiation (copy furnished to the non-initiating party)',
  text: [
    'Initiating party: Trinity Regional Anesthesia & Pain, PA, [13355] Noel Rd Ste 1100, Dallas, TX [75240]',
    'Non-initiating party: Bluebonnet Employers Health Plan c/o Northbridge Administrators, PO Box [64712], Kansas City, MO [64141]',
    'Items or services: anesthesia for total knee arthroplasty, service code {01402}, 4 items, DOS 01/07/2025–01/15/2025',
    'Open negotiation period: 02/03/2025 to 03/17/2025   QPA reported by the plan: $62.18 per unit',
    'Preferred certified IDR entity: Crestline Dispute Resolution, LLC (no. [10287])',
    'Related items filed as separate disputes: {64447} (DISP-1184731) and {64445} (DISP-1184725).',
  ].join('\n'),
});

// ── 30. Provider's written offer, additional information, text layer ──
const offerBrief = lines({
  id: 's81-offer',
  kind: 's81-provider-offer-additional-information-text',
  before: "Initiating party's written offer — additional circumstances",
  text: [
    'North Texas Nerve & Hand Surgery offers $3,900.00 for the lumbar plexus neuroplasty billed as {64714} on 02/04/2025.',
    'The surgeon is fellowship-trained in peripheral nerve surgery; fewer than five surgeons in the region perform {64714}.',
    'The patient had two failed sciatic decompressions ({64712}, 06/2023 and 11/2023), which raised acuity and operative time.',
    "The plan's QPA ($861.40) rests on 9 contracted rates from a narrow network with under 4% share of MSA [19100].",
    'Good-faith effort: we offered a single-case agreement on 03/03/2025 (reference [31850]-SCA); the plan did not reply.',
    'Payment address: 7150 Greenville Ave Ste 400, Dallas, TX [75231]',
  ].join('\n'),
});

// ── 31. Post-determination payment follow-up email, text layer ──
const followUp = lines({
  id: 's81-followup',
  kind: 's81-post-determination-payment-followup-email-text',
  before: 'Email — Re: payment owed after the IDR determination',
  text: [
    'To: Northbridge Administrators provider services   From: M. Ochoa, Trinity Regional Anesthesia & Pain',
    'The certified IDR entity selected our offer ($540.00) for both {64447} line items on 05/02/2025; payment was due in 30 days.',
    'As of 06/09/2025 we have received $87.30 per line only (check [61744]); $452.70 per line is outstanding.',
    'Our patient account numbers are [88190] and [88226]; your claim numbers 2504119920455 and 2504123387112.',
    'Please remit to PO Box [77141], Dallas, TX [75377].',
    'Without payment by 06/20/2025 we will file a complaint with the No Surprises Help Desk (prior call ref. [20605]).',
  ].join('\n'),
});

// ── 32. Plan side: NSA / IDR work queue, table ──
const planQueue = table({
  id: 's81-planqueue',
  kind: 's81-plan-idr-work-queue-grid',
  caption: 'Northbridge Administrators — NSA / IDR work queue — analyst view',
  headers: ['Dispute', 'Provider', 'TIN (last 4)', 'Ref', 'Lines', 'QPA', 'Respond by', 'Analyst', 'Group'],
  rows: [
    ['DISP-1184725', 'Trinity Regional Anesth.', '8841', '{64445}', '5', '$98.41', '03/27/2025', 'K. Lund', '[40650]'],
    ['DISP-1184731', 'Trinity Regional Anesth.', '8841', '{64447}', '2', '$87.30', '03/27/2025', 'K. Lund', '[40650]'],
    [
      'DISP-1188010',
      'Trinity Regional Anesth.',
      '8841',
      '{01402}',
      '4',
      '$62.18/u',
      '04/02/2025',
      'K. Lund',
      '[40650]',
    ],
    ['DISP-1191276', 'Heartland LifeFlight', '0317', 'A0431', '5', '$18,442.90', '04/09/2025', 'P. Sato', '[40688]'],
    ['DISP-1191340', 'Cedar Ridge Neurology', '5520', '{64612}', '3', '$233.09', '04/10/2025', 'P. Sato', '[41275]'],
    ['DISP-1191502', 'Lone Oak Foot & Ankle', '7736', '{64632}', '2', '$121.55', '04/14/2025', 'K. Lund', '[40650]'],
    [
      'DISP-1191588',
      'North Texas Nerve & Hand',
      '5302',
      '{64712}',
      '1',
      '$1,022.16',
      '04/15/2025',
      'D. Ruiz',
      '[41275]',
    ],
  ],
});

// ── 33. Open negotiation notices sent, log, table ──
const onLog = table({
  id: 's81-onlog',
  kind: 's81-open-negotiation-log-grid',
  caption: 'Open negotiation notices sent — March 2025',
  headers: ['Sent', 'Payer', 'Svc code', 'Claim', 'Remit date', 'Period ends', 'Payer response'],
  rows: [
    ['03/03/2025', 'Lakeview HMO', '{64445}', '[88551]', '02/18/2025', '04/14/2025', 'Counteroffer $140'],
    ['03/03/2025', 'Lakeview HMO', '{64712}', '[88560]', '02/18/2025', '04/14/2025', 'None'],
    ['03/05/2025', 'Meridian', '{64632}', '[88377]', '02/27/2025', '04/16/2025', 'Denied — in network'],
    ['03/10/2025', 'Bluebonnet', '{64415}', '[88612]', '03/03/2025', '04/21/2025', 'None'],
    ['03/12/2025', 'Prairie States', '{64612}', '[88640]', '03/04/2025', '04/23/2025', 'Counteroffer $260'],
    ['03/12/2025', 'Prairie States', '{64450}', '[88641]', '03/04/2025', '04/23/2025', 'None'],
  ],
});

// ── 34. Administrative fee payment receipt, text layer (decoy only) ──
const feeReceipt = lines({
  id: 's81-paygov',
  kind: 's81-administrative-fee-payment-receipt-text',
  before: 'Payment confirmation — Federal IDR administrative fee',
  text: [
    'Application: Federal IDR Administrative Fee   Payment amount: $115.00   Dispute DISP-1188010',
    'Payer billing ZIP [75240]   Card ending 4471   Transaction date 03/24/2025',
    'Confirmation no. [52871]   Keep this receipt with the dispute file.',
  ].join('\n'),
});

// ── 35. Federal IDR public use file, extract, table ──
const puf = table({
  id: 's81-puf',
  kind: 's81-idr-public-use-file-extract-grid',
  caption: 'Federal IDR public use file — line items (extract)',
  headers: [
    'Dispute Number',
    'Type of Dispute',
    'Service Code',
    'Type of Service Code',
    'Place of Service Code',
    'Location of Service',
    'Prevailing Party',
  ],
  rows: [
    ['DISP-1184725', 'Batched', '{64445}', 'CPT', '22', 'TX', 'Non-initiating party'],
    ['DISP-1184731', 'Batched', '{64447}', 'CPT', '22', 'TX', 'Initiating party'],
    ['DISP-1180219', 'Single', '{99285}', 'CPT', '23', 'TX', 'Initiating party'],
    ['DISP-1180344', 'Batched', '{00790}', 'CPT', '21', 'TX', 'Initiating party'],
    ['DISP-1181102', 'Single', '{64712}', 'CPT', '21', 'OK', 'Initiating party'],
    ['DISP-1181876', 'Batched', '{70450}', 'CPT', '23', 'FL', 'Initiating party'],
    ['DISP-1182050', 'Single', '{64632}', 'CPT', '24', 'GA', 'Non-initiating party'],
    ['DISP-1182311', 'Batched', '{64612}', 'CPT', '22', 'TX', 'Initiating party'],
    ['DISP-1182488', 'Batched', '{64445}', 'CPT', '22', 'AZ', 'Initiating party'],
    ['DISP-1182702', 'Single', '{99291}', 'CPT', '23', 'NJ', 'Initiating party'],
  ],
});

// ── 36. IDR deadline calendar, text layer ──
const calendar = lines({
  id: 's81-calendar',
  kind: 's81-idr-deadline-calendar-text',
  before: 'Team calendar — NSA deadlines — April 2025',
  text: [
    'Mon 04/14 — open negotiation ends, Lakeview claim [88551] ({64445}) and [88560] ({64712})',
    'Fri 04/18 — last day to initiate IDR for both Lakeview items (4 business days)',
    'Mon 04/21 — open negotiation ends, Bluebonnet interscalene block {64415}',
    'Thu 04/24 — CIDRE and administrative fees due, DISP-1187745 ({64612} x2)',
    'Mon 05/19 — entity decision expected, DISP-1187702 (plantar digital nerve, {64632})',
  ].join('\n'),
});

// ── 37. QPA information request by the provider, text layer ──
const qpaRequest = lines({
  id: 's81-qparequest',
  kind: 's81-qpa-information-request-letter-text',
  before: 'Request for additional QPA information (45 CFR 149.140(d)(2))',
  text: [
    'To: Lakeview HMO, Provider Disputes, 3401 NW 63rd St, Oklahoma City, OK [73116]',
    'For the claim billed with {64712} on 02/04/2025 (our account [88560]), please tell us:',
    '1. whether the QPA includes contracted rates not set on a fee-for-service basis;',
    '2. which database was used, if the plan lacked sufficient information for {64712} in the region;',
    '3. whether any related service code, such as {64713} or {64714}, was used to determine the QPA.',
    'Reply to 7150 Greenville Ave Ste 400, Dallas, TX [75231], Attn: NSA desk.',
  ].join('\n'),
});

// ── 38. Plan side: payments made after determinations, table ──
const planPayments = table({
  id: 's81-planpaid',
  kind: 's81-plan-post-determination-payments-grid',
  caption: 'Payments made after IDR determinations — compliance log (30 calendar days)',
  headers: ['Dispute', 'Line', 'Code', 'OON rate', 'Paid before', 'Additional paid', 'Paid on', 'Check', 'Payee ZIP'],
  rows: [
    ['DISP-1184725', '1', '{64445}', '$118.00', '$98.41', '$19.59', '05/29/2025', '[60550]', '[75240]'],
    ['DISP-1184725', '2', '{64445}', '$118.00', '$98.41', '$19.59', '05/29/2025', '[60550]', '[75240]'],
    ['DISP-1184725', '4', '{64445}', '$118.00', '$0.00', '$118.00', '05/29/2025', '[60550]', '[75240]'],
    ['DISP-1184731', '1', '{64447}', '$540.00', '$87.30', '$452.70', '06/12/2025 (late)', '[60552]', '[75240]'],
    ['DISP-1184731', '2', '{64447}', '$540.00', '$87.30', '$452.70', '06/12/2025 (late)', '[60552]', '[75240]'],
    ['DISP-1181102', '1', '{64712}', '$2,950.00', '$1,044.90', '$1,905.10', '05/20/2025', '[60561]', '[73120]'],
  ],
});

// ── 39. Plan's counteroffer during open negotiation, email, text layer ──
const counteroffer = lines({
  id: 's81-counter',
  kind: 's81-open-negotiation-counteroffer-email-text',
  before: 'Email — Lakeview HMO provider disputes — open negotiation',
  text: [
    'Re: your open negotiation notices for patient accounts [88551] and [88560]',
    'We can offer $140.00 for {64445} (QPA $104.22) and $1,150.00 for {64712}; both are our final offers.',
    'Our QPA for {64712} in the Oklahoma City region (MSA [36420]) is $1,044.90.',
    'If you accept, sign the attached agreement and return it to PO Box [26118], Oklahoma City, OK [73113].',
  ].join('\n'),
});

export const sealed81: Snippet[] = [
  ...portalSummary,
  ...portalLines,
  ...onNotice,
  ...onItems,
  ...planResponse,
  ...qpaStatement,
  ...qpaGrid,
  ...determination,
  ...determResults,
  ...batchSheet,
  ...batchNotes,
  ...feeInvoice,
  ...feeInvoiceLines,
  ...airBatch,
  ...airNote,
  ...anesBatch,
  ...anesNote,
  ...objection,
  ...objectionResponse,
  ...tracker,
  ...trackerCsv,
  ...portalJson,
  ...remit835,
  ...batchXml,
  ...entityFees,
  ...entityContact,
  ...accountSettings,
  ...accountUsers,
  ...initiation,
  ...offerBrief,
  ...followUp,
  ...planQueue,
  ...onLog,
  ...feeReceipt,
  ...puf,
  ...calendar,
  ...qpaRequest,
  ...planPayments,
  ...counteroffer,
];
