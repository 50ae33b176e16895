import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 60 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s60-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes (the
 * chemodenervation family 64615–64647, EMG/e-stim guidance 95873/95874, PNS and cryoneurolysis codes, vaccine codes
 * in the ASP file) are labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code
 * set (KNOWN_10K) used as ZIPs, case, member, program, policy and claim numbers, NDC labeler segments, lot digits and
 * prices written without a dollar sign. The five known codes' digits come back as decoys: a ZIP after a Missouri town,
 * a lot number, a case number, a PO box, a sample order number, a territory account count, a call reference and a
 * copay program group.
 *
 * Family: manufacturer reimbursement support and patient hub services around nerve procedures and neurotoxins: a
 * botulinum toxin coding and billing guide (CPT table, HCPCS/NDC table, sample CMS-1500, JW/JZ wastage FAQ, EMG
 * guidance add-ons), a hub benefit-verification request form, its result fax and portal grid and JSON, a copay
 * program enrollment, card and claim remittance, a field reimbursement manager's e-mail, a buy-and-bill vs specialty
 * pharmacy comparison, a payer coverage policy summary prepared by the hub, a site of care / place-of-service guide, a
 * peripheral nerve stimulator and a cryoneurolysis device maker's coding guides, an ASP pricing table, a webinar
 * slide deck's text layer with its Q&A, an X12 837P excerpt, a prior-auth denial and an appeal template, a clinic
 * toxin log, and the decoy-only pages around them: a sales territory list with ZIPs, a sample request form and a lot
 * recall notice.
 * Built on real public layouts: manufacturer coding guides' "CPT code / descriptor" and "product / HCPCS / NDC"
 * tables, the CMS quarterly ASP pricing file columns (HCPCS Code, Short Description, HCPCS Code Dosage, Payment
 * Limit, Co-insurance Percentage, Vaccine AWP%, Vaccine Limit, Notes), the CMS-1500 item 24 shaded NDC line (N4 +
 * 11-digit NDC + unit qualifier), the X12 837P SV1/LIN/CTP segments, and the CMS place-of-service code list. The
 * others are written the way those pages read, with no single source.
 *
 * 376 labelled tokens over 37 shapes: 166 codes, 210 decoys, 69 of the decoys in KNOWN_10K.
 */

// ── 1. Toxin coding guide: CPT table ──
const toxinCpt = table({
  id: 's60-txcpt',
  kind: 's60-toxin-coding-guide-cpt-table',
  caption: 'Coding & Billing Guide — onabotulinumtoxinA — Table 2. Commonly reported procedure codes',
  headers: ['CPT® Code', 'Descriptor (abbreviated)', 'Indication examples'],
  rows: [
    [
      '{64612}',
      'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral',
      'Blepharospasm, hemifacial spasm',
    ],
    [
      '{64615}',
      'Chemodenervation of muscle(s); facial, trigeminal, cervical spinal and accessory nerves, bilateral',
      'Chronic migraine',
    ],
    ['{64616}', 'Chemodenervation of muscle(s); neck muscle(s), excluding larynx, unilateral', 'Cervical dystonia'],
    ['{64617}', 'Chemodenervation of muscle(s); larynx, unilateral, percutaneous', 'Spasmodic dysphonia'],
    ['{64642}', 'Chemodenervation of one extremity; 1-4 muscle(s)', 'Upper/lower limb spasticity'],
    [
      '{64643}',
      '… each additional extremity, 1-4 muscle(s) (List separately in addition to code for primary procedure)',
      'Limb spasticity',
    ],
    ['{64644}', 'Chemodenervation of one extremity; 5 or more muscles', 'Limb spasticity'],
    ['{64645}', '… each additional extremity, 5 or more muscles (add-on)', 'Limb spasticity'],
    ['{64646}', 'Chemodenervation of trunk muscle(s); 1-5 muscle(s)', 'Trunk spasticity'],
    ['{64647}', 'Chemodenervation of trunk muscle(s); 6 or more muscles', 'Trunk spasticity'],
    ['{52287}', 'Cystourethroscopy, with injection(s) for chemodenervation of the bladder', 'Overactive bladder, NDO'],
    ['{67345}', 'Chemodenervation of extraocular muscle', 'Strabismus'],
    ['{46505}', 'Chemodenervation of internal anal sphincter', 'Anal fissure'],
  ],
});

// ── 2. Toxin coding guide: product / HCPCS / NDC table ──
const toxinNdc = table({
  id: 's60-txndc',
  kind: 's60-toxin-guide-hcpcs-ndc-table',
  caption: 'Table 1. Product billing codes (HCPCS Level II) and National Drug Codes',
  headers: ['Product / vial', 'HCPCS', 'Billing unit', 'NDC (10-digit)', 'NDC (11-digit, 5-4-2)'],
  rows: [
    ['Toxin A 100 Units', 'J0585', '1 unit', '0023-1145-01', '[00023]-1145-01'],
    ['Toxin A 200 Units', 'J0585', '1 unit', '0023-3921-02', '[00023]-3921-02'],
    ['abobotulinumtoxinA 300 Units', 'J0586', '5 units', '[15054]-530-6', '[15054]-0530-06'],
    ['rimabotulinumtoxinB 2,500 Units', 'J0587', '100 units', '[10454]-710-10', '[10454]-0710-10'],
    ['incobotulinumtoxinA 100 Units', 'J0588', '1 unit', '[46783]-161-01', '[46783]-0161-01'],
  ],
});

// ── 3. Toxin guide: sample CMS-1500 item 24 with NDC shading, text layer ──
const sampleClaim = lines({
  id: 's60-s1500',
  kind: 's60-toxin-guide-sample-cms1500-text',
  before: 'Sample CMS-1500 (02/12) — physician office, chronic migraine — for illustration only',
  text: [
    'Item 5  Patient address: 418 Quarry Rd, Haddam, CT [06438]',
    'Item 21  ICD Ind 0   A. G43.709   B. G43.719',
    'Item 24 (shaded)  N400023392102 UN200',
    '24A 03 04 26  03 04 26  24B 11  24D J0585  JZ   24E A  24F 1284 50  24G 200',
    'Item 24 (shaded)  (blank)',
    '24A 03 04 26  03 04 26  24B 11  24D {64615}       24E A  24F 612 00  24G 1',
    '24A 03 04 26  03 04 26  24B 11  24D {95874}       24E A  24F 148 00  24G 1   (only if guidance documented)',
    'Item 32  Service facility: Lakeshore Headache Center, 77 Dock St, Madison, CT [06443]',
    'Item 33  Billing provider: Lakeshore Neurology PC, PO Box [64612], Madison, CT [06443]-0612',
  ].join('\n'),
});

// ── 4. Toxin guide: JW/JZ wastage FAQ, prose ──
const wasteFaq = lines({
  id: 's60-jwjz',
  kind: 's60-toxin-guide-jw-jz-faq-text',
  before: 'Frequently asked questions — drug wastage modifiers',
  text: [
    'Q: Do I append JW to the administration code {64612}? A: No. JW and JZ go on the drug line (J0585) only, never on the procedure line.',
    'Q: A 200-unit vial was opened for 155 units to muscles of the face and neck. How is it billed?',
    'A: J0585 x155 units, and J0585-JW x45 units on a separate line; the procedure is reported as {64615} if it was the migraine protocol, or {64616} for neck only.',
    'Q: We treat blepharospasm on both sides. A: Report {64612} with modifier 50 (or RT/LT per payer), once per side.',
    'Q: Is EMG guidance separately payable? A: Add-on {95874} (needle EMG) or {95873} (e-stim) may be reported once per session with {64612}–{64647}; not with {64617}.',
    'Q: Our billing system truncates NDCs to 10 digits. A: Pad the labeler to five digits ([00023]) — the 5-4-2 format is required on the claim.',
  ].join('\n'),
});

// ── 5. EMG/e-stim guidance add-on table ──
const guidance = table({
  id: 's60-guid',
  kind: 's60-toxin-guide-guidance-addon-table',
  caption: 'Guidance for chemodenervation — add-on codes and primary codes they may be reported with',
  headers: ['Add-on', 'Report with', 'Limit'],
  rows: [
    ['{95873}', '{64612}, {64616}, {64642}–{64647}', '1 per session'],
    ['{95874}', '{64612}, {64616}, {64642}–{64647}', '1 per session; not with {95873}'],
    ['Ultrasound {76942}', 'Payer-specific; many bundle into {64612}', 'Check policy'],
  ],
});

// ── 6. Hub benefit-verification request form ──
const bvForm = lines({
  id: 's60-bvreq',
  kind: 's60-hub-bv-request-form-text',
  before: 'NeuroAccess Support Center — Benefits Verification Request — fax to 1-877-555-0142',
  text: [
    'Section 1 Patient  Name: Delgado, Ruth   DOB: 07/19/1961   Home ZIP: [33511]',
    'Primary ins: Sunbelt Health PPO   Member ID: SBH40526118   Group #: [22519]',
    'Secondary ins: Medicare Part B   MBI: 4TQ9-AB2-KK71',
    'Section 2 Prescriber  NPI 1568423901   Tax ID 59-1280350   Practice ZIP: [33609]',
    'Section 3 Treatment  Product: Toxin A 200U   HCPCS J0585   Units/tx: 155   Frequency: q12 wks',
    'Administration CPT: {64615}   Other: {95874}   Dx: G43.709',
    'Site of care (check one): [x] Physician office (POS 11)  [ ] HOPD (POS 22)  [ ] ASC (POS 24)',
    'Acquisition: [x] Buy and bill  [ ] Specialty pharmacy — preferred SP: ______',
    'Hub case # (office use): NA-[41493]',
  ].join('\n'),
});

// ── 7. Hub BV result fax ──
const bvFax = lines({
  id: 's60-bvfax',
  kind: 's60-hub-bv-result-fax-text',
  before: 'NeuroAccess Support Center — Summary of Benefits — page 1 of 2 — Case NA-41493',
  text: [
    'To: Bay Neurology Associates, Tampa FL [33609]   Attn: Prior auth coordinator',
    'Payer: Sunbelt Health PPO   Verified with: Kendra R.   Call ref #: [64612]-B   Date: 02/11/2026',
    'Drug (J0585): covered under medical benefit; PA required; specialty tier N/A.',
    'Procedure {64615}: covered, subject to deductible; no separate PA for the injection once drug PA approved.',
    'EMG guidance {95874}: not covered in office per payer policy MP-[27514]; patient may be billed with ABN-equivalent waiver.',
    'Deductible: 1500.00 (met 1188.40)   Coinsurance: 20%   OOP max: 6000.00',
    'PA submit to: Sunbelt UM, PO Box [31458], Tampa FL [33631]   Fax 813-555-0199',
  ].join('\n'),
});

// ── 8. Hub portal BV result grid: vague Item / Value headers ──
const bvGrid = table({
  id: 's60-bvgrid',
  kind: 's60-hub-portal-bv-item-value-grid',
  caption: 'Case NA-41493 · Benefit Investigation · Result',
  headers: ['Item', 'Value'],
  rows: [
    ['Patient ZIP', '[33511]'],
    ['Member', 'SBH40526118'],
    ['Plan group', '[22519]'],
    ['Drug', 'J0585 · 155 U · JZ'],
    ['Admin', '{64615}'],
    ['Admin (alt.)', '{64612} if protocol changes to facial only'],
    ['Guidance', '{95874} — not covered'],
    ['PA ref', '[84456]'],
    ['Reviewer ext', '[52447]'],
  ],
});

// ── 9. Hub BV JSON (portal API) ──
const bvJson = lines({
  id: 's60-bvjson',
  kind: 's60-hub-bv-portal-json-text',
  before: 'GET /cases/NA-41493/benefits — response (developer view)',
  text: [
    '{"caseId":"NA-[41493]","patient":{"zip":"[33511]","memberId":"SBH40526118"},',
    ' "services":[{"type":"drug","hcpcs":"J0585","units":155},',
    '  {"type":"admin","cpt":"{64615}","covered":true,"pa":false},',
    '  {"type":"guidance","cpt":"{95874}","covered":false}],',
    ' "payerPolicyId":"MP-[27514]","agentExt":[52447],"siteZip":"[33609]"}',
  ].join('\n'),
});

// ── 10. Copay program enrollment form ──
const copayEnroll = lines({
  id: 's60-cpenr',
  kind: 's60-copay-program-enrollment-text',
  before: 'Savings Program Enrollment — commercially insured patients only',
  text: [
    'Program ID: SP-[70527]   Member #: 3001-[88519]-07   Enrolled: 01/06/2026',
    'Patient mailing ZIP: [48473]   State: MI',
    'Card: RxBIN 610020  PCN LOYALTY  Group [19507]  (pharmacy claims)',
    'Medical claims: submit EOB + CMS-1500 to Savings Program, PO Box [29450], Charlotte NC [28258]',
    'Eligible costs: drug (J0585) and its administration (e.g., {64612}, {64615}, {64616}, {64642}) up to the annual maximum.',
    'Annual max benefit: [10000].00 (drug) / [15000] not applicable to procedure',
  ].join('\n'),
});

// ── 11. Copay card back ──
const copayCard = lines({
  id: 's60-cpcard',
  kind: 's60-copay-card-back-text',
  before: 'Savings card (back) — for pharmacist and office use',
  text: [
    'BIN 610020   PCN LOYALTY   GRP [64445]   ID 3001-[88519]-07',
    'Medical office: fax EOB to 1-866-555-0173 with program ID SP-[70527]',
    'Questions: 1-800-555-0164, M–F 8–8 ET. Card void where prohibited; expires 12/31/2026. Ref [91555]',
  ].join('\n'),
});

// ── 12. Copay program claim remittance ──
const copayRemit = table({
  id: 's60-cprem',
  kind: 's60-copay-claim-remittance-table',
  caption: 'Savings Program — Explanation of Payment to Provider — Member 3001-88519-07',
  headers: ['Claim #', 'DOS', 'Code', 'Billed', 'Plan paid', 'Pt resp.', 'Program paid'],
  rows: [
    ['[56503]', '01/13/2026', 'J0585', '1284.50', '902.16', '382.34', '382.34'],
    ['[56504]', '01/13/2026', '{64615}', '612.00', '301.22', '75.30', '75.30'],
    ['[56505]', '01/13/2026', '{95874}', '148.00', '0.00', '148.00', '0.00 (excluded)'],
    ['[58426]', '04/07/2026', '{64612}', '410.00', '214.80', '53.70', '53.70'],
  ],
});

// ── 13. Field reimbursement manager e-mail ──
const frmEmail = lines({
  id: 's60-frm',
  kind: 's60-frm-email-to-practice-text',
  before: 'From: Dana Whitcomb, Field Reimbursement Manager <dwhitcomb@example-pharma.com>  Subject: Re: denials',
  text: [
    'Hi Marisol — following up on the three Sunbelt denials you forwarded (claims [56771], [56772], [57510]).',
    'The first two were billed with {64612} but the injection record shows both sides of the neck plus frontalis and temporalis, so the migraine protocol code {64615} fits better.',
    'The third denied CARC 16 because the NDC was sent as 10 digits; resubmit with N400023392102 UN200 in the shaded line.',
    'For your spasticity patients, remember {64642} plus {64643} for the second limb, not two units of {64642}.',
    'I will be in your area (ZIP [33606]) on the 18th; happy to do a lunch-and-learn for the front desk.',
    'Dana | Territory FL-[71548] | cell 813-555-0120',
  ].join('\n'),
});

// ── 14. Buy-and-bill vs specialty pharmacy ──
const bbVsSp = table({
  id: 's60-bbsp',
  kind: 's60-buy-bill-vs-specialty-pharmacy-table',
  caption: 'Acquisition models at a glance',
  headers: ['', 'Buy and bill', 'Specialty pharmacy (white bagging)'],
  rows: [
    ['Who buys the drug', 'Practice, from authorized distributor', 'SP dispenses under patient’s benefit'],
    ['Drug claim', 'Practice bills J0585 + NDC on CMS-1500', 'SP bills pharmacy benefit (NCPDP)'],
    ['Procedure claim', 'Practice bills {64612}/{64615}/{64616}', 'Practice still bills {64615}; no drug line'],
    ['Shipping', 'To practice', 'To practice, ship-to ZIP must match ([33609])'],
    ['Typical lead time', '1–2 days', '5–10 days; SP order # e.g. [20464]'],
  ],
});

// ── 15. Payer coverage policy summary prepared by hub ──
const policySummary = table({
  id: 's60-pol',
  kind: 's60-hub-payer-policy-summary-table',
  caption: 'Payer coverage summary — chemodenervation and peripheral nerve procedures — prepared by hub, Q1 2026',
  headers: ['Payer', 'Policy #', 'Covered codes', 'PA', 'Frequency', 'Reviewed'],
  rows: [
    ['Sunbelt Health', 'MP-[27514]', '{64612}, {64615}, {64616}', 'Drug only', 'q12 wks', '01/2026'],
    ['Great Lakes BCBS', '[12472]', '{64615} (migraine ≥15 HA days)', 'Yes', 'q12 wks', '11/2025'],
    ['Prairie Medicaid', 'CP.PHAR.[38503]', '{64642}–{64645}', 'Yes', '4/yr', '09/2025'],
    ['Keystone Commercial', '[60543]', '{64632}, {64640}', 'Yes', '2/yr per nerve', '10/2025'],
    ['Keystone Commercial', '[60544]', '{64712} (E/I) — investigational', 'N/A', '—', '10/2025'],
    ['Coastal Advantage', 'LCD L[35456]', '{64555}, {64590}', 'Yes', 'Trial first', '12/2025'],
  ],
});

// ── 16. Site of care / POS guide ──
const siteOfCare = table({
  id: 's60-soc',
  kind: 's60-site-of-care-pos-guide-table',
  caption: 'Site of care guide — who bills what',
  headers: ['Setting', 'POS', 'Physician bills', 'Facility bills', 'Drug billed by'],
  rows: [
    ['Physician office', '11', '{64612} (non-facility RVU)', '—', 'Practice (J code)'],
    [
      'Hospital outpatient',
      '22',
      '{64612}-26 n/a; professional fee only',
      'Rev code 0361 + {64612}',
      'Hospital (rev 0636)',
    ],
    ['Ambulatory surgical center', '24', '{64632}', '{64632} + SG as required', 'ASC if packaged'],
    ['Home infusion', '12', 'n/a', 'n/a', 'SP only'],
  ],
});

// ── 17. PNS device maker coding guide ──
const pnsGuide = table({
  id: 's60-pns',
  kind: 's60-pns-device-coding-guide-table',
  caption: 'Peripheral Nerve Stimulation — 2026 Coding Guide — physician and facility',
  headers: ['CPT', 'Description', 'Work RVU', 'Medicare national avg (non-facility)', 'OPPS APC'],
  rows: [
    [
      '{64555}',
      'Percutaneous implantation of neurostimulator electrode array; peripheral nerve',
      '5.76',
      '$1,802',
      '5462',
    ],
    [
      '{64590}',
      'Insertion or replacement of peripheral or gastric neurostimulator pulse generator/receiver',
      '2.45',
      '—',
      '5464',
    ],
    ['{64595}', 'Revision or removal of peripheral neurostimulator pulse generator', '1.78', '—', '5461'],
    ['{64585}', 'Revision or removal of peripheral neurostimulator electrode array', '2.11', '$466', '5461'],
    ['{95971}', 'Electronic analysis with simple programming', '0.78', '$62', '5742'],
  ],
});

// ── 18. Cryoneurolysis device maker coding guide (comparison) ──
const cryoGuide = table({
  id: 's60-cryo',
  kind: 's60-cryoneurolysis-coding-guide-table',
  caption: 'Cryoneurolysis — coding for commonly targeted nerves (and related codes for comparison)',
  headers: ['Target nerve', 'Code', 'Modality', 'Note'],
  rows: [
    ['Genicular nerves (knee)', '{64624}', 'Destruction, genicular, incl. imaging', 'Report once per knee'],
    ['Other peripheral nerve / branch', '{64640}', 'Destruction by neurolytic agent', 'Per nerve'],
    [
      'Plantar digital nerve (Morton)',
      '{64632}',
      'Destruction, plantar common digital nerve',
      'For comparison: Morton neuroma only',
    ],
    ['Sciatic nerve (open)', '{64712}', 'Neuroplasty; sciatic nerve (comparison only)', 'Open surgery, not cryo'],
    ['Lumbar plexus (open)', '{64714}', 'Neuroplasty; lumbar plexus (comparison only)', 'Open surgery'],
    ['Femoral (diagnostic block)', '{64447}', 'Single-injection anesthetic block', 'Pre-cryo test block'],
    ['Sciatic (diagnostic block)', '{64445}', 'Injection, anesthetic; sciatic nerve', 'Pre-cryo test block'],
  ],
});

// ── 19. Device guide FAQ, prose ──
const deviceFaq = lines({
  id: 's60-devfaq',
  kind: 's60-device-guide-faq-text',
  before: 'Coding FAQs — peripheral nerve stimulation and cryoneurolysis',
  text: [
    'Can the trial lead placement be billed? Yes — report {64555} for the percutaneous trial; the permanent generator is {64590}.',
    'Is cryoneurolysis of the genicular nerves reported with {64640}? No, since 2022 genicular destruction is {64624}.',
    'A Morton neuroma destruction (plantar digital nerve) is coded {64632}; do not report {64640} for the same nerve.',
    'Open neuroplasty codes such as {64712} (sciatic) and {64714} (lumbar plexus) are not cryoneurolysis and are listed only to avoid confusion.',
    'Test blocks before cryo: {64445} (sciatic) or {64447} (femoral), reported on an earlier date of service.',
    'Order device kits from Customer Service, 1-888-555-0110; reference account [64714] on the PO.',
    'Mailing address for returns: RMA Dept, 2100 Commerce Pkwy, Eden Prairie, MN [55344]',
  ].join('\n'),
});

// ── 20. ASP pricing table (CMS file columns) ──
const aspTable = table({
  id: 's60-asp',
  kind: 's60-asp-pricing-file-table',
  caption: 'April 2026 ASP Pricing File (excerpt) — Payment allowance limits for Medicare Part B drugs',
  headers: [
    'HCPCS Code',
    'Short Description',
    'HCPCS Code Dosage',
    'Payment Limit',
    'Co-insurance Percentage',
    'Vaccine AWP%',
    'Vaccine Limit',
    'Notes',
  ],
  rows: [
    ['J0585', 'Injection,onabotulinumtoxina', '1 UNIT', '6.872', '20%', '', '', ''],
    ['J0586', 'Abobotulinumtoxina', '5 UNITS', '9.104', '20%', '', '', ''],
    ['J0587', 'Inj, rimabotulinumtoxinb', '100 UNITS', '13.771', '20%', '', '', ''],
    ['J0588', 'Incobotulinumtoxin a', '1 UNIT', '5.880', '20%', '', '', ''],
    ['J1931', 'Laronidase injection', '0.1 MG', '[10218].450', '20%', '', '', 'per-vial cost high'],
    ['J2350', 'Ocrelizumab, 1 mg', '1 MG', '[46558].000', '20%', '', '', 'ASP x 1.06'],
    ['{90662}', 'Flu vacc split no prsv hd', '0.7 ML', '71.328', '0%', '95%', '71.328', ''],
    ['{90677}', 'Pcv20 vaccine im', '0.5 ML', '255.645', '0%', '95%', '255.645', ''],
  ],
});

// ── 21. Webinar slides text layer ──
const webinarSlides = lines({
  id: 's60-webs',
  kind: 's60-webinar-slide-deck-text',
  before: 'Reimbursement Webinar — Chemodenervation Coding Update 2026 — slide text',
  text: [
    'Slide 4  What changed in 2026',
    '• {64612} — no descriptor change; payment −1.2%',
    '• {64615} — bilateral by definition: never add modifier 50',
    '• {64616} / {64617} — unilateral; modifier 50 or RT/LT if bilateral',
    'Slide 7  Limb codes (one extremity = one code): {64642} {64643} {64644} {64645}',
    'Slide 9  Nerve procedures you may see on the same claim: {64632} {64712} {64445} (not chemodenervation)',
    'Slide 12  Hub contact: 1-877-555-0142 · Webinar ID [83466] · CE credit code [47513]',
  ].join('\n'),
});

// ── 22. Webinar Q&A ──
const webinarQa = lines({
  id: 's60-webqa',
  kind: 's60-webinar-qa-chat-text',
  before: 'Q&A transcript (questions typed by attendees; answers by presenter)',
  text: [
    '[J. Ortiz, Denver [80206]] If we inject only the left orbicularis oculi, is that {64612} x1?',
    'A: Yes, {64612} with LT, one unit.',
    '[anon] Our MAC denied {64615} with {64612} same day — is that allowed?',
    'A: Not usually; {64615} already covers the facial muscles. Pick one. See NCCI edit pair {64615}/{64612}.',
    '[R. Chu, ZIP [94449]] Do we report {95874} per muscle?',
    'A: No — once per session. And for the CE credit, enter code [47513] in the survey.',
    '[S. Patel] Can a cryo case with {64624} be billed with a test block {64445} on the same day?',
    'A: Usually the block is bundled same-day; bill {64445} only on a separate diagnostic date.',
  ].join('\n'),
});

// ── 23. X12 837P excerpt ──
const x12 = lines({
  id: 's60-837',
  kind: 's60-x12-837p-toxin-claim-text',
  before: 'Clearinghouse export — 837P — claim 58426',
  text: [
    'NM1*85*2*LAKESHORE NEUROLOGY PC*****XX*1568423901~N3*PO BOX [64612]~N4*MADISON*CT*064430612~',
    'CLM*[58426]*1694.50***11:B:1*Y*A*Y*Y~',
    'HI*ABK:G245~',
    'LX*1~SV1*HC:J0585:JZ*1284.5*UN*200***1~',
    'LIN**N4*00023392102~CTP****200*UN~',
    'LX*2~SV1*HC:{64612}:LT*410*UN*1***1~',
    'REF*6R*[41822]~',
  ].join('\n'),
});

// ── 24. PA denial letter ──
const denial = lines({
  id: 's60-den',
  kind: 's60-pa-denial-letter-text',
  before: 'Great Lakes BCBS — Notice of Adverse Determination — Utilization Management',
  text: [
    'Reference: UM-2026-[31546]   Member: G. Lindqvist   Member ID XJL9112044',
    'Requested: J0585 x200 units and administration {64615}, 04/02/2026, Traverse City, MI [49684]',
    'Decision: DENIED. The documentation does not show at least 15 headache days per month for 3 months.',
    'The request for {95873} was also denied as not medically necessary for the migraine protocol.',
    'You may appeal within 180 days: Appeals Unit, PO Box [44534], Detroit MI [48232].',
  ].join('\n'),
});

// ── 25. Appeal template from hub ──
const appeal = lines({
  id: 's60-appl',
  kind: 's60-hub-appeal-letter-template-text',
  before: 'Letter of medical necessity / appeal — template (edit bracketed fields)',
  text: [
    'Re: Patient «Name», Member ID «ID», Claim «Claim No.», Reference UM-2026-[31546]',
    'I am writing to appeal the denial of chemodenervation ({64615}) and the associated drug, J0585.',
    'My patient has had 18–22 headache days per month (diary attached) and failed topiramate and propranolol.',
    'Prior treatment with this protocol, billed as CPT {64615} on 01/13/2026, reduced headache days by 9.',
    'Please contact my office at 231-555-0145, fax 231-555-0146, 600 Munson Ave, Traverse City, MI [49684].',
  ].join('\n'),
});

// ── 26. Clinic toxin log ──
const toxinLog = table({
  id: 's60-txlog',
  kind: 's60-clinic-toxin-injection-log-table',
  caption: 'Movement Disorders Clinic — toxin log — week of 03/02/2026',
  headers: ['Date', 'Acct', 'Indication', 'Units given', 'Wasted (JW)', 'Lot', 'Proc', 'Guid.'],
  rows: [
    ['03/02', '[20571]', 'Cervical dystonia', '240', '60', 'C[63503]C4', '{64616}-50', '{95874}'],
    ['03/02', '[21496]', 'Blepharospasm', '35', '65', 'C[63503]C4', '{64612}-50', '—'],
    ['03/03', '[22091]', 'Post-stroke UE', '300', '0', 'C[63511]C4', '{64642}, {64643}', '{95873}'],
    ['03/04', '[23519]', 'Chronic migraine', '155', '45', 'C[64612]C3', '{64615}', '—'],
    ['03/05', '[24447]', 'Hemifacial spasm', '25', '75', 'C[63511]C4', '{64612}', '{95874}'],
  ],
});

// ── 27. Hub case status list ──
const caseList = table({
  id: 's60-case',
  kind: 's60-hub-case-status-list-table',
  caption: 'My cases — Bay Neurology Associates — 7 open',
  headers: ['Case', 'Pt ZIP', 'Product', 'Service', 'Status', 'Updated'],
  rows: [
    ['NA-[41493]', '[33511]', 'Toxin A', '{64615}', 'BV complete', '02/11'],
    ['NA-[41512]', '[33647]', 'Toxin A', '{64616}', 'PA pending', '02/12'],
    ['NA-[64632]', '[33594]', 'Toxin A', '{64642} + {64644}', 'Appeal filed', '02/09'],
    ['NA-[41577]', '[34654]', 'Toxin A', '{64612}', 'Copay enrolled', '02/13'],
    ['NA-[41601]', '[33556]', '—', 'Stimulator trial {64555}', 'Missing info', '02/13'],
  ],
});

// ── 28. Reimbursement hotline call notes ──
const callNotes = lines({
  id: 's60-call',
  kind: 's60-reimbursement-hotline-call-notes-text',
  before: 'Hotline CRM — interaction notes — Case NA-41512',
  text: [
    '02/12 10:14 Caller Marisol (Bay Neuro) asks whether cervical dystonia both sides is {64616}-50 or two lines. Advised {64616}-50 x1 per payer MP-[27514].',
    '02/12 10:22 Verified PA status with Sunbelt: pending, ref [77565]. Expected 5–7 business days.',
    '02/12 10:25 Caller asked about adding {95874}; reminded not covered in office for this plan.',
    '02/12 10:31 Sent BV summary to fax 813-555-0177 (office ZIP [33609]). Follow-up task #[39541].',
  ].join('\n'),
});

// ── 29. Modifier crosswalk list (unlabelled list of codes) ──
const modList = lines({
  id: 's60-mods',
  kind: 's60-toxin-guide-modifier-list-text',
  before: 'Laterality and bilateral billing — quick reference',
  text: [
    'Bilateral by descriptor (no 50): {64615}',
    'Unilateral, use 50 or RT/LT when both sides treated: {64612}, {64616}, {64617}',
    'Per extremity (use add-on, not 50): {64642}/{64643}, {64644}/{64645}',
    'Trunk (no laterality): {64646}, {64647}',
  ].join('\n'),
});

// ── 30. Sales territory list with ZIPs (decoy-only) ──
const territory = table({
  id: 's60-terr',
  kind: 's60-sales-territory-zip-list-table',
  caption: 'Neuroscience sales — Central region territory alignment — effective 01/01/2026',
  headers: ['Territory', 'Rep', 'Anchor city', 'ZIP', 'Accounts', 'Cost center'],
  rows: [
    ['C-[64485]', 'B. Olander', 'Elmo, MO', '[64445]', '41', '[67561]'],
    ['C-[64486]', 'T. Greer', 'Kansas City, MO', '[64111]', '[10449]', '[67561]'],
    ['C-[65499]', 'J. Fenn', 'Columbia, MO', '[65203]', '37', '[67562]'],
    ['C-[66491]', 'A. Mbeki', 'Overland Park, KS', '[66210]', '52', '[67562]'],
    ['C-[68593]', 'L. Torvik', 'Lincoln, NE', '[68510]', '29', '[67563]'],
    ['C-[50457]', 'R. Haas', 'Ankeny, IA', '[50023]', '[64714]', '[67563]'],
  ],
});

// ── 31. Sample request form (decoy-only) ──
const sampleReq = lines({
  id: 's60-samp',
  kind: 's60-sample-request-form-text',
  before: 'Professional Sample Request — completed by licensed prescriber',
  text: [
    'Order #: [64712]   Requested: 02/02/2026   Rep ID: [35620]',
    'Ship to: Prairie Pain & Spine, 1440 Oak Ridge Dr, Ankeny IA [50023]',
    'State license: IA [44981]   DEA on file',
    'Item: Sample kit, toxin A 100U (reconstitution supplies)   Qty: 2   Sample item # [78382]',
    'Signature of prescriber ____________  Signature date 02/02/2026',
  ].join('\n'),
});

// ── 32. Lot recall notice (decoy-only) ──
const recall = lines({
  id: 's60-recl',
  kind: 's60-lot-recall-notice-text',
  before: 'URGENT: Voluntary Product Recall — Distributor Level — Ref RCL-2026-0319',
  text: [
    'Affected product: reconstitution diluent vials, 10 mL, NDC [70069]-101-10',
    'Lots: D[41990]A, D[41991]A, D[42055]A   Expiry 08/2027',
    'Your account: [12055]   Ship-to ZIP: [33609]   Units shipped: 40',
    'Return by 04/30/2026 using the prepaid label to Returns Center, 7 Logistics Way, Groveport OH [43125]',
    'Reference on return form: PO [64632]-R and recall number RCL-2026-0319. Toxin product lots are NOT affected.',
  ].join('\n'),
});

// ── 33. Distributor invoice for toxin vials (prices without a dollar sign) ──
const invoice = table({
  id: 's60-inv',
  kind: 's60-specialty-distributor-invoice-table',
  caption: 'Specialty distributor — Invoice 7720193 — Bill to acct 30917 — Terms 2% 30 net 31',
  headers: ['Line', 'Item #', 'Description', 'NDC', 'Qty', 'Unit price', 'Ext. price', 'PO'],
  rows: [
    ['1', '[38817]', 'Toxin A 200U vial', '[00023]-3921-02', '12', '1712.40', '[20548].80', '[77216]'],
    ['2', '[38816]', 'Toxin A 100U vial', '[00023]-1145-01', '20', '861.15', '[17223].00', '[77216]'],
    ['3', '[51903]', 'incobotulinumtoxinA 100U', '[46783]-0161-01', '6', '642.90', '3857.40', '[77216]'],
    ['4', '[90177]', 'Cold-chain shipper, returnable', '—', '1', '0.00', '0.00', '[77216]'],
    ['', '', 'Ship to: Bay Neurology Associates, Tampa FL', '', '', 'Total', '[41938].20', 'ZIP [33609]'],
  ],
});

// ── 34. Specialty pharmacy dispense record (white bagging), text ──
const spDispense = lines({
  id: 's60-spd',
  kind: 's60-specialty-pharmacy-dispense-record-text',
  before: 'Specialty pharmacy — dispense confirmation — white-bag shipment',
  text: [
    'Rx 4418207-03   Patient ZIP [34654]   Prescriber ZIP [33609]   Pharmacy NCPDP 1093428',
    'Drug: Toxin A 200U, NDC [00023]-3921-02, qty 1 vial, days supply 84',
    'Ship to practice: 2700 W Kennedy Blvd Ste 310, Tampa FL [33609]-3122',
    'Carrier tracking 1Z 8V2 [47026] 03 9917 4410   Temperature logger [82731]',
    'Copay collected: 5.00 (program paid 3,214.80)   Claim auth [97043]   Batch [26180]',
    'Note to office: drug is patient-specific; do not bill J0585. Administration ({64615}) is billed by the practice.',
  ].join('\n'),
});

// ── 35. Hub enrollment data export, data-dictionary column names ──
const hubExport = table({
  id: 's60-hubx',
  kind: 's60-hub-enrollment-data-export-table',
  caption: 'HUB_ENRL_EXTRACT_20260215.csv (first rows, as opened in the reporting portal)',
  headers: ['CASE_NO', 'PGM_ID', 'PT_ZIP5', 'HCP_ZIP5', 'SVC_CD', 'DRUG_CD', 'TERR_CD', 'STAT'],
  rows: [
    ['[41493]', '[70527]', '[33511]', '[33609]', '{64615}', 'J0585', '[71548]', 'BV'],
    ['[41512]', '[70527]', '[33647]', '[33609]', '{64616}', 'J0585', '[71548]', 'PA'],
    ['[41577]', '[70541]', '[34654]', '[33609]', '{64612}', 'J0585', '[71548]', 'CP'],
    ['[41601]', '[00000]', '[33556]', '[33613]', '{64555}', '', '[71552]', 'MI'],
    ['[41622]', '[70541]', '[32809]', '[32803]', '{64642}', 'J0588', '[71563]', 'BV'],
    ['[41623]', '[70527]', '[32746]', '[32803]', '{64712}', '', '[71563]', 'XX'],
  ],
});

// ── 36. Copay program annual statement to patient (decoy-heavy) ──
const copayStatement = lines({
  id: 's60-cpst',
  kind: 's60-copay-annual-statement-text',
  before: 'Savings Program — 2025 Annual Benefit Statement',
  text: [
    'Ruth Delgado, 1902 Cypress Lake Dr, Lutz FL [33548]   Program member 3001-[88519]-07',
    'Benefit used in 2025: 4,872.90 of [15000].00 maximum   Remaining: [10127].10',
    'Claims processed: 4   Statement no. [62937]   Mail code [71208]',
    'Your provider was paid for treatment visits including {64612} (03/2025) and {64615} (06/2025, 09/2025, 12/2025).',
    'Questions? Call 1-800-555-0164 and give reference [64612]-25, or write PO Box [27309], Charlotte NC [28272].',
  ].join('\n'),
});

// ── 37. Territory rep weekly call plan (decoy-only) ──
const callPlan = table({
  id: 's60-plan',
  kind: 's60-rep-weekly-call-plan-table',
  caption: 'Weekly call plan — FL-71548 — week 8',
  headers: ['Day', 'Account', 'Acct #', 'City', 'ZIP', 'Objective'],
  rows: [
    ['Mon', 'Bay Neurology Associates', '[30917]', 'Tampa', '[33609]', 'Lunch-and-learn, 12 staff'],
    ['Tue', 'Suncoast Headache Ctr', '[30954]', 'Brandon', '[33511]', 'Sample follow-up, order [88107]'],
    ['Tue', 'Gulfview Rehab', '[31266]', 'New Port Richey', '[34652]', 'Spasticity clinic intro'],
    ['Wed', 'Lakeland Neuro PA', '[31308]', 'Lakeland', '[33805]', 'Reorder, invoice [77219]'],
    ['Thu', 'Sarasota Movement Dis.', '[31417]', 'Sarasota', '[34239]', 'Hub training'],
    ['Fri', 'Admin / expense report', '—', 'Tampa', '[33606]', 'Mileage log, 1,204 mi YTD'],
  ],
});

export const sealed60: Snippet[] = [
  ...toxinCpt,
  ...toxinNdc,
  ...sampleClaim,
  ...wasteFaq,
  ...guidance,
  ...bvForm,
  ...bvFax,
  ...bvGrid,
  ...bvJson,
  ...copayEnroll,
  ...copayCard,
  ...copayRemit,
  ...frmEmail,
  ...bbVsSp,
  ...policySummary,
  ...siteOfCare,
  ...pnsGuide,
  ...cryoGuide,
  ...deviceFaq,
  ...aspTable,
  ...webinarSlides,
  ...webinarQa,
  ...x12,
  ...denial,
  ...appeal,
  ...toxinLog,
  ...caseList,
  ...callNotes,
  ...modList,
  ...territory,
  ...sampleReq,
  ...recall,
  ...invoice,
  ...spDispense,
  ...hubExport,
  ...copayStatement,
  ...callPlan,
];
