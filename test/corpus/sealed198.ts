import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 198 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s198-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs (the MSO lockbox in Chattanooga, Lookout Mountain, Jasper GA), a member practice id and vendor number, a
 * portal user id and an employee id, a knowledge-base article number, help-desk ticket numbers, a revenue GL account,
 * a precertification number, a claim batch number, the management services agreement number and a fee import job.
 * The five known codes' digits come back as decoys: a help-desk ticket number, the MSO lockbox PO box, a management
 * fee invoice number, a member practice id, a KPI packet document number, a payer contract id, a GL account, a
 * clearinghouse submitter id (in an X12 ISA segment), employee ids, a knowledge-base article number and a board
 * resolution number.
 *
 * Family: a (fictional) management services organization, Ridgeline Practice Partners, LLC (Chattanooga, TN), that
 * runs billing and operations for five independent pain and peripheral-nerve practices in Tennessee and north
 * Georgia. One story, spring 2026: Fort Oglethorpe Pain Associates joins as the fifth member practice (onboarding
 * checklist, intake form, welcome letter, payer enrollment tracker, legacy PM data conversion map), the shared fee
 * schedule library is re-based to 2026 (library search, fee grid, CSV export, change log, chargemaster JSON, MSA fee
 * exhibit), the April 2026 KPI packet goes out (cover memo, dashboard tiles, procedure mix, denials by code, A/R
 * aging, charge lag, provider wRVU, practice P&L with GL accounts), management fee invoices are issued (header,
 * line detail, ACH remittance advice of the member distribution), the payer contract matrix is updated with a BCBST
 * amendment, prior-auth grid and carve-outs, and the MSO help desk and intranet carry the day-to-day (intranet home,
 * ticket queue, ticket thread, KB article, Teams chat, email, X12 837P/835 and HL7 DFT fragments pasted into tickets,
 * clearinghouse rejection report, coding audit results, appeal letter template, intranet search results, staff
 * directory, month-end close checklist, patient statement proof, MSO board minutes and a compliance policy).
 * Built on real public layouts: MSO / physician-practice management service agreements (fee exhibit as a percentage
 * of net collections plus fixed per-provider fees), MGMA-style monthly practice KPI packets (days in A/R, net
 * collection rate, denial rate, charge lag, wRVU per provider), ServiceNow / Zendesk ticket queues and threads,
 * Microsoft Teams chat, SharePoint intranet search results, the X12 005010 837P and 835 segment layouts (N4, CLM,
 * SV1, CLP, SVC, CAS, TRN), HL7 v2 DFT^P03 with FT1 segments, CMS-855 / CAQH enrollment trackers, QuickBooks-style
 * invoices and P&L by GL account, and chargemaster / fee schedule CSV exports. The others are written the way those
 * pages read, with no single source.
 *
 * 388 labelled tokens over 43 shapes: 186 codes (136 of them the five known codes), 202 decoys, 67 of the decoys in
 * KNOWN_10K (25 of them the five known codes' digits).
 */

// ── 1. MSO intranet home, text layer ──
const intranetHome = lines({
  id: 's198-intranet',
  kind: 's198-mso-intranet-home-announcements-text',
  before: 'Ridgeline Connect — the intranet of Ridgeline Practice Partners, LLC',
  text: [
    'Welcome, Fort Oglethorpe Pain Associates! Go-live for charge entry is 05/04/2026 (practice id [64612]).',
    '2026 fee library v2026.2 is live: {64712}, {64714} and {64632} re-based to 2026 MPFS; see change log.',
    'April KPI packet (doc RPP-KPI-[64714]) posted to each practice folder on 05/08.',
    'Reminder: BCBST is recouping {64445} paid with {64447} on the same date without modifier 59; see KB [30143].',
    'Help desk hours 7:30–5:30 ET. Urgent claim holds: ext. 4410. Open tickets this week: 187.',
    'Office move: Suite 640 → Suite 1200, 1100 Market St, Chattanooga, TN [37402] (effective 06/01).',
  ].join('\n'),
});

// ── 2. Member practice onboarding checklist, table ──
const onboardChecklist = table({
  id: 's198-onbcheck',
  kind: 's198-member-onboarding-checklist-grid',
  caption: 'Onboarding — Fort Oglethorpe Pain Associates, PC — target go-live 05/04/2026',
  headers: ['#', 'Task', 'Owner', 'Due', 'Status'],
  rows: [
    ['1', 'Executed MSA and BAA on file (contract [20217])', 'Legal', '03/15', 'Done'],
    ['4', 'Load shared fee schedule; add practice-only codes {64640}, {64633}', 'Charge master', '04/10', 'Done'],
    ['7', 'Map legacy PM procedure ids to CPT (legacy proc [10556] → {64445})', 'Conversion', '04/17', 'Done'],
    ['9', 'Lockbox change letter: new remit PO Box [64445], Chattanooga, TN [37404]', 'Cash posting', '04/20', 'Sent'],
    ['12', 'Build PA rules for {64612}, {64632}, {64712} by payer', 'Auth team', '04/24', 'In progress'],
    ['15', 'Go-live support: HD queue tag FOPA, escalation ticket [48435]', 'Help desk', '05/04', 'Open'],
  ],
});

// ── 3. Practice intake form (onboarding), text layer ──
const intakeForm = lines({
  id: 's198-intake',
  kind: 's198-practice-intake-form-fields-text',
  before: 'New Member Practice Intake — Section B: Practice & Billing Details',
  text: [
    'Legal name: Fort Oglethorpe Pain Associates, PC        Group NPI: 1487703321        TIN: 58-2219045',
    'Service location: 2250 Battlefield Pkwy, Suite 210, Fort Oglethorpe, GA [30742]',
    'Pay-to address: PO Box [64445], Chattanooga, TN [37404]-0445',
    'Legacy PM: AdvancedMD, office key [18404]; last claim batch exported [21083]',
    'Top 5 procedures billed (last 12 mo): {64445}, {64447}, {64633}, {64635}, {20552}',
    'Does the practice perform peripheral nerve surgery (e.g. {64712}, {64714})? ☐ Yes ☒ No',
    'Chemodenervation ({64612}/{64615}) with buy-and-bill botulinum toxin? ☒ Yes ☐ No',
  ].join('\n'),
});

// ── 4. Welcome letter, PDF text layer ──
const welcomeLetter = lines({
  id: 's198-welcome',
  kind: 's198-member-welcome-letter-pdf-text',
  before: 'RIDGELINE PRACTICE PARTNERS, LLC · 1100 Market Street, Suite 640 · Chattanooga, Tennessee',
  text: [
    'April 2, 2026',
    'Dr. Anita Rao, Managing Partner, Fort Oglethorpe Pain Associates, PC, 2250 Battlefield Pkwy, GA [30742]',
    'Re: Management Services Agreement no. [20217]; member practice id [64612]',
    'Dear Dr. Rao: Welcome to Ridgeline. Beginning with dates of service on or after May 4, your charges will be',
    'coded, scrubbed and submitted by our revenue cycle team. Your sciatic and femoral blocks ({64445}, {64447})',
    'will use the shared 2026 fee library; your genicular and facet RF work ({64624}, {64635}, {64636}) was added.',
    'Your help-desk login is tied to user id [37350]. Please direct questions to ext. 4410.',
  ].join('\n'),
});

// ── 5. Payer enrollment tracker, table (decoy heavy) ──
const enrollTracker = table({
  id: 's198-enroll',
  kind: 's198-payer-enrollment-credentialing-tracker-grid',
  caption: 'Payer enrollment — FOPA providers (CAQH / PECOS)',
  headers: ['Provider', 'Payer', 'Tracking / app #', 'Submitted', 'Status', 'Notes'],
  rows: [
    ['Rao, Anita MD', 'Medicare (Palmetto GBA JJ)', 'PECOS [52242]', '03/02/2026', 'Approved', 'PTAN issued'],
    ['Rao, Anita MD', 'BCBS of Tennessee', 'App [37460]', '03/05/2026', 'Approved', 'Contract [64632]'],
    ['Lyle, Grant DO', 'Cigna', 'Case [29101]', '03/09/2026', 'Pending', 'CAQH id 16118093'],
    ['Lyle, Grant DO', 'Ambetter of Peach State', 'Ref [11781]', '03/12/2026', 'Pending', 'Site visit [30742]'],
    ['Okafor, Ngozi NP', 'Georgia Medicaid', 'GAMMIS [47267]', '03/20/2026', 'Returned', 'ZIP mismatch'],
  ],
});

// ── 6. Legacy PM conversion map, CSV text layer ──
const conversionCsv = lines({
  id: 's198-convmap',
  kind: 's198-legacy-procedure-conversion-map-csv-text',
  before: 'FOPA_proc_map_v3.csv (preview, first rows)',
  text: [
    'legacy_proc_id,legacy_desc,cpt,mod,rpp_fee_line,active',
    '[10556],SCIATIC BLK,{64445},,FL-[12717],Y',
    '[10558],FEMORAL BLK,{64447},,FL-[12719],Y',
    '[10562],GENIC RFA 3N,{64624},,FL-[12730],Y',
    '[10570],FACET RFA L 1LVL,{64635},RT,FL-[12733],Y',
    '[10571],FACET RFA L ADDL,{64636},RT,FL-[12734],Y',
    '[10589],BOTOX FACE UNI,{64612},,FL-[12741],Y',
    '[10612],MORTON NEURO ALC,{64632},,FL-[12742],N',
  ].join('\n'),
});

// ── 7. Fee schedule library search results, text layer ──
const feeSearch = lines({
  id: 's198-feesearch',
  kind: 's198-fee-library-search-results-text',
  before: 'Fee Schedule Library · search: "neuroplasty" · 4 results',
  text: [
    '{64712} Neuroplasty, major peripheral nerve; sciatic — RPP std charge $2,890.00 — library v2026.2',
    '{64714} Neuroplasty, major peripheral nerve; lumbar plexus — RPP std charge $2,615.00 — v2026.2',
    '{64713} Neuroplasty; brachial plexus — RPP std charge $2,760.00 — v2026.2',
    '{64721} Neuroplasty; median nerve at carpal tunnel — RPP std charge $1,240.00 — v2026.2',
    'Showing 1–4 of 4 · Library owner: Charge Master team · last sync job [22848]',
  ].join('\n'),
});

// ── 8. Shared fee schedule grid, table ──
const feeGrid = table({
  id: 's198-feegrid',
  kind: 's198-shared-fee-schedule-library-grid',
  caption: 'Shared Fee Schedule 2026 (v2026.2) — Peripheral nerve & pain — all member practices',
  headers: ['CPT', 'Short descriptor', 'RPP std charge', 'MPFS 2026 NF', 'MPFS 2026 F', 'Global'],
  rows: [
    ['{64445}', 'N block inj sciatic sng', '$410.00', '$98.14', '$66.02', '000'],
    ['{64447}', 'N block inj fem single', '$395.00', '$91.33', '$61.58', '000'],
    ['{64632}', 'Destroy plantar digit nerve', '$320.00', '$104.90', '$44.12', '010'],
    ['{64612}', 'Destroy nerve face muscle', '$520.00', '$139.47', '$112.61', '010'],
    ['{64712}', 'Revision of sciatic nerve', '$2,890.00', 'N/A', '$748.20', '090'],
    ['{64714}', 'Revise low back nerve(s)', '$2,615.00', 'N/A', '$689.55', '090'],
    ['{64615}', 'Chemodenerv musc migraine', '$495.00', '$128.06', '$101.77', '010'],
  ],
});

// ── 9. Fee schedule CSV export, text layer ──
const feeCsv = lines({
  id: 's198-feecsv',
  kind: 's198-fee-schedule-csv-export-text',
  before: 'rpp_fee_library_2026_2.csv',
  text: [
    'practice_id,cpt,mod,std_charge,eff_date,gl_revenue,cost_center',
    '[37343],{64445},,410.00,2026-04-01,[41201],[60123]',
    '[37343],{64445},59,410.00,2026-04-01,[41201],[60123]',
    '[37343],{64632},,320.00,2026-04-01,[41201],[60123]',
    '[37343],{64612},,520.00,2026-04-01,[41202],[60449]',
    '[37398],{64712},RT,2890.00,2026-04-01,[41205],[60659]',
    '[37398],{64714},,2615.00,2026-04-01,[41205],[60659]',
  ].join('\n'),
});

// ── 10. Fee schedule change log, table ──
const feeChangeLog = table({
  id: 's198-feelog',
  kind: 's198-fee-library-change-log-grid',
  caption: 'Change log — Shared Fee Schedule Library',
  headers: ['Change #', 'Date', 'Code', 'Old', 'New', 'Reason', 'By'],
  rows: [
    ['CR-[15220]', '03/28/2026', '{64712}', '$2,750.00', '$2,890.00', '2026 MPFS re-base at 386%', 'J. Whitt'],
    ['CR-[15222]', '03/28/2026', '{64714}', '$2,490.00', '$2,615.00', '2026 MPFS re-base', 'J. Whitt'],
    ['CR-[15223]', '03/28/2026', '{64632}', '$295.00', '$320.00', 'Digital nerve; payer floor', 'J. Whitt'],
    ['CR-[15230]', '04/01/2026', '{64455}', '—', '$240.00', 'Added for FOPA (plantar nerve inj)', 'M. Dossett'],
    ['CR-[15231]', '04/01/2026', '{64640}', '$610.00', '$640.00', 'Merge FOPA legacy fee', 'M. Dossett'],
  ],
});

// ── 11. Chargemaster import JSON, text layer ──
const cdmJson = lines({
  id: 's198-cdmjson',
  kind: 's198-chargemaster-import-json-text',
  before: 'POST /api/v2/feeschedules/import — request body (shown in import log)',
  text: [
    '{ "libraryVersion": "2026.2", "importJob": [22848], "practiceIds": [[64612], [37343], [37398]],',
    '  "lines": [ { "cpt": "{64712}", "modifier": null, "charge": 2890.00, "glAccount": "[41205]" },',
    '    { "cpt": "{64714}", "modifier": null, "charge": 2615.00, "glAccount": "[41205]" },',
    '    { "cpt": "{64445}", "modifier": "59", "charge": 410.00, "glAccount": "[41201]" },',
    '    { "cpt": "{64612}", "modifier": "50", "charge": 1040.00, "glAccount": "[41202]" } ],',
    '  "approvedBy": "emp-[37395]", "submittedBy": "emp-[37371]" }',
  ].join('\n'),
});

// ── 12. MSA fee exhibit (management fee schedule), PDF text layer ──
const msaExhibit = lines({
  id: 's198-msaexh',
  kind: 's198-msa-management-fee-exhibit-pdf-text',
  before: 'EXHIBIT C — MANAGEMENT FEE — Management Services Agreement no. 20217',
  text: [
    'C.1 Base fee. Manager shall receive 6.5% of Net Collections, payable monthly against invoice.',
    'C.2 Surgical case fee. For each neuroplasty case reported under CPT {64712}, {64713} or {64714}, a fixed',
    '    coordination fee of $85.00 per case (scheduling, pre-certification and implant logs).',
    'C.3 Chemodenervation. For {64612} and {64615}, a drug-inventory fee of $12.00 per encounter.',
    'C.4 Minimum monthly fee of $9,500.00; cap of $41,000.00. Remit per invoice by ACH.',
    'C.5 Fees are not based on the volume or value of referrals. Form RPP-MSA-[25545] rev. 01/2026.',
  ].join('\n'),
});

// ── 13. KPI packet cover memo, PDF text layer ──
const kpiCover = lines({
  id: 's198-kpicover',
  kind: 's198-monthly-kpi-packet-cover-memo-pdf-text',
  before: 'RIDGELINE PRACTICE PARTNERS — MONTHLY KPI PACKET — APRIL 2026',
  text: [
    'Document RPP-KPI-[64714] · Prepared for: Hixson Pain & Nerve Center, PLLC (practice [37343])',
    'Highlights: net collection rate 96.8%; days in A/R 34.1 (goal < 38); denial rate 6.2% (up from 5.1%).',
    'The denial increase is concentrated in {64445} billed with {64447} on one date (BCBST NCCI edit, CO-236)',
    'and in {64632}, where two payers now require the plantar digital nerve diagnosis in the first position.',
    'Neuroplasty volume ({64712} x 6, {64714} x 2) was flat; both {64714} cases were at Erlanger Outpatient.',
    'Questions: your account manager, Tasha Greer, ext. 4418, or the help desk (queue HPN).',
  ].join('\n'),
});

// ── 14. KPI dashboard tiles, text layer ──
const kpiTiles = lines({
  id: 's198-kpitiles',
  kind: 's198-kpi-dashboard-tiles-text',
  before: 'Practice dashboard — Hixson Pain & Nerve Center — Apr 2026',
  text: [
    'Gross charges $412,660 ▲ 4%',
    'Net collections $[41230].55 ▲ 2%',
    'Claims submitted 1,906 · First-pass yield 91.4%',
    'Top code by charges: {64712} ($17,340)',
    'Most-denied code: {64445} (23 denials)',
    'Oldest open claim: [30418] (142 days, Cigna)',
  ].join('\n'),
});

// ── 15. KPI procedure mix table ──
const kpiMix = table({
  id: 's198-kpimix',
  kind: 's198-kpi-procedure-mix-grid',
  caption: 'Table 3. Procedure mix — April 2026 vs. March 2026',
  headers: ['CPT', 'Description', 'Units Apr', 'Units Mar', 'Charges Apr', 'wRVU Apr'],
  rows: [
    ['{64445}', 'Sciatic nerve block', '118', '104', '$48,380', '118.0'],
    ['{64447}', 'Femoral nerve block', '96', '91', '$37,920', '144.0'],
    ['{64632}', 'Plantar digital nerve destruction', '31', '27', '$9,920', '37.2'],
    ['{64612}', 'Chemodenervation, facial nerve', '44', '40', '$22,880', '87.1'],
    ['{64712}', 'Neuroplasty, sciatic', '6', '6', '$17,340', '74.0'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '2', '2', '$5,230', '22.7'],
    ['{99214}', 'Office visit, est., moderate', '402', '377', '$72,360', '771.8'],
  ],
});

// ── 16. KPI denials by code and CARC, table ──
const kpiDenials = table({
  id: 's198-kpiden',
  kind: 's198-kpi-denials-by-code-carc-grid',
  caption: 'Table 5. Denials by procedure and reason (CARC) — April 2026',
  headers: ['Code', 'CARC', 'Payer', 'Count', 'Dollars', 'Top root cause'],
  rows: [
    ['{64445}', 'CO-236', 'BCBST', '14', '$5,740', 'Billed with {64447} same DOS, no XU/59'],
    ['{64445}-59', 'CO-97', 'UHC', '5', '$2,050', 'Bundled with {76942}'],
    ['{64632}', 'CO-11', 'Cigna', '6', '$1,920', 'Dx G57.61 not primary'],
    ['{64612}', 'CO-16', 'Humana', '4', '$2,080', 'Missing NDC for J0585'],
    ['{64712}', 'CO-197', 'Aetna', '1', '$2,890', 'No precert on file (ref [29832])'],
  ],
});

// ── 17. KPI A/R aging by payer, table (decoys) ──
const kpiAging = table({
  id: 's198-kpiaging',
  kind: 's198-kpi-ar-aging-by-payer-grid',
  caption: 'Table 6. A/R aging by financial class — as of 04/30/2026',
  headers: ['Financial class', 'Payer id', '0–30', '31–60', '61–90', '91–120', '>120'],
  rows: [
    ['Medicare (Palmetto JJ)', '[10312]', '$61,204', '$8,830', '$2,114', '$640', '$0'],
    ['BCBS of Tennessee', '[00390]', '$55,917', '$14,662', '$5,740', '$1,912', '$388'],
    ['Cigna', '[62308]', '$22,480', '$6,015', '$3,310', '$1,920', '$2,450'],
    ['UnitedHealthcare', '[87726]', '$30,144', '$7,880', '$2,050', '$0', '$410'],
    ['Humana', '[61101]', '$9,412', '$2,226', '$614', '$0', '$0'],
  ],
});

// ── 18. Charge lag report, table ──
const chargeLag = table({
  id: 's198-chglag',
  kind: 's198-charge-lag-by-provider-grid',
  caption: 'Charge lag (DOS to charge entry), April 2026 — all practices',
  headers: ['Practice', 'Provider', 'Encounters', 'Avg lag (d)', 'Worst encounter', 'Worst code'],
  rows: [
    ['HPN', 'Patel, Vikram MD', '612', '1.8', 'Enc [44666]', '{64635}'],
    ['SMPNS', 'Baird, Colin MD', '71', '4.6', 'Enc [45127]', '{64712}'],
    ['CHFN', 'Moreau, Lise DO', '188', '2.2', 'Enc [45368]', '{64612}'],
    ['DFN', 'Quarles, Ben DPM', '240', '3.9', 'Enc [45612]', '{64632}'],
  ],
});

// ── 19. Provider productivity wRVU, table ──
const wrvu = table({
  id: 's198-wrvu',
  kind: 's198-provider-wrvu-productivity-grid',
  caption: 'Provider productivity — wRVU by code family, YTD 2026',
  headers: ['Provider', 'Emp id', 'Nerve blocks', 'Neurolysis / RF', 'Neuroplasty', 'Total wRVU'],
  rows: [
    ['Baird, Colin MD', '[37330]', '{64445} 41.0', '—', '{64712} 296.0; {64714} 68.1', '1,402.6'],
    ['Patel, Vikram MD', '[37332]', '{64445} 312.0', '{64635} 402.5', '—', '2,210.4'],
    ['Moreau, Lise DO', '[64712]', '—', '{64612} 348.4', '—', '1,188.0'],
    ['Quarles, Ben DPM', '[37336]', '{64455} 44.3', '{64632} 171.1', '—', '1,036.2'],
  ],
});

// ── 20. Practice P&L by GL account, table ──
const pnl = table({
  id: 's198-pnl',
  kind: 's198-practice-profit-and-loss-gl-grid',
  caption: 'Statement of operations — Signal Mountain Peripheral Nerve Surgery, PC — April 2026 (unaudited)',
  headers: ['GL account', 'Description', 'Apr 2026', 'Apr 2025', 'YTD 2026'],
  rows: [
    ['[41205]', 'Professional revenue — surgery', '$48,112', '$44,905', '$181,300'],
    ['[41201]', 'Professional revenue — procedures', '$12,640', '$11,002', '$49,870'],
    ['[52017]', 'Medical supplies', '($3,114)', '($2,880)', '($12,006)'],
    ['[64612]', 'Management fee — Ridgeline', '($4,102)', '($3,830)', '($15,988)'],
    ['[65165]', 'Malpractice insurance', '($2,950)', '($2,950)', '($11,800)'],
  ],
});

// ── 21. Management fee invoice header, PDF text layer ──
const invoiceHeader = lines({
  id: 's198-invhead',
  kind: 's198-management-fee-invoice-header-pdf-text',
  before: 'INVOICE',
  text: [
    'Ridgeline Practice Partners, LLC   Invoice # [64632]   Date: 05/05/2026   Terms: Net 15',
    'Bill to: Dalton Foot & Nerve, LLC, 1340 W Walnut Ave, Dalton, GA [30721]   Customer [30110]',
    'Remit to: Ridgeline Practice Partners, PO Box [64445], Chattanooga, TN [37404]-0445',
    'Service period: April 2026   MSA no. [20217]-D   Batch [20062]',
    'Amount due: $6,214.38   ACH: Pinnacle Bank, routing 064008637, acct ending 4471',
  ].join('\n'),
});

// ── 22. Management fee invoice line detail, table ──
const invoiceLines = table({
  id: 's198-invlines',
  kind: 's198-management-fee-invoice-line-detail-grid',
  caption: 'Invoice 64632 — line detail',
  headers: ['Line', 'Item', 'Basis', 'Qty', 'Rate', 'Amount'],
  rows: [
    ['1', 'Base management fee (6.5%)', 'Net collections $73,780.12', '1', '6.5%', '$4,795.71'],
    ['2', 'Drug-inventory fee, chemodenervation', 'CPT {64612} encounters', '9', '$12.00', '$108.00'],
    ['3', 'Surgical coordination fee', 'CPT {64632} cases (not eligible)', '0', '$85.00', '$0.00'],
    ['4', 'Credentialing pass-through', 'Ticket [64712]', '1', '$150.00', '$150.00'],
    ['5', 'Statement mailing (print vendor)', '1,078 statements', '1,078', '$1.08', '$1,160.67'],
  ],
});

// ── 23. ACH remittance advice for the member distribution, text layer ──
const achAdvice = lines({
  id: 's198-achadv',
  kind: 's198-member-distribution-ach-remittance-advice-text',
  before: 'Ridgeline Practice Partners — Payment advice — Hixson Pain & Nerve Center, PLLC',
  text: [
    'Payment date 05/12/2026   ACH trace 064008630012447   Vendor no. [37343]-HPN',
    'Net collections April 2026                       $188,402.17',
    'Less management fee, invoice [64633]             ($12,246.14)',
    'Less pass-through: ERA enrollment, ticket [48687]      ($75.00)',
    'Less chargeback: Aetna recoupment {64712} claim [30418]    ($748.20)',
    'Distribution to practice                         $175,332.83',
  ].join('\n'),
});

// ── 24. Payer contract matrix, table ──
const contractMatrix = table({
  id: 's198-contracts',
  kind: 's198-payer-contract-matrix-grid',
  caption: 'Payer contract matrix — all member practices — rev. 04/2026',
  headers: ['Payer', 'Contract id', 'Effective', 'Rate basis', 'Carve-outs / exceptions', 'Renewal'],
  rows: [
    ['BCBS of Tennessee', '[64632]', '01/01/2025', '118% of MPFS', '{64712}, {64714} at 135% MPFS', '12/31/2027'],
    ['Cigna', 'CNT-[48922]', '07/01/2024', '110% of MPFS', '{64612} drug at ASP+6%', 'Evergreen'],
    ['UnitedHealthcare', '[29457]', '04/01/2023', '105% of MPFS', 'None', '03/31/2026'],
    ['Aetna', '[55215]', '10/01/2025', '112% of MPFS', '{64632} case rate $310', '09/30/2028'],
    ['Humana (MA)', 'HUM-[27050]', '01/01/2026', '100% of MPFS', 'PA list incl. {64445}?', '12/31/2026'],
  ],
});

// ── 25. BCBST contract amendment letter, text layer ──
const amendment = lines({
  id: 's198-bcbstamend',
  kind: 's198-payer-contract-amendment-letter-text',
  before: 'BlueCross BlueShield of Tennessee · 1 Cameron Hill Circle · Chattanooga, TN 37402',
  text: [
    'Amendment No. 3 to Group Practice Agreement [64632] (Ridgeline Practice Partners, LLC, on behalf of members)',
    'Effective July 1, 2026, Exhibit B is amended: procedure codes {64712} and {64714} shall be reimbursed at',
    '135% of the Medicare Physician Fee Schedule (carrier [10312], locality 35, Tennessee), not the base 118%.',
    'Code {64632} is added to the Prior Authorization list; code {64445} is removed when billed in POS 11.',
    'All other terms remain in effect. Provider Network Management, Dept. [37427], 1 Cameron Hill Circle.',
  ].join('\n'),
});

// ── 26. Prior authorization grid by payer, table ──
const paGrid = table({
  id: 's198-pagrid',
  kind: 's198-prior-auth-requirements-by-payer-grid',
  caption: 'Auth team quick reference — PA required? (Y/N) — updated 04/24/2026',
  headers: ['CPT', 'BCBST', 'Cigna', 'UHC', 'Aetna', 'Humana MA', 'TennCare'],
  rows: [
    ['{64445}', 'N (POS 11)', 'N', 'N', 'N', 'Y', 'N'],
    ['{64632}', 'Y (7/1)', 'Y', 'N', 'Y', 'Y', 'Y'],
    ['{64612}', 'Y', 'Y (drug)', 'Y', 'Y', 'Y', 'Y'],
    ['{64712}', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'],
    ['{64714}', 'Y', 'Y', 'Y', 'Y', 'Y', 'Y'],
    ['{64635}', 'Y', 'Y (eviCore)', 'Y', 'Y', 'Y', 'Y'],
  ],
});

// ── 27. Help-desk ticket queue, table ──
const ticketQueue = table({
  id: 's198-tickets',
  kind: 's198-mso-help-desk-ticket-queue-grid',
  caption: 'Help Desk — My practices — Open (12)',
  headers: ['Ticket', 'Practice', 'Subject', 'Priority', 'Assigned', 'Updated'],
  rows: [
    ['[64712]', 'SMPNS', '{64712} denied CO-197 Aetna — precert was on file', 'High', 'K. Lott', '05/06 9:14'],
    ['[48435]', 'FOPA', 'Go-live: charges stuck in batch [21083]', 'Urgent', 'R. Pham', '05/06 8:02'],
    ['[48436]', 'DFN', 'Cigna wants G57.61 first for {64632}?', 'Normal', 'K. Lott', '05/05 16:40'],
    ['[48441]', 'CHFN', 'Bilateral {64612}: 50 or RT/LT for Humana?', 'Normal', 'A. Ivey', '05/05 15:12'],
    ['[48450]', 'HPN', 'Statement returned — patient moved to [37350]', 'Low', 'Front desk', '05/05 11:30'],
  ],
});

// ── 28. Help-desk ticket thread, text layer ──
const ticketThread = lines({
  id: 's198-thread',
  kind: 's198-help-desk-ticket-thread-text',
  before: 'Ticket #64712 · Signal Mountain Peripheral Nerve Surgery · Status: Pending payer',
  text: [
    'Kim Lott (Ridgeline) — May 6, 9:14 AM: Aetna denied claim [30418] line 1, {64712}-RT, CO-197.',
    'Our auth log shows precert [29832] approved 03/30 for {64712} and {64714}; case moved to 04/14.',
    'Dana (SMPNS office) — 9:40 AM: Dr. Baird did {64712} only; {64714} was cancelled intra-op. New date',
    'was faxed to Aetna 04/08 from 423-555-0174. Do we need a new auth for the date change?',
    'Kim Lott — 10:02 AM: Aetna allows a date change within 60 days by phone; reopening ref [31312]. Will',
    'resubmit with the corrected DOS. Linked tickets: [48687], KB [64714].',
  ].join('\n'),
});

// ── 29. Knowledge base article, text layer ──
const kbArticle = lines({
  id: 's198-kb',
  kind: 's198-help-desk-knowledge-base-article-text',
  before: 'Ridgeline KB · Article 30143 · Billing nerve blocks with ultrasound guidance',
  text: [
    'Applies to: HPN, FOPA · Owner: Coding Quality · Last reviewed 04/15/2026 · KB [30143] v4',
    'Ultrasound guidance {76942} may be added to single-shot blocks {64445}, {64447} or {64450} only with a',
    'permanently recorded image and a guidance statement in the note; UHC still bundles it (see denials).',
    'For {64455} (plantar common digital nerves) and {64632}, check the payer policy before adding {76942}.',
    'Same-session {64445} + {64447} on the same leg: only when documented as separate blocks; append XU.',
    'See also KB [64714] (date-of-service changes on precerts) and KB [30146] (Humana PA list).',
  ].join('\n'),
});

// ── 30. Teams chat, text layer ──
const teamsChat = lines({
  id: 's198-teams',
  kind: 's198-teams-chat-coder-and-practice-manager-text',
  before: 'Microsoft Teams · Chat · Aaron Ivey, Lise Moreau (CHFN)',
  text: [
    'Aaron Ivey 2:11 PM: Humana bounced bilateral botox on 4/22 — was billed as {64612}-50 x1',
    'Aaron Ivey 2:11 PM: their policy wants {64612} RT and {64612} LT on two lines',
    'Lise Moreau 2:14 PM: ok. the 4/29 pt was unilateral, that one went out fine?',
    'Aaron Ivey 2:15 PM: yes {64612} single line paid ($139.47). fixing claim [30421] now',
    'Lise Moreau 2:16 PM: thx. also new pt from [30744] asking about migraine protocol — {64615} right?',
    'Aaron Ivey 2:17 PM: right, {64615}. ticket [48441] updated 👍',
  ].join('\n'),
});

// ── 31. Email from MSO billing manager, text layer ──
const email = lines({
  id: 's198-email',
  kind: 's198-mso-billing-manager-email-text',
  before: 'From: Rhonda Pham <rpham@ridgelinepp.com> To: FOPA Front Office Subject: Go-live day 1 — held charges',
  text: [
    'Good afternoon — 37 charges from today are held in batch [21083] for two reasons:',
    '1) 22 encounters coded {64635}/{64636} without a laterality modifier; please add RT/LT in the superbill.',
    '2) 15 {64445} encounters list ZIP [30742] for the rendering site but the Cigna file has [30741].',
    'Once fixed, release the batch in the PM; ticket [48435] stays open until the 835s post.',
    'Rhonda Pham, Director of Revenue Cycle · Ridgeline Practice Partners, LLC · 1100 Market St, Ste 640,',
    'Chattanooga, TN [37402] · 423-555-0140 ext. 4402 · emp id [37382]',
  ].join('\n'),
});

// ── 32. X12 837P fragment pasted into a ticket, text layer ──
const x837 = lines({
  id: 's198-x837',
  kind: 's198-x12-837p-fragment-in-ticket-text',
  before: 'Attached claim (837P, from clearinghouse "view raw"), submitter RIDGELINEPP',
  text: [
    'ISA*00*          *00*          *ZZ*RPP[64445]     *ZZ*AVAILITY       *260505*1012*^*[00501]*000031044*0*P*:~',
    'NM1*85*2*SIGNAL MOUNTAIN PERIPHERAL NERVE SURG*****XX*1629104477~',
    'N3*1100 MARKET ST STE 640~',
    'N4*CHATTANOOGA*TN*[37402]~',
    'CLM*SMP[30418]A*2890***22:B:7*Y*A*Y*Y~REF*G1*[29832]~',
    'SV1*HC:{64712}:RT*2890*UN*1***1~DTP*472*D8*20260414~',
    'SV1*HC:{64714}*2615*UN*1***1~',
  ].join('\n'),
});

// ── 33. X12 835 fragment, text layer ──
const x835 = lines({
  id: 's198-x835',
  kind: 's198-x12-835-era-fragment-text',
  before: 'ERA 835 — Aetna — EFT trace 1EFT20353 — viewed in cash posting screen',
  text: [
    'TRN*1*1EFT[20353]*1066033492~',
    'N1*PE*SIGNAL MOUNTAIN PERIPHERAL NERVE SURG*XX*1629104477~N4*SIGNAL MOUNTAIN*TN*[37377]~',
    'CLP*SMP[30418]A*4*5505*0**12*E[26420]-0577~',
    'SVC*HC:{64712}:RT*2890*0**1~CAS*CO*197*2890~',
    'SVC*HC:{64714}*2615*0**1~CAS*CO*197*2615~',
    'CLP*HPN[30422]A*1*410*328.14**12*E[26420]-0580~SVC*HC:{64445}*410*328.14**1~',
  ].join('\n'),
});

// ── 34. HL7 DFT from a member EHR, text layer ──
const hl7 = lines({
  id: 's198-hl7',
  kind: 's198-hl7-dft-charge-interface-message-text',
  before: 'Interface engine — inbound DFT^P03 from CHFN EHR — message detail',
  text: [
    'MSH|^~\\&|CHFN_EHR|CHFN|RPP_PM|RIDGELINE|20260429143012||DFT^P03|MSG[44932]|P|2.5.1',
    'PID|1||MRN[19666]^^^CHFN||LANGSTON^ELLA||19580212|F|||88 Oak Ridge Rd^^Cleveland^TN^[37312]',
    'FT1|1|||20260429|20260429|CG|{64612}^Chemodenervation facial nerve unilateral^C4|||1|||||||||G51.3',
    'FT1|2|||20260429|20260429|CG|J0585^Botulinum toxin A per unit^HCPCS|||50',
    'FT1|3|||20260429|20260429|CG|{95874}^Needle EMG guidance^C4|||1',
  ].join('\n'),
});

// ── 35. Clearinghouse rejection report, table ──
const chRejects = table({
  id: 's198-chrej',
  kind: 's198-clearinghouse-rejection-report-grid',
  caption: 'Availity — Rejected claims — submitter RPP64445 — 05/05/2026',
  headers: ['Batch', 'Patient acct', 'Payer', 'CPT', 'Edit', 'Message'],
  rows: [
    ['[20515]', 'HPN-[30422]', 'Cigna', '{64445}', 'A7:562', 'Rendering NPI not on payer file'],
    ['[20515]', 'FOPA-[30431]', 'Cigna', '{64635}', 'A3:21', 'Service facility ZIP [30741] invalid; expected [30742]'],
    ['[20514]', 'CHFN-[30440]', 'Humana', '{64612}', 'A7:145', 'NDC missing for J0585 line'],
    ['[20514]', 'DFN-[30447]', 'UHC', '{64632}', 'A6:153', 'Dx pointer blank'],
  ],
});

// ── 36. Coding audit results, table ──
const codingAudit = table({
  id: 's198-audit',
  kind: 's198-coding-audit-sample-results-grid',
  caption: 'Q1 2026 coding audit — random sample of 10 — Coding Quality (auditor: P. Nakamura, CPC, CPMA)',
  headers: ['Enc', 'Billed', 'Audited', 'Finding', 'Δ wRVU'],
  rows: [
    ['[45815]', '{64712}-RT, {64714}', '{64712}-RT', '{64714} not documented as separate exposure', '−11.35'],
    ['[45817]', '{64445}, {64447}', '{64445}, {64447}-XU', 'Missing distinct-procedure modifier', '0.00'],
    ['[45820]', '{64632}', '{64455}', 'Injection only, no neurolysis agent documented', '−0.57'],
    ['[45824]', '{64612}-50', '{64612}-RT, {64612}-LT', 'Payer-specific format (Humana)', '0.00'],
  ],
});

// ── 37. Appeal letter template, text layer ──
const appealTemplate = lines({
  id: 's198-appeal',
  kind: 's198-appeal-letter-template-text',
  before: 'Template library · APL-07 · Precert on file / date-of-service change (merge fields in «»)',
  text: [
    'Aetna Provider Appeals, PO Box [14079], Lexington, KY [40512]-4079',
    'Re: «Patient», claim [30418], DOS 04/14/2026, CPT {64712}-RT — request for reconsideration (CO-197)',
    'Precertification [29832] was approved on 03/30/2026 for CPT {64712} (neuroplasty, sciatic nerve) and',
    '{64714}. The surgery moved from 04/08 to 04/14; Aetna was notified on 04/08 (call ref [31312]).',
    'Only {64712} was performed. Please reprocess. Enclosures: op note, precert letter. Template rev [25984].',
  ].join('\n'),
});

// ── 38. Intranet search results, text layer ──
const searchResults = lines({
  id: 's198-search',
  kind: 's198-intranet-search-results-text',
  before: 'Ridgeline Connect · Search "64632" · 5 results',
  text: [
    'Invoice [64632] — Dalton Foot & Nerve — April 2026 (Finance › Invoices) — modified 05/05',
    'BCBST Group Practice Agreement [64632] — Amendment 3 (Contracts) — "…code {64632} is added to the PA list…"',
    'KB [30143]: Billing nerve blocks — "…for {64455} and {64632}, check the payer policy before adding…"',
    'Fee library change CR-[15223]: {64632} $295.00 → $320.00',
    'Ticket [48436]: Cigna wants G57.61 first for {64632}? (Help Desk, DFN)',
  ].join('\n'),
});

// ── 39. Staff directory, text layer ──
const directory = lines({
  id: 's198-directory',
  kind: 's198-mso-staff-directory-listing-text',
  before: 'People · Revenue Cycle · 9 people',
  text: [
    'Rhonda Pham — Director, Revenue Cycle — ext. 4402 — emp [37382] — Chattanooga HQ',
    'Kim Lott — Senior Coder (surgery: {64712}/{64714} cases) — ext. 4421 — emp [37385]',
    'Aaron Ivey — Coder, chemodenervation & headache — ext. 4423 — emp [64445]',
    'Tasha Greer — Account Manager (HPN, SMPNS) — ext. 4418 — emp [37391] — works from Jasper, GA [30143]',
    'Priya Nakamura — Coding Quality Lead — ext. 4430 — emp [37395] — Lookout Mountain, TN [37350]',
  ].join('\n'),
});

// ── 40. Month-end close checklist, table ──
const closeChecklist = table({
  id: 's198-close',
  kind: 's198-month-end-close-checklist-grid',
  caption: 'Month-end close — April 2026 — Finance',
  headers: ['Step', 'Task', 'GL / ref', 'Owner', 'Done'],
  rows: [
    ['1', 'Post all 835s; reconcile EFT to bank', 'GL [10252]', 'Cash posting', '05/02'],
    ['3', 'Accrue management fee receivable', 'GL [12030]', 'Finance', '05/04'],
    ['5', 'Tie KPI packet charges to PM (incl. surgical {64712}/{64714})', 'Rpt [16157]', 'Analytics', '05/06'],
    ['6', 'Issue April invoices to members', 'Inv [64632]–[64636]', 'Finance', '05/05'],
    ['8', 'Board pack to members', 'Res. [26081]', 'CEO', '05/09'],
  ],
});

// ── 41. Patient statement proof, text layer ──
const statementProof = lines({
  id: 's198-stmt',
  kind: 's198-patient-statement-proof-text',
  before: 'Statement proof (print vendor) — Cleveland Headache & Facial Nerve Clinic — billed by Ridgeline',
  text: [
    'Make checks payable to CHFN · Mail to: PO Box [64445], Chattanooga, TN [37404]-0445',
    'Account [19666]   Statement date 05/08/2026   Amount due $84.20',
    '04/29/2026  Chemodenervation, facial nerve ({64612})   $520.00   Ins paid $372.88   Adj $62.92',
    '04/29/2026  Needle EMG guidance ({95874})   $180.00   Ins paid $120.00   Adj $40.00',
    'Questions? Call Ridgeline Patient Billing 423-555-0199, M–F. Pay online with code [67139].',
  ].join('\n'),
});

// ── 42. MSO board minutes and compliance policy, text layers ──
const boardMinutes = lines({
  id: 's198-board',
  kind: 's198-mso-board-meeting-minutes-text',
  before: 'Ridgeline Practice Partners, LLC — Board of Managers — Minutes of April 28, 2026',
  text: [
    'Present: five member representatives, CEO M. Hardin, CFO L. Soto. Quorum confirmed.',
    'Resolution [26081] (admit FOPA as a member practice) carried 5–0. Resolution [64714] (office lease) carried.',
    'CFO: the BCBST amendment lifts {64712}/{64714} to 135% MPFS; est. +$38,000/yr across SMPNS.',
    'Compliance: audit found {64714} billed without documentation in 1 of 10 sampled cases; refund initiated.',
    'Next meeting July 28, 2026, 1100 Market St, Suite 1200, Chattanooga [37402].',
  ].join('\n'),
});

const compliancePolicy = lines({
  id: 's198-policy',
  kind: 's198-compliance-policy-document-text',
  before: 'Policy RC-114 · Overpayments and refunds · Ridgeline Compliance',
  text: [
    '4.1 An identified overpayment is reported and returned within 60 days (42 U.S.C. 1320a-7k(d)).',
    '4.2 Example: a coding audit finds {64714} billed with {64712} where only the sciatic nerve was released;',
    '    the {64714} line is refunded to the payer and the member practice is notified in writing.',
    '4.3 Refund checks are drawn on the practice account, never the MSO lockbox.',
    '4.4 Log each refund in the compliance register (form RC-[28015]) with the ticket number, e.g. [48687].',
  ].join('\n'),
});

export const sealed198: Snippet[] = [
  ...intranetHome,
  ...onboardChecklist,
  ...intakeForm,
  ...welcomeLetter,
  ...enrollTracker,
  ...conversionCsv,
  ...feeSearch,
  ...feeGrid,
  ...feeCsv,
  ...feeChangeLog,
  ...cdmJson,
  ...msaExhibit,
  ...kpiCover,
  ...kpiTiles,
  ...kpiMix,
  ...kpiDenials,
  ...kpiAging,
  ...chargeLag,
  ...wrvu,
  ...pnl,
  ...invoiceHeader,
  ...invoiceLines,
  ...achAdvice,
  ...contractMatrix,
  ...amendment,
  ...paGrid,
  ...ticketQueue,
  ...ticketThread,
  ...kbArticle,
  ...teamsChat,
  ...email,
  ...x837,
  ...x835,
  ...hl7,
  ...chRejects,
  ...codingAudit,
  ...appealTemplate,
  ...searchResults,
  ...directory,
  ...closeChecklist,
  ...statementProof,
  ...boardMinutes,
  ...compliancePolicy,
];
