import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 194 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s194-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (anesthesia 01402, imaging guidance, EMG guidance, joint replacements, other nerve codes,
 * code-range bounds in a configuration export). About a third of the decoys are numbers of the synthetic 10,000-code
 * set (KNOWN_10K) used as ZIPs of the Spokane area, Bellingham, Blanchard and Elmo, employer group numbers, a
 * test-provider record id, a data-management ticket, a load job, an auth number, a policy document id, a letter
 * template, a cost center, a Confluence page id, a test plan number, a dashboard claim count, an appeals PO
 * box, a correlation id, a hypercare passcode and a report artifact number. The five known codes' digits come back as
 * decoys: the payer's PO box (letter, remit, EOB, minutes), a test provider's ZIP (Elmo, MO), a change request, a
 * test-execution run id, a claim batch number, a Control-M job number, a pricer session id and a letter reference.
 *
 * Family: a payer's claims-system QA and user-acceptance testing of a new peripheral-nerve payment policy. One
 * (fictional) story: Tamarack Health Plan, Inc. (Spokane, WA) configures reimbursement policy PP-NRV-017 (modifier 50
 * invalid on open neurolysis, surgeon-performed sciatic blocks bundled into the global package, frequency limits on
 * plantar digital neurolysis and facial chemodenervation, prior authorization) in its claims platform for release
 * R26.3, and its QA team tests it in UAT2: the policy PDF and its code appendix, the business requirements, the fee
 * schedule, custom edit, frequency-limit and remark-crosswalk configuration screens and a configuration CSV export,
 * the test plan cover, the test case workbook, an Xray test case and its steps, test member and test provider setup,
 * a test claim load CSV, an 837P test file, the expected 835, EDI validator output, the Control-M batch log, the
 * pricer log, a Postman adjudication preview, a FHIR ExplanationOfBenefit from the Patient Access API, the claim
 * inquiry screen (header fields and line grid), a SQL query result, the expected-vs-actual comparison, the execution
 * dashboard, a Jenkins regression replay, the Jira bug view, bug filter and comment thread, a Teams war-room chat,
 * stand-up minutes, the coding SME's review memo, the Confluence search results and decision log, the draft
 * provider notice letter, a member EOB print preview, the sign-off email, the ServiceNow change request, release
 * notes, the go-live checklist and the post-go-live monitoring dashboard.
 * Built on real public layouts: payer reimbursement policy PDFs (policy number, effective date, "codes subject to
 * this policy" appendix), Jira issue views and JQL filter results, Xray test case / test execution pages and
 * requirement coverage, Excel test case workbooks, ASC X12 837P and 835 (5010) segment text as EDI viewers show it,
 * Edifecs-style validation reports, Control-M and Jenkins console output, Postman response panes, HL7 FHIR R4
 * ExplanationOfBenefit JSON (CARIN Blue Button style), SQL Developer result grids, ServiceNow change request forms,
 * Confluence search results and decision-log tables, Microsoft Teams and Outlook threads, member EOB statements and
 * Power BI tile dashboards. The claims-platform screens are written the way such systems read, with no single source.
 *
 * 388 labelled tokens over 43 shapes: 234 codes (170 of them the five known codes), 154 decoys, 53 of the decoys in
 * KNOWN_10K, 16 decoys reusing the five known codes' digits.
 */

// ── 1. Payment policy PDF, text layer ──
const policy = lines({
  id: 's194-policy',
  kind: 's194-reimbursement-policy-pdf-text',
  before: 'Tamarack Health Plan — Reimbursement Policy — Peripheral Nerve Procedures',
  text: [
    'Policy number: PP-NRV-017   Version 1.0   Effective date: 07/01/2026   Supersedes: PP-SRG-044 (sections 4.2–4.3)',
    'Applies to: Commercial, Tamarack Advantage (HMO/PPO)   Contact: Payment Policy Unit, PO Box [64612], Spokane, WA [99210]',
    '1. Open neurolysis, major peripheral nerve. Codes {64712} (sciatic) and {64714} (lumbar plexus) are reported once per',
    '   nerve per session. Modifier 50 is not valid with {64712} or {64714}; report RT and LT on separate lines. The second',
    '   line is reduced to 50% under the multiple procedure rule.',
    '2. A sciatic nerve block {64445} (or continuous infusion {64446}) performed by the operating surgeon on the day of',
    '   surgery is included in the global surgical package and is not separately reimbursed (e.g. with {27447} or {27130}).',
    '3. Plantar common digital nerve neurolysis {64632}: no more than 4 sessions per foot per rolling 12 months. Imaging',
    '   guidance ({76942}, {77002}) billed with {64632} on the same date is not separately reimbursed.',
    '4. Chemodenervation of muscles innervated by the facial nerve, unilateral ({64612}): once per 84 days per side. A',
    '   bilateral service is reported as {64612}-50 and paid at 150%. Needle EMG guidance {95874} is allowed once per session.',
    '5. Prior authorization is required for {64712} and {64714} in all places of service except inpatient hospital (POS 21).',
    'Page 3 of 9   PP-NRV-017   Doc ID [23569]   © 2026 Tamarack Health Plan, Inc. Proprietary.',
  ].join('\n'),
});

// ── 2. Policy appendix: codes subject to the policy ──
const policyCodes = table({
  id: 's194-polcodes',
  kind: 's194-policy-appendix-codes-grid',
  caption: 'Appendix A — Codes subject to this policy',
  headers: ['CPT®', 'Short description', 'Policy rule', 'PA', 'Frequency'],
  rows: [
    ['{64445}', 'Inj anes sciatic nerve single', 'Global package (surgeon)', 'No', '—'],
    ['{64446}', 'Inj anes sciatic nerve cont inf', 'Global package (surgeon)', 'No', '—'],
    ['{64612}', 'Chemodenerv facial nerve unilat', 'Frequency; bilateral 150%', 'No', '1 / 84 days / side'],
    ['{64632}', 'Destr plantar common dig nerve', 'Frequency; imaging bundled', 'No', '4 / 12 mo / foot'],
    ['{64712}', 'Neuroplasty sciatic nerve', 'Mod 50 invalid; MPR', 'Yes', '—'],
    ['{64713}', 'Neuroplasty brachial plexus', 'MPR', 'Yes', '—'],
    ['{64714}', 'Neuroplasty lumbar plexus', 'Mod 50 invalid; MPR', 'Yes', '—'],
  ],
});

// ── 3. Business requirements document, functional requirements grid ──
const brd = table({
  id: 's194-brd',
  kind: 's194-business-requirements-functional-grid',
  caption: 'BRD-PNPP v2.3 — Section 5 Functional requirements',
  headers: ['Req ID', 'Requirement', 'Source', 'Priority'],
  rows: [
    [
      'BR-017-01',
      'The system shall deny {64712} or {64714} billed with modifier 50 (CARC 4, RARC N519).',
      'PP-NRV-017 §1',
      'High',
    ],
    [
      'BR-017-03',
      'The system shall deny {64445} when the rendering NPI is the surgeon on a {27447}, {27446} or {27130} line, same DOS (CARC 97).',
      '§2',
      'High',
    ],
    [
      'BR-017-04',
      'The system shall count {64632} sessions per foot (LT/RT) over a rolling 365 days; limit 4.',
      '§3',
      'Med',
    ],
    ['BR-017-06', 'The system shall allow {64612} once per 84 days per side; price {64612}-50 at 150%.', '§4', 'High'],
    [
      'BR-017-07',
      'The system shall pend {64712}/{64714} lines without a matching authorization (CARC 197) except POS 21.',
      '§5',
      'High',
    ],
  ],
});

// ── 4. Fee schedule maintenance screen ──
const feeSchedule = table({
  id: 's194-feesched',
  kind: 's194-claims-platform-fee-schedule-maintenance-grid',
  caption: 'MCP › Pricing › Fee Schedule Maintenance › TMK-COMM-2026 (UAT2)',
  headers: ['Seq', 'Proc', 'Mod', 'Eff date', 'Term date', 'Allowed', 'Last upd by'],
  rows: [
    ['010', '{64445}', '', '07/01/2026', '12/31/9999', '$112.38', 'TKESSLER'],
    ['020', '{64612}', '', '07/01/2026', '12/31/9999', '$141.06', 'TKESSLER'],
    ['030', '{64612}', '50', '07/01/2026', '12/31/9999', '$211.59', 'TKESSLER'],
    ['040', '{64632}', '', '07/01/2025', '12/31/9999', '$118.77', 'TKESSLER'],
    ['050', '{64712}', '', '07/01/2026', '12/31/9999', '$1,148.20', 'TKESSLER'],
    ['060', '{64714}', '', '07/01/2026', '12/31/9999', '$1,032.65', 'TKESSLER'],
  ],
});

// ── 5. Custom edit library ──
const editLibrary = table({
  id: 's194-edits',
  kind: 's194-claims-platform-custom-edit-library-grid',
  caption: 'MCP › Claim Edits › Custom Edit Library (release R26.3)',
  headers: ['Rule ID', 'Type', 'Primary', 'Secondary', 'Same prov', 'Action', 'CARC/RARC'],
  rows: [
    ['CE-[31051]', 'Global pkg', '{27447}', '{64445}', 'Y', 'Deny secondary', '97 / M144'],
    ['CE-[31052]', 'Global pkg', '{27130}', '{64445}', 'Y', 'Deny secondary', '97 / M144'],
    ['CE-[31053]', 'Global pkg', '{27446}', '{64445}', 'Y', 'Deny secondary', '97 / M144'],
    ['CE-[31057]', 'Incidental', '{64632}', '{76942}', 'Any', 'Deny secondary', '97 / M15'],
    ['CE-[31058]', 'Incidental', '{64632}', '{77002}', 'Any', 'Deny secondary', '97 / M15'],
    ['CE-[31067]', 'Mod invalid', '{64712}', 'mod 50', 'Any', 'Deny line', '4 / N519'],
    ['CE-[31068]', 'Mod invalid', '{64714}', 'mod 50', 'Any', 'Deny line', '4 / N519'],
  ],
});

// ── 6. Frequency limit configuration ──
const freqLimits = table({
  id: 's194-freq',
  kind: 's194-claims-platform-frequency-limit-grid',
  caption: 'MCP › Benefits › Frequency Limits › PP-NRV-017',
  headers: ['Limit ID', 'Proc', 'Qualifier', 'Max', 'Period', 'Scope', 'Override'],
  rows: [
    ['FL-[88115]', '{64612}', 'RT / LT / 50', '1', '84 days', 'Member', 'AUTH'],
    ['FL-[88116]', '{64632}', 'LT', '4', '365 rolling', 'Member', 'MEDREV'],
    ['FL-[88117]', '{64632}', 'RT', '4', '365 rolling', 'Member', 'MEDREV'],
    ['FL-[88118]', '{95874}', 'with {64612}', '1', 'per DOS', 'Member', '—'],
  ],
});

// ── 7. Configuration export CSV ──
const configCsv = lines({
  id: 's194-cfgcsv',
  kind: 's194-configuration-export-csv-text',
  before: 'export_PNPP_UAT2_20260518.csv — Notepad++',
  text: [
    'rule_id,proc_from,proc_to,modifier,action,carc,rarc,eff_dt,term_dt,lob',
    '[31051],{27447},{64445},,DENY_SEC,97,M144,20260701,99991231,COMM',
    '[31057],{64632},{76942},,DENY_SEC,97,M15,20260701,99991231,COMM|MA',
    '[31067],{64712},,50,DENY_LINE,4,N519,20260701,99991231,COMM|MA',
    '[31068],{64714},,50,DENY_LINE,4,N519,20260701,99991231,COMM',
    '[31077],{64702},{64727},,MPR_RANGE,59,,20260701,99991231,COMM|MA',
    '[88116],{64632},,LT,FREQ,119,N362,20260701,99991231,COMM|MA',
  ].join('\n'),
});

// ── 8. Test plan cover page ──
const testPlan = lines({
  id: 's194-tplan',
  kind: 's194-test-plan-cover-page-text',
  before: 'Tamarack Health Plan — IT Quality Assurance',
  text: [
    'Test Plan: PNPP UAT — Peripheral Nerve Payment Policy (PP-NRV-017)   Document no. QA-TP-[22458]   Version 1.4',
    'Release: MCP R26.3   Environment: UAT2 (database uat2-mcpdb01, port [50432])',
    'In scope: edits and pricing for {64445}, {64612}, {64632}, {64712}, {64714} and related codes {64446}, {76942}, {77002}.',
    'Out of scope: {64615} (migraine chemodenervation, PP-NRV-009) and femoral blocks {64447}/{64448} (phase 2).',
    'Approvers: J. Ortiz (Payment Integrity), P. Raman (QA Lead), T. Kessler (Configuration), R. Kowalczyk, CPC (Coding)',
    'Mail stop QA-4, 1120 W Riverside Ave, Spokane, WA [99201]   Cost center [40785]',
    'Test window 05/11/2026 – 06/05/2026   Planned test cases: 64   Test claims to build: 212',
  ].join('\n'),
});

// ── 9. Test case workbook (Excel) ──
const tcSheet = table({
  id: 's194-tcsheet',
  kind: 's194-test-case-workbook-sheet-grid',
  caption: 'PNPP_UAT_TestCases_v7.xlsx — Sheet "Edits"',
  headers: ['TC ID', 'Scenario', 'Claim', 'Lines (CPT-mod x units)', 'POS', 'Expected result'],
  rows: [
    ['TC-001', 'Bilateral sciatic neurolysis billed with 50', '837P', '{64712}-50 x1', '22', 'L1 deny CARC 4 / N519'],
    [
      'TC-002',
      'Bilateral sciatic neurolysis RT/LT',
      '837P',
      '{64712}-RT x1; {64712}-LT x1',
      '22',
      'L1 100%, L2 50% MPR',
    ],
    ['TC-003', 'Lumbar plexus with 50 (Advantage member)', '837P', '{64714}-50 x1', '22', 'L1 deny CARC 4'],
    ['TC-007', 'Surgeon block with TKA', '837P', '{27447}-RT; {64445}-RT', '21', 'L2 deny CARC 97 / M144'],
    ['TC-008', 'Anesthesiologist block with TKA (other NPI)', '837P', '{01402}-AA; {64445}-59', '21', 'Both lines pay'],
    ['TC-012', 'Plantar neurolysis, 5th session in 12 mo', '837P', '{64632}-LT x1', '11', 'Deny CARC 119 / N362'],
    ['TC-013', 'Plantar neurolysis with US guidance', '837P', '{64632}-RT; {76942}', '11', 'L2 deny CARC 97 / M15'],
    ['TC-018', 'Facial chemodenervation, bilateral', '837P', '{64612}-50; J0585 x 50', '11', 'L1 at 150% of fee'],
    ['TC-019', 'Facial chemodenervation repeat at day 60', '837P', '{64612}-RT', '11', 'Deny CARC 119'],
    ['TC-024', 'Lumbar plexus neurolysis, no auth, POS 22', '837I', '{64714}', '22', 'Pend, then deny CARC 197'],
  ],
});

// ── 10. Xray test case page ──
const xrayCase = lines({
  id: 's194-xray',
  kind: 's194-xray-test-case-issue-page-text',
  before: 'PNPP / Tests / PNPP-T118',
  text: [
    'PNPP-T118   Test   Status: READY   Labels: uat, pp-nrv-017, edits   Test type: Manual',
    'Summary: Surgeon-performed sciatic block {64445} bundled into {27130} global package',
    'Precondition PNPP-P12: provider Inland Orthopaedic Associates, group of 7 surgeons, Spokane Valley, WA [99216]',
    'Step 1: submit claim — line 1 {27130}-LT, line 2 {64445}-LT, same rendering NPI, DOS 06/02/2026',
    'Step 2: adjudicate in UAT2 and open Claim Inquiry → Line Detail',
    'Expected: line 2 denied CARC 97 / RARC M144, edit CE-[31052] fired; line 1 paid from fee schedule FS-[20417]',
    'Last execution: 05/19/2026 by praman — FAIL (defect PNPP-219)',
  ].join('\n'),
});

// ── 11. Xray test steps grid ──
const xraySteps = table({
  id: 's194-xsteps',
  kind: 's194-xray-test-steps-grid',
  caption: 'PNPP-T124 — Test details — Steps',
  headers: ['#', 'Action', 'Data', 'Expected result'],
  rows: [
    [
      '1',
      'Load member history',
      'ZT900105: 4 × {64632}-LT, DOS 06/2025–03/2026',
      'History visible on Claim History tab',
    ],
    ['2', 'Submit claim', '{64632}-LT x1, DOS 05/20/2026, NPI 1053391207, ZIP [83843]', 'Claim accepted, ICN assigned'],
    [
      '3',
      'Run UAT2 adjudication batch',
      'Control-M job MCP_ADJ_BATCH_UAT2',
      'Line 1 denied CARC 119 / N362 via FL-[88116]',
    ],
    ['4', 'Check 835', 'TMK835_UAT2_[26182].x12', 'CAS*CO*119 on the {64632} line; LQ*HE*N362'],
  ],
});

// ── 12. Test member setup ──
const testMembers = table({
  id: 's194-members',
  kind: 's194-uat-test-member-setup-grid',
  caption: 'UAT2 test members — created under Data Management ticket DM-2291',
  headers: ['Member ID', 'Name', 'DOB', 'Group', 'Plan', 'ZIP', 'Notes'],
  rows: [
    ['ZT900104', 'TESTONE, ALMA', '03/14/1961', '[40014]', 'PPO 1500', '[99223]', 'Prior {64612}-RT on 04/10/2026'],
    ['ZT900105', 'TESTTWO, BRUNO', '11/02/1958', '[40014]', 'PPO 1500', '[99017]', '4 prior {64632}-LT in 2025–26'],
    ['ZT900106', 'TESTTHREE, CARA', '07/22/1970', '[41450]', 'HMO Silver', '[98225]', 'Auth on file for {64714}'],
    ['ZT900107', 'TESTFOUR, DEV', '01/05/1949', '[77510]', 'Advantage PPO', '[83804]', 'Medicare Advantage; no auth'],
    ['ZT900108', 'TESTFIVE, EMMA', '09/30/1982', '[41450]', 'HMO Silver', '[99201]', '—'],
  ],
});

// ── 13. Test provider setup ──
const testProviders = table({
  id: 's194-providers',
  kind: 's194-uat-test-provider-setup-grid',
  caption: 'UAT2 test providers (cloned from PROD, NPIs masked)',
  headers: ['Prov ID', 'Provider', 'NPI', 'TIN', 'Specialty', 'Address', 'Network'],
  rows: [
    [
      'P-[70444]',
      'Inland Nerve & Pain Specialists',
      '1386702245',
      '91-4417023',
      'Pain mgmt (09)',
      '4800 N Division St, Spokane WA [99207]',
      'PAR',
    ],
    [
      'P-[70445]',
      'Inland Orthopaedic Associates',
      '1912345670',
      '91-7752013',
      'Ortho surgery (20)',
      '[12420] E Mission Ave, Spokane Valley WA [99216]',
      'PAR',
    ],
    [
      'P-[70451]',
      'Palouse Foot & Ankle',
      '1053391207',
      '82-0633184',
      'Podiatry (48)',
      '210 S Main St, Moscow ID [83843]',
      'PAR',
    ],
    [
      'P-[70460]',
      'Elmo Family Neurology (OON test)',
      '1629008831',
      '43-1185520',
      'Neurology (13)',
      'PO Box 88, Elmo MO [64445]',
      'NON-PAR',
    ],
  ],
});

// ── 14. Test claim load CSV ──
const claimLoad = lines({
  id: 's194-load',
  kind: 's194-test-claim-generator-load-csv-text',
  before: 'PNPP_claim_builder_load.csv (input to the test claim generator)',
  text: [
    'tc_id,member_id,rend_npi,bill_zip,pos,dos,line,proc,mod1,mod2,units,charge',
    'TC-021,ZT900104,1386702245,[99207],11,2026-05-25,1,{64612},LT,,1,340.00',
    'TC-022,ZT900104,1386702245,[99207],11,2026-05-25,2,{95874},,,1,120.00',
    'TC-014,ZT900105,1053391207,[83843],11,2026-05-20,1,{64632},LT,,2,960.00',
    'TC-015,ZT900105,1053391207,[83843],11,2026-05-20,2,{77002},,,1,210.00',
    'TC-025,ZT900106,1386702245,[99207],22,2026-05-27,1,{64714},,,1,2100.00',
    'TC-031,ZT900108,1629008831,[64445],11,2026-05-28,1,{64445},,,1,415.00',
  ].join('\n'),
});

// ── 15. 837P test file in an EDI viewer ──
const x837 = lines({
  id: 's194-x837',
  kind: 's194-x12-837p-test-file-text',
  before: 'UAT2_PNPP_837P_TC001-TC013.txt — EDI Notepad',
  text: [
    'ISA*00*          *00*          *ZZ*TMKUATSUB      *ZZ*TAMARACK       *260518*0912*^*[00501]*000000412*0*T*:~',
    'NM1*85*2*INLAND NERVE AND PAIN SPECIALISTS*****XX*1386702245~',
    'N4*SPOKANE*WA*992071604~',
    'CLM*PNPPTC001*1850***22:B:1*Y*A*Y*Y~',
    'SV1*HC:{64712}:50*1850*UN*1***1~',
    'CLM*PNPPTC002*3700***22:B:1*Y*A*Y*Y~',
    'SV1*HC:{64712}:RT*1850*UN*1***1~',
    'SV1*HC:{64712}:LT*1850*UN*1***1~',
    'CLM*PNPPTC013*640***11:B:1*Y*A*Y*Y~',
    'HI*ABK:G5761~',
    'SV1*HC:{64632}:RT*480*UN*1***1~',
    'SV1*HC:{76942}*160*UN*1***1~',
    'SE*48*0001~',
  ].join('\n'),
});

// ── 16. Expected 835 ──
const x835 = lines({
  id: 's194-x835',
  kind: 's194-x12-835-expected-remit-text',
  before: 'Expected 835 (ERA) for TC-002 and TC-013 — built by M. Bell',
  text: [
    'N1*PR*TAMARACK HEALTH PLAN~',
    'N3*PO BOX [64612]~',
    'N4*SPOKANE*WA*[99210]~',
    'CLP*PNPPTC002*1*3700*1722.30*0*12*2613900000102*11*1~',
    'SVC*HC:{64712}:RT*1850*1148.2**1~',
    'CAS*CO*45*701.8~',
    'SVC*HC:{64712}:LT*1850*574.1**1~',
    'CAS*CO*45*701.8*1*59*574.1~',
    'CLP*PNPPTC013*1*640*118.77*0*12*2613900000113*11*1~',
    'SVC*HC:{64632}:RT*480*118.77**1~',
    'SVC*HC:{76942}*160*0**1~',
    'CAS*CO*97*160~',
    'LQ*HE*M15~',
  ].join('\n'),
});

// ── 17. EDI validator report ──
const ediValidator = lines({
  id: 's194-edival',
  kind: 's194-edi-validation-error-report-text',
  before: 'EDI validation report — file UAT2_PNPP_837P_TC014-TC027.txt — HIPAA 5010 837P',
  text: [
    'Error 1: Loop 2400 SV1-01-2 "6461" is not a valid CPT/HCPCS code (claim PNPPTC019, line 1). Did you mean {64612}?',
    'Error 2: Loop 2010AA N403 postal code [99207] must be 9 digits for the billing provider.',
    'Warning 3: SV1-01-3 modifier 50 on {64714} is valid in the code set; a payer-specific edit may apply.',
    'Error 4: HI*ABK code G576 lacks the required 5th character (claim PNPPTC014, service line {64632}).',
    'Summary: 14 claims, 3 errors, 1 warning. Interchange control number 000000418.',
  ].join('\n'),
});

// ── 18. Control-M batch adjudication log ──
const batchLog = lines({
  id: 's194-batch',
  kind: 's194-control-m-batch-job-output-text',
  before: 'Control-M · MCP_ADJ_BATCH_UAT2 · Output',
  text: [
    'JOB [64612] MCP_ADJ_BATCH_UAT2 started 05/19/2026 06:58:04 by CTMUSER on uat2-batch02',
    'Input: /uat2/inbound/837P/UAT2_PNPP_837P_TC001-TC013.txt  ISA13 000000412  claims 212  lines 498',
    'Pended: 6 (CARC 197 authorization missing: {64714} x4, {64712} x2)',
    'Output: 835 file TMK835_UAT2_[26182].x12   RC=0   Elapsed 00:04:41',
  ].join('\n'),
});

// ── 19. Pricer log ──
const pricerLog = lines({
  id: 's194-pricer',
  kind: 's194-pricer-xml-debug-log-text',
  before: 'pricer-uat2.log (tail -f)',
  text: [
    '2026-05-19 07:14:22,418 DEBUG <pricing icn="2613900000102" line="2" proc="{64712}" mod="LT" sched="FS-[20417]">',
    '2026-05-19 07:14:22,419 DEBUG   <base allowed="1148.20"/><mpr rank="2" pct="50" rule="MPR-[10413]"/>',
    '2026-05-19 07:14:22,537 WARN  <pricing icn="2613900000103" line="1" proc="{64714}" mod="50"> edit CE-[31068] skipped: lob MA not in scope',
    '2026-05-19 07:14:22,538 DEBUG   <result allowed="1548.98" pct="150" rule="BILAT-150"/></pricing>',
    '2026-05-19 07:14:23,002 INFO  session [64445] committed 212 claims in 4.6 s',
  ].join('\n'),
});

// ── 20. Postman adjudication preview ──
const postman = lines({
  id: 's194-postman',
  kind: 's194-postman-adjudication-preview-json-text',
  before: 'Postman — POST /mcp/v2/claims/adjudicate/preview — 200 OK — 412 ms',
  text: [
    '{ "icn": "2613900000118", "memberId": "ZT900104", "groupNumber": "[40014]",',
    '  "lines": [ { "line": 1, "procedureCode": "{64612}", "modifiers": ["50"], "units": 1,',
    '      "allowed": 211.59, "paid": 169.27, "edits": [], "pricingRule": "FS-[20417]/MOD50-150" },',
    '    { "line": 2, "procedureCode": "J0585", "units": 50, "allowed": 322.50, "paid": 258.00 },',
    '    { "line": 3, "procedureCode": "{95874}", "units": 1, "allowed": 48.10, "paid": 38.48,',
    '      "edits": [{ "id": "FL-[88118]", "result": "PASS" }] } ],',
    '  "payToZip": "[99207]", "correlationId": "7f3e-[55463]-a1" }',
  ].join('\n'),
});

// ── 21. FHIR ExplanationOfBenefit (Patient Access API test) ──
const fhirEob = lines({
  id: 's194-fhir',
  kind: 's194-fhir-explanation-of-benefit-json-text',
  before: 'GET /fhir/R4/ExplanationOfBenefit?patient=ZT900107 (UAT2 Patient Access API)',
  text: [
    '"resourceType": "ExplanationOfBenefit", "id": "eob-2613900000124", "status": "active", "use": "claim",',
    '"insurance": [{ "focal": true, "coverage": { "reference": "Coverage/ZT900107-[77510]" } }],',
    '"item": [{ "sequence": 1, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64714}" }] },',
    '  "servicedDate": "2026-05-27", "adjudication": [{ "category": { "coding": [{ "code": "denialreason" }] },',
    '  "reason": { "coding": [{ "code": "197" }] } }] },',
    ' { "sequence": 2, "productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64712}" }] } }],',
    '"payee": { "party": { "display": "Inland Nerve & Pain Specialists, Spokane WA [99207]" } }',
  ].join('\n'),
});

// ── 22. Claim inquiry screen, header fields ──
const inquiryHeader: Snippet[] = [
  {
    id: 's194-ciqhdr-1',
    kind: 's194-claim-inquiry-header-fields',
    before: 'Claim Inquiry — ICN 2613900000131 — Billing prov ZIP',
    text: '[99216]',
    after: 'Rendering NPI',
  },
  {
    id: 's194-ciqhdr-2',
    kind: 's194-claim-inquiry-header-fields',
    before: 'Received 06/02/2026 Batch',
    text: '[64632]',
    after: 'Source EDI',
  },
  {
    id: 's194-ciqhdr-3',
    kind: 's194-claim-inquiry-header-fields',
    before: 'Primary procedure (header)',
    text: '{27130}',
    after: 'Claim status',
  },
  {
    id: 's194-ciqhdr-4',
    kind: 's194-claim-inquiry-header-fields',
    before: 'Member ZT900108 Group',
    text: '[41450]',
    after: 'Plan HMO Silver',
  },
  {
    id: 's194-ciqhdr-5',
    kind: 's194-claim-inquiry-header-fields',
    before: 'Auth / referral',
    text: 'PA-26-[31417]',
    after: 'Auth status',
  },
];

// ── 23. Claim inquiry screen, line detail grid ──
const inquiryLines = table({
  id: 's194-ciqln',
  kind: 's194-claim-inquiry-line-detail-grid',
  caption: 'Claim Inquiry — ICN 2613900000131 — Line Detail',
  headers: ['Ln', 'DOS', 'Proc', 'Mod', 'Units', 'Billed', 'Allowed', 'Paid', 'Status', 'Edits'],
  rows: [
    ['1', '06/02/2026', '{27130}', 'LT', '1', '9,850.00', '2,412.55', '1,930.04', 'PAY', ''],
    ['2', '06/02/2026', '{64445}', 'LT', '1', '420.00', '112.38', '89.90', 'PAY', 'CE-[31052] not evaluated'],
    ['3', '06/02/2026', '{20610}', 'RT', '1', '210.00', '0.00', '0.00', 'DENY', 'NCCI PTP'],
  ],
});

// ── 24. SQL query result ──
const sqlResult = table({
  id: 's194-sql',
  kind: 's194-sql-developer-query-result-grid',
  caption: 'SQL Developer — UAT2 — Query Result (5 rows fetched in 0.412 s)',
  headers: ['CLM_ICN', 'LN', 'PROC_CD', 'MOD1', 'RNDR_NPI', 'BILL_ZIP', 'EDIT_ID', 'LN_STAT'],
  rows: [
    ['2613900000131', '1', '{27130}', 'LT', '1912345670', '[99216]', '', 'P'],
    ['2613900000131', '2', '{64445}', 'LT', '1912345670', '[99216]', '', 'P'],
    ['2613900000107', '1', '{27447}', 'RT', '1912345670', '[99216]', '', 'P'],
    ['2613900000107', '2', '{64445}', 'RT', '1912345670', '[99216]', '[31051]', 'D'],
    ['2613900000108', '2', '{64445}', '59', '1447720935', '[99204]', '', 'P'],
  ],
});

// ── 25. Expected vs actual comparison ──
const expVsAct = table({
  id: 's194-eva',
  kind: 's194-expected-vs-actual-adjudication-grid',
  caption: 'UAT2 cycle 2 — expected vs actual (auto-compare macro output)',
  headers: [
    'TC',
    'ICN',
    'Ln',
    'Proc',
    'Exp status',
    'Exp CARC',
    'Act status',
    'Act CARC',
    'Exp paid',
    'Act paid',
    'Result',
  ],
  rows: [
    ['TC-001', '2613900000101', '1', '{64712}-50', 'DENY', '4', 'DENY', '4', '0.00', '0.00', 'PASS'],
    ['TC-002', '2613900000102', '2', '{64712}-LT', 'PAY', '59', 'PAY', '59', '459.28', '459.28', 'PASS'],
    ['TC-003', '2613900000103', '1', '{64714}-50', 'DENY', '4', 'PAY', '—', '0.00', '1,548.98', 'FAIL'],
    ['TC-007', '2613900000107', '2', '{64445}-RT', 'DENY', '97', 'DENY', '97', '0.00', '0.00', 'PASS'],
    ['TC-012', '2613900000112', '1', '{64632}-LT', 'DENY', '119', 'PAY', '—', '0.00', '95.02', 'FAIL'],
    ['TC-013', '2613900000113', '2', '{76942}', 'DENY', '97', 'DENY', '97', '0.00', '0.00', 'PASS'],
    ['TC-018', '2613900000118', '1', '{64612}-50', 'PAY', '—', 'PAY', '—', '169.27', '169.27', 'PASS'],
    ['TC-019', '2613900000119', '1', '{64612}-RT', 'DENY', '119', 'DENY', '119', '0.00', '0.00', 'PASS'],
    ['T118', '2613900000131', '2', '{64445}-LT', 'DENY', '97', 'PAY', '—', '0.00', '89.90', 'FAIL'],
  ],
});

// ── 26. Test execution dashboard ──
const execDash = lines({
  id: 's194-execdash',
  kind: 's194-xray-test-execution-overview-text',
  before: 'Xray — Test Execution PNPP-TE-Cycle2 — Overview',
  text: [
    'Executed 58 / 64   PASS 49   FAIL 7   BLOCKED 2   TODO 6',
    'BR-017-01 ({64712}/{64714} modifier 50): 6 tests — 5 PASS, 1 FAIL',
    'BR-017-03 ({64445} global package): 8 tests — 6 PASS, 2 FAIL',
    'BR-017-04 ({64632} frequency): 5 tests — 3 PASS, 2 FAIL',
    'BR-017-06 ({64612} frequency / bilateral): 7 tests — 7 PASS',
    'Run ID [64712] · started 05/19/2026 07:02 · duration 3h 41m · environment UAT2',
    'Regression claims replayed: [18204] (baseline R26.2)',
  ].join('\n'),
});

// ── 27. Jenkins regression replay console ──
const jenkins = lines({
  id: 's194-jenkins',
  kind: 's194-jenkins-regression-console-text',
  before: 'Jenkins · mcp-regression-uat2 · build #1187 · Console Output',
  text: [
    '[INFO] Replaying baseline R26.2 claims: [18204] claims, 37 providers, 9 lines of business',
    '[WARN] Variance ICN 2609800004417 line 3 proc {64447}: expected PAY, actual PAY (allowed delta $0.00) — ignored',
    '[WARN] Variance ICN 2610100002291 line 2 proc {64445}: expected PAY, actual DENY CE-[31051] (rendering NPI = surgeon?)',
    '[INFO] Finished: UNSTABLE   Artifact: variance_report_[54392].csv',
  ].join('\n'),
});

// ── 28. Jira bug view ──
const jiraBug = lines({
  id: 's194-jira',
  kind: 's194-jira-bug-issue-view-text',
  before: 'Projects / PNPP / Bugs',
  text: [
    'PNPP-214   {64714} with modifier 50 pays at 150% instead of denying (CE-[31068] not firing)',
    'Type: Bug   Priority: High   Severity: S2   Status: In Progress   Assignee: Tom Kessler   Reporter: Priya Raman',
    'Environment: UAT2, build R26.3.0.[17750]',
    'Steps: 1) Submit TC-003 claim with line {64714}-50, POS 22. 2) Adjudicate. 3) Review line 1 in Claim Inquiry.',
    'Expected: line denied CARC 4 / RARC N519 per BR-017-01. Actual: paid $1,548.98 (150% of $1,032.65).',
    'Root cause (T. Kessler): CE-[31068] built with LOB = COMM only; the TC-003 member is Advantage PPO (group [77510]).',
    'Linked: blocks PNPP-T121 · implemented by CHG-[64714] · Fix version R26.3.1',
  ].join('\n'),
});

// ── 29. Jira filter results ──
const bugList = table({
  id: 's194-buglist',
  kind: 's194-jira-filter-results-grid',
  caption: 'Filter: project = PNPP AND type = Bug AND fixVersion = R26.3 ORDER BY severity',
  headers: ['Key', 'Summary', 'Status', 'Sev', 'Assignee', 'Updated'],
  rows: [
    ['PNPP-214', '{64714}-50 pays at 150% instead of denying', 'In Progress', 'S2', 'T. Kessler', '05/20/2026'],
    [
      'PNPP-219',
      'CE-[31052]: {64445} not denied when rendering NPI = surgeon but billing NPI = group',
      'Open',
      'S2',
      'T. Kessler',
      '05/20/2026',
    ],
    [
      'PNPP-226',
      '{64612} frequency counter counts RT and LT together (TC-021)',
      'Ready for QA',
      'S3',
      'T. Kessler',
      '05/21/2026',
    ],
    ['PNPP-231', 'Fee schedule FS-[20417] row {64632} eff date 07/01/2025', 'Closed', 'S3', 'D. Huang', '05/18/2026'],
    ['PNPP-233', '835 LQ*HE*M15 missing for {77002} denial', 'Open', 'S4', 'M. Bell', '05/21/2026'],
    ['PNPP-240', '{64632}-LT 5th session not denied (FL-[88116] scope)', 'Open', 'S2', 'T. Kessler', '05/22/2026'],
    [
      'PNPP-244',
      'Letter shows PO Box [64612] with ZIP [99258]; mailroom says [99210]',
      'Open',
      'S4',
      'J. Ortiz',
      '05/22/2026',
    ],
  ],
});

// ── 30. Jira comment thread ──
const jiraComments = lines({
  id: 's194-comments',
  kind: 's194-jira-activity-comments-text',
  before: 'PNPP-226 · Activity · Comments',
  text: [
    'Priya Raman — 05/20/2026 3:14 PM: TC-021 failed. ZT900104 had {64612}-RT on 04/10; new claim {64612}-LT on 05/25 denied CARC 119.',
    'Renee Kowalczyk — 05/20/2026 3:40 PM: Policy is per side. RT and LT are separate counters; {64612}-50 counts against both.',
    'Tom Kessler — 05/21/2026 9:02 AM: Scope on FL-[88115] was "Member", not "Member + side". Fixed in config package CP-[26316]; please retest.',
    'Priya Raman — 05/21/2026 1:55 PM: Retested on build [17762]: TC-021 PASS, TC-019 still PASS. Moving to Ready for QA.',
    'Marcus Bell — 05/21/2026 2:10 PM: Remit for the TC-019 claim now shows CAS*CO*119 on the {64612} line only. 👍',
  ].join('\n'),
});

// ── 31. Teams war-room chat ──
const teams = lines({
  id: 's194-teams',
  kind: 's194-teams-war-room-chat-text',
  before: 'Microsoft Teams · PNPP UAT war room',
  text: [
    'Priya Raman 10:14 AM  anyone know why TC-012 paid? 5th {64632} LT for ZT900105, history shows 4 in the last 12 mo',
    'Tom Kessler 10:16 AM  history claims were loaded from the old proc table, keyed as {64640} by the load script 🙃',
    'Priya Raman 10:17 AM  lol ok. can you reload them under DM-[23146]?',
    'Tom Kessler 10:21 AM  reloading now, load job [38170], ETA 20 min',
    'Renee Kowalczyk 10:25 AM  fyi {64632} is per nerve in CPT; policy counts sessions per foot, so 2 nerves same foot same day = 1 session',
    "Priya Raman 10:26 AM  😬 that's not in BR-017-04. adding TC-012b",
    'Janelle Ortiz 10:40 AM  agree w/ Renee, will update the FAQ. the letter ZIP is still [99258]? mailroom wants [99210]',
  ].join('\n'),
});

// ── 32. Stand-up minutes ──
const minutes = lines({
  id: 's194-minutes',
  kind: 's194-uat-standup-minutes-text',
  before: 'PNPP UAT stand-up — minutes — 05/22/2026',
  text: [
    'Attendees: P. Raman, T. Kessler, R. Kowalczyk, M. Bell, J. Ortiz, D. Huang (Provider Data)',
    '1. PNPP-240: FL-[88116] scope fixed; TC-012 retest Monday. Renee: two nerves on one foot the same day = one {64632} session.',
    '2. PNPP-219: rendering-NPI fix in build [17770]; retest TC-007 to TC-011 and T118 ({64445} with {27447}/{27130}).',
    '3. Question: does the policy apply to femoral blocks {64447}/{64448}? Janelle: no, phase 2 (PP-NRV-018).',
    '4. Provider letter: mailroom confirms PO Box [64612] routes under ZIP [99210]; fix letter template LTR-[33219].',
    'Next: cycle 2 close 06/05/2026; CAB 06/23/2026.',
  ].join('\n'),
});

// ── 33. Coding SME review memo ──
const smeMemo = lines({
  id: 's194-sme',
  kind: 's194-coding-sme-review-memo-text',
  before: 'Memo — Coding review of PNPP test scenarios (TC sheet v6)',
  text: [
    'To: Priya Raman   From: Renee Kowalczyk, CPC, CPMA   Date: 05/08/2026',
    'TC-007/TC-008: correct. {64445} by the anesthesiologist for postoperative pain is separately reportable; keep TC-008 as PAY.',
    'TC-012: {64632} is reported per nerve; injections at the 2nd and 3rd interspaces of one foot are {64632} x2, one session.',
    'TC-016: replace {64640} with {64632} — {64640} is "other peripheral nerve or branch" and is outside this policy.',
    'TC-018: a bilateral service is {64612}-50 x1, not {64612} x2; J0585 units come from the NDC and vial wastage.',
  ].join('\n'),
});

// ── 34. Confluence search results ──
const confSearch = lines({
  id: 's194-confsearch',
  kind: 's194-confluence-search-results-text',
  before: 'Confluence · Search: modifier 50 neurolysis',
  text: [
    'PP-NRV-017 Decision Log — PNPP — "…modifier 50 is invalid with {64712} and {64714}; see BR-017-01…" — updated 05/14/2026',
    'UAT Test Data Setup — PNPP — "…members ZT900104–ZT900108, group [40014], ZIP [99223]…" — updated 05/06/2026',
    'Fee Schedule Change Log 2026 — PRICING — "…FS-[20417] rows {64712} $1,148.20, {64714} $1,032.65…" — updated 04/29/2026',
    'Retired: Bilateral Indicator Table (2019) — PRICING — "…{64712} bilat ind 1…" — page id [81233]',
    '4 results · 0.21 s · spaces: PNPP, PRICING',
  ].join('\n'),
});

// ── 35. Confluence decision log ──
const decisionLog = table({
  id: 's194-decisions',
  kind: 's194-confluence-decision-log-grid',
  caption: 'PP-NRV-017 Decision Log',
  headers: ['#', 'Date', 'Decision', 'Owner', 'Ref'],
  rows: [
    [
      'D-07',
      '04/02/2026',
      'Deny (not reduce) {64712}/{64714} with modifier 50; no auto-split to RT/LT',
      'J. Ortiz',
      'BR-017-01',
    ],
    [
      'D-09',
      '04/09/2026',
      'Surgeon-block edit compares rendering NPI; {64445} by another NPI in the same TIN pays',
      'J. Ortiz',
      'BR-017-03',
    ],
    ['D-11', '04/16/2026', 'Count {64632} sessions per foot by DOS, not by units', 'R. Kowalczyk', 'BR-017-04'],
    ['D-14', '05/14/2026', '{64612} frequency per side; {64612}-50 counts for both sides', 'J. Ortiz', 'PNPP-226'],
  ],
});

// ── 36. Edit-to-remark crosswalk ──
const remarkXwalk = table({
  id: 's194-xwalk',
  kind: 's194-edit-remark-code-crosswalk-grid',
  caption: 'MCP › Messages › Edit-to-remark crosswalk',
  headers: ['Edit ID', 'CARC', 'RARC', 'Group', 'EOB msg', 'Applies to'],
  rows: [
    ['CE-[31051]', '97', 'M144', 'CO', 'E-17', '{64445}, {64446}'],
    ['CE-[31057]', '97', 'M15', 'CO', 'E-19', '{76942}'],
    ['CE-[31058]', '97', 'M15', 'CO', 'E-19', '{77002}'],
    ['CE-[31067]', '4', 'N519', 'CO', 'E-21', '{64712}'],
    ['FL-[88115]', '119', 'N362', 'CO', 'E-24', '{64612}'],
  ],
});

// ── 37. Draft provider notice letter ──
const letter = lines({
  id: 's194-letter',
  kind: 's194-provider-notice-letter-draft-text',
  before: 'Draft provider notice — proofread in UAT (template LTR-33219)',
  text: [
    'Tamarack Health Plan · Payment Policy Unit · PO Box [64612] · Spokane, WA [99258]',
    'May 1, 2026',
    'Inland Nerve & Pain Specialists · 4800 N Division St · Spokane, WA [99207]   Provider ID P-[70444]',
    'Re: New reimbursement policy PP-NRV-017, Peripheral Nerve Procedures, effective July 1, 2026',
    'For dates of service on or after July 1, 2026, we will no longer accept modifier 50 on {64712} or {64714}. Please',
    'report each side on its own line with RT or LT. A sciatic nerve block ({64445}) by the surgeon on the day of surgery is',
    'part of the global surgical package. Chemodenervation of facial nerve muscles, {64612}, is limited to once every 84 days',
    'Questions? Call Provider Services at 1-800-555-0143. Please quote reference PN-[64445] on correspondence.',
  ].join('\n'),
});

// ── 38. Member EOB print preview ──
const memberEob = lines({
  id: 's194-eob',
  kind: 's194-member-eob-print-preview-text',
  before: 'EOB print preview (UAT2) — Member ALMA TESTONE — Claim 2613900000118',
  text: [
    'Tamarack Health Plan   PO Box [64612]   Spokane WA [99210]     THIS IS NOT A BILL',
    'Member ID ZT900104   Group [40014]   Statement date 05/26/2026',
    'Chemodenervation, facial nerve, both sides   {64612}-50   $680.00   $211.59   $169.27   $42.32   E-24',
    'Drug, onabotulinumtoxinA   J0585   $450.00   $322.50   $258.00   $64.50',
    'EMG guidance   {95874}   $120.00   $48.10   $38.48   $9.62',
    'E-24: This service is limited to once every 84 days for each side of the face.',
    'To appeal, write to Appeals Unit, PO Box [31101], Spokane WA [99220] within 180 days.',
  ].join('\n'),
});

// ── 39. Sign-off email ──
const signoff = lines({
  id: 's194-signoff',
  kind: 's194-uat-signoff-email-text',
  before: 'Outlook — RE: PNPP UAT sign-off — cycle 2 results',
  text: [
    'From: Priya Raman   Sent: Friday, June 5, 2026 4:48 PM   To: Janelle Ortiz; Tom Kessler; Renee Kowalczyk',
    'Janelle, cycle 2 is complete: 64 of 64 executed, 61 PASS, 3 deferred with approved workarounds.',
    'Open: PNPP-233 (M15 remark missing on {77002} denial, S4) and PNPP-244 (letter ZIP, S4).',
    'Fixed and retested: PNPP-214 ({64714}-50 now denies CARC 4), PNPP-219 ({64445} with {27130} by the same surgeon denies), PNPP-226, PNPP-240.',
    'I recommend go-live 07/01/2026 with R26.3.1 (build [17781]). Regression: [18204] claims replayed, 0 unexpected variances.',
    'Priya Raman | QA Lead | Tamarack Health Plan | 1120 W Riverside Ave, Spokane, WA [99201] | ext. 4417',
  ].join('\n'),
});

// ── 40. ServiceNow change request ──
const change = lines({
  id: 's194-chg',
  kind: 's194-servicenow-change-request-form-text',
  before: 'ServiceNow — Change Request',
  text: [
    'Number CHG-[64714]   Type Normal   State Scheduled   CAB date 06/23/2026   Assignment group MCP-Config',
    'Short description: Deploy MCP R26.3.1 — PP-NRV-017 peripheral nerve payment policy edits',
    'Codes affected in production: {64445}, {64446}, {64612}, {64632}, {64712}, {64714}, {76942}, {77002}, {95874}',
    'Backout plan: disable CE-[31051] through CE-[31068] and FL-[88115] through FL-[88118]; restore config package CP-[26309]',
    'Test evidence: test plan QA-TP-[22458], sign-off email 06/05/2026, regression report [54392]',
  ].join('\n'),
});

// ── 41. Release notes ──
const releaseNotes = lines({
  id: 's194-relnotes',
  kind: 's194-claims-platform-release-notes-text',
  before: 'MCP Release Notes — R26.3.1 (Production 06/27/2026)',
  text: [
    'New: payment policy PP-NRV-017 custom edits CE-[31051]–CE-[31068] (global package, incidental imaging, invalid modifier 50).',
    'New: frequency limits FL-[88115] ({64612}, per side, 84 days) and FL-[88116]/FL-[88117] ({64632}, per foot, 4 per 365 days).',
    'Fixed: PNPP-214 — {64714} and {64712} with modifier 50 now deny for all lines of business.',
    'Fixed: PNPP-219 — the global-package edit now compares rendering NPI on {64445}/{64446} lines.',
    'Known issue: PNPP-233 — RARC M15 not written to the 835 LQ segment for {77002}; workaround: manual remark.',
    'Config package CP-[26316] rev 4 · pricer table TMK-COMM-2026 (FS-[20417]) · build [17781]',
  ].join('\n'),
});

// ── 42. Go-live checklist ──
const checklist = lines({
  id: 's194-golive',
  kind: 's194-go-live-checklist-list-view-text',
  before: 'PNPP go-live checklist (SharePoint list)',
  text: [
    '☑ CAB approved CHG-[64714] — 06/23/2026',
    '☑ Production fee schedule TMK-COMM-2026 loaded (7 codes, Appendix A of PP-NRV-017)',
    '☐ Provider letter re-mailed with corrected ZIP [99210] (PNPP-244)',
    '☐ Monitoring query: daily count of CARC 4 on {64712}/{64714} and CARC 119 on {64612}/{64632}',
    '☐ Hypercare bridge 1-866-555-0110, passcode [48473]#, 07/01–07/15',
  ].join('\n'),
});

// ── 43. Post-go-live monitoring dashboard tiles ──
const monitoring: Snippet[] = [
  {
    id: 's194-monitor-1',
    kind: 's194-post-go-live-monitoring-dashboard-tiles',
    before: 'PP-NRV-017 monitoring · Top denied code (CARC 4)',
    text: '{64714}',
    after: '31 lines',
  },
  {
    id: 's194-monitor-2',
    kind: 's194-post-go-live-monitoring-dashboard-tiles',
    before: 'Claims scanned',
    text: '[48919]',
    after: 'since 07/01',
  },
  {
    id: 's194-monitor-3',
    kind: 's194-post-go-live-monitoring-dashboard-tiles',
    before: 'Frequency denials · top code',
    text: '{64612}-RT',
    after: '58 lines',
  },
  {
    id: 's194-monitor-4',
    kind: 's194-post-go-live-monitoring-dashboard-tiles',
    before: 'Filter: billing provider ZIP',
    text: '[99207]',
    after: 'Apply',
  },
  {
    id: 's194-monitor-5',
    kind: 's194-post-go-live-monitoring-dashboard-tiles',
    before: 'Slicer: Proc code',
    text: '{64445} · {64632} · {64712}',
    after: '(3 selected)',
  },
];

export const sealed194: readonly Snippet[] = [
  ...policy,
  ...policyCodes,
  ...brd,
  ...feeSchedule,
  ...editLibrary,
  ...freqLimits,
  ...configCsv,
  ...testPlan,
  ...tcSheet,
  ...xrayCase,
  ...xraySteps,
  ...testMembers,
  ...testProviders,
  ...claimLoad,
  ...x837,
  ...x835,
  ...ediValidator,
  ...batchLog,
  ...pricerLog,
  ...postman,
  ...fhirEob,
  ...inquiryHeader,
  ...inquiryLines,
  ...sqlResult,
  ...expVsAct,
  ...execDash,
  ...jenkins,
  ...jiraBug,
  ...bugList,
  ...jiraComments,
  ...teams,
  ...minutes,
  ...smeMemo,
  ...confSearch,
  ...decisionLog,
  ...remarkXwalk,
  ...letter,
  ...memberEob,
  ...signoff,
  ...change,
  ...releaseNotes,
  ...checklist,
  ...monitoring,
];
