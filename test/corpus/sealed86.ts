import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 86 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s86-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. ICD-9-CM diagnosis codes written without their decimal point (72402, 33381, …), as claims
 * files store them, are not CPT codes and are labelled as decoys. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as cohort counts, ZIPs, county FIPS codes, request and file numbers,
 * budget amounts, survey variable ids and protocol numbers. The five known codes' digits come back as decoys: a CMS
 * data-use agreement number, a research data request number, a cost centre, a provider ZIP in a file layout, a survey
 * variable id, an IRB protocol number, an abstract number, an F&A budget line, ZIP filters in SAS and SQL code and
 * synthetic claim-line ids.
 *
 * Family: health services research and claims-data studies that use CPT to define cohorts of peripheral nerve
 * procedures (nerve blocks, neurolysis, neuroplasty, chemodenervation): a journal article's methods, results,
 * discussion and figure legend; supplementary code-list tables (inclusion CPT, exclusion ICD-9 / CPT), the same list
 * as CSV, an OHDSI concept-set JSON and a VSAC value-set XML; results tables (baseline characteristics, volumes by
 * code, adjusted odds ratios, county distribution, payments, sensitivity analyses, an annual trend); a cohort flow diagram as text; SAS,
 * R and SQL extraction code with code lists; a CMS data-use agreement, a dataset request and its tracking e-mail; a
 * CMS research identifiable file (carrier line) layout; a statistical analysis plan; a grant budget and its
 * justification; a conference abstract; an editor's decision and a reviewer response letter; and decoy-only pages (a
 * survey codebook with variable ids, an IRB approval letter, an analytic data dictionary, a title page with
 * affiliations, a cell-size suppression review).
 * Built on real public layouts: a JAMA Network Open / RAPM style methods section with an eTable of CPT inclusion
 * codes, a STROBE/RECORD cohort flow diagram, the CMS carrier claims line-file record layout (LINE_HCPCS_CD,
 * PRVDR_ZIP, …), the CMS Medicare Physician & Other Practitioners by Provider and Service public use file columns
 * (Rndrng_NPI, Rndrng_Prvdr_Zip5, HCPCS_Cd, Tot_Benes, …), the CMS data-use agreement (DUA) and ResDAC request
 * forms, an NIH R&R detailed budget (sections A–G), an OHDSI ATLAS concept-set export and a VSAC value-set download.
 * The others are written the way those pages read, with no single source.
 *
 * 367 labelled tokens over 36 shapes: 151 codes, 216 decoys, 78 of the decoys in KNOWN_10K.
 */

// ── 1. Journal article, methods: cohort definition, text layer ──
const methods = lines({
  id: 's86-methods',
  kind: 's86-journal-methods-cohort-definition-text',
  before: 'Methods — Study Population and Procedure Identification',
  text: [
    'We used the 20% Medicare carrier and outpatient files (2016–2022) under data use agreement RSCH-2023-[58817].',
    'Index procedures were identified using Current Procedural Terminology (CPT) codes for sciatic nerve block',
    '({64445}, {64446}), femoral nerve block ({64447}, {64448}) and lumbar plexus block ({64449}).',
    'Neurolysis was defined by CPT {64632} (plantar common digital nerve), {64640} and {64624} (genicular nerves,',
    'available from 2020); neuroplasty by {64712} (sciatic) and {64714} (lumbar plexus); chemodenervation by',
    '{64612}, {64615} and {64616}. Claims billed with modifier 26 alone were excluded.',
    'Of [48201] eligible beneficiaries, [24511] (50.9%) underwent at least one nerve block during follow-up.',
  ].join('\n'),
});

// ── 2. Supplement eTable 1: CPT inclusion codes, table ──
const eTable1 = table({
  id: 's86-etable1',
  kind: 's86-supplement-etable1-inclusion-cpt-grid',
  caption: 'eTable 1. CPT Codes Used to Identify Peripheral Nerve Procedures',
  headers: ['Procedure category', 'CPT', 'Descriptor (abbreviated)', 'Years used'],
  rows: [
    ['Single-injection block', '{64445}', 'Inj anesthetic; sciatic nerve, single', '2016–2022'],
    ['Continuous block', '{64446}', 'Inj anesthetic; sciatic nerve, continuous infusion', '2016–2022'],
    ['Single-injection block', '{64447}', 'Inj anesthetic; femoral nerve, single', '2016–2022'],
    ['Single-injection block', '{64450}', 'Inj anesthetic; other peripheral nerve or branch', '2016–2022'],
    ['Neurolysis', '{64632}', 'Destruction; plantar common digital nerve', '2016–2022'],
    ['Neurolysis', '{64624}', 'Destruction; genicular nerve branches', '2020–2022'],
    ['Neuroplasty', '{64712}', 'Neuroplasty; sciatic nerve', '2016–2022'],
    ['Neuroplasty', '{64714}', 'Neuroplasty; lumbar plexus', '2016–2022'],
    ['Chemodenervation', '{64612}', 'Chemodenervation; muscles innervated by facial nerve', '2016–2022'],
    ['Chemodenervation', '{64616}', 'Chemodenervation; neck muscles', '2016–2022'],
  ],
});

// ── 3. Supplement eTable 2: exclusion codes (ICD-9-CM stored without decimal, CPT), table ──
const eTable2 = table({
  id: 's86-etable2',
  kind: 's86-supplement-etable2-exclusion-codes-grid',
  caption: 'eTable 2. Codes Used for Exclusions and Indications',
  headers: ['Code system', 'Code', 'Description', 'Use'],
  rows: [
    ['ICD-9-CM', '[72402]', 'Spinal stenosis, lumbar region, without neurogenic claudication', 'Indication'],
    ['ICD-9-CM', '[72210]', 'Displacement of lumbar intervertebral disc without myelopathy', 'Indication'],
    ['ICD-9-CM', '[33381]', 'Blepharospasm', 'Indication (chemodenervation)'],
    ['ICD-9-CM', '[33383]', 'Spasmodic torticollis', 'Indication (chemodenervation)'],
    ['ICD-9-CM', '[35571]', 'Causalgia of lower limb', 'Indication'],
    ['CPT', '{27447}', 'Total knee arthroplasty', 'Exclusion (same-day surgery)'],
    ['CPT', '{27130}', 'Total hip arthroplasty', 'Exclusion (same-day surgery)'],
    ['CPT', '{63047}', 'Laminectomy, lumbar, single segment', 'Exclusion (within 90 days)'],
  ],
});

// ── 4. Results Table 1: baseline characteristics (decoy counts), table ──
const table1 = table({
  id: 's86-table1',
  kind: 's86-results-table1-baseline-characteristics-grid',
  caption: 'Table 1. Baseline Characteristics of Beneficiaries by Procedure Group',
  headers: ['Characteristic', 'Nerve block', 'Neurolysis', 'Chemodenervation', 'Overall'],
  rows: [
    ['Beneficiaries, No.', '[24511]', '[11445]', '[12252]', '[48201]'],
    ['Age ≥75 y, No. (%)', '[10233] (41.7)', '4102 (35.9)', '5377 (43.8)', '[19712] (40.9)'],
    ['Female, No. (%)', '[14620] (59.6)', '6845 (59.8)', '8519 (69.5)', '[29984] (62.2)'],
    ['Dual eligible, No. (%)', '3891 (15.9)', '1702 (14.9)', '2044 (16.7)', '7637 (15.8)'],
    ['White race, No. (%)', '[20117] (82.1)', '9402 (82.2)', '[10381] (84.7)', '[39900] (82.8)'],
    ['Opioid fill in prior 90 d, No. (%)', '[10052] (41.0)', '5311 (46.4)', '3006 (24.5)', '[18369] (38.1)'],
    ['Rural ZCTA, No. (%)', '6126 (25.0)', '3318 (29.0)', '2210 (18.0)', '[11654] (24.2)'],
  ],
});

// ── 5. Results Table 2: procedure volume by code, table ──
const table2 = table({
  id: 's86-table2',
  kind: 's86-results-table2-volume-by-code-grid',
  caption: 'Table 2. Annual Procedure Counts by CPT Code, 2016 vs 2022',
  headers: ['Proc', 'Description', '2016', '2022', 'Change, %'],
  rows: [
    ['{64445}', 'Sciatic nerve block, single', '[18403]', '[21931]', '+19.2'],
    ['{64447}', 'Femoral nerve block, single', '[30155]', '[26318]', '−12.7'],
    ['{64632}', 'Plantar digital nerve neurolysis', '9124', '[10643]', '+16.6'],
    ['{64624}', 'Genicular nerve destruction', '—', '[15066]', 'NA'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '412', '388', '−5.8'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '97', '121', '+24.7'],
    ['{64612}', 'Chemodenervation, facial nerve muscles', '[41216]', '[45877]', '+11.3'],
    ['Total', '', '[99313]', '120330', '+21.2'],
  ],
});

// ── 6. Cohort flow diagram rendered as text (STROBE/RECORD), text layer ──
const flow = lines({
  id: 's86-flow',
  kind: 's86-cohort-flow-diagram-text',
  before: 'Figure 1. Cohort Selection',
  text: [
    'Beneficiaries with ≥1 carrier claim for a study procedure, 2016–2022  (n = [86402])',
    '  ↓ Excluded: not continuously enrolled in Parts A and B for 12 months before index (n = [21774])',
    '  ↓ Excluded: Medicare Advantage enrollment during follow-up (n = [11043])',
    '  ↓ Excluded: age <66 years at index (n = [14310])',
    '  ↓ Excluded: same-day arthroplasty or laminectomy (n = 5372)',
    'Analytic cohort (n = [48201])',
    '  → Nerve block (n = [24511])   → Neurolysis (n = [11445])   → Chemodenervation (n = [12252])',
  ].join('\n'),
});

// ── 7. SAS program with code lists, text layer ──
const sas = lines({
  id: 's86-sas',
  kind: 's86-sas-program-code-list-text',
  before: '/* 02_define_cohort.sas — project DUA RSCH-2023 — do not store output outside the VRDC */',
  text: [
    "%let cpt_block  = '{64445}' '{64447}' '{64450}';",
    "%let cpt_lysis  = '{64632}' '{64640}' '{64624}';",
    "%let cpt_plasty = '{64712}' '{64714}';",
    "%let cpt_chemo  = '{64612}' '{64615}' '{64616}';",
    'data work.index; set rif2022.bcarrier_line_12 (where=(line_hcpcs_cd in (&cpt_block &cpt_lysis)));',
    "  if prvdr_zip =: '[64612]' then rural_flag = 1; /* spot check, single rural ZIP in pilot */",
    'run; /* expected row count in pilot extract: [37042] */',
  ].join('\n'),
});

// ── 8. R script with code lists, text layer ──
const rScript = lines({
  id: 's86-r',
  kind: 's86-r-script-code-vectors-text',
  before: '# 03_classify_procedures.R',
  text: [
    'chemo_cpt  <- c("{64612}", "{64615}", "{64616}", "{64642}")',
    'plasty_cpt <- c("{64712}", "{64714}", "{64708}")',
    'dx_icd9    <- c("[33381]", "[33383]", "[34690]")   # ICD-9 without decimal, as stored in the RIF',
    'claims <- claims |> filter(hcpcs_cd %in% c(chemo_cpt, plasty_cpt), year >= 2016)',
    'stopifnot(nrow(claims) == [57474])   # matches SAS pilot count',
    'set.seed([20231]); boot <- replicate(1000, est_or(sample_n(claims, 5000)))',
  ].join('\n'),
});

// ── 9. SQL extract against a claims warehouse, text layer ──
const sql = lines({
  id: 's86-sql',
  kind: 's86-sql-claims-extract-query-text',
  before: '-- extract_pn_lines.sql (Snowflake, VRDC workspace)',
  text: [
    'SELECT bene_id, clm_id, line_num, line_hcpcs_cd, line_1st_expns_dt, prf_physn_npi',
    "FROM   carrier_line_2021 WHERE line_hcpcs_cd IN ('{64445}','{64447}','{64632}','{64712}','{64714}')",
    "   OR  (line_hcpcs_cd = '{64612}' AND hcpcs_1st_mdfr_cd <> '52')",
    "   AND prvdr_state_cd IN ('26','17') AND prvdr_zip NOT LIKE '[64714]%';",
    '-- run 2024-03-11: [33816] rows, 2104 distinct NPIs suppressed below 11',
  ].join('\n'),
});

// ── 10. CMS data-use agreement cover page, text layer (decoy only) ──
const dua = lines({
  id: 's86-dua',
  kind: 's86-cms-data-use-agreement-cover-text',
  before: 'DATA USE AGREEMENT (DUA) FOR DISCLOSURE OF CMS DATA CONTAINING INDIVIDUAL IDENTIFIERS',
  text: [
    'DUA Number: [64712]   Form CMS-R-0235   Expiration: 09/30/2026',
    'Requestor: Missouri Valley University, 2411 Holmes St, Kansas City, MO [64108]',
    'Custodian: Data Security Office, 5100 Rockhill Rd, Kansas City, MO [64110]',
    'Study: Trends in Peripheral Nerve Procedures Among Medicare Beneficiaries (ResDAC ref. [41957])',
    'Shipping: encrypted media via carrier, tracking ref. [27419]; VRDC project workspace [38815]',
    'Prior DUA superseded: [52088]   Linked DUAs: [52089], [53310]',
    'Retention: destroy files within 30 days of expiration; certificate of disposition form CMS-[10252]',
  ].join('\n'),
});

// ── 11. Dataset request: files requested, table (decoy only) ──
const request = table({
  id: 's86-request',
  kind: 's86-research-dataset-request-files-grid',
  caption: 'Research Identifiable File request — file list and fees',
  headers: ['File', 'Years', 'File ID', 'Est. rows (000s)', 'Fee ($)'],
  rows: [
    ['Master Beneficiary Summary File (Base)', '2015–2022', '[60112]', '[14208]', '5250'],
    ['Carrier Claims (base + line)', '2016–2022', '[60135]', '[87310]', '[31500]'],
    ['Outpatient Claims (revenue center)', '2016–2022', '[60131]', '[39452]', '[18900]'],
    ['MedPAR', '2016–2022', '[60139]', '7915', '6300'],
    ['Part D Event (PDE)', '2016–2022', '[60161]', '[92775]', '[22400]'],
  ],
});

// ── 12. CMS research identifiable file layout, carrier line, table ──
const rifLayout = table({
  id: 's86-rif',
  kind: 's86-cms-rif-carrier-line-layout-grid',
  caption: 'Carrier Claims — Line File — Record Layout (selected variables)',
  headers: ['Variable', 'Label', 'Type', 'Len', 'Example'],
  rows: [
    ['BENE_ID', 'Encrypted beneficiary id', 'CHAR', '15', 'ggggggABCDEFxyz'],
    ['CLM_ID', 'Encrypted claim id', 'CHAR', '15', '-ggggggg2201893'],
    ['LINE_NUM', 'Claim line number', 'NUM', '3', '1'],
    ['LINE_HCPCS_CD', 'Line HCPCS code', 'CHAR', '5', '{64445}'],
    ['HCPCS_1ST_MDFR_CD', 'First modifier', 'CHAR', '5', 'RT'],
    ['PRVDR_ZIP', 'Line performing provider ZIP', 'CHAR', '9', '[64632]'],
    ['PRVDR_STATE_CD', 'Provider state (SSA)', 'CHAR', '2', '26'],
    ['LINE_ICD_DGNS_CD', 'Line diagnosis code', 'CHAR', '7', '[72402]'],
    ['CARR_NUM', 'Carrier number', 'CHAR', '5', '[05302]'],
  ],
});

// ── 13. NIH R&R detailed budget, table ──
const budget = table({
  id: 's86-budget',
  kind: 's86-grant-detailed-budget-grid',
  caption: 'R&R Budget — Detailed (Periods 1–3)',
  headers: ['Section', 'Period 1', 'Period 2', 'Period 3', 'Cumulative'],
  rows: [
    ['A. Senior/Key Person', '[62430]', '[64302]', '[66231]', '192963'],
    ['B. Other Personnel (analyst, 0.5 FTE)', '[41250]', '[42488]', '[43762]', '127500'],
    ['C. Equipment', '0', '0', '0', '0'],
    ['F. Other direct: CMS data fees', '[85352]', '8200', '8200', '101750'],
    ['F. Other direct: VRDC seat', '[35000]', '[35000]', '[35000]', '105000'],
    ['G. Subaward (Kansas site)', '[24600]', '[25338]', '[26098]', '[76036]'],
    ['F&A (52%)', '[64714]', '[48322]', '[50018]', '163054'],
  ],
});

// ── 14. Budget justification, text layer ──
const budgetJust = lines({
  id: 's86-budgetjust',
  kind: 's86-grant-budget-justification-text',
  before: 'Budget Justification — Other Direct Costs',
  text: [
    'CMS data fees ($[85352], Year 1) cover the 20% carrier and outpatient files needed to capture {64445},',
    '{64447} and {64450} when billed in the hospital outpatient department as well as in the office.',
    'A second extract in Year 2 adds claims for {64632}, {64640} and chemodenervation ({64612}, {64615}).',
    'Charges post to university cost centre [64632] (Health Services Research Core), sub-account [11802].',
    'No equipment is requested; storage is provided by the VRDC under DUA [64712].',
  ].join('\n'),
});

// ── 15. Conference abstract, text layer ──
const abstract = lines({
  id: 's86-abstract',
  kind: 's86-conference-abstract-text',
  before: 'ASRA Pain Medicine Annual Meeting — Scientific Abstracts — Health Services Research',
  text: [
    'Abstract [64445]: Regional Variation in Sciatic Nerve Block Use Among Older Adults',
    'Methods: Claims with CPT {64445} or {64446} in a 20% Medicare sample (2016–2022) were attributed to',
    'hospital referral regions. Results: [48201] beneficiaries received [71906] blocks; rates ranged 7-fold.',
    'Neuroplasty ({64712}, {64714}) was rare (<1%). Contact: 2411 Holmes St, Kansas City MO [64108].',
    'Poster board [10218]; session HSR-2; disclosures on file under submission no. [44187].',
  ].join('\n'),
});

// ── 16. Reviewer response letter, text layer ──
const response = lines({
  id: 's86-response',
  kind: 's86-reviewer-response-letter-text',
  before: 'Response to Reviewers',
  text: [
    'Manuscript PAIN-D-24-[01189]-R1 — point-by-point response (changes in red in the tracked version)',
    'Reviewer 2, Comment 3: "Why were continuous catheters ({64446}, {64448}) grouped with single shots?"',
    'Response: We agree. In the revision, {64446} and {64448} form a separate group (eTable 1, rows 2 and 4).',
    'Reviewer 2, Comment 5: "Is {64632} really neurolysis rather than an injection, and is {64455} included?"',
    'Response: {64632} describes destruction by neurolytic agent; {64455} (injection) is now excluded.',
    'Reviewer 3, Comment 1: the count of [11445] in Figure 1 did not match Table 1; both now read [11445].',
  ].join('\n'),
});

// ── 17. Survey codebook with variable ids, table (decoy only) ──
const codebook = table({
  id: 's86-codebook',
  kind: 's86-survey-codebook-variable-ids-grid',
  caption: 'Medicare Current Beneficiary Survey linkage — Pain Module Codebook (excerpt)',
  headers: ['Var ID', 'Name', 'Question', 'Values', 'Unweighted N'],
  rows: [
    ['[64612]', 'PAINFREQ', 'In the past 3 months, how often did you have pain?', '1–5; 8 DK; 9 REF', '[10432]'],
    ['[64613]', 'PAINLIMIT', 'Did pain limit your usual activities?', '1 Yes; 2 No', '[10406]'],
    ['[64620]', 'NERVEINJ', 'Did a doctor inject medicine near a nerve?', '1 Yes; 2 No', '[10371]'],
    ['[64621]', 'INJSITE', 'Where was the injection given?', '1 Leg; 2 Back; 3 Face', '2984'],
    ['[64630]', 'INJHELP', 'How much did the injection help?', '0–10 scale', '2961'],
    ['[64711]', 'BOTOXFACE', 'Injections for eyelid or facial spasm in past year?', '1 Yes; 2 No', '[10398]'],
    ['[64712]', 'SURGNERVE', 'Any surgery to free a trapped nerve in the leg?', '1 Yes; 2 No', '[10401]'],
    ['[71002]', 'ZIPRES', 'Residence ZIP (restricted)', 'Masked', '[10432]'],
  ],
});

// ── 18. IRB approval letter, text layer (decoy only) ──
const irb = lines({
  id: 's86-irb',
  kind: 's86-irb-approval-letter-text',
  before: 'Institutional Review Board — Notice of Exempt Determination',
  text: [
    'Protocol: STUDY[64445]   Title: Trends in Peripheral Nerve Procedures Among Medicare Beneficiaries',
    'Determination: Exempt, Category 4(iii); HIPAA waiver of authorization granted 03/14/2023',
    'Funding: NIH/NIA, institutional proposal no. [23517]; sponsor award pending',
    'Reviewer: IRB-02 (Health Sciences), 2411 Holmes St, Room 263, Kansas City MO [64108]',
    'Submission ID: [18275]   Approval reference: [55063]   Date of determination: 03/14/2023',
    'Related submissions: MOD[30111] (add analyst), CR[30987] (continuing review not required)',
  ].join('\n'),
});

// ── 19. Results Table 3: adjusted odds ratios, table ──
const table3 = table({
  id: 's86-table3',
  kind: 's86-results-table3-adjusted-odds-grid',
  caption: 'Table 3. Adjusted Odds of 90-Day Opioid Fill by Procedure',
  headers: ['Procedure (code)', 'Patients', 'Events', 'aOR (95% CI)', 'P'],
  rows: [
    ['Sciatic nerve block ({64445})', '[18403]', '6114', '1.00 (reference)', '—'],
    ['Femoral nerve block ({64447})', '[22763]', '7981', '1.06 (0.99–1.13)', '.09'],
    ['Plantar digital neurolysis ({64632})', '9124', '2217', '0.71 (0.64–0.79)', '<.001'],
    ['Sciatic neuroplasty ({64712})', '412', '203', '1.84 (1.49–2.27)', '<.001'],
    ['Lumbar plexus neuroplasty ({64714})', '97', '52', '2.01 (1.31–3.08)', '.001'],
  ],
});

// ── 20. State distribution with county FIPS, table ──
const states = table({
  id: 's86-states',
  kind: 's86-results-county-distribution-grid',
  caption: 'eTable 5. Counties With the Highest Procedure Rates (per 1,000 beneficiaries)',
  headers: ['County', 'FIPS', 'Beneficiaries', 'Rate', 'Most frequent item'],
  rows: [
    ['Jackson, MO', '[29095]', '[32804]', '14.2', '{64445}'],
    ['Johnson, KS', '[20091]', '[41380]', '12.9', '{64447}'],
    ['Clay, MO', '[29047]', '[15530]', '12.1', '{64632}'],
    ['Wyandotte, KS', '[20209]', '9022', '11.7', '{64612}'],
    ['Platte, MO', '[29165]', '[14928]', '10.9', '{64445}'],
    ['Cass, MO', '[29037]', '[17360]', '10.8', '{64632}'],
    ['Davidson, TN', '[47037]', '[55218]', '10.8', '{64624}'],
  ],
});

// ── 21. Supplement code list as CSV, text layer ──
const csv = lines({
  id: 's86-csv',
  kind: 's86-supplement-code-list-csv-text',
  before: 'supplement_2_code_lists.csv',
  text: [
    'code,code_system,group,valid_from,valid_to',
    '{64445},CPT,block_single,2016-01-01,',
    '{64446},CPT,block_continuous,2016-01-01,',
    '{64632},CPT,neurolysis,2016-01-01,',
    '{64712},CPT,neuroplasty,2016-01-01,',
    '{64714},CPT,neuroplasty,2016-01-01,',
    '{64612},CPT,chemodenervation,2016-01-01,',
    '[72402],ICD9CM,indication_spine,2016-01-01,2016-09-30',
    '[33381],ICD9CM,indication_face,2016-01-01,2016-09-30',
  ].join('\n'),
});

// ── 22. OHDSI ATLAS concept-set export (JSON), text layer ──
const conceptSet = lines({
  id: 's86-conceptset',
  kind: 's86-ohdsi-concept-set-json-text',
  before: '{ "name": "PN procedures — neuroplasty and chemodenervation", "id": 1842, "items": [',
  text: [
    '{ "concept": { "CONCEPT_ID": 2108764, "CONCEPT_CODE": "{64712}", "VOCABULARY_ID": "CPT4" }, "includeDescendants": false },',
    '{ "concept": { "CONCEPT_ID": 2108766, "CONCEPT_CODE": "{64714}", "VOCABULARY_ID": "CPT4" }, "includeDescendants": false },',
    '{ "concept": { "CONCEPT_ID": 2108691, "CONCEPT_CODE": "{64612}", "VOCABULARY_ID": "CPT4" }, "includeDescendants": false },',
    '{ "concept": { "CONCEPT_ID": 2108694, "CONCEPT_CODE": "{64615}", "VOCABULARY_ID": "CPT4" }, "isExcluded": true },',
    '"meta": { "createdBy": "analyst02", "cohortCount": [57474], "exportVersion": "2.14.1" } ]}',
  ].join('\n'),
});

// ── 23. VSAC value-set download (XML), text layer ──
const valueSet = lines({
  id: 's86-valueset',
  kind: 's86-vsac-value-set-xml-text',
  before:
    '<ValueSet ID="2.16.840.1.113762.1.4.1248.214" displayName="Peripheral Nerve Block Procedures" version="20230501">',
  text: [
    '<Concept code="{64445}" codeSystemName="CPT" codeSystemVersion="2023" displayName="Injection, sciatic nerve"/>',
    '<Concept code="{64447}" codeSystemName="CPT" codeSystemVersion="2023" displayName="Injection, femoral nerve"/>',
    '<Concept code="{64486}" codeSystemName="CPT" codeSystemVersion="2023" displayName="TAP block, unilateral"/>',
    '<Steward>Missouri Valley HSR Core</Steward><Count>[10643]</Count>',
  ].join('\n'),
});

// ── 24. Sensitivity analyses, table ──
const sensitivity = table({
  id: 's86-sens',
  kind: 's86-sensitivity-analysis-definitions-grid',
  caption: 'eTable 7. Alternative Cohort Definitions',
  headers: ['Analysis', 'Definition change', 'Code', 'Cohort, n', 'aOR'],
  rows: [
    ['Main', '—', '—', '[48201]', '1.84'],
    ['S1', 'Add continuous blocks', '{64446} {64448}', '[51924]', '1.79'],
    ['S2', 'Drop imaging-guided claims', '{76942} {77002}', '[39116]', '1.88'],
    ['S3', 'Restrict neurolysis to foot', '{64632}', '[45277]', '1.83'],
    ['S4', 'Facial chemodenervation only', '{64612}', '[43180]', '1.86'],
  ],
});

// ── 25. Medicare Physician & Other Practitioners by Provider and Service PUF extract, table ──
const puf = table({
  id: 's86-puf',
  kind: 's86-cms-puf-provider-service-grid',
  caption: 'Medicare Physician & Other Practitioners — by Provider and Service (2021), filtered to study codes',
  headers: ['Rndrng_NPI', 'Rndrng_Prvdr_Zip5', 'HCPCS_Cd', 'HCPCS_Desc', 'Tot_Benes', 'Tot_Srvcs'],
  rows: [
    ['1386729410', '[64111]', '{64445}', 'Njx aa&/strd sciatic nerve', '212', '236'],
    ['1386729410', '[64111]', '{64447}', 'Njx aa&/strd fem nerve', '188', '201'],
    ['1730284451', '[64055]', '{64632}', 'Destroy nerve plantr dig nerve', '41', '96'],
    ['1912056673', '[66211]', '{64612}', 'Destroy nerve face muscle', '57', '141'],
    ['1548812390', '[64506]', '{64712}', 'Revise sciatic nerve', '14', '14'],
    ['1548812390', '[64506]', '{64714}', 'Revise lumbar plexus', '11', '11'],
  ],
});

// ── 26. Analytic data dictionary, table (decoy only) ──
const dictionary = table({
  id: 's86-dict',
  kind: 's86-analytic-file-data-dictionary-grid',
  caption: 'Analytic file pn_cohort_v7 — data dictionary',
  headers: ['Variable', 'Type', 'Description', 'Range / example', 'Non-missing'],
  rows: [
    ['hrr_num', 'int', 'Hospital referral region (Dartmouth)', '1–457', '[48102]'],
    ['zcta5', 'char(5)', 'Beneficiary ZIP code tabulation area', '[63101]', '[47988]'],
    ['cnty_fips', 'char(5)', 'State + county FIPS', '[29095]', '[48201]'],
    ['ses_index', 'num', 'AHRQ SES index', '38.21', '[46730]'],
    ['index_yr', 'int', 'Calendar year of index claim', '2016–2022', '[48201]'],
    ['prvdr_zip5', 'char(5)', 'Performing provider ZIP (first 5)', '[66160]', '[47311]'],
    ['days_to_fill', 'int', 'Days from index to first opioid fill', '0–90', '[17325]'],
  ],
});

// ── 27. Figure legend, text layer ──
const legend = lines({
  id: 's86-legend',
  kind: 's86-figure-legend-text',
  before: 'Figure 2.',
  text: [
    'Annual procedure rates per 10,000 beneficiaries, 2016–2022. Panel A, single-injection blocks ({64445},',
    '{64447}); panel B, neurolysis ({64632}, {64624}, the latter from 2020); panel C, neuroplasty',
    '({64712}, {64714}); panel D, chemodenervation ({64612}). Validation-sample denominator in 2016: [97612] person-years.',
  ].join('\n'),
});

// ── 28. Statistical analysis plan: variable derivation, table ──
const sap = table({
  id: 's86-sap',
  kind: 's86-statistical-analysis-plan-derivation-grid',
  caption: 'Statistical Analysis Plan v2.1 — Section 6.2 Exposure and Covariate Derivation',
  headers: ['Variable', 'Svc', 'Lookback', 'Notes'],
  rows: [
    ['exp_block', '{64445}', 'Index date', 'First qualifying claim'],
    ['exp_lysis', '{64632}', 'Index date', 'Same foot within 30 d counted once'],
    ['exp_plasty', '{64712}', 'Index date', 'Any surgeon specialty'],
    ['exp_plasty_lp', '{64714}', 'Index date', ''],
    ['prior_emg', '{95886}', '365 d', 'Covariate: prior electrodiagnostic testing'],
    ['prior_visit', '{99214}', '365 d', 'Covariate: established visit count'],
  ],
});

// ── 29. Illustrative claim-line extract in a supplement, table ──
const claimLines = table({
  id: 's86-claimlines',
  kind: 's86-illustrative-claim-line-extract-grid',
  caption: 'eTable 3. Illustrative synthetic claim lines showing how procedures were counted',
  headers: ['Claim line id', 'Bene (synthetic)', 'Billed code', 'Mod', 'POS', 'Counted as'],
  rows: [
    ['[64612]-01', 'B-0001', '{64445}', 'RT', '22', 'Block, index'],
    ['[64612]-02', 'B-0001', '{76942}', '', '22', 'Guidance (not counted)'],
    ['[71148]-01', 'B-0002', '{64632}', 'LT', '11', 'Neurolysis, index'],
    ['[71148]-02', 'B-0002', '{64632}', 'LT', '11', 'Repeat within 30 d (collapsed)'],
    ['[80229]-01', 'B-0003', '{64612}', '50', '11', 'Chemodenervation, index'],
    ['[80229]-02', 'B-0003', '{95874}', '', '11', 'Guidance (not counted)'],
  ],
});

// ── 30. Editor's decision letter, text layer ──
const decision = lines({
  id: 's86-decision',
  kind: 's86-editor-decision-letter-text',
  before: 'Decision on Manuscript ID PAIN-D-24',
  text: [
    'Dear Dr. Alvarez: your manuscript PAIN-D-24-[01189], submitted 02/06/2024, requires major revision.',
    'The statistical reviewer asks that counts below 11 be suppressed per your DUA ([64712]) and CMS policy.',
    'Reviewer 2 questions including {64455} with {64632}; please justify or remove it.',
    'Please upload the revision within 60 days at the journal site; reference number for fees [40236].',
  ].join('\n'),
});

// ── 31. Discussion / limitations prose, text layer ──
const discussion = lines({
  id: 's86-discussion',
  kind: 's86-journal-discussion-limitations-text',
  before: 'Discussion — Limitations',
  text: [
    'First, claims do not record laterality reliably; {64632} billed twice on one day may reflect both feet.',
    'Second, blocks placed by the anesthesia team for surgery may be bundled into the anesthesia service ({01402}),',
    'so {64445} counts undercount perioperative use. Third, neuroplasty ({64712}) is rarely billed alone.',
    'Finally, genicular destruction ({64624}) was introduced in 2020, so earlier radiofrequency was billed as {64640}.',
    'Our cohort of [48201] may not generalize to Medicare Advantage enrollees (about 38.6% of beneficiaries).',
  ].join('\n'),
});

// ── 32. Payments by item, table ──
const payments = table({
  id: 's86-payments',
  kind: 's86-results-payments-by-item-grid',
  caption: 'eTable 6. Medicare Payments per Procedure (2022 dollars)',
  headers: ['Item', 'Claims', 'Mean allowed, $', 'Total paid, $ (000s)'],
  rows: [
    ['{64445}', '[21931]', '96.40', '2,114'],
    ['{64632}', '[10643]', '118.25', '1,258'],
    ['{64712}', '388', '612.90', '238'],
    ['{64714}', '121', '551.30', '67'],
    ['{64612}', '[45877]', '142.10', '6,518'],
    ['All', '[79146]', '—', '[10195]'],
  ],
});

// ── 33. Dataset request tracking e-mail, text layer ──
const tracking = lines({
  id: 's86-tracking',
  kind: 's86-data-request-tracking-email-text',
  before: 'From: ResDAC Request Tracking   Subject: Status update',
  text: [
    'Your request [64714] (Peripheral Nerve Procedures) has moved to CMS Privacy Board review.',
    'Files: carrier line ([60135]), outpatient revenue center ([60131]); cost estimate $[72850].',
    'The requested HCPCS filter ({64445}, {64632}, {64712}, {64714}, {64612}) will be applied by the contractor.',
    'Ship to: HSR Core, 5100 Rockhill Rd, Kansas City MO [64110]; related request [64632] remains closed.',
  ].join('\n'),
});

// ── 34. Journal title page: affiliations, funding, word count, text layer (decoy only) ──
const titlePage = lines({
  id: 's86-titlepage',
  kind: 's86-journal-title-page-affiliations-text',
  before: 'Title page',
  text: [
    '1 Department of Anesthesiology, Missouri Valley University, Kansas City, MO [64108]',
    '2 Department of Health Policy and Management, University of Kansas Medical Center, Kansas City, KS [66160]',
    '3 Division of Pain Medicine, Washington University School of Medicine, St Louis, MO [63110]',
    'Funding: NIA award, institutional fund no. [23517]; the sponsor had no role in the design or analysis.',
    'Word count: 3,412. Tables: 3. Figures: 2. Open Science Framework registration [71634].',
    'Corresponding author: R. Alvarez, MD, MPH, 2411 Holmes St, Kansas City, MO [64108]-2792',
  ].join('\n'),
});

// ── 35. CMS cell-size suppression review before release, table (decoy only) ──
const suppression = table({
  id: 's86-suppress',
  kind: 's86-cell-size-suppression-review-grid',
  caption: 'Cell-size suppression review (cells < 11 suppressed) — output request',
  headers: ['Output file', 'Table', 'Smallest cell', 'Rows', 'Reviewer decision'],
  rows: [
    ['out_[20448].xlsx', 'Table 1', '218', '[19944]', 'Release'],
    ['out_[20449].xlsx', 'Table 2', '97', '[16212]', 'Release'],
    ['out_[20451].xlsx', 'eTable 5', '4', '[31205]', 'Suppress 3 cells, re-run'],
    ['out_[20452].xlsx', 'Figure 2 data', '14', '[28811]', 'Release'],
    ['out_[20460].xlsx', 'County map', '2', '[42107]', 'Aggregate to HRR'],
  ],
});

// ── 36. Results: trend by year (decoy only), table ──
const trend = table({
  id: 's86-trend',
  kind: 's86-results-annual-trend-grid',
  caption: 'eTable 4. Kansas City Validation Sample: Person-Years at Risk and Procedures by Year',
  headers: ['Year', 'At risk (person-years)', 'Procedures', 'Rate per 10,000', 'APC, %'],
  rows: [
    ['2016', '[97612]', '[13204]', '1353', '—'],
    ['2017', '[96955]', '[13688]', '1412', '4.4'],
    ['2018', '[95310]', '[14117]', '1481', '4.9'],
    ['2019', '[94062]', '[14790]', '1572', '6.1'],
    ['2020', '[91738]', '[12133]', '1323', '−15.8'],
    ['2021', '[90214]', '[15806]', '1752', '32.4'],
    ['2022', '[88470]', '[16911]', '1911', '9.1'],
  ],
});

export const sealed86: Snippet[] = [
  ...methods,
  ...eTable1,
  ...eTable2,
  ...table1,
  ...table2,
  ...flow,
  ...sas,
  ...rScript,
  ...sql,
  ...dua,
  ...request,
  ...rifLayout,
  ...budget,
  ...budgetJust,
  ...abstract,
  ...response,
  ...codebook,
  ...irb,
  ...table3,
  ...states,
  ...csv,
  ...conceptSet,
  ...valueSet,
  ...sensitivity,
  ...puf,
  ...dictionary,
  ...legend,
  ...sap,
  ...claimLines,
  ...decision,
  ...discussion,
  ...payments,
  ...tracking,
  ...titlePage,
  ...suppression,
  ...trend,
];
