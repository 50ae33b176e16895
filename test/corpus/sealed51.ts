import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 51 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s51-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * hospital account numbers (HAR), MRNs, query and batch ids, CDM numbers, ZIPs, charges and counts. The five known
 * codes' digits come back as decoys: a HAR on the DNFB worklist, a CDI query id, a 3M batch number, a patient ZIP
 * (Elmo, MO) and a chargemaster item number. ICD-10-PCS codes whose digit run is five long (5A09357, 30233N1,
 * 02703DZ, 3E03329) are decoys too: a coder reads them as PCS, not CPT.
 *
 * Family: hospital inpatient coding and clinical documentation integrity: MS-DRG and APR-DRG worksheets and grouper
 * output, ICD-10-PCS code builder rows with the surgeon's pro-fee CPT beside them, CDI query templates, query logs
 * and the physician query inbox, CDI initial reviews, coder worklists with HARs and DNFB days, DNFB aging, inpatient
 * abstract screens, UB-04 outpatient revenue lines and the three-day payment window, observation-to-inpatient and
 * two-midnight reviews, condition code 44, observation-hours carve-outs, inpatient-only list look-ups, surgical case
 * abstracts pairing PCS and CPT, anesthesia pro-fee abstracts, encoder edits, coding validation audits, HAC/POA
 * review, DRG downgrade denials and appeals, chargemaster look-ups, case-mix and coder productivity reports, the
 * admission face sheet, the Part A remittance by account and the held-account activity log.
 * Built on real public layouts: the UB-04 form locators (FL 4 type of bill, FL 42–47 revenue lines, FL 74 principal
 * procedure, condition code 44), the OPPS Addendum B / Addendum E inpatient-only list (HCPCS, short descriptor, SI C),
 * the MS-DRG v42 definitions manual (MDC, DRG, relative weight, GMLOS), the 3M APR-DRG output (SOI/ROM), the ICD-10-PCS
 * tables (section, body system, root operation, body part, approach, device, qualifier), the AHIMA/ACDIS guidelines
 * for achieving a compliant query practice, 42 CFR 412.3 (two-midnight benchmark), the Medicare three-day payment
 * window, and the NCCI PTP edit columns. The others are written the way those pages read, with no single source.
 *
 * 353 labelled tokens over 34 shapes: 150 codes, 203 decoys, 67 of the decoys in KNOWN_10K.
 */

// ── 1. MS-DRG worksheet from the encoder, key-value panel ──
const drgWorksheet = table({
  id: 's51-drgws',
  kind: 's51-ms-drg-worksheet-panel',
  caption: 'DRG Worksheet — Grouper MS-DRG v42 — Prince Memorial Hospital, Columbia SC',
  headers: ['Field', 'Value'],
  rows: [
    ['HAR / Account', '[64712]'],
    ['MRN', '[88582]'],
    ['Patient ZIP', '[29209]'],
    ['Admit / Discharge', '03/02/2025 – 03/06/2025 (LOS 4)'],
    ['Principal dx', 'G57.02 Lesion of sciatic nerve, left lower limb'],
    ['Secondary dx', 'E11.42 (CC), S76.302A, Z79.4, E66.01 (CC)'],
    ['Principal procedure (PCS)', '01NF0ZZ Release sciatic nerve, open approach'],
    ['Surgeon pro-fee CPT', '{64712}-LT (Dr. Okonkwo); assistant {64712}-80'],
    ['Anesthesia CPT', '{01250} + block {64445}-59 for post-op pain'],
    ['MS-DRG', '041 Periph/cranial nerve & other nerv syst proc w CC or peripheral neurostimulator'],
    ['Relative weight / GMLOS', '2.0416 / 4.1'],
    ['Expected payment', '$[14836].52'],
    ['Total charges', '$[58499].00'],
  ],
});

// ── 2. APR-DRG grouper output, PDF text layer ──
const aprDrg = lines({
  id: 's51-aprdrg',
  kind: 's51-apr-drg-grouper-output-text',
  before: '3M APR-DRG Grouper v40 — Output Report — Medicaid (SC DHHS)',
  text: [
    'Batch [64632]   Run date 03/18/2025   Records in batch: 214',
    'Account [40918]   Med Rec [77620]   DOB 11/19/1961   Sex F   Disch status 06   Admit source 1',
    'Principal Dx: G57.22 Lesion of femoral nerve, left   POA: Y',
    'Procedure 1: 01N90ZZ Release lumbar plexus, open — 03/11/2025 — surgeon CPT {64714}',
    'Procedure 2: 3E0T3BZ Introduction of anesthetic agent into peripheral nerves — anesthesia CPT {64445}',
    'Procedure 3: [30233]N1 Transfusion of nonautologous red blood cells into peripheral vein',
    'Grouping path: MDC 01 → OR procedure → not spinal (023), not craniotomy (021) → APR-DRG 026',
    'Final APR-DRG 026 Other nervous system & related procedures   SOI 2   ROM 1',
    'Relative weight 1.6273   Policy adjustor 1.00   Base rate $6,401.66   Payment $[10417].25',
    'Hospital ZIP [29203]   Provider Medicaid ID [38036]   Claim ref [95816]',
  ].join('\n'),
});

// ── 3. ICD-10-PCS code builder with pro-fee CPT column, table ──
const pcsBuilder = table({
  id: 's51-pcsbuild',
  kind: 's51-pcs-code-builder-pro-fee-rows',
  caption: 'ICD-10-PCS Code Builder — Case [81825] — build the facility code, pair the surgeon CPT',
  headers: ['Section', 'Body system', 'Root operation', 'Body part', 'Approach', 'PCS', 'Pro-fee CPT'],
  rows: [
    ['0 Med/Surg', '1 Periph nerv', 'N Release', 'F Sciatic nerve', '0 Open', '01NF0ZZ', '{64712}'],
    ['0 Med/Surg', '1 Periph nerv', 'N Release', '9 Lumbar plexus', '0 Open', '01N90ZZ', '{64714}'],
    ['0 Med/Surg', '1 Periph nerv', 'N Release', '4 Ulnar nerve', '0 Open', '01N40ZZ', '{64718}'],
    ['0 Med/Surg', '1 Periph nerv', 'N Release', '5 Median nerve', '0 Open', '01N50ZZ', '{64721}'],
    ['0 Med/Surg', '1 Periph nerv', '5 Destruction', 'G Tibial nerve', '3 Perc', '015G3ZZ', '{64632} (digital)'],
    ['3 Admin', 'E Phys sys', '0 Introduction', 'T Periph nerves', '3 Perc', '3E0T3BZ', '{64445}'],
    ['3 Admin', 'E Phys sys', '0 Introduction', '2 Muscle', '3 Perc', '3E023GC', '{64612} (face)'],
    ['', '', '', '', '', 'Case total charges', '[23332].00'],
  ],
});

// ── 4. CDI query template (compliant multiple-choice), EHR text ──
const cdiTemplate = lines({
  id: 's51-cditpl',
  kind: 's51-cdi-query-template-text',
  before: 'Clinical Documentation Query — Multiple Choice — Template CDI-MC-07 (AHIMA/ACDIS compliant)',
  text: [
    'Query ID: Q-[64714]   HAR [64712]   Unit 5 West, Bed 12   Date 03/04/2025',
    'Dr. Okonkwo, the record for this patient shows the following clinical indicators:',
    '  • Op note 03/02: open neurolysis of the left sciatic nerve ({64712}) with dense scar at the sciatic notch',
    '  • Hgb 13.1 → 7.9 g/dL post-op day 1; 1 unit PRBC given 03/03 ([30233]N1)',
    '  • Anesthesia record: popliteal sciatic block {64445} placed in PACU, 20 mL 0.5% ropivacaine',
    'Based on your clinical judgment, please clarify the diagnosis being treated with the transfusion:',
    '  ☐ Acute blood loss anemia   ☐ Expected post-operative drop in hemoglobin   ☐ Other ____   ☐ Unable to determine',
    'This query is not intended to imply any particular response. Reply in the progress note or discharge summary.',
    'CDS: L. Whitfield, RN, CCDS — ext. [47285] — pager [22018]',
  ].join('\n'),
});

// ── 5. CDI query log, table ──
const queryLog = table({
  id: 's51-qlog',
  kind: 's51-cdi-query-log-rows',
  caption: 'CDI Query Log — March 2025 — Surgical units — exported 04/01/2025',
  headers: ['Query #', 'HAR', 'Provider', 'Query topic', 'Procedure in record', 'Sent', 'Status', 'DRG impact'],
  rows: [
    ['Q-[64714]', '[64712]', 'Okonkwo', 'ABLA vs expected drop', '{64712}', '03/04', 'Agreed', '041 → 040'],
    ['Q-[64750]', '[52377]', 'Ferrante', 'Malnutrition severity', '{27236}', '03/05', 'Agreed', '481 → 480'],
    ['Q-[64768]', '[52410]', 'Ahn', 'Acute resp failure', '{31500}, 5A1955Z', '03/06', 'Disagreed', 'none'],
    ['Q-[64791]', '[52462]', 'Okonkwo', 'Type of neuropathy', '{64714}', '03/11', 'Agreed', 'CC added'],
    ['Q-[64803]', '[52518]', 'Baptiste', 'Sepsis POA', '{47562}', '03/12', 'No response', 'escalated'],
    ['Q-[64820]', '[52541]', 'Ahn', 'Encephalopathy', '{61510}', '03/14', 'Agreed', '027 → 025'],
    ['', '', '', '', 'Totals', '6 sent', '4 agreed', 'Financial impact $[21523]'],
  ],
});

// ── 6. Coder worklist with DNFB days, table ──
const worklist = table({
  id: 's51-wl',
  kind: 's51-coder-worklist-dnfb-rows',
  caption: 'Inpatient Coding Worklist — DNFB — Coder: T. Mahlangu — sorted by days since discharge',
  headers: ['HAR', 'MRN', 'Pt class', 'Disch date', 'DNFB days', 'Total charges', 'Hold', 'Principal proc / CPT'],
  rows: [
    ['[64712]', '[88582]', 'IP', '03/06/2025', '9', '$[58499].00', 'CDI query open', '01NF0ZZ / {64712}'],
    ['[64924]', '[31622]', 'IP', '03/07/2025', '8', '$142,380.11', 'Op note missing', '0SRB0J9 / {27130}'],
    ['[65036]', '[59772]', 'IP', '03/09/2025', '6', '$[98673].40', 'Ready to code', '01N90ZZ / {64714}'],
    ['[65109]', '[24489]', 'OBS→IP', '03/10/2025', '5', '$[18450].00', 'UR status change', '— / {64445}'],
    ['[65188]', '[73701]', 'IP', '03/11/2025', '4', '$[37443].95', 'Pathology pending', '0DTJ4ZZ / {44970}'],
    ['[65240]', '[45609]', 'IP', '03/12/2025', '3', '$211,907.38', 'Second-level review', '[02703]DZ / {92928}'],
    ['Total on list', '6 accounts', '', '', 'avg 5.8', '$1,568,372.79', '', ''],
  ],
});

// ── 7. Inpatient abstract screen, key-value panel ──
const abstract = table({
  id: 's51-abs',
  kind: 's51-inpatient-abstract-screen-panel',
  caption: 'Abstracting — Inpatient — HAR [65036] — Complete all required fields before final coding',
  headers: ['Abstract field', 'Entry'],
  rows: [
    ['Admit type / source', '3 Elective / 1 Non-health-care facility point of origin'],
    ['Patient ZIP', '[29072]'],
    ['Attending NPI', '1093817264'],
    ['Principal procedure (FL 74)', '01N90ZZ 03/08/2025'],
    ['Other procedure (FL 74a)', '5A[09357] Assistance w/ resp ventilation, CPAP, <24 hrs'],
    ['Surgeon CPT (pro fee, for PSI match)', '{64714} (decompression, lumbar plexus)'],
    ['Anesthesia CPT', '{00630} · block {64447} (femoral) in PACU'],
    ['Discharge disposition', '62 IRF'],
    ['Birth weight', 'N/A'],
    ['Abstract batch', '[67623]'],
    ['Abstractor ID', '[11201]'],
  ],
});

// ── 8. UB-04 outpatient revenue lines (pre-admission services in the 3-day window), table ──
const ub04Out = table({
  id: 's51-ubout',
  kind: 's51-ub04-outpatient-revenue-lines',
  caption: 'UB-04 TOB 0131 — Prince Memorial Hospital Outpatient — Pat. cntl no. [86762] — Statement 02/27/2025',
  headers: ['42 Rev Cd', '43 Description', '44 HCPCS / Rates', '45 Serv Date', '46 Units', '47 Total Charges'],
  rows: [
    ['0300', 'Laboratory', '{80053}', '02/27/2025', '1', '214.00'],
    ['0305', 'Lab hematology', '{85025}', '02/27/2025', '1', '96.00'],
    ['0324', 'Dx X-ray chest', '{71046}', '02/27/2025', '1', '388.00'],
    ['0730', 'EKG/ECG', '{93005}', '02/27/2025', '1', '241.00'],
    ['0922', 'EMG', '{95886}', '02/27/2025', '1', '1,120.00'],
    ['0922', 'Nerve conduction', '{95910}', '02/27/2025', '1', '1,845.00'],
    ['0510', 'Clinic visit', 'G0463', '02/27/2025', '1', '310.00'],
    ['0361', 'OR services, minor', '{64632}', '02/20/2025', '1', '2,980.00'],
    ['0001', 'Total', '', '', '', '7,194.00'],
  ],
});

// ── 9. Observation-to-inpatient review note, EHR text ──
const obsReview = lines({
  id: 's51-obsrev',
  kind: 's51-observation-to-inpatient-review-note-text',
  before: 'Utilization Review — Observation to Inpatient — Case Management',
  text: [
    'HAR [65109]   Placed in observation 03/08/2025 21:40 (order: "outpatient observation", G0378)',
    'Reason: L leg pain and foot drop after outpatient sciatic nerve block {64445} at the pain center 03/08.',
    'ED: {99284}; MRI L-spine ({72148}) negative; EMG planned. Hourly neuro checks, IV hydromorphone.',
    'Day 2: surgeon recommends open sciatic neurolysis ({64712}); expected stay past a second midnight.',
    'Physician advisor reviewed 03/09 14:05 — meets InterQual; inpatient order written 03/09 15:20.',
    'Inpatient admission date is 03/09/2025; observation hours before the order are billed on the IP claim.',
    'Payer: Medicare Part A. Review no. [36780]. RN reviewer ext. [42657]. Outpatient block claim HAR [65077].',
  ].join('\n'),
});

// ── 10. Two-midnight review, PDF text layer ──
const twoMidnight = lines({
  id: 's51-2mn',
  kind: 's51-two-midnight-review-text',
  before: 'Two-Midnight Rule Review (42 CFR 412.3) — Medicare FFS — Physician Advisor worksheet',
  text: [
    'Beneficiary: Rutledge, Carol   MBI 2WQ4-FK8-RT66   HAR [65311]   Home ZIP [29732]',
    'Admission order 03/12/2025 06:10; discharge 03/13/2025 16:00 — one midnight as inpatient.',
    'Procedure: open decompression of lumbar plexus, CPT {64714} — NOT on the inpatient-only list.',
    'Also: pre-op sciatic block {64445}; post-op CT abdomen/pelvis ({74177}) for flank hematoma, resolved.',
    'Expectation at the time of order: 2+ midnights documented in the H&P ({99223}) — benchmark met.',
    'Conclusion: inpatient appropriate (expectation standard); no condition code 44. TPE reviewer ID [63250].',
    'Comparison case: HAR [65322], {64712} done as outpatient, 0 midnights, billed TOB 0131.',
  ].join('\n'),
});

// ── 11. Inpatient-only list look-up (OPPS Addendum E / Addendum B rows), table ──
const ipoLookup = table({
  id: 's51-ipo',
  kind: 's51-inpatient-only-list-lookup-rows',
  caption: 'IPO look-up — OPPS 2025 Addendum B (SI) — searched by pre-booking staff, case list [69309]',
  headers: ['HCPCS Code', 'Short Descriptor', 'SI', 'APC', 'On IPO list?', 'Scheduled case'],
  rows: [
    ['{64712}', 'Revise sciatic nerve', 'J1', '5432', 'No', 'Case [90510], Dr. Okonkwo'],
    ['{64714}', 'Revise low back nerve(s)', 'J1', '5432', 'No', 'Case [90527]'],
    ['{64632}', 'N block inj common digit', 'T', '5441', 'No', 'Case [90533], podiatry'],
    ['{22558}', 'Lumbar spine fusion', 'C', '', 'Yes', 'Case [90541] — must admit'],
    ['{27236}', 'Treat thigh fracture', 'C', '', 'Yes', 'Case [90556] — must admit'],
    ['{44140}', 'Partial removal of colon', 'C', '', 'Yes', 'Case [90563]'],
    ['{63047}', 'Remove spine lamina 1 lmbr', 'J1', '5114', 'No', 'Case [90571]'],
    ['{64612}', 'Destroy nerve face muscle', 'T', '5441', 'No', 'Clinic, not OR'],
  ],
});

// ── 12. Surgical case abstract pairing PCS and pro-fee CPT, table ──
const surgAbstract = table({
  id: 's51-surgabs',
  kind: 's51-surgical-case-abstract-pcs-cpt-rows',
  caption: 'Surgical Case Abstract — OR log [73075] — Facility ICD-10-PCS / Professional CPT',
  headers: ['Seq', 'Procedure date', 'ICD-10-PCS (facility)', 'CPT (pro fee)', 'Mod', 'Surgeon', 'OR min'],
  rows: [
    ['1', '03/02/2025', '01NF0ZZ', '{64712}', 'LT', 'Okonkwo', '118'],
    ['2', '03/02/2025', '01NH0ZZ', '{64708}', 'LT 51', 'Okonkwo', ''],
    ['3', '03/02/2025', '3E0T3BZ', '{64445}', '59', 'Lindgren (anes)', '12'],
    ['4', '03/03/2025', '[30233]N1', '{36430}', '', 'Nursing (no pro fee)', ''],
    ['5', '03/05/2025', '0JQC0ZZ', '{12032}', '79', 'Okonkwo', '34'],
    ['', 'Posting ref', '[84950]', 'Charge batch [46184]', '', '', ''],
  ],
});

// ── 13. Coder's surgical summary in prose, text ──
const coderSummary = lines({
  id: 's51-cdrsum',
  kind: 's51-coder-operative-coding-summary-text',
  before: 'Coding Summary — Inpatient Surgical — coder note to the pro-fee team',
  text: [
    'HAR [65036]: facility principal procedure 01N90ZZ (release lumbar plexus, open).',
    'Pro-fee: surgeon bills {64714} per op note; the femoral block placed by anesthesia is {64447}, not {64445}.',
    'Surgeon also listed {64712} in the brief op note but the body of the report describes only the plexus.',
    'Asked Dr. Okonkwo to amend or confirm; if confirmed, {64712}-59 with the left sciatic release PCS 01NF0ZZ.',
    'Chemodenervation {64612} from the 02/20 clinic visit falls outside the 3-day window — separate OP claim.',
    'Coded by T. Mahlangu, CCS — coder ID [13674]; second-level review queue [43716] if the amendment changes the DRG.',
  ].join('\n'),
});

// ── 14. DNFB aging summary, table ──
const dnfbAging = table({
  id: 's51-dnfbage',
  kind: 's51-dnfb-aging-summary-rows',
  caption: 'DNFB Aging by Hold Reason — week ending 03/14/2025 — Revenue Integrity',
  headers: ['Hold reason', '0–3 days', '4–7 days', '8–14 days', '15+ days', 'Accounts', 'Dollars'],
  rows: [
    ['Coding incomplete', '41', '22', '9', '3', '75', '$4,812,330'],
    ['CDI query open', '6', '8', '2', '1', '17', '$1,216,994'],
    ['Missing op note / dictation', '3', '5', '4', '2', '14', '$[87400]'],
    ['UR / status change (CC 44)', '2', '1', '0', '0', '3', '$[48651]'],
    ['Charge correction', '5', '2', '1', '0', '8', '$[61589]'],
    ['Total', '57', '38', '16', '6', '117', '$7,203,950'],
  ],
});

// ── 15. CDI initial review worksheet, EHR text ──
const cdiInitial = lines({
  id: 's51-cdiinit',
  kind: 's51-cdi-initial-review-worksheet-text',
  before: 'CDI Initial Review — Working DRG — Surgical',
  text: [
    'HAR [65240]   Admit 03/11/2025   Attending: Dr. Baptiste   CDS: M. Ocampo   Review seq [95156]',
    'Reason for admit: NSTEMI; cath 03/11, DES to LAD (PCS 027034Z), POBA to diagonal ([02703]ZZ).',
    'Pro-fee: {93458} LHC with LV gram + {92928} stent; {93571} FFR add-on.',
    'Working DRG 247 Perc cardiovasc proc w drug-eluting stent w/o MCC. Possible MCC: acute systolic HF (BNP 1,880).',
    'Query opportunity: HF type/acuity. Transfer note lists tPA at outside ED (3E[03317]) — not reportable here.',
    'Hx: L sciatic neurolysis {64712} 2019; intermittent sciatic blocks ({64445}) at pain clinic.',
    'Next review 03/13. Unit phone ext. [33909].',
  ].join('\n'),
});

// ── 16. Physician query inbox, table ──
const queryInbox = table({
  id: 's51-qinbox',
  kind: 's51-physician-query-inbox-rows',
  caption: 'My Queries — Dr. A. Okonkwo (Neurosurgery) — 3 open, 12 answered this month',
  headers: ['Received', 'Patient', 'HAR', 'Query type', 'Regarding', 'From', 'Due'],
  rows: [
    ['03/04 09:12', 'Halvorsen, D.', '[64712]', 'Clinical validation', 'ABLA after {64712}', 'L. Whitfield', '03/06'],
    [
      '03/10 13:40',
      'Pruitt, J.',
      '[65036]',
      'Procedure clarification',
      '{64714} vs {64712} listed',
      'T. Mahlangu',
      '03/12',
    ],
    ['03/12 08:05', 'Nakamura, S.', '[65290]', 'Laterality', '{64708}, {64704}', 'T. Mahlangu', '03/14'],
    ['Answered', 'Osei, B.', '[64988]', 'Device', '{63685} generator', 'L. Whitfield', '—'],
    ['Answered', 'Dorsey, R.', '[64813]', 'Approach', '{64721} open vs endo {29848}', 'M. Ocampo', '—'],
  ],
});

// ── 17. Pro-fee vs facility reconciliation, table ──
const proFeeRecon = table({
  id: 's51-recon',
  kind: 's51-pro-fee-facility-reconciliation-rows',
  caption: 'Pro/Facility Procedure Reconciliation — Neurosurgery — March 2025 — mismatches only',
  headers: ['HAR', 'Facility PCS', 'Pro CPT billed', 'Expected CPT', 'Mismatch', 'wRVU', 'Pro claim #'],
  rows: [
    ['[65036]', '01N90ZZ', '{64714}, {64712}', '{64714}', 'Extra CPT billed', '22.39', '[70776]'],
    ['[65311]', '01N90ZZ', '{64714}', '{64714}', 'None (LOS query only)', '22.39', '[70784]'],
    ['[65350]', '01NF0ZZ', '{64708}', '{64712}', 'Wrong nerve', '12.17', '[70799]'],
    ['[65377]', '01NB0ZZ', '{64714}', '{64714}', 'Billed {64713} first, corrected', '22.39', '[70801]'],
    ['[65402]', '01N50ZZ', '{64721}', '{64721}', 'PCS approach 4 vs CPT open', '4.97', '[74772]'],
    ['Totals', '', '', '', '4 of 5', '84.31', 'Batch [64612]'],
  ],
});

// ── 18. Coding validation audit, table ──
const audit = table({
  id: 's51-audit',
  kind: 's51-coding-validation-audit-rows',
  caption: 'Inpatient Coding Validation — External Audit Q1 2025 — sample of 30 — auditor ID [26333]',
  headers: ['HAR', 'Original DRG', 'Audited DRG', 'PCS change', 'Pro-fee CPT (info)', 'Finding', '$ variance'],
  rows: [
    ['[64712]', '041', '040', 'none', '{64712}', 'ABLA supported → MCC', '+3,118'],
    ['[62184]', '029', '029', '01N90ZZ added', '{64714}', 'Missed procedure', '0'],
    ['[62240]', '482', '481', 'none', '{27245}', 'CC not supported', '-1,944'],
    ['[62255]', '208', '207', '5A1955Z', '{31500}', 'Vent hours ≥96 supported', '+[12373]'],
    ['[62267]', '872', '871', 'none', '—', 'Sepsis without MCC', '+4,406'],
    ['[62271]', '042', '042', '3E0T3BZ dropped', '{64445}', 'Block not reportable', '0'],
  ],
});

// ── 19. Condition code 44 status change, UM text ──
const cc44 = lines({
  id: 's51-cc44',
  kind: 's51-condition-code-44-status-change-text',
  before: 'Condition Code 44 — Inpatient to Outpatient Status Change — UR Committee Record',
  text: [
    'HAR [65418]   Pt: Mercer, Leon   Medicare FFS   Address 14 Hollow Creek Dr, Elmo, MO [64445]',
    'Inpatient order 03/13 07:30 for elective open sciatic neurolysis ({64712}) — surgery done 03/13.',
    'UR review 03/13 15:00: discharge expected same day; does not meet two-midnight expectation.',
    'Attending concurred 03/13 15:42; patient notified (MOON given). Billed as outpatient, TOB 0131, CC 44.',
    'OP claim lines: 0360 OR with {64712}; 0370 anesthesia; 0636 drugs; 0762 observation G0378 x 6.',
    'Pro fee unchanged: {64712}-LT; the pre-op H&P falls in the global period and is not billed ({99222} voided).',
    'UR committee case [79183]; member ID on file [85590].',
  ].join('\n'),
});

// ── 20. Three-day payment window reconciliation, text ──
const threeDay = lines({
  id: 's51-3day',
  kind: 's51-three-day-payment-window-text',
  before: 'Pre-admission Services (3-day window) — Bundling Review — Patient Financial Services',
  text: [
    'Inpatient HAR [65036] admitted 03/08/2025. Outpatient accounts 03/05–03/07 at the same hospital:',
    '  HAR [65001] 03/05 — pre-op labs {80048}, {85610}, {85730}; chest X-ray {71046} → bundle (diagnostic)',
    '  HAR [65014] 03/06 — EMG/NCS {95886}, {95911} → bundle (related to admitting dx G57.22)',
    '  HAR [65022] 03/07 — podiatry clinic, plantar digital nerve destruction {64632} → unrelated? Review.',
    'Non-diagnostic services unrelated to the admission may be billed separately with condition code 51.',
    'Clinic chemodenervation {64612} on 02/20 is outside the window — stays on OP claim [65009].',
    'Total bundled charges $2,871.00 onto IP claim; OP claims [65001] and [65014] zeroed. PFS ext. [53272].',
  ].join('\n'),
});

// ── 21. Chargemaster look-up, table ──
const cdm = table({
  id: 's51-cdm',
  kind: 's51-chargemaster-lookup-rows',
  caption: 'Chargemaster Inquiry — Department 0360 Surgery — search "nerve"',
  headers: ['CDM #', 'Rev code', 'CPT/HCPCS', 'Description', 'Price', 'Eff. date'],
  rows: [
    ['[64612]', '0360', '{64712}', 'OR NEUROPLASTY SCIATIC NERVE', '$8,940.00', '01/01/2025'],
    ['[64613]', '0360', '{64714}', 'OR NEUROPLASTY LUMBAR PLEXUS', '$11,205.00', '01/01/2025'],
    ['[64620]', '0361', '{64632}', 'PROC DESTR PLANTAR DIGITAL NERVE', '$2,980.00', '01/01/2025'],
    ['[64638]', '0370', '{64445}', 'ANES BLOCK SCIATIC SINGLE INJ', '$1,410.00', '01/01/2025'],
    ['[64641]', '0510', '{64612}', 'CLINIC CHEMODENERV FACIAL NERVE', '$1,055.00', '07/01/2024'],
    ['[20449]', '0278', 'C1713', 'IMPLANT ANCHOR/SCREW', '$[12600].00', '01/01/2025'],
    ['[97467]', '0636', 'J0585', 'ONABOTULINUMTOXINA 1 UNIT', '$38.00', '01/01/2025'],
  ],
});

// ── 22. Encoder edit messages (MCE, NCCI), text ──
const encoderEdits = lines({
  id: 's51-edits',
  kind: 's51-encoder-edit-messages-text',
  before: 'Encoder — Edits — 3 warnings, 1 error',
  text: [
    'Account: HAR [65036]   Pt class IP   Grouper MS-DRG v42   Encoder session opened 03/12 09:31',
    'MCE: Procedure 01N90ZZ non-covered? No. Procedure inconsistent with LOS: 5A[09357] (<24 hrs) — OK.',
    'NCCI PTP (pro fee): column 1 {64714} / column 2 {64712} — modifier indicator 1; 59/XS allowed.',
    'NCCI PTP (pro fee): column 1 {64714} / column 2 {64445} — anesthesia by surgeon not separately payable.',
    'MUE: {64712} practitioner MUE 1, MAI 2; units billed 2 → error. Correct to 1 with LT.',
    'Outpatient (OCE) N/A for TOB 0111. Edit set [29832] version 42.0. Session [59059].',
  ].join('\n'),
});

// ── 23. Discharge summary coder highlights, text ──
const dischargeHighlights = lines({
  id: 's51-dchl',
  kind: 's51-discharge-summary-coder-highlights-text',
  before: 'Discharge Summary — highlighted by coder (yellow = dx, blue = procedure)',
  text: [
    'Hospital course: Patient underwent open left sciatic neurolysis (CPT {64712}) on 03/02 without complication.',
    'Regional: popliteal sciatic nerve block {64445} in PACU for analgesia. Post-op Hgb 7.9 → transfused 1 unit.',
    'Prior history: Morton neuroma excision, then chemical destruction of plantar digital nerve {64632} (2022).',
    'Blepharospasm, treated with botulinum toxin to facial-nerve muscles ({64612}) every 12 weeks.',
    'Follow-up: Dr. Okonkwo clinic, 1 Medical Park Rd, Suite 310, Columbia SC [29203], in 2 weeks.',
    'PT referral: outpatient, 2x/week. Home health not needed. Fax to PT: (803) 555-0119, order # [50558].',
  ].join('\n'),
});

// ── 24. Case-mix index report by service line, table ──
const cmiReport = table({
  id: 's51-cmi',
  kind: 's51-case-mix-index-report-rows',
  caption: 'Case Mix Index — Medicare — FY2025 YTD — by service line — HSA [10557]',
  headers: ['Service line', 'Discharges', 'Patient days', 'CMI', 'Top DRG', 'Top pro CPT', 'Net revenue'],
  rows: [
    ['Neurosurgery — peripheral', '212', '1,008', '2.1187', '041', '{64712}', '$4,102,650'],
    ['Neurosurgery — spine', '1,204', '4,381', '3.0542', '460', '{22633}', '$31,995,210'],
    ['Orthopedics — joints', '1,877', '4,690', '1.9911', '470', '{27447}', '$28,440,090'],
    ['Cardiology — interventional', '958', '3,120', '2.0873', '247', '{92928}', '$17,226,400'],
    ['All services', '[14836]', '[68240]', '1.7740', '871', '—', '$215,004,319'],
  ],
});

// ── 25. Anesthesia pro-fee abstract for an inpatient case, table ──
const anesAbstract = table({
  id: 's51-anes',
  kind: 's51-anesthesia-pro-fee-abstract-rows',
  caption: 'Anesthesia Billing Abstract — HAR [64712] — Prince Memorial — Anesthesia Associates of the Midlands',
  headers: ['Line', 'CPT', 'Mod', 'Start', 'Stop', 'Units / min', 'Provider'],
  rows: [
    ['1', '{01250}', 'QK', '07:42', '10:01', '139 min', 'Lindgren MD / Cho CRNA'],
    ['2', '{64445}', '59', '10:20', '10:32', '1', 'Lindgren MD'],
    ['3', '{76942}', '26', '10:20', '10:32', '1', 'Lindgren MD'],
    ['4', '{36620}', '', '07:50', '07:56', '1', 'Cho CRNA'],
    ['', 'Base units 4 + time 9.3', '', '', '', 'Conv. factor $53.18', 'Claim [75321]'],
  ],
});

// ── 26. Inpatient pain consult with plan, text ──
const painConsult = lines({
  id: 's51-painc',
  kind: 's51-inpatient-pain-consult-coding-text',
  before: 'Inpatient Consult — Acute Pain Service — billed as subsequent hospital care',
  text: [
    'Requested by Dr. Okonkwo for POD 1 pain after {64712}; current regimen hydromorphone PCA.',
    'Plan: continuous sciatic catheter ({64446}) rather than repeat single shot {64445}; US guided.',
    'If the catheter fails, consider lumbar plexus block {64449}. Daily management {01996}.',
    'E/M today: initial hospital {99223}; tomorrow {99232}. Room 5-214, bed B; callback [47978].',
    'Patient from Irmo, SC [29063]; family contact in Elmo, MO [64445] (no relation to the block).',
  ].join('\n'),
});

// ── 27. HAC / POA indicator review, table ──
const hacPoa = table({
  id: 's51-hacpoa',
  kind: 's51-hac-poa-indicator-review-rows',
  caption: 'HAC / POA Review — HAR [65350] — Quality Coding — reviewer ID [83741]',
  headers: ['Seq', 'Code', 'Description', 'POA', 'HAC category', 'Related procedure CPT'],
  rows: [
    ['PDX', 'G57.02', 'Lesion of sciatic nerve, L', 'Y', '—', '{64712}'],
    ['2', 'T81.49XA', 'Infection following a procedure', 'N', 'SSI (not on list)', '{64712}'],
    ['3', 'L89.153', 'Pressure ulcer sacral, stage 3', 'N', 'HAC 04', '{97597}'],
    ['4', 'T82.7XXA', 'Infection due to vascular device', 'N', 'CLABSI', '{36556}'],
    ['Proc', '[30233]N1', 'Transfusion nonautologous RBC', '—', '—', '{36430}'],
    ['', 'Quality flag batch', '[89860]', '', '', ''],
  ],
});

// ── 28. DRG downgrade denial letter from the payer, PDF text layer ──
const denialLetter = lines({
  id: 's51-denial',
  kind: 's51-drg-downgrade-denial-letter-text',
  before: 'Clinical Validation Review — Notice of DRG Adjustment — Palmetto Commercial Health Plan',
  text: [
    'Claim number [92323]-04   Member ID PCH[84293]   Provider TIN ••-•••4471   Our reference [46735]',
    'We reviewed the inpatient claim for dates of service 03/02/2025–03/06/2025. Billed MS-DRG 040; allowed MS-DRG 041.',
    'The record does not support acute blood loss anemia (D62). The procedure billed, CPT {64712} / PCS 01NF0ZZ, is not disputed.',
    'Sciatic block (CPT {64445}) and transfusion ([30233]N1) were considered. Payment adjusted by $3,118.40.',
    'To appeal, write within 60 days to PO Box [29209], Columbia, SC [29202]-9209 or fax (803) 555-0177.',
  ].join('\n'),
});

// ── 29. Hospital appeal letter, text ──
const appealLetter = lines({
  id: 's51-appeal',
  kind: 's51-drg-appeal-letter-text',
  before: 'Prince Memorial Hospital — Denials Management — First-Level Appeal',
  text: [
    'RE: Claim [92323]-04, HAR [64712], patient D. Halvorsen, Member PCH[84293].',
    'Following open neurolysis of the left sciatic nerve (CPT {64712}), hemoglobin fell from 13.1 to 7.9 g/dL.',
    'The anesthesiologist placed a sciatic block ({64445}); no anticoagulant was given. Transfusion ordered 03/03.',
    'Per Coding Clinic 3Q 2024, ABLA may be coded when the provider documents it and it is clinically supported.',
    'We request reinstatement of MS-DRG 040 and payment of $3,118.40. Appeal ID [38585]; contact ext. [31020].',
  ].join('\n'),
});

// ── 30. Observation hours calculator with procedure carve-outs, table ──
const obsHours = table({
  id: 's51-obshrs',
  kind: 's51-observation-hours-carve-out-rows',
  caption: 'Observation Hours Calculator — HAR [65418] — G0378 units = obs hours minus active-monitoring procedures',
  headers: ['Event', 'CPT / HCPCS', 'Start', 'End', 'Carve-out (h)', 'Running obs hours'],
  rows: [
    ['Obs order', 'G0378', '03/13 15:42', '', '', '0.0'],
    ['Sciatic block redo', '{64445}', '03/13 18:10', '03/13 18:40', '0.5', '2.0'],
    ['CT abd/pelvis w contrast', '{74177}', '03/13 21:00', '03/13 21:30', '0.5', '4.8'],
    ['Blood transfusion', '{36430}', '03/14 01:00', '03/14 04:15', '3.3', '6.0'],
    ['Discharge', '', '03/14 11:30', '', '', '13.6 → 14 units'],
    ['Reviewer', 'RN ID [54652]', '', '', 'Rev 0762', 'Account [65418]'],
  ],
});

// ── 31. Admission face sheet, key-value panel ──
const faceSheet = table({
  id: 's51-face',
  kind: 's51-admission-face-sheet-panel',
  caption:
    'Face Sheet — Inpatient Admission — Prince Memorial Hospital, 5 Richland Medical Park Dr, Columbia SC [29203]',
  headers: ['Item', 'Detail'],
  rows: [
    ['HAR / MRN', '[65311] / [80217]'],
    ['Patient', 'Rutledge, Carol A. — 418 Ebenezer Rd, Rock Hill, SC [29732]'],
    ['Guarantor', 'Rutledge, Thomas — same address — employer ZIP [28277]'],
    ['Primary insurance', 'Medicare Part A/B — MBI 2WQ4-FK8-RT66'],
    ['Secondary insurance', 'BCBS SC Medigap Plan G — group [31547], subscriber ZGX[70263]'],
    ['Admitting dx', 'G57.22 Lesion of femoral nerve, L; lumbar plexopathy'],
    ['Scheduled procedure', 'Decompression lumbar plexus, open ({64714}) — OR case [90612]'],
    ['Admitting physician', 'A. Okonkwo MD — office (803) 555-0146 ext. [20531]'],
    ['Room / bed', '5 West 5-221 A'],
    ['Emergency contact', 'Daughter, Fort Mill SC [29715], (803) 555-0198'],
  ],
});

// ── 32. Coder productivity and DNFB contribution report, table ──
const productivity = table({
  id: 's51-prod',
  kind: 's51-coder-productivity-report-rows',
  caption: 'HIM Coding Productivity — pay period ending 03/15/2025 — inpatient team — report ID [40613]',
  headers: ['Coder ID', 'Name', 'IP charts coded', 'Hours', 'Charts/hour', 'DNFB $ held', 'Accuracy'],
  rows: [
    ['[13674]', 'T. Mahlangu, CCS', '58', '72.0', '0.81', '$[84210]', '96.4%'],
    ['[13688]', 'R. Adeyemi, CCS', '64', '76.5', '0.84', '$[39905]', '95.1%'],
    ['[13702]', 'K. Sorensen, RHIT', '47', '70.0', '0.67', '$[91377]', '97.8%'],
    ['[13719]', 'P. Vance, CCS-P (pro fee)', '211 OP/pro', '75.0', '2.81', '$[12480]', '94.0%'],
    ['[13726]', 'J. Liu, CCDS-O', '39', '60.0', '0.65', '$[66013]', '98.2%'],
    ['Team', '', '[00419] total', '353.5', '', '', ''],
  ],
});

// ── 33. Inpatient claim remittance summary (835 by account), table ──
const ipRemit = table({
  id: 's51-ipremit',
  kind: 's51-inpatient-remit-drg-summary-rows',
  caption: 'Remittance Summary — Medicare Part A (Palmetto GBA JJ) — check/EFT [71805] — 03/28/2025',
  headers: ['Pat. cntl #', 'ICN', 'DRG', 'Billed', 'Paid', 'Outlier', 'CARC'],
  rows: [
    ['[64712]', '2125067403817', '041', '[58499].00', '[14836].52', '0.00', '—'],
    ['[65036]', '2125067403822', '029', '[98673].40', '[26118].05', '0.00', 'CO-45'],
    ['[65311]', '2125071188204', '029', '[47702].15', '[23104].77', '0.00', 'CO-45'],
    ['[65350]', '2125071188311', '041', '[61890].00', '[13977].19', '0.00', 'CO-45'],
    ['Totals', '4 claims', '', '266,764.55', '78,036.53', '', ''],
  ],
});

// ── 34. Account notes on a held inpatient account (billing system activity log), text ──
const holdNotes = lines({
  id: 's51-holdnotes',
  kind: 's51-held-account-activity-notes-text',
  before: 'Account Activity — HAR 65036 — Pruitt, Janelle — Status: DNFB (coding hold)',
  text: [
    '03/10 08:14  user [13674]  Hold CODING placed. Op note lists two procedures; query sent (Q-[64791]).',
    '03/10 08:20  user [13674]  Linked OP accounts [65001], [65014] for 3-day window review.',
    '03/11 16:02  user [20533]  Charge correction: CDM [64613] posted twice, credited 1 unit. Batch [77100].',
    '03/12 09:47  user [13674]  Query answered: only the lumbar plexus was released; pro fee to drop {64712}.',
    '03/12 09:55  system       DRG 029 final. Expected reimbursement $[26118].05. DNFB day 4 → released.',
    '03/12 10:30  user [20541]  Claim dropped to clearinghouse, file [83189]; TOB 0111; payer ID [12502].',
    '03/13 07:05  user [20533]  Guarantor address updated: 2219 Sunset Blvd, West Columbia, SC [29169]. Old ZIP [29170].',
    '03/14 11:40  user [20541]  Patient called re: balance; phone ext. [34018]; statement cycle [00314].',
  ].join('\n'),
});

export const sealed51: Snippet[] = [
  ...drgWorksheet,
  ...aprDrg,
  ...pcsBuilder,
  ...cdiTemplate,
  ...queryLog,
  ...worklist,
  ...abstract,
  ...ub04Out,
  ...obsReview,
  ...twoMidnight,
  ...ipoLookup,
  ...surgAbstract,
  ...coderSummary,
  ...dnfbAging,
  ...cdiInitial,
  ...queryInbox,
  ...proFeeRecon,
  ...audit,
  ...cc44,
  ...threeDay,
  ...cdm,
  ...encoderEdits,
  ...dischargeHighlights,
  ...cmiReport,
  ...anesAbstract,
  ...painConsult,
  ...hacPoa,
  ...denialLetter,
  ...appealLetter,
  ...obsHours,
  ...faceSheet,
  ...productivity,
  ...ipRemit,
  ...holdNotes,
];
