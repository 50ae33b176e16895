import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 108 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s108-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * service rule ids, a test case id, configuration ticket keys, plan ids, an Evanston ZIP, PO boxes, a certificate
 * form number, an SBC form number and a call wrap code. The five known codes' digits come back as decoys: a client
 * group number (group setup form, SBC header, renewal e-mail, change log, call-center screen, claim trace, ticket
 * queue, overlap report, the 271 REF*6P segment and a FHIR coverage reference), a plan id (plan design grid, group
 * setup form, claim trace, XML export, change request), a test case id, a configuration ticket key, the PO box of the
 * certificate's appeals office and the PO box of utilization management.
 *
 * Family: a health plan's benefit configuration work and plan documents around a peripheral-nerve and pain practice's
 * codes: Facets-style build screens (service definition, service rules, limit definition), a service category to
 * code range map, accumulator definitions, a cost-share matrix by place of service, a QNXT benefit plan screen,
 * benefit configuration test scripts and a test run log, the SBC header and benefits grid, a certificate of coverage
 * exclusions excerpt, a Medicare Advantage evidence-of-coverage page, a plan-year change log, a renewal e-mail, a
 * benefit change request, a configuration audit's findings and summary, a call-center benefit inquiry screen and its
 * call notes, a provider portal benefit lookup, a medical-policy-to-benefit crosswalk and a medical policy's coding
 * section, a UM authorization requirement table, a plan design grid, a group setup form, a claim adjudication trace
 * and a benefit resolver log, the configuration team's ticket queue and a ticket's comments, a code range overlap
 * report, a member accumulator screen, exports (XML, X12 271, FHIR JSON), a provider notice letter and a
 * configuration work instruction.
 * Built on real public layouts: the federal uniform SBC template (header with coverage period and plan type, the
 * "Common Medical Event / Services You May Need / What You Will Pay / Limitations, Exceptions, & Other Important
 * Information" grid), the Medicare Advantage model Evidence of Coverage (chapter 4 Medical Benefits Chart, material id
 * footer), the X12 005010X279A1 271 response (NM1*PR payer id, REF*6P group number, EB segments with the EB13 HC:
 * procedure composite, MSG), the HL7 FHIR R4 CoverageEligibilityResponse resource (insurance.item.productOrService,
 * benefit, authorizationRequired), and the Facets service definition / service rule / limit vocabulary (SESE, SERL,
 * LTLT, accumulators, explanation codes). The others are written the way those pages read, with no single source.
 *
 * 400 labelled tokens over 37 shapes: 210 codes (121 of them the five known codes), 190 decoys, 64 of the decoys in
 * KNOWN_10K (24 of those the known codes' digits).
 */

// ── 1. Facets service definition screen, text layer ──
const serviceDef = lines({
  id: 's108-sese',
  kind: 's108-facets-service-definition-screen-text',
  before: 'Facets — Product — Service Definition (SESE) — Region IL01 — Lakeshore Community Health Plan',
  text: [
    'Service ID: NRVPLS   Description: NEUROPLASTY/NERVE DECOMPRESSION SURG   Service Type: SURG   Status: Active',
    'Service Rule: [20412]   SURG OP COINS AFTER DED   Effective: 01/01/2026   Term: 12/31/9999',
    'Procedure range   Low: {64702}   High: {64727}   Code type: CPT4   Seq: 10   Modifier: (any)',
    'Procedure range   Low: {64712}   High: {64714}   Code type: CPT4   Seq: 5    Override rule: [20418]',
    'Excluded procedure: {64999}   Pend code: MR1 (route to medical review)',
    'Audit: last changed 12/04/2025 by KMARTIN under work order WO-[31049]; prior version [31045]',
  ].join('\n'),
});

// ── 2. Service rule list, table (notes column carries codes) ──
const serviceRules = table({
  id: 's108-serl',
  kind: 's108-facets-service-rule-list-grid',
  caption: 'Service Rules — Gold PPO 1500 — plan year 2026',
  headers: ['Rule', 'Description', 'Copay', 'Coins', 'Ded', 'Accum', 'Notes'],
  rows: [
    ['[20412]', 'SURG OP COINS AFTER DED', '$0', '20%', 'Y', '[30119]', ''],
    ['[20418]', 'SURG OP NERVE DECOMP PA REQ', '$0', '20%', 'Y', '[30119]', 'Pend EX PA1 if no auth, {64712}/{64714}'],
    ['[20425]', 'INJ PAIN MGMT OFFICE COPAY', '$50', '0%', 'N', '[30151]', 'Nerve blocks {64445}, {64447}, {64450}'],
    ['[20439]', 'CHEMODENERV OFFICE', '$50', '0%', 'N', '[30157]', '{64612}, {64615}; drug on own rule'],
    ['[20448]', 'NEUROLYTIC DESTR - E/I DENY', 'n/a', 'n/a', 'n/a', '', 'Deny EX N74 for {64632} (MP [41070])'],
  ],
});

// ── 3. Service category to code range map, table ──
const rangeMap = table({
  id: 's108-rangemap',
  kind: 's108-service-category-code-range-map-grid',
  caption: 'Service category / procedure code range map — commercial, 2026',
  headers: ['Svc Cat #', 'Service Category', 'From', 'Thru', 'Benefit ID'],
  rows: [
    ['0410', 'Nerve blocks - somatic', '{64400}', '{64450}', 'BEN-[50114]'],
    ['0420', 'Neurolytic destruction', '{64600}', '{64681}', 'BEN-[50140]'],
    ['0421', 'Chemodenervation', '{64612}', '{64617}', 'BEN-[50154]'],
    ['0430', 'Neuroplasty / decompression', '{64702}', '{64727}', 'BEN-[50163]'],
    ['0431', 'Sciatic / plexus neuroplasty', '{64712}', '{64714}', 'BEN-[50165]'],
  ],
});

// ── 4. Accumulator definitions, text layer ──
const accumDefs = lines({
  id: 's108-accdef',
  kind: 's108-accumulator-definition-screen-text',
  before: 'Accumulator Definitions — Gold PPO 1500',
  text: [
    'Accumulator [30119]   IN-NET DEDUCTIBLE IND   Type: $   Period: Calendar year   Limit: 1,500.00',
    'Accumulator [30144]   IN-NET OOP MAX IND   Type: $   Period: Calendar year   Limit: 6,350.00   Fam: 12,700.00',
    'Accumulator [30151]   PAIN MGMT INJ VISITS   Type: Count   Period: Calendar year   Limit: 12',
    '   Counts lines with procedure {64400}-{64530}, {64479}-{64495}, {20552}, {20553}; one visit per DOS',
    '   Does not count {64612} (chemodenervation has its own accumulator [30157])',
    'Accumulator [30157]   CHEMODENERV SESSIONS   Type: Count   Period: Rolling 12 months   Limit: 4',
  ].join('\n'),
});

// ── 5. Cost-share matrix by place of service, table (last column has no header) ──
const costShare = table({
  id: 's108-costshare',
  kind: 's108-cost-share-place-of-service-matrix-grid',
  caption: 'Cost-share matrix — BEN-50163 Neuroplasty / decompression — Gold PPO 1500',
  headers: ['POS', 'Setting', 'In-network', 'Out-of-network', 'Rule', ''],
  rows: [
    ['11', 'Office', '$60 copay', '40% after ded', '[20455]', '{64704}, {64708}'],
    ['22', 'Outpatient hospital', '20% after ded', '40% after ded', '[20418]', '{64712}, {64714}'],
    ['24', 'Ambulatory surgical center', '$250 copay then 20%', '40% after ded', '[20464]', '{64712}, {64713}'],
    ['21', 'Inpatient', 'Inpatient facility benefit', '40% after ded', '[20468]', ''],
  ],
});

// ── 6. Benefit configuration test script, table ──
const testScript = table({
  id: 's108-testscript',
  kind: 's108-benefit-configuration-test-script-grid',
  caption: 'Benefit Configuration Test Script — CR-71080 — plan year 2026 nerve procedures',
  headers: ['TC ID', 'Scenario', 'Group', 'Proc', 'Mod', 'POS', 'Dx', 'Expected result'],
  rows: [
    [
      'TC-[64632]',
      'Sciatic neuroplasty, auth on file',
      'TG-0410',
      '{64712}',
      'RT',
      '22',
      'G57.01',
      'Allow; 20% after ded; rule [20418]',
    ],
    [
      'TC-[50175]',
      'Sciatic neuroplasty, no auth',
      'TG-0410',
      '{64712}',
      'RT',
      '22',
      'G57.01',
      'Pend PA1; deny after 14 days',
    ],
    [
      'TC-[50177]',
      'Lumbar plexus neuroplasty at ASC',
      'TG-0410',
      '{64714}',
      'LT',
      '24',
      'G54.1',
      '$250 copay then 20%',
    ],
    [
      'TC-[50209]',
      'Plantar digital neurolysis, neuroma',
      'TG-0410',
      '{64632}',
      '',
      '11',
      'G57.61',
      'Deny EX N74 (E/I)',
    ],
    [
      'TC-[50243]',
      'Facial chemodenervation, hemifacial spasm',
      'TG-0412',
      '{64612}',
      'RT',
      '11',
      'G51.31',
      'Allow; $50 copay; accum [30157] +1',
    ],
    ['TC-[50259]', 'Chemodenervation, 5th session in 12 mo', 'TG-0412', '{64612}', 'LT', '11', 'G24.5', 'Deny EX L04'],
  ],
});

// ── 7. Test run log, text layer ──
const testLog = lines({
  id: 's108-testlog',
  kind: 's108-benefit-test-run-results-log-text',
  before: 'Test run TR-2026-014 — environment FCTS-SIT2 — executed 01/22/2026',
  text: [
    'TC-[64632]  PASS  claim 2601220004471 ln 1 {64712} RT  allowed 1,184.00  coins 236.80  rule [20418]',
    'TC-[50177]  FAIL  claim 2601220004473 ln 1 {64714} LT  expected $250 copay, got 20% — rule [20418] fired, not [20464]',
    'TC-[50200]  PASS  claim 2601220004474 ln 1 {64445}  allowed 212.40  benefit [50114]',
    'TC-[50243]  PASS  claim 2601220004476 ln 1 {64612} RT  copay 50.00  accum [30157] = 1',
    'TC-[50259]  FAIL  claim 2601220004477 ln 1 {64612} LT  paid; accum [30157] read 3 of 4 (2025 claims not seeded)',
    'Defects logged: CFG-[64445] (TC-[50177]), CFG-[88102] (TC-[50259]); run id [91173]',
  ].join('\n'),
});

// ── 8. SBC header and footer, text layer (decoy only) ──
const sbcHeader = lines({
  id: 's108-sbchead',
  kind: 's108-sbc-header-footer-text',
  before: 'Summary of Benefits and Coverage: What this Plan Covers & What You Pay for Covered Services',
  text: [
    'Lakeshore Community Health Plan: Gold PPO 1500          Coverage Period: 01/01/2026 – 12/31/2026',
    'Coverage for: Individual + Family | Plan Type: PPO | HIOS Plan ID: [36096]IL0040012-01',
    'Midwest Tool & Die Co. Employee Benefit Plan — Group [64712]',
    'Questions: call 1-888-555-0190 or visit www.lakeshorechp.com/sbc, or write to PO Box [60713], Chicago, IL [60690]',
    'Lakeshore Community Health Plan, 180 N. LaSalle St., Suite 2200, Chicago, IL [60601]',
    'Form LCHP-SBC-26 ([10712])                                            Page 1 of 8',
  ].join('\n'),
});

// ── 9. SBC benefits grid, table ──
const sbcGrid = table({
  id: 's108-sbcgrid',
  kind: 's108-sbc-common-medical-event-grid',
  caption: 'Important: all copayment and coinsurance costs shown in this chart are after your deductible has been met',
  headers: [
    'Common Medical Event',
    'Services You May Need',
    'Network Provider (You will pay the least)',
    'Out-of-Network Provider (You will pay the most)',
    'Limitations, Exceptions, & Other Important Information',
  ],
  rows: [
    [
      'If you have outpatient surgery',
      'Facility fee (e.g., ambulatory surgery center)',
      '$250 copay, then 20% coinsurance',
      '40% coinsurance',
      'Preauthorization required for nerve decompression; see medical policy MP-[41055]. Benefit reduced 50% without it.',
    ],
    ['', 'Physician/surgeon fees', '20% coinsurance', '40% coinsurance', 'None'],
    [
      'Other services',
      'Injections for pain (nerve blocks)',
      '$50 copay/visit',
      '40% coinsurance',
      'Limited to 12 visits per calendar year. Alcohol injection of foot nerves not covered (MP-[41070]).',
    ],
  ],
});

// ── 10. Certificate of coverage exclusions excerpt, text layer ──
const certificate = lines({
  id: 's108-coc',
  kind: 's108-certificate-of-coverage-exclusions-text',
  before: 'Certificate of Coverage — Section 6: Exclusions and Limitations',
  text: [
    '6.14 Nerve procedures. We do not cover peripheral nerve decompression performed to treat diabetic peripheral',
    'neuropathy, including tarsal tunnel release ({28035}) and neuroplasty of other nerves ({64708}, {64712}, {64726}),',
    'when done for that purpose. Neurolytic (alcohol) injection of the plantar common digital nerve ({64632}) is',
    "not covered because it is investigational for Morton's neuroma. See medical policy [41070].",
    '6.15 Chemodenervation of the facial nerve (CPT {64612}) is covered for blepharospasm and hemifacial spasm only.',
    'Certificate form IL-COC-LG-2026 ([40079]) — Appeals: Lakeshore Community Health Plan, PO Box [64714], Chicago, IL [60664]',
  ].join('\n'),
});

// ── 11. Medicare Advantage evidence of coverage page, text layer ──
const eoc = lines({
  id: 's108-eoc',
  kind: 's108-medicare-advantage-eoc-benefits-chart-text',
  before: 'Chapter 4: Medical Benefits Chart (what is covered and what you pay)',
  text: [
    '2026 Evidence of Coverage for Lakeshore Medicare Advantage Gold (PPO) — H5522-004',
    'Outpatient surgery and pain-management procedures: you pay 20% of the total cost. Prior authorization is required',
    'for nerve decompression and for chemodenervation (for example, Botox injections billed with code {64612}).',
    'Nerve blocks such as a sciatic nerve block ({64445}) given in a doctor’s office: $20 copay.',
    'Member Services: 1-877-555-0126 (TTY 711). Lakeshore Medicare, PO Box [89445], Chicago, IL [60680]',
    'Y0146_EOC26_[40613]_C                                              4-12',
  ].join('\n'),
});

// ── 12. Plan-year change log, table ──
const changeLog = table({
  id: 's108-chglog',
  kind: 's108-plan-year-benefit-change-log-grid',
  caption: 'Plan Year 2026 Benefit Change Log — Commercial Large Group — owner: Product Configuration',
  headers: ['Chg #', 'Product(s)', 'Benefit', 'Codes', 'PY2025', 'PY2026', 'Config status'],
  rows: [
    ['[41089]', 'All PPO', 'Pain mgmt injections', '{64400}–{64530}', '$40 copay', '$50 copay', 'Built, tested'],
    [
      '[41103]',
      'Gold PPO 1500; Silver PPO 3500',
      'Nerve decompression',
      '{64712}, {64713}, {64714}',
      'No PA',
      'PA required',
      'Built; TC-[50177] failed',
    ],
    ['[41112]', 'All', 'Neurolytic destruction, foot', '{64632}', 'Covered', 'E/I deny', 'Built, tested'],
    ['[41116]', 'HSA 5000', 'Chemodenervation', '{64612}, {64615}', 'After ded', 'After ded, 4 per 12 mo', 'In test'],
    [
      '[41131]',
      'Group [64712] only',
      'Sciatic nerve block',
      '{64445}',
      'Ded + 20%',
      '$50 copay (rider)',
      'Rider sign-off',
    ],
  ],
});

// ── 13. Renewal e-mail from product to configuration, text layer ──
const renewalMail = lines({
  id: 's108-renewmail',
  kind: 's108-renewal-benefit-change-email-text',
  before: 'From: Dana Whitfield (Product)  To: Config-Benefits DL  Subject: 1/1 renewal — Midwest Tool & Die',
  text: [
    'Team — Midwest Tool & Die (group [64712], 1,140 enrolled) renews 1/1 with two changes from the signed rider.',
    '1) Sciatic nerve blocks ({64445}) move to the office injection copay of $50; today they take ded + coins.',
    '2) Lumbar plexus and sciatic neuroplasty, {64714} and {64712}, need PA like the rest of the book (chg [41103]).',
    'Please reuse rule [20425] for {64445} rather than building a new one; SOW ref [71088].',
    'Quote Q-[71091] and the signed rider are in the shared drive. Thanks — Dana, x4471',
  ].join('\n'),
});

// ── 14. Configuration audit findings, table ──
const auditFindings = table({
  id: 's108-auditf',
  kind: 's108-configuration-audit-findings-grid',
  caption: 'Configuration Audit — Q4 2025 — Findings',
  headers: ['Finding', 'Claim #', 'Ln', 'CPT', 'Configured as', 'Should be', 'Impact'],
  rows: [
    [
      'F-[70213]',
      '2510140032214',
      '1',
      '{64712}',
      'BEN-[50163], no PA',
      'BEN-[50165], PA required',
      '$0 (auth on file)',
    ],
    ['F-[70223]', '2510220047731', '2', '{64445}', 'Svc cat 0412 sympathetic', 'Svc cat 0410 somatic', '$0'],
    ['F-[70228]', '2511030011895', '1', '{64632}', 'Paid 80%', 'Deny E/I (MP [41070])', '$96.12 overpaid'],
    ['F-[70239]', '2512020006642', '3', '{64714}', 'Range {64712}-{64713}', 'Range {64712}-{64714}', 'Pended 21 days'],
  ],
});

// ── 15. Audit report summary, text layer ──
const auditSummary = lines({
  id: 's108-audits',
  kind: 's108-configuration-audit-report-summary-text',
  before: 'Internal Audit — Benefit Configuration Accuracy Review — Report AUD-2025-Q4',
  text: [
    'Scope: 300 claims sampled from 41,228 adjudicated lines (DOS 10/01–12/31/2025), plans [36096]IL0040012 and HSA 5000.',
    'Accuracy: 295 of 300 correct (98.3%); financial accuracy 99.6%. Five findings, two with overpayment.',
    'Root cause for F-[70239]: the range for service category 0431 ended at {64713}, so {64714} fell through to pend.',
    'F-[70228]: {64632} still sat on the 2025 neurolytic rule; project [91227] will recover $1,204.55 across 14 claims.',
    'Management response due 02/15/2026 (owner: Configuration Manager); tracking ticket CFG-[88131].',
  ].join('\n'),
});

// ── 16. Call-center benefit inquiry screen, text layer ──
const csrScreen = lines({
  id: 's108-csr',
  kind: 's108-call-center-benefit-inquiry-screen-text',
  before: 'Member Services Console — Benefit Inquiry',
  text: [
    'Caller: Provider office (Northshore Pain Center, NPI 1487392015)   Call ref: C260126-[20830]',
    'Member: W248113902   Group: [64712] Midwest Tool & Die   Plan: Gold PPO 1500   Eff: 01/01/2026',
    'Procedure entered: {64712}   Dx: G57.01   POS: 22   Network: In',
    'Benefit returned: Neuroplasty/decompression (svc cat 0431, BEN-[50165])   Coins 20% after ded   PA: Required',
    'Deductible met: $612.40 of $1,500.00   OOP met: $1,880.15 of $6,350.00',
    'Also asked: {64445} same day — returned Nerve blocks somatic, $50 copay (group rider, chg [41131])',
    'Disclaimer read: "Benefits quoted are not a guarantee of payment."  Closed 10:42, wrap code [10591]',
  ].join('\n'),
});

// ── 17. Call notes, text layer (codes without a CPT word) ──
const callNotes = lines({
  id: 's108-callnotes',
  kind: 's108-member-services-call-notes-text',
  before: 'Contact history — W248113902',
  text: [
    '01/26 prov ofc asked if {64632} covered for Morton neuroma - adv not covered, E/I per MP [41070]; gave appeal addr PO Box [64714]',
    '01/27 mbr called re Botox to face, {64612} - covered w/ $50 copay, PA not req for hemifacial spasm dx',
    '01/28 prov called, billing RT {64712} and LT {64712} same day? adv each side needs its own auth line',
    '01/28 warm transfer to UM intake ext [44713], ref C260128-[30735]',
  ].join('\n'),
});

// ── 18. Medical policy to benefit crosswalk, table ──
const mpCrosswalk = table({
  id: 's108-mpxwalk',
  kind: 's108-medical-policy-benefit-crosswalk-grid',
  caption: 'Medical Policy to Benefit Crosswalk — maintained by Clinical Policy and Configuration',
  headers: ['MP #', 'Policy title', 'CPT/HCPCS', 'Benefit cat.', 'Svc cat', 'PA', 'Coverage position'],
  rows: [
    [
      '[41055]',
      'Nerve Decompression and Neuroplasty',
      '{64712}, {64713}, {64714}',
      'Surgery',
      '0431',
      'Y',
      'Medically necessary with criteria',
    ],
    ['[41055]', 'Nerve Decompression and Neuroplasty', '{64708}, {64726}', 'Surgery', '0430', 'N', 'Not for DPN'],
    ['[41070]', 'Neurolytic Destruction, Peripheral', '{64632}, {64640}', 'Surgery', '0420', 'N', 'E/I (neuroma)'],
    ['[41084]', 'Botulinum Toxin', '{64612}, {64615}, J0585', 'Injections', '0421', 'Y*', '*Not for hemifacial'],
    ['[41097]', 'Peripheral Nerve Blocks', '{64445}, {64446}, {64447}, {64448}', 'Injections', '0410', 'N', 'Covered'],
  ],
});

// ── 19. Plan design grid, table (first column has no header) ──
const planDesign = table({
  id: 's108-plandesign',
  kind: 's108-plan-design-option-grid',
  caption: 'Plan Design Grid — 2026 Large Group PPO Portfolio',
  headers: ['', 'Gold PPO 1500', 'Silver PPO 3500', 'HSA 5000'],
  rows: [
    ['Plan ID', '[64612]', '[60252]', '[60266]'],
    ['Deductible (ind/fam)', '$1,500 / $3,000', '$3,500 / $7,000', '$5,000 / $10,000'],
    ['Pain mgmt injections (e.g., {64445})', '$50 copay', '$75 copay', 'Ded + 10%'],
    ['Nerve decompression ({64712}, {64714})', '20% after ded; PA', '30% after ded; PA', '10% after ded; PA'],
    ['Chemodenervation ({64612})', '$50 copay; 4 per 12 mo', '$75 copay; 4 per 12 mo', 'Ded + 10%'],
  ],
});

// ── 20. Group setup form, text layer (decoy only) ──
const groupSetup = lines({
  id: 's108-groupsetup',
  kind: 's108-group-setup-form-text',
  before: 'New Group / Renewal Setup Form (GS-1) — Enrollment & Billing',
  text: [
    'Group name: Midwest Tool & Die Co.   Group number: [64712]   Subgroups: 0001 Hourly, 0002 Salaried',
    'Address: 2210 Industrial Pkwy, Elk Grove Village, IL [60007]   Billing ZIP (if different): [60018]',
    'Federal tax ID: 36-4418822   SIC: 3544   Effective: 01/01/2026   Renewal month: 01',
    'Eligible employees: 1,212   Enrolled: 1,140   Waiting period: 30 days   Broker #: [40173]',
    'Plans offered: Gold PPO 1500 (plan [64612]), HSA 5000 (plan [60266])   Rider: RDR-[40193] (injection copay)',
    'Account manager: R. Alvarez   Setup ticket CFG-[88159]   Received 10/28/2025',
  ].join('\n'),
});

// ── 21. Claim adjudication trace screen, text layer ──
const adjTrace = lines({
  id: 's108-adjtrace',
  kind: 's108-claim-adjudication-benefit-trace-text',
  before: 'Facets Claims Processing — Line Item — Benefit Determination Trace',
  text: [
    'Claim ID: 260140087412 00   Member: W248113902   Group: [64712]   Plan: [64612]   Status: 02 Paid',
    'Line 1  Proc {64712}  Mod RT  POS 22  Units 1  Billed 4,210.00  Allowed 1,184.00',
    '   Service NRVPLS  Svc cat 0431  Benefit [50165]  Rule fired: [20418] (seq 5)   Skipped: [20412] (seq 10)',
    '   Auth match: A26012703319 (RT, 1 unit)   Accum applied: [30119] ded 0.00, [30144] OOP 236.80',
    'Line 2  Proc {64445}  Mod RT  POS 22  Units 1  Billed 680.00  Allowed 0.00',
    '   Service NBLKSM  Svc cat 0410  Rule fired: [20425]   Edit CE1: {64445} incidental to {64712}, same provider',
    'Processor: AUTO   Batch [70331]   Adjudicated 01/29/2026 03:12',
  ].join('\n'),
});

// ── 22. Benefit resolver log, text layer ──
const resolverLog = lines({
  id: 's108-reslog',
  kind: 's108-benefit-resolver-engine-log-text',
  before: 'benefit-resolver.log (SIT2)',
  text: [
    '2026-01-22 09:14:05.221 INFO  BenefitResolver claim=2601220004473 ln=1 proc={64714} mod=LT pos=24',
    '2026-01-22 09:14:05.224 DEBUG RangeMatch proc={64714} svcCat=0431 range={64712}-{64713} result=NO_MATCH',
    '2026-01-22 09:14:05.224 DEBUG RangeMatch proc={64714} svcCat=0430 range={64702}-{64727} result=MATCH',
    '2026-01-22 09:14:05.226 INFO  RuleSelect svcCat=0430 candidates=[[20412], [20418]] selected=[20418] reason=PA_OVERRIDE',
    '2026-01-22 09:14:05.229 WARN  CostShare rule=[20418] pos=24 asc rule [20464] not in candidate set',
  ].join('\n'),
});

// ── 23. Configuration team ticket queue, table ──
const ticketQueue = table({
  id: 's108-queue',
  kind: 's108-configuration-ticket-queue-grid',
  caption: 'CFG (Benefit Configuration) — open issues, by priority',
  headers: ['Key', 'Summary', 'Type', 'P', 'Status', 'Assignee', 'Updated'],
  rows: [
    [
      'CFG-[64445]',
      'TC-[50177] fail: ASC copay rule not selected for {64714} POS 24',
      'Defect',
      'High',
      'In Progress',
      'K. Martin',
      '01/23/2026',
    ],
    [
      'CFG-[88102]',
      'Accum [30157] not seeded from 2025 claims; {64612} limit test fails',
      'Defect',
      'High',
      'Open',
      'J. Park',
      '01/23/2026',
    ],
    [
      'CFG-[88131]',
      'Q4 audit F-[70228]: move {64632} to E/I deny rule, all plans',
      'Task',
      'Medium',
      'Ready for QA',
      'K. Martin',
      '01/20/2026',
    ],
    [
      'CFG-[88159]',
      'Group [64712] renewal setup + injection rider',
      'Story',
      'Medium',
      'In Progress',
      'R. Alvarez',
      '01/19/2026',
    ],
    [
      'CFG-[88218]',
      'Overlap: svc cat 0420 {64600}-{64681} swallows chemodenervation {64612}-{64617}',
      'Defect',
      'Medium',
      'Open',
      'J. Park',
      '01/06/2026',
    ],
  ],
});

// ── 24. Ticket comments, text layer ──
const ticketComments = lines({
  id: 's108-tcomments',
  kind: 's108-configuration-ticket-comment-thread-text',
  before: 'CFG ticket — ASC copay rule not selected — Activity',
  text: [
    'K. Martin — 01/23 08:50: Rule [20464] is attached to NRVPLS only for range {64702}-{64713}. The {64714} row',
    'was added in CR-[71080] with override rule [20418] and no POS 24 variant, so ASC claims fall to 20%.',
    'J. Park — 01/23 09:12: Agree. Check {64712} at POS 24 too — TC-[64632] ran at POS 22, so it never hit this.',
    'K. Martin — 01/23 11:30: Added POS 24 variant rule [20472] for {64712}-{64714}; retest TC-[50177] in run [91231].',
    'QA — 01/23 15:04: Retest passed, claim 2601230005120 took the $250 copay. Moving to Done.',
  ].join('\n'),
});

// ── 25. QNXT benefit plan screen, text layer ──
const qnxtPlan = lines({
  id: 's108-qnxt',
  kind: 's108-qnxt-benefit-plan-maintenance-text',
  before: 'QNXT — Benefit Plan Maintenance — LCHP Medicaid Adult 2026',
  text: [
    'Benefit Plan ID: MCDADLT26   Program: Medicaid Managed Care   Plan Year: 2026   Revision: [10621]',
    'Benefit: PAINMGMT — Pain Management Services   Service Code: 0410   Copay: $0   Auth Req: N',
    '   Code Range: CPT {64400} through {64489}   Excluded: {64479}-{64484} (see EPIDURAL)',
    'Benefit: PERNRVSURG — Peripheral Nerve Surgery   Service Code: 0430   Auth Req: Y',
    '   Code Range: CPT {64702} through {64727};  {64712}, {64714} flagged for inpatient review',
    'Benefit: BOTOX — Chemodenervation   Service Code: 0421   Auth Req: Y   Limit: 4 per 365 days',
    '   Codes: {64612}, {64615}, {64616}, {64617}, J0585, J0586   Rule set: [10629]',
  ].join('\n'),
});

// ── 26. X12 271 procedure-level response, text layer ──
const x12 = lines({
  id: 's108-x271',
  kind: 's108-x12-271-procedure-benefit-response-text',
  before: '271 Eligibility, Coverage or Benefit Information — raw segments',
  text: [
    'ST*271*0001*005010X279A1~',
    'NM1*PR*2*LAKESHORE COMMUNITY HEALTH PLAN*****PI*[36096]~',
    'NM1*IL*1*KOWALSKI*ANNA****MI*W248113902~',
    'REF*6P*[64712]*MIDWEST TOOL AND DIE~',
    'EB*A*IND***GOLD PPO 1500*27**0.2****Y*HC:{64712}~',
    'MSG*PRIOR AUTHORIZATION REQUIRED FOR {64712} AND {64714}~',
    'EB*B*IND****27*50*****Y*HC:{64445}~',
    'EB*I*IND**********Y*HC:{64632}~',
    'MSG*NEUROLYTIC DESTRUCTION PLANTAR DIGITAL NERVE NOT COVERED - INVESTIGATIONAL~',
  ].join('\n'),
});

// ── 27. FHIR CoverageEligibilityResponse, JSON text layer ──
const fhir = lines({
  id: 's108-fhircer',
  kind: 's108-fhir-coverage-eligibility-response-json-text',
  before: 'GET [base]/CoverageEligibilityResponse/cer-2601260042',
  text: [
    '{ "resourceType": "CoverageEligibilityResponse", "id": "cer-2601260042", "status": "active",',
    '  "insurance": [{ "coverage": { "reference": "Coverage/grp-[64712]-W248113902" },',
    '    "item": [{ "category": { "text": "Surgery - peripheral nerve" },',
    '      "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}" }] },',
    '      "authorizationRequired": true, "benefit": [{ "type": { "text": "coinsurance" }, "allowedUnsignedInt": 20 }] },',
    '    { "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}" }] },',
    '      "benefit": [{ "type": { "text": "copay" }, "allowedMoney": { "value": 50, "currency": "USD" } }],',
    '      "authorizationSupporting": [{ "text": "Limit 4 per 12 months, accumulator [30157]" }] }] }] }',
  ].join('\n'),
});

// ── 28. Benefit configuration XML export, text layer ──
const xmlExport = lines({
  id: 's108-xml',
  kind: 's108-benefit-configuration-xml-export-text',
  before: 'benefit_config_export_GPPO1500_2026.xml',
  text: [
    '<BenefitPackage planId="[64612]" planYear="2026" version="[10644]">',
    '  <ServiceCategory number="0430" name="Neuroplasty/Decompression" benefitId="[50163]">',
    '    <CodeRange type="CPT" from="{64702}" to="{64727}" />',
    '  <ServiceCategory number="0431" name="Sciatic/Plexus Neuroplasty" benefitId="[50165]">',
    '    <CodeRange type="CPT" from="{64712}" to="{64714}" />',
    '    <CostShare pos="24" rule="[20472]" copay="250.00" coinsurance="20" deductible="Y" />',
    '  <ServiceCategory number="0421" name="Chemodenervation" benefitId="[50154]" accumulator="[30157]">',
    '    <Code type="CPT" value="{64612}" /><Code type="CPT" value="{64615}" />',
  ].join('\n'),
});

// ── 29. Code range overlap validation report, table ──
const overlap = table({
  id: 's108-overlap',
  kind: 's108-code-range-overlap-validation-report-grid',
  caption: 'Configuration validation — overlapping procedure code ranges — run 01/05/2026',
  headers: ['Range A', 'Svc cat A', 'Range B', 'Svc cat B', 'Codes in both', 'Resolution'],
  rows: [
    ['{64600}-{64681}', '0420', '{64612}-{64617}', '0421', '6, incl. {64612}', '0421 wins (seq 5 before 10)'],
    ['{64702}-{64727}', '0430', '{64712}-{64714}', '0431', '3', 'Intended: 0431 carries PA'],
    ['{64400}-{64450}', '0410', '{64445}-{64448}', '0410-R (grp [64712] rider)', '4', 'Group override, intended'],
  ],
});

// ── 30. Member accumulator screen, table ──
const memberAccums = table({
  id: 's108-mbraccum',
  kind: 's108-member-accumulator-inquiry-grid',
  caption: 'Member Accumulators — W248113902 — Plan Year 2026',
  headers: ['Accum #', 'Description', 'Period', 'Limit', 'Applied', 'Remaining', 'Last line'],
  rows: [
    ['[30119]', 'In-net deductible ind', 'CY 2026', '1,500.00', '612.40', '887.60', '260140087412 ln 1'],
    ['[30144]', 'In-net OOP max ind', 'CY 2026', '6,350.00', '1,880.15', '4,469.85', '260140087412 ln 1'],
    ['[30151]', 'Pain mgmt injection visits', 'CY 2026', '12', '2', '10', '{64445} on 01/14/2026'],
    ['[30157]', 'Chemodenervation sessions', 'Rolling 12 mo', '4', '3', '1', '{64612} on 12/02/2025'],
  ],
});

// ── 31. Benefit change request form, text layer ──
const bcr = lines({
  id: 's108-bcr',
  kind: 's108-benefit-change-request-form-text',
  before: 'Benefit Change Request (BCR) — submit to Configuration intake',
  text: [
    'BCR #: [71080]   Requested by: Product Management (D. Whitfield)   Date: 09/30/2025',
    'Products: Gold PPO 1500 (plan [64612]), Silver PPO 3500 (plan [60252])   Effective: 01/01/2026',
    'Change: add prior authorization to sciatic, brachial plexus and lumbar plexus neuroplasty, CPT {64712}–{64714}',
    'Reason: medical policy MP-[41055] revision approved by the UM committee 09/12/2025 (minutes [40003])',
    'Config impact: split range {64702}–{64727}; new svc cat 0431; new rule; test cases TC-[64632] and following',
  ].join('\n'),
});

// ── 32. UM authorization requirement table ("Proc" header) ──
const umTable = table({
  id: 's108-umreq',
  kind: 's108-um-authorization-requirement-config-grid',
  caption: 'UM Authorization Requirement Table — Commercial — effective 01/01/2026',
  headers: ['Proc', 'Mod', 'LOB', 'Auth', 'UM rule', 'Review type', 'Eff'],
  rows: [
    ['{64712}', '', 'COMM', 'Y', '[81051]', 'Medical necessity (MP [41055])', '01/01/2026'],
    ['{64713}', '', 'COMM', 'Y', '[81051]', 'Medical necessity', '01/01/2026'],
    ['{64714}', '', 'COMM', 'Y', '[81051]', 'Medical necessity', '01/01/2026'],
    ['{64612}', 'RT/LT', 'COMM', 'Y', '[81063]', 'Dx-based: auto-approve G24.5, G51.3x', '01/01/2026'],
    ['{64632}', '', 'COMM', 'N', '—', 'Not covered (E/I)', '01/01/2026'],
    ['{64445}', '', 'COMM', 'N', '—', '', '—'],
  ],
});

// ── 33. Facets limit definition screen, text layer ──
const limitDef = lines({
  id: 's108-ltlt',
  kind: 's108-facets-limit-definition-screen-text',
  before: 'Facets — Limit Definition (LTLT)',
  text: [
    'Limit ID: L04   Description: CHEMODENERVATION 4 PER ROLLING 12 MO   Type: Count   Accum: [30157]',
    'Counted procedures: {64612} {64615} {64616} {64617}   Per: session (one per DOS)',
    'Explanation code when met: L04 "Benefit limit reached"   Override: auth under UM rule [81063]',
    'Limit ID: L11   Description: PAIN INJECTION VISITS 12 PER CY   Type: Count   Accum: [30151]',
    'Counted procedures: {64400}-{64530}, {20552}, {20553}; not counted: {62321}, {62323}',
  ].join('\n'),
});

// ── 34. Medical policy coding and benefit application section, text layer ──
const mpCoding = lines({
  id: 's108-mpcoding',
  kind: 's108-medical-policy-coding-benefit-application-text',
  before: 'Medical Policy: Neurolytic Destruction of Peripheral Nerves — Coding and Benefit Application',
  text: [
    'Policy number: MP-[41070]   Effective: 01/01/2026   Last review: 10/14/2025   Next review: 10/2026',
    'CPT {64632}   Destruction by neurolytic agent; plantar common digital nerve — Investigational',
    'CPT {64640}   Destruction by neurolytic agent; other peripheral nerve or branch — Medically necessary with criteria',
    'CPT {64455}   Injection(s), anesthetic agent(s) and/or steroid; plantar common digital nerve(s) — Covered',
    'Benefit application: deny {64632} with EX N74 under service category 0420; not subject to prior authorization.',
    'Document ID [20511]; supersedes MP-[41032] (2025 version)',
  ].join('\n'),
});

// ── 35. Provider portal benefit lookup result, table ("Procedure" header) ──
const portalLookup = table({
  id: 's108-portal',
  kind: 's108-provider-portal-procedure-benefit-lookup-grid',
  caption: 'Eligibility & Benefits — procedure lookup — KOWALSKI, ANNA (W248113902)',
  headers: ['Procedure', 'Description', 'In-network', 'Out-of-network', 'Auth required', 'Notes'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic nerve', '20% after deductible', '40% after deductible', 'Yes', 'See MP-[41055]'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '20% after deductible', '40% after deductible', 'Yes', 'See MP-[41055]'],
    ['{64445}', 'Injection, sciatic nerve, single', '$50 copay', '40% after deductible', 'No', '2 of 12 visits used'],
    ['{64632}', 'Neurolytic, plantar digital nerve', 'Not covered', 'Not covered', 'N/A', 'Investigational'],
    [
      '{64612}',
      'Chemodenervation, facial nerve, unilateral',
      '$50 copay',
      '40% after deductible',
      'Dx-based',
      '3 of 4 used',
    ],
  ],
});

// ── 36. Provider notice letter, text layer ──
const providerNotice = lines({
  id: 's108-provnotice',
  kind: 's108-provider-benefit-change-notice-letter-text',
  before: 'Lakeshore Community Health Plan — Provider Notice — November 3, 2025',
  text: [
    'Northshore Pain Center, 2800 Sheridan Rd, Evanston, IL [60201]',
    'Re: Prior authorization for neuroplasty, commercial PPO plans, effective January 1, 2026 (notice [40256])',
    'Beginning January 1, 2026, CPT codes {64712}, {64713} and {64714} require prior authorization for members',
    'in our Gold and Silver PPO plans. Codes {64702}–{64708} and {64718}–{64727} are unchanged.',
    'Send clinical records to Utilization Management, PO Box [64445], Chicago, IL [60680], or fax 312-555-0178.',
  ].join('\n'),
});

// ── 37. Configuration work instruction, text layer ──
const workInstruction = lines({
  id: 's108-wi',
  kind: 's108-configuration-work-instruction-text',
  before: 'Work Instruction WI-CFG-014: Adding or splitting a procedure code range',
  text: [
    '1. Open the Service Definition (e.g., NRVPLS) and note the current Low/High, e.g. {64702} / {64727}.',
    '2. To carve out a sub-range such as {64712}-{64714}, add a new row; do not edit the parent row.',
    '3. Set Seq so the narrower row is read first (Seq 5 for 0431, Seq 10 for 0430).',
    '4. Run the overlap report (job [70475]) and attach test claims for each code, e.g. {64712}, {64713}, {64714}.',
    '5. A code on the E/I list (today {64632} and 0232T) goes to rule [20448], never to a payable rule.',
    'Questions: config-benefits@lakeshorechp.com or ext. [31246]',
  ].join('\n'),
});

export const sealed108: Snippet[] = [
  ...serviceDef,
  ...serviceRules,
  ...rangeMap,
  ...accumDefs,
  ...costShare,
  ...testScript,
  ...testLog,
  ...sbcHeader,
  ...sbcGrid,
  ...certificate,
  ...eoc,
  ...changeLog,
  ...renewalMail,
  ...auditFindings,
  ...auditSummary,
  ...csrScreen,
  ...callNotes,
  ...mpCrosswalk,
  ...planDesign,
  ...groupSetup,
  ...adjTrace,
  ...resolverLog,
  ...ticketQueue,
  ...ticketComments,
  ...qnxtPlan,
  ...x12,
  ...fhir,
  ...xmlExport,
  ...overlap,
  ...memberAccums,
  ...bcr,
  ...umTable,
  ...limitDef,
  ...mpCoding,
  ...portalLookup,
  ...providerNotice,
  ...workInstruction,
];
