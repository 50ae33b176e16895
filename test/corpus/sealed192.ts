import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 192 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s192-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes
 * (64615, 64616, 64642, 95874, 64450, 99204, 76942, …) are labelled as codes too. Decoys are the ZIPs of the
 * hospital, its child sites, HRSA, the contract pharmacy and the manufacturer, a CE ID and recertification
 * confirmation, MEF and data batch ids, dispensation, encounter and visit numbers, split-billing rule ids, an HL7
 * message control id, X12 line item control numbers, payer ids and a transaction set control number, FISS reason
 * codes, a MAC article id, vendor case and job numbers, memo, audit, file and document ids, an HRSA audit number and
 * portal reference, wholesaler accounts, POs, item numbers and NDC labeler segments, Rx numbers, GL accounts,
 * dollar amounts and unit counts written without commas, cabinet med ids, barcodes and a course id. About a third of
 * the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K): a CE ID, a confirmation number, rule,
 * dispensation, encounter and batch ids, a MAC article id and PO box, vendor job and case numbers, an HRSA portal
 * reference, CAP evidence ids, wholesaler item numbers, cabinet med ids, GL accounts, savings amounts, barcodes, a
 * payer id, a Dallas ZIP and an X12 control number. The five known codes' digits come back as decoys: the
 * hospital's PO box (OPAIS, 837I, HRSA letter, manufacturer letter), an MEF file batch, an HL7 message control id,
 * the split-billing vendor's case number (chat, ticket, agenda, search result), a claim id in a repayment CSV, a
 * wholesaler item number (invoice, training quiz), a dispensing-cabinet med id and a GL account.
 *
 * Family: a hospital's 340B drug pricing program meeting a neurology and pain clinic's botulinum toxin and
 * nerve-block drugs. Harrowgate Memorial Hospital (Corrigan, OH; fictional DSH covered entity DSH360417) moves its
 * Neurology & Pain Center to a new child site (Eastgate) in April 2025; the new Medicaid billing number never reaches
 * the Medicaid Exclusion File, so 340B Botox billed with 64612/64615/64616 to Ohio Medicaid becomes a duplicate
 * discount; the split-billing software (Ledgerwell 340B) misses the pain department's 64445/64450/64632 encounters
 * and carries JG after TB replaced it; a contract pharmacy's TPA accepts outside prescribers; HRSA audits, the
 * hospital self-discloses, repays the manufacturer and files a corrective action plan. Pages: the OPAIS entity
 * record, child-site grid and recertification step, the MEF CSV, the split-billing accumulator, dispensation detail,
 * qualifying-service rule grid, API JSON and encounter XML export, the HL7 DFT charge message, 837I and 835 raw
 * views, a FISS claim page with reason codes, the MAC's JG/TB article, a team chat, the vendor's support case, the
 * 340B committee agenda and minutes, HRSA's engagement letter, data request, sample worksheet and final report, the
 * CAP, the self-disclosure letter, the manufacturer repayment letter and its CSV, the wholesaler invoice and the
 * buyer's email, the TPA claim detail and referral capture report, the clinic charge ticket, chemodenervation and
 * nerve block notes, the JW/JZ waste log, the dispensing cabinet report, the MAR, the procedure schedule with drug
 * pulls, the state Medicaid manual page, the manufacturer's rebate dispute, the trial balance, the savings
 * dashboard, the hospital 340B policy, a training quiz and intranet search results.
 * Built on real public layouts: HRSA 340B OPAIS covered entity and child site pages and its Medicaid Exclusion File
 * export, the 340B recertification flow, HRSA audit engagement letters, data request lists and final reports with
 * findings and corrective action plans, CMS/MAC (CGS J15) billing articles on the JG and TB modifiers, FISS DDE
 * claim pages with reason codes, X12 837I SV2 and 835 CLP/SVC/CAS segments, HL7 v2 DFT^P03 FT1 segments, state
 * Medicaid 340B UD-modifier guidance, wholesaler invoices with 5-4-2 NDCs, Omnicell activity reports, EHR MARs,
 * procedure charge tickets and JW/JZ waste documentation. Split-billing screens (accumulator, rule table, API),
 * TPA referral capture, committee minutes, chat and the rest are written the way those pages read, with no single
 * source.
 *
 * 374 labelled tokens over 44 shapes: 166 codes (90 of the five known codes), 208 decoys, 68 of the decoys in
 * KNOWN_10K, 16 decoys reusing the known codes' digits.
 */

// ── 1. HRSA 340B OPAIS covered entity record, text layer ──
const opaisRecord = lines({
  id: 's192-opais',
  kind: 's192-opais-covered-entity-record-text',
  before: '340B OPAIS — Covered Entity Search — Details',
  text: [
    '340B ID: DSH360417   CE ID: [20472]   Entity type: DSH (Disproportionate Share Hospital)   Participating: Yes',
    'Entity name: HARROWGATE MEMORIAL HOSPITAL   Participating start date: 10/01/2004',
    'Street address: 1200 LINDEN RIDGE PKWY, CORRIGAN, OH [43746]',
    'Billing address: PO BOX [64445], CORRIGAN, OH [43746]-4445',
    'Medicare provider number: 360417   Medicaid number(s): 0318862 (OH)   NPI: 1548302716',
    'GPO prohibition applies: Yes   Medicaid FFS billing of 340B drugs: Yes (carve-in) — see Medicaid Exclusion File',
    'Primary contact: Dana Kowalczyk, PharmD, 340B Program Manager   Authorizing official: Peter Lindqvist, CEO',
    'Last recertification: 02/11/2026   Confirmation no. [38742]   Shipping address(es): 3 on file',
  ].join('\n'),
});

// ── 2. OPAIS child sites tab, table ──
const opaisSites = table({
  id: 's192-opaissites',
  kind: 's192-opais-child-sites-grid',
  caption: 'Associated sites (child sites) registered under DSH360417 — 9 records, showing 4',
  headers: ['340B ID', 'Site name', 'Street', 'City, State ZIP', 'Cost report line', 'Medicaid #', 'Start date'],
  rows: [
    [
      'DSH360417-01',
      'Harrowgate Outpatient Infusion Center',
      '1200 Linden Ridge Pkwy',
      'Corrigan, OH [43746]',
      'Wkst A line 90.00',
      '0318862',
      '01/01/2012',
    ],
    [
      'DSH360417-07',
      'Harrowgate Neurology & Pain Center (Tannery Row)',
      '85 Tannery Row, Ste 300',
      'Corrigan, OH [43755]',
      'Wkst A line 90.02',
      '0318862',
      '07/01/2019 – 03/31/2025',
    ],
    [
      'DSH360417-09',
      'Harrowgate Neurology & Pain Center — Eastgate',
      '4410 Eastgate Commons Dr',
      'Marlow Heights, OH [43762]',
      'Wkst A line 90.02',
      'pending (added 01/2026)',
      '04/01/2025',
    ],
    [
      'DSH360417-10',
      'Harrowgate Surgery Pavilion',
      '1250 Linden Ridge Pkwy',
      'Corrigan, OH [43746]-4450',
      'Wkst A line 91.00',
      '0318862',
      '04/01/2025',
    ],
  ],
});

// ── 3. Medicaid Exclusion File export, CSV shown as text ──
const mefCsv = lines({
  id: 's192-mef',
  kind: 's192-medicaid-exclusion-file-csv-text',
  before: 'MEF_OH_2025Q2_export.csv (downloaded 04/15/2025 from 340B OPAIS, Medicaid Exclusion File, state = OH)',
  text: [
    '340B_ID,ENTITY_NAME,SITE,STATE,MEDICAID_NUMBER,NPI,BILLS_MEDICAID_FFS,START,END,ZIP',
    'DSH360417,HARROWGATE MEMORIAL HOSPITAL,MAIN,OH,0318862,1548302716,Y,2004-10-01,,[43746]',
    'DSH360417-01,HARROWGATE OUTPT INFUSION,MAIN,OH,0318862,1548302716,Y,2012-01-01,,[43746]',
    'DSH360417-07,HARROWGATE NEURO & PAIN,TANNERY ROW,OH,0318862,1548302716,Y,2019-07-01,2025-03-31,[43755]',
    'DSH360417-09,HARROWGATE NEURO & PAIN EASTGATE,EASTGATE,OH,,,,,,[43762]',
    'DSH360417-10,HARROWGATE SURGERY PAVILION,MAIN,OH,0318862,1548302716,Y,2025-04-01,,[43746]',
    '# rows: 5   file batch [64632]   generated 2025-04-15T06:02:11Z',
  ].join('\n'),
});

// ── 4. Split-billing software accumulator dashboard, table ──
const accumulator = table({
  id: 's192-accum',
  kind: 's192-split-billing-accumulator-dashboard-grid',
  caption: 'Ledgerwell 340B — Accumulations — Site: NEURO PAIN EASTGATE (DSH360417-09) — as of 04/30/2025',
  headers: ['NDC', 'Drug', 'HCPCS', 'Bill units / pkg', 'Accumulated units', 'Pkgs to order', 'Replenishment PO'],
  rows: [
    ['00023114501', 'BOTOX 100 UNIT VIAL', 'J0585', '100', '3,870', '38', 'PO [71549]'],
    ['00023392102', 'BOTOX 200 UNIT VIAL', 'J0585', '100 ⚠', '5,410', '54', 'PO [71549]'],
    ['15054050001', 'DYSPORT 500 UNIT VIAL', 'J0586', '100', '1,180', '11', 'PO [71552]'],
    ['00259161001', 'XEOMIN 100 UNIT VIAL', 'J0588', '100', '640', '6', 'PO [71552]'],
    ['10454071010', 'MYOBLOC 5000 UNIT/ML 1 ML', 'J0587', '50', '112', '2', '—'],
    ['63323050601', 'DEXAMETHASONE 10 MG/ML 1 ML', 'J1100', '10', '[10430]', '1043', 'review'],
  ],
});

// ── 5. Split-billing dispensation eligibility detail, text layer ──
const dispDetail = lines({
  id: 's192-dispdetail',
  kind: 's192-split-billing-dispensation-eligibility-detail-text',
  before: 'Ledgerwell 340B › Dispensations › Detail',
  text: [
    'Dispensation D-2025-0418-[33764]   Status: QUALIFIED → 340B accumulator   Rule set: HOPD MIXED-USE v12',
    'Patient MRN 00418822   Encounter HAR-ENC-[40548]   Date of service 04/18/2025   Payer: OHIO MEDICAID FFS',
    'Location: NEURO PAIN EASTGATE (dept 4410-NEU)   Registered child site DSH360417-09 ✓   Prescriber Sorensen, Anika MD (employed) ✓',
    'Drug BOTOX 200 UNIT VIAL   NDC 00023392102   HCPCS J0585 × 200 billed, 40 units wasted (JW)',
    'Qualifying procedure on encounter: {64612} RT — chemodenervation, facial nerve muscles, unilateral; {95874}',
    'Medicaid carve check: Medicaid # 0461207 → MEF match NOT FOUND; site flag inherited from DSH360417-07 (carve-in) ⚠',
    'Audit trail: rule R-NEU-[14503] matched at 04/19/2025 02:14; overridden by no one',
  ].join('\n'),
});

// ── 6. Split-billing qualifying-service rule table, grid ──
const ruleTable = table({
  id: 's192-rules',
  kind: 's192-split-billing-qualifying-service-rule-grid',
  caption: 'Ledgerwell 340B › Configuration › Qualifying services by department (rule set HOPD MIXED-USE v12)',
  headers: ['Rule', 'Department', 'Qualifying CPT/HCPCS', 'Drug class', 'Effective', 'Edited by'],
  rows: [
    [
      'R-NEU-[14503]',
      'NEU-EG (Neurology Eastgate)',
      '{64612}, {64615}, {64616}, {64617}',
      'Botulinum toxins',
      '04/01/2025',
      'dkowalczyk',
    ],
    [
      'R-NEU-[14504]',
      'NEU-EG (Neurology Eastgate)',
      '{64642}–{64647}, {95873}, {95874}',
      'Botulinum toxins',
      '04/01/2025',
      'dkowalczyk',
    ],
    [
      'R-PAIN-[14511]',
      'NEU-EG only (PAIN-EG missing)',
      '{64445}, {64447}, {64450}, {64405}',
      'Local anesthetics, steroids',
      '04/01/2025',
      'dkowalczyk',
    ],
    ['R-PAIN-[14512]', 'PAIN-EG', '{64632}, {64640}', 'Dehydrated alcohol, phenol (J3490)', '06/16/2025', 'mibarra'],
    [
      'R-OR-[14520]',
      'SURG-PAV',
      '{64712}, {64714}, {64713}',
      'Bupivacaine liposome (C9290), ropivacaine',
      '04/01/2025',
      'rmenon',
    ],
  ],
});

// ── 7. HL7 DFT^P03 charge message, as shown in the interface monitor ──
const hl7 = lines({
  id: 's192-hl7',
  kind: 's192-hl7-dft-charge-message-monitor-text',
  before: 'Interface monitor — EPIC_CHG → LEDGERWELL_340B — message detail (raw)',
  text: [
    'MSH|^~\\&|EPIC|HARROWGATE|LEDGERWELL|HMH340B|20250418101522||DFT^P03|MSG[64612]|P|2.5.1',
    'PID|1||00418822^^^HMH^MR||QUINLAN^MAUREEN^T||19580211|F|||77 ORCHARD VIEW LN^^MARLOW HEIGHTS^OH^[43762]',
    'PV1|1|O|NEUEG^4410^^HMH||||1487762203^SORENSEN^ANIKA|||||||||||HAR-ENC-[40548]',
    'FT1|1|||20250418|20250418|CG|4410612^CHEMODENERV FACIAL UNI^HMHCDM||1|||NEUEG|||||||||||{64612}^CHEMODENERVATION FACIAL NERVE UNI^C4|RT',
    'FT1|2|||20250418|20250418|CG|27110420^BOTOX PER UNIT^HMHCDM||200|||NEUEG|||||||||||J0585^ONABOTULINUMTOXINA 1 UNIT^HCPCS|JG',
    'FT1|3|||20250418|20250418|CG|4410874^EMG GUIDANCE CHEMODENERV^HMHCDM||1|||NEUEG|||||||||||{95874}^NEEDLE EMG GUIDANCE^C4',
  ].join('\n'),
});

// ── 8. X12 837I as shown in the claim scrubber's raw view ──
const x837 = lines({
  id: 's192-837i',
  kind: 's192-x12-837i-claim-scrubber-raw-text',
  before: 'Claim scrubber › Claim HMH250418Q1 › View raw 837I (Medicare Part A, TOB 131)',
  text: [
    'NM1*85*2*HARROWGATE MEMORIAL HOSPITAL*****XX*1548302716~N3*PO BOX [64445]~N4*CORRIGAN*OH*437464445~',
    'NM1*PR*2*CGS ADMINISTRATORS J15*****PI*[15202]~',
    'CLM*HMH250418Q1*2104.60***13:A:1**A*Y*Y~HI*ABK:G245~',
    'LX*1~SV2*0636*HC:J0585:JG:JW*1632.00*UN*240~DTP*472*D8*20250418~REF*6R*[27035]~',
    'LX*2~SV2*0761*HC:{64612}:RT*382.60*UN*1~DTP*472*D8*20250418~REF*6R*[27036]~',
    'LX*3~SV2*0922*HC:{95874}*90.00*UN*1~DTP*472*D8*20250418~REF*6R*[27037]~',
  ].join('\n'),
});

// ── 9. Medicare FISS/DDE claim page with line reason codes, screen text ──
const fiss = lines({
  id: 's192-fiss',
  kind: 's192-fiss-dde-claim-line-reason-screen-text',
  before: 'MAP1713   M E D I C A R E   A   O N L I N E   S Y S T E M   CLAIM PAGE 02',
  text: [
    ' MBI 4TQ8EW3KN72   PROV 360417   TOB 131   S/LOC T B9997   DCN 25108800412707OHA',
    ' LN REV HCPC   MODIFS    RATE   TOT UNT  COV UNT   TOT CHARGE   RSN',
    ' 1 0636 J0585 JG JW             240      240        1632.00   [31285]',
    ' 2 0761 {64612} RT                 1        1         382.60',
    ' 3 0922 {95874}                    1        1          90.00',
    ' RSN [31285]: MODIFIER JG NOT VALID ON OR AFTER 01/01/2025 — REPORT TB FOR 340B-ACQUIRED DRUGS',
    ' PF2=REASON  PF3=EXIT  PF6=NEXT PAGE   OPER HMH0412   RTP DATE 050225',
  ].join('\n'),
});

// ── 10. MAC billing article on the JG/TB modifiers, web article text ──
const macArticle = lines({
  id: 's192-macarticle',
  kind: 's192-mac-billing-article-340b-modifier-text',
  before: 'CGS Medicare › Part A › Billing › 340B-acquired drugs: use of modifiers JG and TB',
  text: [
    'Article ID A[58078]   Published 11/22/2024   Jurisdiction 15 (KY, OH)',
    'Beginning with dates of service on or after January 1, 2025, all 340B covered entities, including hospitals',
    'paid under the OPPS, report modifier TB on each line for a drug acquired through the 340B Program. JG is no',
    'longer accepted and lines reporting it return to provider with reason code [31285].',
    'The drug line carries the modifier; the administration line does not. For example, a chemodenervation of',
    'facial nerve muscles ({64612}) with onabotulinumtoxinA reports J0585-TB (and JW or JZ) and {64612} without TB.',
    'Likewise, a sciatic nerve block ({64445}) with 340B-acquired ropivacaine reports the drug with TB only if',
    'the drug is separately payable; packaged drugs need no modifier. Questions: CGS, PO Box [20018], Nashville, TN.',
  ].join('\n'),
});

// ── 11. Team chat between the 340B manager and the clinic coder ──
const chat = lines({
  id: 's192-chat',
  kind: 's192-team-chat-340b-manager-coder-text',
  before: 'Chat — 340B / Neuro-Pain Eastgate billing (4 members)',
  text: [
    'Marisol Ibarra 9:12 AM  Ledgerwell kicked 14 encounters to "no qualifying service" — all Dr. Pruitt\'s sciatic blocks, {64445} with dex + ropi',
    "Dana Kowalczyk 9:14 AM  rule R-PAIN-[14511] is only on NEU-EG. Pruitt's schedule books under PAIN-EG. I'll add the dept",
    'Marisol Ibarra 9:15 AM  also 2 Botox cases billed {64612} x2 on one date but only RT documented. holding them',
    'Dana Kowalczyk 9:17 AM  opened Ledgerwell case #[64712] for the dept mapping. can you send the encounter list?',
    "Marisol Ibarra 9:21 AM  sent. fyi the {64632} phenol cases at Eastgate haven't accumulated since April either",
    'Dana Kowalczyk 9:22 AM  same root cause. and the Tannery Row zip [43755] is still on the ship-to for acct [51263] 🙃',
  ].join('\n'),
});

// ── 12. Split-billing vendor support ticket, helpdesk page ──
const ticket = lines({
  id: 's192-ticket',
  kind: 's192-vendor-support-ticket-helpdesk-text',
  before: 'Ledgerwell Support Portal — Case details',
  text: [
    'Case #[64712]   Priority: P2 — Accumulation impact   Status: Resolved   Opened 06/12/2025 by Dana Kowalczyk',
    'Subject: PAIN-EG encounters not qualifying — {64445}/{64450} blocks and {64632} neurolysis at DSH360417-09',
    'Description: After the 04/01/2025 move, provider schedules for Dr. Pruitt post under dept PAIN-EG (Epic dept ID [10962]).',
    'Rule R-PAIN-[14511] lists NEU-EG only. Please also review pkg size for NDC 00023392102 (shows 100, should be 200).',
    'Vendor response (T. Brandvold, 06/13/2025): dept [10962] added to R-PAIN-[14511] and R-PAIN-[14512]; re-run queued as job [80542].',
    'Re-run result: 212 dispensations re-evaluated, 198 now qualified (CPT {64445} 141, {64450} 22, {64632} 35).',
    'Linked cases: #[64790] (JG→TB modifier rule), #[64803] (Eastgate ship-to address)',
  ].join('\n'),
});

// ── 13. 340B Oversight Committee agenda, grid ──
const agenda = table({
  id: 's192-agenda',
  kind: 's192-340b-oversight-committee-agenda-grid',
  caption: 'Harrowgate Memorial Hospital — 340B Oversight Committee — Agenda — 07/22/2025, 7:30 AM, Boardroom B',
  headers: ['#', 'Item', 'Presenter', 'Document', 'Action'],
  rows: [
    ['1', 'Approval of minutes 04/29/2025', 'T. Vlach', 'Minutes M-2025-04', 'Vote'],
    ['2', 'Eastgate relocation: MEF and OPAIS status', 'D. Kowalczyk', 'Memo [20945]', 'Discuss'],
    ['3', 'Ledgerwell case [64712] — PAIN-EG qualifying services', 'D. Kowalczyk', 'Case summary', 'Inform'],
    ['4', 'Botox {64612} bilateral billing review (chart audit n=30)', 'M. Ibarra', 'Audit [20951]', 'Discuss'],
    ['5', 'Contract pharmacy: Brightline #0412 referral capture', 'R. Menon', 'TPA report [20960]', 'Discuss'],
    ['6', 'Modifier TB remediation, Q1 2025 RTP lines', 'K. Abernathy (PFS)', 'RTP list', 'Inform'],
  ],
});

// ── 14. 340B Oversight Committee minutes, PDF text layer ──
const minutes = lines({
  id: 's192-minutes',
  kind: 's192-340b-oversight-committee-minutes-text',
  before:
    '340B OVERSIGHT COMMITTEE — MINUTES — July 22, 2025 — Present: Vlach (chair), Menon, Kowalczyk, Ibarra, Abernathy, Dr. Sorensen',
  text: [
    '2. Eastgate relocation. The Eastgate site (DSH360417-09, Marlow Heights [43762]) bills Ohio Medicaid under the new',
    'number 0461207, which is not on the MEF. Botox administered there since 04/01/2025 was purchased at 340B and billed',
    'to Medicaid FFS with J0585 and CPT {64612}/{64615}. Risk of duplicate discount. Action: stop 340B accumulation for',
    'Medicaid FFS at -09 (done 07/23), add the number to the MEF at the next quarterly window (Memo [20945]).',
    '4. Chart audit (n=30, Audit [20951]): 4 encounters billed {64612} with units 2 or modifier 50 although only one side',
    'was injected; corrected claims to be filed. Dr. Sorensen to update the procedure note template (bilateral = RT + LT).',
    '6. Modifier TB: 61 Medicare lines returned with reason [31285] (JG after 01/01/2025); rebilled with TB by 05/30.',
    'Next meeting 10/28/2025. Minutes recorded by K. Abernathy; approved 10/28/2025 (motion Menon/Ibarra). File [20988]',
  ].join('\n'),
});

// ── 15. HRSA audit engagement letter, PDF text layer ──
const engagement = lines({
  id: 's192-engage',
  kind: 's192-hrsa-audit-engagement-letter-text',
  before: 'Health Resources and Services Administration — Office of Pharmacy Affairs',
  text: [
    '5600 Fishers Lane, Rockville, MD [20857]',
    'January 9, 2026   Audit no. 340B-DSH-FY26-[18027]',
    'Peter Lindqvist, CEO, Harrowgate Memorial Hospital, PO Box [64445], Corrigan, OH [43746]-4445',
    'Re: 340B Program compliance audit, 340B ID DSH360417 and associated child sites',
    'HRSA will conduct an onsite audit beginning February 23, 2026. The audit period is 04/01/2025 – 09/30/2025.',
    'Please provide the items on the enclosed data request by February 6, 2026 through the secure portal (ref. [73934]).',
    'Contact: LCDR Amaya Reyes, Audit Lead, Office of Pharmacy Affairs, 301-555-0144.',
  ].join('\n'),
});

// ── 16. HRSA data request list, grid ──
const dataRequest = table({
  id: 's192-datareq',
  kind: 's192-hrsa-audit-data-request-list-grid',
  caption: 'Enclosure A — Data request — Audit 340B-DSH-FY26-18027',
  headers: ['Item', 'Request', 'Format', 'Due'],
  rows: [
    [
      'A-1',
      'Universe of 340B drug dispensations/administrations, 04/01/2025 – 09/30/2025, all sites',
      'Excel/CSV',
      '02/06/2026',
    ],
    [
      'A-4',
      'Medicaid FFS claims for 340B drugs with NDC, HCPCS and procedure codes (e.g. J0585 with {64612})',
      'CSV',
      '02/06/2026',
    ],
    [
      'A-7',
      'Contract pharmacy claims, Brightline Specialty Pharmacy (NCPDP 3612849), Columbus, OH [43215]',
      'CSV',
      '02/06/2026',
    ],
    [
      'A-9',
      'Wholesaler purchase history, accounts [51263] (340B), [51264] (WAC), [51265] (GPO, inpatient only)',
      'CSV',
      '02/06/2026',
    ],
    ['A-12', 'Policies and procedures; committee minutes since 01/2025 (incl. file [20988])', 'PDF', '02/13/2026'],
  ],
});

// ── 17. Audit sample test worksheet, grid (cells cut off by column width) ──
const sample = table({
  id: 's192-sample',
  kind: 's192-hrsa-audit-sample-test-worksheet-grid',
  caption: 'Sample testing — Medicaid duplicate discount and eligibility (auditor worksheet, 25 of 25)',
  headers: ['Sample', 'Claim / Rx #', 'DOS', 'Site', 'Drug (NDC)', 'Proc', 'Payer', 'Result'],
  rows: [
    [
      'S-01',
      'ICN 2225118004127',
      '04/18/2025',
      '-09',
      '00023392102',
      '{64612}',
      'OH MCD FFS',
      'Finding 1 (dup. discount)',
    ],
    ['S-02', 'ICN 2225124009318', '04/24/2025', '-09', '00023114501', '{64615}', 'OH MCD FFS', 'Finding 1'],
    ['S-03', 'ICN 2225131002266', '05/01/2025', '-09', '15054050001', '{64616}', 'OH MCD FFS', 'Finding 1'],
    ['S-04', 'HMH250509Q3', '05/09/2025', '-10', '65250026609', '{64712}', 'Medicare', 'No exception'],
    ['S-05', 'HMH250516Q1', '05/16/2025', '-09', '63323028530', '{64445}', 'Medicare', 'No exception'],
    ['S-11', 'Rx [88694]', '06/03/2025', 'CP', '00259161001', '—', 'Commercial', 'Finding 2 (eligibility)'],
    ['S-14', 'HMH250702Q2', '07/02/2025', '-09', '00517995001 (alc.)', '{64632}', 'Medicare', 'No exception'],
    ['S-19', 'HMH250811Q4', '08/11/2025', '-10', '65250026609', '{64714}', 'Aetna', 'No exception'],
  ],
});

// ── 18. HRSA final audit report, letter text layer ──
const finalReport = lines({
  id: 's192-finalrpt',
  kind: 's192-hrsa-final-audit-report-letter-text',
  before: 'FINAL REPORT — 340B Program Audit — Harrowgate Memorial Hospital (DSH360417) — Audit 340B-DSH-FY26-18027',
  text: [
    'Finding 1 — Duplicate discount. The covered entity dispensed 340B drugs to Medicaid fee-for-service patients at',
    'DSH360417-09 and billed Medicaid under a Medicaid number not listed on the Medicaid Exclusion File. Sampled claims',
    'were botulinum toxin administrations billed with CPT {64612}, {64615} and {64616} (J0585, J0586).',
    'Finding 2 — Diversion. Two contract pharmacy prescriptions (Rx [88694], Rx [88702]) were written by a prescriber',
    'with no employment or contractual relationship with the covered entity; the referral encounter was at a',
    'non-registered private practice in Dublin, OH [43017].',
    'No findings for the peripheral nerve surgery encounters sampled ({64712}, {64714}) or nerve blocks ({64445}).',
    'Corrective action plan due within 60 days. Repayment to affected manufacturers required. HRSA ref. [73934].',
  ].join('\n'),
});

// ── 19. Corrective action plan, grid ──
const cap = table({
  id: 's192-cap',
  kind: 's192-corrective-action-plan-grid',
  caption: 'Corrective Action Plan — submitted to HRSA 05/04/2026 — Audit 340B-DSH-FY26-18027',
  headers: ['Finding', 'Root cause', 'Corrective action', 'Owner', 'Completion', 'Evidence'],
  rows: [
    [
      '1',
      'New Medicaid # 0461207 not added to MEF after relocation',
      'MEF updated (Q2 2026 window); Ledgerwell carve flag per Medicaid # not per 340B ID',
      'Kowalczyk',
      '04/15/2026',
      'MEF batch [30219]',
    ],
    [
      '1',
      'No check of MEF on site changes',
      'Site change checklist; quarterly MEF vs. billing # reconciliation',
      'Vlach',
      '06/30/2026',
      'Policy PHM-340B-[12250]',
    ],
    [
      '1',
      'Botox {64612} claims to Medicaid carried no UD modifier',
      'Claim edit: Medicaid FFS drug lines at -09 require UD',
      'Abernathy',
      '05/15/2026',
      'Edit [45453]',
    ],
    [
      '2',
      'TPA referral rule accepted outside prescribers',
      'Referral capture requires HMH encounter within 12 months',
      'Menon',
      '05/01/2026',
      'TPA change [38283]',
    ],
  ],
});

// ── 20. Repayment letter to a manufacturer, text layer ──
const mfrLetter = lines({
  id: 's192-mfrletter',
  kind: 's192-manufacturer-repayment-letter-text',
  before: 'Harrowgate Memorial Hospital — Department of Pharmacy — 1200 Linden Ridge Pkwy, Corrigan, OH',
  text: [
    'May 20, 2026   VIA EMAIL (340B@abbvie-example.com) AND CERTIFIED MAIL 9407 1112 0620 3345 8812 07',
    'AbbVie Inc., Attn: 340B Compliance, 1 N. Waukegan Road, North Chicago, IL [60064]',
    'Re: Repayment — duplicate discounts, labeler [00023] (BOTOX), Ohio Medicaid, 2025 Q2 – 2025 Q3',
    'Following HRSA audit 340B-DSH-FY26-[18027] we identified 412 Medicaid FFS claim lines at our Eastgate clinic',
    '(chemodenervation {64612}, {64615}, {64616}, {64642}) for which Ohio Medicaid may have collected rebates on',
    '340B-priced units. Total units: 38,940; proposed repayment $[21498].77, detail in attachment (file [91743]).',
    'Contact: Dana Kowalczyk, PharmD, (740) 555-0182, or write to PO Box [64445], Corrigan, OH [43746].',
  ].join('\n'),
});

// ── 21. Repayment calculation attachment, CSV shown as text ──
const repayCsv = lines({
  id: 's192-repaycsv',
  kind: 's192-repayment-calculation-csv-text',
  before: 'Attachment_A_Repayment_Labeler00023.csv',
  text: [
    'claim_id,dos,site,medicaid_no,ndc11,hcpcs,units,cpt,mod,urap_per_unit,repay',
    '[64714],2025-04-18,DSH360417-09,0461207,00023392102,J0585,200,{64612},RT,0.5521,110.42',
    '[64715],2025-04-24,DSH360417-09,0461207,00023114501,J0585,155,{64615},,0.5521,85.58',
    '[64716],2025-05-06,DSH360417-09,0461207,00023392102,J0585,300,{64616},,0.5521,165.63',
    '[64717],2025-05-06,DSH360417-09,0461207,00023392102,J0585,100,{64642},LT,0.5521,55.21',
    '[64718],2025-06-11,DSH360417-09,0461207,00023114501,J0585,50,{64612},LT,0.5521,27.61',
    'TOTAL,,,,,,[38940],,,,[21498].77',
  ].join('\n'),
});

// ── 22. Wholesaler invoice, grid ──
const invoice = table({
  id: 's192-invoice',
  kind: 's192-wholesaler-invoice-grid',
  caption:
    'Meridian Drug Distribution — Invoice 7730418 — Ship to: Harrowgate Neuro & Pain Eastgate — Acct 51263 (340B)',
  headers: ['Line', 'Item #', 'NDC', 'Description', 'Qty', 'Unit price', 'Ext.'],
  rows: [
    ['1', '[64714]', '[00023]-3921-02', 'BOTOX 200U SDV 1EA', '20', '0.01 (PHS)', '0.20'],
    ['2', '[31739]', '[00023]-1145-01', 'BOTOX 100U SDV 1EA', '12', '0.01 (PHS)', '0.12'],
    ['3', '[33219]', '[15054]-0500-01', 'DYSPORT 500U VL', '4', '612.40', '2,449.60'],
    ['4', '[35376]', '[63323]-0285-30', 'ROPIVACAINE 0.5% 30ML SDV 25EA', '2', '88.75', '177.50'],
    ['5', '[35802]', '[00409]-4276-01', 'LIDOCAINE 1% 10ML SDV 25EA', '3', '21.30', '63.90'],
  ],
});

// ── 23. Buyer's email about the replenishment order ──
const buyerEmail = lines({
  id: 's192-buyeremail',
  kind: 's192-pharmacy-buyer-email-text',
  before:
    'From: Gwen Oyelaran (Pharmacy Buyer) To: Dana Kowalczyk Subject: RE: Eastgate Botox replenishment — PO 71549',
  text: [
    'Dana — PO [71549] went to Meridian this morning on the 340B account ([51263]), 54 x Botox 200U.',
    'That count looks high to me. Ledgerwell says 5,410 units accumulated but the package size on 00023392102 is 100.',
    'If it should be 200 we are over-ordering by half. Holding lines 1-2 until you confirm; Dysport on PO [71552] is fine.',
    'Also: Meridian still shows ship-to ZIP [43755] (Tannery Row) on acct [51263]; customer service ticket [96517].',
    'Gwen, x4418, Pharmacy Purchasing, Harrowgate Memorial, 1200 Linden Ridge Pkwy, Corrigan [43746]',
  ].join('\n'),
});

// ── 24. Contract pharmacy TPA claim detail, portal text ──
const tpaClaim = lines({
  id: 's192-tpaclaim',
  kind: 's192-contract-pharmacy-tpa-claim-detail-text',
  before: 'ClearSplit Rx (TPA) › Covered entity DSH360417 › Claims › Claim detail',
  text: [
    'Rx # [88694]-02   Fill date 06/03/2025   Pharmacy: Brightline Specialty Pharmacy #0412, Columbus, OH [43215]',
    'Drug: XEOMIN 100 UNIT VIAL   NDC 00259161001   Qty 2   Days supply 84   BIN 610014   PCN ADV',
    'Prescriber: NPI 1326051197 Halvorsen, Erik MD — not on CE prescriber file   Patient ZIP [43016]',
    'Referral evidence accepted: "HMH encounter within 24 months" — encounter 02/14/2024, CPT {99204}, dept NEU-TR',
    'Eligibility: 340B ELIGIBLE (rule CP-[26561])   Replenishment: 200 units → order [42480]',
    'Audit flag (added 03/10/2026): HRSA Finding 2 — prescriber not an HMH provider; reverse claim and credit',
  ].join('\n'),
});

// ── 25. TPA referral capture report, grid ──
const referral = table({
  id: 's192-referral',
  kind: 's192-tpa-referral-capture-report-grid',
  caption: 'ClearSplit Rx — Referral capture evidence — Brightline #0412 — June 2025 (neurology scripts)',
  headers: ['Rx #', 'Drug', 'Prescriber', 'HMH encounter', 'Encounter CPT', 'Dept', 'Decision'],
  rows: [
    ['[88641]-00', 'XEOMIN 100U', 'Sorensen (HMH)', '05/28/2025', '{64616}', 'NEU-EG', 'Eligible'],
    ['[88655]-01', 'BOTOX 200U', 'Sorensen (HMH)', '05/30/2025', '{64612}', 'NEU-EG', 'Eligible'],
    ['[88694]-02', 'XEOMIN 100U', 'Halvorsen (outside)', '02/14/2024', '{99204}', 'NEU-TR', 'Eligible ⚠'],
    ['[88702]-00', 'MYOBLOC 5000U', 'Halvorsen (outside)', '11/02/2023', '{99213}', 'NEU-TR', 'Eligible ⚠'],
    ['[88718]-00', 'DYSPORT 500U', 'Pruitt (HMH)', '06/09/2025', '{64642}, {64643}', 'PAIN-EG', 'Eligible'],
  ],
});

// ── 26. Neurology & pain clinic charge ticket (superbill), PDF text layer ──
const superbill = lines({
  id: 's192-superbill',
  kind: 's192-clinic-charge-ticket-superbill-text',
  before: 'HARROWGATE NEUROLOGY & PAIN CENTER — EASTGATE — PROCEDURE CHARGE TICKET (HOPD, rev. 04/2025)',
  text: [
    'Patient ____________  MRN ________  DOS ________  Provider  ☐ Sorensen  ☐ Pruitt  ☐ Haddad',
    'CHEMODENERVATION   ☐ {64612} facial nerve, unilateral   ☐ {64615} chronic migraine   ☐ {64616} neck, cervical dystonia',
    '  ☐ {64642} one extremity, 1–4 muscles   ☐ +{64643} each addl extremity   ☐ {64644} one extremity, 5+ muscles',
    '  Guidance ☐ +{95873} e-stim   ☐ +{95874} needle EMG     Side ☐ RT ☐ LT (bilateral {64612}: two lines RT/LT, not 50)',
    'NERVE BLOCKS   ☐ {64445} sciatic, single   ☐ {64447} femoral, single   ☐ {64450} other peripheral   ☐ {64405} greater occipital',
    'NEUROLYSIS   ☐ {64632} plantar common digital nerve   ☐ {64640} other peripheral nerve or branch',
    'DRUGS (pharmacy enters NDC; 340B modifier added by billing)   ☐ J0585 ___ u  ☐ J0586 ___ u  ☐ J0588 ___ u  ☐ J1100 ___ mg',
    'Return to Charge Entry, Suite 120, 4410 Eastgate Commons Dr, Marlow Heights OH [43762] — Form NP-[11752]',
  ].join('\n'),
});

// ── 27. Chemodenervation procedure note, EHR text ──
const botoxNote = lines({
  id: 's192-botoxnote',
  kind: 's192-chemodenervation-procedure-note-text',
  before: 'PROCEDURE NOTE — Harrowgate Neurology & Pain Center, Eastgate — Anika Sorensen, MD',
  text: [
    'Procedure: Chemodenervation, right orbicularis oculi/corrugator/procerus, hemifacial spasm (G51.31)',
    'Drug: onabotulinumtoxinA (Botox) 200 U vial, lot C7264C3, NDC [00023]-3921-02 reconstituted with 4 mL NS',
    'Dose administered 160 U in 14 sites under needle EMG guidance; 40 U discarded (documented, JW).',
    'Coding: {64612}-RT, +{95874}; J0585 x 160 and J0585-JW x 40. 340B: drug from Eastgate 340B stock.',
    'Note (addended 07/28/2025): prior template defaulted to "{64612} x 2 / modifier 50"; left side not injected today.',
    'Electronically signed 04/18/2025 11:02 — encounter HAR-ENC-[40548]',
  ].join('\n'),
});

// ── 28. Sciatic nerve block procedure note, EHR text ──
const blockNote = lines({
  id: 's192-blocknote',
  kind: 's192-nerve-block-procedure-note-text',
  before: 'PROCEDURE NOTE — Pain Medicine — Owen Pruitt, DO — Eastgate procedure room 2',
  text: [
    'Procedure: Right sciatic nerve block, popliteal approach, ultrasound guided (CPT {64445}); diagnosis M54.31',
    'Medications: ropivacaine 0.5% 20 mL (NDC [63323]-0285-30), dexamethasone 4 mg (J1100 x 4) — 340B stock',
    'Image guidance included in {64445}; do not add {76942}. Prior block 03/02/2025; EMG 02/2025 showed no myopathy.',
    'Plan: if >50% relief x 2, discuss open neurolysis with Dr. Haddad ({64712}) vs. repeat block.',
    'Charge captured to dept PAIN-EG (ID [10962]); encounter HAR-ENC-[41044]',
  ].join('\n'),
});

// ── 29. Drug waste (JW/JZ) documentation log, grid ──
const wasteLog = table({
  id: 's192-waste',
  kind: 's192-drug-waste-jw-jz-log-grid',
  caption: 'Single-dose vial waste log — Eastgate — April 2025 (supports JW/JZ on drug lines)',
  headers: ['Date', 'Encounter', 'Vial', 'Given (u)', 'Wasted (u)', 'Procedure', 'Modifiers', 'Witness'],
  rows: [
    ['04/18/2025', 'HAR-ENC-[40548]', 'Botox 200U', '160', '40', '{64612}-RT', 'TB JW', 'L. Greer RN'],
    ['04/22/2025', 'HAR-ENC-[40611]', 'Botox 200U', '155', '45', '{64615}', 'TB JW', 'L. Greer RN'],
    ['04/24/2025', 'HAR-ENC-[40652]', 'Botox 100U', '100', '0', '{64612}-LT', 'TB JZ', '—'],
    ['04/29/2025', 'HAR-ENC-[40733]', 'Dysport 500U', '500', '0', '{64616}', 'TB JZ', '—'],
    ['04/30/2025', 'HAR-ENC-[40760]', 'Xeomin 100U', '75', '25', '{64642}-LT, +{95873}', 'TB JW', 'P. Ruiz RN'],
  ],
});

// ── 30. Automated dispensing cabinet activity report, grid ──
const cabinet = table({
  id: 's192-cabinet',
  kind: 's192-dispensing-cabinet-activity-report-grid',
  caption: 'Omnicell — Activity by med — Cabinet EG-PROC-2 — 06/01/2025 to 06/30/2025 — filter: 340B inventory',
  headers: ['Med ID', 'Medication', 'Trans', 'Qty', 'Patient', 'User', 'Time'],
  rows: [
    ['[64445]', 'ROPIVACAINE 0.5% 30 ML VIAL', 'Remove', '1', 'MRN 00512976', 'PRUITTO', '06/09 08:41'],
    ['[64445]', 'ROPIVACAINE 0.5% 30 ML VIAL', 'Return', '1', 'MRN 00512976', 'GREERL', '06/09 09:30'],
    ['[12711]', 'DEXAMETHASONE 10 MG/ML 1 ML', 'Remove', '1', 'MRN 00512976', 'PRUITTO', '06/09 08:42'],
    ['[17244]', 'ALCOHOL, DEHYDRATED 98% 1 ML AMP', 'Remove', '2', 'MRN 00498133', 'PRUITTO', '06/16 13:05'],
    ['[17686]', 'ONABOTULINUMTOXINA 200 UNIT VIAL', 'Remove', '1', 'MRN 00418822', 'SORENSENA', '06/20 10:14'],
  ],
});

// ── 31. State Medicaid provider manual page on 340B claims, web text ──
const mcdManual = lines({
  id: 's192-mcdmanual',
  kind: 's192-state-medicaid-provider-manual-340b-text',
  before:
    'Ohio Department of Medicaid › Providers › Billing guidance › 340B drugs on professional and institutional claims',
  text: [
    'A covered entity that carves in must be listed on the HRSA Medicaid Exclusion File with every Medicaid',
    'provider number it bills under. Claims from a number not on the MEF are presumed non-340B and submitted for rebate.',
    'Report modifier UD on each physician-administered drug line acquired at 340B price, e.g. J0585-UD billed with',
    '{64612} or {64615}; J1100-UD with {64445}. Do not append UD to the procedure line.',
    'Managed care claims: MCOs pass the UD indicator through in encounter data (field 2400 SV101-5).',
    'Questions: Provider Relations, PO Box [15209], Columbus, OH [43215]-0209 (the former P.O. Box 1461 is closed).',
  ].join('\n'),
});

// ── 32. Manufacturer rebate dispute on the state invoice, grid ──
const rebateDispute = table({
  id: 's192-rebatedispute',
  kind: 's192-medicaid-rebate-dispute-detail-grid',
  caption: 'State Drug Rebate — Dispute detail — Labeler 00023 — Ohio — quarter 2025-2 — dispute ref 64445',
  headers: [
    'ICN',
    'Billing provider Medicaid #',
    'NDC',
    'HCPCS',
    'Procedure on claim',
    'Units',
    'Dispute code',
    'Status',
  ],
  rows: [
    ['2225118004127', '0461207', '00023392102', 'J0585', '{64612}', '200', '340B (CE on OPAIS)', 'Open'],
    ['2225124009318', '0461207', '00023114501', 'J0585', '{64615}', '155', '340B (CE on OPAIS)', 'Open'],
    ['2225127001455', '0461207', '00023392102', 'J0585', '{64616}', '300', '340B (CE on OPAIS)', 'Open'],
    [
      '2225140007702',
      '0461207',
      '00023392102',
      'J0585',
      '{64642}',
      '[10000]',
      'Units > 400 (unit error)',
      'Resolved: 100',
    ],
  ],
});

// ── 33. General ledger / trial balance for 340B drug accounts, grid ──
const ledger = table({
  id: 's192-ledger',
  kind: 's192-general-ledger-trial-balance-340b-grid',
  caption: 'Trial balance — Cost center 7410 Pharmacy Outpatient — FY2025 period 09 (Sep) — 340B sub-ledgers',
  headers: ['GL account', 'Description', 'Debit', 'Credit', 'YTD'],
  rows: [
    ['[64612]', 'Drugs — 340B purchases (Meridian acct [51263])', '412,880.14', '', '3,511,402.77'],
    ['[64613]', 'Drugs — WAC purchases (non-340B outpatient)', '98,214.60', '', '902,117.35'],
    ['[64620]', 'Drugs — 340B contract pharmacy replenishment', '61,305.00', '', '588,940.12'],
    ['[41810]', 'Contract pharmacy dispensing fees (ClearSplit/Brightline)', '7,620.00', '', '66,180.00'],
    ['[29140]', 'Accrued liability — manufacturer repayment (HRSA audit)', '', '[21498].77', '[21498].77'],
  ],
});

// ── 34. 340B savings dashboard by service line, grid ──
const savings = table({
  id: 's192-savings',
  kind: 's192-340b-savings-dashboard-service-line-grid',
  caption: 'Ledgerwell 340B — Savings by department — FY2025 Q4 (Jul–Sep) — estimated WAC less 340B cost',
  headers: ['Department', 'Top qualifying CPT', 'Administrations', 'WAC $', '340B $', 'Savings $'],
  rows: [
    ['NEU-EG Neurology', '{64612}', '1204', '1982410', '612330', '1370080'],
    ['NEU-EG Neurology', '{64615}', '688', '1104226', '340119', '764107'],
    ['PAIN-EG Pain', '{64445}', '431', '[38217]', '[11498]', '[26719]'],
    ['PAIN-EG Pain', '{64632}', '97', '[14270]', '4315', '9955'],
    ['SURG-PAV OR', '{64712}', '58', '[81050]', '[24512]', '[56538]'],
    ['SURG-PAV OR', '{64714}', '21', '[29636]', '8804', '[20832]'],
  ],
});

// ── 35. Intranet search results page ──
const searchResults: Snippet[] = [
  {
    id: 's192-search-1',
    kind: 's192-intranet-search-results',
    before: 'HMH Connect — search: "340B botox 64612" — 4 results',
    text: 'Botox and 340B at Eastgate: which CPT carries the drug? — Pharmacy Wiki — "…J0585 rides with {64612}, {64615} or {64616}; the 340B modifier goes on the drug line only…"',
    after: 'Updated 08/04/2025',
  },
  {
    id: 's192-search-2',
    kind: 's192-intranet-search-results',
    before: 'Updated 08/04/2025',
    text: 'PHM-340B-[12250] Medicaid Exclusion File maintenance (Policy) — "…any new Medicaid number, e.g. site relocation, must be on the MEF before the first claim…"',
    after: 'Policy library',
  },
  {
    id: 's192-search-3',
    kind: 's192-intranet-search-results',
    before: 'Policy library',
    text: 'Ledgerwell case [64712] summary.docx — 340B Committee share — "…PAIN-EG added for {64445}, {64450}, {64632}…"',
    after: 'Modified by D. Kowalczyk',
  },
  {
    id: 's192-search-4',
    kind: 's192-intranet-search-results',
    before: 'Modified by D. Kowalczyk',
    text: 'Phone directory: Eastgate Neuro & Pain front desk, 4410 Eastgate Commons Dr, Marlow Heights [43762], ext. 4410',
    after: 'Directory',
  },
];

// ── 36. Split-billing vendor REST API response, JSON shown in a developer console ──
const apiJson = lines({
  id: 's192-json',
  kind: 's192-split-billing-api-json-console-text',
  before: 'GET /api/v2/entities/DSH360417/dispensations?site=DSH360417-09&from=2025-06-09 → 200 OK',
  text: [
    '{ "dispensationId": "D-2025-0609-[34741]", "encounterId": "HAR-ENC-[41044]", "departmentId": "[10962]",',
    '  "ndc11": "63323028530", "hcpcs": "J1100", "billingUnits": 4, "qualifyingProcedures": ["{64445}"],',
    '  "payer": { "name": "MEDICARE PART A", "payerId": "[15202]" }, "account": "340B", "modifier": "TB",',
    '  "ruleId": "R-PAIN-[14511]", "status": "QUALIFIED", "accumulatedAt": "2025-06-13T04:10:22Z" },',
    '{ "dispensationId": "D-2025-0616-[34802]", "qualifyingProcedures": ["{64632}", "{64632}"], "ndc11": "00517995001",',
    '  "hcpcs": "J3490", "billingUnits": 2, "payer": { "name": "ANTHEM BCBS OH", "payerId": "[00834]" }, "status": "QUALIFIED" }',
  ].join('\n'),
});

// ── 37. Encounter batch XML export to the TPA / auditors, text ──
const xmlExport = lines({
  id: 's192-xml',
  kind: 's192-encounter-batch-xml-export-text',
  before: 'EncounterBatch_DSH360417_2025Q3.xml (prepared for HRSA data request item A-1)',
  text: [
    '<Batch id="[55260]" entity="DSH360417" periodStart="2025-07-01" periodEnd="2025-09-30">',
    '  <Encounter id="HAR-ENC-[52233]" site="DSH360417-10" dept="SURG-PAV" zip="[43746]">',
    '    <Procedure code="{64712}" system="CPT" modifier="RT"/><Procedure code="{64714}" system="CPT" modifier="59"/>',
    '    <Drug ndc11="65250026609" hcpcs="C9290" units="266" acquired="340B" claimModifier="TB"/>',
    '  </Encounter>',
    '  <Encounter id="HAR-ENC-[52594]" site="DSH360417-09" dept="NEU-EG" zip="[43762]"><Procedure code="{64612}" system="CPT" modifier="LT"/></Encounter>',
    '</Batch>',
  ].join('\n'),
});

// ── 38. HRSA annual recertification attestation page ──
const recert = lines({
  id: 's192-recert',
  kind: 's192-opais-annual-recertification-attestation-text',
  before: '340B OPAIS — Annual Recertification 2026 — DSH360417 — Step 3 of 4: Review registrations',
  text: [
    'Parent: HARROWGATE MEMORIAL HOSPITAL, 1200 LINDEN RIDGE PKWY, CORRIGAN, OH [43746]   Status: Ready to attest',
    'Child site DSH360417-07 (Tannery Row, [43755]): terminated 03/31/2025 ✓   Child site DSH360417-09 (Eastgate, [43762]): active',
    'Medicaid billing: Eastgate bills Medicaid FFS under 0461207 — listed on MEF? ☐ No → update required before attesting',
    'Contract pharmacies: 3 active (Brightline Specialty #0412 Columbus [43215]; Corrigan Family Pharmacy [43755]; RxHome Mail, Dallas TX [75267])',
    'I attest that the information is accurate and that the entity has notified HRSA of material breaches. Session ref [47493]',
  ].join('\n'),
});

// ── 39. Hospital 340B policy and procedure, PDF text layer ──
const policy = lines({
  id: 's192-policy',
  kind: 's192-hospital-340b-policy-procedure-pdf-text',
  before:
    'HARROWGATE MEMORIAL HOSPITAL — POLICY PHM-340B-12250 — 340B Patient Definition and Eligible Encounters — Rev. 3',
  text: [
    '5.2  An outpatient drug administered in a registered child site is 340B-eligible when the encounter is with an',
    '     HMH-employed or contracted provider and the drug order is linked to a qualifying service, for example',
    '     chemodenervation ({64612}, {64615}–{64617}, {64642}–{64647}), nerve block ({64445}, {64447}, {64450})',
    '     or neurolysis ({64632}, {64640}). Operating-room drugs qualify with the surgical encounter ({64712}, {64714}).',
    '5.3  Medicaid FFS: drugs for Medicaid FFS patients at a site whose Medicaid number is not on the MEF are',
    '     purchased on the WAC account ([51264]), never on the 340B account ([51263]).',
    '5.4  GPO account [51265] may be used for inpatient drugs only (GPO prohibition).            Page 4 of 11   Doc [16241]',
  ].join('\n'),
});

// ── 40. Staff training slide and quiz, slide text ──
const training = lines({
  id: 's192-training',
  kind: 's192-staff-training-slide-quiz-text',
  before: '340B Essentials for Revenue Cycle — Module 4: Modifiers — Slide 12 of 18',
  text: [
    'Q1. A Medicare patient receives Botox 155 U for chronic migraine ({64615}) at Eastgate on 03/05/2026.',
    '    Which line gets TB?   a) {64615}   b) J0585   c) both   d) neither          ✔ b',
    'Q2. Dr. Pruitt performs a sciatic block ({64445}) with ropivacaine (packaged). Modifier on the drug?  ✔ none needed',
    'Q3. Right and left facial chemodenervation same day: bill {64612}-RT and {64612}-LT, or {64612}-50?  ✔ RT + LT',
    'Q4. True or false: the Meridian invoice item number [64714] on a Botox line is the CPT code for the visit. ✔ False',
    'Course ID LMS-[37301]   Passing score 80%   Completion required by 06/30/2026',
  ].join('\n'),
});

// ── 41. EHR medication administration record, grid ──
const mar = table({
  id: 's192-mar',
  kind: 's192-ehr-medication-administration-record-grid',
  caption: 'MAR — Procedure area Eastgate — 06/16/2025 — Patient MRN 00498133',
  headers: ['Time', 'Medication', 'Dose', 'Route/site', 'Linked procedure', 'Admin by', 'Barcode'],
  rows: [
    [
      '13:05',
      'alcohol, dehydrated 98% injection',
      '1 mL',
      'Perineural, L 3rd web space',
      '{64632}-LT',
      'Pruitt, O DO',
      '[41503]',
    ],
    [
      '13:09',
      'alcohol, dehydrated 98% injection',
      '1 mL',
      'Perineural, L 4th web space',
      '{64632}-LT',
      'Pruitt, O DO',
      '[41503]',
    ],
    ['13:01', 'lidocaine 1% injection', '3 mL', 'Subcutaneous, L foot dorsum', '{64632}', 'Pruitt, O DO', '[42003]'],
  ],
});

// ── 42. Self-disclosure letter to HRSA before the audit closed, text layer ──
const disclosure = lines({
  id: 's192-disclosure',
  kind: 's192-hrsa-self-disclosure-letter-text',
  before: 'Harrowgate Memorial Hospital — Office of Compliance — Teresa Vlach, Chief Compliance Officer',
  text: [
    'March 27, 2026   To: Office of Pharmacy Affairs, HRSA, 5600 Fishers Lane, Mail Stop 08W12, Rockville, MD [20857]',
    'Re: Self-disclosure of material breach — DSH360417 — Medicaid Exclusion File (related audit 340B-DSH-FY26-[18027])',
    'From 04/01/2025 to 07/23/2025 the Eastgate site billed Ohio Medicaid FFS under a Medicaid number not on the MEF',
    'for 340B-purchased botulinum toxins. Affected claims: 412 lines (CPT {64612} 176, {64615} 121, {64616} 83,',
    '{64642}/{64643} 32); labelers [00023], [15054] and [00259]. No nerve block ({64445}) or neurolysis ({64632}) claims were',
    'affected because those drugs are packaged for Ohio Medicaid. Our internal tracking number is CMP-[25100].',
  ].join('\n'),
});

// ── 43. Medicare 835 remittance, as shown in the ERA viewer's raw tab ──
const era835 = lines({
  id: 's192-835',
  kind: 's192-x12-835-era-viewer-raw-text',
  before: 'ERA viewer › CGS J15 Part A › EFT 06/12/2025 › Raw 835',
  text: [
    'TRN*1*[84213]*1548302716~N1*PE*HARROWGATE MEMORIAL HOSPITAL*XX*1548302716~N4*CORRIGAN*OH*[43746]~',
    'CLP*HMH250516Q1*1*434.00*268.55*0*MA*2225136011874*13*1~',
    'SVC*HC:{64445}:RT*410.00*268.55**1~SVC*HC:J1100:TB*12.00*0**4~CAS*CO*97*12.00~SVC*HC:J2795:TB*12.00*0**100~CAS*CO*97*12.00~',
    'CLP*HMH250509Q3*1*[12860].00*7302.18*0*MA*2225129004411*13*1~',
    'SVC*HC:{64712}:RT*6120.00*4211.30**1~SVC*HC:{64714}:59*2980.00*2050.66**1~SVC*HC:C9290:TB*3760.00*1040.22**266~',
    'CLP*HMH250418Q1*4*2104.60*0*0*MA*2225108800412*13*1~CAS*CO*4*2104.60~LQ*HE*M114~',
    'SVC*HC:J0585:JG:JW*1632.00*0**240~SVC*HC:{64612}:RT*382.60*0**1~SVC*HC:{95874}*90.00*0**1~',
    'PLB*360417*20251231*WO:HMH250418Q1*0~SE*48*[30759]~',
  ].join('\n'),
});

// ── 44. Procedure room schedule board with drug pulls, grid ──
const schedule = table({
  id: 's192-schedule',
  kind: 's192-procedure-schedule-board-drug-pull-grid',
  caption: 'Eastgate & Pavilion procedure schedule — Thu 06/26/2025 — pharmacy pull list (340B / WAC per site rule)',
  headers: ['Time', 'Patient', 'Room', 'Provider', 'Scheduled procedure', 'Drug pull', 'Visit #'],
  rows: [
    ['07:30', 'QUINLAN, M', 'PR-1', 'Sorensen', '{64612} RT chemodenervation (HFS)', 'Botox 200U — 340B', 'V[40812]'],
    ['08:15', 'ADEYEMI, T', 'PR-1', 'Sorensen', '{64615} chronic migraine 155 U', 'Botox 200U — 340B', 'V[40813]'],
    ['09:00', 'LINDGREN, C', 'PR-2', 'Pruitt', '{64445} RT sciatic block, US', 'Ropivacaine / dex — 340B', 'V[40815]'],
    [
      '09:45',
      'MARSH, D',
      'PR-2',
      'Pruitt',
      '{64632} LT x2 (3rd, 4th web space)',
      'Dehydrated alcohol — 340B',
      'V[40816]',
    ],
    ['10:30', 'KOWALSKI, J', 'PR-1', 'Sorensen', '{64612} LT + {95874}', 'Xeomin 100U — Medicaid FFS: WAC', 'V[40817]'],
    [
      '13:00',
      'OKAFOR, B',
      'OR-4 (Pavilion)',
      'Haddad',
      '{64712} RT open sciatic neurolysis',
      'Exparel 266 mg — 340B',
      'V[40814]',
    ],
    [
      '15:00',
      'BRANDT, H',
      'OR-4 (Pavilion)',
      'Haddad',
      '{64714} lumbar plexus neurolysis',
      'Exparel 266 mg — 340B',
      'V[40819]',
    ],
  ],
});

export const sealed192: readonly Snippet[] = [
  ...opaisRecord,
  ...opaisSites,
  ...mefCsv,
  ...accumulator,
  ...dispDetail,
  ...ruleTable,
  ...hl7,
  ...x837,
  ...fiss,
  ...macArticle,
  ...chat,
  ...ticket,
  ...agenda,
  ...minutes,
  ...engagement,
  ...dataRequest,
  ...sample,
  ...finalReport,
  ...cap,
  ...mfrLetter,
  ...repayCsv,
  ...invoice,
  ...buyerEmail,
  ...tpaClaim,
  ...referral,
  ...superbill,
  ...botoxNote,
  ...blockNote,
  ...wasteLog,
  ...cabinet,
  ...mcdManual,
  ...rebateDispute,
  ...ledger,
  ...savings,
  ...searchResults,
  ...apiJson,
  ...xmlExport,
  ...recert,
  ...policy,
  ...training,
  ...mar,
  ...disclosure,
  ...era835,
  ...schedule,
];
