import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 169 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s169-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (27130, 76942, 95886, 95910, 95940, 01250, 97110, 99204, 99213, 99214, 95874, 28080, the
 * manual's and the rules engine's ranges such as 64400–64450 or 64702–64727). About a third of the decoys are numbers
 * of the synthetic 10,000-code set (KNOWN_10K) used as ZIPs of the applicant's physicians, the BGA and the insurer, a
 * case id, lab requisition and exam ids, Rx and claims report ids, a vendor account, an MIB member company and inquiry
 * ref, manual section and reinsurer guide refs, rules-engine rule ids and a score, an NDC labeler code, a payer group
 * ref, a consult number, a call id, an agent licence, a notice id and a facultative ref. The five known codes' digits
 * come back as decoys: the carrier case number (on the summary, letters, portal, fac submission, emails, search), the
 * writing agent number, an APS retrieval order number (with its neighbours 64633 and 64634, themselves real CPT
 * codes), the retrieval vendor's PO box, an MIB follow-up request number, a lab accession, and a premium-billing
 * ticket in search results; lookalikes 40712, 10712 are a patient account and a form number.
 *
 * Family: life insurance and long-term-care insurance underwriting that meets an applicant's peripheral-nerve
 * procedures. A (fictional) carrier, Prairie Ridge Mutual Life (Lincoln, NE), underwrites Renata K. Holmgren, 54, of
 * Urbandale, Iowa, for a $1,000,000 20-year term policy with a hybrid LTC rider, sold by an agent of a (fictional)
 * brokerage general agency in Omaha. Her history: a 2023 hip replacement with sciatic nerve injury, four
 * ultrasound-guided sciatic blocks, sciatic neuroplasty and lumbar plexus neurolysis in 2024, neurolytic injections
 * for a Morton neuroma in 2025 and botulinum toxin for hemifacial spasm every twelve weeks. Pages: the workbench case
 * summary, application Part I details, requirements tracker, APS request letter, HIPAA authorization, the records
 * office's copy-fee invoice, the APSs themselves (pain clinic ledger, operative report, neurology injection
 * flowsheet), the nurse's APS summary, MIB response and pre-notice, an Rx history report (header, fills with NDCs,
 * risk summary), a medical claims history report (procedure grid, condition timeline, CSV export, API JSON), the
 * paramedical Part II and lab profile, the life debit/credit worksheet, the carrier's manual and a reinsurer's LTC
 * guide, the automated-underwriting rules log and its procedure-group config, case notes, an underwriter/medical
 * director chat and consult note, the LTC phone interview and face-to-face ADL assessment, the LTC worksheet, a
 * facultative submission and the reinsurer's offer, agent and underwriter emails, the BGA portal, the life decision
 * letter, the FCRA adverse action notice, the LTC decision letter, a reconsideration fax cover, the policy change
 * endorsement, workbench search results and a post-issue quality audit.
 * Built on real public layouts: Milliman IntelliScript and ExamOne ScriptCheck-style Rx history reports (fill table
 * with NDC, quantity, days supply, prescriber, pharmacy) and their medical claims reports (procedure/diagnosis
 * lines by service date, derived condition timeline), MIB Checking Service responses and the standard MIB pre-notice
 * text, APS retrieval vendors' request letters and status grids, paramedical Part II forms and insurance lab profiles,
 * debit/credit underwriting worksheets and reinsurer manual entries (Swiss Re / Munich Re style impairment guides),
 * FCRA adverse action notices, BGA agent portals and carrier decision letters. The others are written the way those
 * pages read, with no single source. All names, ids and companies are fictional; MIB's address is its public one.
 *
 * 355 labelled tokens over 44 shapes: 164 codes (107 of them the five known codes), 191 decoys, 66 of the decoys in
 * KNOWN_10K, 22 decoys reusing the five known codes' digits.
 */

// ── 1. New business case summary in the underwriting workbench, text layer ──
const caseSummary = lines({
  id: 's169-casesum',
  kind: 's169-nb-case-summary-workbench-text',
  before: 'Prairie Ridge Mutual — Underwriting Workbench — Case Summary',
  text: [
    'Case [64712]   Insured: HOLMGREN, RENATA K.   DOB 09/22/1971 (54F)   Urbandale, IA [50322]',
    'Product: TermPlus 20 ($1,000,000) + CareLink hybrid LTC ($250,000 pool, 6 yr)   Case ID [20461]',
    'Writing agent: Doug Farrington, agent no. [64445]   BGA: Heartland Brokerage, Omaha NE [68154]',
    'Requirements: Part II paramed, blood/urine (lab req [30712]), Rx check, Medical claims, MIB, APS x3',
    'Triggers: Part I Q7b (nerve surgery within 5 yrs); Rx hits gabapentin, duloxetine; claims hits {64712}, {64445}',
  ].join('\n'),
});

// ── 2. Application Part I, medical question details (PDF text layer) ──
const partOne = lines({
  id: 's169-partone',
  kind: 's169-application-part-one-medical-details-text',
  before: 'Application for Life Insurance — Part I — Details of "Yes" answers (attach sheet if needed)',
  text: [
    'Q7b  Surgery in last 5 yrs: R hip replacement 04/2023; then "nerve release surgery" on R sciatic nerve 02/2024',
    '     (patient has op note code {64712} on her portal printout), Dr. H. Vasquez-Orr, Des Moines IA [50314]',
    'Q7c  Injections: "nerve blocks in back of thigh" x4 in 2023–2024 (Dr. T. Ibarra, W. Des Moines IA [50266])',
    'Q9   Neurological: hemifacial spasm L side, Botox every 3 months since 2022 (Dr. P. Anand, Ankeny IA [50023])',
    'Q12  Foot: Morton neuroma L foot, alcohol injections 2025 — resolved. Form no. L-[40712] (rev 03/2025)',
  ].join('\n'),
});

// ── 3. Requirements tracker grid (order status dashboard) ──
const reqGrid = table({
  id: 's169-reqgrid',
  kind: 's169-requirements-tracker-grid',
  caption: 'Case 64712 — Requirements',
  headers: ['Requirement', 'Vendor', 'Order #', 'Ordered', 'Status'],
  rows: [
    ['Paramed exam Part II + vitals', 'ExamPoint', '[66491]', '01/06/2026', 'Received 01/13'],
    ['Blood profile + urine (HOS)', 'ExamPoint Lab', '[30712]', '01/06/2026', 'Received 01/15'],
    ['Rx history', 'Meridex RxCheck', '[52141]', '01/05/2026', 'Received (instant)'],
    ['Medical claims history', 'Meridex ClaimScan', '[52142]', '01/05/2026', 'Received (instant)'],
    ['APS — Capitol Nerve & Pain', 'ChartRetriev', '[64632]', '01/08/2026', 'Received 01/29'],
    ['APS — Iowa Peripheral Nerve Surgery', 'ChartRetriev', '[64633]', '01/08/2026', 'Received 02/03'],
    ['APS — Anand Neurology', 'ChartRetriev', '[64634]', '01/08/2026', 'Pending — fee approval'],
  ],
});

// ── 4. APS request letter to physician's office, text layer ──
const apsRequest = lines({
  id: 's169-apsreq',
  kind: 's169-aps-request-letter-text',
  before: 'ChartRetriev, Inc. on behalf of Prairie Ridge Mutual Life Insurance Company',
  text: [
    'To: Medical Records, Iowa Peripheral Nerve Surgery, 1221 Pleasant St Ste 400, Des Moines, IA [50309]',
    'Re: Renata K. Holmgren   DOB 09/22/1971   Our order [64633]   Carrier case [64712]',
    'Please send: office notes, consults, operative reports (incl. sciatic neurolysis {64712} and lumbar',
    'plexus neurolysis {64714}), EMG/NCS reports, imaging, and the last 2 years of medication lists.',
    'Signed HIPAA authorization enclosed. We will pay up to $45.00 per state fee schedule; invoice ref [20138].',
    'Return by fax 1-866-555-0190 or mail: ChartRetriev, PO Box [64612], Overland Park, KS [66207].',
  ].join('\n'),
});

// ── 5. HIPAA authorization form, text layer ──
const hipaa = lines({
  id: 's169-hipaa',
  kind: 's169-hipaa-authorization-form-text',
  before: 'AUTHORIZATION TO OBTAIN AND DISCLOSE INFORMATION — Prairie Ridge Mutual Life Insurance Company',
  text: [
    'Form HA-[10712] (01/2025)   Valid for 24 months from the date signed.',
    'I authorize any physician, medical practitioner, hospital, pharmacy benefit manager, MIB Group, Inc.,',
    'and consumer reporting agency to give Prairie Ridge Mutual, 5800 O Street, Lincoln, NE [68544], or its reinsurers,',
    'information about my health, including prescription and medical claims history.',
    'Signed: Renata K. Holmgren 12/30/2025 (e-signature id [95446])   Agent: D. Farrington [64445]',
  ].join('\n'),
});

// ── 6. APS vendor invoice from physician's office (decoy heavy) ──
const apsInvoice = lines({
  id: 's169-apsinv',
  kind: 's169-aps-copy-fee-invoice-text',
  before: 'Capitol Nerve & Pain, PC — Release of Information Invoice',
  text: [
    'Invoice [20828]   Requester: ChartRetriev order [64632]   Patient acct [40712]',
    'Pages: 86   Search/handling $20.00   Copies 86 @ $0.50 = $43.00   Total due $63.00',
    'Remit to: Capitol Nerve & Pain, 6000 University Ave Ste 110, West Des Moines, IA [50266]',
    'Federal Tax ID on file; use vendor no. [31890] on check stub.',
  ].join('\n'),
});

// ── 7. APS itself: pain clinic billing ledger page (table) ──
const apsLedger = table({
  id: 's169-apsledger',
  kind: 's169-aps-pain-clinic-billing-ledger-grid',
  caption: 'Capitol Nerve & Pain — Patient Ledger (page 71 of 86)',
  headers: ['DOS', 'Code', 'Description', 'Units', 'Charge', 'Ins paid'],
  rows: [
    ['06/14/2023', '{99204}', 'New pt office visit', '1', '$285.00', '$172.40'],
    ['07/11/2023', '{64445}-RT', 'Inj sciatic nerve, single', '1', '$610.00', '$241.18'],
    ['07/11/2023', '{76942}', 'US guidance needle placement', '1', '$190.00', '$58.31'],
    ['09/19/2023', '{64445}-RT', 'Inj sciatic nerve, single', '1', '$610.00', '$241.18'],
    ['04/30/2024', '{64445}RT', 'Inj sciatic nerve, single', '1', '$620.00', '$244.90'],
    ['04/30/2024', '{95886}', 'EMG, complete, each extremity', '1', '$410.00', '$121.77'],
    ['08/06/2024', '{64445}-RT', 'Inj sciatic nerve, single', '1', '$620.00', '$244.90'],
    ['08/06/2024', '{76942}', 'US guidance needle placement', '1', '$195.00', '$59.02'],
    ['11/18/2025', '{99214}', 'Est pt office visit', '1', '$210.00', '$118.64'],
    ['08/06/2024', 'PMT', 'Patient payment, check [10442]', '', '', '($75.00)'],
  ],
});

// ── 8. APS operative report excerpt (PDF text layer) ──
const apsOpNote = lines({
  id: 's169-apsop',
  kind: 's169-aps-operative-report-excerpt-text',
  before: 'IOWA PERIPHERAL NERVE SURGERY — OPERATIVE REPORT (APS page 14 of 52)',
  text: [
    'Date of surgery: 02/20/2024   MRN [30166]   Surgeon: Helen Vasquez-Orr, MD',
    'Preop dx: Right sciatic neuropathy at the hip after THA, post-traumatic fibrosis (G57.01)',
    'Procedure: 1. Neuroplasty, right sciatic nerve ({64712}). 2. Intraoperative nerve monitoring ({95940}, 6 units).',
    'Findings: dense scar around the sciatic nerve at the level of the piriformis; nerve in continuity.',
    'Addendum 06/2024: persistent anterior thigh symptoms; plan lumbar plexus neurolysis ({64714}) 09/2024.',
  ].join('\n'),
});

// ── 8b. APS from neurology: botulinum toxin injection log (table) ──
const apsBotox = table({
  id: 's169-apsbotox',
  kind: 's169-aps-neurology-injection-flowsheet-grid',
  caption: 'Anand Neurology — Botulinum Toxin Flowsheet (APS, ChartRetriev order 64634)',
  headers: ['Visit', 'Date', 'Procedure', 'Drug / units', 'Lot', 'Response'],
  rows: [
    ['[81220]', '02/27/2025', '{64612}-LT', 'onabotulinumtoxinA 25 u (J0585 x25)', 'C7741C3', 'Good, 11 wks'],
    ['[81532]', '05/22/2025', '{64612}-LT', 'onabotulinumtoxinA 25 u', 'C7741C3', 'Good'],
    ['[81877]', '08/21/2025', '{64612}-LT', 'onabotulinumtoxinA 27.5 u', 'C8020C4', 'Good, mild ptosis'],
    ['[82190]', '11/14/2025', '{64612}-LT', 'onabotulinumtoxinA 25 u', 'C8020C4', 'Good'],
    ['[82457]', '02/12/2026', '{64612}-LT + {95874}', 'onabotulinumtoxinA 25 u, EMG guidance', 'C8311C2', 'Scheduled'],
  ],
});

// ── 9. Nurse / underwriter APS summary (text) ──
const apsSummary = lines({
  id: 's169-apssum',
  kind: 's169-aps-underwriter-summary-text',
  before: 'APS SUMMARY — prepared by L. Okafor, RN, Medical Underwriting — Case 64712',
  text: [
    'Source 1 (Ibarra, pain): R sciatic neuropathy after 2023 THA. US-guided sciatic blocks {64445} x4, last 08/2024.',
    'Relief 3–6 wks each. EMG 04/2024 partial sciatic axonopathy. No blocks since. Last OV 11/2025: pain 2/10.',
    'Source 2 (Vasquez-Orr, nerve surgery): neuroplasty {64712} 02/2024; lumbar plexus release {64714} 09/2024.',
    'Ambulates without device since 03/2025; AFO discontinued. Strength 5-/5 R ankle dorsiflexion.',
    'Source 3 (Anand, neuro): pending. Per Rx and claims, {64612} q12 wks with onabotulinumtoxinA — benign.',
    'Podiatry (per claims only): {64632} x2 L foot 2025. Summary doc no. [68445].',
    'Hip: {27130} R 04/2023 at Mercy West, Clive IA [50325]; uncomplicated except nerve injury. Ins. group [77315].',
  ].join('\n'),
});

// ── 10. MIB checking service response ──
const mibReport = lines({
  id: 's169-mib',
  kind: 's169-mib-checking-service-response-text',
  before: 'MIB Checking Service — Inquiry Response',
  text: [
    'Member co. [01116] PRAIRIE RIDGE MUTUAL   Inquiry ref [55187]   Type: Life + LTC',
    'HOLMGREN RENATA K  F  1971  IA  Occ: ACCOUNTANT',
    'Codes reported: 1 hit — reporting member [03118], 06/2024 (LTC application, prior carrier)',
    'Follow-up: contact reporting member via MIB Follow-Up Service, request no. [64714]',
  ].join('\n'),
});

// ── 11. MIB pre-notice shown to applicant (app e-delivery) ──
const mibNotice = lines({
  id: 's169-mibnotice',
  kind: 's169-mib-pre-notice-disclosure-text',
  before: 'Notice Regarding MIB, Inc.',
  text: [
    'Information regarding your insurability will be treated as confidential. Prairie Ridge Mutual or its',
    'reinsurers may make a brief report to MIB, Inc. ... You may contact MIB at 50 Braintree Hill Park,',
    'Suite 400, Braintree, MA [02184]; telephone 866-692-6901. Notice version PRM-MIB-[21045].',
  ].join('\n'),
});

// ── 12. Rx history report header (IntelliScript-style) ──
const rxHeader = lines({
  id: 's169-rxhead',
  kind: 's169-rx-history-report-header-text',
  before: 'Meridex RxCheck — Prescription History Report',
  text: [
    'Report ID [52141]   Requested 01/05/2026 11:42 CT   Account [40931] Prairie Ridge Mutual (Life NB)',
    'Subject: HOLMGREN, RENATA   F   DOB 09/22/1971   ZIP [50322]   Match confidence: High',
    'Lookback: 7 years   Sources: PBM, pharmacy claims   Fills found: 41   Prescribers: 5   Pharmacies: 2',
  ].join('\n'),
});

// ── 13. Rx fills table with NDCs ──
const rxFills = table({
  id: 's169-rxfills',
  kind: 's169-rx-history-fills-grid',
  caption: 'Fill detail (most recent first)',
  headers: ['Fill date', 'Drug', 'NDC', 'Qty', 'Days', 'Prescriber', 'Pharmacy ZIP'],
  rows: [
    ['12/02/2025', 'Gabapentin 300 mg cap', '[59762]-5025-1', '90', '30', 'Ibarra, T', '[50322]'],
    ['11/14/2025', 'Botox 100 unit vial', '[00023]-1145-01', '1', '84', 'Anand, P', '[50023]'],
    ['10/30/2025', 'Duloxetine DR 30 mg', '[68180]-0294-09', '90', '90', 'Ibarra, T', '[50322]'],
    ['09/24/2024', 'Hydrocodone/APAP 5-325', '[00406]-0123-62', '20', '5', 'Vasquez-Orr, H', '[50309]'],
    ['02/21/2024', 'Oxycodone 5 mg tab', '[00406]-0552-01', '24', '6', 'Vasquez-Orr, H', '[50309]'],
    ['06/20/2024', 'Lidocaine 5% patch', '[00591]-3525-30', '30', '30', 'Ibarra, T', '[50322]'],
    ['10/02/2023', 'Tramadol 50 mg tab', '[57664]-0377-88', '30', '10', 'Ibarra, T', '[50322]'],
    ['07/11/2023', 'Methylprednisolone 4 mg', '[59746]-0015-03', '21', '6', 'Ibarra, T', '[50322]'],
  ],
});

// ── 14. Rx risk score / condition summary ──
const rxScore = lines({
  id: 's169-rxscore',
  kind: 's169-rx-risk-score-summary-text',
  before: 'Meridex RxCheck — Risk Summary',
  text: [
    'Rx score 34 (scale 0–100)   Mortality index 1.15   Model version RX-[20620]',
    'Implied conditions: neuropathic pain (gabapentin, duloxetine); focal dystonia (botulinum toxin, via J0585);',
    'short-term post-surgical opioid use, 2 episodes, none after 09/2024. No MAT, no benzodiazepines.',
  ].join('\n'),
});

// ── 15. Medical claims history report (procedure table) ──
const claimsTable = table({
  id: 's169-claims',
  kind: 's169-medical-claims-history-procedures-grid',
  caption: 'Meridex ClaimScan — Procedures (CPT/HCPCS), lookback 7 yrs — Report 52142',
  headers: ['Svc date', 'Proc', 'Proc description', 'Dx 1', 'Place', 'Provider ZIP'],
  rows: [
    ['04/18/2023', '{27130}', 'Total hip arthroplasty', 'M16.11', 'Inpatient', '[50314]'],
    ['06/14/2023', '{99204}', 'Office o/p new mod 45 min', 'G57.01', 'Office', '[50266]'],
    ['07/11/2023', '{64445}', 'N block inj sciatic sng', 'G57.01', 'Office', '[50266]'],
    ['07/11/2023', '{76942}', 'Echo guide for biopsy', 'G57.01', 'Office', '[50266]'],
    ['09/19/2023', '{64445}', 'N block inj sciatic sng', 'G57.01', 'Office', '[50266]'],
    ['01/09/2024', '{95910}', 'Nrv cndj test 7-8 studies', 'G57.01', 'Office', '[50314]'],
    ['02/20/2024', '{64712}', 'Neuroplasty sciatic nerve', 'G57.01', 'Outpt hosp', '[50314]'],
    ['02/20/2024', '{01250}', 'Anesth n/m/t/f surg upper leg', 'G57.01', 'Outpt hosp', '[50314]'],
    ['04/30/2024', '{64445}', 'N block inj sciatic sng', 'G57.01', 'Office', '[50266]'],
    ['08/06/2024', '{64445}', 'N block inj sciatic sng', 'G57.01', 'Office', '[50266]'],
    ['09/17/2024', '{64714}', 'Neuroplasty lumbar plexus', 'G54.4', 'Outpt hosp', '[50314]'],
    ['10/29/2024', '{97110}', 'Therapeutic exercises', 'G54.4', 'Office', '[50325]'],
    ['01/14/2025', '{99213}', 'Office o/p est low 20 min', 'G54.4', 'Office', '[50314]'],
    ['03/11/2025', '{64632}', 'Destroy nerve plantar digit', 'G57.62', 'Office', '[50023]'],
    ['05/06/2025', '{64632}', 'Destroy nerve plantar digit', 'G57.62', 'Office', '[50023]'],
    ['11/14/2025', '{64612}', 'Destroy nerve face muscle', 'G51.3', 'Office', '[50023]'],
  ],
});

// ── 16. Medical claims report, condition timeline (text) ──
const claimsTimeline = lines({
  id: 's169-claimstl',
  kind: 's169-medical-claims-condition-timeline-text',
  before: 'ClaimScan — Condition Timeline (derived)',
  text: [
    'Mononeuropathy, lower limb (G57.01)   first 06/2023   last 11/2025   procedures: {64445} x4, {64712} x1',
    'Lumbosacral plexus disorder (G54.4)   first 06/2024   last 01/2025   procedures: {64714} x1, {95886}',
    'Other: {27130} 04/2023 (hip), {95910} 01/2024, {97110} x14 (PT), {99213}/{99214} office visits',
    'Hemifacial spasm (G51.3)   first 03/2022   last 11/2025   procedures: {64612} x15 (every ~12 wks)',
    'Lesion of plantar nerve (G57.62)   first 02/2025   last 05/2025   procedures: {64632} x2',
    'Claim lines summarized: 212   Distinct billing providers: 9   Payer group ref [50612]',
  ].join('\n'),
});

// ── 17. Claims report raw CSV export ──
const claimsCsv = lines({
  id: 's169-claimscsv',
  kind: 's169-medical-claims-export-csv-text',
  before: 'claimscan_52142.csv (opened in underwriting workbench viewer)',
  text: [
    'report_id,svc_from,proc_code,modifier,dx1,pos,prov_zip,billed',
    '[52142],2023-07-11,{64445},RT,G57.01,11,[50266],610.00',
    '[52142],2023-07-11,{76942},,G57.01,11,[50266],190.00',
    '[52142],2024-02-20,{64712},RT,G57.01,22,[50314],8450.00',
    '[52142],2024-02-20,{95940},,G57.01,22,[50314],1140.00',
    '[52142],2024-09-17,{64714},RT,G54.4,22,[50314],9120.00',
    '[52142],2025-03-11,{64632},LT,G57.62,11,[50023],395.00',
    '[52142],2025-11-14,{64612},LT,G51.3,11,[50023],540.00',
    '[52142],2025-11-14,J0585,,G51.3,11,[50023],1610.00',
  ].join('\n'),
});

// ── 18. Claims report JSON (API response shown in debug pane) ──
const claimsJson = lines({
  id: 's169-claimsjson',
  kind: 's169-medical-claims-api-json-text',
  before: 'GET /v2/claimscan/reports/52142?include=procedures',
  text: [
    '{"reportId":"[52142]","account":"[40931]","subject":{"zip":"[50322]","sex":"F"},',
    ' "procedures":[{"code":"{64445}","system":"CPT","count":4,"last":"2024-08-06"},',
    '  {"code":"{64712}","system":"CPT","count":1,"last":"2024-02-20"},',
    '  {"code":"{64714}","system":"CPT","count":1,"last":"2024-09-17"},',
    '  {"code":"{64632}","system":"CPT","count":2,"last":"2025-05-06"},',
    '  {"code":"{76942}","system":"CPT","count":4,"last":"2024-08-06"},',
    '  {"code":"{64612}","system":"CPT","count":15,"last":"2025-11-14"}],"hitCount":[10005]}',
  ].join('\n'),
});

// ── 19. Paramedical exam Part II (examiner's form) ──
const paramedPartII = lines({
  id: 's169-paramed',
  kind: 's169-paramed-exam-part-two-text',
  before: 'ExamPoint Paramedical — Part II Medical History and Examination',
  text: [
    'Exam ID [66491]   Examiner no. [80425]   Exam site: applicant home, Urbandale IA [50322]',
    'Q3 Nervous system: "R leg nerve damage after hip surgery, 2 surgeries to free the nerve (Dr. Vasquez-Orr)."',
    '    Applicant shows billing printout listing {64712} and {64714}; examiner copied codes as shown.',
    'Q3a Nerve blocks R thigh x4 (bill shows {64445} and {76942}) 2023–2024; none since. EMG ({95886}) 2024.',
    'Q4 Facial twitching L, Botox injections ({64612}) every 3 mos by Dr. Anand. Last 11/14/2025.',
    'Q11 Walks without cane. Gait normal on observation. Climbs stairs without rails.',
  ].join('\n'),
});

// ── 20. Paramed vitals & lab result (HOS profile) ──
const labReport = table({
  id: 's169-lab',
  kind: 's169-paramed-lab-profile-results-grid',
  caption: 'ExamPoint Laboratory — Insurance Profile — Req 30712 — Specimen [61877]',
  headers: ['Test', 'Result', 'Ref range', 'Flag'],
  rows: [
    ['Blood pressure (avg of 3)', '126/78', '<140/90', ''],
    ['Cholesterol/HDL ratio', '3.9', '<5.0', ''],
    ['HbA1c', '5.6 %', '<6.0', ''],
    ['NT-proBNP', '84 pg/mL', '<125', ''],
    ['Cotinine (urine)', 'Negative', 'Neg', ''],
    ['Lab accession', '[64714]-A', '', ''],
  ],
});

// ── 21. Underwriting debit/credit worksheet (table) ──
const worksheet = table({
  id: 's169-worksheet',
  kind: 's169-life-underwriting-debit-credit-worksheet-grid',
  caption: 'Life Rating Worksheet — Case 64712 — TermPlus 20',
  headers: ['Impairment', 'Evidence', 'Manual ref', 'Debits', 'Credits'],
  rows: [
    ['Sciatic neuropathy, post-op', 'APS 2; claims {64712}', 'NEU-[12233]', '+0', ''],
    ['Lumbar plexopathy, post-op', 'APS 2; claims {64714}', 'NEU-[12233]', '+25', ''],
    ['Neuropathic pain on gabapentin', 'Rx; blocks {64445} x4', 'PAIN-[40014]', '+25', ''],
    ['Hemifacial spasm', 'Rx; {64612}', 'NEU-[12260]', '0', ''],
    ['Build / BP / lipids', 'Paramed, lab', 'BLD-01', '', '-25'],
  ],
});

// ── 22. Underwriting manual excerpt ──
const manual = lines({
  id: 's169-manual',
  kind: 's169-underwriting-manual-entrapment-excerpt-text',
  before: 'Prairie Ridge Life Underwriting Manual — Neurology — Peripheral nerve entrapment and injury',
  text: [
    'NEU-[12233] Peripheral nerve injury with surgical release (e.g. neuroplasty {64708}–{64714}, {64721} CTS):',
    '  Fully recovered, >6 months: Standard. Residual motor deficit, no device: 0 to +25. Uses AFO/cane: +50.',
    'NEU-[12260] Hemifacial spasm / blepharospasm on botulinum toxin ({64612}, {64615}): Standard.',
    'PAIN-[40014] Chronic pain with interventional procedures (nerve blocks {64400}–{64450}, ablation',
    '  {64632}–{64636}): rate by opioid use; none in 12 months and working full time: 0 to +25.',
    'NEU-[12234] Diagnostic NCS/EMG only ({95907}–{95913}, {95886}) without surgery: underwrite the cause.',
    'Page ref: Manual ed. 2025.2, section 7, p. 88; bulletin UW-[20744].',
  ].join('\n'),
});

// ── 23. Reinsurer underwriting guide excerpt (LTC) ──
const reGuide = lines({
  id: 's169-reguide',
  kind: 's169-reinsurer-ltc-guide-excerpt-text',
  before: 'Northgate Re — LTC Underwriting Guide — Musculoskeletal and neurological impairments',
  text: [
    'Peripheral neuropathy / mononeuropathy of lower limb: Decline if fall in 12 months, walker or wheelchair.',
    'After nerve decompression surgery (e.g. sciatic {64712}, lumbar plexus {64714}): postpone 6 months;',
    'then Class 1 if no assistive device and no falls; Class 2 if AFO or ongoing blocks ({64445}, {64447}).',
    'Morton neuroma treated with neurolytic injection ({64632}) or excision ({28080}): Class 1 once resolved.',
    'Hemifacial spasm on botulinum toxin ({64612}): Class 1; blepharospasm bilateral ({64612}-50): Class 1.',
    'Guide ref LTC-NG-[30401]; Northgate Re, 100 Gateway Blvd, Des Moines IA [50309].',
  ].join('\n'),
});

// ── 24. Automated underwriting rules engine log ──
const rulesLog = lines({
  id: 's169-rules',
  kind: 's169-automated-uw-rules-engine-log-text',
  before: 'Rules Engine — run 2026-01-05T17:42:11Z — case 64712',
  text: [
    'RULE [10435] CLAIMS_PROC_IN(NERVE_SURG) hit: proc={64712} dos=2024-02-20 -> REFER_UW',
    'RULE [10435] CLAIMS_PROC_IN(NERVE_SURG) hit: proc={64714} dos=2024-09-17 -> REFER_UW',
    'RULE [10436] CLAIMS_PROC_COUNT(NERVE_BLOCK)>=3 hit: proc={64445} n=4 -> ORDER_APS',
    'RULE [10502] RX_CLASS(ANTICONVULSANT_NEUROPATHIC) hit: gabapentin -> INFO',
    'RULE [10517] MIB_HIT -> HOLD_AUTO_ISSUE; decision=REFER; score=[00612]; elapsed 1,842 ms',
  ].join('\n'),
});

// ── 25. Rules engine procedure-group config table ──
const procGroups = table({
  id: 's169-procgroups',
  kind: 's169-rules-procedure-group-config-grid',
  caption: 'Config: procedure groups (admin view) — version 14',
  headers: ['Group', 'Code from', 'Code to', 'Action', 'Rule id'],
  rows: [
    ['NERVE_BLOCK', '{64400}', '{64450}', 'COUNT', '[10436]'],
    ['NERVE_ABLATION', '{64625}', '{64636}', 'REFER_UW', '[10437]'],
    ['NERVE_SURG', '{64702}', '{64727}', 'REFER_UW', '[10435]'],
    ['CHEMODENERV_FACE', '{64612}', '{64615}', 'INFO', '[10438]'],
    ['NCS_EMG', '{95907}', '{95913}', 'INFO', '[10439]'],
    ['JOINT_REPLACE', '{27130}', '{27134}', 'REFER_UW', '[10441]'],
  ],
});

// ── 26. Case notes log (underwriter timeline) ──
const caseNotes = table({
  id: 's169-notes',
  kind: 's169-underwriting-case-notes-log-grid',
  caption: 'Case notes — 64712',
  headers: ['Date', 'User', 'Note'],
  rows: [
    ['01/05/2026', 'sys', 'Auto-UW referred: claims {64712}/{64714}, MIB hit, ref [10517]'],
    ['01/08/2026', 'mkessler', 'Ordered 3 APS via ChartRetriev orders [64632]–[64634]'],
    ['01/29/2026', 'lokafor', 'APS 1 summarized; 4 sciatic blocks ({64445}), none since 08/24'],
    ['02/03/2026', 'lokafor', 'APS 2: op notes {64712} and {64714} confirm release, no device'],
    ['02/04/2026', 'lokafor', 'Claims also show {95910}, {95886}, {97110}: work-up and PT only, no action'],
    ['02/05/2026', 'mkessler', 'Referred to Dr. Sethi (MD consult); BGA ticket [21907] updated'],
    ['02/18/2026', 'mkessler', 'Life Std NT issued; LTC Class 2, fac ref [40257]; letters [20746]/[20747]'],
  ],
});

// ── 27. Internal chat between underwriter and medical director ──
const uwChat = lines({
  id: 's169-chat',
  kind: 's169-underwriter-medical-director-chat-text',
  before: 'Teams — #life-uw-medical — thread',
  text: [
    'M. Kessler 10:14  Dr. Sethi, case [64712]: 54F, sciatic neurolysis {64712} 02/24, then {64714} 09/24.',
    'M. Kessler 10:15  No blocks since 08/24, off opioids. Gabapentin 900/day. Standard or +25?',
    'Dr. Sethi 10:31  Life: Standard is fine, I would not debit the plexus release. LTC is a different story.',
    'Dr. Sethi 10:32  For CareLink check whether the podiatry {64632} x2 means she is still on her feet all day lol',
    'L. Okafor 10:40  Podiatry was Morton neuroma, resolved. Office is in Ankeny, ZIP [50023].',
  ].join('\n'),
});

// ── 28. Medical director consult note ──
const mdConsult = lines({
  id: 's169-mdconsult',
  kind: 's169-medical-director-consult-note-text',
  before: 'MEDICAL DIRECTOR CONSULT — R. Sethi, MD, FALU — Case 64712',
  text: [
    'Question: rating for post-THA sciatic injury treated with neuroplasty (CPT {64712}) and lumbar',
    'plexus neurolysis ({64714}); serial sciatic nerve blocks ({64445}x4) before surgery.',
    'Opinion (life): Standard. Function restored; no device; opioid-free > 12 mo. Consult no. [70418].',
    'Not counted: {76942} guidance with each block; {95940} monitoring; {01250} anesthesia for {64712}.',
    'Opinion (LTC): refer to LTC UW; gait recovery only 10 months; repeat {95886} in 2024 showed residual.',
  ].join('\n'),
});

// ── 29. LTC personal health interview (phone) transcript ──
const phi = lines({
  id: 's169-phi',
  kind: 's169-ltc-phone-interview-transcript-text',
  before: 'CareLink Personal Health Interview — recorded call — Interviewer: J. Dunmore',
  text: [
    'Call ID [60790]   Duration 42:18   Verified: DOB, address (Urbandale IA [50322])',
    'JD: Any falls in the last two years?  RH: One, in 2024 before the second surgery. None since.',
    'JD: Do you use a cane, walker or brace?  RH: Not now. I had a foot brace until March last year.',
    'JD: Any other procedures planned?  RH: Just my Botox for the eyelid every three months.',
    'JD: The claims show code {64632} twice in 2025?  RH: Those were shots in my foot for a neuroma.',
  ].join('\n'),
});

// ── 30. LTC functional assessment form (ADLs) ──
const adl = table({
  id: 's169-adl',
  kind: 's169-ltc-functional-assessment-adl-grid',
  caption: 'Face-to-face assessment — ExamPoint LTC — Assessment [66492]',
  headers: ['Item', 'Independent', 'Assist', 'Notes'],
  rows: [
    ['Bathing', 'X', '', ''],
    ['Dressing', 'X', '', 'Slow with R shoe'],
    ['Transferring', 'X', '', ''],
    ['Ambulation (Timed Up and Go)', 'X', '', '11.2 s; post {64712}/{64714} R leg'],
    ['Delayed word recall', '9/10', '', 'Form LTC-[20856]'],
  ],
});

// ── 31. LTC underwriting worksheet ──
const ltcWorksheet = table({
  id: 's169-ltcws',
  kind: 's169-ltc-underwriting-worksheet-grid',
  caption: 'CareLink LTC Worksheet — Case 64712 — Rider CL-6',
  headers: ['Factor', 'Finding', 'Guide ref', 'Class impact'],
  rows: [
    ['Nerve decompression', '{64712} 02/2024, {64714} 09/2024', 'LTC-NG-[30401]', 'Postpone to 03/2025 (met)'],
    ['Nerve blocks', '{64445} x4, last 08/2024', 'LTC-NG-[30401]', 'None'],
    ['Fall history', '1 fall 2024', 'LTC-NG-[30402]', 'Class 2'],
    ['Foot', '{64632} x2, 2025', 'LTC-NG-[30466]', 'None if resolved'],
    ['Facial spasm', '{64612} ongoing', 'LTC-NG-[30510]', 'None'],
  ],
});

// ── 32. Reinsurance facultative submission ──
const facSubmit = lines({
  id: 's169-facsub',
  kind: 's169-reinsurance-facultative-submission-text',
  before: 'FACULTATIVE SUBMISSION — Prairie Ridge Mutual to Northgate Re — LTC benefit pool $250,000',
  text: [
    'Cedent ref [64712]   Treaty no. [31162] (LTC hybrid, auto binding limit exceeded by class)',
    'Impairments: sciatic neuropathy s/p neurolysis {64712}; lumbar plexopathy s/p {64714}; HFS on {64612}.',
    'Enclosures: APS x2, paramed, ClaimScan, RxCheck, PHI recording [60790]. Cedent offer: Class 2.',
  ].join('\n'),
});

// ── 33. Reinsurer's offer back (email) ──
const facOffer = lines({
  id: 's169-facoffer',
  kind: 's169-reinsurer-facultative-offer-email-text',
  before: 'From: fac.ltc@northgatere.example  To: mkessler@prairieridge.example',
  text: [
    'Subject: RE: Fac LTC — Holmgren — your ref [64712] / our ref [40257]',
    'We offer Class 2 (+25%) now, or reconsider for Class 1 at 12 months from {64714} with a note documenting',
    'no device and no falls. We would not count the {64632} procedures. Offer valid 90 days (to 05/06/2026).',
  ].join('\n'),
});

// ── 34. Agent email to underwriter ──
const agentEmail = lines({
  id: 's169-agentemail',
  kind: 's169-agent-status-email-text',
  before: 'From: Doug Farrington <doug@heartlandbrokerage.example>  Subject: Holmgren — any word?',
  text: [
    'Hi Mike, Renata is asking about her case ([64712] is your number, our BGA ticket is [21907]).',
    'She says the nerve surgeries (the {64712} and {64714} on her bills) are behind her and she walks 3 miles a day.',
    'Any chance she can get Preferred on the term? My agent number is [64445] if you need it for the file.',
    'Doug Farrington | Heartland Brokerage | [11516] Nicholas St, Omaha NE [68154] | lic. [01329]IA',
  ].join('\n'),
});

// ── 35. Underwriter reply email ──
const uwReply = lines({
  id: 's169-uwreply',
  kind: 's169-underwriter-reply-email-text',
  before: 'From: Mike Kessler, Chief Underwriter  To: Doug Farrington  Subject: RE: Holmgren — any word?',
  text: [
    'Doug — term: approved Standard NT. Preferred is out because of 2 nerve procedures in 24 months',
    '({64712} 02/2024 and {64714} 09/2024) and ongoing gabapentin. LTC: Class 2; our reinsurer will look at',
    'Class 1 after 09/17/2025 + 12 mo. Please send the signed amendment and $612.40 first premium. Ticket [21907].',
  ].join('\n'),
});

// ── 36. Agent / BGA portal case status page (cards) ──
const agentPortal = lines({
  id: 's169-portal',
  kind: 's169-agent-portal-case-status-cards-text',
  before: 'Heartland Brokerage Agent Portal — My Cases',
  text: [
    'HOLMGREN, RENATA   Carrier: Prairie Ridge Mutual   Carrier case [64712]   Ticket [21907]',
    'Status: Approved other than applied (Standard NT)   Delivery reqs: 2 open   Face $1,000,000',
    'Open requirement: Amendment of application form AM-[20745]   Owner ZIP [50322]',
    'Carrier note: "Rated for nerve procedures {64712}/{64714}; LTC Class 2, recon after 09/17/2026."',
    'Commission split: Farrington [64445] 100%   Override: BGA hierarchy [01330]',
  ].join('\n'),
});

// ── 37. Life decision letter to applicant ──
const lifeLetter = lines({
  id: 's169-lifeletter',
  kind: 's169-life-decision-letter-text',
  before: 'Prairie Ridge Mutual Life Insurance Company, 5800 O Street, Lincoln, NE 68544',
  text: [
    'February 18, 2026   Renata K. Holmgren, 4410 89th St, Urbandale, IA [50322]   Re: Application no. [64712]',
    'We have approved your application for TermPlus 20 at the Standard Non-Tobacco rate class rather than',
    'the Preferred class applied for. Our decision was based in part on information from your medical records',
    'and medical claims history, including procedures on your right sciatic nerve and lumbar plexus.',
    'Reference: UW decision [20746]. Annual premium $1,836.00.',
  ].join('\n'),
});

// ── 38. FCRA adverse action notice (accompanying) ──
const adverse = lines({
  id: 's169-adverse',
  kind: 's169-fcra-adverse-action-notice-text',
  before: 'Important Notice About Your Application — Fair Credit Reporting Act',
  text: [
    'Our decision was based in whole or in part on a consumer report from: Meridex Health Analytics, Attn:',
    'Consumer Disclosure, 1700 Golden Valley Rd, Brookfield, WI [53045]; phone 877-555-0144; report [52142].',
    'Meridex did not make the decision and cannot explain it. You may request a free copy within 60 days.',
    'Disputes: MIB Disclosure Office, 50 Braintree Hill Park, Suite 400, Braintree, MA [02184]. Notice id [40758].',
  ].join('\n'),
});

// ── 39. LTC decision letter ──
const ltcLetter = lines({
  id: 's169-ltcletter',
  kind: 's169-ltc-decision-letter-text',
  before: 'CareLink Long-Term Care Rider — Underwriting Decision',
  text: [
    'Dear Ms. Holmgren: We are able to offer the CareLink LTC rider at Class 2 (standard premium + 25%).',
    'Reason: recent surgery on a major nerve of the leg and history of a fall. You may ask us to reconsider',
    'after September 17, 2026, with records showing no falls and no use of a brace, cane or walker.',
    'Rider form CL-6-[20765] IA   Rider premium $1,124.00/yr   Decision ref [20747]',
  ].join('\n'),
});

// ── 40. Reconsideration request from agent with new APS ──
const reconRequest = lines({
  id: 's169-recon',
  kind: 's169-reconsideration-request-cover-text',
  before: 'Heartland Brokerage — Request for Reconsideration — fax cover',
  text: [
    'To: Prairie Ridge Mutual LTC UW, fax 402-555-0173   Pages: 9   Policy no. PR[88264]31',
    'Client: R. Holmgren   Original case [64712]   Original decision ref [20747]',
    'Enclosed: Dr. Vasquez-Orr 12-month follow-up 10/2026 after {64714}: no device, no falls, full strength.',
    'Dr. Anand note: hemifacial spasm stable on {64612}-LT q12 wks. Request: Class 1 on CareLink rider.',
    'Also enclosed: PT discharge summary (last {97110} visit 12/2024), no blocks ({64445}) since 08/2024.',
  ].join('\n'),
});

// ── 41. Reconsideration decision and policy change (endorsement) ──
const endorsement = lines({
  id: 's169-endorse',
  kind: 's169-policy-change-endorsement-text',
  before: 'ENDORSEMENT — Change in Underwriting Class — CareLink LTC Rider',
  text: [
    'Policy PR8826431   Insured: Renata K. Holmgren   Effective 11/01/2026   Endorsement no. [10784]',
    'The rider premium class is changed from Class 2 to Class 1. New annual rider premium $899.00.',
    'Reinsurer concurrence ref [40257]-R. Issued at Lincoln, Nebraska. Form END-[33176] (NE).',
  ].join('\n'),
});

// ── 42. Underwriting workbench search results ──
const search = lines({
  id: 's169-search',
  kind: 's169-workbench-search-results-text',
  before: 'Workbench search: "64712" — 4 results',
  text: [
    'Case [64712] — HOLMGREN, RENATA — Approved other than applied — Kessler',
    'Case [71288] — claims hit {64712} (sciatic neuroplasty) — NEU-[12233] referral — Postponed — Okafor',
    'Manual NEU-[12233] — "neuroplasty {64708}–{64714}" — Peripheral nerve entrapment and injury',
    'Billing ticket [64712] — premium refund, unrelated (PR-Billing) — Closed',
  ].join('\n'),
});

// ── 43. QA audit of issued case (post-issue review checklist) ──
const qaAudit = table({
  id: 's169-qa',
  kind: 's169-post-issue-uw-quality-audit-grid',
  caption: 'UW Quality Audit Q1 2026 — sample [30092] — Case 64712',
  headers: ['Check', 'Result', 'Comment'],
  rows: [
    ['All claims-report procedures addressed', 'Yes', '{64445}, {64712}, {64714}, {64632}, {64612} noted'],
    ['MIB hit followed up', 'Yes', 'Follow-up request [64714] closed'],
    ['Rating per manual', 'Yes', 'NEU-[12233] 0 debits; PAIN-[40014] +25 offset by credits'],
    ['APS fee within limit', 'No', 'Invoice [20828] $63.00 > $45.00 cap; approved by mgr'],
  ],
});

export const sealed169: Snippet[] = [
  ...caseSummary,
  ...partOne,
  ...reqGrid,
  ...apsRequest,
  ...hipaa,
  ...apsInvoice,
  ...apsLedger,
  ...apsOpNote,
  ...apsBotox,
  ...apsSummary,
  ...mibReport,
  ...mibNotice,
  ...rxHeader,
  ...rxFills,
  ...rxScore,
  ...claimsTable,
  ...claimsTimeline,
  ...claimsCsv,
  ...claimsJson,
  ...paramedPartII,
  ...labReport,
  ...worksheet,
  ...manual,
  ...reGuide,
  ...rulesLog,
  ...procGroups,
  ...caseNotes,
  ...uwChat,
  ...mdConsult,
  ...phi,
  ...adl,
  ...ltcWorksheet,
  ...facSubmit,
  ...facOffer,
  ...agentEmail,
  ...uwReply,
  ...agentPortal,
  ...lifeLetter,
  ...adverse,
  ...ltcLetter,
  ...reconRequest,
  ...endorsement,
  ...search,
  ...qaAudit,
];
