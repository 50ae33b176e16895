import { lines, table } from './build';
import type { Snippet } from './types';

/**
 * SEALED set 207 (issue 11). Written, with its labels, by someone who never read the detector (lib/detect.ts,
 * lib/detect/*, lib/page/*), never read a score of an earlier sealed set, and never ran the detector on these
 * snippets. Its page shapes (`kind`, prefixed `s207-`) appear in no other corpus file. Score it once; do not edit a
 * snippet to make the detector pass, and say so in the note if a rule ever follows a miss here.
 *
 * Labels say what a coder reading the page takes the number to be: `{64712}` a CPT code she wants marked, `[64712]`
 * anything else. Known codes: 64712 64714 64632 64445 64612. Other real CPT codes a coder would take for codes are
 * labelled as codes too. About a third of the decoys are numbers of the synthetic 10,000-code set (KNOWN_10K) used as
 * ZIPs of the debtor, a patient, the receivership lockbox and a payer's appeals address, clearinghouse payer ids,
 * equipment serial numbers, a collection agent's client number, patient account numbers, Excel serial dates of
 * service in a CSV export, 835 line item control numbers, an authorization number, the Medicare contractor's PO box,
 * the custodian's request log number, a support chat id, a receipt number, encounter ids in a JSON extract and an
 * unbilled-charges sheet, a C-CDA id extension, an auction sale number and a bidder number. The five known codes'
 * digits come back as decoys: the receivership lockbox PO box (in the order, the letter to payers, the 835 payee
 * address and the dashboard), the receiver's ticket number, the records custodian's PO box, a patient account number,
 * a records request number, a box id on the custodian's manifest, an auction item id, an auctioneer's settlement
 * invoice number, an estate-account check number and a court report task number.
 *
 * Family: a bankrupt pain and peripheral-nerve practice run by a court-appointed receiver and then a Chapter 7
 * trustee. One (fictional) story: Ridgeline Nerve & Pain Institute, Inc. (Alder Run, Ohio) defaults on its bank
 * loans; the county court appoints a receiver (order, letter redirecting payer remittances to a lockbox, first
 * report with AR aging by payer, open AR by CPT and an equipment inventory, collections dashboard); the practice
 * files Chapter 7 in the Southern District of Ohio (CM/ECF docket report, Schedule A/B accounts receivable with its
 * CPT attachment, Schedule E/F, statement of financial affairs insider payments); the trustee employs a collection
 * agent (application, agent's worklist screen, CSV export with Excel serial dates, an X12 835 remittance and an 837P
 * replacement claim, a payer's timely-filing denial, a former billing manager's email and unbilled-charges sheet);
 * Medicare's contractor demands an overpayment and the United States files a proof of claim (demand letter, Form 410
 * text and its itemised attachment, trustee's objection); the claims register, the patient credit-balance schedule
 * and a patient's own proof of claim; the patient care ombudsman's report; the records custodian (patient letter, web
 * request form, box manifest, support chat, a patient's email, the HL7 DFT, JSON and C-CDA extracts it receives);
 * the asset sale of the patient list and equipment (APA schedules, data-room patient list summary by last procedure
 * and charge master extract, notice of sale and bid procedures, online auction catalog, report of sale); the
 * trustee's Form 2 cash record; a stipulation with a payer on held payments; and the local news story.
 * Built on real public layouts: Official Bankruptcy Forms 206A/B, 206E/F, 207 and 410 with the PACER "Case
 * 2:26-bk-… Doc 14 Filed … Page 4 of …" header stamp, the CM/ECF docket report and claims register, the trustee's
 * Form 2 (UST Handbook) cash record with uniform transaction codes, Ohio common pleas receivership orders, Medicare
 * contractor overpayment demand letters, X12 835/837P segments, HL7 v2 DFT^P03 FT1 segments, C-CDA procedure
 * entries, online equipment auction catalogs, and medical records custodian closure letters. The others are written
 * the way those pages read, with no single source.
 *
 * 367 labelled tokens over 44 shapes: 180 codes (125 of them the five known codes), 187 decoys, 62 of the decoys in
 * KNOWN_10K.
 */

// ── 1. Order appointing receiver, common pleas court, PDF text layer ──
const receiverOrder = lines({
  id: 's207-rcvorder',
  kind: 's207-common-pleas-order-appointing-receiver-text',
  before: 'IN THE COURT OF COMMON PLEAS, DELAWARE COUNTY, OHIO — CIVIL DIVISION',
  text: [
    'HEARTLAND MERIDIAN BANK, N.A., Plaintiff, v. RIDGELINE NERVE & PAIN INSTITUTE, INC., et al., Defendants.',
    'Case No. 25 CV H 09 0714     Judge Renata S. Kowalczyk     AGREED ORDER APPOINTING RECEIVER',
    '1. Corinne A. Baptiste, Stillwater Receivership Group, LLC, 4150 Tuller Road, Suite 200, Dublin, Ohio [43017],',
    'is appointed receiver of the collateral described in the Commercial Security Agreement securing Loan No.',
    '0047-[88041] and Loan No. 0047-[88264], including all accounts, health-care-insurance receivables and equipment',
    'located at [10380] Sawmill Parkway, Suite 310, Alder Run, Ohio [43021] (the "Premises").',
    '4. The Receiver shall post bond in the sum of $25,000.00 and shall not practice medicine or direct the clinical',
    'care of any patient; patient records remain subject to R.C. 3701.741 and 45 C.F.R. Part 164.',
    '7. Payors shall remit to the Receiver at P.O. Box [64712], Columbus, Ohio [43260]-4712 until further order.',
  ].join('\n'),
});

// ── 2. Receiver's letter to payers redirecting remittances ──
const payerLetter = lines({
  id: 's207-rcvletter',
  kind: 's207-receiver-remittance-redirect-letter-text',
  before: 'STILLWATER RECEIVERSHIP GROUP, LLC — October 9, 2025 — VIA EMAIL AND CERTIFIED MAIL',
  text: [
    'To: Provider Enrollment / Payment Integrity, Anthem Blue Cross and Blue Shield, P.O. Box 105187, Atlanta, GA [30348]',
    'Re: Ridgeline Nerve & Pain Institute, Inc. — TIN 31-4418207 — Group NPI 1487726650 — Our file RSG-[21418]',
    'By order of the Delaware County Court of Common Pleas (Case No. 25 CV H 09 0714) I was appointed receiver.',
    'Please update your remittance address for the above TIN to: Ridgeline Receivership, P.O. Box [64712],',
    'Columbus, OH [43260]-4712, and route EFTs to the receivership account ending 4471 (voided check enclosed).',
    'Pending appeals remain property of the receivership estate, in particular the open neurolysis claim',
    'billed with {64712} and {64714} for date of service 4/21/2025, for which your reference is APL-[63079].',
    'Direct questions to (614) 555-0187 and cite our ticket no. [64445] on all correspondence.',
  ].join('\n'),
});

// ── 3. Receiver's first report, Exhibit C: AR aging by payer (clearinghouse payer ids) ──
const agingByPayer = table({
  id: 's207-aging',
  kind: 's207-receiver-report-ar-aging-by-payer-grid',
  caption: "Receiver's First Report — Exhibit C: Accounts receivable aging as of 10/31/2025",
  headers: ['Payer', 'Payer ID', '0–30', '31–60', '61–90', '91–120', '120+', 'Total'],
  rows: [
    ['Medicare Part B (CGS J15)', '[15202]', '18,402.11', '9,118.40', '4,006.00', '2,210.55', '11,870.12', '45,607.18'],
    ['Anthem BCBS Ohio', '[00834]', '22,950.00', '14,212.60', '8,880.00', '12,400.00', '31,066.45', '89,509.05'],
    ['UnitedHealthcare', '[87726]', '9,412.50', '6,001.00', '3,300.00', '1,145.00', '7,909.38', '27,767.88'],
    ['Aetna', '[60054]', '4,120.00', '2,880.00', '0.00', '1,760.00', '2,215.00', '10,975.00'],
    ['Medical Mutual of Ohio', '[29076]', '6,775.25', '3,410.00', '2,090.00', '0.00', '4,118.90', '16,394.15'],
    ['Ohio BWC (MCO: CompManagement)', '[31132]', '0.00', '5,540.00', '0.00', '3,825.00', '9,950.00', '19,315.00'],
  ],
});

// ── 4. Receiver's first report, Exhibit D: open AR by CPT ──
const openByCpt = table({
  id: 's207-openbycpt',
  kind: 's207-receiver-report-open-ar-by-cpt-grid',
  caption: "Receiver's First Report — Exhibit D: Open claims by procedure code (billing system report AR-114)",
  headers: ['CPT', 'Description', 'Open claims', 'Billed', 'Expected', 'Note'],
  rows: [
    ['{64712}', 'Neuroplasty, sciatic nerve', '9', '$42,750.00', '$16,920.00', '3 in appeal'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '4', '$21,600.00', '$8,010.00', '2 in appeal'],
    ['{64632}', 'Destruction, plantar common digital nerve', '38', '$26,600.00', '$7,410.00', 'TPE review'],
    ['{64445}', 'Inj, sciatic nerve, single', '112', '$72,800.00', '$20,160.00', ''],
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', '61', '$47,580.00', '$14,030.00', 'drug billed J0585'],
    ['{64447}', 'Inj, femoral nerve, single', '27', '$16,740.00', '$4,590.00', ''],
    ['{64640}', 'Destruction, other peripheral nerve', '21', '$18,900.00', '$5,250.00', 'TPE review'],
    ['{76942}', 'US guidance for needle placement', '96', '$24,960.00', '$5,760.00', 'bundled w/ {64445}?'],
    ['{64450}', 'Inj, other peripheral nerve or branch', '44', '$19,800.00', '$5,060.00', ''],
    ['{64455}', 'Inj, plantar common digital nerve(s)', '31', '$6,820.00', '$1,705.00', 'MUE 1'],
    ['{20553}', 'Trigger point inj, 3+ muscles', '17', '$3,230.00', '$850.00', ''],
    ['{95886}', 'Needle EMG, complete, each extremity', '12', '$4,560.00', '$1,320.00', 'with {95910}-{95913}'],
    ['{99214}', 'Office visit, est., moderate', '203', '$48,720.00', '$19,285.00', ''],
  ],
});

// ── 5. Receiver's equipment inventory ──
const inventory = table({
  id: 's207-inventory',
  kind: 's207-receiver-equipment-inventory-grid',
  caption: "Receiver's First Report — Exhibit E: Inventory of equipment at the Premises (walk-through 10/14/2025)",
  headers: ['Tag', 'Description', 'Make / model', 'Serial no.', 'Room', 'Est. FMV'],
  rows: [
    ['RNP-0112', 'RF lesion generator, 4 probes', 'Stryker MultiGen 2', 'MG2-[19272]', 'Proc 1', '$9,500'],
    ['RNP-0113', 'Ultrasound, portable', 'Sonosite Edge II', '03WL4K', 'Proc 1', '$11,000'],
    ['RNP-0121', 'EMG/NCS system, 12 ch', 'Cadwell Sierra Summit', 'SS-[40877]', 'EMG', '$14,000'],
    ['RNP-0130', 'C-arm, mini', 'OEC 6800 MiniView', '[68205]', 'Proc 2', '$18,500'],
    ['RNP-0131', 'Nerve stimulator, peripheral block', 'B. Braun Stimuplex HNS 12', 'HNS12-0031877', 'Proc 2', '$650'],
    ['RNP-0144', 'Procedure table, fluoro', 'Oakworks CFPM300', '[30481]-A', 'Proc 2', '$3,200'],
  ],
});

// ── 6. CM/ECF docket report ──
const docket = table({
  id: 's207-docket',
  kind: 's207-cmecf-docket-report-grid',
  caption: 'U.S. Bankruptcy Court, Southern District of Ohio (Columbus) — Docket Report — Chapter 7 — Asset',
  headers: ['Filing Date', '#', 'Docket Text'],
  rows: [
    [
      '01/14/2026',
      '1',
      'Chapter 7 Voluntary Petition for Non-Individual. Fee Amount $338 Filed by Ridgeline Nerve & Pain Institute, Inc. (Receipt Number AOHSDC-27183640) Case no. 2:26-bk-[52227]',
    ],
    [
      '01/15/2026',
      '6',
      'Meeting of Creditors 341(a) meeting to be held on 2/19/2026 at 11:30 AM via Zoom. Trustee: Martin J. Okafor, 250 Civic Center Dr., Suite 500, Columbus, OH [43215]',
    ],
    [
      '02/03/2026',
      '24',
      'Application to Employ Cardinal Revenue Recovery, LLC as Collection Agent for the Trustee Filed by Trustee Martin J. Okafor (Attachments: # 1 Exhibit A Agreement # 2 Exhibit B Open AR by CPT)',
    ],
    [
      '02/20/2026',
      '41',
      'Adversary case 2:26-ap-[02039]. Complaint by Martin J. Okafor against Nolan P. Vasquez-Reid. (13 (Recovery of money/property - 548 fraudulent transfer))',
    ],
    [
      '02/24/2026',
      '47',
      'Motion to Sell Property Free and Clear of Liens under Section 363(f) (patient list and equipment). Hearing scheduled for 3/19/2026 at 10:00 AM at Courtroom C, 170 N. High St., Columbus, OH [43215].',
    ],
    [
      '05/11/2026',
      '96',
      'Objection to Claim Number 37 by Claimant United States of America (CMS). Objections due by 6/10/2026. Filed by Trustee Martin J. Okafor',
    ],
  ],
});

// ── 7. Schedule A/B, Part 3 accounts receivable and Part 11, text layer ──
const scheduleAB = lines({
  id: 's207-schedab',
  kind: 's207-form206ab-receivables-text',
  before: 'Official Form 206A/B — Schedule A/B: Assets — Real and Personal Property',
  text: [
    'Case 2:26-bk-[52227]   Doc 14   Filed 01/28/26   Entered 01/28/26 16:40:51   Desc Main Document   Page 4 of 31',
    'Part 3: Accounts receivable',
    '11a. 90 days old or less: 97,418.40 − doubtful or uncollectible accounts 41,906.12 = ........ $55,512.28',
    '11b. Over 90 days old: 112,101.39 − doubtful or uncollectible accounts 78,470.00 = ........ $33,631.39',
    'See Attachment 11 (health-care receivables by payer and CPT code; largest items {64712} and {64714} appeals).',
    'Part 11, 74. Causes of action against third parties: Anthem appeal APL-[63079] (lumbar plexus neurolysis, {64714});',
    'CGS J15 redetermination requests on {64632} and {64640} claims selected for targeted probe-and-educate review.',
  ].join('\n'),
});

// ── 8. Schedule A/B attachment 11: receivables by payer and CPT ──
const attach11 = table({
  id: 's207-attach11',
  kind: 's207-schedule-ab-attachment-receivables-detail-grid',
  caption: 'Attachment 11 — Health-care receivables (per billing system as of 01/13/2026)',
  headers: ['Payer', 'CPT', 'Mod', 'Claims', 'Gross AR', 'Net realizable'],
  rows: [
    ['Anthem BCBS', '{64712}', 'LT', '3', '$14,250.00', '$5,640.00'],
    ['Anthem BCBS', '{64714}', '', '2', '$10,800.00', '$4,005.00'],
    ['Medicare B', '{64632}', 'RT/LT', '38', '$26,600.00', '$3,705.00'],
    ['Medicare B', '{64612}', '', '22', '$17,160.00', '$5,060.00'],
    ['UHC', '{64445}', 'RT', '41', '$26,650.00', '$7,380.00'],
    ['Med Mutual', '{64445}', 'LT', '19', '$12,350.00', '$3,420.00'],
    ['Aetna', '{64612}', '', '7', '$5,460.00', '$1,610.00'],
    ['Ohio BWC', '{64712}', 'RT', '2', '$9,500.00', '$3,800.00'],
    ['Ohio BWC', '{64445}', 'RT', '5', '$3,250.00', '$1,310.00'],
    ['UHC', '{64714}', '', '1', '$5,400.00', '$1,950.00'],
    ['Medicare B', '{64640}', 'LT', '21', '$18,900.00', '$2,100.00'],
    ['Med Mutual', '{64632}', 'RT', '6', '$4,200.00', '$1,160.00'],
  ],
});

// ── 9. Schedule E/F, creditors who have nonpriority unsecured claims ──
const scheduleEF = table({
  id: 's207-schedef',
  kind: 's207-form206ef-nonpriority-creditors-grid',
  caption: 'Official Form 206E/F — Part 2: List All Creditors with NONPRIORITY Unsecured Claims',
  headers: ['No.', 'Creditor name and mailing address', 'Date incurred', 'Last 4 of acct', 'Amount of claim'],
  rows: [
    [
      '3.1',
      'AbbVie Inc. (Allergan), Dept. 7733, P.O. Box 7247, Philadelphia, PA [19170]-7733',
      '2025',
      '6120',
      '$38,940.00',
    ],
    ['3.2', 'Cardinal Health 411, Inc., 7000 Cardinal Place, Dublin, OH [43017]', '2025', '0891', '$12,417.66'],
    [
      '3.3',
      'Sawmill Commons Office Partners, LLC, 580 N. Fourth St., Columbus, OH [43215]',
      'Oct 2025',
      '0310',
      '$64,800.00',
    ],
    ['3.4', 'Cadwell Industries, Inc., 909 N. Kellogg St., Kennewick, WA [99336]', '2024', '4412', '$6,210.00'],
    [
      '3.5',
      'Keystone Anesthesia Partners, PLLC, 1401 Polaris Pkwy, Columbus, OH [43240]',
      '2025',
      '7781',
      '$21,660.00',
    ],
    ['3.6', 'Evelyn R. Tamsin, 41 Juniper Ct., Sunbury, OH [43074] (patient credit balance)', '2025', '', '$1,140.00'],
    [
      '3.7',
      'Modern Medical Billing Supply, 2206 Kalamazoo Ave SE, Grand Rapids, MI [49507]',
      '2025',
      '2231',
      '$884.15',
    ],
  ],
});

// ── 10. Statement of financial affairs: payments to insiders (check numbers) ──
const sofa = table({
  id: 's207-sofa',
  kind: 's207-form207-insider-payments-grid',
  caption: 'Official Form 207 — Part 2, 4. Payments or other transfers of property made within 1 year to insiders',
  headers: ['Insider', 'Dates', 'Total amount', 'Reasons for payment or transfer'],
  rows: [
    [
      'Nolan P. Vasquez-Reid, MD (president)',
      'Ck [10451] 03/31/25; Ck [10529] 06/30/25',
      '$96,000.00',
      'Guaranteed payments',
    ],
    [
      'Nolan P. Vasquez-Reid, MD (president)',
      'Ck [10584] 08/29/25',
      '$140,000.00',
      'Distribution (see Adv. 26-[02039])',
    ],
    ['Marisol L. Vasquez-Reid (spouse)', 'Ck [10652] 09/12/25', '$18,500.00', 'Vehicle lease buyout'],
  ],
});

// ── 11. Application to employ collection agent, pleading text ──
const employApp = lines({
  id: 's207-employapp',
  kind: 's207-trustee-application-employ-collector-text',
  before: 'APPLICATION TO EMPLOY CARDINAL REVENUE RECOVERY, LLC AS COLLECTION AGENT FOR THE TRUSTEE',
  text: [
    "4. The Debtor's billing records reflect approximately 1,184 open claims with a gross balance of $209,519.79.",
    '5. The largest open balances relate to open neurolysis of the sciatic nerve (CPT {64712}) and of the lumbar',
    'plexus (CPT {64714}), facial nerve chemodenervation ({64612}) and ultrasound-guided sciatic blocks ({64445}',
    'with {76942}). Many claims for {64632} are held by Medicare pending targeted probe-and-educate review.',
    '7. Cardinal, 8825 Lyra Drive, Suite 140, Columbus, Ohio [43240], will receive 22% of gross collections,',
    'reduced to 15% on claims already in appeal as of the petition date. Cardinal client no. [57254].',
  ].join('\n'),
});

// ── 12. Collection agent's worklist screen ──
const worklist = table({
  id: 's207-worklist',
  kind: 's207-collector-worklist-screen-grid',
  caption: 'Cardinal RevTrack — Client: RIDGELINE (CH7 TRUSTEE) — Work queue: Appeals & Denials — 14 items',
  headers: ['Acct #', 'DOS', 'CPT', 'Payer', 'Balance', 'Last action', 'Age'],
  rows: [
    ['[20356]', '08/14/2025', '{64712}-LT', 'Anthem', '$5,150.00', 'Appeal lvl 2 sent', '161'],
    ['[20429]', '09/22/2025', '{64714}', 'Anthem', '$5,400.00', 'Records req. from custodian', '122'],
    ['[19705]', '06/05/2025', '{64632}-RT', 'Medicare', '$700.00', 'TPE hold', '231'],
    ['[20144]', '07/21/2025', '{64445}-RT', 'UHC', '$650.00', 'CO-16 corrected claim', '185'],
    ['[20249]', '09/02/2025', '{64612}', 'Aetna', '$780.00', 'CO-197 no auth — retro auth req', '139'],
    ['[64614]', '09/11/2025', '{64447}', 'Med Mutual', '$620.00', 'Paid $0 — CO-97 w/ {64445}', '130'],
    ['[20469]', '09/30/2025', '{64712}-RT', 'Ohio BWC', '$4,750.00', 'C-9 approved, rebill', '111'],
    ['[20503]', '10/02/2025', '{64445}-LT', 'Med Mutual', '$650.00', 'CO-4 mod mismatch, rebill', '109'],
    ['[20513]', '10/07/2025', '{64612}', 'Medicare', '$780.00', 'Redetermination filed 01/22', '104'],
    ['[20520]', '10/09/2025', '{64632}-LT', 'UHC', '$700.00', 'Pending — records request #[31706]', '102'],
    ['[20548]', '10/16/2025', '{64714}', 'Aetna', '$5,400.00', 'Auth on file, not billed', '95'],
  ],
});

// ── 13. Collection agent's CSV export with Excel serial dates ──
const collectorCsv = lines({
  id: 's207-csv',
  kind: 's207-collector-ar-export-csv-text',
  before: 'ridgeline_open_ar_2026-02-10.csv (opened in a browser tab)',
  text: [
    'acct,dos_serial,cpt,mod,units,payer_id,charge,balance,status',
    '[20356],[45883],{64712},LT,1,[00834],5150.00,5150.00,APPEAL2',
    '[20429],[45922],{64714},,1,[00834],5400.00,5400.00,REC_REQ',
    '[19705],[45813],{64632},RT,1,[15202],700.00,700.00,TPE_HOLD',
    '[19706],[45813],{64632},LT,1,[15202],700.00,700.00,TPE_HOLD',
    '[20144],[45859],{64445},RT,1,[87726],650.00,650.00,CORRECTED',
    '[20249],[45902],{64612},,1,[60054],780.00,780.00,RETRO_AUTH',
    '[18931],[45792],{64712},RT,1,[29076],[11850].00,[11850].00,DENIED_CO50',
  ].join('\n'),
});

// ── 14. X12 835 remittance for a collected claim ──
const era835 = lines({
  id: 's207-era835',
  kind: 's207-x12-835-remittance-raw-text',
  before: 'Cardinal RevTrack › ERA viewer › raw file ERA_20260226_0007.835',
  text: [
    'BPR*I*2118.54*C*ACH*CCP*01*041000124*DA*8817730044*1311369141**01*044000037*DA*0006607712*20260226~',
    'TRN*1*6114098812*1311369141~',
    'N1*PE*RIDGELINE RECEIVERSHIP*XX*1487726650~N3*PO BOX [64712]~N4*COLUMBUS*OH*[43260]~',
    'CLP*[20356]*1*5150*1870.44*0*12*252281E077135*11*1~NM1*QC*1*TAMSIN*EVELYN*R***MI*XJP881204417~',
    'SVC*HC:{64712}:LT*4250*1870.44**1~DTM*472*20250814~CAS*CO*45*2379.56~REF*6R*[44150]~',
    'SVC*HC:{64727}*900*0**1~CAS*CO*97*900~REF*6R*[44151]~LQ*HE*M15~',
    'CLP*[20161]*1*650*248.10*0*12*252013E550221*11*1~SVC*HC:{64445}:RT*650*248.10**1~REF*6R*[71339]~',
  ].join('\n'),
});

// ── 15. X12 837P replacement claim ──
const claim837 = lines({
  id: 's207-837p',
  kind: 's207-x12-837p-replacement-claim-raw-text',
  before: 'Cardinal RevTrack › Claim 20249 › Outbound 837P (frequency 7 — replacement)',
  text: [
    'NM1*85*2*RIDGELINE NERVE AND PAIN INSTITUTE*****XX*1487726650~N3*[10380] SAWMILL PKWY STE 310~',
    'N4*ALDER RUN*OH*430219112~REF*EI*314418207~',
    'CLM*[20249]*1560***11:B:7*Y*A*Y*Y~REF*F8*252454E611902~REF*G1*AUTH[17513]R~',
    'HI*ABK:G513*ABF:G245~',
    'LX*1~SV1*HC:{64612}*780*UN*1***1~DTP*472*D8*20250902~',
    'LX*2~SV1*HC:{95874}*220*UN*1***1~DTP*472*D8*20250902~',
    'LX*3~SV1*HC:J0585*560*UN*100***1~',
  ].join('\n'),
});

// ── 16. Payer timely-filing denial letter ──
const tfDenial = lines({
  id: 's207-tfdenial',
  kind: 's207-payer-timely-filing-denial-letter-text',
  before: 'Anthem Blue Cross and Blue Shield — Provider Claims Correspondence — February 27, 2026',
  text: [
    'Cardinal Revenue Recovery, LLC, agent for Martin J. Okafor, Trustee, 8825 Lyra Dr Ste 140, Columbus OH [43240]',
    'Patient: Gordon Pelletier   Member ID: XJP552017390   Claim #: 2025265AA1147   Date of service: 09/22/2025',
    'Service: open neuroplasty, lumbar plexus (CPT {64714}) billed $5,400.00; assistant surgeon ({64714}-80) $1,080.00.',
    'We denied this service because it was received after the 180-day filing limit (CARC 29). A bankruptcy',
    'filing, receivership or change of billing agent does not extend the limit. Reconsideration ref. [38127].',
    'Anthem, Provider Appeals, P.O. Box 105568, Atlanta, GA [30348]-5568.',
  ].join('\n'),
});

// ── 17. Medicare contractor overpayment demand letter ──
const macDemand = lines({
  id: 's207-macdemand',
  kind: 's207-mac-overpayment-demand-letter-text',
  before: 'CGS Administrators, LLC — Jurisdiction 15 Part B — Overpayment Recovery Unit',
  text: [
    'RIDGELINE NERVE & PAIN INSTITUTE INC   PTAN 0412887   NPI 1487726650   Demand date: 12/04/2025',
    'Overpayment account: 2025-[23809]-B   Principal: $52,406.91   Interest rate: 11.375% from day 31',
    'Basis: post-payment targeted probe-and-educate review, round 3, of claims for CPT {64632} and {64640};',
    'documentation did not support destruction by neurolytic agent (error rate 61%). Lines for {64632} with',
    'modifier 50 were also denied as the code is reported per nerve with RT/LT. Lines for {64455} billed on the',
    'same date as {64632} for the same nerve were denied as included in the destruction service.',
    'Send payment to CGS J15 Part B, Overpayment Recovery, P.O. Box [20018], Nashville, TN [37202]-0018.',
    'If you filed bankruptcy, send a copy of the filing to the address above; collection will be referred to CMS.',
  ].join('\n'),
});

// ── 18. Proof of claim, Official Form 410, by the United States ──
const poc410 = lines({
  id: 's207-poc410',
  kind: 's207-form410-proof-of-claim-text',
  before: 'Official Form 410 — Proof of Claim',
  text: [
    'Case 2:26-bk-[52227]   Claim 37-1   Filed 03/02/26   Desc Main Document   Page 1 of 6',
    '1. Who is the current creditor? United States of America, on behalf of the Centers for Medicare & Medicaid Services',
    "3. Where should notices be sent? U.S. Attorney's Office, 303 Marconi Blvd., Suite 200, Columbus, OH [43215]",
    '7. How much is the claim? $52,406.91   Does this amount include interest? Yes (see attachment)',
    '8. What is the basis of the claim? Medicare Part B overpayment, CGS account 2025-[23809]-B (CPT {64632}, {64640})',
    '10. Is this claim based on a lease? No   11. Is this claim subject to a right of setoff? Yes — recoupment',
  ].join('\n'),
});

// ── 19. Proof of claim attachment: itemised overpayment ──
const pocAttach = table({
  id: 's207-pocattach',
  kind: 's207-proof-of-claim-attachment-overpayment-grid',
  caption: 'Attachment to Claim 37 — Summary of overpaid claim lines (sample of 24)',
  headers: ['ICN', 'DOS', 'HCPCS', 'Mod', 'Paid', 'Allowed on review', 'Overpaid'],
  rows: [
    ['2225156103110', '06/05/2025', '{64632}', 'RT', '$212.44', '$0.00', '$212.44'],
    ['2225156103110', '06/05/2025', '{64632}', 'LT', '$106.22', '$0.00', '$106.22'],
    ['2225171088402', '06/20/2025', '{64640}', '', '$248.90', '$0.00', '$248.90'],
    ['2225171088402', '06/20/2025', '{76942}', '', '$31.18', '$0.00', '$31.18'],
    ['2225203004417', '07/22/2025', '{64632}', '50', '$318.66', '$212.44', '$106.22'],
    ['2225240071165', '08/28/2025', '{99214}', '25', '$118.40', '$0.00', '$118.40'],
    ['2225240071165', '08/28/2025', '{64640}', 'LT', '$248.90', '$0.00', '$248.90'],
    ['2225261009734', '09/18/2025', '{64632}', 'RT', '$212.44', '$0.00', '$212.44'],
    ['2225261009734', '09/18/2025', '{64455}', 'RT', '$61.07', '$0.00', '$61.07'],
    ['2225274115820', '10/01/2025', '{64445}', 'LT', '$96.50', '$96.50', '$0.00'],
    ['2225274115820', '10/01/2025', '{64612}', '', '$141.36', '$141.36', '$0.00'],
  ],
});

// ── 20. Trustee's objection to the claim ──
const objection = lines({
  id: 's207-objection',
  kind: 's207-trustee-objection-to-claim-text',
  before: "TRUSTEE'S OBJECTION TO CLAIM NO. 37 OF THE UNITED STATES OF AMERICA (CMS)",
  text: [
    'Case 2:26-bk-[52227]   Doc 96   Filed 05/11/26   Entered 05/11/26 09:14:33   Desc Main Document   Page 2 of 7',
    '6. The Trustee does not dispute the portion of Claim 37 arising from the {64632} lines, for which the',
    'operative notes located by the records custodian do not document a neurolytic agent.',
    '7. The Trustee objects to $9,214.00 arising from sixteen claims for {64640}, each of which is supported by',
    'a procedure note naming the nerve and agent, and to $1,894.20 of interest accrued after the petition date.',
    '8. Claim 37 should be allowed as a general unsecured claim of $41,298.71; recoupment against post-petition',
    'remittances for CPT {64445} and {64612} services is not available because those are separate transactions.',
  ].join('\n'),
});

// ── 21. Claims register ──
const claimsRegister = table({
  id: 's207-claimsreg',
  kind: 's207-cmecf-claims-register-grid',
  caption: 'Claims Register — 2:26-bk-52227 Ridgeline Nerve & Pain Institute, Inc. — Judge: John E. Hoffman, Jr.',
  headers: ['Claim No.', 'Creditor', 'Filed', 'Amount claimed', 'Priority', 'Remarks'],
  rows: [
    [
      '3',
      '(7729612) Summit Medical Capital, LLC, 1200 Liberty Ave, Pittsburgh, PA [15222]',
      '02/10/2026',
      '$188,402.17',
      'Secured',
      'Equipment lease',
    ],
    [
      '9',
      '(7731050) Evelyn R. Tamsin, 41 Juniper Ct, Sunbury, OH [43074]',
      '02/17/2026',
      '$1,140.00',
      '507(a)(7)',
      'Prepaid {64612} x2 not rendered',
    ],
    [
      '12',
      '(7731188) Ohio Department of Taxation, P.O. Box 530, Columbus, OH [43216]-0530',
      '02/23/2026',
      '$4,118.00',
      '507(a)(8)',
      '',
    ],
    [
      '37',
      '(7733402) United States of America (CMS)',
      '03/02/2026',
      '$52,406.91',
      'Unsecured',
      '(37-1) Medicare overpayment; CPT {64632}/{64640}',
    ],
    [
      '41',
      '(7733950) Rosalind Achebe-Marsh, 902 Bluegrass Dr, Westerville, OH [43082]',
      '03/09/2026',
      '$650.00',
      '507(a)(7)',
      '',
    ],
    [
      '44',
      '(7734107) Heartland Meridian Bank, N.A., 55 E. Gay St., Columbus, OH [43215]',
      '03/12/2026',
      '$1,402,660.12',
      'Secured',
      'Loans 0047-[88041], 0047-[88264]',
    ],
  ],
});

// ── 22. Trustee's schedule of patient credit balances ──
const creditBalances = table({
  id: 's207-credits',
  kind: 's207-trustee-patient-credit-balance-schedule-grid',
  caption: 'Exhibit A to Motion to Approve Treatment of Patient Credit Balances (11 U.S.C. § 507(a)(7))',
  headers: ['Patient acct', 'Initials', 'DOS', 'CPT', 'Paid by patient', 'Insurance paid', 'Credit'],
  rows: [
    ['[17021]', 'E.R.T.', 'prepaid 10/2025', '{64612}', '$1,140.00', '$0.00', '$1,140.00'],
    ['[18024]', 'R.A.M.', '05/07/2025', '{64445}', '$650.00', '$248.10', '$248.10'],
    ['[18129]', 'D.K.', '04/21/2025', '{64712}', '$1,500.00', '$3,210.00', '$412.50'],
    ['[18277]', 'L.O.', '02/14/2025', '{64632}', '$120.00', '$212.44', '$57.49'],
    ['[64612]', 'S.B.', '06/13/2025', '{64612}', '$780.00', '$612.00', '$168.00'],
  ],
});

// ── 23. A patient's own proof of claim, text layer ──
const patientPoc = lines({
  id: 's207-patientpoc',
  kind: 's207-patient-proof-of-claim-handfilled-text',
  before: 'Official Form 410 — Proof of Claim — Claim 9-1 (filed by creditor, handwritten entries transcribed)',
  text: [
    '1. Who is the current creditor? Evelyn R. Tamsin',
    '3. Where should notices be sent? 41 Juniper Ct., Sunbury, OH [43074]   Phone: 740-555-0129',
    '7. How much is the claim? $1,140.00',
    '8. What is the basis of the claim? I prepaid for two botox face injections ({64612}) scheduled for',
    'Nov 2025 and Feb 2026. The office closed and they were never done. Receipt no. [30948] attached.',
    '12. Is all or part of the claim entitled to priority? Yes — 11 U.S.C. § 507(a)(7), up to $3,800 of deposits',
  ].join('\n'),
});

// ── 24. Patient care ombudsman's report ──
const pcoReport = lines({
  id: 's207-pco',
  kind: 's207-patient-care-ombudsman-report-text',
  before: 'FIRST REPORT OF PATIENT CARE OMBUDSMAN PURSUANT TO 11 U.S.C. § 333(b)(2)',
  text: [
    'Case 2:26-bk-[52227]   Doc 58   Filed 03/06/26   Entered 03/06/26 12:02:45   Desc Main Document   Page 3 of 9',
    '5. At closing, 23 patients were on a 12-week chemodenervation schedule ({64612}, {64616}); 19 have been seen',
    'by Scioto Valley Spine & Pain and 4 could not be reached by telephone or letter.',
    '6. Nine patients had open neurolysis ({64712} or {64714}) booked for November and December 2025. The',
    'ombudsman confirmed each received a referral letter and copies of imaging and the pre-operative H&P.',
    '8. Records are held by Vaultline Medical Records Custody, LLC, P.O. Box [64445], Dublin, OH [43016], which',
    'reports 214 requests fulfilled and a median turnaround of 6 business days (request log through no. [61422]).',
  ].join('\n'),
});

// ── 25. Records custodian's letter to patients ──
const custodianLetter = lines({
  id: 's207-custletter',
  kind: 's207-records-custodian-patient-letter-text',
  before: 'VAULTLINE MEDICAL RECORDS CUSTODY, LLC — Notice to patients of Ridgeline Nerve & Pain Institute',
  text: [
    'Ridgeline Nerve & Pain Institute, [10380] Sawmill Parkway, Alder Run, OH [43021], closed on October 31, 2025.',
    'Under an order of the U.S. Bankruptcy Court (Case No. 2:26-bk-[52227]) your medical records have been',
    'transferred to Vaultline, which will keep them for at least six years after your last visit.',
    'To request a copy: vaultline.example/ridgeline, or write to P.O. Box [64445], Dublin, OH [43016]-0445.',
    'Your letter ID: [53117]. Copies sent to another doctor for continuing care are free of charge.',
  ].join('\n'),
});

// ── 26. Records custodian's web request form (filled) ──
const requestForm = lines({
  id: 's207-reqform',
  kind: 's207-records-request-web-form-text',
  before: 'vaultline.example/ridgeline — Request your records — Step 3 of 3: Review and submit',
  text: [
    'Patient name: Gordon A. Pelletier        Date of birth: 03/18/1961',
    'Mailing address: 88 Birch Hollow Ln, Lewis Center, OH   ZIP code: [43035]',
    'Letter ID (from your notice): [53122]',
    'Records requested: [x] Operative / procedure reports  [x] Itemized billing ledger  [ ] Imaging (CD)',
    'Reason (optional): insurance appeal — Anthem denied my surgery 9/22/25, code {64714}, need op report',
    'Your request number is [64632]. We will email you when your records are ready.',
  ].join('\n'),
});

// ── 27. Records custodian's box manifest ──
const manifest = table({
  id: 's207-manifest',
  kind: 's207-records-custodian-box-manifest-grid',
  caption: 'Vaultline — Transfer manifest RNP-01 — picked up 11/04/2025 from Alder Run, OH',
  headers: ['Box ID', 'Contents', 'Date range', 'Charts', 'Pallet', 'Shelf'],
  rows: [
    ['[27018]', 'Active charts A–F', '2019–2025', '412', 'P1', 'D-14-3'],
    ['[27162]', 'Active charts G–M', '2019–2025', '398', 'P1', 'D-14-4'],
    ['[64612]', 'Procedure logs, fluoro logs', '2017–2025', 'n/a', 'P2', 'D-15-1'],
    ['[27308]', 'Billing: EOBs, ERAs printed, appeal files', '2022–2025', 'n/a', 'P2', 'D-15-2'],
    ['[27470]', 'Controlled substance / botulinum toxin logs', '2020–2025', 'n/a', 'P2', 'D-15-3'],
  ],
});

// ── 28. Support chat with the records custodian ──
const chat = lines({
  id: 's207-chat',
  kind: 's207-records-custodian-support-chat-text',
  before: 'Vaultline Support — Today 2:41 PM — Agent: Tomas',
  text: [
    'Chat #[48374] started · Rosalind: hi, I need my records from Ridgeline for the botox injections for my face spasm, code {64612}',
    'Rosalind: from 2023 to 2025 please. my new doctor needs them before my next appointment',
    'Agent Tomas: Happy to help! Can you confirm the ZIP code on your account?',
    'Rosalind: [43082]',
    'Agent Tomas: Thanks. I see request VLR-[30951] from 3/2. It was sent to Scioto Valley Spine & Pain on 3/6.',
    'Agent Tomas: Their fax was (614) 555-0190, ref [48377]. Anything else I can help with?',
  ].join('\n'),
});

// ── 29. A patient's email to the trustee ──
const patientEmail = lines({
  id: 's207-ptemail',
  kind: 's207-patient-email-to-trustee-text',
  before: 'From: Gordon Pelletier <gpelletier61@example.net> To: Martin Okafor, Trustee Subject: my surgery bill',
  text: [
    'Mr. Okafor, I had the nerve release on 9/22/25 (the Anthem EOB says {64714}, and the assistant line {64714}-80).',
    'Anthem now says the claim was filed too late and the collection company says I may get a bill.',
    'I paid my $1,500 deductible at check-in (receipt [29456]). Can they bill me for a late filing? My',
    'address is 88 Birch Hollow Ln, Lewis Center OH [43035]. Thank you, Gordon',
  ].join('\n'),
});

// ── 30. HL7 v2 DFT^P03 extract received by the custodian ──
const hl7 = lines({
  id: 's207-hl7',
  kind: 's207-hl7-dft-charge-extract-text',
  before: 'Vaultline intake › RNP_charges_extract_01.hl7 (viewer)',
  text: [
    'MSH|^~\\&|MEDPM|RIDGELINE|VLINTAKE|VAULTLINE|20260204101500||DFT^P03|[44829]|P|2.3',
    'PID|1||[17021]^^^RNP||TAMSIN^EVELYN^R||19580412|F|||41 JUNIPER CT^^SUNBURY^OH^[43074]',
    'FT1|1|||20250814|20250814|CG|{64712}^NEUROPLASTY SCIATIC NERVE^CPT||1|||||||||G57.01|||LT',
    'FT1|2|||20250814|20250814|CG|{64727}^INTERNAL NEUROLYSIS W/ MICROSCOPE^CPT||1|||||||||G57.01',
    'FT1|3|||20250611|20250611|CG|{64445}^INJ ANES SCIATIC NRV SINGLE^CPT||1|||||||||M54.31|||RT',
    'FT1|4|||20250611|20250611|CG|{76942}^US GUIDE NEEDLE PLACEMENT^CPT||1|||||||||M54.31',
    'FT1|5|||20250305|20250305|CG|{64612}^CHEMODENERV FACIAL NRV UNILAT^CPT||1|||||||||G51.3',
    'FT1|6|||20250305|20250305|CG|{95874}^NEEDLE EMG GUIDE W CHEMODENERV^CPT||1|||||||||G51.3',
    'FT1|7|||20250305|20250305|CG|J0585^ONABOTULINUMTOXINA 1 UNIT^HCPCS||40|||||||||G51.3',
    'FT1|8|||20241119|20241119|CG|{64632}^DESTR NEUROLYTIC PLANTAR DIG NRV^CPT||1|||||||||G57.61|||LT',
  ].join('\n'),
});

// ── 31. JSON extract of encounters received by the custodian ──
const jsonExtract = lines({
  id: 's207-json',
  kind: 's207-ehr-encounter-json-extract-text',
  before: 'Vaultline intake › encounters_page_14.json',
  text: [
    '{ "encounterId": "[71613]", "patientAcct": "[18129]", "date": "2025-04-21", "provider": "VASQUEZ-REID",',
    '  "procedures": [ { "code": "{64712}", "system": "CPT", "modifiers": ["RT"], "units": 1 },',
    '                  { "code": "{64714}", "system": "CPT", "modifiers": [], "units": 1 } ],',
    '  "location": { "name": "Ridgeline ASC", "zip": "[43021]" } },',
    '{ "encounterId": "[71717]", "patientAcct": "[18277]", "date": "2025-02-14",',
    '  "procedures": [ { "code": "{64632}", "system": "CPT", "modifiers": ["RT"], "units": 2 } ] },',
    '{ "encounterId": "[71802]", "patientAcct": "[19044]", "date": "2025-03-05",',
    '  "procedures": [ { "code": "{64612}", "system": "CPT", "modifiers": [] },',
    '                  { "code": "{95874}", "system": "CPT", "modifiers": [] } ] }',
  ].join('\n'),
});

// ── 32. C-CDA procedure section fragment ──
const ccda = lines({
  id: 's207-ccda',
  kind: 's207-ccda-procedure-entry-xml-text',
  before: 'Vaultline viewer › CCD_PELLETIER_G.xml › Procedures section (source view)',
  text: [
    '<procedure classCode="PROC" moodCode="EVN"><id root="2.16.840.1.113883.3.7781" extension="[58333]"/>',
    '  <code code="{64714}" codeSystem="2.16.840.1.113883.6.12" displayName="Neuroplasty; lumbar plexus"/>',
    '  <effectiveTime value="20250922"/><targetSiteCode code="7832008" displayName="Lumbar plexus"/>',
    '  <performer><addr><streetAddressLine>[10380] Sawmill Pkwy Ste 310</streetAddressLine>',
    '  <postalCode>[43021]</postalCode></addr></performer></procedure>',
  ].join('\n'),
});

// ── 33. Asset purchase agreement schedules, text layer ──
const apa = lines({
  id: 's207-apa',
  kind: 's207-asset-purchase-agreement-schedules-text',
  before: 'ASSET PURCHASE AGREEMENT — Schedule 1.1(a) Purchased Assets; Schedule 1.2 Excluded Assets',
  text: [
    'Buyer: Scioto Valley Spine & Pain, LLC, 3555 Olentangy River Road, Columbus, Ohio [43214]',
    '1.1(a)(i) The Patient List: names, contact data, last visit date and last procedure code of approximately',
    '6,212 patients (e.g., recall dates for {64612} every 12 weeks and for repeat {64445} blocks), transferred',
    'only as permitted by 45 C.F.R. § 164.501 and the Sale Order; no clinical records other than as the',
    "Records Custodian releases at a patient's direction.",
    '1.1(a)(ii) Equipment listed on Schedule 1.1(b) (tags RNP-0112 through RNP-0144).',
    '1.2 Excluded Assets: accounts receivable, causes of action (incl. Adv. No. 26-[02039]), cash, and the',
    "Debtor's Medicare enrollment (PTAN 0412887). Purchase price: $310,000; deposit $31,000.",
  ].join('\n'),
});

// ── 34. Patient list summary by last procedure (data room) ──
const patientList = table({
  id: 's207-ptlist',
  kind: 's207-patient-list-summary-by-last-procedure-grid',
  caption: 'Data room 4.2 — Patient list summary (de-identified) by last procedure, as of 10/31/2025',
  headers: ['Last procedure (CPT)', 'Description', 'Patients', 'Seen in last 12 mo', 'Recall due by 3/31/26'],
  rows: [
    ['{64612}', 'Chemodenervation, facial nerve, unilateral', '188', '171', '142'],
    ['{64616}', 'Chemodenervation, neck muscles', '96', '88', '71'],
    ['{64445}', 'Inj, sciatic nerve, single', '604', '377', '—'],
    ['{64447}', 'Inj, femoral nerve, single', '212', '130', '—'],
    ['{64632}', 'Destruction, plantar common digital nerve', '341', '204', '—'],
    ['{64712}', 'Neuroplasty, sciatic nerve', '77', '31', 'post-op f/u 12'],
    ['{64714}', 'Neuroplasty, lumbar plexus', '29', '14', 'post-op f/u 5'],
    ['{64624}', 'Destruction, genicular nerve branches', '133', '96', '—'],
    ['{64450}', 'Inj, other peripheral nerve or branch', '258', '161', '—'],
    ['{64455}', 'Inj, plantar common digital nerve(s)', '117', '70', '—'],
    ['{64405}', 'Inj, greater occipital nerve', '84', '59', '—'],
    ['{95886}', 'Needle EMG, complete, each extremity', '301', '122', '—'],
  ],
});

// ── 35. Data room charge master extract ──
const chargeMaster = table({
  id: 's207-cdm',
  kind: 's207-data-room-charge-master-extract-grid',
  caption: 'Data room 3.1 — Charge description master (procedures), effective 01/01/2025 — 18 of 212 lines',
  headers: ['Charge code', 'CPT/HCPCS', 'Description', 'Gross charge', '2025 MPFS (OH, non-fac)', '2024 units'],
  rows: [
    ['RNP-101', '{99204}', 'New pt visit, moderate MDM', '$365.00', '$161.81', '918'],
    ['RNP-102', '{99214}', 'Est pt visit, moderate MDM', '$240.00', '$125.64', '5,102'],
    ['RNP-210', '{64445}', 'Inj, sciatic nerve, single', '$650.00', '$191.02', '1,288'],
    ['RNP-211', '{64446}', 'Inj, sciatic nerve, continuous infusion', '$1,050.00', 'fac only', '14'],
    ['RNP-212', '{64447}', 'Inj, femoral nerve, single', '$620.00', '$175.96', '402'],
    ['RNP-213', '{64448}', 'Inj, femoral nerve, continuous infusion', '$980.00', 'fac only', '9'],
    ['RNP-214', '{64450}', 'Inj, other peripheral nerve or branch', '$450.00', '$118.70', '611'],
    ['RNP-215', '{64455}', 'Inj, plantar common digital nerve(s)', '$220.00', '$61.07', '288'],
    ['RNP-230', '{64612}', 'Chemodenervation, facial nerve, unilateral', '$780.00', '$141.36', '1,704'],
    ['RNP-231', '{64616}', 'Chemodenervation, neck muscles, unilateral', '$820.00', '$160.43', '377'],
    ['RNP-232', '{64615}', 'Chemodenervation for chronic migraine', '$840.00', '$155.20', '126'],
    ['RNP-250', '{64632}', 'Destruction, plantar common digital nerve', '$700.00', '$212.44', '455'],
    ['RNP-251', '{64640}', 'Destruction, other peripheral nerve or branch', '$900.00', '$248.90', '214'],
    ['RNP-252', '{64624}', 'Destruction, genicular nerve branches incl imaging', '$1,650.00', '$402.17', '168'],
    ['RNP-270', '{64712}', 'Neuroplasty, major peripheral nerve; sciatic', '$4,250.00', 'fac only', '61'],
    ['RNP-271', '{64714}', 'Neuroplasty; lumbar plexus', '$5,400.00', 'fac only', '22'],
    ['RNP-272', '{64727}', 'Internal neurolysis w/ operating microscope (add-on)', '$900.00', 'fac only', '19'],
    ['RNP-280', '{76942}', 'US guidance, needle placement', '$300.00', '$52.35', '1,510'],
  ],
});

// ── 36. Bid procedures / notice of sale ──
const saleNotice = lines({
  id: 's207-salenotice',
  kind: 's207-notice-of-sale-bid-procedures-text',
  before: 'NOTICE OF SALE OF PATIENT LIST AND EQUIPMENT FREE AND CLEAR OF LIENS, BID DEADLINE AND SALE HEARING',
  text: [
    'Case 2:26-bk-[52227]   Doc 48   Filed 02/24/26   Entered 02/24/26 17:05:12   Desc Main Document   Page 1 of 4',
    'Stalking horse: Scioto Valley Spine & Pain, LLC, $310,000. Overbids: $325,000 minimum, $5,000 increments.',
    'Bid deadline: March 16, 2026 at 5:00 p.m. (ET), delivered to the Trustee, 250 Civic Center Drive, Suite 500,',
    'Columbus, Ohio [43215]. Equipment not purchased by the winning bidder will be sold at online auction',
    '(Keller & Bright Auction Co., sale no. [26279]).',
    'Sale hearing: March 19, 2026 at 10:00 a.m., Courtroom C, 170 North High Street, Columbus, Ohio [43215].',
  ].join('\n'),
});

// ── 37. Online auction catalog (search results page) ──
const auction = lines({
  id: 's207-auction',
  kind: 's207-online-equipment-auction-catalog-text',
  before: 'Keller & Bright Online — Sale [26279] · Medical Practice Equipment — U.S. Bankruptcy Court Order — 4 lots',
  text: [
    'Lot 12 · Stryker MultiGen 2 RF lesion generator w/ 4 probes · Item ID [64632] · Current bid $8,250 (14 bids)',
    'Lot 13 · Sonosite Edge II portable ultrasound, 2 transducers · Item ID [64633] · Current bid $6,900 (9 bids)',
    'Lot 14 · Cadwell Sierra Summit 12-ch EMG/NCS · Item ID [64634] · Current bid $5,100 (7 bids)',
    'Lot 15 · OEC 6800 MiniView mini C-arm · Item ID [64635] · Current bid $12,750 (11 bids)',
    "Pickup: [10380] Sawmill Pkwy, Alder Run, OH [43021] · Mar 30–31 by appointment · 15% buyer's premium",
  ].join('\n'),
});

// ── 38. Trustee's report of sale ──
const reportOfSale = lines({
  id: 's207-reportsale',
  kind: 's207-trustee-report-of-sale-text',
  before: "TRUSTEE'S REPORT OF SALE (Fed. R. Bankr. P. 6004(f)(1))",
  text: [
    'Patient list and equipment Lots 1–11 sold to Scioto Valley Spine & Pain, LLC for $335,000 (Doc 71).',
    "Lots 12–15 sold at online auction, sale no. [26279], closed 03/27/2026; gross $34,600; buyer's premium",
    "retained by auctioneer per order (Doc 52). Auctioneer's settlement invoice no. [64714]; net proceeds",
    '$31,140.00 received by wire 04/02/2026 (Fed ref 20260402B1QGC07C003118).',
    'Lot 15 purchaser: bidder [12761] (Marietta Pain & Spine, Marietta, OH [45750]).',
  ].join('\n'),
});

// ── 39. Trustee's Form 2 cash receipts and disbursements record ──
const form2 = table({
  id: 's207-form2',
  kind: 's207-trustee-form2-cash-record-grid',
  caption: 'FORM 2 — ESTATE CASH RECEIPTS AND DISBURSEMENTS RECORD — Case 2:26-bk-52227 — Acct ******4471',
  headers: [
    'Trans. Date',
    'Check or Ref. #',
    'Paid To / Received From',
    'Description',
    'Uniform Tran. Code',
    'Receipts',
    'Disbursements',
  ],
  rows: [
    [
      '02/03/26',
      '',
      'Stillwater Receivership Group',
      'Turnover of receivership funds § 543',
      '1229-000',
      '$61,884.12',
      '',
    ],
    [
      '02/27/26',
      '[15403]',
      'Anthem Blue Cross and Blue Shield',
      'A/R collections (via Cardinal)',
      '1121-000',
      '$2,118.54',
      '',
    ],
    [
      '03/05/26',
      '[64612]',
      'Cardinal Revenue Recovery, LLC',
      'Collection agent fee 22% per Doc 31',
      '3991-000',
      '',
      '$466.08',
    ],
    [
      '04/02/26',
      '[21026]',
      'Keller & Bright Auction Co.',
      'Net auction proceeds, Lots 12–15',
      '1129-000',
      '$31,140.00',
      '',
    ],
    [
      '04/03/26',
      '[10008]',
      'Scioto Valley Spine & Pain, LLC',
      'Sale of patient list and equipment',
      '1129-000',
      '$304,000.00',
      '',
    ],
    [
      '04/09/26',
      '[64613]',
      'Vaultline Medical Records Custody',
      'Records storage, 6 yrs prepaid (Doc 64)',
      '2420-000',
      '',
      '$18,720.00',
    ],
  ],
});

// ── 40. Receiver's collection dashboard ──
const dashboard = lines({
  id: 's207-dashboard',
  kind: 's207-receiver-collections-dashboard-text',
  before: 'Stillwater RG Portal › Ridgeline (receivership) › Collections — week ending 12/19/2025',
  text: [
    'Deposited this week $18,402.11 · Lockbox P.O. Box [64712] · batch [87588] · 41 remits posted',
    'Open claims 1,184 · Denials worked 44 · Appeals filed 9',
    'Top denied codes: {64714} (CO-50, 4) · {64632} (TPE hold, 38) · {64612} (CO-197, 7) · {64445} (CO-4, 6)',
    'Oldest open item: acct [18931], DOS 05/15/2025, {64712}-RT, $11,850.00 — Med Mutual',
    "Court report task #[64714] · Receiver's third report due 01/15/2026",
  ].join('\n'),
});

// ── 41. Former billing manager's email to the trustee ──
const billerEmail = lines({
  id: 's207-billeremail',
  kind: 's207-former-biller-email-unbilled-text',
  before: 'From: Dana Kreuzer <dkreuzer.billing@example.com> To: Martin Okafor Cc: Cardinal RevTrack Subject: unbilled',
  text: [
    'Martin — attached is the unbilled list you asked for. Fourteen cases were never coded after Sept 30 when',
    'the coder left: mostly {64712}/{64714}, two with the {64727} microscope add-on, and a batch of {64612} from the',
    'last clinic day that still need the J0585 units from the toxin log (box [27470] at Vaultline).',
    'The op notes are signed for all but encounter [40318]. Dana',
  ].join('\n'),
});

// ── 42. Unbilled charges sheet ──
const unbilled = table({
  id: 's207-unbilled',
  kind: 's207-unbilled-charges-sheet-grid',
  caption: 'Unbilled_after_0930.xlsx — Sheet1',
  headers: ['Enc #', 'DOS', 'Surgeon', 'CPT(s)', 'Dx', 'Status'],
  rows: [
    ['[40301]', '10/02/2025', 'Vasquez-Reid', '{64712}-LT, {64727}', 'G57.02', 'note signed'],
    ['[40308]', '10/07/2025', 'Vasquez-Reid', '{64714}', 'G54.1', 'note signed'],
    ['[40318]', '10/09/2025', 'Vasquez-Reid', '{64712}-RT', 'G57.01', 'NOTE UNSIGNED'],
    ['[40322]', '10/14/2025', 'Chaudhry', '{64612} x1, J0585 x40', 'G51.3', 'need toxin log'],
    ['[40323]', '10/14/2025', 'Chaudhry', '{64612}-LT', 'G24.5', 'need toxin log'],
    ['[40327]', '10/16/2025', 'Chaudhry', '{64445}-RT, {76942}', 'M54.31', 'ready'],
    ['[40331]', '10/21/2025', 'Vasquez-Reid', '{64714}, {64712}-59-RT', 'G54.1, G57.01', 'note signed'],
    ['[40336]', '10/28/2025', 'Chaudhry', '{64632}-RT, {64632}-LT', 'G57.61, G57.62', 'ready'],
  ],
});

// ── 43. Stipulation with a payer on held payments ──
const stipulation = lines({
  id: 's207-stip',
  kind: 's207-stipulation-payer-held-payments-text',
  before: 'STIPULATION AND AGREED ORDER BETWEEN THE TRUSTEE AND COMMUNITY INSURANCE COMPANY d/b/a ANTHEM',
  text: [
    '2. Anthem shall release, within 21 days, payments held on 31 claims for dates of service before',
    'October 31, 2025, including claims for CPT {64445}, {64447} and {64612}, totalling $9,870.40.',
    '3. Anthem withdraws its timely-filing denial of the {64714} claim for Gordon Pelletier (DOS 9/22/2025) and',
    'will adjudicate it on the merits; the assistant-surgeon line ({64714}-80) remains denied.',
    "4. Claims for {64712} with modifier 59 on the same date as {64714} shall be reprocessed under Anthem's",
    "current NCCI policy; Anthem's prior recoupment of $3,210.00 on account [18129] shall be reversed.",
    '5. Payments shall be sent to the Trustee, 250 Civic Center Drive, Suite 500, Columbus, Ohio [43215].',
  ].join('\n'),
});

// ── 44. Local news story ──
const news = lines({
  id: 's207-news',
  kind: 's207-local-news-closure-story-text',
  before: "Delaware Gazette-Courier · Health · Pain clinic's patients chase records, refunds after bankruptcy",
  text: [
    'ALDER RUN — More than 6,200 former patients of Ridgeline Nerve & Pain Institute are being told to ask a',
    "Dublin storage company for their charts after the practice's Chapter 7 filing (case No. 26-[52227]).",
    'Patients who prepaid for Botox treatments can file a claim; the trustee has listed 37 such deposits.',
    'One of them, Evelyn Tamsin of Sunbury, said she paid $1,140 up front. "They called it {64612} on my receipt',
    'and I had no idea what that meant until the trustee\'s letter," she said.',
  ].join('\n'),
});

export const sealed207: readonly Snippet[] = [
  ...receiverOrder,
  ...payerLetter,
  ...agingByPayer,
  ...openByCpt,
  ...inventory,
  ...docket,
  ...scheduleAB,
  ...attach11,
  ...scheduleEF,
  ...sofa,
  ...employApp,
  ...worklist,
  ...collectorCsv,
  ...era835,
  ...claim837,
  ...tfDenial,
  ...macDemand,
  ...poc410,
  ...pocAttach,
  ...objection,
  ...claimsRegister,
  ...creditBalances,
  ...patientPoc,
  ...pcoReport,
  ...custodianLetter,
  ...requestForm,
  ...manifest,
  ...chat,
  ...patientEmail,
  ...hl7,
  ...jsonExtract,
  ...ccda,
  ...apa,
  ...patientList,
  ...chargeMaster,
  ...saleNotice,
  ...auction,
  ...reportOfSale,
  ...form2,
  ...dashboard,
  ...billerEmail,
  ...unbilled,
  ...stipulation,
  ...news,
];
