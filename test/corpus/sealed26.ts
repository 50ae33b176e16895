import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 26 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/context.ts), never read a score of an earlier sealed set, and never ran the detector on
 * these snippets. Its page shapes (`kind`, prefixed `s26-`) appear in no other corpus file. Score it once; do not edit
 * a snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as ZIPs, accounts, ids, counts, page numbers and amounts.
 *
 * Family: government and public documents. Built on real public layouts: the Federal Register PFS final rule
 * Addendum B columns (HCPCS, MOD, Status, Description, Work/PE/MP RVUs, Global), Addendum D GPCI rows (MAC number,
 * locality number), the preamble valuation prose with "FR" page citations, the printed FR page (running head with
 * the page number, GPO slug line "Jkt … PO … Frm …"), the FR correction-notice wording ("In FR Doc. … appearing on
 * page …"), the CMS Claims Processing Manual (Pub. 100-04) section layout with its transmittal/CR history table, the
 * MCD billing-article "Group 1 Codes" table and "Group 1 Paragraph" ICD-10 lists, the MCD search-result rows
 * (contractor number and type), the NCCI PTP practitioner edit file columns (Column 1, Column 2, effective/deletion
 * dates, modifier indicator), the MUE practitioner table columns, the CMS PFS Look-Up Tool result grid (MAC/locality),
 * the OIG audit report number format (A-XX-YY-NNNNN), the federal ECF page header (Case/Document/Filed/PageID) and
 * the regulations.gov comment tracking id (CMS-YYYY-NNNN-NNNNN). The others are written the way those pages read,
 * with no single source: MLN booklet and MLN Matters pages, state Medicaid fee schedules and bulletins, workers'
 * comp ground rules and regional conversion factors, OIG work plan items and appendices, MedPAC/GAO tables and
 * highlights, court opinions, a settlement agreement with its claims exhibit, an indictment's counts table, a news
 * article, an MFCU annual report, a comment letter with attachment, a FOIA request log and a FOIA'd claims extract.
 *
 * 344 labelled tokens over 30 shapes: 147 codes, 197 decoys, 74 of the decoys in KNOWN_10K (including the five
 * known codes' own digits used once each as a page number, claim number, copy count, batch number and ZIP).
 */

// ── 1. Federal Register PFS final rule, Addendum B (relative value units and related information) ──
const addendumB = table({
  id: 's26-addb',
  kind: 's26-fedreg-pfs-addendum-b-rows',
  caption: 'ADDENDUM B: Relative Value Units and Related Information Used in CY 2026 Final Rule',
  headers: [
    'HCPCS',
    'MOD',
    'Status',
    'Description',
    'Work RVUs',
    'Non-Facility PE RVUs',
    'Facility PE RVUs',
    'Mal-Practice RVUs',
    'Global',
  ],
  rows: [
    ['{64445}', '', 'A', 'N block inj sciatic sng', '1.39', '2.20', '0.35', '0.11', '000'],
    ['{64612}', '', 'A', 'Destroy nerve face muscle', '1.91', '2.62', '1.60', '0.15', '010'],
    ['{64632}', '', 'A', 'N block inj common digit', '1.23', '1.40', '0.40', '0.09', '010'],
    ['{64712}', '', 'A', 'Revise sciatic nerve', '8.12', 'NA', '6.04', '1.62', '090'],
  ],
});

// ── 1b. Federal Register PFS final rule, Addendum D (geographic practice cost indices by locality) ──
const addendumD = table({
  id: 's26-addd',
  kind: 's26-fedreg-addendum-d-gpci-locality-rows',
  caption: 'ADDENDUM D: CY 2026 Geographic Practice Cost Indices (GPCIs) by State and Medicare Locality',
  headers: [
    'Medicare Administrative Contractor (MAC)',
    'State',
    'Locality Number',
    'Locality Name',
    '2026 PW GPCI (with 1.0 Floor)',
    '2026 PE GPCI',
    '2026 MP GPCI',
  ],
  rows: [
    ['[02102]', 'AK', '01', 'ALASKA**', '1.500', '1.113', '0.615'],
    ['[03102]', 'AZ', '00', 'ARIZONA', '1.000', '0.982', '0.872'],
    ['[01112]', 'CA', '05', 'SAN FRANCISCO', '1.094', '1.397', '0.452'],
    ['[01182]', 'CA', '18', 'LOS ANGELES', '1.048', '1.193', '0.637'],
    ['[12202]', 'DC', '01', 'DC + MD/VA SUBURBS', '1.052', '1.195', '1.029'],
    ['[06102]', 'IL', '16', 'CHICAGO', '1.016', '1.045', '1.783'],
    ['[05302]', 'MO', '01', 'METROPOLITAN KANSAS CITY', '1.000', '0.962', '1.185'],
    ['[13202]', 'NY', '01', 'MANHATTAN', '1.061', '1.288', '1.742'],
  ],
});

// ── 2. Federal Register preamble: valuation of specific codes, prose with FR page citations ──
const preamble: Snippet[] = lines({
  id: 's26-preamble',
  kind: 's26-fedreg-preamble-code-valuation-prose',
  before: '(12) Neuroplasty of Major Peripheral Nerve (CPT Codes 64712 and 64714)',
  text: [
    'In the CY 2025 PFS proposed rule (89 FR [61596]), we proposed the RUC-recommended work RVU of 8.12 for CPT code',
    '{64712} (Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve) and 7.36 for CPT code {64714}',
    '(Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus). A commenter (tracking no. CMS-2024-0256-[34195])',
    'stated that the intra-service time for {64714} understates the work of exposing the plexus. We refer readers to',
    'the discussion at 88 FR [78942] for our standard approach to time ratios. After consideration of the comments, we',
    'are finalizing the work RVUs for both codes as proposed. The direct PE inputs are in the file',
    'CY 2026 PFS Final Rule Direct PE Inputs (row count [30510] in the public use file).',
    'We received [21896] timely pieces of correspondence on the proposed rule, of which 41 addressed these codes.',
  ].join('\n'),
});

// ── 2b. Federal Register printed page: running head, a refinement table and the GPO slug line ──
const frPage: Snippet[] = lines({
  id: 's26-frpage',
  kind: 's26-fedreg-preamble-code-valuation-prose',
  text: [
    '[49318]   Federal Register / Vol. 90, No. 217 / Wednesday, November 12, 2025 / Rules and Regulations',
    'TABLE 18—CY 2026 DIRECT PE REFINEMENTS (excerpt)',
    'HCPCS code {64612}: removed equipment item ED050; refined clinical labor CA013 from 3 to 2 minutes.',
    'HCPCS code {64632}: supply item SB006 quantity 2 refined to 1 (one injection per nerve).',
    'Codes {64445} and {64632} were last reviewed under the misvalued code initiative (see 84 FR [62636]).',
    'VerDate Sep<11>2014   17:22 Nov 11, 2025   Jkt 265001   PO [00000]   Frm [00152]   Fmt 4701   Sfmt 4700   E:\\FR\\FM\\12NOR2.SGM   12NOR2',
  ].join('\n'),
});

// ── 3. Federal Register table: RUC recommendations vs CMS refinements ──
const rucTable = table({
  id: 's26-ruc',
  kind: 's26-fedreg-ruc-vs-cms-work-rvu-table',
  caption: 'TABLE 17: CY 2026 Work RVUs for New, Revised, and Potentially Misvalued Codes',
  headers: [
    'HCPCS',
    'Descriptor',
    'Current work RVU',
    'RUC recommended work RVU',
    'CMS work RVU',
    'CMS time refinement',
  ],
  rows: [
    ['{64445}', 'Njx aa&/strd sciatic nrv', '1.48', '1.39', '1.39', 'No'],
    ['{64612}', 'Chemodenerv musc facial nrv', '1.91', '2.01', '1.91', 'Yes'],
    ['{64714}', 'Revise low back nerve(s)', '7.36', '7.90', '7.36', 'Yes'],
  ],
});

// ── 4. Federal Register correction notice ──
const correction: Snippet[] = [
  {
    id: 's26-frcorr-1',
    kind: 's26-fedreg-correction-notice',
    text: [
      'DEPARTMENT OF HEALTH AND HUMAN SERVICES',
      'Centers for Medicare & Medicaid Services',
      '42 CFR Parts 405, 410, 414 [CMS-1807-CN]',
      'RIN 0938-AV35',
      'Medicare and Medicaid Programs; CY 2026 Payment Policies Under the Physician Fee Schedule; Correction',
      'In FR Doc. 2025-[19790] appearing on page [49266] in the Federal Register of November 12, 2025, the following',
      'corrections are made: 1. On page [49317], in Table 17, in the entry for CPT code {64612}, the "CMS work RVU"',
      'column, "2.01" is corrected to read "1.91". 2. On page [49410], in Addendum B, the global period for {64632}',
      'is corrected from "000" to "010". 3. On page [64632], third column, line 12, the reference to "CPT code {64445}"',
      'is corrected to read "CPT code {64445}, single injection". [FR Doc. 2025-[21533] Filed 12-3-25; 8:45 am]',
    ].join('\n'),
  },
];

// ── 5. CMS Claims Processing Manual (Pub. 100-04) chapter section ──
const cpm: Snippet[] = lines({
  id: 's26-cpm',
  kind: 's26-cms-claims-manual-section-text',
  before: 'Medicare Claims Processing Manual Chapter 12 - Physicians/Nonphysician Practitioners',
  text: [
    '40.6 - Claims for Multiple Surgeries',
    '(Rev. [12651]; Issued: 06-12-24; Effective: 07-01-24; Implementation: 07-01-24)',
    'A. General. Multiple surgeries are separate procedures performed by a single physician on the same patient at',
    'the same operative session. For example, when {64712} is billed with {64445} on the same date, the block is',
    'bundled unless the nerve block is for postoperative pain management requested by the surgeon.',
    'Example 3: Dr. A performs CPT code {64714} (Neuroplasty; lumbar plexus) and {64612}-LT on the same day. The MPFSDB',
    'multiple procedure indicator for {64612} is 2; pay 100 percent of the higher fee schedule amount and 50 percent of the next.',
    'Transmittal [11138], CR [13452] revised this section. See also §40.8, and the crosswalk in Transmittal [12784].',
  ].join('\n'),
});

// Manual chapter footer: transmittal history table
const cpmHist: Snippet[] = lines({
  id: 's26-cpmhist',
  kind: 's26-cms-claims-manual-section-text',
  before: 'Transmittals Issued for this Chapter',
  text: [
    'Rev #        Issue Date   Subject                                                          Impl Date    CR#',
    'R[12651]CP   06/12/2024   Multiple surgery clarification for nerve procedures ({64712}, {64714})   07/01/2024   [13452]',
    'R[11138]CP   11/17/2021   Bilateral surgery indicator update for {64612}                    01/03/2022   [12494]',
    'R[10321]CP   08/28/2020   Global surgery days; MPFSDB indicators for nerve codes         10/05/2020   [11847]',
    'R[08700]CP   03/03/2017   Sciatic nerve block ({64445}) billed by the operating surgeon     04/03/2017   [09911]',
  ].join('\n'),
});

// ── 6. MLN booklet: billing tips table ──
const mlnBooklet = table({
  id: 's26-mlnbk',
  kind: 's26-mln-booklet-billing-tips-table',
  caption: 'MLN Booklet — Global Surgery (MLN907166 July 2025). Table 2: Examples of global periods',
  headers: ['Global Days', 'Example CPT Code', 'What the global package includes', 'Page'],
  rows: [
    ['000', '{64445}', 'Same-day E/M only if significant and separately identifiable (modifier 25)', '7'],
    ['010', '{64632}', 'Day of procedure and 10 days after; postoperative visits not separately paid', '7'],
    ['010', '{64612}', 'Same as above; second injection session within 10 days uses modifier 58 or 79', '8'],
    ['090', '{64712}', 'One day preop, day of surgery, 90 days postop; report modifier 54/55 for split care', '8'],
  ],
});

// ── 7. MLN Matters article (background / policy / CR number) ──
const mlnMatters: Snippet[] = [
  {
    id: 's26-mlnm-1',
    kind: 's26-mln-matters-article-page',
    text: [
      'MLN Matters MM[13452]   Related CR Release Date: May 9, 2025   Related CR Transmittal: R[13188]CP',
      'Related Change Request (CR) Number: [13452]   Effective Date: October 1, 2025',
      'PROVIDER TYPES AFFECTED: Physicians and non-physician practitioners billing MACs for nerve procedures.',
      'WHAT YOU NEED TO KNOW: CR [13452] updates the Medically Unlikely Edit for CPT code {64612} to 2 units per day',
      '(MAI 3) and tells MACs to deny {64632} billed with more than 2 units on one line. Claims processed before',
      "the update may be adjusted if you bring them to your MAC's attention. Document control number [88257].",
      'MLN Matters MM[13452]                                                   Page 2 of 4',
    ].join('\n'),
  },
];

// ── 8. MCD billing article: Group 1 Codes table ──
const group1 = table({
  id: 's26-grp1',
  kind: 's26-mcd-billing-article-group-codes-table',
  caption:
    'Billing and Coding: Botulinum Toxins (A57715). CPT/HCPCS Codes. Group 1 Paragraph: N/A. Group 1 Codes: (4 Codes)',
  headers: ['Code', 'Description'],
  rows: [
    [
      '{64612}',
      'Chemodenervation of muscle(s); muscle(s) innervated by facial nerve, unilateral (eg, for blepharospasm, hemifacial spasm)',
    ],
    ['J0586', 'Injection, abobotulinumtoxinA, 5 units'],
    ['J0585', 'Injection, onabotulinumtoxinA, 1 unit'],
    ['{64632}', 'Destruction by neurolytic agent; plantar common digital nerve'],
  ],
});

// Group 1 Codes, second part (the article lists codes with a revision note)
const group1b: Snippet[] = lines({
  id: 's26-grp1b',
  kind: 's26-mcd-billing-article-group-codes-table',
  before: 'Group 2 Paragraph: Peripheral nerve procedures. Group 2 Codes: (3 Codes)',
  text: [
    'Code   Description',
    '{64445}   Injection(s), anesthetic agent(s) and/or steroid; sciatic nerve',
    '{64712}   Neuroplasty, major peripheral nerve, arm or leg, open; sciatic nerve',
    '{64714}   Neuroplasty, major peripheral nerve, arm or leg, open; lumbar plexus',
    'Article revision [07262]: 10/01/2025 annual ICD-10 update; removed G57.01 from Group 2 ICD-10 list.',
  ].join('\n'),
});

// ── 9. MCD billing article: ICD-10-CM Codes that support medical necessity (Group paragraph) ──
const icdGroup: Snippet[] = [
  {
    id: 's26-icd-1',
    kind: 's26-mcd-icd10-support-group-paragraph',
    text: [
      'ICD-10-CM Codes that Support Medical Necessity',
      "Group 1 Paragraph: It is the provider's responsibility to select codes carried out to the highest level of",
      'specificity. The following ICD-10-CM codes support medical necessity and provide coverage for CPT code {64612}:',
      'Group 1 Codes: G24.5 Blepharospasm; G51.31 Clonic hemifacial spasm, right; G51.32 Clonic hemifacial spasm, left',
      'Group 2 Paragraph: The following support CPT code {64632} only: G57.61 Lesion of plantar nerve, right lower limb;',
      "G57.62 Lesion of plantar nerve, left lower limb. Note: Morton's neuroma is reported with G57.6-; do not report",
      '{64632} for a diagnosis of M79.671 alone. Document history: L[39240] / A[59741]; Contractor [12502] (MAC A/B J-L).',
    ].join('\n'),
  },
];

// ── 10. MCD search results list (document id, contractor number and type) ──
const mcdSearch = table({
  id: 's26-mcds',
  kind: 's26-mcd-search-results-contractor-rows',
  caption: 'Search Results: Local Coverage Articles — keyword "64712" — 4 results',
  headers: ['Document ID', 'Title', 'Contractor', 'Contractor Number / Type', 'Updated'],
  rows: [
    [
      'A[58754]',
      'Billing and Coding: Peripheral Nerve Decompression',
      'Noridian Healthcare Solutions, LLC',
      '[01112] - MAC A and B - J - E',
      '10/01/2025',
    ],
    [
      'A[56668]',
      'Billing and Coding: Nerve Blocks for Peripheral Neuropathy',
      'CGS Administrators, LLC',
      '[15202] - MAC B - J - 15',
      '09/26/2025',
    ],
    [
      'A[57755]',
      'Billing and Coding: Surgical Nerve Procedures ({64712}, {64714})',
      'Novitas Solutions, Inc.',
      '[12402] - MAC B - J - L',
      '07/11/2025',
    ],
    [
      'L[35457]',
      'Facet and Peripheral Nerve Procedures',
      'First Coast Service Options, Inc.',
      '[09102] - MAC B - J - N',
      '06/30/2025',
    ],
  ],
});

// ── 11. NCCI procedure-to-procedure practitioner edit file (public quarterly file, as a grid) ──
const ncci = table({
  id: 's26-ncci',
  kind: 's26-ncci-ptp-practitioner-file-rows',
  caption: 'Practitioner PTP Edits v321r0 Effective 10/01/2025 (file 3 of 4) — rows 60485 to 60490',
  headers: [
    'Column 1',
    'Column 2',
    '*=in existence prior to 1996',
    'Effective Date',
    'Deletion Date *=no data',
    'Modifier 0=not allowed 1=allowed 9=not applicable',
    'PTP Edit Rationale',
  ],
  rows: [
    ['{64712}', '{64445}', '', '20020101', '*', '1', 'Anesthesia service included in surgical procedure'],
    ['{64714}', '{64445}', '', '20020101', '*', '1', 'Anesthesia service included in surgical procedure'],
    ['{64714}', '{64712}', '*', '19960101', '*', '1', 'Misuse of column two code with column one code'],
  ],
});

// ── 11b. CMS Medically Unlikely Edits, practitioner services table ──
const mue = table({
  id: 's26-mue',
  kind: 's26-cms-mue-practitioner-values-table',
  caption: 'Practitioner Services MUE Table — Effective 10/01/2025 (MCR_MUE_PractitionerServices_Eff_10-01-2025.xlsx)',
  headers: ['HCPCS/CPT Code', 'Practitioner Services MUE Values', 'MUE Adjudication Indicator', 'MUE Rationale'],
  rows: [
    ['{64445}', '1', '2 Date of Service Edit: Policy', 'Anatomic Consideration'],
    ['{64612}', '2', '3 Date of Service Edit: Clinical', 'Clinical: Data'],
    ['{64632}', '2', '3 Date of Service Edit: Clinical', 'Clinical: Data'],
  ],
});

// ── 12. CMS PFS Look-Up Tool results grid ──
const lookup = table({
  id: 's26-pfslu',
  kind: 's26-cms-pfs-lookup-tool-result-grid',
  caption: 'Physician Fee Schedule Look-Up Tool — Year 2026, Pricing Information, MAC Locality 01112-05',
  headers: [
    'HCPCS',
    'Modifier',
    'MAC',
    'Locality',
    'Non-Facility Price',
    'Facility Price',
    'Non-Facility Limiting Charge',
  ],
  rows: [
    ['{64445}', '', '[01112]', '05', '$118.42', '$59.73', '$129.36'],
    ['{64612}', '', '[01112]', '05', '$151.09', '$115.20', '$165.04'],
    ['{64712}', '', '[01112]', '05', 'NA', '$512.55', 'NA'],
    ['{64445}', '26', '[05302]', '00', 'NA', '$56.90', 'NA'],
  ],
});

// ── 13. State Medicaid physician fee schedule (downloaded spreadsheet, as a table) ──
const medicaidFs = table({
  id: 's26-mcdfs',
  kind: 's26-state-medicaid-practitioner-fee-xlsx',
  caption:
    'Medical Assistance Program — Practitioner Fee Schedule — Effective 07/01/2025 — Sheet: SURGERY (rows 4,310–4,316)',
  headers: ['Procedure Code', 'Modifier', 'Description', 'Max Fee', 'PA Req', 'Age Range', 'Eff Date'],
  rows: [
    ['{64445}', '', 'N BLOCK INJ SCIATIC SNG', '48.21', 'N', '0-999', '01/01/2025'],
    ['{64612}', '', 'DESTROY NERVE FACE MUSCLE', '66.14', 'Y', '0-999', '07/01/2025'],
    ['{64632}', '', 'N BLOCK INJ COMMON DIGIT', '51.08', 'N', '21-999', '01/01/2025'],
    ['{64712}', '', 'REVISE SCIATIC NERVE', '301.77', 'Y', '0-999', '01/01/2025'],
  ],
});

// ── 14. State Medicaid provider bulletin (PDF text) ──
const medicaidBulletin: Snippet[] = lines({
  id: 's26-mbull',
  kind: 's26-state-medicaid-provider-bulletin-pdf',
  before: 'DEPARTMENT OF HUMAN SERVICES — OFFICE OF MEDICAL ASSISTANCE PROGRAMS',
  text: [
    'MEDICAL ASSISTANCE BULLETIN   Number: 99-25-[17323]   Issue Date: August 15, 2025   Effective Date: October 1, 2025',
    'SUBJECT: Prior Authorization of Chemodenervation and Peripheral Nerve Decompression Services',
    'PURPOSE: To inform providers that procedure codes {64612} and {64632} will require prior authorization when',
    'billed in the office setting (place of service 11). Procedure code {64445} remains exempt.',
    'Providers enrolled in the Fee-for-Service program should submit requests to the Utilization Management Unit,',
    'P.O. Box [19074], Harrisburg, PA [17105]. Fax 1-866-555-0142. Reference provider type 31, specialty [31969] on the request.',
    'Claims for {64712}-RT or {64712}-LT submitted without a PA number will reject with edit [02494].',
    'COMMENTS AND QUESTIONS REGARDING THIS BULLETIN SHOULD BE DIRECTED TO: Provider Inquiry, 1-800-555-7722. [64714] copies printed.',
  ].join('\n'),
});

// Bulletin attachment: affected codes list, with the bulletin's own form and page numbers
const medicaidBulletin2: Snippet[] = lines({
  id: 's26-mbull2',
  kind: 's26-state-medicaid-provider-bulletin-pdf',
  before: 'ATTACHMENT A — Procedure Codes Requiring Prior Authorization, Place of Service 11',
  text: [
    'Procedure Code   Description                                              Units per PA   Form',
    '{64612}          Chemodenervation of muscle(s); facial nerve, unilateral   2              MA [97380]',
    '{64632}          Destruction by neurolytic agent; plantar common digital   2              MA [97380]',
    '{64714}-RT       Neuroplasty, major peripheral nerve; lumbar plexus        1              MA [97381]',
    'Bulletin 99-25-[17323]                                                   Page 3 of 3   Batch [64612]',
  ].join('\n'),
});

// ── 15. State workers' compensation fee schedule ground rules (surgery section) ──
const wcGround: Snippet[] = [
  {
    id: 's26-wcgr-1',
    kind: 's26-wc-fee-schedule-surgery-ground-rules',
    text: [
      'SURGERY GROUND RULES',
      '8. Nerve blocks. Code {64445} is reimbursed as a separate procedure only when performed for a diagnosis other',
      'than the primary surgical procedure. When performed by the operating surgeon during a neuroplasty ({64712},',
      '{64714}), the block is included in the global surgical package and is not separately payable.',
      '9. Chemodenervation. Report {64612} once per side; bilateral procedures are reported with modifier -50 and',
      'paid at 150 percent. Drugs are billed separately with the NDC (11-digit) and units.',
      '10. Bills for surgical services must be submitted to the carrier within 30 days; payment maximums are listed',
      'by region (Region I: ZIP prefixes 100-119; Region IV: ZIP codes [13600] through [14925]).',
    ].join('\n'),
  },
];

// Ground rules, conversion factor table by region
const wcRegions = table({
  id: 's26-wcreg',
  kind: 's26-wc-fee-schedule-surgery-ground-rules',
  caption: 'Surgery Conversion Factors by Region (ground rule 10) — first three digits of the provider ZIP code',
  headers: ['Region', 'ZIP code range', 'Surgery CF', 'Maximum fee (example code)'],
  rows: [
    ['I', '[10001]–[11999]', '$287.47', '{64712} $2,334.26'],
    ['II', '[12000]–[12999]', '$254.10', '{64712} $2,063.29'],
    ['III', '[13000]–[13999]', '$240.35', '$1,951.73'],
    ['IV', '[14000]–[14925]', '$236.02', '$1,916.48'],
  ],
});

// ── 16. OIG audit report: sample results by code ──
const oigAudit = table({
  id: 's26-oig',
  kind: 's26-oig-audit-report-sample-results-table',
  caption: 'Report No. A-05-24-00017 — Table 1: Sample Results by CPT Code (sample frame of 58298 lines)',
  headers: ['CPT Code', 'Lines in Sample Frame', 'Sample Size', 'Lines With Errors', 'Value of Errors'],
  rows: [
    ['{64612}', '[22843]', '30', '11', '$1,942'],
    ['{64632}', '[13417]', '30', '6', '$884'],
    ['{64445}', '[46857]', '40', '19', '$1,306'],
    ['Total', '[82517]', '100', '36', '$4,132'],
  ],
});

// OIG audit report: narrative findings page
const oigNarr: Snippet[] = lines({
  id: 's26-oignarr',
  kind: 's26-oig-audit-report-findings-narrative',
  before: 'FINDINGS — Medicare Improperly Paid Physicians for Nerve Procedures',
  text: [
    'Of the 100 sampled lines, 36 did not comply with Medicare requirements. For 19 lines, the physician billed CPT',
    'code {64445} for a sciatic block that was performed by the surgeon during a procedure billed under {64712} or',
    '{64714}, contrary to the Medicare Claims Processing Manual, chapter 12, § 40.1. For 11 lines, the physician',
    'billed {64612} with 2 units when the medical record supported only one side. On the basis of our sample results,',
    'we estimated that the MAC (contractor no. [06102]) improperly paid $2.1 million. See Appendix C, page [00219] of',
    "the workpapers index. The audit covered claims received at the MAC's Indianapolis, IN [46204] office.",
  ].join('\n'),
});

// OIG audit report, Appendix B: statistical sampling methodology
const oigAppB: Snippet[] = lines({
  id: 's26-oigappb',
  kind: 's26-oig-audit-report-findings-narrative',
  before: 'APPENDIX B: STATISTICAL SAMPLING METHODOLOGY',
  text: [
    'SAMPLING FRAME: The sampling frame consisted of [82517] paid lines for the three audited procedure codes',
    'with dates of service in calendar years 2021 and 2022, extracted from the National Claims History file (extract [70712]).',
    'Stratum 1 ({64612}): [22843] frame lines, 30 sample lines.   Stratum 2 ({64632}): [13417] frame lines, 30 sample lines.',
    'Stratum 3 ({64445}): [46857] frame lines, 40 sample lines. Random numbers were generated with seed [27400].',
    'Office of Audit Services, Region V, 233 North Michigan Avenue, Chicago, IL [60601]. Report A-05-24-[00017], page 14.',
  ].join('\n'),
});

// ── 17. OIG Work Plan item ──
const workPlan: Snippet[] = [
  {
    id: 's26-wp-1',
    kind: 's26-oig-work-plan-item-card',
    text: [
      'Work Plan Item   Announced or Revised: March 2025   Agency: CMS   Component: Office of Audit Services',
      'Title: Medicare Part B Payments for Chemodenervation Services',
      'Report Number(s): W-00-25-[35912]; A-09-25-[03285]   Status: Active',
      'Medicare paid $142 million in 2023 for chemodenervation of facial muscles (CPT code {64612}) and related',
      'destruction of plantar digital nerves ({64632}). We will determine whether payments complied with the',
      'Medically Unlikely Edits. Prior OIG work: A-05-21-[00042] (nerve blocks, {64445}).',
    ].join('\n'),
  },
];

// A second Work Plan item card (completed), mostly identifiers
const workPlan2: Snippet[] = [
  {
    id: 's26-wp-2',
    kind: 's26-oig-work-plan-item-card',
    text: [
      'Work Plan Item   Announced or Revised: June 2023   Agency: CMS   Component: Office of Audit Services',
      "Title: Surgeons' Billing for Nerve Blocks Included in the Global Surgical Package",
      'Report Number(s): W-00-23-[35877]; A-01-23-[00521] (completed 11/2024); A-07-24-[02760]   Status: Completed',
      'Related reports: OEI-04-21-[00340]; A-05-24-[00017]. Contact: Public Affairs, 330 Independence Ave SW, DC [20201].',
      'Summary: Operating surgeons billed single-injection sciatic blocks ({64445}) with open neuroplasty ({64712}).',
    ].join('\n'),
  },
];

// ── 18. MedPAC / GAO report table: volume growth by code ──
const medpac = table({
  id: 's26-mpac',
  kind: 's26-medpac-gao-volume-growth-table',
  caption:
    'Table 4-7. Growth in volume per FFS beneficiary, selected nerve procedures, 2019–2023 (GAO-25-107412 cross-ref)',
  headers: [
    'HCPCS',
    'Short descriptor',
    'Services 2019',
    'Services 2023',
    'Cumulative change',
    'Allowed 2023 ($ thousands)',
  ],
  rows: [
    ['{64612}', 'Destroy nerve face muscle', '112,408', '131,955', '17.4%', '[17919]'],
    ['{64632}', 'N block inj common digit', '[93608]', '[88964]', '-5.0%', '[10321]'],
    ['{64445}', 'N block inj sciatic sng', '204,311', '219,846', '7.6%', '[23543]'],
    ['{64714}', 'Revise low back nerve(s)', '[12914]', '[14227]', '10.2%', '[16540]'],
  ],
});

const medpacNote: Snippet[] = lines({
  id: 's26-mpacnote',
  kind: 's26-medpac-gao-volume-growth-table',
  before: 'Note: FFS (fee-for-service). Services are counted per beneficiary enrolled in Part B for the full year.',
  text: [
    'Source: MedPAC analysis of 100 percent carrier claims, 2019 and 2023 (data use agreement RSCH-2024-[55874]).',
    'Beneficiary counts: [31488] in 2019 and [34212] in 2023 per 1,000 enrollees are suppressed for cells under 11.',
    'Report to the Congress: Medicare Payment Policy, March 2025, page 112. MedPAC, 425 I Street NW, Washington, DC [20001].',
  ].join('\n'),
});

// GAO report Highlights page (prose, with the report's numbers)
const gaoHighlights: Snippet[] = [
  {
    id: 's26-gao-1',
    kind: 's26-gao-report-highlights-page',
    text: [
      'GAO Highlights   Highlights of GAO-25-107412, a report to congressional requesters',
      'What GAO Found: Medicare Part B spending on peripheral nerve procedures grew from 2019 through 2023. Two codes',
      'accounted for most of the growth: chemodenervation of facial muscles (CPT {64612}) and single-injection sciatic',
      'blocks (CPT {64445}). Among the [43063] providers who billed these codes, 1,412 were outliers; [11834] billed',
      '{64445} on the same day as a surgical procedure, including open neuroplasty ({64712}).',
      'Why GAO Did This Study: GAO analyzed [50961] claims lines from a 20 percent sample. For more information,',
      'contact Leslie V. Gordon at (202) 512-7114. View GAO-25-107412. Recommendations: 3 to CMS (ID [35753]).',
    ].join('\n'),
  },
];

// ── 19. Court opinion (False Claims Act, billing), PDF text layer ──
const opinion: Snippet[] = lines({
  id: 's26-opin',
  kind: 's26-court-opinion-fca-summary-judgment',
  before: 'UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF ILLINOIS, EASTERN DIVISION',
  text: [
    'United States ex rel. Marsh v. Lakeview Pain Institute, LLC, No. 1:21-cv-[04942] (N.D. Ill.)',
    'MEMORANDUM OPINION AND ORDER',
    'Relator alleges that Defendants billed CPT code {64712}, an open neuroplasty of the sciatic nerve, for what was',
    'in fact an ultrasound-guided injection that should have been billed, if at all, as {64445}. (Dkt. 88 ¶ 41.) The',
    'difference in reimbursement between the two codes is roughly $400 per claim. Defendants respond that the',
    "operative reports support {64712}. See Lakeview's Ex. 14 at LPI-[40802] to LPI-[40819].",
    "The Court has jurisdiction under 28 U.S.C. § 1331. Defendants' principal place of business is Oak Brook, IL [60523].",
    "Relator's expert, a certified coder, reviewed a sample of 120 claims bearing Bates range LPI-[00909] through",
    'LPI-[01757] and concluded that 97 of them did not support {64712} or {64714}. Cf. 2024 WL 3184195, at *4.',
  ].join('\n'),
});

// Opinion, a later page: ECF header with PageID, and footnotes
const opinion2: Snippet[] = lines({
  id: 's26-opin2',
  kind: 's26-court-opinion-fca-summary-judgment',
  text: [
    'Case: 1:21-cv-[04942] Document #: 131 Filed: 05/02/25 Page 7 of 22 PageID #:[18053]',
    'Defendants rely on the CPT descriptor of {64712}, "Neuroplasty, major peripheral nerve, arm or leg, open;',
    'sciatic nerve," and argue that their physicians exposed the nerve. The record does not bear that out.',
    '4 The parties agree that an injection of anesthetic at the sciatic nerve is reported as {64445}, and that',
    "a separate report of the block by the operating surgeon is bundled. (Pl.'s SOF ¶ 22; Defs.' Resp. ¶ 22.)",
    "5 Defendants' billing manager testified that the practice management system defaulted to {64714} for",
    '"nerve release" orders. (Bland Dep. 88:4–19, Ex. [68246].)',
  ].join('\n'),
});

// ── 20. Settlement agreement: covered conduct paragraph ──
const settlement: Snippet[] = [
  {
    id: 's26-settle-1',
    kind: 's26-settlement-agreement-covered-conduct',
    text: [
      'SETTLEMENT AGREEMENT',
      'D. The United States contends that it has certain civil claims against Northfield Neurology Associates, P.C.',
      '(Medicare PTAN MN4417, Tax ID ending [37947]) arising from the submission of claims to Medicare for the',
      'following conduct during the period January 1, 2019 through June 30, 2023 (the "Covered Conduct"): (i) billing',
      'CPT code {64612} with modifier 50 where the medical record documented a unilateral injection; (ii) billing CPT',
      'codes {64712} and {64714} for procedures not performed as described; and (iii) billing {64632} for more units',
      'than were administered. 1. Defendant shall pay to the United States $1,860,000 (the "Settlement Amount"),',
      'by electronic funds transfer pursuant to written instructions, referencing DOJ No. 46-[39396]-A and CMS AC [95984].',
      'THE UNITED STATES OF AMERICA: Civil Division, Commercial Litigation Branch, 175 N Street NE, Washington, DC [20002].',
      'Office of Counsel to the Inspector General, 330 Independence Ave SW, Cohen Bldg Rm 5527, Washington, DC [20201].',
      'NORTHFIELD NEUROLOGY ASSOCIATES, P.C.: 2200 Lyndale Ave S, Suite 300, Minneapolis, MN [55405].',
    ].join('\n'),
  },
];

// Settlement agreement, Exhibit A: claims list (excerpt)
const settlementExA = table({
  id: 's26-setexa',
  kind: 's26-settlement-agreement-covered-conduct',
  caption: 'EXHIBIT A — Claims Within the Covered Conduct (excerpt, 6 of 412)',
  headers: ['Line', 'Beneficiary No.', 'DOS', 'ICN', 'CPT', 'Mod', 'Paid'],
  rows: [
    ['1', '****[79359]', '02/11/2019', '2219042118007', '{64612}', '50', '$268.10'],
    ['2', '****[48462]', '03/04/2019', '2219063340112', '{64612}', '50', '$268.10'],
    ['3', '****[91454]', '08/22/2020', '2220235517004', '{64714}', '', '$842.75'],
    ['4', '****[20564]', '01/13/2021', '2221013902210', '{64712}', 'LT', '$901.16'],
    ['5', '****[57290]', '06/30/2022', '2222181163301', '{64632}', '', '$97.44'],
    ['6', '****[44614]', '04/18/2023', '2223108452019', '{64632}', '', '$99.02'],
  ],
});

// ── 21. Federal indictment: counts table (health care fraud, 18 U.S.C. § 1347) ──
const indictment = table({
  id: 's26-indict',
  kind: 's26-indictment-counts-claims-table',
  caption: 'COUNTS ONE THROUGH FIVE (Health Care Fraud — 18 U.S.C. §§ 1347 and 2) — Case 4:25-cr-00172',
  headers: ['Count', 'Beneficiary', 'Approx. Date of Service', 'Claim Number', 'CPT Code Billed', 'Amount Billed'],
  rows: [
    ['1', 'R.T.', '03/14/2022', '[21322]-0741-002', '{64714}', '$6,800'],
    ['2', 'M.K.', '04/02/2022', '[21322]-0912-118', '{64712}', '$7,200'],
    ['3', 'L.S.', '05/19/2022', '[22139]-[64445]-01', '{64445}', '$950'],
    ['4', 'J.P.', '06/07/2022', '[22158]-[75160]-01', '{64712}', '$7,200'],
    ['5', 'D.W.', '07/21/2022', '[22202]-[67572]-03', '{64632}', '$1,150'],
  ],
});

// ── 22. News article about a fraud sentencing (newspaper website) ──
const news: Snippet[] = [
  {
    id: 's26-news-1',
    kind: 's26-news-article-fraud-sentencing',
    text: [
      'Podiatrist sentenced to 5 years for billing nerve surgeries he never performed',
      'By Dana Whitfield | Published 6:02 a.m. CT Aug. 7, 2025 | Updated 9:15 a.m. CT',
      'SPRINGFIELD — A Greene County podiatrist was sentenced Wednesday to five years in federal prison for billing',
      'Medicare and Missouri Medicaid for nerve destruction procedures he did not perform, prosecutors said.',
      'According to court records, he billed the code for destroying a foot nerve — {64632} — more than 1,200 times',
      'in 2021, when records showed simple injections. His clinic, at 1400 E. Battlefield Rd. in Springfield, MO [65804],',
      'also billed sciatic nerve blocks (code {64445}) that patients told agents they never received.',
      'The case number is 6:24-cr-[03063]. He must repay $[84344] to Medicaid and $1.3 million to Medicare.',
      'Anyone with information about health care fraud can call the HHS-OIG hotline, 1-800-447-8477, or write to',
      'P.O. Box [23489], Washington, DC [20026]. Story ID [66680]; comments ([46027]) are closed on this article.',
    ].join('\n'),
  },
];

// ── 22b. State Medicaid Fraud Control Unit annual report: case table ──
const mfcu = table({
  id: 's26-mfcu',
  kind: 's26-mfcu-annual-report-case-table',
  caption: 'Medicaid Fraud Control Unit — FY 2025 Annual Report — Table 6: Provider Fraud Cases Resolved',
  headers: ['Case No.', 'County', 'Provider Type', 'Scheme', 'Codes at Issue', 'Restitution'],
  rows: [
    ['MFCU-[25992]', 'Greene', 'Podiatrist', 'Upcoding injections to neurolysis', '{64632}', '$184,344'],
    ['MFCU-[26018]', 'Jackson', 'Neurologist', 'Bilateral billed, unilateral done', '{64612}-50', '$62,910'],
    ['MFCU-[26044]', 'St. Louis City', 'Pain clinic', 'Phantom nerve blocks', '{64445} x 1,208', '$118,650'],
    ['MFCU-[26107]', 'Boone', 'Orthopedic group', 'Surgery not rendered', '{64712}, {64714}', '$407,500'],
  ],
});

// ── 23. Public comment letter on the PFS proposed rule (regulations.gov attachment) ──
const comment: Snippet[] = lines({
  id: 's26-cmt',
  kind: 's26-regulations-gov-comment-letter',
  before:
    'Comment from American Society of Peripheral Nerve Surgeons — Posted by the Centers for Medicare & Medicaid Services',
  text: [
    'Tracking Number: m2x-8pq4-[55969]   Document ID: CMS-2025-0304-[28240]   Received: September 10, 2025',
    'Re: CMS-1832-P; Medicare and Medicaid Programs; CY 2026 Payment Policies Under the Physician Fee Schedule',
    'Dear Administrator: We write regarding the proposed efficiency adjustment as applied to CPT codes {64712} and',
    '{64714}. The proposed rule (90 FR [32352], July 16, 2025) would reduce the work RVU of {64714} by 2.5 percent',
    'even though the code was surveyed in 2021 and the RUC time data are current. We also ask CMS to restore the',
    'pre-service time for {64445} when it is billed with an E/M service. Our society represents 1,480 members.',
    'Sincerely, ... 1120 G Street NW, Suite 500, Washington, DC [20005]',
  ].join('\n'),
});

// Comment letter, attached table: the society's RVU request
const commentTable = table({
  id: 's26-cmttab',
  kind: 's26-regulations-gov-comment-letter',
  caption: 'Attachment 1 to comment CMS-2025-0304-28240: Requested CY 2026 values',
  headers: ['CPT code', 'CMS proposed work RVU', 'Requested work RVU', 'RUC database ID', 'Survey n'],
  rows: [
    ['{64712}', '7.92', '8.12', '[42331]', '61'],
    ['{64714}', '7.18', '7.36', '[42332]', '58'],
    ['{64445}', '1.36', '1.39', '[38577]', '212'],
  ],
});

// ── 23b. Agency FOIA request log (public reading-room list) ──
const foiaLog = table({
  id: 's26-foialog',
  kind: 's26-foia-request-log-reading-room',
  caption: 'CMS FOIA Request Log — FY 2025 Q3 (posted quarterly) — page 41 of 118',
  headers: ['Request Number', 'Date Received', 'Requester Organization', 'Subject', 'Disposition', 'Date Closed'],
  rows: [
    [
      '[06912]',
      '04/02/2025',
      'Law office',
      'Part B claims data for HCPCS {64612} billed by NPI (redacted), 2020-2024',
      'Partial grant',
      '06/18/2025',
    ],
    [
      '[06955]',
      '04/07/2025',
      'News media',
      'Correspondence re: LCD L[35457] and articles A[58754], A[57755]',
      'Full grant',
      '05/30/2025',
    ],
    [
      '[07038]',
      '04/14/2025',
      'Individual',
      'My own Medicare claims, HICN on file, ZIP [53094]',
      'Referred',
      '04/21/2025',
    ],
    [
      '[07104]',
      '04/22/2025',
      'Trade association',
      'RUC database records for {64712} and {64714}',
      'No records',
      '07/02/2025',
    ],
    ['[07130]', '04/25/2025', 'Law firm', 'MAC [06102] audit files, sample of [93608] lines', 'Pending', ''],
  ],
});

// ── 24. FOIA'd spreadsheet: claims extract released with redactions ──
const foia = table({
  id: 's26-foia',
  kind: 's26-foia-released-claims-extract-sheet',
  caption: 'FOIA Request No. 2025-06440-F — Released Records, Part 3 (b)(6) redactions applied — Sheet1',
  headers: ['CLM_ID', 'LINE_NUM', 'HCPCS_CD', 'HCPCS_1ST_MDFR_CD', 'PRVDR_ZIP', 'LINE_SRVC_CNT', 'LINE_NCH_PMT_AMT'],
  rows: [
    ['(b)(6)-[52361]', '1', '{64445}', '', '[64730]', '1', '61.40'],
    ['(b)(6)-[52361]', '2', '{64712}', 'RT', '[64730]', '1', '488.12'],
    ['(b)(6)-[52381]', '1', '{64612}', '50', '[64712]', '1', '171.33'],
    ['(b)(6)-[52418]', '1', '{64632}', '', '[64734]', '2', '96.88'],
    ['(b)(6)-[52418]', '2', '{64445}', '59', '[64734]', '1', '61.40'],
    ['(b)(6)-[55347]', '1', '{64714}', '', '[63550]', '1', '455.09'],
    ['(b)(6)-[55347]', '2', '{64445}', '', '[63550]', '1', '0.00'],
    ['(b)(6)-[60127]', '1', '{64612}', '', '[65198]', '2', '181.90'],
    ['(b)(6)-[60127]', '2', '{64632}', 'XS', '[65198]', '1', '48.44'],
    ['(b)(6)-[60141]', '1', '{64712}', '', '[65202]', '1', '[12018]'],
  ],
});

export const sealed26: Snippet[] = [
  ...addendumB,
  ...addendumD,
  ...preamble,
  ...frPage,
  ...rucTable,
  ...correction,
  ...cpm,
  ...cpmHist,
  ...mlnBooklet,
  ...mlnMatters,
  ...group1,
  ...group1b,
  ...icdGroup,
  ...mcdSearch,
  ...ncci,
  ...mue,
  ...lookup,
  ...medicaidFs,
  ...medicaidBulletin,
  ...medicaidBulletin2,
  ...wcGround,
  ...wcRegions,
  ...oigAudit,
  ...oigNarr,
  ...oigAppB,
  ...workPlan,
  ...workPlan2,
  ...medpac,
  ...medpacNote,
  ...gaoHighlights,
  ...opinion,
  ...opinion2,
  ...settlement,
  ...settlementExA,
  ...indictment,
  ...news,
  ...mfcu,
  ...comment,
  ...commentTable,
  ...foiaLog,
  ...foia,
];
