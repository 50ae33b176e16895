import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 107 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s107-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * TPA filing, batch, report and accumulator-run numbers, check numbers, endorsement, form and revision numbers, employer
 * and carrier ZIPs, a prior policy number, a PBM account, a broker agency, case, authorization and notice numbers, a
 * captive id, a conference code and amounts in exports. The five known codes' digits come back
 * as decoys: the stop-loss policy number, the carrier's claims PO box, an employer group number, a carrier filing
 * number, a reimbursement check number, a captive member number, an audit vendor invoice, a renewal quote number and a
 * TPA batch id.
 *
 * Family: medical stop-loss insurance and group captives for self-funded employers: the specific excess claim form and
 * the claim line detail attached to it, an aggregate settlement filing, the TPA's monthly large-claimant report, the
 * carrier's high-cost-claimant trigger procedure and diagnosis lists, the disclosure statement and its known-claimant
 * schedule, the TPA's reimbursement request letter and claim-line CSV, a reference-based pricing repricing sheet, a
 * hospital bill audit (findings letter and line adjustments), the captive member dashboard (KPIs, top procedures by
 * spend, member roster), the actuarial / underwriting summary and large-claim review, a lasered-claimant schedule and
 * laser endorsement, renewal proposal options and narrative, claim audit findings, the policy-year aggregate
 * accumulator and specific accumulator, the TPA's claim-detail exports (fixed width, grid, X12 837P, FHIR
 * ExplanationOfBenefit JSON), the carrier's XML claim intake, portal claim status grid, pending-information letter and
 * reimbursement remittance, a cost-containment savings report, nurse case management notes, captive board minutes, a
 * 50% notification e-mail, a utilization management log and a carrier contact directory.
 * Built on real public layouts: the specific/aggregate stop-loss claim forms carriers publish (policyholder, policy and
 * group number, claimant, diagnosis, specific deductible, eligible paid, amount claimed, with a paid-claims register by
 * line), the aggregate accumulation report (month, enrolled employees, monthly attachment factor, paid claims,
 * cumulative), the large-claim / 50% notification and disclosure forms (persons with claims over 50% of the specific
 * deductible, diagnosis, prognosis, treatment plan), lasered-individual schedules on renewal quotes, RBP repricing
 * sheets (billed, Medicare allowable, percent of Medicare), the X12 837P SV1 segment and FHIR R4
 * ExplanationOfBenefit.item.productOrService. Names, numbers and amounts are invented; the others are written the way
 * those pages read, with no single source.
 *
 * 387 labelled tokens over 39 shapes: 152 codes, 235 decoys, 78 of the decoys in KNOWN_10K.
 */

// ── 1. Specific excess loss claim form, PDF text layer ──
const specForm = lines({
  id: 's107-specform',
  kind: 's107-specific-stoploss-claim-form-text',
  before: 'Northstar Specialty Life Insurance Company — Specific Excess Loss Claim Form',
  text: [
    'Form SL-[20218] (rev. 01/2025)   Return to: Stop-Loss Claims, PO Box [64712], Minneapolis, MN [55440]',
    'Policyholder: Ridgeline Manufacturing Co. Employee Benefit Plan   Policy No.: NSL-[64612]   Group No.: [10486]',
    'Plan administrator (TPA): Crestline Benefit Administrators   TPA ID [31877]   Contract basis: 15/12',
    'Claimant ID: RMC-[40918]-02   Relationship: Spouse   DOB: 04/11/1973   Employee home ZIP: [64735]',
    'Diagnosis: S74.01XA injury of sciatic nerve at hip level, right leg; G57.01 lesion of sciatic nerve, right',
    'Major services: open treatment acetabular fracture ({27228}), sciatic neuroplasty ({64712}), sciatic block {64445}',
    'Specific deductible: $125,000.00   Eligible paid to date: $318,462.17   Amount claimed: $193,462.17',
    'TPA filing reference [88244]; paid claims register attached (14 pages, batch [70330]).',
  ].join('\n'),
});

// ── 2. Paid claims register attached to the specific filing, table ──
const specRegister = table({
  id: 's107-specreg',
  kind: 's107-specific-filing-paid-claims-register-grid',
  caption: 'Paid claims register — claimant RMC-40918-02 — incurred 01/01/2026 to 04/30/2026',
  headers: ['Claim No.', 'Ln', 'DOS', 'CPT/HCPCS', 'Mod', 'Billed', 'Paid', 'Check #'],
  rows: [
    ['26031400412', '1', '03/10/2026', '{27228}', 'RT', '$48,900.00', '$31,785.00', '[50177]'],
    ['26031400412', '2', '03/10/2026', '{99223}', '57', '$612.00', '$398.10', '[50177]'],
    ['26031400588', '1', '03/10/2026', '{64445}', 'RT', '$1,140.00', '$486.22', '[50181]'],
    ['26031400588', '2', '03/10/2026', '{76942}', '', '$390.00', '$112.40', '[50181]'],
    ['26041800977', '1', '04/18/2026', '{64712}', 'RT', '$14,260.00', '$8,915.63', '[50278]'],
    ['26041800977', '2', '04/18/2026', '{64727}', '', '$2,880.00', '$1,204.18', '[50278]'],
    ['26042100031', '1', '04/21/2026', 'J2270', '', '$96.00', '$14.11', '[64714]'],
  ],
});

// ── 3. Aggregate settlement filing, text layer (decoy heavy) ──
const aggFiling = lines({
  id: 's107-aggfile',
  kind: 's107-aggregate-stoploss-settlement-filing-text',
  before: 'Aggregate Stop-Loss Claim — Policy Year 2025 — Year-End Settlement',
  text: [
    'Policy No. NSL-[60617]   Group No. [10486]   Filed 04/30/2026 (run-out ended 03/31/2026)',
    'Total enrolled employee months: [14976]   Composite aggregate factor: $1,184.22 per employee per month',
    'Annual aggregate attachment point: $17,734,878.72 (minimum attachment point $16,200,000.00)',
    'Eligible paid claims: $18,402,115.40, less specific excess above $125,000: ($1,216,944.08)',
    'Net aggregate claims $17,185,171.32 are below the attachment point; no aggregate reimbursement is due.',
    'Pharmacy included by endorsement AE-[20371]; PBM account [55463] claims paid after 03/31 excluded.',
  ].join('\n'),
});

// ── 4. TPA monthly large claimant report, table ──
const largeClaimant = table({
  id: 's107-lcr',
  kind: 's107-tpa-large-claimant-report-grid',
  caption: 'Large Claimant Report — claimants over $62,500 (50% of specific) — paid through 04/30/2026',
  headers: ['Claimant', 'Rel', 'Age', 'Primary Dx', 'Top Proc', 'Paid YTD', '% Spec', 'Status'],
  rows: [
    ['[40918]-02', 'SP', '52', 'S74.01XA', '{64712}', '$318,462.17', '255%', 'Active — filed'],
    ['[41277]-01', 'EE', '61', 'C08.0', '{42420}', '$211,038.90', '169%', 'Active'],
    ['[40355]-01', 'EE', '57', 'N18.6', '{90935}', '$164,770.05', '132%', 'Active — lasered'],
    ['[42006]-03', 'CH', '0', 'P07.14', '{99468}', '$149,222.61', '119%', 'Closed'],
    ['[40561]-01', 'EE', '44', 'C50.911', '{96413}', '$88,305.12', '71%', 'Active'],
    ['[41830]-02', 'SP', '49', 'G51.31', '{64612}', '$66,914.40', '54%', 'Active'],
  ],
});

// ── 5. Carrier high-cost claimant trigger procedure list, table ──
const triggerProcs = table({
  id: 's107-trigproc',
  kind: 's107-high-cost-claimant-trigger-procedure-list-grid',
  caption: 'Large claim notification triggers — procedures (notify within 30 days of authorization)',
  headers: ['Trigger category', 'Trigger code(s)', 'Notify when'],
  rows: [
    ['Organ transplant', '{47135}, {50360}, {33945}', 'Any evaluation or authorization'],
    ['Neurostimulator implant', '{63650}–{63688}', 'Trial or permanent implant'],
    ['Peripheral nerve surgery, open', '{64702}–{64727}', 'Second procedure on the same nerve'],
    ['Chemodenervation, recurring', '{64612}, {64615}, {64616}', 'More than 4 sessions in 12 months'],
    ['Neurolytic destruction, repeat', '{64632}, {64640}', 'More than 3 per site per year'],
    ['Continuous peripheral nerve catheter', '{64446}, {64448}', 'Home infusion beyond 3 days'],
    ['Spinal fusion, multilevel', '{22633} with {22634}', 'Any authorization'],
  ],
});

// ── 6. Trigger diagnosis list, text layer ──
const triggerDx = lines({
  id: 's107-trigdx',
  kind: 's107-high-cost-claimant-trigger-diagnosis-list-text',
  before: 'Appendix B — Trigger diagnosis list (ICD-10-CM)',
  text: [
    'Revision [20143], effective 01/01/2026; applies to policies issued on form SL-[20218] and later',
    'C00–C96 malignant neoplasms, any active treatment; D57.0x sickle-cell crisis; N18.5–N18.6 with dialysis',
    'G57.0x lesion of sciatic nerve when billed with {64712}, {64713} or {64714} in a 12-month period',
    'G90.5x complex regional pain syndrome with sciatic or femoral blocks {64445}–{64448} more than six times',
    'G51.3x clonic hemifacial spasm with facial chemodenervation ({64612}) and drug J0585',
    'G57.6x lesion of plantar nerve treated with {64632} three or more times per foot',
    'Report on form SL-[20229] (Large Claim Notification) to fax 612-555-0188 or PO Box [64712].',
  ].join('\n'),
});

// ── 7. Disclosure statement, text layer ──
const disclosure = lines({
  id: 's107-disclose',
  kind: 's107-stoploss-disclosure-statement-text',
  before: 'Disclosure Statement — Question 6: list any person with claims over 50% of the specific deductible',
  text: [
    'Applicant: Ridgeline Manufacturing Co., 1400 Industrial Pkwy, Clinton, MO [64735]   Group [10486]',
    'Proposed effective date 01/01/2027; requested policy NSL-[64612] renewal; quote no. Q-[64445]',
    '1) Claimant [40918]-02: pelvic trauma 03/2026; sciatic neuroplasty ({64712}) done 04/18; surgeon plans',
    '   lumbar plexus neuroplasty ({64714}) in Q3 and a spinal cord stimulator trial ({63650}) if pain persists.',
    '2) Claimant [41830]-02: hemifacial spasm (G51.31); chemodenervation {64612} every 12 weeks with J0585.',
    '3) Claimant [40355]-01: ESRD on hemodialysis three times weekly; kidney transplant ({50360}) evaluation pending.',
    'Signed: Dana Whitfield, Benefits Director, 06/02/2026   Broker: Lakeshore Risk Partners, agency [33217]',
  ].join('\n'),
});

// ── 8. Disclosure known-claimant schedule, table ──
const disclosureGrid = table({
  id: 's107-discgrid',
  kind: 's107-disclosure-known-claimant-schedule-grid',
  caption: 'Schedule A — Known and potential large claimants',
  headers: ['Member #', 'Diagnosis', 'Procedures planned', 'Paid last 12 mo', 'Projected next 12 mo'],
  rows: [
    ['[40918]-02', 'Sciatic nerve injury, R', '{64714}; {63650} trial; {64445} series', '$318,462', '$140,000'],
    ['[41277]-01', 'Parotid malignancy', 'IMRT {77385} completed; surveillance', '$211,039', '$35,000'],
    ['[41830]-02', 'Hemifacial spasm', '{64612} + J0585 q12wk', '$66,914', '$28,000'],
    ['[40355]-01', 'ESRD', '{90960} monthly; {50360} if listed', '$164,770', '$190,000'],
    [
      '[43110]-01',
      'Morton neuroma, bilateral, diabetic',
      '{64632} x3 each foot; {28080} if fails',
      '$21,480',
      '$24,000',
    ],
  ],
});

// ── 9. TPA reimbursement request cover letter, text layer ──
const reimbLetter = lines({
  id: 's107-reimblet',
  kind: 's107-tpa-reimbursement-request-cover-letter-text',
  before: 'Crestline Benefit Administrators, 11128 John Galt Blvd, Omaha, NE 68137',
  text: [
    'Northstar Specialty Life, Stop-Loss Claims, PO Box [64712], Minneapolis, MN [55440]   May 22, 2026',
    'Re: Specific reimbursement request no. 3 — Policy NSL-[64612] — Group [10486] — Claimant [40918]-02',
    'Enclosed are paid claims of $41,216.50 for services from 04/18/2026 through 05/15/2026: the surgery',
    'center facility claim for the sciatic neuroplasty billed as {64712}-RT, anesthesia ({01250}), two sciatic',
    'blocks (CPT {64445}) and physical therapy ({97110}, 14 visits). Prior filings: [88244] and [88246].',
    'Please remit by EFT to the plan account ending 4471; questions to claims analyst ext. [20088].',
  ].join('\n'),
});

// ── 10. Reimbursement request claim-line CSV, text layer ──
const reimbCsv = lines({
  id: 's107-reimbcsv',
  kind: 's107-reimbursement-request-claim-line-csv-text',
  before: 'NSL64612_RMC_req3_claimlines.csv',
  text: [
    'claimant_id,claim_no,line,dos,cpt,mod,billed,allowed,paid,paid_date',
    '[40918]-02,26041800981,1,2026-04-18,{64712},RT,[18260].00,[12104].55,[11899].20,2026-05-06',
    '[40918]-02,26041800990,1,2026-04-18,{01250},,3105.00,723.60,723.60,2026-05-06',
    '[40918]-02,26050600214,1,2026-05-06,{64445},RT,1140.00,512.00,486.22,2026-05-14',
    '[40918]-02,26051300377,1,2026-05-13,{64445},RT,1140.00,512.00,486.22,2026-05-20',
    '[40918]-02,26050400712,1,2026-05-04,{97110},GP,660.00,168.00,168.00,2026-05-12',
  ].join('\n'),
});

// ── 11. Reference-based pricing repricing sheet, table ("Svc Cd" header) ──
const rbpSheet = table({
  id: 's107-rbp',
  kind: 's107-reference-based-pricing-repricing-sheet-grid',
  caption: 'FairPrice Health — RBP repricing — episode 04/18/2026 — Lakeview Orthopedic & Nerve Surgeons, ZIP 64114',
  headers: ['Clm', 'Ln', 'Svc Cd', 'Units', 'Billed', 'Medicare', '% Medicare', 'RBP @ 150%', 'Savings'],
  rows: [
    ['…0977', '1', '{64712}', '1', '$14,260.00', '$1,412.37', '1010%', '$2,118.56', '$12,141.44'],
    ['…0977', '2', '{64727}', '1', '$2,880.00', '$198.06', '1454%', '$297.09', '$2,582.91'],
    ['…0990', '1', '{01250}', '9', '$3,105.00', '$482.40', '644%', '$723.60', '$2,381.40'],
    ['…0214', '1', '{64445}', '1', '$1,140.00', '$129.84', '878%', '$194.76', '$945.24'],
  ],
});

// ── 12. Hospital bill audit findings letter, text layer ──
const auditLetter = lines({
  id: 's107-auditlet',
  kind: 's107-hospital-bill-audit-findings-letter-text',
  before: 'ClearBill Audit Partners — Itemized Bill Review',
  text: [
    'Invoice [64445]   Client: Crestline Benefit Administrators for group [10486]   Review date 05/08/2026',
    'Patient account 7700418822, St. Anselm Regional Medical Center, admit 03/09/2026, billed $612,448.20.',
    'Finding 1: the operative session of 03/10 carries {27228} and a separate charge for {20680}; hardware',
    'removal was not performed and the line should be removed ($4,380.00).',
    'Finding 2: anesthesia billed a sciatic block {64445} and continuous catheter {64446} on the same side;',
    'only the catheter is supported by the anesthesia record.',
    'Finding 3: 41 units of pharmacy charged at $18.40 each under revenue code 0250 lack a matching MAR entry.',
    'Total recommended reduction $38,906.15; vendor fee 25% of savings per agreement [70372].',
  ].join('\n'),
});

// ── 13. Bill audit line adjustments, table (HCPCS column, no code-word header on the first) ──
const auditLines = table({
  id: 's107-auditln',
  kind: 's107-bill-audit-line-adjustment-grid',
  caption: 'Line adjustments — UB-04 itemization',
  headers: ['Rev', 'HCPCS', 'Svc date', 'Qty', 'Charge', 'Adjusted', 'Reason'],
  rows: [
    ['0360', '{27228}', '03/10/2026', '1', '[48900].00', '[48900].00', 'Supported'],
    ['0360', '{20680}', '03/10/2026', '1', '4380.00', '0.00', 'Not documented in op note'],
    ['0370', '{64445}', '03/10/2026', '1', '1140.00', '0.00', 'Included in {64446} same session'],
    ['0370', '{64446}', '03/10/2026', '1', '2260.00', '2260.00', 'Supported'],
    ['0250', '', '03/09–03/16', '41', '754.40', '0.00', 'No MAR match'],
    ['0420', '{97161}', '03/12/2026', '1', '1025.00', '410.00', 'Unit price over chargemaster'],
    ['0110', '', '03/09–03/16', '7', '[33215].00', '[33215].00', 'Room rate per contract'],
  ],
});

// ── 14. Captive member dashboard KPIs, text layer (decoy heavy) ──
const captiveKpi = lines({
  id: 's107-capkpi',
  kind: 's107-captive-member-dashboard-kpi-text',
  before: 'Prairie Oak Benefit Captive — Member Dashboard — Ridgeline Manufacturing Co.',
  text: [
    'Member no. [64632]   Last refresh 06/05/2026 07:14 CT   Data through 05/31/2026 (TPA feed [88232])',
    'Policy year 2026, month 5 of 12   Enrolled employees: 1,248   Members incl. dependents: 3,012',
    'Loss fund deposited $6,204,118   Claims paid from loss fund $2,410,662   Fund balance $3,793,456',
    'Specific deductible $125,000 (captive layer $125,000–$500,000; carrier above $500,000)',
    'Member months YTD: [15060]   PEPM paid: $386.33   Expected PEPM: $402.10   Loss ratio 96.1%',
    'Captive cell 4 of 9; captive ID [20265]; fronting carrier Northstar Specialty Life, policy NSL-[64612]',
  ].join('\n'),
});

// ── 15. Captive top procedures by spend widget, table (blank first header) ──
const captiveTop = table({
  id: 's107-captop',
  kind: 's107-captive-top-procedures-by-spend-grid',
  caption: 'Top procedures by paid amount — year to date — all captive members',
  headers: ['', 'Description', 'Claims', 'Members', 'Paid', 'Captive avg'],
  rows: [
    ['{27447}', 'Total knee arthroplasty', '38', '37', '$1,102,400', '$29,011'],
    ['{96413}', 'Chemo IV infusion, 1st hr', '412', '29', '$884,216', '$2,146'],
    ['{90935}', 'Hemodialysis, one evaluation', '1,106', '9', '$702,330', '$635'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '3', '3', '$41,882', '$13,961'],
    ['{64612}', 'Chemodenervation, facial nerve', '22', '6', '$38,140', '$1,734'],
    ['{64632}', 'Destruction, plantar digital nerve', '31', '11', '$12,896', '$416'],
  ],
});

// ── 16. Captive member roster, table (decoy only) ──
const captiveRoster = table({
  id: 's107-caproster',
  kind: 's107-captive-member-employer-roster-grid',
  caption: 'Prairie Oak Benefit Captive — participating employers — 2026',
  headers: ['Employer', 'Member no.', 'Group no.', 'HQ ZIP', 'Enrolled EEs', 'Spec. ded.'],
  rows: [
    ['Ridgeline Manufacturing Co.', '[64632]', '[10486]', '[64735]', '1,248', '$125,000'],
    ['Harmon Foods Inc.', '[64641]', '[10507]', '[68144]', '806', '$100,000'],
    ['Bellweather Logistics', '[64660]', '[64445]', '[46217]', '1,930', '$150,000'],
    ['Northgate School Staffing', '[64689]', '[10560]', '[37205]', '697', '$100,000'],
  ],
});

// ── 17. Actuarial / underwriting summary, text layer ──
const uwSummary = lines({
  id: 's107-uwsum',
  kind: 's107-actuarial-underwriting-summary-text',
  before: 'Underwriting Summary — Ridgeline Manufacturing Co. — 2027 renewal — prepared by Northstar underwriting',
  text: [
    'Census: 1,251 employees, average age 43.8, area factor 0.94 (ZIP [64735], rural Missouri)',
    'Experience: 2024 and 2025 paid claims $15.9M and $18.4M; trend 8.5%; manual rate weight 40%',
    'Expected claims 2027: $19,884,000, or 1,324.60 PEPM; aggregate corridor 125%',
    'Large claims: 3 over the specific in 2026 YTD; the sciatic nerve claimant ({64712}, {64714} planned)',
    'accounts for $140,000 projected and is recommended for a $300,000 laser.',
    'Facial chemodenervation claimant ({64612} every 12 weeks) is below the specific; no laser.',
    'Underwriter: J. Okafor   File [80341]   Reviewed by actuarial, memo [80356]',
  ].join('\n'),
});

// ── 18. Underwriting large-claim review, table ──
const uwLarge = table({
  id: 's107-uwlarge',
  kind: 's107-underwriting-large-claim-review-grid',
  caption: 'Large claim review — disclosed and TPA-reported claimants',
  headers: ['Claimant', 'Condition', 'Current tx', 'Prognosis', 'Projected', 'Recommendation'],
  rows: [
    ['[40918]-02', 'Sciatic nerve injury', '{64712} done; {64714} planned', 'Guarded', '$140,000', 'Laser $300,000'],
    ['[40355]-01', 'ESRD', 'Dialysis {90935}', 'Chronic', '$190,000', 'Laser $350,000'],
    ['[41277]-01', 'Parotid cancer', 'Surveillance; {64612} for synkinesis', 'Fair', '$35,000', 'None'],
    ['[43110]-01', 'Diabetic foot, neuroma', '{64632}, then {28080}', 'Good', '$24,000', 'None'],
  ],
});

// ── 19. Lasered-claimant schedule, table ──
const laserSched = table({
  id: 's107-laser',
  kind: 's107-lasered-claimant-schedule-grid',
  caption: 'Schedule of Lasered Individuals — Policy NSL-64612 — effective 01/01/2027',
  headers: ['Individual', 'Condition', 'Specific deductible', 'Basis', 'Endorsement'],
  rows: [
    ['[40918]-02', 'Sciatic nerve injury (CPT {64712}, {64714})', '$300,000', 'Disclosed, ongoing', 'LE-[20318]'],
    ['[40355]-01', 'End stage renal disease', '$350,000', 'Disclosed, ongoing', 'LE-[20327]'],
    ['[42006]-03', 'NICU discharge 2026', 'Excluded ($0 reimbursable)', 'Carrier election', 'LE-[20344]'],
  ],
});

// ── 20. Laser endorsement, text layer ──
const laserEndorse = lines({
  id: 's107-laserend',
  kind: 's107-laser-endorsement-rider-text',
  before: 'Endorsement LE-20318 — Individual Specific Deductible',
  text: [
    'This endorsement forms part of policy NSL-[64612] issued to Ridgeline Manufacturing Co. (group [10486]).',
    'For Covered Person [40918]-02 only, the Specific Deductible is $300,000 for the policy period beginning',
    '01/01/2027. Eligible expenses include, without limit, neuroplasty of the sciatic nerve or lumbar plexus',
    '({64712}, {64714}), neurostimulator trial and implant ({63650}, {63685}) and related nerve blocks.',
    'All other terms are unchanged. Form LE-[20318] (01/2026). Countersigned in Minneapolis, MN [55401].',
  ].join('\n'),
});

// ── 21. Renewal proposal options, table (decoy only) ──
const renewalOpts = table({
  id: 's107-renopts',
  kind: 's107-renewal-proposal-options-grid',
  caption: 'Renewal options — Ridgeline Manufacturing Co. — quote Q-64445 — valid 30 days',
  headers: ['Option', 'Specific deductible', 'Contract', 'Spec rate (EE/Fam)', 'Agg factor', 'Plan code'],
  rows: [
    ['A — as is', '$125,000', '24/12', '$98.41 / $262.70', '$1,402.18', '[33148]'],
    ['B', '$150,000', '24/12', '$82.16 / $219.33', '$1,428.90', '[33151]'],
    ['C — lasers removed', '$125,000', '24/12', '$121.07 / $323.18', '$1,402.18', '[33159]'],
    ['D — captive', '$125,000 / $500,000', 'Paid', '$64.80 / $173.00', '$1,395.05', '[33161]'],
  ],
});

// ── 22. Renewal proposal narrative, text layer ──
const renewalText = lines({
  id: 's107-rennarr',
  kind: 's107-renewal-proposal-narrative-text',
  before: 'Renewal proposal — underwriting commentary',
  text: [
    'The 2027 specific rate rises 18.6% before lasers. Two disclosed claimants drive the increase.',
    'Claimant A remains in active treatment after sciatic neuroplasty; the treating surgeon has requested',
    'authorization for lumbar plexus neuroplasty {64714} and a neurostimulator trial ({63650}).',
    'Quote Q-[64445] lasers this claimant at $300,000 (endorsement LE-[20318]).',
    'Option C removes both lasers at a 23.0% higher specific rate; pricing held through proposal [90369].',
  ].join('\n'),
});

// ── 23. Claim audit findings, table ──
const claimAudit = table({
  id: 's107-claudit',
  kind: 's107-stoploss-claim-audit-findings-grid',
  caption: 'Carrier claim audit — Crestline Benefit Administrators — sample of 120 claims — audit 40295',
  headers: ['Finding', 'Claim #', 'Proc', 'Issue', 'Paid', 'Overpaid'],
  rows: [
    ['F-01', '26031400588', '{64445}', 'Block paid with catheter {64446} same side', '$486.22', '$486.22'],
    ['F-02', '26041800977', '{64712}', 'Paid at contract rate; RBP not applied', '$8,915.63', '$6,797.07'],
    ['F-03', '26020300845', '{64612}', 'Modifier 50 paid at 200%', '$1,842.00', '$460.50'],
    ['F-04', '26011900163', '{64632}', 'Units exceeded plan limit (3 per foot)', '$812.00', '$406.00'],
    ['F-05', '26030600722', '{99214}', 'Duplicate of claim 26030600719', '$148.30', '$148.30'],
  ],
});

// ── 24. Policy-year aggregate accumulator statement, table (decoy only) ──
const aggAccum = table({
  id: 's107-aggacc',
  kind: 's107-aggregate-accumulator-statement-grid',
  caption: 'Aggregate accumulation — policy NSL-64612 — group 10486 — policy year 2026',
  headers: ['Month', 'Enrolled EEs', 'Monthly attachment', 'Paid claims', 'Cumulative paid', 'TPA report'],
  rows: [
    ['Jan', '1,244', '$1,473,169.68', '$1,302,418.06', '$1,302,418.06', '[88213]'],
    ['Feb', '1,246', '$1,475,538.12', '$1,388,902.45', '$2,691,320.51', '[88219]'],
    ['Mar', '1,251', '$1,481,459.22', '$1,911,064.72', '$4,602,385.23', '[88221]'],
    ['Apr', '1,250', '$1,480,275.00', '$1,477,309.14', '$6,079,694.37', '[88227]'],
    ['May', '1,248', '$1,477,906.56', '$1,206,318.90', '$7,286,013.27', '[88234]'],
  ],
});

// ── 25. Specific accumulator by claimant, text layer ──
const specAccum = lines({
  id: 's107-specacc',
  kind: 's107-specific-accumulator-by-claimant-text',
  before: 'Specific accumulator — policy NSL-64612 — through 05/31/2026',
  text: [
    'Claimant [40918]-02   incurred 03/09/2026–   paid $359,678.67   deductible $125,000   excess $234,678.67',
    '   largest lines: {27228} $31,785.00 · {64712} $8,915.63 · {64445} x3 $1,458.66 · claim count 61',
    'Claimant [41277]-01   paid $211,038.90   excess $86,038.90   largest line {77385} x30 $44,610.00',
    'Claimant [40355]-01   paid $164,770.05   excess $39,770.05   dialysis {90935} x58; group [10486]',
    'Accumulator run [70238] on 06/03/2026; next statement 07/03/2026.',
  ].join('\n'),
});

// ── 26. TPA claim-detail export, fixed-width text layer ──
const tpaFixed = lines({
  id: 's107-tpafixed',
  kind: 's107-tpa-claim-detail-export-fixed-width-text',
  before: 'CRESTLINE CLMDTL EXTRACT  GRP 10486  RUN 06/01/2026  PAGE 1',
  text: [
    'GRP     MBR        CLAIM       LN DOS      PROC  MOD BILLED     PAID     CHK',
    '[10486] [40918]-02 26041800977 01 20260418 {64712} RT  [14260].00  8915.63 [50278]',
    '[10486] [40918]-02 26050600214 01 20260506 {64445} RT   1140.00   486.22 [50288]',
    '[10486] [41830]-02 26050800611 01 20260508 {64612} LT    921.00   614.35 [50293]',
    '[10486] [41830]-02 26050800611 02 20260508 {95874}       310.00   122.80 [50293]',
    '[10486] [43110]-01 26051100902 01 20260511 {64632} T2    406.00   203.00 [50306]',
  ].join('\n'),
});

// ── 27. TPA claim-detail export, grid with abbreviated headers ──
const tpaGrid = table({
  id: 's107-tpagrid',
  kind: 's107-tpa-claim-detail-export-grid',
  caption: 'Claim detail export — filter: group 10486, paid 05/01/2026–05/31/2026, paid > $0',
  headers: ['Grp', 'Pol', 'Mbr', 'Clm', 'Proc Cd', 'Dx1', 'Pd Amt', 'Batch'],
  rows: [
    ['[10486]', 'NSL-[64612]', '[40918]-02', '26050600214', '{64445}', 'G57.01', '486.22', '[70347]'],
    ['[10486]', 'NSL-[64612]', '[40918]-02', '26051300377', '{64445}', 'G57.01', '486.22', '[70357]'],
    ['[10486]', 'NSL-[64612]', '[41830]-02', '26050800611', '{64612}', 'G51.31', '614.35', '[70347]'],
    ['[10486]', 'NSL-[64612]', '[43110]-01', '26051100902', '{64632}', 'G57.62', '203.00', '[64714]'],
    ['[10486]', 'NSL-[64612]', '[40561]-01', '26051400058', '{96413}', 'C50.911', '1,944.10', '[70362]'],
  ],
});

// ── 28. X12 837P excerpt attached to a filing, text layer ──
const x837 = lines({
  id: 's107-x837',
  kind: 's107-filing-attachment-x12-837p-text',
  before: 'Attachment C — original claim as received (837P), claim 26041800977',
  text: [
    'NM1*IL*1*WHITFIELD*ANNE****MI*[40918]-02~',
    'SBR*S*01*[10486]******CI~',
    'N4*CLINTON*MO*[64735]~',
    'CLM*26041800977*[17140]***22:B:1*Y*A*Y*Y~',
    'HI*ABK:G5701*ABF:S7401XA~',
    'SV1*HC:{64712}:RT*[14260]*UN*1***1~',
    'SV1*HC:{64727}*2880*UN*1***1~',
    'REF*G1*PA[40257]~',
  ].join('\n'),
});

// ── 29. FHIR ExplanationOfBenefit export, JSON text layer ──
const fhirEob = lines({
  id: 's107-fhireob',
  kind: 's107-tpa-fhir-explanationofbenefit-json-text',
  before: 'GET /fhir/R4/ExplanationOfBenefit?patient=40918-02&_count=2',
  text: [
    '{ "resourceType": "ExplanationOfBenefit", "id": "eob-26050800611",',
    '  "insurance": [{ "coverage": { "reference": "Coverage/grp-[10486]-[41830]-02" } }],',
    '  "item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt",',
    '    "code": "{64612}" }] }, "modifier": [{ "coding": [{ "code": "LT" }] }],',
    '    "adjudication": [{ "category": { "coding": [{ "code": "benefit" }] }, "amount": { "value": 614.35 } }] },',
    '   { "sequence": 2, "productOrService": { "coding": [{ "code": "{95874}" }] } }],',
    '  "payee": { "party": { "identifier": { "value": "[37237]" } } } }',
  ].join('\n'),
});

// ── 30. Carrier XML claim intake, text layer ──
const carrierXml = lines({
  id: 's107-carxml',
  kind: 's107-carrier-stoploss-claim-intake-xml-text',
  before: 'POST /sl/claims — body (TPA submission)',
  text: [
    '<SpecificClaim policy="NSL-[64612]" group="[10486]" tpaId="[31877]" filing="[88246]">',
    '  <Claimant id="[40918]-02" relationship="SP" zip="[64735]"/>',
    '  <Line claim="26050600214" dos="2026-05-06" cpt="{64445}" mod="RT" paid="486.22"/>',
    '  <Line claim="26051300377" dos="2026-05-13" cpt="{64445}" mod="RT" paid="486.22"/>',
    '  <Line claim="26052000133" dos="2026-05-20"><Procedure code="{64714}" modifier="RT"/></Line>',
    '  <Totals paid="[41216].50" deductibleSatisfied="true"/>',
    '</SpecificClaim>',
  ].join('\n'),
});

// ── 31. Carrier portal claim status grid ──
const portalStatus = table({
  id: 's107-portal',
  kind: 's107-carrier-portal-claim-status-grid',
  caption: 'Northstar Stop-Loss Online — My filings — policy NSL-64612',
  headers: ['Filing #', 'Claimant', 'Type', 'Received', 'Requested', 'Status', 'Pending reason'],
  rows: [
    ['[88244]', '[40918]-02', 'Specific', '04/30/2026', '$193,462.17', 'Paid', ''],
    ['[88246]', '[40918]-02', 'Specific', '05/22/2026', '$41,216.50', 'Pended', 'Op report for {64714} line'],
    ['[64632]', '[41277]-01', 'Specific', '05/29/2026', '$86,038.90', 'In review', 'Need itemized bill'],
    ['[88257]', '[40355]-01', 'Specific', '06/04/2026', '$39,770.05', 'Received', ''],
    ['[88261]', '—', 'Aggregate', '04/30/2026', '$0.00', 'Closed', 'Below attachment'],
  ],
});

// ── 32. Carrier pending-information letter, text layer ──
const pendLetter = lines({
  id: 's107-pendlet',
  kind: 's107-carrier-pending-information-request-letter-text',
  before: 'Northstar Specialty Life Insurance Company — Request for Additional Information',
  text: [
    'Filing [88246]   Policy NSL-[64612]   Group [10486]   Claimant [40918]-02   Date 06/01/2026',
    'We cannot complete our review of the lines listed below until we receive the requested records.',
    'Claim 26052000133, date of service 05/20/2026, CPT {64714}-RT: operative report and prior authorization.',
    'Claims 26050600214 and 26051300377, sciatic blocks ({64445} x2): procedure notes showing',
    'the block was not given for postoperative pain by the surgeon within the global period of {64712}.',
    'Send records within 60 days to PO Box [64712], Minneapolis, MN [55440], or upload to filing [88246].',
  ].join('\n'),
});

// ── 33. Carrier reimbursement remittance, table ──
const carrierRemit = table({
  id: 's107-remit',
  kind: 's107-carrier-reimbursement-remittance-grid',
  caption: 'Reimbursement remittance — EFT 50323 — 05/14/2026 — policy NSL-64612',
  headers: ['Filing', 'Claim', 'Service', 'Submitted', 'Ineligible', 'Reimbursed', 'Remark'],
  rows: [
    ['[88244]', '26031400412', '{27228}', '$31,785.00', '$0.00', '$31,785.00', ''],
    ['[88244]', '26031400588', '{64445}', '$486.22', '$486.22', '$0.00', 'R14 bundled into {64446}'],
    ['[88244]', '26041800977', '{64712}', '$8,915.63', '$6,797.07', '$2,118.56', 'R22 RBP limit'],
    ['[88244]', '26042100031', 'J2270', '$14.11', '$0.00', '$14.11', ''],
  ],
});

// ── 34. Cost-containment vendor savings report, table ──
const savingsRpt = table({
  id: 's107-savings',
  kind: 's107-cost-containment-savings-report-grid',
  caption: 'Cost containment savings — May 2026 — Ridgeline Manufacturing Co. (group 10486)',
  headers: ['Program', 'Claim', 'Provider ZIP', 'CPT', 'Billed', 'Allowed', 'Savings'],
  rows: [
    ['RBP', '26041800977', '[64114]', '{64712}', '$14,260.00', '$2,118.56', '$12,141.44'],
    ['Bill audit', '7700418822', '[64111]', '{27228}', '$612,448.20', '$573,542.05', '$38,906.15'],
    ['Negotiation', '26050800611', '[68154]', '{64612}', '$921.00', '$614.35', '$306.65'],
    ['RBP', '26051100902', '[64468]', '{64632}', '$406.00', '$203.00', '$203.00'],
    ['Dialysis carve-out', 'Various', '[64801]', '{90935}', '$186,210.00', '$52,140.00', '$134,070.00'],
  ],
});

// ── 35. Nurse case management notes, text layer ──
const cmNotes = lines({
  id: 's107-cmnotes',
  kind: 's107-case-management-notes-text',
  before: 'Crestline Care Management — member 40918-02 — notes',
  text: [
    'Case [20385]   Opened 03/11/2026 (trauma admit)   Nurse: K. Brandt, RN   Employer group [10486]',
    '05/27 Spoke with member. Pain 7/10 right leg after neuroplasty 04/18; foot drop unchanged.',
    '05/27 Surgeon office: planning lumbar plexus neuroplasty, will submit auth for {64714} next week.',
    '05/29 Pain clinic billed 3 sciatic blocks since surgery; recommend SCS eval before more blocks ({64445}).',
    '06/02 Auth UM-[40308] received for {64714}-RT, DOS 06/18; notified stop-loss carrier (filing [88246]).',
    '06/03 Member asked about travel to Omaha, NE [68104] center of excellence; referred to benefits.',
  ].join('\n'),
});

// ── 36. Captive board meeting minutes, text layer ──
const boardMinutes = lines({
  id: 's107-minutes',
  kind: 's107-captive-board-meeting-minutes-text',
  before: 'Prairie Oak Benefit Captive, LLC — Minutes of the Board of Managers — June 12, 2026',
  text: [
    'Present: 7 of 9 member representatives; program manager; actuary. Quorum confirmed (resolution [12348]).',
    'Claims review: 14 members over $62,500; the largest is a trauma case with sciatic neuroplasty ({64712})',
    'and a pending lumbar plexus procedure ({64714}); captive exposure to $500,000 per individual.',
    'Dialysis carve-out saved $134,070 in May. Members asked for a review of facial chemodenervation',
    '({64612}) pricing across clinics; the cost-containment vendor will report at the next meeting.',
    'Motion to release $410,000 of surplus to members carried 7–0; next meeting September 11 (call-in [37205]).',
  ].join('\n'),
});

// ── 37. 50% notification e-mail, text layer ──
const notifyMail = lines({
  id: 's107-notify',
  kind: 's107-fifty-percent-notification-email-text',
  before: 'From: stoploss@crestlineba.com  To: slclaims@northstarspecialty.com  Subject: 50% notice — NSL-64612',
  text: [
    'Policy NSL-[64612], group [10486], claimant [41830]-02 has reached 54% of the $125,000 specific deductible.',
    'Dx G51.31 clonic hemifacial spasm; treatment: chemodenervation {64612} with EMG guidance {95874},',
    'botulinum toxin J0585 200 units per session, every 12 weeks; four sessions paid since 01/2026.',
    'A second claimant, [43110]-01, had neurolysis (CPT {64632}) on both feet and may reach 50% by Q4.',
    'Crestline Benefit Administrators · [11128] John Galt Blvd, Omaha, NE [68137] · notice [88339]',
  ].join('\n'),
});

// ── 38. Utilization management log, table ──
const umLog = table({
  id: 's107-umlog',
  kind: 's107-tpa-utilization-management-log-grid',
  caption: 'UM authorization log — group 10486 — June 2026',
  headers: ['Auth #', 'Member', 'Requested service', 'Code', 'From', 'Decision'],
  rows: [
    ['UM-[40308]', '[40918]-02', 'Neuroplasty, lumbar plexus, open', '{64714}', '06/18/2026', 'Approved'],
    ['UM-[40311]', '[40918]-02', 'Neurostimulator trial', '{63650}', '07/09/2026', 'Pended — psych eval'],
    ['UM-[40316]', '[41830]-02', 'Chemodenervation, facial nerve, unilateral', '{64612}', '06/24/2026', 'Approved'],
    ['UM-[40319]', '[43110]-01', 'Excision of interdigital neuroma', '{28080}', '07/01/2026', 'Approved'],
    ['UM-[40322]', '[40355]-01', 'Kidney transplant evaluation', '', '06/30/2026', 'Referred to COE'],
  ],
});

// ── 39. Carrier and vendor contact directory, table (decoy only) ──
const contacts = table({
  id: 's107-contacts',
  kind: 's107-stoploss-program-contact-directory-grid',
  caption: 'Program contacts — Ridgeline Manufacturing Co. self-funded plan',
  headers: ['Party', 'Department', 'Mailing address', 'ZIP', 'Reference no.'],
  rows: [
    ['Northstar Specialty Life', 'Stop-loss claims', 'PO Box [64712], Minneapolis, MN', '[55440]', 'NSL-[64612]'],
    ['Northstar Specialty Life', 'Underwriting', '80 S 8th St, Minneapolis, MN', '[55402]', 'File [80341]'],
    [
      'Crestline Benefit Administrators',
      'Stop-loss unit',
      '[11128] John Galt Blvd, Omaha, NE',
      '[68137]',
      'TPA [31877]',
    ],
    ['Prairie Oak Benefit Captive', 'Program manager', '201 4th Ave N, Nashville, TN', '[37219]', 'Member [64632]'],
    ['FairPrice Health', 'RBP appeals', '9100 Keystone Xing, Indianapolis, IN', '[46240]', 'Client [46276]'],
    ['ClearBill Audit Partners', 'Bill audit', '3350 Riverwood Pkwy, Atlanta, GA', '[30339]', 'Agreement [70372]'],
  ],
});

export const sealed107: Snippet[] = [
  ...specForm,
  ...specRegister,
  ...aggFiling,
  ...largeClaimant,
  ...triggerProcs,
  ...triggerDx,
  ...disclosure,
  ...disclosureGrid,
  ...reimbLetter,
  ...reimbCsv,
  ...rbpSheet,
  ...auditLetter,
  ...auditLines,
  ...captiveKpi,
  ...captiveTop,
  ...captiveRoster,
  ...uwSummary,
  ...uwLarge,
  ...laserSched,
  ...laserEndorse,
  ...renewalOpts,
  ...renewalText,
  ...claimAudit,
  ...aggAccum,
  ...specAccum,
  ...tpaFixed,
  ...tpaGrid,
  ...x837,
  ...fhirEob,
  ...carrierXml,
  ...portalStatus,
  ...pendLetter,
  ...carrierRemit,
  ...savingsRpt,
  ...cmNotes,
  ...boardMinutes,
  ...notifyMail,
  ...umLog,
  ...contacts,
];
