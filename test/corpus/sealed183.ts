import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 183 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s183-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (nerve blocks, chemodenervation, neuroplasty, the 64400–64999 range ends, anesthesia range
 * ends, 76942, 27447, nerve conduction codes), including codes in file and tab names, in CSV and JSON, with
 * modifiers attached (64612-50) and in a hearing transcript. About a third of the decoys are numbers of the
 * synthetic 10,000-code set (KNOWN_10K) used as the insurer's NAIC company code, Cedar Rapids and other Iowa ZIPs,
 * state file and SERFF state tracking numbers, a state ID, consulting engagement and Academy ids, provider contract
 * ids, medical policy numbers, HIOS submission ids and a PBT batch, a URRT utilization-per-1,000 value, CSV dollar
 * amounts, claim sample ranges, public comment numbers, a policyholder count, a note-to-filer letter id, an EOB
 * claim number, a federal tracking id, feed record numbers and a publication receipt. The five
 * known codes' digits come back as decoys: the insurer's claims PO box, a form filing reference, a URR
 * confirmation number, an actuarial-value factor, an objection letter id, a hearing docket number, a public comment
 * form id, a reviewer's ticket, a data-request CSV line number, a contract actuary's invoice and a member id suffix.
 *
 * Family: a health insurer's premium rate filing with a state insurance department (SERFF-style). A (fictional)
 * Cedar Rapids insurer, Cedar Valley Mutual Health Company (HIOS 74980), files its 2028 Iowa individual ACA rates
 * (+11.4% requested, 9.8% approved), with outpatient nerve procedures as a named trend driver: the SERFF filing at
 * a glance, company and contact tabs, rate information tab and supporting-documentation list; the Part III
 * actuarial memorandum (general information, experience period, trend section, certification), trend by service
 * category, procedure-level outpatient nerve exhibit (grid and its CSV export), place-of-service shift, contract
 * unit cost, index rate development, benefit and policy change and rate-change-by-plan exhibits, the service
 * category crosswalk; Unified Rate Review template excerpts (Worksheet 1 sections I and II, Worksheet 2) and the
 * HIOS validation log; the correspondence summary, two objection letters from the department's contract actuary,
 * the insurer's response letter and response attachments (code-pair reconcile, PA savings by code), the actuaries'
 * e-mail thread, the data-request claim-line CSV and the reviewer's checklist; the public rate review web page,
 * comment list, a consumer's full comment and a pain clinic's comment letter, the Part II consumer justification,
 * the federal rate review summary card, the hearing notice and transcript, the Commissioner's decision and order,
 * SERFF Filing Access search results, the state open-data JSON, a news story and the Division's workload tracker.
 * Built on real public layouts: SERFF filing PDFs (Filing at a Glance, Company and Contact, Rate Information,
 * Supporting Document Schedules "Satisfied/Bypassed - Item", Objection and Response letters with "Comments:"
 * and "Changed Items", Correspondence Summary) and SERFF Filing Access search results; the CMS Unified Rate Review
 * Template (Worksheet 1 sections I–II, Worksheet 2 plan product information, HIOS plan ids such as
 * 12345IA0010001-01) and the Part III Actuarial Memorandum instructions; ratereview.healthcare.gov rate summary
 * pages and Part II consumer justification narratives; state insurance department rate review pages with public
 * comment forms and hearing notices (Iowa, Oregon, Washington style). The others are written the way those pages
 * read, with no single source.
 *
 * 358 labelled tokens over 44 shapes: 169 codes (94 of them the five known codes), 189 decoys, 62 of the decoys
 * (33%) in KNOWN_10K, 16 decoys reusing the known codes' digits.
 */

// ── 1. SERFF "Filing at a Glance", PDF text layer (decoy heavy) ──
const glance = lines({
  id: 's183-glance',
  kind: 's183-serff-filing-at-a-glance-text',
  before: 'SERFF Tracking #: CVMH-134187552   State Tracking #:   Company Tracking #: IND-2028-01',
  text: [
    'Filing at a Glance',
    'Company: Cedar Valley Mutual Health Company',
    'Product Name: CedarChoice Individual ACA 2028   State: Iowa',
    'TOI: H16I Individual Health - Major Medical   Sub-TOI: H16I.005A Individual - Preferred Provider (PPO)',
    'Filing Type: Rate   Date Submitted: 06/02/2027   SERFF Tr Num: CVMH-134187552   SERFF Status: Closed-Approved',
    'State Tr Num: IA-RATE-[51207]   State Status: Approved as Amended   Co Tr Num: IND-2028-01',
    'Implementation Date Requested: 01/01/2028   Author(s): Renata Solberg, ASA, MAAA; Kurt Amsel',
    'Reviewer(s): Joel Nakamura, FSA (contract actuary), Dana Brightwater   Disposition Date: 10/14/2027',
    'Filing Description: Annual rate filing for HIOS issuer [74980] individual PPO and EPO products. Average',
    'requested change +11.4% (range +6.2% to +17.9%). Covered lives 41,286. Form filing ref. CVMH-[64632].',
  ].join('\n'),
});

// ── 2. SERFF General Information / company grid ──
const companyGrid = table({
  id: 's183-company',
  kind: 's183-serff-company-and-contact-info-grid',
  caption: 'Company and Contact — Filing Company Information',
  headers: ['Company Name', 'State of Domicile', 'Company Type', 'Company Code', 'Group Code', 'FEIN', 'State ID'],
  rows: [
    [
      'Cedar Valley Mutual Health Company',
      'Iowa',
      'Life, Accident & Health',
      '[60054]',
      '1207',
      '42-0631874',
      '[20138]',
    ],
    ['CV Health Assurance Co. (affiliate)', 'Iowa', 'HMO', '[95118]', '1207', '42-1559020', '[20156]'],
  ],
});

const contact = lines({
  id: 's183-contact',
  kind: 's183-serff-filing-contact-block-text',
  before: 'Filing Contact Information',
  text: [
    'Renata Solberg, Director, Individual Pricing   rsolberg@cvmutual.example   319-555-0142 ext 4417',
    '4800 Edgewood Road NE, Cedar Rapids, IA [52402]',
    'Claims correspondence: PO Box [64445], Cedar Rapids, IA [52401]-4445',
    'Filing fees: $100.00 (EFT ref. [30144]); retaliatory: No',
  ].join('\n'),
});

// ── 3. SERFF Rate Information tab ──
const rateInfo = table({
  id: 's183-rateinfo',
  kind: 's183-serff-rate-information-tab-grid',
  caption: 'Rate Information — Rate data applies to filing. Filing Method: Prior Approval',
  headers: [
    'Company Name',
    'Overall % Indicated Change',
    'Overall % Rate Impact',
    'Written Premium Change',
    '# Policy Holders Affected',
    'Written Premium for this Program',
    'Max % Change',
    'Min % Change',
  ],
  rows: [
    [
      'Cedar Valley Mutual Health Company',
      '12.900%',
      '11.400%',
      '$24,880,310',
      '[31942]',
      '$218,248,600',
      '17.900%',
      '6.200%',
    ],
    ['CV Health Assurance Co.', '10.100%', '9.200%', '$3,102,447', '[08813]', '$33,721,900', '13.100%', '5.800%'],
  ],
});

// ── 4. SERFF Supporting Documentation list ──
const supportDocs = lines({
  id: 's183-supdocs',
  kind: 's183-serff-supporting-documentation-list-text',
  before: 'Supporting Document Schedules',
  text: [
    'Satisfied - Item: Unified Rate Review Template   Attachment(s): CVMH_IA_IND_2028_URRT_[74980].xlsm',
    'Satisfied - Item: Actuarial Memorandum   Attachment(s): CVMH 2028 IA Ind Part III Memo v3.pdf',
    'Satisfied - Item: Exhibit 4b - OP nerve procedure detail   Attachment(s): Exh4b_OP_Nerve_{64400}-{64999}.xlsx',
    'Satisfied - Item: Rate Filing Justification Part II   Attachment(s): Part II Consumer Justification.pdf',
    'Bypassed - Item: Rate Table Template   Bypass Reason: filed under SERFF Tr Num CVMH-134187560 (state ref [51208])',
    'Satisfied - Item: Response to Objection 2   Attachment(s): Obj2_response_table_{64612}_{64615}.pdf',
  ].join('\n'),
});

// ── 5. Actuarial memorandum, section 1 general information ──
const memoGeneral = lines({
  id: 's183-memogen',
  kind: 's183-actuarial-memo-general-information-text',
  before: 'PART III ACTUARIAL MEMORANDUM — 2028 Individual Market — Cedar Valley Mutual Health Company',
  text: [
    '1. General Information',
    'Company Legal Name: Cedar Valley Mutual Health Company   State: Iowa   HIOS Issuer ID: [74980]',
    'Market: Individual   Effective Date: January 1, 2028   NAIC Company Code: [60054]',
    'Company Contact: Renata Solberg, ASA, MAAA, 4800 Edgewood Road NE, Cedar Rapids, IA [52402]',
    'Consulting actuary: Hollis & Marsh LLP, 80 South Eighth Street, Suite 2210, Minneapolis, MN [55402]',
    'Engagement no. HM-[80049]; this memorandum supersedes version 2 dated 05/19/2027.',
  ].join('\n'),
});

// ── 6. Actuarial memo: experience period table ──
const experience = table({
  id: 's183-exper',
  kind: 's183-actuarial-memo-experience-period-grid',
  caption: 'Table 2.1 — Experience Period Data, incurred 1/1/2026–12/31/2026, paid through 3/31/2027',
  headers: ['Item', 'Total', 'PMPM', 'Source'],
  rows: [
    ['Member months', '412,880', '', 'Enrollment extract ENR-[40087]'],
    ['Earned premium', '$219,704,113', '$532.12', 'GL acct [41020]'],
    ['Allowed claims', '$231,458,990', '$560.60', 'Claims warehouse, run [10148]'],
    ['Incurred claims (net of cost sharing)', '$186,022,604', '$450.55', 'IBNR study 2027-Q1'],
    ['Completion factor', '0.[98612]', '', 'Lag triangle, Exhibit 2'],
  ],
});

// ── 7. Actuarial memo: trend prose ──
const memoTrend = lines({
  id: 's183-memotrend',
  kind: 's183-actuarial-memo-trend-section-text',
  before: '4. Projection Factors — Trend Factors (cost/utilization)',
  text: [
    'Annual allowed trend of 8.1% was developed by service category (Exhibit 3). Outpatient hospital trend is',
    'elevated at 11.6%, driven largely by outpatient nerve procedures (CPT {64400}–{64999}). Within that group,',
    'sciatic nerve blocks ({64445}) grew 22% in units per 1,000 and facial nerve chemodenervation ({64612}) grew',
    '31% as hemifacial spasm treatment moved from the office to hospital outpatient departments. Morton neuroma',
    'neurolysis ({64632}) rose after a 2026 policy change removed the step requirement. Open neuroplasty of the',
    'sciatic nerve ({64712}) and lumbar plexus ({64714}) remain low volume (see Exhibit 4b, rows 14 and 15);',
    'we did not credibility-weight those codes separately. Trend model file: trend_fit_[20099].rds.',
  ].join('\n'),
});

// ── 8. Trend by service category exhibit ──
const trendCat = table({
  id: 's183-trendcat',
  kind: 's183-trend-by-service-category-exhibit-grid',
  caption: 'Exhibit 3 — Annual Trend by Service Category (allowed basis), experience to projection period',
  headers: ['Service Category', 'Code basis', 'Utilization', 'Unit Cost', 'Total', 'Weight'],
  rows: [
    ['Inpatient Hospital', 'MS-DRG, rev 0100–0219', '1.4%', '5.2%', '6.7%', '27.1%'],
    ['Outpatient Hospital – surgery', 'rev 0360–0369, 0490', '4.0%', '5.5%', '9.7%', '13.8%'],
    ['Outpatient Hospital – nerve procedures', 'CPT {64400}–{64999} (POS 19/22)', '6.3%', '5.0%', '11.6%', '2.9%'],
    ['Outpatient Hospital – other', 'all other rev codes', '2.2%', '5.1%', '7.4%', '14.4%'],
    ['Professional – anesthesia', '{00100}–{01999}', '1.8%', '3.0%', '4.8%', '1.6%'],
    ['Professional – other', 'CPT/HCPCS excl. above', '2.5%', '3.2%', '5.8%', '23.9%'],
    ['Prescription Drug', 'NDC', '3.0%', '8.9%', '12.2%', '16.3%'],
  ],
});

// ── 9. Exhibit 4b: OP nerve procedure detail ──
const exh4b = table({
  id: 's183-exh4b',
  kind: 's183-op-nerve-procedure-detail-exhibit-grid',
  caption: 'Exhibit 4b — Outpatient Nerve Procedures, procedure-level detail (Iowa individual, allowed basis)',
  headers: ['Row', 'CPT', 'Short descriptor', '2025 svcs', '2026 svcs', 'Svcs/1,000 2026', 'Avg allowed 2026', 'Trend'],
  rows: [
    ['1', '{64400}', 'N block inj trigeminal', '88', '97', '2.82', '$402', '8.9%'],
    ['2', '{64405}', 'N block inj occipital', '611', '702', '20.40', '$311', '12.5%'],
    ['3', '{64415}', 'N block inj brachial plexus', '402', '431', '12.53', '$498', '4.1%'],
    ['4', '{64445}', 'N block inj sciatic sng', '1,218', '1,486', '43.19', '$522', '24.6%'],
    ['5', '{64446}', 'N blk inj sciatic cont inf', '77', '81', '2.35', '$741', '3.8%'],
    ['6', '{64447}', 'N block inj fem single', '1,044', '1,102', '32.03', '$489', '6.8%'],
    ['7', '{64450}', 'N block other peripheral', '1,930', '2,077', '60.37', '$287', '9.1%'],
    ['8', '{64455}', 'N block inj plantar digit', '356', '371', '10.78', '$204', '4.4%'],
    ['9', '{64612}', 'Destroy nerve face muscle', '298', '391', '11.36', '$688', '36.2%'],
    ['10', '{64615}', 'Chemodenerv musc migraine', '514', '560', '16.28', '$612', '11.9%'],
    ['11', '{64632}', 'N block inj common digit', '64', '93', '2.70', '$396', '47.1%'],
    ['12', '{64640}', 'Injection treatment of nerve', '141', '150', '4.36', '$433', '6.6%'],
    ['13', '{64708}', 'Revise arm/leg nerve', '19', '22', '0.64', '$2,874', '15.0%'],
    ['14', '{64712}', 'Revise sciatic nerve', '11', '13', '0.38', '$3,920', '—'],
    ['15', '{64714}', 'Revise low back nerve(s)', '6', '5', '0.15', '$4,106', '—'],
    ['16', '{64721}', 'Carpal tunnel surgery', '388', '402', '11.68', '$2,215', '5.1%'],
    ['17', '{64713}', 'Revise arm nerve(s)', '4', '7', '0.20', '$3,610', '—'],
    ['18', '{64718}', 'Revise ulnar nerve at elbow', '92', '101', '2.94', '$2,398', '4.8%'],
    ['Total', '{64400}–{64999}', '', '8,142', '9,044', '262.85', '$701', '11.6%'],
  ],
});

// ── 10. Exhibit 4b as CSV (the xlsx export shown in the review tool) ──
const exh4bCsv = lines({
  id: 's183-exh4bcsv',
  kind: 's183-op-nerve-detail-csv-export-text',
  before: 'Exh4b_OP_Nerve_64400-64999.csv (preview, first 9 rows)',
  text: [
    'row,cpt,mod,pos,svc_2025,svc_2026,allowed_2025,allowed_2026,member_months_2026',
    '4,{64445},,22,1218,1486,[59140].22,775692.10,412880',
    '4a,{64445},59,22,203,261,[10391].14,[13729].77,412880',
    '9,{64612},,22,212,318,[12440].61,[21987].90,412880',
    '9a,{64612},,11,86,73,[18112].04,[14926].31,412880',
    '11,{64632},,19,64,93,[25410].88,[36828].02,412880',
    '14,{64712},RT,22,6,8,[23302].40,[31466].13,412880',
    '14a,{64712},LT,22,5,5,[19880].17,[19600].05,412880',
    '15,{64714},,22,6,5,[24011].36,[20530].42,412880',
  ].join('\n'),
});

// ── 11. Site-of-service shift exhibit ──
const sosShift = table({
  id: 's183-sos',
  kind: 's183-site-of-service-shift-exhibit-grid',
  caption: 'Exhibit 4c — Place of service mix, selected nerve procedures, share of services',
  headers: ['CPT', 'POS 11 office 2025', 'POS 11 office 2026', 'POS 22 OPH 2025', 'POS 22 OPH 2026', 'POS 24 ASC 2026'],
  rows: [
    ['{64445}', '38%', '29%', '41%', '52%', '19%'],
    ['{64612}', '71%', '19%', '29%', '81%', '0%'],
    ['{64615}', '88%', '84%', '12%', '16%', '0%'],
    ['{64632}', '62%', '58%', '20%', '22%', '20%'],
    ['{64712}', '0%', '0%', '64%', '62%', '38%'],
  ],
});

// ── 12. Unit cost: provider contract changes ──
const contracts = table({
  id: 's183-contracts',
  kind: 's183-provider-contract-unit-cost-exhibit-grid',
  caption: 'Exhibit 5 — Contracted unit cost changes effective in projection period (redacted: confidential)',
  headers: ['System', 'Contract ID', 'Eff. date', 'OP increase', 'Carve-outs'],
  rows: [
    ['System A (Cedar Rapids)', 'PC-[22457]', '07/01/2027', '6.5%', 'None'],
    ['System B (Des Moines)', 'PC-[30109]', '01/01/2028', '5.0%', '{64612} at 140% Medicare OPPS'],
    ['System C (Iowa City)', 'PC-[31408]', '01/01/2028', '4.75%', 'Neuroplasty {64708}–{64714} case rate'],
    ['ASC network', 'PC-[40119]', '01/01/2028', '3.0%', '{64445}, {64447} grouper 2'],
  ],
});

// ── 13. URRT Worksheet 1 Section I ──
const urrtWs1 = table({
  id: 's183-urrt1',
  kind: 's183-urrt-worksheet1-section1-grid',
  caption: 'Unified Rate Review v7.1 — Worksheet 1, Section I: Experience Period Data',
  headers: ['', 'Experience Period: 01/01/2026 to 12/31/2026', 'Aggregate Amount', 'PMPM', '% of Prem'],
  rows: [
    ['Company Legal Name:', 'Cedar Valley Mutual Health Company', 'State:', 'IA', ''],
    ['HIOS Issuer ID:', '[74980]', 'Market:', 'Individual', ''],
    ['Effective Date of Rate Change(s):', '1/1/2028', '', '', ''],
    ['Premiums (net of MLR Rebate) in Experience Period:', '', '219704113', '532.12', '100.00%'],
    ['Incurred Claims in Experience Period', '', '186022604', '450.55', '84.67%'],
    ['Allowed Claims:', '', '231458990', '560.60', '105.35%'],
    ['Index Rate of Experience Period', '', '', '528.71', ''],
    ['Experience Period Member Months', '', '412880', '', ''],
    ['Current enrollment (as of 3/31/2027):', '[34412]', 'Projected member months:', '398519', ''],
  ],
});

// ── 14. URRT Worksheet 1 Section II ──
const urrtWs1b = table({
  id: 's183-urrt1b',
  kind: 's183-urrt-worksheet1-section2-projection-grid',
  caption: 'Worksheet 1, Section II: Allowed Claims, PMPM basis — Experience Period and Projection Period',
  headers: [
    'Benefit Category',
    'Utilization Description',
    'Utilization per 1,000',
    'Average Cost/Service',
    'PMPM',
    'Pop risk morbidity',
    'Other',
    'Cost',
    'Util',
  ],
  rows: [
    ['Inpatient Hospital', 'Admits', '61.84', '$29,545.10', '$152.26', '1.000', '1.000', '1.052', '1.014'],
    ['Outpatient Hospital', 'Visits', '1208.37', '$1,524.16', '$153.48', '1.000', '1.010', '1.054', '1.037'],
    ['Professional', 'Services', '[12384].60', '$131.02', '$135.21', '1.000', '1.000', '1.032', '1.025'],
    ['Other Medical', 'Services', '[10097].25', '$14.50', '$12.20', '1.000', '1.000', '1.030', '1.010'],
    ['Capitation', 'Benefit Period', '[12000].00', '$2.08', '$2.08', '1.000', '1.000', '1.000', '1.000'],
    ['Prescription Drug', 'Prescriptions', '[11281].44', '$111.52', '$104.84', '1.000', '0.998', '1.089', '1.030'],
  ],
});

// ── 15. URRT Worksheet 2 plan product info ──
const urrtWs2 = table({
  id: 's183-urrt2',
  kind: 's183-urrt-worksheet2-plan-product-grid',
  caption: 'Worksheet 2 — Plan Product Information, Section I: General Product and Plan Information',
  headers: ['Plan ID (Standard Component ID)', 'Plan Name', 'Metal', 'AV Metal Value', 'Plan Type', 'Exchange Plan?'],
  rows: [
    ['[74980]IA0010001', 'CedarChoice Bronze 7500', 'Bronze', '0.[60418]', 'PPO', 'Yes'],
    ['[74980]IA0010004', 'CedarChoice Silver 3500', 'Silver', '0.[70021]', 'PPO', 'Yes'],
    ['[74980]IA0020002', 'CedarSelect Gold 1000', 'Gold', '0.[80114]', 'EPO', 'Yes'],
    ['[74980]IA0020007', 'CedarSelect Expanded Bronze', 'Expanded Bronze', '0.[64445]', 'EPO', 'No'],
  ],
});

// ── 16. HIOS URR module validation log ──
const hiosLog = lines({
  id: 's183-hioslog',
  kind: 's183-hios-urr-validation-log-text',
  before: 'HIOS Unified Rate Review module — Submission validation report',
  text: [
    'Submission ID [30163]  Issuer [74980]  State IA  Market Individual  Template v7.1  Uploaded 06/01/2027 16:42 ET',
    'PASS  WS1 Sec I: experience period member months (412880) > 0',
    'WARN  WS1 Sec II: Outpatient Hospital utilization trend 3.7% differs from Part III memo Exhibit 3 (6.3%)',
    'PASS  WS2: Plan ID [74980]IA0010004 found in Plans & Benefits Template (PBT batch [55063])',
    'FAIL  WS2 Sec III row 12: Projected member months blank for [74980]IA0020007',
    'Resubmission ID [30165] accepted 06/02/2027 09:11 ET; confirmation URR-2028-IA-[64712]',
  ].join('\n'),
});

// ── 17. Index rate development table ──
const indexRate = table({
  id: 's183-index',
  kind: 's183-index-rate-development-exhibit-grid',
  caption: 'Exhibit 6 — Development of the Projection Period Index Rate',
  headers: ['Step', 'Description', 'Factor', 'Allowed PMPM'],
  rows: [
    ['1', 'Experience period allowed (WS1 Sec I)', '', '$560.60'],
    ['2', 'Trend, 24 months at 8.1% annual', '1.[16856]', '$655.29'],
    ['3', 'Morbidity adjustment', '1.[02390]', '$670.95'],
    ['4', 'Benefit / policy changes (Exhibit 7)', '0.[99712]', '$669.02'],
    ['5', 'Change in network (System B carve-out of {64612})', '1.[00215]', '$670.46'],
    ['6', 'Non-EHB removal', '0.[99640]', '$668.05'],
  ],
});

// ── 18. Exhibit 7 benefit and policy changes ──
const exh7 = table({
  id: 's183-exh7',
  kind: 's183-benefit-policy-change-impact-exhibit-grid',
  caption: 'Exhibit 7 — Benefit, medical policy and UM changes effective 1/1/2028',
  headers: ['Change', 'Codes affected', 'Policy no.', 'Est. impact'],
  rows: [
    ['Site-of-care review, OPH to office', '{64612}, {64615}, {64616}', 'MP-[31044]', '-0.12%'],
    ['Prior authorization restored for neurolysis', '{64632}, {64640}', 'MP-[31046]', '-0.05%'],
    ['Ultrasound guidance bundled into nerve blocks', '{76942} with {64445}–{64448}', 'RP-[12398]', '-0.04%'],
    ['Genicular RFA covered (new)', '{64624}', 'MP-[31051]', '+0.03%'],
    ['Total', '', '', '-0.29% (factor 0.[99712])'],
  ],
});

// ── 19. SERFF correspondence summary grid ──
const corrSummary = table({
  id: 's183-corr',
  kind: 's183-serff-correspondence-summary-grid',
  caption: 'Correspondence Summary — Objection Letters and Response Letters',
  headers: ['Status', 'Created By', 'Created On', 'Date Submitted', 'Letter ID', 'Objections'],
  rows: [
    ['Pending Industry Response', 'Joel Nakamura', '07/09/2027', '07/09/2027', 'OBJ-[64714]', '1–4'],
    ['Responded', 'Renata Solberg', '07/23/2027', '07/23/2027', 'RSP-[64733]', '1–4'],
    ['Pending Industry Response', 'Joel Nakamura', '08/06/2027', '08/06/2027', 'OBJ-[64791]', '5–6'],
    ['Responded', 'Kurt Amsel', '08/20/2027', '08/20/2027', 'RSP-[64820]', '5–6'],
    ['Note To Filer', 'Dana Brightwater', '09/30/2027', '09/30/2027', 'NTF-[70055]', 'Approval at 9.8%'],
  ],
});

// ── 20. Objection letter 1, text layer ──
const objection1 = lines({
  id: 's183-obj1',
  kind: 's183-objection-letter-department-actuary-text',
  before: 'Objection Letter — Objection Letter Status: Pending Industry Response — Objection Letter Date 07/09/2027',
  text: [
    'Objection 1 — Comments: Exhibit 3 shows outpatient nerve procedures (CPT {64400}–{64999}) trending at 11.6%',
    'while the URRT Worksheet 1 outpatient utilization trend is 3.7%. Please reconcile and explain which',
    'codes drive the difference. In particular, units of {64445} increased from 1,218 to 1,486 (+22%). Identify',
    'whether any of the increase reflects {64445} reported with {64446} or {64447} on the same date of service.',
    'Objection 2 — Comments: Exhibit 4b row 9 ({64612}) shows a 36.2% trend. The memo attributes this to a',
    'site-of-service shift to POS 22. Provide allowed per service for {64612} by POS for 2025 and 2026, and state',
    'whether the drug (J0585) is included in the allowed amounts. If not, where is it reported in the URRT?',
    'Objection 3 — Comments: Rows 14 and 15 ({64712}, {64714}) show fewer than 15 services. Explain why these',
    'were projected with the group trend rather than excluded as non-credible. Reference: Bulletin 27-[06233].',
    'Objection 4 — Comments: Please provide the zip code mapping used for rating areas (e.g. [52240] vs [52241]).',
    'Please feel free to contact me if you have questions. Joel Nakamura, FSA, MAAA, Tallgrass Actuarial,',
    'on behalf of the Iowa Insurance Division, 1963 Bell Avenue, Suite 100, Des Moines, IA [50315].',
  ].join('\n'),
});

// ── 21. Response letter 1, text layer ──
const response1 = lines({
  id: 's183-rsp1',
  kind: 's183-insurer-response-letter-text',
  before: 'Response Letter — Response Letter Status: Submitted to State — Response Letter Date 07/23/2027',
  text: [
    'Response 1 — Comments: The URRT outpatient trend is an aggregate of all OP hospital services; the nerve',
    'procedure line is 2.9% of allowed. Of the 268 additional {64445} services, 61 were billed with modifier 59',
    'alongside {64447} (femoral and sciatic blocks for knee arthroplasty), and 9 with continuous infusion {64446}.',
    'We have restated the table; see Obj1_reconcile.xlsx, tab "{64445} pairs" ([17093] claim lines reviewed).',
    'Response 2 — Comments: Allowed for {64612} excludes J0585/J0586, which are in Prescription Drug (medical',
    'benefit). By POS: 2025 POS 11 $214, POS 22 $688; 2026 POS 11 $221, POS 22 $702. Changed Items: Exhibit 4c.',
    'Response 3 — Comments: We agree. {64712} and {64714} are now trended at the professional surgical trend',
    '(5.8%); the effect on the index rate is under $0.01 PMPM. Revised Exhibit 4b attached, version [40147].',
    'Response 4 — Comments: Rating area map attached (county FIPS to area), e.g. Johnson [19103] → Area 4.',
  ].join('\n'),
});

// ── 22. Response attachment: reconcile table for 64445 pairs ──
const pairsTable = table({
  id: 's183-pairs',
  kind: 's183-response-attachment-code-pair-reconcile-grid',
  caption: 'Obj1_reconcile.xlsx — tab "{64445} pairs" — 2026 OP claim lines with 64445',
  headers: ['Primary', 'Paired code', 'Modifier', 'Lines', 'Allowed', 'Claims sampled'],
  rows: [
    ['{64445}', '{64447}', '59', '61', '$31,232', '[10112]–[10172]'],
    ['{64445}', '{64446}', '—', '9', '$6,669', '[10174]–[10182]'],
    ['{64445}', '{76942}', '—', '402', '$48,964', 'n/a'],
    ['{64445}', '{27447}', 'XU', '133', 'bundled', 'n/a'],
    ['{64445}-RT', 'none', 'RT', '884', '$461,448', 'n/a'],
  ],
});

// ── 23. Objection letter 2, text layer ──
const objection2 = lines({
  id: 's183-obj2',
  kind: 's183-second-objection-letter-text',
  before: 'Objection Letter Date 08/06/2027 — Submitted Date 08/06/2027 — Respond By Date 08/20/2027',
  text: [
    'Dear Ms. Solberg: Introduction: The following items remain open after review of response RSP-[64733].',
    'Objection 5 — Comments: The restored prior authorization for {64632} (Exhibit 7, MP-[31046]) is credited',
    'at -0.05%. The 2026 experience shows 93 services of {64632} at $396; please show how a -0.05% effect on',
    'an index rate of $668 is consistent with that volume. Is {64640} included in the same estimate?',
    'Objection 6 — Comments: Confirm that the carve-out of {64612} at System B (PC-[30109]) is reflected only',
    'once, either in Exhibit 5 or in Exhibit 6 step 5, and not in both.',
    'Please respond within 14 days. Refer to SERFF tracking CVMH-134187552 and state file IA-RATE-[51207].',
  ].join('\n'),
});

// ── 24. Response 2 with code-level table ──
const response2Table = table({
  id: 's183-rsp2tab',
  kind: 's183-response-code-level-savings-grid',
  caption: 'Response 5, Attachment A — PA savings estimate by code (2028 projected)',
  headers: ['CPT', '2026 svcs', 'Proj. 2028 svcs', 'Denial/deflection', 'Avoided allowed', 'PMPM'],
  rows: [
    ['{64632}', '93', '107', '14%', '$6,324', '$0.02'],
    ['{64640}', '150', '162', '8%', '$5,612', '$0.01'],
    ['{64624} (new coverage)', '0', '40', '—', '($18,420)', '($0.05)'],
    ['Admin cost of PA', '', '', '', '($2,100)', '($0.01)'],
    ['Net (rounded)', '', '', '', '($8,584)', '-0.05% (memo ref. [10384])'],
  ],
});

// ── 25. E-mail between department and consulting actuary ──
const emailThread = lines({
  id: 's183-email',
  kind: 's183-regulator-actuary-email-thread-text',
  before: 'RE: CVMH 2028 IA Ind — Obj 2 follow-up (64612 by POS)',
  text: [
    'From: Nakamura, Joel <jnakamura@tallgrass-act.example>   Sent: Tuesday, August 3, 2027 4:12 PM',
    'To: Solberg, Renata   Cc: Brightwater, Dana (IID); Amsel, Kurt   Subject: RE: Obj 2 follow-up',
    "Renata — thanks. One more on {64612}: your POS 11 allowed of $221 looks like it's the professional",
    'fee only; in POS 22 you have the facility plus professional. Can you split the 2026 $702 into the OPPS',
    'facility piece and the -26 professional piece? Also, a handful of lines show {64612}-50; if those are',
    'bilateral, the units double. Ticket in our tracker is [64612] (not the code, just coincidence).',
    '> From: Solberg, Renata   Sent: Monday, August 2, 2027 10:55 AM',
    '> Joel, attached is the POS split for {64612}/{64615}. The 2026 row for {64615} is unchanged from v2.',
    '> Our data request file is DR3_claims_[20041].csv (line [64445] is a header repeat, please skip it).',
  ].join('\n'),
});

// ── 26. Data request CSV (claim-line sample) ──
const drCsv = lines({
  id: 's183-drcsv',
  kind: 's183-data-request-claim-line-csv-text',
  before: 'DR3_claims_20041.csv — opened in reviewer workbench (read-only)',
  text: [
    'claim_id,line,member_zip3,pos,rev,cpt,mod1,mod2,units,allowed,paid',
    'C2026-0448812,1,524,22,0361,{64612},RT,,1,702.14,561.71',
    'C2026-0448812,2,524,22,0636,J0585,,,100,1408.00,1126.40',
    'C2026-0451907,1,503,11,,{64612},50,,1,442.00,353.60',
    'C2026-0460233,1,522,22,0360,{64445},59,RT,1,522.60,418.08',
    'C2026-0460233,2,522,22,0360,{64447},RT,,1,489.10,391.28',
    'C2026-0471010,1,527,24,0490,{64632},T3,,1,396.00,316.80',
    'C2026-0502288,1,524,22,0360,{64712},RT,,1,3920.44,3136.35',
    'rows: [41877] · filter: cpt between {64400} and {64999} · exported by reviewer [90102]',
  ].join('\n'),
});

// ── 27. Contract actuary review checklist ──
const checklist = table({
  id: 's183-checklist',
  kind: 's183-contract-actuary-review-checklist-grid',
  caption: 'Tallgrass Actuarial — ACA Rate Review Checklist (2028 filings) — file TA-2028-[11034]',
  headers: ['#', 'Requirement', 'Reference', 'Reviewer finding'],
  rows: [
    ['3.2', 'Trend by service category supported', 'Memo §4, Exh 3', 'OP nerve procedures {64400}–{64999} high; Obj 1'],
    ['3.4', 'Low-credibility cells handled', 'Exh 4b rows 14–15', '{64712}/{64714} moved to prof. trend'],
    ['3.7', 'Drug on medical benefit mapped', 'WS1 Sec II', 'J0585 with {64612}: in Rx line, OK'],
    ['5.1', 'Rating area by ZIP', 'Resp 4', 'Spot check [50009], [50010], [52402]: OK'],
    ['6.0', 'Reviewer hours', 'Invoice [64632]', '38.5 hrs'],
  ],
});

// ── 28. Service category crosswalk (insurer's mapping) ──
const crosswalk = table({
  id: 's183-xwalk',
  kind: 's183-service-category-mapping-crosswalk-grid',
  caption: 'Appendix B — Claim line to service category mapping used in Exhibits 3 and 4',
  headers: ['Service category', 'Claim type', 'POS / bill type', 'Procedure range', 'Notes'],
  rows: [
    ['OP nerve procedures', 'UB-04', '013x', '{64400}–{64999}', 'excl. {64490}–{64495} (facet, in OP other)'],
    ['OP nerve procedures', 'CMS-1500', '19, 22', '{64400}–{64999}', 'professional component follows facility'],
    ['Prof. – nerve conduction', 'CMS-1500', 'any', '{95907}–{95913}, {95885}–{95887}', 'diagnostic, not procedures'],
    ['Prof. – office chemodenervation', 'CMS-1500', '11', '{64612}, {64615}–{64617}', 'drug in Rx (medical)'],
  ],
});

// ── 29. Rate change by plan exhibit ──
const planChange = table({
  id: 's183-planchg',
  kind: 's183-rate-change-by-plan-exhibit-grid',
  caption: 'Exhibit 9 — Average rate change by plan, 2027 to 2028 (age 40 base, Rating Area 4)',
  headers: ['HIOS Plan ID', 'Plan', '2027 premium', '2028 premium', 'Change', 'Members 3/2027'],
  rows: [
    ['[74980]IA0010001-01', 'CedarChoice Bronze 7500', '$402.18', '$471.17', '17.2%', '9,880'],
    ['[74980]IA0010004-03', 'CedarChoice Silver 3500 (73% CSR)', '$548.30', '$602.58', '9.9%', '4,102'],
    ['[74980]IA0020002-01', 'CedarSelect Gold 1000', '$611.42', '$649.53', '6.2%', '2,711'],
    ['[74980]IA0020007-01', 'CedarSelect Expanded Bronze', '$430.05', '$506.99', '17.9%', '[12380]'],
  ],
});

// ── 30. Actuarial certification, text layer ──
const certification = lines({
  id: 's183-cert',
  kind: 's183-actuarial-certification-statement-text',
  before: '11. Actuarial Certification',
  text: [
    'I, Renata Solberg, am a member of the American Academy of Actuaries (Academy ID [40079]) and meet its',
    'qualification standards to render this opinion. The projected index rate is reasonable in relation to',
    'the benefits provided and complies with 45 CFR 156.80 and ASOP Nos. 8, 12, 23, 25, 41 and 56.',
    'The trend for outpatient nerve procedures, including the code-level detail in Exhibit 4b, was reviewed',
    'by Hollis & Marsh LLP (engagement HM-[80049]). Signed 06/01/2027, Cedar Rapids, IA [52402].',
  ].join('\n'),
});

// ── 31. Public rate review web page, summary block ──
const reviewPage = lines({
  id: 's183-webpage',
  kind: 's183-public-rate-review-web-page-text',
  before: 'Iowa Insurance Division › Consumers › Health Insurance Rate Review › 2028 Proposed Rates',
  text: [
    'Cedar Valley Mutual Health Company — Individual (ACA) — Proposed average increase: 11.4%',
    'Iowans affected: 31,942   Filing received: June 2, 2027   SERFF: CVMH-134187552   State file: [51207]',
    'What is driving the request? Medical trend (8.1%), higher use of outpatient procedures, and a',
    'risk adjustment change. Read the consumer summary (PDF) · Read the actuarial memorandum (redacted PDF)',
    'Public hearing: August 26, 2027, 10:00 a.m., Iowa Insurance Division, 1963 Bell Ave, Des Moines [50315]',
    'Submit a comment by August 31, 2027 — Comment form ID [64712]-IA · Comments received so far: 214',
  ].join('\n'),
});

// ── 32. Public comments list ──
const commentsList = table({
  id: 's183-comments',
  kind: 's183-public-comments-list-grid',
  caption: 'Public comments — Cedar Valley Mutual 2028 Individual — showing 1–9 of 214',
  headers: ['Comment #', 'Received', 'From (city, ZIP)', 'Comment (excerpt)'],
  rows: [
    ['[20122]', '08/04/2027', 'Marion, [52302]', 'Another 17% on a bronze plan I can barely use. Please deny.'],
    [
      '[20123]',
      '08/05/2027',
      'Ottumwa, [52501]',
      'My nerve block ({64445}) cost $1,180 at the hospital; the same doc did it in his office last year for $310.',
    ],
    [
      '[20131]',
      '08/07/2027',
      'Ames, [50010]',
      'I support the review. Where does the money for CPT {64612} go, the Botox or the hospital?',
    ],
    ['[20135]', '08/09/2027', 'Sioux City, [51106]', 'Rates up, networks down. Unity Point left my plan in 2026.'],
    ['[20138]', '08/11/2027', 'Lamoni, [50140]', 'We are a family of four, premium now $1,914/month after subsidy.'],
    ['[20144]', '08/12/2027', 'Cedar Falls, [50613]', 'Insurance should not cost more than my mortgage.'],
    ['[20147]', '08/13/2027', 'Council Bluffs, [51501]', 'Why is a {64445} nerve block paid at 3x the office rate?'],
    ['[20150]', '08/13/2027', 'Davenport, [52761]', 'Please post the redacted memo exhibits, not just Part II.'],
    [
      '[20143]',
      '08/12/2027',
      'Cedar Rapids, [52404]',
      'Comment from a provider; see attachment ({64632}, {64640} PA rules).',
    ],
  ],
});

// ── 33. One full public comment ──
const commentFull = lines({
  id: 's183-commentfull',
  kind: 's183-public-comment-full-text-page',
  before: 'Comment #20123 — received 08/05/2027 via online form — Ottumwa, IA',
  text: [
    'I have hemifacial spasm and sciatica. In 2025 my neurologist gave me Botox in his office, billed as',
    '{64612}. In 2026 Cedar Valley told him it had to be done at the hospital, and my EOB showed {64612} at',
    '$702 plus the drug. My sciatic nerve block, which the EOB calls {64445}, went from $310 to $1,180.',
    'Now the filing says they want 11.4% more because of "outpatient nerve procedures." Claim numbers from',
    'my EOBs if anyone at the Division wants them: [88213] and [88214]. My member ID ends in [64612] too,',
    'which is funny. Please hold them to the lower number. — Darlene K., Ottumwa, IA [52501]',
  ].join('\n'),
});

// ── 34. Provider comment letter ──
const providerLetter = lines({
  id: 's183-provletter',
  kind: 's183-provider-comment-letter-text',
  before:
    'Attachment to Comment #20143 — Linn County Pain & Nerve Clinic, PC — 1200 2nd Ave SE, Cedar Rapids, IA 52403',
  text: [
    'Re: Cedar Valley Mutual 2028 individual rate filing (SERFF CVMH-134187552), Exhibit 7',
    'The filing credits savings from restoring prior authorization for Morton neuroma neurolysis ({64632}) and',
    'other neurolytic injections (CPT {64640}). In our practice, PA for {64632} was approved 96% of the time in',
    '2025; the requirement mainly delays care, after which patients return for repeated {64455} blocks.',
    'We also dispute the claim that {64612} "moved" to the hospital by choice. It moved because the plan',
    'stopped paying the office drug cost. Office chemodenervation ({64612}, {64615}) should be the lower-cost site.',
    'Practice NPI 1447283910; TIN on file. Contact: billing office, Suite 400, Cedar Rapids, IA [52403].',
  ].join('\n'),
});

// ── 35. Part II consumer justification narrative ──
const partII = lines({
  id: 's183-part2',
  kind: 's183-consumer-justification-part2-narrative-text',
  before: 'Part II — Written Explanation of the Rate Increase (Consumer Justification Narrative)',
  text: [
    'Cedar Valley Mutual Health Company (HIOS [74980]) is requesting an average increase of 11.4% for 2028.',
    'Most of the increase is medical trend: hospitals and doctors are paid more, and members use more care.',
    'Outpatient procedures grew faster than we expected. For example, nerve blocks for hip, knee and leg pain',
    '(billing code {64445}) and Botox injections for facial spasm (billing code {64612}) are now more often done',
    'in hospital outpatient departments, where the same service costs two to three times as much.',
    'Our administrative costs are 11.8% of premium. Questions: 1-800-555-0178, or write PO Box [64445], [52401].',
  ].join('\n'),
});

// ── 36. Federal rate review site, rate increase summary card ──
const federalCard = lines({
  id: 's183-fedcard',
  kind: 's183-federal-rate-review-summary-card-text',
  before: 'ratereview.healthcare.gov › Iowa › Individual market › 2028',
  text: [
    'Issuer: Cedar Valley Mutual Health Company   HIOS ID: [74980]   Tracking ID: IA-[47105]-2028',
    'Proposed average rate change: 11.4%   Final rate change: 9.8%   Status: Final',
    'Number of people affected: 31,942   Product(s): CedarChoice PPO ([74980]IA001), CedarSelect EPO ([74980]IA002)',
    'Reason for the rate increase: medical trend; outpatient facility utilization; risk adjustment transfer',
    'Download: Rate Filing Justification (Part I URRT), Consumer Justification (Part II), Actuarial Memo',
    'Page last reviewed: 10/21/2027   Record [20461] of [20462] in 2028 IA filings feed',
  ].join('\n'),
});

// ── 37. Public hearing notice ──
const hearingNotice = lines({
  id: 's183-notice',
  kind: 's183-public-hearing-notice-text',
  before: 'STATE OF IOWA — INSURANCE DIVISION — NOTICE OF PUBLIC HEARING',
  text: [
    'IN THE MATTER OF: the 2028 individual health insurance rate increase request of Cedar Valley Mutual',
    'Health Company, NAIC No. [60054]. Docket No. INS-27-[64714]. SERFF Tracking No. CVMH-134187552.',
    'Date: Thursday, August 26, 2027, 10:00 a.m. Place: Iowa Insurance Division, 1963 Bell Avenue,',
    'Suite 100, Des Moines, Iowa [50315]. Remote attendance: webinar ID [83401] 2290, passcode [46626].',
    'Written comments may be mailed to the Division at the address above or submitted online (form [64712]-IA).',
    'Dated this 28th day of July, 2027. Commissioner of Insurance. Publication receipt no. [27104].',
  ].join('\n'),
});

// ── 38. Hearing transcript excerpt, line-numbered ──
const transcript = lines({
  id: 's183-transcript',
  kind: 's183-public-hearing-transcript-excerpt-text',
  before: 'TRANSCRIPT OF PUBLIC HEARING — Docket INS-27-64714 — August 26, 2027 — Page 41',
  text: [
    '4   MR. NAKAMURA: Exhibit 4b, row 4. You show {64445}, the sciatic block, up 22 percent in units.',
    '5   How much of that is knee replacement cases where {64445} and {64447} are billed together?',
    '6   MS. SOLBERG: About a quarter. We gave the claim-line detail in response 1, file [17093].',
    "7   MR. NAKAMURA: And the chemodenervation, {64612}. The drug isn't in that line, correct?",
    '8   MS. SOLBERG: Correct. J0585 sits in the prescription drug category in the URRT.',
    '9   MS. BRIGHTWATER: For the record, the commenter from Ottumwa, comment [20123], raised {64445} pricing.',
    '10  MR. NAKAMURA: Last one. Rows 14 and 15, {64712} and {64714}, you moved to the surgical trend?',
    '11  MS. SOLBERG: Yes, 5.8 percent. Thirteen and five services. It is immaterial to the index rate.',
    "12  (Exhibit CV-7 marked for identification; reporter's CSR no. [13805].)",
  ].join('\n'),
});

// ── 39. Commissioner's decision and order ──
const order = lines({
  id: 's183-order',
  kind: 's183-commissioner-decision-order-text',
  before: 'BEFORE THE IOWA INSURANCE COMMISSIONER — DECISION AND ORDER — Docket No. INS-27-64714',
  text: [
    "FINDINGS OF FACT. 7. The Company's trend for outpatient nerve procedures (CPT {64400} through {64999})",
    'of 11.6% is supported in part. The growth in {64445} is explained by paired femoral and sciatic blocks',
    '({64447}, {64445}) in arthroplasty cases and is expected to continue.',
    "8. The increase in {64612} reflects a shift in site of service that the Company's own 2026 policy",
    'caused. The Commissioner does not accept projection of that shift into 2028 at the full 36.2%.',
    "9. The Company's treatment of {64712} and {64714} at the professional surgical trend is reasonable.",
    'ORDER. The rate increase is approved at an average of 9.8%. Filing IA-RATE-[51207] is closed.',
  ].join('\n'),
});

// ── 40. SERFF Filing Access search results ──
const sfaResults = table({
  id: 's183-sfa',
  kind: 's183-serff-filing-access-search-results-grid',
  caption: 'SERFF Filing Access — Iowa — Search results: Health, Type of Insurance H16I, 2028 — 4 filings',
  headers: [
    'SERFF Tracking Number',
    'Company Name(s)',
    'NAIC Code(s)',
    'Product Name',
    'Disposition',
    'State Tracking',
  ],
  rows: [
    [
      'CVMH-134187552',
      'Cedar Valley Mutual Health Company',
      '[60054]',
      'CedarChoice Individual ACA 2028',
      'Approved',
      '[51207]',
    ],
    ['CVMH-134187560', 'CV Health Assurance Co.', '[95118]', 'CV Assure HMO Individual 2028', 'Approved', '[51208]'],
    ['WLPT-134190011', 'Wellmark Prairie Health', '[88215]', 'Prairie Blue Individual 2028', 'Approved', '[51212]'],
    ['ODHC-134202417', 'Oak Door Health Coop', '[16240]', 'Oak Door Individual 2028', 'Withdrawn', '[51219]'],
  ],
});

// ── 41. Open data JSON (state transparency portal) ──
const openData = lines({
  id: 's183-json',
  kind: 's183-open-data-rate-filing-json-text',
  before: 'GET https://data.iowa.example/resource/rate-filings.json?issuer_hios=74980&plan_year=2028',
  text: [
    '[{"issuer_hios":"[74980]","naic_code":"[60054]","state_tracking":"[51207]","plan_year":2028,',
    '  "market":"Individual","requested_avg_pct":11.4,"approved_avg_pct":9.8,"covered_lives":[31942],',
    '  "member_months_experience":412880,"top_procedure_drivers":["{64445}","{64612}","{64632}"],',
    '  "op_nerve_range":"{64400}-{64999}","hearing_docket":"INS-27-[64714]","comments_received":214,',
    '  "hq_zip":"[52402]","record_id":"[41877]"}]',
  ].join('\n'),
});

// ── 42. Local news article ──
const news = lines({
  id: 's183-news',
  kind: 's183-local-news-article-text',
  before: 'The Gazette-Courier | Business | Cedar Valley Mutual gets 9.8% for 2028, less than it asked',
  text: [
    "DES MOINES — State regulators on Thursday trimmed Cedar Valley Mutual Health Company's 2028 increase",
    'for individual plans to 9.8%, from the 11.4% the Cedar Rapids insurer sought. In its order, the Division',
    'singled out the cost of facial Botox injections, billed under code {64612}, which the insurer had begun',
    'steering to hospital outpatient departments. "They created the trend and then priced it," said Darlene',
    'Kearns of Ottumwa, whose sciatic nerve block ({64445}) bill nearly quadrupled. Story ID [70118]; filed from',
    'Des Moines [50306]. Corrections: an earlier version gave the docket as INS-27-[64712]; it is INS-27-[64714].',
  ].join('\n'),
});

// ── 43. Division's internal filing tracker dashboard ──
const tracker = table({
  id: 's183-tracker',
  kind: 's183-division-rate-filing-tracker-dashboard-grid',
  caption: 'IID Health Rate Review — 2028 ACA filings workload (internal) — refreshed 08/20/2027 07:00',
  headers: ['Queue #', 'Issuer', 'State file', 'Analyst', 'Days open', 'Objections', 'Flag'],
  rows: [
    ['[22508]', 'Cedar Valley Mutual (Ind)', '[51207]', 'Brightwater', '79', '6', 'OP nerve procs {64445}/{64612}'],
    ['[22514]', 'CV Health Assurance (Ind)', '[51208]', 'Brightwater', '79', '2', '—'],
    ['[22519]', 'Wellmark Prairie (Ind)', '[51212]', 'Okafor', '64', '3', 'Rx trend'],
    ['[22521]', 'Cedar Valley Mutual (SG)', '[51224]', 'Okafor', '51', '1', '{64632} PA savings'],
    ['[30411]', 'Oak Door Health Coop', '[51219]', 'Lindgren', '12', '0', 'withdrawn, ref [71210]'],
  ],
});

export const sealed183: readonly Snippet[] = [
  ...glance,
  ...companyGrid,
  ...contact,
  ...rateInfo,
  ...supportDocs,
  ...memoGeneral,
  ...experience,
  ...memoTrend,
  ...trendCat,
  ...exh4b,
  ...exh4bCsv,
  ...sosShift,
  ...contracts,
  ...urrtWs1,
  ...urrtWs1b,
  ...urrtWs2,
  ...hiosLog,
  ...indexRate,
  ...exh7,
  ...corrSummary,
  ...objection1,
  ...response1,
  ...pairsTable,
  ...objection2,
  ...response2Table,
  ...emailThread,
  ...drCsv,
  ...checklist,
  ...crosswalk,
  ...planChange,
  ...certification,
  ...reviewPage,
  ...commentsList,
  ...commentFull,
  ...providerLetter,
  ...partII,
  ...federalCard,
  ...hearingNotice,
  ...transcript,
  ...order,
  ...sfaResults,
  ...openData,
  ...news,
  ...tracker,
];
