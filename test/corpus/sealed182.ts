import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 182 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s182-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * the journal e-locator, Ovid and Embase hit counts, PRISMA record counts, screened-record counts, study ids, a
 * claims cohort size, a public comment id, value-set ids in the supplement CSV, a CMS-1500 member id and patient
 * account number. The five known codes' digits come back as decoys: commenters' and a buyer's ZIPs (Missouri
 * 644xx/647xx), an Ovid hit count, a comment id, help-desk ticket numbers, a cohort id, a Cureus e-locator, the
 * society's PO box, a webinar order number and row counts of a value set and a benchmark file.
 *
 * Family: a (fictional) specialty society's clinical practice guideline on peripheral nerve entrapment and its coding
 * appendix. The American Society of Nerve Entrapment Medicine (ASNEM, Kansas City, MO) publishes "Clinical Practice
 * Guideline: Diagnosis and Management of Peripheral Nerve Entrapment Syndromes (2027)" — deep gluteal (sciatic)
 * entrapment, lumbar plexus entrapment, interdigital (Morton) neuroma, facial nerve compression (hemifacial spasm),
 * with carpal and cubital tunnel for contrast — in its journal (J Nerve Entrap Med). Pages: the guideline web page,
 * PDF title page, recommendation summary table, key action statements, coding appendix (recommendation-to-code map,
 * NCCI notes, worked claim, a table continued across a page break), evidence tables, an extraction workbook CSV, GRADE evidence profile and narrative, the systematic review's Ovid
 * MEDLINE and Embase strategies, PRISMA flow text and counts table, PROSPERO record, supplementary tables (codes used
 * to find cohorts, the value-set CSV, SQL cohort extraction, cohort characteristics, CPT/ICD-10-PCS crosswalk), risk
 * of bias table, characteristics of included studies, reference list, public comment notice, comment confirmation,
 * comment disposition table, the comment portal's admin dashboard, response letter, a payer's comment e-mail, coding FAQ page, FAQ search results, FAQ
 * scenario table, EHR order set, quality measure spec, erratum, press release, members' chat, guideline
 * clearinghouse summary, MAGICapp-style JSON, disclosure table, RIS citation export and the webinar store page.
 * Built on real public layouts: AAOS/AAN-style clinical practice guideline web pages and PDF recommendation tables
 * (strength, certainty), GRADEpro "Summary of findings" and evidence profile tables, Ovid MEDLINE search-history
 * export (numbered lines with hit counts), Embase.com strategy tables, the PRISMA 2020 flow diagram, PROSPERO record
 * pages, supplementary tables of CPT/ICD codes in claims-based cohort papers, ECRI Guidelines Trust summaries,
 * MAGICapp JSON export, RIS export, Cochrane "Characteristics of included studies" and RoB 2 tables. The others are
 * written the way those pages read, with no single source.
 *
 * 362 labelled tokens over 44 shapes: 218 codes (149 of them the five known codes), 144 decoys, 51 of the decoys in
 * KNOWN_10K, 16 decoys reusing the known codes' digits.
 */

// ── 1. Guideline landing web page, text layer ──
const landing = lines({
  id: 's182-landing',
  kind: 's182-guideline-landing-web-page-text',
  before: 'ASNEM › Quality & Guidelines › Clinical Practice Guidelines',
  text: [
    'Diagnosis and Management of Peripheral Nerve Entrapment Syndromes — Clinical Practice Guideline (2027)',
    'Published: J Nerve Entrap Med. 2027;14(3):e[24403]. Approved by the ASNEM Board of Directors, March 6, 2027.',
    'Scope: deep gluteal syndrome (sciatic), lumbar plexus entrapment, interdigital neuroma, hemifacial spasm.',
    'New in this edition: a Coding Appendix that maps each recommendation to CPT codes, e.g. {64712} and {64632}.',
    'Download: Full guideline (PDF, 4.1 MB) · Coding appendix (PDF) · Evidence tables (XLSX, file [33083])',
    'Contact: ASNEM Quality Department, 2300 Main St, Suite 900, Kansas City, MO [64108] · guidelines@asnem.org',
    'Related: Carpal Tunnel Syndrome CPG (2021; {64721}, {20526}) — archived, library record [27317], reviewed 2026.',
    'Cite as: Okafor L, Brandt K, Havel S, et al. J Nerve Entrap Med. 2027;14(3):e[24403]. PMID 39918274.',
  ].join('\n'),
});

// ── 2. Guideline PDF title page, text layer ──
const titlePage = lines({
  id: 's182-title',
  kind: 's182-guideline-pdf-title-page-text',
  before: 'J Nerve Entrap Med 2027;14(3)',
  text: [
    'CLINICAL PRACTICE GUIDELINE',
    'Journal of Nerve Entrapment Medicine | Volume 14 | Issue 3 | Article e[24403] | doi:10.1016/j.jnem.2027.03.007',
    'Received 14 November 2026; accepted 6 March 2027 · Manuscript ID JNEM-2026-[13968].R2',
    'Endorsed by: Society of Foot & Ankle Nerve Surgery; Facial Nerve Study Group (affirmation of value)',
    'Funding: ASNEM; the systematic review was supported by AHRQ grant R18HS040032 to the Evidence Center.',
    'Corresponding author: L. Okafor, MD, ASNEM, PO Box [64612], Kansas City, MO [64141].',
  ].join('\n'),
});

// ── 3. Recommendation summary table (PDF table, one row per recommendation) ──
const recSummary = table({
  id: 's182-recsum',
  kind: 's182-recommendation-summary-strength-grid',
  caption: 'Table 1. Summary of recommendations, strength and certainty of evidence, and related procedure codes',
  headers: ['No.', 'Recommendation (abridged)', 'Strength', 'Certainty', 'Related CPT'],
  rows: [
    [
      '1',
      'Ultrasound-guided sciatic block as a diagnostic test for deep gluteal syndrome',
      'Conditional',
      'Low',
      '{64445}, {76942}',
    ],
    [
      '2',
      'Endoscopic or open sciatic neurolysis after failed conservative care ≥ 3 mo',
      'Conditional',
      'Low',
      '{64712}',
    ],
    ['3', 'Lumbar plexus neurolysis only within a research protocol', 'Conditional against', 'Very low', '{64714}'],
    [
      '4',
      'Injection before neurolytic destruction for interdigital neuroma',
      'Strong',
      'Moderate',
      '{64455} → {64632}',
    ],
    ['5', 'Excision of interdigital neuroma when injection and neurolysis fail', 'Conditional', 'Low', '{28080}'],
    ['6', 'Botulinum toxin chemodenervation as first-line for hemifacial spasm', 'Strong', 'Moderate', '{64612}'],
    ['7', 'Nerve conduction studies before any decompression', 'Strong', 'High', '{95907}–{95913}'],
  ],
});

// ── 4. Key action statements, PDF text layer ──
const kas = lines({
  id: 's182-kas',
  kind: 's182-key-action-statement-pdf-text',
  before: '4. RECOMMENDATIONS — 4.1 Deep gluteal syndrome',
  text: [
    'Recommendation 1. In adults with suspected deep gluteal syndrome, we suggest an ultrasound-guided',
    'sciatic nerve block (CPT {64445} with {76942}) as a diagnostic test before surgical referral',
    '(conditional recommendation; low certainty of evidence). A block of the posterior femoral cutaneous',
    'nerve ({64450}) is not a substitute. Remarks: the panel judged that a positive response (≥ 50% relief',
    'for the duration of the anesthetic) supports, but does not establish, the diagnosis. Evidence: 9 studies,',
    '[12311] records screened (Supplement S2). Recommendation 2 applies to open or endoscopic neurolysis',
    '({64712}); the panel did not distinguish approaches because no study compared them directly.',
  ].join('\n'),
});

// ── 5. Coding appendix, recommendation-to-code map (table) ──
const codeMap = table({
  id: 's182-codemap',
  kind: 's182-coding-appendix-recommendation-code-map-grid',
  caption: 'Appendix C. Coding crosswalk for guideline recommendations (CPT® 2027; descriptors abridged)',
  headers: ['Rec.', 'CPT code', 'Short descriptor', 'Typical modifiers', 'Guidance'],
  rows: [
    [
      '1',
      '{64445}',
      'Inj anes sciatic nerve single',
      'RT/LT, 59 if with {64447}',
      'Add {76942} only with permanent image',
    ],
    [
      '2',
      '{64712}',
      'Neuroplasty sciatic nerve',
      'RT/LT; 50 not accepted by some payers',
      'Do not add {64727} routinely',
    ],
    ['3', '{64714}', 'Neuroplasty lumbar plexus', '—', 'Research setting only'],
    ['4', '{64632}', 'Destruction plantar digital nerve', 'T-modifiers per interspace', 'Once per interspace per day'],
    ['6', '{64612}', 'Chemodenervation facial nerve', 'RT/LT or 50', 'Report drug (J0585) separately'],
    ['7', '{95907}–{95913}', 'Nerve conduction studies', '26 in facility', 'Count studies, not nerves tested'],
  ],
});

// ── 6. Coding appendix narrative with NCCI notes, PDF text ──
const ncci = lines({
  id: 's182-ncci',
  kind: 's182-coding-appendix-ncci-notes-pdf-text',
  before: 'Appendix C.2 Bundling and edit notes',
  text: [
    'C.2.1 NCCI pairs {64712}/{64445}: the sciatic block is bundled when given as anesthesia for neuroplasty;',
    'a diagnostic block on an earlier date is separately reportable. Use modifier 59 or XU only when distinct.',
    'C.2.2 {64632} and {64455} on the same interspace, same day: report {64632} only (column 2 code is {64455}).',
    'C.2.3 {64612}-50 is appropriate for bilateral facial injections; several Medicare contractors prefer',
    '{64612}-RT and {64612}-LT on two lines. Either way, bill J0585 units for the drug and wastage (JW).',
    'C.2.4 When open neurolysis of the lumbar plexus ({64714}) and sciatic nerve ({64712}) are done together,',
    'append modifier 51 to the lower-valued code. Edit table version 33.1, effective 07/01/2026; [04257] edit pairs reviewed.',
  ].join('\n'),
});

// ── 7. Coding appendix worked claim, CMS-1500 item 24 lines (table) ──
const claimEx = table({
  id: 's182-claimex',
  kind: 's182-coding-appendix-worked-claim-item24-grid',
  caption: 'Example C-3. Diagnostic sciatic block with ultrasound guidance, office (POS 11)',
  headers: ['24A DOS', '24B POS', '24D CPT/HCPCS', 'Modifier', '24E Ptr', '24F Charges', '24J NPI'],
  rows: [
    ['04 12 27', '11', '{64445}', 'RT', 'A', '310 00', '1487652990'],
    ['04 12 27', '11', '{76942}', '26', 'A', '92 00', '1487652990'],
    ['04 12 27', '11', 'J2795', '', 'A', '18 00', ''],
    ['Patient acct [47910]', 'Box 1a member id ASN[17928]', '', '', '', '', 'Box 33: ZIP [64111]'],
  ],
});

// ── 8. Evidence table, included studies (table) ──
const evidence = table({
  id: 's182-evid',
  kind: 's182-evidence-table-included-studies-grid',
  caption: 'Evidence Table E4. Studies of sciatic neurolysis for deep gluteal syndrome (KQ2)',
  headers: ['Study ID', 'Design', 'N', 'Intervention', 'Comparator', 'Follow-up', 'Main outcome'],
  rows: [
    [
      'S[21241] Moreau 2019',
      'RCT',
      '62',
      'Endoscopic neurolysis ({64712})',
      'PT + injection ({64445})',
      '24 mo',
      'mHHS +21 vs +9',
    ],
    ['S[21921] Ito 2021', 'Prospective cohort', '118', 'Open neurolysis, CPT {64712}', 'None', '12 mo', 'VAS −4.1'],
    [
      'S[22857] Danner 2022',
      'Claims cohort',
      '[13145]',
      'CPT {64712} (± {64727})',
      'Block only',
      '36 mo',
      'Reoperation 6.8%',
    ],
    ['S[23622] Ruiz 2024', 'Case series', '41', 'Neurolysis incl. {64714}', '—', '18 mo', 'Return to work 73%'],
  ],
});

// ── 9. GRADE evidence profile / summary of findings (table) ──
const grade = table({
  id: 's182-grade',
  kind: 's182-grade-summary-of-findings-grid',
  caption: 'Summary of findings: botulinum toxin chemodenervation ({64612}) vs. microvascular decompression',
  headers: [
    'Outcome',
    'No. of participants (studies)',
    'Certainty (GRADE)',
    'Relative effect',
    'Anticipated absolute effect',
  ],
  rows: [
    ['Spasm resolution, 12 mo', '1,204 (9 observational)', '⨁⨁◯◯ Low', 'RR 0.71', '182 fewer per 1000'],
    ['Facial weakness', '866 (6)', '⨁⨁⨁◯ Moderate', 'RR 3.1', '94 more per 1000'],
    ['Repeat procedures ({64612} sessions)', '[10664] claims (1 cohort)', '⨁◯◯◯ Very low', '—', 'mean 3.4/yr'],
    ['Hearing loss (MVD arm, {61458})', '[11508] (2 registries)', '⨁⨁◯◯ Low', 'RR 0.05', '28 fewer per 1000'],
  ],
});

// ── 10. GRADE narrative (evidence to decision), PDF text ──
const gradeNarr = lines({
  id: 's182-gradenarr',
  kind: 's182-grade-evidence-to-decision-narrative-text',
  before: 'Evidence to decision — Recommendation 4 (interdigital neuroma)',
  text: [
    'Certainty was rated down one level for risk of bias (unblinded outcome assessment in 4 of 7 studies) and',
    'one level for imprecision. Injection ({64455}) followed by neurolysis ({64632}) reduced pain more than',
    'excision ({28080}) at 6 months (MD −0.8 on a 10-point scale), with fewer wound complications.',
    'Cost: the Medicare national allowed amount for {64632} is about one fifth of {28080} in the office.',
    'Acceptability: 2 of [15497] survey respondents objected; panel vote 14–1 (abstention: member [16351]).',
  ].join('\n'),
});

// ── 11. Ovid MEDLINE search history (numbered lines with hits) ──
const ovid = lines({
  id: 's182-ovid',
  kind: 's182-ovid-medline-search-history-text',
  before: 'Supplement S1. Ovid MEDLINE(R) ALL <1946 to November 14, 2026>',
  text: [
    '#   Searches                                                        Results',
    '1   exp Nerve Compression Syndromes/                                [33851]',
    '2   (entrapment adj3 (neuropath* or nerve*)).tw,kf.                 [18877]',
    '3   (piriformis syndrome or deep gluteal syndrome).tw,kf.           2148',
    '4   (morton* adj2 (neuroma or metatarsalgia)).tw,kf.                1937',
    '5   exp Hemifacial Spasm/ or hemifacial spasm.tw,kf.                4211',
    '6   or/1-5                                                          [64445]',
    '7   ("{64712}" or "{64714}" or "{64632}" or "{64445}" or "{64612}").tw,kf.    3',
    '8   6 or 7                                                          [64445]',
    '9   limit 8 to (english language and yr="2000 -Current")            [36196]',
  ].join('\n'),
});

// ── 12. Embase.com strategy (table) ──
const embase = table({
  id: 's182-embase',
  kind: 's182-embase-search-strategy-grid',
  caption: 'Supplement S1b. Embase.com, searched 14 Nov 2026',
  headers: ['No.', 'Query', 'Results'],
  rows: [
    ['#1', "'nerve entrapment'/exp OR 'piriformis syndrome'/exp", '[41572]'],
    ['#2', "'hemifacial spasm'/exp OR 'morton neuroma'/exp", '[12870]'],
    ['#3', "'neurolysis'/exp AND ('sciatic nerve'/exp OR 'lumbar plexus'/exp)", '2,916'],
    ['#4', "#1 OR #2 OR #3 AND [2000-2026]/py AND ('article'/it OR 'review'/it)", '[27104]'],
    ['#5', "#4 AND ('cpt {64712}':ti,ab OR {64632}:ti,ab OR {64612}:ti,ab)", '7'],
  ],
});

// ── 13. PRISMA 2020 flow diagram, text layer of the figure ──
const prisma = lines({
  id: 's182-prisma',
  kind: 's182-prisma-flow-diagram-figure-text',
  before: 'Figure 1. PRISMA 2020 flow diagram',
  text: [
    'Records identified from: Databases (n = [66919]) MEDLINE [36196], Embase [27104], CENTRAL 3619',
    'Registers (n = 412) ClinicalTrials.gov 388, ICTRP 24',
    'Records removed before screening: Duplicate records removed (n = [25256]) Automation tool (n = 0)',
    'Records screened (n = [42075]) → Records excluded (n = [41311])',
    'Reports sought for retrieval (n = 764) → Reports not retrieved (n = 19)',
    'Studies included in review (n = 97) Reports of included studies (n = 103) · claims cohorts 5',
  ].join('\n'),
});

// ── 14. PRISMA counts by key question (table) ──
const prismaKq = table({
  id: 's182-prismakq',
  kind: 's182-prisma-counts-by-key-question-grid',
  caption: 'Table S2. Screening counts by key question',
  headers: ['Key question', 'Target codes', 'Screened', 'Full text', 'Included'],
  rows: [
    ['KQ1 Diagnostic block', '{64445}, {64450}', '[12311]', '188', '22'],
    ['KQ2 Sciatic/lumbar plexus neurolysis', '{64712}, {64714}', '[14798]', '241', '19'],
    ['KQ3 Interdigital neuroma', '{64455}, {64632}, {28080}', '6204', '162', '31'],
    ['KQ4 Hemifacial spasm', '{64612}, {61458}', '8766', '173', '25'],
  ],
});

// ── 15. PROSPERO registration record page ──
const prospero = lines({
  id: 's182-prospero',
  kind: 's182-prospero-registration-record-text',
  before: 'PROSPERO International prospective register of systematic reviews',
  text: [
    'Citation: Okafor L, Brandt K, Havel S. Interventions for peripheral nerve entrapment. PROSPERO 2025 CRD42025126113',
    'Review question: In adults with sciatic, lumbar plexus, interdigital or facial nerve entrapment, what are the',
    'benefits and harms of block, neurolysis, destruction and chemodenervation? Eligible claims studies must',
    'identify the procedure by CPT code ({64445}, {64712}, {64714}, {64632}, {64612}) or an equivalent national code.',
    'Contact address: ASNEM Evidence Center, 4801 Rockhill Rd, Kansas City, MO [64110]. Record version 3, [05057] words.',
  ].join('\n'),
});

// ── 16. Supplementary table S4: codes used to identify cohorts (table) ──
const codesUsed = table({
  id: 's182-codesused',
  kind: 's182-supplement-codes-used-to-identify-cohorts-grid',
  caption:
    'Table S4. Procedure codes used to identify treatment cohorts in claims studies (Optum, MarketScan, Medicare 5%)',
  headers: ['Cohort', 'Code system', 'Code', 'Description', 'Years used'],
  rows: [
    ['Diagnostic sciatic block', 'CPT', '{64445}', 'Injection, anesthetic agent; sciatic nerve, single', '2010–2025'],
    ['Sciatic neurolysis', 'CPT', '{64712}', 'Neuroplasty, major peripheral nerve; sciatic nerve', '2010–2025'],
    ['Lumbar plexus neurolysis', 'CPT', '{64714}', 'Neuroplasty; lumbar plexus', '2010–2025'],
    [
      'Neuroma destruction',
      'CPT',
      '{64632}',
      'Destruction by neurolytic agent; plantar common digital nerve',
      '2010–2025',
    ],
    [
      'Neuroma destruction (before 2010)',
      'CPT',
      '{64640}',
      'Destruction; other peripheral nerve or branch',
      '2005–2009',
    ],
    ['Chemodenervation', 'CPT', '{64612}', 'Chemodenervation, muscle(s) innervated by facial nerve', '2010–2025'],
    ['Chemodenervation', 'HCPCS', 'J0585', 'Injection, onabotulinumtoxinA, 1 unit', '2010–2025'],
  ],
});

// ── 17. Supplementary value-set CSV, text layer ──
const valueSet = lines({
  id: 's182-valueset',
  kind: 's182-supplement-value-set-csv-text',
  before: 'Supplement S5: asnem_cpg2027_valueset.csv (download)',
  text: [
    'valueset_id,code_system,code,description,cohort,include',
    'VS[29135],CPT,{64445},Injection anesthetic sciatic nerve,DGS_BLOCK,1',
    'VS[29135],CPT,{64712},Neuroplasty sciatic nerve,DGS_SURG,1',
    'VS[29135],CPT,{64727},Internal neurolysis w/ microscope (add-on),DGS_SURG,0',
    'VS[29946],CPT,{64714},Neuroplasty lumbar plexus,LP_SURG,1',
    'VS[30777],CPT,{64632},Destroy plantar digital nerve,MN_DESTR,1',
    'VS[30777],CPT,{64455},Inj plantar digital nerve,MN_INJ,1',
    'VS[31514],CPT,{64612},Chemodenerv facial nerve,HFS_BTX,1',
    'VS[31514],ICD10CM,G51.3,Clonic hemifacial spasm,HFS_DX,1',
    '# rows: [64714]; generated 2026-11-20 by cohort_builder v2.3 (job [32322])',
  ].join('\n'),
});

// ── 18. Supplementary SQL cohort extraction, text layer ──
const sql = lines({
  id: 's182-sql',
  kind: 's182-supplement-sql-cohort-extraction-text',
  before: 'Supplement S6. Cohort extraction code (Medicare 5% sample, carrier file)',
  text: [
    'SELECT bene_id, clm_id, line_1st_expns_dt, hcpcs_cd, hcpcs_1st_mdfr_cd',
    'FROM carrier_line_2019_2024',
    "WHERE hcpcs_cd IN ('{64712}','{64714}','{64445}')",
    "   OR (hcpcs_cd = '{64632}' AND line_place_of_srvc_cd IN ('11','22','24'))",
    "   OR (hcpcs_cd = '{64612}' AND hcpcs_1st_mdfr_cd IN ('RT','LT','50'));",
    '-- exclude prior MVD ({61458}) within 365 days; bene_zip not in ([00900]-[00999]) test range',
    '-- returned [34631] rows on 2026-11-21; see log [35554]',
  ].join('\n'),
});

// ── 19. Supplementary cohort characteristics (table) ──
const cohortChar = table({
  id: 's182-cohortchar',
  kind: 's182-supplement-cohort-characteristics-grid',
  caption: 'Table S7. Characteristics of claims cohorts at index procedure',
  headers: ['Cohort (index code)', 'Database', 'Cohort ID', 'N', 'Age, mean', 'Female, %'],
  rows: [
    ['Sciatic neurolysis ({64712})', 'MarketScan', 'C-[64712]', '1,884', '47.2', '61'],
    ['Lumbar plexus neurolysis ({64714})', 'MarketScan', 'C-[36952]', '212', '51.0', '55'],
    ['Neuroma destruction ({64632})', 'Optum CDM', 'C-[37741]', '[13145]', '54.8', '78'],
    ['Chemodenervation ({64612})', 'Medicare 5%', 'C-[38510]', '9,407', '71.3', '66'],
  ],
});

// ── 20. Supplementary crosswalk CPT to ICD-10-PCS (table) ──
const pcs = table({
  id: 's182-pcs',
  kind: 's182-supplement-cpt-icd10pcs-crosswalk-grid',
  caption: 'Table S8. Inpatient equivalents used for hospital discharge data',
  headers: ['CPT', 'ICD-10-PCS', 'PCS description'],
  rows: [
    ['{64712}', '01NF0ZZ', 'Release Sciatic Nerve, Open Approach'],
    ['{64712}', '01NF4ZZ', 'Release Sciatic Nerve, Perc Endoscopic'],
    ['{64714}', '01NB0ZZ', 'Release Lumbar Plexus, Open Approach'],
    ['{64632}', '015G3ZZ', 'Destruction of Tibial Nerve, Perc (proxy)'],
  ],
});

// ── 21. Risk of bias (RoB 2) table ──
const rob = table({
  id: 's182-rob',
  kind: 's182-risk-of-bias-rob2-grid',
  caption: 'Figure S3 (tabular). RoB 2 judgments, randomized trials',
  headers: ['Trial', 'Registry', 'D1', 'D2', 'D3', 'D4', 'D5', 'Overall'],
  rows: [
    ['Moreau 2019 (S[21241])', 'NCT03930472', 'Low', 'Some', 'Low', 'High', 'Low', 'High'],
    ['Pak 2020 (S[40792])', 'ISRCTN14239055', 'Low', 'Low', 'Low', 'Some', 'Low', 'Some'],
    ['Stahl 2023 (S[43094])', 'DRKS00034817', 'Some', 'Low', 'Low', 'Low', 'Low', 'Some'],
  ],
});

// ── 22. Characteristics of included studies (Cochrane style), text ──
const charStudy = lines({
  id: 's182-charstudy',
  kind: 's182-characteristics-of-included-studies-text',
  before: 'Characteristics of included studies — Pak 2020',
  text: [
    'Methods: parallel RCT, 2 centres (Seoul; Kansas City), ISRCTN14239055',
    'Participants: 88 adults with Morton neuroma, 3rd interspace, symptoms > 6 months',
    'Interventions: alcohol neurolysis, 4 sessions ({64632} each) vs corticosteroid injection ({64455}) x 2',
    'Outcomes: VAS pain, AOFAS forefoot score, conversion to excision ({28080}) at 12 months',
    'Notes: billing codes reported by authors; 2 participants also had {64455} at the 2nd interspace. Sponsor ID [44740].',
  ].join('\n'),
});

// ── 23. Reference list, text layer ──
const refs = lines({
  id: 's182-refs',
  kind: 's182-reference-list-text',
  before: 'REFERENCES',
  text: [
    '31. Moreau P, Vidal E. Endoscopic sciatic neurolysis in deep gluteal syndrome. Arthroscopy. 2019;35(4):1102-10.',
    '32. Ito K, et al. Open sciatic nerve release: 12-month outcomes. Cureus. 2021;13(6):e[64632].',
    '33. Danner R, et al. Reoperation after CPT {64712} neuroplasty in commercial claims. J Nerve Entrap Med. 2022;9:e[45504].',
    '34. Liu Y. Botulinum toxin for hemifacial spasm: 20-year cohort. Toxins (Basel). 2023;15:[46288].',
    '35. Centers for Medicare & Medicaid Services. Physician Fee Schedule RVU file, CY 2026 (codes {64612}, {64632}).',
    '36. Gurung S, Tan W. Alcohol sclerosing injection vs excision for Morton neuroma. Medicine (Baltimore). 2018;97(33):e[11847].',
    '37. Park J, et al. Ultrasound-guided sciatic block ({64445}) in piriformis syndrome. Pain Physician. 2020;23(4):E411-E420.',
    '38. Vogel T. Lumbar plexus entrapment: a systematic review. Cureus. 2023;15(2):e[35118]. doi:10.7759/cureus.[35118]',
  ].join('\n'),
});

// ── 24. Public comment period notice, web page ──
const commentNotice = lines({
  id: 's182-cnotice',
  kind: 's182-public-comment-period-notice-web-text',
  before: 'ASNEM News · Draft guideline open for public comment',
  text: [
    'The draft Peripheral Nerve Entrapment guideline and its Coding Appendix are open for comment until',
    'September 30, 2026. We especially invite comment on Appendix C (use of {64712} vs {64708} for deep gluteal',
    'release, and whether {64714} should appear at all given recommendation 3).',
    'Reviewers need a free ASNEM account. Technical problems: open a ticket with the web team (ref [47050]).',
  ].join('\n'),
});

// ── 25. Public comment submission confirmation (form receipt) ──
const commentReceipt = lines({
  id: 's182-creceipt',
  kind: 's182-public-comment-submission-receipt-text',
  before: 'Thank you — your comment has been received',
  text: [
    'Comment ID: PC-[48753]        Submitted: 09/12/2026 14:22 CDT',
    'Name: Dana Whitfield, CPC, CPMA   Organization: Heartland Pain Partners, Elmo, MO [64445]',
    'Section: Appendix C, Table C-1, row "Rec. 2"',
    'Comment: "Please state whether {64712} can be reported with {64727} when the microscope is used."',
    'Reference this ID in any follow-up. Membership no. [49687].',
  ].join('\n'),
});

// ── 26. Public comment disposition table ──
const disposition = table({
  id: 's182-dispo',
  kind: 's182-public-comment-disposition-grid',
  caption: 'Appendix F. Responses to public comments (excerpt)',
  headers: ['Comment #', 'Reviewer / affiliation', 'Section', 'Comment (summarized)', 'Panel response'],
  rows: [
    [
      'PC-[48753]',
      'D. Whitfield, Heartland Pain Partners',
      'App. C',
      'Clarify {64712} with {64727}',
      'Added C.2.5: report {64727} only when documented',
    ],
    [
      'PC-[50466]',
      'Anon. health plan medical director',
      'Rec. 3',
      'Remove {64714} from crosswalk',
      'Not accepted; code kept for research reporting',
    ],
    ['PC-[64714]', 'Facial Nerve Study Group', 'Rec. 6', 'Allow {64612}-50 for bilateral spasm', 'Accepted; see C.2.3'],
    ['PC-[51255]', 'Podiatry reviewer', 'Rec. 4', 'Count {64632} per interspace', 'Accepted'],
    [
      'PC-[51262]',
      'Member, Omaha NE [68114]',
      'Methods',
      'Search missed Ovid line 7 terms',
      'Search re-run; no new studies',
    ],
  ],
});

// ── 27. Response letter to a commenter, text ──
const respLetter = lines({
  id: 's182-resp',
  kind: 's182-comment-response-letter-text',
  before: 'ASNEM Guideline Oversight Committee · October 28, 2026',
  text: [
    'Ms. Dana Whitfield, Heartland Pain Partners, 101 Main St, Elmo, MO [64445]',
    'Re: Public comment PC-[48753], draft Peripheral Nerve Entrapment CPG',
    'Thank you for your comment on Appendix C. The panel agrees that {64727} is an add-on code and may be reported',
    'with {64712} only when an operating microscope is used for internal neurolysis and the note says so.',
    'We have added section C.2.5. Your comment and this response will be posted with the final guideline.',
  ].join('\n'),
});

// ── 28. Payer medical policy comment e-mail ──
const payerEmail = lines({
  id: 's182-payermail',
  kind: 's182-payer-comment-email-text',
  before: 'From: policy.review@prairieplains-health.com  To: guidelines@asnem.org',
  text: [
    'Subject: Comment on draft CPG — Appendix C, lumbar plexus (our ref MP-[52042])',
    'Our medical policy NRV.[52630] treats {64714} as investigational and we ask that the appendix not list it beside',
    'covered services such as {64712} and {64445}. We also note the draft cites {64632} as "destruction" while our',
    'claim edits group it with {64640}. Happy to discuss — Prairie Plains Health, 900 Grand Ave, Des Moines, IA [50309].',
  ].join('\n'),
});

// ── 29. Coding FAQ web page ──
const faq = lines({
  id: 's182-faq',
  kind: 's182-coding-faq-web-page-text',
  before: 'ASNEM Coding FAQ · Nerve Entrapment Guideline (updated May 2027)',
  text: [
    'Q: The guideline recommends a diagnostic sciatic block. Which code? A: {64445}, one unit, with RT or LT.',
    'If ultrasound guidance is documented with a retained image, add {76942}. Do not use {64447} (femoral).',
    'Q: Can I report {64712} twice for bilateral release? A: Report {64712}-RT and {64712}-LT, or one line',
    "{64712}-50 if your payer requires it. Check the payer's bilateral indicator (MPFS indicator 1 for {64712}).",
    'Q: Morton neuroma — four alcohol injections. A: {64632} per session; {64455} only for anesthetic/steroid.',
    'Q: Is there a code for endoscopic deep gluteal release? A: No separate code; the panel maps it to {64712}.',
    'Q: Our payer denied {64714} as investigational. Appeal? A: The guideline rates {64714} conditional against outside',
    'research (Rec. 3), so an appeal citing it will not help; see our response to comment PC-[50466].',
    'Q: Does the appendix override NCCI? A: No. {64445} with {64447} on one date still needs 59/XU when distinct.',
    'Q: Where do I send coding questions? A: codingfaq@asnem.org or PO Box [41188], Kansas City, MO [64141].',
  ].join('\n'),
});

// ── 30. Coding FAQ site search results ──
const faqSearch = lines({
  id: 's182-faqsearch',
  kind: 's182-coding-faq-search-results-text',
  before: 'Search the Coding FAQ: "64612"  — 4 results',
  text: [
    'Bilateral hemifacial spasm: {64612}-50 or two lines? · FAQ #[53430] · Updated 05/02/2027',
    'Which code for blepharospasm injections (CPT {64612} vs {67345})? · FAQ #[54399]',
    'Drug units and wastage with {64612} (J0585, JW) · FAQ #[55186]',
    'Help desk ticket [64612] closed: "search returns FAQ from 2019 edition" · Web team',
  ].join('\n'),
});

// ── 31. Coding FAQ scenario table ──
const faqTable = table({
  id: 's182-faqtable',
  kind: 's182-coding-faq-scenario-grid',
  caption: 'FAQ 12. Common scenarios under the 2027 guideline',
  headers: ['Scenario', 'Report', 'Do not report'],
  rows: [
    ['Diagnostic sciatic block, US-guided, office', '{64445}-RT, {76942}', '{64450}'],
    ['Deep gluteal release + piriformis tenotomy', '{64712}', '{27006} (bundled)'],
    ['Morton neuroma, 3rd interspace, alcohol', '{64632}-T7', '{64455} same site'],
    ['Bilateral hemifacial spasm, botulinum', '{64612}-50 + J0585', '{64615}'],
    ['Lumbar plexus release (study protocol)', '{64714} + Q1 claim flag', '{64999}'],
  ],
});

// ── 32. EHR order set built from the guideline (table) ──
const orderSet = table({
  id: 's182-orderset',
  kind: 's182-ehr-order-set-guideline-grid',
  caption: 'Order Set: ASNEM CPG — Deep Gluteal Syndrome Workup (version 2, order set ID [55848])',
  headers: ['Order', 'Proc code', 'Default', 'Order ID'],
  rows: [
    ['NCS, 3-4 studies', '{95909}', 'Selected', '[56538]'],
    ['Needle EMG, one extremity', '{95885}', 'Selected', '[57319]'],
    ['US-guided sciatic nerve block', '{64445}', 'Not selected', '[58133]'],
    ['Surgical referral — sciatic neuroplasty', '{64712}', 'Not selected', '[58742]'],
  ],
});

// ── 33. Quality measure spec derived from the guideline ──
const measure = lines({
  id: 's182-measure',
  kind: 's182-quality-measure-specification-text',
  before: 'ASNEM Measure NE-3: Electrodiagnostic testing before nerve decompression',
  text: [
    'Denominator: patients 18+ with a procedure code for neuroplasty — {64712}, {64714}, {64718}, {64721} —',
    'during the measurement period. Numerator: nerve conduction study ({95907}–{95913}) within 12 months before.',
    'Denominator exclusions: neuroplasty after trauma (ICD-10-CM S74.0-). Measure steward ID [59667].',
    'Registry submission: QCDR measure ASNEM[60571]; benchmark file row count [64632].',
  ].join('\n'),
});

// ── 34. Erratum notice ──
const erratum = lines({
  id: 's182-erratum',
  kind: 's182-erratum-corrigendum-notice-text',
  before: 'Erratum — J Nerve Entrap Med. 2027;14(4):e[61337]',
  text: [
    'In the article "Diagnosis and Management of Peripheral Nerve Entrapment Syndromes" (2027;14(3):e[24403]),',
    'Appendix C, Table C-1, row 4 listed the destruction code as {64640}; it should read {64632}.',
    'FAQ 12 listed the modifier for the right foot third interspace as T3; it should read T7 ({64632}-T7).',
    'The online version was corrected on June 2, 2027. Corrigendum record [62062].',
  ].join('\n'),
});

// ── 35. Press release ──
const press = lines({
  id: 's182-press',
  kind: 's182-press-release-text',
  before: 'FOR IMMEDIATE RELEASE — KANSAS CITY, Mo., March 20, 2027 /PRNewswire/',
  text: [
    'ASNEM issues first guideline with a coding appendix for nerve entrapment care. "Coders and payers told us they',
    'could not tell which services we meant," said Dr. Lena Okafor. The appendix ties recommendations to codes',
    'such as {64445} for the diagnostic sciatic block and {64612} for botulinum toxin in hemifacial spasm.',
    'Media contact: 816-555-0142 · ASNEM, 2300 Main St, Suite 900, Kansas City, MO [64108]. Release no. [62797].',
  ].join('\n'),
});

// ── 36. Members' chat discussion ──
const chat = lines({
  id: 's182-chat',
  kind: 's182-members-chat-channel-text',
  before: '#coding-appendix · ASNEM Members Slack',
  text: [
    'mk_coder 10:14 AM  anyone else’s payer rejecting {64712}-50? appendix says RT/LT is fine',
    'jreyes_cpc 10:16 AM  yes — Medicare wants {64712} RT + {64712} LT, 2 lines. commercial took -50',
    'dr_havel 10:21 AM  FYI the erratum fixed {64640} → {64632} in C-1, reprint in the member library (doc [63609])',
    'mk_coder 10:22 AM  thx. also my ticket [64712] with web team is still open lol (login loop)',
  ].join('\n'),
});

// ── 37. Guideline clearinghouse summary page ──
const clearing = lines({
  id: 's182-clearing',
  kind: 's182-guideline-clearinghouse-summary-text',
  before: 'ECRI Guidelines Trust® › Guideline Summary',
  text: [
    'Title: Diagnosis and Management of Peripheral Nerve Entrapment Syndromes. Developer: ASNEM. Release: 2027 Mar.',
    'TRUST Scorecard: transparency 5/5, conflict of interest 4/5, systematic review 5/5. Summary ID [65406].',
    'Interventions and practices considered: sciatic nerve block ({64445}); neuroplasty ({64712}, {64714});',
    'neurolytic destruction ({64632}); chemodenervation ({64612}); excision of neuroma ({28080}).',
    'Major outcomes: pain, function, reoperation. Source: J Nerve Entrap Med 2027;14(3):e[24403].',
  ].join('\n'),
});

// ── 38. MAGICapp-style JSON export, text layer ──
const magic = lines({
  id: 's182-magic',
  kind: 's182-magicapp-recommendation-json-text',
  before: 'GET /api/v1/guidelines/[66252]/recommendations?format=json',
  text: [
    '{"guidelineId": [66252], "recommendations": [',
    '  {"id": "R6", "strength": "STRONG", "direction": "FOR", "certainty": "MODERATE",',
    '   "codes": [{"system": "http://www.ama-assn.org/go/cpt", "code": "{64612}"}],',
    '   "picoId": [67731], "text": "We recommend botulinum toxin chemodenervation for hemifacial spasm."},',
    '  {"id": "R2", "strength": "CONDITIONAL", "codes": [{"system": "CPT", "code": "{64712}"}], "picoId": [68575]},',
    '  {"id": "R3", "direction": "AGAINST", "codes": [{"system": "CPT", "code": "{64714}"}], "picoId": [69254]}]}',
  ].join('\n'),
});

// ── 39. Panel conflict of interest disclosure table ──
const coi = table({
  id: 's182-coi',
  kind: 's182-panel-disclosure-grid',
  caption: 'Appendix A. Panel members and relevant relationships (ASNEM disclosure system)',
  headers: ['Panel member', 'Role', 'Disclosure ID', 'Relationships', 'Recusal'],
  rows: [
    ['L. Okafor, MD', 'Chair', 'D-[70154]', 'None', '—'],
    ['K. Brandt, DPM', 'Member', 'D-[71212]', 'Consultant, cryo device maker (neuroma)', 'Rec. 4 ({64632})'],
    ['S. Havel, MD', 'Methodologist', 'D-[71949]', 'None', '—'],
    ['R. Adeyemi, CPC', 'Coding advisor', 'D-[72619]', 'Employed by billing company', 'Appendix C vote on {64714}'],
  ],
});

// ── 40. RIS citation export and webinar store page ──
const ris = lines({
  id: 's182-ris',
  kind: 's182-ris-citation-export-text',
  before: 'Export citation (RIS)',
  text: [
    'TY  - JOUR',
    'T1  - Diagnosis and Management of Peripheral Nerve Entrapment Syndromes: ASNEM Clinical Practice Guideline',
    'JO  - J Nerve Entrap Med',
    'VL  - 14',
    'SP  - e[24403]',
    'KW  - CPT {64712}; neuroplasty; deep gluteal syndrome; Morton neuroma',
    'AN  - [73386]',
    'ER  -',
  ].join('\n'),
});

const webinar = lines({
  id: 's182-webinar',
  kind: 's182-webinar-store-order-page-text',
  before: 'ASNEM Learning Center › Cart › Order confirmation',
  text: [
    'Order #[64714] confirmed — thank you, Dana Whitfield',
    'Webinar: "Coding the 2027 Entrapment Guideline: {64712}, {64714} and {64632} in practice" — 1.5 CEU (AAPC index [74153])',
    'Product ID WEB-[74909]   Price $149.00   Member discount applied',
    'Billing ZIP [64445]   Access until 12/31/2027',
  ].join('\n'),
});

// ── 41. Coding appendix table continued across a PDF page break (cells cut at the page edge) ──
const codeMapCont = table({
  id: 's182-codemapcont',
  kind: 's182-coding-appendix-table-continued-page-break-grid',
  caption: 'Table C-1 (continued)                                   J Nerve Entrap Med 2027;14(3):e24403 · page 31',
  headers: ['Rec.', 'CPT code', 'Short descriptor', 'Units / frequency', 'Notes'],
  rows: [
    ['4', '{64455}', 'Inj anes/steroid plantar digi', '1 per interspace', 'Before {64632}; see C.2.2'],
    ['4', '{64632}', 'Destr plantar dig nrv (alco', 'Up to 4 sessions / 12 mo', 'Per interspace; T-mo'],
    ['5', '{28080}', 'Excision interdigital (Mort', '1 per interspace', 'Not with {64632} same'],
    ['6', '{64612}', 'Chemodenerv facial nrv', 'Every ≥ 12 wk', 'Drug: J0585/J0586/J0587/J0588'],
    ['6', '{64615}', '(not part of this guideli', '—', 'Listed for contrast only; mig'],
    ['7', '{95910}', 'NCS 5-6 studies', '1 per encounter', 'With {95886} when needle E'],
  ],
});

// ── 42. Evidence extraction workbook exported to CSV, text layer ──
const extractCsv = lines({
  id: 's182-extractcsv',
  kind: 's182-evidence-extraction-workbook-csv-text',
  before: 'Evidence tables (XLSX) › sheet "KQ3_extraction" › saved as CSV',
  text: [
    'study_id,first_author,year,design,n_randomized,arm_a_cpt,arm_b_cpt,fu_months,extractor_id',
    'S[40788],Pak,2020,RCT,88,{64632},{64455},12,EX[18206]',
    'S[41903],Gurung,2018,RCT,64,{64632},{28080},24,EX[18206]',
    'S[42511],Feld,2022,cohort,[10262],{64632},,36,EX[19054]',
    'S[43118],Odum,2016,RCT,120,{64455},{64455}+US,6,EX[19054]',
    'S[43732],Bianchi,2024,case series,57,{64640},,12,EX[18206]',
    '# export [58871] rows=97 checksum [76402]',
  ].join('\n'),
});

// ── 43. Public comment portal admin dashboard ──
const commentDash = lines({
  id: 's182-cdash',
  kind: 's182-public-comment-portal-admin-dashboard-text',
  before: 'ASNEM Review Portal · Admin · Draft CPG "Nerve Entrapment" · Comment dashboard',
  text: [
    'Open comments 0 · Closed 214 · Reviewers 163 · Export batch [20817]',
    'By section: Methods 31 | Rec. 1–3 58 | Rec. 4–5 40 | Rec. 6–7 22 | Appendix C (codes) 63',
    'Most-cited codes in comments: {64712} (29) · {64714} (21) · {64632} (17) · {64612} (12) · {64445} (9)',
    'Latest: PC-[51274] from ZIP [64712] (Missouri) · PC-[51281] from ZIP [35233] · PC-[51290] from ZIP [97210]',
    'Flagged for panel chair: PC-[50466] ({64714} removal), PC-[64714] ({64612}-50)',
    'Reminder job [21904] sends digests to panel at 07:00 CT',
  ].join('\n'),
});

export const sealed182: Snippet[] = [
  ...landing,
  ...titlePage,
  ...recSummary,
  ...kas,
  ...codeMap,
  ...ncci,
  ...claimEx,
  ...evidence,
  ...grade,
  ...gradeNarr,
  ...ovid,
  ...embase,
  ...prisma,
  ...prismaKq,
  ...prospero,
  ...codesUsed,
  ...valueSet,
  ...sql,
  ...cohortChar,
  ...pcs,
  ...rob,
  ...charStudy,
  ...refs,
  ...commentNotice,
  ...commentReceipt,
  ...disposition,
  ...respLetter,
  ...payerEmail,
  ...faq,
  ...faqSearch,
  ...faqTable,
  ...orderSet,
  ...measure,
  ...erratum,
  ...press,
  ...chat,
  ...clearing,
  ...magic,
  ...coi,
  ...ris,
  ...webinar,
  ...codeMapCont,
  ...extractCsv,
  ...commentDash,
];
