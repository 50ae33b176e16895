import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 36 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts, lib/page/scan.ts), never read a score of an earlier sealed set, and never ran the
 * detector on these snippets. Its page shapes (`kind`, prefixed `s36-`) appear in no other corpus file. Score it once;
 * do not edit a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, member, chart, case and episode ids, registry sequence numbers, counts, raw amounts and NDC labeller codes.
 * LOINC codes (`17856-6`), RxNorm ingredient codes and Schematron conformance numbers sit in code-system columns and
 * XML beside CPT codes and are labelled as what they are: not CPT codes.
 *
 * Family: value-based care, quality and population health: HEDIS and MIPS/eCQM measure specifications with their
 * value sets, numerator/denominator and exclusion text, QRDA I and III submission reviews, care-gap worklists and
 * member outreach letters, MSSP ACO reports and CCLF claim lines, CMS-HCC risk-adjustment worksheets and coder notes,
 * BPCI Advanced trigger lists, episode spend and reconciliation reports, spine, pain and peripheral nerve registry
 * abstraction forms, case lists and data dictionaries, payer scorecards and provider report cards, value-based
 * contract exhibits and population-health dashboards.
 * Built on real public layouts: the NCQA HEDIS Value Set Directory (value set name and OID, code, definition, code
 * system, version, code system OID) and Medication List Directory, the HEDIS Volume 2 measure write-up (description,
 * eligible population, required exclusions, numerator), the CMS MIPS CQM measure specification (Quality ID 459:
 * instructions, denominator CPT list, exclusions, numerator), a QCDR measure specification, the VSAC value set
 * expansion export, QRDA Category I Schematron validation output and QRDA Category III XML, the MSSP performance year
 * reconciliation report and the CCLF5 Part B claim line fields, the BPCI Advanced clinical episode list with its
 * outpatient HCPCS triggers and its reconciliation report, and the NeuroPoint QOD lumbar module abstraction form. The
 * others are written the way those pages read, with no single source.
 *
 * 360 labelled tokens over 34 shapes: 155 codes, 205 decoys, 67 of the decoys in KNOWN_10K.
 */

// ── 1. HEDIS Value Set Directory rows (COL-E), table ──
const vsd = table({
  id: 's36-vsd',
  kind: 's36-hedis-value-set-directory-rows',
  caption:
    'HEDIS MY 2025 Value Set Directory — Measure: Colorectal Cancer Screening (COL-E) — value sets used by the measure',
  headers: [
    'Value Set Name',
    'Value Set OID',
    'Code',
    'Definition',
    'Code System',
    'Code System Version',
    'Code System OID',
  ],
  rows: [
    [
      'Colonoscopy',
      '2.16.840.1.113883.3.464.1004.1058',
      '{45378}',
      'Colonoscopy, flexible; diagnostic, including collection of specimen(s) by brushing or washing, when performed',
      'CPT',
      '2025',
      '2.16.840.1.113883.6.12',
    ],
    [
      'Colonoscopy',
      '2.16.840.1.113883.3.464.1004.1058',
      '{45380}',
      'Colonoscopy, flexible; with biopsy, single or multiple',
      'CPT',
      '2025',
      '2.16.840.1.113883.6.12',
    ],
    [
      'Colonoscopy',
      '2.16.840.1.113883.3.464.1004.1058',
      '73761001',
      'Colonoscopy (procedure)',
      'SNOMEDCT',
      '2024-09',
      '2.16.840.1.113883.6.96',
    ],
    [
      'FOBT Lab Test',
      '2.16.840.1.113883.3.464.1004.1080',
      '[27396]-1',
      'Hemoglobin.gastrointestinal [Presence] in Stool by Immunologic method',
      'LOINC',
      '2.78',
      '2.16.840.1.113883.6.1',
    ],
    [
      'FOBT Lab Test',
      '2.16.840.1.113883.3.464.1004.1080',
      '[29771]-3',
      'Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay',
      'LOINC',
      '2.78',
      '2.16.840.1.113883.6.1',
    ],
    [
      'FOBT Lab Test',
      '2.16.840.1.113883.3.464.1004.1080',
      '[57905]-2',
      'Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay --1st specimen',
      'LOINC',
      '2.78',
      '2.16.840.1.113883.6.1',
    ],
    [
      'FOBT Lab Test',
      '2.16.840.1.113883.3.464.1004.1080',
      '[12503]-9',
      'Hemoglobin.gastrointestinal [Presence] in Stool --4th specimen',
      'LOINC',
      '2.78',
      '2.16.840.1.113883.6.1',
    ],
    [
      'FOBT Lab Test',
      '2.16.840.1.113883.3.464.1004.1080',
      '{82274}',
      'Blood, occult, by fecal hemoglobin determination by immunoassay, qualitative, feces, 1-3 simultaneous determinations',
      'CPT',
      '2025',
      '2.16.840.1.113883.6.12',
    ],
    [
      'sFIT-DNA Lab Test',
      '2.16.840.1.113883.3.464.1004.2523',
      '{81528}',
      'Oncology (colorectal) screening, quantitative real-time target and signal amplification of 10 DNA markers',
      'CPT',
      '2025',
      '2.16.840.1.113883.6.12',
    ],
    [
      'sFIT-DNA Lab Test',
      '2.16.840.1.113883.3.464.1004.2523',
      '[77353]-1',
      'Noninvasive colorectal cancer DNA and occult blood screening [Interpretation] in Stool Narrative',
      'LOINC',
      '2.78',
      '2.16.840.1.113883.6.1',
    ],
    [
      'CT Colonography',
      '2.16.840.1.113883.3.464.1004.1038',
      '{74263}',
      'Computed tomographic (CT) colonography, screening, including image postprocessing',
      'CPT',
      '2025',
      '2.16.840.1.113883.6.12',
    ],
  ],
});

// ── 2. HEDIS Volume 2 measure write-up, text ──
const hedisSpec = lines({
  id: 's36-hedisspec',
  kind: 's36-hedis-measure-spec-exclusion-text',
  before: 'HEDIS MY 2025 Volume 2 — Colorectal Cancer Screening (COL-E)',
  text: [
    'Description: The percentage of members 45–75 years of age who had appropriate screening for colorectal cancer.',
    'Eligible population — Product lines: Commercial, Medicaid, Medicare. Continuous enrollment: the measurement year and the year prior.',
    'Required exclusions: members who had colorectal cancer (Colorectal Cancer Value Set) or a total colectomy (Total Colectomy Value Set; e.g., {44150}) any time during the member’s history through December 31 of the measurement year.',
    'Members in hospice or using hospice services (Hospice Encounter Value Set; Hospice Intervention Value Set) any time during the measurement period.',
    'Numerator: one or more screenings — fecal occult blood test during the measurement period; flexible sigmoidoscopy ({45330}–{45350}) during the measurement period or the four years prior; colonoscopy during the measurement period or the nine years prior.',
    'CT colonography ({74263}) during the measurement period or the four years prior; sFIT-DNA during the measurement period or the two years prior.',
    'Do not count digital rectal exams (DRE), FOBT tests performed in an office setting or performed on a sample collected via DRE.',
    'Note: a result is not required if the documentation is clearly part of the member’s medical history; an FOBT recorded with LOINC [27396]-1 or [58453]-2 and a date meets the criterion.',
    'Questions: NCQA Policy Clarification Support (PCS) system. NCQA, 1100 13th Street NW, Third Floor, Washington, DC [20005].',
    '© 2024 National Committee for Quality Assurance. HEDIS® is a registered trademark of NCQA. Page 57 of 412.',
  ].join('\n'),
});

// ── 3. MIPS CQM measure specification, Quality ID 459, text ──
const mips459 = lines({
  id: 's36-mips459',
  kind: 's36-mips-cqm-measure-spec-denominator-text',
  before:
    'Quality ID #459: Average Change in Back Pain Following Lumbar Discectomy and/or Laminotomy — 2025 COLLECTION TYPE: MIPS CLINICAL QUALITY MEASURES (CQMS)',
  text: [
    'MEASURE TYPE: Patient-Reported Outcome-Based Performance Measure — High Priority',
    'DESCRIPTION: The average change (preoperative to three months postoperative) in back pain for patients 18 years of age or older who had a lumbar discectomy/laminotomy procedure.',
    'INSTRUCTIONS: This measure is to be submitted each time a lumbar discectomy/laminotomy procedure is performed during the denominator identification period (10/01/2024 – 09/30/2025).',
    'DENOMINATOR: Patients 18 years of age or older on date of procedure AND Patient procedure during the denominator identification period (CPT): {63030}, {63042}, {63047}',
    'AND NOT DENOMINATOR EXCLUSION: Patient had cancer, acute fracture or infection related to the lumbar spine OR patient had neuromuscular, idiopathic or congenital lumbar scoliosis',
    'OR Patient had any additional spine procedures performed on the same date as the lumbar discectomy/laminotomy (e.g., a fusion)',
    'NUMERATOR: The average change in back pain from pre-operative to three months (6 to 20 weeks) postoperative, using the Visual Analog Scale (VAS) or Numeric Pain Scale (NPS).',
    'Note: a peripheral nerve procedure reported on the same date — e.g., {64712} neurolysis of the sciatic nerve or an injection such as {64445} — neither makes the patient eligible nor excludes the patient.',
    'Measure steward: Minnesota Community Measurement, 3433 Broadway St NE, Suite 455, Minneapolis, MN [55413].',
    'Version 9.0 — November 2024 — Page 4 of 11 — CPT only copyright 2024 American Medical Association.',
  ].join('\n'),
});

// ── 4. QCDR measure specification for a peripheral nerve block measure, text ──
const qcdr = lines({
  id: 's36-qcdr',
  kind: 's36-qcdr-nerve-block-measure-spec',
  before: 'QCDR Measure Specification — 2025 Performance Period',
  text: [
    'QCDR Measure ID: PAIN-14   Measure Title: Pain Reassessment After Diagnostic Peripheral Nerve Block',
    'Measure Type: Process   High Priority: No   Meaningful Measure Area: Management of Chronic Conditions',
    'Description: Percentage of patients aged 18 and older receiving a diagnostic peripheral nerve block whose pain score was reassessed 15 to 60 minutes after the injection.',
    'Denominator: all patients with one of the following on the claim or in the procedure log: {64445} (sciatic nerve, single injection), {64632} (plantar common digital nerve, neurolytic agent).',
    'Denominator exclusions: blocks performed solely for postoperative analgesia during a surgical case (anesthesia codes {01400}–{01464} on the same date); patient unable to communicate a pain score.',
    'Numerator: documented NRS or VAS pain score within the reassessment window (registry element [40231], "Post-block NRS").',
    'Benchmark: 2023 registry data, 212 clinicians, [14380] eligible cases, mean performance 71.4 %.',
    'Registry support desk: 1-877-555-0126 ext. [40118].',
  ].join('\n'),
});

// ── 5. VSAC value set expansion export (CMS122), table ──
const vsac = table({
  id: 's36-vsac',
  kind: 's36-ecqm-vsac-expansion-export',
  caption:
    'VSAC Value Set Expansion — CMS122v13 Diabetes: Glycemic Status Assessment Greater Than 9% — Expansion: eCQM Update 2025-05-08',
  headers: ['Value Set Name', 'OID', 'Code', 'Descriptor', 'Code System', 'Version'],
  rows: [
    [
      'Office Visit',
      '2.16.840.1.113883.3.464.1003.101.12.1001',
      '{99202}',
      'Office or other outpatient visit for the evaluation and management of a new patient, straightforward MDM',
      'CPT',
      '2025',
    ],
    [
      'Preventive Care Services Established Office Visit, 18 and Up',
      '2.16.840.1.113883.3.464.1003.101.12.1025',
      '{99396}',
      'Periodic comprehensive preventive medicine reevaluation and management, established patient; 40-64 years',
      'CPT',
      '2025',
    ],
    [
      'Telephone Visits',
      '2.16.840.1.113883.3.464.1003.101.12.1080',
      '{98966}',
      'Telephone assessment and management service provided by a qualified nonphysician health care professional; 5-10 minutes',
      'CPT',
      '2025',
    ],
    [
      'Online Assessments',
      '2.16.840.1.113883.3.464.1003.101.12.1089',
      '{99421}',
      'Online digital evaluation and management service, for an established patient, for up to 7 days; 5-10 minutes',
      'CPT',
      '2025',
    ],
    [
      'Annual Wellness Visit',
      '2.16.840.1.113883.3.526.3.1240',
      'G0438',
      'Annual wellness visit; initial',
      'HCPCS',
      '2025',
    ],
    [
      'HbA1c Laboratory Test',
      '2.16.840.1.113883.3.464.1003.198.12.1013',
      '4548-4',
      'Hemoglobin A1c/Hemoglobin.total in Blood',
      'LOINC',
      '2.78',
    ],
    [
      'HbA1c Laboratory Test',
      '2.16.840.1.113883.3.464.1003.198.12.1013',
      '[17855]-8',
      'Hemoglobin A1c/Hemoglobin.total in Blood by calculation',
      'LOINC',
      '2.78',
    ],
    [
      'HbA1c Laboratory Test',
      '2.16.840.1.113883.3.464.1003.198.12.1013',
      '[17856]-6',
      'Hemoglobin A1c/Hemoglobin.total in Blood by HPLC',
      'LOINC',
      '2.78',
    ],
    [
      'HbA1c Laboratory Test',
      '2.16.840.1.113883.3.464.1003.198.12.1013',
      '[96595]-4',
      'Hemoglobin A1c/Hemoglobin.total in DBS',
      'LOINC',
      '2.78',
    ],
    [
      'Diabetes',
      '2.16.840.1.113883.3.464.1003.103.12.1001',
      '44054006',
      'Diabetes mellitus type 2 (disorder)',
      'SNOMEDCT',
      '2024-09',
    ],
  ],
});

// ── 6. QRDA Category I pre-submission validation output, text ──
const qrda1 = lines({
  id: 's36-qrda1',
  kind: 's36-qrda-cat1-validation-report',
  before: 'QRDA Category I Validation — pre-submission check — File: PT_000418_CMS122_CMS165.xml',
  text: [
    'Result: 2 errors, 3 warnings — Schematron: HL7 QRDA I STU 5.3 with CMS 2025 Implementation Guide',
    'ERROR  CONF:4444-[28697]  SHALL contain exactly one [1..1] @code in the Encounter Performed template — line 412',
    'ERROR  CONF:1198-[14838]  effectiveTime/low SHALL be present — Procedure Performed (V5) — line 588',
    'WARNING  Code {99214} (CPT, 2.16.840.1.113883.6.12) found in Encounter Performed; value set 2.16.840.1.113883.3.464.1003.101.12.1001 matched.',
    'WARNING  <code code="{64612}" codeSystem="2.16.840.1.113883.6.12"/> in Procedure Performed is not in any value set used by the measures declared in this file.',
    '  <id root="1.3.6.1.4.1.115" extension="[48117]"/>  (encounter id assigned by the EHR)',
    '  <value xsi:type="CD" code="[17856]-6" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC"/>',
    'WARNING  <code code="{83036}" codeSystem="2.16.840.1.113883.6.12" codeSystemName="CPT"/> — HbA1c test billed, result element missing',
    'INFO  Patient address postalCode [64118], birthTime 19580312; Medicare number masked.',
    'INFO  Submission batch [30417] of 6 — 1,204 patient files validated.',
  ].join('\n'),
});

// ── 7. QRDA Category III aggregate XML with reviewer notes, text ──
const qrda3 = lines({
  id: 's36-qrda3',
  kind: 's36-qrda-cat3-aggregate-xml-review',
  before: 'QRDA Category III submission preview — TIN level — Performance Period 2025-01-01 to 2025-12-31',
  text: [
    '<externalDocument classCode="DOC" moodCode="EVN"><id root="2.16.840.1.113883.4.738" extension="CMS122v13"/>',
    '  <!-- Initial Population -->  <value xsi:type="INT" value="[18204]"/>',
    '  <!-- Denominator -->  <value xsi:type="INT" value="[17761]"/>',
    '  <!-- Denominator Exclusions -->  <value xsi:type="INT" value="1392"/>',
    '  <!-- Numerator -->  <value xsi:type="INT" value="2218"/>',
    '  <!-- Payer stratum: Medicare -->  <value xsi:type="INT" value="[10564]"/>',
    '  <representedOrganization><id root="2.16.840.1.113883.4.2" extension="471088230"/><addr><postalCode>[64131]</postalCode></addr>',
    'Reviewer note: an Initial Population of [18204] is consistent with the qualifying office visits ({99212}–{99215}) in the EHR volume report.',
    'Reviewer note: remove procedure-only visits ({64445}, {64612}) from the encounter feed; they were never in the CMS122 value sets.',
  ].join('\n'),
});

// ── 8. Care-gap outreach worklist, table ──
const gapList = table({
  id: 's36-gaplist',
  kind: 's36-care-gap-outreach-worklist',
  caption: 'Open Care Gaps — Outreach Worklist — Northland Primary Care Partners — run 11/03/2025',
  headers: [
    'Patient',
    'Member ID',
    'Measure',
    'Last qualifying service',
    'Last CPT',
    'Gap status',
    'Home ZIP',
    'Outreach',
  ],
  rows: [
    [
      'Alvarez, Rosa',
      'NPC-[30417]',
      'COL-E',
      '06/14/2014 colonoscopy',
      '{45378}',
      'Open — due since 01/01/2025',
      '[64118]',
      'Call 1 — left VM',
    ],
    [
      'Benton, Carl',
      'NPC-[22860]',
      'BCS-E',
      '09/30/2022 screening mammogram',
      '{77067}',
      'Open',
      '[64151]',
      'Letter sent',
    ],
    [
      'Chu, May',
      'NPC-[41875]',
      'CBP',
      '10/02/2025 office visit',
      '{99214}',
      'Open — last BP 148/92',
      '[64116]',
      'Schedule nurse BP check',
    ],
    [
      'Dawson, Lee',
      'NPC-[19046]',
      'GSD',
      '08/19/2025 HbA1c 9.4 %',
      '{83036}',
      'Open — poor control',
      '[64155]',
      'Refer to diabetes educator',
    ],
    ['Ellis, Fay', 'NPC-[55201]', 'COL-E', '03/11/2025 FIT', '{82274}', 'Closed', '[64119]', '—'],
    ['Ford, Ned', 'NPC-[64712]', 'AWV', '11/20/2024 AWV', 'G0439', 'Due 11/20/2025', '[64158]', 'Portal message'],
  ],
});

// ── 9. Member care-gap reminder letter, text ──
const gapLetter = lines({
  id: 's36-gapletter',
  kind: 's36-care-gap-member-reminder-letter',
  before: 'Heartland Health Plan — Important reminder about your health',
  text: [
    'Heartland Health Plan · P.O. Box [64712] · Kansas City, MO [64171]',
    'Frances Whitaker · 812 Elm Ridge Dr · Liberty, MO [64068]',
    'Member ID: HHP-[41302]-07   Plan: Heartland Medicare Advantage HMO',
    'Dear Frances, our records show you may be due for a mammogram. Screening mammograms are covered at no cost to you.',
    'Call Imaging Scheduling at 816-555-0163 or book online. Bring this letter with you.',
    'For your doctor’s office: screening mammography is reported with CPT {77067}; if it was already done, please send the report or a claim with the date of service to close the gap.',
    'If you recently had a colonoscopy ({45378}) or a stool DNA test such as Cologuard ({81528}), your doctor can send us the results too.',
    'Gap reference: BCS-E-2025-[55740]. This letter is not a bill.',
  ].join('\n'),
});

// ── 10. MSSP ACO performance year summary, text ──
const mssp = lines({
  id: 's36-mssp',
  kind: 's36-mssp-aco-performance-summary',
  before: 'Medicare Shared Savings Program — Performance Year 2024 Financial Reconciliation and Quality Report',
  text: [
    'ACO ID: A4417   ACO Name: Prairie Physicians ACO, LLC   Track: ENHANCED   Agreement start: 01/01/2022',
    'Total assigned beneficiaries: [31046]   Person-years: 29,118.4   Updated benchmark per capita: $13,402.61',
    'Total expenditures: $389,211,004   Savings rate: 3.1 %   Minimum savings rate: 2.0 %   ACO participant TINs: 38',
    'Quality: health equity adjusted quality performance score 81.2; APP measure set: Quality ID 001, 134, 236, CAHPS for MIPS, 479 (HWR), 484 (MCC).',
    'Annual Wellness Visit rate (G0438/G0439): 54.7 %; advance care planning ({99497}) billed for [11394] assigned beneficiaries.',
    'Top procedures by Part B spend among assigned beneficiaries: {27447} total knee arthroplasty, {66984} cataract removal, {64483} transforaminal epidural injection.',
    'Transitional care management ({99495}) billed after 41 % of eligible discharges (national ACO mean 37 %).',
    'Report ID: PY2024-RECON-[20167]   CMS, 7500 Security Blvd, Baltimore, MD [21244]',
  ].join('\n'),
});

// ── 11. ACO claim line drill-down from CCLF5 (Part B physician), table ──
const cclf = table({
  id: 's36-cclf',
  kind: 's36-aco-cclf5-partb-claim-lines',
  caption: 'Claim Line Detail (CCLF5 Part B Physician) — ACO A4417 — beneficiary drill-down',
  headers: [
    'CUR_CLM_UNIQ_ID',
    'CLM_LINE_NUM',
    'CLM_FROM_DT',
    'CLM_LINE_HCPCS_CD',
    'HCPCS_1_MDFR_CD',
    'RNDRG_PRVDR_NPI_NUM',
    'CLM_POS_CD',
    'CLM_LINE_CVRD_PD_AMT',
    'BENE_ZIP_CD (CCLF8)',
  ],
  rows: [
    ['1004412873301', '1', '2025-02-11', '{64445}', 'RT', '1649382710', '22', '88.41', '[64745]'],
    ['1004413009217', '1', '2025-03-04', '{64712}', 'LT', '1235519048', '22', '712.88', '[64730]'],
    ['1004413009217', '2', '2025-03-04', '{64714}', '', '1235519048', '22', '0.00', '[64730]'],
    ['1004415187460', '1', '2025-04-22', '{99214}', '25', '1871042236', '11', '97.55', '[64772]'],
    ['1004415187460', '2', '2025-04-22', '{64612}', 'RT', '1871042236', '11', '146.20', '[64772]'],
    ['1004415187460', '3', '2025-04-22', 'J0585', '', '1871042236', '11', '612.00', '[64772]'],
    ['1004417764102', '1', '2025-06-09', '{64632}', 'RT', '1902871145', '11', '118.32', '[64701]'],
  ],
});

// ── 12. CMS-HCC risk adjustment worksheet, table ──
const raf = table({
  id: 's36-raf',
  kind: 's36-hcc-raf-suspect-worksheet',
  caption: 'Risk Adjustment Worksheet — CMS-HCC V28 — Member: Delgado, Ruth — MBI 4TE7-Q21-MK83 — Chart ID [70534]',
  headers: [
    'HCC (V28)',
    'Description',
    'ICD-10-CM',
    'Coefficient',
    'DOS',
    'Encounter CPT',
    'RA-eligible?',
    'Encounter #',
  ],
  rows: [
    [
      '37',
      'Diabetes with Chronic Complications',
      'E11.42',
      '0.166',
      '03/18/2025',
      '{99214}',
      'Yes — face-to-face',
      '[44320]',
    ],
    ['226', 'Heart Failure, Except End-Stage and Acute', 'I50.32', '0.360', '05/02/2025', '{99215}', 'Yes', '[45037]'],
    ['280', 'Chronic Obstructive Pulmonary Disease', 'J44.9', '0.319', '05/02/2025', '{99215}', 'Yes', '[45037]'],
    ['48', 'Morbid Obesity', 'E66.01', '0.186', '07/09/2025', '{98012}', 'No — audio-only', '[46145]'],
    [
      '—',
      'Lesion of sciatic nerve, left lower limb',
      'G57.02',
      '—',
      '08/12/2025',
      '{64712}',
      'Surgical encounter (acceptable) — diagnosis not in V28 payment model',
      '[46902]',
    ],
    ['—', 'Total RAF (demographic + disease)', '', '1.392', '', '', '', 'Worksheet RA-[41102]'],
  ],
});

// ── 13. Risk adjustment chart review coder notes, text ──
const raNotes = lines({
  id: 's36-ranotes',
  kind: 's36-risk-adjustment-coder-review-notes',
  before: 'RADV-style chart validation — coder notes — sample batch MA-2025-Q3',
  text: [
    'Chart [70534] · Delgado, Ruth · PCP: Anil Varma, MD · Reviewer: K. Osei, CRC',
    '03/18/2025 — {99214}, in person, signed by MD with credentials: acceptable source for E11.42. Supports HCC 37.',
    '05/02/2025 — {99215}; spirometry the same day is a diagnostic test and not an acceptable source on its own, but the E/M note supports J44.9.',
    '07/09/2025 — {98012} audio-only; not acceptable for MA risk adjustment. Recapture E66.01 at the next face-to-face visit (BMI 41.3 documented).',
    '08/12/2025 — op note for {64712} (open neurolysis, sciatic nerve, left): acceptable provider type and face-to-face, but G57.02 does not map to a payment HCC.',
    '08/12/2025 — anesthesia record lists a popliteal-sciatic block {64445} by the anesthesiologist and anesthesia base code {01250}.',
    'Lab feed: A1c 8.1 % (LOINC 4548-4, accession [55124]) — labs are not acceptable RA sources; informational only.',
    'Dx not supported: I50.32 on the 05/02 problem list only, no MEAT; query sent to provider, query ID Q-[33194].',
  ].join('\n'),
});

// ── 14. BPCI Advanced clinical episodes and outpatient triggers, table ──
const bpciTriggers = table({
  id: 's36-bpcitrig',
  kind: 's36-bpci-advanced-episode-trigger-list',
  caption:
    'BPCI Advanced Model Year 7 — Clinical Episode Categories and Triggers (outpatient episodes are triggered by a HCPCS code on an OPPS claim)',
  headers: [
    'Clinical Episode Service Line Group',
    'Clinical Episode Category',
    'Setting',
    'Trigger codes',
    'National episodes (baseline)',
  ],
  rows: [
    ['Spinal Procedures', 'Back & Neck except Spinal Fusion', 'Outpatient', '{63030}, {63047}', '[41817]'],
    ['Spinal Procedures', 'Back & Neck except Spinal Fusion', 'Inpatient', 'MS-DRG 518, 519, 520', '[12168]'],
    ['Spinal Procedures', 'Spinal Fusion', 'Outpatient', '{22551}', '9,404'],
    ['Orthopedics', 'Major Joint Replacement of the Lower Extremity', 'Outpatient', '{27447}, {27130}', '[88157]'],
    [
      'Orthopedics',
      'Major Joint Replacement of the Lower Extremity',
      'Inpatient',
      'MS-DRG 469, 470, 521, 522',
      '[73424]',
    ],
    ['Cardiac Care', 'Percutaneous Coronary Intervention', 'Outpatient', '{92928}, C9600', '[38577]'],
    [
      'Participant note',
      'Peripheral nerve surgery ({64712}, {64714})',
      'Not a Clinical Episode',
      '—',
      'services during an open episode group into it',
    ],
  ],
});

// ── 15. BPCI Advanced episode spend detail, raw export without thousands separators, table ──
const bpciSpend = table({
  id: 's36-bpcispend',
  kind: 's36-bpci-episode-spend-detail-export',
  caption:
    'BPCI Advanced — Episode Spend Detail — Episode Initiator: Riverbend Orthopaedic Group (BPID 2718-0003) — Performance Period 2025-1',
  headers: [
    'EPISODE_ID',
    'BENE_MBI',
    'CEC',
    'ANCHOR_TRIGGER',
    'ANCHOR_START',
    'POST_ANCHOR_90D_SPEND',
    'TARGET_PRICE',
    'VARIANCE',
  ],
  rows: [
    ['[50782]', '1EG4TE5MK72', 'MJRLE-OP', '{27447}', '2025-01-14', '9412.07', '[21880].00', '-1204.18'],
    ['[50783]', '2FR7KL1QA19', 'MJRLE-OP', '{27130}', '2025-01-22', '[11077].40', '[21880].00', '2341.55'],
    ['[50811]', '7HD2XP4NN30', 'BNXSF-OP', '{63047}', '2025-02-03', '6210.92', '[14906].00', '-3018.64'],
    ['[50846]', '3KM9WE2RT58', 'SF-OP', '{22551}', '2025-02-19', '[33650].11', '[29470].00', '4180.11'],
    ['[50903]', '5NW1CC8PL04', 'MJRLE-OP', '{27447}', '2025-03-06', '[24118].64', '[21880].00', '2238.64'],
  ],
});

// ── 16. BPCI Advanced reconciliation report summary, text ──
const bpciRecon = lines({
  id: 's36-bpcirecon',
  kind: 's36-bpci-reconciliation-report-text',
  before: 'BPCI Advanced Reconciliation Report — Performance Period 2024-B — Summary',
  text: [
    'Participant: Riverbend Orthopaedic Group, P.C. · BPID 2718-0003 · TIN 43-1902884 · 4400 Blue Ridge Blvd, Kansas City, MO [64133]',
    'Clinical Episodes reconciled: 412 (MJRLE outpatient 266, Back & Neck except Spinal Fusion outpatient 98, Spinal Fusion 48).',
    'Net Payment Reconciliation Amount (NPRA): $143,220.18 (positive). Stop-gain limit applied: no.',
    'Episodes triggered by {27447} accounted for 61.2 % of episode spend; {27130} for 22.4 %; laminectomy ({63047}) for 9.8 %.',
    'Exclusions applied: 14 episodes with a readmission for MS-DRG 853; 6 episodes where the beneficiary died; 3 with ESRD.',
    'Post-anchor professional services most often grouped into MJRLE episodes: {64447} (femoral or adductor canal block) and {64445} (sciatic block).',
    'Reconciliation ID: RCN-24B-[36111]. A Notice of Calculation Error must reach the Model Team within 45 days; reference case [12472].',
    'Repayments: CMS — BPCI Advanced, P.O. Box [17309], Baltimore, MD [21298].',
  ].join('\n'),
});

// ── 17. Spine registry lumbar abstraction form, text ──
const qod = lines({
  id: 's36-qod',
  kind: 's36-spine-registry-lumbar-abstraction-form',
  before: 'Quality Outcomes Database (QOD) — Lumbar Spine Module — Surgical Abstraction Form',
  text: [
    'Site ID: [10417]   Site name: Midlands Neurosurgical Associates   Abstractor: T. Nguyen, RN',
    'Patient registry ID: QOD-L-[40716]   Date of surgery: 04/08/2025   Age: 58   Sex: F   ZIP (first 3): 641',
    'Surgeon ID: [20863]   Hospital: St. Luke’s East — CCN 260138',
    'Procedure(s) performed (check all): ☑ Laminectomy/decompression  ☐ Discectomy  ☑ Fusion',
    'CPT codes for index procedure: {63047}, +{63048}, {22633}, +{22634}',
    'Levels: L4–L5, L5–S1   Approach: posterior   Interbody device: yes (lot [55994]-B)',
    'Concurrent non-spine procedure, same anesthetic: ☑ yes — {64714} (lumbar plexus neurolysis) by plastic surgery; do not enter it in the index CPT field.',
    'Baseline PROs: ODI 46   NRS back 7   NRS leg 8   EQ-5D-3L 0.59   Collected 03/27/2025 via portal (survey id [31390])',
    'Readmission within 90 days: ☐ yes ☑ no   Return to OR: ☐ yes ☑ no   Discharge to: home',
    'Abstraction verified by site PI (NPI 1508862231); record locked 07/15/2025; QOD case number [47173].',
  ].join('\n'),
});

// ── 18. Interventional pain registry procedure record, key-value panel ──
const painRec = table({
  id: 's36-painrec',
  kind: 's36-pain-registry-procedure-panel',
  caption: 'Interventional Pain Registry — Procedure Record (key-value view)',
  headers: ['Field', 'Value'],
  rows: [
    ['Registry patient ID', 'IPR-[63211]'],
    ['Facility ZIP', '[66204]'],
    ['Procedure date', '09/23/2025'],
    ['Primary procedure (CPT)', '{64632}'],
    ['Diagnostic block (CPT)', '{64445} — performed the week before; enter as a separate record'],
    ['Laterality', 'Right'],
    ['Neurolytic agent', 'Ethanol 50 %, 1.5 mL; lot [29183]'],
    ['Image guidance', 'Ultrasound ({76942}) — yes'],
    ['Pre-procedure NRS', '7'],
    ['Post-procedure NRS (30 min)', '2'],
    ['Follow-up visit', '10/21/2025, office visit'],
    ['Prior procedures, same site', '{64632} × 2 (2024-11, 2025-03)'],
    ['Record number', '[44698]'],
  ],
});

// ── 19. Peripheral nerve surgery registry site case list, table ──
const nerveCases = table({
  id: 's36-nervecases',
  kind: 's36-nerve-surgery-registry-case-list',
  caption: 'Peripheral Nerve Surgery Registry — Site Case List — Q2 2025 — exported for data-quality review',
  headers: ['Case #', 'Surgery date', 'Procedure', 'CPT', 'Side', '3-mo PRO complete', 'Data flags'],
  rows: [
    ['[22075]', '04/02/2025', 'Open neurolysis, sciatic nerve', '{64712}', 'L', 'Yes', '—'],
    [
      '[22076]',
      '04/09/2025',
      'Lumbar plexus neurolysis/decompression',
      '{64714}',
      'R',
      'No — window closes 07/31',
      'PRO overdue',
    ],
    ['[22091]', '04/17/2025', 'Carpal tunnel release (open)', '{64721}', 'R', 'Yes', '—'],
    [
      '[22104]',
      '05/06/2025',
      'Ulnar nerve transposition at elbow',
      '{64718}',
      'L',
      'Yes',
      'Missing baseline QuickDASH',
    ],
    [
      '[22117]',
      '05/20/2025',
      'Facial nerve chemodenervation (clinic)',
      '{64612}',
      'R',
      'n/a',
      'Not a registry procedure — remove',
    ],
    ['[22130]', '06/03/2025', 'Decompression, plantar digital nerve', '{64726}', 'L', 'Yes', '—'],
    ['[22131]', '06/03/2025', 'Sciatic neurolysis, redo', '{64712}', 'L', 'Pending', 'Duplicate of case [22075]?'],
  ],
});

// ── 20. Payer quality scorecard grid, table ──
const scorecard = table({
  id: 's36-scorecard',
  kind: 's36-payer-quality-scorecard-grid',
  caption:
    'Provider Quality Scorecard — Blue Valley Health Plan — Measurement Year 2025 (claims through 09/30/2025) — Group: Metro Family Medicine, TIN ***4471',
  headers: ['Measure', 'Numerator', 'Denominator', 'Your rate', 'Plan 75th pct', 'Status', 'Codes that close the gap'],
  rows: [
    ['Breast Cancer Screening (BCS-E)', '612', '811', '75.5 %', '78.0 %', 'Below', '{77067}'],
    ['Colorectal Cancer Screening (COL-E)', '1,004', '1,498', '67.0 %', '71.2 %', 'Below', '{45378}, {82274}'],
    [
      'Controlling High Blood Pressure (CBP)',
      '702',
      '955',
      '73.5 %',
      '70.1 %',
      'Met',
      'CPT II 3074F/3075F with 3078F/3079F',
    ],
    [
      'Glycemic Status Assessment > 9 % (GSD, inverse)',
      '88',
      '620',
      '14.2 %',
      '18.0 %',
      'Met',
      '{83036} with CPT II 3044F',
    ],
    ['All groups in the plan (reference)', '[18104]', '[26918]', '67.3 %', '', '', 'Scorecard ID SC-[37507]'],
  ],
});

// ── 21. Physician report card, procedure volume against peers, table ──
const reportVol = table({
  id: 's36-reportvol',
  kind: 's36-provider-report-card-procedure-volume',
  caption:
    'Physician Report Card — Interventional Pain — Dr. Hannah Okafor, NPI 1477305529 — Jan–Sep 2025 — peer group: 38 pain physicians',
  headers: [
    'CPT',
    'Description',
    'Your volume',
    'Peer median',
    'Your avg allowed',
    'Peer avg allowed',
    'Repeat ≤ 90 days',
  ],
  rows: [
    ['{64445}', 'Injection, sciatic nerve, single', '148', '61', '$188.20', '$176.45', '9.5 %'],
    ['{64632}', 'Neurolytic destruction, plantar common digital nerve', '42', '12', '$214.70', '$201.10', '31.0 %'],
    ['{64612}', 'Chemodenervation, facial nerve muscles (unilateral)', '27', '19', '$246.88', '$238.02', 'n/a'],
    ['{64483}', 'Transforaminal epidural, lumbar/sacral, single level', '316', '288', '$402.61', '$395.77', '12.1 %'],
    ['Peer group', 'PG-PAIN-[24442]', '', '', '', '', ''],
    ['Report ref.', 'RC-2025Q3-[59984]', '', '', '', '', ''],
  ],
});

// ── 22. Physician report card narrative, text ──
const reportText = lines({
  id: 's36-reporttext',
  kind: 's36-provider-report-card-narrative',
  before: 'Your 2025 Provider Report Card — Interventional Pain — What the numbers mean',
  text: [
    'Dr. Okafor, your attributed panel was 1,842 members; you saw 1,129 of them at least once. Provider no. [35004] · Network: Blue Valley Select',
    'Repeat procedures: 31 % of your {64632} patients had a repeat within 90 days, against 14 % for peers. Please review how you document the response to the first injection.',
    'Your {64445} volume is more than twice the peer median. Most of these blocks were billed with {76942}; peers bill imaging guidance on 58 % of blocks.',
    'Opioid stewardship: 12.4 % of your patients on long-term opioids had a urine drug test ({80305}) in the last 12 months (peers 41 %).',
    'Peer comparison uses claims incurred 01/01–09/30/2025 and paid through 10/31/2025 ([64394] claims; [51477] members in peer panels).',
    'Questions: Provider Performance Team, 2301 Main St, Kansas City, MO [64108], or call 816-555-0184, option 3.',
    'Report card ID PRC-[78111]. This report is confidential peer review information.',
  ].join('\n'),
});

// ── 23. Value-based contract carve-out exhibit, text ──
const carveOut = lines({
  id: 's36-carveout',
  kind: 's36-vbc-contract-carveout-exhibit-text',
  before: 'EXHIBIT D — SERVICES EXCLUDED FROM TOTAL COST OF CARE',
  text: [
    'D.1  The following services are excluded from the Total Cost of Care calculation in Section 4.3 and from the Shared Savings Settlement:',
    '  (a) organ and bone marrow transplant services (MS-DRG 001–019) and the related professional services;',
    '  (b) outpatient interventional pain procedures billed by a Non-Participating Provider, namely CPT {64445}, {64447}, {64632} and {64635};',
    '  (c) open peripheral nerve surgery — CPT {64712} and {64714} — when performed for trauma;',
    '  (d) claims for any single Attributed Member above the specific stop-loss point of one hundred fifty thousand dollars ($150,000) per Contract Year.',
    'D.2  Codes listed in D.1 are current as of the Effective Date; Plan will publish updates within thirty (30) days of the annual CPT release.',
    'D.3  Notices under this Exhibit go to Blue Valley Health Plan, Attn: Network Contracting, P.O. Box [64445], Kansas City, MO [64141];',
    '     with a copy to Prairie Physicians ACO, 9200 Ward Pkwy, Suite 300, Kansas City, MO [64114].',
    'Agreement No. [20508] · Exhibit D · Page 31 of 44 · Confidential',
  ].join('\n'),
});

// ── 24. Population health dashboard tiles, text ──
const tiles = lines({
  id: 's36-tiles',
  kind: 's36-population-health-dashboard-tiles',
  before: 'Population Health Dashboard — Prairie Physicians ACO — all payers — as of 11/02/2025',
  text: [
    'Attributed lives [48117]   ▲ 2.1 % vs last quarter',
    'Medicare Advantage [18598]   Medicare FFS (MSSP) [21829]   Commercial 7,690',
    'Open care gaps [21406]   Closed YTD 33,972',
    'High-risk (RAF ≥ 2.0) 3,118   ED visits per 1,000: 412',
    'AWV completed 54.7 %   ACP ({99497}) documented 38.2 %',
    'Colonoscopy ({45378}) or FIT on file: 68.9 %',
    'Top rising-cost procedure: {64635} lumbar facet RF ablation (+34 % YoY); sciatic block {64445} (+21 %)',
    'Data refresh: CCLF through 08/2025 · claims lag 60 days · build [30743]',
  ].join('\n'),
});

// ── 25. Population dashboard measure drill-down by clinic, table ──
const drill = table({
  id: 's36-drill',
  kind: 's36-population-dashboard-measure-drilldown',
  caption: 'Measure drill-down — Prairie Physicians ACO — by clinic',
  headers: ['Clinic', 'Clinic ZIP', 'Measure', 'Eligible', 'Compliant', 'Rate', 'Open gaps', 'Counted codes'],
  rows: [
    ['Northland', '[64118]', 'COL-E', '4,812', '3,390', '70.4 %', '1,422', '{45378}, {82274}'],
    ['Midtown', '[64111]', 'COL-E', '3,204', '2,031', '63.4 %', '1,173', '{45378}'],
    ['Lee’s Summit', '[64063]', 'BCS-E', '2,870', '2,212', '77.1 %', '658', '{77067}'],
    ['Olathe', '[66061]', 'CBP', '3,955', '2,861', '72.3 %', '1,094', '3074F, 3079F'],
    ['All clinics', '—', 'All measures', '[61483]', '[42519]', '69.1 %', '[18964]', '—'],
  ],
});

// ── 26. ACO out-of-network leakage report, table ──
const leakage = table({
  id: 's36-leakage',
  kind: 's36-aco-out-of-network-leakage',
  caption: 'Network Leakage — procedures performed outside the ACO network — Jan–Aug 2025',
  headers: [
    'CPT',
    'Description',
    'OON claims',
    'OON allowed',
    'Top OON facility',
    'Facility ZIP',
    'In-network alternative',
  ],
  rows: [
    [
      '{64712}',
      'Neuroplasty, sciatic nerve',
      '6',
      '$8,402',
      'Ozark Nerve Institute',
      '[65804]',
      'Midlands Neurosurgical',
    ],
    [
      '{64714}',
      'Neuroplasty, lumbar plexus',
      '3',
      '$5,911',
      'Ozark Nerve Institute',
      '[65804]',
      'Midlands Neurosurgical',
    ],
    [
      '{64632}',
      'Destruction, plantar common digital nerve',
      '41',
      '$9,870',
      'Foot & Ankle Center of Joplin',
      '[64804]',
      'Northland Podiatry',
    ],
    ['{64445}', 'Injection, sciatic nerve', '88', '$16,560', 'Plaza Surgery Center', '[64112]', 'Northland ASC'],
    ['{27447}', 'Total knee arthroplasty', '37', '$584,122', 'St. Joseph Ortho Hospital', '[64506]', 'Riverbend Ortho'],
    ['{63047}', 'Lumbar laminectomy', '19', '$127,486', 'Lawrence Spine ASC', '[66046]', 'Midlands Neurosurgical'],
  ],
});

// ── 27. MIPS performance feedback, quality category detail, text ──
const feedback = lines({
  id: 's36-feedback',
  kind: 's36-mips-performance-feedback-text',
  before: 'Quality Payment Program — 2024 MIPS Performance Feedback — Quality performance category detail',
  text: [
    'TIN: XX-XXX4471 · Practice: Midlands Neurosurgical Associates · Submission ID: [57510]-QPP · Collection type: MIPS CQM via QCDR',
    'Quality ID 459 (Average Change in Back Pain Following Lumbar Discectomy and/or Laminotomy): 38 of 41 eligible cases; 3 cases had {63030} dated after the denominator identification period.',
    'Quality ID 460 (Average Change in Leg Pain Following Lumbar Spine Fusion): 22 cases; cases with {22633} and an add-on level counted once per patient.',
    'Data completeness: procedures {64712} and {64714} were sent in the QCDR file under measure 459; they are not in its denominator and were dropped (records [10304], [10305]).',
    'Benchmark: decile 7 for measure 459 (mean change 4.1 points). Quality category weight: 30 %.',
    'Targeted review requests must be filed by 10/15/2025; reference ticket INC-[56724].',
  ].join('\n'),
});

// ── 28. Gap-closure coding tip sheet for practices, text ──
const tipSheet = lines({
  id: 's36-tipsheet',
  kind: 's36-gap-closure-coding-tip-sheet',
  before: 'Quality Coding Tip Sheet — close gaps at the visit',
  text: [
    'Blood pressure (CBP): report the most recent BP with CPT II 3074F/3075F (systolic) and 3078F/3079F/3080F (diastolic) on the visit claim ({99213}).',
    'Glycemic status (GSD): A1c drawn in the office — {83036}; result with CPT II 3044F/3051F/3052F/3046F.',
    'Colorectal screening (COL-E): history counts — document the year and the test; claim code {45378}, or the stool DNA test every 3 years.',
    'Depression screening: G8431 / G8510. Falls risk (COA): 1100F / 3288F.',
    'Advance care planning: {99497} first 30 minutes; Medicare AWV with ACP — modifier 33.',
    'Do not add procedure codes to gap-closure submissions: a {64445} block or a {64612} chemodenervation visit does not close any HEDIS gap.',
    'Quality Dept. — 816-555-0149 ext. [40612] — document QD-[24835], revised 09/2025',
  ].join('\n'),
});

// ── 29. HEDIS Medication List Directory rows in a plan pharmacy view (NDC 5-4-2), table ──
const ndc = table({
  id: 's36-ndc',
  kind: 's36-hedis-medication-list-ndc-rows',
  caption:
    'HEDIS MY 2025 Medication List Directory — Statin Therapy for Patients With Cardiovascular Disease (SPC) — plan pharmacy view, NDC shown 5-4-2',
  headers: ['Medication List Name', 'NDC Code', 'Generic Product Name', 'RxNorm (ingredient)', 'Route', 'Package size'],
  rows: [
    ['High Intensity Statin Medications', '[00071]-0156-23', 'atorvastatin 40 MG Oral Tablet', '[83367]', 'oral', '90'],
    ['High Intensity Statin Medications', '[00378]-2124-77', 'atorvastatin 80 MG Oral Tablet', '[83367]', 'oral', '90'],
    ['High Intensity Statin Medications', '[68180]-0637-09', 'rosuvastatin 20 MG Oral Tablet', '301542', 'oral', '90'],
    ['High Intensity Statin Medications', '[16714]-0944-02', 'rosuvastatin 40 MG Oral Tablet', '301542', 'oral', '30'],
    [
      'Moderate Intensity Statin Medications',
      '[65862]-0576-90',
      'simvastatin 40 MG Oral Tablet',
      '[36567]',
      'oral',
      '90',
    ],
    [
      'Moderate Intensity Statin Medications',
      '[00093]-7156-98',
      'pravastatin 40 MG Oral Tablet',
      '[42463]',
      'oral',
      '90',
    ],
    ['Low Intensity Statin Medications', '[68382]-0065-10', 'simvastatin 10 MG Oral Tablet', '[36567]', 'oral', '90'],
    ['Moderate Intensity Statin Medications', '[00591]-0775-19', 'lovastatin 40 MG Oral Tablet', '6472', 'oral', '60'],
  ],
});

// ── 30. Registry data dictionary, procedure section, table ──
const dictionary = table({
  id: 's36-dict',
  kind: 's36-registry-data-dictionary-fields',
  caption: 'Peripheral Nerve & Pain Registry — Data Dictionary v4.2 — Procedure section',
  headers: ['Seq #', 'Element name', 'Definition', 'Allowed values / codes', 'Required'],
  rows: [
    ['[14720]', 'ProcCPT', 'CPT code of the index procedure', '{64712}, {64714}', 'Yes'],
    ['[14725]', 'ProcCPTAddl', 'Additional CPT codes, same session', 'any valid CPT (5 digits, no modifier)', 'No'],
    [
      '[14730]',
      'PreopBlockCPT',
      'Diagnostic nerve block before the index surgery',
      '{64445}, {64447}',
      'When Seq [14720] = {64712}',
    ],
    ['[14740]', 'ChemoNeurolysis', 'Chemical neurolysis or chemodenervation of the face', '{64612}', 'No'],
    ['[14750]', 'PatientZIP', 'Patient ZIP code, 5 digits', 'e.g. [64132]', 'Yes'],
    ['[14760]', 'SiteID', 'Registry-assigned site identifier', '5 digits, e.g. [10417]', 'Yes'],
  ],
});

// ── 31. HEDIS supplemental data file records, pipe-delimited text layer ──
const suppData = lines({
  id: 's36-suppdata',
  kind: 's36-hedis-supplemental-data-file-records',
  before:
    'Supplemental data file COLBCS_20251031.txt — pipe-delimited — layout: MemberID|DOS|CPT|LOINC|Result|ProviderNPI|ProviderZIP',
  text: [
    'HHP4130207|20250611|{45378}||||1649382710|[64118]',
    'HHP4130208|20250702|{82274}|[57905]-2|Negative|1871042236|[64151]',
    'HHP4130211|20250719||[27396]-1|Negative|1871042236|[64151]',
    'HHP4130215|20250804|{77067}||||1235519048|[64116]',
    'HHP4130219|20250815|{81528}|[77353]-1|Negative|1902871145|[66204]',
    'HHP4130223|20250902|{64445}||||1649382710|[64118]   ← rejected: CPT not in any HEDIS value set',
    'TRAILER|RECORDS=6|FILE_ID=[90140]',
  ].join('\n'),
});

// ── 32. MSSP beneficiary attribution roster, table ──
const roster = table({
  id: 's36-roster',
  kind: 's36-aco-beneficiary-attribution-roster',
  caption: 'Quarterly Beneficiary Assignment List — ACO A4417 — 2025 Q3 — Table 1-1 with practice annotations',
  headers: [
    'MBI',
    'Beneficiary',
    'ZIP',
    'Assignment step',
    'Attributed NPI',
    'HCC count',
    'Last PCP visit (CPT)',
    'Note',
  ],
  rows: [
    ['1AB2CD3EF45', 'Garza, Irene', '[64086]', '1', '1871042236', '3', '{99214}', ''],
    ['2GH3JK4LM56', 'Hollis, Dean', '[64015]', '2', '1649382710', '1', 'G0439', 'AWV due'],
    ['3NP4QR5ST67', 'Ito, Ken', '[64029]', '1', '1871042236', '5', '{99215}', 'CCM candidate'],
    ['4UV5WX6YZ78', 'Jensen, Carla', '[64081]', '1', '1235519048', '0', 'G0438', 'AWV only'],
    ['5AC6DE7FG89', 'Kruger, Paul', '[64064]', '2', '1902871145', '2', '—', 'No PCP visit; last claim {64632}'],
    ['6HJ7KM8NP90', 'Lowe, Maria', '[64050]', '1', '1649382710', '4', '{99213}', 'Prospective list ver. [32578]'],
  ],
});

// ── 33. HEDIS hybrid medical record review chase list, table ──
const chase = table({
  id: 's36-chase',
  kind: 's36-hedis-hybrid-mrr-chase-list',
  caption: 'HEDIS MY 2025 Hybrid Medical Record Review — chase list — Vendor batch 7 — provider office contacts',
  headers: [
    'Chase ID',
    'Member ID',
    'Measure',
    'Provider office',
    'Office ZIP',
    'Fax',
    'Abstracted evidence',
    'Status',
  ],
  rows: [
    [
      '[80835]',
      'HHP-[41302]-07',
      'CBP',
      'Metro Family Medicine',
      '[64111]',
      '816-555-0102',
      'BP 132/84 on 07/09/2025',
      'Compliant',
    ],
    [
      '[80836]',
      'HHP-[41377]-02',
      'COL-E',
      'Northland Primary Care',
      '[64118]',
      '816-555-0177',
      'Colonoscopy 2019 ({45378}) in history',
      'Compliant',
    ],
    [
      '[80842]',
      'HHP-[42016]-01',
      'GSD',
      'Lee’s Summit Internal Med.',
      '[64063]',
      '816-555-0131',
      'No A1c in MY',
      'Non-compliant',
    ],
    [
      '[80851]',
      'HHP-[42208]-04',
      'COL-E',
      'Ozark Nerve Institute',
      '[65804]',
      '417-555-0190',
      'Op note for {64712} only — no screening found',
      'Chart pulled, no evidence',
    ],
    [
      '[80857]',
      'HHP-[42291]-03',
      'BCS-E',
      'Midtown Women’s Health',
      '[64111]',
      '816-555-0118',
      'Screening mammogram 10/2024 ({77067})',
      'Compliant',
    ],
  ],
});

// ── 34. Care management outreach call log, table ──
const callLog = table({
  id: 's36-calllog',
  kind: 's36-care-management-outreach-call-log',
  caption: 'Care Management — Outreach Call Log — RN Care Manager: J. Patel — week of 10/27/2025',
  headers: ['Date / time', 'Member', 'Member ID', 'Program', 'Reason', 'Outcome', 'Callback / billing'],
  rows: [
    [
      '10/27 09:14',
      'Garza, Irene',
      'HHP-[40327]-01',
      'TCM',
      'Discharged 10/24 (CHF)',
      'Reached; visit set 10/30',
      'Bill {99495} after face-to-face visit',
    ],
    [
      '10/27 10:02',
      'Hollis, Dean',
      'HHP-[40388]-02',
      'AWV outreach',
      'AWV due',
      'No answer; VM left',
      'Callback ext. [41450]',
    ],
    [
      '10/28 13:40',
      'Ito, Ken',
      'HHP-[40412]-01',
      'CCM',
      'Monthly check-in, 2+ chronic conditions',
      '22 min, care plan updated',
      '{99490} — time log [52211]',
    ],
    [
      '10/29 15:05',
      'Kruger, Paul',
      'HHP-[40533]-04',
      'Pain / opioid',
      'ED visit 10/26, back pain',
      'Reached; referred to pain clinic',
      'Referral no. [61140]',
    ],
    [
      '10/30 08:50',
      'Lowe, Maria',
      'HHP-[40560]-01',
      'Diabetes',
      'A1c 9.4 % on 10/12',
      'Educator visit booked',
      'Class code DSME-[20041]',
    ],
  ],
});

export const sealed36: Snippet[] = [
  ...vsd,
  ...hedisSpec,
  ...mips459,
  ...qcdr,
  ...vsac,
  ...qrda1,
  ...qrda3,
  ...gapList,
  ...gapLetter,
  ...mssp,
  ...cclf,
  ...raf,
  ...raNotes,
  ...bpciTriggers,
  ...bpciSpend,
  ...bpciRecon,
  ...qod,
  ...painRec,
  ...nerveCases,
  ...scorecard,
  ...reportVol,
  ...reportText,
  ...carveOut,
  ...tiles,
  ...drill,
  ...leakage,
  ...feedback,
  ...tipSheet,
  ...ndc,
  ...dictionary,
  ...suppData,
  ...roster,
  ...chase,
  ...callLog,
];
