import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 126. Written, with its labels, by someone who never read the detector (lib/detect.ts, lib/detect/*,
 * lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these snippets. Its page
 * shapes (`kind`, prefixed `s126-`) appear in no other corpus file. Score it once; do not edit a snippet to make the
 * detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs, application ids, account numbers, incomes, adjustment transaction codes and batch ids. The five known codes'
 * digits come back as decoys: application ids, a PO box, an adjustment transaction code, an account number, a vendor
 * batch id, a letter template id and a guarantor number.
 *
 * Family: hospital financial assistance (charity care) and presumptive eligibility screening around nerve procedures:
 * FAP application intake screens and determination letters, FPL sliding-scale tables, presumptive-charity vendor score
 * exports, write-off worklists with transaction codes, Schedule H community benefit worksheets, bad-debt
 * reclassification reports and patient statements with FAP discounts.
 * Built on real public layouts: the IRS Form 990 Schedule H Part I worksheet lines (financial assistance at cost), the
 * HHS poverty guideline table by household size, 501(r) plain-language summary and determination letters, Epic-style
 * account adjustment worklists (transaction code, amount, reason) and presumptive-eligibility vendor score files. The
 * others are written the way those pages read, with no single source.
 *
 * 314 labelled tokens over 37 shapes: 102 codes, 212 decoys, 64 of the decoys in KNOWN_10K.
 */

const intake = lines({
  id: 's126-intake',
  kind: 's126-fap-application-intake-screen-text',
  before: 'Financial Assistance Application — Intake',
  text: [
    'Application ID: FA-[64712] Guarantor acct: [41823] Received: 01/14/2026',
    'Household size: 4 Annual household income: $[38562] (verified W-2, paystubs)',
    'Address: 220 Elm St, Dayton, OH [45409]',
    'Pending service: sciatic neuroplasty CPT {64712}, est. charges $[18240]',
  ].join('\n'),
});

const fpl = table({
  id: 's126-fpl',
  kind: 's126-fpl-sliding-scale-table',
  caption: '2026 Financial Assistance Sliding Scale (% of Federal Poverty Level)',
  headers: ['Household size', '100% FPL', '200% FPL', '300% FPL', '400% FPL'],
  rows: [
    ['1', '$15,650', '$31,300', '$[46950]', '$62,600'],
    ['2', '$[21150]', '$[42300]', '$[63450]', '$[84600]'],
    ['3', '$[26650]', '$[53300]', '$[79950]', '$106,600'],
    ['4', '$[32150]', '$[64300]', '$[96450]', '$128,600'],
  ],
});

const vendor = lines({
  id: 's126-vendor',
  kind: 's126-presumptive-vendor-score-csv',
  before: 'pe_score_export_20260201.csv',
  text: [
    'batch_id,acct,zip,hh_size,est_income,fpl_pct,score,cpt,pe_flag',
    '[64445],[24424],[43215],3,[27030],102,812,{64445},Y',
    '[64445],[52384],[43207],2,[19880],88,877,{64714},Y',
    '[64445],[88999],[43085],5,[92333],270,411,{64632},N',
    '[64445],[14986],[43123],1,[11349],74,903,{64612},Y',
  ].join('\n'),
});

const worklist = table({
  id: 's126-wl',
  kind: 's126-charity-adjustment-worklist-grid',
  caption: 'WQ 4410 Charity Care Adjustments — pending post',
  headers: ['HAR', 'Txn Cd', 'Adj Amt', 'Reason', 'Proc'],
  rows: [
    ['[49428]', '[64632]', '-$4,812.00', 'FAP 100% presumptive', '{64632}'],
    ['[25377]', '[70031]', '-$2,204.50', 'FAP 75% sliding', '{64445}'],
    ['[87229]', '[70033]', '-$6,990.00', 'FAP 50% sliding', '{64712}'],
    ['[84332]', '[70031]', '-$1,150.00', 'FAP 75% sliding', '{64612}'],
    ['[10588]', '[64632]', '-$9,420.00', 'FAP 100% app', '{64714}'],
  ],
});

const schedH = table({
  id: 's126-schh',
  kind: 's126-schedule-h-worksheet1-table',
  caption: 'Schedule H Worksheet 1 — Financial Assistance at Cost',
  headers: ['Line', 'Description', 'Gross charges', 'Cost-to-charge', 'Cost'],
  rows: [
    ['1', 'Charity care charges, nerve procedures ({64712}, {64714})', '$[41718]', '0.2845', '$11,869'],
    ['2', 'Charity care charges, blocks & chemodenervation {64445} {64612}', '$[26458]', '0.2845', '$7,527'],
    ['3', 'Neurolytic destruction ({64632})', '$[22861]', '0.2845', '$6,504'],
    ['4', 'Patients served', '[72088]', '', ''],
  ],
});

const approval = lines({
  id: 's126-appr',
  kind: 's126-fap-approval-letter-text',
  before: 'Mercy Valley Health — Financial Assistance Determination',
  text: [
    'Letter template FAL-[64614] Date: February 3, 2026',
    'Application number [64712]-A, account [29195]',
    'Dear Ms. Ortega: Your application for financial assistance has been approved at 100%.',
    'This covers your sciatic nerve block ({64445}) and neuroplasty of the sciatic nerve ({64712}) on 01/20/2026.',
    'Questions: Patient Financial Services, PO Box [64612], Columbus, OH [43216]',
  ].join('\n'),
});

const denial = lines({
  id: 's126-deny',
  kind: 's126-fap-denial-letter-text',
  before: 'Notice of Financial Assistance Determination — Not Eligible',
  text: [
    'Application ID [83429] Account [53981]',
    'Household size 2, reported income $[87563], which is 413% of FPL and above our 400% limit.',
    'Charges for CPT {64714} (lumbar plexus neuroplasty) remain your responsibility: $[12341].00.',
    'You may appeal within 30 days: 1 Hospital Dr, Toledo, OH [43614]',
  ].join('\n'),
});

const statement = table({
  id: 's126-stmt',
  kind: 's126-patient-statement-fap-discount-lines',
  caption: 'Statement date 02/10/2026 Account 37358',
  headers: ['Date', 'Description', 'Code', 'Charges', 'FAP Discount', 'Balance'],
  rows: [
    ['01/20/26', 'NERVE BLOCK SCIATIC', '{64445}', '$1,840.00', '-$1,380.00', '$460.00'],
    ['01/20/26', 'NEUROPLASTY SCIATIC N', '{64712}', '$[14986].00', '-$[11238].75', '$3,746.25'],
    ['01/27/26', 'CHEMODENERV FACIAL N', '{64612}', '$980.00', '-$735.00', '$245.00'],
    ['01/27/26', 'OFFICE VISIT EST', '{99213}', '$210.00', '-$157.50', '$52.50'],
  ],
});

const stmtFooter = lines({
  id: 's126-stmtft',
  kind: 's126-patient-statement-remit-stub-text',
  text: [
    'Guarantor no. [64714] Amount due $4,503.75',
    'Make checks payable to Riverbend Health, PO Box [27633], Charlotte, NC [28272]-7632',
    'Financial assistance is available. Call 800-555-0142 or visit riverbend.org/fap',
  ].join('\n'),
});

const badDebt = table({
  id: 's126-bd',
  kind: 's126-bad-debt-reclass-report',
  caption: 'Bad Debt to Charity Reclassification — January 2026',
  headers: ['Acct', 'Orig BD Txn', 'Reclass Txn', 'Amount', 'CPT', 'PE score'],
  rows: [
    ['[92671]', '[60120]', '[70045]', '$3,210.00', '{64632}', '844'],
    ['[61682]', '[60120]', '[70045]', '$8,770.00', '{64714}', '791'],
    ['[74959]', '[60120]', '[70045]', '$1,540.00', '{64445}', '902'],
  ],
});

const fapSummary = lines({
  id: 's126-pls',
  kind: 's126-plain-language-summary-text',
  before: 'Plain Language Summary of the Financial Assistance Policy',
  text: [
    'Patients with household income at or below 200% FPL (e.g. $[64300] for a family of four) receive free care.',
    'Amounts generally billed (AGB) are 31% of gross charges, look-back period 07/01/2024–06/30/2025.',
    'Mail applications to 100 Medical Plaza, Suite 300, Lexington, KY [40536]',
  ].join('\n'),
});

const hl7 = lines({
  id: 's126-hl7',
  kind: 's126-hl7-dft-charity-adjustment',
  before: 'Interface log DFT^P03',
  text: [
    'MSH|^~\\&|PFS|MVH|GL|MVH|202602030815||DFT^P03|[33602]|P|2.3',
    'PID|1||[74792]^^^MVH||ORTEGA^ANA||19710304|F|||220 ELM ST^^DAYTON^OH^[45409]',
    'FT1|1|||20260120||AJ|[70031]^CHARITY 75%|||1|-1380.00||||||||||{64445}^SCIATIC NERVE BLOCK^C4',
    'FT1|2|||20260120||AJ|[70031]^CHARITY 75%|||1|-[11238].75||||||||||{64712}^NEUROPLASTY SCIATIC^C4',
  ].join('\n'),
});

const fhir = lines({
  id: 's126-fhir',
  kind: 's126-fhir-claim-response-adjudication-json',
  text: [
    '"identifier": [{ "value": "FAP-[77951]" }],',
    '"productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64632}" }] },',
    '"adjudication": [{ "category": { "text": "charity" }, "amount": { "value": [57289] } }],',
    '"productOrService": { "coding": [{ "system": "http://www.ama-assn.org/go/cpt", "code": "{64612}" }] },',
  ].join('\n'),
});

const x12 = lines({
  id: 's126-835',
  kind: 's126-x12-835-patient-resp-segment',
  before: '835 remittance, claim CLP*17727',
  text: [
    'CLP*[17727]*1*1840*460*460*12*[28459]~',
    'SVC*HC:{64445}*1840*460**1~',
    'CAS*PR*1*460~',
    'SVC*HC:{64714}:59*8770*2100**1~',
    'N4*MIDDLETOWN*OH*[45042]~',
  ].join('\n'),
});

const peRules = table({
  id: 's126-perule',
  kind: 's126-presumptive-rule-config-grid',
  caption: 'Presumptive Eligibility Rules — active',
  headers: ['Rule #', 'Min score', 'Adj code', 'Excl. CPT', 'Notes'],
  rows: [
    ['[77325]', '800', '[70031]', '', 'FPL est ≤ 200%'],
    ['[25304]', '650', '[70033]', '{64612}', 'cosmetic-adjacent review'],
    ['[75973]', '900', '[64632]', '', 'homeless / Medicaid-pending'],
  ],
});

const msg = lines({
  id: 's126-msg',
  kind: 's126-pfs-staff-inbasket-message',
  before: 'In Basket — Financial Counseling',
  text: [
    'Pt called re: bill for {64712} & {64445} from 1/20, says she applied for FA. Found app [16650], pending docs.',
    'Note: the {64712} was coded by surgery, block {64445} by anesthesia; both on HAR [65791]. Please hold stmt 30d.',
    'Also pt has future chemodenervation {64612} scheduled 3/2 — prescreen for PE before DOS. Ext [41768].',
  ].join('\n'),
});

const cbWorksheet = table({
  id: 's126-cb',
  kind: 's126-community-benefit-dept-worksheet',
  caption: 'Community Benefit — Pain Management dept. charity care detail',
  headers: ['', 'Encounters', 'Charges', 'Costs'],
  rows: [
    ['{64712} / {64714} neuroplasty', '41', '$[42169]', '$[81108]'],
    ['{64632} destruction', '18', '$[36079]', '$[95781]'],
    ['{64445} sciatic block', '122', '$[29082]', '$[66305]'],
  ],
});

const counselor = lines({
  id: 's126-couns',
  kind: 's126-financial-counselor-screening-note',
  before: 'Financial counseling prescreen',
  text: [
    'Scheduled: {64714} neuroplasty lumbar plexus w/ Dr. Hahn, DOS 03/04/2026, est $[43262]',
    'Self-pay; HH 3, income ~$[42002]/yr = 158% FPL → likely 100% FAP. Gave app # [71339].',
    'Also discussed {64632} from last year, account [87280] still in collections.',
  ].join('\n'),
});

const appList = table({
  id: 's126-apps',
  kind: 's126-fap-application-queue-grid',
  caption: 'FA Applications — awaiting documentation',
  headers: ['App', 'Recvd', 'HH', 'Income', 'ZIP', 'Svc'],
  rows: [
    ['[45037]', '01/09', '3', '$[31596]', '[43701]', '{64712}'],
    ['[86136]', '01/11', '1', '$[14892]', '[43952]', '{64714}'],
    ['[45958]', '01/15', '6', '$[53592]', '[44646]', '{64632}-RT'],
    ['[64712]', '01/14', '4', '$[38562]', '[45409]', '{64445}'],
  ],
});

const glExtract = lines({
  id: 's126-gl',
  kind: 's126-gl-charity-journal-extract',
  before: 'GL journal JE-2026-01 charity allowance',
  text: [
    '4410-[10363] Charity care allowance DR 2,418,330.12',
    '1210-[82527] Patient A/R CR 2,418,330.12 (includes {64712}, {64714}, {64632} at 100% FAP)',
    'Cost center [29465] Pain & Neuro',
  ].join('\n'),
});

const collections = lines({
  id: 's126-coll',
  kind: 's126-collection-agency-recall-notice',
  before: 'Recall of accounts from collection — FAP eligibility found',
  text: [
    'Agency placement [47576]; recall list [26949] (14 accounts)',
    'Acct [56955] DOS 06/11/2025 CPT {64632} bal $[20328].00 — recall, apply charity adj [70031]',
    'Acct [34297] DOS 08/02/2025 CPT {64612} bal $1,845.00 — recall',
  ].join('\n'),
});

const azEstimate = table({
  id: 's126-est',
  kind: 's126-self-pay-estimate-with-fap',
  caption: 'Good faith estimate — uninsured patient',
  headers: ['Service', 'CPT/HCPCS', 'Gross', 'AGB', 'After FAP 75%'],
  rows: [
    ['Neuroplasty, lumbar plexus', '{64714}', '$[45634]', '$14,147', '$3,537'],
    ['Anesthesia', '{01996}', '$2,466', '', ''],
    ['Neurolysis, plantar digital nerve', '{64632}', '$2,960', '$918', '$229'],
  ],
});

const audit = lines({
  id: 's126-audit',
  kind: 's126-fap-audit-findings-text',
  before: 'Internal Audit — Financial Assistance compliance review',
  text: [
    'Finding 3: 12 of 60 sampled accounts ([24045]–[74523]) received charity adjustment without signed app.',
    'Example: HAR [96998], neurolysis (CPT {64632}) adjusted by txn [37124] on 11/04/2025.',
    'Sample included codes {64712}-{64714} and {64445} billed by the pain service.',
  ].join('\n'),
});

const reclassCsv = lines({
  id: 's126-rcsv',
  kind: 's126-reclass-batch-csv',
  text: [
    'acct|dos|cpt|mod|bd_amt|new_txn|zip',
    '[97484]|20250914|{64712}|RT|8212.00|[70045]|[26022]',
    '[69938]|20251002|{64612}||880.00|[70045]|[98153]',
    '[62178]|20251020|{64445}|LT|1840.00|[70045]|[64612]',
  ].join('\n'),
});

const portalFap = lines({
  id: 's126-portal',
  kind: 's126-patient-portal-fap-status-text',
  before: 'MyChart — Billing — Financial Assistance',
  text: [
    'Your application [69158] is Approved (75% discount) through 07/31/2026.',
    'Visits covered: 01/20/2026 Procedure {64445}, {64712}; 01/27/2026 Procedure {64612}',
    'Guarantor account [79259]',
  ].join('\n'),
});

const xml = lines({
  id: 's126-xml',
  kind: 's126-pe-vendor-response-xml',
  text: [
    '<PEResponse batch="[84025]" requestId="[64714]">',
    '<Patient acct="[38273]" zip="[43143]" hhSize="2" estIncome="[21214]"/>',
    '<Service cpt="{64714}" dos="2026-03-04"/>',
    '<Score value="861" fplBand="100-150" recommend="CHARITY_100"/>',
  ].join('\n'),
});

const policyTable = table({
  id: 's126-pol',
  kind: 's126-fap-eligible-services-policy-table',
  caption: 'Attachment B — Services covered and not covered by the FAP',
  headers: ['Service line', 'Covered', 'Examples (CPT)'],
  rows: [
    ['Peripheral nerve surgery', 'Yes', '{64712}, {64714}, {64713}'],
    ['Nerve blocks', 'Yes', '{64445}–{64448}'],
    ['Chemodenervation', 'Medically necessary only', '{64612}, {64615}'],
    ['Cosmetic', 'No', '—'],
  ],
});

const dashboard = lines({
  id: 's126-dash',
  kind: 's126-charity-dashboard-tiles-text',
  before: 'Revenue Cycle — Charity Care dashboard (Jan 2026)',
  text: [
    'Applications received 1,489 | approved [11501] 1,102 | presumptive [55281] patients scored',
    'Charity write-offs $[36427],112 | bad debt reclass $[50394],400',
    'Top procedures written off: {64712} neuroplasty, {64632} neurolytic destr., {64445} sciatic block',
  ].join('\n'),
});

const phoneScript = lines({
  id: 's126-script',
  kind: 's126-call-center-fap-script-text',
  before: 'Customer service script — FAP inquiry',
  text: [
    'If caller mentions a balance for CPT {64612} or any other procedure, offer FAP screening.',
    'Ask household size and income; if income under $[55188] for HH of 5, transfer to counselor queue [43600].',
  ].join('\n'),
});

const recon = table({
  id: 's126-recon',
  kind: 's126-adjustment-txn-code-master',
  caption: 'Adjustment transaction codes — charity / bad debt',
  headers: ['Txn code', 'Description', 'GL', 'Active'],
  rows: [
    ['[70031]', 'CHARITY CARE SLIDING 75%', '4410', 'Y'],
    ['[70033]', 'CHARITY CARE SLIDING 50%', '4410', 'Y'],
    ['[64632]', 'CHARITY CARE PRESUMPTIVE 100%', '4410', 'Y'],
    ['[70045]', 'BAD DEBT TO CHARITY RECLASS', '4415', 'Y'],
    ['[60120]', 'BAD DEBT WRITE-OFF', '4500', 'Y'],
  ],
});

const email = lines({
  id: 's126-email',
  kind: 's126-vendor-email-batch-results',
  before: 'From: PE Analytics Support  Subject: Batch results',
  text: [
    'Batch [64445] returned 4,218 scored accounts; 1,906 fell below 200% FPL.',
    'Note accounts with {64632} and {64714} were flagged as elective by your rule [86864]; please confirm.',
    'Ticket [81313] opened for the 12 records with missing ZIP (e.g. [86758]).',
  ].join('\n'),
});

const hhVerify = table({
  id: 's126-hhv',
  kind: 's126-household-income-verification-grid',
  caption: 'Income verification — application 45958',
  headers: ['Member', 'Relation', 'Source', 'Monthly', 'Annualized', 'Employer ZIP'],
  rows: [
    ['1', 'Self', 'W-2 wages', '$2,740', '$[32880]', '[43215]'],
    ['2', 'Spouse', 'Unemployment', '$1,120', '$[13440]', '[43219]'],
    ['3', 'Child', 'SSI', '$943', '$[11316]', '[43085]'],
    ['4', 'Child', 'None', '$0', '$0', ''],
    ['Total', '', '', '$4,803', '$[57636]', ''],
  ],
});

const pendingCharges = table({
  id: 's126-pend',
  kind: 's126-fap-pending-charges-hold-grid',
  caption: 'Accounts on FAP hold (statements suppressed)',
  headers: ['Account', 'DOS', 'Procedure', 'Mod', 'Charge', 'App #', 'Hold until'],
  rows: [
    ['[58126]', '01/20/26', '{64712}', 'RT', '$[14986]', '[16650]', '03/20/26'],
    ['[46406]', '01/20/26', '{64445}', 'RT', '$1,840', '[16650]', '03/20/26'],
    ['[55993]', '01/27/26', '{64612}', '', '$980', '[16650]', '03/27/26'],
    ['[85710]', '02/02/26', '{64632}', 'LT', '$2,960', '[83340]', '04/02/26'],
    ['[30344]', '02/05/26', '{64714}', '', '$[12341]', '[83340]', '04/05/26'],
    ['[29093]', '02/05/26', '{64708}', '59', '$4,410', '[83340]', '04/05/26'],
    ['[44971]', '02/09/26', '{64713}', '', '$9,870', '[38241]', '04/09/26'],
  ],
});

const reclassSummary = lines({
  id: 's126-rsum',
  kind: 's126-bad-debt-reclass-summary-memo',
  before: 'Memo to CFO: FY2026 Q1 bad debt reclassification',
  text: [
    'Per 501(r), [47824] accounts scored presumptively eligible after placement were moved from bad debt to charity.',
    'The largest balances were neuroplasty ({64712} sciatic, {64714} lumbar plexus) and destruction {64632}.',
    'Total reclassified $[21150],000 against txn code [70045]; remaining bad debt $[63450],000.',
    'Vendor file reference [64632]-Q1, ticket [87229].',
    'Schedule H Part III line 2 will reflect the reclass; line 3 estimate uses [72088] patients.',
  ].join('\n'),
});

const stmtSummary = lines({
  id: 's126-stmtsum',
  kind: 's126-statement-account-summary-box',
  before: 'ACCOUNT SUMMARY',
  text: [
    'Account Number: [92333]   Statement Date: 02/10/2026',
    'Previous balance $[18240].00  New charges $0.00',
    'Financial Assistance Discount -$[13511].25  Insurance payments $0.00',
    'Services: {64445} {64712} {64612} {99213}',
    'Send correspondence to PO Box [64714], Columbus, OH [43216]-4714',
  ].join('\n'),
});

const appDocs = lines({
  id: 's126-docs',
  kind: 's126-missing-documents-letter-text',
  before: 'Request for additional information — Financial Assistance',
  text: [
    'Re: application [86136], patient account [41718], date of service 01/11/2026 (CPT {64714})',
    'We still need: proof of income for all 2 household members, or a zero-income attestation.',
    'Return within 30 days to Financial Counseling, 44 Oak Ave, Zanesville, OH [43701].',
    'Reference letter code LTR-[64445] when calling.',
  ].join('\n'),
});

const detLog = lines({
  id: 's126-detlog',
  kind: 's126-fap-determination-log-export',
  before: 'fap_determinations_jan2026.txt (tab-delimited)',
  text: [
    'APP_ID\tDECIDED\tHH\tINCOME\tFPL%\tAWARD\tADJ_TXN\tCPT_LIST',
    '[45037]\t01/22/2026\t3\t[31596]\t119\t100%\t[64632]\t{64712};{64445}',
    '[86136]\t01/23/2026\t1\t[14892]\t95\t100%\t[64632]\t{64714}',
    '[69158]\t01/24/2026\t4\t[53592]\t167\t75%\t[70031]\t{64445};{64712};{64612}',
    '[83429]\t01/27/2026\t2\t[87563]\t413\tDENIED\t\t{64714}',
    '[71339]\t01/29/2026\t3\t[42002]\t158\t100%\t[64632]\t{64632}',
  ].join('\n'),
});

export const sealed126: Snippet[] = [
  ...intake,
  ...fpl,
  ...vendor,
  ...worklist,
  ...schedH,
  ...approval,
  ...denial,
  ...statement,
  ...stmtFooter,
  ...badDebt,
  ...fapSummary,
  ...hl7,
  ...fhir,
  ...x12,
  ...peRules,
  ...msg,
  ...cbWorksheet,
  ...counselor,
  ...appList,
  ...glExtract,
  ...collections,
  ...azEstimate,
  ...audit,
  ...reclassCsv,
  ...portalFap,
  ...xml,
  ...policyTable,
  ...dashboard,
  ...phoneScript,
  ...recon,
  ...email,
  ...hhVerify,
  ...pendingCharges,
  ...reclassSummary,
  ...stmtSummary,
  ...appDocs,
  ...detLog,
];
