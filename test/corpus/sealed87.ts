import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 87 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s87-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * contract, fee-schedule, provider-group, document, ticket, case, account and payer ids, a ZIP, and revenue figures a
 * spreadsheet prints without a thousands separator. The five known codes' digits come back as decoys (12 times): a
 * payer agreement number, an amendment control number, a payer PO box, a patient account, a fee-schedule vendor
 * number, a single-case-agreement reference, a consultant invoice number and a notice-calendar record id.
 *
 * Family: managed-care contracting and rate negotiation between a pain and peripheral-nerve group (Denver metro) and
 * commercial payers: a fee schedule exhibit (CPT, modifier, rate, % of Medicare) with its footnotes and a redline, a
 * rate proposal and the payer's counterproposal, a contract modeling spreadsheet and its CSV export, a 3-year
 * escalator schedule, a market benchmark, a contract amendment in prose, a carve-out list and carve-out grid, a
 * contract summary grid (contract ids, effective dates, tax ids, locality), a negotiation email thread, meeting notes,
 * a payer's fee-schedule lookup portal (search form and results), a fee schedule load notice, an underpayment
 * variance report and summary, a payer bundling-edit list, a single case agreement, a payer scorecard, a KPI tile
 * strip, a memo to physicians, and decoy-only pages (a provider agreement signature page, a payer contact directory,
 * a practitioner roster exhibit, a contract notice calendar, an EFT/ERA enrollment form, a consultant invoice, a
 * contract abstract, an e-signature certificate of completion; the contract summary grid has no codes either).
 * Built on real public layouts: the CMS Transparency in Coverage in-network rate file (JSON: negotiation_arrangement,
 * billing_code_type, billing_code, negotiated_rates, provider_references), an X12 835 remittance (ISA, GS, CLP, SVC,
 * CAS), the CMS Physician Fee Schedule look-up results (HCPCS, modifier, carrier, locality, non-facility and facility
 * price), a payer fee schedule exhibit (code, modifier, rate, % of Medicare), a provider agreement signature block,
 * the CAQH EnrollHub EFT/ERA enrollment fields, and the payers' published claims mailing addresses and payer ids. The
 * others are written the way those pages read, with no single source.
 *
 * 381 labelled tokens over 38 shapes: 162 codes, 219 decoys, 76 of the decoys in KNOWN_10K.
 */

// ── 1. Fee schedule exhibit (payer contract Exhibit A), table ──
const exhibitA = table({
  id: 's87-exhibita',
  kind: 's87-anthem-fee-schedule-exhibit-a-grid',
  caption: 'Exhibit A — Professional Services Fee Schedule — Anthem Blue Cross and Blue Shield (Colorado)',
  headers: ['CPT/HCPCS', 'Mod', 'Description', 'Allowable', '% of Medicare'],
  rows: [
    ['{64712}', '', 'Neuroplasty, major peripheral nerve; sciatic nerve', '648.30', '140%'],
    ['{64714}', '', 'Neuroplasty, major peripheral nerve; lumbar plexus', '571.85', '140%'],
    ['{64445}', 'RT', 'Injection, anesthetic agent; sciatic nerve, single', '131.40', '140%'],
    ['{64632}', '', 'Destruction by neurolytic agent; plantar common digital nerve', '142.76', '140%'],
    [
      '{64612}',
      '',
      'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
      '188.05',
      '140%',
    ],
    ['{64455}', '', 'Injection(s), anesthetic agent and/or steroid; plantar common digital nerve(s)', '62.18', '140%'],
    ['{64450}', '', 'Injection, anesthetic agent; other peripheral nerve or branch', '98.44', '140%'],
    ['{64454}', '', 'Injection, anesthetic agent; genicular nerve branches', '210.66', '140%'],
    ['{64640}', '', 'Destruction by neurolytic agent; other peripheral nerve or branch', '251.90', '140%'],
  ],
});

// ── 2. Exhibit A footnotes, text layer ──
const exhibitNotes = lines({
  id: 's87-exhnotes',
  kind: 's87-fee-exhibit-footnotes-text',
  before: 'Notes to Exhibit A',
  text: [
    '(1) Rates apply to services rendered in Colorado; the Medicare benchmark is the 2025 MPFS for locality 01.',
    '(2) {64445} and {64450} billed on the same date as {64712} or {64714} on the same nerve are not separately payable.',
    '(3) Bilateral {64632} is paid at 150% with modifier 50; no more than four units per foot per year.',
    '(4) Fee schedule IDs [38212] (professional) and [38223] (facility) in the payer system.',
    '(5) Send rate questions to Network Management, PO Box [64445], Denver CO [80217].',
    '(6) Unlisted codes and codes added after the effective date pay at 50% of billed charges.',
  ].join('\n'),
});

// ── 3. Rate proposal by code (group to UHC), table ──
const proposal = table({
  id: 's87-proposal',
  kind: 's87-rate-proposal-by-proc-grid',
  caption: 'Front Range Pain — rate proposal to UnitedHealthcare — round 1',
  headers: ['Proc', 'Current allowed', 'Proposed', 'Ask % MCR', '12-mo volume', '12-mo charges', 'Rationale'],
  rows: [
    ['{64712}', '598.00', '662.50', '145%', '38', '[47500].00', 'Below market vs peers'],
    ['{64714}', '521.40', '590.00', '145%', '22', '[21560].00', ''],
    ['{64445}', '118.75', '136.00', '145%', '410', '[57400].00', 'High volume — ask held'],
    ['{64632}', '128.10', '149.00', '145%', '96', '[30720].00', ''],
    ['{64612}', '170.25', '196.00', '145%', '57', '[24225].00', 'Excludes drug'],
    ['{64615}', '201.30', '228.00', '145%', '140', '[65800].00', 'Migraine program'],
    ['{64493}', '330.85', '372.00', '145%', '260', '247000.00', ''],
    ['{20553}', '71.30', '80.00', '130%', '225', '[40500].00', 'Trigger points'],
    ['Total', '', '', '', '1248', '534705.00', 'Annual impact est. [30901].35'],
  ],
});

// ── 4. Payer counterproposal letter, text layer ──
const counter = lines({
  id: 's87-counter',
  kind: 's87-payer-counterproposal-letter-text',
  before: 'UnitedHealthcare Network Management — Mountain West Region',
  text: [
    '9900 Bren Rd E, Minnetonka, MN [55343]',
    'Re: Front Range Pain & Peripheral Nerve Specialists, TIN ending 6610 — Agreement [21914]',
    'Thank you for your proposal. We are unable to accept the requested increases for {64445} or {64615}; our',
    'counteroffer holds both at 132% of the CMS fee schedule. For neuroplasty codes {64712} and {64714} we can offer',
    '140% of Medicare, effective the first of the month after countersignature. We are willing to move {64632} to',
    '138% provided it is billed with the appropriate foot modifier (TA, T1–T9).',
    'This offer expires 30 days from the date of this letter. Please reference case [70412] in any reply.',
  ].join('\n'),
});

// ── 5. Contract modeling spreadsheet, table ──
const model = table({
  id: 's87-model',
  kind: 's87-contract-model-current-vs-proposed-sheet',
  caption: 'Contract model — tab 3 — current vs proposed reimbursement (TTM volumes)',
  headers: ['Svc', 'Payer', 'Units (TTM)', 'Current $', 'Proposed $', 'Current rev', 'Proposed rev', 'Δ'],
  rows: [
    ['{64712}', 'UHC', '38', '598.00', '662.50', '[22724].00', '[25175].00', '2451.00'],
    ['{64445}', 'UHC', '410', '118.75', '136.00', '[48687].50', '[55760].00', '7072.50'],
    ['{64615}', 'UHC', '140', '201.30', '228.00', '[28182].00', '[31920].00', '3738.00'],
    ['{64493}', 'Anthem', '188', '318.20', '360.00', '[59821].60', '[67680].00', '7858.40'],
    ['{64632}', 'Aetna', '74', '122.40', '145.00', '9057.60', '[10730].00', '1672.40'],
    ['{64714}', 'Cigna', '22', '509.90', '585.00', '[11217].80', '[12870].00', '1652.20'],
    ['{64612}', 'Cigna', '57', '166.80', '192.00', '9507.60', '[10944].00', '1436.40'],
    ['Total', '', '929', '', '', '189198.10', '215079.00', '[25880].90'],
  ],
});

// ── 6. Contract model CSV export, text layer ──
const modelCsv = lines({
  id: 's87-modelcsv',
  kind: 's87-contract-model-csv-export-text',
  before: 'aetna_2026_model.csv',
  text: [
    'svc_code,payer,units_ttm,current_rate,proposed_rate,medicare_2025,pos',
    '{64712},AETNA,12,611.00,655.00,457.05,22',
    '{64714},AETNA,9,540.20,590.00,408.47,22',
    '{64445},AETNA,188,121.10,136.00,93.86,11',
    '{64445},AETNA,61,101.35,118.00,72.60,22',
    '{64632},AETNA,74,122.40,145.00,101.97,11',
    '{64612},AETNA,30,169.75,192.00,134.32,11',
    '# exported 2025-11-04 by kmercer; workbook id [30566]; sheet rev [31118]',
  ].join('\n'),
});

// ── 7. Payer contract amendment, prose text layer ──
const amendment = lines({
  id: 's87-amend',
  kind: 's87-cigna-amendment-prose-text',
  before: 'THIRD AMENDMENT TO THE CIGNA HEALTHCARE PROVIDER AGREEMENT',
  text: [
    'This Amendment is entered into by Cigna Health and Life Insurance Company ("Cigna") and Front Range Pain &',
    'Peripheral Nerve Specialists, PC ("Provider") and amends the agreement bearing Cigna reference [57219].',
    '1. Exhibit 2 is amended so that CPT codes {64712}, {64714} and {64445} are reimbursed at the lesser of billed',
    'charges or 142% of the Cigna Medicare-based fee schedule.',
    '2. Chemodenervation services ({64612}, {64615}, {64616}) are reimbursed exclusive of the drug, which is paid',
    'under the specialty drug schedule. 3. Provider shall not bill {64632} and {64455} for the same interspace on the',
    'same date. 4. Notices to Cigna: Cigna Contracting, 900 Cottage Grove Rd, Bloomfield, CT [06002].',
    '5. All other terms remain unchanged. Effective date: January 1, 2026. Amendment control no. [64714].',
  ].join('\n'),
});

// ── 8. Carve-out list, text layer ──
const carveList = lines({
  id: 's87-carvelist',
  kind: 's87-carve-out-bullet-list-text',
  before: 'Carve-outs (paid outside the base fee schedule)',
  text: [
    '• Neurostimulator implant: {64575}, {64590} — case rate [12500].00 plus device at invoice + 10%',
    '• Peripheral nerve stimulation trial: {64555} — device carved out, professional at 150% MCR',
    '• Chemodenervation drugs (J0585, J0586, J0587) — ASP + 6%',
    '• Ultrasound guidance {76942} is not separately payable with {64445} or {64450}; no carve-out',
    '• Neuroplasty {64712} / {64714} in ASC: facility fee carved out under ASC agreement [44918]',
  ].join('\n'),
});

// ── 9. Carve-out grid (Humana MA), table ──
const carveGrid = table({
  id: 's87-carvegrid',
  kind: 's87-carve-out-item-basis-grid',
  caption: 'Attachment C — Carve-out services — Humana Medicare Advantage',
  headers: ['Item', 'Carve-out basis', 'Rate', 'Auth req.', 'Note'],
  rows: [
    ['{64590}', 'Device at invoice', 'Cost + 8%', 'Y', ''],
    ['{64568}', 'Case rate', '[14850].00', 'Y', 'Cranial nerve neurostimulator'],
    ['{63650}', 'Per electrode array', '1,120.00', 'Y', 'Trial'],
    ['{63685}', 'Case rate', '[22400].00', 'Y', 'IPG'],
    ['{64712}', 'Fee schedule', '140% MCR', 'N', ''],
    ['{64632}', 'Fee schedule', '138% MCR', 'N', 'Per foot'],
    ['L8680', 'Invoice', 'Cost + 8%', 'Y', 'Electrode'],
  ],
});

// ── 10. Contract summary grid (decoy only) ──
const contracts = table({
  id: 's87-contracts',
  kind: 's87-payer-contract-summary-grid',
  caption: 'Payer contract summary — Front Range Pain & Peripheral Nerve Specialists, PC',
  headers: ['Payer', 'Contract ID', 'Product', 'Effective', 'Term', 'TIN', 'Locality', 'Fee sched', 'Claims ZIP'],
  rows: [
    ['Anthem BCBS CO', '[30866]', 'PPO/HMO', '04/01/2023', 'Evergreen', '84-2276610', 'CO-01', '[38212]', '[80217]'],
    ['UnitedHealthcare', '[21914]', 'Commercial', '07/01/2022', '3 yr', '84-2276610', 'CO-01', '[46812]', '[84130]'],
    ['Aetna', '[64712]', 'Open Access', '01/01/2024', 'Evergreen', '84-2276610', 'CO-01', '[19255]', '[40512]'],
    ['Cigna', '[57219]', 'OAP', '01/01/2021', 'Evergreen', '84-2276610', 'CO-01', '[70931]', '[37422]'],
    ['Humana MA', '[33629]', 'MA PPO', '01/01/2025', '2 yr', '84-2276610', 'CO-01', '[27725]', '[40512]'],
    ['Rocky Mountain HP', '[15023]', 'Commercial', '10/01/2024', '1 yr', '84-2276610', 'CO-01', '[27094]', '[81502]'],
    ['Kaiser (SCA only)', '—', '—', '—', '—', '84-2276610', 'CO-01', '—', '[80237]'],
  ],
});

// ── 11. Negotiation email, group to payer, text layer ──
const email = lines({
  id: 's87-email',
  kind: 's87-negotiation-email-outbound-text',
  before: 'Inbox — Anthem 2026 renewal',
  text: [
    'From: Karen Mercer <kmercer@frontrangepain.example>',
    'Subject: RE: Agreement [30866] — 2026 rate review',
    'Hi Dana, attached is our counter. The main gap is still sciatic neuroplasty ({64712}): you are at 128% and our',
    'peers report 145% or more. On the sciatic block, {64445} at 125% of Medicare is below what Aetna pays us.',
    'We can accept your number on {64612} if you move on {64632}, our fastest-growing podiatry-referral service.',
    'Can we set a call this week? Our office: 8200 E Belleview Ave, Suite 410, Greenwood Village, CO [80111].',
    'Karen Mercer, Director of Managed Care | direct 303-555-0148',
  ].join('\n'),
});

// ── 12. Negotiation email, payer's quoted reply, text layer ──
const emailQuoted = lines({
  id: 's87-emailq',
  kind: 's87-negotiation-email-quoted-reply-text',
  before: 'On Mon, Nov 10, 2025, Dana Ruiz (Anthem Network Relations) wrote:',
  text: [
    '> Karen, our final position for the 2026 renewal of agreement [30866] is below.',
    '> {64712} 138% / {64714} 138% (up from 128%)',
    '> {64445} 130%, blocks otherwise unchanged',
    '> {64632} 135% (foot modifiers required)',
    '> {64612}, {64615} held at 2025 rates',
    '> Please sign via DocuSign, envelope ref [92738]; return by 12/15 to avoid a gap.',
    '> Dana Ruiz | Anthem, 700 Broadway, Denver CO [80273] | Provider Services 1-800-676-2583',
  ].join('\n'),
});

// ── 13. Payer portal fee-schedule lookup, results table ──
const portalResults = table({
  id: 's87-portal',
  kind: 's87-payer-portal-fee-lookup-results-grid',
  caption: 'Provider Portal › Fee Schedule Lookup › Results (7)',
  headers: ['Billed code', 'Modifier', 'Place of service', 'Allowed amount', 'Effective', 'Fee schedule'],
  rows: [
    ['{64712}', '—', '22 – Outpatient hospital', '$612.40', '01/01/2026', '[46812]'],
    ['{64712}', '—', '24 – Ambulatory surgical center', '$612.40', '01/01/2026', '[46812]'],
    ['{64714}', '—', '22 – Outpatient hospital', '$548.05', '01/01/2026', '[46812]'],
    ['{64445}', '—', '11 – Office', '$131.22', '01/01/2026', '[46812]'],
    ['{64445}', '—', '22 – Outpatient hospital', '$94.30', '01/01/2026', '[46812]'],
    ['{64632}', 'TA', '11 – Office', '$140.18', '01/01/2026', '[46812]'],
    ['{64612}', '—', '11 – Office', '$181.66', '01/01/2026', '[46812]'],
  ],
});

// ── 14. Payer portal fee-schedule lookup, search form, text layer ──
const portalForm = lines({
  id: 's87-portalform',
  kind: 's87-payer-portal-fee-lookup-form-text',
  before: 'Fee Schedule Lookup',
  text: [
    'Tax ID: 84-2276610   Provider: Front Range Pain & Peripheral Nerve Specialists',
    'Procedure code: {64712}   Modifier: (none)   Date of service: 01/15/2026',
    'Service ZIP: [80111]   Network: Choice Plus   Contract ID: [21914]',
    'Results show the contracted amount; member cost share is not included. Request no. [71538]',
  ].join('\n'),
});

// ── 15. Underpayment variance report, table ──
const variance = table({
  id: 's87-variance',
  kind: 's87-underpayment-variance-report-grid',
  caption: 'Underpayment variance — October 2025 dates of service — flagged lines',
  headers: ['Claim #', 'DOS', 'Payer', 'CPT', 'Units', 'Expected', 'Paid', 'Variance', 'Acct', 'Batch'],
  rows: [
    ['EF25310448812', '10/02/2025', 'UHC', '{64445}', '1', '124.70', '118.75', '-5.95', '[64612]', '[20718]'],
    ['EF25310448812', '10/02/2025', 'UHC', '{76942}', '1', '0.00', '0.00', '0.00', '[64612]', '[20718]'],
    ['1X7734920051', '10/06/2025', 'Anthem', '{64712}', '1', '648.30', '548.10', '-100.20', '[51407]', '[20725]'],
    ['1X7734920051', '10/06/2025', 'Anthem', '{64714}', '1', '571.85', '0.00', '-571.85', '[51407]', '[20725]'],
    ['A0932818800', '10/09/2025', 'Aetna', '{64632}', '2', '244.80', '122.40', '-122.40', '[38906]', '[20731]'],
    ['C9047712219', '10/14/2025', 'Cigna', '{64612}', '1', '166.80', '150.12', '-16.68', '[40255]', '[20744]'],
    ['C9047712219', '10/14/2025', 'Cigna', '{64615}', '1', '228.00', '228.00', '0.00', '[40255]', '[20744]'],
    ['H2025100937', '10/20/2025', 'Humana', '{64640}', '1', '262.00', '231.55', '-30.45', '[19884]', '[20752]'],
  ],
});

// ── 16. Underpayment variance summary, text layer ──
const varianceSummary = lines({
  id: 's87-varsum',
  kind: 's87-underpayment-summary-by-payer-text',
  before: 'Underpayment summary, Oct 2025 DOS — 212 lines reviewed, 37 flagged',
  text: [
    'UHC: 14 lines, $1,882.10 short, all on {64445}, paid from superseded schedule [39543]; ticket [77210] open.',
    'Anthem: {64714} denied as incidental to {64712} on 6 claims; appeal batch [59013] filed 11/03.',
    'Aetna: {64632} paid per foot at one unit where two were billed. Variance year to date [10311].40.',
    'Recovered to date: $6,240.00. Next review: November DOS on 12/10.',
  ].join('\n'),
});

// ── 17. Provider agreement signature page, text layer (decoy only) ──
const signature = lines({
  id: 's87-signature',
  kind: 's87-provider-agreement-signature-page-text',
  before: 'IN WITNESS WHEREOF, the parties have executed this Agreement as of the Effective Date.',
  text: [
    'PROVIDER: Front Range Pain & Peripheral Nerve Specialists, PC',
    'By: ______________________  Name: Alan J. Whitcomb, MD  Title: President',
    'Address for notices: 8200 E Belleview Ave, Suite 410, Greenwood Village, CO [80111]',
    'Federal Tax ID: 84-2276610   Group NPI: 1730284469   Payer provider no.: [53360]',
    'PAYER: Aetna Life Insurance Company, on behalf of itself and its affiliates',
    'By: ______________________  Name: Michelle Tran  Title: Director, Network Management',
    'Address for notices: 151 Farmington Ave, Hartford, CT [06156]',
    'Agreement No. [64712]   Execution copy, page 24 of 24   Doc ID [52419]-v3',
  ].join('\n'),
});

// ── 18. Payer contact directory, table (decoy only) ──
const directory = table({
  id: 's87-directory',
  kind: 's87-payer-contact-directory-grid',
  caption: 'Managed care — payer contacts and claims addresses',
  headers: ['Payer', 'Department', 'Contact', 'Phone', 'Mailing address', 'ZIP', 'Payer ID'],
  rows: [
    [
      'UnitedHealthcare',
      'Network Management',
      'J. Olsen',
      '877-842-3210',
      'PO Box [30555], Salt Lake City UT',
      '[84130]',
      '[87726]',
    ],
    ['Aetna', 'Provider Network', 'M. Tran', '888-632-3862', 'PO Box [14079], Lexington KY', '[40512]', '[60054]'],
    ['Cigna', 'Contracting', 'R. Patel', '800-882-4462', 'PO Box 188061, Chattanooga TN', '[37422]', '[62308]'],
    [
      'Anthem BCBS CO',
      'Provider Contracting',
      'D. Ruiz',
      '800-676-2583',
      'PO Box 5747, Denver CO',
      '[80217]',
      '[00050]',
    ],
    ['Humana', 'Provider Relations', 'T. Brooks', '800-457-4708', 'PO Box [14601], Lexington KY', '[40512]', '[61101]'],
    [
      'Rocky Mountain HP',
      'Provider Relations',
      'S. Vigil',
      '800-843-0719',
      'PO Box [10600], Grand Junction CO',
      '[81502]',
      '[95879]',
    ],
  ],
});

// ── 19. Transparency in Coverage in-network rate file, JSON text layer ──
const ticJson = lines({
  id: 's87-tic',
  kind: 's87-tic-in-network-rates-json-text',
  before: 'in-network-rates (JSON viewer)',
  text: [
    '{ "reporting_entity_name": "Cigna Health and Life Insurance Company", "reporting_entity_type": "health insurance issuer",',
    '  "provider_references": [ { "provider_group_id": [41169], "provider_groups": [ { "npi": [1730284469, 1508873311],',
    '      "tin": { "type": "ein", "value": "84-2276610" } } ] }, { "provider_group_id": [41171], "provider_groups": [] } ],',
    '  "in_network": [ { "negotiation_arrangement": "ffs", "name": "NEUROPLASTY SCIATIC NERVE", "billing_code_type": "CPT",',
    '      "billing_code_type_version": "2025", "billing_code": "{64712}", "negotiated_rates": [ { "provider_references": [[41169], [41171]],',
    '      "negotiated_prices": [ { "negotiated_type": "negotiated", "negotiated_rate": 612.40, "billing_class": "professional" } ] } ] },',
    '    { "negotiation_arrangement": "ffs", "name": "NEUROPLASTY LUMBAR PLEXUS", "billing_code_type": "CPT", "billing_code": "{64714}",',
    '      "negotiated_rates": [ { "provider_references": [[41169], [41171]], "negotiated_prices": [ { "negotiated_rate": 548.05 } ] } ] },',
    '    { "negotiation_arrangement": "ffs", "name": "INJ ANES SCIATIC NERVE SINGLE", "billing_code_type": "CPT", "billing_code": "{64445}",',
    '      "negotiated_rates": [ { "provider_references": [[41169], [41171]], "negotiated_prices": [ { "negotiated_rate": 131.22 } ] } ] },',
    '    { "negotiation_arrangement": "ffs", "name": "DESTRUCTION PLANTAR DIGITAL NERVE", "billing_code_type": "CPT", "billing_code": "{64632}",',
    '      "negotiated_rates": [ { "provider_references": [[41169], [41171]], "negotiated_prices": [ { "negotiated_rate": 140.18, "billing_code_modifier": ["TA"] } ] } ] } ],',
    '  "last_updated_on": "2025-11-01", "version": "1.3.1" }',
  ].join('\n'),
});

// ── 20. X12 835 remittance, text layer ──
const x12 = lines({
  id: 's87-x12',
  kind: 's87-x12-835-underpaid-remit-text',
  before: '835 raw view — EFT trace EF25310448812',
  text: [
    'ISA*00*          *00*          *ZZ*[87726]          *ZZ*FRPAIN         *251112*0814*^*[00501]*000071538*0*P*:~',
    'GS*HP*[87726]*FRPAIN*20251112*0814*[71538]*X*005010X221A1~',
    'ST*835*0001~',
    'BPR*I*1882.10*C*ACH*CCP*01*091000019*DA*1234567*1411289245**01*102000021*DA*8847162*20251112~',
    'N1*PE*FRONT RANGE PAIN PERIPHERAL NERVE*XX*1730284469~',
    'CLP*EF25310448812*1*410*118.75*0*12*2025100200418*11*1~',
    'SVC*HC:{64445}*410*118.75**1~',
    'CAS*CO*45*291.25~',
    'CLP*EF25310452290*1*2230*548.1*0*12*2025100600112*22*1~',
    'SVC*HC:{64712}*1250*548.1**1~',
    'CAS*CO*45*701.9~',
    'SVC*HC:{64714}*980*0**1~',
    'CAS*CO*97*980~',
    'SE*16*0001~',
  ].join('\n'),
});

// ── 21. Fee schedule load file, XML text layer ──
const feeXml = lines({
  id: 's87-feexml',
  kind: 's87-fee-schedule-load-xml-text',
  before: 'fee_load_2026-01-01.xml',
  text: [
    '<FeeSchedule id="[46812]" payer="UHC" effective="2026-01-01" locality="CO-01">',
    '  <Line><Proc>{64712}</Proc><Mod/><Pos>22</Pos><Amt>612.40</Amt></Line>',
    '  <Line><Proc>{64714}</Proc><Mod/><Pos>22</Pos><Amt>548.05</Amt></Line>',
    '  <Line><Proc>{64445}</Proc><Mod/><Pos>11</Pos><Amt>131.22</Amt></Line>',
    '  <Line><Proc>{64632}</Proc><Mod>TA</Mod><Pos>11</Pos><Amt>140.18</Amt></Line>',
    '  <Line><Proc>{64612}</Proc><Mod/><Pos>11</Pos><Amt>181.66</Amt></Line>',
    '  <Line><Proc>{64616}</Proc><Mod/><Pos>11</Pos><Amt>165.20</Amt></Line>',
    '  <Audit loadedBy="ops" ticket="[77210]" rows="6" vendorNo="[64632]"/>',
    '</FeeSchedule>',
  ].join('\n'),
});

// ── 22. Medicare benchmark (PFS look-up results), table ──
const mpfs = table({
  id: 's87-mpfs',
  kind: 's87-mpfs-benchmark-carrier-locality-grid',
  caption: 'Physician Fee Schedule look-up — pricing — 2025 — Colorado',
  headers: ['HCPCS', 'Mod', 'Carrier', 'Locality', 'Non-facility price', 'Facility price'],
  rows: [
    ['{64712}', '', '[04112]', '01', 'NA', '$462.18'],
    ['{64714}', '', '[04112]', '01', 'NA', '$409.07'],
    ['{64445}', '', '[04112]', '01', '$93.86', '$67.35'],
    ['{64632}', '', '[04112]', '01', '$101.97', '$68.90'],
    ['{64612}', '', '[04112]', '01', '$134.32', '$111.05'],
    ['{64455}', '', '[04112]', '01', '$44.41', '$28.16'],
  ],
});

// ── 23. Negotiation meeting notes, text layer ──
const meetingNotes = lines({
  id: 's87-notes',
  kind: 's87-negotiation-call-notes-text',
  before: 'Anthem call 11/12 — attendees: KM, AW, D. Ruiz, L. Park (Anthem analytics)',
  text: [
    '- Anthem says our {64712} volume is too low to matter; we said 38 cases/yr across 3 surgeons',
    '- they will move {64714} with it but want a 2-yr rate lock',
    '- blocks: {64445} / {64450} grouped together at 130%',
    '- podiatry referrals: {64632} + {64455}: Anthem wants utilization by NPI before moving',
    '- Botox program {64612} {64615}: hold; drug side is under the separate pharmacy agreement',
    '- Anthem ZIP-level data covers [80111], [80112] and [80121] in our service area',
    '- next step: send volume file to lpark by 11/19; Anthem ticket [66071]',
  ].join('\n'),
});

// ── 24. Three-year escalator schedule, table ──
const escalator = table({
  id: 's87-escal',
  kind: 's87-three-year-escalator-item-grid',
  caption: 'Proposed 3-year rate schedule — UnitedHealthcare',
  headers: ['Item', 'Base 2026', '2027', '2028', 'Escalator'],
  rows: [
    ['{64712}', '662.50', '682.38', '702.85', '3%'],
    ['{64714}', '590.00', '607.70', '625.93', '3%'],
    ['{64445}', '136.00', '140.08', '144.28', '3%'],
    ['{64632}', '149.00', '153.47', '158.07', '3%'],
    ['Modeled revenue', '[96720]', '[99622]', '102611', '—'],
  ],
});

// ── 25. Payer scorecard, table ──
const scorecard = table({
  id: 's87-scorecard',
  kind: 's87-payer-scorecard-top-code-grid',
  caption: 'Payer scorecard — trailing 12 months',
  headers: ['Payer', 'Contract', 'Paid (TTM)', 'Denial %', 'Avg days to pay', 'Top code', 'Lines'],
  rows: [
    ['UHC', '[21914]', '[84312].55', '6.1%', '18', '{64445}', '1,412'],
    ['Anthem', '[30866]', '[97208].10', '8.4%', '24', '{64493}', '1,966'],
    ['Aetna', '[64712]', '[51960].00', '4.9%', '16', '{64445}', '904'],
    ['Cigna', '[57219]', '[40217].35', '5.5%', '21', '{64615}', '612'],
    ['Humana MA', '[33629]', '[28664].90', '11.2%', '33', '{64640}', '488'],
    ['RMHP', '[15023]', '9,874.00', '3.0%', '15', '{20553}', '97'],
  ],
});

// ── 26. Practitioner roster exhibit, table (decoy only) ──
const roster = table({
  id: 's87-roster',
  kind: 's87-practitioner-roster-exhibit-grid',
  caption: 'Exhibit D — Participating practitioners',
  headers: ['Practitioner', 'NPI', 'Specialty', 'Location', 'Suite', 'ZIP', 'Payer prov #'],
  rows: [
    ['Alan J. Whitcomb, MD', '1730284469', 'Pain Medicine', 'Greenwood Village', '410', '[80111]', '[53360]'],
    ['Priya Raman, DO', '1508873311', 'PM&R', 'Greenwood Village', '410', '[80111]', '[53361]'],
    ['Marcus Lee, DPM', '1962548870', 'Podiatry', 'Lakewood', '120', '[80228]', '[53377]'],
    ['Hannah Ostrowski, MD', '1295811046', 'Neurology', 'Highlands Ranch', '2B', '[80129]', '[53402]'],
    ['Karl Jensen, PA-C', '1447390018', 'Physician Assistant', 'Aurora', '—', '[80014]', '[53418]'],
  ],
});

// ── 27. Fee schedule update notice, text layer ──
const loadNotice = lines({
  id: 's87-loadnotice',
  kind: 's87-fee-schedule-update-notice-text',
  before: 'Notice of Fee Schedule Update',
  text: [
    'Effective 01/01/2026, fee schedule [46812] has been loaded for TIN 84-2276610 under contract [21914].',
    'Affected codes include {64712}, {64714}, {64445}, {64632} and {64612}; all other codes stay on schedule [39543].',
    'Claims already processed for dates of service on or after the effective date will be adjusted within 45 days.',
    'Questions: UnitedHealthcare Network Management, PO Box [30555], Salt Lake City UT [84130].',
  ].join('\n'),
});

// ── 28. Single case agreement, text layer ──
const sca = lines({
  id: 's87-sca',
  kind: 's87-single-case-agreement-text',
  before: 'SINGLE CASE AGREEMENT — Kaiser Foundation Health Plan of Colorado',
  text: [
    'Member: J. H****   Member ID ending 0918   Authorization no. [70448]',
    'Services: sciatic neuroplasty, CPT {64712}, with post-operative care within the global period.',
    'Also authorized: {64445} pre-operative sciatic block, 1 unit; {76942} ultrasound guidance.',
    'Rate: 150% of the Medicare allowable for locality 01, paid within 30 days of a clean claim.',
    'Claims to: Kaiser Permanente, PO Box 373150, Denver CO [80237]',
    'Provider: Front Range Pain & Peripheral Nerve Specialists, PC, Greenwood Village CO [80111]',
    'SCA reference [64714]; valid 12/01/2025 through 03/01/2026.',
  ].join('\n'),
});

// ── 29. Contracting KPI tile strip, text layer ──
const kpis = lines({
  id: 's87-kpi',
  kind: 's87-contract-pipeline-kpi-tiles-text',
  before: 'Contract renewal pipeline',
  text: [
    'Open negotiations 4   Renewals due in 120 days 2',
    'Projected annual lift (USD) [48215]   Realized YTD (USD) [17630]',
    'Biggest gap vs market: {64712} (−12 pts)   Most-billed code: {64445}',
    'Claims under appeal (USD) [12840]   Next deadline: Anthem [30866] countersignature 12/15',
  ].join('\n'),
});

// ── 30. Exhibit redline, text layer ──
const redline = lines({
  id: 's87-redline',
  kind: 's87-exhibit-redline-changes-text',
  before: 'Exhibit A redline — v3 vs v2 (changes only)',
  text: [
    '{64712}  648.30 → 662.50   (+2.2%)',
    '{64714}  571.85 → 590.00   (+3.2%)',
    '{64445}  131.40 → 136.00',
    '{64632}  142.76 → 149.00   note added: per foot, TA–T9',
    'Deleted row: {64999} unlisted procedure, nervous system (now 50% of billed per §5)',
    'Document id [52419]-v3 compared with [52419]-v2 on 11/14/2025 by kmercer',
  ].join('\n'),
});

// ── 31. Market benchmark, table ──
const benchmark = table({
  id: 's87-bench',
  kind: 's87-market-benchmark-pct-medicare-grid',
  caption: 'Market benchmark — % of Medicare, Denver metro commercial (consultant survey, Q3 2025)',
  headers: ['Code', 'Peer P25', 'Peer median', 'Peer P75', 'Our UHC', 'Our Anthem', 'n'],
  rows: [
    ['{64712}', '132%', '144%', '158%', '131%', '128%', '11'],
    ['{64714}', '130%', '141%', '155%', '134%', '128%', '9'],
    ['{64445}', '120%', '133%', '146%', '127%', '125%', '14'],
    ['{64632}', '118%', '135%', '149%', '126%', '122%', '8'],
    ['{64612}', '121%', '137%', '150%', '127%', '130%', '10'],
  ],
});

// ── 32. Payer bundling-edit list, table ──
const edits = table({
  id: 's87-edits',
  kind: 's87-payer-bundling-edit-pairs-grid',
  caption: 'Payer reimbursement policy edits raised during negotiation',
  headers: ['Ref', 'Primary', 'Secondary', 'Edit', 'Policy'],
  rows: [
    ['1', '{64712}', '{64445}', 'Bundled, same session', 'RPOL-[20391]'],
    ['2', '{64632}', '{64455}', 'Mutually exclusive, same nerve', 'RPOL-[20544]'],
    ['3', '{64612}', '{95874}', 'Guidance allowed', 'RPOL-[20560]'],
    ['4', '{64615}', '{64612}', 'Not allowed same date', 'RPOL-[20560]'],
  ],
});

// ── 33. Memo to physicians, text layer ──
const memo = lines({
  id: 's87-memo',
  kind: 's87-managed-care-memo-to-physicians-text',
  before: 'To: Physicians; From: Managed Care; Re: What changes on 1/1/2026',
  text: [
    'When you perform a sciatic neuroplasty it is still billed as {64712}; the Anthem rate rises to 138% of Medicare.',
    'If a lumbar plexus release is done through the same incision, report {64714} only when documented separately.',
    'For Morton neuroma alcohol injections, code {64632} per foot with TA–T9; Aetna now pays each foot.',
    'Facial chemodenervation ({64612}) and the migraine protocol ({64615}) stay at 2025 rates for Anthem.',
  ].join('\n'),
});

// ── 34. Contract notice calendar, table (decoy only) ──
const calendar = table({
  id: 's87-calendar',
  kind: 's87-contract-notice-calendar-grid',
  caption: 'Contract calendar — renewal and termination notice windows',
  headers: ['Record', 'Payer', 'Agreement', 'Renewal', 'Notice by', 'Owner', 'Doc'],
  rows: [
    ['[10442]', 'Anthem', '[30866]', '04/01/2026', '01/01/2026', 'KM', '[52406]'],
    ['[10443]', 'UHC', '[21914]', '07/01/2026', '04/02/2026', 'KM', '[52407]'],
    ['[64445]', 'Aetna', '[64712]', '01/01/2027', '09/03/2026', 'AW', '[52419]'],
    ['[10451]', 'Cigna', '[57219]', '01/01/2027', '10/03/2026', 'KM', '[52421]'],
    ['[10458]', 'Humana MA', '[33629]', '01/01/2027', '07/05/2026', 'AW', '[52430]'],
  ],
});

// ── 35. EFT / ERA enrollment form, text layer (decoy only) ──
const eftForm = lines({
  id: 's87-eft',
  kind: 's87-eft-era-enrollment-form-text',
  before: 'EFT/ERA enrollment — new payer load',
  text: [
    'Provider name: Front Range Pain & Peripheral Nerve Specialists, PC   TIN 84-2276610',
    'Street: 8200 E Belleview Ave Ste 410   City: Greenwood Village   State: CO   ZIP: [80111]',
    'Payer: Rocky Mountain HP   Payer ID [95879]   Provider no. [15023]-01',
    'Bank: FirstBank, Lakewood CO [80226]   ABA routing 107005047   Account ending 3391',
    'ERA delivery: clearinghouse, submitter id [38410]   Enrollment confirmation [84415]',
  ].join('\n'),
});

// ── 36. Contracting consultant invoice, text layer (decoy only) ──
const invoice = lines({
  id: 's87-invoice',
  kind: 's87-contracting-consultant-invoice-text',
  before: 'Summit Reimbursement Advisors, LLC — 1801 Wewatta St, Denver CO',
  text: [
    'Invoice [64632]   Date 11/30/2025   Terms net 30   Client no. [20913]',
    'Bill to: Front Range Pain & Peripheral Nerve Specialists, PC, Greenwood Village CO [80111]',
    'Payer rate analysis and benchmark (Anthem, UHC, Aetna), 42.5 h at 225.00 = 9,562.50',
    'Negotiation support, contingency 8% of first-year lift of [48215] = 3,857.20',
    'Remit to: PO Box [17720], Denver CO [80217]   Total due 13,419.70',
  ].join('\n'),
});

// ── 37. Contract abstract, text layer (decoy only) ──
const abstract = lines({
  id: 's87-abstract',
  kind: 's87-contract-abstract-key-terms-text',
  before: 'Contract abstract — Humana Medicare Advantage — key terms',
  text: [
    'Agreement no. [33629]   Parties: Humana Insurance Company, 500 W Main St, Louisville KY [40202]',
    'Provider: Front Range Pain & Peripheral Nerve Specialists, PC, Greenwood Village CO [80111]',
    'Term: 2 years from 01/01/2025, auto-renewing; termination without cause on 180 days notice.',
    'Rates: 104% of the Medicare fee schedule, carrier [04112], locality 01, updated each January.',
    'Timely filing 180 days; corrected claims 365 days; claims to PO Box [14601], Lexington KY [40512].',
    'Disputes: arbitration in Denver County; prior dispute file [27730] closed 2024.',
    'Credentialing delegated; roster updates within 30 days (last roster batch [88052]).',
  ].join('\n'),
});

// ── 38. E-signature certificate of completion, text layer (decoy only) ──
const esign = lines({
  id: 's87-esign',
  kind: 's87-esignature-certificate-of-completion-text',
  before: 'Certificate Of Completion',
  text: [
    'Envelope Id: 7C2B91E0A4D64F0B9E6F2A1C3D5E7B90   Status: Completed',
    'Subject: Please sign: Anthem 2026 amendment to agreement [30866]',
    'Document pages: 24   Certificate pages: 5   Originator: Dana Ruiz, 700 Broadway, Denver CO [80273]',
    'Signer: Alan J. Whitcomb   Signed using IP address: 73.14.201.5   Security level: Email',
    'Envelope ref [92738]   Sent 12/02/2025 09:14   Completed 12/04/2025 16:02',
  ].join('\n'),
});

export const sealed87: Snippet[] = [
  ...exhibitA,
  ...exhibitNotes,
  ...proposal,
  ...counter,
  ...model,
  ...modelCsv,
  ...amendment,
  ...carveList,
  ...carveGrid,
  ...contracts,
  ...email,
  ...emailQuoted,
  ...portalResults,
  ...portalForm,
  ...variance,
  ...varianceSummary,
  ...signature,
  ...directory,
  ...ticJson,
  ...x12,
  ...feeXml,
  ...mpfs,
  ...meetingNotes,
  ...escalator,
  ...scorecard,
  ...roster,
  ...loadNotice,
  ...sca,
  ...kpis,
  ...redline,
  ...benchmark,
  ...edits,
  ...memo,
  ...calendar,
  ...eftForm,
  ...invoice,
  ...abstract,
  ...esign,
];
