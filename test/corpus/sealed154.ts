import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 154 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s154-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too, also when a page writes them bare in prose ("neuroplasty 64712", "the 64612 line"). The
 * decoys are the numbers a renewal file is full of: de-identified claimant keys (the TPA's five-digit keys, which
 * come back on every page, bare in prose too), the TPA group number, stop-loss policy, quote and specific-claim
 * numbers, RFP, deck, job, ticket, case and document ids, ZIPs of the employer, broker, carriers, providers and
 * employees, PO boxes, census employee ids, NDC labeler codes, a CBSA code, a phone extension and amounts written
 * without thousands separators in CSV exports. About a third of them are numbers of the synthetic 10,000-code set
 * (KNOWN_10K): the group number, the employer's ZIP and some employee ZIPs, two claimant keys, stop-loss quote
 * numbers, the TPA's PO box, CSV amounts, census ids, an ACH reference, an HR case number, a carrier's trigger-list
 * revision and a benchmark survey id. The five known codes' digits come back as decoys: the TPA group number 64445
 * (in the deck, the CSV, the disclosure form, the portal and an email subject), the stop-loss policy SL-64712, the
 * RFP number 64714-MVF, a specific claim filing number, a care-management case id and a stop-loss tracking flag
 * (64714), a census employee id and a broker invoice (64612), and the deck id KR-64632.
 *
 * Family: an employer benefits broker and consultant at the 1/1/2027 renewal of a (fictional) self-funded food
 * manufacturer's plan (Marlow Valley Foods, Columbus, Ohio; 870 employees; TPA Lakeshore Benefit Administrators;
 * broker Keystone Ridge Benefits Advisors): the broker's renewal presentation (title, executive summary,
 * large-claim, plan design, benchmarking and appendix code-glossary slides, speaker notes), the TPA's
 * large-claimant report (grid, one claimant's detail lines, CSV export, care-management narrative, footnotes), the
 * claims experience report by month (grid, CSV, by service category), the high-cost procedure drill-down (by code,
 * by site of care, by provider, Botox medical-vs-pharmacy view, methodology), the stop-loss quote comparison (grid,
 * carrier proposal letter, laser disclosure statement, disclosure questionnaire, specific claim filing), the RFP
 * questionnaire to carriers (cover, clinical questions, response matrix, repricing by CPT, network disruption by
 * ZIP, census CSV), the employer's benefits committee agenda, minutes and action items, the broker's email thread
 * with HR (broker's note, HR's reply, broker's code explanation, forwarded TPA message), a Teams chat, and a TPA
 * employer-portal claim screen the broker pulled. One case runs through all of it: a spouse's sciatic nerve injury
 * after a hip replacement (27130, neuroplasty 64712, monthly sciatic blocks 64445) that the new stop-loss carrier
 * lasers, an employee's lumbar plexus neuroplasty (64714) after a fusion, hemifacial spasm treated with facial
 * chemodenervation (64612), and Morton's neuroma neurolysis (64632) done at hospital outpatient sites.
 * Built on real public layouts: broker renewal decks (executive summary, "key drivers", stop-loss marketing summary
 * slides with incumbent and alternative columns, lasers and contract basis 24/12 or 12/15), TPA large-claimant
 * reports (claimant key, relationship, age band, diagnosis category, paid medical and Rx, status), monthly claims
 * experience reports (paid medical, Rx, total, PEPM against expected), stop-loss disclosure statements and specific
 * reimbursement request forms, employer health plan RFP questionnaires with "question / response" comparison grids,
 * repricing exhibits and census files, committee minutes with motions, and Outlook email threads. The others are
 * written the way those pages read, with no single source.
 *
 * 397 labelled tokens over 40 shapes: 236 codes, 161 decoys, 59 of the decoys in KNOWN_10K.
 */

// ── 1. Renewal deck, title slide (decoy heavy) ──
const deckTitle = lines({
  id: 's154-decktitle',
  kind: 's154-renewal-deck-title-slide-text',
  before: 'KEYSTONE RIDGE BENEFITS ADVISORS',
  text: [
    'Marlow Valley Foods, Inc. — 2027 Renewal & Stop-Loss Marketing Results',
    'Benefits Committee meeting · November 12, 2026 · 1850 Hamilton Rd, Columbus, OH [43224]',
    'Presented by Dana Whitfield, Sr. Account Executive, and Priya Natarajan, Analytics',
    'Keystone Ridge Benefits Advisors · 5100 Rings Rd, Ste 300, Dublin, OH [43017] · (614) 555-0190',
    'TPA: Lakeshore Benefit Administrators · Group no. [64445] · Plan year 1/1/2027–12/31/2027',
    'Deck id KR-[64632] v3 · Confidential: contains protected health information in de-identified form',
  ].join('\n'),
});

// ── 2. Renewal deck, executive summary slide ──
const deckSummary = lines({
  id: 's154-decksummary',
  kind: 's154-renewal-deck-executive-summary-slide-text',
  before: 'Executive Summary',
  text: [
    '• 12-month paid claims $9.84M vs. expected $9.02M (109.1%); PEPM $943 vs. $864 budget',
    '• 8 claimants over $50,000 = 13.1% of paid; 3 pierced the $150,000 specific deductible',
    '• Two musculoskeletal claimants drove the variance: sciatic neuroplasty ({64712}) after a hip',
    '  replacement ({27130}) and lumbar fusion ({22633}) followed by lumbar plexus neuroplasty ({64714})',
    "• Repeat Morton's neuroma neurolysis ({64632}) at hospital outpatient sites: 38 services, 11 members",
    '• Incumbent stop-loss renewal +31.4%; best alternative +14.2% with one laser (claimant [28436])',
    '• Recommended total renewal +8.9% with site-of-care steerage and prior auth on {64632}, {64612}',
  ].join('\n'),
});

// ── 3. Renewal deck, large-claim slide ──
const deckLarge = lines({
  id: 's154-decklarge',
  kind: 's154-renewal-deck-large-claim-slide-text',
  before: 'Large Claim Review — claimants over $50,000 (incurred 10/2025–9/2026, paid through 10/2026)',
  text: [
    'Claimant [19073] · Oncology (colon) · $412,806 · chemotherapy infusion {96413}/{96415} · ongoing',
    'Claimant [28436] · Nerve injury, post-op · $188,440 · {27130}, {64712}-RT, blocks {64445} ×4 · ongoing',
    'Claimant [30784] · Spine / lumbar plexus · $163,212 · {22633}, {63047}, {64714} · resolving',
    'Claimant [46271] · Chronic pain, SCS · $118,774 · trial {63650}, implant {63685} · resolved',
    'Claimant [61445] · Hemifacial spasm · $96,318 · {61458}, chemodenervation {64612} q90d · ongoing',
  ].join('\n'),
});

// ── 4. Renewal deck, speaker notes (text layer under the slide) ──
const deckNotes = lines({
  id: 's154-decknotes',
  kind: 's154-renewal-deck-speaker-notes-text',
  before: 'Notes — slide 7',
  text: [
    'Dana: walk through [28436] last. The hip was done in network; the sciatic injury was found at the 6-week visit,',
    'EMG/NCS ({95886}, {95910}) confirmed it, and the repair was neuroplasty {64712} at Riverside in May. She still',
    "gets sciatic blocks ({64445}) monthly, so Halyard lasered her. Do NOT say her name or the employee's dept.",
    'For [30784], the fusion was in October 2025; the newer dollars are {64714} plus rehab ({97110}, {97140}).',
    'If Greg asks about [61445]: the surgery ({61458}) is done; Botox {64612} every 90 days is ~$1,950 a visit.',
  ].join('\n'),
});

// ── 5. Large-claimant report, grid ──
const lcReport = table({
  id: 's154-lcreport',
  kind: 's154-large-claimant-report-grid',
  caption: 'Lakeshore Benefit Administrators — Large Claimant Report ≥ $50,000 — Group 64445 — Paid thru 10/31/2026',
  headers: ['Claimant', 'Rel', 'Age', 'Dx category', 'Top CPT', 'Medical', 'Rx', 'Total', 'Status'],
  rows: [
    ['[19073]', 'EE', '50-54', 'Neoplasm, colon', '{96413}', '$298,114', '$114,692', '$412,806', 'Active'],
    ['[28436]', 'SP', '45-49', 'Injury, sciatic nerve', '{64712}', '$186,902', '$1,538', '$188,440', 'Active'],
    ['[30784]', 'EE', '55-59', 'Spondylosis / plexus', '{22633}', '$160,418', '$2,794', '$163,212', 'Active'],
    ['[11447]', 'CH', '0-1', 'Perinatal', '{99468}', '$141,978', '$0', '$141,978', 'Closed'],
    ['[46271]', 'EE', '40-44', 'Chronic pain', '{63685}', '$114,360', '$4,414', '$118,774', 'Closed'],
    ['[61445]', 'EE', '35-39', 'Cranial nerve disorder', '{61458}', '$71,880', '$24,438', '$96,318', 'Active'],
    ['[27505]', 'EE', '60-64', 'Osteoarthritis, knee', '{27447}', '$87,902', '$738', '$88,640', 'Closed'],
    ['[31262]', 'SP', '55-59', 'Ischemic heart disease', '{33533}', '$70,115', '$4,091', '$74,206', 'Closed'],
  ],
});

// ── 6. Large-claimant detail lines (one claimant), grid ──
const lcDetail = table({
  id: 's154-lcdetail',
  kind: 's154-large-claimant-detail-lines-grid',
  caption: 'Claimant 28436 — service detail, procedures ≥ $500 paid',
  headers: ['Incurred', 'Provider type', 'CPT/HCPCS', 'Mod', 'Units', 'Allowed', 'Paid'],
  rows: [
    ['11/18/2025', 'Hospital IP', '{27130}', 'RT', '1', '$61,204.00', '$58,143.80'],
    ['01/07/2026', 'Professional', '{95910}', '', '1', '$612.44', '$581.82'],
    ['05/14/2026', 'Hospital OP', '{64712}', 'RT', '1', '$41,880.00', '$39,786.00'],
    ['05/14/2026', 'Professional', '{64712}', 'RT', '1', '$3,918.50', '$3,722.58'],
    ['06/11/2026', 'ASC', '{64445}', 'RT', '1', '$1,460.00', '$1,387.00'],
    ['07/09/2026', 'ASC', '{64445}', 'RT', '1', '$1,460.00', '$1,387.00'],
    ['09/03/2026', 'Office', '{64445}', 'RT', '1', '$598.12', '$568.21'],
    ['06/02/2026–09/24/2026', 'Therapy', '{97110}', 'GP', '34', '$1,428.00', '$1,356.60'],
  ],
});

// ── 7. Large-claimant CSV export, text layer ──
const lcCsv = lines({
  id: 's154-lccsv',
  kind: 's154-large-claimant-detail-csv-export-text',
  before: 'LBA_LargeClaimant_Detail_64445_202610.csv',
  text: [
    'claimant_key,incurred_ym,place,cpt,mod,units,allowed,paid,claim_no',
    '[28436],202605,22,{64712},RT,1,[41880].00,[39786].00,2026051400871',
    '[28436],202606,24,{64445},RT,1,1460.00,1387.00,2026061100342',
    '[30784],202604,22,{64714},,1,[52118].40,[49512].48,2026042201137',
    '[61445],202602,21,{61458},,1,[44210].00,[41999].50,2026021900455',
    '[61445],202608,11,{64612},50,1,[18442].50,1752.04,2026081800093',
  ].join('\n'),
});

// ── 8. Large-claimant case-management narrative ──
const lcNarrative = lines({
  id: 's154-lcnarr',
  kind: 's154-large-claimant-case-management-narrative-text',
  before: 'Lakeshore Care Management — Large Claimant Narratives (for stop-loss disclosure and broker use)',
  text: [
    'Claimant [28436] (CM case [64714]): 47 y/o spouse; R total hip arthroplasty 11/2025 complicated by R sciatic',
    'neuropathy (foot drop). Neuroplasty of the sciatic nerve, {64712}, performed 5/14/2026; ongoing sciatic nerve',
    'blocks ({64445}) and PT. Prognosis guarded; AFO dispensed. Projected 2027 cost $40,000–$65,000.',
    'Claimant [30784] (CM case [22764]): L4-5 fusion ({22633}) 10/2025; persistent L-plexus entrapment; neuroplasty of',
    'the lumbar plexus (CPT {64714}) 4/22/2026. Returned to work 7/2026. Projected 2027 cost under $15,000.',
    'Claimant [61445] (CM case [23019]): hemifacial spasm; microvascular decompression 2/2026; resumed facial',
    'chemodenervation {64612} with onabotulinumtoxinA 8/2026. Projected 2027 cost $8,000 medical + $22,000 Rx.',
  ].join('\n'),
});

// ── 9. Large-claimant report footnotes ──
const lcFoot = lines({
  id: 's154-lcfoot',
  kind: 's154-large-claimant-report-footnotes-text',
  before: 'Notes',
  text: [
    '1. Claimant keys are stable within this group across reports; key [19073] is the same person as in the 2025',
    '   report. Keys are not member ids. Report job [58223], run 11/03/2026 for group [64445], division 0001.',
    '2. "Top CPT" is the highest paid procedure line; e.g. {64712} for [28436] includes facility and professional.',
    '3. Rx is from the PBM feed (carrier 4417, BIN 610014); specialty drug onabotulinumtoxinA for [61445] is',
    '   shown under Rx when filled at a specialty pharmacy and under {64612}/J0585 when buy-and-bill.',
  ].join('\n'),
});

// ── 10. Claims experience by month, grid ──
const expMonth = table({
  id: 's154-expmonth',
  kind: 's154-claims-experience-by-month-grid',
  caption: 'Monthly Claims Experience — Marlow Valley Foods — Paid basis',
  headers: ['Month', 'EEs', 'Medical paid', 'Rx paid', 'Total', 'PEPM', 'Expected', 'New large claimants'],
  rows: [
    ['Oct-25', '866', '$571,880', '$148,204', '$720,084', '$831', '$748,000', '—'],
    ['Nov-25', '868', '$648,310', '$151,117', '$799,427', '$921', '$749,700', '[19073]'],
    ['Dec-25', '871', '$702,944', '$160,392', '$863,336', '$991', '$752,300', '[28436], [46271]'],
    ['Jan-26', '869', '$612,005', '$149,881', '$761,886', '$877', '$750,600', '[11447]'],
    ['Feb-26', '870', '$684,120', '$153,640', '$837,760', '$963', '$751,400', '[61445]'],
  ],
});

// ── 11. Claims experience, monthly CSV download ──
const expCsv = lines({
  id: 's154-expcsv',
  kind: 's154-claims-experience-monthly-csv-text',
  before: 'experience_monthly_grp64445.csv',
  text: [
    'group,paid_month,ees,members,med_paid,rx_paid,stoploss_reimb,admin_fees,total_cost',
    '[64445],202606,871,1946,612880.14,[94210].66,0.00,[30436].50,737527.30',
    '[64445],202607,873,1951,655102.87,[96118].21,[38440].00,[30506].50,713287.58',
    '[64445],202608,872,1949,640774.02,[99412].93,0.00,[30472].00,770658.95',
    '[64445],202609,874,1952,618390.55,[97006].40,[13212].00,[30541].00,732725.95',
  ].join('\n'),
});

// ── 12. Experience by service category, grid ──
const expCategory = table({
  id: 's154-expcat',
  kind: 's154-experience-by-service-category-grid',
  caption: 'Paid by Service Category, incurred 10/2025–9/2026 (12 months), with top procedure codes',
  headers: ['Category', 'Paid', 'PMPM', 'Benchmark PMPM', 'Top codes by paid'],
  rows: [
    ['Inpatient facility', '$2,412,660', '$103.27', '$88.10', '{27130}, {99468}, {33533}'],
    ['Outpatient surgery', '$1,318,405', '$56.43', '$44.90', '{64712}, {63685}, {64714}'],
    ['Outpatient other', '$902,118', '$38.61', '$41.55', '{96413}, {64445}, {64632}'],
    ['Professional — surgery', '$611,840', '$26.19', '$23.02', '{22633}, {27447}, {63047}'],
    ['Professional — E&M', '$744,300', '$31.86', '$34.70', '{99214}, {99213}, {99204}'],
    ['Radiology', '$398,712', '$17.07', '$18.44', '{72148}, {70553}, {73721}'],
  ],
});

// ── 13. High-cost procedure drill-down, by code ──
const hcpByCode = table({
  id: 's154-hcpcode',
  kind: 's154-high-cost-procedure-drilldown-by-code-grid',
  caption: 'High-Cost Procedure Drill-Down — procedures with > $25,000 total allowed, peripheral nerve & pain',
  headers: ['CPT', 'Description', 'Members', 'Services', 'Allowed', 'Avg / service', 'Market p50'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic nerve', '1', '2', '$45,798', '$22,899', '$9,850'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '1', '2', '$55,937', '$27,969', '$11,200'],
    ['{64632}', 'Destruction, plantar common digital nerve', '11', '38', '$47,120', '$1,240', '$415'],
    ['{64445}', 'Inj, sciatic nerve, single', '9', '27', '$26,904', '$996', '$310'],
    ['{64612}', 'Chemodenervation, facial nerve, unilat', '14', '41', '$29,766', '$726', '$288'],
    ['{64483}', 'Transforaminal ESI, lumbar, single', '36', '71', '$63,190', '$890', '$720'],
    ['{64635}', 'Facet RF ablation, lumbar', '12', '19', '$38,418', '$2,022', '$1,310'],
  ],
});

// ── 14. High-cost procedure drill-down, by site of care ──
const hcpSite = table({
  id: 's154-hcpsite',
  kind: 's154-high-cost-procedure-site-of-care-grid',
  caption: 'Site-of-care variation — same code, different setting (allowed per service)',
  headers: ['Code', 'Office (POS 11)', 'ASC (POS 24)', 'HOPD (POS 22)', 'Services at HOPD', 'Savings if moved'],
  rows: [
    ['{64632}', '$312', '$640', '$1,455', '29 of 38', '$33,147'],
    ['{64445}', '$298', '$1,460', '$1,620', '9 of 27', '$11,898'],
    ['{64612}', '$286', '—', '$1,106', '17 of 41', '$13,940'],
    ['{64483}', '$705', '$912', '$1,388', '14 of 71', '$9,562'],
  ],
});

// ── 15. High-cost procedure drill-down, by provider ──
const hcpProvider = table({
  id: 's154-hcpprov',
  kind: 's154-high-cost-procedure-by-provider-grid',
  caption: 'Top rendering locations for 64632 and 64445 (allowed, incurred 10/2025–9/2026)',
  headers: ['Facility / group', 'City', 'ZIP', 'Code', 'Services', 'Avg allowed'],
  rows: [
    ['Riverside Methodist Outpatient Ctr', 'Columbus', '[43214]', '{64632}', '18', '$1,492'],
    ['Grandview Foot & Ankle Associates', 'Columbus', '[43212]', '{64632}', '9', '$318'],
    ['Mount Carmel East HOPD', 'Columbus', '[43213]', '{64632}', '11', '$1,388'],
    ['Polaris Surgery Center', 'Westerville', '[43081]', '{64445}', '12', '$1,460'],
    ['Heartland Pain Specialists', 'St. Joseph, MO', '[64506]', '{64445}', '4', '$404'],
    ['Central Ohio Pain Clinic', 'Lewis Center', '[43035]', '{64445}', '11', '$301'],
  ],
});

// ── 16. Botox medical vs. pharmacy view, grid ──
const botox = table({
  id: 's154-botox',
  kind: 's154-chemodenervation-medical-vs-pharmacy-grid',
  caption: 'OnabotulinumtoxinA — medical (buy-and-bill) vs. specialty pharmacy, 12 months',
  headers: ['Channel', 'Procedure', 'Drug', 'NDC labeler', 'Fills / admins', 'Paid'],
  rows: [
    ['Medical, physician office', '{64612}', 'J0585 ×50 u', '[00023]', '22', '$21,604'],
    ['Medical, HOPD', '{64612}', 'J0585 ×50 u', '[00023]', '19', '$27,118'],
    ['Medical, migraine protocol', '{64615}', 'J0585 ×155 u', '[00023]', '12', '$24,906'],
    ['Specialty pharmacy (PBM)', 'admin billed {64612} / {96372}', 'NDC 0023-1145-01', '[00023]', '16', '$19,344'],
  ],
});

// ── 17. Drill-down methodology / footnotes ──
const hcpMethod = lines({
  id: 's154-hcpmethod',
  kind: 's154-high-cost-procedure-methodology-text',
  before: 'Methodology',
  text: [
    'Services are counted by CPT on professional and facility lines; bilateral {64632}-50 counts as two services,',
    'and {64712}-RT plus {64712}-59 on the same date counts as one. Market p50 = allowed median for CBSA [18140] from',
    'the Keystone Ridge 2025 benchmark (n = 212 groups, [48112] claim lines for the five nerve codes).',
    'Excluded: claims under dispute (TPA ticket [77302]), subrogation recoveries, and claimant [11447] (NICU).',
    'Codes {64445} and {64447} (sciatic vs. femoral single blocks) are reported separately; {64448} infusions: none.',
  ].join('\n'),
});

// ── 18. Stop-loss quote comparison, grid ──
const slCompare = table({
  id: 's154-slcompare',
  kind: 's154-stop-loss-quote-comparison-grid',
  caption: 'Stop-Loss Marketing Summary — effective 1/1/2027',
  headers: ['', 'Meridian Re (incumbent)', 'Halyard Specialty', 'Summit National Life'],
  rows: [
    ['Quote / policy no.', 'SL-[64712] renewal', 'HS-Q[80541]', 'SNL [94612]-27'],
    ['Specific deductible', '$150,000', '$150,000', '$175,000'],
    ['Contract basis', '24/12 (renewal)', '12/15', '12/15'],
    ['Specific rate PEPM', '$148.20', '$128.86', '$121.44'],
    ['Lasers', 'None', 'Claimant [28436] at $250,000', 'None'],
    ['Aggregate corridor / rate', '125% / $6.14', '125% / $5.90', '120% / $6.02'],
    ['Disclosure basis', 'Claimants ≥ $75K', 'Claimants ≥ $50K; CPT list incl. {64712}, {64714}', 'Claimants ≥ $75K'],
    ['AM Best / filing ZIP', 'A / [06103]', 'A- / [02110]', 'A+ / [68102]'],
  ],
});

// ── 19. Stop-loss laser disclosure statement ──
const slDisclosure = lines({
  id: 's154-sldisc',
  kind: 's154-stop-loss-laser-disclosure-statement-text',
  before: 'DISCLOSURE STATEMENT — Specific Excess Loss — Marlow Valley Foods, Inc. — group 64445',
  text: [
    'Known claimant 1: key [19073]; colon cancer; chemo {96413}, {96415}, {96417}; paid to date $412,806.',
    'Known claimant 2: key [28436]; R sciatic nerve injury after THA; {27130} 11/2025; neuroplasty {64712}',
    '  5/2026; serial sciatic blocks {64445} (4 to date, monthly); no further surgery planned.',
    'Known claimant 3: key [30784]; lumbar fusion {22633} 10/2025; lumbar plexus neuroplasty {64714} 4/2026.',
    'Known claimant 4: key [61445]; hemifacial spasm; {61458} 2/2026; chemodenervation {64612} every 90 days.',
    'Trigger diagnoses/procedures reviewed per carrier list rev. [24031]; no pending transplant or dialysis.',
    'Signed: Monica Tresslar, VP Total Rewards, 10/28/2026. Broker: Keystone Ridge, license [71644].',
  ].join('\n'),
});

// ── 20. Stop-loss carrier proposal letter ──
const slLetter = lines({
  id: 's154-slletter',
  kind: 's154-stop-loss-carrier-proposal-letter-text',
  before: 'HALYARD SPECIALTY INSURANCE CO. · 100 Federal St, Boston, MA 02110',
  text: [
    'Re: Marlow Valley Foods, Inc., quote HS-Q[80541], producer Keystone Ridge Benefits Advisors',
    'We are pleased to offer specific coverage at $150,000 on a 12/15 basis, subject to a laser of',
    '$250,000 on claimant [28436] given the ongoing treatment after neuroplasty (CPT {64712}) and monthly',
    'nerve blocks ({64445}). Should the 2027 plan require prior authorization for {64712}, {64714} and {64632}',
    'with a site-of-care program, we would reduce the laser to $200,000. Underwriter: R. Chen, ext. 4471.',
    'Quote valid through 12/15/2026. Please return signed application to PO Box [55160], Boston, MA.',
  ].join('\n'),
});

// ── 21. Stop-loss disclosure questionnaire (form) ──
const slQuestionnaire = lines({
  id: 's154-slquest',
  kind: 's154-stop-loss-disclosure-questionnaire-form-text',
  before: 'Summit National Life — Large Claim Disclosure Questionnaire (answer every item)',
  text: [
    '7. List any covered person with a claim in the last 12 months for the following procedures: spinal cord',
    '   stimulator ({63650}, {63685}), neuroplasty ({64712}, {64713}, {64714}), joint replacement ({27130}, {27447}).',
    '   Answer: Yes — claimants [28436] ({64712}), [30784] ({64714}), [46271] ({63685}), [27505] ({27447}).',
    '8. Has any person had more than 4 chemodenervation sessions ({64612}, {64615}) in 12 months? Answer: No.',
    '9. Group number [64445]; employer FEIN 31-4408812; SIC 2099; renewal census file id [35118].',
  ].join('\n'),
});

// ── 22. Stop-loss specific claim filing ──
const slFiling = lines({
  id: 's154-slfiling',
  kind: 's154-stop-loss-specific-claim-filing-text',
  before: 'Meridian Re — Specific Reimbursement Request — Policy SL-64712',
  text: [
    'Specific claim no. [64714]   Claimant key [28436]   Contract period 1/1/2026–12/31/2026 (24/12)',
    'Total eligible paid $188,440.00   Less specific deductible $150,000.00   Reimbursement due $[38440].00',
    'Largest items: {27130} facility $58,143.80; {64712} facility $39,786.00; {64712} prof. $3,722.58',
    'Attached: itemized claim history (TPA job [58223]), op report for {64712}-RT, EMG report for {95886}',
    'Remit to: Lakeshore Benefit Administrators, PO Box [10712], Cleveland, OH [44101]; ACH ref [70412]',
  ].join('\n'),
});

// ── 23. RFP questionnaire to carriers, cover page ──
const rfpCover = lines({
  id: 's154-rfpcover',
  kind: 's154-rfp-questionnaire-cover-page-text',
  before: 'REQUEST FOR PROPOSAL — Medical Administration & Stop-Loss',
  text: [
    'RFP no. [64714]-MVF · Issued 8/19/2026 · Responses due 9/23/2026, 5:00 p.m. ET',
    'Plan sponsor: Marlow Valley Foods, Inc., 1850 Hamilton Rd, Columbus, OH [43224]; 870 enrolled employees',
    'Submit to: Keystone Ridge Benefits Advisors, attn. RFP desk, 5100 Rings Rd, Ste 300, Dublin, OH [43017]',
    'Exhibits: A census (file [35118]), B claims experience, C large claimants (keys only), D CPT repricing file',
    'Intent to quote by 8/30/2026 to rfp@keystoneridge.example; questions reference section and item number.',
  ].join('\n'),
});

// ── 24. RFP clinical questions ──
const rfpClinical = lines({
  id: 's154-rfpclin',
  kind: 's154-rfp-clinical-program-questions-text',
  before: 'Section 6 — Clinical programs and medical management',
  text: [
    '6.4 Do you require prior authorization for peripheral nerve procedures? List your criteria for CPT {64712},',
    '    {64714} and {64632}, and state the turnaround time for an urgent request.',
    '6.5 Describe your site-of-care program. Would services such as {64632}, {64445} and {64612} be redirected',
    '    from hospital outpatient to office or ASC? Give 2025 book-of-business savings for these codes.',
    '6.6 How do you review repeat services, e.g. more than three {64632} sessions per foot per year, or {64612}',
    '    more often than every 12 weeks? Attach the policy (policy number and revision date).',
    '6.7 Reprice Exhibit D (CPT {64712}, {64714}, {64632}, {64445}, {64612}, {63685}, {27130}) at your network.',
  ].join('\n'),
});

// ── 25. RFP response matrix, grid ──
const rfpMatrix = table({
  id: 's154-rfpmatrix',
  kind: 's154-rfp-response-matrix-grid',
  caption: 'RFP Response Comparison — Section 6 (clinical)',
  headers: ['Item', 'Lakeshore (incumbent TPA)', 'Buckeye Health Plan ASO', 'Harborline TPA'],
  rows: [
    [
      '6.4',
      'PA on {64712}/{64714} only; 3 business days',
      'PA on {64712}, {64714}, {64632}; 2 days',
      'No PA on nerve codes',
    ],
    [
      '6.5',
      'None today; vendor add-on $1.10 PEPM',
      'Included: {64632}, {64445} to office/ASC',
      'Partner program, $0.85',
    ],
    ['6.6', 'Frequency edit on {64612} q84d', 'Policy MP-[47219], {64632} max 3/foot/yr', 'Retrospective only'],
    ['6.7', 'See Exhibit D tab 1', 'See Exhibit D tab 2 (file [35212])', 'Declined to reprice'],
  ],
});

// ── 26. RFP repricing by CPT, grid ──
const rfpReprice = table({
  id: 's154-rfpreprice',
  kind: 's154-rfp-repricing-by-cpt-grid',
  caption: 'Exhibit D — repricing of 12-month claims at each network (allowed per service)',
  headers: ['CPT', 'POS', 'Billed avg', 'Lakeshore / Buckeye Choice', 'Buckeye Health Plan', 'Harborline'],
  rows: [
    ['{64712}', '22', '$58,400', '$22,899', '$14,310', '—'],
    ['{64714}', '22', '$71,950', '$27,969', '$16,840', '—'],
    ['{64632}', '22', '$3,880', '$1,455', '$902', '—'],
    ['{64445}', '24', '$2,975', '$1,460', '$884', '—'],
    ['{64612}', '11', '$690', '$286', '$271', '—'],
    ['{63685}', '22', '$104,300', '$61,214', '$44,910', '—'],
  ],
});

// ── 27. RFP network disruption by ZIP, grid ──
const rfpDisruption = table({
  id: 's154-rfpdisrupt',
  kind: 's154-rfp-network-disruption-by-zip-grid',
  caption: 'Network disruption — providers used in the last 12 months by employee home ZIP',
  headers: ['Home ZIP', 'Employees', 'Providers used', 'In Buckeye HP network', 'Disrupted'],
  rows: [
    ['[43224]', '214', '188', '181', '3.7%'],
    ['[43230]', '131', '140', '137', '2.1%'],
    ['[43081]', '96', '102', '95', '6.9%'],
    ['[43219]', '88', '91', '90', '1.1%'],
    ['[43162]', '41', '47', '40', '14.9%'],
    ['[43021]', '37', '39', '36', '7.7%'],
  ],
});

// ── 28. RFP census CSV (Exhibit A) ──
const rfpCensus = lines({
  id: 's154-rfpcensus',
  kind: 's154-rfp-census-csv-text',
  before: 'Exhibit_A_Census_MVF_file35118.csv',
  text: [
    'emp_id,zip,birth_year,sex,tier,division,status,salary_band',
    '[64612],[43224],1971,F,EE+SP,Plant 2,Active,B',
    '[10481],[43230],1988,M,FAM,Plant 1,Active,C',
    '[11252],[43081],1966,M,EE,Distribution,Active,B',
    '[18419],[43021],1959,M,EE+SP,Office,COBRA,D',
  ].join('\n'),
});

// ── 29. Benefits committee agenda ──
const cmteAgenda = lines({
  id: 's154-cmteagenda',
  kind: 's154-benefits-committee-agenda-text',
  before: 'Marlow Valley Foods — Benefits Committee — Agenda — Thursday, November 12, 2026, 2:00 p.m., Conf. Rm B',
  text: [
    '1. Approve minutes of 8/13/2026 (circulated as doc [45118])',
    '2. Keystone Ridge: renewal results, large claimants (keys only), stop-loss marketing (deck KR-[64632] v3)',
    '3. Clinical programs: prior auth for nerve procedures ({64712}, {64714}, {64632}) and site of care',
    '4. Vote: stop-loss carrier for 2027; funding rates; employee contributions',
    'Dial-in: Teams meeting ID 244 918 530 217; passcode [77241] · Room B, 1850 Hamilton Rd, Columbus [43224]',
  ].join('\n'),
});

// ── 30. Benefits committee minutes ──
const cmteMinutes = lines({
  id: 's154-cmteminutes',
  kind: 's154-benefits-committee-minutes-text',
  before:
    'MINUTES — Benefits Committee — November 12, 2026 — Present: J. Osei (chair), G. Pannell, M. Tresslar, R. Iyer',
  text: [
    'D. Whitfield reviewed 12-month experience at 109% of expected. Two nerve surgeries (neuroplasty, CPT codes',
    '{64712} and {64714}) and the follow-up blocks ({64445}) account for about $130,000 of the variance.',
    'G. Pannell asked why the foot procedure {64632} costs $1,455 at Riverside and $312 at the podiatrist. P. Natarajan',
    'explained facility fees; 29 of 38 services were hospital outpatient. Motion (Pannell/Iyer) to add a',
    'site-of-care program for {64632}, {64445} and {64612} effective 1/1/2027. Carried 4–0.',
    'Motion (Osei/Tresslar) to bind Halyard Specialty, quote HS-Q[80541], $150,000 specific with the $250,000',
    'laser on claimant [28436], reducible to $200,000 with prior auth on {64712}/{64714}/{64632}. Carried 3–1.',
    'Next meeting: 2/11/2027. Minutes recorded by K. Baptiste; file [45203].',
  ].join('\n'),
});

// ── 31. Committee action items, grid ──
const cmteActions = table({
  id: 's154-cmteactions',
  kind: 's154-benefits-committee-action-items-grid',
  caption: 'Action items from 11/12/2026',
  headers: ['#', 'Action', 'Owner', 'Due', 'Ref'],
  rows: [
    ['1', 'Sign Halyard application, laser on [28436]', 'M. Tresslar', '12/10/2026', 'HS-Q[80541]'],
    ['2', 'Load PA list {64712}, {64714}, {64632} with Lakeshore', 'Keystone Ridge', '12/01/2026', 'ticket [77318]'],
    ['3', 'Site-of-care letters to members with {64632}/{64612} at HOPD', 'Lakeshore CM', '1/15/2027', 'CM-[22764]'],
    ['4', 'Update SPD and SBC for 2027 rates', 'M. Tresslar', '12/15/2026', 'doc [45231]'],
  ],
});

// ── 32. Email, broker to HR ──
const emailBroker = lines({
  id: 's154-emailbroker',
  kind: 's154-email-broker-to-hr-text',
  before:
    'From: Dana Whitfield <dwhitfield@keystoneridge.example> To: Monica Tresslar Subject: MVF renewal — large claimants',
  text: [
    'Sent: Tuesday, October 20, 2026 4:12 PM',
    'Monica — the stop-loss quotes are in. Halyard wants to laser the spouse on claimant key [28436] (the hip and',
    'sciatic nerve case). Her surgeon billed neuroplasty {64712}-RT in May and she is getting {64445} blocks every month.',
    'Summit asked us to confirm whether anyone else had {64714} or {64712} in the last year; [30784] did ({64714} in April).',
    "I'd like Lakeshore to send the case notes (CM case [64714]) before Friday so we can answer their item 7.",
    'Call me at 614-555-0190 x[20417] if easier. — Dana',
  ].join('\n'),
});

// ── 33. Email, HR reply ──
const emailHr = lines({
  id: 's154-emailhr',
  kind: 's154-email-hr-reply-text',
  before: 'From: Monica Tresslar To: Dana Whitfield Cc: Greg Pannell Subject: RE: MVF renewal — large claimants',
  text: [
    'Sent: Wednesday, October 21, 2026 9:03 AM',
    'Dana, thanks. Greg wants to understand the foot procedure on page 9 ({64632}) — is it the same as the',
    "Morton's neuroma injections our plant nurse mentioned? Also, what is the {64612} line on the Botox slide?",
    "Please don't send anything with names. Lakeshore can reach me at our Columbus office, [43224], or by",
    'portal message; our HR case number for the stop-loss paperwork is [31402].',
  ].join('\n'),
});

// ── 34. Email, broker answer with codes explained ──
const emailAnswer = lines({
  id: 's154-emailanswer',
  kind: 's154-email-broker-explains-codes-text',
  before: 'From: Dana Whitfield Subject: RE: RE: MVF renewal — large claimants',
  text: [
    '> what is the {64612} line on the Botox slide?',
    'CPT {64612} is the injection of Botox into the facial muscles (hemifacial spasm/blepharospasm); the drug itself',
    'bills separately as J0585. {64615} is the migraine version. The foot procedure {64632} is an alcohol injection that',
    "destroys the nerve in a Morton's neuroma — usually 3–7 sessions. Surgical excision is {28080} instead.",
    'For reference the five nerve codes in the deck: {64712} sciatic neuroplasty, {64714} lumbar plexus neuroplasty,',
    '{64445} sciatic nerve block, {64632} and {64612}. Glossary attached (1 page).',
  ].join('\n'),
});

// ── 35. Forwarded TPA message inside the thread ──
const emailTpa = lines({
  id: 's154-emailtpa',
  kind: 's154-email-forwarded-tpa-message-text',
  before: '---------- Forwarded message ---------- From: Lakeshore Account Management <acctmgmt@lakeshoreba.example>',
  text: [
    'Subject: Group [64445] — stop-loss item 7 / claimant keys',
    'Confirmed from claims: key [28436] has {64712} (DOS 5/14/2026, claim 2026051400871) and {64445} on 6/11, 7/9,',
    '8/6 and 9/3. Key [30784] has {64714} (DOS 4/22/2026). No other member had {64713} or {63650} in the period.',
    'Ticket [77302] (disputed HOPD facility fee for {64632}) is still open with Riverside, Columbus [43214].',
    'Lakeshore Benefit Administrators · PO Box [10712] · Cleveland, OH [44101] · Account team [11058]',
  ].join('\n'),
});

// ── 36. Teams chat between broker analyst and HR ──
const teamsChat = lines({
  id: 's154-teams',
  kind: 's154-teams-chat-broker-hr-text',
  before: 'Chat: Priya Natarajan, Monica Tresslar',
  text: [
    'Priya Natarajan 10:41 AM: slide 9 is updated — moved {64632} above {64445} since it is the bigger savings',
    'Monica Tresslar 10:43 AM: ok. does the $33,147 include the Riverside dispute?',
    'Priya Natarajan 10:44 AM: no, ticket [77302] is excluded. with it the HOPD number for {64632} goes to $35.9K',
    'Monica Tresslar 10:46 AM: and the {64612} savings?',
    'Priya Natarajan 10:47 AM: $13,940, all office moves. Deck version KR-[64632] v3 uploaded to the portal',
    'Monica Tresslar 10:52 AM: invoice [64612] from you guys for the RFP is approved btw',
  ].join('\n'),
});

// ── 37. TPA portal claim detail screen ──
const tpaClaim = lines({
  id: 's154-tpaclaim',
  kind: 's154-tpa-portal-claim-detail-screen-text',
  before: 'Lakeshore Employer Portal › Claims › Claim 2026051400871',
  text: [
    'Group [64445] Marlow Valley Foods   Claimant key [28436] (SP)   Network Buckeye Choice PPO',
    'Billing provider Riverside Methodist Hospital, Columbus, OH [43214]   Type: Outpatient facility (UB-04)',
    'Line 1  Rev 0360  CPT {64712}  Mod RT  Units 1  Billed $58,400.00  Allowed $41,880.00  Paid $39,786.00',
    'Line 2  Rev 0370  CPT {01250}  Units 1  Billed $4,118.00  Allowed $2,604.00  Paid $2,473.80',
    'Line 3  Rev 0710  Units 1  Billed $1,920.00  Allowed $0.00  Remark N19 (bundled into {64712})',
    'Check no. 1007781 · paid 06/02/2026 · EOB job [58201] · stop-loss flag: specific tracking ([64714])',
  ].join('\n'),
});

// ── 38. Renewal deck, plan design options grid ──
const deckDesign = table({
  id: 's154-deckdesign',
  kind: 's154-renewal-deck-plan-design-options-grid',
  caption: 'Cost-containment options for 2027 (estimated annual savings)',
  headers: ['Option', 'Codes affected', 'Est. savings', 'Member impact', 'Recommended'],
  rows: [
    ['Site-of-care steerage', '{64632}, {64445}, {64612}', '$58,985', 'Low', 'Yes'],
    ['Prior auth, nerve surgery', '{64712}, {64714}', '$22,000–$40,000', 'Moderate', 'Yes'],
    ['Spine second opinion', '{22633}, {63047}, {63685}', '$31,200', 'Low', 'Yes'],
    ['Raise deductible $1,500→$2,000', 'All', '$118,400', 'High', 'No'],
  ],
});

// ── 39. Renewal deck, benchmarking slide ──
const deckBench = lines({
  id: 's154-deckbench',
  kind: 's154-renewal-deck-benchmarking-slide-text',
  before: 'How Marlow Valley compares — food manufacturing peers, Ohio, 500–1,500 employees (n = 38)',
  text: [
    'Musculoskeletal PMPM $61.20 vs. peer median $44.80 (top decile driven by {64712}, {64714}, {27130})',
    'Outpatient nerve procedures per 1,000 members: {64632} 19.5 vs. 6.1; {64445} 13.9 vs. 8.8; {64612} 21.1 vs. 9.4',
    'Percent of {64632} at hospital outpatient: 76% vs. peer 31%',
    'Peer data: Keystone Ridge Benchmark 2026, SIC 2099 / NAICS 311, survey id [30966]',
  ].join('\n'),
});

// ── 40. Renewal deck, appendix CPT glossary ──
const deckGlossary = table({
  id: 's154-deckgloss',
  kind: 's154-renewal-deck-appendix-code-glossary-grid',
  caption: 'Appendix C — Procedure codes referenced in this presentation',
  headers: ['CPT', 'Plain-language description', 'Slide(s)'],
  rows: [
    ['{64712}', 'Surgery to free the sciatic nerve from scar or compression (neuroplasty)', '5, 7, 9, 12'],
    ['{64714}', 'Surgery to free the lumbar plexus nerves (neuroplasty)', '5, 7, 12'],
    ['{64445}', 'Numbing injection around the sciatic nerve, single shot', '7, 9, 11'],
    ['{64632}', "Nerve-destroying injection for Morton's neuroma (foot)", '9, 10, 11'],
    ['{64612}', 'Botox injection, facial muscles (hemifacial spasm)', '7, 9, 10'],
    ['{64615}', 'Botox injection for chronic migraine', '10'],
  ],
});

export const sealed154: Snippet[] = [
  ...deckTitle,
  ...deckSummary,
  ...deckLarge,
  ...deckNotes,
  ...lcReport,
  ...lcDetail,
  ...lcCsv,
  ...lcNarrative,
  ...lcFoot,
  ...expMonth,
  ...expCsv,
  ...expCategory,
  ...hcpByCode,
  ...hcpSite,
  ...hcpProvider,
  ...botox,
  ...hcpMethod,
  ...slCompare,
  ...slDisclosure,
  ...slLetter,
  ...slQuestionnaire,
  ...slFiling,
  ...rfpCover,
  ...rfpClinical,
  ...rfpMatrix,
  ...rfpReprice,
  ...rfpDisruption,
  ...rfpCensus,
  ...cmteAgenda,
  ...cmteMinutes,
  ...cmteActions,
  ...emailBroker,
  ...emailHr,
  ...emailAnswer,
  ...emailTpa,
  ...teamsChat,
  ...tpaClaim,
  ...deckDesign,
  ...deckBench,
  ...deckGlossary,
];
