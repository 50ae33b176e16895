import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 181 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s181-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too (64447, 99213, 99214, 99204, 99024). About a third of the decoys are numbers of the synthetic
 * 10,000-code set (KNOWN_10K) used as an eligibility group number, an X12 BHT reference, the MAC's PO box (20010), a
 * CSR id, a Medigap plan id, refund numbers, patient and agency ZIPs (45201 lockbox), collection agency account and
 * reference numbers, IT ticket, alert rule, statement, batch, report, worksheet, notice and HL7 control ids, a
 * Medicaid RA number, a verification reference, Medicaid EOB codes (one of them 00100, which is also an anesthesia
 * code), an audit number, a policy form number, a sampling seed, an invoice number and a card terminal id. The five
 * known codes' digits come back as decoys: an eligibility request id, a registration batch, a Medicaid EFT/warrant
 * number, a resolution letter id, a Medicaid bulletin number, a refund batch in the GL, and the refund check number
 * 64612 as it recurs across the refund ledger, check register, refund letter, search results, hotline case note, GL
 * reconciliation and the practice's response to the MAC.
 *
 * Family: dual-eligible patients and Qualified Medicare Beneficiary (QMB) billing protections at a (fictional) pain and
 * peripheral-nerve practice, Maumee Valley Pain & Nerve Specialists (Toledo, Ohio). One story: Harold Renninger, QMB
 * Plus, has a sciatic neuroplasty with a sciatic block; Medicare (CGS J15) pays, the crossover to Ohio Medicaid pays
 * $0 under lesser-of pricing, the practice's system moves the coinsurance to the patient, he pays $50, calls
 * 1-800-MEDICARE, the MAC writes to the practice, the practice audits its QMB accounts and refunds. Pages: the
 * clearinghouse 271 viewer and raw 270/271, the Medicaid portal benefit plan grid, the registration insurance tab,
 * the day schedule, the superbill, the 837P raw and the charge entry grid, the Medicare 835 raw and ERA posting grid,
 * the Medicaid crossover status grid and remittance advice, the patient statement and past-due notice, the
 * 1-800-MEDICARE complaint intake, the MAC's letter to the provider and to the beneficiary, an annotated MLN Matters
 * article, the Medicaid crossover pricing bulletin, the audit work plan, findings grid and sample CSV, the refund
 * ledger, check register and refund letter, the account transaction history, the PM QMB alert, an email thread, a team
 * chat, the practice's QMB policy, a training quiz slide, a Medicare vs Medicaid fee comparison, a lesser-of worksheet,
 * an HL7 ADT^A08 with IN1 segments, a Blue Button style FHIR ExplanationOfBenefit, the Medicare Summary Notice, the
 * collection agency recall grid, a compliance dashboard, PM global search results, the Medicaid consumer hotline case
 * note, the refund GL reconciliation, the statement-hold work queue, the COBA 837P crossover (2320/2430 loops) and the
 * practice's corrective-action response to the MAC.
 * Built on real public layouts: X12 005010X279A1 270/271 (EQ*HC procedure inquiry, EB and MSG segments), 005010X222A1
 * 837P (CLM, SV1 composite HC:code:modifier, 2320/2430 SVD and CAS loops), 005010X221A1 835 (CLP, SVC, CAS PR-2, MOA
 * MA18 crossover remark), the Medicare Summary Notice's "maximum you may be billed" column (reworded) and QMB message,
 * CMS MLN Matters SE1128 on QMB balance billing, Ohio Medicaid remittance advice and ICN formats, HL7 v2.5.1 ADT
 * IN1 segments, the Blue Button 2.0 ExplanationOfBenefit resource, and MAC provider letters. The others are written
 * the way those pages read, with no single source.
 *
 * 353 labelled tokens over 44 shapes: 175 codes (155 of them the five known codes), 178 decoys, 58 of the decoys in
 * KNOWN_10K (13 reuse the five known codes' digits).
 */

// ── 1. Clearinghouse eligibility response viewer (271 rendered), text layer ──
const eligScreen = lines({
  id: 's181-elig',
  kind: 's181-clearinghouse-eligibility-271-rendered-text',
  before: 'Eligibility & Benefits — Medicare Part B (CGS J15) — Response received 03/02/2026 08:14',
  text: [
    'Patient: RENNINGER, HAROLD B   DOB 07/19/1948   MBI 4TK9-QX2-MN73   Trace no. [30303]-0041',
    'Address on file: 1418 ELMHURST RD, TOLEDO OH [43612]-2209',
    'Part A active 08/01/2013   Part B active 08/01/2013   Medicare Advantage: none   MSP: none',
    'QMB INDICATOR: Y — Qualified Medicare Beneficiary, period 01/01/2026–12/31/2026. Do not bill deductible/coinsurance.',
    'Part B deductible remaining $0.00   Coinsurance 20%   Procedure checked: {64712} (in network n/a — FFS)',
    'Also checked: {64445}, {64632} — covered, no frequency limits returned   Response time 0.8 s',
    'Other payer: OHIO MEDICAID   Payer ID MCDOH   Member ID 9100-4418-27   Group [20138]',
    'Request ID [64445]   Submitter: MAUMEE VALLEY PAIN & NERVE, NPI 1497328840',
  ].join('\n'),
});

// ── 2. Raw X12 270/271 shown in the clearinghouse "view raw" pane ──
const x12elig = lines({
  id: 's181-x12elig',
  kind: 's181-x12-270-271-raw-segments-text',
  before: 'Raw 271 (ISA/GS suppressed)',
  text: [
    'ST*271*[30303]*005010X279A1~',
    'BHT*0022*11*[10147]*20260302*0814~',
    'NM1*IL*1*RENNINGER*HAROLD*B***MI*4TK9QX2MN73~',
    'N4*TOLEDO*OH*436122209~',
    'EQ*HC:{64712}~',
    'EB*1**30*MB~',
    'EB*R**30*MC*OHIO MEDICAID QMB PLUS~',
    'MSG*QMB - BENEFICIARY NOT LIABLE FOR MEDICARE COST SHARING~',
    'SE*18*[30303]~',
  ].join('\n'),
});

// ── 3. Ohio Medicaid provider portal, member eligibility page ──
const mcdElig = table({
  id: 's181-mcdelig',
  kind: 's181-state-medicaid-portal-benefit-plan-grid',
  caption: 'Ohio Medicaid Provider Network Management — Eligibility Verification — Member 910044182 7',
  headers: ['Benefit plan', 'Effective', 'End', 'County', 'Managing agency', 'Verification no.'],
  rows: [
    ['QMB Plus (Full Medicaid + QMB)', '01/01/2026', '12/31/2026', 'Lucas (048)', 'Lucas County JFS', '[70115]-2026'],
    ['Medicare Part B Buy-in', '01/01/2026', '12/31/2026', 'Lucas (048)', 'ODM', '[70115]-2026'],
    ['MyCare Ohio (not enrolled)', '—', '—', '—', 'Opt-out 2024', 'Ref [49121]'],
  ],
});

// ── 4. Patient registration / face sheet, insurance tab ──
const faceSheet = lines({
  id: 's181-face',
  kind: 's181-pm-registration-insurance-tab-text',
  before: 'Patient Demographics — Acct 2204187 — Insurance',
  text: [
    'Primary: MEDICARE PART B (CGS) — Plan code [00463] — Subscriber self — Financial class: MCR',
    'Secondary: OHIO MEDICAID — Plan code [00489] — Financial class: QMB (do not bill patient)',
    'Guarantor: Renninger, Harold   1418 Elmhurst Rd, Toledo OH [43612]   Home (419) 555-0187',
    'Emergency contact: Renninger, Carla (daughter)   22 Meadowlark Ct, Perrysburg OH [43551]',
    'Registration batch [64714]   Registered by: T. Ocampo   Photo ID scanned: Y',
  ].join('\n'),
});

// ── 5. Clinic schedule day sheet ──
const daySheet = table({
  id: 's181-sched',
  kind: 's181-clinic-day-schedule-grid',
  caption: 'Maumee Valley Pain & Nerve — Central Ave — Procedure suite — Thu 03/12/2026',
  headers: ['Time', 'Patient', 'Appt type', 'Planned CPT', 'Ins.', 'Flag'],
  rows: [
    ['07:30', 'Renninger, Harold', 'OR — neuroplasty', '{64712}-RT', 'MCR/MCD', 'QMB'],
    ['09:00', 'Dwyer, Annette', 'Block', '{64445}-LT, {64447}', 'MCR/Aetna Supp', ''],
    ['09:40', 'Kowalczyk, Ed', 'RFA', '{64632} x2', 'MCR/MCD', 'QMB'],
    ['10:20', 'Sayre, Lorraine', 'Chemodenerv.', '{64612}', 'Buckeye Dual', 'D-SNP'],
    ['11:00', 'Ibarra, Tomas', 'New pt', '{99204}', 'Paramount', ''],
  ],
});

// ── 6. Superbill / encounter form, checked items ──
const superbill = lines({
  id: 's181-superbill',
  kind: 's181-paper-superbill-checked-items-text',
  before: 'ENCOUNTER FORM — MVPN — DOS 03/12/2026 — Renninger, H — Ticket [64632]',
  text: [
    '[x] {64712} Neuroplasty, sciatic nerve     RT   Dx G57.01',
    '[ ] {64714} Neuroplasty, lumbar plexus',
    '[ ] {64445} Inj, sciatic nerve, single',
    '[ ] {64447} Inj, femoral nerve, single',
    '[ ] {64632} Destruction, plantar common digital nerve',
    '[ ] {64612} Chemodenervation, facial nerve, unilateral',
    '[x] {99024} Post-op visit (global)           — no charge',
    'Copay collected: $0.00 (QMB — see alert)   Next appt: 03/26/2026   Office ZIP [43606]',
  ].join('\n'),
});

// ── 7. 837P claim, raw X12 in the clearinghouse claim viewer ──
const x12claim = lines({
  id: 's181-837p',
  kind: 's181-x12-837p-claim-raw-segments-text',
  before: 'Claim MV[26072]-0093 — 837P as transmitted',
  text: [
    'NM1*85*2*MAUMEE VALLEY PAIN AND NERVE*****XX*1497328840~',
    'N3*3100 W CENTRAL AVE STE 210~',
    'N4*TOLEDO*OH*436063321~',
    'CLM*MV[26072]-0093*4180.00***24:B:1*Y*A*Y*Y~',
    'SV1*HC:{64712}:RT*3640.00*UN*1***1~',
    'SV1*HC:{64445}:59:LT*540.00*UN*1***2~',
    'REF*D9*[87110]-2604~',
  ].join('\n'),
});

// ── 8. PM charge entry grid ──
const chargeEntry = table({
  id: 's181-charges',
  kind: 's181-pm-charge-entry-lines-grid',
  caption: 'Charge Entry — Acct 2204187 — Encounter [18104]',
  headers: ['Ln', 'DOS', 'CPT', 'Mod', 'Units', 'Charge', 'Dx ptr'],
  rows: [
    ['1', '03/12/26', '{64712}', 'RT', '1', '3,640.00', 'A'],
    ['2', '03/12/26', '{64445}', '59 LT', '1', '540.00', 'A'],
    ['3', '03/26/26', '{99024}', '', '1', '0.00', 'A'],
    ['4', '04/09/26', '{64632}', 'RT', '1', '610.00', 'B'],
    ['5', '05/14/26', '{64612}', '', '1', '480.00', 'C'],
    ['6', '07/16/26', '{99213}', '24', '1', '165.00', 'A'],
    ['7', '08/06/26', '{64632}', 'RT', '1', '610.00', 'B'],
  ],
});

// ── 9. Medicare 835, raw segments ──
const x12remit = lines({
  id: 's181-835',
  kind: 's181-x12-835-medicare-remit-raw-text',
  before: 'ERA file CGS_J15_20260401.835 — claim MV[26072]-0093',
  text: [
    'CLP*MV[26072]-0093*19*4180.00*1058.44*270.51*MB*2608714430100~',
    'SVC*HC:{64712}:RT*3640.00*1037.52**1~',
    'CAS*CO*45*2332.48~',
    'CAS*PR*2*259.38~',
    'SVC*HC:{64445}:59:LT*540.00*291.43**1~',
    'CAS*PR*2*11.13**2*... ~',
    'MOA***MA18~',
    'N4*NASHVILLE*TN*[37202]~',
  ].join('\n'),
});

// ── 10. ERA viewer grid (posting screen) ──
const eraGrid = table({
  id: 's181-era',
  kind: 's181-era-posting-viewer-grid',
  caption: 'ERA Viewer — Check/EFT [50139] — 04/01/2026 — CGS Administrators, LLC',
  headers: ['Patient', 'Claim', 'Proc', 'Billed', 'Allowed', 'Paid', 'PR (ded/coins)', 'Remark'],
  rows: [
    ['RENNINGER H', 'MV[26072]-0093', '{64712}RT', '3,640.00', '1,297.02', '1,037.52', '259.38', 'MA18'],
    ['RENNINGER H', 'MV[26072]-0093', '{64445}-59', '540.00', '55.65', '44.52', '11.13', 'MA18'],
    ['KOWALCZYK E', 'MV[26072]-0101', '{64632}RT', '610.00', '142.30', '113.84', '28.46', 'MA18'],
    ['DWYER A', 'MV[26072]-0096', '{64445}LT', '540.00', '55.65', '44.52', '11.13', 'N89'],
    ['DWYER A', 'MV[26072]-0096', '{64447}', '520.00', '58.90', '47.12', '11.78', 'N89'],
    ['SAYRE L', 'MV[26072]-0104', '{64612}', '480.00', '121.38', '97.10', '24.28', 'MA18'],
  ],
});

// ── 11. Ohio Medicaid crossover claim status (portal search results) ──
const crossStatus = table({
  id: 's181-xstatus',
  kind: 's181-medicaid-crossover-claim-status-grid',
  caption: 'Claim Inquiry — Crossover claims — Provider 0342218 — Search: member 9100441827',
  headers: ['ICN', 'DOS', 'Proc', 'Medicare paid', 'Medicaid paid', 'Status', 'EOB'],
  rows: [
    ['21260724300218', '03/12/2026', '{64712}', '1,037.52', '0.00', 'Paid — lesser of', '[06560]'],
    ['21260724300218', '03/12/2026', '{64445}', '44.52', '0.00', 'Paid — lesser of', '[06560]'],
    ['21261004302267', '04/09/2026', '{64632}', '113.84', '8.77', 'Paid', '[00100]'],
    ['21261354309921', '05/14/2026', '{64612}', '97.10', '—', 'Suspended', '[04417]'],
    ['21261574311480', '06/04/2026', '{64712}', '1,037.52', '0.00', 'Paid — lesser of', '[06560]'],
    ['21261644312095', '06/11/2026', '{64714}', '967.82', '—', 'In process', '[52318]'],
  ],
});

// ── 12. Ohio Medicaid remittance advice, PDF text layer ──
const mcdRa = lines({
  id: 's181-mcdra',
  kind: 's181-state-medicaid-remittance-advice-pdf-text',
  before: 'OHIO DEPARTMENT OF MEDICAID — REMITTANCE ADVICE — Warrant date 04/15/2026',
  text: [
    'PROVIDER: MAUMEE VALLEY PAIN & NERVE   PO BOX 8812   TOLEDO OH [43653]   RA NO. [42087]',
    'CROSSOVER CLAIMS — PART B   ICN 2126072430021 8   RECIP 9100441827 RENNINGER H',
    '  LN 01 PROC {64712} RT  BILLED 3640.00  MCR ALLOW 1297.02  MCR PAID 1037.52  COINS 259.38  PAID .00',
    '  LN 02 PROC {64445} 59  BILLED  540.00  MCR ALLOW   55.65  MCR PAID   44.52  COINS  11.13  PAID .00',
    '  EOB [06560] MEDICAID MAXIMUM ALLOWED MET BY MEDICARE PAYMENT — RECIPIENT MAY NOT BE BILLED',
    'WARRANT/EFT NO. [64612]   TOTAL CROSSOVER PAID 8.77',
  ].join('\n'),
});

// ── 13. The patient statement that went out (balance billing) ──
const stmt = lines({
  id: 's181-stmt',
  kind: 's181-patient-statement-pdf-text',
  before: 'MAUMEE VALLEY PAIN & NERVE SPECIALISTS — STATEMENT — Please detach and return top portion',
  text: [
    'Statement date 04/20/2026   Account 2204187   Amount due $270.51   Pay by 05/10/2026',
    'Remit to: PO Box 8812, Toledo OH [43653]-8812',
    '03/12/26  {64712} NEUROPLASTY MAJOR PERIPH NERVE   Ins paid 1,037.52   Your balance 259.38',
    '03/12/26  {64445} INJ ANES SCIATIC NERVE          Ins paid    44.52   Your balance  11.13',
    'Message: Your insurance has paid. The remaining coinsurance is your responsibility.',
    'Statement ID [80050]   Questions: (419) 555-0140',
  ].join('\n'),
});

// ── 14. Second notice / pre-collection letter ──
const secondNotice = lines({
  id: 's181-notice2',
  kind: 's181-past-due-second-notice-letter-text',
  before: 'SECOND NOTICE — PAST DUE',
  text: [
    'June 1, 2026   Harold Renninger, 1418 Elmhurst Rd, Toledo OH [43612]',
    'Your balance of $270.51 for services on 03/12/2026 (procedures {64712}, {64445}) is now 45 days past due.',
    'If we do not hear from you by 06/30/2026 your account may be placed with Queen City Recovery Services,',
    '7700 Montgomery Rd, Cincinnati OH [45236]. Reference [11063].',
  ].join('\n'),
});

// ── 15. 1-800-MEDICARE complaint record (CTM-style intake summary) ──
const ctm = lines({
  id: 's181-ctm',
  kind: 's181-medicare-complaint-tracking-intake-text',
  before: '1-800-MEDICARE Beneficiary Contact — Complaint summary (internal)',
  text: [
    'Complaint no. [98145]   Received 06/04/2026 14:22 ET   Channel: phone, CSR ID [20092]',
    'Category: QMB Improper Billing   Beneficiary: Renninger, Harold   State: OH   ZIP [43612]',
    'Issue: Bene states provider billed $270.51 after Medicare paid for nerve surgery on 03/12/2026.',
    'CSR confirmed QMB status in CMS system, coverage dates 01/01/2026–12/31/2026. Bene has statement',
    'showing codes {64712} and {64445}. Provider: Maumee Valley Pain & Nerve, Toledo OH [43606].',
    'Action: Referred to MAC (CGS J15) for provider compliance contact. Case routed queue [72087].',
    'Resolution 07/15/2026: MAC confirmed recall and refund; bene notified. Closure code [19470].',
  ].join('\n'),
});

// ── 16. MAC compliance letter to the provider ──
const macLetter = lines({
  id: 's181-macletter',
  kind: 's181-mac-qmb-compliance-letter-to-provider-text',
  before: 'CGS Administrators, LLC — Jurisdiction 15 Part B — PO Box 20010, Nashville, TN 37202',
  text: [
    'June 18, 2026   Re: Beneficiary complaint [98145] — Qualified Medicare Beneficiary billing',
    'Maumee Valley Pain & Nerve Specialists, PO Box 8812, Toledo OH [43653]',
    'Medicare has received a complaint that your office billed a Qualified Medicare Beneficiary for',
    'Medicare cost-sharing for claim MV[26072]-0093, services {64712}-RT and {64445}-59 on 03/12/2026.',
    'Federal law (section 1902(n)(3)(B) of the Social Security Act) prohibits billing QMB individuals for',
    'Medicare deductibles, coinsurance or copayments. Please recall the charges and refund any amounts paid.',
    'Our file: [37206]-QMB   Provider Contact Center: 1-866-276-9558',
  ].join('\n'),
});

// ── 17. MAC letter to the beneficiary ──
const beneLetter = lines({
  id: 's181-beneletter',
  kind: 's181-mac-resolution-letter-to-beneficiary-text',
  before: 'Medicare — Beneficiary letter',
  text: [
    'Dear Mr. Renninger: We contacted Maumee Valley Pain & Nerve Specialists about your complaint [98145].',
    'The provider has confirmed your QMB status and will remove the $270.51 from your account. You do not',
    'owe Medicare coinsurance for the surgery (codes {64712} and {64445}) done on March 12, 2026.',
    'If you paid any amount, the provider must refund it. Keep this letter. Letter ID [64714]-B.',
  ].join('\n'),
});

// ── 18. CMS MLN Matters article, annotated copy on the compliance share ──
const mln = lines({
  id: 's181-mln',
  kind: 's181-cms-mln-article-annotated-text',
  before: 'MLN Matters SE1128 (revised) — Prohibition on Balance Billing Qualified Medicare Beneficiaries',
  text: [
    'All Original Medicare and Medicare Advantage providers — not only those that accept Medicaid — must',
    'not charge individuals enrolled in the QMB program for Medicare cost-sharing. In 2017, about 7.7 million',
    'people (more than 1 in 8 Medicare beneficiaries) were in the QMB program. [CMS Pub. [60123]]',
    '[note, compliance — D. Halvorsen]: applies to every line, incl. office blocks {64445}/{64447} and',
    'chemodenervation {64612}; our 2025 audit found 3 QMB statements for {64632}. Share with front desk.',
    'CMS, 7500 Security Boulevard, Baltimore, MD [21244]-1850',
    'Saved to \\mvpn-fs\\compliance\\QMB\\ — document no. [52330] — next review 01/2027',
  ].join('\n'),
});

// ── 19. Ohio Medicaid provider bulletin on crossover pricing ──
const odmBulletin = lines({
  id: 's181-odmbull',
  kind: 's181-state-medicaid-crossover-pricing-bulletin-text',
  before: 'ODM Medicaid Provider Bulletin MITS-BITS [26075] — Medicare Crossover Claims Payment Methodology',
  text: [
    'Effective for dates of service on or after 01/01/2026, ODM pays Medicare Part B crossover claims at the',
    'lesser of the Medicare cost-sharing amount or the Medicaid maximum less the Medicare payment.',
    'Example: a sciatic nerve block ({64445}) with a Medicare allowed of $55.65 and Medicaid maximum of',
    '$41.20 pays $0.00 when Medicare paid $44.52. Providers may not bill the recipient the difference.',
    'For chemodenervation ({64612}) billed with J0585, the drug line crosses over and is priced separately.',
    'Questions: Provider Assistance, 1-800-686-1516, or PO Box 1461, Columbus OH [43216]. Bulletin no. [64445].',
  ].join('\n'),
});

// ── 20. Practice audit work plan ──
const auditPlan = lines({
  id: 's181-auditplan',
  kind: 's181-compliance-audit-work-plan-memo-text',
  before: 'MEMO — Balance-billing audit of QMB/dual accounts — Work plan v2 — 06/22/2026',
  text: [
    'Scope: all patients with QMB indicator Y on any 271 from 01/01/2025 to 06/19/2026 (n = 214).',
    'Population pull: PM report [55102] filtered to financial class QMB or MCR+MCD.',
    'Focus codes (highest coinsurance): {64712}, {64714}, {64632}, {64612}, and block {64445}/{64447}.',
    'Test 1: any patient-responsibility transfer after a Medicare ERA with MA18 or N89.',
    'Test 2: any payment posted from patient (cash, card, check) on QMB accounts. Audit no. A-2026-[00519].',
    'Sample: 60 of 214 accounts, random seed [14128]; 100% review of accounts with any patient payment.',
  ].join('\n'),
});

// ── 21. Audit findings table ──
const findings = table({
  id: 's181-findings',
  kind: 's181-balance-billing-audit-findings-grid',
  caption: 'Exhibit 2 — Findings: QMB accounts billed for Medicare cost-sharing',
  headers: ['#', 'Acct', 'DOS', 'CPT', 'Billed to pt', 'Pt paid', 'Refund due', 'Root cause'],
  rows: [
    ['1', '2204187', '03/12/26', '{64712}, {64445}', '270.51', '50.00', '50.00', 'QMB flag not on statement rule'],
    ['2', '2198830', '04/09/26', '{64632}', '28.46', '28.46', '28.46', 'Crossover denied, moved to pt'],
    ['3', '2201514', '11/20/25', '{64714}', '241.90', '0.00', '0.00', 'Secondary not loaded'],
    ['4', '2187702', '09/04/25', '{64612}-50', '38.84', '38.84', '38.84', 'Front desk copay'],
    ['5', '2190055', '01/15/26', '{64445}', '11.13', '11.13', '11.13', 'Statement rule'],
    ['6', '2207431', '05/14/26', '{64612}', '19.42', '0.00', '0.00', 'Crossover suspended'],
    ['7', '2196374', '02/26/26', '{99214}, {64445}', '38.31', '0.00', '0.00', 'Copay at check-in voided'],
  ],
});

// ── 22. Audit sample export, CSV shown in a viewer ──
const auditCsv = lines({
  id: 's181-auditcsv',
  kind: 's181-audit-sample-export-csv-text',
  before: 'qmb_audit_sample_2026-06.csv (preview)',
  text: [
    'acct,dos,cpt,mod,fin_class,pt_resp,pt_paid,zip,stmt_id',
    '2204187,2026-03-12,{64712},RT,QMB,259.38,50.00,[43612],[80050]',
    '2204187,2026-03-12,{64445},59,QMB,11.13,0.00,[43612],[80050]',
    '2198830,2026-04-09,{64632},RT,QMB,28.46,28.46,[43615],[80110]',
    '2187702,2025-09-04,{64612},50,QMB,38.84,38.84,[43537],[71099]',
    '2190055,2026-01-15,{64445},LT,QMB,11.13,11.13,[43460],[71143]',
    '2201514,2025-11-20,{64714},,QMB,241.90,0.00,[43623],[80130]',
    '2196374,2026-02-26,{99214},25,QMB,27.18,0.00,[43566],[81460]',
    '2196374,2026-02-26,{64445},RT,QMB,11.13,0.00,[43566],[81460]',
    '2207431,2026-05-14,{64612},,QMB,19.42,0.00,[43560],[47310]',
  ].join('\n'),
});

// ── 23. Refund ledger ──
const refundLedger = table({
  id: 's181-refunds',
  kind: 's181-patient-refund-ledger-grid',
  caption: 'Patient Refund Ledger — QMB remediation — FY2026',
  headers: ['Refund no.', 'Acct', 'Patient', 'Svc', 'Amount', 'Method', 'Check no.', 'Issued'],
  rows: [
    ['RF-[26020]', '2204187', 'Renninger, H', '{64712}', '50.00', 'Check', '[64612]', '07/02/26'],
    ['RF-[26021]', '2198830', 'Kowalczyk, E', '{64632}', '28.46', 'Card reversal', '—', '07/02/26'],
    ['RF-[26023]', '2187702', 'Marchetti, R', '{64612}', '38.84', 'Check', '[64617]', '07/06/26'],
    ['RF-[26036]', '2190055', 'Oyelaran, B', '{64445}', '11.13', 'Check', '[64618]', '07/06/26'],
  ],
});

// ── 24. Bank check register ──
const checkReg = table({
  id: 's181-checkreg',
  kind: 's181-operating-account-check-register-grid',
  caption: 'Check Register — Fifth Third operating acct ****4471 — July 2026',
  headers: ['Check', 'Date', 'Payee', 'Memo', 'Amount', 'Cleared'],
  rows: [
    ['[64612]', '07/02/2026', 'Harold Renninger', 'QMB refund acct 2204187', '50.00', '07/14'],
    ['[64613]', '07/02/2026', 'VOID', '', '0.00', ''],
    ['[64617]', '07/06/2026', 'Rosa Marchetti', 'QMB refund', '38.84', '07/20'],
    ['[64618]', '07/06/2026', 'Bola Oyelaran', 'QMB refund', '11.13', ''],
    ['[64619]', '07/08/2026', 'Buckeye Surgical Supply', 'Inv [90440]', '1,212.60', '07/21'],
  ],
});

// ── 25. Refund letter to the patient ──
const refundLetter = lines({
  id: 's181-refundletter',
  kind: 's181-patient-refund-cover-letter-text',
  before: 'Maumee Valley Pain & Nerve Specialists — 3100 W Central Ave, Suite 210, Toledo, OH 43606',
  text: [
    'July 2, 2026   Mr. Harold Renninger, 1418 Elmhurst Rd, Toledo, OH [43612]-2209',
    'Dear Mr. Renninger: We billed you in error for Medicare coinsurance after your procedure of March 12',
    '(sciatic nerve neuroplasty, {64712}, and nerve block, {64445}). As a Qualified Medicare Beneficiary you',
    'owe nothing for these services. Enclosed is check no. [64612] for $50.00, the amount you paid on 05/02.',
    'Your balance is now $0.00. We have recalled the account from our collection agency (ref. [11063]).',
  ].join('\n'),
});

// ── 26. Patient account ledger (transaction history) ──
const acctLedger = table({
  id: 's181-ledger',
  kind: 's181-pm-account-transaction-history-grid',
  caption: 'Account 2204187 — Transaction History',
  headers: ['Date', 'Type', 'Code', 'Description', 'Amount', 'Balance', 'Batch'],
  rows: [
    ['03/13/26', 'Charge', '{64712}', 'Neuroplasty sciatic RT', '3,640.00', '3,640.00', '[60123]'],
    ['03/13/26', 'Charge', '{64445}', 'Inj sciatic nerve', '540.00', '4,180.00', '[60123]'],
    ['04/01/26', 'Ins pmt', '{64712}', 'CGS ERA', '-1,037.52', '3,142.48', '[60136]'],
    ['04/01/26', 'Adj CO-45', '{64712}', 'Contractual', '-2,332.48', '810.00', '[60136]'],
    ['04/02/26', 'Xfer to pt', '{64712}', 'PR-2 coins', '0.00', '270.51', '[60136]'],
    ['05/02/26', 'Pt pmt', '', 'Card ending 0931', '-50.00', '220.51', '[60173]'],
    ['06/24/26', 'Adj QMB', '{64712}', 'QMB write-off (code 310)', '-220.51', '0.00', '[60192]'],
  ],
});

// ── 27. PM system alert popup ──
const pmAlert = lines({
  id: 's181-alert',
  kind: 's181-pm-qmb-alert-popup-text',
  before: 'Patient Alert',
  text: [
    '⚠ QMB — Medicare cost-sharing may NOT be billed to this patient. Statement hold applied.',
    'Upcoming: 07/16/2026 {64714} consult follow-up; 08/06/2026 {64632} RT, authorization n/a.',
    'Alert rule [58046] added 06/24/2026 by D. Halvorsen. Dismiss requires reason code.',
  ].join('\n'),
});

// ── 28. Email thread, billing manager and compliance ──
const email = lines({
  id: 's181-email',
  kind: 's181-billing-compliance-email-thread-text',
  before: 'From: Dana Halvorsen <dhalvorsen@mvpain.example> To: Billing Team Subject: RE: CGS letter — QMB complaint',
  text: [
    'Team — the CGS letter (their file [37206]-QMB) is about Mr. Renninger, acct 2204187.',
    "The crossover paid $0 on both lines ({64712}-RT, {64445}-59) because Medicaid's max was met by Medicare.",
    "That is NOT a denial. The PM moved the PR-2 to patient anyway. Same thing on Kowalczyk's {64632}.",
    'Please hold all statements for fin class QMB until the rule is fixed (IT ticket [41083]).',
    'Pawlak ({64712}-LT, 6/4) and Greer ({64714}, 6/11) are in the hold queue now — do not release.',
    '> On Jun 19, Marcy wrote: Do we also refund the $50? He paid on 5/2. Our lockbox is Cincinnati [45201].',
  ].join('\n'),
});

// ── 29. Team chat, front desk and billing ──
const chat = lines({
  id: 's181-chat',
  kind: 's181-team-chat-front-desk-billing-text',
  before: '#billing-frontdesk — Thursday',
  text: [
    'Tina O. 9:02 AM  pt at window says he got a statement for the nerve surgery, he is QMB, what do I tell him',
    'Marcy K. 9:04 AM  tell him $0. do NOT take a card. is this the {64712} from march?',
    'Tina O. 9:05 AM  yes + the block {64445} — wait sorry {64445}. he has a letter from medicare [98145]',
    'Marcy K. 9:06 AM  ok scan it to acct. also his daughter called, ZIP on file is [43551] for her',
    'Tina O. 9:11 AM  he also asked about next month, the {64632}, will that be free too? told him billing will call',
    'Marcy K. 9:14 AM  yes as long as QMB is active. put a note on the 8/6 appt. his room # for the visit is 2 not 12',
    'Tina O. 9:20 AM  done. fyi fax from Lucas County JFS came in for him, case no. [36614], filed under Medicaid',
  ].join('\n'),
});

// ── 30. Practice policy on QMB billing ──
const policy = lines({
  id: 's181-policy',
  kind: 's181-practice-policy-procedure-document-text',
  before: 'Policy RC-[14108] — Dual-Eligible and QMB Patients — Revenue Cycle — Effective 07/01/2026',
  text: [
    '4.1 Verify QMB status at every visit via the 271 (MSG "QMB") and the ODM portal benefit plan.',
    '4.2 Do not collect copay, coinsurance or deductible at check-in, including for office procedures',
    '    such as {64445}, {64447}, {64612} or follow-up {99213}/{99214}.',
    '4.3 Surgical cases ({64712}, {64714}) and destruction ({64632}) go to crossover; any Medicaid $0 with',
    '    EOB [06560] is a final adjustment (code 310), never a patient transfer.',
    '4.4 Refunds over $25 are issued within 30 days; log in the refund ledger. Form F-[14117].',
  ].join('\n'),
});

// ── 31. Staff training quiz slide ──
const quiz = lines({
  id: 's181-quiz',
  kind: 's181-staff-training-quiz-slide-text',
  before: 'QMB Refresher — Slide 14 of 20 — Knowledge check',
  text: [
    'Q3. A QMB patient had {64612} on 05/14. Medicare paid $97.10, Medicaid crossover is suspended. You should:',
    '  a) bill the patient $19.42 now   b) wait for the crossover   c) send to collections',
    'Q4. The 271 shows QMB=Y but the patient has a Medigap card. For {64445} the coinsurance goes to:',
    '  a) the patient   b) Medicaid, then write off   c) the Medigap plan (ID [20412])',
    'Q5. On acct 2204187, which lines did Medicaid pay $0 on?  a) {64712} and {64445}   b) {64632} only',
  ].join('\n'),
});

// ── 32. Fee comparison grid: Medicare vs Medicaid max (crossover) ──
const feeGrid = table({
  id: 's181-fees',
  kind: 's181-medicare-medicaid-crossover-fee-comparison-grid',
  caption: '2026 Fee comparison — Ohio (locality 00) — Medicare vs Ohio Medicaid maximum',
  headers: ['CPT', 'Descriptor', 'MCR allowed (non-fac)', 'MCR allowed (fac)', 'ODM max', 'Crossover pays'],
  rows: [
    ['{64712}', 'Neuroplasty; sciatic nerve', '—', '1,297.02', '812.40', '$0 (max met)'],
    ['{64714}', 'Neuroplasty; lumbar plexus', '—', '1,209.77', '760.15', '$0 (max met)'],
    ['{64632}', 'Destr. neurolytic; plantar digital', '142.30', '97.18', '122.61', '8.77'],
    ['{64445}', 'Inj anes; sciatic nerve', '55.65', '49.02', '41.20', '$0 (max met)'],
    ['{64612}', 'Chemodenerv; facial nerve', '121.38', '106.64', '104.91', '7.81'],
    ['{64447}', 'Inj anes; femoral nerve', '58.90', '51.36', '43.75', '$0 (max met)'],
    ['{99213}', 'Office/outpt visit, est., low MDM', '91.63', '64.49', '58.12', '$0 (max met)'],
    ['{99214}', 'Office/outpt visit, est., mod MDM', '129.38', '94.27', '81.40', '$0 (max met)'],
  ],
});

// ── 33. Crossover lesser-of worksheet ──
const worksheet = lines({
  id: 's181-worksheet',
  kind: 's181-crossover-lesser-of-calculation-worksheet-text',
  before: 'Worksheet — why Medicaid paid $0 (acct 2204187)',
  text: [
    'Line 1 {64712}-RT: MCR allowed 1,297.02 − MCR paid 1,037.52 = coins 259.38',
    '   ODM max 812.40 − MCR paid 1,037.52 = −225.12 → lesser of (259.38, 0) = 0.00',
    'Line 2 {64445}-59: MCR allowed 55.65 − paid 44.52 = 11.13; ODM max 41.20 < 44.52 → 0.00',
    'Patient liability both lines: $0.00 (QMB). Worksheet ref [75036]; reviewed by DH.',
  ].join('\n'),
});

// ── 34. HL7 ADT message with insurance segments ──
const hl7 = lines({
  id: 's181-hl7',
  kind: 's181-hl7-adt-a08-insurance-segments-text',
  before: 'Interface engine — message viewer — ADT^A08',
  text: [
    'MSH|^~\\&|MVPM|MVPN|EHR|MVPN|202606241015||ADT^A08|[86125]|P|2.5.1',
    'PID|1||2204187^^^MVPN^MR||RENNINGER^HAROLD^B||19480719|M|||1418 ELMHURST RD^^TOLEDO^OH^[43612]',
    'IN1|1|[00463]|CGS01|MEDICARE PART B|PO BOX [20010]^^NASHVILLE^TN^[37202]||||||||||||||||||||||||||||||4TK9QX2MN73',
    'IN1|2|[00489]|MCDOH|OHIO MEDICAID|PO BOX 1461^^COLUMBUS^OH^[43216]|||QMB PLUS',
    'ZFC|QMB|Y|20260101|20261231',
  ].join('\n'),
});

// ── 35. FHIR ExplanationOfBenefit JSON (payer API view) ──
const fhir = lines({
  id: 's181-fhir',
  kind: 's181-fhir-explanationofbenefit-json-text',
  before: 'GET /fhir/ExplanationOfBenefit?patient=Patient/pt-2204187 (Blue Button style)',
  text: [
    '{ "resourceType": "ExplanationOfBenefit", "id": "carrier-[22457]-0093",',
    '  "item": [ { "sequence": 1, "productOrService": { "coding": [ { "system":',
    '    "http://www.ama-assn.org/go/cpt", "code": "{64712}" } ] }, "modifier": [ { "coding": [ { "code": "RT" } ] } ],',
    '    "adjudication": [ { "category": { "coding": [ { "code": "https://bluebutton.cms.gov/resources/variables/line_coinsrnc_amt" } ] }, "amount": { "value": 259.38 } } ] },',
    '  { "sequence": 2, "productOrService": { "coding": [ { "code": "{64445}" } ] } } ],',
    '  "provider": { "identifier": { "value": "1497328840" } }, "billablePeriod": { "start": "2026-03-12" }, "carrierNum": "[15202]" }',
  ].join('\n'),
});

// ── 36. Medicare Summary Notice (MSN) page 3 ──
const msn = lines({
  id: 's181-msn',
  kind: 's181-medicare-summary-notice-claim-detail-text',
  before: 'Medicare Summary Notice for Part B — page 3 of 4 — Your claims and costs this period',
  text: [
    'Maumee Valley Pain & Nerve Specialists, PO Box 8812, Toledo, OH [43653]   Claim number 2608714430100',
    'Mar 12, 2026   Open release of sciatic nerve ({64712}-RT)   Amount provider may bill you: $0.00 (see note A)',
    'Mar 12, 2026   Injection of anesthetic agent, sciatic nerve ({64445})   Amount provider may bill you: $0.00',
    'Mar 26, 2026   Post-operative follow-up visit ({99024})   Amount provider may bill you: $0.00',
    'A: You are in the Qualified Medicare Beneficiary program, so you do not owe the $270.51 in Medicare cost-sharing.',
    'If you have been billed, call 1-800-MEDICARE. Notice ID [90204].',
  ].join('\n'),
});

// ── 37. Collection agency recall file ──
const recall = table({
  id: 's181-recall',
  kind: 's181-collection-agency-account-recall-grid',
  caption: 'Queen City Recovery Services — Client [64632] — Recall request submitted 06/25/2026',
  headers: ['Client acct', 'Agency no.', 'Placed', 'Balance', 'Svc', 'Recall reason', 'Agency ZIP'],
  rows: [
    ['2198830', 'QC-[77122]', '05/30/26', '28.46', '{64632}', 'QMB — not billable', '[45228]'],
    ['2187702', 'QC-[77124]', '12/01/25', '38.84', '{64612}', 'QMB — not billable', '[45228]'],
    ['2204187', 'QC-[77129]', '06/30/26 (pending)', '220.51', '{64712}/{64445}', 'Cancel placement', '[45228]'],
    ['2201514', 'QC-[70118]', '03/02/26', '241.90', '{64714}', 'QMB — not billable', '[45228]'],
  ],
});

// ── 38. Compliance committee dashboard ──
const dashboard = lines({
  id: 's181-dash',
  kind: 's181-compliance-committee-dashboard-tiles-text',
  before: 'Revenue Integrity Dashboard — QMB/Dual — Q3 2026',
  text: [
    'QMB accounts screened: 214 | Statements held: 37 | Refunds issued: 4 ($128.43) | Open complaints: 0',
    'Top held code: {64712} (9) · {64632} (8) · {64445} (7) · {64612} (6) · {64714} (3)',
    'Crossover suspended > 30 days: 5 (ODM ticket [33201]) | Report run [90221]',
    'Refunds by code: {64712} $50.00 · {64612} $38.84 · {64632} $28.46 · {64445} $11.13',
    'Data as of 09/30/2026 from PM report [55103]; complaint feed CTM through [98145] (closed)',
  ].join('\n'),
});

// ── 39. PM search results for "QMB" ──
const search = lines({
  id: 's181-search',
  kind: 's181-pm-global-search-results-list-text',
  before: 'Search: "qmb renninger" — 4 results',
  text: [
    'Document · CGS letter 06/18/2026 · file [37206]-QMB · "…services {64712}-RT and…" — opened by DH',
    'Claim · MV[26072]-0093 · DOS 03/12/2026 · {64712}-RT, {64445}-59 · Crossover $0.00',
    'Alert · rule [58046] · QMB statement hold · active',
    'Refund · RF-[26020] · $50.00 · check [64612] · cleared 07/14',
  ].join('\n'),
});

// ── 40. State Medicaid consumer hotline / ombudsman case note ──
const ombud = lines({
  id: 's181-ombud',
  kind: 's181-medicaid-consumer-hotline-case-note-text',
  before: 'Ohio Medicaid Consumer Hotline — Case [12397] — Notes',
  text: [
    '06/05/2026 Caller (daughter Carla, authorized rep) reports QMB father billed for surgery {64712}.',
    'Advised QMB protections; confirmed Medicare complaint [98145] already filed. Caller ZIP [43551].',
    '07/09/2026 Follow-up: provider refunded $50 (check [64612]), balance zero. Case closed. Ref [31046].',
  ].join('\n'),
});

// ── 41. Prior period refund reconciliation (accounting), lines ──
const recon = table({
  id: 's181-recon',
  kind: 's181-refund-gl-reconciliation-grid',
  caption: 'GL 2150 Patient Refunds Payable — reconciliation 07/31/2026',
  headers: ['GL', 'Source', 'Reference', 'Debit', 'Credit', 'Note'],
  rows: [
    ['[21500]', 'PM refund batch', 'RB-[64714]', '', '128.43', '4 QMB refunds'],
    ['[21500]', 'AP checks', '[64612]–[64618]', '100.00', '', 'cleared'],
    ['[10300]', 'Card reversal', 'TID [83102]', '28.43', '', 'Kowalczyk {64632}'],
  ],
});

// ── 42. PM statement-hold work queue (QMB) ──
const worklist = table({
  id: 's181-worklist',
  kind: 's181-pm-statement-hold-work-queue-grid',
  caption: 'Work Queue WQ-QMB-HOLD — 12 of 37 items — sorted by PR amount',
  headers: ['Acct', 'Patient', 'DOS', 'Procedure', 'PR amt', 'Pt ZIP', 'Hold reason', 'Crossover'],
  rows: [
    ['2204187', 'Renninger, H', '03/12/26', '{64712}-RT', '259.38', '[43612]', 'QMB Y', 'Paid $0'],
    ['2201514', 'Lutz, Gerald', '11/20/25', '{64714}', '241.90', '[43623]', 'QMB Y', 'Not sent'],
    ['2206630', 'Pawlak, Irene', '06/04/26', '{64712}-LT', '259.38', '[43609]', 'QMB Y', 'Pending'],
    ['2209915', 'Greer, Otis', '06/11/26', '{64714}', '241.95', '[43528]', 'QMB Y', 'Pending'],
    ['2187702', 'Marchetti, R', '09/04/25', '{64612}-50', '38.84', '[43537]', 'QMB Y', 'Paid $0'],
    ['2198830', 'Kowalczyk, E', '04/09/26', '{64632}-RT', '28.46', '[43615]', 'QMB Y', 'Paid 8.77'],
    ['2207431', 'Sayre, L', '05/14/26', '{64612}', '19.42', '[43560]', 'D-SNP + QMB', 'Suspended'],
    ['2210048', 'Yoder, Ruth', '06/18/26', '{64632}', '28.46', '[43545]', 'QMB Y', 'Pending'],
    ['2190055', 'Oyelaran, B', '01/15/26', '{64445}-LT', '11.13', '[43613]', 'QMB Y', 'Paid $0'],
    ['2211702', 'Ruiz, Mateo', '06/25/26', '{64445}, {64447}', '21.94', '[43605]', 'QMB Y', 'Pending'],
    ['2196374', 'Hale, Doris', '02/26/26', '{99214}', '27.18', '[43566]', 'QMB Y', 'Paid $0'],
    ['2212256', 'Novak, Stan', '06/30/26', '{64612}-RT', '19.42', '[43614]', 'QMB pending', 'Not sent'],
  ],
});

// ── 43. 837P crossover to Medicaid with Medicare COB (2320/2430 loops), raw ──
const x12cob = lines({
  id: 's181-837cob',
  kind: 's181-x12-837p-medicaid-cob-crossover-raw-text',
  before: 'COBA crossover file from CGS to ODM — claim MV26072-0093 — loops 2320/2430 (excerpt)',
  text: [
    'SBR*S*18*[16204]******MC~',
    'AMT*D*1081.96~',
    'NM1*PR*2*MEDICARE PART B*****PI*[15202]~',
    'N4*COLUMBUS*OH*[43216]~',
    'SV1*HC:{64712}:RT*3640.00*UN*1***1~',
    'SVD*[15202]*1037.52*HC:{64712}:RT**1~',
    'CAS*PR*2*259.38~',
    'SV1*HC:{64445}:59:LT*540.00*UN*1***2~',
    'SVD*[15202]*44.52*HC:{64445}:59:LT**1~',
    'DTP*573*D8*20260401~',
  ].join('\n'),
});

// ── 44. Practice's response to the MAC (corrective action), letter text ──
const response = lines({
  id: 's181-response',
  kind: 's181-provider-corrective-action-response-letter-text',
  before: 'Maumee Valley Pain & Nerve Specialists — Compliance Office — July 10, 2026',
  text: [
    'To: CGS Administrators, LLC, J15 Part B Provider Outreach, PO Box [20010], Nashville, TN [37202]',
    'Re: Your file [37206]-QMB; beneficiary complaint [98145]; PTAN [04218]',
    '1. The balance of $270.51 for {64712}-RT and {64445}-59 (DOS 03/12/2026) was adjusted to $0.00 on 06/24/2026.',
    '2. The $50.00 paid by the beneficiary was refunded by check no. [64612] on 07/02/2026 (cleared 07/14/2026).',
    '3. Our look-back audit (audit no. A-2026-[00519]) found six other QMB accounts; all have been corrected,',
    '   including {64632} (1), {64612} (2), {64714} (1) and {64445} (2). Refunds totalling $78.43 were issued.',
    '4. Statement rule [58047] now suppresses patient statements when the 271 shows QMB; staff retrained 07/08.',
    'Sincerely, Dana Halvorsen, CHC, Compliance Officer — 3100 W Central Ave, Ste 210, Toledo, OH [43606]',
  ].join('\n'),
});

export const sealed181: Snippet[] = [
  ...eligScreen,
  ...x12elig,
  ...mcdElig,
  ...faceSheet,
  ...daySheet,
  ...superbill,
  ...x12claim,
  ...chargeEntry,
  ...x12remit,
  ...eraGrid,
  ...crossStatus,
  ...mcdRa,
  ...stmt,
  ...secondNotice,
  ...ctm,
  ...macLetter,
  ...beneLetter,
  ...mln,
  ...odmBulletin,
  ...auditPlan,
  ...findings,
  ...auditCsv,
  ...refundLedger,
  ...checkReg,
  ...refundLetter,
  ...acctLedger,
  ...pmAlert,
  ...email,
  ...chat,
  ...policy,
  ...quiz,
  ...feeGrid,
  ...worksheet,
  ...hl7,
  ...fhir,
  ...msn,
  ...recall,
  ...dashboard,
  ...search,
  ...ombud,
  ...recon,
  ...worklist,
  ...x12cob,
  ...response,
];
